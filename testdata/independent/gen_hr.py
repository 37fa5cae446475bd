#!/usr/bin/env python3
"""Synthetic labeled log corpus "hr": a maternal-fetal medicine (MFM) practice's
ultrasound and prenatal-screening systems.

Families: Astraia-like exam log (German/English), Astraia CSV statistics export
(German headers), ViewPoint-like XML export, DICOM modality worklist (dcmtk findscu
dump), DICOM SR (dcmtk dsrdump), first-trimester risk service (Spring Boot log),
HL7 v2.5.1 cfDNA orders/results, cfDNA lab webhook (Python logging + JSON),
genetic-counseling scheduler log, iCalendar VEVENT, .NET reporting service (log4net),
Node.js patient portal (pino / pino-http), nginx access log, Mirth Connect log,
fax server log + OCR text of faxed OB referrals, billing CSV export, X12 837P,
sonographers' team chat, syslog/cron.

All people, identifiers, numbers and addresses are synthetic. Standard library only,
deterministic (fixed seed). Writes hr.log and hr.labels.jsonl next to this script.

Labeling decisions:
- Persons labeled: the pregnant patient, her partner / father of the baby, guarantor or
  subscriber, relatives and emergency contacts. Not labeled: sonographers, MFM
  physicians, genetic counselors, front-desk staff, referring OBs (names, NPIs, phones,
  faxes, emails), labs, payers, vendors, the practice itself and its addresses.
- Fetuses ("Fetus A", "Twin B") are not persons with identifiers; no labels.
- name: a whole written name is one span ("OKAFOR^CHIOMA^A", "Okafor, Chioma",
  "C. Okafor"); surname alone or given name alone is labeled too. When a format splits
  name parts into separate fields (CSV columns, X12 elements, JSON keys) each part is
  its own span. Honorifics (Mrs., Frau, Dr.) are outside the span.
- date: every date tied to the patient or her care: DOB, LMP, EDD, exam/service date,
  DICOM StudyDate / ScheduledProcedureStepStartDate, specimen collection/receipt and
  result dates, appointment start/end, referral date, date of service on claims. If the
  value carries a time (ISO date-time, HL7 TS, iCal DATE-TIME) the whole value is the
  span. Log/record timestamps, MSH-7, ISA/GS/BHT dates, build/licence/expiry dates of
  software, file-export dates of batch files, and year-only values are not labeled.
  Malformed or OCR-damaged dates of a person ("O2/11/1986") are still labeled.
  Exam dates embedded in patient-specific report file names (M1048213_Okafor_Chioma_
  20240312.pdf) are labeled; batch/export file-name dates are not.
- Gestational age (12+1, 12w1d), maternal age under 90, gravida/para: not labeled.
  Ages over 89 (relatives in family history / chat) are labeled age (number only).
- mrn: any patient-level record number assigned by a system: practice MRN, Astraia
  internal patient key, reference-lab patient ID.
- other_id: encounter/visit numbers (PV1-19, visitNo), genetic-counseling case numbers,
  patient-portal usernames and user IDs.
- Not labeled (transactional object IDs): exam IDs, accession numbers, placer/filler
  order numbers, specimen/tube barcodes, claim IDs, report/job IDs, fax job IDs, DICOM
  Study/Series/SOP Instance UIDs, appointment IDs, thread IDs, trace/request IDs.
- health_plan: insurance member/subscriber IDs and Medicaid IDs (group numbers and
  payer IDs are not labeled). account: patient/guarantor account numbers and full card
  numbers (a card "last4" alone is not labeled).
- phone / fax / email / url / ip / device: only when they belong to the patient or her
  relatives. Patient-designated fax numbers (ROI) are fax. Public client IPs of portal
  sessions are ip (the IPv4 part only, without "::ffff:"); internal 10.x addresses,
  uptime monitors and scanners are not labeled. Ultrasound machine serials are not
  labeled; a patient's home BP cuff / CGM serial and her phone's device ID are device.
- address: street line(s) and city/town are labeled separately (suite/apt included in
  the street span or as its own span when in its own field); state is not labeled; zip
  (5 or 9 digits) is zip.
- photo: the base64 payload of a patient's uploaded portrait. vehicle: licence plate of
  a patient's/relative's car. license: a patient's driver's licence number.
- URL-encoded values are labeled as written in the line (e.g. "02%2F11%2F1986").
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

ID = "hr"
SEED = 2024031221
HERE = os.path.dirname(os.path.abspath(__file__))
BASE = dt.datetime(2024, 3, 12, 6, 41, 7)
TD = dt.timedelta
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


# ----------------------------------------------------------------------------- builder
class L:
    def __init__(self, fam):
        self.fam = fam
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
        b = len(s.encode("utf-8"))
        if cat:
            self.spans.append((self.n, self.n + b, cat, s))
        self.buf.append(s)
        self.n += b
        return self

    def text(self):
        return "".join(self.buf)


class P:
    """A value to be labeled (cat None = emitted but not labeled)."""
    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class S:
    """A JSON string made of plain text and P parts."""
    def __init__(self, *parts):
        self.parts = parts


def jesc(s, ascii_=False):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def jdump(ln, obj, sep=(",", ":"), ascii_=False):
    if isinstance(obj, P):
        if isinstance(obj.v, str):
            ln.t('"').p(jesc(obj.v, ascii_), obj.cat).t('"')
        else:
            ln.p(json.dumps(obj.v), obj.cat)
    elif isinstance(obj, S):
        ln.t('"')
        for part in obj.parts:
            if isinstance(part, P):
                ln.p(jesc(part.v, ascii_), part.cat)
            else:
                ln.t(jesc(part, ascii_))
        ln.t('"')
    elif isinstance(obj, dict):
        ln.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                ln.t(sep[0])
            ln.t(json.dumps(k, ensure_ascii=ascii_) + sep[1])
            jdump(ln, v, sep, ascii_)
        ln.t("}")
    elif isinstance(obj, list):
        ln.t("[")
        for i, v in enumerate(obj):
            if i:
                ln.t(sep[0])
            jdump(ln, v, sep, ascii_)
        ln.t("]")
    else:
        ln.t(json.dumps(obj, ensure_ascii=ascii_))
    return ln


def parts(ln, *items):
    """Append a sequence of str / P items."""
    for it in items:
        if isinstance(it, P):
            ln.p(it.v, it.cat)
        else:
            ln.t(it)
    return ln


# ----------------------------------------------------------------------------- formats
def d_iso(d): return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
def d_us(d): return f"{d.month:02d}/{d.day:02d}/{d.year:04d}"
def d_usnz(d): return f"{d.month}/{d.day}/{d.year}"
def d_us2(d): return f"{d.month}/{d.day}/{d.year % 100:02d}"
def d_dcm(d): return f"{d.year:04d}{d.month:02d}{d.day:02d}"
def d_de(d): return f"{d.day:02d}.{d.month:02d}.{d.year:04d}"
def d_dmon(d): return f"{d.day:02d} {MON[d.month - 1]} {d.year}"
def d_long(d): return f"{MONTH[d.month - 1]} {d.day}, {d.year}"
def d_ora(d): return f"{d.day:02d}-{MON[d.month - 1].upper()}-{d.year}"


def ts(t, style, ms=None):
    if ms is None:
        ms = t.microsecond // 1000
    if style == "log4":
        return f"{d_iso(t)} {t:%H:%M:%S},{ms:03d}"
    if style == "dot":
        return f"{d_iso(t)} {t:%H:%M:%S}.{ms:03d}"
    if style == "de":
        return f"{d_de(t)} {t:%H:%M:%S}.{ms:03d}"
    if style == "syslog":
        return f"{MON[t.month - 1]} {t.day:2d} {t:%H:%M:%S}"
    if style == "nginx":
        return f"{t.day:02d}/{MON[t.month - 1]}/{t.year}:{t:%H:%M:%S} -0400"
    if style == "isoz":
        u = t + TD(hours=4)
        return f"{d_iso(u)}T{u:%H:%M:%S}.{ms:03d}Z"
    if style == "hl7":
        return f"{d_dcm(t)}{t:%H%M%S}"
    if style == "py":
        return f"{d_iso(t)} {t:%H:%M:%S},{ms:03d}"
    raise ValueError(style)


def epoch_ms(t, ms=None):
    if ms is None:
        ms = t.microsecond // 1000
    return int(((t.replace(microsecond=0) + TD(hours=4)) - dt.datetime(1970, 1, 1)).total_seconds()) * 1000 + ms


class Clock:
    """Monotonic per-block clock: each call advances a few milliseconds."""
    def __init__(self, t, rng):
        self.rng = rng
        self.t = t + TD(milliseconds=rng.randint(0, 400))

    def __call__(self, lo=2, hi=350):
        self.t = self.t + TD(milliseconds=self.rng.randint(lo, hi))
        return self.t


def ph(p, style):
    a, b, c = p[:3], p[3:6], p[6:]
    return {"paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}",
            "plain": p, "e164": "+1" + p, "intl": f"+1 {a} {b} {c}",
            "hl7": f"({a}){b}-{c}", "sp": f"{a} {b} {c}", "one": f"1-{a}-{b}-{c}"}[style]


def fold(s):
    s = s.replace("ı", "i").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s):
    return "".join(c for c in fold(s).lower() if c.isalnum())


def luhn(prefix, length, rng):
    digs = [int(c) for c in prefix]
    while len(digs) < length - 1:
        digs.append(rng.randint(0, 9))
    tot = 0
    for i, dg in enumerate(reversed(digs)):
        if i % 2 == 0:
            dg *= 2
            if dg > 9:
                dg -= 9
        tot += dg
    return "".join(map(str, digs)) + str((10 - tot % 10) % 10)


# ----------------------------------------------------------------------------- static data
NAMES = [
    ("Chioma", "A", "Okafor"), ("Rania", "M", "Haddad"), ("Priya", "S", "Raman"),
    ("Mei-Ling", "", "Chen-Whitfield"), ("Guadalupe", "", "Hernández"),
    ("Siobhan", "C", "O'Sullivan"), ("Aaliyah", "J", "Washington"),
    ("Kateryna", "", "Kovalenko"), ("Yuki", "", "Tanaka"), ("Fatima", "Z", "Al-Masri"),
    ("Ingrid", "", "Lindqvist"), ("Thandiwe", "N", "Dlamini"), ("Leilani", "K", "Kahananui"),
    ("Rivka", "", "Goldberg"), ("Zeynep", "", "Yılmaz"), ("Ana Lúcia", "", "da Silva"),
    ("Marisol", "E", "Delgado"), ("Hannah", "L", "van der Berg"),
    ("Oyinkansola", "", "Adeyemi"), ("Camille", "R", "St. Clair"),
    ("Anastasia", "V", "Petrova"), ("Keisha", "D", "Jefferson"), ("Shira", "", "Ben-David"),
    ("Nkechi", "O", "Eze"), ("Mariam", "", "Nasser"), ("Luz María", "", "De la Cruz"),
    ("Thị Lan", "", "Nguyễn"), ("Tamar", "", "Mizrahi"), ("Ximena", "", "García-Márquez"),
    ("Síofra", "", "Ó Briain"), ("Ashley", "N", "MacLeod"), ("Brianna", "T", "Smith"),
    ("Shandiin", "", "Begay"), ("Noor", "", "Abdullah"), ("Sakura", "", "Yamamoto"),
    ("Adaeze", "", "Obi"), ("Svetlana", "", "Morozova"), ("Jacqueline", "M", "Dubois"),
]
PARTNERS = [
    "Emeka Okafor", "Karim Haddad", "Arjun Raman", "Daniel Whitfield", "José Hernández",
    "Padraig O'Sullivan", "Marcus Washington", "Oleksandr Kovalenko", "Kenji Tanaka",
    "Omar Al-Masri", "Erik Lindqvist", "Sipho Dlamini", "Kekoa Kahananui", "Avi Goldberg",
    "Emre Yılmaz", "Mateus da Silva", "Rafael Delgado", "Pieter van der Berg",
    "Tunde Adeyemi", "Jean-Luc St. Clair", "Dmitri Petrov", "Andre Jefferson",
    "Noa Ben-David", "Chidi Eze", "Yousef Nasser", "Miguel De la Cruz", "Minh Trần",
    "Eitan Mizrahi", "Santiago Márquez", "Cian Ó Briain", "Ryan MacLeod", "Tyler Smith",
    "Nathaniel Begay", "Hassan Abdullah", "Hiroshi Yamamoto", "Obinna Obi",
    "Pavel Morozov", "Laurent Dubois",
]
SISTERS = ["Ngozi", "Lina", "Kavya", "Mei-Hua", "Rosa", "Aoife", "Jasmine", "Olena", "Haruka", "Huda",
           "Astrid", "Zanele", "Kalena", "Miriam", "Elif", "Beatriz", "Yesenia", "Sophie", "Folake", "Margaux",
           "Irina", "Tanisha", "Noa", "Ifeoma", "Layla", "Carmen", "Thu Hà", "Yael", "Valentina", "Niamh",
           "Kayla", "Destiny", "Tsosie", "Amina", "Aiko", "Chinwe", "Polina", "Élise"]
CITIES = [("Dorchester", "02124"), ("Quincy", "02169"), ("Brockton", "02301"),
          ("Cambridge", "02139"), ("Somerville", "02143"), ("Framingham", "01702"),
          ("Lowell", "01852"), ("Lynn", "01902"), ("Malden", "02148"), ("Newton", "02458"),
          ("Chelsea", "02150"), ("Revere", "02151"), ("Waltham", "02451"),
          ("Worcester", "01605"), ("Randolph", "02368"), ("Everett", "02149"),
          ("Jamaica Plain", "02130"), ("Hyde Park", "02136"), ("Braintree", "02184"),
          ("Weymouth", "02188")]
STREETS = ["1418 Birchwood Ave", "77 Elm St", "9 Quarry Ln", "230 Centre St", "55 Adams St",
           "1201 Hancock St", "18 Brookline Ter", "402 Washington St", "61 Cottage Pl",
           "3 Riverside Dr", "884 Main St", "27 Magnolia Rd", "140 Pleasant St",
           "12 Dunmore Cir", "2210 Dorchester Ave", "48 Hawthorne St", "7 Linden Way",
           "319 Summer St", "66 Oakridge Ave", "1550 Blue Hill Ave", "5 Fenwick Ct",
           "92 School St", "430 Salem St", "11 Tremont Pl", "705 Columbia Rd",
           "38 Walnut Hill Rd", "176 Spring St", "29 Aberdeen Ave", "1033 Boylston St",
           "81 Prospect Hill Rd", "14 Seaver St", "260 Highland Ave", "9 Alden Ct",
           "347 Broadway", "52 Greenleaf St", "118 Cedar Grove Ln", "6 Wainwright Rd",
           "2718 Massachusetts Ave"]
UNITS = ["Apt 2", "Apt 2B", "#3R", "Unit 4", "Fl 2", "Apt 11", "Unit C", ""]
AREA = ["617", "781", "508", "978", "857", "774", "339", "413"]
MAILDOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net",
           "hotmail.com", "proton.me", "aol.com"]
PAYERS = [("BCBS MA", "BCBSMA", "XEH", 9), ("Harvard Pilgrim", "HPHC", "HP", 8),
          ("Tufts Health Plan", "TUFTS", "T", 9), ("MassHealth", "MASSHLTH", "", 12),
          ("Aetna", "AETNA", "W", 9), ("UnitedHealthcare", "UHC", "", 11),
          ("Cigna", "CIGNA", "U", 10)]
SONO = [("kelly.rowe", "Kelly Rowe", "krowe", "ROWE^KELLY"),
        ("jalvarez", "Javier Alvarez", "jalvarez", "ALVAREZ^JAVIER"),
        ("tmensah", "Theresa Mensah", "tmensah", "MENSAH^THERESA"),
        ("priyanka.s", "Priyanka Subramanian", "psubramanian", "SUBRAMANIAN^PRIYANKA"),
        ("dana.w", "Dana Whitfield", "dwhitfield", "WHITFIELD^DANA")]
DOCS = [("Helen Marsh", "MARSH^HELEN", "1487623950", "hmarsh"),
        ("Samuel Achebe", "ACHEBE^SAMUEL", "1962035871", "sachebe"),
        ("Ruth Feldman", "FELDMAN^RUTH", "1225049386", "rfeldman")]
REFS = [("Alejandro Ortiz", "ORTIZ^ALEJANDRO", "1720388294", "LAKESIDE OB/GYN ASSOCIATES",
         "1200 Commonwealth Ave, Suite 310, Brighton, MA 02135", "6175550188", "6175550190",
         "LAKESIDE OBGYN"),
        ("Grace Liu", "LIU^GRACE", "1306991452", "SOUTH SHORE WOMEN'S HEALTH",
         "500 Congress St, Quincy, MA 02169", "6174713300", "6174713399", "SSWH QUINCY"),
        ("Mark Brennan", "BRENNAN^MARK", "1598834720", "MERRIMACK VALLEY OB-GYN",
         "12 Chelmsford St, Lowell, MA 01851", "9784520100", "9784520177", "MVOBGYN"),
        ("Nadia Farouk", "FAROUK^NADIA", "1841277903", "CHARLES RIVER MIDWIFERY",
         "1 Kendall Sq Bldg 200, Cambridge, MA 02139", "6172250041", "6172250049",
         "CRMIDWIFERY")]
GCS = [("Lauren Pike", "L. Pike, MS, CGC", "lpike"), ("Omar Siddiqui", "O. Siddiqui, MS, CGC", "osiddiqui")]
MACHINES = [("LOGIQE10_RM1", "LOGIQ E10", "LE10-3120877"), ("VOLE10_RM2", "Voluson E10", "VE10-D11842"),
            ("VOLE8_RM3", "Voluson E8", "VE8-A70315"), ("EPIQ7_RM4", "EPIQ 7", "US31508921"),
            ("VOLS10_RM5", "Voluson S10", "VS10-B22907")]
ETHN = ["WHITE", "BLACK_AFRICAN", "BLACK_CARIBBEAN", "SOUTH_ASIAN", "EAST_ASIAN", "MIXED", "OTHER"]
PUBLIC_NETS = ["73.114", "98.217", "24.61", "68.184", "174.62", "108.26", "71.232", "76.119",
               "50.203", "107.77", "66.31", "209.6"]


def make_patients(rng):
    pts = []
    streets = STREETS[:]
    rng.shuffle(streets)
    for i, (first, mi, last) in enumerate(NAMES):
        age = rng.choice([22, 24, 26, 27, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 44])
        dob = BASE.date() - TD(days=age * 365 + rng.randint(0, 360))
        if rng.random() < 0.78:
            ga = rng.randint(78, 100) if rng.random() < 0.55 else rng.randint(124, 160)
        else:
            ga = rng.randint(180, 240)
        lmp = BASE.date() - TD(days=ga)
        city, zc = rng.choice(CITIES)
        payer = rng.choice(PAYERS)
        if payer[3] == 12:
            member = "1000" + "".join(str(rng.randint(0, 9)) for _ in range(8))
        elif payer[0] == "UnitedHealthcare":
            member = "".join(str(rng.randint(0, 9)) for _ in range(9)) + "01"
        else:
            member = payer[2] + "".join(str(rng.randint(0, 9)) for _ in range(payer[3]))
        area = rng.choice(AREA)
        cell = area + str(rng.randint(201, 989)) + f"{rng.randint(0, 9999):04d}"
        home = rng.choice(AREA) + str(rng.randint(201, 989)) + f"{rng.randint(0, 9999):04d}"
        fs, ls = slug(first.split()[0]), slug(last)
        yy = dob.year % 100
        email = rng.choice([f"{fs}.{ls}{yy}", f"{fs}{ls}", f"{fs[0]}{ls}{rng.randint(1, 99)}",
                            f"{ls}.{fs}", f"{fs}_{ls}{dob.year}"]) + "@" + rng.choice(MAILDOM)
        area_ssn = rng.randint(1, 899)
        while area_ssn == 666:
            area_ssn = rng.randint(1, 899)
        ssn = f"{area_ssn:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        pts.append(dict(
            i=i, first=first, mi=mi, last=last, dob=dob, lmp=lmp, edd=lmp + TD(days=280),
            twins=rng.random() < 0.24, chor=rng.choice(["DCDA", "DCDA", "MCDA", "MCMA"]),
            street=streets[i], unit=rng.choice(UNITS), city=city, zip=zc,
            mrn=f"M{rng.randint(1040000, 1059999)}", akey=rng.randint(80000, 99999),
            labid=f"GDX-{rng.randint(7000000, 7999999)}", cell=cell, home=home, email=email,
            payer=payer, member=member, group=f"{rng.randint(100000, 999999)}",
            acct=str(rng.randint(40000000, 40999999)), ssn=ssn,
            dl=f"S{rng.randint(10000000, 99999999)}", partner=PARTNERS[i],
            user=rng.choice([f"{fs}.{ls}{yy}", f"{fs[0]}{ls}", f"mama2be_{fs}", f"{fs}{rng.randint(10, 99)}"]),
            uid="u_" + "".join(rng.choice("0123456789abcdef") for _ in range(6)),
            ip=f"{rng.choice(PUBLIC_NETS)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}",
            g=rng.randint(1, 5), eth=rng.choice(ETHN), wt=round(rng.uniform(52, 112), 1),
            card=luhn(rng.choice(["4", "51", "55", "37"]), 16, rng),
            devid="".join(rng.choice("0123456789ABCDEF") for _ in range(8)) + "-" +
                  "".join(rng.choice("0123456789ABCDEF") for _ in range(4)) + "-4" +
                  "".join(rng.choice("0123456789ABCDEF") for _ in range(3)) + "-A" +
                  "".join(rng.choice("0123456789ABCDEF") for _ in range(3)) + "-" +
                  "".join(rng.choice("0123456789ABCDEF") for _ in range(12)),
            bpserial=f"2023{rng.randint(1000000, 9999999)}",
            cgm="".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8)),
            plate=f"{rng.randint(1, 9)}{''.join(rng.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))}{rng.randint(10, 999)}",
            ref=rng.choice(REFS), visit=0,
        ))
    return pts


PTS = make_patients(random.Random(SEED))


def nm(pt, style):
    f, m, l = pt["first"], pt["mi"], pt["last"]
    if style == "FL":
        return f"{f} {l}"
    if style == "LF":
        return f"{l}, {f}"
    if style == "LFM":
        return f"{l}, {f} {m}".rstrip()
    if style == "ULF":
        return f"{l.upper()}, {f.upper()}"
    if style == "UFL":
        return f"{f.upper()} {l.upper()}"
    if style == "dcm":
        return f"{l.upper()}^{f.upper()}" + (f"^{m}" if m else "")
    if style == "dcmA":
        return f"{fold(l).upper()}^{fold(f).upper()}" + (f"^{m}" if m else "")
    if style == "iL":
        return f"{f[0]}. {l}"
    if style == "L":
        return l
    if style == "l":
        return l.lower()
    if style == "F":
        return f
    if style == "LFi":
        return f"{l} {f[0]}"
    raise ValueError(style)


def ga_of(pt, day):
    return (day - pt["lmp"]).days


def ga_wd(g): return f"{g // 7}+{g % 7}"
def ga_wd2(g): return f"{g // 7}w{g % 7}d"
def ga_dec(g): return f"{g / 7:.1f}"


def biometry(rng, g):
    w = g / 7.0
    if g < 100:
        crl = 45 + (g - 77) * 1.86 + rng.uniform(-2, 2)
        return dict(kind="NT", crl=round(crl, 1), nt=round(rng.choice([rng.uniform(1.0, 2.4)] * 5 + [rng.uniform(3.0, 4.2)]), 1),
                    fhr=rng.randint(148, 172), bpd=round(2.6 * w - 10 + rng.uniform(-1, 1), 1))
    bpd = 2.6 * w - 5 + rng.uniform(-1.5, 1.5)
    hc = 9.6 * w - 17 + rng.uniform(-5, 5)
    ac = 8.7 * w - 24 + rng.uniform(-6, 6)
    fl = 2.3 * w - 13 + rng.uniform(-1.5, 1.5)
    efw = 10 ** (1.326 + 0.0107 * hc / 10 + 0.0438 * ac / 10 + 0.158 * fl / 10 - 0.00326 * ac / 10 * fl / 10)
    return dict(kind="ANAT" if g < 170 else "GROWTH", bpd=round(bpd, 1), hc=round(hc, 1), ac=round(ac, 1),
                fl=round(fl, 1), efw=int(efw), fhr=rng.randint(135, 160),
                afi=round(rng.uniform(8, 18), 1), dvp=round(rng.uniform(3, 7), 1))


def next_visit(pt, rng):
    return f"V{rng.randint(24000000, 24999999)}"


def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def pick(rng, twins=None):
    if twins is None:
        return rng.choice(PTS)
    c = [p for p in PTS if p["twins"] == twins]
    return rng.choice(c)


def exam_id(rng): return str(rng.randint(311000, 319999))
def accession(rng, t): return f"A{d_dcm(t)[2:]}{rng.randint(100, 999)}"


# ============================================================================ FAMILIES
# ---------------------------------------------------------------- Astraia exam log
def astraia_pre(ln, t, lvl, logger, host, ms):
    return ln.t(f"{ts(t, 'de', ms)} | {lvl:<5} | {logger} | {host} | ")


def g_astraia(rng, t):
    pt = pick(rng)
    host = rng.choice(["WS-US1", "WS-US3", "WS-DR2", "WS-RECEP", "WS-US4"])
    sono = rng.choice(SONO)
    day = t.date()
    g = ga_of(pt, day)
    b = biometry(rng, g)
    ex = exam_id(rng)
    out = []
    if rng.random() < 0.5:
        ln = astraia_pre(L("astraia_log"), t, "INFO", "astraia.worklist", host, rng.randint(0, 999))
        ln.t(f"Worklist refresh: {rng.randint(6, 22)} entries from MFM_MWL@10.20.4.12:104 in {rng.randint(90, 480)} ms")
        out.append(ln)
    mode = rng.randint(0, 5)
    ln = astraia_pre(L("astraia_log"), t + TD(seconds=rng.randint(5, 40)), "INFO", "astraia.obstetrics.ExamStore", host, rng.randint(0, 999))
    if mode in (0, 1):
        ln.t("Exam saved: pat=").p(pt["mrn"], "mrn").t(' name="').p(nm(pt, "ULF"), "name").t('" dob=')
        ln.p(d_de(pt["dob"]), "date").t(f" exam={ex} type={'NT_SCAN' if b['kind'] == 'NT' else 'OB_' + b['kind']} lmp=")
        ln.p(d_de(pt["lmp"]), "date").t(" edd=").p(d_de(pt["edd"]), "date").t(f" ga={ga_wd(g)}")
        if b["kind"] == "NT":
            ln.t(f" crl={b['crl']} nt={b['nt']} fhr={b['fhr']}")
        else:
            ln.t(f" bpd={b['bpd']} hc={b['hc']} ac={b['ac']} fl={b['fl']} efw={b['efw']}g")
        ln.t(f" fetuses={2 if pt['twins'] else 1} op={sono[2]}")
    elif mode == 2:
        ln.t("Neuer Patient angelegt: Nachname=").p(pt["last"], "name").t(" Vorname=").p(pt["first"], "name")
        ln.t(" GebDat=").p(d_de(pt["dob"]), "date").t(" PatNr=").p(pt["mrn"], "mrn").t(" interneID=").p(str(pt["akey"]), "mrn")
    elif mode == 3:
        ln.t("EDD re-dated by scan for patient ").p(pt["mrn"], "mrn").t(": LMP-EDD ").p(d_iso(pt["edd"]), "date")
        sd = pt["edd"] + TD(days=rng.choice([-9, -8, 6, 7, 8, 11]))
        ln.t(" -> CRL-EDD ").p(d_iso(sd), "date").t(f" (diff {(sd - pt['edd']).days:+d}d > 7d rule, accepted by {sono[2]})")
    elif mode == 4:
        ln = astraia_pre(L("astraia_log"), t + TD(seconds=rng.randint(5, 40)), "INFO", "astraia.core.PatientSearch", host, rng.randint(0, 999))
        ln.t("Suche nach '").p(nm(pt, "l"), "name").t(f"' ergab {rng.randint(1, 3)} Treffer ({rng.randint(8, 60)} ms)")
    else:
        ln = astraia_pre(L("astraia_log"), t + TD(seconds=rng.randint(5, 40)), "INFO", "astraia.print.ReportPrinter", host, rng.randint(0, 999))
        ln.t(f"Befund gedruckt auf \\\\mfm-ps01\\US-Farbe: exam={ex} Patientin ").p(nm(pt, "LF"), "name")
        ln.t(" (geb. ").p(d_de(pt["dob"]), "date").t(")")
    out.append(ln)
    if pt["twins"] and mode in (0, 1):
        ln = astraia_pre(L("astraia_log"), t + TD(seconds=rng.randint(41, 60)), "INFO", "astraia.obstetrics.Multiples", host, rng.randint(0, 999))
        if b["kind"] == "NT":
            ln.t(f"exam={ex} fetus A crl={b['crl']} nt={b['nt']} / fetus B crl={round(b['crl'] - rng.uniform(0, 4), 1)} "
                 f"nt={round(b['nt'] + rng.uniform(-0.3, 0.5), 1)} chorionicity={pt['chor']} discordance={rng.randint(1, 9)}%")
        else:
            ln.t(f"exam={ex} fetus A efw={b['efw']}g fetus B efw={int(b['efw'] * rng.uniform(0.78, 0.99))}g "
                 f"chorionicity={pt['chor']} MVP A={b['dvp']}cm B={round(rng.uniform(2, 8), 1)}cm")
        out.append(ln)
    if rng.random() < 0.6:
        ln = astraia_pre(L("astraia_log"), t + TD(seconds=rng.randint(61, 90)), "DEBUG", "astraia.obstetrics.ExamStore", host, rng.randint(0, 999))
        ln.t(f"Autosave exam={ex} ({rng.choice(['no changes', '3 fields', '1 field', 'measurements only'])})")
        out.append(ln)
    return out


def n_astraia(rng, t):
    host = rng.choice(["WS-US1", "WS-US3", "WS-DR2", "APP-AST01"])
    m = rng.choice(MACHINES)
    opts = [
        ("INFO", "astraia.license", "License check OK: site=MFM-CENTRAL modules=OB,GYN,FETALECHO,GENETICS,MULTIPLES seats=14/16 expires=2025-06-30"),
        ("INFO", "astraia.db.Pool", f"DB pool: active={rng.randint(1, 9)} idle={rng.randint(2, 10)} max=20 waits=0"),
        ("WARN", "astraia.db.Pool", f"Verbindung zur Datenbank wiederhergestellt nach {rng.randint(2, 5)} Versuchen"),
        ("INFO", "astraia.charts", "Referenzkurven FMF_2019 geladen (47 Tabellen, 3 Warnungen)"),
        ("INFO", "astraia.import.Device", f"Measurement import from {m[1]} (SN {m[2]}): {rng.randint(14, 40)} values mapped, {rng.randint(0, 3)} unmapped (PSV_MCA_B, RI_UA_B)"),
        ("ERROR", "astraia.import.Device", f"DICOM SR from {m[0]} rejected: template TID5000 missing mandatory item (121070, DCM) [exam={exam_id(rng)}]"),
        ("INFO", "astraia.worklist", f"Worklist refresh: {rng.randint(0, 22)} entries from MFM_MWL@10.20.4.12:104 in {rng.randint(90, 480)} ms"),
        ("INFO", "astraia.backup", f"Sicherung 'nightly' beendet: {rng.uniform(1.5, 3.2):.2f} GB, Dauer 00:{rng.randint(10, 25)}:{rng.randint(10, 59)}"),
        ("INFO", "astraia.session", f"User {rng.choice(SONO)[2]} logged on at {host} (AD: MFMCENTRAL)"),
        ("WARN", "astraia.fmf", f"FMF certificate for operator {rng.choice(SONO)[2]} (NT) expires in {rng.randint(5, 60)} days"),
        ("INFO", "astraia.update", "Version 1.29.4 build 20231108 (x64), DB schema 412"),
        ("DEBUG", "astraia.obstetrics.ExamStore", f"Autosave exam={exam_id(rng)} (no changes)"),
    ]
    lvl, lg, msg = rng.choice(opts)
    return [astraia_pre(L("astraia_log"), t, lvl, lg, host, rng.randint(0, 999)).t(msg)]


# ---------------------------------------------------------------- Astraia CSV export (German)
def g_astraia_csv(rng, t):
    out = []
    if rng.random() < 0.6:
        out.append(L("astraia_csv").t("Untersuchungsdatum;Pat.-Nr.;Nachname;Vorname;Geb.-Datum;SSW;Untersuchungsart;Untersucher;Mehrling;Befund"))
    for _ in range(rng.randint(1, 3)):
        pt = pick(rng)
        day = t.date() - TD(days=rng.randint(0, 6))
        g = ga_of(pt, day)
        kind = "NT-Screening" if g < 100 else ("Feindiagnostik" if g < 170 else "Wachstum/Doppler")
        ln = L("astraia_csv")
        ln.p(d_de(day), "date").t(";").p(pt["mrn"], "mrn").t(";").p(pt["last"], "name").t(";").p(pt["first"], "name").t(";")
        ln.p(d_de(pt["dob"]), "date").t(f";{ga_wd(g)};{kind};{(lambda n: n.split()[0][0] + '. ' + n.split()[1])(rng.choice(SONO)[1])};")
        ln.t(("Gemini (" + {"DCDA": "DC/DA", "MCDA": "MC/DA", "MCMA": "MC/MA"}[pt["chor"]] + ")") if pt["twins"] else "Einling")
        ln.t(";" + rng.choice(["unauffällig", "NT erhöht, Beratung empfohlen", "Kontrolle in 4 Wo", "o.B.", "Zervix 24 mm, Kontrolle"]))
        out.append(ln)
    return out


# ---------------------------------------------------------------- ViewPoint-like XML export
def g_vp_xml(rng, t):
    pt = pick(rng, twins=True if rng.random() < 0.6 else None)
    day = t.date()
    g = ga_of(pt, day)
    b = biometry(rng, g)
    ex = exam_id(rng)
    out = []
    if rng.random() < 0.5:
        out.append(L("vp_xml").t('<?xml version="1.0" encoding="utf-8"?><ViewPointExport version="6.14.2" site="MFM Central">'))
    ln = L("vp_xml").t(f'<Exam ExamID="{ex}" Date="').p(d_iso(day), "date").t(f'" Type="{ {"NT": "OB 1st Trim", "ANAT": "OB Detailed Anatomy", "GROWTH": "OB Growth"}[b["kind"]]}">')
    ln.t('<Patient ID="').p(pt["mrn"], "mrn").t('" Name="').p(f"{pt['last']}^{pt['first']}", "name").t('" DOB="').p(d_iso(pt["dob"]), "date").t('"/>')
    out.append(ln)
    ln = L("vp_xml").t('<Pregnancy LMP="').p(d_iso(pt["lmp"]), "date").t('" EDD="').p(d_iso(pt["edd"]), "date")
    ln.t(f'" EDDBasis="{rng.choice(["LMP", "CRL"])}" Gravida="{pt["g"]}" Para="{max(0, pt["g"] - rng.randint(1, 2))}" Fetuses="{2 if pt["twins"] else 1}"')
    ln.t(f' Chorionicity="{pt["chor"] if pt["twins"] else "n/a"}"/>')
    out.append(ln)
    for lab in (["A", "B"] if pt["twins"] else ["1"]):
        bb = biometry(rng, g)
        ln = L("vp_xml").t(f'<Fetus Label="{lab}">')
        if bb["kind"] == "NT":
            ln.t(f'<CRL unit="mm">{bb["crl"]}</CRL><NT unit="mm">{bb["nt"]}</NT><FHR unit="bpm">{bb["fhr"]}</FHR><NasalBone>present</NasalBone>')
        else:
            ln.t(f'<BPD unit="mm">{bb["bpd"]}</BPD><HC unit="mm">{bb["hc"]}</HC><AC unit="mm">{bb["ac"]}</AC><FL unit="mm">{bb["fl"]}</FL>'
                 f'<EFW unit="g" method="Hadlock3">{bb["efw"]}</EFW><Presentation>{rng.choice(["cephalic", "breech", "transverse"])}</Presentation>')
        ln.t("</Fetus>")
        out.append(ln)
    if rng.random() < 0.5:
        ln = L("vp_xml").t("<Comment>")
        c = rng.randint(0, 2)
        if c == 0:
            ln.t("Pt declines invasive testing after counseling; FOB ").p(pt["partner"], "name").t(" present. cfDNA drawn today.")
        elif c == 1:
            ln.t("Interpreter used (phone, ID 40218). Husband ").p(pt["partner"].split()[0], "name").t(" reachable at ").p(ph(pt["home"], "dash"), "phone").t(".")
        else:
            ln.t("Limited views due to maternal habitus; rescan booked ").p(d_usnz(day + TD(days=14)), "date").t(".")
        ln.t("</Comment></Exam>")
        out.append(ln)
    else:
        out.append(L("vp_xml").t("</Exam>"))
    return out


# ---------------------------------------------------------------- DICOM MWL (dcmtk findscu)
def dtag(ln, tag, vr, val_parts, name, indent=0, cat=None):
    ln.t("I: " + "  " * indent + f"({tag}) {vr} [")
    start = ln.n
    if isinstance(val_parts, str):
        ln.p(val_parts, cat)
        vlen = len(val_parts.encode())
    else:
        vlen = 0
        for v in val_parts:
            if isinstance(v, P):
                ln.p(v.v, v.cat)
                vlen += len(v.v.encode())
            else:
                ln.t(v)
                vlen += len(v.encode())
    ln.t("]")
    vlen += vlen % 2
    used = ln.n - start + len(f"({tag}) {vr} [") + 1 + 2 * indent
    ln.t(" " * max(1, 40 - used) + f"# {vlen:3d}, 1 {name}")
    return ln


def g_dicom_mwl(rng, t):
    pt = pick(rng)
    mach = rng.choice(MACHINES)
    sono = rng.choice(SONO)
    ref = pt["ref"]
    day = t.date()
    g = ga_of(pt, day)
    proc = "US OB NT 1st trimester" if g < 100 else ("US OB detailed anatomy" if g < 170 else "US OB follow-up growth")
    if pt["twins"]:
        proc += " (multiple gestation)"
    out = []
    F = "dicom_mwl"
    if rng.random() < 0.7:
        out.append(L(F).t(f"I: Requesting Association"))
        out.append(L(F).t(f"I: Association Accepted (Max Send PDV: 16372)"))
    out.append(L(F).t(f"I: Sending Find Request (MsgID {rng.randint(1, 40)})"))
    out.append(L(F).t("I: ---------------------------"))
    out.append(L(F).t(f"I: Find Response: {rng.randint(1, 9)} (Pending)"))
    out.append(L(F).t("I: # Dicom-Data-Set"))
    out.append(L(F).t("I: # Used TransferSyntax: Little Endian Explicit"))
    out.append(dtag(L(F), "0008,0005", "CS", "ISO_IR 192", "SpecificCharacterSet"))
    out.append(dtag(L(F), "0008,0050", "SH", accession(rng, t), "AccessionNumber"))
    out.append(dtag(L(F), "0008,0090", "PN", ref[1], "ReferringPhysicianName"))
    out.append(dtag(L(F), "0010,0010", "PN", nm(pt, "dcm"), "PatientName", cat="name"))
    out.append(dtag(L(F), "0010,0020", "LO", pt["mrn"], "PatientID", cat="mrn"))
    out.append(dtag(L(F), "0010,0030", "DA", d_dcm(pt["dob"]), "PatientBirthDate", cat="date"))
    out.append(dtag(L(F), "0010,0040", "CS", "F", "PatientSex"))
    if rng.random() < 0.5:
        out.append(dtag(L(F), "0010,1030", "DS", str(pt["wt"]), "PatientWeight"))
    if rng.random() < 0.5:
        out.append(dtag(L(F), "0010,21d0", "DA", d_dcm(pt["lmp"]), "LastMenstrualDate", cat="date"))
    if rng.random() < 0.3:
        out.append(dtag(L(F), "0010,2154", "SH", pt["cell"], "PatientTelephoneNumbers", cat="phone"))
    uid = f"1.2.840.113619.2.55.3.{rng.randint(10**9, 4 * 10**9)}.{rng.randint(100, 999)}.{epoch_ms(t) // 1000}.{rng.randint(1, 999)}"
    out.append(dtag(L(F), "0020,000d", "UI", uid, "StudyInstanceUID"))
    out.append(dtag(L(F), "0032,1060", "LO", proc[:64], "RequestedProcedureDescription"))
    out.append(L(F).t(f"I: (0040,0100) SQ (Sequence with explicit length #=1)      # {rng.randint(90, 140)}, 1 ScheduledProcedureStepSequence"))
    out.append(L(F).t(f"I:   (fffe,e000) na (Item with explicit length #=5)          # {rng.randint(80, 130)}, 1 Item"))
    out.append(dtag(L(F), "0040,0001", "AE", mach[0], "ScheduledStationAETitle", indent=2))
    out.append(dtag(L(F), "0040,0002", "DA", d_dcm(day), "ScheduledProcedureStepStartDate", indent=2, cat="date"))
    out.append(dtag(L(F), "0040,0003", "TM", f"{rng.choice([8, 9, 10, 11, 13, 14, 15])}{rng.choice(['00', '15', '30', '45'])}00".zfill(6), "ScheduledProcedureStepStartTime", indent=2))
    out.append(dtag(L(F), "0040,0006", "PN", sono[3], "ScheduledPerformingPhysicianName", indent=2))
    out.append(L(F).t("I:   (fffe,e00d) na (ItemDelimitationItem for re-encoding)   #   0, 0 ItemDelimitationItem"))
    # trim deterministically: keep a random contiguous-ish subset to vary block size
    keep_tail = rng.random() < 0.5
    if not keep_tail:
        out = out[:-7]
    return out


def n_dicom(rng, t):
    m = rng.choice(MACHINES)
    opts = [
        f"I: Association Received 10.20.4.{rng.randint(30, 45)}: \"{m[0]}\" -> \"MFM_MWL\"",
        f"I: Association Release",
        f"I: Received Find Request (MsgID {rng.randint(1, 50)})",
        f"I: Find SCP Request Identifiers: ScheduledStationAETitle={m[0]} Modality=US Date={d_dcm(t)}-{d_dcm(t)}",
        f"W: DIMSE Warning: ({m[0]},MFM_MWL): sendMessage: unable to convert dataset from 'Little Endian Implicit' transfer syntax to 'JPEG Baseline'",
        f"I: Find Response: {rng.randint(1, 20)} (Success)",
        f"E: Association Request Failed: 0006:0317 Peer aborted Association (or never connected)",
        f"I: storescp: Received Store Request (MsgID {rng.randint(1, 900)}, US)",
        f"I: storing DICOM file: /var/dicom/incoming/US.1.2.840.113619.2.55.3.{rng.randint(10**9, 4 * 10**9)}.{rng.randint(1, 99)}.dcm",
        f"I: Association Acknowledged (Max Send PDV: 16372) calledAE=MFM_ARCHIVE callingAE={m[0]}",
    ]
    return [L("dicom_mwl").t(rng.choice(opts))]


# ---------------------------------------------------------------- DICOM SR (dcmtk dsrdump)
def g_dicom_sr(rng, t):
    pt = pick(rng)
    mach = rng.choice(MACHINES[1:4])
    sono = rng.choice(SONO)
    day = t.date()
    g = ga_of(pt, day)
    F = "dicom_sr"
    out = [L(F).t("Comprehensive SR Document")]
    out.append(L(F).t("Patient             : ").p(nm(pt, rng.choice(["dcm", "dcmA"])), "name").t(" (F, ").p(d_dcm(pt["dob"]), "date").t(", #").p(pt["mrn"], "mrn").t(")"))
    if rng.random() < 0.5:
        out.append(L(F).t(f"Referring Physician : {pt['ref'][1]}^^^MD"))
    if rng.random() < 0.5:
        out.append(L(F).t(f"Manufacturer        : GE Healthcare ({mach[1]}, #{mach[2]}, Software Versions BT22.1.0.413)"))
    if rng.random() < 0.5:
        out.append(L(F).t(f"Study               : {'NT scan' if g < 100 else 'OB anatomy'} (#{accession(rng, t)})"))
    out.append(L(F).t("Content Date/Time   : ").p(f"{d_iso(day)} {t:%H:%M:%S}", "date"))
    out.append(L(F).t("Completion Flag     : " + rng.choice(["PARTIAL", "COMPLETE"])))
    out.append(L(F).t('<CONTAINER:(125000,DCM,"OB-GYN Ultrasound Procedure Report")=SEPARATE>'))
    out.append(L(F).t(f'  <has obs context PNAME:(121008,DCM,"Person Observer Name")="{sono[3]}">'))
    out.append(L(F).t('  <contains CONTAINER:(121111,DCM,"Summary")=SEPARATE>'))
    out.append(L(F).t('    <contains DATE:(11955-2,LN,"LMP")="').p(d_dcm(pt["lmp"]), "date").t('">'))
    if rng.random() < 0.7:
        out.append(L(F).t('    <contains DATE:(11779-6,LN,"EDD from LMP")="').p(d_dcm(pt["edd"]), "date").t('">'))
    out.append(L(F).t(f'    <contains NUM:(11885-1,LN,"Gestational Age by LMP")="{ga_dec(g)}" (wk,UCUM,"weeks")>'))
    out.append(L(F).t(f'    <contains NUM:(55281-0,LN,"Number of Fetuses")="{2 if pt["twins"] else 1}" (1,UCUM,"{{#}}")>'))
    for lab in (["A", "B"] if pt["twins"] else ["1"]):
        b = biometry(rng, g)
        out.append(L(F).t('  <contains CONTAINER:(125008,DCM,"Fetus Summary")=SEPARATE>'))
        out.append(L(F).t(f'    <has obs context TEXT:(11951-1,LN,"Fetus ID")="{lab}">'))
        if b["kind"] == "NT":
            out.append(L(F).t(f'    <contains NUM:(11957-8,LN,"Crown Rump Length")="{b["crl"]}" (mm,UCUM,"mm")>'))
            out.append(L(F).t(f'    <contains NUM:(12146-7,LN,"Nuchal Translucency")="{b["nt"]}" (mm,UCUM,"mm")>'))
        else:
            out.append(L(F).t(f'    <contains NUM:(11820-8,LN,"Biparietal Diameter")="{b["bpd"]}" (mm,UCUM,"mm")>'))
            out.append(L(F).t(f'    <contains NUM:(11979-2,LN,"Abdominal Circumference")="{b["ac"]}" (mm,UCUM,"mm")>'))
            out.append(L(F).t(f'    <contains NUM:(11727-5,LN,"Estimated Weight")="{b["efw"]}" (g,UCUM,"g")>'))
        if rng.random() < 0.3:
            out.append(L(F).t(f'    <contains NUM:(11948-7,LN,"Fetal Heart Rate")="{b["fhr"]}" ({{H.B.}}/min,UCUM,"BPM")>'))
    return out


# ---------------------------------------------------------------- first-trimester risk (Spring Boot)
def sb(ln, t, ms, lvl, pid, thread, logger):
    return ln.t(f"{ts(t, 'dot', ms)} {lvl:>5} {pid} --- [{thread:>15}] {logger:<40} : ")


def g_risk(rng, t):
    pt = pick(rng)
    pid = 3817
    th = f"nio-8443-exec-{rng.randint(1, 10)}"
    ex = exam_id(rng)
    F = "risk_spring"
    day = t.date()
    g = max(ga_of(pt, day), 78)
    if g > 97:
        g = rng.randint(80, 97)
    crl = round(45 + (g - 77) * 1.86 + rng.uniform(-2, 2), 1)
    nt = round(rng.uniform(1.1, 2.6), 1) if rng.random() < 0.85 else round(rng.uniform(3.0, 4.5), 1)
    c = Clock(t, rng)
    out = [sb(L(F), c(), None, "INFO", pid, th, "o.m.fts.api.RiskController").t(f"POST /api/v2/risk/t1 examRef={ex} src=astraia client=WS-US{rng.randint(1, 4)}")]
    sample = day - TD(days=rng.randint(0, 9))
    ln = sb(L(F), c(), None, "DEBUG", pid, th, "o.m.fts.calc.CombinedRiskCalculator")
    ln.t("inputs {patientId=").p(pt["mrn"], "mrn").t(", dob=").p(d_iso(pt["dob"]), "date")
    ln.t(f", ethnicity={pt['eth']}, weightKg={pt['wt']}, smoker={str(rng.random() < 0.08).lower()}, conception={rng.choice(['SPONTANEOUS'] * 5 + ['IVF', 'OVULATION_INDUCTION'])}, "
         f"crlMm={crl}, ntMm={nt}, pappA={rng.uniform(0.6, 4.5):.3f} IU/L, fbHcg={rng.uniform(12, 95):.1f} ng/mL, sampleDate=")
    ln.p(d_iso(sample), "date").t(f", fetuses={2 if pt['twins'] else 1}}}")
    out.append(ln)
    pri = rng.randint(90, 1400)
    adj = rng.choice([rng.randint(1500, 20000), rng.randint(40, 900)])
    out.append(sb(L(F), c(), None, "INFO", pid, th, "o.m.fts.calc.CombinedRiskCalculator").t(
        f"examRef={ex} T21 a priori 1:{pri} adjusted 1:{adj} T18 1:{rng.choice(['>20000', str(rng.randint(3000, 19000))])} "
        f"T13 1:>20000 ntMoM={nt / 1.6:.2f} pappaMoM={rng.uniform(0.3, 1.9):.2f} fbhcgMoM={rng.uniform(0.4, 2.6):.2f} algorithm=FMF-2012 medians=LAB_MFM_2023Q4"))
    if pt["twins"]:
        out.append(sb(L(F), c(), None, "INFO", pid, th, "o.m.fts.calc.TwinRiskAdapter").t(
            f"{pt['chor']} twins: per-fetus risk A 1:{rng.randint(300, 9000)} B 1:{rng.randint(300, 9000)} mode={'PER_FETUS' if pt['chor'] == 'DCDA' else 'PER_PREGNANCY'}"))
    r = rng.random()
    if r < 0.35:
        ma = (day - pt["dob"]).days / 365.25
        ln = sb(L(F), c(), None, "WARN", pid, th, "o.m.fts.calc.PriorRiskModel")
        ln.t(f"prior risk from maternal age {ma + 0.5:.1f}y at EDD for patient ").p(nm(pt, "LF"), "name").t(" (dob ").p(d_us(pt["dob"]), "date")
        ln.t(f"): T21 1:{pri}" + (" [age > 45: outside validated range, clamped]" if ma > 44.5 else ""))
        out.append(ln)
    elif r < 0.6:
        ln = sb(L(F), c(), None, "INFO", pid, "task-" + str(rng.randint(1, 8)), "o.m.fts.report.PatientLetterService")
        ln.t("queued result letter for ").p(nm(pt, "FL"), "name").t(" <").p(pt["email"], "email").t(f"> template=FTS_LOW_RISK_EN examRef={ex}")
        out.append(ln)
    return out


def n_risk(rng, t):
    pid = 3817
    opts = [
        ("INFO", "main", "o.m.fts.FtsApplication", "Started FtsApplication in 9.412 seconds (process running for 10.37)"),
        ("INFO", "main", "o.m.fts.calc.MedianRegistry", "Loaded median set LAB_MFM_2023Q4 (PAPP-A n=41211, fbhCG n=41198) checksum=9c41e07a"),
        ("INFO", f"nio-8443-exec-{rng.randint(1, 10)}", "o.s.web.servlet.DispatcherServlet", "Completed initialization in 2 ms"),
        ("WARN", f"nio-8443-exec-{rng.randint(1, 10)}", "o.m.fts.calc.CombinedRiskCalculator", f"CRL {rng.uniform(38, 44.9):.1f} mm out of range [45.0, 84.0] for examRef={exam_id(rng)}, risk not computed"),
        ("INFO", "scheduling-1", "o.m.fts.qc.DeltaQc", f"Monthly NT QC operator={rng.choice(SONO)[2]} n={rng.randint(20, 90)} median NT MoM={rng.uniform(0.85, 1.12):.2f} status=OK"),
        ("WARN", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m2s)."),
        ("INFO", f"nio-8443-exec-{rng.randint(1, 10)}", "o.m.fts.api.HealthController", f"GET /actuator/health 200 UP db=UP medians=UP {rng.randint(2, 15)}ms"),
        ("ERROR", f"nio-8443-exec-{rng.randint(1, 10)}", "o.m.fts.api.RiskController", f"examRef={exam_id(rng)} rejected: PAPP-A assay 'DELFIA_XPRESS' not configured for lab LAB3"),
    ]
    lvl, th, lg, msg = rng.choice(opts)
    return [sb(L("risk_spring"), t, rng.randint(0, 999), lvl, pid, th, lg).t(msg)]


# ---------------------------------------------------------------- HL7 v2 cfDNA
def seg(ln, name, fields):
    ln.t(name)
    for f in fields:
        ln.t("|")
        if isinstance(f, str):
            ln.t(f)
        elif isinstance(f, P):
            ln.p(f.v, f.cat)
        else:
            parts(ln, *f)
    return ln


def pid_seg(pt, rng, ascii_names):
    name = nm(pt, "dcmA" if ascii_names else "dcm")
    unit = pt["unit"]
    addr = [P(fold(pt["street"]) if ascii_names else pt["street"], "address"), "^"]
    if unit:
        addr.append(P(unit, "address"))
    addr += ["^", P(pt["city"], "address"), "^MA^", P(pt["zip"], "zip"), "^USA^H"]
    f = ["1", "", [P(pt["mrn"], "mrn"), "^^^MFMC^MR~", P(str(pt["akey"]), "mrn"), "^^^ASTRAIA^PI"], "",
         [P(name, "name")], "", [P(d_dcm(pt["dob"]), "date")], "F", "",
         {"WHITE": "2106-3^White^CDCREC", "BLACK_AFRICAN": "2054-5^Black or African American^CDCREC",
          "BLACK_CARIBBEAN": "2054-5^Black or African American^CDCREC", "SOUTH_ASIAN": "2028-9^Asian^CDCREC",
          "EAST_ASIAN": "2028-9^Asian^CDCREC", "MIXED": "2131-1^Other Race^CDCREC", "OTHER": "2131-1^Other Race^CDCREC"}[pt["eth"]],
         addr, "", [P(ph(pt["cell"], "hl7"), "phone"), "^PRN^CP~^NET^Internet^", P(pt["email"], "email")], "",
         "eng^English^ISO639", "", "", [P(pt["acct"], "account")], [P(pt["ssn"], "ssn")]]
    if rng.random() < 0.4:
        f.append([P(pt["dl"], "license"), "^MA"])
    return seg(L("hl7"), "PID", f)


def g_hl7(rng, t):
    pt = pick(rng)
    doc = rng.choice(DOCS)
    oru = rng.random() < 0.5
    ctl = f"MFM{ts(t, 'hl7')}{rng.randint(100, 999)}"
    plc = f"PLC{rng.randint(880000, 889999)}"
    fil = f"GX-24-{rng.randint(110000, 129999)}"
    coll = dt.datetime.combine(t.date() - TD(days=(rng.randint(3, 8) if oru else 0)), dt.time(rng.randint(8, 15), rng.choice([0, 10, 20, 30, 45])))
    out = []
    if oru:
        out.append(L("hl7").t(f"MSH|^~\\&|GENORADX|GENORADX_LAB|ASTRAIA|MFM_CENTRAL|{ts(t, 'hl7')}||ORU^R01^ORU_R01|{ctl}|P|2.5.1|||AL|NE"))
    else:
        out.append(L("hl7").t(f"MSH|^~\\&|ASTRAIA|MFM_CENTRAL|GENORADX|GENORADX_LAB|{ts(t, 'hl7')}||ORM^O01^ORM_O01|{ctl}|P|2.5.1|||AL|NE"))
    out.append(pid_seg(pt, rng, ascii_names=rng.random() < 0.5))
    pv = [""] * 45
    pv[1], pv[2], pv[3] = "1", "O", "MFMUS^RM3^^MFMC"
    pv[7] = f"{doc[2]}^{doc[1]}^^^MD^^^NPI"
    pv[8] = f"{pt['ref'][2]}^{pt['ref'][1]}^^^MD^^^NPI"
    pv[10], pv[18] = "MFM", "OP"
    pv[19] = P(next_visit(pt, rng), "other_id")
    pv[44] = P(ts(coll, "hl7")[:12], "date")
    out.append(seg(L("hl7"), "PV1", pv[1:45]))
    if not oru and rng.random() < 0.6:
        p = pt["payer"]
        f = [""] * 37
        f[1], f[2], f[3], f[4] = "1", p[1], p[1], p[0]
        f[8] = "GRP" + pt["group"]
        if rng.random() < 0.5:
            f[16], f[17], f[18] = P(nm(pt, "dcmA"), "name"), "01", P(d_dcm(pt["dob"]), "date")
            f[17] = "18"
        else:
            pn = pt["partner"].split()
            f[16], f[17] = P(f"{fold(pn[-1]).upper()}^{fold(pn[0]).upper()}", "name"), "01"
        f[36] = P(pt["member"], "health_plan")
        out.append(seg(L("hl7"), "IN1", f[1:37]))
    out.append(L("hl7").t(f"ORC|{'RE' if oru else 'NW'}|{plc}^ASTRAIA|{fil}^GENORADX||{'CM' if oru else 'SC'}||||{ts(t, 'hl7')}|||{doc[2]}^{doc[1]}^^^MD"))
    ln = L("hl7").t(f"OBR|1|{plc}^ASTRAIA|{fil}^GENORADX|NIPT-PAN^Cell-free DNA aneuploidy screen^L|||").p(ts(coll, "hl7")[:12], "date")
    ln.t(f"|||||||||{doc[2]}^{doc[1]}^^^MD")
    if oru:
        ln.t("|||||").p(ts(t, "hl7")[:12], "date").t("||LAB|F")
    out.append(ln)
    g = ga_of(pt, coll.date())
    out.append(L("hl7").t(f"OBX|1|NM|11884-4^Gestational age^LN||{ga_dec(g)}|wk^weeks^UCUM|||||F"))
    out.append(L("hl7").t(f"OBX|2|NM|55281-0^Number of fetuses^LN||{2 if pt['twins'] else 1}||||||F"))
    if oru:
        ff = round(rng.uniform(4.2, 19.5), 1)
        out.append(L("hl7").t(f"OBX|3|NM|FF^Fetal fraction^L||{ff}|%|>=4.0|N|||F"))
        hi = rng.random() < 0.1
        out.append(L("hl7").t(f"OBX|4|CWE|T21^Trisomy 21^L||{'HR^High risk' if hi else 'LR^Low risk'}^L||||||F"))
        out.append(L("hl7").t("OBX|5|CWE|T18^Trisomy 18^L||LR^Low risk^L||||||F"))
        out.append(L("hl7").t("OBX|6|CWE|T13^Trisomy 13^L||LR^Low risk^L||||||F"))
        if pt["twins"]:
            out.append(L("hl7").t("NTE|1|L|Twin gestation: results apply to the pregnancy; sex chromosome aneuploidy and fetal sex not reported per fetus."))
        elif rng.random() < 0.5:
            out.append(L("hl7").t(f"OBX|7|CWE|FSEX^Fetal sex^L||{rng.choice(['M^Male', 'F^Female'])}^L||||||F"))
        if hi and rng.random() < 0.7:
            ln = L("hl7").t("NTE|2|L|High-risk result called to ")
            ln.t(f"Dr. {doc[0].split()[1]} by GC O. Reyes on ").p(d_us(t.date()), "date").t(". Diagnostic testing (CVS/amnio) recommended.")
            out.append(ln)
    else:
        k = 3
        if pt["twins"]:
            k = 4
            out.append(L("hl7").t(f"OBX|3|CWE|CHOR^Chorionicity^L||{pt['chor']}^{ {'DCDA': 'Dichorionic diamniotic', 'MCDA': 'Monochorionic diamniotic', 'MCMA': 'Monochorionic monoamniotic'}[pt['chor']]}^L||||||F"))
        out.append(L("hl7").t(f"OBX|{k}|NM|29463-7^Body weight^LN||{pt['wt']}|kg^kilogram^UCUM|||||F"))
        out.append(L("hl7").t(f"SPM|1|GX00{rng.randint(10000000, 99999999)}||BLD^Whole blood^HL70487|||||||||||||").p(ts(coll, "hl7")[:12], "date"))
    return out


# ---------------------------------------------------------------- Mirth Connect
def mirth(ln, t, ms, lvl, where):
    return ln.t(f"[{ts(t, 'log4', ms)}]  {lvl:<5} ({where}): ")


def g_mirth(rng, t):
    pt = pick(rng)
    F = "mirth"
    out = []
    r = rng.randint(0, 3)
    ln = mirth(L(F), t, rng.randint(0, 999), "ERROR", "transformer:?")
    if r == 0:
        ln.t("[cfDNA_Inbound] PID-3 mismatch: lab sent ").p(pt["labid"], "mrn").t(" for ").p(nm(pt, "dcmA"), "name").t(", Astraia has ").p(pt["mrn"], "mrn").t(" -> routed to error queue")
    elif r == 1:
        ln.t("[cfDNA_Outbound] Validation failed: PID-7 birth date '").p(d_dcm(pt["dob"]), "date").t("' later than OBR-7 for patient ").p(pt["mrn"], "mrn")
    elif r == 2:
        ln = mirth(L(F), t, rng.randint(0, 999), "WARN", "com.mirth.connect.server.userutil.AlertSender:58")
        ln.t("Alert 'Unmatched cfDNA result' fired: ").p(nm(pt, "ULF"), "name").t(" DOB ").p(d_us(pt["dob"]), "date").t(" order not found")
    else:
        ln = mirth(L(F), t, rng.randint(0, 999), "ERROR", "com.mirth.connect.connectors.http.HttpDispatcher:401")
        ln.t("Error sending result to portal for patientId=").p(pt["mrn"], "mrn").t(": HTTP 409 Conflict {\"error\":\"duplicate release\"}")
    out.append(ln)
    return out


def n_mirth(rng, t):
    ch = rng.choice(["cfDNA_Outbound", "cfDNA_Inbound", "MWL_Feed", "Billing_837_Out", "Fax_Referral_Intake"])
    cid = f"{hexs(rng, 8)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 12)}"
    opts = [
        ("INFO", "com.mirth.connect.donkey.server.channel.Channel:1329", f"Channel {ch} ({cid}) deployed."),
        ("INFO", "com.mirth.connect.donkey.server.channel.Channel:1412", f"Channel {ch} ({cid}) started."),
        ("INFO", "com.mirth.connect.connectors.tcp.TcpReceiver:312", f"{ch}: connection accepted from 10.20.4.{rng.randint(10, 60)}:{rng.randint(40000, 60000)}"),
        ("WARN", "com.mirth.connect.connectors.tcp.TcpDispatcher:199", f"{ch}: ACK timeout after 30000 ms, retry 1/3 (messageId={rng.randint(100000, 999999)})"),
        ("INFO", "com.mirth.connect.server.controllers.DonkeyMessageController:662", f"Pruned {rng.randint(100, 4000)} messages from channel {ch} older than 30 days"),
        ("ERROR", "com.mirth.connect.connectors.http.HttpDispatcher:401", f"{ch}: Connection refused (https://api.genoradx.example/v3/orders) attempt {rng.randint(1, 5)}"),
        ("INFO", "com.mirth.connect.server.Mirth:255", "Mirth Connect 4.4.2 (Built on October 12, 2023) server successfully started."),
    ]
    lvl, where, msg = rng.choice(opts)
    return [mirth(L("mirth"), t, rng.randint(0, 999), lvl, where).t(msg)]


# ---------------------------------------------------------------- cfDNA webhook (Python logging + json.dumps)
def g_cfdna(rng, t):
    pt = pick(rng)
    F = "cfdna_json"
    out = []
    coll = dt.datetime.combine(t.date() - TD(days=rng.randint(3, 7)), dt.time(rng.randint(8, 15), rng.choice([5, 20, 30, 50])))
    recv = coll + TD(hours=rng.randint(18, 30), minutes=rng.randint(0, 59))
    oid = f"GX-24-{rng.randint(110000, 129999)}"
    c = Clock(t, rng)
    if rng.random() < 0.5:
        out.append(L(F).t(f"{ts(c(), 'py')} INFO cfdna.webhook: POST /hooks/genoradx 202 sig=sha256={hexs(rng, 16)}… verified=True"))
    ln = L(F).t(f"{ts(c(), 'py')} INFO cfdna.webhook: received payload ")
    payload = {
        "event": "result.final", "orderId": oid, "labPatientId": P(pt["labid"], "mrn"),
        "patient": {"lastName": P(pt["last"], "name"), "firstName": P(pt["first"], "name"), "dob": P(d_iso(pt["dob"]), "date"),
                    "mrn": P(pt["mrn"], "mrn")},
        "specimen": {"barcode": f"GX00{rng.randint(10000000, 99999999)}", "collectedAt": P(f"{d_iso(coll)}T{coll:%H:%M}:00-04:00", "date"),
                     "receivedAt": P(f"{d_iso(recv)}T{recv:%H:%M}:00-04:00", "date")},
        "result": {"status": "FINAL", "fetalFraction": round(rng.uniform(4.1, 18), 1), "plurality": 2 if pt["twins"] else 1,
                   "t21": "LOW_RISK", "t18": "LOW_RISK", "t13": "LOW_RISK",
                   "sca": "NOT_REPORTED" if pt["twins"] else rng.choice(["LOW_RISK", "NOT_REQUESTED"])},
    }
    if rng.random() < 0.4:
        del payload["patient"]["mrn"]
    jdump(ln, payload, sep=(", ", ": "), ascii_=True)
    out.append(ln)
    r = rng.random()
    if r < 0.4:
        ln = L(F).t(f"{ts(c(50, 900), 'py')} WARNING cfdna.match: no Astraia match for labPatientId=")
        ln.p(pt["labid"], "mrn").t(" name=").p(f"{fold(pt['last']).upper()}/{fold(pt['first']).upper()}", "name").t(" dob=").p(d_iso(pt["dob"]), "date").t(" -> manual review queue")
        out.append(ln)
    else:
        out.append(L(F).t(f"{ts(c(50, 900), 'py')} INFO cfdna.ingest: order {oid} matched exam, HL7 ORU queued (channel=cfDNA_Inbound, {rng.randint(20, 300)} ms)"))
    return out


def n_cfdna(rng, t):
    oid = f"GX-24-{rng.randint(110000, 129999)}"
    opts = [
        f"INFO cfdna.webhook: POST /hooks/genoradx 202 sig=sha256={hexs(rng, 16)}… verified=True",
        f"WARNING cfdna.webhook: retry scheduled in 30s (attempt {rng.randint(2, 4)}/5) for orderId={oid}",
        f"INFO cfdna.ingest: stats window=1h received={rng.randint(10, 60)} matched={rng.randint(10, 60)} unmatched={rng.randint(0, 3)} dup=0",
        f"INFO cfdna.poller: GET https://api.genoradx.example/v3/results?since={d_iso(t)}T00:00:00Z -> 200 ({rng.randint(0, 12)} items, {rng.randint(80, 900)} ms)",
        "ERROR cfdna.webhook: signature mismatch, payload dropped (kid=gdx-2023-11)",
        f'INFO cfdna.webhook: received payload {{"event": "order.accepted", "orderId": "{oid}", "lab": "GENORADX", "kitLot": "K{rng.randint(2300, 2412)}-{rng.randint(10, 99)}"}}',
        f'INFO cfdna.webhook: received payload {{"event": "specimen.rejected", "orderId": "{oid}", "reason": "HEMOLYZED", "redrawRequested": true}}',
    ]
    return [L("cfdna_json").t(f"{ts(t, 'py', rng.randint(0, 999))} " + rng.choice(opts))]


# ---------------------------------------------------------------- genetic counseling scheduler
def gcs(ln, t, ms, lvl, logger):
    return ln.t(f"[{ts(t, 'log4', ms)}] {lvl} {logger} - ")


def g_gcsched(rng, t):
    pt = pick(rng)
    gc = rng.choice(GCS)
    F = "gc_sched"
    out = []
    case = f"GC-2024-{rng.randint(100, 999):04d}"
    appt = f"GCA-{rng.randint(50000, 59999)}"
    start = dt.datetime.combine(t.date() + TD(days=rng.randint(1, 14)), dt.time(rng.choice([9, 10, 11, 13, 14, 15]), rng.choice([0, 30])))
    reason = rng.choice(["AMA", "abnormal NT", "high-risk cfDNA T21", "FH cystic fibrosis", "carrier screen: SMA carrier", "consanguinity", "prior NTD"])
    c = Clock(t, rng)
    ln = gcs(L(F), c(), None, "INFO", "booking.service")
    ln.t(f"created appointment appt_id={appt} case_no=").p(case, "other_id").t(' pt="').p(nm(pt, "LF"), "name").t('" mrn=').p(pt["mrn"], "mrn")
    ln.t(" start=").p(f"{d_iso(start)}T{start:%H:%M}", "date").t(f' counselor="{gc[1]}" modality={rng.choice(["telehealth", "in-person"])} reason="{reason}"')
    out.append(ln)
    r = rng.random()
    if r < 0.4:
        ln = gcs(L(F), c(), None, "INFO", "notify.sms")
        ln.t("sms queued to ").p(ph(pt["cell"], "e164"), "phone").t(f" template=GC_CONFIRM_EN appt_id={appt} provider=twilio sid=SM{hexs(rng, 32)}")
        out.append(ln)
    elif r < 0.7:
        ln = gcs(L(F), c(), None, "DEBUG", "intake.form")
        ln.t(f"intake received case_no=").p(case, "other_id").t(" fhx=\"MGM alive at ").p(str(rng.randint(90, 98)), "age")
        ln.t(f", dx breast ca at {rng.randint(40, 60)}; FOB's brother with CF (F508del/F508del)\" partner=\"").p(pt["partner"], "name").t('"')
        out.append(ln)
    else:
        ln = gcs(L(F), c(), None, "WARN", "booking.service")
        ln.t("double booking prevented for ").p(nm(pt, "iL"), "name").t(" on ").p(d_long(start.date()), "date").t(f": counselor {gc[2]} already has appt at {start:%H:%M}")
        out.append(ln)
    if rng.random() < 0.3:
        out += g_ical(rng, t, pt, start, case, gc)
    return out


def g_ical(rng, t, pt, start, case, gc):
    F = "ical"
    u = t + TD(hours=4)
    end = start + TD(minutes=rng.choice([45, 60]))
    out = [L(F).t("BEGIN:VEVENT"),
           L(F).t(f"UID:gc-{hexs(rng, 10)}@scheduler.mfm-central.org"),
           L(F).t(f"DTSTAMP:{d_dcm(u)}T{u:%H%M%S}Z"),
           L(F).t("DTSTART;TZID=America/New_York:").p(f"{d_dcm(start)}T{start:%H%M%S}", "date"),
           L(F).t("DTEND;TZID=America/New_York:").p(f"{d_dcm(end)}T{end:%H%M%S}", "date"),
           L(F).t("SUMMARY:GC consult - ").p(nm(pt, "L").replace(",", "\\,"), "name").t("\\, ").p(pt["first"], "name").t(" (prenatal)"),
           ]
    ln = L(F).t("DESCRIPTION:Case ").p(case, "other_id").t("\\nMRN ").p(pt["mrn"], "mrn").t("\\nCell ").p(ph(pt["cell"], "dash"), "phone")
    ln.t("\\nInterpreter: " + rng.choice(["none", "Spanish", "Haitian Creole", "Portuguese", "Vietnamese", "Arabic"]))
    out.append(ln)
    out.append(L(F).t(f"LOCATION:{rng.choice(['Telehealth (Zoom)', 'MFM Central - GC Room 2', '800 Huntington Ave Ste 4 - Rm 12'])}"))
    out.append(L(F).t(f"ORGANIZER;CN={gc[0]}:mailto:{gc[2]}@mfm-central.org"))
    out.append(L(F).t("ATTENDEE;CN=").p(nm(pt, "FL"), "name").t(";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:").p(pt["email"], "email"))
    out.append(L(F).t("END:VEVENT"))
    return out


def n_gcsched(rng, t):
    opts = [
        ("INFO", "notify.batch", f"reminder batch done: sent={rng.randint(10, 50)} sms={rng.randint(5, 40)} email={rng.randint(0, 12)} failed={rng.randint(0, 2)} duration={rng.randint(800, 4000)}ms"),
        ("INFO", "calendar.sync", f"Exchange sync for {rng.choice(GCS)[2]}@mfm-central.org: {rng.randint(0, 14)} events updated, 0 conflicts"),
        ("WARN", "zoom.client", f"Zoom API rate limit: 429, backing off {rng.randint(2, 30)}s (meeting create for appt_id=GCA-{rng.randint(50000, 59999)})"),
        ("INFO", "booking.service", f"cancelled appt_id=GCA-{rng.randint(50000, 59999)} by=frontdesk reason=PATIENT_REQUEST slot released"),
        ("INFO", "availability", f"open GC slots next 14d: {rng.randint(3, 40)} (Pike {rng.randint(0, 20)}, Siddiqui {rng.randint(0, 20)})"),
        ("ERROR", "notify.sms", f"twilio error 21610 (unsubscribed recipient) for appt_id=GCA-{rng.randint(50000, 59999)}"),
    ]
    lvl, lg, msg = rng.choice(opts)
    return [gcs(L("gc_sched"), t, rng.randint(0, 999), lvl, lg).t(msg)]


# ---------------------------------------------------------------- .NET reporting (log4net)
def l4n(ln, t, ms, thread, lvl, logger):
    return ln.t(f"{ts(t, 'log4', ms)} [{thread}] {lvl:<5} {logger} - ")


def g_log4net(rng, t, force=None):
    pt = pick(rng)
    th = rng.randint(5, 40)
    job = rng.randint(55000, 59999)
    ex = exam_id(rng)
    tpl = rng.choice(["FTS_Combined_v7", "OB_Anatomy_Detailed", "OB_Growth_Twins", "OB_NT_Only", "Fetal_Echo_Summary"])
    F = "log4net"
    c = Clock(t, rng)
    out = [l4n(L(F), c(), None, th, "INFO", "MFM.Reporting.Pipeline.ReportJob").t(f"Job {job} started: template={tpl} exam={ex} requestedBy={rng.choice(DOCS)[3]}")]
    ln = l4n(L(F), c(), None, th, "DEBUG", "MFM.Reporting.Data.ExamRepository")
    ln.t("Loaded exam ").t(ex).t(" for patient '").p(nm(pt, "LFM"), "name").t("' (MRN ").p(pt["mrn"], "mrn").t(", DOB ").p(d_usnz(pt["dob"]), "date")
    ln.t(f"), {2 if pt['twins'] else 1} fetal measurement set(s)")
    out.append(ln)
    r = rng.randint(0, 5) if force is None else force
    if r == 0:
        out.append(l4n(L(F), c(), None, th, "INFO", "MFM.Reporting.Delivery.FaxSender").t(
            f"Report faxed to referring provider {pt['ref'][3].title()} at {ph(pt['ref'][6], 'paren')}, {rng.randint(2, 6)} pages, jobId=FX-OUT-{d_dcm(t)}-{rng.randint(100, 999)}"))
    elif r == 1:
        ln = l4n(L(F), c(), None, th, "ERROR", "MFM.Reporting.Delivery.EmailSender")
        ln.t("SMTP delivery failed for patient copy to ").p(pt["email"], "email").t(": 550 5.1.1 <").p(pt["email"], "email").t(">: Recipient address rejected")
        out.append(ln)
    elif r == 2:
        ln = l4n(L(F), c(), None, th, "INFO", "MFM.Reporting.Delivery.FaxSender")
        ln.t("ROI release: report faxed to patient-designated fax ").p(ph(pt["home"], rng.choice(["paren", "dash"])), "fax").t(f" (form ROI-{rng.randint(1000, 9999)} on file), 3 pages")
        out.append(ln)
    elif r == 3:
        fn = f"{pt['mrn']}_{slug(pt['last']).capitalize()}_{slug(pt['first'].split()[0]).capitalize()}_{d_dcm(t)}.pdf"
        ln = l4n(L(F), c(), None, th, "ERROR", "MFM.Reporting.Pdf.Renderer")
        ln.t("Save failed: System.IO.IOException: The process cannot access the file '\\\\mfm-fs01\\reports\\2024\\03\\")
        ln.p(pt["mrn"], "mrn").t("_").p(fn.split("_")[1], "name").t("_").p(fn.split("_")[2], "name").t("_").p(d_dcm(t), "date")
        ln.t(".pdf' because it is being used by another process.")
        out.append(ln)
        out.append(L(F).t("   at System.IO.FileStream.ValidateFileHandle(SafeFileHandle fileHandle)"))
        out.append(L(F).t("   at System.IO.FileStream.CreateFileOpenHandle(FileMode mode, FileShare share, FileOptions options)"))
        out.append(L(F).t("   at MFM.Reporting.Pdf.Renderer.Save(ReportDocument doc, String path) in C:\\agent\\_work\\14\\s\\src\\MFM.Reporting\\Pdf\\Renderer.cs:line 188"))
    elif r == 4:
        ln = l4n(L(F), c(), None, th, "WARN", "MFM.Reporting.Validation.DemographicsCheck")
        ln.t("Address incomplete for ").p(nm(pt, "FL"), "name").t(": '").p(pt["street"], "address").t(", ").p(pt["city"], "address").t(", MA ").p(pt["zip"], "zip").t("' failed CASS validation (DPV N1); mailing label suppressed")
        out.append(ln)
    out.append(l4n(L(F), c(400, 9000), None, th, "INFO", "MFM.Reporting.Pipeline.ReportJob").t(
        f"Job {job} finished in {rng.randint(400, 9000)} ms (pages={rng.randint(2, 8)}, images={rng.randint(2, 14)})"))
    return out


def n_log4net(rng, t):
    th = rng.randint(1, 40)
    opts = [
        ("WARN", "MFM.Reporting.Pdf.Renderer", "Font 'Frutiger LT 55 Roman' not found, falling back to 'Arial'"),
        ("INFO", "MFM.Reporting.Host.Program", "MFM.Reporting.Service 3.8.1+build.2217 starting (net8.0, x64) on MFM-APP03"),
        ("INFO", "MFM.Reporting.Pipeline.Queue", f"Queue depth={rng.randint(0, 25)} workers=4 oldest={rng.randint(0, 120)}s"),
        ("ERROR", "MFM.Reporting.Data.ExamRepository", "System.Data.SqlClient.SqlException (0x80131904): Timeout expired.  The timeout period elapsed prior to completion of the operation."),
        ("DEBUG", "MFM.Reporting.Images.DicomFetcher", f"C-MOVE from MFM_ARCHIVE: {rng.randint(2, 30)} instances in {rng.randint(300, 5000)} ms"),
        ("INFO", "MFM.Reporting.Delivery.FaxSender", f"Fax gateway status: online, queue={rng.randint(0, 9)}, last success {rng.randint(1, 59)}m ago"),
        ("WARN", "MFM.Reporting.Templates.TemplateCache", "Template 'OB_Growth_Twins' v12 superseded by v13; cache invalidated"),
        ("INFO", "MFM.Reporting.Pipeline.ReportJob", f"Job {rng.randint(55000, 59999)} finished in {rng.randint(400, 9000)} ms (pages={rng.randint(2, 8)}, images={rng.randint(2, 14)})"),
    ]
    lvl, lg, msg = rng.choice(opts)
    return [l4n(L("log4net"), t, rng.randint(0, 999), th, lvl, lg).t(msg)]


# ---------------------------------------------------------------- Node portal (pino)
PINO_PODS = [(41, "portal-api-7d9c8b-x2kq4"), (42, "portal-api-7d9c8b-m8tzr"), (57, "portal-api-7d9c8b-p0wd1")]


def pino_base(rng, t, level, pod=None):
    pid, host = pod or rng.choice(PINO_PODS)
    return {"level": level, "time": epoch_ms(t, rng.randint(0, 999)), "pid": pid, "hostname": host}


def pino_req(rng, pt, method, url, status):
    return {"req": {"id": rng.randint(1000, 99999), "method": method, "url": url,
                    "remoteAddress": S("::ffff:", P(pt["ip"], "ip")), "remotePort": rng.randint(40000, 65000)},
            "res": {"statusCode": status}, "responseTime": rng.randint(4, 900)}


def g_pino(rng, t, force=None):
    pt = pick(rng)
    F = "pino"
    out = []
    r = rng.randint(0, 15) if force is None else force
    o = pino_base(rng, t, 30)
    if r == 0:
        o.update({"module": "auth", "userId": P(pt["uid"], "other_id"), "username": P(pt["user"], "other_id"), "mfa": "sms", "msg": "login success"})
        out.append(jdump(L(F), o))
        o2 = {"level": 30, "time": o["time"] + rng.randint(3, 40), "pid": o["pid"], "hostname": o["hostname"]}
        o2.update(pino_req(rng, pt, "POST", "/api/v1/auth/login", 200))
        o2["msg"] = "request completed"
        out.append(jdump(L(F), o2))
    elif r == 1:
        o["level"] = 40
        o.update({"module": "auth", "email": P(pt["email"], "email"), "reason": "BAD_PASSWORD", "attempt": rng.randint(2, 5), "msg": "login failed"})
        out.append(jdump(L(F), o))
    elif r == 2:
        o.update({"module": "results", "orderId": f"GX-24-{rng.randint(110000, 129999)}", "patientId": P(pt["mrn"], "mrn"), "releasedBy": "rule:72h", "msg": "result released to patient"})
        out.append(jdump(L(F), o))
    elif r == 3:
        o["level"] = 50
        o.update({"module": "billing", "err": {"type": "GatewayError", "message": "invalid expiry", "code": "E_EXPIRY"},
                  "body": {"cardNumber": P(pt["card"], "account"), "exp": "11/2", "postal": P(pt["zip"], "zip"), "amount": 4500},
                  "msg": "copay payment gateway rejected request"})
        out.append(jdump(L(F), o))
    elif r == 4:
        o.update({"module": "messaging", "threadId": f"th_{rng.randint(1000, 9999)}", "from": P(pt["uid"], "other_id"),
                  "preview": S("Hi this is ", P(nm(pt, "FL"), "name"), ", my new cell is ", P(ph(pt["cell"], rng.choice(["dash", "dot", "plain"])), "phone"), " pls update. Also is the anatomy scan covered?"),
                  "msg": "message sent to care team"})
        out.append(jdump(L(F), o))
    elif r == 5:
        o.update({"module": "rpm", "patientId": P(pt["mrn"], "mrn"), "device": {"type": "bp_cuff", "model": "Omron BP7450", "serial": P(pt["bpserial"], "device")},
                  "readings": rng.randint(2, 12), "maxSys": rng.randint(118, 162), "msg": "device sync"})
        out.append(jdump(L(F), o))
    elif r == 6:
        o.update({"module": "rpm", "patientId": P(pt["mrn"], "mrn"), "device": {"model": "Dexcom G7", "sn": P(pt["cgm"], "device")},
                  "points": rng.randint(200, 2016), "tir": round(rng.uniform(0.6, 0.98), 2), "msg": "cgm upload processed"})
        out.append(jdump(L(F), o))
    elif r == 7:
        o["level"] = 20
        raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00" + bytes(rng.randint(0, 255) for _ in range(60))
        b64 = base64.b64encode(raw).decode()
        o.update({"module": "profile", "userId": P(pt["uid"], "other_id"), "bytes": rng.randint(30000, 90000), "mime": "image/jpeg",
                  "preview": S("data:image/jpeg;base64,", P(b64, "photo"), "...[truncated]"), "msg": "avatar upload"})
        out.append(jdump(L(F), o))
    elif r == 8:
        site = rng.choice([f"https://www.babylist.com/baby-{slug(pt['first'].split()[0])}-{slug(pt['last'])}",
                           f"https://www.instagram.com/{pt['user']}", f"https://{slug(pt['last'])}family.blogspot.com"])
        o.update({"module": "profile", "userId": P(pt["uid"], "other_id"), "fields": ["website", "preferredName"], "website": P(site, "url"), "msg": "profile updated"})
        out.append(jdump(L(F), o))
    elif r == 9:
        o.update({"module": "proxy", "patientId": P(pt["mrn"], "mrn"), "proxyName": P(pt["partner"], "name"), "relationship": "spouse",
                  "proxyEmail": P(f"{slug(pt['partner'].split()[0])}.{slug(pt['partner'].split()[-1])}@{rng.choice(MAILDOM)}", "email"), "msg": "proxy access granted"})
        out.append(jdump(L(F), o))
    elif r == 10:
        o.update({"module": "auth", "userId": P(pt["uid"], "other_id"), "deviceId": P(pt["devid"], "device"), "platform": "ios", "appVersion": "4.12.0", "msg": "push token registered"})
        out.append(jdump(L(F), o))
    elif r == 12:
        o.update({"module": "registration", "patientId": P(pt["mrn"], "mrn"), "idType": "DL", "idState": "MA", "idNumber": P(pt["dl"], "license"),
                  "match": True, "vendor": "onfido", "msg": "photo ID verified"})
        out.append(jdump(L(F), o))
    elif r == 13:
        o.update({"module": "messaging", "threadId": f"th_{rng.randint(1000, 9999)}", "from": P(pt["uid"], "other_id"),
                  "preview": S("Can you fax my anatomy scan report to my home fax ", P(ph(pt["home"], rng.choice(["dash", "paren", "plain"])), "fax"), "? I can't open PDFs at work. Thanks, ", P(nm(pt, "F"), "name")),
                  "msg": "message sent to care team"})
        out.append(jdump(L(F), o))
    elif r == 14:
        link = f"https://drive.google.com/file/d/1{''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-') for _ in range(32))}/view?usp=sharing"
        o.update({"module": "messaging", "threadId": f"th_{rng.randint(1000, 9999)}", "from": P(pt["uid"], "other_id"),
                  "preview": S("here are my outside ultrasound pics from my OB: ", P(link, "url"), " (dating scan at 8 wks)"),
                  "msg": "message sent to care team"})
        out.append(jdump(L(F), o))
    elif r == 15:
        o["level"] = 20
        o.update({"module": "registration", "body": {"firstName": P(pt["first"], "name"), "lastName": P(pt["last"], "name"),
                  "dateOfBirth": P(d_iso(pt["dob"]) + "T00:00:00.000Z", "date"), "ssn": P(pt["ssn"].replace("-", ""), "ssn"),
                  "phone": P(ph(pt["cell"], "e164"), "phone"), "consentSms": True}, "msg": "incoming self-registration payload"})
        out.append(jdump(L(F), o))
    else:
        o.update(pino_req(rng, pt, "GET", rng.choice(["/api/v1/appointments?upcoming=true", "/api/v1/results/nipt", "/api/v1/documents/us-report/latest", "/api/v1/messages"]), 200))
        o["msg"] = "request completed"
        out.append(jdump(L(F), o))
    return out


def g_pino_rare(rng, t):
    return g_pino(rng, t, rng.choice([7, 12, 13, 14, 15, 3]))


def g_log4net_fax(rng, t):
    return g_log4net(rng, t, 2)


def n_pino(rng, t):
    o = pino_base(rng, t, 30)
    r = rng.randint(0, 8)
    if r == 0:
        o.update({"req": {"id": rng.randint(1000, 99999), "method": "GET", "url": "/healthz", "remoteAddress": f"::ffff:10.42.{rng.randint(0, 3)}.1", "remotePort": rng.randint(40000, 65000)},
                  "res": {"statusCode": 200}, "responseTime": rng.randint(0, 3), "msg": "request completed"})
    elif r == 1:
        o.update({"msg": "server listening", "port": 3000, "env": "production", "version": "4.12.0", "commit": hexs(rng, 7)})
    elif r == 2:
        o.update({"module": "redis", "host": "redis-master.portal.svc.cluster.local", "db": 2, "msg": "redis connected"})
    elif r == 3:
        o["level"] = 40
        o.update({"module": "db", "durationMs": rng.randint(500, 3000), "query": "getAppointmentsForPatient", "msg": "slow query"})
    elif r == 4:
        o.update({"module": "jobs", "job": "release-results", "released": rng.randint(0, 20), "held": rng.randint(0, 5), "msg": "job finished"})
    elif r == 5:
        o["level"] = 50
        o.update({"module": "sms", "err": {"type": "Error", "message": "connect ETIMEDOUT 54.172.60.0:443", "code": "ETIMEDOUT"}, "msg": "twilio request failed"})
    elif r == 6:
        o.update({"module": "mail", "to": "support@mfm-central.org", "subject": "Daily portal digest", "msg": "mail sent"})
    elif r == 7:
        o["level"] = 40
        o.update({"module": "billing", "err": {"type": "StripeCardError", "message": "Your card was declined.", "code": "card_declined"}, "last4": f"{rng.randint(0, 9999):04d}",
                  "amount": rng.choice([2500, 4500, 7500]), "msg": "copay payment failed"})
    else:
        o.update({"module": "http", "traceId": hexs(rng, 32), "spanId": hexs(rng, 16), "route": "/api/v1/results/:id", "status": 304, "msg": "cache hit"})
    return [jdump(L("pino"), o)]


# ---------------------------------------------------------------- nginx
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0",
       "MFMPortal/4.12.0 (iOS 17.3; iPhone14,5)"]


def g_nginx(rng, t):
    pt = pick(rng)
    ua = rng.choice(UAS)
    out = []
    for k in range(rng.randint(1, 2)):
        tt = t + TD(seconds=k * rng.randint(1, 9))
        ln = L("nginx").p(pt["ip"], "ip").t(f" - - [{ts(tt, 'nginx')}] \"")
        r = rng.random()
        if r < 0.25:
            ln.t("GET /api/v1/proxy/verify?lastName=").p(slug(pt["last"]).capitalize(), "name").t("&dob=").p(d_us(pt["dob"]).replace("/", "%2F"), "date").t(" HTTP/1.1\" 200 ")
        elif r < 0.4:
            ln.t("GET /api/v1/patients/").p(pt["mrn"], "mrn").t("/documents HTTP/2.0\" 200 ")
        else:
            ln.t(rng.choice(["GET /api/v1/appointments?upcoming=true HTTP/2.0\" 200 ", "GET /static/js/main.4f9c2a.js HTTP/2.0\" 304 ",
                             "POST /api/v1/auth/login HTTP/2.0\" 200 ", "GET /api/v1/results/nipt HTTP/2.0\" 200 "]))
        ln.t(f"{rng.randint(0, 9000)} \"https://portal.mfm-central.org/\" \"{ua}\" rt={rng.uniform(0.002, 0.6):.3f}")
        out.append(ln)
    return out


def n_nginx(rng, t):
    r = rng.randint(0, 3)
    if r == 0:
        return [L("nginx").t(f"10.42.{rng.randint(0, 3)}.1 - - [{ts(t, 'nginx')}] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\" rt=0.001")]
    if r == 1:
        return [L("nginx").t(f"216.144.250.150 - - [{ts(t, 'nginx')}] \"HEAD / HTTP/1.1\" 200 0 \"https://portal.mfm-central.org\" \"Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)\" rt=0.012")]
    if r == 2:
        return [L("nginx").t(f"45.155.205.{rng.randint(2, 250)} - - [{ts(t, 'nginx')}] \"GET /{rng.choice(['wp-login.php', '.env', 'phpmyadmin/', 'cgi-bin/luci'])} HTTP/1.1\" 404 153 \"-\" \"Mozilla/5.0 zgrab/0.x\" rt=0.000")]
    return [L("nginx").t(f"{d_iso(t).replace('-', '/')} {t:%H:%M:%S} [warn] 29#29: *{rng.randint(10000, 99999)} an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/{rng.randint(1, 9)}/{rng.randint(10, 99)}/00000{rng.randint(10000, 99999)} while reading upstream, client: 10.42.1.1, server: portal.mfm-central.org")]


# ---------------------------------------------------------------- fax server + OCR referral
def ocr_mangle(s, rng, p=0.25):
    if rng.random() > p:
        return s
    return s.replace("0", "O", 1) if "0" in s and rng.random() < 0.5 else s.replace("1", "l", 1)


def g_fax(rng, t):
    pt = pick(rng)
    ref = pt["ref"]
    job = f"FX-IN-{d_dcm(t)}-{rng.randint(1, 999):04d}"
    out = [L("fax_log").t(f"{ts(t, 'syslog')} mfm-fax01 faxd[2211]: RECV job={job} from CSID=\"{ref[7]}\" ANI={ref[6]} pages={rng.randint(2, 5)} speed=14400 ecm=on"),
           L("fax_log").t(f"{ts(t + TD(seconds=9), 'syslog')} mfm-fax01 ocrworker[2290]: job={job} page=1 engine=tesseract-5.3.3 conf=0.{rng.randint(71, 94)} chars={rng.randint(900, 2400)}")]
    F = "fax_ocr"
    rd = t.date() - TD(days=rng.randint(0, 3))
    lines = []
    lines.append(L(F).t(f"{ref[3]}   {ref[4]}"))
    lines.append(L(F).t(f"Tel {ph(ref[5], 'paren')}   Fax {ph(ref[6], 'paren')}"))
    lines.append(L(F).t(rng.choice(["MATERNAL FETAL MEDICINE REFERRAL", "REFERRAL FOR MFM CONSULTATION / ULTRASOUND", "Referral Form - Perinatal Ultrasound"])))
    lines.append(L(F).t("Date: ").p(ocr_mangle(d_us(rd), rng), "date").t("      Urgency: " + rng.choice(["[ ] STAT  [x] Routine", "[x] Urgent (within 1 wk)", "[ ] Urgent [x] Routine"])))
    lines.append(L(F).t(rng.choice(["Patient Name: ", "Pat1ent Narne: ", "PATIENT: "])).p(nm(pt, rng.choice(["ULF", "LF", "UFL"])), "name")
                 .t(rng.choice(["        DOB: ", "   D.O.B. ", "     DOB "])).p(ocr_mangle(d_us(pt["dob"]), rng, 0.4), "date"))
    ln = L(F).t(rng.choice(["Address: ", "Addr: "])).p(pt["street"] + ((" " + pt["unit"]) if pt["unit"] else ""), "address").t("  ").p(pt["city"], "address").t(", MA ").p(pt["zip"], "zip")
    lines.append(ln)
    ln = L(F).t("Phone: ").p(ph(pt["home"], rng.choice(["dot", "sp", "dash"])), "phone")
    if rng.random() < 0.6:
        ln.t("     Cell: ").p(ph(pt["cell"], rng.choice(["paren", "dash"])), "phone")
    lines.append(ln)
    if rng.random() < 0.7:
        lines.append(L(F).t(f"Ins: {pt['payer'][0]}   ID# ").p(pt["member"], "health_plan").t(f"   Grp {pt['group']}"))
    if rng.random() < 0.4:
        lines.append(L(F).t("SSN: ").p(pt["ssn"], "ssn").t("   Emerg. contact: ").p(pt["partner"], "name").t(" (spouse) ").p(ph(pt["home"], "dash"), "phone"))
    lines.append(L(F).t(f"G{pt['g']} P{max(0, pt['g'] - 1)}0{rng.randint(0, 1)}{max(0, pt['g'] - 1)}   LMP ").p(d_us2(pt["lmp"]), "date").t("   EDD ").p(d_us2(pt["edd"]), "date").t(" by " + rng.choice(["LMP", "7wk US", "LMP c/w 8wk US"])))
    reason = "[x] AMA  [x] Abnl NT  [ ] Diabetes  [ ] Twins" if not pt["twins"] else "[ ] AMA  [ ] Abnl NT  [ ] Diabetes  [x] Twins (" + pt["chor"] + " on 10wk US)"
    lines.append(L(F).t("Reason for referral: " + reason))
    lines.append(L(F).t(rng.choice(["Hx: prior preg w/ open NTD 2021. Pt requests cfDNA + early anatomy.",
                                     "Hx: GDM A2 in last preg, BMI 38. Please do detailed anatomy + growth q4wk.",
                                     "Hx: chronic HTN on labetalol 200 bid. Baseline growth + UA dopplers pls.",
                                     "Pt is Spanish speaking - interpreter needed. P|ease fax report to office."])))
    lines.append(L(F).t(f"Referring: {ref[0]}, MD   NPI {ref[2]}   Signature: ____________"))
    k = rng.randint(7, len(lines))
    keep = lines[:4] + lines[4:k] if k > 4 else lines[:5]
    return out + keep


def n_fax(rng, t):
    ref = rng.choice(REFS)
    opts = [
        f"{ts(t, 'syslog')} mfm-fax01 faxd[2211]: SEND job=FX-OUT-{d_dcm(t)}-{rng.randint(100, 999)} to={ref[6]} pages={rng.randint(2, 6)} result=OK duration={rng.randint(40, 200)}s",
        f"{ts(t, 'syslog')} mfm-fax01 faxd[2211]: SEND job=FX-OUT-{d_dcm(t)}-{rng.randint(100, 999)} to={ref[6]} result=BUSY retry=2/5",
        f"{ts(t, 'syslog')} mfm-fax01 faxd[2211]: modem ttyIAX{rng.randint(0, 3)} ready (T.38 via sip:fax-gw.mfm-central.org)",
        f"{ts(t, 'syslog')} mfm-fax01 ocrworker[2290]: queue empty, sleeping 30s",
        f"{ts(t, 'syslog')} mfm-fax01 ocrworker[2290]: classifier: job=FX-IN-{d_dcm(t)}-{rng.randint(1, 999):04d} doc_type=REFERRAL score=0.{rng.randint(80, 99)} routed=intake-queue",
    ]
    return [L("fax_log").t(rng.choice(opts))]


# ---------------------------------------------------------------- billing CSV
CPTS = [("76801", "O/B US < 14 WKS SINGLE FETUS", 298.00), ("76802", "O/B US < 14 WKS ADDL FETUS", 162.00),
        ("76813", "OB US NUCHAL MEAS 1 GEST", 265.00), ("76814", "OB US NUCHAL MEAS ADD-ON", 151.00),
        ("76811", "OB US DETAILED SNGL FETUS", 512.00), ("76812", "OB US DETAILED ADDL FETUS", 420.00),
        ("76816", "OB US FOLLOW-UP PER FETUS", 231.00), ("76820", "UMBILICAL ARTERY ECHO", 118.00),
        ("96040", "GENETIC COUNSELING 30 MIN", 140.00), ("81420", "FETAL CHRMOML ANEUPLOIDY", 795.00)]


def g_billing(rng, t):
    out = []
    F = "billing_csv"
    if rng.random() < 0.5:
        out.append(L(F).t("claim_id,acct_no,mrn,pt_last,pt_first,pt_dob,sex,payer,member_id,dos,cpt,mod,dx1,dx2,units,charge,rendering_npi,referring_npi"))
    for _ in range(rng.randint(1, 3)):
        pt = pick(rng)
        dos = t.date() - TD(days=rng.randint(1, 5))
        g = ga_of(pt, dos)
        if g < 100:
            codes = ["76813"] + (["76814"] if pt["twins"] else [])
        elif g < 170:
            codes = ["76811"] + (["76812"] if pt["twins"] else [])
        else:
            codes = ["76816", "76820"]
        code = rng.choice(codes)
        c = [x for x in CPTS if x[0] == code][0]
        dx1 = "O30.041" if pt["twins"] else rng.choice(["Z36.82", "O09.521", "O09.522", "Z36.3", "O24.414"])
        ln = L(F).t(f"CLM{d_dcm(t)[2:]}{rng.randint(1000, 9999)},").p(pt["acct"], "account").t(",").p(pt["mrn"], "mrn").t(",")
        last = fold(pt["last"]).upper() if rng.random() < 0.5 else pt["last"]
        q = '"' if "," in last or " " in last else ""
        ln.t(q).p(last, "name").t(q + ",").p(fold(pt["first"]).upper() if last.isupper() else pt["first"], "name").t(",")
        ln.p(d_us(pt["dob"]), "date").t(f",F,{pt['payer'][1]},").p(pt["member"], "health_plan").t(",").p(d_us(dos), "date")
        ln.t(f",{code},{'59' if code in ('76812', '76814') else ''},{dx1},{rng.choice(['', 'Z3A.' + str(g // 7)])},1,{c[2]:.2f},{rng.choice(DOCS)[2]},{pt['ref'][2]}")
        out.append(ln)
    return out


def n_billing(rng, t):
    r = rng.randint(0, 2)
    if r == 0:
        return [L("billing_log").t(f"{ts(t, 'log4', rng.randint(0, 999))} WARN  billing-export: {rng.randint(1, 4)} charges held: missing referring NPI (batch {d_dcm(t)}-{rng.randint(1, 9)})")]
    if r == 1:
        return [L("billing_csv").t(f"TOTAL,,,,,,,,,,,,,,{rng.randint(12, 60)},{rng.uniform(4000, 30000):.2f},,")]
    return [L("billing_log").t(f"{ts(t, 'log4', rng.randint(0, 999))} INFO  billing-export: wrote {rng.randint(12, 80)} rows to /exports/athena/mfm_charges_{d_dcm(t)}.csv (sha1 {hexs(rng, 40)})")]


# ---------------------------------------------------------------- X12 837P
def g_x12(rng, t):
    pt = pick(rng)
    F = "x12_837"
    ctl = rng.randint(4000, 9999)
    yy = d_dcm(t)[2:]
    dos = t.date() - TD(days=rng.randint(2, 6))
    out = [L(F).t(f"ISA*00*          *00*          *ZZ*MFMCENTRAL     *ZZ*ATHENACLR      *{yy}*{t:%H%M}*^*00501*00000{ctl}*0*P*:~"),
           L(F).t(f"GS*HC*MFMCENTRAL*ATHENACLR*{d_dcm(t)}*{t:%H%M}*{ctl}*X*005010X222A1~"),
           L(F).t(f"ST*837*{rng.randint(1, 9):04d}*005010X222A1~"),
           L(F).t(f"BHT*0019*00*{ctl}*{d_dcm(t)}*{t:%H%M}*CH~"),
           L(F).t("NM1*85*2*MATERNAL FETAL MEDICINE CENTRAL PC*****XX*1548273609~"),
           L(F).t("N3*800 HUNTINGTON AVE STE 4~"),
           L(F).t("N4*BOSTON*MA*021151234~")]
    partner_sub = rng.random() < 0.4
    if partner_sub:
        pn = pt["partner"].split()
        out.append(L(F).t(f"SBR*P**GRP{pt['group']}******CI~"))
        out.append(L(F).t("NM1*IL*1*").p(fold(pn[-1]).upper(), "name").t("*").p(fold(pn[0]).upper(), "name").t("****MI*").p(pt["member"], "health_plan").t("~"))
    else:
        out.append(L(F).t(f"SBR*P*18*GRP{pt['group']}******CI~"))
        ln = L(F).t("NM1*IL*1*").p(fold(pt["last"]).upper(), "name").t("*").p(fold(pt["first"]).upper(), "name")
        ln.t("*")
        if pt["mi"]:
            ln.p(pt["mi"], "name")
        ln.t("***MI*").p(pt["member"], "health_plan").t("~")
        out.append(ln)
        if rng.random() < 0.5:
            out.append(L(F).t("REF*SY*").p(pt["ssn"].replace("-", ""), "ssn").t("~"))
    ln = L(F).t("N3*").p(fold(pt["street"]).upper(), "address")
    if pt["unit"]:
        ln.t("*").p(pt["unit"].upper(), "address")
    out.append(ln.t("~"))
    out.append(L(F).t("N4*").p(fold(pt["city"]).upper(), "address").t("*MA*").p(pt["zip"] + f"{rng.randint(1000, 9999)}", "zip").t("~"))
    if not partner_sub:
        out.append(L(F).t("DMG*D8*").p(d_dcm(pt["dob"]), "date").t("*F~"))
    out.append(L(F).t(f"NM1*PR*2*{fold(pt['payer'][0]).upper()}*****PI*{pt['payer'][1]}~"))
    if partner_sub:
        out.append(L(F).t("HL*3*2*23*0~"))
        out.append(L(F).t("PAT*01~"))
        out.append(L(F).t("NM1*QC*1*").p(fold(pt["last"]).upper(), "name").t("*").p(fold(pt["first"]).upper(), "name").t("~"))
        out.append(L(F).t("DMG*D8*").p(d_dcm(pt["dob"]), "date").t("*F~"))
    amt = rng.choice([265, 298, 512, 420, 231])
    out.append(L(F).t(f"CLM*CLM{yy}{rng.randint(1000, 9999)}*{amt}***11:B:1*Y*A*Y*Y~"))
    out.append(L(F).t(f"HI*ABK:{'O30041' if pt['twins'] else 'Z3682'}*ABF:O09521~"))
    out.append(L(F).t(f"NM1*DN*1*{pt['ref'][1].split('^')[0]}*{pt['ref'][1].split('^')[1]}****XX*{pt['ref'][2]}~"))
    out.append(L(F).t("LX*1~"))
    out.append(L(F).t(f"SV1*HC:{rng.choice(['76813', '76811', '76801', '76816'])}*{amt}*UN*1***1~"))
    out.append(L(F).t("DTP*472*D8*").p(d_dcm(dos), "date").t("~"))
    out.append(L(F).t(f"SE*{len(out) - 1}*0001~"))
    if rng.random() < 0.5:
        out = out[2:]
    return out


# ---------------------------------------------------------------- sonographers' chat
def chat(ln, t, user):
    return ln.t(f"[{d_iso(t)} {t:%H:%M:%S}] #us-floor {user}: ")


def g_chat(rng, t, force=None):
    pt = pick(rng)
    u = rng.choice(SONO)
    F = "chat"
    r = rng.randint(0, 20) if force is None else force
    if r in (0, 16):
        pt = pick(rng, twins=True)
    ln = chat(L(F), t, u[0])
    room = rng.randint(1, 5)
    if r == 0:
        ln.t("rm ").t(str(room)).t(" running behind, ").p(nm(pt, "L"), "name").t(" twins taking forever, baby B won't turn for the NT")
    elif r == 1:
        ln.t("the 10:30 ").p(nm(pt, "l"), "name").t(" wants her husband ").p(pt["partner"].split()[0], "name").t(" on facetime during the scan, ok w/ policy?")
    elif r == 2:
        ln.t("heads up mrn ").p(pt["mrn"], "mrn").t(" has wrong DOB in astraia, says ").p(d_us2(pt["dob"]), "date").t(" but her license says ")
        ln.p(d_us2(pt["dob"].replace(year=pt["dob"].year - 1)), "date").t(" - can front desk fix before I sign?")
    elif r == 3:
        ln.t("whoever owns the car w/ plate ").p(pt["plate"], "vehicle").t(" in the loading dock - it's ").p(nm(pt, "F"), "name").t(" ").p(nm(pt, "L"), "name").t("'s ride, security is asking")
    elif r == 4:
        ln.t("pt's grandmother is ").p(str(rng.randint(90, 97)), "age").t(" and came all the way from ").t(rng.choice(["Lagos", "Porto", "Hue", "Kyiv", "Haifa"])).t(" to see the anatomy scan 🥹 rm ").t(str(room))
    elif r == 5:
        ln.t("la sra. ").p(nm(pt, "L"), "name").t(" no habla inglés, necesito intérprete de español en sala ").t(str(room)).t(" a las 11")
    elif r == 6:
        ln.t("NT ").t(str(round(rng.uniform(3.1, 4.4), 1))).t(" on ").p(nm(pt, "iL"), "name").t(f", CRL {round(rng.uniform(50, 75), 1)} - Dr {rng.choice(DOCS)[0].split()[1]} wants GC same day, can someone ping Lauren?")
    elif r == 7:
        v = rng.randint(0, 2)
        if v == 0:
            ln.t("can someone call ").p(nm(pt, "F"), "name").t(" back at ").p(ph(pt["cell"], rng.choice(["plain", "dash", "dot"])), "phone").t(", she's stuck in traffic on 93, wants to know if we can hold her 2pm")
        elif v == 1:
            ln.t("vm from ").p(nm(pt, "iL"), "name").t(" - running 20 min late, cb ").p(ph(pt["cell"], rng.choice(["plain", "paren"])), "phone")
        else:
            ln.t("pls update phone for ").p(nm(pt, "L"), "name").t(" to ").p(ph(pt["home"], rng.choice(["dash", "dot", "sp"])), "phone").t(", the one in astraia is disconnected")
    elif r == 8:
        ln.t("FYI ").p(nm(pt, "FL").lower() if rng.random() < 0.5 else nm(pt, "FL"), "name").t(" (").p(d_usnz(pt["dob"]), "date").t(f") is {pt['chor'] if pt['twins'] else 'singleton'}, EDD ").p(d_us2(pt["edd"]), "date").t(" - not the other one w/ same last name")
    elif r == 9:
        if rng.random() < 0.5:
            ln.t("sent ").p(nm(pt, "L"), "name").t("'s outside US report to the shared folder, her old MRN at BMC was ").p(f"{rng.randint(1000000, 9999999)}", "mrn")
        else:
            ln.t("outside records for ").p(nm(pt, "FL"), "name").t(" came in under the wrong MRN (").p(f"M{rng.randint(1040000, 1059999)}", "mrn").t("), merged into ").p(pt["mrn"], "mrn")
    elif r == 10:
        if rng.random() < 0.5:
            ln.t("partner ").p(pt["partner"], "name").t(" called asking for results, he's not on the proxy list so I said no")
        else:
            ln.t("FOB for ").p(nm(pt, "L"), "name").t(" is ").p(pt["partner"], "name").t(", he's a CF carrier per his own screen - GC wants that in the chart")
    elif r == 12:
        ln.t("front desk says ").p(nm(pt, "iL"), "name").t(" wants the report faxed to her home fax ").p(ph(pt["home"], rng.choice(["dash", "paren"])), "fax").t(", ROI form is signed")
    elif r == 13:
        sis = SISTERS[pt["i"]]
        ln.t("fun fact ").p(nm(pt, "FL"), "name").t("'s sister ").p(sis + " " + pt["last"], "name").t(" is on tomorrow's list too, both NTs lol")
    elif r == 14:
        ln.t("DL on file for ").p(nm(pt, "LF"), "name").t(" is ").p(pt["dl"], "license").t(" but insurance has a different name spelling, pls verify at checkout")
    elif r == 15:
        ln.t("mrs ").p(nm(pt, "l"), "name").t(" asked for 3d pics again, told her we don't do keepsake scans")
    elif r == 16:
        ln.t("twin B on ").p(nm(pt, "L"), "name").t(" has AEDF on UA doppler, paging Dr ").t(rng.choice(DOCS)[0].split()[1]).t(" now")
    elif r == 17:
        ln.t("valet has a gray Honda, plate ").p(pt["plate"], "vehicle").t(", belongs to ").p(pt["partner"].split()[0], "name").t(" (").p(nm(pt, "L"), "name").t("'s husband) - he can move it after the scan")
    elif r == 18:
        ln.p(nm(pt, "F"), "name").t(f" in rm {room} asks if her mom can come back, mom is ").p(rng.choice(["Grace", "Rosa", "Fatou", "Linh", "Irina", "Margaret"]) + " " + pt["last"], "name").t(" - pls add to visitor list")
    elif r == 19:
        ln.t("lost & found: wallet w/ ID for ").p(nm(pt, "UFL"), "name").t(", DOB ").p(d_us(pt["dob"]), "date").t(", left at checkout - front desk has it")
    elif r == 20:
        ln.t("can someone email the amnio prep sheet to ").p(pt["email"], "email").t("? pt says she never got it")
    else:
        ln.t("rescan for ").p(nm(pt, "LF"), "name").t(" booked ").p(d_dmon(t.date() + TD(days=rng.randint(7, 28))), "date").t(", fetal echo same day")
    return [ln]


def g_chat_age(rng, t):
    return g_chat(rng, t, 4)


def g_chat_vehicle(rng, t):
    return g_chat(rng, t, rng.choice([3, 17]))


def n_chat(rng, t):
    u = rng.choice(SONO)
    msgs = ["coffee's here, thanks Dr. Achebe ☕", "Voluson in rm 2 froze again, rebooting - 5 min",
            "anyone have the new FMF NT audit link? renewals due end of month",
            "gel warmer in rm 4 is broken, put in a ticket (#INC0049172)", "lunch coverage: I'll take 12-12:30",
            "reminder: staff meeting Thurs 7:30am re new twin protocol (ISUOG 2016 chorionicity)",
            "EPIQ transducer C5-1 cable looks frayed, flagged to biomed x4417",
            "can someone restock the 8.5x11 paper in the reading room printer",
            "worklist still not showing 2pm pts on LOGIQ, IT says MWL restart at 1:15",
            "👍", "on my way", "who has the TV probe covers? rm 3 out",
            "Dr Marsh is reading today, Dr Feldman out until Monday",
            "new sonographer Jess starts Monday, please be nice 😄"]
    return [chat(L("chat"), t, u[0]).t(rng.choice(msgs))]


# ---------------------------------------------------------------- syslog / cron
def g_syslog(rng, t):
    pt = pick(rng)
    ln = L("syslog").t(f"{ts(t, 'syslog')} mfm-app02 rsync[{rng.randint(20000, 40000)}]: reports/2024/03/")
    ln.p(pt["mrn"], "mrn").t("_").p(slug(pt["last"]).capitalize(), "name").t("_").p(slug(pt["first"].split()[0]).capitalize(), "name").t("_").p(d_dcm(t), "date").t(".pdf")
    return [ln]


def n_syslog(rng, t):
    opts = [
        f"mfm-app02 CRON[{rng.randint(10000, 30000)}]: (root) CMD (/opt/astraia/bin/backup.sh --nightly >/dev/null 2>&1)",
        "mfm-app02 systemd[1]: Started Astraia DB backup.",
        f"mfm-app02 systemd[1]: astraia-backup.service: Consumed {rng.randint(40, 300)}.{rng.randint(100, 999)}s CPU time.",
        f"mfm-app02 rsync[{rng.randint(20000, 40000)}]: sent {rng.randint(10**6, 10**9)} bytes  received {rng.randint(1000, 90000)} bytes  total size {rng.randint(10**9, 10**10)}",
        f"mfm-app02 sshd[{rng.randint(1000, 9999)}]: Accepted publickey for svc_backup from 10.20.4.9 port {rng.randint(40000, 60000)} ssh2: ED25519 SHA256:{hexs(rng, 20)}",
        f"mfm-app02 kernel: [{rng.randint(100000, 999999)}.{rng.randint(100000, 999999)}] EXT4-fs (sdb1): mounted filesystem with ordered data mode. Quota mode: none.",
        f"mfm-app02 chronyd[812]: Selected source 10.20.0.2 (ntp1.mfm-central.org)",
    ]
    return [L("syslog").t(f"{ts(t, 'syslog')} " + rng.choice(opts))]


# ============================================================================ assembly
QUOTA = [(g_astraia, 8), (g_astraia_csv, 3), (g_vp_xml, 3), (g_dicom_mwl, 2), (g_dicom_sr, 2),
         (g_risk, 4), (g_hl7, 3), (g_mirth, 4), (g_cfdna, 3), (g_gcsched, 5), (g_log4net, 5),
         (g_pino, 14), (g_pino_rare, 5), (g_log4net_fax, 1), (g_nginx, 5), (g_fax, 2), (g_billing, 4), (g_x12, 2), (g_chat, 18),
         (g_chat_age, 2), (g_chat_vehicle, 2), (g_syslog, 2)]
CONTENT = [(g_pino, 5), (g_chat, 5), (g_astraia, 2), (g_mirth, 2), (g_syslog, 1), (g_nginx, 1)]
NOISE = [(n_astraia, 6), (n_dicom, 4), (n_risk, 5), (n_mirth, 4), (n_cfdna, 4), (n_gcsched, 4),
         (n_log4net, 6), (n_pino, 8), (n_nginx, 5), (n_fax, 3), (n_billing, 3), (n_chat, 6), (n_syslog, 4)]
TOTAL = 500
TARGET_PHI = 225


def wchoice(rng, items):
    tot = sum(w for _, w in items)
    x = rng.uniform(0, tot)
    for f, w in items:
        x -= w
        if x <= 0:
            return f
    return items[-1][0]


def main():
    master = random.Random(SEED + 1)
    dummy = BASE
    plan = []
    phi = 0
    total = 0
    guard = 0
    quota = [f for f, k in QUOTA for _ in range(k)]
    master.shuffle(quota)
    while phi < TARGET_PHI and guard < 2000:
        guard += 1
        fn = quota.pop() if quota else wchoice(master, CONTENT)
        sd = master.randrange(2 ** 32)
        lines = fn(random.Random(sd), dummy)
        k = sum(1 for x in lines if x.spans)
        if phi + k > TARGET_PHI + 3 or total + len(lines) > TOTAL:
            continue
        plan.append((fn, sd, len(lines)))
        phi += k
        total += len(lines)
    assert not quota, len(quota)
    remaining = TOTAL - total
    noise = []
    while remaining > 0:
        fn = wchoice(master, NOISE)
        sd = master.randrange(2 ** 32)
        noise.append((fn, sd, 1))
        remaining -= 1
    # interleave noise singles between content blocks
    seq = list(plan)
    for item in noise:
        seq.insert(master.randint(0, len(seq)), item)
    t = BASE
    out = []
    for fn, sd, n in seq:
        lines = fn(random.Random(sd), t)
        assert len(lines) == n, fn.__name__
        out.extend(lines)
        t = t + TD(seconds=master.randint(8, 75), milliseconds=master.randint(0, 999))
    assert len(out) == TOTAL, len(out)
    texts, labels = [], []
    for i, ln in enumerate(out, 1):
        s = ln.text()
        assert s and "\n" not in s and "\r" not in s, (i, s)
        bs = s.encode("utf-8")
        spans = []
        for (a, e, cat, val) in ln.spans:
            assert bs[a:e].decode("utf-8") == val, (i, val)
            spans.append({"s": a, "e": e, "cat": cat})
        texts.append(s)
        labels.append(json.dumps({"line": i, "family": ln.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(texts))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(labels) + "\n")
    nphi = sum(1 for ln in out if ln.spans)
    cats, fams = {}, {}
    for ln in out:
        fams[ln.fam] = fams.get(ln.fam, 0) + 1
        for sp in ln.spans:
            cats[sp[2]] = cats.get(sp[2], 0) + 1
    print(f"lines={len(out)} no_phi={len(out) - nphi} ({100 * (len(out) - nphi) / len(out):.1f}%)")
    print("cats", dict(sorted(cats.items(), key=lambda x: -x[1])))
    print("fams", dict(sorted(fams.items(), key=lambda x: -x[1])))


if __name__ == "__main__":
    main()
