#!/usr/bin/env python3
"""Synthetic labeled log corpus "kh": a hospital 3D printing & virtual surgical
planning (VSP) lab.

Writes kh.log (500 lines) and kh.labels.jsonl next to this script.
Standard library only, deterministic (fixed seed, simulated clock).
All people, numbers and addresses are synthetic.

Sources imitated: dcm4che storescp/findscu console, dcm4che dcmdump,
dcm4chee-arc server log, pydicom dataset dumps, a python de-identification
pipeline, 3D Slicer application log and Python console, a Materialise-like
segmentation server, ls/dir/robocopy listings of STL/3MF case folders,
PreForm / Formlabs Dashboard API / GrabCAD Print queue logs, surgeon case
request web form JSON, e-mails (one physical line per line), HL7 v2 orders,
vendor PSI orders (CSV, German semicolon CSV, XML), sterilizer printouts and
lot tracking CSV, X12 837P and billing CSV, Teams and Slack exports, nginx
access log of the patient upload portal, Orthanc, Windows event log, Linux
syslog, Python / Java stack traces, Prometheus metrics and health checks.

Labeling decisions:
- Labeled: identifiers of patients and of people tied to the patient
  (relatives, guarantors, subscribers, emergency contacts, a driver who
  brings the patient).  Not labeled: surgeons, engineers, technologists,
  coordinators, billing staff, vendor reps (their names, e-mails, phones,
  pagers, Windows/Linux/portal user names), facilities, payers, vendors.
- name: any written form of a patient/relative name (DICOM "LAST^FIRST",
  HL7 "LAST^FIRST^M", "Last, First", upper/lower case, initials such as
  "T.K." or "TK", names embedded in file names, folder paths, Slicer node
  names).  A name written as one token is one span; when a record splits
  it into fields (X12 NM1, CSV last/first columns, XML elements) each part
  is its own span.
- date: birth, scan/study/series/acquisition (service) dates, OR/surgery
  dates, appointment/fitting dates, admission, date of service on claims,
  also partial dates such as "3/21".  Not labeled: log and file
  timestamps, print/cure/sterilization cycle times, order, ship-by and
  due dates, lot expiry dates, a birth year alone.
- age: only ages over 89 (incl. DICOM AS "091Y"); younger ages not labeled.
- address: street line and city (also a neighbourhood / county) are
  address spans (one span when written together); state and country are
  not labeled; ZIP / ZIP+4 is zip.
- mrn: hospital MRNs and DICOM PatientID / OtherPatientIDs (they are MRNs
  of this or a referring issuer).
- other_id: lab case numbers (VSP24-0117, also inside file names, paths
  and URLs: only the case-number substring), PACS accession numbers,
  encounter/visit numbers, EHR placer order numbers, prior authorization
  numbers, patient portal user names.
  Not labeled: vendor PO numbers, invoice numbers, print job / tray /
  segmentation job ids, sterilizer cycle and load numbers, material lots,
  DICOM UIDs, SOP instance file names, trace/span ids, anonymizer
  pseudonyms (ANON_xxxxxx) which replace the identifiers.
- device: serial numbers and UDIs of a patient-specific implant/guide or
  of a device implanted in a patient (whole UDI string is one span).
  Printer, scanner, sterilizer and workstation serials are not labeled.
- account: patient account / HAR numbers, X12 CLM01 patient control
  numbers, payment card numbers of patient or guarantor.
- health_plan: member / subscriber / Medicare MBI / Medicaid IDs; payer
  names and group numbers are not labeled.
- license: a patient's/guarantor's driver's licence number.
- vehicle: licence plate of the car bringing the patient.
- ip: public IP of a patient/relative using the upload portal; internal
  10.x addresses of lab machines and staff are not labeled.
- url: personal links of a patient or relative (fundraiser page, photo
  share link).  Hospital portal URLs are not labeled (a case number in
  them is other_id).
- photo: base64 payload of a face photo (not the data: prefix).
- biometric: palm-vein enrollment template payload.
"""
import datetime as dt
import json
import os
import random
import unicodedata

SEED = 174
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "kh"
N_LINES = 500

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email",
        "ssn", "mrn", "health_plan", "account", "license", "vehicle",
        "device", "url", "ip", "biometric", "photo", "other_id"}


# ---------------------------------------------------------------- builder
def _flat(parts):
    for p in parts:
        if isinstance(p, list):
            yield from _flat(p)
        else:
            yield p


def L(fam, *parts):
    """Build one line from str parts and (text, cat) tuples; record byte spans."""
    buf = bytearray()
    spans = []
    for p in _flat(parts):
        if isinstance(p, tuple):
            text, cat = p
        else:
            text, cat = p, None
        text = str(text)
        assert "\n" not in text and "\r" not in text, repr(text)
        b = text.encode("utf-8")
        s = len(buf)
        buf += b
        if cat:
            assert cat in CATS, cat
            assert text.strip() == text and text, repr(text)
            spans.append((s, len(buf), cat, text))
    assert len(buf) > 0
    return (fam, bytes(buf), spans)


class V:
    """Tagged JSON value (whole value is a span)."""
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class S:
    """JSON string composed of parts (free text with embedded spans)."""
    def __init__(self, *parts):
        self.parts = list(_flat(parts))


def jparts(o, sep=(", ", ": ")):
    out = []

    def esc(t):
        return json.dumps(t, ensure_ascii=False)[1:-1]

    def rec(x):
        if isinstance(x, V):
            if isinstance(x.v, str):
                assert esc(x.v) == x.v
                out.extend(['"', (x.v, x.cat), '"'])
            else:
                out.append((json.dumps(x.v), x.cat))
        elif isinstance(x, S):
            out.append('"')
            for p in x.parts:
                if isinstance(p, tuple):
                    assert esc(p[0]) == p[0]
                    out.append(p)
                else:
                    out.append(esc(p))
            out.append('"')
        elif isinstance(x, dict):
            out.append("{")
            for i, (k, v) in enumerate(x.items()):
                if i:
                    out.append(sep[0])
                out.append(json.dumps(k, ensure_ascii=False) + sep[1])
                rec(v)
            out.append("}")
        elif isinstance(x, list):
            out.append("[")
            for i, v in enumerate(x):
                if i:
                    out.append(sep[0])
                rec(v)
            out.append("]")
        else:
            out.append(json.dumps(x, ensure_ascii=False))
    rec(o)
    return out


# ---------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 11, 6, 2, 17, 118000)

    def tick(self, lo=20, hi=1500):
        self.t += dt.timedelta(seconds=R.uniform(lo, hi))
        return self.t

    def step(self, lo=0.005, hi=2.5):
        self.t += dt.timedelta(seconds=R.uniform(lo, hi))
        return self.t


CLK = Clock()


def ms(t):
    return f"{t.microsecond // 1000:03d}"


def ts_log4j(t):          # 2024-03-12 10:14:05,301
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)


def ts_iso(t):            # 2024-03-12T10:14:05.301Z
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "Z"


def ts_syslog(t):
    return t.strftime("%b ") + f"{t.day:>2}" + t.strftime(" %H:%M:%S")


# ---------------------------------------------------------------- pools
FIRST_M = ["Tomasz", "Chidi", "Farhan", "Mateo", "Hiroshi", "Yusuf", "Bogdan",
           "Nikolaos", "Keanu", "Søren", "José", "Quang", "Olamide", "Ahmet",
           "Dmitri", "Björn", "Pradeep", "Wojciech", "Rafał", "Eoin", "Thabo",
           "Arjun", "Kwabena", "Mehmet", "Ignacio", "Jean-Luc", "Tariq",
           "Ulrich", "Cornelius", "Ruaridh"]
FIRST_F = ["Aaliyah", "Dagny", "Eun-ji", "Giulia", "Laleh", "Nkechi", "Oksana",
           "Rosalind", "Siobhán", "Thandiwe", "Valentina", "Xiomara", "Zofia",
           "Chloé", "Esperanza", "Fatima", "Guðrún", "Ifeoma", "Leilani",
           "Marisol", "Priyanka", "Renée", "Yara", "Zainab", "Mei-Ling",
           "Ngozi", "Ana Sofía", "Hana", "Margarethe", "Bernadette"]
LAST = ["Okonkwo", "van der Berg", "De la Cruz", "O'Sullivan", "Nguyễn",
        "Kowalczyk", "Al-Masri", "Fitzgerald-Hughes", "Tanaka", "Rahman",
        "Haddad", "Ivanova", "Papadopoulos", "Mbeki", "Schröder", "Lindqvist",
        "García Márquez", "Chatterjee", "Kealoha", "Barzani", "da Silva",
        "von Hohenberg", "MacLeod", "St. Clair", "Ó Briain", "Zhang",
        "Abernathy", "Petrović", "Yılmaz", "Osei-Bonsu", "Delacroix",
        "Bergström", "Mahlangu", "Quispe", "Horváth", "Nakamura-Lee",
        "Le Roux", "Achterberg", "Romero-Vidal", "Szabo", "Adeyemi", "Hoang",
        "Przybylski", "Dubois", "Kim"]
STREETS = ["N Oakland Ave", "W Greenfield Ave", "S 27th St", "E Capitol Dr",
           "Lilac Ln", "W Layton Ave", "Brookview Ct", "N Humboldt Blvd",
           "Honey Creek Pkwy", "County Rd KR", "W North Ave", "Forest Home Ave",
           "Maple Ridge Dr", "E Bradley Rd", "Sunnyslope Rd", "Calumet Rd"]
CITIES = [("Milwaukee", "WI", "532"), ("Wauwatosa", "WI", "532"),
          ("West Allis", "WI", "532"), ("Waukesha", "WI", "531"),
          ("Kenosha", "WI", "531"), ("Racine", "WI", "534"),
          ("Sheboygan", "WI", "530"), ("Oak Creek", "WI", "531"),
          ("Janesville", "WI", "535"), ("Rockford", "IL", "611"),
          ("Dubuque", "IA", "520"), ("Green Bay", "WI", "543"),
          ("Fond du Lac", "WI", "549"), ("Menomonee Falls", "WI", "530")]
AREA = ["414", "262", "608", "920", "815", "563", "715"]
PAYERS = [("Anthem Blue Cross", "XJH"), ("UnitedHealthcare", "UHC"),
          ("Quartz Health", "QTZ"), ("Network Health", "NWH"),
          ("Medicare Part B", None), ("ForwardHealth Medicaid", None),
          ("Aetna", "AET"), ("Humana Gold Plus", "HUM")]

ENGINEERS = [("Priya", "Raman", "praman"), ("Tobias", "Ekström", "tekstrom"),
             ("Marcus", "Hale", "mhale"), ("Lena", "Vogt", "lvogt"),
             ("Dev", "Kapoor", "dkapoor"), ("Aiyana", "Redcloud", "aredcloud"),
             ("Mihail", "Dragomir", "mdragomir")]
SURGEONS = [("Amara", "Whitfield", "OMFS", "awhitfield"),
            ("Rafael", "Quintero", "Orthopaedic Oncology", "rquintero"),
            ("Hyun-woo", "Park", "Neurosurgery", "hpark"),
            ("Eleanor", "Brandt", "Plastic Surgery", "ebrandt"),
            ("Kwame", "Asante", "Pediatric Cardiology", "kasante"),
            ("Sunita", "Menon", "Otolaryngology / Head & Neck", "smenon"),
            ("Grégoire", "Lambert", "Spine Surgery", "glambert")]
DOMAIN = "riverbend-health.org"
LAB_MAIL = "3dlab@" + DOMAIN

PROCS = [
    ("fibula free flap mandible reconstruction", "OMFS",
     ["mandible", "fibula_L", "mandible_cutting_guide", "fibula_cutting_guide",
      "recon_plate_template"]),
    ("orbital floor reconstruction", "OMFS",
     ["orbit_R", "orbit_implant_R", "orbit_mirror"]),
    ("cranioplasty (PEEK)", "Neurosurgery",
     ["skull", "cranial_implant", "defect_margin"]),
    ("internal hemipelvectomy", "Orthopaedic Oncology",
     ["pelvis", "tumor", "resection_guide_iliac", "resection_guide_sacral"]),
    ("DORV repair planning", "Pediatric Cardiology",
     ["heart_blood_pool", "heart_myocardium", "heart_hollow"]),
    ("LeFort I + BSSO", "OMFS",
     ["maxilla", "mandible", "intermediate_splint", "final_splint"]),
    ("auricular prosthesis", "Plastic Surgery",
     ["ear_mirror_L", "ear_mold", "retention_bar"]),
    ("T10-L2 pedicle screw guides", "Spine Surgery",
     ["spine_T10_L2", "drill_guide_T11", "drill_guide_T12", "drill_guide_L1"]),
]
MATERIALS_FL = ["BioMed Clear", "BioMed Amber", "Surgical Guide", "BioMed White",
                "Model V3", "Grey Pro", "Clear V4"]
FL_PRINTERS = [("Form 3BL", "AmiableCrane", "F3BL-AC41"),
               ("Form 3B+", "BraveOtter", "F3B-BO77"),
               ("Form 3B+", "JollyMarmot", "F3B-JM02"),
               ("Form 4B", "QuietHeron", "F4B-QH19")]
SS_PRINTERS = [("J850 Digital Anatomy", "J850-DA-01", "19405"),
               ("J5 Digital Anatomy", "J5-DA-02", "31877"),
               ("Fortus 450mc", "F450-01", "F450-0093")]
VENDORS = [("Axial Craniofacial GmbH", "axial-cmf.de"),
           ("TrueForm Surgical Inc.", "trueform-surgical.com"),
           ("Helix PSI Ltd.", "helixpsi.co.uk")]
WORKSTATIONS = ["VSPWS-01", "VSPWS-02", "VSPWS-04", "VSP-SEG01", "VSP-PLAN03"]


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def alnum(s):
    return "".join(c for c in fold(s) if c.isalnum())


def rdigits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def luhn_complete(prefix, length=16):
    body = prefix + rdigits(length - len(prefix) - 1)
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def mk_ssn():
    while True:
        a = R.randint(1, 899)
        if a in (666,):
            continue
        g = R.randint(1, 99)
        s = R.randint(1, 9999)
        return f"{a:03d}-{g:02d}-{s:04d}"


def mk_mbi():
    L_ = "ACDEFGHJKMNPQRTUVWXY"
    AN = L_ + "0123456789"
    return (str(R.randint(1, 9)) + R.choice(L_) + R.choice(AN) + str(R.randint(0, 9))
            + R.choice(L_) + R.choice(AN) + str(R.randint(0, 9))
            + R.choice(L_) + R.choice(L_) + str(R.randint(0, 9)) + str(R.randint(0, 9)))


def pub_ip():
    while True:
        a = R.choice([24, 47, 66, 67, 68, 69, 70, 71, 72, 73, 75, 76, 96, 97, 98,
                      99, 104, 107, 108, 136, 162, 172, 173, 174, 184])
        b = R.randint(0, 255)
        if a == 172 and 16 <= b <= 31:
            continue
        return f"{a}.{b}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def rand_uid(root=None):
    root = root or R.choice(["1.2.826.0.1.3680043.8.498.", "1.3.12.2.1107.5.1.4.",
                             "1.2.840.113619.2.55.3."])
    u = root + ".".join(str(R.randint(1, 99999999)) for _ in range(3))
    return u[:64]


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


def b64(n):
    A = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(R.choice(A) for _ in range(n))


MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def fdate(d, style):
    if style == "dicom":
        return d.strftime("%Y%m%d")
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_np":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "dmon":
        return d.strftime("%d-%b-%Y")
    if style == "dmon_up":
        return d.strftime("%d-%b-%Y").upper()
    if style == "md":
        return f"{d.month}/{d.day}"
    if style == "short_mon":
        return f"{MONTHS[d.month - 1][:3]} {d.day}"
    raise ValueError(style)


def fphone(area, ex, num, style):
    if style == 0:
        return f"({area}) {ex}-{num}"
    if style == 1:
        return f"{area}-{ex}-{num}"
    if style == 2:
        return f"{area}{ex}{num}"
    if style == 3:
        return f"+1 {area} {ex} {num}"
    if style == 4:
        return f"{area}.{ex}.{num}"
    return f"1-{area}-{ex}-{num}"


TODAY = dt.date(2024, 3, 15)


def mk_patient(i):
    sex = R.choice("MF")
    first = R.choice(FIRST_M if sex == "M" else FIRST_F)
    last = LAST[i % len(LAST)]
    proc = PROCS[i % len(PROCS)]
    if proc[1] == "Pediatric Cardiology":
        year = R.randint(2016, 2023)
    elif i % 7 == 3:
        year = R.randint(1928, 1933)    # over 89
    else:
        year = R.randint(1941, 2006)
    dob = dt.date(year, R.randint(1, 12), R.randint(1, 28))
    age = TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))
    city, st, zp = R.choice(CITIES)
    zipc = zp + f"{R.randint(1, 99):02d}"
    if R.random() < 0.25:
        zipc += f"-{R.randint(1000, 9999)}"
    area = R.choice(AREA)
    ph = (area, f"{R.randint(201, 989)}", f"{R.randint(0, 9999):04d}")
    e1 = alnum(first).lower()
    e2 = alnum(last).lower()
    email = R.choice([f"{e1}.{e2}@gmail.com", f"{e1[0]}{e2}{year % 100:02d}@yahoo.com",
                      f"{e2}.{e1}{R.randint(1, 99)}@outlook.com", f"{e1}{e2[:4]}@icloud.com",
                      f"{e1}_{e2}@charter.net"])
    payer, pre = R.choice(PAYERS)
    if payer.startswith("Medicare"):
        plan = mk_mbi()
    elif "Medicaid" in payer:
        plan = rdigits(10)
    else:
        plan = pre + rdigits(9)
    scan = TODAY - dt.timedelta(days=R.randint(3, 40))
    surg = TODAY + dt.timedelta(days=R.randint(4, 60))
    yy = 24 if i % 6 else 23
    case = f"VSP{yy}-{100 + i * 3 + R.randint(0, 2):04d}"
    rel_first = R.choice(FIRST_F + FIRST_M)
    rel_last = last if R.random() < 0.7 else R.choice(LAST)
    return dict(
        sex=sex, first=first, last=last, mi=R.choice("ABCDEFGHJKLMNPRSTW"),
        dob=dob, age=age, proc=proc, street=f"{R.randint(12, 9899)} {R.choice(STREETS)}",
        city=city, state=st, zip=zipc, ph=ph, email=email, payer=payer, plan=plan,
        mrn=f"{R.randint(100000, 9999999):08d}", case=case,
        acc=f"RBH{scan:%y%m%d}{R.randint(100, 99999):05d}",
        enc=rdigits(10), har=f"{R.randint(2, 9)}{rdigits(8)}",
        pa=f"PA{rdigits(2)}-{rdigits(7)}",
        ssn=mk_ssn(), card=luhn_complete(R.choice(["4", "51", "52"])),
        dl=f"{fold(last)[0].upper()}{rdigits(3)}-{rdigits(4)}-{rdigits(4)}-{rdigits(2)}",
        scan=scan, surg=surg, user=(e1[:1] + e2)[:10] + str(year % 100),
        ip=pub_ip(), rel=(rel_first, rel_last), relph=(R.choice(AREA), f"{R.randint(201, 989)}", f"{R.randint(0, 9999):04d}"),
        serial=f"{yy}{R.choice('GIMS')}{rdigits(5)}",
        plate=f"{R.choice(['ABC', 'AKR', 'BTW', 'ALZ', 'CFD'])}-{rdigits(4)}",
        anon="ANON_" + hexs(6).upper(),
    )


PATIENTS = []


def pick():
    return R.choice(PATIENTS)


def pick_aged(prob=0.35):
    if R.random() < prob:
        return R.choice([x for x in PATIENTS if x["age"] > 89])
    return pick()


def pn(p, style=None):
    """Patient name in a chosen written form."""
    style = style if style is not None else R.choice(
        ["dicom", "lastfirst", "firstlast", "upper", "init", "lower", "dicom_mc", "f_last"])
    f, l_ = p["first"], p["last"]
    if style == "dicom":
        return f"{l_.upper()}^{f.upper()}"
    if style == "dicom_mi":
        return f"{l_.upper()}^{f.upper()}^{p['mi']}"
    if style == "dicom_mc":
        return f"{l_}^{f}"
    if style == "lastfirst":
        return f"{l_}, {f}"
    if style == "lastfirst_up":
        return f"{l_.upper()}, {f.upper()}"
    if style == "firstlast":
        return f"{f} {l_}"
    if style == "upper":
        return f"{f.upper()} {l_.upper()}"
    if style == "lower":
        return f"{f.lower()} {l_.lower()}"
    if style == "f_last":
        return f"{f[0]}. {l_}"
    if style == "init":
        return initials(p)
    if style == "last":
        return l_
    if style == "file":
        return f"{alnum(l_)}_{alnum(f)[0]}"
    if style == "file_up":
        return f"{alnum(l_).upper()}_{alnum(f).upper()}"
    raise ValueError(style)


def initials(p, dots=True):
    li = [c for c in p["last"] if c.isupper()]
    li = li[0] if li else p["last"][0].upper()
    fi = p["first"][0]
    return f"{fi}.{li}." if dots else f"{fi}{li}"


def phone(p, style=None):
    return fphone(*p["ph"], R.randint(0, 5) if style is None else style)


def surgeon():
    return R.choice(SURGEONS)


def surgeon_for(p):
    dept = p["proc"][1]
    c = [x for x in SURGEONS if x[2] == dept]
    return R.choice(c) if c else surgeon()


def eng():
    return R.choice(ENGINEERS)


def staff_phone():
    return R.choice(["(414) 805-3310", "x4-7721", "414-805-3312", "pager 2291",
                     "ext. 53318", "+1 414 805 3300"])


def part_file(p, with_name, ext=None, ver=True):
    part = R.choice(p["proc"][2])
    ext = ext or R.choice(["stl", "stl", "3mf", "stl", "form", "obj"])
    v = f"_v{R.randint(1, 5)}" if ver else ""
    if with_name:
        nm = pn(p, R.choice(["file", "file_up"]))
        return [(p["case"], "other_id"), "_", (nm, "name"), f"_{part}{v}.{ext}"]
    return [(p["case"], "other_id"), f"_{part}{v}.{ext}"]


NOPHI_FILES = ["calib_cube_20mm.stl", "teaching_heart_TOF_anon.stl",
               "resin_tank_test_grid.form", "demo_mandible_phantom.stl",
               "QA_dimensional_coupon_v2.3mf", "education_skull_anon_04.obj",
               "support_test_overhangs.stl", "Form3BL_validation_part.form",
               "PEEK_coupon_lot_check.stl", "J850_color_calibration.gcvf"]


# ---------------------------------------------------------------- generators
# Each generator takes ph (bool: may include PHI) and returns a list of lines.

def g_dcm4che_storescp(ph):
    CLK.tick()
    ae = R.choice(["CT_SOMATOM1", "CT_REVO2", "CBCT_OR3", "ORTHANC_VSP", "PACS_QR"])
    assoc = R.randint(10, 999)
    ip = f"10.20.{R.randint(1, 60)}.{R.randint(2, 250)}"
    out = []

    def t():
        x = CLK.step(0.001, 0.4)
        return x.strftime("%H:%M:%S,") + ms(x)
    fam = "dcm4che_storescp"
    out.append(L(fam, t(), f" INFO  - Accept connection Socket[addr=/{ip},port={R.randint(49152, 65000)},localport=11112]"))
    out.append(L(fam, t(), f" INFO  - STORESCP<-{ae}({assoc}): A-ASSOCIATE-RQ"))
    out.append(L(fam, t(), f" INFO  - STORESCP->{ae}({assoc}): A-ASSOCIATE-AC"))
    k = 1 if R.random() < 0.7 else 2
    for m in range(1, k + 1):
        iuid = rand_uid()
        pcid = 2 * m - 1
        out.append(L(fam, t(), f" INFO  - STORESCP<-{ae}({assoc}) >> {m}:C-STORE-RQ[pcid={pcid}, prior=0"))
        out.append(L(fam, "  cuid=1.2.840.10008.5.1.4.1.1.2 - CT Image Storage"))
        out.append(L(fam, f"  iuid={iuid} - ?"))
        out.append(L(fam, "  tsuid=1.2.840.10008.1.2.1 - Explicit VR Little Endian"))
        out.append(L(fam, t(), f" INFO  - M-WRITE /var/lib/storescp/incoming/{iuid}.part"))
        out.append(L(fam, t(), f" INFO  - M-RENAME /var/lib/storescp/incoming/{iuid}.part to /var/lib/storescp/incoming/{iuid}"))
        out.append(L(fam, t(), f" INFO  - STORESCP->{ae}({assoc}) << {m}:C-STORE-RSP[pcid={pcid}, status=0H"))
    out.append(L(fam, t(), f" INFO  - STORESCP<-{ae}({assoc}): A-RELEASE-RQ"))
    return out


def g_dcm4che_findscu(ph):
    CLK.tick()
    p = pick()
    fam = "dcm4che_findscu"
    out = []

    def t():
        x = CLK.step(0.001, 0.3)
        return x.strftime("%H:%M:%S,") + ms(x)
    out.append(L(fam, t(), " INFO  - Initialize connection to PACS_QR@10.20.1.15:104"))
    out.append(L(fam, t(), " INFO  - FINDSCU->PACS_QR(1) << 1:C-FIND-RQ[pcid=1, prior=0"))
    out.append(L(fam, "  cuid=1.2.840.10008.5.1.4.1.2.2.1 - Study Root Query/Retrieve Information Model - FIND"))
    out.append(L(fam, "  tsuid=1.2.840.10008.1.2.1 - Explicit VR Little Endian"))
    if ph:
        out.append(L(fam, t(), " DEBUG - Response dataset:"))
        out.append(L(fam, "(0008,0020) DA [", (fdate(p["scan"], "dicom"), "date"), "] StudyDate"))
        out.append(L(fam, "(0008,0050) SH [", (p["acc"], "other_id"), "] AccessionNumber"))
        out.append(L(fam, "(0008,0061) CS [CT\\SEG] ModalitiesInStudy"))
        out.append(L(fam, "(0010,0010) PN [", (pn(p, R.choice(["dicom", "dicom_mi"])), "name"), "] PatientName"))
        out.append(L(fam, "(0010,0020) LO [", (p["mrn"], "mrn"), "] PatientID"))
        out.append(L(fam, f"(0020,000D) UI [{rand_uid()}] StudyInstanceUID"))
    else:
        out.append(L(fam, t(), f" INFO  - FINDSCU<-PACS_QR(1) >> 1:C-FIND-RSP[pcid=1, completed=0, failed=0, warning=0, status=0H"))
        out.append(L(fam, t(), f" INFO  - Received 0 matches in {R.randint(11, 300)} ms"))
    out.append(L(fam, t(), " INFO  - FINDSCU->PACS_QR(1): A-RELEASE-RQ"))
    return out


def dcmdump_line(off, tag, vr, val, kw, cat=None):
    n = len(val.encode("utf-8"))
    n += n % 2
    return L("dcmdump", f"{off}: ({tag}) {vr} #{n} [", (val, cat) if cat else val, f"] {kw}")


def g_dcmdump(ph):
    CLK.tick()
    p = pick_aged()
    out = [L("dcmdump", f"$ dcmdump /mnt/vsp/incoming/{rand_uid('1.3.12.2.1107.5.1.4.')}")]
    off = 132
    rows = [("0008,0005", "CS", "ISO_IR 192", "SpecificCharacterSet", None),
            ("0008,0060", "CS", "CT", "Modality", None),
            ("0008,0070", "LO", "SIEMENS", "Manufacturer", None),
            ("0008,0080", "LO", "Riverbend Health Medical Center", "InstitutionName", None),
            ("0008,0090", "PN", "^".join(reversed(surgeon()[:2])).upper(), "ReferringPhysicianName", None),
            ("0008,103E", "LO", R.choice(["AX BONE 0.6", "H-N CTA 0.75 Br64", "BLE RUNOFF 1.0"]), "SeriesDescription", None),
            ("0018,0050", "DS", R.choice(["0.6", "0.625", "1.0"]), "SliceThickness", None),
            ("0018,1000", "LO", rdigits(5), "DeviceSerialNumber", None)]
    if ph:
        rows[2:2] = [("0008,0020", "DA", fdate(p["scan"], "dicom"), "StudyDate", "date"),
                     ("0008,0050", "SH", p["acc"], "AccessionNumber", "other_id")]
        rows += [("0010,0010", "PN", pn(p, "dicom"), "PatientName", "name"),
                 ("0010,0020", "LO", p["mrn"], "PatientID", "mrn"),
                 ("0010,0030", "DA", fdate(p["dob"], "dicom"), "PatientBirthDate", "date"),
                 ("0010,0040", "CS", p["sex"], "PatientSex", None),
                 ("0010,1010", "AS", f"{p['age']:03d}Y", "PatientAge", "age" if p["age"] > 89 else None)]
        if R.random() < 0.4:
            rows.append(("0010,1040", "LO", f"{p['street']}^{p['city']}^{p['state']}", "PatientAddress", None))
    else:
        rows += [("0010,0010", "PN", p["anon"].replace("_", "^"), "PatientName", None),
                 ("0010,0020", "LO", p["anon"], "PatientID", None),
                 ("0012,0062", "CS", "YES", "PatientIdentityRemoved", None),
                 ("0012,0063", "LO", "DCM:113100\\DCM:113108", "DeidentificationMethod", None)]
    rows.sort(key=lambda r: r[0])
    for tag, vr, val, kw, cat in rows:
        if kw == "PatientAddress":
            st_, ci = p["street"], p["city"]
            n = len(val.encode()) + len(val.encode()) % 2
            out.append(L("dcmdump", f"{off}: ({tag}) {vr} #{n} [", (st_, "address"), "^", (ci, "address"),
                         f"^{p['state']}] {kw}"))
        else:
            out.append(dcmdump_line(off, tag, vr, val, kw, cat))
        off += 8 + len(val.encode()) + len(val.encode()) % 2
    out.append(L("dcmdump", f"{off}: (7FE0,0010) OW #524288 [0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0...] PixelData"))
    return out


def g_arc(ph):
    CLK.tick()
    p = pick()
    t = CLK.step()
    fam = "dcm4chee_arc"
    thr = f"(EE-ManagedExecutorService-default-Thread-{R.randint(1, 40)})"
    if ph:
        r = R.random()
        if r < 0.25:
            return [L(fam, ts_log4j(t), " INFO  [org.dcm4chee.arc.patient.impl.PatientServiceEJB] ", thr,
                      f" Update Patient[pk={R.randint(10000, 99999)}, id=", (p["mrn"], "mrn"), "^^^RBH, name=", (pn(p, "dicom_mi"), "name"),
                      ", birthdate=", (fdate(p["dob"], "dicom"), "date"), "] by HL7 ADT^A08 from EPIC")]
        if r < 0.4:
            return [L(fam, ts_log4j(t), " INFO  [org.dcm4chee.arc.procedure.impl.ProcedureServiceEJB] ", thr,
                      " Create MWLItem[spsID=", str(R.randint(10000, 99999)), ", accNo=", (p["acc"], "other_id"), ", patient=",
                      (p["mrn"], "mrn"), "^^^RBH, modality=CT, startDate=", (fdate(p["scan"], "dicom"), "date"), "]")]
        if r < 0.65:
            return [L(fam, ts_log4j(t), " INFO  [org.dcm4chee.arc.patient.impl.PatientServiceEJB] ", thr,
                      f" Create Patient[pk={R.randint(10000, 99999)}, id=", (p["mrn"], "mrn"), "^^^RBH, name=",
                      (pn(p, "dicom"), "name"), "]")]
        return [L(fam, ts_log4j(t), " WARN  [org.dcm4chee.arc.store.impl.StoreServiceEJB] ", thr,
                  " CT_REVO2->DCM4CHEE(", str(R.randint(10, 900)), "): Patient[id=", (p["mrn"], "mrn"),
                  "^^^RBH] name mismatch: stored [", (pn(p, "dicom"), "name"), "] received [",
                  (pn(p, "dicom_mi"), "name"), "] - keep stored")]
    m = R.choice([
        " INFO  [org.dcm4chee.arc.store.impl.StoreServiceImpl] {thr} STORESCP<-CT_SOMATOM1({a}): Stored 412 instances of Series[uid={u}] in {d} ms",
        " INFO  [org.dcm4chee.arc.purge.PurgeStorageScheduler] {thr} Deleted 0 objects from fs1 - free space 1.82 TB above 500 GB threshold",
        " INFO  [org.dcm4chee.arc.query.impl.QueryServiceEJB] {thr} QIDO-RS query /dcm4chee-arc/aets/DCM4CHEE/rs/studies?includefield=all&limit=25 from 10.20.4.7 took {d} ms",
        " WARN  [org.dcm4che3.net.Association] {thr} DCM4CHEE<-CBCT_OR3({a}): ARTIM timer expired in State: Sta13",
        " INFO  [org.dcm4chee.arc.stgcmt.impl.StgCmtSCUImpl] {thr} Storage commitment of 412 instances: 412 successful, 0 failed",
    ])
    return [L(fam, ts_log4j(t), m.format(thr=thr, a=R.randint(10, 900), u=rand_uid(), d=R.randint(40, 9000)))]


def pyd_line(tag, desc, vr, val, cat=None):
    q = "'" if "'" not in val else '"'
    head = f"({tag}) {desc:<35.35s} {vr}: {q}"
    return L("pydicom", head, (val, cat) if cat else val, q)


def g_pydicom(ph):
    CLK.tick()
    p = pick_aged()
    out = []
    out.append(L("pydicom", R.choice([">>> print(ds)", ">>> ds", "$ pydicom show /data/vsp/raw/IM00001.dcm"])))
    out.append(L("pydicom", "Dataset.file_meta -------------------------------"))
    out.append(L("pydicom", "(0002, 0010) Transfer Syntax UID                 UI: Explicit VR Little Endian"))
    out.append(L("pydicom", "-------------------------------------------------"))
    if ph:
        if R.random() < 0.5:
            out.append(pyd_line("0008, 0020", "Study Date", "DA", fdate(p["scan"], "dicom"), "date"))
        out.append(pyd_line("0008, 0050", "Accession Number", "SH", p["acc"], "other_id"))
        s = surgeon()
        out.append(pyd_line("0008, 0090", "Referring Physician's Name", "PN", f"{s[1]}^{s[0]}^^Dr".upper()))
        out.append(pyd_line("0010, 0010", "Patient's Name", "PN", pn(p, R.choice(["dicom", "dicom_mc", "dicom_mi"])), "name"))
        out.append(pyd_line("0010, 0020", "Patient ID", "LO", p["mrn"], "mrn"))
        out.append(pyd_line("0010, 0030", "Patient's Birth Date", "DA", fdate(p["dob"], "dicom"), "date"))
        out.append(pyd_line("0010, 1010", "Patient's Age", "AS", f"{p['age']:03d}Y", "age" if p["age"] > 89 else None))
        r = R.random()
        if r < 0.35:
            out.append(pyd_line("0010, 2154", "Patient's Telephone Numbers", "SH", phone(p, R.choice([1, 2, 4])), "phone"))
        elif r < 0.6:
            out.append(pyd_line("0010, 1000", "Other Patient IDs", "LO", "E" + rdigits(7), "mrn"))
    else:
        out.append(pyd_line("0008, 0060", "Modality", "CS", "CT"))
        out.append(pyd_line("0010, 0010", "Patient's Name", "PN", p["anon"]))
        out.append(pyd_line("0010, 0020", "Patient ID", "LO", p["anon"]))
        out.append(pyd_line("0012, 0062", "Patient Identity Removed", "CS", "YES"))
    out.append(pyd_line("0018, 0050", "Slice Thickness", "DS", R.choice(["0.6", "0.625", "0.75"])))
    out.append(L("pydicom", "(0028, 0030) Pixel Spacing                       DS: [0.390625, 0.390625]"))
    out.append(L("pydicom", "(7fe0, 0010) Pixel Data                          OW: Array of 524288 elements"))
    return out


def g_deid(ph):
    CLK.tick()
    p = pick()
    out = []
    w = f"anon-worker-{R.randint(1, 4)}"

    def h():
        return ts_log4j(CLK.step(0.01, 1.5))
    if ph:
        series = rand_uid()
        out.append(L("deid", h(), f" [{w}] INFO  vsp_deid.pipeline - series {series}: 412 instances, profile=basic+retain_long_modif"))
        out.append(L("deid", h(), f" [{w}] DEBUG vsp_deid.rules - (0010,0010) PatientName ",
                     "'", (pn(p, R.choice(["dicom", "dicom_mi"])), "name"), "' -> '", p["anon"].replace("_", "^"), "'"))
        out.append(L("deid", h(), f" [{w}] DEBUG vsp_deid.rules - (0010,0020) PatientID '",
                     (p["mrn"], "mrn"), "' -> '", p["anon"], "'"))
        out.append(L("deid", h(), f" [{w}] DEBUG vsp_deid.rules - (0010,0030) PatientBirthDate '",
                     (fdate(p["dob"], "dicom"), "date"), "' -> ''"))
        if R.random() < 0.5:
            out.append(L("deid", h(), f" [{w}] DEBUG vsp_deid.rules - (0008,0050) AccessionNumber '",
                         (p["acc"], "other_id"), "' -> '' ; map saved to keys/", (p["case"], "other_id"), ".json"))
        out.append(L("deid", h(), f" [{w}] INFO  vsp_deid.pipeline - done in {R.uniform(4, 40):.1f}s ({R.uniform(10, 60):.1f} inst/s), removed {R.randint(30, 60)} tags, shifted dates by 0 days"))
    else:
        msgs = [
            f" [{w}] INFO  vsp_deid.pipeline - watching /mnt/vsp/incoming (poll=5s, workers=4)",
            f" [{w}] WARNING vsp_deid.pixel - series {rand_uid()}: ImageType DERIVED\\SECONDARY\\SCREEN SAVE, burned-in annotation suspected, quarantined",
            f" [{w}] INFO  vsp_deid.pipeline - queue depth=0 processed_total={R.randint(1000, 90000)} errors_total={R.randint(0, 12)}",
            f" [{w}] INFO  vsp_deid.keys - rotated key store /srv/vsp/keys (sha256={hexs(16)}...)",
            f" [{w}] ERROR vsp_deid.io - write failed /mnt/vsp/anon/{uuid4()}: [Errno 28] No space left on device",
        ]
        out.append(L("deid", h(), R.choice(msgs)))
    return out


SLICER_PY = "C:\\Program Files\\Slicer 5.6.1\\bin\\Python\\"


def g_slicer(ph):
    CLK.tick()
    p = pick()
    e = eng()
    out = []

    def h(level, src):
        x = CLK.step(0.05, 3)
        return f"[{level}][{src}] {x:%d.%m.%Y %H:%M:%S} "
    r = R.random()
    if not ph and r < 0.35:
        out.append(L("slicer", h("DEBUG", "Qt"), "[] (unknown:0) - Session start time .......: ", f"{CLK.t:%Y-%m-%d %H:%M:%S}"))
        out.append(L("slicer", h("DEBUG", "Qt"), "[] (unknown:0) - Slicer version ...........: 5.6.1 (revision 32438 / 5b8f8a5) win-amd64 - installed release"))
        out.append(L("slicer", h("DEBUG", "Qt"), "[] (unknown:0) - Operating system .........: Windows /  Professional / (Build 19045, Code Page 65001) - 64-bit"))
        out.append(L("slicer", h("DEBUG", "Qt"), "[] (unknown:0) - Memory ...................: 65277 MB physical, 75005 MB virtual"))
        out.append(L("slicer", h("DEBUG", "Qt"), "[] (unknown:0) - CPU ......................: GenuineIntel Intel(R) Xeon(R) W-2245 CPU @ 3.90GHz, 8 cores, 16 logical processors"))
        out.append(L("slicer", h("DEBUG", "Qt"), "[] (unknown:0) - Application path .........: C:/Program Files/Slicer 5.6.1/bin"))
        return out
    if not ph:
        msgs = [
            ("INFO", "Python", f"[Python] ({SLICER_PY}Lib\\site-packages\\DICOMLib\\DICOMUtils.py:588) - Loading with imageIOName: GDCM"),
            ("WARNING", "Python", f"[Python] ({SLICER_PY}Lib\\site-packages\\DICOMScalarVolumePlugin.py:376) - Irregular volume geometry detected (maximum error of {R.uniform(0.001, 0.01):.4f} mm is above tolerance threshold of 0.001 mm)."),
            ("DEBUG", "Qt", "[] (unknown:0) - Switch to module:  \"SegmentEditor\""),
            ("DEBUG", "Qt", "[] (unknown:0) - Switch to module:  \"Segmentations\""),
            ("INFO", "Python", f"[Python] (SegmentEditorEffects/SegmentEditorThresholdEffect.py:212) - Threshold range [{R.choice([150, 200, 226, 250])}, 3071]"),
            ("WARNING", "VTK", "[vtkSegmentationConverter] (vtkSegmentationConverter.cxx:412) - Closed surface representation is not watertight, 3 holes filled"),
            ("ERROR", "Qt", "[] (unknown:0) - QOpenGLWidget: Failed to create context"),
            ("INFO", "Python", f"[Python] (ModelMaker.py:90) - Exported 4 segments to STL in {R.uniform(1, 30):.2f} s (smoothing 0.5, decimation 0.25)"),
        ]
        lv, src, m = R.choice(msgs)
        out.append(L("slicer", h(lv, src), m))
        if R.random() < 0.5:
            out.append(L("slicer", ">>> slicer.app.applicationVersion"))
            out.append(L("slicer", "'5.6.1'"))
        return out
    r = R.random()
    if r < 0.3:
        out.append(L("slicer", h("INFO", "Python"), f"[Python] ({SLICER_PY}Lib\\site-packages\\DICOMLib\\DICOMUtils.py:233) - Imported a DICOM directory, checking for extensions"))
        out.append(L("slicer", h("INFO", "Python"), f"[Python] (DICOMLib/DICOMBrowser.py:401) - Loading patient ",
                     '"', (pn(p, "dicom"), "name"), '" (', (p["mrn"], "mrn"), "), study ", (fdate(p["scan"], "dicom"), "date"),
                     ", 3 series"))
    elif r < 0.65:
        out.append(L("slicer", ">>> db = slicer.dicomDatabase"))
        out.append(L("slicer", ">>> [db.nameForPatient(pt) for pt in db.patients()][-3:]"))
        others = [x for x in R.sample(PATIENTS, 3) if x is not p][:2]
        parts = ["["]
        for i, x in enumerate(others + [p]):
            if i:
                parts.append(", ")
            v = pn(x, "dicom")
            q = '"' if "'" in v else "'"
            parts += [q, (v, "name"), q]
        parts.append("]")
        out.append(L("slicer", *parts))
    else:
        nm = pn(p, R.choice(["file", "file_up"]))
        out.append(L("slicer", ">>> seg = slicer.util.getNode('", (nm, "name"), "_seg')"))
        out.append(L("slicer", ">>> slicer.util.saveNode(seg, r'D:\\VSP\\cases\\", (p["case"], "other_id"), "\\", (nm, "name"), "_seg.seg.nrrd')"))
        out.append(L("slicer", "True"))
    return out


def g_segsrv(ph):
    CLK.tick()
    p = pick()
    e = eng()
    job = R.randint(8000, 9999)
    node = f"SegSrv-{R.randint(1, 3)}"
    out = []

    def h():
        return f"{CLK.step(0.2, 20):%Y-%m-%d %H:%M:%S}.{ms(CLK.t)} [{node}] "
    if ph:
        nm = pn(p, R.choice(["file", "file_up"]))
        proj = [(p["case"], "other_id"), "_", (nm, "name"), ".mcs"]
        out.append(L("segsrv", h(), f"INFO  JobRunner - job {job} started project=\\\\nas01\\vsp\\cases\\", (p["case"], "other_id"),
                     "\\", proj, f" user={e[2]} license=MIMICS_MED"))
    else:
        out.append(L("segsrv", h(), f"INFO  JobRunner - job {job} started project=\\\\nas01\\vsp\\training\\phantom_{R.randint(1, 9):02d}.mcs user={e[2]} license=MIMICS_MED"))
    lo = R.choice([226, 250, 300, 1250])
    vox = f"{R.randint(800000, 3000000):,}".replace(",", " ")
    out.append(L("segsrv", h(), f"INFO  Threshold - mask \"Bone\" range [{lo}, 3071] HU -> {vox} voxels"))
    out.append(L("segsrv", h(), f"INFO  RegionGrow - mask \"Bone\" -> \"{p['proc'][2][0].split('_')[0].capitalize()}\" seeds=1 connectivity=6 in {R.randint(200, 9000)} ms"))
    out.append(L("segsrv", h(), f"INFO  CalcPart - {R.randint(40000, 900000)} triangles, quality=Optimal, smoothing iter={R.randint(3, 12)} factor=0.{R.randint(2, 6)}"))
    if R.random() < 0.25:
        out.append(L("segsrv", h(), "ERROR License - FlexNet checkout failed for feature MIMICS_MED (-15,10:10061) server 27000@lic01." + DOMAIN))
    if ph:
        out.append(L("segsrv", h(), "INFO  Export - wrote \\\\nas01\\vsp\\cases\\", (p["case"], "other_id"), "\\stl\\", part_file(p, R.random() < 0.6, "stl"),
                     f" ({R.uniform(0.5, 60):.1f} MB, binary)"))
    out.append(L("segsrv", h(), f"INFO  JobRunner - job {job} finished status=OK wall=00:{R.randint(0, 25):02d}:{R.randint(0, 59):02d} peak_mem={R.uniform(1, 14):.1f}GB"))
    return out


def g_listing(ph):
    CLK.tick()
    p = pick()
    out = []
    style = R.choice(["ls", "dir", "robocopy"])
    files = []
    if ph:
        for _ in range(R.randint(2, 4)):
            files.append(part_file(p, R.random() < 0.5))
    for _ in range(R.randint(1, 3) if not ph else R.randint(0, 1)):
        files.append([R.choice(NOPHI_FILES)])
    if style == "ls":
        if ph:
            out.append(L("ls", "$ ls -l /mnt/nas01/vsp/cases/", (p["case"], "other_id"), "/export"))
        else:
            out.append(L("ls", "$ ls -l /mnt/nas01/vsp/library"))
        out.append(L("ls", f"total {R.randint(10000, 900000)}"))
        for f in files:
            sz = R.randint(80000, 90000000)
            out.append(L("ls", f"-rw-rw-r-- 1 {eng()[2]} vsplab {sz:>10} {CLK.t:%b %d %H:%M} ", f))
    elif style == "dir":
        if ph:
            out.append(L("dir", " Directory of D:\\VSP\\Cases\\2024\\", (p["case"], "other_id")))
        else:
            out.append(L("dir", " Directory of D:\\VSP\\Library\\QA"))
        out.append(L("dir", ""+" Volume Serial Number is " + f"{hexs(4).upper()}-{hexs(4).upper()}"))
        for f in files:
            sz = R.randint(80000, 90000000)
            out.append(L("dir", f"{CLK.t:%m/%d/%Y  %I:%M %p}    {sz:>14,} ", f))
        out.append(L("dir", f"               {len(files)} File(s)    {R.randint(10**6, 10**9):,} bytes"))
    else:
        out.append(L("robocopy", "-------------------------------------------------------------------------------"))
        out.append(L("robocopy", f"   ROBOCOPY     ::     Robust File Copy for Windows"))
        if ph:
            out.append(L("robocopy", "  Source : D:\\VSP\\Cases\\2024\\", (p["case"], "other_id"), "\\"))
        else:
            out.append(L("robocopy", "  Source : D:\\VSP\\Library\\"))
        out.append(L("robocopy", "    Dest : \\\\nas01\\vsp_archive\\2024\\"))
        for f in files:
            out.append(L("robocopy", f"\t    New File  \t\t{R.uniform(0.1, 90):>6.1f} m\t", f))
        out.append(L("robocopy", f"   Bytes :  {R.uniform(10, 400):.2f} m   {R.uniform(10, 400):.2f} m         0         0         0         0"))
    return out


def g_preform(ph):
    CLK.tick()
    p = pick()
    model, pname, sn = R.choice(FL_PRINTERS)
    mat = R.choice(MATERIALS_FL)
    pid = R.randint(1000, 9999)

    def h(lv="info"):
        x = CLK.step(0.1, 8)
        return f"{x:%Y-%m-%d %H:%M:%S}.{ms(x)} PreForm[{pid}] [{lv}] "
    out = []
    if ph:
        f = part_file(p, R.random() < 0.45, "form")
    else:
        f = [R.choice(NOPHI_FILES).rsplit(".", 1)[0] + ".form"]
    out.append(L("preform", h(), "Opened scene ", f))
    out.append(L("preform", h(), f"Auto-orient done, auto-generate supports: density 1.00, touchpoint 0.45 mm, {R.randint(80, 900)} supports"))
    if R.random() < 0.3:
        out.append(L("preform", h("warning"), f"Printability: {R.randint(1, 12)} unsupported minima detected, cups detected on 1 part"))
    out.append(L("preform", h(), f"Uploading job to {model} \"{pname}\" ({sn}) 10.20.40.{R.randint(10, 60)}:35 material={mat} layer=0.1mm est={R.randint(1, 14)}h{R.randint(0, 59):02d}m"))
    out.append(L("preform", h(), f"Upload complete job_guid={uuid4()} bytes={R.randint(10**6, 10**8)}"))
    return out


def g_formlabs_api(ph):
    CLK.tick()
    p = pick()
    model, pname, sn = R.choice(FL_PRINTERS)
    if ph:
        nm_parts = part_file(p, R.random() < 0.4, "form")
        name = S(nm_parts)
    else:
        name = R.choice(NOPHI_FILES).rsplit(".", 1)[0]
    status = R.choice(["QUEUED", "PRINTING", "FINISHED", "ABORTED", "PREHEAT"])
    obj = {"guid": uuid4(), "name": name, "printer": pname, "printer_serial": sn,
           "status": status, "material": R.choice(MATERIALS_FL), "layer_count": R.randint(300, 3000),
           "current_layer": R.randint(0, 300), "volume_ml": round(R.uniform(2, 180), 2),
           "print_started_at": ts_iso(CLK.step()).replace(".000Z", "Z"),
           "username": eng()[2], "tank_id": f"T{rdigits(6)}"}
    return [L("formlabs_api", f"{ts_iso(CLK.step())} GET /v1/printers/{sn}/prints/ 200 ", jparts(obj, (",", ":")))]


def g_grabcad(ph):
    CLK.tick()
    p = pick()
    model, pname, sn = R.choice(SS_PRINTERS)
    out = []

    def h():
        return f"[{CLK.step(0.2, 30):%Y-%m-%d %H:%M:%S}] "
    tray = f"Tray_{R.randint(100, 999)}"
    if ph:
        out.append(L("grabcad", h(), f"{pname} (S/N {sn}) ", tray, ": added model ", part_file(p, R.random() < 0.4, "stl"),
                     f" material={R.choice(['VeroClear', 'TissueMatrix', 'BoneMatrix', 'Agilus30Clr', 'ULTEM 1010'])}"))
    else:
        out.append(L("grabcad", h(), f"{pname} (S/N {sn}) {tray}: added model {R.choice(NOPHI_FILES)} material=VeroPureWht"))
    out.append(L("grabcad", h(), f"{pname} (S/N {sn}) {tray}: sliced, est. {R.randint(2, 40)}h {R.randint(0, 59)}m, model {R.randint(50, 2000)} g, support {R.randint(50, 2000)} g SUP706B"))
    out.append(L("grabcad", h(), f"{pname} (S/N {sn}) {R.choice(['queue position 2', 'printing layer 812/2410', 'head H3 temperature warning 71C', 'print complete', 'tray removed by operator'])}"))
    return out


def g_caseform(ph):
    CLK.tick()
    p = pick_aged()
    s = surgeon_for(p)
    proc, dept, parts = p["proc"]
    rid = f"REQ-{R.randint(20000, 29999)}"
    variant = R.randint(0, 2)
    if not ph:
        obj = {"requestId": rid, "status": R.choice(["draft_saved", "validation_failed"]),
               "submittedBy": {"name": f"{s[0]} {s[1]}, MD", "email": f"{s[3]}@{DOMAIN}", "pager": R.randint(1000, 9999)},
               "service": dept, "procedure": proc, "deliverables": R.sample(parts, min(2, len(parts))),
               "errors": ["patient.mrn is required"] if R.random() < 0.5 else [],
               "clientVersion": f"vsp-intake/{R.randint(1, 3)}.{R.randint(0, 9)}.{R.randint(0, 20)}"}
        return [L("caseform_json", f"{ts_iso(CLK.step())} INFO intake-api POST /api/v2/requests ", jparts(obj, (",", ":")))]
    if variant == 0:
        obj = {"requestId": rid, "caseNumber": V(p["case"], "other_id"),
               "submittedBy": {"name": f"Dr. {s[0]} {s[1]}", "email": f"{s[3]}@{DOMAIN}"},
               "patient": {"firstName": V(p["first"], "name"), "lastName": V(p["last"], "name"),
                           "dob": V(fdate(p["dob"], "iso"), "date"), "mrn": V(p["mrn"], "mrn"), "sex": p["sex"]},
               "procedure": proc, "surgeryDate": V(fdate(p["surg"], "iso"), "date"),
               "imaging": {"accession": V(p["acc"], "other_id"), "modality": "CT", "sliceMm": 0.625},
               "deliverables": parts[:3], "sterile": True}
        if p["proc"][1] in ("Plastic Surgery", "OMFS") and R.random() < 0.5:
            obj["patient"]["facePhotoThumb"] = S("data:image/jpeg;base64,", ("/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/" + b64(R.randint(60, 140)), "photo"))
        return [L("caseform_json", f"{ts_iso(CLK.step())} INFO intake-api POST /api/v2/requests ", jparts(obj, (",", ":")))]
    if variant == 1:
        obj = {"req_id": rid, "pt_nm": V(pn(p, "lastfirst_up"), "name"), "pt_dob": V(fdate(p["dob"], "us"), "date"),
               "pt_mrn": V(p["mrn"], "mrn"), "pt_age": V(str(p["age"]), "age") if p["age"] > 89 else str(p["age"]),
               "pt_phone": V(phone(p), "phone"), "or_dt": V(fdate(p["surg"], "us"), "date"),
               "attending": f"{s[1].upper()}, {s[0].upper()}", "svc": dept,
               "notes": S(R.choice([
                   ["Pt prefers calls to daughter ", (R.choice(FIRST_F), "name"), " at ", (fphone(*p["relph"], 1), "phone"), "."],
                   ["Prior hardware L mandible, prev. scan ", (fdate(p["scan"], "us_np"), "date"), " has streak artefact"],
                   ["rush - tumor board ", (fdate(p["scan"], "md"), "date"), ", need models for consult"],
                   ["no metal in field of view; see accession ", (p["acc"], "other_id")],
               ]))}
        return [L("caseform_json", json.dumps({"level": "info", "ts": ts_iso(CLK.step()), "msg": "form.submit"})[:-1], ", \"payload\": ",
                  jparts(obj), "}")]
    obj = {"RequestID": rid, "Patient": {"Name": V(pn(p, "firstlast"), "name"), "MRN": V(p["mrn"], "mrn"),
                                           "DOB": V(fdate(p["dob"], R.choice(["us", "long", "iso"])), "date"),
                                           "Address": {"Line1": V(p["street"], "address"), "City": V(p["city"], "address"),
                                                       "State": p["state"], "Zip": V(p["zip"], "zip")},
                                           "Email": V(p["email"], "email")},
           "Requester": {"Name": f"{s[0]} {s[1]}", "Dept": dept, "Phone": staff_phone()},
           "Procedure": proc, "OR_Date": V(fdate(p["surg"], "us_np"), "date"), "Priority": R.choice(["Routine", "Urgent", "STAT"])}
    return [L("caseform_json", f"[{CLK.step():%Y-%m-%d %H:%M:%S}] webform.INFO: Case request received ", jparts(obj, (",", ":")), " []")]


def g_email(ph):
    CLK.tick()
    p = pick_aged()
    s = surgeon_for(p)
    e = eng()
    out = []
    t = CLK.step()
    date_hdr = f"{t:%a, %d %b %Y %H:%M:%S} -0500"
    if not ph:
        v = R.choice(VENDORS)
        k = R.randint(0, 3)
        if k == 3:
            out.append(L("email", f"From: vsp-alerts <noreply@{DOMAIN}>"))
        else:
            out.append(L("email", f"From: {v[0].split()[0]} Customer Service <orders@{v[1]}>"))
        out.append(L("email", f"To: {LAB_MAIL}"))
        out.append(L("email", f"Date: {date_hdr}"))
        subj, body = [
            (f"Your order PO-45{rdigits(8)} has shipped", f"Dear {e[0]}, your order has shipped via FedEx 7{rdigits(11)}, ETA 2 business days."),
            ("Printer service visit - Thursday", "Please confirm the service window 08:00-12:00; our engineer will need access to the print room."),
            (f"Invoice INV-{rdigits(7)}", f"Payment terms net 30. Contact accounts receivable at +44 20 {rdigits(4)} {rdigits(4)} for questions."),
            (f"[vsp-alerts] nightly backup completed ({R.randint(200, 900)} GB)", f"job=nas01-nightly status=OK duration={R.randint(20, 200)}m files={R.randint(10**4, 10**6)} errors=0"),
        ][k]
        out.append(L("email", f"Subject: {subj}"))
        out.append(L("email", f"Message-ID: <{hexs(12)}.{rdigits(6)}@{DOMAIN if k == 3 else v[1]}>"))
        out.append(L("email", body))
        return out
    if R.random() < 0.3:
        rf, rl = p["rel"]
        rel_mail = f"{alnum(rf).lower()}.{alnum(rl).lower()}{R.randint(1, 99)}@gmail.com"
        out.append(L("email", "From: \"", (f"{rf} {rl}", "name"), "\" <", (rel_mail, "email"), ">"))
        out.append(L("email", f"To: {LAB_MAIL}"))
        out.append(L("email", f"Date: {date_hdr}"))
        out.append(L("email", "Subject: Re: photos for ", (pn(p, "firstlast"), "name"), "'s appointment"))
        out.append(L("email", f"Message-ID: <CAF{b64(20).replace('/', 'q').replace('+', 'z')}@mail.gmail.com>"))
        out.append(L("email", "Hello, this is ", (rf, "name"), ", ", {"M": "his", "F": "her"}[p["sex"]], " ",
                     "parent" if p["age"] < 18 else R.choice(["caregiver", "emergency contact", "next of kin"]),
                     ". DOB is ", (fdate(p["dob"], R.choice(["us", "long", "us_np"])), "date"), "."))
        out.append(L("email", "Here are the pictures from before the surgery you asked for: ",
                     ("https://photos.app.goo.gl/" + b64(17).replace("/", "x").replace("+", "K"), "url")))
        out.append(L("email", "Best number to reach me is ", (fphone(*p["relph"], R.randint(0, 5)), "phone"), ", after 3pm please."))
        out.append(L("email", "> On " + f"{(CLK.t - dt.timedelta(days=2)):%a, %b %d, %Y}" + f" at 10:14 AM 3D Lab <{LAB_MAIL}> wrote:"))
        out.append(L("email", "> Could you send us a few photos of the ear from the side? Thank you, VSP Lab"))
        return out
    out.append(L("email", f"From: \"{s[1]}, {s[0]} ({s[2]})\" <{s[3]}@{DOMAIN}>"))
    out.append(L("email", f"To: 3D Lab <{LAB_MAIL}>"))
    out.append(L("email", f"Cc: {e[0]} {e[1]} <{e[2]}@{DOMAIN}>"))
    out.append(L("email", f"Date: {date_hdr}"))
    out.append(L("email", "Subject: VSP request - ", p["proc"][0], " - ", (pn(p, R.choice(["lastfirst", "last", "upper"])), "name"),
                 " MRN ", (p["mrn"], "mrn"), " - OR ", (fdate(p["surg"], R.choice(["md", "us_np"])), "date")))
    out.append(L("email", f"Message-ID: <{hexs(16)}@{DOMAIN}>"))
    out.append(L("email", "Content-Type: text/plain; charset=\"utf-8\""))
    out.append(L("email", "Hi team,"))
    age = str(p["age"])
    out.append(L("email", "Pt is a ", (age, "age") if p["age"] > 89 else age, f"yo {p['sex']}, ",
                 DX[p["proc"][0]],
                 ". CT done ", (fdate(p["scan"], R.choice(["md", "us_short", "short_mon"])), "date"),
                 " (acc ", (p["acc"], "other_id"), ")."))
    r = R.random()
    if r < 0.3:
        out.append(L("email", "Mother " if p["age"] < 18 else R.choice(["Spouse ", "Partner ", "Daughter ", "Son ", "Sister "]), (f"{p['rel'][0]} {p['rel'][1]}", "name"), " is the best contact: ",
                     (fphone(*p["relph"], R.randint(0, 5)), "phone"), "."))
    elif r < 0.5:
        out.append(L("email", "Family set up a page, FYI they may post photos: ",
                     (f"https://www.gofundme.com/f/help-{alnum(p['first']).lower()}-{alnum(p['last']).lower()}-recover", "url")))
    elif r < 0.65:
        out.append(L("email", "Mom drives in for the fitting " if p["age"] < 18 else "Family drives in for the fitting ", (fdate(p["surg"] - dt.timedelta(days=5), "short_mon"), "date"),
                     ", please validate plate ", (p["plate"], "vehicle"), " for the P2 garage."))
    out.append(L("email", "Please have guides sterilized 48h before OR. Thanks,"))
    out.append(L("email", f"{s[0]}"))
    out.append(L("email", f"{s[0]} {s[1]}, MD | {s[2]} | {staff_phone()}"))
    return out


DX = {PROCS[0][0]: "T4a SCC of the L mandible", PROCS[1][0]: "post-traumatic enophthalmos after a fall",
      PROCS[2][0]: "large frontal defect after bone flap infection", PROCS[3][0]: "recurrent chondrosarcoma of the ilium",
      PROCS[4][0]: "DORV with remote VSD on echo", PROCS[5][0]: "class III skeletal deformity",
      PROCS[6][0]: "microtia s/p failed reconstruction", PROCS[7][0]: "severe kyphoscoliosis, revision"}


def g_hl7(ph):
    CLK.tick()
    p = pick()
    s = surgeon_for(p)
    t = CLK.step()
    ctl = f"MSG{rdigits(8)}"
    out = [L("hl7", f"MSH|^~\\&|EPIC|RBH|VSPLAB|RBH3D|{t:%Y%m%d%H%M%S}||ORM^O01^ORM_O01|{ctl}|P|2.5.1|||AL|NE")]
    if not ph:
        out.append(L("hl7", f"MSA|AA|{ctl}|Message accepted"))
        return out
    pid = ["PID|1||", (p["mrn"], "mrn"), "^^^RBH^MR"]
    if R.random() < 0.5:
        pid += ["~", (p["ssn"], "ssn"), "^^^SSA^SS"]
    pid += ["||", (pn(p, "dicom_mi"), "name"), "||", (fdate(p["dob"], "dicom"), "date"), f"|{p['sex']}|||",
            (p["street"].upper(), "address"), "^^", (p["city"].upper(), "address"), f"^{p['state']}^", (p["zip"], "zip"),
            "^USA^H||^PRN^PH^^^", (p["ph"][0] + "^" + p["ph"][1] + p["ph"][2], "phone"), "~^NET^Internet^", (p["email"], "email"),
            "|||||", (p["har"], "account")]
    out.append(L("hl7", *pid))
    if R.random() < 0.5:
        rel = "MTH^Mother" if p["age"] < 18 else R.choice(["SPO^Spouse", "CHD^Child", "SIS^Sister"])
        out.append(L("hl7", "NK1|1|", (f"{p['rel'][1].upper()}^{p['rel'][0].upper()}", "name"), f"|{rel}^HL70063||^PRN^PH^^^",
                     (p["relph"][0] + "^" + p["relph"][1] + p["relph"][2], "phone"), "||EC^Emergency Contact"))
    out.append(L("hl7", f"PV1|1|O|{s[2][:4].upper()}^CLINIC^^RBH||||{rdigits(7)}^{s[1].upper()}^{s[0].upper()}^^^^MD|||||||||||",
                 (p["enc"], "other_id")))
    plo = f"ORD{rdigits(7)}"
    out.append(L("hl7", "ORC|NW|", (plo, "other_id"), f"|||||^^^{t:%Y%m%d%H%M}^^R||{t:%Y%m%d%H%M%S}|{eng()[2].upper()}"))
    out.append(L("hl7", "OBR|1|", (plo, "other_id"), "||VSP3D^Virtual surgical planning + 3D print^LOCAL|||",
                 (fdate(p["scan"], "dicom") + "0930", "date"), f"||||||||{rdigits(7)}^{s[1].upper()}^{s[0].upper()}"))
    out.append(L("hl7", "NTE|1||", R.choice([["OR scheduled ", (fdate(p["surg"], "us"), "date"), ", cutting guides + plate template"],
                                            ["Case ", (p["case"], "other_id"), " - please coordinate with vendor for PSI"],
                                            ["Models only, no sterilization required"]])))
    return out


def g_vendor_csv(ph):
    CLK.tick()
    out = []
    v = R.choice(VENDORS)
    if R.random() < 0.35:
        # German semicolon CSV for the German vendor, header + rows
        out.append(L("vendor_csv_de", "Bestellnr;Fallnummer;Patient;Geburtsdatum;Implantat;Werkstoff;Seite;Chirurg;Liefertermin"))
        for _ in range(R.randint(1, 3)):
            p = pick()
            s = surgeon()
            due = (CLK.t + dt.timedelta(days=R.randint(7, 21))).date()
            if ph:
                out.append(L("vendor_csv_de", f"BE-{rdigits(6)};", (p["case"], "other_id"), ";",
                             (pn(p, "init").replace(".", ""), "name"), ";", (fdate(p["dob"], "eu"), "date"),
                             f";{R.choice(['Orbitaboden', 'Kalottenimplantat', 'Rekonstruktionsplatte', 'Sägeschablone'])};"
                             f"{R.choice(['Ti6Al4V', 'PEEK', 'PA12'])};{R.choice(['li', 're', 'bds'])};Dr. {s[1]};{due:%d.%m.%Y}"))
            else:
                out.append(L("vendor_csv_de", f"BE-{rdigits(6)};DEMO-{rdigits(3)};Phantom;;Sägeschablone;PA12;li;Dr. {s[1]};{due:%d.%m.%Y}"))
        return out
    hdr = "po_number,case_ref,patient_initials,dob,device,material,laterality,surgeon,ship_by,price_usd"
    if R.random() < 0.6:
        out.append(L("vendor_csv", hdr))
    for _ in range(R.randint(1, 3)):
        p = pick()
        s = surgeon()
        due = (CLK.t + dt.timedelta(days=R.randint(7, 21))).date()
        po = f"PO-45{rdigits(8)}"
        dev = R.choice(["mandible recon plate 2.5", "orbital floor implant", "cranial implant", "fibula cutting guide", "pelvic resection guide"])
        price = f"{R.randint(900, 14000)}.00"
        if ph:
            out.append(L("vendor_csv", f"{po},", (p["case"], "other_id"), ",", (initials(p, R.random() < 0.5), "name"), ",",
                         (fdate(p["dob"], R.choice(["iso", "us"])), "date"), f",{dev},{R.choice(['Ti6Al4V ELI', 'PEEK-OPTIMA', 'PA12'])},"
                         f"{R.choice(['L', 'R', 'N/A'])},{s[1]},{due:%Y-%m-%d},{price}"))
        else:
            out.append(L("vendor_csv", f"{po},STOCK,,,{dev},Ti6Al4V ELI,N/A,{s[1]},{due:%Y-%m-%d},{price}"))
    return out


def g_vendor_xml(ph):
    CLK.tick()
    p = pick()
    s = surgeon_for(p)
    v = R.choice(VENDORS)
    due = (CLK.t + dt.timedelta(days=R.randint(7, 21))).date()
    po = f"PO-45{rdigits(8)}"
    if not ph:
        return [L("vendor_xml", f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><OrderAck xmlns=\"urn:psi:orders:1.2\"><PONumber>{po}</PONumber>"
                  f"<Vendor>{v[0]}</Vendor><Status>ACCEPTED</Status><PromisedShip>{due:%Y-%m-%d}</PromisedShip><Tracking/></OrderAck>")]
    out = []
    out.append(L("vendor_xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
    out.append(L("vendor_xml", "<PSIOrder xmlns=\"urn:psi:orders:1.2\" version=\"1.2\">"))
    out.append(L("vendor_xml", f"  <PONumber>{po}</PONumber>"))
    out.append(L("vendor_xml", "  <CaseRef>", (p["case"], "other_id"), "</CaseRef>"))
    out.append(L("vendor_xml", "  <Patient>"))
    if R.random() < 0.5:
        out.append(L("vendor_xml", "    <FamilyName>", (p["last"], "name"), "</FamilyName>"))
        out.append(L("vendor_xml", "    <GivenName>", (p["first"], "name"), "</GivenName>"))
    else:
        out.append(L("vendor_xml", "    <Initials>", (initials(p, False), "name"), "</Initials>"))
    out.append(L("vendor_xml", f"    <BirthYear>{p['dob'].year}</BirthYear>"))
    out.append(L("vendor_xml", f"    <Sex>{p['sex']}</Sex>"))
    out.append(L("vendor_xml", "  </Patient>"))
    out.append(L("vendor_xml", "  <SurgeryDate>", (fdate(p["surg"], "iso"), "date"), "</SurgeryDate>"))
    out.append(L("vendor_xml", f"  <Surgeon npi=\"1{rdigits(9)}\">{s[0]} {s[1]}</Surgeon>"))
    out.append(L("vendor_xml", "  <PlanFile>", part_file(p, False, "3mf"), "</PlanFile>"))
    out.append(L("vendor_xml", f"  <ShipBy>{due:%Y-%m-%d}</ShipBy>"))
    out.append(L("vendor_xml", "</PSIOrder>"))
    return out


def udi(p):
    return f"(01)0{rdigits(13)}(11){CLK.t:%y%m%d}(21){p['case'].replace('-', '')}-{R.choice('GIM')}{R.randint(1, 4):02d}"


def g_steril(ph):
    CLK.tick()
    p = pick()
    cyc = R.randint(100, 9999)
    out = []
    kind = R.choice(["vpro", "steam"])
    if kind == "vpro":
        out.append(L("sterilizer", f"STERIS V-PRO maX 2  S/N 3120{rdigits(3)}  SW 4.2.1"))
        out.append(L("sterilizer", f"CYCLE {cyc:05d}  {R.choice(['LUMEN', 'NON LUMEN', 'FLEXIBLE'])}  START {CLK.t:%m/%d/%y %H:%M:%S}"))
    else:
        out.append(L("sterilizer", f"AMSCO 400 MEDIUM STEAM  UNIT 2  CYCLE NO. {cyc}  PREVAC 270F 4MIN DRY 20"))
        out.append(L("sterilizer", f"{CLK.t:%H:%M:%S} C  EXPOSE  {R.uniform(270, 273):.1f}F  {R.uniform(28, 30):.1f}PSIG"))
    if ph:
        out.append(L("sterilizer", "LOAD ", str(R.randint(1, 9)), ": ", (p["case"], "other_id"), " ",
                     R.choice(["cutting guides x2", "splints x2", "drill guides x3", "model (sterile field)"]),
                     " PT ", (pn(p, R.choice(["upper", "lastfirst_up", "init"])), "name"), " OR ",
                     (fdate(p["surg"], R.choice(["md", "us_short"])), "date")))
    else:
        out.append(L("sterilizer", f"LOAD {R.randint(1, 9)}: INSTR TRAY OMFS PLATING #{R.randint(1, 12)} / BI LOT {rdigits(7)}"))
    out.append(L("sterilizer", f"{CLK.step(600, 3000):%H:%M:%S} CYCLE COMPLETE  {R.choice(['PASS', 'PASS', 'PASS', 'ABORT: PRESSURE'])}  OPERATOR {R.randint(100, 999)}"))
    return out


def g_lot(ph):
    CLK.tick()
    out = []
    if R.random() < 0.5:
        out.append(L("lot_csv", "udi|serial|case_id|mrn|material|material_lot|printer|print_job|steril_cycle|expires"))
    for _ in range(R.randint(1, 3)):
        p = pick()
        mat = R.choice(MATERIALS_FL)
        lot = f"{R.choice(['RS-F2-SGAM', 'RS-F2-BMCL', 'RS-F2-SGCL'])}-{rdigits(2)}"
        exp = (CLK.t + dt.timedelta(days=R.randint(150, 400))).date()
        pr = R.choice(FL_PRINTERS)
        if ph:
            ser = p["serial"]
            out.append(L("lot_csv", (udi(p), "device"), "|", (ser, "device"), "|", (p["case"], "other_id"), "|",
                         (p["mrn"], "mrn"), f"|{mat}|{lot}|{pr[2]}|{uuid4()[:8]}|{R.randint(100, 9999)}|{exp:%Y-%m-%d}"))
        else:
            out.append(L("lot_csv", f"||QA-COUPON-{rdigits(3)}||{mat}|{lot}|{pr[2]}|{uuid4()[:8]}||{exp:%Y-%m-%d}"))
    return out


def g_x12(ph):
    CLK.tick()
    p = pick()
    s = surgeon()
    t = CLK.t
    ctl = rdigits(9)
    out = [L("x12_837", f"ISA*00*          *00*          *ZZ*RBH3DLAB       *ZZ*CLAIMSHUB01    *{t:%y%m%d}*{t:%H%M}*^*00501*{ctl}*0*P*:~"),
           L("x12_837", f"GS*HC*RBH3DLAB*CLAIMSHUB01*{t:%Y%m%d}*{t:%H%M}*{int(ctl) % 10000}*X*005010X222A1~"),
           L("x12_837", f"ST*837*{rdigits(4)}*005010X222A1~")]
    if not ph:
        out.append(L("x12_837", f"BHT*0019*00*{rdigits(10)}*{t:%Y%m%d}*{t:%H%M}*CH~"))
        out.append(L("x12_837", "NM1*85*2*RIVERBEND HEALTH MEDICAL CENTER*****XX*1588776655~"))
        out.append(L("x12_837", f"SE*{R.randint(20, 40)}*{rdigits(4)}~"))
        return out
    sub = "subscriber"
    out.append(L("x12_837", "NM1*IL*1*", (p["last"].upper(), "name"), "*", (p["first"].upper(), "name"), "****MI*", (p["plan"], "health_plan"), "~"))
    out.append(L("x12_837", "N3*", (p["street"].upper(), "address"), "~"))
    out.append(L("x12_837", "N4*", (p["city"].upper(), "address"), f"*{p['state']}*", (p["zip"].replace("-", ""), "zip"), "~"))
    out.append(L("x12_837", "DMG*D8*", (fdate(p["dob"], "dicom"), "date"), f"*{p['sex']}~"))
    amt = R.randint(800, 6000)
    out.append(L("x12_837", "CLM*", (p["har"], "account"), f"*{amt}***22:B:1*Y*A*Y*Y~"))
    if R.random() < 0.5:
        out.append(L("x12_837", "REF*G1*", (p["pa"], "other_id"), "~"))
    out.append(L("x12_837", f"SV1*HC:{R.choice(['0559T', '0561T', '76377'])}*{amt}*UN*1***1~"))
    out.append(L("x12_837", "DTP*472*D8*", (fdate(p["surg"], "dicom"), "date"), "~"))
    out.append(L("x12_837", f"NM1*82*1*{s[1].upper()}*{s[0].upper()}****XX*1{rdigits(9)}~"))
    return out


def g_billing_csv(ph):
    CLK.tick()
    out = []
    if R.random() < 0.5:
        out.append(L("billing_csv", "charge_id,har,mrn,pt_last,pt_first,dos,cpt,units,amount,payer,member_id,guarantor_phone"))
    for _ in range(R.randint(1, 3)):
        p = pick()
        cid = f"CHG{rdigits(8)}"
        cpt = R.choice(["0559T", "0560T", "0561T", "0562T", "76377", "L8699"])
        amt = f"{R.randint(150, 9000)}.{R.randint(0, 99):02d}"
        if ph:
            out.append(L("billing_csv", f"{cid},", (p["har"], "account"), ",", (p["mrn"], "mrn"), ",\"", (p["last"], "name"), "\",",
                         (p["first"], "name"), ",", (fdate(p["surg"], "us"), "date"), f",{cpt},1,{amt},\"{p['payer']}\",",
                         (p["plan"], "health_plan"), ",", (phone(p, R.choice([1, 2])), "phone")))
        else:
            out.append(L("billing_csv", f"{cid},,,,,,{cpt},0,0.00,,,"))
    if ph and R.random() < 0.6:
        p = pick()
        out.append(L("billing_csv", f"# self-pay deposit {CLK.t:%Y-%m-%d}: guarantor ", (f"{p['rel'][0]} {p['rel'][1]}", "name"),
                     " card ", (p["card"], "account"), " exp 0", str(R.randint(1, 9)), f"/{R.randint(25, 29)}, ID checked DL WI ",
                     (p["dl"], "license"), ", fax ", (fphone(*p["relph"][:2], f"{R.randint(0, 9999):04d}", 1), "fax")))
    return out


def g_teams(ph):
    CLK.tick()
    p = pick_aged()
    e1, e2 = R.sample(ENGINEERS, 2)
    t = CLK.step()
    hdr = f"[{t.month}/{t.day}/{t.year} {int(t.strftime('%I'))}:{t:%M %p}] {e1[0]} {e1[1]}: "
    if not ph:
        msg = R.choice([
            "who has the Mimics license checked out? need it for 20 min",
            "AmiableCrane tank is clouding again, swapping to a new LT tank",
            f"reminder: no patient names in STL filenames, case # only ({e2[0]} pls fix the export template)",
            "J850 is out of TissueMatrix, order placed, ETA Friday",
            "UV cure oven B shows E12 again, facilities ticket INC" + rdigits(7),
            f"planning call moved to 14:30, Teams link in the calendar invite",
            "anyone else getting 'Irregular volume geometry' on the CBCT exports from OR3?",
        ])
        return [L("teams", hdr, msg)]
    r = R.random()
    if r < 0.25:
        parts = [(pn(p, R.choice(["last", "firstlast", "f_last"])), "name"), " (", (p["case"], "other_id"),
                 ") segmentation done, " + " + ".join(p["proc"][2][:2]) + " exported, ready for the planning call w/ Dr. ", surgeon_for(p)[1]]
    elif r < 0.45:
        parts = ["heads up: ", (pn(p, R.choice(["last", "lastfirst"])), "name"), " OR moved to ",
                 (fdate(p["surg"], R.choice(["md", "short_mon", "us_np"])), "date"), ", guides need to be in SPD by Tue"]
    elif r < 0.6:
        parts = ["pt's daughter called (", (fphone(*p["relph"], R.randint(0, 4)), "phone"), ") asking if the ear is ready, ",
                 "who's on the ", (p["case"], "other_id"), " case?"]
    elif r < 0.75:
        parts = ["the ", (fdate(p["scan"], "md"), "date"), " CT for ", (pn(p, "init"), "name"), " has 1.25mm slices, asked radiology to push the 0.6 recon (acc ",
                 (p["acc"], "other_id"), ")"]
    elif r < 0.88:
        a = str(p["age"])
        parts = ["fyi ", (pn(p, "firstlast"), "name"), " is ", (a, "age") if p["age"] > 89 else a,
                 ", anesthesia wants the model for airway planning too"]
    elif r < 0.91:
        parts = ["can someone re-push ", (pn(p, R.choice(["dicom", "lastfirst"])), "name"), " to ORTHANC_VSP? only 212/412 slices arrived"]
    elif r < 0.95:
        parts = ["MRN ", (p["mrn"], "mrn"), " has two cases in the tracker, merging into ", (p["case"], "other_id")]
    else:
        parts = ["parking validation for ", (pn(p, "last"), "name"), "'s fitting ", (fdate(p["surg"] - dt.timedelta(days=6), "md"), "date"),
                 ": plate ", (p["plate"], "vehicle"), ", please add to the P2 list"]
    return [L("teams", hdr, *parts)]


def g_slack(ph):
    CLK.tick()
    p = pick()
    e = eng()
    uid = "U0" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))
    ts = f"{int(CLK.t.replace(tzinfo=dt.timezone.utc).timestamp())}.{rdigits(6)}"
    if ph:
        r = R.random()
        if r < 0.25:
            txt = S("uploaded ", part_file(p, True, "3mf"), " to the vendor portal, PO in the thread")
        elif r < 0.4:
            txt = S("vendor wants DOB to match their intake for ", (p["case"], "other_id"), ", I gave them ",
                    (fdate(p["dob"], R.choice(["us", "iso", "dmon"])), "date"), " - ok?")
        elif r < 0.52:
            txt = S("ear scan for ", (initials(p), "name"), " looks great, printing the mold tonight on JollyMarmot")
        elif r < 0.7:
            txt = S("portal shows a face-scan upload from ", (p["user"], "other_id"), " at ", (p["ip"], "ip"),
                    " but the mesh is empty, can someone call the patient at ", (phone(p), "phone"), "?")
        else:
            txt = S("<@", uid, "> ", (pn(p, "firstlast"), "name"), "'s implant serial is ", (p["serial"], "device"),
                    ", put it in the op note template")
    else:
        txt = S(R.choice([
            "nightly rsync to nas01 finished, 0 errors",
            "PreForm 3.36 update is out, holding off until validation is done",
            f"build {R.randint(100, 999)} of vsp-intake deployed to staging (commit {hexs(7)})",
            "Form 4B QuietHeron is back from service :tada:",
            "reminder: monthly dimensional QA coupons due Friday",
        ]))
    obj = {"client_msg_id": uuid4(), "type": "message", "text": txt, "user": uid, "ts": ts,
           "team": "T02RBH3DL", "channel": "C05VSPLAB", "user_profile": {"real_name": f"{e[0]} {e[1]}", "name": e[2]}}
    return [L("slack_json", jparts(obj, (",", ":")))]


def g_nginx(ph):
    CLK.tick()
    p = pick()
    t = CLK.step()
    tstr = f"[{t:%d/%b/%Y:%H:%M:%S} -0500]"
    if ph:
        r = R.random()
        if r < 0.6:
            ua = R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
                           "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36"])
            path = R.choice(["/portal/api/v1/uploads/facescan", "/portal/api/v1/uploads/photo", "/portal/login"])
            return [L("nginx", (p["ip"], "ip"), " - ", (p["user"], "other_id"), f" {tstr} \"POST {path} HTTP/2.0\" {R.choice([201, 201, 413, 401])} {R.randint(100, 4000)} "
                      "\"https://vsp-portal." + DOMAIN + "/upload\" \"" + ua + f"\" rt={R.uniform(0.05, 9):.3f}")]
        s = surgeon()
        return [L("nginx", f"10.20.{R.randint(1, 60)}.{R.randint(2, 250)} - {s[3]} {tstr} \"GET /portal/cases/", (p["case"], "other_id"),
                  f"/planning_report.pdf HTTP/1.1\" 200 {R.randint(10**5, 10**7)} \"-\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edg/122.0.0.0\" rt={R.uniform(0.01, 2):.3f}")]
    return [L("nginx", f"10.20.0.{R.randint(2, 9)} - - {tstr} \"GET {R.choice(['/healthz', '/readyz', '/metrics'])} HTTP/1.1\" 200 {R.randint(2, 900)} \"-\" \"{R.choice(['kube-probe/1.28', 'Prometheus/2.49.1'])}\" rt=0.00{R.randint(1, 9)}")]


def g_orthanc(ph):
    CLK.tick()
    p = pick()
    t = CLK.step()
    pre = f"{R.choice('IIIW')}{t:%m%d %H:%M:%S}.{t.microsecond:06d} "
    if ph and R.random() < 0.5:
        return [L("orthanc", "W" + pre[1:], "LuaContext.cpp:103] Lua says: routing ", (pn(p, "dicom"), "name"), " acc=",
                  (p["acc"], "other_id"), " series \"AX BONE 0.6\" to VSP_SEG (", str(R.randint(100, 900)), " instances)")]
    if ph:
        return [L("orthanc", "I" + pre[1:], "OrthancRestApi.cpp:512] Anonymized patient ",
                  '"', (pn(p, "dicom"), "name"), '" (', (p["mrn"], "mrn"), ") -> ", p["anon"], " /studies/", uuid4().replace("-", "")[:8])]
    m = R.choice(["main.cpp:1512] Orthanc has started", "ServerContext.cpp:568] New instance stored",
                  f"HttpServer.cpp:1276] Unable to answer request: Unauthorized (remote 10.20.{R.randint(1, 60)}.{R.randint(2, 250)})",
                  f"StorageCompressionCommand: {R.randint(1, 900)} attachments compressed",
                  f"DicomServer.cpp:245] DICOM server listening with AET ORTHANC_VSP on port 4242"])
    return [L("orthanc", pre, m)]


def g_winevent(ph):
    CLK.tick()
    p = pick()
    ws = R.choice(WORKSTATIONS)
    e = eng()
    t = f"{CLK.step():%Y-%m-%dT%H:%M:%S}.{ms(CLK.t)}"
    if ph and R.random() < 0.4:
        return [L("winevent", f"{t} {ws} Microsoft-Windows-Windows Defender 1116 Warning Microsoft Defender Antivirus has detected malware or other potentially unwanted software. "
                  "Name: Trojan:Script/Wacatac.B!ml Severity: Severe Path: file:_C:\\Users\\", e[2], "\\Downloads\\",
                  (pn(p, "file"), "name"), "_", (fdate(p["dob"], "dicom"), "date"), "_CD\\autorun.exe Detection Origin: Local machine")]
    if ph:
        nm = pn(p, R.choice(["file", "file_up"]))
        return [L("winevent", f"{t} {ws} Microsoft-Windows-Security-Auditing 4663 Information An attempt was made to access an object. "
                  f"Account Name: {e[2]} Account Domain: RBH Object Name: D:\\VSP\\Cases\\2024\\", (p["case"], "other_id"), "_", (nm, "name"),
                  "\\plan\\", (p["case"], "other_id"), "_plan.mcs Accesses: WriteData")]
    m = R.choice([
        f"Microsoft-Windows-Security-Auditing 4624 Information An account was successfully logged on. Account Name: {e[2]} Account Domain: RBH Logon Type: {R.choice([2, 10, 11])} Source Network Address: 10.20.4.{R.randint(2, 250)}",
        "Microsoft-Windows-WindowsUpdateClient 19 Information Installation Successful: Windows successfully installed the following update: 2024-03 Cumulative Update for Windows 10 Version 22H2 for x64-based Systems (KB5035845)",
        "Service Control Manager 7036 Information The FlexNet Licensing Service 64 service entered the running state.",
        "nvlddmkm 153 Error The description for Event ID 153 from source nvlddmkm cannot be found. \\Device\\Video3 Error occurred on GPUID: 100",
        "Microsoft-Windows-Kernel-Power 41 Critical The system has rebooted without cleanly shutting down first.",
        f"Application Error 1000 Error Faulting application name: PreForm.exe, version: 3.35.1.302, time stamp: 0x{hexs(8)} Faulting module name: Qt6Gui.dll, exception code: 0xc0000005",
        "Microsoft-Windows-Time-Service 37 Information The time provider NtpClient is currently receiving valid time data from dc01.rbh.local",
    ])
    return [L("winevent", f"{t} {ws} {m}")]


def g_syslog(ph):
    CLK.tick()
    p = pick()
    host = R.choice(["vsp-seg01", "vsp-nas01", "vsp-gw", "vsp-anon01"])
    t = ts_syslog(CLK.step())
    if ph and R.random() < 0.5:
        nm = pn(p, R.choice(["file_up", "file"]))
        if R.random() < 0.5:
            return [L("syslog", f"{t} {host} sudo[{R.randint(1000, 60000)}]: {eng()[2]} : TTY=pts/{R.randint(0, 4)} ; PWD=/mnt/nas/cases/",
                      (p["case"], "other_id"), "_", (nm, "name"), " ; USER=root ; COMMAND=/usr/bin/chmod -R g+rw .")]
        return [L("syslog", f"{t} {host} vsp-sync[{R.randint(1000, 60000)}]: import ok src=/media/cdrom/DICOM pt=",
                  (pn(p, "dicom"), "name"), " id=", (p["mrn"], "mrn"), f" files={R.randint(100, 2000)} bytes={R.randint(10**7, 10**9)}")]
    if ph:
        nm = pn(p, R.choice(["file_up", "file"]))
        return [L("syslog", f"{t} {host} rsync[{R.randint(1000, 60000)}]: rsync: [sender] send_files failed to open \"/mnt/nas/cases/",
                  (p["case"], "other_id"), "_", (nm, "name"), "/dicom/", (p["mrn"], "mrn"), "_CT.zip\": Permission denied (13)")]
    m = R.choice([
        f"systemd[1]: Started Session {R.randint(10, 999)} of User svc_vsp.",
        f"kernel: [{R.randint(1000, 999999)}.{rdigits(6)}] NVRM: Xid (PCI:0000:3b:00): 79, pid={R.randint(1000, 9999)}, GPU has fallen off the bus.",
        f"sshd[{R.randint(1000, 60000)}]: Accepted publickey for {eng()[2]} from 10.20.4.{R.randint(2, 250)} port {R.randint(40000, 65000)} ssh2: ED25519 SHA256:{b64(43)}",
        f"CRON[{R.randint(1000, 60000)}]: (svc_vsp) CMD (/opt/vsp/bin/sync_cases.sh >> /var/log/vsp/sync.log 2>&1)",
        f"rsync[{R.randint(1000, 60000)}]: sent {R.randint(10**6, 10**9)} bytes  received {R.randint(1000, 9999)} bytes  {R.uniform(10**5, 10**7):.2f} bytes/sec",
        f"smartd[812]: Device: /dev/sda [SAT], SMART Usage Attribute: 194 Temperature_Celsius changed from {R.randint(30, 40)} to {R.randint(40, 48)}",
        f"dockerd[1021]: time=\"{CLK.t:%Y-%m-%dT%H:%M:%S}.{rdigits(9)}-05:00\" level=info msg=\"ignoring event\" container={hexs(64)} module=libcontainerd namespace=moby",
    ])
    return [L("syslog", f"{t} {host} {m}")]


def g_traceback(ph):
    CLK.tick()
    p = pick()
    if R.random() < 0.55:
        out = [L("traceback", f"{ts_log4j(CLK.step())} [anon-worker-{R.randint(1, 4)}] ERROR vsp_deid.pipeline - failed to read instance")]
        out.append(L("traceback", "Traceback (most recent call last):"))
        out.append(L("traceback", "  File \"/opt/vsp/deid/pipeline.py\", line 212, in process_series"))
        out.append(L("traceback", "    ds = pydicom.dcmread(path, force=False)"))
        out.append(L("traceback", "  File \"/opt/vsp/venv/lib/python3.11/site-packages/pydicom/filereader.py\", line 1029, in dcmread"))
        out.append(L("traceback", "    dataset = read_partial("))
        if ph:
            nm = pn(p, "file_up")
            out.append(L("traceback", "pydicom.errors.InvalidDicomError: File is missing DICOM File Meta Information header or the 'DICM' prefix is missing from the header: '/mnt/vsp/incoming/",
                         (nm, "name"), "_", (p["mrn"], "mrn"), "/CD_IMPORT/DICOMDIR'"))
        else:
            out.append(L("traceback", "pydicom.errors.InvalidDicomError: File is missing DICOM File Meta Information header or the 'DICM' prefix is missing from the header. Use force=True to force reading."))
        return out
    out = [L("traceback", f"{ts_log4j(CLK.step())} ERROR [org.dcm4chee.arc.store.impl.StoreServiceImpl] (EE-ManagedExecutorService-default-Thread-{R.randint(1, 40)}) CBCT_OR3->DCM4CHEE({R.randint(10, 900)}): Failed to store object")]
    if ph:
        out.append(L("traceback", "org.dcm4che3.net.service.DicomServiceException: Patient[id=", (p["mrn"], "mrn"), "^^^RBH] with name [",
                     (pn(p, "dicom"), "name"), "] conflicts with existing Patient[pk=", str(R.randint(1000, 99999)), "]"))
    else:
        out.append(L("traceback", "org.dcm4che3.net.service.DicomServiceException: Missing Patient ID in received object"))
    out.append(L("traceback", "\tat org.dcm4chee.arc.store.impl.StoreServiceEJB.updateDB(StoreServiceEJB.java:223)"))
    out.append(L("traceback", "\tat org.dcm4chee.arc.store.impl.StoreServiceImpl.store(StoreServiceImpl.java:316)"))
    out.append(L("traceback", "\tat org.dcm4chee.arc.store.scp.CStoreSCP.store(CStoreSCP.java:91)"))
    out.append(L("traceback", f"\t... {R.randint(12, 40)} more"))
    return out


def g_metrics(ph):
    CLK.tick()
    r = R.random()
    if r < 0.5:
        out = [L("metrics", "# HELP vsp_print_queue_depth Jobs waiting per printer"),
               L("metrics", "# TYPE vsp_print_queue_depth gauge")]
        for pr in R.sample(FL_PRINTERS + [(a, b, c) for a, b, c in SS_PRINTERS], 2):
            out.append(L("metrics", f"vsp_print_queue_depth{{printer=\"{pr[1]}\",model=\"{pr[0]}\"}} {R.randint(0, 7)}"))
        out.append(L("metrics", f"vsp_seg_job_duration_seconds_sum{{node=\"SegSrv-{R.randint(1, 3)}\"}} {R.uniform(1000, 90000):.3f}"))
        return out
    obj = {"status": R.choice(["UP", "UP", "DEGRADED"]), "components": {"db": {"status": "UP", "details": {"database": "PostgreSQL", "validationQuery": "isValid()"}},
                                                                      "diskSpace": {"status": "UP", "details": {"total": 2000396321280, "free": R.randint(10**11, 10**12), "threshold": 10485760}},
                                                                      "pacs": {"status": R.choice(["UP", "DOWN"]), "details": {"aet": "DCM4CHEE", "host": "10.20.1.15", "port": 11112}}},
           "traceId": hexs(32), "spanId": hexs(16)}
    return [L("metrics", f"{ts_iso(CLK.step())} GET /actuator/health ", jparts(obj, (",", ":")))]


def g_palmvein(ph):
    CLK.tick()
    p = pick()
    t = ts_log4j(CLK.step())
    if ph:
        return [L("patientsecure", t, " INFO  [PSEnroll] kiosk=VSP-CLINIC-K2 enroll ok mrn=", (p["mrn"], "mrn"), " hand=R quality=",
                  str(R.randint(70, 99)), " template=", ("UFZUMQ" + b64(R.randint(50, 90)) + "==", "biometric"), " operator=reg", str(R.randint(100, 999)))]
    return [L("patientsecure", t, f" INFO  [PSService] heartbeat kiosk=VSP-CLINIC-K2 fw=5.2.{R.randint(0, 9)} sensor=OK temp={R.randint(30, 40)}C")]


def g_fhir(ph):
    CLK.tick()
    p = pick()
    t = ts_iso(CLK.step())
    if not ph:
        obj = {"resourceType": "CapabilityStatement", "status": "active", "date": "2024-02-01",
               "fhirVersion": "4.0.1", "format": ["json"], "software": {"name": "Epic", "version": "November 2023"}}
        return [L("fhir_json", t, f" DEBUG intake-api fhir GET /api/FHIR/R4/metadata 200 {R.randint(80, 900)}ms ", jparts(obj, (",", ":")))]
    ident = [{"use": "usual", "type": {"text": "MRN"}, "system": "urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14", "value": V(p["mrn"], "mrn")}]
    if R.random() < 0.5:
        ident.append({"system": "http://hl7.org/fhir/sid/us-ssn", "value": V(p["ssn"], "ssn")})
    obj = {"resourceType": "Patient", "id": "e" + b64(20).replace("/", "x").replace("+", "y"), "identifier": ident,
           "name": [{"use": "official", "family": V(p["last"], "name"), "given": [V(p["first"], "name")]}],
           "telecom": [{"system": "phone", "value": V(phone(p), "phone"), "use": "mobile"},
                       {"system": "email", "value": V(p["email"], "email")}],
           "gender": {"M": "male", "F": "female"}[p["sex"]], "birthDate": V(fdate(p["dob"], "iso"), "date"),
           "address": [{"use": "home", "line": [V(p["street"], "address")], "city": V(p["city"], "address"),
                        "state": p["state"], "postalCode": V(p["zip"], "zip"), "country": "US"}]}
    if R.random() < 0.4:
        obj["contact"] = [{"relationship": [{"text": "Emergency Contact"}],
                           "name": {"text": V(f"{p['rel'][0]} {p['rel'][1]}", "name")},
                           "telecom": [{"system": "phone", "value": V(fphone(*p["relph"], 0), "phone")}]}]
    return [L("fhir_json", t, f" DEBUG intake-api fhir GET /api/FHIR/R4/Patient?identifier=MRN|... 200 {R.randint(80, 900)}ms ", jparts(obj, (",", ":")))]


GENS = [
    (g_fhir, 4, True),
    (g_dcm4che_storescp, 2, False), (g_dcm4che_findscu, 2, True), (g_dcmdump, 1.2, True), (g_arc, 7, True),
    (g_pydicom, 1.5, True), (g_deid, 4, True), (g_slicer, 6, True), (g_segsrv, 3, True),
    (g_listing, 3, True), (g_preform, 3, True), (g_formlabs_api, 6, True), (g_grabcad, 3, True),
    (g_caseform, 8, True), (g_email, 2, True), (g_hl7, 2, True), (g_vendor_csv, 4, True),
    (g_vendor_xml, 2, True), (g_steril, 3, True), (g_lot, 4, True), (g_x12, 1.5, True),
    (g_billing_csv, 4, True), (g_teams, 14, True), (g_slack, 9, True), (g_nginx, 9, True),
    (g_orthanc, 5, True), (g_winevent, 7, True), (g_syslog, 9, True), (g_traceback, 2, True),
    (g_metrics, 3, False), (g_palmvein, 2, True),
]


def build(seed=SEED):
    R.seed(seed)
    CLK.__init__()
    PATIENTS[:] = [mk_patient(i) for i in range(42)]
    lines = []
    phi_lines = 0
    guard = 0
    while len(lines) < N_LINES:
        guard += 1
        assert guard < 20000
        g, w, can = R.choices(GENS, weights=[x[1] for x in GENS])[0]
        ratio = phi_lines / max(1, len(lines))
        ph = can and (ratio < 0.46 or R.random() < 0.15)
        block = g(ph)
        if len(lines) + len(block) > N_LINES:
            continue
        for ln in block:
            lines.append(ln)
            if ln[2]:
                phi_lines += 1
    return lines


def main():
    lines = build(SEED)
    log_path = os.path.join(HERE, f"{ID}.log")
    lab_path = os.path.join(HERE, f"{ID}.labels.jsonl")
    with open(log_path, "wb") as f:
        f.write(b"\n".join(ln[1] for ln in lines))
    with open(lab_path, "w", encoding="utf-8") as f:
        for i, (fam, buf, spans) in enumerate(lines, 1):
            for s, e, cat, v in spans:
                assert buf[s:e].decode("utf-8") == v, (i, v)
            assert b"\n" not in buf and buf.strip() != b""
            buf.decode("utf-8")
            rec = {"line": i, "family": fam, "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # re-check against the written file
    with open(log_path, "rb") as f:
        data = f.read().split(b"\n")
    assert len(data) == N_LINES
    with open(lab_path, encoding="utf-8") as f:
        recs = [json.loads(x) for x in f]
    for rec, raw, ln in zip(recs, data, lines):
        assert raw == ln[1]
        for sp, (_, _, _, v) in zip(rec["spans"], ln[2]):
            assert raw[sp["s"]:sp["e"]].decode("utf-8") == v


if __name__ == "__main__":
    main()
