#!/usr/bin/env python3
"""Deterministic generator for the 'dp' PHI test corpus (ambulatory surgery center group).

Writes dp.log and dp.labels.jsonl next to this file. Standard library only.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

random.seed(1804201)

ID = "dp"
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
TARGET_NOPHI = 0.55

# ---------------------------------------------------------------- line builder


class B:
    __slots__ = ("fam", "buf", "spans")

    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []

    def t(self, x):
        self.buf += x.encode("utf-8")
        return self

    def p(self, x, cat=None):
        if not cat:
            return self.t(x)
        st = len(self.buf)
        self.buf += x.encode("utf-8")
        self.spans.append((st, len(self.buf), cat, x))
        return self

    def seq(self, parts):
        for x in parts:
            if isinstance(x, tuple):
                self.p(x[0], x[1])
            else:
                self.t(x)
        return self


# ---------------------------------------------------------------- JSON writer


class J:
    def __init__(self, *items):
        self.items = [i for i in items if i is not None]


def jesc(s, uni=True, slash=False):
    o = []
    for ch in s:
        c = ord(ch)
        if ch == '"':
            o.append('\\"')
        elif ch == "\\":
            o.append("\\\\")
        elif ch == "/" and slash:
            o.append("\\/")
        elif ch == "\n":
            o.append("\\n")
        elif ch == "\r":
            o.append("\\r")
        elif ch == "\t":
            o.append("\\t")
        elif c < 0x20:
            o.append("\\u%04x" % c)
        elif c > 0x7E and not uni:
            if c > 0xFFFF:
                c -= 0x10000
                o.append("\\u%04x\\u%04x" % (0xD800 + (c >> 10), 0xDC00 + (c & 0x3FF)))
            else:
                o.append("\\u%04x" % c)
        else:
            o.append(ch)
    return "".join(o)


def jw(b, v, cat=None, uni=True, slash=False, sp=False):
    if isinstance(v, J):
        b.t("{")
        for i, it in enumerate(v.items):
            if i:
                b.t(", " if sp else ",")
            k, val = it[0], it[1]
            c = it[2] if len(it) > 2 else None
            b.t('"' + jesc(k, uni, slash) + '":' + (" " if sp else ""))
            jw(b, val, c, uni, slash, sp)
        b.t("}")
    elif isinstance(v, list):
        b.t("[")
        for i, x in enumerate(v):
            if i:
                b.t(", " if sp else ",")
            if isinstance(x, tuple):
                jw(b, x[0], x[1], uni, slash, sp)
            else:
                jw(b, x, None, uni, slash, sp)
        b.t("]")
    elif isinstance(v, str):
        b.t('"')
        b.p(jesc(v, uni, slash), cat)
        b.t('"')
    elif v is None:
        b.t("null")
    elif v is True:
        b.t("true")
    elif v is False:
        b.t("false")
    elif isinstance(v, float):
        b.p(repr(v), cat)
    else:
        b.p(str(v), cat)
    return b


# ---------------------------------------------------------------- clock

T = dt.datetime(2024, 3, 14, 5, 38, 12, 120000)  # local CDT (-05:00)
UTC_OFF = dt.timedelta(hours=5)


def tick(a=4, b=90):
    global T
    T += dt.timedelta(seconds=random.randint(a, b), microseconds=random.randint(0, 999999))


def tiny():
    global T
    T += dt.timedelta(microseconds=random.randint(1000, 900000))


def ms(t=None):
    t = t or T
    return "%03d" % (t.microsecond // 1000)


def ts_lara():
    return T.strftime("%Y-%m-%d %H:%M:%S")


def ts_spring():
    return T.strftime("%Y-%m-%dT%H:%M:%S.") + ms() + "-05:00"


def ts_l4j():
    return T.strftime("%Y-%m-%d %H:%M:%S,") + ms()


def ts_nginx():
    return T.strftime("%d/%b/%Y:%H:%M:%S -0500")


def ts_php():
    return (T + UTC_OFF).strftime("%d-%b-%Y %H:%M:%S UTC")


def ts_z():
    u = T + UTC_OFF
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"


def ts_hl7():
    return T.strftime("%Y%m%d%H%M%S")


# ---------------------------------------------------------------- check digits


def luhn_digit(partial):
    s = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def digits(n):
    return "".join(random.choice("0123456789") for _ in range(n))


def card_visa():
    p = "4" + digits(14)
    return p + luhn_digit(p)


def card_mc():
    p = "5" + random.choice("12345") + digits(13)
    return p + luhn_digit(p)


def imei():
    p = random.choice(["35693803", "35328511", "86769204", "35420911"]) + digits(6)
    return p + luhn_digit(p)


def npi():
    base = random.choice("12") + digits(8)
    return base + luhn_digit("80840" + base)


def gtin14(prefix):
    body = prefix + digits(13 - len(prefix))
    s = 0
    for i, ch in enumerate(reversed(body)):
        s += int(ch) * (3 if i % 2 == 0 else 1)
    return body + str((10 - s % 10) % 10)


VIN_TR = {**{str(i): i for i in range(10)},
          "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
          "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
          "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(wmi + "".join(random.choice(al) for _ in range(5)) + "0" + random.choice("ABCDEFGHJKLMNPRSTVWXY")
             + random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6))
    s = sum(VIN_TR[c] * w for c, w in zip(v, VIN_W))
    r = s % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def iban_de():
    bban = "370" + digits(5) + digits(10)
    num = "".join(str(int(c, 36)) for c in bban + "DE00")
    chk = 98 - int(num) % 97
    return "DE%02d%s" % (chk, bban)


def pesel(dob, female):
    yy = dob.year % 100
    mm = dob.month + (20 if dob.year >= 2000 else 0)
    s = "%02d%02d%02d" % (yy, mm, dob.day) + digits(3)
    s += random.choice("02468" if female else "13579")
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = sum(int(a) * b for a, b in zip(s, w)) % 10
    return s + str((10 - c) % 10)


def curp(first, last1, last2, dob, female, state):
    def strip(x):
        return unicodedata.normalize("NFKD", x).encode("ascii", "ignore").decode().upper()
    l1, l2, f = strip(last1), strip(last2), strip(first)
    vow = "AEIOU"
    v1 = next(c for c in l1[1:] if c in vow)
    head = l1[0] + v1 + l2[0] + f[0]
    cons = lambda w: next((c for c in w[1:] if c.isalpha() and c not in vow), "X")
    body = head + dob.strftime("%y%m%d") + ("M" if female else "H") + state + cons(l1) + cons(l2) + cons(f)
    body += "0" if dob.year < 2000 else "A"
    dic = "0123456789ABCDEFGHIJKLMN\u00d1OPQRSTUVWXYZ"
    s = sum(dic.index(c) * (18 - i) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    r = random.choice
    return (r("123456789") + r(MBI_A) + r(MBI_AN) + r("0123456789") + r(MBI_A) + r(MBI_AN)
            + r("0123456789") + r(MBI_A) + r(MBI_A) + r("0123456789") + r("0123456789"))


def ssn():
    while True:
        a = random.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, random.randint(1, 99), random.randint(1, 9999))


def b64(n, head=b""):
    raw = head + bytes(random.randrange(256) for _ in range(n))
    return base64.b64encode(raw).decode()


def hexs(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], random.choice("89ab"), h[17:20], h[20:32])


def asc(x):
    return unicodedata.normalize("NFKD", x).encode("ascii", "ignore").decode()


# ---------------------------------------------------------------- staff / org (never labeled)

ORG_DOMAIN = "lakeshoreasc.com"
SITES = {
    "LSN": ("Lakeshore Surgery Center North", "1200 Central St", "Evanston", "60201", "(847) 555-0100", "(847) 555-0199"),
    "LSW": ("Lakeshore Surgery Center West", "7455 W North Ave", "Elmwood Park", "60707", "(708) 555-0110", "(708) 555-0118"),
    "LSS": ("Lakeshore Surgery Center South", "9631 S Western Ave", "Chicago", "60643", "(773) 555-0120", "(773) 555-0129"),
}
SURGEONS = [
    ("Rebecca", "Thornton", "ortho"), ("Arjun", "Bhatt", "gi"), ("Elena", "Sokolova", "ophtho"),
    ("Marcus", "Whitfield", "ent"), ("Hye-jin", "Cho", "plastics"), ("Gabriel", "Oyelaran", "general"),
]
SURG_NPI = {s[1]: npi() for s in SURGEONS}
ANES = ["Yusuf Karimi, MD", "Laura Brennan, MD"]
CRNAS = [("Kelechi", "Osei", "kosei"), ("Sandra", "Vukovic", "svukovic"), ("Ignacio", "Ferrer", "iferrer")]
RNS = ["Carla Mendes RN", "Denise Park RN", "Rashida Coleman RN", "Minh Tran RN", "Bogdan Ilie RN"]
RN_USERS = ["cmendes", "dpark", "rcoleman", "mtran", "bilie"]
SPD_TECHS = ["tnakamura", "lbeaumont", "rquispe", "aokonkwo", "jsvensson"]
PROCS = {
    "ortho": [("29881", "ARTHROSCOPY KNEE W/ MENISCECTOMY", "M23.221"), ("29827", "ARTHROSCOPY SHOULDER ROTATOR CUFF REPAIR", "M75.121"),
              ("64721", "CARPAL TUNNEL RELEASE", "G56.01"), ("26055", "TRIGGER FINGER RELEASE", "M65.331")],
    "gi": [("45378", "COLONOSCOPY DIAGNOSTIC", "Z12.11"), ("43239", "EGD WITH BIOPSY", "K21.9"), ("45385", "COLONOSCOPY W/ SNARE POLYPECTOMY", "K63.5")],
    "ophtho": [("66984", "CATARACT EXTRACTION W/ IOL", "H25.11"), ("66984", "CATARACT EXTRACTION W/ IOL", "H25.12"), ("67028", "INTRAVITREAL INJECTION", "H35.3211")],
    "ent": [("30520", "SEPTOPLASTY", "J34.2"), ("42820", "TONSILLECTOMY AND ADENOIDECTOMY", "J35.3"), ("69436", "TYMPANOSTOMY W/ TUBES", "H65.33")],
    "plastics": [("15823", "BLEPHAROPLASTY UPPER LID", "H02.834"), ("19318", "BREAST REDUCTION", "N62")],
    "general": [("49505", "INGUINAL HERNIA REPAIR", "K40.90"), ("47562", "LAP CHOLECYSTECTOMY", "K80.20")],
}
PAYERS = [
    ("BCBSIL", "00621", "BLUE CROSS BLUE SHIELD OF ILLINOIS"), ("UHC", "87726", "UNITEDHEALTHCARE"),
    ("AETNA", "60054", "AETNA"), ("CIGNA", "62308", "CIGNA"), ("MCARE", "00952", "MEDICARE PART B NGS"),
    ("IL-HFS", "77003", "ILLINOIS MEDICAID HFS"), ("HUMANA", "61101", "HUMANA MEDICARE ADVANTAGE"),
]
EMPLOYERS = ["MIDWEST FREIGHT CO", "NORTHSHORE SCHOOL DIST 112", "CITY OF EVANSTON", "LAKE VIEW LOGISTICS", "HALSTED DENTAL GROUP", "RETIRED"]

# ---------------------------------------------------------------- patients (labeled)

PT_NAMES = [
    ("Jan", "Kowalski", "M", "Ewa", "Kowalska", "spouse"),
    ("Mai", "Nguy\u1ec5n", "F", "Linh", "Nguy\u1ec5n", "daughter"),
    ("Jos\u00e9", "Ram\u00edrez", "M", "Carmen", "Ram\u00edrez", "wife"),
    ("Aaliyah", "Washington", "F", "Marcus", "Washington", "brother"),
    ("Oluwaseun", "Adeyemi", "M", "Chidinma", "Adeyemi", "spouse"),
    ("Siobh\u00e1n", "O'Connell", "F", "Declan", "O'Connell", "son"),
    ("Hiroshi", "Tanaka", "M", "Yuki", "Tanaka", "daughter"),
    ("Priya", "Raghunathan", "F", "Arvind", "Raghunathan", "husband"),
    ("Bj\u00f6rn", "Lindqvist", "M", "Karin", "Lindqvist", "spouse"),
    ("Fatima", "Al-Sayed", "F", "Omar", "Al-Sayed", "son"),
    ("Zo\u00eb", "Papadopoulos", "F", "Eleni", "Papadopoulos", "mother"),
    ("Dmitri", "Volkov", "M", "Nadia", "Volkova", "wife"),
    ("Wei-Ling", "Chen", "F", "Kai", "Chen", "husband"),
    ("Keanu", "Kahananui", "M", "Leilani", "Kahananui", "sister"),
    ("Margit", "Halvorsen", "F", "Sigrid", "Berg", "daughter"),
    ("Ngozi", "Okafor", "F", "Emeka", "Okafor", "husband"),
    ("Rosa", "Delgado-Ibarra", "F", "Alejandro", "Delgado", "son"),
    ("\u00c9mile", "Gagnon", "M", "Chantal", "Gagnon", "wife"),
    ("Ay\u015fe", "Y\u0131lmaz", "F", "Emre", "Y\u0131lmaz", "son"),
    ("Guadalupe", "Trevi\u00f1o", "F", "Maria", "Salinas", "daughter"),
    ("Rahul", "Mehta", "M", "Anil", "Mehta", "father"),
    ("Ingrid", "Bauer", "F", "J\u00fcrgen", "Bauer", "husband"),
    ("Kwame", "Mensah", "M", "Ama", "Mensah", "wife"),
    ("Thandiwe", "Dlamini", "F", "Sipho", "Dlamini", "brother"),
    ("Mateus", "Carvalho", "M", "Beatriz", "Carvalho", "wife"),
    ("Bernard", "Lefkowitz", "M", "Ruth", "Lefkowitz-Adler", "daughter"),
    ("Esperanza", "Qui\u00f1ones", "F", "Miguel", "Qui\u00f1ones", "son"),
    ("Tevita", "Fifita", "M", "Losa", "Fifita", "wife"),
    ("DeShawn", "Harris", "M", "Keisha", "Harris", "mother"),
    ("Anneliese", "Vogt", "F", "Dieter", "Vogt", "son"),
]
OLD_IDX = {14: 1931, 19: 1933, 25: 1929, 29: 1932}  # over 89 on 2024-03-14
CITIES = [
    ("Chicago", ["60622", "60614", "60640", "60647", "60657", "60625", "60618", "60608", "60619", "60629"], ["773", "312", "872"]),
    ("Evanston", ["60201", "60202"], ["847", "224"]),
    ("Skokie", ["60076", "60077"], ["847"]),
    ("Oak Park", ["60302", "60304"], ["708"]),
    ("Berwyn", ["60402"], ["708"]),
    ("Cicero", ["60804"], ["708"]),
    ("Des Plaines", ["60016", "60018"], ["847", "224"]),
    ("Naperville", ["60540", "60563"], ["630", "331"]),
    ("Schaumburg", ["60193", "60194"], ["847"]),
    ("Joliet", ["60431", "60435"], ["815", "779"]),
    ("Hammond", ["46320", "46324"], ["219"]),
    ("Evergreen Park", ["60805"], ["708"]),
]
STREETS = ["N Damen Ave", "W Belmont Ave", "N Clark St", "S Halsted St", "W Foster Ave", "Sheridan Rd", "S Oak Park Ave",
           "Main St", "Maple Ave", "W Chicago Ave", "W Lawrence Ave", "N Milwaukee Ave", "Ridge Ave", "Dempster St",
           "Ogden Ave", "S Harlem Ave", "Washington St", "N Kedzie Ave", "Elm St", "Hohman Ave", "W Touhy Ave", "Oakton St"]
UNITS = ["Apt 2", "Unit 3B", "#407", "Apt 1F", "Unit 12", None, None, None, None]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "att.net", "hotmail.com", "aol.com"]
IP_PREFIX = ["73.162", "98.215", "24.13", "67.175", "174.51", "76.229", "108.208", "162.232", "71.57", "99.111"]
DOS_CHOICES = [dt.date(2024, 3, 13), dt.date(2024, 3, 14), dt.date(2024, 3, 14), dt.date(2024, 3, 15), dt.date(2024, 3, 18)]
REF = dt.date(2024, 3, 14)


def age_on(dob, ref=REF):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


def mkphone(acs):
    # 555-0100/0110/0118/0120/0129/0199 are reserved for the company's own lines
    return (random.choice(acs), "555", "01%02d" % random.choice([n for n in range(1, 99) if n not in (10, 18, 20, 29)]))


PATIENTS = []
case_seq = 18200
used_phone = set()
for i, (fn, ln, sex, rfn, rln, rel) in enumerate(PT_NAMES):
    if i in OLD_IDX:
        dob = dt.date(OLD_IDX[i], random.randint(1, 12), random.randint(1, 28))
    else:
        dob = dt.date(random.randint(1938, 2006), random.randint(1, 12), random.randint(1, 28))
    city, zips, acs = random.choice(CITIES)
    while True:
        ph = mkphone(acs)
        if ph not in used_phone:
            used_phone.add(ph)
            break
    while True:
        rph = mkphone(acs + ["312"])
        if rph not in used_phone:
            used_phone.add(rph)
            break
    sur = random.choice(SURGEONS)
    proc = random.choice(PROCS[sur[2]])
    case_seq += random.randint(3, 40)
    site = random.choice(list(SITES))
    age = age_on(dob)
    if age >= 65:
        payer = random.choice([PAYERS[4], PAYERS[4], PAYERS[6]])
    else:
        payer = random.choice(PAYERS[:4] + [PAYERS[5]])
    if payer[0] == "BCBSIL":
        member = random.choice(["XOF", "XOD", "ZGP", "XOJ"]) + digits(9)
    elif payer[0] == "UHC":
        member = digits(9)
    elif payer[0] == "AETNA":
        member = "W" + digits(9)
    elif payer[0] == "CIGNA":
        member = "U" + digits(8)
    elif payer[0] == "MCARE":
        member = mbi()
    elif payer[0] == "IL-HFS":
        member = digits(9)
    else:
        member = "H" + digits(8)
    a_fn = asc(fn).lower().replace("-", "").replace("'", "")
    a_ln = asc(ln).lower().replace("-", "").replace("'", "")
    email = random.choice([
        "%s.%s%02d" % (a_fn, a_ln, dob.year % 100), "%s%s" % (a_fn[0], a_ln), "%s_%s%d" % (a_fn, a_ln[:4], random.randint(1, 99)),
        "%s%s%d" % (a_ln, a_fn[0], dob.year)]) + "@" + random.choice(EMAIL_DOM)
    PATIENTS.append(dict(
        i=i, first=fn, last=ln, sex=sex, dob=dob, age=age,
        mrn="E%07d" % random.randint(100000, 2999999), pid=random.randint(10400, 98000),
        acct="%010d" % random.randint(4100000000, 4199999999),
        street="%d %s" % (random.randint(100, 9999), random.choice(STREETS)), unit=random.choice(UNITS),
        city=city, zip=random.choice(zips), zip4="%04d" % random.randint(1000, 9999),
        phone=ph, email=email, ssn=ssn(), payer=payer, member=member,
        group="%07d" % random.randint(10000, 999999) if payer[0] not in ("MCARE", "IL-HFS") else "",
        employer=random.choice(EMPLOYERS) if age < 65 else "RETIRED",
        dos=DOS_CHOICES[i % len(DOS_CHOICES)], case="%s24-%06d" % (site, case_seq), site=site,
        surgeon=sur, proc=proc, appt="%02d:%02d" % (random.randint(6, 13), random.choice([0, 15, 30, 45])),
        rel_first=rfn, rel_last=rln, rel=rel, rel_phone=rph,
        ip="%s.%d.%d" % (random.choice(IP_PREFIX), random.randint(1, 254), random.randint(1, 254)),
        user=(a_fn[0] + a_ln + str(dob.year % 100))[:16],
        plan_begin="20%02d%02d01" % (random.randint(15, 24), random.randint(1, 12)) if random.random() < 0.6 else "20240101",
        state="IN" if city == "Hammond" else "IL", room="OR-%02d" % random.randint(1, 6), dl=asc(ln)[0].upper() + digits(11), rel_ssn=ssn(),
        rel_fax=mkphone(acs) if random.random() < 0.5 else None, fax=mkphone(acs), weight=round(random.uniform(48, 128), 1),
    ))

# ---------------------------------------------------------------- value formatting helpers


def ph_fmt(ph, style=None):
    a, b, c = ph
    style = style if style is not None else random.randint(0, 5)
    return ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "+1%s%s%s" % (a, b, c), "%s%s%s" % (a, b, c),
            "%s.%s.%s" % (a, b, c), "(%s)%s-%s" % (a, b, c)][style]


def d_fmt(d, style):
    return {
        "iso": d.strftime("%Y-%m-%d"), "us": d.strftime("%m/%d/%Y"), "hl7": d.strftime("%Y%m%d"),
        "usn": "%d/%d/%d" % (d.month, d.day, d.year), "long": d.strftime("%B ") + str(d.day) + d.strftime(", %Y"),
        "md": "%d/%d" % (d.month, d.day), "mon": d.strftime("%b ") + str(d.day) + d.strftime(", %Y"),
        "dmy": d.strftime("%d.%m.%Y"), "aamva": d.strftime("%m%d%Y"),
    }[style]


def full(p):
    return p["first"] + " " + p["last"]


def lastfirst(p, upper=False):
    s = p["last"] + ", " + p["first"]
    return s.upper() if upper else s


def pick(when="any"):
    if when == "any":
        return random.choice(PATIENTS)
    if when == "past":
        pool = [p for p in PATIENTS if p["dos"] < REF]
    elif when == "today":
        pool = [p for p in PATIENTS if p["dos"] == REF]
    elif when == "done":
        pool = [p for p in PATIENTS if p["dos"] <= REF]
    else:
        pool = [p for p in PATIENTS if p["dos"] > REF]
    return random.choice(pool)


def surg_name(p):
    return "Dr. %s %s" % (p["surgeon"][0], p["surgeon"][1])


# ---------------------------------------------------------------- format helpers


def lara(level, parts, ctx=None, channel="production", uni=True, fam="laravel"):
    b = B(fam)
    b.t("[" + ts_lara() + "] " + channel + "." + level + ": ")
    b.seq(parts if isinstance(parts, list) else [parts])
    b.t(" ")
    if ctx is None:
        b.t("[]")
    else:
        jw(b, ctx, uni=uni)
    b.t(" []")
    return b


def abbrev_logger(name, width=39):
    segs = name.split(".")
    i = 0
    while len(".".join(segs)) > width and i < len(segs) - 1:
        segs[i] = segs[i][0]
        i += 1
    return ".".join(segs)


SPRING_PID = {"caseboard": 4121, "aims-core": 3877, "kiosk-svc": 2290, "spd-track": 5012, "elig-gw": 6633}


def spring(app, thread, logger, level="INFO"):
    b = B("spring-boot")
    th = thread[-15:].rjust(15)
    lg = abbrev_logger(logger).ljust(40)
    b.t("%s %5s %d --- [%s] [%s] %s : " % (ts_spring(), level, SPRING_PID[app], app, th, lg))
    return b


def l4j(thread, logger, level="INFO", fam="log4j2"):
    b = B(fam)
    b.t("%s %-5s [%s] %s - " % (ts_l4j(), level, thread, logger))
    return b


def mirth(thread, logger, level="INFO"):
    b = B("mirth")
    b.t("%-5s %s [%s] %s: " % (level, ts_l4j(), thread, logger))
    return b


def nginx(ip, ipcat, req, status, size, ref, ua):
    b = B("nginx-access")
    b.p(ip, ipcat)
    b.t(" - - [" + ts_nginx() + '] "')
    b.seq(req if isinstance(req, list) else [req])
    b.t('" %d %d "' % (status, size))
    b.seq(ref if isinstance(ref, list) else [ref])
    b.t('" "' + ua + '"')
    return b


def pslog(level, parts, fam="ps-writelog"):
    b = B(fam)
    b.t("%s [%-5s] " % (T.strftime("%Y-%m-%d %H:%M:%S"), level))
    b.seq(parts if isinstance(parts, list) else [parts])
    return b


UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.80",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2.1 Safari/605.1.15",
    "Mozilla/5.0 (iPad; CPU OS 16_7_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1",
]

# ---------------------------------------------------------------- event generators: mostly no PHI

QUEUE_JOBS = ["App\\Jobs\\SendPostOpText", "App\\Jobs\\SyncCaseBoard", "App\\Jobs\\RefreshEligibility",
              "App\\Jobs\\GenerateEstimatePdf", "App\\Jobs\\PushPreferenceCard", "App\\Listeners\\NotifyCaseDelay",
              "App\\Jobs\\ImportSurveyResponses", "App\\Notifications\\PreopReminder", "App\\Jobs\\ReconcileImplantLog"]


def queue_line(job, suffix):
    W = 118
    pre = "  " + ts_lara() + " " + job + " "
    dots = max(3, W - len(pre) - len(suffix) - 1)
    b = B("artisan-queue")
    b.t(pre + "." * dots + " " + suffix)
    return b


def ev_queue():
    job = random.choice(QUEUE_JOBS)
    global T
    out = [queue_line(job, "RUNNING")]
    fail = random.random() < 0.12
    t = random.uniform(1000, 31000) if fail else random.uniform(8, 2400)
    T += dt.timedelta(milliseconds=t)
    s = ("%.2fms" % t) if t < 1000 else ("%ds" % round(t / 1000))
    out.append(queue_line(job, s + (" FAIL" if fail else " DONE")))
    return out


SCHED_CMDS = ["eligibility:batch --payer=ALL", "caseboard:archive --days=30", "surveys:dispatch", "estimates:expire",
              "spd:sync-loads", "preop:build-call-list --days=1", "queue:prune-failed --hours=72"]


def ev_schedule():
    cmd = random.choice(SCHED_CMDS)
    W = 118
    pre = "  %s Running ['artisan' %s] " % (ts_lara(), cmd)
    t = random.randint(40, 9000)
    suf = ("%s,%03dms DONE" % (t // 1000, t % 1000)) if t >= 1000 else "%dms DONE" % t
    b = B("artisan-schedule")
    b.t(pre + "." * max(3, W - len(pre) - len(suf) - 1) + " " + suf)
    b2 = B("artisan-schedule")
    b2.t("  \u21c2 '/usr/bin/php8.2' 'artisan' %s > '/dev/null' 2>&1" % cmd)
    return [b, b2]


def ev_lara_info():
    k = random.randint(0, 7)
    site = random.choice(list(SITES))
    if k == 0:
        ctx = J(("site", site), ("rooms", random.randint(4, 6)), ("cases", random.randint(14, 38)),
                ("delayed", random.randint(0, 4)), ("took_ms", random.randint(40, 900)))
        return [lara("INFO", "Case board refreshed", ctx)]
    if k == 1:
        req = random.randint(20, 70)
        ctx = J(("batch", "ELG-%s-0600" % T.strftime("%Y%m%d")), ("payer", random.choice(PAYERS)[0]), ("requested", req),
                ("active", req - 3), ("inactive", 1), ("errors", 2), ("clearinghouse", "availity"))
        return [lara("INFO", "Eligibility batch complete", ctx)]
    if k == 2:
        s = random.choice(SURGEONS)
        ctx = J(("card", "PC-%s-%s-v%d" % (s[1].upper()[:5], random.choice(PROCS[s[2]])[0], random.randint(2, 14))),
                ("surgeon_id", random.randint(11, 60)), ("published_by", random.choice(RN_USERS)), ("items", random.randint(18, 64)))
        return [lara("INFO", "Preference card published", ctx)]
    if k == 3:
        sent = random.randint(20, 60)
        ctx = J(("campaign", "postop_nps_v3"), ("sent", sent), ("delivered", sent - random.randint(0, 4)),
                ("responded", random.randint(4, 18)), ("opt_out", random.randint(0, 2)), ("window", "2024-03-13"))
        return [lara("INFO", "Survey dispatch summary", ctx)]
    if k == 4:
        ctx = J(("user_id", random.randint(3, 90)), ("username", random.choice(RN_USERS)), ("ip", "10.20.%d.%d" % (random.randint(1, 9), random.randint(2, 250))),
                ("guard", "web"), ("remember", False))
        return [lara("INFO", "Staff login", ctx, channel="audit")]
    if k == 5:
        ctx = J(("estimate_no", "EST-%s-%04d" % (T.strftime("%y%m%d"), random.randint(1, 999))), ("status", "expired"),
                ("age_days", random.randint(31, 60)))
        return [lara("NOTICE", "Estimate expired", ctx)]
    if k == 6:
        ctx = J(("host", "smtp.sendgrid.net"), ("port", 587), ("from", "noreply@" + ORG_DOMAIN), ("queued", random.randint(1, 30)))
        return [lara("DEBUG", "Mail transport ready", ctx)]
    ctx = J(("load", "STM%d-%s-%03d" % (random.randint(1, 3), T.strftime("%y%m%d"), random.randint(1, 14))),
            ("bi_result", random.choice(["negative", "negative", "pending"])), ("released_by", random.choice(SPD_TECHS)),
            ("trays", random.randint(3, 12)))
    return [lara("INFO", "Sterilizer load released", ctx)]


def ev_health_nginx():
    k = random.random()
    if k < 0.4:
        return [nginx("10.40.0.%d" % random.randint(2, 9), None, "GET /up HTTP/1.1", 200, 0, "-", "ELB-HealthChecker/2.0")]
    if k < 0.7:
        ip = random.choice(["54.172.60.%d", "54.244.51.%d", "3.84.102.%d", "34.203.250.%d"]) % random.randint(1, 254)
        req = "POST /webhooks/twilio/status HTTP/1.1"
        return [nginx(ip, None, req, 204, 0, "-", "TwilioProxy/1.1")]
    ip = "10.20.%d.%d" % (random.randint(1, 9), random.randint(2, 250))
    path = random.choice(["/build/assets/app-4f1c2a9e.js", "/build/assets/app-9d02b7c1.css", "/caseboard/api/rooms?site=LSN",
                          "/admin/preference-cards/PC-THORN-29881-v7/edit", "/livewire/update", "/admin/spd/loads?date=2024-03-14"])
    return [nginx(ip, None, "GET %s HTTP/2.0" % path, 200, random.randint(300, 90000),
                  "https://periop.%s/admin" % ORG_DOMAIN, UAS[2])]


def ev_aims_vitals():
    out = []
    for _ in range(random.randint(1, 3)):
        room = random.randint(1, 6)
        b = B("aims-vitals-json")
        sysp = random.randint(92, 158)
        dia = random.randint(52, 92)
        obj = J(("ts", ts_z()), ("src", "10.40.3.%d" % (20 + room)), ("bed", "OR-%02d" % room), ("dev", ["IntelliVue MX750", "IntelliVue MX800", "CARESCAPE B650"][room % 3]),
                ("devSn", "DE7%07d" % (1200000 + room * 37)), ("hr", random.randint(48, 104)), ("spo2", random.randint(93, 100)),
                ("nibp", J(("sys", sysp), ("dia", dia), ("map", (sysp + 2 * dia) // 3))), ("etco2", random.randint(30, 44)),
                ("rr", random.randint(8, 18)), ("tempC", round(random.uniform(35.6, 37.4), 1)), ("bis", random.choice([None, random.randint(38, 60)])),
                ("seq", random.randint(180000, 260000)))
        jw(b, obj)
        out.append(b)
        tiny()
    return out


def ev_syslog_gw():
    b = B("syslog5424")
    msgid = random.choice(["HL7OUT", "ASSOC", "LINK"])
    if msgid == "HL7OUT":
        msg = "Sent ORU^R01 MSG%08d bed=OR-%02d obs=%d ack=AA rtt=%dms" % (random.randint(40000, 90000), random.randint(1, 6), random.randint(6, 22), random.randint(4, 40))
    elif msgid == "ASSOC":
        msg = "Bed OR-%02d monitor DE7%07d associated to encounter %s" % (random.randint(1, 6), 1200000 + random.randint(1, 6) * 37, uuid4())
    else:
        msg = "Link to 10.40.3.%d:24105 restored after %ds" % (random.randint(21, 26), random.randint(2, 40))
    b.t("<134>1 %s aimsgw01.lsc.local capsule-nb %d %s [meta sequenceId=\"%d\"] %s" % (ts_z(), random.randint(2000, 2300), msgid, random.randint(1000, 99999), msg))
    return [b]


TRAYS = [("ARTHRO-KNEE", 42), ("ARTHRO-SHLD", 51), ("HAND-MINOR", 38), ("CATARACT-PHACO", 24), ("ENT-SEPTO", 33),
         ("ENT-T&A", 29), ("HERNIA-OPEN", 47), ("LAP-CHOLE", 56), ("PLASTICS-BLEPH", 31), ("SCOPE-GI-OLY190", 1)]
INSTRUMENTS = ["Kerrison 3mm 45\u00b0 up", "Metzenbaum 7in curved", "Adson w/ teeth", "Freer elevator", "Castroviejo needle holder",
               "Senn retractor", "Arthroscope 4.0mm 30\u00b0", "Allis 6in", "Debakey 8in", "Mayo scissors straight"]


def tray_id():
    t, cnt = random.choice(TRAYS)
    return t, "%s-%02d" % (t, random.randint(1, 6)), "T%07d" % random.randint(4000, 9999), cnt


def load_id():
    return "STM%d-%s-%03d" % (random.randint(1, 3), T.strftime("%y%m%d"), random.randint(1, 14))


def ev_spd():
    k = random.randint(0, 9)
    t, tname, tbar, cnt = tray_id()
    tech = random.choice(SPD_TECHS)
    if k <= 2:
        b = B("spd-audit")
        step = random.choice(["DECON", "ASSEMBLY", "STERILIZE", "STORAGE", "DISPATCH"])
        b.t("%s|SCAN|%s|%s|%s|count=%d/%d|user=%s|ws=SPD-%s-%d" % (T.strftime("%Y-%m-%d %H:%M:%S"), step, tbar, tname, cnt, cnt, tech,
                                                                  random.choice(["ASM", "DEC", "STR"]), random.randint(1, 4)))
        return [b]
    if k == 3:
        b = l4j("pool-3-thread-%d" % random.randint(1, 4), "com.lakeshore.spd.load.LoadService")
        b.t("Load %s closed: sterilizer=Amsco400-SN0341%03d cycle=PREVAC 270F 4min dry=20min trays=%d bi_lot=ATT-%s-%03d ci_lot=CI%s" %
            (load_id(), random.randint(100, 999), random.randint(3, 12), T.strftime("%y%m"), random.randint(1, 400), digits(7)))
        return [b]
    if k == 4:
        b = l4j("pool-3-thread-%d" % random.randint(1, 4), "com.lakeshore.spd.load.BiReader", "WARN")
        b.t("BI vial %s-%s in load %s still incubating after %d min (reader slot %d)" % ("ATT", digits(6), load_id(), random.randint(20, 26), random.randint(1, 12)))
        return [b]
    if k == 5:
        b = l4j("http-nio-8090-exec-%d" % random.randint(1, 10), "com.lakeshore.spd.tray.CountSheetService", "WARN")
        b.t("Count discrepancy tray=%s (%s): missing 1x \"%s\" ref %s-%s; flagged by %s" % (tbar, tname, random.choice(INSTRUMENTS),
                                                                                           random.choice(["N1800", "BH110", "1020-", "AE-"]), digits(4), tech))
        return [b]
    if k == 6:
        b = spring("spd-track", "scheduling-1", "com.lakeshore.spd.washer.WasherPoller")
        b.t("WD-%d cycle %s complete: temp %.1f\u00b0C A0=%d, detergent lot %s" % (random.randint(1, 3), digits(6), random.uniform(90, 93), random.choice([3000, 3000, 6000]), "RX" + digits(6)))
        return [b]
    if k == 7:
        b = l4j("pool-3-thread-%d" % random.randint(1, 4), "com.lakeshore.spd.recall.RecallService", "WARN")
        b.t("Quarantine hold on load %s (bi_lot ATT-2403-%03d positive control failed); %d trays recalled, notified spd-leads@%s" %
            (load_id(), random.randint(1, 300), random.randint(2, 6), ORG_DOMAIN))
        return [b]
    if k == 8:
        b = B("spd-audit")
        b.t("%s|LOAN|RECEIVE|%s|vendor=%s|rep=%s|sets=%d|po=PO-%s|expected_return=%s" % (
            T.strftime("%Y-%m-%d %H:%M:%S"), "LN" + digits(6), random.choice(["Arthrex", "Stryker", "Zimmer Biomet", "Smith+Nephew"]),
            random.choice(["Trent Mallory", "Jess Andrade", "Owen Pruitt"]), random.randint(1, 4), digits(6), "2024-03-%02d" % random.randint(15, 22)))
        return [b]
    b = l4j("http-nio-8090-exec-%d" % random.randint(1, 10), "com.lakeshore.spd.tray.TrayTracker")
    src, dst = random.choice([("STERILE_STORAGE", "CASE_CART"), ("CASE_CART", "OR-%02d" % random.randint(1, 6)), ("OR-%02d" % random.randint(1, 6), "DECON")])
    b.t("Tray %s (%s) moved %s -> %s by %s, expiry event-related, load %s" % (tbar, tname, src, dst, tech, load_id()))
    return [b]


def ev_pref_card():
    s = random.choice(SURGEONS)
    proc = random.choice(PROCS[s[2]])
    b = l4j("http-nio-8080-exec-%d" % random.randint(1, 12), "c.l.periop.prefcard.PreferenceCardController", "DEBUG", fam="log4j2")
    b.t("PUT /api/v2/preference-cards/%s body=" % ("PC-%s-%s-v%d" % (s[1].upper()[:5], proc[0], random.randint(2, 14))))
    items = [J(("sku", random.choice(["AR-6480", "AR-8932", "0277-005-100", "72203998", "MED-DYND70301", "8886-801102"]) ), ("desc", random.choice(
        ["Shaver blade 4.0mm", "Suture anchor 4.75mm", "Drape U-split", "Gown XL reinforced", "Biogel PI Indicator 7.5", "Suction tubing 12ft"])),
        ("qty", random.randint(1, 4)), ("hold", random.random() < 0.3)) for _ in range(random.randint(2, 4))]
    obj = J(("cardId", "PC-%s-%s" % (s[1].upper()[:5], proc[0])), ("surgeon", "%s %s, MD" % (s[0], s[1])), ("surgeonNpi", SURG_NPI[s[1]]),
            ("procedure", proc[1].title()), ("cpt", proc[0]), ("position", random.choice(["supine", "beach chair", "lithotomy", "lateral decubitus"])),
            ("gloves", "%s %.1f" % (random.choice(["Biogel PI", "Gammex Non-Latex"]), random.choice([6.5, 7.0, 7.5, 8.0]))),
            ("items", items), ("updatedBy", random.choice(RN_USERS)), ("revision", random.randint(2, 30)))
    jw(b, obj)
    return [b]


def ev_spring_boot_misc():
    app = random.choice(list(SPRING_PID))
    k = random.randint(0, 5)
    if k == 0:
        b = spring(app, "main", "org.springframework.boot.web.embedded.tomcat.TomcatWebServer")
        b.t("Tomcat started on port %d (https) with context path '/%s'" % (random.choice([8443, 8080, 9443]), app.split("-")[0]))
    elif k == 1:
        b = spring(app, "main", "com.zaxxer.hikari.HikariDataSource")
        b.t("HikariPool-1 - Start completed.")
    elif k == 2:
        b = spring(app, "main", "com.lakeshore.%s.Application" % app.replace("-", ""))
        b.t("Started Application in %.3f seconds (process running for %.3f)" % (random.uniform(5, 14), random.uniform(14, 18)))
    elif k == 3:
        b = spring("aims-core", "vitals-flush-1", "com.lakeshore.aims.ingest.VitalsFlushTask")
        b.t("Flushed %d observations from %d monitors in %d ms (queue depth %d)" % (random.randint(80, 900), random.randint(3, 6), random.randint(6, 90), random.randint(0, 3)))
    elif k == 4:
        b = spring("aims-core", "nio-8443-exec-%d" % random.randint(1, 9), "com.lakeshore.aims.device.AnesthesiaMachineService", "WARN")
        b.t("Aisys CS2 SN ANBX%05d (OR-%02d) pre-use checkout overdue by %d min, last pass %s" % (random.randint(10000, 99999), random.randint(1, 6),
                                                                                             random.randint(5, 90), (T - dt.timedelta(hours=26)).strftime("%Y-%m-%d %H:%M")))
    else:
        b = spring("caseboard", "nio-8080-exec-%d" % random.randint(1, 9), "com.lakeshore.caseboard.web.RoomController")
        b.t("Room OR-%02d turnover %d min (target 25), next case in %d min, evs=%s" % (random.randint(1, 6), random.randint(14, 48), random.randint(0, 30), random.choice(["done", "in_progress"])))
    return [b]


def ev_ps_transcript():
    script = random.choice([("Export-PreopCallList.ps1", "-SurgeryDate 2024-03-15"), ("Sync-TrayCatalog.ps1", "-Source \\\\spd-fs01\\exports"),
                            ("Get-MonitorHealth.ps1", "-Site LSN"), ("Push-ImplantRegistry.ps1", "-Since 2024-03-13")])
    user = random.choice(["LAKESHORE\\svc-periop", "LAKESHORE\\svc-spdsync", "LAKESHORE\\jmorrow"])
    host = random.choice(["LSC-APP02", "SPD-APP01", "LSC-JOB01"])
    st = T.strftime("%Y%m%d%H%M%S")
    lines = ["**********************", "Windows PowerShell transcript start", "Start time: " + st, "Username: " + user,
             "RunAs User: " + user, "Configuration Name: ", "Machine: %s (Microsoft Windows NT 10.0.17763.0)" % host,
             "Host Application: C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -NoProfile -ExecutionPolicy Bypass -File D:\\Jobs\\%s %s" % script,
             "Process ID: %d" % random.randint(1200, 9800), "PSVersion: 5.1.17763.5458", "PSEdition: Desktop",
             "PSCompatibleVersions: 1.0, 2.0, 3.0, 4.0, 5.0, 5.1.17763.5458", "BuildVersion: 10.0.17763.5458",
             "CLRVersion: 4.0.30319.42000", "WSManStackVersion: 3.0", "PSRemotingProtocolVersion: 2.3",
             "SerializationVersion: 1.1.0.1", "**********************",
             "Transcript started, output file is D:\\Jobs\\Logs\\%s_%s.txt" % (script[0][:-4], T.strftime("%Y%m%d_%H%M%S"))]
    out = []
    for ln in lines:
        b = B("ps-transcript")
        b.t(ln)
        out.append(b)
    return out


def ev_ps_misc():
    k = random.randint(0, 6)
    if k == 0:
        b = pslog("INFO", "Upserted %d tray definitions from \\\\spd-fs01\\exports\\trays_%s.csv (%d new, %d retired)" % (random.randint(300, 500), T.strftime("%Y%m%d"), random.randint(0, 15), random.randint(0, 5)))
    elif k == 1:
        r = random.randint(1, 6)
        b = pslog("INFO", "OR-%02d IntelliVue MX750 SN DE7%07d 10.40.3.%d reachable (%d ms)" % (r, 1200000 + r * 37, 20 + r, random.randint(1, 4)))
    elif k == 2:
        b = pslog("WARN", "Certificate CN=portal.%s thumbprint %s expires 2024-05-02 (%d days)" % (ORG_DOMAIN, hexs(40).upper(), 49))
    elif k == 3:
        b = B("ps-verbose")
        b.t('VERBOSE: Performing the operation "Set-ADUser" on target "CN=%s,OU=%s,OU=LSN,DC=lakeshore,DC=local".' % (
            random.choice(["Denise Park", "Carla Mendes", "Minh Tran", "Kelechi Osei"]), random.choice(["Nursing", "Anesthesia"])))
    elif k == 4:
        b = B("ps-verbose")
        b.t("VERBOSE: POST https://periop.%s/api/internal/caseboard/archive with 0-byte payload" % ORG_DOMAIN)
    elif k == 5:
        b = B("ps-verbose")
        b.t("WARNING: Share \\\\lsc-fs01\\periop$ is %d%% full (%.1f GB free)" % (random.randint(85, 96), random.uniform(20, 80)))
    else:
        b = pslog("INFO", "Exported %d rows to \\\\lsc-fs01\\periop$\\preop\\PreopCalls_20240315.csv in %.2fs" % (random.randint(18, 44), random.uniform(0.4, 4)))
    return [b]


def ev_ps_error_nophi():
    script = random.choice(["Sync-TrayCatalog.ps1", "Get-MonitorHealth.ps1", "Push-ImplantRegistry.ps1"])
    lineno = random.randint(20, 140)
    if random.random() < 0.5:
        head = "Invoke-RestMethod : The remote server returned an error: (503) Server Unavailable."
        code = "    $resp = Invoke-RestMethod -Uri $Uri -Method Post -Body $payload -ContentType 'application/json'"
        ci = "    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-RestMethod], WebException"
        fq = "    + FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand"
        col = 13
    else:
        head = "Copy-Item : The network path was not found."
        code = "    Copy-Item -Path $src -Destination \\\\spd-fs01\\exports\\archive -Force"
        ci = "    + CategoryInfo          : NotSpecified: (:) [Copy-Item], IOException"
        fq = "    + FullyQualifiedErrorId : System.IO.IOException,Microsoft.PowerShell.Commands.CopyItemCommand"
        col = 5
    shown = code if len(code) <= 74 else code[:70] + " ..."
    tilde = "~" * min(len(shown) - col + 1, 60)
    lines = [head, "At D:\\Jobs\\%s:%d char:%d" % (script, lineno, col), "+ " + shown, "+ " + " " * (col - 1) + tilde, ci, fq]
    out = []
    for ln in lines:
        b = B("ps-error")
        b.t(ln)
        out.append(b)
    return out


JAVA_FRAMES = {
    "timeout": ("java.net.SocketTimeoutException: Read timed out", [
        "java.base/sun.nio.ch.NioSocketImpl.timedFinishRead(NioSocketImpl.java:288)",
        "java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:314)",
        "java.base/java.net.Socket$SocketInputStream.read(Socket.java:1099)",
        "com.ghgande.j2mod.modbus.io.ModbusTCPTransport.readResponse(ModbusTCPTransport.java:217)",
        "com.lakeshore.spd.integration.SterilizerPoller.poll(SterilizerPoller.java:88)",
        "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)"]),
    "hikari": ("org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection", [
        "org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:84)",
        "org.springframework.jdbc.core.JdbcTemplate.execute(JdbcTemplate.java:653)",
        "com.lakeshore.aims.repo.ObservationRepository.batchInsert(ObservationRepository.java:141)",
        "com.lakeshore.aims.ingest.VitalsFlushTask.run(VitalsFlushTask.java:62)"]),
}


def ev_java_trace_nophi():
    key = random.choice(list(JAVA_FRAMES))
    msg, frames = JAVA_FRAMES[key]
    if key == "timeout":
        b = l4j("pool-2-thread-%d" % random.randint(1, 4), "com.lakeshore.spd.integration.SterilizerPoller", "ERROR")
        b.t("Poll failed for STM%d (10.40.8.%d:502)" % (random.randint(1, 3), random.randint(50, 59)))
    else:
        b = spring("aims-core", "vitals-flush-1", "com.lakeshore.aims.ingest.VitalsFlushTask", "ERROR")
        b.t("Flush failed, %d observations re-queued" % random.randint(100, 700))
    out = [b]
    b = B("java-stacktrace")
    b.t(msg)
    out.append(b)
    for f in frames:
        b = B("java-stacktrace")
        b.t("\tat " + f)
        out.append(b)
    if key == "hikari":
        b = B("java-stacktrace")
        b.t("Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30004ms (total=10, active=10, idle=0, waiting=3)")
        out.append(b)
        b = B("java-stacktrace")
        b.t("\t... %d common frames omitted" % random.randint(8, 20))
        out.append(b)
    return out


def ev_php_nophi():
    k = random.randint(0, 2)
    if k == 0:
        b = B("php-error")
        b.t("[%s] PHP Warning:  Undefined array key \"%s\" in /var/www/periop/app/Services/%s.php on line %d" % (
            ts_php(), random.choice(["secondary_payer", "copay", "ride_home", "npo_time"]), random.choice(["EstimateService", "PreopCallService", "CaseBoardPresenter"]), random.randint(40, 400)))
        return [b]
    if k == 1:
        b = B("php-error")
        b.t("[%s] PHP Deprecated:  strftime(): Function strftime() is deprecated in /var/www/periop/app/Support/Legacy/DateHelper.php on line 27" % ts_php())
        return [b]
    out = []
    pid = random.randint(20000, 29999)
    lines = ["[%s]  [pool periop] pid %d" % (T.strftime("%d-%b-%Y %H:%M:%S"), pid), "script_filename = /var/www/periop/public/index.php",
             "[0x00007f3a%s] curl_exec() /var/www/periop/vendor/guzzlehttp/guzzle/src/Handler/CurlHandler.php:44" % hexs(8),
             "[0x00007f3a%s] __invoke() /var/www/periop/vendor/guzzlehttp/guzzle/src/Handler/Proxy.php:28" % hexs(8),
             "[0x00007f3a%s] send() /var/www/periop/app/Services/Clearinghouse/AvailityClient.php:118" % hexs(8)]
    for ln in lines:
        b = B("php-fpm-slow")
        b.t(ln)
        out.append(b)
    return out


def ev_mirth_ack():
    ctrl = "MSG%08d" % random.randint(40000, 90000)
    b = mirth("SIU Outbound < pool-1-thread-%d" % random.randint(1, 6), "com.mirth.connect.connectors.tcp.TcpDispatcher")
    b.t("Message %s sent to 10.40.1.15:6661, ACK received" % ctrl)
    out = [b]
    b = B("hl7v2")
    b.t("MSH|^~\\&|ORMGR|LSC|LSC_SCHED|LSC|%s||ACK^S12^ACK|ACK%s|P|2.5.1" % (ts_hl7(), digits(8)))
    out.append(b)
    b = B("hl7v2")
    b.t("MSA|AA|%s" % ctrl)
    out.append(b)
    return out


def ev_implant_receive():
    v = random.choice([("Arthrex", "SwiveLock 4.75mm", "00888867"), ("Stryker", "ReelX STT 4.5mm", "07613327"), ("Alcon", "AcrySof IQ SN60WF 21.5D", "00380652"),
                       ("Medtronic", "Tympanostomy tube Armstrong 1.14mm", "00643169")])
    g = gtin14(v[2])
    exp = dt.date(2026 + random.randint(0, 2), random.randint(1, 12), 1) - dt.timedelta(days=1)
    lot = random.choice(["24B", "23K", "24A"]) + digits(4)
    b = l4j("http-nio-8090-exec-%d" % random.randint(1, 10), "com.lakeshore.implant.InventoryService")
    b.t("RECEIVE consignment vendor=%s item=\"%s\" gtin=%s udi=(01)%s(17)%s(10)%s qty=%d bin=IMP-%s-%02d po=PO-%s" % (
        v[0], v[1], g, g, exp.strftime("%y%m%d"), lot, random.randint(1, 6), random.choice(["A", "B", "C"]), random.randint(1, 30), digits(6)))
    return [b]


NOPHI_EVENTS = [(ev_queue, 8), (ev_schedule, 3), (ev_lara_info, 10), (ev_health_nginx, 6), (ev_aims_vitals, 7), (ev_syslog_gw, 5),
                (ev_spd, 14), (ev_pref_card, 3), (ev_spring_boot_misc, 7), (ev_ps_misc, 7),
                (ev_ps_error_nophi, 1), (ev_java_trace_nophi, 2), (ev_php_nophi, 3), (ev_mirth_ack, 3), (ev_implant_receive, 3)]

# ---------------------------------------------------------------- event generators: with PHI


def ev_preop_call():
    p = pick("future")
    nurse = random.choice(RNS)
    reached = random.random() < 0.65
    keys = random.choice(["snake", "camel"])
    K = (lambda s, c: s) if keys == "snake" else (lambda s, c: c)
    items = [(K("patient_id", "patientId"), p["pid"], "mrn"), ("mrn", p["mrn"], "mrn")]
    if random.random() < 0.6:
        items.append((K("name", "patientName"), full(p), "name"))
    if random.random() < 0.5:
        items.append(("dob", d_fmt(p["dob"], "iso"), "date"))
    items.append((K("surgery_date", "dos"), d_fmt(p["dos"], "iso"), "date"))
    items.append((K("arrival_time", "arrivalTime"), "%02d:%s" % (int(p["appt"][:2]) - 1, p["appt"][3:])))
    items.append((K("phone_dialed", "phoneDialed"), ph_fmt(p["phone"], random.choice([0, 1, 3])), "phone"))
    items.append(("outcome", "reached" if reached else random.choice(["left_voicemail", "no_answer", "wrong_number"])))
    items.append((K("attempt", "attemptNo"), random.randint(1, 3)))
    items.append(("nurse", nurse))
    if reached:
        items.append((K("npo_reviewed", "npoReviewed"), True))
        if random.random() < 0.7:
            rh = J(("name", p["rel_first"] + " " + p["rel_last"], "name"), ("relation", p["rel"]),
                   ("phone", ph_fmt(p["rel_phone"], random.choice([0, 1])), "phone"))
            if random.random() < 0.35:
                plate = random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + " " + digits(5)
                rh.items.append(("vehicle", random.choice(["gray Honda CR-V", "white Toyota Camry", "black Ford Escape", "blue Subaru Outback"])))
                rh.items.append(("plate", plate, "vehicle"))
            items.append((K("ride_home", "rideHome"), rh))
    items.append((K("duration_sec", "durationSec"), random.randint(40, 900)))
    return [lara("INFO", "Pre-op call logged", J(*items))]


def pick_old_bias():
    if random.random() < 0.3:
        return random.choice([p for p in PATIENTS if p["age"] > 89])
    return pick()


def ev_preop_note():
    p = pick_old_bias()
    nurse = random.choice(RNS)
    b = spring("caseboard", "nio-8080-exec-%d" % random.randint(1, 9), "com.lakeshore.periop.preop.PreopNoteService")
    if p["age"] > 89:
        b.seq(["Note saved for ", (p["mrn"], "mrn"), ": \"Spoke w/ pt's ", p["rel"], " ", (p["rel_first"], "name"), " (", (ph_fmt(p["rel_phone"], 1), "phone"),
               "). Pt is ", (str(p["age"]), "age"), " y/o, lives ", random.choice(["alone", "with daughter", "in assisted living"]),
               ", uses walker. Hold aspirin x7d confirmed. Arrive 1h early.\" author=", nurse])
    else:
        b.seq(["Note saved for ", (p["mrn"], "mrn"), ": \"Pt ", (p["first"], "name"), " confirmed NPO after midnight, ", str(p["age"]), "yo, BMI ",
               "%.1f" % random.uniform(19, 39), ", driver = ", p["rel"], ". Callback ", (ph_fmt(p["phone"], 0), "phone"), " after 5pm.\" author=", nurse])
    return [b]


def ev_assessment():
    p = pick_old_bias()
    items = [("assessment_id", uuid4()), ("mrn", p["mrn"], "mrn"), ("case_no", p["case"], "other_id")]
    if p["age"] > 89:
        items.append(("age", p["age"], "age"))
    else:
        items.append(("age", p["age"]))
    items += [("asa", random.randint(1, 3)), ("weight_kg", p["weight"]), ("osa", random.random() < 0.3)]
    dev = None
    r = random.random()
    if r < 0.3:
        dev = J(("type", "CPAP"), ("model", "ResMed AirSense 11"), ("sn", "2322" + digits(7), "device"))
    elif r < 0.55:
        dev = J(("type", "pacemaker"), ("mfr", "Medtronic"), ("model", "Azure XT DR MRI"),
                ("sn", random.choice(["RNB", "PJN", "SQA"]) + digits(6) + random.choice("HSG"), "device"), ("interrogated", d_fmt(p["dos"] - dt.timedelta(days=random.randint(3, 20)), "iso"), "date"))
    elif r < 0.7:
        dev = J(("type", "insulin pump"), ("model", "Omnipod 5"), ("pdm_sn", "PDM" + digits(9), "device"))
    if dev:
        items.append(("device", dev))
    items += [("allergies", random.choice([["NKDA"], ["penicillin", "latex"], ["sulfa"], ["codeine"]])),
              ("anticoag", random.choice([None, "apixaban hold 48h", "warfarin hold 5d, INR day of"])), ("nurse", random.choice(RNS))]
    return [lara("INFO", "Nurse assessment saved", J(*items))]


def ev_caseboard():
    p = pick("today")
    b = spring("caseboard", "nio-8080-exec-%d" % random.randint(1, 9), "com.lakeshore.caseboard.web.BoardEventController")
    st = random.choice(["CHECKED_IN->PREOP", "PREOP->IN_ROOM", "IN_ROOM->INDUCTION", "PROCEDURE_END->PACU", "PACU->PHASE_II", "PHASE_II->DISCHARGED"])
    style = random.randint(0, 2)
    if style == 0:
        nm = p["last"] + ", " + p["first"][0] + "."
    elif style == 1:
        nm = lastfirst(p, True)
    else:
        nm = p["first"] + " " + p["last"][0] + "."
    b.seq(["status change case=", (p["case"], "other_id"), " room=", p["room"], " pt=\"", (nm, "name"), "\" ", st, " surgeon=", p["surgeon"][1],
           " by=", random.choice(RN_USERS + [c[2] for c in CRNAS])])
    return [b]


def hl7_pid(b, p, with_ssn=True):
    b.t("PID|1||").p(p["mrn"], "mrn").t("^^^LSC^MR~").p(str(p["pid"]), "mrn").t("^^^PERIOP^PI||")
    b.p(p["last"].upper(), "name").t("^").p(p["first"].upper(), "name").t("^^^^^L||")
    b.p(d_fmt(p["dob"], "hl7"), "date").t("|%s|||" % p["sex"])
    b.p(p["street"], "address").t("^")
    if p["unit"]:
        b.p(p["unit"], "address")
    b.t("^").p(p["city"], "address").t("^%s^" % p["state"]).p(p["zip"], "zip").t("^USA^H||")
    b.p(ph_fmt(p["phone"], 5), "phone").t("^PRN^PH~^NET^Internet^").p(p["email"], "email").t("||ENG|")
    b.t(random.choice(["M", "S", "W", "D"]) + "||")
    b.p(p["acct"], "account").t("^^^LSC^AN|")
    if with_ssn:
        b.p(p["ssn"].replace("-", "") if random.random() < 0.5 else p["ssn"], "ssn")
    return b


def ev_hl7_siu():
    p = pick()
    ctrl = "SCH%s%02d" % (ts_hl7()[2:], random.randint(10, 99))
    out = []
    b = mirth("SIU Inbound < pool-1-thread-%d" % random.randint(1, 6), "com.mirth.connect.donkey.server.channel.Channel")
    b.t("Received SIU^S12 control id %s (%d bytes) from 10.40.1.31:%d" % (ctrl, random.randint(900, 1700), random.randint(40000, 60000)))
    out.append(b)
    b = B("hl7v2")
    b.t("MSH|^~\\&|LSC_SCHED|LSC|ORMGR|%s|%s||SIU^S12^SIU_S12|%s|P|2.5.1|||AL|NE" % (p["site"], ts_hl7(), ctrl))
    out.append(b)
    start = dt.datetime.combine(p["dos"], dt.time(int(p["appt"][:2]), int(p["appt"][3:])))
    dur = random.choice([30, 45, 60, 90, 120])
    end = start + dt.timedelta(minutes=dur)
    s = p["surgeon"]
    b = B("hl7v2")
    b.t("SCH|").p(p["case"], "other_id").t("^LSC|").p(p["case"], "other_id").t("^LSC||||ROUTINE|SURG^Surgery|%s^%s^CPT|%d|min|^^%d^" % (p["proc"][0], p["proc"][1], dur, dur))
    b.p(start.strftime("%Y%m%d%H%M%S"), "date").t("^").p(end.strftime("%Y%m%d%H%M%S"), "date")
    b.t("|||||%s^%s^%s^^^Dr|||||||||Booked" % (SURG_NPI[s[1]], s[1], s[0]))
    out.append(b)
    b = B("hl7v2")
    hl7_pid(b, p, with_ssn=random.random() < 0.6)
    out.append(b)
    b = B("hl7v2")
    b.t("PV1|1|O|%s^%s^^%s||||%s^%s^%s^^^^^^NPI|||SUR||||1|||||" % (p["site"], p["room"].replace("-", ""), p["site"], SURG_NPI[s[1]], s[1], s[0]))
    b.p(p["acct"], "account").t("|||||||||||||||||||||||||").p(d_fmt(p["dos"], "hl7"), "date")
    out.append(b)
    b = B("hl7v2")
    b.t("DG1|1||%s^%s^I10||" % (p["proc"][2], "Primary dx")).t("|A")
    out.append(b)
    b = B("hl7v2")
    b.t("AIS|1||%s^%s^CPT|" % (p["proc"][0], p["proc"][1])).p(start.strftime("%Y%m%d%H%M%S"), "date").t("|0|min|%d|min" % dur)
    out.append(b)
    b = B("hl7v2")
    b.t("AIP|1||%s^%s^%s^^^Dr|SURGEON" % (SURG_NPI[s[1]], s[1], s[0]))
    out.append(b)
    return out


def ev_hl7_adt():
    p = pick()
    ctrl = "ADT%s%03d" % (ts_hl7()[4:], random.randint(0, 999))
    out = []
    b = mirth("ADT Inbound < pool-1-thread-%d" % random.randint(1, 6), "com.mirth.connect.donkey.server.channel.Channel")
    b.t("Received ADT^A04 control id %s, routed to [Periop Registration, Financial Clearance]" % ctrl)
    out.append(b)
    b = B("hl7v2")
    b.t("MSH|^~\\&|REG|LSC|PERIOP|LSC|%s||ADT^A04^ADT_A01|%s|P|2.5.1" % (ts_hl7(), ctrl))
    out.append(b)
    b = B("hl7v2")
    b.t("EVN|A04|%s|||%s" % (ts_hl7(), random.choice(["REGCLERK3", "JMORROW", "AKHAN"])))
    out.append(b)
    b = B("hl7v2")
    hl7_pid(b, p)
    out.append(b)
    b = B("hl7v2")
    b.t("NK1|1|").p(p["rel_last"].upper(), "name").t("^").p(p["rel_first"].upper(), "name").t("|%s^%s|" % (p["rel"][:3].upper(), p["rel"].title()))
    b.t("|").p(ph_fmt(p["rel_phone"], 5), "phone").t("||EC^Emergency Contact")
    out.append(b)
    payer = p["payer"]
    b = B("hl7v2")
    b.t("IN1|1|%s|%s^%s|%s|PO BOX %s^^%s^IL^%s||(800)555-01%02d|" % (payer[0], payer[1], payer[2], payer[2], digits(6), "CHICAGO", "60680", random.randint(50, 99)))
    b.t(p["group"] + "|" + (p["employer"] if p["group"] else "") + "|||")
    b.t("||||")
    b.p(p["last"].upper(), "name").t("^").p(p["first"].upper(), "name").t("|01^Self|").p(d_fmt(p["dob"], "hl7"), "date").t("|")
    b.p(p["street"], "address").t("^^").p(p["city"], "address").t("^" + p["state"] + "^").p(p["zip"], "zip")
    b.t("|||||||||||||||||").p(p["member"], "health_plan")
    out.append(b)
    if random.random() < 0.5:
        b = B("hl7v2")
        b.t("GT1|1||").p(p["rel_last"].upper(), "name").t("^").p(p["rel_first"].upper(), "name").t("||")
        b.p(p["street"], "address").t("^^").p(p["city"], "address").t("^" + p["state"] + "^").p(p["zip"], "zip").t("|")
        b.p(ph_fmt(p["rel_phone"], 5), "phone").t("||||P|%s^%s" % (p["rel"][:2].upper(), p["rel"].title()))
        out.append(b)
    return out


def ev_x12():
    p = pick()
    payer = p["payer"]
    ctl = "%09d" % random.randint(4000, 99999)
    st = "%04d" % random.randint(1, 60)
    b = l4j("elig-worker-%d" % random.randint(1, 4), "com.lakeshore.elig.AvailityClient", "DEBUG", fam="x12-271")
    b.t("271 raw (%s): " % ("trn=ELG-%s-%03d" % (T.strftime("%Y%m%d"), random.randint(1, 200))))
    b.t("ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%s*0*P*:~" % ("AVAILITY", "LAKESHOREASC", T.strftime("%y%m%d"), T.strftime("%H%M"), ctl))
    b.t("GS*HB*AVAILITY*LAKESHOREASC*%s*%s*%d*X*005010X279A1~" % (T.strftime("%Y%m%d"), T.strftime("%H%M"), int(ctl)))
    b.t("ST*271*%s*005010X279A1~BHT*0022*11*%s*%s*%s~" % (st, hexs(10).upper(), T.strftime("%Y%m%d"), T.strftime("%H%M")))
    b.t("HL*1**20*1~NM1*PR*2*%s*****PI*%s~HL*2*1*21*1~NM1*1P*2*LAKESHORE SURGERY CENTER*****XX*1588667638~HL*3*2*22*0~" % (payer[2], payer[1]))
    b.t("TRN*2*%s*9LAKESHORE~" % digits(10))
    b.t("NM1*IL*1*").p(asc(p["last"]).upper(), "name").t("*").p(asc(p["first"]).upper(), "name").t("****MI*").p(p["member"], "health_plan").t("~")
    if p["group"]:
        b.t("REF*6P*%s*%s~" % (p["group"], p["employer"]))
    b.t("N3*").p(p["street"].upper(), "address").t("~N4*").p(p["city"].upper(), "address").t("*" + p["state"] + "*").p(p["zip"] + p["zip4"], "zip").t("~")
    b.t("DMG*D8*").p(d_fmt(p["dob"], "hl7"), "date").t("*%s~" % p["sex"])
    b.t("DTP*346*D8*").p(p["plan_begin"], "date").t("~")
    b.t("EB*1*IND*30**%s~EB*C*IND*23****%d~EB*A*IND*30*****.2~" % (random.choice(["PPO", "HMO", "MA"]), random.choice([500, 1500, 3000])))
    b.t("SE*%d*%s~GE*1*%d~IEA*1*%s~" % (random.randint(14, 20), st, int(ctl), ctl))
    return [b]


NDCS = [("propofol 10 mg/mL", "63323-0269-29", "mg", (100, 200)), ("fentanyl 50 mcg/mL", "0409-9094-22", "mcg", (25, 100)),
        ("midazolam 1 mg/mL", "0641-6057-10", "mg", (1, 2)), ("ondansetron 2 mg/mL", "0409-4755-03", "mg", (4, 4)),
        ("cefazolin 2 g", "0143-9924-90", "g", (2, 2)), ("dexamethasone 4 mg/mL", "63323-0165-01", "mg", (4, 8)),
        ("rocuronium 10 mg/mL", "0143-9533-10", "mg", (30, 60)), ("lidocaine 2%", "0409-4276-01", "mg", (40, 100))]


def ev_drug_admin():
    d = random.choice(NDCS)
    c = random.choice(CRNAS)
    b = l4j("aims-med-%d" % random.randint(1, 4), "com.lakeshore.aims.meds.MedAdminService")
    dose = random.randint(*d[3])
    lot = random.choice(["EP", "FA", "KX", "2X"]) + digits(4)
    exp = "202%d-%02d" % (random.randint(5, 6), random.randint(1, 12))
    if random.random() < 0.5:
        p = pick("today")
        b.seq(["MAR entry saved enc=", uuid4(), " mrn=", (p["mrn"], "mrn"), " case=", (p["case"], "other_id"), " drug=\"", d[0], "\" ndc=", d[1],
               " dose=%d %s route=IV room=%s lot=%s exp=%s by=%s" % (dose, d[2], p["room"], lot, exp, c[2])])
    else:
        b.t("MAR entry saved enc=%s drug=\"%s\" ndc=%s dose=%d %s route=IV room=OR-%02d lot=%s exp=%s by=%s" % (uuid4(), d[0], d[1], dose, d[2], random.randint(1, 6), lot, exp, c[2]))
    return [b]


def ev_wristband():
    p = pick("today")
    b = spring("aims-core", "nio-8443-exec-%d" % random.randint(1, 9), "com.lakeshore.aims.encounter.WristbandScanService")
    if random.random() < 0.5:
        b.t("Wristband scan ok: barcode=").p(p["mrn"], "mrn").t("^").p(d_fmt(p["dob"], "hl7"), "date").t(" room=%s encounter=%s monitor=DE7%07d" % (p["room"], uuid4(), 1200000 + int(p["room"][-1]) * 37))
    else:
        b.t("Time-out verified for case ").p(p["case"], "other_id").t(" (").p(lastfirst(p), "name").t(") site/side confirmed, consent on file, by %s" % random.choice(CRNAS)[2])
    return [b]


IMPLANT_BY_SPEC = {
    "ortho": [("Arthrex", "SwiveLock 4.75mm", "00888867"), ("Stryker", "ReelX STT 4.5mm", "07613327")],
    "ophtho": [("Alcon", "AcrySof IQ SN60WF %.1fD", "00380652")],
    "ent": [("Medtronic", "Tympanostomy tube Armstrong 1.14mm", "00643169"), ("Medtronic", "Doyle splint combo", "00643169")],
    "general": [("Bard", "Ventralex ST patch M", "00801741"), ("Covidien", "ProGrip mesh 15x9cm", "10884521")],
}


def udi_for(p):
    v = random.choice(IMPLANT_BY_SPEC[p["surgeon"][2]])
    if "%" in v[1]:
        v = (v[0], v[1] % random.choice([19.5, 21.0, 22.5, 23.0]), v[2])
    g = gtin14(v[2])
    exp = dt.date(2026 + random.randint(0, 2), random.randint(1, 12), 1) - dt.timedelta(days=1)
    lot = random.choice(["24B", "23K", "24A"]) + digits(4)
    sn = digits(8)
    return v, "(01)%s(17)%s(10)%s(21)%s" % (g, exp.strftime("%y%m%d"), lot, sn), lot, sn


def ev_implant():
    p = random.choice([q for q in PATIENTS if q["dos"] <= REF and q["surgeon"][2] in IMPLANT_BY_SPEC])
    v, udi, lot, sn = udi_for(p)
    k = random.random()
    if k < 0.5:
        b = l4j("http-nio-8090-exec-%d" % random.randint(1, 10), "com.lakeshore.implant.ImplantLogService")
        b.t("IMPLANT_RECORDED case=").p(p["case"], "other_id").t(" mrn=").p(p["mrn"], "mrn").t(" patient=\"").p(lastfirst(p, True), "name")
        b.t("\" udi=\"").p(udi, "device").t("\" desc=\"%s %s\" qty=1 implant_date=" % (v[0], v[1])).p(d_fmt(p["dos"], "iso"), "date")
        b.t(" surgeon=%s%s scanned_by=%s" % (p["surgeon"][0][0], p["surgeon"][1], random.choice(RN_USERS)))
        return [b]
    if k < 0.75:
        b = spring("spd-track", "nio-8090-exec-%d" % random.randint(1, 9), "com.lakeshore.implant.RegistryExportService")
        obj = J(("registry", "AJRR" if v[0] in ("Arthrex", "Stryker") else "internal"), ("caseNumber", p["case"], "other_id"),
                ("patient", J(("mrn", p["mrn"], "mrn"), ("lastName", p["last"], "name"), ("firstName", p["first"], "name"), ("birthDate", d_fmt(p["dob"], "iso"), "date"),
                              ("zip", p["zip"], "zip"))),
                ("procedureDate", d_fmt(p["dos"], "iso"), "date"), ("cpt", p["proc"][0]),
                ("devices", [J(("udi", udi, "device"), ("manufacturer", v[0]), ("lot", lot), ("serial", sn, "device"))]))
        b.t("Registry payload ")
        jw(b, obj, uni=False)
        return [b]
    out = []
    b = B("ps-list")
    b.t("PS D:\\Jobs> Get-ImplantRecord -CaseNumber ").p(p["case"], "other_id").t(" | Format-List")
    out.append(b)
    rows = [("CaseNumber", p["case"], "other_id"), ("PatientName", lastfirst(p), "name"), ("MRN", p["mrn"], "mrn"), ("Udi", udi, "device"),
            ("ImplantDate", d_fmt(p["dos"], "usn"), "date"), ("Status", "RegistrySubmitFailed", None), ("LastError", "HTTP 422 lot/serial mismatch", None)]
    w = max(len(r[0]) for r in rows)
    for k2, v2, c2 in rows:
        b = B("ps-list")
        b.t(k2.ljust(w) + " : ").p(v2, c2)
        if k2 == "ImplantDate":
            b.t(" 12:00:00 AM")
        out.append(b)
    return out


def ev_tissue():
    p = pick("today")
    b = l4j("http-nio-8090-exec-%d" % random.randint(1, 10), "com.lakeshore.implant.TissueLogService")
    tid = "%s-%s-%s" % (random.choice(["MTF", "AATB", "LFN"]), digits(7), digits(3))
    b.t("TISSUE_ISSUED tissue_id=%s type=\"%s\" exp=%s storage_temp=%.1f\u00b0C thawed=%s recipient_mrn=" % (
        tid, random.choice(["Achilles allograft", "Dermal matrix 4x7cm", "Cancellous chips 15cc", "Amniotic membrane"]),
        "20%d-%02d-%02d" % (random.randint(26, 29), random.randint(1, 12), random.randint(1, 28)), random.uniform(-80, -60) if random.random() < 0.5 else random.uniform(2, 6),
        T.strftime("%H:%M"))).p(p["mrn"], "mrn").t(" case=").p(p["case"], "other_id").t(" issued_to=%s" % random.choice(RN_USERS))
    return [b]


SMS_FROM = "+18475550100"


def sms_body(p):
    if p["dos"] < REF:
        k = random.choice([0, 3])
    elif p["dos"] > REF:
        k = random.choice([1, 2])
    else:
        k = random.choice([0, 2])
    if k == 0:
        return "postop_day1", ["Hi ", (p["first"], "name"), ", this is Lakeshore Surgery Center checking in after your procedure on ", (d_fmt(p["dos"], "md"), "date"),
                               ". Reply 1 if doing well, 2 if pain is not controlled, 3 for a nurse call. Reply STOP to opt out."]
    if k == 1:
        return "preop_reminder", ["Reminder: ", (p["first"], "name"), ", arrive at %s on " % SITES[p["site"]][0], (d_fmt(p["dos"], "mon"), "date"),
                                  " at %02d:%s. Nothing to eat after midnight. Questions? Call %s" % (int(p["appt"][:2]) - 1, p["appt"][3:], SITES[p["site"]][4])]
    if k == 2:
        slug = "%s-%s-%s" % (asc(p["first"]).lower(), asc(p["last"]).lower().replace("'", ""), p["dob"].strftime("%m%d"))
        return "estimate_ready", ["Your estimate is ready. Pay securely at ", ("https://pay.%s/guest/%s" % (ORG_DOMAIN, slug), "url"), " - Lakeshore Surgery Center"]
    return "survey_link", ["How was your visit on ", (d_fmt(p["dos"], "md"), "date"), "? Tap to rate us: https://lsc.to/s/%s Reply STOP to opt out." % hexs(6)]


def ev_sms_out():
    p = pick()
    tmpl, body = sms_body(p)
    b = B("laravel")
    b.t("[" + ts_lara() + "] production.INFO: SMS dispatched ")
    b.t('{"to":"').p(ph_fmt(p["phone"], 2), "phone").t('","from":"%s","sid":"SM%s","template":"%s","body":"' % (SMS_FROM, hexs(32), tmpl))
    for x in body:
        if isinstance(x, tuple):
            b.p(jesc(x[0]), x[1])
        else:
            b.t(jesc(x))
    b.t('","segments":%d,"patient_id":' % random.randint(1, 3)).p(str(p["pid"]), "mrn").t("} []")
    return [b]


def ev_sms_in():
    p = pick()
    ctx = J(("MessageSid", "SM" + hexs(32)), ("AccountSid", "AC" + hexs(32)), ("From", ph_fmt(p["phone"], 2), "phone"), ("To", SMS_FROM),
            ("Body", random.choice(["1", "2", "3", "Doing ok, a little sore", "STOP"])), ("NumSegments", "1"), ("FromZip", p["zip"], "zip"),
            ("FromCity", p["city"].upper(), "address"), ("FromState", p["state"]))
    return [lara("INFO", "Inbound SMS", ctx)]


def ev_sms_status():
    ctx = J(("MessageSid", "SM" + hexs(32)), ("MessageStatus", random.choice(["sent", "delivered", "undelivered"])), ("ErrorCode", random.choice([None, None, "30003"])),
            ("ApiVersion", "2010-04-01"))
    if random.random() < 0.4:
        p = pick()
        ctx.items.insert(2, ("To", ph_fmt(p["phone"], 2), "phone"))
    return [lara("DEBUG", "Twilio status callback", ctx)]


SURVEY_COMMENTS = [
    "Everything went smooth, Dr. Thornton and nurse Carla were great",
    "Parking was confusing but staff very kind",
    "Waited 2 hours past my arrival time",
    "Pain controlled, thanks to the PACU team",
    "",
]


def ev_survey():
    p = pick("done")
    items = [("survey", "postop_nps_v3"), ("response_id", uuid4()), ("score", random.randint(3, 10)), ("channel", random.choice(["sms", "email"]))]
    r = random.random()
    if r < 0.35:
        items.append(("comment", random.choice(SURVEY_COMMENTS)))
        if random.random() < 0.5:
            return [lara("INFO", "Survey response stored", J(*items))]
        items.append(("patient_id", p["pid"], "mrn"))
        return [lara("INFO", "Survey response stored", J(*items))]
    b = B("laravel")
    b.t("[" + ts_lara() + "] production.WARNING: Survey comment flagged for callback ")
    b.t('{"response_id":"%s","score":%d,"comment":"' % (uuid4(), random.randint(1, 5)))
    k = random.randint(0, 2)
    if k == 0:
        parts = ["This is ", (full(p), "name"), ". My incision is red and warm, please call me at ", (ph_fmt(p["phone"], 1), "phone")]
    elif k == 1:
        parts = ["my mom ", (p["first"], "name"), " (dob ", (d_fmt(p["dob"], "usn"), "date"), ") is still nauseous, call ", (p["rel_first"], "name"), " ", (ph_fmt(p["rel_phone"], 0), "phone")]
    else:
        parts = ["Bill is wrong, account ", (p["acct"], "account"), " was charged twice. email me ", (p["email"], "email")]
    for x in parts:
        if isinstance(x, tuple):
            b.p(jesc(x[0]), x[1])
        else:
            b.t(jesc(x))
    b.t('","patient_id":').p(str(p["pid"]), "mrn").t(',"routed_to":"nurse-line@%s"} []' % ORG_DOMAIN)
    return [b]


def ev_estimate():
    p = pick("future")
    allowed = round(random.uniform(900, 9000), 2)
    ded = float(random.choice([0, 250, 500, 850, 1500]))
    resp = round(min(allowed, ded + (allowed - ded) * 0.2), 2)
    K = random.choice(["snake", "camel"])
    if K == "snake":
        ctx = J(("estimate_no", "EST-%s-%04d" % (T.strftime("%y%m%d"), random.randint(1, 999))), ("patient", J(("id", p["pid"], "mrn"), ("name", full(p), "name"), ("dob", d_fmt(p["dob"], "iso"), "date"))),
                ("payer", p["payer"][0]), ("member_id", p["member"], "health_plan"), ("group_no", p["group"] or None), ("cpt", [p["proc"][0]]),
                ("allowed", allowed), ("deductible_remaining", ded), ("coinsurance_pct", 20), ("patient_resp", resp), ("guarantor_acct", p["acct"], "account"))
    else:
        ctx = J(("estimateNo", "EST-%s-%04d" % (T.strftime("%y%m%d"), random.randint(1, 999))), ("mrn", p["mrn"], "mrn"), ("dos", d_fmt(p["dos"], "iso"), "date"),
                ("payerId", p["payer"][1]), ("subscriberId", p["member"], "health_plan"), ("groupNumber", p["group"] or None),
                ("cptCodes", [p["proc"][0]]), ("allowedAmt", allowed), ("patientResponsibility", resp), ("depositRequired", round(resp * 0.5, 2)))
    return [lara("INFO", "Estimate generated", ctx)]


def ev_payment():
    p = pick()
    k = random.random()
    if k < 0.35:
        card = random.choice([card_visa, card_mc])()
        ctx = J(("cardholder", full(p), "name"), ("card_number", card, "account"), ("exp_month", "%02d" % random.randint(1, 12)), ("exp_year", str(random.randint(2025, 2029))),
                ("cvv", "***"), ("billing_zip", p["zip"], "zip"), ("amount", "%.2f" % random.uniform(100, 2000)), ("acct", p["acct"], "account"))
        return [lara("DEBUG", "Legacy payment form posted", ctx, channel="payments")]
    if k < 0.6:
        ctx = J(("routing", random.choice(["071000013", "071923909", "074000010"])), ("account", digits(random.randint(9, 12)), "account"),
                ("account_type", "checking"), ("name_on_account", p["rel_first"] + " " + p["rel_last"], "name"), ("guarantor_acct", p["acct"], "account"), ("amount", round(random.uniform(100, 2000), 2)))
        return [lara("INFO", "ACH authorization captured", ctx, channel="payments")]
    if k < 0.8:
        ctx = J(("pi", "pi_3O" + hexs(22)), ("amount", random.randint(10000, 200000)), ("currency", "usd"),
                ("card", J(("brand", "visa"), ("last4", digits(4)), ("exp", "%02d/%d" % (random.randint(1, 12), random.randint(25, 29))))),
                ("decline_code", random.choice(["insufficient_funds", "do_not_honor", "expired_card"])), ("guarantor_acct", p["acct"], "account"))
        return [lara("WARNING", "Payment intent failed", ctx, channel="payments")]
    ctx = J(("pi", "pi_3O" + hexs(22)), ("amount", random.randint(10000, 200000)), ("currency", "usd"), ("status", "succeeded"),
            ("receipt_email", "noreply@" + ORG_DOMAIN), ("order", "ORD-%s" % digits(7)))
    return [lara("INFO", "Payment intent succeeded", ctx, channel="payments")]


def ev_portal_nginx():
    p = pick()
    ua = random.choice(UAS)
    k = random.randint(0, 5)
    if k == 0:
        req = "GET /portal/estimates/EST-%s-%04d HTTP/2.0" % (T.strftime("%y%m%d"), random.randint(1, 999))
        ref = "https://portal.%s/portal/home" % ORG_DOMAIN
    elif k == 1:
        req = ["GET /password/reset/%s?email=" % hexs(64), (p["email"].replace("@", "%40"), "email"), " HTTP/2.0"]
        ref = "-"
    elif k == 2:
        slug = "%s-%s-%s" % (asc(p["first"]).lower(), asc(p["last"]).lower().replace("'", ""), p["dob"].strftime("%m%d"))
        req = "POST /guest/pay HTTP/2.0"
        ref = [("https://pay.%s/guest/%s" % (ORG_DOMAIN, slug), "url")]
    elif k == 3:
        req = "POST /portal/forms/preop-questionnaire HTTP/2.0"
        ref = "https://portal.%s/portal/forms/preop-questionnaire?step=%d" % (ORG_DOMAIN, random.randint(1, 5))
    elif k == 4:
        req = ["GET /api/v1/lookup?last=", (asc(p["last"]).replace("'", "%27"), "name"), "&dob=", (d_fmt(p["dob"], "iso"), "date"), " HTTP/1.1"]
        ref = "https://portal.%s/register" % ORG_DOMAIN
    else:
        req = "GET /portal/messages?unread=1 HTTP/2.0"
        ref = "https://portal.%s/portal/home" % ORG_DOMAIN
    return [nginx(p["ip"], "ip", req, random.choice([200, 200, 200, 302, 422]), random.randint(200, 40000), ref, ua)]


def ev_mail():
    p = pick("future")
    ctx = J(("mailable", "App\\Mail\\" + random.choice(["PreopInstructions", "EstimateReady", "PostopSurvey"])), ("to", [(p["email"], "email")]),
            ("from", "noreply@" + ORG_DOMAIN), ("subject", None), ("message_id", "<%s@%s>" % (hexs(32), ORG_DOMAIN)))
    b = B("laravel")
    b.t("[" + ts_lara() + "] production.INFO: Mail sent ")
    # subject with appointment date
    subj_parts = ["Your procedure on ", (d_fmt(p["dos"], "long"), "date"), " at %s" % SITES[p["site"]][0]]
    ctx.items[3] = ("subject", "__SUBJ__")
    # manual write to place the subject spans
    b.t("{")
    for i, it in enumerate(ctx.items):
        if i:
            b.t(",")
        b.t('"%s":' % it[0])
        if it[1] == "__SUBJ__":
            b.t('"')
            for x in subj_parts:
                if isinstance(x, tuple):
                    b.p(jesc(x[0]), x[1])
                else:
                    b.t(jesc(x))
            b.t('"')
        else:
            jw(b, it[1], it[2] if len(it) > 2 else None)
    b.t("} []")
    return [b]


def ev_query_exception():
    p = pick()
    conn = "/var/www/periop/vendor/laravel/framework/src/Illuminate/Database/Connection.php"
    sql_pre = "insert into `patients` (`mrn`, `last_name`, `first_name`, `dob`, `phone`, `updated_at`, `created_at`) values ("
    now = ts_lara()

    def sql(b):
        b.t(sql_pre).p(p["mrn"], "mrn").t(", ").p(p["last"], "name").t(", ").p(p["first"], "name").t(", ").p(d_fmt(p["dob"], "iso"), "date").t(", ")
        b.p(ph_fmt(p["phone"], 3), "phone").t(", %s, %s)" % (now, now))

    b = B("laravel-trace")
    b.t("[%s] production.ERROR: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '" % now).p(p["mrn"], "mrn")
    b.t("' for key 'patients.patients_mrn_unique' (Connection: mysql, SQL: ")
    sql(b)
    b.t(') {"userId":%d,"exception":"[object] (Illuminate\\\\Database\\\\QueryException(code: 23000): SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry \'' % random.randint(3, 90))
    b.p(p["mrn"], "mrn").t("' for key 'patients.patients_mrn_unique' (Connection: mysql, SQL: ")
    sql(b)
    b.t(") at %s:801)" % conn)
    out = [b]
    frames = [
        "%s(755): Illuminate\\\\Database\\\\Connection->runQueryCallback('insert into `pa...', Array, Object(Closure))" % conn,
        "%s(562): Illuminate\\\\Database\\\\Connection->run('insert into `pa...', Array, Object(Closure))" % conn,
        "/var/www/periop/vendor/laravel/framework/src/Illuminate/Database/Query/Builder.php(3507): Illuminate\\\\Database\\\\Connection->insert('insert into `pa...', Array, NULL)",
        "/var/www/periop/app/Services/Registration/PatientUpserter.php(88): Illuminate\\\\Database\\\\Eloquent\\\\Model->save()",
        "/var/www/periop/app/Listeners/HandleAdtA04.php(41): App\\\\Services\\\\Registration\\\\PatientUpserter->upsert(Object(App\\\\Hl7\\\\Segments\\\\Pid))",
        "/var/www/periop/vendor/laravel/framework/src/Illuminate/Events/Dispatcher.php(458): App\\\\Listeners\\\\HandleAdtA04->handle(Object(App\\\\Events\\\\AdtReceived))",
    ]
    b = B("laravel-trace")
    b.t("[stacktrace]")
    out.append(b)
    for i, f in enumerate(frames):
        b = B("laravel-trace")
        b.t("#%d %s" % (i, f))
        out.append(b)
    b = B("laravel-trace")
    b.t("#%d {main}" % len(frames))
    out.append(b)
    b = B("laravel-trace")
    b.t('"} ')
    out.append(b)
    return out


def ev_ps_table():
    pool = [p for p in PATIENTS if p["dos"] == dt.date(2024, 3, 15)]
    pts = sorted(random.sample(pool, random.randint(3, min(5, len(pool)))), key=lambda p: p["appt"])
    out = [pslog("INFO", "Building pre-op call list for 2024-03-15 (%d cases, all sites)" % len(pts))]
    cols = ["CaseNo", "MRN", "Patient", "DOB", "Phone", "Surgeon", "Arrive"]
    rows = []
    for p in pts:
        rows.append([(p["case"], "other_id"), (p["mrn"], "mrn"), (lastfirst(p), "name"), (d_fmt(p["dob"], "us"), "date"),
                     (ph_fmt(p["phone"], 0), "phone"), (p["surgeon"][1], None), ("%02d:%s" % (int(p["appt"][:2]) - 1, p["appt"][3:]), None)])
    widths = [max(len(c), max(len(r[i][0]) for r in rows)) for i, c in enumerate(cols)]
    b = B("ps-table")
    b.t(" ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip())
    out.append(b)
    b = B("ps-table")
    b.t(" ".join(("-" * len(c)).ljust(w) for c, w in zip(cols, widths)).rstrip())
    out.append(b)
    for r in rows:
        b = B("ps-table")
        for i, (v, c) in enumerate(r):
            if i:
                b.t(" ")
            b.p(v, c)
            if i < len(r) - 1:
                b.t(" " * (widths[i] - len(v)))
        out.append(b)
    return out


def ev_ps_warn():
    p = pick()
    k = random.randint(0, 2)
    b = B("ps-verbose")
    if k == 0:
        b.t("WARNING: Row %d MRN " % random.randint(2, 40)).p(p["mrn"], "mrn").t(" ").p(lastfirst(p), "name").t(": no mobile number on file, falling back to home ").p(ph_fmt(p["phone"], 0), "phone")
    elif k == 1:
        b = pslog("ERROR", ["Registry rejected case ", (p["case"], "other_id"), ": serial ", ("SN" + digits(7), "device"), " already implanted in another patient"])
    else:
        b = pslog("INFO", ["Skipped ", (p["mrn"], "mrn"), " (DOB ", (d_fmt(p["dob"], "usn"), "date"), " does not match payer record) - check registration"])
    return [b]


def ev_kiosk(k=None):
    p = pick("done")
    if k is None:
        k = random.choice([0, 0, 0, 1, 1, 2, 2, 2, 3, 3])
    if k == 0:
        b = spring("kiosk-svc", "nio-9443-exec-%d" % random.randint(1, 9), "com.lakeshore.kiosk.checkin.PhotoCaptureController")
        b.t("Check-in photo stored {\"mrn\":\"").p(p["mrn"], "mrn").t("\",\"kiosk\":\"%s-KIOSK-%d\",\"image\":\"" % (p["site"], random.randint(1, 3)))
        b.p("data:image/jpeg;base64," + b64(random.randint(260, 520), b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"), "photo")
        b.t("\",\"w\":320,\"h\":240}")
        return [b]
    if k == 1:
        b = spring("kiosk-svc", "nio-9443-exec-%d" % random.randint(1, 9), "com.lakeshore.kiosk.biometric.PalmVeinEnrollService", "DEBUG")
        b.t("Enrolled palm template patientId=").p(str(p["pid"]), "mrn").t(" quality=%d template=" % random.randint(60, 98))
        b.p(b64(random.randint(300, 420), b"PVT\x02"), "biometric")
        return [b]
    if k == 2:
        dl = p["dl"]
        b = spring("kiosk-svc", "nio-9443-exec-%d" % random.randint(1, 9), "com.lakeshore.kiosk.id.Pdf417Parser", "DEBUG")
        b.t("AAMVA fields: DCS=").p(asc(p["last"]).upper(), "name").t(" DAC=").p(asc(p["first"]).upper(), "name").t(" DBB=").p(d_fmt(p["dob"], "aamva"), "date")
        b.t(" DAQ=").p(dl, "license")
        b.t(" DAG=").p(p["street"].upper(), "address").t(" DAI=").p(p["city"].upper(), "address").t(" DAJ=" + p["state"] + " DAK=").p(p["zip"] + p["zip4"], "zip")
        b.t(" DCF=%s DDE=N" % (digits(4) + hexs(8).upper()))
        return [b]
    b = spring("kiosk-svc", "nio-9443-exec-%d" % random.randint(1, 9), "com.lakeshore.kiosk.checkin.CheckinController")
    b.t("Check-in complete mrn=").p(p["mrn"], "mrn").t(" kiosk=%s-KIOSK-%d identity=%s copay_collected=%s elapsed=%ds" % (
        p["site"], random.randint(1, 3), random.choice(["photo_match", "dob_match", "staff_override"]), random.choice(["true", "false"]), random.randint(40, 300)))
    return [b]


def ev_rpm_kit():
    p = pick("done")
    mac = ":".join("%02X" % random.randrange(256) for _ in range(6))
    mac = "C4:7C:8D" + mac[8:]
    ctx = J(("kitId", "RPM-%s" % digits(6), "other_id"), ("patientId", p["pid"], "mrn"), ("device", "Masimo MightySat Rx"),
            ("bleMac", mac, "device"), ("shipTo", J(("line1", p["street"], "address"), ("line2", p["unit"], "address") if p["unit"] else ("line2", None),
                                                     ("city", p["city"], "address"), ("state", p["state"]), ("postalCode", p["zip"], "zip"))),
            ("carrier", "UPS"), ("tracking", "1Z%s%s" % (hexs(6).upper(), digits(10))), ("warehouse", "1801 S Meyers Rd, Oakbrook Terrace, IL 60181"))
    return [lara("INFO", "Post-op RPM kit shipped", ctx)]


def ev_mva():
    p = pick()
    v = vin(random.choice(["1HG", "2T1", "1FM", "5YJ", "JTD", "1G1"]))
    doi = p["dos"] - dt.timedelta(days=random.randint(20, 90))
    ctx = J(("mrn", p["mrn"], "mrn"), ("coverage", "auto_med_pay"), ("carrier", random.choice(["State Farm", "Progressive", "GEICO", "Allstate"])),
            ("claim_no", "%s-%s%s-%s" % (digits(2), digits(1), random.choice("ABCDEFGHJKXZ"), digits(5)), "other_id"),
            ("date_of_injury", d_fmt(doi, "iso"), "date"), ("vin", v, "vehicle"), ("adjuster", "Terrence Boyle"), ("adjuster_phone", "(800) 555-0177"))
    return [lara("NOTICE", "Financial clearance: third-party liability", ctx)]


def ev_intl():
    k = random.randint(0, 2)
    if k == 0:
        p = PATIENTS[0]  # Polish-born patient
        ctx = J(("patient_id", p["pid"], "mrn"), ("national_id_type", "PESEL"), ("national_id", pesel(p["dob"], False), "other_id"), ("country", "PL"),
                ("interpreter", "Polish"), ("verified_by", random.choice(RN_USERS)))
        return [lara("INFO", "Registration: foreign identifier captured", ctx)]
    if k == 1:
        p = PATIENTS[16]
        ctx = J(("patient_id", p["pid"], "mrn"), ("national_id_type", "CURP"), ("national_id", curp(p["first"], "Delgado", "Ibarra", p["dob"], True, "JC"), "other_id"),
                ("country", "MX"), ("interpreter", "Spanish"))
        return [lara("INFO", "Registration: foreign identifier captured", ctx)]
    p = PATIENTS[21]
    ctx = J(("guarantor_acct", p["acct"], "account"), ("iban", iban_de(), "account"), ("bic", "COBADEFFXXX"), ("holder", full(p), "name"), ("amount_eur", round(random.uniform(800, 4000), 2)))
    return [lara("INFO", "SEPA refund queued", ctx, channel="payments")]


def ev_app_register():
    p = pick()
    ctx = J(("user", p["user"], "other_id"), ("platform", random.choice(["android", "ios"])), ("app_version", "3.%d.%d" % (random.randint(0, 9), random.randint(0, 20))),
            ("imei", imei(), "device"), ("ip", p["ip"], "ip"), ("email", p["email"], "email"))
    return [lara("INFO", "Patient app device registered", ctx, channel="api")]


def ev_java_phi_trace():
    p = pick()
    out = []
    b = spring("aims-core", "nio-8443-exec-%d" % random.randint(1, 9), "com.lakeshore.aims.web.GlobalExceptionHandler", "ERROR")
    b.t("Request POST /api/encounters/%s/weights failed" % uuid4())
    out.append(b)
    b = B("java-stacktrace")
    w = random.choice([412.0, 4.1, 0.0])
    b.t("com.lakeshore.aims.validation.ValidationException: weight %.1f kg out of range for ").p(lastfirst(p, True), "name").t(" (MRN ").p(p["mrn"], "mrn")
    b.t(", DOB ").p(d_fmt(p["dob"], "iso"), "date").t(")")
    out.append(b)
    for f in ["com.lakeshore.aims.validation.WeightValidator.validate(WeightValidator.java:57)",
              "com.lakeshore.aims.encounter.EncounterService.recordWeight(EncounterService.java:203)",
              "com.lakeshore.aims.web.EncounterController.postWeight(EncounterController.java:118)",
              "java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)"]:
        b = B("java-stacktrace")
        b.t("\tat " + f)
        out.append(b)
    return out


def ev_fpm_phi():
    p = pick()
    b = B("php-fpm")
    b.t("[%s] WARNING: [pool periop] child %d said into stderr: \"NOTICE: PHP message: estimate lookup miss for member " % (T.strftime("%d-%b-%Y %H:%M:%S"), random.randint(20000, 29999)))
    b.p(p["member"], "health_plan").t(" dob ").p(d_fmt(p["dob"], "iso"), "date").t(" payer %s\"" % p["payer"][0])
    return [b]


def ev_elig_270():
    p = pick()
    b = spring("elig-gw", "elig-worker-%d" % random.randint(1, 4), "com.lakeshore.elig.EligibilityService")
    b.t("270 sent trn=ELG-%s-%03d payer=%s svcType=30 subscriber=" % (T.strftime("%Y%m%d"), random.randint(1, 200), p["payer"][1]))
    b.p(p["member"], "health_plan").t(" lastName=").p(asc(p["last"]).upper(), "name").t(" dob=").p(d_fmt(p["dob"], "hl7"), "date").t(" dos=").p(d_fmt(p["dos"], "hl7"), "date")
    return [b]


def ev_medicare_mbi_check():
    mp = [p for p in PATIENTS if p["payer"][0] == "MCARE"]
    p = random.choice(mp)
    b = pslog("INFO", ["MBI format ok for ", (p["mrn"], "mrn"), ": ", (p["member"], "health_plan"), " (HETS response 200, Part B active)"])
    return [b]


def ev_ssn_guarantor():
    p = pick()
    ctx = J(("guarantor", J(("name", p["rel_first"] + " " + p["rel_last"], "name"), ("relationship", p["rel"]), ("ssn", p["rel_ssn"], "ssn"),
                            ("fax", ph_fmt(p["rel_fax"], 0), "fax") if p["rel_fax"] else ("employer", p["employer"]))),
            ("patient_id", p["pid"], "mrn"), ("credit_soft_pull", random.choice(["approved", "review"])), ("vendor", "Experian Health"))
    return [lara("INFO", "Guarantor verified", ctx, channel="payments")]


def ev_roi(via=None):
    p = pick("done")
    via = via or random.choice(["fax", "fax", "mail", "portal"])
    items = [("request_no", "ROI-%s-%03d" % (T.strftime("%y%m"), random.randint(1, 400))), ("patient_id", p["pid"], "mrn"),
             ("requestor", random.choice(["self", "self", p["rel"]])), ("records", ["op_note", "anesthesia_record", "discharge_instructions"]),
             ("dos", d_fmt(p["dos"], "iso"), "date"), ("deliver_via", via)]
    if via == "fax":
        items.append(("fax", ph_fmt(p["fax"], random.choice([0, 1])), "fax"))
        items.append(("fax_owner", "patient_home"))
        items.append(("attn", full(p), "name"))
    elif via == "mail":
        items.append(("mail_to", J(("street", p["street"], "address"), ("city", p["city"], "address"), ("state", p["state"]), ("zip", p["zip"], "zip"))))
    items.append(("hipaa_auth_on_file", True))
    items.append(("cover_sheet_from", SITES[p["site"]][5]))
    return [lara("INFO", "Release of information request queued", J(*items), channel="him")]


def ev_caringbridge():
    p = pick("today")
    b = spring("caseboard", "nio-8080-exec-%d" % random.randint(1, 9), "com.lakeshore.periop.family.FamilyUpdateService")
    slug = asc(p["first"] + p["last"]).lower().replace("'", "").replace("-", "")
    b.t("Family update channel set for case ").p(p["case"], "other_id").t(": page=").p("https://www.caringbridge.org/visit/%s" % slug, "url").t(" pager=FP-%02d" % random.randint(1, 40))
    return [b]


def ev_id_verify():
    p = pick("future")
    st = p["state"]
    d = p["dl"]
    if st == "IL":
        num = "%s-%s-%s" % (d[:4], d[4:8], d[8:])
    else:
        num = "%s-%s-%s" % (d[1:5], d[5:7], d[7:11])
    ctx = J(("patient_id", p["pid"], "mrn"), ("id_type", "drivers_license"), ("id_state", st), ("id_number", num, "license"),
            ("match", random.choice(["name+dob", "name+dob+address"])), ("verified_by", random.choice(["akhan", "jmorrow", "regclerk3"])))
    return [lara("INFO", "Photo ID verified", ctx, channel="clearance")]


def ev_vendor_net():
    k = random.randint(0, 2)
    if k == 0:
        b = spring("elig-gw", "elig-worker-%d" % random.randint(1, 4), "com.lakeshore.elig.http.AvailityTransport")
        b.t("Connected to api.availity.com/%s:443 TLSv1.3 TLS_AES_256_GCM_SHA384 in %d ms" % (random.choice(["52.5.132.18", "52.21.80.143", "34.192.77.20"]), random.randint(30, 160)))
        return [b]
    if k == 1:
        ctx = J(("provider", "availity"), ("expires_in", 300), ("scope", "hipaa"), ("token_type", "Bearer"))
        return [lara("DEBUG", "Clearinghouse token refreshed", ctx)]
    b = l4j("main", "com.lakeshore.aims.device.DeviceRegistry")
    r = random.randint(1, 6)
    b.t("Registered IntelliVue MX750 sn=DE7%07d mac=00:09:FB:%02X:%02X:%02X ip=10.40.3.%d bed=OR-%02d fw=M.00.03" % (1200000 + r * 37, random.randrange(256), random.randrange(256), random.randrange(256), 20 + r, r))
    return [b]


PHI_EVENTS = [(ev_preop_call, 9), (ev_preop_note, 4), (ev_assessment, 5), (ev_caseboard, 8), (ev_hl7_siu, 1), (ev_hl7_adt, 1), (ev_x12, 3),
              (ev_drug_admin, 6), (ev_wristband, 4), (ev_implant, 5), (ev_tissue, 2), (ev_sms_out, 6), (ev_sms_in, 3), (ev_sms_status, 2),
              (ev_survey, 4), (ev_estimate, 4), (ev_payment, 5), (ev_portal_nginx, 8), (ev_mail, 3), (ev_query_exception, 1),
              (ev_ps_warn, 3), (ev_kiosk, 6), (ev_rpm_kit, 2), (ev_mva, 2), (ev_intl, 2), (ev_app_register, 2), (ev_java_phi_trace, 1),
              (ev_fpm_phi, 2), (ev_elig_270, 3), (ev_medicare_mbi_check, 1), (ev_ssn_guarantor, 3), (ev_caringbridge, 1), (ev_id_verify, 2), (ev_roi, 2)]


def wchoice(evs):
    tot = sum(w for _, w in evs)
    r = random.uniform(0, tot)
    for f, w in evs:
        r -= w
        if r <= 0:
            return f
    return evs[-1][0]


# ---------------------------------------------------------------- main


def validate(b):
    raw = bytes(b.buf)
    assert b"\n" not in raw and b"\r" not in raw, raw[:80]
    assert len(raw) <= 4000, len(raw)
    raw.decode("utf-8")
    last = 0
    for s, e, cat, val in sorted(b.spans):
        assert s >= last, ("overlap", raw)
        assert raw[s:e] == val.encode("utf-8"), (raw[s:e], val)
        assert e > s
        last = e
    return raw


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account", "license",
        "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}


def main():
    lines = []
    nophi = 0
    max_n = {ev_query_exception: 1, ev_java_phi_trace: 1, ev_java_trace_nophi: 2, ev_ps_error_nophi: 2, ev_hl7_siu: 3, ev_hl7_adt: 3,
             ev_php_nophi: 5, ev_mva: 2, ev_intl: 3}
    seen = {}
    forced = {40: [lambda: ev_kiosk(0)], 95: [lambda: ev_kiosk(1)], 140: [ev_ps_transcript, ev_ps_table], 185: [lambda: ev_roi("fax")],
              220: [lambda: ev_kiosk(2)], 260: [lambda: ev_kiosk(0)], 300: [ev_mva], 330: [ev_ps_table], 365: [lambda: ev_kiosk(1)],
              400: [lambda: ev_roi("fax")], 430: [lambda: ev_kiosk(0)], 460: [lambda: ev_kiosk(2)]}
    while len(lines) < N_LINES:
        tick(3, 75)
        due = [k for k in forced if len(lines) >= k]
        if due:
            block = []
            for f in forced.pop(due[0]):
                block += f()
        else:
            share = nophi / len(lines) if lines else 1.0
            f = wchoice(PHI_EVENTS) if share > TARGET_NOPHI else wchoice(NOPHI_EVENTS)
            if seen.get(f, 0) >= max_n.get(f, 10 ** 6):
                continue
            seen[f] = seen.get(f, 0) + 1
            block = f()
        if len(lines) + len(block) > N_LINES:
            continue
        for b in block:
            validate(b)
            if not b.spans:
                nophi += 1
            lines.append(b)
    with open(os.path.join(HERE, ID + ".log"), "wb") as fo, open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as fl:
        for n, b in enumerate(lines, 1):
            raw = validate(b)
            fo.write(raw + b"\n")
            spans = [{"s": s, "e": e, "cat": c} for s, e, c, _ in sorted(b.spans)]
            for sp in spans:
                assert sp["cat"] in CATS, sp
            fl.write(json.dumps({"line": n, "family": b.fam, "spans": spans}) + "\n")


if __name__ == "__main__":
    main()
