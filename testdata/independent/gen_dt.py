#!/usr/bin/env python3
"""Deterministic generator of a labeled PHI test corpus (theme: medical debt
collection / early-out billing agency).  Standard library only.

Writes dt.log and dt.labels.jsonl next to this file.  Every line is built by
concatenating segments while recording byte offsets of the PHI values.
"""
import base64
import datetime as dtm
import functools
import json
import os
import random
import unicodedata

ID = "dt"
N_LINES = 500
random.seed(20240311 + 18)
R = random
HERE = os.path.dirname(os.path.abspath(__file__))


# ----------------------------------------------------------------- line builder
class LB:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        if cat is None:
            return self.t(s)
        s = str(s)
        assert s, "empty PHI value"
        b = s.encode("utf-8")
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, st + len(b), cat, b))
        return self

    def pad(self, s, w, cat=None, right=False, fill=" "):
        s = str(s)
        assert len(s) <= w, (s, w)
        if right:
            self.t(fill * (w - len(s)))
            if s:
                self.p(s, cat)
        else:
            if s:
                self.p(s, cat)
            self.t(fill * (w - len(s)))
        return self

    def finish(self):
        b = bytes(self.buf)
        assert b"\n" not in b and b"\r" not in b
        last = 0
        for s, e, c, v in self.spans:
            assert s >= last, "overlap"
            assert b[s:e] == v, (b[s:e], v)
            last = e
        return b


class P:
    """PHI value inside a JSON structure."""
    __slots__ = ("v", "c")

    def __init__(self, v, c):
        self.v = v
        self.c = c


def jesc(s, ascii_=False, slash=False):
    r = json.dumps(s, ensure_ascii=ascii_)[1:-1]
    if slash:
        r = r.replace("/", "\\/")
    return r


def jemit(lb, o, sep=(",", ":"), ascii_=False, slash=False):
    if isinstance(o, P):
        if isinstance(o.v, str):
            lb.t('"')
            lb.p(jesc(o.v, ascii_, slash), o.c)
            lb.t('"')
        else:
            lb.p(json.dumps(o.v), o.c)
    elif isinstance(o, dict):
        lb.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                lb.t(sep[0])
            lb.t(json.dumps(k) + sep[1])
            jemit(lb, v, sep, ascii_, slash)
        lb.t("}")
    elif isinstance(o, list):
        lb.t("[")
        for i, v in enumerate(o):
            if i:
                lb.t(sep[0])
            jemit(lb, v, sep, ascii_, slash)
        lb.t("]")
    elif isinstance(o, str):
        lb.t('"' + jesc(o, ascii_, slash) + '"')
    else:
        lb.t(json.dumps(o))
    return lb


def seg(lb, parts):
    """parts: list of str (plain) or (value, cat)."""
    for x in parts:
        if isinstance(x, tuple):
            lb.p(x[0], x[1])
        else:
            lb.t(x)
    return lb


# ----------------------------------------------------------------- id helpers
def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def luhn_check(payload):
    s = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def card_number():
    kind = R.choice(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        pl = "4" + digits(14)
    elif kind == "mc":
        pl = R.choice(["51", "52", "53", "54", "55"]) + digits(13)
    elif kind == "amex":
        pl = R.choice(["34", "37"]) + digits(12)
    else:
        pl = "6011" + digits(11)
    brand = {"visa": "VISA", "mc": "MASTERCARD", "amex": "AMEX", "disc": "DISCOVER"}[kind]
    return pl + luhn_check(pl), brand


def imei():
    pl = R.choice(["35", "86", "01", "35"]) + digits(12)
    return pl + luhn_check(pl)


VIN_TR = {c: i + 1 for i, c in enumerate("ABCDEFGH")}
VIN_TR.update({"J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
               "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9})
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VEHICLES = [("1HG", "HONDA", "CIVIC"), ("2HK", "HONDA", "CR-V"), ("1FT", "FORD", "F-150"),
            ("1G1", "CHEVROLET", "MALIBU"), ("3VW", "VOLKSWAGEN", "JETTA"),
            ("4T1", "TOYOTA", "CAMRY"), ("5NP", "HYUNDAI", "ELANTRA"), ("JTD", "TOYOTA", "COROLLA"),
            ("1C4", "JEEP", "CHEROKEE"), ("KNA", "KIA", "SORENTO")]


def vin(wmi):
    yr_code, yr = R.choice([("E", 2014), ("F", 2015), ("G", 2016), ("H", 2017), ("J", 2018),
                            ("K", 2019), ("L", 2020), ("M", 2021), ("N", 2022)])
    v = wmi + "".join(R.choice(VIN_CH) for _ in range(5)) + "0" + yr_code + R.choice(VIN_CH) + digits(6)
    s = sum((int(c) if c.isdigit() else VIN_TR[c]) * VIN_W[i] for i, c in enumerate(v))
    cd = s % 11
    v = v[:8] + ("X" if cd == 10 else str(cd)) + v[9:]
    return v, yr


def aba(prefix4):
    d = prefix4 + digits(4)
    n = [int(c) for c in d]
    cs = 3 * (n[0] + n[3] + n[6]) + 7 * (n[1] + n[4] + n[7]) + (n[2] + n[5])
    return d + str((10 - cs % 10) % 10)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + "0123456789"
    return (R.choice("123456789") + R.choice(MBI_A) + R.choice(an) + R.choice("0123456789") +
            R.choice(MBI_A) + R.choice(an) + R.choice("0123456789") + R.choice(MBI_A) +
            R.choice(MBI_A) + R.choice("0123456789") + R.choice("0123456789"))


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def fold(s):
    s = s.replace("Ł", "L").replace("ł", "l").replace("ø", "o").replace("Ø", "O").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def pub_ip():
    while True:
        a = R.choice([24, 47, 67, 68, 71, 73, 75, 76, 98, 99, 107, 108, 136, 162, 173, 174, 184])
        ip = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        return ip


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def b64rand(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


def jpeg_b64(nbytes):
    head = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    body = bytes(R.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(head + body).decode()


def png_b64(nbytes):
    head = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000c8000000f00806000000")
    body = bytes(R.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(head + body).decode()


# ----------------------------------------------------------------- people
ORIGINS = [
    (["María", "José", "Guadalupe", "Xóchitl", "Esperanza", "Luis", "Alejandro", "Catalina"],
     ["López", "García-Márquez", "Hernández", "Castillo", "Fernández", "Ramírez", "Villanueva"]),
    (["Thi Lan", "Van Minh", "Bao", "Linh"], ["Nguyễn", "Tran", "Pham", "Le"]),
    (["Oluwaseun", "Chidi", "Ngozi", "Adaeze", "Emeka"], ["Okonkwo", "Adeyemi", "Eze", "Nwosu"]),
    (["Agnieszka", "Łukasz", "Tomasz", "Katarzyna"], ["Kowalczyk", "Wiśniewski", "Nowak", "Zieliński"]),
    (["Priya", "Rajesh", "Anjali", "Vikram"], ["Patel", "Raghunathan", "Iyer", "Deshmukh"]),
    (["Fatima", "Omar", "Yusuf", "Layla"], ["Haddad", "Al-Sayed", "Khoury", "Mansour"]),
    (["Min-jun", "Seo-yeon", "Ji-ho"], ["Kim", "Park", "Choi"]),
    (["Siobhan", "Declan", "Niamh", "Ciarán"], ["O'Sullivan", "MacAllister", "Byrne"]),
    (["Dimitrios", "Eleni", "Georgios"], ["Papadopoulos", "Konstantinidis"]),
    (["Jürgen", "Anneliese", "Lukas"], ["Schneider", "Müller", "Hoffmann"]),
    (["Jean-Baptiste", "Nadège", "Wislande"], ["Baptiste", "Jean-Louis", "Pierre-Louis"]),
    (["Abdirahman", "Hodan", "Faadumo"], ["Warsame", "Mohamud", "Farah"]),
    (["Maricel", "Rodel", "Jocelyn"], ["Dela Cruz", "Bautista", "Manalo"]),
    (["Svetlana", "Dmitri", "Yekaterina"], ["Ivanova", "Petrov", "Sokolov"]),
    (["Haruto", "Yui", "Kenji"], ["Tanaka", "Sato", "Watanabe"]),
    (["Tyrone", "Shanice", "Brittany", "Cody", "Dale", "Marjorie", "Harold", "Betty"],
     ["Washington", "Jefferson", "Hollister", "Pruitt", "Dunbar", "Whitaker"]),
    (["Björn", "Zoë", "Søren"], ["Björklund", "Lindqvist", "Halvorsen"]),
    (["Kwame", "Akosua"], ["Mensah", "Owusu"]),
    (["Mei-Ling", "Wei", "Jun"], ["Chen", "Liu", "Zhang"]),
]
OLD_FIRST = ["Harold", "Betty", "Marjorie", "Agnes", "Walter", "Eleni", "Józef", "Dolores", "Ruth", "Kazuo"]

STATES = {
    "OH": {"ac": ["419", "614", "937", "567"], "dl": "oh", "aba": "0440",
           "cities": [("Toledo", "Lucas", ["43604", "43605", "43607", "43609", "43612", "43614"]),
                      ("Columbus", "Franklin", ["43201", "43205", "43207", "43211", "43224"]),
                      ("Dayton", "Montgomery", ["45402", "45405", "45410", "45417"]),
                      ("Sylvania", "Lucas", ["43560"]), ("Maumee", "Lucas", ["43537"])]},
    "IL": {"ac": ["312", "773", "815", "708"], "dl": "il", "aba": "0710",
           "cities": [("Chicago", "Cook", ["60608", "60617", "60625", "60629", "60640", "60647"]),
                      ("Evanston", "Cook", ["60201", "60202"]), ("Joliet", "Will", ["60431", "60432", "60435"]),
                      ("Cicero", "Cook", ["60804"])]},
    "PA": {"ac": ["412", "814", "724"], "dl": "pa", "aba": "0430",
           "cities": [("Pittsburgh", "Allegheny", ["15201", "15206", "15210", "15217", "15235"]),
                      ("Erie", "Erie", ["16501", "16504", "16508"]), ("McKeesport", "Allegheny", ["15132"])]},
    "TX": {"ac": ["915", "210", "956"], "dl": "tx", "aba": "1140",
           "cities": [("San Antonio", "Bexar", ["78201", "78207", "78221", "78237"]),
                      ("El Paso", "El Paso", ["79901", "79905", "79907", "79924"]),
                      ("Laredo", "Webb", ["78040", "78041", "78046"])]},
}
STREETS = ["Oakwood Ave", "Maple St", "Cedar Ridge Dr", "Kenwood Blvd", "N Lincoln Ave", "W 47th St",
           "Calle del Sol", "Penn Ave", "Brownsville Rd", "Sunset Ln", "E Broad St", "Harrison St",
           "Woodlawn Ave", "Old Mill Rd", "Rosewood Ct", "S Pulaski Rd", "Murray Ave", "Sylvania Ave",
           "Monroe St", "Frankstown Rd", "Zarzamora St", "Alameda Ave", "Peach St", "Cleveland Ave"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com",
             "comcast.net", "att.net", "sbcglobal.net"]
TODAY = dtm.date(2024, 3, 11)


def phone(st):
    ac = R.choice(STATES[st]["ac"])
    if R.random() < 0.72:
        return ac + "55501" + "%02d" % R.randint(0, 99)
    while True:
        ex = R.randint(201, 989)
        if ex != 555 and ex % 100 != 11:
            break
    return ac + str(ex) + digits(4)


def fmt_ph(p, style):
    if style == "raw":
        return p
    if style == "dash":
        return "%s-%s-%s" % (p[:3], p[3:6], p[6:])
    if style == "paren":
        return "(%s) %s-%s" % (p[:3], p[3:6], p[6:])
    if style == "e164":
        return "+1" + p
    if style == "1":
        return "1" + p
    if style == "dot":
        return "%s.%s.%s" % (p[:3], p[3:6], p[6:])
    raise ValueError(style)


def dl_num(st):
    if st == "OH":
        return R.choice("ABCDEFGHJKLMNPRST") + R.choice("ABCDEFGHJKLMNPRST") + digits(6)
    if st == "IL":
        d = R.choice("ABCDFGHJKLMNPRSTW") + digits(11)
        return "%s-%s-%s" % (d[:4], d[4:8], d[8:])
    return digits(8)


def plate(st):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if st == "OH":
        return "".join(R.choice(L) for _ in range(3)) + " " + digits(4)
    if st == "IL":
        return "".join(R.choice(L) for _ in range(2)) + " " + digits(5)
    return "".join(R.choice(L) for _ in range(3)) + "-" + digits(4)


def rand_date(y0, y1):
    a = dtm.date(y0, 1, 1).toordinal()
    b = dtm.date(y1, 12, 28).toordinal()
    return dtm.date.fromordinal(R.randint(a, b))


def age_of(d):
    return TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))


USERS_SEEN = set()
NAMES_SEEN = set()
ONCE = set()


SEQ = {}


def nxt(key):
    SEQ[key] = SEQ.get(key, 0) + 1
    return SEQ[key]


def once(key):
    if key in ONCE:
        return False
    ONCE.add(key)
    return True


def mk_person(st, last=None, born=(1950, 1995), first=None, addr_from=None):
    fo, lo = R.choice(ORIGINS)
    first0, last0 = first, last
    for _ in range(50):
        first = first0 or R.choice(fo)
        last = last0 or R.choice(lo)
        if (first, last) not in NAMES_SEEN:
            break
    NAMES_SEEN.add((first, last))
    p = {"first": first, "last": last, "fa": fold(first).upper(), "la": fold(last).upper(),
         "dob": rand_date(*born), "ssn": ssn(), "st": st, "sex": R.choice("MF")}
    if addr_from:
        for k in ("street", "apt", "city", "county", "zip", "zip4", "home"):
            p[k] = addr_from[k]
    else:
        city, county, zips = R.choice(STATES[st]["cities"])
        p.update(street="%d %s" % (R.randint(101, 9899), R.choice(STREETS)),
                 apt=R.choice(["", "", "", "Apt 3B", "Apt 12", "Unit 204", "#7", "Lot 17", "Apt 2R"]),
                 city=city, county=county, zip=R.choice(zips), zip4=digits(4),
                 home=phone(st))
    p["cell"] = phone(st)
    fl, ll = fold(first).lower().replace(" ", "").replace("'", ""), fold(last).lower().replace(" ", "").replace("'", "")
    p["email"] = R.choice(["%s.%s%d", "%s%s%d", "%s_%s%d"]) % (fl, ll, p["dob"].year % 100) + "@" + R.choice(EMAIL_DOM)
    u = (fl[0] + ll.replace("-", ""))[:12] + str(p["dob"].year % 100)
    while u in USERS_SEEN:
        u += R.choice("0123456789")
    USERS_SEEN.add(u)
    p["user"] = u
    p["dl"] = dl_num(st)
    w, make, model = R.choice(VEHICLES)
    p["vin"], p["vyear"] = vin(w)
    p["make"], p["model"] = make, model
    p["plate"] = plate(st)
    p["ip"] = pub_ip()
    p["card"], p["brand"] = card_number()
    p["bank"] = digits(R.choice([9, 10, 12]))
    p["routing"] = aba(STATES[st]["aba"])
    p["imei"] = imei()
    return p


HOSP = [
    {"code": "MSV", "name": "Mercy St. Vincent Medical Center", "st": "OH", "fmt": "fixed",
     "mrn": lambda: "E" + digits(7), "har": lambda: "44" + digits(8), "npi": "1457382910"},
    {"code": "TRC", "name": "Three Rivers Community Hospital", "st": "PA", "fmt": "fixed",
     "mrn": lambda: "TR" + digits(6), "har": lambda: "3" + digits(11), "npi": "1285916044"},
    {"code": "LRH", "name": "Lakeshore Regional Health", "st": "IL", "fmt": "csv",
     "mrn": lambda: "00" + digits(7), "har": lambda: "V" + digits(9), "npi": "1093817722"},
    {"code": "VVM", "name": "Valle Verde Medical Center", "st": "TX", "fmt": "csv2",
     "mrn": lambda: "M" + digits(8), "har": lambda: "H" + digits(8), "npi": "1730582216"},
]
PAYERS = [("BCBS", "Blue Cross Blue Shield", lambda: R.choice(["ZGP", "XOH", "YID", "JQU"]) + digits(9)),
          ("AETNA", "Aetna Choice POS II", lambda: "W" + digits(9)),
          ("UHC", "UnitedHealthcare", lambda: digits(9) + "01"),
          ("MCARE", "Medicare Part A/B", mbi),
          ("MCAID", "State Medicaid", lambda: digits(12)),
          ("SELF", "Self Pay", lambda: "")]

STAFF = [("Denise", "Okafor", "dokafor"), ("Marcus", "Bell", "mbell"), ("Rita", "Szabo", "rszabo"),
         ("Tom", "Hadley", "thadley"), ("Angela", "Ruiz", "aruiz"), ("Kevin", "Doan", "kdoan"),
         ("Jasmine", "Kowalski", "jkowalski"), ("Pradeep", "Menon", "pmenon")]
DOCTORS = ["Rao, Anita MD", "Whitcombe, Samuel MD", "Villalobos, Hector DO", "Lindgren, Ingrid MD",
           "Oyelaran, Tunde MD", "Feldman, Ruth NP"]

ACCTS = []
GUARS = []


def mk_account(h, p, g):
    payer = R.choice(PAYERS)
    if age_of(p["dob"]) >= 65 and R.random() < 0.7:
        payer = PAYERS[3]
    if age_of(p["dob"]) < 18 and payer[0] == "MCARE":
        payer = PAYERS[4]
    dos = TODAY - dtm.timedelta(days=R.randint(20, 200))
    ptype = R.choice(["IP", "OP", "ER", "OP", "ER"])
    los = R.randint(1, 6) if ptype == "IP" else 0
    a = {"h": h, "p": p, "g": g, "har": h["har"](), "mrn": p.setdefault("mrn_" + h["code"], h["mrn"]()),
         "aacct": "70" + digits(8), "adm": dos, "dis": dos + dtm.timedelta(days=los), "ptype": ptype,
         "bal": R.choice([R.randint(8000, 95000), R.randint(45000, 480000), R.randint(50000, 2500000)]),
         "payer": payer, "member": payer[2](), "group": ("GRP" + digits(6)) if payer[0] in ("BCBS", "AETNA", "UHC") else "",
         "dme": None, "placed": TODAY - dtm.timedelta(days=R.randint(1, 15))}
    if R.random() < 0.12:
        a["dme"] = R.choice(["CPAP", "INSULIN PUMP", "CGM", "NEBULIZER"]), R.choice(["2320", "2321", "NG", "SN"]) + digits(8)
    if "did" not in g:
        g["did"] = "D" + digits(7)
    ACCTS.append(a)
    return a


def build_people():
    for i in range(40):
        h = HOSP[i % 4] if i < 36 else R.choice(HOSP)
        st = h["st"]
        k = R.random()
        if k < 0.5:
            g = mk_person(st, born=(1948, 2000))
            p = g
        elif k < 0.82:
            g = mk_person(st, born=(1970, 1996))
            last = g["last"] if R.random() < 0.7 else None
            p = mk_person(st, last=last, born=(2007, 2022), addr_from=g)
        else:
            born = (1929, 1934) if R.random() < 0.6 else (1936, 1950)
            p = mk_person(st, born=born, first=OLD_FIRST[nxt("old") % len(OLD_FIRST)])
            g = mk_person(st, last=p["last"] if R.random() < 0.5 else None, born=(1955, 1975))
        GUARS.append(g)
        mk_account(h, p, g)
    # second accounts for some guarantors (siblings, repeat visits)
    for i in range(8):
        a0 = R.choice(ACCTS[:40])
        h, g, p = a0["h"], a0["g"], a0["p"]
        if p is not g and R.random() < 0.5:
            p = mk_person(h["st"], last=g["last"], born=(2008, 2021), addr_from=g)
        mk_account(h, p, g)


build_people()
HOT = R.sample(ACCTS, 14)


def pick():
    return R.choice(HOT) if R.random() < 0.6 else R.choice(ACCTS)


def pick_h(code):
    xs = [a for a in ACCTS if a["h"]["code"] == code]
    return R.choice(xs)


# ----------------------------------------------------------------- clock & prefixes
class Clock:
    def __init__(self):
        self.now = dtm.datetime(2024, 3, 11, 5, 58, 12, 117000)

    def tick(self, lo=1, hi=45):
        self.now += dtm.timedelta(milliseconds=R.randint(lo * 1000, hi * 1000))
        return self.now


CLK = Clock()


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def sboot(t, lvl, pid, thread, logger):
    return "%s.%s %5s %d --- [%15s] %-40s : " % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), lvl, pid,
                                                 thread[-15:], logger[:40])


def klog(t, lvl, thread, logger):
    return "%sT%s.%sZ %-5s [%s] %s - " % (t.strftime("%Y-%m-%d"), t.strftime("%H:%M:%S"), ms(t), lvl, thread, logger)


def l4j(t, lvl, thread, logger):
    return "%s,%s [%s] %-5s %s - " % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), thread, lvl, logger)


def lara(t, lvl):
    return "[%s] production.%s: " % (t.strftime("%Y-%m-%d %H:%M:%S"), lvl)


def sysl(t, host, prog, pid):
    return "%s %2d %s %s %s[%d]: " % (t.strftime("%b"), t.day, t.strftime("%H:%M:%S"), host, prog, pid)


def phperr(t, kind):
    return "[%s America/New_York] PHP %s:  " % (t.strftime("%d-%b-%Y %H:%M:%S"), kind)


PID_ING, PID_PAY, PID_LTR = 21844, 3317, 9128
PGP_KEY = "9D3EE039"
AGENCY_PH = "8005550199"
AGENCY_FAX = "6145550100"
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2.1 Safari/605.1.15"]


def addr_line(p):
    return p["street"] + ((" " + p["apt"]) if p["apt"] else "")


# ----------------------------------------------------------------- families
def ev_fixed():
    h = R.choice([x for x in HOSP if x["fmt"] == "fixed"])
    accs = [a for a in ACCTS if a["h"] is h and not a.get("sent")]
    if len(accs) < 2:
        return ev_ingest_misc()
    sel = R.sample(accs, min(len(accs), R.randint(2, 4)))
    for a in sel:
        a["sent"] = True
    out = []
    t = CLK.tick(30, 300)
    n = R.randint(640, 2400)
    fname = "%s_EO_%s_%02d.txt" % (h["code"], t.strftime("%Y%m%d"), R.randint(1, 3))
    out.append(LB("placement-ingest").t(sboot(t, "INFO", PID_ING, "scheduling-1", "c.r.i.placement.PlacementFileWatcher") +
               "New placement file detected: /data/sftp/inbound/%s/%s size=%d bytes" % (h["code"].lower(), fname, (n + 2) * 330)))
    lb = LB("placement-fixed")
    lb.t("H" + h["code"].ljust(8) + t.strftime("%Y%m%d") + "EARLYOUT" + "RIDGELINE REVENUE PARTNERS".ljust(30) +
         h["npi"] + "%07d" % n + "V03" + " " * 24)
    out.append(lb)
    tot = 0
    for a in sel:
        p, g = a["p"], a["g"]
        lb = LB("placement-fixed")
        lb.t("D")
        lb.pad(a["har"], 12, "account")
        lb.pad(a["mrn"], 10, "mrn")
        lb.pad(p["la"][:20], 20, "name")
        lb.pad(p["fa"][:15], 15, "name")
        lb.p(p["dob"].strftime("%m%d%Y"), "date")
        lb.t(p["sex"])
        lb.pad(g["la"][:20], 20, "name")
        lb.pad(g["fa"][:15], 15, "name")
        lb.p(g["ssn"].replace("-", ""), "ssn")
        lb.t("01" if p is g else ("03" if age_of(p["dob"]) < 18 else "19"))
        lb.p(g["dob"].strftime("%m%d%Y"), "date")
        lb.pad(fold(g["street"]).upper(), 30, "address")
        lb.pad(fold(g["apt"]).upper(), 20, "address" if g["apt"] else None)
        lb.pad(fold(g["city"]).upper(), 20, "address")
        lb.t(g["st"])
        lb.p(g["zip"] + g["zip4"], "zip")
        lb.t("H")
        lb.p(g["home"], "phone")
        lb.p(a["adm"].strftime("%m%d%Y"), "date")
        lb.p(a["dis"].strftime("%m%d%Y"), "date")
        lb.t(a["ptype"] + a["payer"][0][:3].ljust(3) + "%011d" % a["bal"])
        tot += a["bal"]
        lb.t(a["payer"][0].ljust(6))
        lb.pad(a["member"], 15, "health_plan" if a["member"] else None)
        lb.t(a["group"].ljust(10))
        out.append(lb)
    out.append(LB("placement-fixed").t("T" + "%07d" % n + "%013d" % (tot * R.randint(180, 700)) + " " * 40))
    t = CLK.tick(5, 40)
    out.append(LB("placement-ingest").t(sboot(t, "INFO", PID_ING, "placement-exec-2", "c.r.i.placement.PlacementLoader") +
               "Batch %s-%s-01 loaded: %d accounts, $%s placed, %d rejected, %d duplicates (%.1fs)" % (
                   h["code"], t.strftime("%Y%m%d"), n - 3, "{:,.2f}".format(n * R.uniform(380, 1900)),
                   R.randint(0, 9), R.randint(0, 30), R.uniform(4, 60))))
    return out


LRH_HDR = ("ClientAcctNo,MRN,PatientLast,PatientFirst,PatientDOB,GuarantorName,GuarRel,GuarSSN,GuarAddr1,GuarAddr2,"
           "GuarCity,GuarState,GuarZip,GuarHomePhone,GuarCellPhone,GuarEmail,ServiceFrom,ServiceThru,PatType,"
           "AttendingPhysician,TotalCharges,InsPaid,PatientBalance,PrimaryPayer,SubscriberID,GroupNo,Notes")
VVM_HDR = ('"Account Number","Patient Last Name","Patient First Name","Patient DOB","Responsible Party","RP Address",'
           '"RP City","RP State","RP Zip","RP Phone","RP SSN","Date of Service","Facility","Financial Class",'
           '"Balance Due","Member ID","Patient Age","Language"')


def csv_field(lb, v, cat, quote=False):
    if quote or "," in v or '"' in v:
        lb.t('"')
        lb.p(v.replace('"', '""'), cat) if v else None
        lb.t('"')
    elif v:
        lb.p(v, cat)


def ev_csv():
    h = R.choice([x for x in HOSP if x["fmt"] in ("csv", "csv2")])
    accs = [a for a in ACCTS if a["h"] is h and not a.get("sent")]
    if len(accs) < 2:
        return ev_ingest_misc()
    sel = R.sample(accs, min(len(accs), R.randint(2, 4)))
    for a in sel:
        a["sent"] = True
    out = []
    t = CLK.tick(30, 300)
    fname = "%s_placements_%s.csv" % (h["code"].lower(), t.strftime("%Y%m%d"))
    out.append(LB("placement-ingest").t(sboot(t, "INFO", PID_ING, "scheduling-1", "c.r.i.placement.PlacementFileWatcher") +
               "New placement file detected: /data/sftp/inbound/%s/%s size=%d bytes" % (h["code"].lower(), fname, R.randint(90000, 900000))))
    if h["fmt"] == "csv":
        out.append(LB("placement-csv").t(LRH_HDR))
        for a in sel:
            p, g = a["p"], a["g"]
            lb = LB("placement-csv")
            csv_field(lb, a["har"], "account"); lb.t(",")
            csv_field(lb, a["mrn"], "mrn"); lb.t(",")
            csv_field(lb, p["last"].upper(), "name"); lb.t(",")
            csv_field(lb, p["first"].upper(), "name"); lb.t(",")
            csv_field(lb, p["dob"].strftime("%m/%d/%Y"), "date"); lb.t(",")
            csv_field(lb, "%s, %s" % (g["last"].upper(), g["first"].upper()), "name"); lb.t(",")
            lb.t("SELF," if p is g else ("PARENT," if age_of(p["dob"]) < 18 else "CHILD,"))
            csv_field(lb, g["ssn"], "ssn"); lb.t(",")
            csv_field(lb, g["street"], "address"); lb.t(",")
            csv_field(lb, g["apt"], "address"); lb.t(",")
            csv_field(lb, g["city"], "address"); lb.t("," + g["st"] + ",")
            csv_field(lb, g["zip"], "zip"); lb.t(",")
            csv_field(lb, fmt_ph(g["home"], "paren"), "phone"); lb.t(",")
            csv_field(lb, fmt_ph(g["cell"], "paren") if R.random() < 0.7 else "", "phone"); lb.t(",")
            csv_field(lb, g["email"] if R.random() < 0.6 else "", "email"); lb.t(",")
            csv_field(lb, a["adm"].strftime("%m/%d/%Y"), "date"); lb.t(",")
            csv_field(lb, a["dis"].strftime("%m/%d/%Y"), "date"); lb.t(",")
            chg = a["bal"] * R.randint(2, 9)
            lb.t("%s,\"%s\",%.2f,%.2f,%.2f,%s," % (a["ptype"], R.choice(DOCTORS), chg / 100, (chg - a["bal"]) / 100,
                                                 a["bal"] / 100, a["payer"][1]))
            csv_field(lb, a["member"], "health_plan"); lb.t("," + a["group"] + ",")
            if a["dme"]:
                lb.t('"DME rental %s S/N ' % a["dme"][0]); lb.p(a["dme"][1], "device"); lb.t(' - not returned"')
            else:
                lb.t(R.choice(["", "", "Self-pay discount 40% applied", "Pt statement x2 returned", "FA app on file - denied"]))
            out.append(lb)
    else:
        out.append(LB("placement-csv").t(VVM_HDR))
        for a in sel:
            p, g = a["p"], a["g"]
            lb = LB("placement-csv")
            q = lambda v, c: (csv_field(lb, v, c, quote=True), lb.t(","))
            q(a["har"], "account"); q(p["last"], "name"); q(p["first"], "name")
            q(p["dob"].strftime("%m/%d/%Y"), "date"); q("%s %s" % (g["first"], g["last"]), "name")
            q(addr_line(g), "address"); q(g["city"], "address"); q(g["st"], None); q(g["zip"], "zip")
            q(fmt_ph(g["home"], "dash"), "phone"); q(g["ssn"].replace("-", ""), "ssn")
            q(a["adm"].strftime("%m/%d/%Y"), "date"); q("VVMC MAIN", None)
            q(a["payer"][0], None); q("%.2f" % (a["bal"] / 100), None)
            q(a["member"], "health_plan" if a["member"] else None)
            pa = age_of(p["dob"])
            q(str(pa), "age" if pa > 89 else None)
            lb.t('"%s"' % R.choice(["SPA", "ENG", "ENG", "SPA"]))
            out.append(lb)
    return out


def ev_ingest_misc():
    t = CLK.tick()
    pre = lambda lvl, th, lg: sboot(t, lvl, PID_ING, th, lg)
    k = R.randint(0, 9)
    if k == 9 and not once("tomcat"):
        k = R.choice([3, 5, 6, 7])
    cut = [h["code"] for h in HOSP if ("cut" + h["code"]) not in ONCE]
    if k == 4 and not cut:
        k = R.choice([3, 5, 6, 7])
    lb = LB("placement-ingest")
    if k == 0:
        a = pick()
        seg(lb, [pre("WARN", "placement-exec-1", "c.r.i.placement.RowValidator"),
                 "Row %d: guarantor phone " % R.randint(2, 2400), (fmt_ph(a["g"]["home"], "raw"), "phone"),
                 " failed NANP validation, moved to alt_phone (HAR ", (a["har"], "account"), ")"])
    elif k == 1:
        a = pick()
        seg(lb, [pre("INFO", "placement-exec-3", "c.r.i.placement.DuplicateChecker"),
                 "Duplicate placement HAR=", (a["har"], "account"), " already active as ", (a["aacct"], "account"),
                 " (debtor ", (a["g"]["did"], "other_id"), "), skipping"])
    elif k == 2:
        a = R.choice([x for x in ACCTS if x["p"] is not x["g"]])
        seg(lb, [pre("INFO", "placement-exec-2", "c.r.i.placement.GuarantorResolver"),
                 "Patient MRN ", (a["mrn"], "mrn"), " is a dependent (DOB ", (a["p"]["dob"].isoformat(), "date"),
                 "); letters will be addressed to guarantor ", (a["g"]["first"] + " " + a["g"]["last"], "name")])
    elif k == 3:
        lb.t(pre("WARN", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool") +
             "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m2s%dms)." % R.randint(100, 999))
    elif k == 4:
        lb.t(pre("INFO", "scheduling-1", "c.r.i.placement.CutoffMonitor") +
             "Client %s cutoff 06:00 reached; expected 1 file, received %d, late=0" % (cut[0], R.randint(1, 2)))
        once("cut" + cut[0])
    elif k == 5:
        lb.t(pre("INFO", "placement-exec-4", "c.r.i.placement.ScrubService") +
             "Pre-placement scrub complete: bankruptcy=%d deceased=%d litigious=%d cease=%d (vendor=ScrubPro, job=SCR-%s)" % (
                 R.randint(0, 14), R.randint(0, 9), R.randint(0, 4), R.randint(0, 6), digits(6)))
    elif k == 6:
        lb.t(pre("ERROR", "placement-exec-1", "c.r.i.placement.PlacementLoader") +
             "Deadlock on insert into placement_stage (SQLState 40001, vendor code 1213); retry 1/3 in 250ms")
    elif k == 7:
        lb.t(pre("DEBUG", "placement-exec-2", "c.r.i.placement.FieldMapper") +
             "Layout RRP-EO-V03 applied: 27 fields, record length 312, encoding=US-ASCII")
    elif k == 8:
        a = pick()
        seg(lb, [pre("INFO", "placement-exec-3", "c.r.i.placement.RecallService"),
                 "Recall from %s for HAR " % a["h"]["code"], (a["har"], "account"),
                 ": reason=INS_PAID_IN_FULL, closing ", (a["aacct"], "account")])
    else:
        lb.t(pre("INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer") +
             "Tomcat started on port(s): 8080 (http) with context path ''")
    return [lb]


VENDORS = [("TraceWell", "api.tracewell.io"), ("LocatePoint", "ws.locatepoint.net")]


def ev_skip(assets=False):
    out = []
    a = pick()
    g = a["g"]
    t = CLK.tick()
    vend, host = R.choice(VENDORS)
    rid = hexs(8) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(12)
    th = "skiptrace-worker-%d" % R.randint(1, 6)
    k = R.random()
    if k < 0.35:
        lb = LB("skiptrace")
        lb.t(klog(t, "DEBUG", th, "c.r.skip.client.%sClient" % vend) + "POST https://%s/v3/person/search body=" % host)
        jemit(lb, {"ref": P(g["did"], "other_id"), "firstName": P(g["first"], "name"), "lastName": P(g["last"], "name"),
                   "ssn": P(g["ssn"].replace("-", ""), "ssn"), "dob": P(g["dob"].isoformat(), "date"),
                   "address": {"line1": P(g["street"], "address"), "city": P(g["city"], "address"),
                               "state": g["st"], "zip": P(g["zip"], "zip")}, "permissiblePurpose": "COLLECTIONS",
                   "dppa": 6, "glba": 5})
        out.append(lb)
    t = CLK.tick(1, 4)
    lb = LB("skiptrace")
    lb.t(klog(t, "DEBUG", th, "c.r.skip.client.%sClient" % vend) + "Response %dms: " % R.randint(180, 2400))
    person = a["p"] if (a["p"] is not g and age_of(a["p"]["dob"]) > 89 and R.random() < 0.6) else g
    age = age_of(person["dob"])
    newcity, ncounty, nzips = R.choice(STATES[person["st"]]["cities"])
    new_street = "%d %s" % (R.randint(101, 9899), R.choice(STREETS))
    new_zip = R.choice(nzips)
    new_ph = phone(person["st"])
    obj = {"requestId": rid, "status": "HIT", "matchScore": R.randint(71, 99),
           "subject": {"firstName": P(person["first"], "name"), "lastName": P(person["last"], "name"),
                       "dob": P(person["dob"].isoformat(), "date"), "age": P(age, "age") if age > 89 else age},
           "addresses": [
               {"street": P(new_street, "address"), "city": P(newcity, "address"), "county": P(ncounty, "address"),
                "state": person["st"], "zip": P(new_zip, "zip"), "firstSeen": "2023", "lastSeen": "2024", "rank": 1},
               {"street": P(person["street"], "address"), "city": P(person["city"], "address"), "county": P(person["county"], "address"),
                "state": person["st"], "zip": P(person["zip"], "zip"), "firstSeen": str(R.randint(2009, 2020)), "lastSeen": "2023", "rank": 2}],
           "phones": [{"number": P(new_ph, "phone"), "lineType": R.choice(["WIRELESS", "LANDLINE", "VOIP"]),
                       "carrier": R.choice(["T-Mobile USA", "Verizon Wireless", "AT&T Mobility", "Comcast VoIP"]),
                       "connected": True, "score": R.randint(50, 99)}]}
    if age > 89 and R.random() < 0.7:
        dod = TODAY - dtm.timedelta(days=R.randint(10, 120))
        obj["deceased"] = {"flag": True, "dateOfDeath": P(dod.isoformat(), "date"), "source": "SSDI"}
    else:
        obj["deceased"] = {"flag": False}
    if person is g and (assets or R.random() < 0.5):
        obj["assets"] = {"vehicles": [{"vin": P(g["vin"], "vehicle"), "year": g["vyear"], "make": g["make"],
                                       "model": g["model"], "plate": P(g["plate"], "vehicle"), "plateState": g["st"]}],
                         "driversLicense": {"number": P(g["dl"], "license"), "state": g["st"]}}
    jemit(lb, obj)
    out.append(lb)
    if R.random() < 0.5:
        t = CLK.tick(1, 3)
        lb = LB("skiptrace")
        seg(lb, [klog(t, "INFO", th, "c.r.skip.SkipResultApplier"), "Applied %s result to debtor " % vend,
                 (g["did"], "other_id"), ": address rank1 confidence=%d, phone added type=%s, consent=false" % (
                     R.randint(70, 99), R.choice(["WIRELESS", "LANDLINE"]))])
        out.append(lb)
    return out


def ev_skip_misc():
    t = CLK.tick()
    lb = LB("skiptrace")
    k = R.randint(0, 4)
    if k == 0:
        lb.t(klog(t, "INFO", "skiptrace-scheduler", "c.r.skip.SkipBatchJob") +
             "Skip batch SKP-%s-%04d submitted: %d subjects vendor=%s product=PersonLocate est_cost=$%.2f" % (
                 t.strftime("%Y%m%d"), R.randint(1, 999), R.randint(80, 900), R.choice(VENDORS)[0], R.uniform(20, 400)))
    elif k == 1:
        lb.t(klog(t, "WARN", "skiptrace-worker-%d" % R.randint(1, 6), "c.r.skip.client.RetryPolicy") +
             "HTTP 429 from %s, Retry-After=2, attempt 2/5 (requestId=%s)" % (R.choice(VENDORS)[1], hexs(24)))
    elif k == 2:
        lb.t(klog(t, "INFO", "skiptrace-scheduler", "c.r.skip.SkipBatchJob") +
             "Skip batch complete: hits=%d no_hit=%d deceased=%d bankrupt=%d elapsed=%ds" % (
                 R.randint(100, 600), R.randint(10, 200), R.randint(0, 12), R.randint(0, 9), R.randint(30, 900)))
    elif k == 3:
        lb.t(klog(t, "INFO", "skiptrace-scheduler", "c.r.skip.PhoneAppendJob") +
             "Phone append file RRP_PA_%s_%02d.txt.pgp sent to sftp.locatepoint.net:/in (%d records, key 0x%s)" % (
                 t.strftime("%Y%m%d"), nxt("pa"), R.randint(200, 1200), PGP_KEY))
    else:
        lb.t(klog(t, "DEBUG", "skiptrace-worker-%d" % R.randint(1, 6), "c.r.skip.client.TokenCache") +
             "OAuth token refreshed for %s, expires_in=3600, scope=person.search asset.search" % R.choice(VENDORS)[0])
    return [lb]


def ev_phone_append():
    out = [LB("phone-append").t("REF_ID|IN_FIRST|IN_LAST|IN_ADDR|IN_ZIP|APPEND_PHONE|PHONE_TYPE|CARRIER|CONNECTED|DNC|MATCH_LVL")]
    for _ in range(R.randint(2, 3)):
        a = pick()
        g = a["g"]
        lb = LB("phone-append")
        seg(lb, [(g["did"], "other_id"), "|", (g["fa"], "name"), "|", (g["la"], "name"), "|",
                 (fold(addr_line(g)).upper(), "address"), "|", (g["zip"], "zip"), "|"])
        if R.random() < 0.75:
            seg(lb, [(phone(g["st"]), "phone"), "|%s|%s|Y|%s|%s" % (R.choice(["W", "L", "V"]), R.choice(["TMOBILE", "VERIZON", "ATT", "CHARTER"]),
                                                                R.choice(["N", "N", "Y"]), R.choice(["A1", "A2", "B1", "C3"]))])
        else:
            lb.t("|||||NH")
        out.append(lb)
    nrec = R.randint(300, 1200)
    nhit = int(nrec * R.uniform(0.5, 0.8))
    out.append(LB("phone-append").t("#EOF|records=%d|hits=%d|hit_rate=%.1f%%" % (nrec, nhit, 100.0 * nhit / nrec)))
    return out


def imb():
    return "".join(R.choice("ADFT") for _ in range(65))


def ev_letters():
    out = []
    t = CLK.tick(20, 200)
    left = [x for x in ["VAL", "EO1", "EO2", "FIN", "PIF"] if ("job" + x) not in ONCE]
    job = "LB-%s-%s" % (t.strftime("%Y%m%d"), R.choice(left))
    once("job" + job[-3:])
    tmpl = {"VAL": "REGF_VAL_NOTICE_v7", "EO1": "EO_FIRST_STMT_v3", "EO2": "EO_SECOND_STMT_v3",
            "FIN": "EO_FINAL_NOTICE_v2", "PIF": "PAID_IN_FULL_v1"}[job[-3:]]
    out.append(LB("lettergen").t(sboot(t, "INFO", PID_LTR, "letter-batch-1", "c.r.letters.BatchComposer") +
               "Composing %s template=%s selected=%d suppressed=%d (bad_address=%d, cease=%d, disputed=%d)" % (
                   job, tmpl, R.randint(400, 3000), R.randint(5, 80), R.randint(1, 40), R.randint(0, 9), R.randint(0, 15))))
    out.append(LB("letter-manifest").t("JOB_ID|PIECE_ID|TEMPLATE|ACCOUNT|RECIPIENT|ADDR1|ADDR2|CITY|ST|ZIP|IMB|PAGES|MAIL_CLASS"))
    seq = R.randint(1, 400)
    used = []
    for _ in range(R.randint(2, 4)):
        a = pick()
        if a in used:
            continue
        used.append(a)
        g = a["g"]
        seq += R.randint(1, 9)
        lb = LB("letter-manifest")
        seg(lb, ["%s|%s%06d|%s|" % (job, job[-3:], seq, tmpl), (a["aacct"], "account"), "|",
                 ("%s %s" % (g["fa"], g["la"]), "name"), "|", (fold(g["street"]).upper(), "address"), "|"])
        if g["apt"]:
            lb.p(fold(g["apt"]).upper(), "address")
        seg(lb, ["|", (fold(g["city"]).upper(), "address"), "|%s|" % g["st"], (g["zip"] + "-" + g["zip4"], "zip"),
                 "|%s|%d|FC" % (imb(), R.choice([1, 1, 2]))])
        out.append(lb)
    out.append(LB("letter-manifest").t("TRL|%s|%d|%d|%s" % (job, R.randint(400, 3000), R.randint(400, 3300), hexs(32))))
    t = CLK.tick(5, 60)
    out.append(LB("lettergen").t(sboot(t, "INFO", PID_LTR, "letter-batch-1", "c.r.letters.VendorTransmitter") +
               "Uploaded %s.zip (%d PDFs, manifest %s.txt) to sftp.printlogic-mail.com:/inbound/ridgeline; ack=ACCEPTED induct_date=%s" % (
                   job, R.randint(400, 3000), job, (t.date() + dtm.timedelta(days=1)).isoformat())))
    return out


def ev_letter_misc():
    t = CLK.tick()
    lb = LB("lettergen")
    k = R.randint(0, 6)
    if k in (4, 6) and not once("ltrmisc%d" % k):
        k = R.choice([0, 1, 2, 3, 5])
    pre = lambda lvl, th, lg: sboot(t, lvl, PID_LTR, th, lg)
    if k == 0:
        a = pick()
        seg(lb, [pre("WARN", "letter-batch-1", "c.r.letters.AddressScrubber"), "Suppressed piece for acct ",
                 (a["aacct"], "account"), ": CASS no-match on '", (addr_line(a["g"]), "address"), "', DPV=N"])
    elif k == 1:
        a = pick()
        seg(lb, [pre("INFO", "rts-import", "c.r.letters.ReturnMailImporter"), "RTS piece %s%06d acct=" % (R.choice(["VAL", "EO1"]), R.randint(1, 3000)),
                 (a["aacct"], "account"), " reason=ATTEMPTED_NOT_KNOWN, bad_address flag set, skip queued"])
    elif k == 2:
        a = pick()
        url = "https://pay.ridgelinerev.com/q/%s?ln=%s" % (a["aacct"], a["g"]["la"].replace(" ", "%20"))
        seg(lb, [pre("DEBUG", "letter-batch-2", "c.r.letters.QrCodeRenderer"), "QR payload ", (url, "url"),
                 " rendered 240x240 ecc=M"])
    elif k == 3:
        lb.t(pre("INFO", "letter-batch-1", "c.r.letters.PdfRenderer") +
             "Rendered %d pages in %.1fs (fonts cached=14, avg %dms/page), heap used %dMB" % (
                 R.randint(300, 3000), R.uniform(10, 90), R.randint(8, 40), R.randint(300, 900)))
    elif k == 4:
        lb.t(pre("INFO", "rts-import", "c.r.letters.ReturnMailImporter") +
             "Imported PrintLogic RTS file RTS_%s.csv: %d pieces, %d matched, %d unmatched" % (
                 t.strftime("%Y%m%d"), R.randint(10, 90), R.randint(10, 80), R.randint(0, 4)))
    elif k == 5:
        lb.t(pre("WARN", "letter-batch-2", "c.r.letters.RegFCompliance") +
             "Validation period end date calculation uses 35 days for mailed notices (tenant=RRP, state overrides: MA,NYC)")
    else:
        lb.t(pre("INFO", "main", "c.r.letters.LetterServiceApplication") +
             "Started LetterServiceApplication in %.3f seconds (process running for %.3f)" % (R.uniform(9, 14), R.uniform(14, 16)))
    return [lb]


CAMPAIGNS = ["EO_MSV_1ST", "EO_TRC_1ST", "EO_LRH_2ND", "EO_VVM_BIL", "BD_ALL_90", "EO_MSV_CB"]


def ev_cdr():
    out = []
    a = pick()
    g = a["g"]
    t = CLK.tick()
    ph = R.choice([g["home"], g["cell"], g["cell"]])
    disp = R.choice(["ANSWERED", "ANSWERED", "NO ANSWER", "BUSY", "ANSWERED", "FAILED"])
    ring = R.randint(3, 28)
    bill = R.randint(30, 640) if disp == "ANSWERED" else 0
    uid = "%d.%d" % (int(t.timestamp()), R.randint(10000, 99999))
    camp = "EO_%s_%s" % (a["h"]["code"], R.choice(["1ST", "2ND", "CB"]))
    agent = R.choice(STAFF)
    chan_id = hexs(8)
    start = t
    ans = t + dtm.timedelta(seconds=ring)
    end = ans + dtm.timedelta(seconds=bill)
    f = lambda d: d.strftime("%Y-%m-%d %H:%M:%S")
    lb = LB("asterisk-cdr")
    seg(lb, ['"', (a["aacct"], "account") if R.random() < 0.7 else "", '","%s","' % AGENCY_PH, ("1" + ph, "phone"),
             '","outbound-predictive","""RIDGELINE"" <%s>","Local/' % AGENCY_PH, ("1" + ph, "phone"),
             '@outbound-predictive-%s;1","%s","Dial","PJSIP/' % (chan_id, ("PJSIP/agent%d-%s" % (R.randint(1001, 1060), hexs(8))) if bill else ""),
             ("1" + ph, "phone"),
             '@flowroute,30,tT","%s","%s","%s",%d,%d,"%s","DOCUMENTATION","%s","%s"' % (
                 f(start), f(ans) if bill else "", f(end), ring + bill, bill, disp, uid, camp)])
    out.append(lb)
    if bill and R.random() < 0.6:
        lb = LB("asterisk")
        seg(lb, ["[%s] VERBOSE[%d][C-%s] app_mixmonitor.c: MixMonitor close filestream (mixed)" % (f(end), R.randint(20000, 30000), chan_id),
                 " /var/spool/asterisk/monitor/%s/OUT-" % end.strftime("%Y/%m/%d"), ("1" + ph, "phone"),
                 "-%s-%s.wav" % (start.strftime("%Y%m%d-%H%M%S"), uid)])
        out.append(lb)
    if bill:
        t2 = end + dtm.timedelta(seconds=R.randint(5, 40))
        lb = LB("dialer-app")
        dispo = R.choice(["PTP", "RPC_REFUSED", "WRONG_PARTY", "LM_THIRD_PARTY", "PAID_IVR", "DISPUTE", "CALLBACK"])
        if dispo == "WRONG_PARTY":
            seg(lb, ["%s|agent=%s|lead=%d|campaign=%s|dispo=DNC_REQUEST|phone=" % (f(t2), agent[2], R.randint(8100000, 8999999), camp),
                     (ph, "phone"), "|action=INTERNAL_DNC_ADD|talk=%d" % bill])
        elif dispo == "DISPUTE":
            seg(lb, ["%s|agent=%s|lead=%d|campaign=%s|dispo=DISPUTE|acct=" % (f(t2), agent[2], R.randint(8100000, 8999999), camp),
                     (a["aacct"], "account"), "|note=consumer disputes balance, validation mailed|talk=%d" % bill])
        else:
            lb.t("%s|agent=%s|lead=%d|campaign=%s|dispo=%s|talk=%d|wrap=%d" % (
                f(t2), agent[2], R.randint(8100000, 8999999), camp, dispo, bill, R.randint(5, 90)))
        out.append(lb)
        CLK.now = max(CLK.now, t2)
    else:
        CLK.now = max(CLK.now, end)
    return out


def ev_dialer_misc():
    t = CLK.tick()
    f = t.strftime("%Y-%m-%d %H:%M:%S")
    k = R.randint(0, 7)
    lb = LB("dialer-app")
    if k == 0:
        lb.t("%s|campaign=%s|dial_level=%.1f|drop_rate_30d=%.2f%%|answered=%d|agents_ready=%d|agents_incall=%d|hopper=%d" % (
            f, R.choice(CAMPAIGNS), R.uniform(1.2, 3.5), R.uniform(0.4, 2.9), R.randint(20, 900), R.randint(0, 12), R.randint(2, 30), R.randint(50, 2000)))
    elif k == 1:
        s, s2 = R.sample(STAFF, 2)
        lb.t("%s|agent=%s|event=%s|station=SIP/%d|supervisor=%s" % (f, s[2], R.choice(["LOGIN", "PAUSE:LUNCH", "PAUSE:COACH", "LOGOUT", "READY"]),
                                                                      R.randint(1001, 1060), s2[2]))
    elif k == 2:
        a = pick()
        seg(lb, [f, "|compliance=REGF_7IN7|acct=", (a["aacct"], "account"), "|attempts_7d=7|action=SUPPRESS_UNTIL_WINDOW"])
    elif k == 3:
        lb.t("[%s] NOTICE[%d] chan_pjsip.c: Request 'INVITE' from '<sip:%s@10.40.2.%d>' failed for '10.40.2.%d:5060' (callid: %s) - No matching endpoint found" % (
            f, R.randint(20000, 30000), AGENCY_PH, R.randint(2, 50), R.randint(2, 50), hexs(32)))
        lb.family = "asterisk"
    elif k == 4:
        a = pick()
        s, s2 = R.sample(STAFF, 2)
        seg(lb, [f, "|agent=%s|event=CEASE_COMM|debtor=" % s[2], (a["g"]["did"], "other_id"),
                 "|reason=VERBAL_REQUEST|approved_by=%s %s" % (s2[0], s2[1])])
    elif k == 5:
        lb.t("[%s] VERBOSE[%d] pbx.c: Executing [s@macro-dialout-trunk:19] Set(\"PJSIP/flowroute-%s\", \"CDR(userfield)=%s\") in new stack" % (
            f, R.randint(20000, 30000), hexs(8), R.choice(CAMPAIGNS)))
        lb.family = "asterisk"
    elif k == 6:
        lb.t("%s|recording_retention|purged=%d|bytes_freed=%d|older_than=2557d|bucket=s3://rrp-call-recordings-prod" % (
            f, R.randint(100, 4000), R.randint(10 ** 9, 9 * 10 ** 10)))
    else:
        lb.t("%s|campaign=%s|list_id=%d|list_loaded=%d|dnc_scrubbed=%d|cell_flagged=%d|tz_restricted=%d" % (
            f, R.choice(CAMPAIGNS), R.randint(1000, 1100), R.randint(200, 5000), R.randint(0, 80), R.randint(50, 2000), R.randint(0, 300)))
    return [lb]


def ev_pay(k=None):
    t = CLK.tick()
    a = pick()
    g = a["g"]
    lb = LB("payment-portal")
    th = "https-jsse-nio-8443-exec-%d" % R.randint(1, 40)
    forced = k is not None
    if k is None:
        k = R.randint(0, 9)
    amt = "%.2f" % R.choice([25, 50, 75, 100, 125, 150, 200, a["bal"] / 100])
    if k == 0:
        seg(lb, [sboot(t, "INFO", PID_PAY, th, "c.r.portal.payment.PaymentService"),
                 "Payment captured paymentId=pay_%s acct=" % hexs(20), (a["aacct"], "account"),
                 " amount=%s brand=%s last4=%s auth=%s avs=Y cvv=M" % (amt, g["brand"], g["card"][-4:], hexs(6).upper())])
    elif k == 1:
        seg(lb, [sboot(t, "INFO", PID_PAY, th, "c.r.portal.payment.AchService"),
                 "ACH debit scheduled acct=", (a["aacct"], "account"), " routing=%s bankAcct=******%s type=%s amount=%s secCode=WEB" % (
                     g["routing"], g["bank"][-4:], R.choice(["CHECKING", "SAVINGS"]), amt)])
    elif k == 2:
        lb.t(sboot(t, "DEBUG", PID_PAY, th, "c.r.portal.gateway.GatewayClient") + "POST /v1/transactions payload=")
        jemit(lb, {"merchantId": "RRP0001842", "orderRef": "ORD-%s" % digits(10), "amount": amt, "currency": "USD",
                   "card": {"number": P(g["card"], "account"), "expMonth": "%02d" % R.randint(1, 12),
                            "expYear": str(R.randint(2025, 2029)), "cvv": "***"},
                   "billing": {"name": P("%s %s" % (g["first"], g["last"]), "name"), "postalCode": P(g["zip"], "zip")}})
    elif k == 3:
        seg(lb, [sboot(t, "WARN", PID_PAY, th, "c.r.portal.payment.AchService"),
                 "ACH return R03 (No Account/Unable to Locate) for bank account ", (g["bank"], "account"),
                 " routing %s; reversing payment on " % g["routing"], (a["aacct"], "account")])
    elif k == 4:
        p = a["p"]
        seg(lb, [sboot(t, "INFO", PID_PAY, th, "c.r.portal.auth.GuestLookupController"),
                 "Guest lookup lastName=", (g["last"], "name"), " dob=", (g["dob"].strftime("%m/%d/%Y"), "date"),
                 " zip=", (g["zip"], "zip"), " -> %d account(s)" % R.randint(1, 3)])
    elif k == 5:
        seg(lb, [sboot(t, "INFO", PID_PAY, th, "c.r.portal.auth.LoginAuditListener"),
                 "AUTH_SUCCESS username=", (g["user"], "other_id"), " ip=", (g["ip"], "ip"), " mfa=SMS session=%s" % hexs(32)])
    elif k == 6:
        seg(lb, [sboot(t, "INFO", PID_PAY, th, "c.r.portal.plan.PaymentPlanService"),
                 "Plan created planId=PP-%s acct=" % digits(7), (a["aacct"], "account"),
                 " installments=%d amount=%s frequency=MONTHLY autopay=true" % (R.randint(3, 24), amt)])
    elif k == 9 and (forced or R.random() < 0.5):
        seg(lb, [sboot(t, "DEBUG", PID_PAY, th, "c.r.portal.idv.FaceMatchClient"), "enroll user=", (g["user"], "other_id"),
                 " liveness=%.2f faceTemplate=" % R.uniform(0.8, 0.99), (b64rand(R.randint(180, 260)), "biometric"), " vendor=idv-prod"])
    elif k == 8:
        seg(lb, [sboot(t, "INFO", PID_PAY, th, "c.r.portal.statement.StatementLinkService"), "Statement link issued ",
                 ("https://pay.ridgelinerev.com/u/%s/statements/%s.pdf" % (g["user"], t.strftime("%Y-%m")), "url"),
                 " ttl=72h notify=EMAIL"])
    else:
        seg(lb, [sboot(t, "INFO", PID_PAY, th, "c.r.portal.profile.ProfileController"),
                 "Email updated for user ", (g["user"], "other_id"), ": ", (g["email"], "email"),
                 " (verification sent from noreply@ridgelinerev.com)"])
    return [lb]


def ev_pay_misc():
    t = CLK.tick()
    lb = LB("payment-portal")
    th = "https-jsse-nio-8443-exec-%d" % R.randint(1, 40)
    k = R.randint(0, 6)
    if k in (0, 3) and not once("paymisc%d" % k):
        k = R.choice([1, 2, 4, 5, 6])
    if k == 0:
        lb.t(sboot(t, "INFO", PID_PAY, "settlement-1", "c.r.portal.settle.SettlementJob") +
             "Settlement file RRP_SETTLE_%s.csv uploaded: %d txns $%s, batchId=%s" % (
                 (t - dtm.timedelta(days=1)).strftime("%Y%m%d"), R.randint(300, 2000), "{:,.2f}".format(R.uniform(40000, 300000)), digits(9)))
    elif k == 1:
        lb.t(sboot(t, "WARN", PID_PAY, th, "c.r.portal.gateway.GatewayClient") +
             "Gateway latency p95=%dms over last 5m (threshold 800ms), circuit=CLOSED" % R.randint(600, 2200))
    elif k == 2:
        lb.t(sboot(t, "ERROR", PID_PAY, th, "o.a.c.c.C.[.[.[/].[dispatcherServlet]") +
             "Servlet.service() for servlet [dispatcherServlet] threw exception [Request processing failed: java.net.SocketTimeoutException: Read timed out] with root cause")
    elif k == 3:
        lb.t(sboot(t, "INFO", PID_PAY, "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool") +
             "HikariPool-1 - Pool stats (total=%d, active=%d, idle=%d, waiting=%d)" % (20, R.randint(1, 20), R.randint(0, 10), R.randint(0, 3)))
    elif k == 4:
        lb.t(sboot(t, "INFO", PID_PAY, th, "c.r.portal.payment.PaymentService") +
             "Payment declined paymentId=pay_%s code=%s message='%s' attempt=%d" % (
                 hexs(20), R.choice(["05", "51", "54", "N7"]), R.choice(["Do Not Honor", "Insufficient Funds", "Expired Card", "CVV2 Mismatch"]), R.randint(1, 3)))
    elif k == 5:
        lb.t(sboot(t, "DEBUG", PID_PAY, th, "o.s.web.servlet.DispatcherServlet") +
             "Completed 200 OK, headers={masked}, traceId=%s spanId=%s" % (hexs(32), hexs(16)))
    else:
        lb.t(sboot(t, "INFO", PID_PAY, "scheduling-1", "c.r.portal.token.CardTokenJanitor") +
             "Purged %d expired vault tokens (older than 18 months), vault=tokenex-prod" % R.randint(10, 900))
    return [lb]


def ev_nginx():
    t = CLK.tick(1, 15)
    lb = LB("nginx-portal")
    ts = t.strftime("%d/%b/%Y:%H:%M:%S") + " -0500"
    k = R.random()
    if k < 0.3:
        ip = "10.20.%d.%d" % (R.randint(0, 9), R.randint(2, 250))
        lb.t('%s - - [%s] "GET /actuator/health HTTP/1.1" 200 49 "-" "ELB-HealthChecker/2.0" rt=0.00%d' % (ip, ts, R.randint(1, 9)))
        return [lb]
    if k < 0.4:
        lb.t('10.20.4.%d - - [%s] "GET /static/js/main.%s.js HTTP/1.1" 304 0 "https://pay.ridgelinerev.com/" "%s" rt=0.000' % (
            R.randint(2, 250), ts, hexs(8), R.choice(UAS)))
        return [lb]
    a = pick()
    g = a["g"]
    ip = g["ip"] if R.random() < 0.85 else "2600:1700:%x:%x::%x" % (R.randint(0x1000, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xff))
    req = R.choice([("POST /api/v1/payments HTTP/1.1", 201), ("GET /api/v1/accounts/%s/balance HTTP/1.1" % a["aacct"], 200),
                    ("POST /api/v1/auth/guest-lookup HTTP/1.1", 200), ("GET /account/%s/statements/2024-02.pdf HTTP/1.1" % a["aacct"], 200),
                    ("POST /api/v1/auth/login HTTP/1.1", 401), ("GET /pay HTTP/2.0", 200)])
    seg(lb, [(ip, "ip"), " - - [%s] \"" % ts])
    r = req[0]
    if a["aacct"] in r:
        i = r.index(a["aacct"])
        seg(lb, [r[:i], (a["aacct"], "account"), r[i + len(a["aacct"]):]])
    else:
        lb.t(r)
    lb.t('" %d %d "https://pay.ridgelinerev.com/%s" "%s" rt=%.3f' % (req[1], R.randint(50, 90000), R.choice(["", "checkout", "login"]),
                                                                     R.choice(UAS), R.uniform(0.01, 1.5)))
    return [lb]


def ev_ivr():
    out = []
    a = pick()
    g = a["g"]
    t = CLK.tick()
    sess = R.randint(7000000, 7999999)
    host = "ivr-app0%d" % R.randint(1, 3)
    pid = R.randint(2000, 9000)
    ph = R.choice([g["home"], g["cell"]])
    out.append(seg(LB("ivr"), [sysl(t, host, "ivrpay", pid), "sess=%d call start ANI=" % sess, (ph, "phone"),
                               " DNIS=8005550123 lang=%s" % R.choice(["en-US", "es-US"])]))
    t = CLK.tick(5, 30)
    out.append(seg(LB("ivr"), [sysl(t, host, "ivrpay", pid), "sess=%d menu=PAY acct_entry digits=%d lookup=" % (sess, len(a["aacct"])),
                               (a["aacct"], "account"), " found=1 balance=%.2f" % (a["bal"] / 100)]))
    t = CLK.tick(5, 30)
    if R.random() < 0.6:
        out.append(seg(LB("ivr"), [sysl(t, host, "ivrpay", pid), "sess=%d verify DOB input=" % sess,
                                   (g["dob"].strftime("%m%d%Y"), "date"), " result=MATCH attempts=1"]))
    if R.random() < 0.6:
        t = CLK.tick(2, 10)
        out.append(seg(LB("ivr"), [sysl(t, host, "vbio", pid + 1), "sess=%d enroll speaker=" % sess, (g["did"], "other_id"),
                                   " quality=%.2f voiceprint=" % R.uniform(0.7, 0.99), (b64rand(R.randint(300, 520)), "biometric")]))
    t = CLK.tick(20, 90)
    out.append(LB("ivr").t(sysl(t, host, "ivrpay", pid) + "sess=%d payment %s amount=%.2f card=************%s conf=IVR%s" % (
        sess, R.choice(["approved", "approved", "declined"]), R.choice([50, 100, 150, a["bal"] / 100]), g["card"][-4:], digits(7))))
    t = CLK.tick(3, 20)
    out.append(LB("ivr").t(sysl(t, host, "ivrpay", pid) + "sess=%d call end duration=%ds result=%s" % (
        sess, R.randint(60, 400), R.choice(["PAID", "HANGUP", "TRANSFER_AGENT"]))))
    return out


def ev_metro2():
    out = []
    t = CLK.tick(60, 400)
    cyc = "%02d" % R.randint(1, 28)
    act = dtm.date(2024, 3, 10)
    out.append(LB("metro2-export").t(klog(t, "INFO", "metro2-export", "c.r.bureau.Metro2Writer") +
               "Building RRP_M2_%s.dat cycle=%s activity_date=%s program=EFX:%s EXP:%s TU:%s" % (
                   t.strftime("%Y%m%d"), cyc, act.isoformat(), digits(10), digits(7), digits(6))))
    hdr = ("0426" + "HEADER" + cyc + " " * 2 + digits(10) + digits(5) + digits(10) + " " * 5 + act.strftime("%m%d%Y") +
           t.strftime("%m%d%Y") + "01012019" + "01012019" + "RIDGELINE REVENUE PARTNERS".ljust(40) +
           "4100 N HIGH ST STE 300 COLUMBUS OH 43214".ljust(96) + AGENCY_PH + "RRP-M2 v4.2".ljust(40))
    out.append(LB("metro2").t(hdr))
    m2 = R.sample(ACCTS, 6)
    for a in m2:
        g = a["g"]
        lb = LB("metro2")
        k1 = "K1" + fold(a["h"]["name"]).upper()[:30].ljust(30) + "02"
        lb.t("%04d" % (426 + len(k1)) + "1" + t.strftime("%m%d%Y%H%M%S") + "0" + "RRP0042817".ljust(20) + cyc)
        lb.pad(a["aacct"], 30, "account")
        lb.t("O" + "48")
        lb.p(a["adm"].strftime("%m%d%Y"), "date")
        lb.t("%09d" % 0 + "%09d" % (a["bal"] // 100) + "001" + "P" + "%09d" % 0 + "%09d" % 0 + "93" + " " +
             "".ljust(24, "B") + "  " + R.choice(["  ", "XB", "  ", "XH"]) + "%09d" % (a["bal"] // 100) +
             "%09d" % (a["bal"] // 100) + "%09d" % 0 + act.strftime("%m%d%Y"))
        lb.p(a["adm"].strftime("%m%d%Y"), "date")
        lb.t("0" * 8 + "0" * 8 + " " + " " * 17)
        lb.pad(g["la"][:25], 25, "name")
        lb.pad(g["fa"][:20], 20, "name")
        lb.t(" " * 20 + " ")
        lb.p(g["ssn"].replace("-", ""), "ssn")
        lb.p(g["dob"].strftime("%m%d%Y"), "date")
        lb.p(g["home"], "phone")
        lb.t("1" + "  " + "US")
        lb.pad(fold(g["street"]).upper(), 32, "address")
        lb.pad(fold(g["apt"]).upper(), 32, "address" if g["apt"] else None)
        lb.pad(fold(g["city"]).upper(), 20, "address")
        lb.t(g["st"])
        lb.pad(g["zip"] + g["zip4"], 9, "zip")
        lb.t("C" + " ")
        assert len(lb.buf) == 426, len(lb.buf)
        lb.t(k1)
        out.append(lb)
    out.append(LB("metro2").t("0426TRAILER" + "%09d" % R.randint(9000, 30000) + "%09d" % R.randint(100, 900) * 8 + " " * 40))
    t = CLK.tick(5, 30)
    out.append(LB("metro2-export").t(klog(t, "INFO", "metro2-export", "c.r.bureau.Metro2Writer") +
               "Metro2 file complete: base=%d j1=%d k1=%d excluded_medical_lt_500=%d excluded_lt_365d=%d sha256=%s" % (
                   R.randint(9000, 30000), R.randint(100, 900), R.randint(9000, 30000), R.randint(1000, 5000),
                   R.randint(200, 2000), hexs(64))))
    return out


def ev_dispute(k=None):
    t = CLK.tick()
    a = pick()
    g, p = a["g"], a["p"]
    th = "http-nio-8443-exec-%d" % R.randint(1, 30)
    case = "%s-%s-%06d" % (R.choice(["VAL", "DSP"]), t.strftime("%y%m"), R.randint(1, 9999))
    a.setdefault("case", case)
    case = a["case"]
    lb = LB("dispute-svc")
    if k is None:
        k = R.choice([0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    if k == 10:
        seg(lb, [l4j(t, "INFO", th, "c.r.dispute.IdentityCheck"), "ID document verified for debtor ", (g["did"], "other_id"),
                 ": DL ", (g["dl"], "license"), " state=%s name_match=%s dob_match=Y" % (g["st"], R.choice(["EXACT", "FUZZY"]))])
    elif k == 11:
        seg(lb, [l4j(t, "INFO", "mail-intake", "c.r.dispute.inbound.MailroomScanner"), "Scanned correspondence batch MR-%s item %d: sender " % (t.strftime("%y%m%d"), R.randint(1, 90)),
                 ("%s %s" % (g["first"], g["last"]), "name"), ", fax-back requested to ", (fmt_ph(phone(g["st"]), "paren"), "fax"),
                 ", linked to ", (a["aacct"], "account")])
    elif k == 0:
        seg(lb, [l4j(t, "INFO", th, "c.r.dispute.ValidationController"), "Validation request received caseId=", (case, "other_id"),
                 " debtorId=", (g["did"], "other_id"), " channel=%s" % R.choice(["PORTAL", "MAIL", "PHONE", "EMAIL"])])
    elif k == 1:
        seg(lb, [l4j(t, "INFO", th, "c.r.dispute.DisputeService"), "Dispute ", (case, "other_id"), " opened on ",
                 (a["aacct"], "account"), ": consumer states patient was not seen at %s on " % a["h"]["code"],
                 (a["adm"].strftime("%m/%d/%Y"), "date"), "; collection activity paused"])
    elif k == 2:
        fx = phone(g["st"])
        seg(lb, [l4j(t, "INFO", "fax-poller-1", "c.r.dispute.inbound.FaxIngestor"), "Inbound fax fax_id=FX%s from " % digits(7),
                 (fmt_ph(fx, "raw"), "fax"), " to %s pages=%d csid='" % (AGENCY_FAX, R.randint(1, 6)), (fmt_ph(fx, "dash"), "fax"),
                 "' -> queue DISPUTES"])
    elif k == 3:
        kind = R.choice(["jpeg", "png"])
        data = "data:image/%s;base64,%s" % (kind, jpeg_b64(R.randint(700, 1400)) if kind == "jpeg" else png_b64(R.randint(700, 1400)))
        seg(lb, [l4j(t, "DEBUG", th, "c.r.dispute.docs.UploadController"), "upload caseId=", (case, "other_id"),
                 " docType=PHOTO_ID mime=image/%s body.image=" % kind, (data, "photo")])
    elif k == 4:
        seg(lb, [l4j(t, "INFO", "bureau-sync", "c.r.dispute.BureauFlagService"), "Compliance condition XB applied to tradeline ",
                 (a["aacct"], "account"), " (bureaus=EFX,EXP,TU; e-OSCAR not required)"])
    elif k == 5:
        seg(lb, [l4j(t, "INFO", "letter-hook", "c.r.dispute.ValidationMailer"), "Validation notice queued for ",
                 ("%s %s" % (g["first"], g["last"]), "name"), ", ", ("%s, %s" % (addr_line(g), g["city"]), "address"),
                 ", %s " % g["st"], (g["zip"], "zip"), " (case ", (case, "other_id"), ")"])
    elif k == 6:
        bk = "%d:24-bk-%05d" % (R.randint(1, 3), R.randint(10000, 59999))
        seg(lb, [l4j(t, "WARN", "scrub-1", "c.r.dispute.BankruptcyScrub"), "BK hit debtor=", (g["did"], "other_id"),
                 " case=", (bk, "other_id"), " chapter=%s court=%s status=OPEN -> account closed to client" % (
                     R.choice(["7", "13"]), R.choice(["OHNB", "ILNB", "PAWB", "TXWB"]))])
    elif k == 7:
        eld = [x for x in ACCTS if x["p"] is not x["g"] and age_of(x["p"]["dob"]) > 60]
        d = eld[nxt("dec") % len(eld)]
        dod = TODAY - dtm.timedelta(days=R.randint(10, 150))
        da = age_of(d["p"]["dob"])
        seg(lb, [l4j(t, "INFO", th, "c.r.dispute.DeceasedHandler"), "Deceased notification: patient ",
                 ("%s %s" % (d["p"]["first"], d["p"]["last"]), "name"), " (age ", (str(da), "age" if da > 89 else None),
                 ") DOD ", (dod.isoformat(), "date"),
                 ", executor contact ", ("%s %s" % (d["g"]["first"], d["g"]["last"]), "name"), " ",
                 (fmt_ph(d["g"]["cell"], "paren"), "phone")])
    elif k == 8:
        if a["dme"]:
            seg(lb, [l4j(t, "INFO", th, "c.r.dispute.DisputeService"), "Consumer claims %s returned; serial " % a["dme"][0],
                     (a["dme"][1], "device"), " on ", (a["aacct"], "account"), ", requesting client proof of non-return"])
        else:
            seg(lb, [l4j(t, "INFO", th, "c.r.dispute.DisputeService"), "Itemized statement requested by debtor ",
                     (g["did"], "other_id"), " from %s (ticket %s)" % (a["h"]["name"], "CL-%d" % R.randint(10000, 99999))])
    else:
        s = R.choice(STAFF)
        seg(lb, [l4j(t, "INFO", th, "c.r.dispute.CaseAssignment"), "Case ", (case, "other_id"),
                 " assigned to analyst %s %s (%s), due %s" % (s[0], s[1], s[2], (t.date() + dtm.timedelta(days=30)).isoformat())])
    return [lb]


def ev_dispute_misc():
    t = CLK.tick()
    lb = LB("dispute-svc")
    k = R.randint(0, 4)
    if k == 0:
        lb.t(l4j(t, "INFO", "sla-monitor", "c.r.dispute.SlaMonitor") +
             "%d validation requests within 5 days of 30-day deadline; oldest opened %s" % (R.randint(0, 40), (t.date() - dtm.timedelta(days=26)).isoformat()))
    elif k == 1:
        s = R.choice(STAFF)
        lb.t(l4j(t, "INFO", "report-1", "c.r.dispute.DailyStats") + "analyst=%s closed=%d pending=%d avg_handle=%.1fh" % (
            s[2], R.randint(2, 30), R.randint(10, 200), R.uniform(0.5, 6)))
    elif k == 2:
        lb.t(l4j(t, "ERROR", "fax-poller-1", "c.r.dispute.inbound.FaxIngestor") +
             "Fax API error 503 from api.faxvendor.example.com (retry in 60s): upstream connect error or disconnect/reset before headers")
    elif k == 3:
        lb.t(l4j(t, "INFO", "scheduler-2", "o.q.core.QuartzScheduler") + "Job DisputeAgingJob.DEFAULT fired, nextFireTime=%s" % (
            (t + dtm.timedelta(hours=1)).strftime("%a %b %d %H:00:00 UTC %Y")))
    else:
        lb.t(l4j(t, "WARN", "http-nio-8443-exec-%d" % R.randint(1, 30), "o.h.engine.jdbc.spi.SqlExceptionHelper") +
             "SQL Error: 1205, SQLState: 40001 - Lock wait timeout exceeded; try restarting transaction")
    return [lb]


def curp(p):
    L = "ABCDEFGHJKLMNPRSTUVWXZ"
    c = (p["la"][:2] + p["la"][2:3] + p["fa"][:1]).replace(" ", "X").ljust(4, "X")[:4]
    return c + p["dob"].strftime("%y%m%d") + ("H" if p["sex"] == "M" else "M") + R.choice(["CH", "DG", "JC", "NL", "DF"]) + \
        "".join(R.choice("BCDFGHJKLMNPRSTVZ") for _ in range(3)) + R.choice("0A") + R.choice("0123456789")


def ev_charity(k=None):
    t = CLK.tick()
    a = pick()
    g, p = a["g"], a["p"]
    lb = LB("charity-laravel")
    if k is None:
        k = R.randint(0, 7)
    if k == 0:
        lb.t(lara(t, "INFO") + "Screening submitted ")
        jemit(lb, {"application_id": R.randint(8000, 9999), "guarantor_id": P(g["did"], "other_id"), "patient_mrn": P(a["mrn"], "mrn"),
                   "household_size": R.randint(1, 7), "annual_income": R.randint(9000, 90000), "fpl_percent": round(R.uniform(60, 420), 1),
                   "facility": a["h"]["code"]})
        lb.t(" []")
    elif k == 1:
        lb.t(lara(t, "INFO") + "Presumptive eligibility scored ")
        jemit(lb, {"patient": P("%s %s" % (p["first"], p["last"]), "name"), "dob": P(p["dob"].isoformat(), "date"),
                   "score": R.randint(300, 850), "band": R.choice(["LIKELY_ELIGIBLE", "REVIEW", "UNLIKELY"]), "model": "pe-v2.3"})
        lb.t(" []")
    elif k == 2:
        eld = [x for x in ACCTS if age_of(x["p"]["dob"]) > 89]
        e = eld[nxt("agerev") % len(eld)]
        lb.t(lara(t, "NOTICE") + "Age-based automatic review ")
        jemit(lb, {"patientName": P("%s %s" % (e["p"]["first"], e["p"]["last"]), "name"), "age": P(age_of(e["p"]["dob"]), "age"),
                   "mrn": P(e["mrn"], "mrn"), "rule": "AGE_GE_90_MEDICARE_SECONDARY"})
        lb.t(" []")
    elif k == 3:
        m = [x for x in ACCTS if x["payer"][0] == "MCAID"]
        e = R.choice(m) if m else a
        lb.t(lara(t, "INFO") + "Medicaid eligibility response ")
        jemit(lb, {"member_id": P(e["member"], "health_plan"), "state": e["h"]["st"], "status": R.choice(["ACTIVE", "INACTIVE", "RETRO_ELIGIBLE"]),
                   "payer_id": "SKOH0", "trace": hexs(16)})
        lb.t(" []")
    elif k == 4:
        e = R.choice([x for x in ACCTS if x["h"]["code"] == "VVM"])
        lb.t(lara(t, "INFO") + "Alternate identity document recorded ")
        jemit(lb, {"guarantor_id": P(e["g"]["did"], "other_id"), "id_type": "CURP", "id_value": P(curp(e["g"]), "other_id"),
                   "issuing_country": "MX"})
        lb.t(" []")
    elif k == 5:
        lb.t(lara(t, "DEBUG") + "Document received ")
        jemit(lb, {"application_id": R.randint(8000, 9999), "field": "applicant_photo_id", "mime": "image/jpeg",
                   "content_b64": P(jpeg_b64(R.randint(500, 900)), "photo")}, slash=False)
        lb.t(" []")
    elif k == 6:
        lb.t(lara(t, "INFO") + "Applicant contact updated ")
        jemit(lb, {"guarantor_id": P(g["did"], "other_id"), "email": P(g["email"], "email"),
                   "mobile": P(fmt_ph(g["cell"], "dash"), "phone"), "consent_sms": R.choice([True, False])})
        lb.t(" []")
    else:
        lb.t(lara(t, "INFO") + "Approval letter generated ")
        jemit(lb, {"application_id": R.randint(8000, 9999), "addressee": P("%s %s" % (g["first"], g["last"]), "name"),
                   "discount_pct": R.choice([100, 75, 50]), "path": "storage/app/letters/%s/%s.pdf" % (t.strftime("%Y/%m"), hexs(12))})
        lb.t(" []")
    return [lb]


def ev_charity_misc():
    t = CLK.tick()
    k = R.randint(0, 5)
    if k == 0 and not once("fpl"):
        k = R.choice([1, 2, 3, 5])
    lb = LB("charity-laravel")
    if k == 0:
        lb.t(lara(t, "INFO") + 'FPL table loaded {"year":2024,"base":15060,"per_additional":5380,"source":"HHS 89 FR 2961"} []')
    elif k == 1:
        lb.t(lara(t, "ERROR") + "SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction "
             "(Connection: mysql, SQL: update `applications` set `status` = approved where `id` = %d) {\"exception\":\"[object] "
             "(Illuminate\\\\Database\\\\QueryException(code: 40001))\"} []" % R.randint(8000, 9999))
    elif k == 2:
        lb.t(lara(t, "INFO") + 'Queue worker processed {"job":"App\\\\Jobs\\\\RecalculateFpl","attempts":1,"runtime_ms":%d} []' % R.randint(20, 900))
    elif k == 3:
        lb = LB("php-error")
        lb.t(phperr(t, "Warning") + 'Undefined array key "spouse_income" in /var/www/charity/app/Services/FplCalculator.php on line %d' % R.randint(40, 200))
    elif k == 4:
        lb = LB("php-error")
        lb.t(phperr(t, "Fatal error") + "Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in /var/www/legacy-portal/src/Db.php:41")
    else:
        s = R.choice(STAFF)
        lb.t(lara(t, "INFO") + 'Reviewer decision recorded {"application_id":%d,"reviewer":"%s","decision":"%s","hospital":"%s"} []' % (
            R.randint(8000, 9999), s[2], R.choice(["APPROVED", "DENIED", "PENDING_DOCS"]), R.choice(HOSP)["code"]))
    return [lb]


def ev_slow():
    out = []
    t = CLK.tick()
    out.append(LB("mysql-slow").t("# Time: %s.%06dZ" % (t.strftime("%Y-%m-%dT%H:%M:%S"), t.microsecond + R.randint(0, 999))))
    user = R.choice(["collect_app", "portal_rw", "charity_app", "report_ro"])
    out.append(LB("mysql-slow").t("# User@Host: %s[%s] @  [10.20.%d.%d]  Id: %d" % (user, user, R.randint(0, 9), R.randint(2, 250), R.randint(100000, 999999))))
    qt = R.uniform(1.0, 30.0)
    out.append(LB("mysql-slow").t("# Query_time: %.6f  Lock_time: %.6f Rows_sent: %d  Rows_examined: %d" % (
        qt, R.uniform(0, 0.01), R.randint(0, 50), R.randint(10000, 9000000))))
    if R.random() < 0.2:
        out.append(LB("mysql-slow").t("use %s;" % R.choice(["collections", "portal", "charity"])))
    out.append(LB("mysql-slow").t("SET timestamp=%d;" % int(t.timestamp())))
    a = pick()
    g = a["g"]
    lb = LB("mysql-slow")
    k = R.randint(0, 8)
    if k == 0:
        seg(lb, ["SELECT d.debtor_id, d.last_name, d.first_name FROM debtor d WHERE d.ssn = '", (g["ssn"].replace("-", ""), "ssn"),
                 "' OR (d.last_name = '", (g["last"], "name"), "' AND d.dob = '", (g["dob"].isoformat(), "date"), "');"])
    elif k == 1:
        seg(lb, ["UPDATE account SET status_cd = 'PIF', closed_dt = NOW() WHERE acct_no = '", (a["aacct"], "account"), "';"])
    elif k == 2:
        seg(lb, ["SELECT * FROM phone WHERE REPLACE(REPLACE(number,'-',''),' ','') = '", (g["cell"], "phone"), "';"])
    elif k == 3:
        seg(lb, ["SELECT a.* FROM applications a JOIN guarantors g ON g.id = a.guarantor_id WHERE g.email LIKE '%",
                 (g["email"], "email"), "%' ORDER BY a.created_at DESC LIMIT 1;"])
    elif k == 4:
        lb.t("SELECT client_id, COUNT(*), SUM(balance) FROM placement WHERE placed_dt >= '2024-03-01' GROUP BY client_id;")
    elif k == 5:
        lb.t("DELETE FROM session_token WHERE expires_at < '%s' LIMIT 5000;" % t.strftime("%Y-%m-%d %H:%M:%S"))
    elif k == 6:
        lb.t("SELECT c.campaign_id, l.lead_id, l.phone_idx FROM dial_lead l JOIN campaign c USING (campaign_id) WHERE l.status = 'NEW' AND l.tz_ok = 1 ORDER BY l.priority DESC LIMIT 2000;")
    elif k == 7:
        lb.t("INSERT INTO metro2_stage (acct_id, cycle, payload) SELECT a.id, '%02d', build_m2(a.id) FROM account a WHERE a.report_fl = 1;" % R.randint(1, 28))
    else:
        seg(lb, ["SELECT * FROM patient_xref WHERE client_code = '%s' AND mrn = '" % a["h"]["code"], (a["mrn"], "mrn"), "';"])
    out.append(lb)
    return out


def ev_infra():
    t = CLK.tick()
    k = R.randint(0, 7)
    if k == 0:
        n = R.randint(100, 9000)
        lb = LB("jvm-gc").t("[%s.%s+0000][info][gc] GC(%d) Pause Young (Normal) (G1 Evacuation Pause) %dM->%dM(1024M) %.3fms" % (
            t.strftime("%Y-%m-%dT%H:%M:%S"), ms(t), n, R.randint(300, 900), R.randint(80, 300), R.uniform(2, 40)))
    elif k == 1:
        hsp = R.choice(HOSP)
        lb = LB("sftp").t(sysl(t, "sftp01", "sshd", R.randint(10000, 40000)) +
                          "Accepted publickey for %s from 203.0.113.%d port %d ssh2: RSA SHA256:%s" % (
                              hsp["code"].lower() + "_xfer", R.randint(2, 250), R.randint(30000, 65000), b64rand(32).rstrip("=")))
    elif k == 2:
        lb = LB("sftp").t(sysl(t, "sftp01", "internal-sftp", R.randint(10000, 40000)) +
                          'close "/inbound/%s/%s" bytes read %d written 0' % (R.choice(HOSP)["code"].lower(), "ack_%s.txt" % t.strftime("%Y%m%d"), R.randint(100, 9000)))
    elif k == 3:
        lb = LB("k8s").t('%s Normal Pulled pod/payment-portal-%s-%s Successfully pulled image "registry.ridgeline.internal/portal:2.41.%d" in %.3fs' % (
            t.strftime("%Y-%m-%dT%H:%M:%SZ"), hexs(10), hexs(5), R.randint(0, 9), R.uniform(0.5, 9)))
    elif k == 4:
        job = R.choice(["dialer_list_refresh", "portal_token_purge", "rts_import", "skip_result_poll", "sftp_inbound_sweep", "bureau_ack_poll"])
        lb = LB("cron").t(sysl(t, "batch02", "CRON", R.randint(1000, 9000)) + "(svc_batch) CMD (/opt/rrp/bin/run-job.sh %s >> /var/log/rrp/jobs.log 2>&1)" % job)
    elif k == 5:
        lb = LB("postfix").t(sysl(t, "mail01", "postfix/qmgr", R.randint(1000, 9000)) + "%s: from=<noreply@ridgelinerev.com>, size=%d, nrcpt=1 (queue active)" % (
            hexs(10).upper(), R.randint(4000, 40000)))
    elif k == 6:
        n = R.randint(100, 9000)
        lb = LB("jvm-gc").t("[%s.%s+0000][info][gc] GC(%d) %s" % (t.strftime("%Y-%m-%dT%H:%M:%S"), ms(t), n, R.choice([
            "Pause Remark %dM->%dM(1024M) %.3fms" % (R.randint(300, 700), R.randint(200, 600), R.uniform(1, 12)),
            "Concurrent Mark Cycle %.3fms" % R.uniform(20, 400),
            "Pause Cleanup %dM->%dM(1024M) %.3fms" % (R.randint(300, 700), R.randint(200, 600), R.uniform(0.1, 2)),
            "Pause Young (Concurrent Start) (G1 Humongous Allocation) %dM->%dM(1024M) %.3fms" % (R.randint(500, 900), R.randint(100, 400), R.uniform(5, 40))])))
    else:
        lb = LB("sftp").t(sysl(t, "sftp01", "sshd", R.randint(10000, 40000)) + "Disconnected from user printlogic_ret 198.51.100.%d port %d" % (R.randint(2, 250), R.randint(30000, 65000)))
    return [lb]


def ev_msg(k=None):
    t = CLK.tick()
    a = pick()
    g = a["g"]
    if k is None:
        k = R.randint(0, 3)
    if k == 0:
        lb = LB("postfix")
        seg(lb, [sysl(t, "mail01", "postfix/smtp", R.randint(1000, 9000)), "%s: to=<" % hexs(10).upper(), (g["email"], "email"),
                 ">, relay=%s, delay=%.1f, delays=0.1/0/0.%d/0.%d, dsn=2.0.0, status=sent (250 2.0.0 OK)" % (
                     R.choice(["gmail-smtp-in.l.google.com[142.250.101.27]:25", "mx-aol.mail.gm0.yahoodns.net[67.195.204.72]:25",
                               "outlook-com.olc.protection.outlook.com[52.101.40.2]:25"]), R.uniform(0.3, 3), R.randint(1, 9), R.randint(1, 9))])
    elif k == 1:
        lb = LB("sms-gw")
        url = "https://pay.ridgelinerev.com/l/%s" % g["user"]
        seg(lb, [klog(t, "INFO", "sms-sender-2", "c.r.notify.SmsSender"), "queued to=", (fmt_ph(g["cell"], "e164"), "phone"),
                 " tpl=EO_REMINDER_2 body=\"Ridgeline Revenue for %s: a balance is due. Pay at " % a["h"]["name"], (url, "url"),
                 " Reply STOP to opt out\" sid=SM%s" % hexs(32)])
    elif k == 2:
        lb = LB("sms-gw")
        seg(lb, [klog(t, "INFO", "sms-callback", "c.r.notify.SmsStatusWebhook"), "status=%s from=" % R.choice(["delivered", "undelivered", "failed"]),
                 (fmt_ph(g["cell"], "e164"), "phone"), " sid=SM%s errorCode=%s" % (hexs(32), R.choice(["", "30003", "30006"]))])
    else:
        lb = LB("mobile-app")
        seg(lb, [sboot(t, "INFO", PID_PAY, "https-jsse-nio-8443-exec-%d" % R.randint(1, 40), "c.r.portal.device.DeviceRegistry"),
                 "Device registered user=", (g["user"], "other_id"), " platform=android os=14 imei=", (g["imei"], "device"),
                 " appVersion=3.8.%d pushToken=%s" % (R.randint(0, 9), b64rand(48))])
    return [lb]


def ev_msg_misc():
    t = CLK.tick()
    lb = LB("sms-gw")
    k = R.randint(0, 2)
    if k == 0:
        lb.t(klog(t, "INFO", "sms-sender-1", "c.r.notify.SmsSender") + "Throttle window: %d msgs/min (10DLC brand B%s campaign C%s)" % (
            R.randint(30, 240), hexs(6).upper(), hexs(6).upper()))
    elif k == 1:
        lb.t(klog(t, "WARN", "sms-sender-1", "c.r.notify.QuietHours") + "Deferred %d messages: recipient local time outside 08:00-21:00 (tz=America/Chicago)" % R.randint(1, 90))
    else:
        lb = LB("postfix").t(sysl(t, "mail01", "postfix/smtpd", R.randint(1000, 9000)) + "disconnect from unknown[10.20.%d.%d] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5" % (R.randint(0, 9), R.randint(2, 250)))
    return [lb]


PLAN = [
    (ev_fixed, 3), (ev_csv, 3), (ev_ingest_misc, 18), (ev_skip, 10), (ev_skip_misc, 10), (ev_phone_append, 3),
    (ev_letters, 3), (ev_letter_misc, 14), (ev_cdr, 18), (ev_dialer_misc, 34), (ev_pay, 22), (ev_pay_misc, 28),
    (ev_nginx, 28), (ev_ivr, 6), (ev_metro2, 1), (ev_dispute, 22), (ev_dispute_misc, 12), (ev_charity, 16),
    (ev_charity_misc, 12), (ev_slow, 10), (ev_infra, 64), (ev_msg, 12), (ev_msg_misc, 8),
    (functools.partial(ev_dispute, 3), 2), (functools.partial(ev_dispute, 2), 2), (functools.partial(ev_charity, 5), 1),
    (functools.partial(ev_msg, 3), 3), (functools.partial(ev_pay, 9), 2), (functools.partial(ev_charity, 2), 2), (functools.partial(ev_dispute, 7), 2),
    (functools.partial(ev_skip, True), 2),
]


def main():
    quiet = (ev_skip_misc, ev_pay_misc, ev_dispute_misc, ev_charity_misc, ev_infra, ev_msg_misc, ev_dialer_misc)
    bag_a = [fn for fn, c in PLAN for _ in range(c) if fn not in quiet and not isinstance(fn, functools.partial)]
    rare = [fn for fn, c in PLAN for _ in range(c) if isinstance(fn, functools.partial)]
    bag_b = [fn for fn, c in PLAN for _ in range(c) if fn in quiet]
    R.shuffle(bag_a)
    R.shuffle(bag_b)
    for fn in rare:
        bag_a.insert(R.randint(len(bag_a) // 4, len(bag_a)), fn)
    # hospital files arrive early in the morning
    bag_a.remove(ev_fixed)
    bag_a.remove(ev_csv)
    bag_a += [ev_csv, ev_fixed]
    lines = []
    while len(lines) < N_LINES:
        nophi = sum(1 for lb in lines if not lb.spans)
        if bag_b and (not bag_a or nophi < 0.555 * max(len(lines), 1)):
            fn = bag_b.pop()
        elif bag_a:
            fn = bag_a.pop()
        else:
            fn = ev_infra
        lines += fn()
    if os.environ.get("GEN_DEBUG"):
        import collections
        print("left A", collections.Counter(getattr(f, "__name__", None) or f.func.__name__ + str(f.args) for f in bag_a))
        print("left B", collections.Counter(f.__name__ for f in bag_b))
    lines = lines[:N_LINES]
    out_log = bytearray()
    out_lab = []
    for i, lb in enumerate(lines, 1):
        b = lb.finish()
        assert len(b) <= 4000, (i, len(b))
        b.decode("utf-8")
        out_log += b + b"\n"
        out_lab.append(json.dumps({"line": i, "family": lb.family,
                                   "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in lb.spans]}))
    with open(os.path.join(HERE, ID + ".log"), "wb") as f:
        f.write(bytes(out_log))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
