#!/usr/bin/env python3
"""gen_nq.py - synthetic, labeled log corpus (ID=nq).

Theme: an allergy, asthma and immunology practice group (Northgate Allergy, Asthma &
Immunology Partners; clinics in Bellaire/Sugar Land/Pasadena TX and Dearborn MI).
Systems: a Ruby on Rails vial-mixing app ("VialTrack") with Sidekiq jobs (Twilio reminders,
school form PDFs, pollen feed sync), Kotlin services (injection log / reaction observation on
Spring Boot, spirometry + FeNO ingest, athena-like EHR bridge using OkHttp, biologics hub
service, Ktor patient portal), nginx, PostgreSQL, HL7 v2, X12 270/278, NCPDP SCRIPT,
device exports (ndd EasyOne XML, MIR CSV, NIOX VERO CSV), portal messages from parents in
English, Spanish and Arabic. Every person and identifier is synthetic.

Writes nq.log (500 lines) and nq.labels.jsonl next to this script. Standard library only,
deterministic (fixed seed).

Labeling decisions:
- Labeled people: patients (children and adults), parents/guardians, policy holders,
  guarantors, emergency contacts. Not labeled: allergists, PAs, nurses, mixing techs, billing
  staff, school nurses, pharmacists (names, usernames, emails, phones, fax, NPI/DEA), the
  practice, schools, payers, pharmacies, vendors and their phone/fax numbers.
- name: full names, "Last, First", upper/lower case, first names alone in free text and
  templates, Arabic-script names, initials ("A.S.") and initial+surname. A name inside an email
  address is not labeled separately: the whole address is one email span.
- mrn: the practice chart number (NAI + 7 digits), the athena patientid (wherever it appears:
  JSON, query strings, URL paths, S3 keys, Sidekiq args, device "Patient ID" fields) and HL7
  PID-3 identifiers. Identifiers embedded in API paths/storage keys are labeled alone with
  their own category; the surrounding path is not a url span.
- url: only personal URLs (a parent's photo share link). Internal/API URLs are not labeled.
- other_id: encounter/visit numbers, athena appointment ids, patient-specific allergen
  extract prescription/vial-set numbers (AIT-yy-nnnnn), prior-auth case numbers and
  CoverMyMeds keys, hub enrollment ids, portal usernames. NOT labeled: Twilio SIDs, portal
  message/thread ids, request/trace/span/job ids, extract lot numbers, NDCs, build numbers.
- date: DOB, dates of service (injection, test, challenge, spirometry/FeNO test date incl.
  HL7/X12 service dates, PV1-44), EHR registration date, appointment dates, Rx written date, consent signature date, dates
  a parent mentions about a reaction (incl. "ayer 13/05"). NOT labeled: log timestamps,
  vial beyond-use/extract expiry dates, card expiry, batch/file dates, pollen dates, years.
- age: only ages over 89. Children's/adults' ages below 90 are not labeled.
- phone/fax/email/address/zip: the patient's or family's. City and street of the patient are
  address spans (separately); state is never labeled; ZIP is zip. Twilio FromCity/FromZip
  (derived from the parent's number) are labeled; ToCity/ToZip (clinic number) are not.
  Pollen station cities/zips and clinic addresses are not labeled.
- health_plan: member/subscriber/Medicaid ids and manufacturer copay card cardholder ids.
  Group numbers, BIN/PCN, payer ids are not labeled.
- account: guarantor/patient account numbers and payment card numbers.
- ssn: full SSNs and SSN last-4 given for a patient/guardian.
- license: a guardian's driver's licence number used for proxy verification.
- vehicle: licence plates / VIN in curbside check-in texts.
- device: serial numbers and BLE MAC addresses of a patient's own home device (inhaler
  sensor, home spirometer). Clinic devices (NIOX, ndd, kiosks) are not labeled.
- ip: public IPs of patients/parents using the portal. Private/internal IPs, staff
  workstations, Twilio and other vendor IPs are not labeled.
- biometric: palm-vein template payloads. photo: base64 patient photo payloads.
- Form of spans: a value is labeled as written in the line. HL7 XTN area code and local
  number are two phone spans; JSON written with \\uXXXX escapes (some Arabic portal
  messages) is labeled over the escaped text; URL-encoded form bodies over the encoded text.
"""
import json
import os
import random
import re
import datetime as dt
import base64

R = random.Random(2105140021)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "nq"
N_LINES = 500

# --------------------------------------------------------------------------- line builder
class P:
    """A PHI value with its category."""
    def __init__(self, v, c):
        self.v = v
        self.c = c


class S:
    """A composite string made of plain pieces and P pieces (for JSON/Ruby/XML strings)."""
    def __init__(self, *pieces):
        self.pieces = pieces


class Ln:
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
        a = self.n
        self.t(x)
        self.spans.append((a, self.n, cat, x))
        return self

    def v(self, x):
        if isinstance(x, P):
            return self.p(x.v, x.c)
        if isinstance(x, S):
            for pc in x.pieces:
                self.v(pc)
            return self
        return self.t(x)

    def f(self, tpl, **kw):
        parts = re.split(r"⟦(\w+)⟧", tpl)
        for i, part in enumerate(parts):
            if i % 2 == 0:
                if part:
                    self.t(part)
            else:
                self.v(kw[part])
        return self

    def text(self):
        return "".join(self.buf)


def jstr(ln, x, ascii_=False):
    """emit a JSON string (x: str, P or S)"""
    if isinstance(x, P):
        enc = json.dumps(x.v, ensure_ascii=ascii_)
        ln.t('"').p(enc[1:-1], x.c).t('"')
    elif isinstance(x, S):
        ln.t('"')
        for pc in x.pieces:
            if isinstance(pc, P):
                ln.p(json.dumps(pc.v, ensure_ascii=ascii_)[1:-1], pc.c)
            else:
                ln.t(json.dumps(pc, ensure_ascii=ascii_)[1:-1])
        ln.t('"')
    else:
        ln.t(json.dumps(x, ensure_ascii=ascii_))


def jd(ln, o, sep=(",", ":"), ascii_=False):
    if isinstance(o, dict):
        ln.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                ln.t(sep[0])
            ln.t(json.dumps(k) + sep[1])
            jd(ln, v, sep, ascii_)
        ln.t("}")
    elif isinstance(o, list):
        ln.t("[")
        for i, v in enumerate(o):
            if i:
                ln.t(sep[0])
            jd(ln, v, sep, ascii_)
        ln.t("]")
    elif isinstance(o, P) and not isinstance(o.v, str):
        ln.p(json.dumps(o.v), o.c)
    elif isinstance(o, (P, S)) or isinstance(o, str):
        jstr(ln, o, ascii_)
    else:
        ln.t(json.dumps(o))
    return ln


def rstr(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def rh(ln, o):
    """emit a Ruby Hash#inspect (Rails params log)"""
    if isinstance(o, dict):
        ln.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                ln.t(", ")
            ln.t(rstr(k) + "=>")
            rh(ln, v)
        ln.t("}")
    elif isinstance(o, list):
        ln.t("[")
        for i, v in enumerate(o):
            if i:
                ln.t(", ")
            rh(ln, v)
        ln.t("]")
    elif isinstance(o, P):
        ln.t('"').p(rstr(o.v)[1:-1], o.c).t('"')
    elif isinstance(o, S):
        ln.t('"')
        for pc in o.pieces:
            if isinstance(pc, P):
                ln.p(rstr(pc.v)[1:-1], pc.c)
            else:
                ln.t(rstr(pc)[1:-1])
        ln.t('"')
    elif o is None:
        ln.t("nil")
    elif o is True:
        ln.t("true")
    elif o is False:
        ln.t("false")
    elif isinstance(o, str):
        ln.t(rstr(o))
    else:
        ln.t(str(o))
    return ln


# --------------------------------------------------------------------------- clock
CDT = dt.timezone(dt.timedelta(hours=-5))
CLOCK = [dt.datetime(2024, 5, 14, 6, 58, 3, 118000, tzinfo=CDT)]


def nudge(lo=200, hi=90000):
    CLOCK[0] += dt.timedelta(microseconds=R.randint(lo, hi))


def tick():
    CLOCK[0] += dt.timedelta(microseconds=R.randint(150000, 21000000))
    return CLOCK[0]


def now():
    return CLOCK[0]


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


def ts_iso(t=None, frac=3):
    t = t or now()
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    if frac == 3:
        s += ".%03d" % (t.microsecond // 1000)
    elif frac == 6:
        s += ".%06d" % t.microsecond
    return s


def ts_utcz(t=None):
    t = (t or now()).astimezone(dt.timezone.utc)
    return t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (t.microsecond // 1000)


def ts_space(t=None):
    t = t or now()
    return t.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % (t.microsecond // 1000)


def ts_nginx(t=None):
    t = t or now()
    return "%02d/%s/%d:%s -0500" % (t.day, MON[t.month - 1], t.year, t.strftime("%H:%M:%S"))


def ts_syslog(t=None):
    t = t or now()
    return "%s %2d %s" % (MON[t.month - 1], t.day, t.strftime("%H:%M:%S"))


def fdate(d, st):
    if st == "iso":
        return d.strftime("%Y-%m-%d")
    if st == "us":
        return d.strftime("%m/%d/%Y")
    if st == "usn":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if st == "us2":
        return "%d/%d/%s" % (d.month, d.day, d.strftime("%y"))
    if st == "md":
        return "%d/%d" % (d.month, d.day)
    if st == "hl7":
        return d.strftime("%Y%m%d")
    if st == "dmy":
        return d.strftime("%d/%m/%Y")
    if st == "dm":
        return "%d/%d" % (d.day, d.month)
    if st == "dm0":
        return d.strftime("%d/%m")
    if st == "long":
        return "%s %d, %d" % (MONTH[d.month - 1], d.day, d.year)
    if st == "dmon":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)
    if st == "dot":
        return d.strftime("%d.%m.%Y")
    if st == "short":
        return "%s %d" % (MON[d.month - 1], d.day)
    raise ValueError(st)


def fphone(digits, st):
    a, b, c = digits[:3], digits[3:6], digits[6:]
    return {
        "paren": "(%s) %s-%s" % (a, b, c),
        "dash": "%s-%s-%s" % (a, b, c),
        "raw": digits,
        "e164": "+1" + digits,
        "dot": "%s.%s.%s" % (a, b, c),
        "intl": "+1 %s %s %s" % (a, b, c),
        "one": "1-%s-%s-%s" % (a, b, c),
    }[st]


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def luhn_complete(prefix, length=16):
    digits = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return digits + str((10 - tot % 10) % 10)


def fake_ssn():
    while True:
        a = R.randint(1, 899)
        if a in (666,):
            continue
        g = R.randint(1, 99)
        s = R.randint(1, 9999)
        return "%03d-%02d-%04d" % (a, g, s)


def strip_acc(s):
    tbl = str.maketrans("áéíóúñüçëïàèâêôšśłńžźżćąęÁÉÍÓÚÑÜ", "aeiounuceiaeaeosslnzzzcaeAEIOUNU")
    return s.translate(tbl)


# --------------------------------------------------------------------------- people
CHILDREN = [
    # first, last, sex, lang, arabic(first,last) or None, parent(first, sex, arabic first), parent last (None = same)
    ("Sofía", "Gutiérrez-Ochoa", "F", "es", None, ("Marisol", "F", None), "Ochoa Salinas"),
    ("Mateo", "de la Cruz", "M", "es", None, ("Yesenia", "F", None), "Morales de la Cruz"),
    ("Valentina", "Ramírez", "F", "es", None, ("Héctor", "M", None), None),
    ("Santiago", "Ortiz Villalobos", "M", "es", None, ("Araceli", "F", None), "Villalobos Treviño"),
    ("Ximena", "Peña", "F", "es", None, ("Luis Fernando", "M", None), None),
    ("José Ángel", "Castañeda", "M", "es", None, ("Rocío", "F", None), "Ibarra"),
    ("Yousef", "Al-Hashimi", "M", "ar", ("يوسف", "الهاشمي"), ("Rania", "F", "رانيا"), None),
    ("Layla", "Haddad", "F", "ar", ("ليلى", "حداد"), ("Mohamad", "M", "محمد"), None),
    ("Omar", "Abdelrahman", "M", "ar", ("عمر", "عبد الرحمن"), ("Hiba", "F", "هبة"), None),
    ("Noor", "El-Sayed", "F", "ar", ("نور", "السيد"), ("Ahmad", "M", "أحمد"), None),
    ("Hamza", "Bazzi", "M", "ar", ("حمزة", "بزي"), ("Fatima", "F", "فاطمة"), "Saleh"),
    ("Mariam", "Saad", "F", "ar", ("مريم", "سعد"), ("Khalil", "M", "خليل"), None),
    ("Zainab", "Beydoun", "F", "ar", ("زينب", "بيضون"), ("Samira", "F", "سميرة"), None),
    ("Aarav", "Sharma", "M", "en", None, ("Sunita", "F", None), None),
    ("Chidera", "Okonkwo", "F", "en", None, ("Ngozi", "F", None), None),
    ("Thi Lan", "Nguyen", "F", "en", None, ("Huong", "F", None), "Tran"),
    ("Liam", "O'Sullivan", "M", "en", None, ("Brendan", "M", None), None),
    ("Maëlle", "Dubois", "F", "en", None, ("Claire", "F", None), "Dubois-Martin"),
    ("Jae-won", "Park", "M", "en", None, ("Min-jung", "F", None), "Kim"),
    ("Emma", "van der Berg", "F", "en", None, ("Pieter", "M", None), None),
    ("Kwabena", "Mensah", "M", "en", None, ("Akosua", "F", None), None),
    ("Hodan", "Warsame", "F", "en", None, ("Faadumo", "F", None), "Abdi"),
    ("Kai", "Nakamura-Lee", "M", "en", None, ("Hiroshi", "M", None), "Nakamura"),
    ("Wiktoria", "Wiśniewska", "F", "en", None, ("Agnieszka", "F", None), None),
    ("Harper", "McAllister", "F", "en", None, ("Tasha", "F", None), "Greene"),
    ("DeShawn", "Whitaker", "M", "en", None, ("Marcus", "M", None), None),
]
ADULTS = [
    ("Eleanor", "Whitcombe", "F", "en", None, 93),
    ("Abdul-Karim", "Yassin", "M", "ar", ("عبد الكريم", "ياسين"), 91),
    ("Beatriz", "Montalvo", "F", "es", None, 90),
    ("Rosa Inés", "Delgado", "F", "es", None, 44),
    ("Dmitri", "Volkov", "M", "en", None, 36),
    ("Priyanka", "Iyer", "F", "en", None, 29),
    ("Tavita", "Faleolo", "M", "en", None, 52),
    ("Ingrid", "Johansson", "F", "en", None, 61),
    ("Rami", "Fawaz", "M", "ar", ("رامي", "فواز"), 33),
    ("Guadalupe", "Treviño", "F", "es", None, 47),
]
PARENT_FIRST = {
    "es": [("Marisol", "F"), ("Alejandro", "M"), ("Yesenia", "F"), ("Luis Fernando", "M"),
           ("Rocío", "F"), ("Guadalupe", "F"), ("Héctor", "M"), ("Araceli", "F")],
    "ar": [("Fatima", "F", "فاطمة"), ("Khalil", "M", "خليل"), ("Rania", "F", "رانيا"),
           ("Ahmad", "M", "أحمد"), ("Hiba", "F", "هبة"), ("Mohamad", "M", "محمد"),
           ("Samira", "F", "سميرة")],
    "en": [("Sunita", "F"), ("Ngozi", "F"), ("Huong", "F"), ("Brendan", "M"), ("Claire", "F"),
           ("Min-jung", "F"), ("Pieter", "M"), ("Akosua", "F"), ("Faadumo", "F"),
           ("Hiroshi", "M"), ("Agnieszka", "F"), ("Tasha", "F"), ("Marcus", "M")],
}
TX_CITIES = [("Houston", "77082"), ("Sugar Land", "77478"), ("Pasadena", "77506"),
             ("Missouri City", "77459"), ("Pearland", "77584"), ("Katy", "77494"),
             ("Bellaire", "77401"), ("Stafford", "77477"), ("Houston", "77036"),
             ("Richmond", "77406")]
MI_CITIES = [("Dearborn", "48126"), ("Dearborn Heights", "48127"), ("Taylor", "48180"),
             ("Hamtramck", "48212"), ("Canton", "48187"), ("Dearborn", "48124")]
STREETS = ["Alder Creek Dr", "Windchase Blvd", "Bissonnet St", "Kendal St", "Schaefer Rd",
           "Greenfield Rd", "Burning Tree Ln", "Vía Encantada", "Canyon Gate Blvd",
           "Misty Meadow Ct", "Telegraph Rd", "Bellaire Blvd", "Hillcroft Ave",
           "Calder Ave", "Orchard Lake Ct", "Coral Reef Way", "Wyoming St", "Tireman Ave",
           "Shadow Bend Dr", "Riverstone Pkwy", "W Airport Blvd", "Magnolia Glen Ln"]
PAYERS_TX = [("Texas Children's Health Plan", "TCHP", "mcd"), ("BCBS of Texas", "BCBSTX", "bcbs"),
             ("Aetna", "AETNA", "aetna"), ("UnitedHealthcare", "UHC", "uhc"),
             ("Community Health Choice", "CHC", "mcd"), ("Cigna", "CIGNA", "cigna")]
PAYERS_MI = [("Blue Cross Blue Shield of Michigan", "BCBSM", "bcbs"), ("Molina Healthcare of Michigan", "MOLINA", "mcd"),
             ("Priority Health", "PRIORITY", "uhc"), ("HAP", "HAP", "aetna")]
EMAIL_DOM = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "att.net",
             "comcast.net", "live.com"]


def member_id(kind):
    if kind == "mcd":
        return str(R.randint(500000000, 799999999))
    if kind == "bcbs":
        return R.choice(["XOH", "ZGP", "MIB", "XCB"]) + str(R.randint(100000000, 999999999))
    if kind == "aetna":
        return "W" + str(R.randint(100000000, 299999999))
    if kind == "uhc":
        return str(R.randint(900000000, 999999999)) + "01"
    return "U" + str(R.randint(10000000, 99999999)) + "01"


def mk_phone(state):
    ac = R.choice(["713", "281", "832", "346"]) if state == "TX" else R.choice(["313", "734", "248"])
    if R.random() < 0.35:
        return ac + "555" + "01" + "%02d" % R.randint(0, 99)
    return ac + str(R.randint(2, 9)) + "%02d" % R.randint(0, 99) + "%04d" % R.randint(0, 9999)


PEOPLE = []
# business numbers (clinics, fax lines, pagers) are never given to a patient
USED_IDS = set(["2815550100", "2815550133", "2815550160", "3135550100", "3135550149", "7135550100", "7135550109",
                "7135550177", "7135550198"] + ["71355501%02d" % i for i in range(80, 100)])


def uniq(fn):
    while True:
        v = fn()
        if v not in USED_IDS:
            USED_IDS.add(v)
            return v


def build_people():
    today = dt.date(2024, 5, 14)
    for (first, last, sex, lang, ar, par, plast) in CHILDREN:
        age = R.randint(4, 16)
        dob = today - dt.timedelta(days=age * 365 + R.randint(0, 360))
        PEOPLE.append(dict(first=first, last=last, sex=sex, lang=lang, ar=ar, age=age, dob=dob,
                           child=True, pfirst=par[0], psex=par[1], par=par[2], plast=plast or last))
    for (first, last, sex, lang, ar, age) in ADULTS:
        dob = today - dt.timedelta(days=age * 365 + R.randint(0, 360))
        PEOPLE.append(dict(first=first, last=last, sex=sex, lang=lang, ar=ar, age=age, dob=dob,
                           child=False, pfirst=None, psex=None, par=None, plast=None))
    for p in PEOPLE:
        mi = p["lang"] == "ar" or (p["lang"] == "en" and R.random() < 0.15)
        p["state"] = "MI" if mi else "TX"
        city, z = R.choice(MI_CITIES if mi else TX_CITIES)
        p["city"], p["zip"] = city, z
        p["street"] = "%d %s" % (R.randint(102, 19880), R.choice(STREETS))
        if R.random() < 0.25:
            p["street"] += R.choice([" Apt 3B", " Apt 1204", " Unit 7", " #212"])
        p["phone"] = uniq(lambda: mk_phone(p["state"]))
        p["phone2"] = uniq(lambda: mk_phone(p["state"]))
        who_first = p["pfirst"] if p["child"] else p["first"]
        who_last = p["plast"] if p["child"] else p["last"]
        base = strip_acc(who_first.split()[0].lower())
        lb = strip_acc(who_last.split()[-1].lower().replace("'", "").replace("-", ""))
        p["email"] = R.choice([
            "%s.%s%d@%s" % (base, lb, R.randint(70, 99), R.choice(EMAIL_DOM)),
            "%s%s@%s" % (base[0], lb, R.choice(EMAIL_DOM)),
            "%s_%s%d@%s" % (lb, base, R.randint(1, 999), R.choice(EMAIL_DOM)),
            "mama.de.%s%d@%s" % (strip_acc(p["first"].split()[0].lower()), R.randint(10, 99), R.choice(EMAIL_DOM))
            if p["lang"] == "es" and p["child"] else "%s.%s@%s" % (base, lb, R.choice(EMAIL_DOM)),
        ])
        p["user"] = R.choice(["%s.%s%d" % (base, lb, R.randint(1, 99)), "%s%s" % (base[0], lb),
                              "%s_%s" % (lb, base), "%s%d" % (base, R.randint(100, 9999))])
        p["athena"] = uniq(lambda: str(R.randint(10200, 389000)))
        p["mrn"] = uniq(lambda: "NAI%07d" % R.randint(40000, 1999999))
        payers = PAYERS_MI if mi else PAYERS_TX
        if not p["child"] and p["age"] >= 65:
            p["payer"] = ("Medicare Part B", "MEDICARE", "mcr")
            p["member"] = uniq(lambda: "%d%s%d%s%s%d%s%s%d%d" % (
                R.randint(1, 9), R.choice("ACDEFGHJKMNPQRTUVWXY"), R.randint(0, 9), R.randint(0, 9),
                R.choice("ACDEFGHJKMNPQRTUVWXY"), R.randint(0, 9), R.choice("ACDEFGHJKMNPQRTUVWXY"),
                R.choice("ACDEFGHJKMNPQRTUVWXY"), R.randint(0, 9), R.randint(0, 9)))
        else:
            p["payer"] = R.choice(payers)
            p["member"] = uniq(lambda: member_id(p["payer"][2]))
        p["group"] = str(R.randint(100000, 999999)) if p["payer"][2] not in ("mcd", "mcr") else ""
        p["acct"] = uniq(lambda: str(R.randint(100000000, 199999999)))
        p["rx"] = uniq(lambda: "AIT-24-%05d" % R.randint(100, 2400))
        p["ssn"] = uniq(fake_ssn)
        p["gssn"] = uniq(fake_ssn)
        p["dl"] = uniq(lambda: ("%s%03d%03d%03d%03d" % (R.choice("ABHKS"), R.randint(0, 999), R.randint(0, 999), R.randint(0, 999), R.randint(0, 999)))
                       if p["state"] == "MI" else "%08d" % R.randint(10000000, 49999999))
        p["weight"] = round((p["age"] * 2.6 + 8 + R.random() * 6) if p["child"] else 55 + R.random() * 40, 1)
        p["height"] = int(70 + p["age"] * 6.2) if p["child"] else R.randint(152, 190)


build_people()
KIDS = [p for p in PEOPLE if p["child"]]
OLD = [p for p in PEOPLE if not p["child"] and p["age"] > 89]


def pick(lang=None, child=None):
    pool = [p for p in PEOPLE if (lang is None or p["lang"] == lang) and (child is None or p["child"] == child)]
    return R.choice(pool)


def full(p):
    return "%s %s" % (p["first"], p["last"])


def lastfirst(p):
    return "%s, %s" % (p["last"], p["first"])


def parent_full(p):
    return "%s %s" % (p["pfirst"], p["plast"])


def up(s):
    return strip_acc(s).upper()


STAFF = [("Priya", "Raman", "MD", "praman", "1467583920"), ("Tomasz", "Kowalczyk", "DO", "tkowalczyk", "1285716604"),
         ("Adaeze", "Nwosu", "MD", "anwosu", "1093847561"), ("Gabriela", "Ferreira", "PA-C", "gferreira", "1558203947"),
         ("Laura", "Beckett", "RN", "lbeckett", None), ("Samir", "Qureshi", "RN", "squreshi", None),
         ("Kim", "Ly", "CMA", "kly", None), ("Dana", "Whitfield", "", "dwhitfield", None),
         ("Maribel", "Ayala", "LVN", "mayala", None), ("Hussein", "Jaber", "MA", "hjaber", None)]
DOCS = STAFF[:4]
NURSES = [x for x in STAFF[4:] if x[3] != "dwhitfield"]
CLINICS = [("BLR", "Bellaire", "6565 Fannin St Ste 410", "713-555-0100"),
           ("SGL", "Sugar Land", "16659 Southwest Fwy Ste 220", "281-555-0100"),
           ("PAS", "Pasadena", "4201 Fairmont Pkwy Ste 105", "281-555-0160"),
           ("DBN", "Dearborn", "18100 Oakwood Blvd Ste 300", "313-555-0100")]
ATHENA_PRACTICE = "24517"
EXTRACTS = [("ALK", "Standardized Mite D. farinae", "10,000 AU/mL"), ("ALK", "Standardized Mite D. pteronyssinus", "10,000 AU/mL"),
            ("Greer", "Standardized Cat Hair", "10,000 BAU/mL"), ("HollisterStier", "Dog Epithelia", "1:20 w/v"),
            ("Greer", "Mountain Cedar (Juniperus ashei)", "1:20 w/v"), ("ALK", "Short Ragweed", "1:20 w/v"),
            ("Greer", "Standardized Bermuda Grass", "10,000 BAU/mL"), ("HollisterStier", "Johnson Grass", "1:20 w/v"),
            ("Greer", "Oak Mix (Red/White/Live)", "1:20 w/v"), ("ALK", "Cockroach Mix (American/German)", "1:10 w/v"),
            ("HollisterStier", "Alternaria alternata", "1:10 w/v"), ("Greer", "Pecan Pollen", "1:20 w/v"),
            ("ALK", "Standardized Timothy Grass", "100,000 BAU/mL")]
VIALS = [("silver", "1:10,000"), ("green", "1:1,000"), ("blue", "1:100"), ("yellow", "1:10"), ("red", "1:1")]
SPT_ALLERGENS = ["Histamine (+)", "Saline (-)", "D. farinae", "D. pteronyssinus", "Cat hair", "Dog epithelia",
                 "Cockroach mix", "Alternaria", "Aspergillus fumigatus", "Oak mix", "Pecan", "Mountain cedar",
                 "Short ragweed", "Bermuda grass", "Johnson grass", "Timothy grass", "Peanut", "Egg white",
                 "Cow's milk", "Sesame", "Cashew", "Shrimp", "Wheat", "Soy"]
PATCH = ["Nickel sulfate", "Wool alcohols", "Neomycin sulfate", "Potassium dichromate", "Caine mix",
         "Fragrance mix", "Colophony", "Paraben mix", "Negative control", "Balsam of Peru", "Ethylenediamine",
         "Cobalt chloride", "p-tert-Butylphenol formaldehyde resin", "Epoxy resin", "Carba mix",
         "Black rubber mix", "Cl+Me-Isothiazolinone", "Quaternium-15", "Methyldibromo glutaronitrile",
         "p-Phenylenediamine", "Formaldehyde", "Mercapto mix", "Thimerosal", "Thiuram mix",
         "Diazolidinyl urea", "Quinoline mix", "Tixocortol-21-pivalate", "Gold sodium thiosulfate",
         "Imidazolidinyl urea", "Budesonide", "Hydrocortisone-17-butyrate", "Mercaptobenzothiazole",
         "Bacitracin", "Parthenolide", "Disperse blue 106", "Bronopol"]
SCHOOLS = ["Salina Elementary", "Lowrey Elementary", "Colony Bend Elementary", "Pasadena ISD - Bush Elementary",
           "Dearborn STEM Middle School", "Herbert Hoover Elementary", "Garfield Elementary",
           "First Colony Middle School", "Bellaire High School", "Unity Point Academy"]
FOODS = [("peanut", "peanut butter / Bamba"), ("baked milk", "muffin"), ("baked egg", "muffin"),
         ("cashew", "cashew butter"), ("sesame", "tahini"), ("shrimp", "boiled shrimp"), ("almond", "almond butter"),
         ("wheat", "cream of wheat"), ("walnut", "ground walnut")]


def school_for(p):
    if p["state"] == "MI":
        return R.choice(["Salina Elementary", "Lowrey Elementary"]) if p["age"] < 11 else ("Dearborn STEM Middle School" if p["age"] < 14 else "Fordson High School")
    if p["age"] < 11:
        return R.choice(["Colony Bend Elementary", "Pasadena ISD - Bush Elementary", "Herbert Hoover Elementary", "Garfield Elementary"])
    return "First Colony Middle School" if p["age"] < 14 else R.choice(["Bellaire High School", "Clements High School"])


def appt_date():
    return dt.date(2024, 5, 14) + dt.timedelta(days=R.randint(-3, 21))


def svc_date():
    return dt.date(2024, 5, 14) - dt.timedelta(days=R.choice([0, 0, 0, 1, 2, 3, 6, 7]))


# --------------------------------------------------------------------------- prefixes
RAILS_PIDS = [2817, 2821, 2824]
THREADS = ["nio-8080-exec-%d" % i for i in range(1, 11)]


def rails_pfx(ln, lvl="INFO", req=None, pid=None):
    t = now()
    ln.t("%s, [%s #%d] %5s -- : " % (lvl[0], ts_iso(t, 6), pid or R.choice(RAILS_PIDS), lvl))
    if req:
        ln.t("[%s] " % req)
    return ln


def spring_pfx(ln, logger, lvl="INFO", thread=None):
    thread = thread or R.choice(THREADS)
    ln.t("%s %5s 1 --- [%15s] %-40s : " % (ts_space(), lvl, thread[-15:], logger[:40]))
    return ln


def sidekiq_pfx(ln, cls, jid, lvl="INFO"):
    ln.t("%s pid=%d tid=%s class=%s jid=%s " % (ts_utcz(), R.choice([7, 9]), R.choice(["owmb", "2ll8", "ovqj", "1f5s"]), cls, jid))
    return ln


def pg_pfx(ln, lvl="LOG", pid=None, who="vialtrack@vialtrack_prod"):
    ln.t("%s CDT [%d] %s %s:  " % (ts_space(), pid or R.randint(1800, 39000), who, lvl))
    return ln


def ktor_pfx(ln, lvl="INFO", logger="ktor.application"):
    ln.t("%s [eventLoopGroupProxy-4-%d] %-5s %s - " % (ts_space(), R.randint(1, 8), lvl, logger))
    return ln


def syslog_pfx(ln, host, prog, pid=None):
    ln.t("%s %s %s[%d]: " % (ts_syslog(), host, prog, pid or R.randint(300, 32000)))
    return ln


def logstash(ln, logger, msg, lvl="INFO", thread=None, extra=None):
    o = {"@timestamp": ts_iso() + "-05:00", "@version": "1", "message": msg, "logger_name": logger,
         "thread_name": thread or "http-" + R.choice(THREADS), "level": lvl,
         "level_value": {"INFO": 20000, "WARN": 30000, "ERROR": 40000, "DEBUG": 10000}[lvl],
         "traceId": hexs(32), "spanId": hexs(16)}
    if extra:
        o.update(extra)
    return jd(ln, o)


# =========================================================================== PHI generators
def g_rails_vialset():
    """Rails request block for mixing a vial set (mixed)"""
    p = R.choice(PEOPLE)
    req = uuid4()
    pid = R.choice(RAILS_PIDS)
    out = []
    tick()
    ip = "10.40.%d.%d" % (R.randint(1, 6), R.randint(10, 90))
    out.append(rails_pfx(Ln("rails"), "INFO", req, pid).t('Started POST "/api/v1/vial_sets" for %s at %s -0500' % (ip, now().strftime("%Y-%m-%d %H:%M:%S"))))
    nudge()
    out.append(rails_pfx(Ln("rails"), "INFO", req, pid).t("Processing by Api::V1::VialSetsController#create as JSON"))
    nv = R.randint(1, 3)
    exts = R.sample(EXTRACTS, R.randint(2, 4))
    vials = []
    for i in range(nv):
        col, dil = R.choice(VIALS)
        vials.append({"color": col, "dilution": dil, "volume_ml": R.choice(["5.0", "10.0"]),
                      "extracts": ["%s %s lot %d" % (e[1], e[2], R.randint(1000000, 3999999)) for e in exts],
                      "diluent": R.choice(["HSA 0.03%", "phenol-saline", "50% glycerin"]),
                      "beyond_use_date": (dt.date(2024, 5, 14) + dt.timedelta(days=R.choice([90, 180, 365]))).isoformat()})
    params = {"vial_set": {"patient_id": P(p["athena"], "mrn"), "chart_number": P(p["mrn"], "mrn"),
                           "patient_name": P(lastfirst(p), "name"),
                           "dob": "[FILTERED]" if R.random() < 0.5 else P(fdate(p["dob"], "iso"), "date"),
                           "rx_number": P(p["rx"], "other_id"), "schedule": R.choice(["conventional", "cluster", "rush"]),
                           "vials": vials, "mixed_by": R.choice(NURSES)[3], "verified_by": R.choice(DOCS)[3]},
              "authenticity_token": "[FILTERED]"}
    nudge(100, 900)
    out.append(rh(rails_pfx(Ln("rails"), "INFO", req, pid).t("  Parameters: "), params))
    if R.random() < 0.6:
        nudge(2000, 40000)
        out.append(rails_pfx(Ln("rails"), "DEBUG", req, pid).t('  VialSet Create (%.1fms)  INSERT INTO "vial_sets" ("patient_id", "rx_number", "schedule", "created_at", "updated_at") VALUES ($1, $2, $3, $4, $5) RETURNING "id"  ' % (R.random() * 3))
                   .t('[["patient_id", ').p(p["athena"], "mrn").t('], ["rx_number", "').p(p["rx"], "other_id")
                   .t('"], ["schedule", "conventional"], ["created_at", "%s"], ["updated_at", "%s"]]' % (now().strftime("%Y-%m-%d %H:%M:%S.%f"), now().strftime("%Y-%m-%d %H:%M:%S.%f"))))
    nudge(5000, 200000)
    st = R.choice(["201 Created", "201 Created", "422 Unprocessable Entity"])
    out.append(rails_pfx(Ln("rails"), "INFO", req, pid).t("Completed %s in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (
        st, R.randint(20, 300), R.random() * 4, R.random() * 40, R.randint(2000, 30000))))
    return out


def g_rails_sql():
    p = R.choice(PEOPLE)
    ln = Ln("rails_sql")
    rails_pfx(ln, "DEBUG", uuid4())
    k = R.random()
    if k < 0.4:
        ln.t('  Patient Load (%.1fms)  SELECT "patients".* FROM "patients" WHERE "patients"."mrn" = $1 LIMIT $2  [["mrn", "' % (R.random() * 2))
        ln.p(p["mrn"], "mrn").t('"], ["LIMIT", 1]]')
    elif k < 0.7:
        ln.t('  Patient Load (%.1fms)  SELECT "patients".* FROM "patients" WHERE "patients"."last_name" ILIKE $1 AND "patients"."dob" = $2  [["last_name", "' % (R.random() * 9))
        ln.p(p["last"].lower(), "name").t('"], ["dob", "').p(fdate(p["dob"], "iso"), "date").t('"]]')
    else:
        ln.t('  Injection Load (%.1fms)  SELECT "injections".* FROM "injections" WHERE "injections"."vial_set_id" IN (SELECT "vial_sets"."id" FROM "vial_sets" WHERE "vial_sets"."rx_number" = $1) ORDER BY "injections"."given_at" DESC LIMIT $2  [["rx_number", "' % (R.random() * 6))
        ln.p(p["rx"], "other_id").t('"], ["LIMIT", 10]]')
    tick()
    return [ln]


def inj_fields(p):
    col, dil = R.choice(VIALS)
    dose = R.choice(["0.05", "0.10", "0.15", "0.20", "0.25", "0.30", "0.35", "0.40", "0.50"])
    site = R.choice(["L posterior upper arm", "R posterior upper arm", "LUE", "RUE", "L_POST_ARM", "R_POST_ARM"])
    return col, dil, dose, site


def g_injection_spring():
    tick()
    p = R.choice(PEOPLE)
    col, dil, dose, site = inj_fields(p)
    ln = Ln("spring_boot")
    k = R.random()
    if k < 0.35:
        spring_pfx(ln, "c.n.immuno.injection.InjectionLogService")
        ln.f("injection recorded patientId=⟦a⟧ rx=⟦rx⟧ vial=%s(%s) dose=%smL site=%s givenBy=%s observeUntil=%s" % (
            col, dil, dose, site.replace(" ", "_"), R.choice(NURSES)[3], (now() + dt.timedelta(minutes=30)).strftime("%H:%M")),
            a=P(p["athena"], "mrn"), rx=P(p["rx"], "other_id"))
    elif k < 0.7:
        spring_pfx(ln, "c.n.immuno.reaction.ReactionObservationService", "WARN")
        mm = R.choice([18, 22, 28, 35, 41, 52])
        act = "no change (<25mm)" if mm < 25 else ("repeat current dose next visit" if mm < 40 else R.choice(["reduce to prior dose", "reduce one step, notify MD"]))
        ln.f("local reaction %dmm wheal at %dmin for ⟦nm⟧ (MRN ⟦m⟧, DOB ⟦d⟧) vial %s %s dose %smL -> %s" % (
            mm, R.choice([10, 20, 30]), col, dil, dose, act),
            nm=P(R.choice([full(p), lastfirst(p), up(full(p)), "%s. %s" % (p["first"][0], p["last"])]), "name"), m=P(p["mrn"], "mrn"),
            d=P(fdate(p["dob"], R.choice(["us", "iso", "usn"])), "date"))
    else:
        spring_pfx(ln, "c.n.immuno.reaction.ReactionObservationService", "ERROR")
        g = R.choice(["1", "2", "2", "3"])
        sx = {"1": "generalized pruritus, flushing", "2": "urticaria + throat tightness, wheeze", "3": "wheeze, SpO2 91%, hypotension 84/50"}[g]
        ln.f("SYSTEMIC REACTION WAO grade %s patient=⟦nm⟧ mrn=⟦m⟧ injDate=⟦d⟧ onset=%dmin symptoms=\"%s\" epinephrine=%s IM %s; EMS=%s; notified %s" % (
            g, R.randint(4, 28), sx, "0.3mg" if not p["child"] else "0.15mg", "L thigh", "no" if g != "3" else "yes",
            "Dr. " + R.choice(DOCS)[1]),
            nm=P(lastfirst(p), "name"), m=P(p["mrn"], "mrn"), d=P(fdate(svc_date(), "iso"), "date"))
    return [ln]


def g_injection_logstash():
    tick()
    p = R.choice(PEOPLE)
    col, dil, dose, site = inj_fields(p)
    ln = Ln("logstash_json")
    extra = {"patientMrn": P(p["mrn"], "mrn"), "patientName": P(full(p), "name"),
             "injectionDate": P(fdate(svc_date(), "iso"), "date"), "rxNumber": P(p["rx"], "other_id"),
             "vialColor": col, "dilution": dil, "doseMl": float(dose), "site": site,
             "localReactionMm": R.choice([0, 0, 5, 8, 12, 15, 20, 30]), "systemicReaction": R.choice(["none", "none", "none", "WAO-1"]),
             "observationMin": 30, "epinephrineGiven": False, "peakFlowPre": R.choice([None, 310, 280, 420]),
             "givenBy": R.choice(NURSES)[3], "clinic": R.choice(CLINICS)[0]}
    if p["age"] > 89:
        extra["ageYears"] = P(p["age"], "age")
    logstash(ln, "com.northgate.immuno.injection.InjectionController", "Injection administered", extra=extra)
    return [ln]


def g_kotlin_trace():
    """exception with PHI in the message, stack frames stored as physical lines (mixed)"""
    tick()
    p = R.choice(PEOPLE)
    out = []
    ln = Ln("spring_boot")
    spring_pfx(ln, "c.n.spiro.ingest.SpiroFileIngestor", "ERROR", "scheduling-1")
    fn = "Export_%s_%s.xml" % (now().strftime("%Y%m%d"), now().strftime("%H%M"))
    ln.t("Failed to import /data/ndd/inbox/%s" % fn)
    out.append(ln)
    wrong = p["dob"] + dt.timedelta(days=R.choice([-31, 1, 10, 365]))
    ex = Ln("kotlin_trace")
    if R.random() < 0.5:
        ex.f("java.lang.IllegalArgumentException: DOB mismatch for patient ⟦m⟧: device=⟦d1⟧ ehr=⟦d2⟧",
             m=P(p["mrn"], "mrn"), d1=P(fdate(wrong, "iso"), "date"), d2=P(fdate(p["dob"], "iso"), "date"))
    else:
        ex.f("com.northgate.spiro.ingest.PatientMatchException: no unique match for name='⟦n⟧' dob=⟦d⟧ (2 candidates)",
             n=P(up(lastfirst(p)).replace(", ", ","), "name"), d=P(fdate(p["dob"], "hl7"), "date"))
    out.append(ex)
    frames = ["com.northgate.spiro.ingest.PatientMatcher.match(PatientMatcher.kt:88)",
              "com.northgate.spiro.ingest.SpiroFileIngestor.importFile(SpiroFileIngestor.kt:141)",
              "com.northgate.spiro.ingest.SpiroFileIngestor.poll(SpiroFileIngestor.kt:63)",
              "java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
              "org.springframework.scheduling.support.ScheduledMethodRunnable.run(ScheduledMethodRunnable.java:84)"]
    for fr in frames[: R.randint(3, 5)]:
        out.append(Ln("kotlin_trace").t("\tat " + fr))
    out.append(Ln("kotlin_trace").t("\t... %d common frames omitted" % R.randint(6, 14)))
    return out


def g_spt_csv():
    """skin prick test grid export: header + rows (mixed)"""
    tick()
    p = R.choice(KIDS + PEOPLE)
    d = svc_date()
    out = [Ln("csv_spt").t("mrn,test_date,panel,allergen,wheal_mm,flare_mm,interp,read_at_min,read_by")]
    reader = R.choice(NURSES)[3]
    panel = R.choice(["PEDS-ENV-24", "ADULT-ENV-40", "FOOD-12", "TX-GULF-30"])
    pool = SPT_ALLERGENS[16:] if panel == "FOOD-12" else SPT_ALLERGENS[2:16]
    for a in SPT_ALLERGENS[:2][: R.randint(0, 2)] + R.sample(pool, R.randint(2, 5)):
        w = 0 if R.random() < 0.4 else R.randint(2, 14)
        if a.startswith("Histamine"):
            w = R.randint(5, 9)
        if a.startswith("Saline"):
            w = 0
        fl = 0 if w == 0 else w * R.randint(2, 4)
        interp = "POS" if w >= 3 and not a.startswith("Histamine") else ("CTRL" if "(" in a else "NEG")
        ln = Ln("csv_spt")
        ln.p(p["mrn"], "mrn").t(",").p(fdate(d, "us"), "date").t(",%s,%s,%d,%d,%s,15,%s" % (
            panel, ('"%s"' % a) if "," in a or "'" in a else a, w, fl, interp, reader))
        out.append(ln)
    return out


def g_spt_grid():
    tick()
    p = R.choice(PEOPLE)
    ln = Ln("spt_grid")
    syslog_pfx(ln, "flowsheet01", "flowsheet-sync")
    ln.f("SPT pt=\"⟦n⟧\" dob=⟦d⟧ date=⟦td⟧ method=%s | " % R.choice(["Multi-Test II", "ComforTen", "Quintip"]),
         n=P(up(lastfirst(p)), "name"), d=P(fdate(p["dob"], "iso"), "date"), td=P(fdate(svc_date(), "us2"), "date"))
    cells = []
    for a in ["Hist", "Sal"] + R.sample(["Dfar", "Dpt", "Cat", "Dog", "Roach", "Alt", "Asp", "Oak", "Pecan", "Cedar", "SRW", "Berm", "John", "Tim", "PN", "Egg", "Milk", "Ses"], 7):
        w = {"Hist": R.randint(5, 9), "Sal": 0}.get(a, 0 if R.random() < 0.45 else R.randint(3, 15))
        cells.append("%s %d/%d" % (a, w, w * R.randint(2, 3) if w else 0))
    ln.t(" ".join(cells) + " | read 15min by %s" % R.choice(NURSES)[3])
    return [ln]


def g_patch():
    """patch test readings, pipe rows (some rows identify patient)"""
    tick()
    p = pick(child=False) if R.random() < 0.7 else R.choice(PEOPLE)
    out = []
    d2 = svc_date()
    for a in R.sample(PATCH, R.randint(2, 4)):
        ln = Ln("patch_pipe")
        r2 = R.choice(["-", "-", "?+", "+", "++"])
        r4 = R.choice(["-", "?+", "+", "++", "+++", "IR"]) if r2 != "-" else R.choice(["-", "-", "+"])
        ln.t("PATCH_READ|").p(p["mrn"], "mrn").t("|T.R.U.E. TEST|panel=%d|%s|D2=%s|D4=%s|rel=%s|read=" % (
            R.randint(1, 3), a, r2, r4, R.choice(["current", "past", "unknown", "n/a"])))
        ln.p(fdate(d2, "us"), "date").t("|reader=%s" % R.choice(DOCS)[3])
        out.append(ln)
    return out


def g_ofc_note():
    tick()
    p = R.choice(KIDS)
    food, vehicle = R.choice(FOODS)
    d = svc_date()
    doc = R.choice(DOCS)
    passed = R.random() < 0.6
    ln = Ln("ofc_json")
    nm1 = p["first"]
    parts = [
        "Oral food challenge (%s, vehicle: %s)\n" % (food, vehicle),
        P(nm1, "name"), " (%d y/o %s) arrived with %s " % (p["age"], "boy" if p["sex"] == "M" else "girl", "mother" if p["psex"] == "F" else "father"),
        P(p["pfirst"], "name"), ". Baseline: lungs clear, skin clear, PEF %d.\n" % R.randint(140, 320),
        "Dose 1 (1%%) 09:05 - no sx\nDose 2 (4%%) 09:20 - no sx\nDose 3 (10%%) 09:35 - %s\n" % (
            "no sx" if passed else "3 perioral hives, rubbing nose"),
    ]
    if passed:
        parts += ["Doses 4-6 tolerated, cumulative %d mg protein. Observed 2h.\nAssessment: PASSED - may introduce %s at home." % (
            R.choice([4443, 1000, 3000, 2000]), food)]
    else:
        parts += ["Challenge stopped. Cetirizine %s mg PO. Observed 2h, resolved.\nAssessment: FAILED - strict avoidance, epi auto-injector refilled." % (
            R.choice(["5", "10"]))]
    o = {"noteType": "OFC", "encounterId": P("E%d" % R.randint(7000000, 7999999), "other_id"),
         "patient": {"mrn": P(p["mrn"], "mrn"), "name": P(full(p), "name")},
         "challengeDate": P(fdate(d, R.choice(["us", "iso"])), "date"), "food": food,
         "author": "%s %s, %s" % doc[:3], "text": S(*parts), "status": "signed"}
    jd(ln, o)
    return [ln]


def g_ofc_form():
    """athena clinical document upload, form-encoded body (OkHttp log)"""
    tick()
    p = R.choice(KIDS)
    food, _ = R.choice(FOODS)
    ln = Ln("okhttp")
    spring_pfx(ln, "okhttp3.OkHttpClient", "INFO", "DefaultDispatcher-worker-3")
    ln.t("departmentid=%d&documentsubclass=CLINICALDOCUMENT&internalnote=" % R.randint(1, 9))
    ln.p(p["first"].split()[0], "name").t("+%s+OFC+%s+observed+2h&documentdata=%s&patientid=" % (
        R.choice(["passed", "failed"]), food.replace(" ", "+"), "JVBERi0xLjcKJeLjz9MK" + alnum(16, "ABCDEFGHabcdefgh0123456789+/")))
    ln.p(p["athena"], "mrn").t("&autoclose=true")
    return [ln]


def g_spiro_xml():
    tick()
    p = R.choice(PEOPLE)
    ln = Ln("ndd_xml")
    d = svc_date()
    fev1 = round(0.8 + p["height"] / 100 * 0.9 + R.random() * 0.6, 2) if p["child"] else round(2 + R.random() * 1.8, 2)
    fvc = round(fev1 / R.uniform(0.62, 0.9), 2)
    syslog_pfx(ln, "spiro01", "spiro-ingest")
    ln.t("parsed EasyOne Connect record: ")
    ln.t('<Patient ID="').p(p["mrn"], "mrn").t('"><LastName>').p(p["last"], "name").t("</LastName><FirstName>").p(p["first"], "name")
    ln.t("</FirstName><DateOfBirth>").p(fdate(p["dob"], "iso"), "date").t("</DateOfBirth><Gender>%s</Gender><Height>%d</Height><Weight>%s</Weight><Ethnicity>%s</Ethnicity>" % (
        "Female" if p["sex"] == "F" else "Male", p["height"], p["weight"], R.choice(["Caucasian", "African", "NorthEastAsian", "SouthEastAsian", "Other"])))
    ln.t('<Intervals><Interval><Tests><Test TypeOfTest="FVC" Date="').p(fdate(d, "iso") + "T%02d:%02d:%02d" % (R.randint(8, 16), R.randint(0, 59), R.randint(0, 59)), "date")
    ln.t('"><BestValues><ResultParameter ID="FEV1"><DataValue>%.2f</DataValue><PredictedValue>%.2f</PredictedValue></ResultParameter>'
         '<ResultParameter ID="FVC"><DataValue>%.2f</DataValue></ResultParameter><ResultParameter ID="FEV1_FVC"><DataValue>%.2f</DataValue></ResultParameter>'
         '</BestValues><QualityGrade>%s</QualityGrade><Interpretation>%s</Interpretation></Test></Tests></Interval></Intervals></Patient>' % (
             fev1, fev1 * R.uniform(1.0, 1.3), fvc, fev1 / fvc, R.choice("ABC"), R.choice(["Normal", "Mild obstruction", "Moderate obstruction", "Possible restriction"])))
    return [ln]


def g_mir_csv():
    """MIR Spirobank export (header + rows) (mixed)"""
    tick()
    out = [Ln("mir_csv").t('"ID";"Surname";"Name";"Birth date";"Sex";"Test date";"FVC";"FEV1";"FEV1/FVC%";"PEF";"FEF2575";"Pre/Post"')]
    for _ in range(R.randint(1, 3)):
        p = R.choice(PEOPLE)
        d = svc_date()
        fev1 = round(1.1 + R.random() * 2.5, 2)
        fvc = round(fev1 / R.uniform(0.6, 0.9), 2)
        for pp in (["PRE", "POST"] if R.random() < 0.5 else ["PRE"]):
            ln = Ln("mir_csv")
            ln.t('"').p(p["athena"], "mrn").t('";"').p(up(p["last"]), "name").t('";"').p(up(p["first"]), "name").t('";"')
            ln.p(fdate(p["dob"], "dot"), "date").t('";"%s";"' % p["sex"]).p(fdate(d, "dot"), "date")
            f1 = fev1 if pp == "PRE" else round(fev1 * R.uniform(1.05, 1.2), 2)
            ln.t('";%s;%s;%d;%s;%s;"%s"' % (str(fvc).replace(".", ","), str(f1).replace(".", ","), int(100 * f1 / fvc),
                                              str(round(R.uniform(2, 7), 2)).replace(".", ","), str(round(R.uniform(0.8, 3), 2)).replace(".", ","), pp))
            out.append(ln)
    return out


def g_feno():
    tick()
    p = R.choice(PEOPLE)
    ln = Ln("niox_csv")
    d = svc_date()
    if R.random() < 0.5:
        ln.p(fdate(d, "iso"), "date").t(";%s;" % now().strftime("%H:%M")).p(p["athena"], "mrn")
        ln.t(";%d;50 mL/s 10s;OK;070-20%05d;FW 1.9.2" % (R.randint(6, 120), R.randint(1000, 99999)))
    else:
        syslog_pfx(ln, "feno01", "niox-bridge")
        fe = R.randint(6, 120)
        lo, hi = (20, 35) if p["child"] else (25, 50)
        ln.f("NIOX VERO result FeNO=%d ppb (%s) patient=⟦m⟧ name=⟦n⟧ measured=⟦d⟧ mode=%s device=070-20%05d" % (
            fe, "low" if fe < lo else ("intermediate" if fe <= hi else "high"), "6s" if p["child"] and p["age"] < 11 else "10s", R.randint(1000, 99999)),
             m=P(p["mrn"], "mrn"), n=P(R.choice([lastfirst(p), "".join(w[0] + "." for w in (p["first"].split()[:1] + p["last"].replace("-", " ").split()[-1:]))]), "name"),
             d=P(fdate(d, "us") + " " + now().strftime("%H:%M"), "date"))
    return [ln]


def g_ncpdp():
    tick()
    p = R.choice(KIDS) if R.random() < 0.8 else R.choice(PEOPLE)
    ln = Ln("ncpdp_xml")
    spring_pfx(ln, "c.n.erx.SurescriptsClient", "DEBUG", "erx-outbound-1")
    ln.t("NewRx payload: ")
    mg = "0.15 MG/0.3ML" if (p["child"] and p["weight"] < 30) else "0.3 MG/0.3ML"
    if p["child"] and p["weight"] < 15:
        mg = "0.1 MG/0.1ML"
    ln.t('<Message DatatypesVersion="2018R2" TransportVersion="2018R2" TransactionDomain="SCRIPT" TransactionVersion="2017071" StructuresVersion="2018R2" ECLVersion="2018R2">')
    ln.t("<Header><To Qualifier=\"P\">%d</To><From Qualifier=\"C\">%d</From><MessageID>%s</MessageID><SentTime>%s</SentTime></Header>" % (
        R.randint(1000000, 9999999), R.randint(1000000, 9999999), hexs(24), ts_iso() + "-05:00"))
    ln.t("<Body><NewRx><Patient><HumanPatient><Name><LastName>").p(up(p["last"]), "name").t("</LastName><FirstName>").p(up(p["first"]), "name")
    ln.t("</FirstName></Name><Gender>%s</Gender><DateOfBirth><Date>" % p["sex"]).p(fdate(p["dob"], "iso"), "date")
    ln.t("</Date></DateOfBirth><Address><AddressLine1>").p(p["street"], "address").t("</AddressLine1><City>").p(p["city"], "address")
    ln.t("</City><StateProvince>%s</StateProvince><PostalCode>" % p["state"]).p(p["zip"], "zip")
    ln.t("</PostalCode><CountryCode>US</CountryCode></Address><CommunicationNumbers><PrimaryTelephone><Number>").p(p["phone"], "phone")
    doc = R.choice(DOCS)
    ln.t("</Number></PrimaryTelephone></CommunicationNumbers></HumanPatient></Patient><Prescriber><NonVeterinarian><Identification><NPI>%s</NPI></Identification>"
         "<Name><LastName>%s</LastName><FirstName>%s</FirstName></Name></NonVeterinarian></Prescriber>" % (doc[4], doc[1].upper(), doc[0].upper()))
    brand = R.choice(["EPINEPHrine", "EPIPEN JR 2-PAK", "AUVI-Q", "Epinephrine (generic Adrenaclick)"])
    ln.t("<MedicationPrescribed><DrugDescription>%s %s Solution Auto-injector</DrugDescription><Quantity><Value>2</Value><CodeListQualifier>38</CodeListQualifier></Quantity>"
         "<DaysSupply>30</DaysSupply><WrittenDate><Date>" % (brand, mg))
    ln.p(fdate(svc_date(), "iso"), "date")
    ln.t("</Date></WrittenDate><Substitutions>0</Substitutions><NumberOfRefills>%d</NumberOfRefills><Sig><SigText>Inject %s IM into outer thigh for anaphylaxis. May repeat in 5-15 min. Call 911. Dispense 2 (school + home)</SigText></Sig></MedicationPrescribed></NewRx></Body></Message>" % (
        R.randint(1, 3), mg.split("/")[0].lower()))
    return [ln]


def g_school_form():
    tick()
    p = R.choice(KIDS)
    ln = Ln("sidekiq")
    jid = hexs(24)
    sidekiq_pfx(ln, "SchoolFormPdfJob", jid)
    k = R.random()
    allerg = ",".join(R.sample(["peanut", "tree nut", "milk", "egg", "sesame", "shellfish", "bee venom", "wheat"], R.randint(1, 3)))
    if k < 0.5:
        ln.f("INFO: FARE ECP rendered student=\"⟦n⟧\" dob=⟦d⟧ school=\"%s\" grade=%s allergens=%s asthma=%s epi=\"%s\" self_carry=%s pdf=s3://naai-forms-prod/ecp/2024/⟦a⟧-ecp-%s.pdf pages=2" % (
            school_for(p), "K" if p["age"] <= 5 else str(min(12, p["age"] - 5)), allerg, R.choice(["yes", "no"]),
            ("Auvi-Q 0.1mg" if p["weight"] < 15 else R.choice(["EpiPen Jr 0.15mg", "Auvi-Q 0.15mg"])) if p["weight"] < 25 else R.choice(["EpiPen 0.3mg", "epinephrine 0.3mg (Teva)", "Auvi-Q 0.3mg"]),
            "true" if p["age"] >= 10 else "false", hexs(6)),
              n=P(full(p), "name"), d=P(fdate(p["dob"], "us"), "date"), a=P(p["athena"], "mrn"))
    elif k < 0.8:
        ln.f("INFO: Medication authorization form (%s) for ⟦n⟧ signed by guardian ⟦g⟧ (%s) on ⟦d⟧; faxing to school nurse %s" % (
            "TEA / Texas school district" if p["state"] == "TX" else "MDE Michigan", "mother" if p["psex"] == "F" else "father",
            R.choice(["fax 713-555-0177", "fax (281) 555-0133"]) if p["state"] == "TX" else "fax 313.555.0149"),
              n=P(p["first"] + " " + p["last"], "name"), g=P(parent_full(p), "name"), d=P(fdate(svc_date(), "usn"), "date"))
    else:
        ln.f("WARN: ECP photo missing for patient_id=⟦a⟧ (⟦n⟧); rendering without photo, notifying parent ⟦e⟧",
             a=P(p["athena"], "mrn"), n=P(up(lastfirst(p)), "name"), e=P(p["email"], "email"))
    return [ln]


def g_biologic_enroll():
    tick()
    p = R.choice(PEOPLE)
    drug = R.choice(["DUPIXENT", "XOLAIR"])
    ln = Ln("biologic_json")
    spring_pfx(ln, "c.n.biologics.hub.EnrollmentClient", "INFO", "hub-sender-2")
    ln.t("POST %s enrollment -> " % ("https://hub.dupixentmyway.example/api/v2/enrollments" if drug == "DUPIXENT" else "https://gas-portal.example/xolair/api/enroll"))
    pay = p["payer"]
    o = {"program": "DUPIXENT MyWay" if drug == "DUPIXENT" else "Genentech Access Solutions - XOLAIR",
         "enrollmentId": P(("DMW-%07d" if drug == "DUPIXENT" else "GAS-X%08d") % R.randint(1000000, 9999999), "other_id"),
         "patient": {"firstName": P(p["first"], "name"), "lastName": P(p["last"], "name"),
                     "dateOfBirth": P(fdate(p["dob"], R.choice(["us", "iso"])), "date"), "gender": p["sex"],
                     "address": {"line1": P(p["street"], "address"), "city": P(p["city"], "address"), "state": p["state"], "zip": P(p["zip"], "zip")},
                     "phone": P(fphone(p["phone"], R.choice(["dash", "raw", "paren"])), "phone"), "email": P(p["email"], "email"),
                     "preferredLanguage": {"es": "Spanish", "ar": "Arabic", "en": "English"}[p["lang"]]},
         "caregiver": ({"name": P(parent_full(p), "name"), "relationship": "Parent", "phone": P(fphone(p["phone2"], "dash"), "phone")} if p["child"] else None),
         "insurance": {"primary": {"payerName": pay[0], "memberId": P(p["member"], "health_plan"), "groupNumber": p["group"] or None,
                                   "policyHolder": P(parent_full(p) if p["child"] else full(p), "name")}},
         "prescriber": {"npi": R.choice(DOCS)[4], "practice": "Northgate Allergy, Asthma & Immunology Partners", "fax": "713-555-0109"},
         "clinical": {"icd10": R.choice(["L20.89", "J45.50", "J45.40", "L50.1", "K20.0"]) if drug == "DUPIXENT" else R.choice(["J45.50", "L50.1", "T78.1XXA"]),
                      "ige": R.randint(30, 1400) if drug == "XOLAIR" else None, "eos": R.randint(150, 900), "weightKg": p["weight"]},
         "consents": {"hipaa": True, "signedDate": P(fdate(svc_date(), "iso"), "date"), "copayEligible": p["payer"][2] not in ("mcd", "mcr")}}
    if p["age"] > 89:
        o["patient"]["age"] = P(p["age"], "age")
    if drug == "XOLAIR" and R.random() < 0.5:
        o["patient"]["ssnLast4"] = P(p["ssn"][-4:], "ssn")
    jd(ln, o)
    return [ln]


def g_foundation():
    tick()
    p = R.choice(PEOPLE)
    ln = Ln("rails")
    rails_pfx(ln, "INFO", uuid4())
    who = parent_full(p) if p["child"] else full(p)
    ln.t("  Parameters: ")
    rh(ln, {"application": {"program": "GATCF", "applicant_name": P(who, "name"), "applicant_ssn": P(p["gssn"] if p["child"] else p["ssn"], "ssn"),
                            "household_size": str(R.randint(2, 7)), "household_income": str(R.randint(18, 62) * 1000),
                            "patient_dob": P(fdate(p["dob"], "us"), "date"), "signature": "[FILTERED]"}, "commit": "Submit"})
    return [ln]


def g_cmm_pa():
    tick()
    p = R.choice(PEOPLE)
    ln = Ln("cmm_webhook")
    drug = R.choice(["Xolair 150 mg/mL PFS", "Dupixent 300 mg/2 mL pen", "Dupixent 200 mg/1.14 mL PFS", "Xolair 75 mg/0.5 mL PFS", "Fasenra 30 mg pen", "Nucala 100 mg autoinjector"])
    status = R.choice(["Sent to Plan", "Approved", "Denied", "Question Response Needed", "Archived"])
    if R.random() < 0.5:
        rails_pfx(ln, "INFO", uuid4())
        ln.f("[CoverMyMeds] PA key=⟦k⟧ status=\"%s\" drug=\"%s\" patient_id=⟦a⟧ member=⟦m⟧ plan_case=⟦c⟧ expires=%s" % (
            status, drug, (dt.date(2024, 5, 14) + dt.timedelta(days=R.choice([180, 365]))).isoformat() if status == "Approved" else "-"),
             k=P(alnum(8), "other_id"), a=P(p["athena"], "mrn"), m=P(p["member"], "health_plan"),
             c=P("PA-2024-%07d" % R.randint(100000, 9999999), "other_id"))
    else:
        ln.fam = "cmm_json"
        jd(ln, {"request": {"id": P(alnum(6), "other_id"), "state": status, "drug": {"name": drug},
                            "patient": {"first_name": P(p["first"], "name"), "last_name": P(p["last"], "name"),
                                        "date_of_birth": P(fdate(p["dob"], "us"), "date"), "member_id": P(p["member"], "health_plan"),
                                        "zip": P(p["zip"], "zip")},
                            "prescriber": {"npi": R.choice(DOCS)[4], "fax_number": "7135550109"},
                            "created_at": ts_iso() + "-05:00"}, "event": "request.updated"})
    return [ln]


def g_x12_270():
    """X12 270 eligibility request, one segment per physical line (mixed)"""
    tick()
    p = R.choice(PEOPLE)
    d = svc_date()
    ctl = R.randint(100000000, 999999999)
    out = []
    segs = [
        "ISA*00*          *00*          *ZZ*NAAI24517      *ZZ*%-15s*%s*%s*^*00501*%09d*0*P*:~" % (R.choice(["CLAIMMD", "AVAILITY", "CHANGEHC"]), now().strftime("%y%m%d"), now().strftime("%H%M"), ctl),
        "GS*HS*NAAI24517*%s*%s*%s*%d*X*005010X279A1~" % (R.choice(["030240928", "AVAILITY"]), now().strftime("%Y%m%d"), now().strftime("%H%M"), ctl % 100000),
        "ST*270*0001*005010X279A1~",
        "BHT*0022*13*%d*%s*%s~" % (R.randint(10000, 99999), now().strftime("%Y%m%d"), now().strftime("%H%M%S")),
        "HL*1**20*1~", "NM1*PR*2*%s*****PI*%s~" % (p["payer"][0].upper()[:35], p["payer"][1]),
        "HL*2*1*21*1~", "NM1*1P*2*NORTHGATE ALLERGY ASTHMA IMMUNOLO*****XX*1932104857~",
        "HL*3*2*22*0~", "TRN*1*%d*9%09d~" % (R.randint(10000000, 99999999), R.randint(0, 999999999)),
    ]
    for s in segs:
        out.append(Ln("x12").t(s))
    ln = Ln("x12").t("NM1*IL*1*").p(up(p["last"]), "name").t("*").p(up(p["first"]), "name").t("****MI*").p(p["member"], "health_plan").t("~")
    out.append(ln)
    out.append(Ln("x12").t("DMG*D8*").p(fdate(p["dob"], "hl7"), "date").t("*%s~" % p["sex"]))
    out.append(Ln("x12").t("DTP*291*D8*").p(fdate(d, "hl7"), "date").t("~"))
    for s in ["EQ*30~", "SE*13*0001~", "GE*1*%d~" % (ctl % 100000), "IEA*1*%09d~" % ctl][: R.randint(1, 4)]:
        out.append(Ln("x12").t(s))
    return out


def g_x12_278():
    tick()
    p = R.choice(PEOPLE)
    out = [Ln("x12").t("ST*278*0001*005010X217~"), Ln("x12").t("BHT*0007*13*%s*%s*%s~" % (alnum(10), now().strftime("%Y%m%d"), now().strftime("%H%M")))]
    out.append(Ln("x12").t("NM1*IL*1*").p(up(p["last"]), "name").t("*").p(up(p["first"]), "name").t("****MI*").p(p["member"], "health_plan").t("~"))
    out.append(Ln("x12").t("UM*HS*I*1~"))
    out.append(Ln("x12").t("HI*ABK:%s~" % R.choice(["J4550", "L2089", "L501", "J455"])))
    out.append(Ln("x12").t("SV1*HC:%s*%d*UN*%d***1~" % (R.choice(["J2357", "J3590"]), R.randint(900, 4000), R.randint(1, 4))))
    out.append(Ln("x12").t("HCR*A1*").p("UM%d" % R.randint(10000000, 99999999), "other_id").t("~"))
    return out


def hl7seg(fields):
    """fields: list of str / P / S; index 0 is the segment id"""
    ln = Ln("hl7")
    for i, f in enumerate(fields):
        if i:
            ln.t("|")
        ln.v(f)
    return ln


def g_hl7():
    """HL7 v2 ORU (spirometry) or ADT, one segment per line (mixed)"""
    tick()
    p = R.choice(PEOPLE)
    d = svc_date()
    doc = R.choice(DOCS)
    typ = R.choice(["ORU^R01^ORU_R01", "ADT^A04^ADT_A01", "ADT^A08^ADT_A01"])
    stamp = now().strftime("%Y%m%d%H%M%S")
    if typ.startswith("ADT"):
        snd = ["ATHENANET", ATHENA_PRACTICE, "VIALTRACK", "NAAI"]
    else:
        snd = ["NAAI_SPIRO", "NAAI", "ATHENANET", ATHENA_PRACTICE]
    out = [hl7seg(["MSH", "^~\\&"] + snd + [stamp, "", typ, "MSG%d" % R.randint(100000, 999999), "P", "2.5.1", "", "", "AL", "NE"])]
    if typ.startswith("ADT"):
        out.append(hl7seg(["EVN", typ[4:7], stamp]))
    pid = [""] * 20
    pid[0] = "PID"
    pid[1] = "1"
    pid[3] = S(P(p["mrn"], "mrn"), "^^^NAAI^MR~", P(p["athena"], "mrn"), "^^^ATHENA^PI")
    pid[5] = P(up(p["last"]) + "^" + up(p["first"]).replace(" ", "^", 1), "name")
    pid[7] = P(fdate(p["dob"], "hl7"), "date")
    pid[8] = p["sex"]
    pid[11] = S(P(p["street"], "address"), "^^", P(p["city"], "address"), "^%s^" % p["state"], P(p["zip"], "zip"), "^USA")
    pid[13] = S("^PRN^PH^^1^", P(p["phone"][:3], "phone"), "^", P(p["phone"][3:], "phone"))
    pid[15] = {"es": "SPA", "ar": "ARA", "en": "ENG"}[p["lang"]]
    if R.random() < 0.4:
        pid[19] = P(p["ssn"], "ssn")
    else:
        pid = pid[:16]
    out.append(hl7seg(pid))
    if p["child"]:
        out.append(hl7seg(["NK1", "1", P(up(p["plast"]) + "^" + up(p["pfirst"]).replace(" ", "^", 1), "name"),
                           "%s^%s^HL70063" % (("MTH", "Mother") if p["psex"] == "F" else ("FTH", "Father")), "",
                           P(fphone(p["phone2"], "paren"), "phone"), "", "EP^Emergency Contact"]))
    pv1 = [""] * 45
    pv1[0], pv1[1], pv1[2] = "PV1", "1", "O"
    pv1[3] = "%s^ALLERGY^1" % (CLINICS[3][0] if p["state"] == "MI" else R.choice(CLINICS[:3])[0])
    pv1[7] = "%s^%s^%s^^^^%s" % (doc[4], doc[1].upper(), doc[0].upper(), doc[2])
    pv1[10] = "ALG"
    pv1[19] = P("V%08d" % R.randint(10000000, 99999999), "other_id")
    pv1[44] = P(fdate(d, "hl7") + "%02d%02d" % (R.randint(7, 17), R.randint(0, 59)), "date")
    out.append(hl7seg(pv1))
    if typ.startswith("ADT"):
        in1 = [""] * 37
        in1[0], in1[1], in1[2], in1[3], in1[4] = "IN1", "1", p["payer"][1], str(R.randint(10000, 99999)), p["payer"][0]
        in1[8] = p["group"]
        in1[16] = P(up(p["plast"] if p["child"] else p["last"]) + "^" + up(p["pfirst"] if p["child"] else p["first"]).replace(" ", "^", 1), "name")
        in1[17] = "03" if p["child"] else "01"
        in1[36] = P(p["member"], "health_plan")
        out.append(hl7seg(in1))
    else:
        obr = [""] * 17
        obr[0], obr[1], obr[3], obr[4] = "OBR", "1", "SP%d" % R.randint(1000000, 9999999), "94010^Spirometry^CPT4"
        obr[7] = P(fdate(d, "hl7") + "%02d%02d" % (R.randint(8, 16), R.randint(0, 59)), "date")
        obr[16] = "%s^%s^%s" % (doc[4], doc[1].upper(), doc[0].upper())
        out.append(hl7seg(obr))
        for i, (code, nm, un) in enumerate([("20150-9", "FEV1", "L"), ("19870-5", "FVC", "L"), ("19926-5", "FEV1/FVC", "%"), ("33452-4", "PEF", "L/s")][: R.randint(2, 4)]):
            v = {"L": "%.2f" % R.uniform(1.1, 3.9), "%": "%d" % R.randint(62, 91), "L/s": "%.2f" % R.uniform(2.5, 8)}[un]
            out.append(Ln("hl7").t("OBX|%d|NM|%s^%s^LN||%s|%s|||||F" % (i + 1, code, nm, v, un)))
    return out


def g_athena_get():
    """OkHttp logging of an athena patient GET (mixed: url line, response line, body)"""
    tick()
    p = R.choice(PEOPLE)
    out = []
    th = "OkHttp https://api.platform.athenahealth.com/..."
    l1 = Ln("okhttp")
    spring_pfx(l1, "okhttp3.OkHttpClient", "INFO", "DefaultDispatcher-worker-%d" % R.randint(1, 8))
    l1.t("--> GET https://api.platform.athenahealth.com/v1/%s/patients/" % ATHENA_PRACTICE).p(p["athena"], "mrn").t("?showinsurance=true&showguarantor=true&departmentid=%d" % R.randint(1, 9))
    out.append(l1)
    tick()
    l2 = Ln("okhttp")
    spring_pfx(l2, "okhttp3.OkHttpClient", "INFO", "DefaultDispatcher-worker-%d" % R.randint(1, 8))
    l2.t("<-- 200 OK https://api.platform.athenahealth.com/v1/%s/patients/" % ATHENA_PRACTICE).p(p["athena"], "mrn").t("?showinsurance=true&showguarantor=true (%dms)" % R.randint(120, 900))
    out.append(l2)
    l3 = Ln("athena_json")
    spring_pfx(l3, "okhttp3.OkHttpClient", "INFO", "DefaultDispatcher-worker-%d" % R.randint(1, 8))
    rec = {"patientid": P(p["athena"], "mrn"), "firstname": P(p["first"], "name"), "lastname": P(p["last"], "name"),
           "dob": P(fdate(p["dob"], "us"), "date"), "sex": p["sex"],
           "homephone": P(p["phone"], "phone"), "mobilephone": P(p["phone2"], "phone"), "email": P(p["email"], "email"),
           "address1": P(p["street"], "address"), "city": P(p["city"].upper(), "address"), "state": p["state"], "zip": P(p["zip"], "zip"),
           "language6392code": {"es": "spa", "ar": "ara", "en": "eng"}[p["lang"]], "departmentid": str(R.randint(1, 9)),
           "primaryproviderid": str(R.randint(60, 90)), "portalaccessgiven": R.choice(["true", "false"]), "status": "active",
           "privacyinformationverified": "true", "registrationdate": "%02d/%02d/20%02d" % (R.randint(1, 12), R.randint(1, 28), R.randint(14, 23))}
    # registrationdate: date of a person's registration -> label
    reg = rec["registrationdate"]
    rec["registrationdate"] = P(reg, "date")
    if p["child"]:
        rec.update({"guarantorfirstname": P(p["pfirst"], "name"), "guarantorlastname": P(p["plast"], "name"),
                    "guarantorrelationshiptopatient": "2", "guarantorphone": P(p["phone2"], "phone"),
                    "contactname": P(parent_full(p), "name"), "contactrelationship": "MOTHER" if p["psex"] == "F" else "FATHER",
                    "contactmobilephone": P(p["phone2"], "phone")})
    if p["age"] > 89:
        rec["age"] = P(str(p["age"]), "age")
    rec["insurances"] = [{"insurancepackageid": str(R.randint(10000, 99999)), "insuranceplanname": p["payer"][0],
                          "insuranceidnumber": P(p["member"], "health_plan"),
                          "insurancepolicyholder": P(up(parent_full(p) if p["child"] else full(p)), "name"),
                          "relationshiptoinsured": "Child" if p["child"] else "Self", "sequencenumber": "1"}]
    jd(l3, [rec])
    out.append(l3)
    return out


def g_athena_appt():
    tick()
    p = R.choice(PEOPLE)
    ln = Ln("athena_json")
    d = appt_date()
    sidekiq_pfx(ln, "AthenaAppointmentSyncJob", hexs(24))
    at = R.choice([("ALLERGY INJ", "41", "Allergy Shot"), ("SPT ENV", "12", "Skin Testing"), ("OFC", "77", "Food Challenge"),
                   ("SPIRO+FENO", "23", "Breathing Test"), ("BIOLOGIC INJ", "58", "Biologic Injection"), ("NEW PT ALLERGY", "2", "New Patient Visit"),
                   ("PATCH READ", "64", "Patch Test Reading")])
    ln.t("INFO: upsert ")
    jd(ln, {"appointmentid": P(str(R.randint(900000, 1999999)), "other_id"), "appointmentstatus": R.choice(["f", "x", "2", "3", "4"]),
            "appointmenttype": at[0], "appointmenttypeid": at[1], "date": P(fdate(d, "us"), "date"), "starttime": "%02d:%02d" % (R.randint(7, 17), R.choice([0, 15, 30, 45])),
            "duration": {"41": "15", "12": "60", "77": "240", "23": "30", "58": "60", "2": "60", "64": "15"}[at[1]], "patientid": P(p["athena"], "mrn"), "departmentid": str(R.randint(1, 9)),
            "providerid": str(R.randint(60, 90)), "patientappointmenttypename": at[2]})
    return [ln]


def g_athena_photo():
    tick()
    p = R.choice(PEOPLE)
    ln = Ln("athena_json")
    spring_pfx(ln, "c.n.ehr.athena.PatientPhotoFetcher", "DEBUG", "DefaultDispatcher-worker-%d" % R.randint(1, 8))
    ln.t("GET /v1/%s/patients/" % ATHENA_PRACTICE).p(p["athena"], "mrn").t("/photo?jpegoutput=true -> 200 body=")
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00" + bytes(R.randint(0, 255) for _ in range(150))
    b64 = base64.b64encode(raw).decode()
    ln.t('{"image":"').p(b64, "photo").t('"} (truncated, %d bytes total)' % R.randint(18000, 64000))
    return [ln]


def g_twilio_out():
    tick()
    p = R.choice(PEOPLE)
    d = dt.date(2024, 5, 14) + dt.timedelta(days=R.randint(1, 12))
    clinic = R.choice(CLINICS[3:] if p["state"] == "MI" else CLINICS[:3])
    ln = Ln("sidekiq_json")
    lang = p["lang"]
    nm = p["first"]
    if lang == "ar" and p["ar"] and R.random() < 0.7:
        nm = p["ar"][0]
    hh = "%d:%02d" % (R.randint(1, 5), R.choice([0, 15, 30, 45]))
    if lang == "es":
        body = S("Recordatorio: ", P(nm, "name"), " tiene cita para su inyección de alergia el ", P(fdate(d, "dm0"), "date"),
                 " a las %s p. m. en Northgate Allergy %s. Traiga su EpiPen y espere 30 min después de la inyección. Responda C para confirmar." % (hh, clinic[1]))
    elif lang == "ar":
        body = S("تذكير: موعد حقنة الحساسية لـ", P(nm, "name"), " يوم ", P(fdate(d, "dm"), "date"),
                 " الساعة %s مساءً في عيادة نورثغيت %s. يرجى إحضار قلم الإبينفرين. أرسل C للتأكيد" % (hh, "ديربورن" if clinic[0] == "DBN" else clinic[1]))
    else:
        body = S("Reminder: ", P(nm, "name"), " has an allergy shot visit at Northgate Allergy %s on " % clinic[1], P(fdate(d, "short"), "date"),
                 " at %s PM. Please bring the epinephrine auto-injector and plan to stay 30 min. Reply C to confirm, STOP to opt out." % hh)
    jd(ln, {"ts": ts_utcz(), "pid": 9, "tid": R.choice(["owmb", "2ll8"]), "lvl": "INFO", "msg": "twilio message created",
            "ctx": {"class": "ReminderSmsJob", "jid": hexs(24)},
            "sid": "SM" + hexs(32), "status": "queued", "to": P(fphone(p["phone"], "e164"), "phone"),
            "messaging_service_sid": "MG" + hexs(32), "locale": lang, "body": body, "num_segments": str(R.randint(1, 3))})
    return [ln]


def g_twilio_status():
    tick()
    p = R.choice(PEOPLE)
    ln = Ln("rails")
    rails_pfx(ln, "INFO", uuid4())
    st = R.choice(["delivered", "delivered", "undelivered", "failed", "sent"])
    prm = {"SmsSid": "SM" + hexs(32), "SmsStatus": st, "MessageStatus": st, "To": P(fphone(p["phone"], "e164"), "phone"),
           "MessagingServiceSid": "MG" + hexs(32), "MessageSid": "SM" + hexs(32), "AccountSid": "AC" + hexs(32),
           "From": "+1" + R.choice(CLINICS)[3].replace("-", ""), "ApiVersion": "2010-04-01"}
    if st in ("undelivered", "failed"):
        prm["ErrorCode"] = R.choice(["30003", "30005", "30006", "30007", "21610"])
    ln.t("  Parameters: ")
    rh(ln, prm)
    return [ln]


def g_twilio_in():
    tick()
    p = R.choice(KIDS)
    ln = Ln("rails")
    rails_pfx(ln, "INFO", uuid4())
    clinic = CLINICS[3] if p["state"] == "MI" else R.choice(CLINICS[:3])
    make = R.choice(["white Honda Odyssey", "silver Toyota Sienna", "gray Nissan Rogue", "black Chevy Tahoe", "red Kia Telluride"])
    plate = "%s%s%s%d" % (R.choice("BCDFGHJKLMNPRSTVWXYZ"), R.choice("BCDFGHJKLMNPRSTVWXYZ"), R.choice("BCDFGHJKLMNPRSTVWXYZ"), R.randint(1000, 9999))
    k = R.random()
    if p["lang"] == "es":
        col = {"white": "blanca", "silver": "plateada", "gray": "gris", "black": "negra", "red": "roja"}[make.split()[0]]
        body = S("Ya llegamos, estamos en el estacionamiento en una ", " ".join(make.split()[1:]) + " " + col, " placas ", P(plate, "vehicle"), " para la inyección de ", P(p["first"], "name"))
    elif p["lang"] == "ar" and k < 0.5:
        body = S("وصلنا، نحن في موقف السيارات. سيارة ", make, " رقم ", P(plate, "vehicle"), " موعد ", P(p["ar"][0] if p["ar"] else p["first"], "name"))
    elif k < 0.3:
        vin = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
        body = S("here for ", P(p["first"], "name"), "'s 3:30 shot. rental car, couldn't find plate, VIN on dash is ", P(vin, "vehicle"))
    else:
        body = S("Here! ", make, " plate ", P(plate, "vehicle"), " - ", P(p["first"] + " " + p["last"], "name"), " for allergy shot")
    fz = "48126" if p["state"] == "MI" else p["zip"]
    fcity = p["city"].upper()
    prm = {"ToCountry": "US", "ToState": p["state"], "SmsMessageSid": "SM" + hexs(32), "NumMedia": "0",
           "ToCity": "DEARBORN" if p["state"] == "MI" else clinic[1].upper(), "FromZip": P(p["zip"], "zip"), "SmsSid": "SM" + hexs(32),
           "FromState": p["state"], "SmsStatus": "received", "FromCity": P(fcity, "address"), "Body": body, "FromCountry": "US",
           "To": "+1" + clinic[3].replace("-", ""), "ToZip": "48126" if p["state"] == "MI" else "77401", "NumSegments": "1",
           "MessageSid": "SM" + hexs(32), "AccountSid": "AC" + hexs(32), "From": P(fphone(p["phone"], "e164"), "phone"), "ApiVersion": "2010-04-01"}
    ln.t("  Parameters: ")
    rh(ln, prm)
    return [ln]


def g_portal_msg():
    tick()
    p = R.choice(KIDS) if R.random() < 0.85 else R.choice([q for q in PEOPLE if not q["child"]])
    ln = Ln("portal_json")
    d = svc_date() - dt.timedelta(days=1)
    lang = p["lang"]
    doc = R.choice(DOCS)
    if p["child"]:
        pn = p["pfirst"]
        if lang == "es":
            rel = "la mamá" if p["psex"] == "F" else "el papá"
            body = S("Hola Dra. %s, soy " % doc[1], P(pn, "name"), ", %s de " % rel, P(p["first"], "name"),
                     ". Ayer ", P(fdate(d, "dm0"), "date"),
                     R.choice([" después de la inyección le salieron ronchas en el brazo (como 4 cm) y se le quitaron con Zyrtec. ¿Le damos la misma dosis el jueves?",
                               " en la escuela comió algo con cacahuate y tuvo que usar el EpiPen, ya estamos en casa. Necesito otra receta y la forma para la enfermera.",
                               " tosió toda la noche y el flujo máximo bajó a 180. ¿Le subo el Flovent?"]),
                     " Mi cel es ", P(fphone(p["phone"], R.choice(["dash", "raw", "paren"])), "phone"), ". Gracias!")
        elif lang == "ar":
            pn_ar = p["par"] or pn
            son = "ابني عنده" if p["sex"] == "M" else "ابنتي عندها"
            body = S("السلام عليكم دكتورة، أنا ", P(pn_ar, "name"), " %s " % ("والدة" if p["psex"] == "F" else "والد"),
                     P(p["ar"][0] if p["ar"] else p["first"], "name"), ". %s حكة وتورم مكان الحقنة من يوم " % son,
                     P(fdate(d, "dm"), "date"), R.choice([". هل نعطي%s زيرتك قبل الحقنة القادمة؟" % ("ه" if p["sex"] == "M" else "ها"), ". المدرسة تطلب نموذج الإبينفرين، هل يمكن إرساله؟"]),
                     " رقمي ", P(p["phone"], "phone"))
        else:
            k = R.random()
            if k < 0.4:
                body = S("Hi, this is ", P(pn, "name"), ", ", P(p["first"], "name"), "'s mom. ", P(p["first"], "name"),
                         " had hives after the shot on ", P(fdate(d, "md"), "date"),
                         " about 2 hrs later, gave Benadryl and they went away. Should we still come Thursday? DOB ", P(fdate(p["dob"], "usn"), "date"))
            elif k < 0.7:
                body = S("Can you please fax the EpiPen school form for ", P(p["first"] + " " + p["last"], "name"),
                         " to my office fax ", P(fphone(p["phone2"], R.choice(["dash", "dot"])), "fax"), "? The school nurse at %s also needs the asthma action plan. Thanks, " % school_for(p),
                         P(parent_full(p), "name"))
            else:
                body = S("Photo of the reaction from last night: ", P("https://photos.app.goo.gl/%s" % alnum(17, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"), "url"),
                         " - rash started around 8pm on ", P(fdate(d, "long"), "date"), ". ", P(p["first"].lower(), "name"), " is ok now. - ", P(pn.lower(), "name"))
    else:
        if lang == "es" and R.random() < 0.5:
            body = S("Buenos días, soy ", P(full(p), "name"), ", tengo ", P(str(p["age"]), "age") if p["age"] > 89 else str(p["age"]),
                     " años. Desde el ", P(fdate(d, "dmy"), "date"), " tengo ronchas en todo el cuerpo otra vez. ¿Puedo adelantar el Xolair?")
        elif lang == "es":
            body = S("Buenas tardes. Le escribe ", P(p["first"].split()[0], "name"), ", hija de la paciente ", P(lastfirst(p), "name"),
                     " (fecha de nacimiento ", P(fdate(p["dob"], "dmy"), "date"), "). Mi mamá ya no tiene inhalador de rescate y la farmacia dice que falta la autorización. Llámeme al ",
                     P(fphone(p["phone2"], "dash"), "phone"), ", por favor.")
        else:
            rel = R.choice(["mother", "grandmother", "aunt"]) if p["sex"] == "F" else R.choice(["father", "grandfather", "uncle"])
            if p["age"] < 60:
                rel = R.choice(["sister", "wife"]) if p["sex"] == "F" else R.choice(["brother", "husband"])
            body = S("Dear Dr. %s, my %s " % (doc[1], rel), P(full(p), "name"),
                     " (", P(str(p["age"]), "age") if p["age"] > 89 else str(p["age"]), ") missed %s injection on " % ("her" if p["sex"] == "F" else "his"), P(fdate(d, "us"), "date"),
                     " because of the storm. Please call me at ", P(fphone(p["phone2"], "paren"), "phone"), ".")
    btxt = "".join(x.v if isinstance(x, P) else x for x in body.pieces)
    subj = "School form" if "school form" in btxt else ("Reaction photo" if "Photo" in btxt else ("Missed injection" if "missed" in btxt else "Hives after shot"))
    o = {"event": "portal.message.received", "messageId": "msg_" + hexs(20), "threadId": "thr_" + hexs(12),
         "fromUser": P(p["user"], "other_id"), "patientId": P(int(p["athena"]), "mrn"), "lang": lang,
         "subject": {"es": "Pregunta sobre la inyección", "ar": "سؤال عن الحقنة", "en": subj}[lang],
         "body": body, "routedTo": R.choice(["pool:allergy-nurses-%s" % p["state"].lower(), "pool:front-desk-%s" % p["state"].lower()]),
         "receivedAt": ts_utcz()}
    ktor_pfx(ln, "INFO", "c.n.portal.MessageService")
    jd(ln, o, ascii_=(lang == "ar" and R.random() < 0.25))
    return [ln]


def g_nginx_portal():
    tick()
    p = R.choice(PEOPLE)
    ln = Ln("nginx")
    ip = "%d.%d.%d.%d" % (R.choice([68, 73, 98, 99, 107, 172, 174, 24, 71, 76]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    path = R.choice(["/portal/api/v2/patients/%s/messages?page=1", "/portal/api/v2/patients/%s/forms/ecp.pdf",
                     "/portal/api/v2/patients/%s/appointments?upcoming=true", "/portal/api/v2/patients/%s/immunotherapy/schedule"])
    pre, post = path.split("%s")
    ua = R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
                   "Mozilla/5.0 (Linux; Android 14; SM-A546U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.113 Mobile Safari/537.36",
                   "NorthgatePortal/3.12.0 (com.northgate.portal; build:4127; iOS 17.4.1) Alamofire/5.8.1"])
    ln.p(ip, "ip").t(" - - [%s] \"GET %s" % (ts_nginx(), pre)).p(p["athena"], "mrn").t("%s HTTP/2.0\" 200 %d \"https://portal.northgateallergy.com/\" \"%s\" rt=%.3f uct=0.000 uid=" % (
        post, R.randint(300, 90000), ua, R.random() * 0.4))
    ln.p(p["user"], "other_id")
    return [ln]


def g_pg_dup():
    tick()
    p = R.choice(PEOPLE)
    pid = R.randint(1800, 39000)
    out = [pg_pfx(Ln("postgres"), "ERROR", pid).t('duplicate key value violates unique constraint "index_patients_on_mrn"')]
    out.append(pg_pfx(Ln("postgres"), "DETAIL", pid).t("Key (mrn)=(").p(p["mrn"], "mrn").t(") already exists."))
    out.append(pg_pfx(Ln("postgres"), "STATEMENT", pid).t('INSERT INTO "patients" ("mrn", "athena_id", "first_name", "last_name", "dob", "created_at", "updated_at") VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING "id"'))
    return out


def g_pg_detail_fk():
    tick()
    p = R.choice(PEOPLE)
    pid = R.randint(1800, 39000)
    return [pg_pfx(Ln("postgres"), "ERROR", pid).t('null value in column "dob" of relation "patients" violates not-null constraint'),
            pg_pfx(Ln("postgres"), "DETAIL", pid).t("Failing row contains (%d, " % R.randint(1000, 99999)).p(p["mrn"], "mrn").t(", ").p(p["athena"], "mrn")
            .t(", ").p(p["first"], "name").t(", ").p(p["last"], "name").t(", null, %s, %s)." % (ts_space(), ts_space()))]


def g_id_verify():
    tick()
    p = R.choice(KIDS)
    ln = Ln("ktor")
    ktor_pfx(ln, "INFO", "c.n.portal.ProxyAccessVerifier")
    st = "MI" if p["state"] == "MI" else "TX"
    lic = p["dl"]
    ln.f("proxy access request guardian=\"⟦g⟧\" minor=\"⟦m⟧\" id_type=%s_DL id_number=⟦lic⟧ match=%s reviewer=%s" % (
        st, R.choice(["exact", "exact", "fuzzy_name", "manual_review"]), R.choice(NURSES)[3]),
         g=P(parent_full(p), "name"), m=P(lastfirst(p), "name"), lic=P(lic, "license"))
    return [ln]


def g_device_pair():
    tick()
    p = R.choice(PEOPLE)
    ln = Ln("spring_boot")
    spring_pfx(ln, "c.n.rpm.DeviceLinkService")
    mac = ":".join("%02X" % R.randint(0, 255) for _ in range(6))
    if R.random() < 0.5:
        ln.f("paired inhaler sensor serial=⟦s⟧ mac=⟦mac⟧ med=\"%s\" patientId=⟦a⟧ fw=2.4.1 battery=%d%%" % (
            R.choice(["Flovent HFA 44mcg", "Albuterol HFA 90mcg", "Symbicort 80/4.5", "Qvar RediHaler 40mcg"]), R.randint(40, 100)),
             s=P("PH2-" + alnum(8), "device"), mac=P(mac, "device"), a=P(p["athena"], "mrn"))
    else:
        ln.f("home spirometer Air Next sn=⟦s⟧ linked to ⟦n⟧ (⟦m⟧); first upload FEV1=%.2fL" % R.uniform(1.1, 3.5),
             s=P("AN%d" % R.randint(10000000, 99999999), "device"), n=P(full(p), "name"), m=P(p["mrn"], "mrn"))
    return [ln]


def g_palm():
    tick()
    p = R.choice(PEOPLE)
    ln = Ln("kiosk")
    syslog_pfx(ln, "kiosk-%02d" % R.randint(1, 9), "patientsecure-agent")
    tmpl = base64.b64encode(bytes(R.randint(0, 255) for _ in range(R.choice([72, 96]))) ).decode()
    if R.random() < 0.5:
        ln.f("enroll palm template mrn=⟦m⟧ hand=%s quality=%d tmpl=⟦t⟧" % (R.choice(["L", "R"]), R.randint(60, 99)),
             m=P(p["mrn"], "mrn"), t=P(tmpl, "biometric"))
    else:
        ln.f("identify ok score=%.3f -> patient ⟦m⟧ dob ⟦d⟧ checkin appt=⟦ap⟧ probe=⟦t⟧" % R.uniform(0.9, 0.999),
             m=P(p["mrn"], "mrn"), d=P(fdate(p["dob"], "us"), "date"), ap=P(str(R.randint(900000, 1999999)), "other_id"), t=P(tmpl, "biometric"))
    return [ln]


def g_payment():
    tick()
    p = R.choice(PEOPLE)
    ln = Ln("syslog_kv")
    syslog_pfx(ln, "billing01", "billing-bridge")
    card = luhn_complete(R.choice(["4", "51", "53", "4147"]))
    ln.f("sale type=copay amount=%s patient_acct=⟦acct⟧ card=⟦c⟧ exp=%02d/%d avs_zip=⟦z⟧ resp=%s auth=%06d term=%s" % (
        R.choice(["25.00", "40.00", "50.00", "15.00"]), R.randint(1, 12), R.randint(25, 30), R.choice(["APPROVED", "APPROVED", "DECLINED 05"]),
        R.randint(0, 999999), R.choice(CLINICS)[0] + "-T" + str(R.randint(1, 4))),
         acct=P(p["acct"], "account"), c=P(card, "account"), z=P(p["zip"], "zip"))
    return [ln]


def g_copay_card():
    tick()
    p = R.choice([q for q in PEOPLE if q["payer"][2] not in ("mcd", "mcr")] or PEOPLE)
    ln = Ln("spring_boot")
    spring_pfx(ln, "c.n.biologics.copay.CopayCardService")
    ln.f("copay card activated program=%s bin=610020 pcn=PDMI grp=%s cardholderId=⟦cid⟧ patient=⟦n⟧ dob=⟦d⟧" % (
        R.choice(["DUPIXENT MyWay", "XOLAIR Co-pay Program"]), R.choice(["99992863", "99991437"])),
         cid=P(str(R.randint(10000000000, 99999999999)), "health_plan"), n=P(lastfirst(p), "name"), d=P(fdate(p["dob"], "us2"), "date"))
    return [ln]


def g_audit():
    tick()
    p = R.choice(PEOPLE)
    ln = Ln("audit_json")
    st = R.choice(STAFF)
    jd(ln, {"ts": ts_utcz(), "event": R.choice(["chart.open", "chart.print", "note.sign", "vial.verify", "spt.result.edit"]),
            "actor": st[3], "role": {"MD": "clinician", "DO": "clinician", "PA-C": "clinician", "RN": "nurse", "LVN": "nurse", "CMA": "mixing_tech", "MA": "mixing_tech", "": "billing"}[st[2]], "patientMrn": P(p["mrn"], "mrn"),
            "reason": R.choice(["TREATMENT", "OPERATIONS", "BREAK_GLASS"]), "ip": "10.40.%d.%d" % (R.randint(1, 6), R.randint(10, 200)),
            "ua": "VialTrack/4.8.2", "sessionId": hexs(16)})
    return [ln]


def g_sidekiq_retry():
    tick()
    p = R.choice(PEOPLE)
    ln = Ln("sidekiq")
    cls = R.choice(["SchoolFormPdfJob", "ReminderSmsJob", "AthenaPatientRefreshJob"])
    if cls == "SchoolFormPdfJob":
        p = R.choice(KIDS)
    sidekiq_pfx(ln, cls, hexs(24), "WARN")
    ln.t('WARN: {"context":"Job raised exception","job":{"retry":5,"queue":"%s","class":"%s","args":[' % (
        {"SchoolFormPdfJob": "forms", "ReminderSmsJob": "sms", "AthenaPatientRefreshJob": "ehr"}[cls], cls))
    ln.p(p["athena"], "mrn")
    if cls == "ReminderSmsJob":
        ln.t(',"').p(fphone(p["phone"], "e164"), "phone").t('"')
    elif cls == "SchoolFormPdfJob":
        ln.t(',"%s"' % school_for(p))
    em, ec = {"SchoolFormPdfJob": ("undefined method `weight_kg' for nil:NilClass", "NoMethodError"),
              "ReminderSmsJob": ("[HTTP 400] 21211 : Invalid 'To' Phone Number", "Twilio::REST::RestError"),
              "AthenaPatientRefreshJob": ("Net::ReadTimeout with #<TCPSocket:(closed)>", "Net::ReadTimeout")}[cls]
    ln.t('],"jid":"%s","created_at":%.3f,"enqueued_at":%.3f,"error_message":"%s","error_class":"%s","failed_at":%.3f,"retry_count":%d}}' % (
        hexs(24), now().timestamp() - 40, now().timestamp() - 1, em, ec, now().timestamp() - 30, R.randint(0, 4)))
    return [ln]


def g_elderly_note():
    tick()
    p = R.choice(OLD)
    ln = Ln("spring_boot")
    spring_pfx(ln, "c.n.biologics.InjectionVisitService")
    drug = R.choice(["Xolair 300mg SC", "Dupixent 300mg SC", "Xolair 150mg SC"])
    ln.f("biologic administered ⟦n⟧ age=⟦a⟧ drug=\"%s\" visit=⟦d⟧ obs=%dmin BP=%d/%d note=\"%d y/o pt %s\"" % (
        drug, R.choice([30, 60, 120]), R.randint(110, 160), R.randint(60, 90), p["age"],
        R.choice(["tolerated, ambulated with walker", "tolerated, daughter at bedside", "mild injection-site erythema, ice applied", "no reaction, next dose in 4 wks"])),
         n=P(up(full(p)), "name"), a=P(str(p["age"]), "age"), d=P(fdate(svc_date(), "us"), "date"))
    # the age inside the note is also an age span
    txt = "%d y/o" % p["age"]
    full_txt = ln.text()
    i = full_txt.index('note="') + len('note="')
    a = len(full_txt[:i].encode())
    ln.spans.append((a, a + len(str(p["age"])), "age", str(p["age"])))
    return [ln]


PHI_GENS = [
    (g_rails_sql, 5), (g_injection_spring, 10), (g_injection_logstash, 7), (g_spt_grid, 4), (g_ofc_note, 4),
    (g_ofc_form, 2), (g_spiro_xml, 4), (g_feno, 5), (g_ncpdp, 4), (g_school_form, 6), (g_biologic_enroll, 4),
    (g_foundation, 2), (g_cmm_pa, 4), (g_athena_appt, 5), (g_athena_photo, 2), (g_twilio_out, 7), (g_twilio_status, 4),
    (g_twilio_in, 3), (g_portal_msg, 13), (g_nginx_portal, 5), (g_id_verify, 3), (g_device_pair, 3), (g_palm, 2),
    (g_payment, 3), (g_copay_card, 2), (g_audit, 4), (g_sidekiq_retry, 3), (g_elderly_note, 1),
]
MIXED_GENS = [
    (g_rails_vialset, 5), (g_kotlin_trace, 2), (g_spt_csv, 3), (g_patch, 2), (g_mir_csv, 2), (g_x12_270, 2),
    (g_x12_278, 1), (g_hl7, 3), (g_athena_get, 4), (g_pg_dup, 2), (g_pg_detail_fk, 1),
]


# =========================================================================== clean generators
def c_health():
    tick()
    k = R.random()
    ln = Ln("health")
    if k < 0.35:
        ln.fam = "nginx"
        ln.t('10.42.%d.1 - - [%s] "GET /%s HTTP/1.1" 200 %d "-" "kube-probe/1.28" rt=0.00%d' % (
            R.randint(0, 7), ts_nginx(), R.choice(["healthz", "readyz", "up", "actuator/health/liveness"]), R.choice([2, 15, 49]), R.randint(1, 9)))
    elif k < 0.65:
        ln.fam = "ktor"
        ktor_pfx(ln).t("200 OK: GET - /%s in %dms" % (R.choice(["healthz", "metrics", "ready"]), R.randint(1, 9)))
    else:
        ln.fam = "spring_boot"
        spring_pfx(ln, "o.s.b.a.health.HealthEndpointWebExtension", "DEBUG", "actuator-%d" % R.randint(1, 4)).t(
            'Health {"status":"UP","components":{"db":{"status":"UP","details":{"database":"PostgreSQL","validationQuery":"isValid()"}},"diskSpace":{"status":"UP"},"athena":{"status":"%s"}}}' % R.choice(["UP", "UP", "DEGRADED"]))
    return [ln]


def c_sidekiq():
    tick()
    ln = Ln("sidekiq")
    cls = R.choice(["ReminderSmsJob", "SchoolFormPdfJob", "PollenFeedSyncJob", "AthenaAppointmentSyncJob", "ExtractInventoryJob", "VialExpiryScanJob", "FridgeTempAlertJob"])
    sidekiq_pfx(ln, cls, hexs(24))
    if R.random() < 0.5:
        ln.t("INFO: start")
    else:
        ln.t("elapsed=%.3f INFO: done" % (R.random() * 4))
    return [ln]


def c_rails():
    tick()
    req = uuid4()
    k = R.random()
    ln = Ln("rails")
    rails_pfx(ln, "INFO", req)
    if k < 0.3:
        ln.t('Started GET "%s" for 10.40.%d.%d at %s -0500' % (R.choice(["/api/v1/extract_lots?status=active", "/api/v1/mixing_queue?clinic=SGL", "/api/v1/fridges/2/readings?since=1h", "/assets/application-3f9c2e1a.css", "/cable"]),
                                                              R.randint(1, 6), R.randint(10, 200), now().strftime("%Y-%m-%d %H:%M:%S")))
    elif k < 0.55:
        ln.t("Processing by %s as %s" % (R.choice(["Api::V1::ExtractLotsController#index", "Api::V1::MixingQueueController#show", "Webhooks::TwilioController#status", "Api::V1::PollenController#today"]), R.choice(["JSON", "HTML", "*/*"])))
    elif k < 0.85:
        ln.t("Completed %s in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (R.choice(["200 OK", "200 OK", "204 No Content", "304 Not Modified"]), R.randint(3, 400), R.random() * 30, R.random() * 60, R.randint(900, 40000)))
    else:
        ln.t("  Rendered %s (Duration: %.1fms | Allocations: %d)" % (R.choice(["api/v1/extract_lots/index.json.jbuilder", "mixing_queue/show.html.erb within layouts/application"]), R.random() * 20, R.randint(300, 9000)))
    return [ln]


def c_pollen():
    tick()
    k = R.random()
    ln = Ln("pollen")
    stations = [("Houston", "TX", "77030", "HOU-TMC"), ("Sugar Land", "TX", "77478", "SGL-01"), ("Dearborn", "MI", "48126", "DTW-DBN"), ("Pasadena", "TX", "77506", "PAS-02")]
    st = R.choice(stations)
    if k < 0.35:
        ln.fam = "pollen_json"
        jd(ln, {"regionCode": "US", "station": st[3], "location": {"city": st[0], "state": st[1], "zip": st[2]},
                "dailyInfo": [{"date": {"year": 2024, "month": 5, "day": 14},
                               "pollenTypeInfo": [{"code": "GRASS", "indexInfo": {"value": R.randint(0, 5), "category": R.choice(["Low", "Moderate", "High"])}},
                                                  {"code": "TREE", "indexInfo": {"value": R.randint(0, 5), "category": R.choice(["Low", "Moderate", "High", "Very High"])}},
                                                  {"code": "WEED", "indexInfo": {"value": R.randint(0, 3), "category": "Low"}}],
                               "plantInfo": [{"code": c, "inSeason": R.choice([True, False])} for c in R.sample(["OAK", "PINE", "GRAMINALES", "RAGWEED", "ELM", "MULBERRY"], 3)]}]})
    elif k < 0.6:
        ln.fam = "pollen_csv"
        ln.t("%s,%s,%s,%d,%d,%d,%d,%s" % (st[3], "2024-05-%02d" % R.randint(10, 14), st[0], R.randint(0, 2400), R.randint(0, 120), R.randint(0, 40), R.randint(500, 14000), R.choice(["LOW", "MODERATE", "HIGH", "VERY HIGH"])))
    elif k < 0.8:
        ln.fam = "sidekiq"
        sidekiq_pfx(ln, "PollenFeedSyncJob", hexs(24)).t("INFO: fetched %d stations (%d updated) from nab feed in %dms; top=%s %d gr/m3" % (
            R.randint(8, 16), R.randint(1, 8), R.randint(200, 2000), R.choice(["Quercus", "Poaceae", "Ambrosia", "Cladosporium", "Pinus"]), R.randint(20, 3000)))
    else:
        ln.fam = "sidekiq"
        sidekiq_pfx(ln, "PollenAlertBroadcastJob", hexs(24)).t("INFO: pollen alert level=%s segment=opted_in_pollen_%s recipients=%s queued via MG%s" % (
            R.choice(["HIGH", "VERY_HIGH"]), st[1], "{:,}".format(R.randint(300, 4000)), hexs(32)))
    return [ln]


def c_postgres():
    tick()
    ln = Ln("postgres")
    k = R.random()
    if k < 0.35:
        pg_pfx(ln, "LOG", who="vialtrack@vialtrack_prod").t('duration: %.3f ms  execute <unnamed>: SELECT "injections".* FROM "injections" WHERE "injections"."vial_set_id" = $1 ORDER BY given_at DESC LIMIT $2' % (R.random() * 2500 + 500))
    elif k < 0.6:
        pg_pfx(ln, "LOG", who="[unknown]@[unknown]").t("checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s" % (
            R.randint(100, 9000), R.random() * 10, R.randint(0, 4), R.random() * 200, R.random(), R.random() * 200))
    elif k < 0.8:
        pg_pfx(ln, "LOG", who="[unknown]@[unknown]").t('automatic vacuum of table "vialtrack_prod.public.%s": index scans: 1' % R.choice(["injections", "vial_sets", "sms_messages", "pollen_counts", "audit_events"]))
    else:
        pg_pfx(ln, "LOG", who="vialtrack@vialtrack_prod").t("connection authorized: user=vialtrack database=vialtrack_prod application_name=%s SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)" % R.choice(["puma", "sidekiq", "psql"]))
    return [ln]


def c_metrics():
    tick()
    ln = Ln("prometheus")
    k = R.random()
    if k < 0.4:
        ln.t('http_server_requests_seconds_count{application="injection-svc",method="%s",outcome="SUCCESS",status="%s",uri="%s"} %d' % (
            R.choice(["POST", "GET"]), R.choice(["200", "201"]), R.choice(["/api/injections", "/api/reactions", "/api/vials/{rx}/doses", "/actuator/health"]), R.randint(10, 90000)))
    elif k < 0.7:
        ln.t('jvm_memory_used_bytes{application="%s",area="heap",id="G1 Old Gen"} %.6e' % (R.choice(["spiro-ingest", "athena-bridge", "biologics-svc"]), R.uniform(5e7, 9e8)))
    else:
        ln.t('twilio_messages_total{service="reminders",status="%s",locale="%s"} %d' % (R.choice(["delivered", "undelivered", "failed", "queued"]), R.choice(["en", "es", "ar"]), R.randint(0, 4000)))
    return [ln]


def c_twilio():
    tick()
    ln = Ln("sidekiq")
    k = R.random()
    sidekiq_pfx(ln, "ReminderSmsJob", hexs(24), "WARN" if k < 0.3 else "INFO")
    if k < 0.3:
        ln.t("WARN: Twilio::REST::RestError [HTTP 429] 20429 : Too Many Requests; backing off %ds (attempt %d/5)" % (R.choice([2, 4, 8, 16]), R.randint(1, 5)))
    elif k < 0.6:
        ln.t("INFO: batch reminders clinic=%s window=next_day total=%d en=%d es=%d ar=%d skipped_opt_out=%d" % (R.choice(CLINICS)[0], R.randint(40, 200), R.randint(20, 100), R.randint(5, 60), R.randint(0, 40), R.randint(0, 6)))
    else:
        ln.t("INFO: status summary last_hour delivered=%d undelivered=%d failed=%d (30003=%d 30005=%d 21610=%d)" % (R.randint(50, 300), R.randint(0, 9), R.randint(0, 5), R.randint(0, 4), R.randint(0, 3), R.randint(0, 2)))
    return [ln]


def c_athena():
    tick()
    ln = Ln("okhttp")
    k = R.random()
    if k < 0.25:
        spring_pfx(ln, "c.n.ehr.athena.TokenProvider", "INFO", "token-refresh").t("refreshed OAuth2 client_credentials token scope=athena/service/Athenanet.MDP.* expires_in=3600 token=eyJraWQiOi***REDACTED***")
    elif k < 0.5:
        spring_pfx(ln, "okhttp3.OkHttpClient", "INFO", "DefaultDispatcher-worker-%d" % R.randint(1, 8)).t("<-- 429 Too Many Requests https://api.platform.athenahealth.com/v1/%s/appointments/changed?leaveunprocessed=false (%dms)" % (ATHENA_PRACTICE, R.randint(40, 400)))
    elif k < 0.75:
        spring_pfx(ln, "c.n.ehr.athena.ChangedSubscriptionPoller", "INFO", "scheduling-1").t("appointments/changed returned %d records, patients/changed returned %d, lag=%ds" % (R.randint(0, 40), R.randint(0, 15), R.randint(1, 90)))
    else:
        spring_pfx(ln, "io.github.resilience4j.circuitbreaker", "WARN", "DefaultDispatcher-worker-%d" % R.randint(1, 8)).t("CircuitBreaker 'athena' changed state from %s" % R.choice(["CLOSED to OPEN (failureRate=62.5%)", "OPEN to HALF_OPEN", "HALF_OPEN to CLOSED"]))
    return [ln]


def c_boot():
    tick()
    k = R.random()
    ln = Ln("spring_boot")
    if k < 0.3:
        spring_pfx(ln, "c.n.immuno.InjectionServiceApplicationKt", "INFO", "main").t("Started InjectionServiceApplicationKt in %.3f seconds (process running for %.3f)" % (R.uniform(5, 12), R.uniform(6, 14)))
    elif k < 0.5:
        spring_pfx(ln, "o.s.b.w.embedded.tomcat.TomcatWebServer", "INFO", "main").t("Tomcat started on port 8080 (http) with context path ''")
    elif k < 0.7:
        spring_pfx(ln, "com.zaxxer.hikari.HikariDataSource", "INFO", "main").t("HikariPool-1 - Start completed.")
    else:
        ln.fam = "puma"
        ln.t(R.choice(["Puma starting in cluster mode...", "* Puma version: 6.4.2 (ruby 3.2.3-p157) (\"The Eagle of Durango\")", "*  Min threads: 5", "*  Environment: production",
                       "* Listening on http://0.0.0.0:3000", "* Preloading application", "Use Ctrl-C to stop", "- Worker %d (PID: %d) booted in 1.84s, phase: 0" % (R.randint(0, 3), R.randint(20, 90))]))
    return [ln]


def c_inventory():
    tick()
    e = R.choice(EXTRACTS)
    ln = Ln("sidekiq")
    sidekiq_pfx(ln, "ExtractInventoryJob", hexs(24))
    k = R.random()
    if k < 0.5:
        ln.t('INFO: received vendor=%s product="%s %s" lot=%d exp=%s qty=%d ndc=%05d-%04d-%02d fridge=%d' % (
            e[0], e[1], e[2], R.randint(1000000, 3999999), (dt.date(2025, 1, 31) + dt.timedelta(days=R.randint(0, 500))).isoformat(), R.randint(1, 8),
            R.choice([49643, 49288, 65044, 55097]), R.randint(1, 9999), R.randint(1, 99), R.randint(1, 4)))
    else:
        ln.t("WARN: low stock %s %s on hand=%d (par=%d) clinic=%s; reorder PO-%d" % (e[1], e[2], R.randint(0, 2), R.randint(3, 6), R.choice(CLINICS)[0], R.randint(240000, 249999)))
    return [ln]


def c_device_qc():
    tick()
    k = R.random()
    ln = Ln("device")
    if k < 0.35:
        syslog_pfx(ln, "feno01", "niox-bridge").t("NIOX VERO SN 070-20%05d QC %s; sensor tests remaining=%d, sensor exp %s" % (
            R.randint(1000, 99999), R.choice(["passed", "passed", "ambient NO high (38 ppb), retry"]), R.randint(5, 500), "2024-%02d" % R.randint(6, 12)))
    elif k < 0.65:
        syslog_pfx(ln, "spiro01", "spiro-ingest").t("EasyOne Pro SN %d calibration verification 3.00 L syringe: %.2f%% %s" % (R.randint(200000, 299999), R.uniform(-2.5, 2.5), R.choice(["PASS", "PASS", "FAIL (>3%)"])))
    else:
        ln.fam = "kv"
        ln.t("ts=%s fridge=%s clinic=%s temp_c=%.1f min_c=%.1f max_c=%.1f door_open_s=%d alarm=%s" % (
            ts_utcz(), R.choice(["mix-fridge-1", "mix-fridge-2", "biologic-fridge"]), R.choice(CLINICS)[0], R.uniform(2.4, 6.9), R.uniform(2, 4), R.uniform(4, 8), R.randint(0, 45), R.choice(["false", "false", "true"])))
    return [ln]


def c_fax():
    tick()
    ln = Ln("syslog")
    payer_fax = R.choice(["18004535890", "18882673277", "18664118891", "18005553311"])
    syslog_pfx(ln, "fax01", R.choice(["FaxSend", "faxq", "FaxGetty"]))
    ln.t(R.choice([
        "SEND FAX: JOB %d: FROM fax@northgateallergy.com TO %s; %d pages in %02d:%02d; sent OK" % (R.randint(1000, 9999), payer_fax, R.randint(1, 12), R.randint(0, 3), R.randint(0, 59)),
        "JOB %d: NO CARRIER (dest %s) retry %d/3 in 300s" % (R.randint(1000, 9999), payer_fax, R.randint(1, 3)),
        "RECV FAX: from 7135550198 %d pages, saved as /var/spool/hylafax/recvq/fax%08d.tif" % (R.randint(1, 6), R.randint(1000, 99999))]))
    return [ln]


def c_staff_audit():
    tick()
    st = R.choice(STAFF)
    ln = Ln("audit_json")
    jd(ln, {"ts": ts_utcz(), "event": R.choice(["user.login", "user.logout", "user.mfa", "role.change"]), "actor": st[3],
            "email": "%s@northgateallergy.com" % st[3], "mfa": R.choice(["duo_push", "totp", "webauthn"]), "ip": "10.40.%d.%d" % (R.randint(1, 6), R.randint(10, 200)),
            "result": R.choice(["success", "success", "failure"]), "sessionId": hexs(16)})
    return [ln]


def c_pharmacy_batch():
    tick()
    ln = Ln("spring_boot")
    spring_pfx(ln, "c.n.biologics.sp.SpecialtyPharmacyStatusImporter", "INFO", "scheduling-1")
    ln.t(R.choice([
        "sftp://sftp.%s.example/outbound/%s_STATUS_%s.csv rows=%d matched=%d unmatched=%d" % (
            R.choice(["accredo", "cvsspecialty", "optumsp"]), R.choice(["ACCR", "CVSS", "OPSP"]), now().strftime("%Y%m%d_%H%M"), R.randint(10, 80), R.randint(5, 70), R.randint(0, 4)),
        "CoverMyMeds webhook signature verified (HMAC-SHA256) event=request.updated delivery=%s" % uuid4(),
        "hub status poll: %d enrollments pending benefits verification, %d shipped, %d on hold" % (R.randint(0, 30), R.randint(0, 20), R.randint(0, 6))]))
    return [ln]


def c_deploy():
    tick()
    ln = Ln("ci")
    ln.t(R.choice([
        "deploy %s build %s sha=%s env=prod-us-central by github-actions[bot] status=success" % (R.choice(["vialtrack", "injection-svc", "spiro-ingest", "athena-bridge", "portal-svc"]), "2024.05.14-%d" % R.randint(300, 499), hexs(7)),
        "image ghcr.io/northgate-aai/%s:%s digest=sha256:%s pushed" % (R.choice(["injection-svc", "portal-svc"]), "v%d.%d.%d" % (R.randint(1, 4), R.randint(0, 20), R.randint(0, 9)), hexs(64)),
        "flyway: Successfully applied %d migrations to schema \"public\", now at version v%d (execution time 00:0%d.%03ds)" % (R.randint(1, 3), R.randint(40, 90), R.randint(0, 9), R.randint(0, 999))]))
    return [ln]


def c_staff_contact():
    tick()
    ln = Ln("spring_boot")
    d = R.choice(DOCS)
    n = R.choice(NURSES)
    cl = R.choice(CLINICS)
    spring_pfx(ln, "c.n.immuno.reaction.EscalationConfig", "INFO", "main")
    ln.t(R.choice([
        "on-call allergist Dr. %s %s pager 713-555-01%02d, backup %s %s, %s" % (d[0], d[1], R.randint(80, 99), DOCS[(DOCS.index(d) + 1) % 4][0], DOCS[(DOCS.index(d) + 1) % 4][1], DOCS[(DOCS.index(d) + 1) % 4][2]),
        "reaction escalation chain: %s %s (%s) -> %s %s %s -> 911; clinic line %s" % (n[0], n[1], n[2], d[0], d[1], d[2], R.choice(CLINICS)[3]),
        "front desk %s: %s, %s, fax %s, email frontdesk.%s@northgateallergy.com" % (cl[1], cl[2], cl[3], cl[3][:-2] + "09", cl[0].lower())]))
    return [ln]


def c_cron():
    tick()
    ln = Ln("syslog")
    k = R.random()
    if k < 0.4:
        syslog_pfx(ln, "app01", "CRON").t("(deploy) CMD (cd /srv/vialtrack/current && bin/rails runner 'VialExpiryScanJob.perform_later' >> log/cron.log 2>&1)")
    elif k < 0.7:
        syslog_pfx(ln, "app01", "certbot").t("Certificate for portal.northgateallergy.com expires in %d days; renewal scheduled" % R.randint(10, 80))
    else:
        syslog_pfx(ln, "app01", "systemd", 1).t(R.choice(["Started logrotate.service - Rotate log files.", "Finished logrotate.service - Rotate log files.", "sidekiq.service: Consumed %.3fs CPU time." % R.uniform(10, 900)]))
    return [ln]


def c_kotlin_warn():
    tick()
    ln = Ln("spring_boot")
    k = R.random()
    if k < 0.4:
        spring_pfx(ln, "o.h.h.internal.ast.QueryTranslatorImpl", "WARN").t("HHH000104: firstResult/maxResults specified with collection fetch; applying in memory")
    elif k < 0.7:
        spring_pfx(ln, "c.n.immuno.vial.DoseAdvanceCalculator", "INFO").t("schedule %s loaded: %d steps, max dose %.2f mL, miss window %d days" % (R.choice(["conventional-v3", "cluster-4wk", "rush-venom"]), R.randint(12, 30), 0.5, R.choice([7, 14, 21])))
    else:
        spring_pfx(ln, "c.n.spiro.ref.Gli2012Calculator", "WARN", "scheduling-1").t("height missing for test %s; z-scores not computed" % uuid4())
    return [ln]


def c_mixing_room():
    tick()
    ln = Ln("kv")
    ln.t(R.choice([
        "ts=%s src=hood-%d evt=uv_cycle_complete duration_s=900 operator=%s" % (ts_utcz(), R.randint(1, 3), R.choice(NURSES)[3]),
        "ts=%s src=particle-counter iso_class=5 p0_5um=%d p5_0um=%d result=%s ref=USP797" % (ts_utcz(), R.randint(50, 3500), R.randint(0, 29), R.choice(["pass", "pass", "fail"])),
        "ts=%s src=vialtrack evt=label_printed printer=zebra-zd421-%s copies=%d template=vial_label_v7" % (ts_utcz(), R.choice(CLINICS)[0].lower(), R.randint(1, 5))]))
    return [ln]


def c_spt_config():
    tick()
    ln = Ln("rails")
    rails_pfx(ln, "INFO", uuid4())
    ln.t(R.choice([
        "SptPanel PEDS-ENV-24 loaded: %d allergens, positive control histamine 6 mg/mL, negative control 50%% glycerin-saline, device Multi-Test II" % R.randint(18, 24),
        "PatchPanel T.R.U.E. TEST 35 allergens + negative control; reads at D2 (48h) and D4 (96h); ICDRG scale",
        "OfcProtocol %s: %d doses q15-20min, cumulative %d mg protein, observe 2h" % (R.choice(["PRACTALL-peanut", "baked-milk", "baked-egg"]), R.randint(5, 7), R.choice([4443, 1000, 3000]))]))
    return [ln]


def c_error_noperson():
    tick()
    ln = Ln("sidekiq")
    cls, msg = R.choice([
        ("SchoolFormPdfJob", "ERROR: Prawn::Errors::UnknownFont: NotoNaskhArabic-Regular.ttf not found, falling back to DejaVuSans"),
        ("PollenFeedSyncJob", "ERROR: Faraday::TimeoutError: execution expired (GET https://feeds.pollen.example/v1/stations?region=us-gulf)"),
        ("SchoolFormPdfJob", "ERROR: Aws::S3::Errors::SlowDown: Please reduce your request rate. (bucket naai-forms-prod)"),
        (R.choice(["AthenaAppointmentSyncJob", "ReminderSmsJob"]), "ERROR: Redis::TimeoutError: Connection timed out after 1.0s (redis://redis.internal:6379/3)")])
    sidekiq_pfx(ln, cls, hexs(24), "ERROR")
    ln.t(msg)
    return [ln]


def c_nginx_vendor():
    tick()
    ln = Ln("nginx")
    ip = R.choice(["54.172.60.%d", "54.244.51.%d", "3.209.178.%d", "34.203.250.%d"]) % R.randint(1, 254)
    ln.t('%s - - [%s] "POST /webhooks/twilio/%s HTTP/1.1" 200 0 "-" "TwilioProxy/1.1" rt=%.3f uct=0.001' % (ip, ts_nginx(), R.choice(["status", "inbound"]), R.random() * 0.2))
    return [ln]


def c_lookalike():
    tick()
    ln = Ln("kv")
    ln.t(R.choice([
        "order_no=PO-%d vendor=Henry Schein items=%d total=%.2f ship=UPS 1Z%s" % (R.randint(240000, 249999), R.randint(1, 12), R.uniform(40, 4000), alnum(16, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ")),
        "trace_id=%s span_id=%s parent=%s svc=athena-bridge op=GET /patients/{id} dur_ms=%d" % (hexs(32), hexs(16), hexs(16), R.randint(20, 900)),
        "build=%d version=4.%d.%d git=%s node=ip-10-40-%d-%d.ec2.internal port=%d" % (R.randint(3000, 9000), R.randint(0, 12), R.randint(0, 30), hexs(12), R.randint(0, 9), R.randint(1, 250), R.choice([3000, 8080, 8443, 9090])),
        "invoice=INV-2024-%06d payer=%s era_check=%d amount_paid=%.2f adjustments=%d" % (R.randint(1, 999999), R.choice(["BCBSTX", "AETNA", "MOLINA", "TCHP"]), R.randint(10000000, 99999999), R.uniform(100, 30000), R.randint(0, 40))]))
    return [ln]


CLEAN_GENS = [
    (c_health, 10), (c_sidekiq, 8), (c_rails, 9), (c_pollen, 8), (c_postgres, 5), (c_metrics, 5), (c_twilio, 4), (c_athena, 5),
    (c_boot, 3), (c_inventory, 4), (c_device_qc, 4), (c_fax, 3), (c_staff_audit, 3), (c_pharmacy_batch, 3), (c_deploy, 2),
    (c_staff_contact, 2), (c_cron, 2), (c_kotlin_warn, 3), (c_mixing_room, 3), (c_spt_config, 2), (c_error_noperson, 3),
    (c_nginx_vendor, 3), (c_lookalike, 4),
]


def wpick(gens):
    tot = sum(w for _, w in gens)
    x = R.uniform(0, tot)
    for g, w in gens:
        x -= w
        if x <= 0:
            return g
    return gens[-1][0]


# =========================================================================== main
MIXED_CAP = {"g_rails_vialset": 6, "g_kotlin_trace": 3, "g_spt_csv": 4, "g_patch": 3, "g_mir_csv": 3, "g_x12_270": 2,
             "g_x12_278": 2, "g_hl7": 4, "g_athena_get": 5, "g_pg_dup": 3, "g_pg_detail_fk": 2}
MUST = ["g_palm", "g_athena_photo", "g_device_pair", "g_id_verify", "g_twilio_in", "g_foundation", "g_payment",
        "g_copay_card", "g_elderly_note", "g_ncpdp", "g_biologic_enroll", "g_cmm_pa", "g_ofc_form"]


def main():
    lines = []
    used = {}
    target_clean = 0.55
    while len(lines) < N_LINES:
        n = len(lines)
        clean = sum(1 for l in lines if not l.spans)
        frac = clean / n if n else 0.55
        room = N_LINES - n
        r = R.random()
        need = round(N_LINES * target_clean) - clean
        if room <= 40:
            if R.random() < need / room:
                gen, kind = wpick(CLEAN_GENS), "clean"
            else:
                gen, kind = wpick(PHI_GENS), "phi"
        elif r < 0.09:
            gen, kind = wpick(MIXED_GENS), "mixed"
            unused = [g for g, _ in MIXED_GENS if g.__name__ not in used]
            if unused and R.random() < 0.6:
                gen = R.choice(unused)
            if used.get(gen.__name__, 0) >= MIXED_CAP[gen.__name__]:
                continue
        elif R.random() < target_clean + (target_clean - frac) * 12:
            gen, kind = wpick(CLEAN_GENS), "clean"
        else:
            gen, kind = wpick(PHI_GENS), "phi"
            lacking = [g for g, _ in PHI_GENS if g.__name__ in MUST and used.get(g.__name__, 0) < 2]
            if lacking and R.random() < 0.2:
                gen = R.choice(lacking)
        got = gen()
        if kind == "clean":
            assert all(not l.spans for l in got), gen.__name__
        elif kind == "phi":
            assert all(l.spans for l in got), gen.__name__
        if len(got) > room:
            continue
        used[gen.__name__] = used.get(gen.__name__, 0) + 1
        lines.extend(got)
    assert len(lines) == N_LINES
    log_out, lab_out = [], []
    for i, l in enumerate(lines, 1):
        txt = l.text()
        assert txt and "\n" not in txt and "\r" not in txt, (i, txt)
        b = txt.encode("utf-8")
        spans = sorted(l.spans)
        prev = -1
        for (s, e, c, v) in spans:
            assert b[s:e].decode("utf-8") == v, (i, s, e, v, b[s:e])
            assert s >= prev, (i, spans)
            assert e > s
            prev = e
        log_out.append(txt)
        lab_out.append(json.dumps({"line": i, "family": l.fam, "spans": [{"s": s, "e": e, "cat": c} for (s, e, c, v) in spans]}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(log_out))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lab_out) + "\n")


if __name__ == "__main__":
    main()
