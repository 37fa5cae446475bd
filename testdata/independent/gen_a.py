#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Deterministic generator for held-out PHI log corpus "A".

Writes a.log (one record per line, UTF-8) and a.labels.jsonl
({"line": N, "family": ..., "spans": [{"s", "e", "cat"}]}, byte offsets, e exclusive).

Offsets are tracked while each line is assembled (class B); nothing is searched
afterwards.  At the end every span is re-checked against the file read in binary mode.
All people and identifiers are synthetic.  Standard library only, no network.
"""

import base64
import collections
import datetime as dt
import json
import os
import random
import string
import sys
import unicodedata
import uuid

SEED = 20240405
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
LOG_PATH = os.path.join(HERE, "a.log")
LAB_PATH = os.path.join(HERE, "a.labels.jsonl")

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip",
        "biometric", "photo", "other_id"]
FAMILIES = ["rails", "django", "java", "gelf", "k8s", "cef", "yaml_ish", "email_hdr"]
LINES_PER_FAMILY = 75
PHI_RATE = 0.51
RAILS_SINGLE_PHI_RATE = 0.85
EMAIL_PHI_RATE = 0.6

# ----------------------------------------------------------------------------------------
# line builder with byte-offset tracking
# ----------------------------------------------------------------------------------------


class Txt:
    """A string value made of plain parts and (value, cat) PHI parts."""

    def __init__(self, *items):
        self.items = items

    def plain(self):
        out = []
        for it in self.items:
            if isinstance(it, tuple):
                out.append(it[0].plain() if isinstance(it[0], Txt) else str(it[0]))
            elif isinstance(it, Txt):
                out.append(it.plain())
            else:
                out.append(str(it))
        return "".join(out)


class F:
    __slots__ = ("k", "v", "c")

    def __init__(self, k, v, c=None):
        self.k, self.v, self.c = k, v, c


class Obj:
    def __init__(self, cls, fields, oneline=None):
        self.cls, self.fields, self.oneline = cls, fields, oneline


class B:
    def __init__(self):
        self.parts, self.spans, self.n = [], [], 0

    def t(self, s):
        s = str(s)
        self.parts.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, v, cat):
        assert cat in CATS, cat
        v = str(v)
        assert v and v == v.strip(), repr(v)
        nb = len(v.encode("utf-8"))
        self.spans.append((self.n, self.n + nb, cat, v))
        self.parts.append(v)
        self.n += nb
        return self

    def add(self, *items):
        for it in items:
            if isinstance(it, tuple):
                put(self, it[0], it[1], ident)
            elif isinstance(it, Txt):
                put(self, it, None, ident)
            else:
                self.t(it)
        return self

    def text(self):
        s = "".join(self.parts)
        assert "\n" not in s and "\r" not in s, s
        assert len(s.encode("utf-8")) == self.n
        return s


def ident(s):
    return s


def put(b, v, c, esc):
    if isinstance(v, Txt):
        for it in v.items:
            if isinstance(it, tuple):
                put(b, it[0], it[1], esc)
            elif isinstance(it, Txt):
                put(b, it, None, esc)
            else:
                b.t(esc(str(it)))
        return
    v = str(v)
    if c:
        e = esc(v)
        assert e == v, "PHI value would change under escaping: %r -> %r" % (v, e)
        b.p(v, c)
    else:
        b.t(esc(v))


def jenc(s, n):
    for _ in range(n):
        s = json.dumps(s, ensure_ascii=False)[1:-1]
    return s


def sq_safe(s):
    assert "'" not in s and "\\" not in s, s
    return s


def dq_safe(s):
    assert '"' not in s and "\\" not in s, s
    return s


def cef_safe(s):
    assert "=" not in s and "\\" not in s and "|" not in s and "\t" not in s and "^" not in s, s
    return s


# ----------------------------------------------------------------------------------------
# serialisers (all write through the builder)
# ----------------------------------------------------------------------------------------


def emit_json(b, fields, d=0, sp=False):
    """JSON object at string-nesting depth d (d=1: inside a JSON string, quotes are \\")."""
    q = jenc('"', d)
    comma, colon = (", ", ": ") if sp else (",", ":")
    b.t("{")
    for i, f in enumerate(fields):
        if i:
            b.t(comma)
        b.t(q + jenc(f.k, d + 1) + q + colon)
        v = f.v
        if isinstance(v, Obj):
            emit_json(b, v.fields, d, sp)
        elif v is None:
            b.t("null")
        elif isinstance(v, bool):
            b.t("true" if v else "false")
        elif isinstance(v, (int, float)):
            put(b, str(v), f.c, ident)
        else:
            b.t(q)
            put(b, v, f.c, lambda s: jenc(s, d + 1))
            b.t(q)
    b.t("}")


def emit_pydict(b, fields):
    b.t("{")
    for i, f in enumerate(fields):
        if i:
            b.t(", ")
        b.t("'%s': " % f.k)
        v = f.v
        if isinstance(v, Obj):
            emit_pydict(b, v.fields)
        elif v is None:
            b.t("None")
        elif isinstance(v, bool):
            b.t(str(v))
        elif isinstance(v, (int, float)):
            put(b, str(v), f.c, ident)
        else:
            b.t("'")
            put(b, v, f.c, sq_safe)
            b.t("'")
    b.t("}")


def emit_ruby(b, fields):
    b.t("{")
    for i, f in enumerate(fields):
        if i:
            b.t(", ")
        b.t('"%s"=>' % f.k)
        v = f.v
        if isinstance(v, Obj):
            emit_ruby(b, v.fields)
        elif v is None:
            b.t("nil")
        else:
            b.t('"')
            put(b, v if isinstance(v, Txt) else str(v), f.c, dq_safe)
            b.t('"')
    b.t("}")


def emit_lombok(b, cls, fields):
    b.t(cls + "(")
    for i, f in enumerate(fields):
        if i:
            b.t(", ")
        b.t(f.k + "=")
        v = f.v
        if isinstance(v, Obj):
            emit_lombok(b, v.cls or "Address", v.fields)
        elif v is None:
            b.t("null")
        else:
            put(b, v if isinstance(v, Txt) else str(v), f.c, ident)
    b.t(")")


def emit_javaide(b, cls, fields):
    b.t(cls + "{")
    for i, f in enumerate(fields):
        if i:
            b.t(", ")
        b.t(f.k + "=")
        v = f.v
        if isinstance(v, Obj):
            emit_javaide(b, v.cls or "Address", v.fields)
        elif v is None:
            b.t("null")
        elif isinstance(v, (int, float)) and not isinstance(v, bool):
            put(b, str(v), f.c, ident)
        else:
            b.t("'")
            put(b, v if isinstance(v, Txt) else str(v), f.c, sq_safe)
            b.t("'")
    b.t("}")


def goify(k):
    parts = k.replace("-", "_").split("_")
    return "".join(p[:1].upper() + p[1:] for p in parts if p)


def emit_go(b, fields):
    b.t("{")
    for i, f in enumerate(fields):
        if i:
            b.t(" ")
        b.t(goify(f.k) + ":")
        v = f.v
        if isinstance(v, Obj):
            emit_go(b, v.fields)
        elif v is None:
            b.t("<nil>")
        else:
            put(b, v if isinstance(v, Txt) else str(v), f.c, ident)
    b.t("}")


def yaml_needs_quote(s):
    return (not s or any(ch in s for ch in ",{}[]#&*!|>%@`\"'") or ": " in s
            or s[0] in "-?:" or s != s.strip())


def emit_yaml(b, fields):
    b.t("{")
    for i, f in enumerate(fields):
        if i:
            b.t(", ")
        b.t(f.k + ": ")
        v = f.v
        if isinstance(v, Obj):
            emit_yaml(b, v.fields)
        elif v is None:
            b.t("null")
        elif isinstance(v, (int, float)):
            put(b, str(v), f.c, ident)
        else:
            s = v.plain() if isinstance(v, Txt) else str(v)
            if yaml_needs_quote(s) or R.random() < 0.2:
                b.t('"')
                put(b, v, f.c, dq_safe)
                b.t('"')
            else:
                put(b, v, f.c, ident)
    b.t("}")


def emit_toml(b, fields):
    b.t("{ ")
    for i, f in enumerate(fields):
        if i:
            b.t(", ")
        b.t(f.k + " = ")
        v = f.v
        if isinstance(v, Obj):
            emit_toml(b, v.fields)
        elif v is None:
            b.t('""')
        elif isinstance(v, (int, float)):
            put(b, str(v), f.c, ident)
        else:
            b.t('"')
            put(b, v, f.c, dq_safe)
            b.t('"')
    b.t(" }")


def flatten(fields, sep="."):
    out = []
    for f in fields:
        if isinstance(f.v, Obj):
            for sub in flatten(f.v.fields, sep):
                out.append(F(f.k + sep + sub.k, sub.v, sub.c))
        else:
            out.append(f)
    return out


def oneline(fields):
    """Collapse nested address objects into a single 'street, city, ST zip' Txt value."""
    out = []
    for f in fields:
        if isinstance(f.v, Obj):
            out.append(F(f.k, f.v.oneline))
        else:
            out.append(f)
    return out


def emit_logfmt(b, fields, d=0):
    """logfmt; d=1 when the whole thing sits inside a JSON string."""
    q = jenc('"', d)
    esc = (lambda s: jenc(s, d)) if d else ident
    for i, f in enumerate(flatten(fields)):
        if i:
            b.t(" ")
        b.t(f.k + "=")
        v = f.v
        s = v.plain() if isinstance(v, Txt) else str(v)
        if v is None:
            b.t("null")
        elif any(ch in s for ch in ' ="') or not s:
            b.t(q)
            put(b, v, f.c, lambda x: esc(dq_safe(x)))
            b.t(q)
        else:
            put(b, v, f.c, esc)


# ----------------------------------------------------------------------------------------
# synthetic value generators
# ----------------------------------------------------------------------------------------

FIRST = {
    "en": ["Margaret", "Thomas", "Eleanor", "Graham", "Harriet", "Declan", "Rosalind", "Wesley",
           "Imogen", "Callum"],
    "es": ["José", "Lucía", "Mateo", "Ximena", "Joaquín", "Rocío", "Andrés", "Marisol", "Itzel",
           "Guadalupe"],
    "wa": ["Chiamaka", "Oluwaseun", "Kwabena", "Adaeze", "Kofi", "Abena", "Babajide", "Folasade",
           "Yaw", "Ngozi"],
    "sa": ["Priya", "Arjun", "Lakshmi", "Farhan", "Nandini", "Sanjeev", "Ishita", "Rohan",
           "Tahmina", "Venkat"],
    "ea": ["Mei", "Hiroshi", "Jae-won", "Linh", "Xiaoling", "Haruto", "Soo-ah", "Minh", "Yuki",
           "Jun-ho"],
    "sl": ["Katarzyna", "Dmitri", "Zoran", "Milena", "Bohdan", "Łukasz", "Jelena", "Oksana",
           "Radek", "Vesna"],
}
LAST = {
    "en": ["Whitfield", "Ashworth", "Pemberton", "Hollis", "Trevelyan", "Cartwright", "Bramley",
           "Fairbairn"],
    "es": ["Hernández", "Castillo", "Ruiz", "Villanueva", "Ochoa", "Montaño", "Quintero",
           "Salazar"],
    "wa": ["Okafor", "Adeyemi", "Mensah", "Asante", "Owusu", "Eze", "Boateng", "Olawale"],
    "sa": ["Raghunathan", "Chowdhury", "Iyer", "Deshpande", "Venkatesan", "Siddiqui",
           "Bhattacharya", "Nair"],
    "ea": ["Nakamura", "Nguyễn", "Park", "Zhang", "Takahashi", "Tran", "Huang", "Kwon"],
    "sl": ["Kowalczyk", "Petrović", "Novak", "Lysenko", "Wójcik", "Horvat", "Shevchenko",
           "Dvořák"],
}
ORIGINS = list(FIRST)

STREET_NAMES = ["Larkspur", "Willow Creek", "Magnolia", "Juniper", "Old Mill", "Cedar Ridge",
                "Harbor View", "Sycamore", "Ellsworth", "Quail Hollow", "Birchwood", "Kingsley",
                "Alder", "Marigold", "Tamarack", "Prairie Wind", "Lantana", "Osage"]
STREET_SFX = ["Ave", "St", "Rd", "Blvd", "Ln", "Dr", "Ct", "Way", "Pl", "Terrace"]
UNITS = ["Apt 3", "Unit 12B", "#204", "Apt 7C", "Apt 1402", "Unit 5", "Lot 18"]
CITIES = [("Oakland", "CA", "946"), ("Fresno", "CA", "937"), ("Tucson", "AZ", "857"),
          ("Dayton", "OH", "454"), ("Spokane", "WA", "992"), ("Worcester", "MA", "016"),
          ("Macon", "GA", "312"), ("El Paso", "TX", "799"), ("Toledo", "OH", "436"),
          ("Albuquerque", "NM", "871"), ("Rochester", "NY", "146"), ("Baton Rouge", "LA", "708"),
          ("Lansing", "MI", "489"), ("Boise", "ID", "837"), ("Chattanooga", "TN", "374"),
          ("Paterson", "NJ", "075")]
AREA_CODES = [212, 213, 215, 303, 305, 312, 404, 408, 415, 469, 480, 503, 510, 512, 520, 602, 614,
              617, 646, 702, 713, 718, 720, 773, 786, 804, 817, 832, 857, 901, 916, 919, 937, 949,
              971, 989, 205, 318, 479, 608]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "proton.me",
                 "aol.com", "comcast.net", "att.net", "ymail.com"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]
REF = dt.date(2024, 4, 5)

DRUGS = ["Metformin 500 mg", "Lisinopril 10 mg", "Atorvastatin 40 mg", "Amoxicillin 875 mg",
         "Warfarin 5 mg", "Levothyroxine 75 mcg", "Albuterol HFA", "Sertraline 50 mg",
         "Apixaban 5 mg", "Insulin glargine"]
ROLES = ["Attending Physician", "Charge Nurse", "Pharmacist", "Scheduler", "Resident",
         "Nurse Practitioner", "Registrar", "Case Manager", "Physician Assistant"]
FACILITIES = ["North Campus", "Riverside Clinic", "St. Brendan Annex", "Ward 4B",
              "Mercy Ridge Outpatient", "Lakeview Imaging"]
COMPONENTS = ["Spring", "Redis", "Hunter", "Kafka", "Jackson", "Sidekiq", "Hikari", "Celery",
              "Rails", "Tomcat", "Puma", "Netty"]
PRODUCTS = ["CareBridge Gateway", "Northwind EHR", "MedQueue", "ClaimPilot", "RxRelay"]


def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("đ", "d")
    s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    return s.replace("-", "").replace(" ", "").replace(".", "")


def rand_date(a, b):
    return a + dt.timedelta(days=R.randint(0, (b - a).days))


def fmt_date(d, style=None):
    style = style or R.choice(["iso", "iso", "iso", "us", "us", "dmy", "long", "compact", "dotted"])
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return "%02d/%02d/%d" % (d.month, d.day, d.year)
    if style == "dmy":
        return "%02d %s %d" % (d.day, MON[d.month - 1], d.year)
    if style == "long":
        return "%s %d, %d" % (MONTH[d.month - 1], d.day, d.year)
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "dotted":
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    raise ValueError(style)


def ssn_ok(s):
    d = s.replace("-", "")
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return len(d) == 9 and a != 0 and a != 666 and a < 900 and g != 0 and n != 0


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g, n = R.randint(1, 99), R.randint(1, 9999)
    sep = R.choice(["-", "-", "-", "-", ""])
    s = "%03d%s%02d%s%04d" % (a, sep, g, sep, n)
    assert ssn_ok(s)
    return s


def nanp_parts():
    while True:
        a = R.choice(AREA_CODES)
        e = R.randint(200, 999)
        if e % 100 == 11 or e == 555 or e == 950:
            continue
        return a, e, R.randint(0, 9999)


def phone():
    a, e, n = nanp_parts()
    return R.choice(["(%d) %d-%04d", "%d-%d-%04d", "%d.%d.%04d", "+1 %d %d %04d", "+1-%d-%d-%04d",
                     "%d%d%04d", "1-%d-%d-%04d"]) % (a, e, n)


def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card():
    kind = R.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        pre, ln = "4", 16
    elif kind == "mc":
        pre, ln = str(R.randint(51, 55)), 16
    elif kind == "mc2":
        pre, ln = str(R.randint(2221, 2720)), 16
    elif kind == "amex":
        pre, ln = R.choice(["34", "37"]), 15
    else:
        pre, ln = "6011", 16
    body = pre + digits(ln - 1 - len(pre))
    num = body + luhn_digit(body)
    assert luhn_ok(num) and len(num) == ln
    sep = R.choice(["", "", " ", "-"])
    if sep:
        if ln == 15:
            num = sep.join([num[:4], num[4:10], num[10:]])
        else:
            num = sep.join(num[i:i + 4] for i in range(0, 16, 4))
    return num


def bank_acct():
    return digits(R.randint(8, 12)).lstrip("0").rjust(9, "7")


def iban():
    cc = R.choice(["DE", "GB", "NL"])
    if cc == "DE":
        bban = digits(18)
    elif cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK"]) + digits(14)
    else:
        bban = R.choice(["ABNA", "RABO", "INGB"]) + digits(10)
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    s = "%s%02d%s" % (cc, 98 - int(num) % 97, bban)
    assert int("".join(str(int(ch, 36)) for ch in s[4:] + s[:4])) % 97 == 1
    if R.random() < 0.5:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
VIN_MAP = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                   [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_val(ch):
    return int(ch) if ch.isdigit() else VIN_MAP[ch]


def vin_ok(v):
    if len(v) != 17 or any(ch not in VIN_CHARS for ch in v):
        return False
    c = sum(vin_val(ch) * w for ch, w in zip(v, VIN_W)) % 11
    return v[8] == ("X" if c == 10 else str(c))


def vin():
    wmi = R.choice(["1HG", "1FT", "JTD", "WVW", "5YJ", "2T1", "KMH", "1G1", "3VW", "JHM", "4T1",
                    "1C4", "5NP", "WBA"])
    v = (wmi + "".join(R.choice(VIN_CHARS) for _ in range(5)) + "0"
         + R.choice("ABCDEFGHJKLMNPRSTVWXY123456789") + R.choice(VIN_CHARS) + digits(6))
    c = sum(vin_val(ch) * w for ch, w in zip(v, VIN_W)) % 11
    v = v[:8] + ("X" if c == 10 else str(c)) + v[9:]
    assert vin_ok(v)
    return v


def plate():
    L = lambda n: "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
    return R.choice([lambda: str(R.randint(1, 9)) + L(3) + digits(3),
                     lambda: L(3) + "-" + digits(4),
                     lambda: L(3) + " " + digits(4),
                     lambda: digits(3) + "-" + L(3),
                     lambda: L(2) + digits(2) + " " + L(3)])()


def imei():
    body = R.choice(["35332509", "35875408", "86403603", "01326300", "35391110", "35290611"]) + digits(6)
    s = body + luhn_digit(body)
    assert luhn_ok(s) and len(s) == 15
    return s


def mac():
    first = R.randrange(0, 256) & 0xFC
    octs = [first] + [R.randrange(0, 256) for _ in range(5)]
    sep = R.choice([":", ":", "-"])
    s = sep.join("%02X" % o for o in octs)
    return s if R.random() < 0.5 else s.lower()


def gtin14():
    body = "0" + R.choice(["0884838", "0381780", "0847536", "0643169", "0085412"]) + digits(5)
    tot = sum(int(ch) * (3 if i % 2 == 0 else 1) for i, ch in enumerate(reversed(body)))
    return body + str((10 - tot % 10) % 10)


def udi():
    exp = rand_date(dt.date(2025, 1, 1), dt.date(2029, 12, 31))
    return "(01)%s(17)%s(10)%s(21)%s" % (gtin14(), exp.strftime("%y%m%d"),
                                         "L" + digits(5), R.choice(["SN", "", "P"]) + digits(7))


def device_serial():
    return R.choice([lambda: "PMP" + digits(8),
                     lambda: "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(12)),
                     lambda: "SN-" + digits(4) + "-" + digits(5),
                     lambda: "CGM" + R.choice("ABCDEFGH") + digits(7),
                     lambda: "ICD" + digits(6) + R.choice("HKRS")])()


def dea():
    l1, l2 = R.choice("ABFGM"), R.choice("ABCDEFGHJKLMNPRSTWZ")
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return l1 + l2 + "".join(map(str, d)) + str(chk)


def drivers_license():
    return R.choice([lambda: R.choice("ABCDEFGHJKLMNPRSTVWY") + digits(7),             # CA-style
                     lambda: "%s %s %s" % (digits(3), digits(3), digits(3)),           # NY-style
                     lambda: str(R.randint(10000000, 49999999)),                       # TX-style
                     lambda: "%s%s-%s-%s-%s-%s" % (R.choice("BDHKMSW"), digits(3), digits(3),
                                                   digits(2), digits(3), digits(1)),   # FL-style
                     lambda: "WDL" + "".join(R.choice(string.ascii_uppercase + string.digits)
                                             for _ in range(9))])()


def prof_license():
    return R.choice([lambda: "RN" + digits(6), lambda: "RN-" + digits(7),
                     lambda: "LVN" + digits(6), lambda: "PT" + digits(7),
                     lambda: "MD.04" + digits(5), lambda: "A" + digits(5)])()


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + string.digits


def mbi():
    c = R.choice
    s = (c("123456789") + c(MBI_A) + c(MBI_AN) + c(string.digits) + c(MBI_A) + c(MBI_AN)
         + c(string.digits) + c(MBI_A) + c(MBI_A) + c(string.digits) + c(string.digits))
    if R.random() < 0.4:
        s = s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s


def member_id():
    return R.choice([lambda: "".join(R.choice(string.ascii_uppercase) for _ in range(3)) + digits(9),
                     lambda: "W" + digits(9),
                     lambda: "ZGP" + digits(8) + "01",
                     lambda: "M" + digits(10),
                     lambda: digits(3) + "-" + digits(2) + "-" + digits(5) + "-A"])()


def policy_no():
    return R.choice([lambda: "PLC" + digits(9), lambda: "HMO-" + digits(4) + "-" + digits(4),
                     lambda: "GRP" + digits(6) + "-" + digits(3)])()


def mrn():
    return R.choice([lambda: digits(8), lambda: "MRN" + digits(7), lambda: "MRN-" + digits(8),
                     lambda: R.choice("EHKM") + digits(7), lambda: "NW" + digits(9)])()


def passport():
    return R.choice([lambda: R.choice("ACEFGHJKLMN") + digits(8), lambda: digits(9),
                     lambda: "".join(R.choice(string.ascii_uppercase) for _ in range(2)) + digits(7)])()


def alien_no():
    d = digits(9)
    return R.choice(["A" + d, "A-%s-%s-%s" % (d[:3], d[3:6], d[6:]), "A" + d[1:]])


def portal_user(p):
    f, l = fold(p.first).lower(), fold(p.last).lower()
    return R.choice(["%s%s%02d" % (f[0], l, p.dob.year % 100), "%s.%s%d" % (f, l, R.randint(1, 99)),
                     "%s_%s" % (l, f), "%s%s%d" % (f, l[0], p.dob.year)])


def email(p):
    f, l = fold(p.first).lower(), fold(p.last).lower()
    local = R.choice(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s%s%d" % (f, l[0], R.randint(1, 99)),
                      "%s.%s" % (l, f), "%s_%s%02d" % (f, l, p.dob.year % 100),
                      "%s.%s%d" % (f, l, R.randint(1, 999))])
    return local + "@" + R.choice(EMAIL_DOMAINS)


def pub_ipv4():
    while True:
        a = R.randint(1, 223)
        if a in (10, 100, 127, 169, 172, 192, 198, 203):
            continue
        return "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def pub_ip():
    if R.random() < 0.8:
        return pub_ipv4()
    pre = R.choice(["2600:1700", "2a02:c7c", "2a01:4f8", "2607:fb90", "2804:14c", "2409:4042"])
    return pre + ":" + ":".join("%x" % R.randint(1, 0xffff) for _ in range(R.choice([2, 6])) )


def pub_ip_fix(s):
    # an IPv6 with only 4 groups must be compressed
    if ":" in s and s.count(":") < 7:
        head, tail = s.rsplit(":", 1)
        return head + "::" + tail
    return s


def priv_ip():
    return R.choice([lambda: "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                     lambda: "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254)),
                     lambda: "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254)),
                     lambda: "127.0.0.1",
                     lambda: "192.0.2.%d" % R.randint(1, 254),
                     lambda: "198.51.100.%d" % R.randint(1, 254),
                     lambda: "203.0.113.%d" % R.randint(1, 254),
                     lambda: "2001:db8::%x" % R.randint(1, 0xffff),
                     lambda: "fd00:%x::%x" % (R.randint(1, 0xffff), R.randint(1, 0xffff))])()


def b64(bs):
    return base64.b64encode(bs).decode("ascii")


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def biometric():
    kind = R.random()
    if kind < 0.5:   # ISO/IEC 19794-2 finger minutiae record header
        return b64(b"FMR\x00 20\x00" + rbytes(R.choice([64, 88, 112])))
    if kind < 0.75:  # ANSI 378
        return b64(b"FMR\x00 20\x00\x00\x00" + rbytes(R.choice([70, 94])))
    return b64(b"VPRT\x01\x00" + rbytes(R.choice([90, 120, 150])))  # voiceprint template


def photo(allow_uri=True):
    if R.random() < 0.5:
        raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + rbytes(R.choice([90, 120, 180]))
        mime = "jpeg"
    else:
        raw = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\xc0\x00\x00\x00\xc0\x08\x02" + rbytes(R.choice([90, 120, 180]))
        mime = "png"
    s = b64(raw)
    if allow_uri and R.random() < 0.6:
        return "data:image/%s;base64,%s" % (mime, s)
    return s


def person_url(p, query_ok=True):
    f, l = fold(p.first).lower(), fold(p.last).lower()
    r = R.random()
    if r < 0.28:
        return "https://www.facebook.com/%s.%s.%d" % (f, l, R.randint(1, 999))
    if r < 0.5:
        return "https://www.linkedin.com/in/%s-%s-%s" % (f, l, hexs(6))
    if r < 0.75 and query_ok:
        return "https://portal.northwind-health.example/chart?mrn=%s&dob=%s" % (digits(8), p.dob.isoformat())
    return "https://mychart.riverside-clinic.example/patients/%s/summary" % digits(8)


class Person:
    def __init__(self, old=False):
        o = R.choice(ORIGINS)
        self.first = R.choice(FIRST[o])
        self.last = R.choice(LAST[o if R.random() < 0.85 else R.choice(ORIGINS)])
        mi = R.choice("ABCDEFGHJKLMNPRSTW") if R.random() < 0.15 else None
        self.full = "%s %s. %s" % (self.first, mi, self.last) if mi else "%s %s" % (self.first, self.last)
        self.age = R.randint(90, 104) if old else R.randint(1, 89)
        self.dob = REF.replace(year=REF.year - self.age) - dt.timedelta(days=R.randint(0, 364))
        city, st, zp = R.choice(CITIES)
        unit = (" " + R.choice(UNITS)) if R.random() < 0.4 else ""
        self.street = "%d %s %s%s" % (R.randint(10, 9899), R.choice(STREET_NAMES), R.choice(STREET_SFX), unit)
        self.city, self.state = city, st
        self.zip = zp + digits(2) + (("-" + digits(4)) if R.random() < 0.25 else "")


def dos():
    return rand_date(dt.date(2024, 1, 2), dt.date(2024, 6, 28))


def appt():
    return rand_date(dt.date(2024, 4, 8), dt.date(2024, 7, 31))


# ----------------------------------------------------------------------------------------
# PHI record fields
# ----------------------------------------------------------------------------------------

K_FULL = ["patient_name", "pt_nm", "patientName", "fullName", "name", "insuredName", "memberName",
          "subscriber_name", "ptName", "guarantorName", "displayName", "nm"]
K_SPLIT = [("first_name", "last_name"), ("firstName", "lastName"), ("given", "family"),
           ("fname", "lname"), ("patFirst", "patSurname"), ("givenName", "familyName"),
           ("pt_first_nm", "pt_last_nm"), ("forename", "surname")]
K_LAST = ["last_name", "lastName", "surname", "patSurname", "family_name", "lname"]
K_DOB = ["dob", "birthDate", "dtOfBirth", "date_of_birth", "DOB", "birth_dt", "dateOfBirth", "bday", "ptDob"]
K_ADM = [("admitDate", "dischargeDate"), ("admission_date", "discharge_date"), ("admitDt", "dischDt"),
         ("adm_dt", "dc_dt")]
K_DEATH = ["dateOfDeath", "dod", "deceased_date", "deathDt"]
K_DOS = ["dos", "serviceDate", "visit_date", "apptDate", "date_of_service", "encounterDt"]
K_AGE = ["age", "ageYears", "pt_age", "ageAtVisit"]
K_PHONE = ["phone", "cell", "mobileNo", "homePhone", "contactNumber", "tel", "phone_number", "mobile", "cellPh"]
K_FAX = ["fax", "faxNo", "fax_number", "faxNum", "homeFax"]
K_EMAIL = ["email", "emailAddr", "contact_email", "mail", "e_mail", "emailAddress"]
K_SSN = ["ssn", "SSN", "socialSecurityNo", "ss_num", "soc_sec_no", "ssnFull"]
K_MRN = ["mrn", "MRN", "medicalRecordNumber", "chartNo", "patient_mrn", "mrNum", "medRecNo"]
K_MEMBER = ["memberId", "insuredId", "subscriberNo", "member_no", "subscriber_id", "healthPlanId", "insMemberNum"]
K_MBI = ["mbi", "medicareId", "medicare_mbi"]
K_POLICY = ["policyNumber", "policy_no", "polNum"]
K_CARD = ["cardNumber", "cc_num", "pan", "card_no", "ccNumber"]
K_BANK = ["bankAcct", "acctNo", "account_number", "dda_acct"]
K_IBAN = ["iban", "IBAN", "payerIban"]
K_DL = ["licenceNo", "driversLicense", "dlNumber", "dl_num", "drvLic"]
K_DEA = ["deaNumber", "prescriberDea", "dea_no"]
K_PROF = ["stateLicense", "nursingLicenseNo", "lic_no"]
K_VIN = ["vin", "VIN", "vehicleVin"]
K_PLATE = ["plateNumber", "licensePlate", "vehPlate", "plate_no"]
K_IMEI = ["imei", "deviceImei", "handsetImei"]
K_SERIAL = ["deviceSN", "serialNo", "pumpSerial", "cgm_serial", "implantSn"]
K_MAC = ["macAddr", "deviceMac", "bt_mac", "wearableMac"]
K_UDI = ["udi", "implantUdi", "deviceUDI"]
K_URL = ["profileUrl", "homepage", "link", "socialUrl", "chartLink"]
K_IP = ["ipAddr", "client_ip", "remoteAddr", "clientIp", "src_ip", "x_forwarded_for"]
K_BIO = ["fingerprintTemplate", "voiceprint", "fp_tmpl", "biometricTemplate", "palmTemplate"]
K_PHOTO = ["photo", "avatar", "facePhoto", "headshot", "idPhoto"]
K_PASS = ["passportNo", "passport_number", "ppt_no"]
K_ALIEN = ["alienRegNo", "a_number", "uscisNumber"]
K_PORTAL = ["portalUser", "username", "login", "portal_login"]

KIND_W = collections.OrderedDict([
    ("name", 10), ("dob", 6), ("address", 4), ("age", 3.2), ("phone", 4), ("fax", 2), ("email", 4),
    ("ssn", 4.5), ("mrn", 5), ("plan", 3.5), ("account", 3), ("license", 3), ("vehicle", 3.2),
    ("device", 3), ("url", 2.6), ("ip", 2.5), ("bio", 2.6), ("photo", 2.2), ("other", 3),
    ("date_other", 3.5)])


def fk(kind, p, ctx):
    """Fields for one PHI kind.  ctx: dict with 'ds' (forced date style), 'cef' (restricted)."""
    c = R.choice
    ds = ctx.get("ds")
    if kind == "name":
        r = R.random()
        if r < 0.5:
            return [F(c(K_FULL), p.full, "name")]
        if r < 0.88:
            kf, kl = c(K_SPLIT)
            return [F(kf, p.first, "name"), F(kl, p.last, "name")]
        return [F(c(K_LAST), p.last, "name")]
    if kind == "dob":
        return [F(c(K_DOB), fmt_date(p.dob, ds), "date")]
    if kind == "date_other":
        r = R.random()
        if r < 0.35:
            a = rand_date(dt.date(2023, 1, 3), dt.date(2024, 3, 20))
            d = a + dt.timedelta(days=R.randint(1, 21))
            ka, kd = c(K_ADM)
            st = ds or c(["iso", "us", "compact", "dmy"])
            return [F(ka, fmt_date(a, st), "date"), F(kd, fmt_date(d, st), "date")]
        if r < 0.5:
            return [F(c(K_DEATH), fmt_date(rand_date(dt.date(2023, 1, 1), dt.date(2024, 4, 1)), ds), "date")]
        return [F(c(K_DOS), fmt_date(dos(), ds), "date")]
    if kind == "age":
        v = p.age if R.random() < 0.6 else str(p.age)
        return [F(c(K_AGE), v, "age" if p.age > 89 else None)]
    if kind == "address":
        ks = c([("street", "city", "state", "zip"), ("line1", "city", "st", "postalCode"),
                ("addr1", "cityNm", "stateCd", "zip5"), ("street_address", "city", "state", "postal_code")])
        sub = [F(ks[0], p.street, "address"), F(ks[1], p.city, "address"), F(ks[2], p.state),
               F(ks[3], p.zip, "zip")]
        one = Txt((p.street, "address"), ", ", (p.city, "address"), ", ", p.state, " ", (p.zip, "zip"))
        r = R.random()
        if r < 0.5:
            return [F(c(["address", "homeAddr", "addr", "residence", "mailingAddress"]),
                      Obj("Address", sub, one))]
        if r < 0.75:
            return [F(c(["homeAddr", "address", "addr_line", "mailing_address"]), one)]
        return [F(c(["homeAddr", "street", "addressLine1", "addr1"]), p.street, "address"),
                F(c(["city", "homeCity", "town"]), p.city, "address"),
                F(c(["zip", "zipCode", "postal"]), p.zip, "zip")]
    if kind == "phone":
        return [F(c(K_PHONE), phone(), "phone")]
    if kind == "fax":
        return [F(c(K_FAX), phone(), "fax")]
    if kind == "email":
        return [F(c(K_EMAIL), email(p), "email")]
    if kind == "ssn":
        return [F(c(K_SSN), ssn(), "ssn")]
    if kind == "mrn":
        return [F(c(K_MRN), mrn(), "mrn")]
    if kind == "plan":
        r = R.random()
        if r < 0.55:
            return [F(c(K_MEMBER), member_id(), "health_plan")]
        if r < 0.8:
            return [F(c(K_MBI), mbi(), "health_plan")]
        return [F(c(K_POLICY), policy_no(), "health_plan")]
    if kind == "account":
        r = R.random()
        if r < 0.5:
            return [F(c(K_CARD), card(), "account")]
        if r < 0.75:
            return [F(c(K_BANK), bank_acct(), "account")]
        return [F(c(K_IBAN), iban(), "account")]
    if kind == "license":
        r = R.random()
        if r < 0.55:
            return [F(c(K_DL), drivers_license(), "license")]
        if r < 0.8:
            return [F(c(K_DEA), dea(), "license")]
        return [F(c(K_PROF), prof_license(), "license")]
    if kind == "vehicle":
        if R.random() < 0.5:
            return [F(c(K_VIN), vin(), "vehicle")]
        return [F(c(K_PLATE), plate(), "vehicle")]
    if kind == "device":
        r = R.random()
        if r < 0.3:
            return [F(c(K_IMEI), imei(), "device")]
        if r < 0.6:
            return [F(c(K_SERIAL), device_serial(), "device")]
        if r < 0.8:
            return [F(c(K_MAC), mac(), "device")]
        return [F(c(K_UDI), udi(), "device")]
    if kind == "url":
        return [F(c(K_URL), person_url(p, query_ok=not ctx.get("cef")), "url")]
    if kind == "ip":
        return [F(c(K_IP), pub_ip_fix(pub_ip()), "ip")]
    if kind == "bio":
        return [F(c(K_BIO), biometric(), "biometric")]
    if kind == "photo":
        return [F(c(K_PHOTO), photo(), "photo")]
    if kind == "other":
        r = R.random()
        if r < 0.4:
            return [F(c(K_PASS), passport(), "other_id")]
        if r < 0.65:
            return [F(c(K_ALIEN), alien_no(), "other_id")]
        return [F(c(K_PORTAL), portal_user(p), "other_id")]
    raise ValueError(kind)


def noise_field():
    c = R.choice
    k = R.randrange(26)
    if k == 0: return F(c(["requestId", "request_id", "correlationId", "x_request_id"]), uid())
    if k == 1: return F(c(["traceId", "trace_id"]), hexs(32))
    if k == 2: return F(c(["spanId", "span_id"]), hexs(16))
    if k == 3: return F(c(["orderId", "order_no"]), c(["ORD-%d" % R.randint(100000, 999999), digits(10)]))
    if k == 4: return F(c(["invoiceNo", "invoice_id"]), "INV-2024-%05d" % R.randint(1, 99999))
    if k == 5: return F("status", c(["active", "pending", "scheduled", "ok", "READY", "verified"]))
    if k == 6: return F(c(["durationMs", "elapsed_ms", "latency_ms"]), R.randint(1, 4000))
    if k == 7: return F(c(["appVersion", "version", "schemaVersion"]), "%d.%d.%d" % (R.randint(1, 9), R.randint(0, 40), R.randint(0, 20)))
    if k == 8: return F("port", c([5432, 6379, 8080, 8443, 9092, 443]))
    if k == 9: return F(c(["nodeIp", "upstream", "podIp"]), priv_ip())
    if k == 10: return F(c(["age", "ageYears"]), R.randint(18, 89))
    if k == 11: return F(c(["medication", "drug", "rx"]), c(DRUGS))
    if k == 12: return F(c(["role", "attendingRole", "userRole"]), c(ROLES))
    if k == 13: return F(c(["facility", "site"]), c(FACILITIES))
    if k == 14: return F(c(["dx", "icd10"]), c(["E11.9", "I10", "J45.909", "M54.5", "F41.1", "N18.3"]))
    if k == 15: return F(c(["etag", "sha256", "checksum"]), hexs(c([40, 64])))
    if k == 16: return F(c(["retries", "attempt"]), R.randint(0, 5))
    if k == 17: return F(c(["deployedAt", "build_date", "releaseDate"]), fmt_date(rand_date(dt.date(2023, 6, 1), dt.date(2024, 4, 1)), "iso"))
    if k == 18: return F(c(["certNotAfter", "cert_expiry"]), fmt_date(rand_date(dt.date(2024, 6, 1), dt.date(2027, 1, 1)), "iso"))
    if k == 19: return F("tenant", c(["northwind", "riverside", "mercy-ridge"]))
    if k == 20: return F(c(["locale", "lang"]), c(["en-US", "es-MX", "vi-VN", "pl-PL", "yo-NG"]))
    if k == 21: return F(c(["sex", "gender"]), c(["F", "M", "U"]))
    if k == 22: return F(c(["encounterType", "visit_type"]), c(["OUTPATIENT", "INPATIENT", "TELEHEALTH", "ED"]))
    if k == 23: return F(c(["copay", "amount_due"]), "%d.%02d" % (R.randint(0, 400), R.randint(0, 99)))
    if k == 24: return F(c(["component", "handler"]), c(COMPONENTS))
    return F(c(["payer", "plan_name"]), c(["Blue Meadow Health", "Sunrise Medicaid", "Acme PPO Gold"]))


def pick_kinds(n, exclude=()):
    kinds = [k for k in KIND_W if k not in exclude]
    w = [KIND_W[k] for k in kinds]
    out = []
    while len(out) < n:
        k = R.choices(kinds, w)[0]
        if k not in out:
            out.append(k)
    return out


def phi_record(ctx=None, n=None, exclude=(), noise=(1, 3)):
    ctx = ctx or {}
    if ctx.get("cef"):
        exclude = tuple(exclude) + ("bio", "photo")
    kinds = pick_kinds(n or R.randint(2, 5), exclude)
    if "name" not in kinds and R.random() < 0.6:
        kinds.insert(0, "name")
    elif "name" in kinds and R.random() < 0.7:
        kinds.remove("name")
        kinds.insert(0, "name")
    p = Person(old=("age" in kinds and R.random() < 0.85))
    fields = []
    for k in kinds:
        fields += fk(k, p, ctx)
    keys = {f.k for f in fields}
    for _ in range(R.randint(*noise)):
        nf = noise_field()
        if nf.k in keys or (nf.k in K_AGE and "age" in kinds):
            continue
        keys.add(nf.k)
        fields.insert(R.randint(1 if fields and fields[0].c == "name" else 0, len(fields)), nf)
    return p, fields


def clean_record(n=None):
    fields, keys = [], set()
    while len(fields) < (n or R.randint(2, 6)):
        nf = noise_field()
        if nf.k not in keys:
            keys.add(nf.k)
            fields.append(nf)
    return fields


# ----------------------------------------------------------------------------------------
# prose messages
# ----------------------------------------------------------------------------------------


def prose_phi(p=None, cef=False):
    p = p or Person()
    c = R.choice
    t = R.randrange(23)
    if t == 0:
        return Txt("patient ", (p.full, "name"), " checked in at kiosk ", str(R.randint(1, 9)))
    if t == 1:
        return Txt("eligibility check failed for member ", (member_id(), "health_plan"), " (",
                   (p.full, "name"), ", DOB ", (fmt_date(p.dob), "date"), ")")
    if t == 2:
        return Txt("SMS reminder queued to ", (phone(), "phone"), " for appt on ", (fmt_date(appt()), "date"))
    if t == 3:
        return Txt("discharge summary faxed to ", (phone(), "fax"), " for MRN ", (mrn(), "mrn"))
    if t == 4:
        return Txt("identity verified via passport ", (passport(), "other_id"), " for ", (p.full, "name"))
    if t == 5:
        q = Person(old=True)
        a = rand_date(dt.date(2024, 1, 2), dt.date(2024, 4, 4))
        return Txt((str(q.age), "age"), c(["-year-old patient admitted ", " y/o pt admitted "]),
                   (fmt_date(a), "date"), ", MRN ", (mrn(), "mrn"))
    if t == 6:
        return Txt("insulin pump ", (device_serial(), "device"), " paired with handset IMEI ", (imei(), "device"))
    if t == 7:
        return Txt("payment declined for card ", (card(), "account"), " exp %02d/%d" % (R.randint(1, 12), R.randint(25, 30)),
                   " (guarantor ", (p.full, "name"), ")")
    if t == 8:
        return Txt("parking validation plate ", (plate(), "vehicle"), " issued to ", (p.full, "name"))
    if t == 9:
        return Txt("address change for ", (p.last, "name"), ": ", (p.street, "address"), ", ",
                   (p.city, "address"), ", ", p.state, " ", (p.zip, "zip"))
    if t == 10:
        return Txt("portal login ok user ", (portal_user(p), "other_id"), " from ", (pub_ip_fix(pub_ip()), "ip"))
    if t == 11:
        return Txt("deceased flag set, date of death ", (fmt_date(rand_date(dt.date(2023, 5, 1), dt.date(2024, 4, 1))), "date"),
                   ", mrn ", (mrn(), "mrn"))
    if t == 12:
        return Txt("Hi ", (p.first, "name"), ", your appointment is confirmed for ",
                   (fmt_date(appt(), c(["long", "us"])), "date"), ". Reply STOP to opt out")
    if t == 13:
        return Txt("SSN mismatch for ", (p.last, "name"), ": submitted ", (ssn(), "ssn"))
    if t == 14:
        return Txt("statement emailed to ", (email(p), "email"), " (acct ", (bank_acct(), "account"), ")")
    if t == 15:
        return Txt("e-prescribe: prescriber DEA ", (dea(), "license"), " verified; ", c(DRUGS), " for ", (p.full, "name"))
    if t == 16:
        return Txt("accident intake: VIN ", (vin(), "vehicle"), ", patient ", (p.full, "name"),
                   ", insured id ", (member_id(), "health_plan"))
    if t == 17:
        return Txt("Medicare MBI ", (mbi(), "health_plan"), " active for ", (p.full, "name"))
    if t == 18 and not cef:
        return Txt("voiceprint enrolled for ", (p.full, "name"), ": ", (biometric(), "biometric"))
    if t == 19:
        return Txt("driver license ", (drivers_license(), "license"), " scanned at registration, ZIP ", (p.zip, "zip"))
    if t == 20:
        return Txt("new wearable ", (mac(), "device"), " registered to ", (email(p), "email"))
    if t == 21:
        return Txt("profile link ", (person_url(p, query_ok=not cef), "url"), " shared with care team")
    if t == 22 and not cef:
        return Txt("ID photo uploaded for ", (p.full, "name"), " ", (photo(), "photo"))
    return Txt("callback requested by ", (p.full, "name"), " at ", (phone(), "phone"))


def prose_clean():
    c = R.choice
    t = R.randrange(24)
    return [
        lambda: "cache warmup complete in %dms (entries=%d)" % (R.randint(20, 900), R.randint(100, 9000)),
        lambda: "%s formulary sync: %d NDCs updated" % (c(DRUGS), R.randint(1, 40)),
        lambda: "%s role granted to group ward-%d%s" % (c(ROLES), R.randint(1, 9), c("ABC")),
        lambda: "%s sign-off pending for order ORD-%d" % (c(ROLES), R.randint(100000, 999999)),
        lambda: "TLS certificate for api.northwind-health.example expires %s" % rand_date(dt.date(2024, 7, 1), dt.date(2026, 12, 31)).isoformat(),
        lambda: "deployed ehr-api v3.%d.%d (build %s, commit %s)" % (R.randint(0, 20), R.randint(0, 9), rand_date(dt.date(2024, 1, 1), dt.date(2024, 4, 4)).isoformat(), hexs(7)),
        lambda: "cohort filter: age %d outside range 50-64, record skipped" % R.randint(18, 49),
        lambda: "Hunter sweep removed %d stale sessions" % R.randint(0, 40),
        lambda: "Redis connection pool exhausted, retry in %ds" % R.randint(1, 60),
        lambda: "report for %s 2024 generated: %d encounters" % (c(["May", "March", "June"]), R.randint(100, 9999)),
        lambda: "HTTP 503 from upstream %s:8443 after %d retries" % (priv_ip(), R.randint(1, 5)),
        lambda: "scheduled maintenance window %s 02:00-04:00 UTC" % rand_date(dt.date(2024, 4, 10), dt.date(2024, 8, 30)).isoformat(),
        lambda: "Spring context refreshed with %d beans in %d ms" % (R.randint(120, 600), R.randint(300, 4000)),
        lambda: "Jackson ObjectMapper configured with JavaTimeModule",
        lambda: "batch claims-export-%s finished: %d rows, 0 errors" % (REF.strftime("%Y%m%d"), R.randint(100, 99999)),
        lambda: "invoice INV-2024-%05d posted, total %d.%02d USD" % (R.randint(1, 99999), R.randint(10, 9000), R.randint(0, 99)),
        lambda: "order %s shipped via ground carrier" % digits(10),
        lambda: "span %s exported to collector %s:4317" % (hexs(16), priv_ip()),
        lambda: "%s queue depth %d, lag %dms" % (c(["Kafka", "Sidekiq", "Celery"]), R.randint(0, 900), R.randint(1, 9000)),
        lambda: "triage protocol v%d.%d loaded for %s" % (R.randint(1, 5), R.randint(0, 9), c(FACILITIES)),
        lambda: "disk usage %d%% on db-%d" % (R.randint(90, 99), R.randint(1, 4)),
        lambda: "rate limit 120 req/min applied to client_id %s" % uid(),
        lambda: "%s dose check passed for order %s" % (c(DRUGS), uid()[:8]),
        lambda: "session %s expired after %d min idle" % (hexs(24), R.randint(15, 90)),
    ][t]()


# ----------------------------------------------------------------------------------------
# clock
# ----------------------------------------------------------------------------------------

CLOCK = [dt.datetime(2024, 4, 5, 9, 0, 0, tzinfo=dt.timezone.utc)]


def tick(lo=0.01, hi=4.0):
    CLOCK[0] += dt.timedelta(seconds=R.uniform(lo, hi))
    return CLOCK[0]


def ms3(t):
    return "%03d" % (t.microsecond // 1000)


# ----------------------------------------------------------------------------------------
# families
# ----------------------------------------------------------------------------------------

RAILS_PHI_ROUTES = [("POST", "/patients", "PatientsController#create", "patient"),
                    ("PATCH", "/intake/demographics", "Intake::DemographicsController#update", "intake"),
                    ("POST", "/api/v2/registrations", "Api::V2::RegistrationsController#create", "registration"),
                    ("PUT", "/portal/profile", "Portal::ProfilesController#update", "profile"),
                    ("POST", "/billing/guarantors", "Billing::GuarantorsController#create", "guarantor"),
                    ("POST", "/referrals", "ReferralsController#create", "referral")]
RAILS_CLEAN_ROUTES = [("GET", "/up", "Rails::HealthController#show", None),
                      ("GET", "/appointments?clinic_id=12&page=2", "AppointmentsController#index", None),
                      ("GET", "/dashboard", "DashboardController#show", None),
                      ("POST", "/api/v2/claims/batch", "Api::V2::ClaimsController#batch", None),
                      ("GET", "/formulary/search?q=metformin", "FormularyController#search", None)]


def g_rails():
    rid = uid()
    pid = R.choice([4412, 4419, 5120, 5127])
    out = []

    def L(lvl="INFO", tag=True):
        t = tick(0.002, 0.08)
        b = B()
        b.t("%s, [%s.%06d #%d] %5s -- : " % (lvl[0], t.strftime("%Y-%m-%dT%H:%M:%S"), t.microsecond, pid, lvl))
        if tag:
            b.t("[%s] " % rid)
        return b, t

    tick()
    if R.random() < 0.45:
        phi = R.random() < 0.9
        meth, path, ctl, root = R.choice(RAILS_PHI_ROUTES if phi else RAILS_CLEAN_ROUTES)
        b, t = L()
        loc = t - dt.timedelta(hours=7)
        ipi = (pub_ip_fix(pub_ip()), "ip") if (phi and R.random() < 0.75) else (priv_ip(), None)
        b.add('Started %s "%s" for ' % (meth, path), ipi, " at %s -0700" % loc.strftime("%Y-%m-%d %H:%M:%S"))
        out.append(b)
        b, _ = L()
        b.t("Processing by %s as %s" % (ctl, R.choice(["JSON", "HTML", "TURBO_STREAM"])))
        out.append(b)
        if phi:
            p, fields = phi_record()
            nphi = sum(1 for f in fields if f.c)
            if nphi > 1:
                fields = [F(f.k, "[FILTERED]") if (f.c in ("ssn", "account") and R.random() < 0.5) else f
                          for f in fields]
            params = []
            if R.random() < 0.5:
                params.append(F("authenticity_token", "[FILTERED]"))
            params.append(F(root, Obj(None, fields)))
            if R.random() < 0.5:
                params.append(F("commit", R.choice(["Save", "Update", "Submit", "Continue"])))
            b, _ = L()
            b.t("  Parameters: ")
            emit_ruby(b, params)
            out.append(b)
            sqlf = [f for f in fields if f.c in ("email", "ssn", "mrn", "phone") and not isinstance(f.v, Obj)]
            if sqlf and R.random() < 0.6:
                f = R.choice(sqlf)
                col = "".join("_" + ch.lower() if ch.isupper() else ch for ch in f.k).lstrip("_")
                b, _ = L()
                b.add('  Patient Exists? (%.1fms)  SELECT 1 AS one FROM "patients" WHERE "patients"."%s" = $1 LIMIT $2  [["%s", "'
                      % (R.uniform(0.2, 3), col, col), (f.v, f.c), '"], ["LIMIT", 1]]')
                out.append(b)
            code = R.choice(["201 Created", "200 OK", "302 Found", "422 Unprocessable Content"])
        else:
            if "?" in path:
                q = dict(kv.split("=") for kv in path.split("?")[1].split("&"))
                b, _ = L()
                b.t("  Parameters: ")
                emit_ruby(b, [F(k, v) for k, v in q.items()])
                out.append(b)
            code = R.choice(["200 OK", "200 OK", "304 Not Modified"])
        b, _ = L()
        b.t("Completed %s in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)"
            % (code, R.randint(3, 900), R.uniform(0, 40), R.uniform(0, 90), R.randint(300, 60000)))
        out.append(b)
        return out

    phi = R.random() < RAILS_SINGLE_PHI_RATE
    b, t = L(R.choice(["INFO", "INFO", "WARN", "DEBUG"]), tag=R.random() < 0.7)
    k = R.randrange(6)
    if phi:
        p = Person()
        if k == 0:
            contact = email(p) if R.random() < 0.5 else phone()
            ccat = "email" if "@" in contact else "phone"
            b.add("Performing AppointmentReminderJob (Job ID: %s) from Sidekiq(mailers) enqueued at %sZ with arguments: \""
                  % (uid(), t.strftime("%Y-%m-%dT%H:%M:%S")), (p.full, "name"), '", "',
                  (contact, ccat), '", "', (fmt_date(appt(), "iso"), "date"), '"')
        elif k == 1:
            b.add("Redirected to ", (person_url(p), "url"))
        elif k == 2:
            b.add("Sent mail to ", (email(p), "email"), " (%.1fms)" % R.uniform(20, 900))
        elif k == 3:
            col = R.choice(["cell_phone", "home_phone", "fax_number"])
            b.add('  Patient Update (%.1fms)  UPDATE "patients" SET "%s" = $1 WHERE "patients"."id" = $2  [["%s", "'
                  % (R.uniform(0.3, 4), col, col), (phone(), "fax" if col.startswith("fax") else "phone"),
                  '"], ["id", %d]]' % R.randint(1000, 99999))
        elif k == 4:
            b.add("[PatientMatcher] possible duplicate: ", (p.full, "name"), " dob=", (fmt_date(p.dob, "iso"), "date"),
                  " vs existing MRN ", (mrn(), "mrn"))
        else:
            b.add("[Intake] ", prose_phi(p))
    else:
        if k == 0:
            b.t("  Rendered %s within layouts/application (Duration: %.1fms | Allocations: %d)"
                % (R.choice(["patients/index.html.erb", "appointments/_slot.html.erb", "dashboard/show.html.erb"]),
                   R.uniform(0.5, 50), R.randint(100, 9000)))
        elif k == 1:
            b.t('  Appointment Count (%.1fms)  SELECT COUNT(*) FROM "appointments" WHERE "appointments"."clinic_id" = $1  [["clinic_id", %d]]'
                % (R.uniform(0.2, 9), R.randint(1, 40)))
        elif k == 2:
            b.t('Performing ReindexJob (Job ID: %s) from Sidekiq(default) enqueued at %sZ with arguments: %d, "orders"'
                % (uid(), t.strftime("%Y-%m-%dT%H:%M:%S"), R.randint(100, 9999)))
        elif k == 3:
            b.t("Puma starting in cluster mode... Version 6.4.2 (ruby 3.2.3-p157), codename: The Eagle of Durango, workers: %d"
                % R.choice([2, 4, 8]))
        elif k == 4:
            b.t("Read fragment views/dashboard/index:%s (%.1fms)" % (hexs(32), R.uniform(0.1, 3)))
        else:
            b.t(prose_clean())
    out.append(b)
    return out


def g_django():
    t = tick()
    style = R.random()
    ms = ms3(t)
    ts = t.strftime("%Y-%m-%d %H:%M:%S")

    def pre(b, lvl, logger):
        if style < 0.55:
            b.t("%s,%s %s [%s] " % (ts, ms, lvl, logger))
        elif style < 0.8:
            b.t("[%s,%s: %s/ForkPoolWorker-%d] " % (ts, ms, lvl, R.randint(1, 8)))
        else:
            b.t("%s %s,%s %s %d %d " % (lvl, ts, ms, logger.split(".")[-1], R.randint(100, 999), R.randint(139900000000000, 139999999999999)))

    b = B()
    phi = R.random() < PHI_RATE
    k = R.randrange(6)
    if phi:
        if k == 0:
            pre(b, R.choice(["INFO", "DEBUG"]), R.choice(["ehr.views", "intake.api", "ehr.services.registration"]))
            _, fields = phi_record()
            b.t(R.choice(["created patient ", "updating record ", "intake payload: ", "match candidate: "]))
            emit_pydict(b, fields)
        elif k == 1:
            p = Person()
            if R.random() < 0.5:
                pre(b, "ERROR", "ehr.forms")
            what = R.random()
            if what < 0.4:
                b.add("ValueError: invalid DOB '", (fmt_date(p.dob), "date"), "' for patient '", (p.full, "name"), "'")
            elif what < 0.7:
                b.add("ValueError: could not parse phone '", (phone(), "phone"), "' for member '", (p.full, "name"), "'")
            else:
                _, fields = phi_record(noise=(0, 1))
                b.t("KeyError: 'mrn' missing in ")
                emit_pydict(b, fields)
        elif k == 2:
            p = Person()
            pre(b, "INFO", "celery.app.trace")
            b.add("Task ehr.tasks.send_sms[%s] args=('" % uid(), (phone(), "phone"), "', 'Hi ", (p.first, "name"),
                  ", your visit on ", (fmt_date(appt(), "us"), "date"), " is confirmed') kwargs=")
            emit_pydict(b, [F("mrn", mrn(), "mrn"), F("retry", R.random() < 0.5)])
        elif k == 3:
            pre(b, "ERROR", "django.request")
            col, val, cat = R.choice([("ssn", ssn(), "ssn"), ("email", email(Person()), "email"), ("mrn", mrn(), "mrn")])
            b.add('django.db.utils.IntegrityError: duplicate key value violates unique constraint "ehr_patient_%s_key" DETAIL:  Key (%s)=('
                  % (col, col), (val, cat), ") already exists.")
        elif k == 4:
            pre(b, "INFO", "ehr.audit")
            p = Person()
            b.add("audit actor=svc_portal action=view patient=", (p.full, "name"), " mrn=", (mrn(), "mrn"),
                  " ip=", (pub_ipv4(), "ip"), " dur=%dms" % R.randint(2, 400))
        else:
            pre(b, R.choice(["INFO", "WARNING"]), R.choice(["ehr.notifications", "ehr.billing"]))
            b.add(prose_phi(Person()))
    else:
        if k == 0:
            pre(b, "INFO", "django.server")
            b.t('"%s" %d %d' % (R.choice(["GET /healthz HTTP/1.1", "GET /static/admin/css/base.css HTTP/1.1",
                                         "POST /api/v1/claims/batch HTTP/1.1"]), R.choice([200, 200, 304, 202]), R.randint(2, 9000)))
        elif k == 1:
            pre(b, "INFO", "celery.app.trace")
            b.t("Task ehr.tasks.%s[%s] succeeded in %.3fs: None" % (R.choice(["rebuild_search_index", "export_claims", "purge_sessions"]), uid(), R.uniform(0.01, 30)))
        elif k == 2:
            b.t("  Applying ehr.%04d_auto_%s_%02d%02d... OK" % (R.randint(10, 99), rand_date(dt.date(2023, 1, 1), dt.date(2024, 3, 30)).strftime("%Y%m%d"), R.randint(0, 23), R.randint(0, 59)))
        elif k == 3:
            pre(b, R.choice(["WARNING", "INFO"]), R.choice(["django.security.csrf", "gunicorn.error"]))
            b.t(R.choice(["Forbidden (CSRF token missing.): /api/intake/", "Booting worker with pid: %d" % R.randint(100, 9999),
                          "Scheduler: Sending due task nightly-claims-export (ehr.tasks.export_claims)"]))
        elif k == 4:
            pre(b, "DEBUG", R.choice(["ehr.reports", "ehr.cohorts"]))
            b.t(R.choice(["cohort stats ", "order snapshot ", "settings "]))
            emit_pydict(b, clean_record())
        else:
            pre(b, R.choice(["INFO", "ERROR"]), "ehr.jobs")
            b.t(R.choice([prose_clean(), "ValueError: invalid literal for int() with base 10: 'N/A'"]))
    return [b]


JAVA_LOGGERS = ["c.n.ehr.service.PatientService", "c.n.ehr.web.IntakeController", "c.n.ehr.repo.PatientRepository",
                "c.n.ehr.client.MemberEligibilityClient", "o.h.type.descriptor.sql.BasicBinder",
                "c.n.ehr.batch.HunterJob", "o.s.b.w.embedded.tomcat.TomcatWebServer", "com.zaxxer.hikari.HikariDataSource",
                "o.a.k.c.c.internals.ConsumerCoordinator", "c.n.ehr.EhrApplication"]


def g_java():
    t = tick()
    b = B()

    def pre(lvl, logger, thread=None):
        thread = thread or R.choice(["nio-8080-exec-%d" % R.randint(1, 10), "main", "scheduling-1", "kafka-consumer-1", "task-3"])
        b.t("%s.%sZ %5s 1 --- [ehr-api] [%15s] %-40s : " % (t.strftime("%Y-%m-%dT%H:%M:%S"), ms3(t), lvl, thread[-15:], logger))

    phi = R.random() < PHI_RATE
    k = R.randrange(6)
    if phi:
        if k == 0:
            pre(R.choice(["INFO", "DEBUG"]), "c.n.ehr.service.PatientService")
            _, fields = phi_record({"ds": "iso"}, exclude=("photo", "bio"))
            fields.insert(0, F("id", R.randint(1000, 999999)))
            b.t(R.choice(["Saving ", "Updated ", "Loaded ", "Merging "]))
            emit_lombok(b, R.choice(["Patient", "PatientDto", "Member", "Guarantor"]), fields)
        elif k == 1:
            pre("DEBUG", "c.n.ehr.repo.PatientRepository")
            _, fields = phi_record({"ds": "iso"})
            b.t("found ")
            emit_javaide(b, R.choice(["Patient", "PatientEntity", "Subscriber"]), fields)
        elif k == 2:
            pre("TRACE", "o.h.type.descriptor.sql.BasicBinder")
            p = Person()
            typ, val, cat = R.choice([("VARCHAR", p.last, "name"), ("VARCHAR", p.first, "name"), ("DATE", p.dob.isoformat(), "date"),
                                      ("VARCHAR", ssn(), "ssn"), ("VARCHAR", email(p), "email"), ("VARCHAR", mrn(), "mrn"),
                                      ("VARCHAR", p.street, "address"), ("VARCHAR", phone(), "phone")])
            b.add("binding parameter [%d] as [%s] - [" % (R.randint(1, 12), typ), (val, cat), "]")
        elif k == 3:
            p = Person()
            w = R.random()
            if w < 0.3:
                b.add("java.lang.IllegalArgumentException: Invalid birthDate '", (fmt_date(p.dob, "us"), "date"),
                      "' for patient ", (p.full, "name"))
            elif w < 0.55:
                d = fmt_date(p.dob, "us")
                b.add("com.fasterxml.jackson.databind.exc.InvalidFormatException: Cannot deserialize value of type `java.time.LocalDate` from String \"",
                      (d, "date"), "\": Text '", (d, "date"), "' could not be parsed at index 0 (through reference chain: com.northwind.ehr.dto.PatientDto[\"birthDate\"])")
            elif w < 0.8:
                col, val, cat = R.choice([("email", email(p), "email"), ("ssn", ssn(), "ssn"), ("member_id", member_id(), "health_plan")])
                b.add('Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "uk_patient_%s"  Detail: Key (%s)=('
                      % (col, col), (val, cat), ") already exists.")
            else:
                b.add("c.n.ehr.exception.PatientNotFoundException: no patient with MRN ", (mrn(), "mrn"), " and DOB ",
                      (p.dob.isoformat(), "date"))
        elif k == 4:
            pre("INFO", "c.n.ehr.client.MemberEligibilityClient")
            p = Person()
            b.add("eligibility check insuredId=", (member_id(), "health_plan"), " subscriber=", (p.full, "name"),
                  " result=%s plan=%s latency=%dms" % (R.choice(["ACTIVE", "TERMED", "PENDING"]), R.choice(["PPO", "HMO", "EPO"]), R.randint(20, 2000)))
        else:
            pre(R.choice(["INFO", "WARN"]), R.choice(["c.n.ehr.web.IntakeController", "c.n.ehr.service.NotificationService"]))
            b.add(prose_phi(Person()))
    else:
        if k == 0:
            pre("INFO", "c.n.ehr.EhrApplication", "main")
            b.t(R.choice(["Started EhrApplication in %.3f seconds (process running for %.3f)" % (R.uniform(4, 12), R.uniform(12, 14)),
                          "Spring Data repositories scanning in %d ms. Found %d JPA repository interfaces." % (R.randint(40, 300), R.randint(5, 30)),
                          "The following 1 profile is active: \"prod\""]))
        elif k == 1:
            lg, msg = R.choice([("o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat initialized with port 8080 (http)"),
                                ("com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed."),
                                ("o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port 8443 (https) with context path ''")])
            pre("INFO", lg, "main")
            b.t(msg)
        elif k == 2:
            b.t(R.choice(["\tat com.northwind.ehr.service.PatientService.update(PatientService.java:%d)" % R.randint(40, 400),
                          "\tat org.springframework.aop.framework.ReflectiveMethodInvocation.proceed(ReflectiveMethodInvocation.java:184)",
                          "\t... %d common frames omitted" % R.randint(3, 90),
                          "java.net.SocketTimeoutException: Read timed out",
                          "\tat com.northwind.ehr.batch.HunterJob.execute(HunterJob.java:%d)" % R.randint(20, 200)]))
        elif k == 3:
            pre("INFO", "c.n.ehr.batch.HunterJob", "scheduling-1")
            b.t("Hunter sweep found %d orphaned encounters in %dms" % (R.randint(0, 20), R.randint(5, 900)))
        elif k == 4:
            pre("DEBUG", R.choice(["c.n.ehr.service.OrderService", "c.n.ehr.config.AppConfig"]))
            b.t(R.choice(["persisted ", "config "]))
            fields = clean_record()
            if R.random() < 0.5:
                emit_lombok(b, R.choice(["Order", "ClaimBatch", "AppProperties"]), fields)
            else:
                emit_javaide(b, R.choice(["Order", "InventoryItem", "ServerConfig"]), fields)
        else:
            pre(R.choice(["INFO", "WARN"]), R.choice(["o.a.k.c.c.internals.ConsumerCoordinator", "c.n.ehr.service.PatientService"]))
            b.t(R.choice([prose_clean(), "[Consumer clientId=consumer-ehr-1, groupId=ehr] Adding newly assigned partitions: patient-events-0, patient-events-1"]))
    return [b]


GELF_HOSTS = ["ehr-api-7", "intake-worker-2", "portal-web-1", "billing-svc-3"]


def gelf_key(k, snake):
    if snake:
        k = "".join("_" + ch.lower() if ch.isupper() else ch for ch in k).lstrip("_")
    return "_" + k


def gelf_fields(fields):
    snake = R.random() < 0.3
    return [F(gelf_key(f.k, snake), f.v, f.c) for f in flatten(fields, "_")]


def g_gelf():
    t = tick()
    phi = R.random() < PHI_RATE
    head = [F("version", "1.1"), F("host", R.choice(GELF_HOSTS))]
    tail = [F("timestamp", float("%d.%s" % (int(t.timestamp()), ms3(t)))), F("level", R.choice([3, 4, 6, 6, 7]))]
    extra = [F("_facility", R.choice(["ehr", "intake", "portal", "billing"]))]
    if R.random() < 0.5:
        extra.append(F("_trace_id", hexs(32)))
    if phi:
        w = R.random()
        if w < 0.45:
            p, fields = phi_record(noise=(0, 2))
            fields = gelf_fields(fields)
            msg = [F("short_message", R.choice(["patient upsert", "eligibility response", "intake submitted", "record merged", "demographics changed"]))]
        elif w < 0.8:
            p = Person()
            msg = [F("short_message", prose_phi(p))]
            fields = gelf_fields(phi_record(n=1, noise=(0, 1))[1]) if R.random() < 0.5 else []
        else:
            p = Person()
            d = fmt_date(p.dob, "iso")
            msg = [F("short_message", "Validation failed"),
                   F("full_message", Txt("javax.validation.ConstraintViolationException: birthDate ", (d, "date"),
                                         " does not match payer record for patient ", (p.full, "name"),
                                         "\n\tat com.northwind.ehr.validation.PatientValidator.check(PatientValidator.java:%d)\n\tat com.northwind.ehr.service.PatientService.save(PatientService.java:%d)" % (R.randint(20, 90), R.randint(40, 300))))]
            fields = [F("_patient_surname", p.last, "name")] if R.random() < 0.5 else []
        allf = head + msg + tail + extra + fields
    else:
        w = R.random()
        if w < 0.5:
            msg = [F("short_message", prose_clean())]
        elif w < 0.75:
            msg = [F("short_message", "Unhandled exception"),
                   F("full_message", "java.net.ConnectException: Connection refused: %s:%d\n\tat java.base/sun.nio.ch.Net.connect0(Native Method)\n\tat io.netty.channel.socket.nio.NioSocketChannel.doConnect(NioSocketChannel.java:337)" % (priv_ip(), R.choice([5432, 6379, 9092])))]
        else:
            msg = [F("short_message", R.choice(["GET /api/v1/formulary 200", "POST /api/v1/claims 202", "health check ok"]))]
        cl = gelf_fields(clean_record(R.randint(1, 4)))
        allf = head + msg + tail + extra + cl
    seen, uniq = set(), []
    for f in allf:
        if f.k.lower().replace("_", "") not in seen:
            seen.add(f.k.lower().replace("_", ""))
            uniq.append(f)
    b = B()
    emit_json(b, uniq, 0, sp=R.random() < 0.2)
    return [b]


K8S_PODS = ["intake-api-6f7c9d8b5-x2k4q", "ehr-sync-7d9f8b6c5-qm8zt", "portal-bff-5c6d7f9b8-h4n2w"]


def g_k8s():
    t = tick()
    phi = R.random() < PHI_RATE
    b = B()
    b.t('{"log":"')
    w = R.random()
    inner_ts = "%s.%sZ" % (t.strftime("%Y-%m-%dT%H:%M:%S"), ms3(t))
    if w < 0.55:   # zap / pino JSON inside the log string (escaped)
        if R.random() < 0.5:
            head = [F("level", R.choice(["info", "debug", "warn", "error"])), F("ts", float("%d.%s" % (int(t.timestamp()), ms3(t)))),
                    F("caller", R.choice(["intake/handler.go:88", "sync/worker.go:214", "api/patient.go:61"]))]
        else:
            head = [F("level", R.choice([30, 30, 40, 50])), F("time", int(t.timestamp() * 1000)), F("pid", 1),
                    F("hostname", R.choice(K8S_PODS))]
        if phi:
            _, fields = phi_record()
            wrap = R.choice(["user", "patient", "subject", "member", None])
            body = [F(wrap, Obj(None, fields))] if wrap else fields
            msg = [F("msg", R.choice(["registered", "upsert patient", "sync ok", "payload received"]))]
        else:
            body = clean_record()
            msg = [F("msg", R.choice(["request completed", prose_clean(), "cache refreshed", "leader elected"]))]
        emit_json(b, head + msg + body, 1)
    elif w < 0.8:  # plain text app line
        b.t(inner_ts + " " + R.choice(["INFO ", "WARN ", "DEBUG"]) + " [%s] " % R.choice(["intake", "sync", "portal"]))
        if phi:
            put(b, prose_phi(), None, lambda s: jenc(s, 1))
        else:
            put(b, R.choice([prose_clean(), prose_clean(), "eth0 link up mac=02:42:ac:11:00:%02x mtu=1500" % R.randint(2, 40)]), None, lambda s: jenc(s, 1))
    else:          # logfmt app line
        b.t('time=\\"%s\\" level=%s ' % (inner_ts, R.choice(["info", "warning"])))
        if phi:
            _, fields = phi_record(noise=(0, 2))
            emit_logfmt(b, [F("msg", R.choice(["intake stored", "match found", "notify queued"]))] + fields, d=1)
        else:
            emit_logfmt(b, [F("msg", prose_clean())] + clean_record(), d=1)
    b.t('\\n","stream":"%s","time":"%s.%09dZ"}' % (R.choice(["stdout", "stdout", "stderr"]), t.strftime("%Y-%m-%dT%H:%M:%S"),
                                                    t.microsecond * 1000 + R.randint(0, 999)))
    return [b]


def cef_kv(b, items, sep=" ", esc=cef_safe):
    for i, (k, v, c) in enumerate(items):
        if i:
            b.t(sep)
        b.t(k + "=")
        put(b, v, c, esc)


def g_cef():
    t = tick()
    phi = R.random() < PHI_RATE
    b = B()
    host = R.choice(["audit01", "fw-edge-2", "siem-relay"])
    b.t("%s %2d %s %s " % (MON[t.month - 1], t.day, t.strftime("%H:%M:%S"), host))
    rt = str(int(t.timestamp() * 1000))
    leef = R.random() < 0.35
    if phi:
        p, fields = phi_record({"cef": True}, n=R.randint(1, 4), noise=(0, 0))
        fields = oneline(fields)
        items = []
        if R.random() < 0.65:
            items.append(("src", pub_ipv4(), "ip"))
        else:
            items.append(("src", priv_ip(), None))
        items += [("spt", str(R.randint(1024, 65535)), None), ("dst", priv_ip(), None), ("dpt", "443", None)]
        if R.random() < 0.4:
            items.append(("duser", portal_user(p), "other_id"))
        items.append(("suser", R.choice(["svc_portal", "svc_ehr_sync", "svc_hl7_bridge"]), None))
        if leef:
            items += [(f.k, f.v, f.c) for f in fields]
            if R.random() < 0.3:
                items.append(("msg", prose_phi(p, cef=True), None))
        else:
            for i, f in enumerate(fields[:6]):
                items += [("cs%dLabel" % (i + 1), f.k, None), ("cs%d" % (i + 1), f.v, f.c)]
            if R.random() < 0.3:
                items.append(("msg", prose_phi(p, cef=True), None))
        items.append(("act", R.choice(["view", "export", "print", "update"])))
        items = [(x[0], x[1], x[2] if len(x) > 2 else None) for x in items]
        sig, nm = R.choice([("PHI-ACCESS", "Patient chart viewed"), ("PHI-EXPORT", "Record exported"),
                            ("BTG", "Break-the-glass access"), ("PORTAL-LOGIN", "Portal sign-in")])
    else:
        items = [("src", priv_ip(), None), ("spt", str(R.randint(1024, 65535)), None), ("dst", priv_ip(), None),
                 ("dpt", str(R.choice([22, 443, 5432, 6379, 3389])), None), ("proto", R.choice(["TCP", "UDP"]), None),
                 ("suser", R.choice(["svc_backup", "svc_monitor", "svc_ehr_sync"]), None)]
        extra = R.choice([[("cs1Label", "policy", None), ("cs1", "db-segment-deny", None)],
                          [("fileHash", hexs(64), None), ("fname", "claims_export_%s.csv" % REF.strftime("%Y%m%d"), None)],
                          [("cs2Label", "certNotAfter", None), ("cs2", rand_date(dt.date(2024, 7, 1), dt.date(2026, 12, 31)).isoformat(), None)],
                          [("msg", prose_clean(), None)],
                          [("cn1Label", "bytesOut", None), ("cn1", str(R.randint(100, 9999999)), None)]])
        items += extra
        sig, nm = R.choice([("13", "Deny"), ("IDS-2031", "Port scan detected"), ("CERT-EXP", "Certificate nearing expiry"),
                            ("AUTH-OK", "Service account login"), ("DLP-0", "Scan clean")])
        items.append(("act", R.choice(["deny", "allow", "alert"]), None))
    if leef:
        if R.random() < 0.5:
            b.t("LEEF:1.0|Northwind|PortalGateway|2.4.1|%s|" % sig)
            cef_kv(b, [("devTime", "%s %02d %d %s.%s UTC" % (MON[t.month - 1], t.day, t.year, t.strftime("%H:%M:%S"), ms3(t)), None)] + items, sep="\t")
        else:
            b.t("LEEF:2.0|Northwind|PortalGateway|2.4.1|%s|^|" % sig)
            cef_kv(b, [("devTime", rt, None)] + items, sep="^")
    else:
        prod = "EHR Audit|3.2.1" if phi else R.choice(["EdgeFirewall|7.2.4", "NetSentry IDS|5.0.1", "CertWatch|1.8.0"])
        b.t("CEF:0|Northwind|%s|%s|%s|%d|" % (prod, sig, nm, R.randint(1, 9)))
        cef_kv(b, [("rt", rt, None)] + items)
    return [b]


def g_yaml():
    t = tick()
    phi = R.random() < PHI_RATE
    b = B()
    w = R.random()
    if w < 0.45:   # Go %+v
        b.t("%s %s: " % (t.strftime("%Y/%m/%d %H:%M:%S"), R.choice(["intake.go:88", "sync/worker.go:214", "store/patient.go:41"])))
        if phi:
            _, fields = phi_record(exclude=())
            b.t(R.choice(["upsert patient ", "decoded ", "enqueue ", "record="]) + R.choice(["&", ""]))
            emit_go(b, fields)
        else:
            b.t(R.choice(["config loaded ", "server settings ", "order "]) + R.choice(["&", ""]))
            emit_go(b, R.choice([[F("Addr", ":8443"), F("ReadTimeout", "5s"), F("WriteTimeout", "10s"),
                                  F("TLS", Obj(None, [F("CertFile", "/etc/tls/tls.crt"), F("NotAfter", "%s 00:00:00 +0000 UTC" % rand_date(dt.date(2024, 8, 1), dt.date(2026, 12, 31)).isoformat())])),
                                  F("Redis", Obj(None, [F("Host", priv_ip()), F("Port", 6379), F("DB", R.randint(0, 15))]))],
                                 clean_record()]))
    elif w < 0.75:  # flow YAML
        b.t("%s.%sZ %s " % (t.strftime("%Y-%m-%dT%H:%M:%S"), ms3(t), R.choice(["DEBUG", "INFO "])))
        if phi:
            _, fields = phi_record()
            b.t(R.choice(["payload: ", "- patient: ", "subject: ", "member: "]))
            emit_yaml(b, fields)
        else:
            b.t(R.choice(["server: ", "job: ", "- order: "]))
            emit_yaml(b, clean_record())
    else:           # TOML-ish inline tables
        b.t("%s [cfg] " % t.strftime("%Y-%m-%d %H:%M:%S"))
        if phi:
            _, fields = phi_record()
            b.t(R.choice(["patient", "guarantor", "emergency_contact", "record"]) + " = ")
            emit_toml(b, fields)
        else:
            b.t(R.choice(["database", "worker", "release"]) + " = ")
            emit_toml(b, R.choice([[F("host", priv_ip()), F("port", 5432), F("pool", R.randint(5, 50))], clean_record()]))
    return [b]


MX = ["mx1", "mx2", "smtp-relay-1"]


def g_email():
    t = tick()
    phi = R.random() < EMAIL_PHI_RATE
    b = B()
    qid = "".join(R.choice("0123456789ABCDEF") for _ in range(10))
    if R.random() < 0.55:  # postfix
        b.t("%s %2d %s %s " % (MON[t.month - 1], t.day, t.strftime("%H:%M:%S"), R.choice(MX)))
        k = R.randrange(4)
        if phi:
            p = Person()
            if k == 0:
                b.add("postfix/smtpd[%d]: connect from unknown[" % R.randint(1000, 9999), (pub_ipv4(), "ip"), "]")
            elif k == 1:
                b.add("postfix/qmgr[%d]: %s: from=<" % (R.randint(1000, 9999), qid), (email(p), "email"),
                      ">, size=%d, nrcpt=1 (queue active)" % R.randint(900, 90000))
            elif k == 2:
                b.add("postfix/smtp[%d]: %s: to=<" % (R.randint(1000, 9999), qid), (email(p), "email"),
                      ">, relay=smtp-out.northwind.internal[%s]:25, delay=%.1f, delays=0.1/0/0.2/%.1f, dsn=2.0.0, status=sent (250 2.0.0 OK)"
                      % (priv_ip(), R.uniform(0.2, 9), R.uniform(0.1, 5)))
            else:
                b.add("postfix/smtpd[%d]: NOQUEUE: reject: RCPT from unknown[" % R.randint(1000, 9999), (pub_ipv4(), "ip"),
                      "]: 550 5.1.1 <", (email(p), "email"), ">: Recipient address rejected: User unknown in virtual mailbox table")
        else:
            if k == 0:
                b.t("postfix/smtpd[%d]: connect from app-%d.internal[%s]" % (R.randint(1000, 9999), R.randint(1, 9), priv_ip()))
            elif k == 1:
                b.t("postfix/cleanup[%d]: %s: message-id=<%s@portal.northwind-health.example>" % (R.randint(1000, 9999), qid, uid()))
            elif k == 2:
                b.t("postfix/qmgr[%d]: %s: from=<%s@northwind-health.example>, size=%d, nrcpt=%d (queue active)"
                    % (R.randint(1000, 9999), qid, R.choice(["noreply", "alerts", "billing", "postmaster"]), R.randint(900, 90000), R.randint(1, 40)))
            else:
                b.t("postfix/smtp[%d]: %s: to=<%s@northwind-health.example>, relay=none, delay=%.2f, dsn=4.4.1, status=deferred (connect to %s[%s]:25: Connection timed out)"
                    % (R.randint(1000, 9999), qid, R.choice(["it-ops", "oncall", "mailer-daemon"]), R.uniform(0, 300), "mx.partner.example", priv_ip()))
    else:  # pasted headers
        b.t("%s.%sZ mail-ingest[%d]: hdr " % (t.strftime("%Y-%m-%dT%H:%M:%S"), ms3(t), R.randint(10, 999)))
        k = R.randrange(6)
        if phi:
            p = Person()
            if k == 0:
                b.add(R.choice(["From", "To", "Reply-To", "Cc"]), ': "', (p.full, "name"), '" <', (email(p), "email"), ">")
            elif k == 1:
                b.add("To: ", (p.full, "name"), " <", (email(p), "email"), ">, care-team@northwind-health.example")
            elif k == 2:
                b.add("Subject: Lab results for ", (p.full, "name"), " (DOB ", (fmt_date(p.dob, "us"), "date"), ")")
            elif k == 3:
                b.add("Subject: Re: appointment on ", (fmt_date(dos(), R.choice(["us", "long"])), "date"), " - MRN ", (mrn(), "mrn"))
            elif k == 4:
                hdr = R.choice(["X-Patient-Phone: ", "X-Callback: ", "X-Fax-To: "])
                b.add(hdr, (phone(), "fax" if "Fax" in hdr else "phone"))
            else:
                ip = pub_ipv4()
                if R.random() < 0.5:
                    b.add("Received: from [", (ip, "ip"), "] (helo=laptop) by mx1.northwind-health.example with esmtpsa id %s; %s"
                          % (qid, t.strftime("%a, %d %b %Y %H:%M:%S +0000")))
                else:
                    b.add("X-Originating-IP: [", (ip, "ip"), "]")
        else:
            if k == 0:
                b.t("Message-ID: <%s@mx1.northwind-health.example>" % uid())
            elif k == 1:
                b.t("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=northwind-health.example; s=mail2024; bh=%s; b=%s"
                    % (b64(rbytes(32)), b64(rbytes(48))))
            elif k == 2:
                b.t('From: "%s" <%s@northwind-health.example>' % R.choice([("Northwind Billing", "billing"), ("Riverside Clinic Scheduling", "scheduling"),
                                                                      ("Patient Portal", "noreply"), ("Mercy Ridge Pharmacy", "pharmacy")]))
            elif k == 3:
                b.t("Subject: " + R.choice(["[ALERT] disk usage %d%% on db-%d" % (R.randint(90, 99), R.randint(1, 4)),
                                            "May newsletter: flu shot clinic hours", "[Nagios] PROBLEM: ehr-api-7 HTTP latency",
                                            "Your statement for invoice INV-2024-%05d" % R.randint(1, 99999)]))
            elif k == 4:
                b.t("Date: %s" % t.strftime("%a, %d %b %Y %H:%M:%S +0000"))
            else:
                b.t(R.choice(["X-Mailer: Postfix 3.8.4", 'Content-Type: multipart/alternative; boundary="%s"' % hexs(28),
                              "Received: from app-3.internal (app-3.internal [%s]) by mx1.northwind-health.example (Postfix) with ESMTP id %s" % (priv_ip(), qid)]))
    return [b]


GEN = {"rails": g_rails, "django": g_django, "java": g_java, "gelf": g_gelf, "k8s": g_k8s,
       "cef": g_cef, "yaml_ish": g_yaml, "email_hdr": g_email}


# ----------------------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------------------


def main():
    quota = {f: LINES_PER_FAMILY for f in FAMILIES}
    records = []   # (family, text, spans)
    while any(q > 0 for q in quota.values()):
        fam = R.choice([f for f in FAMILIES if quota[f] > 0])
        for b in GEN[fam]():
            text = b.text()
            spans = sorted(b.spans)
            for (s1, e1, _, _), (s2, e2, _, _) in zip(spans, spans[1:]):
                assert e1 <= s2, "overlapping spans in %r" % text
            records.append((fam, text, spans))
            quota[fam] -= 1

    with open(LOG_PATH, "w", encoding="utf-8", newline="\n") as fh:
        for _, text, _ in records:
            fh.write(text + "\n")
    with open(LAB_PATH, "w", encoding="utf-8", newline="\n") as fh:
        for i, (fam, _, spans) in enumerate(records, 1):
            fh.write(json.dumps({"line": i, "family": fam,
                                 "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]},
                                ensure_ascii=False) + "\n")

    # ---- verification: re-read both files in binary mode --------------------------------
    with open(LOG_PATH, "rb") as fh:
        raw = fh.read()
    assert raw.endswith(b"\n")
    lines = raw[:-1].split(b"\n")
    assert len(lines) == len(records), (len(lines), len(records))
    with open(LAB_PATH, "rb") as fh:
        labs = [json.loads(x) for x in fh.read().decode("utf-8").splitlines()]
    assert len(labs) == len(lines)
    cat_counts, fam_spans, fam_lines, fam_clean = (collections.Counter() for _ in range(4))
    for i, (lb, line, (fam, _, spans)) in enumerate(zip(labs, lines, records), 1):
        line.decode("utf-8")
        assert b"\r" not in line
        assert lb["line"] == i and lb["family"] == fam
        assert len(lb["spans"]) == len(spans)
        for sp, (s, e, c, v) in zip(lb["spans"], spans):
            assert (sp["s"], sp["e"], sp["cat"]) == (s, e, c)
            got = line[sp["s"]:sp["e"]]
            assert got == v.encode("utf-8"), "line %d: %r != %r" % (i, got, v)
            # value validity checks
            if c == "ssn":
                assert ssn_ok(v), v
            if c == "vehicle" and len(v) == 17 and v.isalnum():
                assert vin_ok(v), v
            if c == "device" and v.isdigit() and len(v) == 15:
                assert luhn_ok(v), v
            if c == "account" and v.replace(" ", "").replace("-", "").isdigit() and len(v.replace(" ", "").replace("-", "")) in (15, 16):
                assert luhn_ok(v), v
            if c == "age":
                assert v.isdigit() and int(v) > 89, v
            cat_counts[c] += 1
            fam_spans[fam] += 1
        fam_lines[fam] += 1
        if not spans:
            fam_clean[fam] += 1

    print("lines: %d  clean: %d (%.1f%%)  spans: %d" % (len(lines), sum(fam_clean.values()),
                                                       100.0 * sum(fam_clean.values()) / len(lines), sum(cat_counts.values())))
    print("per category:")
    for c in CATS:
        print("  %-12s %4d" % (c, cat_counts[c]))
    print("per family (lines / clean / spans):")
    for f in FAMILIES:
        print("  %-10s %4d %4d %5d" % (f, fam_lines[f], fam_clean[f], fam_spans[f]))
    missing = [c for c in CATS if not cat_counts[c]]
    assert not missing, missing
    print("verification OK")


if __name__ == "__main__":
    main()
