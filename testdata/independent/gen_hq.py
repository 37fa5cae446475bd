#!/usr/bin/env python3
"""Generate hq.log / hq.labels.jsonl: logs of a radiology AI triage vendor deployed at hospitals.

Systems covered: Orthanc (glog format, Lua / Python plugin output), dcm4che storescp tool and
dcm4chee-arc (WildFly) logs, DICOM tag dumps (dcmtk dcmdump, dcm4che dataset toString, pydicom),
de-identification / re-identification service (Python logging + logfmt audit), inference workers
(Python logging text, python-json-logger JSON, Celery), GPU stats (nvidia-smi CSV, DCGM exporter),
HL7 v2.5.1 ORU^R01 (one segment per physical line, and Mirth-style single line with escaped \\r),
FHIR R4 DiagnosticReport / Patient JSON, PACS worklist reprioritisation (logfmt and XML), mobile
push notifications (APNs / FCM), Rust edge agent (tracing fmt and tracing JSON, TOML config),
Kubernetes events (kubectl table and event-exporter JSON), S3 server access logs and aws-cli
output, nginx access logs, customer support tickets (text and Zendesk JSON export), weekly CSV
usage / billing reports.

All people, identifiers, addresses, phone numbers are synthetic.

Labeling decisions:
- Patients, their relatives / next of kin, guarantors and insured subscribers are labeled.
  Radiologists, referring physicians, technologists (OperatorsName), hospital PACS admins,
  vendor support agents, their e-mails, phones, pagers, user ids and device tokens are NOT labeled.
- Facilities (InstitutionName, InstitutionAddress), hospital departments, insurers, their
  addresses / phones / fax numbers, AE titles, hospital egress IPs and private 10.x/172.x IPs are
  NOT labeled.
- DICOM PN values (LAST^FIRST^MIDDLE) are one name span; URL-encoded names (%5E) are labeled too.
  Names split over fields (FHIR family / given) are one span per field. Temporary trauma aliases
  (TRAUMA^ZULU) are placeholders, not labeled.
- PatientID / OtherPatientIDs / PID-3 / FHIR Patient id when it is the MRN -> mrn.
- AccessionNumber (also HL7 OBR-3 filler order number and accession inside file paths, S3 keys,
  k8s object names, lower-cased) -> other_id. Placer order numbers (ORD-...), invoice numbers,
  ticket numbers, HL7 message control ids are NOT labeled (order/business numbers).
- Encounter / visit numbers (PV1-19), police report numbers, patient-portal usernames -> other_id.
- DICOM Study/Series/SOP Instance UIDs, Orthanc resource ids, de-identification pseudonyms
  (ANON^..., hashed ids, re-id vault tokens) are NOT labeled (technical ids / re-id codes not
  derived from readable PHI).
- Dates: birth dates, StudyDate / service dates, admission dates, effectiveDateTime, OBR-7 are
  date; the span covers the whole token as written (DICOM DA, HL7 TS with time, FHIR dateTime with
  offset). Log timestamps, report-week dates, build dates, invoice dates are NOT labeled.
  Shifted dates produced by de-identification are NOT labeled (the original value is).
- Ages are labeled only when over 89 (DICOM AS "092Y", "92F", "age 91", JSON 93); the span
  covers the age token as written (e.g. "092Y", "92" in "92F").
- Addresses: street line (with unit) is one address span, city a separate address span, state not
  labeled, ZIP / postal code -> zip.
- SSN -> ssn; HL7 PID-18 / patient account / billing account / payment card -> account;
  insurance member / policy ids, Medicare MBI, RAMQ numbers -> health_plan (group numbers not).
- Patient driver's licence -> license; vehicle plate / VIN of a patient -> vehicle; implant and
  personal medical device serials / UDI of a patient -> device (scanner DeviceSerialNumber and
  edge-appliance serials / MACs are NOT labeled).
- Patient e-mail -> email, patient phone -> phone, patient fax -> fax, patient public IP -> ip,
  links to a patient's personal shared files -> url, base64 JPEG in FHIR Patient.photo -> photo.
"""
import base64
import hashlib
import json
import random
import unicodedata
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

ID = "hq"
N_LINES = 500
R = random.Random(20240312)

# ----------------------------------------------------------------------------- line builder


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []
        self.n = 0
        self.spans = []

    def __call__(self, *xs):
        for x in xs:
            if isinstance(x, tuple):
                v, c = x
                v = str(v)
                st = self.n
                self._t(v)
                if c:
                    self.spans.append((st, self.n, c, v))
            else:
                self._t(str(x))
        return self

    def _t(self, v):
        assert "\n" not in v and "\r" not in v, repr(v)
        self.parts.append(v)
        self.n += len(v.encode("utf-8"))

    def text(self):
        return "".join(self.parts)


class P:
    """A labeled leaf value for the JSON writer."""

    def __init__(self, v, c):
        self.v = v
        self.c = c


def jw(b, o, compact=False):
    isep, ksep = (",", ":") if compact else (", ", ": ")
    if isinstance(o, dict):
        b("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                b(isep)
            b(json.dumps(k, ensure_ascii=False), ksep)
            jw(b, v, compact)
        b("}")
    elif isinstance(o, list):
        b("[")
        for i, v in enumerate(o):
            if i:
                b(isep)
            jw(b, v, compact)
        b("]")
    elif isinstance(o, P):
        if isinstance(o.v, str):
            enc = json.dumps(o.v, ensure_ascii=False)[1:-1]
            assert enc == o.v, o.v
            b('"', (enc, o.c), '"')
        else:
            b((json.dumps(o.v), o.c))
    else:
        b(json.dumps(o, ensure_ascii=False))
    return b


# ----------------------------------------------------------------------------- random helpers


def pyq(v):
    """Quote char Python's repr() would use for a str value."""
    return '"' if "'" in v and '"' not in v else "'"


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n, alpha="0123456789abcdef"):
    return "".join(R.choice(alpha) for _ in range(n))


def uuid4():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def orthanc_id():
    return "-".join(hexs(8) for _ in range(5))


def dicom_uid(root=None):
    root = root or R.choice(["1.2.826.0.1.3680043.10.543", "1.3.12.2.1107.5.1.4.83775",
                             "1.2.840.113619.2.416", "1.3.46.670589.33.1"])
    return f"{root}.{R.randint(1, 9)}{digits(R.randint(8, 12))}.{R.randint(1, 99)}{digits(R.randint(4, 9))}"


def fold(s):
    s = s.replace("Ø", "O").replace("ø", "o").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a in (666,) or a == 0:
            continue
        g, s = R.randint(1, 99), R.randint(1, 9999)
        v = f"{a:03d}-{g:02d}-{s:04d}"
        if v not in ("123-45-6789", "078-05-1120"):
            return v


def mbi():
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    return (R.choice("123456789") + R.choice(al) + R.choice(an) + R.choice("0123456789") + R.choice(al)
            + R.choice(an) + R.choice("0123456789") + R.choice(al) + R.choice(al)
            + R.choice("0123456789") + R.choice("0123456789"))


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return R.choice(["1HG", "1FT", "2T1", "3VW", "5YJ", "WBA", "JTD"]) + "".join(R.choice(al) for _ in range(14))


def fmt_phone(ph, style):
    a, e, l = ph
    return {"paren": f"({a}) {e}-{l}", "dash": f"{a}-{e}-{l}", "dot": f"{a}.{e}.{l}",
            "plain": f"{a}{e}{l}", "e164": f"+1{a}{e}{l}", "intl": f"+1 {a} {e} {l}",
            "space": f"{a} {e} {l}", "hl7": f"({a}){e}-{l}"}[style]


def fdate(d, style):
    return {"dicom": d.strftime("%Y%m%d"), "iso": d.isoformat(), "us": d.strftime("%m/%d/%Y"),
            "us_short": f"{d.month}/{d.day}/{d.year}", "us_yy": f"{d.month}/{d.day}/{d.strftime('%y')}",
            "eu": d.strftime("%d.%m.%Y"), "dmy": d.strftime("%d-%b-%Y"),
            "long": f"{d.strftime('%B')} {d.day}, {d.year}", "fr": d.strftime("%d/%m/%Y"),
            "short_mon": f"{d.strftime('%b')} {d.day} {d.year}"}[style]


# ----------------------------------------------------------------------------- world

SITES = [
    dict(code="STB", name="St. Brigid Regional Medical Center", short="St. Brigid", ae="STB_CT_ER1",
         ip="10.42.8.17", egress="203.0.113.44", state="MA", areas=["508", "774"], pacs="sectra-ids7",
         ris="RIS_STB", tz="-05:00", cities=[("Worcester", "016"), ("Shrewsbury", "015"), ("Auburn", "015")],
         acc=lambda: "A" + digits(8), mrn=lambda: digits(7), lang="en",
         fhir="https://fhir.stbrigid.org/R4"),
    dict(code="LKS", name="Lakeside Community Hospital", short="Lakeside", ae="LKS_CT01",
         ip="10.60.2.31", egress="198.51.100.12", state="WI", areas=["262"], pacs="fuji-synapse",
         ris="RIS_LKS", tz="-06:00", cities=[("Kenosha", "531"), ("Pleasant Prairie", "531"), ("Racine", "534")],
         acc=lambda: "LKS24" + digits(6), mrn=lambda: "E" + digits(7), lang="en",
         fhir="https://api.lakesidech.org/fhir/r4"),
    dict(code="MRH", name="Mercy Ridge Health - Tulsa", short="Mercy Ridge", ae="MRH_CTA2",
         ip="172.20.14.9", egress="192.0.2.77", state="OK", areas=["918", "539"], pacs="ge-uv",
         ris="RIS_MRH", tz="-05:00", cities=[("Tulsa", "741"), ("Broken Arrow", "740"), ("Sand Springs", "740")],
         acc=lambda: "ACC2403" + digits(7), mrn=lambda: "MR" + digits(8), lang="en",
         fhir="https://interop.mercyridge.org/fhir/R4"),
    dict(code="HSA", name="Hôpital Sainte-Anne", short="Sainte-Anne", ae="HSA_TDM1",
         ip="10.8.0.45", egress="192.0.2.140", state="QC", areas=["418", "581"], pacs="agfa-ei",
         ris="RIS_HSA", tz="-05:00", cities=[("Québec", "G1"), ("Lévis", "G6"), ("Sainte-Foy", "G1")],
         acc=lambda: "HSA-" + digits(9), mrn=lambda: "H" + digits(6), lang="fr",
         fhir="https://fhir.hsa.example.qc.ca/r4"),
]

FIRST = [("Maria José", "F"), ("Oluwaseun", "M"), ("Siobhán", "F"), ("Jean-Luc", "M"), ("Wei", "M"),
         ("Aarav", "M"), ("Fatima", "F"), ("Dmitri", "M"), ("Kwame", "M"), ("Ingrid", "F"), ("Yuki", "F"),
         ("Chidi", "M"), ("Zoë", "F"), ("José", "M"), ("Anh", "F"), ("Priya", "F"), ("Mohammed", "M"),
         ("Björn", "M"), ("Ayşe", "F"), ("Hiroshi", "M"), ("Leilani", "F"), ("Eleanor", "F"),
         ("Harold", "M"), ("Mildred", "F"), ("Rosario", "F"), ("Tadeusz", "M"), ("Ngozi", "F"),
         ("Mateo", "M"), ("Gwendolyn", "F"), ("Rafael", "M"), ("Thi Lan", "F"), ("Bartholomew", "M"),
         ("Agnieszka", "F"), ("Kofi", "M"), ("Dolores", "F"), ("Erik", "M"), ("Marisol", "F"),
         ("Vikram", "M"), ("Beatrice", "F"), ("Ahmad", "M"), ("Geneviève", "F"), ("Lucien", "M")]
LAST = ["García-López", "O'Connor", "van der Berg", "Nguyen", "Okafor", "Kowalski", "de la Cruz",
        "Al-Hassan", "McAllister", "Papadopoulos", "Schmidt", "Tanaka", "Singh", "Abernathy-Wells",
        "St. Clair", "Dubois", "Ivanova", "Mbeki", "Lindqvist", "Haddad", "Zhang", "Østergaard",
        "Fitzgerald", "Rosenthal", "Oyelaran", "Castellanos", "Brennan", "Yamamoto", "di Stefano",
        "Mensah", "Kaur", "Villanueva", "Le", "Hernández", "Whitfield", "Szabó", "Adeyemi", "Baptiste",
        "Kim", "Moreau", "Tremblay", "Gagnon"]
REL_FIRST = ["Josefina", "Tomasz", "Aiko", "Samuel", "Lucía", "Adaeze", "Pieter", "Noor", "Greta", "Duc"]
STREETS = ["Elm St", "Birch Ln", "W Fulton Ave", "Harbor Rd", "Maple Ave", "Old Mill Rd", "Cedar Ct",
           "S Peoria Ave", "Lakeshore Dr", "Pleasant St", "Sheridan Rd", "Quincy Ave", "Bay View Ter"]
FR_STREETS = ["rue Saint-Jean", "boul. René-Lévesque O", "ch. Sainte-Foy", "av. Cartier", "rue des Érables"]

STAFF = ["Dr. Anika Rahman", "Dr. Marcus Bell", "Dr. Hélène Roy", "Dr. Samuel Osei", "Dr. Julia Brandt",
         "Dr. Kenji Mori"]
STAFF_DICOM = ["RAHMAN^ANIKA^^DR", "BELL^MARCUS^J^^MD", "ROY^HELENE", "OSEI^SAMUEL^^DR", "BRANDT^JULIA"]
TECHS = ["JLEE", "mkovac", "T. Alvarez", "RT_SMITH", "ngarcia"]
RAD_USERS = ["rad-0193", "rad-0207", "rad-0311", "rad-0042", "rad-0158"]
AGENTS = ["Tomás Ferreira (Tier 2)", "Priya N. (Support)", "Kevin Obuya", "Lena Fischer (Clinical Apps)"]
HOSP_CONTACTS = [("Dana Whitaker", "dwhitaker@stbrigid.org"), ("Rob Kessler", "rkessler@lakesidech.org"),
                 ("Tanya Moore", "pacs.admin@mercyridge.org"), ("Marc-André Pelletier", "m.pelletier@hsa.qc.ca")]

T0 = datetime(2024, 3, 12, 6, 0, 3, 118402)
STUDY_DAY = date(2024, 3, 12)


def mk_patient(i, first, sex, last):
    site = SITES[i % len(SITES)]
    old = R.random() < 0.33
    age = R.randint(90, 101) if old else R.randint(19, 88)
    dob = STUDY_DAY - timedelta(days=age * 365 + age // 4 + R.randint(1, 360))
    age = STUDY_DAY.year - dob.year - ((STUDY_DAY.month, STUDY_DAY.day) < (dob.month, dob.day))
    study_date = STUDY_DAY - timedelta(days=R.choice([0, 0, 0, 0, 1, 2, 3, 5]))
    city, zpre = R.choice(site["cities"])
    if site["lang"] == "fr":
        street = f"{R.randint(12, 2900)}, {R.choice(FR_STREETS)}"
        zipc = f"{zpre}{R.choice('ABCEGHJKLMNPRSTVX')} {R.randint(1,9)}{R.choice('ABCEGHJKLMNPRSTVWXYZ')}{R.randint(0,9)}"
    else:
        street = f"{R.randint(3, 9870)} {R.choice(STREETS)}" + (f" Apt {R.randint(1, 40)}" if R.random() < 0.25 else "")
        zipc = zpre + digits(5 - len(zpre))
    a = R.choice(site["areas"])
    ph = (a, R.choice(["555", str(R.randint(201, 989))]), f"{R.randint(100, 9999):04d}")
    fph = (a, R.choice(["555", str(R.randint(201, 989))]), f"{R.randint(100, 9999):04d}")
    fl, ll = fold(first).lower().replace(" ", ""), fold(last).lower().replace(" ", "").replace("'", "").replace(".", "")
    email = R.choice([f"{fl}.{ll}{dob.year % 100:02d}@gmail.com", f"{fl[0]}{ll}@yahoo.com",
                      f"{ll}.{fl}@outlook.com", f"{fl}{R.randint(1, 999)}@icloud.com", f"{fl[:3]}_{ll}@comcast.net"])
    if site["lang"] == "fr":
        plan = f"{fold(last).upper().replace(' ', '').replace('-', '').replace(chr(39), '')[:3]:X<3}{fold(first).upper()[0]} {dob.year % 100:02d}{dob.month + (50 if sex == 'F' else 0):02d} {dob.day:02d}{digits(2)}"
    else:
        plan = R.choice(["XJH", "ZGP", "W", "MCD", "YUB", "H"]) + digits(R.randint(8, 10))
    rel_first = R.choice(REL_FIRST)
    if study_date == STUDY_DAY:
        sdt = datetime.combine(study_date, datetime.min.time()) + timedelta(minutes=R.randint(5, 350))
    else:
        sdt = datetime.combine(study_date, datetime.min.time()) + timedelta(minutes=R.randint(0, 1430))
    adt = sdt - timedelta(minutes=R.randint(20, 2000))
    p = dict(study_dt=sdt, admit_dt=adt, first=first, last=last, sex=sex, mi=R.choice("ABCDEJKLMRST") if R.random() < 0.5 else "",
             site=site, age=age, dob=dob, study_date=study_date, mrn=site["mrn"](), acc=site["acc"](),
             acc2=site["acc"](), street=street, city=city, state=site["state"], zip=zipc, phone=ph, fax=fph,
             email=email, plan=plan, mbi=mbi() if age >= 65 and site["lang"] == "en" else None,
             account=R.choice(["V", "PA", "HAR", ""]) + digits(R.randint(8, 10)), ssn=ssn(),
             dl=R.choice([f"S{digits(8)}", f"{R.choice('ABCDEFGHJKLMNPRSTW')}{digits(3)}-{digits(4)}-{digits(4)}", digits(9)]),
             visit=R.choice(["VN", "ENC", ""]) + digits(9), user=f"{fl[:1]}{ll[:7]}{R.randint(10, 99)}",
             kin=(rel_first, last if R.random() < 0.7 else R.choice(LAST), R.choice(["DAU^Daughter", "SPO^Spouse", "SON^Son", "SIS^Sister", "GRD^Guardian"])),
             kin_phone=(a, str(R.randint(201, 989)), f"{R.randint(100, 9999):04d}"),
             implant=R.choice([None, None, f"RNB{digits(6)}S", f"PJN{digits(6)}H", f"(01)00643169{digits(6)}(17)2709{digits(2)}(21){hexs(8, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}"]),
             plate=R.choice([f"{R.randint(1, 9)}{hexs(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(3)}", f"{hexs(3, 'ABCDEFGHJKLMNPRSTVWXYZ')}-{digits(4)}"]),
             vin=vin(), police=f"{STUDY_DAY.year % 100}-{digits(5)}")
    return p


names = list(FIRST)
R.shuffle(names)
lasts = list(LAST)
R.shuffle(lasts)
PATIENTS = [mk_patient(i, names[i][0], names[i][1], lasts[i]) for i in range(len(LAST))]


def pick():
    return R.choice(PATIENTS)


def nm(p, style=None):
    F, L, M = p["first"], p["last"], p["mi"]
    style = style or R.choice(["dicom", "dicom", "dicom_u", "lf", "LF", "fl", "il", "lower", "LFI"])
    if style == "dicom":
        return f"{fold(L).upper()}^{fold(F).upper()}" + (f"^{M}" if M else "")
    if style == "dicom_u":
        return f"{L.upper()}^{F.upper()}"
    if style == "dicom_mixed":
        return f"{L}^{F}" + (f"^{M}" if M else "")
    if style == "lf":
        return f"{L}, {F}"
    if style == "LF":
        return f"{L.upper()}, {F.upper()}"
    if style == "LFI":
        return f"{L.upper()} {F[0]}."
    if style == "fl":
        return f"{F} {L}"
    if style == "il":
        return f"{F[0]}. {L}"
    if style == "lower":
        return f"{F.lower()} {L.lower()}"
    if style == "first":
        return F
    raise ValueError(style)


def age_as(p):
    return f"{p['age']:03d}Y"


def age_lab(p):
    return "age" if p["age"] > 89 else None


class Clock:
    def __init__(self):
        self.t = T0

    def adv(self, lo=0.001, hi=0.4):
        self.t += timedelta(seconds=R.uniform(lo, hi))
        return self.t


CLK = Clock()


def ts_py(t=None):
    t = t or CLK.adv()
    return t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"


def ts_iso(t=None, prec=6):
    t = t or CLK.adv()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}"[:prec] + "Z"


def ts_glog(level="I"):
    t = CLK.adv()
    return f"{level}{t.strftime('%m%d %H:%M:%S')}.{t.microsecond:06d}"


def ts_dcm4che():
    t = CLK.adv()
    return t.strftime("%H:%M:%S,") + f"{t.microsecond // 1000:03d}"


def ts_clf():
    t = CLK.adv()
    return t.strftime("[%d/%b/%Y:%H:%M:%S +0000]")


# ----------------------------------------------------------------------------- families

def ev_orthanc_noise():
    out = []
    site = R.choice(SITES)
    opts = [
        lambda b: b(ts_glog(), "             MAIN main.cpp:1305] Orthanc version: 1.12.3"),
        lambda b: b(ts_glog("W"), "             MAIN PluginsManager.cpp:157] Registering plugins from: /usr/share/orthanc/plugins/libOrthancDicomWeb.so"),
        lambda b: b(ts_glog(), f"          HTTP-{R.randint(0, 49)} HttpServer.cpp:1253] (http) {R.choice(['GET /system', 'GET /statistics', 'GET /jobs?expand', 'GET /changes?since=' + str(R.randint(40000, 90000)) + '&limit=100'])}"),
        lambda b: b(ts_glog(), f"          DICOM-{R.randint(1, 8)} CommandDispatcher.cpp:490] (dicom) Association Received from AET {site['ae']} on IP {site['ip']}"),
        lambda b: b(ts_glog(), f"          DICOM-{R.randint(1, 8)} CommandDispatcher.cpp:917] (dicom) Association Closed"),
        lambda b: b(ts_glog(), f"    JOBS-WORKER-{R.randint(0, 3)} JobsRegistry.cpp:465] Job has completed with success: {uuid4()}"),
        lambda b: b(ts_glog("E"), f"          DICOM-{R.randint(1, 8)} CommandDispatcher.cpp:382] (dicom) Rejected association for remote AET {R.choice(['MRI_WS3', 'US_PORTABLE2', 'QR_TEST'])} on IP 10.{R.randint(0, 99)}.{R.randint(0, 255)}.{R.randint(2, 250)}"),
        lambda b: b(ts_glog("W"), "      HOUSEKEEPER ServerIndex.cpp:1014] Maximum patient count (5000) reached, recycling the oldest patient"),
        lambda b: b(ts_glog(), f"          HTTP-{R.randint(0, 49)} OrthancRestModalities.cpp:1245] Sending {R.randint(1, 900)} instances to modality AI_EDGE ({R.choice(SITES)['ip']}:104)"),
        lambda b: b(ts_glog(), f"          DICOM-{R.randint(1, 8)} StoreScp.cpp:118] Store: SOP Class UID 1.2.840.10008.5.1.4.1.1.2, instance {orthanc_id()} already stored (overwrite=false)"),
        lambda b: b(ts_glog(), f"      HOUSEKEEPER ServerContext.cpp:218] Compression ratio for last 1h: {R.uniform(1.8, 3.4):.2f} ({R.randint(2, 60)} GB saved)"),
    ]
    for _ in range(R.randint(1, 3)):
        b = Line("orthanc")
        R.choice(opts)(b)
        out.append(b)
    return out


def ev_orthanc_phi():
    p = pick()
    site = p["site"]
    b = Line("orthanc")
    k = R.randint(0, 2)
    if k == 0:
        b(ts_glog("W"), f"          DICOM-{R.randint(1, 8)} LuaContext.cpp:103] Lua says: OnStoredInstance {orthanc_id()} PatientID=",
          (p["mrn"], "mrn"), " AccessionNumber=", (p["acc"], "other_id"), " StudyDate=",
          (fdate(p["study_date"], "dicom"), "date"), f" Modality=CT -> route AI_EDGE (rule ct_head_ed)")
    elif k == 1:
        b(ts_glog(), f"   PYTHON-{R.randint(0, 3)} PythonPlugin.cpp:212] on_stored tags=")
        jw(b, {"AccessionNumber": P(p["acc"], "other_id"), "InstitutionName": site["name"],
               "PatientBirthDate": P(fdate(p["dob"], "dicom"), "date"), "PatientID": P(p["mrn"], "mrn"),
               "PatientName": P(nm(p, R.choice(["dicom", "dicom_u"])), "name"), "PatientSex": p["sex"],
               "StudyDate": P(fdate(p["study_date"], "dicom"), "date"), "StudyDescription": R.choice(["CT HEAD WO CONTRAST", "CTA HEAD NECK", "CT CHEST PE PROTOCOL"])})
    else:
        bad = p["dob"] + timedelta(days=R.choice([2, 31, 365]))
        b(ts_glog("W"), f"          DICOM-{R.randint(1, 8)} ServerIndex.cpp:1730] Patient \"", (nm(p, "dicom"), "name"),
          "\" (PatientID ", (p["mrn"], "mrn"), ") already exists with different PatientBirthDate (",
          (fdate(p["dob"], "dicom"), "date"), " vs ", (fdate(bad, "dicom"), "date"), "), keeping stored value")
    return [b]


def ev_storescp():
    site = R.choice(SITES)
    aid = R.randint(1, 400)
    port = R.randint(40000, 65000)
    out = []
    tag = f"STORESCP<-{site['ae']}({aid})"
    seq = [f"INFO  - Accept connection Socket[addr=/{site['ip']},port={port},localport=11112]",
           f"INFO  - {tag} >> A-ASSOCIATE-RQ",
           f"INFO  - {tag} << A-ASSOCIATE-AC"]
    for pc in range(1, R.randint(2, 3)):
        seq += [f"INFO  - {tag} >> {pc}:C-STORE-RQ[pcid={pc * 2 - 1}, prior=0",
                "  cuid=1.2.840.10008.5.1.4.1.1.2 - CT Image Storage",
                f"  iuid={dicom_uid()} - ?",
                R.choice(["  tsuid=1.2.840.10008.1.2.4.70 - JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [Selection Value 1])",
                          "  tsuid=1.2.840.10008.1.2.1 - Explicit VR Little Endian"]),
                f"  orig={site['ae']} >> {pc}]",
                f"INFO  - {tag} << {pc}:C-STORE-RSP[pcid={pc * 2 - 1}, status=0H"]
    seq += [f"INFO  - {tag} >> A-RELEASE-RQ", f"INFO  - {tag} << A-RELEASE-RP", f"INFO  - {tag}: close Socket[addr=/{site['ip']},port={port},localport=11112]"]
    start = R.randint(0, 3)
    seq = seq[start:start + R.randint(3, 7)]
    for s in seq:
        b = Line("dcm4che_storescp")
        if s.startswith("  "):
            b(s)
        else:
            b(ts_dcm4che(), " ", s)
        out.append(b)
    return out


def dcm4che_ds_lines(p, fam="dcm4che_storescp"):
    """dcm4che Attributes.toString() style dataset dump."""
    site = p["site"]
    rows = [("(0008,0020) DA [", fdate(p["study_date"], "dicom"), "date", "] StudyDate"),
            ("(0008,0050) SH [", p["acc"], "other_id", "] AccessionNumber"),
            ("(0008,0060) CS [", "CT", None, "] Modality"),
            ("(0008,0080) LO [", site["name"] if site["lang"] == "en" else fold(site["name"]), None, "] InstitutionName"),
            ("(0008,0090) PN [", R.choice(STAFF_DICOM), None, "] ReferringPhysicianName"),
            ("(0010,0010) PN [", nm(p, "dicom"), "name", "] PatientName"),
            ("(0010,0020) LO [", p["mrn"], "mrn", "] PatientID"),
            ("(0010,0021) LO [", site["code"], None, "] IssuerOfPatientID"),
            ("(0010,0030) DA [", fdate(p["dob"], "dicom"), "date", "] PatientBirthDate"),
            ("(0010,0040) CS [", p["sex"], None, "] PatientSex"),
            ("(0010,1010) AS [", age_as(p), age_lab(p), "] PatientAge"),
            ("(0018,0050) DS [", R.choice(["0.625", "1.25", "5"]), None, "] SliceThickness"),
            ("(0020,000D) UI [", dicom_uid(), None, "] StudyInstanceUID")]
    start = R.randint(0, 4)
    rows = rows[start:start + R.randint(4, 8)]
    out = []
    for pre, v, c, post in rows:
        b = Line(fam)
        b(pre, (v, c), post)
        out.append(b)
    return out


def ev_storescp_debug():
    p = pick()
    site = p["site"]
    b = Line("dcm4che_storescp")
    b(ts_dcm4che(), f" DEBUG - STORESCP<-{site['ae']}({R.randint(1, 400)}) >> 1:C-STORE-RQ Dataset:")
    return [b] + dcm4che_ds_lines(p)


def ev_arc():
    p = pick()
    site = p["site"]
    th = f"(EE-ManagedExecutorService-default-Thread-{R.randint(1, 40)})"
    aid = R.randint(1000, 9999)
    out = []
    opts = ["noise_study", "noise_assoc", "noise_audit", "phi_patient", "phi_update", "phi_mwl"]
    for k in R.sample(opts, R.randint(2, 3)):
        b = Line("dcm4chee_arc")
        b(ts_py(), " ")
        if k == "noise_study":
            b(f"INFO  [org.dcm4chee.arc.store.impl.StoreServiceImpl] {th} STORE_SCP<-{site['ae']}({aid}): Create Study[pk={R.randint(100000, 999999)}, uid={dicom_uid()}]")
        elif k == "noise_assoc":
            b(f"INFO  [org.dcm4che3.net.Association] {th} AI_TRIAGE<-{site['ae']}({aid}): processing {R.randint(1, 400)}:C-STORE-RQ[pcid=1, prior=0, cuid=1.2.840.10008.5.1.4.1.1.2, tsuid=1.2.840.10008.1.2.4.70]")
        elif k == "noise_audit":
            b(f"INFO  [org.dcm4chee.arc.audit.AuditService] {th} Emit audit message: EventID=110104 DICOM Instances Transferred, outcome=0, participants={R.randint(2, 4)}")
        elif k == "phi_patient":
            b(f"INFO  [org.dcm4chee.arc.patient.impl.PatientServiceImpl] {th} STORE_SCP<-{site['ae']}({aid}): Create Patient[pk={R.randint(10000, 99999)}, id=",
              (p["mrn"], "mrn"), f"^^^{site['code']}, name=", (nm(p, "dicom"), "name"), "]")
        elif k == "phi_update":
            old = p["dob"] + timedelta(days=R.choice([1, 10, 30]))
            b(f"WARN  [org.dcm4chee.arc.patient.impl.PatientServiceImpl] {th} Update Patient[pk={R.randint(10000, 99999)}, id=",
              (p["mrn"], "mrn"), f"^^^{site['code']}] - PatientBirthDate ", (fdate(old, "dicom"), "date"), " -> ",
              (fdate(p["dob"], "dicom"), "date"), " (source: ADT A08)")
        else:
            b(f"INFO  [org.dcm4chee.arc.mwl.impl.MWLServiceImpl] {th} Update MWL item: AccessionNumber=", (p["acc"], "other_id"),
              " ScheduledProcedureStepStatus=COMPLETED, RequestedProcedurePriority=STAT (was ROUTINE), PatientID=",
              (p["mrn"], "mrn"))
        out.append(b)
    return out


def dcmtk_line(b, tag, vr, val, kw, cat=None, eq=False):
    if eq:
        b(f"{tag} {vr} ={val}")
        shown = len(val) + 1
        L = 26
    else:
        b(f"{tag} {vr} [", (val, cat), "]")
        shown = len(val) + 2
        L = len(val.encode("utf-8"))
        L += L % 2
    b(" " * max(1, 40 - shown), f"#{L:4d}, 1 {kw}")


def ev_dcmdump():
    p = pick()
    site = p["site"]
    style = R.choice(["dcmtk", "dcmtk", "pydicom"])
    out = []
    hist = R.choice([
        [("Pt presents with sudden onset HA, r/o bleed", None)],
        [("MVC restrained driver, veh plate ", None), (p["plate"], "vehicle"), (" per EMS; GCS 13", None)],
        [("MRI cond. pacemaker SN ", None), (p["implant"] or f"RNB{digits(6)}S", "device"), (", fall at home", None)],
        [("fall from standing, on apixaban", None)],
        [("trauma code, police report #", None), (p["police"], "other_id"), (", head strike", None)],
    ])
    addr_style = R.random() < 0.5
    rows = [("(0008,0016)", "UI", "CTImageStorage", "SOPClassUID", None, True, "SOP Class UID"),
            ("(0008,0020)", "DA", fdate(p["study_date"], "dicom"), "StudyDate", "date", False, "Study Date"),
            ("(0008,0050)", "SH", p["acc"], "AccessionNumber", "other_id", False, "Accession Number"),
            ("(0008,0060)", "CS", "CT", "Modality", None, False, "Modality"),
            ("(0008,0070)", "LO", R.choice(["SIEMENS", "GE MEDICAL SYSTEMS", "Philips", "TOSHIBA"]), "Manufacturer", None, False, "Manufacturer"),
            ("(0008,0080)", "LO", site["name"] if site["lang"] == "en" else fold(site["name"]), "InstitutionName", None, False, "Institution Name"),
            ("(0008,0090)", "PN", R.choice(STAFF_DICOM), "ReferringPhysicianName", None, False, "Referring Physician's Name"),
            ("(0008,1070)", "PN", R.choice(TECHS), "OperatorsName", None, False, "Operators' Name"),
            ("(0010,0010)", "PN", nm(p, R.choice(["dicom", "dicom_u", "dicom_mixed"])), "PatientName", "name", False, "Patient's Name"),
            ("(0010,0020)", "LO", p["mrn"], "PatientID", "mrn", False, "Patient ID"),
            ("(0010,0030)", "DA", fdate(p["dob"], "dicom"), "PatientBirthDate", "date", False, "Patient's Birth Date"),
            ("(0010,0040)", "CS", p["sex"], "PatientSex", None, False, "Patient's Sex"),
            ("(0010,1000)", "LO", p["account"], "OtherPatientIDs", "account", False, "Other Patient IDs"),
            ("(0010,1010)", "AS", age_as(p), "PatientAge", age_lab(p), False, "Patient's Age"),
            ("(0010,1040)", "LO", None, "PatientAddress", None, False, "Patient's Address"),
            ("(0010,2154)", "SH", fmt_phone(p["phone"], R.choice(["paren", "dash", "plain"])), "PatientTelephoneNumbers", "phone", False, "Patient's Telephone Numbers"),
            ("(0010,21b0)", "LT", None, "AdditionalPatientHistory", None, False, "Additional Patient History"),
            ("(0018,1000)", "LO", digits(5), "DeviceSerialNumber", None, False, "Device Serial Number"),
            ("(0018,1020)", "LO", R.choice(["syngo CT VA40A", "VE11C", "4.7.2"]), "SoftwareVersions", None, False, "Software Versions(s)"),
            ("(0020,000d)", "UI", dicom_uid(), "StudyInstanceUID", None, False, "Study Instance UID")]
    start = R.randint(0, 6)
    rows = rows[start:start + R.randint(5, 9)]
    if style == "dcmtk":
        b = Line("dcmdump")
        b("# Dicom-Data-Set")
        out.append(b)
        b = Line("dcmdump")
        b("# Used TransferSyntax: Little Endian Explicit")
        out.append(b)
    for tag, vr, val, kw, cat, eq, desc in rows:
        b = Line("dcmdump")
        if kw == "PatientAddress":
            parts = [(p["street"], "address"), (" ", None), (p["city"], "address"), (" ", None), (p["state"], None), (" ", None), (p["zip"], "zip")] if addr_style else \
                [(p["street"], "address"), ("^^", None), (p["city"], "address"), ("^", None), (p["state"], None), ("^", None), (p["zip"], "zip")]
        elif kw == "AdditionalPatientHistory":
            parts = hist
        else:
            parts = None
        if parts is not None:
            val = "".join(x for x, _ in parts)
        if style == "dcmtk":
            if parts is not None:
                b(f"{tag.upper()} {vr} [")
                for x, c in parts:
                    b((x, c))
                b("]")
                L = len(val.encode()) + len(val.encode()) % 2
                b(" " * max(1, 38 - len(val)), f"#{L:4d}, 1 {kw}")
            else:
                dcmtk_line(b, tag.upper(), vr, val, kw, cat, eq)
        else:
            t2 = tag.upper().replace(",", ", ")
            if eq:
                val = "1.2.840.10008.5.1.4.1.1.2"
            b(f"{t2} {desc:<35} {vr}: '")
            if parts is not None:
                for x, c in parts:
                    b((x, c))
            else:
                b((val, cat))
            b("'")
        out.append(b)
    return out


def ev_deid():
    p = pick()
    site = p["site"]
    suid = dicom_uid()
    shift = R.randint(7, 40)
    anon = "ANON^" + hexs(6).upper()
    h = hashlib.sha256((p["mrn"] + site["code"]).encode()).hexdigest()[:24]
    out = []
    b = Line("deid_service")
    b(ts_py(), f" INFO deid.pipeline [study={suid}] applying profile basic+retain_long_modif_dates+clean_desc ({R.randint(28, 41)} actions)")
    out.append(b)
    acts = R.sample(["name", "pid", "date", "dob", "acc", "addr", "nochg", "priv"], R.randint(2, 4))
    for a in acts:
        b = Line("deid_service")
        b(ts_py(), " DEBUG deid.actions ")
        if a == "name":
            b("replace (0010,0010) PatientName '", (nm(p, "dicom"), "name"), f"' -> '{anon}'")
        elif a == "pid":
            b("hash (0010,0020) PatientID '", (p["mrn"], "mrn"), f"' -> '{h}' (hmac-sha256, key v3)")
        elif a == "date":
            b("shift (0008,0020) StudyDate ", (fdate(p["study_date"], "dicom"), "date"), " -> ",
              fdate(p["study_date"] - timedelta(days=shift), "dicom"), f" (offset=-{shift}d)")
        elif a == "dob":
            b("shift (0010,0030) PatientBirthDate ", (fdate(p["dob"], "dicom"), "date"), " -> ",
              fdate(p["dob"] - timedelta(days=shift), "dicom"), f" (offset=-{shift}d)")
        elif a == "acc":
            b("replace (0008,0050) AccessionNumber '", (p["acc"], "other_id"), f"' -> 'X{hexs(10).upper()}'")
        elif a == "addr":
            b("remove (0010,1040) PatientAddress len=", str(len(p["street"]) + len(p["city"]) + 9))
        elif a == "nochg":
            b(f"keep (0008,0080) InstitutionName '{fold(site['name'])}' (allowlist: site_routing)")
        else:
            b(f"remove {R.randint(9, 31)} private tags (groups 0x0019,0x0029,0x0043); burned-in annotation check: {R.choice(['none', 'none', 'suspect -> OCR scrub'])}")
        out.append(b)
    if R.random() < 0.5:
        b = Line("deid_audit")
        b(f"ts={ts_iso(prec=3)} level=info svc=reid-vault action=store site={site['code'].lower()} token=tok_{hexs(22, 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789')} ttl=72h fields=PatientID,PatientName,PatientBirthDate,AccessionNumber ok=true")
        out.append(b)
    return out


def ev_reid():
    p = pick()
    site = p["site"]
    tok = "tok_" + hexs(22, "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    b = Line("deid_service")
    k = R.randint(0, 3)
    if k == 0:
        b(ts_py(), f" INFO reid.service token={tok} resolved site={site['code'].lower()} accession=", (p["acc"], "other_id"),
          " patient_id=", (p["mrn"], "mrn"), " (cache hit, 3ms)")
    elif k == 1:
        b(ts_py(), f" ERROR reid.service token={tok} not found in vault (expired after 72h) caller=hl7-sender")
    elif k == 2:
        b(f"ts={ts_iso(prec=3)} level=info svc=reid-vault action=resolve actor=svc-hl7-sender token={tok} fields=PatientID,PatientName,AccessionNumber ok=true dur_ms={R.randint(2, 40)}")
    else:
        b(f"ts={ts_iso(prec=3)} level=warn svc=reid-vault action=resolve actor=svc-worklist-bridge token={tok} msg=\"demographics mismatch\" expected_name=\"",
          (nm(p, "dicom"), "name"), "\" got_name=\"", (nm(p, "LF"), "name"), "\" expected_dob=", (fdate(p["dob"], "dicom"), "date"))
    return [b]


def ev_worker_noise():
    out = []
    for _ in range(R.randint(1, 3)):
        b = Line("py_worker")
        k = R.randint(0, 7)
        task = R.choice(["ct_head_ich", "cta_lvo", "ct_chest_pe", "cxr_ptx", "ct_cspine_fx"])
        if k == 0:
            b(ts_py(), f" INFO [triage.worker] pid={R.randint(20, 99)} task={task} study={orthanc_id()} received (series={R.randint(1, 9)}, instances={R.randint(60, 900)})")
        elif k == 1:
            b(ts_py(), f" INFO [triage.model] model={task.replace('_', '-')} version=3.{R.randint(0, 6)}.{R.randint(0, 9)} score={R.random():.3f} thr=0.85 result={R.choice(['POSITIVE', 'NEGATIVE', 'NEGATIVE'])} latency_ms={R.randint(600, 4200)} gpu={R.randint(0, 3)}")
        elif k == 2:
            b(ts_py(), f" WARNING [triage.preproc] series {R.randint(2, 8)} has {R.randint(401, 900)} slices > max 400, resampling to 2.5mm")
        elif k == 3:
            b(f"[{ts_py()}: INFO/MainProcess] Task triage.tasks.run_inference[{uuid4()}] received")
        elif k == 4:
            b(f"[{ts_py()}: INFO/ForkPoolWorker-{R.randint(1, 8)}] Task triage.tasks.run_inference[{uuid4()}] succeeded in {R.uniform(0.8, 9):.4f}s: {{'result': '{R.choice(['POSITIVE', 'NEGATIVE'])}', 'score': {R.random():.2f}}}")
        elif k == 5:
            b("{")
            b(f'"asctime": "{ts_py()}", "levelname": "INFO", "name": "triage.metrics", "message": "batch done", "batch_size": {R.randint(1, 16)}, "queue_depth": {R.randint(0, 40)}, "p95_ms": {R.randint(900, 6000)}, "model": "{task}"')
            b("}")
        elif k == 6:
            b(ts_py(), f" ERROR [triage.worker] CUDA out of memory. Tried to allocate {R.choice([512, 1024, 2048])}.00 MiB (GPU {R.randint(0, 3)}; 22.20 GiB total capacity; {R.uniform(18, 21):.2f} GiB already allocated)")
        else:
            b(f"[{ts_py()}: WARNING/MainProcess] consumer: Connection to broker lost. Trying to re-establish the connection...")
        out.append(b)
    return out


def ev_worker_phi():
    p = pick()
    olds = [x for x in PATIENTS if x["age"] > 89]
    k = R.randint(0, 4)
    if k == 0 and R.random() < 0.7:
        p = R.choice(olds)
    site = p["site"]
    b = Line("py_worker")
    if k == 0:
        b(ts_py(), " ERROR [triage.worker] metadata validation failed for accession ", (p["acc"], "other_id"),
          ": PatientAge '", (age_as(p), age_lab(p)), "' does not match PatientBirthDate ", (fdate(p["dob"], "dicom"), "date"),
          f" (computed {p['age'] + R.choice([-1, 1, 2])}Y at StudyDate), using header value")
    elif k == 1:
        b("{")
        b(f'"asctime": "{ts_py()}", "levelname": "INFO", "name": "triage.worker", "message": "study metadata", "study": ')
        jw(b, {"accession": P(p["acc"], "other_id"), "patient_sex": p["sex"],
               "patient_age": P(p["age"], age_lab(p)) if R.random() < 0.5 else P(age_as(p), age_lab(p)),
               "study_date": P(fdate(p["study_date"], "iso"), "date"), "institution": site["short"],
               "modality": "CT", "body_part": R.choice(["HEAD", "NECK", "CHEST"])})
        b("}")
    elif k == 2:
        b(f"[{ts_py()}: ERROR/ForkPoolWorker-{R.randint(1, 8)}] Task triage.tasks.send_result[{uuid4()}] raised unexpected: KeyError('PatientBirthDate') args=('",
          (p["acc"], "other_id"), "', ", q := pyq(nm_ := nm(p, "dicom")), (nm_, "name"), q, ")")
    elif k == 3:
        b(ts_py(), " WARNING [triage.preproc] implant artifact detected; RIS implant record: ",
          R.choice(["pacemaker", "ICD", "DBS lead", "cochlear implant"]), " serial=", (p["implant"] or f"PJN{digits(6)}H", "device"),
          " mrn=", (p["mrn"], "mrn"))
    else:
        b(ts_py(), " INFO [triage.worker] prior lookup: found ", str(R.randint(1, 4)), " prior(s) for patient_id=",
          (p["mrn"], "mrn"), " latest prior accession=", (p["acc2"], "other_id"), " date=",
          (fdate(p["study_date"] - timedelta(days=R.randint(30, 900)), "dicom"), "date"))
    return [b]


def ev_gpu():
    out = []
    if R.random() < 0.5:
        if R.random() < 0.3:
            b = Line("nvidia_smi_csv")
            b("timestamp, name, pci.bus_id, temperature.gpu, utilization.gpu [%], memory.used [MiB], memory.total [MiB], power.draw [W]")
            out.append(b)
        for g in range(R.randint(1, 3)):
            t = CLK.adv()
            b = Line("nvidia_smi_csv")
            b(t.strftime("%Y/%m/%d %H:%M:%S.") + f"{t.microsecond // 1000:03d}",
              f", NVIDIA A10G, 00000000:00:{0x1b + g:02X}.0, {R.randint(38, 83)}, {R.randint(0, 100)} %, {R.randint(400, 22000)} MiB, 23028 MiB, {R.uniform(20, 300):.2f} W")
            out.append(b)
    else:
        node = f"ip-10-0-{R.randint(1, 9)}-{R.randint(10, 250)}.ec2.internal"
        gid = f"GPU-{uuid4()}"
        for m, v in R.sample([("DCGM_FI_DEV_GPU_UTIL", str(R.randint(0, 100))), ("DCGM_FI_DEV_FB_USED", str(R.randint(300, 22000))),
                              ("DCGM_FI_DEV_GPU_TEMP", str(R.randint(35, 85))), ("DCGM_FI_DEV_POWER_USAGE", f"{R.uniform(20, 290):.3f}")], R.randint(1, 3)):
            b = Line("dcgm_prom")
            b(f'{m}{{gpu="0",UUID="{gid}",device="nvidia0",modelName="NVIDIA A10G",Hostname="{node}",container="inference",namespace="triage-prod",pod="inference-{R.choice(["ich", "lvo", "pe"])}-{hexs(9)}-{hexs(5)}"}} {v}')
            out.append(b)
    return out


def hl7_pid(b, p, rich=True):
    site = p["site"]
    fr = site["lang"] == "fr"
    b("PID|1||", (p["mrn"], "mrn"), f"^^^{site['code']}^MR")
    if rich and fr and R.random() < 0.5:
        b("~", (p["plan"].replace(" ", ""), "health_plan"), "^^^QC^JHN")
    elif rich and not fr and R.random() < 0.5:
        b("~", (p["ssn"], "ssn"), "^^^USSSA^SS")
    b("||", (nm(p, "dicom"), "name"), "||", (fdate(p["dob"], "dicom"), "date"), f"|{p['sex']}|||")
    b((p["street"], "address"), "^^", (p["city"], "address"), f"^{p['state']}^", (p["zip"], "zip"), "^CAN||" if fr else "^USA||",
      (fmt_phone(p["phone"], "hl7"), "phone"), "^PRN^PH")
    if rich and R.random() < 0.35:
        b("~", (fmt_phone(p["fax"], "hl7"), "fax"), "^PRN^FX")
    if rich and R.random() < 0.4:
        b("~^NET^Internet^", (p["email"], "email"))
    b("||", R.choice(["ENG", "SPA", "FRE", "VIE", ""]), "|", R.choice(["M", "S", "W", "D"]), "||")
    if rich:
        b((p["account"], "account"), f"^^^{site['code']}^AN|")
        if not fr and R.random() < 0.5:
            b((p["ssn"], "ssn"))
        b("|")
        if R.random() < 0.4:
            b((p["dl"], "license"), f"^{p['state']}")
    else:
        b("|")
    return b


def hl7_segments(p):
    site = p["site"]
    ctrl = "AIT" + digits(10)
    now = CLK.t.strftime("%Y%m%d%H%M%S")
    segs = []
    b = Line("hl7_oru")
    b(f"MSH|^~\\&|AITRIAGE|VENDOR|{site['ris']}|{site['code']}|{now}||ORU^R01^ORU_R01|{ctrl}|P|2.5.1|||AL|NE")
    segs.append(b)
    segs.append(hl7_pid(Line("hl7_oru"), p))
    if R.random() < 0.4:
        b = Line("hl7_oru")
        rf, rl, rc = p["kin"]
        b("NK1|1|", (f"{fold(rl).upper()}^{rf.upper()}", "name"), f"|{rc}||", (fmt_phone(p["kin_phone"], "hl7"), "phone"), "|")
        segs.append(b)
    b = Line("hl7_oru")
    adm = p["admit_dt"]
    b(f"PV1|1|{R.choice(['E', 'I', 'O'])}|{R.choice(['ED^^^', 'ICU^04^B^', '4W^412^1^'])}{site['code']}||||{R.choice(['1234567', '8812034', '5550192'])}^{R.choice(STAFF_DICOM).split('^^')[0]}|||||||||||",
      (p["visit"], "other_id"), "|||||||||||||||||||||||||", (adm.strftime("%Y%m%d%H%M"), "date"))
    segs.append(b)
    if R.random() < 0.35 and site["lang"] == "en":
        b = Line("hl7_oru")
        f = [""] * 37
        f[0] = "IN1"
        f[1] = "1"
        ins = [("BCBSMA^BLUE CROSS PPO", "BLUE CROSS BLUE SHIELD OF MASSACHUSETTS", "PO BOX 986030^^BOSTON^MA^02298", "(800)555-0110"),
               ("UHC01^UNITEDHEALTHCARE CHOICE PLUS", "UNITEDHEALTHCARE", "PO BOX 740800^^ATLANTA^GA^30374", "(877)555-0142"),
               ("SNRMCD^SOONERCARE", "OKLAHOMA HEALTH CARE AUTHORITY", "4345 N LINCOLN BLVD^^OKLAHOMA CITY^OK^73105", "(800)555-0187"),
               ("WIMCD^BADGERCARE PLUS", "WISCONSIN DHS", "PO BOX 309^^MADISON^WI^53701", "(800)555-0163")]
        if p["mbi"]:
            ins = [("MCR^MEDICARE PART B", "CMS MEDICARE", "PO BOX 6703^^FARGO^ND^58108", "(800)555-0127")]
        f[2], f[4], f[5], f[7] = R.choice(ins)
        f[8] = "GRP" + digits(6)
        b(*[x + "|" for x in f[:16]])
        b((nm(p, "dicom"), "name"), "|01^Self|", (fdate(p["dob"], "dicom"), "date"), "|")
        b("|" * 17, (p["mbi"] or p["plan"], "health_plan"))
        segs.append(b)
    b = Line("hl7_oru")
    obs = p["study_dt"]
    b(f"OBR|1|ORD-{digits(7)}^EPIC|", (p["acc"], "other_id"), f"^{site['ris']}|CTHEAD^CT HEAD WO CONTRAST^L|||",
      (obs.strftime("%Y%m%d%H%M%S"), "date"), f"||||||||{R.choice(['1234567', '8812034'])}^{R.choice(STAFF_DICOM).split('^^')[0]}||||||||CT|P||^^^^^STAT")
    segs.append(b)
    b = Line("hl7_oru")
    b(f"OBX|1|CWE|ICH^Intracranial hemorrhage^99AIT||{R.choice(['POS^Suspected', 'NEG^Not suspected'])}^99AIT||||||P")
    segs.append(b)
    b = Line("hl7_oru")
    b(f"OBX|2|NM|SCORE^Model confidence^99AIT||{R.random():.2f}|1|||||P")
    segs.append(b)
    if R.random() < 0.3:
        b = Line("hl7_oru")
        b("NTE|1|L|For triage prioritization only. Not a diagnostic interpretation. Contact support@aitriage.example or 1-888-555-0199.")
        segs.append(b)
    return segs, ctrl


def ev_hl7():
    p = pick()
    segs, ctrl = hl7_segments(p)
    out = []
    b = Line("mirth_log")
    b(ts_py(), f" INFO  (hl7-sender:dispatch) Outbound ORU^R01 to {p['site']['ris']} ({p['site']['ip']}:6661) control_id={ctrl} segments={len(segs)}")
    out.append(b)
    if R.random() < 0.55:
        out.extend(segs)
    else:
        b = Line("mirth_log")
        b(ts_py(), " DEBUG (hl7-sender:dispatch) payload=")
        for i, s in enumerate(segs):
            if i:
                b("\\r")
            base = b.n
            b._t(s.text())
            for (st, e, c, v) in s.spans:
                b.spans.append((base + st, base + e, c, v))
        out.append(b)
    b = Line("mirth_log")
    b(ts_py(), f" INFO  (hl7-sender:dispatch) ACK received MSA|{R.choice(['AA', 'AA', 'AA', 'AE'])}|{ctrl} in {R.randint(12, 900)}ms")
    out.append(b)
    return out


def ev_hl7_noise():
    site = R.choice(SITES)
    b = Line("mirth_log")
    k = R.randint(0, 3)
    if k == 0:
        b(ts_py(), f" WARN  (hl7-sender:dispatch) connection to {site['ris']} {site['ip']}:6661 refused, retry 2/5 in 30s (queue=14)")
    elif k == 1:
        b(ts_py(), f" INFO  (hl7-sender:dispatch) MLLP keepalive ok {site['ip']}:6661 rtt={R.randint(1, 80)}ms")
    elif k == 2:
        b(ts_py(), f" ERROR (hl7-sender:dispatch) NACK MSA|AE|AIT{digits(10)}|ERR^Unknown OBX-3 code ICH^99AIT^^^^^^^ mapping table v{R.randint(2, 9)}")
    else:
        b(ts_py(), f" INFO  (hl7-sender:stats) sent={R.randint(100, 4000)} acked={R.randint(100, 4000)} nack=0 avg_ack_ms={R.randint(20, 200)}")
    return [b]


def ev_fhir():
    p = pick()
    site = p["site"]
    out = []
    b = Line("fhir_client")
    eff = p["study_dt"]
    b(ts_iso(prec=3), f" INFO fhir-client POST {site['fhir']}/DiagnosticReport body=")
    dr = {"resourceType": "DiagnosticReport", "status": "preliminary",
          "identifier": [{"system": f"urn:oid:2.16.840.1.113883.3.{R.randint(1000, 9999)}.2.1", "value": P(p["acc"], "other_id")}],
          "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0074", "code": "RAD"}]}],
          "code": {"coding": [{"system": "http://loinc.org", "code": R.choice(["30799-1", "24725-4", "36813-4"]), "display": "CT Head"}]},
          "subject": {"reference": P("Patient/" + p["mrn"], None), "display": P(nm(p, R.choice(["fl", "lf"])), "name")},
          "effectiveDateTime": P(eff.strftime("%Y-%m-%dT%H:%M:%S") + site["tz"], "date"),
          "performer": [{"display": "AI Triage Service v3"}],
          "conclusion": R.choice(["Suspected acute intracranial hemorrhage (AI, score 0.91).", "No large vessel occlusion detected (AI).", "Suspected pulmonary embolism, segmental (AI)."])}
    # label the MRN inside the reference
    jw_ref_fix(b, dr)
    out.append(b)
    b = Line("fhir_client")
    b(ts_iso(prec=3), f" INFO fhir-client <- 201 Created Location: {site['fhir']}/DiagnosticReport/{R.randint(10000, 999999)}/_history/1 ({R.randint(40, 700)}ms)")
    out.append(b)
    return out


def jw_ref_fix(b, dr):
    """Write dr with subject.reference 'Patient/<mrn>' labeling only the MRN part."""
    ref = dr["subject"]["reference"].v
    mrn = ref.split("/", 1)[1]
    dr["subject"]["reference"] = "__REF__"
    tmp = Line("x")
    jw(tmp, dr, compact=True)
    # rebuild: copy tmp into b replacing placeholder
    txt = tmp.text()
    i = txt.index('"__REF__"')
    pre = txt[:i]
    base = b.n
    b._t(pre)
    for (st, e, c, v) in tmp.spans:
        if st < len(pre.encode()):
            b.spans.append((base + st, base + e, c, v))
    b('"Patient/', (mrn, "mrn"), '"')
    shift = b.n - (base + len(txt[:i + len('"__REF__"')].encode()))
    rest = txt[i + len('"__REF__"'):]
    b._t(rest)
    cut = len(txt[:i + len('"__REF__"')].encode())
    for (st, e, c, v) in tmp.spans:
        if st >= cut:
            b.spans.append((base + st + shift, base + e + shift, c, v))


def fake_jpeg_b64():
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00" + \
        bytes([0xFF, 0xDB, 0x00, 0x43, 0x00]) + bytes(R.getrandbits(8) for _ in range(R.randint(160, 260)))
    return base64.b64encode(raw).decode()


def ev_fhir_patient(photo=None):
    p = pick()
    site = p["site"]
    b = Line("fhir_client")
    b(ts_iso(prec=3), f" DEBUG fhir-client GET {site['fhir']}/Patient/", (p["mrn"], "mrn"), f" -> 200 ({R.randint(30, 400)}ms) body=")
    pt = {"resourceType": "Patient", "id": P(p["mrn"], "mrn"),
          "identifier": [{"type": {"coding": [{"code": "MR"}]}, "value": P(p["mrn"], "mrn")}],
          "name": [{"family": P(p["last"], "name"), "given": [P(p["first"], "name")]}],
          "gender": "female" if p["sex"] == "F" else "male", "birthDate": P(fdate(p["dob"], "iso"), "date")}
    if R.random() < 0.5:
        pt["telecom"] = [{"system": "phone", "value": P(fmt_phone(p["phone"], R.choice(["dash", "paren", "e164"])), "phone"), "use": "home"}]
    if R.random() < 0.5:
        pt["address"] = [{"line": [P(p["street"], "address")], "city": P(p["city"], "address"), "state": p["state"], "postalCode": P(p["zip"], "zip")}]
    if (R.random() < 0.35) if photo is None else photo:
        pt["photo"] = [{"contentType": "image/jpeg", "data": P(fake_jpeg_b64(), "photo")}]
    jw(b, pt, compact=True)
    return [b]


def ev_fhir_noise():
    site = R.choice(SITES)
    b = Line("fhir_client")
    k = R.randint(0, 2)
    if k == 0:
        b(ts_iso(prec=3), f" INFO fhir-client GET {site['fhir']}/metadata -> 200 fhirVersion=4.0.1 software=\"{R.choice(['Epic', 'HAPI FHIR Server 6.10.1', 'Cerner Millennium'])}\"")
    elif k == 1:
        b(ts_iso(prec=3), f" ERROR fhir-client POST {site['fhir']}/DiagnosticReport -> 422 ")
        jw(b, {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "invalid",
                                                              "diagnostics": "DiagnosticReport.code: unknown LOINC code 99AIT-ICH"}]}, compact=True)
    else:
        b(ts_iso(prec=3), f" INFO fhir-client token refreshed client_id=aitriage-{site['code'].lower()} scope=\"system/DiagnosticReport.write system/Patient.read\" expires_in=300")
    return [b]


def ev_worklist():
    p = pick()
    site = p["site"]
    b = Line(R.choice(["worklist_logfmt", "worklist_xml"]))
    if b.fam == "worklist_logfmt":
        b(f"ts={ts_iso(prec=3)} level=info component=worklist-bridge pacs={site['pacs']} action=reprioritize accession=",
          (p["acc"], "other_id"), f" old_priority=ROUTINE new_priority=STAT reason=\"AI:{R.choice(['ICH', 'LVO', 'PE'])} suspected score=0.{R.randint(86, 99)}\" rule={R.choice(['ich_stat_ed', 'lvo_stroke_alert', 'pe_inpatient'])} took_ms={R.randint(20, 400)}")
    else:
        b(ts_py(), f" DEBUG worklist.{site['pacs']} PUT /api/worklist/items -> ")
        b(f'<WorklistItemUpdate xmlns="urn:aitriage:worklist:v2"><Accession>', (p["acc"], "other_id"),
          "</Accession><PatientName>", (nm(p, R.choice(["LF", "dicom"])), "name"), "</PatientName><MRN>",
          (p["mrn"], "mrn"), "</MRN>")
        if R.random() < 0.5:
            b("<DOB>", (fdate(p["dob"], R.choice(["iso", "us"])), "date"), "</DOB>")
        if R.random() < 0.5:
            b("<Age>", (f"{p['age']}Y", age_lab(p)), "</Age>")
        b(f'<Priority>STAT</Priority><Flag color="red">AI-{R.choice(["ICH", "LVO", "PE"])}</Flag><Site>{site["code"]}</Site></WorklistItemUpdate>')
    return [b]


def ev_worklist_noise():
    site = R.choice(SITES)
    b = Line("worklist_logfmt")
    k = R.randint(0, 2)
    if k == 0:
        b(f"ts={ts_iso(prec=3)} level=info component=worklist-bridge pacs={site['pacs']} msg=\"worklist poll complete\" items={R.randint(40, 400)} stat={R.randint(0, 12)} urgent={R.randint(0, 30)} routine={R.randint(20, 300)}")
    elif k == 1:
        b(f"ts={ts_iso(prec=3)} level=error component=worklist-bridge pacs={site['pacs']} msg=\"PACS returned 409: item locked by user {R.choice(RAD_USERS)}\" retry=true")
    else:
        b(f"ts={ts_iso(prec=3)} level=debug component=worklist-bridge msg=\"rules loaded\" version={R.randint(40, 90)} sha={hexs(12)} rules=ich_stat_ed,lvo_stroke_alert,pe_inpatient,cspine_fx_trauma")
    return [b]


def ev_push():
    out = []
    p = pick()
    site = p["site"]
    tok = hexs(64)
    k = R.randint(0, 4)
    b = Line("push_notifier")
    if k <= 1:
        b(ts_iso(prec=3), " INFO notifier.fcm send payload=")
        body_parts = [(R.choice(["CT Head", "CTA Head/Neck", "CT Chest"]) + " – ", None), (nm(p, R.choice(["LF", "lf", "il", "LFI"])), "name")]
        if R.random() < 0.5:
            body_parts += [(" (MRN ", None), (p["mrn"], "mrn"), (")", None)]
        body_parts += [(", ", None), (str(p["age"]), age_lab(p)), (f"{p['sex']} — {site['short']} ED", None)]
        b('{"message":{"token":"', f"f{hexs(21, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}:APA91b{hexs(40, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-')}",
          '","notification":{"title":"STAT: Suspected ', R.choice(["ICH", "LVO", "PE"]), '","body":"')
        for x, c in body_parts:
            b((x, c))
        b(f'"}},"data":{{"study_id":"{orthanc_id()}","deeplink":"aitriage://study/{uuid4()}"}},"android":{{"priority":"high"}}}}}}')
    elif k == 2:
        b(ts_iso(prec=3), f" INFO notifier.apns sent apns-id={uuid4().upper()} device={tok} topic=com.aitriage.radiologist status=200 user={R.choice(RAD_USERS)}")
    elif k == 3:
        b(ts_iso(prec=3), " INFO notifier.apns payload=")
        jw(b, {"aps": {"alert": {"title": f"Suspected {R.choice(['ICH', 'LVO', 'PE'])} – {site['short']}",
                                 "body": "New critical AI finding. Tap to open study."}, "sound": {"critical": 1, "name": "critical.caf", "volume": 1.0},
                       "interruption-level": "critical"}, "study": uuid4()}, compact=True)
    else:
        b(ts_iso(prec=3), f" WARN notifier.apns status=410 reason=Unregistered device={tok} user={R.choice(RAD_USERS)} -> token removed")
    out.append(b)
    if R.random() < 0.4:
        b = Line("push_notifier")
        b(ts_iso(prec=3), f" INFO notifier.escalation no ack after 120s, paging on-call {R.choice(STAFF)} via {R.choice(['PagerDuty', 'Vocera', 'SMS +1 617 555 0100'])}")
        out.append(b)
    return out


def rust_ts():
    return ts_iso(prec=6)


def ev_rust_noise():
    out = []
    site = R.choice(SITES)
    for _ in range(R.randint(1, 3)):
        b = Line("rust_tracing")
        k = R.randint(0, 6)
        if k == 0:
            b(rust_ts(), f"  INFO edge_agent::scp: association accepted peer={site['ip']}:{R.randint(40000, 65000)} calling_ae=\"{site['ae']}\" called_ae=\"AI_EDGE\" max_pdu=16384")
        elif k == 1:
            b(rust_ts(), f" DEBUG upload{{study={dicom_uid()} part={R.randint(1, 12)}}}: edge_agent::s3: uploaded part bytes={R.choice([8388608, 5242880, 1733421])} etag=\"{hexs(32)}\"")
        elif k == 2:
            b(rust_ts(), f"  INFO edge_agent::heartbeat: heartbeat ok cloud_rtt_ms={R.randint(9, 220)} queue_depth={R.randint(0, 30)} version=2.8.{R.randint(0, 4)} build={R.randint(4000, 4999)} serial=EA-{site['code']}-{digits(4)} mac=00:1b:21:{hexs(2)}:{hexs(2)}:{hexs(2)}")
        elif k == 3:
            b(rust_ts(), f"  WARN edge_agent::spool: spool usage high used_pct={R.randint(80, 99)} path=/var/lib/edge-agent/spool free_gb={R.uniform(1, 20):.1f}")
        elif k == 4:
            b(rust_ts(), f" ERROR edge_agent::s3: PutObject failed, will retry err=dispatch failure: io error: Connection reset by peer (os error 104) attempt={R.randint(1, 5)}")
        elif k == 5:
            b("{")
            b(f'"timestamp":"{rust_ts()}","level":"INFO","fields":{{"message":"config reloaded","profile":"deid-basic-v3","routes":{R.randint(2, 9)}}},"target":"edge_agent::config","threadId":"ThreadId({R.randint(1, 16)})"')
            b("}")
        else:
            b(R.choice(['[dicom] ae_title = "AI_EDGE"', "[dicom] port = 11112", '[upload] bucket = "triage-ingest-prod"', '[upload] region = "us-east-1"',
                        "[deid] profile = \"basic+retain_long_modif_dates\"", "[tls] min_version = \"1.2\"", "[spool] max_gb = 200"]))
            b.fam = "toml_config"
        out.append(b)
    return out


def ev_rust_phi():
    p = pick()
    site = p["site"]
    b = Line("rust_tracing")
    k = R.randint(0, 3)
    if k == 0:
        b(rust_ts(), "  WARN edge_agent::deid: unknown tag retained for review tag=(0010,1040) vr=LO value=\"",
          (p["street"], "address"), ", ", (p["city"], "address"), f" {p['state']} ", (p["zip"], "zip"), "\"")
    elif k == 1:
        b(rust_ts(), f" ERROR forward{{dest=\"{site['pacs']}\"}}: edge_agent::forwarder: C-STORE to PACS failed status=0xA700 patient_id=\"",
          (p["mrn"], "mrn"), "\" accession=\"", (p["acc"], "other_id"), "\" retry_in=30s")
    elif k == 2:
        b('{"timestamp":"', rust_ts(), '","level":"INFO","fields":{"message":"study queued","accession":"', (p["acc"], "other_id"),
          f'","modality":"CT","instances":{R.randint(60, 900)}}},"target":"edge_agent::queue","span":{{"study_uid":"{dicom_uid()}","name":"ingest"}},"threadId":"ThreadId({R.randint(1, 16)})"}}')
    else:
        b(rust_ts(), f" DEBUG ingest{{calling_ae=\"{site['ae']}\"}}: edge_agent::match: patient key built key=\"",
          (nm(p, "dicom"), "name"), "|", (fdate(p["dob"], "dicom"), "date"), "|", (p["sex"], None), "\" matched=", R.choice(["true", "false"]))
    return [b]


def ev_k8s():
    out = []
    if R.random() < 0.25:
        b = Line("kubectl_events")
        b("LAST SEEN   TYPE      REASON              OBJECT                                      MESSAGE")
        out.append(b)
    for _ in range(R.randint(1, 3)):
        age = R.choice([f"{R.randint(2, 59)}s", f"{R.randint(1, 59)}m", f"{R.randint(1, 5)}m{R.randint(1, 59)}s"])
        pod = R.choice(["inference-ich", "inference-lvo", "deid-worker", "hl7-sender", "worklist-bridge", "notifier"]) + f"-{hexs(9)}-{hexs(5)}"
        ev = R.choice([
            ("Warning", "FailedScheduling", f"pod/{pod}", "0/8 nodes are available: 2 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 6 Insufficient nvidia.com/gpu."),
            ("Normal", "Pulled", f"pod/{pod}", f"Successfully pulled image \"481516234200.dkr.ecr.us-east-1.amazonaws.com/aitriage/{pod.split('-')[0]}:3.{R.randint(0, 6)}.{R.randint(0, 9)}\" in {R.uniform(0.5, 9):.3f}s"),
            ("Warning", "BackOff", f"pod/{pod}", f"Back-off restarting failed container {pod.rsplit('-', 2)[0]} in pod {pod}_triage-prod({uuid4()})"),
            ("Normal", "ScalingReplicaSet", f"deployment/{pod.rsplit('-', 2)[0]}", f"Scaled up replica set {pod.rsplit('-', 1)[0]} to {R.randint(2, 8)}"),
            ("Warning", "Unhealthy", f"pod/{pod}", f"Readiness probe failed: Get \"http://10.0.{R.randint(1, 9)}.{R.randint(2, 250)}:8080/healthz\": context deadline exceeded"),
            ("Normal", "SuccessfulRescale", "horizontalpodautoscaler/inference-ich", f"New size: {R.randint(2, 8)}; reason: external metric sqs_queue_depth above target"),
        ])
        b = Line("kubectl_events")
        b(f"{age:<11} {ev[0]:<9} {ev[1]:<19} {ev[2]:<43} {ev[3]}")
        out.append(b)
    return out


def ev_k8s_json(phi=None):
    p = pick()
    b = Line("k8s_event_json")
    phi = (R.random() < 0.5) if phi is None else phi
    acc = p["acc"].lower().replace("-", "")
    name = f"reprocess-{acc}" if phi else f"reprocess-batch-{digits(6)}"
    jobn = f"{name}-{hexs(5)}"
    b('{"kind":"Event","apiVersion":"v1","metadata":{"name":"')
    if phi:
        b("reprocess-", (acc, "other_id"), f"-{hexs(5)}.{hexs(16)}")
    else:
        b(f"{jobn}.{hexs(16)}")
    b('","namespace":"triage-prod"},"involvedObject":{"kind":"Job","namespace":"triage-prod","name":"')
    if phi:
        b("reprocess-", (acc, "other_id"))
    else:
        b(name)
    b(f'","uid":"{uuid4()}"}},"reason":"{R.choice(["SuccessfulCreate", "Completed", "BackoffLimitExceeded"])}","message":"Created pod: ')
    if phi:
        b("reprocess-", (acc, "other_id"), jobn[len(name):])
    else:
        b(jobn)
    b(f'","source":{{"component":"job-controller"}},"firstTimestamp":"{ts_iso(prec=0)[:-2]}Z","count":1,"type":"Normal"}}')
    return [b]


def ev_s3_noise():
    site = R.choice(SITES)
    out = []
    for _ in range(R.randint(1, 2)):
        b = Line("s3_access")
        key = f"ingest/{site['code'].lower()}/2024/03/12/{hexs(32)}/part-{R.randint(1, 12):04d}.tar.zst"
        op = R.choice(["REST.PUT.PART", "REST.PUT.OBJECT", "REST.GET.OBJECT"])
        b(f"{hexs(64)} triage-ingest-prod {ts_clf()} {site['egress']} arn:aws:sts::481516234200:assumed-role/edge-agent-{site['code'].lower()}/i-0{hexs(16)} {hexs(16).upper()} {op} {key} "
          f"\"{op.split('.')[1]} /{key}{'?partNumber=' + str(R.randint(1, 12)) + '&uploadId=' + hexs(40) if op == 'REST.PUT.PART' else ''} HTTP/1.1\" 200 - - {R.randint(100000, 8388608)} {R.randint(20, 900)} {R.randint(5, 60)} \"-\" \"aws-sdk-rust/1.1.7 os/linux lang/rust/1.76.0\" - {hexs(40)} SigV4 ECDHE-RSA-AES128-GCM-SHA256 AuthHeader triage-ingest-prod.s3.us-east-1.amazonaws.com TLSv1.2 - -")
        out.append(b)
    return out


def ev_s3_phi():
    p = pick()
    site = p["site"]
    b = Line("aws_cli")
    nmx = f"{fold(p['last']).upper().replace(' ', '')}_{fold(p['first']).upper().replace(' ', '')}"
    k = R.randint(0, 1)
    if k == 0:
        b(f"upload: exports/reid/{site['code'].lower()}/", (nmx, "name"), "_", (fdate(p["dob"], "dicom"), "date"), "/",
          (p["acc"], "other_id"), f"/ai_summary.pdf to s3://triage-support-exports/{site['code'].lower()}/", (nmx, "name"), "_",
          (fdate(p["dob"], "dicom"), "date"), "/", (p["acc"], "other_id"), "/ai_summary.pdf")
    else:
        b(ts_py(), " DEBUG botocore.endpoint Making request for OperationModel(name=PutObject) with params: {'url_path': '/triage-reid-archive/",
          (p["mrn"], "mrn"), "/", (p["acc"], "other_id"), "/secondary_capture.dcm', 'query_string': {}, 'method': 'PUT', 'headers': {'x-amz-meta-patient-name': ",
          q := pyq(nm_ := nm(p, "dicom")), (nm_, "name"), q, f", 'User-Agent': 'Boto3/1.34.51 md/Botocore#1.34.51 ua/2.0 os/linux#5.10.210 lang/python#3.11.8'}}}}")
    return [b]


def ev_nginx():
    out = []
    for _ in range(R.randint(1, 2)):
        site = R.choice(SITES)
        b = Line("nginx_access")
        k = R.randint(0, 3)
        if k == 0:
            b(f"{site['egress']} - - {ts_clf()} \"POST /v2/results HTTP/1.1\" {R.choice([201, 201, 202, 400])} {R.randint(60, 900)} \"-\" \"python-requests/2.31.0\" rt={R.uniform(0.01, 0.9):.3f} uct=0.001 req_id={hexs(32)}")
        elif k == 1:
            b(f"198.51.100.{R.randint(2, 250)} - {R.choice(RAD_USERS)} {ts_clf()} \"GET /api/mobile/v3/worklist?site={site['code'].lower()}&status=open HTTP/2.0\" 200 {R.randint(900, 40000)} \"-\" \"AITriage/5.{R.randint(0, 9)}.{R.randint(0, 9)} (iPhone; iOS 17.3.1; Scale/3.00)\" rt={R.uniform(0.01, 0.5):.3f}")
        elif k == 2:
            b(f"10.0.{R.randint(1, 9)}.{R.randint(2, 250)} - - {ts_clf()} \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\" rt=0.000")
        else:
            b(f"{site['egress']} - - {ts_clf()} \"GET /v2/studies/{orthanc_id()}/status HTTP/1.1\" {R.choice([200, 404])} {R.randint(40, 300)} \"-\" \"edge-agent/2.8.3\" rt={R.uniform(0.002, 0.2):.3f}")
        out.append(b)
    return out


def ev_nginx_phi():
    p = pick()
    site = p["site"]
    b = Line("nginx_access")
    if R.random() < 0.5:
        enc = nm(p, "dicom").replace("^", "%5E").replace(" ", "%20").replace("'", "%27")
        b(f"{site['egress']} - - {ts_clf()} \"GET /v2/studies/search?PatientName=", (enc, "name"), "&PatientBirthDate=",
          (fdate(p["dob"], "dicom"), "date"), f"&site={site['code']} HTTP/1.1\" 200 {R.randint(200, 3000)} \"-\" \"Synapse-Integration/7.1\" rt={R.uniform(0.01, 0.9):.3f}")
    else:
        ip = f"{R.choice(['73', '24', '68', '99', '174', '108'])}.{R.randint(1, 254)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
        b((ip, "ip"), " - ", (p["user"], "other_id"), f" {ts_clf()} \"GET /patient-viewer/api/studies?limit=20 HTTP/2.0\" 200 {R.randint(400, 5000)} \"https://results.aitriage.example/patient-viewer/\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36\" rt={R.uniform(0.01, 0.4):.3f}")
    return [b]


TICKET_NO = [48190]


def ev_ticket(k=None, url=None):
    TICKET_NO[0] += R.randint(1, 9)
    tn = TICKET_NO[0]
    p = pick()
    site = p["site"]
    contact, cmail = HOSP_CONTACTS[SITES.index(site)]
    agent = R.choice(AGENTS)
    out = []
    k = R.randint(0, 4) if k is None else k
    t = CLK.adv(1, 30)
    if k == 0:
        b = Line("support_ticket")
        b(f"Ticket #{tn} | {t.strftime('%Y-%m-%d %H:%M')} UTC | Requester: {contact} <{cmail}> | Priority: High | Subject: No AI flag for CT head, acc ",
          (p["acc"], "other_id"))
        out.append(b)
        b = Line("support_ticket")
        b("  > Hi team, the CT head on ", (nm(p, R.choice(["LF", "lf", "fl"])), "name"), " (MRN ", (p["mrn"], "mrn"), ", DOB ",
          (fdate(p["dob"], R.choice(["us", "us_short", "us_yy", "dmy"])), "date"), ")")
        if p["age"] > 89:
            b(", ", (str(p["age"]), "age"), R.choice([" y/o", "yo", " years old"]))
        b(" came back positive on our read but no AI flag ever showed on the worklist.")
        out.append(b)
        b = Line("support_ticket")
        b("  > Study was done ", (fdate(p["study_date"], R.choice(["us_short", "long", "short_mon"])), "date"), " around 06:40. Can you check whether it ever reached the edge box?")
        out.append(b)
        b = Line("support_ticket")
        b(f"  Reply from {agent}: found it - the edge agent at {site['short']} had a full spool (98%), study never uploaded. Cleared spool and re-sent; ETA 10 min. Root cause tracked in OPS-{R.randint(1000, 3000)}.")
        out.append(b)
    elif k == 1:
        b = Line("support_ticket")
        b(f"Ticket #{tn} | web form | From: ", (nm(p, "fl"), "name"), " <", (p["email"], "email"), "> | IP ",
          (f"{R.choice(['73', '24', '71', '99'])}.{R.randint(1, 254)}.{R.randint(0, 255)}.{R.randint(1, 254)}", "ip"), " | Subject: my scan results")
        out.append(b)
        b = Line("support_ticket")
        b(f"  > I had a CT at {site['short']} on ", (fdate(p["study_date"], R.choice(["long", "us_short"])), "date"),
          " and my doctor said an AI looked at it. I want a copy. My date of birth is ",
          (fdate(p["dob"], R.choice(["us_short", "long", "us"])), "date"), ", phone ", (fmt_phone(p["phone"], R.choice(["space", "dot", "paren", "plain"])), "phone"), ".")
        out.append(b)
        b = Line("support_ticket")
        if (R.random() < 0.5) if url is None else url:
            b("  > Mail it to ", (p["street"], "address"), ", ", (p["city"], "address"), f" {p['state']} ", (p["zip"], "zip"),
              " or fax ", (fmt_phone(p["fax"], R.choice(["dash", "paren"])), "fax"), ". I also put my old CDs here: ",
              (f"https://www.dropbox.com/scl/fi/{hexs(21, 'abcdefghijklmnopqrstuvwxyz0123456789')}/{fold(p['first']).lower().replace(' ', '_')}_ct_2019.zip?rlkey={hexs(25, 'abcdefghijklmnopqrstuvwxyz0123456789')}&dl=0", "url"))
        else:
            b("  > my insurance is ", (p["plan"], "health_plan"), " if that matters, and my patient portal login is ", (p["user"], "other_id"), ".")
        out.append(b)
        b = Line("support_ticket")
        b(f"  Reply from {agent}: We are a software vendor and cannot release medical records. Please contact {site['short']} Health Information Management at ({site['areas'][0]}) 555-0100, fax ({site['areas'][0]}) 555-0101.")
        out.append(b)
    elif k == 2:
        q = R.choice(PATIENTS)
        b = Line("zendesk_json")
        desc_parts = [("Re-id service mapped token to PatientID ", None), (p["mrn"], "mrn"), (" (", None), (nm(p, "lf"), "name"),
                      (") instead of ", None), (q["mrn"], "mrn"), (" (", None), (nm(q, "LF"), "name"), ("). ", None),
                      ("Result went to the wrong chart, RIS corrected by ", None), (contact, None), (". Accession ", None),
                      (p["acc"], "other_id"), (".\\n\\nPlease confirm no push notification exposed the name.", None)]
        b(f'{{"id":{tn},"created_at":"{t.strftime("%Y-%m-%dT%H:%M:%SZ")}","subject":"Wrong patient matched in re-identification","description":"')
        for x, c in desc_parts:
            b((x, c))
        b(f'","priority":"urgent","status":"open","requester":{{"name":"{contact}","email":"{cmail}"}},"tags":["reid","patient_safety","{site["code"].lower()}"],"via":{{"channel":"email"}}}}')
        out.append(b)
    elif k == 3:
        accs = [R.choice(PATIENTS) for _ in range(R.randint(2, 3))]
        accs = [a for a in accs if a["site"] is site] or [p]
        b = Line("support_ticket")
        b(f"Ticket #{tn} | {t.strftime('%Y-%m-%d %H:%M')} UTC | Requester: {contact} <{cmail}> | Priority: Normal | Subject: credit request INV-2024-0310-{site['code']}")
        out.append(b)
        b = Line("support_ticket")
        b("  > These were sent twice by the modality and billed twice: ")
        for i, a in enumerate(accs):
            if i:
                b(", ")
            b((a["acc"], "other_id"))
        b(f". Please credit {len(accs)} unit{'s' if len(accs) > 1 else ''}. PO 4500{digits(6)}.")
        out.append(b)
        b = Line("support_ticket")
        b(f"  Reply from {agent}: confirmed duplicate SOP Instance UIDs, credit memo CM-{digits(6)} issued.")
        out.append(b)
    else:
        b = Line("support_ticket")
        b(f"Ticket #{tn} | phone | Caller: {contact} ({site['short']} PACS) | Subject: ED trauma alias merge")
        out.append(b)
        b = Line("support_ticket")
        b("  > Trauma pt from MVC came in as TRAUMA^ZULU, later merged into ", (nm(p, "dicom"), "name"), " MRN ", (p["mrn"], "mrn"),
          ". Police report ", (p["police"], "other_id"), ", vehicle VIN ", (p["vin"], "vehicle"), " was typed into the history field by registration.")
        out.append(b)
        b = Line("support_ticket")
        b("  > Also registration scanned the patient's driver's license ", (p["dl"], "license"), " into the wrong chart; please purge AI cache for acc ",
          (p["acc"], "other_id"), ".")
        out.append(b)
    return out


def ev_ticket_noise():
    TICKET_NO[0] += R.randint(1, 9)
    site = R.choice(SITES)
    contact, cmail = HOSP_CONTACTS[SITES.index(site)]
    t = CLK.adv(1, 30)
    b = Line(R.choice(["support_ticket", "zendesk_json"]))
    if b.fam == "support_ticket":
        b(f"Ticket #{TICKET_NO[0]} | {t.strftime('%Y-%m-%d %H:%M')} UTC | Status changed: open -> pending by {R.choice(AGENTS)} (macro: \"Awaiting customer confirmation\") | site={site['code']} | SLA breach in {R.randint(1, 23)}h")
    else:
        b(f'{{"id":{TICKET_NO[0]},"created_at":"{t.strftime("%Y-%m-%dT%H:%M:%SZ")}","subject":"Edge agent offline after Windows update","description":"Hi, the AI box in our server room shows offline since this morning. Serial EA-{site["code"]}-{digits(4)}. Can you call me at ({site["areas"][0]}) 555-01{digits(2)}? Thanks, {contact}","priority":"high","status":"new","requester":{{"name":"{contact}","email":"{cmail}"}},"tags":["edge","connectivity"]}}')
    return [b]


CSV_HDR = [False]


def ev_usage_csv():
    out = []
    if not CSV_HDR[0] or R.random() < 0.2:
        b = Line("usage_csv")
        b("week_start,site_id,site_name,algorithm,modality,studies_received,studies_processed,positives,billable_units,unit_price_usd,invoice_ref")
        out.append(b)
        CSV_HDR[0] = True
    for _ in range(R.randint(1, 4)):
        site = R.choice(SITES)
        rec = R.randint(200, 2400)
        proc = rec - R.randint(0, 30)
        price = R.choice([0.42, 0.55, 1.10])
        b = Line("usage_csv")
        nm_ = site["name"] if "," not in site["name"] else f'"{site["name"]}"'
        b(f"2024-03-04,{site['code']}-00{R.randint(1, 3)},{nm_},{R.choice(['ich', 'lvo', 'pe', 'cspine'])},CT,{rec},{proc},{R.randint(5, 300)},{proc},{price:.2f},INV-2024-0310-{site['code']}")
        out.append(b)
    if R.random() < 0.3:
        b = Line("usage_pipe")
        site = R.choice(SITES)
        b(f"{site['code']}|2024-W10|CT|{R.choice(['ICH', 'LVO', 'PE'])}|{R.randint(200, 2400)}|{R.choice([0.42, 0.55])}|USD {R.uniform(80, 1400):.2f}")
        out.append(b)
    return out


def ev_dispute_csv():
    out = []
    if R.random() < 0.4:
        b = Line("dispute_csv")
        b("site_id,accession_number,patient_name,study_date,modality,algorithm,billed_units,dispute_reason")
        out.append(b)
    for _ in range(R.randint(1, 3)):
        p = pick()
        b = Line("dispute_csv")
        n = nm(p, R.choice(["LF", "lf"]))
        b(f"{p['site']['code']},", (p["acc"], "other_id"), ",\"", (n, "name"), "\",", (fdate(p["study_date"], R.choice(["iso", "us"])), "date"),
          f",CT,{R.choice(['ich', 'lvo', 'pe'])},{R.randint(1, 2)},{R.choice(['duplicate submission', 'test patient', 'study cancelled', 'processed twice after re-send'])}")
        out.append(b)
    return out


def ev_fr_site():
    """Hôpital Sainte-Anne: French key names in the local RIS bridge."""
    ps = [x for x in PATIENTS if x["site"]["lang"] == "fr"]
    p = R.choice(ps)
    b = Line("ris_bridge_fr")
    if R.random() < 0.6:
        b(ts_py(), " INFO passerelle.ris demande_examen no_dossier=", (p["mrn"], "mrn"), " nom_patient=\"", (nm(p, R.choice(["LF", "lf"])), "name"),
          "\" date_naissance=", (fdate(p["dob"], "fr"), "date"), " no_ramq=", (p["plan"], "health_plan"), " no_acces=", (p["acc"], "other_id"),
          " priorite=URGENT")
    else:
        b(ts_py(), " AVERTISSEMENT passerelle.ris adresse incomplète pour dossier ", (p["mrn"], "mrn"), ": \"", (p["street"], "address"), ", ",
          (p["city"], "address"), "\" code_postal manquant (attendu ex. ", (p["zip"], "zip"), ")")
    return [b]


def ev_fr_noise():
    b = Line("ris_bridge_fr")
    b(ts_py(), R.choice([" INFO passerelle.ris connexion établie avec RIS_HSA 10.8.0.45:2575 (MLLP)",
                         f" INFO passerelle.ris file d'attente: {R.randint(0, 40)} messages en attente, délai moyen {R.randint(20, 900)} ms",
                         " ERREUR passerelle.ris délai d'attente dépassé pour ACK (30 s), nouvelle tentative 1/3"]))
    return [b]


def ev_billing_acct():
    p = pick()
    b = Line("billing_svc")
    card = luhn_complete(R.choice(["4", "51", "37"]), 16 if True else 15)
    b(ts_py(), " WARNING billing.intake misrouted patient payment attempt via support form: guarantor=\"", (nm(p, "fl"), "name"),
      "\" patient_account=", (p["account"], "account"), " card=", (card, "account"), " -> rejected (vendor does not bill patients), ticket auto-created")
    return [b]


def ev_staff_noise():
    b = Line(R.choice(["oncall_roster", "push_notifier"]))
    if b.fam == "oncall_roster":
        site = R.choice(SITES)
        b(f"oncall site={site['code']} date=2024-03-12 primary=\"{R.choice(STAFF)}\" pager={R.choice(site['areas'])}-555-01{digits(2)} backup=\"{R.choice(STAFF)}\" email=neuro-oncall@{R.choice(['stbrigid.org', 'lakesidech.org', 'mercyridge.org'])}")
    else:
        b(ts_iso(prec=3), f" INFO notifier.ack study={orthanc_id()} acknowledged by {R.choice(STAFF)} ({R.choice(RAD_USERS)}) after {R.randint(8, 300)}s from 198.51.100.{R.randint(2, 250)}")
    return [b]


NOISE_EVENTS = [(ev_orthanc_noise, 5), (ev_storescp, 3), (ev_worker_noise, 6), (ev_gpu, 4), (ev_hl7_noise, 3),
                (ev_fhir_noise, 3), (ev_worklist_noise, 3), (ev_rust_noise, 6), (ev_k8s, 4), (ev_s3_noise, 3),
                (ev_nginx, 4), (ev_ticket_noise, 2), (ev_usage_csv, 3), (ev_fr_noise, 1), (ev_staff_noise, 2),
                (ev_push, 2)]
PHI_EVENTS = [(ev_orthanc_phi, 4), (ev_storescp_debug, 1), (ev_arc, 3), (ev_dcmdump, 1.5), (ev_deid, 4), (ev_reid, 3),
              (ev_worker_phi, 6), (ev_hl7, 3), (ev_fhir, 3), (ev_fhir_patient, 2), (ev_worklist, 4), (ev_push, 3),
              (ev_rust_phi, 4), (ev_k8s_json, 1), (ev_s3_phi, 2), (ev_nginx_phi, 2), (ev_ticket, 4),
              (ev_dispute_csv, 2), (ev_fr_site, 2), (ev_billing_acct, 1)]


def wchoice(evs):
    tot = sum(w for _, w in evs)
    x = R.uniform(0, tot)
    for f, w in evs:
        x -= w
        if x <= 0:
            return f
    return evs[-1][0]


def main():
    lines = []
    target_noise = 0.55
    guard = 0
    forced = {60: lambda: ev_ticket(k=1, url=True), 140: lambda: ev_fhir_patient(photo=True),
              230: lambda: ev_ticket(k=4), 300: lambda: ev_k8s_json(phi=True), 330: lambda: ev_ticket(k=1, url=False),
              380: lambda: ev_fhir_patient(photo=True), 430: lambda: ev_ticket(k=1, url=True)}
    while len(lines) < N_LINES:
        guard += 1
        due = [k for k in forced if k <= len(lines)]
        if due:
            out = forced.pop(min(due))()
            if len(lines) + len(out) <= N_LINES:
                lines.extend(out)
            continue
        assert guard < 10000
        nphi = sum(1 for l in lines if l.spans)
        noise_frac = (len(lines) - nphi) / len(lines) if lines else 0
        evs = NOISE_EVENTS if noise_frac < target_noise else PHI_EVENTS
        CLK.adv(1, 40)
        out = wchoice(evs)()
        if len(lines) + len(out) > N_LINES:
            continue
        lines.extend(out)
    here = Path(__file__).resolve().parent
    log_rows, lab_rows = [], []
    for i, l in enumerate(lines, 1):
        txt = l.text()
        raw = txt.encode("utf-8")
        assert txt and "\n" not in txt
        spans = sorted(l.spans)
        prev = -1
        for s, e, c, v in spans:
            assert raw[s:e] == v.encode("utf-8"), (i, v, raw[s:e])
            assert s >= prev, (i, spans)
            assert v.strip() == v and v, (i, v)
            prev = e
        if l.fam in ("k8s_event_json", "zendesk_json") or txt.startswith("{"):
            json.loads(txt)
        log_rows.append(txt)
        lab_rows.append(json.dumps({"line": i, "family": l.fam,
                                    "spans": [{"s": s, "e": e, "cat": c} for s, e, c, v in spans]}, ensure_ascii=False))
    (here / f"{ID}.log").write_text("\n".join(log_rows), encoding="utf-8")
    (here / f"{ID}.labels.jsonl").write_text("\n".join(lab_rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
