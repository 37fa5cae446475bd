#!/usr/bin/env python3
"""gen_of.py - synthetic, labeled log corpus for a PHI detector (ID "of").

Theme: Heartland Mobile Litho, a mobile lithotripsy / urology services company
serving rural hospitals.  Systems: truck-mounted lithotripter machine logs,
C-arm DICOM headers and dose SR dumps, a Rails case-scheduling app (Rails
logger, lograge, ActionMailer, Sidekiq, PostgreSQL), Samsara-like telematics
JSON, stone-analysis lab results (HL7 ORU via Mirth, CSV), hospital contract
billing exports, pre-procedure phone screening notes (English/Spanish), urine
culture results, Orthanc PACS routing, the Kotlin Android tablet in the truck
(logcat/OkHttp) and AWS Lambda / CloudWatch logs.

Everything is synthetic.  Standard library only, deterministic (fixed seed).
Writes of.log (500 lines) and of.labels.jsonl next to this script.

Labeling decisions:
- Patients, their relatives / emergency contacts / drivers-for-the-patient and
  guarantors are labeled.  Staff (techs, drivers of the company trucks,
  schedulers, urologists, radiologists), hospitals, labs and vendors are not,
  including their phones, faxes, e-mails, NPIs and addresses.
- Names: every written form of a person's name is one span ("Last, First",
  "LAST^FIRST^M", lowercase search terms, first name alone in a greeting,
  names embedded in file names like VILLARREAL_DOLORES).
- Addresses are labeled by parts: street line -> address, city -> address,
  county/parish -> address, ZIP -> zip; the state is never labeled.  Home
  geocodes (lat/lon of a patient's home) -> address, one span per number.
  GPS of company trucks and facility addresses are not labeled.
- Dates tied to a patient (birth, procedure/service, scheduled appointment,
  specimen collection, result date for that patient, study date) -> date, in
  whatever form they are written (including HL7/DICOM DA and url-encoded
  forms and datetimes, labeled whole).  Log timestamps, schedule windows and
  dates not tied to a person are not labeled.  A date inside a patient's
  report file name is labeled.
- Ages are labeled only when over 89 (number with its unit, e.g. "92yo",
  "093Y", "91 años"); younger ages are left unlabeled.
- mrn: hospital medical record numbers, incl. DICOM PatientID / Orthanc
  PatientID / HL7 PID-3 MR.  ssn: SSNs (PID-3 SS component too).
- health_plan: Medicare MBI, Medicaid and commercial member/subscriber IDs.
- account: hospital patient account (HAR) numbers, full card numbers.  Masked
  card numbers (last four only) are not labeled.
- other_id: our case numbers (HML-YY-NNNNN) once they identify a patient's
  case, imaging accession numbers, lab specimen IDs, visit/encounter numbers
  (PV1-19), patient portal usernames, pre-registration tokens outside a URL.
  Internal database integer keys, Orthanc resource UUIDs, DICOM UIDs, job IDs,
  trace/request IDs are not labeled.
- url: patient-specific links (pre-registration links carrying a per-patient
  token, a patient's personal page).  ip: public IPs of patients using the
  pre-registration portal; private/internal IPs and staff IPs are not labeled.
- device: serial numbers of devices implanted in / belonging to a patient
  (pacemakers, ICDs, neurostimulators, insulin pumps).  Lithotripter, C-arm,
  tablet (serial/IMEI), truck and trailer identifiers are company equipment
  and are not labeled.
- vehicle: plates/VINs of a patient's or relative's vehicle; company truck
  VINs and plates are not labeled.
- license: a patient's driver's licence / state ID number.
- photo: base64 face images captured for patient identity check (the base64
  payload is the span).  biometric: none occur in this corpus.
- fax: only a patient's / relative's fax; hospital and clinic faxes are not
  labeled.
- Malformed or truncated patient phone numbers (Twilio "invalid To", failing
  check-constraint rows) are still labeled phone.  In HL7 XTN the area code
  and the local number are separate components and are labeled as two phone
  spans.  ZIP+4 written without a dash (AAMVA DAK=705540000) is one zip span.
- Staff usernames (cbriggs), driver IDs and names, NPIs, the business
  LanguageLine account and hospital internal ids (hospital_id=4) are not
  labeled.
"""
import base64
import datetime as dt
import json
import os

import random

ID = "of"
R = random.Random(0x0F2403)
HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- line builder
class P:
    """A PHI value to insert: v = text as written, cat = category."""
    __slots__ = ("v", "cat", "raw")

    def __init__(self, v, cat, raw=False):
        self.v, self.cat, self.raw = v, cat, raw


class Q:
    """A sequence of str/P pieces forming one string value (JSON, Ruby)."""

    def __init__(self, *parts):
        self.parts = parts


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.n = 0
        self.spans = []

    def _t(self, s):
        assert "\n" not in s and "\r" not in s, repr(s)
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))

    def add(self, *items):
        for it in items:
            if isinstance(it, P):
                st = self.n
                self._t(it.v)
                self.spans.append((st, self.n, it.cat, it.v))
            elif isinstance(it, Q):
                self.add(*it.parts)
            elif isinstance(it, (list, tuple)):
                self.add(*it)
            else:
                self._t(str(it))
        return self

    def text(self):
        return "".join(self.buf)


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jp(obj, sp=False):
    """JSON serialisation into pieces (str / P with escaped value)."""
    out = []
    c, k = (", ", ": ") if sp else (",", ":")

    def w(o):
        if isinstance(o, dict):
            out.append("{")
            for i, (kk, v) in enumerate(o.items()):
                if i:
                    out.append(c)
                out.append(json.dumps(kk, ensure_ascii=False) + k)
                w(v)
            out.append("}")
        elif isinstance(o, list):
            out.append("[")
            for i, v in enumerate(o):
                if i:
                    out.append(c)
                w(v)
            out.append("]")
        elif isinstance(o, P):
            if o.raw:
                out.append(P(str(o.v), o.cat))
            else:
                out.extend(['"', P(jesc(o.v), o.cat), '"'])
        elif isinstance(o, Q):
            out.append('"')
            for p in o.parts:
                out.append(P(jesc(p.v), p.cat) if isinstance(p, P) else jesc(p))
            out.append('"')
        else:
            out.append(json.dumps(o, ensure_ascii=False))
    w(obj)
    return out


def rb(obj):
    """Ruby Hash#inspect (Rails 'Parameters:' line) into pieces."""
    out = []

    def w(o):
        if isinstance(o, dict):
            out.append("{")
            for i, (kk, v) in enumerate(o.items()):
                if i:
                    out.append(", ")
                out.append('"%s"=>' % kk)
                w(v)
            out.append("}")
        elif isinstance(o, list):
            out.append("[")
            for i, v in enumerate(o):
                if i:
                    out.append(", ")
                w(v)
            out.append("]")
        elif isinstance(o, P):
            out.extend(['"', P(o.v, o.cat), '"'])
        elif isinstance(o, Q):
            out.append('"')
            out.extend(o.parts)
            out.append('"')
        elif o is None:
            out.append("nil")
        else:
            out.append('"%s"' % o)
    w(obj)
    return out


# ---------------------------------------------------------------- helpers
def N(v): return P(v, "name")
def A(v): return P(v, "address")
def Z(v): return P(v, "zip")
def D(v): return P(v, "date")
def PH(v): return P(v, "phone")
def EM(v): return P(v, "email")
def OI(v): return P(v, "other_id")
def MR(v): return P(v, "mrn")


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    return "%s-%s-4%s-%s%s-%s" % (hexs(8), hexs(4), hexs(3), R.choice("89ab"), hexs(3), hexs(12))


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


MON = ["January", "February", "March", "April", "May", "June", "July",
       "August", "September", "October", "November", "December"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
       "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
DOW = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fd(d, f):
    if f == "iso": return "%04d-%02d-%02d" % (d.year, d.month, d.day)
    if f == "us": return "%02d/%02d/%04d" % (d.month, d.day, d.year)
    if f == "usn": return "%d/%d/%d" % (d.month, d.day, d.year)
    if f == "us2": return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if f == "usd": return "%02d-%02d-%04d" % (d.month, d.day, d.year)
    if f == "hl7": return "%04d%02d%02d" % (d.year, d.month, d.day)
    if f == "dot": return "%02d.%02d.%04d" % (d.day, d.month, d.year)
    if f == "eu": return "%02d/%02d/%04d" % (d.day, d.month, d.year)
    if f == "long": return "%s %d, %d" % (MON[d.month - 1], d.day, d.year)
    if f == "abbr": return "%s %d %d" % (MON[d.month - 1][:3], d.day, d.year)
    if f == "es": return "%d de %s de %d" % (d.day, MES[d.month - 1], d.year)
    if f == "ora": return "%02d-%s-%04d" % (d.day, MON[d.month - 1][:3].upper(), d.year)
    if f == "dow": return "%s, %s %d" % (DOW[d.weekday()], MON[d.month - 1], d.day)
    raise ValueError(f)


def fp(ph, f):
    a, b, c = ph[:3], ph[3:6], ph[6:]
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "raw": ph, "e164": "+1" + ph, "dot": "%s.%s.%s" % (a, b, c),
            "sp": "+1 %s %s %s" % (a, b, c), "one": "1-%s-%s-%s" % (a, b, c),
            "paren2": "(%s)%s-%s" % (a, b, c)}[f]


def ascii_fold(s):
    tbl = str.maketrans("áéíóúñÁÉÍÓÚÑảẢöÖåÅ", "aeiounAEIOUNaAoOaA")
    return s.translate(tbl)


# ---------------------------------------------------------------- world
TOWNS = [
    ("Pocahontas", "Randolph County", "AR", "72455", "870"),
    ("Walnut Ridge", "Lawrence County", "AR", "72476", "870"),
    ("Corning", "Clay County", "AR", "72422", "870"),
    ("Mountain View", "Stone County", "AR", "72560", "870"),
    ("Poplar Bluff", "Butler County", "MO", "63901", "573"),
    ("Doniphan", "Ripley County", "MO", "63935", "573"),
    ("West Plains", "Howell County", "MO", "65775", "417"),
    ("Idabel", "McCurtain County", "OK", "74745", "580"),
    ("Hugo", "Choctaw County", "OK", "74743", "580"),
    ("Antlers", "Pushmataha County", "OK", "74523", "580"),
    ("Clarksville", "Red River County", "TX", "75426", "903"),
    ("Paris", "Lamar County", "TX", "75460", "903"),
    ("Center", "Shelby County", "TX", "75935", "936"),
    ("Hemphill", "Sabine County", "TX", "75948", "409"),
    ("Ville Platte", "Evangeline Parish", "LA", "70586", "337"),
    ("Mamou", "Evangeline Parish", "LA", "70554", "337"),
    ("Many", "Sabine Parish", "LA", "71449", "318"),
]
# code, name, states served, OR desk phone, fax, internal id, AE title
HOSP = [
    ("BRRH", "Black River Regional Hospital", ("AR",), "8705550100", "8705550109", 4, "BRRH_PACS"),
    ("CRMC", "Current River Medical Center", ("MO",), "5735550120", "5735550129", 7, "CRMC_SYNAPSE"),
    ("KVH", "Kiamichi Valley Hospital", ("OK",), "5805550130", "5805550138", 9, "KVH_PACS"),
    ("RRCH", "Red River Community Hospital", ("TX",), "9035550150", "9035550151", 11, "RRCH_IMPAX"),
    ("SPMC", "Sabine Pines Medical Center", ("TX", "LA"), "9365550160", "9365550169", 12, "SPMC_PACS"),
    ("BTG", "Bayou Teche General", ("LA",), "3375550170", "3375550177", 14, "BTG_VNA"),
]
HOSP_BY = {h[0]: h for h in HOSP}

FIRST_F = ["Dolores", "Loretta", "Wanda", "Opal", "Guadalupe", "María José", "Xiomara",
           "LaTonya", "Thi Hoa", "Priya", "Ngozi", "Fatima", "Ji-yeon", "Mei-Ling", "Ingrid",
           "Siobhán", "Zofia", "Marie-Claire", "Tsion", "Kateri", "Yolanda", "Shirley", "Iris",
           "Chiara", "Refugia", "Bernadette", "Velma"]
FIRST_M = ["Earl", "Bobby Ray", "Tomás", "Jesús", "Dwayne", "Minh", "Rajesh", "Olufemi",
           "Ahmad", "Hyun-woo", "Wei", "Sven", "Darnell", "Cletus", "Vernon", "Padraig",
           "Aarav", "Giovanni", "Jean-Luc", "Kwame", "Abebe", "Harold", "Refugio", "Bao",
           "Mateusz", "Lonnie", "Otis"]
LAST = ["Hollingsworth", "Pruitt", "Villarreal", "de la Cruz", "O'Neal", "McAllister",
        "Nguyen", "Tran", "Okonkwo", "Adeyemi", "Patel", "Ramaswamy", "Kim", "Park", "Chen",
        "Lindqvist", "Van der Meer", "St. Clair", "Dupree", "Thibodeaux", "Begay", "Yazzie",
        "Tsosie", "Kowalczyk", "Nowak", "García-Márquez", "Ortiz-Delgado", "Fitzgerald",
        "Haddad", "Al-Amin", "Bui", "Abernathy", "Boudreaux", "Whitehorse", "Rasmussen",
        "Esposito", "Ferreira", "Mensah", "Tesfaye", "Domínguez", "Peña", "Ybarra",
        "Schexnayder", "LeBlanc", "Yoder", "Stoltzfus", "Hochstetler", "Fontenot-Guidry"]
STREET_NAMES = ["Pecan Grove", "Cypress Bend", "Old Mill", "Sawmill", "Cotton Gin", "Persimmon",
                "Dogwood", "Blackjack Ridge", "Sycamore", "Bois d'Arc", "Hackberry", "Choctaw Trail"]
EMAIL_DOM = ["yahoo.com", "gmail.com", "att.net", "windstream.net", "centurylink.net",
             "hotmail.com", "outlook.com", "suddenlink.net", "aol.com"]
RELS = ["daughter", "son", "wife", "husband", "granddaughter", "niece", "brother", "sister"]
RELS_ES = {"daughter": "hija", "son": "hijo", "wife": "esposa", "husband": "esposo",
           "granddaughter": "nieta", "niece": "sobrina", "brother": "hermano", "sister": "hermana"}
DEVICES = [("Medtronic Azure XT DR MRI", "pacemaker", lambda: "RNB" + digits(6) + "H"),
           ("Boston Scientific Accolade MRI", "pacemaker", lambda: digits(6)),
           ("Abbott Assurity MRI", "pacemaker", lambda: digits(7)),
           ("Medtronic Evera MRI XT DR", "ICD", lambda: "BWB" + digits(6) + "S"),
           ("Nevro Senza II", "spinal cord stimulator", lambda: "NIPG" + digits(5)),
           ("Tandem t:slim X2", "insulin pump", lambda: digits(8)),
           ("Medtronic InterStim Micro", "sacral neuromodulator", lambda: "NLC" + digits(6) + "H")]
TECHS = [("Cody", "Briggs", "cbriggs"), ("Renee", "Fontenot", "rfontenot"),
         ("Marcus", "Whitfield", "mwhitfield"), ("Ana", "Solís", "asolis")]
DRIVERS = [("Travis", "Mabry", "281474977104562"), ("Dale", "Kimbrough", "281474977104871"),
           ("Luis", "Arredondo", "281474977105233")]
UROS = [("Samuel", "Okafor", "1730229981"), ("Elena", "Marchetti", "1245398870"),
        ("Khoa", "Vu", "1508862214"), ("Rebecca", "Lindahl", "1962417730"),
        ("Prakash", "Iyer", "1396025548")]
SCHED = [("Brandy", "Lott", "blott"), ("Yesenia", "Caballero", "ycaballero"), ("Kim", "Doan", "kdoan")]
TRUCKS = [("LT-03", "1XKAD49X7JJ183341", "AR 8KT-4410", "7M-20877", "Modulith SLX-F2", "212774001", "21457"),
          ("LT-05", "3AKJHHDR5LSLK2209", "AR 4HM-2281", "7M-21342", "Modulith SLX-F2", "212774087", "22310"),
          ("LT-07", "1FUJGLDR9CSBV4417", "MO 2T4-K88", "DC2-0461", "Compact Delta II", "212775130", "19876")]

BASE = dt.date(2024, 3, 11)


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    AN = L + "0123456789"
    s = (R.choice("123456789") + R.choice(L) + R.choice(AN) + R.choice("0123456789") +
         R.choice(L) + R.choice(AN) + R.choice("0123456789") + R.choice(L) + R.choice(L) +
         R.choice("0123456789") + R.choice("0123456789"))
    return s


BUSINESS_SUFFIX = {"00", "09", "20", "29", "30", "38", "50", "51", "60", "69", "70", "77", "99"}


def fict_line():
    """555-01xx line for a person, never one of the business numbers."""
    while True:
        s = "%02d" % R.randint(10, 98)
        if s not in BUSINESS_SUFFIX:
            return "55501" + s


def make_patient(i):
    sex = "F" if i % 2 == 0 else "M"
    first = (FIRST_F if sex == "F" else FIRST_M)[(i * 7 + 3) % 27]
    last = LAST[(i * 11 + 5) % len(LAST)]
    mi = R.choice("ABCDEFGHJKLMNPRSTW")
    if i % 8 == 3:
        y = R.randint(1928, 1933)  # over 89
    else:
        y = R.randint(1938, 1988)
    dob = dt.date(y, R.randint(1, 12), R.randint(1, 28))
    age = BASE.year - dob.year - ((BASE.month, BASE.day) < (dob.month, dob.day))
    town = TOWNS[(i * 5 + 2) % len(TOWNS)]
    hos = [h for h in HOSP if town[2] in h[2]]
    h = hos[i % len(hos)]
    code = h[0]
    mrn = {"BRRH": lambda: "BR00" + digits(5), "CRMC": lambda: "E" + digits(6),
           "KVH": lambda: "KV" + digits(6), "RRCH": lambda: digits(8),
           "SPMC": lambda: "M" + digits(7), "BTG": lambda: "BTG-" + digits(6)}[code]()
    k = R.random()
    if k < 0.3:
        street = "%d County Rd %d" % (R.randint(12, 9800), R.randint(1, 480))
    elif k < 0.45:
        street = "%d Hwy %s %s" % (R.randint(100, 9900), R.choice(["62", "67", "90", "3", "70", "259", "271"]), R.choice("NSEW"))
    elif k < 0.7:
        street = "%d %s %s" % (R.randint(10, 2400), R.choice(STREET_NAMES), R.choice(["Rd", "Ln", "Dr", "Loop"]))
    elif k < 0.8:
        street = "%d N Main St Apt %d" % (R.randint(100, 999), R.randint(1, 12))
    elif k < 0.9:
        street = "RR %d Box %d" % (R.randint(1, 6), R.randint(10, 480))
    else:
        street = "PO Box %d" % R.randint(11, 1999)
    ac = town[4]
    if R.random() < 0.6:
        phone = ac + fict_line()
    else:
        phone = ac + R.choice("23456789") + digits(2) + digits(4)
    fl = ascii_fold(first.lower()).replace(" ", "").replace("-", "")
    ll = ascii_fold(last.lower()).replace(" ", "").replace("'", "").replace(".", "").replace("-", "")
    em = R.choice(["%s.%s", "%s%s", "%s_%s%02d", "%s%s%02d"])
    email = (em % ((fl, ll) if em.count("%s") == 2 and "%02d" not in em else (fl[0] if R.random() < .5 else fl, ll, dob.year % 100))) + "@" + R.choice(EMAIL_DOM)
    if age >= 65:
        plan = ("Medicare", mbi())
    else:
        plan = R.choice([("Medicaid", digits(10)), ("BCBS", R.choice(["ZGA", "XQL", "JHM", "AXP"]) + digits(9)),
                         ("UHC", digits(9) + "0" + digits(1)), ("Humana", "H" + digits(8))])
    rel = R.choice(RELS)
    rel_first = (FIRST_F if rel in ("daughter", "wife", "granddaughter", "niece", "sister") else FIRST_M)[R.randint(0, 26)]
    rel_last = last if R.random() < 0.6 else LAST[R.randint(0, len(LAST) - 1)]
    rel_phone = ac + fict_line() if R.random() < .7 else ac + R.choice("23456789") + digits(6)
    dev = None
    if i % 5 == 1:
        d = DEVICES[i % len(DEVICES)]
        dev = (d[0], d[1], d[2]())
    area = R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
    ssn = "%03d-%02d-%04d" % (R.choice([x for x in range(101, 666) if x != 219]), R.randint(1, 99), R.randint(1, 9999))
    return dict(
        first=first, last=last, mi=mi, sex=sex, dob=dob, age=age, town=town, street=street,
        hosp=code, mrn=mrn, phone=phone, email=email, plan=plan, ssn=ssn,
        har="HAR" + digits(10) if code in ("BRRH", "CRMC") else digits(9),
        case="HML-24-0%04d" % (3000 + i * 7 + R.randint(0, 6)),
        acc="ACC" + "2403%02d" % R.randint(11, 29) + digits(4),
        spec="SA24-00%04d" % R.randint(1000, 9999),
        visit="V" + digits(9),
        proc=BASE + dt.timedelta(days=R.randint(1, 16)),
        dos=BASE - dt.timedelta(days=R.randint(2, 38)),
        rel=rel, rel_first=rel_first, rel_last=rel_last, rel_phone=rel_phone,
        dev=dev, dl=("%s%s" % (area, digits(8))) if R.random() < .5 else digits(9),
        geo=(round(float(R.uniform(30.5, 37.0)), 5), round(float(R.uniform(-95.5, -90.2)), 5)),
        user=(fl[:1] + ll + str(R.randint(1, 99))),
        token=alnum(10, "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
        side=R.choice(["L", "R"]),
    )


def make_patients(n):
    out, seen = [], set()
    for i in range(n):
        p = make_patient(i)
        j = 0
        while (p["first"], p["last"]) in seen or p["last"] in [x["last"] for x in out[-3:]]:
            j += 1
            p["last"] = LAST[(i * 11 + 5 + j * 7) % len(LAST)]
        seen.add((p["first"], p["last"]))
        if p["rel"] in ("wife", "husband"):
            p["rel"] = "wife" if p["sex"] == "M" else "husband"
            p["rel_first"] = R.choice(FIRST_F if p["sex"] == "M" else FIRST_M)
        out.append(p)
    return out


PATIENTS = make_patients(44)


FORCE = [None]


def kr():
    """Branch selector; main() may force a branch to guarantee coverage."""
    v = R.random()
    if FORCE[0] is not None:
        v, FORCE[0] = FORCE[0], None
    return v


def pt():
    if R.random() < 0.14:
        return pt_old()
    return R.choice(PATIENTS)


def age_piece(p, fmt="%d"):
    s = fmt % p["age"]
    return P(s, "age") if p["age"] > 89 else s


def pt_old():
    return R.choice([p for p in PATIENTS if p["age"] > 89])


def nm(p, style=None):
    f, l, mi = p["first"], p["last"], p["mi"]
    style = style or R.choice(["fl", "lf", "LF", "FL", "lfm", "fml", "low", "init", "LFc"])
    return {"fl": "%s %s" % (f, l), "lf": "%s, %s" % (l, f), "LF": "%s, %s" % (l.upper(), f.upper()),
            "FL": "%s %s" % (f.upper(), l.upper()), "lfm": "%s, %s %s." % (l, f, mi),
            "fml": "%s %s. %s" % (f, mi, l), "low": "%s %s" % (f.lower(), l.lower()),
            "init": "%s. %s" % (f[0], l), "LFc": "%s,%s" % (l.upper(), f.upper()),
            "hl7": "%s^%s^%s" % (l.upper(), f.upper(), mi), "hl7b": "%s^%s" % (l.upper(), f.upper()),
            "f": f, "l": l}[style]


def rel_nm(p, full=True):
    return "%s %s" % (p["rel_first"], p["rel_last"]) if full else p["rel_first"]


# ---------------------------------------------------------------- clock
CLOCK = [dt.datetime(2024, 3, 11, 5, 41, 7, 118204)]
UTC_OFF = dt.timedelta(hours=5)  # CDT


def tick(a=1, b=40):
    CLOCK[0] += dt.timedelta(seconds=R.randint(a, b), microseconds=R.randint(0, 999999))
    return CLOCK[0]


def now():
    return CLOCK[0]


def utc():
    return CLOCK[0] + UTC_OFF


def iso_z(t=None, ms=3):
    t = t or utc()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ("%06d" % t.microsecond)[:ms] + "Z"


# ================================================================ families
def ms_tick():
    CLOCK[0] += dt.timedelta(microseconds=R.randint(300, 60000))


def rails_prefix(L, lvl, req):
    ms_tick()
    t = now()
    L.add("%s, [%s.%06d #%d] %5s -- : " % (lvl[0], t.strftime("%Y-%m-%dT%H:%M:%S"), t.microsecond, RAILS_PID[0], lvl))
    if req:
        L.add("[%s] " % req)


RAILS_PID = [2817]


def rails_noise():
    out = []
    req = uuid4()
    k = kr()
    if k < 0.22:
        ip = "10.0.%d.%d" % (R.randint(1, 20), R.randint(2, 250))
        L = Line("rails"); rails_prefix(L, "INFO", req)
        t = now()
        L.add('Started GET "/up" for %s at %s -0500' % (ip, t.strftime("%Y-%m-%d %H:%M:%S")))
        out.append(L)
        L = Line("rails"); rails_prefix(L, "INFO", req)
        L.add("Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: 0.0ms | Allocations: %d)" % (R.randint(1, 4), R.uniform(.1, .9), R.randint(120, 300)))
        out.append(L)
    elif k < 0.4:
        L = Line("lograge")
        ctrl = R.choice([("GET", "/api/v1/trucks/%s/stops" % R.choice(TRUCKS)[0], "Api::V1::StopsController", "index"),
                         ("GET", "/dashboard", "DashboardController", "show"),
                         ("PATCH", "/cases/%d/status" % R.randint(5000, 5600), "Cases::StatusController", "update"),
                         ("GET", "/hospitals/%d/calendar.json" % R.choice(HOSP)[5], "CalendarsController", "show"),
                         ("POST", "/api/v1/telematics/webhook", "Api::V1::TelematicsController", "create")])
        L.add("method=%s path=%s format=json controller=%s action=%s status=%d duration=%.2f view=%.2f db=%.2f request_id=%s remote_ip=10.0.%d.%d user_id=%d" % (
            ctrl[0], ctrl[1], ctrl[2], ctrl[3], R.choice([200, 200, 200, 204, 302, 422]), R.uniform(4, 380), R.uniform(0, 60), R.uniform(0.5, 120),
            req, R.randint(1, 20), R.randint(2, 250), R.randint(2, 40)))
        out.append(L)
    elif k < 0.55:
        L = Line("rails"); rails_prefix(L, "DEBUG", req)
        d0 = BASE + dt.timedelta(days=R.randint(0, 7))
        L.add('  Case Load (%.1fms)  SELECT "cases".* FROM "cases" WHERE "cases"."scheduled_on" BETWEEN $1 AND $2 AND "cases"."truck_id" = $3 ORDER BY "cases"."start_at" ASC  [["scheduled_on", "%s"], ["scheduled_on", "%s"], ["truck_id", %d]]' % (
            R.uniform(.3, 9), fd(d0, "iso"), fd(d0 + dt.timedelta(days=6), "iso"), R.randint(3, 7)))
        out.append(L)
    elif k < 0.65:
        L = Line("rails"); rails_prefix(L, "WARN", None)
        L.add(R.choice([
            "DEPRECATION WARNING: `ActiveRecord::Base.clear_active_connections!` is deprecated and will be removed in Rails 7.2. Use `ActiveRecord::Base.connection_handler.clear_active_connections!` instead (called from block in <main> at /app/config/initializers/sidekiq.rb:14)",
            "DEPRECATION WARNING: Rails.application.secrets is deprecated in favor of Rails.application.credentials and will be removed in Rails 7.2. (called from <main> at /app/config/initializers/twilio.rb:3)",
            "Rack::Attack throttled 10.0.7.31 on /users/sign_in (5 req / 20s)"]))
        out.append(L)
    elif k < 0.78:
        for s in ["Puma starting in cluster mode...", "* Puma version: 6.4.2 (ruby 3.2.3-p157) (\"The Eagle of Durango\")",
                  "*  Min threads: 5", "*  Max threads: 5", "*  Environment: production",
                  "*   Master PID: %d" % RAILS_PID[0], "*      Workers: 2", "*     Restarts: (\u2714) hot (\u2716) phased",
                  "* Listening on http://0.0.0.0:3000"][R.randint(0, 5):R.randint(6, 9)]:
            L = Line("puma"); L.add(s); out.append(L)
    elif k < 0.9:
        s = R.choice(SCHED)
        L = Line("rails"); rails_prefix(L, "INFO", req)
        L.add('Started POST "/users/sign_in" for 10.0.%d.%d at %s -0500' % (R.randint(1, 20), R.randint(2, 250), now().strftime("%Y-%m-%d %H:%M:%S")))
        out.append(L)
        L = Line("rails"); rails_prefix(L, "INFO", req)
        L.add('  Parameters: {"authenticity_token"=>"[FILTERED]", "user"=>{"email"=>"%s@heartlandlitho.net", "password"=>"[FILTERED]", "remember_me"=>"0"}, "commit"=>"Log in"}' % s[2])
        out.append(L)
    else:
        L = Line("rails"); rails_prefix(L, "FATAL", req)
        L.add('ActionController::RoutingError (No route matches [GET] "%s"):' % R.choice(["/wp-login.php", "/.env", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", "/cgi-bin/luci"]))
        out.append(L)
    return out


def rails_phi():
    out = []
    p = pt()
    req = uuid4()
    h = HOSP_BY[p["hosp"]]
    k = kr()
    if k < 0.3:
        L = Line("rails"); rails_prefix(L, "INFO", req)
        L.add('Started POST "/hospitals/%d/cases" for 10.0.%d.%d at %s -0500' % (h[5], R.randint(1, 20), R.randint(2, 250), now().strftime("%Y-%m-%d %H:%M:%S")))
        out.append(L)
        L = Line("rails"); rails_prefix(L, "INFO", req); L.add("Processing by CasesController#create as HTML"); out.append(L)
        L = Line("rails"); rails_prefix(L, "INFO", req)
        par = {"authenticity_token": "[FILTERED]",
               "case": {"patient_attributes": {"first_name": N(p["first"]), "last_name": N(p["last"]),
                                               "date_of_birth": D(fd(p["dob"], "iso")), "mrn": MR(p["mrn"]),
                                               "ssn": "[FILTERED]", "phone": PH(fd_ph(p["phone"]))},
                        "scheduled_on": D(fd(p["proc"], "iso")), "laterality": {"L": "left", "R": "right"}[p["side"]],
                        "stone_size_mm": str(R.randint(5, 18)), "cpt_code": "50590", "urologist_id": str(R.randint(2, 9))},
               "commit": "Create Case", "hospital_id": str(h[5])}
        L.add("  Parameters: ", rb(par)); out.append(L)
        cid = R.randint(5000, 5600)
        L = Line("rails"); rails_prefix(L, "INFO", req); L.add("Redirected to https://sched.heartlandlitho.net/hospitals/%d/cases/%d" % (h[5], cid)); out.append(L)
        L = Line("rails"); rails_prefix(L, "INFO", req)
        L.add("Completed 302 Found in %dms (ActiveRecord: %.1fms | Allocations: %d)" % (R.randint(40, 220), R.uniform(5, 60), R.randint(9000, 30000))); out.append(L)
    elif k < 0.48:
        ip = "%d.%d.%d.%d" % (R.choice([73, 98, 174, 184, 66, 107, 162, 208]), R.randint(1, 254), R.randint(1, 254), R.randint(1, 254))
        L = Line("rails"); rails_prefix(L, "INFO", req)
        L.add('Started POST "/p/prereg" for ', P(ip, "ip"), " at %s -0500" % now().strftime("%Y-%m-%d %H:%M:%S")); out.append(L)
        L = Line("rails"); rails_prefix(L, "INFO", req); L.add("Processing by Portal::PreregistrationsController#create as HTML"); out.append(L)
        town = p["town"]
        par = {"authenticity_token": "[FILTERED]", "token": OI(p["token"]),
               "prereg": {"preferred_name": N(p["first"]), "email": EM(p["email"]), "mobile": PH(fp(p["phone"], R.choice(["paren", "dash", "raw"]))),
                          "address1": A(p["street"]), "city": A(town[0]), "state": town[2], "zip": Z(town[3]),
                          "emergency_contact_name": N(rel_nm(p)), "emergency_contact_phone": PH(fp(p["rel_phone"], "dash")),
                          "blood_thinners": R.choice(["none", "aspirin", "apixaban", "clopidogrel"]), "pacemaker": "1" if p["dev"] else "0",
                          "consent_sms": "1"}}
        L = Line("rails"); rails_prefix(L, "INFO", req)
        L.add("  Parameters: ", rb(par)); out.append(L)
        L = Line("rails"); rails_prefix(L, "INFO", req)
        L.add("Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (R.randint(30, 200), R.uniform(5, 40), R.uniform(3, 40), R.randint(9000, 30000))); out.append(L)
    elif k < 0.62:
        L = Line("rails"); rails_prefix(L, "INFO", req)
        q = p["last"].lower().replace(" ", "+").replace("'", "%27")
        dob = fd(p["dob"], "us").replace("/", "%2F")
        L.add('Started GET "/patients/search?q=', N(q), "&dob=", D(dob), '" for 10.0.%d.%d at %s -0500' % (R.randint(1, 20), R.randint(2, 250), now().strftime("%Y-%m-%d %H:%M:%S")))
        out.append(L)
        L = Line("rails"); rails_prefix(L, "INFO", req); L.add("Processing by PatientsController#search as JSON"); out.append(L)
        L = Line("rails"); rails_prefix(L, "INFO", req)
        L.add('  Parameters: {"q"=>"', N(p["last"].lower()), '", "dob"=>"', D(fd(p["dob"], "us")), '"}'); out.append(L)
    elif k < 0.75:
        L = Line("rails"); rails_prefix(L, "ERROR", req)
        L.add('ActiveRecord::RecordNotUnique (PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint "index_patients_on_hospital_id_and_mrn"')
        out.append(L)
        L = Line("rails"); rails_prefix(L, "ERROR", req)
        L.add("DETAIL:  Key (hospital_id, mrn)=(%d, " % h[5], MR(p["mrn"]), ") already exists.")
        out.append(L)
        L = Line("rails"); rails_prefix(L, "ERROR", req); L.add("):"); out.append(L)
        L = Line("rails"); rails_prefix(L, "ERROR", req); L.add("app/services/case_intake.rb:58:in `upsert_patient!'"); out.append(L)
    elif k < 0.93:
        L = Line("rails"); rails_prefix(L, "INFO", req)
        L.add('Started POST "/webhooks/twilio/sms" for 54.%d.%d.%d at %s -0500' % (R.randint(1, 254), R.randint(1, 254), R.randint(1, 254), now().strftime("%Y-%m-%d %H:%M:%S")))
        out.append(L)
        L = Line("rails"); rails_prefix(L, "INFO", req)
        body = R.choice([
            Q("This is ", N(nm(p, "fl")), " I need to move my procedure, can someone call me"),
            Q("Si, confirmo. Soy ", N(nm(p, "fl")), ", voy a estar en ayunas"),
            Q("Yes confirm ", D(fd(p["proc"], "usn")), ". My ", p["rel"], " ", N(rel_nm(p, False)), " is driving me"),
            Q("STOP"),
        ])
        par = {"ToCountry": "US", "ToState": h[2][0], "SmsMessageSid": "SM" + hexs(32), "NumMedia": "0",
               "FromState": p["town"][2], "SmsStatus": "received", "Body": body,
               "From": PH("+1" + p["phone"]), "To": "+1%s" % h[3][:3] + "5550199", "AccountSid": "AC" + hexs(32), "ApiVersion": "2010-04-01"}
        L.add("  Parameters: ", rb(par)); out.append(L)
        L = Line("rails"); rails_prefix(L, "INFO", req)
        L.add("Completed 204 No Content in %dms (ActiveRecord: %.1fms | Allocations: %d)" % (R.randint(8, 60), R.uniform(1, 12), R.randint(2000, 6000)))
        out.append(L)
    else:
        # ActionMailer debug dump of the pre-op mail
        jid = uuid4()
        pre = "[ActiveJob] [ActionMailer::MailDeliveryJob] [%s] " % jid
        L = Line("rails"); rails_prefix(L, "INFO", None)
        L.add(pre + "PreopMailer#instructions: processed outbound mail in %.1fms" % R.uniform(20, 90)); out.append(L)
        L = Line("actionmailer"); L.add("Date: %s, %02d %s 2024 %s -0500" % (DOW[now().weekday()][:3], now().day, MON[now().month - 1][:3], now().strftime("%H:%M:%S"))); out.append(L)
        L = Line("actionmailer"); L.add("From: Heartland Mobile Litho <no-reply@heartlandlitho.net>"); out.append(L)
        L = Line("actionmailer"); L.add("To: ", EM(p["email"])); out.append(L)
        L = Line("actionmailer"); L.add("Message-ID: <%s_%d@sched-web-2.mail>" % (hexs(13), RAILS_PID[0])); out.append(L)
        L = Line("actionmailer"); L.add("Subject: Your kidney stone treatment on ", D(fd(p["proc"], "us"))); out.append(L)
        L = Line("actionmailer")
        L.add("Hi ", N(p["first"]), ", your lithotripsy is scheduled at %s on " % h[1], D(fd(p["proc"], "dow")),
              ". Please complete your screening before then: ", P("https://prereg.heartlandlitho.net/p/" + p["token"], "url"))
        out.append(L)
        L = Line("rails"); rails_prefix(L, "INFO", None)
        L.add(pre + "Delivered mail %s_%d@sched-web-2.mail (%.1fms)" % (hexs(13), RAILS_PID[0], R.uniform(200, 900))); out.append(L)
    return out


def fd_ph(ph):
    return fp(ph, R.choice(["paren", "dash", "raw", "dot"]))


# ---------------------------------------------------------------- sidekiq
SK_CLASSES = ["RouteOptimizerJob", "TelematicsIngestJob", "PreopReminderCallJob", "StoneResultImportJob",
              "BillingExportJob", "DoseReportParseJob", "OrthancRoutingCheckJob", "UrineCultureSyncJob",
              "ActiveStorage::AnalyzeJob", "HospitalCalendarSyncJob"]


def sk_pre(L, cls, jid, lvl="INFO"):
    L.add("%s pid=%d tid=%s class=%s jid=%s " % (iso_z(), SK_PID[0], alnum(4, "abcdefghijklmnopqrstuvwxyz0123456789"), cls, jid))
    return lvl


SK_PID = [3114]


def sidekiq_noise():
    out = []
    k = kr()
    cls = R.choice(SK_CLASSES)
    jid = hexs(24)
    if k < 0.45:
        L = Line("sidekiq"); sk_pre(L, cls, jid); L.add("INFO: start"); out.append(L)
        tick(0, 3)
        L = Line("sidekiq"); sk_pre(L, cls, jid); L.add("elapsed=%.3f INFO: done" % R.uniform(0.01, 14)); out.append(L)
    elif k < 0.65:
        L = Line("sidekiq_json")
        L.add(jp({"ts": iso_z(), "pid": SK_PID[0], "tid": alnum(4, "abcdefghijklmnopqrstuvwxyz0123456789"), "lvl": "INFO",
                  "msg": R.choice(["start", "done", "fail"]), "ctx": {"class": cls, "jid": jid, "elapsed": round(R.uniform(0.02, 8), 3)}}))
        out.append(L)
    elif k < 0.8:
        L = Line("sidekiq")
        L.add("%s pid=%d tid=%s INFO: Sidekiq::Stats processed=%d failed=%d enqueued=%d scheduled=%d retries=%d dead=%d busy=%d queues=critical,default,telematics,low" % (
            iso_z(), SK_PID[0], alnum(4, "abcdefghijklmnopqrstuvwxyz0123456789"), R.randint(180000, 190000), R.randint(200, 260),
            R.randint(0, 40), R.randint(3, 30), R.randint(0, 4), R.randint(0, 2), R.randint(0, 5)))
        out.append(L)
    elif k < 0.9:
        L = Line("sidekiq")
        L.add('%s pid=%d tid=%s INFO: Sidekiq 7.2.1 connecting to Redis with options {:size=>10, :pool_name=>"internal", :url=>"redis://hml-redis.x7k2qa.ng.0001.use2.cache.amazonaws.com:6379/0"}' % (iso_z(), SK_PID[0], alnum(4, "abcdefghijklmnopqrstuvwxyz0123456789")))
        out.append(L)
    else:
        L = Line("sidekiq"); sk_pre(L, "TelematicsIngestJob", jid)
        L.add("WARN: Faraday::TimeoutError: Net::ReadTimeout with #<TCPSocket:(closed)> (api.samsara.com:443, attempt 2/5)")
        out.append(L)
        L = Line("sidekiq"); sk_pre(L, "TelematicsIngestJob", jid)
        L.add("WARN: /usr/local/bundle/gems/faraday-net_http-3.1.0/lib/faraday/adapter/net_http.rb:66:in `rescue in block in call'")
        out.append(L)
    return out


def sidekiq_phi():
    out = []
    p = pt()
    jid = hexs(24)
    k = kr()
    if k < 0.35:
        L = Line("sidekiq"); sk_pre(L, "PreopReminderCallJob", jid)
        L.add("WARN: Twilio::REST::RestError: [HTTP 400] 21211 : Unable to create record: Invalid 'To' Phone Number: ", PH("+1" + p["phone"][:-1]))
        out.append(L)
    elif k < 0.7:
        L = Line("sidekiq")
        L.add("%s pid=%d tid=%s WARN: " % (iso_z(), SK_PID[0], alnum(4, "abcdefghijklmnopqrstuvwxyz0123456789")))
        job = {"retry": 5, "queue": "default", "class": R.choice(["StoneResultNotifyJob", "PreopReminderCallJob", "UrineCultureSyncJob"]),
               "args": [OI(p["case"]), N(nm(p, R.choice(["fl", "lf"]))), PH(fp(p["phone"], "e164"))],
               "jid": jid, "created_at": round(utc().timestamp() - R.uniform(400, 9000), 6), "enqueued_at": round(utc().timestamp() - R.uniform(20, 300), 6),
               "error_message": R.choice(["Net::ReadTimeout with #<TCPSocket:(closed)>", "execution expired", "undefined method `phone' for nil:NilClass"]),
               "error_class": "Net::ReadTimeout", "failed_at": round(utc().timestamp() - R.uniform(0, 15), 6), "retry_count": R.randint(0, 4)}
        L.add(jp({"context": "Job raised exception", "job": job}))
        out.append(L)
    else:
        L = Line("sidekiq"); sk_pre(L, "StoneResultImportJob", jid)
        L.add("INFO: matched specimen ", OI(p["spec"]), " to case ", OI(p["case"]), " (mrn=", MR(p["mrn"]), ", dob=", D(fd(p["dob"], "iso")), ")")
        out.append(L)
        tick(0, 2)
        L = Line("sidekiq"); sk_pre(L, "StoneResultImportJob", jid); L.add("elapsed=%.3f INFO: done" % R.uniform(.1, 2)); out.append(L)
    return out


# ---------------------------------------------------------------- postgres
PG_PID = [28417]


def pg_pre(L, lvl, user=True):
    ms_tick()
    t = utc()
    L.add("%s.%03d UTC [%d] %s%s:  " % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, PG_PID[0] + R.randint(0, 400),
                                          "hml@hml_production " if user else "", lvl))


def pg_noise():
    out = []
    L = Line("postgres")
    k = kr()
    if k < 0.25:
        pg_pre(L, "LOG", False)
        L.add("checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s; sync files=%d, longest=0.004 s, average=0.001 s; distance=%d kB, estimate=%d kB; lsn=%X/%X, redo lsn=%X/%X" % (
            R.randint(200, 4000), R.uniform(1, 20), R.randint(0, 3), R.uniform(20, 270), R.uniform(0, .2), R.uniform(20, 270), R.randint(20, 90),
            R.randint(9000, 90000), R.randint(90000, 120000), R.randint(1, 9), R.randint(0x1000000, 0xFFFFFFF), R.randint(1, 9), R.randint(0x1000000, 0xFFFFFFF)))
    elif k < 0.45:
        pg_pre(L, "LOG", False)
        L.add('automatic vacuum of table "hml_production.public.%s": index scans: 1' % R.choice(["telematics_pings", "sidekiq_job_audits", "dose_reports", "cases", "versions"]))
    elif k < 0.65:
        pg_pre(L, "LOG")
        L.add("connection authorized: user=hml database=hml_production application_name=%s SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)" % R.choice(["puma", "sidekiq", "rails_console", "pghero"]))
    elif k < 0.85:
        pg_pre(L, "LOG")
        d0 = BASE + dt.timedelta(days=R.randint(-30, 0))
        L.add("duration: %.3f ms  execute <unnamed>: SELECT date_trunc('day', started_at) AS d, truck_id, sum(shock_count) FROM treatment_sessions WHERE started_at >= '%s' GROUP BY 1, 2" % (R.uniform(500, 4000), fd(d0, "iso")))
    else:
        pg_pre(L, "ERROR")
        L.add('canceling statement due to statement timeout')
        out.append(L)
        L = Line("postgres"); pg_pre(L, "STATEMENT")
        L.add('SELECT COUNT(*) FROM "telematics_pings" WHERE "telematics_pings"."vehicle_id" = $1 AND (recorded_at > now() - interval \'30 days\')')
    out.append(L)
    return out


def pg_phi():
    out = []
    p = pt()
    k = kr()
    if k < 0.35:
        L = Line("postgres"); pg_pre(L, "LOG")
        L.add("duration: %.3f ms  execute <unnamed>: SELECT \"patients\".* FROM \"patients\" WHERE (lower(last_name) = $1 AND date_of_birth = $2) LIMIT $3" % R.uniform(500, 3000))
        out.append(L)
        L = Line("postgres"); pg_pre(L, "DETAIL")
        L.add("parameters: $1 = '", N(p["last"].lower()), "', $2 = '", D(fd(p["dob"], "iso")), "', $3 = '25'")
        out.append(L)
    elif k < 0.65:
        L = Line("postgres"); pg_pre(L, "ERROR")
        L.add('null value in column "hospital_id" of relation "cases" violates not-null constraint')
        out.append(L)
        L = Line("postgres"); pg_pre(L, "DETAIL")
        L.add("Failing row contains (%d, null, " % R.randint(5000, 5600), OI(p["case"]), ", ", D(fd(p["proc"], "iso")),
              ", scheduled, %s, null, 50590, %s, %s)." % (p["side"], now().strftime("%Y-%m-%d %H:%M:%S.%f"), now().strftime("%Y-%m-%d %H:%M:%S.%f")))
        out.append(L)
    elif k < 0.82:
        L = Line("postgres"); pg_pre(L, "ERROR")
        L.add('new row for relation "patients" violates check constraint "patients_phone_format"')
        out.append(L)
        L = Line("postgres"); pg_pre(L, "DETAIL")
        L.add("Failing row contains (%d, %d, " % (R.randint(80000, 99000), HOSP_BY[p["hosp"]][5]), N(p["first"]), ", ", N(p["last"]), ", ", D(fd(p["dob"], "iso")), ", ",
              P(p["ssn"], "ssn"), ", ", MR(p["mrn"]), ", ", PH(fp(p["phone"], "paren")[:-1]), ", null, t, %s)." % now().strftime("%Y-%m-%d %H:%M:%S.%f"))
        out.append(L)
    else:
        L = Line("postgres"); pg_pre(L, "ERROR")
        L.add('duplicate key value violates unique constraint "index_stone_results_on_specimen_id"')
        out.append(L)
        L = Line("postgres"); pg_pre(L, "DETAIL")
        L.add("Key (specimen_id)=(", OI(p["spec"]), ") already exists.")
        out.append(L)
    return out


# ---------------------------------------------------------------- lithotripter
def litho_pre(L, truck):
    t = now()
    L.add("%s.%03d|%s|%s|" % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, truck[0].replace("-", ""), truck[3]))


LITHO_SESS = {}


def litho_noise():
    truck = R.choice(TRUCKS)
    out = []
    k = kr()
    sid = "%s-%02d" % (now().strftime("%m%d"), R.randint(1, 6))
    if k < 0.2:
        L = Line("litho"); litho_pre(L, truck)
        L.add("INFO |SELFTEST| generator HV=OK coil_R=%.2f Ohm water_T=%.1f\u00b0C conductivity=%d \u00b5S/cm degas=OK" % (R.uniform(.7, .9), R.uniform(35.5, 37.5), R.randint(30, 60)))
        out.append(L)
    elif k < 0.45:
        for _ in range(R.randint(1, 3)):
            tick(20, 200)
            L = Line("litho"); litho_pre(L, truck)
            n = R.randint(1, 8) * 250
            L.add("INFO |TREAT| sess=%s SHOCK_BLOCK n=250 total=%d rate=%d/min level=%d ecg_trigger=%s" % (sid, n, R.choice([60, 70, 80, 90, 120]), R.randint(1, 7), R.choice(["OFF", "OFF", "ON"])))
            out.append(L)
    elif k < 0.6:
        L = Line("litho"); litho_pre(L, truck)
        L.add("INFO |XRAY| sess=%s FLUORO_TOTAL %s DAP=%.2f Gy\u00b7cm\u00b2 AK=%.1f mGy pulses=%d kV=%d" % (
            sid, "00:%02d:%02d" % (R.randint(0, 3), R.randint(0, 59)), R.uniform(.8, 9), R.uniform(2, 40), R.randint(8, 90), R.randint(62, 90)))
        out.append(L)
    elif k < 0.75:
        L = Line("litho"); litho_pre(L, truck)
        L.add(R.choice(["WARN |COUPLING| E-214 membrane pressure low (%.2f bar < 0.35 bar), refill water cushion" % R.uniform(.2, .34),
                        "ERR  |GEN| E-031 HV charge timeout, shock skipped (#%d)" % R.randint(100, 3000),
                        "WARN |POWER| shore power lost, running on genset (L1=%.0f V L2=%.0f V)" % (R.uniform(200, 240), R.uniform(200, 240)),
                        "INFO |SYS| firmware 4.12.7-b2291 checksum a71e09fc ok"]))
        out.append(L)
    else:
        L = Line("litho"); litho_pre(L, truck)
        L.add("INFO |TREAT| SESSION_CLOSE id=%s shocks=%d max_level=%d duration=00:%02d:%02d fluoro_s=%d operator=%s" % (
            sid, R.randint(10, 14) * 250, R.randint(4, 7), R.randint(25, 59), R.randint(0, 59), R.randint(40, 240), R.choice(TECHS)[2]))
        out.append(L)
    return out


def litho_phi():
    truck = R.choice(TRUCKS)
    p = pt()
    out = []
    sid = "%s-%02d" % (now().strftime("%m%d"), R.randint(1, 6))
    k = kr()
    if k < 0.45:
        L = Line("litho"); litho_pre(L, truck)
        L.add("INFO |PATIENT| PATIENT_SELECT id=", MR(p["mrn"]), " name=", N(nm(p, "LFc")), " dob=", D(fd(p["dob"], "dot")), " age=", age_piece(p),
              " sex=%s side=%s" % (p["sex"], p["side"]))
        out.append(L)
        tick(3, 30)
        L = Line("litho"); litho_pre(L, truck)
        L.add("INFO |TREAT| SESSION_OPEN id=%s operator=%s patient=" % (sid, R.choice(TECHS)[2]), MR(p["mrn"]), " program=KIDNEY_%s" % p["side"])
        out.append(L)
    elif k < 0.75:
        L = Line("litho"); litho_pre(L, truck)
        fn = "%s_%s" % (ascii_fold(p["last"]).upper().replace(" ", "").replace("'", ""), ascii_fold(p["first"]).upper().replace(" ", ""))
        L.add("INFO |EXPORT| treatment report -> \\\\%s-TAB\\reports\\" % truck[0].replace("-", ""), N(fn), "_", D(fd(now().date(), "hl7")), ".pdf (%d KB)" % R.randint(80, 400))
        out.append(L)
    else:
        L = Line("litho"); litho_pre(L, truck)
        q = R.choice([x for x in PATIENTS if x["dev"]])
        L.add("WARN |PATIENT| implant flagged by operator for pt ", MR(q["mrn"]), ": %s %s sn=" % (q["dev"][1], q["dev"][0].split()[0]), P(q["dev"][2], "device"), ", keep focus > 5 cm from device")
        out.append(L)
    return out


# ---------------------------------------------------------------- dicom
def dcm(tag, vr, val, name, item=None):
    """dcmdump style line; val is str or P."""
    L = Line("dicom")
    raw = val.v if isinstance(val, P) else val
    if raw.startswith("="):
        L.add("(%s) %s %s" % (tag, vr, raw), " " * max(1, 40 - len("(%s) %s " % (tag, vr)) - len(raw)), "# %3d, 1 %s" % (28, name))
        return L
    ln = len(raw.encode()) + (len(raw.encode()) % 2)
    shown = "[%s]" % raw
    pad = max(1, 40 - len("(%s) %s " % (tag, vr)) - len(shown))
    L.add("(%s) %s [" % (tag, vr), val, "]", " " * pad, "# %3d, 1 %s" % (ln, name))
    return L


def dicom_block(with_pt=True):
    p = pt()
    h = HOSP_BY[p["hosp"]]
    uro = R.choice(UROS)
    truck = R.choice(TRUCKS)
    out = []
    L = Line("dicom"); L.add("# Dicom-File-Format"); out.append(L)
    if R.random() < .5:
        L = Line("dicom"); L.add("# Dicom-Meta-Information-Header"); out.append(L)
        L = Line("dicom"); L.add("# Used TransferSyntax: Little Endian Explicit"); out.append(L)
        out.append(dcm("0002,0002", "UI", "=XRayRadiofluoroscopicImageStorage", "MediaStorageSOPClassUID"))
    L = Line("dicom"); L.add("# Dicom-Data-Set"); out.append(L)
    rows = []
    if with_pt:
        rows.append(dcm("0008,0020", "DA", D(fd(p["dos"], "hl7")), "StudyDate"))
        rows.append(dcm("0008,0050", "SH", OI(p["acc"]), "AccessionNumber"))
    rows.append(dcm("0008,0060", "CS", "RF", "Modality"))
    rows.append(dcm("0008,0070", "LO", "Ziehm Imaging GmbH", "Manufacturer"))
    rows.append(dcm("0008,0080", "LO", h[1], "InstitutionName"))
    rows.append(dcm("0008,0090", "PN", "%s^%s" % (uro[1].upper(), uro[0].upper()), "ReferringPhysicianName"))
    if with_pt:
        rows.append(dcm("0010,0010", "PN", N(nm(p, R.choice(["hl7", "hl7b"]))), "PatientName"))
        rows.append(dcm("0010,0020", "LO", MR(p["mrn"]), "PatientID"))
        rows.append(dcm("0010,0030", "DA", D(fd(p["dob"], "hl7")), "PatientBirthDate"))
        rows.append(dcm("0010,0040", "CS", p["sex"], "PatientSex"))
        if p["age"] > 89:
            rows.append(dcm("0010,1010", "AS", P("%03dY" % p["age"], "age"), "PatientAge"))
        else:
            rows.append(dcm("0010,1010", "AS", "%03dY" % p["age"], "PatientAge"))
    else:
        rows.append(dcm("0010,0010", "PN", "QA^PHANTOM", "PatientName"))
        rows.append(dcm("0010,0020", "LO", "QA-%s" % now().strftime("%Y%m%d"), "PatientID"))
    rows.append(dcm("0018,1000", "LO", truck[6], "DeviceSerialNumber"))
    rows.append(dcm("0018,1020", "LO", "V%d.%d.%d" % (R.randint(6, 8), R.randint(0, 9), R.randint(0, 30)), "SoftwareVersions"))
    rows.append(dcm("0018,1150", "IS", str(R.randint(40, 240)), "ExposureTime"))
    rows.append(dcm("0018,115e", "DS", "%.2f" % R.uniform(.8, 9), "ImageAndFluoroscopyAreaDoseProduct"))
    rows.append(dcm("0020,000d", "UI", "1.2.276.0.7230010.3.1.2.%d.%d.%d" % (R.randint(10**8, 10**9), R.randint(1000, 9999), R.randint(10**5, 10**6)), "StudyInstanceUID"))
    keep = sorted(R.sample(range(len(rows)), k=min(len(rows), R.randint(3, 6))))
    # always keep patient-tags when with_pt for realism of the dump
    for i in range(len(rows)):
        if i in keep or (with_pt and any(s[2] in ("name", "mrn") for s in rows[i].spans)):
            out.append(rows[i])
    return out


def dicom_phi():
    return dicom_block(True)


def dicom_noise():
    if R.random() < .5:
        return dicom_block(False)
    out = []
    for s in R.sample(['<contains NUM:(113722,DCM,"Dose Area Product Total")="%.6f" (m2.Gy,UCUM,"m2.Gy")>' % R.uniform(.0001, .0009),
                       '<contains NUM:(113730,DCM,"Total Fluoro Time")="%d" (s,UCUM,"s")>' % R.randint(40, 240),
                       '<contains NUM:(113726,DCM,"Fluoro Dose Area Product Total")="%.6f" (m2.Gy,UCUM,"m2.Gy")>' % R.uniform(.0001, .0009),
                       '<contains CODE:(113705,DCM,"Scope of Accumulation")=(113014,DCM,"Study")>',
                       '<contains NUM:(113725,DCM,"Dose (RP) Total")="%.5f" (Gy,UCUM,"Gy")>' % R.uniform(.002, .04),
                       '<has concept mod CODE:(121058,DCM,"Procedure reported")=(P5-40010,SRT,"Fluoroscopy")>'], 3):
        L = Line("dicom_sr"); L.add(s); out.append(L)
    return out


def dicom_sr_phi():
    p = pt()
    out = []
    L = Line("dicom_sr"); L.add('# dsrdump (dcmtk 3.6.7) Radiation Dose SR, "X-Ray Radiation Dose Report"'); out.append(L)
    L = Line("dicom_sr"); L.add('Patient            : ', N(nm(p, "hl7")), ' (', p["sex"], ', ', D(fd(p["dob"], "hl7")), ', #', MR(p["mrn"]), ')'); out.append(L)
    L = Line("dicom_sr"); L.add('Study              : Lithotripsy ESWL (#', OI(p["acc"]), ')'); out.append(L)
    L = Line("dicom_sr"); L.add('Content Date/Time  : ', D(fd(p["dos"], "hl7")), ' %02d%02d%02d' % (R.randint(7, 16), R.randint(0, 59), R.randint(0, 59))); out.append(L)
    L = Line("dicom_sr"); L.add('<has obs context PNAME:(121029,DCM,"Subject Name")="', N(nm(p, "hl7b")), '">'); out.append(L)
    L = Line("dicom_sr"); L.add('<contains NUM:(113730,DCM,"Total Fluoro Time")="%d" (s,UCUM,"s")>' % R.randint(40, 240)); out.append(L)
    return out


# ---------------------------------------------------------------- telematics
def samsara_noise():
    truck = R.choice(TRUCKS)
    L = Line("telematics")
    k = kr()
    lat, lon = R.uniform(30.5, 37.0), R.uniform(-95.5, -90.2)
    town = R.choice(TOWNS)
    if k < 0.45:
        obj = {"id": "2814749771%05d" % R.randint(0, 99999), "name": truck[0] + " Tractor",
               "externalIds": {"samsara.serial": "G9" + alnum(8), "samsara.vin": truck[1]},
               "licensePlate": truck[2],
               "gps": {"time": iso_z(), "latitude": round(lat, 6), "longitude": round(lon, 6), "headingDegrees": R.randint(0, 359),
                       "speedMilesPerHour": round(R.uniform(0, 68), 1), "reverseGeo": {"formattedLocation": "%s, %s, %s" % (R.choice(["US-67", "US-62", "I-49", "US-271", "LA-13", "US-59"]), town[0], town[2])},
                       "isEcuSpeed": True},
               "engineStates": {"time": iso_z(), "value": R.choice(["On", "Idle", "Off"])}}
    elif k < 0.65:
        obj = {"eventId": uuid4(), "eventTime": iso_z(), "eventType": "EngineFaultOn",
               "data": {"vehicle": {"id": "2814749771%05d" % R.randint(0, 99999), "name": truck[0] + " Tractor", "vin": truck[1]},
                        "j1939": {"spn": R.choice([3251, 5246, 4364, 110]), "fmi": R.choice([0, 16, 18]), "occurrenceCount": R.randint(1, 9),
                                  "description": R.choice(["Aftertreatment DPF Differential Pressure", "SCR Operator Inducement Severity", "Engine Coolant Temperature"])}}}
    elif k < 0.85:
        obj = {"id": "2814749771%05d" % R.randint(0, 99999), "name": truck[0] + " Trailer", "assetType": "trailer",
               "ambientAirTemperature": {"time": iso_z(), "value": R.randint(12000, 29000)},
               "auxInput1": {"name": "Shore Power", "value": R.choice([True, False])},
               "auxInput2": {"name": "Genset Running", "value": R.choice([True, False])},
               "gps": {"latitude": round(lat, 6), "longitude": round(lon, 6), "time": iso_z()}}
    else:
        d = R.choice(DRIVERS)
        obj = {"driver": {"id": d[2], "name": "%s %s" % d[:2]}, "hosStatusType": R.choice(["driving", "onDuty", "offDuty", "sleeperBed"]),
               "logStartTime": iso_z(), "vehicle": {"name": truck[0] + " Tractor"}, "remark": R.choice(["Pre-trip inspection", "Fuel - Love's #512", "Set up at hospital pad", ""])}
    L.add(jp(obj))
    return [L]


def samsara_phi():
    truck = R.choice(TRUCKS)
    d = R.choice(DRIVERS)
    p = pt()
    h = HOSP_BY[p["hosp"]]
    k = kr()
    if k < 0.4:
        txt = Q("%s asks if we can add on " % h[0], N(nm(p, "fl")), ", ", age_piece(p, "%dyo"),
                " %s renal stone, call %s %s at " % (p["side"], "her" if p["sex"] == "F" else "his", p["rel"]), PH(fp(p["rel_phone"], "dash")))
    elif k < 0.7:
        txt = Q("running ~40 min late, tell ", h[0], " pre-op to hold pt ", N(nm(p, "l")), " (", OI(p["case"]), ")")
    else:
        txt = Q("pt's ", p["rel"], " parked ", R.choice(["silver Silverado", "red F-150", "white Camry", "blue Tahoe"]), " plate ",
                P("%s %s" % (p["town"][2], alnum(3) + "-" + digits(3)), "vehicle"), " in our generator clearance zone, can security ask them to move")
    obj = {"eventId": uuid4(), "eventTime": iso_z(), "eventType": "DriverMessageReceived",
           "data": {"driver": {"id": d[2], "name": "%s %s" % d[:2]}, "vehicle": {"name": truck[0] + " Tractor", "vin": truck[1]},
                    "message": {"text": txt, "sentAtTime": iso_z()}}}
    L = Line("telematics"); L.add(jp(obj))
    return [L]


# ---------------------------------------------------------------- HL7 (stone lab)
def hl7_msg(p, wrap=False):
    h = HOSP_BY[p["hosp"]]
    uro = R.choice([u for u in UROS])
    town = p["town"]
    ctl = "SL" + now().strftime("%y%m%d") + digits(4)
    coll = p["dos"]
    segs = []
    segs.append(["MSH|^~\\&|STONELAB|OZARK_CALCULI|HML_SCHED|HML|%s||ORU^R01^ORU_R01|%s|P|2.5.1" % (now().strftime("%Y%m%d%H%M%S"), ctl)])
    pid = ["PID|1||", MR(p["mrn"]), "^^^%s^MR" % h[0]]
    if R.random() < .7:
        pid += ["~", P(p["ssn"].replace("-", ""), "ssn"), "^^^SSA^SS"]
    pid += ["||", N(nm(p, "hl7")), "||", D(fd(p["dob"], "hl7")), "|%s|||" % p["sex"],
            A(p["street"]), "^^", A(town[0]), "^%s^" % town[2], Z(town[3]), "^USA^H^^", A(town[1]),
            "||^PRN^PH^^1^", PH(p["phone"][:3]), "^", PH(p["phone"][3:]), "|||||", P(p["har"], "account")]
    segs.append(pid)
    segs.append(["PV1|1|O|LITHO^^^%s||||%s^%s^%s^^^MD|||URO||||||||||" % (h[0], uro[2], uro[1].upper(), uro[0].upper()), OI(p["visit"])])
    segs.append(["ORC|RE|", OI(p["case"]), "|", OI(p["spec"]), "||CM"])
    segs.append(["OBR|1|", OI(p["case"]), "|", OI(p["spec"]), "|STONEAN^Calculus Analysis (FTIR)^L|||", D(fd(coll, "hl7") + "%02d%02d" % (R.randint(8, 15), R.randint(0, 59))),
                 "|||||||%s||%s^%s^%s^^^MD||||||%s|||F" % (fd(coll + dt.timedelta(days=2), "hl7"), uro[2], uro[1].upper(), uro[0].upper(), now().strftime("%Y%m%d%H%M"))])
    comps = R.choice([[("CAOXMONO", "Calcium oxalate monohydrate", 70), ("CAOXDI", "Calcium oxalate dihydrate", 20), ("CAPO4", "Calcium phosphate (apatite)", 10)],
                      [("URIC", "Uric acid", 100)],
                      [("STRUV", "Magnesium ammonium phosphate (struvite)", 60), ("CAPO4", "Calcium phosphate (apatite)", 40)],
                      [("CAOXMONO", "Calcium oxalate monohydrate", 50), ("URIC", "Uric acid", 50)],
                      [("CYST", "Cystine", 100)]])
    for i, (c, n, v) in enumerate(comps, 1):
        segs.append(["OBX|%d|NM|%s^%s^L||%d|%%|||||F|||%s" % (i, c, n, v, now().strftime("%Y%m%d%H%M"))])
    segs.append(["OBX|%d|TX|COMMENT^Gross description^L||Stone wt %d mg, %d fragment(s), %s||||||F" % (len(comps) + 1, R.randint(8, 140), R.randint(1, 6), R.choice(["tan/brown", "yellow-orange", "white chalky", "dark brown spiculated"]))])
    return segs, ctl


def hl7_phi():
    p = pt()
    segs, ctl = hl7_msg(p)
    out = []
    if R.random() < 0.55:
        for s in segs:
            L = Line("hl7"); L.add(s); out.append(L)
    else:
        # Mirth Connect log line with the raw message, segments separated by an escaped \r
        L = Line("mirth")
        t = now()
        L.add(" INFO %s,%03d [StoneLab ORU In < HL7 Receiver Thread] transformer: raw=" % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000))
        for i, s in enumerate(segs[:5]):
            if i:
                L.add("\\r")
            L.add(s)
        L.add("\\r...")
        out.append(L)
    return out


def hl7_noise():
    out = []
    k = kr()
    t = now()
    ctl = "SL" + t.strftime("%y%m%d") + digits(4)
    if k < 0.4:
        L = Line("hl7"); L.add("MSH|^~\\&|HML_SCHED|HML|STONELAB|OZARK_CALCULI|%s||ACK^R01^ACK|ACK%s|P|2.5.1" % (t.strftime("%Y%m%d%H%M%S"), digits(8))); out.append(L)
        L = Line("hl7"); L.add("MSA|AA|%s|Message accepted" % ctl); out.append(L)
    else:
        L = Line("mirth")
        L.add(R.choice([
            " INFO %s,%03d [StoneLab ORU In < HL7 Receiver Thread] MLLP: connection accepted from 10.40.2.18:51%03d" % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, R.randint(0, 999)),
            " WARN %s,%03d [Main Server Thread] com.mirth.connect.server.Mirth: Queue for channel StoneLab ORU Out has %d messages pending" % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, R.randint(2, 40)),
            "ERROR %s,%03d [StoneLab ORU In < JavaScript Filter] filter: OBX-5 not numeric in message %s, routed to ERROR destination" % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, ctl),
            " INFO %s,%03d [Data Pruner Thread] DataPruner: pruned %d messages older than 45 days" % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, R.randint(100, 9000))]))
        out.append(L)
    return out


# ---------------------------------------------------------------- stone CSV
STONE_HDR = "specimen_id,case_no,pt_last,pt_first,dob,collected,received,site,wt_mg,caox_mono_pct,caox_di_pct,apatite_pct,uric_acid_pct,struvite_pct,cystine_pct,brushite_pct,comment"


def stone_row(p):
    L = Line("stone_csv")
    comp = R.choice([(70, 20, 10, 0, 0, 0, 0), (0, 0, 0, 100, 0, 0, 0), (40, 0, 0, 0, 60, 0, 0), (50, 0, 0, 50, 0, 0, 0), (0, 0, 0, 0, 0, 100, 0), (20, 0, 30, 0, 0, 0, 50)])
    last = p["last"]
    lastv = '"%s"' % last if "," in last else last
    L.add(OI(p["spec"]), ",", OI(p["case"]), ",", N(lastv), ",", N(p["first"]), ",", D(fd(p["dob"], "usn")), ",", D(fd(p["dos"], "iso")), ",",
          fd(p["dos"] + dt.timedelta(days=R.randint(2, 5)), "iso"), ",%s,%d," % (p["hosp"], R.randint(8, 140)), ",".join(str(c) for c in comp), ",",
          R.choice(["", "fragments only", "\"insufficient for FTIR, stereo only\"", "possible drug stone - review meds"]))
    return L


def stone_phi():
    out = []
    if R.random() < 0.3:
        L = Line("stone_csv"); L.add(STONE_HDR); out.append(L)
    for _ in range(R.randint(1, 3)):
        out.append(stone_row(pt()))
    return out


def stone_noise():
    out = []
    L = Line("stone_csv")
    if R.random() < 0.5:
        L.add(STONE_HDR)
    else:
        L.add("QC-%s-%02d,,,,,,%s,LAB,%d,100,0,0,0,0,0,0,\"whewellite reference std lot W-2291\"" % (now().strftime("%m%d"), R.randint(1, 9), fd(BASE, "iso"), R.randint(20, 40)))
    out.append(L)
    return out


# ---------------------------------------------------------------- billing
BILL_HDR = "invoice_no,hospital_code,hospital_name,dos,case_no,patient,pt_acct,cpt,modifier,description,units,contract_rate,tech,truck"


def billing_phi():
    out = []
    k = kr()
    if k < 0.55:
        if R.random() < 0.3:
            L = Line("billing_csv"); L.add(BILL_HDR); out.append(L)
        for _ in range(R.randint(1, 3)):
            p = pt()
            h = HOSP_BY[p["hosp"]]
            truck = R.choice(TRUCKS)
            L = Line("billing_csv")
            L.add("INV-2403-%04d,%s,%s," % (R.randint(100, 400), h[0], h[1]), D(fd(p["dos"], "us")), ",", OI(p["case"]), ',"', N(nm(p, "LF")), '",',
                  P(p["har"], "account"), ",50590,%s,ESWL %s kidney,1,%d.00,%s,%s" % ("LT" if p["side"] == "L" else "RT", {"L": "left", "R": "right"}[p["side"]], R.choice([2250, 2450, 2650, 2800]), R.choice(TECHS)[2], truck[0]))
            out.append(L)
    else:
        # pipe export for hospitals that bill under arrangements, no header
        p = pt()
        L = Line("billing_pipe")
        plan = p["plan"]
        L.add("%s|" % p["hosp"], D(fd(p["dos"], "hl7")), "|", OI(p["case"]), "|", N(nm(p, "FL")), "|", D(fd(p["dob"], "iso")), "|",
              {"Medicare": "MCR", "Medicaid": "MCD", "BCBS": "BCBS", "UHC": "UHC", "Humana": "HUM"}[plan[0]], "|", P(plan[1], "health_plan"),
              "|50590|%s|1|%d.00|%s" % ("LT" if p["side"] == "L" else "RT", R.choice([2250, 2450, 2650, 2800]), R.choice(["N", "Y"])))
        out.append(L)
    return out


def billing_noise():
    L = Line("billing_csv")
    k = kr()
    if k < 0.35:
        L.add(BILL_HDR)
    elif k < 0.65:
        h = R.choice(HOSP)
        L.add("TOTAL %s,,,,,,,,,,%d,%d.00,," % (h[0], R.randint(3, 22), R.randint(8, 50) * 1000 + R.choice([0, 250, 450, 650])))
    else:
        L.add("# billing_export.rb v2.3.1 run=%s period=2024-02-01..2024-02-29 rows=%d sha256=%s" % (uuid4(), R.randint(40, 160), hexs(64)))
    return [L]


# ---------------------------------------------------------------- screening notes
def note_pre(L, who):
    t = now() - dt.timedelta(days=R.randint(1, 3))
    L.add("%s | %s | %s | " % (t.strftime("%Y-%m-%d %H:%M"), "%s. %s" % (who[0][0], who[1]), R.choice(["PHONE_SCREEN", "NOTE", "CALLBACK"])))


def screening_phi():
    p = pt()
    h = HOSP_BY[p["hosp"]]
    s = R.choice(SCHED)
    uro = R.choice(UROS)
    L = Line("screening_note")
    note_pre(L, s)
    k = min(12, int(kr() * 13))
    town = p["town"]
    if k == 0:
        L.add("Called pt ", N(nm(p, "fl")), " (DOB ", D(fd(p["dob"], R.choice(["usn", "us", "us2"]))), ") @ ", PH(fp(p["phone"], R.choice(["dash", "paren", "dot"]))),
              " re: ESWL ", D(fd(p["proc"], "usn")), " at %s. Confirmed NPO after midnight, hold %s 48h per Dr %s. " % (h[0], R.choice(["Eliquis", "Xarelto", "Plavix", "ASA 81"]), uro[1]),
              "%s " % p["rel"].capitalize(), N(rel_nm(p, False)), " will drive.")
    elif k == 1:
        L.add("spoke w/ ", N(nm(p, "low")), " - no anticoag, no pregnancy, wt %d lb (table limit 350). arrival 0630 on " % R.randint(130, 340), D(fd(p["proc"], "us2")),
              ". cb # ", PH(fp(p["phone"], "raw")))
    elif k in (2, 3):
        rel_es = RELS_ES[p["rel"]]
        L.add("Llamada con ", "la paciente " if p["sex"] == "F" else "el paciente ", N(nm(p, "fl")), ", fecha de nac. ", D(fd(p["dob"], R.choice(["eu", "es"]))),
              ", tel. ", PH(fp(p["phone"], R.choice(["paren", "dash"]))), ". Habla solo español; su %s " % rel_es, N(rel_nm(p)), " (tel ", PH(fp(p["rel_phone"], "dash")),
              ") va a traducir. Ayuno desde medianoche. Dirección: ", A(p["street"]), ", ", A(town[0]), " %s " % town[2], Z(town[3]), ".")
    elif k == 4:
        q = R.choice([x for x in PATIENTS if x["dev"]])
        dev = q["dev"]
        L.add("Pt ", N(nm(q, "lf")), " has %s - %s SN " % (dev[1], dev[0]), P(dev[2], "device"),
              ". Device clinic (%s) notified, rep to be present day of procedure " % R.choice(["Medtronic CareLink", "BSci LATITUDE", "Abbott Merlin", "vendor"]), D(fd(q["proc"], "us")), ".")
    elif k == 5:
        op = pt_old()
        age = P(R.choice(["%d y/o", "%d yo", "%d-year-old"]) % op["age"], "age")
        tail = R.choice([Q(" ", op["rel"].capitalize(), " ", N(rel_nm(op)), " is POA, fax POA copy to ", P(fp(op["rel_phone"][:6] + "55" + op["rel_phone"][8:], "paren"), "fax"), "."),
                         Q(" ", op["rel"].capitalize(), " ", N(rel_nm(op)), " at ", PH(fp(op["rel_phone"], "dot")), " handles scheduling."),
                         Q(" Hard of hearing, call ", op["rel"], " ", N(rel_nm(op)), " ", PH(fp(op["rel_phone"], "dash")), " instead.")])
        L.add("Pt ", N(nm(op, "lfm")), ", ", age, ", lives at ", A(op["street"]), ", ", A(op["town"][1]), ".", tail, " Needs wheelchair from parking.")
    elif k == 6:
        L.add("Insurance verified: ", {"Medicare": "Medicare", "Medicaid": "Medicaid", "BCBS": "BCBS", "UHC": "UHC", "Humana": "Humana"}[p["plan"][0]],
              R.choice([" ID ", " mbr# ", " member ID "]), P(p["plan"][1], "health_plan"), " for ", N(nm(p, "LF")), ", acct ", P(p["har"], "account"), ". No prior auth needed for 50590 at %s." % h[0])
    elif k == 7:
        L.add("Identity check: pt ", N(nm(p, "fml")), " read back DL# ", P(p["dl"], "license"), " and DOB ", D(fd(p["dob"], "ora")),
              ". Email on file ", EM(p["email"]), ".")
    elif k == 8:
        L.add("VM from pt's ", p["rel"], " ", N(rel_nm(p)), " ", PH(fp(p["rel_phone"], "raw")), ": pt ", N(nm(p, "f")),
              " had fever 101.4 last night; flag for Dr %s, may need UA/culture before " % uro[1], D(fd(p["proc"], "abbr")), ".")
    elif k == 9:
        L.add("Transcripción buzón de voz: \"Hola, habla ", N(nm(p, "fl")), ", mi número es ", PH(fp(p["phone"], "sp")),
              ", necesito cambiar la cita del ", D("%d de %s" % (p["proc"].day, MES[p["proc"].month - 1])), ", gracias\"")
    elif k == 10:
        L.add("Pt ", N(nm(p, "init")), " (", MR(p["mrn"]), ") wants results by mail, NOT to old address. New: ", A(p["street"]), ", ", A(town[0]), ", %s " % town[2], Z(town[3]),
              ". Updated in Epic by %s pre-reg." % h[0])
    elif k == 11:
        L.add("Caregiver ", N(rel_nm(p)), " (", p["rel"], ") asked us to fax pre-op instructions to work fax ", P(fp(p["rel_phone"][:3] + fict_line(), "dash"), "fax"),
              " for pt ", N(nm(p, "fl")), " (", OI(p["case"]), ").")
    else:
        L.add("Portal login issue: pt ", N(nm(p, "f")), " username ", OI(p["user"]), " locked out; reset link sent to ", EM(p["email"]),
              ". Personal pre-reg link: ", P("https://prereg.heartlandlitho.net/p/" + p["token"], "url"))
    return [L]


def screening_noise():
    s = R.choice(SCHED)
    L = Line("screening_note")
    note_pre(L, s)
    L.add(R.choice([
        "Left VM x2, no callback. Will retry after 2pm.",
        "Screening script v4.3 live: added GLP-1 agonist hold question (semaglutide/tirzepatide 7 days).",
        "KVH pre-op desk moved to ext 2214; use main line %s." % fp(HOSP_BY["KVH"][3], "dash"),
        "Interpreter line (LanguageLine) acct HML-7731, Spanish queue avg wait 40s today.",
        "No answer, mailbox full. Sent SMS template PREOP_REMINDER_ES.",
        "Truck %s down for coupling repair, all %s cases Thu moved to Fri per ops." % (R.choice(TRUCKS)[0], R.choice(HOSP)[0]),
        "Reminder: fax H&P requests to %s (SPMC surgery scheduling), not the ER fax." % fp(HOSP_BY["SPMC"][4], "paren"),
        "Se dejó mensaje de voz, sin respuesta. Reintentar mañana 9am.",
    ]))
    return [L]


# ---------------------------------------------------------------- urine culture
ORGS = [("Escherichia coli", ">100,000"), ("Klebsiella pneumoniae", "50,000-100,000"), ("Enterococcus faecalis", ">100,000"),
        ("Proteus mirabilis", ">100,000"), ("Mixed urogenital flora", "<10,000"), ("No growth", "0")]


def uc_phi():
    p = pt()
    org, cfu = R.choice(ORGS)
    uro = R.choice(UROS)
    L = Line("urine_culture")
    if R.random() < .55:
        coll = dt.datetime.combine(BASE - dt.timedelta(days=R.randint(1, 6)), dt.time(R.randint(7, 15), R.choice([0, 15, 30, 40])))
        obj = {"resultId": "UC-%d" % R.randint(80000, 99999), "status": "FINAL",
               "patient": {"name": N(nm(p, "LF")), "dob": D(fd(p["dob"], "us")), "mrn": MR(p["mrn"]), "sex": p["sex"]},
               "orderingProvider": {"npi": uro[2], "name": "%s, %s MD" % (uro[1], uro[0])},
               "collectedAt": D(coll.strftime("%Y-%m-%dT%H:%M:00-05:00")), "organism": org, "colonyCount": cfu + " CFU/mL",
               "susceptibility": {"nitrofurantoin": R.choice("SIR"), "ciprofloxacin": R.choice("SR"), "ceftriaxone": R.choice("SSR"), "tmp_smx": R.choice("SR")} if cfu.startswith(">") else {},
               "lab": "Quest Ref Lab - Little Rock"}
        L.add(jp(obj, sp=R.random() < .5))
    else:
        L.add("%s UC_RESULT mrn=" % iso_z(), MR(p["mrn"]), " case=", OI(p["case"]), ' organism="%s" count="%s CFU/mL" ' % (org, cfu), "collected=", D(fd(BASE - dt.timedelta(days=R.randint(1, 5)), "us")),
              " flag=%s" % ("HOLD_CASE" if cfu.startswith(">") else "OK"))
    return [L]


def uc_noise():
    L = Line("urine_culture")
    L.add(R.choice([
        "%s UC_POLL lab=QuestRef new=0 pending=%d latency_ms=%d" % (iso_z(), R.randint(0, 12), R.randint(80, 900)),
        "%s UC_POLL lab=QuestRef new=%d pending=%d latency_ms=%d" % (iso_z(), R.randint(1, 4), R.randint(0, 12), R.randint(80, 900)),
        "%s UC_WARN interface cert expires in %d days (CN=results-api.questref.example, serial=%s)" % (iso_z(), R.randint(5, 40), hexs(16).upper()),
        "%s UC_RULE hold_if cfu>=100000 AND organism!=\"Mixed urogenital flora\" version=3" % iso_z()]))
    return [L]


# ---------------------------------------------------------------- orthanc
def orth_pre(L, lvl="I", cat="MAIN", src=None):
    t = now()
    L.add("%s%s %s.%06d %s %s] " % (lvl, t.strftime("%m%d"), t.strftime("%H:%M:%S"), t.microsecond, cat, src or R.choice(["OrthancRestApi.cpp:%d" % R.randint(100, 400)])))


def orthanc_uuid():
    return "-".join(hexs(8) for _ in range(5))


def orthanc_noise():
    L = Line("orthanc")
    k = kr()
    h = R.choice(HOSP)
    if k < 0.3:
        orth_pre(L, "I", "HTTP", "HttpServer.cpp:%d" % R.randint(1200, 1300))
        L.add("(http) %s %s" % (R.choice(["POST", "GET"]), R.choice(["/instances", "/changes?since=%d&limit=100" % R.randint(10000, 99999), "/system", "/jobs/%s" % uuid4()])))
    elif k < 0.55:
        orth_pre(L, "I", "MAIN", "ServerContext.cpp:%d" % R.randint(550, 650))
        L.add("New instance stored (%s)" % orthanc_uuid())
    elif k < 0.75:
        orth_pre(L, "I", "JOBS", "JobsEngine.cpp:%d" % R.randint(80, 200))
        L.add('Job has completed with success: %s (DicomModalityStore to "%s", %d instances)' % (uuid4(), h[6], R.randint(4, 80)))
    elif k < 0.9:
        orth_pre(L, "E", "DICOM", "DicomAssociation.cpp:%d" % R.randint(500, 700))
        L.add("Association Rejected: Permanent, Service User, Called AE Title Not Recognized (from %s:104, called AET %s)" % ("10.%d.%d.%d" % (R.randint(30, 60), R.randint(0, 9), R.randint(2, 200)), h[6]))
    else:
        orth_pre(L, "W", "MAIN", "main.cpp:%d" % R.randint(1900, 2100))
        L.add("Orthanc version: 1.12.3, storage area: /var/lib/orthanc/db-v6, HTTP port 8042, DICOM AET HML_%s port 4242" % R.choice(TRUCKS)[0].replace("-", ""))
    return [L]


def orthanc_phi():
    p = pt()
    h = HOSP_BY[p["hosp"]]
    L = Line("orthanc")
    k = kr()
    if k < 0.5:
        orth_pre(L, "W", "LUA", "LuaScripting.cpp:%d" % R.randint(230, 260))
        L.add("Lua says: routing study ", OI(p["acc"]), " for ", N(nm(p, "hl7b")), " (", MR(p["mrn"]), ") to %s" % h[6])
        return [L]
    if k < 0.75:
        obj = {"ID": orthanc_uuid(), "IsStable": True, "LastUpdate": utc().strftime("%Y%m%dT%H%M%S"),
               "MainDicomTags": {"PatientBirthDate": D(fd(p["dob"], "hl7")), "PatientID": MR(p["mrn"]), "PatientName": N(nm(p, "hl7")), "PatientSex": p["sex"]},
               "Studies": [orthanc_uuid()], "Type": "Patient"}
        L.add(jp(obj, sp=True))
        return [L]
    orth_pre(L, "E", "DICOM", "StoreScu.cpp:%d" % R.randint(100, 200))
    L.add("C-STORE to %s failed for instance of patient ID " % h[6], MR(p["mrn"]), ", accession ", OI(p["acc"]), ": 0xa700 Out of resources")
    return [L]


# ---------------------------------------------------------------- android logcat
AND_PID = [4812]


def lc(L, lvl, tag):
    ms_tick()
    t = now()
    L.add("%s.%03d %5d %5d %s %s: " % (t.strftime("%m-%d %H:%M:%S"), t.microsecond // 1000, AND_PID[0], AND_PID[0] + R.randint(10, 90), lvl, tag))


def android_noise():
    out = []
    k = kr()
    if k < 0.25:
        L = Line("android"); lc(L, "I", "CaseSyncWorker"); L.add("sync started, pending=%d network=%s" % (R.randint(0, 6), R.choice(["LTE", "WIFI(HospitalGuest)", "NONE"]))); out.append(L)
    elif k < 0.45:
        L = Line("android"); lc(L, "D", "OkHttp"); L.add("<-- 200 https://api.heartlandlitho.net/v2/trucks/%s/schedule (%dms, %d-byte body)" % (R.choice(TRUCKS)[0], R.randint(80, 2400), R.randint(300, 9000))); out.append(L)
    elif k < 0.52:
        exc = R.choice([("kotlin.UninitializedPropertyAccessException: lateinit property binding has not been initialized", "ui.consent.ConsentFragment.onSave(ConsentFragment.kt:%d)"),
                        ("java.lang.IllegalStateException: Fragment DoseEntryFragment{8c1f2e3} not attached to a context.", "ui.dose.DoseEntryFragment.renderDap(DoseEntryFragment.kt:%d)"),
                        ("android.database.sqlite.SQLiteConstraintException: UNIQUE constraint failed: shock_block.session_id, shock_block.seq (code 2067 SQLITE_CONSTRAINT_UNIQUE)", "data.local.ShockBlockDao_Impl.insert(ShockBlockDao_Impl.java:%d)")])
        L = Line("android"); lc(L, "E", "AndroidRuntime"); L.add("FATAL EXCEPTION: main"); out.append(L)
        L = Line("android"); lc(L, "E", "AndroidRuntime"); L.add("Process: net.heartlandlitho.truck, PID: %d" % AND_PID[0]); out.append(L)
        L = Line("android"); lc(L, "E", "AndroidRuntime"); L.add(exc[0]); out.append(L)
        L = Line("android"); lc(L, "E", "AndroidRuntime"); L.add("\tat net.heartlandlitho.truck." + exc[1] % R.randint(60, 300)); out.append(L)
        AND_PID[0] += R.randint(3, 60)
    elif k < 0.6:
        L = Line("android"); lc(L, "I", "Choreographer"); L.add("Skipped %d frames!  The application may be doing too much work on its main thread." % R.randint(31, 140)); out.append(L)
    elif k < 0.75:
        L = Line("android"); lc(L, "W", "WM-WorkerWrapper"); L.add("Work [ id=%s, tags={ net.heartlandlitho.truck.sync.DoseUploadWorker } ] was cancelled" % uuid4()); out.append(L)
    elif k < 0.88:
        L = Line("android"); lc(L, "I", "DeviceInfo")
        L.add("model=SM-X700 serial=R52W%s imei=35%s build=%s app=3.8.%d (%d)" % (alnum(7), digits(13), "TP1A.220624.014", R.randint(0, 9), R.randint(380, 420))); out.append(L)
    else:
        L = Line("android"); lc(L, "D", "BluetoothGatt"); L.add("onClientConnectionState() - status=0 clientIf=%d device=%s" % (R.randint(5, 12), ":".join(hexs(2).upper() for _ in range(6)))); out.append(L)
    return out


def jpeg_b64():
    head = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c1912130f141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432")
    body = bytes(R.randint(0, 255) for _ in range(R.randint(90, 160)))
    return base64.b64encode(head + body).decode()


def android_phi():
    out = []
    p = pt()
    k = kr()
    if k < 0.3:
        L = Line("android"); lc(L, "I", "PatientCheckIn")
        L.add("wristband scan ok mrn=", MR(p["mrn"]), " name=", N(nm(p, "lf")), " dob=", D(fd(p["dob"], "us")), " case=", OI(p["case"]))
        out.append(L)
    elif k < 0.5:
        L = Line("android"); lc(L, "D", "OkHttp"); L.add("--> POST https://api.heartlandlitho.net/v2/cases/%d/vitals" % R.randint(5000, 5600)); out.append(L)
        L = Line("android"); lc(L, "D", "OkHttp")
        L.add(jp({"caseNumber": OI(p["case"]), "bp": "%d/%d" % (R.randint(110, 170), R.randint(60, 95)), "hr": R.randint(55, 100), "spo2": R.randint(92, 100),
                  "painScore": R.randint(0, 8), "recordedBy": R.choice(TECHS)[2], "recordedAt": iso_z()}))
        out.append(L)
        L = Line("android"); lc(L, "D", "OkHttp"); L.add("--> END POST (%d-byte body)" % R.randint(140, 220)); out.append(L)
    elif k < 0.62:
        L = Line("android"); lc(L, "D", "IdScan")
        town = p["town"]
        L.add("PDF417 parsed: DAQ=", P(p["dl"], "license"), " DCS=", N(ascii_fold(p["last"]).upper()), " DAC=", N(ascii_fold(p["first"]).upper()), " DBB=", D(fd(p["dob"], "hl7")[4:] + fd(p["dob"], "hl7")[:4]),
              " DAG=", A(p["street"].upper()), " DAI=", A(town[0].upper()), " DAJ=%s DAK=" % town[2], Z(town[3] + "0000"))
        out.append(L)
    elif k < 0.87:
        L = Line("android"); lc(L, "V", "PhotoCapture")
        L.add('uploading id photo case=', OI(p["case"]), ' payload={"mime":"image/jpeg","photoB64":"', P(jpeg_b64(), "photo"), '"}')
        out.append(L)
    else:
        L = Line("android"); lc(L, "W", "ConsentViewModel")
        L.add("signature missing for ", N(nm(p, "fl")), " (", D(fd(now().date(), "iso")), "), blocking timeout checklist")
        out.append(L)
    return out


# ---------------------------------------------------------------- cloudwatch / lambda
LAMBDAS = ["hml-hl7-ingest", "hml-dose-report-parser", "hml-telematics-webhook", "hml-orthanc-router", "hml-billing-export"]


def lambda_report(rid):
    L = Line("cloudwatch")
    init = "Init Duration: %.2f ms\t" % R.uniform(180, 900) if R.random() < .3 else ""
    dur = R.uniform(3, 3000)
    L.add("REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: %d MB\tMax Memory Used: %d MB\t%s" % (
        rid, dur, int(dur) + 1, R.choice([128, 256, 512, 1024]), R.randint(60, 300), init))
    return L


def cw_noise():
    out = []
    rid = uuid4()
    k = kr()
    if k < 0.5:
        L = Line("cloudwatch"); L.add("START RequestId: %s Version: $LATEST" % rid); out.append(L)
        L = Line("cloudwatch"); L.add("%s\t%s\tINFO\tprocessed %d records from %s, %d skipped" % (iso_z(), rid, R.randint(1, 200), R.choice(["s3://hml-dose-reports/incoming/", "kinesis:hml-telematics", "sqs:hml-hl7-inbound"]), R.randint(0, 4))); out.append(L)
        L = Line("cloudwatch"); L.add("END RequestId: %s" % rid); out.append(L)
        out.append(lambda_report(rid))
    elif k < 0.75:
        L = Line("cloudwatch_json")
        L.add(jp({"timestamp": int(utc().timestamp() * 1000), "message": "[INFO]\t%s\t%s\tretrying PutObject (attempt %d)" % (iso_z(), rid, R.randint(2, 4)),
                  "logStreamName": "2024/03/11/[$LATEST]%s" % hexs(32), "logGroupName": "/aws/lambda/%s" % R.choice(LAMBDAS), "ingestionTime": int(utc().timestamp() * 1000) + R.randint(100, 2000)}))
        out.append(L)
    else:
        L = Line("cloudwatch"); L.add("INIT_START Runtime Version: python:3.12.v%d\tRuntime Version ARN: arn:aws:lambda:us-east-2::runtime:%s" % (R.randint(20, 40), hexs(64))); out.append(L)
        L = Line("cloudwatch")
        L.add("%s\t%s\tERROR\tTask timed out after 30.03 seconds; X-Amzn-Trace-Id: Root=1-%s-%s;Parent=%s;Sampled=0" % (iso_z(), rid, hexs(8), hexs(24), hexs(16)))
        out.append(L)
    return out


def cw_phi():
    out = []
    p = pt()
    rid = uuid4()
    k = kr()
    if k < 0.4:
        L = Line("cloudwatch"); L.add("START RequestId: %s Version: $LATEST" % rid); out.append(L)
        L = Line("cloudwatch")
        L.add("[INFO]\t%s\t%s\tParsed ORU^R01 specimen=" % (iso_z(), rid), OI(p["spec"]), " patient=", N(nm(p, "hl7")), " dob=", D(fd(p["dob"], "hl7")), " -> case ", OI(p["case"]))
        out.append(L)
        L = Line("cloudwatch"); L.add("END RequestId: %s" % rid); out.append(L)
        out.append(lambda_report(rid))
    elif k < 0.7:
        inner = {"level": "WARN", "fn": "hml-dose-report-parser", "msg": "DAP above reference level",
                 "patientId": MR(p["mrn"]), "patientName": N(nm(p, "hl7b")), "studyDate": D(fd(p["dos"], "hl7")), "patientAge": age_piece(p, "%03dY"), "dap_gycm2": round(R.uniform(9, 20), 2),
                 "accession": OI(p["acc"])}
        L = Line("cloudwatch_json")
        L.add(jp({"timestamp": int(utc().timestamp() * 1000), "message": Q(*jp(inner)), "logStreamName": "2024/03/11/[$LATEST]%s" % hexs(32),
                  "ingestionTime": int(utc().timestamp() * 1000) + R.randint(100, 2000)}))
        out.append(L)
    elif k < 0.85:
        ip = "%d.%d.%d.%d" % (R.choice([47, 68, 71, 99, 172, 184, 204]), R.randint(1, 254), R.randint(1, 254), R.randint(1, 254))
        L = Line("apigw_access")
        L.add(jp({"requestId": hexs(8) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(12), "ip": P(ip, "ip"), "requestTime": now().strftime("%d/%b/%Y:%H:%M:%S -0500"),
                  "httpMethod": R.choice(["GET", "POST"]), "routeKey": "ANY /p/{token}", "path": Q("/p/", OI(p["token"])), "status": R.choice(["200", "200", "302", "404"]),
                  "protocol": "HTTP/1.1", "responseLength": str(R.randint(200, 40000)), "userAgent": R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X)", "Mozilla/5.0 (Linux; Android 13; SM-A146U)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"])}))
        out.append(L)
    else:
        L = Line("cloudwatch")
        num = luhn_card()
        L.add("%s\t%s\tERROR\tStripe card_declined for self-pay deposit, guarantor=" % (iso_z(), rid), N(rel_nm(p)), " card=", P(num, "account"), " exp=%02d/%02d zip=" % (R.randint(1, 12), R.randint(25, 30)), Z(p["town"][3]))
        out.append(L)
    return out


def luhn_card():
    base = "4" + digits(14)
    s = 0
    for i, ch in enumerate(reversed(base)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return base + str((10 - s % 10) % 10)


# ---------------------------------------------------------------- assembly
PHI_GENS = [(rails_phi, 8), (sidekiq_phi, 4), (pg_phi, 4), (litho_phi, 5), (dicom_phi, 1.1), (dicom_sr_phi, 1.0),
            (samsara_phi, 4), (hl7_phi, 2.5), (stone_phi, 3), (billing_phi, 5), (screening_phi, 13),
            (uc_phi, 5), (orthanc_phi, 6), (android_phi, 7), (cw_phi, 5)]
NOISE_GENS = [(rails_noise, 9), (sidekiq_noise, 7), (pg_noise, 5), (litho_noise, 8), (dicom_noise, 2),
              (samsara_noise, 10), (hl7_noise, 3), (stone_noise, 2), (billing_noise, 3), (screening_noise, 4),
              (uc_noise, 4), (orthanc_noise, 8), (android_noise, 8), (cw_noise, 8)]


def wchoice(gens):
    tot = sum(w for _, w in gens)
    x = R.uniform(0, tot)
    for g, w in gens:
        x -= w
        if x <= 0:
            return g
    return gens[-1][0]


def main():
    lines = []
    phi_lines = 0
    target = 500
    forced = [(android_phi, 0.8), (rails_phi, 0.4), (screening_phi, 0.89), (samsara_phi, 0.9), (cw_phi, 0.8),
              (screening_phi, 0.42), (android_phi, 0.55), (rails_phi, 0.4), (screening_phi, 0.89), (android_phi, 0.8),
              (samsara_phi, 0.9), (screening_phi, 0.42), (cw_phi, 0.8), (rails_phi, 0.4)]
    slots = [20 + i * 33 for i in range(len(forced))]
    while len(lines) < target:
        tick(2, 75)
        frac = phi_lines / len(lines) if lines else 0
        if slots and len(lines) >= slots[0]:
            slots.pop(0)
            gen, FORCE[0] = forced.pop(0)
        else:
            gen = wchoice(PHI_GENS if frac < 0.45 else NOISE_GENS)
        block = gen()
        if len(lines) + len(block) > target:
            continue
        lines.extend(block)
        phi_lines += sum(1 for L in block if L.spans)
    log_out, lab_out = [], []
    for i, L in enumerate(lines, 1):
        text = L.text()
        assert text and "\n" not in text and "\r" not in text
        b = text.encode("utf-8")
        spans = sorted(L.spans)
        last = -1
        for s, e, cat, v in spans:
            assert b[s:e].decode("utf-8") == v, (i, s, e, v)
            assert s >= last, (i, spans)
            assert v.strip() == v and v
            last = e
        log_out.append(text)
        lab_out.append(json.dumps({"line": i, "family": L.fam, "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(log_out))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lab_out) + "\n")


if __name__ == "__main__":
    main()
