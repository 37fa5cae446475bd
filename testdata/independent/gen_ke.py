#!/usr/bin/env python3
"""Generator for held-out corpus "ke": hospital cancer program / tumor registry logs.

Theme: tumor registry and oncology data team of a (fictitious) community cancer
program: case-finding from pathology HL7 ORU and e-path feeds (Mirth channel logs,
raw and escaped HL7 v2.5.1), NAACCR XML abstracts and a fixed-width extract with
layout hints, follow-up letter batches and lost-to-follow-up (LTFU) tracking,
state cancer registry submissions and EDITS50-style reports, tumor board
scheduling (iCalendar) and minutes, clinical trial screening logs, survivorship
care plan (SCP) service logs, Python and R ETL output, SAS logs, abstractor
shorthand notes, plus plain infrastructure noise (cron, nginx, k8s, postgres).

Everything is synthetic.  Standard library only, deterministic (fixed seed).
Writes ke.log (500 lines, joined by "\\n") and ke.labels.jsonl next to itself.

Labeling decisions:
- Patients, relatives/emergency contacts, next of kin and follow-up contacts are
  labeled; clinicians (pathologists, attendings, PIs, presenters, managing
  physicians), registrars/abstractors (names, initials, usernames, emails,
  extensions), the hospital, labs, state registry and vendors are never labeled.
- Names: every written form of a patient/relative name is `name`, including
  HL7 components (LAST and FIRST are separate spans, middle initial its own span),
  "Last, First" strings (one span), lower-case and initials (e.g. "T.K." or "TK"
  in trial screening logs and minutes).  Salutation words ("Ms.", "Mr.") are not
  part of the span.
- Dates tied to a patient are `date`: birth, diagnosis, date of last contact,
  death, surgery/chemo/RT dates, specimen collection/received/final-report dates
  in OBR, follow-up letter "last contact", appointment and screening dates, and
  the date a specific patient's case is presented at tumor board.  Malformed
  date values of a patient (SAS "Invalid data" dumps, e.g. 19430533, or
  dd/mm strings in a ValueError) are still `date`.  Not labeled: log timestamps, file-name dates,
  export windows, meeting dates of a board with no patient on the line, EDITS
  run dates, years alone, ICS DTSTART/DTSTAMP of board sessions.
- Ages are labeled only when > 89 (e.g. "92 y/o", NAACCR ageAtDiagnosis "091");
  younger ages are left as look-alikes.
- Address: street line, city, county name, county FIPS code (countyAtDx,
  PID-11.9) and census tract are `address`; the state alone is not labeled;
  ZIP / ZIP+4 (with or without hyphen) is `zip`.  Hospital/clinic/registry
  addresses are not labeled.
- MRN (hospital medicalRecordNumber, PID-3 MR) is `mrn`.  Registry patient ID
  number (patientIdNumber), hospital tumor registry accession numbers (both
  "2023-00871" and 9-digit "202300871"), pathology/e-path specimen accession
  numbers (S24-04417, LC24-...), HL7 visit numbers (PV1-19), state registry
  case IDs, trial screening IDs, tumor board case IDs tied to a patient, and
  patient portal usernames are `other_id`.  Order/placer numbers, HL7 message
  control IDs, batch IDs, letter IDs, trace/span IDs, NCT/protocol numbers and
  EDITS record sequence numbers are NOT labeled.
- Patient account / billing account numbers (PID-18, acct=) are `account`.
- Medicare MBI, Medicaid IDs and commercial member IDs are `health_plan`.
- Patient driver's licence (PID-20, DL#) is `license`; car plates are `vehicle`.
- Implanted device UDI/serials (ports, pacemakers) of a patient are `device`.
- Public IP of a patient portal session is `ip`; internal 10.x/172.x host IPs
  are not labeled.
- Personal URLs (a patient's CaringBridge page, obituary links for a patient)
  are `url`; vendor/registry/documentation URLs are not.
- Fingerprint/palm templates are `biometric`; base64 face photos `photo` (the
  whole data URI or base64 string is one span).
- Known public test values (e.g. SSN 078-05-1120, 123-45-6789 in a validation
  blacklist, 555-0100 directory numbers of staff) are not labeled.
"""
import json
import os
import random
import unicodedata
from datetime import date, datetime, timedelta

SEED = 21_0525_4417
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "ke"

# --------------------------------------------------------------------------
# line builder with byte offsets
# --------------------------------------------------------------------------
BAD_CHARS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


class L:
    def __init__(self, family):
        self.family = family
        self.b = bytearray()
        self.spans = []

    def t(self, s):
        self.b += s.encode("utf-8")
        return self

    def p(self, s, cat):
        assert s, "empty span"
        st = len(self.b)
        self.b += s.encode("utf-8")
        self.spans.append((st, len(self.b), cat, s))
        return self


# --------------------------------------------------------------------------
# synthetic pools
# --------------------------------------------------------------------------
FIRST = [("Chidinma", "F"), ("Lucia", "F"), ("Teresa", "F"), ("Hans-Peter", "M"),
         ("Thi Hoa", "F"), ("Mohammed", "M"), ("Aiyana", "F"), ("Søren", "M"),
         ("José Luis", "M"), ("Priya", "F"), ("Kwame", "M"), ("Ngozi", "F"),
         ("Dmitri", "M"), ("Mei-Ling", "F"), ("Giovanni", "M"), ("Fatima", "F"),
         ("Olumide", "M"), ("Siobhán", "F"), ("Rahul", "M"), ("Yuki", "F"),
         ("Mateo", "M"), ("Agnieszka", "F"), ("Tomás", "M"), ("Leilani", "F"),
         ("Bao", "M"), ("Ingrid", "F"), ("Efraín", "M"), ("Dolores", "F"),
         ("Hamid", "M"), ("Zofia", "F"), ("Darnell", "M"), ("Beatriz", "F"),
         ("Jean-Baptiste", "M"), ("Anh", "F"), ("Rustam", "M"), ("Gwendolyn", "F"),
         ("Wiremu", "M"), ("Oluwaseun", "M"), ("Marguerite", "F"), ("Ikaika", "M"),
         ("Earl", "M"), ("Mildred", "F"), ("LaToya", "F"), ("Raymond", "M")]
LAST = ["Okafor", "Reyes-Morales", "Kowalczyk", "Mayer", "Nguyễn", "Al-Sayed",
        "Begay", "Østergaard", "García López", "Raghunathan", "Mensah", "Nwosu",
        "Volkov", "Chen", "De Luca", "Haddad", "Adeyemi", "Ó Briain",
        "Venkataraman", "Takahashi", "van der Berg", "Wiśniewska", "de la Cruz",
        "Kahananui", "Tran", "Lindqvist", "O'Connell", "McAllister",
        "Ferreira da Silva", "Abernathy-Cole", "Yılmaz", "Szabó", "Dubois", "Park",
        "Iskandarov", "Whitehorse", "Ngata", "St. Pierre", "MacLeod",
        "Papadopoulos", "Hollingsworth", "Jablonski", "Washington", "Ruiz"]
MID = list("ABCDEFGJKLMNRSTW")

# staff / clinicians (never labeled)
DOCS = [("Harriet", "Lindgren"), ("Rajesh", "Kulkarni"), ("Amara", "Whitfield-Obi"),
        ("Haruki", "Sato"), ("Elena", "Marchetti"), ("Samuel", "Ortiz-Bauer"),
        ("Nadia", "Farouk"), ("Gregory", "Pennington"), ("Ana Sofia", "Kraus"),
        ("Victor", "Osei")]
REGISTRARS = [("Monika", "Ostrowski", "mostrowski", "MO"), ("Dana", "Whitfield", "dwhitfield", "DW"),
              ("Karthik", "Patel", "kpatel", "KP"), ("Renee", "Boudreaux", "rboudreaux", "RB"),
              ("Tiffany", "Yoon", "tyoon", "TY")]
NPIS = ["1538274910", "1679523348", "1023184476", "1891765502", "1457390218",
        "1316048893", "1740286631", "1982054417", "1265839970", "1600917734"]

# (city, county, county fips, state, zip3 or zip5 prefix)
PLACES = [("Columbus", "Franklin", "049", "OH", "432"), ("Dayton", "Montgomery", "113", "OH", "454"),
          ("Toledo", "Lucas", "095", "OH", "436"), ("Newark", "Licking", "089", "OH", "4305"),
          ("Zanesville", "Muskingum", "119", "OH", "4370"), ("Huntington", "Cabell", "011", "WV", "2570"),
          ("Covington", "Kenton", "117", "KY", "4101"), ("Fort Wayne", "Allen", "003", "IN", "468"),
          ("Erie", "Erie", "049", "PA", "165"), ("Marietta", "Washington", "167", "OH", "4575"),
          ("Chillicothe", "Ross", "141", "OH", "4560"), ("Lancaster", "Fairfield", "045", "OH", "4313"),
          ("Delaware", "Delaware", "041", "OH", "4301"), ("Mount Vernon", "Knox", "083", "OH", "4305")]
STREETS = ["Parsons Ave", "Oakmont Ct", "N High St", "Sawmill Rd", "Elm St", "Whitehall Dr",
           "Karl Rd", "Cleveland Ave", "Refugee Rd", "Maple Grove Ln", "County Road 26",
           "State Route 37", "Lockbourne Rd", "Bexvie Ave", "Olentangy River Rd", "Hamilton Rd",
           "Morse Rd", "E Main St", "Shady Lane Rd", "Quarry Chapel Rd"]
UNITS = ["", "", "", " Apt 3B", " Unit 12", " Apt 104", " Lot 27", " #2"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "aol.com", "hotmail.com", "outlook.com", "att.net",
             "icloud.com", "wowway.net", "columbus.rr.com"]
AREAS = ["614", "740", "937", "419", "513", "304", "859", "260", "814", "380", "567"]

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

SITES = [("C50.4", "C504", "8500", "3", "Breast, UOQ", "INVASIVE DUCTAL CARCINOMA, NOS, NOTTINGHAM GRADE 2 (OF 3)"),
         ("C34.1", "C341", "8140", "3", "Lung, RUL", "ADENOCARCINOMA, ACINAR PREDOMINANT"),
         ("C18.7", "C187", "8140", "3", "Sigmoid colon", "INVASIVE ADENOCARCINOMA, MODERATELY DIFFERENTIATED"),
         ("C61.9", "C619", "8550", "3", "Prostate", "ACINAR ADENOCARCINOMA, GLEASON SCORE 3+4=7 (GRADE GROUP 2)"),
         ("C44.3", "C443", "8720", "3", "Skin of cheek", "INVASIVE MELANOMA, BRESLOW 1.4 MM"),
         ("C67.2", "C672", "8120", "2", "Bladder, lateral wall", "NONINVASIVE PAPILLARY UROTHELIAL CARCINOMA, HIGH GRADE"),
         ("C25.0", "C250", "8500", "3", "Pancreas, head", "INVASIVE DUCTAL ADENOCARCINOMA"),
         ("C73.9", "C739", "8260", "3", "Thyroid", "PAPILLARY THYROID CARCINOMA, CLASSIC TYPE"),
         ("C53.9", "C539", "8070", "3", "Cervix", "SQUAMOUS CELL CARCINOMA, KERATINIZING"),
         ("C71.1", "C711", "9440", "3", "Brain, frontal lobe", "GLIOBLASTOMA, IDH-WILDTYPE, CNS WHO GRADE 4"),
         ("C85.9", "C859", "9680", "3", "Lymph node, axillary", "DIFFUSE LARGE B-CELL LYMPHOMA, GCB TYPE"),
         ("C16.3", "C163", "8490", "3", "Stomach, antrum", "POORLY COHESIVE CARCINOMA, SIGNET RING CELL TYPE")]
NONREPORTABLE = ["NEGATIVE FOR MALIGNANCY", "NO TUMOR IDENTIFIED", "ATYPIA OF UNDETERMINED SIGNIFICANCE, SEE COMMENT",
                 "BENIGN TISSUE WITH CHRONIC INFLAMMATION", "NONDIAGNOSTIC SPECIMEN, RECOMMEND REBIOPSY"]


def clock_gen():
    t = datetime(2024, 4, 1, 0, 58, 11, 214000)
    while True:
        t += timedelta(seconds=rng.randint(1, 140), microseconds=rng.randint(0, 999999))
        yield t


_clock = clock_gen()


def now():
    return next(_clock)


def ms(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"


def rdate(y0, y1):
    return date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def fd(d, style=None):
    if style is None:
        style = rng.choice(["iso", "ymd8", "us", "us_short", "us_nopad", "dmon", "sas", "long", "eu"])
    if style == "iso":
        return d.isoformat()
    if style == "ymd8":
        return d.strftime("%Y%m%d")
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "us_nopad":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "dmon":
        return f"{d.day:02d}-{MON[d.month - 1]}-{d.year}"
    if style == "sas":
        return f"{d.day:02d}{MON[d.month - 1].upper()}{d.year}"
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "eu":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    raise ValueError(style)


def ascii_fold(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ı", "i").replace("ł", "l")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return s


def gen_ssn():
    while True:
        a = rng.randint(1, 899)
        if a in (0, 666) or a == 78:
            continue
        g = rng.randint(1, 99)
        s = rng.randint(1, 9999)
        return f"{a:03d}-{g:02d}-{s:04d}"


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def gen_mbi():
    an = MBI_A + "0123456789"
    c = [str(rng.randint(1, 9)), rng.choice(MBI_A), rng.choice(an), str(rng.randint(0, 9)),
         rng.choice(MBI_A), rng.choice(an), str(rng.randint(0, 9)), rng.choice(MBI_A),
         rng.choice(MBI_A), str(rng.randint(0, 9)), str(rng.randint(0, 9))]
    return "".join(c)


def fmt_phone(area, ex, num, style=None):
    style = style or rng.choice(["paren", "dash", "raw", "dot", "intl", "paren_nosp"])
    return {"paren": f"({area}) {ex}-{num}", "dash": f"{area}-{ex}-{num}", "raw": f"{area}{ex}{num}",
            "dot": f"{area}.{ex}.{num}", "intl": f"+1 {area} {ex} {num}",
            "paren_nosp": f"({area}){ex}-{num}"}[style]


CAP = date(2024, 3, 28)


def clamp(d):
    return d if d <= CAP else CAP - timedelta(days=rng.randint(1, 40))


SHORT = {"C504": "IDC gr2", "C341": "adenoca RUL", "C187": "adenoca sigmoid", "C619": "adenoca prostate GG2",
         "C443": "melanoma cheek", "C672": "HG papillary UC", "C250": "panc adenoca", "C739": "PTC",
         "C539": "SCC cervix", "C711": "GBM", "C859": "DLBCL", "C163": "SRC gastric"}


class Person:
    def __init__(self, recent=False):
        self.first, self.sex = rng.choice(FIRST)
        self.last = rng.choice(LAST)
        self.mid = rng.choice(MID)
        self.dob = rdate(1926, 1982)
        self.ssn = gen_ssn()
        self.mrn = f"{rng.randint(0, 9999999):08d}" if rng.random() < 0.5 else f"{rng.randint(40000000, 49999999):011d}"
        self.year = rng.randint(2016, 2024)
        self.accn = rng.randint(1, 1499)
        self.acc = f"{self.year}-{self.accn:05d}"
        self.acc9 = f"{self.year}{self.accn:05d}"
        self.pid = f"{rng.randint(100000, 999999):08d}"
        city, county, fips, st, zp = rng.choice(PLACES)
        self.city, self.county, self.fips, self.st = city, county, fips, st
        self.zip = zp + "".join(str(rng.randint(0, 9)) for _ in range(5 - len(zp)))
        self.zip4 = f"{rng.randint(1000, 9999)}"
        self.street = f"{rng.randint(12, 9890)} {rng.choice(STREETS)}{rng.choice(UNITS)}"
        self.tract = f"{rng.randint(1, 9999):04d}{rng.choice(['00', '01', '02', '10'])}"
        self.area = rng.choice(AREAS)
        self.ex = str(rng.randint(201, 989))
        self.num = f"{rng.randint(0, 9999):04d}"
        self.cell = (rng.choice(AREAS), str(rng.randint(201, 989)), f"{rng.randint(0, 9999):04d}")
        base = ascii_fold(self.first.split()[0].split("-")[0]).lower()
        lastf = ascii_fold(self.last).lower().replace(" ", "").replace("'", "").replace(".", "")
        self.email = rng.choice([f"{base}.{lastf}{self.dob.year % 100:02d}", f"{base[0]}{lastf}",
                                 f"{lastf}{base[:3]}{rng.randint(1, 99)}", f"{base}{lastf[:4]}"]) + "@" + rng.choice(EMAIL_DOM)
        self.user = f"{base}{lastf[:5]}{rng.randint(1, 99)}"
        self.acct = rng.choice([f"A{rng.randint(10**8, 10**9 - 1)}", f"{rng.randint(10**9, 10**10 - 1)}",
                                f"HAR{rng.randint(10**6, 10**7 - 1)}"])
        self.mbi = gen_mbi()
        self.medicaid = f"{rng.randint(10**11, 10**12 - 1)}"
        self.member = rng.choice(["XOF", "ZGP", "W", "MCR", "YRH"]) + f"{rng.randint(10**8, 10**9 - 1)}"
        self.dl = rng.choice(["SR", "TK", "RB", "UH", "PD"]) + f"{rng.randint(100000, 999999)}"
        if recent:
            self.year = 2024 if rng.random() < 0.8 else 2023
            self.acc = f"{self.year}-{self.accn:05d}"
            self.acc9 = f"{self.year}{self.accn:05d}"
            self.dx = date(2024, rng.randint(1, 3), rng.randint(1, 25)) if self.year == 2024 else date(2023, rng.randint(10, 12), rng.randint(1, 28))
        else:
            self.dx = clamp(date(self.year, rng.randint(1, 12), rng.randint(1, 28)))
        self.dlc = clamp(self.dx + timedelta(days=rng.randint(30, 2400)))
        if self.dlc <= self.dx:
            self.dlc = self.dx + timedelta(days=rng.randint(1, 3))
        self.spec = f"{rng.choice(['S', 'S', 'SP', 'NG', 'C'])}{self.dx.year % 100:02d}-{rng.randint(1, 29999):05d}"
        self.site = rng.choice(SITES)
        while (self.site[1] == "C619" and self.sex == "F") or (self.site[1] == "C539" and self.sex == "M"):
            self.site = rng.choice(SITES)
        self.age = (self.dx - self.dob).days // 365
        self.tb_case = f"TB-{rng.randint(1000, 9999)}"

    @property
    def initials(self):
        return ascii_fold(self.first[0] + self.last.replace("de la ", "D").replace("van der ", "V")[0]).upper()


_ROT = {}


def rot(key, n):
    """cycle through variants 0..n-1 in a shuffled order (keeps rare variants present)"""
    q = _ROT.setdefault(key, [])
    if not q:
        q.extend(rng.sample(range(n), n))
    return q.pop()


def pick_doc():
    i = rng.randrange(len(DOCS))
    return DOCS[i][0], DOCS[i][1], NPIS[i]


def relative():
    f, _ = rng.choice(FIRST)
    return f, rng.choice(LAST)


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:32]}"


def pub_ip():
    first = rng.choice([73, 24, 98, 108, 174, 67, 75, 99, 184, 71])
    return f"{first}.{rng.randint(1, 254)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def b64ish(n):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(rng.choice(al) for _ in range(n))


# ==========================================================================
# BLOCKS: each returns a list of L
# ==========================================================================
# ---------------- Mirth / HL7 ----------------
CHANNELS = ["EPATH_INBOUND_CF", "COPATH_ORU_TO_CASEFINDER", "LABCORP_EPATH_SFTP", "QUEST_AP_ORU"]


def mirth_prefix(l, level="INFO", thread=None, cls="com.mirth.connect.donkey.server.channel.Channel"):
    t = now()
    ch = rng.choice(CHANNELS)
    thread = thread or f"{ch} Source Channel Thread 1"
    l.t(f"{level:<5} {ms(t)} [{thread}] {cls}: ")
    return ch


def blk_mirth_noise():
    out = []
    for _ in range(rng.randint(1, 3)):
        l = L("mirth_log")
        k = rng.randint(0, 7)
        if k == 0:
            mirth_prefix(l, thread="Main Server Thread", cls="com.mirth.connect.server.Mirth")
            l.t("Mirth Connect 4.4.1 (Built on August 22, 2023) server successfully started.")
        elif k == 1:
            mirth_prefix(l, cls="com.mirth.connect.connectors.tcp.TcpReceiver")
            l.t(f"Client connected from 10.40.{rng.randint(1, 9)}.{rng.randint(2, 250)}:{rng.randint(40000, 65000)} (MLLP, port 6661)")
        elif k == 2:
            mirth_prefix(l, level="WARN", cls="com.mirth.connect.connectors.tcp.TcpReceiver")
            l.t(f"Socket read timeout after 30000 ms; closing connection from 10.40.2.{rng.randint(2, 250)}")
        elif k == 3:
            mirth_prefix(l, cls="com.mirth.connect.server.controllers.DonkeyEngineController")
            l.t(f"Channel {rng.choice(CHANNELS)} ({uuid4()}) deployed, revision {rng.randint(12, 140)}")
        elif k == 4:
            mirth_prefix(l, cls="com.mirth.connect.connectors.tcp.TcpReceiver")
            l.t(f"Sent ACK AA for MSG{rng.randint(10**7, 10**8 - 1)} in {rng.randint(2, 90)} ms")
        elif k == 5:
            mirth_prefix(l, level="ERROR", cls="com.mirth.connect.plugins.datatypes.hl7v2.ER7Reader")
            l.t(f"Error parsing message: Segment OBX[{rng.randint(3, 40)}] field 5 exceeds max length 65536 (messageId={rng.randint(100000, 999999)})")
        elif k == 6:
            mirth_prefix(l, cls="com.mirth.connect.donkey.server.queue.DestinationQueue")
            l.t(f"Destination 'Casefinder REST' queue size={rng.randint(0, 40)} retry in 10000 ms")
        else:
            mirth_prefix(l, level="DEBUG", cls="com.mirth.connect.server.util.javascript.JavaScriptScopeUtil")
            l.t(f"filter: OBR-4.1 in [88305,88307,88309,88331] -> pass; stats received={rng.randint(1000, 9000)} filtered={rng.randint(100, 900)} errored=0")
        out.append(l)
    return out


def hl7_ts(d, with_time=True):
    if with_time:
        return d.strftime("%Y%m%d") + f"{rng.randint(6, 18):02d}{rng.randint(0, 59):02d}"
    return d.strftime("%Y%m%d")


def pid_segment(p, l, variant=0):
    l.t("PID|1||").p(p.mrn, "mrn").t("^^^MRH^MR")
    if variant == 1:
        l.t("~").p(p.ssn.replace("-", ""), "ssn").t("^^^SSA^SS")
    l.t("||").p(p.last.upper(), "name").t("^").p(p.first.upper(), "name").t("^").p(p.mid, "name").t("^^^^L||")
    l.p(p.dob.strftime("%Y%m%d"), "date").t(f"|{p.sex}||{rng.choice(['2106-3', '2054-5', '2028-9', '1002-5', '2131-1'])}^^HL70005|")
    l.p(p.street.upper(), "address").t("^^").p(p.city.upper(), "address").t(f"^{p.st}^")
    l.p(p.zip if rng.random() < 0.6 else p.zip + "-" + p.zip4, "zip").t("^USA^H")
    if rng.random() < 0.5:
        l.t("^^").p(p.fips, "address")
    l.t("||").p(fmt_phone(p.area, p.ex, p.num, "paren_nosp"), "phone").t("^PRN^PH")
    if rng.random() < 0.4:
        l.t("~").p(p.email, "email").t("^NET^Internet")
    l.t("||eng|M||").p(p.acct, "account").t("^^^MRH^AN|")
    if variant != 1:
        l.p(p.ssn if rng.random() < 0.5 else p.ssn.replace("-", ""), "ssn")
    l.t("|")
    if rng.random() < 0.6:
        l.p(p.dl, "license").t(f"^{p.st}^{p.dob.year + rng.randint(95, 101)}{p.dob.month:02d}{p.dob.day:02d}")
    return l


def blk_hl7_message():
    p = Person(recent=True)
    out = []
    ctrl = f"MSG{rng.randint(10**7, 10**8 - 1)}"
    l = L("mirth_log")
    mirth_prefix(l, cls="com.mirth.connect.connectors.tcp.TcpReceiver")
    l.t(f"Message received from 10.40.2.{rng.randint(2, 250)}:{rng.randint(40000, 65000)}, {rng.randint(1800, 9800)} bytes, controlId={ctrl}")
    out.append(l)
    coll = datetime.combine(p.dx, datetime.min.time()) + timedelta(hours=rng.randint(7, 16), minutes=rng.randint(0, 59))
    recv = coll + timedelta(hours=rng.randint(1, 20), minutes=rng.randint(0, 59))
    fin = recv + timedelta(days=rng.randint(1, 5), hours=rng.randint(0, 6), minutes=rng.randint(0, 59))
    msgts = fin + timedelta(minutes=rng.randint(1, 50), seconds=rng.randint(0, 59))
    out.append(L("hl7v2").t(f"MSH|^~\\&|COPATH|MRH_AP^2.16.840.1.113883.3.8811.2^ISO|CASEFINDER|MRH_TR|{msgts.strftime('%Y%m%d%H%M%S')}-0400||ORU^R01^ORU_R01|{ctrl}|P|2.5.1|||AL|NE|||||LRI_NG_RN_Profile^^2.16.840.1.113883.9.20^ISO"))
    out.append(pid_segment(p, L("hl7v2"), variant=rng.randint(0, 1)))
    if rng.random() < 0.4:
        rf, rl = relative()
        l = L("hl7v2").t("NK1|1|").p(rl.upper(), "name").t("^").p(rf.upper(), "name").t(f"|{rng.choice(['SPO^Spouse', 'DAU^Daughter', 'SON^Son', 'SIS^Sister'])}^HL70063||")
        l.p(fmt_phone(*relative_phone(), "paren_nosp"), "phone").t("^PRN^PH||EC^Emergency Contact^HL70131")
        out.append(l)
    df, dl_, npi = pick_doc()
    visit = f"V{rng.randint(10**8, 10**9 - 1)}"
    l = L("hl7v2").t(f"PV1|1|O|MRH_{rng.choice(['BRST', 'GI', 'THOR', 'URO', 'DERM'])}^^^MRH||||{npi}^{dl_.upper()}^{df.upper()}^^^^MD^^NPI|||||||||||")
    l.p(visit, "other_id").t("^^^MRH^VN")
    out.append(l)
    placer = f"{rng.randint(10**8, 10**9 - 1)}"
    out.append(L("hl7v2").t(f"ORC|RE|{placer}^EPIC|").p(p.spec, "other_id").t(f"^COPATH||CM||||{msgts.strftime('%Y%m%d%H%M')}|||{npi}^{dl_.upper()}^{df.upper()}^^^^MD"))
    pf, pl, pnpi = pick_doc()
    l = L("hl7v2").t(f"OBR|1|{placer}^EPIC|").p(p.spec, "other_id").t(f"^COPATH|{rng.choice(['88305', '88307', '88309'])}^SURGICAL PATHOLOGY^CPT4|||")
    l.p(coll.strftime("%Y%m%d%H%M"), "date").t("|||||||").p(recv.strftime("%Y%m%d%H%M"), "date").t(f"|{p.site[4].upper()}|{npi}^{dl_.upper()}^{df.upper()}||||||")
    l.p(fin.strftime("%Y%m%d%H%M"), "date").t(f"||SP|F|||||||{pnpi}&{pl.upper()}&{pf.upper()}")
    out.append(l)
    reportable = rng.random() < 0.8
    diag = p.site[5] if reportable else rng.choice(NONREPORTABLE)
    out.append(L("hl7v2").t(f"OBX|1|FT|22637-3^Path report.final diagnosis^LN||{p.site[4].upper()}, {rng.choice(['BIOPSY', 'CORE BIOPSY', 'RESECTION', 'EXCISION'])}:\\.br\\- {diag}.||||||F|||{msgts.strftime('%Y%m%d%H%M')}"))
    if rng.random() < 0.6:
        l = L("hl7v2").t("OBX|2|FT|22636-5^Path report.relevant Hx^LN||")
        if rng.random() < 0.4:
            a = rng.randint(90, 99)
            l.p(f"{a}", "age").t(f" yo {'F' if p.sex == 'F' else 'M'} with {rng.choice(['palpable mass', 'abnormal imaging', 'weight loss', 'hematuria'])}")
        else:
            l.t(f"{rng.randint(41, 86)} yo {'F' if p.sex == 'F' else 'M'} with {rng.choice(['palpable mass', 'abnormal imaging', 'mass on CT', 'suspicious lesion'])}")
        l.t(". R/O malignancy.||||||F")
        out.append(l)
    out.append(L("hl7v2").t(f"OBX|3|NM|21889-1^Size Tumor^LN||{rng.randint(3, 60) / 10}|cm^centimeter^UCUM|||||F"))
    l = L("hl7v2").t("SPM|1|").p(p.spec, "other_id").t("&COPATH||TISS^Tissue^HL70487|||||||||||||").p(coll.strftime("%Y%m%d%H%M"), "date")
    out.append(l)
    l = L("mirth_log")
    mirth_prefix(l, thread=f"{rng.choice(CHANNELS)} JavaScript Transformer Thread 1", cls="transformer")
    if reportable:
        l.t(f"reportable=Y score={rng.randint(900, 999) / 1000} site={p.site[0]} hist={p.site[2]}/{p.site[3]} acc=").p(p.spec, "other_id").t(" mrn=").p(p.mrn, "mrn").t(" -> queued for abstracting")
    else:
        l.t(f"reportable=N score={rng.randint(10, 300) / 1000} controlId={ctrl} -> filtered (non-reportable dx)")
    out.append(l)
    return out


def relative_phone():
    return rng.choice(AREAS), str(rng.randint(201, 989)), f"{rng.randint(0, 9999):04d}"


def blk_hl7_oneline():
    p = Person(recent=True)
    l = L("hl7v2_escaped")
    mirth_prefix(l, level="ERROR", cls="com.mirth.connect.connectors.http.HttpDispatcher")
    ctrl = f"MSG{rng.randint(10**7, 10**8 - 1)}"
    l.t(f"Error sending to https://casefinder.mrh.internal:8443/api/v2/reports (HTTP 422 Unprocessable Entity) raw=\"MSH|^~\\\\&|QUEST|QDI_AP|CASEFINDER|MRH_TR|{now().strftime('%Y%m%d%H%M')}||ORU^R01|{ctrl}|P|2.3.1\\rPID|1||")
    l.p(p.mrn, "mrn").t("||").p(p.last.upper(), "name").t("^").p(p.first.upper(), "name").t("||").p(p.dob.strftime("%Y%m%d"), "date").t(f"|{p.sex}|||")
    l.p(p.street.upper(), "address").t("^^").p(p.city.upper(), "address").t(f"^{p.st}^").p(p.zip, "zip").t("\\rOBR|1||").p(p.spec, "other_id").t("|88305^SURG PATH|||").p(hl7_ts(p.dx), "date")
    l.t("\\rOBX|1|TX|||SEE NOTE||||||F\\r\" cause=\"OBX-5 empty after TX normalisation\"")
    return [l]


# ---------------- e-path JSON / PSV ----------------
def blk_epath_json():
    p = Person(recent=True)
    t = now()
    reportable = rng.random() < 0.75
    src = rng.choice(["EPATH-LabCorp", "EPATH-Quest", "COPATH-MRH", "EPATH-Aurora"])
    l = L("epath_json")
    l.t('{"ts":"' + t.strftime("%Y-%m-%dT%H:%M:%S.") + f'{t.microsecond // 1000:03d}Z","level":"info","logger":"casefinder.nlp","event":"report_scored","source":"{src}","accession":"')
    l.p(p.spec, "other_id").t('","mrn":"').p(p.mrn, "mrn").t('","patient":{"family":"').p(p.last, "name").t('","given":"').p(p.first, "name").t('"},"dob":"')
    l.p(p.dob.isoformat(), "date").t('","collected":"').p(p.dx.isoformat(), "date")
    l.t(f'","score":{rng.randint(900 if reportable else 20, 999 if reportable else 400) / 1000},"reportable":{"true" if reportable else "false"},"site":"{p.site[0]}","histology":"{p.site[2]}/{p.site[3]}","model":"cf-path-bert-3.2.1","trace_id":"{hexs(32)}"}}')
    out = [l]
    if rng.random() < 0.3:
        l = L("epath_json")
        t = now()
        l.t('{"ts":"' + t.strftime("%Y-%m-%dT%H:%M:%S.") + f'{t.microsecond // 1000:03d}Z","level":"warning","logger":"casefinder.match","event":"mpi_no_match","source":"{src}","accession":"')
        l.p(p.spec, "other_id").t('","candidate":{"name":"').p(f"{p.last.upper()}, {p.first.upper()}", "name").t('","dob":"').p(fd(p.dob, "us"), "date").t('","sex":"' + p.sex + '","zip":"').p(p.zip, "zip")
        l.t(f'"}},"best_score":{rng.randint(600, 840) / 1000},"threshold":0.85,"action":"manual_review"}}')
        out.append(l)
    return out


def blk_epath_noise():
    out = []
    for _ in range(rng.randint(1, 2)):
        t = now()
        l = L("epath_json")
        k = rng.randint(0, 4)
        pre = '{"ts":"' + t.strftime("%Y-%m-%dT%H:%M:%S.") + f'{t.microsecond // 1000:03d}Z",'
        if k == 0:
            n = rng.randint(200, 900)
            r = rng.randint(20, 90)
            l.t(pre + f'"level":"info","logger":"casefinder.batch","event":"batch_done","batch_id":"{uuid4()}","reports":{n},"reportable":{r},"nonreportable":{n - r},"p95_ms":{rng.randint(40, 300)},"duration_s":{rng.randint(20, 900) / 10}}}')
        elif k == 1:
            l.t(pre + f'"level":"info","logger":"casefinder.model","event":"model_loaded","model":"cf-path-bert-3.2.1","sha256":"{hexs(64)}","device":"cpu","threads":8}}')
        elif k == 2:
            l.t(pre + f'"level":"error","logger":"casefinder.sftp","event":"fetch_failed","host":"sftp.labcorp-epath.example.com","port":22,"error":"Authentication failed (publickey)","retry_in_s":300,"span_id":"{hexs(16)}"}}')
        elif k == 3:
            l.t(pre + f'"level":"debug","logger":"casefinder.rules","event":"rules_reloaded","ruleset":"reportability_2024_v2","terms_included":{rng.randint(300, 420)},"terms_ambiguous":["apparent(ly)","compatible with","consistent with","favor(s)","suspicious for"],"terms_excluded":["cannot be ruled out","questionable","rule out"]}}')
        else:
            l.t(pre + f'"level":"info","logger":"uvicorn.access","event":"GET /health HTTP/1.1","status":200,"client":"10.42.{rng.randint(0, 9)}.{rng.randint(2, 250)}:{rng.randint(30000, 60000)}","duration_ms":{rng.randint(1, 9)}}}')
        out.append(l)
    return out


def blk_epath_psv():
    out = []
    if rng.random() < 0.5:
        out.append(L("epath_psv").t("RECORD_TYPE|LAB_CLIA|ACCESSION|PT_LAST|PT_FIRST|PT_MI|DOB|SEX|MRN|ZIP|COLLECT_DT|SITE_TEXT|DX_TEXT|ICD10"))
    for _ in range(rng.randint(1, 3)):
        p = Person(recent=True)
        clia = rng.choice(["36D0659382", "05D0642827", "34D0655059"])
        l = L("epath_psv").t(f"D|{clia}|").p(p.spec, "other_id").t("|").p(p.last.upper(), "name").t("|").p(p.first.upper(), "name").t("|")
        if rng.random() < 0.6:
            l.p(p.mid, "name")
        l.t("|").p(fd(p.dob, "us"), "date").t(f"|{p.sex}|").p(p.mrn, "mrn").t("|").p(p.zip, "zip").t("|").p(fd(p.dx, "us"), "date")
        l.t(f"|{p.site[4].upper()}|{p.site[5]}|{p.site[0]}")
        out.append(l)
    if rng.random() < 0.5:
        out.append(L("epath_psv").t(f"T|{rng.randint(20, 400)}|{hexs(40)}"))
    return out


# ---------------- NAACCR XML ----------------
def blk_naaccr_header():
    out = [L("naaccr_xml").t('<?xml version="1.0" encoding="UTF-8"?>'),
           L("naaccr_xml").t('<NaaccrData baseDictionaryUri="http://naaccr.org/naaccrxml/naaccr-dictionary-240.xml" recordType="A" specificationVersion="1.7" xmlns="http://naaccr.org/naaccrxml">'),
           L("naaccr_xml").t('  <Item naaccrId="registryId">0000390001</Item>'),
           L("naaccr_xml").t('  <Item naaccrId="npiRegistryId">1902837465</Item>'),
           L("naaccr_xml").t(f'  <Item naaccrId="fileCreationDate">{now().strftime("%Y%m%d")}</Item>'),
           L("naaccr_xml").t('  <Item naaccrId="vendorName">MRH TR Extract 3.4.0 (python naaccr-xml 0.9)</Item>')]
    return out[: rng.randint(3, 6)]


def xi(l, indent, nid, val, cat=None):
    l.t(" " * indent + f'<Item naaccrId="{nid}">')
    if cat:
        l.p(val, cat)
    else:
        l.t(val)
    l.t("</Item>")
    return l


def blk_naaccr_patient():
    p = Person()
    F = "naaccr_xml"
    out = [L(F).t("  <Patient>")]
    items = [("patientIdNumber", p.pid, "other_id"), ("nameLast", ascii_fold(p.last).upper(), "name"),
             ("nameFirst", ascii_fold(p.first).upper(), "name"), ("nameMiddle", p.mid, "name")]
    if p.sex == "F" and rng.random() < 0.5:
        items.append(("nameMaiden", rng.choice(LAST).upper(), "name"))
    items += [("dateOfBirth", p.dob.strftime("%Y%m%d"), "date"), ("birthplaceState", rng.choice(["OH", "KY", "ZZ", "NY"]), None),
              ("sex", "2" if p.sex == "F" else "1", None), ("race1", rng.choice(["01", "02", "03", "04", "05", "96"]), None),
              ("spanishHispanicOrigin", rng.choice(["0", "1", "2", "6"]), None),
              ("socialSecurityNumber", p.ssn.replace("-", ""), "ssn"), ("medicalRecordNumber", p.mrn, "mrn")]
    if rng.random() < 0.5:
        items.append(("medicareBeneficiaryIdentifier", p.mbi, "health_plan"))
    if rng.random() < 0.5:
        items.append(("telephone", p.area + p.ex + p.num, "phone"))
    if rng.random() < 0.3:
        rf, rl = relative()
        items.append(("followUpContactName", f"{rl.upper()} {rf.upper()}", "name"))
    items += [("vitalStatus", rng.choice(["1", "1", "0"]), None), ("dateOfLastContact", p.dlc.strftime("%Y%m%d"), "date"),
              ("followUpSource", rng.choice(["0", "1", "2", "4"]), None)]
    for nid, v, c in items:
        out.append(xi(L(F), 4, nid, v, c))
    out.append(L(F).t("    <Tumor>"))
    titems = [("accessionNumberHosp", p.acc9, "other_id"), ("sequenceNumberHospital", rng.choice(["00", "01", "02"]), None),
              ("primarySite", p.site[1], None), ("laterality", rng.choice(["0", "1", "2", "9"]), None),
              ("histologicTypeIcdO3", p.site[2], None), ("behaviorCodeIcdO3", p.site[3], None),
              ("dateOfDiagnosis", p.dx.strftime("%Y%m%d"), "date"), ("diagnosticConfirmation", "1", None)]
    age_dx = (p.dx - p.dob).days // 365
    if rng.random() < 0.25:
        age_dx = rng.randint(90, 99)
    titems.append(("ageAtDiagnosis", f"{age_dx:03d}", "age" if age_dx > 89 else None))
    titems += [("addrAtDxNoStreet", ascii_fold(p.street).upper(), "address"), ("addrAtDxCity", p.city.upper(), "address"),
               ("addrAtDxState", p.st, None), ("addrAtDxPostalCode", p.zip + (p.zip4 if rng.random() < 0.5 else ""), "zip"),
               ("countyAtDx", p.fips, "address")]
    if rng.random() < 0.5:
        titems.append(("censusTract2010", p.tract, "address"))
    titems += [("primaryPayerAtDx", rng.choice(["02", "10", "20", "60", "61", "31"]), None),
               ("tnmEditionNumber", "08", None), ("ajccTnmClinT", rng.choice(["cT1c", "cT2", "cT3", "cTis"]), None),
               ("gradeClinical", rng.choice(["1", "2", "3", "9"]), None),
               ("rxDateSurgery", (clamp(p.dx + timedelta(days=rng.randint(10, 60)))).strftime("%Y%m%d"), "date"),
               ("rxSummSurgPrimSite2023", rng.choice(["A200", "A300", "B220", "A000"]), None),
               ("abstractedBy", rng.choice(REGISTRARS)[3], None), ("classOfCase", rng.choice(["10", "14", "22", "00"]), None)]
    for nid, v, c in titems:
        if c is None and rng.random() < 0.5:
            continue
        out.append(xi(L(F), 6, nid, v, c))
    if rng.random() < 0.5:
        l = L(F).t('      <Item naaccrId="textRemarks">')
        note_remarks(l, p)
        l.t("</Item>")
        out.append(l)
    out.append(L(F).t("    </Tumor>"))
    out.append(L(F).t("  </Patient>"))
    return out


def blk_naaccr_oneline():
    p = Person()
    l = L("naaccr_xml").t(f"{ms(now())} DEBUG [naaccrxml.writer] patient {rng.randint(1, 420)}/{rng.randint(420, 480)}: ")
    l.t('<Patient><Item naaccrId="patientIdNumber">').p(p.pid, "other_id").t('</Item><Item naaccrId="nameLast">').p(ascii_fold(p.last).upper(), "name")
    l.t('</Item><Item naaccrId="nameFirst">').p(ascii_fold(p.first).upper(), "name").t('</Item><Item naaccrId="dateOfBirth">').p(p.dob.strftime("%Y%m%d"), "date")
    l.t(f'</Item><Item naaccrId="sex">{"2" if p.sex == "F" else "1"}</Item>')
    if rng.random() < 0.5:
        l.t('<Item naaccrId="socialSecurityNumber">').p(p.ssn.replace("-", ""), "ssn").t("</Item>")
    l.t('<Tumor><Item naaccrId="accessionNumberHosp">').p(p.acc9, "other_id").t(f'</Item><Item naaccrId="primarySite">{p.site[1]}</Item><Item naaccrId="dateOfDiagnosis">')
    l.p(p.dx.strftime("%Y%m%d"), "date").t('</Item><Item naaccrId="addrAtDxPostalCode">').p(p.zip, "zip").t('</Item></Tumor></Patient>')
    return [l]


def note_remarks(l, p):
    k = rng.randint(0, 2)
    if k == 0:
        l.t("PT SEEN AT OSH FOR DX; REFERRED HERE FOR SURG. DLC PER ONC NOTE ").p(fd(p.dlc, "us"), "date").t(". SPOUSE ").p(rng.choice(FIRST)[0].upper(), "name").t(" PROVIDED HX.")
    elif k == 1:
        l.t("Pt declined adj RT per Dr. " + rng.choice(DOCS)[1] + " note ").p(fd(clamp(p.dx + timedelta(days=rng.randint(20, 80))), "us_nopad"), "date").t("; moved to ").p(rng.choice(PLACES)[0], "address").t(", f/u w/ outside onc.")
    else:
        l.t("ER/PR/HER2 per ").p(p.spec, "other_id").t(f": ER 95% PR 40% HER2 1+ (neg). Ki-67 {rng.randint(5, 40)}%.")


# ---------------- NAACCR-like fixed width ----------------
FW_FIELDS = [("recType", 1, 1), ("accNo", 2, 10), ("seq", 11, 12), ("nameLast", 13, 37), ("nameFirst", 38, 51),
             ("nameMid", 52, 52), ("dob", 53, 60), ("sex", 61, 61), ("ssn", 62, 70), ("mrn", 71, 81),
             ("site", 82, 85), ("hist", 86, 89), ("beh", 90, 90), ("dxDate", 91, 98), ("zip", 99, 107),
             ("county", 108, 110), ("dlc", 111, 118), ("vs", 119, 119)]


def blk_fw_layout():
    out = []
    k = rng.random()
    if k < 0.5:
        hint = ", ".join(f"{n} {a}-{b}" if a != b else f"{n} {a}" for n, a, b in FW_FIELDS)
        out.append(L("naaccr_fixed").t(f"# layout=MRH_TR_FW v3.1 reclen=119 encoding=latin-1 fields: {hint}"))
    if rng.random() < 0.6:
        out.append(L("naaccr_fixed").t("#" + "".join(str(i % 10) for i in range(1, 120))[1:]))
    if rng.random() < 0.6 or not out:
        out.append(L("naaccr_fixed").t(f"# source=registry_extract_{now().strftime('%Y%m%d')}.txt records={rng.randint(300, 1300)} md5={hexs(32)} generated_by=rp_export.exe 24.0.2"))
    return out


def blk_fw_record():
    out = []
    for _ in range(rng.randint(1, 2)):
        p = Person()
        l = L("naaccr_fixed")
        vals = {"recType": ("A", None), "accNo": (p.acc9, "other_id"), "seq": ("00", None),
                "nameLast": (ascii_fold(p.last).upper(), "name"), "nameFirst": (ascii_fold(p.first).upper(), "name"),
                "nameMid": (p.mid, "name"), "dob": (p.dob.strftime("%Y%m%d"), "date"), "sex": ("2" if p.sex == "F" else "1", None),
                "ssn": (p.ssn.replace("-", ""), "ssn"), "mrn": (p.mrn, "mrn"), "site": (p.site[1], None),
                "hist": (p.site[2], None), "beh": (p.site[3], None), "dxDate": (p.dx.strftime("%Y%m%d"), "date"),
                "zip": (p.zip + (p.zip4 if rng.random() < 0.4 else ""), "zip"), "county": (p.fips, "address"),
                "dlc": (p.dlc.strftime("%Y%m%d"), "date"), "vs": ("1", None)}
        for n, a, b in FW_FIELDS:
            w = b - a + 1
            v, c = vals[n]
            v = v[:w]
            if c:
                l.p(v, c)
            else:
                l.t(v)
            l.t(" " * (w - len(v)))
        out.append(l)
        if rng.random() < 0.4:
            l = L("naaccr_fixed").t(f"fwparse: rec {rng.randint(1, 1200)}: field dob(53-60)=")
            bad = f"{p.dob.year}0231"
            l.p(bad, "date").t(" invalid calendar date; nameLast(13-37)='").p(ascii_fold(p.last).upper(), "name").t("' -> set dob=99999999")
            out.append(l)
    return out


# ---------------- follow-up letters ----------------
def blk_followup():
    out = []
    batch = f"FU-2024-{rng.randint(3, 4):02d}"
    for _ in range(rng.randint(1, 3)):
        p = Person()
        t = now()
        k = rng.randint(0, 4)
        l = L("followup_letters").t(t.strftime("%Y-%m-%dT%H:%M:%SZ") + f" fupgen[{rng.randint(2000, 9000)}]: ")
        if k == 0:
            l.t(f"INFO batch={batch} type=PT_LTR{rng.randint(1, 3)} acc=").p(p.acc, "other_id").t(' rcpt="').p(f"{p.first} {p.last}", "name").t('" addr="')
            l.p(p.street, "address").t(", ").p(p.city, "address").t(f" {p.st} ").p(p.zip, "zip").t('" dlc=').p(p.dlc.isoformat(), "date")
        elif k == 1:
            df, dl_, npi = pick_doc()
            l.t(f"INFO batch={batch} type=MD_LTR acc=").p(p.acc, "other_id").t(f' rcpt="{df} {dl_}, MD" npi={npi} fax=614-555-01{rng.randint(10, 99)} re_pt="')
            l.p(f"{p.last.upper()}, {p.first.upper()}", "name").t('" dob=').p(fd(p.dob, "us"), "date")
        elif k == 2:
            p2 = Person()
            l.t("WARN RTS acc=").p(p.acc, "other_id").t(' "').p(f"{p.last.upper()}, {p.first.upper()}", "name").t('" ')
            l.p(ascii_fold(p.street).upper(), "address").t(", ").p(p.city.upper(), "address").t(f" {p.st} ").p(p.zip, "zip")
            l.t(" -- USPS NCOA forwarding: ").p(ascii_fold(p2.street).upper(), "address").t(", ").p(p2.city.upper(), "address").t(f" {p2.st} ").p(p2.zip + "-" + p2.zip4, "zip")
        elif k == 3:
            l.t(f"INFO suppressed acc=").p(p.acc, "other_id").t(" reason=DECEASED dod=").p(fd(p.dlc, "iso"), "date").t(" source=state_death_match")
        else:
            l.t("INFO rendered letter_id=" + f"L{rng.randint(10**6, 10**7 - 1)}" + ' salutation="Dear ' + ("Ms. " if p.sex == "F" else "Mr. "))
            l.p(p.last, "name").t(',"' + f" template=fu_patient_{rng.choice(['en', 'es', 'vi', 'ar'])}.docx pages=1")
        out.append(l)
    return out


def blk_followup_noise():
    t = now()
    k = rng.randint(0, 3)
    l = L("followup_letters").t(t.strftime("%Y-%m-%dT%H:%M:%SZ") + f" fupgen[{rng.randint(2000, 9000)}]: ")
    if k == 0:
        npt, nmd = rng.randint(60, 150), rng.randint(40, 120)
        l.t(f"INFO batch=FU-2024-04 complete letters={npt + nmd} pt={npt} md={nmd} suppressed_deceased={rng.randint(2, 15)} elapsed=00:0{rng.randint(1, 9)}:{rng.randint(10, 59)}")
    elif k == 1:
        l.t("INFO return address: Cancer Registry, Mercy Riverside Medical Center, 1500 Riverside Dr, Columbus OH 43214, ph 614-555-0140")
    elif k == 2:
        l.t("WARN template fu_patient_so.docx missing merge field {{dlc_long}}; falling back to fu_patient_en.docx")
    else:
        l.t(f"INFO print job sent to \\\\mrh-print02\\TR_LETTERS job={rng.randint(1000, 9999)} sheets={rng.randint(100, 400)} duplex=false")
    return [l]


# ---------------- LTFU tracking CSV ----------------
def blk_ltfu():
    out = []
    if rng.random() < 0.5:
        out.append(L("ltfu_csv").t("acc_no,patient,dob,dlc,months_since_dlc,last_src,action,notes"))
    for _ in range(rng.randint(1, 3)):
        p = Person()
        while p.year > 2021:
            p = Person()
        dlc = min(p.dx + timedelta(days=rng.randint(60, 1500)), date(2022, 12, rng.randint(1, 28)))
        months = (date(2024, 4, 1) - dlc).days // 30
        l = L("ltfu_csv").p(p.acc, "other_id").t(',"').p(f"{p.last}, {p.first}", "name").t('",').p(fd(p.dob, "iso"), "date").t(",").p(fd(dlc, "iso"), "date")
        l.t(f",{months},{rng.choice(['ONC_NOTE', 'PCP_LTR', 'LAB', 'PT_PHONE'])},")
        k = rng.randint(0, 3)
        if k == 0:
            slug = ascii_fold(f"{p.first}-{p.last}").lower().replace(" ", "-").replace("'", "").replace(".", "")
            l.t("OBIT_SEARCH,").p(f"https://www.legacy.com/us/obituaries/dispatch/name/{slug}-obituary?id={rng.randint(40000000, 55000000)}", "url")
        elif k == 1:
            l.t('CALL_PT,"LM x2 on ').p(fmt_phone(p.area, p.ex, p.num, "dash"), "phone").t('; try cell ').p(fmt_phone(*p.cell, "raw"), "phone").t('"')
        elif k == 2:
            l.t("LTR_SENT,returned undeliverable")
        else:
            l.t('STATE_LINK,"req sent to OCISS ').p(f"OH{rng.randint(2016, 2023)}{rng.randint(100000, 999999)}", "other_id").t('"')
        out.append(l)
    return out


def blk_ltfu_noise():
    k = rng.randint(0, 2)
    if k == 0:
        return [L("ltfu_csv").t(f"# LTFU report generated {now().strftime('%Y-%m-%d %H:%M')} by tr_reports.ltfu v1.8; cohort=analytic dx 2019-2022; n={rng.randint(900, 1800)}; lost={rng.randint(40, 140)} ({rng.randint(30, 99) / 10}%); CoC 5-yr target >= 80% followed")]
    if k == 1:
        return [L("ltfu_csv").t(f"TOTAL,,,,,,{rng.randint(40, 140)} rows,")]
    return [L("ltfu_csv").t(f"# columns: acc_no,patient,dob,dlc,months_since_dlc,last_src,action,notes | filter months_since_dlc>=15 & vital_status==1 & class_of_case in (10..22)")]


# ---------------- state submission ----------------
def sub_prefix(l, level="INFO"):
    l.t(now().strftime("%Y-%m-%d %H:%M:%S") + f" regsubmit[{rng.randint(1000, 9999)}] {level} ")


def blk_submission_noise():
    out = []
    for _ in range(rng.randint(1, 3)):
        l = L("state_submission")
        k = rng.randint(0, 5)
        if k == 0:
            sub_prefix(l)
            l.t(f"export window dateOfDiagnosis 2023-{rng.choice(['07-01..2023-09-30', '10-01..2023-12-31', '04-01..2023-06-30'])} cases={rng.randint(200, 500)} layout=NAACCR XML v24 recordType=A")
        elif k == 1:
            sub_prefix(l)
            l.t(f"sftp put /data/tr/exports/MRH_0000390001_{now().strftime('%Y%m%d')}_A.xml.gz -> sftp://transfer.ohcancerreg.example.gov:22/inbound/ ({rng.randint(1, 9)}.{rng.randint(10, 99)} MB) OK sha256={hexs(64)}")
        elif k == 2:
            sub_prefix(l)
            rec, rej = rng.randint(300, 420), rng.randint(0, 20)
            l.t(f"state ack MRH_0000390001_ACK.xml parsed: received={rec} accepted={rec - rej} rejected={rej} warnings={rng.randint(10, 60)}")
        elif k == 3:
            sub_prefix(l, "ERROR")
            l.t("sftp connect transfer.ohcancerreg.example.gov:22 failed: kex_exchange_identification: read: Connection reset by peer (attempt 2/5)")
        elif k == 4:
            sub_prefix(l)
            l.t("config: reporting_facility=0000390001 npi=1902837465 contact=Dana Whitfield, CTR <dwhitfield@mercyriverside.example.org> 614-555-0147")
        else:
            sub_prefix(l, "WARN")
            l.t(f"{rng.randint(3, 30)} records held: casefinding status 'pending abstract' (> 180 days from first contact)")
        out.append(l)
    return out


def blk_submission_reject():
    out = []
    for _ in range(rng.randint(1, 2)):
        p = Person()
        l = L("state_submission")
        sub_prefix(l, "WARN")
        k = rng.randint(0, 2)
        if k == 0:
            l.t(f"REJECT rec={rng.randint(1, 420)} patientIdNumber=").p(p.pid, "other_id").t(" acc=").p(p.acc9, "other_id").t(" reason=\"possible duplicate of state case ").p(f"OH-{p.year}-{rng.randint(100000, 999999)}", "other_id").t("\"")
        elif k == 1:
            l.t(f"REJECT rec={rng.randint(1, 420)} acc=").p(p.acc9, "other_id").t(" reason=\"SSN ").p(p.ssn.replace("-", ""), "ssn").t(" matches different DOB in state MPI (").p(p.dob.strftime("%Y%m%d"), "date").t(" vs ").p((p.dob + timedelta(days=rng.randint(1, 400))).strftime("%Y%m%d"), "date").t(")\"")
        else:
            l.t("state query: \"Please verify residence at dx for ").p(f"{p.last.upper()}, {p.first.upper()} {p.mid}", "name").t(" - countyAtDx ").p(p.fips, "address").t(" does not match ZIP ").p(p.zip, "zip").t("\" ticket=Q-" + str(rng.randint(10000, 99999)))
        out.append(l)
    return out


# ---------------- EDITS50 report ----------------
EDIT_MSGS = [("N0423", "Date of Diagnosis, Date of Birth (NAACCR)"), ("IF24", "Primary Site, Laterality (SEER IF24)"),
             ("N0579", "Date of Last Contact, Date of Diagnosis (NAACCR)"), ("IF117", "Age, Primary Site, Morphology ICDO3--Adult (SEER IF117)"),
             ("N1027", "County at DX Reported, Addr at DX--State (NAACCR)"), ("N2735", "Grade Clinical, Schema ID, Primary Site (NAACCR)"),
             ("N6135", "RX Date Surgery, Date of Diagnosis (NAACCR)"), ("N0350", "Social Security Number (NAACCR)"),
             ("IF31", "Diagnostic Confirmation, Behavior ICDO3 (SEER IF31)"), ("N5016", "Census Tract 2010, Census Tract Certainty 2010 (NAACCR)")]


def blk_edits_noise():
    out = []
    k = rng.randint(0, 3)
    if k == 0:
        out.append(L("edits_report").t(f"EDITS50 Batch Report   GenEDTS Plus 5.1.3   Metafile: NAACCR_v24A_Ohio.smf   EditSet: OH Hospital Submission v24A   Run: {now().strftime('%m/%d/%Y %H:%M:%S')}"))
        out.append(L("edits_report").t(f"Records processed: {rng.randint(300, 420)}   Records with errors: {rng.randint(5, 30)}   Total errors: {rng.randint(20, 60)}   Warnings: {rng.randint(20, 80)}"))
    elif k == 1:
        out.append(L("edits_report").t("Edit ID   Edit Name                                                        Count"))
        for _ in range(rng.randint(2, 4)):
            eid, nm = rng.choice(EDIT_MSGS)
            out.append(L("edits_report").t(f"{eid:<9} {nm:<64} {rng.randint(1, 12):>5}"))
    elif k == 2:
        out.append(L("edits_report").t("-" * 94))
    else:
        out.append(L("edits_report").t(f"*** Skipped edit N0350: Social Security Number - test values 078051120, 123456789, 999999999 treated as unknown (metafile option SSN_ALLOW_UNKNOWN=Y)"))
    return out


def blk_edits_record():
    p = Person()
    out = []
    l = L("edits_report").t(f"Rec# {rng.randint(1, 420):>5}  PatID ").p(p.pid, "other_id").t("  Acc# ").p(p.acc9, "other_id").t("  Name: ").p(f"{ascii_fold(p.last).upper()}, {ascii_fold(p.first).upper()}", "name").t("  DOB: ").p(p.dob.strftime("%Y%m%d"), "date")
    out.append(l)
    for eid, nm in rng.sample(EDIT_MSGS, rng.randint(1, 3)):
        l = L("edits_report").t(f"    {rng.choice(['Error', 'Error', 'Warning'])} {eid}: {nm}")
        if eid == "N0423":
            l.t(" - Date of Diagnosis (").p(p.dx.strftime("%Y%m%d"), "date").t(") must not precede Date of Birth")
        elif eid == "N0579":
            l.t(" - Date of Last Contact (").p((p.dx - timedelta(days=rng.randint(1, 300))).strftime("%Y%m%d"), "date").t(f") is before Date of Diagnosis")
        elif eid == "N1027":
            l.t(" - County ").p(p.fips, "address").t(f" invalid for state {p.st}")
        elif eid == "IF117":
            a = rng.randint(90, 99)
            l.t(" - Age at Dx ").p(f"{a:03d}", "age").t(f" with histology {p.site[2]} requires review")
        elif eid == "N5016":
            l.t(" - tract ").p(p.tract, "address").t(" certainty blank")
        elif eid == "N6135":
            l.t(" - RX Date Surgery (").p((p.dx - timedelta(days=rng.randint(1, 30))).strftime("%Y%m%d"), "date").t(") is before Date of Diagnosis")
        elif eid == "N0350":
            l.t(" - area number 9xx/666 not allowed")
        elif eid == "IF24":
            l.t(f" - Primary Site {p.site[1]} requires Laterality 1-5,9 (reported 0)")
        else:
            l.t(f" - conflict: site {p.site[1]}, histology {p.site[2]}/{p.site[3]}")
        out.append(l)
    return out


# ---------------- tumor board ----------------
BOARDS = ["Breast", "Thoracic", "GI", "GU", "Neuro-Onc", "Head & Neck", "General"]


def blk_tb_ics():
    out = []
    b = rng.choice(BOARDS)
    d = date(2024, rng.randint(4, 5), rng.randint(1, 28))
    df, dl_, _ = pick_doc()
    lines = ["BEGIN:VEVENT", f"UID:{uuid4()}@tb.mercyriverside.example.org", f"DTSTAMP:{now().strftime('%Y%m%dT%H%M%SZ')}",
             f"DTSTART;TZID=America/New_York:{d.strftime('%Y%m%d')}T070000", f"DTEND;TZID=America/New_York:{d.strftime('%Y%m%d')}T080000",
             f"SUMMARY:{b} Multidisciplinary Tumor Board", "LOCATION:Conf Rm 4B (Cancer Center) / Teams",
             f"ORGANIZER;CN=Dr. {df} {dl_}:mailto:{ascii_fold(df[0] + dl_).lower().replace(' ', '').replace('-', '')}@mercyriverside.example.org",
             "RRULE:FREQ=WEEKLY;BYDAY=TH", "END:VEVENT"]
    s = rng.randint(0, 6)
    for x in lines[s: s + rng.randint(2, 4)]:
        out.append(L("tumor_board_ics").t(x))
    return out


def blk_tb_case():
    p = Person(recent=True)
    out = []
    k = rot("tb", 4)
    bd = date(2024, rng.randint(4, 5), rng.randint(1, 28))
    if k == 0:
        l = L("tumor_board_ics").t("DESCRIPTION:Case ").t(str(rng.randint(1, 8))).t(": ").p(f"{p.last}\\, {p.first}", "name").t(" (MRN ").p(p.mrn, "mrn").t(f")\\, {p.age if p.age < 90 else 85}{p.sex}\\, {p.site[4]} - {SHORT[p.site[1]]}\\, path ").p(p.spec, "other_id").t("\\nPresenter: Dr. " + rng.choice(DOCS)[1])
        out.append(l)
    elif k == 1:
        t = now()
        l = L("tumor_board_app").t(t.strftime("%Y-%m-%d %H:%M:%S") + f" [tb-sched] INFO  case added board={rng.choice(BOARDS).upper().replace(' ', '_')} date=")
        l.p(bd.isoformat(), "date").t(f" slot={rng.randint(1, 8)} caseId=").p(p.tb_case, "other_id").t(" acc=").p(p.acc, "other_id").t(f" requestedBy={rng.choice(REGISTRARS)[2]} reason=\"{rng.choice(['pre-op plan', 'post-op path review', 'recurrence', 'trial eligibility'])}\"")
        out.append(l)
    elif k == 2:
        ages = rng.random() < 0.35
        bd = min(CAP, clamp(p.dx + timedelta(days=rng.randint(7, 30))))
        l = L("tumor_board_minutes").t(f"Case {rng.randint(1, 8)} (").p(fd(bd, "us_nopad"), "date").t(" mtg): ")
        style = rng.randint(0, 2)
        if style == 0:
            l.p(f"{p.first[0]}.{p.last[0]}.", "name")
        elif style == 1:
            l.p(f"{p.last.upper()}, {p.first}", "name")
        else:
            l.p(f"{p.first.lower()} {p.last.lower()}", "name")
        l.t(", ")
        if ages:
            l.p(f"{rng.randint(90, 97)}", "age").t(f"{p.sex}")
        else:
            l.t(f"{min(p.age, 88)}{p.sex}")
        l.t(f", {SHORT[p.site[1]]}, dx ").p(fd(p.dx, rng.choice(["us_short", "us_nopad", "iso"])), "date")
        l.t(f". Consensus: {rng.choice(['neoadjuvant chemo then re-image', 'proceed to surgery', 'SBRT 50 Gy/5 fx', 'active surveillance', 'refer genetics; germline panel', 'hospice discussion'])}. NCCN {rng.choice(['adherent', 'adherent', 'non-adherent (pt preference)'])}. Stage disc: c{rng.choice(['I', 'IIA', 'IIB', 'IIIA', 'IV'])}.")
        out.append(l)
    else:
        l = L("tumor_board_minutes").t(f"Attendance {rng.choice(BOARDS)} TB: med onc, rad onc, surg, path (Dr. {rng.choice(DOCS)[1]}), radiology, nav, genetics, CTR. Cases {rng.randint(3, 9)} (prospective {rng.randint(2, 8)}). CoC 4.6 met.")
        out.append(l)
        if rng.random() < 0.5:
            l = L("tumor_board_minutes").t("Action item: nav to call pt ").p(p.first, "name").t(" ").p(p.last, "name").t(" re genetics appt ").p(fd(bd + timedelta(days=rng.randint(3, 20)), "long"), "date").t(" @ 1:30p")
            out.append(l)
    return out


# ---------------- trial screening ----------------
def blk_trial():
    out = []
    if rng.random() < 0.4:
        out.append(L("trial_screening_csv").t("screen_id,screen_dt,protocol,nct_id,mrn,pt_initials,age,dx,eligible,reason_not_enrolled,consented,screened_by"))
    for _ in range(rng.randint(1, 3)):
        p = Person(recent=True)
        sd = date(2024, rng.randint(1, 3), rng.randint(1, 28))
        prot, nct = rng.choice([("NRG-BR007", "NCT04852887"), ("A011801", "NCT04457596"), ("EA5182", "NCT04148937"),
                                ("S1826", "NCT03907488"), ("NRG-GU009", "NCT04513717"), ("A221505", "NCT03414970")])
        l = L("trial_screening_csv").p(f"SCR-{rng.randint(2024, 2024)}-{rng.randint(1, 400):04d}", "other_id").t(",").p(sd.isoformat(), "date").t(f",{prot},{nct},").p(p.mrn, "mrn").t(",")
        l.p(p.initials, "name").t(",")
        if rng.random() < 0.2:
            l.p(str(rng.randint(90, 95)), "age")
        else:
            l.t(str(min(p.age, 89) if p.age > 20 else 55))
        elig = rng.random() < 0.3
        l.t(f",{p.site[0]},{'Y' if elig else 'N'},{'' if elig else rng.choice(['ECOG 3', 'prior malignancy <5y', 'declined', 'CrCl<45', 'no insurance auth', 'distance/transport'])},{'Y' if elig and rng.random() < 0.5 else 'N'},{rng.choice(REGISTRARS)[2]}")
        out.append(l)
    return out


def blk_trial_noise():
    k = rng.randint(0, 2)
    if k == 0:
        sc, el = rng.randint(40, 120), rng.randint(5, 20)
        co = rng.randint(1, el)
        return [L("trial_screening_csv").t(f"# Q1 2024 screening summary: screened={sc} eligible={el} consented={co} accrual_pct={co * 100 / rng.randint(150, 400):.1f}% of analytic cases (CoC Std 9.1)")]
    if k == 1:
        return [L("trial_screening_csv").t(f"# protocol list synced from OnCore {rng.randint(2020, 2021)}.{rng.randint(1, 12)}.0: 14 open to accrual, 3 suspended (NRG-GU009 amendment 5 pending IRB), last sync ok")]
    return [L("trial_screening_csv").t(f"# export by {rng.choice(REGISTRARS)[2]} from OnCore screening log; PHI minimized: initials + MRN only")]


# ---------------- survivorship care plan service ----------------
def pino(level, extra):
    t = now()
    epoch = int(t.timestamp() * 1000)
    return f'{{"level":{level},"time":{epoch},"pid":{rng.randint(1000, 3000)},"hostname":"scp-web-{hexs(5)}",' + extra


def blk_scp_noise():
    l = L("scp_service")
    k = rng.randint(0, 4)
    if k == 0:
        l.t(pino(30, f'"req":{{"id":{rng.randint(1, 99999)},"method":"GET","url":"/healthz","remoteAddress":"10.42.{rng.randint(0, 5)}.{rng.randint(2, 250)}"}},"res":{{"statusCode":200}},"responseTime":{rng.randint(1, 5)},"msg":"request completed"}}'))
    elif k == 1:
        l.t(pino(30, f'"template":"ASCO_SCP_{rng.choice(["BREAST", "COLON", "LUNG", "PROSTATE", "GENERAL"])}_v3","pages":{rng.randint(4, 9)},"renderMs":{rng.randint(300, 3000)},"msg":"pdf rendered (puppeteer 21.5.2, chromium 119.0.6045.105)"}}'))
    elif k == 2:
        l.t(pino(50, '"err":{"type":"SequelizeConnectionError","message":"connect ETIMEDOUT 172.20.3.14:5432","stack":"SequelizeConnectionError: connect ETIMEDOUT 172.20.3.14:5432\\n    at Client._connectionCallback (/app/node_modules/sequelize/lib/dialects/postgres/connection-manager.js:133:24)"},"msg":"db unavailable"}'))
    elif k == 3:
        r = rng.choice(REGISTRARS)
        l.t(pino(30, f'"user":"{r[2]}","role":"navigator","action":"template.update","templateId":"ASCO_SCP_BREAST_v3","diff":"+section endocrineTherapyDuration","msg":"audit"}}'))
    else:
        l.t(f"scp-service  | {now().strftime('%Y-%m-%dT%H:%M:%S.%f')[:-3]}Z  info  queue: scp.deliver pending={rng.randint(0, 30)} delivered_24h={rng.randint(10, 80)} failed_24h={rng.randint(0, 3)}")
    return [l]


def blk_scp():
    p = Person()
    out = []
    k = rot("scp", 6)
    l = L("scp_service")
    if k == 5:
        t = now()
        l = L("nginx_access").p(pub_ip(), "ip").t(" - ").p(p.user, "other_id").t(f" [{t.strftime('%d/%b/%Y:%H:%M:%S')} -0400] \"GET /portal/survivorship/{rng.randint(1000, 9999)}/care-plan.pdf HTTP/2.0\" 200 {rng.randint(80000, 400000)} \"https://mychart.mercyriverside.example.org/\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1\" rt=0.{rng.randint(100, 999)}")
    elif k == 0:
        ip = pub_ip()
        l.t(pino(30, f'"req":{{"id":{rng.randint(1, 99999)},"method":"GET","url":"/api/v1/scp/{rng.randint(1000, 9999)}/pdf","remoteAddress":"')).p(ip, "ip").t('"},"user":"').p(p.user, "other_id").t(f'","role":"patient","res":{{"statusCode":200}},"responseTime":{rng.randint(100, 900)},"msg":"request completed"}}')
    elif k == 1:
        l.t(pino(30, '"scpId":' + str(rng.randint(1000, 9999)) + ',"patient":{"mrn":"')).p(p.mrn, "mrn").t('","name":"').p(f"{p.first} {p.last}", "name").t('","dob":"').p(p.dob.isoformat(), "date")
        l.t('"},"treatmentSummary":{"dxDate":"').p(p.dx.isoformat(), "date").t(f'","site":"{p.site[4]}","chemo":"{rng.choice(["AC-T", "FOLFOX x12", "carboplatin/pemetrexed", "none"])}","rtEnd":"').p((clamp(p.dx + timedelta(days=rng.randint(120, 240)))).isoformat(), "date")
        l.t('"},"pcp":"Dr. ' + rng.choice(DOCS)[1] + '","delivered":"portal","msg":"SCP delivered"}')
    elif k == 2:
        l.t(pino(30, '"patientId":"')).p(p.mrn, "mrn").t('","field":"photo","value":"').p("data:image/jpeg;base64,/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcU" + b64ish(rng.randint(60, 140)) + "==", "photo").t('","msg":"profile photo updated by patient"}')
    elif k == 3:
        l.t(f"scp-service  | {now().strftime('%Y-%m-%dT%H:%M:%S.%f')[:-3]}Z  info  kiosk check-in mrn=").p(p.mrn, "mrn").t(" method=fingerprint template=").p("Rk1SACAyMAAAAAE" + b64ish(rng.randint(60, 100)), "biometric").t(f" match_score={rng.randint(60, 99)} kiosk=CC-LOBBY-2")
    else:
        udi = f"(01)00801741{rng.randint(100000, 999999)}(17){rng.randint(26, 29)}{rng.randint(1, 12):02d}31(21){rng.choice(['PP', 'RF', 'PX'])}{rng.randint(1000000, 9999999)}"
        l.t(f"scp-service  | {now().strftime('%Y-%m-%dT%H:%M:%S.%f')[:-3]}Z  warn  scp section 'Devices' for mrn=").p(p.mrn, "mrn").t(" contains implant: PowerPort ClearVUE isp UDI ").p(udi, "device").t(f" placed ").p(fd(clamp(p.dx + timedelta(days=rng.randint(10, 40))), "us"), "date").t(" - removal not documented")
    out.append(l)
    if rng.random() < 0.3:
        l = L("scp_service").t(pino(40, '"to":"')).p(p.email, "email").t(f'","smtp":"550 5.1.1 mailbox unavailable","scpId":{rng.randint(1000, 9999)},"msg":"portal invite bounced"}}')
        out.append(l)
    return out


# ---------------- Python ETL ----------------
PY_LOGGERS = ["registry_etl.extract", "registry_etl.transform", "registry_etl.load", "registry_etl.dedupe",
              "registry_etl.naaccr", "sqlalchemy.engine.Engine", "registry_etl.fu_merge"]


def py_prefix(l, level, name=None):
    l.t(f"{ms(now())} {level} [{name or rng.choice(PY_LOGGERS)}] ")


def blk_py_noise():
    out = []
    k = rng.randint(0, 6)
    if k == 0:
        l = L("python_etl")
        py_prefix(l, "INFO", "registry_etl.extract")
        l.t(f"Loaded {rng.randint(400, 2000):,} rows from epath_2024q1.csv in {rng.randint(10, 90) / 10}s (encoding=cp1252, sep='|')")
        out.append(l)
    elif k == 1:
        l = L("python_etl")
        py_prefix(l, "INFO", "sqlalchemy.engine.Engine")
        l.t("SELECT tumor.acc_no, tumor.seq_no, tumor.primary_site, tumor.dx_date FROM tumor WHERE tumor.dx_date >= %(dx_date_1)s AND tumor.class_of_case IN (__[POSTCOMPILE_class_of_case_1])")
        out.append(l)
        l = L("python_etl")
        py_prefix(l, "INFO", "sqlalchemy.engine.Engine")
        l.t(f"[generated in 0.00{rng.randint(10, 99)}s] {{'dx_date_1': datetime.date(2023, 1, 1), 'class_of_case_1': ['10', '12', '14', '20', '22']}}")
        out.append(l)
    elif k == 2:
        out.append(L("python_etl").t("Traceback (most recent call last):"))
        out.append(L("python_etl").t('  File "/opt/registry/etl/transform.py", line 214, in map_payer'))
        out.append(L("python_etl").t("    return PAYER_MAP[row['primary_payer_raw'].strip().upper()]"))
        out.append(L("python_etl").t(f"KeyError: '{rng.choice(['MEDICARE ADV - HUMANA GOLD', 'CARESOURCE MARKETPLACE', 'SELF PAY/CHARITY'])}'"))
    elif k == 3:
        out.append(L("python_etl").t("/opt/registry/etl/transform.py:187: SettingWithCopyWarning: "))
        out.append(L("python_etl").t("A value is trying to be set on a copy of a slice from a DataFrame.") if rng.random() < 0.5 else L("python_etl").t("Try using .loc[row_indexer,col_indexer] = value instead"))
    elif k == 4:
        l = L("python_etl")
        py_prefix(l, "INFO", "registry_etl.naaccr")
        l.t(f"wrote NAACCR XML v24 (recordType=A) {rng.randint(300, 500)} patients / {rng.randint(300, 520)} tumors to /data/tr/exports/MRH_0000390001_20240405_A.xml in {rng.randint(2, 30)}.{rng.randint(0, 9)}s")
        out.append(l)
    elif k == 5:
        l = L("python_etl")
        py_prefix(l, "WARNING", "registry_etl.transform")
        l.t(f"{rng.randint(2, 40)} rows with unparseable collect_dt coerced to NaT (errors='coerce'); see rejects_{now().strftime('%Y%m%d')}.parquet")
        out.append(l)
    else:
        l = L("python_etl")
        py_prefix(l, "INFO", "registry_etl.dedupe")
        l.t(f"blocking on soundex(last)+dob_year: {rng.randint(2000, 9000)} pairs, {rng.randint(5, 40)} above 0.85, model=fellegi_sunter m/u from 2023-11 training run {hexs(7)}")
        out.append(l)
    return out


def blk_py_phi():
    out = []
    k = rot("py", 4)
    p = Person()
    l = L("python_etl")
    if k == 0:
        q = Person()
        q.last = p.last if rng.random() < 0.5 else p.last[:-1] + "e"
        q.dob = p.dob
        py_prefix(l, "WARNING", "registry_etl.dedupe")
        l.t(f"candidate duplicate score={rng.randint(860, 990) / 1000}: pid=").p(p.pid, "other_id").t(" (").p(f"{p.last.upper()}, {p.first.upper()} {p.mid}", "name").t(", ").p(p.dob.isoformat(), "date").t(") ~ pid=").p(q.pid, "other_id").t(" (").p(f"{q.last.upper()}, {q.first.upper()}", "name").t(", ").p(q.dob.isoformat(), "date").t(")")
    elif k == 1:
        py_prefix(l, "ERROR", "registry_etl.transform")
        bad = f"{p.dx.day:02d}/{p.dx.month:02d}/{p.dx.year}"
        l.t("row ").t(str(rng.randint(2, 2000))).t(" acc_no=").p(p.acc, "other_id").t(": ValueError: time data '").p(bad, "date").t("' does not match format '%m/%d/%Y'")
    elif k == 2:
        py_prefix(l, "DEBUG", "registry_etl.fu_merge")
        l.t("row={'acc_no': '").p(p.acc, "other_id").t("', 'mrn': '").p(p.mrn, "mrn").t("', 'dlc_ehr': Timestamp('").p(p.dlc.isoformat() + " 00:00:00", "date").t("'), 'dlc_registry': Timestamp('").p((p.dlc - timedelta(days=rng.randint(90, 600))).isoformat() + " 00:00:00", "date").t(f"'), 'src': '{rng.choice(['ONC_VISIT', 'LAB', 'RAD'])}'}} -> update")
    else:
        py_prefix(l, "INFO", "registry_etl.load")
        l.t("upsert patient pid=").p(p.pid, "other_id").t(" ssn=***-**-").t(p.ssn[-4:]).t(" medicaid=").p(p.medicaid, "health_plan").t(" payer=61 acct=").p(p.acct, "account").t(" ok")
    out.append(l)
    return out


# ---------------- R ETL ----------------
def blk_r_noise():
    k = rng.randint(0, 4)
    R = "r_etl"
    if k == 0:
        return [L(R).t("── Attaching core tidyverse packages ──────────────────────── tidyverse 2.0.0 ──"),
                L(R).t("✔ dplyr     1.1.4     ✔ readr     2.1.5"),
                L(R).t("✔ lubridate 1.9.3     ✔ tibble    3.2.1")][: rng.randint(1, 3)]
    if k == 1:
        return [L(R).t(f"Rows: {rng.randint(400, 2000)} Columns: {rng.randint(40, 120)}"),
                L(R).t("── Column specification ────────────────────────────────────────────────────────"),
                L(R).t('Delimiter: "|"'),
                L(R).t(f"chr  ({rng.randint(20, 60)}): acc_no, name_last, name_first, primary_site, histology, ...")][: rng.randint(2, 4)]
    if k == 2:
        return [L(R).t(f"  n= {rng.randint(800, 2000)}, number of events= {rng.randint(100, 500)} "),
                L(R).t(f"           coef exp(coef) se(coef)     z Pr(>|z|)    "),
                L(R).t(f"stage_grpIII {rng.randint(50, 150) / 100:.4f}   {rng.randint(150, 400) / 100:.4f}   0.{rng.randint(1000, 2999)} {rng.randint(30, 90) / 10:.3f} {rng.randint(1, 9)}.{rng.randint(10, 99)}e-0{rng.randint(5, 9)} ***")]
    if k == 3:
        return [L(R).t("Warning message:"),
                L(R).t(f"In eval(jseq[[{rng.randint(1, 5)}]]): NAs introduced by coercion")]
    return [L(R).t(f'[1] "LTFU (5-yr, analytic, dx 2018): {rng.randint(40, 99) / 10}% - {rng.randint(5, 60)} of {rng.randint(400, 900)} cases"')]


def blk_r_tibble():
    total = rng.randint(8, 40)
    out = [L("r_etl").t(f"# A tibble: {total} × 6"),
           L("r_etl").t("  acc_no     name_last      name_first dob        dx_date    site ")]
    if rng.random() < 0.5:
        out.append(L("r_etl").t("  <chr>      <chr>          <chr>      <date>     <date>     <chr>"))
    shown = rng.randint(2, 4)
    for i in range(shown):
        p = Person()
        l = L("r_etl").t(f"{i + 1:>2} ").p(p.acc, "other_id").t(" ")
        ln = p.last[:14]
        l.p(ln, "name").t(" " * (15 - len(ln)))
        fn = p.first[:10]
        l.p(fn, "name").t(" " * (11 - len(fn)))
        l.p(p.dob.isoformat(), "date").t(" ").p(p.dx.isoformat(), "date").t(f" {p.site[1]} ")
        out.append(l)
    if rng.random() < 0.5:
        out.append(L("r_etl").t(f"# ℹ {total - shown} more rows"))
    return out


def blk_r_phi_msg():
    p = Person()
    l = L("r_etl")
    k = rng.randint(0, 1)
    if k == 0:
        fn = f"/data/tr/ltfu_{now().strftime('%Y%m')}.csv"
        out = [L("r_etl").t("> problems(ltfu)"), L("r_etl").t("# A tibble: 1 × 5"),
               L("r_etl").t("    row   col expected        actual     file                    "),
               L("r_etl").t("  <int> <int> <chr>           <chr>      <chr>                   ")]
        l = L("r_etl").t(f"1 {rng.randint(2, 900):>5}     3 date in ISO8601 ").p(fd(p.dob, "us"), "date").t(f" {fn}")
        out.append(l)
        return out[rng.randint(0, 2):]
    dlc = p.dx - timedelta(days=rng.randint(5, 90))
    l.t('[1] "check: ').p(p.acc, "other_id").t(" ").p(f"{p.last}, {p.first}", "name").t(' has dlc < dx_date ("').p(dlc.isoformat(), "date").t('" < "').p(p.dx.isoformat(), "date").t('")"')
    return [l]


# ---------------- SAS log ----------------
def blk_sas_noise():
    S = "sas_log"
    k = rng.randint(0, 4)
    if k == 0:
        return [L(S).t("NOTE: The infile EPATH is:"),
                L(S).t(f"      Filename=/data/tr/epath/epath_{now().strftime('%Y%m%d')}.txt,"),
                L(S).t(f"      RECFM=V,LRECL=32767,File Size (bytes)={rng.randint(10**5, 10**7)},"),
                L(S).t(f"NOTE: {rng.randint(400, 2000)} records were read from the infile EPATH.")]
    if k == 1:
        n = rng.randint(400, 2000)
        return [L(S).t(f"NOTE: The data set WORK.CASES has {n} observations and {rng.randint(40, 120)} variables."),
                L(S).t("NOTE: DATA statement used (Total process time):"),
                L(S).t(f"      real time           {rng.randint(1, 99) / 100:.2f} seconds"),
                L(S).t(f"      cpu time            {rng.randint(1, 50) / 100:.2f} seconds")]
    if k == 2:
        n = rng.randint(20, 400)
        return [L(S).t(f"{n:<11}proc freq data=tr.tumor(where=(dxyear=2023));"),
                L(S).t(f"{n + 1:<13}tables primsite*class_of_case / missing nocum;"),
                L(S).t(f"{n + 2:<11}run;")]
    if k == 3:
        return [L(S).t("WARNING: Multiple lengths were specified for the variable name_last by input data set(s). This can cause truncation of data.")]
    return [L(S).t(f"NOTE: Libref TR was successfully assigned as follows: "),
            L(S).t("      Engine:        ODBC"),
            L(S).t("      Physical Name: MRH_REGISTRY_PROD")]


def blk_sas_invalid():
    p = Person()
    S = "sas_log"
    lineno = rng.randint(2, 2000)
    bad = f"{p.dob.year}{p.dob.month:02d}3{rng.randint(2, 9)}"
    out = [L(S).t(f"NOTE: Invalid data for dob in line {lineno} 41-48."),
           L(S).t("RULE:     ----+----1----+----2----+----3----+----4----+----5----+----6----+----7")]
    l = L(S).t(f"{lineno:<9} ").p(p.acc9, "other_id").t(" ")
    ln = ascii_fold(p.last).upper()[:18]
    l.p(ln, "name").t(" " * (19 - len(ln)))
    fn = ascii_fold(p.first).upper()[:10]
    l.p(fn, "name").t(" " * (10 - len(fn)))
    l.p(bad, "date").t(" ").p(p.dx.strftime("%Y%m%d"), "date").t(f" {p.site[1]} {p.site[2]}")
    out.append(l)
    l = L(S).t("acc_no=").p(p.acc9, "other_id").t(" name_last=").p(ln, "name").t(" name_first=").p(fn, "name").t(" dob=. dx_date=").p(fd(p.dx, "sas"), "date").t(f" primsite={p.site[1]} _ERROR_=1 _N_={lineno - 1}")
    out.append(l)
    return out


def blk_sas_put():
    p = Person()
    dod = clamp(p.dlc + timedelta(days=rng.randint(1, 200)))
    dlc = p.dlc if p.dlc < dod else dod - timedelta(days=rng.randint(10, 90))
    if rng.random() < 0.5:
        l = L("sas_log").t("DLC_CHECK: acc=").p(p.acc, "other_id").t(" mrn=").p(p.mrn, "mrn").t(" dlc=").p(fd(dlc, "sas"), "date").t(" dod=").p(fd(dod, "sas"), "date").t(" flag=DOD_AFTER_DLC")
    else:
        l = L("sas_log").t(f"WARNING: acc_no=").p(p.acc9, "other_id").t(" vital_status=0 but date_of_death missing; last contact ").p(fd(dlc, "us"), "date").t(f" (_N_={rng.randint(2, 1400)})")
    out = [l]
    if rng.random() < 0.4:
        a = rng.randint(90, 101)
        out.append(L("sas_log").t("AGE_CHECK: acc=").p(p.acc, "other_id").t(" age_dx=").p(str(a), "age").t(f" primsite={p.site[1]} -> verify DOB"))
    return out


# ---------------- abstractor notes ----------------
def blk_note():
    p = Person()
    r = rng.choice(REGISTRARS)
    t = now()
    l = L("abstractor_note").t(f"[{t.strftime('%m/%d/%y %H:%M')}] {r[2]}: acc ").p(p.acc, "other_id").t(" - ")
    k = rot("note", 8)
    if k == 0:
        l.t(f"{min(p.age, 88)}yo {p.sex} w/ hx HTN, DM2; bx ").p(fd(p.dx, "us_short"), "date").t(f" @ OSH c/w {SHORT[p.site[1]]}. tx plan per onc. dlc ").p(fd(p.dlc, "us"), "date").t(" per EHR. pt ph ").p(fmt_phone(p.area, p.ex, p.num), "phone").t(" disc'd; dtr ").p(relative()[0], "name").t(" cell ").p(fmt_phone(*relative_phone(), "raw"), "phone")
    elif k == 1:
        a = rng.randint(90, 98)
        l.p(str(a), "age").t("yo, lives w/ son ").p(f"{relative()[0]} {p.last}", "name").t(" @ ").p(p.street, "address").t(", ").p(p.city, "address").t(". no tx - comfort care. hospice ref ").p(fd(clamp(p.dx + timedelta(days=rng.randint(5, 40))), "us_nopad"), "date").t(". class 14.")
    elif k == 2:
        l.t("pt is ").p(f"{p.first} {p.last}", "name").t(" (fka ").p(rng.choice(LAST), "name").t(f"), DOB ").p(fd(p.dob, "dmon"), "date").t(". pd MRN merged into ").p(p.mrn, "mrn").t(" by HIM. updated pt rec.")
    elif k == 3:
        l.t("pt called back, new addr ").p(p.street, "address").t(" ").p(p.city, "address").t(f" {p.st} ").p(p.zip, "zip").t(", email ").p(p.email, "email").t(". ok to contact by email for FU.")
    elif k == 4:
        plate = f"{rng.choice(['HJK', 'GTR', 'JDL', 'FXA', 'KBM'])} {rng.randint(1000, 9999)}"
        l.t("RT daily x28 starting ").p(fd(clamp(p.dx + timedelta(days=rng.randint(30, 90))), "us_nopad"), "date").t("; SW arranged parking validation, pt plate ").p(plate, "vehicle").t(f" ({p.st}). transp barrier noted.")
    elif k == 5:
        l.t("ins: MCR MBI ").p(p.mbi, "health_plan").t(" + supp ").p(p.member, "health_plan").t("; pri payer at dx = 61. pt DL# ").p(p.dl, "license").t(" on file (ID verif).")
    elif k == 7:
        sn = rng.choice(["RNB", "PJN", "BLT"]) + f"{rng.randint(100000, 999999)}" + rng.choice(["H", "S", "G"])
        l.t(f"pt has PPM ({rng.choice(['Medtronic Azure XT DR', 'Boston Sci Accolade', 'Abbott Assurity'])}) SN ").p(sn, "device").t(" - rad onc aware, device check before/after RT; EP clinic ").p(fd(clamp(p.dx + timedelta(days=rng.randint(20, 60))), "us_short"), "date").t(".")
    else:
        l.t("fam posts updates on ").p(f"https://www.caringbridge.org/visit/{ascii_fold(p.first).lower().replace(' ', '')}{ascii_fold(p.last).lower().replace(' ', '').replace(chr(39), '')}", "url").t(" - confirms recurrence ").p(fd(p.dlc, "long"), "date").t(". need path to verify; req'd from OSH.")
    return [l]


def blk_note_noise():
    r = rng.choice(REGISTRARS)
    t = now()
    k = rng.randint(0, 4)
    txt = ["casefinding list for wk done, {n} new, {m} non-rept (BCC/SCC skin, CIN III). pending 12 path addenda.",
           "NAACCR v24 STORE manual p.{n}: grade clin vs path - use path if pt had surg. FYI team.",
           "RQRS alert backlog {n}; hormone tx window expiring for {m} cases. pls review by Fri.",
           "ICD-O-3.2 update loaded; rebuilt site/hist tables. EDITS metafile v24A-{n} installed.",
           "state ack came back w/ {n} errors, mostly N1027 county/state. fixing in batch, no re-send til Mon."]
    return [L("abstractor_note").t(f"[{t.strftime('%m/%d/%y %H:%M')}] {r[2]}: " + txt[k].format(n=rng.randint(3, 40), m=rng.randint(1, 12)))]


# ---------------- infra noise ----------------
def blk_infra():
    t = now()
    k = rng.randint(0, 6)
    host = rng.choice(["tr-etl01", "tr-app02", "mirth-prd01", "scp-web01"])
    syst = t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")
    if k == 0:
        return [L("syslog").t(f"{syst} {host} CRON[{rng.randint(1000, 40000)}]: (registry) CMD (/opt/registry/bin/{rng.choice(['run_fup.sh', 'casefind_pull.sh', 'nightly_naaccr_export.sh'])} >> /var/log/registry/cron.log 2>&1)")]
    if k == 1:
        return [L("nginx_access").t(f"10.42.{rng.randint(0, 9)}.{rng.randint(2, 250)} - - [{t.strftime('%d/%b/%Y:%H:%M:%S')} -0400] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\" rt=0.00{rng.randint(1, 9)}")]
    if k == 2:
        return [L("syslog").t(f"{syst} {host} systemd[1]: Started Mirth Connect Server (mcservice) - build 4.4.1.b{rng.randint(100, 400)}.")]
    if k == 3:
        return [L("postgres").t(f"{t.strftime('%Y-%m-%d %H:%M:%S.%f')[:-3]} EDT [{rng.randint(1000, 30000)}] LOG:  duration: {rng.randint(1000, 20000)}.{rng.randint(100, 999)} ms  statement: REFRESH MATERIALIZED VIEW CONCURRENTLY tr.mv_ltfu_cohort")]
    if k == 4:
        return [L("postgres").t(f"{t.strftime('%Y-%m-%d %H:%M:%S.%f')[:-3]} EDT [{rng.randint(1000, 30000)}] LOG:  checkpoint complete: wrote {rng.randint(100, 9000)} buffers ({rng.randint(1, 30) / 10}%); 0 WAL file(s) added, {rng.randint(0, 3)} removed, {rng.randint(0, 5)} recycled")]
    if k == 5:
        return [L("k8s_event").t(f"{t.strftime('%Y-%m-%dT%H:%M:%SZ')} Normal Pulled pod/scp-web-{hexs(10)}-{hexs(5)} Container image \"registry.mrh.internal/oncology/scp-web:2.14.{rng.randint(0, 9)}\" already present on machine")]
    return [L("syslog").t(f"{syst} {host} sshd[{rng.randint(1000, 40000)}]: Accepted publickey for svc_registry from 10.40.1.{rng.randint(2, 250)} port {rng.randint(40000, 65000)} ssh2: ED25519 SHA256:{b64ish(43)}")]


NOISE_BLOCKS = [blk_mirth_noise, blk_epath_noise, blk_naaccr_header, blk_fw_layout, blk_followup_noise, blk_ltfu_noise,
                blk_submission_noise, blk_edits_noise, blk_tb_ics, blk_trial_noise, blk_scp_noise, blk_py_noise,
                blk_r_noise, blk_sas_noise, blk_note_noise, blk_infra, blk_infra]
PHI_BLOCKS = [(blk_hl7_message, 2.0), (blk_hl7_oneline, 1.0), (blk_epath_json, 2.0), (blk_epath_psv, 1.2),
              (blk_naaccr_patient, 0.6), (blk_naaccr_oneline, 0.8), (blk_fw_record, 1.2), (blk_followup, 2.0), (blk_ltfu, 1.5),
              (blk_submission_reject, 1.5), (blk_edits_record, 1.2), (blk_tb_case, 2.5), (blk_trial, 1.2),
              (blk_scp, 3.0), (blk_py_phi, 2.0), (blk_r_tibble, 0.8), (blk_r_phi_msg, 1.0), (blk_sas_invalid, 0.8),
              (blk_sas_put, 1.0), (blk_note, 4.5)]

CAPS = {blk_naaccr_patient: 2, blk_hl7_message: 5, blk_naaccr_header: 2, blk_r_tibble: 3, blk_sas_invalid: 3}
USED = {}

TARGET_LINES = 500
TARGET_NOISE = 0.55


def main():
    lines = []
    noise = 0
    first = True
    while len(lines) < TARGET_LINES:
        if first:
            blk = blk_infra()
            first = False
        else:
            while True:
                if noise / max(1, len(lines)) < TARGET_NOISE:
                    fn = rng.choice(NOISE_BLOCKS)
                else:
                    fn = rng.choices([b for b, _ in PHI_BLOCKS], weights=[w for _, w in PHI_BLOCKS])[0]
                if USED.get(fn, 0) < CAPS.get(fn, 10**9):
                    break
            USED[fn] = USED.get(fn, 0) + 1
            blk = fn()
        for l in blk:
            if len(lines) >= TARGET_LINES:
                break
            lines.append(l)
            if not l.spans:
                noise += 1
    assert len(lines) == TARGET_LINES
    log_lines, label_lines = [], []
    for i, l in enumerate(lines, 1):
        raw = bytes(l.b)
        s = raw.decode("utf-8")
        assert s and s.strip(), f"empty line {i}"
        assert not any(c in s for c in BAD_CHARS), f"line break char in line {i}: {s!r}"
        spans = []
        prev_end = -1
        for st, en, cat, val in sorted(l.spans):
            assert raw[st:en].decode("utf-8") == val, (i, val)
            assert st >= prev_end, f"overlap line {i}"
            prev_end = en
            spans.append({"s": st, "e": en, "cat": cat})
        log_lines.append(s)
        label_lines.append(json.dumps({"line": i, "family": l.family, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(log_lines))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(label_lines) + "\n")


if __name__ == "__main__":
    main()
