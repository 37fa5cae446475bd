#!/usr/bin/env python3
"""Deterministic generator for the `ce` held-out PHI test corpus.

Theme: hospital workforce & care-team communication systems (staffing,
assignment boards, SBAR handoff, secure messaging/paging, nurse call, RRT /
code pages, bed huddle exports, transport, sitters, credentialing, SSO).
Staff data is NOT labeled; patient (and relative/guarantor) data is.

Writes ce.log and ce.labels.jsonl next to this file. Standard library only.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

random.seed(18031800)
R = random

HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_NOPHI = 275  # 55 %


# ---------------------------------------------------------------- line builder
class Line:
    def __init__(self):
        self.buf = bytearray()
        self.spans = []
        self.expect = []

    def t(self, text):
        self.buf += text.encode("utf-8")
        return self

    def p(self, val, cat):
        b = val.encode("utf-8")
        assert b, "empty span"
        s = len(self.buf)
        self.buf += b
        self.spans.append({"s": s, "e": len(self.buf), "cat": cat})
        self.expect.append(b)
        return self

    # JSON-escaped pieces
    def tj(self, text):
        return self.t(json.dumps(text, ensure_ascii=False)[1:-1])

    def pj(self, val, cat):
        return self.p(json.dumps(val, ensure_ascii=False)[1:-1], cat)

    def check(self):
        data = bytes(self.buf)
        assert b"\n" not in data and b"\r" not in data
        prev = 0
        for sp, exp in zip(self.spans, self.expect):
            assert data[sp["s"]:sp["e"]] == exp, (data, sp, exp)
            assert sp["s"] >= prev
            prev = sp["e"]
        assert len(data) <= 4000
        data.decode("utf-8")
        return data


class P:
    """PHI value inside a JSON structure."""

    def __init__(self, v, cat, num=False):
        self.v, self.cat, self.num = v, cat, num


class M:
    """JSON string made of plain and PHI parts."""

    def __init__(self, *parts):
        self.parts = parts


def emit(L, v, sep=(",", ":")):
    if isinstance(v, dict):
        L.t("{")
        first = True
        for k, x in v.items():
            if not first:
                L.t(sep[0])
            first = False
            L.t(json.dumps(k) + sep[1])
            emit(L, x, sep)
        L.t("}")
    elif isinstance(v, list):
        L.t("[")
        for i, x in enumerate(v):
            if i:
                L.t(sep[0])
            emit(L, x, sep)
        L.t("]")
    elif isinstance(v, P):
        if v.num:
            L.p(str(v.v), v.cat)
        else:
            L.t('"').pj(v.v, v.cat).t('"')
    elif isinstance(v, M):
        L.t('"')
        for part in v.parts:
            if isinstance(part, P):
                L.pj(part.v, part.cat)
            else:
                L.tj(part)
        L.t('"')
    else:
        L.t(json.dumps(v, ensure_ascii=False))


def kvtext(L, parts):
    """parts: list of str or P."""
    for part in parts:
        if isinstance(part, P):
            L.p(part.v, part.cat)
        else:
            L.t(part)


# ---------------------------------------------------------------- helpers
def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    v = R.choice("89ab")
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], v, h[17:20], h[20:32])


def luhn_check(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def imei():
    tac = R.choice(["35693803", "35332511", "35875610", "35391110", "86769204"])
    body = tac + digits(6)
    return body + luhn_check(body)


def npi():
    body = R.choice("12") + digits(8)
    return body + luhn_check("80840" + body)


VIN_TR = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                                 [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    wmi = R.choice(["1HG", "2T1", "1FA", "5YJ", "3VW", "1G1", "JTD", "KMH"])
    alnum = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    vds = "".join(R.choice(alnum) for _ in range(5))
    year = R.choice("DEFGHJKLMNP")
    plant = R.choice("ABCDEFGHKLMNPRSTUVWXYZ")
    serial = digits(6)
    v = wmi + vds + "0" + year + plant + serial
    tot = sum((int(c) if c.isdigit() else VIN_TR[c]) * w for c, w in zip(v, VIN_W))
    cd = tot % 11
    cd = "X" if cd == 10 else str(cd)
    return v[:8] + cd + v[9:]


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    return (R.choice("123456789") + R.choice(MBI_A) + R.choice(MBI_AN) + R.choice("0123456789")
            + R.choice(MBI_A) + R.choice(MBI_AN) + R.choice("0123456789") + R.choice(MBI_A)
            + R.choice(MBI_A) + R.choice("0123456789") + R.choice("0123456789"))


def ssn():
    while True:
        a = R.randint(101, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def b64(nbytes, head=b""):
    raw = head + bytes(R.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(raw).decode()


JPEG_HEAD = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00"
             b"\xff\xdb\x00C\x00\x08\x06\x06\x07\x06\x05\x08\x07\x07\x07\t\t\x08\n\x0c\x14\r\x0c")
PNG_HEAD = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00`\x00\x00\x00`\x08\x02\x00\x00\x00"

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# ---------------------------------------------------------------- clock
CLOCK = [dt.datetime(2024, 3, 14, 6, 41, 7, 112000)]
TODAY = dt.date(2024, 3, 14)
EPOCH = dt.datetime(1970, 1, 1)


def tick():
    CLOCK[0] += dt.timedelta(milliseconds=R.randint(120, 19000))
    return CLOCK[0]


def ms(t):
    return t.microsecond // 1000


def f_logback(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % ms(t)


def f_py(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % ms(t)


def utc(t):
    return t + dt.timedelta(hours=4)


def f_isoz(t):
    return utc(t).strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % ms(t)


def f_iso_us_z(t):
    return utc(t).strftime("%Y-%m-%dT%H:%M:%S") + ".%06dZ" % t.microsecond


def f_iso_off(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d-04:00" % ms(t)


def f_3164(t):
    return "%s %2d %s" % (MON[t.month - 1], t.day, t.strftime("%H:%M:%S"))


def f_epoch_ms(t):
    return int((utc(t) - EPOCH).total_seconds() * 1000)


def f_serilog(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ".%03d -04:00" % ms(t)


def f_nlog(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ".%04d" % (t.microsecond // 100)


def f_clf(t):
    return "%02d/%s/%d:%s -0400" % (t.day, MON[t.month - 1], t.year, t.strftime("%H:%M:%S"))


def f_sercompact(t):
    return utc(t).strftime("%Y-%m-%dT%H:%M:%S") + ".%07dZ" % (t.microsecond * 10)


def dfmt(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "dmy":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)
    if style == "short":
        return "%d/%d" % (d.month, d.day)
    raise ValueError(style)


# ---------------------------------------------------------------- people
FIRST = [("Henrik", "M"), ("Amaka", "F"), ("Chidi", "M"), ("Minh", "M"), ("Thi Lan", "F"),
         ("Jorge", "M"), ("Lucía", "F"), ("Mateo", "M"), ("Siobhán", "F"), ("Aoife", "F"),
         ("Priya", "F"), ("Rohan", "M"), ("Fatima", "F"), ("Yusuf", "M"), ("Olga", "F"),
         ("Dmitri", "M"), ("Keiko", "F"), ("Haruto", "M"), ("Ngozi", "F"), ("Tomasz", "M"),
         ("Agnieszka", "F"), ("Björn", "M"), ("Ingrid", "F"), ("Kwame", "M"), ("Abena", "F"),
         ("Mei", "F"), ("Wei", "M"), ("Giulia", "F"), ("Lorenzo", "M"), ("Zeynep", "F"),
         ("Emre", "M"), ("Nikhil", "M"), ("Anjali", "F"), ("Hana", "F"), ("Sione", "M"),
         ("Leilani", "F"), ("Esperanza", "F"), ("Raúl", "M"), ("Thandiwe", "F"), ("Sipho", "M"),
         ("Marguerite", "F"), ("Étienne", "M"), ("Declan", "M"), ("Bridget", "F"), ("Farid", "M"),
         ("Leyla", "F"), ("Arjun", "M"), ("Dolores", "F"), ("Walter", "M"), ("Eunice", "F"),
         ("Gustavo", "M"), ("Camille", "F"), ("Hamid", "M"), ("Soraya", "F"), ("Bao", "M"),
         ("Ewa", "F"), ("Kofi", "M"), ("Ruth", "F"), ("Ignacio", "M"), ("Ayesha", "F")]
LAST = ["Lindqvist", "Okafor", "Nguyen", "Alvarez", "O'Brien", "Kowalski", "Nakamura", "Adeyemi",
        "Petrova", "Haddad", "Rossi", "Yılmaz", "Patel", "Chaudhry", "Mensah", "Tanaka", "Fonoti",
        "Kahananui", "Castillo", "Dlamini", "Fournier", "Byrne", "Rahimi", "Iyer", "Schneider", "Kim",
        "Zhang", "Ferreira", "Novák", "Oyelaran", "Abernathy", "Whitfield", "Szabó", "Bergström",
        "Gallagher", "Delgado", "Horváth", "Mahlangu", "Okonkwo", "Tran", "Moreau", "Hoang",
        "Brennan", "Obi", "Kaczmarek", "Vu", "Sandoval", "Achterberg", "Mwangi", "Quispe"]
MIDDLE = ["A", "B", "C", "D", "E", "J", "K", "L", "M", "R", "S", "T", ""]

CITIES = [("Parma", "44129"), ("Lakewood", "44107"), ("Euclid", "44117"), ("Cleveland Heights", "44118"),
          ("Shaker Heights", "44120"), ("Strongsville", "44136"), ("Elyria", "44035"), ("Mentor", "44060"),
          ("Garfield Heights", "44125"), ("Cleveland", "44111"), ("Cleveland", "44102"), ("Brook Park", "44142"),
          ("Maple Heights", "44137"), ("North Olmsted", "44070"), ("Lorain", "44052"), ("Berea", "44017")]
STREETS = ["Elm St", "W 117th St", "Detroit Ave", "Lorain Rd", "Mayfield Rd", "Pearl Rd", "Ridge Rd",
           "Fairmount Blvd", "Warrensville Center Rd", "Broadview Rd", "Clifton Blvd", "Madison Ave",
           "Shaker Blvd", "Turney Rd", "Kinsman Rd", "Lee Rd", "Chagrin Blvd", "Bagley Rd", "State Rd"]
AREA = ["216", "440", "330"]
MAILD = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com"]
UNITS = {"4W": "MEDSURG", "5N": "TELE", "6E": "ORTHO-NEURO", "3ICU": "MICU", "7S": "ONC", "2B": "STEPDOWN"}
RELS = ["daughter", "son", "spouse", "wife", "husband", "niece", "brother", "sister", "granddaughter", "POA"]
PAYERS = [("Aetna", "W%s" % "{}"), ("Medical Mutual", "MMO{}"), ("Anthem BCBS", "XOH{}"),
          ("CareSource", "{}"), ("UnitedHealthcare", "9{}")]

USED_NAMES = set()


def new_name():
    while True:
        f, sx = R.choice(FIRST)
        l = R.choice(LAST)
        if (f, l) not in USED_NAMES:
            USED_NAMES.add((f, l))
            return f, l, sx


def phone_parts():
    return R.choice(AREA), "555", "01%02d" % R.randint(0, 99)


def fmt_phone(pp, style):
    a, b, c = pp
    return {"dash": "%s-%s-%s" % (a, b, c), "paren": "(%s) %s-%s" % (a, b, c), "e164": "+1%s%s%s" % (a, b, c),
            "dot": "%s.%s.%s" % (a, b, c), "hl7": "(%s)%s-%s" % (a, b, c), "plain": "%s%s%s" % (a, b, c)}[style]


class Patient:
    pass


class Staff:
    pass


def make_patient(i, old=False):
    p = Patient()
    p.first, p.last, p.sex = new_name()
    p.mi = R.choice(MIDDLE)
    if old:
        age = R.randint(90, 101)
    else:
        age = R.choice([R.randint(19, 64), R.randint(65, 89), R.randint(45, 88)])
    bday = TODAY - dt.timedelta(days=age * 365 + R.randint(10, 350))
    p.dob = bday
    p.age = TODAY.year - bday.year - ((TODAY.month, TODAY.day) < (bday.month, bday.day))
    p.mrn = "%08d" % R.randint(100000, 9999999)
    p.csn = "3" + digits(9)
    p.har = "70" + digits(8)
    unit = R.choice(list(UNITS))
    p.unit = unit
    base = {"4W": 400, "5N": 500, "6E": 600, "3ICU": 300, "7S": 700, "2B": 200}[unit]
    p.room = str(base + R.randint(1, 36))
    p.bed = R.choice("AB") if unit != "3ICU" else "A"
    p.admit = TODAY - dt.timedelta(days=R.randint(0, 9))
    p.edd = p.admit + dt.timedelta(days=R.randint(2, 8))
    if p.edd <= TODAY:
        p.edd = TODAY + dt.timedelta(days=R.randint(1, 3))
    city, z = R.choice(CITIES)
    p.street = "%d %s" % (R.randint(120, 24999), R.choice(STREETS))
    if R.random() < 0.2:
        p.street += " Apt %d" % R.randint(1, 28)
    p.city, p.zip = city, z
    p.phone = phone_parts()
    asc = ascii_fold(p.first.split()[0]).lower()
    asl = ascii_fold(p.last).lower().replace("'", "")
    p.email = R.choice(["%s.%s%d" % (asc, asl, p.dob.year % 100), "%s%s" % (asc[0], asl),
                        "%s_%s%d" % (asl, asc, R.randint(1, 99))]) + "@" + R.choice(MAILD)
    p.portal_user = R.choice(["%s%s%02d" % (asc[0], asl, p.dob.year % 100), "%s.%s" % (asc, asl),
                              "%s%s%d" % (asc, asl[:3], R.randint(10, 999))])
    if p.age >= 65:
        p.payer, p.member = "Medicare", mbi()
    else:
        payer, fmt = R.choice(PAYERS)
        n = {"Aetna": 9, "Medical Mutual": 9, "Anthem BCBS": 9, "CareSource": 12, "UnitedHealthcare": 8}[payer]
        if payer == "CareSource":
            p.payer, p.member = "Medicaid-CareSource", "1" + digits(11)
        else:
            p.payer, p.member = payer, fmt.format(digits(n))
    p.ssn = ssn()
    p.rel_ssn = ssn()
    while True:
        rf, _, rsx = new_name()
        rl = p.last if R.random() < 0.7 else R.choice(LAST)
        if rf != p.first and (rf, rl) not in USED_NAMES:
            break
    USED_NAMES.add((rf, rl))
    p.rel_first = rf
    p.rel_last = rl
    p.rel = R.choice(["son", "husband" if p.sex == "F" else "brother", "brother", "POA", "nephew"] if rsx == "M"
                     else ["daughter", "wife" if p.sex == "M" else "sister", "niece", "sister", "granddaughter", "POA"])
    p.rel_phone = phone_parts()
    rl = ascii_fold(p.rel_last).lower().replace("'", "")
    p.rel_email = "%s.%s@%s" % (ascii_fold(rf.split()[0]).lower(), rl, R.choice(MAILD))
    p.rel_user = "%s%s%d" % (ascii_fold(rf)[0].lower(), rl, R.randint(1, 99))
    p.rel_dl = R.choice("ABCDEFGHJKLMNPRST") + R.choice("ABCDEFGHJKLMNPRST") + digits(6)
    p.rel_plate = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + " " + digits(4)
    p.rel_imei = imei()
    p.rel_ip = "%d.%d.%d.%d" % (R.choice([73, 24, 98, 174, 76, 107, 99, 68]), R.randint(1, 254),
                                R.randint(0, 254), R.randint(1, 254))
    p.implant = R.choice([None, None, None, ("ICD", "PJN%s%s" % (digits(6), R.choice("RHS"))),
                          ("pacemaker", "RNP%sH" % digits(6)), ("insulin pump", "NG%s%s" % (digits(7), R.choice("HK")))])
    p.vin = vin()
    p.acuity = R.randint(1, 5)
    p.iso = R.choice(["NONE", "NONE", "NONE", "CONTACT", "DROPLET", "CONTACT+", "AIRBORNE"])
    p.fall = R.choice(["LOW", "MOD", "HIGH", "HIGH"])
    p.dx = R.choice(["R hip ORIF POD2", "CHF exacerbation", "COPD exac on 3L NC", "sepsis UTI source",
                     "DKA resolving", "NSTEMI s/p cath", "CVA L MCA, R sided weakness", "SBO NPO NGT",
                     "pneumonia", "GI bleed, 2u PRBC", "cellulitis LLE", "AKI on CKD3", "neutropenic fever",
                     "ETOH withdrawal CIWA 14", "post-op lap chole", "syncope workup"])
    return p


ROLES = ["RN"] * 14 + ["CNA"] * 4 + ["LPN", "Charge RN", "Charge RN", "RT", "RT", "Hospitalist", "Hospitalist",
                                      "Intensivist", "Transport", "Transport", "PCT-Sitter", "PCT-Sitter",
                                      "House Supervisor", "Pharmacist", "Unit Clerk", "Chaplain", "PT"]


def make_staff(role):
    s = Staff()
    s.first, s.last, _ = new_name()
    s.role = role
    s.emp = "E%d" % R.randint(100000, 399999)
    s.badge = "00%s" % digits(5)
    s.ext = "x4%s" % digits(3)
    s.pager = "41%s" % digits(5)
    s.cell = phone_parts()
    f = ascii_fold(s.first.split()[0]).lower()
    l = ascii_fold(s.last).lower().replace("'", "")
    s.user = (f[0] + l)[:12]
    s.email = "%s.%s@stbrendan.org" % (f, l)
    s.lic = "RN.%s" % digits(6) if role in ("RN", "Charge RN", "House Supervisor") else (
        "LPN.%s" % digits(6) if role == "LPN" else ("RRT.%s" % digits(5) if role == "RT" else (
            "35.%s" % digits(6) if role in ("Hospitalist", "Intensivist") else "")))
    s.npi = npi() if role in ("Hospitalist", "Intensivist", "RN", "Charge RN", "Pharmacist") else ""
    s.unit = R.choice(list(UNITS))
    s.mac = "00:09:ef:%02x:%02x:%02x" % (R.randint(0, 255), R.randint(0, 255), R.randint(0, 255))
    s.imei = imei()
    s.plate = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + " " + digits(4)
    s.ip = "10.%d.%d.%d" % (R.choice([40, 41, 52, 60]), R.randint(1, 60), R.randint(2, 250))
    return s


STAFF = [make_staff(r) for r in ROLES]
PATIENTS = [make_patient(i, old=(i % 5 == 3)) for i in range(34)]


def staff(*roles):
    pool = [s for s in STAFF if not roles or s.role in roles]
    return R.choice(pool)


def nurse():
    return staff("RN", "Charge RN", "LPN")


def patient():
    return R.choice(PATIENTS)


def sname(s, style="fl"):
    if style == "fl":
        return "%s %s" % (s.first, s.last)
    if style == "lf":
        return "%s, %s" % (s.last, s.first)
    if style == "up":
        return "%s %s" % (s.first.upper(), s.last.upper())
    if style == "li":
        return "%s %s" % (s.last, s.first[0])
    raise ValueError


def pname(p, style="fl"):
    if style == "fl":
        return "%s %s" % (p.first, p.last)
    if style == "lf":
        return "%s, %s" % (p.last, p.first)
    if style == "LF":
        return "%s, %s" % (p.last.upper(), p.first.upper())
    if style == "hl7":
        return "%s^%s^%s" % (ascii_fold(p.last).upper(), ascii_fold(p.first).upper(), p.mi)
    if style == "flm":
        return "%s %s. %s" % (p.first, p.mi, p.last) if p.mi else "%s %s" % (p.first, p.last)
    raise ValueError


def bedloc(p, sep="-"):
    return "%s%s%s%s" % (p.unit, sep, p.room, p.bed)


UNIT_BASE = {"4W": 400, "5N": 500, "6E": 600, "3ICU": 300, "7S": 700, "2B": 200}


def rroom(u):
    return UNIT_BASE[u] + R.randint(1, 36)


def reqid():
    return R.choice(["req-" + hexs(8), hexs(16), uuid4()])


HOSTS = {"ukg": ["ukg-bridge-01", "ukg-bridge-02"], "k8s": ["careteam-api-6f9c7d8b9-%s" % hexs(5) for _ in range(3)]}

# ---------------------------------------------------------------- families
FAM = {}


def family(name, phi_ok, nophi_ok, w_phi=1.0, w_nophi=1.0):
    def deco(fn):
        FAM[name] = (fn, phi_ok, nophi_ok, w_phi, w_nophi)
        return fn
    return deco


@family("ukg-punch-syslog", False, True, w_nophi=2.2)
def f_punch(L, phi):
    t = tick()
    s = R.choice(STAFF)
    pt = R.choice(["IN", "OUT", "MEAL_OUT", "MEAL_IN", "IN", "OUT", "TRANSFER"])
    L.t("<134>1 %s %s timeclock-sync %d PUNCH [meta seq=\"%d\"] " % (
        f_isoz(t), R.choice(HOSTS["ukg"]), R.randint(2000, 9000), R.randint(10000, 99999)))
    L.t("employeeId=%s personNum=%s badge=%s punchType=%s terminalId=TC-%s-%02d " % (
        s.emp, s.emp[1:], s.badge, pt, s.unit, R.randint(1, 4)))
    if R.random() < 0.4:
        L.t("employeeName=\"%s\" " % sname(s, "lf"))
    if pt == "TRANSFER":
        L.t("laborLevel=SBMC/Nursing/%s/%s/%s " % (R.choice(list(UNITS)), s.role.replace(" ", ""), R.choice(["CHG", "PRECEPT", "FLOAT"])))
    rounded = t.replace(second=0, microsecond=0)
    L.t("roundedTo=%s " % rounded.strftime("%Y-%m-%dT%H:%M"))
    if R.random() < 0.3:
        L.t("verify=FINGER tplHash=sha256:%s " % hexs(24))
    L.t("exception=%s" % R.choice(["NONE", "NONE", "NONE", "EARLY_IN", "LATE_OUT", "MISSED_MEAL", "UNSCHED"]))


@family("shift-bid-logback", False, True, w_nophi=1.8)
def f_bid(L, phi):
    t = tick()
    s = staff("RN", "Charge RN", "CNA", "LPN", "RT")
    L.t("%s %-5s [http-nio-8443-exec-%d] c.s.w.scheduling.ShiftBidService - " % (
        f_logback(t), R.choice(["INFO", "INFO", "WARN", "DEBUG"]), R.randint(1, 40)))
    sd = TODAY + dt.timedelta(days=R.randint(3, 40))
    st = R.choice(["07:00", "19:00", "11:00", "15:00", "23:00"])
    kind = R.randint(0, 4)
    bid = "SB-%s-%04d" % (t.strftime("%y%m%d"), R.randint(1, 400))
    if kind == 0:
        L.t("Bid accepted bidId=%s empId=%s name=\"%s\" unit=%s shiftDate=%s start=%s hours=%s premium=%s rank=%d/%d" % (
            bid, s.emp, sname(s), s.unit, dfmt(sd, "iso"), st, R.choice(["12.0", "8.0", "12.5"]),
            R.choice(["NONE", "INCENTIVE_2", "CRITICAL_NEED", "WEEKEND"]), R.randint(1, 4), R.randint(4, 11)))
    elif kind == 1:
        L.t("Bid rejected bidId=%s empId=%s reason=OT_CAP_EXCEEDED scheduledHours=%d capHours=60 periodEnd=%s" % (
            bid, s.emp, R.randint(56, 72), dfmt(TODAY + dt.timedelta(days=R.randint(1, 13)), "iso")))
    elif kind == 2:
        L.t("Open shift posted openShiftId=OS-%d unit=%s skill=%s date=%s start=%s postedBy=%s slots=%d" % (
            R.randint(30000, 39999), R.choice(list(UNITS)), R.choice(["RN-TELE", "RN-MS", "CNA", "RN-ICU"]),
            dfmt(sd, "iso"), st, staff("Charge RN", "House Supervisor").emp, R.randint(1, 3)))
    elif kind == 3:
        L.t("Seniority recalculated for %d employees in %dms (hireDate cutoff %s)" % (
            R.randint(200, 900), R.randint(80, 2400), dfmt(dt.date(R.randint(1995, 2023), R.randint(1, 12), 1), "iso")))
    else:
        L.t("Swap approved swapId=SW-%d requester=%s (%s) counterpart=%s date=%s approver=%s" % (
            R.randint(1000, 9999), s.emp, sname(s), R.choice([x for x in STAFF if x.role == s.role and x is not s] or [nurse()]).emp,
            dfmt(sd, "us"), staff("Charge RN").emp))


@family("floatpool-pino", False, True, w_nophi=1.5)
def f_float(L, phi):
    t = tick()
    s = staff("RN", "CNA", "LPN")
    d = {"level": 30, "time": f_epoch_ms(t), "pid": R.choice([1, 17, 2211]),
         "hostname": "floatpool-api-7d9c5b-%s" % hexs(5), "reqId": "req-" + hexs(4)}
    if R.random() < 0.55:
        d["msg"] = "float assignment confirmed"
        d["floatNurse"] = {"empId": s.emp, "name": sname(s), "skills": R.sample(["TELE", "MEDSURG", "ONC", "ICU", "PEDS"], 2),
                           "license": s.lic or None, "licenseState": "OH"}
        d["fromPool"] = R.choice(["RESOURCE-POOL-A", "RESOURCE-POOL-B", "AGENCY"])
        d["toUnit"] = R.choice(list(UNITS))
        d["shift"] = "%sT%s" % (dfmt(TODAY, "iso"), R.choice(["07:00-19:30", "19:00-07:30"]))
        d["cancelRisk"] = R.choice([False, True])
    else:
        u = R.choice(list(UNITS))
        c = R.randint(14, 32)
        rn = R.randint(3, 8)
        d["level"] = R.choice([30, 40])
        d["msg"] = "staffing grid evaluated"
        d["unit"] = u
        d["census"] = c
        d["required"] = {"RN": rn, "CNA": R.randint(2, 4)}
        d["scheduled"] = {"RN": rn - R.randint(0, 2), "CNA": R.randint(1, 4)}
        d["hppd"] = round(R.uniform(6.5, 14.0), 2)
    d["v"] = 1
    emit(L, d)


@family("assignment-serilog", True, True, w_phi=1.6, w_nophi=1.2)
def f_assign(L, phi):
    t = tick()
    lvl = "INF"
    if phi:
        p = patient()
        n = nurse()
        k = R.randint(0, 3)
        L.t("%s [%s] " % (f_serilog(t), lvl))
        if k == 0:
            L.t("Assignment upserted for %s: RN \"%s\" (%s) -> patient \"" % (bedloc(p), sname(n), n.emp))
            L.p(pname(p, "lf"), "name").t("\" MRN ").p(p.mrn, "mrn")
            L.t(" acuity %d" % p.acuity)
        elif k == 1:
            L.t("Board row rendered Unit=\"%s\" Room=\"%s%s\" Patient=\"" % (p.unit, p.room, p.bed))
            L.p(pname(p, "fl"), "name").t("\" Age=")
            if p.age >= 90:
                L.p(str(p.age), "age")
            else:
                L.t(str(p.age))
            L.t(" Sex=%s Nurse=\"%s\" Cna=\"%s\" Fall=%s Iso=%s" % (p.sex, sname(n), sname(staff("CNA")), p.fall, p.iso))
        elif k == 2:
            L.t("Patient ").p(p.mrn, "mrn").t(" moved from \"%s\" to \"%s\"; reassigned %s -> %s by %s" % (
                bedloc(p), "%s-%d%s" % (p.unit, int(p.room) + R.randint(1, 5), R.choice("AB")), n.emp, nurse().emp, staff("Charge RN").user))
        else:
            L.t("Expected discharge set for \"").p(pname(p, "lf"), "name").t("\" (").p(p.mrn, "mrn").t(") EDD ")
            L.p(dfmt(p.edd, "iso"), "date").t(" by %s; dispo %s" % (n.user, R.choice(["HOME", "HOME_HH", "SNF", "IRF", "LTACH"])))
    else:
        k = R.randint(0, 3)
        lvl = R.choice(["INF", "INF", "WRN", "DBG"])
        L.t("%s [%s] " % (f_serilog(t), lvl))
        u = R.choice(list(UNITS))
        if k == 0:
            L.t("Board snapshot published to \"board.%s\" in %d ms (%d rows, %d unassigned)" % (u, R.randint(8, 240), R.randint(12, 36), R.randint(0, 3)))
        elif k == 1:
            n = nurse()
            L.t("Nurse \"%s\" (%s) exceeds ratio policy 1:%d on unit \"%s\" (assigned %d, total acuity %d)" % (
                sname(n), n.emp, R.choice([4, 5, 2]), u, R.randint(5, 7), R.randint(18, 31)))
        elif k == 2:
            n = nurse()
            L.t("Assignment upserted for %s-%d%s: RN \"%s\" (%s) bed state EMPTY_CLEAN" % (
                u, rroom(u), R.choice("AB"), sname(n), n.emp))
        else:
            L.t("SignalR hub \"AssignmentHub\" connection %s joined group \"unit:%s\" from %s" % (
                hexs(22), u, "10.41.%d.%d" % (R.randint(1, 30), R.randint(2, 250))))


@family("acuity-structlog", True, True, w_phi=1.2, w_nophi=1.0)
def f_acuity(L, phi):
    t = tick()
    if phi:
        p = patient()
        n = nurse()
        d = {"event": "acuity_scored", "mrn": P(p.mrn, "mrn")}
        if R.random() < 0.6:
            d["patient_name"] = P(pname(p, "fl"), "name")
        d["unit"] = p.unit
        d["bed"] = "%s%s" % (p.room, p.bed)
        if p.age >= 90:
            d["age"] = P(p.age, "age", num=True)
        d["score"] = R.randint(8, 38)
        d["tier"] = p.acuity
        d["factors"] = R.sample(["q2h_turns", "insulin_drip", "fall_risk_high", "restraints", "tele", "1to1_sitter",
                                 "blood_products", "isolation", "wound_vac", "ciwa"], R.randint(1, 4))
        d["scored_by"] = n.emp
        if R.random() < 0.4:
            d["admit_date"] = P(dfmt(p.admit, "iso"), "date")
        d["level"] = "info"
        d["timestamp"] = f_iso_us_z(t)
    else:
        if R.random() < 0.5:
            d = {"event": "acuity_batch_complete", "unit": R.choice(list(UNITS)), "patients": R.randint(12, 34),
                 "mean_score": round(R.uniform(12, 26), 1), "duration_ms": R.randint(40, 900),
                 "model_version": "acuity-v%d.%d.%d" % (R.randint(2, 4), R.randint(0, 9), R.randint(0, 20)),
                 "level": "info", "timestamp": f_iso_us_z(t)}
        else:
            n = nurse()
            d = {"event": "ratio_check", "nurse_id": n.emp, "nurse": sname(n), "assigned": R.randint(3, 6),
                 "total_acuity": R.randint(10, 30), "threshold": 22, "over": R.choice([False, True]),
                 "level": R.choice(["info", "warning"]), "timestamp": f_iso_us_z(t)}
    emit(L, d, (", ", ": "))


@family("sbar-pylogging", True, True, w_phi=1.8, w_nophi=0.9)
def f_sbar(L, phi):
    t = tick()
    a, b = nurse(), nurse()
    hid = "HO-%d" % R.randint(10000, 99999)
    if phi:
        p = patient()
        L.t("%s INFO [sbar.handoff] handoff saved id=%s from=%s (%s RN) to=%s (%s RN) pt=\"" % (
            f_py(t), hid, a.emp, sname(a), b.emp, sname(b)))
        L.p(pname(p, R.choice(["fl", "flm"])), "name").t("\" mrn=").p(p.mrn, "mrn")
        if R.random() < 0.6:
            L.t(" dob=").p(dfmt(p.dob, R.choice(["iso", "us"])), "date")
        L.t(" room=%s%s S=\"" % (p.room, p.bed))
        if p.age >= 90:
            L.p(str(p.age), "age").t("yo")
        else:
            L.t("%dyo" % p.age)
        L.t(" %s %s\" B=\"admit " % (p.sex, p.dx))
        L.p(dfmt(p.admit, R.choice(["us", "short", "iso"])), "date")
        if p.implant and R.random() < 0.7:
            L.t(", has %s SN " % p.implant[0]).p(p.implant[1], "device")
        L.t("\" A=\"%s\" R=\"" % R.choice(["stable, VSS", "HR 112 sinus tach", "pain 6/10 after dilaudid",
                                           "confused overnight, pulled IV x1", "UOP 20ml/hr last 2h",
                                           "O2 weaned to 2L"]))
        r = R.randint(0, 3)
        if r == 0:
            L.t("update %s " % p.rel).p(p.rel_first, "name").t(" at ").p(fmt_phone(p.rel_phone, "dash"), "phone").t(" after rounds")
        elif r == 1:
            L.t("f/u AM labs, call Dr %s pgr %s if K<3.5" % (staff("Hospitalist").last, staff("Hospitalist").pager))
        elif r == 2:
            L.t("DC planning: EDD ").p(dfmt(p.edd, "short"), "date").t(", CM aware")
        else:
            L.t("keep NPO, consent in chart")
        L.t("\"")
    else:
        k = R.randint(0, 2)
        if k == 0:
            L.t("%s INFO [sbar.handoff] handoff acknowledged id=%s by=%s latency=%ds" % (f_py(t), hid, b.emp, R.randint(20, 900)))
        elif k == 1:
            L.t("%s WARNING [sbar.reminder] %d handoffs pending for %s (%s), shift change at %s" % (
                f_py(t), R.randint(1, 5), a.emp, sname(a), R.choice(["07:00", "19:00"])))
        else:
            L.t("%s INFO [sbar.templates] loaded template sbar_v3.%d unit=%s fields=%d checksum=%s" % (
                f_py(t), R.randint(0, 9), R.choice(list(UNITS)), R.randint(14, 28), hexs(12)))


@family("vocera-event", True, True, w_phi=1.0, w_nophi=1.6)
def f_vocera(L, phi):
    t = tick()
    a, b = R.choice(STAFF), R.choice(STAFF)
    L.t("%s [VS-EVENT] " % f_logback(t))
    if phi:
        p = patient()
        if R.random() < 0.5:
            L.t("type=BROADCAST caller=\"%s\" callerBadge=%s group=\"%s RNs\" text=\"Pt " % (sname(a), a.mac, p.unit))
            L.p(p.last, "name").t(" rm %s %s\"" % (p.room, R.choice(["up to chair with PT, bed alarm off", "going to MRI",
                                                                      "NPO after midnight", "family at bedside",
                                                                      "refused meds, pls see"])))
        else:
            L.t("type=TTS_ALERT callee=\"%s\" calleeUser=%s text=\"Room %s " % (sname(b), b.user, p.room))
            L.p(pname(p), "name").t(" %s\" ack=%s" % (R.choice(["bed exit", "chair exit", "call light 5 minutes", "IV pump occlusion"]),
                                                    R.choice(["ACCEPT", "DECLINE", "NONE"])))
    else:
        k = R.randint(0, 2)
        if k == 0:
            L.t("type=CALL caller=\"%s\" callerBadge=%s callee=\"%s\" calleeUser=%s duration=%ds result=%s site=SBMC-MAIN" % (
                sname(a), a.mac, sname(b), b.user, R.randint(3, 240), R.choice(["ANSWERED", "ANSWERED", "NO_ANSWER", "DND"])))
        elif k == 1:
            L.t("type=LOGIN user=%s name=\"%s\" badge=%s groups=[\"%s %s\"] ap=AP-%s-%02d" % (
                a.user, sname(a), a.mac, a.unit, a.role, a.unit, R.randint(1, 12)))
        else:
            L.t("type=CALL caller=\"%s\" callee=\"%s Charge Nurse\" forwardedTo=%s (%s) dial=%s duration=%ds" % (
                sname(a), R.choice(list(UNITS)), b.user, sname(b), fmt_phone(b.cell, "plain"), R.randint(5, 90)))


@family("tigerconnect-webhook", True, True, w_phi=1.5, w_nophi=1.2)
def f_tc(L, phi):
    t = tick()
    a, b = R.choice(STAFF), staff("Hospitalist", "Intensivist", "Charge RN", "RT", "Pharmacist")
    if phi:
        p = patient()
        d = {"event": "message:new", "timestamp": f_isoz(t), "org_token": hexs(20),
             "message": {"id": "msg_" + hexs(16), "sender_token": "u_" + hexs(12), "sender_name": sname(a),
                         "recipient_name": ("Dr. " if b.role in ("Hospitalist", "Intensivist") else "") + sname(b),
                         "priority": R.choice(["NORMAL", "HIGH"])}}
        body = R.randint(0, 2)
        if body == 0:
            d["message"]["body"] = M("Re ", P(pname(p), "name"), " MRN ", P(p.mrn, "mrn"),
                                     " rm %s: %s, pls call back %s" % (p.room, R.choice(["BP 88/50", "HR 132", "SpO2 86% on 4L", "K 2.9"]), a.ext))
        elif body == 1:
            d["message"]["body"] = "Rm %s needs new order for %s, call %s" % (p.room, R.choice(["heparin gtt", "restraints renewal", "diet"]), a.ext)
        else:
            d["message"]["body"] = M("pt ", P(p.last, "name"), " (DOB ", P(dfmt(p.dob, "us"), "date"), ") family asking for update")
        d["message"]["patient_context"] = {"mrn": P(p.mrn, "mrn"), "name": P(pname(p, "lf"), "name"),
                                           "dob": P(dfmt(p.dob, "iso"), "date"), "room": "%s-%s%s" % (p.unit, p.room, p.bed)}
        d["message"]["ttl"] = 7200
    else:
        k = R.randint(0, 2)
        if k == 0:
            d = {"event": "message:status", "timestamp": f_isoz(t), "org_token": hexs(20),
                 "message_id": "msg_" + hexs(16), "status": R.choice(["DELIVERED", "READ"]), "recipient_token": "u_" + hexs(12),
                 "device": {"platform": R.choice(["iOS", "Android"]), "imei": a.imei, "app_version": "24.%d.%d" % (R.randint(1, 9), R.randint(0, 9))}}
        elif k == 1:
            d = {"event": "role:opt_in", "timestamp": f_isoz(t), "role": {"name": "%s %s" % (R.choice(list(UNITS)), R.choice(["Charge RN", "Resource RN", "Hospitalist Days"])),
                                                                        "token": "r_" + hexs(10)},
                 "user": {"display_name": sname(a), "username": a.email, "title": a.role, "pager": a.pager}}
        else:
            d = {"event": "escalation:step", "timestamp": f_isoz(t), "policy": "RRT-%s" % R.choice(list(UNITS)),
                 "step": R.randint(1, 3), "target": {"display_name": sname(b), "phone": fmt_phone(b.cell, "e164")}, "elapsed_sec": R.randint(60, 300)}
    emit(L, d)


@family("spok-paging-syslog", True, True, w_phi=0.8, w_nophi=1.3)
def f_spok(L, phi):
    t = tick()
    a, b = nurse(), staff("Hospitalist", "Intensivist", "RT", "Pharmacist", "House Supervisor")
    L.t("<134>%s spok-smartsuite%02d paging[%d]: PAGE id=PG%s-%05d pager=%s cap=%s recipient=\"%s %s\" sender=%s msg=\"" % (
        f_3164(t), R.randint(1, 2), R.randint(1000, 9000), t.strftime("%y%m%d"), R.randint(1, 99999),
        b.pager, digits(7), sname(b), {"Hospitalist": "MD", "Intensivist": "MD"}.get(b.role, b.role.upper()), a.ext))
    if phi:
        p = patient()
        L.t("CALL %s RN %s %s RE RM %s " % (p.unit, a.first.upper(), a.ext.upper(), p.room))
        L.p(ascii_fold(p.last).upper(), "name")
        if R.random() < 0.4:
            L.t(" MRN ").p(p.mrn, "mrn")
        L.t(" %s\"" % R.choice(["HR 132", "SBP 82", "NEW CONFUSION", "BG 41", "CP 7/10", "TEMP 39.4"]))
    else:
        L.t("CALL %s RE RM %d %s\"" % (a.ext.upper(), R.randint(201, 736), R.choice(["BP 88/50", "PLS CALL", "CRIT LAB K 6.1", "FAMILY MTG 1400", "NEED ORDER"])))
    L.t(" status=%s carrier=SPOK-NET" % R.choice(["SENT", "SENT", "QUEUED", "ACK"]))


@family("nursecall-pipe", True, True, w_phi=1.2, w_nophi=1.5)
def f_nc(L, phi):
    t = tick()
    n = nurse()
    if phi:
        p = patient()
        L.t("NCS|%s|EVT=CALL_PLACED|LOC=%s-%s-%s|PRI=%s|TYPE=%s|PT_ID=" % (
            t.strftime("%Y-%m-%d %H:%M:%S"), p.unit, p.room, p.bed, R.choice(["NORMAL", "NORMAL", "BATH", "TOILET"]),
            R.choice(["PATIENT", "PILLOW_SPKR", "BED_EXIT"])))
        L.p(p.mrn.lstrip("0"), "mrn").t("|PT=").p(pname(p, "LF"), "name").t("|ASSN=%s|ESC=0" % n.emp)
        if R.random() < 0.3:
            L.t("|FALLRISK=%s" % p.fall)
    else:
        u = R.choice(list(UNITS))
        L.t("NCS|%s|EVT=%s|LOC=%s-%d-%s|PRI=%s|TYPE=%s|ESC=%d|TO=%s|ASSN=%s|ELAPSED=%d" % (
            t.strftime("%Y-%m-%d %H:%M:%S"), R.choice(["ESCALATED", "CANCELLED", "STAFF_PRESENT", "ESCALATED"]),
            u, rroom(u), R.choice("AB"), R.choice(["NORMAL", "HIGH", "CODE", "STAFF_ASSIST"]),
            R.choice(["PATIENT", "BATH", "STAFF"]), R.randint(0, 3), R.choice(["PRIMARY", "CHARGE", "HOUSE_SUP"]), n.emp, R.randint(5, 600)))


@family("rrt-code-syslog", True, True, w_phi=1.0, w_nophi=0.8)
def f_code(L, phi):
    t = tick()
    rrt, rt, md = nurse(), staff("RT"), staff("Hospitalist", "Intensivist")
    kind = R.choice(["RAPID RESPONSE", "CODE BLUE", "RAPID RESPONSE", "STROKE ALERT"])
    L.t("<130>%s codealert01 rrt-dispatch[%d]: " % (f_3164(t), R.randint(400, 1200)))
    if phi:
        p = patient()
        L.t("%s activated loc=%s pt=\"" % (kind, bedloc(p)))
        L.p(pname(p, "lf"), "name").t("\" mrn=").p(p.mrn, "mrn").t(" age=")
        if p.age >= 90:
            L.p(str(p.age), "age")
        else:
            L.t(str(p.age))
        L.t(" team=[RRT-RN %s %s, RT %s %s, %s %s %s] activatedBy=%s criteria=%s" % (
            sname(rrt), rrt.ext, sname(rt), rt.ext, md.role, sname(md), md.pager, nurse().emp,
            R.choice(["SBP<90", "RR>28", "SpO2<88", "ACUTE_MS_CHANGE", "STAFF_WORRIED", "HR>130"])))
    else:
        k = R.randint(0, 2)
        if k == 0:
            u = R.choice(list(UNITS))
            L.t("%s event=EV-%d closed loc=%s-%d duration=%dm outcome=%s recorder=%s" % (
                kind, R.randint(2000, 9999), u, rroom(u), R.randint(6, 55),
                R.choice(["TRANSFER_ICU", "REMAINED_ON_UNIT", "ROSC", "COMFORT_CARE"]), rrt.emp))
        elif k == 1:
            L.t("team member ack event=EV-%d member=\"%s\" role=%s pager=%s latency=%ds" % (
                R.randint(2000, 9999), sname(rt), rt.role, rt.pager, R.randint(5, 80)))
        else:
            L.t("CODE BLUE DRILL overhead test zone=%s result=PASS speakers=%d/%d" % (R.choice(["TOWER-A", "TOWER-B", "ED"]), R.randint(40, 60), 60))


HUDDLE_HDR = ["unit,room,bed,status,patient_name,mrn,dob,admit_date,exp_dc,acuity,iso,payer,member_id,attending,rn",
              "# bed huddle export generated %s by bedboard-svc v5.3.1 facility=SBMC",
              "unit,room,bed,status,patient_name,mrn,dob,admit_date,exp_dc,acuity,iso,payer,member_id,attending,rn"]


@family("bed-huddle-csv", True, True, w_phi=1.8, w_nophi=1.0)
def f_huddle(L, phi):
    t = tick()
    if phi:
        p = patient()
        md, n = staff("Hospitalist", "Intensivist"), nurse()
        L.t("%s,%s,%s,%s," % (p.unit, p.room, p.bed, R.choice(["OCC", "OCC", "OCC-DC-PENDING"])))
        nm = pname(p, "lf")
        L.t('"').p(nm, "name").t('",').p(p.mrn, "mrn").t(",").p(dfmt(p.dob, "us"), "date").t(",")
        L.p(dfmt(p.admit, "us"), "date").t(",").p(dfmt(p.edd, "us"), "date")
        L.t(",%d,%s,%s," % (p.acuity, p.iso, p.payer))
        L.p(p.member, "health_plan")
        L.t(",%s,%s" % (sname(md, "li"), sname(n, "li")))
    else:
        if R.random() < 0.2:
            h = R.choice(HUDDLE_HDR)
            L.t(h % t.strftime("%Y-%m-%dT%H:%M:%S") if "%s" in h else h)
        else:
            u = R.choice(list(UNITS))
            L.t("%s,%d,%s,%s,,,,,,,,,,," % (u, rroom(u), R.choice("AB"),
                                           R.choice(["DIRTY", "CLEAN", "BLOCKED-ISO", "BLOCKED-MAINT", "ASSIGNED-PENDING"])))
            if R.random() < 0.5:
                L.t(sname(nurse(), "li"))


@family("transport-logback", True, True, w_phi=1.3, w_nophi=1.0)
def f_transport(L, phi):
    t = tick()
    tr = staff("Transport")
    L.t("%s INFO  [transport-dispatch-%d] c.s.t.dispatch.DispatchService - " % (f_logback(t), R.randint(1, 6)))
    tid = "TR-%s-%04d" % (t.strftime("%y%m%d"), R.randint(1, 2000))
    if phi:
        p = patient()
        home = R.random() < 0.35
        L.t("Created TransportRequest{id=%s, origin=%s-%s%s, destination=" % (tid, p.unit, p.room, p.bed))
        if home:
            L.t("HOME(").p(p.street, "address").t(", ").p(p.city, "address").t(", OH ").p(p.zip, "zip").t(")")
        else:
            L.t(R.choice(["CT-2", "MRI-1", "IR-SUITE", "ENDO-3", "CATH-LAB-2", "DIALYSIS", "PACU"]))
        L.t(", patientMrn=").p(p.mrn, "mrn").t(", patientName=").p(pname(p), "name")
        L.t(", mode=%s, isolation=%s, o2=%s, requestedBy=%s, priority=%s, dueAt=%s}" % (
            "WHEELCHAIR_VAN" if home else R.choice(["STRETCHER", "WHEELCHAIR", "BED"]), p.iso,
            R.choice(["true", "false"]), nurse().emp, R.choice(["ROUTINE", "STAT", "SCHEDULED"]),
            (t + dt.timedelta(minutes=R.randint(10, 90))).strftime("%Y-%m-%dT%H:%M")))
        if home and R.random() < 0.5:
            L.t(" contactPhone=").p(fmt_phone(p.rel_phone, "dash"), "phone")
    else:
        k = R.randint(0, 1)
        if k == 0:
            L.t("Transporter %s (%s) status=%s ticket=%s eta=%dm vehicle=%s" % (
                tr.emp, sname(tr), R.choice(["EN_ROUTE", "ARRIVED", "COMPLETE", "DELAYED"]), tid, R.randint(1, 25),
                R.choice(["WC-14", "STR-03", "-"])))
        else:
            L.t("queue depth=%d avgWait=%.1fm longest=%s stat=%d" % (R.randint(0, 14), R.uniform(2, 30), tid, R.randint(0, 3)))


@family("sitter-pylogging", True, True, w_phi=1.0, w_nophi=0.8)
def f_sitter(L, phi):
    t = tick()
    s = staff("PCT-Sitter", "CNA")
    if phi:
        p = patient()
        k = R.randint(0, 1)
        if k == 0:
            L.t("%s - sitter.obs - INFO - q15 round logged obs_id=OB-%d sitter=%s room=%s%s mrn=" % (
                f_py(t), R.randint(10000, 99999), s.emp, p.room, p.bed))
            L.p(p.mrn, "mrn").t(" behavior=%s location=%s interventions=%s next_due=%s" % (
                R.choice(["CALM", "SLEEPING", "AGITATED", "EXIT_SEEKING"]), R.choice(["BED", "CHAIR", "BATHROOM"]),
                R.choice(["[]", "['redirect']", "['toileting','redirect']", "['reoriented']"]),
                (t + dt.timedelta(minutes=15)).strftime("%H:%M")))
        else:
            L.t("%s - sitter.virtual - INFO - camera CAM-%s-%s linked to patient_name='" % (f_py(t), p.unit, p.room))
            L.p(pname(p), "name").t("' mrn='").p(p.mrn, "mrn").t("' monitor_tech=%s language=%s" % (
                s.emp, R.choice(["en", "es", "vi", "ar", "pl"])))
    else:
        ratio = R.choice([1, 1, 2, 4])
        L.t("%s - sitter.roster - INFO - sitter shift start sitter=%s name='%s' unit=%s ratio=1:%d rooms=%s" % (
            f_py(t), s.emp, sname(s), s.unit, ratio,
            sorted(set(str(rroom(s.unit)) for _ in range(ratio)))))


@family("credentialing-nlog", False, True, w_nophi=1.6)
def f_cred(L, phi):
    t = tick()
    s = R.choice([x for x in STAFF if x.lic])
    k = R.randint(0, 2)
    if k == 0:
        exp = TODAY + dt.timedelta(days=R.randint(45, 900))
        L.t("%s|INFO|SBMC.Credentialing.LicenseVerifier|Primary source verification OK employee=%s name=\"%s\" license=%s state=OH board=%s status=ACTIVE expires=%s source=%s" % (
            f_nlog(t), s.emp, sname(s), s.lic, "OBN" if s.lic.startswith(("RN", "LPN")) else ("SMBO" if s.lic.startswith("35") else "OHRCB"),
            dfmt(exp, "iso"), R.choice(["Nursys", "eLicense Ohio", "Nursys e-Notify"])))
        if s.npi:
            L.t(" npi=%s" % s.npi)
    elif k == 1:
        left = R.randint(3, 60)
        L.t("%s|WARN|SBMC.Credentialing.CertTracker|Certification expiring employee=%s cert=%s expires=%s daysLeft=%d notify=%s" % (
            f_nlog(t), s.emp, R.choice(["BLS", "ACLS", "PALS", "NIHSS", "TNCC"]),
            dfmt(TODAY + dt.timedelta(days=left), "us"), left, s.email))
    else:
        L.t("%s|INFO|SBMC.Credentialing.ExclusionScreen|OIG/SAM screening clear for %d workers batch=%s hits=0 elapsed=%dms" % (
            f_nlog(t), R.randint(200, 4000), uuid4(), R.randint(300, 9000)))


@family("entra-signin-json", False, True, w_nophi=1.6)
def f_aad(L, phi):
    t = tick()
    s = R.choice(STAFF)
    ok = R.random() < 0.85
    d = {"id": uuid4(), "createdDateTime": utc(t).strftime("%Y-%m-%dT%H:%M:%SZ"), "userDisplayName": sname(s),
         "userPrincipalName": s.email, "userId": uuid4(), "appId": uuid4(),
         "appDisplayName": R.choice(["UKG Dimensions", "Epic Hyperspace", "TigerConnect", "Vocera Engage", "Office 365 Exchange Online", "Workday"]),
         "ipAddress": s.ip, "clientAppUsed": R.choice(["Browser", "Mobile Apps and Desktop clients"]),
         "correlationId": uuid4(), "conditionalAccessStatus": "success" if ok else "failure",
         "isInteractive": True, "riskLevelDuringSignIn": R.choice(["none", "none", "low"]),
         "status": {"errorCode": 0 if ok else R.choice([50126, 50074, 500121]), "failureReason": None if ok else "Invalid username or password or Invalid on-premise username or password."},
         "deviceDetail": {"deviceId": "", "displayName": "WOW-%s-%02d" % (s.unit, R.randint(1, 20)), "operatingSystem": "Windows 10", "browser": "Edge 122.0.0"},
         "location": {"city": "Cleveland", "state": "Ohio", "countryOrRegion": "US"}}
    emit(L, d)


@family("win-sso-kv", False, True, w_nophi=1.6)
def f_win(L, phi):
    t = tick()
    s = R.choice(STAFF)
    k = R.randint(0, 2)
    if k == 0:
        L.t("<13>%s SBMC-DC0%d MSWinEventLog\t1\tSecurity\t%d\t%s\tEventCode=4624\tLogon_Type=%d\tAccount_Name=%s\tAccount_Domain=SBMC\tWorkstation_Name=WOW-%s-%02d\tSource_Network_Address=%s\tLogon_Process=Kerberos" % (
            f_3164(t), R.randint(1, 3), R.randint(100000, 999999), t.strftime("%a %b %d %H:%M:%S %Y"), R.choice([2, 3, 10, 11]),
            s.user, s.unit, R.randint(1, 20), s.ip))
    elif k == 1:
        L.t("<134>%s imprivata-ose01 OneSign: user=%s authenticated via %s badge=%s workstation=WOW-%s-%02d ip=%s session=%s" % (
            f_3164(t), s.user, R.choice(["PROX", "PROX+PIN", "FINGERPRINT"]), s.badge, s.unit, R.randint(1, 20), s.ip, hexs(10)))
    else:
        L.t("%s INFO [shibboleth-idp] Authentication succeeded for principal '%s' from %s to sp 'https://stbrendan.kronos.net/wfc' (flow authn/Password)" % (
            f_logback(t), s.user, s.ip))


@family("careteam-morgan", True, True, w_phi=0.9, w_nophi=1.4)
def f_morgan(L, phi):
    t = tick()
    ip = "10.%d.%d.%d" % (R.choice([40, 41, 52]), R.randint(1, 60), R.randint(2, 250))
    L.t("%s - - [%s] \"" % (ip, f_clf(t)))
    if phi:
        p = patient()
        k = R.randint(0, 1)
        if k == 0:
            L.t("GET /api/v2/careteam/patients/").p(p.mrn, "mrn").t("?include=%s HTTP/1.1\"" % R.choice(["pager", "roles", "pager,roles"]))
        else:
            L.t("GET /api/v2/assignments/search?mrn=").p(p.mrn, "mrn").t("&lastName=").p(ascii_fold(p.last).replace("'", "%27"), "name").t(" HTTP/1.1\"")
    else:
        u = R.choice(list(UNITS))
        sd = TODAY + dt.timedelta(days=R.randint(1, 20))
        L.t(R.choice(["GET /api/v2/schedules/units/%s?from=%s&to=%s HTTP/1.1\"" % (u, dfmt(sd, "iso"), dfmt(sd + dt.timedelta(days=13), "iso")),
                      "GET /api/v2/careteam/units/%s/oncall HTTP/1.1\"" % u,
                      "POST /api/v2/pages HTTP/1.1\"", "GET /healthz HTTP/1.1\"",
                      "GET /api/v2/staff/%s/pager HTTP/1.1\"" % R.choice(STAFF).emp]))
    L.t(" %d %d \"-\" \"%s\"" % (R.choice([200, 200, 200, 304, 404, 401]), R.randint(120, 40000),
                                R.choice(["TigerConnect-Integration/4.2", "axios/1.6.7", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36", "kube-probe/1.28"])))


@family("hl7-adt-logback", True, True, w_phi=1.6, w_nophi=0.8)
def f_hl7(L, phi):
    t = tick()
    ctrl = "MSG%08d" % R.randint(1, 99999999)
    L.t("%s DEBUG [mllp-listener-%d] c.s.i.hl7.AdtRouter - inbound %s ctrl=%s seg=" % (
        f_logback(t), R.randint(1, 4), R.choice(["ADT^A01", "ADT^A02", "ADT^A03", "ADT^A08"]), ctrl))
    if phi:
        p = patient()
        k = R.choice([0, 0, 0, 1, 1, 2, 3, 3])
        if k == 0:
            L.t("PID|1||").p(p.mrn, "mrn").t("^^^SBMC^MR~").p(p.har, "account").t("^^^SBMC^AN||")
            L.p(pname(p, "hl7"), "name").t("||").p(dfmt(p.dob, "hl7"), "date").t("|%s|||" % p.sex)
            L.p(ascii_fold(p.street).upper(), "address").t("^^").p(p.city.upper(), "address").t("^OH^").p(p.zip, "zip")
            L.t("||").p(fmt_phone(p.phone, "hl7"), "phone").t("|||||").p(p.har, "account")
            if R.random() < 0.75:
                L.t("|").p(p.ssn, "ssn")
        elif k == 1:
            md = staff("Hospitalist", "Intensivist")
            L.t("PV1|1|I|%s^%s^%s^SBMC||||%s^%s^%s^^^MD|||||||||||" % (p.unit, p.room, p.bed, md.npi, ascii_fold(md.last).upper(), ascii_fold(md.first).upper()))
            L.p(p.csn, "mrn").t("|||||||||||||||||||||||")
            L.p(p.admit.strftime("%Y%m%d") + "%02d%02d00" % (R.randint(0, 23), R.randint(0, 59)), "date")
        elif k == 3:
            L.t("GT1|1|").p(p.har, "account").t("|").p("%s^%s" % (ascii_fold(p.rel_last).upper(), ascii_fold(p.rel_first).upper()), "name")
            L.t("||").p(ascii_fold(p.street).upper(), "address").t("^^").p(p.city.upper(), "address").t("^OH^").p(p.zip, "zip")
            L.t("|").p(fmt_phone(p.rel_phone, "hl7"), "phone").t("||||%s|" % ("SE" if p.rel == "POA" else "P"))
            if R.random() < 0.6:
                L.p(p.rel_ssn, "ssn")
            else:
                L.t('""')
            L.t("||||%s" % {"daughter": "DAU", "son": "SON", "wife": "SPO", "husband": "SPO"}.get(p.rel, "OTH"))
        else:
            L.t("NK1|1|").p("%s^%s" % (ascii_fold(p.rel_last).upper(), ascii_fold(p.rel_first).upper()), "name")
            L.t("|%s|" % {"daughter": "DAU", "son": "SON", "spouse": "SPO", "wife": "SPO", "husband": "SPO"}.get(p.rel, "OTH"))
            L.t("|").p(fmt_phone(p.rel_phone, "hl7"), "phone").t("||EC^EMERGENCY CONTACT")
    else:
        if R.random() < 0.6:
            L.t("MSH|^~\\&|EPIC|SBMC|CARETEAM|SBMC|%s||ADT^A02|%s|P|2.5.1" % (t.strftime("%Y%m%d%H%M%S"), ctrl))
        else:
            L.t("EVN|A02|%s|||%s^%s^%s" % (t.strftime("%Y%m%d%H%M%S"), staff("Unit Clerk").emp, ascii_fold(staff("Unit Clerk").last).upper(), "CLERK"))


@family("family-notify-serilog-json", True, True, w_phi=1.2, w_nophi=0.6)
def f_family(L, phi):
    t = tick()
    if phi:
        p = patient()
        ch = R.choice(["SMS", "Email"])
        d = {"@t": f_sercompact(t), "@mt": "Family update queued for {ContactName} via {Channel}",
             "ContactName": P("%s %s" % (p.rel_first, p.rel_last), "name"), "Channel": ch}
        if ch == "SMS":
            d["To"] = P(fmt_phone(p.rel_phone, "e164"), "phone")
        else:
            d["To"] = P(p.rel_email, "email")
        d["Relationship"] = p.rel.capitalize()
        d["PatientMrn"] = P(p.mrn, "mrn")
        if R.random() < 0.55:
            d["UpdatePage"] = P("https://www.caringbridge.org/visit/%s%s" % (ascii_fold(p.first).lower().replace(" ", ""), ascii_fold(p.last).lower().replace("'", "")), "url")
        d["TemplateId"] = R.choice(["tmpl_surgery_update", "tmpl_transfer", "tmpl_visiting_hours"])
        d["SourceContext"] = "SBMC.FamilyComms.NotifyService"
    else:
        d = {"@t": f_sercompact(t), "@mt": "Twilio callback {Sid} status {Status}", "Sid": "SM" + hexs(32),
             "Status": R.choice(["delivered", "sent", "undelivered"]), "From": "+12165550100",
             "SourceContext": "SBMC.FamilyComms.WebhookController"}
        if d["Status"] == "undelivered":
            d["@l"] = "Warning"
            d["ErrorCode"] = 30005
    emit(L, d)


@family("visitor-winston", True, True, w_phi=1.0, w_nophi=0.6)
def f_visitor(L, phi):
    t = tick()
    if phi:
        p = patient()
        v = {"name": P("%s %s" % (p.rel_first, p.rel_last), "name"), "idType": "DL",
             "idNumber": P("OH " + p.rel_dl, "license"), "relationship": p.rel}
        if R.random() < 0.4:
            v["vehiclePlate"] = P(p.rel_plate, "vehicle")
        d = {"level": "info", "message": "visitor badge issued", "badgeNo": "V-%s-%03d" % (t.strftime("%y%j"), R.randint(1, 400)),
             "visitor": v, "visiting": {"room": "%s-%s" % (p.unit, p.room), "patientName": P(pname(p), "name")},
             "kiosk": R.choice(["LOBBY-K1", "LOBBY-K2", "ED-K1"]), "timestamp": f_isoz(t)}
    else:
        d = {"level": R.choice(["info", "warn"]), "message": R.choice(["kiosk heartbeat", "badge printer ribbon low", "watchlist sync complete"]),
             "kiosk": R.choice(["LOBBY-K1", "LOBBY-K2", "ED-K1"]), "printer": "ZC350-%s" % digits(6),
             "visitorsToday": R.randint(40, 600), "timestamp": f_isoz(t)}
    emit(L, d)


@family("palmvein-nlog", True, True, w_phi=0.9, w_nophi=0.5)
def f_palm(L, phi):
    t = tick()
    reg = staff("Unit Clerk", "RN")
    if phi:
        p = patient()
        if R.random() < 0.6:
            L.t("%s|INFO|PatientSecure.Enrollment|Palm enrolled mrn=" % f_nlog(t)).p(p.mrn, "mrn")
            L.t(" hand=%s quality=%.2f operator=%s template=" % (R.choice("LR"), R.uniform(0.8, 0.99), reg.user))
            L.p(b64(R.randint(90, 180), b"PVT2"), "biometric")
        else:
            L.t("%s|INFO|PatientSecure.Identify|Palm match mrn=" % f_nlog(t)).p(p.mrn, "mrn").t(" name=\"")
            L.p(pname(p, "LF"), "name").t("\" dob=").p(dfmt(p.dob, "us"), "date")
            L.t(" score=%.3f station=%s" % (R.uniform(0.95, 0.999), R.choice(["REG-ED-2", "REG-MAIN-4", "WOW-4W-07"])))
    else:
        L.t("%s|WARN|PatientSecure.Device|Scanner PV-%s temp=%.1fC firmware=%d.%d.%d status=%s" % (
            f_nlog(t), digits(8), R.uniform(31, 44), R.randint(2, 4), R.randint(0, 9), R.randint(0, 30), R.choice(["OK", "RECALIBRATE", "OK"])))


@family("familyapp-pino", True, True, w_phi=0.9, w_nophi=0.6)
def f_app(L, phi):
    t = tick()
    d = {"level": 30, "time": f_epoch_ms(t), "pid": 1, "hostname": R.choice(HOSTS["k8s"])}
    if phi:
        p = patient()
        d["msg"] = "family app login"
        d["user"] = P(p.rel_user, "other_id")
        d["linkedPatientMrn"] = P(p.mrn, "mrn")
        d["ip"] = P(p.rel_ip, "ip")
        dev = {"platform": R.choice(["iOS 17.3.1", "Android 14"])}
        if R.random() < 0.6:
            dev["imei"] = P(p.rel_imei, "device")
        dev["pushToken"] = hexs(32)
        d["device"] = dev
        d["mfa"] = R.choice(["sms", "email", "none"])
        if d["mfa"] == "email":
            d["mfaTarget"] = P(p.rel_email, "email")
    else:
        d["level"] = R.choice([30, 40])
        d["msg"] = R.choice(["token refreshed", "rate limit applied", "push batch sent"])
        d["userId"] = uuid4()
        d["route"] = R.choice(["/v1/auth/refresh", "/v1/updates", "/v1/push"])
        d["ip"] = "10.60.%d.%d" % (R.randint(0, 20), R.randint(2, 250))
        d["responseTime"] = R.randint(3, 900)
    emit(L, d)


@family("parking-lpr-pylogging", True, True, w_phi=0.6, w_nophi=0.9)
def f_parking(L, phi):
    t = tick()
    if phi:
        p = patient()
        L.t("%s INFO parking.valet: ticket VT-%d issued plate=" % (f_py(t), R.randint(1000, 9999)))
        L.p(p.rel_plate, "vehicle")
        if R.random() < 0.5:
            L.t(" vin=").p(p.vin, "vehicle")
        L.t(" owner_pt_mrn=").p(p.mrn, "mrn").t(" lot=VALET-ED stall=%d attendant=%s" % (R.randint(1, 90), "E%d" % R.randint(500000, 599999)))
    else:
        s = R.choice(STAFF)
        L.t("%s INFO parking.lpr: LPR read plate=%s lot=STAFF-GARAGE-%s permit=SP-%d holder=%s match=%s conf=%.2f" % (
            f_py(t), s.plate, R.choice("ABC"), R.randint(10000, 19999), s.emp, R.choice(["True", "True", "False"]), R.uniform(0.7, 0.99)))


@family("bcma-logback", True, True, w_phi=1.1, w_nophi=0.8)
def f_bcma(L, phi):
    t = tick()
    n = nurse()
    L.t("%s %s [bcma-ws-%d] c.s.bcma.ScanValidator - " % (f_logback(t), "INFO " if phi else R.choice(["WARN ", "INFO "]), R.randint(1, 8)))
    if phi:
        p = patient()
        L.t("wristband scan OK user=%s station=WOW-%s-%02d band=MRN:" % (n.emp, p.unit, R.randint(1, 20)))
        L.p(p.mrn, "mrn").t("|CSN:").p(p.csn, "mrn").t(" patient=\"").p(pname(p, "LF"), "name").t("\" dob=")
        L.p(dfmt(p.dob, "iso"), "date").t(" match=2ID")
    else:
        L.t("scan %s user=%s reason=%s station=WOW-%s-%02d scanner=%s" % (
            R.choice(["FAILED", "OVERRIDE"]), n.emp, R.choice(["UNREADABLE_BARCODE", "WRONG_PATIENT_PROMPT", "MED_NOT_DUE", "NDC_NOT_FOUND"]),
            R.choice(list(UNITS)), R.randint(1, 20), "DS8178-%s" % digits(8)))


@family("escalation-log4j2-json", True, True, w_phi=1.0, w_nophi=1.0)
def f_esc(L, phi):
    t = tick()
    a, c = nurse(), staff("Charge RN")
    alm = "ALM-%d" % R.randint(1000, 99999)
    if phi:
        p = patient()
        msg = M("Escalation tier 2 reached for alarm %s (%s) bed %s pt " % (alm, R.choice(["SpO2 LOW 84", "HR HIGH 141", "APNEA 20s", "VTACH"]), bedloc(p)),
                P(pname(p, "lf"), "name"), "; primary %s no response 120s, paging charge %s" % (sname(a), sname(c)))
    else:
        u = R.choice(list(UNITS))
        msg = "Escalation tier %d reached for alarm %s (%s) bed %s-%d%s; primary %s no response %ds, paging %s" % (
            R.randint(1, 3), alm, R.choice(["SpO2 LOW 84", "LEADS OFF", "HR HIGH 141", "BED EXIT"]),
            u, rroom(u), R.choice("AB"), sname(a), R.randint(60, 180), sname(c))
    d = {"instant": {"epochSecond": f_epoch_ms(t) // 1000, "nanoOfSecond": t.microsecond * 1000}, "thread": "esc-worker-%d" % R.randint(1, 8),
         "level": "WARN", "loggerName": "com.sbmc.alerts.EscalationEngine", "message": msg, "endOfBatch": False,
         "loggerFqcn": "org.apache.logging.log4j.spi.AbstractLogger", "threadId": R.randint(20, 80), "threadPriority": 5}
    emit(L, d)


@family("pager-tap-syslog", False, True, w_nophi=1.0)
def f_tap(L, phi):
    t = tick()
    s = R.choice(STAFF)
    L.t("<134>%s pagegw0%d tapd[%d]: TAP block sent pin=%s len=%d ack=%s retries=%d modem=/dev/ttyS%d" % (
        f_3164(t), R.randint(1, 2), R.randint(1000, 2000), s.pager, R.randint(20, 240), R.choice(["ACK", "ACK", "NAK"]), R.randint(0, 2), R.randint(0, 3)))


@family("photo-serilog-json", True, True, w_phi=0.8, w_nophi=0.5)
def f_photo(L, phi):
    t = tick()
    if phi:
        p = patient()
        png = R.random() < 0.3
        data = b64(R.randint(150, 420), PNG_HEAD if png else JPEG_HEAD)
        uri = "data:image/%s;base64,%s" % ("png" if png else "jpeg", data)
        d = {"@t": f_sercompact(t), "@mt": "Patient photo cached for {Mrn} ({Bytes} bytes)", "Mrn": P(p.mrn, "mrn"),
             "Bytes": len(data) * 3 // 4, "PhotoDataUri": P(uri, "photo"), "SourceContext": "SBMC.Board.PhotoCache"}
    else:
        s = R.choice(STAFF)
        d = {"@t": f_sercompact(t), "@mt": "Staff avatar refreshed for {EmployeeId}", "EmployeeId": s.emp,
             "AvatarUrl": "https://directory.stbrendan.org/photos/%s.jpg" % s.emp, "ETag": "\"%s\"" % hexs(16),
             "SourceContext": "SBMC.Board.PhotoCache"}
    emit(L, d)


@family("casemgmt-fax-pylogging", True, True, w_phi=0.9, w_nophi=0.5)
def f_fax(L, phi):
    t = tick()
    cm = R.choice(STAFF)
    fac = R.choice([("Lakeview Rehab & Nursing", "+1-216-555-0177"), ("Westshore SNF", "+1-440-555-0123"),
                    ("Heritage Home Health", "+1-330-555-0188")])
    if phi:
        p = patient()
        if R.random() < 0.45:
            L.t("%s [INFO] casemgmt.fax: job FJ-%d to=\"%s\" fax=%s pages=%d pt_mrn=" % (f_py(t), R.randint(1000, 9999), fac[0], fac[1], R.randint(3, 30)))
            L.p(p.mrn, "mrn").t(" sender=%s" % cm.user)
        else:
            L.t("%s [INFO] casemgmt.fax: consent packet faxed to guardian \"" % f_py(t))
            L.p("%s %s" % (p.rel_first, p.rel_last), "name").t("\" fax=").p(fmt_phone(p.rel_phone, "paren"), "fax")
            L.t(" re pt_mrn=").p(p.mrn, "mrn").t(" pages=%d" % R.randint(2, 8))
    else:
        L.t("%s [INFO] casemgmt.fax: job FJ-%d status=%s to=\"%s\" fax=%s duration=%ds" % (
            f_py(t), R.randint(1000, 9999), R.choice(["DELIVERED", "BUSY_RETRY", "DELIVERED"]), fac[0], fac[1], R.randint(20, 400)))


@family("monitor-alarm-kv", True, True, w_phi=0.9, w_nophi=0.9)
def f_alarm(L, phi):
    t = tick()
    n = nurse()
    if phi:
        p = patient()
        L.t("%s piciX-gw alarm bed=%s label=\"" % (f_iso_off(t), bedloc(p)))
        L.p(pname(p, "LF"), "name").t("\" alarm=%s level=%s routed=%s via=VOCERA latency_ms=%d" % (
            R.choice(["***VTACH", "***APNEA", "**SpO2 LOW", "**HR HIGH", "*PVCs/min HIGH"]), R.choice(["RED", "YELLOW"]), n.emp, R.randint(200, 3000)))
    else:
        u = R.choice(list(UNITS))
        L.t("%s piciX-gw inop bed=%s-%d%s inop=%s level=CYAN routed=%s via=VOCERA latency_ms=%d" % (
            f_iso_off(t), u, rroom(u), R.choice("AB"),
            R.choice(["LEADS OFF", "REPLACE BATTERY", "SpO2 NO SENSOR", "CHECK TELE"]), n.emp, R.randint(200, 3000)))


@family("infra-noise", False, True, w_nophi=1.4)
def f_noise(L, phi):
    t = tick()
    k = R.randint(0, 3)
    if k == 0:
        L.t("%s  WARN 1 --- [ntainer#0-0-C-1] o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=roster-sync-%d, groupId=roster-sync] Offset commit failed on partition assignments-%d at offset %d: The coordinator is loading" % (
            f_logback(t), R.randint(1, 3), R.randint(0, 11), R.randint(100000, 9999999)))
    elif k == 1:
        L.t("[%s][gc,start    ] GC(%d) Pause Young (Normal) (G1 Evacuation Pause) %dM->%dM(%dM) %.3fms" % (
            f_iso_off(t), R.randint(100, 9000), R.randint(400, 900), R.randint(100, 300), 1024, R.uniform(2, 40)))
    elif k == 2:
        L.t("<30>%s cron-roster01 CRON[%d]: (svc_roster) CMD (/opt/roster/bin/export_huddle.sh --units ALL --date %s)" % (
            f_3164(t), R.randint(10000, 60000), dfmt(TODAY, "iso")))
    else:
        L.t("%s INFO  [main] c.s.careteam.Application - Started Application in %.3f seconds (process running for %.3f) version=%d.%d.%d build=%s" % (
            f_logback(t), R.uniform(4, 30), R.uniform(5, 32), R.randint(1, 5), R.randint(0, 20), R.randint(0, 40), hexs(7)))


# ---------------------------------------------------------------- main
def weighted(cands):
    tot = sum(w for _, w in cands)
    x = R.uniform(0, tot)
    for name, w in cands:
        x -= w
        if x <= 0:
            return name
    return cands[-1][0]


def build_plan():
    names = sorted(FAM)
    seq = []
    for phi, total, minimum in ((True, N_LINES - N_NOPHI, 5), (False, N_NOPHI, 4)):
        cands = [(n, FAM[n][3] if phi else FAM[n][4]) for n in names if (FAM[n][1] if phi else FAM[n][2])]
        picks = [n for n, _ in cands for _ in range(minimum)]
        while len(picks) < total:
            picks.append(weighted(cands))
        seq += [(n, phi) for n in picks]
    R.shuffle(seq)
    return seq


def main():
    out_lines, labels = [], []
    for i, (name, phi) in enumerate(build_plan(), 1):
        L = Line()
        FAM[name][0](L, phi)
        data = L.check()
        assert bool(L.spans) == phi, (name, phi, data)
        out_lines.append(data)
        labels.append(json.dumps({"line": i, "family": name, "spans": L.spans}, ensure_ascii=False))
    assert len(out_lines) == N_LINES
    with open(os.path.join(HERE, "ce.log"), "wb") as f:
        f.write(b"\n".join(out_lines) + b"\n")
    with open(os.path.join(HERE, "ce.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(labels) + "\n")


if __name__ == "__main__":
    main()
