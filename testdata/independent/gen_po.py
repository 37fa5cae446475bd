#!/usr/bin/env python3
"""Synthetic labeled log corpus "po": Saguaro Plastic & Reconstructive Surgery
(Scottsdale, AZ) with its med spa "Bloom Aesthetic Studio".

Writes po.log (500 lines) and po.labels.jsonl in the current directory.
Standard library only, fixed seed: two runs are byte-identical.

Systems simulated (one physical line per log line, as a log shipper / SIEM
export would hold them, interleaved by time; Arizona = MST, -0700, no DST):
  photovault-json   before/after photo service (structlog JSON; Canfield
                    VECTRA / iPad uploads, thumbnails, 3D face templates,
                    patients' progress photos sent from the portal app)
  crm-logfmt        home-grown consultation CRM "Nexus" (logfmt: leads, stages)
  quote-pipe        consultation quote export (pipe-delimited rows)
  fin-gw            financing gateway (CareCredit / Cherry / Alphaeon; log4j-ish
                    key=value lines)
  hl7-siu           hospital OR scheduling feed (Desert Vista Medical Center,
                    SIU^S12 / S14, one segment per line)
  asc-csv           office OR (AAAASF suite) case schedule CSV export
  nbir-xml          breast implant registry submissions (one XML record a line)
                    and registry ACKs
  fu-note           complication follow-up free-text nursing notes
  stripe-json       membership ("GlowClub") billing webhooks, Stripe style
  spa-pos-tsv       med spa treatment / POS rows (tab separated)
  inv-fixed         implant & injectable stock ledger (fixed width)
  review-json       reputation platform webhook (Google / RealSelf / Yelp)
  social-inbox      Instagram DM / Facebook lead-ad bodies
  twilio-sms        SMS reminders and replies
  nginx-access      patient portal access log (combined format)
  syslog            sshd / CRON / postfix / kernel on practice servers
  java-trace        OR booking service (Spring Boot) with stack traces
  mysql-slow        MySQL slow query log (header lines + statement)
  x12-837p          reconstructive surgery claims (one segment per line)
  fhir-json         FHIR R4 Patient / Device / OperationOutcome (ASCII
                    escaped JSON, so non-ASCII names appear as \\uXXXX)

Labeling decisions (grey cases):
  * Patients, prospective patients (leads, social media inquirers, reviewers)
    and their relatives / escorts / subscribers are the protected persons.
    Surgeons, nurses, injectors, coordinators, referring doctors, vendors and
    the practice / hospital (names, NPIs, addresses, phones, emails, fax)
    are not labeled.
  * Names: one span per field. HL7 XPN "Last^First^M" and X12 "LAST*FIRST*M"
    (a run of name components) are one span; JSON family/given held in
    separate values are separate spans. Partial names ("Hannah W.") and
    first names alone in SMS/DM bodies are names. Social handles (@x) of
    inquirers are other_id.
  * Dates: DOB, consult, surgery, implant, POD/follow-up and appointment
    dates, quote valid-through dates, dates in photo filenames are `date`.
    A date token carrying a time is one span ("Thu 3/14" with its weekday
    is one span; "June 2023" month-year in RealSelf reviews is a date);
    a lone clock time is not labeled. Log record timestamps, HL7 MSH-7, ISA/GS dates, card expiry,
    product expiry and lot dates are not labeled.
  * Ages only when > 89 (Mohs reconstruction patients); other ages unlabeled.
  * mrn: practice MRN (SPnnnnnn), hospital MRN (Ennnnnnnnn); in access-log
    paths only the identifier segment is labeled (mrn). An absolute URL that
    identifies a patient (shared gallery link with patient token, patient
    portal link) is one `url` span.
  * account: practice / hospital account numbers, X12 CLM01 patient control
    number, Stripe customer ids (cus_...), full card PANs, bank account
    numbers. Card last-4, routing numbers and transaction ids (ch_, in_,
    quote numbers, invoice numbers, HL7 control ids) are not labeled.
  * other_id: CRM lead ids, financing application references, GlowClub
    membership numbers, Alle loyalty ids, surgical case numbers (hospital
    and office OR), implant registry patient keys, FHIR Patient logical ids.
    Public website gallery case numbers (de-identified) are not labeled.
  * health_plan: insurance member ids, MBI. Group numbers are not labeled.
  * device: implant serials, full UDI strings that include a serial (one
    span), Motiva Qid RFID numbers, patient phone IDFV / MAC. Lot numbers,
    GTINs and implant serials still in stock (not tied to a person) are not
    labeled.
  * SSN fields are labeled even when the value fails validation (the
    applicant's input); masked SSNs (***-**-1234) are not labeled.
  * photo: base64 face thumbnails; biometric: 3D face templates of patients.
    Staff time-clock fingerprint events are not labeled.
  * ip: patient browser / app IPs; server, LB and internal IPs are not.
  * vehicle: plate of the escort vehicle recorded at office-OR discharge.
  * license: patient driver licence numbers (financing ID check, Rx check-in).
"""
import base64
import datetime as dt
import hashlib
import json
import random
import sys
import uuid

SEED = 20240312
rng = random.Random(SEED)
OUT_LOG = "po.log"
OUT_LAB = "po.labels.jsonl"
N_LINES = 500


# ----------------------------------------------------------------- builder
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, x):
        x = str(x)
        self.buf.append(x)
        self.n += len(x.encode("utf-8"))
        return self

    def p(self, x, cat):
        x = str(x)
        if cat:
            b = len(x.encode("utf-8"))
            self.spans.append({"s": self.n, "e": self.n + b, "cat": cat, "v": x})
        return self.t(x)

    def text(self):
        return "".join(self.buf)


class P:
    """A PHI value to be placed in structured output."""
    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


def jv(L, v, ea=False, sep=", "):
    if isinstance(v, P):
        if isinstance(v.v, str):
            L.t('"')
            L.p(json.dumps(v.v, ensure_ascii=ea)[1:-1], v.cat)
            L.t('"')
        else:
            L.p(json.dumps(v.v), v.cat)
    elif isinstance(v, dict):
        jobj(L, list(v.items()), ea, sep)
    elif isinstance(v, tuple) and v and v[0] == "obj":
        jobj(L, v[1], ea, sep)
    elif isinstance(v, list):
        L.t("[")
        for i, x in enumerate(v):
            if i:
                L.t(sep)
            jv(L, x, ea, sep)
        L.t("]")
    else:
        L.t(json.dumps(v, ensure_ascii=ea))


def jobj(L, pairs, ea=False, sep=", "):
    L.t("{")
    for i, (k, v) in enumerate(pairs):
        if i:
            L.t(sep)
        L.t(json.dumps(k) + (": " if sep == ", " else ":"))
        jv(L, v, ea, sep)
    L.t("}")


def O(*pairs):
    return ("obj", list(pairs))


# ----------------------------------------------------------------- clock
CLOCK = dt.datetime(2024, 3, 12, 6, 52, 7, 118000)
TZ = dt.timedelta(hours=7)
TODAY = dt.date(2024, 3, 12)


def tick(lo=1, hi=75):
    global CLOCK
    CLOCK += dt.timedelta(seconds=rng.randint(lo, hi), milliseconds=rng.randint(0, 999))


def iso_z():
    return (CLOCK + TZ).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % ((CLOCK.microsecond // 1000))


def iso_local():
    return CLOCK.strftime("%Y-%m-%dT%H:%M:%S") + "-07:00"


def log4j():
    return CLOCK.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (CLOCK.microsecond // 1000)


def sysl():
    return CLOCK.strftime("%b %e %H:%M:%S")


def clf():
    return CLOCK.strftime("%d/%b/%Y:%H:%M:%S -0700")


def hl7ts():
    return CLOCK.strftime("%Y%m%d%H%M%S")


def epoch():
    return int((CLOCK + TZ).replace(tzinfo=dt.timezone.utc).timestamp())


# ----------------------------------------------------------------- numbers
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


def card(kind=None, valid=True):
    kind = kind or rng.choice(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        body = "4" + "".join(rng.choice("0123456789") for _ in range(14))
    elif kind == "mc":
        body = "5" + rng.choice("12345") + "".join(rng.choice("0123456789") for _ in range(13))
    elif kind == "amex":
        body = "3" + rng.choice("47") + "".join(rng.choice("0123456789") for _ in range(12))
    else:
        body = "6011" + "".join(rng.choice("0123456789") for _ in range(11))
    d = luhn_digit(body)
    if not valid:
        d = str((int(d) + rng.randint(1, 9)) % 10)
    return body + d


def npi():
    body = "1" + "".join(rng.choice("0123456789") for _ in range(8))
    return body + luhn_digit("80840" + body)


def ssn(valid=True):
    if not valid:
        return rng.choice(["000-", "666-", "912-"]) + "%02d-%04d" % (rng.randint(1, 99), rng.randint(1, 9999))
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    r = rng
    return (str(r.randint(1, 9)) + r.choice(MBI_A) + r.choice(MBI_AN) + str(r.randint(0, 9)) +
            r.choice(MBI_A) + r.choice(MBI_AN) + str(r.randint(0, 9)) + r.choice(MBI_A) +
            r.choice(MBI_A) + str(r.randint(0, 9)) + str(r.randint(0, 9)))


def gtin14(prefix):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(13 - len(prefix)))
    tot = 0
    for i, ch in enumerate(reversed(body)):
        tot += int(ch) * (3 if i % 2 == 0 else 1)
    return body + str((10 - tot % 10) % 10)


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def alnum(n, al="ABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
    return "".join(rng.choice(al) for _ in range(n))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


# ----------------------------------------------------------------- people
FEM = ["Priya", "Ximena", "Hannah", "Chiamaka", "Giulia", "Keiko", "Magdalena", "Siobhan",
       "Thandiwe", "Valentina", "Wren", "Zoë", "Chloé", "Amber", "Summer", "Joy", "Hope",
       "Esperanza", "Farah", "Ingrid", "Lakshmi", "Nadia", "Paloma", "Rosalind", "Yasmin",
       "Brittany", "Kaitlyn", "Dahlia", "Thảo", "Aoife", "Mei-Ling", "Destiny", "Marisol",
       "Brooke", "Ana Lucía", "Olga", "Sunny", "Autumn", "Leilani", "Fatima", "Renée"]
MALE = ["Marcus", "Dmitri", "Tobias", "Kenji", "Rafael", "Obinna", "Hunter", "Mateo",
        "Søren", "Jamal", "Colt", "Bao"]
LAST = ["Raman-Scott", "Ortiz-Delgado", "Okonkwo", "Delacroix", "Nguyễn", "Kowalczyk",
        "Haddad", "O'Brien", "de la Cruz", "Van der Berg", "Baker", "Rose", "Bliss", "Snow",
        "Hunter", "Fox", "Price", "Church", "Castillo-Reyes", "Abernathy", "Tanaka",
        "Fitzgerald-Oyelaran", "Petrov", "Mahmoud", "Lindqvist", "Öztürk", "Bell", "Winter",
        "Stone", "Gold", "Sweet", "Love", "Day", "Mercado", "Yazzie", "Begay", "Kaur",
        "Whitehorse", "Achterberg", "St. Germain", "Müller-Lang", "Pham", "Barros Lima"]
MIDDLE = ["", "", "", "A", "J", "Marie", "Lynn", "R", "Elise", "K"]
STREETS = ["E Cactus Rd", "N Hayden Rd", "E Shea Blvd", "N Scottsdale Rd", "W Glendale Ave",
           "E McDowell Rd", "S Mill Ave", "N 7th St", "E Camelback Rd", "W Ray Rd",
           "E Indian School Rd", "N Pima Rd", "S Rural Rd", "W Bell Rd", "E Doubletree Ranch Rd",
           "N Tatum Blvd", "E Via Linda", "W Thunderbird Rd", "S Val Vista Dr", "E Baseline Rd"]
CITIES = [("Scottsdale", "852"), ("Phoenix", "850"), ("Tempe", "852"), ("Mesa", "852"),
          ("Chandler", "852"), ("Gilbert", "852"), ("Paradise Valley", "852"),
          ("Fountain Hills", "852"), ("Cave Creek", "853"), ("Glendale", "853"),
          ("Peoria", "853"), ("Surprise", "853"), ("Flagstaff", "860"), ("Tucson", "857")]
ACODES = ["480", "480", "602", "602", "623", "520", "928"]
EMAIL_DOM = ["gmail.com", "gmail.com", "icloud.com", "yahoo.com", "outlook.com", "cox.net", "hotmail.com", "me.com"]
PLANS = [("BCBS AZ", lambda: "XBA" + digits(9)), ("Aetna", lambda: "W" + digits(9)),
         ("UnitedHealthcare", lambda: digits(9)), ("Cigna", lambda: "U" + digits(8) + "01"),
         ("AHCCCS", lambda: "A" + digits(8)), ("Medicare", mbi)]


def ascii_fold(s):
    rep = {"ë": "e", "é": "e", "ễ": "e", "ả": "a", "ø": "o", "ö": "o", "ü": "u", "í": "i", "ú": "u", "Ö": "O", "Ø": "O", "ó": "o"}
    return "".join(rep.get(c, c) for c in s)


def mk_phone(ac):
    ex = rng.choice(["555", str(rng.randint(200, 989))])
    line = ("01%02d" % rng.randint(0, 99)) if ex == "555" else "%04d" % rng.randint(0, 9999)
    return ac, ex, line


class Pt:
    pass


def mk_patient(i):
    p = Pt()
    p.sex = "F" if rng.random() < 0.86 else "M"
    p.first = rng.choice(FEM if p.sex == "F" else MALE)
    p.last = rng.choice(LAST)
    p.middle = rng.choice(MIDDLE)
    if i in (7, 23):
        y = rng.randint(1929, 1933)
    elif rng.random() < 0.12:
        y = rng.randint(1946, 1960)
    else:
        y = rng.randint(1962, 2004)
    p.dob = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
    p.age = TODAY.year - p.dob.year - ((TODAY.month, TODAY.day) < (p.dob.month, p.dob.day))
    city, zp = rng.choice(CITIES)
    p.city = city
    p.zip = zp + "%02d" % rng.randint(1, 60)
    p.street = "%d %s" % (rng.randint(100, 39999), rng.choice(STREETS))
    p.unit = rng.choice(["", "", "", "Apt %d" % rng.randint(100, 2999), "Unit %d" % rng.randint(1, 240)])
    p.ph = mk_phone(rng.choice(ACODES))
    fl = ascii_fold(p.first).lower().replace(" ", "").replace("-", "")
    ll = ascii_fold(p.last).lower().replace(" ", "").replace("'", "").replace("-", "").replace(".", "")
    p.email = rng.choice(["%s.%s" % (fl, ll), "%s%s%d" % (fl, ll[:3], rng.randint(1, 99)),
                          "%s_%s" % (fl[0], ll), "%s%d" % (fl, p.dob.year % 100)]) + "@" + rng.choice(EMAIL_DOM)
    p.mrn = "SP%06d" % rng.randint(10000, 99999)
    p.hmrn = "E1%08d" % rng.randint(0, 99999999)
    p.acct = "7%07d" % rng.randint(0, 9999999)
    p.har = "40" + digits(9)
    p.ssn = ssn()
    pl = rng.choice(PLANS[:-1]) if p.age < 65 else PLANS[-1]
    p.plan, p.member = pl[0], pl[1]()
    p.lead = "L-%06d" % rng.randint(100000, 199999)
    p.glow = "GC-%06d" % rng.randint(100000, 119999)
    p.alle = digits(10)
    p.ig = "@" + rng.choice([fl + "." + rng.choice(["glows", "az", "fit", "mama", "xo"]), fl + ll[:4] + str(rng.randint(1, 99)), ll + "_" + fl[0] + "_"])
    p.dl = rng.choice(["D", "B", "A"]) + digits(8)
    p.ip = "%d.%d.%d.%d" % (rng.choice([68, 70, 72, 97, 98, 174, 184, 107, 24]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    p.cus = "cus_" + alnum(14, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    p.fhir = "pat-" + hexs(8)
    p.idfv = uid().upper()
    p.rel_first = rng.choice(FEM + MALE)
    p.rel_last = p.last if rng.random() < 0.6 else rng.choice(LAST)
    p.rel_name = p.rel_first + " " + p.rel_last
    p.rel = rng.choice(["husband", "wife", "mother", "sister", "daughter", "partner", "friend"])
    p.rel_ph = mk_phone(rng.choice(ACODES))
    p.plate = rng.choice(["", "A"]) + alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + digits(4)
    return p


PATIENTS = [mk_patient(i) for i in range(70)]


def pick():
    return rng.choice(PATIENTS)


def ph_fmt(ph, style=None):
    a, e, l = ph
    style = style if style is not None else rng.randint(0, 4)
    return ["(%s) %s-%s", "%s-%s-%s", "+1%s%s%s", "%s.%s.%s", "%s%s%s"][style] % (a, e, l)


def future_day(lo=1, hi=60):
    return TODAY + dt.timedelta(days=rng.randint(lo, hi))


def past_day(lo=1, hi=40):
    return TODAY - dt.timedelta(days=rng.randint(lo, hi))


def full(p):
    return "%s %s" % (p.first, p.last)


# ----------------------------------------------------------------- org data
SURGEONS = [("Elena", "Marchetti", "MD"), ("Raymond", "Okafor", "MD"), ("Sofia", "Lindgren", "DO")]
SURG_NPI = {s[1]: npi() for s in SURGEONS}
STAFF = ["tnguyen", "kbrandt", "jliu", "mreyes", "ahartley", "dcho"]
STAFF_FULL = ["Kayla Brandt RN", "Jenna Liu PA-C", "Tasha Nguyen", "Monica Reyes LE", "Ashley Hartley RN"]
ORG_ADDR = "8800 E Raintree Dr Ste 200, Scottsdale, AZ 85260"
ORG_PH = "(480) 555-0100"
ORG_FAX = "(480) 555-0109"
PROCS = [("19325", "Breast augmentation w/ implant"), ("19318", "Breast reduction"),
         ("15830", "Abdominoplasty (panniculectomy)"), ("15877", "Suction assisted lipectomy trunk"),
         ("30410", "Rhinoplasty primary"), ("15823", "Blepharoplasty upper lid"),
         ("15828", "Rhytidectomy cheek/chin/neck"), ("19342", "Delayed breast reconstruction w/ implant"),
         ("19357", "Tissue expander placement"), ("19350", "Nipple/areola reconstruction"),
         ("14060", "Adjacent tissue transfer eyelids/nose"), ("19380", "Revision of reconstructed breast")]
DX = [("Z42.1", "Encounter for breast reconstruction following mastectomy"), ("C50.911", "Malignant neoplasm of R female breast"),
      ("N62", "Hypertrophy of breast"), ("Z41.1", "Encounter for cosmetic surgery"), ("C44.311", "BCC skin of nose"),
      ("T85.44XA", "Capsular contracture of breast implant")]
IMPLANTS = [("Mentor", "MemoryGel Xtra", "350-7512BC", "0081317"), ("Allergan", "Natrelle Inspira SRX", "SRX-400", "0088866"),
            ("Sientra", "HSC+ Smooth Round", "10613-375HP", "0086025"), ("Motiva", "Ergonomix2", "ERSFM-355Q", "0760738")]
SPA_PRODUCTS = [("Botox Cosmetic", "units"), ("Dysport", "units"), ("Daxxify", "units"), ("Juvéderm Voluma XC", "syringe"),
                ("Restylane Kysse", "syringe"), ("Sculptra", "vial"), ("Kybella", "vial"), ("RHA 3", "syringe")]
SPA_SVCS = ["HydraFacial Signature", "Morpheus8 Face", "CoolSculpting Elite", "Emsculpt NEO", "IPL Photofacial", "Dermaplane + Peel"]
HOSTS = ["sprs-app01", "sprs-app02", "sprs-db01", "sprs-web01", "bloom-pos01"]
PODS = ["photovault-7d9c5f8b6-x2lqk", "crm-api-5b8f7c9d4-mz7tw", "fin-gw-66f4d9b7c-q8rnv", "orbook-58c7d96f5-kk2wp"]
SERVER_IPS = ["10.40.2.11", "10.40.2.12", "10.40.3.20", "172.16.8.4"]
PUBLIC_SRV = "198.51.100.27"

LINES = []


def emit(L):
    LINES.append(L)


# ----------------------------------------------------------------- generators
VIEWS = ["frontal", "left_oblique_45", "right_oblique_45", "left_lateral", "right_lateral", "base_worms_eye", "frontal_arms_up"]
SERIES = ["BA-BREAST-AUG", "BR-RECON", "ABDO", "RHINO", "FACE-LIFT", "BLEPH", "INJ-TOX", "INJ-FILLER", "LIPO-360"]
CAMS = ["Canfield VECTRA H2", "Canfield VECTRA XT", "iPad Pro (TouchMD)", "Canon EOS R6 / Canfield IntelliStudio"]


def fake_jpeg_b64(n):
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(rng.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def g_photo(force=None):
    tick()
    L = Line("photovault-json")
    p = pick()
    r = rng.random() if force is None else force
    base = [("ts", iso_z()), ("level", "info"), ("logger", "photovault.ingest"), ("pod", PODS[0])]
    if r < 0.28:
        pairs = base + [("event", "photo_uploaded"), ("patient_mrn", P(p.mrn, "mrn")), ("series", rng.choice(SERIES)),
                        ("view", rng.choice(VIEWS)), ("capture_device", rng.choice(CAMS)), ("asset_id", uid()),
                        ("bytes", rng.randint(800000, 9000000)), ("consent_marketing", rng.random() < 0.4)]
        if rng.random() < 0.5:
            pairs.append(("session_date", P(past_day(0, 3).isoformat(), "date")))
        if rng.random() < 0.4:
            pairs.append(("pod_day", rng.choice(["preop", "POD7", "3mo", "6mo", "1yr"])))
        jobj(L, pairs)
    elif r < 0.40:
        d = past_day(0, 2)
        fn_last = ascii_fold(p.last).replace(" ", "").replace("'", "")
        fn = [(fn_last, "name"), ("_", None), (ascii_fold(p.first).replace(" ", ""), "name"), ("_", None),
              (d.isoformat(), "date"), ("_%s.jpg" % rng.choice(VIEWS), None)]
        L.t("{")
        L.t('"ts": "%s", "level": "warning", "logger": "photovault.ipad_sync", "event": "unmatched_filename", "filename": "' % iso_z())
        for v, c in fn:
            L.p(v, c)
        L.t('", "hint": "filename does not carry MRN; queued for manual match", "queue": "photo-triage", "device": "ipad-consult-%d"}' % rng.randint(1, 4))
    elif r < 0.46:
        pairs = base[:1] + [("level", "debug"), ("logger", "photovault.thumbs"), ("event", "thumb_generated"),
                            ("patient_mrn", P(p.mrn, "mrn")), ("w", 160), ("h", 213),
                            ("thumb_b64", P(fake_jpeg_b64(rng.randint(60, 110)), "photo"))]
        jobj(L, pairs)
    elif r < 0.50:
        tmpl = "FT3:" + base64.b64encode(bytes(rng.getrandbits(8) for _ in range(48))).decode()
        pairs = base[:1] + [("level", "info"), ("logger", "photovault.vectra3d"), ("event", "face_mesh_registered"),
                            ("patient_mrn", P(p.mrn, "mrn")), ("vertices", rng.randint(80000, 140000)),
                            ("face_template", P(tmpl, "biometric")), ("sim_model", "VECTRA Sculptor 7.4.1")]
        jobj(L, pairs)
    elif r < 0.53:
        tok = alnum(22, "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        url = "https://share.saguaroplastics.com/g/%s?pt=%s" % (tok, p.mrn)
        pairs = base[:1] + [("level", "info"), ("logger", "photovault.share"), ("event", "share_link_created"),
                            ("url", P(url, "url")), ("expires_in_h", 72), ("created_by", rng.choice(STAFF))]
        jobj(L, pairs)
    elif r < 0.62:
        pairs = base[:1] + [("level", "info"), ("logger", "photovault.patient_upload"), ("event", "progress_photo_received"),
                            ("patient_mrn", P(p.mrn, "mrn")), ("client", "SPRSPortal/2.9.%d iOS 17.3.1" % rng.randint(0, 3)),
                            ("device_idfv", P(p.idfv, "device")), ("asset_id", uid()), ("bytes", rng.randint(900000, 4000000)),
                            ("triage", rng.choice(["routine", "routine", "flag_rn_review"]))]
        jobj(L, pairs)
    else:
        ev = rng.choice([
            [("event", "exif_stripped"), ("asset_id", uid()), ("removed_tags", rng.randint(12, 48)), ("duration_ms", rng.randint(8, 90))],
            [("event", "s3_put"), ("bucket", "sprs-photovault-prod"), ("key", "ba/%s/%s.jpg" % (hexs(2), uid())), ("etag", hexs(32)), ("latency_ms", rng.randint(40, 900))],
            [("event", "gallery_publish"), ("gallery_case", "Case #%d" % rng.randint(1100, 1290)), ("procedure", rng.choice(["Breast Augmentation", "Tummy Tuck", "Rhinoplasty", "Mommy Makeover"])), ("surgeon", "Dr. " + rng.choice(SURGEONS)[1]), ("watermark", True)],
            [("event", "cache_warm"), ("entries", rng.randint(100, 4000)), ("hit_ratio", round(rng.random(), 3)), ("version", "photovault 3.18.2+build.%d" % rng.randint(400, 999))],
            [("event", "consent_form_missing_check"), ("checked", rng.randint(20, 200)), ("missing", rng.randint(0, 4)), ("trace_id", hexs(32)), ("span_id", hexs(16))],
        ])
        jobj(L, base + ev)
    emit(L)


INTERESTS = ["breast augmentation", "mommy makeover", "rhinoplasty", "tummy tuck", "lipo 360", "BBL", "facelift",
             "breast lift", "lip filler", "botox", "explant", "breast reconstruction", "bleph", "Morpheus8"]
SOURCES = ["instagram", "google_ads", "realself", "referral", "website_form", "tiktok", "facebook_lead_ad"]


def q(v):
    return '"%s"' % v if (" " in v or "=" in v) else v


def g_crm():
    tick()
    L = Line("crm-logfmt")
    p = pick()
    L.t("ts=%s lvl=%s svc=crm-api " % (iso_local(), "info"))
    r = rng.random()
    if r < 0.25:
        L.t('msg="lead created" lead_id=').p(p.lead, "other_id")
        L.t(" fname=").p(p.first, "name") if " " not in p.first else (L.t(' fname="').p(p.first, "name").t('"'))
        L.t(" lname=")
        if " " in p.last:
            L.t('"').p(p.last, "name").t('"')
        else:
            L.p(p.last, "name")
        L.t(" em=").p(p.email, "email").t(" ph=").p(ph_fmt(p.ph, 4), "phone")
        L.t(" interest=%s src=%s" % (q(rng.choice(INTERESTS)), rng.choice(SOURCES)))
        if rng.random() < 0.5:
            L.t(" city=")
            if " " in p.city:
                L.t('"').p(p.city, "address").t('"')
            else:
                L.p(p.city, "address")
        L.t(" owner=%s utm_campaign=%s" % (rng.choice(STAFF), rng.choice(["spring_aug_24", "mm_makeover_q1", "brand_search", "none"])))
    elif r < 0.42:
        d = future_day(2, 30)
        L.t('msg="consult booked" lead_id=').p(p.lead, "other_id").t(" mrn=").p(p.mrn, "mrn")
        L.t(" consult_at=").p(d.isoformat() + "T%02d:%s:00-07:00" % (rng.randint(8, 16), rng.choice(["00", "30"])), "date")
        L.t(' surgeon=%s type=%s fee_cents=%d' % (rng.choice(SURGEONS)[1].lower(), rng.choice(["in_person", "virtual"]), rng.choice([0, 10000, 15000])))
    elif r < 0.5:
        L.t('msg="stage changed" lead_id=').p(p.lead, "other_id")
        L.t(" from=%s to=%s actor=%s" % rng.choice([("new", "contacted", rng.choice(STAFF)), ("contacted", "consult_scheduled", rng.choice(STAFF)),
                                                  ("quoted", "booked", rng.choice(STAFF)), ("quoted", "lost", "auto")]))
    else:
        L.t(rng.choice([
            'msg="pipeline sync done" count=%d dur_ms=%d' % (rng.randint(10, 90), rng.randint(200, 3000)),
            'msg="dedupe run" merged=%d scanned=%d job=crm-dedupe-%s' % (rng.randint(0, 6), rng.randint(1000, 9000), hexs(6)),
            'msg="webhook retry" target=https://hooks.zapier.com/hooks/catch/%d/%s/ attempt=%d status=502' % (rng.randint(1000000, 9999999), alnum(6).lower(), rng.randint(1, 5)),
            'msg="rate limited" provider=meta_graph retry_after=%d' % rng.randint(10, 120),
            'msg="report exported" report=lead_source_mtd rows=%d user=%s' % (rng.randint(40, 600), rng.choice(STAFF)),
        ]))
        L.t(" trace_id=%s" % hexs(32))
    emit(L)


QSEQ = [3100]


def g_quote():
    tick()
    L = Line("quote-pipe")
    p = pick()
    QSEQ[0] += rng.randint(1, 4)
    cpt, desc = rng.choice(PROCS[:7])
    sf = rng.choice([4800, 5500, 6800, 7900, 9500, 12000])
    an = rng.choice([900, 1200, 1450, 1800])
    fac = rng.choice([1600, 2200, 2900])
    imp = 1800 if cpt == "19325" else 0
    L.t("QUOTE|Q24-%05d|%s|ACCT " % (QSEQ[0], CLOCK.strftime("%Y-%m-%d %H:%M")))
    L.p(p.acct, "account").t("|PT:")
    L.p("%s, %s" % (p.last.upper(), p.first.upper()), "name")
    L.t("|SURG:Dr. %s|%s %s|surgeon_fee=%.2f|anesth=%.2f|facility=%.2f|implants=%.2f|total=%.2f|valid_thru=" % (
        rng.choice(SURGEONS)[1], cpt, desc, sf, an, fac, imp, sf + an + fac + imp))
    L.p(future_day(60, 90).isoformat(), "date")
    L.t("|status=%s|fin=%s" % (rng.choice(["SENT", "SENT", "VIEWED", "ACCEPTED", "EXPIRED"]), rng.choice(["Y", "N"])))
    emit(L)


FIN = ["cherry", "carecredit", "alphaeon", "patientfi"]


def g_fin():
    tick()
    L = Line("fin-gw")
    p = pick()
    prov = rng.choice(FIN)
    ref = {"cherry": "CHR-", "carecredit": "CC", "alphaeon": "ALX", "patientfi": "PFI-"}[prov] + alnum(8)
    L.t("%s %s [fin-gw-%d] c.s.fin.%s - " % (log4j(), rng.choice(["INFO", "INFO", "WARN"]), rng.randint(1, 9), rng.choice(["ApplicationClient", "WebhookHandler"])))
    r = rng.random()
    if r < 0.3:
        L.t("submit provider=%s app_ref=" % prov).p(ref, "other_id")
        L.t(' applicant="').p(full(p), "name").t('" dob=').p(p.dob.isoformat(), "date")
        L.t(" ssn=")
        if rng.random() < 0.7:
            L.t("***-**-" + p.ssn[-4:])
        else:
            L.p(p.ssn if rng.random() < 0.8 else ssn(False), "ssn")
        L.t(" income_mo=%d amount=%d ip=" % (rng.choice([3500, 4200, 5800, 7400, 9000, 12500]), rng.choice([5000, 8500, 12250, 15000])))
        L.p(p.ip, "ip")
    elif r < 0.45:
        L.t("id_check provider=%s app_ref=" % prov).p(ref, "other_id")
        L.t(" doc=AZ_DL dl_no=").p(p.dl, "license").t(" addr_match=%s zip=" % rng.choice(["Y", "N"])).p(p.zip, "zip")
    elif r < 0.65:
        L.t("decision provider=%s app_ref=" % prov).p(ref, "other_id")
        L.t(" status=%s limit=%d promo_apr=%.2f term_mo=%d latency_ms=%d" % (
            rng.choice(["APPROVED", "APPROVED", "DECLINED", "PENDING_REVIEW"]), rng.choice([5000, 10000, 15000, 25000]),
            rng.choice([0.0, 0.0, 9.99, 17.99]), rng.choice([6, 12, 18, 24, 60]), rng.randint(300, 4000)))
    elif r < 0.72:
        L.t("funding provider=%s app_ref=" % prov).p(ref, "other_id")
        L.t(" acct=").p(p.acct, "account").t(" funded_amt=%d.00 settlement=ACH batch=%s" % (rng.choice([6500, 9800, 12250]), digits(10)))
    else:
        L.t(rng.choice([
            "webhook received provider=%s event=application.updated sig_ok=true bytes=%d" % (prov, rng.randint(600, 2400)),
            "token refresh provider=%s expires_in=3600 http=200 dur_ms=%d" % (prov, rng.randint(80, 700)),
            "merchant=SPRS-AZ-0042 provider=%s daily_settlement total=%d.00 count=%d" % (prov, rng.randint(8000, 60000), rng.randint(2, 9)),
            "circuit_breaker provider=%s state=HALF_OPEN failures=%d" % (prov, rng.randint(3, 9)),
        ]))
    emit(L)


HCTRL = [880000]


def g_hl7():
    p = pick()
    tick()
    HCTRL[0] += rng.randint(1, 9)
    ev = rng.choice(["S12", "S12", "S14"])
    case = "OR24-%06d" % rng.randint(1000, 9999)
    d = future_day(3, 45)
    st = dt.datetime(d.year, d.month, d.day, rng.choice([7, 8, 10, 12, 13]), rng.choice([0, 30]))
    cpt, desc = rng.choice(PROCS)
    s = rng.choice(SURGEONS)
    L = Line("hl7-siu")
    L.t("MSH|^~\\&|OPTIME|DVMC|SPRS_IF|SPRS|%s||SIU^%s^SIU_S12|%d|P|2.5.1" % (hl7ts(), ev, HCTRL[0]))
    emit(L)
    L = Line("hl7-siu")
    L.t("SCH|").p(case, "other_id").t("|%s||||%s^%s|SURG^Surgical case|%d|MIN|^^%d^" % (
        rng.randint(10000000, 99999999), rng.choice(["ROUTINE", "ADD-ON"]), "Scheduled" if ev == "S12" else "Modified",
        rng.choice([90, 120, 180, 240]), rng.choice([90, 120, 180, 240])))
    L.p(st.strftime("%Y%m%d%H%M"), "date").t("|||||||||||||||BOOKED")
    emit(L)
    L = Line("hl7-siu")
    L.t("PID|1||").p(p.hmrn, "mrn").t("^^^DVMC^MR~").p(p.mrn, "mrn").t("^^^SPRS^PI||")
    L.p("%s^%s" % (p.last.upper(), p.first.upper()) + ("^" + p.middle[:1] if p.middle else ""), "name").t("||")
    L.p(p.dob.strftime("%Y%m%d"), "date").t("|%s|||" % p.sex)
    L.p(p.street, "address").t("^")
    if p.unit:
        L.p(p.unit, "address")
    L.t("^").p(p.city, "address").t("^AZ^").p(p.zip, "zip").t("^USA||")
    L.p("(%s)%s-%s" % p.ph, "phone").t("^PRN^PH|||||").p(p.har, "account").t("|")
    if rng.random() < 0.6:
        L.p(p.ssn.replace("-", ""), "ssn")
    emit(L)
    if rng.random() < 0.6:
        L = Line("hl7-siu")
        L.t("NK1|1|").p("%s^%s" % (p.rel_last.upper(), p.rel_first.upper()), "name")
        L.t("|%s^%s|||" % ({"husband": "SPO", "wife": "SPO", "partner": "DOM"}.get(p.rel, "OTH"), p.rel.capitalize()))
        L.p("(%s)%s-%s" % p.rel_ph, "phone").t("||EC^Emergency Contact")
        emit(L)
    L = Line("hl7-siu")
    L.t("PV1|1|O|DVMC^OR%d^^DVMC||||%s^%s^%s^^^^%s|||||||||||" % (rng.randint(1, 8), SURG_NPI[s[1]], s[1].upper(), s[0].upper(), s[2]))
    L.p(p.har, "account")
    emit(L)
    L = Line("hl7-siu")
    L.t("IN1|1|%s|%s|%s||||GRP%s|||||||1|" % ({"BCBS AZ": "BCA", "Aetna": "AET", "UnitedHealthcare": "UHC", "Cigna": "CIG", "AHCCCS": "AHC", "Medicare": "MCR"}[p.plan], digits(5), p.plan.upper(), digits(6)))
    if rng.random() < 0.4 and p.rel != "friend":
        L.p("%s^%s" % (p.rel_last.upper(), p.rel_first.upper()), "name").t("|%s|" % {"husband": "02", "wife": "02"}.get(p.rel, "19"))
    else:
        L.p("%s^%s" % (p.last.upper(), p.first.upper()), "name").t("|18|")
    L.t("||||||||||||||||||").p(p.member, "health_plan")
    emit(L)
    L = Line("hl7-siu")
    dxc, dxd = rng.choice(DX)
    L.t("DG1|1||%s^%s^I10" % (dxc, dxd))
    emit(L)
    L = Line("hl7-siu")
    L.t("AIS|1||%s^%s^CPT|" % (cpt, desc)).p(st.strftime("%Y%m%d%H%M"), "date").t("|0|MIN|%d|MIN" % rng.choice([90, 120, 180, 240]))
    emit(L)
    L = Line("hl7-siu")
    L.t("AIL|1||DVMC^MAIN OR^OR%d^DVMC|OR^Operating Room" % rng.randint(1, 8))
    emit(L)
    L = Line("hl7-siu")
    L.t("AIP|1||%s^%s^%s^^^^%s|SURG^Primary Surgeon" % (SURG_NPI[s[1]], s[1].upper(), s[0].upper(), s[2]))
    emit(L)


ASC_HDR = [False]


def g_asc():
    tick()
    if not ASC_HDR[0] or rng.random() < 0.08:
        ASC_HDR[0] = True
        L = Line("asc-csv")
        L.t("case_id,sched_date,start,room,surgeon,patient_mrn,patient,procedure,anes,escort_name,escort_phone,escort_plate,status")
        emit(L)
    p = pick()
    L = Line("asc-csv")
    d = future_day(1, 21)
    s = rng.choice(SURGEONS)
    cpt, desc = rng.choice(PROCS)
    L.p("ASC-%d" % rng.randint(24000, 24999), "other_id").t(",").p(d.strftime("%m/%d/%Y"), "date")
    L.t(',%02d:%s,OR-%d,"%s %s, %s",' % (rng.choice([7, 8, 9, 11, 13]), rng.choice(["00", "30"]), rng.randint(1, 2), s[0][0] + ".", s[1], s[2]))
    L.p(p.mrn, "mrn").t(',"').p("%s, %s" % (p.last, p.first), "name").t('",')
    L.t('"%s %s",%s,' % (cpt, desc, rng.choice(["GA", "MAC", "Local+PO"])))
    if rng.random() < 0.7:
        L.p(p.rel_name, "name").t(",").p(ph_fmt(p.rel_ph, 1), "phone").t(",")
        if rng.random() < 0.5:
            L.t("AZ ").p(p.plate, "vehicle")
    else:
        L.t(",,")
    L.t("," + rng.choice(["CONFIRMED", "H&P PENDING", "CLEARED", "PREOP CALL DONE"]))
    emit(L)


def udi(mfr_prefix, lot, serial, exp):
    return "(01)%s(17)%s(10)%s(21)%s" % (gtin14(mfr_prefix), exp, lot, serial)


def g_nbir():
    tick()
    L = Line("nbir-xml")
    r = rng.random()
    if r < 0.55:
        p = pick()
        while p.sex != "F":
            p = pick()
        mf, model, ref, gp = rng.choice(IMPLANTS)
        side = rng.choice(["L", "R"])
        lot = digits(7) if mf != "Motiva" else "%d%s" % (rng.randint(21, 23), digits(5))
        serial = {"Mentor": digits(7) + "-" + digits(3), "Allergan": digits(8), "Sientra": "2" + digits(7), "Motiva": digits(8)}[mf]
        exp = "%02d%02d%02d" % (rng.randint(26, 29), rng.randint(1, 12), 28)
        pd = past_day(0, 10)
        L.t('<ImplantRecord xmlns="urn:nbir:v3" submitter="SPRS-AZ-0042"><Patient key="').p("NB-" + hexs(10).upper(), "other_id")
        L.t('"><MRN>').p(p.mrn, "mrn").t("</MRN><DOB>").p(p.dob.isoformat(), "date").t("</DOB><Sex>%s</Sex></Patient>" % p.sex)
        L.t('<Procedure date="').p(pd.isoformat(), "date").t('" cpt="%s" indication="%s"/>' % (rng.choice(["19325", "19342", "19380"]), rng.choice(["primary_aug", "reconstruction", "revision"])))
        L.t('<Device side="%s"><Manufacturer>%s</Manufacturer><Model>%s %s</Model><Lot>%s</Lot><Serial>' % (side, mf, model, ref, lot))
        L.p(serial, "device").t("</Serial><UDI>").p(udi(gp, lot, serial, exp), "device").t("</UDI>")
        if mf == "Motiva":
            L.t("<QidRFID>").p(digits(15), "device").t("</QidRFID>")
        L.t("</Device><Surgeon npi=\"%s\"/></ImplantRecord>" % SURG_NPI[rng.choice(SURGEONS)[1]])
    else:
        nrec = rng.randint(1, 12)
        nrej = rng.randint(0, min(2, nrec))
        L.t('<RegistryAck xmlns="urn:nbir:v3" batch="B%s" received="%s" records="%d" accepted="%d" rejected="%d"><Warning code="W%03d">%s</Warning></RegistryAck>' % (
            digits(8), iso_z(), nrec, nrec - nrej, nrej, rng.randint(100, 199),
            rng.choice(["lot not in manufacturer catalog", "schema v2 deprecated", "surgeon NPI not enrolled"])))
    emit(L)


NOTE_COMPL = ["increased L flank swelling", "serous drainage from R drain site ~40mL/24h", "erythema at inframammary incision",
              "T-junction dehiscence 5mm", "suspected seroma, firm fluctuance", "fever 100.9F last night", "nausea, poor PO intake",
              "asymmetric swelling R>L breast, r/o hematoma", "numbness lateral thigh"]


def g_note(force=None):
    tick()
    p = pick() if force is None else PATIENTS[force]
    L = Line("fu-note")
    staff = rng.choice(STAFF_FULL)
    L.t("[FU-NOTE] %s %s: " % (CLOCK.strftime("%Y-%m-%d %H:%M"), staff))
    r = rng.random() if force is None else 0.0
    if r < 0.75:
        pod = rng.randint(2, 21)
        proc = rng.choice(["abdominoplasty", "BA", "BR", "lipo 360", "DIEP flap", "TE placement", "rhinoplasty"]) if p.age <= 89 else "paramedian forehead flap for Mohs defect nasal tip"
        L.t("Spoke w/ pt ").p(full(p), "name").t(" (MRN ").p(p.mrn, "mrn").t(") POD%d s/p %s " % (pod, proc))
        L.t("on ").p((TODAY - dt.timedelta(days=pod)).strftime("%m/%d"), "date")
        L.t(" c/o %s. " % (rng.choice(NOTE_COMPL) if p.age <= 89 else "venous congestion distal flap, dusky tip"))
        if p.age > 89:
            L.t("Pt is ").p(str(p.age), "age").t(" yo, lives w/ daughter. ")
        else:
            L.t("%d yo. " % p.age)
        L.t("Advised %s. " % rng.choice(["compression garment 24/7, strip drains TID", "f/u in clinic tomorrow 9:30", "start Keflex 500 QID x7d per Dr. Okafor", "ER if SOB/CP", "aspiration scheduled"]))
        L.t("RTC ").p(future_day(1, 5).strftime("%m/%d/%Y"), "date").t(". ")
        if rng.random() < 0.5:
            L.t("%s " % (p.rel.capitalize() if p.age <= 89 else "Daughter")).p(p.rel_first, "name").t(" at ").p(ph_fmt(p.rel_ph, 0), "phone").t(".")
        else:
            L.t("Photo request sent via portal.")
    else:
        L.t(rng.choice(["Complication log reviewed at M&M, no open items for OR-1.", "Weekly callback list generated (%d pts), assigned to RN pool." % rng.randint(6, 20),
                        "Drain supply reorder: JP 15Fr x %d, bulb x %d." % (rng.randint(5, 20), rng.randint(5, 20))]))
    emit(L)


def g_stripe():
    tick()
    p = pick()
    L = Line("stripe-json")
    r = rng.random()
    evid = "evt_" + alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    if r < 0.45:
        pairs = [("id", evid), ("type", "invoice.paid"), ("created", epoch()), ("livemode", True),
                 ("data", O(("object", O(("id", "in_" + alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")),
                                          ("customer", P(p.cus, "account")), ("amount_paid", rng.choice([14900, 19900, 29900])),
                                          ("currency", "usd"), ("metadata", O(("member_no", P(p.glow, "other_id")), ("tier", rng.choice(["Glow", "Radiance", "Luxe"])))),
                                          ("lines", O(("total_count", 1))),
                                          ("payment_method_details", O(("card", O(("brand", "visa"), ("last4", digits(4)), ("exp_month", rng.randint(1, 12)), ("exp_year", rng.randint(2025, 2029))))))))))]
        jobj(L, pairs, sep=",")
    elif r < 0.62:
        pairs = [("id", evid), ("type", "customer.subscription.deleted"), ("created", epoch()),
                 ("data", O(("object", O(("id", "sub_" + alnum(14, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")),
                                          ("customer", P(p.cus, "account")), ("cancellation_details", O(("reason", "cancellation_requested"), ("comment", "moving out of state"))),
                                          ("metadata", O(("member_no", P(p.glow, "other_id"))))))))]
        jobj(L, pairs, sep=",")
    elif r < 0.70:
        # legacy terminal log leaking a PAN
        L.t('{"ts":"%s","level":"error","logger":"glowclub.legacy_terminal","msg":"card declined","member_no":"' % iso_z())
        L.p(p.glow, "other_id").t('","name_on_card":"').p(full(p).upper(), "name").t('","pan":"').p(card(valid=rng.random() < 0.8), "account")
        L.t('","exp":"%02d/%02d","resp":"05 DO NOT HONOR","terminal":"BLOOM-POS-02"}' % (rng.randint(1, 12), rng.randint(25, 29)))
    else:
        pairs = [("id", evid), ("type", rng.choice(["payout.paid", "balance.available", "charge.dispute.funds_withdrawn"])), ("created", epoch()),
                 ("data", O(("object", O(("id", "po_" + alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")),
                                          ("amount", rng.randint(100000, 900000)), ("currency", "usd"), ("statement_descriptor", "SAGUARO PLASTICS"))))),
                 ("request", O(("id", "req_" + alnum(14, "abcdefghijklmnopqrstuvwxyz0123456789")), ("idempotency_key", uid())))]
        jobj(L, pairs, sep=",")
    emit(L)


def g_pos():
    tick()
    L = Line("spa-pos-tsv")
    r = rng.random()
    if r < 0.45:
        p = pick()
        prod, unit = rng.choice(SPA_PRODUCTS)
        qty = rng.choice([12, 20, 24, 40, 50, 64]) if unit == "units" else rng.randint(1, 3)
        L.t("TX\t%s\tBLOOM-POS-0%d\tinj=%s\t" % (CLOCK.strftime("%Y-%m-%d %H:%M:%S"), rng.randint(1, 3), rng.choice(["K.Brandt RN", "A.Hartley RN", "J.Liu PA-C"])))
        L.t("mbr=").p(p.glow, "other_id").t("\t")
        if rng.random() < 0.5:
            L.t("alle=").p(p.alle, "other_id").t("\t")
        L.t("%s\t%d %s\tlot=%s%s\texp=%d-%02d\t$%.2f" % (prod, qty, unit, rng.choice("CDE"), digits(4) + rng.choice("CK") + str(rng.randint(1, 9)),
                                                      rng.randint(2025, 2026), rng.randint(1, 12), qty * (13.0 if unit == "units" else 750.0)))
    elif r < 0.6:
        p = pick()
        L.t("CHECKIN\t%s\tFRONT-1\t" % CLOCK.strftime("%Y-%m-%d %H:%M:%S"))
        L.p(full(p), "name").t("\t").p(p.mrn, "mrn").t("\tsvc=%s\tid_scan=AZDL:" % rng.choice(SPA_SVCS)).p(p.dl, "license")
    elif r < 0.8:
        prod, unit = rng.choice(SPA_PRODUCTS)
        L.t("WASTE\t%s\tBLOOM-POS-0%d\tinj=%s\t%s\t%d %s\tlot=%s%sC%d\treason=%s" % (CLOCK.strftime("%Y-%m-%d %H:%M:%S"), rng.randint(1, 3), rng.choice(["K.Brandt RN", "A.Hartley RN"]), prod, rng.randint(1, 8), unit, rng.choice("CDE"), digits(4), rng.randint(1, 9), rng.choice(["reconstitution_expired", "dropped_vial", "partial_unused"])))
    else:
        L.t("ZREPORT\t%s\tBLOOM-POS-0%d\tgross=$%d.00\ttx=%d\ttips=$%d.00\tbuild=pos-5.4.%d" % (CLOCK.strftime("%Y-%m-%d %H:%M:%S"), rng.randint(1, 3), rng.randint(2000, 14000), rng.randint(8, 60), rng.randint(0, 400), rng.randint(10, 99)))
    emit(L)


def g_inv():
    tick()
    L = Line("inv-fixed")
    mf, model, ref, gp = rng.choice(IMPLANTS)
    item = rng.choice([("%s %s" % (mf, model), ref, digits(7) if mf != "Motiva" else "22" + digits(5), digits(8))] +
                      [(pr, "SKU-" + alnum(6), rng.choice("CDE") + digits(4) + "C" + str(rng.randint(1, 9)), "") for pr, _ in SPA_PRODUCTS[:4]])
    L.t("%-8s%-14s%-30s%-14s%-10s%-10s%5d %s" % (rng.choice(["RCV", "ISS", "ADJ", "CNT"]), CLOCK.strftime("%Y%m%d%H%M"), item[0][:29], item[1][:13], item[2][:9], item[3][:9] or "-", rng.randint(1, 12), rng.choice(["PO-2024-00%d" % rng.randint(700, 999), "CONSIGN", "CYCLECOUNT"])))
    emit(L)


REVIEW_TXT = ["Dr. Marchetti and her team were amazing from consult to post-op. My results after my %s are so natural!",
              "Kayla is the best injector in Scottsdale, my lips look perfect.",
              "Front desk double booked me and I waited 50 min. Results are fine but communication needs work.",
              "Had my %s with Dr. Okafor and I finally feel like myself again. Thank you!!",
              "Love the GlowClub membership, the monthly HydraFacial is worth it."]


def g_review():
    tick()
    p = pick()
    L = Line("review-json")
    src = rng.choice(["google", "google", "realself", "yelp"])
    r = rng.random()
    txt = rng.choice(REVIEW_TXT)
    if "%s" in txt:
        txt = txt % rng.choice(["tummy tuck", "breast augmentation", "rhinoplasty", "mommy makeover", "reconstruction"])
    reviewer = "%s %s." % (p.first, p.last[0]) if rng.random() < 0.6 else full(p)
    pairs = [("received_at", iso_z()), ("source", src), ("location_id", "sprs-scottsdale"), ("review_id", hexs(20)),
             ("rating", rng.choice([5, 5, 5, 4, 2])), ("reviewer", P(reviewer, "name"))]
    if r < 0.35:
        pairs.append(("matched_mrn", P(p.mrn, "mrn")))
    if src == "realself":
        pairs.append(("procedure_date", P(past_day(30, 300).strftime("%B %Y"), "date")))
    pairs += [("text", txt), ("sentiment", round(rng.uniform(-0.6, 0.98), 2))]
    jobj(L, pairs)
    if r > 0.7:
        # reply draft with the reviewer's first name inside the text
        L.buf[-1] = L.buf[-1][:-1]
        L.n -= 1
        L.t(', "reply_draft": {"text": "Thank you so much, ').p(p.first, "name").t('! We are thrilled for you.", "status": "pending", "author": "Tasha Nguyen"}}')
    emit(L)


DM_TXT = ["hi! how much is lip filler? i can come in ", "Hello, do you do explants? i had mine done in 2016 and want them out. free ",
          "how long is recovery for a mommy makeover?? could i do a consult ", "Is Dr Marchetti taking new patients? I'm free "]


def g_social():
    tick()
    p = pick()
    L = Line("social-inbox")
    r = rng.random()
    if r < 0.55:
        d = future_day(1, 10)
        L.t("%s IGDM thread=%s from=" % (iso_local(), digits(17)))
        L.p(p.ig, "other_id").t(' body="')
        L.t(rng.choice(DM_TXT)).p(d.strftime("%a %-m/%-d"), "date").t(" after 3")
        if rng.random() < 0.5:
            L.t(" my cell is ").p(ph_fmt(p.ph, 3), "phone")
        L.t('" assigned=%s' % rng.choice(STAFF))
    elif r < 0.85:
        pairs = [("object", "page"), ("entry", [O(("id", "104488302219731"), ("time", epoch()),
                                                   ("changes", [O(("field", "leadgen"), ("value", O(("form_id", "88213001977"), ("leadgen_id", digits(16)),
                                                               ("field_data", [O(("name", "full_name"), ("values", [P(full(p), "name")])),
                                                                               O(("name", "email"), ("values", [P(p.email, "email")])),
                                                                               O(("name", "phone_number"), ("values", [P(ph_fmt(p.ph, 2), "phone")])),
                                                                               O(("name", "zip_code"), ("values", [P(p.zip, "zip")])),
                                                                               O(("name", "which_procedure_are_you_interested_in?"), ("values", [rng.choice(INTERESTS)]))]))))]))])]
        jobj(L, pairs, sep=",")
    else:
        L.t("%s IG comment media=%s from=@saguaroplastics text=\"%s\"" % (iso_local(), digits(19), rng.choice(["Swipe to see this 6 month tummy tuck result by Dr. Okafor! #tummytuck #scottsdale", "Spring special: $11/unit Botox with Kayla through 3/31 \u2728", "We're hiring a surgical coordinator! Link in bio."])))
    emit(L)


def g_sms():
    tick()
    p = pick()
    L = Line("twilio-sms")
    sid = "SM" + hexs(32)
    r = rng.random()
    if r < 0.4:
        d = future_day(1, 14)
        L.t("%s twilio.outbound sid=%s from=+14805550100 to=" % (iso_z(), sid)).p("+1%s%s%s" % p.ph, "phone")
        L.t(' status=queued body="Hi ').p(p.first, "name").t(", this is Saguaro Plastic Surgery reminding you of your %s on " % rng.choice(["consult with Dr. Okafor", "pre-op visit", "post-op check", "Botox appt at Bloom"]))
        hh = rng.choice(["8", "9", "10", "11", "1", "2", "3", "4"])
        L.p(d.strftime("%a %-m/%-d"), "date").t(' at %s:%s%s. Reply C to confirm, R to reschedule."' % (hh, rng.choice(["00", "30", "15"]), "am" if hh in ("8", "9", "10", "11") else "pm"))
    elif r < 0.6:
        L.t("%s twilio.inbound sid=%s from=" % (iso_z(), sid)).p("+1%s%s%s" % p.ph, "phone")
        L.t(' to=+14805550100 body="%s"' % rng.choice(["C", "c", "Confirm", "R pls, running behind", "is it ok to take ibuprofen yet?", "STOP"]))
    else:
        L.t("%s twilio.status sid=%s status=%s error_code=%s price=-0.0079 segments=%d" % (iso_z(), sid, rng.choice(["delivered", "delivered", "sent", "undelivered"]), rng.choice(["null", "null", "30003", "30005"]), rng.randint(1, 2)))
    emit(L)


UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
      "SPRSPortal/2.9.1 (iOS 17.3; iPhone15,2) CFNetwork/1490.0.4"]


def g_nginx():
    tick(1, 20)
    L = Line("nginx-access")
    r = rng.random()
    if r < 0.4:
        p = pick()
        L.p(p.ip, "ip").t(" - - [%s] \"%s " % (clf(), rng.choice(["GET", "GET", "POST"])))
        path = rng.choice(["/portal/api/v2/patients/{}/photos?series=BA", "/portal/api/v2/patients/{}/appointments", "/portal/api/v2/patients/{}/invoices/latest.pdf", "/portal/api/v2/patients/{}/forms/preop-instructions"])
        a, b = path.split("{}")
        L.t(a).p(p.mrn, "mrn").t(b)
        L.t(' HTTP/2.0" %d %d "https://portal.saguaroplastics.com/" "%s" rt=%.3f' % (rng.choice([200, 200, 200, 304, 401]), rng.randint(300, 90000), rng.choice(UA), rng.uniform(0.01, 1.2)))
    elif r < 0.48:
        p = pick()
        L.p(p.ip, "ip").t(' - - [%s] "POST /portal/login HTTP/2.0" %d 512 "-" "%s" rt=%.3f' % (clf(), rng.choice([200, 302, 401]), rng.choice(UA), rng.uniform(0.05, 0.4)))
    else:
        ip = rng.choice(SERVER_IPS + ["35.191.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))])
        L.t('%s - - [%s] "%s HTTP/1.1" %d %d "-" "%s" rt=%.3f' % (ip, clf(), rng.choice(["GET /healthz", "GET /static/js/app.8f3c1e2.js", "GET /metrics", "GET /portal/assets/logo-saguaro.svg", "HEAD /"]),
                                                               rng.choice([200, 200, 304]), rng.choice([2, 17, 0, 3188, 204877, 15422]), rng.choice(["kube-probe/1.28", "GoogleHC/1.0", "Prometheus/2.49.1", UA[1]]), rng.uniform(0.0, 0.05)))
    emit(L)


def g_syslog():
    tick()
    L = Line("syslog")
    h = rng.choice(HOSTS)
    r = rng.random()
    if r < 0.18:
        p = pick()
        L.t("%s %s postfix/smtp[%d]: %s: to=<" % (sysl(), h, rng.randint(1000, 30000), alnum(10, "0123456789ABCDEF")))
        L.p(p.email, "email").t(">, relay=aspmx.l.google.com[142.250.%d.%d]:25, delay=%.1f, delays=0.1/0/0.4/0.6, dsn=2.0.0, status=sent (250 2.0.0 OK)" % (rng.randint(0, 255), rng.randint(1, 254), rng.uniform(0.5, 3)))
    else:
        L.t("%s %s " % (sysl(), h) + rng.choice([
            "sshd[%d]: Accepted publickey for deploy from 10.40.1.%d port %d ssh2: ED25519 SHA256:%s" % (rng.randint(1000, 40000), rng.randint(2, 60), rng.randint(30000, 65000), base64.b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode().rstrip("=")),
            "CRON[%d]: (root) CMD (/opt/sprs/bin/nightly_photo_backup.sh --target s3://sprs-photovault-dr >/dev/null 2>&1)" % rng.randint(1000, 40000),
            "kernel: [%d.%06d] nf_conntrack: table full, dropping packet" % (rng.randint(100000, 999999), rng.randint(0, 999999)),
            "systemd[1]: Started Session %d of User deploy." % rng.randint(100, 9000),
            "postfix/qmgr[%d]: %s: from=<noreply@saguaroplastics.com>, size=%d, nrcpt=1 (queue active)" % (rng.randint(1000, 30000), alnum(10, "0123456789ABCDEF"), rng.randint(2000, 40000)),
            "timeclockd[%d]: badge=%d emp=%s finger_match=OK score=%d reader=FRONT-DOOR" % (rng.randint(100, 999), rng.randint(1000, 1999), rng.choice(STAFF), rng.randint(60, 99)),
            "sudo: deploy : TTY=pts/0 ; PWD=/opt/sprs ; USER=root ; COMMAND=/usr/bin/systemctl restart orbook",
        ]))
    emit(L)


def g_java():
    tick()
    p = pick()
    pfx = "%s ERROR [orbook,%s,%s] 1 --- [nio-8080-exec-%d] c.s.orbook.service.OrBookingService     : " % (
        CLOCK.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (CLOCK.microsecond // 1000), hexs(16), hexs(16), rng.randint(1, 10))
    L = Line("java-trace")
    r = rng.random()
    case = "ASC-%d" % rng.randint(24000, 24999)
    if r < 0.6:
        L.t(pfx + "Failed to book case ").p(case, "other_id").t(" for patient ").p(p.mrn, "mrn").t(" (").p("%s, %s" % (p.last, p.first), "name").t(")")
    else:
        L.t(pfx + "Failed to sync room calendar OR-%d with Desert Vista OpTime interface" % rng.randint(1, 2))
    emit(L)
    exc = rng.choice([
        ("java.lang.IllegalStateException", "Room OR-%d double-booked between 07:30 and 10:00" % rng.randint(1, 2)),
        ("org.springframework.dao.DataIntegrityViolationException", "could not execute statement; SQL [n/a]; constraint [uk_case_room_slot]"),
        ("java.net.SocketTimeoutException", "Read timed out after 30000 ms"),
    ])
    L = Line("java-trace")
    L.t("%s: %s" % exc)
    emit(L)
    for fr in rng.sample(["com.saguaro.orbook.service.OrBookingService.book(OrBookingService.java:%d)",
                          "com.saguaro.orbook.web.CaseController.create(CaseController.java:%d)",
                          "org.springframework.transaction.interceptor.TransactionInterceptor.invoke(TransactionInterceptor.java:%d)",
                          "jdk.internal.reflect.GeneratedMethodAccessor%d.invoke(Unknown Source)",
                          "org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:%d)"], rng.randint(3, 5)):
        L = Line("java-trace")
        L.t("\tat " + fr % rng.randint(40, 400))
        emit(L)
    L = Line("java-trace")
    L.t("\t... %d common frames omitted" % rng.randint(20, 90))
    emit(L)


def sqlq(s):
    return s.replace("'", "''")


def g_sql():
    tick()
    p = pick()
    L = Line("mysql-slow")
    L.t("# Time: %s" % (CLOCK + TZ).strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % CLOCK.microsecond)
    emit(L)
    L = Line("mysql-slow")
    L.t("# User@Host: crm_app[crm_app] @  [10.40.2.%d]  Id: %d" % (rng.randint(11, 12), rng.randint(10000, 99999)))
    emit(L)
    L = Line("mysql-slow")
    L.t("# Query_time: %.6f  Lock_time: 0.000%03d Rows_sent: %d  Rows_examined: %d" % (rng.uniform(1.0, 8.0), rng.randint(0, 999), rng.randint(0, 5), rng.randint(40000, 900000)))
    emit(L)
    L = Line("mysql-slow")
    r = rng.random()
    if r < 0.45:
        L.t("SELECT p.id, p.mrn, p.phone FROM patients p WHERE p.last_name LIKE '").p(sqlq(p.last), "name").t("%' AND p.dob = '").p(p.dob.isoformat(), "date").t("';")
    elif r < 0.75:
        L.t("UPDATE leads SET stage='quoted', email='").p(p.email, "email").t("', updated_at=NOW() WHERE lead_id='").p(p.lead, "other_id").t("';")
    else:
        L.t("SELECT COUNT(*) FROM photo_assets a JOIN consents c ON c.asset_id=a.id WHERE c.marketing=1 AND a.created_at > '2024-01-01';")
    emit(L)


X12CTL = [1100]


def g_x12():
    X12CTL[0] += 1
    tick()
    p = pick()
    s = rng.choice(SURGEONS)
    dos = past_day(3, 30)
    sub_is_self = rng.random() < 0.6
    c = X12CTL[0]
    segs = []

    def seg(parts):
        L = Line("x12-837p")
        for v, cat in parts:
            L.p(v, cat)
        L.t("~")
        emit(L)
    seg([("ISA*00*          *00*          *ZZ*SPRS0042       *ZZ*AVAILITY       *%s*%s*^*00501*%09d*0*P*:" % ((CLOCK).strftime("%y%m%d"), CLOCK.strftime("%H%M"), c), None)])
    seg([("GS*HC*SPRS0042*AVAILITY*%s*%s*%d*X*005010X222A1" % (CLOCK.strftime("%Y%m%d"), CLOCK.strftime("%H%M"), c), None)])
    seg([("ST*837*%04d*005010X222A1" % c, None)])
    seg([("BHT*0019*00*%s*%s*%s*CH" % (hexs(10).upper(), CLOCK.strftime("%Y%m%d"), CLOCK.strftime("%H%M")), None)])
    seg([("NM1*85*2*SAGUARO PLASTIC AND RECONSTRUCTIVE SURGERY PLLC*****XX*%s" % npi(), None)])
    seg([("N3*8800 E RAINTREE DR STE 200", None)])
    seg([("N4*SCOTTSDALE*AZ*852603512", None)])
    seg([("REF*EI*86%07d" % rng.randint(0, 9999999), None)])
    seg([("SBR*P*%s*GRP%s******CI" % ("18" if sub_is_self else "", digits(6)), None)])
    if sub_is_self:
        sub_last, sub_first = p.last, p.first
    else:
        sub_first, sub_last = p.rel_first, p.rel_last
    seg([("NM1*IL*1*", None), ("%s*%s" % (ascii_fold(sub_last).upper(), ascii_fold(sub_first).upper()), "name"), ("****MI*", None), (p.member, "health_plan")])
    seg([("N3*", None), ((p.street + (" " + p.unit if p.unit else "")).upper(), "address")])
    seg([("N4*", None), (p.city.upper(), "address"), ("*AZ*", None), (p.zip, "zip")])
    if sub_is_self:
        seg([("DMG*D8*", None), (p.dob.strftime("%Y%m%d"), "date"), ("*" + p.sex, None)])
    else:
        seg([("PAT*01", None)])
        seg([("NM1*QC*1*", None), ("%s*%s" % (ascii_fold(p.last).upper(), ascii_fold(p.first).upper()), "name")])
        seg([("DMG*D8*", None), (p.dob.strftime("%Y%m%d"), "date"), ("*" + p.sex, None)])
    cpt, desc = rng.choice([PROCS[7], PROCS[8], PROCS[9], PROCS[11], PROCS[10]])
    amt = rng.choice([3850, 4620, 6100, 1875])
    seg([("CLM*", None), (p.acct + "-" + digits(2), "account"), ("*%d***22:B:1*Y*A*Y*Y" % amt, None)])
    seg([("HI*ABK:Z421*ABF:C50911", None)])
    seg([("NM1*82*1*%s*%s****XX*%s" % (s[1].upper(), s[0].upper(), SURG_NPI[s[1]]), None)])
    seg([("LX*1", None)])
    seg([("SV1*HC:%s*%d*UN*1***1" % (cpt, amt), None)])
    seg([("DTP*472*D8*", None), (dos.strftime("%Y%m%d"), "date")])
    seg([("SE*%d*%04d" % (rng.randint(20, 26), c), None)])


def g_fhir():
    tick()
    p = pick()
    L = Line("fhir-json")
    r = rng.random()
    if r < 0.45:
        pairs = [("resourceType", "Patient"), ("id", P(p.fhir, "other_id")), ("meta", O(("versionId", str(rng.randint(1, 9))), ("lastUpdated", iso_local()))),
                 ("identifier", [O(("system", "urn:oid:2.16.840.1.113883.3.9042.1"), ("value", P(p.mrn, "mrn")))]),
                 ("name", [O(("use", "official"), ("family", P(p.last, "name")), ("given", [P(p.first, "name")]))]),
                 ("telecom", [O(("system", "phone"), ("value", P(ph_fmt(p.ph, 1), "phone")), ("use", "mobile")), O(("system", "email"), ("value", P(p.email, "email")))]),
                 ("gender", "female" if p.sex == "F" else "male"), ("birthDate", P(p.dob.isoformat(), "date"))]
        if rng.random() < 0.5:
            line = [P(p.street, "address")] + ([P(p.unit, "address")] if p.unit else [])
            pairs.append(("address", [O(("line", line), ("city", P(p.city, "address")), ("state", "AZ"), ("postalCode", P(p.zip, "zip")))]))
        jobj(L, pairs, ea=True, sep=",")
    elif r < 0.7:
        mf, model, ref, gp = rng.choice(IMPLANTS)
        lot = digits(7)
        serial = digits(8)
        hrf = udi(gp, lot, serial, "280131")
        pairs = [("resourceType", "Device"), ("id", "dev-" + hexs(8)), ("udiCarrier", [O(("deviceIdentifier", hrf[4:18]), ("carrierHRF", P(hrf, "device")))]),
                 ("status", "active"), ("manufacturer", mf), ("lotNumber", lot), ("serialNumber", P(serial, "device")),
                 ("deviceName", [O(("name", "%s %s" % (model, ref)), ("type", "user-friendly-name"))]),
                 ("patient", O(("reference", P("Patient/" + p.fhir, None))))]
        # label only the logical id inside the reference
        L2 = Line("fhir-json")
        jobj(L2, pairs[:-1], ea=True, sep=",")
        L2.buf[-1] = L2.buf[-1][:-1]  # drop closing brace
        L2.n -= 1
        L2.t(',"patient":{"reference":"Patient/').p(p.fhir, "other_id").t('"}}')
        L = L2
    else:
        pairs = [("resourceType", "OperationOutcome"), ("issue", [O(("severity", "error"), ("code", rng.choice(["processing", "conflict", "throttled"])),
                                                                    ("diagnostics", "HAPI-0550: version conflict on Appointment/%d (If-Match W/\"%d\")" % (rng.randint(1000, 9000), rng.randint(1, 9))))])]
        jobj(L, pairs, ea=True, sep=",")
    emit(L)


GENS = [(g_photo, 12), (g_crm, 10), (g_quote, 3), (g_fin, 7), (g_asc, 4), (g_nbir, 4), (g_note, 4),
        (g_stripe, 5), (g_pos, 6), (g_inv, 10), (g_review, 3), (g_social, 3), (g_sms, 6), (g_nginx, 16), (g_syslog, 25),
        (g_java, 0.5), (g_sql, 2), (g_fhir, 4)]
SINGLE = [g for g, w in GENS if g not in (g_hl7, g_java, g_sql, g_x12)]


def main():
    fns = [g for g, w in GENS]
    ws = [w for g, w in GENS]
    forced = {40: lambda: g_photo(0.42), 95: lambda: g_photo(0.48), 150: lambda: g_photo(0.515),
              210: lambda: g_note(7), 260: lambda: g_photo(0.44), 330: lambda: g_photo(0.49),
              390: lambda: g_photo(0.52), 430: lambda: g_note(23)}
    for k in (25, 115, 195, 285, 365, 445):
        forced[k + 1] = g_hl7
    for k in (170, 400):
        forced[k + 2] = g_x12
    for k in (75, 255, 415):
        forced[k + 3] = g_java
    while len(LINES) < N_LINES:
        rem = N_LINES - len(LINES)
        for k in sorted(forced):
            if len(LINES) >= k:
                forced.pop(k)()
                break
        if rem < 30 and not forced:
            g = rng.choice(SINGLE)
        else:
            g = rng.choices(fns, ws)[0]
        g()
    del LINES[N_LINES:]
    out, lab = [], []
    for i, L in enumerate(LINES, 1):
        text = L.text()
        if "\n" in text or "\r" in text or not text.strip():
            sys.exit("bad line %d" % i)
        b = text.encode("utf-8")
        prev = 0
        spans = sorted(L.spans, key=lambda s: s["s"])
        for sp in spans:
            if not (0 <= sp["s"] < sp["e"] <= len(b)):
                sys.exit("span out of range line %d %r" % (i, sp))
            if sp["s"] < prev:
                sys.exit("overlap line %d %r" % (i, sp))
            prev = sp["e"]
            if b[sp["s"]:sp["e"]].decode("utf-8") != sp["v"]:
                sys.exit("span mismatch line %d %r" % (i, sp))
        out.append(text)
        lab.append(json.dumps({"line": i, "family": L.fam, "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in spans]}, ensure_ascii=False))
    with open(OUT_LOG, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    with open(OUT_LAB, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lab) + "\n")


if __name__ == "__main__":
    main()
