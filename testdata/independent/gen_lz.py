#!/usr/bin/env python3
"""gen_lz.py - synthetic, labeled log corpus for a PHI detector.

Theme: the Employee Health & Occupational Medicine (EHS) service of a fictitious
health system ("Lakeshore Regional Health", Milwaukee area).  The hospital's own
employees (and volunteers / pre-hire candidates) are the patients: pre-placement
physicals, TB screening and QuantiFERON results, influenza / COVID vaccination
compliance, respirator fit tests (PortaCount/FitPro exports), needle-stick and
bloodborne exposures, OSHA 300 / ITA exports, workers' compensation claims
(TPA feeds, X12 837), return-to-work restrictions, Workday integration,
badge deactivation for noncompliance, nurse notes, Flask and Spring Boot
services, SharePoint and Teams notifications.

Everything is synthetic.  Standard library only, deterministic (fixed seed,
no clock / environment input).  Writes lz.log (500 lines) and
lz.labels.jsonl next to this script.

Labeling decisions:
- The "patients" are employees, pre-hire candidates and volunteers seen by EHS,
  plus the hospital patients who are the *source* of a bloodborne exposure and
  relatives / emergency contacts of employees.  Their identifiers are labeled.
- Not labeled: EHS clinicians (occupational health nurses, physicians, NPs,
  fit testers), managers/supervisors, HR partners, TPA adjusters, infection
  prevention staff, service accounts and staff usernames of people doing their
  work, the employer and its establishments (names, EIN, addresses), TPA /
  carrier / clinic phone, fax and email, vendor data, NPIs.
- Employee IDs (Workday Employee_ID in any prefix form), Workday worker WIDs,
  pre-hire candidate IDs, volunteer IDs, badge/card numbers, AD usernames and
  the work e-mail of an employee-patient are labeled (other_id / email) on any
  line about that person's health, compliance or claim.  Because every system
  in this corpus is an EHS flow, this means wherever they appear.
- Case-type numbers tied to one person are other_id: exposure incident IDs,
  EHS encounter numbers, OSHA 300 case numbers (also on "Privacy Case" rows),
  workers' comp claim numbers (employer and TPA), police report numbers in a
  claim, RTW restriction-set IDs,
  lab placer/filler order and accession numbers in HL7.  Not labeled: vaccine
  lot numbers, NDC/CVX/LOINC/CPT/ICD codes, device (PortaCount) serials of the
  clinic's own instruments, purchase orders, message control IDs, batch /
  integration event IDs, trace/span IDs, UUIDs of log records.
- Dates labeled as "date": any calendar date tied to a person (birth, hire,
  start, injury/exposure, test collection/result, vaccination, fit test,
  restriction effective/end, RTW, leave, licence expiry, exemption expiry,
  next-due dates of that person).  Not labeled: log/record timestamps,
  message headers (MSH-7, ISA/GS dates), report generation dates,
  organisation-wide deadlines that apply to everybody (e.g. the 12/01 flu
  deadline), seasons ("2024-25") and years alone.
- A single token that joins a person date and a time (HL7 TS
  20241202064100, ISO 2024-12-02T06:55) is labeled whole; when the time is a
  separate word ("12/02/2024 06:55") only the date is labeled.
- Names are labeled per name occurrence (one span for "Last, First M.",
  "LAST^FIRST^M" or "First Last"); names inside file paths are labeled as
  their own spans.  Addresses: street line and city are separate "address"
  spans, ZIP is "zip"; state is not labeled; county names are "address".
- Ages are labeled only when over 89.  Ages of 89 or less are not labeled.
- Masked SSNs showing only the last four digits are not labeled; full SSNs
  in any punctuation are.
- Hospital MRNs of employees-as-patients and of exposure source patients are
  "mrn".  Group-health member IDs and Medicare MBIs are "health_plan".
  Bank account numbers for TTD payments, hospital account (HAR) numbers and
  X12 CLM01 patient control numbers are "account"; bank routing numbers are not.
- Professional licence numbers and driver's licence numbers of an employee-
  patient are "license"; licence numbers of clinicians are not labeled.
- VINs and plates of an employee's vehicle in a claim are "vehicle".
  Dosimeter serials / BLE MACs assigned to an employee are "device".
  Fingerprint templates are "biometric"; base64 badge portraits are "photo".
  An employee's personal web address is "url"; internal SharePoint/API URLs
  are not (names or IDs inside them are labeled as names / other_id).
- Public IP addresses of employees using the self-service portal are "ip";
  private 10.x / 172.16 addresses and hospital servers are not.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "lz"
R = random.Random(0x1A7E_2024)
N_LINES = 500


# --------------------------------------------------------------------------
# line builder with byte offsets
# --------------------------------------------------------------------------
class Line:
    def __init__(self, fam):
        self.family = fam
        self.buf = bytearray()
        self.spans = []
        self.vals = []

    def add(self, x, cat=None):
        x = str(x)
        st = len(self.buf)
        self.buf += x.encode("utf-8")
        if cat:
            assert x, "empty labeled value"
            self.spans.append((st, len(self.buf), cat))
            self.vals.append(x)

    def check(self):
        s = self.buf.decode("utf-8")
        assert "\n" not in s and "\r" not in s, s
        assert s.strip(), "empty line"
        for (a, b, c), v in zip(self.spans, self.vals):
            assert bytes(self.buf[a:b]) == v.encode("utf-8"), (v, self.buf[a:b])


def _flat(parts, out):
    for p in parts:
        if p is None:
            continue
        if isinstance(p, tuple):
            out.append(p)
        elif isinstance(p, list):
            _flat(p, out)
        else:
            out.append(str(p))


def mk(fam, *parts):
    ln = Line(fam)
    fl = []
    _flat(parts, fl)
    for p in fl:
        if isinstance(p, tuple):
            ln.add(p[0], p[1])
        else:
            ln.add(p)
    return ln


def lab(v, c):
    return (str(v), c)


# JSON builder ------------------------------------------------------------
class O(list):
    """ordered JSON object: items (key, value) or (key, value, cat)"""


class S(list):
    """JSON string built from text pieces and (value, cat) tuples"""


def js(obj, ea=True, sep=(", ", ": ")):
    parts = []

    def esc(x):
        return json.dumps(x, ensure_ascii=ea)[1:-1]

    def enc(v):
        if isinstance(v, O):
            parts.append("{")
            for i, it in enumerate(v):
                if i:
                    parts.append(sep[0])
                parts.append(json.dumps(it[0], ensure_ascii=ea) + sep[1])
                if len(it) > 2 and it[2]:
                    d = json.dumps(it[1], ensure_ascii=ea)
                    if isinstance(it[1], str):
                        parts.extend(['"', (d[1:-1], it[2]), '"'])
                    else:
                        parts.append((d, it[2]))
                else:
                    enc(it[1])
            parts.append("}")
        elif isinstance(v, S):
            parts.append('"')
            for q in v:
                if isinstance(q, tuple):
                    parts.append((esc(q[0]), q[1]))
                else:
                    parts.append(esc(q))
            parts.append('"')
        elif isinstance(v, list):
            parts.append("[")
            for i, x in enumerate(v):
                if i:
                    parts.append(sep[0])
                enc(x)
            parts.append("]")
        else:
            parts.append(json.dumps(v, ensure_ascii=ea))

    enc(obj)
    return parts


def pyrepr(pairs):
    """python dict repr with labeled values"""
    out = ["{"]
    for i, it in enumerate(pairs):
        if i:
            out.append(", ")
        out.append(repr(it[0]) + ": ")
        v = it[1]
        cat = it[2] if len(it) > 2 else None
        r = repr(v)
        if cat and isinstance(v, str):
            out.extend([r[0], (r[1:-1], cat), r[-1]])
        elif cat:
            out.append((r, cat))
        else:
            out.append(r)
    out.append("}")
    return out


def csvrow(fields, d=","):
    out = []
    for i, f in enumerate(fields):
        if i:
            out.append(d)
        if isinstance(f, tuple):
            v, c = f
        else:
            v, c = f, None
        v = str(v)
        q = d in v or '"' in v
        if c:
            assert '"' not in v
        else:
            v = v.replace('"', '""')
        if q:
            out.append('"')
        out.append((v, c) if c else v)
        if q:
            out.append('"')
    return out


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --------------------------------------------------------------------------
# clock and formats
# --------------------------------------------------------------------------
CLOCK = [dt.datetime(2024, 12, 2, 5, 57, 41, 118000)]
TZ = "-06:00"


def tick(lo=1, hi=38):
    CLOCK[0] += dt.timedelta(seconds=R.randint(lo, hi), microseconds=R.randint(0, 999999))
    return CLOCK[0]


def ts_py(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (t.microsecond // 1000)


def ts_java(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % (t.microsecond // 1000)


def ts_iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d" % (t.microsecond // 1000) + TZ


def ts_z(t):
    u = t + dt.timedelta(hours=6)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + ".%06dZ" % u.microsecond


def ts_clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S") + " -0600"


def ts_sys(t):
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


def ts_uls(t):
    return t.strftime("%m/%d/%Y %H:%M:%S") + ".%02d" % (t.microsecond // 10000)


def ts_hl7(t):
    return t.strftime("%Y%m%d%H%M%S")


def dfmt(d, style):
    m = {
        "iso": d.strftime("%Y-%m-%d"),
        "us": "%02d/%02d/%d" % (d.month, d.day, d.year),
        "usl": "%d/%d/%d" % (d.month, d.day, d.year),
        "uss": "%d/%d/%02d" % (d.month, d.day, d.year % 100),
        "dmon": d.strftime("%d-%b-%Y"),
        "DMON": d.strftime("%d%b%Y").upper(),
        "long": d.strftime("%B ") + str(d.day) + ", " + str(d.year),
        "mon": d.strftime("%b ") + str(d.day) + " " + str(d.year),
        "hl7": d.strftime("%Y%m%d"),
        "eu": d.strftime("%d.%m.%Y"),
        "dmy": "%02d/%02d/%d" % (d.day, d.month, d.year),
    }
    return m[style]


def rdate(a, b):
    a = dt.date(*a)
    b = dt.date(*b)
    return a + dt.timedelta(days=R.randint(0, (b - a).days))


def pfmt(p, style=None):
    a, b, c = p
    styles = [
        "(%s) %s-%s" % (a, b, c),
        "%s-%s-%s" % (a, b, c),
        "%s%s%s" % (a, b, c),
        "+1 %s %s %s" % (a, b, c),
        "%s.%s.%s" % (a, b, c),
        "+1%s%s%s" % (a, b, c),
        "1-%s-%s-%s" % (a, b, c),
        "(%s)%s-%s" % (a, b, c),
    ]
    if style is None:
        return R.choice(styles)
    return styles[style]


def rphone(area=None):
    a = area or R.choice(["414", "414", "414", "262", "262", "608", "920"])
    b = str(R.randint(220, 989))
    if b[1:] == "11":
        b = "238"
    return (a, b, "%04d" % R.randint(0, 9999))


def rssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def sfmt(s, style):
    if style == 0:
        return s
    if style == 1:
        return s.replace("-", "")
    return s.replace("-", " ")


def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    h = rhex(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
FIRSTS = [
    ("Chidi", "M"), ("Hannah", "F"), ("Mateo", "M"), ("Priya", "F"), ("Wei", "M"), ("Aisha", "F"),
    ("Dmitri", "M"), ("Fatima", "F"), ("Kwame", "M"), ("Ingrid", "F"), ("José", "M"), ("Thanh", "F"),
    ("Sione", "M"), ("Yuki", "F"), ("Olumide", "M"), ("Siobhan", "F"), ("Rafael", "M"), ("Leilani", "F"),
    ("Tomasz", "M"), ("Amara", "F"), ("Mehmet", "M"), ("Ana Lucía", "F"), ("Björn", "M"), ("Zoë", "F"),
    ("Gabriel", "M"), ("Keisha", "F"), ("Ravi", "M"), ("Noor", "F"), ("Jae-won", "M"), ("Oksana", "F"),
    ("Tariq", "M"), ("Marguerite", "F"), ("Diego", "M"), ("Adaeze", "F"), ("Henrik", "M"), ("Luz", "F"),
    ("Kofi", "M"), ("Mariam", "F"), ("Seamus", "M"), ("Ngozi", "F"), ("Viktor", "M"), ("Camille", "F"),
    ("Hiroshi", "M"), ("Tatiana", "F"), ("Emeka", "M"), ("Pooja", "F"), ("DeShawn", "M"), ("Łucja", "F"),
    ("Bao", "M"), ("Esperanza", "F"), ("Marcus", "M"), ("Brittany", "F"), ("Xochitl", "F"), ("Kai", "M"),
]
LASTS = [
    "Okafor", "Schmidt-Weber", "García López", "Raman", "Zhang", "Al-Masri", "Volkov", "Haddad",
    "Mensah", "Lindqvist", "Hernández", "Nguyen", "Tuilagi", "Takahashi", "Adeyemi", "O'Sullivan",
    "dos Santos", "Kahananui", "Wiśniewski", "Eze", "Yılmaz", "van der Berg", "de la Cruz",
    "Johansson", "Müller", "Tran", "Moreau", "Washington", "Patel", "Siddiqui", "Castillo", "Park",
    "Shevchenko", "Qureshi", "Beaulieu", "Ferreira", "Nwosu", "Sørensen", "Kowalczyk", "MacLeod",
    "Abernathy", "Ng", "Bautista", "Papadopoulos", "Ivanova", "Obi", "Delacroix-Martin", "St. Pierre",
    "Fitzgerald", "Mwangi", "Kaminski", "Herrera", "Lopez", "Vang",
]
STREETS = [
    "N Prospect Ave", "W Greenfield Ave", "S Kinnickinnic Ave", "W Wisconsin Ave", "N Oakland Ave",
    "W Layton Ave", "S 27th St", "N 76th St", "W Capitol Dr", "E North Ave", "W Oklahoma Ave",
    "N Humboldt Blvd", "W Bluemound Rd", "S Howell Ave", "W National Ave", "N Sherman Blvd",
    "W Forest Home Ave", "S 60th St", "N Downer Ave", "W Burleigh St", "Ridgeview Ct", "Maple Ln",
]
CITIES = [
    ("Milwaukee", ["53202", "53204", "53207", "53208", "53210", "53211", "53215", "53216", "53219", "53221"]),
    ("Wauwatosa", ["53213", "53226"]), ("West Allis", ["53214", "53227"]), ("Greenfield", ["53220", "53228"]),
    ("Cudahy", ["53110"]), ("Oak Creek", ["53154"]), ("Brookfield", ["53005", "53045"]),
    ("Waukesha", ["53186", "53188"]), ("Racine", ["53403", "53405"]), ("Shorewood", ["53211"]),
    ("South Milwaukee", ["53172"]), ("Franklin", ["53132"]), ("Menomonee Falls", ["53051"]),
]
DEPTS = [
    ("5W Med/Surg", "RN"), ("MICU", "RN"), ("Emergency Dept", "RN"), ("Environmental Services", "EVS Technician"),
    ("Food & Nutrition", "Cook"), ("Sterile Processing", "SPD Technician"), ("Pharmacy", "Pharmacy Technician"),
    ("Radiology", "Radiologic Technologist"), ("Cath Lab", "Cardiovascular Tech"), ("Labor & Delivery", "RN"),
    ("NICU", "RN"), ("Facilities", "HVAC Mechanic"), ("Security", "Security Officer"),
    ("Respiratory Therapy", "Respiratory Therapist"), ("Core Lab", "Phlebotomist"), ("Surgical Services", "Surgical Technologist"),
    ("Patient Transport", "Patient Transporter"), ("Home Health", "Home Health RN"), ("Oncology 7E", "CNA"),
    ("Interventional Radiology", "Radiologic Technologist"), ("Behavioral Health", "Mental Health Tech"),
]
MANAGERS = ["Kateryna Petrov", "Doug Hensley", "Rosa Villanueva", "Brian Oyelaran", "Megan Stoltz", "Andre Whitlock"]
STAFF = [  # (display, username)
    ("Karen Brandt, RN, COHN-S", "kbrandt"), ("Luis Echeverría, RN", "lecheverria"),
    ("Samuel Achebe, MD", "sachebe"), ("Renee Falk, NP", "rfalk"), ("Marcus Lund", "mlund"),
    ("Dana Whitcomb", "dwhitcomb"), ("Priyanka Deshmukh, MPH, CIC", "pdeshmukh"), ("Gail Ostrowski, LPN", "gostrowski"),
]
STAFF_SHORT = ["K. Brandt RN", "L. Echeverria RN", "S. Achebe MD", "R. Falk NP", "G. Ostrowski LPN"]

used = set()


class Person:
    pass


def new_person(kind="emp"):
    while True:
        f, sex = R.choice(FIRSTS)
        l = R.choice(LASTS)
        if (f, l) not in used:
            used.add((f, l))
            break
    p = Person()
    p.first, p.last, p.sex = f, l, sex
    p.mi = R.choice("ABCDEFGHJKLMNPRSTW")
    p.emp = str(R.randint(100200, 189999))
    p.wid = rhex(32)
    p.badge = str(R.randint(10000, 65000))
    p.mrn = str(R.randint(40000000, 48999999))
    p.ssn = rssn()
    p.dob = rdate((1958, 1, 1), (2003, 6, 30))
    p.hire = rdate((1998, 3, 1), (2024, 10, 31))
    if p.hire < p.dob.replace(year=p.dob.year + 18, day=min(p.dob.day, 28)):
        p.hire = rdate((max(2010, p.dob.year + 19), 1, 1), (2024, 10, 31))
    fa = ascii_fold(f).lower().replace(" ", "").replace("-", "")
    la = "".join(ch for ch in ascii_fold(l).lower() if ch.isalnum())
    p.user = (fa[0] + la)[:9]
    p.email = "%s.%s@lakeshorehealth.org" % (fa, la)
    p.pemail = R.choice(["%s.%s%d@gmail.com" % (fa, la, R.randint(1, 99)), "%s%s@yahoo.com" % (fa[0], la),
                         "%s_%s@outlook.com" % (la, fa), "%s%s%d@icloud.com" % (fa, la[:3], R.randint(70, 2003) % 100)])
    p.phone = rphone()
    p.addr = "%d %s" % (R.randint(100, 12999), R.choice(STREETS))
    if R.random() < 0.25:
        p.addr += R.choice([" Apt %d" % R.randint(1, 412), " Unit %s" % R.choice("ABCD"), " #%d" % R.randint(2, 30)])
    p.city, zips = R.choice(CITIES)
    p.zip = R.choice(zips)
    p.dept, p.title = R.choice(DEPTS)
    p.mgr = R.choice(MANAGERS)
    p.kind = kind
    return p


def nm(p, style):
    f, l, mi = p.first, p.last, p.mi
    return {
        "fl": "%s %s" % (f, l),
        "lf": "%s, %s" % (l, f),
        "lfm": "%s, %s %s." % (l, f, mi),
        "LF": "%s, %s" % (l.upper(), f.upper()),
        "LFc": "%s,%s" % (l.upper(), f.upper()),
        "FL": "%s %s" % (f.upper(), l.upper()),
        "il": "%s. %s" % (f[0], l),
        "fml": "%s %s. %s" % (f, mi, l),
        "low": "%s %s" % (f.lower(), l.lower()),
        "Li": "%s %s" % (l.upper(), f[0]),
        "hl7": "%s^%s^%s" % (ascii_fold(l).upper(), ascii_fold(f).upper(), mi),
    }[style]


def N(p, style="fl"):
    return lab(nm(p, style), "name")


EMPS = [new_person() for _ in range(46)]
SOURCES = [new_person("src") for _ in range(8)]  # hospital patients who are exposure sources
VOLS = [new_person("vol") for _ in range(5)]
for v in VOLS:
    v.dob = rdate((1929, 1, 1), (1934, 11, 1))
    v.vid = "V-%05d" % R.randint(10000, 29999)
    v.mbi = "%d%s%s%d%s%s%d%s%s%d%d" % (
        R.randint(1, 9), R.choice("ACDEFGHJKMNPQRTUVWXY"), R.choice("ACDEFGHJKMNPQRTUVWXY0123456789"),
        R.randint(0, 9), R.choice("ACDEFGHJKMNPQRTUVWXY"), R.choice("ACDEFGHJKMNPQRTUVWXY0123456789"),
        R.randint(0, 9), R.choice("ACDEFGHJKMNPQRTUVWXY"), R.choice("ACDEFGHJKMNPQRTUVWXY"),
        R.randint(0, 9), R.randint(0, 9))
VOLS[1].dob = dt.date(1936, 8, 19)  # 88: age not labeled
CANDS = [new_person("cand") for _ in range(9)]
for c in CANDS:
    c.cand = "C-24-%05d" % R.randint(10000, 19999)
    c.dob = rdate((1980, 1, 1), (2004, 1, 1))
    c.start = rdate((2024, 12, 9), (2025, 1, 13))
    c.lic = "%d-30" % R.randint(200000, 259999)


def emp():
    return R.choice(EMPS)


def age_on(d, ref=dt.date(2024, 12, 2)):
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


def inc_date():
    return rdate((2024, 11, 4), (2024, 12, 1))


def pub_ip():
    while True:
        a = R.choice([24, 47, 66, 67, 68, 69, 70, 71, 72, 73, 75, 76, 96, 97, 98, 99, 107, 108, 136, 162, 173, 174])
        return "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def exp_id():
    return "EXP-24-%04d" % R.randint(300, 990)


def claim_no():
    return R.choice(["2024WC%07d" % R.randint(100000, 999999), "WC-24-%05d" % R.randint(100, 2400),
                     "%dA%d" % (R.randint(30, 39), R.randint(10000000, 99999999))])


def osha_case():
    return "2024-%04d" % R.randint(120, 260)


def acc_no(d):
    return "Q%s-%05d" % (d.strftime("%y%m%d"), R.randint(100, 9999))


def rs_id():
    return "RS-%05d" % R.randint(20000, 29999)


def enc_no():
    return "EHS-ENC-%s-%04d" % (CLOCK[0].strftime("%y%m"), R.randint(1, 999))


# --------------------------------------------------------------------------
# generators - each returns a list of Line
# --------------------------------------------------------------------------
def flask(mod, lvl="INFO"):
    return ["[", ts_py(tick()), "] ", lvl, " in ", mod, ": "]


def spring3(app, thread, logger, lvl="INFO"):
    t = tick()
    return [ts_iso(t), " ", "%5s" % lvl, " 2817 --- [", app, "] [", "%15s" % thread[-15:], "] ",
            "%-40s" % logger[:40], " : "]


def spring2(thread, logger, lvl="INFO"):
    t = tick()
    return [ts_java(t), " ", "%5s" % lvl, " 1712 --- [", "%15s" % thread[-15:], "] ", "%-40s" % logger[:40], " : "]


def exec_thread():
    return "nio-8443-exec-%d" % R.randint(1, 10)


# ---- noise generators ----------------------------------------------------
def n_probe():
    t = tick(1, 8)
    ip = "10.42.%d.1" % R.randint(1, 6)
    path = R.choice(["/healthz", "/readyz", "/metrics", "/healthz", "/static/css/app.4f2a9c.css"])
    size = {"/healthz": 17, "/readyz": 2, "/metrics": R.randint(9000, 14000)}.get(path, 48211)
    ua = "Prometheus/2.48.1" if path == "/metrics" else ("kube-probe/1.28" if path != "/static/css/app.4f2a9c.css" else "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")
    return [mk("gunicorn-access", ip, " - - [", ts_clf(t), "] \"GET ", path, " HTTP/1.1\" 200 ", size, " \"-\" \"", ua, "\"")]


def n_api_agg():
    t = tick()
    path = R.choice([
        "/api/v2/compliance/summary?season=2024-25&program=influenza&dept=MICU",
        "/api/v2/compliance/summary?season=2024-25&program=tb&group=by_cost_center",
        "/api/v2/fit-tests/due?window=30d&page=2&size=100",
        "/api/v2/dashboard/tiles", "/api/v2/reports/osha300?year=2024&format=csv",
        "/api/v2/inventory/vaccines?site=EHS-MAIN", "/api/v2/exposures/open/count",
    ])
    code = R.choice([200, 200, 200, 200, 304, 200, 499])
    return [mk("gunicorn-access", "10.40.%d.%d" % (R.randint(2, 30), R.randint(2, 250)), " - - [", ts_clf(t), "] \"GET ", path,
               " HTTP/1.1\" ", code, " ", R.randint(300, 90000), " \"https://ehs.lakeshorehealth.org/dashboard\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36\" ",
               "%.3f" % (R.random() * 1.8))]


def n_gunicorn_err():
    t = tick()
    msg = R.choice([
        "[%d] [INFO] Booting worker with pid: %d" % (R.randint(7, 9), R.randint(400, 900)),
        "[1] [INFO] Listening at: http://0.0.0.0:5000 (1)",
        "[1] [INFO] Using worker: gthread",
        "[1] [WARNING] Worker with pid %d was terminated due to signal 9" % R.randint(400, 900),
        "[%d] [ERROR] Error handling request /api/v2/reports/osha300" % R.randint(400, 900),
        "[1] [CRITICAL] WORKER TIMEOUT (pid:%d)" % R.randint(400, 900),
    ])
    return [mk("gunicorn-error", "[", t.strftime("%Y-%m-%d %H:%M:%S"), " -0600] ", msg)]


def n_flask():
    msg = R.choice([
        ("app", "INFO", "EHS Portal 3.8.2 (build 20241127.6, git 9f3c2ab) starting; env=prod region=mke-dc1"),
        ("app", "INFO", "SQLALCHEMY_ENGINE_OPTIONS={'pool_size': 10, 'max_overflow': 5, 'pool_pre_ping': True}"),
        ("compliance", "INFO", "recompute season=2024-25 program=influenza scanned=%d compliant=%d declined_medical=%d declined_religious=%d pending=%d elapsed=%.2fs" % (9412, R.randint(8700, 8900), R.randint(140, 190), R.randint(90, 130), R.randint(60, 240), R.random() * 20)),
        ("compliance", "INFO", "policy loaded: FLU_2024_25 deadline=2024-12-01 grace_days=0 badge_action=DISABLE exempt_roles=['REMOTE_ONLY','LOA']"),
        ("notify", "WARNING", "Teams webhook latency %dms exceeds threshold 2000ms (channel=EHS-Alerts)" % R.randint(2001, 6000)),
        ("cache", "DEBUG", "redis hit ratio %.2f keys=%d evicted=0" % (0.85 + R.random() * 0.14, R.randint(15000, 22000))),
        ("tb_screening", "ERROR", "HL7 listener connection reset by peer (10.40.8.21:6661); reconnecting in 5s"),
        ("tb_screening", "INFO", "HL7 listener bound 0.0.0.0:6661 (MLLP) max_msg=1MiB"),
        ("reports", "INFO", "OSHA 300 export generated year=2024 establishment=LRH-MAIN rows=%d sha256=%s" % (R.randint(150, 200), rhex(64))),
        ("fit_import", "INFO", "FitPro Ultra export watcher polling \\\\ehs-fs01\\FitTest$\\Exports every 60s"),
        ("fit_import", "WARNING", "skipped file FitTest_20241202_0640.csv.tmp (still being written)"),
        ("views", "INFO", "login ok user=kbrandt role=OHN mfa=push src=10.40.12.7"),
        ("views", "INFO", "login ok user=lecheverria role=OHN mfa=push src=10.40.12.31"),
        ("inventory", "INFO", "Fluarix 2024-25 lot 7B2XK stock=%d doses exp 2025-06-30 (NDC 58160-0911-52)" % R.randint(20, 400)),
        ("inventory", "WARNING", "Fridge EHS-2 temp %.1fC above 8.0C for 4 min (probe TempTrak #55102)" % (8 + R.random() * 1.5)),
        ("scheduler", "INFO", "job refresh_due_lists completed in %.3fs rows=%d" % (R.random() * 9, R.randint(900, 4800))),
        ("scheduler", "INFO", "next run of job 'wd_delta_sync' at 2024-12-02 %02d:%02d:00-06:00" % (R.randint(6, 9), R.choice([0, 15, 30, 45]))),
        ("intake", "WARNING", "Workday token refresh took %dms (tenant=lakeshore_prod)" % R.randint(900, 4000)),
        ("app", "ERROR", "psycopg2.OperationalError: could not connect to server: Connection timed out. Is the server running on host \"ehs-pg01.lakeshorehealth.org\" (10.40.6.14) and accepting TCP/IP connections on port 5432?"),
    ])
    return [mk("flask", flask(msg[0], msg[1]), msg[2])]


def n_celery():
    t = tick()
    task = R.choice(["ehs.tasks.sync_workday_delta", "ehs.tasks.recompute_compliance", "ehs.tasks.send_reminders",
                     "ehs.tasks.import_fitpro", "ehs.tasks.push_iis_batch", "ehs.tasks.purge_tmp_exports"])
    k = R.random()
    if k < 0.5:
        res = "{'created': %d, 'updated': %d, 'skipped': %d}" % (R.randint(0, 9), R.randint(10, 300), R.randint(0, 40))
        msg = "Task %s[%s] succeeded in %.3fs: %s" % (task, ruuid(), R.random() * 60, res)
    elif k < 0.8:
        msg = "Task %s[%s] received" % (task, ruuid())
    else:
        msg = "Task %s[%s] retry: Retry in 30s: ConnectionError('HTTPSConnectionPool(host=\\'wd2-impl-services1.workday.com\\', port=443): Read timed out.')" % (task, ruuid())
    return [mk("celery", "[", t.strftime("%Y-%m-%d %H:%M:%S"), ",%03d: INFO/ForkPoolWorker-%d] " % (t.microsecond // 1000, R.randint(1, 4)), msg)]


def n_spring():
    k = R.randint(0, 9)
    if k < 5:
        msg = R.choice([
            ("HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Pool stats (total=10, active=%d, idle=%d, waiting=0)"),
            ("main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port(s): 8443 (https) with context path '/exposure'"),
            ("main", "c.l.ehs.exposure.ExposureApplication", "Started ExposureApplication in 9.412 seconds (process running for 10.377)"),
            ("main", "o.f.core.internal.command.DbMigrate", "Successfully applied 2 migrations to schema \"exposure\", now at version v41 (execution time 00:00.218s)"),
            ("scheduling-1", "c.l.ehs.exposure.jobs.EscalationJob", "escalateOpenIncidents: 0 incidents older than 72h without PEP decision"),
            ("scheduling-1", "c.l.ehs.exposure.jobs.LabFollowUpJob", "6-week/3-month/6-month follow-up scan complete: due=%d overdue=%d"),
        ])
        text = msg[2]
        if "%d" in text:
            text = text % (R.randint(0, 3), R.randint(5, 10)) if "Pool" in text else text % (R.randint(2, 12), R.randint(0, 3))
        return [mk("spring-boot", spring3("ehs-exposure", msg[0], msg[1]), text)]
    msg = R.choice([
        ("scheduling-1", "c.l.rtw.jobs.TpaStatusPoller", "Polled TPA claim status feed: 41 claims, 3 changed, 0 errors (1284 ms)"),
        ("main", "o.s.b.a.l.ConditionEvaluationReportLoggingListener", "Error starting ApplicationContext. To display the conditions report re-run your application with 'debug' enabled."),
        ("http-nio-8081-exec-4", "o.a.c.c.C.[Tomcat].[localhost].[/rtw]", "Initializing Spring DispatcherServlet 'dispatcherServlet'"),
        ("scheduling-1", "c.l.rtw.jobs.RestrictionExpiryJob", "Expired 4 restriction sets ending before 2024-12-02; notifications queued=4"),
        ("kafka-coordinator-heartbeat-thread | rtw", "o.a.k.c.c.internals.AbstractCoordinator", "[Consumer clientId=rtw-1, groupId=rtw] Successfully joined group with generation Generation{generationId=57, memberId='rtw-1-8f3a', protocol='range'}"),
    ])
    return [mk("spring-boot", spring2(msg[0], msg[1], "WARN" if "Error" in msg[2] else "INFO"), msg[2])]


def n_stacktrace():
    k = R.randint(0, 2)
    if k == 0:
        head = mk("spring-boot", spring2("scheduling-1", "c.l.rtw.client.TpaClient", "ERROR"), "TPA status poll failed (attempt 3/3)")
        return [head,
                mk("java-trace", "org.springframework.web.client.ResourceAccessException: I/O error on GET request for \"https://api.claims-tpa.example.com/v2/claims/status\": Read timed out; nested exception is java.net.SocketTimeoutException: Read timed out"),
                mk("java-trace", "\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:785)"),
                mk("java-trace", "\tat org.springframework.web.client.RestTemplate.execute(RestTemplate.java:711)"),
                mk("java-trace", "\tat com.lakeshore.rtw.client.TpaClient.pollStatus(TpaClient.java:142)"),
                mk("java-trace", "\tat com.lakeshore.rtw.jobs.TpaStatusPoller.run(TpaStatusPoller.java:58)"),
                mk("java-trace", "\t... 14 common frames omitted"),
                mk("java-trace", "Caused by: java.net.SocketTimeoutException: Read timed out"),
                mk("java-trace", "\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)")]
    if k == 1:
        head = mk("spring-boot", spring3("ehs-exposure", "hl7-mllp-1", "c.l.ehs.exposure.hl7.OruListener", "ERROR"), "Failed to parse inbound message, NAK sent (control id LAB%s%05d)" % (CLOCK[0].strftime("%y%m%d"), R.randint(1, 99999)))
        return [head,
                mk("java-trace", "ca.uhn.hl7v2.model.DataTypeException: ca.uhn.hl7v2.model.DataTypeException: Failed validation rule: Maxumim size <= 20 characters: Segment: OBX (rep 0) Field #5"),
                mk("java-trace", "\tat ca.uhn.hl7v2.model.AbstractPrimitive.setValue(AbstractPrimitive.java:97)"),
                mk("java-trace", "\tat ca.uhn.hl7v2.parser.PipeParser.parse(PipeParser.java:425)"),
                mk("java-trace", "\tat com.lakeshore.ehs.exposure.hl7.OruListener.processMessage(OruListener.java:64)"),
                mk("java-trace", "\t... 9 common frames omitted")]
    head = mk("spring-boot", spring2("rtw-notify-2", "c.l.rtw.notify.TeamsNotifier", "WARN"), "Graph send failed, will retry in 7s")
    return [head,
            mk("java-trace", "com.microsoft.graph.models.odataerrors.ODataError: Too many requests. Retry after 7 seconds."),
            mk("java-trace", "\tat com.microsoft.kiota.http.OkHttpRequestAdapter.throwIfFailedResponse(OkHttpRequestAdapter.java:672)"),
            mk("java-trace", "\tat com.microsoft.kiota.http.OkHttpRequestAdapter.send(OkHttpRequestAdapter.java:280)"),
            mk("java-trace", "\tat com.lakeshore.rtw.notify.TeamsNotifier.post(TeamsNotifier.java:88)")]


def n_portacount_daily():
    t = tick()
    sn = R.choice(["8048203155", "8048190477"])
    msg = R.choice([
        "Daily Check PASSED sn=%s particle_check=%d #/cc zero_check=0.00 #/cc classifier=PASS max_ff=%d" % (sn, R.randint(2500, 9000), R.randint(5000, 12000)),
        "RS232 rx COM4 'C %.2f' (ambient)" % (R.random() * 5000 + 800),
        "RS232 rx COM4 'M %.2f' (mask)" % (R.random() * 40 + 1),
        "PortaCount %s firmware 2.1.4 connected via USB; N95-Companion OFF" % sn,
        "calibration due 2025-04-18 for sn=%s (TSI service)" % sn,
    ])
    return [mk("fitpro-log", ts_java(t), " FitProUltra[", R.randint(2100, 2300), "] ", msg)]


def n_workday_event():
    t = tick()
    msg = R.choice([
        "Integration Event completed | System: INT072 EHS_Compliance_Outbound | Event WID: %s | Status: Completed | Records: 9412 | Warnings: %d | Duration: 00:0%d:%02d" % (rhex(32), R.randint(0, 6), R.randint(1, 6), R.randint(0, 59)),
        "Launching Get_Workers (v43.0) tenant=lakeshore_prod Transaction_Log_Criteria From=2024-12-01T06:00:00-06:00 Count=100",
        "Get_Workers page %d/%d received (%d KB, %d ms)" % (R.randint(1, 19), 19, R.randint(300, 900), R.randint(700, 4000)),
        "EIB INT0457 EHS_Immunizations_Inbound: file EHS_IMM_20241202.csv validated, rows=%d, errors=0" % R.randint(40, 400),
        "SOAP Fault from https://wd2-impl-services1.workday.com/ccx/service/lakeshore_prod/Human_Resources/v43.0: Processing error occurred. The request rate limit has been exceeded.",
        "OAuth2 refresh_token grant ok client_id=%s expires_in=3600" % rhex(24),
    ])
    return [mk("workday-log", ts_py(t), " INFO  [wd_connector] ", msg)]


def n_graph():
    t = tick()
    msg = R.choice([
        "POST https://graph.microsoft.com/v1.0/teams/%s/channels/19:%s@thread.tacv2/messages -> 201 Created request-id=%s (%d ms)" % (ruuid(), rhex(32), ruuid(), R.randint(180, 900)),
        "POST https://graph.microsoft.com/v1.0/chats/%s/messages -> 429 Too Many Requests Retry-After=7 request-id=%s" % ("19:" + rhex(32) + "@thread.v2", ruuid()),
        "token acquired for app %s (tenant %s) scopes=['https://graph.microsoft.com/.default'] cache=MISS" % (ruuid(), ruuid()),
        "POST https://lakeshorehealth.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s -> 200 body='1' (%d ms)" % (ruuid(), ruuid(), rhex(32), ruuid(), R.randint(200, 1500)),
    ])
    return [mk("graph-log", ts_py(t), " INFO msgraph.client: ", msg)]


def n_uls():
    t = tick()
    msg = R.choice([
        ("SharePoint Foundation", "Monitoring", "b4ly", "Medium", "Leaving Monitored Scope (Request (POST:https://lakeshorehealth.sharepoint.com/sites/EmployeeHealth/_api/web/lists/getbytitle('FluCompliance')/items)). Execution Time=%.4f" % (R.random() * 400)),
        ("SharePoint Foundation", "Topology", "e5mb", "Medium", "WcfReceiveRequest: LocalAddress: 'http://sp-app02:32843/SecurityTokenServiceApplication/securitytoken.svc' Channel: 'System.ServiceModel.Channels.ServiceChannel'"),
        ("SharePoint Server Search", "Crawler:Gatherer Plugin", "e5be", "Unexpected", "The start address sps3s://sp-app02 cannot be crawled. Context: Application 'Search_Service_Application', Catalog 'Portal_Content'"),
        ("SharePoint Foundation", "General", "8nca", "Medium", "Application error when access /sites/EmployeeHealth/Lists/RTWTracker/AllItems.aspx, Error=Object reference not set to an instance of an object."),
    ])
    return [mk("sharepoint-uls", ts_uls(t), " \tw3wp.exe (0x1F40)\t0x%04X\t%s\t%s\t%s\t%s\t%s\t%s" % (R.randint(0x1000, 0x3FFF), msg[0], msg[1], msg[2], msg[3], msg[4], ruuid()))]


def n_prom():
    k = R.choice([
        'ehs_compliance_rate{program="influenza",season="2024-25",dept="%s"} %.3f' % (R.choice(DEPTS)[0], 0.85 + R.random() * 0.15),
        'ehs_badge_disable_total{reason="FLU_NONCOMPLIANT"} %d' % R.randint(20, 60),
        'http_request_duration_seconds_bucket{handler="/api/v2/exposures",le="0.5"} %d' % R.randint(1000, 9000),
        'hl7_messages_received_total{type="ORU^R01",sender="SUNQUEST"} %d' % R.randint(1000, 5000),
        'fitpro_import_rows_total{status="ok"} %d' % R.randint(3000, 9000),
        'process_resident_memory_bytes %d' % R.randint(180000000, 520000000),
    ])
    return [mk("prometheus", k)]


def n_nginx():
    t = tick()
    msg = R.choice([
        '[error] 31#31: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.40.%d.%d, server: ehs.lakeshorehealth.org, request: "GET /api/v2/reports/osha300?year=2024&format=csv HTTP/1.1", upstream: "http://10.42.3.17:5000/api/v2/reports/osha300?year=2024&format=csv", host: "ehs.lakeshorehealth.org"' % (R.randint(1000, 99999), R.randint(2, 30), R.randint(2, 250)),
        '[warn] 31#31: *%d an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/3/08/0000000083 while reading upstream' % R.randint(1000, 99999),
        '[notice] 1#1: signal process started',
    ])
    return [mk("nginx-error", t.strftime("%Y/%m/%d %H:%M:%S "), msg)]


def n_postfix():
    t = tick()
    qid = rhex(10).upper()
    msg = R.choice([
        "postfix/smtpd[%d]: connect from ehs-portal.lakeshorehealth.org[10.40.3.22]" % R.randint(20000, 30000),
        "postfix/qmgr[1184]: %s: removed" % qid,
        "postfix/smtp[%d]: %s: to=<ehs-team@lakeshorehealth.org>, relay=lakeshorehealth-org.mail.protection.outlook.com[52.101.40.%d]:25, delay=0.81, delays=0.02/0/0.31/0.48, dsn=2.6.0, status=sent (250 2.6.0 Queued mail for delivery)" % (R.randint(20000, 30000), qid, R.randint(2, 40)),
        "postfix/smtpd[%d]: disconnect from ehs-portal.lakeshorehealth.org[10.40.3.22] ehlo=2 starttls=1 mail=1 rcpt=1 data=1 quit=1 commands=7" % R.randint(20000, 30000),
    ])
    return [mk("postfix", ts_sys(t), " smtp-relay01 ", msg)]


def n_ccure():
    t = tick()
    msg = R.choice([
        "SYSTEM - iSTAR controller \"ED-iSTAR-03\" online, firmware 6.6.5, 16 readers",
        "SYSTEM - Door \"OR Core 2 East\" held open alarm cleared",
        "SYSTEM - Scheduled import job EHS_Compliance_Hold started (source=\\\\badgesync01\\ccure_in\\holds.xml)",
        "SYSTEM - Scheduled import job EHS_Compliance_Hold finished: 0 errors, %d objects modified" % R.randint(4, 60),
        "SYSTEM - Database backup ccure_journal_20241202.bak completed (2.4 GB)",
    ])
    return [mk("ccure-syslog", "<134>1 ", ts_iso(t), " ccure-srv01 CCURE9000 4412 JOURNAL - ", msg)]


def n_structlog():
    t = tick()
    o = R.choice([
        O([("timestamp", ts_z(t)), ("level", "info"), ("logger", "badgesync.cycle"), ("event", "sync_cycle_complete"),
           ("evaluated", 9412), ("disabled", R.randint(10, 45)), ("reenabled", R.randint(0, 9)), ("duration_ms", R.randint(4000, 30000))]),
        O([("timestamp", ts_z(t)), ("level", "debug"), ("logger", "badgesync.ccure"), ("event", "xml_import_written"),
           ("path", "\\\\badgesync01\\ccure_in\\holds.xml"), ("bytes", R.randint(2000, 90000)), ("sha1", rhex(40))]),
        O([("timestamp", ts_z(t)), ("level", "warning"), ("logger", "badgesync.rules"), ("event", "rule_skipped"),
           ("rule", "COVID_2024_25_ATTEST"), ("reason", "policy not enforced (advisory only)")]),
    ])
    return [mk("structlog-json", js(o))]


def n_audit():
    t = tick()
    s, u = R.choice(STAFF)
    msg = R.choice([
        "action=LOGIN result=SUCCESS actor=%s auth=SAML idp=azuread src_ip=10.40.%d.%d" % (u, R.randint(2, 30), R.randint(2, 250)),
        "action=REPORT_RUN result=SUCCESS actor=%s report=FLU_COMPLIANCE_BY_DEPT rows=%d" % (u, R.randint(20, 90)),
        "action=LOGOUT result=SUCCESS actor=%s session=%s" % (u, rhex(16)),
        "action=EXPORT result=DENIED actor=%s report=OSHA300_FULL reason=ROLE_LACKS_PRIVACY_CASE_ACCESS" % u,
    ])
    return [mk("audit-kv", "ts=", ts_iso(t), " app=ehs-portal ", msg, " trace_id=", rhex(32), " span_id=", rhex(16))]


def n_business():
    msg = R.choice([
        ("tpa", "INFO", "TPA config loaded: carrier=Sedgwick CMS client=LRH0001 intake_phone=800-555-0199 intake_fax=877-555-0142 edi_mailbox=sftp://edi.claims-tpa.example.com:22/inbound"),
        ("iis", "INFO", "WIR endpoint https://www.dhfswir.org/WIRHL7/ws org_id=LRH_EHS facility=EHS MAIN phone=414-555-0100"),
        ("clinic", "INFO", "after-hours exposure hotline forwarded to (414) 555-0177; Infection Prevention pager 414-555-0163"),
        ("notify", "INFO", "sender mailbox ehs-noreply@lakeshorehealth.org, reply-to employeehealth@lakeshorehealth.org, fax 414-555-0190"),
    ])
    return [mk("flask", flask(msg[0], msg[1]), msg[2])]


def n_osha300a():
    lines = [mk("osha-ita-csv", "establishment_name,ein,street_address,city,state,zip,naics_code,annual_average_employees,total_hours_worked,no_injuries_illnesses,total_deaths,total_dafw_cases,total_djtr_cases,total_other_cases,total_dafw_days,total_djtr_days,total_injuries,total_skin_disorders,total_respiratory_conditions,total_poisonings,total_hearing_loss,total_other_illnesses")]
    lines.append(mk("osha-ita-csv", "Lakeshore Regional Health - Main Campus,39-1847263,2900 W Oklahoma Ave,Milwaukee,WI,53215,622110,6411,12884201,2,0,%d,%d,%d,%d,%d,%d,3,4,0,1,9" % (
        R.randint(30, 60), R.randint(40, 80), R.randint(60, 110), R.randint(400, 900), R.randint(900, 1600), R.randint(150, 230))))
    return lines


def n_hl7_ack():
    t = tick()
    cid = "EHS%s%04d" % (t.strftime("%y%m%d"), R.randint(1, 9999))
    return [mk("hl7v2", "MSH|^~\\&|EHS_PORTAL|LRH_EHS|SUNQUEST|LRH_LAB|", ts_hl7(t), "||ACK^R01^ACK|", cid, "|P|2.5.1"),
            mk("hl7v2", "MSA|AA|LAB", t.strftime("%y%m%d"), "%05d" % R.randint(1, 99999), "|Message accepted")]


def n_k8s():
    t = tick()
    msg = R.choice([
        'I1202 %s       1 kubelet.go:2480] "SyncLoop (probe)" probe="readiness" status="ready" pod="ehs/ehs-portal-7c9d8f5b6-x2kqp"',
        'W1202 %s       1 reflector.go:535] watch of *v1.ConfigMap ended with: an error on the server ("unable to decode an event from the watch stream") has prevented the request from succeeding',
        'I1202 %s       1 event.go:307] "Event occurred" object="ehs/rtw-svc-5d8b7c9f4-lmz8n" kind="Pod" reason="Pulled" message="Container image \\"registry.lakeshorehealth.org/ehs/rtw-svc:2.14.1\\" already present on machine"',
    ])
    return [mk("k8s", msg % t.strftime("%H:%M:%S.%f"))]


def n_dosimetry():
    msg = R.choice([
        "Instadose+ cloud batch %s pulled: %d reads, 0 failed, period=2024-11" % (rhex(8), R.randint(200, 500)),
        "dose threshold config: ALARA-I=125 mrem/qtr ALARA-II=375 mrem/qtr (deep)",
    ])
    return [mk("flask", flask("dosimetry"), msg)]


# ---- PHI generators ------------------------------------------------------
def p_qft():
    p = emp()
    d = rdate((2024, 11, 18), (2024, 11, 29))
    res = R.choice(["NEGATIVE", "NEGATIVE", "NEGATIVE", "POSITIVE", "INDETERMINATE"])
    tb1 = "%.2f" % (R.random() * (1.8 if res == "POSITIVE" else 0.2))
    out = [mk("flask", flask("tb_screening"), "QFT-Plus result posted emp_id=", lab(p.emp, "other_id"), " name=\"", N(p, "lf"),
              "\" collected=", lab(dfmt(d, "iso"), "date"), " nil=%.2f tb1_minus_nil=%s tb2_minus_nil=%.2f mitogen_minus_nil=>10.00 interp=%s accession=" % (R.random() * 0.3, tb1, R.random() * 0.2, res),
              lab(acc_no(d), "other_id"))]
    if res == "POSITIVE":
        prev = rdate((2023, 10, 1), (2023, 12, 20))
        out.append(mk("flask", flask("tb_screening", "WARNING"), "conversion suspected for ", N(p, "fl"), " (", lab(p.emp, "other_id"),
                      "): prior QFT NEGATIVE on ", lab(dfmt(prev, "us"), "date"), "; routed to EHS MD queue, CXR order pending, IP notified"))
    elif res == "INDETERMINATE":
        out.append(mk("flask", flask("tb_screening", "WARNING"), "indeterminate (low mitogen) for emp ", lab(p.emp, "other_id"), " -> redraw task created, due ",
                      lab(dfmt(d + dt.timedelta(days=14), "uss"), "date")))
    return out


def p_compliance():
    p = emp()
    k = R.randint(0, 3)
    if k == 0:
        exp = rdate((2025, 3, 1), (2025, 5, 31))
        return [mk("flask", flask("compliance"), "flu 2024-25 status change worker=", lab(p.emp, "other_id"), " PENDING->DECLINED_MEDICAL (",
                   R.choice(["documented Guillain-Barre within 6 wk of prior dose", "severe egg-protein anaphylaxis hx", "allergist letter on file"]),
                   ") exemption_expires=", lab(dfmt(exp, "iso"), "date"), " approved_by=sachebe")]
    if k == 1:
        ps = R.sample(EMPS, 3)
        parts = [flask("compliance", "WARNING"), "%d employees past influenza deadline 2024-12-01 without dose or approved exemption; first batch: " % R.randint(25, 48)]
        for i, q in enumerate(ps):
            if i:
                parts.append(", ")
            parts += [lab(q.emp, "other_id"), " ", N(q, "Li")]
        return [mk("flask", parts)]
    if k == 2:
        d = rdate((2024, 10, 1), (2024, 11, 30))
        return [mk("flask", flask("compliance"), "COVID-19 2024-25 attestation received for ", N(p, "fml"), " <", lab(p.email, "email"), ">: dose_date=",
                   lab(dfmt(d, "us"), "date"), " product=\"Comirnaty 2024-2025 Formula\" source=self_report_upload")]
    nd = rdate((2025, 1, 5), (2025, 12, 20))
    return [mk("flask", flask("compliance"), "TB annual screen questionnaire done worker=", lab(p.emp, "other_id"), " symptoms=NONE new_exposure=NO next_due=",
               lab(dfmt(nd, "iso"), "date"), " reviewer=gostrowski")]


def p_preplacement():
    c = R.choice(CANDS)
    out = [mk("flask", flask("preplacement"), "candidate=", lab(c.cand, "other_id"), " \"", N(c, "fl"), "\" DOB=", lab(dfmt(c.dob, "us"), "date"),
              " offer_start=", lab(dfmt(c.start, "iso"), "date"), " job=\"", c.title, "\" clearance=",
              R.choice(["CLEARED", "CLEARED_WITH_FOLLOWUP", "HOLD_TITERS"]),
              " titers={'rubeola': 'IMMUNE', 'varicella': '%s', 'hbsab': '%s'}" % (R.choice(["IMMUNE", "EQUIVOCAL"]), R.choice(["112 mIU/mL", "<10 mIU/mL", "38 mIU/mL"])))]
    if R.random() < 0.6:
        ex = rdate((2025, 2, 1), (2026, 2, 28))
        out.append(mk("flask", flask("preplacement"), "license verify (WI DSPS) RN ", lab(c.lic, "license"), " status=ACTIVE exp=", lab(dfmt(ex, "us"), "date"),
                      " for ", lab(c.cand, "other_id"), " source=LicenseLookup cached=false"))
    if R.random() < 0.3:
        out.append(mk("flask", flask("intake", "ERROR"), "Workday pre-hire match failed for ssn=***-**-", c.ssn[-4:], " dob=", lab(dfmt(c.dob, "iso"), "date"),
                      ": 2 candidates returned; manual review queue id ", R.randint(8000, 9999)))
    return out


def p_gunicorn_worker():
    t = tick()
    p = emp()
    if R.random() < 0.55:
        path = R.choice(["/api/v2/workers/%s/immunizations", "/api/v2/workers/%s/restrictions", "/api/v2/workers/%s/fit-tests?latest=true",
                         "/api/v2/workers/%s/tb?include=history", "/chart/%s/summary"])
        a, b = path.split("%s")
        return [mk("gunicorn-access", "10.40.%d.%d - kbrandt [" % (R.randint(2, 30), R.randint(2, 250)), ts_clf(t), "] \"GET ", a, lab(p.emp, "other_id"), b,
                   " HTTP/1.1\" 200 ", R.randint(800, 20000), " \"https://ehs.lakeshorehealth.org/worklist\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36\" ", "%.3f" % (R.random() * 0.6))]
    ip = pub_ip()
    path = R.choice(["/selfservice/attest/covid", "/selfservice/flu/declination", "/selfservice/tb-questionnaire", "/selfservice/documents/upload"])
    return [mk("gunicorn-access", lab(ip, "ip"), " - ", lab(p.user, "other_id"), " [", ts_clf(t), "] \"POST ", path, " HTTP/1.1\" ", R.choice([200, 302, 201]), " ", R.randint(100, 3000),
               " \"https://ehs.lakeshorehealth.org/selfservice\" \"", R.choice([
                   "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
                   "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.39 Mobile Safari/537.36",
                   "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15"]), "\" ", "%.3f" % (R.random() * 0.9))]


def p_exposure():
    p = emp()
    s = R.choice(SOURCES)
    e = exp_id()
    d = CLOCK[0].date() - dt.timedelta(days=R.choice([0, 0, 1, 2]))
    th = exec_thread()
    lg = "c.l.ehs.exposure.web.IncidentController"
    out = [mk("spring-boot", spring3("ehs-exposure", th, lg), "Exposure incident ", lab(e, "other_id"), " created: employee=", lab(p.emp, "other_id"),
              " type=", R.choice(["PERCUTANEOUS", "PERCUTANEOUS", "MUCOCUTANEOUS", "NON_INTACT_SKIN"]), " device=\"", R.choice(["25G hollow-bore needle", "suture needle", "scalpel #15", "lancet", "n/a - blood splash to eyes"]),
              "\" location=\"", p.dept, "\" occurredAt=", lab(d.strftime("%Y-%m-%d") + "T%02d:%02d" % (R.randint(0, 23), R.randint(0, 59)), "date"),
              " reportedBy=", R.choice(["lecheverria", "kbrandt", "ehs-hotline"]))]
    if R.random() < 0.8:
        out.append(mk("spring-boot", spring3("ehs-exposure", th, "c.l.ehs.exposure.service.SourceService"), "Source patient linked to ", lab(e, "other_id"),
                      ": mrn=", lab(s.mrn, "mrn"), " name=", N(s, "LF"), " consent=", R.choice(["OBTAINED", "OBTAINED", "UNABLE_PT_SEDATED", "REFUSED"]),
                      " rapidHiv=", R.choice(["NONREACTIVE", "NONREACTIVE", "PENDING"]), " hcvAb=", R.choice(["PENDING", "NONREACTIVE", "REACTIVE"]), " hbsAg=NONREACTIVE"))
    if R.random() < 0.6:
        out.append(mk("spring-boot", spring3("ehs-exposure", th, "c.l.ehs.exposure.service.PepService"), "PEP decision for ", lab(e, "other_id"), ": ",
                      R.choice(["declined by employee after counseling", "started Biktarvy x28d, first dose 07:41", "not indicated (source HIV NR)"]),
                      "; baseline labs HIV Ag/Ab, HBsAb, HCV Ab drawn; follow-up 6wk/3mo/6mo scheduled"))
    return out


def p_exposure_err():
    p = emp()
    d = rdate((2024, 11, 20), (2024, 12, 1))
    head = mk("spring-boot", spring3("ehs-exposure", exec_thread(), "o.h.engine.jdbc.spi.SqlExceptionHelper", "ERROR"),
              "ERROR: duplicate key value violates unique constraint \"uk_incident_employee_occurred\"")
    det = mk("java-trace", "  Detail: Key (employee_id, occurred_on)=(", lab(p.emp, "other_id"), ", ", lab(dfmt(d, "iso"), "date"), ") already exists.")
    tr = [mk("java-trace", "org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_incident_employee_occurred]"),
          mk("java-trace", "\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:276)"),
          mk("java-trace", "\tat com.lakeshore.ehs.exposure.service.IncidentService.create(IncidentService.java:97)")]
    return [head, det] + tr


def p_rtw():
    p = emp()
    rs = rs_id()
    eff = rdate((2024, 12, 2), (2024, 12, 9))
    end = eff + dt.timedelta(days=R.choice([7, 14, 14, 21, 28]))
    codes = R.sample(["NO_LIFT_OVER_20LB", "NO_PATIENT_TRANSFER", "SEATED_WORK_ALLOWED", "NO_N95_USE", "LIGHT_DUTY", "NO_NIGHT_SHIFT", "MAX_8H_SHIFT", "NO_SHARPS_LEFT_HAND"], 3)
    out = [mk("spring-boot", spring2("nio-8081-exec-%d" % R.randint(1, 8), "c.l.rtw.service.RestrictionService"), "Restriction set ", lab(rs, "other_id"),
              " saved for worker ", lab(p.emp, "other_id"), " effective ", lab(dfmt(eff, "iso"), "date"), " until ", lab(dfmt(end, "iso"), "date"), ": [", ", ".join(codes), "] dx=",
              R.choice(["S39.012A", "S61.210A", "M54.50", "S93.401A", "S83.511A"]))]
    k = R.random()
    if k < 0.4:
        out.append(mk("spring-boot", spring2("nio-8081-exec-%d" % R.randint(1, 8), "c.l.rtw.notify.ManagerNotifier"), "Notified manager ", p.mgr,
                      " of restrictions for ", N(p, R.choice(["fl", "lf"])), " (", p.dept, "); PHI-minimized template RTW_MGR_v3"))
    elif k < 0.7:
        first = rdate((2024, 11, 4), (2024, 11, 29))
        out.append(mk("spring-boot", spring2("kafka-listener-1", "c.l.rtw.workday.LeaveSync"), "Workday LOA sync: worker=", lab(p.emp, "other_id"), " leave_type=WORKERS_COMP first_day_of_leave=",
                      lab(dfmt(first, "iso"), "date"), " estimated_rtw=", lab(dfmt(eff, "iso"), "date"), " status=", R.choice(["Successfully Completed", "In Progress"])))
    return out


def p_rtw_dup():
    p = emp()
    d = rdate((2024, 12, 2), (2024, 12, 12))
    return [mk("spring-boot", spring2("nio-8081-exec-%d" % R.randint(1, 8), "o.h.engine.jdbc.spi.SqlExceptionHelper", "ERROR"),
               "ERROR: duplicate key value violates unique constraint \"uk_restriction_worker_effective\"  Detail: Key (worker_id, effective_date)=(",
               lab(p.emp, "other_id"), ", ", lab(dfmt(d, "iso"), "date"), ") already exists.")]


def p_tpa_json():
    p = emp()
    c = claim_no()
    doi = inc_date()
    o = O([("claimNumber", c, "other_id"), ("clientClaimRef", "LRH-%s" % p.emp, "other_id"), ("status", R.choice(["OPEN", "OPEN", "CLOSED", "REOPENED"])),
           ("compensability", R.choice(["ACCEPTED", "UNDER_INVESTIGATION", "DENIED"])),
           ("claimant", O([("firstName", p.first, "name"), ("lastName", p.last, "name"), ("dateOfBirth", dfmt(p.dob, "iso"), "date")])),
           ("dateOfInjury", dfmt(doi, "iso"), "date"), ("lostTime", R.choice([True, False])),
           ("adjuster", O([("name", "Tom Reyes"), ("phone", "(800) 555-0134"), ("email", "treyes@claims-tpa.example.com")])),
           ("reserve", O([("medical", R.randint(500, 9000)), ("indemnity", R.randint(0, 20000))]))])
    return [mk("spring-boot", spring2("scheduling-1", "c.l.rtw.client.TpaClient", "DEBUG"), "GET /v2/claims/", lab(c, "other_id"), " <- 200 ", js(o, ea=False, sep=(",", ":")))]


def p_health_plan():
    p = emp()
    c = claim_no()
    mid = R.choice(["%d-%02d" % (R.randint(80000000, 99999999), R.randint(1, 3)), "LRH%09d" % R.randint(100000000, 999999999), "XJH%d" % R.randint(100000000, 999999999)])
    return [mk("spring-boot", spring2("scheduling-1", "c.l.rtw.billing.Redirector", "WARN"), "Claim ", lab(c, "other_id"), " compensability DENIED; redirecting ED bill HAR ",
               lab(str(R.randint(7200000000, 7299999999)), "account"), " to group plan UMR member ", lab(mid, "health_plan"), " (subscriber=employee ", lab(p.emp, "other_id"), ")")]


def p_bank():
    p = emp()
    return [mk("workday-log", ts_py(tick()), " WARN  [wd_payroll] Put_Payment_Election for TTD benefit worker ", lab(p.emp, "other_id"), " (", N(p, "lf"),
               "): routing=075000022 account=", lab(str(R.randint(1000000000, 9999999999)), "account"), " type=Checking -> Validation error: account already exists on another worker")]


def p_mva():
    p = emp()
    c = claim_no()
    mk_, wmi = R.choice([("Toyota", "2T3W1RFV"), ("Honda", "1HGCV1F3"), ("Hyundai", "5NPE34AF"), ("Ford", "1FMCU9G6"), ("Subaru", "4S4BTANC")])
    yr, yc = R.choice([(2017, "H"), (2018, "J"), (2019, "K"), (2021, "M"), (2022, "N")])
    vin = wmi + R.choice("0123456789X") + yc + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + "%06d" % R.randint(0, 999999)
    assert len(vin) == 17
    plate = "%s%s%s-%04d" % (R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), R.randint(1000, 9999))
    dl = "%s%03d-%04d-%04d-%02d" % (p.last[0].upper() if p.last[0].isascii() else "W", R.randint(0, 999), R.randint(0, 9999), R.randint(0, 9999), R.randint(0, 99))
    doi = inc_date()
    return [mk("tpa-json", js(O([("event", "froi.vehicle_supplement"), ("claim_no", c, "other_id"), ("employee_id", p.emp, "other_id"),
                                 ("date_of_loss", dfmt(doi, "us"), "date"), ("vehicle", O([("year", yr), ("make", mk_),
                                                                                           ("vin", vin, "vehicle"), ("plate", plate, "vehicle"), ("plate_state", "WI"), ("owner", "EMPLOYEE")])),
                                 ("driver_license", dl, "license"), ("dl_state", "WI"), ("police_report", "MPD 24-%06d" % R.randint(1, 999999), "other_id")])))]


def p_structlog_badge():
    p = emp()
    t = tick()
    o = O([("timestamp", ts_z(t)), ("level", "warning"), ("logger", "badgesync.rules"), ("event", "credential_disable_requested"),
           ("rule", R.choice(["FLU_2024_25_NONCOMPLIANT", "TB_ANNUAL_OVERDUE", "FIT_TEST_EXPIRED"])), ("employee_id", p.emp, "other_id"),
           ("display_name", nm(p, "fl"), "name"), ("badge", O([("card_number", int(p.badge), "other_id"), ("facility_code", 211)])),
           ("policy_deadline", "2024-12-01"), ("manager", p.mgr), ("dry_run", False), ("trace_id", rhex(32))])
    out = [mk("structlog-json", js(o))]
    if R.random() < 0.5:
        out.append(mk("structlog-json", js(O([("timestamp", ts_z(tick(0, 2))), ("level", "info"), ("logger", "badgesync.ad"), ("event", "ad_account_disable"),
                                              ("sAMAccountName", p.user, "other_id"), ("ou", "OU=Clinical,OU=Users,DC=lakeshore,DC=local"), ("reason", "EHS hold"), ("ok", True)]))))
    return out


def p_ccure():
    p = emp()
    t = tick()
    if R.random() < 0.55:
        return [mk("ccure-syslog", "<132>1 ", ts_iso(t), " ccure-srv01 CCURE9000 4412 JOURNAL - Personnel modified: \"", N(p, "LF"), "\" (Personnel ID ",
                   lab(p.emp, "other_id"), ") Credential CardNumber=", lab(p.badge, "other_id"), " FacilityCode=211 Disabled=True Reason=\"EHS hold - ",
                   R.choice(["influenza", "TB screening", "respirator fit test"]), "\" Operator=svc-badgesync")]
    raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00" + bytes(R.randint(0, 255) for _ in range(R.randint(180, 260)))
    b64 = base64.b64encode(raw).decode()
    return [mk("ccure-syslog", "<133>1 ", ts_iso(t), " ccure-srv01 CCURE9000 4412 JOURNAL - Personnel import (EHS clearance): LastName=", lab(p.last, "name"),
               " FirstName=", lab(p.first, "name"), " Text1=", lab(p.emp, "other_id"), " CardNumber=", lab(p.badge, "other_id"), " Disabled=False Portrait=",
               lab(b64, "photo"), "... (truncated, 14822 bytes)")]


def p_portacount():
    lines = [mk("portacount-csv", "Test Date,Test Time,Last Name,First Name,ID Number,Company,Department,Manufacturer,Model,Style,Size,Protocol,Overall FF,Pass Level,Result,Tester,Instrument S/N")]
    d = CLOCK[0].date()
    n = R.randint(2, 4)
    tt = CLOCK[0] - dt.timedelta(minutes=n * 14)
    for p in R.sample(EMPS, n):
        tt += dt.timedelta(minutes=R.randint(8, 14))
        ff = R.randint(40, 200)
        model = R.choice([("3M", "1870+", "N95 Flat Fold"), ("3M", "8210", "N95 Cup"), ("Halyard", "46727", "N95 Duckbill"), ("Moldex", "1512", "N95 Cup"), ("3M", "7502", "Half Mask Elastomeric")])
        lines.append(mk("portacount-csv", csvrow([lab(dfmt(d, "us"), "date"), tt.strftime("%H:%M"), lab(p.last, "name"), lab(p.first, "name"),
                                                  lab(p.emp, "other_id"), "Lakeshore Regional Health", p.dept, model[0], model[1], model[2], R.choice(["Std", "Small", "Reg"]),
                                                  "OSHA Fast Filtering Facepiece" if "N95" in model[2] else "OSHA Fast Elastomeric", ff, 100, "PASS" if ff >= 100 else "FAIL",
                                                  "M. Lund", "8048203155"])))
    return lines


def p_fit_fail_note():
    p = emp()
    return [mk("flask", flask("fit_import", "WARNING"), "FAIL x2 for ", N(p, "lfm"), " id=", lab(p.emp, "other_id"),
               " model=1870+ -> flagged for PAPR/CAPR training; N95 use suspended in Epic role; ", R.choice(["beard noted", "recent weight loss ~30 lb", "dental work changed facial shape"]))]


def p_osha300():
    lines = [mk("osha300-csv", "\"Case No.\",\"Employee's Name\",\"Job Title\",\"Date of injury or onset of illness\",\"Where the event occurred\",\"Describe injury or illness, parts of body affected, and object/substance that directly injured or made person ill\",\"Classify\",\"Days away\",\"Days job transfer or restriction\",\"Injury type\"")]
    for _ in range(R.randint(2, 4)):
        p = emp()
        d = inc_date()
        privacy = R.random() < 0.4
        desc = "Needlestick, contaminated, R index finger" if privacy else R.choice([
            "Strain, lower back, lifting patient", "Contusion, L knee, slipped on wet floor", "Laceration, R hand, broken glass in dish room",
            "Sprain, R shoulder, repositioning patient", "Bite, L forearm, combative patient"])
        name = "Privacy Case" if privacy else lab(nm(p, R.choice(["lf", "fl"])), "name")
        cl = R.choice(["H", "I", "J"])
        lines.append(mk("osha300-csv", csvrow([lab(osha_case(), "other_id"), name, p.title, lab(dfmt(d, "usl"), "date"), p.dept, desc, cl,
                                               R.randint(1, 20) if cl == "H" else 0, R.randint(1, 30) if cl == "I" else 0, "M1"])))
    return lines


def p_osha_ita():
    lines = [mk("osha-ita-csv", "establishment_name,ein,year_filing_for,case_number,job_title,date_of_incident,incident_outcome,dafw_num_away,djtr_num_tr,type_of_incident,date_of_birth,date_of_hire,sex,treatment_facility_type,treatment_in_patient,time_started_work,time_of_incident,nar_what_happened,nar_injury_illness,nar_object_substance")]
    for _ in range(R.randint(1, 3)):
        p = emp()
        d = inc_date()
        lines.append(mk("osha-ita-csv", csvrow(["Lakeshore Regional Health - Main Campus", "39-1847263", 2024, lab(osha_case(), "other_id"), p.title,
                                                lab(dfmt(d, "us"), "date"), R.choice([2, 3, 4]), R.randint(0, 9), R.randint(0, 21), 1,
                                                lab(dfmt(p.dob, "us"), "date"), lab(dfmt(p.hire, "us"), "date"), "F" if p.sex == "F" else "M",
                                                R.choice([1, 2, 3]), 0, "%02d:%02d" % (R.choice([6, 7, 18, 19]), R.choice([0, 30])), "%02d:%02d" % (R.randint(0, 23), R.randint(0, 59)),
                                                R.choice(["Employee was boosting patient up in bed with coworker", "Employee was recapping needle after IM injection",
                                                          "Employee carrying linen bag slipped on stairwell"]),
                                                R.choice(["Low back strain", "Puncture wound L thumb", "Sprained R ankle"]), R.choice(["Patient", "Syringe", "Stairs"])])))
    return lines


def p_hl7_qft():
    p = emp()
    t = tick()
    d = rdate((2024, 11, 20), (2024, 11, 29))
    col = dt.datetime(d.year, d.month, d.day, R.randint(6, 15), R.randint(0, 59), 0)
    acc = acc_no(d)
    ordn = "EHS-ORD-%05d" % R.randint(10000, 99999)
    cid = "LAB%s%05d" % (t.strftime("%y%m%d"), R.randint(1, 99999))
    ph = p.phone
    L = [mk("hl7v2", "MSH|^~\\&|SUNQUEST|LRH_LAB|EHS_PORTAL|LRH_EHS|", ts_hl7(t), "||ORU^R01^ORU_R01|", cid, "|P|2.5.1")]
    pid = ["PID|1||", lab(p.mrn, "mrn"), "^^^LRH^MR~", lab(p.emp, "other_id"), "^^^LRH_HR^EI||", N(p, "hl7"), "||", lab(dfmt(p.dob, "hl7"), "date"), "|", p.sex,
           "|||", lab(ascii_fold(p.addr).upper(), "address"), "^^", lab(p.city.upper(), "address"), "^WI^", lab(p.zip, "zip"), "^USA||",
           lab("(%s)%s-%s" % ph, "phone")]
    if R.random() < 0.5:
        pid += ["||||||", lab(p.ssn, "ssn")]
    L.append(mk("hl7v2", pid))
    pv1 = ["PV1|1|O|EHS^^^LRH^^^^^EMPLOYEE HEALTH||||1780645123^ACHEBE^SAMUEL^^^^MD|||||||||||"]
    if R.random() < 0.5:
        pv1 += [lab("%d" % R.randint(600000000, 699999999), "other_id")]
    L.append(mk("hl7v2", pv1))
    L.append(mk("hl7v2", "ORC|RE|", lab(ordn, "other_id"), "|", lab(acc, "other_id"), "||CM"))
    L.append(mk("hl7v2", "OBR|1|", lab(ordn, "other_id"), "|", lab(acc, "other_id"), "|QFTPLUS^QuantiFERON-TB Gold Plus^L|||", lab(ts_hl7(col), "date"),
                "|||||||||1780645123^ACHEBE^SAMUEL^^^^MD||||||", ts_hl7(t), "|||F"))
    nil = R.random() * 0.3
    pos = R.random() < 0.2
    vals = [("QFT_NIL", "QFT Nil", "%.2f" % nil), ("QFT_TB1", "QFT TB1 minus Nil", "%.2f" % (R.random() * (2 if pos else 0.15))),
            ("QFT_TB2", "QFT TB2 minus Nil", "%.2f" % (R.random() * (2 if pos else 0.15))), ("QFT_MIT", "QFT Mitogen minus Nil", ">10.00")]
    for i, (c, n, v) in enumerate(vals, 1):
        L.append(mk("hl7v2", "OBX|%d|NM|%s^%s^L||%s|IU/mL|||||F" % (i, c, n, v)))
    L.append(mk("hl7v2", "OBX|5|ST|QFT_INT^QFT Interpretation^L||%s||||||F" % ("Positive" if pos else "Negative")))
    if R.random() < 0.5:
        L.append(mk("hl7v2", "NTE|1|L|Results should be interpreted in conjunction with risk assessment, radiography and other clinical findings."))
    return L


def p_hl7_vxu():
    p = emp()
    t = tick()
    d = CLOCK[0]
    rel = new_person("rel")
    cid = "EHS%s%04d" % (t.strftime("%y%m%d"), R.randint(1, 9999))
    L = [mk("hl7v2", "MSH|^~\\&|LRH_EHS|LRH|WIR|WIDHS|", ts_hl7(t), "||VXU^V04^VXU_V04|", cid, "|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS")]
    L.append(mk("hl7v2", "PID|1||", lab(p.emp, "other_id"), "^^^LRH_EHS^PI||", N(p, "hl7"), "|", lab(ascii_fold(R.choice(LASTS)).upper(), "name"), "^^^^^^M|",
                lab(dfmt(p.dob, "hl7"), "date"), "|", p.sex, "||2106-3^White^CDCREC|", lab(ascii_fold(p.addr).upper(), "address"), "^^", lab(p.city.upper(), "address"),
                "^WI^", lab(p.zip, "zip"), "^USA^P||^PRN^PH^^^", lab(p.phone[0], "phone"), "^", lab(p.phone[1] + p.phone[2], "phone"), "|||||||||2186-5^Not Hispanic or Latino^CDCREC"))
    if R.random() < 0.6:
        rp = rphone()
        L.append(mk("hl7v2", "NK1|1|", N(rel, "hl7"), "|", R.choice(["SPO^Spouse^HL70063", "MTH^Mother^HL70063", "BRO^Brother^HL70063"]),
                    "|||^PRN^PH^^^", lab(rp[0], "phone"), "^", lab(rp[1] + rp[2], "phone")))
    L.append(mk("hl7v2", "ORC|RE||", lab("EHS-IMM-%05d" % R.randint(50000, 59999), "other_id"), "|||||||^OSTROWSKI^GAIL^^^^LPN"))
    L.append(mk("hl7v2", "RXA|0|1|", lab(ts_hl7(d), "date"), "|", lab(ts_hl7(d), "date"),
                "|140^Influenza, seasonal, injectable, preservative free^CVX|0.5|mL^mL^UCUM||00^New immunization record^NIP001|^OSTROWSKI^GAIL^^^^LPN|^^^EHS MAIN||||",
                R.choice(["7B2XK", "AF42K1", "U7744AA"]), "|20250630|SKB^GlaxoSmithKline^MVX|||CP|A"))
    L.append(mk("hl7v2", "RXR|C28161^Intramuscular^NCIT|", R.choice(["LD^Left Deltoid^HL70163", "RD^Right Deltoid^HL70163"])))
    L.append(mk("hl7v2", "OBX|1|CE|64994-7^Vaccine funding program eligibility category^LN|1|V01^Not VFC eligible^HL70064||||||F|||||||VXC40^Eligibility captured at the immunization level^CDCPHINVS"))
    return L


def p_workday_xml(k=None, web=False):
    p = emp()
    if k is None:
        k = R.randint(0, 2)
    pre = [ts_py(tick()), " DEBUG [wd_connector.soap] Get_Workers response excerpt: "]
    if k == 0:
        return [mk("workday-xml", pre, "<wd:Worker><wd:Worker_Reference><wd:ID wd:type=\"WID\">", lab(p.wid, "other_id"), "</wd:ID><wd:ID wd:type=\"Employee_ID\">",
                   lab(p.emp, "other_id"), "</wd:ID></wd:Worker_Reference><wd:Worker_Data><wd:Personal_Data><wd:Name_Data><wd:Legal_Name_Data><wd:Name_Detail_Data wd:Formatted_Name=\"",
                   lab(xesc(nm(p, "fl")), "name"), "\"><wd:First_Name>", lab(xesc(p.first), "name"), "</wd:First_Name><wd:Last_Name>", lab(xesc(p.last), "name"),
                   "</wd:Last_Name></wd:Name_Detail_Data></wd:Legal_Name_Data></wd:Name_Data><wd:Birth_Date>", lab(dfmt(p.dob, "iso") + "-06:00", "date"),
                   "</wd:Birth_Date><wd:Identification_Data><wd:National_ID><wd:National_ID_Data><wd:ID>", lab(p.ssn.replace("-", ""), "ssn"),
                   "</wd:ID><wd:ID_Type_Reference><wd:ID wd:type=\"National_ID_Type_Code\">USA-SSN</wd:ID></wd:ID_Type_Reference></wd:National_ID_Data></wd:National_ID></wd:Identification_Data></wd:Personal_Data></wd:Worker_Data></wd:Worker>")]
    if k == 1:
        parts = [pre, "<wd:Contact_Data><wd:Address_Data wd:Effective_Date=\"2021-06-01-05:00\"><wd:Address_Line_Data wd:Type=\"ADDRESS_LINE_1\">", lab(xesc(p.addr), "address"),
                 "</wd:Address_Line_Data><wd:Municipality>", lab(p.city, "address"), "</wd:Municipality><wd:Country_Region_Reference><wd:ID wd:type=\"ISO_3166-2_Code\">WI</wd:ID></wd:Country_Region_Reference><wd:Postal_Code>",
                 lab(p.zip, "zip"), "</wd:Postal_Code></wd:Address_Data><wd:Phone_Data wd:Area_Code=\"", lab(p.phone[0], "phone"), "\" wd:Phone_Number_Without_Area_Code=\"",
                 lab(p.phone[1] + "-" + p.phone[2], "phone"), "\"><wd:Phone_Device_Type_Reference><wd:ID wd:type=\"Phone_Device_Type_ID\">Mobile</wd:ID></wd:Phone_Device_Type_Reference></wd:Phone_Data>"]
        if R.random() < 0.5:
            fx = rphone()
            parts += ["<wd:Phone_Data wd:Formatted_Phone=\"", lab(pfmt(fx, 0), "fax"), "\"><wd:Phone_Device_Type_Reference><wd:ID wd:type=\"Phone_Device_Type_ID\">Fax</wd:ID></wd:Phone_Device_Type_Reference></wd:Phone_Data>"]
        parts += ["<wd:Email_Address_Data><wd:Email_Address>", lab(p.pemail, "email"), "</wd:Email_Address><wd:Usage_Data wd:Public=\"0\"><wd:Type_Data wd:Primary=\"1\"><wd:Type_Reference><wd:ID wd:type=\"Communication_Usage_Type_ID\">HOME</wd:ID></wd:Type_Reference></wd:Type_Data></wd:Usage_Data></wd:Email_Address_Data>"]
        if web or R.random() < 0.5:
            slug = ascii_fold(p.first + "-" + p.last).lower().replace(" ", "-").replace("'", "")
            parts += ["<wd:Web_Address_Data><wd:Web_Address>", lab(R.choice(["https://www.linkedin.com/in/%s-%d" % (slug, R.randint(10, 999)), "https://%s.photo.blog" % slug.replace("-", "")]), "url"),
                      "</wd:Web_Address></wd:Web_Address_Data>"]
        parts += ["</wd:Contact_Data>"]
        return [mk("workday-xml", parts)]
    rel = new_person("rel")
    rp = rphone()
    return [mk("workday-xml", pre, "<wd:Related_Person><wd:Related_Person_Relationship_Reference><wd:ID wd:type=\"Related_Person_Relationship_ID\">", R.choice(["Spouse", "Parent", "Partner", "Sibling"]),
               "</wd:ID></wd:Related_Person_Relationship_Reference><wd:Emergency_Contact>1</wd:Emergency_Contact><wd:Personal_Data><wd:Name_Detail_Data wd:Formatted_Name=\"",
               lab(xesc(nm(rel, "fl")), "name"), "\"/></wd:Personal_Data><wd:Contact_Data><wd:Phone_Data wd:Formatted_Phone=\"", lab(pfmt(rp, 0), "phone"),
               "\"/></wd:Contact_Data></wd:Related_Person><!-- worker ", lab(p.emp, "other_id"), " -->")]


def p_workday_log():
    p = emp()
    k = R.randint(0, 2)
    if k == 0:
        d = rdate((2024, 9, 1), (2024, 11, 30))
        return [mk("workday-log", ts_py(tick()), " INFO  [wd_connector] EIB row %d: Employee_ID=" % R.randint(2, 400), lab(p.emp, "other_id"),
                   " Immunization=INFLUENZA Administered=", lab(dfmt(d, "us"), "date"), " Lot=", R.choice(["7B2XK", "AF42K1", "U7744AA", "FL3Q21"]), " Status=Loaded")]
    if k == 1:
        return [mk("workday-log", ts_py(tick()), " WARN  [wd_connector] worker ", lab(p.emp, "other_id"), " (", N(p, "lf"), ") hire_date=", lab(dfmt(p.hire, "iso"), "date"),
                   " has no EHS pre-placement record; creating compliance shell")]
    return [mk("workday-log", ts_py(tick()), " INFO  [wd_connector] termination event for ", lab(p.emp, "other_id"), " effective ",
               lab(dfmt(rdate((2024, 12, 6), (2024, 12, 31)), "iso"), "date"), "; closing open EHS items (fit_test, tb_annual) and retaining chart per 30-yr OSHA 1910.1020")]


def p_nurse_note():
    p = emp()
    s = R.choice(SOURCES)
    e = exp_id()
    staff = R.choice(STAFF_SHORT)
    kind = R.randint(0, 3)
    L = []
    today = CLOCK[0].date()
    if kind == 0:
        L.append(mk("nurse-note", "===== EHS ENCOUNTER NOTE | ", lab(enc_no(), "other_id"), " | type=BBF Exposure | author=", staff, " ====="))
        L.append(mk("nurse-note", "Pt: ", N(p, "lfm"), "   EID: ", lab(p.emp, "other_id"), "   DOB: ", lab(dfmt(p.dob, R.choice(["us", "usl", "dmon"])), "date"), "   Dept: ", p.dept))
        L.append(mk("nurse-note", "S: ", p.title, " reports ", R.choice(["needlestick to L index finger w/ 25g needle after SQ heparin", "stick from uncapped lancet found in linen",
                                                                        "splash of blood to R eye while discontinuing art line", "scalpel cut to R thumb during instrument breakdown"]),
                    " on ", lab(dfmt(today - dt.timedelta(days=R.choice([0, 0, 1])), R.choice(["uss", "usl"])), "date"), " at ", "%02d%02d" % (R.randint(0, 6), R.randint(0, 59)),
                    R.choice([". Wound washed w/ soap & water immediately.", ". Eye irrigated at eyewash station x15 min.", ", site expressed and cleansed, reported to charge RN."])))
        L.append(mk("nurse-note", R.choice(["O: Puncture site intact, no active bleeding. VS WNL. Hep B series complete, last HBsAb 2019 >100.",
                                            "O: Superficial 3 mm puncture, hemostatic. Conj mildly injected. Hep B non-responder x2 series.",
                                            "O: 1 cm laceration, edges approximated, steri-strips applied. Td last 2019."])))
        L.append(mk("nurse-note", "Source: ", N(s, R.choice(["fl", "LF", "lf"])), " MRN ", lab(s.mrn, "mrn"),
                    R.choice([", rapid HIV NR, HCV Ab pending, known hx IVDU per chart.", ", HIV+ on ART, last VL undetectable 10/2024 per ID.", ", unknown status, consent obtained for testing."])))
        L.append(mk("nurse-note", "A: ", R.choice(["Percutaneous", "Mucous membrane", "Percutaneous"]), " exposure, ", R.choice(["moderate", "low", "high"]), " risk. Case ", lab(e, "other_id"), " opened."))
        L.append(mk("nurse-note", "P: Baseline HIV/HBV/HCV drawn. PEP discussed w/ Dr. Achebe; ", R.choice(["employee declined", "started, 28-day supply dispensed", "HBIG + vaccine booster given"]),
                    ". F/u 6wk, 3mo, 6mo. OSHA 300 privacy case."))
        L.append(mk("nurse-note", "Contact pref: cell ", lab(pfmt(p.phone), "phone"), R.choice([" (ok to leave msg).", ", texts ok", " - spouse answers, do not leave details"])))
    elif kind == 1:
        d = rdate((2024, 11, 11), (2024, 11, 29))
        L.append(mk("nurse-note", "----- RTW visit ", lab(dfmt(today, "dmon"), "date"), " / ", staff, " -----"))
        L.append(mk("nurse-note", N(p, R.choice(["FL", "fl"])), " (", lab(p.emp, "other_id"), "), ", p.title, ", ", age_on(p.dob), " y/o, seen for RTW after ",
                    R.choice(["L wrist fx (ORIF)", "R knee arthroscopy", "lumbar strain", "R carpal tunnel release", "concussion (struck by door)"]), ", DOI ", lab(dfmt(d, "uss"), "date"), "."))
        L.append(mk("nurse-note", R.choice(["Ortho note reviewed: may RTW modified duty, no lifting >10 lb L arm x 4 wks. Employee agreeable.",
                                            "PT progress note: lifting tolerance 25 lb, full ROM. Released to full duty w/o restrictions.",
                                            "Neuro sx resolved, ImPACT at baseline. Graduated return: 4h shifts x 1 wk then full."])))
        L.append(mk("nurse-note", "Mgr ", p.mgr, R.choice([" confirmed light duty available (unit clerk tasks).", " aware; schedule adjusted by staffing office.", " notified via Teams (no dx shared)."])))
        if R.random() < 0.5:
            fx = rphone()
            L.append(mk("nurse-note", "Employee requests copy of work status letter faxed to home fax ", lab(pfmt(fx, R.choice([0, 1])), "fax"), " and mailed to ",
                        lab(p.addr, "address"), ", ", lab(p.city, "address"), ", WI ", lab(p.zip, "zip"), "."))
        L.append(mk("nurse-note", "Next EHS recheck ", lab(dfmt(today + dt.timedelta(days=R.choice([14, 21, 28])), "long"), "date"), ". WC claim ",
                    lab(claim_no(), "other_id"), "."))
    elif kind == 2:
        c = R.choice(CANDS)
        L.append(mk("nurse-note", "PRE-PLACEMENT / ", staff, " / candidate ", lab(c.cand, "other_id")))
        L.append(mk("nurse-note", N(c, R.choice(["lf", "fl", "LF"])), " DOB ", lab(dfmt(c.dob, R.choice(["dmon", "us", "eu"])), "date"), " - vitals BP %d/%d P %d, vision 20/%d OU, Ishihara 14/14." % (
            R.randint(104, 138), R.randint(62, 88), R.randint(58, 92), R.choice([20, 20, 25, 30]))))
        L.append(mk("nurse-note", R.choice(["Lift test 50 lb floor-to-waist passed. Latex allergy denied. PPD hx: BCG as child -> QFT drawn instead of TST.",
                                            "Lift test passed. Reports latex sensitivity (rash) -> latex-free flag sent to Workday. QFT drawn.",
                                            "Lift test deferred (recent shoulder surgery, note from surgeon pending). QFT drawn, MMR/Var titers sent."])))
        L.append(mk("nurse-note", R.choice(["Varicella titer equivocal -> dose 1 Varivax given today, dose 2 due ", "HBsAb <10 -> Heplisav-B dose 1 today, dose 2 due ",
                                            "Tdap given today; MMR dose 2 due "]), lab(dfmt(today + dt.timedelta(days=28), R.choice(["us", "usl", "iso"])), "date"), "."))
        L.append(mk("nurse-note", R.choice(["Cleared pending QFT. Start date confirmed w/ HR (D. Whitcomb).", "Cleared. N95 fit test booked for orientation week.",
                                            "HOLD - awaiting surgeon clearance; HR notified, no medical detail shared."])))
    else:
        L.append(mk("nurse-note", "[TB FOLLOW-UP] ", staff, " | emp ", lab(p.emp, "other_id"), " | ", N(p, R.choice(["lf", "fl", "Li"]))))
        L.append(mk("nurse-note", "QFT-Plus POS (TB1-Nil %.2f, TB2-Nil %.2f) collected " % (0.4 + R.random() * 2, 0.4 + R.random() * 2),
                    lab(dfmt(rdate((2024, 11, 18), (2024, 11, 27)), R.choice(["us", "mon"])), "date"), "; prior NEG ", lab(dfmt(rdate((2023, 10, 1), (2023, 12, 15)), "us"), "date"), "."))
        L.append(mk("nurse-note", "Sx review neg. CXR PA/lat: no active disease. Dx LTBI."))
        L.append(mk("nurse-note", "Offered 3HP (rifapentine/INH weekly x12) vs 4R. ", R.choice(["Chose 4R.", "Chose 3HP, DOT in EHS Tuesdays.", "Declined tx, annual sx screen instead."])))
        L.append(mk("nurse-note", "Born in ", R.choice(["Manila", "Lagos", "Guadalajara", "Ho Chi Minh City", "Mumbai"]), "; BCG as infant. Household contacts: 2 (", N(new_person("rel"), "fl"), ", spouse)."))
    return L


def p_note_json():
    p = emp()
    d = CLOCK[0].date()
    text = S(["Phone call to ", lab(nm(p, "fl"), "name"), " at ", lab(pfmt(p.phone, R.choice([0, 1, 4])), "phone"), " re: QFT positive (collected ",
              lab(dfmt(rdate((2024, 11, 18), (2024, 11, 27)), "usl"), "date"), ").\nDenies cough, fever, night sweats, wt loss.\nCXR ordered for ",
              lab(dfmt(d + dt.timedelta(days=R.randint(1, 4)), "usl"), "date"), "; may continue working pending CXR per Dr. Achebe.\n- ", R.choice(STAFF_SHORT)])
    o = O([("noteId", R.randint(3000000, 3999999)), ("noteType", "TELEPHONE"), ("patientRef", "Employee/" + p.emp, "other_id"), ("authorRef", "Practitioner/kbrandt"),
           ("status", "signed"), ("noteText", text)])
    return [mk("note-json", ts_py(tick()), " INFO ehs.notes.export ", js(o, ea=True))]


def p_teams():
    p = emp()
    eff = rdate((2024, 12, 3), (2024, 12, 9))
    o = O([("@type", "MessageCard"), ("@context", "https://schema.org/extensions"), ("summary", "RTW clearance"), ("themeColor", "0076D7"),
           ("sections", [O([("activityTitle", S(["Return-to-work: ", lab(nm(p, "lf"), "name"), " (", lab(p.emp, "other_id"), ")"])),
                            ("activitySubtitle", p.dept),
                            ("facts", [O([("name", "Effective"), ("value", dfmt(eff, "us"), "date")]),
                                       O([("name", "Restrictions"), ("value", R.choice(["No lifting > 20 lb; no patient transfers", "No N95 use until refit", "Seated work only, max 8h"]))]),
                                       O([("name", "Manager"), ("value", p.mgr)])])])])])
    return [mk("teams-json", flask("notify", "DEBUG"), "teams payload=", js(o, ea=False))]


def p_graph_chat():
    p = emp()
    d = rdate((2024, 12, 3), (2024, 12, 6))
    mf = p.mgr.split()[0]
    k = R.randint(0, 2)
    if k == 0:
        body = S(["<p>Hi ", mf, ", ", lab(nm(p, "fl"), "name"), " is cleared for modified duty starting ", lab(dfmt(d, "usl"), "date"),
                  ". Please see restrictions in Workday. - Employee Health</p>"])
    elif k == 1:
        body = S(["<p>", mf, " - FYI ", lab(nm(p, "il"), "name"), " (", lab(p.emp, "other_id"), ") badge is on EHS hold until the flu dose or exemption is on file. ",
                  "They can walk in to EHS 0700-1530.</p>"])
    else:
        body = S(["<p><at id=\"0\">", mf, "</at> reminder: fit test for ", lab(nm(p, "fl"), "name"), " expired ", lab(dfmt(rdate((2024, 10, 1), (2024, 11, 30)), "us"), "date"),
                  "; no N95/isolation assignments until refit.</p>"])
    return [mk("graph-log", ts_py(tick()), " DEBUG msgraph.client: POST /v1.0/chats/19:", rhex(32), "@thread.v2/messages body=",
               js(O([("body", O([("contentType", "html"), ("content", body)]))]), ea=False))]


def p_sharepoint():
    p = emp()
    k = R.randint(0, 1)
    if k == 0:
        d = rdate((2024, 12, 2), (2024, 12, 9))
        ln, fn = ascii_fold(p.last).upper().replace(" ", "_").replace("'", ""), ascii_fold(p.first).upper().replace(" ", "_")
        return [mk("sharepoint-log", ts_py(tick()), " INFO office365.sharepoint.files: upload ok url=/sites/EmployeeHealth/Shared Documents/RTW Letters/2024/12/RTW_",
                   lab(ln, "name"), "_", lab(fn, "name"), "_", lab(d.strftime("%Y%m%d"), "date"), ".pdf size=", R.randint(40000, 200000), " etag=\"{", ruuid().upper(), "},1\"")]
    exp = rdate((2025, 3, 1), (2025, 6, 30))
    return [mk("sharepoint-log", ts_py(tick()), " INFO office365.sharepoint.listitems: FluCompliance item %d updated: " % R.randint(1000, 9999),
               pyrepr([("Title", nm(p, "fl"), "name"), ("EmployeeID", p.emp, "other_id"), ("Department", p.dept), ("FluStatus", R.choice(["Declined-Medical", "Declined-Religious", "Vaccinated-Outside"])),
                       ("ExemptionExpires", dfmt(exp, "iso"), "date"), ("Manager", p.mgr)]))]


def p_wc_pipe():
    lines = []
    if R.random() < 0.5:
        lines.append(mk("wc-pipe", "#REC|CLAIM_NO|EMP_ID|LAST|FIRST|MI|SSN|DOB|SEX|ADDR1|CITY|ST|ZIP|PHONE|DOI|TOI|BODY_PART|NATURE|DEPT|HIRE_DT|AWW|LOST_TIME"))
    for _ in range(R.randint(1, 2)):
        p = emp()
        doi = inc_date()
        lines.append(mk("wc-pipe", "FROI|", lab(claim_no(), "other_id"), "|", lab(p.emp, "other_id"), "|", lab(ascii_fold(p.last).upper(), "name"), "|", lab(ascii_fold(p.first).upper(), "name"), "|",
                        p.mi, "|", lab(sfmt(p.ssn, R.choice([0, 1])), "ssn"), "|", lab(dfmt(p.dob, "hl7"), "date"), "|", p.sex, "|", lab(ascii_fold(p.addr).upper(), "address"), "|",
                        lab(p.city.upper(), "address"), "|WI|", lab(p.zip, "zip"), "|", lab("".join(p.phone), "phone"), "|", lab(dfmt(doi, "hl7"), "date"), "|%02d%02d|" % (R.randint(0, 23), R.randint(0, 59)),
                        R.choice(["42^LOWER BACK", "36^FINGER(S)", "53^KNEE", "38^SHOULDER(S)"]), "|", R.choice(["78^STRAIN", "59^PUNCTURE", "52^SPRAIN"]), "|",
                        ascii_fold(p.dept).upper(), "|", lab(dfmt(p.hire, "hl7"), "date"), "|%d.%02d|%s" % (R.randint(700, 2400), R.randint(0, 99), R.choice("YN"))))
    return lines


def p_x12():
    p = emp()
    t = tick()
    doi = inc_date()
    dos = doi + dt.timedelta(days=R.randint(0, 3))
    ctl = "%09d" % R.randint(1, 999999999)
    pcn = "HAR%d" % R.randint(7200000000, 7299999999)
    c = claim_no()
    L = [mk("x12-837", "ISA*00*          *00*          *ZZ*LRHEHS         *ZZ*CLAIMSTPA      *", t.strftime("%y%m%d"), "*", t.strftime("%H%M"), "*^*00501*", ctl, "*0*P*:~"),
         mk("x12-837", "GS*HC*LRHEHS*CLAIMSTPA*", t.strftime("%Y%m%d"), "*", t.strftime("%H%M"), "*", int(ctl), "*X*005010X222A1~"),
         mk("x12-837", "ST*837*0001*005010X222A1~"),
         mk("x12-837", "BHT*0019*00*EHS", ctl[-5:], "*", t.strftime("%Y%m%d"), "*", t.strftime("%H%M"), "*CH~"),
         mk("x12-837", "NM1*41*2*LAKESHORE REGIONAL HEALTH*****46*LRH0001~"),
         mk("x12-837", "PER*IC*EHS BILLING*TE*4145550150*FX*4145550191~"),
         mk("x12-837", "NM1*85*2*LAKESHORE EMPLOYEE HEALTH*****XX*1548273016~"),
         mk("x12-837", "SBR*P********WC~"),
         mk("x12-837", "NM1*IL*2*LAKESHORE REGIONAL HEALTH SYSTEM*****MI*391847263~"),
         mk("x12-837", "PAT*20~"),
         mk("x12-837", "NM1*QC*1*", lab(ascii_fold(p.last).upper(), "name"), "*", lab(ascii_fold(p.first).upper(), "name"), "*", p.mi, "~"),
         mk("x12-837", "N3*", lab(ascii_fold(p.addr).upper(), "address"), "~"),
         mk("x12-837", "N4*", lab(p.city.upper(), "address"), "*WI*", lab(p.zip, "zip"), "~"),
         mk("x12-837", "DMG*D8*", lab(dfmt(p.dob, "hl7"), "date"), "*", p.sex, "~"),
         mk("x12-837", "REF*Y4*", lab(c, "other_id"), "~"),
         mk("x12-837", "CLM*", lab(pcn, "account"), "*%d.00***11:B:1*Y*A*Y*Y*P*EM~" % R.randint(150, 900)),
         mk("x12-837", "DTP*439*D8*", lab(dfmt(doi, "hl7"), "date"), "~"),
         mk("x12-837", "HI*ABK:", R.choice(["W460XXA", "S61210A", "S39012A"]), "~"),
         mk("x12-837", "LX*1~"),
         mk("x12-837", "SV1*HC:", R.choice(["99203", "99213", "86480"]), "*%d.00*UN*1***1~" % R.randint(90, 300)),
         mk("x12-837", "DTP*472*D8*", lab(dfmt(dos, "hl7"), "date"), "~"),
         mk("x12-837", "SE*21*0001~")]
    return L


def p_postfix():
    p = emp()
    t = tick()
    qid = rhex(10).upper()
    subj = R.choice(["Action required: annual TB screening overdue", "Your badge will be disabled: influenza vaccination not on file",
                     "Respirator fit test expired", "Reminder: your EHS follow-up labs (6 week)"])
    out = [mk("postfix", ts_sys(t), " smtp-relay01 postfix/cleanup[%d]: %s: warning: header Subject: %s - " % (R.randint(20000, 30000), qid, subj), N(p, R.choice(["fl", "FL"])),
              " from ehs-portal.lakeshorehealth.org[10.40.3.22]; from=<ehs-noreply@lakeshorehealth.org> to=<", lab(p.email, "email"), "> proto=ESMTP helo=<ehs-portal>")]
    if R.random() < 0.6:
        tick(0, 2)
        out.append(mk("postfix", ts_sys(CLOCK[0]), " smtp-relay01 postfix/smtp[%d]: %s: to=<" % (R.randint(20000, 30000), qid), lab(R.choice([p.email, p.pemail]), "email"),
                      ">, relay=lakeshorehealth-org.mail.protection.outlook.com[52.101.40.%d]:25, delay=1.2, delays=0.05/0.01/0.44/0.7, dsn=2.6.0, status=sent (250 2.6.0 <%s@ehs-portal> Queued mail for delivery)" % (R.randint(2, 40), ruuid())))
    return out


def p_audit():
    p = emp()
    t = tick()
    s, u = R.choice(STAFF)
    action = R.choice(["CHART_VIEW", "CHART_VIEW", "RESULT_RELEASE", "DOC_PRINT", "BREAK_GLASS"])
    return [mk("audit-kv", "ts=", ts_iso(t), " app=ehs-portal action=", action, " result=SUCCESS actor=", u, " subject_type=EMPLOYEE subject_id=", lab(p.emp, "other_id"),
               " subject=\"", N(p, R.choice(["lf", "LF", "fl"])), "\" resource=", R.choice(["TbResult", "ExposureIncident", "RestrictionSet", "Immunization"]), "/", R.randint(10000, 99999),
               " reason=", R.choice(["TREATMENT", "OPERATIONS", "WC_CLAIM"]), " src_ip=10.40.%d.%d trace_id=%s" % (R.randint(2, 30), R.randint(2, 250), rhex(32)))]


def p_dosimetry():
    p = emp()
    sn = "ID2-%08d" % R.randint(10000000, 99999999)
    mac = ":".join("%02X" % R.randint(0, 255) for _ in range(6))
    deep = R.random() * 0.6
    parts = [flask("dosimetry"), "Instadose+ read wearer=", lab(p.emp, "other_id"), " (", N(p, "lf"), ") serial=", lab(sn, "device")]
    if R.random() < 0.6:
        parts += [" ble_mac=", lab(mac, "device")]
    parts += [" deep=%.2f mSv shallow=%.2f mSv lens=%.2f mSv period=2024-11 alara=%s" % (deep, deep * 1.05, deep * 1.02, "NONE" if deep < 0.4 else "I")]
    return [mk("flask", parts)]


def p_kiosk():
    p = emp()
    raw = b"FMR\x00 20\x00\x00\x00\x01\x1c" + bytes(R.randint(0, 255) for _ in range(R.randint(60, 90)))
    tpl = base64.b64encode(raw).decode()
    return [mk("flask", flask("kiosk"), "EHS-KIOSK-02 check-in worker=", lab(p.emp, "other_id"), " method=fingerprint score=%.3f " % (0.9 + R.random() * 0.09),
               "template(ISO19794-2)=", lab(tpl, "biometric"), " visit=", R.choice(["FLU_WALKIN", "TB_READ", "FIT_TEST"]))]


VOL_QUEUE = []


def p_volunteer():
    if len(VOL_QUEUE) >= len(VOLS):
        return p_phone_call()
    v = VOLS[len(VOL_QUEUE)]
    VOL_QUEUE.append(v)
    a = age_on(v.dob)
    out = [mk("flask", flask("volunteer_svc"), "annual TB screen volunteer ", lab(v.vid, "other_id"), " \"", N(v, R.choice(["fl", "lf"])), "\" DOB ", lab(dfmt(v.dob, "iso"), "date"),
              " age=", lab(str(a), "age") if a > 89 else str(a), " symptom_screen=NEG assignment=\"", R.choice(["Gift Shop / Info Desk", "Surgical Waiting Lounge", "Chaplaincy", "Pet Therapy (with Biscuit)", "NICU Cuddler"]), "\"")]
    if R.random() < 0.5:
        out.append(mk("flask", flask("volunteer_svc"), "flu dose billed to Medicare Part B for volunteer ", lab(v.vid, "other_id"), " MBI=", lab(v.mbi, "health_plan"),
                      " (", lab(str(a), "age") if a > 89 else str(a), " yo); G0008 + 90662"))
    return out


def p_flu_tracker():
    lines = [mk("flu-tracker-csv", "EmployeeID;LastName;FirstName;Dept;Manager;Season;FluStatus;DoseDate;Lot;Site;DeclinationReason;COVID_Status;COVID_LastDose")]
    for p in R.sample(EMPS, R.randint(2, 4)):
        st = R.choice(["VACCINATED", "VACCINATED", "VACCINATED_OUTSIDE", "DECLINED", "NONCOMPLIANT"])
        dd = rdate((2024, 9, 15), (2024, 11, 30))
        cd = rdate((2024, 9, 20), (2024, 11, 25))
        lines.append(mk("flu-tracker-csv", csvrow([lab(p.emp, "other_id"), lab(p.last, "name"), lab(p.first, "name"), p.dept, p.mgr, "2024-25", st,
                                                   lab(dfmt(dd, "eu"), "date") if st.startswith("VACC") else "", R.choice(["7B2XK", "AF42K1", "U7744AA"]) if st == "VACCINATED" else "",
                                                   "EHS MAIN" if st == "VACCINATED" else ("Walgreens" if st == "VACCINATED_OUTSIDE" else ""),
                                                   R.choice(["Medical", "Religious"]) if st == "DECLINED" else "", R.choice(["UP_TO_DATE", "NOT_UP_TO_DATE", "UNKNOWN"]),
                                                   lab(dfmt(cd, "eu"), "date") if R.random() < 0.5 else ""], d=";")))
    return lines


def p_phone_call():
    p = emp()
    return [mk("flask", flask("outreach"), "outreach attempt #%d to " % R.randint(1, 3), N(p, R.choice(["il", "fl", "low"])), " cell=", lab(pfmt(p.phone), "phone"),
               " result=", R.choice(["LEFT_VM", "NO_ANSWER", "SPOKE_SCHEDULED"]), " topic=", R.choice(["fit test overdue", "6wk post-exposure labs", "TB symptom review", "restriction recheck"]),
               " home=", lab(p.addr, "address"), ", ", lab(p.city, "address"), " WI ", lab(p.zip, "zip"))]


def p_ssn_match():
    p = emp()
    return [mk("workday-log", ts_py(tick()), " ERROR [wd_connector] National_ID mismatch for Employee_ID ", lab(p.emp, "other_id"), ": EHS chart has ",
               lab(sfmt(p.ssn, R.choice([0, 2])), "ssn"), ", Workday has ", lab(sfmt(rssn(), 0), "ssn"), " (typo?) -> WC FROI submission blocked")]


NOISE = [(n_probe, 10), (n_api_agg, 6), (n_gunicorn_err, 3), (n_flask, 12), (n_celery, 6), (n_spring, 7), (n_stacktrace, 0.4),
         (n_portacount_daily, 4), (n_workday_event, 5), (n_graph, 4), (n_uls, 4), (n_prom, 5), (n_nginx, 2), (n_postfix, 3),
         (n_ccure, 3), (n_structlog, 3), (n_audit, 4), (n_business, 2), (n_osha300a, 0), (n_hl7_ack, 3), (n_k8s, 3), (n_dosimetry, 1)]
PHI = [(p_qft, 5), (p_compliance, 6), (p_preplacement, 3), (p_gunicorn_worker, 6), (p_exposure, 4), (p_exposure_err, 0.4), (p_rtw, 4),
       (p_rtw_dup, 1), (p_tpa_json, 3), (p_health_plan, 1), (p_bank, 1), (p_mva, 0.3), (p_structlog_badge, 5), (p_ccure, 4),
       (p_portacount, 2), (p_fit_fail_note, 2), (p_osha300, 1), (p_osha_ita, 0.5), (p_hl7_qft, 1.5), (p_hl7_vxu, 1.5), (p_workday_xml, 4),
       (p_workday_log, 4), (p_nurse_note, 3.5), (p_note_json, 2), (p_teams, 2.5), (p_graph_chat, 2), (p_sharepoint, 3), (p_wc_pipe, 2),
       (p_x12, 0), (p_postfix, 3), (p_audit, 4), (p_dosimetry, 2), (p_kiosk, 2), (p_volunteer, 2), (p_flu_tracker, 2),
       (p_phone_call, 3), (p_ssn_match, 1)]

NOISE1 = [n_probe, n_api_agg, n_gunicorn_err, n_flask, n_celery, n_spring, n_portacount_daily, n_workday_event, n_graph, n_uls,
          n_prom, n_nginx, n_postfix, n_ccure, n_structlog, n_audit, n_business, n_k8s, n_dosimetry]
PHI1 = [p_kiosk, p_fit_fail_note, p_health_plan, p_bank, p_note_json, p_teams, p_graph_chat, p_sharepoint, p_ssn_match, p_workday_log,
        p_tpa_json, p_audit, p_gunicorn_worker, p_phone_call, p_dosimetry, p_rtw_dup]

def p_wd_contact_web():
    return p_workday_xml(1, True)


MUST_ONCE = [p_wd_contact_web, p_wd_contact_web, p_dosimetry, p_dosimetry, p_volunteer, p_health_plan, p_note_json, p_x12, p_osha300, p_osha_ita, p_mva, p_bank, p_health_plan, p_volunteer, p_kiosk, p_workday_xml, p_workday_xml, p_ccure, p_ccure,
             p_hl7_qft, p_hl7_vxu, p_nurse_note, p_nurse_note, p_portacount, p_flu_tracker, n_stacktrace, n_osha300a, p_exposure_err]


def wpick(table):
    tot = sum(w for _, w in table)
    x = R.uniform(0, tot)
    for f, w in table:
        x -= w
        if x <= 0:
            return f
    return table[-1][0]


def build():
    lines = []
    pending = list(MUST_ONCE)
    R.shuffle(pending)
    target_noise = 0.55
    while len(lines) < N_LINES:
        left = N_LINES - len(lines)
        noise_n = sum(1 for l in lines if not l.spans)
        if pending and R.random() < 0.12 and left > 40:
            g = pending.pop()
        elif left > 30:
            ratio = noise_n / max(1, len(lines))
            g = wpick(NOISE) if ratio < target_noise else wpick(PHI)
        else:
            # finish with single-line generators, steering the ratio
            need_noise = round(target_noise * N_LINES) - noise_n
            if need_noise >= left:
                g = R.choice(NOISE1)
            elif need_noise <= 0:
                g = R.choice(PHI1)
            else:
                g = R.choice(NOISE1 + PHI1)
        blk = g()
        if len(blk) > left:
            continue
        lines.extend(blk)
    return lines


def main():
    lines = build()
    assert len(lines) == N_LINES, len(lines)
    log_out, lab_out = [], []
    for i, ln in enumerate(lines, 1):
        ln.check()
        log_out.append(ln.buf.decode("utf-8"))
        lab_out.append(json.dumps({"line": i, "family": ln.family, "spans": [{"s": a, "e": b, "cat": c} for a, b, c in ln.spans]}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(log_out))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lab_out) + "\n")
    # sanity re-read
    data = open(os.path.join(HERE, ID + ".log"), "rb").read().split(b"\n")
    assert len(data) == N_LINES and all(data)
    for raw, ln in zip(data, lines):
        for (a, b, c), v in zip(ln.spans, ln.vals):
            assert raw[a:b] == v.encode("utf-8")


if __name__ == "__main__":
    main()
