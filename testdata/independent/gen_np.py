#!/usr/bin/env python3
"""gen_np.py - synthetic, labeled log corpus for a PHI detector.

Theme: a state prison system's correctional health care contractor (fictitious
"Meridian Correctional Health Partners", Arizona-style DOC): sick call kiosks
(.NET / Serilog), scanned request slips (OCR worker, MEL console), pill line
scanning (Java / Spring Boot, Hibernate binder traces), chronic care clinic
scheduling (Serilog CLEF, CSV exports), telemedicine (ECS JSON, HL7 v2 SIU/ORU),
intake screening (ECS JSON, HL7 ADT^A04), offsite trips (RFC 5424 syslog),
suicide watch / hunger strike logs (logfmt), grievance responses (XML),
release planning and Medicaid (AHCCCS) reactivation (NLog, X12 270/271,
Postfix), Oracle / SQL Server errors, IIS W3C logs, infra noise.

All people, numbers and addresses are synthetic. Standard library only,
deterministic (fixed seed). Writes np.log and np.labels.jsonl next to itself.

Labeling decisions:
- Patients (inmates/offenders) and their relatives/emergency contacts/family
  portal users are labeled. Clinicians, nurses, officers, interpreters,
  administrators, specialists, community clinics, the contractor, the DOC,
  payers and vendors are never labeled (names, phones, faxes, emails, NPIs,
  badge numbers, staff usernames).
- DOC (inmate) numbers -> other_id. The contractor EHR chart number (E#######)
  -> mrn. Per-person human-facing case numbers that point at one patient's
  record (sick call request SCR-, grievance GRV-, offsite trip TRP-,
  emergency transport EMS-, watch SW-/HS-, encounter/visit numbers,
  kiosk/tablet usernames, ID-card barcode values) -> other_id. Technical ids
  (UUIDs, trace/span ids, session ids, HL7 message control ids, X12 control and
  trace numbers, DB row ids such as ApptId, blister card and lot numbers, scan
  batch ids, PO/reorder numbers) are not labeled.
- Housing location of a patient (unit + building/cell + bed, in any form) is
  the patient's residence below state level -> address, only when tied to a
  patient. Facility / complex / unit names alone, kiosk and printer names and
  unit census metrics are not labeled. Facility street addresses not labeled.
- Pre-incarceration and post-release home addresses: street (with apt) and
  city are separate address spans, ZIP is zip; the state is not labeled.
- Dates labeled: birth, intake/booking, appointment/clinic (date or datetime
  token as written, including the time when it is part of the same token),
  admission, release, watch/hunger-strike start, grievance received/seen
  dates, dates a patient writes on a slip, medication administration date in
  MAR rows, Medicaid effective dates. Not labeled: log/event timestamps (incl.
  @timestamp, @t, scan/receive times of the software), license or lot expiry
  month, retention cut-offs, report dates, build dates.
- Ages labeled only when > 89 (e.g. 91); other ages are left unlabeled.
- AHCCCS (Medicaid) IDs and Medicare MBIs -> health_plan. Inmate trust
  (commissary) account numbers and patient billing accounts -> account.
- Full SSNs (with or without dashes) -> ssn; masked SSNs showing only the
  last four digits are not labeled.
- Patient's prior driver licence / state ID number -> license.
- Patient's own vehicle (VIN, plate from the arrest/impound record) ->
  vehicle. State transport vans, their plates, GPS positions and escort
  officer details are not PHI and are not labeled.
- Patient's own medical devices (CPAP, CGM, pacemaker, hearing aid serials)
  -> device. Kiosks, scanners, printers, their MACs/serials -> not labeled.
- Public IP of a family member using the release-planning portal -> ip;
  internal 10.x addresses, kiosks, servers, relays -> not labeled.
- Fingerprint minutiae templates used at pill line -> biometric; base64 JPEG
  intake photos -> photo; a relative's personal fundraiser URL -> url.
- Initials used as a patient's signature on a slip (e.g. "J.R.") -> name.
- OCR misreads of a patient's name or DOC number are still labeled.
- In URL-encoded query strings the encoded value is the span.
- In HL7/X12/CSV, family and given names are separate name spans; HL7
  location components (unit^cell^bed) form one address span.
"""
import base64
import datetime
import json
import os
import unicodedata
import random

SEED = 0x4E5021
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "np"
N_LINES = 500


# ---------------------------------------------------------------- line builder
class L:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.sp = []

    def t(self, s):
        self.b += s.encode("utf-8")
        return self

    def p(self, s, cat):
        if cat is None:
            return self.t(s)
        st = len(self.b)
        self.b += s.encode("utf-8")
        self.sp.append((st, len(self.b), cat, s))
        return self

    def f(self, tpl, *vals):
        parts = tpl.split("\u00a7")
        assert len(parts) == len(vals) + 1, (tpl, vals)
        for i, part in enumerate(parts):
            self.t(part)
            if i < len(vals):
                self.p(vals[i][0], vals[i][1])
        return self


def jq(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def pct(s):
    out = []
    for ch in s:
        if ch.isalnum() and ord(ch) < 128 or ch in "-_.~":
            out.append(ch)
        else:
            out.extend("%%%02X" % b for b in ch.encode("utf-8"))
    return "".join(out)


# ---------------------------------------------------------------- clock
CLOCK = [datetime.datetime(2024, 9, 16, 4, 57, 41, 118000)]
TODAY = datetime.date(2024, 9, 16)


def tick(lo=2, hi=55):
    CLOCK[0] += datetime.timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
    return CLOCK[0]


def ms(d):
    return "%03d" % (d.microsecond // 1000)


def ts_serilog(d):
    return d.strftime("%Y-%m-%d %H:%M:%S.") + ms(d) + " -07:00"


def ts_spring(d):
    return d.strftime("%Y-%m-%d %H:%M:%S.") + ms(d)


def ts_utc(d, frac=3):
    u = d + datetime.timedelta(hours=7)
    if frac == 7:
        return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d%d" % (u.microsecond, R.randint(0, 9)) + "Z"
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"


def ts_isol(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + ms(d) + "-07:00"


def ts_nlog(d):
    return d.strftime("%Y-%m-%d %H:%M:%S.") + "%04d" % (d.microsecond // 100)


def ts_mssql(d):
    return d.strftime("%Y-%m-%d %H:%M:%S.") + "%02d" % (d.microsecond // 10000)


def ts_bsd(d):
    return d.strftime("%b ") + "%2d" % d.day + d.strftime(" %H:%M:%S")


def ts_log4j(d):
    return d.strftime("%Y-%m-%d %H:%M:%S,") + ms(d)


def ts_iis(d):
    return (d + datetime.timedelta(hours=7)).strftime("%Y-%m-%d %H:%M:%S")


def ts_klog(d):
    return d.strftime("I%m%d %H:%M:%S.") + "%06d" % d.microsecond


def ts_win(d):
    h = d.hour % 12 or 12
    return f"{d.month}/{d.day}/{d.year} {h}:{d.minute:02d}:{d.second:02d} {'AM' if d.hour < 12 else 'PM'}"


def ts_nginx(d):
    return d.strftime("%d/%b/%Y:%H:%M:%S -0700")


def ts_hl7(d):
    return d.strftime("%Y%m%d%H%M%S")


MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONT = [m.title() for m in MON]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
       "septiembre", "octubre", "noviembre", "diciembre"]


def fd(d, st):
    if st == "iso":
        return d.strftime("%Y-%m-%d")
    if st == "us":
        return d.strftime("%m/%d/%Y")
    if st == "usn":
        return f"{d.month}/{d.day}/{d.year}"
    if st == "us2":
        return d.strftime("%m/%d/%y")
    if st == "hl7":
        return d.strftime("%Y%m%d")
    if st == "ora":
        return f"{d.day:02d}-{MON[d.month - 1]}-{d.year % 100:02d}"
    if st == "long":
        return f"{MONT[d.month - 1]} {d.day}, {d.year}"
    if st == "eu":
        return d.strftime("%d/%m/%Y")
    if st == "eu2":
        return d.strftime("%d/%m/%y")
    if st == "es":
        return f"{d.day} de {MES[d.month - 1]} de {d.year}"
    if st == "dash":
        return f"{d.month}-{d.day}-{d.year}"
    if st == "dmy":
        return f"{d.day:02d} {MONT[d.month - 1]} {d.year}"
    raise ValueError(st)


def rdate(a, b):
    return a + datetime.timedelta(days=R.randint(0, (b - a).days))


# ---------------------------------------------------------------- people
ES_M = ["Jesús Alberto", "José Luis", "Juan Carlos", "Ramón", "Álvaro", "Refugio", "Efraín",
        "Tomás", "Héctor", "Iván", "Guadalupe", "Saúl", "Joaquín"]
ES_F = ["María Guadalupe", "Marisol", "Yesenia", "Itzel", "Xóchitl", "Consuelo", "Araceli", "Noemí"]
ES_L = ["Ramírez", "Gómez-Ibarra", "de la Cruz", "del Río", "Villaseñor", "Quintero", "Ochoa",
        "Peña", "Zamora Luna", "Núñez", "Castañeda", "Bustamante", "Sotelo", "Valenzuela",
        "Montaño", "De León"]
EN_M = ["DeShawn", "Tyrone", "Jamal", "Cody", "Dustin", "Brandon", "Kenneth", "Wendell", "Leroy",
        "Travis", "Gary", "Bobby Ray"]
EN_F = ["Latoya", "Keisha", "Tammy", "Shawna", "Brittany", "Rosalind", "Mary-Kate", "Crystal"]
EN_L = ["Washington", "Jefferson", "McAllister", "Ellison-Brooks", "St. Clair", "MacLeod", "Pruitt",
        "Hollingsworth", "Dawes", "Kowalczyk", "O'Rourke", "Oyelaran", "Boudreaux", "Pettigrew"]
NA_M = ["Harold", "Darnell", "Curtis", "Ervin", "Delbert"]
NA_F = ["Loretta", "Verna", "Shirlene", "Arlene"]
NA_L = ["Tsosie", "Begay", "Yazzie", "Manuelito", "Harjo", "Nez", "Lomayestewa", "Chee", "Antone"]
VI = [("Van Minh", "Nguyen", "M"), ("Quoc Bao", "Tran", "M"), ("Duc Anh", "Pham", "M"),
      ("Thi Lan", "Nguyen", "F"), ("Thi Hoa", "Le", "F")]
SO = [("Abdirahman", "Warsame", "M"), ("Mohamed", "Farah", "M"), ("Abdullahi", "Abdi", "M"),
      ("Hodan", "Farah", "F"), ("Fadumo", "Hassan", "F")]
MISC = [("Krzysztof", "Wiśniewski", "M"), ("Omar", "Haddad", "M"), ("Pieter", "van der Berg", "M"),
        ("Sione", "Fifita", "M"), ("Dmitri", "Volkov", "M"), ("Ikaika", "Kealoha", "M"),
        ("Siobhán", "O'Rourke", "F"), ("Ana Paula", "dos Santos", "F"), ("Björn", "Lindqvist-Hale", "M"),
        ("Tevita", "Taufa", "M"), ("Ngozi", "Okonkwo-Reyes", "F")]

FACS = {
    "SRC": ("Sonoran Ridge Complex", ["YUCCA", "CHOLLA", "OCOTILLO", "SAGUARO"]),
    "PFU": ("Picacho Flats Unit", ["MESQUITE", "PALO VERDE"]),
    "GBW": ("Gila Bend Women's Unit", ["AGAVE", "DESERT WILLOW"]),
    "VMRC": ("Verde Mesa Reception Center", ["RECEPTION A", "RECEPTION B"]),
}

CITIES = [("Phoenix", ["85007", "85009", "85033", "85017", "85041"]), ("Tucson", ["85705", "85713", "85706"]),
          ("Yuma", ["85364", "85365"]), ("Mesa", ["85201", "85204"]), ("Flagstaff", ["86001"]),
          ("Nogales", ["85621"]), ("San Luis", ["85349"]), ("Casa Grande", ["85122"]),
          ("Glendale", ["85301"]), ("Tuba City", ["86045"]), ("Douglas", ["85607"]), ("Kingman", ["86401"])]
STREETS = ["W Pima St", "E Benson Hwy", "N 35th Ave", "S 6th Ave", "Calle Primavera", "W Roosevelt St",
           "E Apache Blvd", "W Van Buren St", "S Nogales Hwy", "N Oracle Rd", "E Broadway Rd",
           "W McDowell Rd", "Avenida del Sol", "E 32nd St", "N Grand Ave", "W Indian School Rd"]
AREAS = ["602", "480", "623", "520", "928"]
REL = [("sister", "hermana"), ("mother", "madre"), ("wife", "esposa"), ("brother", "hermano"),
       ("daughter", "hija"), ("aunt", "tía"), ("son", "hijo"), ("partner", "pareja")]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "cox.net"]


class P:
    pass


USED = set()


def uniq(fn):
    while True:
        v = fn()
        if v not in USED:
            USED.add(v)
            return v


def mk_phone():
    return (R.choice(AREAS), "555", "01%02d" % R.randint(0, 99))


def fphone(ph, st):
    a, e, n = ph
    return {0: f"({a}) {e}-{n}", 1: f"{a}-{e}-{n}", 2: f"{a}{e}{n}", 3: f"+1 {a} {e} {n}",
            4: f"{a}.{e}.{n}", 5: f"({a}){e}-{n}", 6: f"1-{a}-{e}-{n}"}[st]


def mk_ssn():
    while True:
        a = R.randint(1, 899)
        if a in (666,) or a == 0:
            continue
        if a in (78, 219, 457):
            continue
        return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def mk_person_name(grp, sex):
    if grp == "es":
        return R.choice(ES_M if sex == "M" else ES_F), R.choice(ES_L)
    if grp == "en":
        return R.choice(EN_M if sex == "M" else EN_F), R.choice(EN_L)
    if grp == "na":
        return R.choice(NA_M if sex == "M" else NA_F), R.choice(NA_L)
    pool = {"vi": VI, "so": SO, "misc": MISC}[grp]
    cands = [x for x in pool if x[2] == sex] or pool
    f, l, _ = R.choice(cands)
    return f, l


def mk_patient(i):
    p = P()
    r = R.random()
    grp = "es" if r < 0.40 else "en" if r < 0.66 else "na" if r < 0.78 else "vi" if r < 0.84 else "so" if r < 0.89 else "misc"
    p.grp = grp
    p.sex = "M" if R.random() < 0.8 else "F"
    p.first, p.last = mk_person_name(grp, p.sex)
    p.mi = R.choice("ABCDEFGHJKLMNRST")
    p.lang = "spa" if grp == "es" and R.random() < 0.8 else ("vie" if grp == "vi" and R.random() < 0.5 else
                                                            "som" if grp == "so" and R.random() < 0.5 else "eng")
    if i % 13 == 5:
        p.dob = rdate(datetime.date(1929, 1, 1), datetime.date(1934, 6, 30))
    else:
        p.dob = rdate(datetime.date(1952, 1, 1), datetime.date(2004, 12, 31))
    p.age = TODAY.year - p.dob.year - ((TODAY.month, TODAY.day) < (p.dob.month, p.dob.day))
    p.doc = uniq(lambda: str(R.randint(100000, 399999)))
    p.mrn = uniq(lambda: "E%07d" % R.randint(10000, 999999))
    p.ahcccs = uniq(lambda: "A%08d" % R.randint(0, 99999999))
    p.mbi = "%d%s%s%d-%s%s%d-%s%s%d%d" % (R.randint(1, 9), R.choice("ACDEFGHJKMNPQRTUVWXY"),
                                        R.choice("ACDEFGHJKMNPQRTUVWXY0123456789"), R.randint(0, 9),
                                        R.choice("ACDEFGHJKMNPQRTUVWXY"), R.choice("ACDEFGHJKMNPQRTUVWXY0123456789"),
                                        R.randint(0, 9), R.choice("ACDEFGHJKMNPQRTUVWXY"),
                                        R.choice("ACDEFGHJKMNPQRTUVWXY"), R.randint(0, 9), R.randint(0, 9))
    p.ssn = mk_ssn()
    p.trust = uniq(lambda: "%08d" % R.randint(10000000, 99999999))
    p.dl = "D%08d" % R.randint(0, 99999999)
    if p.sex == "F":
        fac = "GBW" if R.random() < 0.8 else "VMRC"
    else:
        fac = R.choice(["SRC", "SRC", "PFU", "VMRC"])
    p.fac = fac
    unit = R.choice(FACS[fac][1])
    p.unit = unit
    st = R.randrange(4)
    if st == 0:
        c, b = f"{R.choice('ABCD')}{R.randint(1, 40):02d}", R.choice("LU")
        p.housing = f"{unit}-{c}-{b}"
    elif st == 1:
        bl, cl, b = R.randint(1, 6), R.randint(100, 250), R.choice("AB")
        c = f"{bl}-{cl}"
        p.housing = f"{unit.title()} {bl}-{cl}{b}"
    elif st == 2:
        bl, cl, b = R.randint(1, 8), R.randint(1, 48), R.choice("LU")
        c = f"{bl}-{cl:02d}"
        p.housing = f"{unit[:3]}/{bl}/{cl}/{b}"
    else:
        bl, cl, b = R.randint(1, 6), R.randint(1, 60), R.choice("AB")
        c = f"{bl}-{cl:02d}"
        p.housing = f"{unit} Bldg {bl} Cell {cl} Bed {b}"
    p.hl7loc = f"{unit}^{c}^{b}"
    city, zips = R.choice(CITIES)
    p.street = f"{R.randint(100, 9899)} {R.choice(STREETS)}" + (f" Apt {R.randint(1, 40)}" if R.random() < 0.35 else "")
    p.city = city
    p.zip = R.choice(zips)
    p.cell = mk_phone()
    rel = R.choice(REL)
    p.rel_en, p.rel_es = rel
    cf, cl = mk_person_name(grp, "F" if rel[0] in ("sister", "mother", "wife", "daughter", "aunt") else "M")
    if R.random() < 0.6 and rel[0] not in ("partner",):
        cl = p.last
    p.c_first, p.c_last = cf, cl
    p.c_phone = mk_phone()
    p.c_fax = mk_phone()
    p.c_email = (fold(cf.split()[0]).lower().replace("'", "") + R.choice([".", "_", ""]) +
                 fold(cl.replace(" ", "")).lower().replace("'", "").replace("-", "")[:R.choice([1, 20])] +
                 str(R.randint(1, 99)) + "@" + R.choice(DOMAINS))
    p.release = rdate(datetime.date(2024, 9, 25), datetime.date(2025, 3, 31))
    p.intake = rdate(datetime.date(2019, 1, 1), datetime.date(2024, 9, 10))
    p.user = (fold(p.first[0]) + fold(p.last.replace(" ", "").replace("'", "").replace("-", ""))).lower()[:12] + p.doc[-3:]
    return p


PATS = [mk_patient(i) for i in range(72)]
OLD = [p for p in PATS if p.age > 89]
ESP = [p for p in PATS if p.lang == "spa"]
assert len(OLD) >= 4 and len(ESP) >= 12, (len(OLD), len(ESP))


def nm(p, st):
    F, Lst = p.first, p.last
    if st == "fl":
        return f"{F} {Lst}"
    if st == "LF":
        return f"{fold(Lst).upper()}, {fold(F).upper()}"
    if st == "LFm":
        return f"{Lst}, {F} {p.mi}."
    if st == "LFU":
        return f"{Lst.upper()}, {F.upper()}"
    if st == "iL":
        return f"{F[0]}. {Lst}"
    if st == "lower":
        return f"{fold(F).lower()} {fold(Lst).lower()}"
    if st == "LFMI":
        return f"{fold(Lst).upper()}, {fold(F).upper()} {p.mi}"
    if st == "flA":
        return f"{fold(F)} {fold(Lst)}"
    raise ValueError(st)


def cname(p, st=0):
    if st == 0:
        return f"{p.c_first} {p.c_last}"
    if st == 1:
        return f"{p.c_last.upper()}, {p.c_first.upper()}"
    return f"{p.c_first.split()[0]} {p.c_last}"


def pick():
    return R.choice(PATS)


# staff / business (never labeled)
NURSES = ["RN K. Okafor", "LPN D. Sorensen", "LPN Rosa Villalobos", "RN Marcus Bell", "LPN T. Nakamura",
          "RN Gloria Estrada", "LPN Bao Vang", "RN Elena Ybarra"]
PROVS = ["Dr. Anand Rao", "NP Lucia Benavides", "Dr. Petra Lindqvist", "PA-C Joel Whitehorse",
         "Dr. Miriam Castillo", "NP Dwayne Oduya"]
SPECS = [("Dr. Helen Tsai", "Cardiology"), ("Dr. Ricardo Salcido", "Nephrology"),
         ("Dr. Fatima Qureshi", "Infectious Disease"), ("Dr. Owen Brandt", "Orthopedics"),
         ("Dr. Sunita Menon", "Hepatology"), ("Dr. Carlos Echeverría", "Oncology")]
OFFICERS = ["CO II R. Dominguez", "CO I T. Begaye", "Sgt. P. Harlan", "CO II M. Yellowhair", "CO I J. Ruelas",
            "CO III A. Kowalski", "Lt. S. Ortega-Paz"]
HOSP = ["Banner University Medical Center Tucson", "Tucson Medical Center", "Valleywise Health Medical Center",
        "Yuma Regional Medical Center", "Casa Grande Regional Medical Center", "HonorHealth Deer Valley"]
CLINICS = [("Desert Bloom Community Health", "602-555-0110", "602-555-0111"),
           ("Clínica Esperanza del Valle", "(520) 555-0126", "(520) 555-0127"),
           ("Saguaro Family Health Center", "928.555.0180", "928.555.0181"),
           ("Gila River Behavioral Health", "480-555-0148", "480-555-0149")]
MEDS = [("METFORMIN HCL 500 MG TAB", "00093-1048-01"), ("LISINOPRIL 20 MG TAB", "68180-0514-01"),
        ("QUETIAPINE 100 MG TAB", "00378-6120-01"), ("BUPRENORPHINE/NALOXONE 8-2 MG FILM", "12496-1208-03"),
        ("LEVETIRACETAM 500 MG TAB", "31722-0536-01"), ("ATORVASTATIN 40 MG TAB", "00378-3952-05"),
        ("SERTRALINE 50 MG TAB", "16729-0125-01"), ("ISONIAZID 300 MG TAB", "00555-0071-02"),
        ("BIKTARVY 50-200-25 MG TAB", "61958-2501-01"), ("INSULIN GLARGINE 100 U/ML", "00088-2220-33")]
CHRONIC = ["HTN", "DM", "HTN/DM", "SEIZURE", "HIV", "HCV", "ASTHMA/COPD", "CARDIAC", "TB-LTBI"]


def kiosk(p):
    return f"KSK-{p.unit[:3]}-{(int(p.doc) % 9) + 1:02d}"


def hexid(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid():
    h = hexid(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def b64(n):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(R.choice(a) for _ in range(n))


def scr_id(d):
    return f"SCR-{d:%y%m%d}-{R.randint(100, 9999):05d}"


def future_appt():
    d = TODAY + datetime.timedelta(days=R.randint(1, 40))
    return datetime.datetime(d.year, d.month, d.day, R.choice([7, 8, 9, 10, 13, 14, 15]), R.choice([0, 15, 30, 45]))


# ================================================================ PHI generators
def g_kiosk():
    d = tick()
    p = pick()
    l = L("serilog_kiosk")
    pre = ts_serilog(d) + " "
    v = R.randrange(9)
    if v == 0:
        cat = R.choice(["Medical", "Dental", "Mental Health", "Optometry", "Pharmacy Refill", "Medical"])
        l.f(pre + "[INF] SickCall.Kiosk.Api.Controllers.SickCallRequestController: Sick call request \u00a7 created for offender \u00a7 category \"" + cat + "\" housing \"\u00a7\" via kiosk \"" + kiosk(p) + "\"",
            (scr_id(d), "other_id"), (p.doc, "other_id"), (p.housing, "address"))
    elif v == 1:
        loc = "es-MX" if p.lang == "spa" else "en-US"
        l.f(pre + "[INF] SickCall.Kiosk.Api.Services.KioskSessionService: Kiosk login succeeded for user \u00a7 (DOC \u00a7) on " + kiosk(p) + " culture=" + loc,
            (p.user, "other_id"), (p.doc, "other_id"))
    elif v == 2:
        l.f(pre + "[WRN] SickCall.Kiosk.Api.Services.RequestValidator: Duplicate sick call within 24h for \u00a7 (\"\u00a7\"); previous request \u00a7 still Open",
            (p.doc, "other_id"), (nm(p, "LFMI"), "name"), (scr_id(d - datetime.timedelta(days=1)), "other_id"))
    elif v == 3:
        l.f(pre + "[DBG] Microsoft.EntityFrameworkCore.Database.Command: Executed DbCommand (" + str(R.randint(3, 60)) + "ms) [Parameters=[@__docNumber_0='\u00a7' (Size = 6), @__dob_1='\u00a7'], CommandType='Text', CommandTimeout='30']",
            (p.doc, "other_id"), (p.dob.strftime("%Y-%m-%dT00:00:00.0000000"), "date"))
    elif v == 4:
        p = R.choice(ESP)
        sd = TODAY - datetime.timedelta(days=R.randint(1, 6))
        comp = R.choice(["tengo dolor en el pecho desde el \u00a7, me falta el aire en la noche",
                         "se me acabó la insulina el \u00a7 y tengo mucha sed",
                         "me duele la muela desde el \u00a7, no puedo comer nada",
                         "necesito ver al doctor, me caí en la regadera el \u00a7 y me duele la rodilla"])
        parts = comp.split("\u00a7")
        l.f(pre + "[INF] SickCall.Kiosk.Api.Controllers.SickCallRequestController: Request \u00a7 free text (lang=es) \"" + parts[0] + "\u00a7" + parts[1] + ". soy \u00a7 cama \u00a7\"",
            (scr_id(d), "other_id"), (fd(sd, R.choice(["es", "eu2"])), "date"), (nm(p, "lower"), "name"), (p.housing, "address"))
    elif v == 5:
        l.f(pre + "[ERR] SickCall.Kiosk.Api.Printing.SlipPrinter: Failed to print receipt for \u00a7 (\u00a7): printer \\\\SRC-" + p.unit[:3] + "-PRN0" + str(R.randint(1, 4)) + " offline (Win32Exception 1722)",
            (p.doc, "other_id"), (nm(p, "LFm"), "name"))
    elif v == 6:
        l.f(pre + "[INF] SickCall.Billing.CopayService: Copay $4.00 posted to trust account \u00a7 for DOC \u00a7, request \u00a7 (exempt=false, indigent=" + R.choice(["false", "true"]) + ")",
            (p.trust, "account"), (p.doc, "other_id"), (scr_id(d), "other_id"))
    elif v == 7:
        l.f(pre + "[INF] SickCall.Kiosk.Api.Services.TriageService: Request \u00a7 triaged by " + R.choice(NURSES) + " priority=" + R.choice(["Urgent", "Routine", "Emergent"]) + " patient=\u00a7 \"\u00a7\" nextAvailable=\u00a7",
            (scr_id(d), "other_id"), (p.doc, "other_id"), (nm(p, "LF"), "name"), (fd(future_appt().date(), "iso"), "date"))
    else:
        l.f(pre + "[WRN] SickCall.Kiosk.Api.Security.KioskAuthHandler: 3 failed PIN attempts for user \u00a7 on " + kiosk(p) + "; account locked 15 min",
            (p.user, "other_id"))
    return [l]


def g_clef():
    d = tick()
    p = pick()
    l = L("serilog_clef")
    ap = future_appt()
    v = R.randrange(4)
    clinic = R.choice(CHRONIC)
    if v == 0:
        l.f('{"@t":"' + ts_utc(d, 7) + '","@mt":"Booked chronic care clinic {Clinic} for {DocNumber} on {ApptStart}","Clinic":"' + clinic +
            '","DocNumber":"\u00a7","ApptStart":"\u00a7","Provider":"' + R.choice(PROVS) + '","Room":"CL-' + str(R.randint(1, 4)) +
            '","SourceContext":"ChronicCare.Scheduling.ClinicBookingService"}',
            (p.doc, "other_id"), (ap.strftime("%Y-%m-%dT%H:%M:00"), "date"))
    elif v == 1:
        l.f('{"@t":"' + ts_utc(d, 7) + '","@mt":"Patient {PatientName} ({DocNumber}) overdue for {Clinic}: last seen {LastSeen}","@l":"Warning","PatientName":"\u00a7","DocNumber":\u00a7,"Clinic":"' + clinic +
            '","LastSeen":"\u00a7","DaysOverdue":' + str(R.randint(5, 120)) + ',"SourceContext":"ChronicCare.Scheduling.OverdueScanner"}',
            (jq(nm(p, "LFm")), "name"), (p.doc, "other_id"), (fd(rdate(datetime.date(2024, 2, 1), datetime.date(2024, 8, 1)), "iso"), "date"))
    elif v == 2:
        l.f('{"@t":"' + ts_utc(d, 7) + '","@mt":"Rescheduled {ApptId} for {DocNumber} from {Old} to {New} reason {Reason}","ApptId":' + str(R.randint(4000000, 4999999)) +
            ',"DocNumber":"\u00a7","Old":"\u00a7","New":"\u00a7","Reason":"' + R.choice(["LOCKDOWN", "PROVIDER_OUT", "OFFSITE_TRIP_CONFLICT", "COURT"]) + '","SourceContext":"ChronicCare.Scheduling.ClinicBookingService"}',
            (p.doc, "other_id"), (fd(ap.date() - datetime.timedelta(days=R.randint(1, 9)), "usn"), "date"), (fd(ap.date(), "usn"), "date"))
    else:
        l.f('{"@t":"' + ts_utc(d, 7) + '","@mt":"Interpreter requested for {DocNumber} language {Lang} appt {ApptStart}","DocNumber":"\u00a7","Lang":"' + ("Spanish" if p.lang != "eng" else R.choice(["Spanish", "Navajo", "Somali"])) +
            '","ApptStart":"\u00a7","Vendor":"LanguageLine","SourceContext":"ChronicCare.Scheduling.InterpreterBroker"}',
            (p.doc, "other_id"), (ap.strftime("%Y-%m-%dT%H:%M:00-07:00"), "date"))
    return [l]


def sp_pre(d, lvl, thread, logger):
    return f"{ts_spring(d)} {lvl:>5} 18824 --- [{thread:>15}] {logger:<40} : "


def g_medpass(v=None):
    d = tick()
    p = pick()
    l = L("spring_boot")
    med, ndc = R.choice(MEDS)
    th = f"nio-8443-exec-{R.randint(1, 10)}"
    v = R.randrange(8) if v is None else v
    if v == 0:
        l.f(sp_pre(d, "INFO", th, "c.m.medpass.scan.BarcodeScanService") + "Scan OK inmate=\u00a7 name=\"\u00a7\" window=" + R.choice(["AM", "NOON", "PM", "HS"]) +
            " line=" + p.unit + " item=\"" + med + "\" ndc=" + ndc + " qty=1 card=BC-" + str(R.randint(10000, 99999)),
            (p.doc, "other_id"), (nm(p, "LF"), "name"))
    elif v == 1:
        q = pick()
        l.f(sp_pre(d, "WARN", th, "c.m.medpass.scan.PatientMatchGuard") + "WRONG PATIENT blocked: ID card \u00a7 vs blister card for \u00a7 (\u00a7); nurse=" + R.choice(NURSES),
            (p.doc, "other_id"), (q.doc, "other_id"), (fold(q.last).upper(), "name"))
    elif v == 2:
        l.f(sp_pre(d, "INFO", th, "c.m.medpass.mar.RefusalService") + "Refusal documented doc=\u00a7 med=\"" + med + "\" reason=PATIENT_REFUSED consecutive=" + str(R.randint(1, 4)) + " -> notify=" + R.choice(["psych", "provider", "none"]),
            (p.doc, "other_id"))
    elif v == 3:
        l.f(sp_pre(d, "DEBUG", th, "c.m.medpass.bio.FingerprintVerifier") + "verify doc=\u00a7 finger=R_INDEX score=0." + str(R.randint(860, 990)) + " threshold=0.85 template=\u00a7",
            (p.doc, "other_id"), ("Rk1SACAyMAAA" + b64(R.randint(40, 64)) + "==", "biometric"))
    elif v == 4:
        l.f(sp_pre(d, "INFO", th, "c.m.medpass.kop.KopIssueService") + "KOP issued to \u00a7 (\u00a7) 30x \"" + med + "\" lot=" + R.choice("FKXR") + str(R.randint(1000, 9999)) + " exp=2026-0" + str(R.randint(1, 9)) + " housing=\u00a7",
            (p.doc, "other_id"), (nm(p, "LFm"), "name"), (p.housing, "address"))
    elif v == 5:
        l.f(sp_pre(d, "INFO", th, "c.m.medpass.insulin.InsulinLineService") + "insulin line doc=\u00a7 glucose=" + str(R.randint(70, 380)) + "mg/dL dose=" + str(R.randint(2, 14)) + "u lispro cgm=\u00a7 src=CGM_READER",
            (p.doc, "other_id"), ("3MH" + "%06d" % R.randint(0, 999999) + R.choice("LKMP"), "device"))
    elif v == 6:
        l.f(sp_pre(d, "ERROR", th, "c.m.medpass.scan.BarcodeScanService") + "ID card barcode unreadable at line " + p.unit + ", manual entry by " + R.choice(NURSES) + ": entered=\u00a7 matched=\"\u00a7\"",
            (p.doc, "other_id"), (nm(p, "fl"), "name"))
    else:
        l.f(sp_pre(d, "WARN", th, "c.m.medpass.mar.MissedDoseMonitor") + "3 missed doses \"" + med + "\" for \u00a7 \u00a7 DOB \u00a7 -> provider review queued",
            (nm(p, "LFU"), "name"), (p.doc, "other_id"), (fd(p.dob, "us"), "date"))
    return [l]


def g_hibernate():
    d = tick()
    p = pick()
    out = []
    th = f"nio-8443-exec-{R.randint(1, 10)}"
    l = L("spring_boot")
    l.t(sp_pre(d, "DEBUG", th, "org.hibernate.SQL") + "insert into CHS.CCC_ENROLLMENT (DOC_NUM, DOB, PROGRAM_CD, ENROLL_DT, PROVIDER_ID, ID) values (?, ?, ?, ?, ?, ?)")
    out.append(l)
    vals = [("VARCHAR", p.doc, "other_id"), ("DATE", fd(p.dob, "iso"), "date"), ("VARCHAR", R.choice(CHRONIC), None),
            ("DATE", fd(rdate(datetime.date(2024, 8, 1), TODAY), "iso"), "date"), ("BIGINT", str(R.randint(2000, 2999)), None)]
    for i, (typ, val, cat) in enumerate(vals, 1):
        l = L("spring_boot")
        l.f(sp_pre(d, "TRACE", th, "o.h.type.descriptor.sql.BasicBinder") + f"binding parameter [{i}] as [{typ}] - [\u00a7]", (val, cat))
        out.append(l)
    if R.random() < 0.6:
        l = L("spring_boot")
        l.t(sp_pre(d, "WARN", th, "o.h.engine.jdbc.spi.SqlExceptionHelper") + "SQL Error: 1, SQLState: 23000")
        out.append(l)
        l = L("spring_boot")
        l.t(sp_pre(d, "ERROR", th, "o.h.engine.jdbc.spi.SqlExceptionHelper") + "ORA-00001: unique constraint (CHS.UQ_CCC_ENROLL) violated")
        out.append(l)
    return out


def g_oracle():
    d = tick()
    p = pick()
    out = []
    v = R.randrange(3)
    if v == 0:
        l = L("java_exception")
        l.f("java.sql.SQLException: ORA-01400: cannot insert NULL into (\"CHS\".\"OFFSITE_TRIP\".\"DEST_FACILITY_ID\") [bind: doc_num=\u00a7, appt_dt=\u00a7, trip_no=\u00a7]",
            (p.doc, "other_id"), (fd(future_appt().date(), "ora"), "date"), (f"TRP-2409-{R.randint(100, 999):04d}", "other_id"))
        out.append(l)
        for fr in ["\tat oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:630)",
                   "\tat oracle.jdbc.driver.T4CPreparedStatement.executeForRows(T4CPreparedStatement.java:1090)",
                   "\tat com.meridian.trips.repo.TripRepository.insert(TripRepository.java:212)"]:
            out.append(L("java_exception").t(fr))
    elif v == 1:
        l = L("log4j")
        l.f(ts_log4j(d) + " ERROR [chs-batch-4] c.m.chs.batch.HsWeighImport - Row 14 rejected: ORA-02291: integrity constraint (CHS.FK_HS_DOC) violated - parent key not found; values=(\u00a7,'\u00a7',71.4)",
            (p.doc, "other_id"), (fd(TODAY - datetime.timedelta(days=R.randint(0, 3)), "ora"), "date"))
        out.append(l)
    else:
        l = L("log4j")
        full = nm(p, "LFU") + " " + p.mi + "."
        n = len(full.encode("utf-8"))
        l.f(ts_log4j(d) + " WARN  [telemed-sync-2] c.m.telemed.sync.OracleSync - ORA-12899: value too large for column \"CHS\".\"PATIENT\".\"DISPLAY_NM\" (actual: " + str(n) + ", maximum: " + str(max(8, n - R.randint(1, 6))) + ") name='\u00a7' doc=\u00a7",
            (full, "name"), (p.doc, "other_id"))
        out.append(l)
    return out


def hl7_msh(d, typ, ctrl, sa="MCHP_EHR", sf="SRC", ra="TELEHUB", rf="SPECNET"):
    return L("hl7v2").t(f"MSH|^~\\&|{sa}|{sf}|{ra}|{rf}|{ts_hl7(d)}||{typ}|{ctrl}|P|2.5.1|||AL|NE||UNICODE UTF-8")


def hl7_pid(p, with_addr=False):
    l = L("hl7v2")
    l.f("PID|1||\u00a7^^^MCHP^MR~\u00a7^^^AZDOC^SR||\u00a7^\u00a7^" + p.mi + "^^^^L||\u00a7|" + p.sex + "|||",
        (p.mrn, "mrn"), (p.doc, "other_id"), (fold(p.last).upper(), "name"), (fold(p.first).upper(), "name"), (fd(p.dob, "hl7"), "date"))
    if with_addr:
        l.f("\u00a7^^\u00a7^AZ^\u00a7^USA^H||\u00a7^PRN^PH||" + p.lang.upper() + "^" + {"spa": "Spanish", "eng": "English", "vie": "Vietnamese", "som": "Somali"}[p.lang] + "^HL70296|||\u00a7|\u00a7|\u00a7^AZ",
            (p.street.upper(), "address"), (p.city.upper(), "address"), (p.zip, "zip"), (fphone(p.cell, 5), "phone"),
            ("V" + p.doc[::-1] + "%03d" % R.randint(0, 999), "account"), (p.ssn, "ssn"), (p.dl, "license"))
    else:
        l.t("||||" + p.lang.upper() + "^" + {"spa": "Spanish", "eng": "English", "vie": "Vietnamese", "som": "Somali"}[p.lang] + "^HL70296")
    return l


def g_hl7_siu():
    d = tick()
    p = pick()
    sp, spec = R.choice(SPECS)
    ap = future_appt()
    ctrl = f"MCHP{R.randint(1000000, 9999999)}"
    out = [hl7_msh(d, "SIU^S12^SIU_S12", ctrl)]
    l = L("hl7v2")
    l.f(f"SCH|APT-{R.randint(8000000, 8999999)}^MCHP|{R.randint(100000, 999999)}^SPECNET|||ROUTINE^Routine^HL70276|TELE{spec[:5].upper()}^Tele-{spec.lower()} follow-up|||30|min|^^30^\u00a7^\u00a7|||||||||||||BOOKED",
        (ap.strftime("%Y%m%d%H%M"), "date"), ((ap + datetime.timedelta(minutes=30)).strftime("%Y%m%d%H%M"), "date"))
    out.append(l)
    out.append(hl7_pid(p))
    l = L("hl7v2")
    l.f("PV1|1|O|\u00a7^" + p.fac + "||||1457" + str(R.randint(100000, 999999)) + "^" + R.choice(PROVS).split()[-1] + "^^^^^^^NPI",
        (p.hl7loc, "address"))
    out.append(l)
    out.append(L("hl7v2").t(f"AIP|1||{R.randint(1000000000, 1999999999)}^{sp.split()[-1]}^{sp.split()[1]}^^^Dr^^^NPI|{spec.upper()}"))
    out.append(L("hl7v2").t(f"AIL|1||TELEMED^ROOM{R.randint(1, 4)}^^{p.fac}|VIDEO^Video visit"))
    return out


def g_hl7_adt():
    d = tick()
    p = R.choice([q for q in PATS if q.fac == "VMRC"] + OLD)
    ctrl = f"MCHP{R.randint(1000000, 9999999)}"
    out = [hl7_msh(d, "ADT^A04^ADT_A01", ctrl, ra="HIE_GW", rf="AZHIE")]
    out.append(L("hl7v2").t(f"EVN|A04|{ts_hl7(d)}|||{R.choice(['okafork', 'ybarrae', 'bellm'])}"))
    out.append(hl7_pid(p, with_addr=True))
    l = L("hl7v2")
    l.f("NK1|1|\u00a7^\u00a7|" + p.rel_en[:3].upper() + "^" + p.rel_en.title() + "^HL70063||\u00a7",
        (fold(p.c_last).upper(), "name"), (fold(p.c_first).upper(), "name"), (fphone(p.c_phone, 5), "phone"))
    out.append(l)
    l = L("hl7v2")
    l.f("PV1|1|I|INTAKE^" + R.choice(["03", "04", "07"]) + "^^VMRC" + "|" * 16 + "\u00a7" + "|" * 25 + "\u00a7",
        ("V" + d.strftime("%y%m%d") + "%05d" % R.randint(1, 999), "other_id"), (d.strftime("%Y%m%d%H%M"), "date"))
    out.append(l)
    out.append(L("hl7v2").t("OBX|1|CWE|71802-3^Housing status^LN||LA30190-5^Incarcerated^LN||||||F"))
    out.append(L("hl7v2").t(f"OBX|2|NM|44261-6^PHQ-9 total score^LN||{R.randint(0, 27)}|{{score}}|||||F"))
    if p.age > 89:
        l = L("hl7v2")
        l.f("OBX|3|NM|30525-0^Age^LN||\u00a7|a^years^UCUM|||||F", (str(p.age), "age"))
        out.append(l)
    else:
        out.append(L("hl7v2").t(f"OBX|3|NM|30525-0^Age^LN||{p.age}|a^years^UCUM|||||F"))
    out.append(L("hl7v2").t("OBX|4|CWE|93373-9^Suicide risk^LN||" + R.choice(["LA6752-5^Low", "LA6751-7^Moderate", "LA6750-9^High"]) + "^LN||||||F"))
    return out


def g_hl7_oru():
    d = tick()
    p = pick()
    sp, spec = R.choice(SPECS)
    out = [hl7_msh(d, "ORU^R01^ORU_R01", f"SPN{R.randint(100000, 999999)}", sa="TELEHUB", sf="SPECNET", ra="MCHP_EHR", rf="SRC")]
    out.append(hl7_pid(p))
    out.append(L("hl7v2").t(f"OBR|1||TC{R.randint(100000, 999999)}|11488-4^Consult note^LN|||{ts_hl7(d)[:12]}|||||||||{R.randint(1000000000, 1999999999)}^{sp.split()[-1]}^{sp.split()[1]}"))
    l = L("hl7v2")
    seen = TODAY - datetime.timedelta(days=R.randint(0, 2))
    lang = "Spanish-speaking, interpreter via LanguageLine #" + str(R.randint(200000, 299999)) if p.lang == "spa" else "English-speaking"
    l.f("OBX|1|TX|11488-4^Consult note^LN||\u00a7 seen by video \u00a7 from " + FACS[p.fac][0] + ". " + lang + ". " +
        R.choice(["BP 162/98 on 3 agents; add spironolactone 25 mg; BMP in 1 wk.",
                  "eGFR 24, refer for AV fistula eval; avoid NSAIDs.",
                  "HCV RNA 2.1M IU/mL, genotype 1a; start sofosbuvir/velpatasvir x12 wk.",
                  "Post-op L knee healing well; PT 2x/wk; f/u 6 wk.",
                  "Viral load undetectable; continue Biktarvy."]) + "\\.br\\Return visit after \u00a7 if still in custody.||||||F",
        (nm(p, "fl"), "name"), (fd(seen, "us"), "date"), (fd(p.release, "us"), "date"))
    out.append(l)
    return out


def ecs(d, svc, lvl="INFO"):
    return '{"@timestamp":"' + ts_utc(d) + '","log.level":"' + lvl + '","service.name":"' + svc + '","ecs.version":"1.6.0",'


def g_telemed():
    d = tick()
    p = pick()
    sp, spec = R.choice(SPECS)
    l = L("ecs_json")
    v = R.randrange(4)
    tr = ',"trace.id":"' + hexid(32) + '","span.id":"' + hexid(16) + '"}'
    if v == 0:
        ap = future_appt()
        l.f(ecs(d, "telemed-session-svc") + '"message":"Session scheduled","session.id":"' + uuid() + '","patient":{"docNumber":"\u00a7","displayName":"\u00a7","dob":"\u00a7"},"apptStart":"\u00a7","specialist":"' + sp + '","specialty":"' + spec + '","interpreter":"' + ("es" if p.lang == "spa" else "none") + '"' + tr,
            (p.doc, "other_id"), (jq(nm(p, "iL")), "name"), (fd(p.dob, "iso"), "date"), (ap.strftime("%Y-%m-%dT%H:%M:00-07:00"), "date"))
    elif v == 1:
        l.f(ecs(d, "telemed-session-svc") + '"message":"Participant joined","session.id":"' + uuid() + '","participant.role":"PATIENT","participant.ref":"doc:\u00a7","endpoint":"CART-' + p.fac + '-0' + str(R.randint(1, 6)) + '","client.ip":"10.40.' + str(R.randint(1, 60)) + '.' + str(R.randint(2, 250)) + '"' + tr,
            (p.doc, "other_id"))
    elif v == 2:
        l.f(ecs(d, "telemed-consent-svc") + '"message":"Telehealth consent captured","patient":{"mrn":"\u00a7","name":"\u00a7"},"consent.form":"TH-CONSENT-' + ("ES" if p.lang == "spa" else "EN") + '-v3","witness":"' + R.choice(NURSES) + '"' + tr,
            (p.mrn, "mrn"), (jq(nm(p, "LFm")), "name"))
    else:
        l.f(ecs(d, "telemed-session-svc", "WARN") + '"message":"Specialist no-show, rebooking","patient.docNumber":"\u00a7","patient.housing":"\u00a7","originalAppt":"\u00a7","specialist":"' + sp + '"' + tr,
            (p.doc, "other_id"), (jq(p.housing), "address"), (fd(TODAY, "us"), "date"))
    return [l]


def g_intake(v=None):
    d = tick()
    p = R.choice(PATS + OLD + OLD)
    l = L("ecs_json")
    v = R.randrange(4) if v is None else v
    tr = ',"trace.id":"' + hexid(32) + '"}'
    if v == 0:
        l.f(ecs(d, "intake-screening") + '"message":"Receiving screening completed","event.action":"screening.completed","offender":{"docNumber":"\u00a7","lastName":"\u00a7","firstName":"\u00a7","dob":"\u00a7","age":\u00a7,"bookingDate":"\u00a7","preferredLanguage":"' + p.lang + '"},"screen":{"tb":"' + R.choice(["NEG", "NEG", "SYMPTOMATIC"]) + '","suicideRisk":"' + R.choice(["LOW", "MODERATE", "HIGH"]) + '","withdrawalRisk":"' + R.choice(["NONE", "ALCOHOL", "OPIOID"]) + '","pregnant":false},"nurse":"' + R.choice(NURSES) + '"' + tr,
            (p.doc, "other_id"), (jq(p.last), "name"), (jq(p.first), "name"), (fd(p.dob, "iso"), "date"),
            (str(p.age), "age" if p.age > 89 else None), (fd(TODAY, "iso"), "date"))
    elif v == 1:
        photo = "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/" + b64(R.randint(120, 200))
        l.f(ecs(d, "intake-screening") + '"message":"Intake photo attached","event.action":"photo.attached","docNumber":"\u00a7","photo":{"contentType":"image/jpeg","bytes":' + str(R.randint(18000, 42000)) + ',"data":"\u00a7"},"camera":"IDCAM-VMRC-02"' + tr,
            (p.doc, "other_id"), (photo, "photo"))
    elif v == 2:
        dev = R.choice([("CPAP", "ResMed", "AirSense 10", "2316" + "%07d" % R.randint(0, 9999999)),
                        ("PACEMAKER", "Medtronic", "Azure XT DR", "RNB" + "%06d" % R.randint(0, 999999) + "S"),
                        ("HEARING_AID", "Phonak", "Audeo P90", "%07d" % R.randint(1000000, 9999999) + "H"),
                        ("INSULIN_PUMP", "Tandem", "t:slim X2", "%08d" % R.randint(10000000, 99999999))])
        l.f(ecs(d, "intake-screening") + '"message":"Personal medical device logged","docNumber":"\u00a7","dme":{"type":"' + dev[0] + '","make":"' + dev[1] + '","model":"' + dev[2] + '","serial":"\u00a7","allowedInCell":' + R.choice(["true", "false"]) + '}' + tr,
            (p.doc, "other_id"), (dev[3], "device"))
    else:
        l.f(ecs(d, "intake-screening") + '"message":"Prior coverage found","docNumber":"\u00a7","coverage":{"ahcccsId":"\u00a7","medicareMbi":' + ('"\u00a7"' if p.age > 64 else 'null') + ',"status":"SUSPENDED_INCARCERATION"}' + tr,
            *([(p.doc, "other_id"), (p.ahcccs, "health_plan")] + ([(p.mbi, "health_plan")] if p.age > 64 else [])))
    return [l]


def g_mssql():
    d = tick()
    p = pick()
    out = []
    spid = f"spid{R.randint(51, 140)}"
    v = R.randrange(2)
    if v == 0:
        out.append(L("mssql_errorlog").t(f"{ts_mssql(d)} {spid:<11}deadlock-list"))
        out.append(L("mssql_errorlog").t(f"{ts_mssql(d)} {spid:<11} process id=process{hexid(12)} taskpriority=0 logused=0 waitresource=KEY: 7:72057594045071360 ({hexid(12)}) waittime=3812 lockMode=U isolationlevel=read committed (2)"))
        l = L("mssql_errorlog")
        l.f(f"{ts_mssql(d)} {spid:<11}  inputbuf exec dbo.usp_UpsertReleasePlan @DocNumber=N'\u00a7',@ReleaseDate='\u00a7',@AhcccsId=N'\u00a7',@ClinicId=" + str(R.randint(10, 99)),
            (p.doc, "other_id"), (fd(p.release, "iso"), "date"), (p.ahcccs, "health_plan"))
        out.append(l)
    else:
        l = L("dotnet_exception")
        l.f("Microsoft.Data.SqlClient.SqlException (0x80131904): Violation of PRIMARY KEY constraint 'PK_IntakeScreening'. Cannot insert duplicate key in object 'dbo.IntakeScreening'. The duplicate key value is (\u00a7, \u00a7).",
            (p.doc, "other_id"), (fd(TODAY, "iso"), "date"))
        out.append(l)
        for fr in ["   at Microsoft.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)",
                   "   at Intake.Data.ScreeningRepository.InsertAsync(ScreeningRecord record, CancellationToken ct) in /src/Intake.Data/ScreeningRepository.cs:line 88",
                   "ClientConnectionId:" + uuid() + "",
                   "Error Number:2627,State:1,Class:14"]:
            out.append(L("dotnet_exception").t(fr))
    return out


def g_csv():
    out = []
    v = R.randrange(2)
    if v == 0:
        out.append(L("csv_export").t("clinic_dt,clinic,doc_num,inmate_last,inmate_first,dob,facility,housing,provider,last_bp,last_a1c,interp"))
        for _ in range(R.randint(3, 5)):
            p = pick()
            ap = future_appt()
            l = L("csv_export")
            last = p.last if "," not in p.last else p.last
            l.f("\u00a7," + R.choice(CHRONIC) + ",\u00a7,\u00a7,\u00a7,\u00a7," + p.fac + ",\u00a7," + R.choice(PROVS) + f",{R.randint(110, 180)}/{R.randint(60, 110)}," +
                (f"{R.randint(52, 124) / 10:.1f}" if R.random() < 0.7 else "") + "," + ("Y" if p.lang != "eng" else "N"),
                (ap.strftime("%Y-%m-%d %H:%M"), "date"), (p.doc, "other_id"), (fold(last).upper(), "name"), (fold(p.first).upper(), "name"),
                (fd(p.dob, "us"), "date"), (p.housing, "address"))
            out.append(l)
    else:
        out.append(L("csv_export").t('"ApptDate";"Clinic";"DOC";"Nombre";"Unidad";"Idioma";"Estado"'))
        for _ in range(R.randint(3, 4)):
            p = R.choice(ESP)
            ap = future_appt()
            l = L("csv_export")
            l.f('"\u00a7";"' + R.choice(CHRONIC) + '";"\u00a7";"\u00a7";"' + p.unit + '";"ES";"' + R.choice(["PROGRAMADA", "CONFIRMADA", "REPROGRAMAR"]) + '"',
                (fd(ap.date(), "eu"), "date"), (p.doc, "other_id"), (nm(p, "LFm"), "name"))
            out.append(l)
    return out


def g_mar():
    out = []
    n = R.randint(2, 4)
    for _ in range(n):
        p = pick()
        med, ndc = R.choice(MEDS)
        l = L("pipe_mar")
        adm = TODAY - datetime.timedelta(days=R.randint(0, 1))
        l.f("MAR|\u00a7|\u00a7|\u00a7|" + p.fac + "|\u00a7|" + ndc.replace("-", "") + "|" + med + "|" + ("10 UNITS SUBQ QHS" if "INSULIN" in med else "1 SL DAILY" if "FILM" in med else "1 PO " + R.choice(["BID", "DAILY", "TID", "QHS"])) +
            "|\u00a7|" + R.choice(["0600", "0700", "1130", "1600", "2000"]) + "|" + R.choice(["GIVEN", "GIVEN", "GIVEN", "REFUSED", "NO-SHOW", "HELD"]) + "|" + fold(R.choice(NURSES)).upper().replace(".", "") + "|",
            (p.doc, "other_id"), (fold(p.last).upper(), "name"), (fold(p.first).upper(), "name"), (p.housing, "address"), (fd(adm, "iso"), "date"))
        out.append(l)
    if R.random() < 0.5:
        out.append(L("pipe_mar").t(f"TRL|MAR|rows={R.randint(1500, 2400)}|crc32={hexid(8)}|gen=CHS_MAR_EXPORT v2.3"))
    return out


def g_trip():
    d = tick()
    p = pick()
    l = L("syslog5424")
    pre = f"<134>1 {ts_isol(d)} trans-sched01 OffsiteTripService {R.randint(2000, 2400)} TRIP - "
    trip = f"TRP-2409-{R.randint(100, 999):04d}"
    hosp = R.choice(HOSP)
    veh = f"VAN-{R.randint(10, 30)} (AZ {R.choice('GHK')}{R.randint(100, 999)}{R.choice(['KT', 'MX', 'RB'])})"
    esc = " / ".join(R.sample(OFFICERS, 2))
    v = R.randrange(4)
    if v == 0:
        ap = future_appt()
        l.f(pre + "Trip \u00a7 created: DOC \u00a7 dest=\"" + hosp + " - " + R.choice(SPECS)[1] + "\" appt=\u00a7 restraint=" + R.choice(["FULL", "MEDIUM", "MINIMUM"]) + " escort=\"" + esc + "\" vehicle=\"" + veh + "\"",
            (trip, "other_id"), (p.doc, "other_id"), (ap.strftime("%m/%d/%Y %H:%M"), "date"))
    elif v == 1:
        l.f(pre + "Trip \u00a7 status=ADMITTED: patient \u00a7 (\u00a7) admitted to " + hosp + " on \u00a7; hospital post staffed by " + esc + "; relief 1800",
            (trip, "other_id"), (p.doc, "other_id"), (nm(p, "LF"), "name"), (fd(TODAY, "usn"), "date"))
    elif v == 2:
        l.f(pre.replace("<134>", "<131>") + "Emergency transport \u00a7 inmate \"\u00a7\" DOC \u00a7 from \u00a7 to " + hosp + " ED; c/c " + R.choice(["chest pain", "unresponsive", "GI bleed", "seizure x2", "laceration L forearm"]) + "; escort " + esc,
            ("EMS-" + str(R.randint(10000, 99999)), "other_id"), (nm(p, "LFm"), "name"), (p.doc, "other_id"), (p.housing, "address"))
    else:
        l.f(pre + "Trip \u00a7 returned DOC \u00a7 discharge=\u00a7 paperwork=RECEIVED follow-up=\"" + R.choice(["ortho 6 wk", "cardiology 2 wk", "none"]) + "\" vehicle=\"" + veh + "\"",
            (trip, "other_id"), (p.doc, "other_id"), (fd(TODAY - datetime.timedelta(days=R.randint(0, 4)), "iso"), "date"))
    return [l]


UAS = ["Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/128.0.0.0+Safari/537.36+Edg/128.0.0.0",
       "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64;+rv:130.0)+Gecko/20100101+Firefox/130.0",
       "Mozilla/5.0+(iPhone;+CPU+iPhone+OS+17_6_1+like+Mac+OS+X)+AppleWebKit/605.1.15+(KHTML,+like+Gecko)+Version/17.6+Mobile/15E148+Safari/604.1"]


def g_iis(v=None):
    d = tick()
    p = pick()
    l = L("iis_w3c")
    pre = f"{ts_iis(d)} 10.40.3.21 "
    staff = R.choice(["MCHP\\okafork", "MCHP\\benavidesl", "MCHP\\whitfieldd", "MCHP\\raoa", "MCHP\\ybarrae"])
    v = R.randrange(5) if v is None else v
    sfx = lambda ua: f" {ua} - 200 0 0 {R.randint(8, 900)}"
    if v == 0:
        l.f(pre + "GET /ChronicCare/api/v2/enrollments docNo=\u00a7&program=" + R.choice(CHRONIC).replace("/", "%2F") + " 443 " + staff + " 10.40.18." + str(R.randint(2, 250)) + sfx(UAS[0]),
            (p.doc, "other_id"))
    elif v == 1:
        l.f(pre + "GET /Offenders/Search lastName=\u00a7&dob=\u00a7 443 " + staff + " 10.40.18." + str(R.randint(2, 250)) + sfx(UAS[1]),
            (pct(p.last), "name"), (pct(fd(p.dob, "us")), "date"))
    elif v == 2:
        ip = f"{R.choice([68, 70, 72, 174, 184, 98])}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"
        l.f(pre + "POST /ReleasePlanning/Family/Portal/Login ReturnUrl=%2FPlans%2F\u00a7 443 - \u00a7" + sfx(UAS[2]),
            (p.doc, "other_id"), (ip, "ip"))
    elif v == 3:
        l.f(pre + "GET /Telemed/Session/Join sid=" + uuid() + "&doc=\u00a7&role=nurse 443 " + staff + " 10.40.22." + str(R.randint(2, 250)) + sfx(UAS[0]),
            (p.doc, "other_id"))
    else:
        l.f(pre + "GET /Grievance/Details/\u00a7 - 443 " + staff + " 10.40.18." + str(R.randint(2, 250)) + sfx(UAS[0]),
            (f"GRV-24-{R.randint(10000, 19999)}", "other_id"))
    return [l]


def mel(d, lvl, cat, eid):
    return f"{ts_isol(d)} {lvl}: {cat}[{eid}] "


def g_ocr():
    d = tick()
    l = L("mel_console")
    v = R.randrange(5)
    batch = f"SCN-{d:%m%d}-{R.choice(['YUC', 'CHO', 'OCO', 'AGA', 'MES'])}-{R.randint(1, 12):02d}"
    if v == 0:
        p = R.choice(ESP)
        sd = TODAY - datetime.timedelta(days=R.randint(1, 5))
        motivo = R.choice(["me duele la muela de abajo desde hace 4 dias y no puedo comer. Por favor.",
                           "necesito mis pastillas de la presion, ya no me dieron en la linea.",
                           "tengo comezon y ronchas en todo el cuerpo, creo que es sarna.",
                           "quiero hablar con salud mental, no puedo dormir y estoy muy triste."])
        ini = p.first[0] + "." + p.last.replace("de la ", "").replace("del ", "").replace("De ", "")[0] + "."
        l.f(mel(d, "info", "SlipIntake.Worker.OcrPipeline", 2101) + f"Page {R.randint(1, 40)}/{R.randint(40, 60)} batch={batch} lang=spa conf=0.{R.randint(70, 95)} text=\"SOLICITUD DE SERVICIO MEDICO\\nNombre: \u00a7  No. DOC: \u00a7\\nUnidad/Cama: \u00a7   Fecha: \u00a7\\nMotivo: " + motivo + "\\nFirma: \u00a7\"",
            (nm(p, "fl"), "name"), (p.doc, "other_id"), (p.housing, "address"), (fd(sd, R.choice(["eu2", "eu"])), "date"), (ini, "name"))
    elif v == 1:
        p = pick()
        sd = TODAY - datetime.timedelta(days=R.randint(1, 5))
        why = R.choice(["I need my seizure meds refilled, ran out friday", "my sugar has been over 300 and I feel dizzy",
                        "tooth broke off eating, bleeding", "need my glasses replaced they got broke in shakedown",
                        "rash on my legs spreading"])
        l.f(mel(d, "info", "SlipIntake.Worker.OcrPipeline", 2101) + f"Page {R.randint(1, 40)} batch={batch} lang=eng conf=0.{R.randint(70, 95)} text=\"HEALTH SERVICES REQUEST\\nName: \u00a7 #\u00a7\\nHousing: \u00a7\\nDate \u00a7\\n" + why + "\"",
            (nm(p, R.choice(["fl", "lower", "flA"])), "name"), (p.doc, "other_id"), (p.housing, "address"), (fd(sd, R.choice(["dash", "usn", "us2"])), "date"))
    elif v == 2:
        p = pick()
        l.f(mel(d, "info", "SlipIntake.Worker.FieldExtractor", 2204) + 'Extracted fields {"docNumber":"\u00a7","name":"\u00a7","housing":"\u00a7","slipDate":"\u00a7","category":"' + R.choice(["Dental", "Medical", "Mental Health", "Refill"]) + '","confidence":0.' + str(R.randint(60, 97)) + "}",
            (p.doc, "other_id"), (nm(p, "flA"), "name"), (p.housing.upper(), "address"), (fd(TODAY - datetime.timedelta(days=R.randint(1, 4)), "iso"), "date"))
    elif v == 3:
        p = pick()
        bad = p.doc[:4] + R.choice("BOSZ") + p.doc[5]
        nmr = nm(p, "flA")
        nmr = nmr.replace("i", "l", 1) if "i" in nmr else nmr.replace("a", "o", 1)
        l.f(mel(d, "warn", "SlipIntake.Worker.FieldExtractor", 2207) + "DOC number \"\u00a7\" failed checksum on page " + str(R.randint(1, 40)) + " of " + batch + "; routed to manual review (name read as \"\u00a7\")",
            (bad, "other_id"), (nmr, "name"))
    else:
        p = R.choice(OLD + ESP)
        if p.age > 89:
            l.f(mel(d, "info", "SlipIntake.Worker.OcrPipeline", 2101) + f"Page 1 batch={batch} lang=spa conf=0.{R.randint(60, 80)} text=\"Nombre: \u00a7\\nEdad: \u00a7 años\\nNo puedo caminar a la línea de pastillas, pido que me las traigan a la celda \u00a7\"",
                (nm(p, "fl"), "name"), (str(p.age), "age"), (p.housing, "address"))
        else:
            l.f(mel(d, "info", "SlipIntake.Worker.OcrPipeline", 2101) + f"Page 2 batch={batch} lang=spa conf=0.{R.randint(60, 80)} text=\"Nombre: \u00a7\\nEdad: {p.age} años\\nPido cita con el dentista, DOC \u00a7\"",
                (nm(p, "fl"), "name"), (p.doc, "other_id"))
    return [l]


def g_watch():
    d = tick()
    p = pick()
    l = L("logfmt")
    pre = f"ts={ts_isol(d)} level=info app=mh-watchlog "
    wid = f"SW-24-{R.randint(100, 999):04d}"
    v = R.randrange(5)
    if v == 0:
        l.f(pre + "event=observation watch_id=\u00a7 watch=SUICIDE level=" + R.choice(["CONSTANT", "CLOSE_15"]) + " doc=\u00a7 cell=\"\u00a7\" obs=\"" +
            R.choice(["lying on bunk awake, responsive", "pacing, talking to self", "eating dinner tray, calm", "sleeping, chest rise observed", "crying, asked for chaplain"]) +
            "\" observer_badge=" + str(R.randint(1000, 9999)) + " interval_min=15",
            (wid, "other_id"), (p.doc, "other_id"), (p.housing, "address"))
    elif v == 1:
        l.f(pre + "event=watch_start watch_id=\u00a7 doc=\u00a7 name=\"\u00a7\" start_date=\u00a7 ordered_by=\"" + R.choice(PROVS) + "\" reason=\"" +
            R.choice(["verbalized SI with plan", "self-harm (superficial lacerations)", "found with ligature", "post-hospital return"]) + "\" property=SMOCK_ONLY",
            (wid, "other_id"), (p.doc, "other_id"), (nm(p, "LF"), "name"), (fd(TODAY - datetime.timedelta(days=R.randint(0, 3)), "iso"), "date"))
    elif v == 2:
        hs = f"HS-24-{R.randint(10, 99):03d}"
        st = TODAY - datetime.timedelta(days=R.randint(2, 12))
        base = R.randint(60, 100) + R.randint(0, 9) / 10
        l.f(pre + "event=hs_weigh hs_id=\u00a7 doc=\u00a7 day=" + str((TODAY - st).days) + f" weight_kg={base - R.randint(1, 7) - 0.4:.1f} baseline_kg={base:.1f} meals_refused={R.randint(6, 30)} fluids=yes start=\"\u00a7\"",
            (hs, "other_id"), (p.doc, "other_id"), (fd(st, "us"), "date"))
    elif v == 3:
        p = R.choice(ESP)
        quote = R.choice(["no como hasta que me transfieran", "quiero ver a mi abogado", "no voy a comer hasta que me den mis medicinas"])
        l.f(pre.replace("level=info", "level=warn") + "event=hs_note doc=\u00a7 note=\"" + ("Sr." if p.sex == "M" else "Sra.") + " \u00a7 refused breakfast tray, states '" + quote + "'; interpreter=staff (" + R.choice(NURSES) + ")\"",
            (p.doc, "other_id"), (p.last, "name"))
    else:
        l.f(pre + "event=watch_step_down watch_id=\u00a7 doc=\u00a7 from=CONSTANT to=CLOSE_15 by=\"" + R.choice(PROVS) + "\" next_review=\u00a7",
            (wid, "other_id"), (p.doc, "other_id"), (fd(TODAY + datetime.timedelta(days=1), "us"), "date"))
    return [l]


def g_griev():
    d = tick()
    p = pick()
    gid = f"GRV-24-{R.randint(10000, 19999)}"
    rec = TODAY - datetime.timedelta(days=R.randint(8, 25))
    seen = rec + datetime.timedelta(days=R.randint(2, 6))
    v = R.randrange(3)
    if v == 0 and p.lang == "spa":
        l = L("xml_record")
        l.f('<Grievance id="\u00a7" level="1" status="RESPONDED"><Inmate doc="\u00a7"><Name>\u00a7</Name><Housing>\u00a7</Housing></Inmate><Received>\u00a7</Received><Category>Acceso a la atención - dental</Category><Response lang="es">Su queja fue revisada. Usted fue atendido por el dentista el \u00a7 y está programado para extracción.</Response><RespondedBy title="Health Services Administrator">D. Whitfield</RespondedBy></Grievance>',
            (gid, "other_id"), (p.doc, "other_id"), (nm(p, "LFm"), "name"), (p.housing, "address"), (fd(rec, "iso"), "date"), (fd(seen, "eu"), "date"))
        return [l]
    if v <= 1:
        l = L("xml_record")
        l.f('<Grievance id="\u00a7" level="' + str(R.randint(1, 2)) + '" status="' + R.choice(["RESPONDED", "UPHELD", "DENIED"]) + '"><Inmate doc="\u00a7"><Name>\u00a7</Name></Inmate><Received>\u00a7</Received><Category>' +
            R.choice(["Access to care - medical", "Medication - missed doses", "Copay dispute", "Chronic care - delay"]) + '</Category><Response>Records show you were seen on \u00a7 by ' + R.choice(PROVS) +
            '. Further care will follow the plan discussed.</Response><RespondedBy title="Director of Nursing">M. Abernathy</RespondedBy></Grievance>',
            (gid, "other_id"), (p.doc, "other_id"), (jq(nm(p, "LFm")).replace("&", "&amp;"), "name"), (fd(rec, "iso"), "date"), (fd(seen, "us"), "date"))
        return [l]
    l = L("log4j")
    url = "https://www.gofundme.com/f/" + fold(p.first.split()[0]).lower() + "-" + fold(p.last.replace(" ", "-")).lower().replace("'", "") + "-medical-fund"
    l.f(ts_log4j(d) + " INFO  [grievance-intake-3] c.m.g.intake.AttachmentScanner - Grievance \u00a7 (DOC \u00a7) attachment letter from \u00a7 \u00a7 cites \u00a7 ; flagged for legal review",
        (gid, "other_id"), (p.doc, "other_id"), (p.rel_en, None), (cname(p), "name"), (url, "url"))
    return [l]


def nlog(d, lvl, logger):
    return f"{ts_nlog(d)}|{lvl}|{logger}|"


def g_release(v=None):
    d = tick()
    p = pick()
    l = L("nlog_pipe")
    c = R.choice(CLINICS)
    v = R.randrange(10) if v is None else v
    if v == 0:
        l.f(nlog(d, "INFO", "ReleasePlanning.Services.ReferralService") + "Referral created DOC=\u00a7 to " + c[0] + " (ph " + c[1] + ", fax " + c[2] + ") release=\u00a7 address=\"\u00a7, \u00a7, AZ \u00a7\"",
            (p.doc, "other_id"), (fd(p.release, "us"), "date"), (p.street, "address"), (p.city, "address"), (p.zip, "zip"))
    elif v == 1:
        l.f(nlog(d, "INFO", "ReleasePlanning.Medicaid.ReactivationService") + "AHCCCS reactivation queued DOC=\u00a7 AhcccsId=\u00a7 DOB=\u00a7 SSN=\u00a7 ExpectedRelease=\u00a7",
            (p.doc, "other_id"), (p.ahcccs, "health_plan"), (fd(p.dob, "us"), "date"), (p.ssn, "ssn"), (fd(p.release, "iso"), "date"))
    elif v == 2:
        l.f(nlog(d, "INFO", "ReleasePlanning.Medicaid.ReactivationService") + "Suspension lifted for member \u00a7 (\u00a7) effective \u00a7; SSN on file ***-**-" + p.ssn[-4:],
            (p.ahcccs, "health_plan"), (nm(p, "LFMI"), "name"), (fd(p.release, "us"), "date"))
    elif v == 3:
        l.f(nlog(d, "INFO", "ReleasePlanning.Services.IdDocumentsService") + "MVD state ID appointment requested for \u00a7; prior DL \u00a7 (expired " + str(R.randint(2012, 2021)) + ")",
            (p.doc, "other_id"), (p.dl, "license"))
    elif v == 4:
        veh, wmi = R.choice([("2009 Chevrolet Silverado", "1GCEK19"), ("2013 Nissan Altima", "1N4AL3AP"), ("2004 Ford F-150", "1FTRW08L"), ("2016 Toyota Corolla", "2T1BURHE")])
        vin = wmi + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(17 - len(wmi)))
        plate = f"{R.choice('CDH')}{R.choice('JKTR')}{R.choice('TXW')}{R.randint(1000, 9999)}"
        l.f(nlog(d, "WARN", "ReleasePlanning.Services.PropertyService") + "Impound record for \u00a7: " + veh + " VIN \u00a7 plate AZ \u00a7 - family must claim before release",
            (p.doc, "other_id"), (vin, "vehicle"), (plate, "vehicle"))
    elif v == 5:
        l.f(nlog(d, "INFO", "ReleasePlanning.Services.ContactService") + "Post-release phone verified for \u00a7: \u00a7 (voicemail ok); alt contact " + p.rel_en + " \u00a7 \u00a7",
            (p.doc, "other_id"), (fphone(p.cell, R.randrange(7)), "phone"), (cname(p), "name"), (fphone(p.c_phone, R.randrange(7)), "phone"))
    elif v == 6:
        l.f(nlog(d, "INFO", "ReleasePlanning.Notifications.OptInService") + "Family contact \u00a7 <\u00a7> opted in to discharge summary notifications for DOC \u00a7 (lang=" + ("es" if p.lang == "spa" else "en") + ")",
            (cname(p, 2), "name"), (p.c_email, "email"), (p.doc, "other_id"))
    elif v == 7:
        q = R.choice(OLD)
        fax = q.c_fax
        l.f(nlog(d, "INFO", "ReleasePlanning.Compassionate.PacketBuilder") + "Compassionate release packet DOC=\u00a7 age=\u00a7 dx=\"CHF NYHA IV; ESRD on HD\"; ROI to " + q.rel_en + " \u00a7 fax \u00a7",
            (q.doc, "other_id"), (str(q.age), "age"), (cname(q), "name"), (fphone(fax, R.choice([0, 1, 4])), "fax"))
    elif v == 8:
        l.f(nlog(d, "INFO", "ReleasePlanning.Services.ReferralService") + "Cita de seguimiento para \u00a7 en " + c[0] + " el \u00a7 a las " + str(R.randint(8, 15)) + ":00; medicamentos para 30 días entregados",
            (nm(p, "fl"), "name"), (fd(p.release + datetime.timedelta(days=R.randint(2, 7)), "es"), "date"))
    else:
        l.f(nlog(d, "ERROR", "ReleasePlanning.Medicaid.AhcccsClient") + "Reactivation rejected for \u00a7: 'Name/DOB mismatch' submitted=\u00a7/\u00a7 ; state record=\u00a7/\u00a7",
            (p.ahcccs, "health_plan"), (nm(p, "LF"), "name"), (fd(p.dob, "us"), "date"), (fold(p.last).upper() + " " + fold(p.first).upper(), "name"), (fd(p.dob, "dash"), "date"))
    return [l]


def x12_270(p, ctrl, ref, d):
    segs = [
        ("ISA*00*          *00*          *ZZ*MCHPCORR       *ZZ*AHCCCS         *" + d.strftime("%y%m%d*%H%M") + "*^*00501*" + ctrl + "*0*P*:~", []),
        ("GS*HS*MCHPCORR*AHCCCS*" + d.strftime("%Y%m%d*%H%M") + "*" + str(int(ctrl)) + "*X*005010X279A1~", []),
        ("ST*270*0001*005010X279A1~", []),
        ("BHT*0022*13*" + ref + "*" + d.strftime("%Y%m%d*%H%M") + "~", []),
        ("HL*1**20*1~", []),
        ("NM1*PR*2*AHCCCS*****PI*AZMCD~", []),
        ("HL*2*1*21*1~", []),
        ("NM1*1P*2*MERIDIAN CORRECTIONAL HEALTH PARTNERS*****XX*1932000017~", []),
        ("HL*3*2*22*0~", []),
        ("TRN*1*" + ref + "-3*9MCHPCORR1~", []),
        ("NM1*IL*1*\u00a7*\u00a7*" + p.mi + "***MI*\u00a7~", [(fold(p.last).upper(), "name"), (fold(p.first).upper(), "name"), (p.ahcccs, "health_plan")]),
        ("REF*SY*\u00a7~", [(p.ssn.replace("-", ""), "ssn")]),
        ("DMG*D8*\u00a7*" + p.sex + "~", [(fd(p.dob, "hl7"), "date")]),
        ("DTP*291*D8*\u00a7~", [(fd(p.release, "hl7"), "date")]),
        ("EQ*30~", []),
        ("SE*14*0001~", []),
        ("GE*1*" + str(int(ctrl)) + "~", []),
        ("IEA*1*" + ctrl + "~", []),
    ]
    return segs


def x12_271(p, ctrl, ref, d):
    elig = R.random() < 0.5
    segs = [
        ("ISA*00*          *00*          *ZZ*AHCCCS         *ZZ*MCHPCORR       *" + d.strftime("%y%m%d*%H%M") + "*^*00501*" + ctrl + "*0*P*:~", []),
        ("GS*HB*AHCCCS*MCHPCORR*" + d.strftime("%Y%m%d*%H%M") + "*" + str(int(ctrl)) + "*X*005010X279A1~", []),
        ("ST*271*0001*005010X279A1~", []),
        ("BHT*0022*11*" + ref + "*" + d.strftime("%Y%m%d*%H%M") + "~", []),
        ("HL*1**20*1~", []),
        ("NM1*PR*2*AHCCCS*****PI*AZMCD~", []),
        ("HL*2*1*21*1~", []),
        ("NM1*1P*2*MERIDIAN CORRECTIONAL HEALTH PARTNERS*****XX*1932000017~", []),
        ("HL*3*2*22*0~", []),
        ("TRN*2*" + ref + "-3*9MCHPCORR1~", []),
        ("NM1*IL*1*\u00a7*\u00a7*" + p.mi + "***MI*\u00a7~", [(fold(p.last).upper(), "name"), (fold(p.first).upper(), "name"), (p.ahcccs, "health_plan")]),
        ("N3*\u00a7~", [(fold(p.street).upper(), "address")]),
        ("N4*\u00a7*AZ*\u00a7~", [(fold(p.city).upper(), "address"), (p.zip, "zip")]),
        ("DMG*D8*\u00a7*" + p.sex + "~", [(fd(p.dob, "hl7"), "date")]),
        (("EB*1*IND*30*MC*AHCCCS COMPLETE CARE~" if elig else "EB*6*IND*30~"), []),
        ("DTP*346*D8*\u00a7~", [(fd(p.release, "hl7"), "date")]),
        ("MSG*" + ("REINSTATED ON RELEASE" if elig else "SUSPENDED - INCARCERATION") + "~", []),
        ("SE*15*0001~", []),
        ("GE*1*" + str(int(ctrl)) + "~", []),
        ("IEA*1*" + ctrl + "~", []),
    ]
    return segs


def g_x12_multi():
    d = tick()
    p = pick()
    ctrl = "%09d" % R.randint(4000, 9999)
    ref = f"RP{d:%y%m%d}{R.randint(1000, 9999)}"
    segs = x12_270(p, ctrl, ref, d) if R.random() < 0.5 else x12_271(p, ctrl, ref, d)
    out = []
    for tpl, vals in segs:
        out.append(L("x12").f(tpl, *vals))
    return out


def g_x12_line():
    d = tick()
    p = pick()
    ctrl = "%09d" % R.randint(4000, 9999)
    ref = f"RP{d:%y%m%d}{R.randint(1000, 9999)}"
    segs = x12_270(p, ctrl, ref, d) if R.random() < 0.6 else x12_271(p, ctrl, ref, d)
    l = L("serilog_kiosk")
    l.t(ts_serilog(d) + " [DBG] ReleasePlanning.Edi.AhcccsGateway: " + ("Sent 270 " if segs[2][0].startswith("ST*270") else "Received 271 ") + f"({len(segs)} segments): ")
    for tpl, vals in segs[2:-2]:
        l.f(tpl, *vals)
    return [l]


def g_postfix():
    d = tick()
    p = pick()
    qid = hexid(10).upper()
    out = []
    v = R.randrange(2)
    if v == 0:
        out.append(L("postfix").t(f"{ts_bsd(d)} mail01 postfix/qmgr[1422]: {qid}: from=<noreply@meridianchp.com>, size={R.randint(4000, 90000)}, nrcpt=1 (queue active)"))
        ip = f"142.250.{R.randint(1, 254)}.{R.randint(1, 254)}"
        l = L("postfix")
        l.f(f"{ts_bsd(d)} mail01 postfix/smtp[{R.randint(20000, 29999)}]: {qid}: to=<\u00a7>, relay=" + ("gmail-smtp-in.l.google.com[" + ip + "]:25" if "gmail" in p.c_email else "mx.example-isp.net[203.0.113.25]:25") +
            f", delay={R.randint(1, 30) / 10}, delays=0.1/0/0.4/0.7, dsn=2.0.0, status=sent (250 2.0.0 OK {R.randint(1726400000, 1726600000)} {hexid(12)})",
            (p.c_email, "email"))
        out.append(l)
        out.append(L("postfix").t(f"{ts_bsd(d)} mail01 postfix/qmgr[1422]: {qid}: removed"))
    else:
        l = L("postfix")
        subj = "Plan de alta para \u00a7 - cita \u00a7" if p.lang == "spa" else "Discharge plan for \u00a7 - appointment \u00a7"
        l.f(f"{ts_bsd(d)} mail01 postfix/cleanup[{R.randint(20000, 29999)}]: {qid}: warning: header Subject: " + subj + " from relprep01.meridianchp.local[10.40.9.14]; from=<noreply@meridianchp.com> to=<\u00a7> proto=ESMTP helo=<relprep01>",
            (nm(p, "fl"), "name"), (fd(p.release + datetime.timedelta(days=3), "us"), "date"), (p.c_email, "email"))
        out.append(l)
    return out


def g_photo_bio():
    d = tick()
    p = pick()
    l = L("ecs_json") if R.random() < 0.5 else L("spring_boot")
    if l.fam == "ecs_json":
        photo = "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/" + b64(R.randint(120, 200))
        l.f(ecs(d, "intake-screening") + '"message":"Intake photo attached","event.action":"photo.attached","docNumber":"\u00a7","photo":{"contentType":"image/jpeg","bytes":' + str(R.randint(18000, 42000)) + ',"data":"\u00a7"},"camera":"IDCAM-VMRC-02","trace.id":"' + hexid(32) + '"}',
            (p.doc, "other_id"), (photo, "photo"))
    else:
        l.f(sp_pre(d, "DEBUG", f"nio-8443-exec-{R.randint(1, 10)}", "c.m.medpass.bio.FingerprintVerifier") + "enroll doc=\u00a7 finger=L_INDEX quality=" + str(R.randint(40, 99)) + " format=ISO19794-2 template=\u00a7",
            (p.doc, "other_id"), ("Rk1SACAyMAAA" + b64(R.randint(60, 90)) + "==", "biometric"))
    return [l]


def g_old():
    d = tick()
    p = R.choice(OLD)
    v = R.randrange(4)
    if v == 0:
        l = L("nlog_pipe")
        l.f(nlog(d, "INFO", "ReleasePlanning.Compassionate.Eligibility") + "Screen DOC=\u00a7 \u00a7 age \u00a7 (>=65 and terminal/ADL criteria) -> ELIGIBLE; Medicare MBI \u00a7",
            (p.doc, "other_id"), (nm(p, "LFMI"), "name"), (str(p.age), "age"), (p.mbi, "health_plan"))
    elif v == 1:
        l = L("logfmt")
        l.f(f"ts={ts_isol(d)} level=info app=mh-watchlog event=fall_risk_round doc=\u00a7 age=\u00a7 cell=\"\u00a7\" bed_alarm=on note=\"pt found sitting on floor, no injury, assisted to bed\"",
            (p.doc, "other_id"), (str(p.age), "age"), (p.housing, "address"))
    elif v == 2:
        l = L("spring_boot")
        l.f(sp_pre(d, "INFO", f"nio-8443-exec-{R.randint(1, 10)}", "c.m.medpass.scan.CellsideDelivery") + "Cell-side med pass (mobility) doc=\u00a7 \u00a7, \u00a7 y/o, wheelchair; housing=\u00a7",
            (p.doc, "other_id"), (nm(p, "LF"), "name"), (str(p.age), "age"), (p.housing, "address"))
    else:
        l = L("ecs_json")
        l.f(ecs(d, "telemed-session-svc") + '"message":"Geriatric consult requested","patient":{"docNumber":"\u00a7","age":\u00a7,"dob":"\u00a7"},"reason":"cognitive decline, MoCA 17/30","trace.id":"' + hexid(32) + '"}',
            (p.doc, "other_id"), (str(p.age), "age"), (fd(p.dob, "us"), "date"))
    return [l]


# ================================================================ noise generators
def n_kiosk():
    d = tick()
    pre = ts_serilog(d) + " "
    u = R.choice(["YUC", "CHO", "OCO", "SAG", "MES", "AGA"])
    return [L("serilog_kiosk").t(pre + R.choice([
        "[INF] Microsoft.Hosting.Lifetime: Now listening on: https://[::]:5001",
        f"[INF] SickCall.Kiosk.Api.Health.KioskHeartbeatMonitor: Heartbeat KSK-{u}-0{R.randint(1, 9)} fw=4.2.{R.randint(10, 19)} uptime={R.randint(0, 9)}d{R.randint(0, 23):02d}h temp={R.randint(33, 52)}C",
        f"[WRN] SickCall.Kiosk.Api.Health.KioskHeartbeatMonitor: Kiosk KSK-{u}-0{R.randint(1, 9)} missed 3 heartbeats (last seen {ts_isol(d - datetime.timedelta(minutes=R.randint(5, 40)))})",
        f"[INF] Microsoft.AspNetCore.Hosting.Diagnostics: Request finished HTTP/1.1 GET http://sickcall-api:5000/health - 200 - text/plain {R.randint(1, 9)}.{R.randint(1000, 9999)}ms",
        f"[INF] SickCall.Kiosk.Api.Jobs.QueueMetrics: Triage queue unit={u} open={R.randint(3, 40)} urgent={R.randint(0, 4)} oldest_age={R.randint(1, 30)}h",
        f"[DBG] Microsoft.EntityFrameworkCore.Database.Command: Executed DbCommand ({R.randint(1, 40)}ms) [Parameters=[@__p_0='?' (DbType = Int32)], CommandType='Text', CommandTimeout='30']",
        f"[INF] Hangfire.Server.BackgroundServerProcess: Server sickcall-worker-{R.randint(1, 3)}:1:{hexid(8)} successfully announced in {R.randint(20, 90)}.{R.randint(0, 9)} ms",
        f"[INF] SickCall.Kiosk.Api.Jobs.RetentionJob: Purged {R.randint(100, 900)} closed requests older than 2024-03-{R.randint(10, 20)} (retention 180d)",
        f"[WRN] SickCall.Kiosk.Api.Security.CertMonitor: Certificate CN=kiosk-api.src.meridianchp.local expires in {R.randint(5, 30)} days (thumbprint {hexid(40).upper()})",
        f"[INF] SickCall.Kiosk.Api.Jobs.QueueMetrics: Requests today total={R.randint(200, 700)} dental={R.randint(20, 90)} mh={R.randint(20, 90)} avg_triage_min={R.randint(30, 400)}",
        "[ERR] Microsoft.AspNetCore.Server.Kestrel: Connection id \"0HN6" + hexid(9).upper() + "\", Request id \"0HN6" + hexid(9).upper() + ":00000002\": An unhandled exception was thrown by the application.",
        f"[INF] SickCall.Kiosk.Api.Localization: Loaded {R.randint(400, 600)} resource strings for cultures en-US, es-MX",
    ]))]


def n_medpass():
    d = tick()
    th = R.choice(["main", "scheduling-1", f"nio-8443-exec-{R.randint(1, 10)}", "HikariPool-1 housekeeper"])
    u = R.choice(["YUCCA", "CHOLLA", "OCOTILLO", "MESQUITE", "AGAVE"])
    choices = [
        ("INFO", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port(s): 8443 (https) with context path ''"),
        ("DEBUG", "com.zaxxer.hikari.pool.HikariPool", f"HikariPool-1 - Pool stats (total=10, active={R.randint(0, 6)}, idle={R.randint(4, 10)}, waiting=0)"),
        ("INFO", "c.m.medpass.window.WindowCloseJob", f"Window {R.choice(['AM', 'NOON', 'PM', 'HS'])} closed unit={u} scheduled={R.randint(260, 300)} given={R.randint(90, 250)} refused={R.randint(0, 15)} noshow={R.randint(0, 12)} duration=PT1H{R.randint(10, 59)}M"),
        ("INFO", "c.m.medpass.device.ScannerRegistry", f"Scanner TC52-{R.randint(100, 999):04d} (MAC 00:1B:2C:{hexid(2).upper()}:{hexid(2).upper()}:{hexid(2).upper()}) battery={R.randint(5, 100)}% firmware=11-49-13.00-RG-U00"),
        ("INFO", "c.m.medpass.sync.FormularySync", f"Formulary sync done items={R.randint(1700, 1900)} changed={R.randint(0, 30)} source=PharmacyOne po=PO-45001{R.randint(10000, 99999)}"),
        ("INFO", "c.m.medpass.MedPassApplication", f"Started MedPassApplication in {R.randint(8, 20)}.{R.randint(100, 999)} seconds (process running for {R.randint(10, 25)}.{R.randint(1, 9)})"),
        ("WARN", "o.h.engine.jdbc.spi.SqlExceptionHelper", "SQL Error: 17002, SQLState: 08006"),
        ("ERROR", "o.h.engine.jdbc.spi.SqlExceptionHelper", "IO Error: The Network Adapter could not establish the connection (CONNECTION_ID=" + b64(22) + "==)"),
        ("INFO", "c.m.medpass.stock.AutoReorder", f"Reorder placed order={R.randint(100000, 399999)} ndc={R.choice(MEDS)[1]} qty={R.randint(10, 90)}00 vendor=McKesson site={R.choice(list(FACS))}"),
        ("INFO", "o.s.web.servlet.DispatcherServlet", "Completed initialization in 3 ms"),
        ("WARN", "c.m.medpass.scan.BarcodeScanService", f"Scanner TC52-{R.randint(100, 999):04d} decode timeout after 1500 ms (symbology=PDF417)"),
    ]
    lvl, lg, msg = R.choice(choices)
    return [L("spring_boot").t(sp_pre(d, lvl, th, lg) + msg)]


def n_telemed():
    d = tick()
    msgs = [
        '"message":"TURN allocation succeeded","turn.server":"turn2.telehub.example.net:3478","relay":"203.0.113.' + str(R.randint(2, 250)) + ':' + str(R.randint(49152, 65535)) + '"',
        '"message":"Session stats","session.id":"' + uuid() + '","durationSec":' + str(R.randint(300, 3000)) + ',"packetLossPct":' + str(R.randint(0, 40) / 10) + ',"jitterMs":' + str(R.randint(4, 60)) + ',"video":"' + R.choice(["720p", "1080p", "480p"]) + '"',
        '"message":"Specialist availability refreshed","provider.count":' + str(R.randint(20, 60)) + ',"slots.open":' + str(R.randint(50, 300)),
        '"message":"Cart heartbeat","endpoint":"CART-' + R.choice(list(FACS)) + '-0' + str(R.randint(1, 6)) + '","camera":"ok","mic":"ok","peripherals":["otoscope","stethoscope"],"fw":"7.3.' + str(R.randint(0, 9)) + '"',
        '"message":"JWT signing key rotated","kid":"' + hexid(16) + '","alg":"RS256"',
        '"message":"HTTP 503 from specialist network","url":"https://api.specnet.example.org/v1/slots","retryInMs":' + str(R.randint(500, 8000)),
    ]
    return [L("ecs_json").t(ecs(d, R.choice(["telemed-session-svc", "telemed-scheduler"]), R.choice(["INFO", "INFO", "WARN"])) + R.choice(msgs) + ',"trace.id":"' + hexid(32) + '"}')]


def n_hl7():
    d = tick()
    ctrl = f"MCHP{R.randint(1000000, 9999999)}"
    return [L("hl7v2").t(f"MSH|^~\\&|TELEHUB|SPECNET|MCHP_EHR|SRC|{ts_hl7(d)}||ACK^S12^ACK|ACK{R.randint(100000, 999999)}|P|2.5.1"),
            L("hl7v2").t(f"MSA|{R.choice(['AA', 'AA', 'AE'])}|{ctrl}")]


def n_mssql():
    d = tick()
    spid, msg = R.choice([
        ("spid18s", f"Starting up database '{R.choice(['SickCall', 'ReleasePlanning', 'ChronicCare', 'IntakeStage'])}'."),
        ("Logon", f"Login failed for user 'svc_kiosk'. Reason: Password did not match that for the login provided. [CLIENT: 10.40.12.{R.randint(2, 250)}]"),
        ("Logon", f"Error: 18456, Severity: 14, State: 8."),
        ("Backup", f"Database backed up. Database: ReleasePlanning, creation date(time): 2021/03/02(11:14:08), pages dumped: {R.randint(100000, 300000)}, first LSN: {R.randint(1000, 4999)}:{R.randint(100, 999)}:1, last LSN: {R.randint(5000, 9999)}:{R.randint(100, 999)}:1, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {{'\\\\src-bk01\\sql\\ReleasePlanning_FULL_20240916.bak'}}). This is an informational message only. No user action is required."),
        ("spid7s", f"SQL Server has encountered {R.randint(1, 9)} occurrence(s) of I/O requests taking longer than 15 seconds to complete on file [E:\\Data\\ChronicCare.mdf] in database id 7."),
        ("spid9s", "Recovery is complete. This is an informational message only. No user action is required."),
        (f"spid{R.randint(51, 140)}", f"AppDomain {R.randint(2, 9)} (ReleasePlanning.dbo[runtime].{R.randint(1, 9)}) is marked for unload due to memory pressure."),
    ])
    return [L("mssql_errorlog").t(f"{ts_mssql(d)} {spid:<11}{msg}")]


def n_oracle():
    d = tick()
    v = R.randrange(4)
    if v == 0:
        return [L("oracle_alert").t(ts_isol(d).replace("-07:00", "000-07:00")),
                L("oracle_alert").t(f"Thread 1 advanced to log sequence {R.randint(40000, 49999)} (LGWR switch),  current SCN: {R.randint(10 ** 9, 10 ** 10)}")]
    if v == 1:
        return [L("log4j").t(ts_log4j(d) + f" ERROR [chs-batch-{R.randint(1, 6)}] c.m.chs.batch.JobRunner - Job CCC_OVERDUE_SCAN failed: java.sql.SQLRecoverableException: ORA-12541: TNS:no listener (host=chsdb-scan.meridianchp.local port=1521)")]
    if v == 2:
        return [L("log4j").t(ts_log4j(d) + f" INFO  [chs-batch-{R.randint(1, 6)}] c.m.chs.batch.JobRunner - Job MAR_EXPORT completed rows={R.randint(1500, 2500)} elapsed={R.randint(2, 90)}s file=/u02/exports/mar_{d:%Y%m%d}.psv")]
    return [L("oracle_alert").t(f"ORA-01555: snapshot too old: rollback segment number {R.randint(1, 20)} with name \"_SYSSMU{R.randint(1, 20)}_{R.randint(10 ** 9, 4 * 10 ** 9)}$\" too small")]


def n_iis():
    d = tick()
    stem, q, st = R.choice([("/health", "-", 200), ("/swagger/v1/swagger.json", "-", 200), ("/ChronicCare/css/site.min.css", "v=" + b64(12).replace("+", "-").replace("/", "_"), 200),
                            ("/_framework/blazor.server.js", "-", 200), ("/ReleasePlanning/Family/Portal/Login", "-", 200), ("/favicon.ico", "-", 404),
                            ("/ChronicCare/api/v2/clinics/capacity", "unit=" + R.choice(["YUCCA", "CHOLLA", "AGAVE"]), 200), ("/wp-login.php", "-", 404)])
    user = R.choice(["-", "MCHP\\svc_monitor"])
    ip = f"10.40.{R.randint(1, 60)}.{R.randint(2, 250)}"
    return [L("iis_w3c").t(f"{ts_iis(d)} 10.40.3.21 GET {stem} {q} 443 {user} {ip} {R.choice(UAS[:2]) if user != '-' else 'kube-probe/1.28'} - {st} 0 0 {R.randint(1, 60)}")]


def n_ocr():
    d = tick()
    batch = f"SCN-{d:%m%d}-{R.choice(['YUC', 'CHO', 'OCO', 'AGA', 'MES'])}-{R.randint(1, 12):02d}"
    return [L("mel_console").t(R.choice([
        mel(d, "info", "SlipIntake.Worker.BatchWatcher", 1001) + f"New batch {batch} pages={R.randint(8, 60)} source=\\\\src-fs01\\scan\\{R.choice(['yucca', 'cholla', 'agave'])}",
        mel(d, "info", "SlipIntake.Worker.ImagePrep", 1104) + f"Deskew applied angle={R.randint(-30, 30) / 10}deg page={R.randint(1, 40)} batch={batch}",
        mel(d, "warn", "SlipIntake.Worker.OcrPipeline", 2110) + f"Empty page detected page={R.randint(1, 40)} batch={batch}; skipped",
        mel(d, "info", "SlipIntake.Worker.OcrPipeline", 2199) + f"Batch {batch} done pages={R.randint(8, 60)} rejected={R.randint(0, 5)} avg_conf=0.{R.randint(75, 95)} elapsed={R.randint(10, 200)}s",
        mel(d, "fail", "SlipIntake.Worker.Storage", 3001) + "Blob upload failed: Azure.RequestFailedException: Status: 503 (The server is busy.) ErrorCode: ServerBusy",
        mel(d, "info", "Microsoft.Hosting.Lifetime", 0) + "Application started. Hosting environment: Production; Content root path: /app",
    ]))]


def n_watch():
    d = tick()
    pre = f"ts={ts_isol(d)} level=info app=mh-watchlog "
    u = R.choice(["OCOTILLO", "AGAVE", "YUCCA", "MESQUITE"])
    return [L("logfmt").t(pre + R.choice([
        f"event=roster_sync active_watches={R.randint(2, 14)} units={R.randint(1, 6)} duration_ms={R.randint(100, 900)}",
        f"event=overdue_check overdue=0 checked={R.randint(10, 80)}",
        f"event=observer_shift_change unit={u} post=MH-{R.randint(1, 4)} badge_in={R.randint(1000, 9999)} badge_out={R.randint(1000, 9999)}",
        f"event=tablet_sync device=OBS-TAB-{R.randint(10, 40)} records={R.randint(10, 200)} battery={R.randint(10, 100)}",
        f"event=hs_census active={R.randint(0, 6)} day7plus={R.randint(0, 2)} report=daily",
    ]))]


def n_griev():
    d = tick()
    if R.random() < 0.5:
        return [L("xml_record").t(f'<ExportSummary batch="GRV-EXP-{d:%Y%m%d}" records="{R.randint(20, 90)}" errors="0" durationMs="{R.randint(300, 4000)}" schema="grievance-v4.xsd"/>')]
    return [L("log4j").t(ts_log4j(d) + " ERROR [grievance-export-1] c.m.g.export.ExportWriter - cvc-complex-type.2.4.a: Invalid content was found starting with element 'Respnse'. One of '{Response}' is expected. (line 1, col " + str(R.randint(200, 900)) + ")")]


def n_release():
    d = tick()
    c = R.choice(CLINICS)
    return [L("nlog_pipe").t(R.choice([
        nlog(d, "INFO", "ReleasePlanning.Jobs.ReactivationPoller") + f"Polled AHCCCS batch status: {R.randint(10, 60)} pending, {R.randint(5, 30)} approved, {R.randint(0, 6)} denied",
        nlog(d, "INFO", "ReleasePlanning.Directory.ClinicSync") + f"Clinic directory refreshed: {R.randint(100, 140)} clinics; e.g. {c[0]} ph {c[1]} fax {c[2]}",
        nlog(d, "DEBUG", "ReleasePlanning.Notifications.SmtpSender") + "Connected smtp.meridianchp.local:587 (TLS1.2) as relprep-svc",
        nlog(d, "WARN", "ReleasePlanning.Medicaid.AhcccsClient") + f"Gateway latency {R.randint(2000, 9000)}ms exceeds SLA; circuit half-open",
        nlog(d, "INFO", "ReleasePlanning.Reports.DailyReport") + f"Releases next 30 days: {R.randint(80, 200)}; plans complete {R.randint(40, 95)}%; contact HSA dana.whitfield@meridianchp.com x4412",
    ]))]


def n_postfix():
    d = tick()
    qid = hexid(10).upper()
    return [L("postfix").t(R.choice([
        f"{ts_bsd(d)} mail01 postfix/smtpd[{R.randint(20000, 29999)}]: connect from relprep01.meridianchp.local[10.40.9.14]",
        f"{ts_bsd(d)} mail01 postfix/cleanup[{R.randint(20000, 29999)}]: {qid}: message-id=<{d:%Y%m%d%H%M%S}.{qid}@mail01.meridianchp.com>",
        f"{ts_bsd(d)} mail01 postfix/smtp[{R.randint(20000, 29999)}]: {qid}: to=<{R.choice(['dana.whitfield', 'lucia.benavides', 'ops-alerts'])}@meridianchp.com>, relay=10.40.9.2[10.40.9.2]:25, delay=0.3, dsn=2.0.0, status=sent (250 Queued)",
        f"{ts_bsd(d)} mail01 postfix/anvil[1433]: statistics: max connection rate 4/60s for (smtp:10.40.9.14) at {ts_bsd(d - datetime.timedelta(minutes=3))}",
    ]))]


def n_infra():
    d = tick()
    v = R.randrange(6)
    if v == 0:
        pod = R.choice(["medpass/medpass-api", "telemed/session-svc", "intake/screening-api"]) + f"-{hexid(10)}-{hexid(5)}"
        ip = f"10.244.{R.randint(0, 9)}.{R.randint(2, 250)}"
        return [L("klog").t(f'{ts_klog(d)}       1 prober.go:107] "Probe failed" probeType="Readiness" pod="{pod}" podUID="{uuid()}" containerName="app" probeResult="failure" output="Get \\"http://{ip}:8080/actuator/health/readiness\\": dial tcp {ip}:8080: connect: connection refused"')]
    if v == 1:
        return [L("nginx").t(f'10.40.2.{R.randint(2, 250)} - - [{ts_nginx(d)}] "GET /actuator/health HTTP/1.1" 200 {R.randint(40, 60)} "-" "kube-probe/1.28" 0.00{R.randint(1, 9)}')]
    if v == 2:
        svc = R.choice(["SlipIntake Worker", "Hangfire Server (SickCall)", "ReleasePlanning Scheduler", "SQL Server Agent (MSSQLSERVER)"])
        return [L("win_event").t(f"Information\t{ts_win(d)}\tService Control Manager\t7036\tNone\tThe {svc} service entered the {R.choice(['running', 'stopped'])} state.")]
    if v == 3:
        return [L("syslog_bsd").t(f"{ts_bsd(d)} src-app03 CRON[{R.randint(40000, 49999)}]: (oracle) CMD (/u01/app/scripts/rman_arch_backup.sh >/dev/null 2>&1)")]
    if v == 4:
        return [L("klog").t(f'{ts_klog(d)}       1 kuberuntime_manager.go:1027] "Container image pulled" image="registry.meridianchp.local/medpass-api:2024.09.{R.randint(1, 15)}-b{R.randint(1000, 9999)}" digest="sha256:{hexid(64)}"')]
    return [L("syslog_bsd").t(f"{ts_bsd(d)} src-ntp01 chronyd[{R.randint(700, 900)}]: Selected source 10.40.0.{R.randint(2, 9)} (time.meridianchp.local); offset {R.randint(-900, 900)}us")]


def n_trip():
    d = tick()
    pre = f"<134>1 {ts_isol(d)} trans-sched01 OffsiteTripService {R.randint(2000, 2400)} FLEET - "
    van = f"VAN-{R.randint(10, 30)}"
    return [L("syslog5424").t(pre + R.choice([
        f"Vehicle {van} pre-trip inspection passed odometer={R.randint(60000, 200000)} fuel={R.randint(20, 100)}% plate={R.choice('GHK')}{R.randint(100, 999)}{R.choice(['KT', 'MX', 'RB'])}",
        f"Escort roster published date=2024-09-{R.randint(17, 20)} trips={R.randint(5, 20)} officers={R.randint(10, 40)} supervisor=\"{R.choice(OFFICERS)}\"",
        f"GPS ping {van} lat=32.{R.randint(1000, 9999)} lon=-110.{R.randint(1000, 9999)} speed={R.randint(0, 70)}mph",
        f"Radio check {van} channel=TAC-{R.randint(1, 4)} ok",
        f"Daily trip summary scheduled={R.randint(21, 25)} completed={R.randint(5, 20)} cancelled={R.randint(0, 4)} overtime_hours={R.randint(0, 30)}",
    ]))]


def n_csv():
    d = tick()
    out = [L("csv_export").t("date,unit,clinic,scheduled,seen,no_show,refused,cancel_lockdown")]
    for _ in range(R.randint(2, 4)):
        out.append(L("csv_export").t(f"{d:%Y-%m-%d},{R.choice(['YUCCA', 'CHOLLA', 'AGAVE', 'MESQUITE'])},{R.choice(CHRONIC)},{R.randint(10, 60)},{R.randint(8, 50)},{R.randint(0, 6)},{R.randint(0, 4)},{R.randint(0, 10)}"))
    return out


def n_stack():
    v = R.randrange(2)
    if v == 0:
        return [L("java_exception").t("java.net.SocketTimeoutException: Read timed out"),
                L("java_exception").t("\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)"),
                L("java_exception").t("\tat org.apache.hc.core5.http.impl.io.SessionInputBufferImpl.fillBuffer(SessionInputBufferImpl.java:149)"),
                L("java_exception").t("\tat com.meridian.telemed.specnet.SpecNetClient.fetchSlots(SpecNetClient.java:97)"),
                L("java_exception").t("\t... 42 common frames omitted")]
    return [L("dotnet_exception").t("System.TimeoutException: The operation has timed out."),
            L("dotnet_exception").t("   at SickCall.Kiosk.Api.Printing.SlipPrinter.SendAsync(Byte[] payload, CancellationToken ct) in /src/SickCall.Kiosk.Api/Printing/SlipPrinter.cs:line 61"),
            L("dotnet_exception").t("   at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.TaskOfIActionResultExecutor.Execute(ActionContext actionContext)")]


def n_x12ack():
    d = tick()
    return [L("serilog_kiosk").t(ts_serilog(d) + f" [DBG] ReleasePlanning.Edi.AhcccsGateway: Received 999: ST*999*0001*005010X231A1~AK1*HS*{R.randint(4000, 9999)}*005010X279A1~AK2*270*0001*005010X279A1~IK5*A~AK9*A*1*1*1~SE*6*0001~")]


def g_rel_rare():
    return g_release(R.choice([3, 4, 5, 6, 7]))


def g_portal():
    return g_iis(2)


def g_device():
    return g_intake(2) if R.random() < 0.6 else g_medpass(5)


# ---------------------------------------------------------------- assembly
PHI_GENS = [(g_kiosk, 14, 99), (g_clef, 7, 99), (g_medpass, 12, 99), (g_hibernate, 2, 3), (g_oracle, 3, 5),
            (g_hl7_siu, 2, 4), (g_hl7_adt, 2, 3), (g_hl7_oru, 2, 3), (g_telemed, 7, 99), (g_intake, 6, 99),
            (g_mssql, 3, 5), (g_csv, 2, 3), (g_mar, 2, 4), (g_trip, 7, 99), (g_iis, 6, 99), (g_ocr, 8, 99),
            (g_watch, 7, 99), (g_griev, 7, 99), (g_photo_bio, 2, 5), (g_old, 2, 7), (g_rel_rare, 2, 8), (g_portal, 1, 3), (g_device, 1, 4), (g_release, 11, 99), (g_x12_multi, 1, 1), (g_x12_line, 2, 3),
            (g_postfix, 3, 6)]
NOISE_GENS = [(n_kiosk, 10, 99), (n_medpass, 10, 99), (n_telemed, 7, 99), (n_hl7, 3, 8), (n_mssql, 5, 99),
              (n_oracle, 5, 99), (n_iis, 7, 99), (n_ocr, 6, 99), (n_watch, 5, 99), (n_griev, 3, 99), (n_release, 5, 99),
              (n_postfix, 4, 99), (n_infra, 9, 99), (n_trip, 5, 99), (n_csv, 2, 4), (n_stack, 2, 5), (n_x12ack, 2, 4)]
USE = {}


MINS = {g_photo_bio: 4, g_old: 6, g_rel_rare: 7, g_portal: 3, g_device: 3, g_hl7_adt: 2, g_x12_multi: 1, g_csv: 2, g_mar: 2}


def choose(gens):
    under = [g for g, w, m in gens if USE.get(g, 0) < MINS.get(g, 0)]
    if under and R.random() < 0.3:
        return R.choice(under)
    avail = [(g, w) for g, w, m in gens if USE.get(g, 0) < m]
    tot = sum(w for _, w in avail)
    x = R.random() * tot
    for g, w in avail:
        x -= w
        if x < 0:
            return g
    return avail[-1][0]


def main():
    lines = []
    target_clean = 0.55
    while len(lines) < N_LINES:
        clean = sum(1 for l in lines if not l.sp)
        want_noise = (clean / len(lines) if lines else 1) < target_clean
        g = choose(NOISE_GENS if want_noise else PHI_GENS)
        block = g()
        if len(lines) + len(block) > N_LINES:
            continue
        USE[g] = USE.get(g, 0) + 1
        lines.extend(block)
    assert len(lines) == N_LINES
    log_path = os.path.join(HERE, f"{ID}.log")
    lab_path = os.path.join(HERE, f"{ID}.labels.jsonl")
    raw = []
    labs = []
    for i, l in enumerate(lines, 1):
        bs = bytes(l.b)
        assert b"\n" not in bs and b"\r" not in bs and bs.strip(), (i, bs)
        bs.decode("utf-8")
        spans = []
        prev_e = -1
        for s, e, cat, val in sorted(l.sp):
            assert bs[s:e] == val.encode("utf-8"), (i, val)
            assert s >= prev_e, (i, "overlap")
            assert e > s
            prev_e = e
            spans.append({"s": s, "e": e, "cat": cat})
        raw.append(bs)
        labs.append(json.dumps({"line": i, "family": l.fam, "spans": spans}, ensure_ascii=False))
    with open(log_path, "wb") as fh:
        fh.write(b"\n".join(raw))
    with open(lab_path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(labs) + "\n")


if __name__ == "__main__":
    main()
