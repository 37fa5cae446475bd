#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
gen_h.py -- deterministic generator for held-out PHI corpus "h".

Theme: application developers accidentally logging patient objects, the way
each language runtime prints them (toString / repr / inspect / Debug / %+v /
print_r / dump ...), embedded in ordinary log lines of that ecosystem.

Writes, next to this file:
    h.log            600 log lines (UTF-8, '\n' terminated)
    h.labels.jsonl   one JSON object per line:
                     {"line": N, "family": "...", "spans": [{"s":..,"e":..,"cat":..}]}
                     s/e are UTF-8 byte offsets within the line, end exclusive.

Standard library only; fixed seed; byte-for-byte reproducible.
Every span is built from the composed line and asserted to cover exactly the
intended value text.
"""
import base64
import datetime as dt
import json
import os
import random
import re
import sys

SEED = 20240312
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 600
N_CLEAN = 270          # 45 % of lines carry no PHI at all

CATS = ("name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id")


# =========================================================================
# parts / composition
# =========================================================================
class Sp(object):
    """A labelled piece of text inside a line."""
    __slots__ = ("t", "c")

    def __init__(self, t, c):
        if not isinstance(t, str) or not t:
            raise ValueError("empty span text %r" % (t,))
        if c not in CATS:
            raise ValueError("bad category %r" % (c,))
        self.t = t
        self.c = c


def S(t, c=None):
    """Labelled text if c is a category, plain text otherwise."""
    return Sp(t, c) if c else t


def _flat(x, out):
    if x is None:
        return
    if isinstance(x, str):
        if x:
            out.append(x)
    elif isinstance(x, Sp):
        out.append(x)
    elif isinstance(x, (list, tuple)):
        for y in x:
            _flat(y, out)
    else:
        raise TypeError("bad part %r" % (x,))


def has_span(parts):
    out = []
    _flat(parts, out)
    return any(isinstance(p, Sp) for p in out)


_ALNUM = re.compile(rb"[A-Za-z0-9]")


def compose(parts):
    out = []
    _flat(parts, out)
    buf = bytearray()
    spans = []
    texts = []
    for p in out:
        if isinstance(p, Sp):
            b = p.t.encode("utf-8")
            s = len(buf)
            buf += b
            spans.append({"s": s, "e": len(buf), "cat": p.c})
            texts.append(p.t)
        else:
            buf += p.encode("utf-8")
    raw = bytes(buf)
    line = raw.decode("utf-8")
    assert "\n" not in line and "\r" not in line, line
    # 1. every span covers exactly the intended value
    for sp, t in zip(spans, texts):
        assert raw[sp["s"]:sp["e"]].decode("utf-8") == t, (sp, t, line)
        assert sp["e"] > sp["s"]
    # 2. spans do not overlap
    for a, b in zip(spans, spans[1:]):
        assert a["e"] <= b["s"], (a, b, line)
    # 3. consistency: a labelled value (>= 4 bytes) must not also occur,
    #    as a whole word, in an unlabelled region of the same line.
    for t in sorted(set(texts)):
        tb = t.encode("utf-8")
        if len(tb) < 4:
            continue
        start = 0
        while True:
            i = raw.find(tb, start)
            if i < 0:
                break
            j = i + len(tb)
            inside = any(sp["s"] <= i and j <= sp["e"] for sp in spans)
            left_ok = i == 0 or not _ALNUM.match(raw[i - 1:i])
            right_ok = j == len(raw) or not _ALNUM.match(raw[j:j + 1])
            if not inside and left_ok and right_ok:
                raise AssertionError("unlabelled copy of %r in: %s" % (t, line))
            start = i + 1
    return line, spans


def join(items, sep):
    out = []
    for i, it in enumerate(items):
        if i:
            out.append(sep)
        out.append(it)
    return out


def fill(tmpl, *objs):
    segs = tmpl.split("{}")
    assert len(segs) == len(objs) + 1, tmpl
    out = [segs[0]]
    for o, s in zip(objs, segs[1:]):
        out.append(o)
        out.append(s)
    return out


def pick(seq):
    return rng.choice(seq)


def chance(p):
    return rng.random() < p


def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def letters(n, alphabet=UPPER):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(n, alphabet="0123456789abcdef"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[0:8], h[8:12], h[13:16], pick("89ab"), h[17:20], h[20:32])


# =========================================================================
# synthetic people
# =========================================================================
FIRST = ["Ana", "Oluwaseun", "Chukwuemeka", "Ngozi", "Adebayo", "Mei", "Wei", "Xiaoling",
         "Priyanka", "Arjun", "Lakshmi", "Yousef", "Fatima", "Layla", "Guadalupe",
         "Alejandro", "Sofía", "José", "Katarzyna", "Dmitri", "Thảo", "Minh", "Ji-woo",
         "Seo-yeon", "Haruto", "Yuki", "Siobhán", "Declan", "Søren", "Ingrid", "Emre",
         "Ayşe", "Eleni", "Giorgos", "Keoni", "Leilani", "Abebe", "Tigist", "Maricel",
         "Jerome", "Jürgen", "Amélie", "João", "Avital", "Dariush", "Shirin", "Hodan",
         "Abdirahman", "Wideline", "Margaret", "Harold", "Dolores", "Tomasz", "Björn",
         "Nnamdi", "Kwame", "Akosua", "Rafael", "Imani", "DeShawn", "Esperanza", "Bao",
         "Farhan", "Zainab", "Mateus", "Camille", "Ravi", "Sunita", "Tevita", "Malia",
         "Aroha", "Olga", "Bogdan", "Efua", "Ilse", "Niamh", "Pilar", "Rangi", "Chiara",
         "Matteo", "Eun-ji", "Kalani", "Zoë", "Agnieszka", "Thandiwe"]
LAST = ["Okafor", "Adeyemi", "Nwosu", "Chen", "Zhang", "Liu", "Venkataraman", "Iyer",
        "Patel", "Al-Hashimi", "Haddad", "Mansour", "Hernández", "Gutiérrez", "Ramírez",
        "Wiśniewska", "Kowalski", "Volkov", "Nguyễn", "Trần", "Park", "Kim", "Takahashi",
        "Sato", "O'Connell", "Ní Bhriain", "Lindqvist", "Johansson", "Yılmaz", "Demir",
        "Papadopoulos", "Kahananui", "Tesfaye", "Bekele", "Dela Cruz", "Santos", "Müller",
        "Dubois", "Gonçalves", "Ben-David", "Rahimi", "Warsame", "Jean-Baptiste",
        "Whitfield", "Thompson", "Mensah", "Boateng", "Fernandes", "Kaur", "Singh",
        "Fifita", "Te Whare", "Novak", "Horvath", "Van der Berg", "Rossi", "Esposito",
        "Okonkwo", "Mahlangu", "Dlamini", "Abernathy", "McAllister", "D'Souza",
        "Castellanos", "Ibarra", "Yazzie", "Begay", "Hoang", "Pham", "Sørensen",
        "Szabó", "Petrov", "Ivanova", "Cohen", "Goldberg", "Achterberg", "Quispe"]
# clinicians are never labelled; keep them disjoint from patient pools
CLINICIANS = [("Priya", "Raman"), ("Samuel", "Osei"), ("Helen", "Markovic"),
              ("Luis", "Ferreira"), ("Anjali", "Menon"), ("Robert", "Kline"),
              ("Naomi", "Whitaker"), ("Victor", "Almeida"), ("Grace", "Liang"),
              ("Omar", "Siddiqui"), ("Teresa", "Valdez"), ("Martin", "Holm")]
FACILITIES = ["Mercy Valley Regional Medical Center", "St. Brendan's Hospital",
              "Lakeshore Family Clinic", "Riverside Dialysis Center",
              "Northgate Urgent Care", "Summit Orthopedics", "Bayview Behavioral Health",
              "Cedar Hills Pediatrics"]
PAYERS = ["Aetna", "UnitedHealthcare", "Humana", "Cigna", "Kaiser Permanente",
          "Anthem Blue Cross", "Molina Healthcare", "Ambetter", "Highmark BCBS"]
DRUGS = ["metformin 500 mg", "atorvastatin 40 mg", "lisinopril 10 mg", "apixaban 5 mg",
         "sertraline 50 mg", "levothyroxine 75 mcg", "insulin glargine 100 U/mL",
         "amlodipine 5 mg", "tamsulosin 0.4 mg"]
CONTROLLED = ["oxycodone 5 mg", "hydrocodone/APAP 5-325 mg", "alprazolam 0.5 mg",
              "methylphenidate ER 36 mg", "buprenorphine/naloxone 8-2 mg"]
ICD10 = ["E11.9", "I10", "J44.1", "N18.4", "F32.A", "Z79.4", "M54.50", "I48.91",
         "C50.911", "K21.9", "E78.5", "R07.9"]
CPT = ["99213", "99214", "93000", "80053", "36415", "G0439", "99285", "71046"]
LOINC = ["4548-4", "2345-7", "718-7", "2160-0", "33914-3", "2093-3"]
NDC = ["0071-0155-23", "0002-8215-01", "68180-0513-01", "0093-7212-56", "0378-0208-01"]
DEVICE_MODELS = ["MiniMed 780G", "Dexcom G7", "Omnipod 5", "t:slim X2", "Azure XT DR MRI",
                 "Inspire IV", "FreeStyle Libre 3", "Accu-Chek Guide Me", "Phonak Audeo P90"]

# city, state, zip3, area code, county
CITIES = [("Dayton", "OH", "454", "937", "Montgomery County"),
          ("Tucson", "AZ", "857", "520", "Pima County"),
          ("Fresno", "CA", "937", "559", "Fresno County"),
          ("Boise", "ID", "837", "208", "Ada County"),
          ("Albany", "NY", "122", "518", "Albany County"),
          ("Duluth", "MN", "558", "218", "St. Louis County"),
          ("Macon", "GA", "312", "478", "Bibb County"),
          ("Lubbock", "TX", "794", "806", "Lubbock County"),
          ("Spokane", "WA", "992", "509", "Spokane County"),
          ("Savannah", "GA", "314", "912", "Chatham County"),
          ("Toledo", "OH", "436", "419", "Lucas County"),
          ("Provo", "UT", "846", "801", "Utah County"),
          ("Eugene", "OR", "974", "541", "Lane County"),
          ("Reno", "NV", "895", "775", "Washoe County"),
          ("Wichita", "KS", "672", "316", "Sedgwick County"),
          ("Muncie", "IN", "473", "765", "Delaware County"),
          ("Trenton", "NJ", "086", "609", "Mercer County"),
          ("Scranton", "PA", "185", "570", "Lackawanna County"),
          ("Lansing", "MI", "489", "517", "Ingham County"),
          ("Peoria", "IL", "616", "309", "Peoria County"),
          ("Chattanooga", "TN", "374", "423", "Hamilton County"),
          ("Asheville", "NC", "288", "828", "Buncombe County"),
          ("Bozeman", "MT", "597", "406", "Gallatin County"),
          ("Fargo", "ND", "581", "701", "Cass County"),
          ("Sioux Falls", "SD", "571", "605", "Minnehaha County"),
          ("Burlington", "VT", "054", "802", "Chittenden County"),
          ("Portland", "ME", "041", "207", "Cumberland County"),
          ("Honolulu", "HI", "968", "808", "Honolulu County"),
          ("Anchorage", "AK", "995", "907", "Anchorage Municipality"),
          ("Santa Fe", "NM", "875", "505", "Santa Fe County"),
          ("Baton Rouge", "LA", "708", "225", "East Baton Rouge Parish"),
          ("Little Rock", "AR", "722", "501", "Pulaski County"),
          ("Tulsa", "OK", "741", "918", "Tulsa County"),
          ("Omaha", "NE", "681", "402", "Douglas County"),
          ("Des Moines", "IA", "503", "515", "Polk County"),
          ("Madison", "WI", "537", "608", "Dane County"),
          ("Hartford", "CT", "061", "860", "Hartford County"),
          ("Worcester", "MA", "016", "508", "Worcester County"),
          ("Richmond", "VA", "232", "804", "Henrico County"),
          ("Hilo", "HI", "967", "808", "Hawaii County")]
STREETS = ["Willow Creek Rd", "N Main St", "Calle del Sol", "Martin Luther King Jr Blvd",
           "Old Mill Ln", "Sycamore Ave", "Kealoha Pl", "Rue Bayard", "Pinecrest Dr",
           "E 14th St", "Harborview Ter", "Quail Hollow Ct", "Magnolia Way",
           "Lakeshore Blvd W", "Canyon Ridge Trl", "Ashbury Cir", "Juniper St",
           "Dogwood Ln", "County Road 12", "Prospect Ave", "Bridgeport Pkwy",
           "Hidden Valley Rd", "W Washington St", "Bayou Oaks Dr", "Taft Ave",
           "Elmhurst Rd", "Cedar Bluff Rd", "Ocean View Hwy", "Saint Agnes Pl", "Kings Hwy",
           "Avenida Cervantes", "Birchwood Ct", "SW 152nd Ave", "Larkspur Loop"]
UNITS = ["Apt 4B", "Unit 12", "#305", "Apt 2", "Ste 110", "Lot 17", "Apt 1203", "Bldg C"]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me",
                 "hotmail.com", "aol.com", "comcast.net", "att.net", "msn.com", "ymail.com"]
RELATIONS = ["SPOUSE", "DAUGHTER", "SON", "SIBLING", "FRIEND", "NEPHEW", "PARENT", "GUARDIAN"]

REF = dt.date(2024, 3, 12)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
DOW3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

_FOLD = {"ı": "i", "ø": "o", "Ø": "O", "ß": "ss", "ł": "l", "đ": "d", "Đ": "D", "ş": "s",
         "á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ü": "u", "ö": "o", "ä": "a",
         "ç": "c", "ã": "a", "ë": "e", "ś": "s", "ễ": "e", "ầ": "a", "ả": "a", "ñ": "n",
         "Ñ": "N", "É": "E", "Ü": "U", "Ö": "O", "Á": "A", "Í": "I"}


def fold(s):
    return "".join(_FOLD.get(ch, ch) for ch in s)


def slug(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


# ---------------------------------------------------------------- checksums
def luhn_cd(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(s):
    s = re.sub(r"\D", "", s)
    return luhn_cd(s[:-1]) == s[-1]


BAD_NXX = ("555", "950", "958", "959", "976")


def gen_phone(npa):
    while True:
        nxx = "%d%d%d" % (rng.randint(2, 9), rng.randint(0, 9), rng.randint(0, 9))
        if nxx[1:] == "11" or nxx in BAD_NXX:
            continue
        return (npa, nxx, "%04d" % rng.randint(0, 9999))


PHONE_STYLES = ["({a}) {b}-{c}", "{a}-{b}-{c}", "{a}.{b}.{c}", "+1 {a} {b} {c}",
                "+1{a}{b}{c}", "{a}{b}{c}", "+1 ({a}) {b}-{c}", "1-{a}-{b}-{c}",
                "({a}) {b}-{c}", "{a}-{b}-{c}"]


def fmt_phone(t, style=None):
    a, b, c = t
    return (style or pick(PHONE_STYLES)).format(a=a, b=b, c=c)


def gen_ssn():
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        v = "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))
        if v in ("078-05-1120", "219-09-9999", "123-45-6789"):
            continue
        return v


def gen_card():
    kind = pick(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        prefix, n = "4", 16
    elif kind == "mc":
        prefix, n = "5" + str(rng.randint(1, 5)), 16
    elif kind == "mc2":
        prefix, n = str(rng.randint(2221, 2720)), 16
    elif kind == "amex":
        prefix, n = pick(["34", "37"]), 15
    else:
        prefix, n = "6011", 16
    body = prefix + digits(n - 1 - len(prefix))
    num = body + luhn_cd(body)
    assert luhn_ok(num)
    return kind, num


def fmt_card(num):
    st = rng.randint(0, 2)
    if st == 0:
        return num
    sep = " " if st == 1 else "-"
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join([num[i:i + 4] for i in range(0, 16, 4)])


def gen_routing():
    while True:
        d = [int(x) for x in "%02d" % pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22,
                                            23, 24, 25, 26, 27, 28, 29, 30, 31, 32]) + digits(6)]
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        c = (10 - s % 10) % 10
        return "".join(map(str, d)) + str(c)


def gen_iban():
    bban = digits(8) + digits(10)
    num = "".join(str(int(ch, 36)) if ch.isalpha() else ch for ch in bban + "DE00")
    chk = 98 - int(num) % 97
    iban = "DE%02d%s" % (chk, bban)
    re_num = "".join(str(int(ch, 36)) if ch.isalpha() else ch for ch in iban[4:] + iban[:4])
    assert int(re_num) % 97 == 1
    return iban


def fmt_iban(iban):
    if chance(0.5):
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def gen_mbi():
    an = MBI_A + "0123456789"
    return (str(rng.randint(1, 9)) + pick(MBI_A) + pick(an) + str(rng.randint(0, 9)) +
            pick(MBI_A) + pick(an) + str(rng.randint(0, 9)) + pick(MBI_A) + pick(MBI_A) +
            str(rng.randint(0, 9)) + str(rng.randint(0, 9)))


def fmt_mbi(m):
    return "%s-%s-%s" % (m[:4], m[4:7], m[7:]) if chance(0.3) else m


def gen_member():
    f = rng.randint(0, 4)
    if f == 0:
        return letters(3) + digits(9)
    if f == 1:
        return "W" + digits(9)
    if f == 2:
        return str(rng.randint(1, 9)) + digits(8) + "0" + str(rng.randint(1, 4))
    if f == 3:
        return "ZG" + letters(1) + digits(8)
    return "M" + digits(8) + "-0" + str(rng.randint(1, 3))


def gen_group():
    return pick(["GRP-" + digits(6), digits(6), "0" + digits(5) + "-" + digits(3), "G" + digits(7)])


def gen_mrn():
    f = rng.randint(0, 5)
    if f == 0:
        return "MRN" + digits(8)
    if f == 1:
        return "00" + digits(7)
    if f == 2:
        return "E" + str(rng.randint(1, 9)) + digits(6)
    if f == 3:
        return "MR-" + digits(6)
    if f == 4:
        return "H" + digits(9)
    return str(rng.randint(1, 9)) + digits(7)


def gen_dl(state):
    if state in ("CA",):
        return letters(1) + digits(7)
    if state in ("NY", "NJ"):
        return digits(9) if state == "NY" else letters(1) + digits(14)
    if state == "FL":
        return "%s%s-%s-%s-%s-%s" % (letters(1), digits(3), digits(3), digits(2), digits(3), digits(1))
    if state in ("TX", "PA", "GA"):
        return digits(8)
    if state == "IL":
        return "%s%s-%s-%s" % (letters(1), digits(3), digits(4), digits(4))
    if state == "WA":
        return "WDL" + letters(6, UPPER + "0123456789") + digits(3)
    if state == "OH":
        return letters(2) + digits(6)
    return letters(1) + digits(8)


VIN_T = dict([(str(i), i) for i in range(10)] +
             list({"A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "J": 1,
                   "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4,
                   "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}.items()))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VEHICLES = [("1HG", "Honda", "Civic"), ("1FT", "Ford", "F-150"), ("2T1", "Toyota", "Corolla"),
            ("3VW", "Volkswagen", "Jetta"), ("5YJ", "Tesla", "Model 3"), ("JTD", "Toyota", "Prius"),
            ("KMH", "Hyundai", "Elantra"), ("WBA", "BMW", "330i"), ("1G1", "Chevrolet", "Malibu"),
            ("4T1", "Toyota", "Camry")]


def gen_vin(wmi):
    v = wmi + letters(5, VIN_CH) + "0" + pick("DEFGHJKLMNPR") + pick(VIN_CH) + digits(6)
    s = sum(VIN_T[ch] * w for ch, w in zip(v, VIN_W))
    cd = "X" if s % 11 == 10 else str(s % 11)
    v = v[:8] + cd + v[9:]
    assert len(v) == 17
    return v


def gen_plate():
    f = rng.randint(0, 3)
    if f == 0:
        return str(rng.randint(1, 9)) + letters(3) + digits(3)
    if f == 1:
        return letters(3) + "-" + digits(4)
    if f == 2:
        return letters(3) + " " + digits(4)
    return digits(3) + " " + letters(3)


def gen_imei():
    body = pick(["35", "86", "01", "35", "49"]) + digits(6) + digits(6)
    v = body + luhn_cd(body)
    assert luhn_ok(v)
    return v


def fmt_imei(v):
    if chance(0.3):
        return "%s-%s-%s-%s" % (v[:2], v[2:8], v[8:14], v[14])
    return v


OUIS = ["F0:18:98", "3C:5A:B4", "A4:83:E7", "00:1A:7D", "D8:A0:1D", "60:77:71", "C8:2B:96", "00:80:25"]


def gen_mac():
    b = pick(OUIS).split(":") + ["%02X" % rng.randint(0, 255) for _ in range(3)]
    st = rng.randint(0, 3)
    if st == 0:
        return ":".join(b)
    if st == 1:
        return ":".join(b).lower()
    if st == 2:
        return "-".join(b)
    h = "".join(b).lower()
    return "%s.%s.%s" % (h[0:4], h[4:8], h[8:12])


def gtin14():
    body = "0" + pick(["0884838", "0643169", "0380652", "0840682", "0886333"]) + digits(5)
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def gen_udi():
    exp = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 1400))
    return "(01)%s(17)%s(10)%s(21)%s" % (gtin14(), exp.strftime("%y%m%d"),
                                          "L" + digits(5), letters(2) + digits(6))


def gen_devserial():
    f = rng.randint(0, 3)
    if f == 0:
        return "NG" + digits(7) + "H"
    if f == 1:
        return "PJN" + digits(6) + "S"
    if f == 2:
        return "SM" + digits(8)
    return "RX" + hexs(8, "0123456789ABCDEF")


PUBLIC_A = [24, 47, 50, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98,
            99, 104, 107, 108, 135, 136, 142, 162, 166, 172, 173, 174, 184, 199, 204, 206, 207,
            208, 209]


def gen_public_ip():
    if chance(0.15):
        return "2601:%x:%x:%x:%x:%x:%x:%x" % tuple(
            [rng.randint(0x100, 0xfff)] + [rng.randint(1, 0xffff) for _ in range(6)])
    while True:
        a = pick(PUBLIC_A)
        b = rng.randint(0, 255)
        if a == 172 and 16 <= b <= 31:
            continue
        return "%d.%d.%d.%d" % (a, b, rng.randint(0, 255), rng.randint(1, 254))


def gen_private_ip():
    f = rng.randint(0, 3)
    if f == 0:
        return "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    if f == 1:
        return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))
    if f == 2:
        return "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))
    return pick(["127.0.0.1", "10.0.0.1", "169.254.169.254"])


def gen_url(p):
    f, l = slug(p.first), slug(p.last)
    k = rng.randint(0, 4)
    if k == 0:
        return "https://www.facebook.com/%s.%s.%d" % (f, l, rng.randint(1, 99))
    if k == 1:
        return "https://www.linkedin.com/in/%s-%s-%s" % (f, l, hexs(6))
    if k == 2:
        return "https://www.caringbridge.org/visit/%s%s" % (f, l)
    if k == 3:
        return "https://www.gofundme.com/f/help-%s-%s-beat-cancer" % (f, l)
    return "https://instagram.com/%s_%s%d" % (f, l, rng.randint(10, 99))


def rand_bytes(n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def gen_bio():
    k = rng.randint(0, 2)
    if k == 0:
        return "fp", base64.b64encode(b"FMR\x00 20\x00" + rand_bytes(rng.randint(45, 70))).decode()
    if k == 1:
        return "iris", hexs(64)
    return "face", base64.b64encode(rand_bytes(rng.randint(48, 72))).decode()


def gen_photo():
    if chance(0.6):
        raw = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
               b"\xff\xdb\x00C\x00" + rand_bytes(rng.randint(70, 120)))
        b = base64.b64encode(raw).decode()
        return ("data:image/jpeg;base64," + b) if chance(0.3) else b
    raw = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rand_bytes(rng.randint(70, 120))
    b = base64.b64encode(raw).decode()
    return ("data:image/png;base64," + b) if chance(0.3) else b


def gen_nhs():
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        d[0] = rng.randint(4, 7)
        c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        s = "".join(map(str, d)) + str(c)
        return "%s %s %s" % (s[:3], s[3:6], s[6:]) if chance(0.6) else s


def gen_dea(clin_last):
    d = [rng.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return pick("ABFM") + clin_last[0].upper() + "".join(map(str, d)) + str(c)


def rand_date(a, b):
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


class Person(object):
    pass


def make_person(old):
    p = Person()
    p.first = pick(FIRST)
    p.last = pick(LAST)
    p.middle = None
    if chance(0.25):
        m = pick(FIRST)
        if m != p.first:
            p.middle = m
    p.sex = pick(["F", "M", "F", "M", "X"])
    age_target = rng.randint(90, 104) if old else rng.randint(1, 88)
    p.dob = REF - dt.timedelta(days=int(age_target * 365.25) + rng.randint(0, 360))
    p.age = REF.year - p.dob.year - ((REF.month, REF.day) < (p.dob.month, p.dob.day))
    city, state, zip3, npa, county = pick(CITIES)
    p.city, p.state, p.county = city, state, county
    p.zip = zip3 + "%02d" % rng.randint(1, 99)
    p.zip4 = "%04d" % rng.randint(1, 9999)
    p.street = "%d %s" % (rng.randint(2, 9899), pick(STREETS))
    p.street2 = pick(UNITS) if chance(0.35) else None
    p.phone = gen_phone(npa)
    p.mobile = gen_phone(npa if chance(0.6) else pick(CITIES)[3])
    p.fax = gen_phone(npa)
    fl, ll = slug(p.first), slug(p.last)
    local = pick(["%s.%s" % (fl, ll), fl[0] + ll, "%s%s%d" % (fl, ll, rng.randint(1, 99)),
                  "%s.%s%d" % (ll, fl, rng.randint(1, 9)), "%s_%s" % (fl, ll)])
    p.email = local + "@" + pick(EMAIL_DOMAINS)
    p.ssn = gen_ssn()
    p.mrn = gen_mrn()
    p.member = gen_member()
    p.group = gen_group()
    p.payer = pick(PAYERS)
    p.mbi = gen_mbi()
    p.medicaid = letters(2) + digits(8)
    p.card_kind, p.card = gen_card()
    p.bank = digits(rng.randint(8, 12))
    p.routing = gen_routing()
    p.patacct = pick(["HAR" + digits(9), "PA-" + digits(8), digits(10)])
    p.iban = gen_iban()
    p.dl = gen_dl(p.state)
    wmi, p.car_make, p.car_model = pick(VEHICLES)
    p.vin = gen_vin(wmi)
    p.car_year = rng.randint(2006, 2023)
    p.plate = gen_plate()
    p.imei = gen_imei()
    p.mac = gen_mac()
    p.udi = gen_udi()
    p.devserial = gen_devserial()
    p.devmodel = pick(DEVICE_MODELS)
    p.ip = gen_public_ip()
    p.url = gen_url(p)
    p.passport = pick([digits(9), letters(1) + digits(8)])
    p.anum = "A" + str(rng.randint(1, 2)) + digits(8)
    p.nhs = gen_nhs()
    p.bio_kind, p.bio = gen_bio()
    p.photo = gen_photo()
    adm = rand_date(dt.date(2023, 1, 5), dt.date(2024, 3, 1))
    p.admit = dt.datetime(adm.year, adm.month, adm.day, rng.randint(0, 23), pick([0, 5, 12, 14, 30, 41, 47]))
    p.discharge = p.admit + dt.timedelta(days=rng.randint(1, 14), hours=rng.randint(1, 9))
    p.svc = rand_date(dt.date(2023, 6, 1), dt.date(2024, 3, 10))
    p.death = rand_date(dt.date(2023, 1, 1), dt.date(2024, 3, 1)) if (old or p.age > 70) and chance(0.4) else None
    p.ec_first = pick(FIRST)
    p.ec_last = p.last if chance(0.5) else pick(LAST)
    p.ec_rel = pick(RELATIONS)
    p.ec_phone = gen_phone(npa if chance(0.7) else pick(CITIES)[3])
    p.id = rng.randint(100, 99999)
    return p


PEOPLE = [make_person(old=(i % 7 == 3)) for i in range(190)]
OLD_PEOPLE = [q for q in PEOPLE if q.age > 89]
assert len(OLD_PEOPLE) >= 20


def pick_person(focus):
    if focus == "age":
        return pick(OLD_PEOPLE)
    return pick(PEOPLE)


def clinician():
    f, l = pick(CLINICIANS)
    st = rng.randint(0, 3)
    if st == 0:
        return "Dr. %s %s" % (f, l), l
    if st == 1:
        return "%s, %s MD" % (l, f), l
    if st == 2:
        return "%s. %s, DO" % (f[0], l), l
    return "%s %s, NP" % (f, l), l


# =========================================================================
# generic object model
# =========================================================================
class F(object):
    """A field: key tokens, value, category (None = not PHI), kind."""
    __slots__ = ("key", "val", "cat", "kind")

    def __init__(self, key, val, cat=None, kind="str"):
        self.key = list(key) if key is not None else None
        self.val = val
        self.cat = cat
        self.kind = kind


class Obj(object):
    __slots__ = ("typ", "fields")

    def __init__(self, typ, fields):
        self.typ = typ
        self.fields = fields


GO_INIT = ("id", "dob", "ssn", "mrn", "url", "ip", "imei", "vin", "udi", "mac", "dea", "mbi",
           "dl", "npi", "uuid", "dos", "har", "nhs", "aba", "sn", "icd10", "cpt", "ndc", "loinc")


def cap(t):
    return t[:1].upper() + t[1:]


def kname(tokens, case):
    if case == "camel":
        return tokens[0] + "".join(cap(t) for t in tokens[1:])
    if case == "snake":
        return "_".join(tokens)
    if case == "pascal":
        return "".join(cap(t) for t in tokens)
    if case == "go":
        return "".join(t.upper() if t in GO_INIT else cap(t) for t in tokens)
    if case == "upper":
        return "_".join(t.upper() for t in tokens)
    if case == "lower":
        return "".join(tokens)
    raise ValueError(case)


AL = {
    "first": [("first", "name"), ("given", "name"), ("fname",), ("pt", "fname"),
              ("patient", "first", "name"), ("first", "nm")],
    "last": [("last", "name"), ("family", "name"), ("lname",), ("pt", "lname"), ("surname",),
             ("last", "nm")],
    "middle": [("middle", "name"), ("mname",), ("middle",)],
    "full": [("name",), ("full", "name"), ("patient", "name"), ("display", "name"), ("pt", "name")],
    "dob": [("dob",), ("date", "of", "birth"), ("birth", "date"), ("birth", "dt"), ("pt", "dob")],
    "age": [("age",), ("age", "years"), ("pt", "age")],
    "admit": [("admit", "date"), ("admission", "dt"), ("admitted", "at")],
    "discharge": [("discharge", "date"), ("disch", "dt"), ("discharged", "at")],
    "death": [("date", "of", "death"), ("deceased", "date"), ("dod",)],
    "svc": [("service", "date"), ("dos",), ("svc", "dt"), ("visit", "date")],
    "phone": [("phone",), ("phone", "nbr"), ("phone", "number"), ("home", "phone"),
              ("contact", "phone"), ("tel",)],
    "mobile": [("mobile",), ("cell", "phone"), ("mobile", "phone"), ("cell", "nbr")],
    "fax": [("fax",), ("fax", "nbr"), ("fax", "number")],
    "email": [("email",), ("email", "addr"), ("email", "address"), ("contact", "email")],
    "ssn": [("ssn",), ("social", "security", "number"), ("ssn", "nbr"), ("pt", "ssn")],
    "ssn4": [("ssn4",), ("ssn", "last4"), ("last4", "ssn")],
    "mrn": [("mrn",), ("medical", "record", "number"), ("mrn", "id"), ("chart", "no"), ("pt", "mrn")],
    "member": [("member", "id"), ("mbr", "id"), ("subscriber", "id"), ("policy", "holder", "id"),
               ("member", "number")],
    "mbi": [("mbi",), ("medicare", "id"), ("medicare", "beneficiary", "id")],
    "medicaid": [("medicaid", "id"), ("medicaid", "nbr")],
    "group": [("group", "number"), ("grp", "nbr"), ("group", "id")],
    "payer": [("payer",), ("payer", "name"), ("carrier",)],
    "card": [("card", "number"), ("cc", "num"), ("pan",), ("payment", "card")],
    "bank": [("bank", "acct"), ("account", "number"), ("acct", "nbr")],
    "routing": [("routing", "number"), ("aba",), ("routing", "nbr")],
    "patacct": [("patient", "account", "no"), ("guarantor", "acct"), ("billing", "acct"), ("har",)],
    "iban": [("iban",), ("refund", "iban")],
    "dl": [("drivers", "license"), ("dl", "number"), ("dl", "nbr"), ("license", "no")],
    "dl_state": [("dl", "state"), ("license", "state")],
    "vin": [("vin",), ("vehicle", "vin")],
    "plate": [("plate",), ("license", "plate"), ("plate", "no")],
    "imei": [("imei",), ("device", "imei")],
    "mac": [("mac",), ("device", "mac"), ("mac", "address"), ("ble", "mac")],
    "udi": [("udi",), ("device", "udi"), ("implant", "udi")],
    "devserial": [("serial", "number"), ("device", "serial"), ("pump", "serial"), ("sn",)],
    "devmodel": [("model",), ("device", "model")],
    "ip": [("last", "login", "ip"), ("client", "ip"), ("remote", "addr"), ("ip", "address")],
    "url": [("profile", "url"), ("social", "url"), ("homepage",), ("fundraiser", "url")],
    "bio_fp": [("fingerprint", "template"), ("fp", "template"), ("biometric", "template")],
    "bio_iris": [("iris", "code"), ("iris", "template")],
    "bio_face": [("face", "embedding"), ("face", "template")],
    "photo": [("photo",), ("photo", "b64"), ("avatar", "base64"), ("id", "card", "image")],
    "passport": [("passport", "no"), ("passport", "number")],
    "anum": [("alien", "reg", "no"), ("a", "number"), ("uscis", "number")],
    "nhs": [("nhs", "number"), ("nhs", "no")],
    "street": [("line1",), ("addr1",), ("street",), ("address", "line1"), ("street", "address")],
    "street2": [("line2",), ("addr2",), ("address", "line2"), ("unit",)],
    "city": [("city",), ("city", "nm"), ("town",), ("locality",)],
    "county": [("county",), ("county", "name")],
    "state": [("state",), ("state", "cd"), ("region",)],
    "zip": [("zip",), ("zip", "cd"), ("postal", "code"), ("zip", "code"), ("zip5",)],
    "country": [("country",), ("country", "cd")],
    "rel": [("relationship",), ("rel", "cd"), ("relation",)],
}


def fk(concept):
    return list(pick(AL[concept]))


def fd(concept, val, cat):
    return F(fk(concept), val, cat, "datetime" if isinstance(val, dt.datetime) else "date")


def ts_now():
    """A record timestamp (created_at etc.): never PHI."""
    d = dt.datetime(2024, 3, 12) - dt.timedelta(days=rng.randint(0, 900), seconds=rng.randint(0, 86399))
    return d.replace(microsecond=rng.randint(0, 999) * 1000)


# =========================================================================
# patient object builder
# =========================================================================
def mk_names(p, allow_split=True):
    r = rng.random()
    if allow_split and r < 0.62:
        fs = [F(fk("first"), p.first, "name"), F(fk("last"), p.last, "name")]
        if p.middle and chance(0.4):
            fs.insert(1, F(fk("middle"), p.middle, "name"))
        return fs
    if r < 0.85:
        return [F(fk("full"), "%s %s" % (p.first, p.last), "name")]
    return [F(fk("full"), "%s, %s" % (p.last, p.first), "name")]


def mk_zip(p):
    return p.zip + ("-" + p.zip4 if chance(0.2) else "")


def mk_address_obj(p, need_zip=False, need_street=False):
    fs = [F(fk("street"), p.street, "address")]
    if p.street2 and chance(0.6):
        fs.append(F(fk("street2"), p.street2, "address"))
    fs.append(F(fk("city"), p.city, "address"))
    if chance(0.12):
        fs.append(F(fk("county"), p.county, "address"))
    fs.append(F(fk("state"), p.state, None))
    if need_zip or chance(0.85):
        fs.append(F(fk("zip"), mk_zip(p), "zip"))
    if chance(0.2):
        fs.append(F(fk("country"), "US", None))
    return F(pick([["address"], ["home", "address"], ["addr"], ["mailing", "address"], ["residence"]]),
             Obj(pick(["Address", "PostalAddress", "HomeAddress", "AddressDto"]), fs), None, "obj")


def mk_insurance_obj(p, prefer=None):
    fs = []
    if prefer == "mbi" or (prefer is None and p.age >= 65 and chance(0.5)):
        fs.append(F(fk("payer"), "Medicare Part B", None))
        fs.append(F(fk("mbi"), fmt_mbi(p.mbi), "health_plan"))
    elif prefer == "medicaid":
        fs.append(F(fk("payer"), pick(["Medicaid", "Medi-Cal", "SoonerCare", "MassHealth"]), None))
        fs.append(F(fk("medicaid"), p.medicaid, "health_plan"))
    else:
        fs.append(F(fk("payer"), p.payer, None))
        fs.append(F(fk("member"), p.member, "health_plan"))
        if chance(0.6):
            fs.append(F(fk("group"), p.group, None))
    if chance(0.5):
        fs.append(F(["plan", "type"], pick(["PPO", "HMO", "EPO", "MEDICARE_ADV"]), None, "enum"))
    if chance(0.3):
        fs.append(F(["priority"], 1, None, "int"))
    if chance(0.25):
        fs.append(F(["subscriber", "name"], "%s %s" % (p.ec_first, p.ec_last), "name"))
        fs.append(F(["subscriber", "rel"], p.ec_rel, None, "enum"))
    return F(pick([["insurance"], ["coverage"], ["primary", "coverage"], ["policy"]]),
             Obj(pick(["Insurance", "Coverage", "PolicyInfo", "InsuranceDto"]), fs), None, "obj")


def mk_ec_obj(p):
    fs = []
    if chance(0.6):
        fs.append(F(["name"], "%s %s" % (p.ec_first, p.ec_last), "name"))
    else:
        fs.append(F(fk("first"), p.ec_first, "name"))
        fs.append(F(fk("last"), p.ec_last, "name"))
    fs.append(F(fk("rel"), p.ec_rel, None, "enum"))
    fs.append(F(fk("phone"), fmt_phone(p.ec_phone), "phone"))
    return F(pick([["emergency", "contact"], ["next", "of", "kin"], ["ec"], ["contact"]]),
             Obj(pick(["EmergencyContact", "NextOfKin", "ContactPerson"]), fs), None, "obj")


def mk_payment_obj(p):
    fs = [F(["brand"], {"visa": "VISA", "mc": "MASTERCARD", "mc2": "MASTERCARD", "amex": "AMEX",
                        "disc": "DISCOVER"}[p.card_kind], None, "enum"),
          F(fk("card"), fmt_card(p.card), "account"),
          F(["exp", "month"], rng.randint(1, 12), None, "int"),
          F(["exp", "year"], rng.randint(2025, 2030), None, "int")]
    if chance(0.5):
        fs.append(F(["cardholder", "name"], "%s %s" % (p.first, p.last), "name"))
    return F(pick([["payment", "method"], ["card", "on", "file"], ["payment"]]),
             Obj(pick(["PaymentMethod", "CardOnFile", "StoredCard"]), fs), None, "obj")


def mk_vehicle_obj(p):
    fs = [F(["make"], p.car_make, None), F(["model"], p.car_model, None),
          F(["year"], p.car_year, None, "int")]
    r = rng.random()
    if r < 0.7:
        fs.append(F(fk("vin"), p.vin, "vehicle"))
    if r > 0.4:
        fs.append(F(fk("plate"), p.plate, "vehicle"))
        fs.append(F(["plate", "state"], p.state, None))
    return F(pick([["vehicle"], ["car"], ["transport", "vehicle"]]), Obj("Vehicle", fs), None, "obj")


def mk_device_obj(p):
    fs = [F(fk("devmodel"), p.devmodel, None)]
    k = rng.randint(0, 3)
    if k == 0:
        fs.append(F(fk("devserial"), p.devserial, "device"))
    elif k == 1:
        fs.append(F(fk("udi"), p.udi, "device"))
    elif k == 2:
        fs.append(F(fk("mac"), p.mac, "device"))
    else:
        fs.append(F(fk("imei"), fmt_imei(p.imei), "device"))
    fs.append(F(["firmware"], "%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 99)), None))
    return F(pick([["device"], ["paired", "device"], ["implant"]]),
             Obj(pick(["ImplantedDevice", "PairedDevice", "DeviceInfo"]), fs), None, "obj")


def mk_concept(c, p, focus):
    """Return list of F for concept c of person p."""
    if c == "id":
        return [F(["id"], p.id, None, "int")]
    if c == "names":
        return mk_names(p)
    if c == "sex":
        return [F(pick([["sex"], ["gender"], ["admin", "sex"]]), p.sex, None, "enum")]
    if c == "dob":
        return [fd("dob", p.dob, "date")]
    if c == "age":
        return [F(fk("age"), p.age, "age" if p.age > 89 else None, "int")]
    if c == "ssn":
        return [F(fk("ssn"), p.ssn if chance(0.8) else p.ssn.replace("-", ""), "ssn")]
    if c == "ssn4":
        return [F(fk("ssn4"), p.ssn[-4:], "ssn")]
    if c == "mrn":
        return [F(fk("mrn"), p.mrn, "mrn")]
    if c == "phone":
        return [F(fk("phone"), fmt_phone(p.phone), "phone")]
    if c == "mobile":
        return [F(fk("mobile"), fmt_phone(p.mobile), "phone")]
    if c == "fax":
        return [F(fk("fax"), fmt_phone(p.fax), "fax")]
    if c == "email":
        return [F(fk("email"), p.email, "email")]
    if c == "street_flat":
        fs = [F(fk("street"), p.street, "address")]
        if p.street2:
            fs.append(F(fk("street2"), p.street2, "address"))
        fs += [F(fk("city"), p.city, "address"), F(fk("state"), p.state, None)]
        if chance(0.7):
            fs.append(F(fk("zip"), mk_zip(p), "zip"))
        return fs
    if c == "city_flat":
        return [F(fk("city"), p.city, "address"), F(fk("state"), p.state, None)]
    if c == "zip_flat":
        fs = [F(fk("state"), p.state, None)] if chance(0.6) else []
        return fs + [F(fk("zip"), mk_zip(p), "zip")]
    if c == "address_obj":
        return [mk_address_obj(p, need_zip=(focus == "zip"))]
    if c == "member":
        return [F(fk("member"), p.member, "health_plan")] + (
            [F(fk("group"), p.group, None)] if chance(0.4) else [])
    if c == "mbi":
        return [F(fk("mbi"), fmt_mbi(p.mbi), "health_plan")]
    if c == "medicaid":
        return [F(fk("medicaid"), p.medicaid, "health_plan")]
    if c == "insurance_obj":
        return [mk_insurance_obj(p)]
    if c == "card":
        return [F(fk("card"), fmt_card(p.card), "account")]
    if c == "bank":
        fs = [F(fk("bank"), p.bank, "account")]
        if chance(0.6):
            fs.insert(0, F(fk("routing"), p.routing, None))
        return fs
    if c == "patacct":
        return [F(fk("patacct"), p.patacct, "account")]
    if c == "iban":
        return [F(fk("iban"), fmt_iban(p.iban), "account")]
    if c == "payment_obj":
        return [mk_payment_obj(p)]
    if c == "dl":
        fs = [F(fk("dl"), p.dl, "license")]
        if chance(0.5):
            fs.append(F(fk("dl_state"), p.state, None))
        return fs
    if c == "vin":
        return [F(fk("vin"), p.vin, "vehicle")]
    if c == "plate":
        return [F(fk("plate"), p.plate, "vehicle")]
    if c == "vehicle_obj":
        return [mk_vehicle_obj(p)]
    if c == "imei":
        return [F(fk("imei"), fmt_imei(p.imei), "device")]
    if c == "mac":
        return [F(fk("mac"), p.mac, "device")]
    if c == "udi":
        return [F(fk("udi"), p.udi, "device")]
    if c == "devserial":
        return [F(fk("devmodel"), p.devmodel, None), F(fk("devserial"), p.devserial, "device")]
    if c == "device_obj":
        return [mk_device_obj(p)]
    if c == "ip":
        return [F(fk("ip"), p.ip, "ip")]
    if c == "url":
        return [F(fk("url"), p.url, "url")]
    if c == "bio":
        return [F(fk("bio_" + p.bio_kind), p.bio, "biometric")]
    if c == "photo":
        return [F(fk("photo"), p.photo, "photo")]
    if c == "passport":
        return [F(fk("passport"), p.passport, "other_id"),
                F(["passport", "country"], "USA", None)] if chance(0.4) else [
            F(fk("passport"), p.passport, "other_id")]
    if c == "anum":
        return [F(fk("anum"), p.anum, "other_id")]
    if c == "nhs":
        return [F(fk("nhs"), p.nhs, "other_id")]
    if c == "admit":
        return [fd("admit", p.admit if chance(0.6) else p.admit.date(), "date")]
    if c == "discharge":
        return [fd("discharge", p.discharge if chance(0.6) else p.discharge.date(), "date")]
    if c == "death":
        return [fd("death", p.death or p.dob, "date")]
    if c == "svc":
        return [fd("svc", p.svc, "date")]
    if c == "ec_obj":
        return [mk_ec_obj(p)]
    if c == "status":
        return [F(["status"], pick(["ACTIVE", "INACTIVE", "PENDING_REVIEW", "MERGED"]), None, "enum")]
    if c == "active":
        return [F(["active"], chance(0.8), None, "bool")]
    if c == "facility":
        return [F(pick([["facility"], ["facility", "name"], ["location"]]), pick(FACILITIES), None)]
    if c == "attending":
        return [F(pick([["attending"], ["attending", "physician"], ["pcp"], ["provider", "name"]]),
                  clinician()[0], None)]
    if c == "language":
        return [F(pick([["language"], ["preferred", "language"], ["lang"]]),
                  pick(["en", "es", "vi", "so", "zh", "ht", "pt-BR"]), None)]
    if c == "created":
        return [F(pick([["created", "at"], ["created"], ["created", "date"]]), ts_now(), None, "datetime")]
    if c == "updated":
        return [F(pick([["updated", "at"], ["last", "modified"]]), ts_now(), None, "datetime")]
    if c == "version":
        return [F(["version"], rng.randint(0, 14), None, "int")]
    if c == "tenant":
        return [F(["tenant", "id"], pick(["t-001", "acme-east", "tn_44", "default"]), None)]
    raise ValueError(c)


ORDER = ["id", "names", "sex", "dob", "age", "ssn", "ssn4", "mrn", "phone", "mobile", "fax",
         "email", "street_flat", "city_flat", "zip_flat", "address_obj", "member", "mbi",
         "medicaid", "insurance_obj", "card", "bank", "patacct", "iban", "payment_obj", "dl",
         "vin", "plate", "vehicle_obj", "imei", "mac", "udi", "devserial", "device_obj", "ip",
         "url", "passport", "anum", "nhs", "bio", "photo", "admit", "discharge", "death", "svc",
         "ec_obj", "status", "active", "facility", "attending", "language", "tenant", "created",
         "updated", "version"]

FOCUS_MAP = {
    "name": ["names"],
    "address": ["address_obj", "address_obj", "street_flat", "city_flat"],
    "zip": ["address_obj", "zip_flat"],
    "date": ["dob", "dob", "admit", "discharge", "death", "svc"],
    "age": ["age"],
    "phone": ["phone", "mobile", "ec_obj"],
    "fax": ["fax"],
    "email": ["email"],
    "ssn": ["ssn", "ssn", "ssn4"],
    "mrn": ["mrn"],
    "health_plan": ["insurance_obj", "member", "mbi", "medicaid"],
    "account": ["card", "bank", "patacct", "iban", "payment_obj"],
    "license": ["dl"],
    "vehicle": ["vin", "plate", "vehicle_obj"],
    "device": ["imei", "mac", "udi", "devserial", "device_obj"],
    "url": ["url"],
    "ip": ["ip"],
    "biometric": ["bio"],
    "photo": ["photo"],
    "other_id": ["passport", "anum", "nhs"],
}
NESTED = ("address_obj", "insurance_obj", "payment_obj", "vehicle_obj", "device_obj", "ec_obj")
COMMON_EXTRA = ["dob", "dob", "phone", "email", "ssn", "mrn", "address_obj", "insurance_obj",
                "ec_obj", "age", "member", "zip_flat", "mobile", "city_flat"]

TOP_TYPES = ["Patient", "Patient", "Patient", "PatientDto", "PatientEntity", "Member",
             "PatientRecord", "IntakeForm", "Subscriber", "RegistrationRequest", "Demographics",
             "PatientCreateRequest", "Person"]


def build_patient(p, focus, nested=True, n_extra=None, typ=None, names=None):
    chosen = []

    def add(c):
        if not nested and c in NESTED:
            c = {"address_obj": "street_flat", "insurance_obj": "member", "payment_obj": "card",
                 "vehicle_obj": "vin", "device_obj": "devserial", "ec_obj": "phone"}[c]
        if c not in chosen:
            chosen.append(c)

    if chance(0.75):
        add("id")
    if focus == "name" or (names if names is not None else chance(0.85)):
        add("names")
    if focus:
        add(pick(FOCUS_MAP[focus]))
    k = n_extra if n_extra is not None else pick([0, 1, 1, 2, 2, 3])
    for c in rng.sample(COMMON_EXTRA, k):
        add(c)
    for c, pr in (("sex", 0.35), ("status", 0.12), ("active", 0.18), ("facility", 0.12),
                  ("attending", 0.12), ("language", 0.08), ("tenant", 0.06), ("created", 0.25),
                  ("updated", 0.1), ("version", 0.1)):
        if chance(pr):
            add(c)
    if "address_obj" in chosen or "street_flat" in chosen:
        chosen[:] = [c for c in chosen if c not in ("zip_flat", "city_flat")]
    if "address_obj" in chosen and "street_flat" in chosen:
        chosen.remove("street_flat")
    if "death" in chosen and not p.death:
        chosen.remove("death")
        add("dob")
    fields = []
    for c in ORDER:
        if c in chosen:
            fields.extend(mk_concept(c, p, focus))
    return Obj(typ or pick(TOP_TYPES), fields)


def build_rx(p):
    """Controlled-substance prescription: prescriber DEA (licence) + patient."""
    cname, clast = clinician()
    fs = [F(["id"], rng.randint(1000, 999999), None, "int"),
          F(pick([["patient", "name"], ["pt", "name"]]), "%s %s" % (p.first, p.last), "name")]
    if chance(0.5):
        fs.append(fd("dob", p.dob, "date"))
    fs += [F(["drug"], pick(CONTROLLED), None), F(["schedule"], pick(["CII", "CIV"]), None, "enum"),
           F(["qty"], rng.randint(10, 90), None, "int"), F(["prescriber"], cname, None),
           F(pick([["prescriber", "dea"], ["dea", "number"], ["dea"]]), gen_dea(clast), "license")]
    return Obj(pick(["Prescription", "RxOrder", "ControlledRx"]), fs)


def phi_object(focus, nested=True):
    p = pick_person(focus)
    if focus == "license" and chance(0.3):
        return build_rx(p), p
    return build_patient(p, focus, nested=nested), p


# ---------------------------------------------------------------- clean objects
def npi():
    """Provider NPI (Luhn over 80840 prefix) -- a provider id, never patient PHI."""
    while True:
        base = str(rng.randint(1, 2)) + digits(8)
        cd = luhn_cd("80840" + base)
        return base + cd


def clean_object(nested=True):
    k = rng.randint(0, 11)
    if k == 0:
        fs = [F(["id"], rng.randint(1, 99999), None, "int"),
              F(["patient", "id"], rng.randint(100, 99999), None, "int"),
              F(["status"], pick(["BOOKED", "CANCELLED", "NO_SHOW", "ARRIVED"]), None, "enum"),
              F(["clinic", "id"], "CL-%04d" % rng.randint(1, 400), None),
              F(["slot", "minutes"], pick([15, 20, 30, 45, 60]), None, "int"),
              F(["created", "at"], ts_now(), None, "datetime"),
              F(["version"], rng.randint(0, 9), None, "int")]
        return Obj(pick(["Appointment", "AppointmentDto"]), fs)
    if k == 1:
        fs = [F(["id"], rng.randint(1, 999999), None, "int"),
              F(["encounter", "type"], pick(["OUTPATIENT", "INPATIENT", "TELEHEALTH", "ED"]), None, "enum"),
              F(["icd10"], [F(None, c, None) for c in rng.sample(ICD10, rng.randint(1, 3))], None, "list"),
              F(["facility"], pick(FACILITIES), None),
              F(["attending"], clinician()[0], None),
              F(["attending", "npi"], npi(), None),
              F(["duration", "min"], rng.randint(5, 240), None, "int")]
        return Obj("Encounter", fs)
    if k == 2:
        fs = [F(["id"], rng.randint(100, 99999), None, "int"),
              F(["first", "name"], pick(["[REDACTED]", "***", "<masked>"]), None),
              F(["last", "name"], pick(["[REDACTED]", "***", "<masked>"]), None),
              F(["ssn"], pick(["***-**-****", "[REDACTED]", "XXX-XX-XXXX"]), None),
              F(["birth", "year"], rng.randint(1930, 2015), None, "int")]
        if chance(0.5):
            fs.append(F(["age", "band"], pick(["90+", "65-74", "18-29", "40-49"]), None))
        else:
            fs.append(F(["age"], rng.randint(1, 89), None, "int"))
        fs += [F(["gender"], pick(["F", "M", "X"]), None, "enum"),
               F(["state"], pick(CITIES)[1], None),
               F(["active"], True, None, "bool"),
               F(["created", "at"], ts_now(), None, "datetime")]
        return Obj(pick(["Patient", "PatientSummary", "MaskedPatient"]), fs)
    if k == 3:
        fs = [F(["id"], rng.randint(1, 999999), None, "int"),
              F(["order", "id"], rng.randint(1, 999999), None, "int"),
              F(["loinc"], pick(LOINC), None),
              F(["value"], round(rng.uniform(0.5, 200), 1), None, "float"),
              F(["unit"], pick(["%", "mg/dL", "mmol/L", "g/dL"]), None),
              F(["ref", "range"], pick(["4.0-5.6", "70-99", "0.6-1.3", "12.0-15.5"]), None),
              F(["abnormal"], chance(0.4), None, "bool")]
        return Obj(pick(["LabResult", "Observation"]), fs)
    if k == 4:
        fs = [F(["id"], rng.randint(1, 999999), None, "int"),
              F(["drug"], pick(DRUGS), None),
              F(["ndc"], pick(NDC), None),
              F(["sig"], pick(["take 1 tablet by mouth daily", "1 tab PO BID", "inject 10 units at bedtime"]), None),
              F(["refills"], rng.randint(0, 5), None, "int"),
              F(["prescriber"], clinician()[0], None),
              F(["status"], pick(["ACTIVE", "ON_HOLD", "DISCONTINUED"]), None, "enum")]
        return Obj(pick(["Prescription", "MedicationOrder"]), fs)
    if k == 5:
        fs = [F(["model"], pick(DEVICE_MODELS), None),
              F(["firmware"], "%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 99)), None),
              F(["battery", "pct"], rng.randint(3, 100), None, "int"),
              F(["basal", "rate"], round(rng.uniform(0.1, 2.5), 2), None, "float"),
              F(["created", "at"], ts_now(), None, "datetime")]
        return Obj(pick(["DeviceConfig", "PumpSettings"]), fs)
    if k == 6:
        fs = [F(["page"], rng.randint(0, 40), None, "int"), F(["size"], pick([20, 50, 100]), None, "int"),
              F(["sort"], pick(["lastName,asc", "dob,desc", "createdAt,desc", "mrn,asc"]), None),
              F(["total", "elements"], rng.randint(0, 99999), None, "int")]
        return Obj(pick(["PageRequest", "Pageable", "SearchCriteria"]), fs)
    if k == 7:
        fs = [F(["id"], rng.randint(1, 999999), None, "int"),
              F(["cpt"], pick(CPT), None), F(["icd10"], pick(ICD10), None),
              F(["payer", "id"], pick(["60054", "87726", "62308", "SX107"]), None),
              F(["amount", "cents"], rng.randint(1500, 990000), None, "int"),
              F(["status"], pick(["DENIED", "PAID", "PENDED"]), None, "enum"),
              F(["denial", "code"], pick(["CO-97", "CO-16", "PR-1", "N/A"]), None)]
        return Obj(pick(["Claim", "ClaimLine"]), fs)
    if k == 8:
        fs = [F(["id"], uuid4(), None), F(["action"], pick(["READ", "UPDATE", "EXPORT"]), None, "enum"),
              F(["resource"], "Patient/%d" % rng.randint(100, 99999), None),
              F(["actor", "user", "id"], "u_%d" % rng.randint(100, 9999), None),
              F(["source", "ip"], gen_private_ip(), None),
              F(["created", "at"], ts_now(), None, "datetime")]
        return Obj(pick(["AuditEvent", "AccessLog"]), fs)
    if k == 9:
        fs = [F(["id"], rng.randint(100, 99999), None, "int"),
              F(["first", "name"], None, None, "null"), F(["last", "name"], None, None, "null"),
              F(["dob"], None, None, "null"), F(["email"], None, None, "null"),
              F(["active"], False, None, "bool"), F(["created", "at"], ts_now(), None, "datetime")]
        return Obj(pick(["Patient", "PatientDto"]), fs)
    if k == 10:
        fs = [F(["host"], "ip-10-0-%d-%d.ec2.internal" % (rng.randint(0, 9), rng.randint(2, 250)), None),
              F(["hits"], rng.randint(0, 999999), None, "int"), F(["misses"], rng.randint(0, 9999), None, "int"),
              F(["evictions"], rng.randint(0, 500), None, "int"),
              F(["uptime", "sec"], rng.randint(60, 9999999), None, "int")]
        return Obj(pick(["CacheStats", "PoolStats"]), fs)
    inner = Obj("RetryPolicy", [F(["max", "attempts"], rng.randint(2, 8), None, "int"),
                                F(["backoff", "ms"], pick([250, 500, 1000]), None, "int")])
    fs = [F(["name"], pick(["ehr-sync", "eligibility-270", "adt-feed", "claims-837"]), None),
          F(["endpoint"], pick(["https://api.acme-health.io/v2", "http://10.0.4.17:8080/fhir/R4",
                                "https://sandbox.availity.com/availity/v1"]), None),
          F(["timeout", "ms"], pick([3000, 5000, 15000]), None, "int"),
          F(["enabled"], True, None, "bool")]
    if nested:
        fs.append(F(["retry"], inner, None, "obj"))
    return Obj(pick(["IntegrationConfig", "ClientSettings"]), fs)


def obj_for(phi, focus, nested=True):
    if phi:
        return phi_object(focus, nested)[0]
    return clean_object(nested)


def flat_fields(o, prefix=()):
    out = []
    for f in o.fields:
        if f.kind == "obj":
            pre = list(prefix) + f.key
            if pre and pre[-1] in ("address", "addr", "residence"):
                pre = pre[:-1]
            out.extend(flat_fields(f.val, tuple(pre)))
        elif f.kind == "list":
            continue
        else:
            out.append(F(list(prefix) + f.key, f.val, f.cat, f.kind))
    return out


def phi_values(focus, n=None):
    """A flat list of fields for SQL-ish / positional families (PHI lines)."""
    o, p = phi_object(focus, nested=True)
    fl = flat_fields(o)
    return fl, p


# =========================================================================
# date formatting
# =========================================================================
STR_DATE_STYLES = ("iso", "iso_space", "java_ldt", "java_util", "java_ts", "cs_us", "cs_dateonly",
                   "cs_inv", "cs_json", "rb_ar", "rb_as", "rust", "go", "swift", "js", "php",
                   "isoz", "us_slash")


def java_ldt(v):
    if v.second == 0 and v.microsecond == 0:
        return v.strftime("%Y-%m-%dT%H:%M")
    if v.microsecond == 0:
        return v.strftime("%Y-%m-%dT%H:%M:%S")
    return v.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d" % (v.microsecond // 1000)


def fmt_date(v, style, cat):
    isdt = isinstance(v, dt.datetime)
    d = v.date() if isdt else v
    H, M, Sx, us = (v.hour, v.minute, v.second, v.microsecond) if isdt else (0, 0, 0, 0)
    iso = d.isoformat()
    if style == "iso":
        return S(v.strftime("%Y-%m-%dT%H:%M:%S") if isdt else iso, cat)
    if style == "isoz":
        return S((v.strftime("%Y-%m-%dT%H:%M:%S") if isdt else iso + "T00:00:00") + "Z", cat)
    if style == "us_slash":
        return S("%02d/%02d/%04d" % (d.month, d.day, d.year), cat)
    if style in ("iso_space", "php"):
        return S(v.strftime("%Y-%m-%d %H:%M:%S") if isdt else iso, cat)
    if style == "java_ldt":
        return S(java_ldt(v) if isdt else iso, cat)
    if style == "java_ts":
        return S(v.strftime("%Y-%m-%d %H:%M:%S") + ".%d" % (us // 1000 if us else 0) if isdt else iso, cat)
    if style == "java_util":
        return S("%s %s %02d %02d:%02d:%02d UTC %d" % (DOW3[d.weekday()], MON3[d.month - 1], d.day,
                                                       H, M, Sx, d.year), cat)
    if style == "cs_us":
        h12 = H % 12 or 12
        return S("%d/%d/%d %d:%02d:%02d %s" % (d.month, d.day, d.year, h12, M, Sx, "AM" if H < 12 else "PM"), cat)
    if style == "cs_dateonly":
        if isdt:
            return fmt_date(v, "cs_us", cat)
        return S("%d/%d/%d" % (d.month, d.day, d.year), cat)
    if style == "cs_inv":
        return S("%02d/%02d/%04d %02d:%02d:%02d" % (d.month, d.day, d.year, H, M, Sx), cat)
    if style == "cs_json":
        return S("%sT%02d:%02d:%02d" % (iso, H, M, Sx), cat)
    if style == "py_repr":
        if isdt:
            args = "%d, %d, %d, %d, %d" % (d.year, d.month, d.day, H, M)
            if Sx or us:
                args += ", %d" % Sx
            if us:
                args += ", %d" % us
            return ["datetime.datetime(", S(args, cat), ")"]
        return ["datetime.date(", S("%d, %d, %d" % (d.year, d.month, d.day), cat), ")"]
    if style == "rb_ar":
        return S(v.strftime("%Y-%m-%d %H:%M:%S") + ".%06d000 +0000" % us if isdt else iso, cat)
    if style == "rb_as":
        base = "%s, %02d %s %d" % (DOW3[d.weekday()], d.day, MON3[d.month - 1], d.year)
        if isdt:
            return S(base + " %02d:%02d:%02d.%06d000 UTC +00:00" % (H, M, Sx, us), cat)
        return S(base, cat)
    if style == "rb_date":
        jd = d.toordinal() + 1721425
        if isdt:
            return ["#<DateTime: ", S(v.strftime("%Y-%m-%dT%H:%M:%S") + "+00:00", cat),
                    " ((%dj,%ds,0n),+0s,2299161j)>" % (jd, H * 3600 + M * 60 + Sx)]
        return ["#<Date: ", S(iso, cat), " ((%dj,0s,0n),+0s,2299161j)>" % jd]
    if style == "ex":
        if isdt:
            return ["~N[", S(v.strftime("%Y-%m-%d %H:%M:%S"), cat), "]"]
        return ["~D[", S(iso, cat), "]"]
    if style == "ex_utc":
        if isdt:
            return ["~U[", S(v.strftime("%Y-%m-%d %H:%M:%S") + ".%06dZ" % us, cat), "]"]
        return ["~D[", S(iso, cat), "]"]
    if style == "erl":
        if isdt:
            return ["{", S("{%d,%d,%d},{%d,%d,%d}" % (d.year, d.month, d.day, H, M, Sx), cat), "}"]
        return ["{", S("%d,%d,%d" % (d.year, d.month, d.day), cat), "}"]
    if style == "rust":
        if isdt:
            return S(v.strftime("%Y-%m-%dT%H:%M:%S") + (".%06dZ" % us if us else ""), cat)
        return S(iso, cat)
    if style == "go":
        return S("%s %02d:%02d:%02d +0000 UTC" % (iso, H, M, Sx), cat)
    if style == "go_sharp":
        return ["time.Date(", S("%d, time.%s, %d, %d, %d, %d, %d" % (d.year, MONTHS[d.month - 1], d.day,
                                                                      H, M, Sx, us * 1000), cat),
                ", time.UTC)"]
    if style == "swift":
        return S("%s %02d:%02d:%02d +0000" % (iso, H, M, Sx), cat)
    if style == "js":
        return S("%sT%02d:%02d:%02d.%03dZ" % (iso, H, M, Sx, us // 1000), cat)
    raise ValueError(style)


def swift_ref_interval(v):
    if not isinstance(v, dt.datetime):
        v = dt.datetime(v.year, v.month, v.day)
    return repr(float((v - dt.datetime(2001, 1, 1)).total_seconds()))


# =========================================================================
# renderers: one per runtime printing convention
# =========================================================================
def _date_or_str(f, ctx, quote):
    parts = fmt_date(f.val, ctx["ds"], f.cat)
    if ctx["ds"] in STR_DATE_STYLES and quote:
        return [quote, parts, quote]
    return parts


# ---------------------------------------------------------------- Java / Kotlin
def java_hash():
    return "%x" % rng.randint(0x1000000, 0x7fffffff)


def rv_java(f, ctx, st):
    k = f.kind
    if k == "str":
        return ["'", S(f.val, f.cat), "'"] if st == "intellij" else S(f.val, f.cat)
    if k in ("int", "float", "enum"):
        return S(str(f.val), f.cat)
    if k == "bool":
        return "true" if f.val else "false"
    if k == "null":
        return "<null>" if st == "tsb" else "null"
    if k in ("date", "datetime"):
        return fmt_date(f.val, ctx["ds"], f.cat)
    if k == "obj":
        return ro_java(f.val, ctx, st)
    if k == "list":
        return ["[", join([rv_java(x, ctx, st) for x in f.val], "," if st == "tsb" else ", "), "]"]
    raise ValueError(k)


def ro_java(o, ctx, st):
    items = [[kname(f.key, ctx["case"]), "=", rv_java(f, ctx, st)] for f in o.fields]
    if st == "tsb":
        if ctx.get("short"):
            return [o.typ, "[", join(items, ","), "]"]
        return ["%s.%s@%s[" % (ctx.get("pkg", "com.acme.intake.model"), o.typ, java_hash()),
                join(items, ","), "]"]
    body = join(items, ", ")
    if st in ("lombok", "kotlin"):
        return [o.typ, "(", body, ")"]
    if st == "intellij":
        return [o.typ, "{", body, "}"]
    if st == "record":
        return [o.typ, "[", body, "]"]
    raise ValueError(st)


# ---------------------------------------------------------------- Scala (positional)
def rv_scala(f, ctx):
    k = f.kind
    opt = k == "null" or (k == "str" and chance(0.2))
    if k == "null":
        return "None"
    if k == "str":
        v = S(f.val, f.cat)
    elif k in ("int", "float", "enum"):
        v = S(str(f.val), f.cat)
    elif k == "bool":
        v = "true" if f.val else "false"
    elif k in ("date", "datetime"):
        v = fmt_date(f.val, ctx["ds"], f.cat)
    elif k == "obj":
        v = ro_scala(f.val, ctx)
    elif k == "list":
        v = ["List(", join([rv_scala(x, ctx) for x in f.val], ", "), ")"]
    else:
        raise ValueError(k)
    return ["Some(", v, ")"] if opt else v


def ro_scala(o, ctx):
    return [o.typ, "(", join([rv_scala(f, ctx) for f in o.fields], ","), ")"]


def ro_scala_map(o, ctx):
    items = []
    for f in o.fields:
        if f.kind == "obj":
            v = ro_scala_map(f.val, ctx)
        else:
            v = rv_scala(f, ctx)
        items.append([kname(f.key, ctx["case"]), " -> ", v])
    return ["Map(", join(items, ", "), ")"]


# ---------------------------------------------------------------- C#
def rv_cs(f, ctx):
    k = f.kind
    if k == "str":
        return S(f.val, f.cat)
    if k in ("int", "float", "enum"):
        return S(str(f.val), f.cat)
    if k == "bool":
        return "True" if f.val else "False"
    if k == "null":
        return ""
    if k in ("date", "datetime"):
        return fmt_date(f.val, ctx["ds"], f.cat)
    if k == "obj":
        return ro_cs(f.val, ctx)
    if k == "list":
        return "System.Collections.Generic.List`1[System.String]"
    raise ValueError(k)


def ro_cs(o, ctx):
    if not o.fields:
        return [o.typ, " { }"]
    return [o.typ, " { ", join([[kname(f.key, "pascal"), " = ", rv_cs(f, ctx)] for f in o.fields], ", "), " }"]


def rv_serilog(f, ctx):
    k = f.kind
    if k == "str":
        return ['"', S(f.val, f.cat), '"']
    if k in ("int", "float", "enum"):
        return S(str(f.val), f.cat)
    if k == "bool":
        return "True" if f.val else "False"
    if k == "null":
        return "null"
    if k in ("date", "datetime"):
        return fmt_date(f.val, "cs_inv", f.cat)
    if k == "obj":
        return ro_serilog(f.val, ctx)
    if k == "list":
        return ["[", join([rv_serilog(x, ctx) for x in f.val], ", "), "]"]
    raise ValueError(k)


def ro_serilog(o, ctx):
    return [o.typ, " { ", join([[kname(f.key, "pascal"), ": ", rv_serilog(f, ctx)] for f in o.fields], ", "), " }"]


# ---------------------------------------------------------------- JSON (many ecosystems)
def rv_json(f, ctx):
    k = f.kind
    if k == "str":
        return ['"', S(json.dumps(f.val, ensure_ascii=ctx.get("ea", False))[1:-1], f.cat), '"']
    if k in ("int", "float"):
        return S(json.dumps(f.val), f.cat)
    if k == "enum":
        return ['"', S(f.val, f.cat), '"']
    if k == "bool":
        return "true" if f.val else "false"
    if k == "null":
        return "null"
    if k in ("date", "datetime"):
        return ['"', fmt_date(f.val, ctx.get("jds", "iso"), f.cat), '"']
    if k == "obj":
        return ro_json(f.val, ctx)
    if k == "list":
        return ["[", join([rv_json(x, ctx) for x in f.val], ctx.get("sep", ",")), "]"]
    raise ValueError(k)


def ro_json(o, ctx):
    kv = ctx.get("kv", ":")
    items = [['"', kname(f.key, ctx["case"]), '"', kv, rv_json(f, ctx)] for f in o.fields]
    if ctx.get("type_tag"):
        items.append(['"$type"', kv, '"', o.typ, '"'])
    return ["{", join(items, ctx.get("sep", ",")), "}"]


# ---------------------------------------------------------------- Python
def pyq(s):
    r = repr(s)
    return r[0], r[1:-1]


def rv_py(f, ctx):
    k = f.kind
    if k == "str":
        q, inner = pyq(f.val)
        return [q, S(inner, f.cat), q]
    if k in ("int", "float"):
        return S(repr(f.val), f.cat)
    if k == "enum":
        if ctx.get("enum_repr"):
            return "<%s.%s: '%s'>" % (kname(f.key, "pascal"), f.val, f.val)
        return "'%s'" % f.val
    if k == "bool":
        return "True" if f.val else "False"
    if k == "null":
        return "None"
    if k in ("date", "datetime"):
        return _date_or_str(f, ctx, "'")
    if k == "obj":
        return ro_py(f.val, ctx)
    if k == "list":
        return ["[", join([rv_py(x, ctx) for x in f.val], ", "), "]"]
    raise ValueError(k)


def ro_py(o, ctx):
    mode = ctx["pymode"]
    fields = o.fields
    if mode == "pprint":
        fields = sorted(fields, key=lambda f: kname(f.key, ctx["case"]))
    if mode in ("dict", "pprint"):
        return ["{", join([["'", kname(f.key, ctx["case"]), "': ", rv_py(f, ctx)] for f in fields], ", "), "}"]
    return [o.typ, "(", join([[kname(f.key, ctx["case"]), "=", rv_py(f, ctx)] for f in fields], ", "), ")"]


# ---------------------------------------------------------------- JavaScript util.inspect
IDENT = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")


def jsq(s):
    if "'" not in s:
        return "'"
    if '"' not in s:
        return '"'
    return "`"


def rv_js(f, ctx, depth):
    k = f.kind
    if k == "str":
        q = jsq(f.val)
        return [q, S(f.val, f.cat), q]
    if k in ("int", "float"):
        return S(repr(f.val), f.cat)
    if k == "enum":
        return "'%s'" % f.val
    if k == "bool":
        return "true" if f.val else "false"
    if k == "null":
        return "null"
    if k in ("date", "datetime"):
        return fmt_date(f.val, "js", f.cat)
    if k == "obj":
        if depth >= 2:
            return "[%s]" % f.val.typ if ctx.get("cls") else "[Object]"
        return ro_js(f.val, ctx, depth + 1)
    if k == "list":
        if not f.val:
            return "[]"
        return ["[ ", join([rv_js(x, ctx, depth + 1) for x in f.val], ", "), " ]"]
    raise ValueError(k)


def ro_js(o, ctx, depth=0):
    name = (o.typ + " ") if ctx.get("cls") else ""
    if not o.fields:
        return name + "{}"
    items = []
    for f in o.fields:
        kn = kname(f.key, ctx["case"])
        if not IDENT.match(kn):
            kn = "'%s'" % kn
        items.append([kn, ": ", rv_js(f, ctx, depth)])
    return [name, "{ ", join(items, ", "), " }"]


# ---------------------------------------------------------------- Ruby
def rv_rb(f, ctx):
    k = f.kind
    if k == "str":
        return ['"', S(f.val, f.cat), '"']
    if k in ("int", "float"):
        return S(repr(f.val), f.cat)
    if k == "enum":
        return '"%s"' % f.val.lower()
    if k == "bool":
        return "true" if f.val else "false"
    if k == "null":
        return "nil"
    if k in ("date", "datetime"):
        return _date_or_str(f, ctx, '"' if ctx["ds"] == "rb_ar" else None)
    if k == "obj":
        return ro_rb(f.val, ctx)
    if k == "list":
        return ["[", join([rv_rb(x, ctx) for x in f.val], ", "), "]"]
    raise ValueError(k)


def ro_rb(o, ctx):
    mode = ctx["rbmode"]
    if mode == "ar":
        return ["#<", o.typ, " ", join([[kname(f.key, "snake"), ": ", rv_rb(f, ctx)]
                                       for f in flat_fields(o)], ", "), ">"]
    if mode == "struct":
        return ["#<struct ", o.typ, " ", join([[kname(f.key, "snake"), "=", rv_rb(f, ctx)]
                                               for f in o.fields], ", "), ">"]
    items = []
    for f in o.fields:
        kn = kname(f.key, "snake")
        if mode == "rocket_sym":
            items.append([":", kn, "=>", rv_rb(f, ctx)])
        elif mode == "rocket_str":
            items.append(['"', kn, '"=>', rv_rb(f, ctx)])
        elif mode == "new_sym":
            items.append([kn, ": ", rv_rb(f, ctx)])
        else:  # new_str (ruby 3.4)
            items.append(['"', kn, '" => ', rv_rb(f, ctx)])
    return ["{", join(items, ", "), "}"]


# ---------------------------------------------------------------- Elixir
def rv_ex(f, ctx):
    k = f.kind
    if k == "str":
        return ['"', S(f.val, f.cat), '"']
    if k in ("int", "float"):
        return S(repr(f.val), f.cat)
    if k == "enum":
        return ":" + f.val.lower()
    if k == "bool":
        return "true" if f.val else "false"
    if k == "null":
        return "nil"
    if k in ("date", "datetime"):
        return fmt_date(f.val, "ex" if f.cat else "ex_utc", f.cat)
    if k == "obj":
        return ro_ex(f.val, ctx, top=False)
    if k == "list":
        return ["[", join([rv_ex(x, ctx) for x in f.val], ", "), "]"]
    raise ValueError(k)


def ro_ex(o, ctx, top=True):
    mode = ctx["exmode"]
    fields = sorted(o.fields, key=lambda f: kname(f.key, "snake"))
    if mode == "struct":
        items = [[kname(f.key, "snake"), ": ", rv_ex(f, ctx)] for f in fields]
        if top and ctx.get("ecto"):
            items.insert(0, '__meta__: #Ecto.Schema.Metadata<:loaded, "%ss">' % snake_type(o.typ))
        return ["%", ctx["mod"], ".", o.typ, "{", join(items, ", "), "}"]
    if mode == "map_atom":
        return ["%{", join([[kname(f.key, "snake"), ": ", rv_ex(f, ctx)] for f in fields], ", "), "}"]
    return ["%{", join([['"', kname(f.key, "snake"), '" => ', rv_ex(f, ctx)] for f in fields], ", "), "}"]


# ---------------------------------------------------------------- Erlang
def snake_type(typ):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", typ).lower()


def erl_str(s, cat, mode):
    if mode == "list":
        return ['"', S(s, cat), '"']
    try:
        s.encode("ascii")
        return ['<<"', S(s, cat), '">>']
    except UnicodeEncodeError:
        return ['<<"', S(s, cat), '"/utf8>>']


def rv_erl(f, ctx):
    k = f.kind
    if k == "str":
        return erl_str(f.val, f.cat, ctx["strmode"])
    if k in ("int", "float"):
        return S(repr(f.val), f.cat)
    if k == "enum":
        return f.val.lower()
    if k == "bool":
        return "true" if f.val else "false"
    if k == "null":
        return "undefined"
    if k in ("date", "datetime"):
        return fmt_date(f.val, "erl", f.cat)
    if k == "obj":
        return ro_erl(f.val, ctx)
    if k == "list":
        return ["[", join([rv_erl(x, ctx) for x in f.val], ","), "]"]
    raise ValueError(k)


def ro_erl(o, ctx):
    mode = ctx["erlmode"]
    if mode == "record":
        return ["{", snake_type(o.typ), ",", join([rv_erl(f, ctx) for f in o.fields], ","), "}"]
    if mode == "proplist":
        return ["[", join([["{", kname(f.key, "snake"), ",", rv_erl(f, ctx), "}"] for f in o.fields], ","), "]"]
    fields = sorted(o.fields, key=lambda f: kname(f.key, "snake"))
    return ["#{", join([[kname(f.key, "snake"), " => ", rv_erl(f, ctx)] for f in fields], ","), "}"]


# ---------------------------------------------------------------- PHP
def rv_php_pr(f, ctx):
    k = f.kind
    if k == "str":
        return S(f.val, f.cat)
    if k in ("int", "float", "enum"):
        return S(str(f.val), f.cat)
    if k == "bool":
        return "1" if f.val else ""
    if k == "null":
        return ""
    if k in ("date", "datetime"):
        if ctx.get("dtobj"):
            v = f.val if isinstance(f.val, dt.datetime) else dt.datetime(f.val.year, f.val.month, f.val.day)
            return ["DateTime Object ( [date] => ", S(v.strftime("%Y-%m-%d %H:%M:%S") + ".000000", f.cat),
                    " [timezone_type] => 3 [timezone] => UTC )"]
        return fmt_date(f.val, "php", f.cat)
    if k == "obj":
        return ro_php_pr(f.val, ctx, top=False)
    if k == "list":
        return ["Array ( ", join([["[%d] => " % i, rv_php_pr(x, ctx)] for i, x in enumerate(f.val)], " "), " )"]
    raise ValueError(k)


def ro_php_pr(o, ctx, top=True):
    head = "Array"
    if ctx.get("objcls") and top:
        head = ctx["objcls"] + " Object"
    return [head, " ( ", join([["[", kname(f.key, ctx["case"]), ctx.get("vis", "") if top else "", "] => ",
                                rv_php_pr(f, ctx)] for f in o.fields], " "), " )"]


def php_sq(s):
    return s.replace("\\", "\\\\").replace("'", "\\'")


def rv_php_ve(f, ctx):
    k = f.kind
    if k == "str":
        return ["'", S(php_sq(f.val), f.cat), "'"]
    if k in ("int", "float"):
        return S(repr(f.val), f.cat)
    if k == "enum":
        return "'%s'" % f.val
    if k == "bool":
        return "true" if f.val else "false"
    if k == "null":
        return "NULL"
    if k in ("date", "datetime"):
        return ["'", fmt_date(f.val, "php", f.cat), "'"]
    if k == "obj":
        return ro_php_ve(f.val, ctx, top=False)
    if k == "list":
        return ["array ( ", join([["%d => " % i, rv_php_ve(x, ctx), ","] for i, x in enumerate(f.val)], " "), " )"]
    raise ValueError(k)


def ro_php_ve(o, ctx, top=True):
    body = join([["'", kname(f.key, ctx["case"]), "' => ", rv_php_ve(f, ctx), ","] for f in o.fields], " ")
    if top and ctx.get("objcls"):
        return ["\\", ctx["objcls"], "::__set_state(array( ", body, " ))"]
    return ["array ( ", body, " )"]


def rv_php_vd(f, ctx):
    k = f.kind
    if k == "str":
        return ["string(%d) \"" % len(f.val.encode("utf-8")), S(f.val, f.cat), '"']
    if k == "enum":
        return 'string(%d) "%s"' % (len(f.val), f.val)
    if k == "int":
        return ["int(", S(str(f.val), f.cat), ")"]
    if k == "float":
        return "float(%r)" % f.val
    if k == "bool":
        return "bool(%s)" % ("true" if f.val else "false")
    if k == "null":
        return "NULL"
    if k in ("date", "datetime"):
        s = fmt_date(f.val, "php", None)
        return ["string(%d) \"" % len(s), S(s, f.cat), '"']
    if k == "obj":
        return ro_php_vd(f.val, ctx, top=False)
    if k == "list":
        return ["array(%d) { " % len(f.val),
                join([["[%d]=> " % i, rv_php_vd(x, ctx)] for i, x in enumerate(f.val)], " "), " }"]
    raise ValueError(k)


def ro_php_vd(o, ctx, top=True):
    body = join([['["', kname(f.key, ctx["case"]), '"]=> ', rv_php_vd(f, ctx)] for f in o.fields], " ")
    if top and ctx.get("objcls"):
        return ["object(", ctx["objcls"], ")#%d (%d) { " % (rng.randint(2, 90), len(o.fields)), body, " }"]
    return ["array(%d) { " % len(o.fields), body, " }"]


# ---------------------------------------------------------------- Rust
def rv_rs(f, ctx):
    k = f.kind
    opt = k == "null" or (k == "str" and chance(0.25))
    if k == "null":
        return "None"
    if k == "str":
        v = ['"', S(f.val, f.cat), '"']
    elif k in ("int", "float"):
        v = S(repr(f.val), f.cat)
    elif k == "enum":
        v = "".join(cap(w) for w in f.val.lower().split("_"))
    elif k == "bool":
        v = "true" if f.val else "false"
    elif k in ("date", "datetime"):
        v = fmt_date(f.val, "rust", f.cat)
    elif k == "obj":
        v = ro_rs(f.val, ctx)
    elif k == "list":
        v = ["[", join([rv_rs(x, ctx) for x in f.val], ", "), "]"]
    else:
        raise ValueError(k)
    return ["Some(", v, ")"] if opt else v


def ro_rs(o, ctx):
    if not o.fields:
        return o.typ
    if ctx.get("pretty"):
        return [o.typ, " {", [[" ", kname(f.key, "snake"), ": ", rv_rs(f, ctx), ","] for f in o.fields], " }"]
    return [o.typ, " { ", join([[kname(f.key, "snake"), ": ", rv_rs(f, ctx)] for f in o.fields], ", "), " }"]


# ---------------------------------------------------------------- Go
def rv_go(f, ctx, mode):
    k = f.kind
    if mode == "sharp":
        if k == "str":
            return ['"', S(f.val, f.cat), '"']
        if k == "enum":
            return '"%s"' % f.val
        if k == "null":
            return "(*string)(nil)"
        if k in ("date", "datetime"):
            return fmt_date(f.val, "go_sharp", f.cat)
        if k == "obj":
            if ctx.get("ptr_nested") and chance(0.4):
                return "(*%s.%s)(0xc000%06x)" % (ctx["pkg"], f.val.typ, rng.randint(0x10000, 0xfffff) * 8)
            return ro_go(f.val, ctx, mode, top=False)
        if k == "list":
            return ["[]string{", join([rv_go(x, ctx, mode) for x in f.val], ", "), "}"]
    else:
        if k == "str":
            return S(f.val, f.cat)
        if k == "enum":
            return f.val
        if k == "null":
            return "<nil>"
        if k in ("date", "datetime"):
            return fmt_date(f.val, "go", f.cat)
        if k == "obj":
            return ro_go(f.val, ctx, mode, top=False)
        if k == "list":
            return ["[", join([rv_go(x, ctx, mode) for x in f.val], " "), "]"]
    if k in ("int", "float"):
        return S(repr(f.val), f.cat)
    if k == "bool":
        return "true" if f.val else "false"
    raise ValueError(k)


def ro_go(o, ctx, mode, top=True):
    if mode == "v":
        return ["&" if top and ctx.get("amp") else "", "{", join([rv_go(f, ctx, mode) for f in o.fields], " "), "}"]
    if mode == "plus":
        return ["&" if top and ctx.get("amp") else "", "{",
                join([[kname(f.key, "go"), ":", rv_go(f, ctx, mode)] for f in o.fields], " "), "}"]
    return ["&" if top else "", ctx["pkg"], ".", o.typ, "{",
            join([[kname(f.key, "go"), ":", rv_go(f, ctx, mode)] for f in o.fields], ", "), "}"]


# ---------------------------------------------------------------- Swift
def rv_sw(f, ctx):
    k = f.kind
    if k == "str":
        v = ['"', S(f.val, f.cat), '"']
        return ["Optional(", v, ")"] if chance(0.25) else v
    if k in ("int", "float"):
        return S(repr(f.val), f.cat)
    if k == "enum":
        return "%s.%s.%s" % (ctx["mod"], kname(f.key, "pascal"), swift_case(f.val))
    if k == "bool":
        return "true" if f.val else "false"
    if k == "null":
        return "nil"
    if k in ("date", "datetime"):
        return fmt_date(f.val, "swift", f.cat)
    if k == "obj":
        return ro_sw(f.val, ctx, top=False)
    if k == "list":
        return ["[", join([rv_sw(x, ctx) for x in f.val], ", "), "]"]
    raise ValueError(k)


def swift_case(v):
    w = v.lower().split("_")
    return w[0] + "".join(cap(x) for x in w[1:])


def ro_sw(o, ctx, top=True):
    return ["" if top else ctx["mod"] + ".", o.typ, "(",
            join([[kname(f.key, "camel"), ": ", rv_sw(f, ctx)] for f in o.fields], ", "), ")"]


def dump_sw(o, ctx, label=None):
    out = [["▿ ", (label + ": ") if label else "", ctx["mod"], ".", o.typ]]
    for f in o.fields:
        kn = kname(f.key, "camel")
        k = f.kind
        if k == "str":
            if chance(0.3):
                out.append(["▿ ", kn, ': Optional("', S(f.val, f.cat), '") - some: "', S(f.val, f.cat), '"'])
            else:
                out.append(["- ", kn, ': "', S(f.val, f.cat), '"'])
        elif k in ("int", "float"):
            out.append(["- ", kn, ": ", S(repr(f.val), f.cat)])
        elif k == "enum":
            out.append(["- ", kn, ": %s.%s.%s" % (ctx["mod"], kname(f.key, "pascal"), swift_case(f.val))])
        elif k == "bool":
            out.append(["- ", kn, ": ", "true" if f.val else "false"])
        elif k == "null":
            out.append(["- ", kn, ": nil"])
        elif k in ("date", "datetime"):
            out.append(["▿ ", kn, ": ", fmt_date(f.val, "swift", f.cat),
                        " - timeIntervalSinceReferenceDate: ", swift_ref_interval(f.val)])
        elif k == "obj":
            out.append(dump_sw(f.val, ctx, kn))
        elif k == "list":
            out.append(["▿ ", kn, ": %d element%s" % (len(f.val), "" if len(f.val) == 1 else "s")] +
                       [[' - "', S(x.val, x.cat), '"'] for x in f.val])
    return join(out, " ")


# =========================================================================
# log prefixes
# =========================================================================
CLOCK = [dt.datetime(2024, 3, 12, 6, 58, 11)]


def now():
    CLOCK[0] += dt.timedelta(milliseconds=rng.randint(40, 70000))
    return CLOCK[0].replace(microsecond=rng.randint(0, 999999))


def _ms(t):
    return "%03d" % (t.microsecond // 1000)


def _pid():
    return rng.randint(7, 48000)


JAVA_CLASSES = [("service", "PatientService"), ("web", "PatientController"),
                ("repo", "PatientRepository"), ("integration", "EhrSyncClient"),
                ("batch", "EligibilityJob"), ("events", "RegistrationListener"),
                ("hl7", "AdtMessageHandler"), ("service", "MemberLookupService"),
                ("billing", "StatementService"), ("web", "IntakeResource")]
JAVA_THREADS = ["http-nio-8080-exec-%d", "main", "task-%d", "scheduling-1", "ntainer#0-0-C-1",
                "ForkJoinPool.commonPool-worker-%d", "reactor-http-nio-%d", "pool-2-thread-%d"]


def jthread():
    t = pick(JAVA_THREADS)
    return t % rng.randint(1, 12) if "%d" in t else t


def pre_java(lvl, logger=None, kind=None):
    t = now()
    pkg, cls = pick(JAVA_CLASSES)
    fq = logger or "com.acme.intake.%s.%s" % (pkg, cls)
    short = logger or "c.a.intake.%s.%s" % (pkg, cls)
    k = kind if kind is not None else rng.randint(0, 3)
    th = jthread()
    if k == 0:   # Spring Boot 2.x
        return "%s.%s %5s %d --- [%15s] %-40s : " % (t.strftime("%Y-%m-%d %H:%M:%S"), _ms(t), lvl, _pid(),
                                                     th[-15:], short[-40:])
    if k == 1:   # Spring Boot 3.x
        return "%s.%s-05:00 %5s %d --- [intake-api] [%15s] %-40s : " % (
            t.strftime("%Y-%m-%dT%H:%M:%S"), _ms(t), lvl, _pid(), th[-15:], short[-40:])
    if k == 2:   # log4j2 PatternLayout
        return "%s,%s %-5s [%s] %s (%s.java:%d) - " % (t.strftime("%Y-%m-%d %H:%M:%S"), _ms(t), lvl, th, fq,
                                                      fq.rsplit(".", 1)[-1], rng.randint(30, 900))
    return "%s.%s [%s] %-5s %s - " % (t.strftime("%H:%M:%S"), _ms(t), th, lvl, short)


def pre_ktor(lvl):
    t = now()
    return "%s.%s [%s] %-5s %s - " % (t.strftime("%Y-%m-%d %H:%M:%S"), _ms(t),
                                      pick(["eventLoopGroupProxy-4-%d" % rng.randint(1, 8),
                                            "DefaultDispatcher-worker-%d" % rng.randint(1, 16), "main"]),
                                      lvl, pick(["Application", "c.a.intake.PatientRoutes",
                                                 "c.a.intake.repo.PatientDao", "Exposed"]))


def pre_scala(lvl):
    t = now()
    if chance(0.6):
        sysn = pick(["intake", "ehr-bridge", "adt"])
        return "[%s] [%s.%s] [%s-akka.actor.default-dispatcher-%d] [akka://%s/user/%s] " % (
            lvl, t.strftime("%m/%d/%Y %H:%M:%S"), _ms(t), sysn, rng.randint(2, 30), sysn,
            pick(["registrar", "ingest/worker-3", "matcher", "eligibility"]))
    return "%s,%s [%s] from %s in application-akka.actor.default-dispatcher-%d - " % (
        t.strftime("%Y-%m-%d %H:%M:%S"), _ms(t), lvl,
        pick(["controllers.PatientController", "services.IntakeService", "application"]), rng.randint(2, 30))


DOTNET_CATS = ["Acme.Intake.Api.Controllers.PatientsController", "Acme.Intake.Services.RegistrationService",
               "Acme.Intake.Workers.EligibilityWorker", "Acme.Billing.StatementJob",
               "Acme.Intake.Data.PatientRepository"]


def pre_dotnet(lvl3):
    t = now()
    k = rng.randint(0, 3)
    if k == 0:
        m = {"INF": "info", "WRN": "warn", "ERR": "fail", "DBG": "dbug"}[lvl3]
        return "%s: %s[%d]       " % (m, pick(DOTNET_CATS), pick([0, 0, 1001, 2002]))
    if k == 1:
        return "[%s %s] " % (t.strftime("%H:%M:%S"), lvl3)
    if k == 2:
        return "%s.%s -05:00 [%s] " % (t.strftime("%Y-%m-%d %H:%M:%S"), _ms(t), lvl3)
    m = {"INF": "INFO", "WRN": "WARN", "ERR": "ERROR", "DBG": "DEBUG"}[lvl3]
    return "%s.%04d|%s|%s|" % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 100, m, pick(DOTNET_CATS))


PY_LOGGERS = ["intake.views", "intake.services.registration", "intake.tasks", "billing.statements",
              "ehr.sync", "app.api.patients", "eligibility.client", "intake.signals"]


def pre_py(lvl, logger=None):
    t = now()
    logger = logger or pick(PY_LOGGERS)
    k = rng.randint(0, 5)
    ts = t.strftime("%Y-%m-%d %H:%M:%S")
    if k == 0:
        return "%s,%s %s %s: " % (ts, _ms(t), lvl, logger)
    if k == 1:
        return "%s,%s - %s - %s - " % (ts, _ms(t), logger, lvl)
    if k == 2:
        return "%s:%s:" % (lvl, logger)
    if k == 3:
        return "[%s,%s] %s in %s: " % (ts, _ms(t), lvl, logger.rsplit(".", 1)[-1])
    if k == 4:
        return "[%s -0500] [%d] [%s] " % (ts, _pid(), lvl)
    return "[%s,%s: %s/ForkPoolWorker-%d] %s[%s]: " % (ts, _ms(t), lvl, rng.randint(1, 16),
                                                       pick(["intake.tasks.sync_patient", "billing.tasks.send_statement",
                                                             "intake.tasks.eligibility_check"]), uuid4())


def pre_rb(lvl):
    t = now()
    s = "%s, [%s.%06d #%d] %5s -- : " % (lvl[0], t.strftime("%Y-%m-%dT%H:%M:%S"), t.microsecond, _pid(), lvl)
    if chance(0.5):
        s += "[%s] " % uuid4()
    return s


def pre_sidekiq(lvl):
    t = now()
    return "%s.%sZ pid=%d tid=%s class=%s jid=%s %s: " % (
        t.strftime("%Y-%m-%dT%H:%M:%S"), _ms(t), _pid(), hexs(4, "abcdefghijklmnopqrstuvwxyz0123456789"),
        pick(["PatientSyncJob", "EligibilityCheckJob", "StatementMailerJob"]), hexs(24), lvl)


def pre_ex(lvl):
    t = now()
    if chance(0.5):
        return "%s.%s [%s] " % (t.strftime("%H:%M:%S"), _ms(t), lvl)
    return "%s.%s request_id=%s [%s] " % (t.strftime("%Y-%m-%d %H:%M:%S"), _ms(t),
                                          hexs(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), lvl)


def pre_erl(lvl):
    t = now()
    if chance(0.6):
        return "%s.%06d+00:00 %s: " % (t.strftime("%Y-%m-%dT%H:%M:%S"), t.microsecond, lvl)
    return "=%s REPORT==== %d-%s-%d::%s.%s === " % (lvl.upper(), t.day, MON3[t.month - 1], t.year,
                                                   t.strftime("%H:%M:%S"), _ms(t))


def pre_php(lvl):
    t = now()
    k = rng.randint(0, 2)
    if k == 0:
        return "[%s.%06d+00:00] %s.%s: " % (t.strftime("%Y-%m-%dT%H:%M:%S"), t.microsecond,
                                            pick(["app", "intake", "billing", "request"]), lvl)
    if k == 1:
        return "[%s] %s.%s: " % (t.strftime("%Y-%m-%d %H:%M:%S"), pick(["production", "local", "staging"]), lvl)
    return "[%02d-%s-%d %s UTC] PHP %s:  " % (t.day, MON3[t.month - 1], t.year, t.strftime("%H:%M:%S"),
                                              {"DEBUG": "Notice", "INFO": "Notice", "WARNING": "Warning",
                                               "ERROR": "Fatal error"}[lvl])


RS_TARGETS = ["intake::handlers", "intake::db::patients", "ehr_bridge::sync", "intake_worker::jobs",
              "billing::statements"]


def pre_rs(lvl):
    t = now()
    if chance(0.65):
        span = pick(["", "", "request{method=POST uri=/v1/patients}: ",
                     "sync_job{batch=%d}: " % rng.randint(1, 9999)])
        return "%s.%06dZ %5s %s%s: " % (t.strftime("%Y-%m-%dT%H:%M:%S"), t.microsecond, lvl, span, pick(RS_TARGETS))
    return "[%sZ %-5s %s] " % (t.strftime("%Y-%m-%dT%H:%M:%S"), lvl, pick(RS_TARGETS))


def pre_go():
    t = now()
    if chance(0.5):
        return "%s " % t.strftime("%Y/%m/%d %H:%M:%S")
    return "%s.%06d %s:%d: " % (t.strftime("%Y/%m/%d %H:%M:%S"), t.microsecond,
                                pick(["handler.go", "patients.go", "sync.go", "repo.go"]), rng.randint(20, 400))


def pre_swift(lvl):
    t = now()
    if chance(0.5):
        return "%s.%06d-0500 Intake[%d:%d] " % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond,
                                                rng.randint(300, 9000), rng.randint(100000, 9999999))
    return "%s-0500 %s com.acme.intake : [IntakeKit] " % (t.strftime("%Y-%m-%dT%H:%M:%S"), lvl)


def pre_node(lvl):
    t = now()
    k = rng.randint(0, 2)
    if k == 0:
        return "%s.%sZ %s: " % (t.strftime("%Y-%m-%dT%H:%M:%S"), _ms(t), lvl)
    if k == 1:
        h12 = t.hour % 12 or 12
        return "[Nest] %d  - %s, %d:%s %s   %5s [%s] " % (
            _pid(), t.strftime("%m/%d/%Y"), h12, t.strftime("%M:%S"), "AM" if t.hour < 12 else "PM",
            {"info": "LOG", "warn": "WARN", "error": "ERROR", "debug": "DEBUG"}[lvl],
            pick(["PatientsService", "IntakeController", "EligibilityProcessor"]))
    return ""


def suffix():
    r = rng.random()
    if r < 0.6:
        return ""
    if r < 0.7:
        return " in %dms" % rng.randint(1, 900)
    if r < 0.8:
        return " traceId=%s" % hexs(32)
    if r < 0.9:
        return " (attempt %d/5)" % rng.randint(1, 5)
    return " [tenant=%s]" % pick(["acme-east", "t-001", "default"])


MSGS = ["Saving {}", "Created patient {}", "Updating {}", "Loaded from cache: {}", "EHR sync failed for {}",
        "Received {}", "Built eligibility request {}", "Mapped inbound HL7 to {}", "Possible duplicate: {}",
        "Publishing PatientRegistered payload={}", "Unexpected state for {}", "before save: {}",
        "Validation failed for {}", "Enqueued outbound ADT^A08 for {}", "upsert {} -> OK",
        "Skipping merge, candidate={}", "result={}", "{}", "request body: {}", "Returning {}", "Processing {}",
        "entity={}", "match score 0.87 for {}", "Persisted {}"]


def wrap(body):
    return [fill(pick(MSGS), body), suffix()]


def choose_phi(fl, focus):
    c = [f for f in fl if f.cat == focus]
    if not c:
        c = [f for f in fl if f.cat]
    return pick(c)


def pick_cols(fl, focus, maxn=6):
    phi = [f for f in fl if f.cat]
    first = [f for f in phi if f.cat == focus][:1]
    rest = [f for f in phi if f not in first]
    chosen = first + rest[:maxn - len(first)]
    others = [f for f in fl if not f.cat and f.kind not in ("obj", "list")]
    chosen += rng.sample(others, min(len(others), rng.randint(0, 2)))
    return [f for f in fl if any(f is c for c in chosen)]


def sql_lit(f, ds="iso"):
    k = f.kind
    if k == "str":
        return ["'", S(f.val.replace("'", "''"), f.cat), "'"]
    if k == "enum":
        return "'%s'" % f.val
    if k in ("int", "float"):
        return S(repr(f.val), f.cat)
    if k == "bool":
        return "true" if f.val else "false"
    if k == "null":
        return "NULL"
    if k in ("date", "datetime"):
        return ["'", fmt_date(f.val, ds, f.cat), "'"]
    raise ValueError(k)


def clean_flat():
    o = clean_object(nested=False)
    return [f for f in flat_fields(o) if f.kind not in ("obj", "list")], o


def dob_bad(p):
    k = rng.randint(0, 3)
    d = p.dob
    if k == 0:
        return "%02d/%02d/%04d" % (d.month, d.day, d.year)
    if k == 1:
        return "%d.%d.%d" % (d.day, d.month, d.year)
    if k == 2:
        return "%02d-%02d-%04d" % (d.day, d.month, d.year)
    return "%d/%d/%02d" % (d.month, d.day, d.year % 100)


# =========================================================================
# families
# =========================================================================
def obj_or_pair(phi, focus, render, nested=True):
    if phi and chance(0.08):
        p = pick_person(focus)
        a = build_patient(p, focus, nested=nested, typ="Patient")
        b = build_patient(p, focus, nested=nested, typ="Patient")
        return fill(pick(["changed: old={} new={}", "merge {} <- {}", "diff before={} after={}"]),
                    render(a), render(b))
    return wrap(render(obj_for(phi, focus, nested)))


def by_focus(templates, focus):
    """templates: list of (cats, fn). Prefer those producing the focus category."""
    c = [t for t in templates if focus in t[0]]
    return pick(c or templates)[1]


# ---------------------------------------------------------------- Java
def fam_java_obj(phi, focus, st, family):
    ctx = {"case": "camel" if chance(0.85) else "snake",
           "ds": pick(["java_ldt", "java_ldt", "java_ldt", "java_util"])}
    if st == "tsb":
        ctx["short"] = chance(0.3)
        ctx["pkg"] = pick(["com.acme.intake.model", "org.mercy.ehr.domain", "com.acme.intake.dto"])
    lvl = pick(["DEBUG", "INFO", "INFO", "WARN", "ERROR"])
    return family, [pre_java(lvl), obj_or_pair(phi, focus, lambda o: ro_java(o, ctx, st))]


def fam_java_lombok(phi, focus):
    return fam_java_obj(phi, focus, "lombok", "java_lombok")


def fam_java_intellij(phi, focus):
    return fam_java_obj(phi, focus, "intellij", "java_intellij")


def fam_java_tsb(phi, focus):
    return fam_java_obj(phi, focus, "tsb", "java_tostringbuilder")


def fam_java_record(phi, focus):
    return fam_java_obj(phi, focus, "record", "java_record")


SQLTYPE = {"str": "VARCHAR", "enum": "VARCHAR", "int": "INTEGER", "float": "DOUBLE", "date": "DATE",
           "datetime": "TIMESTAMP", "bool": "BOOLEAN", "null": "VARCHAR"}
HIB_SQL = [
    "insert into patient (address_id,dob,email,first_name,last_name,mrn,phone,ssn,version,id) values (?,?,?,?,?,?,?,?,?,?)",
    "select p1_0.id,p1_0.dob,p1_0.email,p1_0.first_name,p1_0.last_name,p1_0.mrn from patient p1_0 where p1_0.mrn=?",
    "update patient set email=?,phone=?,version=? where id=? and version=?",
    "select c1_0.id,c1_0.member_id,c1_0.payer_id,c1_0.group_number from coverage c1_0 where c1_0.patient_id=?",
    "select patient0_.id as id1_4_0_, patient0_.date_of_birth as date_of_2_4_0_, patient0_.ssn as ssn9_4_0_ from patient patient0_ where patient0_.id=?",
    "delete from emergency_contact where id=?",
]


def hib_val(f, ds):
    k = f.kind
    if k in ("date", "datetime"):
        if k == "date" and ds == "java_ts":
            ds = "java_ldt"
        return fmt_date(f.val, ds, f.cat)
    if k == "null":
        return "null"
    if k == "bool":
        return "true" if f.val else "false"
    return S(str(f.val), f.cat)


def fam_hibernate(phi, focus):
    h6 = chance(0.5)
    if phi:
        fl, p = phi_values(focus)
        f = choose_phi(fl, focus)
    else:
        if chance(0.35):
            sql = pick(HIB_SQL)
            if chance(0.5):
                return "hibernate_sql", ["Hibernate: ", sql]
            return "hibernate_sql", [pre_java("DEBUG", "org.hibernate.SQL", kind=pick([0, 1, 3])), sql]
        fl, _ = clean_flat()
        f = pick(fl)
    extract = chance(0.3)
    ds = "java_ldt" if h6 else pick(["java_ldt", "java_util", "java_ts"])
    val = hib_val(f, ds)
    typ = SQLTYPE[f.kind]
    idx = str(rng.randint(1, 12))
    col = kname(f.key, "snake")
    if h6:
        if extract:
            lg, body = "org.hibernate.orm.jdbc.extract", ["extracted value (", idx, ":", typ, ") -> [", val, "]"]
        else:
            lg, body = "org.hibernate.orm.jdbc.bind", ["binding parameter (", idx, ":", typ, ") <- [", val, "]"]
    else:
        if extract:
            alias = "%s%d_0_" % (col[:10], rng.randint(1, 9))
            lg, body = "o.h.type.descriptor.sql.BasicExtractor", ["extracted value ([", alias, "] : [", typ, "]) - [", val, "]"]
        else:
            lg, body = "o.h.type.descriptor.sql.BasicBinder", ["binding parameter [", idx, "] as [", typ, "] - [", val, "]"]
    return "hibernate_bind", [pre_java("TRACE", lg, kind=pick([0, 1, 3])), body]


def fam_p6spy(phi, focus):
    t = now()
    epoch = int((t - dt.datetime(1970, 1, 1)).total_seconds() * 1000) + 5 * 3600 * 1000
    head = "%d|%d|statement|connection %d|url jdbc:postgresql://%s:5432/intake|" % (
        epoch, rng.randint(0, 40), rng.randint(1, 40), gen_private_ip())
    if phi:
        fl, p = phi_values(focus)
        cols = pick_cols(fl, focus, 5)
        names = [kname(f.key, "snake") for f in cols]
        if chance(0.5):
            q = "insert into patient (%s) values (%s)" % (",".join(names), ",".join("?" * len(cols)))
            v = ["insert into patient (%s) values (" % ",".join(names), join([sql_lit(f) for f in cols], ","), ")"]
        else:
            w = [f for f in cols if f.cat][:2]
            q = "select p1_0.id,p1_0.first_name,p1_0.last_name from patient p1_0 where " + \
                " and ".join("p1_0.%s=?" % kname(f.key, "snake") for f in w)
            v = ["select p1_0.id,p1_0.first_name,p1_0.last_name from patient p1_0 where ",
                 join([["p1_0.%s=" % kname(f.key, "snake"), sql_lit(f)] for f in w], " and ")]
        body = [head, q, "|", v]
    else:
        i = rng.randint(100, 99999)
        body = [head, "select p1_0.id,p1_0.version from patient p1_0 where p1_0.id=?|",
                "select p1_0.id,p1_0.version from patient p1_0 where p1_0.id=%d" % i]
    pre = pre_java("INFO", "p6spy", kind=pick([0, 3])) if chance(0.6) else ""
    return "p6spy", [pre, body]


def fam_jackson(phi, focus):
    pre = pre_java(pick(["WARN", "ERROR"]), pick([None, ".w.s.m.s.DefaultHandlerExceptionResolver"]))
    dto = pick(["com.acme.intake.dto.PatientDto", "com.acme.intake.api.RegistrationRequest",
                "com.acme.intake.model.Patient"])
    lead = pick(["Resolved [org.springframework.http.converter.HttpMessageNotReadableException: JSON parse error: ",
                 "", "Failed to read request body: "])
    tail = "]" if lead.startswith("Resolved") else ""
    if not phi:
        k = rng.randint(0, 3)
        if k == 0:
            body = ["com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException: Unrecognized field \"mobilePhone\" (class %s), not marked as ignorable (14 known properties: \"firstName\", \"lastName\", \"dob\", \"ssn\", \"email\", \"phone\", \"address\", ...])" % dto]
        elif k == 1:
            body = ["Cannot deserialize value of type `com.acme.intake.model.Sex` from String \"female\": not one of the values accepted for Enum class: [F, M, X, U]"]
        elif k == 2:
            body = ["Unexpected end-of-input: expected close marker for Object (start marker at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 1]) at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: %d]" % rng.randint(40, 900)]
        else:
            body = ["Cannot deserialize value of type `java.util.ArrayList<%s>` from Object value (token `JsonToken.START_OBJECT`)" % dto]
        return "jackson_error", [pre, lead, body, tail]
    p = pick_person(focus)

    def t_date():
        bad = dob_bad(p)
        key = kname(fk("dob"), "camel")
        return ["Cannot deserialize value of type `java.time.LocalDate` from String \"", S(bad, "date"),
                "\": Failed to deserialize java.time.LocalDate: (java.time.format.DateTimeParseException) Text '",
                S(bad, "date"), "' could not be parsed at index 0 at [Source: (org.springframework.util.StreamUtils$NonClosingInputStream); line: 1, column: %d] (through reference chain: %s[\"%s\"])" % (rng.randint(20, 300), dto, key)]

    def t_src():
        o = build_patient(p, focus, nested=chance(0.5))
        js = ro_json(o, {"case": "camel", "jds": "iso"})
        return ["Unexpected end-of-input: expected close marker for Object (start marker at [Source: (String)\"",
                js[:-1], "\"; line: 1, column: 1])"]

    def t_ctor():
        c = pick([("phone", fmt_phone(p.phone), "PhoneNumber"), ("email", p.email, "EmailAddress"),
                  ("ssn", p.ssn, "SocialSecurityNumber"), ("health_plan", p.member, "MemberId")])
        if focus in ("phone", "email", "ssn", "health_plan"):
            c = [x for x in [("phone", fmt_phone(p.phone), "PhoneNumber"), ("email", p.email, "EmailAddress"),
                             ("ssn", p.ssn, "SocialSecurityNumber"), ("health_plan", p.member, "MemberId")]
                 if x[0] == focus][0]
        return ["Cannot construct instance of `com.acme.intake.dto.%s` (although at least one Creator exists): no String-argument constructor/factory method to deserialize from String value ('" % c[2],
                S(c[1], c[0]), "')"]

    def t_zip():
        z = p.zip + " " + p.zip4
        return ["Cannot deserialize value of type `java.lang.Integer` from String \"", S(z, "zip"),
                "\": not a valid `java.lang.Integer` value (through reference chain: %s[\"address\"]->com.acme.intake.dto.AddressDto[\"zip\"])" % dto]

    def t_age():
        return ["Cannot deserialize value of type `int` from String \"", S(str(p.age), "age"),
                " yrs\": not a valid `int` value (through reference chain: %s[\"ageYears\"])" % dto]

    body = by_focus([(("date",), t_date), (("zip",), t_zip), (("age",), t_age),
                     (("phone", "email", "ssn", "health_plan"), t_ctor),
                     (("name", "address", "mrn", "fax", "account", "license", "vehicle", "device", "url", "ip",
                       "biometric", "photo", "other_id"), t_src)], focus)()
    return "jackson_error", [pre, lead, body, tail]


def fam_java_exc(phi, focus):
    pre = pre_java("ERROR")
    if not phi:
        body = pick([
            "java.lang.NullPointerException: Cannot invoke \"com.acme.intake.model.Address.getZip()\" because the return value of \"com.acme.intake.model.Patient.getAddress()\" is null",
            "org.hibernate.LazyInitializationException: failed to lazily initialize a collection of role: com.acme.intake.model.Patient.encounters: could not initialize proxy - no Session",
            "java.net.SocketTimeoutException: Read timed out (GET http://%s:8080/fhir/R4/Patient/%d)" % (gen_private_ip(), rng.randint(100, 99999)),
            "org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_patient_mrn]",
            "jakarta.validation.ConstraintViolationException: create.arg0.email: must be a well-formed email address",
            "org.springframework.orm.ObjectOptimisticLockingFailureException: Row was updated or deleted by another transaction (or unsaved-value mapping was incorrect) : [com.acme.intake.model.Patient#%d]" % rng.randint(100, 99999),
            "com.zaxxer.hikari.pool.HikariPool$PoolInitializationException: Failed to initialize pool: Connection to 10.0.3.12:5432 refused.",
        ])
        return "java_exception", [pre, body]
    p = pick_person(focus)
    T = [
        (("email",), lambda: ["java.lang.IllegalArgumentException: No patient found with email ", S(p.email, "email")]),
        (("ssn",), lambda: ["org.springframework.dao.DataIntegrityViolationException: could not execute statement [ERROR: duplicate key value violates unique constraint \"uk_patient_ssn\"  Detail: Key (ssn)=(",
                            S(p.ssn, "ssn"), ") already exists.] [insert into patient (dob,email,first_name,last_name,ssn,id) values (?,?,?,?,?,?)]; SQL [insert into patient (dob,email,first_name,last_name,ssn,id) values (?,?,?,?,?,?)]; constraint [uk_patient_ssn]"]),
        (("email",), lambda: ["java.sql.SQLIntegrityConstraintViolationException: Duplicate entry '", S(p.email, "email"), "' for key 'patient.UK_patient_email'"]),
        (("health_plan", "date"), lambda: ["com.acme.intake.eligibility.CoverageException: Member ", S(p.member, "health_plan"),
                                           " not eligible for payer 60054 on ", S(p.svc.isoformat(), "date")]),
        (("date", "mrn"), lambda: (lambda b: ["Unable to parse dateOfBirth for MRN ", S(p.mrn, "mrn"),
                                              ": java.time.format.DateTimeParseException: Text '", S(b, "date"),
                                              "' could not be parsed at index %d" % rng.randint(0, 4)])(dob_bad(p))),
        (("name", "date"), lambda: ["com.acme.intake.exception.PatientNotFoundException: Patient not found: lastName=",
                                    S(p.last, "name"), ", dob=", S(p.dob.isoformat(), "date")]),
        (("ssn", "phone", "zip", "email"), lambda: (lambda c: [
            "org.springframework.web.bind.MethodArgumentNotValidException: Validation failed for argument [0] in public org.springframework.http.ResponseEntity<com.acme.intake.dto.PatientDto> com.acme.intake.web.PatientController.create(com.acme.intake.dto.PatientDto): [Field error in object 'patientDto' on field '%s': rejected value [" % c[0],
            S(c[1], c[2]), "]; codes [Pattern.patientDto.%s,Pattern.%s,Pattern.java.lang.String,Pattern]; default message [must match \"%s\"]] " % (c[0], c[0], c[3])])(
            pick([c for c in [("ssn", p.ssn.replace("-", ""), "ssn", "^\\d{3}-\\d{2}-\\d{4}$"),
                              ("phone", fmt_phone(p.phone, "{a}.{b}.{c}"), "phone", "^\\+1\\d{10}$"),
                              ("zip", p.zip + p.zip4, "zip", "^\\d{5}(-\\d{4})?$"),
                              ("email", p.email.replace("@", " at "), "email", ".+@.+")] if c[2] == focus] or
                 [("ssn", p.ssn.replace("-", ""), "ssn", "^\\d{3}-\\d{2}-\\d{4}$")]))),
        (("health_plan",), lambda: (lambda m: ["feign.FeignException$NotFound: [404 Not Found] during [GET] to [http://ehr-gateway:8080/api/members/",
                                               S(m, "health_plan"), "] [EhrClient#getMember(String)]: [{\"error\":\"member not found\"}]"])(p.member)),
        (("name",), lambda: ["com.acme.intake.matching.AmbiguousMatchException: 2 candidates for \"",
                             S("%s, %s" % (p.last, p.first), "name"), "\" (scores 0.91, 0.89)"]),
        (("phone",), lambda: ["java.lang.IllegalArgumentException: Invalid phone '", S(fmt_phone(p.mobile, "{a}{b}{c}") + "0", "phone"),
                              "' for patient %d: NOT_A_NUMBER" % p.id]),
        (("mrn",), lambda: ["javax.persistence.EntityExistsException: Patient with MRN ", S(p.mrn, "mrn"), " already exists"]),
    ]
    return "java_exception", [pre, by_focus(T, focus)()]


# ---------------------------------------------------------------- Kotlin / Scala
def fam_kotlin(phi, focus):
    r = rng.random()
    lvl = pick(["DEBUG", "INFO", "INFO", "WARN"])
    pre = pre_ktor(lvl) if chance(0.5) else pre_java(lvl, kind=3)
    if r < 0.62:
        ctx = {"case": "camel", "ds": "java_ldt"}
        return "kotlin_data", [pre, obj_or_pair(phi, focus, lambda o: ro_java(o, ctx, "kotlin"))]
    if r < 0.85:
        if phi:
            fl, p = phi_values(focus)
            cols = pick_cols(fl, focus, 5)
            if chance(0.5):
                body = ["SQL: INSERT INTO patients (%s) VALUES (" % ", ".join(kname(f.key, "snake") for f in cols),
                        join([sql_lit(f) for f in cols], ", "), ")"]
            else:
                w = [f for f in cols if f.cat][:2]
                body = ["SQL: SELECT patients.id, patients.first_name, patients.last_name FROM patients WHERE ",
                        join([["patients.%s = " % kname(f.key, "snake"), sql_lit(f)] for f in w], " AND ")]
        else:
            body = "SQL: SELECT patients.id, patients.mrn, patients.version FROM patients WHERE patients.id = %d" % rng.randint(100, 99999)
        return "kotlin_exposed", [pre_ktor("DEBUG"), body]
    if phi:
        p = pick_person(focus)
        q = pick([("email", p.email.replace("@", "%40"), "email"), ("lastName", p.last.replace(" ", "%20"), "name"),
                  ("phone", fmt_phone(p.phone, "{a}{b}{c}"), "phone"), ("memberId", p.member, "health_plan")])
        if focus in ("email", "name", "phone", "health_plan"):
            q = [x for x in [("email", p.email.replace("@", "%40"), "email"),
                             ("lastName", p.last.replace(" ", "%20"), "name"),
                             ("phone", fmt_phone(p.phone, "{a}{b}{c}"), "phone"),
                             ("memberId", p.member, "health_plan")] if x[2] == focus][0]
        body = ["200 OK: GET - /api/v1/patients?%s=" % q[0], S(q[1], q[2]), " in %dms" % rng.randint(3, 300)]
    else:
        body = "%s: %s - /api/v1/patients/%d in %dms" % (pick(["200 OK", "404 Not Found", "204 No Content"]),
                                                         pick(["GET", "PUT", "DELETE"]), rng.randint(100, 99999),
                                                         rng.randint(3, 300))
    return "ktor_call", [pre_ktor("INFO"), body]


def fam_scala(phi, focus):
    ctx = {"case": "camel", "ds": "java_ldt"}
    lvl = pick(["INFO", "DEBUG", "WARN"])
    r = rng.random()
    if r < 0.6:
        def rend(o):
            b = ro_scala(o, ctx)
            return ["Some(", b, ")"] if chance(0.15) else b
        return "scala_case", [pre_scala(lvl), obj_or_pair(phi, focus, rend)]
    if r < 0.8:
        return "scala_case", [pre_scala(lvl), wrap(ro_scala_map(obj_for(phi, focus), ctx))]
    o = obj_for(phi, focus)
    return "scala_case", [pre_scala(lvl), "Received message ", ro_scala(o, ctx), " from Actor[akka://intake/user/ingest#-%d]" % rng.randint(10 ** 8, 2 * 10 ** 9)]


# ---------------------------------------------------------------- .NET
def fam_csharp(phi, focus):
    ctx = {"ds": pick(["cs_us", "cs_dateonly", "cs_inv"])}
    lvl = pick(["INF", "INF", "WRN", "DBG", "ERR"])
    return "csharp_record", [pre_dotnet(lvl), obj_or_pair(phi, focus, lambda o: ro_cs(o, ctx))]


def fam_efcore(phi, focus):
    if chance(0.6):
        pre = "info: Microsoft.EntityFrameworkCore.Database.Command[20101]       "
    else:
        pre = pre_dotnet("INF")
    ms = rng.randint(1, 60)
    if phi:
        fl, p = phi_values(focus)
        cols = pick_cols(fl, focus, 5)
        params = []
        insert = chance(0.6)
        for i, f in enumerate(cols):
            nm = "@p%d" % i if insert else "@__%s_%d" % (kname(f.key, "camel"), i)
            k = f.kind
            if k in ("date", "datetime"):
                if chance(0.5) and k == "date":
                    v, ann = fmt_date(f.val, "iso", f.cat), " (DbType = Date)"
                else:
                    v, ann = [fmt_date(f.val, "cs_json", None)], " (DbType = DateTime2)"
                    v = S(v[0] + ".0000000", f.cat)
            elif k in ("int", "float"):
                v, ann = S(str(f.val), f.cat), " (DbType = Int32)" if k == "int" else " (DbType = Double)"
            elif k == "bool":
                v, ann = "True" if f.val else "False", ""
            elif k == "null":
                v, ann = "", " (DbType = String)"
            else:
                v, ann = S(str(f.val), f.cat), pick(["", " (Size = 4000)", " (Nullable = false) (Size = 4000)", " (Size = 256)"])
            params.append([nm, "='", v, "'", ann])
        cn = [kname(f.key, "pascal") for f in cols]
        if insert:
            sql = "SET IMPLICIT_TRANSACTIONS OFF; SET NOCOUNT ON; INSERT INTO [Patients] (%s) OUTPUT INSERTED.[Id] VALUES (%s);" % (
                ", ".join("[%s]" % c for c in cn), ", ".join("@p%d" % i for i in range(len(cn))))
        else:
            sql = "SELECT TOP(1) [p].[Id], [p].[FirstName], [p].[LastName] FROM [Patients] AS [p] WHERE " + " AND ".join(
                "[p].[%s] = @__%s_%d" % (c, kname(f.key, "camel"), i) for i, (c, f) in enumerate(zip(cn, cols)))
    else:
        if chance(0.5):
            params = ["@p0='?' (Size = 256)", "@p1='?' (Size = 4000)", "@p2='?' (DbType = Int32)"]
            sql = "UPDATE [Patients] SET [Email] = @p0, [Phone] = @p1 OUTPUT 1 WHERE [Id] = @p2;"
        else:
            i = rng.randint(100, 99999)
            params = ["@__id_0='%d'" % i]
            sql = "SELECT TOP(1) [p].[Id], [p].[Mrn], [p].[RowVersion] FROM [Patients] AS [p] WHERE [p].[Id] = @__id_0"
    return "efcore_params", [pre, "Executed DbCommand (%dms) [Parameters=[" % ms, join(params, ", "),
                             "], CommandType='Text', CommandTimeout='30'] ", sql]


def fam_serilog(phi, focus):
    o = obj_for(phi, focus)
    if chance(0.55):
        t = now()
        pre = pick(["[%s %s] " % (t.strftime("%H:%M:%S"), pick(["INF", "DBG", "WRN"])),
                    "%s.%s -05:00 [%s] " % (t.strftime("%Y-%m-%d %H:%M:%S"), _ms(t), pick(["INF", "DBG", "WRN"]))])
        return "serilog_text", [pre, wrap(ro_serilog(o, {}))]
    t = now()
    prop = pick(["Patient", "Entity", "Payload", "Record"])
    mt = pick(["Registered patient {@%s}", "Loaded {@%s} from cache", "Eligibility check for {@%s}",
               "Outbound ADT built for {@%s}"]) % prop
    ctx = {"case": "pascal", "jds": "cs_json", "type_tag": True}
    lvl = pick(["", "", ',"@l":"Warning"', ',"@l":"Debug"'])
    return "serilog_json", ['{"@t":"%s.%07dZ","@mt":"%s"%s,"%s":' % (t.strftime("%Y-%m-%dT%H:%M:%S"), t.microsecond * 10, mt, lvl, prop),
                            ro_json(o, ctx), ',"SourceContext":"%s","RequestId":"0HN1%s:0000000%d"}' % (
                                pick(DOTNET_CATS), hexs(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), rng.randint(1, 9))]


def fam_dotnet_exc(phi, focus):
    pre = pre_dotnet("ERR")
    if not phi:
        return "dotnet_exception", [pre, pick([
            "System.InvalidOperationException: Sequence contains no elements",
            "System.Collections.Generic.KeyNotFoundException: The given key '%d' was not present in the dictionary." % rng.randint(100, 99999),
            "Microsoft.Data.SqlClient.SqlException (0x80131904): A network-related or instance-specific error occurred while establishing a connection to SQL Server. (provider: TCP Provider, error: 40 - Could not open a connection to SQL Server)",
            "System.Text.Json.JsonException: The JSON value could not be converted to System.DateOnly. Path: $.dateOfBirth | LineNumber: 0 | BytePositionInLine: 87.",
            "Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException: The database operation was expected to affect 1 row(s), but actually affected 0 row(s)",
        ])]
    p = pick_person(focus)
    T = [
        (("email",), lambda: ["Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details. ---> Microsoft.Data.SqlClient.SqlException (0x80131904): Cannot insert duplicate key row in object 'dbo.Patients' with unique index 'IX_Patients_Email'. The duplicate key value is (",
                              S(p.email, "email"), ")."]),
        (("date",), lambda: (lambda b: ["System.FormatException: String '", S(b, "date"),
                                        "' was not recognized as a valid DateTime."])(
            "%02d/%02d/%04d" % (p.dob.day, p.dob.month, p.dob.year))),
        (("ssn",), lambda: ["Npgsql.PostgresException (0x80004005): 23505: duplicate key value violates unique constraint \"IX_Patients_Ssn\" DETAIL: Key (\"Ssn\")=(",
                            S(p.ssn, "ssn"), ") already exists."]),
        (("health_plan",), lambda: ["System.ArgumentException: Member '", S(p.member, "health_plan"),
                                    "' has no active coverage (Parameter 'memberId')"]),
        (("mrn",), lambda: ["Microsoft.Data.SqlClient.SqlException (0x80131904): Violation of UNIQUE KEY constraint 'UQ_Patient_MRN'. Cannot insert duplicate key in object 'dbo.Patient'. The duplicate key value is (",
                            S(p.mrn, "mrn"), ")."]),
        (("name", "date"), lambda: ["Acme.Intake.PatientMatchException: No unique match for ", S("%s %s" % (p.first, p.last), "name"),
                                    " born ", S("%d/%d/%d" % (p.dob.month, p.dob.day, p.dob.year), "date")]),
        (("phone",), lambda: ["PhoneNumbers.NumberParseException: The string supplied is too long to be a phone number. Input: '",
                              S(fmt_phone(p.phone, "{a}-{b}-{c}") + " x" + digits(3), "phone"), "'"]),
    ]
    return "dotnet_exception", [pre, by_focus(T, focus)()]


# ---------------------------------------------------------------- Python
PY_MSGS = ["Creating patient with data: {}", "cleaned_data={}", "Sending to EHR: {}", "row={}", "kwargs={}",
           "validated payload {}", "payload=%s", "upsert_patient({})", "got {}", "match candidate {}"]


def py_wrap(body):
    m = pick(PY_MSGS + MSGS[:6])
    if "%s" in m:
        m = m.replace("%s", "{}")
    return [fill(m, body), suffix()]


def fam_py_repr(phi, focus):
    ctx = {"case": pick(["snake", "snake", "snake", "camel"]), "ds": pick(["py_repr", "py_repr", "iso", "us_slash"]),
           "pymode": "dict"}
    o = obj_for(phi, focus)
    return "python_repr", [pre_py(pick(["INFO", "DEBUG", "WARNING", "ERROR"])), py_wrap(ro_py(o, ctx))]


def fam_py_dataclass(phi, focus):
    ctx = {"case": "snake", "ds": pick(["py_repr", "py_repr", "py_repr", "iso"]), "pymode": "dataclass",
           "enum_repr": chance(0.5)}
    lvl = pick(["INFO", "DEBUG", "WARNING", "ERROR"])
    if phi and chance(0.1):
        p = pick_person(focus)
        a, b = build_patient(p, focus, typ="Patient"), build_patient(p, focus, typ="Patient")
        return "python_dataclass", [pre_py(lvl), "merge: ", ro_py(a, ctx), " <- ", ro_py(b, ctx)]
    return "python_dataclass", [pre_py(lvl), py_wrap(ro_py(obj_for(phi, focus), ctx))]


def fam_py_pprint(phi, focus):
    ctx = {"case": "snake", "ds": pick(["py_repr", "iso"]), "pymode": "pprint"}
    o = obj_for(phi, focus)
    return "python_pprint", [pre_py(pick(["DEBUG", "INFO"])), pick(["payload: ", "record:\\n", "Parsed message "]),
                             ro_py(o, ctx)]


def fam_pydantic(phi, focus):
    pre = pre_py(pick(["ERROR", "WARNING"]))
    model = pick(["PatientIn", "PatientCreate", "RegistrationRequest", "MemberLookup"])
    ver = "2.%d" % rng.randint(4, 9)
    if not phi:
        errs = pick([
            ["mrn", "Field required [type=missing, input_value={'source': 'kiosk', 'mrn': None}, input_type=dict]", "missing"],
            ["sex", "Input should be 'F', 'M' or 'X' [type=enum, input_value='female', input_type=str]", "enum"],
            ["page_size", "Input should be less than or equal to 500 [type=less_than_equal, input_value=1000, input_type=int]", "less_than_equal"],
            ["tenant_id", "Input should be a valid integer [type=int_type, input_value=None, input_type=NoneType]", "int_type"],
        ])
        return "pydantic_error", [pre, "1 validation error for %s %s   %s     For further information visit https://errors.pydantic.dev/%s/v/%s" % (
            model, errs[0], errs[1], ver, errs[2])]
    p = pick_person(focus)
    q = lambda s: pyq(s)

    def one(field, msg, val, cat, typ):
        qq, inner = q(val)
        return [field, "   ", msg, " [type=%s, input_value=%s" % (typ, qq), S(inner, cat), qq,
                ", input_type=str]     For further information visit https://errors.pydantic.dev/%s/v/%s" % (ver, typ)]
    T = [
        (("email",), lambda: one("email", "value is not a valid email address: The part after the @-sign is not valid. It should have a period.",
                                 p.email.rsplit(".", 1)[0], "email", "value_error")),
        (("phone",), lambda: one("phone", "String should match pattern '^\\+1\\d{10}$'", fmt_phone(p.phone, "({a}) {b}-{c}"), "phone", "string_pattern_mismatch")),
        (("ssn",), lambda: one("ssn", "String should match pattern '^\\d{3}-\\d{2}-\\d{4}$'", p.ssn.replace("-", ""), "ssn", "string_pattern_mismatch")),
        (("zip",), lambda: one("zip_code", "String should match pattern '^\\d{5}(-\\d{4})?$'", p.zip + " " + p.zip4, "zip", "string_pattern_mismatch")),
        (("date",), lambda: one("dob", "Input should be a valid date or datetime, invalid character in year",
                                "%02d/%02d/%04d" % (p.dob.month, p.dob.day, p.dob.year), "date", "date_from_datetime_parsing")),
        (("health_plan",), lambda: one("member_id", "String should have at most 11 characters", p.member + "0", "health_plan", "string_too_long")),
        (("name", "address", "mrn", "age", "fax", "account", "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"),
         lambda: (lambda o: ["consent_signed   Field required [type=missing, input_value=",
                             ro_py(o, {"case": "snake", "ds": "iso", "pymode": "dict"}),
                             ", input_type=dict]     For further information visit https://errors.pydantic.dev/%s/v/missing" % ver])(
             build_patient(p, focus, nested=chance(0.4)))),
    ]
    n = rng.randint(1, 2)
    bodies = [by_focus(T, focus)()]
    if n == 2:
        bodies.append(pick(T)[1]())
    return "pydantic_error", [pre, "%d validation error%s for %s " % (n, "s" if n > 1 else "", model), join(bodies, " ")]


def fam_django(phi, focus):
    pre = pre_py(pick(["INFO", "DEBUG", "WARNING"]), pick(["django.db.backends", "intake.signals", "intake.admin", "intake.views"]))
    if not phi:
        i = rng.randint(100, 99999)
        return "django_model", [pre, pick([
            "post_save received for <Patient: Patient object (%d)> created=False" % i,
            "(0.002) SELECT \"intake_patient\".\"id\", \"intake_patient\".\"mrn\" FROM \"intake_patient\" WHERE \"intake_patient\".\"id\" = %d LIMIT 21; args=(%d,); alias=default" % (i, i),
            "duplicates=<QuerySet []>",
            "Changed Status for <Appointment: Appointment object (%d)>" % i,
            "(0.001) UPDATE \"intake_patient\" SET \"active\" = false WHERE \"intake_patient\".\"id\" IN (%d, %d); args=(False, %d, %d); alias=default" % (i, i + 3, i, i + 3),
        ])]
    p = pick_person(focus)

    def strp(q):
        k = rng.randint(0, 2)
        if k == 0:
            return [S("%s, %s" % (q.last, q.first), "name")]
        if k == 1:
            return [S("%s %s" % (q.first, q.last), "name"), " (MRN ", S(q.mrn, "mrn"), ")"]
        return [S("%s %s" % (q.first, q.last), "name"), " DOB ", S(q.dob.strftime("%m/%d/%Y"), "date")]

    def sql():
        fl = flat_fields(build_patient(p, focus, nested=False))
        cols = pick_cols(fl, focus, 4)
        ctx = {"case": "snake", "ds": "py_repr", "pymode": "dict"}
        cn = ", ".join('"%s"' % kname(f.key, "snake") for f in cols)
        return ["(0.00%d) INSERT INTO \"intake_patient\" (%s) VALUES (" % (rng.randint(1, 9), cn),
                join([sql_lit(f) for f in cols], ", "), ") RETURNING \"intake_patient\".\"id\"; args=(",
                join([rv_py(f, ctx) for f in cols], ", "), ",)" if len(cols) == 1 else ")", "; alias=default"]

    def email_q():
        return ["(0.001) SELECT \"intake_patient\".\"id\" FROM \"intake_patient\" WHERE \"intake_patient\".\"email\" = '",
                S(p.email, "email"), "' LIMIT 21; args=('", S(p.email, "email"), "',); alias=default"]
    T = [
        (("name", "mrn", "date"), lambda: ["post_save received for <Patient: ", strp(p), "> created=%s" % pick(["True", "False"])]),
        (("name",), lambda: ["Changed Phone and Email for <Patient: ", strp(p), ">"]),
        (("name",), lambda: ["duplicates=<QuerySet [<Patient: ", strp(p), ">, <Patient: ", strp(p), ">]>"]),
        (("email",), email_q),
        (("ssn", "phone", "address", "zip", "date", "health_plan", "fax", "account", "license", "vehicle", "device", "url",
          "ip", "biometric", "photo", "other_id", "age"), sql),
    ]
    return "django_model", [pre, by_focus(T, focus)()]


def fam_sqlalchemy(phi, focus):
    t = now()
    pre = "%s,%s INFO sqlalchemy.engine.Engine " % (t.strftime("%Y-%m-%d %H:%M:%S"), _ms(t))
    if not phi:
        i = rng.randint(100, 99999)
        return "sqlalchemy_echo", [pre, pick([
            "BEGIN (implicit)", "COMMIT", "ROLLBACK",
            "SELECT patients.id, patients.first_name, patients.last_name, patients.dob FROM patients WHERE patients.id = ?",
            "[cached since %.4gs ago] (%d,)" % (rng.uniform(0.5, 900), i),
            "INSERT INTO patients (first_name, last_name, dob, ssn, email) VALUES (?, ?, ?, ?, ?)",
            "[generated in 0.000%ds] {'pk_1': %d, 'param_1': 1}" % (rng.randint(10, 99), i),
        ])]
    fl, p = phi_values(focus)
    cols = pick_cols(fl, focus, 6)
    ctx = {"case": "snake", "ds": pick(["py_repr", "iso"]), "pymode": "dict"}
    head = pick(["[generated in 0.000%ds] " % rng.randint(10, 99), "[cached since %.4gs ago] " % rng.uniform(0.5, 900),
                 "[insertmanyvalues 1/1 (unordered)] "])
    if chance(0.6):
        body = ["(", join([rv_py(f, ctx) for f in cols], ", "), ",)" if len(cols) == 1 else ")"]
    else:
        body = ["{", join([["'%s_1': " % kname(f.key, "snake"), rv_py(f, ctx)] for f in cols], ", "), "}"]
    return "sqlalchemy_echo", [pre, head, body]


def fam_py_exc(phi, focus):
    pre = pre_py("ERROR")
    if not phi:
        return "python_exception", [pre, pick([
            "KeyError: 'mrn'", "AttributeError: 'NoneType' object has no attribute 'dob'",
            "TypeError: Object of type date is not JSON serializable",
            "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at \"%s\", port 5432 failed: timeout expired" % gen_private_ip(),
            "django.core.exceptions.ValidationError: ['Enter a valid date.']",
            "requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='ehr-gateway.internal', port=443): Max retries exceeded with url: /fhir/R4/Patient/%d" % rng.randint(100, 99999),
            "ValueError: invalid literal for int() with base 10: 'N/A'",
        ])]
    p = pick_person(focus)
    T = [
        (("ssn",), lambda: ["ValueError: invalid SSN '", S(pick([p.ssn.replace("-", ""), p.ssn.replace("-", " ")]), "ssn"),
                            "' for patient %d" % p.id]),
        (("email",), lambda: ["psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint \"patients_email_key\" DETAIL:  Key (email)=(",
                              S(p.email, "email"), ") already exists."]),
        (("mrn", "name", "date"), lambda: ["sqlalchemy.exc.IntegrityError: (psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint \"uq_patients_mrn\" DETAIL:  Key (mrn)=(",
                                           S(p.mrn, "mrn"), ") already exists. [SQL: INSERT INTO patients (mrn, first_name, last_name, dob) VALUES (%(mrn)s, %(first_name)s, %(last_name)s, %(dob)s) RETURNING patients.id] [parameters: {'mrn': '",
                                           S(p.mrn, "mrn"), "', 'first_name': ", rv_py(F(["x"], p.first, "name"), {}), ", 'last_name': ",
                                           rv_py(F(["x"], p.last, "name"), {}), ", 'dob': datetime.date(", S("%d, %d, %d" % (p.dob.year, p.dob.month, p.dob.day), "date"),
                                           ")}] (Background on this error at: https://sqlalche.me/e/20/gkpj)"]),
        (("name",), lambda: ["KeyError: ", rv_py(F(["x"], "%s, %s" % (p.last, p.first), "name"), {})]),
        (("phone",), lambda: ["phonenumbers.phonenumberutil.NumberParseException: (1) The string supplied did not seem to be a phone number. input=",
                              rv_py(F(["x"], fmt_phone(p.phone)[:-1], "phone"), {})]),
        (("date",), lambda: (lambda b: ["Failed parsing dob for patient %d: ValueError: time data '" % p.id, S(b, "date"),
                                        "' does not match format '%Y-%m-%d'"])(dob_bad(p))),
        (("ssn",), lambda: ["django.db.utils.IntegrityError: duplicate key value violates unique constraint \"intake_patient_ssn_key\" DETAIL:  Key (ssn)=(",
                            S(p.ssn, "ssn"), ") already exists."]),
        (("email",), lambda: ["email_validator.exceptions_types.EmailUndeliverableError: The domain name %s does not exist. (input='" % (p.email.split("@")[1] + "m"),
                              S(p.email + "m", "email"), "')"]),
        (("health_plan",), lambda: ["eligibility.errors.CoverageNotFound: no active coverage for member_id='",
                                    S(p.member, "health_plan"), "' payer='%s'" % p.payer]),
    ]
    return "python_exception", [pre, by_focus(T, focus)()]


def fam_celery(phi, focus):
    t = now()
    pre = "[%s,%s: %s/%s] " % (t.strftime("%Y-%m-%d %H:%M:%S"), _ms(t), pick(["INFO", "WARNING", "ERROR"]),
                               pick(["MainProcess", "ForkPoolWorker-%d" % rng.randint(1, 16)]))
    task = pick(["intake.tasks.sync_patient", "notify.tasks.send_sms", "billing.tasks.send_statement",
                 "intake.tasks.eligibility_check"])
    if not phi:
        return "celery_task", [pre, pick([
            "Task %s[%s] received" % (task, uuid4()),
            "Task %s[%s] succeeded in %.3fs: None" % (task, uuid4(), rng.uniform(0.01, 9)),
            "Task %s[%s] retry: Retry in 60s: ConnectionError('HTTPSConnectionPool(host=%s, port=443)')" % (task, uuid4(), "'ehr.internal'"),
            "celery@intake-worker-%d ready." % rng.randint(1, 9),
        ])]
    p = pick_person(focus)
    if focus == "phone" or chance(0.3):
        return "celery_task", [pre, "Task notify.tasks.send_sms[%s] succeeded in %.3fs: {'to': '" % (uuid4(), rng.uniform(0.1, 3)),
                               S(fmt_phone(p.mobile, "+1{a}{b}{c}"), "phone"), "', 'sid': 'SM%s', 'status': 'queued'}" % hexs(32)]
    o = build_patient(p, focus, nested=False)
    fl = [f for f in flat_fields(o) if f.cat]
    ctx = {"case": "snake", "ds": "py_repr", "pymode": "dict"}
    args = fl[:3]
    kw = fl[3:]
    return "celery_task", [pre, "%s[%s] called with args=(" % (task, uuid4()), join([rv_py(f, ctx) for f in args], ", "),
                           ",)" if len(args) == 1 else ")", " kwargs={", join([["'%s': " % kname(f.key, "snake"), rv_py(f, ctx)] for f in kw], ", "), "}"]


# ---------------------------------------------------------------- Ruby
def fam_ruby_ar(phi, focus):
    lvl = pick(["INFO", "DEBUG", "WARN", "ERROR"])
    pre = pre_rb(lvl) if chance(0.7) else pre_sidekiq(lvl)
    if chance(0.75):
        ctx = {"rbmode": "ar", "ds": "rb_ar"}
    else:
        ctx = {"rbmode": "struct", "ds": pick(["rb_date", "rb_ar"])}
    o = obj_for(phi, focus)
    if ctx["rbmode"] == "ar" and not any(f.key == ["created", "at"] for f in o.fields) and chance(0.6):
        o.fields.append(F(["created", "at"], ts_now(), None, "datetime"))
        o.fields.append(F(["updated", "at"], ts_now(), None, "datetime"))
    return "ruby_inspect", [pre, wrap(ro_rb(o, ctx))]


def rb_bind(f):
    k = f.kind
    if k == "str":
        return ['"', S(f.val, f.cat), '"']
    if k in ("date", "datetime"):
        return ['"', fmt_date(f.val, "iso_space", f.cat), '"']
    if k in ("int", "float"):
        return S(repr(f.val), f.cat)
    if k == "null":
        return "nil"
    if k == "bool":
        return "true" if f.val else "false"
    return '"%s"' % f.val.lower()


def fam_rails_sql(phi, focus):
    pre = pre_rb(pick(["DEBUG", "INFO"])) if chance(0.5) else "  "
    t = now()
    if not phi:
        i = rng.randint(100, 99999)
        return "rails_log", [pre, pick([
            "Patient Load (0.%dms)  SELECT \"patients\".* FROM \"patients\" WHERE \"patients\".\"id\" = $1 LIMIT $2  [[\"id\", %d], [\"LIMIT\", 1]]" % (rng.randint(1, 9), i),
            "TRANSACTION (0.%dms)  BEGIN" % rng.randint(1, 9),
            "Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (rng.randint(5, 900), rng.uniform(0, 50), rng.uniform(0, 40), rng.randint(900, 90000)),
            "Started GET \"/patients/%d\" for %s at %s -0500" % (i, gen_private_ip(), t.strftime("%Y-%m-%d %H:%M:%S")),
            "Processing by PatientsController#show as JSON",
            "  Parameters: {\"id\"=>\"%d\"}" % i,
        ])]
    fl, p = phi_values(focus)
    r = rng.random()
    if focus == "ip" or r < 0.1:
        return "rails_log", [pre, "Started POST \"/patients\" for ", S(p.ip, "ip"), " at %s -0500" % t.strftime("%Y-%m-%d %H:%M:%S")]
    cols = pick_cols(fl, focus, 6)
    if r < 0.55:
        cn = ", ".join('"%s"' % kname(f.key, "snake") for f in cols)
        return "rails_log", [pre, "Patient Create (%.1fms)  INSERT INTO \"patients\" (%s) VALUES (%s) RETURNING \"id\"  [" % (
            rng.uniform(0.2, 9), cn, ", ".join("$%d" % (i + 1) for i in range(len(cols)))),
            join([['["%s", ' % kname(f.key, "snake"), rb_bind(f), "]"] for f in cols], ", "), "]"]
    if r < 0.8:
        w = [f for f in cols if f.cat][:2]
        return "rails_log", [pre, "Patient Load (%.1fms)  SELECT \"patients\".* FROM \"patients\" WHERE " % rng.uniform(0.2, 9),
                             " AND ".join('"patients"."%s" = $%d' % (kname(f.key, "snake"), i + 1) for i, f in enumerate(w)),
                             " LIMIT $%d  [" % (len(w) + 1),
                             join([['["%s", ' % kname(f.key, "snake"), rb_bind(f), "]"] for f in w], ", "), ', ["LIMIT", 1]]']
    # request params: Rails filters ssn / email by default
    items = []
    for f in cols:
        kn = kname(f.key, "snake")
        if f.cat in ("ssn", "email") or kn.endswith("ssn") or "email" in kn:
            items.append(['"%s"=>"[FILTERED]"' % kn])
        elif f.kind in ("date", "datetime"):
            items.append(['"%s"=>"' % kn, fmt_date(f.val, "iso", f.cat), '"'])
        elif f.kind == "null":
            items.append(['"%s"=>nil' % kn])
        else:
            items.append(['"%s"=>"' % kn, S(str(f.val), f.cat), '"'])
    if not has_span(items):
        items.insert(0, ['"last_name"=>"', S(p.last, "name"), '"'])
    return "rails_log", [pre, "  Parameters: {\"patient\"=>{", join(items, ", "), "}}"]


def fam_ruby_hash(phi, focus):
    lvl = pick(["INFO", "DEBUG", "WARN"])
    pre = pre_rb(lvl) if chance(0.6) else pre_sidekiq(lvl)
    ctx = {"rbmode": pick(["rocket_sym", "rocket_str", "new_sym", "new_str"]), "ds": pick(["rb_as", "rb_date", "rb_ar"])}
    o = obj_for(phi, focus)
    m = pick(["params: {}", "job args: [{}]", "attrs={}", "webhook payload {}", "{}"])
    return "ruby_hash", [pre, fill(m, ro_rb(o, ctx)), suffix()]


def fam_ruby_exc(phi, focus):
    pre = pre_rb("ERROR")
    if not phi:
        return "ruby_exception", [pre, pick([
            "ActiveRecord::RecordNotFound (Couldn't find Patient with 'id'=%d):" % rng.randint(100, 99999),
            "NoMethodError (undefined method `strftime' for nil):",
            "ActiveRecord::RecordInvalid (Validation failed: Ssn has already been taken, Email is invalid)",
            "Faraday::TimeoutError (Net::ReadTimeout with #<TCPSocket:(closed)>):",
            "Redis::CannotConnectError: Error connecting to Redis on %s:6379 (Errno::ECONNREFUSED)" % gen_private_ip(),
        ])]
    p = pick_person(focus)
    T = [
        (("email",), lambda: ["ActiveRecord::RecordNotUnique (PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint \"index_patients_on_email\" DETAIL:  Key (email)=(",
                              S(p.email, "email"), ") already exists. )"]),
        (("mrn",), lambda: ["ActiveRecord::RecordNotUnique (PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint \"index_patients_on_mrn\" DETAIL:  Key (mrn)=(",
                            S(p.mrn, "mrn"), ") already exists. )"]),
        (("name", "email"), lambda: ["Mail::Field::IncompleteParseError: Mail::AddressList can not parse |",
                                     S("%s %s" % (p.first, p.last), "name"), " <", S(p.email, "email"), "|: Only able to parse up to \"",
                                     S("%s %s" % (p.first, p.last), "name"), " \""]),
        (("health_plan", "date"), lambda: ["Intake::EligibilityError: no coverage for subscriber ", S(p.member, "health_plan"),
                                           " on ", S(p.svc.isoformat(), "date")]),
        (("date",), lambda: (lambda b: ["Date::Error (invalid date): \"", S(b, "date"), "\" for patient %d" % p.id])(dob_bad(p))),
        (("phone",), lambda: ["Twilio::REST::RestError: Unable to create record: The 'To' number ",
                              S(fmt_phone(p.mobile, "+1{a}{b}{c}"), "phone"), " is not a valid phone number."]),
    ]
    return "ruby_exception", [pre, by_focus(T, focus)()]


# ---------------------------------------------------------------- Elixir / Erlang
def fam_elixir(phi, focus):
    pre = pre_ex(pick(["info", "debug", "warning", "error"]))
    ctx = {"exmode": pick(["struct", "struct", "map_atom", "map_str"]),
           "mod": pick(["Intake.Patients", "MyApp.Accounts", "Intake.Schemas"]), "ecto": chance(0.5)}
    if phi and chance(0.25):
        p = pick_person(focus)
        o = build_patient(p, focus, nested=False)
        ch = {"exmode": "map_atom", "mod": ctx["mod"]}
        return "elixir_struct", [pre, "** (Ecto.InvalidChangesetError) could not perform insert because changeset is invalid. Changeset #Ecto.Changeset<action: :insert, changes: ",
                                 ro_ex(Obj("x", [f for f in o.fields if f.key != ["id"]]), ch),
                                 ", errors: [email: {\"has already been taken\", [constraint: :unique, constraint_name: \"patients_email_index\"]}], data: #%s.Patient<>, valid?: false>" % ctx["mod"]]
    o = obj_for(phi, focus)
    m = pick(["Inserted {}", "handle_cast {:register, {}}", "Broadcasting patient:updated {}", "{}",
              "GenServer Intake.Matcher received {}", "cast result: {}"])
    return "elixir_struct", [pre, fill(m, ro_ex(o, ctx)), suffix()]


def ex_param(f):
    k = f.kind
    if k == "str":
        return ['"', S(f.val, f.cat), '"']
    if k in ("date", "datetime"):
        return fmt_date(f.val, "ex", f.cat)
    if k in ("int", "float"):
        return S(repr(f.val), f.cat)
    if k == "null":
        return "nil"
    if k == "bool":
        return "true" if f.val else "false"
    return '"%s"' % f.val.lower()


def fam_ecto(phi, focus):
    pre = pre_ex("debug")
    db = "db=%.1fms idle=%.1fms" % (rng.uniform(0.3, 30), rng.uniform(1, 999))
    if not phi:
        i = rng.randint(100, 99999)
        return "ecto_query", [pre, "QUERY OK source=\"patients\" %s SELECT p0.\"id\", p0.\"mrn\", p0.\"inserted_at\" FROM \"patients\" AS p0 WHERE (p0.\"id\" = $1) [%d]" % (db, i)]
    fl, p = phi_values(focus)
    cols = sorted(pick_cols(fl, focus, 5), key=lambda f: kname(f.key, "snake"))
    if chance(0.6):
        cn = ",".join('"%s"' % kname(f.key, "snake") for f in cols)
        return "ecto_query", [pre, "QUERY OK source=\"patients\" %s INSERT INTO \"patients\" (%s,\"inserted_at\",\"updated_at\") VALUES (%s) RETURNING \"id\" [" % (
            db, cn, ",".join("$%d" % (i + 1) for i in range(len(cols) + 2))),
            join([ex_param(f) for f in cols], ", "), ", ~N[%s], ~N[%s]]" % ((ts_now().strftime("%Y-%m-%d %H:%M:%S"),) * 2)]
    w = [f for f in cols if f.cat][:2]
    return "ecto_query", [pre, "QUERY OK source=\"patients\" %s SELECT p0.\"id\", p0.\"first_name\", p0.\"last_name\" FROM \"patients\" AS p0 WHERE " % db,
                          " AND ".join("(p0.\"%s\" = $%d)" % (kname(f.key, "snake"), i + 1) for i, f in enumerate(w)), " [",
                          join([ex_param(f) for f in w], ", "), "]"]


def fam_erlang(phi, focus):
    pre = pre_erl(pick(["info", "notice", "warning", "error"]))
    ctx = {"erlmode": pick(["record", "record", "proplist", "map"]), "strmode": pick(["bin", "bin", "list"])}
    o = obj_for(phi, focus)
    m = pick(["patient_srv: got {}", "handle_call({register,{}})", "ehr_bridge: pushing {}",
              "unexpected message: {}", "{}", "matcher: candidate {}"])
    return "erlang_term", [pre, fill(m, ro_erl(o, ctx)), suffix()]


# ---------------------------------------------------------------- PHP
PHP_CLASSES = ["App\\Models\\Patient", "App\\DTO\\PatientData", "Intake\\Entity\\Patient", "stdClass"]


def fam_php_print_r(phi, focus):
    pre = pre_php(pick(["DEBUG", "INFO", "WARNING"]))
    ctx = {"case": pick(["snake", "snake", "camel"]), "dtobj": chance(0.3)}
    if chance(0.4):
        ctx["objcls"] = pick(PHP_CLASSES)
        if ctx["objcls"].startswith("App\\Models") and chance(0.5):
            ctx["vis"] = ":protected"
    o = obj_for(phi, focus)
    return "php_print_r", [pre, pick(["patient ", "Request data: ", "payload ", ""]), ro_php_pr(o, ctx),
                           pick([" [] []", "", ""])]


def fam_php_var_export(phi, focus):
    pre = pre_php(pick(["DEBUG", "INFO", "WARNING"]))
    ctx = {"case": pick(["snake", "snake", "camel"])}
    if chance(0.3):
        ctx["objcls"] = pick(PHP_CLASSES[:3])
    o = obj_for(phi, focus)
    return "php_var_export", [pre, pick(["intake form: ", "mapped ", "", "row "]), ro_php_ve(o, ctx)]


def fam_php_var_dump(phi, focus):
    pre = pre_php(pick(["DEBUG", "INFO"])) if chance(0.5) else ""
    ctx = {"case": pick(["snake", "camel"])}
    if chance(0.35):
        ctx["objcls"] = pick(PHP_CLASSES[:3])
    o = obj_for(phi, focus)
    return "php_var_dump", [pre, ro_php_vd(o, ctx)]


def fam_laravel(phi, focus):
    t = now()
    pre = "[%s] %s.%s: " % (t.strftime("%Y-%m-%d %H:%M:%S"), pick(["production", "local", "staging"]),
                            pick(["INFO", "DEBUG", "WARNING", "ERROR"]))
    ctx = {"case": "snake", "jds": pick(["iso", "isoz"])}
    o = obj_for(phi, focus)
    key = pick(["patient", "data", "attributes", "payload"])
    return "laravel_json", [pre, pick(["Patient registered", "Syncing patient to EHR", "Eligibility lookup",
                                       "Model saved", "Webhook received"]), ' {"%s":' % key, ro_json(o, ctx),
                            pick(["} ", ',"user_id":%d} ' % rng.randint(1, 900)])]


def fam_php_exc(phi, focus):
    pre = pre_php("ERROR")
    if not phi:
        return "php_exception", [pre, pick([
            "Illuminate\\Database\\Eloquent\\ModelNotFoundException: No query results for model [App\\Models\\Patient] %d" % rng.randint(100, 99999),
            "Undefined array key \"dob\" in /var/www/app/Services/IntakeService.php on line %d" % rng.randint(20, 600),
            "Illuminate\\Database\\QueryException: SQLSTATE[HY000] [2002] Connection refused (SQL: select * from `patients` where `id` = %d limit 1)" % rng.randint(100, 99999),
            "TypeError: App\\Services\\IntakeService::normalizePhone(): Argument #1 ($phone) must be of type string, null given",
        ])]
    p = pick_person(focus)

    def laravel_insert():
        o = build_patient(p, focus, nested=False)
        cols = pick_cols(flat_fields(o), focus, 5)
        cn = ", ".join("`%s`" % kname(f.key, "snake") for f in cols)
        ts = ts_now().strftime("%Y-%m-%d %H:%M:%S")
        vals = []
        for f in cols:
            if f.kind in ("date", "datetime"):
                vals.append(fmt_date(f.val, "php", f.cat))
            elif f.kind == "null":
                vals.append("?")
            elif f.kind == "bool":
                vals.append("1" if f.val else "0")
            else:
                vals.append(S(str(f.val), f.cat))
        ident = [f for f in cols if f.cat in ("ssn", "email", "mrn", "health_plan", "phone", "account", "license",
                                              "vehicle", "device", "other_id", "url")]
        tail = [" (Connection: mysql, SQL: insert into `patients` (%s, `updated_at`, `created_at`) values (" % cn,
                join(vals, ", "), ", %s, %s))" % (ts, ts)]
        if not ident:
            col = kname(pick([f for f in cols if f.cat]).key, "snake")
            return ["Illuminate\\Database\\QueryException: SQLSTATE[22001]: String data, right truncated: 1406 Data too long for column '%s' at row 1" % col] + tail
        dup = ident[0]
        return ["Illuminate\\Database\\UniqueConstraintViolationException: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '",
                S(str(dup.val), dup.cat), "' for key 'patients_%s_unique'" % kname(dup.key, "snake")] + tail
    T = [
        (("ssn", "email", "mrn", "name", "phone", "date", "health_plan", "zip", "address", "account", "license",
          "vehicle", "device", "url", "ip", "fax", "other_id", "age", "biometric", "photo"), laravel_insert),
        (("date",), lambda: (lambda b: ["Carbon\\Exceptions\\InvalidFormatException: Could not parse '", S(b, "date"),
                                        "': Failed to parse time string (", S(b, "date"), ") at position 0 (", b[0],
                                        "): Unexpected character"])(dob_bad(p))),
        (("email",), lambda: ["Symfony\\Component\\Mailer\\Exception\\TransportException: Expected response code \"250/251/252\" but got code \"550\", with message \"550 5.1.1 <",
                              S(p.email, "email"), ">: Recipient address rejected: User unknown\"."]),
    ]
    return "php_exception", [pre, by_focus(T, focus)()]


# ---------------------------------------------------------------- Rust
def fam_rust_debug(phi, focus):
    lvl = pick(["INFO", "DEBUG", "WARN", "ERROR"])
    pre = pre_rs(lvl)
    if chance(0.3):
        # tracing structured fields
        if phi:
            o, p = phi_object(focus, nested=False)
            fl = [f for f in flat_fields(o) if f.kind not in ("obj", "list")][:6]
        else:
            fl, o = clean_flat()
            fl = fl[:5]
        items = []
        for f in fl:
            kn = kname(f.key, "snake")
            if f.kind == "str":
                items.append([kn, '="' if chance(0.6) else "=", S(f.val, f.cat), '"' if False else ""])
                if items[-1][1] == '="':
                    items[-1][3] = '"'
            elif f.kind in ("date", "datetime"):
                items.append([kn, "=", fmt_date(f.val, "rust", f.cat)])
            elif f.kind == "null":
                items.append([kn, "=None"])
            elif f.kind == "bool":
                items.append([kn, "=", "true" if f.val else "false"])
            elif f.kind == "enum":
                items.append([kn, "=", "".join(cap(w) for w in f.val.lower().split("_"))])
            else:
                items.append([kn, "=", S(repr(f.val), f.cat)])
        return "rust_tracing", [pre, pick(["patient registered ", "upserted patient ", "matched ", "record loaded "]),
                                join(items, " ")]
    ctx = {}
    return "rust_debug", [pre, obj_or_pair(phi, focus, lambda o: ro_rs(o, ctx))]


def fam_rust_pretty(phi, focus):
    pre = pre_rs(pick(["DEBUG", "INFO", "WARN"]))
    ctx = {"pretty": True}
    o = obj_for(phi, focus)
    return "rust_pretty", [pre, pick(["patient = ", "payload: ", "state: ", "dbg: "]), ro_rs(o, ctx)]


def fam_rust_err(phi, focus):
    t = now()
    if not phi:
        return "rust_error", [pick(["", pre_rs("ERROR")]), pick([
            "thread 'main' panicked at src/intake/normalize.rs:%d:%d: index out of bounds: the len is 3 but the index is 3" % (rng.randint(10, 400), rng.randint(5, 40)),
            "error returned from database: duplicate key value violates unique constraint \"patients_mrn_key\"",
            "Error: Connection refused (os error 111) while connecting to %s:5432" % gen_private_ip(),
            "thread 'tokio-runtime-worker' panicked at src/sync.rs:%d:%d: called `Option::unwrap()` on a `None` value" % (rng.randint(10, 400), rng.randint(5, 40)),
        ])]
    p = pick_person(focus)
    pre = pick(["", pre_rs("ERROR")])
    T = [
        (("phone",), lambda: ["thread 'tokio-runtime-worker' panicked at src/intake/normalize.rs:%d:%d: called `Result::unwrap()` on an `Err` value: InvalidPhone(\"" % (rng.randint(10, 400), rng.randint(5, 40)),
                              S(fmt_phone(p.phone)[:-2], "phone"), "\")"]),
        (("ssn",), lambda: ["Error: invalid ssn \"", S(p.ssn.replace("-", ""), "ssn"), "\" for patient %d" % p.id]),
        (("date",), lambda: (lambda b: ["Error: failed to parse dob: ParseError(Invalid) input=\"", S(b, "date"), "\""])(dob_bad(p))),
        (("email",), lambda: ["error: sending welcome mail failed: SmtpError { code: 550, message: \"mailbox unavailable: ",
                              S(p.email, "email"), "\" }"]),
        (("health_plan",), lambda: ["Error: eligibility lookup failed for member ", S(p.member, "health_plan"),
                                    ": status 404 Not Found"]),
        (("mrn",), lambda: ["error returned from database: duplicate key value violates unique constraint \"patients_mrn_key\" (mrn=",
                            S(p.mrn, "mrn"), ")"]),
    ]
    return "rust_error", [pre, by_focus(T, focus)()]


# ---------------------------------------------------------------- Go
GO_MSGS = ["saving patient: {}", "upsert failed for {}: pq: deadlock detected", "patient={}", "loaded {}",
           "sync: pushing {} to ehr", "matched {}", "decoded request: {}", "cache set {}"]


def fam_go_plusv(phi, focus):
    mode = "plus" if chance(0.72) else "v"
    ctx = {"amp": chance(0.4)}
    o = obj_for(phi, focus)
    return "go_plusv" if mode == "plus" else "go_v", [pre_go(), fill(pick(GO_MSGS), ro_go(o, ctx, mode)), suffix()]


def fam_go_sharpv(phi, focus):
    ctx = {"pkg": pick(["models", "main", "domain", "intake"]), "ptr_nested": chance(0.5)}
    o = obj_for(phi, focus)
    return "go_sharpv", [pre_go(), fill(pick(GO_MSGS), ro_go(o, ctx, "sharp"))]


def fam_go_json(phi, focus):
    t = now()
    ctx = {"case": pick(["snake", "camel"]), "jds": "isoz"}
    o = obj_for(phi, focus)
    key = pick(["patient", "req", "payload", "record"])
    msg = pick(["patient upserted", "eligibility request", "decoded payload", "ehr push failed"])
    caller = "%s:%d" % (pick(["intake/handler.go", "intake/repo.go", "sync/worker.go"]), rng.randint(20, 400))
    if chance(0.5):
        ep = (t - dt.datetime(1970, 1, 1)).total_seconds() + 18000
        return "go_zap_json", ['{"level":"%s","ts":%.4f,"caller":"%s","msg":"%s","%s":' % (
            pick(["info", "debug", "error"]), ep, caller, msg, key), ro_json(o, ctx), "}"]
    return "go_zap_console", ["%s.%s-0500\t%s\t%s\t%s\t{\"%s\": " % (t.strftime("%Y-%m-%dT%H:%M:%S"), _ms(t),
                                                                  pick(["INFO", "DEBUG", "ERROR"]), caller, msg, key),
                              ro_json(o, dict(ctx, kv=": ", sep=", ")), "}"]


def fam_go_slog(phi, focus):
    t = now()
    o = obj_for(phi, focus)
    body = ro_go(o, {"amp": False}, "plus")
    key = pick(["patient", "p", "rec"])
    if chance(0.5):
        return "go_slog", ["time=%s.%s-05:00 level=%s msg=\"%s\" %s=\"" % (
            t.strftime("%Y-%m-%dT%H:%M:%S"), _ms(t), pick(["INFO", "DEBUG", "WARN"]),
            pick(["patient saved", "lookup ok", "retrying push"]), key), body, "\""]
    return "go_logrus", ["time=\"%s-05:00\" level=%s msg=\"%s\" %s=\"" % (
        t.strftime("%Y-%m-%dT%H:%M:%S"), pick(["info", "debug", "warning"]),
        pick(["patient saved", "lookup ok", "retrying push"]), key), body, "\""]


def fam_go_err(phi, focus):
    pre = pre_go()
    if not phi:
        return "go_error", [pre, pick([
            "pq: duplicate key value violates unique constraint \"patients_email_key\"",
            "ERROR: duplicate key value violates unique constraint \"patients_ssn_key\" (SQLSTATE 23505)",
            "json: cannot unmarshal number into Go struct field Patient.phone of type string",
            "lookup patient %d: sql: no rows in result set" % rng.randint(100, 99999),
            "dial tcp %s:5432: connect: connection refused" % gen_private_ip(),
        ])]
    p = pick_person(focus)
    T = [
        (("date",), lambda: (lambda b: ["failed to parse dob \"", S(b, "date"), "\" for patient %d: parsing time \"" % p.id,
                                        S(b, "date"), "\" as \"2006-01-02\": cannot parse \"", S(b, "date"), "\" as \"2006\""])(
            "%02d/%02d/%04d" % (p.dob.month, p.dob.day, p.dob.year))),
        (("health_plan",), lambda: ["lookup member ", S(p.member, "health_plan"), ": sql: no rows in result set"]),
        (("email",), lambda: ["upsert patient ", S(p.email, "email"), ": ERROR: duplicate key value violates unique constraint \"patients_email_key\" (SQLSTATE 23505)"]),
        (("phone",), lambda: ["sms: send to ", S(fmt_phone(p.mobile, "+1{a}{b}{c}"), "phone"), " failed: 400 Bad Request: {\"code\":21211,\"message\":\"Invalid 'To' Phone Number\"}"]),
        (("ssn",), lambda: ["validate: invalid ssn \"", S(p.ssn.replace("-", " "), "ssn"), "\": want NNN-NN-NNNN"]),
        (("mrn", "name"), lambda: ["merge: mrn ", S(p.mrn, "mrn"), " already linked to ", S("%s %s" % (p.first, p.last), "name")]),
    ]
    return "go_error", [pre, by_focus(T, focus)()]


# ---------------------------------------------------------------- Swift
def fam_swift_print(phi, focus):
    lvl = pick(["info", "debug", "error"])
    pre = pre_swift(lvl)
    if not phi and chance(0.3):
        return "swift_oslog", [pre, pick(["Loaded patient <private> (mrn: <private>)",
                                          "Sync finished: %d records, %d failures" % (rng.randint(0, 400), rng.randint(0, 5)),
                                          "HealthKit authorization status: sharingAuthorized"])]
    ctx = {"mod": pick(["Intake", "PatientKit", "CareApp"])}
    o = obj_for(phi, focus)
    return "swift_print", [pre, fill(pick(["Saving {}", "Decoded {}", "{}", "Upload failed for {}"]), ro_sw(o, ctx))]


def fam_swift_dump(phi, focus):
    pre = pre_swift(pick(["debug", "info"])) if chance(0.6) else ""
    ctx = {"mod": pick(["Intake", "PatientKit", "CareApp"])}
    o = obj_for(phi, focus)
    return "swift_dump", [pre, dump_sw(o, ctx)]


# ---------------------------------------------------------------- Node.js
def fam_node_inspect(phi, focus):
    lvl = pick(["info", "warn", "error", "debug"])
    pre = pre_node(lvl)
    ctx = {"case": pick(["camel", "camel", "camel", "snake"]), "cls": chance(0.4)}
    o = obj_for(phi, focus)
    return "node_inspect", [pre, fill(pick(["Patient saved: {}", "created {}", "{}", "payload {}", "upsert failed {}",
                                            "Received webhook {}"]), ro_js(o, ctx))]


def fam_node_json(phi, focus):
    t = now()
    ctx = {"case": pick(["camel", "camel", "snake"]), "jds": pick(["js", "iso"])}
    o = obj_for(phi, focus)
    key = pick(["patient", "body", "payload", "data"])
    msg = pick(["patient created", "request body", "ehr push", "eligibility response"])
    host = "intake-api-%s-%s" % (hexs(9), hexs(5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    k = rng.randint(0, 2)
    if k == 0:
        ep = int((t - dt.datetime(1970, 1, 1)).total_seconds() * 1000) + 18000000
        return "node_pino", ['{"level":%d,"time":%d,"pid":%d,"hostname":"%s","reqId":"req-%s","%s":' % (
            pick([30, 30, 40, 50, 20]), ep, _pid(), host, hexs(2, "0123456789abcdefghijklmnopqrstuvwxyz"), key),
            ro_json(o, ctx), ',"msg":"%s"}' % msg]
    if k == 1:
        return "node_bunyan", ['{"name":"intake","hostname":"%s","pid":%d,"level":%d,"%s":' % (
            host, _pid(), pick([30, 40, 50]), key), ro_json(o, ctx),
            ',"msg":"%s","time":"%s.%sZ","v":0}' % (msg, t.strftime("%Y-%m-%dT%H:%M:%S"), _ms(t))]
    return "node_winston", ["%s.%sZ %s: %s " % (t.strftime("%Y-%m-%dT%H:%M:%S"), _ms(t), pick(["info", "warn", "error"]), msg),
                            '{"%s":' % key, ro_json(o, ctx), "}"]


def fam_node_exc(phi, focus):
    pre = pre_node("error")
    if not phi:
        return "node_exception", [pre, pick([
            "TypeError: Cannot read properties of undefined (reading 'zip')",
            "PrismaClientKnownRequestError: Unique constraint failed on the fields: (`email`)",
            "ZodError: [ { \"validation\": \"email\", \"code\": \"invalid_string\", \"message\": \"Invalid email\", \"path\": [ \"email\" ] } ]",
            "SequelizeConnectionRefusedError: connect ECONNREFUSED %s:5432" % gen_private_ip(),
            "MongoServerError: E11000 duplicate key error collection: intake.patients index: mrn_1 dup key: { mrn: null }",
        ])]
    p = pick_person(focus)
    T = [
        (("email",), lambda: ["MongoServerError: E11000 duplicate key error collection: intake.patients index: email_1 dup key: { email: \"",
                              S(p.email, "email"), "\" }"]),
        (("phone",), lambda: ["ValidationError: \"phone\" with value \"", S(fmt_phone(p.phone, "{a}.{b}.{c}"), "phone"),
                              "\" fails to match the required pattern: /^\\+1\\d{10}$/"]),
        (("ssn",), lambda: ["SequelizeUniqueConstraintError: Validation error errors: [ ValidationErrorItem { message: 'ssn must be unique', type: 'unique violation', path: 'ssn', value: '",
                            S(p.ssn, "ssn"), "', origin: 'DB' } ]"]),
        (("date",), lambda: (lambda b: ["CastError: Cast to date failed for value \"", S(b, "date"),
                                        "\" (type string) at path \"dob\""])("%02d/%02d/%04d" % (p.dob.day + 0, 13 + p.dob.month % 5, p.dob.year))),
        (("mrn",), lambda: ["MongoServerError: E11000 duplicate key error collection: intake.patients index: mrn_1 dup key: { mrn: \"",
                            S(p.mrn, "mrn"), "\" }"]),
        (("name", "date"), lambda: ["Error: No match for ", S("%s %s" % (p.first, p.last), "name"), " (dob ",
                                    S(p.dob.isoformat(), "date"), ") in MPI"]),
    ]
    return "node_exception", [pre, by_focus(T, focus)()]


def fam_mongoose(phi, focus):
    oid = 'new ObjectId("%s")' % hexs(24)
    if not phi:
        return "mongoose_debug", [pick([
            "Mongoose: patients.findOne({ _id: %s }, { projection: {} })" % oid,
            "Mongoose: appointments.updateOne({ _id: %s }, { '$set': { status: 'CANCELLED', updatedAt: new Date(\"%s\") } }, {})" % (
                oid, fmt_date(ts_now(), "js", None)),
            "Mongoose: patients.createIndex({ email: 1 }, { unique: true, background: true })",
        ])]
    o = phi_object(focus, nested=True)[0]
    ctx = {"case": "camel", "cls": False}

    def rv(f):
        if f.kind in ("date", "datetime"):
            return ['new Date("', fmt_date(f.val, "js", f.cat), '")']
        if f.kind == "obj":
            return ["{ ", join([[kname(g.key, "camel"), ": ", rv(g)] for g in f.val.fields], ", "), " }"]
        return rv_js(f, ctx, 1)
    items = [[kname(f.key, "camel"), ": ", rv(f)] for f in o.fields if f.key != ["id"]]
    if chance(0.5):
        return "mongoose_debug", ["Mongoose: patients.insertOne({ ", join(items, ", "), ", _id: %s, __v: 0 }, {})" % oid]
    fl = [f for f in flat_fields(o) if f.cat and f.kind != "obj"]
    f = choose_phi(fl, focus)
    return "mongoose_debug", ["Mongoose: patients.findOne({ %s: " % kname(f.key, "camel"), rv(f), " }, { projection: {} })"]


def fam_nest(phi, focus):
    t = now()
    h12 = t.hour % 12 or 12
    pre = "[Nest] %d  - %s, %d:%s %s   %5s [%s] " % (
        _pid(), t.strftime("%m/%d/%Y"), h12, t.strftime("%M:%S"), "AM" if t.hour < 12 else "PM",
        pick(["LOG", "WARN", "DEBUG", "ERROR"]), pick(["PatientsService", "IntakeController", "EligibilityProcessor"]))
    o = obj_for(phi, focus)
    if chance(0.5):
        return "nest_log", [pre, fill(pick(["Creating patient {}", "Job data: {}", "DTO {}"]),
                                      ro_json(o, {"case": "camel", "jds": "js"}))]
    return "nest_log", [pre, fill(pick(["Creating patient {}", "Job data: {}", "DTO {}"]),
                                  ro_js(o, {"case": "camel", "cls": chance(0.5)}))]


FAMILIES = [
    (fam_java_lombok, 22), (fam_java_intellij, 17), (fam_java_tsb, 11), (fam_java_record, 11),
    (fam_hibernate, 18), (fam_p6spy, 6), (fam_jackson, 13), (fam_java_exc, 16),
    (fam_kotlin, 14), (fam_scala, 13), (fam_csharp, 15), (fam_efcore, 8), (fam_serilog, 15), (fam_dotnet_exc, 9),
    (fam_py_repr, 18), (fam_py_dataclass, 15), (fam_py_pprint, 8), (fam_pydantic, 13), (fam_django, 12),
    (fam_sqlalchemy, 14), (fam_py_exc, 15), (fam_celery, 6),
    (fam_ruby_ar, 15), (fam_rails_sql, 12), (fam_ruby_hash, 11), (fam_ruby_exc, 8),
    (fam_elixir, 13), (fam_ecto, 7), (fam_erlang, 11),
    (fam_php_print_r, 11), (fam_php_var_export, 8), (fam_php_var_dump, 7), (fam_laravel, 8), (fam_php_exc, 8),
    (fam_rust_debug, 14), (fam_rust_pretty, 7), (fam_rust_err, 7),
    (fam_go_plusv, 15), (fam_go_sharpv, 9), (fam_go_json, 9), (fam_go_slog, 8), (fam_go_err, 8),
    (fam_swift_print, 9), (fam_swift_dump, 8),
    (fam_node_inspect, 17), (fam_node_json, 12), (fam_node_exc, 11), (fam_mongoose, 6), (fam_nest, 6),
]

FOCUS_CYCLE = (["name"] * 2 + ["date"] * 3 + ["address"] * 2 + ["phone"] * 2 + ["email"] * 2 + ["ssn"] * 2 +
               ["mrn"] * 2 + ["health_plan"] * 2 + ["account"] * 2 + ["device"] * 2 + ["license"] * 2 +
               ["vehicle"] * 2 + ["url"] * 2 + ["ip"] * 2 + ["biometric"] * 2 + ["photo"] * 2 + ["other_id"] * 2 +
               ["zip", "age", "age", "fax", "fax"])


# =========================================================================
# main
# =========================================================================
def main():
    flags = [True] * (N_LINES - N_CLEAN) + [False] * N_CLEAN
    rng.shuffle(flags)
    fns = [f for f, w in FAMILIES]
    weights = [w for f, w in FAMILIES]
    lines, labels = [], []
    phi_i = 0
    retries = 0
    for n, phi in enumerate(flags, 1):
        focus = None
        if phi:
            focus = FOCUS_CYCLE[phi_i % len(FOCUS_CYCLE)]
            phi_i += 1
        fn = rng.choices(fns, weights)[0]
        for attempt in range(8):
            family, parts = fn(phi, focus)
            line, spans = compose(parts)
            if bool(spans) == phi:
                break
            retries += 1
        else:
            raise AssertionError("could not produce %s line for %s" % ("PHI" if phi else "clean", fn.__name__))
        if not phi:
            assert not spans
        lines.append(line)
        labels.append({"line": n, "family": family, "spans": spans})
    assert len(lines) == N_LINES
    with open(os.path.join(HERE, "h.log"), "w", encoding="utf-8", newline="\n") as fh:
        for line in lines:
            fh.write(line + "\n")
    with open(os.path.join(HERE, "h.labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    # re-verify from disk
    with open(os.path.join(HERE, "h.log"), "rb") as fh:
        disk = fh.read().split(b"\n")
    assert disk[-1] == b"" and len(disk) == N_LINES + 1
    for lab, raw in zip(labels, disk):
        for sp in lab["spans"]:
            assert 0 <= sp["s"] < sp["e"] <= len(raw)
            raw[sp["s"]:sp["e"]].decode("utf-8")
    cats = {}
    for lab in labels:
        for sp in lab["spans"]:
            cats[sp["cat"]] = cats.get(sp["cat"], 0) + 1
    phi_lines = sum(1 for lab in labels if lab["spans"])
    sys.stderr.write("lines=%d phi_lines=%d (%.1f%%) spans=%d retries=%d\n" % (
        N_LINES, phi_lines, 100.0 * phi_lines / N_LINES, sum(cats.values()), retries))
    for c in CATS:
        sys.stderr.write("  %-12s %d\n" % (c, cats.get(c, 0)))


if __name__ == "__main__":
    main()
