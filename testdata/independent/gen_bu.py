#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
gen_bu.py -- deterministic generator for the held-out PHI test corpus "bu".

Theme: a home health & hospice agency ("BrightPath Home Health & Hospice")
running a PHP stack on a Heroku-like platform.  Router lines, Papertrail /
logplex syslog prefixes, Laravel + Monolog, Symfony, CodeIgniter, PHP-FPM,
MySQL slow/error logs, queue workers, cron scripts, Twilio and DocuSign
webhooks, caregiver-app EVV check-ins, scheduling and payroll exports.

Writes next to itself:
  bu.log            exactly 500 lines
  bu.labels.jsonl   {"line": N, "family": ..., "spans": [{"s","e","cat"}]}
Offsets are UTF-8 byte offsets, end exclusive.  Every line is built from
segments; labelled segments record their offsets as the line is built.

Standard library only; fixed seed; deterministic.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import unicodedata
from urllib.parse import quote, quote_plus

SEED = 4271118
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
TARGET_PHI_LINES = 225          # ~45% with PHI, ~55% without
REF = dt.date(2024, 11, 18)     # "today" for the log

# =====================================================================
# segment model
# =====================================================================


class Lab:
    """A labelled segment: text as it is written in the line + category."""
    __slots__ = ("cat", "s", "num")

    def __init__(self, cat, s, num=False):
        self.cat = cat
        self.s = str(s)
        self.num = num


def lab(cat, s):
    return Lab(cat, s)


def labn(cat, n):
    """labelled number (rendered bare in JSON)"""
    return Lab(cat, n, num=True)


class S:
    """A composite string value made of plain and labelled parts."""

    def __init__(self, *parts):
        self.parts = flat(list(parts))


def flat(x, out=None):
    if out is None:
        out = []
    if isinstance(x, (str, Lab)):
        out.append(x)
    elif isinstance(x, S):
        out.extend(x.parts)
    elif isinstance(x, (list, tuple)):
        for y in x:
            flat(y, out)
    elif isinstance(x, bool):
        raise TypeError("bool in text")
    elif isinstance(x, (int, float)):
        out.append(str(x))
    elif x is None:
        pass
    else:
        raise TypeError(repr(type(x)))
    return out


def pmap(parts, fn):
    """apply an escaping function to every part, keeping labels"""
    out = []
    for p in flat(parts):
        if isinstance(p, str):
            out.append(fn(p))
        else:
            out.append(Lab(p.cat, fn(p.s)))
    return out


def plain(parts):
    return "".join(p if isinstance(p, str) else p.s for p in flat(parts))


class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def add(self, *xs):
        for p in flat(list(xs)):
            if isinstance(p, str):
                self.buf += p.encode("utf-8")
            else:
                b = p.s.encode("utf-8")
                assert b, "empty labelled value"
                s = len(self.buf)
                self.buf += b
                self.spans.append((s, len(self.buf), p.cat, bytes(b)))
        return self


# ---------- encoders that keep labels ----------

def jesc(s, ue=False, se=False):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "/" and se:
            out.append("\\/")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif o < 0x20:
            out.append("\\u%04x" % o)
        elif o > 0x7E and ue:
            if o > 0xFFFF:
                o -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)))
            else:
                out.append("\\u%04x" % o)
        else:
            out.append(ch)
    return "".join(out)


def J(o, ue=False, se=False, sp=False):
    """JSON-encode into parts.  ue: escape non-ASCII (PHP default), se: escape '/'."""
    c = ", " if sp else ","
    k = ": " if sp else ":"
    if isinstance(o, Lab):
        if o.num:
            return [Lab(o.cat, o.s)]
        return ['"', Lab(o.cat, jesc(o.s, ue, se)), '"']
    if isinstance(o, S):
        return ['"'] + pmap(o.parts, lambda t: jesc(t, ue, se)) + ['"']
    if o is True:
        return ["true"]
    if o is False:
        return ["false"]
    if o is None:
        return ["null"]
    if isinstance(o, int):
        return [str(o)]
    if isinstance(o, float):
        return [repr(o)]
    if isinstance(o, str):
        return ['"' + jesc(o, ue, se) + '"']
    if isinstance(o, dict):
        if not o:
            return ["[]"]          # PHP empty array
        out = ["{"]
        for i, (kk, v) in enumerate(o.items()):
            if i:
                out.append(c)
            out.append('"' + jesc(kk, ue, se) + '"' + k)
            out += J(v, ue, se, sp)
        out.append("}")
        return out
    if isinstance(o, list):
        out = ["["]
        for i, v in enumerate(o):
            if i:
                out.append(c)
            out += J(v, ue, se, sp)
        out.append("]")
        return out
    raise TypeError(repr(o))


def qp(t):
    return quote_plus(t, safe="")


def qpath(t):
    return quote(t, safe="")


def form(pairs):
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append("&")
        out.append(qp(k) + "=")
        out += pmap(v, qp)
    return out


def qs(pairs):
    """query string with %20-style quoting"""
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append("&")
        out.append(k + "=")
        out += pmap(v, qpath)
    return out


def csvf(v):
    parts = flat(v)
    text = plain(parts)
    if any(ch in text for ch in ',"\n'):
        return ['"'] + pmap(parts, lambda t: t.replace('"', '""')) + ['"']
    return parts


def csvrow(fields):
    out = []
    for i, f in enumerate(fields):
        if i:
            out.append(",")
        out += csvf(f)
    return out


def sq(v, style="std"):
    """SQL single-quoted literal"""
    if style == "bs":
        fn = lambda t: t.replace("\\", "\\\\").replace("'", "\\'")
    else:
        fn = lambda t: t.replace("'", "''")
    return ["'"] + pmap(v, fn) + ["'"]


def php_ser_str(v):
    """PHP serialize() of a string: s:<bytes>:"...";"""
    parts = flat(v)
    n = len(plain(parts).encode("utf-8"))
    return ['s:%d:"' % n] + parts + ['";']


# =====================================================================
# clock
# =====================================================================


class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 11, 18, 13, 2, 11, 402113, tzinfo=dt.timezone.utc)

    def tick(self):
        self.t += dt.timedelta(microseconds=R.randint(40_000, 38_000_000))
        return self.t

    def iso(self):
        return self.t.strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")

    def isoz(self):
        return self.t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def isoms(self):
        return self.t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (self.t.microsecond // 1000)

    def iso_s(self):
        return self.t.strftime("%Y-%m-%dT%H:%M:%SZ")

    def lar(self):
        return self.t.strftime("%Y-%m-%d %H:%M:%S")

    def sys(self):
        return self.t.strftime("%b %d %H:%M:%S")

    def php(self):
        return self.t.strftime("%d-%b-%Y %H:%M:%S")

    def ngx(self):
        return self.t.strftime("%d/%b/%Y:%H:%M:%S +0000")

    def epoch(self):
        return int(self.t.timestamp())


CLK = Clock()

# =====================================================================
# random helpers
# =====================================================================

HEX = "0123456789abcdef"


def hx(n):
    return "".join(R.choice(HEX) for _ in range(n))


def uuid4():
    return "%s-%s-4%s-%s%s-%s" % (hx(8), hx(4), hx(3), R.choice("89ab"), hx(3), hx(12))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def b64(nbytes, prefix=b""):
    return base64.b64encode(prefix + bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


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
    return luhn_digit(num[:-1]) == num[-1]


def card_number():
    kind = R.random()
    if kind < 0.45:
        body = "4" + digits(14)
    elif kind < 0.75:
        body = "5" + R.choice("12345") + digits(13)
    elif kind < 0.9:
        body = "3" + R.choice("47") + digits(12)
    else:
        body = "6011" + digits(11)
    n = body + luhn_digit(body)
    assert luhn_ok(n)
    return n


def fmt_card(n):
    if len(n) == 15:
        return "%s %s %s" % (n[:4], n[4:10], n[10:])
    return " ".join(n[i:i + 4] for i in range(0, 16, 4))


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
YEAR_CODE = {2008: "8", 2009: "9", 2010: "A", 2011: "B", 2012: "C", 2013: "D", 2014: "E", 2015: "F",
             2016: "G", 2017: "H", 2018: "J", 2019: "K", 2020: "L", 2021: "M", 2022: "N", 2023: "P"}


def vin(wmi, year):
    v = list(wmi + "".join(R.choice(VIN_CH) for _ in range(5)) + "0" + YEAR_CODE[year]
             + R.choice(VIN_CH) + digits(6))
    tot = 0
    for i, ch in enumerate(v):
        val = int(ch) if ch.isdigit() else VIN_TR[ch]
        tot += val * VIN_W[i]
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    p = [R.choice("123456789"), R.choice(MBI_A), R.choice(MBI_AN), R.choice("0123456789"),
         R.choice(MBI_A), R.choice(MBI_AN), R.choice("0123456789"), R.choice(MBI_A),
         R.choice(MBI_A), R.choice("0123456789"), R.choice("0123456789")]
    return "".join(p)


def imei():
    body = R.choice(["35391110", "35875011", "35332811", "86769204", "35467211"]) + digits(6)
    return body + luhn_digit(body)


def mac(oui):
    return oui + ":" + ":".join("%02X" % R.randint(0, 255) for _ in range(3))


def iban(country):
    if country == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + digits(6) + digits(8)
    else:
        bban = digits(8) + digits(10)
    rearr = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    chk = 98 - int(num) % 97
    s = "%s%02d%s" % (country, chk, bban)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def sin_ca():
    body = R.choice("1234567") + digits(7)
    n = body + luhn_digit(body)
    return "%s %s %s" % (n[:3], n[3:6], n[6:])


CURP_DICT = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp(last, first, dob, sex):
    def letters(s):
        s = asciify(s).upper()
        return "".join(ch for ch in s if ch.isalpha()) or "X"
    l1 = letters(last)
    vowel = next((ch for ch in l1[1:] if ch in "AEIOU"), "X")
    f = letters(first)
    base = l1[0] + vowel + R.choice("ABCDEGHLMNRSTV") + f[0]
    base += dob.strftime("%y%m%d") + ("M" if sex == "F" else "H")
    base += R.choice(["DF", "JC", "NL", "GT", "MC", "PL", "CH", "ZS", "MN"])
    cons = "BCDFGHJKLMNPQRSTVWXZ"
    base += R.choice(cons) + R.choice(cons) + R.choice(cons)
    base += "0" if dob.year < 2000 else "A"
    tot = sum(CURP_DICT.index(ch) * (18 - i) for i, ch in enumerate(base))
    return base + str((10 - tot % 10) % 10)


def nino():
    return R.choice(["AB", "CE", "HP", "JK", "NX", "PR", "SW", "WL"]) + digits(6) + R.choice("ABCD")


def npi():
    body = R.choice("12") + digits(8)
    return body + luhn_digit("80840" + body)


def dea(last_initial):
    d = [R.randint(0, 9) for _ in range(6)]
    chk = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10
    return R.choice("ABF") + last_initial.upper() + "".join(map(str, d)) + str(chk)


PUBLIC_FIRST = [24, 47, 67, 68, 70, 71, 72, 73, 75, 76, 96, 97, 98, 99, 104, 107, 108, 136, 162, 166,
                173, 184, 208, 209]


def public_ip():
    return "%d.%d.%d.%d" % (R.choice(PUBLIC_FIRST), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def carrier_ip():     # caregiver phones on mobile carriers (staff: never labelled)
    return R.choice(["172.58.%d.%d", "172.56.%d.%d", "174.205.%d.%d", "174.208.%d.%d", "107.77.%d.%d"]) % (
        R.randint(0, 255), R.randint(1, 254))


def priv_ip():
    return R.choice(["10.1.%d.%d", "10.0.%d.%d", "172.17.%d.%d", "192.168.%d.%d"]) % (R.randint(0, 40), R.randint(2, 250))


OFFICE_IPS = ["12.218.44.130", "12.218.44.131", "66.76.102.9"]       # agency offices (org, unlabelled)
MONITOR_IPS = ["54.187.36.112", "3.101.44.87", "35.163.2.190"]
TWILIO_IPS = ["54.172.60.%d" % i for i in (2, 17, 40, 113, 201)]
DOCUSIGN_IPS = ["162.248.184.%d" % i for i in (11, 12, 37, 40)]


def asciify(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    s = s.replace("đ", "d").replace("Đ", "D").replace("æ", "ae")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def slug(s):
    return "".join(ch for ch in asciify(s).lower() if ch.isalnum())


# =====================================================================
# reference data
# =====================================================================

FIRST_F = ["Rosalind", "Imani", "Priya", "Siobhan", "Fatima", "Esperanza", "Wilhelmina", "Aaliyah", "Magdalena",
           "Ngozi", "Zoë", "Leilani", "Marisol", "Hope", "Faith", "Grace", "June", "May", "Patience", "Dorothea",
           "Consuelo", "Ji-yeon", "Anh", "Svetlana", "Aroha", "Winona", "Tallulah", "Guadalupe", "Mei-Ling",
           "Oluwakemi", "Beatriz", "Ingrid", "Agnieszka", "Thị Hương", "Yesenia", "Florence", "Opal", "Ruby",
           "Pearl", "Bernadette", "Ethel", "Mildred", "Lorraine", "Chiamaka", "Yuki", "Noor", "Rivka", "Saoirse",
           "Dagny", "Joy", "Summer", "Dawn", "Precious", "Krystyna", "Lakshmi", "Amara", "Nadia", "Hortensia",
           "Maëlle", "Iris", "Honor", "Charity", "Birdie", "Lula Mae", "Mary Alice", "Nizhoni", "Aiyana"]
FIRST_M = ["José", "Xiaoming", "Oluwaseun", "Mateo", "Gunnar", "Dmitri", "Keanu", "Thanh", "Tadeusz", "Hiroshi",
           "Bao", "Chidi", "Raúl", "Søren", "Ahmad", "Yusuf", "Will", "Rich", "Bill", "Earl", "Otis", "Hyun-woo",
           "Kwame", "Ayodele", "Bogdan", "Eero", "Jean-Baptiste", "Mohammed", "Abdirahman", "Tomás",
           "Luis Miguel", "Wendell", "Clarence", "Virgil", "Hollis", "Booker", "Lemuel", "Vikram", "Arjun",
           "Deshawn", "Darnell", "Marquis", "Jerome", "Herschel", "Mordecai", "Ezekiel", "Florian", "Piotr",
           "Sione", "Tevita", "Kaveh", "Reza", "Chester", "Buck", "Sterling", "Frank", "Sonny", "Forrest",
           "Rocky", "Major", "King", "Ngô", "Đức", "Björn", "Cheveyo", "Ah-Mee"]
LAST = ["Achterberg", "Okonkwo-Adeyemi", "Van der Linde", "de la Cruz", "O'Connor", "McAllister", "Nguyen",
        "Tran", "Ramírez", "García Márquez", "Abu-Khalil", "Al-Masri", "Kowalczyk", "Wojciechowski", "Yamamoto",
        "Kim", "Park", "Oyelaran", "Baker", "Stone", "Rivers", "Fox", "Hill", "Bird", "Little", "Goodnight",
        "Yellowhorse", "St. Pierre", "D'Angelo", "MacLeod", "Ó Briain", "Papadopoulos", "Øvregaard", "Szabó",
        "Nakamura-Reyes", "Bui", "Mendoza-Ortiz", "Friedman", "Schwartz", "Begay", "Tsosie", "Singh", "Patel",
        "Chaudhry", "Ibrahim", "Haddad", "Lindqvist", "Dubois", "Lê", "Hernández", "Washington", "Church",
        "Winter", "Long", "Cook", "Mason", "Street", "Love", "Young", "Whitfield", "Okafor", "Abernathy",
        "Threlkeld", "Hochstetler", "Chavis", "Lowery", "Tiger", "Harjo", "Bighorse", "Fuentes-Villanueva",
        "van Houten", "Mbeki", "Dlamini", "Haile", "Tesfaye", "Mwangi", "Kaur", "Sánchez de León",
        "Castellanos", "Vu", "Pham", "Huỳnh", "Ng", "Zhang", "Lin", "Sato", "Fujimoto", "Cohen", "Rosenbaum",
        "Nowicki", "Petrov", "Ivanova", "Jovanović", "Müller", "Schäfer", "Gallagher", "Fitzgerald",
        "Delacroix", "Boudreaux", "Thibodeaux", "LeBlanc", "Guidry", "Jefferson", "Freeman", "Battle", "Sweet",
        "Wise", "Moody", "Strong", "Gentry", "Meadows", "Rains", "Coffey", "Sixkiller", "Deerinwater",
        "Ten Bears", "da Silva", "Nwachukwu", "Adebayo-Smith", "Kealoha", "Fa'asavalu", "Przybylski"]
RELATIONS = ["daughter", "son", "spouse", "wife", "husband", "niece", "grandson", "granddaughter", "sister",
             "brother", "daughter-in-law", "nephew", "POA", "legal guardian", "partner"]

STREETS = ["Oak Hollow Dr", "S Harvard Ave", "E 41st St", "N Rockford Ave", "S Sheridan Rd", "W Kenosha St",
           "E 71st St S", "N Woodlawn St", "W Maple St", "E Douglas Ave", "S Glenstone Ave", "E Sunshine St",
           "N Benton Ave", "Rogers Ave", "N Grand Ave", "Garrison Ave", "W Walnut St", "W Dickson St",
           "Mockingbird Ln", "Pecan Grove Ct", "Cedar Ridge Blvd", "Meadowlark Ln", "Persimmon Way",
           "Cherokee Trl", "Osage Dr", "Prairie Rose Cir", "S Memorial Dr", "E Admiral Pl", "N Hillside Ave",
           "W Pawnee St", "S Campbell Ave", "E Battlefield Rd", "Towson Ave", "N 32nd St", "S Peoria Ave",
           "E Pine St", "Quail Creek Rd", "Blackjack Ln", "Redbud Ct", "Magnolia St", "Willow Bend Dr",
           "Chisholm Trail Rd", "S Lewis Ave", "W 11th St", "Country Club Dr", "Old Wire Rd"]
UNITS = ["Apt 4B", "Apt 112", "Unit 12", "#214", "Apt C", "Ste 3", "Trlr 9", "Apt 2307"]

LOCAL = [
    ("Tulsa", "Tulsa County", "OK", ["74104", "74105", "74112", "74133", "74135", "74129", "74145"], ["918", "539"]),
    ("Broken Arrow", "Tulsa County", "OK", ["74011", "74012", "74014"], ["918"]),
    ("Owasso", "Tulsa County", "OK", ["74055"], ["918"]),
    ("Sapulpa", "Creek County", "OK", ["74066"], ["918"]),
    ("Bixby", "Tulsa County", "OK", ["74008"], ["918"]),
    ("Sand Springs", "Tulsa County", "OK", ["74063"], ["918"]),
    ("Claremore", "Rogers County", "OK", ["74017", "74019"], ["918"]),
    ("Muskogee", "Muskogee County", "OK", ["74401", "74403"], ["918"]),
    ("Okmulgee", "Okmulgee County", "OK", ["74447"], ["918"]),
    ("Wichita", "Sedgwick County", "KS", ["67203", "67208", "67212", "67217", "67218"], ["316"]),
    ("Derby", "Sedgwick County", "KS", ["67037"], ["316"]),
    ("Andover", "Butler County", "KS", ["67002"], ["316"]),
    ("El Dorado", "Butler County", "KS", ["67042"], ["316"]),
    ("Springfield", "Greene County", "MO", ["65802", "65803", "65804", "65807"], ["417"]),
    ("Nixa", "Christian County", "MO", ["65714"], ["417"]),
    ("Joplin", "Jasper County", "MO", ["64801", "64804"], ["417"]),
    ("Fort Smith", "Sebastian County", "AR", ["72901", "72903", "72904"], ["479"]),
    ("Van Buren", "Crawford County", "AR", ["72956"], ["479"]),
    ("Fayetteville", "Washington County", "AR", ["72701", "72703"], ["479"]),
    ("Rogers", "Benton County", "AR", ["72756", "72758"], ["479"]),
]
FAR = [
    ("Dallas", "Dallas County", "TX", ["75214", "75206"], ["214", "469", "972"]),
    ("Plano", "Collin County", "TX", ["75093", "75024"], ["972", "469"]),
    ("Kansas City", "Jackson County", "MO", ["64111", "64113"], ["816"]),
    ("Denver", "Denver County", "CO", ["80218", "80206"], ["720", "303"]),
    ("Phoenix", "Maricopa County", "AZ", ["85016", "85018"], ["602", "480"]),
    ("Houston", "Harris County", "TX", ["77006", "77019"], ["713", "832"]),
    ("Chicago", "Cook County", "IL", ["60657", "60625"], ["773", "312"]),
    ("Sacramento", "Sacramento County", "CA", ["95818", "95822"], ["916"]),
    ("Minneapolis", "Hennepin County", "MN", ["55408", "55406"], ["612"]),
    ("Atlanta", "Fulton County", "GA", ["30307", "30318"], ["404", "678"]),
    ("Oklahoma City", "Oklahoma County", "OK", ["73112", "73118"], ["405"]),
    ("Little Rock", "Pulaski County", "AR", ["72205", "72207"], ["501"]),
]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "att.net",
                 "sbcglobal.net", "cox.net", "protonmail.com", "windstream.net", "swbell.net"]

# staff / org (never labelled)
CAREGIVERS = [("CG-1183", "Brianna", "Tate"), ("CG-1207", "Luis", "Ortega"), ("CG-0954", "Minh", "Tran"),
              ("CG-1342", "Shantel", "Robinson"), ("CG-0877", "Olga", "Petrenko"), ("CG-1419", "Jamal", "Pierce"),
              ("CG-1055", "Esther", "Mwangi"), ("CG-1290", "Kaylee", "Dunbar"), ("CG-0612", "Rosa Elena", "Villalobos"),
              ("CG-1501", "Tyrell", "Banks"), ("CG-1338", "Hannah", "Yoder"), ("CG-0739", "Marvin", "Sixkiller")]
EMP_ID = {c[0]: "E1%04d" % (i * 37 + 402) for i, c in enumerate(CAREGIVERS)}
CLINICIANS = ["Dr. Anita Raman", "Dr. Marcus Feld", "Dr. Helen Oyelowo", "Kendra Olsen, RN", "Tomasz Nowak, PT",
              "Priscilla Yazzie, LPN", "Dr. Samuel Achebe", "Gloria Whitmore, MSW", "Chaplain Dale Enns",
              "Dr. Ruth Castellanos", "Aubrey Lang, RN CHPN", "Dr. Vikram Rao"]
NURSES = ["Kendra Olsen, RN", "Aubrey Lang, RN CHPN", "Priscilla Yazzie, LPN", "Denise Harjo, RN"]
STAFF_USERS = ["k.olsen@brightpathhh.com", "intake@brightpathhh.com", "billing@brightpathhh.com",
               "j.pierce@brightpathhh.com", "scheduler@brightpathhh.com", "g.whitmore@brightpathhh.com",
               "a.lang@brightpathhh.com", "ops@brightpathhh.com"]
SVC_ACCOUNTS = ["svc-evv-sync", "svc-payroll", "deploy-bot", "svc-scheduler", "horizon", "svc-docusign"]
BRANCHES = {
    "TUL": ("7030 S Yale Ave Ste 410, Tulsa, OK 74136", "(918) 494-2210", "(918) 494-2290"),
    "WIC": ("8100 E 22nd St N Bldg 1400, Wichita, KS 67226", "(316) 683-2201", "(316) 683-2215"),
    "SGF": ("1949 E Sunshine St Ste 2-110, Springfield, MO 65804", "(417) 886-4410", "(417) 886-4419"),
    "FSM": ("5111 Rogers Ave Ste 520, Fort Smith, AR 72903", "(479) 452-7730", "(479) 452-7731"),
}
AGENCY_NUMBERS = ["+19184942210", "+13166832201", "+14178864410", "+14794527730", "+19187312050"]
HOSPITALS = ["Saint Francis Hospital", "Hillcrest Medical Center", "Ascension St. John", "Wesley Medical Center",
             "Mercy Hospital Springfield", "CoxHealth", "Baptist Health-Fort Smith", "OSU Medical Center"]
PAYERS = ["Medicare Part A", "SoonerCare", "KanCare - Sunflower", "MO HealthNet", "Humana Gold Plus",
          "BCBS of Oklahoma", "Aetna Medicare Advantage", "UnitedHealthcare Dual Complete", "Private Pay"]
CLINICIAN_NPI = {c: npi() for c in CLINICIANS}
AGENCY_NPI = npi()

# =====================================================================
# people
# =====================================================================


class P:
    pass


def phone_digits(area):
    while True:
        ex = "%d%02d" % (R.randint(2, 9), R.randint(0, 99))
        if ex[1:] != "11" and ex != "555":
            break
    return area + ex + digits(4)


def fmt_phone(d, style=None):
    style = style or R.choice(["paren", "dash", "e164", "dot", "bare", "paren", "dash", "one"])
    a, e, s = d[:3], d[3:6], d[6:]
    return {"paren": "(%s) %s-%s" % (a, e, s), "dash": "%s-%s-%s" % (a, e, s), "e164": "+1%s%s%s" % (a, e, s),
            "dot": "%s.%s.%s" % (a, e, s), "bare": d, "one": "1-%s-%s-%s" % (a, e, s)}[style]


def fmt_date(d, style=None):
    style = style or R.choice(["iso", "us", "iso", "us", "compact", "dmy", "long", "usshort"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "dmy":
        return d.strftime("%d-%b-%Y")
    if style == "long":
        return "%s %d, %d" % (d.strftime("%B"), d.day, d.year)
    if style == "usshort":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "carbon":
        return d.strftime("%Y-%m-%dT00:00:00.000000Z")
    if style == "mdy2":
        return d.strftime("%m/%d/%y")
    raise ValueError(style)


def mk_addr(local=True):
    city, county, st, zips, acs = R.choice(LOCAL if local else FAR)
    k = R.random()
    if k < 0.1 and st in ("OK", "KS", "AR"):
        street = "%d %s %d Rd" % (R.randint(1000, 29999), R.choice("NSEW"), R.randint(30, 590) * 10)
    elif k < 0.16:
        street = "%d %s Lot %d" % (R.randint(100, 9999), R.choice(STREETS), R.randint(1, 88))
    else:
        street = "%d %s" % (R.randint(100, 19999), R.choice(STREETS))
        if R.random() < 0.2:
            street += " " + R.choice(UNITS)
    a = P()
    a.street, a.city, a.county, a.state, a.zip = street, city, county, st, R.choice(zips)
    a.zip4 = a.zip + "-" + digits(4)
    a.area = R.choice(acs)
    a.lat = {"OK": 36.1, "KS": 37.7, "MO": 37.2, "AR": 35.4, "TX": 32.8, "CO": 39.7, "AZ": 33.5, "IL": 41.9,
             "CA": 38.5, "MN": 44.9, "GA": 33.8}[st] + R.uniform(-0.2, 0.2)
    a.lng = {"OK": -95.9, "KS": -97.3, "MO": -93.3, "AR": -94.4, "TX": -96.8, "CO": -104.9, "AZ": -112.0,
             "IL": -87.7, "CA": -121.5, "MN": -93.3, "GA": -84.4}[st] + R.uniform(-0.2, 0.2)
    return a


def mk_email(first, last, yy):
    f, l = slug(first.split()[0]), slug(last)
    pat = R.choice(["{f}.{l}{yy}", "{f0}{l}{n}", "{l}{f0}", "{f}{l}", "{f}_{l}{n}", "{f}{yy}{l0}", "{l}.{f}"])
    local = pat.format(f=f, l=l, yy=yy, f0=f[0], l0=l[0], n=R.randint(1, 99))
    return local + "@" + R.choice(EMAIL_DOMAINS)


def mk_relative(pt):
    r = P()
    r.relation = R.choice(RELATIONS)
    r.sex = R.choice("FM")
    r.first = R.choice(FIRST_F if r.sex == "F" else FIRST_M)
    r.last = pt.last if R.random() < 0.55 else R.choice(LAST)
    r.full = "%s %s" % (r.first, r.last)
    r.addr = pt.addr if R.random() < 0.35 else mk_addr(local=R.random() < 0.5)
    r.phone = phone_digits(r.addr.area)
    r.email = mk_email(r.first, r.last, "%02d" % R.randint(50, 99))
    r.fax = phone_digits(r.addr.area)
    st = r.addr.state
    r.dl_state = st
    r.dl = {"OK": lambda: R.choice("ABCDEFGHJKLMNPRSTUVWYZ") + digits(9), "KS": lambda: "K" + digits(8),
            "MO": lambda: R.choice("ABCDEFHJKLMNPRSTW") + digits(9), "AR": lambda: "9" + digits(8),
            "TX": lambda: R.choice("0123") + digits(7), "IL": lambda: R.choice("ABCDGHKLMPRSTW") + digits(11),
            }.get(st, lambda: R.choice("ABCDEFGHJKLMNPRSTW") + digits(7))()
    r.plate = R.choice(["%s%s%s-%s", "%s%s%s %s"]) % (R.choice("ABCDEFGHJKLMNPRSTVWXYZ"), R.choice("ABCDEFGHJKLMNPRSTVWXYZ"),
                                                        R.choice("ABCDEFGHJKLMNPRSTVWXYZ"), digits(3))
    r.card = card_number()
    r.bank_acct = digits(R.choice([9, 10, 12]))
    r.ip = public_ip()
    return r


def mk_patient(i):
    p = P()
    p.sex = R.choice("FM")
    p.first = R.choice(FIRST_F if p.sex == "F" else FIRST_M)
    p.last = R.choice(LAST)
    p.mi = R.choice("ABCDEFGHJKLMNPRSTW")
    p.full = "%s %s" % (p.first, p.last)
    age = R.randint(90, 103) if R.random() < 0.38 else R.randint(58, 89)
    m, d = R.randint(1, 12), R.randint(1, 28)
    y = REF.year - age - (1 if (m, d) > (REF.month, REF.day) else 0)
    p.dob = dt.date(y, m, d)
    p.age = age
    p.mrn = "BP%06d" % R.randint(100000, 499999)
    p.hosp_mrn = R.choice(["E%08d", "%09d", "M%07d"]) % R.randint(1000000, 9999999)
    p.rowid = R.randint(10000, 99999)
    p.ssn = ssn()
    p.mbi = mbi()
    p.addr = mk_addr(local=True)
    p.phone = phone_digits(p.addr.area)
    p.cell = phone_digits(p.addr.area)
    p.email = mk_email(p.first, p.last, str(y)[2:]) if R.random() < 0.5 else None
    st = p.addr.state
    p.medicaid = {"OK": lambda: "1" + digits(8), "KS": lambda: "2" + digits(10), "MO": lambda: digits(8),
                  "AR": lambda: digits(10)}[st]()
    p.member = R.choice(["ZGP%09d", "U%010d", "W%09d", "H%09d", "XOJ%09d"]) % R.randint(10 ** 7, 10 ** 9 - 1)
    p.acct = "PA-%07d" % R.randint(100000, 9999999)
    p.soc = REF - dt.timedelta(days=R.randint(8, 240))
    p.svc = REF - dt.timedelta(days=R.randint(0, 20))
    p.dod = REF - dt.timedelta(days=R.randint(0, 5))
    p.rel = mk_relative(p)
    p.rel2 = mk_relative(p) if R.random() < 0.3 else None
    p.imei = imei()
    p.cuff_mac = mac(R.choice(["00:09:1F", "A4:C1:38", "5C:31:3E"]))
    p.o2_serial = R.choice(["PF2V%d%s%04d", "1%03dA%s%04d", "TS%05d%s%04d"]) % (R.randint(10, 99), R.choice("ABCDEFG"), R.randint(0, 9999))
    p.cgm_serial = R.choice("123456789") + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(5))
    p.ppm_serial = "PJN%06d%s" % (R.randint(0, 999999), R.choice("HS"))
    p.vin = vin(R.choice(["1G4", "1FT", "2T1", "1HG", "3FA", "KM8", "1C4", "5N1"]), R.choice(list(YEAR_CODE)))
    p.ip = public_ip()
    p.url_slug = slug(p.first) + slug(p.last)
    return p


PATIENTS = [mk_patient(i) for i in range(90)]


def branch_of(p):
    return {"OK": "TUL", "KS": "WIC", "MO": "SGF", "AR": "FSM"}[p.addr.state]


def payer_of(p):
    return R.choice(["Medicare Part A", "Medicare Part A", "Humana Gold Plus", "Aetna Medicare Advantage", "Private Pay",
                     {"OK": "SoonerCare", "KS": "KanCare - Sunflower", "MO": "MO HealthNet", "AR": "Arkansas Medicaid"}[p.addr.state]])


def pick():
    return R.choice(PATIENTS)


def lf(p, upper=False, mi=False):
    s = "%s, %s" % (p.last, p.first)
    if mi:
        s += " " + p.mi
    return s.upper() if upper else s


def name_any(p):
    k = R.random()
    if k < 0.5:
        return p.full
    if k < 0.75:
        return lf(p)
    if k < 0.88:
        return lf(p, upper=True)
    return "%s %s. %s" % (p.first, p.mi, p.last)


def addr_parts(a, zip4=False, sep=", "):
    """street, city -> address; state unlabelled; zip -> zip"""
    return [lab("address", "%s%s%s" % (a.street, sep, a.city)), ", %s " % a.state, lab("zip", a.zip4 if zip4 else a.zip)]


def age_val(p):
    """age as written; labelled only if > 89"""
    return labn("age", p.age) if p.age > 89 else p.age


def age_txt(p):
    return lab("age", str(p.age)) if p.age > 89 else str(p.age)


def visit_id():
    return "V24-%07d" % R.randint(3000000, 3999999)


def cg():
    return R.choice(CAREGIVERS)


def staff_name_cg(c):
    return "%s %s" % (c[1], c[2])


# =====================================================================
# prefixes
# =====================================================================


def prefix_kind():
    k = R.random()
    return "logplex" if k < 0.34 else "papertrail" if k < 0.70 else "rfc5424" if k < 0.80 else "none"


def app_prefix(proc, kind=None):
    kind = kind or prefix_kind()
    if kind == "logplex":
        return "%s app[%s]: " % (CLK.iso(), proc)
    if kind == "papertrail":
        return "%s bp-hh-prod app/%s: " % (CLK.sys(), proc)
    if kind == "rfc5424":
        return "<190>1 %s host app %s - " % (CLK.iso(), proc)
    return ""


def web():
    return "web.%d" % R.randint(1, 4)


def worker():
    return R.choice(["worker.1", "worker.2", "worker.3", "sms_worker.1", "evv_worker.1"])


# =====================================================================
# family: heroku router
# =====================================================================

ROUTER_NONPHI = [
    ("GET", lambda: "/healthz", "app.brightpathhh.com", "monitor"),
    ("POST", lambda: "/api/v3/evv/visits/%s/check-in" % visit_id(), "evv.brightpathhh.com", "cg"),
    ("POST", lambda: "/api/v3/evv/visits/%s/check-out" % visit_id(), "evv.brightpathhh.com", "cg"),
    ("GET", lambda: "/api/v3/caregivers/%s/schedule?week=2024-W47" % cg()[0], "evv.brightpathhh.com", "cg"),
    ("GET", lambda: "/horizon/api/stats", "app.brightpathhh.com", "office"),
    ("GET", lambda: "/admin/payroll/exports/2024-11-16", "app.brightpathhh.com", "office"),
    ("POST", lambda: "/livewire/message/visit-calendar", "app.brightpathhh.com", "office"),
    ("GET", lambda: "/build/assets/app-%s.js" % hx(8), "app.brightpathhh.com", "office"),
    ("POST", lambda: "/webhooks/twilio/status", "app.brightpathhh.com", "twilio"),
    ("POST", lambda: "/webhooks/twilio/voice/evv", "app.brightpathhh.com", "twilio"),
    ("POST", lambda: "/webhooks/docusign/connect", "app.brightpathhh.com", "docusign"),
    ("GET", lambda: "/api/v3/claims/batches/837I-20241118-%02d" % R.randint(1, 9), "app.brightpathhh.com", "office"),
    ("GET", lambda: "/patients/%d/chart" % R.randint(10000, 99999), "app.brightpathhh.com", "office"),
    ("GET", lambda: "/favicon.ico", "family.brightpathhh.com", "monitor"),
    ("POST", lambda: "/login", "app.brightpathhh.com", "office"),
    ("GET", lambda: "/api/v3/orders/SO-2024-%06d" % R.randint(100000, 199999), "app.brightpathhh.com", "office"),
    ("PUT", lambda: "/api/v3/visits/%s/notes/%d" % (visit_id(), R.randint(10000, 99999)), "evv.brightpathhh.com", "cg"),
    ("GET", lambda: "/api/v3/census?branch=%s&as_of=2024-11-18" % R.choice(list(BRANCHES)), "app.brightpathhh.com", "office"),
    ("GET", lambda: "/family/login", "family.brightpathhh.com", "monitor"),
    ("POST", lambda: "/api/v3/evv/devices/register", "evv.brightpathhh.com", "cg"),
]


def src_ip(kind):
    if kind == "monitor":
        return R.choice(MONITOR_IPS)
    if kind == "cg":
        return carrier_ip()
    if kind == "office":
        return R.choice(OFFICE_IPS + [priv_ip()])
    if kind == "twilio":
        return R.choice(TWILIO_IPS)
    return R.choice(DOCUSIGN_IPS)


def router_body(method, path, host, fwd, status=None, err=None):
    out = []
    svc = R.choice([R.randint(3, 90), R.randint(90, 900), R.randint(900, 4000)])
    status = status or R.choice([200, 200, 200, 201, 204, 302, 304, 401, 404, 422])
    if err:
        code, desc = err
        out.append('at=error code=%s desc="%s" ' % (code, desc))
        if code in ("H12",):
            svc, status = 30000, 503
        elif code in ("H13", "H18"):
            status = 503
        elif code == "H27":
            status = 499
    else:
        out.append("at=info ")
    out += ['method=%s path="' % method, path, '" host=%s request_id=%s fwd="' % (host, uuid4()), fwd,
            '" dyno=%s connect=%dms service=%dms status=%d bytes=%d protocol=https' % (
                web(), R.randint(0, 3), svc, status, R.randint(0, 48000) if status != 204 else 0)]
    if R.random() < 0.4:
        out.append(" tls_version=tls1.3")
    return out


def router_prefix():
    k = R.random()
    if k < 0.4:
        return "%s heroku[router]: " % CLK.iso()
    if k < 0.85:
        return "%s bp-hh-prod heroku/router: " % CLK.sys()
    return "<158>1 %s host heroku router - " % CLK.iso()


ROUTER_ERRS = [("H12", "Request timeout"), ("H13", "Connection closed without response"),
               ("H27", "Client Request Interrupted"), ("H18", "Server Request Interrupted")]


def g_router(phi):
    CLK.tick()
    ln = Line("heroku_router")
    ln.add(router_prefix())
    err = R.choice(ROUTER_ERRS) if R.random() < 0.12 else None
    if not phi:
        m, pf, host, kind = R.choice(ROUTER_NONPHI)
        ln.add(router_body(m, pf(), host, src_ip(kind), err=err))
        return [ln]
    p = pick()
    r = p.rel
    k = R.randrange(8)
    fam_ip = lab("ip", r.ip)
    if k == 0:
        path = ["/family/invite/accept?", qs([("email", lab("email", r.email)), ("t", hx(40))])]
        ln.add(router_body("GET", path, "family.brightpathhh.com", fam_ip, err=err))
    elif k == 1:
        path = ["/api/v3/patients/lookup?", qs([("last_name", lab("name", p.last)), ("first_name", lab("name", p.first)),
                                                ("dob", lab("date", fmt_date(p.dob, R.choice(["iso", "us"]))))])]
        ln.add(router_body("GET", path, "app.brightpathhh.com", R.choice(OFFICE_IPS), err=err))
    elif k == 2:
        path = ["/family/p/", lab("mrn", p.mrn), R.choice(["/visits", "/care-team", "/messages", "/documents"])]
        ln.add(router_body("GET", path, "family.brightpathhh.com", fam_ip, err=err))
    elif k == 3:
        path = R.choice(["/family/dashboard", "/family/messages/unread", "/family/login", "/family/visits/upcoming"])
        ln.add(router_body(R.choice(["GET", "POST"]), path, "family.brightpathhh.com", fam_ip, err=err))
    elif k == 4:
        path = ["/portal/statements/", lab("account", p.acct), ".pdf"]
        ln.add(router_body("GET", path, "family.brightpathhh.com", fam_ip, err=err))
    elif k == 5:
        path = ["/api/v3/referrals/search?", qs([("phone", lab("phone", fmt_phone(p.phone, R.choice(["paren", "dash"]))))])]
        ln.add(router_body("GET", path, "app.brightpathhh.com", R.choice(OFFICE_IPS), err=err))
    elif k == 6:
        path = ["/intake/eligibility/mbi/", lab("health_plan", p.mbi)]
        ln.add(router_body("POST", path, "app.brightpathhh.com", R.choice(OFFICE_IPS), err=err))
    else:
        path = ["/api/v3/patients/by-ssn/", lab("ssn", p.ssn.replace("-", "") if R.random() < 0.5 else p.ssn)]
        ln.add(router_body("GET", path, "app.brightpathhh.com", R.choice(OFFICE_IPS), status=R.choice([200, 404]), err=err))
    return [ln]


# =====================================================================
# shared application events (Laravel / Monolog JSON)
# =====================================================================

def ev(level, channel, msg, ctx, exc=False):
    return {"level": level, "channel": channel, "msg": flat(msg), "ctx": ctx, "exc": exc}


def nonphi_events():
    c = cg()
    b = R.choice(list(BRANCHES))
    rowid = R.randint(10000, 99999)
    rx = R.choice(CLINICIANS[:3] + ["Dr. Samuel Achebe", "Dr. Vikram Rao"])
    return [
        lambda: ev("INFO", "erx", "eRx transmitted", {"rx_id": "RX%08d" % R.randint(1, 99999999), "prescriber": rx, "npi": CLINICIAN_NPI.get(rx, npi()),
                   "dea": dea(rx.split()[-1][0]), "pharmacy": R.choice(["Walgreens #04821", "CVS/pharmacy #10394", "Reasor's Pharmacy"]),
                   "pharmacy_phone": R.choice(["(918) 743-1180", "(918) 252-0161", "(316) 685-9020"]), "schedule": "CII", "surescripts_id": hx(20)}),
        lambda: ev("INFO", "evv", "Visit check-in recorded", {"visit_id": visit_id(), "caregiver_id": c[0],
                   "distance_m": R.randint(3, 140), "geofence": "pass", "app_version": "4.12.%d" % R.randint(0, 3),
                   "method": R.choice(["gps", "gps", "ivr", "fob"])}),
        lambda: ev("INFO", "payroll", "Payroll export generated", {"period": "2024-11-03/2024-11-16", "rows": R.randint(900, 1400),
                   "path": "exports/payroll/2024-11-16/adp_%s.csv" % hx(8), "sha256": hx(64), "by": "svc-payroll"}),
        lambda: ev("INFO", "auth", "User authenticated", {"user_id": R.randint(100, 420), "email": R.choice(STAFF_USERS),
                   "guard": "web", "ip": R.choice(OFFICE_IPS), "mfa": "totp"}),
        lambda: ev("ERROR", "production", "No query results for model [App\\Models\\Patient] %d" % rowid,
                   {"exception": "[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): "
                    "No query results for model [App\\Models\\Patient] %d at /app/vendor/laravel/framework/src/Illuminate/"
                    "Foundation/Exceptions/Handler.php:487)" % rowid}, exc=True),
        lambda: ev("INFO", "intake", "Referral fax received", {"from": "+1" + R.choice(["9184942290", "9185027710", "3166832215", "4178864419"]),
                   "sender": R.choice(HOSPITALS) + " Case Mgmt", "pages": R.randint(2, 19), "fax_id": "FX" + hx(24)}),
        lambda: ev("WARNING", "db", "Slow query", {"sql": "select * from `visits` where `branch_id` = ? and `scheduled_start` between ? and ? order by `scheduled_start` asc",
                   "bindings": [R.randint(1, 4), "2024-11-18 00:00:00", "2024-11-24 23:59:59"], "time": round(R.uniform(900, 4200), 2), "connection": "mysql"}),
        lambda: ev("INFO", "dme", "Order placed with DME vendor", {"order_no": "SO-2024-%06d" % R.randint(100000, 199999),
                   "vendor": R.choice(["Lincare Tulsa", "Apria Healthcare Wichita", "AdaptHealth Springfield"]),
                   "vendor_phone": R.choice(["(918) 627-4400", "(316) 942-1193", "(417) 881-0350"]), "items": R.randint(1, 6),
                   "ordered_by": R.choice(CLINICIANS)}),
        lambda: ev("INFO", "horizon", "Supervisor restarted", {"supervisor": "supervisor-%d" % R.randint(1, 3), "queue": "sms,default,evv",
                   "processes": R.randint(2, 8), "memory_mb": R.randint(96, 256)}),
        lambda: ev("INFO", "billing", "Claim batch submitted", {"batch": "837I-20241118-%02d" % R.randint(1, 9), "claims": R.randint(40, 260),
                   "clearinghouse": "Availity", "isa_control": "%09d" % R.randint(1, 99999), "total": "$%s" % format(round(R.uniform(20000, 250000), 2), ",.2f")}),
        lambda: ev("INFO", "orders", "Physician order sent for signature", {"order_id": R.randint(80000, 99999), "physician": R.choice(CLINICIANS[:3] + ["Dr. Vikram Rao"]),
                   "npi": CLINICIAN_NPI[R.choice(CLINICIANS)], "fax": R.choice(["(918) 502-7710", "(918) 494-3318", "(316) 268-5000"]),
                   "via": "srfax"}),
        lambda: ev("WARNING", "api", "Rate limit exceeded", {"key": "api:%d" % R.randint(100, 420), "limit": 120, "retry_after": R.randint(3, 59),
                   "route": "api.v3.evv.visits.checkin"}),
        lambda: ev("NOTICE", "twilio", "Twilio signature mismatch", {"url": "https://app.brightpathhh.com/webhooks/twilio/status",
                   "signature": b64(20), "remote": R.choice(TWILIO_IPS)}),
        lambda: ev("INFO", "scheduler", "Scheduled command finished", {"command": "evv:sync --branch=%s" % b, "exit_code": 0,
                   "runtime_ms": R.randint(800, 40000), "mutex": "framework/schedule-%s" % hx(40)}),
        lambda: ev("WARNING", "hr", "Caregiver credential expiring", {"caregiver": staff_name_cg(c), "cg_id": c[0], "credential": R.choice(["CNA", "HHA", "CPR/BLS"]),
                   "license_no": "OK-CNA-%07d" % R.randint(10000, 999999), "expires": "2024-12-%02d" % R.randint(1, 31)}),
        lambda: ev("INFO", "deploy", "Release hook completed", {"release": "v%d" % R.randint(400, 420), "commit": hx(7), "by": "deploy-bot",
                   "migrations": R.randint(0, 3), "php": "8.2.%d" % R.randint(10, 26)}),
        lambda: ev("INFO", "branch", "Branch contact card rendered", {"branch": b, "address": BRANCHES[b][0], "phone": BRANCHES[b][1],
                   "fax": BRANCHES[b][2], "after_hours": "(918) 731-2050"}),
        lambda: ev("ERROR", "production", "cURL error 28: Operation timed out after 30001 milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://api.sandata.com/interfaces/intake/visits/rest/api/v1.1",
                   {"exception": "[object] (GuzzleHttp\\Exception\\ConnectException(code: 0): cURL error 28 at /app/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php:210)"}, exc=True),
        lambda: ev("INFO", "census", "Census snapshot", {"branch": b, "active": R.randint(80, 420), "hospice": R.randint(20, 140),
                   "avg_age": round(R.uniform(74, 86), 1), "admits_7d": R.randint(3, 40), "deaths_7d": R.randint(0, 12)}),
        lambda: ev("DEBUG", "evv", "Geofence config loaded", {"radius_m": 150, "grace_min": 7, "version": "2024.11.2"}),
        lambda: ev("INFO", "mail", "Mail sent", {"to": R.choice(STAFF_USERS), "subject": "Missed visit report - %s" % b,
                   "message_id": "<%s@brightpathhh.com>" % hx(32), "driver": "ses"}),
    ]


def phi_events(p):
    r = p.rel
    c = cg()
    nurse = R.choice(NURSES)
    evs = [
        lambda: ev("INFO", "portal", "Family contact updated", {"client_no": lab("mrn", p.mrn), "contact": {
            "name": lab("name", r.full), "relationship": r.relation, "phone": lab("phone", fmt_phone(r.phone)),
            "email": lab("email", r.email), "is_poa": R.random() < 0.4}, "updated_by": R.choice(STAFF_USERS)}),
        lambda: ev("INFO", "hospice", "Hospice election recorded", {"mrn": lab("mrn", p.mrn), "patient": lab("name", name_any(p)),
            "election_date": lab("date", fmt_date(p.soc, R.choice(["iso", "us", "carbon"]))), "age_at_election": age_val(p), "benefit_period": R.randint(1, 4),
            "attending": R.choice(CLINICIANS[:3]), "cti_signed_by": "Dr. Samuel Achebe"}),
        lambda: ev("NOTICE", "hospice", "Death reported", {"mrn": lab("mrn", p.mrn), "patient_name": lab("name", lf(p, upper=R.random() < 0.5)),
            "date_of_death": lab("date", fmt_date(p.dod, R.choice(["iso", "us"]))), "age": age_val(p), "time_of_death": "%02d:%02d" % (R.randint(0, 23), R.randint(0, 59)),
            "pronounced_by": nurse, "funeral_home": R.choice(["Moore's Southlawn Chapel", "Ninde Brookside", "Klingner Funeral Home"]),
            "fh_phone": R.choice(["(918) 663-2222", "(918) 742-5556", "(417) 881-1155"])}),
        lambda: ev_query_exception(p),
        lambda: ev("INFO", "eligibility", "HETS 271 received", {"payer": "CMS HETS", "mbi": lab("health_plan", p.mbi),
            "dob": lab("date", fmt_date(p.dob, "compact")), "last_name": lab("name", p.last.upper()), "first_name": lab("name", p.first.upper()),
            "result": "active", "hospice_periods_used": R.randint(0, 3), "trace": "TRN*2*%s" % digits(10)}),
        lambda: ev("WARNING", "intake", "Validation failed", {"errors": {"ssn": ["The ssn field format is invalid."]},
            "input": {"first_name": lab("name", p.first), "last_name": lab("name", p.last), "ssn": lab("ssn", p.ssn.replace("-", "")[:5] + "-" + p.ssn.replace("-", "")[5:]),
                      "date_of_birth": lab("date", fmt_date(p.dob, "us")), "zip": lab("zip", p.addr.zip)}, "user": R.choice(STAFF_USERS)}),
        lambda: ev("INFO", "sms", S("Visit reminder queued for ", lab("name", p.full), " -> ", lab("phone", fmt_phone(p.cell, "e164"))),
            {"visit": visit_id(), "template": "reminder_24h", "caregiver": c[0], "sid": None}),
        lambda: ev("DEBUG", "geo", "Address geocoded", {"client": lab("mrn", p.mrn), "input": S(addr_parts(p.addr)),
            "lat": labn("address", "%.6f" % p.addr.lat), "lng": labn("address", "%.6f" % p.addr.lng), "county": lab("address", p.addr.county),
            "provider": "google", "cache": R.choice(["miss", "hit"])}),
        lambda: ev("INFO", "billing", "Private-pay ACH mandate saved", {"patient_account": lab("account", p.acct), "guarantor": lab("name", r.full),
            "relationship": r.relation, "routing": R.choice(["103000648", "103900036", "101000187", "082000549"]),
            "account": lab("account", r.bank_acct), "type": "checking"}),
        lambda: ev("INFO", "portal", "Family portal login", {"email": lab("email", r.email), "ip": lab("ip", r.ip),
            "ua": "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
            "remember": True}),
        lambda: ev("ERROR", "billing", "Card declined", {"guarantor": lab("name", r.full), "card_number": lab("account", R.choice([r.card, fmt_card(r.card)])),
            "exp": "%02d/%02d" % (R.randint(1, 12), R.randint(25, 30)), "avs_zip": lab("zip", r.addr.zip), "decline_code": R.choice(["insufficient_funds", "do_not_honor", "expired_card"]),
            "charge": "ch_" + hx(24)}),
        lambda: ev("INFO", "assessment", "Home safety assessment saved", {"mrn": lab("mrn", p.mrn), "drives": True, "vehicle": {
            "plate": lab("vehicle", r.plate), "plate_state": p.addr.state, "vin": lab("vehicle", p.vin)}, "assessed_by": nurse}),
        lambda: ev("INFO", "rpm", "RPM kit assigned", {"client": lab("mrn", p.mrn), "kit": "RPM-KIT-%04d" % R.randint(1, 999),
            "tablet_imei": lab("device", p.imei), "bp_cuff_mac": lab("device", p.cuff_mac), "shipped_via": "UPS 1Z%s" % hx(16).upper()}),
        lambda: ev("WARNING", "clinical", "High fall-risk screen", {"mrn": lab("mrn", p.mrn), "age": age_val(p), "morse_score": R.choice([45, 55, 65, 75, 85]),
            "screened_by": nurse}),
        lambda: ev("INFO", "intake", "Client profile photo uploaded", {"client_no": lab("mrn", p.mrn), "photo": lab("photo", photo_uri()),
            "source": "intake-tablet", "by": R.choice(STAFF_USERS)}),
        lambda: ev("INFO", "ivr", "IVR voice enrollment", {"client": lab("mrn", p.mrn), "ani": lab("phone", fmt_phone(p.phone, "bare")),
            "voiceprint": lab("biometric", "vp2:" + b64(R.randint(120, 260))), "engine": "nuance-gatekeeper"}),
        lambda: ev("INFO", "intake", "Identity document captured", other_id_ctx(p)),
        lambda: ev("WARNING", "mpi", "Possible duplicate patient", {"incoming": {"name": lab("name", name_any(p)), "dob": lab("date", fmt_date(p.dob, "iso")),
            "ssn": lab("ssn", p.ssn)}, "existing_row": p.rowid, "score": round(R.uniform(0.81, 0.99), 2)}),
        lambda: ev("INFO", "portal", "Family shared link saved", {"mrn": lab("mrn", p.mrn), "url": lab("url", R.choice([
            "https://www.caringbridge.org/site/%s" % (slug(p.first) + "-" + slug(p.last)),
            "https://www.facebook.com/%s.%s.%d" % (slug(p.first), slug(p.last), R.randint(1, 99)),
            "https://www.gofundme.com/f/help-%s-%s-hospice-care" % (slug(p.first), slug(p.last))]))}),
        lambda: ev("INFO", "adt", "Discharge recorded", {"mrn": lab("mrn", p.mrn), "admission_date": lab("date", fmt_date(p.soc, "iso")),
            "discharge_date": lab("date", fmt_date(p.svc, "iso")), "reason": R.choice(["goals met", "moved out of service area", "revoked hospice benefit"]),
            "discharged_by": nurse}),
        lambda: ev("INFO", "kyc", "Guarantor identity verified", {"guarantor": lab("name", r.full), "dl_number": lab("license", r.dl),
            "dl_state": r.dl_state, "address": S(addr_parts(r.addr)), "vendor": "persona", "inquiry": "inq_" + hx(20)}),
        lambda: ev("INFO", "records", "Records release fax queued", {"mrn": lab("mrn", p.mrn), "recipient": lab("name", r.full),
            "recipient_fax": lab("fax", fmt_phone(r.fax, R.choice(["paren", "dash", "e164"]))), "pages": R.randint(4, 60),
            "from_fax": BRANCHES["TUL"][2]}),
        lambda: ev("INFO", "eligibility", "Medicaid eligibility verified", {"client": lab("name", name_any(p)), "medicaid_id": lab("health_plan", p.medicaid),
            "plan": {"OK": "SoonerCare", "KS": "KanCare", "MO": "MO HealthNet", "AR": "ARKids/Medicaid"}[p.addr.state],
            "secondary_member_id": lab("health_plan", p.member), "checked_by": R.choice(SVC_ACCOUNTS)}),
        lambda: ev("INFO", "sched", S("Appointment confirmed for ", lab("name", p.full), " on ", lab("date", fmt_date(p.svc + dt.timedelta(days=R.randint(1, 9)), "long"))),
            {"visit": visit_id(), "discipline": R.choice(["SN", "PT", "OT", "HHA", "MSW", "CHAP"]), "clinician": R.choice(CLINICIANS)}),
        lambda: ev("INFO", "dme", "Device delivered to client", {"client": lab("mrn", p.mrn), "order_no": "SO-2024-%06d" % R.randint(100000, 199999),
            "udi": lab("device", udi(p)), "item": R.choice(["oxygen concentrator 5L", "hospital bed full-electric", "CGM receiver"]),
            "vendor": R.choice(["Lincare Tulsa", "Apria Healthcare Wichita", "AdaptHealth Springfield"])}),
        lambda: ev("INFO", "intake", S("Referral summary: ", lab("name", p.full), ", ", age_txt(p), R.choice([" y/o ", "yo ", " year old "]),
            {"F": "female", "M": "male"}[p.sex], ", dx ", R.choice(["CHF", "COPD", "Alzheimer's dementia", "ESRD", "metastatic NSCLC", "ALS"]),
            ", lives ", R.choice(["alone", "with " + p.rel.relation, "in assisted living"])), {"referral_id": R.randint(1000, 9999), "source": R.choice(HOSPITALS)}),
        lambda: ev("INFO", "evv", "Client biometric verification enrolled", {"client_no": lab("mrn", p.mrn),
            "fp_template": lab("biometric", b64(R.randint(150, 330), b"FMR\x00 20\x00")), "format": "ISO19794-2", "finger": R.choice(["R1", "L1", "R2"])}),
        lambda: ev("WARNING", "clinical", "Implant check flagged", {"mrn": lab("mrn", p.mrn), "device": R.choice(["pacemaker", "ICD"]),
            "serial": lab("device", p.ppm_serial), "remote_monitor": "CareLink", "note": "deactivation discussion pending", "by": R.choice(NURSES)}),
        lambda: ev("INFO", "erx", "eRx transmitted", {"patient": lab("name", name_any(p)), "dob": lab("date", fmt_date(p.dob, R.choice(["iso", "us"]))),
            "drug": R.choice(["morphine sulfate 20 mg/mL oral soln", "lorazepam 0.5 mg", "haloperidol 2 mg/mL"]), "prescriber": "Dr. Samuel Achebe",
            "dea": dea("A"), "pharmacy": R.choice(["Walgreens #04821", "CVS/pharmacy #10394", "Reasor's Pharmacy"])}),
    ]
    return evs


PHI_EVENT_WEIGHTS = [2, 2, 2, 2, 2, 1.5, 2, 2, 1.5, 2, 1.5, 2, 3, 3, 3, 2.5, 4, 1.5, 2.5, 2, 3.5, 2.5, 2, 2,   # original 24
                     3, 3, 2, 2, 2]                                                                     # udi, summary, fp, implant, erx


def pick_phi_event(p):
    evs = phi_events(p)
    assert len(evs) == len(PHI_EVENT_WEIGHTS), len(evs)
    return R.choices(evs, PHI_EVENT_WEIGHTS)[0]


def udi(p):
    gtin = R.choice(["00643169007222", "00884521137822", "00386270000385", "08717648200144"])
    return "(01)%s(17)%s(21)%s" % (gtin, R.choice(["261231", "270630", "280131"]), R.choice([p.o2_serial, p.ppm_serial, p.cgm_serial]))


def other_id_ctx(p):
    k = R.randrange(4)
    if k == 0:
        return {"mrn": lab("mrn", p.mrn), "doc_type": "CURP", "doc_number": lab("other_id", curp(p.last, p.first, p.dob, p.sex)), "country": "MX"}
    if k == 1:
        return {"mrn": lab("mrn", p.mrn), "doc_type": "SIN", "doc_number": lab("other_id", sin_ca()), "country": "CA"}
    if k == 2:
        return {"mrn": lab("mrn", p.mrn), "doc_type": "NINO", "doc_number": lab("other_id", nino()), "country": "GB"}
    return {"mrn": lab("mrn", p.mrn), "doc_type": "A-Number", "doc_number": lab("other_id", "A%09d" % R.randint(10000000, 249999999)), "country": "US-USCIS"}


def photo_uri():
    jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00"
    return "data:image/jpeg;base64," + b64(R.randint(180, 520), jpeg)


def ev_query_exception(p):
    now = CLK.lar()
    vals = [lab("name", p.first), ", ", lab("name", p.last), ", ", lab("date", fmt_date(p.dob, "iso")), ", ",
            lab("mrn", p.mrn), ", %s, %s" % (now, now)]
    sql = ["insert into `patients` (`first_name`, `last_name`, `dob`, `mrn`, `updated_at`, `created_at`) values ("] + vals + [")"]
    head = "SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '"
    msg = [head, lab("mrn", p.mrn), "' for key 'patients_mrn_unique' (Connection: mysql, SQL: "] + sql + [")"]
    exc = S("[object] (Illuminate\\Database\\QueryException(code: 23000): ", msg,
            " at /app/vendor/laravel/framework/src/Illuminate/Database/Connection.php:801)")
    return ev("ERROR", "production", msg, {"userId": R.randint(100, 420), "exception": exc}, exc=True)


def monolog_extra(phi_ip=None):
    e = {"request_id": uuid4(), "url": R.choice(["/api/v3/evv/visits", "/intake/referrals", "/admin/census", "/admin/visits/calendar"]),
         "ip": phi_ip if phi_ip is not None else R.choice(OFFICE_IPS + [priv_ip()]), "http_method": R.choice(["GET", "POST"]),
         "server": "app.brightpathhh.com", "referrer": None}
    if R.random() < 0.5:
        e["memory_peak_usage"] = "%d MB" % R.randint(12, 96)
    return e


STACK_FRAMES = [
    "/app/vendor/laravel/framework/src/Illuminate/Database/Connection.php(755): Illuminate\\Database\\Connection->runQueryCallback()",
    "/app/vendor/laravel/framework/src/Illuminate/Database/Query/Builder.php(3403): Illuminate\\Database\\Connection->insert()",
    "/app/app/Services/Intake/ReferralImporter.php(142): Illuminate\\Database\\Eloquent\\Model->save()",
    "/app/vendor/laravel/framework/src/Illuminate/Pipeline/Pipeline.php(180): Illuminate\\Routing\\Pipeline->Illuminate\\Routing\\{closure}()",
    "/app/vendor/laravel/framework/src/Illuminate/Routing/Router.php(805): Illuminate\\Pipeline\\Pipeline->then()",
    "/app/app/Http/Middleware/EnsureTenantBranch.php(31): Closure->__invoke()",
    "/app/vendor/laravel/framework/src/Illuminate/Foundation/Http/Kernel.php(175): Illuminate\\Pipeline\\Pipeline->then()",
    "/app/public/index.php(51): Illuminate\\Foundation\\Http\\Kernel->handle()",
    "{main}",
]


def g_laravel(phi, forced=None):
    CLK.tick()
    if forced:
        p, e = forced
    elif phi:
        p = pick()
        e = pick_phi_event(p)()
    else:
        e = R.choice(nonphi_events())()
    ln = Line("laravel")
    proc = web() if R.random() < 0.7 else worker()
    pk = prefix_kind()
    ln.add(app_prefix(proc, pk))
    env = R.choice(["production", "production", "production", "prod-worker"])
    ln.add("[%s] %s.%s: " % (CLK.lar(), env, e["level"]), e["msg"], " ")
    ln.add(J(e["ctx"]) if e["ctx"] else "[]", " ")
    ln.add(J(monolog_extra()) if R.random() < 0.3 else "[]")
    out = [ln]
    if e["exc"] and R.random() < 0.7:
        pre = app_prefix(proc, pk)
        l2 = Line("laravel")
        l2.add(pre, "[stacktrace]")
        out.append(l2)
        for i in range(R.randint(2, 4)):
            l3 = Line("laravel")
            l3.add(pre, "#%d %s" % (i, STACK_FRAMES[min(i + R.randint(0, 3), len(STACK_FRAMES) - 1)]))
            out.append(l3)
    return out


LEVELS = {"DEBUG": 100, "INFO": 200, "NOTICE": 250, "WARNING": 300, "ERROR": 400, "CRITICAL": 500}


def g_monolog(phi, forced=None):
    CLK.tick()
    if forced:
        p, e = forced
    elif phi:
        p = pick()
        e = pick_phi_event(p)()
    else:
        e = R.choice(nonphi_events())()
    ue = R.random() < 0.4
    se = R.random() < 0.3
    ln = Line("monolog_json")
    ln.add(app_prefix(web() if R.random() < 0.6 else worker()))
    extra = monolog_extra()
    if phi and e["channel"] == "portal" and R.random() < 0.6:
        extra = monolog_extra(lab("ip", p.rel.ip))
        extra["url"] = "/family/dashboard"
    obj = {"message": S(e["msg"]), "context": e["ctx"] or {}, "level": LEVELS[e["level"]], "level_name": e["level"],
           "channel": e["channel"], "datetime": CLK.iso(), "extra": extra}
    ln.add(J(obj, ue=ue, se=se))
    return [ln]


# =====================================================================
# family: symfony (referral intake micro-service)
# =====================================================================

def g_symfony(phi):
    CLK.tick()
    ln = Line("symfony")
    ln.add(app_prefix("intake.1"))
    ln.add("[%s] " % CLK.iso())
    if not phi:
        k = R.randrange(7)
        if k == 0:
            rid = R.randint(1000, 9999)
            ln.add('request.INFO: Matched route "api_referral_show". ', J({"route": "api_referral_show", "route_parameters": {"_route": "api_referral_show", "id": str(rid)},
                   "request_uri": "https://intake.brightpathhh.com/api/referrals/%d" % rid, "method": "GET"}), " []")
        elif k == 1:
            ln.add("security.DEBUG: Checking for authenticator support. ", J({"firewall_name": "api", "authenticators": 2}), " []")
        elif k == 2:
            rid = R.randint(1000, 9999)
            ln.add("doctrine.DEBUG: Executing statement: SELECT t0.id AS id_1, t0.status AS status_2, t0.source_facility AS source_facility_3 FROM referral t0 WHERE t0.id = ? (parameters: array{\"1\":%d}, types: array{\"1\":1}) " % rid,
                   J({"sql": "SELECT t0.id AS id_1, t0.status AS status_2, t0.source_facility AS source_facility_3 FROM referral t0 WHERE t0.id = ?", "params": {"1": rid}, "types": {"1": 1}}), " []")
        elif k == 3:
            ln.add("php.INFO: User Deprecated: Method \"Symfony\\Component\\HttpKernel\\Bundle\\Bundle::build()\" might add \"void\" as a native return type declaration in the future. ",
                   J({"exception": "[object] (ErrorException(code: 0): User Deprecated: ... at /srv/intake/vendor/symfony/error-handler/DebugClassLoader.php:341)"}), " []")
        elif k == 4:
            ln.add("messenger.INFO: Received message App\\Message\\ReferralImported ", J({"class": "App\\Message\\ReferralImported", "message_id": uuid4(), "transport": "async"}), " []")
        elif k == 5:
            ln.add("app.INFO: HL7 ADT^A04 received ", J({"msh_control_id": "MSG%08d" % R.randint(1, 99999999), "sending_facility": R.choice(["SJMC", "HMC", "WESLEY", "COXH"]),
                   "version": "2.5.1", "bytes": R.randint(900, 4000)}), " []")
        else:
            ln.add("request.CRITICAL: Uncaught PHP Exception Symfony\\Component\\HttpKernel\\Exception\\ServiceUnavailableHttpException: \"Upstream EHR feed unavailable\" at /srv/intake/src/Controller/ReferralController.php line 88 ",
                   J({"exception": "[object] (Symfony\\Component\\HttpKernel\\Exception\\ServiceUnavailableHttpException(code: 0): Upstream EHR feed unavailable at /srv/intake/src/Controller/ReferralController.php:88)"}), " []")
        return [ln]
    p = pick()
    k = R.randrange(4)
    if k == 0:
        ph = fmt_phone(p.phone, R.choice(["paren", "dash"]))
        dob = fmt_date(p.dob, "iso")
        sql = "INSERT INTO referral (first_name, last_name, dob, phone, source_mrn, source_facility) VALUES (?, ?, ?, ?, ?, ?)"
        params = {"1": lab("name", p.first), "2": lab("name", p.last), "3": lab("date", dob), "4": lab("phone", ph), "5": lab("mrn", p.hosp_mrn), "6": R.choice(HOSPITALS)}
        ln.add("doctrine.DEBUG: Executing statement: %s (parameters: array" % sql, J(params), ", types: array{\"1\":2,\"2\":2,\"3\":2,\"4\":2,\"5\":2,\"6\":2}) ")
        ln.add(J({"sql": sql, "params": params, "types": {str(i): 2 for i in range(1, 7)}}), " []")
    elif k == 1:
        ln.add("app.DEBUG: HL7 PID parsed ", J({"segment": S(hl7_pid(p)), "facility": R.choice(["SJMC", "HMC", "WESLEY", "COXH"])}), " []")
    elif k == 2:
        ln.add("app.WARNING: Referral address failed USPS validation ", J({"referral": R.randint(1000, 9999), "street": lab("address", p.addr.street),
               "city": lab("address", p.addr.city), "state": p.addr.state, "zip": lab("zip", p.addr.zip), "dpv": "N"}), " []")
    else:
        msg = S("Patient ", lab("name", p.full), " (DOB ", lab("date", fmt_date(p.dob, "us")), ", age ", age_txt(p), ") already has an open referral")
        ln.add("request.CRITICAL: Uncaught PHP Exception App\\Exception\\DuplicateReferralException: \"", msg,
               "\" at /srv/intake/src/Service/ReferralDeduplicator.php line 57 ",
               J({"exception": S("[object] (App\\Exception\\DuplicateReferralException(code: 409): ", msg, " at /srv/intake/src/Service/ReferralDeduplicator.php:57)")}), " []")
    return [ln]


def hl7_pid(p):
    a = p.addr
    sex = p.sex
    return ["PID|1||", lab("mrn", p.hosp_mrn), "^^^%s^MR||" % R.choice(["SJMC", "HMC", "WESLEY"]),
            lab("name", asciify(p.last).upper()), "^", lab("name", asciify(p.first).upper()), "||",
            lab("date", fmt_date(p.dob, "compact")), "|%s|||" % sex,
            lab("address", asciify(a.street).upper()), "^^", lab("address", a.city.upper()), "^%s^" % a.state, lab("zip", a.zip),
            "^USA||", lab("phone", "(%s)%s-%s" % (p.phone[:3], p.phone[3:6], p.phone[6:])), "|||||||",
            lab("ssn", p.ssn.replace("-", ""))]


# =====================================================================
# family: codeigniter (legacy billing / statements portal)
# =====================================================================

def g_ci(phi):
    CLK.tick()
    ln = Line("codeigniter")
    if R.random() < 0.6:
        ln.add(app_prefix("billing.1"))
    ts = CLK.lar()
    if not phi:
        k = R.randrange(8)
        msgs = [
            "INFO - %s --> Config Class Initialized" % ts,
            "DEBUG - %s --> Session: \"sess_save_path\" is empty; using \"session.save_path\" value from php.ini." % ts,
            "DEBUG - %s --> Total execution time: %.4f" % (ts, R.uniform(0.05, 3.2)),
            "ERROR - %s --> Severity: Warning --> count(): Parameter must be an array or an object that implements Countable /app/application/views/statements/list.php %d" % (ts, R.randint(20, 90)),
            "ERROR - %s --> 404 Page Not Found: favicon.ico" % ts,
            "ERROR - %s --> Severity: Notice --> Undefined index: mbi /app/application/models/Claims_model.php %d" % (ts, R.randint(100, 400)),
            "INFO - %s --> Database Driver Class Initialized" % ts,
            "ERROR - %s --> Query error: Lock wait timeout exceeded; try restarting transaction - Invalid query: UPDATE `claims` SET `status` = 'SUBMITTED' WHERE `batch_id` = %d" % (ts, R.randint(100, 999)),
        ]
        ln.add(msgs[k])
        return [ln]
    p = pick()
    r = p.rel
    k = R.randrange(6)
    if k == 5:
        ln.add("INFO - %s --> ID check guarantor=\"" % ts, lab("name", r.full), "\" dl=", lab("license", r.dl), " dl_state=%s dob_match=%s result=%s" % (
            r.dl_state, R.choice(["Y", "N"]), R.choice(["PASS", "REVIEW"])))
    elif k == 0:
        ln.add("ERROR - %s --> Query error: Duplicate entry '" % ts, lab("email", r.email), "' for key 'uniq_email' - Invalid query: INSERT INTO `guarantors` (`name`, `email`, `phone`, `patient_acct`) VALUES (",
               sq(lab("name", r.full), "bs"), ", ", sq(lab("email", r.email), "bs"), ", ", sq(lab("phone", fmt_phone(r.phone, "dash")), "bs"), ", ", sq(lab("account", p.acct), "bs"), ")")
    elif k == 1:
        ln.add("ERROR - %s --> 404 Page Not Found: statements/view/" % ts, lab("account", p.acct))
    elif k == 2:
        body = form([("card_number", lab("account", r.card)), ("exp", "%02d/%02d" % (R.randint(1, 12), R.randint(25, 30))), ("cvc", digits(3)),
                     ("name", lab("name", r.full)), ("zip", lab("zip", r.addr.zip)), ("amount", "%.2f" % R.uniform(25, 900))])
        ln.add("DEBUG - %s --> payment POST payload: " % ts, body)
    elif k == 3:
        ln.add("ERROR - %s --> Query error: Data too long for column 'phone' at row 1 - Invalid query: UPDATE `pt_contacts` SET `phone` = '" % ts,
               lab("phone", fmt_phone(r.phone, "dash")), " ext 2 (", r.relation, " ", lab("name", r.first), " cell)' WHERE `pt_id` = %d" % p.rowid)
    else:
        ln.add("INFO - %s --> statement emailed acct=" % ts, lab("account", p.acct), " to=", lab("email", r.email),
               " guarantor=\"", lab("name", r.last.upper() + ", " + r.first.upper()), "\" balance=%.2f" % R.uniform(40, 4000))
    return [ln]


# =====================================================================
# family: mysql slow log (blocks) and error log
# =====================================================================

def g_mysql_slow(phi):
    CLK.tick()
    out = []
    ip = R.choice(["10.0.3.17", "10.0.3.22", "10.0.4.9"])
    tid = R.randint(40000, 99999)
    qt = R.uniform(2.0, 19.0)
    hdr = [
        "# Time: %s" % CLK.isoz(),
        "# User@Host: %s[%s] @  [%s]  Id: %d" % (("bp_app",) * 2 + (ip, tid)) if R.random() < 0.8 else "# User@Host: bp_ro[bp_ro] @ ip-%s.ec2.internal [%s]  Id: %d" % (ip.replace(".", "-"), ip, tid),
        "# Query_time: %.6f  Lock_time: %.6f Rows_sent: %d  Rows_examined: %d" % (qt, R.uniform(0, 0.001), R.randint(0, 40), R.randint(10000, 4000000)),
        "SET timestamp=%d;" % CLK.epoch(),
    ]
    pre = "%s bp-hh-prod mysql-slow: " % CLK.sys() if R.random() < 0.4 else ""
    for h in hdr:
        l = Line("mysql_slow")
        l.add(pre, h)
        out.append(l)
    if R.random() < 0.3:
        l = Line("mysql_slow")
        l.add(pre, "use hh_prod;")
        out.insert(3, l)
    q = Line("mysql_slow")
    q.add(pre)
    if not phi:
        q.add(R.choice([
            "SELECT v.id, v.caregiver_id, v.scheduled_start FROM visits v WHERE v.scheduled_start BETWEEN '2024-11-18 00:00:00' AND '2024-11-24 23:59:59' AND v.branch_id = %d ORDER BY v.scheduled_start;" % R.randint(1, 4),
            "SELECT COUNT(*) FROM evv_events WHERE created_at > '2024-11-17 00:00:00' AND status = 'rejected';",
            "DELETE FROM sessions WHERE last_activity < %d;" % (CLK.epoch() - 7200),
            "SELECT c.batch_id, SUM(c.billed_amount) FROM claims c WHERE c.status IN ('SUBMITTED','ACCEPTED') GROUP BY c.batch_id;",
            "UPDATE jobs SET reserved_at = %d, attempts = attempts + 1 WHERE id = %d;" % (CLK.epoch(), R.randint(100000, 999999)),
            "SELECT * FROM payroll_lines WHERE period_end = '2024-11-16' AND employee_id = 'E10442';",
        ]))
    else:
        p = pick()
        k = R.randrange(5)
        if k == 0:
            q.add("SELECT p.* FROM patients p WHERE p.last_name = ", sq(lab("name", p.last), "bs"), " AND p.first_name = ", sq(lab("name", p.first), "bs"),
                  " AND p.dob = ", sq(lab("date", fmt_date(p.dob, "iso"))), " LIMIT 1;")
        elif k == 1:
            q.add("SELECT id, patient_id FROM family_contacts WHERE REPLACE(REPLACE(phone,'-',''),' ','') = ", sq(lab("phone", p.rel.phone)), ";")
        elif k == 2:
            q.add("UPDATE patients SET ssn = ", sq(lab("ssn", p.ssn)), ", updated_at = '%s' WHERE id = %d;" % (CLK.lar(), p.rowid))
        elif k == 3:
            q.add("SELECT c.* FROM claims c JOIN patients p ON p.id = c.patient_id WHERE p.mbi = ", sq(lab("health_plan", p.mbi)), " AND c.from_date >= '2024-01-01';")
        else:
            q.add("SELECT u.* FROM portal_users u WHERE LOWER(u.email) = ", sq(lab("email", p.rel.email)), " AND u.deleted_at IS NULL;")
    out.append(q)
    return out


def g_mysql_err(phi):
    CLK.tick()
    ln = Line("mysql_error")
    if R.random() < 0.5:
        ln.add("%s bp-hh-prod mysqld: " % CLK.sys())
    ts = CLK.isoz()
    if not phi:
        ln.add(R.choice([
            "%s %d [Warning] [MY-010055] [Server] IP address '10.0.3.%d' could not be resolved: Name or service not known" % (ts, R.randint(40000, 99999), R.randint(2, 60)),
            "%s %d [Note] [MY-010914] [Server] Aborted connection %d to db: 'hh_prod' user: 'bp_app' host: '10.0.3.17' (Got an error reading communication packets)." % (ts, R.randint(40000, 99999), R.randint(40000, 99999)),
            "%s 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.0.36'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL." % ts,
            "%s 0 [Warning] [MY-013360] [Server] Plugin sha256_password reported: ''sha256_password' is deprecated and will be removed in a future release. Please use caching_sha2_password instead'" % ts,
            "%s %d [Warning] [MY-012111] [InnoDB] Trying to access missing tablespace 4821" % (ts, R.randint(1, 99)),
            "%s 0 [Note] [MY-011953] [InnoDB] Page cleaner took %dms to flush %d pages" % (ts, R.randint(4000, 9000), R.randint(100, 4000)),
        ]))
        return [ln]
    p = pick()
    ln.add("%s %d [ERROR] [MY-010584] [Repl] Replica SQL for channel '': Worker 1 failed executing transaction 'ANONYMOUS' at source log mysql-bin.%06d, end_log_pos %d; Error 'Duplicate entry '" % (
        ts, R.randint(10, 40), R.randint(100, 999), R.randint(100000, 9999999)), lab("mrn", p.mrn),
        "' for key 'patients.uniq_mrn'' on query. Default database: 'hh_prod'. Query: 'INSERT INTO patients (mrn, first_name, last_name, dob) VALUES (''",
        lab("mrn", p.mrn), "'', ''", lab("name", p.first.replace("'", "''''")), "'', ''", lab("name", p.last.replace("'", "''''")), "'', ''",
        lab("date", fmt_date(p.dob, "iso")), "'')', Error_code: MY-001062")
    return [ln]


# =====================================================================
# family: queue workers
# =====================================================================

JOBS_NONPHI = ["App\\Jobs\\SyncEvvVisit", "App\\Jobs\\GenerateCensusReport", "App\\Jobs\\PushClaimsBatch", "App\\Jobs\\RecalculateMileage",
               "App\\Jobs\\PruneOldTelemetry", "App\\Jobs\\RefreshPayerFeeSchedule", "App\\Jobs\\SendShiftOfferSms", "App\\Listeners\\AuditVisitChange"]


def dots(left, right, width=100):
    n = max(3, width - len(left) - len(right) - 2)
    return left + " " + "." * n + " " + right


def g_queue(phi):
    CLK.tick()
    ln = Line("queue_worker")
    ln.add(app_prefix(worker()))
    if not phi:
        k = R.randrange(6)
        job = R.choice(JOBS_NONPHI)
        if k == 0:
            ln.add(dots("  %s %s" % (CLK.lar(), job), "RUNNING"))
        elif k == 1:
            ln.add(dots("  %s %s" % (CLK.lar(), job), "%.2fms DONE" % R.uniform(4, 9000)))
        elif k == 2:
            ln.add(dots("  %s %s" % (CLK.lar(), job), "%.2fms FAIL" % R.uniform(4, 30000)))
        elif k == 3:
            ln.add("[%s][%s] Processing: %s" % (CLK.lar(), uuid4(), job))
        elif k == 4:
            c = cg()
            ln.add("[%s] sms.out job=SendShiftOfferSms caregiver=%s to=%s shift=OPEN-%d status=queued" % (
                CLK.lar(), c[0], fmt_phone(phone_digits(R.choice(["918", "316", "417", "479"])), "e164"), R.randint(1000, 9999)))
        else:
            ln.add("Horizon: supervisor-%d queue=evv,sms,default balance=auto processes=%d pending=%d wait=%ds" % (
                R.randint(1, 3), R.randint(2, 10), R.randint(0, 400), R.randint(0, 90)))
        return [ln]
    p = pick()
    r = p.rel
    k = R.randrange(4)
    if k == 0:
        ln.add("[%s][%s] Processing: App\\Jobs\\SendVisitReminderSms to=" % (CLK.lar(), uuid4()), lab("phone", fmt_phone(p.cell, "e164")),
               " client=", lab("mrn", p.mrn))
    elif k == 1:
        bad = p.last.upper()
        typo = bad[:-1] + ("E" if bad[-1] != "E" else "A")
        ln.add("[%s] FAILED App\\Jobs\\PushEvvToAggregator visit=%s medicaid_id=" % (CLK.lar(), visit_id()), lab("health_plan", p.medicaid),
               " reason=\"Client name mismatch: expected '", lab("name", "%s, %s" % (bad, p.first.upper())), "' got '", lab("name", "%s, %s" % (typo, p.first.upper())), "'\"")
    elif k == 2:
        cls = "App\\Jobs\\SendFamilyUpdateEmail"
        ser = ['O:%d:"%s":3:{' % (len(cls), cls), php_ser_str("email"), php_ser_str(lab("email", r.email)),
               php_ser_str("recipientName"), php_ser_str(lab("name", r.full)), php_ser_str("visitId"), "i:%d;}" % R.randint(3000000, 3999999)]
        payload = {"uuid": uuid4(), "displayName": cls, "job": "Illuminate\\Queue\\CallQueuedHandler@call", "maxTries": 3,
                   "maxExceptions": None, "failOnTimeout": False, "backoff": None, "timeout": 60,
                   "data": {"commandName": cls, "command": S(ser)}}
        ln.add("[%s] Failed job payload: " % CLK.lar(), J(payload, se=True))
    else:
        ln.add("Twilio\\Exceptions\\RestException: [HTTP 400] Unable to create record: The 'To' number ", lab("phone", fmt_phone(r.phone, "e164")),
               " is not a valid phone number. in /app/vendor/twilio/sdk/src/Twilio/Version.php:88")
    return [ln]


# =====================================================================
# family: cron
# =====================================================================

def g_cron(phi):
    CLK.tick()
    ln = Line("cron")
    if not phi:
        k = R.randrange(6)
        if k == 0:
            ln.add("%s worker-cron CRON[%d]: (bpapp) CMD (cd /app && php artisan schedule:run >> /dev/null 2>&1)" % (CLK.sys(), R.randint(1000, 40000)))
        elif k == 1:
            ln.add("[cron:evv-sync] %s pushed %d visits to aggregator in %.1fs (batch %s)" % (CLK.iso_s(), R.randint(50, 600), R.uniform(3, 90), CLK.t.strftime("%Y%m%d-%H%M")))
        elif k == 2:
            ln.add("[cron:census] snapshot ok rows=%d branches=TUL,WIC,SGF,FSM sha1=%s" % (R.randint(900, 1400), hx(40)))
        elif k == 3:
            ln.add("[cron:backup] mysqldump hh_prod | gzip → s3://bp-backups/hh_prod/%s.sql.gz (%.2f GiB, %ds)" % (CLK.t.strftime("%Y-%m-%dT%H%M"), R.uniform(1.8, 2.9), R.randint(120, 900)))
        elif k == 4:
            ln.add("%s bp-hh-prod app/scheduler.%d: Running scheduled command: '/app/.heroku/php/bin/php' 'artisan' payroll:export --period=2024-11-16 > '/dev/null' 2>&1" % (CLK.sys(), R.randint(1000, 9999)))
        else:
            ln.add("[cron:cert-expiry] %d caregiver credentials expire within 30 days; report mailed to %s" % (R.randint(1, 30), R.choice(STAFF_USERS)))
        return [ln]
    p = pick()
    r = p.rel
    k = R.randrange(4)
    if k == 0:
        cert_end = REF + dt.timedelta(days=R.randint(1, 10))
        ln.add("[cron:recert-due] ", lab("mrn", p.mrn), " ", lab("name", lf(p)), " SOC=", lab("date", fmt_date(p.soc, "us")),
               " cert_end=", lab("date", fmt_date(cert_end, "us")), " age=", age_txt(p), " clinician=\"%s\"" % R.choice(NURSES))
    elif k == 1:
        bday = dt.date(2024, p.dob.month, p.dob.day)
        ln.add("[cron:birthday-cards] card queued for ", lab("name", p.full), " (turns ", lab("age", str(p.age + 1)) if p.age + 1 > 89 else str(p.age + 1),
               " on ", lab("date", "%d/%d" % (bday.month, bday.day)), ") → ", addr_parts(p.addr))
    elif k == 2:
        ln.add("[cron:bereavement] 13-month follow-up letter for ", lab("name", r.full), " (", r.relation, " of ", lab("name", p.full),
               ", dod ", lab("date", fmt_date(p.dod - dt.timedelta(days=R.randint(30, 390)), "iso")), ") to ", lab("email", r.email))
    else:
        ln.add("%s worker-cron run-parts[%d]: /etc/cron.daily/sftp-census: put ADT_%s.txt ok; first row: " % (CLK.sys(), R.randint(1000, 40000), CLK.t.strftime("%Y%m%d")),
               lab("mrn", p.mrn), "|", lab("name", asciify(p.last).upper()), "|", lab("name", asciify(p.first).upper()), "|", lab("date", fmt_date(p.dob, "compact")), "|",
               lab("date", fmt_date(p.soc, "compact")), "|A")
    return [ln]


# =====================================================================
# family: twilio webhooks
# =====================================================================

def tsid(prefix):
    return prefix + hx(32)


ACCOUNT_SID = "AC" + hx(32)
MSG_SVC = "MG" + hx(32)


def g_twilio(phi):
    CLK.tick()
    ln = Line("twilio_webhook")
    ln.add(app_prefix(web()))
    agency = R.choice(AGENCY_NUMBERS)
    if not phi:
        k = R.randrange(4)
        if k == 0:
            ln.add("[twilio] POST /webhooks/twilio/status ", form([("SmsSid", tsid("SM")), ("SmsStatus", "delivered"), ("MessageStatus", "delivered"),
                   ("To", "+1918*******%s" % digits(2)), ("MessagingServiceSid", MSG_SVC), ("AccountSid", ACCOUNT_SID), ("From", agency), ("ApiVersion", "2010-04-01")]))
        elif k == 1:
            ln.add("[twilio] status=undelivered ErrorCode=30007 MessageSid=%s redacted_to=***%s" % (tsid("SM"), digits(4)))
        elif k == 2:
            c = cg()
            ln.add("[twilio] outbound shift offer to caregiver %s %s (%s) sid=%s" % (c[0], staff_name_cg(c), fmt_phone(phone_digits(R.choice(["918", "316", "479"])), "e164"), tsid("SM")))
        else:
            ln.add("[twilio] validated X-Twilio-Signature for https://app.brightpathhh.com/webhooks/twilio/voice/evv (%dms)" % R.randint(1, 9))
        return [ln]
    p = pick()
    r = p.rel
    k = R.randrange(3)
    if k == 0:   # inbound SMS from family member
        a = r.addr
        par = "Mom" if p.sex == "F" else "Dad"
        body = R.choice([S("This is ", lab("name", r.first), ". %s had a rough night, can the nurse come early?" % par),
                         S("Running late, please call me at ", lab("phone", fmt_phone(r.phone, "dash"))),
                         S("%s's DOB is " % par, lab("date", fmt_date(p.dob, "usshort")), " for the form"),
                         S("STOP")])
        pairs = [("ToCountry", "US"), ("ToState", "OK"), ("SmsMessageSid", tsid("SM")), ("NumMedia", "0"), ("ToCity", "TULSA"),
                 ("FromZip", lab("zip", a.zip)), ("SmsSid", tsid("SM")), ("FromState", a.state), ("SmsStatus", "received"),
                 ("FromCity", lab("address", a.city.upper())), ("Body", body), ("FromCountry", "US"), ("To", agency),
                 ("MessagingServiceSid", MSG_SVC), ("ToZip", "74136"), ("NumSegments", "1"), ("MessageSid", tsid("SM")),
                 ("AccountSid", ACCOUNT_SID), ("From", lab("phone", "+1" + r.phone)), ("ApiVersion", "2010-04-01")]
        ln.add("[twilio] POST /webhooks/twilio/sms ", form(pairs))
    elif k == 1:  # telephony EVV: caregiver calls from the client's landline
        a = p.addr
        ph = lab("phone", "+1" + p.phone)
        cnam = R.choice(["%s %s" % (asciify(p.last).upper(), p.first[0].upper()), "%s %s" % (asciify(p.last).upper()[:12], asciify(p.first).upper()[:2])])
        pairs = [("AccountSid", ACCOUNT_SID), ("ApiVersion", "2010-04-01"), ("CallSid", tsid("CA")), ("CallStatus", "ringing"),
                 ("Called", "+19184942210"), ("CalledCity", "TULSA"), ("CalledCountry", "US"), ("CalledState", "OK"), ("CalledZip", "74136"),
                 ("Caller", ph), ("CallerCity", lab("address", a.city.upper())), ("CallerCountry", "US"), ("CallerName", lab("name", cnam)),
                 ("CallerState", a.state), ("CallerZip", lab("zip", a.zip)), ("Direction", "inbound"), ("From", lab("phone", "+1" + p.phone)),
                 ("FromCity", lab("address", a.city.upper())), ("FromCountry", "US"), ("FromState", a.state), ("FromZip", lab("zip", a.zip)),
                 ("To", "+19184942210"), ("ToCity", "TULSA"), ("ToCountry", "US"), ("ToState", "OK"), ("ToZip", "74136")]
        ln.add("[twilio] POST /webhooks/twilio/voice/evv ", form(pairs))
    else:        # status callback to a family member
        st = R.choice(["delivered", "delivered", "undelivered", "failed"])
        ln.add("[twilio] POST /webhooks/twilio/status ", J({"MessageSid": tsid("SM"), "MessageStatus": st,
               "ErrorCode": None if st == "delivered" else R.choice(["30003", "30005", "30006"]), "To": lab("phone", "+1" + r.phone), "From": agency,
               "AccountSid": ACCOUNT_SID}, se=True))
    return [ln]


# =====================================================================
# family: docusign connect
# =====================================================================

DS_ACCOUNT = uuid4()
DS_CONFIG = 10482913


def g_docusign(phi):
    CLK.tick()
    ln = Line("docusign_webhook")
    ln.add(app_prefix(web()))
    env = uuid4()
    if not phi:
        c = cg()
        k = R.randrange(3)
        if k == 0:
            payload = {"event": "envelope-sent", "apiVersion": "v2.1", "uri": "/restapi/v2.1/accounts/%s/envelopes/%s" % (DS_ACCOUNT, env),
                       "retryCount": 0, "configurationId": DS_CONFIG, "generatedDateTime": CLK.isoms(),
                       "data": {"accountId": DS_ACCOUNT, "userId": uuid4(), "envelopeId": env, "envelopeSummary": {
                           "status": "sent", "emailSubject": "Caregiver onboarding packet - %s" % staff_name_cg(c),
                           "recipients": {"signers": [{"name": staff_name_cg(c), "email": "%s.%s@brightpathhh.com" % (slug(c[1])[:1], slug(c[2])),
                                                       "recipientId": "1", "routingOrder": "1", "status": "sent"}]}}}}
            ln.add("docusign.connect ", J(payload, ue=True, se=True))
        elif k == 1:
            ln.add("docusign.connect envelope=%s event=recipient-delivered retry=%d hmac=ok" % (env, R.randint(0, 2)))
        else:
            ln.add("docusign.connect HMAC verification failed for configurationId=%d (X-DocuSign-Signature-1=%s)" % (DS_CONFIG, b64(32)))
        return [ln]
    p = pick()
    signer_is_rep = R.random() < 0.5
    sname = p.rel.full if signer_is_rep else p.full
    semail = p.rel.email if signer_is_rep else (p.email or p.rel.email)
    doc = R.choice(["Hospice Election Statement", "Consent for Care", "Notice of Medicare Non-Coverage", "HIPAA Authorization", "Private Pay Agreement"])
    event = R.choice(["envelope-completed", "recipient-completed", "envelope-declined"])
    payload = {"event": event, "apiVersion": "v2.1",
               "uri": "/restapi/v2.1/accounts/%s/envelopes/%s" % (DS_ACCOUNT, env), "retryCount": 0, "configurationId": DS_CONFIG,
               "generatedDateTime": CLK.isoms(), "data": {"accountId": DS_ACCOUNT, "userId": uuid4(), "envelopeId": env, "envelopeSummary": {
                   "status": "declined" if event == "envelope-declined" else "completed", "emailSubject": S("Please DocuSign: %s – " % doc, lab("name", p.full)),
                   "sender": {"userName": "Gloria Whitmore", "email": "g.whitmore@brightpathhh.com"},
                   "recipients": {"signers": [{"name": lab("name", sname), "email": lab("email", semail), "recipientId": "1",
                                               "clientUserId": lab("mrn", p.mrn), "roleName": "Patient or Representative",
                                               "status": "declined" if event == "envelope-declined" else "completed"}]},
                   "customFields": {"textCustomFields": [{"name": "mrn", "value": lab("mrn", p.mrn)}, {"name": "branch", "value": R.choice(list(BRANCHES))}]}}}}
    if R.random() < 0.5:
        ln.add("docusign.connect ", J(payload, ue=True, se=True))
    else:
        # payload logged as a raw string inside a Laravel context -> double escaped
        ln.add("[%s] production.INFO: DocuSign Connect received " % CLK.lar(), J({"payload": S(J(payload, ue=True, se=True)), "bytes": R.randint(1800, 9000)}), " []")
    return [ln]


# =====================================================================
# family: EVV (caregiver app / telephony / aggregator)
# =====================================================================

APP_UA = ["BPCare/4.12.1 (Android 14; SM-A536U)", "BPCare/4.12.0 (iOS 17.6.1; iPhone14,5)", "BPCare/4.11.7 (Android 13; moto g stylus 5G)"]


def g_evv(phi):
    CLK.tick()
    ln = Line("evv_checkin")
    ln.add(app_prefix(R.choice(["evv.1", "evv.2", web()])))
    c = cg()
    if not phi:
        k = R.randrange(5)
        if k == 0:
            ln.add("evv event=check_out visit=%s cg=%s duration=%dh%02dm geofence=pass dist=%dm method=GPS app=%s" % (
                visit_id(), c[0], R.randint(0, 4), R.randint(0, 59), R.randint(2, 140), R.choice(APP_UA).split()[0]))
        elif k == 1:
            ln.add("evv.sync batch=%s pushed=%d rejected=%d aggregator=%s latency=%dms" % (hx(12), R.randint(40, 600), R.randint(0, 6),
                   R.choice(["Sandata", "HHAeXchange", "Tellus"]), R.randint(300, 9000)))
        elif k == 2:
            ln.add(J({"evt": "app_start", "cg": c[0], "device_id": uuid4().upper(), "model": R.choice(["SM-A536U", "Pixel 7a"]), "os": "Android 14", "app": "4.12.%d (%d)" % (R.randint(0, 3), R.randint(4100, 4130)),
                      "push_token": hx(64), "ts": CLK.isoms()}))
        elif k == 3:
            ln.add("evv event=geofence_override visit=%s cg=%s approved_by=%s reason=\"client at adult day center\" supervisor_phone=%s" % (
                visit_id(), c[0], R.choice(NURSES).split(",")[0].replace(" ", "."), BRANCHES["TUL"][1].replace(" ", "")))
        else:
            ln.add("evv event=missed_visit_alert visit=%s cg=%s sched_window=late>15m escalated_to=%s" % (visit_id(), c[0], R.choice(STAFF_USERS)))
        return [ln]
    p = pick()
    a = p.addr
    k = R.randrange(4)
    sched = dt.datetime.combine(REF, dt.time(max(7, min(17, CLK.t.hour - 6)), R.choice([0, 30])))   # today's visit (local time)
    if k == 0:
        ln.add("evv event=check_in visit=%s cg=%s client=" % (visit_id(), c[0]), lab("mrn", p.mrn), " sched_start=",
               lab("date", sched.strftime("%Y-%m-%dT%H:%M:00-06:00")), " lat=", lab("address", "%.5f" % a.lat), " lng=", lab("address", "%.5f" % a.lng),
               " acc=%dm geofence=pass dist=%dm method=GPS ua=\"%s\"" % (R.randint(3, 40), R.randint(2, 140), R.choice(APP_UA)))
    elif k == 1:
        ln.add("evv.ivr checkin ani=", lab("phone", p.phone), " matched client=", lab("mrn", p.mrn), " (", lab("name", lf(p, upper=True)),
               ") cg=%s pin=ok service=%s" % (c[0], R.choice(["T1019", "S5130", "G0156", "T1021"])))
    elif k == 2:
        body = {"ProviderIdentification": {"ProviderQualifier": "NPI", "ProviderID": AGENCY_NPI},
                "VisitOtherID": visit_id(), "SequenceID": CLK.epoch(), "EmployeeQualifier": "EmployeeCustomID",
                "EmployeeIdentifier": EMP_ID[c[0]], "ClientIDQualifier": "ClientCustomID", "ClientID": lab("mrn", p.mrn),
                "ClientMedicaidID": lab("health_plan", p.medicaid), "ClientFirstName": lab("name", p.first), "ClientLastName": lab("name", p.last),
                "ClientSSN": lab("ssn", p.ssn.replace("-", "")), "ProcedureCode": R.choice(["T1019", "S5130"]),
                "ScheduleStartTime": lab("date", (sched + dt.timedelta(hours=6)).strftime("%Y-%m-%dT%H:%M:%SZ")),
                "Calls": [{"CallExternalID": hx(16), "CallDateTime": CLK.iso_s(), "CallAssignment": "Time In", "CallType": "Mobile",
                           "CallLatitude": labn("address", "%.6f" % a.lat), "CallLongitude": labn("address", "%.6f" % a.lng)}]}
        ln.add("evv.aggregator POST /interfaces/intake/visits/rest/api/v1.1 body=", J([body]))
    else:
        # loc = the caregiver phone's fix at the client's door, i.e. the client's home geocode
        ln.add(J({"evt": "visit_clock_in", "visit": visit_id(), "cg": c[0], "client": {"ref": lab("mrn", p.mrn), "name": lab("name", p.full),
                  "addr": S(addr_parts(a))}, "loc": {"lat": labn("address", "%.5f" % (a.lat + R.uniform(-0.0004, 0.0004))),
                  "lng": labn("address", "%.5f" % (a.lng + R.uniform(-0.0004, 0.0004))), "acc": float(R.randint(3, 30))},
                  "app": "4.12.1 (4121)", "ts": CLK.isoms()}))
    return [ln]


# =====================================================================
# family: scheduling export (CSV)
# =====================================================================

SCHED_HDR = "visit_id,branch,visit_date,start,end,caregiver_id,caregiver,client_no,client_name,client_address,client_phone,service,payer"


def g_sched(phi):
    CLK.tick()
    ln = Line("schedule_export")
    if R.random() < 0.3:
        ln.add("%s bp-hh-prod app/scheduler.1: " % CLK.sys())
    c = cg()
    if not phi:
        k = R.choices([0, 1, 2, 3, 4], [1, 4, 1, 2, 2])[0]
        if k == 0:
            ln.add(SCHED_HDR)
        elif k == 3:
            d = REF + dt.timedelta(days=R.randint(1, 6))
            ln.add(csvrow(["OPEN-%d" % R.randint(1000, 9999), R.choice(list(BRANCHES)), d.isoformat(), "%02d:00" % R.choice([7, 8, 19]), "%02d:00" % R.choice([11, 15, 23]),
                           "", "", "", "", "", "", R.choice(["HHA-PC", "RESPITE", "CONT-CARE"]), "UNASSIGNED"]))
        elif k == 4:
            ln.add("scheduler.export: wrote %d rows to s3://bp-exports/schedule/2024-W47-%s.csv in %dms (svc-scheduler)" % (
                R.randint(300, 900), R.choice(list(BRANCHES)).lower(), R.randint(200, 9000)))
        elif k == 1:
            d = REF + dt.timedelta(days=R.randint(1, 6))
            ln.add(csvrow(["T24-%05d" % R.randint(1, 99999), R.choice(list(BRANCHES)), d.isoformat(), "13:00", "15:00", c[0], "%s, %s" % (c[2], c[1]),
                           "", "", "", "", R.choice(["IN-SERVICE TRAINING", "TB TEST", "SKILLS CHECKOFF"]), "INTERNAL"]))
        else:
            ln.add("# rows=%d generated_at=%s by=svc-scheduler week=2024-W47 sha256=%s" % (R.randint(300, 900), CLK.iso_s(), hx(64)))
        return [ln]
    p = pick()
    d = p.svc + dt.timedelta(days=R.randint(0, 6))
    st = R.choice([7, 8, 9, 12, 13, 15])
    ln.add(csvrow([visit_id(), branch_of(p), lab("date", fmt_date(d, R.choice(["iso", "us"]))), "%02d:00" % st, "%02d:00" % (st + R.choice([1, 2, 4])),
                   c[0], "%s, %s" % (c[2], c[1]), lab("mrn", p.mrn), lab("name", lf(p)), addr_parts(p.addr),
                   lab("phone", fmt_phone(p.phone, R.choice(["paren", "dash"]))), R.choice(["HHA-PC", "SN-RN", "PT-EVAL", "HOSP-RN", "RESPITE"]),
                   payer_of(p)]))
    return [ln]


# =====================================================================
# family: payroll export (pipe-delimited)
# =====================================================================

def g_payroll(phi):
    CLK.tick()
    ln = Line("payroll_export")
    c = cg()
    eid = EMP_ID[c[0]]
    if not phi:
        k = R.randrange(3)
        if k == 0:
            ln.add("H|ADP-WFN|BPHH|PAYGROUP=HHA-BIWK|PERIOD=2024-11-03:2024-11-16|GEN=%s|V=3" % CLK.iso_s())
        elif k == 1:
            reg, rate = R.uniform(20, 80), R.uniform(14, 32)
            mi = R.uniform(20, 400)
            ln.add("E|%s|%s|%s|***-**-%s|REG|%.2f|%.2f|%.2f|OT|%.2f|%.2f|MI|%.1f|0.67|%.2f" % (
                eid, asciify(c[2]).upper(), asciify(c[1]).upper(), digits(4), reg, rate, reg * rate, R.uniform(0, 8), rate * 1.5, mi, mi * 0.67))
        else:
            ln.add("T|COUNT=%d|GROSS=%s|MILEAGE=%s" % (R.randint(200, 400), format(R.uniform(300000, 500000), ",.2f"), format(R.uniform(9000, 20000), ",.2f")))
        return [ln]
    p = pick()
    ln.add("D|%s|" % eid, lab("date", fmt_date(dt.date(2024, 11, R.randint(3, 16)), "iso")), "|", lab("mrn", p.mrn), "|", lab("name", asciify(lf(p, upper=True))),
           "|%s|%.2f|%.2f|%s" % (R.choice(["S9122", "T1019", "G0156", "S5130"]), R.choice([1.0, 1.5, 2.0, 4.0]), R.uniform(14, 32), visit_id()))
    return [ln]


# =====================================================================
# family: php-fpm / php error_log
# =====================================================================

def g_php(phi):
    CLK.tick()
    ln = Line("php_error")
    ln.add(app_prefix(web()))
    if not phi:
        ln.add(R.choice([
            "[%s UTC] PHP Warning:  Undefined array key \"middle_name\" in /app/app/Services/Intake/ReferralMapper.php on line %d" % (CLK.php(), R.randint(40, 200)),
            "[%s UTC] PHP Deprecated:  Creation of dynamic property App\\Legacy\\StatementPdf::$footer is deprecated in /app/legacy/StatementPdf.php on line %d" % (CLK.php(), R.randint(10, 90)),
            "[%s] WARNING: [pool www] server reached pm.max_children setting (%d), consider raising it" % (CLK.php(), R.choice([16, 24, 32])),
            "[%s] NOTICE: [pool www] child %d exited with code 0 after %.6f seconds from start" % (CLK.php(), R.randint(100, 9999), R.uniform(100, 4000)),
            "[%s UTC] PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate %d bytes) in /app/vendor/dompdf/dompdf/src/Frame/FrameTree.php on line 214" % (CLK.php(), R.randint(20480, 4194304)),
            "[%s] NOTICE: fpm is running, pid %d" % (CLK.php(), R.randint(100, 999)),
        ]))
        return [ln]
    p = pick()
    k = R.randrange(3)
    if k == 0:
        d = p.dob
        ln.add("[%s UTC] PHP Fatal error:  Uncaught InvalidArgumentException: Could not parse date_of_birth \"" % CLK.php(),
               lab("date", d.strftime("%d/%m/%Y")),
               "\" for ", lab("mrn", p.mrn), " in /app/app/Support/DateParser.php:41")
    elif k == 1:
        a = p.addr
        url = "https://maps.googleapis.com/maps/api/geocode/json?address=" + qp("%s, %s, %s %s" % (a.street, a.city, a.state, a.zip)) + "&key=AIza" + b64(26)[:35]
        ln.add("[%s UTC] PHP Warning:  file_get_contents(" % CLK.php(), lab("url", url),
               "): Failed to open stream: HTTP request failed! HTTP/1.1 429 Too Many Requests in /app/app/Services/Geocoder.php on line 57")
    else:
        ln.add("[%s UTC] PHP Notice:  Undefined offset: 3 in /app/legacy/hl7/parse.php on line 112 (segment: " % CLK.php(), hl7_pid(p), ")")
    return [ln]


# =====================================================================
# family: heroku platform lines (never PHI)
# =====================================================================

def g_platform(phi):
    CLK.tick()
    ln = Line("heroku_platform")
    pre = R.choice(["%s heroku[%%s]: " % CLK.iso(), "%s bp-hh-prod heroku/%%s: " % CLK.sys()])
    k = R.randrange(9)
    dyno = web()
    if k == 0:
        ln.add(pre % dyno, "State changed from starting to up")
    elif k == 1:
        m = R.randint(530, 700)
        ln.add(pre % dyno, "Process running mem=%dM(%.1f%%)" % (m, m / 5.12))
    elif k == 2:
        ln.add(pre % dyno, "Error R14 (Memory quota exceeded)")
    elif k == 3:
        n = R.randint(1000, 9999)
        ln.add(pre % ("scheduler.%d" % n), "Starting process with command `php artisan evv:sync --branch=%s`" % R.choice(list(BRANCHES)))
    elif k == 4:
        ln.add(pre % ("scheduler.%d" % R.randint(1000, 9999)), "Process exited with status 0")
    elif k == 5:
        ln.add("%s app[api]: Release v%d created by user deploy-bot@brightpathhh.com" % (CLK.iso(), R.randint(400, 420)))
    elif k == 6:
        ln.add("%s app[api]: Deploy %s by user deploy-bot@brightpathhh.com" % (CLK.iso(), hx(8)))
    elif k == 7:
        ln.add(pre % "worker.1", "Cycling")
    else:
        ln.add("%s app[heroku-redis]: source=REDIS addon=redis-curved-41822 sample#active-connections=%d sample#load-avg-1m=%.2f sample#memory-total=16070108kB sample#memory-free=%dkB" % (
            CLK.iso(), R.randint(8, 60), R.uniform(0, 1.4), R.randint(8000000, 14000000)))
    return [ln]


# =====================================================================
# family: nginx access (heroku-php buildpack)
# =====================================================================

UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.102 Mobile Safari/537.36",
       "BPCare/4.12.1 (Android 14; SM-A536U) okhttp/4.12.0"]


def g_nginx(phi):
    CLK.tick()
    ln = Line("nginx_access")
    ln.add(app_prefix(web()))
    rip = "10.1.%d.%d" % (R.randint(0, 60), R.randint(2, 250))
    if not phi:
        path = R.choice(["/build/assets/app-%s.css" % hx(8), "/api/v3/evv/visits/%s/check-in" % visit_id(), "/healthz", "/admin/census?branch=TUL",
                         "/livewire/livewire.js?id=%s" % hx(8)])
        ua = UAS[3] if "/evv/" in path else R.choice(UAS[:3])
        xff = carrier_ip() if "/evv/" in path else R.choice(OFFICE_IPS + MONITOR_IPS)
        ln.add('%s - - [%s] "%s %s HTTP/1.1" %d %d "%s" "%s" "%s" rt=%.3f' % (rip, CLK.ngx(), R.choice(["GET", "POST"]), path, R.choice([200, 200, 304, 204]),
               R.randint(0, 90000), "-", ua, xff, R.uniform(0.001, 2.5)))
        return [ln]
    p = pick()
    r = p.rel
    k = R.randrange(3)
    if k == 0:
        path = ["/family/p/", lab("mrn", p.mrn), "/visits"]
        ref = "https://family.brightpathhh.com/family/dashboard"
    elif k == 1:
        path = ["/family/password/reset?", qs([("email", lab("email", r.email))])]
        ref = "-"
    else:
        path = ["/family/messages"]
        ref = ["", lab("url", "https://family.brightpathhh.com/family/p/%s/care-team" % p.mrn)]
    ln.add(rip, ' - - [%s] "GET ' % CLK.ngx(), path, ' HTTP/1.1" %d %d "' % (R.choice([200, 200, 302]), R.randint(200, 40000)), ref,
           '" "%s" "' % R.choice(UAS[:3]), lab("ip", r.ip), '" rt=%.3f' % R.uniform(0.01, 1.8))
    return [ln]


# =====================================================================
# main
# =====================================================================

FAMILIES = [
    (g_router, 13), (g_laravel, 15), (g_monolog, 9), (g_symfony, 6), (g_ci, 6), (g_mysql_slow, 1.6), (g_mysql_err, 3),
    (g_queue, 7), (g_cron, 5), (g_twilio, 6), (g_docusign, 4), (g_evv, 8), (g_sched, 4), (g_payroll, 3.5), (g_php, 3.5),
    (g_platform, 4), (g_nginx, 3),
]
NEVER_PHI = {g_platform}


def pick_old():
    return R.choice([p for p in PATIENTS if p.age > 89])


def forced_event(idx, old=False):
    """render a specific application event (by index in phi_events) as Laravel or Monolog JSON"""
    def run():
        p = pick_old() if old else pick()
        e = phi_events(p)[idx]()
        return (g_laravel if R.random() < 0.55 else g_monolog)(True, forced=(p, e))
    return run


# events forced in at least this often so that rare categories are represented
# (indices into phi_events: 11 vehicle, 12 rpm devices, 13 age, 14 photo, 15 voiceprint, 16 other_id,
#  18 url, 20 licence, 21 fax, 25 referral summary w/ age, 26 fingerprint, 1/2 election/death w/ age)
FORCED_PLAN = ([(11, False)] * 3 + [(13, True)] * 3 + [(14, False)] * 4 + [(15, False)] * 2 + [(16, False)] * 4 +
               [(18, False)] * 5 + [(20, False)] * 3 + [(21, False)] * 3 + [(25, True)] * 3 + [(26, False)] * 3 +
               [(1, True)] + [(2, True)] * 2 + [(12, False)])


def build():
    lines = []
    phi_lines = 0
    fams = [f for f, _ in FAMILIES]
    wts = [w for _, w in FAMILIES]
    forced = [forced_event(i, o) for i, o in FORCED_PLAN]
    R.shuffle(forced)
    while len(lines) < N_LINES:
        remaining = N_LINES - len(lines)
        need = TARGET_PHI_LINES - phi_lines
        p = max(0.0, min(1.0, need / remaining))
        want = R.random() < p
        if want and forced and R.random() < 0.3:
            got = forced.pop()()
        else:
            f = R.choices(fams, wts)[0]
            if want and f in NEVER_PHI:
                continue
            got = f(want)
        for ln in got:
            if len(lines) >= N_LINES:
                break
            lines.append(ln)
            if ln.spans:
                phi_lines += 1
    assert not forced, "forced events left over: %d" % len(forced)
    return lines


def verify(lines):
    for i, ln in enumerate(lines, 1):
        b = bytes(ln.buf)
        assert b"\n" not in b and b"\r" not in b, (i, b)
        assert len(b) <= 20000, (i, len(b))
        b.decode("utf-8")
        prev = 0
        for s, e, cat, v in ln.spans:
            assert 0 <= s < e <= len(b), (i, s, e)
            assert s >= prev, ("overlap", i)
            prev = e
            assert b[s:e] == v, (i, s, e, b[s:e], v)   # the bytes are exactly the value meant to be labelled
            assert v == v.strip(), ("whitespace at span edge", i, v)
            assert cat in CATS, cat


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account",
        "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}


def main():
    lines = build()
    assert len(lines) == N_LINES
    verify(lines)
    log_path = os.path.join(HERE, "bu.log")
    lab_path = os.path.join(HERE, "bu.labels.jsonl")
    with open(log_path, "wb") as fh:
        for ln in lines:
            fh.write(bytes(ln.buf) + b"\n")
    with open(lab_path, "w", encoding="utf-8", newline="\n") as fh:
        for i, ln in enumerate(lines, 1):
            fh.write(json.dumps({"line": i, "family": ln.family,
                                 "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in ln.spans]}) + "\n")
    # re-read and re-verify from disk
    data = open(log_path, "rb").read().split(b"\n")
    assert data[-1] == b"" and len(data) == N_LINES + 1
    for raw, labl, ln in zip(data, open(lab_path, encoding="utf-8"), lines):
        obj = json.loads(labl)
        for sp, (_, _, _, v) in zip(obj["spans"], ln.spans):
            assert raw[sp["s"]:sp["e"]] == v
    counts = {}
    for ln in lines:
        for _, _, c, _ in ln.spans:
            counts[c] = counts.get(c, 0) + 1
    clean = sum(1 for ln in lines if not ln.spans)
    fams = {}
    for ln in lines:
        fams[ln.family] = fams.get(ln.family, 0) + 1
    print("lines", len(lines), "without PHI", clean, "(%.1f%%)" % (100.0 * clean / len(lines)))
    print("spans", sum(counts.values()), json.dumps(dict(sorted(counts.items())), ensure_ascii=False))
    print("families", json.dumps(dict(sorted(fams.items()))))
    for pth in (log_path, lab_path):
        print(hashlib.md5(open(pth, "rb").read()).hexdigest(), os.path.basename(pth))


if __name__ == "__main__":
    main()
