#!/usr/bin/env python3
"""Deterministic generator for the 'dh' PHI test corpus.

Theme: public school district health services (nurse office visits, eMAR,
immunization exports to the state registry (HL7 VXU), vision/hearing
screenings, Medicaid school-based services billing (X12 837/270), 504/IHP
plans, parent portal, student telehealth vendor, PowerShell and .NET logs).

Students and their parents/guardians are PHI subjects; nurses, teachers,
therapists and staff are not.  Standard library only.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
from xml.sax.saxutils import escape as xesc

random.seed(20241018)

ID = "dh"
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500


# ---------------------------------------------------------------- line builder
class Ln:
    __slots__ = ("fam", "buf", "spans")

    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []

    def t(self, x):
        self.buf += str(x).encode("utf-8")
        return self

    def p(self, x, cat):
        x = str(x)
        b = x.encode("utf-8")
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, st + len(b), cat, b))
        return self

    def v(self, x, cat=None):
        return self.p(x, cat) if cat else self.t(x)

    def has_phi(self):
        return bool(self.spans)


class P:
    """A labelled JSON scalar."""
    __slots__ = ("v", "c")

    def __init__(self, v, c):
        self.v = v
        self.c = c


class S:
    """A JSON string assembled from pieces [(text, cat-or-None), ...]."""
    __slots__ = ("pieces",)

    def __init__(self, *pieces):
        self.pieces = pieces


def jw(ln, v, ea=False, sep=(",", ":")):
    if isinstance(v, P):
        if isinstance(v.v, str):
            enc = json.dumps(v.v, ensure_ascii=ea)
            ln.t('"').p(enc[1:-1], v.c).t('"')
        else:
            ln.p(json.dumps(v.v), v.c)
    elif isinstance(v, S):
        ln.t('"')
        for txt, cat in v.pieces:
            enc = json.dumps(txt, ensure_ascii=ea)[1:-1]
            ln.v(enc, cat)
        ln.t('"')
    elif isinstance(v, dict):
        ln.t("{")
        for i, (k, x) in enumerate(v.items()):
            if i:
                ln.t(sep[0])
            ln.t(json.dumps(k, ensure_ascii=ea) + sep[1])
            jw(ln, x, ea, sep)
        ln.t("}")
    elif isinstance(v, list):
        ln.t("[")
        for i, x in enumerate(v):
            if i:
                ln.t(sep[0])
            jw(ln, x, ea, sep)
        ln.t("]")
    else:
        ln.t(json.dumps(v, ensure_ascii=ea))
    return ln


def cf(ln, val, cat=None, quote=False):
    """CSV field (RFC 4180 quoting)."""
    val = str(val)
    need = quote or any(c in val for c in ',"\n')
    if need:
        ln.t('"').v(val.replace('"', '""'), cat).t('"')
    else:
        ln.v(val, cat)
    return ln


def csv_row(ln, fields, quote_all=False):
    for i, f in enumerate(fields):
        if i:
            ln.t(",")
        if isinstance(f, tuple):
            cf(ln, f[0], f[1], quote_all)
        else:
            cf(ln, f, None, quote_all)
    return ln


# ---------------------------------------------------------------- clock
TZ = dt.timezone(dt.timedelta(hours=-4))
CLOCK = [dt.datetime(2024, 10, 14, 5, 2, 17, 118000, tzinfo=TZ)]


def tick(a=3, b=420):
    c = CLOCK[0] + dt.timedelta(seconds=random.randint(a, b), milliseconds=random.randint(0, 999))
    if c.hour >= 19:
        c = (c + dt.timedelta(days=1)).replace(hour=5, minute=random.randint(0, 40))
        while c.weekday() >= 5:
            c += dt.timedelta(days=1)
    CLOCK[0] = c
    return c


def now():
    return CLOCK[0]


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def f_serilog(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t) + " -04:00"


def f_iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "-04:00"


def f_isoz(t):
    u = t.astimezone(dt.timezone.utc)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"


def f_log4net(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)


def f_nlog(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%04d" % (t.microsecond // 100)


def f_nginx(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0400")


def f_syslog(t):
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


def f_hl7(t):
    return t.strftime("%Y%m%d%H%M%S-0400")


def epoch_ms(t):
    return int(t.timestamp() * 1000)


def d_us(d):
    return "%d/%d/%d" % (d.month, d.day, d.year)


def d_us0(d):
    return d.strftime("%m/%d/%Y")


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_hl7(d):
    return d.strftime("%Y%m%d")


# ---------------------------------------------------------------- check digits
def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def npi(prefix_digits):
    body = prefix_digits
    return body + luhn_digit("80840" + body)


def vin(prefix8, year_code, plant, serial):
    tr = {c: v for c, v in zip("ABCDEFGH", range(1, 9))}
    tr.update({c: v for c, v in zip("JKLMN", range(1, 6))})
    tr.update({"P": 7, "R": 9})
    tr.update({c: v for c, v in zip("STUVWXYZ", range(2, 10))})
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    v = prefix8 + "0" + year_code + plant + serial
    s = sum((int(c) if c.isdigit() else tr[c]) * w[i] for i, c in enumerate(v))
    cd = s % 11
    return v[:8] + ("X" if cd == 10 else str(cd)) + v[9:]


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def rbytes(n):
    return bytes(random.getrandbits(8) for _ in range(n))


def hexid(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def guid():
    h = hexid(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], random.choice("89ab"), h[17:20], h[20:32])


def b62(n):
    return "".join(random.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(n))


# ---------------------------------------------------------------- staff, district (NOT PHI)
DISTRICT = "Maple Valley City School District"
DIST_ADDR = ("1400 Commerce Pkwy", "Westerville", "OH", "43081")
DIST_PHONE = "(614) 555-0100"
DIST_FAX = "614-555-0109"
DIST_NPI = npi("183947210")
DIST_EIN = "31-6001874"
SCHOOLS = [("011", "LES", "Lincoln Elementary"), ("024", "RES", "Riverside Elementary"),
           ("037", "HMS", "Harding Middle School"), ("052", "MVHS", "Maple Valley High School")]
NURSES = [("Deborah", "Kessler", "RN", "dkessler"), ("Oluwaseun", "Adeyemi", "BSN, RN", "oadeyemi"),
          ("Marisol", "Vega", "LPN", "mvega"), ("Grace", "Huang", "RN", "ghuang")]
THERAPISTS = [("Rebecca", "Stolz", "CCC-SLP", "rstolz", "SLP", npi("172634098")),
              ("Anil", "Mehta", "OTR/L", "amehta", "OT", npi("150829374")),
              ("Colleen", "Marsh", "DPT", "cmarsh", "PT", npi("193350217")),
              ("Dagny", "Halvorsen", "CCC-SLP", "dhalvorsen", "SLP", npi("112287365"))]
TELE_DOCS = [("Hannah", "Wexler", "MD", npi("166049283")), ("Kofi", "Ansah-Mills", "CPNP", npi("124718830")),
             ("Renata", "Szabo", "MD", npi("135590126"))]
COORDS = [("Tomás", "Ferreira", "tferreira"), ("Janelle", "Whitcomb", "jwhitcomb"), ("Bilal", "Qureshi", "bqureshi")]
TEACHERS = ["Mr. Friedman", "Ms. Abara", "Mrs. Lindgren", "Mr. Castellanos", "Ms. Park", "Mr. Oyelaran"]

# ---------------------------------------------------------------- synthetic people (PHI)
FIRST_M = ["Chidi", "Mateo", "Haruto", "Arjun", "Minh", "Omar", "Yusuf", "Thiago", "Lars", "Declan", "Dmitri",
           "Kai", "Jun", "Joaquín", "Björn", "Noé", "Tomasz", "Kwame", "Tariq", "Rafael", "Jackson", "Caleb",
           "Ikaika", "Santiago", "Emeka", "Aarav", "Liam"]
FIRST_F = ["Amara", "Sofia", "Aiko", "Priya", "Leilani", "Linh", "Fatima", "Zainab", "Isabela", "Ingrid",
           "Siobhan", "Olga", "Ayasha", "Mei", "Esperanza", "Zoë", "Anaïs", "Agnieszka", "Abena", "Layla", "Emily",
           "Hannah", "Nadia", "Yasmin", "Freya", "Thandiwe"]
LAST = ["Okafor", "Mensah", "Castillo", "Delgado", "Nakamura", "Takahashi", "Patel", "Raman", "Kahananui",
        "Nguyen", "Tran", "Haddad", "Al-Sayed", "Abdi", "Farah", "Oliveira", "Souza", "Lindqvist", "Johansson",
        "O'Brien", "Kowalski", "Nowak", "Ivanova", "Petrov", "Begay", "Yazzie", "Chen", "Wong", "Ramírez",
        "Müller", "García-López", "Asante", "Boateng", "Rahman", "Hussain", "Brooks", "Hernandez", "Dlamini",
        "Sørensen", "Van der Berg"]
MIDDLE = ["A", "J", "M", "Rose", "Lee", "Adaeze", "Kenji", "Maria", "Noor", "Elif", "T", "Grace", "Olu", "Marie"]
G_FIRST_F = ["Ngozi", "Lucía", "Kavita", "Malia", "Thu", "Hanan", "Mariana", "Karin", "Aoife", "Svetlana",
             "Darlene", "Rosa", "Nasrin", "Jennifer", "Tamika", "Yuki", "Efua", "Beata", "Ximena", "Sun-hee"]
G_FIRST_M = ["Emeka", "Hiroshi", "Rajesh", "Ahmed", "Piotr", "Kofi", "Wei", "Marcus", "Michael", "Sergei",
             "Duc", "Mustafa", "Andrés", "Henrik", "Tyrone", "Gareth"]
STREETS = ["Birchwood Dr", "Old Stage Rd", "Sycamore Ct", "E Main St", "Hempstead Rd", "Cherrybottom Rd",
           "Africa Rd", "Kilbourne Ave", "Plum Ridge Ln", "Tamarack Cir", "Orchard Hill Way", "Lazelle Rd",
           "Cobblestone Dr", "Harlem Rd", "Walnut St", "Red Bank Rd", "Wintergreen Ct", "Maxtown Rd",
           "Heatherdown Dr", "Spring Creek Blvd"]
CITIES = [("Westerville", "43081", "Franklin"), ("Westerville", "43082", "Delaware"), ("Galena", "43021", "Delaware"),
          ("Sunbury", "43074", "Delaware"), ("Lewis Center", "43035", "Delaware"), ("Delaware", "43015", "Delaware"),
          ("Worthington", "43085", "Franklin"), ("Columbus", "43231", "Franklin"), ("Johnstown", "43031", "Licking")]
AREAS = ["614", "740", "380"]
MAIL_DOMS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "att.net", "hotmail.com", "wowway.net"]
PUB_OCT = [24, 50, 64, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 107, 108, 142, 162, 174, 184]
CONDITIONS = ["none", "none", "asthma", "adhd", "t1d", "food_allergy", "hearing", "seizure", "none", "adhd",
              "asthma", "food_allergy"]

used_phone = {("614", "555", "0100"), ("614", "555", "0108"), ("614", "555", "0109"), ("614", "555", "0231"),
              ("614", "555", "0177")}  # district / vendor numbers (not PHI)
used_ids = set()


def new_phone():
    while True:
        ac = random.choice(AREAS)
        ln = "01%02d" % random.randint(0, 99)
        if (ac, ln) not in used_phone:
            used_phone.add((ac, ln))
            return (ac, "555", ln)


def uniq(fn):
    while True:
        x = fn()
        if x not in used_ids:
            used_ids.add(x)
            return x


def ph_fmt(p, style):
    ac, ex, ln = p
    if style == 0:
        return "(%s) %s-%s" % (ac, ex, ln)
    if style == 1:
        return "%s-%s-%s" % (ac, ex, ln)
    if style == 2:
        return "+1%s%s%s" % (ac, ex, ln)
    if style == 3:
        return "%s%s%s" % (ac, ex, ln)
    return "%s.%s.%s" % (ac, ex, ln)


def pub_ip():
    return "%d.%d.%d.%d" % (random.choice(PUB_OCT), random.randint(1, 254), random.randint(0, 254),
                            random.randint(2, 253))


def make_student(i):
    sex = random.choice("MF")
    first = random.choice(FIRST_M if sex == "M" else FIRST_F)
    last = random.choice(LAST)
    g = random.randint(0, 12)
    by = 2018 - g
    dob = dt.date(by, random.randint(1, 12), random.randint(1, 28))
    if g <= 5:
        school = SCHOOLS[random.randint(0, 1)]
    elif g <= 8:
        school = SCHOOLS[2]
    else:
        school = SCHOOLS[3]
    city, zp, county = random.choice(CITIES)
    street = "%d %s" % (random.randint(100, 9899), random.choice(STREETS))
    if random.random() < 0.25:
        street += random.choice([" Apt %d%s" % (random.randint(1, 4), random.choice("ABCD")),
                                 " Unit %d" % random.randint(2, 48)])
    gsex = random.choice("FFM")
    gfirst = random.choice(G_FIRST_F if gsex == "F" else G_FIRST_M)
    glast = last if random.random() < 0.8 else random.choice(LAST)
    rel = random.choice(["Mother", "Mother", "Father", "Grandmother", "Guardian", "Aunt"]) if gsex == "F" \
        else random.choice(["Father", "Father", "Grandfather", "Guardian", "Uncle"])
    if gsex == "F" and rel == "Father":
        rel = "Mother"
    gdob = dt.date(random.randint(1968, 1996), random.randint(1, 12), random.randint(1, 28))
    gcell = new_phone()
    ghome = new_phone() if random.random() < 0.35 else None
    yy = str(gdob.year)[2:]
    gemail = "%s.%s%s@%s" % (fold(gfirst).lower().replace(" ", "").replace("-", ""),
                             fold(glast).lower().replace(" ", "").replace("'", ""), yy, random.choice(MAIL_DOMS))
    guser = (fold(gfirst)[0] + fold(glast).replace(" ", "").replace("'", "").replace("-", "")).lower() + \
        str(random.randint(1, 99))
    sid = uniq(lambda: str(random.randint(200000, 249999)))
    ssid = uniq(lambda: random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + random.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
                + "%07d" % random.randint(0, 9999999))
    medicaid = uniq(lambda: "1" + "%011d" % random.randint(0, 10 ** 11 - 1)) if random.random() < 0.6 else None
    priv = None
    if medicaid is None:
        priv = (random.choice(["Anthem Blue Cross", "Medical Mutual", "UnitedHealthcare", "Aetna"]),
                uniq(lambda: random.choice(["YRH", "ZGP", "MMO", "W"]) + "%09d" % random.randint(0, 10 ** 9 - 1)),
                "OH%04d" % random.randint(1000, 9999))
    grad = 2025 + (12 - g)
    semail = "%d%s%s@students.mvcsd.org" % (grad % 100, fold(last).lower().replace(" ", "").replace("'", "")
                                            .replace("-", "")[:8], fold(first)[0].lower())
    ssn = None
    if random.random() < 0.35:
        area = random.choice([x for x in range(101, 690) if x != 666])
        ssn = "%03d-%02d-%04d" % (area, random.randint(1, 99), random.randint(1, 9999))
    cond = random.choice(CONDITIONS)
    chromebook = random.choice(["5CD", "5CG", "NXH", "PF3"]) + "".join(
        random.choice("0123456789ABCDEFGHJKLMNPQRSTVWXYZ") for _ in range(random.choice([7, 9])))
    return dict(
        idx=i, sex=sex, first=first, last=last, middle=random.choice(MIDDLE), grade=g, dob=dob, school=school,
        street=street, city=city, zip=zp, county=county, gfirst=gfirst, glast=glast, rel=rel, gdob=gdob,
        gcell=gcell, ghome=ghome, gemail=gemail, guser=guser, sid=sid, ssid=ssid, medicaid=medicaid, priv=priv,
        semail=semail, ssn=ssn, cond=cond, chromebook=chromebook,
        gdl=random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + random.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
        + "%06d" % random.randint(0, 999999),
        plate="%s%s%s %04d" % (random.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), random.choice("ABCDEFGHJKLMNPRSTUVWXYZ"),
                               random.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), random.randint(0, 9999)),
        gip=pub_ip(),
        pump_sn=str(random.randint(1000000, 1999999)),
        cgm_sn="".join(random.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(10)),
        ha_sn="%02d%02d%s%04d" % (random.randint(18, 23), random.randint(1, 52), random.choice("KHMX"),
                                 random.randint(0, 9999)),
        tele_pid="pt_" + b62(14),
        case504="504-%02d-%05d" % (random.choice([22, 23, 24]), random.randint(1, 999)),
        ihp="IHP-2024-%04d" % random.randint(1, 2999),
        fam_acct="FA-%07d" % random.randint(1, 999999),
    )


STUDENTS = [make_student(i) for i in range(36)]
# a few very old emergency contacts (great-grandparents) -> age > 89 appears in text
for s in STUDENTS:
    s["ec2"] = None
for s in random.sample(STUDENTS, 4):
    _n = random.choice([("Rosa", "great-grandmother"), ("Esther", "great-grandmother"), ("Walter", "great-grandfather"),
                        ("Shigeko", "great-grandmother"), ("Dorothea", "great-grandmother"), ("Anselm", "great-grandfather")])
    s["ec2"] = (_n[0], random.choice([s["glast"], s["last"], random.choice(LAST)]), _n[1],
                random.randint(90, 97), new_phone())
WEIGHTS = [random.choice([1, 1, 2, 3, 5]) for _ in STUDENTS]


def stu(cond=None):
    if cond:
        pool = [(s, w) for s, w in zip(STUDENTS, WEIGHTS) if s["cond"] in cond]
        if pool:
            return random.choices([p[0] for p in pool], weights=[p[1] for p in pool])[0]
    return random.choices(STUDENTS, weights=WEIGHTS)[0]


def nurse():
    return random.choice(NURSES)


def school_of(s):
    return s["school"]


def gname(s):
    return "%s %s" % (s["gfirst"], s["glast"])


def sname(s):
    return "%s %s" % (s["first"], s["last"])


def grade_str(g):
    return "KG" if g == 0 else "%02d" % g


# ---------------------------------------------------------------- vocabularies
VISIT_REASONS = [
    ("Headache", "Rest, water", "Returned to class"),
    ("Stomach ache", "Rest, saltine crackers", "Returned to class"),
    ("Fever 100.9F", "Parent contacted", "Sent home"),
    ("Scheduled medication", "Administered per MAR", "Returned to class"),
    ("Blood glucose check", "BG 142 mg/dL, no correction needed", "Returned to class"),
    ("Asthma symptoms", "Albuterol 2 puffs via spacer", "Returned to class"),
    ("Playground injury - knee abrasion", "Cleaned, bandaged", "Returned to class"),
    ("Nosebleed", "Pressure 10 min", "Returned to class"),
    ("Vomiting", "Parent contacted", "Sent home"),
    ("Anxiety", "Counselor referral", "Returned to class"),
    ("Low blood sugar", "15g fast-acting carbs, recheck in 15 min", "Returned to class"),
    ("Head bump at recess", "Neuro check, ice pack, parent contacted", "Sent home"),
    ("Sore throat", "Temp 98.4F, lozenge per standing order", "Returned to class"),
]
MEDS = {
    "adhd": [("Methylphenidate HCl 10 mg tablet", "0591-2716-01", "10 mg", "PO", "II"),
             ("Guanfacine ER 1 mg tablet", "0093-5420-01", "1 mg", "PO", None)],
    "asthma": [("Albuterol HFA 90 mcg/actuation inhaler", "0173-0682-20", "2 puffs", "INH", None)],
    "t1d": [("Insulin lispro 100 units/mL (pump bolus)", "0002-7510-01", "3.5 units", "SUBQ", None),
            ("Glucagon 1 mg emergency kit", "0002-8031-01", "1 mg", "IM", None)],
    "food_allergy": [("Epinephrine auto-injector 0.3 mg", "49502-0102-02", "0.3 mg", "IM", None),
                     ("Cetirizine 10 mg tablet", "45802-0919-87", "10 mg", "PO", None)],
    "seizure": [("Diazepam rectal gel 10 mg", "0187-0658-20", "10 mg", "PR", "IV"),
                ("Levetiracetam 250 mg tablet", "0093-8943-56", "250 mg", "PO", None)],
    "hearing": [("Ibuprofen 200 mg tablet", "0904-5853-60", "200 mg", "PO", None)],
    "none": [("Acetaminophen 325 mg tablet", "0904-6728-60", "325 mg", "PO", None),
             ("Ibuprofen 200 mg tablet", "0904-5853-60", "400 mg", "PO", None)],
}
VACCINES = [("115", "Tdap", "SKB", "GlaxoSmithKline", "90715"), ("114", "MenACWY-D", "PMC", "Sanofi Pasteur", "90734"),
            ("141", "Influenza, seasonal, injectable", "SEQ", "Seqirus", "90686"),
            ("03", "MMR", "MSD", "Merck", "90707"), ("21", "Varicella", "MSD", "Merck", "90716"),
            ("165", "HPV9", "MSD", "Merck", "90651"), ("10", "IPV", "PMC", "Sanofi Pasteur", "90713")]
AGENTS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
          "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
          "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.100 Mobile Safari/537.36",
          "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36",
          "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15"]


# ================================================================= FAMILIES
def fam_visit_csv():
    fam = "sis_visit_csv"
    tick(60, 900)
    out = []
    variant = random.random() < 0.5
    vdate = (now() - dt.timedelta(days=1)).date()
    while vdate.weekday() >= 5:
        vdate -= dt.timedelta(days=1)
    if variant:
        out.append(Ln(fam).t("Student_Number,LastFirst,DOB,Grade_Level,SchoolID,Visit_Date,Time_In,Time_Out,"
                             "Reason,Treatment,Disposition,Nurse"))
    else:
        out.append(Ln(fam).t('"VisitID","StudentID","Last Name","First Name","Birth Date","Grade","School",'
                             '"Visit Date","Check In","Check Out","Complaint","Action","Outcome","Staff"'))
    for _ in range(random.randint(2, 5)):
        s = stu()
        r = random.choice(VISIT_REASONS)
        n = nurse()
        h = random.randint(8, 14)
        m = random.randint(0, 59)
        tin = "%02d:%02d" % (h, m)
        m2 = m + random.randint(5, 40)
        tout = "%02d:%02d" % (h + m2 // 60, m2 % 60)
        ln = Ln(fam)
        if variant:
            csv_row(ln, [(s["sid"], "mrn"), ("%s, %s" % (s["last"], s["first"]), "name"), (d_us(s["dob"]), "date"),
                         s["grade"], s["school"][0], (d_us(vdate), "date"), tin, tout, r[0], r[1], r[2],
                         n[0][0] + n[1]])
        else:
            csv_row(ln, [str(random.randint(440000, 479999)), (s["sid"], "mrn"), (s["last"], "name"),
                         (s["first"], "name"), (d_iso(s["dob"]), "date"), grade_str(s["grade"]), s["school"][2],
                         (d_iso(vdate), "date"), tin + ":00", tout + ":00", r[0], r[1], r[2],
                         "%s, %s" % (n[1], n[0])], quote_all=True)
        out.append(ln)
    if random.random() < 0.5:
        out.append(Ln(fam).t("# %d rows exported %s by svc_healthsync (PowerSchool 24.7.0.0 / Health Office plugin 3.2.1)"
                             % (len(out) - 1, now().strftime("%Y-%m-%d %H:%M:%S"))))
    return out


def fam_emar():
    fam = "emar_pino_json"
    out = []
    host = "emar-api-%s-%s" % (hexid(6), b62(5).lower())
    for _ in range(random.randint(1, 4)):
        t = tick(5, 300)
        base = {"level": 30, "time": epoch_ms(t), "pid": random.choice([2231, 2240, 3117]), "hostname": host,
                "reqId": "req-" + b62(6)}
        r = random.random()
        ln = Ln(fam)
        if r < 0.42:
            s = stu(["adhd", "asthma", "t1d", "food_allergy", "seizure"])
            med = random.choice(MEDS[s["cond"]])
            n = nurse()
            at = t.replace(second=0, microsecond=0) - dt.timedelta(minutes=random.randint(0, 20))
            d = dict(base)
            d["msg"] = "medication administered"
            d["studentId"] = P(s["sid"], "mrn")
            d["student"] = {"first": P(s["first"], "name"), "last": P(s["last"], "name"),
                            "dob": P(d_iso(s["dob"]), "date")}
            d["school"] = s["school"][0]
            d["medication"] = {"name": med[0], "ndc": med[1], "schedule": med[4]}
            d["dose"] = med[2]
            d["route"] = med[3]
            d["administeredAt"] = P(at.strftime("%Y-%m-%dT%H:%M:%S-04:00"), "date")
            d["administeredBy"] = "%s %s, %s" % (n[0], n[1], n[2])
            d["witness"] = None
            if med[4]:
                d["countAfter"] = random.randint(4, 40)
            jw(ln, d)
        elif r < 0.52:
            s = stu(["adhd", "asthma", "t1d", "food_allergy", "seizure"])
            d = dict(base)
            d["level"] = 40
            d["msg"] = "missed dose notification queued"
            d["studentId"] = P(s["sid"], "mrn")
            d["guardian"] = {"name": P(gname(s), "name"), "sms": P(ph_fmt(s["gcell"], 2), "phone")}
            d["scheduled"] = "11:30"
            d["channel"] = "twilio"
            jw(ln, d)
        elif r < 0.58:
            s = stu(["adhd", "asthma", "t1d", "food_allergy", "seizure"])
            d = dict(base)
            d["msg"] = "medication authorization received"
            d["studentId"] = P(s["sid"], "mrn")
            d["prescriber"] = {"name": random.choice(["Dr. Leonard Abernathy", "Dr. Sapna Iyer",
                                                      "Erin Castillo, CNP"]),
                               "practice": "Westerville Pediatrics", "fax": "614-555-0231"}
            d["validThrough"] = "2025-06-04"
            d["signedByParent"] = P(d_iso(now().date() - dt.timedelta(days=random.randint(1, 20))), "date")
            jw(ln, d)
        elif r < 0.75:
            d = dict(base)
            n = nurse()
            sc = random.choice(SCHOOLS)
            d["msg"] = "controlled substance count reconciled"
            d["school"] = sc[0]
            d["cabinet"] = "%s-MED-%02d" % (sc[1], random.randint(1, 3))
            d["items"] = random.randint(6, 30)
            d["discrepancies"] = 0
            d["countedBy"] = "%s %s" % (n[0], n[1])
            d["witnessedBy"] = random.choice(TEACHERS)
            jw(ln, d)
        elif r < 0.88:
            d = dict(base)
            d["msg"] = "request completed"
            d["req"] = {"method": random.choice(["GET", "POST"]),
                        "url": random.choice(["/api/mar/today?school=011", "/api/mar/due?school=037&window=30",
                                              "/api/inventory/lots", "/api/health"]),
                        "remoteAddress": "10.31.%d.%d" % (random.randint(1, 9), random.randint(2, 250))}
            d["res"] = {"statusCode": random.choice([200, 200, 200, 304, 201])}
            d["responseTime"] = random.randint(4, 280)
            jw(ln, d)
        else:
            d = dict(base)
            d["level"] = 40
            med = random.choice(MEDS[random.choice(list(MEDS))])
            d["msg"] = "lot nearing expiration"
            d["ndc"] = med[1]
            d["lot"] = random.choice(["K4821B", "23LT0917", "FA7731", "0H23E"])
            d["exp"] = random.choice(["2024-11-30", "2024-12-31", "2025-01-31"])
            d["qty"] = random.randint(1, 12)
            jw(ln, d)
        out.append(ln)
    return out


def hl7_pid(ln, s, up, setid="1"):
    ln.t("PID|%s||" % setid).p(s["sid"], "mrn").t("^^^MVCSD^SR~").p(s["ssid"], "other_id").t("^^^OHSSID^SB||")
    ln.p(up(s["last"]), "name").t("^")
    ln.p(up(s["first"]), "name").t("^")
    ln.t(s["middle"][0] + "^^^^L||").p(d_hl7(s["dob"]), "date").t("|" + s["sex"] + "||")
    ln.t(random.choice(["2054-5^Black or African American^CDCREC", "2106-3^White^CDCREC", "2028-9^Asian^CDCREC",
                        "2131-1^Other Race^CDCREC", "1002-5^American Indian or Alaska Native^CDCREC"]))
    ln.t("|").p(s["street"].upper(), "address").t("^^").p(s["city"].upper(), "address").t("^OH^").p(s["zip"], "zip")
    ln.t("^USA^L||^PRN^PH^^^").p(s["gcell"][0], "phone").t("^").p(s["gcell"][1] + s["gcell"][2], "phone")
    ln.t("|||||||||" + random.choice(["2186-5^Not Hispanic or Latino^CDCREC", "2135-2^Hispanic or Latino^CDCREC"]))
    return ln


def fam_hl7():
    fam = "hl7_vxu"
    out = []
    t = tick(120, 1800)
    fname = "IMMZ_%s.hl7" % t.strftime("%Y%m%d_%H%M")
    k = random.randint(1, 2)
    out.append(Ln("mirth_log").t("INFO  %s [Immz Export Channel] com.mirth.connect.connectors.file.FileWriter: "
                                 "Writing batch %s (%d messages) to /opt/mirth/outbound/impactsiis/"
                                 % (f_log4net(t), fname, k)))
    out.append(Ln(fam).t("FHS|^~\\&|PowerSchool-Health|MVCSD^%s^NPI|ImpactSIIS|ODH|%s||%s|||MVCSD-F-%s"
                         % (DIST_NPI, f_hl7(t), fname, t.strftime("%Y%m%d%H%M"))))
    out.append(Ln(fam).t("BHS|^~\\&|PowerSchool-Health|MVCSD^%s^NPI|ImpactSIIS|ODH|%s" % (DIST_NPI, f_hl7(t))))
    for i in range(k):
        s = stu()
        n = nurse()
        vac = random.choice(VACCINES)
        ctl = "MVCSD%s%03d" % (t.strftime("%Y%m%d%H%M%S"), i + 1)
        adm = now().date() - dt.timedelta(days=random.randint(0, 6))
        out.append(Ln(fam).t("MSH|^~\\&|PowerSchool-Health|MVCSD^%s^NPI|ImpactSIIS|ODH|%s||VXU^V04^VXU_V04|%s|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS"
                             % (DIST_NPI, f_hl7(t), ctl)))
        up = (lambda x: fold(x).upper()) if random.random() < 0.5 else (lambda x: x.upper())
        out.append(hl7_pid(Ln(fam), s, up))
        out.append(Ln(fam).t("PD1|||||||||||02^Reminder/Recall - any method^HL70215|N"))
        rel = {"Mother": "MTH^Mother", "Father": "FTH^Father", "Grandmother": "GRD^Guardian",
               "Grandfather": "GRD^Guardian", "Guardian": "GRD^Guardian", "Aunt": "GRD^Guardian",
               "Uncle": "GRD^Guardian"}[s["rel"]]
        ln = Ln(fam).t("NK1|1|").p(up(s["glast"]), "name").t("^").p(up(s["gfirst"]), "name")
        ln.t("^^^^^L|%s^HL70063|" % rel).p(s["street"].upper(), "address").t("^^").p(s["city"].upper(), "address")
        ln.t("^OH^").p(s["zip"], "zip").t("^USA^L|^PRN^PH^^^").p(s["gcell"][0], "phone").t("^")
        ln.p(s["gcell"][1] + s["gcell"][2], "phone")
        out.append(ln)
        out.append(Ln(fam).t("ORC|RE||IZ-%d^MVCSD||||||||||^%s^%s^^^^^^^^^^^%s"
                             % (random.randint(700000, 799999), n[1], n[0], n[2].split(", ")[-1])))
        lot = random.choice(["U4823AA", "3CA21C1", "AHAVB926AA", "Y012873", "W3L441", "T7C09"])
        exp = random.choice(["20250630", "20251031", "20260331", "20250228"])
        ln = Ln(fam).t("RXA|0|1|").p(d_hl7(adm), "date").t("||%s^%s^CVX|0.5|mL^mL^UCUM||00^New immunization record^NIP001|"
                                                             % (vac[0], vac[1]))
        ln.t("^%s^%s^^^^^^^^^^^%s|^^^MVCSD-%s||||%s|%s|%s^%s^MVX|||CP|A"
             % (n[1], n[0], n[2].split(", ")[-1], s["school"][1], lot, exp, vac[2], vac[3]))
        out.append(ln)
        out.append(Ln(fam).t("RXR|C28161^Intramuscular^NCIT|%s^%s^HL70163"
                             % random.choice([("LD", "Left Arm"), ("RD", "Right Deltoid"), ("LA", "Left Arm")])))
        vfc = random.choice(["V02^VFC eligible - Medicaid/Medicaid Managed Care", "V01^Not VFC eligible",
                             "V03^VFC eligible - Uninsured"])
        out.append(Ln(fam).t("OBX|1|CE|64994-7^Vaccine funding program eligibility category^LN|1|%s^HL70064||||||F|||"
                             % vfc).p(d_hl7(adm), "date").t("|||VXC40^Eligibility captured at the immunization level^CDCPHINVS"))
    out.append(Ln(fam).t("BTS|%d" % k))
    out.append(Ln(fam).t("FTS|1"))
    if random.random() < 0.6:
        t2 = tick(2, 10)
        out.append(Ln(fam).t("MSH|^~\\&|ImpactSIIS|ODH|PowerSchool-Health|MVCSD|%s||ACK^V04^ACK|ODH%d|P|2.5.1"
                             % (f_hl7(t2), random.randint(10 ** 9, 10 ** 10 - 1))))
        if random.random() < 0.7:
            out.append(Ln(fam).t("MSA|AA|%s" % ctl))
        else:
            out.append(Ln(fam).t("MSA|AE|%s" % ctl))
            out.append(Ln(fam).t("ERR||RXA^1^11^4|103^Table value not found^HL70357|W||||Facility code not recognized: MVCSD-%s"
                                 % random.choice(SCHOOLS)[1]))
    return out


def fam_sif_agent(photo=False):
    fam = "sif_agent_log"
    out = []
    s = stu()
    ref = guid().upper()
    t = tick(5, 600)
    msgid = hexid(32).upper()
    ln = Ln(fam).t("%s DEBUG [SIFAgent-PowerSchool] SIF_Event msgId=%s Action=%s Object=StudentPersonal: "
                   % (f_log4net(t), msgid, random.choice(["Add", "Change", "Change"])))
    ln.t('<StudentPersonal RefId="%s"><LocalId>' % ref).p(s["sid"], "mrn").t("</LocalId><StateProvinceId>")
    ln.p(s["ssid"], "other_id").t('</StateProvinceId><PersonInfo><Name Type="LGL"><FamilyName>').p(xesc(s["last"]), "name")
    ln.t("</FamilyName><GivenName>").p(xesc(s["first"]), "name").t("</GivenName></Name><Demographics><Sex>%s</Sex><BirthDate>" % s["sex"])
    ln.p(d_iso(s["dob"]), "date").t("</BirthDate></Demographics>")
    if random.random() < 0.5:
        ln.t('<PhoneNumberList><PhoneNumber Type="0096"><Number>').p(ph_fmt(s["gcell"], 1), "phone").t("</Number></PhoneNumber></PhoneNumberList>")
    ln.t("</PersonInfo></StudentPersonal>")
    out.append(ln)
    if photo:
        jpg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00" + \
            rbytes(random.randint(600, 900)) + b"\xff\xd9"
        t = tick(1, 5)
        ln = Ln(fam).t("%s DEBUG [SIFAgent-PowerSchool] SIF_Event msgId=%s Action=Add Object=PersonPicture: " % (f_log4net(t), hexid(32).upper()))
        ln.t('<PersonPicture RefId="%s"><ParentObjectRefId SIF_RefObject="StudentPersonal">%s</ParentObjectRefId><SchoolYear>2025</SchoolYear><PictureSource Type="JPG">' % (guid().upper(), ref))
        ln.p(base64.b64encode(jpg).decode(), "photo").t("</PictureSource><OKToPublish>No</OKToPublish></PersonPicture>")
        out.append(ln)
    t = tick(1, 5)
    out.append(Ln(fam).t("%s INFO  [SIFAgent-PowerSchool] SIF_Ack received for msgId=%s SIF_Status Code=1 (Immediate) zone=MVCSD-HEALTH rtt=%dms"
                         % (f_log4net(t), msgid, random.randint(20, 400))))
    if random.random() < 0.4:
        t = tick(1, 30)
        out.append(Ln(fam).t("%s %s" % (f_log4net(t), random.choice([
            "INFO  [SIFAgent-PowerSchool] Pull cycle complete: 0 pending messages, next poll in 00:00:30",
            "WARN  [SIFAgent-PowerSchool] ZIS http://zis01.mvcsd.local:7080/MVCSD-HEALTH returned SIF_Error 8/1 (Transport error); retry 1 of 3",
            "INFO  [SIFAgent-PowerSchool] Agent MVCSD-PS-HEALTH registered, SIF 2.7 (US), max buffer 1048576",
        ]))))
    return out


def fam_sif(photo=None):
    fam = "sif_xml"
    out = []
    tick(30, 600)
    s = stu()
    ref = guid().upper()
    x = lambda ind, txt: out.append(Ln(fam).t(" " * ind + txt))

    def el(ind, tag, val, cat, attrs=""):
        ln = Ln(fam).t(" " * ind + "<%s%s>" % (tag, attrs)).v(xesc(val), cat).t("</%s>" % tag)
        out.append(ln)

    x(0, '<StudentPersonal RefId="%s">' % ref)
    el(2, "LocalId", s["sid"], "mrn")
    el(2, "StateProvinceId", s["ssid"], "other_id")
    x(2, "<PersonInfo>")
    x(4, '<Name Type="LGL">')
    el(6, "FamilyName", s["last"], "name")
    el(6, "GivenName", s["first"], "name")
    el(6, "MiddleName", s["middle"], "name")
    x(4, "</Name>")
    x(4, "<Demographics>")
    el(6, "Sex", s["sex"], None)
    el(6, "BirthDate", d_iso(s["dob"]), "date")
    x(6, "<CountryOfBirth>US</CountryOfBirth>")
    x(4, "</Demographics>")
    x(4, "<AddressList>")
    x(6, '<Address Type="0765" Role="012B">')
    out.append(Ln(fam).t("        <Street><Line1>").p(xesc(s["street"]), "address").t("</Line1></Street>"))
    el(8, "City", s["city"], "address")
    el(8, "StateProvince", "OH", None)
    el(8, "PostalCode", s["zip"], "zip")
    x(6, "</Address>")
    x(4, "</AddressList>")
    out.append(Ln(fam).t('    <PhoneNumberList><PhoneNumber Type="0096"><Number>').p(ph_fmt(s["gcell"], 0), "phone")
               .t("</Number></PhoneNumber></PhoneNumberList>"))
    out.append(Ln(fam).t('    <EmailList><Email Type="Primary">').p(s["semail"], "email").t("</Email></EmailList>"))
    x(2, "</PersonInfo>")
    x(2, "<MostRecent>")
    el(4, "SchoolLocalId", s["school"][0], None)
    x(4, "<YearLevel><Code>%s</Code></YearLevel>" % ("0K" if s["grade"] == 0 else str(s["grade"])))
    x(2, "</MostRecent>")
    x(2, "<SIF_Metadata><TimeElements><TimeElement><Type>SchoolYear</Type><Value>2025</Value></TimeElement></TimeElements></SIF_Metadata>")
    x(0, "</StudentPersonal>")
    if photo if photo is not None else random.random() < 0.3:
        jpg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00" + \
            rbytes(random.randint(700, 1100)) + b"\xff\xd9"
        x(0, '<PersonPicture RefId="%s">' % guid().upper())
        x(2, '<ParentObjectRefId SIF_RefObject="StudentPersonal">%s</ParentObjectRefId>' % ref)
        x(2, "<SchoolYear>2025</SchoolYear>")
        out.append(Ln(fam).t('  <PictureSource Type="JPG">').p(base64.b64encode(jpg).decode(), "photo")
                   .t("</PictureSource>"))
        x(2, "<OKToPublish>No</OKToPublish>")
        x(0, "</PersonPicture>")
    return out


def fam_edfi():
    fam = "edfi_log4net"
    out = []
    for _ in range(random.randint(2, 5)):
        t = tick(1, 60)
        th = random.choice([12, 31, 54, 77])
        r = random.random()
        ln = Ln(fam).t("%s [%d] " % (f_log4net(t), th))
        if r < 0.35:
            ln.t("INFO  EdFi.Ods.Api.Middleware.RequestResponseDetailsLoggerMiddleware - ")
            meth = random.choice(["POST", "PUT", "GET"])
            jw(ln, {"method": meth,
                    "path": random.choice(["/data/v3/ed-fi/studentHealths", "/data/v3/ed-fi/students",
                                           "/data/v3/ed-fi/studentSchoolAssociations",
                                           "/data/v3/ed-fi/studentSpecialEducationProgramAssociations"]),
                    "status": {"POST": random.choice([200, 201, 201]), "PUT": 204, "GET": random.choice([200, 200, 304])}[meth], "elapsedMs": random.randint(11, 640),
                    "clientId": "mvcsd-powerschool-prod", "correlationId": guid()})
        elif r < 0.6:
            s = stu()
            ln.t("DEBUG EdFi.Ods.Api.Middleware.RequestResponseDetailsLoggerMiddleware - Request body: ")
            body = {"studentUniqueId": P(s["sid"], "mrn"), "birthDate": P(d_iso(s["dob"]), "date"),
                    "firstName": P(s["first"], "name"), "lastSurname": P(s["last"], "name")}
            if random.random() < 0.5:
                body["middleName"] = P(s["middle"], "name")
            if random.random() < 0.5:
                body["birthCity"] = P(random.choice(["Columbus", "Mogadishu", "Lagos", "Guadalajara", "Toledo",
                                                      "Osaka", "Kraków", "Dayton"]), "address")
            body["birthSexDescriptor"] = "uri://ed-fi.org/SexDescriptor#" + ("Male" if s["sex"] == "M" else "Female")
            jw(ln, body)
        elif r < 0.72:
            s = stu()
            ln.t("DEBUG EdFi.Ods.Api.Middleware.RequestResponseDetailsLoggerMiddleware - Request body: ")
            vac = random.choice(VACCINES)
            jw(ln, {"studentReference": {"studentUniqueId": P(s["sid"], "mrn")},
                    "educationOrganizationReference": {"educationOrganizationId": 255901001 + int(s["school"][0])},
                    "asOfDate": P(d_iso(now().date()), "date"),
                    "requiredImmunizations": [{"immunizationTypeDescriptor": "uri://ed-fi.org/ImmunizationTypeDescriptor#" + vac[1],
                                               "dates": [{"immunizationDate": P(d_iso(s["dob"] + dt.timedelta(days=random.randint(400, 3000))), "date")}]}],
                    "hearingScreeningResult": "uri://ed-fi.org/ScreeningResultDescriptor#Pass"})
        elif r < 0.82:
            s = stu()
            ln.t("WARN  EdFi.Ods.Api.ExceptionHandling.ProblemDetailsExceptionHandler - 409 Conflict: The referenced "
                 "'Student' resource does not exist. (studentUniqueId=").p(s["sid"], "mrn").t(", traceId=%s)" % hexid(32))
        else:
            ln.t(random.choice([
                "INFO  EdFi.Ods.Api.Startup - Ed-Fi ODS/API 7.2.1346 starting (Data Standard 5.1.0)",
                "INFO  EdFi.Ods.Common.Caching.DescriptorsCache - Descriptor cache refreshed: 4,812 entries in 1,204 ms",
                "WARN  EdFi.Ods.Api.Security.Authentication.OAuthTokenValidator - Token expired for client mvcsd-powerschool-prod; re-authenticating",
                "INFO  EdFi.Admin.DataAccess.Repositories.ClientAppRepo - API client 'mvcsd-healthoffice' key rotated by admin@mvcsd.org",
                "ERROR EdFi.Ods.Api.ExceptionHandling - Npgsql.NpgsqlException (0x80004005): Exception while reading from stream ---> System.TimeoutException: Timeout during reading attempt",
            ]))
        out.append(ln)
    return out


def fam_screening():
    fam = "screening_csv"
    out = []
    t = tick(60, 1200)
    sc = random.choice(SCHOOLS)
    sdate = now().date()
    kind = random.choice(["VISION", "HEARING"])
    screener = random.choice(NURSES)
    eq = "Plusoptix S12C SN 0412873" if kind == "VISION" else "Maico MA 25 SN 4471-2281"
    out.append(Ln(fam).t("# %s screening import | building %s (%s) | screener %s %s | equipment %s | file screen_%s_%s_%s.csv"
                         % (kind.lower(), sc[0], sc[2], screener[0][0] + ".", screener[1], eq, sc[1],
                            kind.lower(), t.strftime("%Y%m%d"))))
    out.append(Ln(fam).t("screening_date,student_number,last_name,first_name,dob,grade,screen_type,right,left,result,referral_sent,screener"))
    k = random.randint(2, 5)
    refer = 0
    pool = [x for x in STUDENTS if x["school"] == sc] or STUDENTS
    for s in random.sample(pool, min(k, len(pool))):
        ln = Ln(fam)
        if kind == "VISION":
            rr = random.choice(["20/20", "20/25", "20/32", "20/40", "20/50"])
            ll = random.choice(["20/20", "20/25", "20/32", "20/40", "20/63"])
            res = "REFER" if (rr in ("20/40", "20/50") or ll in ("20/40", "20/63")) else "PASS"
            st = "VISION_DIST"
        else:
            rr = random.choice(["P", "P", "P", "F(2k,4k)"])
            ll = random.choice(["P", "P", "F(4k)"])
            res = "PASS" if rr == "P" and ll == "P" else "RESCREEN"
            st = "HEARING_PT_20DB"
        refer += res != "PASS"
        csv_row(ln, [(d_us0(sdate), "date"), (s["sid"], "mrn"), (s["last"], "name"), (s["first"], "name"),
                     (d_us0(s["dob"]), "date"), s["grade"], st, rr, ll, res, "Y" if res == "REFER" else "N",
                     screener[3]])
        out.append(ln)
    if random.random() < 0.5:
        scr = k + random.randint(150, 260)
        rf = refer + random.randint(5, 15)
        out.append(Ln(fam).t("# batch summary: screened=%d pass=%d refer/rescreen=%d absent=%d elapsed=00:00:%02d"
                             % (scr, scr - rf, rf, random.randint(2, 12), random.randint(2, 59))))
    return out


def fam_x12_837():
    fam = "x12_837"
    out = []
    t = tick(300, 3000)
    icn = "%09d" % random.randint(1, 999999999)
    g = str(random.randint(1000, 9999))
    L = lambda s: out.append(Ln(fam).t(s))
    L("ISA*00*          *00*          *ZZ*MVCSD3904455   *ZZ*OHMCD          *%s*%s*^*00501*%s*0*P*:~"
      % (t.strftime("%y%m%d"), t.strftime("%H%M"), icn))
    L("GS*HC*MVCSD3904455*OHMCD*%s*%s*%s*X*005010X222A1~" % (t.strftime("%Y%m%d"), t.strftime("%H%M"), g))
    L("ST*837*0001*005010X222A1~")
    L("BHT*0019*00*SBS%s%s*%s*%s*CH~" % (t.strftime("%y%m%d"), g, t.strftime("%Y%m%d"), t.strftime("%H%M")))
    L("NM1*41*2*MAPLE VALLEY CITY SCHOOL DISTRICT*****46*3904455~")
    L("PER*IC*MEDICAID BILLING OFFICE*TE*6145550100*FX*6145550109~")
    L("NM1*40*2*OHIO DEPARTMENT OF MEDICAID*****46*OHMCD~")
    L("HL*1**20*1~")
    L("NM1*85*2*MAPLE VALLEY CITY SCHOOL DISTRICT*****XX*%s~" % DIST_NPI)
    L("N3*%s~" % DIST_ADDR[0].upper())
    L("N4*%s*%s*%s0001~" % (DIST_ADDR[1].upper(), DIST_ADDR[2], DIST_ADDR[3]))
    L("REF*EI*%s~" % DIST_EIN.replace("-", ""))
    hl = 2
    pool = [s for s in STUDENTS if s["medicaid"]]
    for _ in range(random.randint(1, 2)):
        s = random.choice(pool)
        th = random.choice(THERAPISTS)
        L("HL*%d*1*22*0~" % hl)
        hl += 1
        L("SBR*P*18*******MC~")
        ln = Ln(fam).t("NM1*IL*1*").p(fold(s["last"]).upper(), "name").t("*").p(fold(s["first"]).upper(), "name")
        ln.t("*%s***MI*" % s["middle"][0]).p(s["medicaid"], "health_plan").t("~")
        out.append(ln)
        out.append(Ln(fam).t("N3*").p(s["street"].upper(), "address").t("~"))
        out.append(Ln(fam).t("N4*").p(s["city"].upper(), "address").t("*OH*").p(s["zip"], "zip").t("~"))
        out.append(Ln(fam).t("DMG*D8*").p(d_hl7(s["dob"]), "date").t("*%s~" % s["sex"]))
        L("NM1*PR*2*OHIO DEPARTMENT OF MEDICAID*****PI*OHMCD~")
        svc = {"SLP": ("92507", "GN", "F80.2"), "OT": ("97530", "GO", "F82"), "PT": ("97110", "GP", "R26.89")}[th[4]]
        units = random.choice([1, 2, 2, 4])
        amt = units * random.choice([18.75, 22.4, 31.1])
        L("CLM*SBS%s%05d*%.2f***03:B:1*Y*A*Y*Y~" % (t.strftime("%y%m%d"), random.randint(1, 99999), amt))
        L("HI*ABK:%s~" % svc[2].replace(".", ""))
        L("REF*G1*PA%08d~" % random.randint(0, 99999999))
        L("NM1*82*1*%s*%s****XX*%s~" % (fold(th[1]).upper(), fold(th[0]).upper(), th[5]))
        L("PRV*PE*PXC*%s~" % {"SLP": "235Z00000X", "OT": "225X00000X", "PT": "225100000X"}[th[4]])
        L("LX*1~")
        L("SV1*HC:%s:%s:TM*%.2f*UN*%d***1~" % (svc[0], svc[1], amt, units))
        sd = now().date() - dt.timedelta(days=random.randint(1, 12))
        out.append(Ln(fam).t("DTP*472*D8*").p(d_hl7(sd), "date").t("~"))
    L("SE*%d*0001~" % (len(out) - 1))
    L("GE*1*%s~" % g)
    L("IEA*1*%s~" % icn)
    return out


def fam_x12_270(want_ssn=False):
    fam = "x12_270"
    out = []
    t = tick(60, 900)
    L = lambda s: out.append(Ln(fam).t(s))
    L("ST*270*%04d*005010X279A1~" % random.randint(1, 9999))
    L("BHT*0022*13*ELIG%s%04d*%s*%s~" % (t.strftime("%y%m%d"), random.randint(0, 9999), t.strftime("%Y%m%d"),
                                         t.strftime("%H%M%S")))
    L("HL*1**20*1~")
    L("NM1*PR*2*OHIO DEPARTMENT OF MEDICAID*****PI*OHMCD~")
    L("HL*2*1*21*1~")
    L("NM1*1P*2*MAPLE VALLEY CITY SCHOOL DISTRICT*****XX*%s~" % DIST_NPI)
    L("HL*3*2*22*0~")
    L("TRN*1*%d*1316001874~" % random.randint(10 ** 8, 10 ** 9))
    s = random.choice([x for x in STUDENTS if x["ssn"]]) if want_ssn else stu()
    ln = Ln(fam).t("NM1*IL*1*").p(fold(s["last"]).upper(), "name").t("*").p(fold(s["first"]).upper(), "name")
    if s["medicaid"]:
        ln.t("****MI*").p(s["medicaid"], "health_plan").t("~")
    else:
        ln.t("~")
    out.append(ln)
    if s["ssn"]:
        out.append(Ln(fam).t("REF*SY*").p(s["ssn"].replace("-", ""), "ssn").t("~"))
    out.append(Ln(fam).t("DMG*D8*").p(d_hl7(s["dob"]), "date").t("~"))
    out.append(Ln(fam).t("DTP*291*D8*%s~" % t.strftime("%Y%m%d")))
    L("EQ*30~")
    L("SE*%d*0001~" % (len(out) + 1))
    return out


def fam_plan():
    fam = "plan_audit_txt"
    out = []
    for _ in range(random.randint(1, 4)):
        t = tick(20, 900)
        co = random.choice(COORDS)
        ln = Ln(fam).t("[%s] " % t.strftime("%Y-%m-%d %H:%M:%S"))
        r = random.random()
        if r < 0.25:
            s = stu()
            rev = now().date() + dt.timedelta(days=random.randint(150, 365))
            ln.t("PLAN_SAVED type=504 case=").p(s["case504"], "other_id").t(' student="').p(sname(s), "name")
            ln.t('" sid=').p(s["sid"], "mrn").t(" school=%s coordinator=\"%s. %s\" accommodations=%d review_due="
                                                % (s["school"][1], co[0][0], co[1], random.randint(3, 9)))
            ln.p(d_iso(rev), "date").t(" version=%d" % random.randint(1, 6))
        elif r < 0.4:
            s = stu(["t1d", "seizure", "food_allergy", "asthma"])
            ln.t("IHP_UPDATED plan=").p(s["ihp"], "other_id").t(" sid=").p(s["sid"], "mrn").t(' student="')
            ln.p("%s, %s" % (s["last"], s["first"]), "name").t('" condition="%s"' % {
                "t1d": "Type 1 diabetes", "seizure": "Seizure disorder", "food_allergy": "Peanut/tree nut allergy (anaphylaxis)",
                "asthma": "Asthma, moderate persistent"}[s["cond"]])
            if s["cond"] == "t1d":
                ln.t(' pump="Tandem t:slim X2" pump_sn=').p(s["pump_sn"], "device").t(' cgm="Dexcom G7" cgm_sn=')
                ln.p(s["cgm_sn"], "device")
            ln.t(' emergency_contact="').p(gname(s), "name").t(" (%s) " % s["rel"].lower()).p(ph_fmt(s["gcell"], 1), "phone").t('"')
            if s["ec2"]:
                e = s["ec2"]
                ln.t(' emergency_contact_2="').p("%s %s" % (e[0], e[1]), "name").t(" (%s, " % e[2]).p(str(e[3]), "age")
                ln.t(") ").p(ph_fmt(e[4], 1), "phone").t('"')
            ln.t(" updated_by=%s" % random.choice(NURSES)[3])
        elif r < 0.53:
            s = random.choice([x for x in STUDENTS if x["ec2"]])
            e = s["ec2"]
            ln.t("CONTACT_ADDED sid=").p(s["sid"], "mrn").t(' contact="').p("%s %s" % (e[0], e[1]), "name")
            ln.t('" relationship="%s" age=' % e[2]).p(str(e[3]), "age").t(" phone=").p(ph_fmt(e[4], 1), "phone")
            ln.t(" priority=2 pickup_authorized=false")
        elif r < 0.62:
            s = stu()
            md = now().date() + dt.timedelta(days=random.randint(3, 30))
            while md.weekday() >= 5:
                md += dt.timedelta(days=1)
            ln.t("MEETING_SCHEDULED case=").p(s["case504"], "other_id").t(" date=").p(d_iso(md), "date")
            ln.t(" time=%02d:%02d room=\"%s Conference Rm B\" invitees=" % (random.randint(7, 15), random.choice([0, 15, 30, 45]), s["school"][1]))
            ln.p(s["gemail"], "email").t(",%s@mvcsd.org,%s" % (co[2], random.choice(THERAPISTS)[3] + "@mvcsd.org"))
        elif r < 0.7:
            s = stu(["hearing"])
            ln.t("EVAL_RESULT case=").p(s["case504"], "other_id").t(" area=hearing audiologist=\"Dr. P. Lindahl, AuD\" device=\"Phonak Sky L-PR\" device_sn=")
            ln.p(s["ha_sn"], "device").t(" fm_system=Roger Touchscreen classroom_mic=%s" % random.choice(TEACHERS).replace(" ", "_"))
        else:
            ln.t(random.choice([
                'TEMPLATE_UPDATED name="504 Accommodations v3.2" by=%s@mvcsd.org' % co[2],
                "REPORT_RUN report=OpenPlansBySchool rows=%d elapsed=%.1fs user=%s" % (random.randint(300, 480), random.uniform(0.4, 3.0), co[2]),
                "REMINDER_JOB sent=%d failed=0 channel=email from=noreply@mvcsd.org" % random.randint(10, 60),
                "LOGIN user=%s ip=10.20.%d.%d mfa=duo" % (co[2], random.randint(1, 40), random.randint(2, 250)),
                "EXPORT_STATE_REPORT kind=EMIS_FS records=%d period=2024-10 status=OK" % random.randint(800, 1300),
                "PLAN_ARCHIVED count=%d reason=\"graduated/withdrawn\" job=nightly" % random.randint(1, 9),
            ]))
        out.append(ln)
    return out


def fam_portal():
    fam = "portal_aspnet_json"
    out = []
    for _ in range(random.randint(1, 3)):
        t = tick(10, 600)
        r = random.random()
        ln = Ln(fam)
        if r < 0.35:
            s = stu()
            n = [x for x in NURSES][random.randint(0, 3)]
            subj = random.choice(["%s's inhaler refill" % s["first"], "Medication form for %s" % s["first"],
                                  "%s will be absent - dentist appt" % s["first"], "Question about %s's hearing screening" % s["first"]])
            fn = s["first"]
            pre, post = subj.split(fn, 1)
            mid = random.randint(80000, 99999)
            d = {"EventId": 2104, "LogLevel": "Information", "Category": "ParentPortal.Messaging.MessageService",
                 "Message": S(("Message %d sent from guardian " % mid, None),
                              (s["gemail"], "email"), (" to nurse inbox %s" % s["school"][1], None)),
                 "State": {"MessageId": mid, "GuardianEmail": P(s["gemail"], "email"),
                           "StudentNumber": P(s["sid"], "mrn"), "Subject": S((pre, None), (fn, "name"), (post, None)),
                           "Recipient": "%s %s" % (n[0], n[1]),
                           "{OriginalFormat}": "Message {MessageId} sent from guardian {GuardianEmail} to nurse inbox {School}"}}
            jw(ln, d)
        elif r < 0.5:
            s = stu()
            d = {"EventId": 1001, "LogLevel": "Information", "Category": "ParentPortal.Auth.SignInHandler",
                 "Message": S(("Guardian ", None), (s["guser"], "other_id"), (" signed in from ", None), (s["gip"], "ip")),
                 "State": {"UserName": P(s["guser"], "other_id"), "RemoteIp": P(s["gip"], "ip"),
                           "ProfileUrl": P("https://portal.mvcsd.org/guardian/u/" + s["guser"], "url"),
                           "FamilyAccountNumber": P(s["fam_acct"], "account"), "Mfa": False}}
            jw(ln, d)
        elif r < 0.58:
            s = stu()
            d = {"EventId": 3310, "LogLevel": "Information", "Category": "ParentPortal.Profile.AddressChangeService",
                 "Message": "Address change request queued for registrar review",
                 "State": {"RequestId": random.randint(10000, 99999), "StudentNumber": P(s["sid"], "mrn"),
                           "NewAddress": {"Line1": P(s["street"], "address"), "City": P(s["city"], "address"),
                                          "State": "OH", "Zip": P(s["zip"], "zip")},
                           "ProofOfResidency": "utility_bill.pdf", "SubmittedBy": P(s["guser"], "other_id")}}
            jw(ln, d)
        elif r < 0.66:
            s = stu()
            ap = now().date() + dt.timedelta(days=random.randint(1, 14))
            n = nurse()
            body = "Hi Nurse %s, %s has an appointment with the allergist on %s so please send the EpiPen home. Call me at %s. Thanks, %s" % (
                n[1], s["first"], d_us(ap), ph_fmt(s["gcell"], 1), s["gfirst"])
            d = {"EventId": 2110, "LogLevel": "Debug", "Category": "ParentPortal.Messaging.MessageService",
                 "Message": "Persisted message body",
                 "State": {"Body": S(("Hi Nurse %s, " % n[1], None), (s["first"], "name"),
                                     (" has an appointment with the allergist on ", None), (d_us(ap), "date"),
                                     (" so please send the EpiPen home. Call me at ", None), (ph_fmt(s["gcell"], 1), "phone"),
                                     (". Thanks, ", None), (s["gfirst"], "name")),
                           "Length": len(body)}}
            jw(ln, d)
        else:
            msg = random.choice([
                ("Microsoft.AspNetCore.Hosting.Diagnostics", "Information", 2,
                 "Request finished HTTP/2 GET https://portal.mvcsd.org/guardian/home - 200 - text/html;+charset=utf-8 %d.%04dms" % (random.randint(20, 300), random.randint(0, 9999))),
                ("ParentPortal.Notifications.EmailSender", "Information", 3001,
                 "Notification email sent to %s@mvcsd.org from noreply@mvcsd.org (template NurseInboxNewMessage)" % nurse()[3]),
                ("Microsoft.EntityFrameworkCore.Database.Command", "Warning", 20100,
                 "Executed DbCommand (%dms) [Parameters=[@__guardianId_0='?' (DbType = Int32)], CommandType='Text', CommandTimeout='30']" % random.randint(900, 4000)),
                ("ParentPortal.HealthChecks", "Information", 0, "Health check redis completed after %.4fms with status Healthy" % random.uniform(0.5, 9)),
                ("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", "Information", 58,
                 "Creating key {%s} with creation date 2024-10-14 05:00:02Z, activation date 2024-10-16 05:00:02Z, and expiration date 2025-01-12 05:00:02Z." % guid()),
            ])
            jw(ln, {"EventId": msg[2], "LogLevel": msg[1], "Category": msg[0], "Message": msg[3], "State": {}})
        out.append(ln)
    return out


def fam_nginx():
    fam = "nginx_access"
    out = []
    for _ in range(random.randint(2, 5)):
        t = tick(1, 120)
        r = random.random()
        ln = Ln(fam)
        ua = random.choice(AGENTS)
        if r < 0.4:
            s = stu()
            ln.p(s["gip"], "ip").t(" - - [%s] \"" % f_nginx(t))
            path = random.choice(["/guardian/students/%s/health", "/guardian/messages/new?studentId=%s",
                                  "/guardian/students/%s/immunizations.pdf", "/guardian/forms/medication-authorization?sid=%s"])
            a, b = path.split("%s")
            ln.t("%s " % random.choice(["GET", "GET", "POST"]) + a).p(s["sid"], "mrn").t(b)
            ln.t(' HTTP/2.0" %d %d "https://portal.mvcsd.org/guardian/home" "%s"' % (random.choice([200, 200, 302]), random.randint(900, 48000), ua))
        elif r < 0.55:
            s = stu()
            ln.p(s["gip"], "ip").t(' - - [%s] "GET /guardian/home HTTP/2.0" 200 %d "-" "%s"' % (f_nginx(t), random.randint(8000, 30000), ua))
        else:
            ip = random.choice(["10.31.2.14", "10.31.7.201", "192.168.40.12", "172.20.3.8", "10.20.0.5"])
            req = random.choice(['GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"',
                                 'GET /static/js/main.4f9c2a1b.js HTTP/2.0" 200 184223 "https://portal.mvcsd.org/guardian/home" "%s"' % ua,
                                 'GET /favicon.ico HTTP/2.0" 404 153 "-" "%s"' % ua,
                                 'POST /api/nurse/inbox/ack HTTP/1.1" 204 0 "-" "HealthOffice/3.2.1 (.NET 8.0.8)"',
                                 'GET /robots.txt HTTP/1.1" 200 67 "-" "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"'])
            ln.t('%s - - [%s] "%s' % (ip, f_nginx(t), req))
        out.append(ln)
    return out


def fam_tele(bio=None, card=None):
    fam = "telehealth_webhook_json"
    out = []
    s = stu()
    doc = random.choice(TELE_DOCS)
    vis = "vis_" + b62(10)
    t = tick(60, 1200)
    sched = (t + dt.timedelta(minutes=random.randint(10, 40))).replace(second=0, microsecond=0)
    at_home = random.random() < 0.4
    ev = {"id": "evt_01J" + b62(23).upper(), "type": "visit.scheduled", "created_at": f_isoz(t)}
    patient = {"id": P(s["tele_pid"], "mrn"), "external_id": P(s["sid"], "mrn"),
               "first_name": P(s["first"], "name"), "last_name": P(s["last"], "name"),
               "date_of_birth": P(d_iso(s["dob"]), "date"), "grade": s["grade"],
               "school": s["school"][2]}
    if random.random() < 0.4:
        patient["county"] = P(s["county"], "address")
    elif random.random() < 0.5:
        patient["address"] = {"line1": P(s["street"], "address"), "city": P(s["city"], "address"), "state": "OH",
                              "postal_code": P(s["zip"], "zip")}
    data = {"visit_id": vis, "patient": patient,
            "guardian": {"name": P(gname(s), "name"), "phone": P(ph_fmt(s["gcell"], 2), "phone"),
                         "relationship": s["rel"].lower(), "consent_on_file": True},
            "scheduled_for": P(sched.strftime("%Y-%m-%dT%H:%M:%S-04:00"), "date"),
            "provider": {"name": "%s %s, %s" % (doc[0], doc[1], doc[2]), "npi": doc[3]},
            "reason": random.choice(["sore throat", "rash", "ear pain", "pink eye", "behavioral health follow-up"])}
    if random.random() < 0.5:
        if s["medicaid"]:
            data["coverage"] = {"type": "medicaid", "member_id": P(s["medicaid"], "health_plan"), "plan": "CareSource"}
        else:
            data["coverage"] = {"type": "commercial", "payer": s["priv"][0], "member_id": P(s["priv"][1], "health_plan"),
                                "group_number": s["priv"][2]}
    if random.random() < 0.5:
        slug = "%s-%s-%s" % (fold(s["first"]).lower(), fold(s["last"]).lower().replace(" ", "-").replace("'", ""), s["sid"])
        data["join_url"] = P("https://mvcsd.clearstephealth.com/waiting-room/" + slug, "url")
    else:
        data["join_url"] = "https://join.clearstephealth.com/v/" + b62(8)
    ev["data"] = data
    out.append(jw(Ln(fam), ev, sep=(",", ":")))
    # session telemetry
    t = tick(600, 1800)
    ln = Ln(fam)
    dev = {"type": "chromebook", "serial": P(s["chromebook"], "device"), "os": "ChromeOS 128.0.6613.133"}
    if random.random() < 0.5:
        mac = ":".join("%02x" % random.randint(0, 255) for _ in range(6))
        dev["mac"] = P(mac, "device")
    net = {"client_ip": P(s["gip"], "ip") if at_home else "10.%d.%d.%d" % (random.choice([31, 32, 40]), random.randint(1, 20), random.randint(2, 250)),
           "rtt_ms": random.randint(18, 140), "jitter_ms": random.randint(1, 20), "turn_relay": "turn-use2.clearstephealth.com:3478"}
    jw(ln, {"id": "evt_01J" + b62(23).upper(), "type": "session.joined", "created_at": f_isoz(t),
            "data": {"visit_id": vis, "participant": "patient", "device": dev, "network": net}})
    out.append(ln)
    if bio if bio is not None else random.random() < 0.15:
        t = tick(5, 60)
        ln = Ln(fam)
        tmpl = base64.b64encode(b"FTPL\x02\x00" + rbytes(random.choice([180, 240]))).decode()
        jw(ln, {"id": "evt_01J" + b62(23).upper(), "type": "identity.verified", "created_at": f_isoz(t),
                "data": {"visit_id": vis, "subject": "guardian", "method": "face_match", "score": round(random.uniform(0.9, 0.99), 3),
                         "face_template": P(tmpl, "biometric"), "template_format": "ISO/IEC 19794-5"}})
        out.append(ln)
    t = tick(600, 1500)
    out.append(jw(Ln(fam), {"id": "evt_01J" + b62(23).upper(), "type": "visit.completed", "created_at": f_isoz(t),
                            "data": {"visit_id": vis, "duration_sec": random.randint(420, 1500),
                                     "disposition": random.choice(["returned_to_class", "sent_home", "referred_to_pcp"]),
                                     "rx_sent": random.random() < 0.3, "summary_available": True}}))
    if random.random() < 0.5:
        t = tick(1, 10)
        out.append(Ln("python_logging").t("%s INFO clearstep.webhooks: processed %d events for district mvcsd in %d ms (queue depth %d, worker tele-sync-%d)"
                                          % (f_log4net(t), len(out), random.randint(40, 900), random.randint(0, 12), random.randint(1, 4))))
    if card if card is not None else random.random() < 0.1:
        t = tick(1, 10)
        pan = "4" + "".join(random.choice("0123456789") for _ in range(14))
        pan += luhn_digit(pan)
        ln = Ln("python_logging").t("%s ERROR clearstep.billing: copay charge declined for visit %s card=" % (f_log4net(t), vis))
        ln.p(pan, "account").t(" exp=%02d/%02d cardholder=\"" % (random.randint(1, 12), random.randint(25, 29)))
        ln.p(gname(s), "name").t("\" reason=do_not_honor amount=$15.00 gateway_ref=ch_%s" % b62(16))
        out.append(ln)
    return out


def fam_ps():
    fam = "ps_transcript"
    out = []
    t = tick(300, 3600)
    L = lambda s: out.append(Ln(fam).t(s))
    script = random.choice(["Export-ImmzCompliance.ps1", "Sync-NurseVisits.ps1", "Invoke-MedicaidExtract.ps1"])
    L("**********************")
    L("Windows PowerShell transcript start")
    L("Start time: %s" % t.strftime("%Y%m%d%H%M%S"))
    L("Username: MVCSD\\svc_healthsync")
    L("RunAs User: MVCSD\\svc_healthsync")
    L("Configuration Name: ")
    L("Machine: HLTH-SYNC01 (Microsoft Windows NT 10.0.17763.0)")
    L("Host Application: C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -NoProfile -ExecutionPolicy Bypass -File D:\\Jobs\\%s" % script)
    L("Process ID: %d" % random.randint(1200, 9800))
    L("PSVersion: 5.1.17763.6189")
    L("PSEdition: Desktop")
    L("BuildVersion: 10.0.17763.6189")
    L("**********************")
    L("Transcript started, output file is D:\\Logs\\%s_%s.txt" % (script[:-4], t.strftime("%Y%m%d_%H%M%S")))
    L("VERBOSE: Connecting to SISDB01\\PSPROD (database PSHEALTH) as MVCSD\\svc_healthsync")
    rows = random.randint(1200, 9000)
    L("VERBOSE: Query returned %d rows in 00:00:%02d.%07d" % (rows, random.randint(1, 9), random.randint(0, 9999999)))
    for _ in range(random.randint(1, 4)):
        s = stu()
        r = random.random()
        ln = Ln(fam)
        if r < 0.4:
            ln.t("WARNING: Student ").p(s["sid"], "mrn").t(" (").p("%s, %s" % (s["last"], s["first"]), "name")
            ln.t(") DOB ").p(d_iso(s["dob"]), "date").t(" has no %s recorded; flagged NONCOMPLIANT" % random.choice(["MMR dose 2", "Tdap", "MenACWY dose 1", "Varicella dose 2", "IPV dose 4"]))
        elif r < 0.6:
            ln.t("WARNING: Skipping row %d: SSID " % random.randint(2, rows)).p(s["ssid"], "other_id").t(" does not match LocalId ")
            ln.p(s["sid"], "mrn").t(" in state roster")
        elif r < 0.8 and s["medicaid"]:
            ln.t("VERBOSE: Medicaid ID ").p(s["medicaid"], "health_plan").t(" verified for ").p(sname(s), "name")
        else:
            ln.t("VERBOSE: Processed batch %d/%d (%d rows)" % (random.randint(1, 9), 9, random.randint(100, 1000)))
        out.append(ln)
    out_file = "D:\\Exports\\%s_%s.csv" % (script.split("-")[1][:-4], t.strftime("%Y%m%d"))
    L("VERBOSE: Wrote %s (%d rows, %s bytes)" % (out_file, rows, "{:,}".format(rows * random.randint(90, 140))))
    if random.random() < 0.5:
        L("VERBOSE: Uploading %s to sftp://sftp.impactsiis.odh.ohio.gov:22/inbound/MVCSD/ (WinSCP 6.3.5)" % out_file)
        L("VERBOSE: Upload complete: %s KB in %.1f s" % (random.randint(100, 900), random.uniform(0.5, 9)))
    else:
        L("PS>TerminatingError(Invoke-Sqlcmd): \"Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.\"")
        L(">> TerminatingError(Invoke-Sqlcmd): \"Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.\"")
    t2 = tick(30, 300)
    L("**********************")
    L("Windows PowerShell transcript end")
    L("End time: %s" % t2.strftime("%Y%m%d%H%M%S"))
    L("**********************")
    return out


SERILOG_NOPHI = [
    "Request starting HTTP/1.1 GET http://hlth-api01:5000/api/v2/visits?schoolId={sc}&date={d} - - -",
    "Request finished HTTP/1.1 GET http://hlth-api01:5000/api/v2/visits?schoolId={sc}&date={d} - 200 - application/json;+charset=utf-8 {ms}ms",
    "Executed DbCommand ({n}ms) [Parameters=[@__schoolId_0='?' (DbType = Int32)], CommandType='Text', CommandTimeout='30']",
    "Health check sqlserver completed with status Healthy in {n}.4 ms",
    "Now listening on: http://[::]:5000",
    "Application started. Press Ctrl+C to shut down.",
    "Hosting environment: Production",
    "Retrying SIS sync in 00:00:30 (attempt {a} of 5)",
    "Refreshed OAuth token for client mvcsd-health-prod, expires {iso}",
    "User {staff}@mvcsd.org signed in from 10.31.{o}.{o2}",
    "Background job NightlyMarRollover completed: {n},204 MAR entries closed in 00:00:07.1180000",
    "Standing order set 'Acetaminophen/Ibuprofen 2024-25' published by {staff}@mvcsd.org (signed by Dr. L. Abernathy, district medical advisor)",
    "Printer NURSE-{bld}-ZD421 (10.31.{o}.{o2}) offline, queued label job {n}",
]


def fam_serilog():
    fam = "serilog_text"
    out = []
    for _ in range(random.randint(1, 4)):
        t = tick(2, 300)
        r = random.random()
        ln = Ln(fam).t(f_serilog(t) + " ")
        if r < 0.5:
            sc = random.choice(SCHOOLS)
            tpl = random.choice(SERILOG_NOPHI)
            lvl = "WRN" if ("Retrying" in tpl or "offline" in tpl) else ("DBG" if "DbCommand" in tpl else "INF")
            m = tpl.format(sc=sc[0], d=d_iso(t.date()), ms="%d.%04d" % (random.randint(5, 400), random.randint(0, 9999)),
                                                    n=random.randint(2, 900), a=random.randint(2, 4), iso=f_isoz(t + dt.timedelta(hours=1)),
                                                    staff=random.choice(NURSES + [("x", "y", "z", c[2]) for c in COORDS])[3],
                                                    o=random.randint(1, 40), o2=random.randint(2, 250), bld=sc[1])
            ln.t("[%s] %s" % (lvl, m))
        elif r < 0.68:
            s = stu()
            ln.t("[INF] Visit %d created for student " % random.randint(440000, 479999)).p(s["sid"], "mrn").t(" (")
            ln.p(sname(s), "name").t(") at %s by %s" % (s["school"][2], nurse()[3]))
        elif r < 0.76:
            s = stu(["food_allergy"])
            ln.t("[WRN] Allergy alert acknowledged: student ").p(s["sid"], "mrn").t(" has documented allergy to Peanut (anaphylaxis); epinephrine on file, cafeteria roster %s notified" % s["school"][1])
        elif r < 0.84:
            s = stu()
            ln.t("[ERR] Failed to send parent notification SMS to ").p(ph_fmt(s["gcell"], 2), "phone").t(" for student ")
            ln.p(s["sid"], "mrn").t(": Twilio error 21610 (Attempt to send to unsubscribed recipient)")
        elif r < 0.86:
            s = random.choice([x for x in STUDENTS if x["ec2"]])
            e = s["ec2"]
            ln.t("[WRN] Pickup denied at %s front office: " % s["school"][1]).p("%s %s" % (e[0], e[1]), "name")
            ln.t(" (%s, age " % e[2]).p(str(e[3]), "age").t(") not on authorized list for student ").p(s["sid"], "mrn")
        elif r < 0.92:
            s = stu()
            ln.t("[INF] Emergency contact updated for student ").p(s["sid"], "mrn").t(": ").p(gname(s), "name").t(" ")
            ln.p(ph_fmt(s["gcell"], 0), "phone")
            if s["ghome"]:
                ln.t(" / home ").p(ph_fmt(s["ghome"], 0), "phone")
        else:
            ln.t("[ERR] Unhandled exception while loading open visits for school %s" % random.choice(SCHOOLS)[0])
            out.append(ln)
            out.append(Ln(fam).t("System.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding."))
            out.append(Ln(fam).t(" ---> System.ComponentModel.Win32Exception (258): The wait operation timed out."))
            out.append(Ln(fam).t("   at System.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)"))
            out.append(Ln(fam).t("   at HealthOffice.Data.VisitRepository.GetOpenVisitsAsync(Int32 schoolId, CancellationToken ct) in D:\\a\\1\\s\\src\\HealthOffice.Data\\VisitRepository.cs:line 142"))
            out.append(Ln(fam).t("   at HealthOffice.Api.Controllers.VisitsController.GetOpen(Int32 schoolId) in D:\\a\\1\\s\\src\\HealthOffice.Api\\Controllers\\VisitsController.cs:line 57"))
            ln = Ln(fam).t("ClientConnectionId:%s" % guid())
        out.append(ln)
    return out


def fam_nlog():
    fam = "nlog_text"
    out = []
    for _ in range(random.randint(1, 4)):
        t = tick(1, 240)
        ln = Ln(fam).t(f_nlog(t) + "|")
        r = random.random()
        if r < 0.22:
            s = stu()
            th = random.choice(THERAPISTS)
            sd = now().date() - dt.timedelta(days=random.randint(0, 5))
            cpt = {"SLP": "92507", "OT": "97530", "PT": "97110"}[th[4]]
            ln.t("INFO|MedicaidBilling.Worker.SessionImporter|Session %d imported: %s %s (%s), CPT %s, %d min, student " %
                 (random.randint(88000, 99999), th[0], th[1], th[4], cpt, random.choice([15, 30, 30, 45])))
            ln.p(s["sid"], "mrn").t(", service date ").p(d_iso(sd), "date")
        elif r < 0.34:
            s = random.choice([x for x in STUDENTS if not x["medicaid"]])
            ln.t("WARN|MedicaidBilling.Worker.ClaimBuilder|Skipping session %d: student " % random.randint(88000, 99999))
            ln.p(s["sid"], "mrn").t(" (").p("%s, %s" % (s["last"], s["first"]), "name").t(") has no Medicaid ID on file")
        elif r < 0.44:
            s = random.choice([x for x in STUDENTS if x["medicaid"]])
            ln.t("ERROR|MedicaidBilling.Worker.EligibilityClient|271 rejected for recipient ").p(s["medicaid"], "health_plan")
            ln.t(": AAA*Y**72*C (Invalid/Missing Subscriber/Insured ID)")
        elif r < 0.5 and any(x["ssn"] for x in STUDENTS):
            s = random.choice([x for x in STUDENTS if x["ssn"]])
            ln.t("WARN|MedicaidBilling.Worker.EligibilityClient|No Medicaid ID for student ").p(s["sid"], "mrn")
            ln.t("; falling back to SSN/DOB search (ssn=").p(s["ssn"], "ssn").t(", dob=").p(d_hl7(s["dob"]), "date").t(")")
        elif r < 0.57:
            s = stu()
            ln.t("INFO|MedicaidBilling.Worker.ConsentService|Parental consent on file for student ").p(s["sid"], "mrn")
            ln.t(" (signed ").p(d_us0(dt.date(2024, 8, random.randint(12, 30))), "date").t(", guardian ").p(gname(s), "name").t(")")
        else:
            ln.t(random.choice([
                "INFO|MedicaidBilling.Worker.ClaimBuilder|Built %d claims for service window 2024-10-01..2024-10-15 (total $%s)" % (random.randint(80, 200), "{:,.2f}".format(random.uniform(8000, 25000))),
                "INFO|MedicaidBilling.Worker.Submitter|Batch %d submitted to OHMCD via MITS SFTP, ICN %09d, %d bytes" % (random.randint(2410000000, 2410999999), random.randint(1, 999999999), random.randint(20000, 300000)),
                "DEBUG|MedicaidBilling.Worker.RateTable|Loaded 2024-25 SBS fee schedule: 92507=$22.40/unit, 97530=$18.75/unit, 97110=$31.10/unit",
                "WARN|MedicaidBilling.Worker.Submitter|999 acknowledgment not yet received for ICN %09d after 00:45:00" % random.randint(1, 999999999),
                "INFO|MedicaidBilling.Worker.Program|MedicaidBilling.Worker 4.1.0+build.20240902.3 starting on HLTH-APP02 (.NET 8.0.8)",
                "INFO|MedicaidBilling.Worker.RemitParser|835 parsed: %d claims paid, %d denied (CARC 16, 96), payment $%s EFT TRN %d" % (random.randint(50, 150), random.randint(0, 9), "{:,.2f}".format(random.uniform(5000, 20000)), random.randint(10 ** 9, 10 ** 10)),
            ]))
        out.append(ln)
    return out


def fam_visitor():
    fam = "visitor_kv"
    out = []
    s = stu()
    t = tick(60, 1800)
    bld = s["school"][1]
    kiosk = "%s-FRONT-%02d" % (bld, random.randint(1, 2))
    ln = Ln(fam).t("%s INFO [checkin-svc] visitor_scan building=%s kiosk=%s id_type=DL id_state=OH id_number=" % (f_iso(t), bld, kiosk))
    ln.p(s["gdl"], "license").t(' name="').p(("%s %s" % (fold(s["gfirst"]), fold(s["glast"]))).upper(), "name").t('" dob=')
    ln.p(d_iso(s["gdob"]), "date").t(" screening=CLEAR badge=V%06d" % random.randint(0, 999999))
    out.append(ln)
    t = tick(60, 600)
    reason = random.choice(["Sent home by nurse - fever 100.9F", "Sent home by nurse - vomiting", "Early dismissal - medical appt",
                            "Sent home by nurse - suspected conjunctivitis"])
    ln = Ln(fam).t("%s INFO [checkin-svc] student_signout building=%s student=\"" % (f_iso(t), bld)).p(sname(s), "name")
    ln.t('" student_id=').p(s["sid"], "mrn").t(' reason="%s" released_to="' % reason).p(gname(s), "name")
    ln.t('" relationship=%s' % s["rel"].lower())
    if random.random() < 0.6:
        ln.t(' vehicle_plate="OH ').p(s["plate"], "vehicle").t('"')
    if random.random() < 0.15:
        v = vin(random.choice(["1HGCV1F3", "5YJ3E1EA", "1FMCU9G6", "2T3P1RFV", "KNDPMCAC"]),
                random.choice("LMNPR"), random.choice("ABCFKU"), "%06d" % random.randint(0, 999999))
        ln.t(" vehicle_vin=").p(v, "vehicle")
    ln.t(" authorized_by=%s" % nurse()[3])
    out.append(ln)
    for _ in range(random.randint(0, 2)):
        t = tick(30, 600)
        out.append(Ln(fam).t("%s %s [checkin-svc] %s" % (f_iso(t), random.choice(["INFO", "INFO", "WARN"]), random.choice([
            "kiosk_heartbeat kiosk=%s printer=ZD410 labels_remaining=%d uptime=%dh" % (kiosk, random.randint(100, 900), random.randint(1, 400)),
            "offender_db_sync source=NSOPW records=%d duration=%.1fs status=ok" % (random.randint(800000, 900000), random.uniform(10, 90)),
            "badge_printed kiosk=%s badge=V%06d type=VOLUNTEER" % (kiosk, random.randint(0, 999999)),
            "scanner_error kiosk=%s code=E-204 msg=\"barcode unreadable, retry\"" % kiosk,
        ]))))
    return out


def fam_iis():
    fam = "iis_w3c"
    out = []
    t = tick(10, 300)
    if random.random() < 0.4:
        out.append(Ln(fam).t("#Software: Microsoft Internet Information Services 10.0"))
        out.append(Ln(fam).t("#Version: 1.0"))
        out.append(Ln(fam).t("#Date: %s" % t.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S")))
        out.append(Ln(fam).t("#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken"))
    for _ in range(random.randint(2, 5)):
        t = tick(1, 90)
        u = t.astimezone(dt.timezone.utc)
        ua = random.choice(AGENTS).replace(" ", "+")
        ln = Ln(fam).t(u.strftime("%Y-%m-%d %H:%M:%S") + " 10.20.1.15 ")
        r = random.random()
        if r < 0.35:
            s = stu()
            ln.t("GET /guardian/healthinfo.html studentid=").p(s["sid"], "mrn").t("&frn=00%d 443 " % random.randint(1000, 9999))
            ln.p(s["guser"], "other_id").t(" ").p(s["gip"], "ip").t(" %s https://ps.mvcsd.org/guardian/home.html 200 0 0 %d" % (ua, random.randint(30, 900)))
        elif r < 0.5:
            s = stu()
            ln.t("POST /guardian/home.html - 443 - ").p(s["gip"], "ip").t(" %s https://ps.mvcsd.org/public/ 302 0 0 %d" % (ua, random.randint(30, 400)))
        else:
            ln.t(random.choice([
                "GET /admin/health/officevisits.html frn=001%d 443 MVCSD\\%s 10.31.%d.%d %s https://ps.mvcsd.org/admin/home.html 200 0 0 %d" % (random.randint(1000, 9999), nurse()[3], random.randint(1, 9), random.randint(2, 250), ua, random.randint(30, 900)),
                "GET /ws/v1/district/school/count - 443 - 10.20.4.22 PowerSchool-Plugin/3.2.1 - 200 0 0 %d" % random.randint(5, 90),
                "GET /images/css/screen.css v=24.7.0.0 443 - 10.31.%d.%d %s - 304 0 0 %d" % (random.randint(1, 9), random.randint(2, 250), ua, random.randint(1, 9)),
                "POST /oauth/access_token - 443 - 10.20.4.22 Apache-HttpClient/4.5.14 - 200 0 0 %d" % random.randint(20, 200),
                "GET /admin/reports/immunization_compliance.html schoolid=%s 443 MVCSD\\%s 10.31.%d.%d %s - 200 0 0 %d" % (random.choice(SCHOOLS)[0], nurse()[3], random.randint(1, 9), random.randint(2, 250), ua, random.randint(100, 5000)),
            ]))
        out.append(ln)
    return out


def fam_efax():
    fam = "efax_log"
    out = []
    t = tick(60, 1800)
    r = random.random()
    fid = "FX-%s%04d" % (t.strftime("%y%m%d"), random.randint(1, 9999))
    ln = Ln(fam).t("%s " % t.strftime("%Y-%m-%d %H:%M:%S"))
    if r < 0.45:
        s = stu()
        fx = s["ghome"] or new_phone()
        ln.t("INBOUND id=%s from=" % fid).p(ph_fmt(fx, 2), "fax").t(' csid="').p(fold(s["glast"]).upper(), "name")
        ln.t(' HOME" to=+16145550108 pages=%d status=received route=Nurse-%s ocr_doctype=MED_AUTH' % (random.randint(1, 4), s["school"][1]))
    elif r < 0.68:
        s = stu()
        ln.t("OUTBOUND id=%s to=+16145550231 recipient=\"Westerville Pediatrics\" pages=%d status=delivered subject=\"RE: " % (fid, random.randint(1, 5)))
        ln.p(sname(s), "name").t(" DOB ").p(d_us0(s["dob"]), "date").t(' - vision screening referral" sender=%s' % nurse()[3])
    else:
        ln.t(random.choice([
            "INBOUND id=%s from=+16145550231 csid=\"WESTERVILLE PEDS\" to=+16145550108 pages=%d status=received route=Nurse-LES" % (fid, random.randint(1, 6)),
            "OUTBOUND id=%s to=+16145550177 recipient=\"Delaware Public Health District\" pages=2 status=busy retry=1/3" % fid,
            "LINE_STATUS line=2 did=+16145550108 state=idle t38=enabled ecm=on",
            "INBOUND id=%s from=+18005550143 csid=\"CARESOURCE UM\" to=+16145550109 pages=%d status=received route=Medicaid-Billing" % (fid, random.randint(1, 8)),
        ]))
    out.append(ln)
    return out


def fam_immz_csv():
    fam = "immz_compliance_csv"
    out = []
    tick(60, 1800)
    out.append(Ln(fam).t("SSID,LocalID,LastName,FirstName,BirthDate,Grade,Building,DTaP,IPV,MMR,HepB,VAR,Tdap,MCV4,Status,Exemption"))
    for _ in range(random.randint(2, 4)):
        s = stu()
        dose = lambda mx: str(random.randint(max(0, mx - 1), mx))
        vals = [dose(5), dose(4), dose(2), "3", dose(2), "1" if s["grade"] >= 7 else "0", ("1" if s["grade"] >= 7 else "0")]
        comp = all(v != "0" for v in vals[:5])
        ex = "" if comp or random.random() < 0.5 else random.choice(["MEDICAL", "RELIGIOUS", "PHILOSOPHICAL"])
        ln = Ln(fam)
        csv_row(ln, [(s["ssid"], "other_id"), (s["sid"], "mrn"), (s["last"], "name"), (s["first"], "name"),
                     (d_us0(s["dob"]), "date"), grade_str(s["grade"]), s["school"][0]] + vals +
                [("COMPLIANT" if comp else ("EXEMPT" if ex else "CONDITIONAL")), ex])
        out.append(ln)
    sc = random.choice(SCHOOLS)
    tot = random.randint(300, 1400)
    out.append(Ln(fam).t("TOTAL,,,,,ALL,%s,,,,,,,,COMPLIANT=%d;CONDITIONAL=%d;EXEMPT=%d," % (sc[0], tot, random.randint(5, 40), random.randint(2, 25))))
    return out


def fam_syslog():
    fam = "syslog"
    out = []
    for _ in range(random.randint(1, 3)):
        t = tick(1, 300)
        h = random.choice(["hlth-util01", "hlth-sftp01", "hlth-db02"])
        out.append(Ln(fam).t("%s %s %s" % (f_syslog(t), h, random.choice([
            "CRON[%d]: (svc_immz) CMD (/opt/immz/bin/export.sh --district 045120 --since %s)" % (random.randint(10000, 40000), d_iso(t.date() - dt.timedelta(days=1))),
            "sshd[%d]: Accepted publickey for svc_immz from 10.20.4.15 port %d ssh2: RSA SHA256:%s" % (random.randint(10000, 40000), random.randint(40000, 65000), b62(43)),
            "sftp-server[%d]: close \"/inbound/MVCSD/IMMZ_%s_0200.hl7\" bytes read 0 written %d" % (random.randint(10000, 40000), t.strftime("%Y%m%d"), random.randint(20000, 400000)),
            "systemd[1]: Started Daily apt download activities.",
            "kernel: [%d.%06d] EXT4-fs (sdb1): mounted filesystem with ordered data mode. Quota mode: none." % (random.randint(1000, 900000), random.randint(0, 999999)),
            "postgres[%d]: [3-1] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled" % (random.randint(1000, 9000), random.randint(100, 4000), random.uniform(0.1, 9)),
            "clamd[%d]: /srv/uploads/medauth/%s.pdf: OK" % (random.randint(1000, 9000), guid()),
            "rsyslogd: action 'action-3-builtin:omfwd' resumed (module 'builtin:omfwd') [v8.2112.0 try https://www.rsyslog.com/e/2359 ]",
        ]))))
    return out


DECK = ([fam_visit_csv] * 7 + [fam_emar] * 11 + [fam_sif_agent] * 6 + [fam_edfi] * 8
        + [fam_screening] * 6 + [fam_plan] * 14 + [fam_portal] * 12
        + [fam_nginx] * 6 + [fam_tele] * 6 + [fam_serilog] * 10 + [fam_nlog] * 10 + [fam_visitor] * 6
        + [fam_iis] * 5 + [fam_efax] * 10 + [fam_immz_csv] * 3 + [fam_syslog] * 4)
random.shuffle(DECK)
# blocks carrying rare categories: placed in the first 60% of the deck so they are never dropped
for _f in [lambda: fam_sif(photo=True), lambda: fam_tele(bio=True, card=False), lambda: fam_x12_270(want_ssn=True),
           lambda: fam_tele(bio=False, card=True), lambda: fam_sif_agent(photo=True),
           lambda: fam_tele(bio=True, card=True), lambda: fam_x12_270(want_ssn=True),
           fam_ps, fam_hl7, fam_hl7, fam_x12_837]:
    DECK.insert(random.randint(0, int(len(DECK) * 0.6)), _f)
FILLERS = [fam_efax, fam_syslog, fam_plan, fam_portal, fam_serilog, fam_nlog]


def main():
    lines = []
    for fn in DECK:
        block = fn()
        if len(lines) + len(block) > N_LINES - 6:
            continue
        lines.extend(block)
    while len(lines) < N_LINES:
        block = random.choice(FILLERS)()
        if len(lines) + len(block) <= N_LINES:
            lines.extend(block)
    assert len(lines) == N_LINES
    log_path = os.path.join(HERE, ID + ".log")
    lab_path = os.path.join(HERE, ID + ".labels.jsonl")
    with open(log_path, "wb") as fl, open(lab_path, "w", encoding="utf-8", newline="\n") as fj:
        for i, ln in enumerate(lines, 1):
            b = bytes(ln.buf)
            assert b"\n" not in b and b"\r" not in b, (i, b)
            assert len(b) <= 4000, (i, len(b))
            b.decode("utf-8")
            last = -1
            spans = []
            for s, e, cat, val in sorted(ln.spans):
                assert s >= last, ("overlap", i)
                assert b[s:e] == val, ("mismatch", i, s, e)
                assert e > s
                last = e
                spans.append({"s": s, "e": e, "cat": cat})
            fl.write(b + b"\n")
            fj.write(json.dumps({"line": i, "family": ln.fam, "spans": spans}) + "\n")


if __name__ == "__main__":
    main()
