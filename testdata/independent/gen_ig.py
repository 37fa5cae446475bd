#!/usr/bin/env python3
"""gen_ig.py - synthetic, labeled log corpus for a PHI detector.

Theme: one operating day (Mon 2024-11-18, US/Pacific) at a fictitious radiation
oncology and proton therapy center ("Cascadia Proton Center", CPC): ARIA-like and
MOSAIQ-like oncology information system logs, HL7 v2 SIU/ADT feeds through a Mirth
engine, DICOM RT (RT Ion Plan, RT Struct, RT Dose, RT Record) dcmdump tag dumps and
DICOM network transfer logs, linac treatment delivery logs, cyclotron / energy
selection / gantry / robotic couch controller syslog, IGRT registration and
ExacTrac records, surface guidance (SGRT) camera logs, physics QA jobs and
patient-specific QA CSV exports, fraction scheduling exports and FHIR appointments,
therapist journal notes and chat, X12 270 eligibility, check-in kiosk (palm vein,
photo, parking), patient payment, CIED (pacemaker) checks and infrastructure noise
(nginx, klog, postgres, systemd, Windows events).

All people, identifiers and addresses are synthetic. Standard library only,
deterministic (fixed seed). Writes ig.log and ig.labels.jsonl next to this script.

Labeling decisions:
- Patients, their relatives, guardians, guarantors, insured subscribers and
  emergency contacts are labeled. Clinicians, therapists, physicists, dosimetrists,
  operators, IT staff, vendors, payers, the center and its departments are never
  labeled (names, usernames, phones, pagers, e-mails, NPIs, fax numbers).
- A person's full name written in any form ("Last, First", "LAST^FIRST^MIDDLE",
  "F. Last", lower case, given name alone when it clearly refers to the patient or
  relative) is one `name` span; titles (Mr./Mrs.) and relationship words stay outside.
- Hospital medical record numbers (ARIA PatientId, MOSAIQ IDA, DICOM PatientID,
  HL7 PID-3 MR, "MRN", patient_id in machine logs and file paths) -> mrn.
  Internal database keys of a patient (ARIA PatientSer, MOSAIQ Pat_ID1), HL7 visit /
  encounter numbers (PV1-19), DICOM AccessionNumber and patient portal usernames
  -> other_id.
- DICOM UIDs, treatment session IDs, schedule/appointment IDs (Sch_Id), plan and
  course labels, trace/span IDs, order numbers, job IDs are NOT labeled: they name
  objects or events, not a person.
- Dates tied to a patient are labeled `date`: birth, appointment / fraction
  (scheduled or delivered), CT simulation, admission, IGRT image date, all DA
  elements of a patient's DICOM object, eligibility service dates. When a date is
  written with its time (e.g. 2024-11-19T08:15:00-08:00, 20241119081500) the whole
  date-time value is one span; a time alone is not labeled. Line timestamps of the
  logs themselves, calibration / QA measurement dates, certificate expiries and
  build dates are not labeled.
- Ages are labeled only when over 89 (including DICOM AS values like 092Y); younger
  ages are left unlabeled.
- Street lines, city, county are `address` (separate spans); ZIP codes are `zip`;
  the state is not labeled.
- Payer member IDs, Medicare MBIs and Medicaid IDs -> health_plan; payer group
  numbers are not labeled (they identify an employer group).
- Patient account / billing account numbers and full card numbers -> account;
  masked card numbers (last four only) are not labeled.
- Serial numbers / UDIs of a patient's implanted device (pacemaker, ICD) -> device;
  serials of linacs, gantries, cameras, dosimeters and workstations are not labeled.
- Palm-vein templates from the check-in kiosk -> biometric; base64 JPEG patient
  photos -> photo.
- Public IP addresses of patients using the patient portal -> ip; internal 10.x
  addresses of servers and consoles are not labeled.
- Personal web pages of a patient (fundraiser / CaringBridge pages) -> url.
- A surname alone is a `name` span when it stands for the patient (file-path
  fragments such as 105918530_DE_LA_FONTAINE, "Mr. Chen", X12 NM1 last/first are
  separate spans); apartment / unit lines are `address`.
- Licence plates and VINs of a patient's or relative's car (parking validation,
  travel reimbursement) -> vehicle; driver's licence numbers (kiosk ID scan,
  HL7 PID-20) -> license.
"""
import base64
import datetime as dt
import json
import os
import unicodedata
import random

SEED = 20241294
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "ig"
N_LINES = 500

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}


# ----------------------------------------------------------------------------
# line builder with byte offsets
# ----------------------------------------------------------------------------
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
        assert cat in CATS, cat
        st = self.n
        self.t(s)
        self.spans.append({"s": st, "e": self.n, "cat": cat, "v": s})
        return self

    def o(self, s, cat, flag):
        """append s, labeled with cat only when flag is true"""
        return self.p(s, cat) if flag else self.t(s)

    def text(self):
        return "".join(self.buf)


def parts(L, items):
    """items: str or (str, cat) tuples"""
    for it in items:
        if isinstance(it, tuple):
            L.p(*it)
        else:
            L.t(it)
    return L


def seg(L, name, fields, sep="|", term=""):
    L.t(name)
    for f in fields:
        L.t(sep)
        if isinstance(f, str):
            L.t(f)
        else:
            parts(L, f)
    L.t(term)
    return L


# ----------------------------------------------------------------------------
# clock
# ----------------------------------------------------------------------------
class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 11, 18, 5, 38, 11, 204000)

    def tick(self, lo=20, hi=150):
        self.t += dt.timedelta(seconds=rng.randint(lo, hi), milliseconds=rng.randint(0, 999))

    def small(self):
        self.t += dt.timedelta(milliseconds=rng.randint(3, 900))

    def ms(self):
        return "%03d" % (self.t.microsecond // 1000)

    def log4net(self):
        return self.t.strftime("%Y-%m-%d %H:%M:%S,") + self.ms()

    def dotms(self):
        return self.t.strftime("%Y-%m-%d %H:%M:%S.") + self.ms()

    def isoz(self):
        u = self.t + dt.timedelta(hours=8)
        return u.strftime("%Y-%m-%dT%H:%M:%S.") + self.ms() + "Z"

    def isolocal(self):
        return self.t.strftime("%Y-%m-%dT%H:%M:%S.") + self.ms() + "-08:00"

    def syslog(self):
        return self.t.strftime("%b %d %H:%M:%S")

    def clf(self):
        return self.t.strftime("%d/%b/%Y:%H:%M:%S -0800")

    def hl7(self):
        return self.t.strftime("%Y%m%d%H%M%S")

    def us(self):
        return self.t.strftime("%m/%d/%Y %H:%M:%S.") + self.ms()

    def win(self):
        h = self.t.hour % 12 or 12
        return "%d/%d/%d %d:%02d:%02d %s" % (self.t.month, self.t.day, self.t.year, h,
                                             self.t.minute, self.t.second,
                                             "AM" if self.t.hour < 12 else "PM")

    def klog(self):
        return "I" + self.t.strftime("%m%d %H:%M:%S.") + "%06d" % self.t.microsecond

    def hms(self):
        return self.t.strftime("%H:%M:%S")


C = Clock()
TODAY = dt.date(2024, 11, 18)

# ----------------------------------------------------------------------------
# small generators
# ----------------------------------------------------------------------------
pick = rng.choice


def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def hexs(n):
    return "".join(pick("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], pick("89ab"), h[17:20], h[20:32])


def uid(root):
    return "%s.%d.%d.%s" % (root, rng.randint(1, 9), rng.randint(100, 99999), digits(rng.randint(12, 20)).lstrip("0") or "1")


UID_ROOTS = ["1.2.246.352.71", "1.2.752.243.1.1", "1.2.840.113619.2.55", "1.3.6.1.4.1.30071.8",
             "1.2.826.0.1.3680043.8.498"]


def fold(s):
    s = s.replace("ı", "i").replace("ø", "o").replace("Ø", "O").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def luhn(prefix, length):
    ds = [int(c) for c in prefix]
    while len(ds) < length - 1:
        ds.append(rng.randint(0, 9))
    s = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return "".join(map(str, ds)) + str((10 - s % 10) % 10)


VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    s = list(pick(["1HG", "JTD", "5YJ", "1FT", "WBA", "KMH", "3VW", "4S4", "2T1"]))
    s += [pick(VIN_A) for _ in range(5)]
    s += ["0"]
    s += [pick("FGHJKLMNP"), pick("ABCDEFGHJKLMN")]
    s += list(digits(6))
    tot = sum((int(c) if c.isdigit() else VIN_T[c]) * w for c, w in zip(s, VIN_W))
    r = tot % 11
    s[8] = "X" if r == 10 else str(r)
    return "".join(s)


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    a = lambda: pick(MBI_L)
    an = lambda: pick(MBI_L + "0123456789")
    d = lambda: pick("0123456789")
    s = pick("123456789") + a() + an() + d() + a() + an() + d() + a() + a() + d() + d()
    return s if rng.random() < 0.6 else "%s-%s-%s" % (s[:4], s[4:7], s[7:])


def ssn():
    area = rng.choice([rng.randint(100, 665), rng.randint(667, 899)])
    return "%03d-%02d-%04d" % (area, rng.randint(1, 99), rng.randint(1, 9999))


AREAS = ["503", "971", "541", "360", "208", "509", "458"]


def phone_parts():
    return pick(AREAS), "%03d" % rng.randint(201, 989), "%04d" % rng.randint(0, 9999)


def fmt_phone(pp, style=None):
    a, b, c = pp
    style = style if style is not None else rng.randint(0, 5)
    return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}{b}{c}", f"+1 {a} {b} {c}", f"{a}.{b}.{c}",
            f"+1-{a}-{b}-{c}"][style]


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONL = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"]


def fd(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us1":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    if style == "dmy":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)
    if style == "long":
        return "%s %d, %d" % (MONL[d.month - 1], d.day, d.year)
    if style == "abbr":
        return "%s %d %d" % (MON[d.month - 1], d.day, d.year)
    if style == "usdash":
        return d.strftime("%m-%d-%Y")
    if style == "usshort":
        return d.strftime("%m/%d/%y")
    raise ValueError(style)


DSTYLES = ["iso", "us", "us1", "hl7", "eu", "dmy", "long", "abbr", "usdash", "usshort"]


# ----------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------
PEOPLE = [
    ("Ngozi", "Adaeze", "Okonkwo-Eze", "F", ""), ("Thị Lan", "", "Nguyễn", "F", ""),
    ("María José", "", "García-López", "F", ""), ("Jean-Luc", "", "de la Fontaine", "M", ""),
    ("Siobhán", "", "O'Sullivan", "F", ""), ("Kwame", "Kofi", "Mensah", "M", ""),
    ("Priya", "", "Venkataraman", "F", ""), ("Wojciech", "", "Kowalczyk", "M", ""),
    ("Hiroshi", "", "Takahashi", "M", ""), ("Fatima", "Noor", "Al-Zahrani", "F", ""),
    ("Pieter", "", "van der Berg", "M", ""), ("Wei-Ling", "", "Chen", "F", ""),
    ("Björn", "", "Åkesson", "M", ""), ("Giulia", "", "Dell'Acqua", "F", ""),
    ("Eleanor", "Rose", "McAllister", "F", ""), ("José Luis", "", "Ortiz y Pérez", "M", ""),
    ("Mehmet", "", "Yılmaz", "M", ""), ("Anastasia", "", "Kuznetsova", "F", ""),
    ("Kalani", "", "Kahananui", "M", ""), ("Ravi Shankar", "", "Iyer", "M", ""),
    ("Sophie", "", "Lefèvre", "F", ""), ("Thomas", "James", "O'Brien", "M", "Jr"),
    ("Mary-Kate", "", "Donnelly", "F", ""), ("Ahmad", "", "Rahimi", "M", ""),
    ("Zofia", "", "Nowak", "F", ""), ("Esperanza", "", "Quispe Mamani", "F", ""),
    ("Abebe", "", "Tesfaye", "M", ""), ("Min-jun", "", "Kim", "M", ""),
    ("Paulo", "", "dos Santos", "M", ""), ("Aiyana", "", "Redcloud", "F", ""),
    ("Henrik", "", "Østergaard", "M", ""), ("Olusegun", "", "Adeyemi", "M", ""),
    ("Bernadette", "Ann", "Fitzgerald-Hayes", "F", ""), ("Yusuf", "", "Demir", "M", ""),
    ("Liam", "", "Ó Briain", "M", ""), ("Noa", "", "Ben-David", "F", ""),
]
OLD = {"Åkesson", "Fitzgerald-Hayes", "Dell'Acqua", "O'Brien", "Kuznetsova"}
PEDS = {"Ó Briain": 2015, "Ben-David": 2012, "Kim": 2010}

REL_GIVEN = [("Emeka", "M"), ("Francesca", "F"), ("Aoife", "F"), ("Lars", "M"), ("Rosa", "F"), ("Tomasz", "M"),
             ("Keiko", "F"), ("Samir", "M"), ("Ingrid", "F"), ("Marcus", "M"), ("Ana Lucía", "F"), ("Deborah", "F"),
             ("Kofi", "M"), ("Yael", "F"), ("Seo-yeon", "F"), ("Declan", "M"), ("Olga", "F"), ("Hamid", "M"),
             ("Lucía", "F"), ("Pita", "M"), ("Grace", "F"), ("Nikolai", "M"), ("Mei", "F"), ("Ifeoma", "F")]
REL_FAMILY = ["Whitaker", "Okafor", "Lindqvist", "Moreau", "Haddadi", "Sato", "Brennan", "Castillo"]
RELS = {"M": ["husband", "son", "brother", "partner", "nephew", "son"],
        "F": ["wife", "daughter", "sister", "partner", "niece", "daughter"]}

CITIES = [("Portland", "OR", "972", "Multnomah"), ("Beaverton", "OR", "970", "Washington"),
          ("Gresham", "OR", "970", "Multnomah"), ("Salem", "OR", "973", "Marion"),
          ("Eugene", "OR", "974", "Lane"), ("Bend", "OR", "977", "Deschutes"),
          ("Medford", "OR", "975", "Jackson"), ("Vancouver", "WA", "986", "Clark"),
          ("Camas", "WA", "986", "Clark"), ("Longview", "WA", "986", "Cowlitz"),
          ("Hood River", "OR", "970", "Hood River"), ("Astoria", "OR", "971", "Clatsop"),
          ("Boise", "ID", "837", "Ada"), ("Coeur d'Alene", "ID", "838", "Kootenai"),
          ("Yakima", "WA", "989", "Yakima"), ("Tillamook", "OR", "971", "Tillamook"),
          ("Klamath Falls", "OR", "976", "Klamath"), ("Lake Oswego", "OR", "970", "Clackamas")]
STREETS = ["NE Alberta St", "SE Hawthorne Blvd", "SW Capitol Hwy", "N Lombard St", "Rosewood Ln",
           "Old Mill Rd", "NW 23rd Ave", "Cedar Hills Blvd", "Willamette Dr", "Orchard View Ct",
           "Pacific Ave", "Main St", "Kalama River Rd", "E Burnside St", "Mt Hood Hwy",
           "Camino del Sol", "Larkspur Loop", "SE 122nd Ave", "Riverside Dr", "Aspen Way"]
PLANS = [("Regence BlueCross BlueShield of Oregon", "REGBC", lambda: pick(["XEH", "ZGP", "YLR"]) + digits(9)),
         ("Aetna", "AETNA", lambda: "W" + digits(9)),
         ("Kaiser Permanente NW", "KPNW", lambda: digits(8)),
         ("UnitedHealthcare", "UHC", lambda: digits(9) + "0" + digits(1)),
         ("Moda Health", "MODA", lambda: "M" + digits(8) + "01"),
         ("Medicare Part B", "MCR", mbi),
         ("Oregon Health Plan", "OHP", lambda: pick("ABCDEFGHJK") + pick("ABCDEFGHJK") + digits(5) + pick("ABCDEFGHJK")),
         ("Providence Health Plan", "PHP", lambda: "PH" + digits(9))]
SITES = [("R_PROS_IMPT", "Prostate"), ("HN_IMPT_v2", "Oropharynx"), ("L_BRST_PBS", "L Breast"),
         ("CSI_PBS", "Craniospinal"), ("LUNG_4D_IMPT", "RUL Lung"), ("PROS_VMAT", "Prostate"),
         ("BRAIN_SRS", "Brain mets"), ("ESOPH_IMPT", "Esophagus"), ("LIVER_SBRT", "Liver"),
         ("SACR_CHORD", "Sacral chordoma"), ("RT_BRST_DIBH", "R Breast"), ("PANC_IMPT", "Pancreas")]
PROTON_ROOMS = ["GTR1", "GTR2", "GTR3"]
PHOTON_ROOMS = ["TB1", "TB2"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "hotmail.com",
             "proton.me", "aol.com"]
CIED = [("Medtronic", "Azure XT DR MRI", lambda: "RNB" + digits(6) + "H"),
        ("Boston Scientific", "ACCOLADE MRI", lambda: digits(6)),
        ("Abbott", "Assurity MRI", lambda: digits(7)),
        ("Biotronik", "Edora 8 DR-T", lambda: digits(8))]


def public_ip():
    while True:
        a = rng.randint(23, 223)
        if a in (10, 127, 172, 192, 169, 100):
            continue
        return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def age_on(dob, ref=TODAY):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


def make_patient(g, m, f, sex, sfx):
    p = dict(given=g, middle=m, family=f, sex=sex, sfx=sfx)
    if f in OLD:
        y = rng.randint(1926, 1934)
    elif f in PEDS:
        y = PEDS[f]
    else:
        y = rng.randint(1940, 1988)
    p["dob"] = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
    p["age"] = age_on(p["dob"])
    p["mrn"] = "10" + digits(7)
    p["pat_id1"] = str(rng.randint(31000, 69999))
    p["patser"] = str(rng.randint(18000, 52000))
    p["acct"] = "400" + digits(8)
    p["visit"] = "V" + digits(9)
    p["ssn"] = ssn()
    plan = pick([x for x in PLANS if x[1] != "MCR"] if p["age"] < 65 else [PLANS[5], PLANS[5], PLANS[0], PLANS[2]])
    p["plan"], p["plan_code"], p["member"] = plan[0], plan[1], plan[2]()
    p["group"] = digits(5) + pick(["", "-001", "A"])
    city = pick(CITIES)
    p["city"], p["state"], p["county"] = city[0], city[1], city[3]
    p["zip"] = city[2] + digits(2)
    p["street"] = "%d %s" % (rng.randint(12, 19999), pick(STREETS))
    p["apt"] = pick(["", "", "", "Apt %d%s" % (rng.randint(1, 30), pick("ABCD")), "Unit %d" % rng.randint(1, 220)])
    p["phone"] = phone_parts()
    p["cell"] = phone_parts()
    p["fax"] = phone_parts()
    gf = fold(g).lower().replace(" ", "").replace("-", "")
    ff = fold(f).lower().replace(" ", "").replace("'", "").replace("-", "")
    p["email"] = pick([f"{gf}.{ff}", f"{gf[0]}{ff}{rng.randint(1, 99)}", f"{ff}.{gf}{y % 100:02d}",
                       f"{gf}{ff[:4]}{rng.randint(100, 999)}"]) + "@" + pick(EMAIL_DOM)
    p["portal_user"] = pick([f"{gf}.{ff[:3]}{rng.randint(10, 99)}", f"{gf[0]}{ff}", f"{ff}{gf[0]}{y % 100:02d}"])
    p["ip"] = public_ip()
    st = city[1]
    p["dl"] = (digits(7) if st == "OR" else ("WDL" + "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9)))
               if st == "WA" else (pick("ABCDEFGHJK") + pick("ABCDEFGHJK") + digits(6) + pick("ABCDEFGHJK")))
    p["plate"] = pick([lambda: "%03d %s" % (rng.randint(100, 999), "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))),
                       lambda: "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(4),
                       lambda: digits(1) + "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(3)])()
    p["vin"] = vin()
    p["card"] = pick([lambda: luhn("4", 16), lambda: luhn(pick(["51", "52", "54", "55"]), 16),
                      lambda: luhn(pick(["34", "37"]), 15), lambda: luhn("6011", 16)])()
    if rng.random() < 0.3 or f in OLD:
        c = pick(CIED)
        p["cied"] = (c[0], c[1], c[2](), pick(["PM", "PM", "ICD", "CRT-D"]))
    else:
        p["cied"] = None
    site = pick(SITES)
    if f in PEDS:
        site = pick([SITES[3], ("PED_MEDULLO", "Medulloblastoma"), ("PED_EPEND", "Ependymoma")])
    p["plan_label"], p["site"] = site
    p["room"] = pick(PHOTON_ROOMS) if site[0] in ("PROS_VMAT", "BRAIN_SRS", "LIVER_SBRT", "RT_BRST_DIBH") else pick(PROTON_ROOMS)
    p["fx_total"] = pick([5, 15, 20, 25, 28, 30, 33, 35, 39])
    p["fx"] = rng.randint(1, p["fx_total"])
    p["sim"] = TODAY - dt.timedelta(days=rng.randint(14 + p["fx"], 40 + p["fx"]))
    p["start"] = TODAY - dt.timedelta(days=int(p["fx"] * 1.4))
    rg, rsex = pick(REL_GIVEN)
    rf = f if rng.random() < 0.65 else pick(REL_FAMILY)
    rel = ("mother" if rsex == "F" else "father") if f in PEDS else pick(RELS[rsex])
    p["rel"] = dict(given=rg, family=rf, rel=rel, phone=phone_parts())
    p["accession"] = pick(["A24-", "CT", "RO"]) + digits(7)
    p["page"] = pick([f"https://www.caringbridge.org/site/{gf}{ff}", f"https://www.gofundme.com/f/{gf}-{ff}-proton-therapy-fund",
                      f"https://{gf}{ff}.blogspot.com", f"https://www.caringbridge.org/visit/{ff}family"])
    return p


PATIENTS = [make_patient(*x) for x in PEOPLE]

STAFF = [("Rebecca", "Thornton", "MD", "rthornton", "1316042"), ("Amir", "Haddad", "PhD", "ahaddad", "1588231"),
         ("Karen", "Liu", "CMD", "kliu", "0"), ("Jorge", "Morales", "RTT", "jmorales", "7001"),
         ("Sunita", "Rao", "RTT", "srao", "7002"), ("Daniel", "Whitfield", "MD", "dwhitfield", "1942277"),
         ("Ingrid", "Solberg", "DABR", "isolberg", "1700913"), ("Marcus", "Bell", "RTT", "mbell", "7004"),
         ("Yuki", "Tanaka", "RN", "ytanaka", "7105"), ("Helen", "Park", "MS", "hpark", "1650021"),
         ("Olamide", "Bankole", "RTT", "obankole", "7007")]
MDS = [s for s in STAFF if s[2] == "MD"]
RTTS = [s for s in STAFF if s[2] == "RTT"]
PHYS = [s for s in STAFF if s[2] in ("PhD", "DABR", "MS")]


def pt():
    return pick(PATIENTS)


def pt_in(rooms):
    return pick([q for q in PATIENTS if q["room"] in rooms])


def pt_old():
    return pick([q for q in PATIENTS if q["age"] > 89]) if rng.random() < 0.6 else pt()


def pt_peds():
    return pick([q for q in PATIENTS if q["family"] in PEDS])


def soon():
    """appointment start a little after the current log time"""
    t = C.t + dt.timedelta(minutes=rng.randint(5, 50))
    return t.replace(minute=(t.minute // 15) * 15, second=0, microsecond=0)


def fx_date(p, ahead=None):
    d = TODAY + dt.timedelta(days=ahead if ahead is not None else pick([1, 1, 1, 2, 3, 7]))
    if d.weekday() >= 5:
        d += dt.timedelta(days=7 - d.weekday())
    return d


def appt_dt(p, ahead=None):
    d = fx_date(p, ahead)
    return dt.datetime(d.year, d.month, d.day, rng.randint(6, 18), pick([0, 15, 30, 45]))


# name renderings ------------------------------------------------------------
def up(s):
    return s.upper()


def nm(p, style):
    g, m, f, sx = p["given"], p["middle"], p["family"], p["sfx"]
    if style == "LF":
        return f"{f}, {g}" + (f" {sx}" if sx else "")
    if style == "FL":
        return f"{g} {f}" + (f" {sx}" if sx else "")
    if style == "LFU":
        return up(f"{f}, {g}")
    if style == "FML":
        return f"{g} {m[0]}. {f}" if m else f"{g} {f}"
    if style == "LFM":
        return f"{f}, {g} {m}".rstrip()
    if style == "FI":
        return f"{g[0]}. {f}"
    if style == "low":
        return fold(f"{g} {f}").lower()
    if style == "DCM":
        s = f"{fold(f)}^{fold(g)}"
        if m or sx:
            s += f"^{fold(m)}"
        if sx:
            s += f"^^{sx}"
        return up(s)
    if style == "DCMU":
        return up(f"{f}^{g}")
    if style == "LFI":
        return up(fold(f)) + " " + g[0]
    if style == "G":
        return g
    raise ValueError(style)


def relname(p, style="FL"):
    r = p["rel"]
    if style == "FL":
        return f"{r['given']} {r['family']}"
    if style == "LF":
        return f"{r['family']}, {r['given']}"
    if style == "DCM":
        return up(f"{fold(r['family'])}^{fold(r['given'])}")
    return r["given"]


def sql_q(s):
    return s.replace("'", "''")


def staff_name(s, style=0):
    return [f"{s[1]}, {s[0]}", f"{s[0]} {s[1]}", f"{s[0][0]}. {s[1]}", f"{up(s[1])}^{up(s[0])}"][style]


# ============================================================================
# families
# ============================================================================
PHI = {}


def want(fam):
    return rng.random() < PHI[fam]


# ---------------------------------------------------------------- ARIA log4net
ARIA_LOG = ["VMS.OIS.ARIAExternal.WebServices.Services.PatientService",
            "VMS.OIS.Scheduling.Services.AppointmentService",
            "VMS.OIS.TreatmentManagement.TxRecordService", "VMS.DBSRV.Jobs.Housekeeping",
            "VMS.OIS.Security.AuthenticationService", "VMS.OIS.ADT.Interface.HL7Listener",
            "VMS.OIS.Documents.DocumentService", "VMS.OIS.Common.Licensing"]


def aria_hdr(L, level, logger):
    L.t(f"{C.log4net()} [{pick([4, 7, 12, 15, 23, 31, 44, 58])}] {level:<5} {logger} - ")


def g_aria():
    L = Line("aria_log4net")
    if want("aria"):
        p = pt()
        k = rng.randint(0, 8)
        if k == 0:
            aria_hdr(L, "INFO", ARIA_LOG[0])
            u = pick(STAFF)[3]
            L.t("Patient opened: PatientSer=").p(p["patser"], "other_id").t(" PatientId=").p(p["mrn"], "mrn")
            L.t(" Name='").p(nm(p, "LF"), "name").t(f"' user=CPC\\{u} ws=RO-{pick(['DOSI', 'TX', 'NURS', 'MD'])}-{rng.randint(1, 14):02d}")
        elif k == 1:
            aria_hdr(L, "INFO", ARIA_LOG[1])
            a = soon()
            L.t("CheckIn: PatientId='").p(p["mrn"], "mrn").t("' ActivityCode='").t(pick(["PRT_TX", "PHO_TX", "IGRT_CBCT", "OTV"]))
            L.t("' ScheduledStartTime='").p("%d/%d/%d %d:%02d %s" % (a.month, a.day, a.year, a.hour % 12 or 12, a.minute, "AM" if a.hour < 12 else "PM"), "date")
            L.t(f"' Resource='{p['room']}' Status=Arrived")
        elif k == 2:
            aria_hdr(L, "INFO", ARIA_LOG[2])
            L.t("Treatment record committed: PatientSer ").p(p["patser"], "other_id")
            L.t(f", Course C{rng.randint(1, 3)}, Plan '{p['plan_label']}', Field '{pick(['F1', 'F2', 'RAO', 'LPO', 'PA'])}', ")
            L.t("Fraction %d/%d, Dose %.2f Gy(RBE), TreatmentDateTime " % (p["fx"], p["fx_total"], pick([1.8, 2.0, 2.2, 3.0, 8.0])))
            L.p(C.t.strftime("%Y-%m-%dT%H:%M:%S"), "date")
        elif k == 3:
            aria_hdr(L, "INFO", ARIA_LOG[5])
            L.t("ADT^A08 applied to ").p(p["mrn"], "mrn").t(": HomePhone '").p(fmt_phone(p["cell"]), "phone")
            L.t("' -> '").p(fmt_phone(p["phone"]), "phone").t("'")
        elif k == 4:
            aria_hdr(L, "WARN", ARIA_LOG[0])
            L.t("Possible duplicate patient: '").p(nm(p, "LFM"), "name").t("' DOB ").p(fd(p["dob"], "us"), "date")
            other = "10" + digits(7)
            L.t(" matches existing PatientId ").p(other, "mrn").t(" (score 0.93); merge queued for HIM review")
        elif k == 5:
            aria_hdr(L, "INFO", ARIA_LOG[6])
            L.t("Document stored: type='Consent - Proton Therapy' PatientId=").p(p["mrn"], "mrn")
            L.t(f" pages=4 sha1={hexs(40)} scannedBy=CPC\\{pick(STAFF)[3]}")
        elif k == 6:
            aria_hdr(L, "ERROR", ARIA_LOG[1])
            L.t("Appointment conflict for patient ").p(nm(p, "FL"), "name").t(" (").p(p["mrn"], "mrn").t(f"): {p['room']} already booked at ")
            a = appt_dt(p, 1)
            L.p(a.strftime("%Y-%m-%d %H:%M"), "date").t("; rescheduling suggestion sent to front desk")
        elif k == 7:
            aria_hdr(L, "INFO", ARIA_LOG[0])
            L.t("Patient alert added PatientSer=").p(p["patser"], "other_id").t(" alert='")
            L.t(pick(["Pacemaker - see CIED protocol", "Fall risk", "Latex allergy", "Interpreter required", "Anesthesia - NPO after midnight"]) + "'")
        else:
            aria_hdr(L, "DEBUG", ARIA_LOG[0])
            L.t("GetPatient response: {Id1:'").p(p["mrn"], "mrn").t("', LastName:'").p(p["family"], "name")
            L.t("', FirstName:'").p(p["given"], "name").t("', Birthdate:'").p(p["dob"].strftime("%Y-%m-%dT00:00:00"), "date").t("'}")
        return [L]
    k = rng.randint(0, 9)
    if k == 0:
        aria_hdr(L, "INFO", "VMS.OIS.Common.Health")
        L.t(f"Heartbeat OK; db=VARIAN@aria-db01; latency={rng.randint(2, 19)}ms; version=18.0.1.6")
    elif k == 1:
        aria_hdr(L, "INFO", "VMS.OIS.DataAccess.ConnectionPool")
        L.t(f"Pool stats: active={rng.randint(3, 40)} idle={rng.randint(5, 60)} max=100 waits={rng.randint(0, 3)}")
    elif k == 2:
        aria_hdr(L, "INFO", ARIA_LOG[3])
        L.t(f"Job 'PurgeAuditTrail' completed: {rng.randint(1000, 90000)} rows in 00:00:{rng.randint(10, 59)}.{digits(3)}")
    elif k == 3:
        aria_hdr(L, "INFO", ARIA_LOG[7])
        L.t(f"License check: seats in use {rng.randint(20, 58)}/60 (module=ARIA_RO_ONCOLOGY), expires 2025-06-30")
    elif k == 4:
        s = pick(STAFF)
        aria_hdr(L, "INFO", ARIA_LOG[4])
        L.t(f"Authentication succeeded for user 'CPC\\{s[3]}' from 10.40.{rng.randint(2, 9)}.{rng.randint(10, 250)} (RO-{pick(['DOSI', 'TX', 'PHYS'])}-{rng.randint(1, 12):02d})")
    elif k == 5:
        aria_hdr(L, "ERROR", "VMS.OIS.ARIAExternal.WebServices.Host")
        L.t("System.ServiceModel.CommunicationObjectFaultedException: The communication object, System.ServiceModel.Channels.ServiceChannel, cannot be used for communication because it is in the Faulted state.")
    elif k == 6:
        aria_hdr(L, "INFO", ARIA_LOG[1])
        L.t(f"GetScheduledActivities(resource={pick(PROTON_ROOMS + PHOTON_ROOMS)}, day=2024-11-18) returned {rng.randint(18, 44)} rows in {rng.randint(40, 900)} ms")
    elif k == 7:
        aria_hdr(L, "INFO", "VMS.OIS.MachineQA.BeamDataCache")
        L.t(f"Cache refresh for MachineCharacterization {pick(PROTON_ROOMS + PHOTON_ROOMS)} completed (hash {hexs(7)}, 12 energies)")
    elif k == 8:
        aria_hdr(L, "WARN", "VMS.OIS.Scheduling.Sync")
        L.t(f"Sync lag to MOSAIQ bridge {rng.randint(2, 40)}s exceeds threshold 15s (queue={rng.randint(1, 30)})")
    else:
        aria_hdr(L, "INFO", ARIA_LOG[2])
        L.t(f"TxRecord batch {rng.randint(4000, 4999)} forwarded to billing (records={rng.randint(3, 40)}, ok)")
    return [L]


# ---------------------------------------------------------------- MOSAIQ
def mq_hdr(L, level, comp):
    L.t(f"{C.us()} | {level} | {comp} | WS=RO-{pick(['TX-GTR1', 'TX-GTR2', 'TX-GTR3', 'FD-01', 'DOSI-03'])} | ")


def g_mosaiq():
    L = Line("mosaiq_log")
    if want("mosaiq"):
        p = pt()
        k = rng.randint(0, 6)
        if k == 0:
            mq_hdr(L, "INFO", "MQ.Interfaces.ADT")
            L.t("Patient upsert Pat_ID1=").p(p["pat_id1"], "other_id").t(" IDA='").p(p["mrn"], "mrn")
            L.t("' Last_Name='").p(sql_q(p["family"]), "name").t("' First_Name='").p(sql_q(p["given"]), "name")
            L.t("' Birth_DtTm='").p(p["dob"].strftime("%Y-%m-%d 00:00:00.000"), "date").t(f"' Gender='{p['sex']}'")
        elif k == 1:
            mq_hdr(L, "INFO", "MQ.TxDelivery.DoseHistory")
            L.t(f"Dose_Hst insert DHS_ID={rng.randint(900000, 999999)} Pat_ID1=").p(p["pat_id1"], "other_id")
            L.t(f" FLD_ID={rng.randint(100000, 300000)} Tx_DtTm='").p(C.t.strftime("%Y-%m-%d %H:%M:%S.000"), "date")
            L.t("' Meterset=%.1f Fractn_Number=%d Partial=0" % (rng.uniform(20, 400), p["fx"]))
        elif k == 2:
            mq_hdr(L, "INFO", "MQ.Scheduler")
            a = appt_dt(p)
            L.t(f"Schedule update Sch_Id={rng.randint(1100000, 1299999)} Pat_ID1=").p(p["pat_id1"], "other_id")
            L.t(" App_DtTm='").p(a.strftime("%Y-%m-%d %H:%M:%S"), "date").t(f"' Location='{p['room']}' SysDefStatus='SC' Edit_ID=")
            L.t(pick(RTTS)[4])
        elif k == 3:
            mq_hdr(L, "INFO", "MQ.QuickCheckIn")
            L.t("Quick Check-in: ").p(nm(p, "LFU"), "name").t(" (").p(p["mrn"], "mrn").t(f") arrived {C.t.strftime('%H:%M')}, Location={p['room']} Waiting")
        elif k == 4:
            mq_hdr(L, "WARN", "MQ.Billing.ChargeCapture")
            L.t("Charge held: Pat_ID1=").p(p["pat_id1"], "other_id").t(" account ").p(p["acct"], "account")
            L.t(f" CPT 77525 (proton tx, complex) - no active authorization for {p['plan_code']} member ").p(p["member"], "health_plan")
        elif k == 5:
            mq_hdr(L, "INFO", "MQ.Notes")
            L.t("Obs_Tx saved Pat_ID1=").p(p["pat_id1"], "other_id").t(f" OBD_ID={rng.randint(5000, 9000)} Weight_kg={rng.uniform(18, 120):.1f} Pain=")
            L.t(str(rng.randint(0, 6)))
        else:
            mq_hdr(L, "ERROR", "MQ.Interfaces.ADT")
            L.t("Patient match failed for IDA='").p(p["mrn"], "mrn").t("' SS_Number='").p(p["ssn"].replace("-", ""), "ssn")
            L.t("': multiple candidates (2). Manual reconcile required.")
        return [L]
    k = rng.randint(0, 6)
    if k == 0:
        mq_hdr(L, "DEBUG", "MQ.Data.Sql")
        L.t("exec sp_executesql N'SELECT Sch_Id, Activity, App_DtTm, Duration_time FROM Schedule WHERE Location = @p0 AND App_DtTm >= @p1',N'@p0 int,@p1 datetime',@p0=")
        L.t(f"{rng.randint(10, 40)},@p1='2024-11-18 00:00:00'")
    elif k == 1:
        mq_hdr(L, "INFO", "MQ.Services.Heartbeat")
        L.t(f"MOSAIQ Data Director 2.70.{rng.randint(100, 300)} alive; sessions={rng.randint(5, 60)}; db=MOSAIQ@mq-sql01,1433")
    elif k == 2:
        mq_hdr(L, "WARN", "MQ.Data.Sql")
        L.t(f"Slow query ({rng.randint(2000, 9000)} ms): SELECT TOP 500 * FROM vw_Chart_QA WHERE Status_Enum IN (1,2)")
    elif k == 3:
        mq_hdr(L, "INFO", "MQ.Scheduler")
        L.t(f"Auto-generated {rng.randint(5, 40)} treatment appointments for Location='{pick(PROTON_ROOMS)}' (template PBS_30MIN)")
    elif k == 4:
        mq_hdr(L, "INFO", "MQ.IQScripts")
        L.t(f"IQ Script 'Weekly Chart Check' executed for {rng.randint(20, 80)} charts, {rng.randint(0, 5)} flagged, elapsed {rng.randint(1, 30)}.{digits(2)} s")
    elif k == 5:
        mq_hdr(L, "ERROR", "MQ.Interfaces.Sequencer")
        L.t(f"Record & Verify link to {pick(PHOTON_ROOMS)} lost (TCP 10.40.6.{rng.randint(10, 60)}:5557); retry {rng.randint(1, 5)}/5")
    else:
        mq_hdr(L, "INFO", "MQ.Billing.ChargeCapture")
        L.t(f"Charge batch CB-{rng.randint(20000, 29999)} exported to EHR: 77525 x{rng.randint(5, 40)}, 77387 x{rng.randint(5, 40)}, 77014 x{rng.randint(0, 9)}")
    return [L]


# ---------------------------------------------------------------- Mirth + HL7
def mirth(level, chan, cls, msg_builder):
    L = Line("mirth_log")
    L.t(f"{level:<5} {C.log4net()} [{chan}] {cls}: ")
    msg_builder(L)
    return L


HL7_N = [0]
REL_CODE = {"husband": "SPO", "wife": "SPO", "partner": "DOM", "son": "CHD", "daughter": "CHD", "brother": "BRO",
            "sister": "SIS", "mother": "MTH", "father": "FTH", "niece": "OTH", "nephew": "OTH"}
DCM_N = [-1]


def g_hl7():
    out = []
    p = pt()
    C.tick(5, 40)
    ctrl = "MQ" + C.hl7() + digits(3)
    HL7_N[0] += 1
    kind = ["ADT", "SIU", "SIU"][HL7_N[0] % 3]
    out.append(mirth("INFO", f"{kind}_MOSAIQ_TO_ARIA Source Thread", "com.mirth.connect.connectors.tcp.TcpReceiver",
                     lambda L: L.t(f"Received message {ctrl} from 10.40.1.{rng.randint(20, 40)}:{rng.randint(40000, 60000)} ({rng.randint(600, 1800)} bytes)")))

    def hl(): return Line("hl7v2")

    if kind == "SIU":
        L = hl()
        seg(L, "MSH", ["^~\\&", "MOSAIQ", "CPC_RO", "ARIA", "CPC_RO", C.hl7(), "", "SIU^S12^SIU_S12", ctrl, "P", "2.5.1", "", "", "AL", "NE"])
        out.append(L)
        a = appt_dt(p)
        e = a + dt.timedelta(minutes=30)
        L = hl()
        seg(L, "SCH", [str(rng.randint(1100000, 1299999)) + "^MOSAIQ", "", "", "", "FX",
                       "TX^Treatment^MOSAIQ", f"FX{p['fx']}^Fraction {p['fx']} of {p['fx_total']}", "30", "MIN",
                       ["^^30^", (a.strftime("%Y%m%d%H%M%S"), "date"), "^", (e.strftime("%Y%m%d%H%M%S"), "date")],
                       "", "", "", "", f"{RTTS[0][4]}^{up(RTTS[0][1])}^{up(RTTS[0][0])}", "", "", "", "", "", "", "", "", "", "BOOKED"])
        out.append(L)
        out.append(pid_seg(p))
        out.append(pv1_seg(p, a))
        L = hl()
        seg(L, "AIS", ["1", "A", "PROTON_TX^Proton Treatment^L" if p["room"].startswith("GTR") else "PHOTON_TX^Photon Treatment^L",
                       [(a.strftime("%Y%m%d%H%M%S"), "date")], "0", "MIN", "30", "MIN"])
        out.append(L)
        L = hl()
        seg(L, "AIL", ["1", "A", f"{p['room']}^^^CPC", "TXROOM^Treatment Room"])
        out.append(L)
    else:
        L = hl()
        seg(L, "MSH", ["^~\\&", "EPIC", "CPC_HOSP", "MOSAIQ", "CPC_RO", C.hl7(), "", "ADT^A08^ADT_A01", ctrl, "P", "2.5.1"])
        out.append(L)
        L = hl()
        seg(L, "EVN", ["A08", C.hl7(), "", "", f"{rng.randint(10000, 99999)}^REGISTRAR^HIM"])
        out.append(L)
        out.append(pid_seg(p))
        r = p["rel"]
        L = hl()
        rc = REL_CODE[r["rel"]]
        seg(L, "NK1", ["1", [(relname(p, "DCM"), "name")], f"{rc}^{r['rel'].title()}^HL70063", "",
                       [("(%s)%s-%s" % r["phone"], "phone")], "", "EC^Emergency Contact^HL70131"])
        out.append(L)
        out.append(pv1_seg(p, dt.datetime.combine(TODAY, dt.time(rng.randint(6, 9), 0))))
        L = hl()
        ins_self = r["rel"] not in ("husband", "wife", "partner", "mother", "father") or rng.random() < 0.4
        f16 = [(nm(p, "DCMU") if ins_self else relname(p, "DCM"), "name")]
        seg(L, "IN1", ["1", p["plan_code"] + "01", str(rng.randint(10000, 99999)), up(p["plan"]), "PO BOX 30271^^SALT LAKE CITY^UT^84130", "",
                       "(800)%03d-%04d" % (rng.randint(200, 999), rng.randint(0, 9999)), p["group"], "", "", "", "20240101", "", "", "", f16,
                       "SEL^Self^HL70063" if ins_self else f"{rc}^{r['rel'].title()}^HL70063",
                       [(p["dob"].strftime("%Y%m%d"), "date")] if ins_self else "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                       [(p["member"], "health_plan")]])
        out.append(L)
    C.small()
    out.append(mirth("INFO", f"{kind}_MOSAIQ_TO_ARIA Destination 1 Thread", "com.mirth.connect.connectors.tcp.TcpDispatcher",
                     lambda L: L.t(f"Sent message {ctrl} to aria-int01:5001, response ACK AA ({rng.randint(20, 300)} ms)")))
    return out


def pid_seg(p):
    L = Line("hl7v2")
    ph = p["phone"]
    f13 = [("(%s)%s-%s" % ph, "phone"), "^PRN^PH"]
    if rng.random() < 0.5:
        f13 += ["~^NET^Internet^", (p["email"], "email")]
    if rng.random() < 0.25:
        f13 += ["~", ("(%s)%s-%s" % p["fax"], "fax"), "^PRN^FX"]
    addr = [(up(p["street"]), "address"), "^", (up(p["apt"]), "address") if p["apt"] else "", "^", (up(p["city"]), "address"), "^", p["state"], "^",
            (p["zip"], "zip"), "^USA^H"]
    addr = [a for a in addr if a != ""]
    mname = nm(p, "DCM")
    seg(L, "PID", ["1", "", [(p["mrn"], "mrn"), "^^^CPC^MR~", (p["pat_id1"], "other_id"), "^^^MOSAIQ^PI"], "", [(mname, "name")], "",
                   [(p["dob"].strftime("%Y%m%d"), "date")], p["sex"], "", pick(["2106-3^White^CDCREC", "2054-5^Black or African American^CDCREC", "2028-9^Asian^CDCREC", "2131-1^Other Race^CDCREC"]),
                   addr, [(p["county"].upper(), "address")] if rng.random() < 0.4 else "", f13, "", pick(["eng^English", "spa^Spanish", "vie^Vietnamese", "eng^English"]),
                   pick(["M", "S", "W", "D"]), "", [(p["acct"], "account"), "^^^CPC^AN"], [(p["ssn"], "ssn")], [(p["dl"], "license"), "^", p["state"]]])
    return L


def pv1_seg(p, admit):
    L = Line("hl7v2")
    md = pick(MDS)
    seg(L, "PV1", ["1", "O", f"{p['room']}^^^CPC^^^^^{p['room']}", "", "", "", f"{md[4]}^{up(md[1])}^{up(md[0])}^^^^MD", "", "",
                   "RAD", "", "", "", "", "", "", "", "", [(p["visit"], "other_id")], "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                   "", "", "", "", "", "", "", "", [(admit.strftime("%Y%m%d%H%M%S"), "date")]])
    return L


def g_hl7_ack():
    C.tick(5, 30)
    ctrl = "ARIA" + C.hl7() + digits(4)
    L = Line("hl7v2")
    seg(L, "MSH", ["^~\\&", "ARIA", "CPC_RO", "MOSAIQ", "CPC_RO", C.hl7(), "", "ACK^S14^ACK", ctrl, "P", "2.5.1"])
    L2 = Line("hl7v2")
    seg(L2, "MSA", [pick(["AA", "AA", "AA", "AE"]), "MQ" + C.hl7() + digits(3)])
    return [L, L2]


# ---------------------------------------------------------------- dcmdump
def dl(tag, vr, val, kw, cat=None, indent=0, show=None, ln=None, vm=None):
    L = Line("dcmdump")
    L.t("  " * indent + f"({tag}) {vr} ")
    if show is not None:
        vtxt = show
        L.t(vtxt)
        if ln is None:
            ln = len(val.encode()) + (len(val.encode()) % 2)
    else:
        vtxt = "[" + val + "]"
        L.t("[")
        L.o(val, cat, cat is not None)
        L.t("]")
        if ln is None:
            ln = len(val.encode()) + (len(val.encode()) % 2)
    pad = max(1, 40 - len(vtxt))
    if vm is None:
        vm = val.count("\\") + 1 if val else 0
    if vr == "SQ":
        ln, vm = rng.choice(["u/l", str(rng.randint(200, 9000))]), 1
    L.t(" " * pad + f"# {ln:>3}, {vm} {kw}")
    return L


SOPS = {"RTPLAN": ("1.2.840.10008.5.1.4.1.1.481.8", "=RTIonPlanStorage", "RTPLAN"),
        "RTSTRUCT": ("1.2.840.10008.5.1.4.1.1.481.3", "=RTStructureSetStorage", "RTSTRUCT"),
        "RTDOSE": ("1.2.840.10008.5.1.4.1.1.481.2", "=RTDoseStorage", "RTDOSE"),
        "RTRECORD": ("1.2.840.10008.5.1.4.1.1.481.9", "=RTIonBeamsTreatmentRecordStorage", "RTRECORD")}


def g_dcmdump():
    p = pt_old()
    C.tick(10, 60)
    DCM_N[0] += 1
    kind = ["RTPLAN", "RTRECORD", "RTSTRUCT", "RTDOSE"][DCM_N[0] % 4]
    cuid, cname, mod = SOPS[kind]
    photon = p["room"] in PHOTON_ROOMS
    if photon and kind == "RTPLAN":
        cuid, cname = "1.2.840.10008.5.1.4.1.1.481.5", "=RTPlanStorage"
    if photon and kind == "RTRECORD":
        cuid, cname = "1.2.840.10008.5.1.4.1.1.481.4", "=RTBeamsTreatmentRecordStorage"
    fname = {"RTPLAN": "RP", "RTSTRUCT": "RS", "RTDOSE": "RD", "RTRECORD": "RR"}[kind] + "." + uid(pick(UID_ROOTS)) + ".dcm"
    out = []
    L = Line("dcmdump")
    L.t(f"$ dcmdump +P 0008,0016 +L /srv/dicom/outbox/{fname}")
    out.append(L)
    for h in ["# Dicom-File-Format", "# Dicom-Meta-Information-Header", "# Used TransferSyntax: Little Endian Explicit"]:
        L = Line("dcmdump")
        L.t(h)
        out.append(L)
    out.append(dl("0002,0010", "UI", "1.2.840.10008.1.2.1", "TransferSyntaxUID", show="=LittleEndianExplicit"))
    out.append(dl("0002,0013", "SH", "OFFIS_DCMTK_368", "ImplementationVersionName"))
    for h in ["# Dicom-Data-Set", "# Used TransferSyntax: Little Endian Explicit"]:
        L = Line("dcmdump")
        L.t(h)
        out.append(L)
    cs_idx = len(out)
    out.append(None)  # SpecificCharacterSet, filled in once the patient name is known
    out.append(dl("0008,0016", "UI", cuid, "SOPClassUID", show=cname))
    out.append(dl("0008,0018", "UI", uid(pick(UID_ROOTS)), "SOPInstanceUID"))
    if rng.random() < 0.6:
        out.append(dl("0008,0020", "DA", p["sim"].strftime("%Y%m%d"), "StudyDate", "date"))
    out.append(dl("0008,0050", "SH", p["accession"], "AccessionNumber", "other_id"))
    out.append(dl("0008,0060", "CS", mod, "Modality"))
    out.append(dl("0008,0070", "LO", pick(["Varian Medical Systems", "RaySearch Laboratories", "IBA", "Elekta"]), "Manufacturer"))
    out.append(dl("0008,0080", "LO", "Cascadia Proton Center", "InstitutionName"))
    md = pick(MDS)
    out.append(dl("0008,0090", "PN", f"{up(md[1])}^{up(md[0])}", "ReferringPhysicianName"))
    sty = pick(["DCM", "DCM", "DCMU"])
    pname = nm(p, sty)
    try:
        pname.encode("latin-1")
        cs, enc = "ISO_IR 100", "latin-1"
    except UnicodeEncodeError:
        cs, enc = "ISO_IR 192", "utf-8"
    out[cs_idx] = dl("0008,0005", "CS", cs, "SpecificCharacterSet")
    blen = len(pname.encode(enc))
    out.append(dl("0010,0010", "PN", pname, "PatientName", "name", ln=blen + blen % 2))
    out.append(dl("0010,0020", "LO", p["mrn"], "PatientID", "mrn"))
    out.append(dl("0010,0030", "DA", p["dob"].strftime("%Y%m%d"), "PatientBirthDate", "date"))
    out.append(dl("0010,0040", "CS", p["sex"], "PatientSex"))
    if rng.random() < 0.5:
        a = "%03dY" % p["age"]
        out.append(dl("0010,1010", "AS", a, "PatientAge", "age" if p["age"] > 89 else None))
    if rng.random() < 0.2:
        out.append(dl("0010,1000", "LO", p["pat_id1"], "OtherPatientIDs", "other_id"))
    out.append(dl("0018,1020", "LO", pick(["RayStation 2024A SP1", "Eclipse 18.0.1", "ProteusONE TCS 12.1", "MOSAIQ 3.2"]), "SoftwareVersions"))
    out.append(dl("0020,000d", "UI", uid(pick(UID_ROOTS)), "StudyInstanceUID"))
    if kind == "RTPLAN":
        out.append(dl("300a,0002", "SH", p["plan_label"], "RTPlanLabel"))
        out.append(dl("300a,0006", "DA", (p["start"] - dt.timedelta(days=rng.randint(2, 6))).strftime("%Y%m%d"), "RTPlanDate", "date"))
        out.append(dl("300a,000c", "CS", "PATIENT", "RTPlanGeometry"))
        out.append(dl("300a,0070", "SQ", "", "FractionGroupSequence", show="(Sequence with explicit length #=1)"))
        out.append(dl("300a,0078", "IS", str(p["fx_total"]), "NumberOfFractionsPlanned", indent=1))
        if photon:
            out.append(dl("300a,00b0", "SQ", "", "BeamSequence", show="(Sequence with explicit length #=%d)" % rng.randint(2, 4)))
            out.append(dl("300a,00b2", "SH", p["room"], "TreatmentMachineName", indent=1))
            out.append(dl("300a,00c6", "CS", "PHOTON", "RadiationType", indent=1))
            out.append(dl("300a,00c4", "CS", pick(["DYNAMIC", "STATIC"]), "BeamType", indent=1))
            out.append(dl("300a,0114", "DS", pick(["6", "10"]), "NominalBeamEnergy", indent=2))
            out.append(dl("300a,0110", "IS", str(pick([2, 114, 178])), "NumberOfControlPoints", indent=1))
        else:
            out.append(dl("300a,03a2", "SQ", "", "IonBeamSequence", show="(Sequence with explicit length #=%d)" % rng.randint(2, 4)))
            out.append(dl("300a,00b2", "SH", p["room"], "TreatmentMachineName", indent=1))
            out.append(dl("300a,00c6", "CS", "PROTON", "RadiationType", indent=1))
            out.append(dl("300a,0308", "CS", "MODULATED", "ScanMode", indent=1))
            out.append(dl("300a,0114", "DS", "%.1f" % rng.uniform(70, 226), "NominalBeamEnergy", indent=2))
            out.append(dl("300a,0392", "IS", str(rng.randint(300, 2400)), "NumberOfScanSpotPositions", indent=2))
    elif kind == "RTSTRUCT":
        out.append(dl("3006,0002", "SH", p["plan_label"][:12] + "_SS", "StructureSetLabel"))
        out.append(dl("3006,0008", "DA", (p["sim"] + dt.timedelta(days=rng.randint(1, 5))).strftime("%Y%m%d"), "StructureSetDate", "date"))
        out.append(dl("3006,0020", "SQ", "", "StructureSetROISequence", show="(Sequence with explicit length #=%d)" % rng.randint(8, 30)))
        for r in rng.sample(["CTV_7000", "PTV_5600", "BrainStem", "SpinalCord", "Parotid_L", "Rectum", "Bladder", "External", "Lung_R", "Heart", "Esophagus", "Couch_Top"], 2):
            out.append(dl("3006,0026", "LO", r, "ROIName", indent=1))
            out.append(dl("3006,0036", "CS", "MANUAL" if "TV" in r else "SEMIAUTOMATIC", "ROIGenerationAlgorithm", indent=1))
    elif kind == "RTDOSE":
        out.append(dl("0028,0010", "US", "", "Rows", show=str(rng.choice([128, 160, 200])), ln=2, vm=1))
        out.append(dl("3004,0002", "CS", pick(["GY"]), "DoseUnits"))
        out.append(dl("3004,0004", "CS", pick(["PHYSICAL", "EFFECTIVE"]), "DoseType"))
        out.append(dl("3004,000a", "CS", pick(["PLAN", "BEAM"]), "DoseSummationType"))
        out.append(dl("3004,000e", "DS", "%.6e" % rng.uniform(1e-6, 9e-5), "DoseGridScaling"))
    else:
        out.append(dl("3008,0250", "DA", TODAY.strftime("%Y%m%d"), "TreatmentDate", "date"))
        out.append(dl("3008,0251", "TM", C.t.strftime("%H%M%S"), "TreatmentTime"))
        out.append(dl("3008,0022", "IS", str(p["fx"]), "CurrentFractionNumber"))
        out.append(dl("3008,002a", "CS", "NORMAL", "TreatmentTerminationStatus"))
        out.append(dl("300a,00b2", "SH", p["room"], "TreatmentMachineName"))
        s = pick(RTTS)
        out.append(dl("0008,1070", "PN", f"{up(s[1])}^{up(s[0])}", "OperatorsName"))
    return out


# ---------------------------------------------------------------- DICOM network
AETS = ["RAYSTATION", "ECLIPSE_EXP", "ARIA_DB", "MOSAIQ_SCP", "CT_SIM1", "VERITY_GTR1", "MIM_RO", "PACS_CPC"]


def g_dicomnet():
    out = []
    C.tick(10, 90)
    style = pick(["dcmtk", "dcm4che", "dcm4che"])
    p = pt()
    phi = want("dicomnet")
    if style == "dcmtk":
        def I(msg):
            L = Line("dcmtk_storescp")
            if isinstance(msg, str):
                L.t("I: " + msg)
            else:
                L.t("I: ")
                parts(L, msg)
            return L
        src = pick(AETS)
        out.append(I(f"Association Received 10.40.5.{rng.randint(10, 80)}: \"{src}\" -> \"CPC_DCMROUTER\""))
        out.append(I(f"Association Acknowledged (Max Send PDV: {pick([16372, 32756, 65524])})"))
        k = pick(["RTPLAN", "RTDOSE", "RTSTRUCT", "CT"])
        out.append(I(f"Received Store Request (MsgID {rng.randint(1, 300)}, {k})"))
        pref = {"RTPLAN": "RP", "RTDOSE": "RD", "RTSTRUCT": "RS", "CT": "CT"}[k]
        if phi:
            out.append(I(["storing DICOM file: /srv/dicom/by-patient/", (p["mrn"], "mrn"), "_", (up(fold(p["family"])).replace(" ", "_"), "name"),
                          f"/{k}/{pref}.{uid(pick(UID_ROOTS))}.dcm"]))
        else:
            out.append(I(f"storing DICOM file: /srv/dicom/incoming/{k}/{pref}.{uid(pick(UID_ROOTS))}.dcm"))
        out.append(I("Association Release"))
        return out

    def D(level, msg):
        L = Line("dcm4che_log")
        C.small()
        L.t(f"{C.log4net()} {level:<5} - ")
        if isinstance(msg, str):
            L.t(msg)
        else:
            parts(L, msg)
        return L
    k = rng.randint(0, 3)
    if k == 0:
        src, dst = pick(["RAYSTATION", "ECLIPSE_EXP", "MIM_RO"]), pick(["ARIA_DB", "MOSAIQ_SCP", "VERITY_GTR1", "PACS_CPC"])
    else:
        src, dst = rng.sample(AETS, 2)
    aid = rng.randint(10, 999)
    if k == 0:
        out.append(D("INFO", f"{dst}<-{src}({aid}): A-ASSOCIATE-RQ[calledAET={dst}, callingAET={src}, applicationContext=1.2.840.10008.3.1.1.1, maxPDULength=116794]"))
        out.append(D("INFO", f"{dst}<-{src}({aid}) >> 1:C-STORE-RQ[pcid=7, prior=0, cuid=1.2.840.10008.5.1.4.1.1.481.8 - RT Ion Plan Storage, iuid={uid(pick(UID_ROOTS))}, tsuid=1.2.840.10008.1.2.1 - Explicit VR Little Endian]"))
        if phi:
            out.append(D("INFO", [f"{dst}<-{src}({aid}): M-WRITE /var/local/dcm4chee/fs1/", (p["mrn"], "mrn"), f"/{uid(pick(UID_ROOTS))}/RP_{digits(6)}.dcm"]))
        else:
            out.append(D("INFO", f"{dst}<-{src}({aid}): M-WRITE /var/local/dcm4chee/fs1/2024/11/18/{hexs(8).upper()}/{hexs(8).upper()}"))
        out.append(D("INFO", f"{dst}<-{src}({aid}) << 1:C-STORE-RSP[pcid=7, status=0H]"))
    elif k == 1:
        out.append(D("INFO", f"{dst}->{src}({aid}) << 1:C-FIND-RQ[pcid=1, prior=0, cuid=1.2.840.10008.5.1.4.1.2.2.1 - Study Root Query/Retrieve Information Model - FIND, tsuid=1.2.840.10008.1.2 - Implicit VR Little Endian]"))
        if phi:
            out.append(D("DEBUG", ["Query keys: (0010,0010) PN [", (nm(p, "DCMU") + "*" if rng.random() < 0.3 else nm(p, "DCM"), "name"), "] (0010,0020) LO [", (p["mrn"], "mrn"),
                                    "] (0008,0020) DA [", (p["sim"].strftime("%Y%m%d"), "date"), "] (0008,0061) CS [CT\\RTSTRUCT]"]))
        else:
            out.append(D("DEBUG", f"Query keys: (0008,0020) DA [20241118] (0008,0061) CS [RTRECORD] (0008,1010) SH [{pick(PROTON_ROOMS)}_TCS]"))
        out.append(D("INFO", f"{dst}->{src}({aid}) >> 1:C-FIND-RSP[pcid=1, completed=0, status=0H] matches={rng.randint(0, 12)}"))
    elif k == 2:
        if phi:
            other = p["mrn"][:-2] + p["mrn"][-1] + p["mrn"][-2]
            if other == p["mrn"]:
                other = p["mrn"][:-1] + str((int(p["mrn"][-1]) + 1) % 10)
            out.append(D("WARN", ["RouteRule 'RTPLAN->ARIA' rejected object: PatientID mismatch (header ", (p["mrn"], "mrn"), " vs worklist ", (other, "mrn"), ") for ", (nm(p, "DCM"), "name")]))
        else:
            out.append(D("WARN", f"RouteRule 'RTDOSE->MIM' retry {rng.randint(1, 5)}/5: Connection refused (mim-ro01:104)"))
    else:
        out.append(D("INFO", f"Forward queue {pick(['ARIA_DB', 'PACS_CPC', 'MIM_RO'])}: pending={rng.randint(0, 50)} failed={rng.randint(0, 3)} throughput={rng.uniform(2, 90):.1f} MB/s"))
    return out


# ---------------------------------------------------------------- linac TDS
def g_tds():
    L = Line("linac_tds")
    room = pick(PHOTON_ROOMS)
    phi = want("tds")
    k = rng.randint(0, 3) if phi else rng.randint(0, 7)
    comp = "TDS" if phi else ["TDS", "TDS", "CTRL", "DOSIM", "MLC", "XI", "CTRL", "CTRL"][k]
    L.t(f"{C.dotms()} | {room} | {comp} | ")
    if phi:
        p = pt_in(PHOTON_ROOMS)
        if k == 0:
            L.t("INFO | Patient loaded: ID ").p(p["mrn"], "mrn").t(" '").p(nm(p, pick(["LF", "LFU", "FL"])), "name")
            L.t(f"' plan {p['plan_label']} fx {p['fx']}/{p['fx_total']}")
        elif k == 1:
            L.t("INFO | Couch position captured for ").p(p["mrn"], "mrn")
            L.t(": VRT %.2f LNG %.2f LAT %.2f ROT %.1f PITCH %.1f ROLL %.1f" % (rng.uniform(-20, 0), rng.uniform(80, 120), rng.uniform(-3, 3), rng.choice([0.0, 359.8, 0.2]), rng.uniform(-1, 1), rng.uniform(-1, 1)))
        elif k == 2:
            L.t("INFO | Treatment record sent to OIS for patient ").p(p["mrn"], "mrn").t(f" (session TS-{C.hl7()}{digits(3)}, {rng.randint(2, 9)} fields)")
        else:
            L.t("WARN | Override approved for ").p(nm(p, "FI"), "name").t(" [").p(p["mrn"], "mrn").t(f"]: couch LAT out of tolerance (1.4 cm > 1.0 cm), approver {pick(RTTS)[3]}")
        return [L]
    if k == 0:
        L.t("INFO | BeamOn field=\"%s\" energy=%s MU=%.1f doseRate=%d gantry=%.1f coll=%.1f" % (pick(["RAO 45", "LAO", "ARC1 CW", "ARC2 CCW", "DIBH_TAN"]), pick(["6X", "10X", "6FFF", "10FFF"]), rng.uniform(30, 600), pick([600, 1400, 2400]), rng.uniform(0, 359), pick([0.0, 10.0, 30.0, 350.0])))
    elif k == 1:
        L.t("INFO | BeamOff: delivered %.1f MU, duration %.1f s, termination NORMAL" % (rng.uniform(30, 600), rng.uniform(5, 90)))
    elif k == 2:
        L.t(f"WARN | Interlock '{pick(['DOOR', 'DOSE1_RATE', 'MLC_LEAF_POS', 'COUCH_MOTION', 'KV_ARM'])}' asserted; cleared after {rng.randint(1, 40)} s")
    elif k == 3:
        L.t("INFO | Dosimetry DS1/DS2 ratio %.4f, symmetry %.2f%%, flatness %.2f%%" % (rng.uniform(0.998, 1.002), rng.uniform(0.1, 1.2), rng.uniform(1.0, 2.6)))
    elif k == 4:
        L.t(f"INFO | MLC initialization complete: 120 leaves, max deviation {rng.uniform(0.01, 0.2):.2f} mm")
    elif k == 5:
        L.t(f"INFO | kV CBCT acquisition: 360 projections, 125 kV, {rng.randint(250, 1100)} mAs, reconstruction {rng.randint(9, 30)} s")
    elif k == 6:
        L.t(f"ERROR | Fault {pick(['VSWR_HIGH', 'GUN_CURRENT_LOW', 'TARGET_POS', 'HUMIDITY'])} (code {rng.randint(1000, 9999)}); service ticket INC{digits(7)} opened")
    else:
        L.t(f"INFO | Machine {room} SN H19{digits(4)} morning warm-up complete, MLC firmware 4.{rng.randint(0, 9)}.{rng.randint(0, 20)}")
    return [L]


# ---------------------------------------------------------------- proton syslog
def g_proton():
    L = Line("proton_syslog")
    if want("proton"):
        p = pt_in(PROTON_ROOMS)
        k = rng.randint(0, 3)
        host = pick(["tcs-gtr1", "tcs-gtr2", "tcs-gtr3"]) if k != 1 else pick(["pps-gtr1", "pps-gtr2", "pps-gtr3"])
        daemon = "tcsd" if k != 1 else "ppsd"
        L.t(f"<134>{C.syslog()} {host} {daemon}[{rng.randint(800, 9000)}]: ")
        if k == 0:
            L.t(f"[PBS] irradiation start session=TS-{C.hl7()}{digits(3)} patient_id=").p(p["mrn"], "mrn")
            L.t(f" plan={p['plan_label']} field=F{rng.randint(1, 4)} layers={rng.randint(12, 60)}")
        elif k == 1:
            L.t("setup loaded for patient ").p(p["mrn"], "mrn").t(" '").p(nm(p, "DCM"), "name")
            L.t("' fx %d: x=%.2f y=%.2f z=%.2f yaw=%.1f" % (p["fx"], rng.uniform(-30, 30), rng.uniform(-10, 10), rng.uniform(80, 140), pick([0.0, 90.0, 270.0, 15.0])))
        elif k == 2:
            L.t("treatment record upload to OIS ok patient=").p(p["mrn"], "mrn").t(" dose=%.3fGy(RBE) fx=%d" % (pick([1.8, 2.0, 3.0]), p["fx"]))
        else:
            p = pt_peds()
            L.t("beam request queued: room priority ANESTHESIA for patient ").p(nm(p, "LFI"), "name").t(" (").p(p["mrn"], "mrn").t(")")
        return [L]
    k = rng.randint(0, 8)
    pri = pick(["134", "134", "131", "132", "133"])
    pre = lambda h, d: L.t(f"<{pri}>{C.syslog()} {h} {d}[{rng.randint(300, 9000)}]: ")
    if k == 0:
        pre("cyc-ctl01", "cyclod")
        L.t("beam current ext=%.1fnA extraction_eff=%.1f%% rf_freq=106.%03dMHz dee_V=%.1fkV arc_I=%.2fA vac_main=%.1embar" % (rng.uniform(200, 800), rng.uniform(55, 80), rng.randint(0, 999), rng.uniform(70, 90), rng.uniform(0.8, 1.6), rng.uniform(1e-7, 9e-7)))
    elif k == 1:
        pre("ess-ctl01", "essd")
        L.t("ESS setpoint E=%.1fMeV degrader_wheel=%.2fdeg slits=%.1f/%.1fmm settle_ms=%d" % (rng.uniform(70, 226), rng.uniform(0, 360), rng.uniform(2, 20), rng.uniform(2, 20), rng.randint(50, 900)))
    elif k == 2:
        pre("bds-ctl01", "tcsd")
        L.t(f"beam allocation: {pick(PROTON_ROOMS)} granted (queue depth {rng.randint(0, 3)}, mode=TREATMENT)")
    elif k == 3:
        pre(pick(["nozzle-gtr1", "nozzle-gtr2", "nozzle-gtr3"]), "nozzled")
        L.t("layer %d/%d delivered spots=%d MU_layer=%.3f ic1/ic2=%.4f" % (rng.randint(1, 40), rng.randint(40, 60), rng.randint(40, 900), rng.uniform(0.5, 30), rng.uniform(0.995, 1.005)))
    elif k == 4:
        g = pick(["gtr1-plc", "gtr2-plc", "gtr3-plc"])
        pre(g, "gantryd")
        t = rng.uniform(0, 360)
        fe = rng.uniform(0.001, 0.07)
        L.t("axis GANTRY pos=%.2fdeg target=%.2f following_error=%.3fdeg limit=0.050%s" % (t + fe, t, fe, " ERR" if fe > 0.05 else ""))
    elif k == 5:
        pre("tss-ctl", "tssd")
        L.t(f"interlock TSS_DOOR_{pick(PROTON_ROOMS)} cleared by operator console OC-{rng.randint(1, 3)}")
    elif k == 6:
        pre(pick(["pps-gtr1", "pps-gtr2"]), "ppsd")
        L.t("MOVE_COMPLETE target=SETUP_%d x=%.2f y=%.2f z=%.2f pitch=%.1f roll=%.1f yaw=%.1f err_mm=%.2f" % (rng.randint(1, 3), rng.uniform(-30, 30), rng.uniform(-10, 10), rng.uniform(80, 140), rng.uniform(-1, 1), rng.uniform(-1, 1), pick([0.0, 90.0, 270.0]), rng.uniform(0.01, 0.3)))
    elif k == 7:
        pre("cyc-ctl01", "cyclod")
        L.t(f"ion source filament hours={rng.randint(100, 900)} (replace at 1000); RF conditioning done in {rng.randint(5, 40)} min")
    else:
        pre("tcs-gtr" + str(rng.randint(1, 3)), "tcsd")
        L.t(f"QA mode: daily range check queued job_id={uuid4()} energies=[100,150,200]MeV")
    return [L]


# ---------------------------------------------------------------- IGRT JSON
def g_igrt():
    L = Line("igrt_json")
    room = pick(PROTON_ROOMS + PHOTON_ROOMS)
    L.t('{"ts":"' + C.isoz() + '","level":"info","svc":"igrt-reg","room":"' + room + '",')
    if want("igrt"):
        p = pt()
        k = rng.randint(0, 2)
        if k == 0:
            L.t('"event":"RegistrationApproved","patientId":"').p(p["mrn"], "mrn").t('","patientName":"').p(nm(p, "DCM"), "name")
            L.t('","fx":%d,"modality":"%s","shiftMm":{"vrt":%.1f,"lng":%.1f,"lat":%.1f},"rotDeg":{"pitch":%.1f,"roll":%.1f,"rtn":%.1f},"approvedBy":"rtt.%s","tolExceeded":false}' % (
                p["fx"], pick(["CBCT", "kV-kV", "CT-on-rails"]), rng.uniform(-5, 5), rng.uniform(-5, 5), rng.uniform(-5, 5), rng.uniform(-1, 1), rng.uniform(-1, 1), rng.uniform(-1, 1), pick(RTTS)[3]))
        elif k == 1:
            L.t('"event":"ImageImported","patient_id":"').p(p["mrn"], "mrn").t('","imageAcqDate":"').p(fd(TODAY, "iso"), "date")
            L.t('","seriesUid":"' + uid(pick(UID_ROOTS)) + '","frames":%d}' % rng.randint(2, 720))
        else:
            L.t('"event":"ThresholdExceeded","mrn":"').p(p["mrn"], "mrn").t('","dob":"').p(fd(p["dob"], "iso"), "date")
            L.t('","metric":"lat","valueMm":%.1f,"tolMm":3.0,"action":"re-image"}' % rng.uniform(3.1, 7))
        return [L]
    L.t('"event":"RegistrationComputed","session":"%s","modality":"%s","algorithm":"%s","roi":"%s","iterations":%d,"metric":%.4f,"durationMs":%d}' % (
        uuid4(), pick(["CBCT", "kV-kV", "CT-on-rails"]), pick(["MI_rigid_6DoF", "bony_2D3D", "intensity_NCC"]), pick(["CTV_expanded", "bony_anatomy", "fiducials"]),
        rng.randint(20, 200), rng.uniform(0.6, 0.99), rng.randint(300, 6000)))
    return [L]


def g_exactrac():
    L = Line("exactrac_txt")
    if want("exactrac"):
        p = pt_in(PHOTON_ROOMS)
        L.t(f"{C.t.strftime('%d.%m.%Y %H:%M:%S')}  ExacTrac 7.1  [X-ray correction]  Patient: ").p(nm(p, pick(["LF", "LFM"])), "name")
        L.t("  ID: ").p(p["mrn"], "mrn")
        L.t("  Corr: Lat %.2f cm Lng %.2f cm Vrt %.2f cm Rtn %.1f° Pitch %.1f° Roll %.1f°" % (rng.uniform(-0.3, 0.3), rng.uniform(-0.3, 0.3), rng.uniform(-0.3, 0.3), rng.uniform(-1, 1), rng.uniform(-1, 1), rng.uniform(-1, 1)))
    else:
        L.t(f"{C.t.strftime('%d.%m.%Y %H:%M:%S')}  ExacTrac 7.1  [System]  Isocenter calibration check: deviation %.2f mm (tol 0.50 mm) OK" % rng.uniform(0.05, 0.45))
    return [L]


# ---------------------------------------------------------------- SGRT
def g_sgrt():
    L = Line("sgrt_log")
    phi = want("sgrt")
    k = rng.randint(0, 3) if phi else rng.randint(0, 4)
    comp, lvl = ([("Session", "INFO"), ("Monitor", "INFO"), ("Session", "WARN"), ("Session", "INFO")] if phi else
                 [("Cameras", "INFO"), ("Calibration", "INFO"), ("Monitor", "INFO"), ("Monitor", "WARN"), ("Licensing", "INFO")])[k]
    L.t(f"[{C.dotms()}] [{lvl}] [{comp}] ")
    if phi:
        p = pt_old() if k == 2 else pt()
        if k == 0:
            L.t("Reference surface imported for patient ").p(nm(p, pick(["LF", "LFU"])), "name").t(" [").p(p["mrn"], "mrn")
            L.t("] DOB ").p(fd(p["dob"], pick(["us", "dmy", "iso"])), "date").t(f" from RTSTRUCT External ({rng.randint(40, 180)}k vertices)")
        elif k == 1:
            L.t("DIBH session patient ").p(p["mrn"], "mrn").t(f" fx {p['fx']}: {rng.randint(3, 9)} breath-holds, mean {rng.uniform(15, 35):.1f} s, gating window 3 mm")
        elif k == 2:
            L.t("Patient ").p(nm(p, "FL"), "name").t(" (")
            L.o(str(p["age"]), "age", p["age"] > 89)
            L.t(" y) flagged: hearing impaired, use visual cue screen for breath-hold coaching")
        else:
            L.t("Session closed for ").p(p["mrn"], "mrn").t(": max real-time delta MAG %.2f cm, beam holds %d" % (rng.uniform(0.05, 0.4), rng.randint(0, 6)))
        return [L]
    if k == 0:
        L.t(f"Camera pod {rng.randint(1, 3)}: temp {rng.uniform(30, 40):.1f}C, exposure {rng.uniform(1, 6):.1f} ms, {rng.uniform(10, 25):.1f} fps")
    elif k == 1:
        L.t("Daily cube calibration check: max err %.2f mm / %.2f deg - PASS" % (rng.uniform(0.05, 0.6), rng.uniform(0.02, 0.3)))
    elif k == 2:
        L.t("Real-time delta VRT %.2f LNG %.2f LAT %.2f cm; MAG %.2f cm within 0.30 cm" % (rng.uniform(-0.2, 0.2), rng.uniform(-0.2, 0.2), rng.uniform(-0.2, 0.2), rng.uniform(0, 0.29)))
    elif k == 3:
        L.t("Beam hold asserted: MAG %.2f cm > 0.30 cm for %.1f s" % (rng.uniform(0.31, 0.8), rng.uniform(0.2, 3)))
    else:
        L.t(f"Licence server sgrt-lic01:27000 reachable; build 7.3.{rng.randint(0, 9)}.{rng.randint(100, 999)}")
    return [L]


# ---------------------------------------------------------------- physics QA (python logging)
def g_physqa():
    L = Line("physics_qa_py")
    phi = want("physqa")
    k = rng.randint(0, 2) if phi else rng.randint(0, 5)
    mod = (["psqa.worker", "qa.logfile_analysis", "psqa.scheduler"] if phi else
           ["qa.daily", "pylinac.winston_lutz", "qa.proton.range", "qa.jobs", "qa.proton.spots", "pylinac.starshot"])[k]
    L.t(f"{C.log4net()} {pick(['INFO', 'INFO', 'INFO', 'WARNING'])} [{mod}] ")
    if phi:
        p = pt_in(PROTON_ROOMS)
        if k == 0:
            L.t(f"PSQA plan '{p['plan_label']}' patient ").p(p["mrn"], "mrn").t(f" field F{rng.randint(1, 4)} depth {pick([2.0, 5.0, 10.0])} cm gamma(3%/3mm) {rng.uniform(92, 100):.1f}% PASS")
        elif k == 1:
            L.t("log-file reconstruction for ").p(nm(p, "LFI"), "name").t(" (").p(p["mrn"], "mrn").t(") fx %d: spot pos rms %.2f mm, MU diff %.2f%%" % (p["fx"], rng.uniform(0.1, 0.9), rng.uniform(-1, 1)))
        else:
            L.t("queued IMPT robustness re-eval for patient ").p(p["mrn"], "mrn").t(f" after weight loss; requested by {pick(PHYS)[3]}")
        return [L]
    if k == 0:
        L.t(f"Machine {pick(PHOTON_ROOMS)} output {pick(['6X', '10X', '6FFF'])}: {rng.uniform(98.5, 101.5):.2f}% (tol ±3.0%) PASS")
    elif k == 1:
        L.t(f"WL max 2D CAX->BB {rng.uniform(0.2, 0.9):.2f} mm, gantry iso size {rng.uniform(0.3, 0.9):.2f} mm (tol 1.0) PASS")
    elif k == 2:
        e = pick([100, 150, 200, 226])
        r = {100: 77.2, 150: 157.7, 200: 259.4, 226: 321.6}[e]
        d = rng.uniform(-0.6, 0.6)
        L.t(f"{pick(PROTON_ROOMS)} R80 at {e} MeV = {r + d:.2f} mm (ref {r:.2f}, Δ {d:+.2f} mm) {'PASS' if abs(d) < 1 else 'FAIL'}")
    elif k == 3:
        L.t(f"job {uuid4()} finished in {rng.uniform(3, 300):.1f}s, report s3://cpc-physics-qa/2024/11/18/{hexs(12)}.pdf")
    elif k == 4:
        L.t(f"spot position MLIC {pick(PROTON_ROOMS)}: mean Δx {rng.uniform(-0.5, 0.5):.2f} mm Δy {rng.uniform(-0.5, 0.5):.2f} mm, sigma dev {rng.uniform(0, 8):.1f}%")
    else:
        L.t(f"star radius {rng.uniform(0.2, 0.8):.2f} mm, passed=True, wobble center ({rng.uniform(-1, 1):.2f}, {rng.uniform(-1, 1):.2f})")
    return [L]


PSQA_HDR_DONE = [False]


def g_psqa_csv():
    out = []
    if not PSQA_HDR_DONE[0]:
        L = Line("psqa_csv")
        L.t("qa_id,measured_at,machine,patient_mrn,patient_name,plan_label,field,depth_cm,criteria,pass_rate,result,analyst")
        out.append(L)
        PSQA_HDR_DONE[0] = True
    for _ in range(rng.randint(1, 3)):
        L = Line("psqa_csv")
        p = pt()
        L.t(f"PSQA-{rng.randint(24000, 24999)},{C.t.strftime('%Y-%m-%d %H:%M')},{p['room']},").p(p["mrn"], "mrn").t(',"').p(nm(p, "LF"), "name")
        L.t(f'",{p["plan_label"]},F{rng.randint(1, 4)},{pick([2.0, 5.0, 10.0, 15.0])},3%/2mm,{rng.uniform(90, 100):.1f},{pick(["PASS", "PASS", "PASS", "REVIEW"])},{pick(PHYS)[3]}')
        out.append(L)
    return out


def g_dailyqa_csv():
    out = []
    for _ in range(rng.randint(1, 3)):
        L = Line("dailyqa_csv")
        m = pick(PROTON_ROOMS + PHOTON_ROOMS)
        test = pick(["output", "range_R80", "spot_pos", "laser_iso", "imaging_iso", "door_interlock", "couch_lat"])
        L.t(f"2024-11-18,{C.t.strftime('%H:%M')},{m},{test},{rng.uniform(-1.5, 1.5):+.2f},{pick(['1.0', '2.0', '3.0'])},{pick(['PASS'] * 6 + ['FAIL'])},{pick(RTTS)[3]},{hexs(8)}")
        out.append(L)
    return out


# ---------------------------------------------------------------- schedule export (pipe)
SCHED_HDR = [False]


def g_sched():
    out = []
    if not SCHED_HDR[0]:
        L = Line("sched_pipe")
        L.t("#type|appt_date|appt_time|resource|sch_id|mrn|patient|activity|dur_min|status")
        out.append(L)
        SCHED_HDR[0] = True
    for _ in range(rng.randint(1, 3)):
        L = Line("sched_pipe")
        if want("sched"):
            p = pt()
            a = appt_dt(p)
            dstyle = pick(["iso", "us", "iso"])
            L.t("FX|").p(fd(a.date(), dstyle), "date").t(f"|{a.strftime('%H:%M')}|{p['room']}|{rng.randint(1100000, 1299999)}|").p(p["mrn"], "mrn").t("|")
            L.p(nm(p, pick(["LFU", "LF"])), "name").t(f"|FX {p['fx']}/{p['fx_total']}|{pick([15, 30, 45, 60])}|{pick(['CONF', 'CONF', 'SC', 'RESCH'])}")
        else:
            L.t(f"BLOCK|2024-11-{rng.randint(18, 22)}|{rng.randint(6, 18):02d}:{pick(['00', '30'])}|{pick(PROTON_ROOMS + PHOTON_ROOMS)}|{rng.randint(1100000, 1299999)}|||{pick(['QA_DAILY', 'SERVICE_PM', 'BEAM_RESEARCH', 'WARMUP'])}|{pick([30, 60, 120])}|HOLD")
        out.append(L)
    return out


# ---------------------------------------------------------------- FHIR appointment
def g_fhir():
    L = Line("fhir_json")
    if want("fhir"):
        p = pt()
        a = appt_dt(p)
        e = a + dt.timedelta(minutes=30)
        L.t('{"resourceType":"Appointment","id":"apt-%s","status":"booked","serviceType":[{"text":"%s"}],"start":"' % (digits(8), "Proton treatment" if p["room"].startswith("GTR") else "Photon treatment"))
        L.p(a.strftime("%Y-%m-%dT%H:%M:%S-08:00"), "date").t('","end":"').p(e.strftime("%Y-%m-%dT%H:%M:%S-08:00"), "date")
        L.t('","participant":[{"actor":{"reference":"Patient/').p(p["mrn"], "mrn").t('","display":"').p(nm(p, pick(["FL", "FML"])), "name")
        L.t('"},"status":"accepted"},{"actor":{"reference":"Location/%s"},"status":"accepted"}]}' % p["room"])
    else:
        L.t('{"resourceType":"OperationOutcome","issue":[{"severity":"warning","code":"throttled","diagnostics":"rate limit 50 req/s exceeded for client portal-bff (x-request-id %s)"}]}' % uuid4())
    return [L]


# ---------------------------------------------------------------- journal notes (free text)
def g_journal():
    L = Line("journal_note")
    phi = want("journal")
    k = rng.randint(0, 11) if phi else rng.randint(0, 4)
    if phi:
        ntype = ["Tx Note", "Tx Note", "Front Desk", "Social Work", "Nursing", "Financial", "Phone Call", "Tx Note",
                 "Phone Call", "Social Work", "Phone Call", "Nursing"][k]
    else:
        ntype = ["Tx Note", "Physics", "Admin", "Physics", "Tx Note"][k]
    s = {"Tx Note": pick(RTTS), "Nursing": STAFF[8], "Physics": pick(PHYS), "Admin": STAFF[0]}.get(ntype, pick(RTTS + [STAFF[8]]))
    L.t(f"{C.log4net()} [JOURNAL] note_id={rng.randint(700000, 799999)} type=\"{ntype}\" author=\"{staff_name(s)} ({s[2]})\" text=\"")
    if phi:
        p = pt_old() if k == 3 else (pt_peds() if k == 11 else pt())
        r = p["rel"]
        if k == 0:
            L.t(f"Pt tolerated fx {p['fx']}/{p['fx_total']} well. Mild erythema, gr 1. Reviewed skin care. Pt's {r['rel']} ").p(relname(p), "name").t(" (").p(fmt_phone(r["phone"]), "phone").t(") will drive tomorrow.")
        elif k == 1:
            a = appt_dt(p, 1)
            L.p(nm(p, "G"), "name").t(" arrived 25 min late (traffic from ").p(p["city"], "address").t(f"); fx {p['fx']} moved to ").p(fd(a.date(), pick(["us1", "abbr", "usshort"])), "date").t(f" {a.strftime('%H:%M')}.")
        elif k == 2:
            L.t(f"Spoke w/ pt's {r['rel']} ").p(relname(p, "G"), "name").t(" re: parking - plate ").p(p["plate"], "vehicle").t(" added to validation list.")
        elif k == 3:
            L.t("Pt is ").o(str(p["age"]), "age", p["age"] > 89).t(" y/o, HOH; speak slowly, face pt. Lives alone at ").p(p["street"], "address").t(", ").p(p["city"], "address").t(f" {p['state']} ").p(p["zip"], "zip").t("; SW referral for transport.")
        elif k == 4:
            if p["cied"]:
                c = p["cied"]
                L.t(f"{c[0]} {c[1]}, SN ").p(c[2], "device").t(" interrogated pre-fx by EP - OK to treat, dose to device est < 2 Gy.")
            else:
                L.t("Mrs. " if p["sex"] == "F" else "Mr. ").p(nm(p, "FI"), "name").t(" denies pacemaker/ICD; CIED screening form scanned.")
        elif k == 5:
            L.t(f"Insurance verified: {p['plan']} member ").p(p["member"], "health_plan").t(f", group {p['group']}. Auth #PA-{digits(7)} valid through 12/31/2024.")
        elif k == 6:
            L.t("Pt requested DVH and plan summary by email to ").p(p["email"], "email").t("; sent via secure mail.")
        elif k == 7:
            L.t("Mask remake needed - weight loss 4 kg since sim on ").p(fd(p["sim"], pick(["us", "long", "dmy", "eu"])), "date").t(". Re-sim booked.")
        elif k == 8:
            L.t("Pt prefers records faxed to home fax ").p(fmt_phone(p["fax"], pick([0, 1, 4])), "fax").t(" (no email).")
        elif k == 9:
            L.t("Family set up a page for updates: ").p(p["page"], "url").t(" - pt OK with us knowing, no action.")
        elif k == 10:
            L.t("Called ").p(nm(p, "low"), "name").t(" at ").p(fmt_phone(p["cell"]), "phone").t(" - no answer, left VM re: tomorrow's time change.")
        else:
            L.t("Anesthesia: NPO after midnight reinforced with ").p(relname(p), "name").t(f" ({r['rel']}), cell ").p(fmt_phone(r["phone"]), "phone").t(".")
        L.t("\"")
        return [L]
    r1, r2 = rng.sample(PROTON_ROOMS, 2)
    L.t([f"{r1} down 09:40-10:05 for ESS fault; {rng.randint(2, 5)} pts moved to {r2}.",
         "Beam model v4.2 approved for clinical use after commissioning review.",
         f"Weekly chart rounds moved to Thu 12:00, conf room B (ext {rng.randint(4000, 4999)}).",
         f"Reminder: CBCT protocol updated, see SOP RT-IGRT-0{rng.randint(10, 40)} rev C.",
         f"Couch top indexing bar missing in {pick(PHOTON_ROOMS)}; ordered replacement PO-{digits(6)}."][k])
    L.t("\"")
    return [L]


# ---------------------------------------------------------------- chat messages
def g_chat():
    L = Line("chat_json")
    s = pick(RTTS + [STAFF[8], STAFF[2]])
    L.t('{"channel":"%s","from":"%s %s","ts":"%s","text":"' % (pick(["GTR-Therapists", "TB-Therapists", "FrontDesk-RO", "Physics-OnCall"]), s[0], s[1], C.isolocal()))
    if want("chat"):
        k = rng.randint(0, 4)
        p = pt_old() if k == 3 else (pt_peds() if k == 4 else pt())
        if k == 0:
            L.t("pt in sub-wait 2 (Mrs. " if p["sex"] == "F" else "pt in sub-wait 2 (Mr. ").p(p["family"], "name").t(") needs wheelchair + interpreter, MRN ").p(p["mrn"], "mrn")
        elif k == 1:
            L.t("heads up: ").p(nm(p, "FL"), "name").t(f"'s {p['rel']['rel']} called from ").p(fmt_phone(p["rel"]["phone"]), "phone").t(", running 15 late")
        elif k == 2:
            L.t("can someone re-print the wristband for ").p(nm(p, "LFU"), "name").t(", DOB ").p(fd(p["dob"], pick(["us", "usshort", "us1"])), "date")
        elif k == 3:
            L.t("FYI ").p(nm(p, "FI"), "name").t(" turns ").o(str(p["age"] + 1), "age", p["age"] + 1 > 89).t(" on Friday - card at the desk")
        else:
            L.t("peds: ").p(nm(p, "G"), "name").t(f" under GA at {pick(['07:00', '07:30', '08:00'])}, mom ").p(relname(p, "G"), "name").t(" in family lounge")
        L.t('"}')
        return [L]
    L.t(pick(["coffee machine on 2 is fixed", f"{pick(PROTON_ROOMS)} back in clinical mode, thanks physics",
              "who has the phantom key?", f"running ~{rng.randint(5, 30)} min behind in {pick(PROTON_ROOMS + PHOTON_ROOMS)}",
              "reminder: badge in at the vault door", "physics on-call pager is 503-555-0100 tonight"]) + '"}')
    return [L]


# ---------------------------------------------------------------- X12 270
def g_x12():
    out = []
    p = pt()
    C.tick(5, 30)

    def X(name, fields):
        L = Line("x12_270")
        seg(L, name, fields, sep="*", term="~")
        return L
    ctl = "%09d" % rng.randint(1, 99999)
    out.append(X("ISA", ["00", "          ", "00", "          ", "ZZ", "CPCPROTON      ", "ZZ", "%-15s" % p["plan_code"], C.t.strftime("%y%m%d"), C.t.strftime("%H%M"), "^", "00501", ctl, "0", "P", ":"]))
    out.append(X("GS", ["HS", "CPCPROTON", p["plan_code"], C.t.strftime("%Y%m%d"), C.t.strftime("%H%M"), str(int(ctl)), "X", "005010X279A1"]))
    out.append(X("ST", ["270", "0001", "005010X279A1"]))
    out.append(X("BHT", ["0022", "13", "ELG" + digits(8), C.t.strftime("%Y%m%d"), C.t.strftime("%H%M")]))
    out.append(X("HL", ["1", "", "20", "1"]))
    out.append(X("NM1", ["PR", "2", up(p["plan"]), "", "", "", "", "PI", digits(5)]))
    out.append(X("HL", ["2", "1", "21", "1"]))
    out.append(X("NM1", ["1P", "2", "CASCADIA PROTON CENTER", "", "", "", "", "XX", "1" + digits(9)]))
    out.append(X("HL", ["3", "2", "22", "0"]))
    out.append(X("TRN", ["1", digits(10), "9CPC000001"]))
    out.append(X("NM1", ["IL", "1", [(up(fold(p["family"])), "name")], [(up(fold(p["given"])), "name")], up(p["middle"][:1]), "", "", "MI", [(p["member"].replace("-", ""), "health_plan")]]))
    if rng.random() < 0.7:
        out.append(X("N3", [[(up(p["street"]), "address")]]))
        out.append(X("N4", [[(up(p["city"]), "address")], p["state"], [(p["zip"], "zip")]]))
    out.append(X("DMG", ["D8", [(p["dob"].strftime("%Y%m%d"), "date")], p["sex"]]))
    out.append(X("DTP", ["291", "D8", [(fx_date(p, 1).strftime("%Y%m%d"), "date")]]))
    out.append(X("EQ", ["30"]))
    st_i = [i for i, l in enumerate(out) if l.text().startswith("ST*")][0]
    out.append(X("SE", [str(len(out) - st_i + 1), "0001"]))
    out.append(X("GE", ["1", str(int(ctl))]))
    out.append(X("IEA", ["1", ctl]))
    return out


# ---------------------------------------------------------------- nginx / portal
UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.58 Mobile Safari/537.36",
      "CPCPatientApp/3.8.1 (iOS 17.6; iPhone14,5)"]


def g_nginx():
    L = Line("nginx_access")
    if want("nginx"):
        p = pt()
        k = rng.randint(0, 2)
        L.p(p["ip"], "ip").t(" - ")
        if k == 0:
            L.t(f"- [{C.clf()}] \"GET /myportal/api/v2/appointments?patientId=").p(p["mrn"], "mrn")
            L.t(f"&from=2024-11-18 HTTP/2.0\" 200 {rng.randint(400, 4000)} \"https://portal.cascadiaproton.org/schedule\" \"{pick(UA)}\" {rng.uniform(0.01, 0.5):.3f}")
        elif k == 1:
            L.p(p["portal_user"], "other_id").t(f" [{C.clf()}] \"GET /myportal/api/v2/documents?type=treatment_summary HTTP/2.0\" 200 {rng.randint(2000, 90000)} \"-\" \"{pick(UA)}\" {rng.uniform(0.01, 0.9):.3f}")
        else:
            L.t(f"- [{C.clf()}] \"POST /myportal/api/v2/messages HTTP/2.0\" 201 {rng.randint(80, 300)} \"https://portal.cascadiaproton.org/inbox\" \"{pick(UA)}\" {rng.uniform(0.01, 0.5):.3f}")
        return [L]
    k = rng.randint(0, 4)
    ip = f"10.40.{rng.randint(1, 9)}.{rng.randint(2, 250)}"
    if k == 0:
        L.t(f"{ip} - - [{C.clf()}] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\" 0.001")
    elif k == 1:
        L.t(f"{ip} - - [{C.clf()}] \"GET /metrics HTTP/1.1\" 200 {rng.randint(3000, 30000)} \"-\" \"Prometheus/2.53.1\" 0.0{rng.randint(1, 9)}")
    elif k == 2:
        L.t(f"{ip} - - [{C.clf()}] \"POST /api/v1/qa/results HTTP/1.1\" 201 {rng.randint(40, 200)} \"-\" \"python-requests/2.32.3\" {rng.uniform(0.01, 0.3):.3f}")
    elif k == 3:
        L.t(f"{ip} - - [{C.clf()}] \"GET /static/js/app.{hexs(8)}.js HTTP/2.0\" 304 0 \"https://portal.cascadiaproton.org/\" \"{pick(UA)}\" 0.000")
    else:
        L.t(f"{ip} - - [{C.clf()}] \"GET /myportal/api/v2/clinic/hours HTTP/1.1\" 200 {rng.randint(200, 900)} \"-\" \"{pick(UA)}\" 0.004")
    return [L]


def g_portal_auth():
    L = Line("portal_auth_kv")
    L.t(f"time={C.isoz()} level={pick(['info', 'info', 'warn'])} svc=portal-auth trace_id={hexs(32)} span_id={hexs(16)} ")
    if want("portal"):
        p = pt()
        k = rng.randint(0, 2)
        if k == 0:
            L.t("msg=\"login ok\" user=").p(p["portal_user"], "other_id").t(" ip=").p(p["ip"], "ip").t(f" mfa={pick(['sms', 'totp', 'email'])}")
        elif k == 1:
            L.t("msg=\"password reset requested\" email=").p(p["email"], "email").t(" ip=").p(p["ip"], "ip")
        else:
            L.t("msg=\"mfa code sent\" user=").p(p["portal_user"], "other_id").t(" phone=").p(fmt_phone(p["cell"], 2), "phone")
        return [L]
    L.t(pick([f"msg=\"jwks refreshed\" keys=3 kid={hexs(16)}", f"msg=\"session sweep\" expired={rng.randint(0, 80)} active={rng.randint(10, 300)}",
              "msg=\"rate limit\" route=/login limit=10/min client=waf-edge", f"msg=\"tls cert expires\" cn=portal.cascadiaproton.org not_after=2025-02-{rng.randint(1, 28):02d}"]))
    return [L]


# ---------------------------------------------------------------- infrastructure
def g_infra():
    k = rng.randint(0, 7)
    if k == 0:
        L = Line("klog")
        pod = pick(["dicom-router", "igrt-reg", "psqa-worker", "portal-bff", "hl7-bridge"])
        L.t(f"{C.klog()}       1 event.go:307] \"Event occurred\" object=\"oncology/{pod}-{hexs(9)}-{hexs(5)}\" kind=\"Pod\" apiVersion=\"v1\" type=\"Normal\" reason=\"{pick(['Pulled', 'Started', 'Created', 'Scheduled'])}\" message=\"Container image \\\"registry.cpc.local/rt/{pod}:{rng.randint(1, 4)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}\\\" already present on machine\"")
    elif k == 1:
        L = Line("postgres")
        L.t(f"{C.dotms()} PST [{rng.randint(1000, 40000)}] LOG:  duration: {rng.uniform(100, 5000):.3f} ms  statement: SELECT machine_id, test, value FROM qa_results WHERE measured_at > now() - interval '1 day'")
    elif k == 2:
        L = Line("systemd")
        L.t(f"{C.syslog()} {pick(['dcm-router01', 'mirth01', 'qa-srv01'])} systemd[1]: {pick(['Started', 'Stopped', 'Reloaded'])} {pick(['DICOM router (dcmrouter.service)', 'Mirth Connect (mcservice.service)', 'Physics QA scheduler (qa-sched.service)', 'Daily cleanup of temporary directories'])}.")
    elif k == 3:
        L = Line("win_event")
        L.t(f"{C.win()}\tInformation\tARIA-APP0{rng.randint(1, 3)}\tService Control Manager\t7036\tThe {pick(['Varian DICOM DB Daemon', 'VMS ARIA Web Services', 'Varian Service Portal Agent', 'Windows Update'])} service entered the {pick(['running', 'stopped'])} state.")
    elif k == 4:
        L = Line("haproxy")
        L.t(f"{C.syslog()} lb01 haproxy[{rng.randint(1000, 9000)}]: 10.40.{rng.randint(1, 9)}.{rng.randint(2, 250)}:{rng.randint(30000, 65000)} [{C.t.strftime('%d/%b/%Y:%H:%M:%S')}.{C.ms()}] aria_ws~ aria_pool/aria-app0{rng.randint(1, 3)} 0/0/{rng.randint(0, 5)}/{rng.randint(5, 400)}/{rng.randint(5, 500)} 200 {rng.randint(300, 9000)} - - ---- {rng.randint(1, 90)}/{rng.randint(1, 90)}/0/0/0 0/0 \"POST /Gateway/service.svc HTTP/1.1\"")
    elif k == 5:
        L = Line("postgres")
        L.t(f"{C.dotms()} PST [{rng.randint(1000, 40000)}] LOG:  checkpoint complete: wrote {rng.randint(100, 9000)} buffers ({rng.uniform(0, 9):.1f}%); 0 WAL file(s) added, {rng.randint(0, 4)} removed, {rng.randint(0, 4)} recycled; write={rng.uniform(1, 30):.3f} s")
    elif k == 6:
        L = Line("backup_log")
        L.t(f"{C.isolocal()} veeam job=\"ARIA-DB nightly\" session={uuid4()} status=Success processed={rng.randint(200, 900)}GB rate={rng.randint(100, 800)}MB/s dedupe={rng.uniform(1.5, 4):.1f}x")
    else:
        L = Line("systemd")
        L.t(f"{C.syslog()} {pick(['cyc-hist01', 'qa-srv01'])} chronyd[{rng.randint(500, 900)}]: Selected source 10.40.0.{rng.randint(2, 4)} (ntp1.cpc.local); offset {rng.uniform(-0.002, 0.002):+.6f} s")
    return [L]


def g_pg_err():
    p = pt()
    a = Line("postgres")
    pid = rng.randint(1000, 40000)
    a.t(f"{C.dotms()} PST [{pid}] ERROR:  duplicate key value violates unique constraint \"patients_mrn_key\"")
    b = Line("postgres")
    b.t(f"{C.dotms()} PST [{pid}] DETAIL:  Key (mrn)=(").p(p["mrn"], "mrn").t(") already exists.")
    c = Line("postgres")
    c.t(f"{C.dotms()} PST [{pid}] STATEMENT:  INSERT INTO patients (mrn, family_name, given_name, birth_date) VALUES ($1, $2, $3, $4)")
    return [a, b, c]


# ---------------------------------------------------------------- ARIA SOAP XML
def g_xml():
    L = Line("aria_soap_xml")
    L.t(f"{C.log4net()} [{rng.randint(4, 60)}] DEBUG VMS.OIS.ARIAExternal.WebServices.Gateway - Response body: ")
    if want("xml"):
        p = pt()
        L.t('<GetPatientResponse xmlns="http://services.varian.com/Patient/Documents"><Patient><PatientId1>').p(p["mrn"], "mrn")
        L.t("</PatientId1><PatientSer>").p(p["patser"], "other_id").t("</PatientSer><LastName>").p(p["family"], "name").t("</LastName><FirstName>").p(p["given"], "name")
        L.t("</FirstName><DateOfBirth>").p(p["dob"].strftime("%Y-%m-%dT00:00:00"), "date").t(f"</DateOfBirth><Sex>{'Female' if p['sex'] == 'F' else 'Male'}</Sex>")
        if rng.random() < 0.6:
            L.t("<Address><Street>").p(p["street"], "address").t("</Street><City>").p(p["city"], "address").t(f"</City><State>{p['state']}</State><PostalCode>").p(p["zip"], "zip").t("</PostalCode></Address>")
        L.t("<HomePhone>").p(fmt_phone(p["phone"], 0), "phone").t("</HomePhone></Patient></GetPatientResponse>")
    else:
        L.t(f'<GetMachineStatusResponse xmlns="http://services.varian.com/Machine"><Machine Id="{pick(PHOTON_ROOMS)}" Status="{pick(["Clinical", "Service", "QA"])}" Version="18.0" LastCalibration="2024-11-{rng.randint(1, 17):02d}"/></GetMachineStatusResponse>')
    return [L]


# ---------------------------------------------------------------- kiosk (palm vein, photo, parking)
def b64_photo():
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
    body = bytes(rng.randint(0, 255) for _ in range(rng.randint(260, 420)))
    return base64.b64encode(head + body).decode()


def g_kiosk():
    L = Line("kiosk_json")
    kio = pick(["LOBBY-K1", "LOBBY-K2", "PROTON-K3"])
    L.t('{"ts":"%s","kiosk":"%s",' % (C.isolocal(), kio))
    if want("kiosk"):
        p = pt()
        k = rng.randint(0, 5)
        if k == 0:
            L.t('"event":"palm_scan_match","score":%.4f,"mrn":"' % rng.uniform(0.95, 0.999)).p(p["mrn"], "mrn").t('","displayName":"').p(nm(p, "FI"), "name").t('"}')
        elif k == 1:
            tpl = base64.b64encode(bytes(rng.randint(0, 255) for _ in range(96))).decode()
            L.t('"event":"palm_enroll","patientSer":').p(p["patser"], "other_id").t(',"vendor":"PalmSecure","template":"').p(tpl, "biometric").t('"}')
        elif k == 2:
            L.t('"event":"photo_captured","patientSer":').p(p["patser"], "other_id").t(',"contentType":"image/jpeg","data":"').p(b64_photo(), "photo").t('"}')
        elif k == 3:
            a = soon()
            L.t('"event":"parking_validated","plate":"').p(p["plate"], "vehicle").t('","plateState":"%s","mrn":"' % p["state"]).p(p["mrn"], "mrn")
            L.t('","apptTime":"').p(a.strftime("%Y-%m-%dT%H:%M:%S-08:00"), "date").t('","ticket":"%s"}' % digits(8))
        elif k == 4:
            L.t('"event":"demographics_confirmed","mrn":"').p(p["mrn"], "mrn").t('","address":{"line":"').p(p["street"], "address")
            L.t('","city":"').p(p["city"], "address").t('","county":"').p(p["county"], "address").t('","state":"%s","zip":"' % p["state"]).p(p["zip"], "zip")
            L.t('"},"mobile":"').p(fmt_phone(p["cell"], 1), "phone").t('","emergencyContact":{"name":"').p(relname(p), "name").t('","relation":"%s","phone":"' % p["rel"]["rel"])
            L.p(fmt_phone(p["rel"]["phone"], 2), "phone").t('"}}')
        else:
            L.t('"event":"id_scanned","docType":"DL","dlNumber":"').p(p["dl"], "license").t('","issuer":"%s","nameOnId":"' % p["state"]).p(nm(p, "LFU"), "name")
            L.t('","dob":"').p(fd(p["dob"], "usdash"), "date").t('","match":"mrn:').p(p["mrn"], "mrn").t('"}')
        return [L]
    L.t(pick(['"event":"heartbeat","uptimeS":%d,"printer":"ok","scanner":"ok"}' % rng.randint(1000, 900000),
              '"event":"queue_status","waiting":%d,"avgWaitMin":%.1f}' % (rng.randint(0, 12), rng.uniform(0, 25)),
              '"event":"palm_scan_nomatch","score":%.4f,"retry":%d}' % (rng.uniform(0.2, 0.7), rng.randint(1, 3)),
              '"event":"wristband_printer","status":"paper_low","remainingPct":%d}' % rng.randint(2, 15)]))
    return [L]


# ---------------------------------------------------------------- payments / travel assistance
def g_payment():
    L = Line("payment_kv")
    L.t(f"{C.isoz()} payment-svc ")
    if want("payment"):
        p = pt()
        k = rng.randint(0, 2)
        if k == 0:
            L.t("level=error msg=\"card declined\" guarantor=\"").p(relname(p) if rng.random() < 0.5 else nm(p, "FL"), "name").t("\" acct=").p(p["acct"], "account")
            L.t(" pan=").p(p["card"], "account").t(f" exp={rng.randint(1, 12):02d}/{rng.randint(25, 29)} amount={rng.uniform(20, 900):.2f} order=ORD-2024-{digits(6)} gw_code=05")
        elif k == 1:
            L.t("level=info msg=\"payment posted\" patient_account=").p(p["acct"], "account").t(f" card=************{p['card'][-4:]} amount={rng.uniform(20, 500):.2f} order=ORD-2024-{digits(6)}")
        else:
            L.t("level=info msg=\"travel reimbursement claim\" mrn=").p(p["mrn"], "mrn").t(" vehicle_vin=").p(p["vin"], "vehicle").t(" plate=").p(p["plate"], "vehicle")
            L.t(f" miles={rng.randint(60, 640)} rate=0.21 program=LODGING_TRAVEL_ASSIST")
        return [L]
    L.t(pick([f"level=info msg=\"batch settled\" batch=20241118-0{rng.randint(1, 4)} count={rng.randint(5, 60)} total={rng.uniform(900, 30000):.2f}",
              f"level=warn msg=\"gateway latency\" p99_ms={rng.randint(400, 3000)} endpoint=https://api.payproc.example/v2/charges",
              f"level=info msg=\"refund issued\" order=ORD-2024-{digits(6)} amount={rng.uniform(5, 200):.2f} reason=duplicate"]))
    return [L]


# ---------------------------------------------------------------- CIED registry
def g_cied():
    L = Line("cied_pipe")
    p = pt()
    if p["cied"] is None:
        p = pick([q for q in PATIENTS if q["cied"]])
    c = p["cied"]
    L.t(f"CIED|{C.t.strftime('%Y%m%d%H%M')}|{p['room']}|").p(p["mrn"], "mrn").t(f"|{c[3]}|{c[0]}|{c[1]}|SN=").p(c[2], "device")
    if rng.random() < 0.4:
        L.t("|UDI=(01)0" + digits(13) + "(21)").p(c[2], "device")
    L.t(f"|est_dose_Gy={rng.uniform(0.1, 2.5):.2f}|risk={pick(['LOW', 'MEDIUM'])}|monitor={pick(['weekly', 'per-fx'])}")
    return [L]


# ============================================================================
FAMILIES = [
    ("aria", g_aria, 14, 0.55), ("mosaiq", g_mosaiq, 10, 0.55), ("hl7", g_hl7, 1.5, None), ("hl7ack", g_hl7_ack, 1.2, None),
    ("dcmdump", g_dcmdump, 0.4, None), ("dicomnet", g_dicomnet, 4, 0.5), ("tds", g_tds, 9, 0.4),
    ("proton", g_proton, 12, 0.3), ("igrt", g_igrt, 7, 0.5), ("exactrac", g_exactrac, 2, 0.5), ("sgrt", g_sgrt, 7, 0.45),
    ("physqa", g_physqa, 8, 0.3), ("psqa", g_psqa_csv, 2, None), ("dailyqa", g_dailyqa_csv, 2, None),
    ("sched", g_sched, 3, 0.75), ("fhir", g_fhir, 3, 0.8), ("journal", g_journal, 11, 0.8), ("chat", g_chat, 5, 0.6),
    ("x12", g_x12, 0.25, None), ("nginx", g_nginx, 7, 0.45), ("portal", g_portal_auth, 5, 0.7), ("infra", g_infra, 10, None),
    ("pgerr", g_pg_err, 0.5, None), ("xml", g_xml, 3, 0.7), ("kiosk", g_kiosk, 8, 0.8), ("payment", g_payment, 4, 0.75),
    ("cied", g_cied, 1.2, None),
]
for n, _, _, ph in FAMILIES:
    if ph is not None:
        PHI[n] = ph


def main():
    lines = []
    total_w = sum(f[2] for f in FAMILIES)
    while len(lines) < N_LINES:
        r = rng.random() * total_w
        for n, g, w, _ in FAMILIES:
            r -= w
            if r <= 0:
                break
        C.tick(15, 140)
        lines.extend(g())
    lines = lines[:N_LINES]

    log_out, lab_out = [], []
    for i, L in enumerate(lines, 1):
        txt = L.text()
        assert "\n" not in txt and "\r" not in txt and txt.strip() != "", (i, txt)
        b = txt.encode("utf-8")
        spans = []
        for s in L.spans:
            assert b[s["s"]:s["e"]].decode("utf-8") == s["v"], (i, s)
            assert s["e"] > s["s"]
            spans.append({"s": s["s"], "e": s["e"], "cat": s["cat"]})
        log_out.append(txt)
        lab_out.append(json.dumps({"line": i, "family": L.family, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(log_out) + "\n")
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lab_out) + "\n")


if __name__ == "__main__":
    main()
