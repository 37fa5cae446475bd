#!/usr/bin/env python3
"""
gen_ih.py - synthetic, labeled log corpus for a PHI detector.

Theme: "Corvan Health Partners", a correctional health services contractor running the
medical side of county jails (Big Sandy County Detention Center KY, Tri-River Regional Jail
OH, Genesee Valley County Jail MI) and a state prison (Northpoint State Correctional
Institution KY): intake screening at booking, sick call from kiosk tablets, pill pass / MAR,
offsite hospital transports, telepsychiatry, JMS and commissary interfaces, inmate grievance
messages, release planning (Medicaid reinstatement X12 270/271, GPS monitors) and the
ordinary infrastructure around it (nginx, Spring Boot, Celery, PostgreSQL, Redis, syslog,
Prometheus, Kubernetes).

Every person, number and address is synthetic. Standard library only; deterministic
(fixed seed, fixed clock).  Writes ih.log (500 lines) and ih.labels.jsonl next to itself.

Labeling decisions:
- People whose identifiers are labeled: inmates / detainees / offenders (the patients),
  their relatives, emergency contacts, depositors and post-release household members.
- Never labeled: officers, nurses, physicians, NPs, pharmacists, caseworkers and other
  staff doing their work (names, badge numbers, NPIs, staff user ids, staff phones/emails),
  facilities, hospitals, clinics, vendors, agencies, courts, and their addresses/phones.
- Booking numbers, SO / PIN / inmate numbers, DOC offender numbers, state SIDs, FBI numbers,
  court case / docket / warrant numbers and inmate kiosk login usernames -> other_id.
- Corvan chart numbers (CHP#######) and hospital medical record numbers -> mrn.
- Medicaid / MCO member IDs -> health_plan.  Inmate trust / commissary accounts, HL7 PID-18
  patient account numbers and full payment card numbers -> account (masked cards "****1234"
  are not labeled).
- Housing unit / pod / cell / bunk and bed assignments are facility locations, not a
  person's address -> not labeled.  Transport-van GPS positions are not labeled.
- Home / release / relative addresses: street line, city and county of residence each ->
  address (separate spans); ZIP -> zip; state never labeled.
- Dates labeled when tied to the person: DOB, booking / admission, release, court,
  appointment, offsite transport, last drug use, sick-call and grievance incident dates,
  follow-up dates, diet-restriction expiry, MAR / pill-line administration date-times,
  HL7 PID-7 / IN1-18 / PV1-44 / PV1-45, X12 DMG and DTP dates (an RD8 range is two
  spans).  Not labeled: log and record timestamps, HL7 MSH-7 and EVN-2, X12 ISA / GS /
  BHT envelope dates, order ETAs, build / cert / backup dates, bare years.
- Ages labeled only when over 89.
- Workflow / transaction identifiers are not labeled: sick call tickets, grievance message
  ids, transport order ids, commissary order ids, pharmacy POs, session UUIDs, HL7 control
  ids, trace / span ids.
- Facility-owned devices (wall kiosks, shared tablets, med carts, transport vans and their
  plates) are not labeled; patient-assigned medical devices (CPAP, insulin pump, pacemaker,
  hearing aid, GPS ankle monitor) serial numbers -> device.
- Arrestee's own vehicle plate and VIN (booking property) -> vehicle; arrestee's driver's
  licence / state ID card number -> license.
- Booking photo: only the base64 payload -> photo.  Fingerprint minutiae template base64
  -> biometric.
- IP addresses: private / facility ranges never labeled; public IP of a released patient
  or a relative -> ip.  Personal social-media / fundraiser URLs of a patient or relative
  -> url.
- Names: one span per name as written ("Last, First M", "F. Last", HL7 composite
  LAST^FIRST^M as one span); separate JSON fields / X12 NM1 elements for last and first
  are separate spans; a lone middle-initial element is not labeled.
- Free text written by inmates is labeled by the same rules; staff named in it are not.
- Obvious test / QA records (ZZTEST, TEST-0000001) are public test values -> not labeled.
- A county that is the person's residence is labeled even when a clinic's business name
  repeats the word (e.g. county=Genesee vs "Genesee Health System": only the former).
"""
import base64
import json
import os
import random
import unicodedata
from datetime import date, datetime, timedelta
from xml.sax.saxutils import escape as xesc

ID = "ih"
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(0x1417)
TODAY = date(2024, 9, 17)
N_LINES = 500
TARGET_NOISE = 0.55


# --------------------------------------------------------------------------- line builder
class Ln:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.sp = []

    def t(self, x):
        x = str(x)
        assert "\n" not in x and "\r" not in x, repr(x)
        self.b += x.encode("utf-8")
        return self

    def p(self, x, cat=None):
        x = str(x)
        if cat is None:
            return self.t(x)
        s = len(self.b)
        self.t(x)
        self.sp.append((s, len(self.b), cat, x))
        return self

    def parts(self, v, esc=lambda z: z):
        for text, cat in norm(v):
            self.p(esc(text), cat)
        return self


class S:
    """A string value made of labeled / unlabeled parts."""

    def __init__(self, *parts):
        self.parts = norm(list(parts))


def norm(v):
    if v is None:
        return []
    if isinstance(v, S):
        return list(v.parts)
    if isinstance(v, tuple):
        return [(str(v[0]), v[1])]
    if isinstance(v, list):
        out = []
        for x in v:
            out += norm(x)
        return out
    return [(str(v), None)]


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def J(ln, o, comma=", ", colon=": "):
    if isinstance(o, dict):
        ln.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                ln.t(comma)
            ln.t(json.dumps(k, ensure_ascii=False) + colon)
            J(ln, v, comma, colon)
        ln.t("}")
    elif isinstance(o, list):
        ln.t("[")
        for i, v in enumerate(o):
            if i:
                ln.t(comma)
            J(ln, v, comma, colon)
        ln.t("]")
    elif isinstance(o, tuple):
        v, cat = o
        if isinstance(v, str):
            ln.t('"').p(jesc(v), cat).t('"')
        else:
            ln.p(json.dumps(v), cat)
    elif isinstance(o, S):
        ln.t('"')
        for text, cat in o.parts:
            ln.p(jesc(text), cat)
        ln.t('"')
    else:
        ln.t(json.dumps(o, ensure_ascii=False))
    return ln


def PY(ln, o):
    """python repr() style dict writer"""
    if isinstance(o, dict):
        ln.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                ln.t(", ")
            ln.t(repr(k) + ": ")
            PY(ln, v)
        ln.t("}")
    elif isinstance(o, list):
        ln.t("[")
        for i, v in enumerate(o):
            if i:
                ln.t(", ")
            PY(ln, v)
        ln.t("]")
    elif isinstance(o, (tuple, S)):
        parts = norm(o)
        full = "".join(x for x, _ in parts)
        if isinstance(o, tuple) and not isinstance(o[0], str):
            ln.p(repr(o[0]), o[1])
            return
        q = '"' if "'" in full else "'"
        ln.t(q)
        for text, cat in parts:
            ln.p(text, cat)
        ln.t(q)
    else:
        ln.t(repr(o))


def hl7(ln, fields):
    for i, f in enumerate(fields):
        if i:
            ln.t("|")
        ln.parts(f)
    return ln


def hpos(name, fields):
    """HL7 segment from {field_number: value}."""
    n = max(fields)
    return [name] + [fields.get(i, "") for i in range(1, n + 1)]


def x12(ln, elems):
    for i, f in enumerate(elems):
        if i:
            ln.t("*")
        ln.parts(f)
    ln.t("~")
    return ln


# --------------------------------------------------------------------------- clock
CLK = [datetime(2024, 9, 17, 5, 58, 2, 117000)]


def tick(a=1, b=22):
    CLK[0] += timedelta(seconds=R.randint(a, b), milliseconds=R.randint(0, 999))
    return CLK[0]


def ms(d):
    return f"{d.microsecond // 1000:03d}"


def ts_iso_z(d):
    u = d + timedelta(hours=4)  # facilities run on EDT (-04:00)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"


def ts_iso_off(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + "-04:00"


def ts_lb(d):
    return d.strftime("%Y-%m-%d %H:%M:%S.") + ms(d)


def ts_py(d):
    return d.strftime("%Y-%m-%d %H:%M:%S,") + ms(d)


def ts_sys(d):
    return d.strftime("%b ") + f"{d.day:>2}" + d.strftime(" %H:%M:%S")


def ts_ngx(d):
    return d.strftime("%d/%b/%Y:%H:%M:%S -0400")


def ts_pg(d):
    return d.strftime("%Y-%m-%d %H:%M:%S.") + ms(d) + " EDT"


def ts_epoch(d):
    u = d + timedelta(hours=4)
    return int((u - datetime(1970, 1, 1)).total_seconds() * 1000)


def ts_hl7(d):
    return d.strftime("%Y%m%d%H%M%S")


# --------------------------------------------------------------------------- value helpers
def dg(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hx(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hx(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii())


def fd(d, st):
    if st == "iso":
        return d.strftime("%Y-%m-%d")
    if st == "us":
        return d.strftime("%m/%d/%Y")
    if st == "usn":
        return f"{d.month}/{d.day}/{d.year}"
    if st == "us2":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if st == "hl7":
        return d.strftime("%Y%m%d")
    if st == "mon":
        return d.strftime("%d-%b-%Y").upper()
    if st == "long":
        return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")
    if st == "md":
        return f"{d.month}/{d.day}"
    if st == "es":
        meses = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                 "septiembre", "octubre", "noviembre", "diciembre"]
        return f"{d.day} de {meses[d.month - 1]}"
    raise ValueError(st)


def fphone(ph, st=None):
    st = st or R.choice(["paren", "dash", "plain", "dot", "intl", "e164"])
    a, e, l = ph[:3], ph[3:6], ph[6:]
    return {"paren": f"({a}) {e}-{l}", "dash": f"{a}-{e}-{l}", "plain": ph,
            "dot": f"{a}.{e}.{l}", "intl": f"+1 {a} {e} {l}", "e164": f"+1{ph}"}[st]


def mkssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def luhn_card(prefix, n=16):
    body = prefix + dg(n - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return body + str((10 - tot % 10) % 10)


def fake_jpeg_b64(n):
    head = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    body = bytes(R.randrange(256) for _ in range(n))
    return base64.b64encode(head + body).decode()


def fake_fmr_b64(n):
    head = b"FMR\x00 20\x00" + bytes([0, 0, 1, 0x2c, 0, 0, 1, 0xf4, 2, 0x30])
    body = bytes(R.randrange(256) for _ in range(n))
    return base64.b64encode(head + body).decode()


# --------------------------------------------------------------------------- reference data
FIRST_M = ["Darnell", "José Luis", "Minh", "Oluwaseun", "Dmitri", "Kayden", "Jamal", "Hiroshi",
           "Ahmed", "Connor", "Tyrone", "Wyatt", "Cody", "Bao", "Kwame", "Rajesh", "Bogdan",
           "Björn", "Travis", "Dakota", "Keoni", "Tariq", "Yusuf", "Samir", "Ivan", "Efraín",
           "Jean-Baptiste", "DeShawn", "Mateo", "Alejandro", "Liam", "Cheveyo", "Ravi",
           "Mustafa", "Quang", "Kofi", "Anton", "Billy Ray", "Colt", "Marquis"]
FIRST_F = ["Luz", "Mei-Ling", "Brianna", "Aaliyah", "Rosa María", "Fatima", "Siobhan", "Ebony",
           "Destiny", "Guadalupe", "Priya", "Anastasia", "Zoë", "Renée", "Ngozi", "Marisol",
           "Shawnee", "Leilani", "Noor", "Lakshmi", "Tameka", "Krystal", "Ashlynn", "Yesenia",
           "Hoa", "Svetlana", "Nizhoni", "Amani", "Brandy", "Kayleigh"]
FIRST_OLD = ["Clarence", "Harold", "Earl", "Mildred", "Dolores", "Vernon", "Opal"]
LAST = ["Whitfield", "Ramirez-Ochoa", "Nuñez Castillo", "Nguyen", "O'Connell", "van der Berg",
        "De La Cruz", "Okonkwo", "Kowalczyk", "Petrov", "Al-Masri", "bin Hassan", "St. Clair",
        "MacLeod", "Yazzie", "Begay", "Two Bulls", "Papadopoulos", "Fernández", "Sørensen",
        "Abernathy", "Kealoha", "Washington", "Jefferson-Boyd", "Hernández", "Dubois",
        "LeBlanc", "Tso", "Chavis", "Lowery", "Harjo", "Oyelaran", "Cho", "Singh", "Patel",
        "Haddad", "Ivanova", "McAllister", "Pruitt", "Hollins", "Boudreaux", "Thibodeaux",
        "Ybarra", "Zamora", "Slone", "Caudill", "Sizemore", "Hatfield", "Mullins", "Napier",
        "Dos Santos", "Villanueva", "Achterberg", "Wójcik", "Mendoza Ruiz", "Adeyemi"]
STREETS = ["Elm St", "W Kercheval Ave", "Rt 15 N", "Old Hazard Rd", "Kentucky Ave",
           "N Saginaw St", "E 5th St", "Bluegrass Pkwy", "Coal Hollow Rd", "Dorr St",
           "Martin Luther King Jr Blvd", "Ashland Ave", "Lockwood Ave", "Hwy 550",
           "Pine Ridge Ct", "Laskey Rd", "S Mill St", "Rosa Parks Blvd", "Greenup St",
           "Collingwood Blvd", "Fenton Rd", "Clio Rd", "Lakeview Dr", "Chillicothe Rd"]
CITIES = [  # city, county, state, zip, area codes
    ("Hazard", "Perry", "KY", "41701", ["606"]),
    ("Pikeville", "Pike", "KY", "41501", ["606"]),
    ("Prestonsburg", "Floyd", "KY", "41653", ["606"]),
    ("Lexington", "Fayette", "KY", "40505", ["859"]),
    ("Louisville", "Jefferson", "KY", "40211", ["502"]),
    ("Paintsville", "Johnson", "KY", "41240", ["606"]),
    ("Toledo", "Lucas", "OH", "43607", ["419", "567"]),
    ("Chillicothe", "Ross", "OH", "45601", ["740"]),
    ("Portsmouth", "Scioto", "OH", "45662", ["740"]),
    ("Dayton", "Montgomery", "OH", "45402", ["937"]),
    ("Flint", "Genesee", "MI", "48505", ["810"]),
    ("Burton", "Genesee", "MI", "48529", ["810"]),
    ("Detroit", "Wayne", "MI", "48214", ["313"]),
    ("Saginaw", "Saginaw", "MI", "48601", ["989"]),
]
FACS = {
    "BSCDC": dict(code="BSCDC", name="Big Sandy County Detention Center", st="KY", kind="jail",
                  bk=lambda: f"2024-{R.randint(7000, 13999):06d}",
                  iid=lambda: f"{R.randint(100000, 129999)}"),
    "TRRJ": dict(code="TRRJ", name="Tri-River Regional Jail", st="OH", kind="jail",
                 bk=lambda: f"24-{R.randint(10000, 19999)}",
                 iid=lambda: f"PIN{R.randint(450000, 489999):08d}"),
    "GVCJ": dict(code="GVCJ", name="Genesee Valley County Jail", st="MI", kind="jail",
                 bk=lambda: f"B24{R.randint(100000, 199999)}",
                 iid=lambda: f"SO{R.randint(20000, 99999)}"),
    "NSCI": dict(code="NSCI", name="Northpoint State Correctional Institution", st="KY",
                 kind="prison",
                 bk=lambda: f"CMT-{R.choice([2023, 2024, 2024, 2024])}-{R.randint(100, 9999):04d}",
                 iid=lambda: f"{R.randint(210000, 299999)}"),
}
RELS = ["mother", "father", "sister", "brother", "wife", "husband", "girlfriend",
        "grandmother", "aunt", "daughter", "son", "fiancée"]
STAFF_RN = ["RN K. Obi", "LPN T. Reece", "RN J.P. Ortiz", "LPN M. Sturgill", "RN A. Deschamps",
            "LPN B. Kaur"]
STAFF_RN_USERS = ["kobi", "treece", "jportiz", "msturgill", "adeschamps", "bkaur"]
STAFF_PROV = ["Dr. Stephen Vukovich", "NP Helen Marsh-Tate", "Dr. Amara Okafor",
              "Dr. Li Wen Zhao", "PA Garrett Combs"]
OFFICERS = [("Sgt.", "L. Parrish", "4471"), ("Ofc.", "D. Marsh", "5120"),
            ("Ofc.", "R. Cardenas", "3308"), ("Cpl.", "T. Blevins", "2719"),
            ("Ofc.", "A. Kowalski", "6032"), ("Lt.", "M. Simmons", "1904")]
HOSPITALS = ["Pikeville Medical Center", "UK Albert B. Chandler Hospital",
             "ProMedica Toledo Hospital", "Hurley Medical Center",
             "Highlands ARH Regional Medical Center", "Adena Regional Medical Center"]
CLINICS = ["Mountain Comprehensive Care Center", "Zepf Center", "Genesee Health System",
           "Kentucky River Community Care", "Pathways Behavioral Health"]
HOSP_ST = {"KY": ["Pikeville Medical Center", "UK Albert B. Chandler Hospital",
                  "Highlands ARH Regional Medical Center"],
           "OH": ["ProMedica Toledo Hospital", "Adena Regional Medical Center", "Southern Ohio Medical Center"],
           "MI": ["Hurley Medical Center", "McLaren Flint", "Ascension Genesys Hospital"]}
CLINIC_ST = {"KY": ["Mountain Comprehensive Care Center", "Kentucky River Community Care",
                    "Pathways Behavioral Health"],
             "OH": ["Zepf Center", "Shawnee Mental Health Center"],
             "MI": ["Genesee Health System", "Hurley Community Clinic"]}


def hosp_for(p):
    return R.choice(HOSP_ST[p.fac["st"]])


def clinic_for(p):
    return R.choice(CLINIC_ST[p.state])


MEDS = [("metFORMIN HCl 500 mg tab", "00093-1048-01"), ("sertraline 50 mg tab", "16729-0213-01"),
        ("buprenorphine/naloxone 8-2 mg film", "12496-1208-03"),
        ("lisinopril 10 mg tab", "68180-0514-01"), ("QUEtiapine 100 mg tab", "47335-0903-88"),
        ("insulin glargine 100 u/mL", "00088-2220-33"), ("levETIRAcetam 500 mg tab", "31722-0536-01"),
        ("albuterol HFA 90 mcg", "00173-0682-20"), ("hydrOXYzine pamoate 25 mg cap", "00591-5685-01"),
        ("amLODIPine 5 mg tab", "00093-7167-01"), ("naltrexone 50 mg tab", "00406-1170-03"),
        ("isoniazid 300 mg tab", "00555-0071-02"), ("thiamine 100 mg tab", "00904-0544-60")]
ROUTE = {"buprenorphine/naloxone 8-2 mg film": ("SL", "1 film"), "insulin glargine 100 u/mL": ("SUBQ", "18 units"),
         "albuterol HFA 90 mcg": ("INH", "2 puffs")}


def route_dose(med):
    return ROUTE.get(med, ("PO", "1 tab" if "tab" in med else "1 cap"))


DL_FMT = {"KY": lambda: R.choice("ABCDEFGHJKLMNPRSTW") + dg(8),
          "OH": lambda: "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXZ") for _ in range(2)) + dg(6),
          "MI": lambda: R.choice("ABCDEFGHJKLMNPRSTW") + " " + dg(3) + " " + dg(3) + " " + dg(3) + " " + dg(3)}
MCD_FMT = {"KY": lambda: dg(10), "OH": lambda: "9" + dg(11), "MI": lambda: "00" + dg(8)}
PLATE_FMT = {"KY": lambda: dg(3) + "-" + "".join(R.choice("ABCDEFGHJKLMNPRTVWXYZ") for _ in range(3)),
             "OH": lambda: "".join(R.choice("ABCDEFGHJKLMNPRTVWXYZ") for _ in range(3)) + " " + dg(4),
             "MI": lambda: "E" + "".join(R.choice("ABCDEFGHJKLMNPRTVWXYZ") for _ in range(2)) + " " + dg(4)}
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def mkvin():
    return R.choice(["1FT", "1G1", "2T1", "3GN", "1HG", "5NP", "KMH", "JN1"]) + \
        "".join(R.choice(VIN_CH) for _ in range(14))


def housing(fac):
    if fac["kind"] == "prison":
        return f"H{R.randint(1, 6)}-{R.randint(101, 248)}-{R.choice('AB')}"
    return f"{R.choice('ABCDEFG')}-POD {R.randint(1, 24):02d}{R.choice('UL')}"


class Person:
    pass


USED = set()


def uniq(gen):
    for _ in range(1000):
        v = gen()
        if v not in USED:
            USED.add(v)
            return v
    raise RuntimeError("id space exhausted")


def mkperson(fac=None, old=False, sex=None):
    p = Person()
    p.sex = sex or R.choice("MMMMF")
    if old:
        p.first = R.choice(FIRST_OLD)
        p.sex = "F" if p.first in ("Mildred", "Dolores", "Opal") else "M"
    else:
        p.first = R.choice(FIRST_M if p.sex == "M" else FIRST_F)
    p.last = R.choice(LAST)
    while ("N", p.first, p.last) in USED:
        p.last = R.choice(LAST)
    USED.add(("N", p.first, p.last))
    p.mi = R.choice("ABCDEFGHJKLMNPRSTW")
    if old:
        p.dob = date(R.randint(1929, 1934), R.randint(1, 12), R.randint(1, 28))
    else:
        p.dob = date(R.randint(1957, 2005), R.randint(1, 12), R.randint(1, 28))
    p.age = TODAY.year - p.dob.year - ((TODAY.month, TODAY.day) < (p.dob.month, p.dob.day))
    p.fac = fac or FACS[R.choice(["BSCDC", "BSCDC", "TRRJ", "GVCJ", "NSCI"])]
    p.bk = uniq(p.fac["bk"])
    p.iid = uniq(p.fac["iid"])
    p.mrn = uniq(lambda: "CHP" + dg(7))
    st = p.fac["st"]
    c = R.choice([c for c in CITIES if c[2] == st])
    p.city, p.county, p.state, p.zip = c[0], c[1], c[2], c[3]
    p.street = f"{R.randint(12, 9899)} {R.choice(STREETS)}"
    if R.random() < 0.2:
        p.street += R.choice([" Apt 4B", " Lot 17", " #211", " Trlr 6"])
    p.phone = R.choice(c[4]) + str(R.randint(200, 989)) + dg(4)
    p.ssn = mkssn()
    p.medicaid = MCD_FMT[st]()
    p.dl = DL_FMT[st]()
    p.login = (ascii_fold(p.first)[0] + ascii_fold(p.last).replace(" ", "").replace("'", "")
               .replace("-", "").replace(".", "")).lower() + p.iid[-4:]
    p.trust = uniq(lambda: "TA" + dg(8))
    p.housing = housing(p.fac)
    p.book_date = TODAY - timedelta(days=R.choice([0, 0, 1, 3, 9, 17, 40, 66, 120, 203]))
    p.release_date = TODAY + timedelta(days=R.randint(2, 45))
    rel = R.choice(RELS)
    rfirst = R.choice(FIRST_F if rel in ("mother", "sister", "wife", "girlfriend", "grandmother",
                                         "aunt", "daughter", "fiancée") else FIRST_M)
    rlast = p.last if rel not in ("girlfriend", "fiancée") or R.random() < 0.3 else R.choice(LAST)
    p.rel = (f"{rfirst} {rlast}", rel, R.choice(c[4]) + str(R.randint(200, 989)) + dg(4))
    p.rel_first, p.rel_last = rfirst, rlast
    dom = R.choice(["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "aol.com"])
    p.email = f"{ascii_fold(rfirst).split()[0].lower()}.{ascii_fold(rlast).replace(' ', '').replace(chr(39), '').lower()}{R.randint(1, 99)}@{dom}"
    p.own_email = f"{ascii_fold(p.first).split()[0].lower()}{R.choice(['_', '.', ''])}{ascii_fold(p.last).replace(' ', '').replace(chr(39), '').replace('.', '').lower()}{R.randint(70, 2005)}@{dom}"
    p.case = R.choice([f"24-CR-{dg(5)}", f"CR-2024-{dg(6)}", f"24{R.choice(['F', 'M'])}{dg(5)}",
                       f"2024 CF {dg(4)}"])
    p.sid = st + dg(7)
    return p


def nm(p, st=None):
    f, l, m = p.first, p.last, p.mi
    st = st or R.choice(["fl", "lf", "lfm", "LF", "LFc", "FLU", "low", "init", "initL", "fml"])
    return {"fl": f"{f} {l}", "lf": f"{l}, {f}", "lfm": f"{l}, {f} {m}",
            "LF": f"{l}, {f}".upper(), "LFc": f"{l.upper()},{f.upper()}", "FLU": f"{f} {l}".upper(),
            "low": f"{f} {l}".lower(), "init": f"{f[0]}. {l}", "initL": f"{l}, {f[0]}.",
            "fml": f"{f} {m}. {l}", "LFM": f"{l}, {f} {m}".upper()}[st]


def hl7name(p):
    return f"{p.last.upper()}^{p.first.upper()}^{p.mi}"


POOL = []


def person(new_p=0.55, **kw):
    if POOL and R.random() > new_p and not kw:
        return R.choice(POOL)
    p = mkperson(**kw)
    POOL.append(p)
    return p


def person_at(fac, reuse=0.35, exclude=()):
    cand = [q for q in POOL if q.fac is fac and q not in exclude]
    if cand and R.random() < reuse:
        return R.choice(cand)
    p = mkperson(fac=fac)
    POOL.append(p)
    return p


# =========================================================================== PHI events
def fresh(p):
    if not getattr(p, "fresh", False):
        p.fresh = True
        p.book_date = TODAY - timedelta(days=R.choice([0, 0, 1]))


def ev_booking_json(variant=None):
    p = person(fac=FACS[R.choice(["BSCDC", "BSCDC", "TRRJ", "GVCJ"])])
    fresh(p)
    d = tick()
    ln = Ln("jms_booking_json")
    off = R.choice(OFFICERS)
    o = {"ts": ts_iso_z(d), "level": "INFO", "logger": "com.corvan.jms.BookingConsumer",
         "thread": f"jms-listener-{R.randint(1, 4)}", "msg": "booking.created",
         "trace_id": hx(32), "facility": p.fac["code"],
         "bookingNo": (p.bk, "other_id"), "inmateId": (p.iid, "other_id"),
         "name": {"last": (p.last.upper(), "name"), "first": (p.first.upper(), "name"),
                  "middle": p.mi},
         "dob": (fd(p.dob, "iso"), "date"), "sex": p.sex,
         "race": R.choice(["W", "B", "H", "A", "I", "U"]),
         "bookingDate": (p.book_date.strftime("%Y-%m-%d") + f"T{R.randint(0, 5):02d}:{R.randint(0, 59):02d}:00", "date"),
         "housing": p.housing,
         "arrestingAgency": R.choice({"KY": ["KSP Post 9", "Prestonsburg PD", "Floyd Co SO", "Pike Co SO"],
                                      "OH": ["Lucas Co SO", "Toledo PD", "OSHP Portsmouth"],
                                      "MI": ["Flint PD", "Genesee Co SO", "MSP Flint Post"]}[p.fac["st"]]),
         "arrestingOfficer": f"{off[1]} #{off[2]}",
         "charges": [{"statute": R.choice({"KY": ["KRS 218A.1415", "KRS 189A.010", "KRS 508.030"],
                                           "OH": ["ORC 2925.11", "ORC 2919.25", "ORC 2913.02"],
                                           "MI": ["MCL 750.84", "MCL 257.625", "MCL 333.7403"]}[p.fac["st"]]),
                      "degree": R.choice(["F4", "F5", "M1", "D"]), "bond": R.choice([0, 2500, 10000])}],
         }
    v = {"livescan": 0.9, "mugshot": 0.6}.get(variant, R.random())
    if v < 0.28:
        o["ssn"] = (p.ssn, "ssn")
        o["dlNumber"] = (p.dl, "license")
        o["dlState"] = p.state
    elif v < 0.48:
        o["property"] = {"vehicle": {"plate": (PLATE_FMT[p.state](), "vehicle"), "plateState": p.state,
                                     "vin": (mkvin(), "vehicle"), "towedBy": "Tackett Towing",
                                     "holdNo": "TOW-" + dg(6)}}
    elif v < 0.78:
        o["mugshot"] = {"contentType": "image/jpeg", "w": 480, "h": 600,
                        "data": (fake_jpeg_b64(R.randint(150, 260)), "photo")}
    else:
        o["livescan"] = {"tcn": p.fac["st"] + dg(11), "fmt": "ISO19794-2",
                         "rightIndex": (fake_fmr_b64(R.randint(90, 150)), "biometric")}
        o["fbiNumber"] = (dg(6) + R.choice(["AA", "KB", "MC", "PD"]) + dg(1), "other_id")
    if R.random() < 0.5:
        J(ln, o)
    else:
        J(ln, o, ",", ":")
    return [ln]


def ev_jms_kv():
    p = person(new_p=0.8)
    d = tick()
    ln = Ln("jms_legacy_kv")
    verb = "UPD" if getattr(p, "jms_seen", False) else R.choice(["NEW", "UPD", "XFR"])
    p.jms_seen = True
    ln.t(f"{ts_lb(d)} JMSX-IF [{p.fac['code']}] ").t(verb)
    ln.t(" BKG_NO=").p(p.bk, "other_id").t(" INM_NO=").p(p.iid, "other_id")
    ln.t(" INM_LNAME=").p(p.last.upper(), "name").t(" INM_FNAME=").p(p.first.upper(), "name")
    ln.t(f" INM_MNAME={p.mi} DOB=").p(fd(p.dob, "hl7"), "date")
    ln.t(f" SEX={p.sex} HSG_LOC={p.housing.replace(' ', '_')}")
    if R.random() < 0.5:
        ln.t(" SID=").p(p.sid, "other_id")
    if R.random() < 0.4:
        ln.t(" OLN=").p(p.dl.replace(" ", ""), "license").t(f" OLN_ST={p.state}")
    ln.t(" CASE_NO=").p(p.case, "other_id")
    ln.t(" CRT_DT=").p(fd(TODAY + timedelta(days=R.randint(3, 30)), "us"), "date")
    ln.t(f" CLASS={R.choice(['MIN', 'MED', 'MAX', 'PC', 'ADSEG'])} MED_ALERT={R.choice(['Y', 'N'])} SRC=NWS10.4")
    return [ln]


def ev_hl7_a04():
    p = person(new_p=0.9)
    fresh(p)
    d = tick()
    ctrl = f"CHP{dg(9)}"
    out = []
    ln = Ln("spring_boot")
    ln.t(f"{ts_lb(d)}  INFO 1 --- [mllp-rx-{R.randint(1, 8)}] c.c.hl7.MllpInboundHandler : "
         f"received ADT^A04 ctrl={ctrl} from 10.20.{R.randint(1, 9)}.{R.randint(10, 250)}:2575 bytes={R.randint(700, 1400)}")
    out.append(ln)
    out.append(Ln("hl7v2").t(f"MSH|^~\\&|JMS|{p.fac['code']}|CORVANEHR|CHP|{ts_hl7(d)}||ADT^A04^ADT_A01|{ctrl}|P|2.5.1"))
    out.append(Ln("hl7v2").t(f"EVN|A04|{ts_hl7(d)}|||JMSIF"))
    ln = Ln("hl7v2")
    addr = [(p.street.upper(), "address"), "^^", (p.city.upper(), "address"), f"^{p.state}^", (p.zip, "zip"), "^USA^H"]
    hl7(ln, ["PID", "1", "", [(p.mrn, "mrn"), "^^^CHP^MR~", (p.bk.replace("-", ""), "other_id"), f"^^^{p.fac['code']}^BKN"],
             "", (hl7name(p), "name"), "", (fd(p.dob, "hl7"), "date"), p.sex, "", R.choice(["2106-3", "2054-5", "2131-1"]),
             addr, "", [(fphone(p.phone, "paren"), "phone"), "^PRN^PH"], "", "", R.choice(["S", "M", "D"]), "",
             (f"A{dg(8)}", "account"), (p.ssn.replace("-", "") if R.random() < 0.5 else p.ssn, "ssn")])
    out.append(ln)
    if R.random() < 0.7:
        ln = Ln("hl7v2")
        rf, rl = p.rel_first, p.rel_last
        hl7(ln, ["NK1", "1", (f"{rl.upper()}^{rf.upper()}", "name"),
                 f"{p.rel[1][:3].upper()}^{p.rel[1].title()}^HL70063",
                 [(p.street.upper(), "address"), "^^", (p.city.upper(), "address"), f"^{p.state}^", (p.zip, "zip")],
                 [(fphone(p.rel[2], "paren"), "phone")], "", "EC^Emergency Contact"])
        out.append(ln)
    doc = R.choice(STAFF_PROV)
    npi = "1" + dg(9)
    dn = doc.split()[-1].upper()
    ln = Ln("hl7v2")
    hl7(ln, hpos("PV1", {1: "1", 2: "I", 3: f"{p.fac['code']}^{p.housing.replace(' ', '^')}^{p.fac['code']}",
                         7: f"{npi}^{dn}^^^^{doc.split()[0].rstrip('.').upper()}", 10: "MED", 14: "7", 18: "INM",
                         19: f"V{dg(9)}",
                         44: (p.book_date.strftime("%Y%m%d") + f"{R.randint(0, 5):02d}{R.randint(0, 59):02d}", "date")}))
    out.append(ln)
    if R.random() < 0.6:
        ln = Ln("hl7v2")
        hl7(ln, hpos("IN1", {1: "1", 2: "MCD^MEDICAID", 3: "610018", 4: f"{p.state} MEDICAID",
                             16: (hl7name(p), "name"), 17: "01", 18: (fd(p.dob, "hl7"), "date"),
                             36: (p.medicaid, "health_plan")}))
        out.append(ln)
    d2 = tick(0, 1)
    out.append(Ln("spring_boot").t(f"{ts_lb(d2)}  INFO 1 --- [mllp-rx-{R.randint(1, 8)}] c.c.hl7.MllpInboundHandler : ACK AA sent ctrl={ctrl} elapsed_ms={R.randint(8, 90)}"))
    return out


def ev_hl7_a03():
    p = person(new_p=0.2)
    d = tick()
    ctrl = f"CHP{dg(9)}"
    out = [Ln("hl7v2").t(f"MSH|^~\\&|CORVANEHR|CHP|{p.fac['code']}|JMS|{ts_hl7(d)}||ADT^A03^ADT_A03|{ctrl}|P|2.5.1")]
    ln = Ln("hl7v2")
    hl7(ln, ["PID", "1", "", [(p.mrn, "mrn"), "^^^CHP^MR"], "", (hl7name(p), "name"), "",
             (fd(p.dob, "hl7"), "date"), p.sex])
    out.append(ln)
    ln = Ln("hl7v2")
    hl7(ln, hpos("PV1", {1: "1", 2: "I", 3: f"{p.fac['code']}^{p.housing.replace(' ', '^')}",
                         36: R.choice(["01", "04", "07"]), 44: (fd(p.book_date, "hl7"), "date"),
                         45: (fd(TODAY, "hl7") + f"{R.randint(6, 9):02d}{R.randint(0, 59):02d}", "date")}))
    out.append(ln)
    out.append(Ln("hl7v2").t(f"MSA|AA|{ctrl}|release ack"))
    return out


def ev_hl7_rde():
    p = person(new_p=0.3)
    d = tick()
    med, ndc = R.choice(MEDS)
    ctrl = f"RX{dg(10)}"
    out = [Ln("hl7v2").t(f"MSH|^~\\&|CORVANEHR|CHP|KEYSTONERX|KRX|{ts_hl7(d)}||RDE^O11^RDE_O11|{ctrl}|P|2.5.1")]
    ln = Ln("hl7v2")
    hl7(ln, ["PID", "1", "", [(p.mrn, "mrn"), "^^^CHP^MR~", (p.iid, "other_id"), f"^^^{p.fac['code']}^PI"], "",
             (hl7name(p), "name"), "", (fd(p.dob, "hl7"), "date"), p.sex])
    out.append(ln)
    out.append(Ln("hl7v2").t(f"ORC|NW|{dg(8)}^CHP||||||||||{'1' + dg(9)}^{R.choice(['VUKOVICH', 'ZHAO', 'MARSH-TATE'])}"))
    amt, unit = route_dose(med)[1].split(" ", 1)
    out.append(Ln("hl7v2").t(f"RXE|1^BID^HL70335|{ndc}^{med.upper()}^NDC|{amt}||{unit.upper()}|||||60|{unit.upper()}|2||||||||||||||{R.choice(['KOP-N', 'DOT'])}"))
    return out


def ev_intake():
    p = person(new_p=0.9)
    fresh(p)
    out = []
    rn = R.randrange(len(STAFF_RN))
    d = tick()
    ln = Ln("py_logging")
    ln.t(f"{ts_py(d)} INFO [intake.worker] receiving screening started booking=").p(p.bk, "other_id")
    ln.t(f" form=RECV_SCREEN_v7 site={p.fac['code']} nurse={STAFF_RN_USERS[rn]}")
    out.append(ln)
    d = tick(2, 40)
    ln = Ln("py_logging")
    if R.random() < 0.6:
        ln.t(f"{ts_py(d)} WARNING [intake.rules] withdrawal risk booking=").p(p.bk, "other_id")
        ln.t(f" ciwa={R.randint(8, 22)} cows={R.choice(['None', str(R.randint(5, 18))])} substance={R.choice(['alcohol', 'opioid', 'benzo', 'meth'])} last_use=\"")
        ln.p(fd(TODAY - timedelta(days=R.randint(1, 2)), R.choice(["us", "iso"])), "date")
        ln.t(f" ~{R.randint(18, 23)}00\" flag=DETOX_WATCH")
    else:
        ln.t(f"{ts_py(d)} WARNING [intake.rules] suicide screen positive (C-SSRS {R.randint(3, 6)}) for ")
        ln.p(nm(p, "LFM"), "name").t(" inmate=").p(p.iid, "other_id").t(" -> notify MH on-call, housing=MED-OBS-2, q15 checks")
    out.append(ln)
    d = tick(1, 5)
    ln = Ln("py_logging")
    contact = {"name": (p.rel[0], "name"), "rel": p.rel[1], "phone": (fphone(p.rel[2]), "phone")}
    med = R.choice(MEDS)[0]
    o = {"booking_no": (p.bk, "other_id"), "pt_name": (nm(p, R.choice(["lfm", "LF", "fl"])), "name"),
         "dob": (fd(p.dob, R.choice(["us", "iso", "usn"])), "date"), "age": (p.age, "age") if p.age > 89 else p.age,
         "sex": p.sex, "preg_test": None if p.sex == "M" else R.choice(["NEG", "POS", "REFUSED"]),
         "tb_screen": R.choice(["NEG", "NEG", "SYMPTOMATIC"]), "allergies": R.choice([["NKDA"], ["PCN"], ["sulfa", "latex"]]),
         "current_meds": [med], "prior_provider": clinic_for(p), "emerg_contact": contact}
    if R.random() < 0.4:
        o["medicaid_id"] = (p.medicaid, "health_plan")
    ln.t(f"{ts_py(d)} DEBUG [intake.api] payload=")
    PY(ln, o)
    out.append(ln)
    if R.random() < 0.5:
        d = tick(1, 3)
        out.append(Ln("py_logging").t(f"{ts_py(d)} INFO [intake.worker] screening committed in {R.randint(180, 900)}ms rows=14 outbox=2"))
    return out


def ev_elderly():
    p = person(old=True)
    d = tick()
    ln = Ln("spring_boot")
    ln.t(f"{ts_lb(d)}  WARN 1 --- [rules-2] c.c.intake.GeriatricRule : geriatric alert inmate=").p(p.iid, "other_id")
    ln.t(" name=\"").p(nm(p, "lf"), "name").t("\" age=").p(str(p.age), "age")
    ln.t(f" fall_risk=HIGH bunk_restriction=LOWER housing={p.housing.replace(' ', '')} dx=[dementia?, CHF] ")
    ln.t("dob=").p(fd(p.dob, "us"), "date")
    out = [ln]
    if R.random() < 0.7:
        d = tick()
        ln = Ln("grievance_msg")
        ln.t(f"{ts_iso_off(d)} kiosk-gw[{R.randint(1000, 9999)}]: MSG type=MEDICAL_REQUEST from=").p(p.iid, "other_id")
        ln.t(' body="I am ').p(str(p.age), "age").t(" years old and they put me on a top bunk. I fell on ")
        ln.p(fd(TODAY - timedelta(days=R.randint(1, 6)), "md"), "date").t(" and hurt my hip. Please move me to bottom. - ")
        ln.p(nm(p, "fl"), "name").t('"')
        out.append(ln)
    return out


def ev_mar_csv():
    out = []
    fac = FACS[R.choice(["BSCDC", "TRRJ", "GVCJ"])]
    out.append(Ln("mar_csv").t("admin_datetime,site,unit,inmate_no,patient,medication,ndc,dose,route,result,admin_by"))
    passt = tick().replace(second=0, microsecond=0)
    style = R.choice(["LF", "LFc", "lf"])
    nurse = R.choice(STAFF_RN_USERS).upper()[:2]
    seen = []
    for _ in range(R.randint(3, 6)):
        p = person_at(fac, exclude=seen)
        seen.append(p)
        med, ndc = R.choice(MEDS)
        route, dose = route_dose(med)
        passt += timedelta(minutes=R.randint(0, 3))
        ln = Ln("mar_csv")
        ln.p(passt.strftime("%Y-%m-%d %H:%M"), "date").t(f",{fac['code']},{p.housing.split()[0]},")
        ln.p(p.iid, "other_id").t(',"').p(nm(p, style), "name")
        res = R.choice(["GIVEN", "GIVEN", "GIVEN", "REFUSED", "NO SHOW", "HELD-NPO"])
        ln.t(f'",{med},{ndc},{dose},{route},{res},{nurse}')
        out.append(ln)
    CLK[0] = max(CLK[0], passt + timedelta(seconds=R.randint(20, 90), milliseconds=R.randint(0, 999)))
    return out


def ev_mar_summary():
    d = tick()
    fac = R.choice(list(FACS))
    sch = R.randint(30, 140)
    g = sch - R.randint(0, 8)
    return [Ln("spring_boot").t(f"{ts_lb(d)}  INFO 1 --- [medpass-3] c.c.medpass.PassCloser : pass_summary site={fac} pass={R.choice(['0600', '1130', '1700', '2100'])} "
                             f"unit={R.choice('ABCDEFG')}-POD scheduled={sch} given={g} refused={R.randint(0, 3)} held={R.randint(0, 2)} "
                             f"duration={R.randint(0, 1):02d}:{R.randint(10, 59):02d}:{R.randint(0, 59):02d}")]


def ev_pill_line():
    out = []
    fac = FACS["NSCI"]
    seen = []
    for _ in range(R.randint(2, 4)):
        p = person_at(fac, exclude=seen)
        seen.append(p)
        d = tick(5, 40)
        med, ndc = R.choice(MEDS)
        ln = Ln("pill_line_pipe")
        ln.t(f"PL|NSCI|{p.housing.split('-')[0]}|").p(d.strftime("%m/%d/%Y %H%M"), "date").t("|DOC#").p(p.iid, "other_id")
        ln.t("|").p(nm(p, "LF"), "name").t(f"|{med}|{route_dose(med)[1]}|{route_dose(med)[0]}|")
        ln.t(R.choice(["GIVEN|mouth check OK", "GIVEN|crushed & floated", "REFUSED|signed refusal", "GIVEN|DOT observed"]))
        ln.t(f"|{R.choice(['LPN T.REECE', 'RN J.ORTIZ', 'LPN B.KAUR'])}")
        out.append(ln)
    return out


def ev_sickcall():
    p = person(new_p=0.4)
    d = tick()
    tkt = f"SC-{R.randint(550000, 569999)}"
    lang = R.choice(["en", "en", "en", "es"])
    ln = Ln("kiosk_kv")
    ln.t(f"{ts_iso_off(d)} kiosk-gw[{R.randint(1000, 9999)}]: INFO req=SICK_CALL kiosk={p.fac['code']}-KSK-{R.choice('ABCDEFG')}{R.randint(1, 12):02d} login=")
    ln.p(p.login, "other_id").t(" inmate=").p(p.iid, "other_id")
    ln.t(f" lang={lang} cat={R.choice(['DENTAL', 'MEDICAL', 'MENTAL_HEALTH', 'VISION', 'MEDICATION'])} pain={R.randint(0, 10)} ticket={tkt} bytes={R.randint(40, 600)} fee_ack=Y")
    out = [ln]
    if R.random() < 0.7:
        d = tick(30, 300)
        ln = Ln("spring_boot")
        ln.t(f"{ts_lb(d)}  INFO 7 --- [triage-pool-{R.randint(1, 4)}] c.c.sickcall.TriageService : ticket {tkt} triaged by {R.choice(STAFF_RN)} "
             f"priority={R.choice(['ROUTINE', 'URGENT', 'ROUTINE'])} appt=")
        ln.p(fd(TODAY + timedelta(days=R.randint(0, 5)), "iso"), "date").t(f" provider={R.choice(STAFF_PROV)} copay=3.00")
        out.append(ln)
    return out


GRIEV_TEMPL = []


GORDER = []


def pron(p):
    return "he" if p.rel[1] in ("father", "brother", "husband", "son") else "she"


def gbody(p):
    if not GORDER:
        GORDER.extend(R.sample(range(13), 13))
    k = GORDER.pop()
    d1 = TODAY - timedelta(days=R.randint(3, 20))
    if k == 0:
        return ["I HAVE PUT IN 3 SICK CALLS SINCE ", (fd(d1, "md"), "date"),
                " AND NOBODY HAS SEEN ME. MY TOOTH IS BROKE AND I CANT EAT. ", (nm(p, "FLU"), "name"),
                " BK# ", (p.bk, "other_id")]
    if k == 1:
        return ["To whom it may concern, my name is ", (nm(p, "fml"), "name"),
                " and I am diabetic. The nurse on 2nd shift keeps skipping my insulin at pill pass. "
                "Please call my ", p.rel[1], " ", (p.rel[0], "name"), " at ", (fphone(p.rel[2]), "phone"),
                f" {pron(p)} has my records from {clinic_for(p)}."]
    if k == 2:
        return ["Necesito ver al doctor urgente, tengo dolor de pecho desde el ", (fd(d1, "es"), "date"),
                ". Soy ", (nm(p, "fl"), "name"), " numero ", (p.iid, "other_id"),
                ". Mi ", R.choice(["esposa", "hermana", "mamá"]), " ", (p.rel[0], "name"),
                " tiene mis medicinas, su teléfono es ", (fphone(p.rel[2], R.choice(["dash", "plain"])), "phone")]
    if k == 3:
        sn = R.choice(["2316", "2215", "2208"]) + dg(7)
        return ["medical took my CPAP machine at booking (serial ", (sn, "device"),
                ") and i still dont have it back, i stop breathing at night. ", (nm(p, "low"), "name"), " ",
                (p.iid, "other_id")]
    if k == 4:
        off = R.choice(OFFICERS)
        return ["I was suppose to go to my appointment at ", hosp_for(p), " on ", (fd(d1, "us"), "date"),
                f" for my heart and transport never came. {off[0]} {off[1].split()[-1]} said they was short staffed. "
                "This is the 2nd time. ", (nm(p, "fl"), "name")]
    if k == 5:
        return ["My release date is ", (fd(p.release_date, "us"), "date"),
                " and nobody from medical has talked to me about my methadone. I need to go back to the clinic near ",
                (p.street, "address"), " in ", (p.city, "address"), ". my SS# is ", (p.ssn, "ssn"),
                " if you need to look me up"]
    if k == 6:
        return ["please email my discharge papers to my ", p.rel[1], " at ", (p.email, "email"),
                f" {pron(p)} is my POA. ", (nm(p, "lf"), "name"), " DOB ", (fd(p.dob, "us2"), "date")]
    if k == 7:
        fb = "facebook.com/" + ascii_fold(p.rel_first).split()[0].lower() + "." + ascii_fold(p.rel_last).replace(" ", "").replace("'", "").lower() + str(R.randint(1, 99))
        return ["my ", p.rel[1], " cant reach medical about my seizures, " + pron(p) + " posted about it at ",
                ("https://www." + fb, "url"), " . I am ", (nm(p, "fl"), "name"), " in ", p.housing]
    if k == 9:
        return ["i been spitting blood since ", (fd(d1, "us2"), "date"),
                " and the nurse just gave me tylenol. i had TB exposure before at ", R.choice(["Lee Adjustment Center", "the old county jail"]),
                ". my name is ", (nm(p, "low"), "name"), " date of birth ", (fd(p.dob, "usn"), "date"),
                ". call my ", p.rel[1], " ", (fphone(p.rel[2], "dot"), "phone")]
    if k == 10 and p.sex == "F":
        return ["GRIEVANCE: I am pregnant (", str(R.randint(8, 30)),
                " wks) and have not had my prenatal vitamins or a OB visit since I was booked on ",
                (fd(p.book_date, "us"), "date"), ". ", (nm(p, "LF"), "name"), ", ", (p.iid, "other_id")]
    if k == 11:
        return ["Mi nombre es ", (nm(p, "fl"), "name"), ", nacido el ", (fd(p.dob, "es") + f" de {p.dob.year}", "date"),
                ". Me quitaron mis lentes y no puedo ver nada. Por favor llamen a mi ", R.choice(["hija", "esposa", "mamá"]),
                " al ", (fphone(p.rel[2], "paren"), "phone"), ". Gracias."]
    if k == 12:
        return ["Im writting about the copay they took out of my account ", (p.trust, "account"),
                " for a sick call I never got seen on ", (fd(d1, "md"), "date"),
                ". I want my 3 dollars back. ", (nm(p, "init"), "name")]
    return ["They stopped my Seroquel on ", (fd(d1, "long"), "date"),
            " without seeing me. Dr said it was diversion but I never cheeked it. I want my grievance heard. ",
            (nm(p, "lfm"), "name"), " #", (p.iid, "other_id")]


def ev_grievance():
    p = person(new_p=0.4)
    d = tick()
    body = gbody(p)
    mid = f"GRV-24-{R.randint(3000, 3999):05d}"
    if R.random() < 0.5:
        ln = Ln("grievance_json")
        o = {"@timestamp": ts_iso_z(d), "service": "kiosk-msg", "msgId": mid,
             "type": R.choice(["MEDICAL_GRIEVANCE", "MEDICAL_REQUEST", "GRIEVANCE_APPEAL"]),
             "from": {"inmateId": (p.iid, "other_id"), "login": (p.login, "other_id")},
             "facility": p.fac["code"], "device": f"{p.fac['code']}-TAB-{dg(4)}",
             "lang": "es" if str(body[0]).startswith(("Necesito", "Mi nombre")) else "en", "body": S(*body),
             "routedTo": "HSA queue"}
        J(ln, o, ",", ":")
    else:
        ln = Ln("grievance_msg")
        ln.t(f"{ts_iso_off(d)} kiosk-gw[{R.randint(1000, 9999)}]: MSG id={mid} type=MEDICAL_GRIEVANCE from=").p(p.iid, "other_id")
        ln.t(' body="').parts(body).t('"')
    return [ln]


def ev_grievance_nophi():
    d = tick()
    ln = Ln("grievance_json")
    o = {"@timestamp": ts_iso_z(d), "service": "kiosk-msg", "msgId": f"PREA-24-{R.randint(100, 999):05d}",
         "type": "PREA_HOTLINE", "anonymous": True, "facility": R.choice(list(FACS)),
         "body": R.choice(["The water fountain in C pod has been broke for a week and medical says drink from the sink.",
                           "night shift is not doing rounds on the detox cells, someone is going to die in there",
                           "we have not had clean laundry in 9 days and guys are getting skin infections"]),
         "routedTo": "PREA coordinator"}
    J(ln, o, ",", ":")
    return [ln]


def ev_transport():
    p = person(new_p=0.3)
    d = tick()
    oid = f"TR-{d.strftime('%y%m%d')}-{R.randint(1, 40):03d}"
    unit = f"T-{R.randint(1, 14):02d}"
    offs = R.sample(OFFICERS, 2)
    appt = TODAY + timedelta(days=R.randint(0, 3))
    hosp = hosp_for(p)
    ln = Ln("transport_xml")
    ln.t(f'<TransportOrder id="{oid}" priority="{R.choice(["ROUTINE", "URGENT", "EMERGENT"])}" site="{p.fac["code"]}">')
    ln.t("<Inmate><BookingNo>").p(p.bk, "other_id").t("</BookingNo><InmateNo>").p(p.iid, "other_id").t("</InmateNo>")
    ln.t("<Name>").p(xesc(nm(p, "LFM")), "name").t("</Name><DOB>").p(fd(p.dob, "iso"), "date").t("</DOB>")
    ln.t(f"<Housing>{p.housing}</Housing><Classification>{R.choice(['MED', 'MAX', 'MIN'])}</Classification></Inmate>")
    ln.t(f"<Destination>{xesc(hosp)}</Destination><Reason>{R.choice(['cardiology consult', 'ortho f/u fx R wrist', 'CT abdomen', 'dialysis', 'GI scope'] + (['OB ultrasound'] * 3 if p.sex == 'F' else []))}</Reason>")
    ln.t("<ApptDate>").p(fd(appt, "iso"), "date").t(f"</ApptDate><ApptTime>{R.randint(7, 15):02d}:{R.choice(['00', '15', '30', '45'])}</ApptTime>")
    if R.random() < 0.5:
        ln.t("<HospitalMRN>").p(R.choice(["E", "M", ""]) + dg(R.choice([7, 8, 9])), "mrn").t("</HospitalMRN>")
    ln.t("<Officers>")
    for o in offs:
        ln.t(f'<Officer badge="{o[2]}">{o[0]} {o[1]}</Officer>')
    ln.t(f"</Officers><Restraints>{R.choice(['full', 'waist chain + leg irons', 'soft'])}</Restraints>"
         f'<Vehicle unit="{unit}" plate="CNTY {dg(4)}"/></TransportOrder>')
    out = [ln]
    for st in ["DEPARTED", "ARRIVED", "RETURNED"][:R.randint(1, 2)]:
        d = tick(60, 900)
        out.append(Ln("kv_service").t(f"{ts_iso_off(d)} transport-svc level=info order={oid} status={st} vehicle={unit} "
                                      f"officers={offs[0][2]},{offs[1][2]} gps={37 + R.random():.4f},{-83 + R.random():.4f}"))
    return out


def ev_telepsych():
    p = person(new_p=0.4)
    sid = uuid4()
    out = []
    d = tick()
    prov = R.choice(["Dr. Amara Okafor", "Dr. Li Wen Zhao"])
    released = R.random() < 0.4
    o = {"@timestamp": ts_iso_z(d), "service": "telepsych-bridge", "event": "participant.joined",
         "session_id": sid, "room": f"tp-{p.fac['code'].lower()}-{R.choice(['medobs', 'mh1', 'booking'])}",
         "role": "patient", "patient_ref": (p.mrn, "mrn"), "display_name": (nm(p, R.choice(["init", "initL"])), "name")}
    if released:
        o["room"] = "tp-community-reentry"
        o["client_ip"] = (f"{R.choice([174, 98, 71, 108, 172])}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}", "ip")
        o["ua"] = "Mozilla/5.0 (Linux; Android 13; SM-A146U) AppleWebKit/537.36 Chrome/127.0 Mobile"
    else:
        o["client_ip"] = f"10.40.{R.randint(1, 9)}.{R.randint(10, 250)}"
        o["ua"] = "CorvanCart/3.8.1 (Windows 10; Logitech MeetUp)"
    ln = Ln("telepsych_json")
    J(ln, o)
    out.append(ln)
    for _ in range(R.randint(1, 2)):
        d = tick(20, 120)
        ln = Ln("telepsych_json")
        J(ln, {"@timestamp": ts_iso_z(d), "service": "telepsych-bridge", "event": "webrtc.stats", "session_id": sid,
               "rtt_ms": R.randint(30, 240), "jitter_ms": round(R.uniform(1, 30), 1), "packets_lost": R.randint(0, 90),
               "bitrate_kbps": R.randint(300, 2200), "codec": R.choice(["VP8", "H264"]), "turn": "turn-use1-2.corvan.net:3478"})
        out.append(ln)
    d = tick(300, 1500)
    fu = TODAY + timedelta(days=R.choice([7, 14, 28]))
    med = R.choice(["sertraline 50mg daily", "mirtazapine 15mg qhs", "aripiprazole 5mg daily", "prazosin 1mg qhs"])
    txt = S("Pt: ", (nm(p, "LFM"), "name"), "  DOB ", (fd(p.dob, "us"), "date"), "  Chart ", (p.mrn, "mrn"),
            f"\nSeen via telepsychiatry ({'home, reentry program' if released else p.fac['code'] + ' medical'}). "
            "Reports poor sleep, intrusive memories; denies SI/HI. Collateral from ", p.rel[1], " ",
            (p.rel[0], "name"), ".\nPlan: ", med, "; labs per protocol; f/u ",
            (fd(fu, "us"), "date"), ".\n-- ", prov)
    ln = Ln("telepsych_json")
    J(ln, {"@timestamp": ts_iso_z(d), "service": "telepsych-bridge", "event": "note.signed", "session_id": sid,
           "author": prov, "encounter_type": "TELEPSYCH_FU", "duration_s": R.randint(600, 2700), "text": txt})
    out.append(ln)
    return out


def ev_commissary():
    out = []
    fac = FACS[R.choice(["BSCDC", "TRRJ", "GVCJ"])]
    seen = []
    for _ in range(R.randint(2, 3)):
        p = person_at(fac, exclude=seen)
        seen.append(p)
        d = tick(1, 20)
        ln = Ln("commissary_pipe")
        kind = R.choice(["ORD", "COPAY", "RESTRICT", "ORD"])
        ln.t(f"COMMX|{ts_hl7(d)}|{kind}|")
        if kind == "ORD":
            ln.t(f"ORD{dg(8)}|{fac['code']}|").p(p.iid, "other_id").t("|").p(f"{p.last.upper()} {p.first[0]}", "name")
            ln.t("|").p(p.trust, "account").t(f"|items={R.randint(1, 14)}|total={R.uniform(2, 90):.2f}|MED_HOLD={R.choice('NNY')}")
        elif kind == "COPAY":
            ln.t(f"SC-{R.randint(550000, 569999)}|{fac['code']}|").p(p.iid, "other_id").t("|").p(nm(p, "LFc"), "name")
            ln.t("|").p(p.trust, "account").t(f"|-{R.choice(['3.00', '5.00', '10.00'])}|{R.choice(['SICK CALL FEE', 'RX COPAY', 'DENTAL FEE'])}")
        else:
            ln.t(f"DIET{dg(5)}|{fac['code']}|").p(p.iid, "other_id").t("|").p(nm(p, "LFc"), "name")
            ln.t(f"|{R.choice(['DIABETIC_NO_CANDY', 'RENAL_LOW_NA', 'ALLERGY_PEANUT', 'NO_CAFFEINE_RX'])}|exp=")
            ln.p(fd(TODAY + timedelta(days=180), "iso"), "date")
        out.append(ln)
    return out


def ev_card_decline():
    p = person(new_p=0.3)
    d = tick()
    card = luhn_card(R.choice(["4", "51", "55", "4147"]))
    ln = Ln("spring_boot")
    ln.t(f"{ts_lb(d)} ERROR 1 --- [pay-worker-2] c.c.trust.DepositService : deposit declined depositor=\"")
    ln.p(p.rel[0], "name").t(f"\" rel={p.rel[1]} inmate=").p(p.iid, "other_id").t(" card=").p(card, "account")
    ln.t(f" amt={R.choice(['25.00', '50.00', '100.00'])} gw=AUTHNET code=2 reason=\"This transaction has been declined.\"")
    return [ln]


def ev_release(full=False):
    p = person(new_p=0.3)
    out = []
    d = tick()
    clinic = clinic_for(p)
    ln = Ln("spring_boot")
    ln.t(f"{ts_lb(d)}  INFO 1 --- [nio-8080-exec-{R.randint(1, 9)}] c.c.release.PlanService : release plan created offender=")
    ln.p(p.iid, "other_id").t(" (").p(nm(p, "lfm"), "name").t(") release_dt=").p(fd(p.release_date, "iso"), "date")
    ln.t(" dest_addr=\"").p(p.street, "address").t(", ").p(p.city, "address").t(f" {p.state} ").p(p.zip, "zip")
    ln.t(f"\" county=").p(p.county, "address").t(f" follow_up=\"{clinic}\" mat_bridge={R.choice(['true', 'false'])}")
    out.append(ln)
    if full or R.random() < 0.6:
        d = tick()
        ln = Ln("spring_boot")
        ln.t(f"{ts_lb(d)}  INFO 1 --- [nio-8080-exec-{R.randint(1, 9)}] c.c.release.ContactService : post-release contact phone=")
        ln.p(fphone(p.phone), "phone").t(" email=").p(p.own_email, "email").t(" alt_contact=\"").p(p.rel[0], "name")
        ln.t(f" ({p.rel[1]})\" alt_phone=").p(fphone(p.rel[2]), "phone")
        if full or R.random() < 0.35:
            ln.t(" resume_link=").p("https://www.linkedin.com/in/" + ascii_fold(p.first).split()[0].lower() + "-"
                                    + ascii_fold(p.last).replace(" ", "").replace("'", "").replace(".", "").lower()
                                    + "-" + hx(8), "url")
        out.append(ln)
    if R.random() < 0.3:
        d = tick()
        ln = Ln("spring_boot")
        ln.t(f"{ts_lb(d)}  INFO 1 --- [nio-8080-exec-{R.randint(1, 9)}] c.c.release.PickupService : release pickup scheduled offender=")
        ln.p(p.iid, "other_id").t(" party=\"").p(p.rel[0], "name").t(f"\" rel={p.rel[1]} vehicle=\"{R.choice(['silver Honda Civic', 'black Chevy Silverado', 'white Nissan Rogue', 'red Ford Focus'])}\" plate=")
        ln.p(PLATE_FMT[p.state](), "vehicle").t(f" window={R.choice(['0800-1000', '1300-1500'])} gate=SALLYPORT-2")
        out.append(ln)
    if R.random() < 0.4:
        d = tick()
        ln = Ln("spring_boot")
        ln.t(f"{ts_lb(d)}  INFO 1 --- [sched-1] c.c.release.MonitorService : GPS monitor enrolled model=\"BI LOC8 XT\" sn=")
        ln.p("LOC8-" + dg(7), "device").t(" offender=").p(p.iid, "other_id").t(" curfew=2100-0600 home_zone_radius_m=150")
        out.append(ln)
    return out


def ev_x12_270():
    p = person(new_p=0.3)
    d = tick()
    ctl = dg(9)
    trn = f"RLS{d.strftime('%y%m%d')}-{R.randint(1, 99):04d}"
    out = [Ln("spring_boot").t(f"{ts_lb(d)}  INFO 1 --- [elig-1] c.c.release.EligibilityClient : sending 270 for release plan, trn={trn}, payload follows")]
    st = p.state
    segs = [f"ISA*00*          *00*          *ZZ*CORVANHLTH     *ZZ*{st}MEDICAID     *{d.strftime('%y%m%d')}*{d.strftime('%H%M')}*^*00501*{ctl}*0*P*:~",
            f"GS*HS*CORVANHLTH*{st}MEDICAID*{d.strftime('%Y%m%d')}*{d.strftime('%H%M')}*{int(ctl)}*X*005010X279A1~",
            "ST*270*0001*005010X279A1~", f"BHT*0022*13*{trn}*{d.strftime('%Y%m%d')}*{d.strftime('%H%M')}~",
            "HL*1**20*1~", f"NM1*PR*2*{st} MEDICAID*****PI*{dg(6)}~", "HL*2*1*21*1~",
            "NM1*1P*2*CORVAN HEALTH PARTNERS*****XX*1821456673~", "HL*3*2*22*0~",
            f"TRN*1*{trn}*9CORVANHLT~"]
    for s in segs:
        out.append(Ln("x12").t(s))
    out.append(x12(Ln("x12"), ["NM1", "IL", "1", (ascii_fold(p.last).upper(), "name"), (ascii_fold(p.first).upper(), "name"),
                               p.mi, "", "", "MI", (p.medicaid, "health_plan")]))
    out.append(x12(Ln("x12"), ["DMG", "D8", (fd(p.dob, "hl7"), "date"), p.sex]))
    out.append(x12(Ln("x12"), ["DTP", "291", "D8", (fd(p.release_date, "hl7"), "date")]))
    for s in ["EQ*30~", "SE*13*0001~", f"GE*1*{int(ctl)}~", f"IEA*1*{ctl}~"]:
        out.append(Ln("x12").t(s))
    return out


def ev_x12_271():
    p = person(new_p=0.2)
    d = tick()
    out = [Ln("spring_boot").t(f"{ts_lb(d)}  INFO 1 --- [elig-1] c.c.release.EligibilityClient : 271 received status=200 bytes={R.randint(600, 1200)} segments:")]
    out.append(Ln("x12").t("ST*271*0001*005010X279A1~"))
    out.append(x12(Ln("x12"), ["NM1", "IL", "1", (ascii_fold(p.last).upper(), "name"), (ascii_fold(p.first).upper(), "name"),
                               "", "", "", "MI", (p.medicaid, "health_plan")]))
    out.append(x12(Ln("x12"), ["N3", (p.street.upper(), "address")]))
    out.append(x12(Ln("x12"), ["N4", (p.city.upper(), "address"), p.state, (p.zip, "zip")]))
    out.append(x12(Ln("x12"), ["DMG", "D8", (fd(p.dob, "hl7"), "date")]))
    out.append(x12(Ln("x12"), ["EB", R.choice(["6", "1"]), "IND", "30", "MC", "INCARCERATION SUSPENSION"]))
    out.append(x12(Ln("x12"), ["DTP", "307", "RD8", [(fd(p.book_date, "hl7"), "date"), "-", (fd(p.release_date, "hl7"), "date")]]))
    out.append(Ln("x12").t("SE*9*0001~"))
    return out


def ev_pg_dup():
    p = person(new_p=0.5)
    d = tick()
    pid = R.randint(10000, 40000)
    out = []
    out.append(Ln("postgres").t(f"{ts_pg(d)} [{pid}] chp_app@chp ERROR:  duplicate key value violates unique constraint \"inmate_booking_uk\""))
    ln = Ln("postgres")
    ln.t(f"{ts_pg(d)} [{pid}] chp_app@chp DETAIL:  Key (facility_code, booking_no)=({p.fac['code']}, ").p(p.bk, "other_id").t(") already exists.")
    out.append(ln)
    out.append(Ln("postgres").t(f"{ts_pg(d)} [{pid}] chp_app@chp STATEMENT:  INSERT INTO inmate_booking (facility_code, booking_no, inmate_id, booked_at, source) VALUES ($1, $2, $3, $4, $5)"))
    return out


def ev_pg_slow():
    p = person(new_p=0.2)
    d = tick()
    ln = Ln("postgres")
    ln.t(f"{ts_pg(d)} [{R.randint(10000, 40000)}] chp_ro@chp LOG:  duration: {R.randint(1200, 9000)}.{dg(3)} ms  statement: "
         "SELECT * FROM patient WHERE last_name ILIKE '").p(ascii_fold(p.last).lower(), "name")
    ln.t("%' AND dob = '").p(fd(p.dob, "iso"), "date").t("'")
    return [ln]


def ev_nginx_phi():
    p = person(new_p=0.3)
    d = tick()
    ln = Ln("nginx_access")
    k = R.random()
    if k < 0.4:
        ln.t(f"10.{R.choice([20, 30])}.{R.randint(1, 9)}.{R.randint(10, 250)} - - [{ts_ngx(d)}] \"GET /kiosk/api/v3/inbox?uid=")
        ln.p(p.login, "other_id").t(f"&since={ts_epoch(d) - 86400000} HTTP/1.1\" 200 {R.randint(200, 9000)} \"-\" \"KioskOS/4.2.1 (Android 11; KT7)\" rt=0.0{R.randint(10, 99)}")
    elif k < 0.75:
        ln.t(f"10.40.{R.randint(1, 9)}.{R.randint(10, 250)} - kobi [{ts_ngx(d)}] \"GET /api/v2/inmates/")
        ln.p(p.iid, "other_id").t(f"/mar?from={TODAY.isoformat()}&to={TODAY.isoformat()} HTTP/1.1\" 200 {R.randint(900, 20000)} "
                                  f"\"https://ehr.corvanhealth.com/medpass\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/128.0\" rt=0.{R.randint(40, 400):03d}")
    else:
        ip = f"{R.choice([24, 66, 73, 99, 162])}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}"
        ln.p(ip, "ip").t(f" - - [{ts_ngx(d)}] \"GET /family/release-status?booking=").p(p.bk, "other_id")
        ln.t(f"&dob=").p(fd(p.dob, "us").replace("/", "%2F"), "date")
        ln.t(f" HTTP/2.0\" 200 {R.randint(300, 900)} \"-\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Mobile/15E148\" rt=0.0{R.randint(20, 99)}")
    return [ln]


def ev_roi():
    p = person(new_p=0.3)
    d = tick()
    ln = Ln("roi_csv")
    ln.t(f"ROI_AUDIT,{d.strftime('%Y-%m-%dT%H:%M:%S')},").p(p.mrn, "mrn").t(',"').p(nm(p, "lf"), "name").t('",')
    ln.t(p.rel[1][:3].upper()).t(',"').p(f"{p.rel_last}, {p.rel_first}", "name").t('",fax,')
    ln.p(fphone(p.rel[2], R.choice(["paren", "dash"])), "fax").t(f",pages={R.randint(2, 30)},status={R.choice(['SENT', 'SENT', 'BUSY-RETRY'])},by=medrec2")
    return [ln]


def ev_dme():
    p = person(new_p=0.4)
    d = tick()
    dev = R.choice([("CPAP", "ResMed AirSense 10", lambda: "2316" + dg(7)),
                    ("INSULIN_PUMP", "Tandem t:slim X2", lambda: dg(7)),
                    ("PACEMAKER", "Medtronic Azure XT DR", lambda: "RNB" + dg(6) + "S"),
                    ("HEARING_AID", "Phonak Audeo P90", lambda: dg(4) + "X" + dg(4))])
    ln = Ln("spring_boot")
    ln.t(f"{ts_lb(d)}  INFO 1 --- [dme-sync] c.c.dme.DmeService : device {R.choice(['issued', 'registered', 'returned to property'])} type={dev[0]} model=\"{dev[1]}\" sn=")
    ln.p(dev[2](), "device").t(" inmate=").p(p.iid, "other_id").t(f" property_bag=PB-{dg(4)} verified_by={R.choice(STAFF_RN_USERS)}")
    return [ln]


def ev_hosp_return():
    p = person(new_p=0.2)
    d = tick()
    ln = Ln("py_logging")
    hosp = hosp_for(p)
    ln.t(f"{ts_py(d)} INFO [offsite.ingest] discharge summary received from \"{hosp}\" for ").p(nm(p, "LF"), "name")
    ln.t(" hosp_mrn=").p(dg(8), "mrn").t(" admit=").p(fd(TODAY - timedelta(days=R.randint(1, 6)), "mon"), "date")
    ln.t(" disch=").p(fd(TODAY, "mon"), "date").t(f" pages={R.randint(3, 19)} matched_chart=").p(p.mrn, "mrn")
    ln.t(f" match_score=0.{R.randint(90, 99)}")
    return [ln]


def ev_celery_phi():
    p = person(new_p=0.3)
    d = tick()
    ln = Ln("celery")
    ln.t(f"[{ts_py(d)}: ERROR/ForkPoolWorker-{R.randint(1, 8)}] Task reentry.tasks.sms_reminder[{uuid4()}] raised unexpected: "
         "TwilioRestException('HTTP 400 error: Unable to create record: The \\'To\\' number ")
    ln.p(fphone(p.phone, "e164"), "phone").t(" is not a valid phone number.')")
    return [ln]


# =========================================================================== noise events
def n_nginx_health():
    d = tick()
    return [Ln("nginx_access").t(f"10.42.{R.randint(0, 3)}.1 - - [{ts_ngx(d)}] \"GET {R.choice(['/healthz', '/readyz', '/actuator/health'])} HTTP/1.1\" 200 {R.choice([2, 15, 49])} \"-\" \"kube-probe/1.28\" rt=0.00{R.randint(1, 4)}")]


def n_nginx_kiosk():
    d = tick()
    path = R.choice(["/kiosk/api/v3/config", "/kiosk/api/v3/forms/sickcall?lang=es", "/kiosk/static/app.8f3c2a1.js",
                     "/kiosk/api/v3/announcements", "/kiosk/api/v3/heartbeat"])
    return [Ln("nginx_access").t(f"10.{R.choice([20, 30])}.{R.randint(1, 9)}.{R.randint(10, 250)} - - [{ts_ngx(d)}] \"GET {path} HTTP/1.1\" {R.choice([200, 200, 304])} {R.randint(0, 60000)} \"-\" \"KioskOS/4.2.1 (Android 11; KT7)\" rt=0.0{R.randint(10, 99)}")]


def n_k8s():
    d = tick()
    o = R.choice([
        {"level": "info", "ts": ts_epoch(d) / 1000, "caller": "server/health.go:42", "msg": "readiness ok",
         "deps": {"postgres": "up", "redis": "up", "jms": R.choice(["up", "degraded"])}},
        {"kind": "Event", "reason": "Pulled", "object": f"pod/medpass-api-7d9f{hx(5)}-{hx(5)}",
         "message": f"Successfully pulled image \"registry.corvan.net/chp/medpass-api:2024.09.{R.randint(10, 16)}-{R.randint(1000, 1300)}\" in {R.uniform(1, 9):.3f}s"},
        {"kind": "Event", "reason": "BackOff", "object": f"pod/jms-adapter-5c8b{hx(5)}-{hx(5)}",
         "message": "Back-off restarting failed container jms-adapter", "count": R.randint(2, 9)},
        {"level": "warn", "ts": ts_epoch(d) / 1000, "caller": "hpa/controller.go:311", "msg": "scaling kiosk-gw",
         "from": 3, "to": 5, "cpu_pct": R.randint(78, 96)},
    ])
    return [J(Ln("k8s_json"), o, ",", ":")]


def n_prom():
    d = tick()
    fac = R.choice(list(FACS))
    ln = R.choice([
        f'medpass_doses_total{{facility="{fac}",pass="{R.choice(["0600", "1130", "1700", "2100"])}",result="given"}} {R.randint(200, 3000)} {ts_epoch(d)}',
        f'sickcall_queue_depth{{facility="{fac}",priority="routine"}} {R.randint(0, 60)} {ts_epoch(d)}',
        f'http_server_requests_seconds_sum{{app="kiosk-gw",uri="/kiosk/api/v3/inbox",status="200"}} {R.uniform(100, 900):.3f} {ts_epoch(d)}',
        f'jms_adapter_lag_seconds{{vendor="NWS",facility="{fac}"}} {R.uniform(0, 12):.2f} {ts_epoch(d)}',
        f'hikaricp_connections_active{{pool="HikariPool-1",app="release-planner"}} {R.randint(0, 20)} {ts_epoch(d)}',
    ])
    return [Ln("prometheus").t(ln)]


def n_pg():
    d = tick()
    pid = R.randint(10000, 40000)
    return [Ln("postgres").t(R.choice([
        f"{ts_pg(d)} [{pid}] LOG:  checkpoint complete: wrote {R.randint(300, 4000)} buffers ({R.uniform(1, 20):.1f}%); 0 WAL file(s) added, 0 removed, {R.randint(0, 4)} recycled; write={R.uniform(20, 200):.3f} s, sync=0.0{R.randint(10, 99)} s, total={R.uniform(20, 200):.3f} s",
        f"{ts_pg(d)} [{pid}] LOG:  automatic vacuum of table \"chp.public.{R.choice(['mar_admin', 'sick_call', 'kiosk_msg', 'transport_order'])}\": index scans: 1",
        f"{ts_pg(d)} [{pid}] chp_app@chp LOG:  could not receive data from client: Connection reset by peer",
        f"{ts_pg(d)} [{pid}] LOG:  checkpoint starting: time",
    ]))]


def n_celery():
    d = tick()
    return [Ln("celery").t(R.choice([
        f"[{ts_py(d)}: INFO/MainProcess] Task intake.tasks.sync_jms[{uuid4()}] succeeded in {R.uniform(0.1, 3):.3f}s: {{'polled': {R.randint(0, 40)}, 'new': {R.randint(0, 5)}}}",
        f"[{ts_py(d)}: INFO/MainProcess] Task medpass.tasks.export_mar[{uuid4()}] received",
        f"[{ts_py(d)}: WARNING/ForkPoolWorker-{R.randint(1, 8)}] Retrying pharmacy.tasks.push_rde (attempt {R.randint(1, 4)}/5) in 30s: ConnectionError('sftp.keystonecorrx.com:22 timed out')",
        f"[{ts_py(d)}: INFO/Beat] Scheduler: Sending due task release-daily-census (reentry.tasks.census)",
    ]))]


def n_redis():
    d = tick()
    return [Ln("redis").t(f"1:M {d.strftime('%d %b %Y %H:%M:%S.')}{ms(d)} " + R.choice([
        f"* {R.randint(10, 900)} changes in 300 seconds. Saving...", "* Background saving started by pid " + str(R.randint(100, 999)),
        "* DB saved on disk", f"* Background saving terminated with success"]))]


def n_jms_hb():
    d = tick()
    return [Ln("kv_service").t(f"{ts_iso_off(d)} jms-adapter level=info msg=heartbeat vendor=NWS-JMS ver=10.4.2 facility={R.choice(['BSCDC', 'TRRJ', 'GVCJ'])} lag_ms={R.randint(40, 4000)} queue=bookings depth={R.randint(0, 12)}")]


def n_syslog_kiosk():
    d = tick()
    host = f"{R.choice(['bscdc', 'trrj', 'gvcj'])}-ksk-{R.choice('abcdefg')}{R.randint(1, 12):02d}"
    msg = R.choice([f"heartbeat ok battery={R.randint(20, 100)}% fw=4.2.1 sn=KT7-{hx(6).upper()} wifi_rssi=-{R.randint(40, 80)}",
                    "screen tamper switch CLOSED", f"app update staged 4.2.1 -> 4.2.2 sha256={hx(16)}…",
                    f"charging cart slot {R.randint(1, 24)} reports overcurrent, slot disabled"])
    return [Ln("syslog").t(f"<134>{ts_sys(d)} {host} kioskd[{R.randint(1000, 4000)}]: {msg}")]


def n_syslog_medcart():
    d = tick()
    return [Ln("syslog").t(f"<30>{ts_sys(d)} medcart-{R.randint(1, 9):02d} cartd[{R.randint(300, 999)}]: drawer {R.randint(1, 12)} unlocked user={R.choice(STAFF_RN_USERS)} reason=PASS_{R.choice(['0600', '1130', '1700', '2100'])} cart_sn=MC2-{dg(5)} temp_c={R.uniform(18, 24):.1f}")]


def n_stack():
    d = tick()
    out = [Ln("spring_boot").t(f"{ts_lb(d)} ERROR 1 --- [nio-8080-exec-{R.randint(1, 9)}] o.a.c.c.C.[.[.[/].[dispatcherServlet] : Servlet.service() for servlet [dispatcherServlet] threw exception")]
    frames = ["java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.",
              "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)",
              "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)",
              "\tat org.springframework.jdbc.datasource.DataSourceUtils.fetchConnection(DataSourceUtils.java:160)",
              "\tat com.corvan.release.repo.PlanRepository.findDue(PlanRepository.java:88)",
              "\t... 57 common frames omitted"]
    if R.random() < 0.5:
        frames = ["java.net.SocketTimeoutException: Read timed out",
                  "\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)",
                  "\tat ca.uhn.hl7v2.llp.MinLowerLayerProtocol.read(MinLowerLayerProtocol.java:62)",
                  "\tat com.corvan.hl7.MllpInboundHandler.onMessage(MllpInboundHandler.java:141)",
                  "\t... 12 more"]
    for f in frames:
        out.append(Ln("java_stacktrace").t(f))
    return out


def n_startup():
    d = tick()
    return [Ln("spring_boot").t(R.choice([
        f"{ts_lb(d)}  INFO 1 --- [main] c.c.release.ReleasePlannerApplication : Started ReleasePlannerApplication in {R.uniform(5, 14):.3f} seconds (process running for {R.uniform(6, 16):.2f})",
        f"{ts_lb(d)}  INFO 1 --- [main] o.s.b.w.embedded.tomcat.TomcatWebServer : Tomcat started on port 8080 (http) with context path ''",
        f"{ts_lb(d)}  INFO 1 --- [main] com.zaxxer.hikari.HikariDataSource : HikariPool-1 - Start completed.",
        f"{ts_lb(d)}  WARN 1 --- [main] c.c.config.FeatureFlags : flag kiosk.spanish_forms=true overrides default; build=2024.09.16-{R.randint(1000, 1300)} git=4f2a9c1",
    ]))]


def n_rx_vendor():
    d = tick()
    return [Ln("kv_service").t(f"{ts_iso_off(d)} rx-bridge level=info msg=\"order ack\" vendor=KeystoneRx po=KRX-2024-0917-{R.randint(1, 99):04d} "
                               f"lines={R.randint(5, 80)} eta={(TODAY + timedelta(days=1)).isoformat()} contact=rxsupport@keystonecorrx.com tel=800-555-0199")]


def n_otel():
    d = tick()
    return [Ln("kv_service").t(f"{ts_iso_off(d)} otel-collector level=debug trace_id={hx(32)} span_id={hx(16)} name=\"{R.choice(['POST /api/v2/sickcall', 'GET /api/v2/medpass/pass', 'POST /hl7/adt', 'GET /kiosk/api/v3/inbox'])}\" dur_ms={R.randint(2, 900)} status={R.choice(['OK', 'OK', 'ERROR'])}")]


def n_backup():
    d = tick()
    return [Ln("py_logging").t(f"{ts_py(d)} INFO [backup.job] uploaded s3://chp-backups-use1/pg/{d.strftime('%Y-%m-%dT%H%MZ')}.dump.gz size={R.uniform(2, 6):.1f}GiB sha256={hx(64)}")]


def n_auth():
    d = tick()
    i = R.randrange(len(STAFF_RN_USERS))
    return [Ln("kv_service").t(f"{ts_iso_off(d)} auth-svc level=info event=login_ok user={STAFF_RN_USERS[i]} role={R.choice(['RN', 'LPN'])} site={R.choice(list(FACS))} ip=10.40.{R.randint(1, 9)}.{R.randint(10, 250)} mfa=totp session={uuid4()}")]


def n_cron():
    d = tick()
    return [Ln("syslog").t(f"{ts_sys(d)} chp-batch-01 CRON[{R.randint(10000, 40000)}]: (svc-chp) CMD (/opt/chp/bin/mar_export.sh --site {R.choice(list(FACS))} --pass {R.choice(['0600', '1130'])})")]


def n_sftp():
    d = tick()
    return [Ln("py_logging").t(f"{ts_py(d)} INFO [sftp.sync] put /out/keystone/rde_{d.strftime('%Y%m%d_%H%M')}.hl7 bytes={R.randint(4000, 90000)} md5={hx(32)} remote=sftp.keystonecorrx.com:22")]


def n_transport_gps():
    d = tick()
    return [Ln("kv_service").t(f"{ts_iso_off(d)} fleet-telematics level=info unit=T-{R.randint(1, 14):02d} plate=\"CNTY {dg(4)}\" lat={37 + R.random():.5f} lon={-83 + R.random():.5f} speed_mph={R.randint(0, 68)} ign=on")]


def n_grv_stats():
    d = tick()
    return [Ln("kv_service").t(f"{ts_iso_off(d)} kiosk-msg level=info msg=daily_counts site={R.choice(list(FACS))} medical={R.randint(0, 30)} dental={R.randint(0, 10)} mh={R.randint(0, 8)} overdue={R.randint(0, 4)} sla_hours=72")]


def n_testpt():
    d = tick()
    return [Ln("py_logging").t(f"{ts_py(d)} INFO [qa.seed] env=staging synthetic record \"ZZTEST, PATIENT\" dob=01/01/1900 bk=TEST-0000001 mrn=CHP0000000 created")]


def n_tls():
    d = tick()
    return [Ln("k8s_json").t(f"{{\"level\":\"info\",\"logger\":\"cert-manager.certificates-issuing\",\"msg\":\"issued certificate\",\"resource\":\"chp/tls-kiosk-gw\",\"notAfter\":\"{(d + timedelta(days=90)).strftime('%Y-%m-%dT%H:%M:%SZ')}\",\"serial\":\"{hx(32)}\"}}")]


def n_telepsych_turn():
    d = tick()
    ln = Ln("telepsych_json")
    J(ln, {"@timestamp": ts_iso_z(d), "service": "telepsych-bridge", "event": "turn.allocation",
           "relay": f"turn-use1-{R.randint(1, 3)}.corvan.net", "relay_port": R.randint(49152, 65535),
           "lifetime_s": 600, "session_id": uuid4()})
    return [ln]


def n_hl7_ack_noise():
    d = tick()
    return [Ln("spring_boot").t(f"{ts_lb(d)}  WARN 1 --- [mllp-rx-{R.randint(1, 8)}] c.c.hl7.MllpInboundHandler : idle connection from 10.20.{R.randint(1, 9)}.{R.randint(10, 250)}:2575 closed after 300s")]


def n_oncall():
    d = tick()
    return [Ln("py_logging").t(f"{ts_py(d)} INFO [oncall.sync] MH on-call updated site={R.choice(list(FACS))} "
                               f"provider=\"Dr. Li Wen Zhao\" pager=(606) 555-0142 backup=\"NP Helen Marsh-Tate\" "
                               f"cell=859-555-0177 email=hmarsh-tate@corvanhealth.com shift=0700-1900")]


def n_pass_summary():
    return ev_mar_summary()


PHI_EVENTS = [(ev_booking_json, 10), (ev_jms_kv, 5), (ev_hl7_a04, 4), (ev_hl7_a03, 2), (ev_hl7_rde, 2),
              (ev_intake, 6), (ev_elderly, 1), (ev_mar_csv, 3), (ev_pill_line, 3), (ev_sickcall, 7),
              (ev_grievance, 9), (ev_transport, 4), (ev_telepsych, 3), (ev_commissary, 4),
              (ev_card_decline, 2), (ev_release, 4), (ev_x12_270, 1), (ev_x12_271, 1), (ev_pg_dup, 2),
              (ev_pg_slow, 2), (ev_nginx_phi, 7), (ev_roi, 2), (ev_dme, 3), (ev_hosp_return, 3), (ev_celery_phi, 2)]
NOISE_EVENTS = [(n_nginx_health, 8), (n_nginx_kiosk, 6), (n_k8s, 5), (n_prom, 6), (n_pg, 5), (n_celery, 5),
                (n_redis, 3), (n_jms_hb, 5), (n_syslog_kiosk, 5), (n_syslog_medcart, 4), (n_stack, 1),
                (n_startup, 3), (n_rx_vendor, 3), (n_otel, 5), (n_backup, 1), (n_auth, 4), (n_cron, 3),
                (n_sftp, 2), (n_transport_gps, 3), (n_grv_stats, 2), (n_testpt, 1), (n_tls, 1),
                (n_telepsych_turn, 2), (n_hl7_ack_noise, 2), (n_pass_summary, 4), (n_oncall, 1), (ev_grievance_nophi, 2)]
ONCE = [ev_x12_270, ev_x12_271, n_testpt, n_backup, n_tls]


DECKS = {}


def pick(evs, used):
    """weighted draw without replacement from a shuffled deck (stable proportions)"""
    deck = DECKS.setdefault(id(evs), [])
    while True:
        if not deck:
            deck.extend(f for f, w in evs for _ in range(w))
            R.shuffle(deck)
        f = deck.pop()
        if not (f in ONCE and f in used):
            return f


def main():
    lines = []
    used = set()
    # make sure rarer families appear at least once, spread through the file
    forced = {40: ev_x12_270, 260: ev_x12_271, 120: ev_elderly, 430: ev_elderly, 330: ev_telepsych,
              200: n_stack, 400: ev_hl7_a03, 80: ev_dme, 300: ev_dme, 460: ev_dme,
              150: lambda: ev_booking_json("livescan"), 350: lambda: ev_booking_json("livescan"),
              250: lambda: ev_booking_json("mugshot"), 230: lambda: ev_release(True),
              380: lambda: ev_release(True), 100: n_testpt}
    while len(lines) < N_LINES:
        remaining = N_LINES - len(lines)
        noise = sum(1 for l in lines if not l.sp)
        f = None
        want_noise = (noise + 1) / (len(lines) + 1) <= TARGET_NOISE + 0.004
        for k in list(forced):
            if len(lines) >= k:
                f = forced.pop(k)
                if f in ONCE and f in used:
                    f = None
                    continue
                break
        if f is None:
            f = pick(NOISE_EVENTS if want_noise else PHI_EVENTS, used)
        new = f()
        if len(new) > remaining:
            single = [n_nginx_health, n_prom, n_otel, n_auth] if want_noise else [ev_card_decline, ev_dme, ev_roi, ev_nginx_phi]
            new = R.choice(single)()
            if len(new) > remaining:
                continue
        used.add(f)
        lines += new
    assert len(lines) == N_LINES
    blob = []
    labels = []
    for i, ln in enumerate(lines, 1):
        raw = bytes(ln.b)
        text = raw.decode("utf-8")
        assert text and "\n" not in text and "\r" not in text
        spans = []
        last_e = -1
        for s, e, cat, val in sorted(ln.sp):
            assert raw[s:e].decode("utf-8") == val, (i, val)
            assert s >= last_e, (i, "overlap")
            last_e = e
            spans.append({"s": s, "e": e, "cat": cat})
        blob.append(text)
        labels.append(json.dumps({"line": i, "family": ln.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(blob))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(labels) + "\n")


if __name__ == "__main__":
    main()
