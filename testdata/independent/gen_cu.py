#!/usr/bin/env python3
"""Deterministic generator for the `cu` PHI test corpus (dialysis provider network).

Writes cu.log and cu.labels.jsonl next to this file. Standard library only.
Every line is built by concatenation; PHI values are recorded with byte offsets
at insertion time and verified afterwards.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import unicodedata

import random

ID = "cu"
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(0xC0FFEE18)
N_LINES = 500
N_CLEAN = 275  # lines without PHI (55 %)


# --------------------------------------------------------------------------
# line builder
# --------------------------------------------------------------------------
class L:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []
        self.spans = []
        self.n = 0

    def t(self, s):
        b = s.encode("utf-8")
        self.parts.append(b)
        self.n += len(b)
        return self

    def p(self, s, cat=None):
        if cat is None:
            return self.t(s)
        b = s.encode("utf-8")
        if not b:
            return self
        self.spans.append((self.n, self.n + len(b), cat, b))
        self.parts.append(b)
        self.n += len(b)
        return self

    def done(self):
        line = b"".join(self.parts)
        assert b"\n" not in line and b"\r" not in line, line
        assert len(line) <= 4000, (self.fam, len(line))
        last = 0
        for s, e, c, v in self.spans:
            assert line[s:e] == v, (line, s, e, v)
            assert s >= last
            last = e
        line.decode("utf-8")
        return line, [{"s": s, "e": e, "cat": c} for s, e, c, _ in self.spans]


# --------------------------------------------------------------------------
# JSON writer that records spans
# --------------------------------------------------------------------------
class O(list):
    """ordered JSON object: items are (key, value) or (key, value, cat)"""


class A(list):
    """JSON array"""


def esc_raw(s):  # Jackson / Serilog / python ensure_ascii=False
    return json.dumps(s, ensure_ascii=False)[1:-1]


def esc_py(s):  # python json.dumps default (ensure_ascii=True)
    return json.dumps(s)[1:-1]


def esc_net(s):  # System.Text.Json default JavaScriptEncoder
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif o < 32 or o > 126 or ch in "\"'<>&+`":
            out.append("\\u%04X" % o)
        else:
            out.append(ch)
    return "".join(out)


def jw(l, v, cat=None, esc=esc_raw, seps=(",", ":")):
    if isinstance(v, O):
        l.t("{")
        for i, item in enumerate(v):
            if i:
                l.t(seps[0])
            l.t('"' + esc(item[0]) + '"' + seps[1])
            jw(l, item[1], item[2] if len(item) > 2 else None, esc, seps)
        l.t("}")
    elif isinstance(v, A):
        l.t("[")
        for i, item in enumerate(v):
            if i:
                l.t(seps[0])
            if isinstance(item, tuple):
                jw(l, item[0], item[1], esc, seps)
            else:
                jw(l, item, None, esc, seps)
        l.t("]")
    elif isinstance(v, str):
        l.t('"')
        l.p(esc(v), cat)
        l.t('"')
    elif v is None:
        l.t("null")
    elif isinstance(v, bool):
        l.t("true" if v else "false")
    else:
        l.p(str(v), cat)
    return l


# --------------------------------------------------------------------------
# identifier helpers (valid check digits where real ones have them)
# --------------------------------------------------------------------------
def luhn_digit(payload):
    s = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def npi():
    base = R.choice("12") + digits(8)
    return base + luhn_digit("80840" + base)


def card_visa():
    p = "4" + digits(14)
    return p + luhn_digit(p)


def card_mc():
    p = "5" + R.choice("12345") + digits(13)
    return p + luhn_digit(p)


def imei():
    p = R.choice(["35391110", "35875609", "86769204", "35420911", "35290611"]) + digits(6)
    return p + luhn_digit(p)


def aba():
    d = [int(c) for c in R.choice("01") + R.choice("123456789") + digits(6)]
    c = (10 - (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])) % 10) % 10
    return "".join(map(str, d)) + str(c)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    return (str(R.randint(1, 9)) + R.choice(MBI_A) + R.choice(MBI_AN) + str(R.randint(0, 9))
            + R.choice(MBI_A) + R.choice(MBI_AN) + str(R.randint(0, 9)) + R.choice(MBI_A)
            + R.choice(MBI_A) + str(R.randint(0, 9)) + str(R.randint(0, 9)))


def ssn():
    while True:
        a = R.randint(101, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


VMAP = {str(i): i for i in range(10)}
VMAP.update(dict(A=1, B=2, C=3, D=4, E=5, F=6, G=7, H=8, J=1, K=2, L=3, M=4, N=5,
                 P=7, R=9, S=2, T=3, U=4, V=5, W=6, X=7, Y=8, Z=9))
VW = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VCH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    v = (R.choice(["1HG", "2T1", "1FT", "5YJ", "JTD", "1N4", "3VW", "KMH", "1C4", "4T1"])
         + "".join(R.choice(VCH) for _ in range(5)) + "0" + R.choice("CDEFGHJKL")
         + R.choice(VCH) + digits(6))
    c = sum(VMAP[ch] * VW[i] for i, ch in enumerate(v)) % 11
    v = v[:8] + ("X" if c == 10 else str(c)) + v[9:]
    assert sum(VMAP[ch] * VW[i] for i, ch in enumerate(v)) % 11 == (10 if v[8] == "X" else int(v[8]))
    return v


CURP_DICT = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp(s17):
    tot = sum(CURP_DICT.index(c) * (18 - i) for i, c in enumerate(s17))
    return s17 + str((10 - tot % 10) % 10)


def fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ø", "o")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def b64(n, head=b""):
    raw = head + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def guid():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


# --------------------------------------------------------------------------
# synthetic people
# --------------------------------------------------------------------------
NAMES = [
    ("Chidi", "Okafor", "M"), ("José", "Álvarez", "M"), ("Thảo", "Nguyễn", "F"),
    ("Łukasz", "Wiśniewski", "M"), ("Priya", "Raghunathan", "F"), ("Mehmet", "Yılmaz", "M"),
    ("Hana", "Kobayashi", "F"), ("Tevita", "Fifita", "M"), ("Siobhán", "O'Connell", "F"),
    ("Rosa", "Quispe Mamani", "F"), ("Dmitri", "Volkov", "M"), ("Giulia", "Esposito", "F"),
    ("Jae-won", "Park", "M"), ("Amara", "Diallo", "F"), ("Inês", "Ferreira", "F"),
    ("Wiremu", "Ngata", "M"), ("Yusuf", "Karimi", "M"), ("Leilani", "Akana", "F"),
    ("Esperanza", "Villalobos", "F"), ("Bao", "Tran", "M"), ("Marguerite", "Dufresne", "F"),
    ("Oluwaseun", "Adeyemi", "M"), ("Aigerim", "Seitkali", "F"), ("Björn", "Lindahl", "M"),
    ("Fatima", "Haddad", "F"), ("Earl", "Whitfield", "M"), ("Dorothy", "McAllister", "F"),
    ("Ravi", "Venkataraman", "M"), ("Maria Luisa", "De la Cruz", "F"), ("Kwame", "Mensah", "M"),
    ("Halima", "Abdullahi", "F"), ("Sione", "Tupou", "M"),
]
REL_FIRST = ["Hauwa", "Losana", "Ngozi", "Carmen", "Minh", "Agnieszka", "Arjun", "Elif", "Kenji", "Mele", "Declan",
             "Luis", "Irina", "Marco", "Soo-jin", "Ousmane", "Tiago", "Aroha", "Leyla", "Keoni",
             "Ricardo", "Linh", "Etienne", "Funmilayo", "Dana", "Ingrid", "Omar", "Bobby", "Patricia",
             "Meena", "Joselito", "Abena"]
RELS = ["spouse", "daughter", "son", "sister", "brother", "niece", "grandson", "partner"]
CITIES = [("Fresno", "Fresno County", "93722"), ("Fresno", "Fresno County", "93711"),
          ("Fresno", "Fresno County", "93726"), ("Clovis", "Fresno County", "93611"),
          ("Sanger", "Fresno County", "93657"), ("Visalia", "Tulare County", "93291"),
          ("Tulare", "Tulare County", "93274"), ("Hanford", "Kings County", "93230"),
          ("Madera", "Madera County", "93637"), ("Selma", "Fresno County", "93662"),
          ("Reedley", "Fresno County", "93654"), ("Kerman", "Fresno County", "93630"),
          ("Lemoore", "Kings County", "93245"), ("Porterville", "Tulare County", "93257"),
          ("Dinuba", "Tulare County", "93618"), ("Exeter", "Tulare County", "93221")]
STREETS = ["N Fowler Ave", "E Shields Ave", "W Ashlan Ave", "S Chestnut Ave", "Alder Crest Dr",
           "Via Montalvo", "Calle Sonora", "E Tulare St", "W Caldwell Ave", "N Mooney Blvd",
           "Kearney Blvd", "E Olive Ave", "Sierra Vista Ct", "Lupine Ln", "Quail Run Rd",
           "W Bullard Ave", "Avenue 416", "Road 68", "E Lacey Blvd", "N Willow Ave", "Peach Blossom Way",
           "S Mariposa St", "W Noble Ave", "Rancho Del Rey Dr"]
DOMAINS = ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "att.net", "sbcglobal.net",
           "hotmail.com", "comcast.net"]
IP_PREF = ["73.162", "98.41", "24.6", "71.95", "172.58", "107.77", "76.103", "99.108", "68.5",
           "174.196", "47.154", "67.180"]
TODAY = dt.date(2024, 3, 4)


def mk_people():
    used_phone = set()

    def phone(fictional=True):
        while True:
            if fictional:
                x = "559555%04d" % R.randint(110, 189)
            else:
                x = R.choice(["559", "661", "209"]) + str(R.randint(2, 9)) + digits(2) + digits(4)
                if x[3:6] == "555":
                    continue
            if x not in used_phone:
                used_phone.add(x)
                return x

    ppl = []
    upis = set()
    for i, (fn, ln, sx) in enumerate(NAMES):
        p = {"first": fn, "last": ln, "sex": sx}
        if i in (3, 11, 26, 17):  # very old patients (age > 89)
            y = R.randint(1929, 1933)
        else:
            y = R.randint(1944, 1988)
        p["dob"] = dt.date(y, R.randint(1, 12), R.randint(1, 28))
        p["age"] = TODAY.year - y - ((TODAY.month, TODAY.day) < (p["dob"].month, p["dob"].day))
        p["mrn_n"] = "%07d" % R.randint(40000, 99999)
        p["mrn"] = "RKC" + p["mrn_n"]
        while True:
            u = str(R.randint(100000000, 999999999))
            if u not in upis:
                upis.add(u)
                break
        p["upi"] = u
        p["mbi"] = mbi()
        p["ssn"] = ssn()
        p["medical"] = "9" + digits(7) + R.choice("ABCDEFGH") if R.random() < 0.55 else None
        p["comm"] = (R.choice(["XEH", "W", "ZGP", "JQU"]) + digits(9)) if R.random() < 0.5 else None
        p["comm_payer"] = R.choice(["Anthem Blue Cross", "Aetna", "UnitedHealthcare", "Blue Shield of California"])
        p["grp"] = digits(6) + "-" + R.choice(["0010", "0002", "A001"])
        c = R.choice(CITIES)
        p["city"], p["county"], p["zip"] = c
        p["zip4"] = digits(4)
        p["street"] = "%d %s" % (R.randint(110, 9899), R.choice(STREETS))
        p["apt"] = R.choice(["Apt 3B", "Apt 12", "Unit 7", "#204", "Spc 41"]) if R.random() < 0.3 else ""
        p["state"] = "CA"
        p["phone"] = phone()
        p["phone2"] = phone(False) if R.random() < 0.4 else None
        a = fold(fn).lower().replace(" ", "").replace("-", "")
        b = fold(ln).lower().replace(" ", "").replace("'", "")
        p["email"] = R.choice(["%s.%s%d" % (a, b, y % 100), "%s%s" % (a[0], b), "%s_%s%d" % (a, b[:4], R.randint(1, 99))]) + "@" + R.choice(DOMAINS)
        p["user"] = R.choice(["%s%s%02d" % (a[0], b, y % 100), "%s.%s" % (a, b[:5]), "%s%d" % (a, R.randint(10, 999))])
        p["ip"] = "%s.%d.%d" % (R.choice(IP_PREF), R.randint(1, 254), R.randint(1, 254))
        rf = REL_FIRST[(i + 2) % len(REL_FIRST)]
        p["ec_name"] = rf + " " + (ln if R.random() < 0.7 else R.choice(["Ortiz", "Sandoval", "Kaur", "Moreau", "Haile", "Lopes"]))
        p["ec_rel"] = R.choice(RELS)
        p["ec_phone"] = phone(R.random() < 0.5)
        p["plate"] = str(R.randint(5, 9)) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(3)
        p["vin"] = vin()
        p["dl"] = "D" + digits(7) if R.random() < 0.8 else "Y" + digits(7)
        p["card"] = card_visa() if R.random() < 0.6 else card_mc()
        p["bank"] = digits(R.choice([9, 10, 12]))
        p["routing"] = aba()
        p["acct"] = "1" + p["mrn_n"]  # patient account / control number base
        p["pd"] = i % 3 == 1  # home peritoneal dialysis patients
        p["cycler"] = "HC7-%02d%s%04d" % (R.randint(19, 23), R.choice("ABCDEFGH"), R.randint(0, 9999))
        p["cyc_mac"] = "00:1E:C0:" + ":".join("%02X" % R.randint(0, 255) for _ in range(3))
        p["scale_mac"] = "A4:C1:38:" + ":".join("%02X" % R.randint(0, 255) for _ in range(3))
        p["cuff_sn"] = "51" + digits(8)
        p["imei"] = imei()
        p["kit"] = "HK-24-%05d" % R.randint(100, 99999)
        p["onset"] = dt.date(R.choice([2021, 2022, 2023]), R.randint(1, 12), R.randint(1, 28))
        p["first_dx"] = p["onset"] + dt.timedelta(days=R.randint(0, 40))
        p["admit"] = min(p["first_dx"] + dt.timedelta(days=R.randint(0, 300)), TODAY - dt.timedelta(days=R.randint(5, 40)))
        ppl.append(p)
    # transient patient from Mexico (Esperanza Villalobos) gets a CURP
    ev = ppl[18]
    d = ev["dob"]
    ev["curp"] = curp("VIRE%02d%02d%02dMJCLZS0" % (d.year % 100, d.month, d.day))
    return ppl


_ALL = mk_people()
PEOPLE, DECEASED = _ALL[:30], _ALL[30:]
OLD = [p for p in PEOPLE if p["age"] > 89]
for _p in DECEASED:
    _p["dod"] = TODAY - dt.timedelta(days=R.randint(2, 20))
PD = [p for p in PEOPLE if p["pd"]]
ICHD = [p for p in PEOPLE if not p["pd"]]

STAFF = ["Dr. Rebecca Lindqvist", "Dr. Anil Deshpande", "Dr. Oksana Hrytsenko", "Marcus Oyelaran RN",
         "Teresa Gallardo RN", "Grace Achieng RN", "Daniela Ruiz PCT", "Haruto Sato PCT", "Nadia Petrov MSW",
         "Sarah Whitcomb RD", "Luis Ortega (Biomed)", "Femi Balogun RN"]
STAFF_USERS = ["rlindqvist", "adeshpande", "ohrytsenko", "moyelaran", "tgallardo", "gachieng", "druiz",
               "hsato", "npetrov", "swhitcomb", "lortega", "fbalogun", "svc-dcg", "svc-eqrs"]
NEPHS = [("Lindqvist", "Rebecca", npi()), ("Deshpande", "Anil", npi()), ("Hrytsenko", "Oksana", npi())]
FAC = [("052614", "Riverbend Kidney Care - Clovis", "2150 Herndon Ave Ste 110", "Clovis", "93612", npi()),
       ("052788", "Riverbend Kidney Care - Visalia West", "1301 S Demaree St", "Visalia", "93277", npi()),
       ("552031", "Riverbend Home Therapies Fresno", "6085 N First St Ste 201", "Fresno", "93710", npi())]
FAC_PHONE = "(559) 555-0100"
FAC_FAX = "(559) 555-0109"
STATIONS = [("ST%02d" % i, "4KX%c%05d" % (R.choice("FGH"), R.randint(10000, 99999))) for i in range(1, 19)]

# --------------------------------------------------------------------------
# clock (local time, PST = UTC-8 on 2024-03-04)
# --------------------------------------------------------------------------
CLOCK = [dt.datetime(2024, 3, 4, 4, 41, 7, 118000)]


def tick():
    CLOCK[0] += dt.timedelta(seconds=R.randint(1, 75), microseconds=R.randint(0, 999999))
    return CLOCK[0]


def now():
    return CLOCK[0]


def utc():
    return CLOCK[0] + dt.timedelta(hours=8)


def ms(d):
    return "%03d" % (d.microsecond // 1000)


CUR = [PEOPLE[0]]


def pick(kind=None):
    pool = PD if kind == "pd" else ICHD if kind == "hd" else PEOPLE
    if kind == "old" and R.random() < 0.6:
        return R.choice(OLD)
    if kind == "us":  # residents with US identifiers (not the transient visitor)
        pool = [p for p in PEOPLE if "curp" not in p]
    c = CUR[0]
    if c in pool and R.random() < 0.75:
        return c
    return R.choice(pool)


def fmt_phone(ph, style=None):
    style = style if style is not None else R.randint(0, 4)
    a, b, c = ph[:3], ph[3:6], ph[6:]
    return ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "+1%s%s%s" % (a, b, c), "%s%s%s" % (a, b, c),
            "%s.%s.%s" % (a, b, c)][style]


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d_hl7(d):
    return d.strftime("%Y%m%d")


# ==========================================================================
# families
# ==========================================================================

# 1. in-center HD machine console (embedded text, relayed by gateway)
def f_hd(phi):
    d = tick()
    st, sn = R.choice(STATIONS)
    l = L("hd-machine-console")
    l.t("%s.%s %s " % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), st))
    if phi:
        p = pick("hd")
        k = R.randint(0, 4)
        if k == 0:
            l.t("I CARD   Patient card read: ID=").p(p["mrn"], "mrn").t(" NAME=")
            l.p(fold(p["last"]).upper() + "^" + fold(p["first"]).upper(), "name").t(" DOB=").p(d_hl7(p["dob"]), "date")
            l.t(" chk=OK")
        elif k == 1:
            l.t("I RX     Prescription downloaded for patient ").p(p["mrn_n"], "mrn").t(" (")
            l.p(fold(p["last"]).upper() + " " + fold(p["first"])[0], "name")
            l.t("): dialyzer=%s Qb=%d Qd=%d UFgoal=%.1fL Na=%d K=%d Ca=2.5" % (
                R.choice(["F180NR", "F160NR", "Revaclear400", "Optiflux F200NR"]), R.choice([350, 400, 450]),
                R.choice([500, 600, 700]), R.uniform(1.2, 4.0), R.choice([137, 138, 140]), R.choice([2, 3])))
        elif k == 2:
            l.t("I TXEND  Treatment summary pt=").p(p["mrn"], "mrn").t(" date=").p(d_hl7(TODAY), "date")
            l.t(" dur=%d:%02d UF=%dmL Vb=%.1fL KtV(OCM)=%.2f art=-%d ven=%d" % (
                R.choice([3, 3, 4]), R.randint(0, 59), R.randint(900, 3600), R.uniform(58, 92), R.uniform(1.1, 1.9),
                R.randint(140, 230), R.randint(130, 220)))
        elif k == 3:
            l.t("W ALARM  104 Arterial pressure low (AP -%d < -250 mmHg) pt=" % R.randint(251, 290))
            l.p(p["mrn_n"], "mrn").t(" blood pump stopped")
        else:
            l.t("I ID     Operator %s confirmed patient identity: " % R.choice(["druiz", "hsato", "gachieng", "fbalogun"]))
            l.p(fold(p["first"]) + " " + fold(p["last"]), "name").t(" / DOB ").p(d_us(p["dob"]), "date")
            l.t(" (2 identifiers)")
        return l
    k = R.randint(0, 9)
    if k == 0:
        l.t("I BPM    NIBP %d/%d HR %d MAP %d cuff=adult" % (R.randint(100, 185), R.randint(55, 100), R.randint(58, 104), R.randint(75, 125)))
    elif k == 1:
        l.t("I TEST   Pressure holding test PASSED (-%d mmHg, %.1f mmHg/s) SN %s" % (R.randint(420, 480), R.uniform(0.2, 1.4), sn))
    elif k == 2:
        l.t("I COND   dialysate cond %.1f mS/cm temp %.1f C flow %d mL/min bicarb %d" % (R.uniform(13.6, 14.2), R.uniform(35.5, 37.0), R.choice([500, 600, 700]), R.choice([32, 35, 38])))
    elif k == 3:
        l.t("W ALARM  211 Venous pressure high (VP %d > 300 mmHg) - blood pump stopped" % R.randint(301, 340))
    elif k == 4:
        l.t("I DISINF Heat disinfect complete %d min, citric 50%%, next due %s 19:30" % (R.randint(38, 46), d_iso(TODAY)))
    elif k == 5:
        l.t("I NET    CDX link up to gateway 10.40.7.%d:5120 proto=2.3 seq=%d" % (R.randint(10, 20), R.randint(1000, 99999)))
    elif k == 6:
        l.t("I SYS    SW 3.61.2 build 2023-11-14 calib due 2024-05-17 hours=%d SN %s" % (R.randint(12000, 41000), sn))
    elif k == 7:
        l.t("I TXCTRL UF goal %d mL, UF time %d:%02d, UF rate %d mL/h, profile %d" % (R.randint(800, 3800), R.choice([3, 4]), R.choice([0, 15, 30, 45]), R.randint(250, 1000), R.randint(0, 3)))
    elif k == 8:
        l.t("E ALARM  338 Blood leak detected (%.2f > 0.35) - check dialyzer, chair %s" % (R.uniform(0.36, 0.9), R.choice(["A-02", "B-07", "C-11"])))
    else:
        l.t("I HEP    Heparin pump rate %.1f mL/h stop time 0:%02d syringe 10 mL" % (R.uniform(0.4, 1.5), R.choice([30, 45, 60])))
    return l


# 2. data collection gateway, C# Serilog CLEF
DCG_CTX = ["Riverbend.Dcg.Polling.MachinePoller", "Riverbend.Dcg.Ingest.VitalsHandler",
           "Riverbend.Dcg.Ingest.SessionBinder", "Riverbend.Dcg.Outbound.FlowsheetPublisher",
           "Riverbend.Dcg.Health.HeartbeatService"]


def clef_ts(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%07dZ" % (d.microsecond * 10 + R.randint(0, 9))


def f_dcg(phi):
    tick()
    d = utc()
    l = L("dcg-serilog-clef")
    st, sn = R.choice(STATIONS)
    host = R.choice(["DCG-CLV-01", "DCG-CLV-02", "DCG-VIS-01"])
    if phi:
        p = pick("hd")
        k = R.randint(0, 3)
        if k == 0:
            o = O([("@t", clef_ts(d)), ("@mt", "Session {SessionId} bound to patient {PatientMrn} on chair {Chair}"),
                   ("SessionId", guid()), ("PatientMrn", p["mrn"], "mrn"), ("Chair", st.replace("ST", "B-")),
                   ("MachineSerial", sn), ("SourceContext", DCG_CTX[2]), ("MachineName", host), ("ThreadId", R.randint(4, 40))])
        elif k == 1:
            o = O([("@t", clef_ts(d)), ("@mt", "Flowsheet push failed for {PatientName} ({Mrn}), will retry in {Delay}"),
                   ("@l", "Warning"), ("PatientName", p["last"] + ", " + p["first"], "name"), ("Mrn", p["mrn"], "mrn"),
                   ("Delay", "00:00:%02d" % R.choice([15, 30, 45])), ("SourceContext", DCG_CTX[3]), ("MachineName", host)])
        elif k == 2:
            o = O([("@t", clef_ts(d)), ("@mt", "Treatment record {RecordId} closed: {Patient} DOB {Dob} UF {UfMl} mL"),
                   ("RecordId", R.randint(800000, 899999)), ("Patient", p["first"] + " " + p["last"], "name"),
                   ("Dob", d_iso(p["dob"]), "date"), ("UfMl", R.randint(900, 3600)),
                   ("SourceContext", DCG_CTX[1]), ("MachineName", host), ("ThreadId", R.randint(4, 40))])
        else:
            o = O([("@t", clef_ts(d)), ("@mt", "Duplicate session detected for {@Patient}"), ("@l", "Warning"),
                   ("Patient", O([("$type", "PatientRef"), ("Mrn", p["mrn"], "mrn"), ("LastName", p["last"], "name"), ("FirstName", p["first"], "name"),
                                  ("TreatmentDate", d_iso(TODAY), "date")])),
                   ("SourceContext", DCG_CTX[2]), ("MachineName", host)])
        return jw(l, o)
    k = R.randint(0, 5)
    if k == 0:
        o = O([("@t", clef_ts(d)), ("@mt", "Polling {MachineCount} machines on {Segment}"), ("MachineCount", R.randint(14, 18)),
               ("Segment", "10.40.7.0/24"), ("SourceContext", DCG_CTX[0]), ("MachineName", host), ("ThreadId", R.randint(4, 40))])
    elif k == 1:
        o = O([("@t", clef_ts(d)), ("@mt", "Received {RecordCount} vitals from {MachineSerial} in {Elapsed:0.0} ms"),
               ("@r", A(["%.1f" % R.uniform(2, 90)])), ("RecordCount", R.randint(1, 40)), ("MachineSerial", sn),
               ("Elapsed", round(R.uniform(2, 90), 4)), ("SourceContext", DCG_CTX[1]), ("MachineName", host)])
    elif k == 2:
        o = O([("@t", clef_ts(d)), ("@mt", "Machine {Station} ({MachineSerial}) not responding on {Endpoint}"), ("@l", "Error"),
               ("@x", "System.TimeoutException: The operation has timed out.\r\n   at Riverbend.Dcg.Cdx.CdxClient.ReadFrameAsync(CancellationToken ct) in /src/Riverbend.Dcg/Cdx/CdxClient.cs:line 212\r\n   at Riverbend.Dcg.Polling.MachinePoller.PollAsync(MachineInfo m) in /src/Riverbend.Dcg/Polling/MachinePoller.cs:line 88"),
               ("Station", st), ("MachineSerial", sn), ("Endpoint", "10.40.7.%d:5120" % R.randint(30, 60)),
               ("SourceContext", DCG_CTX[0]), ("MachineName", host)])
    elif k == 3:
        o = O([("@t", clef_ts(d)), ("@mt", "Heartbeat ok, queue depth {Depth}, uptime {Uptime}"), ("@l", "Debug"), ("Depth", R.randint(0, 12)),
               ("Uptime", "%d.%02d:%02d:%02d" % (R.randint(1, 60), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))),
               ("SourceContext", DCG_CTX[4]), ("MachineName", host)])
    elif k == 4:
        o = O([("@t", clef_ts(d)), ("@mt", "Published {Count} flowsheet rows to {Topic} (batch {BatchId})"), ("Count", R.randint(10, 400)),
               ("Topic", "chairside.flowsheet.v3"), ("BatchId", guid()), ("SourceContext", DCG_CTX[3]), ("MachineName", host)])
    else:
        o = O([("@t", clef_ts(d)), ("@mt", "Certificate {Thumbprint} expires {Expiry:yyyy-MM-dd}"), ("@l", "Warning"),
               ("Thumbprint", hexs(40).upper()), ("Expiry", "2024-04-02T00:00:00.0000000Z"), ("SourceContext", DCG_CTX[4]),
               ("MachineName", host)])
    return jw(l, o)


# 3. chairside charting API, ASP.NET Core single-line console
def f_aspnet(phi):
    d = tick()
    l = L("aspnet-console")
    pre = d.strftime("%Y-%m-%dT%H:%M:%S.") + ms(d) + " "
    if phi:
        k = R.randint(0, 3)
        p = pick("old" if k == 3 else "hd")
        l.t(pre)
        if k == 0:
            l.t("info: Riverbend.Chairside.Api.Services.PatientLookup[0] Lookup by name \"")
            l.p(p["last"] + ", " + p["first"], "name").t("\" DOB ").p(d_iso(p["dob"]), "date").t(" returned MRN ")
            l.p(p["mrn"], "mrn").t(" in %d ms" % R.randint(4, 80))
        elif k == 1:
            l.t("info: Microsoft.EntityFrameworkCore.Database.Command[20101] Executed DbCommand (%dms) [Parameters=[@__mrn_0='" % R.randint(1, 40))
            l.p(p["mrn"], "mrn").t("' (Size = 10), @__txDate_1='").p(d_iso(TODAY), "date")
            l.t("' (DbType = Date)], CommandType='Text', CommandTimeout='30'] SELECT [f].[Id], [f].[PreWeight], [f].[PostWeight] FROM [Flowsheets] AS [f] WHERE [f].[Mrn] = @__mrn_0 AND [f].[TxDate] = @__txDate_1")
        elif k == 2:
            l.t("warn: Riverbend.Chairside.Api.Controllers.FlowsheetController[0] Post-weight %.1f kg exceeds EDW by %.1f kg for " % (R.uniform(60, 110), R.uniform(1.6, 3.5)))
            l.p(p["first"] + " " + p["last"], "name").t(" (").p(p["mrn"], "mrn").t("), notifying ")
            nf = R.choice(NEPHS)
            l.t("Dr. " + nf[1] + " " + nf[0])
        else:
            l.t("info: Riverbend.Chairside.Api.Services.FallRisk[0] Fall risk HIGH for ").p(p["mrn"], "mrn")
            if p["age"] > 89:
                l.t(": age ").p(str(p["age"]), "age").t(" >= 80, assistive device, prior fall")
            else:
                l.t(": DOB ").p(d_us(p["dob"]), "date").t(", assistive device, prior fall")
        return l
    k = R.randint(0, 5)
    l.t(pre)
    if k == 0:
        l.t("info: Microsoft.Hosting.Lifetime[14] Now listening on: http://[::]:8080")
    elif k == 1:
        fid = R.randint(80000, 89999)
        l.t("info: Microsoft.AspNetCore.Hosting.Diagnostics[2] Request finished HTTP/1.1 GET http://chairside-api:8080/api/flowsheets/%d - 200 - application/json;+charset=utf-8 %.4fms" % (fid, R.uniform(5, 300)))
    elif k == 2:
        l.t("info: Microsoft.EntityFrameworkCore.Database.Command[20101] Executed DbCommand (%dms) [Parameters=[@__p_0='?' (DbType = Int32)], CommandType='Text', CommandTimeout='30'] SELECT TOP(1) [s].[Id] FROM [Sessions] AS [s] WHERE [s].[Id] = @__p_0" % R.randint(1, 50))
    elif k == 3:
        l.t("warn: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[1] Failed to validate the token. Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException: IDX10223: Lifetime validation failed. The token is expired. ValidTo (UTC): '3/4/2024 %d:%02d:%02d PM'" % (R.randint(1, 3), R.randint(0, 59), R.randint(0, 59)))
    elif k == 4:
        l.t("info: Riverbend.Chairside.Api.Controllers.FlowsheetController[0] Flowsheet %d signed by %s (user %s) at chair %s" % (
            R.randint(80000, 89999), R.choice(STAFF[3:8]), R.choice(STAFF_USERS[3:9]), R.choice(["A-02", "B-07", "C-11", "C-14"])))
    else:
        l.t("fail: Riverbend.Chairside.Api.Middleware.ExceptionMiddleware[0] Unhandled exception for request %s: Microsoft.Data.SqlClient.SqlException (0x80131904): Transaction (Process ID %d) was deadlocked on lock resources with another process" % (
            "0HN1" + hexs(8).upper() + ":0000000" + str(R.randint(1, 9)), R.randint(50, 200)))
    return l


# 4. home PD remote monitoring backend, Spring Boot (Java)
def abbrev(name, width=39):
    """logback %logger{39}: shorten package segments to initials, left to right"""
    segs = name.split(".")
    i = 0
    while len(".".join(segs)) > width and i < len(segs) - 1:
        segs[i] = segs[i][0]
        i += 1
    return ".".join(segs)


def sb_prefix(l, level, thread, logger):
    d = tick()
    l.t("%s.%s %5s 1 --- [%15s] %-40s : " % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), level, thread[-15:], abbrev(logger)[:40]))


def f_pdmon(phi):
    l = L("springboot-pd-monitor")
    if phi:
        p = pick("pd")
        k = R.randint(0, 4)
        if k == 0:
            sb_prefix(l, "INFO", "nio-8443-exec-%d" % R.randint(1, 10), "c.r.homedialysis.sync.CyclerSyncService")
            l.t("Received treatment upload from cycler ").p(p["cycler"], "device").t(" (patient ").p(p["mrn"], "mrn")
            l.t("), %d cycles, total UF %d mL, treatment date " % (R.randint(4, 6), R.randint(300, 1500)))
            l.p(d_iso(TODAY - dt.timedelta(days=1)), "date")
        elif k == 1:
            sb_prefix(l, "WARN", "alert-escalator-1", "c.r.homedialysis.alerts.EscalationService")
            l.t("Alert PD-DRAIN-LOW escalated to on-call %s for patient " % R.choice(["Grace Achieng RN", "Femi Balogun RN", "Teresa Gallardo RN"]))
            l.p(p["first"] + " " + p["last"], "name").t(" (").p(p["mrn"], "mrn").t("), callback ")
            l.p(fmt_phone(p["phone"], 1), "phone")
        elif k == 2:
            sb_prefix(l, "INFO", "scheduling-1", "c.r.homedialysis.supply.DeliveryScheduler")
            l.t("Supply delivery scheduled ").p(d_iso(TODAY + dt.timedelta(days=R.randint(2, 9))), "date")
            l.t(" to ").p(p["street"] + (" " + p["apt"] if p["apt"] else ""), "address").t(", ").p(p["city"], "address")
            l.t(" CA ").p(p["zip"], "zip").t(" order=SO-%d cartons=%d" % (R.randint(4000000, 4999999), R.randint(18, 40)))
        elif k == 3:
            sb_prefix(l, "INFO", "kafka-consumer-2", "c.r.homedialysis.kit.HomeLabKitListener")
            l.t("Home lab kit ").p(p["kit"], "other_id").t(" registered for ").p(p["mrn"], "mrn")
            l.t(", draw window ").p(d_iso(TODAY + dt.timedelta(days=1)), "date").t(", courier FedEx 7%s" % digits(11))
        else:
            sb_prefix(l, "DEBUG", "nio-8443-exec-%d" % R.randint(1, 10), "c.r.homedialysis.device.DeviceRegistry")
            l.t("Cycler ").p(p["cycler"], "device").t(" wlan MAC ").p(p["cyc_mac"], "device")
            l.t(" re-paired to patient ").p(p["mrn"], "mrn").t(" firmware=4.2.%d" % R.randint(10, 19))
        return l
    k = R.randint(0, 5)
    if k == 0:
        sb_prefix(l, "INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer")
        l.t("Tomcat started on port(s): 8443 (https) with context path ''")
    elif k == 1:
        sb_prefix(l, "INFO", "scheduling-1", "c.r.homedialysis.sync.CyclerPollJob")
        l.t("Polled %d cyclers in %d ms (%d pending uploads, %d offline > 48h)" % (R.randint(180, 240), R.randint(900, 6000), R.randint(0, 30), R.randint(0, 9)))
    elif k == 2:
        sb_prefix(l, "WARN", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool")
        l.t("HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=%ds%dms)." % (R.randint(45, 90), R.randint(0, 999)))
    elif k == 3:
        sb_prefix(l, "INFO", "kafka-consumer-2", "o.a.k.c.c.internals.ConsumerCoordinator")
        l.t("[Consumer clientId=consumer-pdmon-2, groupId=pdmon] Setting offset for partition cycler-uploads-%d to the committed offset FetchPosition{offset=%d, offsetEpoch=Optional[%d]}" % (R.randint(0, 5), R.randint(100000, 999999), R.randint(1, 30)))
    elif k == 4:
        sb_prefix(l, "ERROR", "nio-8443-exec-%d" % R.randint(1, 10), "o.a.c.c.C.[.[.[/].[dispatcherServlet]")
        l.t("Servlet.service() for servlet [dispatcherServlet] threw exception: java.net.SocketTimeoutException: Read timed out (vendor endpoint https://api.cyclercloud.example/v2/uploads)")
    else:
        sb_prefix(l, "INFO", "scheduling-1", "c.r.homedialysis.alerts.AlertSweep")
        l.t("Alert sweep: %d open, %d acknowledged, %d auto-closed; oldest open %d min" % (R.randint(0, 20), R.randint(0, 40), R.randint(0, 15), R.randint(1, 300)))
    return l


# 5. PD cycler device console / serial upload (embedded)
def nmea(body):
    c = 0
    for ch in body.encode():
        c ^= ch
    return "*%02X" % c


def f_cycler(phi):
    tick()
    up = R.randint(1000, 90000)
    l = L("pd-cycler-embedded")
    pre = "[%06d.%03d] " % (up, R.randint(0, 999))
    if phi:
        p = pick("pd")
        k = R.randint(0, 2)
        if k == 0:
            body_parts = [("TXREC,", None), (p["cycler"], "device"), (",", None), (d_hl7(TODAY - dt.timedelta(days=1)), "date"),
                          (",FILLS=%d,FILLVOL=%d,DWELL=%d,UF=%d,LASTFILL=%d,ALM=%d" % (R.randint(4, 6), R.choice([1800, 2000, 2200, 2500]), R.choice([90, 105, 120]), R.randint(300, 1500), R.choice([0, 1000, 1500]), R.randint(0, 3)), None)]
            body = "".join(x for x, _ in body_parts)
            l.t(pre + "$")
            for x, c in body_parts:
                l.p(x, c)
            l.t(nmea(body))
        elif k == 1:
            l.t(pre + "wlan0: associated ssid=<redacted> rssi=-%d own_mac=" % R.randint(40, 80)).p(p["cyc_mac"], "device")
            l.t(" dhcp=192.168.%d.%d" % (R.choice([0, 1, 86]), R.randint(2, 250)))
        else:
            l.t(pre + "cloud: upload ok dev=").p(p["cycler"], "device").t(" pt=").p(p["mrn"], "mrn")
            l.t(" bytes=%d http=201" % R.randint(2000, 9000))
        return l
    k = R.randint(0, 6)
    msgs = [
        "boot: fw 4.2.17 (2023-10-02) bootloader 1.09 heater selftest OK",
        "heater: PID setpoint 37.0C actual %.1fC duty %d%%" % (R.uniform(35.5, 37.4), R.randint(10, 90)),
        "pump: drain flow %d mL/min, occlusion=0, cycle %d/%d" % (R.randint(90, 240), R.randint(1, 5), 5),
        "alarm: LOW DRAIN VOLUME (%d mL < 85%% of fill) code=0x%04X" % (R.randint(900, 1600), R.randint(0x1000, 0x1FFF)),
        "cassette: loaded lot C%s exp 2025-%02d" % (digits(7), R.randint(1, 12)),
        "ota: check https://fw.cyclercloud.example/manifest.json -> up to date (sha256 %s)" % hexs(16),
        "power: AC lost, on battery %d%% (est %d min)" % (R.randint(40, 100), R.randint(20, 90)),
    ]
    return l.t(pre + msgs[k])


# 6. water treatment (RO / loop) PLC export + alarm log -- never PHI
def f_water(phi):
    assert not phi
    d = tick()
    l = L("water-treatment")
    k = R.randint(0, 5)
    if k <= 2:
        l.t("%s,RO-%d,SN=AQRO-%d,feed_cond_uS=%d,perm_cond_uS=%.1f,rejection_pct=%.1f,total_cl_ppm=%.2f,hardness_gpg=%.1f,feed_psi=%d,loop_temp_C=%.1f,tech=%s" % (
            d.strftime("%Y-%m-%dT%H:%M:%S"), R.randint(1, 2), R.choice([118372, 118915]), R.randint(380, 460), R.uniform(6, 14), R.uniform(96, 99),
            R.choice([0.0, 0.02, 0.04, 0.05]), R.uniform(0, 1), R.randint(50, 65), R.uniform(18, 24), R.choice(["JMB", "KLT", "RO"])))
    elif k == 3:
        l.t("%s AQUA-RO%d ALARM %d PERMEATE CONDUCTIVITY HIGH %.1f uS/cm (limit 20.0) -> divert to drain" % (d.strftime("%Y-%m-%d %H:%M:%S"), R.randint(1, 2), R.choice([14, 15]), R.uniform(20.1, 26)))
    elif k == 4:
        l.t("%s LAL endotoxin sample WTR-2403-%03d loop point %d collected %s result pending (action level 0.125 EU/mL)" % (
            d.strftime("%Y-%m-%d %H:%M:%S"), R.randint(1, 60), R.randint(1, 8), d_iso(TODAY)))
    else:
        l.t("%s CARBON worker tank total chlorine %.2f ppm (pre-polisher %.2f) checked by %s; next check %s" % (
            d.strftime("%Y-%m-%d %H:%M:%S"), R.uniform(0, 0.09), R.uniform(0, 0.05), R.choice(["J. Bautista", "K. Le Tourneau", "R. Osei"]),
            (d + dt.timedelta(hours=4)).strftime("%H:%M")))
    return l


# 7. chairside charting worker, Python logging
def f_chairpy(phi):
    d = tick()
    l = L("python-chairside")
    lvl_name = lambda lvl, name: l.t("%s,%s %s [%s] " % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), lvl, name))
    if phi:
        k = R.randint(0, 4)
        p = pick("old" if k == 2 else "hd")
        if k == 0:
            lvl_name("WARNING", "chairside.meds")
            l.t("heparin bolus override for ").p(p["last"] + ", " + p["first"], "name").t(" (MRN ").p(p["mrn"], "mrn")
            l.t(") by %s: %d units -> %d units" % (R.choice(STAFF[3:6]), 2000, R.choice([1000, 1500])))
        elif k == 1:
            lvl_name("INFO", "chairside.flowsheet")
            l.t("pre-tx assessment saved mrn=").p(p["mrn"], "mrn").t(" tx_date=").p(d_iso(TODAY), "date")
            l.t(" wt_pre=%.1f bp=%d/%d temp=%.1f access=%s" % (R.uniform(55, 120), R.randint(110, 190), R.randint(55, 100), R.uniform(36, 37.4), R.choice(["AVF-L", "AVG-R", "CVC-RIJ"])))
        elif k == 2:
            lvl_name("INFO", "chairside.census")
            l.t("patient ").p(p["first"] + " " + p["last"], "name").t(" age=")
            if p["age"] > 89:
                l.p(str(p["age"]), "age")
            else:
                l.t(str(p["age"]))
            l.t(" shift=%s chair=%s" % (R.choice(["MWF-1", "MWF-2", "TTS-1"]), R.choice(["A-02", "B-07", "C-11"])))
        elif k == 3:
            lvl_name("INFO", "chairside.contacts")
            l.t("emergency contact updated for ").p(p["mrn"], "mrn").t(": ").p(p["ec_name"], "name")
            l.t(" (%s) " % p["ec_rel"]).p(fmt_phone(p["ec_phone"], 0), "phone")
        else:
            lvl_name("ERROR", "chairside.sync")
            l.t("HL7 ADT A08 rejected by EHR for ").p(p["mrn"], "mrn").t(": PID-7 ")
            l.p(d_hl7(p["dob"]), "date").t(" does not match registration")
        return l
    k = R.randint(0, 5)
    if k == 0:
        lvl_name("INFO", "chairside.flowsheet")
        l.t("intradialytic vitals batch session=%d rows=%d q15min ok" % (R.randint(80000, 89999), R.randint(8, 18)))
    elif k == 1:
        lvl_name("INFO", "uvicorn.access")
        l.t('10.40.2.%d:%d - "POST /v1/flowsheets/%d/vitals HTTP/1.1" 201' % (R.randint(10, 90), R.randint(30000, 60000), R.randint(80000, 89999)))
    elif k == 2:
        lvl_name("WARNING", "chairside.meds")
        l.t("ESA lot %s for epoetin alfa-epbx (Retacrit) expires 2024-%02d-01; %d vials on hand" % ("R" + digits(6), R.randint(4, 7), R.randint(4, 60)))
    elif k == 3:
        lvl_name("INFO", "chairside.shift")
        l.t("shift MWF-%d opened by %s: %d chairs, %d patients scheduled, %d no-shows" % (R.randint(1, 3), R.choice(STAFF[3:6]), 18, R.randint(12, 18), R.randint(0, 3)))
    elif k == 4:
        lvl_name("DEBUG", "chairside.cache")
        l.t("redis GET session:%d hit (ttl=%ds)" % (R.randint(80000, 89999), R.randint(10, 3600)))
    else:
        lvl_name("ERROR", "chairside.sync")
        l.t("Traceback (most recent call last): requests.exceptions.ConnectionError: HTTPSConnectionPool(host='ehr-gw.riverbend.local', port=443): Max retries exceeded with url: /fhir/Observation (Caused by NewConnectionError)")
    return l


# 8. lab interface engine (Mirth-style) with HL7 v2.5.1
LABS = ["ClearPath Renal Labs", "CPRL"]
TESTS = [("718-7", "Hemoglobin", "g/dL", "10.0-12.0", 9.0, 12.5), ("1751-7", "Albumin", "g/dL", "3.5-5.0", 2.9, 4.4),
         ("2823-3", "Potassium", "mmol/L", "3.5-5.1", 3.4, 6.2), ("2777-1", "Phosphorus", "mg/dL", "3.5-5.5", 2.8, 8.1),
         ("17861-6", "Calcium", "mg/dL", "8.4-10.2", 7.9, 10.4), ("2132-9", "Ferritin", "ng/mL", "200-1200", 150, 1400),
         ("2731-8", "PTH intact", "pg/mL", "150-600", 90, 1100), ("3094-0", "BUN", "mg/dL", "7-20", 30, 95)]


def mirth_pre(l, lvl, thread, cls):
    d = tick()
    l.t("%-5s %s,%s [%s] %s: " % (lvl, d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), thread, cls))


def f_hl7(phi):
    l = L("mirth-hl7")
    if phi:
        p = pick()
        mirth_pre(l, "INFO", "Lab Results Inbound < TCP Listener", "com.mirth.connect.plugins.messagelogger")
        ctl = "CPRL" + digits(10)
        l.t("Received ORU: MSH|^~\\&|CPRL|CPRL-FRESNO|RKC_EHR|%s|%s||ORU^R01^ORU_R01|%s|P|2.5.1\\r" % (
            R.choice(["052614", "052788", "552031"]), utc().strftime("%Y%m%d%H%M%S"), ctl))
        l.t("PID|1||").p(p["mrn"], "mrn").t("^^^RKC^MR")
        if R.random() < 0.6:
            l.t("~").p(p["mbi"], "health_plan").t("^^^CMS^MB")
        l.t("||").p(p["last"].upper() if R.random() < 0.5 else p["last"], "name").t("^").p(p["first"], "name")
        l.t("||").p(d_hl7(p["dob"]), "date").t("|%s|||" % p["sex"])
        l.p(p["street"], "address").t("^")
        if p["apt"]:
            l.p(p["apt"], "address")
        l.t("^").p(p["city"], "address").t("^CA^").p(p["zip"], "zip").t("^USA^H^^")
        l.p(p["county"], "address").t("||^PRN^PH^^1^").p(p["phone"][:3], "phone").t("^").p(p["phone"][3:], "phone")
        l.t("|||||").p(p["acct"], "account").t("|")
        if R.random() < 0.5:
            l.p(p["ssn"].replace("-", ""), "ssn")
        neph = R.choice(NEPHS)
        l.t("\\rPV1|1|O|%s^%s||||%s^%s^%s^^^^MD|||||||||||||||||||||||||||||||||||||\\r" % (
            R.choice(["CLV", "VIS"]), "HOME" if p["pd"] else R.choice(["A-02", "B-07", "C-11"]), neph[2], neph[0], neph[1]))
        acc = "A24" + digits(7)
        l.t("ORC|RE|%s|%s||CM\\rOBR|1|%s|%s|RENAL^Monthly Renal Panel^L|||" % ("O" + digits(8), acc, "O" + digits(8), acc))
        coll = dt.datetime.combine(TODAY, dt.time(R.randint(5, 10), R.choice([0, 5, 10, 20, 35, 50])))
        l.p(coll.strftime("%Y%m%d%H%M"), "date").t("|||||||||||||||||F")
        for i, t in enumerate(R.sample(TESTS, R.randint(2, 4))):
            v = R.uniform(t[4], t[5])
            lo, hi = t[3].split("-")
            flag = "L" if v < float(lo) else "H" if v > float(hi) else "N"
            l.t("\\rOBX|%d|NM|%s^%s^LN||%s|%s|%s|%s|||F" % (i + 1, t[0], t[1], ("%.1f" % v) if v < 100 else str(int(v)), t[2], t[3], flag))
        return l
    k = R.randint(0, 4)
    if k == 0:
        mirth_pre(l, "INFO", "Lab Results Inbound < TCP Listener", "com.mirth.connect.plugins.messagelogger")
        l.t("Sent ACK: MSH|^~\\&|RKC_EHR|052614|CPRL|CPRL-FRESNO|%s||ACK^R01^ACK|ACK%s|P|2.5.1\\rMSA|AA|CPRL%s" % (utc().strftime("%Y%m%d%H%M%S"), digits(9), digits(10)))
    elif k == 1:
        mirth_pre(l, "INFO", "Main Server Thread", "com.mirth.connect.server.controllers.DonkeyEngineController")
        l.t("Channel Lab Results Inbound (%s) deployed, connector TCP Listener on 0.0.0.0:6661" % guid())
    elif k == 2:
        mirth_pre(l, "ERROR", "Lab Results Inbound < JavaScript Writer", "com.mirth.connect.connectors.js.JavaScriptDispatcher")
        l.t("Error evaluating JavaScript Writer (JavaScript Writer \"Write to EHR\" on channel %s). java.net.ConnectException: Connection refused (ehr-gw.riverbend.local:8090)" % guid())
    elif k == 3:
        mirth_pre(l, "WARN", "pool-4-thread-%d" % R.randint(1, 8), "com.mirth.connect.donkey.server.queue.ConnectorMessageQueue")
        l.t("Queue for destination 1 on channel Lab Results Inbound is at %d messages, oldest %s" % (R.randint(50, 900), utc().strftime("%Y-%m-%d %H:%M:%S")))
    else:
        mirth_pre(l, "INFO", "Data Pruner Thread", "com.mirth.connect.server.util.messagepruner.MessagePruner")
        l.t("Pruned %d messages, %d content rows from channel Lab Results Inbound in %d ms" % (R.randint(100, 9000), R.randint(1000, 90000), R.randint(200, 9000)))
    return l


# 9. monthly lab draw CSV export
def f_labcsv(phi):
    tick()
    l = L("lab-results-csv")
    if phi:
        p = pick("old")
        t = R.choice(TESTS)
        coll = dt.datetime.combine(TODAY, dt.time(R.randint(5, 10), R.randint(0, 59)))
        v = R.uniform(t[4], t[5])
        l.t(R.choice(["052614", "052788", "552031"]) + ",").p(p["mrn"], "mrn").t(',"')
        l.p(p["last"] + ", " + p["first"], "name").t('",').p(d_us(p["dob"]), "date").t(",")
        if p["age"] > 89 and R.random() < 0.8:
            l.p(str(p["age"]), "age")
        else:
            l.t(str(p["age"]) if p["age"] <= 89 else "")
        l.t(",").p(coll.strftime("%Y-%m-%d %H:%M"), "date")
        l.t(",%s,%s,%s,%s,A24%s,%s" % (t[0], ("%.1f" % v) if v < 100 else int(v), t[2],
                                         "L" if v < float(t[3].split("-")[0]) else "H" if v > float(t[3].split("-")[1]) else "",
                                         digits(7), R.choice(["pre", "pre", "post"])))
        return l
    k = R.randint(0, 3)
    if k == 0:
        l.t("facility_ccn,mrn,patient_name,dob,age,collected_at,loinc,result,units,flag,accession,draw_timing")
    elif k == 1:
        t = R.choice(TESTS)
        l.t("052614,QC,\"QC LEVEL %d\",,,%s %02d:%02d,%s,%.1f,%s,,QC2403L%d-%03d,qc" % (R.randint(1, 3), d_iso(TODAY), R.randint(4, 6), R.randint(0, 59), t[0], R.uniform(t[4], t[5]), t[2], R.randint(1, 3), R.randint(1, 400)))
    elif k == 2:
        l.t("# export generated %s by lab-export 2.3.1 host=rpt-batch-02 rows=%d sha1=%s" % (now().strftime("%Y-%m-%dT%H:%M:%S-08:00"), R.randint(200, 900), hexs(40)))
    else:
        l.t("# summary ccn=%s draws=%d hemolyzed=%d recollect=%d courier_pickup=%s" % (R.choice(["052614", "052788"]), R.randint(60, 140), R.randint(0, 4), R.randint(0, 3), now().strftime("%H:%M")))
    return l


# 10. CMS-2728 form XML (Java JAXB) + validator log
def f_cms2728(phi):
    d = tick()
    l = L("cms2728-xml")
    if phi:
        p = pick("us")
        fac = R.choice(FAC)
        neph = R.choice(NEPHS)
        if R.random() < 0.75:
            l.t('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cms2728 formId="2728-%d" reason="INITIAL"><patient>' % R.randint(7000, 9999))
            l.t("<lastName>").p(p["last"], "name").t("</lastName><firstName>").p(p["first"], "name").t("</firstName>")
            l.t("<birthDate>").p(d_iso(p["dob"]), "date").t("</birthDate><sex>%s</sex>" % p["sex"])
            l.t("<ssn>").p(p["ssn"], "ssn").t("</ssn><medicareBeneficiaryId>").p(p["mbi"], "health_plan").t("</medicareBeneficiaryId>")
            l.t("<mailingAddress><street>").p(p["street"], "address").t("</street><city>").p(p["city"], "address")
            l.t("</city><county>").p(p["county"], "address").t("</county><state>CA</state><zip>").p(p["zip"] + "-" + p["zip4"], "zip")
            l.t("</zip></mailingAddress><phone>").p(fmt_phone(p["phone"], 0), "phone").t("</phone></patient>")
            l.t("<primaryCauseCode>%s</primaryCauseCode><esrdOnsetDate>" % R.choice(["E11.22", "I12.0", "N18.6", "N03.9", "Q61.3"]))
            l.p(d_iso(p["onset"]), "date").t("</esrdOnsetDate><firstDialysisDate>").p(d_iso(p["first_dx"]), "date")
            l.t("</firstDialysisDate><modality>%s</modality>" % ("CAPD" if p["pd"] else "HEMO_IN_CENTER"))
            l.t('<facility ccn="%s" npi="%s"/><attestingPhysician npi="%s"><name>%s %s</name></attestingPhysician></cms2728>' % (fac[0], fac[5], neph[2], neph[1], neph[0]))
        else:
            l.t("%s,%s WARN  [eqrs-forms] c.r.eqrs.forms.Cms2728Validator - form 2728-%d: MBI " % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), R.randint(7000, 9999)))
            l.p(p["mbi"], "health_plan").t(" not found in EQRS for ").p(p["last"], "name").t(" DOB ").p(d_us(p["dob"]), "date")
            l.t("; holding for manual review")
        return l
    k = R.randint(0, 3)
    pre = "%s,%s " % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d))
    if k == 0:
        l.t(pre + "INFO  [eqrs-forms] c.r.eqrs.forms.Cms2728Validator - Validation passed for form 2728-%d (%d rules, %d warnings)" % (R.randint(7000, 9999), R.randint(40, 60), R.randint(0, 3)))
    elif k == 1:
        l.t(pre + "ERROR [eqrs-forms] c.r.eqrs.forms.XmlSchemaCheck - cvc-complex-type.2.4.a: Invalid content was found starting with element 'primaryCauseCode'. One of '{esrdOnsetDate}' is expected. (line 1, column %d)" % R.randint(400, 900))
    elif k == 2:
        l.t(pre + "INFO  [eqrs-forms] c.r.eqrs.forms.SignatureService - 2728-%d attested by NPI %s at facility CCN %s" % (R.randint(7000, 9999), R.choice(NEPHS)[2], R.choice(FAC)[0]))
    else:
        l.t(pre + "INFO  [eqrs-forms] c.r.eqrs.forms.DueDateMonitor - %d CMS-2728 forms due within 45 days at CCN %s, %d overdue" % (R.randint(0, 9), R.choice(FAC)[0], R.randint(0, 3)))
    return l


# 11. EQRS submission uploader (Python)
def f_eqrs(phi):
    d = tick()
    l = L("python-eqrs-uploader")
    l.t("%s,%s %s eqrs.upload: " % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), "WARNING" if phi else "INFO"))
    batch = "EQ-%s-%s-%02d" % (R.choice(["052614", "052788", "552031"]), d_hl7(TODAY), R.randint(1, 9))
    if phi:
        p = pick("us")
        k = R.randint(0, 2)
        if k == 0:
            l.t("record rejected batch=%s UPI=" % batch).p(p["upi"], "mrn").t(" last_name=").p(p["last"], "name")
            l.t(" dob=").p(d_iso(p["dob"]), "date").t(' code=PAT-017 msg="Admit date precedes first dialysis date"')
        elif k == 1:
            p = R.choice(DECEASED)
            l.t("CMS-2746 death notification pending for UPI ").p(p["upi"], "mrn").t(" (").p(p["first"] + " " + p["last"], "name")
            l.t(") date_of_death=").p(d_iso(p["dod"]), "date").t(" cause=%s" % R.choice(["23", "25", "26", "41"]))
        else:
            l.t("admission record batch=%s mrn=" % batch).p(p["mrn"], "mrn").t(" admit_date=")
            l.p(d_iso(p["admit"]), "date").t(" mbi=").p(p["mbi"], "health_plan")
            l.t(" status=NEEDS_2728")
        return l
    k = R.randint(0, 3)
    if k == 0:
        l.t("batch %s submitted: %d patient records, %d treatment records (HTTP 202, %.2fs)" % (batch, R.randint(20, 140), R.randint(300, 1800), R.uniform(0.4, 4.0)))
    elif k == 1:
        l.t("token refreshed for svc-eqrs, expires_in=3599 scope=eqrs.submit client_id=%s" % guid())
    elif k == 2:
        l.t("batch %s status=ACCEPTED accepted=%d rejected=0 warnings=%d" % (batch, R.randint(20, 140), R.randint(0, 6)))
    else:
        l.t("clinical month 2024-02 closure check: ccn=%s missing_hgb=%d missing_ktv=%d due=2024-04-30" % (R.choice(FAC)[0], R.randint(0, 5), R.randint(0, 5)))
    return l


# 12. Medicare secondary payer billing (C# NLog) with X12 837I
def nlog_pre(l, lvl, logger):
    d = tick()
    l.t("%s.%04d|%s|%s|" % (d.strftime("%Y-%m-%d %H:%M:%S"), d.microsecond // 100, lvl, logger))


def f_msp(phi):
    l = L("nlog-msp-billing")
    if phi:
        p = pick("us")
        k = R.choice([0, 1, 2, 3, 3, 4])
        if k == 0:
            nlog_pre(l, "DEBUG", "Riverbend.Billing.X12.Claim837IWriter")
            l.t("Loop 2010BA: NM1*IL*1*").p(fold(p["last"]).upper(), "name").t("*").p(fold(p["first"]).upper(), "name")
            l.t("****MI*").p(p["mbi"], "health_plan").t("~N3*").p(fold(p["street"]).upper(), "address").t("~N4*")
            l.p(p["city"].upper(), "address").t("*CA*").p(p["zip"] + p["zip4"], "zip").t("~DMG*D8*").p(d_hl7(p["dob"]), "date")
            l.t("*%s~" % p["sex"])
        elif k == 1:
            nlog_pre(l, "INFO", "Riverbend.Billing.Msp.MspQuestionnaireService")
            l.t("MSP screening complete for account ").p(p["acct"], "account").t(": MSP type 12 (ESRD coordination period) start ")
            l.p(d_iso(p["first_dx"].replace(day=1)), "date").t(", primary payer %s member " % p["comm_payer"])
            l.p(p["comm"] or ("XEH" + p["mrn_n"] + "01"), "health_plan").t(" group %s" % p["grp"])
        elif k == 2:
            nlog_pre(l, "DEBUG", "Riverbend.Billing.X12.Claim837IWriter")
            l.t("Loop 2300: CLM*").p(p["acct"] + "%04d" % R.randint(1, 9999), "account").t("*%d.%02d***72:A:1*Y*A*Y*Y~DTP*434*RD8*" % (R.randint(3000, 19000), R.randint(0, 99)))
            l.p("20240201-20240229", "date").t("~REF*EA*").p(p["mrn"], "mrn").t("~HI*ABK:N186~")
        elif k == 3:
            nlog_pre(l, "INFO", "Riverbend.Billing.Statements.FaxDelivery")
            l.t("Statement %s delivered via fax to guarantor " % ("ST2403-" + digits(5))).p(p["ec_name"], "name").t(" at ")
            l.p(fmt_phone(p["ec_phone"], 0), "fax").t(" (RightFax job %d, %d pages)" % (R.randint(400000, 499999), R.randint(1, 4)))
        else:
            nlog_pre(l, "INFO", "Riverbend.Billing.Payments.AutoPay")
            if R.random() < 0.5:
                l.t("ACH autopay enrolled for account ").p(p["acct"], "account").t(" routing %s acct " % p["routing"])
                l.p(p["bank"], "account").t(" holder ").p(p["first"] + " " + p["last"], "name")
            else:
                l.t("Card on file updated for guarantor ").p(p["ec_name"], "name").t(": pan=").p(p["card"], "account")
                l.t(" exp=%02d/%d processor=chase-paymentech resp=100" % (R.randint(1, 12), R.randint(25, 29)))
        return l
    k = R.randint(0, 4)
    if k == 0:
        nlog_pre(l, "INFO", "Riverbend.Billing.ClaimBatch")
        l.t("Batch 240304-%02d generated: %d claims, total charges $%s, ISA control %09d" % (R.randint(1, 9), R.randint(20, 60), "{:,.2f}".format(R.uniform(80000, 400000)), R.randint(4000, 4999)))
    elif k == 1:
        nlog_pre(l, "DEBUG", "Riverbend.Billing.X12.InterchangeWriter")
        l.t("ISA*00*          *00*          *ZZ*RIVERBENDKC    *ZZ*NORIDIAN       *240304*%s*^*00501*%09d*0*P*:~GS*HC*RIVERBENDKC*NORIDIAN*20240304*%s*%d*X*005010X223A2~" % (
            now().strftime("%H%M"), R.randint(4000, 4999), now().strftime("%H%M"), R.randint(1000, 9999)))
    elif k == 2:
        f = R.choice(FAC)
        nlog_pre(l, "DEBUG", "Riverbend.Billing.X12.Claim837IWriter")
        l.t("Loop 2010AA: NM1*85*2*%s*****XX*%s~N3*%s~N4*%s*CA*%s~REF*EI*%s~PER*IC*BILLING OFFICE*TE*5595550100~" % (
            fold(f[1]).upper().replace(" - ", " "), f[5], f[2].upper(), f[3].upper(), f[4] + "1042", "77-" + digits(7)))
    elif k == 3:
        nlog_pre(l, "WARN", "Riverbend.Billing.Remit.Era835Parser")
        l.t("CAS*CO*45*%d.%02d~ adjustment on claim %s exceeds threshold; payer ICN %s" % (R.randint(100, 3000), R.randint(0, 99), "CLM" + digits(8), "24" + digits(11)))
    else:
        nlog_pre(l, "INFO", "Riverbend.Billing.Statements.FaxDelivery")
        l.t("Referral packet faxed to nephrology office %s (RightFax job %d, %d pages), reply fax %s" % (
            R.choice(["(559) 555-0107", "(559) 555-0193"]), R.randint(400000, 499999), R.randint(2, 9), FAC_FAX))
    return l


# 13. patient transportation scheduling (NEMT broker CSV + dispatcher log)
def f_transport(phi):
    d = tick()
    l = L("transport-schedule")
    if phi:
        p = pick("us")
        k = R.randint(0, 3)
        appt = dt.datetime.combine(TODAY + dt.timedelta(days=R.choice([1, 2])), dt.time(R.choice([5, 6, 10, 11, 15]), R.choice([0, 15, 30, 45])))
        if k <= 1:
            l.t("T%s,%s," % (digits(8), d_iso(appt.date()))).p(p["first"] + " " + p["last"], "name").t(",")
            l.p(p["medical"] or p["mbi"], "health_plan").t(',"').p(p["street"] + (" " + p["apt"] if p["apt"] else ""), "address")
            l.t('",').p(p["city"], "address").t(",").p(p["zip"], "zip").t(",").p(fmt_phone(p["phone"], 3), "phone")
            l.t(",").p(appt.strftime("%Y-%m-%d %H:%M"), "date")
            l.t(",%s,%s,%s" % (R.choice(["AMB", "WC", "WC", "STR"]), R.choice(["ValleyRide NEMT", "SunCountry Transit"]), "VR-%d" % R.randint(100, 180)))
        elif k == 2:
            l.t("%s INFO  [dispatch] c.r.transport.ReminderSender - SMS reminder queued to " % d.strftime("%Y-%m-%d %H:%M:%S"))
            l.p(fmt_phone(p["phone"], 2), "phone").t(' body="Your ride to Riverbend Kidney Care arrives %s" sid=SM%s' % (appt.strftime("%a ") + str(appt.hour % 12 or 12) + appt.strftime(":%M %p"), hexs(32)))
        else:
            l.t("%s INFO  [mileage] c.r.transport.MileageReimbursement - self-drive claim member=" % d.strftime("%Y-%m-%d %H:%M:%S"))
            l.p(p["medical"] or p["mbi"], "health_plan").t(" plate=").p(p["plate"], "vehicle").t(" vin=").p(p["vin"], "vehicle")
            l.t(" dl=").p(p["dl"], "license").t(" miles=%.1f rate=0.22" % R.uniform(8, 70))
        return l
    k = R.randint(0, 3)
    if k == 0:
        l.t("trip_id,run_date,member_name,member_id,pickup_address,pickup_city,pickup_zip,callback_phone,appt_time,mobility,vendor,unit")
    elif k == 1:
        l.t("%s INFO  [dispatch] c.r.transport.RunOptimizer - run %s optimized: %d trips, %d units, deadhead %.1f mi, solver 412ms" % (
            d.strftime("%Y-%m-%d %H:%M:%S"), d_iso(TODAY + dt.timedelta(days=1)), R.randint(40, 90), R.randint(8, 14), R.uniform(20, 60)))
    elif k == 2:
        l.t("%s WARN  [dispatch] c.r.transport.VendorFeed - ValleyRide unit VR-%d GPS stale %ds at 36.8%04d,-119.7%04d (dispatcher Ray Tso notified)" % (
            d.strftime("%Y-%m-%d %H:%M:%S"), R.randint(100, 180), R.randint(90, 900), R.randint(0, 9999), R.randint(0, 9999)))
    else:
        l.t("%s INFO  [dispatch] c.r.transport.VendorFeed - vendor SunCountry Transit confirmed %d of %d trips for chair time 05:45 shift, support line 1-800-555-0199" % (
            d.strftime("%Y-%m-%d %H:%M:%S"), R.randint(10, 20), 20))
    return l


# 14. patient app edge, nginx combined + xff
UAS = ['RenalConnect/3.8.1 (iPhone; iOS 17.3.1; Scale/3.00)', 'RenalConnect/3.8.0 (Android 14; SM-S918U)',
       'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36',
       'Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1']


def ngx_ts():
    d = utc()
    return d.strftime("[%d/%b/%Y:%H:%M:%S +0000]")


def f_nginx(phi):
    tick()
    l = L("nginx-patient-app")
    if phi:
        p = pick()
        k = R.randint(0, 2)
        l.p(p["ip"], "ip").t(" - - " + ngx_ts() + ' "')
        if k == 0:
            l.t("GET /api/v2/me/treatments?from=2024-02-01&limit=20 HTTP/1.1\" 200 %d \"-\" \"%s\"" % (R.randint(800, 9000), R.choice(UAS)))
        elif k == 1:
            l.t("GET /portal/u/").p(p["user"], "other_id").t("/careplan HTTP/2.0\" 200 %d \"https://my.riverbendkidney.com/portal/\" \"%s\"" % (R.randint(3000, 40000), R.choice(UAS)))
        else:
            l.t("POST /api/v2/auth/token HTTP/1.1\" %d %d \"-\" \"%s\" rt=%.3f uct=\"0.001\"" % (R.choice([200, 200, 401]), R.randint(100, 900), R.choice(UAS), R.uniform(0.02, 0.5)))
        return l
    k = R.randint(0, 3)
    ip = "10.42.%d.%d" % (R.randint(0, 3), R.randint(1, 250))
    if k == 0:
        l.t('%s - - %s "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28"' % (ip, ngx_ts()))
    elif k == 1:
        l.t('%s - - %s "GET /metrics HTTP/1.1" 200 %d "-" "Prometheus/2.49.1"' % (ip, ngx_ts(), R.randint(4000, 20000)))
    elif k == 2:
        l.t('172.20.%d.%d - - %s "GET /static/js/main.%s.js HTTP/1.1" 304 0 "-" "%s"' % (R.randint(0, 9), R.randint(2, 200), ngx_ts(), hexs(8), UAS[2]))
    else:
        l.t('%s - svc-monitor %s "GET /api/v2/status HTTP/1.1" 200 %d "-" "Go-http-client/1.1"' % (ip, ngx_ts(), R.randint(40, 120)))
    return l


# 15. patient app backend, Python structlog JSON (json.dumps default: ensure_ascii)
def f_applog(phi):
    tick()
    l = L("structlog-patient-app")
    ts = utc().strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % utc().microsecond
    seps = (", ", ": ")
    if phi:
        p = pick()
        k = R.randint(0, 4)
        if k == 0:
            o = O([("request_id", guid()), ("user", p["user"], "other_id"), ("email", p["email"], "email"),
                   ("client_ip", p["ip"], "ip"), ("mfa", R.choice(["sms", "totp", "none"])), ("event", "login_succeeded"),
                   ("level", "info"), ("timestamp", ts)])
        elif k == 1:
            o = O([("request_id", guid()), ("to", p["email"], "email"), ("template", "password_reset_v2"),
                   ("provider", "ses"), ("message_id", "0100018e" + hexs(8) + "-" + guid()), ("event", "email_sent"),
                   ("level", "info"), ("timestamp", ts)])
        elif k == 2:
            o = O([("request_id", guid()), ("patient_id", p["mrn"], "mrn"), ("display_name", p["first"] + " " + p["last"], "name"),
                   ("share_url", "https://my.riverbendkidney.com/share/%s-%s-%s" % (fold(p["first"]).lower().replace(" ", "-"), fold(p["last"]).lower().replace(" ", "-").replace("'", ""), hexs(6)), "url"),
                   ("expires_in", 86400), ("event", "care_plan_link_created"), ("level", "info"), ("timestamp", ts)])
        elif k == 3:
            o = O([("request_id", guid()), ("user", p["user"], "other_id"), ("dob_entered", d_iso(p["dob"]), "date"),
                   ("reason", "dob_mismatch"), ("attempt", R.randint(1, 5)), ("event", "identity_verification_failed"),
                   ("level", "warning"), ("timestamp", ts)])
        else:
            p = pick("old")
            age = p["age"]
            o = O([("request_id", guid()), ("patient_id", p["mrn"], "mrn"), ("age", age, "age" if age > 89 else None),
                   ("caregiver_email", fold(p["ec_name"]).lower().replace(" ", ".") + "@" + R.choice(DOMAINS), "email"),
                   ("event", "caregiver_proxy_granted"), ("level", "info"), ("timestamp", ts)])
        return jw(l, o, esc=esc_py, seps=seps)
    k = R.randint(0, 4)
    if k == 0:
        o = O([("keys", R.randint(1000, 9000)), ("duration_ms", round(R.uniform(20, 300), 1)), ("event", "cache_warmed"), ("level", "info"), ("timestamp", ts)])
    elif k == 1:
        o = O([("provider", "fcm"), ("sent", R.randint(100, 400)), ("failed", R.randint(0, 6)), ("campaign", "tx_reminder_0600"), ("event", "push_batch_sent"), ("level", "info"), ("timestamp", ts)])
    elif k == 2:
        o = O([("request_id", guid()), ("path", "/api/v2/me/labs"), ("status", 504), ("upstream", "labs-svc.internal:8080"), ("event", "upstream_timeout"), ("level", "error"), ("timestamp", ts)])
    elif k == 3:
        o = O([("from", "noreply@riverbendkidney.com"), ("bounces_24h", R.randint(0, 12)), ("complaints_24h", 0), ("event", "ses_reputation_check"), ("level", "info"), ("timestamp", ts)])
    else:
        o = O([("version", "3.8.1"), ("git_sha", hexs(12)), ("workers", 4), ("event", "startup_complete"), ("level", "info"), ("timestamp", ts)])
    return jw(l, o, esc=esc_py, seps=seps)


# 16. patient Android app, logcat threadtime
def f_logcat(phi):
    d = tick()
    l = L("android-logcat")
    pid = 4411
    l.t("%s.%s %5d %5d " % (d.strftime("%m-%d %H:%M:%S"), ms(d), pid, R.randint(4412, 4600)))
    if phi:
        p = pick()
        k = R.randint(0, 3)
        if k == 0:
            l.t("I BleScaleManager: bonded scale ").p(p["scale_mac"], "device").t(" model=UC-352BLE rssi=-%d" % R.randint(40, 90))
        elif k == 1:
            l.t("D BpCuffSync: cuff serial ").p(p["cuff_sn"], "device").t(" reading %d/%d pulse %d stored for " % (R.randint(100, 180), R.randint(55, 100), R.randint(55, 100)))
            l.p(p["mrn"], "mrn")
        elif k == 2:
            l.t("D AuthRepository: login ok user=").p(p["user"], "other_id").t(" email=").p(p["email"], "email")
        else:
            l.t("I DeviceRegistration: registered imei=").p(p["imei"], "device").t(" for patient ").p(p["mrn"], "mrn")
            l.t(" fcmToken=%s" % (b64(24).replace("+", "-").replace("/", "_").rstrip("=") + ":APA91b" + hexs(10)))
        return l
    k = R.randint(0, 4)
    msgs = ["I RenalConnect: sync completed %d items in %dms" % (R.randint(0, 20), R.randint(100, 2000)),
            "D OkHttp  : --> GET https://api.riverbendkidney.com/v2/me/schedule?week=2024-W10",
            "D OkHttp  : <-- 200 https://api.riverbendkidney.com/v2/me/schedule?week=2024-W10 (%dms, %d-byte body)" % (R.randint(60, 900), R.randint(300, 4000)),
            "W BleScaleManager: scan timeout after 15000ms, retrying (attempt %d)" % R.randint(1, 3),
            "E WorkManager: Worker result FAILURE for Work [ id=%s, tags={ com.riverbend.sync.UploadWorker } ]" % guid()]
    return l.t(msgs[k])


# 17. check-in kiosk with face/fingerprint (C# Serilog text)
JPEG_HEAD = bytes.fromhex("FFD8FFE000104A46494600010101004800480000FFDB004300")
FMR_HEAD = b"FMR\x00 20\x00\x00\x00\x01\x2c\x00\x00\x01\x40\x01\xe0\x00\xc5\x00\xc5\x01\x00\x00\x00"


def f_kiosk(phi):
    d = tick()
    l = L("serilog-kiosk")
    l.t("%s.%s -08:00 " % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d)))
    kiosk = R.choice(["CLV-K1", "CLV-K2", "VIS-K1"])
    if phi:
        p = pick("hd")
        k = R.choice([0, 1, 2, 3, 3])
        if k == 0:
            l.t("[INF] Kiosk %s face match for " % kiosk).p(p["mrn"], "mrn").t(" score=%.2f threshold=0.82 liveness=pass" % R.uniform(0.83, 0.99))
        elif k == 1:
            l.t('[DBG] Enrollment payload {"PatientId":"').p(p["mrn"], "mrn").t('","Format":"ISO19794-2","Finger":"R_INDEX","Template":"')
            l.p(b64(R.randint(180, 330), FMR_HEAD), "biometric").t('","Quality":%d}' % R.randint(60, 98))
        elif k == 2:
            l.t('[DBG] Face enrollment {"PatientId":"').p(p["mrn"], "mrn").t('","Embedding":"')
            l.p(b64(512), "biometric").t('","Model":"arcface-r100-v2"}')
        else:
            l.t("[INF] Photo captured for chart ").p(p["mrn"], "mrn").t(": data:image/jpeg;base64,")
            l.p(base64.b64encode(JPEG_HEAD + bytes(R.getrandbits(8) for _ in range(R.randint(500, 900))) + b"\xff\xd9").decode(), "photo")
        return l
    k = R.randint(0, 3)
    if k == 0:
        l.t('[INF] Camera initialized 1920x1080 @30fps (device "Logitech BRIO" fw 2.0.7) on kiosk %s' % kiosk)
    elif k == 1:
        l.t("[WRN] Liveness check inconclusive for session %s, retrying (attempt %d/3)" % (guid(), R.randint(1, 2)))
    elif k == 2:
        l.t("[INF] Model arcface-r100-v2 loaded sha256=%s in %d ms" % (base64.b64encode(hashlib.sha256(hexs(8).encode()).digest()).decode(), R.randint(300, 2500)))
    else:
        l.t("[INF] Kiosk %s check-in queue: %d waiting, avg wait %.1f min, front desk ext 4410" % (kiosk, R.randint(0, 8), R.uniform(0.5, 9)))
    return l


# 18. gateway appliance syslog RFC 5424 -- never PHI
def f_syslog(phi):
    assert not phi
    tick()
    d = utc()
    l = L("syslog-rfc5424")
    host = R.choice(["dcg-clv-01", "dcg-clv-02", "dcg-vis-01", "ro-plc-gw"])
    ts = d.strftime("%Y-%m-%dT%H:%M:%S.") + ms(d) + "Z"
    k = R.randint(0, 4)
    if k == 0:
        l.t("<134>1 %s %s dcg-agent %d HB - queue_depth=%d machines_online=%d/18 uptime=%dd%02dh" % (ts, host, R.randint(1000, 4000), R.randint(0, 9), R.randint(14, 18), R.randint(1, 60), R.randint(0, 23)))
    elif k == 1:
        l.t("<38>1 %s %s sshd %d - - Accepted publickey for biomed from 10.40.1.%d port %d ssh2: ED25519 SHA256:%s" % (ts, host, R.randint(1000, 30000), R.randint(2, 60), R.randint(40000, 65000), base64.b64encode(hashlib.sha256(hexs(6).encode()).digest()).decode().rstrip("=")))
    elif k == 2:
        l.t("<30>1 %s %s chronyd %d - - Selected source 10.40.0.1 (ntp.riverbend.local), offset %+.6f s" % (ts, host, R.randint(400, 900), R.uniform(-0.01, 0.01)))
    elif k == 3:
        l.t("<29>1 %s %s openvpn %d - - client/10.8.0.%d peer-id=%d Data Channel: cipher 'AES-256-GCM'" % (ts, host, R.randint(700, 1200), R.randint(2, 50), R.randint(0, 9)))
    else:
        l.t("<134>1 %s %s kernel - - - eth1: link up 1000Mbps full duplex, mac 00:50:56:%02x:%02x:%02x" % (ts, host, R.randint(0, 255), R.randint(0, 255), R.randint(0, 255)))
    return l


# 19. patient app support / ID verification (Java JSON via Jackson / Logstash encoder)
def f_support(phi):
    tick()
    l = L("logstash-json-support")
    ts = (now()).strftime("%Y-%m-%dT%H:%M:%S.") + ms(now()) + "-08:00"
    if phi:
        p = pick()
        k = R.choice([0, 1, 1, 2, 3])
        if k == 0:
            o = O([("@timestamp", ts), ("@version", "1"), ("message", "Ticket created"), ("logger_name", "com.riverbend.support.TicketService"),
                   ("thread_name", "http-nio-8080-exec-%d" % R.randint(1, 9)), ("level", "INFO"), ("level_value", 20000),
                   ("ticketId", "SUP-%d" % R.randint(40000, 49999)), ("caseNumber", "GRV-2024-%05d" % R.randint(100, 999), "other_id"),
                   ("patientName", p["first"] + " " + p["last"], "name"), ("contactPhone", fmt_phone(p["phone2"] or p["phone"], 1), "phone"),
                   ("agent", R.choice(["kpatel", "mbrennan", "ytakahashi"]))])
        elif k == 1:
            o = O([("@timestamp", ts), ("@version", "1"), ("message", "ID document verified"), ("logger_name", "com.riverbend.support.IdVerification"),
                   ("thread_name", "verify-worker-%d" % R.randint(1, 4)), ("level", "INFO"), ("level_value", 20000),
                   ("patientId", p["mrn"], "mrn"), ("docType", "DRIVER_LICENSE"), ("docNumber", p["dl"], "license"), ("docState", "CA"),
                   ("dob", d_iso(p["dob"]), "date"), ("vendorRef", "idv_" + hexs(20))])
        elif k == 2 and "curp" in p:
            o = O([("@timestamp", ts), ("@version", "1"), ("message", "Transient patient registered"), ("logger_name", "com.riverbend.intake.TransientIntake"),
                   ("thread_name", "http-nio-8080-exec-%d" % R.randint(1, 9)), ("level", "INFO"), ("level_value", 20000),
                   ("patientId", p["mrn"], "mrn"), ("nationalId", p["curp"], "other_id"), ("nationalIdType", "CURP"),
                   ("homeUnit", "Unidad de Hemodiálisis Guadalajara"), ("visitStart", d_iso(TODAY + dt.timedelta(days=3)), "date")])
        else:
            o = O([("@timestamp", ts), ("@version", "1"), ("message", "Address change requested"), ("logger_name", "com.riverbend.support.ProfileService"),
                   ("thread_name", "http-nio-8080-exec-%d" % R.randint(1, 9)), ("level", "INFO"), ("level_value", 20000),
                   ("patientId", p["mrn"], "mrn"), ("newAddress", O([("line1", p["street"], "address"), ("line2", p["apt"], "address" if p["apt"] else None),
                                                                     ("city", p["city"], "address"), ("state", "CA"), ("postalCode", p["zip"], "zip")])),
                   ("source", "patient_app")])
        return jw(l, o)
    k = R.randint(0, 2)
    if k == 0:
        o = O([("@timestamp", ts), ("@version", "1"), ("message", "SLA breach warning: %d tickets older than 48h" % R.randint(0, 12)),
               ("logger_name", "com.riverbend.support.SlaMonitor"), ("thread_name", "scheduling-1"), ("level", "WARN"), ("level_value", 30000)])
    elif k == 1:
        o = O([("@timestamp", ts), ("@version", "1"), ("message", "Outbound email relay ok"), ("logger_name", "com.riverbend.support.MailHealth"),
               ("thread_name", "scheduling-1"), ("level", "INFO"), ("level_value", 20000), ("from", "support@riverbendkidney.com"),
               ("relay", "smtp.riverbend.local:587"), ("latencyMs", R.randint(20, 400))])
    else:
        o = O([("@timestamp", ts), ("@version", "1"), ("message", "Ticket SUP-%d assigned to agent %s" % (R.randint(40000, 49999), R.choice(["kpatel", "mbrennan", "ytakahashi"]))),
               ("logger_name", "com.riverbend.support.TicketService"), ("thread_name", "http-nio-8080-exec-%d" % R.randint(1, 9)), ("level", "INFO"), ("level_value", 20000),
               ("queue", "billing-questions"), ("priority", "P3")])
    return jw(l, o)


# 20. patient payments portal, ASP.NET Core JsonConsoleFormatter (System.Text.Json default escaping)
def msjson(l, d, event_id, level, category, segs, props, fmt):
    """segs: rendered message pieces [(text, cat)], props: [(key, value, cat)]"""
    l.t('{"Timestamp":"%s.%sZ","EventId":%d,"LogLevel":"%s","Category":"%s","Message":"' % (
        d.strftime("%Y-%m-%dT%H:%M:%S"), ms(d), event_id, level, category))
    for txt, c in segs:
        l.p(esc_net(txt), c)
    l.t('","State":{"Message":"')
    for txt, c in segs:
        l.p(esc_net(txt), c)
    l.t('"')
    for item in props:
        l.t(',"%s":' % item[0])
        jw(l, item[1], item[2] if len(item) > 2 else None, esc_net)
    l.t(',"{OriginalFormat}":"' + esc_net(fmt) + '"}}')
    return l


def f_payjson(phi):
    tick()
    d = utc()
    l = L("aspnet-json-console")
    if phi:
        p = pick("us")
        k = R.randint(0, 3)
        if k == 0:
            pid = "pay_" + hexs(12)
            nm = p["first"] + " " + p["last"]
            return msjson(l, d, 1201, "Information", "Riverbend.PatientPortal.Payments.PaymentService",
                          [("Payment %s posted for guarantor " % pid, None), (nm, "name"), (" account ", None), (p["acct"], "account")],
                          [("PaymentId", pid), ("Guarantor", nm, "name"), ("AccountNumber", p["acct"], "account")],
                          "Payment {PaymentId} posted for guarantor {Guarantor} account {AccountNumber}")
        if k == 1:
            nm = p["last"] + ", " + p["first"]
            city = p["city"]
            return msjson(l, d, 0, "Warning", "Riverbend.PatientPortal.Statements.AddressVerifier",
                          [("USPS verification failed for ", None), (nm, "name"), (": ", None), (p["street"], "address"), (", ", None),
                           (city, "address"), (" ", None), (p["zip"], "zip"), (" (DPV N1)", None)],
                          [("PatientName", nm, "name"), ("Street", p["street"], "address"), ("City", city, "address"), ("Zip", p["zip"], "zip"), ("Dpv", "N1")],
                          "USPS verification failed for {PatientName}: {Street}, {City} {Zip} ({Dpv})")
        if k == 2:
            return msjson(l, d, 0, "Information", "Riverbend.PatientPortal.Accounts.LinkService",
                          [("Patient ", None), (p["mrn"], "mrn"), (" linked to portal user ", None), (p["user"], "other_id"), (" <", None), (p["email"], "email"), (">", None)],
                          [("Mrn", p["mrn"], "mrn"), ("UserName", p["user"], "other_id"), ("Email", p["email"], "email")],
                          "Patient {Mrn} linked to portal user {UserName} <{Email}>")
        last4 = p["card"][-4:]
        return msjson(l, d, 1310, "Information", "Riverbend.PatientPortal.Payments.CardVault",
                      [("Card ending ", None), (last4, None), (" tokenized for ", None), (p["first"] + " " + p["last"], "name"), (" (billing ZIP ", None), (p["zip"], "zip"), (")", None)],
                      [("Last4", last4), ("CardHolder", p["first"] + " " + p["last"], "name"), ("BillingZip", p["zip"], "zip"), ("Processor", "chase-paymentech")],
                      "Card ending {Last4} tokenized for {CardHolder} (billing ZIP {BillingZip})")
    k = R.randint(0, 3)
    if k == 0:
        path = R.choice(["/health", "/api/v1/statements", "/api/v1/payments/intent"])
        m = "Request starting HTTP/1.1 GET http://payments-api:8080%s - - -" % path
        return msjson(l, d, 1, "Information", "Microsoft.AspNetCore.Hosting.Diagnostics", [(m, None)],
                      [("Protocol", "HTTP/1.1"), ("Method", "GET"), ("ContentType", None), ("ContentLength", None), ("Scheme", "http"),
                       ("Host", "payments-api:8080"), ("PathBase", ""), ("Path", path), ("QueryString", "")],
                      "Request starting {Protocol} {Method} {Scheme}://{Host}{PathBase}{Path}{QueryString} - {ContentType} {ContentLength}")
    if k == 1:
        bid = "STL-%s-%02d" % (d_hl7(TODAY), R.randint(1, 6))
        n, tot = R.randint(20, 140), "$%s" % "{:,.2f}".format(R.uniform(1000, 30000))
        return msjson(l, d, 1400, "Information", "Riverbend.PatientPortal.Payments.Settlement",
                      [("Settlement batch %s closed: %d payments, %s" % (bid, n, tot), None)],
                      [("BatchId", bid), ("Count", n), ("Total", tot)], "Settlement batch {BatchId} closed: {Count} payments, {Total}")
    if k == 2:
        ev = "evt_" + hexs(24)
        return msjson(l, d, 0, "Warning", "Riverbend.PatientPortal.Payments.WebhookController",
                      [("Duplicate webhook %s ignored (type 'charge.succeeded')" % ev, None)],
                      [("EventId", ev), ("Type", "charge.succeeded")], "Duplicate webhook {EventId} ignored (type '{Type}')")
    ms_ = round(R.uniform(1, 400), 4)
    return msjson(l, d, 2, "Information", "Microsoft.AspNetCore.Hosting.Diagnostics",
                  [("Request finished HTTP/1.1 GET http://payments-api:8080/health - 200 - text/plain - %sms" % ms_, None)],
                  [("ElapsedMilliseconds", ms_), ("StatusCode", 200), ("ContentType", "text/plain"), ("ContentLength", None), ("Protocol", "HTTP/1.1"),
                   ("Method", "GET"), ("Scheme", "http"), ("Host", "payments-api:8080"), ("PathBase", ""), ("Path", "/health"), ("QueryString", "")],
                  "Request finished {Protocol} {Method} {Scheme}://{Host}{PathBase}{Path}{QueryString} - {StatusCode} {ContentLength} {ContentType} {ElapsedMilliseconds}ms")


# --------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------
# name: (func, weight, can_phi, can_clean, clean_bias)
FAMS = {
    "hd": (f_hd, 9, True, True, 1.4), "dcg": (f_dcg, 8, True, True, 1.3), "aspnet": (f_aspnet, 6, True, True, 1.0),
    "pdmon": (f_pdmon, 6, True, True, 1.0), "cycler": (f_cycler, 5, True, True, 1.1), "water": (f_water, 4, False, True, 1),
    "chairpy": (f_chairpy, 6, True, True, 1.0), "hl7": (f_hl7, 5, True, True, 0.8), "labcsv": (f_labcsv, 5, True, True, 0.5),
    "cms": (f_cms2728, 4, True, True, 0.7), "eqrs": (f_eqrs, 4, True, True, 1.0), "msp": (f_msp, 6, True, True, 0.9),
    "transport": (f_transport, 5, True, True, 0.7), "nginx": (f_nginx, 5, True, True, 1.0), "applog": (f_applog, 5, True, True, 0.9),
    "logcat": (f_logcat, 4, True, True, 1.0), "kiosk": (f_kiosk, 4, True, True, 1.0), "syslog": (f_syslog, 3, False, True, 1),
    "support": (f_support, 3, True, True, 0.8), "payjson": (f_payjson, 4, True, True, 0.9),
}
QUOTA = {"hd": 36, "dcg": 32, "aspnet": 26, "pdmon": 30, "cycler": 20, "water": 22, "chairpy": 30, "hl7": 20,
         "labcsv": 20, "cms": 18, "eqrs": 20, "msp": 30, "transport": 28, "nginx": 26, "applog": 30, "logcat": 22,
         "kiosk": 22, "syslog": 16, "support": 22, "payjson": 30}
assert sum(QUOTA.values()) == N_LINES


def main():
    chunks = []
    for f, q in QUOTA.items():
        while q > 0:
            n = min(q, R.randint(3, 8))
            if 0 < q - n < 3:
                n = q
            chunks.append((f, n))
            q -= n
    R.shuffle(chunks)
    seq, blocks = [], []
    for bid, (f, n) in enumerate(chunks):
        seq += [f] * n
        blocks += [bid] * n
    forced = [i for i, f in enumerate(seq) if not FAMS[f][2]]
    flex = [i for i, f in enumerate(seq) if FAMS[f][2]]
    need = N_CLEAN - len(forced)
    assert 0 <= need <= len(flex)
    keyed = sorted(flex, key=lambda i: -(R.random() ** (1.0 / FAMS[seq[i]][4])))
    clean = set(forced) | set(keyed[:need])

    out_lines, labels = [], []
    last_block = -1
    for i, f in enumerate(seq):
        if blocks[i] != last_block:
            CUR[0] = R.choice(PEOPLE)
            last_block = blocks[i]
        phi = i not in clean
        lo = FAMS[f][0](phi)
        line, spans = lo.done()
        assert bool(spans) == phi, (f, phi, line)
        out_lines.append(line)
        labels.append({"line": i + 1, "family": lo.fam, "spans": spans})

    with open(os.path.join(HERE, ID + ".log"), "wb") as fh:
        fh.write(b"\n".join(out_lines) + b"\n")
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
