#!/usr/bin/env python3
"""Deterministic generator of a synthetic, labeled free-text healthcare log corpus.

Writes f.log and f.labels.jsonl next to this script.  All people, numbers and
addresses are synthetic.  Span offsets are byte offsets into each UTF-8 line.
"""
import datetime
import json
import os
import random
import re
import string
import unicodedata
from collections import Counter

SEED = 5052025
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_PER_FAMILY = 75
CLEAN_PER_FAMILY = 30

FAMILIES = ["callcenter", "chat", "notes", "astm", "erx", "remit", "device_iot", "audit_text"]


# ----------------------------------------------------------------------------
# line builder
# ----------------------------------------------------------------------------
class Line:
    TOK = re.compile(r"(\{\w+\})")

    def __init__(self, family):
        self.family = family
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, s):
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        b = len(s.encode("utf-8"))
        self.spans.append((self.n, self.n + b, cat, s))
        self.buf.append(s)
        self.n += b
        return self

    def f(self, tmpl, ctx):
        for part in self.TOK.split(tmpl):
            if part.startswith("{") and part.endswith("}") and part[1:-1] in ctx:
                v = ctx[part[1:-1]]
                if isinstance(v, tuple):
                    self.p(v[0], v[1])
                else:
                    self.t(str(v))
            else:
                self.t(part)
        return self

    def text(self):
        return "".join(self.buf)


# ----------------------------------------------------------------------------
# pools
# ----------------------------------------------------------------------------
FIRST_F = ["Maria", "Aisha", "Priya", "Siobhan", "Fatima", "Ingrid", "Leilani", "Yuki", "Anneliese",
           "Rosa", "Svetlana", "Thandiwe", "Esperanza", "Zofia", "Zoë", "Mei-Ling", "Ngozi", "Dagny",
           "Beatriz", "Noor", "Hannelore", "Ximena", "Keisha", "Oksana", "Amara", "Colleen", "Renée"]
FIRST_M = ["Jon", "Wei", "Olusegun", "Dmitri", "José", "Björn", "Kenji", "Chidi", "Mateo", "Tariq",
           "Kwame", "Hamza", "Lars", "Ravi", "Emeka", "Thanh", "Giuseppe", "Aleksander", "Darnell",
           "Rafael", "Seamus", "Bao", "Ibrahim", "Tomás", "Kofi", "Viktor", "Jean-Luc"]
LAST = ["Okafor", "Smith", "van der Berg", "de la Cruz", "O'Neill", "Nguyen", "Al-Sayed", "Müller",
        "Kowalski", "Haddad", "Tanaka", "Fitzgerald", "Mbeki", "Papadopoulos", "Ramírez", "Lindqvist",
        "Abernathy", "Chowdhury", "St. John", "da Silva", "Van Houten", "Kim", "Oyelaran", "Schwartz",
        "Gallagher", "Yilmaz", "Mahlangu", "Dubois", "Øvergaard", "Nakashima-Reyes", "Begay",
        "Kealoha", "Ivanova", "McAllister", "ter Horst", "Bianchi", "Adeyemi", "Horvath"]
CLIN = ["Keller", "Patel", "Alvarez", "Hunter", "Brooks", "Nakamura", "Osei", "Lindgren", "Moreau",
        "Farouk", "Whitfield", "Baker", "Sorensen", "Castellano"]
CLIN_FIRST = ["Anne", "Raj", "Will", "Grace", "Lena", "Marcus", "Hope", "Owen"]
CLIN_TITLE = ["Dr.", "Dr.", "RN", "NP", "PA", "Dr."]
STREETS = ["Elm", "Maple", "Oak", "Cedar Ridge", "Martin Luther King Jr", "Kamehameha", "Peachtree",
           "Willow Creek", "Via del Sol", "Hunter", "Spring", "Lakeview", "Old Mill", "Birch Hollow",
           "Cuauhtémoc", "Prospect", "Riverside", "Magnolia", "Juniper", "Orchard"]
SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Blvd", "Ln", "Dr", "Ct", "Way", "Pl"]
CITIES = [("Springfield", "MA", "011"), ("Dayton", "OH", "454"), ("Fresno", "CA", "937"),
          ("Bangor", "ME", "044"), ("Tucson", "AZ", "857"), ("Grand Rapids", "MI", "495"),
          ("Hilo", "HI", "967"), ("Duluth", "MN", "558"), ("El Paso", "TX", "799"),
          ("Port St. Lucie", "FL", "349"), ("Coeur d'Alene", "ID", "838"), ("Española", "NM", "875"),
          ("Burlington", "VT", "054"), ("Savannah", "GA", "314"), ("Spokane", "WA", "992"),
          ("Paterson", "NJ", "075"), ("Gallup", "NM", "873"), ("Lowell", "MA", "018")]
DRUGS = ["metformin 500 mg tab", "lisinopril 10 mg tab", "atorvastatin 40 mg tab", "apixaban 5 mg tab",
         "levothyroxine 75 mcg tab", "insulin glargine 100 units/mL pen", "amoxicillin 500 mg cap",
         "sertraline 50 mg tab", "albuterol HFA 90 mcg/act", "furosemide 40 mg tab",
         "Ozempic 0.25 mg/0.5 mL pen", "amlodipine 5 mg tab", "gabapentin 300 mg cap"]
SIGS = ["take 1 tablet by mouth twice daily", "take 1 tab PO daily", "inject 10 units subcut at bedtime",
        "1 cap PO TID x 10 days", "2 puffs q4-6h PRN wheeze", "take 1 tablet by mouth every morning"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON = [m[:3] for m in MONTHS]
RELS_F = ["daughter", "wife", "sister", "mother", "niece", "granddaughter"]
RELS_M = ["son", "husband", "brother", "father", "nephew", "grandson"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com",
             "protonmail.com", "comcast.net"]


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.replace("Ø", "O").replace("ø", "o")


# ----------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------
def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def rand_date(y0, y1):
    start = datetime.date(y0, 1, 1)
    end = datetime.date(y1, 12, 31)
    return start + datetime.timedelta(days=R.randint(0, (end - start).days))


def fmt_date(d, lower=False):
    styles = [
        lambda d: d.strftime("%m/%d/%Y"),
        lambda d: f"{d.month}/{d.day}/{d.year % 100:02d}",
        lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        lambda d: f"{MONTHS[d.month - 1]} {ordinal(d.day)} {d.year}",
        lambda d: f"{ordinal(d.day)} of {MONTHS[d.month - 1]} {d.year}",
        lambda d: d.isoformat(),
        lambda d: f"{d.day:02d}-{MON[d.month - 1]}-{d.year}",
        lambda d: f"{d.day} {MON[d.month - 1]} {d.year}",
        lambda d: f"{d.month:02d}.{d.day:02d}.{d.year}",
        lambda d: f"{MON[d.month - 1]}{'' if d.month == 5 else '.'} {d.day}, {d.year}",
        lambda d: f"{d.month}/{d.day}/{d.year}",
    ]
    s = R.choice(styles)(d)
    return s.lower() if lower else s


def fmt_date_chat(d):
    styles = [
        lambda d: f"{d.month}/{d.day}/{d.year % 100:02d}",
        lambda d: f"{MONTHS[d.month - 1].lower()} {d.day} {d.year}",
        lambda d: f"{MONTHS[d.month - 1].lower()} {ordinal(d.day)}",
        lambda d: f"{d.month}-{d.day}-{d.year}",
        lambda d: f"{d.month}/{d.day}",
        lambda d: f"{ordinal(d.day)} of {MONTHS[d.month - 1].lower()}",
        lambda d: f"{MON[d.month - 1].lower()} {d.day}",
    ]
    return R.choice(styles)(d)


def nanp(fmt=None):
    while True:
        a = R.randint(201, 989)
        sa = str(a)
        if sa[1:] == "11" or sa[1] == "9" or sa in ("555", "800", "888", "877", "866", "900"):
            continue
        break
    if R.random() < 0.35:
        ex, ln = "555", f"01{R.randint(0, 99):02d}"
    else:
        while True:
            ex = str(R.randint(201, 999))
            if ex[1:] != "11" and ex != "555":
                break
        ln = f"{R.randint(0, 9999):04d}"
    fmts = [f"{a}-{ex}-{ln}", f"({a}) {ex}-{ln}", f"{a}.{ex}.{ln}", f"+1 {a} {ex} {ln}", f"{a}{ex}{ln}",
            f"1-{a}-{ex}-{ln}", f"({a}){ex}-{ln}"]
    if fmt == "7":
        return f"{ex}-{ln}"
    if fmt == "digits":
        return f"{a}{ex}{ln}"
    return R.choice(fmts)


def ssn(sep=None):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g, s = R.randint(1, 99), R.randint(1, 9999)
    if sep is None:
        sep = R.choice(["-", "-", "-", " ", ""])
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def luhn_check(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def card():
    pre = R.choice(["4", "51", "53", "37", "6011"])
    length = 15 if pre == "37" else 16
    body = pre + "".join(R.choice(string.digits) for _ in range(length - 1 - len(pre)))
    num = body + luhn_check(body)
    if length == 16:
        return R.choice([" ", "-", ""]).join(num[i:i + 4] for i in range(0, 16, 4))
    return f"{num[:4]} {num[4:10]} {num[10:]}"


def imei():
    body = R.choice(["35", "86", "01", "99"]) + "".join(R.choice(string.digits) for _ in range(12))
    return body + luhn_check(body)


def npi():
    body = R.choice("12") + "".join(R.choice(string.digits) for _ in range(8))
    return body + luhn_check("80840" + body)


def dea(last):
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return R.choice("ABFM") + last[0].upper() + "".join(map(str, d)) + str(chk)


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VAL = dict(zip("ABCDEFGH", range(1, 9)))
VIN_VAL.update(dict(zip("JKLMN", range(1, 6))))
VIN_VAL.update({"P": 7, "R": 9})
VIN_VAL.update(dict(zip("STUVWXYZ", range(2, 10))))
VIN_VAL.update({str(i): i for i in range(10)})
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = [R.choice(VIN_CHARS) for _ in range(17)]
    chars[0] = R.choice("12345JKLSWYZ")
    chars[9] = R.choice("LMNPRSTVWXY")  # model year code
    chars[8] = "0"
    tot = sum(VIN_VAL[c] * w for c, w in zip(chars, VIN_W))
    chk = tot % 11
    chars[8] = "X" if chk == 10 else str(chk)
    return "".join(chars)


def plate():
    return R.choice([
        f"{R.randint(1, 9)}{''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{R.randint(0, 999):03d}",
        f"{''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}-{R.randint(1000, 9999)}",
        f"{''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))} {R.randint(100, 999)}",
    ])


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_L + string.digits
    s = (R.choice("123456789") + R.choice(MBI_L) + R.choice(an) + R.choice(string.digits) +
         R.choice(MBI_L) + R.choice(an) + R.choice(string.digits) + R.choice(MBI_L) + R.choice(MBI_L) +
         R.choice(string.digits) + R.choice(string.digits))
    return R.choice([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])


def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def mrn():
    return R.choice([digits(8), "00" + digits(6), "E" + digits(7), digits(7), "MR" + digits(6),
                     f"{digits(3)}-{digits(2)}-{digits(3)}"])


def health_plan():
    return R.choice([
        "W" + digits(9), alnum(3, string.ascii_uppercase) + digits(9), mbi(), "YH" + digits(6) + "K",
        "ZGP" + digits(8) + "01", "U" + digits(8) + "01", "MCD" + digits(9), "H" + digits(8)])


def account():
    return R.choice(["A" + digits(9), digits(10), f"{digits(6)}-{digits(2)}", "PA" + digits(8),
                     f"GT{digits(7)}", digits(12)])


def dl():
    return R.choice([
        R.choice(string.ascii_uppercase) + digits(7),
        f"{R.choice(string.ascii_uppercase)}{digits(3)}-{digits(4)}-{digits(4)}",
        digits(9), f"{R.choice('SMKDT')}{digits(12)}",
        f"{R.choice(string.ascii_uppercase)}{digits(3)}-{digits(3)}-{digits(2)}-{digits(3)}-{digits(1)}"])


def serial():
    return R.choice([
        "SN" + alnum(8), alnum(2, string.ascii_uppercase) + digits(7), "G7" + alnum(8),
        f"{alnum(3, string.ascii_uppercase)}{digits(6)}{R.choice('SHN')}",
        f"{digits(2)}{alnum(2, string.ascii_uppercase)}-{digits(6)}", "2" + digits(10)])


def pm_serial():
    return f"{alnum(3, string.ascii_uppercase)}{digits(6)}{R.choice('SGH')}"


def mac():
    return ":".join(f"{R.randint(0, 255):02X}" for _ in range(6))


def ip():
    if R.random() < 0.15:
        return f"2601:{R.randint(0, 0xfff):x}:{R.randint(0, 0xffff):x}:{R.randint(0, 0xffff):x}::{R.randint(1, 0xffff):x}"
    while True:
        a = R.choice([24, 47, 50, 67, 68, 71, 73, 76, 96, 98, 104, 108, 135, 162, 172, 173, 174, 184, 199])
        b = R.randint(0, 255)
        if a == 172 and 16 <= b <= 31:
            continue
        return f"{a}.{b}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def biometric():
    h = "".join(R.choice("0123456789abcdef") for _ in range(R.choice([24, 32, 40])))
    return R.choice([("fingerprint", f"FP-{h[:24].upper()}"), ("facial-geometry", f"sha256:{h}"),
                     ("voiceprint", f"VP{digits(10)}"), ("iris", f"IRIS-{h[:16]}"),
                     ("palm-vein", f"PV-{h[:20].upper()}")])


def photo(last):
    l = re.sub(r"[^a-z]", "", ascii_fold(last).lower())
    return R.choice([
        f"IMG_2025{R.randint(1, 5):02d}{R.randint(1, 28):02d}_{R.randint(0, 235959):06d}.jpg",
        f"rash_{l}_{R.randint(1, 12):02d}{R.randint(1, 28):02d}.png",
        f"face_capture_{digits(7)}.jpg", f"wound-photo-{digits(4)}.heic", f"PXL_2025{digits(4)}_{digits(9)}.jpg",
        f"idphoto_{l}.jpeg"])


def other_id():
    return R.choice([
        ("passport", digits(9)), ("passport no.", R.choice(string.ascii_uppercase) + digits(8)),
        ("student ID", "S" + digits(7)), ("inmate no.", f"{digits(5)}-{digits(3)}"),
        ("DoD ID", "1" + digits(9)), ("employee ID", "EMP-" + digits(6)),
        ("alien reg. no.", "A" + digits(9)), ("UNOS ID", alnum(3, string.ascii_uppercase) + digits(4))])


def url(first, last, m):
    f_ = re.sub(r"[^a-z]", "", ascii_fold(first).lower())
    l_ = re.sub(r"[^a-z]", "", ascii_fold(last).lower())
    return R.choice([
        f"https://www.facebook.com/{f_}.{l_}.{R.randint(1, 99)}",
        f"https://{f_}{l_}recovery.blogspot.com/",
        f"https://www.gofundme.com/f/help-{f_}-{l_}-{R.randint(100, 999)}",
        f"https://portal.mercyhealth-example.org/patients/{m}/records",
        f"https://twitter.com/{f_}_{l_}{R.randint(10, 99)}",
        f"http://www.{l_}family.net/{f_}"])


def email(first, last):
    f_ = re.sub(r"[^a-z]", "", ascii_fold(first).lower())
    l_ = re.sub(r"[^a-z]", "", ascii_fold(last).lower())
    u = R.choice([f"{f_}.{l_}", f"{f_[0]}{l_}{R.randint(1, 99)}", f"{f_}{l_}{R.randint(1940, 2005)}",
                  f"{l_}.{f_}", f"{f_}_{l_[:4]}"])
    return f"{u}@{R.choice(EMAIL_DOM)}"


def address():
    n = R.randint(1, 19999)
    st = f"{R.choice(STREETS)} {R.choice(SUFFIX)}"
    r = R.random()
    if r < 0.12:
        return f"PO Box {R.randint(10, 9999)}"
    if r < 0.3:
        return f"{n} {R.choice(['N', 'S', 'E', 'W', 'NE'])} {st} {R.choice(['Apt', 'Unit', '#'])} {R.randint(1, 40)}{R.choice(['', 'B', 'C'])}"
    return f"{n} {st}"


def zipc(pre):
    z = pre + digits(2)
    return z + ("-" + digits(4) if R.random() < 0.2 else "")


def ts_iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


# ----------------------------------------------------------------------------
# per-line context
# ----------------------------------------------------------------------------
def make_ctx(t):
    sex = R.choice("FM")
    first = R.choice(FIRST_F if sex == "F" else FIRST_M)
    last = R.choice(LAST)
    mi = R.choice(string.ascii_uppercase)
    rsex = R.choice("FM")
    rfirst = R.choice(FIRST_F if rsex == "F" else FIRST_M)
    rlast = last if R.random() < 0.6 else R.choice(LAST)
    rel = R.choice(RELS_F if rsex == "F" else RELS_M)
    dob = rand_date(1921, 2004)
    vd = rand_date(2023, 2025)
    if vd > t.date():
        vd = t.date() - datetime.timedelta(days=R.randint(1, 400))
    vd2 = vd + datetime.timedelta(days=R.randint(1, 12))
    old = R.random() < 0.6
    age_num = R.randint(90, 104) if old else R.randint(19, 89)
    city, state, zpre = R.choice(CITIES)
    m = mrn()
    clin = R.choice(CLIN)
    clin2 = R.choice([c for c in CLIN if c != clin])
    oid_kind, oid = other_id()
    bio_kind, bio = biometric()
    nm = lambda s: (s, "name")
    c = {
        "name": nm(f"{first} {last}"),
        "namemi": nm(f"{first} {mi}. {last}"),
        "rev": nm(f"{last}, {first}"),
        "lname": nm(f"{first} {last}".lower()),
        "lfirst": nm(first.lower()),
        "NAME": nm(f"{last}, {first}".upper()),
        "first": nm(first),
        "last": nm(last),
        "astmname": nm(f"{last}^{first}^{mi}".upper() if R.random() < 0.6 else f"{last}^{first}"),
        "rname": nm(f"{rfirst} {rlast}"),
        "rfirst": nm(rfirst),
        "rel": rel,
        "maiden": nm(R.choice(LAST).upper()),
        "dob": (fmt_date(dob), "date"),
        "dob_iso": (dob.isoformat(), "date"),
        "dob8": (dob.strftime("%Y%m%d"), "date"),
        "dob_us": (dob.strftime("%m/%d/%Y"), "date"),
        "dob_chat": (fmt_date_chat(dob) if R.random() < 0.3 else f"{dob.month}/{dob.day}/{dob.year % 100:02d}", "date"),
        "vdate": (fmt_date(vd), "date"),
        "vdate2": (fmt_date(vd2), "date"),
        "vdate_iso": (vd.isoformat(), "date"),
        "vdate_chat": (fmt_date_chat(vd), "date"),
        "vdate8": (vd.strftime("%Y%m%d"), "date"),
        "day": (ordinal(vd.day), "date"),
        "age": (str(age_num), "age") if old else str(age_num),
        "age_old": (str(R.randint(90, 104)), "age"),
        "age_young": str(R.randint(19, 89)),
        "addr": (address(), "address"),
        "old_addr": (address(), "address"),
        "street": (f"{R.choice(STREETS)} {R.choice(SUFFIX)}", "address"),
        "city": (city, "address"),
        "state": state,
        "zip": (zipc(zpre), "zip"),
        "phone": (nanp(), "phone"),
        "phone2": (nanp(), "phone"),
        "phone7": (nanp("7"), "phone"),
        "phone_d": (nanp("digits"), "phone"),
        "fax": (nanp(), "fax"),
        "email": (email(first, last), "email"),
        "remail": (email(rfirst, rlast), "email"),
        "ssn": (ssn(), "ssn"),
        "ssn_d": (ssn("-"), "ssn"),
        "mrn": (m, "mrn"),
        "mrn2": (mrn(), "mrn"),
        "labid": ("L" + digits(7), "other_id"),
        "hp": (health_plan(), "health_plan"),
        "mbi": (mbi(), "health_plan"),
        "acct": (account(), "account"),
        "card": (card(), "account"),
        "dl": (dl(), "license"),
        "vin": (vin(), "vehicle"),
        "plate": (plate(), "vehicle"),
        "serial": (serial(), "device"),
        "serial2": (serial(), "device"),
        "pm_serial": (pm_serial(), "device"),
        "imei": (imei(), "device"),
        "mac": (mac(), "device"),
        "url": (url(first, last, m), "url"),
        "ip": (ip(), "ip"),
        "bio": (bio, "biometric"), "biokind": bio_kind,
        "photo": (photo(last), "photo"),
        "oid_kind": oid_kind,
        "oid": (oid, "other_id"),
        "sexw": "female" if sex == "F" else "male",
        "sexc": sex,
        "yo_sex": R.choice(["woman", "lady"]) if sex == "F" else R.choice(["man", "gentleman"]),
        "pr": "she" if sex == "F" else "he",
        "Pr": "She" if sex == "F" else "He",
        "pos": "her" if sex == "F" else "his",
        "mrs": "Mrs." if sex == "F" else "Mr.",
        "clin": clin, "clin2": clin2, "clinl": clin.lower(), "clinf": R.choice(CLIN_FIRST),
        "ctitle": R.choice(CLIN_TITLE),
        "u": R.choice(["dr.", "rn.", "np.", "pa.", "reg.", "his.", "bill."]) + clin2.lower(),
        "npi": npi(), "dea": dea(clin),
        "drug": R.choice(DRUGS), "drug2": R.choice(DRUGS), "sig": R.choice(SIGS),
        "msgid": "".join(R.choice("0123456789abcdef") for _ in range(12)),
        "spec": f"{R.choice(['S', 'SP', 'A', ''])}{digits(8)}",
        "ts14": t.strftime("%Y%m%d%H%M%S"),
        "tsd": t.strftime("%Y-%m-%d"),
        "hhmm": f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}",
        "ncpdp": digits(7),
        "glu": str(R.randint(54, 320)),
        "bp": f"{R.randint(98, 178)}/{R.randint(58, 104)}",
        "hr": str(R.randint(48, 118)),
        "spo2": str(R.randint(86, 100)),
        "money": f"{R.randint(10, 4999)}.{R.randint(0, 99):02d}",
        "money2": f"{R.randint(5, 400)}.{R.randint(0, 99):02d}",
        "n3": str(R.randint(2, 999)),
        "pid": str(R.randint(1000, 65000)),
        "ws": f"WS-{R.choice(['ICU', 'ED', 'MED', 'ONC', 'PHR', 'REG'])}-{R.randint(1, 40):02d}",
        "cpt": R.choice(["99213", "99214", "93000", "80053", "36415", "71046", "G0439"]),
        "icd": R.choice(["E11.9", "I10", "I48.91", "J44.1", "N18.3", "Z00.00", "M54.50"]),
        "carc": R.choice(["16", "18", "45", "50", "96", "97", "197", "204", "CO-45", "PR-1"]),
        "test": R.choice(["GLU", "BUN", "CREA", "NA", "K", "HBA1C", "TSH", "ALT", "WBC", "HGB"]),
        "model": R.choice(["AirSense 11", "DreamStation 2", "Dexcom G7", "FreeStyle Libre 3",
                           "Omron BP7450", "Withings Body+", "Azure XT DR", "Apple Watch S9"]),
    }
    return c


# ----------------------------------------------------------------------------
# templates: (phi_templates, clean_templates) per family
# ----------------------------------------------------------------------------
T = {}

T["callcenter"] = ([
    "caller states {pr} is {name}, DOB {dob}, lives at {addr} in {city}; callback {phone}",
    "Nurse line summary: {name} ({age} y/o {sexw}) reports dizziness since {vdate}; {ctitle} {clin} advised ED eval if worse. Callback number {phone}.",
    "caller is {rel} {rname} calling for {name}, DOB {dob}; member ID {hp}; requests refill of {drug}",
    "Pt {name} verified identity with SSN {ssn} and DOB {dob}; updated address to {addr}, {city}, {state} {zip}",
    "Voicemail transcript: \"hi this is {lname} calling back about my appointment on {vdate_chat}, you can reach me at {phone} or email {email}, thanks\"",
    "Caller {rev} (MRN {mrn}) asked that records be faxed to {pos} home fax {fax}; RN {clin} to follow up",
    "Interpreter-assisted call (Spanish, ID 4471): caller {name} states {rel} {rname} fell on the {day}; patient is {age_old} years old, lives at {addr}, {city}",
    "Call summary: {name} called re bill for DOS {vdate}, account {acct}; paid $" + "{money2} with card {card}",
    "Caller reported MVA on {vdate}; vehicle plate {plate}, VIN {vin}; patient {name}, DOB {dob}; Will send police report",
    "Crisis line: caller gave name as {lname}, calling from {phone}, location {addr}, {city} {state}; warm transfer to {ctitle} {clin} at {hhmm}",
    "Nurse line: {rel} {rfirst} says {name} is {age} and confused since {vdate}; callback {phone2}. Protocol: Altered Mental Status v3",
    "callback requested by {NAME}, DOB {dob_us}, cell {phone}, alt {phone2}; prefers {email} for records",
    "Caller {name} lost {pos} insurance card; plan member {hp}; mailing replacement to {addr}, {city}, {state} {zip}",
    "Post-discharge call: {name} discharged {vdate} after hip repair on the {day}; reports pain 4/10 on oxycodone 5 mg; lives with {rel} {rname}",
    "caller {rname} states {rel} has power of attorney for {name} (age {age_old}); needs copy of POA on file; fax {fax}",
    "Caller {name} says {pos} caregiver blog {url} lists {pos} meds; RN {clin} declined to review, advised PCP visit",
    "Identity check failed: caller gave DOB {dob} and last 4 of phone, but DL {dl} did not match {rev}",
], [
    "Call queue stats: {n3} waiting, avg handle time 6m42s, abandoned 3; supervisor RN {clin} on floor",
    "Caller asked about Spring flu clinic hours (Mon-Fri 08:00-16:30); no identifiers given; agent provided general info",
    "Nurse advised caller re: grace period on premium payment; referred to billing at ext. 4410; no PHI captured",
    "Triage protocol 'Chest Pain - Adult' v4.2 selected by {ctitle} {clin}; disposition: call 911",
    "Anonymous caller asked whether ibuprofen 400 mg can be taken with amoxicillin 500 mg; RN {clin} advised per protocol",
    "Will call back after Dr. {clin} reviews labs; callback window 14:00-16:00",
    "caller states she is {age_young} years old and asking about shingles vaccine; age-eligible; scheduling link sent via SMS template T-22",
    "IVR node 4.3 -> 5.1, DTMF 2 pressed, hold time 00:03:12, queue NURSE_ADULT",
    "Call from Hunter Pharmacy re formulary alternative for atorvastatin 40 mg; pharmacist line, not a patient call",
    "May schedule published: 22 nurse-line shifts; {ctitle} {clin} covering nights, Dr. {clinf} {clin2} on call",
    "Caller hung up before verification at {hhmm}; no callback number captured (ANI blocked)",
    "Quality review: call {msgid} scored 92/100 by supervisor Grace {clin}; coaching on empathy statements",
])

T["chat"] = ([
    "hi this is {lname}, my birthday is {dob_chat} and my member id is {hp}. can someone call me at {phone}",
    "Hello, I'm {name}. I need to reschedule my appt on {vdate_chat}. My new email is {email}",
    "my {rel} {rname} is {age} and fell last night, lives at {addr} {city} can a nurse come out??",
    "here is the picture of my rash {photo} it got worse since the {day}",
    "pls update my address: {addr}, {city} {state} {zip}. thx - {lfirst}",
    "i got a bill acct# {acct} for the visit on {vdate_chat} but my insurance {hp} should cover it??",
    "[client_ip={ip}] my medical record number is {mrn} and my dob is {dob}, why cant i log in",
    "this is {name}'s {rel} {rname}, {pr} wants {pos} records sent to {remail}",
    "Can you verify my identity using my drivers license {dl}? the name on it is {name}",
    "my glucose meter serial is {serial}, it stopped syncing on {vdate_chat}. reading was {glu} this am",
    "i wrote about my recovery here {url} if dr {clin} wants to read it lol",
    "I'm {name}, born {dob}, SSN {ssn} - sorry not sure if I should send that here",
    "Secure message from {rev} (MRN {mrn}): please call my cell {phone} not the home number",
    "hey its {lfirst}, grandma {rfirst} turned {age_old} on {vdate_chat}!! she needs her meds refilled ({drug})",
    "[ua=iOS 17.4 ip={ip}] {lname} here, my new phone is {phone} and my fax at work is {fax}",
    "my car was towed from the clinic lot, plate {plate}, can security help? - {name}",
], [
    "hi, what are your hours on saturday? thanks",
    "my sugar was {glu} this morning and 188 after lunch, is that ok? taking metformin 500mg twice a day",
    "Will the pharmacy be open on Memorial Day?",
    "thanks Dr. {clin}!! feeling much better",
    "is there a grace period if i pay my premium late?",
    "i'm {age_young} and wondering if i need a colonoscopy",
    "Auto-reply: Your message has been received. A member of the care team will respond within 2 business days.",
    "attachment upload failed: file too large (12.4 MB > 10 MB), retry_id={msgid}",
    "can i take tylenol 500 mg with my lisinopril 20 mg?",
    "bp readings this week {bp}, 131/85, 124/79 hr {hr}",
    "Spring allergies are killing me, can I get a refill on my Flonase",
    "RN {clin}: Please bring your medication list to your May appointment and arrive 15 minutes early.",
    "ok thank you, Grace at the front desk was super helpful",
    "does dr {clin2} still see patients at the Hunter Street office or did she move",
])

T["notes"] = ([
    "Pt is a {age}-year-old {sexw} seen on {vdate} for CHF exacerbation; furosemide 40 mg IV given",
    "{age} y/o {sexw} admitted {vdate}, discharged {vdate2}; {rel} {rfirst} ({phone7}) at bedside",
    "Social: lives alone on {street}; neighbor {rname} checks in daily. Attending Dr. {clin}",
    "HPI: {mrs} {last} is a pleasant {age} yo {yo_sex} with hx of afib on apixaban 5 mg bid, seen {vdate}",
    "Social: retired machinist, lives with {rel} {rname} at {addr}, {city}; still drives (DL {dl})",
    "Procedure note: colonoscopy performed {vdate} by Dr. {clin}; patient {name} tolerated well, MAC sedation",
    "Pt expired on {vdate} at {hhmm}; family ({rname}, {rel}) notified by RN {clin}",
    "Device: dual-chamber pacemaker serial {pm_serial} interrogated; pt {name} DOB {dob}; battery 7.9 yrs",
    "Pt born {dob}, now {age_old}; prior MRN {mrn} at outside hospital, records requested",
    "Emergency contact: {name}, {phone}; alt contact {rel} {rname} {phone2}",
    "Wound photo {photo} attached to encounter; pt {last} consented verbally",
    "Pt reports moving to {city} in May to live with {rel} {rname}; new PCP Dr. {clin2}",
    "Pt was admitted on the {day} after a fall at home ({addr}); {age} y/o, on warfarin 5 mg",
    "ID: {NAME} MRN {mrn} DOB {dob_us} Adm {vdate} Attg: {clin}, {clinf} MD",
    "Pt ({name}, {age_old}{sexc}) is a nursing home resident at {addr}, {city} {state} {zip}; Hunter criteria negative",
    "Discharge planning: {rel} {rname} will drive pt home; contact {phone}, email {remail}",
], [
    "82 y/o male with COPD, on tiotropium 18 mcg daily; SpO2 {spo2}% RA",
    "Assessment: T2DM, A1c 8.2%, increase metformin to 1000 mg BID. Dr. {clin}",
    "Plan discussed with RN {clin} and Dr. {clin2}; follow up in 2 weeks",
    "Vitals: BP {bp}, HR {hr}, T 37.1 C, RR 16, SpO2 {spo2}%",
    "Grace period for prior auth extended; Hunter criteria negative; no serotonin syndrome",
    "{age_young}-year-old female, 3 days post-op, ambulating with walker; PT following",
    "Will continue furosemide 40 mg PO daily; recheck BMP in 1 week",
    "Labs: Na 138, K 4.1, Cr 1.02, GLU {glu} mg/dL, Hgb 11.2",
    "Spring allergy season; pt uses cetirizine 10 mg PRN and fluticasone 50 mcg",
    "Section parse: 4 sections, 38 sentences, 2 negations detected (NegEx); model v2.3.1",
    "ROS negative except fatigue; 89 y/o male, ambulatory, A&Ox3",
    "Pt is a 67-year-old female with CKD stage 3a; eGFR 52; avoid NSAIDs",
    "Consult: cardiology (Dr. {clin}) recommends TTE; EF 35-40% on prior study",
    "Brown urine noted, UA pending; Baker cyst on L knee per US; Will reassess",
])

T["astm"] = ([
    "P|1|{mrn}|{labid}||{astmname}||{dob8}|{sexc}||{addr}^^{city}^{state}^{zip}||{phone}|{npi}^{clin}^{clinf}||||||||||||||",
    "P|1|{mrn}|||{astmname}|{maiden}|{dob8}|{sexc}|||||{npi}^{clin}^{clinf}||||||||||||",
    "P|1|{mrn}||||{astmname}||{dob8}|{sexc}||{addr}^{city}^{state}^{zip}|||||||||||||||{vdate8}",
    "C|1|I|Patient {name} called, DOB {dob}, prefers results by phone {phone}|G",
    "Q|1|^{mrn}||^^^ALL||||||||O",
    "C|1|L|pt is {age_old} yo per requisition, hemolyzed specimen, redraw requested for {name}|G",
    "P|1|{mrn}|{labid}|{ssn_d}|{astmname}||{dob8}|{sexc}|||||||||||||||||||",
    "C|1|I|result also sent to patient portal {email} per pt request|G",
    "P|1|{mrn}||||{astmname}||{dob8}|{sexc}||||{phone}|||||||||||{vdate8}|",
], [
    "H|\\^&|||cobas^8000^07-02|||||LIS||P|LIS2-A2|{ts14}",
    "O|1|{spec}||^^^{test}\\^^^BUN|R|{ts14}|||||N||||SERUM||||||||||F",
    "R|1|^^^{test}^^^|{glu}|mg/dL|70-99|H||F||{clin}||{ts14}|",
    "L|1|N",
    "C|2|I|critical value called to RN {clin} at {hhmm}, read-back verified|G",
    "M|1|ROCHE^cobas^8000|QC lot 4471203 level 2 within range",
    "R|2|^^^K^^^|4.{n3}|mmol/L|3.5-5.1|N||F||||{ts14}|",
    "O|1|{spec}||^^^HBA1C|S|{ts14}|||||A||||WB||||||||||O",
    "H|\\^&|||Architect^ci4100^3.20|||||HOST||P|LIS2-A2|{ts14}",
    "C|1|L|specimen {spec} received at {hhmm}, lipemic, Will rerun after ultracentrifugation|G",
])

T["erx"] = ([
    "NewRx msg={msgid} patient=\"{rev}\" dob={dob_iso} gender={sexc} addr=\"{addr}, {city}, {state} {zip}\" phone={phone_d} drug=\"{drug}\" sig=\"{sig}\" prescriber=\"Dr. {clin}\" npi={npi}",
    "<Patient><HumanPatient><Name><LastName>{last}</LastName><FirstName>{first}</FirstName></Name><DateOfBirth><Date>{dob_iso}</Date></DateOfBirth><Identification><MedicalRecordIdentificationNumberEHR>{mrn}</MedicalRecordIdentificationNumberEHR></Identification></HumanPatient></Patient>",
    "RefillRequest from pharmacy NCPDP {ncpdp} for {name} (DOB {dob}): {drug}, last fill {vdate}, refills remaining 0",
    "PBM eligibility response: member {hp} person_code 01 BIN 610014 PCN ADV group RX4471 patient {NAME} coverage active",
    "PDMP query for {name} DOB {dob} DL {dl} returned 3 controlled fills in 90 days",
    "EPCS 2FA approved by Dr. {clin} (DEA {dea}) for patient {rev}; oxycodone 5 mg #20, written {vdate}",
    "Pharmacy note: {drug} for {name} picked up by {rel} {rname}, ID checked: DL {dl}",
    "RxChangeRequest reason=prior_auth patient_mrn={mrn} drug=\"{drug}\" member_id={hp}",
    "Refill reminder opt-in: patient {name} email={email} sms={phone}",
    "CancelRx msg={msgid} patient.name=\"{name}\" patient.dob={dob8} reason=\"duplicate therapy\"",
    "Delivery scheduled for {name} to {addr}, {city} {state} {zip} on {vdate}; signature required",
    "<Patient><Name><LastName>{last}</LastName><FirstName>{first}</FirstName></Name><Gender>{sexc}</Gender><DateOfBirth>{dob8}</DateOfBirth><Address><AddressLine1>{addr}</AddressLine1><City>{city}</City><StateProvince>{state}</StateProvince><PostalCode>{zip}</PostalCode></Address><CommunicationNumbers><PrimaryTelephone><Number>{phone_d}</Number></PrimaryTelephone></CommunicationNumbers></Patient>",
    "Medicare Part D claim: MBI {mbi}, patient {rev}, {drug}, days supply 30, fill date {vdate}",
], [
    "NewRx msg={msgid} status=010 accepted by pharmacy NCPDP {ncpdp}; latency {n3} ms",
    "drug lookup: metformin 500 mg tab NDC 00093-1048-01 RxNorm 861007",
    "Formulary check BIN 610014 PCN ADV tier 2 copay $10.00 for {drug}",
    "Prescriber Dr. {clin} NPI {npi} DEA {dea} EPCS token validated",
    "Sig parse: '{sig}' -> qty 60 days 30",
    "Batch refill job processed {n3} requests, 12 denied, 4 pending",
    "Drug interaction alert: warfarin 5 mg + amiodarone 200 mg (severity major); overridden by Dr. {clin}",
    "Hunter Pharmacy (NCPDP {ncpdp}) went offline at {hhmm}; routing to Spring Valley Drug",
    "RxFill status=dispensed drug=\"{drug2}\" qty=30 refills=2 pharmacist=\"RPh {clin2}\"",
    "Surescripts directory sync: 1,204 pharmacies updated, 3 deactivated",
    "Prior auth rule PA-77 triggered for {drug}; grace period 30 days applies",
])

T["remit"] = ([
    "claim for patient {rev} (DOB {dob}) denied CARC {carc}, member {hp}, DOS {vdate}",
    "837P submitted: subscriber {NAME} id {hp}, patient acct {acct}, DOS {vdate}, total charge $" + "{money}",
    "835 ERA posted: pt {name} acct {acct} paid $" + "{money2}, PR-2 coinsurance $22.04; EFT trace 1{n3}447120",
    "277 claim status for {name}: subscriber id (SSN) {ssn} rejected, payer requires member id",
    "Secondary claim to Medicare MBI {mbi} for {name}, DOB {dob}; admit {vdate} discharge {vdate2}",
    "Patient statement mailed to {name}, {addr}, {city}, {state} {zip}; balance $" + "{money2}",
    "Auto-accident claim: vehicle VIN {vin}, patient {name}, date of injury {vdate}, PIP carrier notified",
    "Workers comp claim for {name}, {oid_kind} {oid}, DOI {vdate}; adjuster Will Brooks (payer)",
    "Refund of $" + "{money2} issued to card {card} for patient {rev}",
    "Claim {msgid} for {rev} pended: patient age {age_old} exceeds edit limit; DOB on file {dob}",
    "Eligibility 271 for {NAME}: member {hp}, coverage term {vdate}; guarantor {rname} phone {phone}",
    "Collections referral: guarantor {rname} ({rel}) for patient {name}, acct {acct}, last contact {email}",
], [
    "835 batch ERA trace 1{n3}567890 posted 143 claims, total paid $" + "{money}",
    "CARC {carc} adjustment applied; RARC N130; payer ID 60054",
    "Timely filing limit 90 days; grace period ends 2025-06-30 for payer batch 17",
    "837I batch file ISA control 0000{n3} validated, 0 errors",
    "Clearinghouse response 999 accepted; {n3} transactions",
    "CPT {cpt} billed by Dr. {clin} NPI {npi}; ICD-10 {icd}",
    "Will retry claim submission at 02:00; payer portal maintenance",
    "Denial rate May: 7.4% (target < 8%); top reason CARC 197",
    "Fee schedule update: CPT {cpt} allowed $" + "{money2} effective 2025-07-01",
    "Underpayment variance report: 12 claims, $" + "{money} expected vs actual",
    "Payer Hunter Health Plan moved to new EDI gateway, sender ID 44712",
])

T["device_iot"] = ([
    "CGM sync device_sn={serial} patient_id={mrn} glucose={glu} mg/dL trend=flat battery=71%",
    "CPAP {model} serial {serial} usage 6.2 h AHI 3.1 owner=\"{name}\"",
    "Pacemaker interrogation: model Azure XT DR, serial {pm_serial}, battery 8.5 yrs, pt {rev}, DOB {dob}",
    "Cellular hub imei={imei} ip={ip} registered for {name}",
    "BP cuff mac={mac} reading {bp} hr={hr} user={email}",
    "Wearable enrollment: {biokind} template {bio} linked to member {hp}",
    "Scale {serial} reading 82.4 kg; ship-to {addr}, {city} {state} {zip}",
    "Fall detected by watch imei {imei} at {hhmm}; notifying {rel} {rname} at {phone}",
    "{\"ts\":\"{tsd}T{hhmm}:00Z\",\"dev\":\"{serial}\",\"pid\":\"{mrn}\",\"hr\":{hr},\"spo2\":{spo2}}",
    "RPM enrollment {name} DOB {dob_us} device {model} sn {serial} ordered by Dr. {clin}",
    "geofence exit: patient {name} device {imei} last seen near {addr}, {city}",
    "insulin pump {serial} paired with phone {imei}; owner {lname}; basal 0.8 U/h",
    "biometric check-in: {biokind} {bio} matched patient {mrn} ({name})",
], [
    "glucose={glu} mg/dL trend=rising battery=78% fw=3.2.1",
    "CPAP usage 7.1 h AHI 2.4 leak 12 L/min pressure 10 cmH2O",
    "BLE reconnect attempt 3/5 rssi=-71 dBm",
    "firmware rollout 4.1.0 to cohort B: 1,204 devices, 0.3% failed",
    "HR {hr} bpm, SpO2 {spo2}%, steps 5,412",
    "alert threshold glucose < 70 mg/dL or > 250 mg/dL configured by RN {clin}",
    "{\"ts\":\"{tsd}T{hhmm}:00Z\",\"metric\":\"spo2\",\"value\":{spo2},\"unit\":\"%\"}",
    "model {model} certificate renewal ok, expires 2026-05-14",
    "BP 168/94 mmHg flagged high; escalation rule R-12 -> RN {clin}",
    "queue depth 42, ingest lag 1.3 s, dropped 0",
    "Spring DST change handled: device clock offset +3600 s corrected",
])

T["audit_text"] = ([
    "user dr.{clinl} viewed chart of MRN {mrn} ({rev})",
    "break-the-glass access to VIP patient {name} (MRN {mrn}) by rn.{clinl}; reason: 'emergency care'",
    "user {u} printed face sheet for {name}, DOB {dob}, SSN {ssn}",
    "export of encounter {vdate} for {rev} to {email} blocked by DLP policy P-4",
    "user {u} modified demographics for MRN {mrn}: address {old_addr} -> {addr}, {city} {zip}",
    "patient portal login for {name} from {ip}, MFA code sent to {phone}",
    "photo ID scanned at registration for {name}: {photo}; DL {dl}",
    "biometric {biokind} template {bio} enrolled for patient {mrn} by reg.{clinl}",
    "user {u} searched patients by name '{lname}' from {ws}; 3 results",
    "user {u} opened {url} on {ws}",
    "user {u} changed DOB for {rev} from {dob} to {dob_us}; reason: typo",
    "chart access alert: employee {u} viewed record of coworker {name} (MRN {mrn}), {age} y/o",
    "release of information: records for {name} (DOB {dob}) faxed to {fax} by his.{clinl}",
    "user {u} updated insurance for MRN {mrn}: member {hp}, subscriber {rname}",
], [
    "user dr.{clinl} logged in from {ws}; session {msgid}",
    "user rn.{clinl} failed login (bad password) 3 attempts; account locked 15 min",
    "report 'Daily Census' generated by admin.jones; 0 patient identifiers included",
    "role change: user np.{clinl} granted 'Pharmacy Verify' by security officer Grace {clin2}",
    "session timeout after 900 s for user dr.hunter",
    "audit log rotation completed, 1,482,113 rows archived",
    "user dr.{clinl} viewed clinic schedule for Spring Valley on {tsd}",
    "user {u} ran report 'Denials by payer' for May 2025",
    "password policy updated: min length 14, history 24",
    "user {u} viewed drug reference for {drug}",
    "Will-call queue report printed by pharm.{clinl} at {hhmm}",
])


# ----------------------------------------------------------------------------
# prefixes (log headers, never PHI)
# ----------------------------------------------------------------------------
def prefix(fam, t, c):
    ms = f"{t.microsecond // 1000:03d}"
    if fam == "callcenter":
        return f"{ts_iso(t)} INFO nurseline.transcribe call_id={c['msgid'][:8]} agent=a{R.randint(100, 999)}: "
    if fam == "chat":
        return f"[{t.strftime('%Y-%m-%d %H:%M:%S')},{ms}] portal-chat msg_id={R.randint(10 ** 6, 10 ** 7)} dir=inbound: "
    if fam == "notes":
        return f"{t.strftime('%Y-%m-%d %H:%M:%S')} INFO nlp-pipeline doc={R.randint(10 ** 5, 10 ** 6)} section={R.choice(['HPI', 'SOCIAL', 'A/P', 'ROS', 'DISPO'])}: "
    if fam == "astm":
        return f"{t.strftime('%Y-%m-%d %H:%M:%S')}.{ms} lis-gw[{c['pid']}] astm rx frame {R.randint(1, 7)}: "
    if fam == "erx":
        return f"{ts_iso(t)} erx-router {R.choice(['INFO', 'INFO', 'WARN', 'DEBUG'])} "
    if fam == "remit":
        return f"{t.strftime('%b %d %H:%M:%S').replace(' 0', '  ', 1) if t.day < 10 else t.strftime('%b %d %H:%M:%S')} billing01 claimsvc[{c['pid']}]: "
    if fam == "device_iot":
        return f"ts={ts_iso(t)} svc=rpm-ingest level={R.choice(['info', 'info', 'warn'])} msg="
    if fam == "audit_text":
        return f"{ts_iso(t)} AUDIT "
    raise ValueError(fam)


def build():
    plan = []
    for fam in FAMILIES:
        plan += [(fam, i < CLEAN_PER_FAMILY) for i in range(N_PER_FAMILY)]
    R.shuffle(plan)
    t = datetime.datetime(2025, 5, 14, 0, 0, 1, 0)
    used = {f: ([0] * len(T[f][0]), [0] * len(T[f][1])) for f in FAMILIES}
    records = []
    for fam, clean in plan:
        t += datetime.timedelta(seconds=R.randint(1, 240), microseconds=R.randint(0, 999) * 1000)
        c = make_ctx(t)
        L = Line(fam)
        L.t(prefix(fam, t, c))
        pool = T[fam][1] if clean else T[fam][0]
        cnt = used[fam][1] if clean else used[fam][0]
        # least-used template first (round-robin with random tie-break) for coverage
        m = min(cnt)
        idx = R.choice([i for i, k in enumerate(cnt) if k == m])
        cnt[idx] += 1
        L.f(pool[idx], c)
        records.append(L)
    return records


def main():
    recs = build()
    log_path = os.path.join(HERE, "f.log")
    lab_path = os.path.join(HERE, "f.labels.jsonl")
    with open(log_path, "w", encoding="utf-8", newline="\n") as fl, \
            open(lab_path, "w", encoding="utf-8", newline="\n") as fj:
        for i, L in enumerate(recs, 1):
            txt = L.text()
            assert "\n" not in txt and "\r" not in txt
            fl.write(txt + "\n")
            fj.write(json.dumps({"line": i, "family": L.family,
                                 "spans": [{"s": s, "e": e, "cat": cat} for s, e, cat, _ in L.spans]},
                                ensure_ascii=False) + "\n")

    # verification pass
    with open(log_path, "rb") as fh:
        lines = fh.read().split(b"\n")
    assert lines[-1] == b""
    lines = lines[:-1]
    labels = [json.loads(x) for x in open(lab_path, encoding="utf-8")]
    assert len(lines) == len(labels) == len(recs)
    cats = Counter()
    fams = Counter()
    fam_spans = Counter()
    clean = 0
    valid = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
             "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
             "photo", "other_id"}
    for i, (lb, L, rec) in enumerate(zip(lines, labels, recs), 1):
        assert L["line"] == i
        lb.decode("utf-8")
        prev_e = 0
        for sp, (_, _, _, val) in zip(L["spans"], rec.spans):
            assert sp["cat"] in valid, sp
            assert sp["s"] >= prev_e and sp["e"] > sp["s"], (i, sp)
            prev_e = sp["e"]
            assert lb[sp["s"]:sp["e"]] == val.encode("utf-8"), (i, sp, val)
            cats[sp["cat"]] += 1
            fam_spans[L["family"]] += 1
        fams[L["family"]] += 1
        if not L["spans"]:
            clean += 1
    print(f"lines: {len(lines)}  clean (no PHI): {clean}  spans: {sum(cats.values())}")
    print("per category:")
    for k in sorted(valid, key=lambda k: -cats[k]):
        print(f"  {k:12s} {cats[k]}")
    print("per family (lines / spans):")
    for f in FAMILIES:
        print(f"  {f:12s} {fams[f]} / {fam_spans[f]}")


if __name__ == "__main__":
    main()
