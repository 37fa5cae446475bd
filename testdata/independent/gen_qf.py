#!/usr/bin/env python3
"""Synthetic labeled log corpus "qf": Bayview Children's Hospital, Cleft &
Craniofacial Center (CFC).  Everything is made up: patients, families,
staff, numbers.  Standard library only, fixed seed, byte-identical output.

Writes qf.log (500 lines) and qf.labels.jsonl in the current directory.

Systems simulated (family names used in the labels)
  cadence_json   Python scheduling-integration logger for the multidisciplinary
                 team clinic (Epic Cadence feed), JSON, ensure_ascii escapes
  hl7v2          HL7 v2.5.1 SIU^S12 / ADT^A04 from the interface engine, one
                 segment per log line (MSH, SCH, PID, NK1, PV1, AIP, AIL)
  vectra         Canfield VECTRA H2 / 3dMDface capture-station vendor log
                 (Java-style log4j text, UNC paths, landmark templates,
                 base64 thumbnails)
  speechlab      speech recording / nasometry pipeline, logfmt
  or_caselog     surgical case log CSV export (cleft lip/palate, ABG, distraction)
  travelgrant    family travel grant API, pino JSON (raw UTF-8)
  nacha          ACH disbursement file for grant payouts, 94-char fixed width
  nginx          family portal access log (combined + rt)
  syslog         RFC3164 syslog from imaging/app servers (sshd, cron, smartd...)
  java_trace     mesh-upload service errors with stack traces, one frame a line
  postgres       PostgreSQL statement log of the grants database
  fhir           FHIR R4 resources (Patient, Appointment, Media) from the API
  x12_837        837P claim segments, one segment per line
  mdt_note       free-text multidisciplinary team conference notes
  teams_chat     coordinator chat export (Graph API JSON)
  twilio_sms     SMS reminder gateway log with message bodies
  redcap_xml     REDCap/ODM-like registry export rows (CLEFT-Q outcomes)
  dicom_router   DICOM router key=value log (CBCT, cephalograms)
  k8s_json       Kubernetes/platform JSON (deploys, probes, autoscaler)
  cef_audit      EHR access audit in CEF (chart and clinical-photo access)

Labeling decisions (grey cases)
  * Patients AND their parents/guardians/foster parents/grandparents are
    data subjects: their names, phones, emails, addresses, SSNs, bank
    accounts are PHI.  Staff (surgeons, SLPs, coordinators, photographers,
    financial counsellor "Grant Holloway"), vendors and the hospital, its
    sites, phones, fax, emails and address are not.
  * First name alone of a patient or relative in an SMS/chat/note is a
    `name`.  Initials alone ("pt JQ") are not labeled.
  * Identifiers the hospital's clinical systems assign to the patient (MRN,
    EHR patient id, FHIR Patient logical id) -> `mrn`.  CFC registry IDs,
    REDCap record IDs, travel grant numbers, surgical case numbers, DICOM
    accession numbers, speech recording session IDs that name the patient ->
    `other_id`.  Visit/encounter numbers (PV1-19, HAR, CLM01 patient control
    numbers, PID-18) -> `account`.  Scheduling slot/appointment IDs (SCH-1/2),
    DICOM Study/Series UIDs, request/trace IDs and file hashes are NOT labeled
    (system keys of an event, not of the person).
  * An MRN or date embedded in a file path, study key or URL parameter is
    labeled as `mrn`/`date` where it sits inside the path; except in the
    family portal access log, where the whole request target that embeds a
    patient identifier is one `url` span.
  * Family IPs in the portal log are `ip`; load balancer, monitoring,
    crawler and server IPs are not.  Family phone app install IDs (IDFV) ->
    `device`.  Implant and appliance serials (Baha, distractor, NAM
    appliance, hearing aid) -> `device`; clinic equipment serials (cameras,
    microphones, CBCT, disks) and implant LOT numbers are not.
  * Appointment, surgery, service, birth, conference-discussion dates tied to
    a patient -> `date` (any format incl. "6/4", HL7 TS with time).  Log
    timestamps and file-generation dates of batch files are not.  Years
    alone and ages in months/years <= 89 are not; a great-grandmother
    caregiver aged 91 -> `age`.
  * Family city/county alone, as part of their address -> `address`; ZIP is
    always its own `zip`; state and country not labeled.  Travel miles not.
  * VECTRA landmark/face templates and speech speaker embeddings ->
    `biometric`; base64 face thumbnails -> `photo`.
  * Card numbers: full PAN -> `account` (even one that fails Luhn, typed by a
    parent); masked last-4 ("****4821") not labeled.  Obvious placeholders
    (SSN 999-99-9999, 000-00-0000) are not labeled.
  * Vehicle plate of a family car and VIN on a mileage claim -> `vehicle`.
  * Medicaid IDs, member/subscriber IDs -> `health_plan`.
  * Values are labeled where their escaped bytes sit (JSON \\u escapes, SQL
    '' doubling, HL7/X12 upper-casing as written).
"""
import base64
import datetime as dt
import hashlib
import json
import random
import sys
import unicodedata

SEED = 20240513
R = random.Random(SEED)
N_LINES = 500


# ---------------------------------------------------------------- builder
class L:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.sp = []

    def t(self, x):
        self.b += x.encode("utf-8")
        return self

    def p(self, v, cat, enc=None):
        x = enc(v) if enc else v
        x = str(x)
        a = len(self.b)
        self.b += x.encode("utf-8")
        self.sp.append((a, len(self.b), cat, x))
        return self

    def seq(self, parts, enc=None):
        for part in parts:
            if isinstance(part, P):
                if part.cat is None:
                    self.t(enc(part.v) if enc else str(part.v))
                else:
                    self.p(part.v, part.cat, enc)
            else:
                self.t(enc(part) if enc else part)
        return self


class P:
    def __init__(self, v, cat, raw=False):
        self.v, self.cat, self.raw = v, cat, raw


class S(list):
    """a JSON string composed of plain parts and P parts"""


def jesc(v, asc=False):
    return json.dumps(v, ensure_ascii=asc)[1:-1]


def jdump(l, o, asc=False, sep=(",", ":")):
    if isinstance(o, P):
        if o.raw:
            l.p(str(o.v), o.cat)
        else:
            l.t('"')
            l.p(o.v, o.cat, lambda x: jesc(x, asc))
            l.t('"')
    elif isinstance(o, S):
        l.t('"')
        l.seq(o, lambda x: jesc(x, asc))
        l.t('"')
    elif isinstance(o, dict):
        l.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                l.t(sep[0])
            l.t(json.dumps(k, ensure_ascii=asc) + sep[1])
            jdump(l, v, asc, sep)
        l.t("}")
    elif isinstance(o, list):
        l.t("[")
        for i, v in enumerate(o):
            if i:
                l.t(sep[0])
            jdump(l, v, asc, sep)
        l.t("]")
    else:
        l.t(json.dumps(o, ensure_ascii=asc))
    return l


def J(fam, obj, asc=False, sep=(",", ":")):
    return jdump(L(fam), obj, asc, sep)


def sqlq(v):
    return v.replace("'", "''")


def xesc(v):
    return v.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


# ---------------------------------------------------------------- checksums
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


def npi():
    base = "1" + "".join(R.choice("0123456789") for _ in range(8))
    return base + luhn_digit("80840" + base)


def card(prefix, n=16):
    body = prefix + "".join(R.choice("0123456789") for _ in range(n - 1 - len(prefix)))
    return body + luhn_digit(body)


def aba():
    b = "".join(R.choice("0123456789") for _ in range(8))
    b = R.choice(["04", "24", "03", "05"]) + b[2:]
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(c) * x for c, x in zip(b, w))
    return b + str((10 - s % 10) % 10)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["1FM", "2T1", "1G1", "5NP", "3GN", "1C4", "JTD"])
             + "".join(R.choice(chars) for _ in range(5)) + "0"
             + R.choice("LMNPR") + R.choice(chars) + "".join(R.choice("0123456789") for _ in range(6)))
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    c = s % 11
    v[8] = "X" if c == 10 else str(c)
    return "".join(v)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def b64(n):
    return base64.b64encode(bytes(R.randrange(256) for _ in range(n))).decode()


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


# ---------------------------------------------------------------- world
TODAY = dt.date(2024, 5, 13)
NOW = dt.datetime(2024, 5, 13, 10, 2, 11)  # UTC; EDT = UTC-4
MS = [0]


def tick():
    global NOW
    NOW += dt.timedelta(seconds=R.randint(2, 95))
    MS[0] = R.randint(0, 999)


def loc():
    return NOW - dt.timedelta(hours=4)


def isoz():
    return NOW.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % MS[0]


ORG = dict(name="Bayview Children's Hospital", center="Cleft & Craniofacial Center",
           street="2100 Lakeshore Pkwy", city="Cleveland", st="OH", zip="44114",
           phone="216-555-0140", fax="216-555-0149", email="cleftteam@bayviewchildrens.org",
           npi=npi(), ein="34-1187720")

STAFF = [("Helena", "Vasquez-Ortiz", "MD", "Plastic Surgery", "hvasquez"),
         ("Adaeze", "Okonkwo-Bright", "MD", "Anesthesiology", "aokonkwo"),
         ("Marguerite", "Okafor", "MA CCC-SLP", "Speech-Language Pathology", "mokafor"),
         ("Tobias", "Reinholt", "DDS MS", "Orthodontics", "treinholt"),
         ("Keiko", "Arakawa", "AuD", "Audiology", "karakawa"),
         ("Samuel", "Whitlock", "MD", "Otolaryngology", "swhitlock"),
         ("Renata", "Szabo", "MD", "Genetics", "rszabo"),
         ("Daniel", "Freeborn", "LISW-S", "Social Work", "dfreeborn"),
         ("Kayla", "Brandt", "RN BSN", "Team Coordinator", "kbrandt"),
         ("Jonah", "Merriweather", "", "Clinical Photography", "jmerriweather"),
         ("Ines", "Carvalho", "PhD", "Psychology", "icarvalho"),
         ("Grant", "Holloway", "", "Financial Counseling", "gholloway"),
         ("Pilar", "Echeverría", "MS CCC-SLP", "Speech-Language Pathology", "pecheverria"),
         ("Moses", "Abernathy-Cole", "DMD", "Pediatric Dentistry", "mabernathy")]
STAFF_NPI = {s[4]: npi() for s in STAFF}
STAFF_ID = {s[4]: str(R.randint(100000, 999999)) for s in STAFF}

CH_FIRST_F = ["Ximena", "Hoa", "Aroha", "Summer", "Faith", "Siobhán", "Amira", "Priya", "Rose", "Hope",
              "Zoë", "Nayeli", "Wren", "Fatima", "Anh", "Ivy", "Luz", "Marigold", "Story", "Journey",
              "Oluwadamilare", "Sky", "Willow", "Saoirse"]
CH_FIRST_M = ["Oluwaseun", "Brooks", "Kai", "Mateo", "Dakota", "Hemi", "Jun-seo", "Liam", "Elijah",
              "Bodhi", "Ezekiel", "Soren", "Malachi", "Tenzin", "Ayaan", "River", "Cash", "Hunter",
              "Major", "Royal", "Amos", "Levi", "José Miguel", "Jamal"]
MIDDLES = ["Grace", "James", "Marie", "Lee", "Rain", "Ann", "Tomás", "Jude", "Skye", "Noor", "Ray", ""]
LAST = ["Quispe-Mamani", "Adebayo", "Nguyễn", "Te Whata", "Hunter", "Baker", "Lindqvist",
        "Ní Bhriain", "García López", "El-Sayed", "Young Bear", "Walker", "Raghunathan", "Park",
        "O'Connor-Reyes", "Marsh", "Field", "Müller", "Stone", "Winter", "Sparrow", "King",
        "Castillo Vega", "Mwangi", "Kowalczyk", "Fairweather", "Bell", "Honeycutt", "Rivers",
        "Yazzie", "Abdi", "Whitehorse", "Van der Berg", "St. Clair", "Love", "Moss", "Goodnight",
        "Yoder", "Hershberger", "Troyer", "Mast", "Dubois-Lambert", "Oyelaran", "Pham"]
AD_FIRST = {"mother": ["Rosa", "Folake", "Thanh", "Mere", "Tiffany", "Brandi", "Ingrid", "Aoife",
                       "Lucía", "Heba", "Winona", "Lakshmi", "Min-ji", "Colleen", "Jolene", "Shonda",
                       "Oksana", "Ngozi", "Esther", "Katrina", "Amber"],
            "father": ["Dustin", "Marcus", "Abdirahman", "Pedro", "Wesley", "Tama", "Dmitri", "Ifeanyi",
                       "Cody", "Ezra", "Khoa", "Raymond", "Mahmoud", "Travis", "Eli"],
            "grandmother": ["Gwendolyn", "Loretta", "Dolores", "Bernice", "Mae"],
            "foster mother": ["Patrice", "Denise", "Sharon"],
            "great-grandmother": ["Opal", "Hazel", "Edna"]}
REL_HL7 = {"mother": "MTH^Mother", "father": "FTH^Father", "grandmother": "GRM^Grandmother",
           "foster mother": "FCH^Foster Parent", "great-grandmother": "GRM^Great-grandmother"}
PLACES = [("Ashtabula", "Ashtabula County", "OH", "44004", "440", 58, "007"),
          ("Sandusky", "Erie County", "OH", "44870", "419", 61, "043"),
          ("Wheeling", "Ohio County", "WV", "26003", "304", 128, "069"),
          ("Erie", "Erie County", "PA", "16509", "814", 101, "049"),
          ("Toledo", "Lucas County", "OH", "43612", "419", 116, "095"),
          ("Youngstown", "Mahoning County", "OH", "44512", "330", 70, "099"),
          ("Mansfield", "Richland County", "OH", "44903", "419", 79, "139"),
          ("Zanesville", "Muskingum County", "OH", "43701", "740", 126, "119"),
          ("Lorain", "Lorain County", "OH", "44052", "440", 31, "093"),
          ("Parkersburg", "Wood County", "WV", "26101", "304", 184, "107"),
          ("Meadville", "Crawford County", "PA", "16335", "814", 91, "039"),
          ("Findlay", "Hancock County", "OH", "45840", "419", 128, "063"),
          ("Monroe", "Monroe County", "MI", "48162", "734", 150, "115"),
          ("Ashland", "Boyd County", "KY", "41101", "606", 231, "019"),
          ("Millersburg", "Holmes County", "OH", "44654", "330", 80, "075"),
          ("Cleveland", "Cuyahoga County", "OH", "44105", "216", 6, "035"),
          ("East Liverpool", "Columbiana County", "OH", "43920", "330", 97, "029")]
STREETS = ["Old Mill Rd", "Cherry Ln", "Ridge Rd", "W 41st St", "Township Rd 606", "Maple Ave",
           "Harmony Church Rd", "Lakeview Dr", "State Route 83", "Prospect St", "Sunnyside Ave",
           "Co Rd 19", "Orchard Hill Ct", "Euclid Ave", "Kinsman Rd", "Pleasant Valley Rd"]
DX = [("Q37.1", "BCLP", "bilateral cleft lip and palate"), ("Q37.9", "UCLP", "unilateral cleft lip and palate"),
      ("Q36.9", "UCL", "unilateral cleft lip"), ("Q35.9", "CP", "isolated cleft palate"),
      ("Q87.0", "PRS", "Pierre Robin sequence w/ cleft palate"), ("Q75.0", "CRS", "sagittal craniosynostosis"),
      ("Q35.7", "SMCP", "submucous cleft palate / VPI"), ("Q87.0", "22q", "22q11.2 deletion, VPI")]
PLANS = [("CareSource", "OHMCD"), ("Buckeye Health Plan", "OHMCD"), ("Anthem BCBS", "COM"),
         ("Medical Mutual of Ohio", "COM"), ("UPMC for Kids", "CHIP"), ("Highmark WV", "COM"),
         ("Molina Healthcare", "OHMCD")]


def fmt_phone(ph, style):
    a, b, c = ph[:3], ph[3:6], ph[6:]
    return {0: "(%s) %s-%s" % (a, b, c), 1: "%s-%s-%s" % (a, b, c), 2: "+1" + ph, 3: ph,
            4: "%s.%s.%s" % (a, b, c)}[style]


def mk_phone(area):
    return area + str(R.randint(2, 9)) + digits(2) + digits(4)


def mk_patient(i):
    sex = R.choice("FM")
    first = R.choice(CH_FIRST_F if sex == "F" else CH_FIRST_M)
    last = R.choice(LAST)
    place = R.choice(PLACES)
    if last in ("Yoder", "Hershberger", "Troyer", "Mast"):
        place = PLACES[14]
    dob = dt.date(2008, 3, 1) + dt.timedelta(days=R.randint(0, 5880))
    if R.random() < 0.35:
        dob = dt.date(2023, 6, 1) + dt.timedelta(days=R.randint(0, 320))  # infants
    street = "%d %s" % (R.randint(3, 9890), R.choice(STREETS))
    if R.random() < 0.25:
        street += R.choice([" Apt 3B", " Apt 12", " Lot 14", " Unit C"])
    area = place[4]
    gs = []
    rels = [R.choice(["mother", "mother", "mother", "father", "grandmother", "foster mother"])]
    if R.random() < 0.5:
        rels.append("father" if rels[0] != "father" else "mother")
    if i in (7, 23):
        rels = ["great-grandmother"]
    for rel in rels:
        gl = last if R.random() < 0.6 else R.choice(LAST)
        gf = R.choice(AD_FIRST[rel])
        em_user = (gf.split()[0].lower() + R.choice([".", "_", ""]) + gl.split()[0].lower().replace("'", "")
                   + R.choice(["", str(R.randint(1, 99)), "mom" if rel == "mother" else "", "22"]))
        em_user = em_user.encode("ascii", "ignore").decode() or "family"
        em_user = (em_user.replace("ễ", "e").replace("á", "a").replace("í", "i"))
        em = em_user + "@" + R.choice(["gmail.com", "yahoo.com", "aol.com", "outlook.com", "icloud.com",
                                       "windstream.net", "frontier.com"])
        g = dict(first=gf, last=gl, rel=rel, phone=mk_phone(area), email=em,
                 age=R.randint(91, 94) if rel == "great-grandmother" else R.randint(19, 62),
                 ssn=ssn())
        gs.append(g)
    plan = R.choice(PLANS)
    if plan[1] == "OHMCD":
        member = digits(12)
    elif plan[1] == "CHIP":
        member = digits(11)
    else:
        member = alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + digits(9)
    return dict(first=first, last=last, middle=R.choice(MIDDLES), sex=sex, dob=dob,
                mrn=str(R.randint(10000000, 39999999)), cfc="CFC-%04d" % R.randint(100, 2999),
                fhir="e" + alnum(10, "abcdefghijkmnpqrstuvwxyz0123456789") + "3",
                har=str(R.randint(100000000, 999999999)), street=street, city=place[0],
                county=place[1], st=place[2], zip=place[3] + ("" if R.random() < 0.8 else "-" + digits(4)),
                miles=place[5], fips=place[6], phone=gs[0]["phone"], guardians=gs, plan=plan[0],
                plantype=plan[1], member=member, dx=R.choice(DX), ssn=ssn(),
                lang=(R.choice(["en", "pa-Deitsch"]) if last in ("Yoder", "Hershberger", "Troyer", "Mast")
                      else R.choice(["en"] * 6 + ["es", "vi", "ar", "so"])),
                ip=R.choice(["73.", "98.", "174.", "107.", "24.", "71.", "66.", "99."]) + "%d.%d.%d" % (
                    R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                idfv=uuid4().upper(), grant="TG24-%04d" % R.randint(100, 999),
                appt=TODAY + dt.timedelta(days=R.randint(1, 60)),
                surg=TODAY + dt.timedelta(days=R.randint(-200, 90)))


PATS = [mk_patient(i) for i in range(40)]
for p in PATS:
    while p["appt"].weekday() != 1:  # team clinic is on Tuesdays
        p["appt"] += dt.timedelta(days=1)


FORCE = [False]


def rr():
    """branch selector; forced to the no-PHI branch when the mix needs clean lines"""
    x = R.random()
    return 0.999 if FORCE[0] else x


def pat():
    return R.choice(PATS)


def grd(p):
    return R.choice(p["guardians"])


def staff(spec=None):
    if spec:
        c = [s for s in STAFF if s[3] == spec]
        return R.choice(c)
    return R.choice(STAFF)


def ymd(d):
    return d.strftime("%Y%m%d")


def age_str(p):
    days = (TODAY - p["dob"]).days
    if days < 730:
        return "%dmo" % (days // 30)
    return "%dy" % (days // 365)


# ---------------------------------------------------------------- generators
def g_cadence():
    tick()
    ts = isoz()
    p = pat()
    r = rr()
    if r < 0.55:
        s = staff("Team Coordinator")
        obj = {"@timestamp": ts, "level": "INFO", "logger": "cfc.sched.mdc", "msg": "slot booked",
               "clinic": "CFC-MDC-TUE", "dept": "BCH CRANIOFACIAL 4", "visit_type": R.choice(
                   ["CLEFT TEAM NEW", "CLEFT TEAM RTN", "CRANIO TEAM RTN", "VPI EVAL"]),
               "pat_mrn": P(p["mrn"], "mrn"), "pat_nm": P("%s,%s" % (p["last"].upper(), p["first"].upper()), "name"),
               "appt_dt": P(p["appt"].isoformat(), "date"), "appt_tm": R.choice(["08:00", "08:40", "09:20", "10:00", "13:00"]),
               "disciplines": R.sample(["PLS", "SLP", "ORTHO", "AUD", "ENT", "GEN", "SW", "PSY", "DENT"], 5),
               "ctc_ph": P(fmt_phone(p["phone"], 3), "phone"), "interp": p["lang"] if p["lang"] != "en" else None,
               "booked_by": s[4], "trace_id": hexs(32)}
        return [J("cadence_json", obj, asc=True)]
    if r < 0.7:
        obj = {"@timestamp": ts, "level": "WARNING", "logger": "cfc.sched.mdc", "msg": "room conflict",
               "clinic": "CFC-MDC-TUE", "room": "4-4%02d" % R.randint(10, 30),
               "appt_dt": P(p["appt"].isoformat(), "date"), "pat_mrn": P(p["mrn"], "mrn"),
               "providers": [staff()[4], staff()[4]], "resolution": "moved to 4-419"}
        return [J("cadence_json", obj, asc=True)]
    s = staff()
    obj = R.choice([
        {"@timestamp": ts, "level": "INFO", "logger": "cfc.sched.template", "msg": "template regenerated",
         "clinic": "CFC-MDC-TUE", "week_of": "2024-06-%02d" % R.choice([4, 11, 18, 25]), "slots": R.randint(18, 30),
         "build": "sched-bridge 4.12.%d+b%d" % (R.randint(0, 9), R.randint(2000, 2999))},
        {"@timestamp": ts, "level": "INFO", "logger": "cfc.sched.provider", "msg": "provider block added",
         "prov_id": STAFF_ID[s[4]], "prov_nm": "%s, %s %s" % (s[1], s[0], s[2]), "npi": STAFF_NPI[s[4]],
         "block": "PTO" if R.random() < 0.5 else "OR", "date": "2024-06-%02d" % R.randint(1, 28)},
        {"@timestamp": ts, "level": "DEBUG", "logger": "cfc.sched.poll", "msg": "poll complete",
         "fetched": R.randint(0, 40), "elapsed_ms": R.randint(40, 900), "span_id": hexs(16)},
    ])
    return [J("cadence_json", obj, asc=True)]


HL7_N = [4417000]


def g_hl7():
    tick()
    p = pat()
    g = grd(p)
    HL7_N[0] += R.randint(1, 40)
    ts = loc().strftime("%Y%m%d%H%M%S")
    out = []
    kind = R.choice(["SIU", "SIU", "ADT"])
    if kind == "SIU":
        out.append(L("hl7v2").t("MSH|^~\\&|EPICCADENCE|BCH|CFCTRACK|BCH-CFC|%s||SIU^S12^SIU_S12|%d|P|2.5.1|||AL|NE" % (ts, HL7_N[0])))
        s = staff("Team Coordinator")
        l = L("hl7v2").t("SCH|%d^EPC|%d^EPC|||||CLEFTNEW^Cleft/Craniofacial Team^EPCVT|CFCMDC|60|MIN|^^60^" % (
            R.randint(10**8, 10**9), R.randint(10**8, 10**9)))
        a = p["appt"]
        l.p(ymd(a) + "0840", "date").t("^").p(ymd(a) + "0940", "date")
        l.t("|||||%s^BRANDT^KAYLA||||||||Booked" % STAFF_ID[s[4]])
        out.append(l)
    else:
        out.append(L("hl7v2").t("MSH|^~\\&|EPICADT|BCH|CFCTRACK|BCH-CFC|%s||ADT^A04^ADT_A01|%d|P|2.5.1" % (ts, HL7_N[0])))
        out.append(L("hl7v2").t("EVN|A04|%s|||%s^REG" % (ts, STAFF_ID[staff()[4]])))
    l = L("hl7v2").t("PID|1||").p(p["mrn"], "mrn").t("^^^BCH^MR")
    if p["plantype"] == "OHMCD":
        l.t("~").p(p["member"], "health_plan").t("^^^OHMCD^MA")
    nm = "%s^%s^%s" % (p["last"].upper(), p["first"].upper(), p["middle"].upper())
    l.t("||").p(nm.rstrip("^"), "name").t("||").p(ymd(p["dob"]), "date").t("|%s|||" % p["sex"])
    l.p(p["street"].upper(), "address").t("^^").p(p["city"].upper(), "address").t("^%s^" % p["st"])
    l.p(p["zip"], "zip").t("^USA^H^^").p(p["fips"], "address")
    l.t("||^PRN^PH^^^").p(p["phone"][:3], "phone").t("^").p(p["phone"][3:], "phone")
    l.t("||%s|||" % ({"es": "SPA^Spanish", "vi": "VIE^Vietnamese", "ar": "ARA^Arabic", "so": "SOM^Somali",
                         "pa-Deitsch": "PDC^Pennsylvania Dutch"}.get(p["lang"], "ENG^English")))
    l.p(p["har"], "account")
    if R.random() < 0.3:
        l.t("|").p(p["ssn"].replace("-", ""), "ssn")
    out.append(l)
    if R.random() < 0.7:
        l = L("hl7v2").t("NK1|1|").p("%s^%s" % (g["last"].upper(), g["first"].upper()), "name")
        l.t("|%s^HL70063||^PRN^PH^^^" % REL_HL7[g["rel"]]).p(g["phone"][:3], "phone").t("^").p(g["phone"][3:], "phone")
        l.t("||EP^Emergency Contact")
        out.append(l)
    if kind == "SIU":
        s = staff("Plastic Surgery")
        out.append(L("hl7v2").t("AIP|1||%s^%s^%s^^^%s|PLS^Plastic Surgery||||||||Booked" % (
            STAFF_ID[s[4]], s[1].upper(), s[0].upper(), s[2])))
        out.append(L("hl7v2").t("AIL|1||CFC4^^^BCH^^^^^CFC 4th Floor Suite 420|||||||||Booked"))
    else:
        l = L("hl7v2").t("PV1|1|O|CFC4^420^01^BCH||||%s^VASQUEZ-ORTIZ^HELENA^^^MD|||PLS||||1|||||" % STAFF_ID["hvasquez"])
        l.p(str(R.randint(10**9, 10**10 - 1)), "account").t("|||||||||||||||||||||||||")
        l.p(ts, "date")
        out.append(l)
    return out


def g_vectra():
    tick()
    p = pat()
    ts = loc().strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % MS[0]
    th = "[CaptureWorker-%d]" % R.randint(1, 4)
    r = rr()
    ph = staff("Clinical Photography")
    if r < 0.16:
        l = L("vectra").t("%s %s INFO  VectraH2.Session - Subject loaded: id=" % (ts, th)).p(p["mrn"], "mrn")
        l.t(" name='").p("%s^%s" % (p["last"], p["first"]), "name").t("' dob=").p(ymd(p["dob"]), "date")
        l.t(" sex=%s ethnicity=unspecified operator=%s" % (p["sex"], ph[4]))
        return [l]
    if r < 0.34:
        pose = R.choice(["frontal_rest", "frontal_smile", "worms_eye", "lateral_L", "lateral_R", "oblique_45L"])
        l = L("vectra").t("%s %s INFO  VectraH2.Capture - Capture complete pose=%s frames=3 flash=ok file=\\\\bch-img01\\vectra$\\" % (ts, th, pose))
        l.p(p["mrn"], "mrn").t("\\").p(TODAY.isoformat(), "date").t("\\cap_%04d.tom size=%dKB" % (R.randint(1, 40), R.randint(38000, 61000)))
        return [l]
    if r < 0.44:
        l = L("vectra").t("%s %s INFO  Mirror.Landmarks - 3D landmark template exported subj=" % (ts, th)).p(p["mrn"], "mrn")
        l.t(" n_lmk=47 alg=ASM-v5 tpl=").p(b64(48), "biometric")
        return [l]
    if r < 0.56:
        l = L("vectra").t("%s %s DEBUG Mirror.ThumbCache - put key=%s w=160 h=200 jpeg=" % (ts, th, hexs(12)))
        l.p("/9j/4AAQSkZJRgABAQEASABIAAD/" + b64(72), "photo").t("... (truncated)")
        return [l]
    if r < 0.6:
        # 3dMD variant, pipe format
        l = L("vectra").t("3dMDpatient|%s|ACQ|unit=3dMDface-CFC2|case=" % loc().strftime("%d.%m.%Y %H:%M:%S"))
        l.p(p["cfc"], "other_id").t("|patient=").p("%s, %s" % (p["last"], p["first"]), "name")
        l.t("|visit=").p(TODAY.strftime("%d.%m.%Y"), "date").t("|stereo_pairs=%d|status=OK" % R.choice([6, 8]))
        return [l]
    msgs = ["Session opened operator=%s station=CFC-PHOTO-0%d camera SN=H2-%d fw=3.4.%d" % (
        ph[4], R.randint(1, 3), R.randint(1800000, 1899999), R.randint(0, 9)),
        "Calibration OK rms=%.2fmm target=CAL-H2-%d age_days=%d" % (R.uniform(0.12, 0.35), R.randint(100, 999), R.randint(1, 30)),
        "License check OK product=VECTRA Analysis Module 7.4.1 seats=3/4 server=lic.canfieldsci.com:27000",
        "Flash recharge %dms, ambient %d lux" % (R.randint(300, 900), R.randint(180, 600)),
        "Export queue drained: %d objects, %d failed" % (R.randint(1, 20), R.choice([0, 0, 1])),
        "Support bundle uploaded ticket=CAN-%d contact=support@canfieldsci.com +1-973-434-1201" % R.randint(20000, 99999)]
    return [L("vectra").t("%s %s INFO  VectraH2.System - %s" % (ts, th, R.choice(msgs)))]


def g_speech():
    tick()
    p = pat()
    ts = isoz()
    r = rr()
    slp = staff("Speech-Language Pathology")
    if r < 0.3:
        task = R.choice(["CAPE-V_sentences", "Zoo_passage", "Nasality_Visual_Analog", "SVANTE", "MacKay-Kummer_SNAP"])
        l = L("speechlab").t("ts=%s level=info app=speechlab-rec msg=\"recording saved\" subj=" % ts).p(p["mrn"], "mrn")
        l.t(" task=%s file=/data/speech/%s/" % (task, TODAY.year)).p(p["mrn"], "mrn").t("_").p(ymd(TODAY), "date")
        l.t("_%s.wav dur_s=%.1f sr=44100 ch=1 clinician=%s" % (task.split("_")[0].lower(), R.uniform(20, 240), slp[4]))
        return [l]
    if r < 0.45:
        l = L("speechlab").t("ts=%s level=info app=nasometer-bridge msg=\"nasalance computed\" session=" % ts)
        l.p("NS-%s-%s" % (p["mrn"], TODAY.strftime("%y%m%d")), "other_id")
        l.t(" stim=%s nasalance_pct=%.1f sd=%.1f device=\"Nasometer II 6450\" dev_sn=NM%d" % (
            R.choice(["zoo", "rainbow", "nasal_sent"]), R.uniform(8, 62), R.uniform(2, 9), R.randint(10000, 99999)))
        return [l]
    if r < 0.55:
        vec = ",".join("%.4f" % R.uniform(-1, 1) for _ in range(8))
        l = L("speechlab").t("ts=%s level=debug app=speechlab-embed msg=\"speaker embedding stored\" subj=" % ts)
        l.p(p["mrn"], "mrn").t(" model=ecapa-tdnn-v2 dim=192 emb=\"").p("[" + vec + ",...]", "biometric").t("\"")
        return [l]
    if r < 0.63:
        l = L("speechlab").t("ts=%s level=warn app=speechlab-rec msg=\"clipping detected\" subj=" % ts).p(p["mrn"], "mrn")
        l.t(" peak_dbfs=-0.1 clinician=%s note=\"child " % slp[4]).p(p["first"], "name").t(" very loud on /p/ /b/, re-record\"")
        return [l]
    msgs = ["msg=\"transcode done\" job=%s in=wav out=flac ratio=%.2f dur_ms=%d" % (uuid4(), R.uniform(0.4, 0.7), R.randint(200, 4000)),
            "msg=\"queue depth\" queue=transcode depth=%d oldest_s=%d" % (R.randint(0, 30), R.randint(0, 600)),
            "msg=\"mic check\" mic=Shure-SM35 mic_sn=SM35-%d booth=SB-2 noise_floor_db=%.1f" % (R.randint(100000, 999999), R.uniform(-70, -55)),
            "msg=\"archive sync ok\" target=s3://bch-cfc-speech-archive/2024/ objects=%d bytes=%d" % (R.randint(10, 300), R.randint(10**7, 10**9))]
    return [L("speechlab").t("ts=%s level=info app=speechlab-rec %s" % (ts, R.choice(msgs)))]


PROCS = [("40700", "Cheiloplasty, primary, partial or complete, unilateral"),
         ("40701", "Cheiloplasty, primary, bilateral, one stage"),
         ("42200", "Palatoplasty for cleft palate, soft and/or hard palate only"),
         ("42225", "Palatoplasty, attachment pharyngeal flap"),
         ("42210", "Palatoplasty w/ closure of alveolar ridge; w/ bone graft"),
         ("21193", "Reconstruction mandibular rami, horizontal, vertical, C, or L osteotomy"),
         ("69436", "Tympanostomy, general anesthesia"),
         ("30460", "Rhinoplasty for nasal deformity secondary to cleft lip")]
OR_HDR = [False]


def g_orlog():
    tick()
    out = []
    if not OR_HDR[0]:
        OR_HDR[0] = True
        out.append(L("or_caselog").t("log_date,room,case_no,mrn,patient,dob,cpt,procedure,surgeon,anesthesia,anes_type,in_room,incision,close,ebl_ml,implant,implant_lot,implant_sn,asa"))
    p = pat()
    cpt = R.choice(PROCS)
    d = p["surg"]
    an = staff("Anesthesiology")
    l = L("or_caselog").p(d.isoformat(), "date").t(",OR%02d," % R.randint(1, 14))
    l.p("SC-24-%06d" % R.randint(100000, 999999), "other_id").t(",").p(p["mrn"], "mrn").t(",\"")
    l.p("%s, %s" % (p["last"], p["first"]), "name").t("\",").p(p["dob"].strftime("%m/%d/%Y"), "date")
    l.t(",%s,\"%s\",\"Vasquez-Ortiz, Helena\",\"%s, %s\",GETA,%02d:%02d,%02d:%02d,%02d:%02d,%d," % (
        cpt[0], cpt[1], an[1], an[0], 7, R.randint(10, 40), 7, R.randint(41, 59), R.randint(9, 11), R.randint(0, 59), R.randint(5, 150)))
    if cpt[0] == "21193":
        l.t("\"KLS Martin Zurich II distractor 15mm\",L%d-%02d," % (R.randint(20, 24), R.randint(1, 52)))
        l.p("51-%04d-%02d" % (R.randint(1000, 9999), R.randint(10, 99)), "device")
    elif cpt[0] == "42210":
        l.t("\"DBX Putty 1cc (allograft adjunct)\",LOT %s," % alnum(8))
    else:
        l.t(",,")
    l.t(",%d" % R.choice([1, 2, 2, 3]))
    out.append(l)
    return out


def g_orlog_clean():
    tick()
    room = R.randint(1, 14)
    return [L("or_caselog").t("%s,OR%02d,BLOCK,,,,,\"BLOCK UTILIZATION PLASTICS %.0f%%\",,,,,,,,,,," % (
        loc().date().isoformat(), room, R.uniform(55, 99)))]


def pino_base(level, msg):
    return {"level": level, "time": int(NOW.timestamp() * 1000) + MS[0], "pid": 4127,
            "hostname": "tg-api-7c9f8d-%s" % alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789"),
            "reqId": "req-%s" % alnum(4, "0123456789abcdefghijklmnopqrstuvwxyz"), "msg": msg}


def g_travel():
    tick()
    p = pat()
    g = grd(p)
    r = rr()
    if r < 0.3:
        o = pino_base(30, "application submitted")
        o.update({"grantNo": P(p["grant"], "other_id"), "fund": "Smile Forward Family Travel Fund",
                  "applicant": {"name": P("%s %s" % (g["first"], g["last"]), "name"), "relationship": g["rel"],
                                "phone": P(fmt_phone(g["phone"], 0), "phone"), "email": P(g["email"], "email")},
                  "patientMrn": P(p["mrn"], "mrn"),
                  "home": {"street": P(p["street"], "address"), "city": P(p["city"], "address"), "state": p["st"],
                           "zip": P(p["zip"], "zip")},
                  "apptDate": P(p["appt"].isoformat(), "date"), "milesOneWay": p["miles"],
                  "nights": R.choice([0, 1, 2, 3]), "householdSize": R.randint(2, 8)})
        if R.random() < 0.5:
            o["coverage"] = {"payer": p["plan"], "memberId": P(p["member"], "health_plan")}
        if g["rel"] == "great-grandmother":
            o["applicant"]["age"] = P(g["age"], "age", raw=True)
            o["applicant"]["note"] = "caregiver is 9x, needs wheelchair at RMH"
        return [J("travelgrant", o)]
    if r < 0.45:
        o = pino_base(30, "mileage reimbursement calculated")
        o.update({"grantNo": P(p["grant"], "other_id"), "rate": 0.21, "miles": p["miles"] * 2,
                  "vehicle": {"plate": P(alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(4), "vehicle"), "plateState": p["st"],
                              "vin": P(vin(), "vehicle")}, "amountUsd": round(p["miles"] * 2 * 0.21, 2)})
        return [J("travelgrant", o)]
    if r < 0.58:
        o = pino_base(30, "payout issued")
        cardno = card(R.choice(["4", "5"]))
        o.update({"grantNo": P(p["grant"], "other_id"), "method": "prepaid_card", "cardLast4": "****" + cardno[-4:],
                  "amountUsd": R.choice([75, 100, 150, 200, 250]), "processor": "Paylocity Pay Card",
                  "orderRef": "PO-4500%06d" % R.randint(0, 999999)})
        return [J("travelgrant", o)]
    if r < 0.64:
        o = pino_base(50, "card load failed")
        cardno = card(R.choice(["4", "5"]))
        if R.random() < 0.5:  # typo by parent, fails Luhn
            cardno = cardno[:-1] + str((int(cardno[-1]) + 3) % 10)
        o.update({"grantNo": P(p["grant"], "other_id"), "err": {"type": "ProcessorError", "code": "INVALID_PAN",
                                                               "message": S(["card number ", P(cardno, "account"), " rejected by processor"])}})
        return [J("travelgrant", o)]
    if r < 0.7:
        o = pino_base(30, "ach enrollment verified")
        o.update({"grantNo": P(p["grant"], "other_id"), "routing": aba(), "accountNo": P(digits(R.choice([9, 10, 12])), "account"),
                  "accountHolder": P("%s %s" % (g["first"], g["last"]), "name"), "verifiedBy": "gholloway"})
        return [J("travelgrant", o)]
    if r < 0.8:
        o = pino_base(30, "income verification stored")
        ss = g["ssn"] if R.random() < 0.8 else "999-99-9999"
        o.update({"grantNo": P(p["grant"], "other_id"),
                  "ssn": P(ss, "ssn") if ss != "999-99-9999" else ss, "fplPct": R.randint(80, 320),
                  "docs": ["paystub", "w2"], "counselor": "Grant Holloway"})
        return [J("travelgrant", o)]
    o = R.choice([
        dict(pino_base(30, "fund balance updated"), fund="Smile Forward Family Travel Fund",
             balanceUsd=round(R.uniform(4000, 38000), 2), fy="FY24"),
        dict(pino_base(30, "lodging block confirmed"), vendor="Ronald McDonald House Charities of Northeast Ohio",
             vendorAddr="2401 Euclid Ave, Cleveland, OH 44106", vendorPhone="216-229-5757", rooms=R.randint(2, 6),
             po="PO-4500%06d" % R.randint(0, 999999)),
        dict(pino_base(40, "slow upstream"), upstream="https://api.paylocity.com/v2/paycards", ms=R.randint(1500, 9000)),
        dict(pino_base(30, "request completed"), res={"statusCode": 200}, responseTime=R.randint(3, 300),
             req={"method": "GET", "url": "/api/v1/health"}),
    ])
    return [J("travelgrant", o)]


ACH = {"batch": 0}


def g_nacha():
    tick()
    out = []
    d = loc()
    if ACH["batch"] == 0:
        h = "101 0410001241341187720" + d.strftime("%y%m%d%H%M") + "A094101" + "PNC BANK, NA".ljust(23) + "BAYVIEW CHILDRENS HOSP".ljust(23) + "TG240513"
        out.append(L("nacha").t(h))
    ACH["batch"] += 1
    bh = ("5220" + "BAYVIEW CHILDREN" + "SMILE FORWARD FUND  " + "1341187720" + "PPD" + "TRAVELGRNT"
          + d.strftime("%y%m%d") + (d + dt.timedelta(days=1)).strftime("%y%m%d") + "   1" + "04100012" + "%07d" % ACH["batch"])
    out.append(L("nacha").t(bh))
    total = 0
    n_ent = R.randint(1, 3)
    for i in range(n_ent):
        p = pat()
        g = grd(p)
        rt = aba()
        acct = digits(R.choice([8, 10, 12]))
        amt = R.choice([7500, 10000, 15000, 4410, 12830])
        total += amt
        nm = ("%s %s" % (g["first"], g["last"])).upper()
        nm = unicodedata.normalize("NFKD", nm).encode("ascii", "ignore").decode()[:22]
        l = L("nacha").t("622" + rt).p(acct, "account").t(" " * (17 - len(acct)) + "%010d" % amt)
        l.p(p["grant"], "other_id").t(" " * (15 - len(p["grant"])))
        l.p(nm, "name").t(" " * (22 - len(nm)) + "  0" + "041000120%06d" % R.randint(0, 999999))
        out.append(l)
    out.append(L("nacha").t("8220%06d%010d%012d%012d1341187720%s04100012%07d" % (
        n_ent, R.randint(10**9, 10**10 - 1), 0, total, " " * 25, ACH["batch"])))
    for x in out:
        assert len(x.b) == 94, (len(x.b), x.b)
    return out


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.113 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80",
       "CleftConnect/3.2.1 (iOS 17.4.1; iPhone14,5) Alamofire/5.8.1",
       "CleftConnect/3.2.0 (Android 13; Pixel 6a) okhttp/4.12.0"]


def g_nginx():
    tick()
    ts = loc().strftime("%d/%b/%Y:%H:%M:%S -0400")
    p = pat()
    r = rr()
    if r < 0.55:
        path = R.choice([
            "/portal/api/v2/patients/%s/appointments?from=%s" % (p["mrn"], TODAY.isoformat()),
            "/portal/api/v2/patients/%s/travel-grant" % p["mrn"],
            "/portal/api/v2/grants/%s/documents/upload" % p["grant"],
            "/portal/api/v2/patients/%s/photos/consent" % p["mrn"]])
        meth = "POST" if "upload" in path or "consent" in path else "GET"
        l = L("nginx").p(p["ip"], "ip").t(" - - [%s] \"%s " % (ts, meth)).p(path, "url")
        ua = R.choice(UAS)
        l.t(" HTTP/2.0\" %d %d \"https://portal.bayviewchildrens.org/cleft/\" \"%s\" rt=%.3f" % (
            R.choice([200, 200, 200, 201, 304, 401]), R.randint(200, 9000), ua, R.uniform(0.01, 0.9)))
        if ua.startswith("CleftConnect"):
            l.t(" dev=").p(p["idfv"], "device")
        return [l]
    if r < 0.7:
        path = R.choice(["/cleft/static/js/main.8f3a2c1d.js", "/cleft/static/css/app.c41e.css", "/cleft/", "/cleft/favicon.ico"])
        l = L("nginx").p(p["ip"], "ip").t(" - - [%s] \"GET %s HTTP/2.0\" 200 %d \"-\" \"%s\" rt=%.3f" % (
            ts, path, R.randint(300, 400000), R.choice(UAS), R.uniform(0.001, 0.05)))
        return [l]
    ip, path, ua = R.choice([
        ("10.20.4.%d" % R.randint(2, 30), "/healthz", "kube-probe/1.28"),
        ("10.20.4.%d" % R.randint(2, 30), "/metrics", "Prometheus/2.51.1"),
        ("66.249.66.%d" % R.randint(1, 200), "/robots.txt", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
        ("52.14.%d.%d" % (R.randint(0, 255), R.randint(1, 254)), "/cleft/", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)"),
        ("10.20.4.%d" % R.randint(2, 30), "/portal/api/v2/version", "curl/8.5.0")])
    return [L("nginx").t("%s - - [%s] \"GET %s HTTP/1.1\" 200 %d \"-\" \"%s\" rt=%.3f" % (
        ip, ts, path, R.randint(2, 900), ua, R.uniform(0.0, 0.02)))]


def g_syslog():
    tick()
    d = loc()
    ts = d.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if d.day < 10 else d.strftime("%b %d %H:%M:%S")
    host = R.choice(["cfc-img01", "cfc-img02", "cfc-app03", "cfc-speech01", "tg-db01"])
    pri = R.choice(["<86>", "<30>", "<13>", "<38>", "<78>"])
    msg = R.choice([
        "sshd[%d]: Accepted publickey for svc_vectra from 10.40.2.%d port %d ssh2: ED25519 SHA256:%s" % (
            R.randint(1000, 60000), R.randint(2, 200), R.randint(30000, 65000), b64(32)[:43]),
        "CRON[%d]: (root) CMD (/opt/cfc/bin/rotate-captures.sh --older-than 30d)" % R.randint(1000, 60000),
        "systemd[1]: Started Vectra export watcher (vectra-export.service)." ,
        "smartd[%d]: Device: /dev/sdb [SAT], SMART Usage Attribute: 194 Temperature_Celsius changed from %d to %d" % (
            R.randint(500, 900), R.randint(30, 40), R.randint(30, 42)),
        "smartd[%d]: Device: /dev/sda [SAT], WDC WD4003FFBX-68MU3N0, S/N:V1G%s, WWN:5-000cca-%s, FW:83.00A83, 4.00 TB" % (
            R.randint(500, 900), alnum(5), hexs(9)),
        "kernel: [%d.%06d] nfs: server nas-cfc01 OK" % (R.randint(100000, 999999), R.randint(0, 999999)),
        "postfix/smtp[%d]: %s: to=<cleftteam@bayviewchildrens.org>, relay=mx1.bayviewchildrens.org[10.1.0.25]:25, delay=0.4, status=sent (250 2.0.0 Ok)" % (
            R.randint(1000, 60000), alnum(10, "0123456789ABCDEF")),
        "ntpd[%d]: kernel reports TIME_ERROR: 0x41: Clock Unsynchronized" % R.randint(400, 900),
        "sudo: kbrandt : TTY=pts/0 ; PWD=/home/kbrandt ; USER=root ; COMMAND=/usr/bin/systemctl restart speechlab-rec"])
    return [L("syslog").t("%s%s %s %s" % (pri, ts, host, msg))]


def g_java():
    tick()
    p = pat()
    ts = loc().strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % MS[0]
    out = []
    if R.random() < 0.6:
        l = L("java_trace").t("%s ERROR [mesh-upload-%d] c.b.cfi.upload.MeshUploader - Upload failed for study 3D-" % (ts, R.randint(1, 6)))
        l.p(p["mrn"], "mrn").t("-").p(ymd(TODAY), "date").t(": PACS rejected C-STORE (0xA700 Out of resources)")
        out.append(l)
    else:
        out.append(L("java_trace").t("%s ERROR [mesh-upload-%d] c.b.cfi.upload.MeshUploader - Upload failed job=%s: PACS rejected C-STORE (0xA700 Out of resources)" % (
            ts, R.randint(1, 6), uuid4())))
    out.append(L("java_trace").t("org.dcm4che3.net.service.DicomServiceException: Out of resources"))
    frames = ["\tat org.dcm4che3.net.Association.waitForOutstandingRSP(Association.java:%d)" % R.randint(300, 900),
              "\tat org.dcm4che3.tool.storescu.StoreSCU.send(StoreSCU.java:%d)" % R.randint(300, 900),
              "\tat com.bayview.cfi.upload.MeshUploader.push(MeshUploader.java:212)",
              "\tat com.bayview.cfi.upload.MeshUploader.lambda$run$0(MeshUploader.java:148)",
              "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)"]
    for f in frames[:R.randint(3, 5)]:
        out.append(L("java_trace").t(f))
    out.append(L("java_trace").t("\t... %d common frames omitted" % R.randint(4, 14)))
    return out


def g_pg():
    tick()
    p = pat()
    g = grd(p)
    ts = loc().strftime("%Y-%m-%d %H:%M:%S.") + "%03d EDT" % MS[0]
    pid = R.randint(20000, 60000)
    r = rr()
    pre = "%s [%d] grants_app@tgdb LOG:  duration: %.3f ms  statement: " % (ts, pid, R.uniform(0.2, 40))
    if r < 0.25:
        l = L("postgres").t(pre + "SELECT g.grant_no, g.status FROM travel_grant g JOIN guardian u ON u.id = g.guardian_id WHERE u.email = '")
        l.p(g["email"], "email").t("' AND g.fy = 'FY24'")
        return [l]
    if r < 0.45:
        l = L("postgres").t(pre + "UPDATE travel_grant SET status = 'approved', approved_by = 'gholloway', approved_at = now() WHERE grant_no = '")
        l.p(p["grant"], "other_id").t("'")
        return [l]
    if r < 0.62:
        l = L("postgres").t(pre + "INSERT INTO guardian (last_name, first_name, phone, zip) VALUES ('")
        l.p(g["last"], "name", sqlq).t("', '").p(g["first"], "name", sqlq).t("', '").p(fmt_phone(g["phone"], 1), "phone")
        l.t("', '").p(p["zip"], "zip").t("') RETURNING id")
        return [l]
    if r < 0.7:
        l = L("postgres").t("%s [%d] grants_app@tgdb ERROR:  duplicate key value violates unique constraint \"guardian_email_key\"" % (ts, pid))
        l2 = L("postgres").t("%s [%d] grants_app@tgdb DETAIL:  Key (email)=(" % (ts, pid)).p(g["email"], "email").t(") already exists.")
        return [l, l2]
    return [L("postgres").t(R.choice([
        "%s [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=%.3f s" % (
            ts, pid, R.randint(50, 4000), R.uniform(0.1, 5), R.uniform(0.1, 30)),
        "%s [%d] LOG:  automatic vacuum of table \"tgdb.public.travel_grant\": index scans: 1, pages: 0 removed, %d remain" % (ts, pid, R.randint(100, 900)),
        "%s [%d] grants_app@tgdb LOG:  duration: %.3f ms  statement: SELECT count(*) FROM travel_grant WHERE status = 'pending' AND fy = 'FY24'" % (ts, pid, R.uniform(1, 20)),
        "%s [%d] LOG:  connection authorized: user=grants_app database=tgdb application_name=tg-api SSL enabled (protocol=TLSv1.3)" % (ts, pid)]))]


def g_fhir():
    tick()
    p = pat()
    r = rr()
    if r < 0.4:
        o = {"resourceType": "Patient", "id": P(p["fhir"], "mrn"), "meta": {"versionId": str(R.randint(1, 9)), "lastUpdated": isoz()},
             "identifier": [{"system": "urn:oid:1.2.840.114350.1.13.861.1.7.5.737384.14", "value": P(p["mrn"], "mrn")}],
             "name": [{"use": "official", "family": P(p["last"], "name"), "given": [P(p["first"], "name")]}],
             "gender": "female" if p["sex"] == "F" else "male", "birthDate": P(p["dob"].isoformat(), "date"),
             "address": [{"line": [P(p["street"], "address")], "city": P(p["city"], "address"), "district": P(p["county"], "address"),
                          "state": p["st"], "postalCode": P(p["zip"], "zip")}],
             "contact": [{"relationship": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0131", "code": "N"}]}],
                          "name": {"text": P("%s %s" % (grd(p)["first"], grd(p)["last"]), "name")},
                          "telecom": [{"system": "phone", "value": P(fmt_phone(p["phone"], 1), "phone")}]}]}
        return [J("fhir", o)]
    if r < 0.7:
        s = staff()
        o = {"resourceType": "Appointment", "id": "e" + alnum(10, "abcdefghijkmnpqrstuvwxyz0123456789"), "status": "booked",
             "serviceType": [{"text": "Cleft Palate Team Visit"}],
             "start": S([P(p["appt"].isoformat() + "T08:40:00-04:00", "date")]), "minutesDuration": 60,
             "participant": [{"actor": {"reference": S(["Patient/", P(p["fhir"], "mrn")]), "display": P("%s %s" % (p["first"], p["last"]), "name")}, "status": "accepted"},
                             {"actor": {"reference": "Practitioner/e%s" % alnum(9, "abcdefghijkmnpqrstuvwxyz0123456789"), "display": "%s %s, %s" % (s[0], s[1], s[2])}, "status": "accepted"}]}
        return [J("fhir", o)]
    if r < 0.85:
        o = {"resourceType": "Media", "id": uuid4(), "status": "completed", "type": {"text": "image"},
             "modality": {"text": "clinical photograph, frontal"}, "subject": {"reference": S(["Patient/", P(p["fhir"], "mrn")])},
             "createdDateTime": P(TODAY.isoformat(), "date"), "operator": {"display": "Jonah Merriweather"},
             "content": {"contentType": "image/jpeg", "data": P("/9j/4AAQSkZJRgABAgAAZABkAAD/" + b64(96), "photo")}}
        return [J("fhir", o)]
    o = R.choice([{"resourceType": "CapabilityStatement", "status": "active", "date": "2024-04-30", "software": {"name": "Bayview FHIR Facade", "version": "2.9.4"},
                   "fhirVersion": "4.0.1"},
                  {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "throttled", "diagnostics": "Rate limit 120/min exceeded for client cfc-portal"}]},
                  {"resourceType": "Bundle", "type": "searchset", "total": 0, "link": [{"relation": "self", "url": "https://fhir.bayviewchildrens.org/R4/Appointment?date=ge2024-06-01&service-type=CFC"}]}])
    return [J("fhir", o)]


X12 = [0]


def g_x12():
    tick()
    p = pat()
    X12[0] += 1
    d = loc()
    out = []
    out.append(L("x12_837").t("ISA*00*          *00*          *ZZ*BAYVIEWCH      *ZZ*%-15s*%s*%s*^*00501*%09d*0*P*:~" % (
        "CARESOURCE" if p["plantype"] == "OHMCD" else "AVAILITY", d.strftime("%y%m%d"), d.strftime("%H%M"), 4417 + X12[0])))
    out.append(L("x12_837").t("ST*837*%04d*005010X222A1~" % X12[0]))
    out.append(L("x12_837").t("NM1*85*2*BAYVIEW CHILDRENS HOSPITAL*****XX*%s~" % ORG["npi"]))
    out.append(L("x12_837").t("N3*2100 LAKESHORE PKWY~"))
    out.append(L("x12_837").t("N4*CLEVELAND*OH*441141801~"))
    out.append(L("x12_837").t("SBR*P*18*******%s~" % ("MC" if p["plantype"] == "OHMCD" else "CI")))
    l = L("x12_837").t("NM1*IL*1*").p(p["last"].upper(), "name").t("*").p(p["first"].upper(), "name").t("****MI*").p(p["member"], "health_plan").t("~")
    out.append(l)
    out.append(L("x12_837").t("N3*").p(p["street"].upper(), "address").t("~"))
    out.append(L("x12_837").t("N4*").p(p["city"].upper(), "address").t("*%s*" % p["st"]).p(p["zip"].replace("-", ""), "zip").t("~"))
    out.append(L("x12_837").t("DMG*D8*").p(ymd(p["dob"]), "date").t("*%s~" % p["sex"]))
    cpt = R.choice(PROCS)
    out.append(L("x12_837").t("CLM*").p(p["har"], "account").t("*%d***22:B:1*Y*A*Y*Y~" % R.randint(900, 9000)))
    out.append(L("x12_837").t("HI*ABK:%s~" % p["dx"][0].replace(".", "")))
    out.append(L("x12_837").t("NM1*82*1*VASQUEZ-ORTIZ*HELENA****XX*%s~" % STAFF_NPI["hvasquez"]))
    out.append(L("x12_837").t("SV1*HC:%s*%d*UN*1***1~" % (cpt[0], R.randint(900, 9000))))
    out.append(L("x12_837").t("DTP*472*D8*").p(ymd(p["surg"]), "date").t("~"))
    out.append(L("x12_837").t("SE*%d*%04d~" % (len(out), X12[0])))
    return out


def g_note():
    tick()
    p = pat()
    g = grd(p)
    ts = loc().strftime("%m/%d/%Y %H:%M")
    sw = staff("Social Work")
    r = rr()
    l = L("mdt_note").t("[%s] CFC-MDT note (%s): " % (ts, R.choice(["kbrandt", "mokafor", "dfreeborn", "treinholt"])))
    if r < 0.3:
        l.p("%s %s" % (p["first"], p["last"]), "name").t(", %s, %s (%s). Discussed at team conf " % (age_str(p), p["dx"][2], p["dx"][0]))
        l.p("%d/%d" % (TODAY.month, TODAY.day + 1), "date")
        proc = R.choice(["palatoplasty", "ABG", "lip adhesion", "pharyngeal flap", "tip rhinoplasty"]
                        if p["dx"][1] != "CRS" else ["CVR", "strip craniectomy"])
        if p["surg"] < TODAY:
            l.t(". s/p %s w/ Dr. Vasquez-Ortiz " % proc).p(p["surg"].strftime("%-m/%-d/%y"), "date")
            l.t(", healing well; SLP f/u with Marguerite Okafor in 3 mo.")
        else:
            l.t(". Plan: %s w/ Dr. Vasquez-Ortiz " % proc).p(p["surg"].strftime("%-m/%-d/%y"), "date")
            l.t("; SLP f/u with Marguerite Okafor; ortho to eval for NAM.")
    elif r < 0.55:
        l.t("Mom ").p(g["first"], "name").t(" called re: travel grant ").p(p["grant"], "other_id")
        l.t(", staying at RMH 2 nights. Lives in ").p(p["city"], "address").t(" (%d mi). Best # " % p["miles"])
        l.p(fmt_phone(g["phone"], 1), "phone").t(". Referred to %s %s for gas card." % (sw[0], sw[1]))
    elif r < 0.75:
        l.t("Pt ").p(p["first"], "name").t(" (MRN ").p(p["mrn"], "mrn").t(") audiology: bilateral type B tymps, PE tubes planned. ")
        if R.random() < 0.5:
            l.t("Baha 6 Max softband SN ").p(digits(10), "device").t(" loaned, family to return at next visit ")
            l.p(p["appt"].strftime("%-m/%-d"), "date").t(".")
        else:
            l.t("NAM appliance ").p("NAM-24-%04d" % R.randint(1, 400), "device").t(" adjusted, taping reviewed w/ dad.")
    elif r < 0.9:
        gg = [x for x in PATS if x["guardians"][0]["rel"] == "great-grandmother"][0]
        gm = gg["guardians"][0]
        l.t("Great-grandmother ").p("%s %s" % (gm["first"], gm["last"]), "name").t(", age ").p(str(gm["age"]), "age")
        l.t(", is primary caregiver; needs transport assist. SW consult placed.")
    else:
        l.t("Team conf agenda: %d new referrals, %d post-op reviews, CLEFT-Q batch due. Room 4-419 booked 7:30-12:00. "
            "Lunch from Panera (order #%d)." % (R.randint(3, 9), R.randint(2, 8), R.randint(100000, 999999)))
    return [l]


def g_chat():
    tick()
    p = pat()
    g = grd(p)
    s1 = staff()
    r = rr()
    body = None
    if r < 0.35:
        body = S(["<p>can someone call ", P(g["first"] + " " + g["last"], "name"), " back at ", P(fmt_phone(g["phone"], 4), "phone"),
                  " re: ", P(p["first"], "name"), "'s appt on ", P(p["appt"].strftime("%-m/%-d"), "date"), "? interpreter (", p["lang"], ") requested</p>"])
    elif r < 0.5:
        nd = TODAY + dt.timedelta(days=R.choice([1, 2, 3, 4, 7, 8, 9, 10, 11, 14, 15]))
        body = S(["<p>OR moved ", P(p["last"], "name"), " palatoplasty to ", P(nd.strftime("%a %-m/%-d"), "date"),
                  ", mom aware. pls update the grant ", P(p["grant"], "other_id"), "</p>"])
    elif r < 0.6:
        body = S(["<p>photos for MRN ", P(p["mrn"], "mrn"), " didn't make it to PACS again, see INC00%d</p>" % R.randint(40000, 49999)])
    else:
        body = S([R.choice(["<p>who has the key to the photo room?</p>", "<p>Vectra is down again, Canfield ticket opened</p>",
                            "<p>reminder: CLEFT-Q batch export due Friday</p>", "<p>Dr. Whitlock running 20 min late</p>",
                            "<p>booth SB-2 mic replaced, serial on the asset tag</p>", "<p>lunch for team conf is in 4-419 👍</p>"])])
    o = {"id": str(R.randint(1715600000000, 1715699999999)), "messageType": "message", "createdDateTime": isoz(),
         "from": {"user": {"id": uuid4(), "displayName": "%s %s" % (s1[0], s1[1]), "userIdentityType": "aadUser"}},
         "body": {"contentType": "html", "content": body}, "channelIdentity": {"channelId": "19:%s@thread.tacv2" % hexs(32)}}
    return [J("teams_chat", o)]


def g_sms():
    tick()
    p = pat()
    g = grd(p)
    ts = isoz()
    sid = "SM" + hexs(32)
    r = rr()
    if r < 0.45:
        l = L("twilio_sms").t("%s twilio.msg sid=%s dir=outbound-api from=+12165550143 to=" % (ts, sid)).p("+1" + g["phone"], "phone")
        if p["lang"] == "es":
            l.t(" status=queued body=\"Equipo de Labio y Paladar Hendido de Bayview: cita de ").p(p["first"], "name").t(" el ")
            l.p(p["appt"].strftime("%d/%m"), "date").t(" a las 8:40am, 4o piso Suite 420. Responda C para confirmar.\"")
        else:
            l.t(" status=queued body=\"Bayview Cleft Team: Reminder for ").p(p["first"].upper(), "name").t(" on ")
            l.p(p["appt"].strftime("%m/%d"), "date").t(" at 8:40am, 4th fl Suite 420. Reply C to confirm, R to reschedule.\"")
        return [l]
    if r < 0.65:
        l = L("twilio_sms").t("%s twilio.msg sid=%s dir=inbound from=" % (ts, sid)).p("+1" + g["phone"], "phone")
        l.t(" to=+12165550143 body=\"")
        l.seq(R.choice([["C"], ["C thank u"], ["R can we do the next one, no ride"],
                        ["this is ", P(g["first"], "name"), " her grandma, we will be there"],
                        ["can i bring ", P(p["first"], "name"), "'s brother"]]), lambda x: x.replace('"', '\\"'))
        l.t("\"")
        return [l]
    if r < 0.8:
        l = L("twilio_sms").t("%s twilio.status sid=%s status=%s to=" % (ts, sid, R.choice(["delivered", "sent", "undelivered"])))
        l.p("+1" + g["phone"], "phone").t(" err=%s price=-0.00790 USD" % R.choice(["0", "0", "30003"]))
        return [l]
    return [L("twilio_sms").t("%s twilio.%s" % (ts, R.choice([
        "ratelimit bucket=cfc-reminders tokens=%d/60" % R.randint(0, 60),
        "batch start campaign=cfc-mdc-reminder-%s recipients=%d" % ((TODAY + dt.timedelta(days=R.randint(1, 20))).strftime("%Y%m%d"), R.randint(8, 30)),
        "webhook verify ok url=https://sms.bayviewchildrens.org/twilio/status sig=%s" % b64(20),
        "account balance usd=%.2f" % R.uniform(80, 900)])))]


def g_redcap():
    tick()
    p = pat()
    r = rr()
    if r < 0.7:
        l = L("redcap_xml").t("<Item record_id=\"").p(p["cfc"], "other_id").t("\" redcap_event_name=\"%s\" mrn=\"" % R.choice(
            ["age_5_arm_1", "age_8_arm_1", "age_12_arm_1", "preop_arm_1"]))
        l.p(p["mrn"], "mrn").t("\" dob=\"").p(p["dob"].isoformat(), "date").t("\" cleft_type=\"%s\" " % p["dx"][1])
        l.t("cleftq_face=\"%d\" cleftq_speech=\"%d\" vpi_surg=\"%d\" visit_date=\"" % (R.randint(20, 100), R.randint(20, 100), R.choice([0, 1])))
        l.p(TODAY.isoformat(), "date").t("\" form_complete=\"2\"/>")
        return [l]
    if r < 0.85:
        l = L("redcap_xml").t("<Item record_id=\"").p(p["cfc"], "other_id").t("\" redcap_event_name=\"enrollment_arm_1\" parent_name=\"")
        g = grd(p)
        l.p("%s %s" % (g["first"], g["last"]), "name", xesc).t("\" parent_email=\"").p(g["email"], "email").t("\" consent_version=\"v3.1\"/>")
        return [l]
    return [L("redcap_xml").t(R.choice([
        "<ODM xmlns=\"http://www.cdisc.org/ns/odm/v1.3\" FileType=\"Snapshot\" FileOID=\"%s\" CreationDateTime=\"%s\" SourceSystem=\"REDCap\" SourceSystemVersion=\"14.0.19\">" % (uuid4(), isoz()[:19]),
        "<Study OID=\"Project.CFCOutcomesRegistry\"><GlobalVariables><StudyName>CFC Outcomes Registry</StudyName><ProtocolName>IRB 2019-0417</ProtocolName></GlobalVariables></Study>",
        "</ODM>"]))]


def g_dicom():
    tick()
    p = pat()
    ts = loc().strftime("%Y-%m-%d %H:%M:%S")
    r = rr()
    if r < 0.6:
        mod = R.choice(["CT", "DX", "CT"])
        l = L("dicom_router").t("%s INFO dcmrouter: C-STORE-RQ from=%s calling_ip=10.40.3.%d " % (
            ts, "CBCT_CFC1" if mod == "CT" else "CEPH_ORTHO", R.randint(2, 60)))
        nm = "%s^%s" % (p["last"].upper(), p["first"].upper())
        l.t("PatientName=\"").p(nm, "name").t("\" PatientID=").p(p["mrn"], "mrn").t(" PatientBirthDate=").p(ymd(p["dob"]), "date")
        l.t(" AccessionNumber=").p("CFC%08d" % R.randint(0, 99999999), "other_id").t(" StudyDate=").p(ymd(TODAY), "date")
        l.t(" Modality=%s StudyInstanceUID=1.2.840.113619.2.%d.%d.%d SeriesNumber=%d bytes=%d dest=PACS_MAIN status=0x0000" % (
            mod, R.randint(100, 999), R.randint(10**6, 10**7), R.randint(10**9, 10**10), R.randint(1, 9), R.randint(10**5, 10**9)))
        return [l]
    return [L("dicom_router").t("%s %s" % (ts, R.choice([
        "INFO dcmrouter: C-ECHO-RQ from=PACS_MAIN calling_ip=10.1.8.14 status=0x0000",
        "WARN dcmrouter: association rejected calling=UNKNOWN_AE ip=10.40.3.%d reason=calling-AE-title-not-recognized" % R.randint(2, 200),
        "INFO dcmrouter: queue PACS_MAIN pending=%d retrying=%d" % (R.randint(0, 40), R.randint(0, 3)),
        "INFO dcmrouter: TLS cert cfc-dcmrouter.bayviewchildrens.org valid until 2025-03-02, serial=%s" % hexs(16).upper(),
        "INFO dcmrouter: device CBCT_CFC1 model=\"Planmeca ProMax 3D Mid\" sn=PM3D-%d fw=5.2.1" % R.randint(100000, 999999)])))]


def g_k8s():
    tick()
    o = R.choice([
        {"ts": isoz(), "level": "info", "caller": "deploy/rollout.go:%d" % R.randint(80, 400), "msg": "rollout complete",
         "deployment": R.choice(["sched-bridge", "tg-api", "speechlab-rec", "cfc-portal"]), "namespace": "cfc-prod",
         "image": "registry.bayviewchildrens.org/cfc/%s:%d.%d.%d" % (R.choice(["sched-bridge", "tg-api"]), 4, R.randint(0, 14), R.randint(0, 9)),
         "digest": "sha256:" + hexs(64)},
        {"ts": isoz(), "level": "warn", "caller": "prober/prober.go:107", "msg": "Readiness probe failed", "pod": "tg-api-7c9f8d-%s" % alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789"),
         "probe": "http-get http://10.20.4.%d:8080/healthz" % R.randint(2, 60), "latency_ms": R.randint(1000, 5000)},
        {"ts": isoz(), "level": "info", "caller": "hpa/controller.go:212", "msg": "scaled", "hpa": "cfc-portal", "from": R.randint(2, 4), "to": R.randint(3, 8), "cpu_pct": R.randint(60, 95)},
        {"ts": isoz(), "level": "info", "msg": "otel export", "trace_id": hexs(32), "span_id": hexs(16), "spans": R.randint(1, 400), "endpoint": "otel-collector.observability:4317"},
        {"ts": isoz(), "level": "error", "caller": "certmgr/renew.go:66", "msg": "acme renew failed", "domain": "portal.bayviewchildrens.org", "err": "context deadline exceeded", "attempt": R.randint(1, 5)},
    ])
    return [J("k8s_json", o)]


def g_cef():
    tick()
    p = pat()
    s = staff()
    ep = int(NOW.timestamp() * 1000)
    if rr() < 0.65:
        act = R.choice(["Chart Review", "Media Manager - Clinical Photos", "Travel Grant Report", "Speech Eval Note", "Operative Note"])
        l = L("cef_audit").t("CEF:0|Epic|Hyperspace|Nov 2023|ACCESS|Chart accessed|3|rt=%d suser=%s duid=%s cs1Label=MRN cs1=" % (ep, s[4], STAFF_ID[s[4]]))
        l.p(p["mrn"], "mrn").t(" cs2Label=Activity cs2=%s cs3Label=Dept cs3=BCH CRANIOFACIAL src=10.12.%d.%d dvchost=EPCPRDWEB0%d" % (
            act, R.randint(0, 40), R.randint(2, 250), R.randint(1, 6)))
        if R.random() < 0.3:
            l.t(" cs4Label=BTG cs4=Y msg=Break-the-glass: patient name ").p("%s %s" % (p["first"], p["last"]), "name")
        return [l]
    ev = R.choice([("LOGIN", "User login", 1), ("LOGOUT", "User logout", 1), ("LOGIN_FAIL", "Failed login", 5),
                   ("SECURE", "Workstation secured", 1)])
    return [L("cef_audit").t("CEF:0|Epic|Hyperspace|Nov 2023|%s|%s|%d|rt=%d suser=%s src=10.12.%d.%d dvchost=EPCPRDWEB0%d" % (
        ev[0], ev[1], ev[2], ep, s[4], R.randint(0, 40), R.randint(2, 250), R.randint(1, 6)))]


GENS = [(g_cadence, 8), (g_hl7, 2), (g_vectra, 8), (g_speech, 7), (g_orlog, 3), (g_orlog_clean, 1), (g_travel, 9),
        (g_nacha, 2), (g_nginx, 8), (g_syslog, 10), (g_java, 0.6), (g_pg, 5), (g_fhir, 4), (g_x12, 0.9), (g_note, 4),
        (g_chat, 5), (g_sms, 5), (g_redcap, 3), (g_dicom, 5), (g_k8s, 8), (g_cef, 5)]


def main():
    lines = []
    funcs = [g for g, _ in GENS]
    weights = [w for _, w in GENS]
    while len(lines) < N_LINES:
        g = R.choices(funcs, weights)[0]
        if g is g_nacha and ACH["batch"] >= 2:
            continue
        n_clean = sum(1 for x in lines if not x.sp)
        FORCE[0] = n_clean < 0.555 * len(lines) and R.random() < 0.6
        ev = g()
        if len(lines) + len(ev) > N_LINES:
            continue
        lines.extend(ev)
    # verify
    out_log = bytearray()
    out_lab = []
    for i, l in enumerate(lines, 1):
        b = bytes(l.b)
        if not b or b"\n" in b or b"\r" in b:
            sys.exit("bad line %d" % i)
        b.decode("utf-8")
        prev = 0
        spans = []
        for s, e, cat, val in sorted(l.sp):
            if not (0 <= s < e <= len(b)):
                sys.exit("span out of range line %d" % i)
            if s < prev:
                sys.exit("overlap line %d" % i)
            if b[s:e].decode("utf-8") != val:
                sys.exit("span mismatch line %d: %r vs %r" % (i, b[s:e], val))
            prev = e
            spans.append({"s": s, "e": e, "cat": cat})
        out_log += b + b"\n"
        out_lab.append(json.dumps({"line": i, "family": l.fam, "spans": spans}, ensure_ascii=False))
    with open("qf.log", "wb") as f:
        f.write(bytes(out_log))
    with open("qf.labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")
    n_clean = sum(1 for l in lines if not l.sp)
    print("lines=%d clean=%d (%.1f%%)" % (len(lines), n_clean, 100.0 * n_clean / len(lines)), file=sys.stderr)


if __name__ == "__main__":
    main()
