#!/usr/bin/env python3
"""Generate le.log / le.labels.jsonl: a synthetic, labeled PHI test corpus.

Theme: a radiology practice ("Lakeside Imaging", Portland OR) running teleradiology
and PACS operations.  Sources mixed into one shipped log: dcmtk findscu/movescu and
wlmscpfs output (DICOM dumps with query keys), HL7 v2 ORM/ORU/ACK segments (one
physical line per segment) and escaped one-line HL7 inside interface-engine lines,
modality-worklist CSV exports, PowerScribe-like dictation server logs (log4net),
peer review JSON, critical-result callback records and notes, CD import / burning
station logs (Epson-style job files), patient portal image-sharing (nginx access
lines, pino JSON app logs), AI triage vendor webhooks (uvicorn + JSON payloads),
billing coding queues (CSV with header, pipe rows without header, X12 270/271),
Java log4j2 router logs and WildFly/dcm4chee logs with stack traces, Windows
service logs (Serilog text, Event Viewer CSV, one-line event XML), OpenVPN syslog
of remote readers, teleradiology assignment lines, radiologist chat and scheduling
SMS gateway logs.  All people and identifiers are synthetic.

Labeling decisions:
- Labeled: identifiers of patients and of the people around them whose health
  information the line is about (relatives, guarantors, insurance subscribers,
  emergency contacts).  Radiologists, referring physicians, technologists, coders,
  IT staff, vendors, facilities and the practice itself are never labeled (names,
  user ids, pagers, phones, faxes, emails, remote-reading IPs, NPIs).
- Person names: one span over the whole written name, including DICOM/HL7/X12
  component separators (GARCIA-LOPEZ^MARIA^ELENA, FUENTES*MIGUEL*A) and the comma of
  "Last, First"; HL7 name-type suffixes (^^^^L), titles (Mrs., Dr.) are excluded.
  A wildcard query key (VOLKOV^D*) is labeled as a name.  A first name or surname
  alone that refers to a patient/relative is labeled.
- Dates: birth dates and dates of service tied to a patient record (study date,
  scheduled/appointment date-time, admit date, comparison/prior exam dates, date of
  service on claims, X12 DTP) are labeled, whole value incl. time when written as one
  token (202403140730).  Log timestamps, HL7 MSH-7 message times, link expiry times,
  X12 envelope dates, day-wide worklist query dates with no patient and C-FIND
  look-back ranges computed from today (StudyDate [20210312-]) are not.
- Ages are labeled only when over 89; the span is the value as written in its field
  (DICOM AS '092Y', age=93) or the number only in prose ('93' of '93-year-old').
- Addresses: street line (with unit) and city are separate address spans, zip is a
  zip span, the state is not labeled.  Business/imaging-center addresses are not.
- MRN: local MRNs and outside facilities' patient IDs (CD imports, OtherPatientIDs).
- account: patient/billing account numbers (PID-18, pt_acct) and full card numbers;
  masked card fragments (last four digits) are not labeled.
- health_plan: member/subscriber ids, Medicare MBI, Medicaid ids.
- other_id: visit/encounter numbers (PV1-19, enc=), portal usernames, bare image-share
  tokens.  A share link written as a URL or request path is labeled url as a whole.
- Accession, order (placer/filler), claim, job, ticket, review, alert and message
  ids, Study/Series/SOP Instance UIDs, AE titles, hashes, trace ids: transaction or
  system identifiers, not labeled.
- ip: public IPs of patients using the portal; internal 10.x, load balancers,
  vendors and staff (remote radiologists on VPN) are not labeled.
- device: serials/UDIs of devices implanted in or carried by a patient (pacemaker,
  ICD, neurostimulator, insulin pump, portal app device id); modality, scanner,
  burner and workstation serials are not labeled.
- license: a patient's (or picking-up relative's) driver licence number; vehicle: plate/VIN of a
  patient's vehicle; fax: a patient's own fax number; biometric: fingerprint/palm
  templates of a patient (base64); photo: base64 face images from check-in kiosks.
  Radiologist voice profiles (staff) are not biometric labels.
- Patient sex, exam descriptions, CPT/ICD codes, findings are not labeled.
"""
import json
import os
import random
import datetime as dt

SEED = 21021
R = random.Random(SEED)
ID = "le"
TARGET_NOPHI = 0.55
N_LINES = 500

# ---------------------------------------------------------------- line builder


class Ln:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        s = str(s)
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        s = str(s)
        if cat is None:
            return self.t(s)
        b = s.encode("utf-8")
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, len(self.buf), cat, s))
        return self

    def parts(self, *xs):
        for x in xs:
            if isinstance(x, P):
                self.p(x.v, x.cat)
            else:
                self.t(x)
        return self

    def text(self):
        return self.buf.decode("utf-8")


class P:
    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class T:
    """A string made of plain parts and P parts (for JSON values)."""
    def __init__(self, *parts):
        self.parts = parts


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jput(ln, obj, sp=False):
    colon = ": " if sp else ":"
    comma = ", " if sp else ","
    if isinstance(obj, dict):
        ln.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                ln.t(comma)
            ln.t(json.dumps(k) + colon)
            jput(ln, v, sp)
        ln.t("}")
    elif isinstance(obj, list):
        ln.t("[")
        for i, v in enumerate(obj):
            if i:
                ln.t(comma)
            jput(ln, v, sp)
        ln.t("]")
    elif isinstance(obj, P):
        if isinstance(obj.v, (int, float)):
            ln.p(json.dumps(obj.v), obj.cat)
        else:
            ln.t('"').p(jesc(obj.v), obj.cat).t('"')
    elif isinstance(obj, T):
        ln.t('"')
        for x in obj.parts:
            if isinstance(x, P):
                ln.p(jesc(x.v), x.cat)
            else:
                ln.t(jesc(x))
        ln.t('"')
    else:
        ln.t(json.dumps(obj, ensure_ascii=False))
    return ln


# ---------------------------------------------------------------- clock


class Clock:
    def __init__(self):
        self.now = dt.datetime(2024, 3, 11, 5, 58, 3, 117000)

    def adv(self, a=1, b=40):
        self.now += dt.timedelta(seconds=R.randint(a, b), milliseconds=R.randint(0, 999))
        return self.now

    def small(self):
        self.now += dt.timedelta(milliseconds=R.randint(1, 900))
        return self.now

    def iso_ms(self):  # local with offset
        return self.now.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-07:00" % (self.now.microsecond // 1000)

    def utc_z(self):
        u = self.now + dt.timedelta(hours=7)
        return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (u.microsecond // 1000)

    def l4n(self):
        return self.now.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (self.now.microsecond // 1000)

    def dotms(self):
        return self.now.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (self.now.microsecond // 1000)

    def syslog(self):
        return self.now.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if self.now.day < 10 else self.now.strftime("%b %d %H:%M:%S")

    def nginx(self):
        return self.now.strftime("%d/%b/%Y:%H:%M:%S -0700")

    def win(self):
        h = self.now.hour % 12 or 12
        ap = "AM" if self.now.hour < 12 else "PM"
        return "%d/%d/%d %d:%02d:%02d %s" % (self.now.month, self.now.day, self.now.year, h,
                                             self.now.minute, self.now.second, ap)

    def epoch_ms(self):
        u = self.now + dt.timedelta(hours=7)
        return int((u - dt.datetime(1970, 1, 1)).total_seconds() * 1000)

    def hl7(self):
        return self.now.strftime("%Y%m%d%H%M%S")


C = Clock()

# ---------------------------------------------------------------- pools

NAMES = [
    ("Maria", "Elena", "Garcia-Lopez", "F"), ("Patrick", "J", "O'Neill", "M"),
    ("Jan", "", "van der Berg", "M"), ("Thi Mai", "", "Nguyen", "F"),
    ("Oluwaseun", "", "Adeyemi", "M"), ("Anna", "Maria", "Kowalska", "F"),
    ("Hiroshi", "", "Tanaka", "M"), ("Fatima", "Zahra", "Al-Sayed", "F"),
    ("Claire", "M", "Dubois", "F"), ("Dmitri", "Alexeevich", "Volkov", "M"),
    ("Siobhán", "", "McCarthy", "F"), ("José", "Luis", "Ramírez", "M"),
    ("Ingrid", "", "Søndergaard", "F"), ("Rahul", "", "Venkataraman", "M"),
    ("Aaliyah", "N", "Washington", "F"), ("Kwame", "", "Mensah", "M"),
    ("Wei", "", "Li", "F"), ("Giovanni", "", "De Luca", "M"),
    ("Marie-Claude", "", "Tremblay", "F"), ("Björn", "", "Lindqvist", "M"),
    ("Amara", "", "Okonkwo-Bell", "F"), ("Tomasz", "", "Wiśniewski", "M"),
    ("Leilani", "K", "Kahananui", "F"), ("Yusuf", "", "Demir", "M"),
    ("Hannah", "R", "Goldberg", "F"), ("Miguel Ángel", "", "Fuentes", "M"),
    ("Precious", "", "Dlamini", "F"), ("Connor", "", "Fitzgerald", "M"),
    ("Esperanza", "", "Villanueva", "F"), ("Abdirahman", "", "Farah", "M"),
    ("Eun-ji", "", "Park", "F"), ("Beatrix", "", "von Hohenberg", "F"),
    ("Khalid", "", "Al Nuaimi", "M"), ("Dolores", "A", "St. Clair", "F"),
    ("Juan", "Pablo", "de la Cruz", "M"), ("Ngozi", "", "Eze", "F"),
    ("Aroha", "", "Ngata", "F"), ("Pål", "", "Haugen", "M"),
    ("Zsófia", "", "Kovács", "F"), ("Raúl", "", "Castillo Herrera", "M"),
]
ELDERLY = {"Nguyen", "St. Clair", "von Hohenberg", "O'Neill", "Haugen", "Kovács"}

REL_FIRST = [("Lan", "F"), ("Tom", "M"), ("Grace", "F"), ("Sergei", "M"), ("Ewa", "F"), ("Mateo", "M"),
             ("Aiko", "F"), ("Omar", "M"), ("Brigid", "F"), ("Chidi", "M"), ("Ana Lucía", "F"), ("Henrik", "M"),
             ("Noor", "F"), ("Dev", "M"), ("Keala", "F"), ("Ruth", "F")]

STREETS = ["NE Alberta St", "SE Hawthorne Blvd", "SW Capitol Hwy", "N Lombard St",
           "NE Sandy Blvd", "SE Foster Rd", "SW Beaverton-Hillsdale Hwy", "NW Thurman St",
           "SE 82nd Ave", "NE Fremont St", "Kruse Way", "SE Main St", "NE 162nd Ave",
           "Mill Plain Blvd", "SW Tualatin Valley Hwy", "Oak Grove Blvd"]
CITIES = [("Portland", "OR", "972"), ("Beaverton", "OR", "970"), ("Gresham", "OR", "970"),
          ("Hillsboro", "OR", "971"), ("Vancouver", "WA", "986"), ("Lake Oswego", "OR", "970"),
          ("Milwaukie", "OR", "972"), ("Oregon City", "OR", "970"), ("Tigard", "OR", "972"),
          ("Camas", "WA", "986"), ("Salem", "OR", "973")]
AREA = ["503", "971", "360", "541", "458", "564"]
MAILD = ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com", "hotmail.com", "proton.me"]
PLANS = [("MODA HEALTH", "MOD", "93542"), ("REGENCE BCBS OR", "REG", "00851"),
         ("PROVIDENCE HEALTH PLAN", "PHP", "61177"), ("KAISER NW", "KPNW", "94320"),
         ("MEDICARE PART B", "MCR", "00835"), ("OREGON HEALTH PLAN", "OHP", "OR-MCD"),
         ("AETNA", "AET", "60054"), ("PACIFICSOURCE", "PSH", "93097")]

RADS = [("Priya", "Raman", "praman"), ("Marcus", "Feld", "mfeld"), ("Keiko", "Abe", "kabe"),
        ("Samuel", "Osei", "sosei"), ("Lena", "Hartmann", "lhartmann"),
        ("Rafael", "Quintero", "rquintero"), ("Adaeze", "Nwosu", "anwosu")]
REFDOCS = [("1447281911", "HENDERSON", "ALAN", "R"), ("1730499211", "CHAUDHRY", "NADIA", ""),
           ("1063518870", "BLACKWOOD", "TERESA", ""), ("1295837716", "YAMAMOTO", "KEN", ""),
           ("1811927345", "OKAFOR", "CHIDI", "E")]
TECHS = ["tech.acole", "tech.jmorales", "tech.rsingh", "tech.bweiss"]
# (modality, CPT, description, ICD-10, indications, [(finding, impression)], critical finding)
EXAMS = [
    ("CT", "74177", "CT ABD/PELVIS W CONTRAST", "R10.9", ["RLQ pain, r/o appendicitis", "abd pain, fever", "staging"],
     [("Dilated appendix 11 mm with periappendiceal stranding.", "Acute uncomplicated appendicitis."),
      ("Pneumoperitoneum with free air anterior to the liver.", "Pneumoperitoneum, likely perforated viscus.")], "Free air under diaphragm"),
    ("CT", "70450", "CT HEAD WO CONTRAST", "S06.9X0A", ["fall, on apixaban", "acute confusion", "headache, worst of life"],
     [("No acute intracranial hemorrhage, mass effect or midline shift.", "No acute intracranial abnormality."),
      ("Acute right convexity subdural hematoma measuring 7 mm with 4 mm leftward shift.", "Acute right SDH with mass effect.")], "Acute SDH 7mm, 4mm MLS"),
    ("CT", "71275", "CTA CHEST PE PROTOCOL", "R07.89", ["r/o PE", "dyspnea, tachycardia", "pleuritic chest pain"],
     [("Filling defects in the right lower lobe segmental arteries.", "Acute right lower lobe pulmonary embolism."),
      ("No pulmonary embolism to the subsegmental level.", "No PE.")], "Saddle PE with RV strain"),
    ("MR", "70553", "MRI BRAIN W/WO CONTRAST", "G43.909", ["headaches, new onset", "f/u meningioma", "seizure"],
     [("Stable 9 mm extra-axial enhancing lesion along the left falx.", "Stable small meningioma."),
      ("No abnormal enhancement. Normal diffusion.", "Normal MRI brain.")], None),
    ("MR", "72148", "MRI LUMBAR SPINE WO", "M54.50", ["LBP radiating L leg", "radiculopathy L5"],
     [("L4-5 left paracentral extrusion contacting the traversing L5 root.", "L4-5 disc extrusion."),
      ("Mild multilevel degenerative disc disease without high-grade stenosis.", "Mild spondylosis.")], None),
    ("MR", "73721", "MRI KNEE LT WO", "M23.202", ["knee pain after twisting injury", "locking, r/o meniscal tear"],
     [("Oblique tear of the posterior horn medial meniscus.", "Medial meniscal tear."),
      ("Intact menisci and cruciate ligaments.", "No internal derangement.")], None),
    ("US", "76700", "US ABDOMEN COMPLETE", "R74.01", ["elevated LFTs", "RUQ pain"],
     [("Gallbladder with shadowing stones, no wall thickening.", "Cholelithiasis without cholecystitis."),
      ("Diffusely echogenic liver.", "Hepatic steatosis.")], None),
    ("CR", "71046", "XR CHEST 2 VIEWS", "R05.9", ["cough x3 wk", "fever, r/o pneumonia"],
     [("Right lower lobe airspace opacity.", "Right lower lobe pneumonia."),
      ("Large right pneumothorax with leftward mediastinal shift.", "Tension pneumothorax.")], "Tension PTX"),
    ("MG", "77067", "MAMMO SCREENING BILAT W CAD", "Z12.31", ["screening"],
     [("Scattered fibroglandular density. No suspicious mass or calcification.", "BI-RADS 1: Negative."),
      ("New 8 mm irregular mass right breast 10 o'clock.", "BI-RADS 0: Incomplete, needs diagnostic workup.")], None),
    ("CT", "70496", "CTA HEAD W/WO", "I63.9", ["code stroke, L sided weakness", "aphasia, LKW 2h"],
     [("Abrupt cutoff of the right M1 segment.", "Right M1 occlusion."),
      ("Patent intracranial vasculature.", "No large vessel occlusion.")], "R M1 occlusion (LVO)"),
    ("NM", "78452", "NM MYOCARDIAL PERFUSION SPECT", "I20.9", ["chest pain, abnormal ECG", "pre-op risk stratification"],
     [("Reversible defect in the inferior wall.", "Inferior wall ischemia."),
      ("Normal perfusion, LVEF 61%.", "Normal study.")], None),
]
CRIT_EXAMS = [e for e in EXAMS if e[6]]
AETS = {"CT": ["CT_SOMATOM1", "CT_REVOLUTION"], "MR": ["MR_SKYRA", "MR_AERA"], "US": ["US_LOGIQ3"],
        "CR": ["CR_FUJI1"], "MG": ["MG_SELENIA"], "NM": ["NM_DISCOVERY"]}
SITES = ["LKS-DIV", "LKS-BVT", "LKS-GRS"]
CLIENTS = ["ST_ALDRIC_ED", "CASCADE_VLY", "WILLAMETTE_HTS"]
UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15"]

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
HEX = "0123456789abcdef"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def digits(n):
    return str(R.randint(1, 9)) + rs("0123456789", n - 1)


def ssn():
    while True:
        a = R.randint(1, 665)
        if a not in (78, 219, 457, 666):
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    A = L + "0123456789"
    return (str(R.randint(1, 9)) + R.choice(L) + R.choice(A) + str(R.randint(0, 9)) + R.choice(L)
            + R.choice(A) + str(R.randint(0, 9)) + R.choice(L) + R.choice(L) + str(R.randint(0, 9))
            + str(R.randint(0, 9)))


def luhn(prefix, n=16):
    num = prefix + rs("0123456789", n - len(prefix) - 1)
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return num + str((10 - s % 10) % 10)


def pubip():
    first = R.choice([24, 50, 67, 71, 73, 76, 97, 98, 108, 135, 161, 172, 174, 184, 199, 216])
    if first == 172:
        first = 174
    return "%d.%d.%d.%d" % (first, R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))


def uid():
    root = R.choice(["1.2.840.113619.2.55.3.", "1.3.12.2.1107.5.1.4.", "1.2.392.200036.9116.2.6.1.48.",
                     "2.25."])
    if root == "2.25.":
        return root + digits(38)
    return root + digits(9) + "." + str(R.randint(100, 999)) + "." + digits(10) + "." + str(R.randint(1, 999))


def accession(mod, d=None):
    d = d or C.now
    return "%s%s%05d" % (mod, d.strftime("%y%m%d"), R.randint(1, 2400))


def fmt_date(d, style=None):
    style = style if style is not None else R.randint(0, 8)
    return [lambda: d.strftime("%Y%m%d"), lambda: d.strftime("%Y-%m-%d"),
            lambda: d.strftime("%m/%d/%Y"), lambda: "%d/%d/%s" % (d.month, d.day, d.strftime("%y")),
            lambda: d.strftime("%d.%m.%Y"), lambda: d.strftime("%d-%b-%Y"),
            lambda: d.strftime("%B ") + str(d.day) + d.strftime(", %Y"),
            lambda: "%d %s" % (d.day, d.strftime("%b %Y")), lambda: d.strftime("%m-%d-%Y")][style]()


def fmt_phone(ph, style=None):
    a, b, c = ph[:3], ph[3:6], ph[6:]
    style = style if style is not None else R.randint(0, 6)
    return ["+1" + ph, "(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c),
            ph, "+1 %s %s %s" % (a, b, c), "(%s)%s-%s" % (a, b, c)][style]


def strip_acc(s):
    tbl = str.maketrans("áéíóúÁÉÍÓÚñÑøØåÅäÄöÖüÜśŚçÇ", "aeiouAEIOUnNoOaAaAoOuUsScC")
    return s.translate(tbl)


class Pt:
    pass


def make_patients():
    pts = []
    for first, mid, last, sex in NAMES:
        p = Pt()
        p.first, p.mid, p.last, p.sex = first, mid, last, sex
        if last in ELDERLY:
            y = R.randint(1927, 1933)
        else:
            y = R.randint(1941, 2004)
        p.dob = dt.date(y, R.randint(1, 12), R.randint(1, 28))
        p.age = 2024 - y - (1 if (p.dob.month, p.dob.day) > (3, 11) else 0)
        p.mrn = "M00" + rs("0123456789", 6)
        p.acct = "A" + digits(9)
        p.ssn = ssn()
        p.phone = R.choice(AREA) + str(R.randint(2, 9)) + rs("0123456789", 2) + rs("0123456789", 4)
        base = strip_acc(first.split()[0]).lower().replace("-", "")
        lb = strip_acc(last).lower().replace(" ", "").replace("'", "").replace(".", "")
        p.email = R.choice(["%s.%s%d" % (base, lb, y % 100), "%s%s" % (base[0], lb),
                            "%s_%s" % (lb, base), "%s%d" % (base, R.randint(10, 999))]) + "@" + R.choice(MAILD)
        p.portal_user = R.choice(["%s%s%d" % (base[0], lb[:7], R.randint(1, 99)), "%s.%s" % (base, lb[:5])])
        p.street = "%d %s" % (R.randint(100, 19999), R.choice(STREETS))
        if R.random() < 0.3:
            p.street += R.choice([" Apt %d" % R.randint(1, 40), " Unit %s" % R.choice("ABCD"), " #%d" % R.randint(100, 420)])
        p.city, p.state, zp = R.choice(CITIES)
        p.zip = zp + "%02d" % R.randint(1, 99)
        plan = R.choice(PLANS)
        if p.age >= 65 and R.random() < 0.7:
            plan = PLANS[4]
        p.plan = plan
        if plan[1] == "MCR":
            p.member = mbi()
        elif plan[1] == "OHP":
            p.member = "OR" + rs("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + digits(6)
        else:
            p.member = R.choice(["W", "XJH", "ZQP", "K", "PH"]) + digits(R.choice([8, 9, 10]))
        p.dl = R.choice(["", "OR"]) + digits(7) if p.state == "OR" else "WDL" + rs("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 9)
        rfn, rsx = R.choice(REL_FIRST)
        rk = R.choice(["daughter", "wife", "sister", "niece"] if rsx == "F" else ["son", "husband", "brother", "nephew"])
        p.rel = (rfn, last if R.random() < 0.6 else R.choice(["Pham", "Whitaker", "Soto", "Berg", "Ali"]), rk)
        p.rel_phone = R.choice(AREA) + str(R.randint(2, 9)) + rs("0123456789", 6)
        pts.append(p)
    return pts


PTS = make_patients()


def pt():
    if R.random() < 0.2:
        return R.choice([p for p in PTS if p.age > 89])
    return R.choice(PTS)


def pn(p, mid=True, up=True, strip=False):
    s = p.last + "^" + p.first + (("^" + p.mid) if (mid and p.mid) else "")
    if strip:
        s = strip_acc(s)
    return s.upper() if up else s


def last_first(p, up=False, mid=False):
    s = "%s, %s" % (p.last, p.first) + ((" " + p.mid[0]) if (mid and p.mid) else "")
    return s.upper() if up else s


def first_last(p):
    return "%s %s" % (p.first, p.last)


def rad():
    return R.choice(RADS)


def refdoc_xcn():
    d = R.choice(REFDOCS)
    return "%s^%s^%s^%s^^^MD" % d


def sched_dt(days=(0, 5)):
    d = C.now.date() + dt.timedelta(days=R.randint(*days))
    return dt.datetime(d.year, d.month, d.day, R.choice(range(7, 19)), R.choice([0, 15, 30, 45]))


def prior_date():
    return C.now.date() - dt.timedelta(days=R.randint(40, 1400))


# ---------------------------------------------------------------- dcmtk helpers


def dump(ln, tag, vr, value, kw, cat=None):
    if value is None:
        head = "(%s) %s (no value available)" % (tag, vr)
        ln.t(head)
        L, vm = 0, 0
    else:
        head = "(%s) %s [%s]" % (tag, vr, value)
        ln.t("(%s) %s [" % (tag, vr)).p(value, cat).t("]")
        L = len(value.encode("utf-8"))
        L += L % 2
        vm = value.count("\\") + 1
    ln.t(" " * max(1, 56 - len(head)) + "# %3d, %d %s" % (L, vm, kw))
    return ln


class Dc:
    """dcmtk console output, optionally wrapped by a syslog-style shipper prefix."""
    def __init__(self, prog, style):
        self.prog, self.style = prog, style
        self.pid = R.randint(2000, 60000)
        self.host = R.choice(["pacs-gw01", "pacs-gw02", "qr-broker"])

    def ln(self, lvl="I"):
        ln = Ln("dcmtk")
        C.small()
        if self.style == 1:
            ln.t("%s %s %s[%d]: " % (C.syslog(), self.host, self.prog, self.pid))
        elif self.style == 2:
            ln.t("%s %s: " % (C.dotms(), self.prog))
        return ln.t(lvl + ": ")


def g_findscu(with_pt=True):
    C.adv(20, 300)
    d = Dc("findscu", R.randint(0, 2))
    out = []
    p = pt()
    out.append(d.ln().t("Requesting Association"))
    out.append(d.ln().t("Association Accepted (Max Send PDV: %d)" % R.choice([16372, 116794, 32756])))
    out.append(d.ln().t("Sending Find Request (MsgID 1)"))
    out.append(d.ln().t("Request Identifiers:"))
    out.append(d.ln().t("# Dicom-Data-Set"))
    out.append(d.ln().t("# Used TransferSyntax: Little Endian Explicit"))
    out.append(dump(d.ln(), "0008,0052", "CS", "STUDY", "QueryRetrieveLevel"))
    byname = with_pt and R.random() < 0.4
    acc_q = None
    if with_pt:
        if byname:
            out.append(dump(d.ln(), "0008,0020", "DA", None, "StudyDate"))
        else:
            out.append(dump(d.ln(), "0008,0020", "DA", "%s-" % (C.now.date() - dt.timedelta(days=1095)).strftime("%Y%m%d"), "StudyDate"))
    else:
        out.append(dump(d.ln(), "0008,0020", "DA", None, "StudyDate"))
        acc_q = accession(R.choice(["CT", "MR"]), C.now - dt.timedelta(days=R.randint(1, 30)))
    out.append(dump(d.ln(), "0008,0050", "SH", acc_q, "AccessionNumber"))
    out.append(dump(d.ln(), "0008,0061", "CS", None, "ModalitiesInStudy"))
    if byname:
        out.append(dump(d.ln(), "0010,0010", "PN", (strip_acc(p.last).upper() + "^" + strip_acc(p.first)[0].upper() + "*"), "PatientName", "name"))
        out.append(dump(d.ln(), "0010,0020", "LO", None, "PatientID"))
        out.append(dump(d.ln(), "0010,0030", "DA", p.dob.strftime("%Y%m%d"), "PatientBirthDate", "date"))
    elif with_pt:
        out.append(dump(d.ln(), "0010,0010", "PN", None, "PatientName"))
        out.append(dump(d.ln(), "0010,0020", "LO", p.mrn, "PatientID", "mrn"))
        out.append(dump(d.ln(), "0010,0030", "DA", None, "PatientBirthDate"))
    else:
        out.append(dump(d.ln(), "0010,0020", "LO", None, "PatientID"))
    out.append(dump(d.ln(), "0020,000d", "UI", None, "StudyInstanceUID"))
    n = (2 if R.random() < 0.25 else 1) if with_pt else 0
    for i in range(n):
        ex = R.choice(EXAMS)
        sd = prior_date()
        out.append(d.ln().t("---------------------------"))
        out.append(d.ln().t("Find Response: %d (Pending)" % (i + 1)))
        out.append(d.ln().t("# Dicom-Data-Set"))
        out.append(dump(d.ln(), "0008,0005", "CS", "ISO_IR 100", "SpecificCharacterSet"))
        out.append(dump(d.ln(), "0008,0020", "DA", sd.strftime("%Y%m%d"), "StudyDate", "date"))
        out.append(dump(d.ln(), "0008,0050", "SH", accession(ex[0], sd), "AccessionNumber"))
        out.append(dump(d.ln(), "0008,0054", "AE", "LKS_ARCH", "RetrieveAETitle"))
        out.append(dump(d.ln(), "0008,0061", "CS", ex[0] + ("\\SR" if R.random() < 0.5 else ""), "ModalitiesInStudy"))
        out.append(dump(d.ln(), "0010,0010", "PN", pn(p, strip=True), "PatientName", "name"))
        out.append(dump(d.ln(), "0010,0020", "LO", p.mrn, "PatientID", "mrn"))
        out.append(dump(d.ln(), "0010,0030", "DA", p.dob.strftime("%Y%m%d"), "PatientBirthDate", "date"))
        if p.age > 89 and R.random() < 0.7:
            out.append(dump(d.ln(), "0010,1010", "AS", "%03dY" % p.age, "PatientAge", "age"))
        out.append(dump(d.ln(), "0020,000d", "UI", uid(), "StudyInstanceUID"))
    out.append(d.ln().t("Received Final Find Response (Success)"))
    out.append(d.ln().t("Releasing Association"))
    return out


def g_dcmtk_fail():
    C.adv(30, 400)
    d = Dc(R.choice(["findscu", "movescu", "echoscu"]), R.randint(0, 2))
    out = [d.ln().t("Requesting Association")]
    k = R.randint(0, 2)
    if k == 0:
        out.append(d.ln("E").t("Association Rejected:"))
        out.append(d.ln("E").t("Result: Rejected Permanent, Source: Service User"))
        out.append(d.ln("E").t("Reason: Called AE Title Not Recognized"))
    elif k == 1:
        out.append(d.ln("F").t("Association Request Failed: 0006:031b Failed to establish association"))
        out.append(d.ln("F").t("0006:0317 Peer aborted Association (or never connected)"))
        out.append(d.ln("F").t("0006:031c TCP Initialization Error: Connection refused"))
    else:
        out.append(d.ln().t("Association Accepted (Max Send PDV: 16372)"))
        out.append(d.ln().t("Sending Echo Request (MsgID 1)"))
        out.append(d.ln().t("Received Echo Response (Success)"))
        out.append(d.ln().t("Releasing Association"))
    return out


def g_movescu(with_pt=True):
    C.adv(20, 300)
    d = Dc("movescu", R.randint(0, 2))
    p = pt()
    out = [d.ln().t("Requesting Association"),
           d.ln().t("Association Accepted (Max Send PDV: 116794)"),
           d.ln().t("Sending Move Request (MsgID 1)"),
           d.ln().t("Request Identifiers:"),
           d.ln().t("# Dicom-Data-Set"),
           dump(d.ln(), "0008,0052", "CS", "STUDY", "QueryRetrieveLevel")]
    if with_pt:
        out.append(dump(d.ln(), "0010,0020", "LO", p.mrn, "PatientID", "mrn"))
    out.append(dump(d.ln(), "0020,000d", "UI", uid(), "StudyInstanceUID"))
    total = R.randint(40, 900)
    done = 0
    for step in range(2):
        done = min(total, done + R.randint(1, total // 2 + 1))
        out.append(d.ln().t("Received Move Response %d (Pending)" % (step + 1)))
        out.append(d.ln("D").t("Message Type                  : C-MOVE RSP"))
        out.append(d.ln("D").t("Remaining Suboperations       : %d" % (total - done)))
        out.append(d.ln("D").t("Completed Suboperations       : %d" % done))
        out.append(d.ln("D").t("Failed Suboperations          : 0"))
        out.append(d.ln("D").t("DIMSE Status                  : 0xff00: Pending: Sub-operations are continuing"))
    out.append(d.ln().t("Received Final Move Response (Success)"))
    out.append(d.ln().t("Releasing Association"))
    return out


def g_wlmscpfs():
    C.adv(20, 200)
    d = Dc("wlmscpfs", R.choice([0, 1]))
    mod = R.choice(["CT", "MR", "US"])
    ae = R.choice(AETS[mod])
    p = pt()
    ex = R.choice([e for e in EXAMS if e[0] == mod] or EXAMS)
    sd = sched_dt((0, 0))
    out = [d.ln().t("Association Received 10.20.6.%d: %s -> LKS_MWL" % (R.randint(20, 90), ae)),
           d.ln().t("Association Acknowledged (Max Send PDV: 16372)"),
           d.ln().t("Received Find SCP Request (MsgID %d)" % R.randint(1, 40)),
           d.ln().t("Find SCP Request Identifiers:"),
           dump(d.ln(), "0008,0050", "SH", None, "AccessionNumber"),
           dump(d.ln(), "0010,0010", "PN", None, "PatientName"),
           dump(d.ln(), "0010,0020", "LO", None, "PatientID"),
           dump(d.ln(), "0040,0001", "AE", ae, "ScheduledStationAETitle"),
           dump(d.ln(), "0040,0002", "DA", C.now.strftime("%Y%m%d"), "ScheduledProcedureStepStartDate"),
           d.ln().t("Find SCP Response 1 [status: Pending: Matches are continuing]"),
           dump(d.ln(), "0008,0050", "SH", accession(mod), "AccessionNumber"),
           dump(d.ln(), "0010,0010", "PN", pn(p), "PatientName", "name"),
           dump(d.ln(), "0010,0020", "LO", p.mrn, "PatientID", "mrn"),
           dump(d.ln(), "0010,0030", "DA", p.dob.strftime("%Y%m%d"), "PatientBirthDate", "date"),
           dump(d.ln(), "0010,0040", "CS", p.sex, "PatientSex"),
           dump(d.ln(), "0032,1060", "LO", ex[2], "RequestedProcedureDescription"),
           dump(d.ln(), "0040,0002", "DA", sd.strftime("%Y%m%d"), "ScheduledProcedureStepStartDate", "date"),
           dump(d.ln(), "0040,0003", "TM", sd.strftime("%H%M%S"), "ScheduledProcedureStepStartTime")]
    if mod == "MR" or R.random() < 0.4:
        ln = d.ln()
        sn = R.choice(["PJN", "RNL", "BLF", "NMT"]) + digits(6) + R.choice(["S", "H", ""])
        txt_a = "MR Conditional %s SN " % R.choice(["ICD Medtronic Evera", "pacemaker Azure XT", "SCS Nevro HF10"])
        val = txt_a + sn + " - cardiology on site"
        head = "(0040,1400) LT [%s]" % val
        ln.t("(0040,1400) LT [" + txt_a).p(sn, "device").t(" - cardiology on site]")
        L = len(val.encode()) + len(val.encode()) % 2
        ln.t(" " * max(1, 56 - len(head)) + "# %3d, 1 RequestedProcedureComments" % L)
        out.append(ln)
    out.append(d.ln().t("Find SCP Response 2 [status: Success]"))
    out.append(d.ln().t("Association Release"))
    return out


def g_storescp():
    C.adv(5, 60)
    d = Dc("storescp", 1)
    mod = R.choice(["CT", "MR", "CR"])
    u = uid()
    out = [d.ln().t("Association Received %s: %s -> LKS_ROUTER" % ("10.20.6.%d" % R.randint(20, 90), R.choice(AETS[mod])))]
    for i in range(R.randint(1, 3)):
        out.append(d.ln().t("Received Store Request (MsgID %d, %s)" % (i + 1, mod)))
        out.append(d.ln().t("storing DICOM file: /data/incoming/%s.%s.%d" % (mod, u, i + 1)))
    out.append(d.ln().t("Association Release"))
    return out


# ---------------------------------------------------------------- HL7


def seg(ln, fields):
    for i, f in enumerate(fields):
        if i:
            ln.t("|")
        if isinstance(f, (list, tuple)):
            ln.parts(*f)
        elif isinstance(f, P):
            ln.p(f.v, f.cat)
        else:
            ln.t(f)
    return ln


def pid_fields(p, rich=True):
    f = ["PID", "1", "", [P(p.mrn, "mrn"), "^^^LKS^MR"], "",
         [P(pn(p), "name"), "^^^^L"], "", P(p.dob.strftime("%Y%m%d"), "date"), p.sex, "", ""]
    if rich:
        f.append([P(p.street.upper(), "address"), "^^", P(p.city.upper(), "address"), "^" + p.state + "^",
                  P(p.zip, "zip"), "^USA^H"])
        ph = [P(fmt_phone(p.phone, 6), "phone"), "^PRN^PH"]
        if R.random() < 0.7:
            ph += ["~^NET^Internet^", P(p.email, "email")]
        f += ["", ph, "", "", R.choice(["M", "S", "W", "D"]), "", [P(p.acct, "account"), "^^^LKS^AN"],
              P(p.ssn.replace("-", "") if R.random() < 0.5 else p.ssn, "ssn")]
        if R.random() < 0.5:
            f.append([P(p.dl, "license"), "^" + p.state + "^" + str(2025 + R.randint(0, 6)) + "0" + str(R.randint(1, 9)) + "15"])
    else:
        f += [""] * 7 + [[P(p.acct, "account"), "^^^LKS^AN"]]
    return f


def msh(ln, typ, ctl=None):
    return seg(ln, ["MSH", "^~\\&", R.choice(["EPIC", "CERNER", "MEDITECH"]), R.choice(CLIENTS), "LKS_RIS", "LAKESIDE",
                    C.hl7(), "", typ, ctl or ("MSG" + digits(8)), "P", R.choice(["2.3", "2.5.1", "2.4"])])


def g_hl7_orm():
    C.adv(20, 200)
    p = pt()
    ex = R.choice(EXAMS)
    sd = sched_dt((0, 6))
    placer = "ORD" + digits(8)
    filler = accession(ex[0])
    out = [msh(Ln("hl7v2"), "ORM^O01")]
    out.append(seg(Ln("hl7v2"), pid_fields(p, R.random() < 0.7)))
    if R.random() < 0.4:
        rf, rl, relk = p.rel
        out.append(seg(Ln("hl7v2"), ["NK1", "1", P((rl + "^" + rf).upper(), "name"),
                                     {"daughter": "DAU", "son": "SON", "wife": "SPO", "husband": "SPO",
                                      "sister": "SIS", "niece": "OTH", "brother": "BRO", "nephew": "OTH"}[relk] + "^" + relk.capitalize(),
                                     "", P(fmt_phone(p.rel_phone, 6), "phone"), "", "EC^Emergency Contact"]))
    pv1 = ["PV1", "1", "O", R.choice(SITES) + "^" + ex[0] + "1^^LKS", "", "", "", refdoc_xcn(), refdoc_xcn(), "",
           "RAD", "", "", "", "", "", "", "", "", [P("V" + digits(9), "other_id"), "^^^LKS^VN"]]
    if R.random() < 0.5:
        pv1 += [""] * 24 + [P(sd.strftime("%Y%m%d%H%M"), "date")]
    out.append(seg(Ln("hl7v2"), pv1))
    if p.plan and R.random() < 0.5:
        sub_self = R.random() < 0.6
        sub = pn(p, mid=False) if sub_self else (p.rel[1] + "^" + p.rel[0]).upper()
        relcode = "SEL" if sub_self else {"daughter": "CHD", "son": "CHD", "wife": "SPO", "husband": "SPO"}.get(p.rel[2], "OTH")
        out.append(seg(Ln("hl7v2"), ["IN1", "1", p.plan[1] + "01", p.plan[2], p.plan[0], "PO BOX %d^^PORTLAND^OR^97208" % R.randint(1000, 9999),
                                     "", "", "GRP" + digits(6), "", "", "", "", "", "", "", P(sub, "name"),
                                     relcode] + [""] * 18 + [P(p.member, "health_plan")]))
    out.append(seg(Ln("hl7v2"), ["ORC", "NW", placer, filler, "", "SC", "", ["^^^", P(sd.strftime("%Y%m%d%H%M"), "date"), "^^R"],
                                 "", C.hl7(), R.choice(TECHS) + "^^", "", refdoc_xcn()]))
    out.append(seg(Ln("hl7v2"), ["OBR", "1", placer, filler, ex[1] + "^" + ex[2] + "^CPT4", "", "",
                                 P(sd.strftime("%Y%m%d%H%M"), "date"), "", "", "", "", "", R.choice(ex[4]),
                                 "", "", refdoc_xcn(), "", filler, "", "", "", "", "", ex[0]]))
    r = R.random()
    if r < 0.25:
        plate = R.choice(["%03d %s" % (R.randint(100, 999), rs("ABCDEFGHJKLMNPRSTUVWXYZ", 3)),
                          "%s%s%d" % (R.randint(1, 9), rs("ABCDEFGHJKLMNPRSTUVWXYZ", 3), R.randint(100, 999))])
        out.append(seg(Ln("hl7v2"), ["NTE", "1", "L", ["TRAUMA ALIAS. MVC rollover; EMS notes vehicle plate ", P(plate, "vehicle"), " (OR), pt extricated"]]))
    elif r < 0.55:
        out.append(seg(Ln("hl7v2"), ["NTE", "1", "L", R.choice(["Pt claustrophobic, prefers wide bore; oral lorazepam per ordering",
                                                                "eGFR 48 on 03/02, ok for contrast per protocol",
                                                                "Interpreter needed: Vietnamese", "Wheelchair, needs 2-assist transfer"])]))
    return out


def g_hl7_oru():
    C.adv(60, 600)
    p = pt()
    ex = R.choice(EXAMS)
    acc = accession(ex[0])
    out = [msh(Ln("hl7v2"), "ORU^R01")]
    out.append(seg(Ln("hl7v2"), pid_fields(p, False)))
    sd = C.now - dt.timedelta(minutes=R.randint(30, 300))
    out.append(seg(Ln("hl7v2"), ["OBR", "1", "ORD" + digits(8), acc, ex[1] + "^" + ex[2] + "^CPT4", "", "",
                                 P(sd.strftime("%Y%m%d%H%M"), "date"), "", "", "", "", "", "", "", "", refdoc_xcn(), "", acc,
                                 "", "", "", C.hl7(), "", ex[0], "F"]))
    r = rad()
    txt = []
    txt.append(["EXAM: " + ex[2]])
    if p.age > 89:
        txt.append(["HISTORY: ", P(str(p.age), "age"), "-year-old %s, %s." % ("female" if p.sex == "F" else "male",
                                                                           R.choice(ex[4]))])
    else:
        txt.append(["HISTORY: %d y/o %s, %s." % (p.age, p.sex, R.choice(ex[4]))])
    if R.random() < 0.6:
        pdt = prior_date()
        txt.append(["COMPARISON: %s dated " % R.choice(["CT", "MRI", "Radiographs"]), P(fmt_date(pdt, R.choice([2, 3, 6])), "date"), "."])
    else:
        txt.append(["COMPARISON: None."])
    if ex[0] == "CT":
        txt.append(["TECHNIQUE: Standard departmental protocol. CTDIvol %d.%d mGy, DLP %d mGy-cm." % (R.randint(5, 60), R.randint(0, 9), R.randint(300, 1400))])
    fi, im = R.choice(ex[5])
    txt.append(["FINDINGS: " + fi])
    txt.append(["IMPRESSION: " + im])
    if ex[6] and im == ex[5][-1][1] or (ex[6] and R.random() < 0.3):
        t = C.now - dt.timedelta(minutes=R.randint(3, 50))
        txt.append(["Critical result discussed with Dr. %s by phone at %s, read-back confirmed." % (R.choice(REFDOCS)[1].title(), t.strftime("%H:%M"))])
    txt.append(["Electronically signed by: %s %s, MD" % (r[0], r[1])])
    for i, parts in enumerate(txt):
        out.append(seg(Ln("hl7v2"), ["OBX", str(i + 1), "TX", "&GDT^Report Text", "", parts, "", "", "", "", "", "F"]))
    return out


def s_hl7_ack_single():
    C.adv(1, 60)
    return [l4j("INFO", "Channel Dispatch Thread on ORM_OUT", "c.l.mirth.bridge.OutboundLogger").t(
        "Sent ORM to LKS_RIS:6661, response: MSH|^~\\&|LKS_RIS|LAKESIDE|MIRTH|LKS|%s||ACK^O01|%s|P|2.3\\rMSA|AA|MSG%s\\r" % (C.hl7(), digits(9), digits(8)))]


def g_hl7_ack():
    C.adv(1, 20)
    ctl = "MSG" + digits(8)
    return [msh(Ln("hl7v2"), "ACK^O01"), seg(Ln("hl7v2"), ["MSA", R.choice(["AA", "AA", "AE"]), ctl, ""])]


# ---------------------------------------------------------------- MWL CSV

MWL_HDR = "AccessionNumber,PatientID,PatientName,PatientBirthDate,PatientSex,Modality,ScheduledStationAETitle,SPSStartDate,SPSStartTime,RequestedProcedureDescription,ReferringPhysicianName,RequestedProcedureComments"


def g_mwl_csv():
    C.adv(60, 600)
    out = [Ln("mwl_csv").t(MWL_HDR)]
    for _ in range(R.randint(2, 4)):
        p = pt()
        ex = R.choice(EXAMS)
        sd = sched_dt((0, 2))
        ln = Ln("mwl_csv")
        name = pn(p, strip=R.random() < 0.5)
        ln.t(accession(ex[0]) + ",").p(p.mrn, "mrn").t(",")
        if "," in name:
            ln.t('"').p(name, "name").t('"')
        else:
            ln.p(name, "name")
        d = R.choice(REFDOCS)
        ln.t(",").p(p.dob.strftime("%Y%m%d"), "date").t(",%s,%s,%s," % (p.sex, ex[0], R.choice(AETS[ex[0]])))
        ln.p(sd.strftime("%Y%m%d"), "date").t("," + sd.strftime("%H%M%S") + ",%s,%s^%s," % (ex[2], d[1], d[2]))
        c = R.random()
        if c < 0.2:
            ln.t('"Implant card: ').p("(01)00643169%06d(17)%s(21)%s" % (R.randint(0, 999999), "2%d%02d31" % (R.randint(6, 9), R.randint(1, 12)), "RNL" + digits(6) + "H"), "device").t(' - MR Conditional 1.5T only"')
        elif c < 0.5:
            ln.t(R.choice(["claustrophobic", "contrast allergy - premed", "PRIORS ON CD", "interpreter: Somali", "STAT"]))
        out.append(ln)
    return out


# ---------------------------------------------------------------- PowerScribe-like


def ps(level, logger):
    C.adv(1, 45)
    ln = Ln("powerscribe")
    return ln.t("%s [%d] %-5s %s - " % (C.l4n(), R.randint(5, 80), level, logger))


def s_ps_noise():
    k = R.randint(0, 7)
    r = rad()
    if k == 0:
        return [ps("INFO", "Nuance.PowerScribe360.Server.ClientSessionManager").t(
            "Heartbeat from WS-RAD-%02d (10.20.4.%d) user=%s latency=%dms" % (R.randint(1, 24), R.randint(10, 200), r[2], R.randint(8, 140)))]
    if k == 1:
        return [ps("INFO", "Nuance.SpeechAnywhere.Recognition.JobRunner").t(
            "Recognition job %s completed: audio=%d.%ds words=%d rtf=0.%02d" % (rs(HEX, 32), R.randint(20, 240), R.randint(0, 9), R.randint(40, 600), R.randint(15, 60)))]
    if k == 2:
        ex = R.choice(EXAMS)
        return [ps("INFO", "Nuance.PowerScribe360.Server.Workflow.ReportManager").t(
            "Report %d (acc %s) status %s by %s; TAT %s" % (R.randint(4400000, 4499999), accession(ex[0]), R.choice(["Draft -> Signed", "Preliminary -> Final", "Dictated -> Preliminary", "Signed -> Addended"]),
                                                           r[2], "%02d:%02d:%02d" % (R.randint(0, 3), R.randint(0, 59), R.randint(0, 59))))]
    if k == 3:
        return [ps("INFO", "Nuance.SpeechAnywhere.Profiles.AcousticAdaptation").t(
            "Voice profile %s_%s_v%d adapted: %d utterances, WER %0.1f%% -> %0.1f%%" % (r[1].upper(), r[0].upper(), R.randint(3, 14), R.randint(40, 400), R.uniform(4, 9), R.uniform(2, 4)))]
    if k == 4:
        return [ps("ERROR", "Nuance.PowerScribe360.Server.Interfaces.HL7Outbound").t(
            "ORU delivery to LKS_RIS:6661 failed (attempt %d/5): System.Net.Sockets.SocketException (10060): A connection attempt failed because the connected party did not properly respond after a period of time" % R.randint(1, 4)),
                Ln("powerscribe").t("   at System.Net.Sockets.Socket.DoConnect(EndPoint endPointSnapshot, SocketAddress socketAddress)"),
                Ln("powerscribe").t("   at Nuance.PowerScribe360.Server.Interfaces.MllpClient.Send(Byte[] payload) in D:\\a\\1\\s\\Server\\Interfaces\\MllpClient.cs:line 212")]
    if k == 5:
        return [ps("WARN", "Nuance.PowerScribe360.Server.Workflow.WorklistService").t(
            "Worklist '%s' refresh took %dms (threshold 1500ms), %d items" % (R.choice(["Neuro STAT", "Body - All Sites", "MSK", "Telerad ED"]), R.randint(1500, 6000), R.randint(5, 120)))]
    if k == 6:
        return [ps("INFO", "Nuance.PowerScribe360.Server.AutoText").t(
            "AutoText '%s' (id %d) updated by %s, shared=%s" % (R.choice(["CT PE NEG", "MRI BRAIN NML", "FLEISCHNER 2017", "LIRADS TEMPLATE"]), R.randint(1000, 9999), r[2], R.choice(["true", "false"])))]
    return [ps("DEBUG", "Nuance.PowerScribe360.Server.Licensing").t(
        "Concurrent seats %d/%d, build 4.0.%d.%d" % (R.randint(5, 30), 32, R.randint(100, 900), R.randint(1000, 9999)))]


def s_ps_phi():
    p = pt()
    ex = R.choice(EXAMS)
    k = R.randint(0, 4)
    if k == 3:
        ln = ps("INFO", "Nuance.PowerScribe360.Server.Workflow.OrderMerge")
        return [ln.t("Merged %d orders into single report for " % R.randint(2, 3)).p(first_last(p), "name").t(" (").p(p.mrn, "mrn").t("), exams: %s + %s" % (ex[2], R.choice(EXAMS)[2]))]
    if k == 4:
        ln = ps("ERROR", "Nuance.PowerScribe360.Server.Interfaces.HL7Inbound")
        return [ln.t("Rejected ORM: PID-7 '").p(p.dob.strftime("%Y%d%m"), "date").t("' invalid for patient ").p(p.last.upper() + "^" + p.first[0].upper(), "name").t(", acc %s" % accession(ex[0]))]
    if k == 0:
        ln = ps("INFO", "Nuance.PowerScribe360.Client.OrderContext")
        ln.t("Opened order acc=%s pt=" % accession(ex[0])).p(last_first(p, up=True), "name").t(" dob=").p(fmt_date(p.dob, 2), "date")
        return [ln.t(" mrn=").p(p.mrn, "mrn").t(" exam=\"%s\" user=%s" % (ex[2], rad()[2]))]
    if k == 1:
        ln = ps("WARN", "Nuance.PowerScribe360.Server.Workflow.PatientMatch")
        alt = p.last[:-1] + ("i" if p.last.endswith("a") else "a")
        return [ln.t("Patient mismatch on report %d: report patient '" % R.randint(4400000, 4499999)).p(last_first(p, up=True), "name")
                .t("' (MRN ").p(p.mrn, "mrn").t(") vs RIS order patient '").p((alt + ", " + p.first).upper(), "name").t("'; report held for QA")]
    ln = ps("INFO", "Nuance.PowerScribe360.Server.Workflow.ReportManager")
    return [ln.t("Addendum requested on acc %s by %s: \"Patient " % (accession(ex[0]), rad()[2])).p(first_last(p), "name")
            .t(" called, states prior exam done at outside facility on ").p(fmt_date(prior_date(), 6), "date").t(", please compare\"")]


# ---------------------------------------------------------------- peer review, critical results


def s_peer_noise():
    C.adv(5, 200)
    r1, r2 = R.sample(RADS, 2)
    ex = R.choice(EXAMS)
    obj = {"ts": C.utc_z(), "type": R.choice(["peer_review.submitted", "peer_review.assigned"]), "reviewId": "PR-24-%05d" % R.randint(1, 2000),
           "accession": accession(ex[0], C.now - dt.timedelta(days=R.randint(1, 20))), "modality": ex[0],
           "originalReader": r1[2], "reviewer": r2[2], "score": R.choice(["1", "1", "2a", "2b", "3a"]),
           "clinicallySignificant": R.choice([False, False, True]), "blinded": True}
    return [jput(Ln("peer_review"), obj)]


def s_peer_phi():
    C.adv(5, 200)
    p = pt()
    r1, r2 = R.sample(RADS, 2)
    ex = R.choice(EXAMS)
    obj = {"ts": C.utc_z(), "type": "peer_review.discrepancy", "reviewId": "PR-24-%05d" % R.randint(1, 2000),
           "accession": accession(ex[0], C.now - dt.timedelta(days=R.randint(1, 20))), "patientMrn": P(p.mrn, "mrn"),
           "originalReader": r1[2], "reviewer": r2[2], "score": R.choice(["2b", "3a", "3b"]),
           "comment": R.choice([T("Missed %s. " % R.choice(["6 mm RUL nodule", "L2 compression fx", "small R SDH"]), "Prior on ",
                                  P(fmt_date(prior_date(), 1), "date"), " also showed it. Pt ", P(last_first(p), "name"), " needs recall letter."),
                                T("Overcall of meniscal tear; arthroscopy ", P(fmt_date(C.now.date() - dt.timedelta(days=R.randint(3, 30)), 2), "date"), " normal."),
                                T("Agree with finding, wording unclear. Discussed w/ ", P(p.first + " " + p.last, "name"), "'s PCP.")])}
    return [jput(Ln("peer_review"), obj, sp=True)]


def s_crit_alert():
    C.adv(10, 300)
    p = pt()
    ex = R.choice(CRIT_EXAMS)
    d = R.choice(REFDOCS)
    ln = Ln("crit_result").t("%s crm[%d]: ALERT id=CR-%s-%04d level=%s acc=%s finding=\"%s\" patient=\"" % (
        C.syslog(), R.randint(2000, 9000), C.now.strftime("%y%m%d"), R.randint(1, 80), R.choice(["RED", "ORANGE"]), accession(ex[0]), ex[6]))
    ln.p(last_first(p, up=True), "name").t("\" mrn=").p(p.mrn, "mrn")
    if R.random() < 0.5:
        ln.t(" dob=").p(fmt_date(p.dob, 1), "date")
    if p.age > 89:
        ln.t(" age=").p(str(p.age), "age")
    ln.t(" ordering=\"%s, %s MD\" callback=%s status=%s readback=%s elapsed=00:%02d:%02d" % (
        d[1], d[2], fmt_phone(R.choice(AREA) + "494" + digits(4), 2), R.choice(["ACKNOWLEDGED", "PENDING", "ESCALATED"]),
        R.choice(["Y", "N"]), R.randint(1, 40), R.randint(0, 59)))
    return [ln]


def s_crit_note():
    C.adv(10, 300)
    p = pt()
    d = R.choice(REFDOCS)
    rf, rl, rk = p.rel
    r = rad()
    t = C.now - dt.timedelta(minutes=R.randint(2, 40))
    ln = Ln("crit_result").t("%s crm[%d]: NOTE id=CR-%s-%04d by=%s text=\"" % (C.syslog(), R.randint(2000, 9000), C.now.strftime("%y%m%d"), R.randint(1, 80), r[2]))
    k = R.randint(0, 2)
    if k == 0:
        ln.t("Called Dr. %s at %s @ %s, read back confirmed. " % (d[1].title(), fmt_phone(R.choice(AREA) + "494" + digits(4), 1), t.strftime("%H:%M")))
        ln.t("Pt's %s (" % rk).p(rf + " " + rl, "name").t(", ").p(fmt_phone(p.rel_phone, R.choice([1, 2, 3])), "phone").t(") also informed per ED request.\"")
    elif k == 1:
        ln.t("Ordering office closed; outpatient result. Left msg for patient ").p(first_last(p), "name").t(" at ").p(fmt_phone(p.phone, R.choice([2, 3, 4])), "phone")
        ln.t(" at %s to go to nearest ED; will retry in 30 min.\"" % t.strftime("%H:%M"))
    else:
        ln.t("Dr. %s paged x2 (pager 503-216-%04d), no answer; escalated to on-call hospitalist. Pt " % (d[1].title(), R.randint(1000, 9999))).p(last_first(p, up=True), "name")
        ln.t(" still in CT holding per tech.\"")
    return [ln]


def s_crit_noise():
    C.adv(10, 300)
    return [Ln("crit_result").t("%s crm[%d]: %s" % (C.syslog(), R.randint(2000, 9000), R.choice([
        "ESCALATE id=CR-%s-%04d level=2 reason=ordering_not_reached_30m notify=ED charge RN ext 4471" % (C.now.strftime("%y%m%d"), R.randint(1, 80)),
        "stats window=1h red=%d orange=%d median_ack=%dm max_ack=%dm" % (R.randint(0, 4), R.randint(0, 9), R.randint(3, 12), R.randint(12, 45)),
        "pager gateway ok (Spok) rtt=%dms" % R.randint(80, 400),
        "CLOSE id=CR-%s-%04d closed_by=%s outcome=communicated" % (C.now.strftime("%y%m%d"), R.randint(1, 80), rad()[2])])))]


# ---------------------------------------------------------------- CD station


def cd(level, comp):
    C.small()
    return Ln("cd_station").t("%s | %-9s | %-5s | " % (C.dotms(), comp, level))


def g_cd_import():
    C.adv(60, 600)
    p = pt()
    outside = R.choice(["SMH", "CVH", "OHSU-", "LEG", ""]) + digits(R.choice([7, 8]))
    fac = R.choice(["ST MARYS REGIONAL", "CASCADE VALLEY HOSP", "COLUMBIA GORGE IMAGING", "MERCY MED CTR BEND"])
    n = R.randint(120, 2400)
    out = [cd("INFO", "CDImport").t("Disc inserted in drive E: (volume \"%s\", %d MB)" % (fac.split()[0] + "_IMG", R.randint(90, 700))),
           cd("INFO", "CDImport").t("DICOMDIR parsed: %d studies, %s instances, 1 patient, viewer=%s" % (R.randint(1, 4), f"{n:,}", R.choice(["eFilm Lite", "none", "Synapse Mobility"])))]
    ln = cd("WARN", "Reconcile")
    ln.t("Media patient \"").p(pn(p, strip=True), "name").t("\" ID=").p(outside, "mrn").t(" DOB=").p(p.dob.strftime("%Y%m%d"), "date")
    out.append(ln.t(" from \"%s\" has no RIS match" % fac))
    ln = cd("INFO", "Reconcile")
    ln.t("Reconciled to MRN ").p(p.mrn, "mrn").t(" by %s; outside ID " % R.choice(TECHS)).p(outside, "mrn").t(" kept in OtherPatientIDs")
    out.append(ln)
    out.append(cd("INFO", "CDImport").t("Import complete: %s instances sent to LKS_ARCH (C-STORE), %d failures, %dm%02ds" % (f"{n:,}", R.choice([0, 0, 0, 2]), R.randint(1, 9), R.randint(0, 59))))
    out.append(cd("INFO", "CDImport").t("Tray ejected drive E:"))
    return out


def g_cd_burn():
    C.adv(60, 600)
    p = pt()
    job = "%s-%04d" % (C.now.strftime("%Y%m%d"), R.randint(1, 60))
    mb = R.randint(80, 690)
    out = [cd("INFO", "Burner").t("Job %s queued: %d studies, %d MB, copies=1, publisher=PP-100N#1 (SN X4Z%s), viewer=included" % (job, R.randint(1, 3), mb, digits(6)))]
    out.append(cd("DEBUG", "Burner").t("JDF written C:\\TDBridge\\Orders\\%s.JDF" % job))
    ln = cd("DEBUG", "Burner").t("REPLACE_FIELD PatientName=").p(pn(p, mid=False, strip=True), "name").t("; PatientID=").p(p.mrn, "mrn")
    ln.t("; StudyDate=").p(prior_date().strftime("%Y%m%d"), "date").t("; Label=std_lakeside.tdd")
    out.append(ln)
    if R.random() < 0.5:
        ln = cd("INFO", "Release").t("Disc released to patient; ID verified %s DL " % p.state).p(p.dl, "license").t(" by front desk (%s)" % R.choice(["kmartin", "jlee", "dsantos"]))
        out.append(ln)
    out.append(cd("INFO", "Burner").t("Job %s completed, verify OK, md5=%s" % (job, rs(HEX, 32))))
    return out


def s_cd_release():
    C.adv(30, 600)
    p = pt()
    if R.random() < 0.5:
        return [cd("INFO", "Release").t("Disc released to patient; ID verified %s DL " % p.state).p(p.dl, "license").t(" by front desk (%s)" % R.choice(["kmartin", "jlee", "dsantos"]))]
    rf, rl, rk = p.rel
    ln = cd("INFO", "Release").t("Disc for ").p(pn(p, mid=False, strip=True), "name").t(" picked up by %s " % rk).p(rf + " " + rl, "name")
    return [ln.t(", ID OR DL ").p(R.choice(["", "OR"]) + digits(7), "license").t(", signed authorization on file")]


def s_cd_noise():
    return [cd(R.choice(["WARN", "INFO", "ERROR"]), R.choice(["Burner", "CDImport", "Printer"])).t(R.choice([
        "Ink level cyan %d%%, magenta %d%%, yellow %d%%, black %d%%" % (R.randint(5, 90), R.randint(5, 90), R.randint(5, 90), R.randint(5, 90)),
        "Drive F: tray open timeout after 30000 ms",
        "Blank media stacker 2: %d discs remaining" % R.randint(0, 50),
        "Unreadable media in drive E: (no DICOMDIR, ISO9660 volume 'PHOTOS')",
        "Service TDBridge v2.61 reconnected to publisher PP-100N#1"]))]


# ---------------------------------------------------------------- portal


def token(n=16):
    return rs("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", n)


def s_nginx_share():
    C.adv(3, 200)
    ip = pubip()
    tk = token()
    out = []
    ln = Ln("nginx").p(ip, "ip").t(" - - [%s] \"GET " % C.nginx()).p("/share/s/" + tk, "url").t(" HTTP/2.0\" 200 %d \"-\" \"%s\" rt=0.%03d" % (R.randint(900, 9000), R.choice(UA), R.randint(5, 300)))
    out.append(ln)
    if R.random() < 0.5:
        C.small()
        u = uid()
        out.append(Ln("nginx").p(ip, "ip").t(" - - [%s] \"GET /viewer/dicomweb/studies/%s/series?includefield=all HTTP/2.0\" 200 %d \"" % (C.nginx(), u, R.randint(1000, 40000)))
                   .p("https://portal.lakesideimaging.com/share/s/" + tk, "url").t("\" \"%s\" rt=0.%03d" % (R.choice(UA), R.randint(5, 900))))
    return out


def s_nginx_noise():
    C.adv(1, 60)
    k = R.randint(0, 3)
    if k == 0:
        return [Ln("nginx").t("10.0.%d.%d - - [%s] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.27\" rt=0.001" % (R.randint(0, 3), R.randint(2, 250), C.nginx()))]
    if k == 1:
        return [Ln("nginx").t("10.0.1.%d - - [%s] \"GET /static/js/viewer.%s.js HTTP/1.1\" 304 0 \"-\" \"Amazon CloudFront\" rt=0.000" % (R.randint(2, 250), C.nginx(), rs(HEX, 8)))]
    if k == 2:
        return [Ln("nginx").t("%s [error] %d#%d: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.1.%d, server: portal.lakesideimaging.com, request: \"GET /viewer/dicomweb/studies HTTP/1.1\", upstream: \"http://10.0.8.21:8042/dicom-web/studies\"" % (
            C.now.strftime("%Y/%m/%d %H:%M:%S"), R.randint(20, 40), 0, R.randint(10000, 999999), R.randint(2, 250)))]
    return [Ln("nginx").t("10.0.2.%d - - [%s] \"POST /api/v1/metrics HTTP/1.1\" 204 0 \"-\" \"prometheus/2.48.1\" rt=0.004" % (R.randint(2, 250), C.nginx()))]


def pino(level, msg, extra):
    C.adv(1, 90)
    obj = {"level": level, "time": C.epoch_ms(), "pid": 41, "hostname": "portal-api-7d9f%s" % rs("bcdfghjklmnpqrstvwxz2456789", 5),
           "reqId": "req-" + rs("0123456789abcdefghijklmnopqrstuvwxyz", 4)}
    obj.update(extra)
    obj["msg"] = msg
    return jput(Ln("portal_app"), obj)


def s_portal_phi(k=None):
    p = pt()
    k = R.randint(0, 8) if k is None else k
    if k == 0:
        exp = (C.now + dt.timedelta(days=14)).strftime("%Y-%m-%dT23:59:59Z")
        return [pino(30, "share link created", {"patientId": P(p.mrn, "mrn"), "shareId": P(token(), "other_id"),
                                                "recipient": P(p.email, "email"), "studies": R.randint(1, 4), "expiresAt": exp})]
    if k == 1:
        return [pino(30, "login ok", {"user": P(p.portal_user, "other_id"), "ip": P(pubip(), "ip"), "mfa": R.choice(["sms", "totp", "none"]),
                                      "ua": R.choice(UA)[:60]})]
    if k == 2:
        return [pino(40, "share link opened from new device", {"shareId": P(token(), "other_id"), "ip": P(pubip(), "ip"),
                                                             "deviceId": P(rs("0123456789ABCDEF", 8) + "-" + rs("0123456789ABCDEF", 4) + "-" + rs("0123456789ABCDEF", 4) + "-" + rs("0123456789ABCDEF", 4) + "-" + rs("0123456789ABCDEF", 12), "device")})]
    if k == 3:
        pan = luhn(R.choice(["4", "51", "6011"]), 16)
        return [pino(50, "payment capture failed", {"user": P(p.portal_user, "other_id"),
                                                    "err": T("gateway 402: card ", P(pan, "account"), " declined (do_not_honor)"),
                                                    "amountCents": R.randint(2500, 48000)})]
    if k == 6:
        rf, rl, rk = p.rel
        return [pino(30, "proxy access granted", {"patientId": P(p.mrn, "mrn"), "proxyName": P(rf + " " + rl, "name"), "relationship": rk,
                                                  "proxyEmail": P(strip_acc(rf.split()[0]).lower() + "." + strip_acc(rl).lower().replace(" ", "") + "@" + R.choice(MAILD), "email"),
                                                  "grantedBy": R.choice(["kmartin", "jlee", "dsantos"])})]
    if k == 7:
        return [pino(40, "password reset requested", {"user": P(p.portal_user, "other_id"), "email": P(p.email, "email"), "ip": P(pubip(), "ip"), "captcha": "passed"})]
    if k == 8:
        return [pino(30, "records request", {"patientId": P(p.mrn, "mrn"), "roi": "ROI-%s-%02d" % (C.now.strftime("%y%m%d"), R.randint(1, 40)),
                                             "deliver": "mail", "media": "CD+reports",
                                             "mailTo": {"line1": P(p.street, "address"), "city": P(p.city, "address"), "state": p.state, "postalCode": P(p.zip, "zip")}})]
    if k == 4:
        return [pino(30, "records request", {"patientId": P(p.mrn, "mrn"), "roi": "ROI-%s-%02d" % (C.now.strftime("%y%m%d"), R.randint(1, 40)),
                                             "deliver": "fax", "faxTo": P(fmt_phone(R.choice(AREA) + str(R.randint(2, 9)) + digits(6), R.choice([1, 2, 3])), "fax"),
                                             "note": "home office fax per patient"})]
    return [pino(30, "share link emailed", {"to": P(p.email, "email"),
                                            "link": P("https://portal.lakesideimaging.com/share/s/" + token(), "url"),
                                            "template": "image_share_v2", "provider": "ses"})]


def s_portal_noise():
    k = R.randint(0, 3)
    if k == 0:
        return [pino(30, "job purge_expired_shares done", {"removed": R.randint(0, 80), "durationMs": R.randint(20, 900)})]
    if k == 1:
        return [pino(40, "dicomweb upstream slow", {"upstream": "orthanc-ro:8042", "latencyMs": R.randint(1500, 9000), "route": "/viewer/dicomweb/studies/:uid/series"})]
    if k == 2:
        return [pino(30, "request completed", {"res": {"statusCode": 200}, "responseTime": R.randint(3, 400), "route": "/api/v1/config",
                                               "traceId": rs(HEX, 32), "spanId": rs(HEX, 16)})]
    return [pino(50, "smtp send failed", {"provider": "ses", "code": "Throttling", "retryInMs": 2000, "messageId": "%s@email.amazonses.com" % rs(HEX, 24)})]


def s_kiosk(kind=None):
    C.adv(5, 200)
    p = pt()
    if (kind or R.choice(["photo", "palm"])) == "photo":
        b64 = "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/" + rs(B64, R.randint(140, 260))
        ln = Ln("kiosk").t("%s kiosk-%s INFO checkin.photo mrn=" % (C.iso_ms(), R.choice(["div-01", "bvt-02", "grs-01"]))).p(p.mrn, "mrn")
        return [ln.t(" size=%d face_score=0.%02d jpeg_b64=" % (R.randint(28000, 64000), R.randint(80, 99))).p(b64, "photo").t("...(truncated)")]
    n = R.randint(24, 40) * 4
    tpl = "Rk1SACAyMAAAAAE" + rs(B64, n - 17) + "=="
    ln = Ln("kiosk").t("%s kiosk-%s INFO checkin.palm enroll ok patient=" % (C.iso_ms(), R.choice(["div-01", "bvt-02"]))).p(p.mrn, "mrn")
    return [ln.t(" sensor=PV-%s quality=%d template=" % (digits(6), R.randint(60, 99))).p(tpl, "biometric")]


def s_kiosk_noise():
    C.adv(5, 200)
    return [Ln("kiosk").t("%s kiosk-%s %s %s" % (C.iso_ms(), R.choice(["div-01", "bvt-02", "grs-01"]), R.choice(["INFO", "WARN"]), R.choice([
        "printer.label paper low (12%)", "session.timeout idle=120s", "update channel=stable version=3.8.%d" % R.randint(0, 20),
        "checkin.palm sensor reinitialized after USB reset", "camera.exposure auto adjusted ev=-0.3"])))]


# ---------------------------------------------------------------- AI triage webhooks


def s_ai_access():
    C.adv(1, 60)
    return [Ln("uvicorn").t("INFO:     10.40.2.%d:%d - \"POST /webhooks/%s HTTP/1.1\" %s" % (
        R.randint(10, 30), R.randint(30000, 65000), R.choice(["aidoc", "ai-triage", "qure"]), R.choice(["202 Accepted", "202 Accepted", "401 Unauthorized", "200 OK"])))]


def s_ai_noise():
    C.adv(1, 90)
    k = R.randint(0, 2)
    if k == 0:
        obj = {"eventType": "HEARTBEAT", "vendorSite": "lakeside-prod", "queueDepth": R.randint(0, 40), "algorithms": ["ICH", "PE", "LVO", "CSpineFx"], "ts": C.utc_z()}
        return [jput(Ln("ai_webhook").t("%s ai_triage.webhook INFO payload=" % C.l4n()), obj)]
    if k == 1:
        return [Ln("ai_webhook").t("%s ai_triage.security WARNING signature mismatch header=X-Signature-256 expected=sha256=%s got=sha256=%s src=10.40.2.%d" % (C.l4n(), rs(HEX, 16), rs(HEX, 16), R.randint(10, 30)))]
    ex = R.choice([e for e in EXAMS if e[0] == "CT"])
    obj = {"event_type": "study.triaged", "study_uid": uid(), "accession_number": accession(ex[0]), "algorithm": {"name": R.choice(["PE", "ICH"]), "version": "4.%d.%d" % (R.randint(0, 5), R.randint(0, 9))},
           "findings": [{"label": R.choice(["PE", "ICH", "LVO"]), "probability": round(R.uniform(0.05, 0.99), 2)}], "priority": R.choice(["STAT", "ROUTINE"]), "latency_s": R.randint(40, 400)}
    return [jput(Ln("ai_webhook").t("%s ai_triage.webhook INFO payload=" % C.l4n()), obj)]


def s_ai_phi():
    C.adv(1, 90)
    p = pt()
    ex = R.choice([e for e in EXAMS if e[0] == "CT"])
    if R.random() < 0.5:
        pat = {"patientID": P(p.mrn, "mrn"), "patientName": P(pn(p, mid=False), "name"), "birthDate": P(p.dob.strftime("%Y%m%d"), "date"), "sex": p.sex}
        if p.age > 89:
            pat["age"] = P("%03dY" % p.age, "age")
        obj = {"eventType": "RESULT_AVAILABLE", "timestamp": C.utc_z(), "study": {"studyInstanceUID": uid(), "accessionNumber": accession("CT")},
               "patient": pat, "algorithm": {"name": R.choice(["ICH", "PE", "LVO"]), "version": "3.%d.%d" % (R.randint(0, 9), R.randint(0, 9))},
               "result": {"flag": True, "confidence": round(R.uniform(0.7, 0.99), 3)}, "deliveryId": str(__import__("uuid").UUID(int=R.getrandbits(128)))}
        return [jput(Ln("ai_webhook").t("%s ai_triage.webhook INFO payload=" % C.l4n()), obj)]
    obj = {"event_type": "study.flagged", "study_uid": uid(), "accession_number": accession("CT"), "patient_id": P(p.mrn, "mrn"),
           "patient_dob": P(fmt_date(p.dob, 1), "date"), "scheduled_at": P(sched_dt((0, 0)).strftime("%Y-%m-%dT%H:%M:00"), "date"),
           "findings": [{"label": "LVO", "probability": round(R.uniform(0.7, 0.99), 2), "side": R.choice(["L", "R"])}], "priority": "STAT"}
    return [jput(Ln("ai_webhook").t("%s ai_triage.webhook INFO payload=" % C.l4n()), obj, sp=True)]


# ---------------------------------------------------------------- billing


BILL_HDR = "queue_id,claim_no,pt_acct,mrn,pt_name,dob,dos,cpt,mod,icd10,payer,member_id,coder,status"


def g_billing_csv():
    C.adv(60, 900)
    out = [Ln("billing_csv").t(BILL_HDR)]
    for _ in range(R.randint(2, 4)):
        p = pt()
        ex = R.choice(EXAMS)
        dos = C.now.date() - dt.timedelta(days=R.randint(0, 10))
        ln = Ln("billing_csv").t("%s,CLM%s," % (R.choice(["CQ-CT-PRO", "CQ-MR-PRO", "CQ-DENIALS", "CQ-XR-GLOBAL"]), digits(9)))
        ln.p(p.acct, "account").t(",").p(p.mrn, "mrn").t(",\"").p(last_first(p, up=True, mid=True), "name").t("\",")
        ln.p(fmt_date(p.dob, 2), "date").t(",").p(fmt_date(dos, 2), "date").t(",%s,%s,%s,%s," % (ex[1], R.choice(["26", "TC", "", "26 59"]), ex[3], p.plan[1]))
        ln.p(p.member, "health_plan").t(",%s,%s" % (R.choice(["cmendez", "ytran", "auto"]), R.choice(["READY", "HOLD-AUTH", "REVIEW", "BILLED"])))
        out.append(ln)
    return out


def s_billing_pipe():
    C.adv(10, 300)
    p = pt()
    ex = R.choice(EXAMS)
    dos = C.now.date() - dt.timedelta(days=R.randint(0, 10))
    ln = Ln("billing_pipe").t("CODEQ|%s|CLM%s|" % (R.choice(["MR-NEURO", "CT-BODY", "US-GEN"]), digits(9))).p(p.acct, "account").t("|").p(p.mrn, "mrn").t("|")
    ln.p(pn(p, mid=False), "name").t("|").p(dos.strftime("%Y%m%d"), "date").t("|%s|%s|" % (ex[1], ex[3]))
    if R.random() < 0.4:
        ln.t("SSN=").p(p.ssn, "ssn").t("|")
    ln.t("%s|" % p.plan[0]).p(p.member, "health_plan").t("|%s" % R.choice(["NEEDS_AUTH", "OK", "DX_MISMATCH"]))
    return [ln]


def s_billing_noise():
    C.adv(10, 400)
    return [Ln("billing_pipe").t(R.choice([
        "CODEQ-STATS|%s|pending=%d|oldest=%dd%dh|throughput=%d/h|coders=%d" % (R.choice(["CT-PRO", "MR-PRO", "DENIALS"]), R.randint(3, 200), R.randint(0, 5), R.randint(0, 23), R.randint(10, 60), R.randint(1, 6)),
        "CODEQ-RULE|NCCI edit 70450/70496 bundle applied|claims=%d" % R.randint(1, 30),
        "CODEQ-EXPORT|batch=B%s|claims=%d|837P bytes=%d|sftp=ok" % (digits(6), R.randint(20, 300), R.randint(20000, 900000))]))]


def g_x12():
    C.adv(60, 600)
    p = pt()
    ctl = "%09d" % R.randint(1, 99999)
    is271 = R.random() < 0.5
    pre = lambda: Ln("x12").t("%s [EDI] %s " % (C.dotms(), "<<" if is271 else ">>"))
    out = [pre().t("ISA*00*          *00*          *ZZ*LAKESIDEIMG    *ZZ*AVAILITY       *%s*%s*^*00501*%s*0*P*:~" % (C.now.strftime("%y%m%d"), C.now.strftime("%H%M"), ctl)),
           pre().t("GS*HB*LAKESIDEIMG*AVAILITY*%s*%s*%d*X*005010X279A1~" % (C.now.strftime("%Y%m%d"), C.now.strftime("%H%M"), R.randint(1, 9999))),
           pre().t("ST*%s*0001*005010X279A1~" % ("271" if is271 else "270")),
           pre().t("NM1*PR*2*%s*****PI*%s~" % (p.plan[0], p.plan[2])),
           pre().t("NM1*1P*2*LAKESIDE IMAGING LLC*****XX*1588667711~")]
    nm = pre().t("NM1*IL*1*").p(("%s*%s" % (strip_acc(p.last), strip_acc(p.first))).upper() + (("*" + p.mid[0]) if p.mid else ""), "name").t("***MI*").p(p.member, "health_plan").t("~")
    out.append(nm)
    if is271:
        out.append(pre().t("N3*").p(p.street.upper(), "address").t("~"))
        out.append(pre().t("N4*").p(p.city.upper(), "address").t("*%s*" % p.state).p(p.zip, "zip").t("~"))
    out.append(pre().t("DMG*D8*").p(p.dob.strftime("%Y%m%d"), "date").t("*%s~" % p.sex))
    out.append(pre().t("DTP*291*D8*").p(sched_dt((0, 3)).strftime("%Y%m%d"), "date").t("~"))
    if is271:
        out.append(pre().t("EB*1*IND*30**%s~" % R.choice(["PPO", "HMO", "MA"])))
        out.append(pre().t("EB*C*IND*30***23*%d.00*****Y~" % R.choice([500, 1500, 3000])))
        out.append(pre().t("MSG*PRIOR AUTH REQUIRED FOR ADVANCED IMAGING (CT/MR/PET)~"))
    else:
        out.append(pre().t("EQ*30~"))
    out.append(pre().t("SE*%d*0001~" % (len(out) - 1)))
    out.append(pre().t("GE*1*%d~" % R.randint(1, 9999)))
    out.append(pre().t("IEA*1*%s~" % ctl))
    return out


# ---------------------------------------------------------------- Java


def l4j(level, thread, logger):
    C.adv(0, 30)
    return Ln("log4j2").t("%s [%s] %-5s %s - " % (C.dotms(), thread, level, logger))


def s_log4j_noise():
    k = R.randint(0, 6)
    th = R.choice(["pool-4-thread-%d" % R.randint(1, 8), "main", "HikariPool-1 housekeeper", "qtp1163157884-%d" % R.randint(30, 90), "dcm-assoc-%d" % R.randint(1, 40)])
    if k == 0:
        return [l4j("INFO", th, "c.l.pacs.router.RoutingEngine").t("Rule '%s' matched study %s; forwarding to %s (priority=%s)" % (
            R.choice(["CT_HEAD_TO_AI", "CTA_CHEST_TO_AI", "ED_TO_TELERAD", "ALL_TO_ARCH"]), uid(), R.choice(["AIDOC_GW", "TELERAD_GW", "LKS_ARCH"]), R.choice(["HIGH", "MEDIUM"])))]
    if k == 1:
        return [l4j("WARN", th, "c.l.pacs.router.DicomForwarder").t("C-STORE to AIDOC_GW@10.40.2.18:104 failed: status 0xA700 Out of Resources; retry %d/5 in 30s" % R.randint(1, 4))]
    if k == 2:
        return [l4j("DEBUG", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool").t("HikariPool-1 - Pool stats (total=%d, active=%d, idle=%d, waiting=0)" % (20, R.randint(0, 20), R.randint(0, 10)))]
    if k == 3:
        out = [l4j("ERROR", th, "org.dcm4che3.net.Association").t("LKS_ROUTER->TELERAD_GW(%d): i/o exception: java.net.SocketTimeoutException: Read timed out" % R.randint(100, 999))]
        for fr in ["\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)",
                   "\tat org.dcm4che3.net.PDUDecoder.readFully(PDUDecoder.java:142)",
                   "\tat org.dcm4che3.net.PDUDecoder.nextPDU(PDUDecoder.java:171)",
                   "\t... 4 common frames omitted"]:
            out.append(Ln("log4j2").t(fr))
        return out
    if k == 4:
        return [l4j("INFO", "main", "c.l.pacs.router.Application").t("Started Application in %d.%03d seconds (process running for %d.%d), build %s, git %s" % (
            R.randint(4, 20), R.randint(0, 999), R.randint(5, 25), R.randint(0, 9), "2024.3.%d" % R.randint(1, 40), rs(HEX, 7)))]
    if k == 5:
        return [l4j("INFO", th, "c.l.pacs.router.QueueMonitor").t("queues: ai=%d telerad=%d archive=%d dlq=%d oldest_ms=%d traceId=%s" % (
            R.randint(0, 30), R.randint(0, 30), R.randint(0, 300), R.randint(0, 3), R.randint(0, 90000), rs(HEX, 32)))]
    return [l4j("INFO", th, "c.l.mirth.bridge.AckHandler").t("ACK AA for control id MSG%s from LKS_RIS in %dms" % (digits(8), R.randint(3, 300)))]


def s_log4j_phi():
    p = pt()
    k = R.randint(0, 2)
    th = "pool-4-thread-%d" % R.randint(1, 8)
    if k == 0:
        wrong = pn(p, mid=False).replace("-", " ") if "-" in p.last + p.first else pn(p, mid=False).lower()
        return [l4j("INFO", th, "c.l.pacs.router.coercion.AttributeCoercer").t("Coerced (0010,0010) PatientName '").p(wrong, "name").t("' -> '")
                .p(pn(p, mid=False), "name").t("' rule=NAME_NORMALIZE study=%s" % uid())]
    if k == 1:
        other = digits(7)
        d2 = p.dob.replace(day=min(28, p.dob.month), month=min(12, p.dob.day))
        if d2 == p.dob:
            d2 = p.dob + dt.timedelta(days=1)
        return [l4j("WARN", th, "c.l.pacs.router.pix.PatientIdResolver").t("Patient ID conflict: incoming PatientID ").p(other, "mrn")
                .t(" (issuer %s) already linked to " % R.choice(["CVH", "SMH", "WHH"])).p(p.mrn, "mrn").t(", DOB mismatch ")
                .p(p.dob.isoformat(), "date").t(" vs ").p(d2.isoformat(), "date").t(" - sent to reconciliation queue")]
    # mirth-like one-line escaped HL7
    ln = l4j("INFO", "Channel Dispatch Thread on ADT_IN", "c.l.mirth.bridge.InboundLogger").t("Received message: MSH|^~\\&|EPIC|%s|LKS_RIS|LAKESIDE|%s||ADT^A08|MSG%s|P|2.5.1\\rPID|1||" % (R.choice(CLIENTS), C.hl7(), digits(8)))
    ln.p(p.mrn, "mrn").t("^^^LKS^MR||").p(pn(p), "name").t("||").p(p.dob.strftime("%Y%m%d"), "date").t("|%s|||" % p.sex)
    ln.p(p.street, "address").t("^^").p(p.city, "address").t("^%s^" % p.state).p(p.zip, "zip").t("||").p(fmt_phone(p.phone, 2), "phone").t("\\rPV1|1|O\\r")
    return [ln]


def wf(level, logger, thread):
    C.adv(0, 30)
    return Ln("wildfly").t("%s %-5s [%s] (%s) " % (C.l4n(), level, logger, thread))


def s_wildfly_noise():
    k = R.randint(0, 3)
    th = "EE-ManagedExecutorService-default-Thread-%d" % R.randint(1, 30)
    if k == 0:
        return [wf("INFO", "org.dcm4chee.arc.store.impl.StoreServiceImpl", th).t("%d: M-WRITE /opt/wildfly/standalone/data/fs1/%s/%s" % (R.randint(1000, 9999), C.now.strftime("%Y/%m/%d"), rs("0123456789ABCDEF", 8)))]
    if k == 1:
        return [wf("INFO", "org.dcm4che3.net.Connection", "EE-ManagedScheduledExecutorService-default-Thread-1").t("Start TCP Listener on /0.0.0.0:11112")]
    if k == 2:
        return [wf("INFO", "org.dcm4chee.arc.delete.impl.PurgeStorageScheduler", th).t("Deleted %s objects from Storage[id=fs1], freed %d.%d GiB" % (f"{R.randint(100, 9000):,}", R.randint(1, 90), R.randint(0, 9)))]
    return [wf("WARN", "org.dcm4chee.arc.qmgr.impl.QueueManagerEJB", th).t("Failed processing of Task[id=%d] at Queue 'StgCmtSCU' - java.io.IOException: Association to TELERAD_GW refused" % R.randint(10000, 99999))]


def s_wildfly_phi():
    p = pt()
    th = "EE-ManagedExecutorService-default-Thread-%d" % R.randint(1, 30)
    return [wf("INFO", "org.dcm4chee.arc.store.impl.StoreServiceImpl", th).t("%d: Create new Study[pk=%d, uid=%s] of Patient[pk=%d, id=" % (R.randint(1000, 9999), R.randint(10000, 99999), uid(), R.randint(10000, 99999)))
            .p(p.mrn, "mrn").t("^^^LKS, name=").p(pn(p), "name").t("]")]


# ---------------------------------------------------------------- Windows


def s_win_noise():
    C.adv(1, 120)
    k = R.randint(0, 4)
    if k == 0:
        return [Ln("win_svc").t("%s [INF] [LKS.DicomRouter.Service] [T:%d] Heartbeat OK: %d destinations reachable, queue=%d" % (C.dotms(), R.randint(4, 40), R.randint(2, 5), R.randint(0, 12)))]
    if k == 1:
        return [Ln("win_evt_csv").t("Information,%s,Service Control Manager,7036,None,\"The %s service entered the %s state.\"" % (C.win(), R.choice(["PowerScribe 360 Service", "CDBurnSvc", "LKS DICOM Router", "TDBridge"]), R.choice(["running", "stopped"])))]
    if k == 2:
        return [Ln("win_evt_csv").t("Warning,%s,Microsoft-Windows-Time-Service,%d,None,\"NtpClient was unable to set a domain peer to use as a time source.\"" % (C.win(), 129))]
    if k == 3:
        return [Ln("win_evtx_xml").t("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='LKS.DicomRouter'/><EventID Qualifiers='0'>%d</EventID><Level>%d</Level><TimeCreated SystemTime='%s'/><Computer>%s.lakeside.local</Computer><Security UserID='S-1-5-18'/></System><EventData><Data>%s</Data></EventData></Event>" % (
            R.choice([1001, 1002, 2100]), R.choice([3, 4]), C.utc_z().replace("Z", "0000Z"), R.choice(["PACSGW01", "CDSTATION02", "PSAPP01"]),
            R.choice(["Listener bound to 0.0.0.0:104", "License check OK (expires 2025-06-30)", "Disk D: free space 11% below threshold 15%"])))]
    return [Ln("win_svc").t("%s [ERR] [LKS.WorklistBridge] [T:%d] SQL timeout after 30000ms executing usp_GetScheduledSteps @site='%s' (SqlException 0x80131904, Number -2)" % (C.dotms(), R.randint(4, 40), R.choice(SITES)))]


def s_win_phi():
    C.adv(1, 120)
    p = pt()
    r = R.random()
    if r < 0.3:
        ln = Ln("win_svc").t("%s [WRN] [Medvision.Router.Abgleich] [T:%d] Patient \"" % (C.dotms(), R.randint(4, 40))).p(pn(p, mid=False), "name")
        ln.t("\" (PID ").p(p.mrn, "mrn").t(") konnte keinem Auftrag zugeordnet werden, Geburtsdatum ").p(fmt_date(p.dob, 4), "date")
        return [ln.t(", Studie verbleibt im Eingangsordner")]
    if r < 0.6:
        return [Ln("win_svc").t("%s [WRN] [LKS.WorklistBridge] [T:%d] Duplicate SPS for patient " % (C.dotms(), R.randint(4, 40))).p(last_first(p), "name")
                .t(" (").p(p.mrn, "mrn").t(") on ").p(fmt_date(sched_dt((0, 3)).date(), 2), "date").t(", keeping newest order")]
    ln = Ln("win_evtx_xml").t("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='CDBurnSvc'/><EventID Qualifiers='0'>3004</EventID><Level>2</Level><TimeCreated SystemTime='%s'/><Computer>CDSTATION02.lakeside.local</Computer></System><EventData><Data>Burn job failed for " % C.utc_z().replace("Z", "0000Z"))
    ln.p(pn(p, mid=False, strip=True), "name").t(" (").p(p.mrn, "mrn").t("): media write error 0x80040154</Data></EventData></Event>")
    return [ln]


# ---------------------------------------------------------------- chat, VPN, telerad, SMS


def chat_ln(user=None):
    C.adv(5, 240)
    u = user or rad()[2]
    ch = R.choice(["#reading-room", "#neuro", "#body", "#telerad-night", "#pacs-support"])
    return Ln("chat").t("[%s] %s <%s> " % (C.now.strftime("%Y-%m-%d %H:%M"), ch, u))


def s_chat_noise():
    return [chat_ln().t(R.choice([
        "PACS super slow on WS-RAD-07 again, opened INC00%d" % R.randint(40000, 49999),
        "taking the neuro list until noon, then body",
        "who's covering MSK this afternoon?",
        "AI flagged 3 PEs overnight, 2 true pos, 1 motion artifact",
        "tumor board moved to 12:30, room 3B",
        "CT_SOMATOM1 down for tube warmup fault, Siemens FSE ETA 2pm (case 8%d)" % R.randint(1000000, 9999999),
        "reminder: peer review quota is 12/mo",
        "can someone restart the dictation client on WS-RAD-12? mic not detected",
        "ED at St Aldric asking for TAT on their CTs, queue shows 7 pending",
        "lunch is here, 2nd floor lounge",
        "VPN dropping every 20 min from home, anyone else?"]))]


def s_chat_phi():
    p = pt()
    k = R.randint(0, 9)
    ln = chat_ln()
    if k == 5:
        return [ln.t("can someone merge ").p(p.mrn, "mrn").t(" into ").p("M00" + rs("0123456789", 6), "mrn").t("? same pt, ").p(p.first.lower() + " " + p.last.lower(), "name").t(", registered twice at BVT")]
    if k == 6:
        return [ln.t("fyi the outside films for ").p(p.first[0] + ". " + p.last, "name").t(" (dob ").p(fmt_date(p.dob, 1), "date").t(") were from ").p(fmt_date(prior_date(), 5), "date").t(", not last week - comparison in my report is wrong, addending")]
    if k == 7:
        return [ln.t("family of ").p(p.last.upper() + " " + p.first.upper(), "name").t(" on line 2, says pt is allergic to gadolinium, can someone pull the 2019 reaction note? MRN ").p(p.mrn, "mrn")]
    if k == 8:
        return [ln.t("pt ").p(p.first, "name").t(" in room 4 lives at ").p(p.street, "address").t(", wants the CD mailed there instead of pickup — ok per ROI?")]
    if k == 9:
        return [ln.t("").p(pn(p, mid=False), "name").t(" / ").p(p.mrn, "mrn").t(" flagged by AI for %s, I'm on it, please hold the table" % R.choice(["LVO", "ICH", "PE", "C-spine fx"]))]
    if k == 0:
        return [ln.t("anyone have priors on ").p(p.last.upper(), "name").t("? mrn ").p(p.mrn, "mrn").t(" - outside CD imported this am")]
    if k == 1:
        if p.age > 89:
            return [ln.t("ED called re ").p((p.first + " " + p.last).lower(), "name").t(", the ").p(str(p.age), "age").t("yo w/ SDH, they want a callback")]
        return [ln.t("ED called re ").p((p.first + " " + p.last).lower(), "name").t(", they want a callback on the CTA")]
    if k == 2:
        return [ln.t("").p(last_first(p), "name").t(" DOB ").p(fmt_date(p.dob, 3), "date").t(" - wrong side marker on the knee films, tech pls fix before I sign")]
    if k == 3:
        rf, rl, rk = p.rel
        return [ln.t("pt's %s (" % rk).p(rf, "name").t(") keeps calling the front desk about the share link, can someone resend to ").p(p.email, "email")]
    return [ln.t("Mrs. ").p(p.last, "name").t(" is here for her biopsy but the MWL shows appt ").p(fmt_date(sched_dt((1, 4)).date(), 3), "date").t(", can front desk check?")]


def s_vpn_noise():
    C.adv(5, 300)
    r = rad()
    ip = pubip()
    return [Ln("syslog").t("%s vpn-edge01 openvpn[1187]: %s/%s:%d %s" % (C.syslog(), r[2], ip, R.randint(30000, 65000), R.choice([
        "MULTI_sn: primary virtual IP for %s/%s: 10.8.0.%d" % (r[2], ip, R.randint(2, 200)),
        "TLS: Initial packet from [AF_INET]%s, sid=%s %s" % (ip, rs(HEX, 8), rs(HEX, 8)),
        "Connection reset, restarting [0]"])))]


def s_telerad_noise():
    C.adv(5, 300)
    ex = R.choice(EXAMS)
    return [Ln("telerad").t("%s nighthawk-router INFO assign acc=%s site=%s mod=%s exam=\"%s\" priority=%s reader=%s tz=%s sla_min=%d queue_depth=%d" % (
        C.iso_ms(), accession(ex[0]), R.choice(CLIENTS), ex[0], ex[2], R.choice(["STAT", "STAT", "ROUTINE"]), R.choice(["kabe", "anwosu", "rquintero"]),
        R.choice(["Australia/Sydney", "Europe/Zurich", "America/Los_Angeles"]), R.choice([30, 60, 240]), R.randint(0, 20)))]


def s_telerad_phi():
    C.adv(5, 300)
    p = pt()
    ex = R.choice(EXAMS)
    if R.random() < 0.5:
        ln = Ln("telerad").t("%s nighthawk-router INFO prelim acc=%s site=%s pt=\"" % (C.iso_ms(), accession(ex[0]), R.choice(CLIENTS)))
        ln.p(pn(p, mid=False), "name").t("\" enc=").p("E" + digits(9), "other_id")
        if p.age > 89:
            ln.t(" age=").p(str(p.age), "age")
        return [ln.t(" reader=%s delivered=fax:ED result=%s" % (R.choice(["kabe", "anwosu"]), R.choice(["POSITIVE", "NEGATIVE"])))]
    ln = Ln("telerad").t("%s nighthawk-router WARN demographics mismatch site=%s acc=%s local_mrn=" % (C.iso_ms(), R.choice(CLIENTS), accession(ex[0])))
    ln.p(p.mrn, "mrn").t(" site_mrn=").p(R.choice(["SA", "CV", "WH"]) + digits(7), "mrn").t(" site_dob=").p(p.dob.strftime("%Y%m%d"), "date")
    return [ln.t(" local_dob=").p((p.dob + dt.timedelta(days=R.choice([1, 31, 365]))).strftime("%Y%m%d"), "date").t(" action=hold_for_review")]


def sms(level="info"):
    C.adv(2, 200)
    return Ln("sms").t("%s %s sms-scheduler[2841]: " % (C.utc_z(), level))


def s_sms_phi(k=None):
    p = pt()
    k = R.randint(0, 4) if k is None else k
    sid = "SM" + rs(HEX, 32)
    if k == 0:
        sd = sched_dt((1, 6))
        ex = R.choice(EXAMS)
        mod = {"CT": "CT scan", "MR": "MRI", "US": "ultrasound", "CR": "X-ray", "MG": "mammogram", "NM": "nuclear medicine scan"}[ex[0]]
        ln = sms().t("outbound queued sid=%s to=" % sid).p("+1" + p.phone, "phone").t(" from=+15039990100 tmpl=appt_reminder_48h body=\"Lakeside Imaging: Hi ")
        ln.p(p.first, "name").t(", reminder of your %s on " % mod).p(sd.strftime("%a ") + "%d/%d" % (sd.month, sd.day), "date")
        return [ln.t(" at %d:%02d %s at 4410 SE Division St, Portland. Reply C to confirm, R to reschedule, STOP to opt out.\"" % (sd.hour % 12 or 12, sd.minute, "AM" if sd.hour < 12 else "PM"))]
    if k == 1:
        if R.random() < 0.5:
            sd = sched_dt((1, 6))
            ln = sms().t("outbound queued sid=%s to=" % sid).p("+1" + p.phone, "phone").t(" from=+15039990100 tmpl=appt_reminder_48h_es body=\"Lakeside Imaging: Hola ")
            ln.p(p.first, "name").t(", le recordamos su cita de resonancia el ").p("%d/%d/%d" % (sd.day, sd.month, sd.year), "date")
            return [ln.t(" a las %s. Responda C para confirmar o R para cambiar la cita.\"" % sd.strftime("%H:%M"))]
        return [sms().t("inbound sid=%s from=" % sid).p("+1" + p.phone, "phone").t(" to=+15039990100 body=\"%s\"" % R.choice(["C", "c", "Confirm", "R", "STOP"]))]
    if k == 2:
        rf, rl, rk = p.rel
        ln = sms().t("inbound sid=%s from=" % sid).p("+1" + p.rel_phone, "phone").t(" to=+15039990100 body=\"can't make it, can we do friday? this is ")
        return [ln.p(p.first, "name").t("'s %s " % rk).p(rf, "name").t("\"")]
    if k == 3:
        return [sms("warn").t("status sid=%s to=" % sid).p("+1" + p.phone, "phone").t(" status=undelivered errorCode=%s carrier=%s" % (R.choice(["30003", "30005", "30006", "30007"]), R.choice(["T-Mobile USA", "Verizon Wireless", "AT&T"])))]
    plate = "%s%s%03d" % (R.randint(1, 9), rs("ABCDEFGHJKLMNPRSTUVWXYZ", 3), R.randint(0, 999))
    return [sms().t("inbound sid=%s from=" % sid).p("+1" + p.phone, "phone").t(" to=+15039990100 body=\"parking validation plate ").p(plate, "vehicle").t(" thx\"")]


def s_sms_noise():
    return [sms(R.choice(["info", "warn"])).t(R.choice([
        "template appt_reminder_48h v%d loaded (locale en-US, es-US, vi-VN)" % R.randint(3, 9),
        "twilio api 429 Too Many Requests, backing off %dms" % R.choice([500, 1000, 2000]),
        "batch reminders site=%s date=%s queued=%d skipped_optout=%d" % (R.choice(SITES), (C.now + dt.timedelta(days=2)).strftime("%Y-%m-%d"), R.randint(20, 160), R.randint(0, 9)),
        "queue depth=%d workers=4 p95_send_ms=%d" % (R.randint(0, 40), R.randint(100, 900))]))]


def mwlb():
    C.adv(2, 200)
    return Ln("mwl_broker").t("%s mwl-broker[%d]: " % (C.iso_ms(), 1712))


def s_mwlb_phi():
    p = pt()
    ex = R.choice(EXAMS)
    sd = sched_dt((0, 5))
    obj = {"op": R.choice(["SPS_UPSERT", "SPS_RESCHEDULE"]), "source": "RIS",
           "sps": {"AccessionNumber": accession(ex[0]), "PatientID": P(p.mrn, "mrn"), "PatientName": P(pn(p), "name"),
                   "PatientBirthDate": P(p.dob.strftime("%Y%m%d"), "date"), "Modality": ex[0],
                   "ScheduledStationAETitle": R.choice(AETS[ex[0]]),
                   "ScheduledProcedureStepStartDateTime": P(sd.strftime("%Y-%m-%dT%H:%M:00"), "date"),
                   "RequestedProcedureDescription": ex[2]}}
    if p.age > 89:
        obj["sps"]["PatientAge"] = P("%03dY" % p.age, "age")
    return [jput(mwlb(), obj)]


def s_mwlb_noise():
    return [jput(mwlb(), R.choice([
        {"op": "SYNC_DONE", "date": C.now.strftime("%Y-%m-%d"), "sps_total": R.randint(80, 190), "cancelled": R.randint(0, 6), "durationMs": R.randint(200, 3000)},
        {"op": "SPS_CANCEL", "AccessionNumber": accession(R.choice(["CT", "MR", "US"])), "reason": "ORC-1=CA", "placer": "ORD" + digits(8)},
        {"op": "HEALTH", "db": "ok", "hl7_listener": "0.0.0.0:6661", "dimse": "LKS_MWL@0.0.0.0:4242", "version": "1.9.%d" % R.randint(0, 9)}]))]


# ---------------------------------------------------------------- assembly

FORCED = ([lambda: s_kiosk("photo")] * 3 + [lambda: s_kiosk("palm")] * 3 + [lambda: s_sms_phi(4)] * 2
          + [lambda: s_portal_phi(4)] * 2 + [lambda: s_portal_phi(2)] * 2 + [lambda: s_portal_phi(3)]
          + [lambda: s_portal_phi(6), lambda: s_portal_phi(7), lambda: s_portal_phi(8)] + [s_cd_release] * 3)
BLOCKS = FORCED + ([g_findscu] * 2 + [lambda: g_findscu(False)] + [g_movescu] + [g_dcmtk_fail]
          + [g_wlmscpfs] + [g_storescp] + [g_hl7_orm] * 4 + [g_hl7_oru] * 3 + [g_hl7_ack] * 3 + [g_mwl_csv] * 2
          + [g_cd_import] * 2 + [g_cd_burn] * 2 + [g_billing_csv] * 2 + [g_x12] * 2)
PHI_SINGLES = [s_ps_phi, s_peer_phi, s_crit_alert, s_crit_note, s_nginx_share, s_portal_phi, s_portal_phi,
               s_ai_phi, s_billing_pipe, s_log4j_phi, s_wildfly_phi, s_win_phi, s_chat_phi, s_chat_phi, s_telerad_phi,
               s_sms_phi, s_sms_phi, s_mwlb_phi, s_ps_phi]
NOISE_SINGLES = [s_ps_noise, s_ps_noise, s_peer_noise, s_crit_noise, s_cd_noise, s_nginx_noise, s_portal_noise, s_kiosk_noise,
                 s_ai_access, s_ai_noise, s_billing_noise, s_log4j_noise, s_log4j_noise, s_wildfly_noise, s_win_noise, s_win_noise,
                 s_chat_noise, s_vpn_noise, s_telerad_noise, s_sms_noise, s_mwlb_noise, s_hl7_ack_single]


def main():
    order = BLOCKS[:]
    R.shuffle(order)
    lines = []

    def add_single():
        nophi = sum(1 for l in lines if not l.spans)
        frac = nophi / len(lines) if lines else 1.0
        gen = R.choice(NOISE_SINGLES) if frac < TARGET_NOPHI + 0.01 else R.choice(PHI_SINGLES)
        for l in gen():
            if len(lines) < N_LINES:
                lines.append(l)

    for b in order:
        for _ in range(R.randint(2, 6)):
            add_single()
        lines.extend(b())
    while len(lines) < N_LINES:
        add_single()
    assert len(lines) <= N_LINES + 0, len(lines)
    lines = lines[:N_LINES]

    here = os.path.dirname(os.path.abspath(__file__))
    logp = os.path.join(here, ID + ".log")
    labp = os.path.join(here, ID + ".labels.jsonl")
    texts, labels = [], []
    for i, l in enumerate(lines, 1):
        s = l.text()
        assert s and "\n" not in s and "\r" not in s, (i, s)
        b = s.encode("utf-8")
        prev = 0
        spans = []
        for (st, en, cat, val) in sorted(l.spans):
            assert st >= prev, (i, s)
            assert b[st:en].decode("utf-8") == val, (i, val)
            prev = en
            spans.append({"s": st, "e": en, "cat": cat})
        texts.append(s)
        labels.append(json.dumps({"line": i, "family": l.family, "spans": spans}, ensure_ascii=False))
    with open(logp, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(texts))
    with open(labp, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(labels))


if __name__ == "__main__":
    main()
