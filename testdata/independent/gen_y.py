#!/usr/bin/env python3
"""Held-out PHI test corpus "y".

Theme: AI, NLP and document pipelines in healthcare (LLM request/response dumps,
LangChain/LlamaIndex traces, ambient scribe transcripts, OCR/IDP output, clinical
NLP entity dumps, vector store upserts, chatbots, guardrails, eval harnesses,
model-serving access logs).

Standard library only, fixed seed, byte-for-byte reproducible.
Writes y.log (500 lines) and y.labels.jsonl next to this file.
All people are synthetic (random combinations of common names).
"""
import base64
import collections
import datetime as dt
import hashlib
import json
import os
import random
import sys
import unicodedata
import uuid

SEED = 72_2024_1118
N_LINES = 500
N_CLEAN = 225          # 45% of lines carry no PHI
OUT_DIR = os.path.dirname(os.path.abspath(__file__))
LOG_PATH = os.path.join(OUT_DIR, "y.log")
LAB_PATH = os.path.join(OUT_DIR, "y.labels.jsonl")

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"]

R = random.Random(SEED)


# --------------------------------------------------------------------------
# line builder: parts are plain str (not PHI) or (cat, value) tuples (PHI)
# --------------------------------------------------------------------------
def P(cat, val):
    assert cat in CATS, cat
    val = str(val)
    return (cat, val)


def flatten(x, out=None):
    if out is None:
        out = []
    if isinstance(x, list):
        for y in x:
            flatten(y, out)
    else:
        out.append(x)
    return out


def plain(parts):
    return "".join(x[1] if isinstance(x, tuple) else x for x in flatten(parts))


def mk(family, *parts):
    buf = bytearray()
    spans = []
    for x in flatten(list(parts)):
        if isinstance(x, tuple):
            cat, val = x
            b = val.encode("utf-8")
            s = len(buf)
            buf += b
            spans.append({"s": s, "e": len(buf), "cat": cat, "_v": val})
        else:
            assert isinstance(x, str), repr(x)
            buf += x.encode("utf-8")
    return family, bytes(buf), spans


def pyq(parts):
    """Quote a (possibly PHI-bearing) string the way Python repr() would."""
    txt = plain(parts)
    q = '"' if "'" in txt else "'"
    assert not (q == '"' and '"' in txt), txt
    return [q, parts, q]


# --------------------------------------------------------------------------
# small random helpers
# --------------------------------------------------------------------------
DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOW = "abcdefghijklmnopqrstuvwxyz"
HEX = "0123456789abcdef"


def ch(seq):
    return seq[R.randrange(len(seq))]


def digits(n):
    return "".join(ch(DIG) for _ in range(n))


def hexs(n):
    return "".join(ch(HEX) for _ in range(n))


def rstr(n, alphabet=UP + DIG):
    return "".join(ch(alphabet) for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def chance(p):
    return R.random() < p


def b64(nbytes, header=b""):
    raw = header + bytes(R.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(raw).decode("ascii")


def fold(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return s.replace("'", "").replace(" ", "")


# clock for log timestamps (never PHI)
CLOCK = [dt.datetime(2024, 11, 18, 5, 58, 11, 120000)]
TODAY = dt.date(2024, 11, 18)


def tick():
    CLOCK[0] += dt.timedelta(seconds=R.randint(1, 95), microseconds=R.randint(0, 999999))
    return CLOCK[0]


def ts_iso(t=None):
    t = t or tick()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def ts_py(t=None):
    t = t or tick()
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def ts_clf(t=None):
    t = t or tick()
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def ts_epoch_ms(t=None):
    t = t or tick()
    return str(int((t - dt.datetime(1970, 1, 1)).total_seconds() * 1000))


def ts_any():
    return ch([ts_iso, ts_iso, ts_py])()


# --------------------------------------------------------------------------
# people and identifiers
# --------------------------------------------------------------------------
F_FIRST = ["Maria", "Aisha", "Priya", "Olga", "Fatima", "Emma", "Olivia", "Mei", "Sofia", "Anastasia", "Amara",
           "Ngozi", "Yuki", "Ananya", "Lucía", "Francesca", "Siobhan", "Ingrid", "Valentina", "Leila", "Thu",
           "Seo-yeon", "Zainab", "Ana", "Keisha", "Katarzyna", "Zoë", "Dolores", "Gertrude", "Mildred", "Esperanza",
           "Rosa", "Guadalupe", "Deepika", "Elif", "Chloé", "Renée", "Bernadette", "Florence", "Ruth", "Tamika",
           "Svetlana", "Imani", "Xiaoling", "Ayodele"]
M_FIRST = ["José", "Wei", "Mohammed", "Kenji", "Liam", "Noah", "Ahmed", "Carlos", "Dmitri", "Kwame", "Chidi",
           "Hiroshi", "Raj", "Tomás", "Giovanni", "Sean", "Lars", "Mateo", "Hassan", "Minh", "Jae-won", "Omar",
           "Pedro", "Jamal", "Andrzej", "Björn", "Earl", "Harold", "Walter", "Thanh", "Arjun", "Yusuf", "Mehmet",
           "Sven", "Dariusz", "Eugene", "Darnell", "Nikolai"]
LAST = ["Lopez", "Nguyen", "Okafor", "Chen", "Patel", "Kowalski", "Müller", "Haddad",
        "García", "Hernández", "Kim", "Tanaka", "Sato", "Ivanova", "Petrov", "Mensah",
        "Adeyemi", "O'Brien", "Murphy", "Johansson", "Rossi", "Bianchi", "Singh", "Sharma",
        "Khan", "Rahman", "Alvarez", "Silva", "Santos", "Nowak", "Yilmaz", "Demir", "Cohen",
        "Levi", "Dubois", "Moreau", "Schmidt", "Fischer", "Jackson", "Washington",
        "Williams", "Nakamura", "Tran", "Pham", "Hussein", "Mwangi", "Otieno", "Boateng",
        "Castillo", "Romero", "Fitzgerald", "Lindqvist", "Novak", "Horvat", "Papadopoulos",
        "Georgiou", "Abubakar", "Bello", "Nguyễn", "D'Angelo", "Van der Berg", "Kaczmarek",
        "Yamamoto", "Oyelaran", "Begum", "Gutiérrez", "Thorsen", "McAllister", "Zhou"]

CLIN = [("Elena", "Vasquez", "MD"), ("Samuel", "Whitfield", "MD"), ("Anjali", "Mehta", "MD"),
        ("Kevin", "Brandt", "DO"), ("Rachel", "Liu", "NP"), ("Ibrahim", "Saleh", "MD"),
        ("Hannah", "Goldberg", "MD"), ("Marcus", "Reid", "PA-C"), ("Oluwaseun", "Adebayo", "MD"),
        ("Greta", "Halvorsen", "RN"), ("Tobias", "Lindgren", "MD"), ("Mariana", "Cruz", "NP")]

HOSP = "Lakeview Regional Medical Center"
HOSP_SHORT = "LRMC"
HOSP_ADDR = "2400 Lakeview Pkwy, Madison, WI 53792"
HOSP_PHONE = "(608) 262-4000"
HOSP_FAX = "(608) 262-4090"
HOSP_DOM = "lakeviewhealth.org"

VENDORS = [
    ("Nuance Communications, Inc.", "1 Wayside Road, Burlington, MA 01803", "(781) 565-5000"),
    ("Abridge AI, Inc.", "2 Allegheny Center, Pittsburgh, PA 15212", "(412) 208-1080"),
    ("Amazon Web Services, Inc.", "410 Terry Ave N, Seattle, WA 98109", "(206) 266-4064"),
    ("Microsoft Corporation", "One Microsoft Way, Redmond, WA 98052", "(425) 882-8080"),
    ("Hyland Software", "28105 Clemens Rd, Westlake, OH 44145", "(440) 788-5000"),
    ("Iron Mountain Health Information", "One Federal Street, Boston, MA 02110", "(800) 899-4766"),
    ("Pinecone Systems, Inc.", "548 Market St, San Francisco, CA 94104", "(415) 508-0917"),
]


class Pt:
    """A synthetic patient / relative."""

    def __init__(self, old=None, sex=None):
        self.sex = sex or ch("FM")
        self.f = ch(F_FIRST if self.sex == "F" else M_FIRST)
        self.l = ch(LAST)
        if old is None:
            old = chance(0.28)
        y = R.randint(1919, 1933) if old else R.randint(1937, 2005)
        self.dob = rand_date(y, y)
        self.age = TODAY.year - self.dob.year - ((TODAY.month, TODAY.day) < (self.dob.month, self.dob.day))

    def name(self, style=None):
        f, l = self.f, self.l
        style = style or ch(["fl", "fl", "fl", "fl", "lf", "LF", "FL", "fml"])
        if style == "fl":
            return f"{f} {l}"
        if style == "lf":
            return f"{l}, {f}"
        if style == "LF":
            return f"{l.upper()}, {f.upper()}"
        if style == "FL":
            return f"{f.upper()} {l.upper()}"
        if style == "fml":
            return f"{f} {ch(UP.replace('Q', '').replace('X', ''))}. {l}"
        if style == "hl7":
            return f"{l.upper()}^{f.upper()}"
        raise ValueError(style)

    def rel(self):
        """relationship word for this person as someone's relative"""
        return ch(["daughter", "niece", "granddaughter", "wife", "sister", "neighbor"] if self.sex == "F"
                  else ["son", "nephew", "grandson", "husband", "brother", "neighbor"])

    def she(self):
        return "she" if self.sex == "F" else "he"

    def her(self):
        return "Her" if self.sex == "F" else "His"

    def title(self):
        return {"F": ch(["Mrs.", "Ms.", "Ms"]), "M": ch(["Mr.", "Mr"])}[self.sex]

    def email(self):
        f, l = fold(self.f).lower(), fold(self.l).lower()
        user = ch([f"{f}.{l}{R.randint(1, 99)}", f"{f[0]}{l}{R.randint(10, 99)}", f"{f}{l}",
                   f"{l}.{f}", f"{f}_{l}{self.dob.year % 100:02d}", f"{f}{self.dob.year}"])
        return user + "@" + ch(["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com",
                               "aol.com", "comcast.net", "proton.me", "charter.net", "att.net"])

    def url(self, kind=None):
        f, l = fold(self.f).lower(), fold(self.l).lower()
        if kind == "fund":
            return ch([f"https://www.gofundme.com/f/help-{f}-{l}-{ch(['beat-cancer', 'with-medical-bills', 'recover', 'get-home'])}",
                       f"https://www.caringbridge.org/visit/{f}{l}", f"https://www.gofundme.com/f/{f}-{l}-recovery-fund"])
        return ch([f"https://www.facebook.com/{f}.{l}.{R.randint(10, 9999)}",
                   f"https://www.instagram.com/{f}_{l}{R.randint(1, 99)}/",
                   f"https://www.linkedin.com/in/{f}-{l}-{hexs(6)}",
                   f"https://www.gofundme.com/f/help-{f}-{l}-{ch(['beat-cancer', 'with-medical-bills', 'recover', 'get-home'])}",
                   f"https://www.caringbridge.org/visit/{f}{l}",
                   f"https://{f}{l}{R.randint(1, 99)}.blogspot.com/",
                   f"https://x.com/{f}{l}{R.randint(1, 99)}",
                   f"https://www.youtube.com/@{f}{l}"])


PRESCRIBERS = [c for c in CLIN if c[2] != "RN"]


def clin(style=None):
    style = style or ch(["dr", "drl", "fullc", "init", "upper"])
    f, l, c = ch([x for x in CLIN if x[2] in ("MD", "DO")] if style in ("dr", "drl") else CLIN)
    return {"dr": f"Dr. {f} {l}", "drl": f"Dr. {l}", "fullc": f"{f} {l}, {c}",
            "init": f"{f[0]}. {l} {c}", "upper": f"{l.upper()}, {f.upper()} {c}",
            "full": f"{f} {l}, {c}"}[style]


def clin_user():
    f, l, c = ch(CLIN)
    return ch([f"{f[0].lower()}{l.lower()}", f"dr.{l.lower()}", f"{f.lower()}.{l.lower()}",
               f"{f[0].lower()}{l.lower()}{R.randint(1, 9)}"])


def staff_email():
    return clin_user() + "@" + HOSP_DOM


SVC_ACCTS = ["svc-idp-prod", "svc_scribe_batch", "svc-rag-indexer", "svc-llm-gateway", "sa-ocr-worker",
             "svc-eval-runner", "svc-faxgw", "svc-voiceauth", "airflow", "svc-deid-pipeline"]


def rand_date(y0, y1):
    a = dt.date(y0, 1, 1)
    b = dt.date(y1, 12, 31)
    return a + dt.timedelta(days=R.randrange((b - a).days + 1))


def svc_date():
    return TODAY - dt.timedelta(days=R.randint(0, 420))


def future_date():
    return TODAY + dt.timedelta(days=R.randint(1, 120))


MON = ["January", "February", "March", "April", "May", "June", "July", "August",
       "September", "October", "November", "December"]


def ordinal(n):
    return str(n) + ("th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fd(d, style=None):
    style = style or ch(["us", "us", "iso", "iso", "us1", "long", "dmy", "short", "eu", "ord", "compact"])
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us1":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return f"{MON[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy":
        return d.strftime("%d-%b-%Y")
    if style == "short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    if style == "ord":
        return f"{MON[d.month - 1]} {ordinal(d.day)}, {d.year}"
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "abbr":
        return d.strftime("%b %d, %Y")
    raise ValueError(style)


def AGE(a, suffix=""):
    """Ages over 89 are PHI (number only); 89 and under are not."""
    return [P("age", str(a)) if a > 89 else str(a), suffix]


AREAS = ["608", "414", "262", "920", "715", "312", "773", "612", "651", "218", "313",
         "616", "319", "515", "402", "630", "847", "563", "507", "952"]


def phone(style=None):
    a = ch(AREAS)
    x = str(R.randint(201, 989))
    if x == "555":
        x = "556"
    n = digits(4)
    style = style or ch(["paren", "dash", "dash", "dot", "intl", "e164", "raw", "one"])
    return {"paren": f"({a}) {x}-{n}", "dash": f"{a}-{x}-{n}", "dot": f"{a}.{x}.{n}",
            "intl": f"+1 {a} {x} {n}", "e164": f"+1{a}{x}{n}", "raw": f"{a}{x}{n}",
            "one": f"1-{a}-{x}-{n}", "space": f"{a} {x} {n}"}[style]


def ssn(style=None):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g = R.randint(1, 99)
    s = R.randint(1, 9999)
    style = style or ch(["dash", "dash", "dash", "space", "raw"])
    return {"dash": f"{a:03d}-{g:02d}-{s:04d}", "space": f"{a:03d} {g:02d} {s:04d}",
            "raw": f"{a:03d}{g:02d}{s:04d}"}[style]


def mrn():
    return ch([lambda: "00" + digits(6), lambda: "E" + digits(7), lambda: "LR" + digits(7),
               lambda: str(R.randint(1, 9)) + digits(9), lambda: digits(8),
               lambda: "M" + digits(3) + "-" + digits(4)])()


def luhn_digit(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def npi():
    base = "1" + digits(8)
    return base + luhn_digit("80840" + base)


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dashes=None):
    an = MBI_L + DIG
    s = (ch("123456789") + ch(MBI_L) + ch(an) + ch(DIG) + ch(MBI_L) + ch(an) + ch(DIG)
         + ch(MBI_L) + ch(MBI_L) + ch(DIG) + ch(DIG))
    if dashes is None:
        dashes = chance(0.5)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashes else s


def member_id():
    return ch([lambda: rstr(3, UP) + digits(9), lambda: "W" + digits(9), lambda: digits(9) + "01",
               lambda: "ZGP" + digits(8), lambda: mbi(), lambda: digits(10),
               lambda: "U" + digits(8) + "-0" + ch("123"), lambda: "H" + digits(8)])()


def card():
    kind = ch(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        b = "4" + digits(14)
    elif kind == "mc":
        b = "5" + ch("12345") + digits(13)
    elif kind == "amex":
        b = "3" + ch("47") + digits(12)
    else:
        b = "6011" + digits(11)
    n = b + luhn_digit(b)
    sep = ch([" ", "-", "", ""])
    if kind == "amex":
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join([n[i:i + 4] for i in range(0, 16, 4)])


def aba():
    while True:
        d = [int(c) for c in ch(["07", "06", "04", "09", "12", "02"]) + digits(6)]
        for last in range(10):
            t = d + [last]
            if (3 * (t[0] + t[3] + t[6]) + 7 * (t[1] + t[4] + t[7]) + (t[2] + t[5] + t[8])) % 10 == 0:
                return "".join(map(str, t))


def bank_acct():
    return digits(R.randint(9, 12))


def pat_acct():
    return ch([lambda: "PA" + digits(8), lambda: "7" + digits(9), lambda: "GA-" + digits(7),
               lambda: "HAR" + digits(9), lambda: digits(11), lambda: "ACC" + digits(7) + "-" + digits(2)])()


def dl():
    st = ch(["WI", "WI", "IL", "MN", "CA", "NY", "TX", "IA"])
    if st == "WI":
        v = ch(UP) + digits(3) + "-" + digits(4) + "-" + digits(4) + "-" + digits(2)
    elif st == "IL":
        v = ch(UP) + digits(3) + "-" + digits(4) + "-" + digits(4)
    elif st == "MN":
        v = ch(UP) + digits(12)
    elif st == "CA":
        v = ch(UP) + digits(7)
    elif st == "NY":
        v = ch([digits(9), digits(3) + " " + digits(3) + " " + digits(3)])
    elif st == "TX":
        v = digits(8)
    else:
        v = digits(3) + rstr(2, UP) + digits(4)
    return st, v


def dea(last=None):
    first = ch("ABFGM")
    second = (last[0].upper() if last else ch(UP))
    d = [R.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + second + "".join(map(str, d)) + str(c)


def prof_license():
    return ch([lambda: digits(5) + "-20", lambda: "RN" + digits(6), lambda: "A" + digits(6),
               lambda: "MD." + digits(6), lambda: "PA-" + digits(4), lambda: "0" + digits(8),
               lambda: "LPN" + digits(5)])()


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    s = list(ch(["1HG", "1FT", "2T1", "3VW", "JTD", "5YJ", "1G1", "KMH", "WBA", "4T1", "1C4", "5NP"])
             + rstr(5, VIN_CH) + "0" + ch("EFGHJKLMNPR") + ch(UP.replace("I", "").replace("O", "").replace("Q", ""))
             + digits(6))
    tot = sum((int(c) if c.isdigit() else VIN_TR[c]) * w for c, w in zip(s, VIN_W))
    r = tot % 11
    s[8] = "X" if r == 10 else str(r)
    return "".join(s)


def plate():
    return ch([lambda: str(R.randint(1, 9)) + rstr(3, UP) + digits(3), lambda: rstr(3, UP) + "-" + digits(4),
               lambda: rstr(3, UP) + " " + digits(4), lambda: digits(3) + "-" + rstr(3, UP),
               lambda: rstr(2, UP) + digits(5)])()


def imei():
    b = ch(["35", "86", "01", "35"]) + digits(12)
    return b + luhn_digit(b)


def mac(sep=None):
    octs = [R.randint(0, 255) for _ in range(6)]
    octs[0] &= 0xFE
    style = sep or ch([":", ":", "-", "."])
    up = chance(0.4)
    if style == ".":
        h = "".join("%02x" % o for o in octs)
        s = f"{h[0:4]}.{h[4:8]}.{h[8:12]}"
    else:
        s = style.join("%02x" % o for o in octs)
    return s.upper() if up else s


def udi():
    return f"(01){digits(14)}(17){R.randint(25, 29)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}(10){rstr(6)}(21){rstr(8)}"


DEVICES = [
    ("Medtronic Azure XT DR MRI pacemaker", lambda: rstr(3, UP) + digits(6) + ch("SH")),
    ("Boston Scientific Accolade pacemaker", lambda: digits(6)),
    ("Abbott Gallant ICD", lambda: digits(7)),
    ("Tandem t:slim X2 insulin pump", lambda: digits(8)),
    ("Medtronic MiniMed 780G pump", lambda: "NG" + digits(7) + "H"),
    ("Dexcom G7 sensor", lambda: digits(12)),
    ("ResMed AirSense 11 CPAP", lambda: "23" + digits(9)),
    ("Phonak Audeo hearing aid", lambda: digits(4) + ch(UP) + digits(5)),
    ("Omron BP7450 cuff", lambda: digits(8) + "LF"),
    ("Cochlear Nucleus 8 processor", lambda: "S" + digits(9)),
]

PUB_FIRST = [24, 47, 67, 68, 69, 70, 71, 73, 74, 75, 76, 96, 97, 98, 99, 104, 107, 108, 162, 166,
             173, 174, 184, 207, 208, 65, 50]


def public_ip(v6=None):
    if v6 is None:
        v6 = chance(0.15)
    if v6:
        pre = ch(["2600:1700", "2601:244", "2603:6080", "2607:fb90", "2605:a601"])
        return pre + ":" + ":".join("%x" % R.randint(1, 0xffff) for _ in range(R.randint(2, 4))) + "::" + "%x" % R.randint(1, 0xfff)
    a = ch(PUB_FIRST + [172])
    b = 58 if a == 172 else R.randint(1, 254)
    return f"{a}.{b}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def private_ip():
    return ch([lambda: f"10.{R.randint(0, 60)}.{R.randint(0, 255)}.{R.randint(2, 254)}",
               lambda: f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(2, 254)}",
               lambda: f"192.168.{R.randint(0, 20)}.{R.randint(2, 254)}",
               lambda: "127.0.0.1"])()


JPEG_HDR = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
PNG_HDR = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x00\x00\x00\x02\x00\x08\x02"
FMR_HDR = b"FMR\x00 20\x00\x00\x00\x01\x8a\x00\x00"


def photo_b64(kind=None):
    kind = kind or ch(["jpg", "jpg", "png"])
    return b64(R.randint(60, 150), JPEG_HDR if kind == "jpg" else PNG_HDR)


def photo_path(ref):
    return ch([f"s3://lrmc-idp-intake/patient-photos/2024/{R.randint(1, 11):02d}/{ref}_face.jpg",
               f"/mnt/epic-media/photos/PT_{ref}.png",
               f"gs://lrmc-kiosk-captures/checkin/{ref}/portrait_{R.randint(1, 4)}.jpeg",
               f"https://media.{HOSP_DOM}/patient-photo/{uid()}.jpg",
               f"/data/idp/portraits/{ref}-front.jpg"])


def voiceprint():
    return b64(R.randint(90, 160), b"VPRT\x02\x00")


def fp_template():
    return b64(R.randint(70, 140), FMR_HDR)


def other_id():
    kind = ch(["passport", "passport", "curp", "aadhaar", "nhs", "sin", "dni", "anum", "mx_ine"])
    if kind == "passport":
        return kind, ch([digits(9), ch(UP) + digits(8), rstr(2, UP) + digits(7)])
    if kind == "curp":
        return kind, rstr(4, UP) + "%02d%02d%02d" % (R.randint(20, 99), R.randint(1, 12), R.randint(1, 28)) + ch("HM") + ch(["DF", "JC", "NL", "MC", "GT", "PL"]) + rstr(3, "BCDFGHJKLMNPRSTVXZ") + ch(DIG) + ch(DIG)
    if kind == "aadhaar":
        return kind, f"{R.randint(2, 9)}{digits(3)} {digits(4)} {digits(4)}"
    if kind == "nhs":
        while True:
            d = [R.randint(0, 9) for _ in range(9)]
            c = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11
            c = 0 if c == 11 else c
            if c != 10:
                s = "".join(map(str, d)) + str(c)
                return kind, f"{s[:3]} {s[3:6]} {s[6:]}"
    if kind == "sin":
        b = ch("1234567") + digits(7)
        s = b + luhn_digit(b)
        return kind, f"{s[:3]} {s[3:6]} {s[6:]}"
    if kind == "dni":
        n = R.randint(10000000, 99999999)
        return kind, f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    if kind == "anum":
        return kind, ch([f"A{digits(9)}", f"A-{digits(3)}-{digits(3)}-{digits(3)}"])
    return kind, digits(13)


OTHER_ID_LABEL = {"passport": "Passport No.", "curp": "CURP", "aadhaar": "Aadhaar", "nhs": "NHS number",
                  "sin": "SIN", "dni": "DNI", "anum": "A-Number", "mx_ine": "INE clave"}

STREETS = ["Oak", "Maple", "Birchwood", "Cedar", "Elm", "Willow", "Lakeshore", "Prairie", "Main",
           "Washington", "Johnson", "Monroe", "Sunset", "Highland", "Riverside", "Pine", "Hillcrest",
           "Meadow", "Fox Run", "Orchard", "Spring", "Jefferson", "Lincoln", "Glenwood", "Sheboygan",
           "Mineral Point", "Atwood", "Regent", "Cottage Grove", "Whitney", "Badger", "Sherman"]
SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Ln", "Lane", "Dr", "Drive", "Ct", "Blvd",
          "Way", "Pl", "Cir", "Trl"]
UNIT = ["Apt 4", "Apt. 210", "Unit 12B", "#3", "Apt 2C", "Lot 17", "Apt 1106", "Unit 5"]

CITIES = [("Fitchburg", "WI", "53711", "Dane County"), ("Middleton", "WI", "53562", "Dane County"),
          ("Sun Prairie", "WI", "53590", "Dane County"), ("Waukesha", "WI", "53186", "Waukesha County"),
          ("Oshkosh", "WI", "54901", "Winnebago County"), ("Eau Claire", "WI", "54701", "Eau Claire County"),
          ("Janesville", "WI", "53545", "Rock County"), ("Kenosha", "WI", "53140", "Kenosha County"),
          ("Green Bay", "WI", "54301", "Brown County"), ("Stoughton", "WI", "53589", "Dane County"),
          ("Verona", "WI", "53593", "Dane County"), ("Beloit", "WI", "53511", "Rock County"),
          ("La Crosse", "WI", "54601", "La Crosse County"), ("Baraboo", "WI", "53913", "Sauk County"),
          ("Portage", "WI", "53901", "Columbia County"), ("Rockford", "IL", "61101", "Winnebago County"),
          ("Evanston", "IL", "60201", "Cook County"), ("Dubuque", "IA", "52001", "Dubuque County"),
          ("Rochester", "MN", "55901", "Olmsted County"), ("Mount Horeb", "WI", "53572", "Dane County"),
          ("Wausau", "WI", "54401", "Marathon County"), ("Fond du Lac", "WI", "54935", "Fond du Lac County")]
STATE_NAME = {"WI": "Wisconsin", "IL": "Illinois", "IA": "Iowa", "MN": "Minnesota"}


def street():
    r = R.random()
    if r < 0.08:
        return f"W{R.randint(120, 399)}N{R.randint(1000, 9999)} {ch(STREETS)} {ch(SUFFIX)}"
    if r < 0.14:
        return f"N{R.randint(1000, 9999)} County Rd {ch('ABCDEFGHJKMPQ')}{ch(['', '', ch('ABCDEFGHJKMPQ')])}"
    if r < 0.18:
        return f"PO Box {R.randint(10, 9999)}"
    s = f"{R.randint(2, 9899)} {ch(['', '', '', 'N ', 'S ', 'E ', 'W '])}{ch(STREETS)} {ch(SUFFIX)}"
    if chance(0.35):
        s += ch([" ", ", "]) + ch(UNIT)
    return s


def city():
    c, st, z, county = ch(CITIES)
    z = z[:3] + "%02d" % min(99, int(z[3:]) + R.randint(0, 8))
    if chance(0.2):
        z += "-" + digits(4)
    return c, st, z, county


# --------------------------------------------------------------------------
# domain vocab
# --------------------------------------------------------------------------
OPENAI_MODELS = ["gpt-4o-2024-08-06", "gpt-4o-mini-2024-07-18", "gpt-4-turbo-2024-04-09", "o1-mini-2024-09-12",
                 "gpt-4o-2024-05-13"]
ANTH_MODELS = ["claude-3-5-sonnet-20241022", "claude-3-5-haiku-20241022", "claude-3-haiku-20240307",
               "claude-3-opus-20240229"]
BEDROCK_MODELS = ["anthropic.claude-3-5-sonnet-20240620-v1:0", "anthropic.claude-3-haiku-20240307-v1:0",
                  "meta.llama3-1-70b-instruct-v1:0", "mistral.mistral-large-2407-v1:0",
                  "amazon.titan-text-premier-v1:0"]
EMBED_MODELS = ["text-embedding-3-large", "text-embedding-3-small", "amazon.titan-embed-text-v2:0",
                "cohere.embed-english-v3", "BAAI/bge-large-en-v1.5", "pritamdeka/S-PubMedBert-MS-MARCO"]
AZ_DEPLOY = ["gpt4o-scribe-prod", "gpt4o-symptom-bot", "gpt-4o-mini-idp", "gpt35t-0125-coding"]
SYSPROMPTS = [
    "You are a clinical documentation assistant for Lakeview Regional Medical Center. Do not fabricate findings.",
    "You are a HIPAA-compliant assistant. Answer only from the provided context; say 'not documented' otherwise.",
    "You are a medical coding assistant. Output ICD-10-CM and CPT codes as JSON.",
    "You write patient-friendly summaries at a 6th-grade reading level.",
    "You extract structured fields from OCR text of faxed forms. Return strict JSON.",
]
PAYERS = ["Blue Cross Blue Shield of Wisconsin", "UnitedHealthcare", "Aetna", "Humana Gold Plus (HMO)",
          "Medicare Part B", "Wisconsin Medicaid (ForwardHealth)", "Quartz Health Solutions",
          "Dean Health Plan", "Cigna", "Anthem Blue Cross"]
DRUGS = ["semaglutide (Ozempic) 1 mg weekly", "apixaban 5 mg BID", "dupilumab 300 mg q2w", "adalimumab 40 mg q2w",
         "sacubitril/valsartan 49/51 mg BID", "empagliflozin 10 mg daily", "tirzepatide 5 mg weekly",
         "evolocumab 140 mg q2w"]
DRUG_SHORT = ["lisinopril", "metformin", "atorvastatin", "levothyroxine", "amlodipine", "sertraline",
              "gabapentin", "omeprazole", "furosemide", "tamsulosin"]
MEDS = ["metoprolol succinate 25 mg daily", "apixaban 5 mg BID", "furosemide 40 mg PO daily",
        "lisinopril 10 mg daily", "atorvastatin 40 mg qHS", "metformin 500 mg BID",
        "insulin glargine 18 units qHS", "levothyroxine 75 mcg daily", "tamsulosin 0.4 mg qHS",
        "donepezil 5 mg qHS"]
ICD = ["I50.23", "E11.65", "J44.1", "N39.0", "I48.91", "M17.11", "L20.9", "K50.90", "S72.001A", "I21.4"]
DX = ["CHF exacerbation", "NSTEMI", "community-acquired pneumonia", "COPD exacerbation", "UTI with sepsis",
      "right hip fracture s/p ORIF", "AFib with RVR", "DKA", "cellulitis of left leg", "acute kidney injury"]
CC = ["chest pain radiating to the left arm", "shortness of breath on exertion", "a fall at home with left hip pain",
      "worsening leg swelling", "a productive cough for 5 days", "dizziness when standing up",
      "new confusion per family", "burning with urination and fever", "palpitations since Tuesday"]
REL = ["daughter", "son", "niece", "grandson", "granddaughter", "wife", "husband", "sister", "brother", "neighbor"]


def temp():
    return ch(["0", "0.0", "0.1", "0.2", "0.3", "0.7"])


def tok():
    return str(R.randint(40, 6000))


def req_id():
    return ch(["req_" + hexs(32), uid(), "req_01" + rstr(24, UP + LOW + DIG)])


# ==========================================================================
# PHI-bearing templates
# ==========================================================================
def g_openai_request():
    p = Pt()
    sty = ch(["us", "iso", "long", "us1"])
    v = R.randrange(6)
    if v == 0:
        adm = svc_date()
        dis = adm + dt.timedelta(days=R.randint(1, 9))
        user = ["Summarize the discharge note below for the patient portal at a 6th-grade reading level.\\n\\nPatient: ",
                P("name", p.name()), " | DOB: ", P("date", fd(p.dob, sty)), " | MRN: ", P("mrn", mrn()),
                "\\nAdmitted ", P("date", fd(adm, sty)), ", discharged ", P("date", fd(dis, sty)), " for ", ch(DX),
                ". Attending: ", clin(), ".\\nDischarge meds: ", ch(MEDS), "; ", ch(MEDS), "."]
    elif v == 1:
        c = ch(PRESCRIBERS)
        user = ["Draft a prior authorization letter to ", ch(PAYERS), " for ", P("name", p.name("fl")),
                " (Member ID ", P("health_plan", member_id()), ", DOB ", P("date", fd(p.dob, sty)),
                ") requesting coverage of ", ch(DRUGS), ". Prescriber: Dr. ", c[0], " ", c[1], ", NPI ", npi(),
                ", DEA ", P("license", dea(c[1])), ". Dx ", ch(ICD), "."]
    elif v == 2:
        user = ["Draft a reply to this MyChart message. Sender: ", P("name", p.name("fl")), " <", P("email", p.email()),
                ">. Message: 'Hi, can you refill my ", ch(DRUG_SHORT), "? Also my new cell is ",
                P("phone", phone()), ". Thanks'"]
    elif v == 3:
        p = Pt(old=True)
        cg = Pt(old=False)
        user = ["Translate these discharge instructions into ", ch(["Spanish", "Vietnamese", "Somali", "Hmong", "Arabic", "Polish"]),
                " for ", P("name", p.name()), ", a ", AGE(p.age), "-year-old ", {"F": "woman", "M": "man"}[p.sex], ". Caregiver: ",
                cg.rel(), " ", P("name", cg.name("fl")), ", cell ", P("phone", phone()), ".\\n\\n1. Take ", ch(MEDS),
                ".\\n2. Weigh yourself daily; call ", HOSP_PHONE, " if up 3 lb in 2 days."]
    elif v == 4:
        c, st, z, _ = city()
        user = ["Extract JSON {name, dob, address, insurance_id} from this OCR text:\\n---\\nREFERRAL  Pt: ",
                P("name", p.name("LF")), "  DOB ", P("date", fd(p.dob, "us")), "\\nAddr: ", P("address", street()), ", ",
                P("address", c), ", ", st, " ", P("zip", z), "  Pt fax ", P("fax", phone("dash")), "\\nIns: ", ch(PAYERS), " ID ", P("health_plan", member_id()),
                "\\nReferring: ", clin("full"), " Fax ", HOSP_FAX, "\\n---"]
    else:
        user = ["Is this safe? ", P("name", p.name("fl")), " (", AGE(p.age), p.sex, ", MRN ", P("mrn", mrn()),
                ") takes ", ch(MEDS), " and was prescribed ", ch(DRUGS), " on ", P("date", fd(svc_date(), sty)),
                ". CrCl 38 mL/min, K 5.1."]
    return mk("openai_chat_request",
              '{"ts":"', ts_iso(), '","level":"DEBUG","logger":"openai._base_client","msg":"Request options",'
              '"options":{"method":"post","url":"/chat/completions","json_data":{"model":"', ch(OPENAI_MODELS),
              '","temperature":', temp(), ',"messages":[{"role":"system","content":"', ch(SYSPROMPTS),
              '"},{"role":"user","content":"', user, '"}]}},"x_request_id":"', req_id(), '","service":"',
              ch(["scribe-api", "portal-assist", "idp-extractor", "pa-letter-bot"]), '"}')


def g_openai_response():
    p = Pt()
    sty = ch(["long", "us", "abbr", "ord"])
    v = R.randrange(5)
    if v == 0:
        c = ch(CLIN)
        content = ["Dear ", p.title(), " ", P("name", p.l), ", thank you for visiting us on ", P("date", fd(svc_date(), sty)),
                   ". Your next appointment is ", P("date", fd(future_date(), sty)), " at ", ch(["9:30", "10:15", "1:40", "3:00"]),
                   " PM with Dr. ", c[1], " at ", HOSP_ADDR.split(",")[0], ". Call ", HOSP_PHONE, " with questions."]
    elif v == 1:
        p = Pt(old=True)
        c, st, z, _ = city()
        content = ["SUBJECTIVE: ", AGE(p.age), "-year-old ", {"F": "female", "M": "male"}[p.sex], " (", P("name", p.name()),
                   ") presents with ", ch(CC), ". Lives alone at ", P("address", street()), ", ", P("address", c),
                   ". OBJECTIVE: BP ", str(R.randint(110, 170)), "/", str(R.randint(60, 99)), ", HR ", str(R.randint(55, 110)),
                   ", SpO2 9", str(R.randint(0, 9)), "%. PLAN: ", ch(MEDS), "."]
    elif v == 2:
        ph = phone()
        content = ["{\\\"patient_name\\\":\\\"", P("name", p.name()), "\\\",\\\"dob\\\":\\\"", P("date", fd(p.dob, "iso")),
                   "\\\",\\\"phone\\\":\\\"", P("phone", ph), "\\\",\\\"ssn\\\":\\\"", P("ssn", ssn("dash")),
                   "\\\",\\\"confidence\\\":0.", digits(2), "}"]
    elif v == 3:
        content = ["Thank you for sharing your page ", P("url", p.url(ch(["fund", None]))), ". Our financial counselor will contact ",
                   P("name", p.name("fl")), " about the charity care application within 5 business days."]
    else:
        content = ["Hi ", P("name", p.f), ", your results from ", P("date", fd(svc_date(), sty)),
                   " are ready. We also updated your email to ", P("email", p.email()), " as requested. - ",
                   clin("fullc"), " team"]
    return mk("openai_chat_response",
              ts_iso(), " INFO  [", ch(["scribe-api", "portal-assist", "idp-extractor"]), "] openai.chat.completions id=chatcmpl-",
              rstr(29, UP + LOW + DIG), " model=", ch(OPENAI_MODELS), " system_fingerprint=fp_", hexs(10),
              " finish_reason=stop prompt_tokens=", tok(), " completion_tokens=", tok(), " latency_ms=",
              str(R.randint(300, 9000)), ' content="', content, '"')


def g_anthropic():
    p = Pt()
    sty = ch(["us", "long", "iso"])
    v = R.randrange(4)
    if v == 0:
        rel = Pt(old=False)
        content = ["Generate a SOAP note from this visit transcript.\\n\\n[Clinician] Good morning, ", p.title(), " ",
                   P("name", p.l), ". [Patient] Morning. My ", rel.rel(), " ", P("name", rel.name("fl")),
                   " drove me, ", rel.she(), " is at ", P("phone", phone()), " if you need her. [Clinician] Any falls since your last visit on ",
                   P("date", fd(svc_date(), sty)), "? [Patient] No, just the ", ch(["dizziness", "knee pain", "cough"]), "."]
    elif v == 1:
        p = Pt(old=chance(0.6))
        content = ["Assign ICD-10-CM codes. Note: ", AGE(p.age, "yo"), " ", p.sex, " ", P("name", p.name()), " MRN ",
                   P("mrn", mrn()), " seen ", P("date", fd(svc_date(), sty)), " for ", ch(DX), ". PMH HTN, HLD, CKD3a."]
    elif v == 2:
        d1 = svc_date()
        content = ["Compose a work excuse for ", P("name", p.name("fl")), " (", P("email", p.email()), "), absent from ",
                   P("date", fd(d1, sty)), " to ", P("date", fd(d1 + dt.timedelta(days=R.randint(2, 10)), sty)),
                   ". Signed ", clin("fullc"), "."]
    else:
        c, st, z, _ = city()
        content = ["Verify the address on file matches the insurance card. EHR: ", P("address", street()), ", ",
                   P("address", c), " ", st, " ", P("zip", z), ". Card subscriber: ", P("name", p.name("FL")),
                   ", ID ", P("health_plan", member_id()), "."]
    return mk("anthropic_messages",
              ts_py(), " DEBUG [anthropic._base_client] Request options: {'method': 'post', 'url': '/v1/messages', "
              "'timeout': 600, 'files': None, 'json_data': {'max_tokens': ", ch(["1024", "2048", "4096"]),
              ", 'messages': [{'role': 'user', 'content': ", pyq(content), "}], 'model': '", ch(ANTH_MODELS),
              "', 'system': '", ch(["Be concise.", "Use SOAP format.", "Return JSON only.", "Cite the transcript."]),
              "', 'temperature': ", temp(), "}}")


def g_anthropic_resp():
    p = Pt(old=chance(0.5))
    c, st, z, county = city()
    txt = ["ASSESSMENT/PLAN\\n", AGE(p.age), " y/o ", p.sex, " ", P("name", p.name()), ", DOB ", P("date", fd(p.dob)),
           ", with ", ch(DX), ". Discharge to home (", P("address", street()), ", ", P("address", c), ") with ",
           ch(["home health", "family support", "outpatient PT"]), ". Follow up ", P("date", fd(future_date(), "us")),
           " with ", clin("drl"), "."]
    return mk("anthropic_messages",
              ts_iso(), " INFO llm.anthropic response id=msg_01", rstr(22, UP + LOW + DIG), " model=", ch(ANTH_MODELS),
              " stop_reason=end_turn usage={input_tokens: ", tok(), ", output_tokens: ", tok(),
              ", cache_read_input_tokens: ", str(R.randint(0, 2048)), "} text=", pyq(txt))


def g_bedrock():
    p = Pt()
    s = ssn()
    dob = fd(p.dob, "us")
    acct = str(R.randint(10 ** 11, 10 ** 12 - 1))
    nm = p.name("LF")
    v = R.randrange(2)
    if v == 0:
        inp = ["Classify this faxed page and extract patient identifiers:\\nPATIENT: ", P("name", nm), "  SSN: ", P("ssn", s),
               "  DOB: ", P("date", dob), "\\nREQUESTING FACILITY: ", HOSP, " ", HOSP_FAX]
        out = ["{\\\"doc_class\\\":\\\"records_request\\\",\\\"patient_name\\\":\\\"", P("name", nm), "\\\",\\\"ssn\\\":\\\"",
               P("ssn", s), "\\\",\\\"dob\\\":\\\"", P("date", dob), "\\\"}"]
    else:
        p = Pt(old=chance(0.5))
        dob = fd(p.dob, "us")
        m = mbi()
        inp = ["Check eligibility. Beneficiary ", P("name", p.name("fl")), ", MBI ", P("health_plan", m), ", DOB ",
               P("date", dob), ", service date ", P("date", fd(svc_date(), "us")), "."]
        out = ["Beneficiary appears eligible for Part B on the service date. MBI ", P("health_plan", m), " format valid."]
    return mk("bedrock_invocation_log",
              '{"schemaType":"ModelInvocationLog","schemaVersion":"1.0","timestamp":"', ts_iso(), '","accountId":"', acct,
              '","identity":{"arn":"arn:aws:sts::', acct, ':assumed-role/lrmc-idp-bedrock-role/', ch(SVC_ACCTS), '"},"region":"',
              ch(["us-east-1", "us-east-2", "us-west-2"]), '","requestId":"', uid(), '","operation":"Converse","modelId":"',
              ch(BEDROCK_MODELS), '","input":{"inputContentType":"application/json","inputBodyJson":{"messages":[{"role":"user","content":[{"text":"',
              inp, '"}]}],"inferenceConfig":{"maxTokens":1024,"temperature":0}},"inputTokenCount":', tok(),
              '},"output":{"outputContentType":"application/json","outputBodyJson":{"output":{"message":{"role":"assistant","content":[{"text":"',
              out, '"}]}},"stopReason":"end_turn","metrics":{"latencyMs":', str(R.randint(400, 9000)), '}},"outputTokenCount":', tok(), '}}')


def g_azure_apim():
    p = Pt()
    ip = public_ip()
    v = R.randrange(3)
    if v == 0:
        body = ["I am ", AGE(p.age), " and have had ", ch(CC), " since yesterday. My name is ", P("name", p.name("fl")),
                ", birthday ", P("date", fd(p.dob, ch(["us1", "long"]))), "."]
        user = [P("email", p.email())]
    elif v == 1:
        body = ["Can you reschedule my appointment on ", P("date", fd(future_date(), "long")), "? Call me at ", P("phone", phone()), "."]
        user = ["portal-", P("mrn", mrn())]
    else:
        body = ["what does my a1c of 7.9 mean"]
        user = [P("email", p.email())]
    return mk("azure_apim_gateway",
              '{"TimeGenerated":"', ts_iso(), '","Category":"GatewayLogs","OperationName":"Microsoft.ApiManagement/GatewayLogs",'
              '"ApiId":"azure-openai-chat","OperationId":"ChatCompletions_Create","Method":"POST","Url":"https://lrmc-apim.azure-api.net/openai/deployments/',
              ch(AZ_DEPLOY), '/chat/completions?api-version=2024-06-01","ResponseCode":200,"CallerIpAddress":"', P("ip", ip),
              '","TotalTime":', str(R.randint(300, 9000)), ',"BackendTime":', str(R.randint(200, 8000)),
              ',"ApimSubscriptionId":"symptom-checker-web","BackendRequestBody":"{\\"messages\\":[{\\"role\\":\\"user\\",\\"content\\":\\"',
              body, '\\"}],\\"user\\":\\"', user, '\\",\\"max_tokens\\":600}","CorrelationId":"', uid(), '"}')


def g_langchain():
    p = Pt()
    v = R.randrange(4)
    ms = "%.2fs" % (R.random() * 6)
    if v == 0:
        return mk("langchain_trace",
                  "[chain/start] [1:chain:RunnableSequence > 2:prompt:ChatPromptTemplate] Entering Prompt run with input: "
                  '{"patient_name": "', P("name", p.name()), '", "dob": "', P("date", fd(p.dob, "iso")),
                  '", "visit_type": "', ch(["AWV", "follow-up", "new patient", "post-op"]), '", "transcript_id": "tr_', hexs(16), '"}')
    if v == 1:
        m = mrn()
        return mk("langchain_trace",
                  "[tool/start] [1:chain:AgentExecutor > ", str(R.randint(3, 9)), ":tool:ehr_patient_lookup] Entering Tool run with input: ",
                  "\"{'mrn': '", P("mrn", m), "', 'dob': '", P("date", fd(p.dob, "iso")), "'}\"")
    if v == 2:
        c, st, z, _ = city()
        return mk("langchain_trace",
                  "[tool/end] [1:chain:AgentExecutor > ", str(R.randint(3, 9)), ":tool:fhir_patient_search] [", ms,
                  "] Exiting Tool run with output: \"Patient/", uid(), " name=", P("name", p.name("fl")), " birthDate=",
                  P("date", fd(p.dob, "iso")), " telecom=", P("phone", phone("dash")), " address=", P("address", street()), ", ",
                  P("address", c), ", ", st, " ", P("zip", z), "\"")
    return mk("langchain_trace",
              "[llm/end] [1:chain:ConversationalRetrievalChain > 4:llm:ChatOpenAI] [", ms,
              "] Exiting LLM run with output: {\"generations\": [[{\"text\": \"Per the note, ", P("name", p.name("fl")),
              " was last admitted on ", P("date", fd(svc_date(), "long")), " for ", ch(DX), ". ", p.her(), " ", (r := Pt()).rel(), " (",
              P("email", r.email()), ") is listed as proxy.\", \"generation_info\": {\"finish_reason\": \"stop\"}}]], \"llm_output\": {\"token_usage\": {\"total_tokens\": ",
              tok(), "}}}")


def g_langsmith():
    p = Pt()
    v = R.randrange(2)
    if v == 0:
        inputs = ['{"question":"summarize last 3 visits","context_patient":"', P("name", p.name()), '","mrn":"', P("mrn", mrn()), '"}']
        meta = ['"client_ip":"', P("ip", public_ip()), '"']
    else:
        inputs = ['{"question":"is ', P("name", p.name("fl")), ' due for a colonoscopy?","dob":"', P("date", fd(p.dob, "iso")), '"}']
        meta = ['"client_ip":"', private_ip(), '","caller":"', staff_email(), '"']
    return mk("langsmith_run",
              '{"id":"', uid(), '","run_type":"chain","name":"chart_qa","start_time":"', ts_iso(), '","inputs":', inputs,
              ',"extra":{"metadata":{"ls_provider":"openai","ls_model_name":"', ch(OPENAI_MODELS), '",', meta,
              ',"revision_id":"', hexs(7), '"}},"session_name":"chart-qa-prod","trace_id":"', uid(), '","dotted_order":"',
              CLOCK[0].strftime("%Y%m%dT%H%M%S"), "%06dZ" % CLOCK[0].microsecond, uid(), '"}')


def g_llamaindex():
    p = Pt()
    v = R.randrange(3)
    if v == 0:
        dname, fn = ch(DEVICES)
        return mk("llamaindex_trace",
                  ts_py(), " - llama_index.core.indices.utils - DEBUG - > Top ", str(R.randint(2, 5)), " nodes: > [Node ", uid(),
                  "] [Similarity score: 0.", digits(4), "] DEVICE CLINIC NOTE ", P("name", p.name("LF")), " MRN ", P("mrn", mrn()),
                  " | ", dname, ", serial ", P("device", fn()), ", implanted ", P("date", fd(svc_date())),
                  ". Battery 8.1 yr, RV threshold 0.75 V @ 0.4 ms.")
    if v == 1:
        return mk("llamaindex_trace",
                  ts_py(), " - llama_index.core.query_engine.retriever_query_engine - INFO - query_str=",
                  pyq(["When was ", P("name", p.name("fl")), " (DOB ", P("date", fd(p.dob, "us")), ") last seen in clinic?"]),
                  " similarity_top_k=", str(R.randint(3, 10)), " retriever=VectorIndexRetriever")
    u = p.url("fund")
    return mk("llamaindex_trace",
              ts_py(), " - llama_index.core.indices.utils - DEBUG - > [Node ", uid(), "] [Similarity score: 0.", digits(4),
              "] SOCIAL WORK NOTE: pt ", P("name", p.name()), " lost housing; family started a fundraiser page ",
              P("url", u), " and asks that donations be noted. Contact ", ch(REL), " at ", P("phone", phone()), ".")


def g_prompt_template():
    p = Pt()
    c, st, z, _ = city()
    v = R.randrange(3)
    if v == 0:
        body = ["{'pt_name': ", pyq([P("name", p.name())]), ", 'pt_dob': '", P("date", fd(p.dob, "iso")), "', 'age': ",
                AGE(p.age), ", 'visit_dt': '", P("date", fd(svc_date(), "iso")), "', 'pcp': '", clin("drl"),
                "', 'specialty': 'geriatrics', 'max_words': 250}"]
        tid = "ambient_soap_v7"
    elif v == 1:
        oid_k, oid_v = other_id()
        body = ["{'nombre_paciente': ", pyq([P("name", p.name("fl"))]), ", 'fecha_nacimiento': '", P("date", fd(p.dob, "eu")),
                "', 'direccion': ", pyq([P("address", street())]), ", 'ciudad': ", pyq([P("address", c)]), ", 'codigo_postal': '",
                P("zip", z), "', 'telefono': '", P("phone", phone()), "', 'id_nacional': '", P("other_id", oid_v),
                "', 'idioma': 'es'}"]
        tid = "bilingual_discharge_es"
    else:
        body = ["{'ctx.patient.fullName': ", pyq([P("name", p.name("fl"))]), ", 'ctx.patient.birthDate': '",
                P("date", fd(p.dob, "iso")), "', 'ctx.coverage.subscriberId': '", P("health_plan", member_id()),
                "', 'ctx.coverage.payor': '", ch(PAYERS), "', 'ctx.prescriber.npi': '", npi(),
                "', 'ctx.patient.homeAddress': ", pyq([P("address", street()), ", ", P("address", c), ", ", st, " ", P("zip", z)]), "}"]
        tid = "prior_auth_letter.j2"
    return mk("prompt_template_render",
              ts_any(), " INFO prompt_registry.render template_id=", tid, " version=", str(R.randint(1, 9)), ".",
              str(R.randint(0, 14)), ".", str(R.randint(0, 9)), " hash=", hexs(12), " vars=", body)


SCRIBE_ASR = ["nova-2-medical", "whisper-large-v3", "aws-transcribe-medical", "azure-speech-en-US-medical"]


def scribe_patient_text():
    p = Pt()
    v = R.randrange(10)
    if v == 0:
        c, st, z, _ = city()
        return ["yeah it's ", P("address", street()), ", over in ", P("address", c)]
    if v == 1:
        p = Pt(old=True)
        return ["my birthday's ", P("date", fd(p.dob, ch(["long", "ord"]))), ", I'm ", AGE(p.age), " now"]
    if v == 2:
        r = Pt()
        return ["you can call my ", r.rel(), " ", P("name", r.f), ", ", P("name", r.name("fl")), ", at ", P("phone", phone("space"))]
    if v == 3:
        return ["my Medicare number is ", P("health_plan", mbi())]
    if v == 4:
        f, l = fold(p.f).lower(), fold(p.l).lower()
        return ["my email is ", P("email", f"{f} dot {l} at gmail dot com")]
    if v == 5:
        return ["I was at the ER on ", P("date", fd(svc_date(), "long")), " and they said my ", ch(DEVICES)[0].split(" ")[-1],
                " was fine"]
    if v == 6:
        return ["the car got hit in the parking ramp, plate ", P("vehicle", plate()), ", I already told security"]
    if v == 7:
        dn, fn = ch(DEVICES)
        return ["the card for my ", dn, " says serial number ", P("device", fn())]
    if v == 8:
        return ["I'm ", P("name", p.name("fl")), ", spelled ", " ".join(fold(p.l).upper()), ", date of birth ",
                P("date", fd(p.dob, "us1"))]
    return ["I'm ", AGE(Pt(old=True).age), " years old and I still drive, don't laugh"]


def g_scribe_segment():
    t0 = R.randint(10, 2400) + R.random()
    text = scribe_patient_text()
    extra = [',"spk_embedding_b64":"', P("biometric", b64(R.randint(60, 120), b"\x00\x00\x80?")), '"'] if chance(0.25) else []
    return mk("ambient_scribe_segment",
              '{"session_id":"amb_', hexs(12), '","seg":', str(R.randint(1, 300)), ',"start":', "%.2f" % t0, ',"end":',
              "%.2f" % (t0 + 1 + R.random() * 6), ',"speaker":"spk_', str(R.randint(0, 2)), '","role":"PATIENT","text":"',
              text, '","conf":0.', digits(2), ',"asr_model":"', ch(SCRIBE_ASR), '"', extra, '}')


def g_scribe_vtt():
    t0 = R.randint(10, 2400)
    text = scribe_patient_text()
    mm, ss = divmod(t0, 60)
    hh, mm = divmod(mm, 60)
    e = t0 + R.randint(2, 7)
    em, es = divmod(e, 60)
    eh, em = divmod(em, 60)
    return mk("ambient_scribe_vtt",
              "scribe-webvtt enc=", hexs(8), " cue=", str(R.randint(1, 400)), " %02d:%02d:%02d.%03d --> %02d:%02d:%02d.%03d" %
              (hh, mm, ss, R.randint(0, 999), eh, em, es, R.randint(0, 999)), " <v ", ch(["Patient", "SPEAKER_01", "Speaker 2"]), ">",
              text, "</v>")


def g_dictation():
    p = Pt(old=chance(0.5))
    c = ch(PRESCRIBERS)
    v = R.randrange(2)
    if v == 0:
        text = ["This is Dr. ", c[0], " ", c[1], " dictating a clinic note on ", P("name", p.name("fl")), ", date of birth ",
                P("date", fd(p.dob, ch(["ord", "us1", "long"]))), ", medical record number ", P("mrn", mrn()), ". ",
                {"F": "Missus", "M": "Mister"}[p.sex], " ", P("name", p.l), " is a ", AGE(p.age), "-year-old ",
                {"F": "woman", "M": "gentleman"}[p.sex], " seen today for ", ch(DX), "."]
    else:
        st_, lic = dl()
        text = ["Prescription for ", P("name", p.name("fl")), ", controlled substance, prescriber DEA ", P("license", dea(c[1])),
                ", state license ", P("license", prof_license()), ", patient ID verified with ", STATE_NAME.get(st_, st_),
                " driver license ", P("license", lic), "."]
    return mk("dictation_job",
              ts_iso(), " dictation.job id=DJ-2024-", str(R.randint(300, 330)), "-", digits(5), " author=", clin_user(),
              " dept=", ch(["CARD", "GERI", "IM", "ORTHO", "PULM"]), " status=TRANSCRIBED words=", str(R.randint(80, 900)),
              " engine=", ch(["dragon-medical-one", "whisper-large-v3-med-ft"]), ' text="', text, '"')


TEXTRACT_FIELDS = [
    (["Patient Name:", "Name (Last, First, MI)", "PATIENT", "Pt. Name"], "name", lambda p: p.name(ch(["LF", "lf", "fl", "FL"]))),
    (["Date of Birth", "DOB:", "Birth Date (mm/dd/yyyy)", "Fecha de nacimiento"], "date", lambda p: fd(p.dob, ch(["us", "us1", "short"]))),
    (["SSN", "Social Security #", "Soc. Sec. No."], "ssn", lambda p: ssn()),
    (["Home Phone", "Cell", "Phone (H)", "Telephone"], "phone", lambda p: phone()),
    (["Fax", "Home Fax #", "Patient Fax", "Fax (send records to)"], "fax", lambda p: phone(ch(["paren", "dash"]))),
    (["Email Address", "E-mail", "Correo electronico"], "email", lambda p: p.email()),
    (["Address", "Street Address", "Mailing Address"], "address", lambda p: street()),
    (["City", "Ciudad"], "address", lambda p: city()[0]),
    (["County", "County of Residence"], "address", lambda p: city()[3]),
    (["Zip Code", "ZIP", "Zip"], "zip", lambda p: city()[2]),
    (["Member ID", "Subscriber ID #", "Policy Number", "Medicaid ID"], "health_plan", lambda p: member_id()),
    (["Driver's License #", "DL Number", "State ID No."], "license", lambda p: dl()[1]),
    (["Account #", "Patient Account No.", "Guarantor Acct"], "account", lambda p: pat_acct()),
    (["Credit Card Number", "Card No."], "account", lambda p: card()),
    (["VIN", "Vehicle ID No."], "vehicle", lambda p: vin()),
    (["License Plate", "Plate #"], "vehicle", lambda p: plate()),
    (["Device Serial No.", "Implant Serial #", "SN"], "device", lambda p: ch(DEVICES)[1]()),
    (["Passport/National ID", "Foreign ID No.", "Other Govt ID"], "other_id", lambda p: other_id()[1]),
    (["MRN", "Medical Record #", "Chart No."], "mrn", lambda p: mrn()),
    (["Emergency Contact", "Guarantor", "Responsible Party"], "name", lambda p: Pt().name("fl")),
    (["Age"], "age", lambda p: str(R.randint(90, 103))),
    (["Personal Website / Social Media", "Fundraiser Page (if any)"], "url", lambda p: p.url()),
    (["Date of Admission", "Date of Injury", "Date of Service"], "date", lambda p: fd(svc_date(), ch(["us", "us1"]))),
]


def g_textract_kv():
    p = Pt()
    keys, cat, fn = ch(TEXTRACT_FIELDS)
    k = ch(keys)
    val = fn(p)
    return mk("textract_kv",
              ts_iso(), " idp-worker textract job=", hexs(64), " page=", str(R.randint(1, 6)), " block=KEY_VALUE_SET key=",
              json.dumps(k), " key_conf=", "%.2f" % (90 + R.random() * 9.9), ' value="', P(cat, val), '" value_conf=',
              "%.2f" % (60 + R.random() * 39.9), " bbox=[", ",".join("%.3f" % R.random() for _ in range(4)), "] doc=",
              ch(["fax", "scan", "upload"]), "_", digits(8), ".", ch(["tif", "pdf"]))


def g_textract_id():
    p = Pt()
    c, st, z, _ = city()
    v = R.randrange(2)

    def fld(typ, val, conf=None):
        conf = conf or "%.2f" % (85 + R.random() * 14.9)
        return ['{"Type":{"Text":"', typ, '"},"ValueDetection":{"Text":"', val, '","Confidence":', conf, "}}"]

    if v == 0:
        st_, lic = dl()
        fields = [fld("FIRST_NAME", P("name", p.f.upper())), ",", fld("LAST_NAME", P("name", p.l.upper())), ",",
                  fld("DOCUMENT_NUMBER", P("license", lic)), ",", fld("DATE_OF_BIRTH", P("date", fd(p.dob, "us"))), ",",
                  fld("ADDRESS", P("address", street().upper())), ",", fld("CITY_IN_ADDRESS", P("address", c.upper())), ",",
                  fld("ZIP_CODE_IN_ADDRESS", P("zip", z[:5])), ",", fld("STATE_IN_ADDRESS", st_), ",",
                  fld("ID_TYPE", "DRIVER LICENSE FRONT"), ",", fld("CLASS", "D")]
        tail = [' ,"portrait_uri":"', P("photo", photo_path(digits(8))), '"'] if chance(0.6) else \
               [' ,"face_template_b64":"', P("biometric", b64(R.randint(60, 110), b"FTPL\x01")), '"']
    else:
        k, oid = other_id()
        if k != "passport":
            k, oid = "passport", ch([digits(9), ch(UP) + digits(8)])
        fields = [fld("FIRST_NAME", P("name", p.f.upper())), ",", fld("LAST_NAME", P("name", p.l.upper())), ",",
                  fld("DOCUMENT_NUMBER", P("other_id", oid)), ",", fld("DATE_OF_BIRTH", P("date", fd(p.dob, "dmy").upper())), ",",
                  fld("PLACE_OF_BIRTH", ch(["MEXICO", "NIGERIA", "INDIA", "POLAND", "VIET NAM", "PHILIPPINES"])), ",",
                  fld("ID_TYPE", "PASSPORT")]
        tail = [' ,"portrait_uri":"', P("photo", photo_path(digits(8))), '"']
    return mk("textract_analyze_id",
              '{"JobId":"', hexs(64), '","DocumentIndex":1,"IdentityDocumentFields":[', fields, "]", tail,
              ',"AnalyzeIDModelVersion":"1.0","ts":"', ts_iso(), '"}')


def g_docintel():
    p = Pt()
    mid = member_id()
    dob = p.dob

    def f(val_parts, content_parts, typ="string", key="valueString"):
        return ['{"type":"', typ, '","', key, '":"', val_parts, '","content":"', content_parts, '","confidence":0.', digits(3), "}"]

    nm = p.name(ch(["FL", "fl"]))
    payer = ch(PAYERS)
    grp = ch(["GRP", "", "0"]) + digits(6)
    return mk("docintel_insurance_card",
              ts_iso(), ' docintel.analyze result={"modelId":"prebuilt-healthInsuranceCard.us","apiVersion":"2023-07-31",'
              '"docType":"healthInsuranceCard.us","fields":{"Insurer":', f(payer, payer.upper()),
              ',"Member":{"type":"object","valueObject":{"Name":', f([P("name", nm)], [P("name", nm)]),
              ',"BirthDate":', f([P("date", fd(dob, "iso"))], [P("date", fd(dob, "us"))], "date", "valueDate"),
              '}},"IdNumber":{"type":"object","valueObject":{"Number":', f([P("health_plan", mid)], [P("health_plan", mid)]),
              '}},"GroupNumber":', f(grp, grp), ',"PrescriptionInfo":{"type":"object","valueObject":{"RxBIN":',
              f(ch(["610014", "004336", "003858", "610502"]), "RxBIN"), ',"RxPCN":', f(ch(["ADV", "MEDDADV", "9999", "A4"]), "RxPCN"),
              '}}}}')


def g_tesseract():
    p = Pt()
    v = R.randrange(7)
    if v == 0:
        txt = ["PT NAME: ", P("name", p.name("LF")), "   ", ch(["DOB:", "D0B:", "DOB"]), " ", P("date", fd(p.dob, "us")),
               "   MRN: ", P("mrn", mrn())]
    elif v == 1:
        txt = ["Home Fax: ", P("fax", phone(ch(["dash", "space", "paren"]))), "   Cell: ", P("phone", phone())]
    elif v == 2:
        st_, lic = dl()
        txt = ["SSN ", P("ssn", ssn()), "    DL# ", P("license", lic), " (", st_, ")"]
    elif v == 3:
        c = ch(PRESCRIBERS)
        txt = ["Rx: ", ch(["oxycodone 5 mg #20", "lorazepam 0.5 mg #30", "hydrocodone/APAP 5/325 #12"]), "  Prescriber ",
               c[0][0], ". ", c[1], " ", c[2], "  DEA ", P("license", dea(c[1])), "  NPI ", npi()]
    elif v == 4:
        cc, st, z, county = city()
        txt = ["Addr: ", P("address", street()), "  ", P("address", cc), ", ", st, "  ", P("zip", z), "  County: ",
               P("address", county)]
    elif v == 5:
        txt = ["Insured: ", P("name", p.name("LF")), "  Health Ins ID# ", P("health_plan", member_id()), "  Vehicle VIN ", P("vehicle", vin())]
    else:
        txt = ["Resp. party ", P("name", p.name("fl")), " Acct ", P("account", pat_acct()), " Bal Due $", str(R.randint(20, 9000)),
               ".", digits(2)]
    return mk("tesseract_ocr",
              tick().strftime("%b %d %H:%M:%S"), " ocr-node-", str(R.randint(1, 6)), " tesseract[", str(R.randint(1000, 60000)),
              "]: job=ocr-", hexs(10), " page=", str(R.randint(1, 9)), " line=", str(R.randint(1, 60)), " conf=",
              "%.1f" % (55 + R.random() * 44), ' text="', txt, '"')


def g_fax_idp():
    p = Pt()
    v = R.randrange(2)
    if v == 0:
        fields = ['{"patient":"', P("name", p.name()), '","dob":"', P("date", fd(p.dob, "us")), '","deliver_to":"self","deliver_fax":"',
                  P("fax", phone("dash")), '","deliver_email":"', P("email", p.email()), '","records":"', ch(["imaging", "labs 2023-2024", "all"]), '"}']
        cls = "ROI_AUTHORIZATION"
    else:
        fields = ['{"pt":"', P("name", p.name("LF")), '","birthdate":"', P("date", fd(p.dob, "us1")), '","home_fax":"',
                  P("fax", phone("paren")), '","ins_id":"', P("health_plan", member_id()), '","referring_fax":"', HOSP_FAX, '"}']
        cls = "REFERRAL"
    return mk("fax_idp_classify",
              ts_iso(), " faxgw-idp classify doc_id=fax-", CLOCK[0].strftime("%Y%m%d-%H%M%S"), "-", digits(4), " pages=",
              str(R.randint(1, 12)), " class=", cls, " conf=0.", digits(2), " from_did=+1608262", digits(4), " fields=", fields)


def g_comprehend():
    p = Pt(old=chance(0.5))
    ents = []
    off = [R.randint(0, 40)]

    def ent(text_parts, typ, cat_score=None):
        t = plain(text_parts)
        b = off[0]
        off[0] += len(t) + R.randint(5, 60)
        return ['{"Id":', str(len(ents)), ',"BeginOffset":', str(b), ',"EndOffset":', str(b + len(t)), ',"Score":0.', digits(4),
                ',"Text":"', text_parts, '","Category":"PROTECTED_HEALTH_INFORMATION","Type":"', typ, '","Traits":[]}']

    c, st, z, _ = city()
    choices = [
        lambda: ent([P("name", p.name("fl"))], "NAME"),
        lambda: ent([P("date", fd(p.dob))], "DATE"),
        lambda: ent([P("age", str(p.age))] if p.age > 89 else [str(p.age)], "AGE"),
        lambda: ent([P("phone", phone())], "PHONE_OR_FAX"),
        lambda: ent([P("email", p.email())], "EMAIL"),
        lambda: ent([P("address", street())], "ADDRESS"),
        lambda: ent([P("address", c)], "ADDRESS"),
        lambda: ent([P("mrn", mrn())], "ID"),
        lambda: ent([P("url", p.url())], "URL"),
        lambda: ent([clin("drl")], "NAME"),
        lambda: ent([ch(["nurse", "retired teacher", "farmer", "pharmacist"])], "PROFESSION"),
    ]
    picks = R.sample(range(len(choices)), R.randint(2, 5))
    if not any(i in picks for i in (0, 1, 3, 4, 5, 6, 7, 8)):
        picks.append(0)
    picks.sort()
    for i in picks:
        ents.append(choices[i]())
    body = []
    for i, e in enumerate(ents):
        if i:
            body.append(",")
        body.append(e)
    return mk("comprehend_medical",
              ts_iso(), " cm-client DetectPHI doc=note_", hexs(10), " chars=", str(R.randint(400, 9000)), ' response={"Entities":[',
              body, '],"ModelVersion":"2.', str(R.randint(0, 4)), '.0"}')


def g_presidio():
    p = Pt()
    items = []
    k, oid = other_id()
    pool = [("PERSON", [P("name", p.name())]), ("PHONE_NUMBER", [P("phone", phone())]), ("US_SSN", [P("ssn", ssn())]),
            ("DATE_TIME", [P("date", fd(p.dob))]), ("EMAIL_ADDRESS", [P("email", p.email())]), ("URL", [P("url", p.url())]),
            ("US_PASSPORT" if k == "passport" else "NATIONAL_ID", [P("other_id", oid)]), ("IP_ADDRESS", [P("ip", public_ip())]),
            ("CREDIT_CARD", [P("account", card())]), ("US_DRIVER_LICENSE", [P("license", dl()[1])]),
            ("US_BANK_NUMBER", [P("account", bank_acct())]), ("LOCATION", [P("address", city()[0])]),
            ("MEDICAL_LICENSE", [P("license", prof_license())]), ("IBAN_CODE", [P("account", "DE" + digits(20))])]
    idx = sorted(R.sample(range(len(pool)), R.randint(1, 4)))
    pos = R.randint(0, 30)
    thr = R.randint(3, 5)
    for i in idx:
        typ, parts = pool[i]
        n = len(plain(parts))
        if items:
            items.append(", ")
        items.append([typ, "(", str(pos), ",", str(pos + n), ",0.", str(R.randint(thr * 10 + 5, 99)), ")=", pyq(parts)])
        pos += n + R.randint(3, 80)
    return mk("presidio_deid",
              ts_py(), " INFO presidio-analyzer doc=", ch(["note", "msg", "transcript", "fax"]), "_", hexs(8), " lang=en results=[",
              items, "] threshold=0.", str(thr), " elapsed_ms=", str(R.randint(3, 400)))


def g_clinical_nlp():
    p = Pt(old=chance(0.5))
    v = R.randrange(3)
    if v == 0:
        r = Pt()
        tgt = ch(["colon cancer", "MI", "stroke"])
        sent = [ch(["Pt's", "Patient's"]), " ", r.rel(), " ", P("name", r.name("fl")), " (", P("phone", phone()),
                ") is health care POA; no family history of ", tgt, "."]
        return mk("clinical_nlp_entities",
                  ts_py(), " medspacy.context sent_id=", str(R.randint(1, 80)), " target='", tgt,
                  "' label=FAMILY_HISTORY is_negated=True is_family=True section=family_history sent=", pyq(sent))
    if v == 1:
        txt = [AGE(p.age), " yo ", p.sex, " ", P("name", p.name()), " adm ", P("date", fd(svc_date(), "us")), " with ", ch(DX)]
        return mk("clinical_nlp_entities",
                  ts_py(), " INFO  [cTAKES] ClinicalPipeline - doc=", P("mrn", mrn()), "_", digits(4), ".txt segment=HPI begin=",
                  str(R.randint(0, 900)), " covered=\"", txt, "\" cui=C", digits(7), " tui=T047 polarity=1 uncertainty=0")
    dn, fn = ch(DEVICES)
    return mk("clinical_nlp_entities",
              ts_py(), " scispacy ent label=DEVICE text=", pyq([dn, " SN ", P("device", fn())]), " start=", str(R.randint(0, 4000)),
              " kb_id=C", digits(7), " note_owner=", P("name", p.name("LF")))


def g_vector_upsert():
    p = Pt()
    v = R.randrange(4)
    emb = "[" + ",".join("%.4f" % (R.random() * 2 - 1) for _ in range(4)) + ",...]"
    if v == 0:
        return mk("vector_store_upsert",
                  ts_iso(), " pinecone upsert index=clinical-notes-v2 namespace=", HOSP_SHORT.lower(), " id=note#", digits(6), "#chunk-",
                  "%03d" % R.randint(0, 80), ' metadata={"patient_mrn":"', P("mrn", mrn()), '","pt_display":"', P("name", p.name()),
                  '","encounter_date":"', P("date", fd(svc_date(), "iso")), '","note_type":"', ch(["H&P", "Progress", "DC Summary"]),
                  '","author":"', clin("drl"), '"} dim=', ch(["1536", "3072", "1024"]), " values=", emb)
    if v == 1:
        m = mrn()
        return mk("vector_store_upsert",
                  "LOG:  duration: ", "%.3f" % (R.random() * 40), " ms  statement: INSERT INTO note_chunks (id, patient_mrn, chunk_text, embedding) VALUES ('",
                  uid(), "', '", P("mrn", m), "', ", pyq(["Pt ", P("name", p.name("fl")), " ", P("phone", phone()), " lives with ", ch(REL),
                                                        " at ", P("address", street())]), ", '", emb.replace(",...", ""), "')")
    if v == 2:
        c, st, z, _ = city()
        return mk("vector_store_upsert",
                  ts_py(), " chromadb.segment add collection=scribe_notes ids=['enc_", hexs(10), "#c", str(R.randint(0, 30)),
                  "'] metadatas=[{'Patientenname': ", pyq([P("name", p.name())]), ", 'Geburtsdatum': '", P("date", fd(p.dob, "eu")),
                  "', 'PLZ': '", P("zip", z), "', 'Versichertennummer': '", P("health_plan", ch(UP) + digits(9)),
                  "', 'source': 'scribe'}] embedding_fn=", ch(EMBED_MODELS))
    return mk("vector_store_upsert",
              ts_iso(), " weaviate batch object class=ClinicalChunk uuid=", uid(), ' properties={"patientName":"', P("name", p.name("fl")),
              '","email":"', P("email", p.email()), '","dischargeDate":"', P("date", fd(svc_date(), "iso")),
              '","chunkIdx":', str(R.randint(0, 40)), ',"sha256":"', hexs(64), '"} vectorizer=text2vec-openai status=SUCCESS')


def g_chatbot():
    p = Pt()
    v = R.randrange(11)
    if v == 0:
        txt = ["my name is ", P("name", p.name("fl")), " and my date of birth is ", P("date", fd(p.dob, ch(["us1", "us", "long"])))]
    elif v == 1:
        txt = ["can you send the visit summary to ", P("email", p.email()), " instead of mail"]
    elif v == 2:
        c, st, z, _ = city()
        txt = ["I fell and cant get up, Im at ", P("address", street()), " in ", P("address", c), " please send someone"]
    elif v == 3:
        txt = ["my insurance card says member ", P("health_plan", member_id()), " is that the right one"]
    elif v == 4:
        txt = ["fax it to me at ", P("fax", phone("dash")), ", my printer doesnt work"]
    elif v == 5:
        txt = ["I'm in the garage level 2, plate ", P("vehicle", plate()), ", can you validate my parking"]
    elif v == 6:
        txt = ["pay my bill with card ", P("account", card()), " exp 0", str(R.randint(1, 9)), "/2", str(R.randint(5, 9))]
    elif v == 7:
        k, oid = other_id()
        txt = ["I am visiting from abroad, my ", OTHER_ID_LABEL[k].lower(), " is ", P("other_id", oid)]
    elif v == 8:
        r = Pt()
        txt = ["I'm ", AGE(R.randint(90, 102)), " and my chest feels tight, my ", r.rel(), " ", P("name", r.name("fl")), " is on the way"]
    elif v == 9:
        txt = ["here is my page with all my updates ", P("url", p.url())]
    else:
        txt = ["my glucose meter won't pair, IMEI on the hub is ", P("device", imei())]
    ip = [P("ip", public_ip())] if chance(0.5) else [private_ip()]
    return mk("chatbot_session",
              ts_iso(), " symptom-checker session=sc_", hexs(12), " turn=", str(R.randint(1, 14)), " role=user client_ip=", ip,
              ' text="', txt, '" intent=', ["identity_verify", "records_request", "emergency_escalation", "coverage_check",
                                              "records_request", "parking", "billing", "identity_verify", "emergency_escalation",
                                              "smalltalk", "device_support"][v], " lang=en")


def g_guardrail():
    p = Pt()
    v = R.randrange(3)
    if v == 0:
        ents = ['{"type":"US_SOCIAL_SECURITY_NUMBER","match":"', P("ssn", ssn()), '","action":"BLOCKED"},{"type":"EMAIL","match":"',
                P("email", p.email()), '","action":"ANONYMIZED"}']
        rx = ['{"name":"mrn","match":"', P("mrn", mrn()), '","regex":"(E|LR)?\\\\d{7,9}","action":"ANONYMIZED"}']
        return mk("guardrail_moderation",
                  ts_iso(), ' bedrock-guardrail id=gr-', rstr(12, LOW + DIG), ' version=', str(R.randint(1, 9)), ' action=GUARDRAIL_INTERVENED source=INPUT '
                  'assessments=[{"sensitiveInformationPolicy":{"piiEntities":[', ents, '],"regexes":[', rx, ']}}]')
    if v == 1:
        return mk("guardrail_moderation",
                  ts_iso(), " llm-guard scanner=Anonymize risk=0.", digits(2), " redacted=", pyq([P("name", p.name("fl"))]), "->[REDACTED_PERSON_1] ",
                  pyq([P("phone", phone())]), "->[REDACTED_PHONE_NUMBER_1] ", pyq([P("account", card())]), "->[REDACTED_CREDIT_CARD_1] src_ip=",
                  P("ip", public_ip()))
    return mk("guardrail_moderation",
              ts_iso(), " nemo-guardrails rail=output_pii_check verdict=FAIL leaked_spans=",
              pyq([P("name", p.name()), " born ", P("date", fd(p.dob, "long")), ", ", P("address", street())]), " policy=phi_output_v3 model=",
              ch(ANTH_MODELS))


def g_eval():
    p = Pt()
    v = R.randrange(3)
    if v == 0:
        d = fd(svc_date(), "us")
        return mk("eval_harness",
                  "eval[deid-bench-v4] case=", "%04d" % R.randint(1, 2000), " model=", ch(ANTH_MODELS + OPENAI_MODELS),
                  " metric=leak_check expected=\"[PATIENT] was seen on [DATE]\" output=\"", P("name", p.name("fl")), " was seen on ",
                  P("date", d), "\" leaked=[\"", P("name", p.name("fl")), "\",\"", P("date", d), "\"] pass=false")
    if v == 1:
        m = mrn()
        return mk("eval_harness",
                  "eval[summ-faithfulness] case=", "%04d" % R.randint(1, 2000), " judge=", ch(OPENAI_MODELS), " score=0.", digits(2),
                  " note_ref=", P("mrn", m), " rationale=\"summary omits that ", P("name", p.name()), " is ", AGE(p.age),
                  " and lives alone\"")
    return mk("eval_harness",
              "eval[idp-extract-f1] doc=", hexs(8), " field=member_id gold=", P("health_plan", (g := member_id())), " pred=",
              P("health_plan", g), " match=exact field=dob gold=", P("date", fd(p.dob, "iso")), " pred=", P("date", fd(p.dob, "iso")),
              " match=exact run=", CLOCK[0].strftime("%Y%m%d"), "-", hexs(6))


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.100 Mobile Safari/537.36",
       "LRMC-MyHealth/5.12.1 (iOS 18.1; iPhone15,2)", "python-httpx/0.27.2", "okhttp/4.12.0"]


def g_serving_access():
    p = Pt()
    v = R.randrange(4)
    ip = public_ip()
    if v == 0:
        return mk("model_serving_access",
                  "INFO:     ", P("ip", ip), ":", str(R.randint(1025, 65535)), ' - "POST /api/v1/symptom-check/sessions/', uid(),
                  '/messages HTTP/1.1" 200 OK')
    if v == 1:
        return mk("model_serving_access",
                  P("ip", ip), " - - [", ts_clf(), '] "GET /chat/history?email=', P("email", p.email().replace("@", "%40")),
                  ' HTTP/1.1" 200 ', str(R.randint(200, 30000)), ' "https://chat.', HOSP_DOM, '/" "', ch(UAS), '" rt=0.', digits(3),
                  " uct=0.00", str(R.randint(0, 9)), " upstream=", private_ip(), ":8000")
    if v == 2:
        return mk("model_serving_access",
                  '{"ts":"', ts_iso(), '","method":"POST","path":"/v2/models/scribe-summarizer/infer","status":200,"xff":"', P("ip", ip),
                  ", ", private_ip(), '","user_agent":"', ch(UAS), '","latency_ms":', str(R.randint(80, 7000)), ',"bytes_out":',
                  str(R.randint(200, 90000)), ',"tenant":"portal","user":"', P("email", p.email()), '"}')
    return mk("model_serving_access",
              ts_iso(), " envoy [", ch(["ingress-gw-0", "ingress-gw-1"]), "] ", P("ip", ip), ' "POST /v1/chat/completions HTTP/2" 200 - ',
              str(R.randint(100, 9000)), " ", str(R.randint(100, 90000)), " ", str(R.randint(50, 9000)), ' "', uid(), '" "',
              ch(UAS), '" upstream_host=', private_ip(), ":", ch(["8000", "8080", "9000"]), " route=llm-gw")


def g_llm_server():
    p = Pt(old=chance(0.5))
    v = R.randrange(2)
    if v == 0:
        pr = ["<|start_header_id|>user<|end_header_id|>\\n\\nSummarize: ", AGE(p.age, "yo"), " ", P("name", p.name()), ", MRN ",
              P("mrn", mrn()), ", admitted ", P("date", fd(svc_date(), "us")), " for ", ch(DX), ".<|eot_id|>"]
        return mk("llm_server_log",
                  "INFO ", tick().strftime("%m-%d %H:%M:%S"), " async_llm_engine.py:", str(R.randint(170, 260)),
                  "] Received request cmpl-", hexs(32), ": prompt: ", pyq(pr), ", params: SamplingParams(n=1, temperature=",
                  temp(), ", top_p=1.0, max_tokens=", ch(["512", "1024"]), "), prompt_token_ids: [128000, 128006, 882, 128007, ...], lora_request: None.")
    k, oid = other_id()
    return mk("llm_server_log",
              ts_iso(), '  INFO generate{parameters=GenerateParameters { max_new_tokens: Some(', str(R.randint(64, 1024)),
              '), temperature: Some(0.1) } total_time="', "%.3f" % (R.random() * 9), 's" validation_time="', str(R.randint(100, 999)),
              'µs" queue_time="', str(R.randint(10, 999)), 'µs"}: text_generation_router::server: router/src/server.rs:', str(R.randint(300, 520)),
              ': Success inputs="Translate intake form: nombre ', P("name", p.name("fl")), ", ", OTHER_ID_LABEL[k], " ", P("other_id", oid),
              ', telefono ', P("phone", phone()), '"')


def g_voice_bio():
    p = Pt()
    v = R.randrange(3)
    if v == 0:
        return mk("voice_biometric",
                  ts_iso(), " voiceauth enroll call_id=", uid(), " ani=", P("phone", phone("e164")), " speaker=", P("name", p.name("fl")),
                  " mrn=", P("mrn", mrn()), " net_speech_s=", "%.1f" % (8 + R.random() * 20), " voiceprint_b64=", P("biometric", voiceprint()),
                  " model=ecapa-tdnn-v2.1")
    if v == 1:
        return mk("voice_biometric",
                  ts_iso(), ' kiosk-checkin[lobby-', str(R.randint(1, 4)), '] {"event":"fp_enroll","patient_mrn":"', P("mrn", mrn()),
                  '","template_format":"ISO19794-2","fmr_template":"', P("biometric", fp_template()), '","nfiq2":', str(R.randint(40, 90)),
                  ',"scanner_sn":"', rstr(10), '"}')
    return mk("voice_biometric",
              ts_iso(), ' scribe-diarizer spk_enroll session=amb_', hexs(12), ' role=PATIENT display="', P("name", p.name("fl")),
              '" speaker_embedding_b64="', P("biometric", b64(R.randint(80, 150), b"\x00\x00\x80?")), '" dim=192 retain_days=',
              ch(["30", "90", "365"]))


def g_rpm():
    p = Pt()
    dn, fn = ch(DEVICES)
    v = R.randrange(2)
    if v == 0:
        return mk("rpm_device_ingest",
                  ts_iso(), ' rpm-ingest[ble-gw] msg=reading ehr_mrn=', P("mrn", mrn()), ' gateway_mac=', P("device", mac()),
                  ' device={"model":"', dn, '","serial":"', P("device", fn()), '","fw":"', str(R.randint(1, 5)), ".", str(R.randint(0, 20)),
                  ".", str(R.randint(0, 9)), '"} reading={"sys":', str(R.randint(100, 180)), ',"dia":', str(R.randint(60, 100)),
                  ',"pulse":', str(R.randint(50, 110)), '} batt=', str(R.randint(5, 100)), "%")
    return mk("rpm_device_ingest",
              ts_iso(), " rpm-ingest[cell-hub] register hub_imei=", P("device", imei()), " patient=", P("name", p.name("LF")),
              " phone=", P("phone", phone()), " ", ch(["carrier=Verizon apn=iot.vzw", "carrier=AT&T apn=iot.att", "carrier=T-Mobile apn=iot.tmo"]),
              " sim_iccid_tail=", digits(4))


def g_kafka():
    p = Pt()
    m = mrn()
    c, st, z, _ = city()
    ext = R.randrange(3)
    extra = []
    if ext == 0:
        extra = [',"photo":[{"contentType":"image/jpeg","data":"', P("photo", photo_b64("jpg")), '"}]']
    elif ext == 1:
        extra = [',"telecom":[{"system":"url","value":"', P("url", p.url()), '"},{"system":"email","value":"', P("email", p.email()), '"}]']
    else:
        k, oid = other_id()
        extra = [',"identifier2":[{"system":"http://hl7.org/fhir/sid/passport-USA","value":"', P("other_id", oid), '"}]']
    return mk("kafka_doc_pipeline",
              ts_iso(), " kafka-consumer[fhir-writer] topic=fhir.patient.upsert partition=", str(R.randint(0, 11)), " offset=",
              str(R.randint(100000, 9999999)), ' key=', P("mrn", m), ' value={"resourceType":"Patient","id":"', uid(),
              '","identifier":[{"system":"urn:oid:2.16.840.1.113883.3.', str(R.randint(1000, 9999)), '.1","value":"', P("mrn", m),
              '"},{"system":"http://hl7.org/fhir/sid/us-ssn","value":"', P("ssn", ssn("raw")), '"}],"name":[{"family":"', P("name", p.l),
              '","given":["', P("name", p.f), '"]}],"birthDate":"', P("date", fd(p.dob, "iso")), '","address":[{"line":["',
              P("address", street()), '"],"city":"', P("address", c), '","state":"', st, '","postalCode":"', P("zip", z), '"}]', extra, "}")


def g_celery():
    p = Pt()
    dob = p.dob.strftime("%Y%m%d")
    v = R.randrange(2)
    if v == 0:
        fn = [P("name", f"{fold(p.l)}_{fold(p.f)}"), "_DOB", P("date", dob), ".pdf"]
        return mk("celery_ocr_task",
                  "[", ts_py(), ": INFO/ForkPoolWorker-", str(R.randint(1, 16)), "] Task idp.tasks.ocr_document[", uid(),
                  "] received args=('s3://lrmc-fax-inbox/2024/11/", fn, "',) kwargs={'priority': ", str(R.randint(1, 9)), ", 'engine': 'textract'}")
    ref = mrn()
    return mk("celery_ocr_task",
              "[", ts_py(), ": INFO/ForkPoolWorker-", str(R.randint(1, 16)), "] Task idp.tasks.store_id_photo[", uid(),
              "] succeeded in ", "%.3f" % (R.random() * 5), "s: {'mrn': '", P("mrn", ref), "', 'photo': '", P("photo", photo_path(ref)), "'}")


def g_billing():
    p = Pt()
    v = R.randrange(2)
    if v == 0:
        return mk("billing_idp",
                  ts_iso(), " idp.billing statement_id=ST", digits(9), " guarantor=", pyq([P("name", p.name("fl"))]), " acct_no=",
                  P("account", pat_acct()), " routing=", aba(), " bank_acct=", P("account", bank_acct()), " amount_due=",
                  str(R.randint(20, 5000)), ".", digits(2), " conf=0.", digits(2))
    return mk("billing_idp",
              ts_iso(), ' idp.billing payment_form fields={"cardholder":"', P("name", p.name("FL")), '","card_number":"', P("account", card()),
              '","billing_zip":"', P("zip", city()[2]), '","patient_acct":"', P("account", pat_acct()), '","remit_to":"', HOSP, ", ",
              HOSP_ADDR, '"}')


def g_multimodal():
    p = Pt()
    kind = ch(["jpeg", "png"])
    data = photo_b64("jpg" if kind == "jpeg" else "png")
    return mk("multimodal_vision_request",
              ts_iso(), ' llm-gw request model=', ch(["gpt-4o-2024-08-06", "claude-3-5-sonnet-20241022"]),
              ' body={"messages":[{"role":"user","content":[{"type":"text","text":"Does the face in this check-in photo match the ID photo on file for ',
              P("name", p.name("fl")), ' (MRN ', P("mrn", mrn()), ')?"},{"type":"image_url","image_url":{"url":"data:image/', kind, ";base64,",
              P("photo", data), '...","detail":"low"}}]}]} truncated_bytes=', str(R.randint(20000, 90000)))


# ==========================================================================
# no-PHI templates (hard look-alikes)
# ==========================================================================
def semver():
    return f"{R.randint(0, 4)}.{R.randint(0, 30)}.{R.randint(0, 40)}"


def n_openai_request():
    v = R.randrange(5)
    if v == 0:
        user = ["Summarize the following de-identified note: [PATIENT] is a ", str(R.randint(22, 89)), "-year-old ",
                ch(["woman", "man"]), " admitted [DATE] for ", ch(DX), ". MRN [MRN]. Discharge meds: ", ch(MEDS), "."]
    elif v == 1:
        user = ["List renal dosing adjustments for ", ch(DRUGS), " when CrCl is 15-29 mL/min. Cite FDA label revision 12/2023."]
    elif v == 2:
        user = ["Attending ", clin("dr"), " prefers bullet points. Rewrite the assessment for ", ch(DX),
                " in 5 bullets; keep ICD-10 ", ch(ICD), " and CPT 99223."]
    elif v == 3:
        user = ["Template check: Dear {{patient.first_name}}, your appointment on {{appt.date}} at {{clinic.address}} is confirmed. Reply STOP to opt out."]
    else:
        user = ["Classify this portal message into [refill, scheduling, billing, clinical]: 'Need to move my Tuesday appt to later in the week, thanks'"]
    return mk("openai_chat_request",
              '{"ts":"', ts_iso(), '","level":"DEBUG","logger":"openai._base_client","msg":"Request options",'
              '"options":{"method":"post","url":"/chat/completions","json_data":{"model":"', ch(OPENAI_MODELS),
              '","temperature":', temp(), ',"seed":', str(R.randint(1, 999999)), ',"messages":[{"role":"system","content":"', ch(SYSPROMPTS),
              '"},{"role":"user","content":"', user, '"}],"user":"', ch(SVC_ACCTS), '"}},"x_request_id":"', req_id(), '","service":"',
              ch(["scribe-api", "portal-assist", "idp-extractor", "pa-letter-bot"]), '"}')


def n_openai_response():
    v = R.randrange(4)
    if v == 0:
        return mk("openai_chat_response",
                  ts_py(), ' INFO httpx: HTTP Request: POST https://lrmc-aoai-eastus2.openai.azure.com/openai/deployments/', ch(AZ_DEPLOY),
                  '/chat/completions?api-version=2024-08-01-preview "HTTP/1.1 200 OK"')
    if v == 1:
        lim = ch([30000, 90000, 450000, 2000000])
        return mk("openai_chat_response",
                  ts_py(), " WARNING openai._base_client: Retrying request to /chat/completions in ", "%.6f" % (R.random() * 8),
                  " seconds; openai.RateLimitError: Error code: 429 - Rate limit reached for ", ch(OPENAI_MODELS), " in organization org-",
                  rstr(24, UP + LOW + DIG), " on tokens per min (TPM): Limit ", str(lim), ", Used ", str(lim - R.randint(10, 900)),
                  ", Requested ", str(R.randint(900, 4000)), ". request_id=req_", hexs(32))
    if v == 2:
        return mk("openai_chat_response",
                  ts_iso(), " INFO  [scribe-api] openai.chat.completions id=chatcmpl-", rstr(29, UP + LOW + DIG), " model=", ch(OPENAI_MODELS),
                  " system_fingerprint=fp_", hexs(10), " finish_reason=stop prompt_tokens=", tok(), " completion_tokens=", tok(),
                  ' content="Assessment: ', str(R.randint(30, 89)), '-year-old with ', ch(DX), '. Plan: continue ', ch(MEDS),
                  ", recheck BMP in 1 week, follow up with ", clin("drl"), ' in 2-4 weeks."')
    return mk("openai_chat_response",
              ts_iso(), " INFO  [portal-assist] x-ratelimit-remaining-requests=", str(R.randint(0, 10000)), " x-ratelimit-remaining-tokens=",
              str(R.randint(0, 2000000)), " x-ratelimit-reset-tokens=", str(R.randint(1, 59)), "ms openai-processing-ms=", str(R.randint(200, 9000)),
              " openai-version=2020-10-01 cf-ray=", hexs(16), "-ORD")


def n_anthropic():
    v = R.randrange(4)
    if v == 0:
        return mk("anthropic_messages",
                  ts_py(), " ERROR [scribe-worker] anthropic.RateLimitError: Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', "
                  "'message': 'Number of request tokens has exceeded your per-minute rate limit'}} request-id=req_01", rstr(22, UP + LOW + DIG),
                  " retry_after=", str(R.randint(1, 60)))
    if v == 1:
        return mk("anthropic_messages",
                  ts_iso(), " INFO llm.anthropic response id=msg_01", rstr(22, UP + LOW + DIG), " model=", ch(ANTH_MODELS),
                  " stop_reason=max_tokens usage={input_tokens: ", tok(), ", output_tokens: ", tok(), ", cache_creation_input_tokens: ",
                  str(R.randint(0, 4000)), "} text='S: ", str(R.randint(40, 89)), " y/o with ", ch(CC), ". O: T 38.", str(R.randint(0, 9)),
                  " C, WBC 14.2. A/P: ", ch(DX), "; start ", ch(MEDS), ".'")
    if v == 2:
        return mk("anthropic_messages",
                  ts_py(), " DEBUG [anthropic._base_client] Request options: {'method': 'post', 'url': '/v1/messages', 'timeout': 600, "
                  "'json_data': {'max_tokens': 1024, 'messages': [{'role': 'user', 'content': 'Generate 5 MCQs on ", ch(DX),
                  " management for PGY-1 residents.'}], 'model': '", ch(ANTH_MODELS), "', 'metadata': {'user_id': '", ch(SVC_ACCTS), "'}}}")
    return mk("anthropic_messages",
              ts_iso(), " WARN anthropic overloaded_error status=529 attempt=", str(R.randint(1, 5)), "/5 backoff_ms=", str(R.randint(100, 8000)),
              " anthropic-version=2023-06-01 anthropic-beta=prompt-caching-2024-07-31")


def n_bedrock():
    acct = str(R.randint(10 ** 11, 10 ** 12 - 1))
    v = R.randrange(2)
    if v == 0:
        txt = ["Embed: ", ch(["Sepsis bundle: lactate within 1 hour, 30 mL/kg crystalloid for hypotension.",
                             "Fall precautions policy NUR-114 rev 2024-03-01.",
                             "Anticoagulation reversal protocol: andexanet alfa dosing table v2."])]
        model = ch(EMBED_MODELS[2:4])
    else:
        txt = ["Rewrite for clarity: Patient is a ", str(R.randint(40, 89)), " yo with ", ch(DX), ", EF 35%, NYHA II."]
        model = ch(BEDROCK_MODELS)
    return mk("bedrock_invocation_log",
              '{"schemaType":"ModelInvocationLog","schemaVersion":"1.0","timestamp":"', ts_iso(), '","accountId":"', acct,
              '","identity":{"arn":"arn:aws:sts::', acct, ':assumed-role/lrmc-rag-indexer-role/', ch(SVC_ACCTS), '"},"region":"',
              ch(["us-east-1", "us-east-2", "us-west-2"]), '","requestId":"', uid(), '","operation":"InvokeModel","modelId":"', model,
              '","input":{"inputContentType":"application/json","inputBodyJson":{"inputText":"', txt, '"},"inputTokenCount":', tok(),
              '},"output":{"outputContentType":"application/json","outputBodyJson":{"metrics":{"latencyMs":', str(R.randint(40, 4000)),
              '}},"outputTokenCount":', str(R.randint(0, 900)), '}}')


def n_azure_apim():
    return mk("azure_apim_gateway",
              '{"TimeGenerated":"', ts_iso(), '","Category":"GatewayLogs","OperationName":"Microsoft.ApiManagement/GatewayLogs",'
              '"ApiId":"azure-openai-chat","OperationId":"', ch(["ChatCompletions_Create", "Embeddings_Create"]), '","Method":"POST",'
              '"Url":"https://lrmc-apim.azure-api.net/openai/deployments/', ch(AZ_DEPLOY), '/chat/completions?api-version=2024-06-01",'
              '"ResponseCode":', ch(["200", "200", "429", "400", "503"]), ',"CallerIpAddress":"', private_ip(), '","TotalTime":',
              str(R.randint(30, 9000)), ',"ApimSubscriptionId":"', ch(SVC_ACCTS), '","ResourceId":"/SUBSCRIPTIONS/', uid().upper(),
              '/RESOURCEGROUPS/RG-CLINAI-PROD/PROVIDERS/MICROSOFT.APIMANAGEMENT/SERVICE/LRMC-APIM","CorrelationId":"', uid(), '"}')


def n_langchain():
    v = R.randrange(3)
    ms = "%.2fs" % (R.random() * 6)
    if v == 0:
        return mk("langchain_trace",
                  "[retriever/end] [1:chain:RetrievalQA > 3:retriever:VectorStoreRetriever] [", ms, "] Exiting Retriever run with output: "
                  '{"documents": [{"page_content": "', ch(["Heparin nomogram: bolus 80 units/kg, then 18 units/kg/h.",
                                                          "Discharge criteria for CAP: afebrile 48 h, SpO2 >= 92% on RA.",
                                                          "Formulary: empagliflozin tier 2; PA required for tirzepatide."]),
                  '", "metadata": {"source": "s3://lrmc-rag/policies/', ch(["pharm", "nursing", "ed"]), "/", hexs(8), '.pdf", "page": ',
                  str(R.randint(1, 80)), ', "sha256": "', hexs(64), '"}}]}')
    if v == 1:
        return mk("langchain_trace",
                  "[tool/start] [1:chain:AgentExecutor > ", str(R.randint(3, 9)), ":tool:formulary_lookup] Entering Tool run with input: "
                  "\"{'drug': '", ch(DRUG_SHORT), "', 'plan_id': 'H", digits(4), "-", digits(3), "', 'tier_year': 2025}\"")
    return mk("langchain_trace",
              "[chain/end] [1:chain:RunnableSequence] [", ms, "] Exiting Chain run with output: {\"output\": \"Per ", clin("dr"),
              ", hold ", ch(MEDS), " 48 h before contrast.\", \"run_id\": \"", uid(), "\"}")


def n_langsmith():
    return mk("langsmith_run",
              '{"id":"', uid(), '","run_type":"llm","name":"ChatAnthropic","start_time":"', ts_iso(), '","end_time":"', ts_iso(),
              '","inputs":{"question":"what is the door-to-needle target for stroke?"},"outputs":{"answer":"60 minutes (goal 45)"},'
              '"extra":{"metadata":{"ls_provider":"anthropic","ls_model_name":"', ch(ANTH_MODELS), '","client_ip":"', private_ip(),
              '","caller":"', staff_email(), '","revision_id":"', hexs(7), '"}},"total_tokens":', tok(), ',"session_name":"chart-qa-prod"}')


def n_llamaindex():
    v = R.randrange(2)
    if v == 0:
        return mk("llamaindex_trace",
                  ts_py(), " - llama_index.core.indices.utils - DEBUG - > Top ", str(R.randint(2, 5)), " nodes: > [Node ", uid(),
                  "] [Similarity score: 0.", digits(4), "] ", ch(["CHF pathway v3: diurese to dry weight, daily BMP.",
                                                                 "Policy HIM-207: release of information requires signed authorization.",
                                                                 "Pacemaker interrogation every 3 months via remote monitoring."]),
                  " > [Node ", uid(), "] [Similarity score: 0.", digits(4), "] ...")
    return mk("llamaindex_trace",
              ts_py(), " - llama_index.core.ingestion.pipeline - INFO - Parsed ", str(R.randint(1, 900)), " documents into ",
              str(R.randint(900, 90000)), " nodes; docstore=redis://10.40.5.21:6379/2 doc_hash=", hexs(64), " embed_model=", ch(EMBED_MODELS))


def n_prompt_template():
    v = R.randrange(2)
    if v == 0:
        body = "{'specialty': 'cardiology', 'max_words': 250, 'style': 'SOAP', 'clinician': '" + clin("dr") + "', 'reading_level': 6}"
        tid = "ambient_soap_v7"
    else:
        body = "{'patient_name': '{patient_name}', 'dob': '{dob}', 'payer': '" + ch(PAYERS) + "', 'form': 'CMS-1500 (02/12)'}"
        tid = "prior_auth_letter.j2"
    return mk("prompt_template_render",
              ts_any(), " INFO prompt_registry.render template_id=", tid, " version=", semver(), " hash=", hexs(12), " vars=", body)


def n_scribe_text():
    return ch([
        "your blood pressure is " + str(R.randint(110, 160)) + " over " + str(R.randint(60, 95)) + ", let's recheck in 2 weeks",
        "I'm " + str(R.randint(30, 89)) + " and I walk about 2 miles a day",
        "I take the metoprolol 25 milligrams every morning since 2019",
        "Dr. " + ch([x for x in CLIN if x[2] in ("MD", "DO")])[1] + " said the echo from last spring looked okay",
        "we'll get labs today and see you back in 3 months",
        "the pain is about a 6 out of 10, worse at night",
        "I've had the cough for about 10 days now",
        "call the clinic at " + HOSP_PHONE + " if the swelling gets worse",
        "my pharmacy is the Walgreens on University Avenue",
        "I stopped smoking in 1998, about 40 pack-years before that",
    ])


def n_scribe_segment():
    t0 = R.randint(10, 2400) + R.random()
    return mk("ambient_scribe_segment",
              '{"session_id":"amb_', hexs(12), '","seg":', str(R.randint(1, 300)), ',"start":', "%.2f" % t0, ',"end":',
              "%.2f" % (t0 + 1 + R.random() * 6), ',"speaker":"spk_', str(R.randint(0, 2)), '","role":"', ch(["CLINICIAN", "PATIENT"]),
              '","text":"', n_scribe_text(), '","conf":0.', digits(2), ',"asr_model":"', ch(SCRIBE_ASR), '"}')


def n_scribe_vtt():
    t0 = R.randint(10, 2400)
    mm, ss = divmod(t0, 60)
    hh, mm = divmod(mm, 60)
    return mk("ambient_scribe_vtt",
              "scribe-webvtt enc=", hexs(8), " cue=", str(R.randint(1, 400)), " %02d:%02d:%02d.%03d --> %02d:%02d:%02d.%03d" %
              (hh, mm, ss, R.randint(0, 999), hh, mm, min(59, ss + 4), R.randint(0, 999)), " <v ", ch(["Clinician", "SPEAKER_00", "Patient"]),
              ">", n_scribe_text(), "</v>")


def n_dictation():
    v = R.randrange(2)
    if v == 0:
        return mk("dictation_job",
                  ts_iso(), " dictation.job id=DJ-2024-", str(R.randint(300, 330)), "-", digits(5), " author=", clin_user(), " dept=",
                  ch(["CARD", "GERI", "IM"]), " status=QUEUED audio=", ch(["wav", "opus"]), " duration_s=", str(R.randint(20, 900)),
                  " sample_rate=16000 device=PowerMic-", ch(["III", "4"]))
    return mk("dictation_job",
              ts_iso(), " dictation.job id=DJ-2024-", str(R.randint(300, 330)), "-", digits(5), " author=", clin_user(),
              ' status=TRANSCRIBED text="This is ', clin("dr"), ' dictating an addendum. Echo shows EF ', str(R.randint(20, 65)),
              ' percent. Continue ', ch(MEDS), '. Return in 6 weeks."')


NEG_TEXTRACT = [
    ("Facility", lambda: HOSP), ("Phone", lambda: HOSP_PHONE), ("Fax", lambda: HOSP_FAX), ("State", lambda: ch(["WI", "Wisconsin", "IL"])),
    ("Sex", lambda: ch(["F", "M", "X"])), ("Marital Status", lambda: ch(["Married", "Single", "Widowed"])),
    ("Preferred Language", lambda: ch(["English", "Spanish", "Hmong"])), ("Primary Care Physician", lambda: clin("full")),
    ("Referring Provider NPI", npi), ("Form", lambda: "HIM-ROI-04 rev 2023-07"), ("Age", lambda: str(R.randint(18, 89))),
    ("Group Number", lambda: "GRP" + digits(6)), ("Copay", lambda: "$" + str(ch([10, 25, 40, 75]))),
    ("Patient Name:", lambda: ""), ("Date of Birth", lambda: "__/__/____"), ("Clinic Address", lambda: HOSP_ADDR),
    ("Page", lambda: f"{R.randint(1, 4)} of {R.randint(4, 9)}"), ("Allergies", lambda: ch(["NKDA", "PCN (rash)", "sulfa"])),
]


def n_textract_kv():
    if chance(0.25):
        return mk("textract_kv",
                  ts_iso(), " idp-worker textract GetDocumentAnalysis JobId=", hexs(64), " JobStatus=", ch(["SUCCEEDED", "IN_PROGRESS", "PARTIAL_SUCCESS"]),
                  " Pages=", str(R.randint(1, 30)), " Blocks=", str(R.randint(100, 9000)), " NextToken=", b64(24), " sns=arn:aws:sns:us-east-2:",
                  str(R.randint(10 ** 11, 10 ** 12 - 1)), ":textract-done")
    k, fn = ch(NEG_TEXTRACT)
    return mk("textract_kv",
              ts_iso(), " idp-worker textract job=", hexs(64), " page=", str(R.randint(1, 6)), " block=KEY_VALUE_SET key=", json.dumps(k),
              " key_conf=", "%.2f" % (90 + R.random() * 9.9), ' value="', fn(), '" value_conf=', "%.2f" % (60 + R.random() * 39.9),
              " bbox=[", ",".join("%.3f" % R.random() for _ in range(4)), "] doc=", ch(["fax", "scan", "upload"]), "_", digits(8), ".",
              ch(["tif", "pdf"]))


def n_textract_id():
    return mk("textract_analyze_id",
              '{"JobId":"', hexs(64), '","DocumentIndex":1,"IdentityDocumentFields":[{"Type":{"Text":"ID_TYPE"},"ValueDetection":{"Text":"',
              ch(["DRIVER LICENSE FRONT", "PASSPORT", "STATE ID"]), '","Confidence":', "%.2f" % (85 + R.random() * 14), '}},{"Type":{"Text":"STATE_NAME"},'
              '"ValueDetection":{"Text":"', ch(["WISCONSIN", "ILLINOIS", "MINNESOTA"]), '","Confidence":', "%.2f" % (85 + R.random() * 14),
              '}},{"Type":{"Text":"CLASS"},"ValueDetection":{"Text":"D","Confidence":99.1}}],"AnalyzeIDModelVersion":"1.0","ts":"', ts_iso(), '"}')


def n_docintel():
    grp = digits(6)
    payer = ch(PAYERS)
    return mk("docintel_insurance_card",
              ts_iso(), ' docintel.analyze result={"modelId":"prebuilt-healthInsuranceCard.us","apiVersion":"2023-07-31",'
              '"docType":"healthInsuranceCard.us","fields":{"Insurer":{"type":"string","valueString":"', payer, '","confidence":0.', digits(3),
              '},"GroupNumber":{"type":"string","valueString":"', grp, '","content":"', grp, '","confidence":0.', digits(3),
              '},"Plan":{"type":"object","valueObject":{"Name":{"type":"string","valueString":"', ch(["PPO Gold", "HMO Select", "Medicare Advantage"]),
              '"}}},"Copays":{"type":"array","valueArray":[{"type":"object","valueObject":{"Benefit":{"valueString":"PCP"},"Amount":{"valueCurrency":{"amount":',
              str(ch([10, 20, 25, 40])), '}}}}]},"PrescriptionInfo":{"type":"object","valueObject":{"RxBIN":{"type":"string","valueString":"',
              ch(["610014", "004336", "003858"]), '"},"RxGrp":{"type":"string","valueString":"RX', digits(4), '"}}}}}')


def n_tesseract():
    txt = ch(["Signature of Patient or Legal Representative ____________ Date ________",
              "HIPAA Notice of Privacy Practices rev. 03/2023 - Page " + str(R.randint(1, 4)) + " of 4",
              HOSP + " * " + HOSP_ADDR + " * Tel " + HOSP_PHONE + " * Fax " + HOSP_FAX,
              "CONFIDENTIAL: This fax contains protected health information. If received in error call " + HOSP_PHONE,
              "Lot# " + rstr(6) + "  Exp 2026-0" + str(R.randint(1, 9)) + "  NDC 0002-" + digits(4) + "-01",
              "BP 1" + digits(2) + "/" + str(R.randint(60, 99)) + "  HR " + str(R.randint(50, 110)) + "  Wt 8" + digits(1) + ".4 kg",
              "Form CMS-1500 (02-12)  Approved OMB-0938-1197", "Ref: " + clin("full") + ", NPI " + npi()])
    return mk("tesseract_ocr",
              tick().strftime("%b %d %H:%M:%S"), " ocr-node-", str(R.randint(1, 6)), " tesseract[", str(R.randint(1000, 60000)), "]: job=ocr-",
              hexs(10), " page=", str(R.randint(1, 9)), " line=", str(R.randint(1, 60)), " conf=", "%.1f" % (55 + R.random() * 44), ' text="', txt, '"')


def n_fax():
    v = R.randrange(2)
    if v == 0:
        return mk("fax_idp_classify",
                  ts_iso(), " faxgw inbound call_id=", uid(), " from_did=+1608262", digits(4), " to_did=+16082624090 pages=", str(R.randint(1, 30)),
                  " baud=14400 ecm=on duration_s=", str(R.randint(20, 600)), " tiff=/var/spool/fax/in/", CLOCK[0].strftime("%Y%m%d"), "_", digits(6), ".tif")
    return mk("fax_idp_classify",
              ts_iso(), " faxgw-idp classify doc_id=fax-", CLOCK[0].strftime("%Y%m%d-%H%M%S"), "-", digits(4), " pages=", str(R.randint(1, 12)),
              " class=", ch(["COVER_SHEET", "LAB_RESULT_BLANK", "JUNK_MARKETING", "PHARMACY_REFILL_FORM"]), " conf=0.", digits(2),
              ' fields={"sender_org":"', ch(["Walgreens #0" + digits(4), "Quest Diagnostics", "Iron Mountain"]), '","return_fax":"', HOSP_FAX, '"}')


def n_comprehend():
    ents = []
    off = R.randint(0, 80)
    for i in range(R.randint(2, 4)):
        t, typ, cat = ch([(ch(DRUG_SHORT), "GENERIC_NAME", "MEDICATION"), (ch(["25 mg", "500 mg", "10 mg"]), "DOSAGE", "MEDICATION"),
                          (ch(["pneumonia", "atrial fibrillation", "CKD stage 3a"]), "DX_NAME", "MEDICAL_CONDITION"),
                          (ch(["echocardiogram", "CBC", "HbA1c"]), "TEST_NAME", "TEST_TREATMENT_PROCEDURE"),
                          (ch(CLIN)[1], "NAME", "PROTECTED_HEALTH_INFORMATION"), (ch(["nurse", "physician"]), "PROFESSION", "PROTECTED_HEALTH_INFORMATION")])
        ents.append('{"Id":%d,"BeginOffset":%d,"EndOffset":%d,"Score":0.%s,"Text":"%s","Category":"%s","Type":"%s"}' % (
            i, off, off + len(t), digits(4), t, cat, typ))
        off += len(t) + R.randint(4, 90)
    return mk("comprehend_medical",
              ts_iso(), " cm-client DetectEntitiesV2 doc=note_", hexs(10), " chars=", str(R.randint(400, 9000)), ' response={"Entities":[',
              ",".join(ents), '],"ModelVersion":"2.', str(R.randint(0, 4)), '.0"}')


def n_presidio():
    v = R.randrange(2)
    if v == 0:
        res = "DATE_TIME(" + str(R.randint(0, 90)) + "," + str(R.randint(91, 99)) + ",0.60)='last Tuesday'"
    else:
        res = ""
    return mk("presidio_deid",
              ts_py(), " INFO presidio-analyzer doc=", ch(["note", "msg", "transcript"]), "_", hexs(8), " lang=en results=[", res,
              "] threshold=0.", str(R.randint(3, 6)), " elapsed_ms=", str(R.randint(3, 400)), " recognizers=", str(R.randint(20, 40)),
              " deny_list=clinician_names_v", str(R.randint(1, 9)), " allow_list=[", pyq([clin("drl")]), ", '", HOSP, "']")


def n_clinical_nlp():
    v = R.randrange(3)
    if v == 0:
        return mk("clinical_nlp_entities",
                  ts_py(), " INFO  [cTAKES] ClinicalPipeline - IdentifiedAnnotation type=DiseaseDisorderMention begin=", str(R.randint(0, 900)),
                  " end=", str(R.randint(900, 1800)), " covered=\"", ch(["type 2 diabetes", "heart failure", "pneumonia", "CKD"]), "\" cui=C", digits(7),
                  " tui=T047 polarity=", ch(["1", "-1"]), " uncertainty=0 historyOf=0")
    if v == 1:
        return mk("clinical_nlp_entities",
                  ts_py(), " medspacy.context sent_id=", str(R.randint(1, 80)), " target='", ch(["pneumonia", "PE", "DVT", "fracture"]),
                  "' label=PROBLEM is_negated=", ch(["True", "False"]), " is_hypothetical=False section=assessment_and_plan sent='No evidence of ",
                  ch(["pneumonia", "PE", "DVT"]), " on CT dated this admission; seen by ", clin("drl"), ".'")
    return mk("clinical_nlp_entities",
              ts_py(), " scispacy pipeline=en_core_sci_lg-0.5.4 doc=", hexs(10), " ents=", str(R.randint(1, 300)), " umls_linker=on threshold=0.85 ms=",
              str(R.randint(10, 900)))


def n_vector_upsert():
    v = R.randrange(3)
    emb = "[" + ",".join("%.4f" % (R.random() * 2 - 1) for _ in range(4)) + ",...]"
    if v == 0:
        return mk("vector_store_upsert",
                  ts_iso(), " pinecone upsert index=policies-v3 namespace=nursing id=pol#", digits(4), "#chunk-", "%03d" % R.randint(0, 80),
                  ' metadata={"source":"s3://lrmc-rag/policies/', hexs(8), '.pdf","page":', str(R.randint(1, 90)), ',"effective":"2024-0',
                  str(R.randint(1, 9)), '-01","owner":"', ch(SVC_ACCTS), '"} dim=1536 values=', emb)
    if v == 1:
        return mk("vector_store_upsert",
                  "LOG:  duration: ", "%.3f" % (R.random() * 900), " ms  statement: CREATE INDEX CONCURRENTLY note_chunks_embedding_idx ON note_chunks USING hnsw (embedding vector_cosine_ops) WITH (m = 16, ef_construction = 64)")
    return mk("vector_store_upsert",
              ts_iso(), " weaviate batch class=ClinicalChunk objects=", str(R.randint(10, 500)), " errors=0 took=", str(R.randint(20, 9000)),
              "ms vectorizer=text2vec-openai model=", ch(EMBED_MODELS), " node=weaviate-", str(R.randint(0, 2)), ".weaviate.svc:8080")


def n_chatbot():
    txt = ch(["I'm " + str(R.randint(18, 89)) + " and have had a headache for 3 days, should I worry",
              "what are the visiting hours at " + HOSP + "?",
              "is the clinic at 2400 Lakeview Pkwy open on Saturday",
              "how do I prepare for a colonoscopy next week",
              "my kid has a fever of 101.3 since Monday",
              "where do I park for the cancer center, lot C or the ramp?",
              "can I take ibuprofen with lisinopril 10 mg"])
    return mk("chatbot_session",
              ts_iso(), " symptom-checker session=sc_", hexs(12), " turn=", str(R.randint(1, 14)), " role=user client_ip=", private_ip(),
              ' text="', txt, '" intent=', ch(["triage", "faq", "directions", "scheduling"]), " triage_level=", ch(["self_care", "primary_care", "urgent", "ed"]),
              " lang=en")


def n_guardrail():
    v = R.randrange(3)
    if v == 0:
        return mk("guardrail_moderation",
                  ts_iso(), " bedrock-guardrail id=gr-", rstr(12, LOW + DIG), " version=", str(R.randint(1, 9)),
                  ' action=NONE source=OUTPUT assessments=[{"contentPolicy":{"filters":[{"type":"VIOLENCE","confidence":"NONE"},{"type":"MISCONDUCT","confidence":"LOW"}]}}] latency_ms=',
                  str(R.randint(20, 400)))
    if v == 1:
        return mk("guardrail_moderation",
                  ts_iso(), " llm-guard scanner=PromptInjection risk=0.9", digits(1), " blocked=true prompt_sha256=", hexs(64), " user=", ch(SVC_ACCTS))
    return mk("guardrail_moderation",
              ts_iso(), " openai.moderations model=omni-moderation-2024-09-26 flagged=false categories.self-harm=0.000", digits(3),
              " categories.violence=0.00", digits(2), " id=modr-", digits(4))


def n_eval():
    v = R.randrange(2)
    if v == 0:
        pr, rc = R.uniform(0.80, 0.99), R.uniform(0.75, 0.99)
        return mk("eval_harness",
                  "eval[deid-bench-v4] summary model=", ch(ANTH_MODELS + OPENAI_MODELS), " n=", str(R.randint(200, 3000)), " precision=",
                  "%.3f" % pr, " recall=", "%.3f" % rc, " f1=", "%.3f" % (2 * pr * rc / (pr + rc)), " leak_rate=0.00", digits(1), " run=", CLOCK[0].strftime("%Y%m%d"), "-", hexs(6),
                  " git=", hexs(40))
    return mk("eval_harness",
              "eval[summ-faithfulness] case=", "%04d" % R.randint(1, 2000), " judge=", ch(OPENAI_MODELS), " score=0.", digits(2),
              ' rationale="summary states EF 35% but note says 40%; dose of ', ch(MEDS), ' correct" latency_ms=', str(R.randint(200, 9000)))


def n_serving_access():
    v = R.randrange(4)
    if v == 0:
        return mk("model_serving_access",
                  "INFO:     ", private_ip(), ":", str(R.randint(1025, 65535)), ' - "GET ', ch(["/healthz", "/readyz", "/metrics", "/v1/models"]),
                  ' HTTP/1.1" 200 OK')
    if v == 1:
        return mk("model_serving_access",
                  private_ip(), " - - [", ts_clf(), '] "POST /v1/embeddings HTTP/1.1" 200 ', str(R.randint(200, 90000)), ' "-" "',
                  ch(UAS[-2:]), '" rt=0.', digits(3), " upstream=", private_ip(), ":8000")
    if v == 2:
        return mk("model_serving_access",
                  ts_iso(), " triton metrics nv_inference_request_success{model=\"scribe-summarizer\",version=\"", str(R.randint(1, 20)),
                  "\"} ", str(R.randint(1000, 900000)), " gpu_uuid=GPU-", uid(), " nv_gpu_utilization=0.", digits(2))
    return mk("model_serving_access",
              ts_iso(), " nvidia-smi node=gpu-", "%02d" % R.randint(1, 24), " gpu=", str(R.randint(0, 7)), " name=\"NVIDIA H100 80GB HBM3\" serial=",
              "1652", digits(9), " temp=", str(R.randint(30, 80)), "C mem_used=", str(R.randint(1000, 80000)), "MiB driver=550.", digits(2), ".", digits(2))


def n_llm_server():
    v = R.randrange(2)
    if v == 0:
        return mk("llm_server_log",
                  "INFO ", tick().strftime("%m-%d %H:%M:%S"), " metrics.py:", str(R.randint(300, 400)), "] Avg prompt throughput: ",
                  "%.1f" % (R.random() * 5000), " tokens/s, Avg generation throughput: ", "%.1f" % (R.random() * 900),
                  " tokens/s, Running: ", str(R.randint(0, 64)), " reqs, Swapped: 0 reqs, Pending: ", str(R.randint(0, 20)),
                  " reqs, GPU KV cache usage: ", "%.1f" % (R.random() * 100), "%, CPU KV cache usage: 0.0%.")
    return mk("llm_server_log",
              ts_iso(), "  INFO text_generation_launcher: Args { model_id: \"", ch(["meta-llama/Meta-Llama-3.1-8B-Instruct", "mistralai/Mistral-7B-Instruct-v0.3", "epfl-llm/meditron-7b"]),
              "\", revision: Some(\"", hexs(40), "\"), max_input_tokens: Some(", ch(["4096", "8192"]), "), port: ", ch(["8080", "3000"]),
              ", hostname: \"tgi-", hexs(5), "\", shard_uds_path: \"/tmp/text-generation-server\" }")


def n_voice_bio():
    return mk("voice_biometric",
              ts_iso(), " voiceauth verify call_id=", uid(), " ani=", HOSP_PHONE.replace("(", "").replace(") ", "-"), " result=",
              ch(["NO_MATCH", "INSUFFICIENT_AUDIO", "MATCH"]), " score=0.", digits(2), " threshold=0.72 model=ecapa-tdnn-v2.1 eer=0.018 net_speech_s=",
              "%.1f" % (R.random() * 20))


def n_rpm():
    dn = ch(DEVICES)[0]
    return mk("rpm_device_ingest",
              ts_iso(), " rpm-ingest[ota] model=\"", dn, "\" fw_from=", semver(), " fw_to=", semver(), " rollout=", str(R.randint(1, 100)),
              "% cohort=", ch(["canary", "wave-2", "ga"]), " package_sha256=", hexs(64))


def n_kafka():
    return mk("kafka_doc_pipeline",
              ts_iso(), " kafka-consumer[fhir-writer] group=fhir-writer-prod topic=fhir.patient.upsert partition=", str(R.randint(0, 11)),
              " lag=", str(R.randint(0, 90000)), " committed_offset=", str(R.randint(100000, 9999999)), " broker=b-", str(R.randint(1, 3)),
              ".lrmc-msk.kafka.us-east-2.amazonaws.com:9094 rebalance_ms=", str(R.randint(10, 900)))


def n_celery():
    return mk("celery_ocr_task",
              "[", ts_py(), ": INFO/ForkPoolWorker-", str(R.randint(1, 16)), "] Task idp.tasks.ocr_document[", uid(), "] succeeded in ",
              "%.3f" % (R.random() * 20), "s: {'pages': ", str(R.randint(1, 40)), ", 'words': ", str(R.randint(100, 9000)), ", 'mean_conf': 0.",
              digits(2), ", 'bucket': 'lrmc-fax-inbox', 'etag': '", hexs(32), "'}")


def n_billing():
    return mk("billing_idp",
              ts_iso(), " idp.billing batch=", CLOCK[0].strftime("%Y%m%d"), "-", str(R.randint(1, 9)), " statements=", str(R.randint(100, 9000)),
              " total_due=$", str(R.randint(10000, 900000)), ".", digits(2), " remit_to=\"", HOSP, ", ", HOSP_ADDR, "\" lockbox=", digits(6),
              " routing=", aba(), " merchant_id=", digits(12))


def n_multimodal():
    return mk("multimodal_vision_request",
              ts_iso(), ' llm-gw request model=gpt-4o-2024-08-06 body={"messages":[{"role":"user","content":[{"type":"text","text":"Read the lot number and expiry from this vaccine vial label."},{"type":"image_url","image_url":{"url":"s3://lrmc-pharmacy/vial-labels/',
              hexs(16), '.jpg","detail":"high"}}]}]} image_sha256=', hexs(64))


def n_governance():
    vn, va, vp = ch(VENDORS)
    v = R.randrange(2)
    if v == 0:
        return mk("ai_governance_registry",
                  ts_iso(), " model-inventory register system=", ch(["ambient-scribe", "fax-idp", "symptom-checker", "rag-chart-qa"]), " vendor=\"",
                  vn, "\" hq_address=\"", va, "\" vendor_phone=\"", vp, "\" baa_signed=", rand_date(2021, 2024).isoformat(), " risk_tier=",
                  ch(["high", "medium"]), " owner=", staff_email())
    return mk("ai_governance_registry",
              ts_iso(), " audit user=", staff_email(), " action=", ch(["VIEW_PROMPT_LOG", "EXPORT_EVAL_REPORT", "ROTATE_API_KEY"]), " role=",
              ch(["Physician", "CMIO", "Data Scientist", "Privacy Officer"]), " src_ip=", private_ip(), " mfa=true session=", hexs(24))


def g_docintel_custom():
    p = Pt()
    st_, lic = dl()
    inj = svc_date()
    fields = [('"PatientName":{"type":"string","valueString":"', P("name", p.name(ch(["fl", "FL"]))), '","confidence":0.', digits(3), "}"),
              ('"DateOfInjury":{"type":"date","valueDate":"', P("date", inj.isoformat()), '","content":"', P("date", fd(inj, "us")),
               '","confidence":0.', digits(3), "}")]
    veh = ch(["vin", "plate", "both"])
    if veh in ("vin", "both"):
        fields.append(('"VehicleVIN":{"type":"string","valueString":"', P("vehicle", vin()), '","confidence":0.', digits(3), "}"))
    if veh in ("plate", "both"):
        fields.append(('"PlateNumber":{"type":"string","valueString":"', P("vehicle", plate()), '","confidence":0.', digits(3), "}"))
    if chance(0.5):
        fields.append(('"DriverLicenseNo":{"type":"string","valueString":"', P("license", lic), '","confidence":0.', digits(3), "}"))
    fields.append(('"ClaimNumber":{"type":"string","valueString":"CLM-', digits(10), '","confidence":0.', digits(3), "}"))
    fields.append(('"AutoInsurer":{"type":"string","valueString":"', ch(["State Farm", "Progressive", "GEICO", "American Family"]),
                   '","confidence":0.', digits(3), "}"))
    body = []
    for i, f in enumerate(fields):
        if i:
            body.append(",")
        body.append(list(f))
    return mk("docintel_custom_form",
              ts_iso(), " docintel.analyze model=lrmc-mva-intake-v", str(R.randint(2, 6)), ' result={"docType":"lrmc-mva-intake","fields":{',
              body, '},"pages":', str(R.randint(1, 4)), "}")


def n_docintel_custom():
    return mk("docintel_custom_form",
              ts_iso(), " docintel.build model=lrmc-mva-intake-v", str(R.randint(2, 6)), " status=", ch(["succeeded", "running", "failed"]),
              " trainingDocs=", str(R.randint(5, 500)), " avgAccuracy=0.", digits(3), " fields=[PatientName,DateOfInjury,VehicleVIN,PlateNumber,ClaimNumber]",
              " operationId=", uid(), " apiVersion=2023-07-31")


# ==========================================================================
# build + self-checks
# ==========================================================================
PHI_GENS = [(g_openai_request, 3), (g_openai_response, 2), (g_anthropic, 2), (g_anthropic_resp, 1), (g_bedrock, 2),
            (g_azure_apim, 2), (g_langchain, 2), (g_langsmith, 1), (g_llamaindex, 2), (g_prompt_template, 2),
            (g_scribe_segment, 3), (g_scribe_vtt, 2), (g_dictation, 2), (g_textract_kv, 4), (g_textract_id, 2),
            (g_docintel, 1), (g_docintel_custom, 2), (g_tesseract, 3), (g_fax_idp, 3), (g_comprehend, 2),
            (g_presidio, 2), (g_clinical_nlp, 2), (g_vector_upsert, 3), (g_chatbot, 3), (g_guardrail, 2),
            (g_eval, 2), (g_serving_access, 3), (g_llm_server, 2), (g_voice_bio, 3), (g_rpm, 2), (g_kafka, 3),
            (g_celery, 2), (g_billing, 2), (g_multimodal, 1)]
NEG_GENS = [(n_openai_request, 3), (n_openai_response, 3), (n_anthropic, 2), (n_bedrock, 2), (n_azure_apim, 2),
            (n_langchain, 2), (n_langsmith, 1), (n_llamaindex, 2), (n_prompt_template, 2), (n_scribe_segment, 3),
            (n_scribe_vtt, 2), (n_dictation, 2), (n_textract_kv, 4), (n_textract_id, 1), (n_docintel, 1),
            (n_docintel_custom, 1), (n_tesseract, 3), (n_fax, 2), (n_comprehend, 2), (n_presidio, 1),
            (n_clinical_nlp, 2), (n_vector_upsert, 2), (n_chatbot, 3), (n_guardrail, 2), (n_eval, 2),
            (n_serving_access, 3), (n_llm_server, 2), (n_voice_bio, 1), (n_rpm, 1), (n_kafka, 1), (n_celery, 1),
            (n_billing, 1), (n_multimodal, 1), (n_governance, 3)]


def is_word(b):
    return chr(b).isalnum()


def check_line(n, fam, line, spans, has_phi):
    assert b"\n" not in line and b"\r" not in line, (n, fam)
    text = line.decode("utf-8")
    assert text == text.strip() and text, (n, fam)
    if not has_phi:
        assert not spans, (n, fam, spans)
        return
    assert spans, (n, fam, "PHI line without spans")
    prev_e = -1
    for sp in sorted(spans, key=lambda x: x["s"]):
        v = sp["_v"]
        assert v and v == v.strip(), (n, fam, repr(v))
        assert line[sp["s"]:sp["e"]] == v.encode("utf-8"), (n, fam, v)
        assert sp["s"] >= prev_e, (n, fam, "overlap", v)
        prev_e = sp["e"]
    # every other occurrence of a labeled value (len>=4, on token boundaries) must be labeled too
    for sp in spans:
        vb = sp["_v"].encode("utf-8")
        if len(vb) < 4:
            continue
        i = line.find(vb)
        while i >= 0:
            j = i + len(vb)
            bounded = (i == 0 or not is_word(line[i - 1])) and (j == len(line) or not is_word(line[j]))
            if bounded:
                assert any(o["s"] <= i and j <= o["e"] for o in spans), (n, fam, "unlabeled repeat of", sp["_v"])
            i = line.find(vb, i + 1)
    if text.startswith("{"):
        json.loads(text)


def build():
    R.seed(SEED)
    CLOCK[0] = dt.datetime(2024, 11, 18, 5, 58, 11, 120000)
    flags = [False] * N_CLEAN + [True] * (N_LINES - N_CLEAN)
    R.shuffle(flags)
    pg, pw = zip(*PHI_GENS)
    ng, nw = zip(*NEG_GENS)
    out = []
    for n, has_phi in enumerate(flags, 1):
        gen = R.choices(pg, pw)[0] if has_phi else R.choices(ng, nw)[0]
        fam, line, spans = gen()
        check_line(n, fam, line, spans, has_phi)
        out.append((fam, line, sorted(spans, key=lambda x: x["s"])))
    return out


def serialize(rows):
    log = b"".join(line + b"\n" for _, line, _ in rows)
    labs = []
    for n, (fam, _, spans) in enumerate(rows, 1):
        labs.append(json.dumps({"line": n, "family": fam,
                                "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in spans]},
                               ensure_ascii=False))
    return log, ("\n".join(labs) + "\n").encode("utf-8")


def main():
    rows = build()
    log, labs = serialize(rows)
    log2, labs2 = serialize(build())
    assert log == log2 and labs == labs2, "generator is not deterministic"
    assert len(rows) == N_LINES

    cats = collections.Counter(s["cat"] for _, _, sp in rows for s in sp)
    fams = collections.Counter(f for f, _, _ in rows)
    fams_phi = collections.Counter(f for f, _, sp in rows if sp)
    n_phi = sum(1 for _, _, sp in rows if sp)
    clean_frac = 1 - n_phi / N_LINES
    assert 0.40 <= clean_frac <= 0.50, clean_frac
    for c in CATS:
        assert cats[c] >= 8, f"category {c} has only {cats[c]} spans"

    with open(LOG_PATH, "wb") as fh:
        fh.write(log)
    with open(LAB_PATH, "wb") as fh:
        fh.write(labs)

    # re-read from disk and re-verify offsets
    lines = open(LOG_PATH, "rb").read().split(b"\n")[:-1]
    recs = [json.loads(x) for x in open(LAB_PATH, encoding="utf-8")]
    assert len(lines) == len(recs) == N_LINES
    for ln, rec, (_, _, sp) in zip(lines, recs, rows):
        for a, b in zip(rec["spans"], sp):
            assert ln[a["s"]:a["e"]].decode("utf-8") == b["_v"]

    print(f"lines: {N_LINES}")
    print(f"lines with PHI: {n_phi}  lines without PHI: {N_LINES - n_phi} ({clean_frac:.1%})")
    print(f"spans: {sum(cats.values())}")
    for c in CATS:
        print(f"  {c:12s} {cats[c]}")
    print(f"families: {len(fams)}")
    for f in sorted(fams):
        print(f"  {f:28s} {fams[f]:3d} lines ({fams_phi[f]} with PHI)")
    print("sha256 y.log:", hashlib.sha256(log).hexdigest())


if __name__ == "__main__":
    main()
