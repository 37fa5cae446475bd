#!/usr/bin/env python3
"""Deterministic generator for the 'ez' held-out PHI test corpus.

Theme: public website / marketing stack of a (fictional) health system,
"Riverbend Health" (riverbendhealth.org): WordPress + Gravity Forms,
Drupal events site, webhook receiver, find-a-doctor search, chatbot,
Meta pixel first-party proxy, server-side GTM (GA4), Cloudflare and Akamai
edge logs, CRM lead import, email marketing bounces, cookie consent.

Standard library only.  Writes ez.log and ez.labels.jsonl next to itself.
"""
import base64
import hashlib
import json
import os
import random
import unicodedata
import uuid
from datetime import date, datetime, timedelta, timezone
from urllib.parse import quote, quote_plus

random.seed(20240513 + 1855)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "ez"
N_LINES = 500
CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}

ch = random.choice
ri = random.randint
rnd = random.random


# ---------------------------------------------------------------- building blocks
class P:
    """A value; labeled with category c (None = plain look-alike)."""
    __slots__ = ("v", "c")

    def __init__(self, v, c):
        self.v = v
        self.c = c


class C:
    """Composite string made of str and P parts."""

    def __init__(self, *parts):
        self.parts = []
        for p in parts:
            if isinstance(p, C):
                self.parts.extend(p.parts)
            else:
                self.parts.append(p)


def tf(x, f):
    """Apply a char-local text transform (escaping/encoding) to every part."""
    if isinstance(x, P):
        return P(f(str(x.v)), x.c)
    if isinstance(x, C):
        return C(*[tf(p, f) for p in x.parts])
    return f(str(x))


class B:
    def __init__(self):
        self.items = []

    def __call__(self, *xs):
        for x in xs:
            if isinstance(x, C):
                self.items.extend(x.parts)
            else:
                self.items.append(x)
        return self

    def c(self):
        return C(*self.items)


def render(b):
    out, spans, vals, n = [], [], [], 0
    for x in b.items:
        if isinstance(x, P):
            v = str(x.v)
            bb = v.encode("utf-8")
            if x.c:
                assert x.c in CATS, x.c
                assert bb, "empty span"
                spans.append({"s": n, "e": n + len(bb), "cat": x.c})
                vals.append(bb)
        else:
            v = str(x)
            bb = v.encode("utf-8")
        out.append(v)
        n += len(bb)
    line = "".join(out)
    lb = line.encode("utf-8")
    assert len(lb) == n
    assert "\n" not in line and "\r" not in line
    assert len(lb) <= 4000, len(lb)
    last = 0
    for sp, val in zip(spans, vals):
        assert lb[sp["s"]:sp["e"]] == val
        assert sp["s"] >= last
        last = sp["e"]
    return line, spans


def jesc(asc=True, slash=False):
    def f(s):
        r = json.dumps(s, ensure_ascii=asc)[1:-1]
        if slash:
            r = r.replace("/", "\\/")
        return r
    return f


def J(b, o, sep=",", kv=":", asc=True, slash=False):
    f = jesc(asc, slash)

    def w(o):
        if isinstance(o, dict):
            b("{")
            for i, (k, v) in enumerate(o.items()):
                if i:
                    b(sep)
                b('"', f(k), '"', kv)
                w(v)
            b("}")
        elif isinstance(o, list):
            b("[")
            for i, v in enumerate(o):
                if i:
                    b(sep)
                w(v)
            b("]")
        elif isinstance(o, (str, C)) or (isinstance(o, P) and isinstance(o.v, str)):
            b('"', tf(o, f), '"')
        elif isinstance(o, P):
            b(o)
        elif o is None:
            b("null")
        elif isinstance(o, bool):
            b("true" if o else "false")
        else:
            b(json.dumps(o))
    w(o)
    return b


def jC(o, **kw):
    return J(B(), o, **kw).c()


def qp(s):
    return quote_plus(s, safe="")


def qe(s):
    return quote(s, safe="")


def qe_keep(s):
    return quote(s, safe="/:")


def Q(pairs, f=qp):
    parts = []
    for i, (k, v) in enumerate(pairs):
        if i:
            parts.append("&")
        parts.append(k + "=")
        parts.append(tf(v, f))
    return C(*parts)


# ---------------------------------------------------------------- identifiers
def hexs(n):
    return "".join(ch("0123456789abcdef") for _ in range(n))


def digs(n):
    return "".join(ch("0123456789") for _ in range(n))


def u4():
    return str(uuid.UUID(int=random.getrandbits(128), version=4))


def luhn_check(s):
    tot = 0
    for i, d in enumerate(reversed(s)):
        d = int(d)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(s):
    return luhn_check(s[:-1]) == s[-1]


def npi():
    base = "1" + digs(8)
    return base + luhn_check("80840" + base)


def card():
    pre = ch(["4", "4", "51", "53", "37"])
    ln = 15 if pre == "37" else 16
    base = pre + digs(ln - len(pre) - 1)
    return base + luhn_check(base)


def imei():
    base = ch(["35391110", "35925406", "35328811", "86769804"]) + digs(6)
    return base + luhn_check(base)


VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    wmi = ch(["1HG", "1FA", "2T1", "5YJ", "JTD", "1G1", "3VW", "KNA", "4T1", "WBA"])
    body = wmi + "".join(ch(VIN_CH) for _ in range(5)) + "0" + ch("LMNPR") + ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + digs(6)
    tot = 0
    for i, c in enumerate(body):
        v = int(c) if c.isdigit() else VIN_T[c]
        tot += v * VIN_W[i]
    r = tot % 11
    cd = "X" if r == 10 else str(r)
    return body[:8] + cd + body[9:]


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    return (str(ri(1, 9)) + ch(MBI_A) + ch(MBI_AN) + str(ri(0, 9)) + ch(MBI_A) + ch(MBI_AN)
            + str(ri(0, 9)) + ch(MBI_A) + ch(MBI_A) + str(ri(0, 9)) + str(ri(0, 9)))


def nhs():
    while True:
        d = digs(9)
        s = sum(int(c) * w for c, w in zip(d, range(10, 1, -1)))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c != 10:
            n = d + str(c)
            return n[:3] + " " + n[3:6] + " " + n[6:]


def iban_de():
    bban = ch(["37040044", "10070000", "50010517", "20041133"]) + digs(10)
    num = int(bban + "131400")
    ck = 98 - num % 97
    s = "DE%02d%s" % (ck, bban)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def gtin14():
    base = "0" + "0884521" + digs(5)
    tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(base)))
    return base + str((10 - tot % 10) % 10)


def ssn():
    while True:
        a = ri(101, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, ri(1, 99), ri(1, 9999))


def plate():
    return ch([lambda: "%s%s %05d" % (ch("ABCDEFGHJKLMNPRSTVWXYZ"), ch("ABCDEFGHJKLMNPRSTVWXYZ"), ri(10000, 99999)),
               lambda: "%d%s%05d" % (ri(1, 9), ch("ABCDEFGHJKLMNPRSTVWXYZ"), ri(0, 99999)),
               lambda: "%s%s%s %d" % (ch("ABCDEFGHJKLMNPRSTVWXYZ"), ch("ABCDEFGHJKLMNPRSTVWXYZ"), ch("ABCDEFGHJKLMNPRSTVWXYZ"), ri(100, 9999))])()


def b64bytes(n, head=b""):
    return base64.b64encode(head + bytes(random.getrandbits(8) for _ in range(n))).decode()


def jpeg_b64(n):
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00"
    return b64bytes(n, head)


def fold(s):
    for a, b_ in (("ł", "l"), ("Ł", "L"), ("ø", "o"), ("Ø", "O"), ("ı", "i"), ("đ", "d"), ("ß", "ss")):
        s = s.replace(a, b_)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# ---------------------------------------------------------------- dates/time
TODAY = date(2024, 5, 13)


def fmt_date(d, style):
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")
    if style == "us2":
        return "%d/%d/%s" % (d.month, d.day, d.strftime("%y"))
    if style == "dmy":
        return d.strftime("%d.%m.%Y")
    if style == "short":
        return d.strftime("%b ") + str(d.day)
    raise ValueError(style)


def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def epoch_ms(t):
    return int(t.timestamp()) * 1000 + t.microsecond // 1000


def syslog_ts(t):
    lt = t - timedelta(hours=5)
    return lt.strftime("%b ") + "%2d" % lt.day + lt.strftime(" %H:%M:%S")


# ---------------------------------------------------------------- people
PATIENT_NAMES = [
    ("Marisol", "Ortega Ruiz", "F"), ("Halina", "Kowalczyk", "F"), ("Kofi", "Boateng", "M"),
    ("Hoa", "Nguyễn", "F"), ("Oluwaseun", "Adeyemi", "M"), ("Priyanka", "Venkatesh", "F"),
    ("Dmytro", "Shevchuk", "M"), ("Aisha", "Abdi", "F"), ("Mei-Ling", "Chou", "F"),
    ("Jean-Baptiste", "Pierre-Louis", "M"), ("Siobhán", "Ó Briain", "F"), ("Giorgos", "Papadakis", "M"),
    ("Yusuf", "Al-Khatib", "M"), ("Hyun-woo", "Park", "M"), ("Rosalind", "Whitcombe", "F"),
    ("Tomás", "Ibarra", "M"), ("Ewa", "Zielińska", "F"), ("Ingrid", "Sørensen", "F"),
    ("Lukas", "Müller", "M"), ("Fatima", "Haddad", "F"), ("Ramón", "Villalobos", "M"),
    ("Chidinma", "Eze", "F"), ("Kenji", "Watanabe", "M"), ("Leilani", "Kahananui", "F"),
    ("Darnell", "Whitfield", "M"), ("Bernadette", "McAllister", "F"), ("Ana Luísa", "Carvalho", "F"),
    ("Imran", "Qureshi", "M"), ("Svetlana", "Morozova", "F"), ("Teodora", "Ilić", "F"),
    ("Emeka", "Nwosu", "M"), ("Paulette", "Thibodeaux", "F"), ("Arjun", "Mehta", "M"),
    ("Zainab", "Bello", "F"), ("Gustavo", "Pimentel", "M"), ("Marguerite", "Fontaine", "F"),
    ("Wojciech", "Nowak", "M"), ("Thandiwe", "Dlamini", "F"), ("Elif", "Yıldız", "F"),
    ("Abebe", "Tesfaye", "M"), ("Consuelo", "Alvarado", "F"), ("Rahul", "Bhattacharya", "M"),
]
REL_FIRST_F = ["Lucía", "Agnieszka", "Ama", "Thu", "Folake", "Meera", "Oksana", "Hodan", "Yu-Chen",
               "Nadège", "Aoife", "Eleni", "Layla", "Ji-yeon", "Beatrice", "Carmen", "Zofia", "Astrid",
               "Greta", "Nour", "Inés", "Ngozi", "Yuki", "Malia", "Keisha", "Colleen", "Mariana"]
REL_FIRST_M = ["Alejandro", "Jerzy", "Kwame", "Minh", "Tunde", "Vikram", "Andriy", "Abdirahman", "Wei",
               "Wilner", "Cian", "Nikos", "Omar", "Sung-min", "Harold", "Diego", "Piotr", "Erik",
               "Jonas", "Karim", "Mateo", "Chukwudi", "Hiroshi", "Kekoa", "Terrence", "Declan", "Rui"]
STREETS = ["W Fullerton Ave", "N Milwaukee Ave", "S Kedzie Ave", "W Belmont Ave", "N Sheridan Rd",
           "W Devon Ave", "S Halsted St", "N Harlem Ave", "W Cermak Rd", "N Western Ave",
           "W Irving Park Rd", "N Lincoln Ave", "S Pulaski Rd", "W 63rd St", "N Kimball Ave",
           "Ridge Ave", "Dempster St", "Oak Park Ave", "S Ridgeland Ave", "Main St", "Greenwood St",
           "N Oketo Ave", "W Foster Ave", "S Cicero Ave", "Hinman Ave", "Washington Blvd"]
CITIES = [("Chicago", ["60614", "60618", "60625", "60629", "60640", "60647", "60651", "60623", "60660", "60608", "60634"]),
          ("Chicago", ["60625", "60659", "60630"]),
          ("Evanston", ["60201", "60202"]), ("Skokie", ["60076", "60077"]), ("Oak Park", ["60302", "60304"]),
          ("Cicero", ["60804"]), ("Berwyn", ["60402"]), ("Des Plaines", ["60016", "60018"]),
          ("Naperville", ["60540", "60563"]), ("Schaumburg", ["60193", "60194"]), ("Niles", ["60714"]),
          ("Park Ridge", ["60068"]), ("Elmwood Park", ["60707"])]
AREA = ["312", "773", "872", "847", "708", "630", "224"]
MAIL_DOM = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com",
            "comcast.net", "hotmail.com", "aol.com", "sbcglobal.net"]
PAYERS = ["BCBSIL", "Aetna", "UnitedHealthcare", "Cigna", "Medicare", "IL Medicaid", "Humana"]


def phone_digits():
    a = ch(AREA)
    if rnd() < 0.6:
        return a, "555", "01%02d" % ri(0, 99)
    return a, "%d%02d" % (ri(2, 9), ri(0, 99)), "%04d" % ri(0, 9999)


def fmt_phone(t, style):
    a, b_, c = t
    return {"paren": "(%s) %s-%s" % (a, b_, c), "dash": "%s-%s-%s" % (a, b_, c), "e164": "+1%s%s%s" % (a, b_, c),
            "dot": "%s.%s.%s" % (a, b_, c), "plain": a + b_ + c, "one": "1-%s-%s-%s" % (a, b_, c)}[style]


def pub_ip():
    r = rnd()
    if r < 0.12:
        return "2601:%x:%x:%x:%x:%x:%x:%x" % (ri(0x200, 0x2ff), ri(0x8000, 0xffff), ri(0, 0xffff), ri(0, 0xffff), ri(0, 0xffff), ri(0, 0xffff), ri(0, 0xffff))
    if r < 0.2:
        return "172.%d.%d.%d" % (ri(56, 58), ri(0, 255), ri(1, 254))  # T-Mobile, public despite 172.
    pre = ch(["73", "98", "24", "67", "71", "76", "108", "174", "99", "107", "50", "69", "68"])
    return "%s.%d.%d.%d" % (pre, ri(1, 254), ri(0, 255), ri(1, 254))


def mk_member(payer):
    if payer == "BCBSIL":
        return ch(["XOF", "XOD", "YUB", "XOJ"]) + digs(9)
    if payer == "Aetna":
        return "W" + digs(9)
    if payer == "UnitedHealthcare":
        return "9" + digs(8)
    if payer == "Cigna":
        return "U" + digs(8) + "01"
    if payer == "Medicare":
        return mbi()
    if payer == "IL Medicaid":
        return digs(9)
    return "H" + digs(8)


def mk_rel(last, sex_hint=None):
    sex = sex_hint or ch("FM")
    first = ch(REL_FIRST_F if sex == "F" else REL_FIRST_M)
    l2 = last if rnd() < 0.7 else ch([n[1] for n in PATIENT_NAMES])
    return {"first": first, "last": l2, "name": first + " " + l2, "phone": phone_digits(), "sex": sex}


def mk_person(i, first, last, sex):
    if i in (1, 7, 14, 25, 35):
        age = ri(90, 97)
    elif i in (9, 20, 31):
        age = ri(2, 11)
    else:
        age = ri(19, 86)
    dob = TODAY - timedelta(days=age * 365 + ri(0, 364))
    age = TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))
    city, zips = ch(CITIES)
    fa, la = fold(first).lower().replace(" ", "").replace("-", ""), fold(last).lower().replace(" ", "").replace("-", "").replace("'", "")
    yy = dob.strftime("%y")
    email = ch([fa + "." + la, fa[0] + la + yy, la + fa[0], fa + la + str(ri(1, 99)), fa + "_" + la, fa + yy + la[:3]]) + "@" + ch(MAIL_DOM)
    payer = "Medicare" if age >= 65 and rnd() < 0.8 else ch(PAYERS[:4] + ["IL Medicaid"])
    p = {
        "i": i, "first": first, "last": last, "name": first + " " + last, "sex": sex, "dob": dob, "age": age,
        "street": "%d %s" % (ri(100, 9899), ch(STREETS)), "apt": ch(["", "", "", "Apt 2B", "Unit 3", "#1R", "Apt 407", "Unit G"]),
        "city": city, "zip": ch(zips), "phone": phone_digits(), "email": email, "ip": pub_ip(),
        "mrn": ch(["", "", "E"]) + str(ri(10000000, 39999999)), "payer": payer, "member": mk_member(payer),
        "group": ch(["P", "", "0"]) + digs(5), "portal": ch([fa + "." + la[:6] + yy, fa[0] + la + yy, la + fa[:3], fa + la[:1] + str(ri(10, 99))]),
        "acct": "7000" + digs(8), "rel": mk_rel(last, "F" if rnd() < 0.6 else "M"),
        "dl": fold(last)[0].upper() + "%03d-%04d-%04d" % (ri(0, 999), ri(0, 9999), ri(0, 9999)),
    }
    p["rel"]["age"] = ri(90, 96) if rnd() < 0.35 else ri(35, 80)
    fem = p["rel"]["sex"] == "F"
    p["rel"]["rel"] = ch(["mother", "wife", "grandmother", "aunt"] if fem else ["father", "husband", "grandfather", "uncle"])
    if age < 18:
        p["rel"]["rel"] = "mother" if fem else "father"
        p["rel"]["age"] = ri(28, 48)
    p["rel"]["pron"] = "she" if fem else "he"
    return p


PEOPLE = [mk_person(i, *n) for i, n in enumerate(PATIENT_NAMES)]


def old_person():
    """A patient whose relative is over 89 (or the patient themself) for age mentions."""
    c = [p for p in PEOPLE if p["rel"]["age"] > 89]
    return ch(c) if c and rnd() < 0.8 else person()


def person():
    # heavier reuse of the first dozen
    if rnd() < 0.55:
        return PEOPLE[ri(0, 11)]
    return ch(PEOPLE)


def age_p(a):
    return P(str(a), "age" if a > 89 else None)


def appt_date():
    return TODAY + timedelta(days=ri(1, 60))


def past_date():
    return TODAY - timedelta(days=ri(3, 200))


# ---------------------------------------------------------------- staff / doctors / offices (look-alikes)
STAFF = [("Kelsey", "Brandt", "kbrandt", "Digital Marketing"), ("Marcus", "Oyelaran", "moyelaran", "Marketing Ops"),
         ("Tomasz", "Wiśniewski", "twisniewski", "Web Platform"), ("Deepa", "Ranganathan", "dranganathan", "IT Security"),
         ("Colin", "Fairweather", "cfairweather", "Web Platform"), ("Inês", "Carvalho", "icarvalho", "Content"),
         ("Renata", "Szabo", "rszabo", "Patient Access"), ("Jordan", "Pryce", "jpryce", "Patient Access"),
         ("Luz", "Medina", "lmedina", "Patient Access"), ("Aleksander", "Berg", "aberg", "CRM")]
DOCTORS = [("Anjali", "Raman", "MD", "Cardiology"), ("Samuel", "Achterberg", "DO", "Family Medicine"),
           ("Beatriz", "Quintero", "MD", "Obstetrics & Gynecology"), ("Olumide", "Fashola", "MD", "Orthopedic Surgery"),
           ("Hannah", "Lindqvist", "MD", "Dermatology"), ("Viktor", "Petrenko", "MD", "Gastroenterology"),
           ("Grace", "Oyelowo-Tan", "MD", "Pediatrics"), ("Farid", "Nazari", "MD", "Neurology"),
           ("Mi-rae", "Seo", "MD", "Endocrinology"), ("Patrick", "Dunleavy", "MD", "Urology"),
           ("Lucía", "Benavides", "APRN", "Internal Medicine"), ("Ravi", "Chandrasekar", "MD", "Hematology & Oncology"),
           ("Natalia", "Ostrowska", "MD", "Pulmonology"), ("Desmond", "Achebe", "MD", "Sleep Medicine")]
DOC_NPI = {d[1]: npi() for d in DOCTORS}
OFFICES = [("Lincoln Park", "2650 N Clark St", "Suite 410", "Chicago", "60614", ("773", "555", "0100"), ("773", "555", "0101")),
           ("Evanston Immediate Care", "1000 Central St", "Suite 200", "Evanston", "60201", ("847", "555", "0130"), ("847", "555", "0131")),
           ("Oak Park", "610 S Maple Ave", "Suite 3100", "Oak Park", "60304", ("708", "555", "0160"), ("708", "555", "0161")),
           ("Naperville", "1801 N Naper Blvd", "Building B", "Naperville", "60563", ("630", "555", "0175"), ("630", "555", "0176")),
           ("Schaumburg", "1051 Perimeter Dr", "Suite 150", "Schaumburg", "60173", ("224", "555", "0188"), ("224", "555", "0189")),
           ("Main Campus", "4800 W Riverbend Pkwy", "Tower A", "Chicago", "60630", ("312", "555", "0199"), ("312", "555", "0198"))]
DOC_OFFICE = {d[1]: ch(OFFICES) for d in DOCTORS}
SITE = "www.riverbendhealth.org"


def doc():
    return ch(DOCTORS)


def doc_slug(d):
    return fold("%s-%s-%s" % (d[0], d[1], d[2])).lower().replace(" ", "-")


def staff(dept=None):
    c = [s for s in STAFF if dept is None or s[3] == dept]
    return ch(c)


UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPad; CPU OS 16_7_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80",
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
]
CONTENT = ["/", "/find-a-doctor/", "/locations/lincoln-park/", "/locations/evanston-immediate-care/",
           "/services/heart-and-vascular/", "/conditions/atrial-fibrillation/", "/patients-visitors/visitor-policy/",
           "/pay-my-bill/", "/request-an-appointment/", "/careers/", "/news/2024/05/riverbend-opens-new-cancer-pavilion/",
           "/classes-events/", "/price-transparency/", "/mychart/", "/?s=flu+shot", "/?s=urgent+care+hours",
           "/services/orthopedics/joint-replacement/", "/locations/", "/patients-visitors/billing-insurance/accepted-plans/",
           "/wp-json/wp/v2/pages?slug=visitor-policy", "/find-a-doctor/?specialty=dermatology&accepting=1",
           "/find-a-doctor/?specialty=cardiology&location=lincoln-park", "/es/solicitar-una-cita/"]
STATIC = ["/wp-content/uploads/2024/04/heart-month-hero-1920x800.jpg", "/wp-content/themes/riverbend/assets/js/app.min.js?ver=3.8.2",
          "/wp-content/plugins/gravityforms/js/gravityforms.min.js?ver=2.8.7", "/wp-content/themes/riverbend/assets/css/main.css?ver=3.8.2",
          "/wp-includes/js/jquery/jquery.min.js?ver=3.7.1", "/wp-content/uploads/2023/11/dr-raman-headshot-400x400.webp",
          "/favicon.ico", "/wp-content/themes/riverbend/assets/fonts/SourceSans3-Regular.woff2"]
CF_EDGE = ["172.70.%d.%d", "162.158.%d.%d", "172.69.%d.%d", "108.162.%d.%d", "141.101.%d.%d"]


def cf_edge_ip():
    return ch(CF_EDGE) % (ri(0, 255), ri(1, 254))


def priv_ip():
    return ch(["10.20.3.%d", "10.20.4.%d", "10.42.1.%d", "192.168.40.%d", "172.20.0.%d"]) % ri(2, 250)


class RR:
    """Round-robin variant selector with a random start."""

    def __init__(self, n):
        self.n = n
        self.i = ri(0, n - 1)

    def __call__(self):
        self.i = (self.i + 1) % self.n
        return self.i


def ph(p, style=None):
    return P(fmt_phone(p["phone"], style or ch(["paren", "dash", "dot", "plain", "e164"])), "phone")


def leak_pairs(p, kind):
    """Form fields that end up in a query string (GF confirmation redirect, GET forms)."""
    if kind == "appt":
        return [("entry", str(ri(40000, 52000))), ("fname", P(p["first"], "name")), ("lname", P(p["last"], "name")),
                ("email", P(p["email"], "email")), ("phone", ph(p, "plain")), ("dob", P(fmt_date(p["dob"], "us"), "date")),
                ("service", ch(["Cardiology", "Orthopedics", "Dermatology", "Primary Care"]))]
    if kind == "bill":
        return [("acct", P(p["acct"], "account")), ("last", P(p["last"], "name")),
                ("dos", P(fmt_date(past_date(), "iso"), "date")), ("amt", "%d.%02d" % (ri(20, 900), ri(0, 99)))]
    if kind == "news":
        return [("email", P(p["email"], "email")), ("zip", P(p["zip"], "zip")), ("topics", "heart,wellness")]
    if kind == "class":
        return [("class_id", str(ri(1100, 1999))), ("attendee", P(p["name"], "name")), ("phone", ph(p, "dash")),
                ("email", P(p["email"], "email"))]
    raise ValueError(kind)


# ================================================================= families
def f_apache(phi, t):
    b = B()
    lt = t - timedelta(hours=5)
    ts = "[" + lt.strftime("%d/%b/%Y:%H:%M:%S") + " -0500]"
    ua = ch(UAS)
    if not phi:
        k = ch(["health", "edge", "edge", "staff", "staging", "static"])
        if k == "health":
            b("%s:443 %s - - %s \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"ELB-HealthChecker/2.0\"" % (SITE, priv_ip(), ts))
        elif k == "edge":
            d = doc()
            path = ch(CONTENT + ["/doctors/%s/" % doc_slug(d)])
            b("%s:443 %s - - %s \"GET %s HTTP/1.1\" %s %d \"%s\" \"%s\"" % (
                SITE, cf_edge_ip(), ts, path, ch(["200", "200", "200", "304", "301"]), ri(300, 98000),
                ch(["https://www.google.com/", "-", "https://www.bing.com/", "https://%s/" % SITE]), ua))
        elif k == "static":
            b("%s:443 %s - - %s \"GET %s HTTP/2.0\" 200 %d \"https://%s/\" \"%s\"" % (
                SITE, cf_edge_ip(), ts, ch(STATIC), ri(800, 480000), SITE, ua))
        elif k == "staff":
            s = staff()
            b("%s:443 %s - - %s \"POST /wp-admin/admin-ajax.php HTTP/1.1\" 200 %d \"https://%s/wp-admin/post.php?post=%d&action=edit\" \"%s\"" % (
                SITE, priv_ip(), ts, ri(40, 900), SITE, ri(8000, 9999), UAS[1]))
        else:
            s = staff()
            b("staging.riverbendhealth.org:443 %s - %s %s \"GET /wp-admin/edit.php?post_type=provider&paged=%d HTTP/1.1\" 200 %d \"-\" \"%s\"" % (
                priv_ip(), s[2], ts, ri(1, 9), ri(20000, 90000), UAS[2]))
        return "apache-vhost-combined", b
    p = person()
    k = ch(["visit", "visit", "appt", "bill", "news", "class"])
    b(SITE + ":443 ", P(p["ip"], "ip"), " - - " + ts + " \"")
    if k == "visit":
        d = doc()
        path = ch(CONTENT + ["/doctors/%s/" % doc_slug(d)])
        b("GET %s HTTP/2.0\" 200 %d \"%s\" \"%s\"" % (path, ri(3000, 98000), ch(["https://www.google.com/", "-"]), ua))
    elif k == "appt":
        b("GET /request-an-appointment/confirmation/?", Q(leak_pairs(p, "appt")),
          " HTTP/2.0\" 200 %d \"https://%s/request-an-appointment/\" \"%s\"" % (ri(20000, 40000), SITE, ua))
    elif k == "bill":
        b("GET /pay-my-bill/lookup/?", Q(leak_pairs(p, "bill")),
          " HTTP/1.1\" 302 0 \"https://%s/pay-my-bill/\" \"%s\"" % (SITE, ua))
    elif k == "news":
        b("GET /newsletter/thanks/?", Q(leak_pairs(p, "news")),
          " HTTP/2.0\" 200 %d \"https://%s/\" \"%s\"" % (ri(9000, 20000), SITE, ua))
    else:
        b("GET /classes-events/register/complete/?", Q(leak_pairs(p, "class")),
          " HTTP/2.0\" 200 %d \"https://%s/classes-events/\" \"%s\"" % (ri(9000, 20000), SITE, ua))
    return "apache-vhost-combined", b


WPDBG_RR = RR(6)


def f_wpdebug(phi, t):
    b = B()
    ts = "[" + t.strftime("%d-%b-%Y %H:%M:%S") + " UTC] "
    if not phi:
        m = ch([
            "PHP Warning:  Undefined array key \"utm_source\" in /var/www/html/wp-content/themes/riverbend/inc/tracking.php on line %d" % ri(40, 140),
            "PHP Deprecated:  Creation of dynamic property RB_Provider_Importer::$npi_cache is deprecated in /var/www/html/wp-content/plugins/rb-providers/includes/class-importer.php on line %d" % ri(30, 300),
            "WordPress database error Deadlock found when trying to get lock; try restarting transaction for query UPDATE `wp_options` SET `option_value` = '%d' WHERE `option_name` = '_transient_timeout_rb_fad_facets' made by do_action_ref_array('action_scheduler_run_queue'), WP_Hook->do_action, ActionScheduler_QueueRunner->run" % (epoch_ms(t) // 1000 + 3600),
            "PHP Notice:  Function wp_enqueue_script() was called <strong>incorrectly</strong>. Scripts and styles should not be registered or enqueued until the <code>wp_enqueue_scripts</code> hooks. This notice was triggered by the <code>rb-chat-widget</code> handle. Please see <a href=\"https://developer.wordpress.org/advanced-administration/debug/debug-wordpress/\">Debugging in WordPress</a> for more information. (This message was added in version 3.3.0.) in /var/www/html/wp-includes/functions.php on line 6078",
            "rb_providers: import finished providers=%d updated=%d skipped=%d source=sftp://feeds.riverbendhealth.org/provider_directory_%s.csv" % (ri(1180, 1300), ri(5, 60), ri(0, 4), t.strftime("%Y%m%d")),
            "PHP Warning:  file_get_contents(https://api.riverbendhealth.org/fad/v2/locations?ttl=300): Failed to open stream: HTTP request failed! HTTP/1.1 503 Service Unavailable in /var/www/html/wp-content/plugins/rb-providers/includes/class-api.php on line 212",
            "Cron reschedule event error for hook: action_scheduler_run_queue, Error code: invalid_schedule, Error message: Event schedule does not exist., Data: {\"schedule\":\"every_minute\",\"args\":[\"WP Cron\"],\"interval\":60}",
            "rb_crm_sync: batch %d pushed %d contacts to CRM in %.1fs (owner=%s)" % (ri(3000, 4000), ri(10, 80), rnd() * 9 + 1, staff("CRM")[2]),
        ])
        b(ts, m)
        return "wp-debug-log", b
    p = person()
    v = WPDBG_RR()
    if v == 0:
        b(ts, "WordPress database error Duplicate entry '", P(p["email"], "email"),
          "' for key 'uniq_email' for query INSERT INTO `wp_rb_newsletter` (`email`, `first_name`, `zip`, `source`) VALUES ('",
          P(p["email"], "email"), "', '", P(p["first"], "name"), "', '", P(p["zip"], "zip"),
          "', 'footer') made by require('wp-blog-header.php'), wp, WP->main, do_action_ref_array('parse_request'), RB_Newsletter->handle")
    elif v == 1:
        b(ts, "rb_appointments: CRM push failed for entry %d (" % ri(40000, 52000), P(p["name"], "name"), " <",
          P(p["email"], "email"), ">): cURL error 28: Operation timed out after 15001 milliseconds with 0 bytes received")
    elif v == 2:
        b(ts, "rb_mailer: wp_mail() failed to=", P(p["email"], "email"),
          " subject=\"Your appointment request\" error=\"SMTP Error: data not accepted.\" mailer=smtp host=smtp.sendgrid.net:587")
    elif v == 3:
        b(ts, "PHP Warning:  Invalid date \"", P(fmt_date(p["dob"], "us2"), "date"),
          "\" for field dob (entry %d, form 7) in /var/www/html/wp-content/plugins/rb-appointments/includes/class-validator.php on line 88" % ri(40000, 52000))
    elif v == 5:
        b(ts, "rb_pii_guard: possible SSN in free-text field 'message' (form 3, entry %d) value=\"please call me about my bill, my ssn is " % ri(40000, 52000),
          P(ssn(), "ssn"), " and my name is ", P(p["name"], "name"), "\" action=flag_only")
    else:
        b(ts, "rb_appointments: payload=", J(B(), {"first": P(p["first"], "name"), "last": P(p["last"], "name"),
                                                   "phone": ph(p, "paren"), "mrn": P(p["mrn"], "mrn"),
                                                   "reason": "follow-up", "location": ch(OFFICES)[0]}, slash=True).c(),
          " rejected: upstream returned 409 (duplicate request)")
    return "wp-debug-log", b


GF_RR = RR(12)


def gf_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ".%06d" % t.microsecond


def f_gf(phi, t):
    b = B()
    ts = gf_ts(t)
    entry = ri(40000, 52000)
    form = ch([3, 7, 7, 11, 12, 14, 19])
    if not phi:
        m = ch([
            "DEBUG --> GFFormDisplay::process_form(): Starting to process form (#%d) submission." % form,
            "DEBUG --> GFFormDisplay::process_form(): After validation. Is submission valid? Yes.",
            "DEBUG --> GFFormsModel::save_entry(): Entry record created in the database. ID: %d." % entry,
            "DEBUG --> GF_Webhooks::process_feed(): Webhook request was successful. Response code: %d" % ch([200, 202, 204]),
            "DEBUG --> GFFeedAddOn::maybe_process_feed(): Starting to process feed (#%d - HubSpot Lead Sync) for entry #%d for gravityformshubspot" % (ri(2, 30), entry),
            "DEBUG --> GFCommon::send_notification(): Sending email via wp_mail(). to: appointments@riverbendhealth.org; from: noreply@riverbendhealth.org; subject: New Appointment Request - %s" % doc()[3],
            "DEBUG --> GFCommon::send_email(): WordPress successfully passed the notification email (#%s - Admin Notification) for entry #%d to the sending server." % (hexs(13), entry),
            "DEBUG --> GF_RECAPTCHA::verify_v3_token(): reCAPTCHA v3 score: 0.%d (threshold 0.5) for form #%d" % (ri(3, 9), form),
            "ERROR --> GF_Webhooks::process_feed(): Webhook request failed. Response code: 504 (Gateway Timeout) after 15.02s; request_id=%s" % u4(),
            "DEBUG --> GFAsyncUpload::upload(): Upload of file 'IMG_%d.HEIC' to form #%d rejected: extension not allowed." % (ri(1000, 9999), form),
            "DEBUG --> GFFormsModel::delete_old_entries(): Personal data retention: trashed %d entries older than 90 days for form #%d." % (ri(5, 400), form),
        ])
        b(ts, " - ", m)
        return "gf-logging", b
    v = GF_RR()
    p = old_person() if v == 10 else person()
    b(ts, " - ")
    if v == 0:
        b("DEBUG --> GFCommon::send_notification(): Sending email via wp_mail(). to: ", P(p["email"], "email"),
          "; from: noreply@riverbendhealth.org; subject: Thanks, ", P(p["first"], "name"), " - we received your appointment request")
    elif v == 1:
        body = {"1.3": P(p["first"], "name"), "1.6": P(p["last"], "name"), "2": P(p["email"], "email"),
                "3": ph(p, "paren"), "4": P(fmt_date(p["dob"], "us"), "date"), "5": doc()[3],
                "6": P(fmt_date(appt_date(), "us"), "date"), "7": ch(["Morning", "Afternoon", "Any"]),
                "8": P(p["payer"], None), "source_url": "https://%s/request-an-appointment/" % SITE}
        b("DEBUG --> GF_Webhooks::process_feed(): Sending webhook request to https://hooks.riverbendhealth.org/v1/appointments; body: ",
          jC(body, slash=True))
    elif v == 2:
        body = {"patient_name": P(p["name"], "name"), "dob": P(fmt_date(p["dob"], "iso"), "date"),
                "records_from": P(fmt_date(past_date(), "iso"), "date"), "deliver_via": "fax",
                "fax": P(fmt_phone(phone_digits(), "dash"), "fax"), "recipient": ch(["Northshore Ortho Associates", "Dr. office (new PCP)", "Self"]),
                "reply_to_fax": fmt_phone(OFFICES[5][6], "dash")}
        b("DEBUG --> GF_Webhooks::process_feed(): Sending webhook request to https://hooks.riverbendhealth.org/v1/him/roi; body: ",
          jC(body, slash=True))
    elif v == 3:
        b("DEBUG --> RB_Valet::pre_register(): entry #%d name=" % entry, P(p["name"], "name"), " surgery_date=",
          P(fmt_date(appt_date(), "iso"), "date"), " plate=", P(plate(), "vehicle"), " state=IL vin=", P(vin(), "vehicle"),
          " garage=%s" % ch(["P1", "P3", "Tower A"]))
    elif v == 4:
        b("DEBUG --> RB_Image_Crop::save_field(): form #19 (Share Your Story) field 9 value: ",
          P("data:image/jpeg;base64," + jpeg_b64(ri(380, 700)), "photo"))
    elif v == 5:
        slug = fold(p["first"] + "-" + p["last"]).lower().replace(" ", "-")
        b("DEBUG --> GFFormsModel::move_temp_file(): Uploaded file moved to ",
          P("https://%s/wp-content/uploads/gravity_forms/19-%s/2024/05/%s-story-photo.jpg" % (SITE, hexs(32), slug), "url"),
          " for entry #%d" % entry)
    elif v == 6:
        body = {"guarantor_account": P(p["acct"], "account"), "patient_last": P(p["last"], "name"),
                "card_number": P(card(), "account"), "exp": "%02d/%d" % (ri(1, 12), ri(25, 29)), "amount": "%d.%02d" % (ri(20, 900), ri(0, 99)),
                "invoice": "INV-%s" % digs(8)}
        b("ERROR --> RB_BillPay::submit(): gateway rejected request (code 2005 Invalid Merchant). request=", jC(body, slash=True))
    elif v == 7:
        tag = ch(["serial", "udi"])
        if tag == "serial":
            dv = P(ch(["SN", "CP", "23"]) + hexs(2).upper() + digs(7), "device")
        else:
            dv = P("(01)%s(17)%s(10)%s(21)%s" % (gtin14(), (TODAY + timedelta(days=ri(200, 900))).strftime("%y%m%d"), hexs(6).upper(), digs(9)), "device")
        b("DEBUG --> GFFormsModel::save_entry(): form #14 (RPM Device Return) entry #%d fields: patient=" % entry,
          P(p["name"], "name"), "; device_type=%s; device_%s=" % (ch(["BP cuff", "pulse oximeter", "CPAP", "weight scale"]), tag),
          dv, "; return_label=1Z%s" % hexs(16).upper())
    elif v == 8:
        intl = {"given_name": P(p["first"], "name"), "family_name": P(p["last"], "name"),
                "date_of_birth": P(fmt_date(p["dob"], "dmy"), "date"), "country": "United Kingdom",
                "nhs_number": P(nhs(), "other_id"), "passport_no": P(str(ri(100000000, 599999999)), "other_id"),
                "mobile": P("+44 7700 900%03d" % ri(0, 999), "phone"), "specialty": doc()[3]}
        b("DEBUG --> GF_Webhooks::process_feed(): Sending webhook request to https://hooks.riverbendhealth.org/v1/international; body: ",
          jC(intl, slash=True, asc=False))
    elif v == 9:
        b("DEBUG --> GFCommon::send_notification(): Merge tags replaced for entry #%d (Medicare Annual Wellness Visit): {Name:1}=" % entry,
          P(p["name"], "name"), " {Medicare Number:4}=", P(mbi(), "health_plan"), " {Phone:3}=", ph(p, "paren"))
    elif v == 10:
        b("DEBUG --> GFFormsModel::save_entry(): form #11 (Free Hearing Screening - June 8) entry #%d: attendee=" % entry,
          P(p["rel"]["name"], "name"), " age=", age_p(p["rel"]["age"]), " companion=", P(p["name"], "name"),
          " phone=", ph(p, "dash"))
    else:
        b("DEBUG --> GFAPI::update_entry(): entry #%d: field 12 (Address) = " % entry,
          P(p["street"] + (" " + p["apt"] if p["apt"] else "") + ", " + p["city"], "address"), ", IL ", P(p["zip"], "zip"),
          "; field 13 (Insurance ID) = ", P(p["member"], "health_plan"), "; field 14 (Group #) = %s" % p["group"])
    return "gf-logging", b


DR_RR = RR(5)


def f_drupal(phi, t):
    b = B()
    base = "https://events.riverbendhealth.org"
    pre = "%s events-web0%d drupal: %s|%d|" % (syslog_ts(t), ri(1, 2), base, epoch_ms(t) // 1000)
    if not phi:
        s = staff()
        k = ch(["session", "cron", "content", "404", "php", "search", "webform_del"])
        if k == "session":
            b(pre, "user|%s|%s/user/login|%s/user/login|%d||Session opened for %s." % (priv_ip(), base, base, ri(3, 40), s[2]))
        elif k == "cron":
            b(pre, "cron|127.0.0.1|http://default/cron/%s||0||Cron run completed." % hexs(20))
        elif k == "content":
            b(pre, "content|%s|%s/node/%d/edit|%s/node/%d/edit|%d|<a href=\"/node/%d\">view</a>|Event: updated %s." % (
                priv_ip(), base, ri(300, 900), base, ri(300, 900), ri(3, 40), ri(300, 900),
                ch(["Childbirth Preparation (Saturday, June 8, 2024)", "Heart Health Screening Day", "Diabetes Support Group - June 12", "CPR & First Aid (Family & Friends)"])))
        elif k == "404":
            b(pre, "page not found|%s|%s/wp-login.php||0||wp-login.php" % (priv_ip(), base))
        elif k == "php":
            b(pre, "php|%s|%s/classes/%d|%s/classes|0||Warning: Undefined array key \"field_instructor\" in rb_events_preprocess_node() (line %d of /var/www/html/web/modules/custom/rb_events/rb_events.module)." % (
                priv_ip(), base, ri(300, 900), base, ri(40, 300)))
        elif k == "search":
            b(pre, "search_api|127.0.0.1|http://default/cron/%s||0||Indexed %d items for index <em class=\"placeholder\">Events</em>." % (hexs(20), ri(3, 80)))
        else:
            b(pre, "webform|%s|%s/admin/structure/webform/manage/cpr_class/results/submissions|%s/admin/structure/webform|%d||CPR &amp; First Aid: Submission #%d deleted by %s (retention policy)." % (
                priv_ip(), base, base, ri(3, 40), ri(1000, 2999), s[2]))
        return "drupal-syslog", b
    p = person()
    v = DR_RR()
    if v == 0:
        b(pre, "webform|", P(p["ip"], "ip"), "|%s/classes/%s|%s/classes|0||%s: Submission #%d created." % (
            base, ch(["childbirth-prep", "cpr-family", "diabetes-support"]), base,
            ch(["Childbirth Preparation (Saturday)", "CPR & First Aid", "Diabetes Support Group"]), ri(1000, 2999)))
    elif v == 1:
        b(pre, "user|", P(p["ip"], "ip"), "|%s/user/password|%s/user/login|0||Password reset instructions mailed to " % (base, base),
          P(p["portal"], "other_id"), " at ", P(p["email"], "email"), ".")
    elif v == 2:
        b(pre, "mail|127.0.0.1|http://default/cron/%s||0||Error sending email (from events@riverbendhealth.org to " % hexs(20),
          P(p["email"], "email"), " with reply-to not set).")
    elif v == 3:
        att = P(p["name"], "name")
        b(pre, "rb_webform|", P(p["ip"], "ip"), "|%s/form/%s|%s/classes|0||Registration confirmed: attendee=" % (base, "peds-cpr" if p["age"] < 18 else "cpr-family", base),
          att, " dob=", P(fmt_date(p["dob"], "us"), "date"), " emergency_contact=", P(p["rel"]["name"], "name"),
          " phone=", P(fmt_phone(p["rel"]["phone"], "dash"), "phone"))
    else:
        b(pre, "user|", P(p["ip"], "ip"), "|%s/user/login|%s/user/login|0||Login attempt failed for " % (base, base),
          P(p["portal"], "other_id"), ".")
    return "drupal-syslog", b


WH_RR = RR(6)


def f_pino(phi, t):
    b = B()
    host = "hooks-7c9d4b-%s" % ch(["xk2lp", "m8q4z", "t2w9d"])
    head = {"level": 30, "time": epoch_ms(t), "pid": ch([1, 27, 31]), "hostname": host, "reqId": "req-%x" % ri(1, 4000)}
    if not phi:
        k = ch(["in", "out", "hmac", "retry", "q"])
        if k == "in":
            head.update({"req": {"method": "POST", "url": ch(["/v1/appointments", "/v1/him/roi", "/v1/leads", "/v1/international"]),
                                 "hostName": "hooks.riverbendhealth.org", "remoteAddress": priv_ip(), "remotePort": ri(30000, 65000)},
                         "msg": "incoming request"})
        elif k == "out":
            head.update({"res": {"statusCode": ch([202, 202, 200, 400, 409])}, "responseTime": round(rnd() * 300 + 4, 6),
                         "msg": "request completed"})
        elif k == "hmac":
            head.update({"formId": ch([3, 7, 14]), "entryId": str(ri(40000, 52000)), "sigAlg": "sha256", "msg": "webhook signature verified"})
        elif k == "retry":
            head["level"] = 40
            head.update({"attempt": ri(2, 4), "delayMs": ch([2000, 4000, 8000]), "target": "https://epic-interconnect.riverbendhealth.org/api/epic/2014/Scheduling/",
                         "msg": "upstream unavailable, retrying"})
        else:
            head.update({"queue": "appt-requests", "depth": ri(0, 40), "oldestMs": ri(0, 90000), "msg": "queue stats"})
        J(b, head)
        return "pino-json", b
    p = person()
    v = WH_RR()
    if v == 0:
        d = doc()
        head.update({"formId": 7, "entryId": str(ri(40000, 52000)),
                     "patient": {"firstName": P(p["first"], "name"), "lastName": P(p["last"], "name"),
                                 "dob": P(fmt_date(p["dob"], "iso"), "date"), "phone": ph(p, "e164"), "email": P(p["email"], "email")},
                     "preferredDate": P(fmt_date(appt_date(), "iso"), "date"), "department": d[3],
                     "providerNpi": DOC_NPI[d[1]], "msg": "appointment request accepted"})
    elif v == 1:
        head["level"] = 40
        head.update({"err": {"type": "ValidationError", "message": "\"zip\" must be a 5-digit string",
                             "details": [{"path": ["address", "zip"], "value": P(p["zip"] + "-" + digs(4), "zip")}]},
                     "address": {"line1": P(p["street"], "address"), "city": P(p["city"], "address"), "state": "IL"},
                     "msg": "payload rejected"})
    elif v == 2:
        head.update({"match": {"strategy": "name+dob", "score": round(0.8 + rnd() * 0.2, 3)}, "mrn": P(p["mrn"], "mrn"),
                     "dob": P(fmt_date(p["dob"], "iso"), "date"), "msg": "matched existing patient"})
    elif v == 4:
        head.update({"flow": "self-schedule", "idProofing": {"vendor": "idv-lite", "result": ch(["pass", "review"]),
                     "idDocument": {"type": "DL", "state": "IL", "number": P(p["dl"], "license"),
                                    "dob": P(fmt_date(p["dob"], "iso"), "date")}}, "msg": "identity proofing result"})
    elif v == 5:
        mac = ":".join("%02X" % random.getrandbits(8) for _ in range(6))
        head.update({"route": "/v1/rpm/pair", "patientRef": P(p["mrn"], "mrn"),
                     "device": {"model": ch(["BPM Connect", "Oximeter O2", "BodyScale 3"]), "mac": P(mac, "device"),
                                "gatewayImei": P(imei(), "device"), "fw": "2.%d.%d" % (ri(0, 9), ri(0, 30))},
                     "msg": "rpm device paired"})
    else:
        head["level"] = 50
        head.update({"err": {"type": "AxiosError", "message": "Request failed with status code 422",
                             "stack": "AxiosError: Request failed with status code 422\n    at settle (/app/node_modules/axios/dist/node/axios.cjs:1966:12)"},
                     "emergencyContact": {"name": P(p["rel"]["name"], "name"), "relationship": p["rel"]["rel"],
                                          "phone": P(fmt_phone(p["rel"]["phone"], "e164"), "phone")},
                     "msg": "Epic push failed"})
    J(b, head)
    return "pino-json", b


FAD_RR = RR(4)
SPECS = sorted(set(d[3] for d in DOCTORS))


def spring(b, t, lvl, thread, logger, msg):
    b(t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000), " %5s %d --- [%15s] %-40s : " % (lvl, 1, thread[-15:], logger[-40:]))
    b(msg)


def f_fad(phi, t):
    b = B()
    th = "nio-8080-exec-%d" % ri(1, 12)
    lg = "c.r.fad.web.ProviderSearchController"
    if not phi:
        k = ch(["name", "spec", "hit", "reindex", "cache", "slow"])
        d = doc()
        o = DOC_OFFICE[d[1]]
        if k == "name":
            spring(b, t, "INFO", th, lg, "q=\"%s\" filters={} hits=%d took=%dms sessionId=%s" % (
                ch([d[1].lower(), "dr " + fold(d[1]).lower(), d[0] + " " + d[1]]), ri(1, 3), ri(8, 90), hexs(24)))
        elif k == "spec":
            spring(b, t, "INFO", th, lg, "q=\"%s\" filters={location=%s, acceptingNew=true, lang=%s} hits=%d took=%dms" % (
                ch(SPECS).lower(), o[0].lower().replace(" ", "-"), ch(["es", "pl", "en", "ar", "zh"]), ri(0, 40), ri(8, 120)))
        elif k == "hit":
            spring(b, t, "DEBUG", th, "c.r.fad.service.RankingService", "top hit npi=%s name=\"%s %s, %s\" office=\"%s %s, %s, IL %s\" phone=%s nextAvailable=%s score=%.3f" % (
                DOC_NPI[d[1]], d[0], d[1], d[2], o[1], o[2], o[3], o[4], fmt_phone(o[5], "paren"),
                (TODAY + timedelta(days=ri(1, 40))).isoformat(), rnd() * 20))
        elif k == "reindex":
            spring(b, t, "INFO", "scheduling-1", "c.r.fad.index.ProviderIndexer", "Reindexed %d provider documents into fad-providers-%s in %.1fs (deleted=%d)" % (
                ri(1180, 1300), t.strftime("%Y.%m.%d"), rnd() * 8 + 1, ri(0, 5)))
        elif k == "cache":
            spring(b, t, "INFO", "cache-stats", "c.r.fad.config.CacheConfig", "facets cache: size=%d hits=%d misses=%d evictions=%d" % (
                ri(100, 900), ri(1000, 90000), ri(10, 900), ri(0, 50)))
        else:
            spring(b, t, "WARN", th, "c.r.fad.search.EsClient", "slow query took=%dms index=fad-providers shards=3 query={\"bool\":{\"must\":[{\"match\":{\"specialty\":\"%s\"}}],\"filter\":[{\"geo_distance\":{\"distance\":\"10mi\",\"office.loc\":\"41.92,-87.65\"}}]}}" % (
                ri(800, 3000), ch(SPECS)))
        return "spring-boot", b
    v = FAD_RR()
    p = old_person() if v == 1 else person()
    if v == 0:
        spring(b, t, "INFO", th, lg, C("q=\"", P(fold(p["name"]).lower(), "name"), " ",
                                       P(fmt_date(p["dob"], "us2"), "date"), "\" filters={} hits=0 took=%dms clientIp=" % ri(8, 60),
                                       P(p["ip"], "ip")))
    elif v == 1:
        spring(b, t, "INFO", th, lg, C("q=\"doctor for my ", p["rel"]["rel"], " ", P(p["rel"]["first"], "name"), " ", p["rel"]["pron"], " is ",
                                       age_p(p["rel"]["age"]), " memory problems\" filters={specialty=Neurology} hits=%d took=%dms" % (ri(1, 6), ri(8, 60))))
    elif v == 2:
        spring(b, t, "INFO", th, lg, C("q=\"", P(p["member"], "health_plan"), "\" filters={insurance=%s} hits=0 took=%dms clientIp=" % (p["payer"], ri(8, 60)),
                                       P(p["ip"], "ip")))
    else:
        d = doc()
        spring(b, t, "INFO", th, lg, C("q=\"%s\" filters={specialty=%s} hits=%d took=%dms clientIp=" % (
            d[1].lower(), d[3], ri(1, 3), ri(8, 90)), P(p["ip"], "ip")))
    return "spring-boot", b


# ---------------------------------------------------------------- chatbot
class Conv:
    def __init__(self, p=None):
        self.p = p or person()
        self.id = u4()
        self.turn = 0
        self.fmt = ch(["jsonl", "text"])
        self.left = ri(3, 7)
        self.channel = ch(["web", "web", "sms"])
        self.agent = staff("Patient Access")


CONV = [None]
CHAT_RR = RR(17)

BOT_MSGS = [
    "I can help with that! Are you a new or returning patient?",
    "Our Evanston Immediate Care is open 8am-8pm daily. You can also call (847) 555-0130.",
    "Dr. Anjali Raman, MD (Cardiology) is accepting new patients at 2650 N Clark St, Suite 410, Chicago.",
    "For billing questions, call Patient Financial Services at 1-800-555-0142, Mon-Fri 8am-5pm.",
    "I'm sorry, I can't access medical records. Please log in to MyChart at https://mychart.riverbendhealth.org/.",
    "Visitor hours at Main Campus are 7am-9pm. Two visitors at a time, please.",
    "Let me connect you with someone from Patient Access. Typical wait is under 3 minutes.",
    "Please don't share sensitive information like Social Security numbers in chat.",
]
USER_PLAIN = ["what are the hours for the evanston urgent care", "does dr raman take bcbs ppo?", "ok thank you",
              "I need a dermatologist near oak park", "how much is parking at main campus", "is the flu shot clinic walk in?",
              "can I get a price estimate for an MRI of the knee", "do you have spanish speaking doctors", "thanks!!",
              "which entrance is closest to radiology"]


def chat_emit(b, conv, t, role, content, who=None):
    if conv.fmt == "jsonl":
        o = {"ts": iso_ms(t), "conversationId": conv.id, "turn": conv.turn, "channel": conv.channel, "role": role}
        if who:
            o["agent"] = who
        o["text"] = content
        J(b, o, asc=False)
        return "chat-jsonl"
    b(t.strftime("%Y-%m-%d %H:%M:%S"), " [conv=%s] [%s] " % (conv.id[:8], conv.channel),
      (role.upper() + ("(" + who + ")" if who else "")), ": ", content)
    return "chat-text"


def f_chat(phi, t):
    v = CHAT_RR() if phi else None
    if CONV[0] is None or CONV[0].left <= 0:
        CONV[0] = Conv()
    # age mentions need a fitting speaker: start a new conversation if needed
    if v == 16 and CONV[0].p["age"] <= 89:
        CONV[0] = Conv(ch([q for q in PEOPLE if q["age"] > 89]))
    if v == 3 and CONV[0].p["rel"]["age"] <= 89:
        CONV[0] = Conv(old_person())
    conv = CONV[0]
    conv.left -= 1
    conv.turn += 1
    p = conv.p
    b = B()
    if not phi:
        k = ch(["bot", "bot", "user", "agent", "sys"])
        if k == "bot":
            return chat_emit(b, conv, t, "bot", ch(BOT_MSGS)), b
        if k == "user":
            return chat_emit(b, conv, t, "user", ch(USER_PLAIN)), b
        if k == "agent":
            a = conv.agent
            return chat_emit(b, conv, t, "agent", "Hi, this is %s with Patient Access. One moment while I pull that up." % a[0], who=a[2]), b
        J(b, {"ts": iso_ms(t), "conversationId": conv.id, "event": ch(["conversation.transferred", "csat.submitted", "conversation.closed"]),
              "queue": "patient_access", "agent": conv.agent[2], "waitSec": ri(5, 400), "csat": ri(1, 5)})
        return "chat-event-json", b
    r = p["rel"]
    msgs = [
        lambda: C("hi my name is ", P(p["name"], "name"), " and I need to reschedule my appointment on ",
                  P(fmt_date(appt_date(), ch(["short", "us2"])), "date")),
        lambda: C("my date of birth is ", P(fmt_date(p["dob"], ch(["us", "us2", "long"])), "date")),
        lambda: C("you can call me back at ", ph(p, ch(["dash", "paren", "plain"]))),
        lambda: C("it's for my ", r["rel"], " ", P(r["name"], "name"), ", ", r["pron"], " is ", age_p(r["age"]), " and uses a walker"),
        lambda: C("my insurance member id is ", P(p["member"], "health_plan"), " group ", p["group"]),
        lambda: C("my MRN is ", P(p["mrn"], "mrn"), " if that helps"),
        lambda: C("my mychart username is ", P(p["portal"], "other_id"), " and it says locked"),
        lambda: C("email is ", P(p["email"], "email")),
        lambda: C("I got a bill, account number ", P(p["acct"], "account"), " for the visit on ",
                  P(fmt_date(past_date(), "us2"), "date"), " but I already paid"),
        lambda: C("I typed my ssn on the form by mistake ", P(ssn(), "ssn"), " can you delete it"),
        lambda: C("we live at ", P(p["street"] + ", " + p["city"], "address"), " ", P(p["zip"], "zip"), " is there a clinic close"),
        lambda: C("updates on my dad are here ", P("https://www.caringbridge.org/visit/%s" % fold(p["last"]).lower().replace(" ", "").replace("-", "") + "family", "url")),
        lambda: C("the serial number on my cpap is ", P(ch(["J", "K"]) + digs(11), "device"), " it stopped working"),
        lambda: C("I'm in the garage now, license plate ", P(plate(), "vehicle"), ", where do I validate?"),
        lambda: C("for ID verification my drivers license is ", P(p["dl"], "license")),
        None,
        lambda: C("I'm ", P(str(p["age"]), "age"), " and I don't drive anymore, can someone pick me up for my appointment ",
                  P(fmt_date(appt_date(), "short"), "date"), "?"),
    ]
    if v == 15:
        J(b, {"ts": iso_ms(t), "conversationId": conv.id, "event": "voice_auth.enrolled", "channel": "ivr",
              "speakerId": hexs(16), "voiceprintTemplate": P(b64bytes(ri(180, 260)), "biometric"), "engine": "nuance-gk-11.2"})
        return "chat-event-json", b
    return chat_emit(b, conv, t, "user", msgs[v]()), b


# ---------------------------------------------------------------- pixels / tags
PIXEL_ID = "1293847561029384"
GA_TID = "G-7QX2M4PL9R"
PX_RR = RR(4)


def page_dl(p, phi, kind=None):
    if not phi:
        d = doc()
        path = ch(CONTENT[:13] + ["/doctors/%s/" % doc_slug(d)])
        return C("https://" + SITE + path.replace("?", "?") )
    kind = kind or ch(["appt", "bill", "news", "class"])
    base = {"appt": "/request-an-appointment/confirmation/?", "bill": "/pay-my-bill/lookup/?",
            "news": "/newsletter/thanks/?", "class": "/classes-events/register/complete/?"}[kind]
    return C("https://" + SITE + base, Q(leak_pairs(p, kind)))


def f_pixel(phi, t):
    b = B()
    fbp = "fb.1.%d.%d" % (epoch_ms(t) - ri(10000, 9000000), ri(100000000, 2147483647))
    if not phi and rnd() < 0.35:
        spring_like = "%s INFO [meta-capi] POST https://graph.facebook.com/v19.0/%s/events status=200 events_received=%d fbtrace_id=%s latency_ms=%d" % (
            iso_ms(t), PIXEL_ID, ri(1, 5), base64.b64encode(bytes(random.getrandbits(8) for _ in range(9))).decode().rstrip("="), ri(40, 400))
        b(spring_like)
        return "sgtm-stdout", b
    p = person()
    ev = ch(["PageView", "ViewContent"]) if not phi else ch(["Lead", "SubmitApplication", "Schedule", "Contact"])
    dl = page_dl(p, phi)
    q = Q([("id", PIXEL_ID), ("ev", ev), ("dl", dl), ("rl", "https://www.google.com/"), ("if", "false"),
           ("ts", str(epoch_ms(t))), ("sw", ch(["390", "1440", "1920", "414"])), ("sh", ch(["844", "900", "1080", "896"])),
           ("v", "2.9.156"), ("r", "stable"), ("ec", str(ri(0, 6))), ("o", "4126"), ("fbp", fbp), ("it", str(epoch_ms(t) - ri(1000, 90000))),
           ("coo", "false"), ("rqm", "GET")], f=qe)
    o = {"outcome": "ok", "scriptName": "px-proxy", "diagnosticsChannelEvents": [], "exceptions": [], "logs": [],
         "eventTimestamp": epoch_ms(t),
         "event": {"request": {"url": C("https://%s/px/tr/?" % SITE, q), "method": "GET",
                               "headers": {"accept": "image/avif,image/webp,*/*", "cf-ray": "%s-ORD" % hexs(16), "user-agent": ch(UAS)},
                               "cf": {"colo": "ORD", "asn": ch([7922, 7018, 21928, 20115]), "country": "US", "tlsVersion": "TLSv1.3"}},
                   "response": {"status": 200}}}
    J(b, o)
    return "cf-worker-trace", b


def f_ga4(phi, t):
    b = B()
    cid = "%d.%d" % (ri(100000000, 2147483647), epoch_ms(t) // 1000 - ri(100, 9000000))
    if not phi and rnd() < 0.5:
        m = ch(["[sGTM] Client 'GA4' claimed request /g/collect", "[sGTM] Tag 'GA4 - All Events' fired, status 204 in %dms" % ri(10, 90),
                "[sGTM] Tag 'Meta CAPI - Lead' skipped: consent ad_storage=denied",
                "[sGTM] Transformation 'Redact PII params' removed 0 params from event page_view",
                "[sGTM] Preview server heartbeat ok revision=server-side-tagging-00042-vak"])
        J(b, {"textPayload": m, "insertId": hexs(16), "resource": {"type": "cloud_run_revision", "labels": {"service_name": "server-side-tagging",
              "location": "us-central1", "project_id": "rb-mktg-sgtm"}}, "timestamp": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % t.microsecond,
              "severity": "INFO", "logName": "projects/rb-mktg-sgtm/logs/run.googleapis.com%2Fstdout"})
        return "gcp-cloudrun-stdout", b
    p = person()
    if phi:
        mode = ch(["dl", "ep", "ip"])
    else:
        mode = "plain"
    pairs = [("v", "2"), ("tid", GA_TID), ("gtm", "45je45d0v9183337468z8%d" % ri(10000, 99999)), ("_p", str(epoch_ms(t) - ri(1000, 9000))),
             ("gcd", "13l3l3l3l1"), ("npa", "0"), ("dma", "0"), ("cid", cid), ("ul", "en-us"), ("sr", ch(["1440x900", "390x844", "1920x1080"])),
             ("_s", str(ri(1, 9))), ("sid", str(epoch_ms(t) // 1000 - ri(10, 3000))), ("sct", str(ri(1, 9))), ("seg", "1")]
    if mode == "dl":
        pairs += [("dl", page_dl(p, True)), ("dt", "Thank You | Riverbend Health"), ("en", "form_submit")]
    elif mode == "ep":
        pairs += [("dl", "https://%s/request-an-appointment/" % SITE), ("dt", "Request an Appointment | Riverbend Health"),
                  ("en", "generate_lead"), ("ep.form_id", "gform_7"), ("ep.user_email", P(p["email"], "email")),
                  ("ep.user_phone", ph(p, "plain")), ("up.zip", P(p["zip"], "zip"))]
    else:
        pairs += [("dl", page_dl(p, False)), ("dt", "Riverbend Health"), ("en", "page_view")]
    pairs.append(("_et", str(ri(1, 9000))))
    url = C("https://sgtm.riverbendhealth.org/g/collect?", Q(pairs, f=qe))
    remote = P(p["ip"], "ip") if phi else P(cf_edge_ip(), None)
    o = {"httpRequest": {"latency": "0.%06ds" % ri(2000, 90000), "protocol": "HTTP/1.1", "referer": "https://%s/" % SITE,
                         "remoteIp": remote, "requestMethod": "POST", "requestSize": str(ri(900, 2400)), "requestUrl": url,
                         "responseSize": "412", "serverIp": "216.239.3%d.53" % ri(2, 8), "status": 204, "userAgent": ch(UAS)},
         "insertId": hexs(24), "logName": "projects/rb-mktg-sgtm/logs/run.googleapis.com%2Frequests",
         "receiveTimestamp": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % t.microsecond, "severity": "INFO",
         "spanId": digs(19), "timestamp": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % t.microsecond,
         "trace": "projects/rb-mktg-sgtm/traces/%s" % hexs(32)}
    if not phi:
        o["httpRequest"]["referer"] = "https://%s/" % SITE
    J(b, o)
    return "gcp-cloudrun-request", b


# ---------------------------------------------------------------- edge logs
CF_RR = RR(4)


def f_cf(phi, t):
    b = B()
    if not phi:
        s = staff(ch(["Web Platform", "IT Security"]))
        k = ch(["audit", "audit", "purge", "cron"])
        if k == "audit":
            J(b, {"ActionResult": True, "ActionType": ch(["update", "create", "delete"]), "ActorEmail": "%s@riverbendhealth.org" % s[2],
                  "ActorID": hexs(32), "ActorIP": "64.124.18.%d" % ri(30, 40), "ActorType": "user", "ID": u4(),
                  "Interface": ch(["UI", "API"]), "Metadata": {"zone_name": "riverbendhealth.org"},
                  "NewValue": ch(["{\"value\":\"on\"}", "{\"expression\":\"(http.request.uri.path contains \\\"/xmlrpc.php\\\")\",\"action\":\"block\"}"]),
                  "OldValue": "", "OwnerID": hexs(32), "ResourceID": hexs(32),
                  "ResourceType": ch(["zone.settings", "firewall.rule", "dns.record"]), "When": t.strftime("%Y-%m-%dT%H:%M:%SZ")})
            return "cf-logpush-audit", b
        if k == "purge":
            J(b, {"success": True, "errors": [], "messages": [], "result": {"id": hexs(32)},
                  "_meta": {"files": ["https://%s%s" % (SITE, ch(CONTENT[:12]))], "requested_by": "%s@riverbendhealth.org" % s[2],
                            "ray": hexs(16)}})
            return "cf-api-purge", b
        J(b, {"outcome": "ok", "scriptName": "sitemap-refresh", "exceptions": [], "logs": [{"message": ["refreshed %d urls" % ri(900, 1400)], "level": "log",
              "timestamp": epoch_ms(t)}], "eventTimestamp": epoch_ms(t), "event": {"cron": "*/30 * * * *", "scheduledTime": epoch_ms(t) // 60000 * 60000}})
        return "cf-worker-trace", b
    p = person()
    v = CF_RR()
    if v in (0, 1):
        d = doc()
        uri = ch(CONTENT + ["/doctors/%s/" % doc_slug(d)])
    elif v == 2:
        uri = C("/request-an-appointment/confirmation/?", Q(leak_pairs(p, "appt")))
    else:
        uri = C("/pay-my-bill/lookup/?", Q(leak_pairs(p, "bill")))
    st = t - timedelta(milliseconds=ri(5, 900))
    o = {"CacheCacheStatus": ch(["hit", "miss", "dynamic", "expired"]), "ClientASN": ch([7922, 7018, 21928, 20115, 22773]),
         "ClientCountry": "us", "ClientDeviceType": ch(["desktop", "mobile"]), "ClientIP": P(p["ip"], "ip"),
         "ClientRequestHost": SITE, "ClientRequestMethod": "GET", "ClientRequestProtocol": "HTTP/2",
         "ClientRequestReferer": ch(["https://www.google.com/", "", "https://%s/" % SITE]), "ClientRequestURI": uri,
         "ClientRequestUserAgent": ch(UAS), "EdgeColoCode": "ORD", "EdgeEndTimestamp": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
         "EdgeResponseBytes": ri(400, 90000), "EdgeResponseStatus": ch([200, 200, 304, 302]),
         "EdgeServerIP": cf_edge_ip(), "EdgeStartTimestamp": st.strftime("%Y-%m-%dT%H:%M:%SZ"),
         "OriginIP": "203.0.113.%d" % ri(10, 20), "OriginResponseStatus": 200, "RayID": hexs(16), "SecurityAction": "", "WAFAttackScore": ri(60, 99)}
    J(b, o)
    return "cf-logpush-http", b


AK_RR = RR(3)


def f_akamai(phi, t):
    b = B()
    if not phi:
        k = ch(["purge", "gtm", "ew"])
        if k == "purge":
            J(b, {"httpStatus": 201, "detail": "Request accepted", "estimatedSeconds": 5, "purgeId": "edcp-%s" % hexs(22),
                  "supportId": "edcp-%s" % hexs(22), "_ts": iso_ms(t), "_objects": ["https://%s%s" % (SITE, ch(CONTENT[:12]))]}, sep=", ", kv=": ")
            return "akamai-ccu-purge", b
        if k == "gtm":
            b("%s akamai-gtm property=www.riverbendhealth.org.akadns.net datacenter=%s target=203.0.113.%d test=\"HTTPS /healthz\" result=%s rtt_ms=%d agent=23.%d.%d.%d" % (
                iso_ms(t), ch(["dc-ord-1", "dc-iad-2"]), ri(10, 20), ch(["UP", "UP", "UP", "DEGRADED"]), ri(8, 300), ri(32, 79), ri(0, 255), ri(1, 254)))
            return "akamai-gtm-liveness", b
        J(b, {"timestamp": iso_ms(t), "level": "info", "ewid": ri(80000, 89999), "version": "1.%d" % ri(3, 9),
              "message": "onClientRequest: geo-redirect skipped path=%s lang=%s" % (ch(CONTENT[:12]), ch(["en-US", "es-US", "pl-PL"])),
              "reqId": hexs(8)})
        return "akamai-edgeworker", b
    p = person()
    v = AK_RR()
    qs = "-"
    path = ch(CONTENT[:13]).split("?")[0]
    if v == 1:
        path = "/request-an-appointment/confirmation/"
        qs = Q(leak_pairs(p, "appt"))
    elif v == 2:
        path = "/classes-events/register/complete/"
        qs = Q(leak_pairs(p, "class"))
    rt = epoch_ms(t)
    sz = ri(400, 90000)
    o = {"version": "1", "cp": "1297548", "reqId": "%s" % hexs(8), "reqTimeSec": "%d.%03d" % (rt // 1000, rt % 1000), "bytes": str(sz),
         "cliIP": P(p["ip"], "ip"), "statusCode": ch(["200", "200", "304"]), "proto": "HTTPS", "reqHost": SITE, "reqMethod": "GET",
         "reqPath": path, "reqPort": "443", "rspContentLen": str(sz), "rspContentType": "text/html", "UA": qe(ch(UAS)),
         "tlsOverheadTimeMSec": str(ri(0, 40)), "tlsVersion": "TLSv1.3", "objSize": str(sz), "uncompressedSize": "-",
         "overheadBytes": str(ri(200, 400)), "totalBytes": str(sz + 300), "queryStr": qs, "accLang": "en-US",
         "cookie": "-", "range": "-", "referer": qe("https://www.google.com/"), "xForwardedFor": "-", "maxAgeVal": "300",
         "reqEndTimeMSec": str(ri(0, 20)), "errorCode": "-", "turnAroundTimeMSec": str(ri(3, 400)), "transferTimeMSec": str(ri(0, 40)),
         "dnsLookupTimeMSec": "-", "edgeIP": "23.%d.%d.%d" % (ri(32, 79), ri(0, 255), ri(1, 254)), "cacheStatus": ch(["0", "1"]),
         "cacheable": "1", "breadcrumbs": "//BC/%5Ba=23.48.9.21,c=g,k=0,l=1%5D"}
    J(b, o)
    return "akamai-ds2", b


# ---------------------------------------------------------------- CRM / email / consent
CRM_RR = RR(7)


def crm_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (t.microsecond // 1000)


def f_crm(phi, t):
    b = B()
    job = "imp_%d" % ri(8800, 8830)
    if not phi:
        k = ch(["sum", "start", "owner", "dedupe", "rate"])
        if k == "sum":
            b(crm_ts(t), " INFO  [crm-import] job=%s file=web_leads_%s.csv rows=%d created=%d updated=%d errors=%d duration=%.1fs" % (
                job, t.strftime("%Y-%m-%d"), ri(200, 500), ri(150, 400), ri(0, 40), ri(0, 6), rnd() * 30 + 2))
        elif k == "start":
            b(crm_ts(t), " INFO  [crm-import] job=%s started by %s@riverbendhealth.org mapping=web-appt-v4 objectType=CONTACT" % (job, staff("CRM")[2]))
        elif k == "owner":
            s = staff(ch(["Marketing Ops", "Digital Marketing"]))
            b(crm_ts(t), " INFO  [crm-import] job=%s assigned %d contacts to hubspot_owner_id=%d (%s %s)" % (job, ri(5, 60), ri(40000000, 89999999), s[0], s[1]))
        elif k == "dedupe":
            b(crm_ts(t), " DEBUG [crm-import] job=%s dedupe pass merged=%d kept=%d key=email" % (job, ri(0, 20), ri(100, 400)))
        else:
            b(crm_ts(t), " WARN  [crm-client] 429 Too Many Requests from api.hubapi.com, X-HubSpot-RateLimit-Remaining=0, sleeping %dms (correlationId=%s)" % (ri(500, 10000), u4()))
        return "crm-import", b
    p = person()
    v = CRM_RR()
    if v == 0:
        b(crm_ts(t), " WARN  [crm-import] job=%s row=%d INVALID_EMAIL email=\"" % (job, ri(2, 400)),
          P(p["email"].replace(".com", ".con"), "email"), "\" firstname=\"", P(p["first"], "name"), "\"")
    elif v == 1:
        b(crm_ts(t), " DEBUG [crm-import] job=%s row=%d raw=" % (job, ri(2, 400)),
          "\"", P(p["first"], "name"), "\",\"", P(p["last"], "name"), "\",\"", P(p["email"], "email"), "\",\"",
          ph(p, "paren"), "\",\"", P(p["street"], "address"), "\",\"", P(p["city"], "address"), "\",\"IL\",\"",
          P(p["zip"], "zip"), "\",\"", P(fmt_date(p["dob"], "iso"), "date"), "\",\"web_appt_form\"")
    elif v == 2:
        props = {"email": P(p["email"], "email"), "firstname": P(p["first"], "name"), "lastname": P(p["last"], "name"),
                 "phone": ph(p, "e164"), "address": P(p["street"], "address"), "city": P(p["city"], "address"), "state": "IL",
                 "zip": P(p["zip"], "zip"), "date_of_birth": P(fmt_date(p["dob"], "iso"), "date"), "lifecyclestage": "lead",
                 "hs_lead_status": "NEW", "service_line_interest": doc()[3], "lead_source": "web_appt_form"}
        b(crm_ts(t), " DEBUG [crm-client] POST /crm/v3/objects/contacts body=")
        J(b, {"properties": props}, asc=False)
    elif v == 3:
        b(crm_ts(t), " INFO  [crm-client] contact created id=%d " % ri(50000000000, 59999999999))
        J(b, {"id": str(ri(50000000000, 59999999999)), "properties": {"createdate": iso_ms(t), "email": P(p["email"], "email"),
              "firstname": P(p["first"], "name"), "lastname": P(p["last"], "name"), "hs_object_id": str(ri(50000000000, 59999999999)),
              "linkedin_url": P("https://www.linkedin.com/in/%s-%s-%s" % (fold(p["first"]).lower().replace(" ", "-"), fold(p["last"]).lower().replace(" ", "-"), hexs(6)), "url")},
              "archived": False}, asc=False)
    elif v == 5:
        b(crm_ts(t), " WARN  [crm-import] job=%s row=%d PROPERTY_DOESNT_EXIST name=\"ssn\" value=\"" % (job, ri(2, 400)),
          P(ssn().replace("-", "") if rnd() < 0.5 else ssn(), "ssn"), "\" (column ignored; contact ", P(p["email"], "email"), ")")
    elif v == 6:
        b(crm_ts(t), " DEBUG [crm-client] PATCH /crm/v3/objects/contacts/%d body=" % ri(50000000000, 59999999999))
        J(b, {"properties": {"epic_mrn": P(p["mrn"], "mrn"), "insurance_carrier": p["payer"],
                             "insurance_member_id": P(p["member"], "health_plan"), "insurance_group_number": p["group"],
                             "last_visit_date": P(fmt_date(past_date(), "iso"), "date"), "preferred_location": ch(OFFICES)[0]}})
    else:
        b(crm_ts(t), " WARN  [crm-import] job=%s row=%d PROPERTY_DOESNT_EXIST name=\"guarantor_name\" value=\"" % (job, ri(2, 400)),
          P(p["rel"]["name"], "name"), "\" (also dropped: guarantor_phone=\"", P(fmt_phone(p["rel"]["phone"], "dash"), "phone"), "\")")
    return "crm-import", b


def f_mail(phi, t):
    b = B()
    qid = "4Vb%s%s" % (hexs(3).upper(), "".join(ch("BCDFGHJKLMNPQRSTVWXZbcdfghjkmnpqrstvwxz0123456789") for _ in range(8)))
    hdr = "%s mta0%d postfix/" % (syslog_ts(t), ri(1, 3))
    if not phi:
        k = ch(["qmgr", "cleanup", "anvil", "summary", "removed"])
        if k == "qmgr":
            b(hdr, "qmgr[%d]: %s: from=<newsletter@mail.riverbendhealth.org>, size=%d, nrcpt=1 (queue active)" % (ri(900, 3000), qid, ri(9000, 80000)))
        elif k == "cleanup":
            b(hdr, "cleanup[%d]: %s: message-id=<%s.%s@mail.riverbendhealth.org>" % (ri(20000, 40000), qid, t.strftime("%Y%m%d%H%M%S"), hexs(12)))
        elif k == "anvil":
            b(hdr, "anvil[%d]: statistics: max connection rate 1/60s for (smtp:10.20.5.%d) at %s" % (ri(20000, 40000), ri(2, 50), syslog_ts(t)))
        elif k == "removed":
            b(hdr, "qmgr[%d]: %s: removed" % (ri(900, 3000), qid))
        else:
            b = B()
            b("%s INFO [esp-report] campaign=\"%s\" sent=%d delivered=%d hard_bounces=%d soft_bounces=%d unsub=%d complaints=%d" % (
                iso_ms(t), ch(["May Heart Health Newsletter", "Flu Shot Reminder 2024", "New Cancer Pavilion"]), ri(40000, 90000),
                ri(39000, 89000), ri(100, 400), ri(100, 600), ri(20, 200), ri(0, 9)))
            return "esp-summary", b
        return "postfix", b
    p = person()
    if rnd() < 0.5:
        mx = ch([("gmail-smtp-in.l.google.com", "142.250.101.26"), ("mta7.am0.yahoodns.net", "67.195.204.72"),
                 ("outlook-com.olc.protection.outlook.com", "52.101.40.29"), ("mx1.comcast.net", "96.114.157.80")])
        st = ch(["bounced", "bounced", "deferred", "sent"])
        reason = {"bounced": "host %s[%s] said: 550-5.1.1 The email account that you tried to reach does not exist." % mx,
                  "deferred": "host %s[%s] said: 421 4.7.0 [TSS04] Messages from 198.51.100.25 temporarily deferred due to unexpected volume or user complaints" % mx,
                  "sent": "250 2.0.0 OK  %d %s.%d - gsmtp" % (epoch_ms(t) // 1000, hexs(12), ri(100, 999))}[st]
        b(hdr, "smtp[%d]: %s: to=<" % (ri(20000, 40000), qid), P(p["email"], "email"),
          ">, relay=%s[%s]:25, delay=%.1f, delays=0.1/0/0.4/0.7, dsn=%s, status=%s (%s)" % (
              mx[0], mx[1], rnd() * 3, {"bounced": "5.1.1", "deferred": "4.7.0", "sent": "2.0.0"}[st], st, reason))
        return "postfix", b
    o = [{"email": P(p["email"], "email"), "timestamp": epoch_ms(t) // 1000, "smtp-id": "<%s@mail.riverbendhealth.org>" % hexs(20),
          "event": ch(["bounce", "dropped", "bounce"]), "category": ["newsletter", ch(["heart-may", "flu-2024", "cancer-pavilion"])],
          "sg_event_id": base64.urlsafe_b64encode(bytes(random.getrandbits(8) for _ in range(16))).decode().rstrip("="),
          "sg_message_id": "%s.recvd-%s-%d-%d-0" % (hexs(22), hexs(10), ri(1, 40), ri(1, 9)),
          "reason": "550 5.1.1 <%s>: Recipient address rejected: User unknown" % "", "status": "5.1.1", "type": "bounce",
          "bounce_classification": "Invalid Address"}]
    # reason embeds the address again
    o[0]["reason"] = C("550 5.1.1 <", P(p["email"], "email"), ">: Recipient address rejected: User unknown")
    J(b, o)
    return "sendgrid-event", b


CONS_RR = RR(3)


def f_consent(phi, t):
    b = B()
    cats = {"C0001": True, "C0002": ch([True, False]), "C0003": ch([True, False]), "C0004": ch([True, False])}
    if not phi:
        if rnd() < 0.5:
            J(b, {"consentId": u4(), "identifier": "anon-%s" % u4(), "identifierType": "Cookie Unique Id",
                  "collectionPointId": "1a7c3e2d-5b21-4f6e-9c1e-%s" % hexs(12), "consentDate": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000),
                  "geolocation": "US-IL", "consentString": "1---", "purposes": [{"Id": k, "TransactionType": "CONFIRMED" if v_ else "OPT_OUT"} for k, v_ in cats.items()],
                  "policyVersion": "2024.04.1"})
            return "consent-receipt-json", b
        b("%s complianz: consent stored id=%d policy_id=%d functional=1 preferences=%d statistics=%d marketing=%d region=us ip=anonymized" % (
            t.strftime("%Y-%m-%d %H:%M:%S"), ri(480000, 520000), ri(10, 14), ri(0, 1), ri(0, 1), ri(0, 1)))
        return "complianz-log", b
    p = person()
    v = CONS_RR()
    if v == 0:
        b(t.strftime("%Y-%m-%d %H:%M:%S"), " complianz: consent stored id=%d policy_id=%d functional=1 preferences=%d statistics=%d marketing=%d region=us ip=" % (
            ri(480000, 520000), ri(10, 14), ri(0, 1), ri(0, 1), ri(0, 1)), P(p["ip"], "ip"))
        return "complianz-log", b
    if v == 1:
        J(b, {"consentId": u4(), "identifier": P(p["email"], "email"), "identifierType": "Email",
              "collectionPointId": "1a7c3e2d-5b21-4f6e-9c1e-%s" % hexs(12), "consentDate": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000),
              "geolocation": "US-IL", "purposes": [{"Id": k, "TransactionType": "CONFIRMED" if v_ else "OPT_OUT"} for k, v_ in cats.items()],
              "dsDataElements": {"FirstName": P(p["first"], "name"), "LastName": P(p["last"], "name")}, "policyVersion": "2024.04.1"})
        return "consent-receipt-json", b
    J(b, {"consentId": u4(), "identifier": "anon-%s" % u4(), "identifierType": "Cookie Unique Id",
          "consentDate": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000), "ipAddress": P(p["ip"], "ip"),
          "userAgent": ch(UAS), "purposes": [{"Id": k, "TransactionType": "CONFIRMED" if v_ else "OPT_OUT"} for k, v_ in cats.items()]})
    return "consent-receipt-json", b


def f_sys(phi, t):
    b = B()
    if phi:
        p = person()
        b(t.strftime("%Y/%m/%d %H:%M:%S"), " [error] %d#%d: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: " % (
            ri(1000, 3000), ri(1000, 3000), ri(10000, 999999)), P(p["ip"], "ip"),
          ", server: %s, request: \"POST /wp-admin/admin-ajax.php HTTP/2.0\", upstream: \"fastcgi://unix:/run/php/php8.2-fpm.sock:\", host: \"%s\", referrer: \"https://%s/request-an-appointment/\"" % (SITE, SITE, SITE))
        return "nginx-error", b
    k = ch(["nginx", "fpm", "wpcli", "certbot", "redis", "fpm2"])
    if k == "nginx":
        b(t.strftime("%Y/%m/%d %H:%M:%S"), " [warn] %d#%d: *%d an upstream response is buffered to a temporary file /var/cache/nginx/fastcgi_temp/%d/%02d/%010d while reading upstream, client: %s, server: %s, request: \"GET /wp-json/rb/v1/providers?per_page=100 HTTP/1.1\"" % (
            ri(1000, 3000), ri(1000, 3000), ri(10000, 999999), ri(0, 9), ri(0, 99), ri(1, 99999), priv_ip(), SITE))
        return "nginx-error", b
    if k == "fpm":
        b("[" + t.strftime("%d-%b-%Y %H:%M:%S") + "] WARNING: [pool www] server reached pm.max_children setting (%d), consider raising it" % ch([40, 60]))
        return "php-fpm", b
    if k == "fpm2":
        b("[" + t.strftime("%d-%b-%Y %H:%M:%S") + "] WARNING: [pool www] child %d, script '/var/www/html/index.php' (request: \"GET /index.php\") executing too slow (%.6f sec), logging" % (ri(1000, 30000), rnd() * 5 + 5))
        return "php-fpm", b
    if k == "wpcli":
        b("%s wp-cron[%d]: Success: Executed a total of %d cron events. (host=wp-%s, wp=6.5.3, php=8.2.18)" % (syslog_ts(t), ri(1000, 30000), ri(1, 12), ch(["a", "b"])))
        return "wp-cli", b
    if k == "certbot":
        b("%s,%03d:INFO:certbot._internal.renewal:Cert not yet due for renewal (expires %s, renew at %s) for /etc/letsencrypt/renewal/events.riverbendhealth.org.conf" % (
            t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, (TODAY + timedelta(days=ri(40, 80))).isoformat(), (TODAY + timedelta(days=ri(10, 39))).isoformat()))
        return "certbot", b
    b("%d:M %s.%03d * %d changes in %d seconds. Saving..." % (ri(1, 90), (t).strftime("%d %b %Y %H:%M:%S"), t.microsecond // 1000, ri(10, 10000), ch([60, 300])))
    return "redis", b


FAMILIES = [  # (fn, total, with_phi)
    (f_apache, 50, 24), (f_wpdebug, 28, 10), (f_gf, 38, 18), (f_drupal, 34, 14), (f_pino, 30, 15),
    (f_fad, 34, 10), (f_chat, 44, 24), (f_pixel, 26, 12), (f_ga4, 30, 14), (f_cf, 34, 18),
    (f_akamai, 28, 15), (f_crm, 36, 17), (f_mail, 32, 16), (f_consent, 26, 10), (f_sys, 30, 8),
]


def main():
    assert sum(f[1] for f in FAMILIES) == N_LINES
    slots = []
    for fn, tot, nphi in FAMILIES:
        slots += [(fn, True)] * nphi + [(fn, False)] * (tot - nphi)
    random.shuffle(slots)
    t = datetime(2024, 5, 13, 5, 0, 7, tzinfo=timezone.utc)
    lines, labels = [], []
    for i, (fn, phi) in enumerate(slots, 1):
        t = t + timedelta(seconds=ri(15, 360), microseconds=ri(0, 999999))
        fam, b = fn(phi, t)
        line, spans = render(b)
        assert bool(spans) == phi, (fam, phi, line[:200])
        lines.append(line)
        labels.append({"line": i, "family": fam, "spans": spans})
    assert len(lines) == N_LINES
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as f:
        for ln in lines:
            f.write(ln + "\n")
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
