#!/usr/bin/env python3
"""Synthetic labeled log corpus "ht": hospital pharmacy IV compounding / chemotherapy preparation.

Systems imitated: DoseEdge-like workflow engine (log4net text: queue, images, gravimetric checks),
IV compounding robot (C++ spdlog, plus Portmon serial traces), chemo order verification (JSON and XML
with height/weight/BSA/CrCl), Zebra ZPL label streams, HL7 v2.5.1 RDE^O11 / RDS^O13 / ACK from the
EHR (one segment per physical line), Spring Boot pharmacy service (logback JSON via
logstash-logback-encoder and Spring Boot 3 console text), USP <797> environmental monitoring (CSV
and Vaisala/TSI RFC5424 syslog; never PHI), drug-shortage substitution key=value events, waste
tracking CSV, pharmacists' free-text verification notes, Windows Event Viewer text exports and
NXLog JSON from cleanroom PCs, nginx access logs, barcode scanner logs.

All people, numbers and addresses are synthetic. Standard library only, deterministic (fixed seed).

Labeling decisions:
- Only identifiers of patients and of people around them (relatives, spouses, insured subscribers,
  emergency contacts, the person picking up a dispensed drug for the patient) are labeled.
- Staff doing their work are never labeled: pharmacists, technicians, nurses, prescribers (names,
  user IDs such as kowalskim/cr-tech04, NPI, employee numbers, staff initials, glove-fingertip
  test operators), nor the hospital, vendors, insurers' company names/addresses/phones.
- Patient names: one span per written name ("Last, First M", "FIRST LAST", HL7 "LAST^FIRST^M"
  as one span incl. the carets, initials like "J.-B. L." when they denote the patient). Patient
  names embedded in file/document names (print job names) are labeled as name.
- MRN -> mrn (digits only, without a "MRN" prefix written by the software). Hospital account /
  HAR / PID-18 / waste charge account -> account. Visit/encounter numbers (PV1-19, CSN) and patient
  portal usernames -> other_id.
- Dates labeled (cat date): birth dates, admission dates, scheduled administration / due / start /
  stop times of a patient's dose (incl. TQ1-7/8), chemo cycle planned dates, weight/height
  observation dates (OBX-14, wt_date), pump disconnect dates. A date with its time is one span.
- Dates NOT labeled: log/event timestamps, MSH-7, ORC-9, RXD-3 dispense timestamps, beyond-use
  dates, expiry dates, lot dates, EM sampling dates, policy/effective dates.
- Ages labeled only when > 89 (span = the number only). Weight, height, BSA, CrCl, sex are not PHI.
- Hospital unit/room/bed locations (4W-412) are not labeled; patient home street and city are
  labeled address (separate spans), ZIP is zip; state is not labeled.
- Patient phone numbers (home, cell, SMS targets) -> phone; HL7 FX type -> fax; patient e-mail
  -> email; full SSNs -> ssn; insurance member/subscriber/policy IDs, Medicare MBI, Medi-Cal CIN
  -> health_plan; driver's licence shown at pickup -> license; plate of the pickup car -> vehicle;
  serial of an ambulatory pump assigned to the patient -> device; public client IP of the patient
  portal request -> ip. Internal 10.x addresses, workstation/robot/printer/scale/scanner serials
  are not labeled.
- Order numbers, dose IDs, job IDs, rule IDs, lot numbers, NDCs, trace/span IDs, UUIDs, hashes
  are look-alikes and never labeled.
"""
import datetime as dt
import hashlib
import json
import os
import random
import unicodedata

ID = "ht"
SEED = 6661
RNG = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
PHI_TARGET = 0.45


# ----------------------------------------------------------------------------- line builder
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        assert "\n" not in s and "\r" not in s, s
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        st = self.n
        self.t(s)
        self.spans.append((st, self.n, cat, s))
        return self

    def x(self, s, cat=None):
        return self.p(s, cat) if cat else self.t(s)

    def text(self):
        return "".join(self.buf)


class Pieces(list):
    """A JSON string value made of (text, cat) pieces."""


def jval(L, v, cat=None):
    if isinstance(v, Pieces):
        L.t('"')
        for txt, c in v:
            L.x(json.dumps(txt, ensure_ascii=False)[1:-1], c)
        L.t('"')
    elif isinstance(v, list):
        jobj(L, v)
    elif isinstance(v, str):
        L.t('"')
        L.x(json.dumps(v, ensure_ascii=False)[1:-1], cat)
        L.t('"')
    else:
        L.x(json.dumps(v), cat)


def jobj(L, items):
    L.t("{")
    for i, it in enumerate(items):
        k, v = it[0], it[1]
        cat = it[2] if len(it) > 2 else None
        if i:
            L.t(",")
        L.t(json.dumps(k) + ":")
        jval(L, v, cat)
    L.t("}")


def seg(L, name, fields):
    """HL7 segment; fields[i] -> field i+1; str or list of (text, cat)."""
    L.t(name)
    for f in fields:
        L.t("|")
        if isinstance(f, str):
            L.t(f)
        else:
            for txt, c in f:
                L.x(txt, c)


# ----------------------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.now = dt.datetime(2024, 3, 14, 5, 41, 7, 118000)

    def tick(self, lo=0.4, hi=48.0):
        self.now += dt.timedelta(seconds=RNG.uniform(lo, hi))
        return self.now


CLK = Clock()


def ms(d):
    return "%03d" % (d.microsecond // 1000)


def ts_l4n(d=None):
    d = d or CLK.now
    return d.strftime("%Y-%m-%d %H:%M:%S,") + ms(d)


def ts_spd(d=None):
    d = d or CLK.now
    return "[" + d.strftime("%Y-%m-%d %H:%M:%S.") + ms(d) + "]"


def ts_iso_off(d=None):
    d = d or CLK.now
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + ms(d) + "-07:00"


def ts_iso_z(d=None):
    d = (d or CLK.now) + dt.timedelta(hours=7)
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + ms(d) + "Z"


def ts_win(d=None):
    d = d or CLK.now
    h = d.hour % 12 or 12
    return "%d/%d/%d %d:%02d:%02d %s" % (d.month, d.day, d.year, h, d.minute, d.second, "AM" if d.hour < 12 else "PM")


def ts_nginx(d=None):
    d = d or CLK.now
    return d.strftime("%d/%b/%Y:%H:%M:%S -0700")


def ts_hl7(d=None, sec=True):
    d = d or CLK.now
    return d.strftime("%Y%m%d%H%M%S" if sec else "%Y%m%d%H%M")


# ----------------------------------------------------------------------------- value formats
def fmt_date(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "us_yy":
        return "%d/%d/%s" % (d.month, d.day, d.strftime("%y"))
    if style == "dmy_mon":
        return d.strftime("%d-%b-%Y")
    if style == "mon_d_y":
        return d.strftime("%b ") + str(d.day) + d.strftime(", %Y")
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    if style == "dmon":
        return d.strftime("%d%b%Y").upper()
    raise ValueError(style)


def fmt_phone(ph, style):
    a, b, c = ph[:3], ph[3:6], ph[6:]
    return {
        "paren": "(%s) %s-%s" % (a, b, c),
        "paren_tight": "(%s)%s-%s" % (a, b, c),
        "dash": "%s-%s-%s" % (a, b, c),
        "dot": "%s.%s.%s" % (a, b, c),
        "plain": ph,
        "e164": "+1" + ph,
        "intl": "+1 %s %s %s" % (a, b, c),
        "space": "%s %s %s" % (a, b, c),
    }[style]


FOLD = str.maketrans({"ø": "o", "Ø": "O", "ı": "i", "ł": "l", "Ł": "L", "ß": "ss"})


def ascii_fold(s):
    s = s.translate(FOLD)
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def hexs(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def digits(n):
    return "".join(RNG.choice("0123456789") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], RNG.choice("89ab"), h[17:20], h[20:32])


# ----------------------------------------------------------------------------- people
TODAY = dt.date(2024, 3, 14)

PAT_SPEC = [
    # first, middle, last, sex, fixed birth year or None
    ("Lucía", "M", "Álvarez-Montoya", "F", None),
    ("Chidi", "Emeka", "Okonkwo", "M", None),
    ("Dov", "", "Weissman", "M", None),
    ("Hiroshi", "", "Nakamura", "M", None),
    ("Grace", "Marie", "Holloway", "F", None),
    ("Anika", "", "Patel", "F", None),
    ("Ramón", "", "Castillo-Vega", "M", None),
    ("Hoa", "Thị", "Nguyễn", "F", None),
    ("Jean-Baptiste", "", "Lefèvre", "M", None),
    ("Ingrid", "", "Sørensen", "F", None),
    ("Mohammed", "", "Al-Rashid", "M", None),
    ("Siobhán", "", "O'Connell", "F", None),
    ("Kwame", "Kofi", "Mensah", "M", None),
    ("Olga", "Petrovna", "Ivanova", "F", 1932),
    ("Ludwig", "", "van der Berg", "M", None),
    ("María José", "", "de la Cruz", "F", None),
    ("Wei", "", "Zhang", "M", None),
    ("Priya", "", "Raghunathan", "F", None),
    ("Tomasz", "", "Wiśniewski", "M", None),
    ("Fatima Zahra", "", "Benali", "F", None),
    ("Aroha", "", "Ngata", "F", None),
    ("Björn", "", "Lindqvist", "M", None),
    ("Esperanza", "", "Quispe Mamani", "F", None),
    ("Dmitri", "", "Sokolov", "M", None),
    ("Yuki", "", "Tanaka-Brooks", "F", None),
    ("Leilani", "", "Kahananui", "F", None),
    ("Abebe", "", "Bekele", "M", None),
    ("Mary-Kate", "", "McAllister", "F", None),
    ("Giuseppe", "", "D'Amato", "M", 1931),
    ("Soo-ah", "", "Park", "F", None),
    ("Rahul", "", "Deshmukh", "M", None),
    ("Elif", "", "Yıldız", "F", None),
    ("Charles", "W", "Whitfield", "M", None),
    ("Amara", "", "Nwosu", "F", None),
    ("Bernadette", "", "LaRoche", "F", 1929),
    ("Ahmad", "", "Karimi", "M", None),
    ("Juana", "", "Ixcoy", "F", None),
    ("Patricia", "Ann", "Doyle", "F", 1933),
    ("Thanh", "", "Trần", "M", None),
    ("Sione", "", "Fifita", "M", None),
]

CITIES = [("Fresno", "CA", "937"), ("Clovis", "CA", "936"), ("Visalia", "CA", "932"), ("Madera", "CA", "936"),
          ("Hanford", "CA", "932"), ("Selma", "CA", "936"), ("Reedley", "CA", "936"), ("Sanger", "CA", "936"),
          ("Merced", "CA", "953"), ("Kerman", "CA", "936"), ("Tulare", "CA", "932"), ("Porterville", "CA", "932"),
          ("Oakhurst", "CA", "936"), ("Kingsburg", "CA", "936"), ("Lemoore", "CA", "932"), ("Chowchilla", "CA", "936")]
STREETS = ["Larkspur Ln", "W Shields Ave", "E Olive Ave", "N Cedar Ave", "Tollhouse Rd", "S Mooney Blvd",
           "Academy Ave", "W Bullard Ave", "Manning Ave", "Road 26", "N Blackstone Ave", "Avenue 12",
           "E Kings Canyon Rd", "Calle Paloma", "Sierra Vista Dr", "Magnolia Ct", "Orchard Loop", "E Herndon Ave",
           "Harvest Moon Way", "W Nees Ave"]
UNITS = ["", "", "", " Apt 3B", " Unit 12", " #204", " Spc 41"]
REL_FIRST_M = ["Roberto", "Emeka", "Avi", "Kenji", "Samuel", "Vikram", "Luis", "Minh", "Pierre", "Lars", "Omar",
               "Declan", "Yaw", "Sergei", "Pieter", "José", "Jun", "Arjun", "Piotr", "Youssef", "Tane", "Erik"]
REL_FIRST_F = ["Carmen", "Ngozi", "Miriam", "Emiko", "Ruth", "Meera", "Rosa", "Lan", "Claire", "Astrid", "Layla",
               "Aoife", "Akosua", "Tatiana", "Anneke", "Lupe", "Mei", "Kavya", "Zofia", "Samira", "Mere", "Sofia"]
REL_TYPES = [("SPO", "Spouse", "husband", "wife"), ("CHD", "Child", "son", "daughter"),
             ("SIB", "Sibling", "brother", "sister"), ("GRD", "Guardian", "guardian", "guardian")]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "sbcglobal.net", "comcast.net", "aol.com"]
ALPHA = "ABCDEFGHJKMNPQRTUVWXY"


def gen_ssn():
    while True:
        a = RNG.randint(1, 899)
        if a == 666:
            continue
        g = RNG.randint(1, 99)
        s = RNG.randint(1, 9999)
        return "%03d-%02d-%04d" % (a, g, s)


def gen_mbi():
    letters = "ACDEFGHJKMNPQRTUVWXY"
    an = letters + "0123456789"
    return (str(RNG.randint(1, 9)) + RNG.choice(letters) + RNG.choice(an) + str(RNG.randint(0, 9)) +
            RNG.choice(letters) + RNG.choice(an) + str(RNG.randint(0, 9)) + RNG.choice(letters) +
            RNG.choice(letters) + str(RNG.randint(0, 9)) + str(RNG.randint(0, 9)))


class Patient:
    pass


def make_patients():
    pats = []
    used_mrn = set()
    for first, middle, last, sex, by in PAT_SPEC:
        p = Patient()
        p.first, p.middle, p.last, p.sex = first, middle, last, sex
        year = by or RNG.randint(1938, 2003)
        p.dob = dt.date(year, RNG.randint(1, 12), RNG.randint(1, 28))
        p.age = TODAY.year - p.dob.year - ((TODAY.month, TODAY.day) < (p.dob.month, p.dob.day))
        while True:
            m = "00" + digits(7)
            if m not in used_mrn:
                used_mrn.add(m)
                break
        p.mrn = m
        p.har = "71" + digits(8)
        p.csn = "3" + digits(8)
        p.ssn = gen_ssn()
        city, st, zp = RNG.choice(CITIES)
        p.street = "%d %s" % (RNG.randint(12, 9870), RNG.choice(STREETS))
        p.unit = RNG.choice(UNITS).strip()
        p.city, p.state, p.zip = city, st, zp + digits(2)
        p.phone = RNG.choice(["559", "559", "559", "209", "661"]) + str(RNG.randint(2, 9)) + digits(6)
        p.phone2 = RNG.choice(["559", "209"]) + str(RNG.randint(2, 9)) + digits(6)
        p.fax = p.phone[:3] + str(RNG.randint(2, 9)) + digits(6)
        fl = ascii_fold(first.split()[0]).lower().replace("'", "")
        ll = ascii_fold(last).lower().replace(" ", "").replace("'", "")
        p.email = RNG.choice(["%s.%s%d" % (fl, ll, p.dob.year % 100), "%s%s" % (fl[0], ll),
                              "%s_%s" % (fl, ll[:4]), "%s%d" % (ll, RNG.randint(1, 99))]) + "@" + RNG.choice(EMAIL_DOMAINS)
        p.portal = RNG.choice(["%s.%s%d" % (fl[:2], ll, p.dob.year % 100), "%s%s%d" % (fl[0], ll, p.dob.year),
                               "%s_%s" % (ll, fl)])
        kind = RNG.random()
        if p.age >= 65:
            p.member, p.plan = gen_mbi(), "MEDICARE PART B"
        elif kind < 0.35:
            p.member, p.plan = "9" + digits(7) + RNG.choice("ABCDEFGH"), "MEDI-CAL"
        else:
            p.member, p.plan = RNG.choice(["XEH", "BSC", "K2J", "UHC"]) + digits(9), RNG.choice(
                ["BLUE SHIELD CA PPO", "ANTHEM BC HMO", "UNITEDHEALTHCARE CHOICE+", "KAISER DMHC"])
        p.group = "G" + digits(6)
        p.ht = round(RNG.uniform(150, 190) if sex == "M" else RNG.uniform(145, 178), 1)
        p.wt = round(RNG.uniform(52, 118), 1)
        p.bsa = round(((p.ht * p.wt) / 3600) ** 0.5, 2)
        p.scr = round(RNG.uniform(0.6, 1.6), 2)
        rel = RNG.choice(REL_TYPES)
        rsex = RNG.choice("MF")
        rfirst = RNG.choice(REL_FIRST_M if rsex == "M" else REL_FIRST_F)
        rlast = last if RNG.random() < 0.7 else RNG.choice(["Reyes", "Okafor", "Kim", "Schmidt", "Haddad", "Brennan"])
        p.rel_first, p.rel_last = rfirst, rlast
        p.rel_code, p.rel_desc = rel[0], rel[1]
        p.rel_word = rel[2] if rsex == "M" else rel[3]
        p.rel_phone = RNG.choice(["559", "415", "661", "209"]) + str(RNG.randint(2, 9)) + digits(6)
        p.pump = None
        p.loc = RNG.choice(["4W", "5E", "ONC3", "ICU2", "INFC", "6N", "BMT"]) + "-" + str(RNG.randint(1, 40) + 100 * RNG.randint(2, 6))
        pats.append(p)
    return pats


PATS = make_patients()


def pick():
    return RNG.choice(PATS)


def nm(p, style):
    f, m, l = p.first, p.middle, p.last
    if style == "LF":
        return "%s, %s" % (l, f)
    if style == "LFM":
        return "%s, %s%s" % (l, f, (" " + m[0]) if m else "")
    if style == "LF_UP":
        return ("%s, %s" % (l, f)).upper()
    if style == "LF_UPA":
        return ascii_fold("%s, %s" % (l, f)).upper()
    if style == "FL":
        return "%s %s" % (f, l)
    if style == "FML":
        return "%s %s%s" % (f, (m + " ") if m else "", l)
    if style == "FL_UP":
        return ("%s %s" % (f, l)).upper()
    if style == "FL_low":
        return ("%s %s" % (f, l)).lower()
    if style == "HL7":
        return ("%s^%s^%s" % (ascii_fold(l).upper(), ascii_fold(f).upper(), ascii_fold(m)[:1].upper())).rstrip("^")
    if style == "HL7u":
        return "%s^%s%s" % (l, f, ("^" + m) if m else "")
    if style == "init":
        return "%s. %s" % (f[0], l)
    if style == "L_only":
        return l
    raise ValueError(style)


# ----------------------------------------------------------------------------- domain vocab
DRUGS = [
    ("cefazolin 2 g in NS 100 mL", "CEFAZ2G_NS100", "00409-4888-02", False),
    ("vancomycin 1.25 g in NS 250 mL", "VANC1250_NS250", "63323-0284-20", False),
    ("piperacillin-tazobactam 4.5 g in NS 100 mL", "PIPTZ45_NS100", "60505-0687-04", False),
    ("micafungin 100 mg in NS 100 mL", "MICA100_NS100", "0469-3250-10", False),
    ("norepinephrine 8 mg in D5W 250 mL", "NOREPI8_D5W250", "0409-3375-04", False),
    ("heparin 25,000 units in D5W 250 mL", "HEP25K_D5W250", "0409-7620-59", False),
    ("magnesium sulfate 2 g in SWFI 50 mL", "MAG2G_SW50", "0409-6729-03", False),
    ("oxaliplatin 85 mg/m2 in D5W 500 mL", "OXALI_D5W500", "0703-3985-01", True),
    ("paclitaxel 175 mg/m2 in NS 500 mL", "PACLI_NS500", "45963-0613-55", True),
    ("carboplatin AUC 5 in NS 250 mL", "CARBO_NS250", "61703-0339-50", True),
    ("cyclophosphamide 600 mg/m2 in NS 250 mL", "CYCLO_NS250", "10019-0957-01", True),
    ("gemcitabine 1000 mg/m2 in NS 250 mL", "GEMC_NS250", "0409-0181-01", True),
    ("fluorouracil 2400 mg/m2 CADD 46 h", "FU_CADD46", "63323-0117-51", True),
    ("doxorubicin 60 mg/m2 IV push", "DOXO_IVP", "0703-5043-03", True),
    ("pembrolizumab 200 mg in NS 100 mL", "PEMBRO200_NS100", "0006-3026-02", True),
    ("rituximab 375 mg/m2 in NS 500 mL", "RITUX_NS500", "50242-0051-21", True),
]
STAFF_RPH = [("kowalskim", "Kowalski, Marta RPh"), ("shahn", "Nilesh Shah, PharmD"), ("obik", "Kelechi Obi, PharmD"),
             ("hsug", "Grace Hsu, RPh"), ("fernandezl", "Lourdes Fernández, PharmD"), ("brandtj", "J. Brandt RPh")]
STAFF_TECH = ["cr-tech04", "tnguyen2", "jramirez", "aokafor", "cr-tech11", "mlopez7", "dsingh3"]
PRESCRIBERS = [("1417025583", "MARSH", "EVELYN"), ("1902881347", "OYELARAN", "TUNDE"), ("1265539910", "HSU", "PRISCILLA"),
               ("1588102276", "VARGHESE", "ANIL"), ("1730449912", "BERGSTROM", "KARIN")]
STATIONS = ["CR-PREP-01", "CR-PREP-02", "CR-PREP-03", "HD-PREP-01", "HD-PREP-02", "CHECK-01", "CHECK-02"]
HOSTS = ["CRPC-PREP01", "CRPC-PREP02", "CRPC-HOOD3", "HDPC-BSC1", "HDPC-BSC2", "CRPC-CHECK1", "IVR-CTRL01"]
DOSE_SEQ = [4471100]


def next_dose():
    DOSE_SEQ[0] += RNG.randint(1, 9)
    return DOSE_SEQ[0]


def thr():
    return RNG.choice([5, 9, 12, 17, 21, 33, 41])


def due_dt():
    base = CLK.now.replace(minute=0, second=0, microsecond=0)
    return base + dt.timedelta(hours=RNG.choice([1, 2, 2, 3, 4, 6, 10]))


def rph():
    return RNG.choice(STAFF_RPH)


# ============================================================================= blocks
# Each block returns a list of Line.

# ---------------------------------------------------------------- doseedge (log4net text)
def de_prefix(L, lvl, logger):
    CLK.tick(0.05, 3)
    L.t("%s %-5s [%d] %s - " % (ts_l4n(), lvl, thr(), logger))


def b_de_queue():
    p = pick()
    L = Line("doseedge")
    de_prefix(L, "INFO", "DoseEdge.Workflow.DoseQueue")
    drug = RNG.choice(DRUGS)
    d = next_dose()
    style = RNG.choice(["LF_UP", "LFM", "LF_UPA"])
    L.t('Dose %d added to queue %s (priority=%s, drug="%s", patient="' % (
        d, RNG.choice(STATIONS[:5]), RNG.choice(["ROUTINE", "ROUTINE", "STAT", "FIRST-DOSE"]), drug[0]))
    L.p(nm(p, style), "name").t('", MRN=').p(p.mrn, "mrn").t(", loc=%s, due=" % p.loc)
    L.p(due_dt().strftime("%Y-%m-%d %H:%M"), "date").t(")")
    out = [L]
    if RNG.random() < 0.6:
        L2 = Line("doseedge")
        de_prefix(L2, "DEBUG", "DoseEdge.Workflow.DoseQueue")
        L2.t("Queue %s depth=%d oldest=%ds stat=%d" % (RNG.choice(STATIONS[:5]), RNG.randint(2, 40), RNG.randint(30, 2400), RNG.randint(0, 3)))
        out.append(L2)
    return out


def b_de_reject():
    p = pick()
    L = Line("doseedge")
    de_prefix(L, "WARN", "DoseEdge.Workflow.Check")
    u, _ = rph()
    L.t("Pharmacist %s rejected dose %d for " % (u, next_dose()))
    L.p(nm(p, RNG.choice(["LFM", "LF"])), "name").t(" (MRN ").p(p.mrn, "mrn").t('): "%s"' % RNG.choice([
        "overfill not removed, remake", "wrong diluent volume in image 3", "air bubble in syringe, re-draw",
        "vial label not visible in image, recapture", "expired diluent lot scanned"]))
    return [L]


def b_de_reprint():
    p = pick()
    L = Line("doseedge")
    de_prefix(L, "INFO", "DoseEdge.Labels.Reprint")
    L.t("Reprint label dose=%d pt=" % next_dose()).p(nm(p, "LF"), "name").t(" dob=")
    L.p(fmt_date(p.dob, RNG.choice(["us", "us_short", "dmy_mon"])), "date")
    L.t(" reason=%s printer=ZT411-%s user=%s" % (RNG.choice(["Smudged", "Jammed", "WrongSize", "Torn"]),
                                               RNG.choice(["CR1", "CR2", "HD1"]), RNG.choice(STAFF_TECH)))
    return [L]


def b_de_merge():
    p = pick()
    L = Line("doseedge")
    de_prefix(L, "INFO", "DoseEdge.Sync.HisInterface")
    old = "00" + digits(7)
    L.t("Patient merge received (A40): MRN ").p(old, "mrn").t(" -> ").p(p.mrn, "mrn").t(" (")
    L.p(nm(p, "LF_UPA"), "name").t("); %d active doses relinked" % RNG.randint(0, 6))
    return [L]


def b_de_noise():
    d = next_dose()
    L = Line("doseedge")
    r = RNG.random()
    if r < 0.22:
        de_prefix(L, "INFO", "DoseEdge.Imaging.CaptureService")
        n = RNG.randint(1, 5)
        L.t("Captured image %d of %d for dose %d (step=%s, cam=CAM-0%d, 1920x1080, %s bytes, sha1=%s)" % (
            n, max(n, RNG.randint(3, 6)), d, RNG.choice(["VialLabel", "DiluentDraw", "DrawUp", "FinalProduct", "Reconstitution"]),
            RNG.randint(1, 4), "{:,}".format(RNG.randint(120000, 420000)), hexs(40)))
    elif r < 0.42:
        de_prefix(L, "INFO", "DoseEdge.Gravimetric.Verifier")
        vol = round(RNG.uniform(0.8, 60), 2)
        sg = round(RNG.uniform(0.998, 1.09), 3)
        exp = vol * sg
        var = RNG.choice([RNG.uniform(-3, 3)] * 5 + [RNG.uniform(5.2, 9)])
        res = "PASS" if abs(var) <= 5 else "FAIL"
        L.t('Dose %d component "%s" expected %.2f mL (sg %.3f) = %.2f g, measured %.2f g, variance %+.2f%% [tolerance ±5.0%%] %s' % (
            d, RNG.choice(["vancomycin 100 mg/mL", "oxaliplatin 5 mg/mL", "NS diluent", "paclitaxel 6 mg/mL", "SWFI",
                           "gemcitabine 38 mg/mL", "cyclophosphamide 20 mg/mL"]), vol, sg, exp, exp * (1 + var / 100), var, res))
        if res == "FAIL":
            L.t("; dose returned to prep")
    elif r < 0.52:
        de_prefix(L, "DEBUG", "DoseEdge.Gravimetric.ScaleReader")
        L.t("Scale SC-0%d (Mettler Toledo MS1602TS/01, S/N B%s) tare=0.00 g stable=true drift=%.3f g/min" % (
            RNG.randint(1, 4), digits(9), RNG.uniform(0, 0.02)))
    elif r < 0.62:
        de_prefix(L, "INFO", "DoseEdge.Sync.HisInterface")
        L.t("Order sync completed: %d new, %d modified, %d discontinued, 0 errors in %.2f s" % (
            RNG.randint(0, 60), RNG.randint(0, 20), RNG.randint(0, 8), RNG.uniform(0.4, 4)))
    elif r < 0.74:
        de_prefix(L, "INFO", "DoseEdge.Workflow.Check")
        u, _ = rph()
        L.t("Dose %d verified by RPH %s at %s (elapsed %s)" % (d, u, RNG.choice(["CHECK-01", "CHECK-02"]),
                                                                "00:%02d:%02d" % (RNG.randint(1, 40), RNG.randint(0, 59))))
    elif r < 0.82:
        de_prefix(L, "ERROR", "DoseEdge.Imaging.CaptureService")
        L.t("Camera CAM-0%d timeout after 5000 ms; retry %d/3 (station=%s)" % (RNG.randint(1, 4), RNG.randint(1, 3), RNG.choice(STATIONS)))
    elif r < 0.91:
        de_prefix(L, "INFO", "DoseEdge.Workflow.Release")
        L.t("Dose %d released to %s, batch=%s" % (d, RNG.choice(["tube station 22 (pneumatic)", "runner bin 4W", "ONC infusion center pickup", "ED tote"]),
                                                 RNG.choice(["none", "B240314-0%d" % RNG.randint(1, 9)])))
    else:
        de_prefix(L, "INFO", "DoseEdge.Service.Host")
        L.t("Heartbeat ok; version 5.3.%d.%d; db=DOSEEDGE_PRD@sqlprd02:1433; queue lag=%d ms" % (
            RNG.randint(0, 9), RNG.randint(1000, 9999), RNG.randint(2, 400)))
    return [L]


# ---------------------------------------------------------------- IV robot (spdlog)
def spd(L, logger, lvl):
    CLK.tick(0.02, 2)
    L.t("%s [%s] [%s] " % (ts_spd(), logger, lvl))


JOB = [88100]


def b_robot_phi():
    p = pick()
    JOB[0] += RNG.randint(1, 5)
    job = JOB[0]
    drug = RNG.choice(DRUGS)
    out = []
    L = Line("spdlog")
    spd(L, "robot", "info")
    L.t("Job %d received from DoseEdge: patient=\"" % job).p(nm(p, "LF_UPA"), "name").t('" mrn=').p(p.mrn, "mrn")
    L.t(" dose=%d recipe=%s" % (next_dose(), drug[1]))
    out.append(L)
    if RNG.random() < 0.7:
        L = Line("spdlog")
        spd(L, "serial", "debug")
        L.t("COM4 RX <STX>JOB|%d|" % job).p(nm(p, "HL7"), "name")
        L.t("|").p(p.mrn, "mrn").t("|%s<ETX> (%d bytes)" % (drug[1], RNG.randint(40, 90)))
        out.append(L)
    for _ in range(RNG.randint(0, 2)):
        out.append(b_robot_noise()[0])
    if RNG.random() < 0.7:
        L = Line("spdlog")
        spd(L, "labeler", "info")
        L.t('Label queued job=%d lines=["' % job).p(nm(p, "LF_UPA"), "name").t('","MRN ').p(p.mrn, "mrn").t('","DOB ')
        L.p(fmt_date(p.dob, RNG.choice(["dmy_mon", "us"])), "date").t('","%s"]' % p.loc)
        out.append(L)
    return out


def b_robot_noise():
    L = Line("spdlog")
    r = RNG.random()
    if r < 0.12:
        spd(L, "arm", "info")
        L.t("Homing axis J%d complete (encoder=0x%s, %d ms)" % (RNG.randint(1, 6), hexs(8).upper(), RNG.randint(400, 3000)))
    elif r < 0.24:
        spd(L, "robot", "info")
        JOB[0] += 1
        L.t("Cycle %d start: recipe=%s vials=%d syringes=%d iv_bags=1" % (JOB[0], RNG.choice(DRUGS)[1], RNG.randint(1, 4), RNG.randint(1, 3)))
    elif r < 0.32:
        spd(L, "syringe", "warn")
        L.t("Plunger force %.1f N above soft limit 40.0 N on slot %d (size=%d mL)" % (RNG.uniform(40.1, 48), RNG.randint(1, 6), RNG.choice([10, 20, 30, 60])))
    elif r < 0.42:
        spd(L, "vision", "debug")
        L.t("Vial cap detected conf=%.3f roi=(%d,%d,96,96) frame=%d" % (RNG.uniform(0.9, 0.999), RNG.randint(0, 1800), RNG.randint(0, 1000), RNG.randint(1, 99999)))
    elif r < 0.48:
        spd(L, "robot", "error")
        L.t("E-STOP asserted by door interlock D%d; motion halted (state=%s)" % (RNG.randint(1, 3), RNG.choice(["FILL", "RECON", "AGITATE", "CAP"])))
    elif r < 0.56:
        spd(L, "gripper", "info")
        L.t("Grip close pos=%.2f mm current=%.2f A" % (RNG.uniform(8, 30), RNG.uniform(0.3, 1.4)))
    elif r < 0.70:
        spd(L, "serial", "debug")
        b = [RNG.randint(0x20, 0x5a) for _ in range(RNG.randint(5, 12))]
        L.t("/dev/ttyS1 TX %d bytes: 02 %s 03 %02X" % (len(b) + 3, " ".join("%02X" % x for x in b), RNG.randint(0, 255)))
    elif r < 0.80:
        spd(L, "serial", "trace")
        g = RNG.uniform(0, 900)
        L.t("COM3 RX <STX>S S     %9.3f g<CR><LF><ETX> scale=MS1602TS stable" % g)
    elif r < 0.88:
        spd(L, "robot", "info")
        L.t("Heartbeat to host 10.40.8.21:5020 ok rtt=%d ms jobs_pending=%d" % (RNG.randint(1, 15), RNG.randint(0, 12)))
    elif r < 0.94:
        spd(L, "env", "critical")
        L.t("Chamber differential pressure %.3f inWC below threshold -0.010 inWC for %ds" % (RNG.uniform(-0.009, 0.004), RNG.randint(5, 60)))
    else:
        spd(L, "robot", "info")
        L.t("IVRobotCtl %d.%d.%d+build.%d (git %s) config=/opt/ivr/etc/robot.yaml cells=%d" % (
            3, RNG.randint(0, 4), RNG.randint(0, 20), RNG.randint(1000, 4000), hexs(7), RNG.randint(1, 2)))
    return [L]


# ---------------------------------------------------------------- Portmon serial trace
PM_SEQ = [1200]


def b_portmon():
    out = []
    for _ in range(RNG.randint(1, 3)):
        PM_SEQ[0] += RNG.randint(1, 4)
        CLK.tick(0.01, 0.5)
        L = Line("portmon")
        t = "%.8f" % RNG.uniform(0, 900)
        r = RNG.random()
        port = RNG.choice(["Serial2", "Serial3", "Serial0"])
        if r < 0.3:
            data = [0x02] + [RNG.randint(0x30, 0x5a) for _ in range(RNG.randint(6, 14))] + [0x03]
            L.t("%d\t%s\tIVRobotCtl.exe\tIRP_MJ_WRITE\t%s\tSUCCESS\tLength %d: %s" % (PM_SEQ[0], t, port, len(data), " ".join("%02X" % x for x in data)))
        elif r < 0.55:
            L.t("%d\t%s\tScaleBridge.exe\tIRP_MJ_READ\t%s\tSUCCESS\tLength %d: 53 20 53 20 20 20 20 20 %s 20 67 0D 0A" % (
                PM_SEQ[0], t, port, 18, " ".join("3%d" % RNG.randint(0, 9) for _ in range(4))))
        elif r < 0.7:
            L.t("%d\t%s\tIVRobotCtl.exe\tIOCTL_SERIAL_SET_BAUD_RATE\t%s\tSUCCESS\tRate: %d" % (PM_SEQ[0], t, port, RNG.choice([9600, 19200, 115200])))
        elif r < 0.8:
            L.t("%d\t%s\tIVRobotCtl.exe\tIOCTL_SERIAL_SET_TIMEOUTS\t%s\tSUCCESS\tRI:-1 RM:0 RC:%d WM:0 WC:%d" % (PM_SEQ[0], t, port, RNG.choice([500, 1000]), RNG.choice([500, 2000])))
        elif r < 0.9:
            L.t("%d\t%s\tScaleBridge.exe\tIOCTL_SERIAL_WAIT_ON_MASK\t%s\tSUCCESS\t" % (PM_SEQ[0], t, port))
        else:
            L.t("%d\t%s\tIVRobotCtl.exe\tIRP_MJ_READ\t%s\tTIMEOUT\tLength 0" % (PM_SEQ[0], t, port))
        out.append(L)
    return out


# ---------------------------------------------------------------- chemo verification JSON
CHEMO = [("oxaliplatin", 85, "FOLFOX6-mod"), ("paclitaxel", 175, "TC q21d"), ("cyclophosphamide", 600, "AC-T dd"),
         ("gemcitabine", 1000, "GEM-CIS"), ("doxorubicin", 60, "AC-T dd"), ("fluorouracil", 2400, "FOLFIRI"),
         ("rituximab", 375, "R-CHOP"), ("cisplatin", 75, "GEM-CIS"), ("docetaxel", 75, "TCHP")]
CHM = [18800]


def b_chemo_json():
    p = pick()
    CHM[0] += RNG.randint(1, 7)
    L = Line("chemo_json")
    CLK.tick()
    u, _ = rph()
    wdate = TODAY - dt.timedelta(days=RNG.randint(0, 3))
    if RNG.random() < 0.3:
        # carboplatin Calvert
        crcl = round(((140 - min(p.age, 95)) * p.wt) / (72 * p.scr) * (0.85 if p.sex == "F" else 1), 0)
        crcl = min(crcl, 125)
        calc = round(5 * (crcl + 25), 1)
        ordered = int(round(calc / 10.0) * 10)
        dev = round((ordered - calc) / calc * 100, 2)
        items = [("ts", ts_iso_z()), ("evt", "CHEMO_VERIFY"), ("orderId", "CHM-2024-%06d" % CHM[0]),
                 ("protocol", "TC q21d"), ("cycle", RNG.randint(1, 6)), ("day", 1),
                 ("patient", [("mrn", p.mrn, "mrn"), ("name", nm(p, RNG.choice(["LF", "LFM"])), "name"),
                              ("dob", fmt_date(p.dob, "iso"), "date"), ("sex", p.sex),
                              ("age", p.age, "age" if p.age > 89 else None)]),
                 ("wt_kg", p.wt), ("wt_date", fmt_date(wdate, "iso"), "date"), ("scr_mg_dl", p.scr),
                 ("crcl_ml_min", crcl), ("crcl_cap_applied", crcl == 125), ("target_auc", 5),
                 ("drug", "carboplatin"), ("formula", "Calvert"), ("calc_mg", calc), ("ordered_mg", ordered),
                 ("dev_pct", dev), ("limit_pct", 5), ("status", "PASS" if abs(dev) <= 5 else "HOLD"), ("rph", u)]
    else:
        drug, per, proto = RNG.choice(CHEMO)
        calc = round(per * p.bsa, 2)
        ordered = round(calc * RNG.choice([1, 1, 1, 0.99, 1.01, 0.8, 1.07]))
        dev = round((ordered - calc) / calc * 100, 2)
        items = [("ts", ts_iso_z()), ("evt", "CHEMO_VERIFY"), ("orderId", "CHM-2024-%06d" % CHM[0]),
                 ("protocol", proto), ("cycle", RNG.randint(1, 8)), ("day", RNG.choice([1, 1, 8, 15])),
                 ("patient", [("mrn", p.mrn, "mrn"), ("name", nm(p, RNG.choice(["LF", "LF_UP", "FL"])), "name"),
                              ("dob", fmt_date(p.dob, RNG.choice(["iso", "us"])), "date"), ("sex", p.sex),
                              ("age", p.age, "age" if p.age > 89 else None)]),
                 ("ht_cm", p.ht), ("wt_kg", p.wt), ("wt_date", fmt_date(wdate, "iso"), "date"),
                 ("wt_change_pct", round(RNG.uniform(-8, 4), 1)), ("bsa_m2", p.bsa), ("bsa_formula", "Mosteller"),
                 ("bsa_capped", False), ("drug", drug), ("dose_per_m2", per), ("calc_mg", calc), ("ordered_mg", ordered),
                 ("dev_pct", dev), ("limit_pct", 5), ("status", "PASS" if abs(dev) <= 5 else "HOLD"), ("rph", u)]
    jobj(L, items)
    return [L]


def b_chemo_noise():
    L = Line("chemo_json")
    CLK.tick()
    r = RNG.random()
    if r < 0.35:
        jobj(L, [("ts", ts_iso_z()), ("evt", "PROTOCOL_CACHE_REFRESH"), ("protocols", RNG.randint(380, 420)),
                 ("dose_bands", RNG.randint(60, 90)), ("source", "beacon-export-v%d" % RNG.randint(40, 48)), ("elapsed_ms", RNG.randint(90, 900))])
    elif r < 0.6:
        jobj(L, [("ts", ts_iso_z()), ("evt", "POLICY_LOADED"), ("max_bsa_m2", 2.2), ("dose_round_pct", 5),
                 ("wt_change_reverify_pct", 10), ("policy_id", "PHARM-ONC-0%d" % RNG.randint(10, 40)), ("approved", "P&T 2023-11")])
    elif r < 0.8:
        jobj(L, [("ts", ts_iso_z()), ("evt", "VERIFY_QUEUE_STATS"), ("pending", RNG.randint(0, 25)), ("hold", RNG.randint(0, 4)),
                 ("oldest_min", RNG.randint(0, 180)), ("rph_on_duty", RNG.randint(1, 3))])
    else:
        jobj(L, [("ts", ts_iso_z()), ("evt", "CHEMO_VERIFY"), ("orderId", "CHM-2024-%06d" % (CHM[0] + RNG.randint(1, 9))), ("status", "ERROR"),
                 ("error", "Height missing in last 30 days; cannot compute BSA"), ("traceId", hexs(32))])
    return [L]


def b_chemo_xml():
    p = pick()
    CHM[0] += RNG.randint(1, 7)
    L = Line("chemo_xml")
    CLK.tick()
    drug, per, proto = RNG.choice(CHEMO)
    calc = round(per * p.bsa, 2)
    planned = TODAY + dt.timedelta(days=RNG.choice([0, 0, 1, 7]))
    _, rname = rph()
    L.t('<ChemoOrder xmlns="urn:stmh:pharm:chemo:v2" id="CHM-2024-%06d" status="%s"><Patient><MRN>' % (CHM[0], RNG.choice(["Verified", "PendingVerify", "Verified"])))
    L.p(p.mrn, "mrn").t('</MRN><Name family="').p(p.last.replace("'", "&apos;"), "name").t('" given="').p(p.first, "name").t('"/><BirthDate>')
    L.p(fmt_date(p.dob, "iso"), "date").t("</BirthDate><Sex>%s</Sex></Patient>" % p.sex)
    L.t('<Measurements heightCm="%.1f" weightKg="%.1f" weightDate="' % (p.ht, p.wt)).p(fmt_date(TODAY - dt.timedelta(days=RNG.randint(0, 2)), "iso"), "date")
    L.t('" bsa="%.2f" capped="false"/><Drug name="%s" dosePerM2="%d" unit="mg" calculated="%.2f" ordered="%d"/>' % (p.bsa, drug, per, calc, round(calc)))
    L.t('<Cycle n="%d" day="1" plannedDate="' % RNG.randint(1, 6)).p(fmt_date(planned, "iso"), "date").t('"/><VerifiedBy>%s</VerifiedBy></ChemoOrder>' % rname)
    return [L]


# ---------------------------------------------------------------- ZPL
def b_zpl_patient():
    p = pick()
    drug = RNG.choice(DRUGS)
    L = Line("zpl")
    CLK.tick()
    d = next_dose()
    bud = CLK.now + dt.timedelta(hours=RNG.choice([12, 24, 30, 96]))
    L.t("^XA^CI28^PW812^LL0406^FO30,20^A0N,30,30^FD")
    L.p(nm(p, RNG.choice(["LF_UP", "LF_UPA", "LFM"])), "name")
    L.t("^FS^FO30,56^A0N,24,24^FDMRN: ").p(p.mrn, "mrn").t("  DOB: ").p(fmt_date(p.dob, RNG.choice(["us", "us_short"])), "date")
    L.t("^FS^FO520,56^A0N,24,24^FD%s^FS^FO30,92^A0N,26,26^FD%s^FS" % (p.loc, drug[0]))
    L.t("^FO30,126^A0N,22,22^FDDue: ").p(due_dt().strftime("%m/%d %H%M"), "date")
    L.t("  BUD: %s^FS" % bud.strftime("%m/%d/%Y %H:%M"))
    if drug[3]:
        L.t("^FO30,158^GB752,40,40^FS^FO40,166^A0N,26,26^FR^FDHAZARDOUS - CHEMOTHERAPY^FS")
    L.t("^FO30,214^BY2^BCN,70,Y,N,N^FD>;%d^FS^FO560,214^BQN,2,4^FDQA,%d^FS^XZ" % (d, d))
    return [L]


def b_zpl_noise():
    L = Line("zpl")
    CLK.tick()
    r = RNG.random()
    if r < 0.3:
        drug = RNG.choice(DRUGS[:7])
        L.t("^XA^CI28^FO30,20^A0N,30,30^FDBATCH B240314-%02d^FS^FO30,60^A0N,26,26^FD%s^FS^FO30,96^A0N,22,22^FDLot %s  Qty %d  BUD %s^FS^FO30,130^BY2^BCN,60,Y,N,N^FDB240314%02d^FS^XZ" % (
            RNG.randint(1, 20), drug[0], "CL" + digits(6), RNG.randint(10, 60), (CLK.now + dt.timedelta(days=RNG.choice([4, 9, 14]))).strftime("%m/%d/%Y"), RNG.randint(1, 20)))
    elif r < 0.5:
        L.t("^XA^PW812^LL0406^LS0^MD%d^PR4,4^MNY^MTD^JUS^XZ" % RNG.randint(0, 8))
    elif r < 0.7:
        L.t('~HS -> "\\x02030,0,0,1225,000,0,0,0,000,0,0,0\\x03\\x02000,0,0,0,1,2,4,0,00000000,1,000\\x03\\x021234,0\\x03"')
    elif r < 0.85:
        L.t("^XA^FO40,40^GB732,326,4^FS^FO70,90^A0N,40,40^FDHAZARDOUS DRUG^FS^FO70,150^A0N,28,28^FDDispose in yellow chemo bin^FS^FO70,200^A0N,24,24^FDIV Room ext 4412^FS^XZ")
    else:
        L.t("^XA^HH^XZ  (host query %s, ZT411-203dpi fw V92.21.%dZ, S/N 99J%s)" % (RNG.choice(HOSTS), RNG.randint(10, 39), digits(9)))
    return [L]


# ---------------------------------------------------------------- HL7
MSGID = [8812300]


def hl7_msh(L, typ, src=("EPIC", "STMH"), dst=("DOSEEDGE", "PHARM")):
    MSGID[0] += RNG.randint(1, 13)
    seg(L, "MSH", ["^~\\&", src[0], src[1], dst[0], dst[1], ts_hl7(), "", typ, str(MSGID[0]), "P", "2.5.1", "", "", "AL", "NE"])
    return MSGID[0]


def hl7_pid(p):
    L = Line("hl7v2")
    mrn = [(p.mrn, "mrn"), ("^^^STMH^MR", None)]
    if RNG.random() < 0.4:
        mrn += [("~", None), (p.ssn, "ssn"), ("^^^SSA^SS", None)]
    name = [(nm(p, RNG.choice(["HL7", "HL7", "HL7u"])), "name")]
    addr = [(p.street, "address"), ("^" + p.unit + "^", None), (p.city, "address"), ("^" + p.state + "^", None), (p.zip, "zip"), ("^USA^H", None)]
    phs = RNG.choice(["paren_tight", "plain", "dash"])
    phone = [(fmt_phone(p.phone, phs), "phone"), ("^PRN^PH", None)]
    if RNG.random() < 0.5:
        phone += [("~^NET^Internet^", None), (p.email, "email")]
    if RNG.random() < 0.35:
        phone += [("~^PRN^CP^^1^", None), (p.phone2[:3] + "^" + p.phone2[3:], "phone")]
    if RNG.random() < 0.25:
        phone += [("~", None), (fmt_phone(p.fax, "paren_tight"), "fax"), ("^ORN^FX", None)]
    ssn = [(p.ssn, "ssn")] if RNG.random() < 0.6 else ""
    fields = ["1", "", mrn, "", name, "", [(fmt_date(p.dob, "hl7"), "date")], p.sex, "", RNG.choice(["2106-3^White^CDCREC", "2054-5^Black^CDCREC", "2028-9^Asian^CDCREC", ""]),
              addr, "", phone, "", RNG.choice(["ENG^English", "SPA^Spanish", "VIE^Vietnamese", "RUS^Russian", ""]), RNG.choice(["M", "S", "W", "D"]), "",
              [(p.har, "account"), ("^^^STMH^AN", None)], ssn]
    seg(L, "PID", fields)
    return L


def hl7_pv1(p):
    L = Line("hl7v2")
    pr = RNG.choice(PRESCRIBERS)
    unit, room = p.loc.split("-", 1)
    admit = dt.datetime.combine(TODAY - dt.timedelta(days=RNG.randint(0, 9)), dt.time(RNG.randint(0, 23), RNG.randint(0, 59)))
    cls = "O" if unit == "INFC" else "I"
    f = [""] * 44
    f[0] = "1"
    f[1] = cls
    f[2] = "%s^%s^%s^STMH" % (unit, room, RNG.choice("AB"))
    f[6] = "%s^%s^%s^^^^MD" % pr
    f[9] = RNG.choice(["ONC", "MED", "HEM", "SUR"])
    f[17] = "IP" if cls == "I" else "OP"
    f[18] = [(p.csn, "other_id"), ("^^^STMH^VN", None)]
    f[43] = [(ts_hl7(admit, sec=False), "date")]
    seg(L, "PV1", f)
    return L


def hl7_nk1(p):
    L = Line("hl7v2")
    seg(L, "NK1", ["1", [("%s^%s" % (ascii_fold(p.rel_last).upper(), ascii_fold(p.rel_first).upper()), "name")],
                   "%s^%s^HL70063" % (p.rel_code, p.rel_desc),
                   [(p.street, "address"), ("^^", None), (p.city, "address"), ("^%s^" % p.state, None), (p.zip, "zip")],
                   [(fmt_phone(p.rel_phone, RNG.choice(["paren_tight", "plain"])), "phone")], "", "EC^Emergency Contact^HL70131"])
    return L


def hl7_in1(p):
    L = Line("hl7v2")
    f = [""] * 36
    f[0] = "1"
    f[1] = {"MEDICARE PART B": "MCARE-B", "MEDI-CAL": "MCAL01", "BLUE SHIELD CA PPO": "BSCPPO", "ANTHEM BC HMO": "ANTHMHMO",
            "UNITEDHEALTHCARE CHOICE+": "UHCCHP", "KAISER DMHC": "KPNC01"}[p.plan]
    f[2] = str(RNG.randint(10000, 99999))
    f[3] = p.plan
    f[4] = "PO BOX %d^^%s^CA^9%s" % (RNG.randint(1000, 299999), RNG.choice(["SACRAMENTO", "CHICO", "WOODLAND HILLS"]), digits(4))
    f[6] = "8005550%03d" % RNG.randint(100, 999)
    f[7] = p.group
    f[15] = [(nm(p, "HL7"), "name")]
    f[16] = "SEL^Self^HL70063"
    f[17] = [(fmt_date(p.dob, "hl7"), "date")]
    f[35] = [(p.member, "health_plan")]
    seg(L, "IN1", f)
    return L


def hl7_order_segs(p, drug, kind):
    out = []
    pr = RNG.choice(PRESCRIBERS)
    ordno = "ORD%d" % RNG.randint(8800000, 8899999)
    L = Line("hl7v2")
    seg(L, "ORC", ["NW" if kind == "RDE" else "RE", ordno + "^EPIC", "PH%d^DOSEEDGE" % RNG.randint(100000, 999999), "", "", "", "", "", ts_hl7(CLK.now - dt.timedelta(minutes=RNG.randint(5, 90))),
                   "%s^%s^%s^^^RN" % (RNG.choice(STAFF_TECH).upper(), RNG.choice(["SMITH", "LE", "OKAFOR", "DUARTE"]), RNG.choice(["JANE", "BAO", "NKEM", "RITA"])),
                   "", "%s^%s^%s^^^^MD" % pr, p.loc.replace("-", "^", 1)])
    out.append(L)
    start = due_dt()
    L = Line("hl7v2")
    seg(L, "TQ1", ["1", "", RNG.choice(["Q24H^Every 24 hours^HL70335", "Q12H^Every 12 hours^HL70335", "ONCE^One time^HL70335", "Q8H^Every 8 hours^HL70335"]),
                   "", "", "", [(ts_hl7(start, sec=False), "date")], [(ts_hl7(start + dt.timedelta(days=RNG.randint(1, 7)), sec=False), "date")], "", "",
                   "", "", "", RNG.choice(["R", "S"])])
    out.append(L)
    L = Line("hl7v2")
    seg(L, "RXE", ["", "%s^%s^NDC" % (drug[2], drug[0].upper()), "1", "", "EA", "IVPB^IV piggyback", "^infuse over %d min" % RNG.choice([30, 60, 90, 120]),
                   "", "", "1", "", "", "", "", "", "", "", "", "", "", "", "%d" % RNG.choice([50, 100, 250, 500]), "mL", ""])
    out.append(L)
    L = Line("hl7v2")
    seg(L, "RXR", ["IV^Intravenous^HL70162", "", "IVP^IV pump"])
    out.append(L)
    for comp in range(RNG.randint(1, 2)):
        L = Line("hl7v2")
        seg(L, "RXC", ["B" if comp else "A", ("%s^%s^NDC" % (drug[2], drug[0].split(" in ")[0])) if not comp else "0338-0049-04^Sodium Chloride 0.9% 250 mL^NDC",
                       str(RNG.randint(1, 500)), "mg" if not comp else "mL"])
        out.append(L)
    return out, ordno


def hl7_obx(p, i, what):
    L = Line("hl7v2")
    obsd = TODAY - dt.timedelta(days=RNG.randint(0, 3))
    if what == "wt":
        seg(L, "OBX", [str(i), "NM", "29463-7^Body weight^LN", "", "%.1f" % p.wt, "kg^kilogram^UCUM", "", "", "", "", "F", "", "", [(fmt_date(obsd, "hl7") + "%02d%02d" % (RNG.randint(5, 20), RNG.randint(0, 59)), "date")]])
    else:
        seg(L, "OBX", [str(i), "NM", "8302-2^Body height^LN", "", "%.1f" % p.ht, "cm^centimeter^UCUM", "", "", "", "", "F", "", "", [(fmt_date(obsd, "hl7"), "date")]])
    return L


def b_hl7_rde():
    p = pick()
    CLK.tick()
    drug = RNG.choice(DRUGS)
    out = []
    L = Line("hl7v2")
    hl7_msh(L, "RDE^O11^RDE_O11")
    out.append(L)
    out.append(hl7_pid(p))
    out.append(hl7_pv1(p))
    if RNG.random() < 0.4:
        out.append(hl7_nk1(p))
    if RNG.random() < 0.4:
        out.append(hl7_in1(p))
    segs, _ = hl7_order_segs(p, drug, "RDE")
    out += segs
    if drug[3] or RNG.random() < 0.3:
        out.append(hl7_obx(p, 1, "ht"))
        out.append(hl7_obx(p, 2, "wt"))
    return out


def b_hl7_rds():
    p = pick()
    CLK.tick()
    drug = RNG.choice(DRUGS)
    out = []
    L = Line("hl7v2")
    hl7_msh(L, "RDS^O13^RDS_O13", src=("DOSEEDGE", "PHARM"), dst=("EPIC", "STMH"))
    out.append(L)
    out.append(hl7_pid(p))
    out.append(hl7_pv1(p))
    segs, ordno = hl7_order_segs(p, drug, "RDS")
    out += segs[:1] + segs[2:3]
    L = Line("hl7v2")
    seg(L, "RXD", ["1", "%s^%s^NDC" % (drug[2], drug[0].upper()), ts_hl7(), "1", "EA", "", "", str(next_dose()), "", "", "", "",
                   "", "", "", "", "", [("CL" + digits(6), None)]])
    out.append(L)
    return out


def b_hl7_ack():
    CLK.tick()
    L = Line("hl7v2")
    seg(L, "MSH", ["^~\\&", "DOSEEDGE", "PHARM", "EPIC", "STMH", ts_hl7(), "", "ACK^O11^ACK", "DE%s-%05d" % (CLK.now.strftime("%Y%m%d"), RNG.randint(1, 99999)), "P", "2.5.1"])
    L2 = Line("hl7v2")
    code = RNG.choice(["AA", "AA", "AA", "AE"])
    seg(L2, "MSA", [code, str(MSGID[0] - RNG.randint(0, 30))] + ([] if code == "AA" else ["", "", "", "207^Application internal error^HL70357"]))
    out = [L, L2]
    if code == "AE":
        L3 = Line("hl7v2")
        seg(L3, "ERR", ["", "RXE^1^2", "207^Application internal error^HL70357", "E", "", "", "", "NDC not in formulary map"])
        out.append(L3)
    return out


# ---------------------------------------------------------------- logback JSON (Spring Boot)
LB_LOGGERS = {
    "dose": "org.stmh.pharmacy.compounding.DoseService",
    "chemo": "org.stmh.pharmacy.oncology.ChemoVerificationService",
    "portal": "org.stmh.pharmacy.outpatient.RefillController",
    "notify": "org.stmh.pharmacy.notify.NotificationService",
    "pump": "org.stmh.pharmacy.homeinfusion.PumpAssignmentService",
    "match": "org.stmh.pharmacy.adt.PatientMatcher",
}


def lb_base(msg, logger, level, thread=None, extra=None):
    lv = {"TRACE": 5000, "DEBUG": 10000, "INFO": 20000, "WARN": 30000, "ERROR": 40000}[level]
    CLK.tick(0.05, 6)
    items = [("@timestamp", ts_iso_off()), ("@version", "1"), ("message", msg), ("logger_name", logger),
             ("thread_name", thread or "http-nio-8443-exec-%d" % RNG.randint(1, 40)), ("level", level), ("level_value", lv)]
    items += extra or []
    items += [("traceId", hexs(32)), ("spanId", hexs(16)), ("app", "pharmacy-svc"), ("env", "prd")]
    return items


def b_logback_phi():
    p = pick()
    L = Line("logback_json")
    r = RNG.random()
    if r < 0.22:
        items = lb_base(Pieces([("Chemo order CHM-2024-%06d verified (BSA %.2f m2)" % (CHM[0] + RNG.randint(0, 5), p.bsa), None)]),
                        LB_LOGGERS["chemo"], "INFO",
                        extra=[("patientMrn", p.mrn, "mrn"), ("patientName", nm(p, RNG.choice(["LF", "LF_UP"])), "name"), ("verifiedBy", rph()[0])])
    elif r < 0.40:
        items = lb_base(Pieces([("Oral chemo refill request received", None)]), LB_LOGGERS["portal"], "INFO",
                        extra=[("portalUser", p.portal, "other_id"), ("clientIp", "%d.%d.%d.%d" % (RNG.choice([73, 98, 172, 24, 67, 108]), RNG.randint(1, 254), RNG.randint(1, 254), RNG.randint(1, 254)), "ip"),
                               ("memberId", p.member, "health_plan"), ("rxNumber", "RX%d" % RNG.randint(6000000, 6999999)), ("userAgent", "MyChart/10.3 (iPhone; iOS 17.3.1)")])
    elif r < 0.55:
        SN = "%07d" % RNG.randint(1000000, 9999999)
        items = lb_base(Pieces([("Ambulatory pump CADD-Solis SN ", None), (SN, "device"), (" assigned to encounter ", None), (p.csn, "other_id"),
                                (" for 46h fluorouracil, disconnect ", None), ((TODAY + dt.timedelta(days=2)).strftime("%Y-%m-%d"), "date")]),
                        LB_LOGGERS["pump"], "INFO")
    elif r < 0.70:
        items = lb_base(Pieces([("Failed to match patient: DOB ", None), (fmt_date(p.dob, "iso"), "date"), (" name '", None), (nm(p, "LF_UPA"), "name"),
                                ("' returned %d candidates; order held" % RNG.randint(2, 3), None)]), LB_LOGGERS["match"], "WARN")
    elif r < 0.85:
        items = lb_base(Pieces([("Notification sent", None)]), LB_LOGGERS["notify"], "INFO",
                        extra=[("channel", "SMS"), ("to", fmt_phone(p.phone, "e164"), "phone"), ("template", "HOME_INFUSION_DELIVERY"), ("providerMsgId", "SM" + hexs(32))])
    else:
        items = lb_base(Pieces([("Notification sent", None)]), LB_LOGGERS["notify"], "INFO",
                        extra=[("channel", "EMAIL"), ("to", p.email, "email"), ("template", "INFUSION_APPT_REMINDER"), ("apptDate", fmt_date(TODAY + dt.timedelta(days=RNG.randint(1, 14)), "iso"), "date")])
    jobj(L, items)
    return [L]


def b_logback_noise():
    L = Line("logback_json")
    r = RNG.random()
    if r < 0.2:
        a = RNG.randint(0, 8)
        items = lb_base("HikariPool-1 - Pool stats (total=20, active=%d, idle=%d, waiting=0)" % (a, 20 - a), "com.zaxxer.hikari.pool.HikariPool", "DEBUG", "HikariPool-1 housekeeper")
    elif r < 0.35:
        items = lb_base("GET /actuator/health 200 (%d ms)" % RNG.randint(1, 12), "org.stmh.pharmacy.web.AccessLogFilter", "DEBUG")
    elif r < 0.5:
        items = lb_base("[Consumer clientId=consumer-doseedge-events-1, groupId=doseedge-events] Setting offset for partition dose-events-%d to the committed offset FetchPosition{offset=%d, offsetEpoch=Optional[%d], currentLeader=LeaderAndEpoch{leader=Optional[kafka-2.pharm.local:9092 (id: 2 rack: null)], epoch=%d}}" % (
            RNG.randint(0, 5), RNG.randint(10000, 999999), RNG.randint(1, 9), RNG.randint(1, 9)), "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator", "INFO", "org.springframework.kafka.KafkaListenerEndpointContainer#0-0-C-1")
    elif r < 0.62:
        items = lb_base("HL7 listener read timeout on port 6661", "org.stmh.pharmacy.hl7.MllpListener", "ERROR", "mllp-worker-%d" % RNG.randint(1, 4),
                        extra=[("stack_trace", "java.net.SocketTimeoutException: Read timed out\n\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:546)\n\tat ca.uhn.hl7v2.llp.MllpDecoderState.read(MllpDecoderState.java:71)\n\tat org.stmh.pharmacy.hl7.MllpListener.run(MllpListener.java:118)\n")])
    elif r < 0.74:
        items = lb_base("Dose %d status PREPARED -> VERIFIED (station=%s, gravimetric=PASS)" % (next_dose(), RNG.choice(STATIONS)), LB_LOGGERS["dose"], "INFO")
    elif r < 0.84:
        items = lb_base("Shortage feed poll complete: %d new ASHP entries, %d resolved" % (RNG.randint(0, 5), RNG.randint(0, 3)), "org.stmh.pharmacy.shortage.AshpFeedPoller", "INFO", "scheduling-1")
    elif r < 0.92:
        items = lb_base("Gravimetric result received for dose %d: %s (variance %+.2f%%)" % (next_dose(), RNG.choice(["PASS", "PASS", "PASS", "FAIL"]), RNG.uniform(-6, 6)),
                        "org.stmh.pharmacy.compounding.GravimetricEventListener", "INFO", "org.springframework.kafka.KafkaListenerEndpointContainer#1-0-C-1")
    else:
        items = lb_base("Request id %s rejected: 401 invalid bearer token (client=doseedge-int)" % uuid4(), "org.springframework.security.web.access.ExceptionTranslationFilter", "WARN")
    jobj(L, items)
    return [L]


# ---------------------------------------------------------------- Spring Boot console text
def sb(L, lvl, thread, logger):
    CLK.tick(0.05, 5)
    L.t("%s %5s %d --- [pharmacy-svc] [%15s] %-40s : " % (ts_iso_off(), lvl, 18244, thread[-15:], logger))


def b_spring_phi():
    p = pick()
    L = Line("spring_console")
    sb(L, "INFO", "nio-8443-exec-%d" % RNG.randint(1, 40), "o.s.p.s.ShortageSubstitutionService")
    orig, sub = RNG.choice(SHORT)[1:3]
    L.t("Applied substitution SUB-0%d (%s -> %s) to order ORD%d for patient " % (RNG.randint(300, 340), orig, sub, RNG.randint(8800000, 8899999)))
    L.p(nm(p, RNG.choice(["LF", "FL", "LF_UP"])), "name").t(" [MRN ").p(p.mrn, "mrn").t("]")
    return [L]


ONCE = {}


def b_spring_noise():
    L = Line("spring_console")
    r = RNG.random()
    if r < 0.35 and ONCE.get("sb_start", 0) < 3:
        ONCE["sb_start"] = ONCE.get("sb_start", 0) + 1
        k = ONCE["sb_start"]
        if k == 1:
            sb(L, "INFO", "main", "o.f.core.internal.command.DbValidate")
            L.t("Successfully validated %d migrations (execution time 00:00.%03ds)" % (RNG.randint(40, 60), RNG.randint(10, 999)))
        elif k == 2:
            sb(L, "INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer")
            L.t("Tomcat started on port 8443 (https) with context path '/pharmacy'")
        else:
            sb(L, "INFO", "main", "o.s.p.PharmacyServiceApplication")
            L.t("Started PharmacyServiceApplication in %.3f seconds (process running for %.3f)" % (RNG.uniform(10, 20), RNG.uniform(20, 25)))
    elif r < 0.2:
        sb(L, "INFO", "scheduling-1", "o.s.p.e.EmSampleImportJob")
        L.t("Imported %d EM samples from viewLinc export em_%s.csv (%d ACTION, %d ALERT) in %d ms" % (RNG.randint(4, 40), CLK.now.strftime("%Y%m%d"), RNG.randint(0, 2), RNG.randint(0, 3), RNG.randint(30, 900)))
    elif r < 0.42:
        sb(L, "DEBUG", "nio-8443-exec-%d" % RNG.randint(1, 40), "o.s.p.c.DoseController")
        L.t("PUT /api/v2/doses/%d/state body={state=CHECKED, station=%s} -> 200 in %d ms" % (next_dose(), RNG.choice(STATIONS), RNG.randint(4, 300)))
    elif r < 0.5:
        sb(L, "WARN", "ntainer#0-0-C-1", "org.apache.kafka.clients.NetworkClient")
        L.t("[Consumer clientId=consumer-doseedge-events-1, groupId=doseedge-events] Connection to node 2 (kafka-2.pharm.local/10.40.9.12:9092) could not be established. Broker may not be available.")
    elif r < 0.65:
        sb(L, "INFO", "scheduling-1", "o.s.p.s.AshpFeedPoller")
        L.t("Poll https://www.ashp.org/drug-shortages/current-shortages feed: HTTP 200, %d bytes, etag=\"%s\"" % (RNG.randint(20000, 90000), hexs(16)))
    elif r < 0.78:
        sb(L, "INFO", "task-%d" % RNG.randint(1, 8), "o.s.p.r.RobotJobPublisher")
        L.t("Published job %d to ivrobot-01 (recipe=%s) correlationId=%s" % (JOB[0], RNG.choice(DRUGS)[1], uuid4()))
    elif r < 0.9:
        sb(L, "ERROR", "nio-8443-exec-%d" % RNG.randint(1, 40), "o.a.c.c.C.[.[.[.[dispatcherServlet]")
        L.t("Servlet.service() for servlet [dispatcherServlet] threw exception: org.springframework.dao.QueryTimeoutException: JDBC query timed out after 30000 ms")
    else:
        sb(L, "DEBUG", "scheduling-1", "o.s.p.w.WasteReconciliationJob")
        L.t("Waste reconciliation: %d records, $%.2f total, %d unwitnessed CS entries" % (RNG.randint(20, 200), RNG.uniform(100, 9000), RNG.randint(0, 2)))
    return [L]


# ---------------------------------------------------------------- USP 797 EM (CSV + syslog)
EM_HDR = "sample_id,collected_at,room,iso_class,site,sample_type,media,volume_l,cfu,action_level,status,collected_by,media_lot,incubation"
EM_SITES = [("CR-BUFFER-1", 7, "PEC-1 work surface"), ("CR-BUFFER-1", 7, "floor near door"), ("ANTE-1", 8, "sink counter"),
            ("HD-BUFFER-2", 7, "BSC-2 deck"), ("HD-ANTE-2", 7, "pass-through"), ("CR-BUFFER-1", 5, "PEC-1 interior air"),
            ("HD-BUFFER-2", 5, "BSC-1 interior air"), ("SEC-1", 5, "CAI-1 interior")]
EM_STAFF = ["M. Oduya", "R. Castañeda", "K. Liang", "T. Abernathy", "S. Iqbal"]
EM_N = [0]


def b_em_csv():
    out = []
    if EM_N[0] == 0 or RNG.random() < 0.15:
        L = Line("usp797_csv")
        L.t(EM_HDR)
        out.append(L)
    for _ in range(RNG.randint(1, 3)):
        EM_N[0] += 1
        CLK.tick(0.1, 4)
        room, iso, site = RNG.choice(EM_SITES)
        L = Line("usp797_csv")
        air = "air" in site
        typ = "viable_air" if air else RNG.choice(["surface", "surface", "GFT"])
        cfu = RNG.choice([0, 0, 0, 0, 1, 2, 4, 12])
        act = {5: 1, 7: 10 if air else 5, 8: 100 if air else 50}[iso]
        if typ == "GFT":
            act = 0
            site = "gloved fingertip, op emp %s" % digits(5)
        status = "PASS" if cfu <= act else "ACTION"
        L.t("EM-%s-%03d,%s,%s,ISO %d,%s,%s,%s,%s,%d,>%d,%s,%s,%s,%s" % (
            CLK.now.strftime("%Y%m%d"), EM_N[0], CLK.now.strftime("%Y-%m-%d %H:%M"), room, iso, site if "," not in site else '"%s"' % site, typ,
            "TSA" if air else "TSA+LP", "1000" if air else "", cfu, act, status, RNG.choice(EM_STAFF), "TSA-%dK%03d" % (RNG.randint(23, 24), RNG.randint(1, 300)),
            "30-35C 48h / 20-25C 5d"))
        out.append(L)
    if RNG.random() < 0.3:
        L = Line("usp797_csv")
        CLK.tick()
        room, iso, _ = RNG.choice(EM_SITES)
        L.t('"%s","%s","ISO%d",0.5,%d,5.0,%d,"%s"' % (CLK.now.strftime("%Y-%m-%d %H:%M:%S"), room, iso, RNG.randint(200, 300000), RNG.randint(0, 900),
                                                     RNG.choice(["OK", "OK", "OK", "ALERT"])))
        out.append(L)
    return out


def b_em_syslog():
    L = Line("em_syslog")
    CLK.tick()
    r = RNG.random()
    if r < 0.4:
        v = RNG.uniform(0.012, 0.06)
        alarm = v < 0.02
        L.t('<%d>1 %s rmsgw01.pharm.stmh.local viewLinc 2204 %s - Location "Buffer Room %d" Differential Pressure %+.3f inWC %s' % (
            132 if alarm else 134, ts_iso_z(), "ALARM" if alarm else "DATA", RNG.randint(1, 2), v,
            "below low limit +0.020 inWC (delay 5 min)" if alarm else "within limits"))
    elif r < 0.7:
        L.t('<134>1 %s rmsgw01.pharm.stmh.local viewLinc 2204 DATA [loc@32473 room="%s" probe="HMP110-%s"] temp=%.1fC rh=%.1f%%' % (
            ts_iso_z(), RNG.choice(["CR-BUFFER-1", "ANTE-1", "HD-BUFFER-2", "REFRIG-3", "FREEZER-1"]), digits(6), RNG.uniform(17, 21), RNG.uniform(28, 58)))
    else:
        L.t('<133>1 %s presura-hd2 TSI-PresSura 771 ROOM - HD-BUFFER-2 dp=%+.3f inWC (negative room, limit -0.010..-0.030) ach=%d door=%s' % (
            ts_iso_z(), -RNG.uniform(0.008, 0.035), RNG.randint(28, 40), RNG.choice(["closed", "closed", "open 14s"])))
    return [L]


# ---------------------------------------------------------------- shortage substitution (key=value)
SHORT = [("ASHP-2023-0412", "cisatracurium 200 mg/20 mL", "rocuronium 50 mg/5 mL", "00409-9170-05", "0143-9289-10"),
         ("ASHP-2023-0388", "carboplatin 450 mg/45 mL", "carboplatin 600 mg/60 mL", "61703-0339-50", "16714-0364-01"),
         ("ASHP-2024-0031", "cisplatin 100 mg/100 mL", "cisplatin 50 mg/50 mL", "16729-0288-38", "0703-5748-11"),
         ("ASHP-2023-0299", "sodium bicarbonate 8.4% 50 mL syringe", "sodium bicarbonate 8.4% 50 mL vial", "0409-6637-34", "0409-6625-02"),
         ("ASHP-2024-0007", "methotrexate 1 g/40 mL", "methotrexate 250 mg/10 mL x4", "0703-3675-01", "61703-0408-41"),
         ("ASHP-2023-0150", "dextrose 50% syringe", "dextrose 50% vial", "0409-4902-34", "0409-6648-02")]


def kv_prefix(L, lvl="INFO"):
    CLK.tick()
    L.t("%s shortage-svc[%d] %s " % (CLK.now.strftime("%Y-%m-%dT%H:%M:%S-07:00"), 3312, lvl))


def b_shortage_phi():
    p = pick()
    s = RNG.choice(SHORT)
    L = Line("shortage_kv")
    kv_prefix(L)
    L.t("event=ORDER_SUBSTITUTED rule_id=SUB-0%d order_id=ORD%d mrn=" % (RNG.randint(300, 340), RNG.randint(8800000, 8899999)))
    L.p(p.mrn, "mrn").t(' pt_name="').p(nm(p, "LF_UPA"), "name").t('"')
    if RNG.random() < 0.5:
        L.t(" pt_dob=").p(fmt_date(p.dob, "iso"), "date")
    L.t(' orig_ndc=%s sub_ndc=%s prescriber_notified="Dr. %s" rph=%s' % (s[3], s[4], RNG.choice(PRESCRIBERS)[1].title(), rph()[0]))
    return [L]


def b_shortage_noise():
    s = RNG.choice(SHORT)
    L = Line("shortage_kv")
    r = RNG.random()
    if r < 0.5:
        kv_prefix(L)
        L.t('event=RULE_ACTIVE rule_id=SUB-0%d ashp_ref=%s orig="%s" orig_ndc=%s sub="%s" sub_ndc=%s effective=2024-0%d-01 approved_by="P&T Committee" orders_affected=%d' % (
            RNG.randint(300, 340), s[0], s[1], s[3], s[2], s[4], RNG.randint(1, 3), RNG.randint(0, 30)))
    elif r < 0.75:
        kv_prefix(L, "WARN")
        L.t('event=INVENTORY_LOW ndc=%s desc="%s" on_hand=%d par=%d days_supply=%.1f wholesaler=McKesson acct=STMH-%s' % (
            s[3], s[1], RNG.randint(0, 12), RNG.randint(20, 80), RNG.uniform(0.2, 4), digits(6)))
    else:
        kv_prefix(L)
        L.t('event=ALLOCATION_UPDATE ndc=%s wholesaler=Cardinal allocation_pct=%d next_ship=%s contact="Rx buyer desk (559) 459-6%03d" po=PO%s' % (
            s[4], RNG.choice([25, 40, 50, 75]), (TODAY + dt.timedelta(days=RNG.randint(1, 10))).isoformat(), RNG.randint(100, 999), digits(8)))
    return [L]


# ---------------------------------------------------------------- waste CSV
WASTE_HDR_A = "waste_id,recorded_at,dose_id,ndc,drug,lot,qty_wasted,unit,reason,cost_usd,bin,witness,tech"
WASTE_HDR_B = "waste_id,recorded_at,dose_id,patient_mrn,har,ndc,drug,qty_wasted,unit,reason,cost_usd,chargeable,tech"
W_N = [5200]
W_STATE = {"hdr": None}
W_REASONS = ["expired BUD", "dose discontinued", "partial vial", "compounding error", "dropped/broken", "contaminated", "unused overfill"]


def b_waste():
    out = []
    phi = RNG.random() < 0.6
    want = "B" if phi else "A"
    if W_STATE["hdr"] != want:
        L = Line("waste_csv")
        L.t(WASTE_HDR_B if phi else WASTE_HDR_A)
        out.append(L)
        W_STATE["hdr"] = want
    for _ in range(RNG.randint(1, 3)):
        W_N[0] += RNG.randint(1, 4)
        CLK.tick()
        drug = RNG.choice(DRUGS)
        L = Line("waste_csv")
        qty = round(RNG.uniform(0.5, 400), 1)
        if phi:
            p = pick()
            L.t("W%d,%s,%d," % (W_N[0], CLK.now.strftime("%Y-%m-%d %H:%M:%S"), next_dose())).p(p.mrn, "mrn").t(",").p(p.har, "account")
            L.t(',%s,"%s",%.1f,mg,%s,%.2f,%s,%s' % (drug[2], drug[0], qty, RNG.choice(W_REASONS), RNG.uniform(0.5, 2400), RNG.choice(["Y", "N"]), RNG.choice(STAFF_TECH)))
        else:
            L.t('W%d,%s,%d,%s,"%s",%s,%.1f,mg,%s,%.2f,%s,%s,%s' % (
                W_N[0], CLK.now.strftime("%Y-%m-%d %H:%M:%S"), next_dose(), drug[2], drug[0], RNG.choice(["CL", "K", "H"]) + digits(6), qty,
                RNG.choice(W_REASONS), RNG.uniform(0.5, 2400), "RCRA-BLACK" if drug[3] else "PHARM-BLUE", RNG.choice([u for u, _ in STAFF_RPH]), RNG.choice(STAFF_TECH)))
        out.append(L)
    return out


# ---------------------------------------------------------------- pharmacist notes (free text)
def note_head(L):
    CLK.tick()
    d = CLK.now
    form = RNG.choice(["A", "B", "C"])
    if form == "A":
        L.t("%d/%d %s RPh note: " % (d.month, d.day, d.strftime("%H%M")))
    elif form == "B":
        L.t("[%s] VERIFY NOTE (%s): " % (d.strftime("%Y-%m-%d %H:%M"), rph()[0]))
    else:
        L.t("Pharmacy Intervention #%d | %s | " % (RNG.randint(40000, 49999), d.strftime("%m/%d/%Y %I:%M %p")))


def b_note_phi():
    p = pick()
    L = Line("rph_note")
    note_head(L)
    r = RNG.random()
    u, rn = rph()
    if r < 0.16:
        drug, per, proto = RNG.choice(CHEMO)
        L.t("pt ").p(nm(p, RNG.choice(["FL", "FML"])), "name").t(" MRN ").p(p.mrn, "mrn")
        L.t(" C%dD1 %s - wt down %.1f%% since last cycle (%.1f -> %.1f kg), <10%% so no dose change. BSA %.2f, %s %d mg/m2 = %d mg OK to prep. -%s" % (
            RNG.randint(2, 6), proto, RNG.uniform(1, 9), p.wt * 1.05, p.wt, p.bsa, drug, per, round(per * p.bsa), "".join(w[0] for w in rn.replace(",", "").split()[:2]).upper()))
    elif r < 0.30:
        L.t("Verified carboplatin for ").p(nm(p, "LF_UP"), "name").t(" (DOB ").p(fmt_date(p.dob, RNG.choice(["us_short", "us_yy"])), "date")
        if p.age > 89:
            L.t(", ").p(str(p.age), "age").t("yo")
        else:
            L.t(", %dyo" % p.age)
        crcl = min(125, round((140 - min(p.age, 95)) * p.wt / (72 * p.scr) * (0.85 if p.sex == "F" else 1)))
        L.t("): SCr %.2f, CrCl %s, AUC %d -> %d mg. %s" % (p.scr, "capped at 125" if crcl == 125 else "%d mL/min (CG, actual wt)" % crcl, RNG.choice([5, 6]),
            5 * (crcl + 25), RNG.choice(["Called Dr. %s re: rounding, approved." % RNG.choice(PRESCRIBERS)[1].title(), "Within 5%, no call needed.",
                                         "Ordered dose 10% high, paged onc fellow, order modified."])))
    elif r < 0.40:
        L.t("Spoke w/ pt's %s " % p.rel_word).p(p.rel_first + " " + p.rel_last, "name").t(" (cell ").p(fmt_phone(p.rel_phone, RNG.choice(["space", "dash", "dot"])), "phone")
        L.t(") re: home infusion delivery window for ").p(nm(p, "FL"), "name").t("; delivery to ").p(p.street, "address").t(", ").p(p.city, "address").t(" ").p(p.zip, "zip").t(" confirmed.")
    elif r < 0.50:
        L.t("Oral capecitabine pickup for ").p(nm(p, "LF"), "name").t(" by %s " % p.rel_word).p(p.rel_first + " " + p.rel_last, "name")
        L.t(", ID checked: CA DL ").p(RNG.choice("ABCDEFGNY") + digits(7), "license")
        if RNG.random() < 0.6:
            L.t("; curbside, plate ").p(str(RNG.randint(4, 9)) + "".join(RNG.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(3), "vehicle")
        L.t(". Counseled on hand-foot syndrome.")
    elif r < 0.60:
        SN = "%07d" % RNG.randint(1000000, 9999999)
        L.t("Pump SN ").p(SN, "device").t(" (CADD-Solis) programmed 5-FU %d mg over 46h for " % round(2400 * p.bsa)).p(nm(p, RNG.choice(["FL", "L_only"])), "name")
        L.t("; disconnect ").p(fmt_date(TODAY + dt.timedelta(days=2), RNG.choice(["us", "mon_d_y"])), "date").t(" at infusion center. Double-checked by %s." % rph()[0])
    elif r < 0.70:
        old = [q for q in PATS if q.age > 89]
        p = RNG.choice(old)
        L.t("Pt ").p(nm(p, RNG.choice(["FL", "LF"])), "name").t(" is ").p(str(p.age), "age").t(RNG.choice([" y/o", " years old", "yo"]))
        L.t(", frail, ECOG 2; confirmed with onc team to proceed at 80% dose. MRN ").p(p.mrn, "mrn").t(".")
    elif r < 0.78:
        L.t("Allergy clarification: ").p(nm(p, RNG.choice(["init", "FL_low"])), "name").t(" (").p(p.mrn, "mrn")
        L.t(") reports hives w/ paclitaxel C1 - premed dexamethasone 20 mg + diphenhydramine 50 mg added per protocol.")
    elif r < 0.86:
        L.t("Called pt at ").p(fmt_phone(p.phone, RNG.choice(["paren", "dash", "plain"])), "phone").t(" re: copay for %s member " % p.plan).p(p.member, "health_plan").t("; PA approved through 06/30/2024.")
    elif r < 0.93:
        L.t("Dose %d for " % next_dose()).p(nm(p, "LFM"), "name").t(" admitted ").p(fmt_date(TODAY - dt.timedelta(days=RNG.randint(1, 9)), RNG.choice(["us_short", "dmy_mon"])), "date")
        L.t(" - renal fx declining, vanc changed to 1 g q24h, level due ").p((TODAY + dt.timedelta(days=1)).strftime("%m/%d") + " 0600", "date").t(".")
    else:
        L.t("HAR ").p(p.har, "account").t(" - credited waste for discontinued pembrolizumab dose, pt ").p(nm(p, "LF_UPA"), "name").t(".")
    return [L]


def b_note_noise():
    L = Line("rph_note")
    note_head(L)
    L.t(RNG.choice([
        "Hood 3 cleaned with sterile IPA and sporicidal per SOP-797-14; next certification due 09/2024.",
        "Batch of %d cefazolin 2 g syringes compounded, BUD 9 days refrigerated, lot CL%s." % (RNG.randint(20, 60), digits(6)),
        "Media fill for new hire passed (0 CFU), GFT x3 passed. Cleared for sterile compounding.",
        "Robot down 0920-1010 for gripper recalibration; manual prep at HD-PREP-01 during outage.",
        "Shortage: carboplatin 450 mg vials on allocation, using 600 mg vials per SUB-0318 until further notice.",
        "Gravimetric tolerance for volumes <1 mL changed to 10% per P&T (memo 2024-02).",
        "Cleanroom pressure alarm at %s resolved after door closed, no impact to CSPs." % CLK.now.strftime("%H:%M"),
        "Reminder: all chemo orders need ht/wt within 7 days, otherwise hold and page oncology fellow (pager 4471).",
        "Called IV room leads line (559) 459-6412 about label printer jam on ZT411-CR2; tech replaced ribbon.",
        "Verified %d doses this shift, %d interventions, 0 errors reported." % (RNG.randint(30, 140), RNG.randint(0, 9)),
    ]))
    return [L]


# ---------------------------------------------------------------- Windows event export (text)
def win(L, level, source, eid, cat):
    CLK.tick()
    L.t("%s\t%s\t%s\t%d\t%s\t" % (level, ts_win(), source, eid, cat))


def b_win_phi():
    p = pick()
    L = Line("win_event")
    win(L, "Information", "Microsoft-Windows-PrintService", 307, "Printing a document")
    host = RNG.choice(HOSTS)
    L.t("Document %d, DoseLabel_%d_" % (RNG.randint(10, 900), next_dose()))
    nmv = ascii_fold(p.last).upper().replace(" ", "").replace("'", "") + "_" + ascii_fold(p.first.split()[0]).upper()
    L.p(nmv, "name").t("_").p(p.mrn, "mrn").t(".zpl owned by %s on \\\\%s was printed on ZDesigner ZT411-203dpi ZPL through port USB001.  Size in bytes: %d. Pages printed: 1. No user action is required." % (
        RNG.choice(STAFF_TECH), host, RNG.randint(900, 3000)))
    return [L]


def b_win_noise():
    L = Line("win_event")
    r = RNG.random()
    svc = RNG.choice(["DoseEdge Workstation Agent", "IVRobot Host Service", "Mettler Toledo Scale Bridge", "Vaisala viewLinc Device Host", "Zebra Print Monitor", "Windows Update"])
    if r < 0.3:
        win(L, "Information", "Service Control Manager", 7036, "None")
        L.t("The %s service entered the %s state." % (svc, RNG.choice(["running", "stopped"])))
    elif r < 0.42:
        win(L, "Error", "Service Control Manager", 7034, "None")
        L.t("The %s service terminated unexpectedly.  It has done this %d time(s)." % (svc, RNG.randint(1, 4)))
    elif r < 0.54:
        win(L, "Error", "Application Error", 1000, "(100)")
        L.t("Faulting application name: IVRobotCtl.exe, version: 3.2.%d.0, time stamp: 0x%s Faulting module name: ucrtbase.dll, version: 10.0.19041.3636, exception code: 0xc0000409, fault offset: 0x000000000007286e, process id: 0x%x" % (
            RNG.randint(1, 20), hexs(8), RNG.randint(0x400, 0x3fff)))
    elif r < 0.64:
        win(L, "Information", "Microsoft-Windows-Time-Service", 37, "None")
        L.t("The time provider NtpClient is currently receiving valid time data from dc02.pharm.stmh.local (ntp.d|10.40.1.12:123->10.40.%d.%d:123)." % (RNG.randint(8, 30), RNG.randint(2, 250)))
    elif r < 0.74:
        win(L, "Warning", "Microsoft-Windows-Kernel-Power", 41, "(63)")
        L.t("The system has rebooted without cleanly shutting down first. BugcheckCode 0, PowerButtonTimestamp 0.")
    elif r < 0.84:
        win(L, "Error", "Schannel", 36887, "None")
        L.t("A fatal alert was received from the remote endpoint. The TLS protocol defined fatal alert code is %d." % RNG.choice([42, 46, 48]))
    elif r < 0.92:
        win(L, "Information", "Microsoft-Windows-PrintService", 307, "Printing a document")
        L.t("Document %d, Print Document owned by %s on \\\\%s was printed on ZDesigner ZT411-203dpi ZPL through port USB001.  Size in bytes: %d. Pages printed: 1. No user action is required." % (
            RNG.randint(10, 900), RNG.choice(STAFF_TECH), RNG.choice(HOSTS), RNG.randint(300, 2000)))
    else:
        win(L, "Warning", "Disk", 153, "None")
        L.t("The IO operation at logical block address 0x%x for Disk 0 (PDO name: \\Device\\%08X) was retried." % (RNG.randint(0x1000, 0xffffff), RNG.randint(0x30, 0x60)))
    return [L]


def b_nxlog():
    L = Line("nxlog_json")
    CLK.tick()
    host = RNG.choice(HOSTS) + ".pharm.stmh.local"
    r = RNG.random()
    if r < 0.5:
        jobj(L, [("EventTime", CLK.now.strftime("%Y-%m-%d %H:%M:%S")), ("Hostname", host), ("Keywords", -9214364837600034816), ("EventType", "AUDIT_SUCCESS"),
                 ("SeverityValue", 2), ("Severity", "INFO"), ("EventID", 4624), ("SourceName", "Microsoft-Windows-Security-Auditing"),
                 ("ProviderGuid", "{54849625-5478-4994-A5BA-3E3B0328C30D}"), ("TargetUserName", RNG.choice(STAFF_TECH)), ("TargetDomainName", "PHARM"),
                 ("LogonType", RNG.choice(["2", "7", "10"])), ("IpAddress", RNG.choice(["-", "10.40.12.%d" % RNG.randint(2, 250)])), ("Channel", "Security")])
    elif r < 0.8:
        jobj(L, [("EventTime", CLK.now.strftime("%Y-%m-%d %H:%M:%S")), ("Hostname", host), ("EventType", "WARNING"), ("SeverityValue", 3), ("Severity", "WARNING"),
                 ("EventID", 1116), ("SourceName", "Microsoft-Windows-Windows Defender"), ("Message", "Microsoft Defender Antivirus has detected malware or other potentially unwanted software. Name: PUA:Win32/Presenoker Path: C:\\Users\\%s\\Downloads\\setup_%s.exe" % (RNG.choice(STAFF_TECH), hexs(6))),
                 ("Channel", "Microsoft-Windows-Windows Defender/Operational")])
    else:
        jobj(L, [("EventTime", CLK.now.strftime("%Y-%m-%d %H:%M:%S")), ("Hostname", host), ("EventType", "INFO"), ("EventID", 6013), ("SourceName", "EventLog"),
                 ("Message", "The system uptime is %d seconds." % RNG.randint(3000, 4000000)), ("Channel", "System")])
    return [L]


# ---------------------------------------------------------------- nginx access
def nginx(L, path, status, ua, size=None):
    CLK.tick(0.1, 10)
    L.t('10.40.%d.%d - - [%s] "' % (RNG.randint(8, 30), RNG.randint(2, 250), ts_nginx()))


def b_nginx_phi():
    p = pick()
    L = Line("nginx_access")
    nginx(L, None, None, None)
    r = RNG.random()
    if r < 0.5:
        L.t("GET /pharmacy/api/v2/patients/").p(p.mrn, "mrn").t("/chemo-orders?status=ACTIVE HTTP/1.1\" 200 %d" % RNG.randint(400, 9000))
    else:
        L.t("GET /pharmacy/api/v2/patients/search?lname=").p(ascii_fold(p.last).upper().replace(" ", "%20").replace("'", "%27"), "name").t("&dob=").p(fmt_date(p.dob, "iso"), "date")
        L.t(" HTTP/1.1\" %d %d" % (RNG.choice([200, 200, 404]), RNG.randint(60, 3000)))
    L.t(' "-" "%s" rt=%.3f uct="0.001" urt="%.3f"' % (RNG.choice(["DoseEdge/5.3.2 (.NET CLR 4.8)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/122.0.0.0"]), RNG.uniform(0.005, 0.4), RNG.uniform(0.005, 0.4)))
    return [L]


def b_nginx_noise():
    L = Line("nginx_access")
    nginx(L, None, None, None)
    path = RNG.choice(["/pharmacy/actuator/health", "/pharmacy/api/v2/doses?status=PENDING&unit=4W", "/pharmacy/api/v2/doses/%d/images/%d" % (next_dose(), RNG.randint(1, 5)),
                       "/pharmacy/api/v2/shortages?active=true", "/pharmacy/api/v2/em/samples?room=CR-BUFFER-1&from=2024-03-01", "/pharmacy/api/v2/waste/export.csv?date=2024-03-13",
                       "/pharmacy/api/v2/robot/jobs/%d" % JOB[0]])
    meth = "POST" if "/robot/jobs/" in path and RNG.random() < 0.5 else "GET"
    L.t('%s %s HTTP/1.1" %d %d "-" "%s" rt=%.3f uct="0.000" urt="%.3f"' % (meth, path, RNG.choice([200, 200, 200, 204, 304, 502]), RNG.randint(0, 20000),
                                                                       RNG.choice(["kube-probe/1.28", "DoseEdge/5.3.2 (.NET CLR 4.8)", "python-requests/2.31.0", "IVRobotCtl/3.2"]), RNG.uniform(0.001, 0.9), RNG.uniform(0.001, 0.9)))
    return [L]


# ---------------------------------------------------------------- barcode scanner
def scan_prefix(L):
    CLK.tick(0.1, 8)
    L.t("%s | SCAN | station=%s | device=DS8178-SN%s | " % (CLK.now.strftime("%Y-%m-%d %H:%M:%S.") + ms(CLK.now), RNG.choice(STATIONS), digits(8)))


def b_scan_phi():
    p = pick()
    L = Line("barcode_scan")
    scan_prefix(L)
    L.t("symb=CODE128 | raw=MRN").p(p.mrn, "mrn").t(' | resolved patient="').p(nm(p, "LF_UPA"), "name").t('" dose=%d | match=%s' % (next_dose(), RNG.choice(["OK", "OK", "MISMATCH"])))
    return [L]


def b_scan_noise():
    L = Line("barcode_scan")
    scan_prefix(L)
    drug = RNG.choice(DRUGS)
    ndc10 = drug[2].replace("-", "")[-10:].rjust(10, "0")
    body = "003" + ndc10
    odd = sum(int(c) for c in body[::2])
    even = sum(int(c) for c in body[1::2])
    gtin = body + str((10 - (odd * 3 + even) % 10) % 10)
    exp = dt.date(2025, RNG.randint(1, 12), 28)
    lot = RNG.choice(["K", "CL", "H", "7"]) + digits(5)
    r = RNG.random()
    if r < 0.7:
        L.t("symb=GS1_DATAMATRIX | raw=]d201%s17%s10%s | gtin=%s exp=%s lot=%s | match=%s" % (gtin, exp.strftime("%y%m%d"), lot, gtin, exp.isoformat(), lot, RNG.choice(["OK", "OK", "OK", "WRONG_PRODUCT"])))
    else:
        L.t("symb=CODE128 | raw=%d | dose label | match=OK" % next_dose())
    return [L]


# ============================================================================= assembly
PHI_BLOCKS = [(b_hl7_rde, 1), (b_hl7_rds, 1), (b_de_queue, 5), (b_de_reject, 2), (b_de_reprint, 2), (b_de_merge, 1),
              (b_robot_phi, 3), (b_chemo_json, 5), (b_chemo_xml, 2), (b_zpl_patient, 3), (b_logback_phi, 6),
              (b_spring_phi, 2), (b_shortage_phi, 2), (b_waste, 3), (b_note_phi, 9), (b_win_phi, 2), (b_nginx_phi, 2),
              (b_scan_phi, 2)]
NOISE_BLOCKS = [(b_de_noise, 9), (b_robot_noise, 7), (b_portmon, 2), (b_chemo_noise, 2), (b_zpl_noise, 2), (b_hl7_ack, 1),
                (b_logback_noise, 7), (b_spring_noise, 4), (b_em_csv, 4), (b_em_syslog, 3), (b_shortage_noise, 3),
                (b_note_noise, 3), (b_win_noise, 5), (b_nxlog, 2), (b_nginx_noise, 4), (b_scan_noise, 3)]


def wchoice(blocks):
    tot = sum(w for _, w in blocks)
    x = RNG.uniform(0, tot)
    for f, w in blocks:
        x -= w
        if x <= 0:
            return f
    return blocks[-1][0]


def main():
    lines = []
    n_phi = 0
    while len(lines) < N_LINES:
        remaining = N_LINES - len(lines)
        want_phi = n_phi < PHI_TARGET * (len(lines) + 1)
        blk = wchoice(PHI_BLOCKS if want_phi else NOISE_BLOCKS)()
        if len(blk) > remaining:
            continue
        lines += blk
        n_phi += sum(1 for L in blk if L.spans)
    log_out, lab_out = [], []
    for i, L in enumerate(lines, 1):
        txt = L.text()
        b = txt.encode("utf-8")
        assert txt and "\n" not in txt
        assert L.n == len(b)
        spans = []
        prev = -1
        for s, e, cat, val in L.spans:
            assert b[s:e].decode("utf-8") == val, (i, val)
            assert s >= prev and e > s
            prev = e
            spans.append({"s": s, "e": e, "cat": cat})
        log_out.append(txt)
        lab_out.append(json.dumps({"line": i, "family": L.fam, "spans": spans}, ensure_ascii=False))
    assert len(log_out) == N_LINES
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(log_out))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lab_out) + "\n")
    # summary
    cats, fams = {}, {}
    nophi = 0
    for L in lines:
        fams[L.fam] = fams.get(L.fam, 0) + 1
        if not L.spans:
            nophi += 1
        for sp in L.spans:
            cats[sp[2]] = cats.get(sp[2], 0) + 1
    print("lines without PHI: %d (%.1f%%)" % (nophi, 100.0 * nophi / N_LINES))
    print("families:", json.dumps(fams, sort_keys=True))
    print("spans:", json.dumps(cats, sort_keys=True), "total", sum(cats.values()))
    for fn in (ID + ".log", ID + ".labels.jsonl"):
        with open(os.path.join(HERE, fn), "rb") as f:
            print(hashlib.md5(f.read()).hexdigest(), fn)


if __name__ == "__main__":
    main()
