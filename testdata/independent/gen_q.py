#!/usr/bin/env python3
"""Deterministic generator for the 'q' held-out corpus: patient support &
communications logs (ticketing webhooks, chat, email, SMS/voice, surveys, forms).

Writes q.log and q.labels.jsonl next to this file.  Standard library only.
Every labelled span is asserted to be exactly the intended value (UTF-8 byte
offsets, end exclusive)."""
import json
import os
import random
import urllib.parse

SEED = 20240917
N_LINES = 500
P_PHI = 0.55
HERE = os.path.dirname(os.path.abspath(__file__))

R = random.Random(SEED)


# ----------------------------------------------------------------- core model
class P:
    """A PHI value embedded in a line."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class Obj:
    """Preserves insertion order; thin wrapper to emit JSON parts."""
    def __init__(self, *pairs):
        self.pairs = list(pairs)


def _jstr(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jparts(o):
    """Serialise a structure into parts.  Strings/P/list-of-parts are JSON
    string values; ints/floats/bools/None/dict/Obj/tuple handled."""
    out = []
    if isinstance(o, P):
        esc = _jstr(o.v)
        assert esc == o.v, ("P value would be escaped in JSON", o.v)
        out += ['"', o, '"']
    elif isinstance(o, T):
        out.append('"')
        for x in o.parts:
            if isinstance(x, P):
                assert _jstr(x.v) == x.v, x.v
                out.append(x)
            else:
                out.append(_jstr(x))
        out.append('"')
    elif isinstance(o, str):
        out.append(json.dumps(o, ensure_ascii=False))
    elif isinstance(o, (Obj, dict)):
        items = o.pairs if isinstance(o, Obj) else list(o.items())
        out.append("{")
        for i, (k, v) in enumerate(items):
            if i:
                out.append(",")
            out.append(json.dumps(k) + ":")
            out += jparts(v)
        out.append("}")
    elif isinstance(o, list):
        out.append("[")
        for i, v in enumerate(o):
            if i:
                out.append(",")
            out += jparts(v)
        out.append("]")
    elif o is None:
        out.append("null")
    elif isinstance(o, bool):
        out.append("true" if o else "false")
    else:
        out.append(json.dumps(o))
    return out


class T:
    """Free text: a list of str and P parts (for embedding as JSON strings)."""
    def __init__(self, *parts):
        self.parts = flat(parts)


def flat(parts):
    out = []
    for p in parts:
        if p is None or p == "":
            continue
        if isinstance(p, (list, tuple)):
            out += flat(p)
        elif isinstance(p, T):
            out += p.parts
        else:
            out.append(p)
    return out


def render(parts):
    parts = flat(parts)
    buf = b""
    spans = []
    expect = []
    for p in parts:
        if isinstance(p, P):
            b = p.v.encode("utf-8")
            spans.append({"s": len(buf), "e": len(buf) + len(b), "cat": p.cat})
            expect.append(p.v)
            buf += b
        else:
            assert isinstance(p, str), repr(p)
            buf += p.encode("utf-8")
    line = buf.decode("utf-8")
    assert "\n" not in line and "\r" not in line, line
    for sp, v in zip(spans, expect):
        assert buf[sp["s"]:sp["e"]].decode("utf-8") == v, (sp, v, line)
        assert v.strip() == v and v, (v, line)
    return line, spans


CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"]


# ----------------------------------------------------------------- helpers
def ch(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


# ----------------------------------------------------------------- name pools
FIRST = [
    # anglo / irish / scottish
    "Ana", "Robert", "Margaret", "Dorothy", "Kevin", "Siobhan", "Eileen", "Douglas",
    "Brittany", "Harold", "Gladys", "Tyler", "Shannon", "Connor", "Mildred",
    # hispanic
    "José", "María", "Guadalupe", "Alejandro", "Lucía", "Joaquín", "Xiomara",
    "Rafael", "Yesenia", "Héctor", "Marisol", "Ramón",
    # east / southeast asian
    "Wei", "Mei-Ling", "Hiroshi", "Yuki", "Minh", "Thanh", "Ji-woo", "Seo-yeon",
    "Xiaoming", "Kenji", "Linh",
    # south asian
    "Priya", "Rajesh", "Ananya", "Sanjay", "Lakshmi", "Arjun", "Fatima",
    # african / arabic / middle east
    "Chinedu", "Oluwaseun", "Ngozi", "Kwame", "Amara", "Tariq", "Yousef", "Layla",
    "Mohammed", "Aisha",
    # european
    "Zoë", "Björn", "Łukasz", "François", "Giuseppe", "Ingrid", "Dmitri",
    "Katarzyna", "Anneliese", "Søren", "Teodora", "Nikos",
]
LAST = [
    "Roe", "O'Brien", "McAllister", "Whitfield", "Henderson", "Kowalczyk",
    "Lopez", "Hernández", "Gutiérrez", "de la Cruz", "Ramírez", "Castillo",
    "Villanueva", "Nguyen", "Tran", "Pham", "Zhang", "Chen", "Liu", "Tanaka",
    "Nakamura", "Kim", "Park", "Choi", "Patel", "Venkataraman", "Chatterjee",
    "Iyer", "Okafor", "Adeyemi", "Mensah", "Abubakar", "Haddad", "Al-Masri",
    "Khoury", "Müller", "Schröder", "Jørgensen", "Lindqvist", "Wiśniewski",
    "Rossi", "Esposito", "Papadopoulos", "Ivanova", "Smirnov", "Dubois",
    "Fitzgerald", "Washington", "Jefferson", "Baptiste", "Kealoha", "Begay",
    "Yazzie", "Goldberg", "Abramowitz", "Van der Berg", "St. Clair",
]
MIDDLE_INIT = list("ABCDEFGHJKLMRST")

# agents (never labelled)
AGENTS = ["Jess (Support)", "Marcus T.", "Agent Priya", "Sam", "Dana W.", "Carlos R.",
          "Support Bot", "Kelsey", "Tom B.", "Nina"]
AGENT_HANDLES = ["@jkim", "@mtorres", "agent_042", "dana.w", "cr_tier2", "sam.support",
                 "kelsey_b", "tbrown", "nina-escalations", "bot:aria"]
AGENT_EMAILS = ["jkim@healthco-support.example", "mtorres@healthco-support.example",
                "dana.w@healthco-support.example", "noreply@healthco.example",
                "support@healthco.example", "billing@healthco.example",
                "care-team@healthco.example"]
FACILITIES = ["Mercy West Medical Center", "St. Brigid's Hospital", "Lakeview Family Clinic",
              "Northgate Urgent Care", "HealthCo Cardiology - Eastside",
              "Sunrise Dialysis Center", "Riverbend Imaging", "Bayside Pediatrics"]
DRUGS = ["metformin 500mg", "lisinopril", "Eliquis", "atorvastatin 40 mg", "Ozempic",
         "levothyroxine", "Humira", "insulin glargine", "amoxicillin", "sertraline 50mg"]
ICD = ["E11.9", "I10", "J45.909", "M54.5", "N18.3", "F41.1", "Z79.4", "I48.91"]
QUEUES = ["billing-tier1", "clinical-triage", "records-requests", "rx-refills",
          "portal-access", "spanish-line", "escalations", "appointments"]
MACROS = ["Refill - redirect to pharmacy", "Records request - ROI form", "Portal reset",
          "Billing - payment plan", "Appt - reschedule", "Close - no response 72h"]

# geography: (city, state, zip3 prefix)
GEO = [("Springfield", "IL", "627"), ("Boston", "MA", "021"), ("Houston", "TX", "770"),
       ("Phoenix", "AZ", "850"), ("Miami", "FL", "331"), ("Seattle", "WA", "981"),
       ("Brooklyn", "NY", "112"), ("San José", "CA", "951"), ("Albuquerque", "NM", "871"),
       ("Columbus", "OH", "432"), ("Atlanta", "GA", "303"), ("Hialeah", "FL", "330"),
       ("Fort Worth", "TX", "761"), ("Portland", "OR", "972"), ("Detroit", "MI", "482"),
       ("Honolulu", "HI", "968"), ("St. Paul", "MN", "551"), ("Chula Vista", "CA", "919"),
       ("Newark", "NJ", "071"), ("Kalamazoo", "MI", "490")]
STREETS = ["Main", "Oak", "Maple", "Cedar", "Elm", "Washington", "Lincoln", "Sunset",
           "Martin Luther King Jr", "Calle Ocho", "Peachtree", "Old Mill", "Lakeshore",
           "Pine Ridge", "Highland", "Juniper", "Magnolia", "Quail Hollow", "Kamehameha"]
SUFFIX = ["St", "St.", "Street", "Ave", "Ave.", "Avenue", "Blvd", "Rd", "Road", "Dr",
          "Drive", "Ln", "Ct", "Way", "Pl", "Hwy"]
AREA_CODES = ["212", "305", "312", "404", "415", "503", "602", "617", "713", "720",
              "786", "818", "832", "917", "929", "206", "217", "269", "313", "505",
              "614", "651", "808", "817", "973", "619", "408", "480", "678", "347"]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com",
                 "aol.com", "comcast.net", "protonmail.com", "live.com", "att.net",
                 "sbcglobal.net", "msn.com"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
       7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh",
       12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
       16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
       20: "twentieth", 21: "twenty first", 22: "twenty second", 23: "twenty third",
       24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth",
       27: "twenty seventh", 28: "twenty eighth"}
ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"]


def two_digit_words(n):
    if n < 10:
        return "oh " + ONES[n] if n else "hundred"
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


def spoken_year(y):
    if 2000 <= y < 2010:
        return "two thousand" + ("" if y == 2000 else " " + ONES[y - 2000])
    return two_digit_words(y // 100) + " " + two_digit_words(y % 100)


def ordinal(d):
    if d in (11, 12, 13):
        return "%dth" % d
    return "%d%s" % (d, {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


# ----------------------------------------------------------------- value generators
def cap_variant(s, mode):
    if mode == "lower":
        return s.lower()
    if mode == "upper":
        return s.upper()
    return s


class Person:
    def __init__(self):
        self.first = ch(FIRST)
        self.last = ch(LAST)
        self.mi = ch(MIDDLE_INIT)
        y = R.randint(1926, 2006)
        self.dob = (y, R.randint(1, 12), R.randint(1, 28))
        self.city, self.state, z3 = ch(GEO)
        self.zip5 = z3 + digits(2)
        self._phone = phone_digits()

    def name(self, style=None):
        style = style or ch(["full"] * 6 + ["lower", "mi", "lastfirst", "upper", "first"])
        f, l = self.first, self.last
        if style == "full":
            return "%s %s" % (f, l)
        if style == "lower":
            return "%s %s" % (f.lower(), l.lower())
        if style == "mi":
            return "%s %s. %s" % (f, self.mi, l)
        if style == "lastfirst":
            return "%s, %s" % (l, f)
        if style == "upper":
            return "%s %s" % (f.upper(), l.upper())
        if style == "first":
            return f
        raise ValueError(style)

    def email(self):
        f = strip_acc(self.first).lower().replace("-", "").replace("'", "")
        l = strip_acc(self.last).lower().replace(" ", "").replace("'", "").replace(".", "")
        y = self.dob[0]
        local = ch(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s%02d" % (f, l, y % 100),
                    "%s%s%d" % (f, l, R.randint(1, 99)), "%s.%s%d" % (l, f[0], y),
                    "%s%s" % (f, l[:3])])
        return local + "@" + ch(EMAIL_DOMAINS)

    def phone(self, fmt=None):
        return fmt_phone(self._phone, fmt)


def strip_acc(s):
    tbl = {"á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ñ": "n", "ü": "u", "ö": "o",
           "ø": "o", "ë": "e", "ç": "c", "ł": "l", "ś": "s", "Ł": "L", "Ø": "O", "Á": "A",
           "É": "E", "Í": "I", "Ó": "O", "Ú": "U", "Ñ": "N", "Ö": "O", "Ü": "U", "Ś": "S",
           "å": "a", "Å": "A", "Ç": "C"}
    return "".join(tbl.get(c, c) for c in s)


def phone_digits(area=None):
    a = area or ch(AREA_CODES)
    while True:
        ex = "%d%d%d" % (R.randint(2, 9), R.randint(0, 9), R.randint(0, 9))
        if ex[1:] != "11" and ex != "555":
            break
    return a + ex + digits(4)


def fmt_phone(d, fmt=None):
    fmt = fmt or ch(["paren", "dash", "dot", "space", "e164", "plus1sp", "raw", "1dash",
                     "paren_nosp"])
    a, e, n = d[:3], d[3:6], d[6:]
    return {"paren": "(%s) %s-%s", "dash": "%s-%s-%s", "dot": "%s.%s.%s",
            "space": "%s %s %s", "e164": "+1%s%s%s", "plus1sp": "+1 %s %s %s",
            "raw": "%s%s%s", "1dash": "1-%s-%s-%s", "paren_nosp": "(%s)%s-%s"}[fmt] % (a, e, n)


def company_phone():
    return ch(["1-800-555-0142", "(888) 555-0199", "1-866-555-0123", "800.555.0170",
               "+1 877 555 0111"])


def fmt_date(d, fmt=None):
    y, m, dd = d
    fmt = fmt or ch(["mdY", "mdY0", "mdy", "long", "longord", "lower", "dotted", "iso",
                     "dmonY", "monY", "dash", "spanish"])
    if fmt == "mdY":
        return "%d/%d/%d" % (m, dd, y)
    if fmt == "mdY0":
        return "%02d/%02d/%d" % (m, dd, y)
    if fmt == "mdy":
        return "%d/%d/%02d" % (m, dd, y % 100)
    if fmt == "long":
        return "%s %d, %d" % (MONTHS[m - 1], dd, y)
    if fmt == "longord":
        return "%s %s %d" % (MONTHS[m - 1], ordinal(dd), y)
    if fmt == "lower":
        return "%s %d %d" % (MONTHS[m - 1].lower(), dd, y)
    if fmt == "dotted":
        return "%02d.%02d.%d" % (dd, m, y)
    if fmt == "iso":
        return "%d-%02d-%02d" % (y, m, dd)
    if fmt == "dmonY":
        return "%d %s %d" % (dd, MONTHS[m - 1][:3], y)
    if fmt == "monY":
        return "%s %d %d" % (MONTHS[m - 1][:3], dd, y)
    if fmt == "dash":
        return "%02d-%02d-%d" % (m, dd, y)
    if fmt == "spanish":
        return "%d de %s de %d" % (dd, MESES[m - 1], y)
    if fmt == "md":           # month/day only (still a date element)
        return "%s %s" % (MONTHS[m - 1], ordinal(dd))
    if fmt == "spoken":
        return "%s %s %s" % (MONTHS[m - 1].lower(), ORD[dd], spoken_year(y))
    if fmt == "compact":
        return "%d%02d%02d" % (y, m, dd)
    raise ValueError(fmt)


def appt_date():
    return (R.randint(2023, 2025), R.randint(1, 12), R.randint(1, 28))


def appt_fmt(d):
    y, m, dd = d
    return ch([fmt_date(d, "mdY"), fmt_date(d, "iso"), fmt_date(d, "md"),
               "%d/%d" % (m, dd), "%s %d" % (MONTHS[m - 1], dd), fmt_date(d, "long"),
               "%s, %s %d" % (ch(["Mon", "Tue", "Wed", "Thu", "Fri"]), MONTHS[m - 1][:3], dd)])


def street_addr():
    s = "%d %s %s" % (R.randint(3, 19999), ch(STREETS), ch(SUFFIX))
    r = R.random()
    if r < 0.2:
        s += " Apt %d%s" % (R.randint(1, 40), ch(["", "B", "C", "F"]))
    elif r < 0.3:
        s += ", Apt. %d" % R.randint(100, 999)
    elif r < 0.4:
        s += " #%d" % R.randint(1, 300)
    elif r < 0.45:
        s += " Unit %s" % ch(["4B", "12", "C", "207"])
    if chance(0.15):
        s = s.lower()
    return s


def zip_code(p):
    return p.zip5 + ("-" + digits(4) if chance(0.2) else "")


def ssn(fmt=None):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g = R.randint(1, 99)
    s = R.randint(1, 9999)
    fmt = fmt or ch(["dash", "dash", "dash", "space", "raw"])
    if fmt == "dash":
        return "%03d-%02d-%04d" % (a, g, s)
    if fmt == "space":
        return "%03d %02d %04d" % (a, g, s)
    return "%03d%02d%04d" % (a, g, s)


def ssn_last4():
    return "%04d" % R.randint(1, 9999)


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


def luhn_ok(num):
    tot = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def card(fmt=None):
    kind = ch(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        n = luhn_complete("4", 16)
    elif kind == "mc":
        n = luhn_complete(str(R.randint(51, 55)), 16)
    elif kind == "amex":
        n = luhn_complete(ch(["34", "37"]), 15)
    else:
        n = luhn_complete("6011", 16)
    assert luhn_ok(n)
    fmt = fmt or ch(["raw", "space", "dash"])
    if fmt == "raw":
        return n
    sep = " " if fmt == "space" else "-"
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join([n[i:i + 4] for i in range(0, 16, 4)])


def bank_account():
    return digits(R.randint(8, 12))


def mrn():
    return ch(["%08d" % R.randint(100000, 99999999), "E%07d" % R.randint(0, 9999999),
               "MRN%07d" % R.randint(0, 9999999), "%d-%03d-%03d" % (R.randint(10, 99),
               R.randint(0, 999), R.randint(0, 999)), "HC" + digits(8)])


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dashes=None):
    an = MBI_A + "0123456789"
    s = (str(R.randint(1, 9)) + ch(MBI_A) + ch(an) + str(R.randint(0, 9)) + ch(MBI_A) +
         ch(an) + str(R.randint(0, 9)) + ch(MBI_A) + ch(MBI_A) + digits(2))
    if dashes if dashes is not None else chance(0.4):
        s = s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s


def member_id():
    return ch(["%s%s" % (ch(["XHP", "YLS", "ZGP", "JQW", "W", "H"]), digits(9)),
               "%09d" % R.randint(0, 999999999) + "01",
               "U" + digits(8) + "0" + str(R.randint(1, 3)),
               "MCD" + digits(9), mbi(), "%s%s-%s" % (ch(["AET", "CIG", "BCB"]), digits(6), digits(2))])


def license_no():
    return ch(["%s%07d" % (ch("ABCDEFGHJKLMNPRSTVWY"), R.randint(0, 9999999)),            # CA
               "%03d %03d %03d" % (R.randint(100, 999), R.randint(0, 999), R.randint(0, 999)),  # NY
               "%s%03d-%03d-%02d-%03d-%d" % (ch("ABCDHJLMRSW"), R.randint(0, 999),
                                               R.randint(0, 999), R.randint(0, 99),
                                               R.randint(0, 999), R.randint(0, 9)),   # FL
               "%08d" % R.randint(10000000, 49999999),                                # TX
               "%s%03d-%04d-%04d" % (ch("ABCDKLMS"), R.randint(0, 999),
                                      R.randint(0, 9999), R.randint(0, 9999)),        # IL
               "WDL" + alnum(9)])


VIN_TR = {**{str(i): i for i in range(10)},
          "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
          "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
          "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = ch(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "KMH", "1G1", "WBA"])
    v = list(wmi + alnum(5, al) + "0" + ch("ABCDEFGHJKLMNPRSTVWXY") + alnum(1, al) + digits(6))
    tot = sum(VIN_TR[c] * w for c, w in zip(v, VIN_W))
    chk = tot % 11
    v[8] = "X" if chk == 10 else str(chk)
    return "".join(v)


def plate():
    return ch(["%d%s%03d" % (R.randint(1, 9), alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ"), R.randint(0, 999)),
               "%s-%04d" % (alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ"), R.randint(0, 9999)),
               "%s %s" % (alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ"), digits(3)),
               "%s%s%s" % (alnum(2, "ABCDEFGHJKLMNPRSTVWXYZ"), digits(2), alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ"))])


def device_serial():
    """(description, serial)"""
    return ch([("Dexcom G6 transmitter", "8G" + alnum(4)),
               ("CGM sensor", alnum(10)),
               ("insulin pump", "NG" + digits(7) + "H"),
               ("Omnipod PDM", "PDM-" + digits(8)),
               ("CPAP machine", digits(11)),
               ("pacemaker", "PJN" + digits(6) + "H"),
               ("hearing aid", "HA" + digits(2) + "-" + digits(6)),
               ("home BP cuff", "BP7" + alnum(7)),
               ("oxygen concentrator", "OC" + digits(4) + alnum(4)),
               ("glucometer", "GM" + digits(9))])


def public_ip():
    while True:
        a = ch([24, 47, 50, 67, 68, 69, 70, 71, 73, 75, 76, 96, 97, 98, 99, 104, 107,
                108, 162, 173, 174, 184, 198, 206, 208])
        b, c, d = R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)
        if (a, b) != (198, 18) and (a, b) != (198, 19) and not (a == 198 and b == 51):
            return "%d.%d.%d.%d" % (a, b, c, d)


def private_ip():
    return ch(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
               "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254)),
               "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254)),
               "127.0.0.1"])


def personal_url(p):
    f = strip_acc(p.first).lower().replace("-", "")
    l = strip_acc(p.last).lower().replace(" ", "").replace("'", "").replace(".", "")
    return ch(["https://www.facebook.com/%s.%s.%d" % (f, l, R.randint(1, 999)),
               "https://www.gofundme.com/f/help-%s-%s-with-medical-bills" % (f, l),
               "https://www.caringbridge.org/visit/%s%s" % (f, l),
               "https://instagram.com/%s_%s" % (f, l),
               "https://www.linkedin.com/in/%s-%s-%s" % (f, l, hexs(6)),
               "https://portal.healthco.example/patients/%d/chart" % R.randint(1000000, 9999999),
               "https://mychart.healthco.example/MyChart/Patient/%s%s" % (l[:4], digits(6))])


def other_id():
    """(description, value)"""
    return ch([("Rx #", "%07d" % R.randint(1000000, 9999999)),
               ("claim number", "%d%s" % (R.randint(2023, 2025), digits(9))),
               ("passport", alnum(1, "ABCDEFGHJKLMNPRSTVWXYZ") + digits(8)),
               ("employee ID", "EMP-" + digits(6)),
               ("prior auth #", "PA" + digits(10)),
               ("student ID", "S" + digits(8)),
               ("case number", "CN-" + digits(7))])


def voiceprint():
    import base64
    raw = bytes(R.randint(0, 255) for _ in range(R.choice([24, 30, 36])))
    return base64.b64encode(raw).decode()


# ----------------------------------------------------------------- non-PHI look-alikes
def iso_ts():
    y, m, d = 2024, R.randint(1, 12), R.randint(1, 28)
    return "%d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, m, d, R.randint(0, 23), R.randint(0, 59),
                                                 R.randint(0, 59), R.randint(0, 999))


def syslog_ts():
    return "%s %2d %02d:%02d:%02d" % (ch(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
                                            "Aug", "Sep", "Oct", "Nov", "Dec"]), R.randint(1, 28),
                                        R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def epoch():
    return R.randint(1700000000, 1735000000)


def ticket_no():
    return R.randint(10000, 999999)


def msg_id(domain="mail.healthco.example"):
    return "<%s.%s@%s>" % (hexs(12), digits(6), domain)


def uuid():
    h = hexs(32)
    return "%s-%s-4%s-%s-%s" % (h[:8], h[8:12], h[13:16], ch("89ab") + h[17:20], h[20:])


# ----------------------------------------------------------------- free-text composers
REL_EN = ["mother", "mom", "father", "dad", "husband", "wife", "son", "daughter",
          "grandmother", "grandpa", "aunt", "brother", "sister", "partner"]
REL_ES = ["mamá", "madre", "papá", "esposo", "esposa", "hijo", "hija", "abuela", "abuelo"]
REQUESTS_EN = [
    "I need a refill on my {drug} before friday",
    "i got a bill from {fac} that my insurance should of covered",
    "the patient portal keeps saying my account is locked",
    "can someone send my records to my new doctor",
    "I need to reschedule my appointment",
    "my claim was denied with code {icd} and I dont understand why",
    "the pharmacy says the prior auth for {drug} expired",
    "I never recieved my lab results",
    "please update my address on file",
    "I was charged twice for the same visit",
    "who do I talk to about a payment plan",
    "the app wont let me upload my insurance card",
]
REQUESTS_ES = [
    "necesito una cita con el doctor lo antes posible",
    "no puedo entrar al portal de pacientes",
    "me cobraron dos veces la misma consulta",
    "necesito un reembolso de {drug}",
    "quiero cambiar mi dirección",
]


def fill(t):
    return t.replace("{drug}", ch(DRUGS)).replace("{fac}", ch(FACILITIES)).replace("{icd}", ch(ICD))


def request_sentence(es=False):
    return fill(ch(REQUESTS_ES if es else REQUESTS_EN))


def phi_items(p, k, es=False, rel=None, allow=None):
    """Return a list of part-lists, each a short PHI-bearing clause about person p.
    rel: (relation word, relative Person) to talk about a relative."""
    pool = allow or ["name", "dob", "phone", "email", "member", "address", "appt",
                     "mrn", "ssn", "age", "card", "fax", "license", "vehicle", "device",
                     "url", "other", "zip"]
    weights = {"name": 8, "dob": 8, "phone": 6, "email": 4, "member": 5, "address": 3,
               "appt": 4, "mrn": 3, "ssn": 2, "age": 2, "card": 2, "fax": 1, "license": 2,
               "vehicle": 1, "device": 2, "url": 2, "other": 3, "zip": 1}
    chosen = []
    cand = [x for x in pool]
    while len(chosen) < k and cand:
        w = [weights.get(c, 1) for c in cand]
        c = R.choices(cand, weights=w)[0]
        cand.remove(c)
        chosen.append(c)
    # keep natural order: name first
    order = ["name", "dob", "age", "member", "mrn", "ssn", "phone", "email", "address",
             "zip", "appt", "card", "fax", "license", "vehicle", "device", "url", "other"]
    chosen.sort(key=order.index)
    return [clause(c, p, es) for c in chosen]


def clause(c, p, es=False):
    if c == "name":
        n = P(p.name(), "name")
        if es:
            return ch([["me llamo ", n], ["mi nombre es ", n], ["soy ", n]])
        return ch([["my name is ", n], ["this is ", n], ["I'm ", n], [n, " here"],
                   ["name: ", n], ["patient name ", n]])
    if c == "dob":
        d = P(fmt_date(p.dob, "spanish" if es and chance(0.6) else None), "date")
        if es:
            return ch([["fecha de nacimiento ", d], ["nací el ", d], ["DOB ", d]])
        return ch([["DOB ", d], ["dob: ", d], ["born ", d], ["date of birth is ", d],
                   ["d.o.b. ", d], ["birthday ", d], ["DOB is ", d]])
    if c == "age":
        a = P(str(R.randint(90, 104)), "age")
        if es:
            return ["tiene ", a, " años"]
        return ch([["I am ", a, " years old"], ["age ", a], ["I'm ", a, " yrs old"]])
    if c == "member":
        m = member_id()
        v = P(m, "health_plan")
        if es:
            return ["mi número de seguro es ", v]
        return ch([["my member ID is ", v], ["member id ", v], ["insurance ID# ", v],
                   ["subscriber id: ", v], ["Medicare number ", P(mbi(), "health_plan")],
                   ["policy # ", v]])
    if c == "mrn":
        v = P(mrn(), "mrn")
        return ch([["MRN ", v], ["my medical record number is ", v], ["MR# ", v],
                   ["chart number ", v]])
    if c == "ssn":
        if chance(0.3):
            return ch([["last 4 of my social is ", P(ssn_last4(), "ssn")],
                       ["ssn last four ", P(ssn_last4(), "ssn")]])
        v = P(ssn(), "ssn")
        if es:
            return ["mi seguro social ", v]
        return ch([["SSN ", v], ["my social is ", v], ["social security # ", v], ["ss# ", v]])
    if c == "phone":
        v = P(p.phone(), "phone")
        if es:
            return ch([["mi teléfono es ", v], ["cel ", v], ["llámame al ", v]])
        return ch([["call me at ", v], ["my cell is ", v], ["best # is ", v],
                   ["phone ", v], ["you can text me ", v], ["cb# ", v]])
    if c == "email":
        v = P(p.email(), "email")
        if es:
            return ["mi correo es ", v]
        return ch([["email me at ", v], ["my email is ", v], ["email: ", v]])
    if c == "address":
        st = P(street_addr(), "address")
        city = P(p.city, "address")
        z = P(zip_code(p), "zip")
        if es:
            return ["mi nueva dirección es ", st, ", ", city, ", ", p.state, " ", z]
        return ch([["new address is ", st, ", ", city, ", ", p.state, " ", z],
                   ["I moved to ", st, " ", city, " ", p.state, " ", z],
                   ["address: ", st, ", ", city, " ", z]])
    if c == "zip":
        return ch([["zip ", P(zip_code(p), "zip")], ["zip code is ", P(p.zip5, "zip")]])
    if c == "appt":
        d = P(appt_fmt(appt_date()), "date")
        if es:
            return ["mi cita era el ", d]
        return ch([["my appointment on ", d], ["I was discharged on ", d],
                   ["I was admitted ", d], ["seen in the ER on ", d],
                   ["my surgery is scheduled for ", d], ["visit date ", d],
                   ["date of service ", d]])
    if c == "card":
        return ch([["charge my card ", P(card(), "account")],
                   ["card number ", P(card(), "account")],
                   ["my checking account ", P(bank_account(), "account")]])
    if c == "fax":
        return ch([["fax them to my home fax ", P(fmt_phone(phone_digits()), "fax")],
                   ["my fax is ", P(fmt_phone(phone_digits()), "fax")]])
    if c == "license":
        return ch([["drivers license ", P(license_no(), "license")],
                   ["DL# ", P(license_no(), "license")]])
    if c == "vehicle":
        return ch([["my car plate is ", P(plate(), "vehicle")],
                   ["VIN ", P(vin(), "vehicle")],
                   ["parking permit for plate ", P(plate(), "vehicle")]])
    if c == "device":
        desc, s = device_serial()
        return ["my ", desc, " serial ", P(s, "device")]
    if c == "url":
        return ch([["my page is ", P(personal_url(p), "url")],
                   ["see ", P(personal_url(p), "url")]])
    if c == "other":
        desc, v = other_id()
        return [desc, " ", P(v, "other_id")]
    raise ValueError(c)


def join_clauses(clauses, seps=None):
    seps = seps or [", ", ". ", " - ", ", ", "; ", " "]
    out = []
    for i, cl in enumerate(clauses):
        if i:
            out.append(ch(seps))
        out += flat([cl])
    return out


def patient_message(p, k=None, es=None, rel_person=None):
    """Free-text message by a patient (or relative) with PHI."""
    es = chance(0.15) if es is None else es
    k = k or R.randint(1, 4)
    greet = ch(["Hola, ", "Buenas tardes. ", ""]) if es else ch(["Hi, ", "Hello ", "hi ", "", "Good morning, ", "To whom it may concern: "])
    out = [greet]
    if rel_person is not None and not es:
        me = P(p.name(ch(["full", "first", "lower"])), "name")
        rel = ch(REL_EN)
        other = rel_person
        out += [ch(["this is ", "my name is "]), me, ", I'm writing about my ", rel, " ",
                P(other.name(), "name"), ". "]
        items = phi_items(other, max(1, k - 1), allow=["dob", "age", "member", "mrn", "appt", "address", "phone"])
        out += join_clauses([[x] for x in items]) + [". "]
    else:
        items = phi_items(p, k, es=es)
        out += join_clauses(items) + [ch([". ", " - ", ", ", ". "])]
    out.append(request_sentence(es))
    out.append(ch([".", "!!", " pls help", ". thanks", "?", ". Gracias" if es else ". thx", ""]))
    return out


BENIGN_EN = [
    "Hi, what are your office hours on Saturday?",
    "how do I reset my portal password, the link expired",
    "Is {fac} in network for PPO plans?",
    "The app crashes when I open the messages tab (iOS 17.4)",
    "Do you accept walk-ins for flu shots?",
    "my refill for {drug} says pending for 3 days, is that normal?",
    "I'm 67 and new to medicare, which plans cover {drug}?",
    "please cancel, I found another provider. thanks",
    "Where do I send the ROI form? Ticket #{tkt}",
    "the billing statement shows code {icd} but thats not what I was seen for",
    "Can I get a copy of the price list for imaging at {fac}?",
    "What is the fax number for records requests?",
    "Do you have Spanish speaking doctors?",
    "your hold times are ridiculous, waited 45 min",
    "Thank you Dana for the help yesterday, issue solved!",
    "Is there parking at {fac}? first time going",
    "I got an email about a survey, is it legit or phishing?",
]
BENIGN_ES = [
    "Hola, ¿cuál es el horario de la clínica el sábado?",
    "¿Aceptan el seguro de Medicaid?",
    "no me llegó el código de verificación",
    "¿Tienen doctores que hablen español?",
]


def benign_message():
    t = ch(BENIGN_ES) if chance(0.15) else ch(BENIGN_EN)
    return fill(t).replace("{tkt}", str(ticket_no()))


# ----------------------------------------------------------------- families
FAMILIES = []


def family(fn):
    FAMILIES.append(fn)
    return fn


@family
def zendesk_webhook(phi):
    p = Person()
    tid = ticket_no()
    if phi:
        rel = Person() if chance(0.25) else None
        desc = T(patient_message(p, rel_person=rel))
        subj = ch([T("Refill request - ", P(p.name("full"), "name")),
                   T("question about bill"), T("Records for ", P(p.name("lower"), "name"),
                                               " DOB ", P(fmt_date(p.dob, "mdy"), "date")),
                   T("Portal locked out"), T("Appointment change")])
        req = Obj(("id", R.randint(10**11, 10**12)), ("name", P(p.name("full"), "name")),
                  ("email", P(p.email(), "email")))
        if chance(0.3):
            req.pairs.append(("profile_url", P(personal_url(p), "url")))
    else:
        desc = T(benign_message())
        subj = T(ch(["question about bill", "Portal locked out", "Office hours?",
                     "Feedback", "Website error 500", "Refill status"]))
        req = Obj(("id", R.randint(10**11, 10**12)), ("name", "Anonymous user"),
                  ("email", None))
    body = Obj(("ticket", Obj(("id", tid), ("subject", subj), ("description", desc),
                              ("status", ch(["new", "open"])), ("priority", ch(["normal", "high", None])),
                              ("via", Obj(("channel", ch(["web", "email", "mobile_sdk"])))),
                              ("requester", req),
                              ("assignee_id", R.randint(10**11, 10**12)),
                              ("group", ch(QUEUES)),
                              ("tags", [ch(["refill", "billing", "portal", "records"]), "lang_" + ch(["en", "es"])]),
                              ("created_at", iso_ts()))))
    return ["%s INFO zendesk-webhook-consumer event=ticket.created payload=" % iso_ts(), jparts(body)]


@family
def zendesk_audit(phi):
    tid = ticket_no()
    head = "%s zd-audit ticket=%d " % (iso_ts(), tid)
    if phi:
        p = Person()
        body = patient_message(p, k=R.randint(1, 3))
        return [head, "event=comment.created public=true author_role=end-user body=\"", body, "\""]
    ev = ch([
        "event=status_change from=open to=pending actor=%s" % ch(AGENT_HANDLES),
        "event=macro_applied macro_id=%d macro=\"%s\" actor=%s" % (R.randint(360000000000, 369999999999), ch(MACROS), ch(AGENT_HANDLES)),
        "event=sla_breach policy=\"First reply 4h\" group=%s" % ch(QUEUES),
        "event=satisfaction_rated score=%s csat=%d" % (ch(["good", "bad", "offered"]), R.randint(1, 5)),
        "event=comment.created public=false author=%s body=\"Called pt back, left VM. Will retry tomorrow.\"" % ch(AGENTS),
        "event=assignee_change to=%s reason=round_robin" % ch(AGENT_HANDLES),
        "event=merge source_ticket=%d target_ticket=%d" % (ticket_no(), tid),
        "event=tag_added tags=[\"vip\",\"%s\"]" % ch(QUEUES),
    ])
    return [head, ev]


@family
def sfdc_case(phi):
    head = "%s|SFDC|CaseTrigger|afterInsert|" % iso_ts()
    cn = "%08d" % R.randint(10000, 999999)
    cid = "500" + alnum(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    if phi:
        p = Person()
        kv = ["CaseNumber=", cn, " Id=", cid, " Origin=", ch(["Web", "Email", "Phone"]),
              " SuppliedName=", P(p.name(ch(["full", "upper", "lower"])), "name")]
        if chance(0.7):
            kv += [" SuppliedEmail=", P(p.email(), "email")]
        if chance(0.6):
            kv += [" SuppliedPhone=", P(p.phone(), "phone")]
        if chance(0.4):
            kv += [" Member_ID__c=", P(member_id(), "health_plan")]
        if chance(0.4):
            kv += [" Patient_DOB__c=", P(fmt_date(p.dob, "iso"), "date")]
        if chance(0.2):
            kv += [" SSN_Last4__c=", P(ssn_last4(), "ssn")]
        kv += [" Subject=\"", ch(["Billing question", "Need records", "Refill", "Complaint"]),
               "\" Description=\"", patient_message(p, k=R.randint(1, 2)), "\""]
        return [head, kv]
    return [head, "CaseNumber=", cn, " Id=", cid, " Origin=Web SuppliedName=null SuppliedEmail=null",
            " OwnerId=005", alnum(12), " Queue=", ch(QUEUES), " Subject=\"", benign_message(), "\""]


@family
def nlu_slots(phi):
    sess = uuid()
    head = "%s [chatbot-nlu] session=%s " % (iso_ts(), sess)
    if phi:
        p = Person()
        intent = ch(["verify_identity", "schedule_appointment", "refill_request", "update_contact"])
        utt_parts = []
        slots = []
        keys = R.sample(["name", "dob", "phone", "zip", "member_id", "email"], R.randint(1, 4))
        order = ["name", "dob", "phone", "zip", "member_id", "email"]
        keys.sort(key=order.index)
        for k in keys:
            if k == "name":
                raw = p.name(ch(["lower", "full", "first"]))
                utt_parts.append(["its ", P(raw, "name")])
                slots.append(("name", P(p.name("full"), "name")))
            elif k == "dob":
                raw = fmt_date(p.dob, ch(["mdy", "lower", "mdY", "longord", "dotted"]))
                utt_parts.append(["born ", P(raw, "date")])
                slots.append(("dob", P(fmt_date(p.dob, "iso"), "date")))
            elif k == "phone":
                raw = p.phone(ch(["space", "dot", "raw", "dash"]))
                utt_parts.append(["number ", P(raw, "phone")])
                slots.append(("phone", P("+1" + p._phone, "phone")))
            elif k == "zip":
                utt_parts.append(["zip ", P(p.zip5, "zip")])
                slots.append(("zip", P(p.zip5, "zip")))
            elif k == "member_id":
                m = member_id()
                utt_parts.append(["member id ", P(m, "health_plan")])
                slots.append(("memberId", P(m, "health_plan")))
            elif k == "email":
                e = p.email()
                utt_parts.append([P(e, "email")])
                slots.append(("email", P(e, "email")))
        utt = join_clauses(utt_parts, [" ", ", ", " and "])
        slot_parts = []
        for i, (k, v) in enumerate(slots):
            slot_parts += ([", "] if i else []) + ["%s: " % k, v]
        return [head, "intent=%s conf=%.2f utterance=\"" % (intent, R.uniform(0.6, 0.99)), utt,
                "\" slots={", slot_parts, "}"]
    intent = ch(["office_hours", "fallback", "greeting", "billing_faq", "handoff_agent"])
    utt = ch(["hi", "what time do you close", "talk to a human", "agent please", "billing",
              "no", "yes", "i have a question about my bill", "operator", "¿hablan español?"])
    return [head, "intent=%s conf=%.2f utterance=\"%s\" slots={}" % (intent, R.uniform(0.3, 0.99), utt)]



DIGW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spoken_digits(s, group=True):
    words = []
    for i, c in enumerate(s):
        if c.isdigit():
            w = DIGW[int(c)]
            if w == "zero" and chance(0.5):
                w = "oh"
            words.append(w)
    if group and len(words) == 10:
        return " ".join(words[:3]) + ", " + " ".join(words[3:6]) + ", " + " ".join(words[6:])
    return " ".join(words)


def qp(s):
    out = []
    for ch_ in s:
        b = ch_.encode("utf-8")
        if ch_ == "=" or len(b) > 1:
            out.append("".join("=%02X" % x for x in b))
        else:
            out.append(ch_)
    return "".join(out)


def qp_parts(parts):
    out = []
    for x in flat(parts):
        if isinstance(x, P):
            out.append(P(qp(x.v), x.cat))
        else:
            out.append(qp(x))
    return out


def form_enc_parts(parts):
    out = []
    for x in flat(parts):
        if isinstance(x, P):
            out.append(P(urllib.parse.quote_plus(x.v), x.cat))
        else:
            out.append(urllib.parse.quote_plus(x))
    return out


def sms_text(p, es=False):
    """Short SMS-style message."""
    opts = []
    if es:
        opts.append(["Hola soy ", P(p.name(ch(["full", "lower", "first"])), "name"),
                     ", confirmo mi cita del ", P(appt_fmt(appt_date()), "date")])
        opts.append(["Soy la hija de ", P(Person().name(), "name"), ", ella nació el ",
                     P(fmt_date(p.dob, "spanish"), "date"), " necesita su receta"])
    opts += [
        ["this is ", P(p.name(ch(["lower", "full", "first"])), "name"), " confirming my appt ",
         P(appt_fmt(appt_date()), "date")],
        ["also my dob is ", P(fmt_date(p.dob, ch(["mdy", "mdY", "dotted"])), "date")],
        ["pls call me back at ", P(p.phone(), "phone"), " re my bill"],
        ["new email ", P(p.email(), "email"), " pls update"],
        ["its ", P(p.name("first"), "name"), " ", P(p.last, "name"),
         " member id ", P(member_id(), "health_plan"), " why was my claim denied"],
        ["running late, plate ", P(plate(), "vehicle"), " in lot B"],
        ["my mom ", P(Person().name(), "name"), " is ", P(str(R.randint(90, 101)), "age"),
         " and cant come to the phone, I'm her proxy"],
    ]
    return ch(opts)


SMS_BENIGN = ["Y", "N", "STOP", "C", "yes confirm", "HELP", "ok thanks", "R", "cancel pls",
              "what time is my appt?", "wrong number", "Sí", "UNSTOP", "Reminder received 👍"]


@family
def freshdesk_webhook(phi):
    p = Person()
    if phi:
        desc = T(patient_message(p))
        body = Obj(("freshdesk_webhook", Obj(
            ("ticket_id", ticket_no()),
            ("ticket_subject", ch(["Refill", "Bill question", "Need help", "ayuda"])),
            ("ticket_description", desc),
            ("ticket_contact_name", P(p.name(ch(["full", "lower", "upper"])), "name")),
            ("ticket_contact_email", P(p.email(), "email")),
            ("ticket_contact_phone", P(p.phone(), "phone") if chance(0.5) else ""),
            ("ticket_status", "Open"), ("ticket_priority", ch(["Low", "Medium", "Urgent"])),
            ("ticket_agent_name", ch(AGENTS)), ("ticket_group_name", ch(QUEUES)))))
    else:
        body = Obj(("freshdesk_webhook", Obj(
            ("ticket_id", ticket_no()), ("ticket_subject", "Re: [#%d] survey" % ticket_no()),
            ("ticket_description", T(benign_message())),
            ("ticket_contact_name", ""), ("ticket_contact_email", "no-reply@surveys.example"),
            ("ticket_status", ch(["Resolved", "Closed", "Pending"])),
            ("ticket_agent_name", ch(AGENTS)), ("ticket_group_name", ch(QUEUES)),
            ("ticket_csat", R.randint(1, 5)))))
    return ["[%s] freshdesk.webhook.received ip=%s " % (iso_ts(), private_ip()), jparts(body)]


@family
def intercom_conversation(phi):
    cid = str(R.randint(10**14, 10**15))
    agent = ch(AGENTS)
    if phi:
        p = Person()
        ip = P(public_ip(), "ip") if chance(0.5) else private_ip()
        user = Obj(("type", "user"), ("id", hexs(24)), ("name", P(p.name(), "name")),
                   ("email", P(p.email(), "email")), ("last_seen_ip", ip))
        parts = [Obj(("author", "user"), ("body", T(patient_message(p, k=R.randint(1, 2))))),
                 Obj(("author", "admin:" + agent), ("body", "Thanks! Can you confirm your date of birth?")),
                 Obj(("author", "user"), ("body", T(P(fmt_date(p.dob), "date")))),
                 Obj(("author", "admin:" + agent), ("body", "Got it, I've passed this to the %s team." % ch(QUEUES)))]
        parts = parts[:R.randint(2, 4)]
    else:
        user = Obj(("type", "lead"), ("id", hexs(24)), ("name", None), ("email", None),
                   ("last_seen_ip", private_ip()))
        parts = [Obj(("author", "user"), ("body", T(benign_message()))),
                 Obj(("author", "admin:" + agent), ("body", "Happy to help! Our hours are 8-6 M-F."))]
    obj = Obj(("type", "conversation"), ("id", cid), ("created_at", epoch()),
              ("source", Obj(("delivered_as", "customer_initiated"))), ("contacts", [user]),
              ("conversation_parts", parts), ("state", ch(["open", "closed", "snoozed"])))
    return ["intercom-sync %s conversation.updated " % iso_ts(), jparts(obj)]


@family
def livechat_transcript(phi):
    chat = "CH" + alnum(8)
    agent = ch(AGENT_HANDLES)
    head = "%s livechat chat_id=%s agent=%s visitor_ip=" % (iso_ts(), chat, agent)
    if phi:
        p = Person()
        ip = P(public_ip(), "ip") if chance(0.6) else private_ip()
        dob = P(fmt_date(p.dob, ch(["mdy", "mdY", "dotted", "lower", "dash"])), "date")
        turns = [" transcript=\"[visitor] hi i need help with my account",
                 " | [", agent, "] Sure! Can I have your full name and DOB?",
                 " | [visitor] ", P(p.name(ch(["lower", "full"])), "name"), " ", dob]
        if chance(0.5):
            turns += [" | [", agent, "] And the phone on file?", " | [visitor] ", P(p.phone(), "phone")]
        if chance(0.3):
            turns += [" | [visitor] oh and my address changed to ", P(street_addr(), "address"), " ",
                      P(p.city, "address"), " ", P(p.zip5, "zip")]
        turns += [" | [", agent, "] Thank you, you're verified.\""]
        return [head, ip, turns]
    return [head, private_ip(), " transcript=\"[visitor] ", benign_message(), " | [", agent,
            "] ", ch(["Let me check that for you.", "You can find that in the FAQ.",
                      "I'll transfer you to billing."]), " | [system] chat closed by visitor\" csat=",
            str(R.randint(1, 5))]


@family
def mime_headers(phi):
    mid = msg_id(ch(["mail.gmail.com", "yahoo.com", "outlook.com", "mx.healthco.example"]))
    head = "%s mailsvc[%d]: inbound id=%s hdrs: " % (syslog_ts(), R.randint(1000, 65000), alnum(10))
    if phi:
        p = Person()
        subj = ch([["Appt for ", P(p.name(), "name"), " on ", P(appt_fmt(appt_date()), "date")],
                   ["Re: your bill - acct holder ", P(p.name(), "name")],
                   ["records request DOB ", P(fmt_date(p.dob), "date")],
                   ["Question about my bill"], ["Fwd: lab results"]])
        name = p.name(ch(["full", "upper", "lastfirst", "mi"]))
        frm = ["From: \"", P(name, "name"), "\" <", P(p.email(), "email"), ">"]
        return [head, frm, "; To: ", ch(AGENT_EMAILS), "; Subject: ", subj, "; Message-ID: ", mid,
                "; X-Originating-IP: [", P(public_ip(), "ip") if chance(0.3) else private_ip(), "]"]
    frm = ch(["From: \"HealthCo Billing\" <billing@healthco.example>",
              "From: MAILER-DAEMON@mx.healthco.example",
              "From: \"Zendesk\" <support@healthco.zendesk.com>",
              "From: noreply@qualtrics-survey.example"])
    return [head, frm, "; To: ", ch(AGENT_EMAILS), "; Subject: ",
            ch(["[Ticket #%d] has been updated" % ticket_no(), "Your statement is ready",
                "Undelivered Mail Returned to Sender", "Weekly queue report"]),
            "; Message-ID: ", mid]


@family
def mime_qp_body(phi):
    head = "%s mailsvc[%d]: part=1.%d content-type=text/plain; charset=utf-8 cte=quoted-printable body=" % (
        syslog_ts(), R.randint(1000, 65000), R.randint(1, 3))
    if phi:
        p = Person()
        msg = patient_message(p, k=R.randint(2, 3))
        sig = ["=0A-- =0A", P(qp(p.name()), "name")]
        if chance(0.5):
            sig += ["=0A", P(p.phone(ch(["dash", "paren", "dot"])), "phone")]
        if chance(0.25):
            sig += ["=0A", P(qp(personal_url(p)), "url")]
        return [head, qp_parts(msg), sig]
    return [head, qp("Thank you for contacting HealthCo Support. Your request (#%d) has been received "
                     "and a team member will respond within 2 business days." % ticket_no()),
            "=0A-- =0AHealthCo Patient Support=0A", company_phone()]



@family
def smtp_bounce(phi):
    qid = alnum(10, "0123456789ABCDEF")
    relay_host, pfx = ch([("gmail-smtp-in.l.google.com", "142.250"), ("alt1.gmail-smtp-in.l.google.com", "209.85"),
                          ("mta7.am0.yahoodns.net", "98.136"), ("hotmail-com.olc.protection.outlook.com", "52.101"),
                          ("mx1.comcast.net", "96.114")])
    relay = "%s[%s.%d.%d]:25" % (relay_host, pfx, R.randint(0, 255), R.randint(1, 254))
    head = "%s mx1 postfix/smtp[%d]: %s: to=<" % (syslog_ts(), R.randint(1000, 65000), qid)
    if phi:
        p = Person()
        return [head, P(p.email(), "email"), ">, relay=", relay, ", delay=", "%.1f" % R.uniform(0.2, 9),
                ", dsn=5.1.1, status=bounced (host ", relay_host, " said: 550-5.1.1 The email account that you tried to reach does not exist)"]
    to = ch(AGENT_EMAILS)
    st = ch(["sent (250 2.0.0 OK  %d %s - gsmtp)" % (epoch(), alnum(12)),
             "deferred (connection timed out)"])
    return ["%s mx1 postfix/smtp[%d]: %s: to=<%s>, relay=%s, delay=%.1f, dsn=2.0.0, status=%s" % (
        syslog_ts(), R.randint(1000, 65000), qid, to, relay, R.uniform(0.2, 9), st)]


@family
def dsn_report(phi):
    head = "%s bounce-processor msg=%s " % (iso_ts(), msg_id())
    if phi:
        p = Person()
        e = p.email()
        parts = [head, "Final-Recipient: rfc822; ", P(e, "email"), " | Action: failed | Status: 5.2.2 | ",
                 "Diagnostic-Code: smtp; 552 5.2.2 mailbox full | orig_subject=\""]
        parts += ch([["Appointment reminder for ", P(p.name(ch(["full", "first"])), "name"), " on ",
                      P(appt_fmt(appt_date()), "date")],
                     ["Your statement for account ending 4821"],
                     ["Hi ", P(p.name("first"), "name"), ", your lab results are ready"]])
        return parts + ["\""]
    return [head, "Final-Recipient: rfc822; postmaster@healthco.example | Action: delayed | Status: 4.4.1 | ",
            "Diagnostic-Code: smtp; 421 4.4.1 connection timed out | orig_subject=\"Weekly digest #%d\"" % R.randint(10, 99)]


@family
def sendgrid_event(phi):
    evs = []
    n = R.randint(1, 3)
    p = Person()
    pe = p.email()
    for i in range(n):
        ev = ch(["delivered", "open", "click", "bounce", "processed", "dropped"])
        o = Obj(("email", P(pe, "email") if phi else "test+%d@healthco.example" % R.randint(1, 99)),
                ("timestamp", epoch()), ("event", ev),
                ("sg_event_id", alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")),
                ("sg_message_id", alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") + ".filter0001p1"),
                ("category", [ch(["appt-reminder", "statement", "survey"])]))
        if ev in ("open", "click"):
            o.pairs.append(("ip", P(public_ip(), "ip") if phi else private_ip()))
            o.pairs.append(("useragent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"))
        if ev == "click":
            o.pairs.append(("url", "https://portal.healthco.example/login?utm_source=sg"))
        if ev == "bounce":
            o.pairs.append(("reason", "550 5.1.1 user unknown"))
        if phi and i == 0 and chance(0.4):
            o.pairs.append(("patient_name", P(p.name(), "name")))
        evs.append(o)
    return ["sendgrid-ingest %s POST /hooks/sendgrid 200 body=" % iso_ts(), jparts(evs)]


@family
def mailgun_event(phi):
    p = Person()
    if phi:
        rec = P(p.email(), "email")
        subj = ch([T("Your appointment on ", P(appt_fmt(appt_date()), "date"), " is confirmed"),
                   T("Re: refill for ", P(p.name(), "name")),
                   T("Statement ready")])
        ip = P(public_ip(), "ip")
    else:
        rec = "billing-alerts@healthco.example"
        subj = T(ch(["Statement ready", "Daily SLA digest", "Your survey link"]))
        ip = private_ip()
    ev_name = ch(["opened", "opened", "clicked", "failed", "delivered"])
    if phi and not isinstance(rec, P):
        raise AssertionError
    ev = Obj(("signature", Obj(("timestamp", str(epoch())), ("token", hexs(50)), ("signature", hexs(64)))),
             ("event-data", Obj(("event", ev_name), ("id", alnum(22)),
                                ("timestamp", epoch() + 0.5), ("recipient", rec),
                                ("ip", ip if ev_name in ("opened", "clicked") else private_ip()), ("client-info", Obj(("client-os", "iOS"), ("device-type", "mobile"))),
                                ("message", Obj(("headers", Obj(("message-id", "%s@mg.healthco.example" % hexs(16)),
                                                               ("subject", subj))))))))
    return ["[mailgun-webhook] %s " % iso_ts(), jparts(ev)]


@family
def twilio_sms_form(phi):
    sid = "SM" + hexs(32)
    acct = "AC" + hexs(32)
    to = "+1" + ch(["8885550199", "8665550123"])
    head = "%s twilio-inbound POST /sms/inbound 200 body=" % iso_ts()
    if phi:
        p = Person()
        es = chance(0.2)
        frm = P(urllib.parse.quote_plus("+1" + p._phone), "phone")
        txt = form_enc_parts(sms_text(p, es))
        extra = []
        if chance(0.4):
            extra = ["&FromCity=", P(urllib.parse.quote_plus(p.city.upper()), "address"),
                     "&FromState=", p.state, "&FromZip=", P(p.zip5, "zip")]
        return [head, "ToCountry=US&SmsMessageSid=", sid, "&NumMedia=0&From=", frm, "&To=",
                urllib.parse.quote_plus(to), "&Body=", txt, extra, "&AccountSid=", acct, "&ApiVersion=2010-04-01"]
    return [head, "ToCountry=US&SmsMessageSid=", sid, "&NumMedia=0&From=", urllib.parse.quote_plus(ch(["+15005550006", "72345", "+15005550001"])),
            "&To=", urllib.parse.quote_plus(to), "&Body=", urllib.parse.quote_plus(ch(SMS_BENIGN)),
            "&AccountSid=", acct, "&ApiVersion=2010-04-01"]


@family
def vonage_sms(phi):
    if phi:
        p = Person()
        es = chance(0.2)
        msisdn = P("1" + p._phone, "phone")
        txt = T(sms_text(p, es))
    else:
        msisdn = ch(["72975", "15005550006", "262966"])
        txt = ch(SMS_BENIGN)
    o = Obj(("msisdn", msisdn), ("to", "18885550199"), ("messageId", hexs(16).upper()),
            ("text", txt), ("type", "unicode" if phi else "text"), ("keyword", "X"),
            ("api-key", hexs(8)), ("message-timestamp", "2024-%02d-%02d %02d:%02d:%02d" % (
                R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))))
    return ["vonage.inbound level=info ", jparts(o)]


@family
def voicemail_transcription(phi):
    job = "vm-" + hexs(10)
    head = "%s voicemail-svc job=%s mailbox=%d duration=%ds confidence=%.2f caller=" % (
        iso_ts(), job, R.randint(100, 999), R.randint(8, 95), R.uniform(0.6, 0.97))
    if phi:
        p = Person()
        caller = P(p.phone(ch(["e164", "e164", "raw"])), "phone") if chance(0.7) else "anonymous"
        if chance(0.5):
            rel = Person()
            t = ["Hi this is ", P(p.name(ch(["first", "full"])), "name"), " calling about my ", ch(REL_EN), " ",
                 P(rel.name(), "name"), ", ", ch(["she", "he"]), " was born ",
                 P(fmt_date(rel.dob, ch(["longord", "long", "md"])), "date")]
            if chance(0.4):
                t += [", ", ch(["she's", "he's"]), " ", P(str(R.randint(90, 103)), "age"), " now"]
            t += [" and ", ch(["needs a refill on her blood pressure pills", "was discharged from " + ch(FACILITIES) + " last week",
                               "missed the appointment yesterday"]), ". ",
                  "Please call me back at ", P(spoken_digits(p._phone) if chance(0.4) else p.phone("dash"), "phone"),
                  ". Thank you."]
        else:
            t = ["Hey it's ", P(p.name(ch(["lower", "full"])), "name"), ", um, date of birth ",
                 P(fmt_date(p.dob, ch(["mdY", "spoken", "long"])), "date"),
                 ", I'm calling because ", request_sentence(), ". My number is ",
                 P(p.phone(ch(["dash", "space"])), "phone"), ", bye."]
        return [head, caller, " transcript=\"", t, "\""]
    t = ch(["Hi, this is a message for the billing office, please call %s back regarding the remittance file. Thanks." % company_phone(),
            "Hello, I'm calling to confirm your office hours for the holiday. Thank you.",
            "...(inaudible)... sorry wrong number.",
            "This is an automated message from the pharmacy regarding a prescription fax. Please call 1-800-555-0142."])
    return [head, ch(["anonymous", "+18005550142", "+18665550123"]), " transcript=\"", t, "\""]


@family
def stt_call_transcript(phi):
    call = "CA" + hexs(32)
    head = "%s stt-worker call_sid=%s seg=%d lang=%s " % (iso_ts(), call, R.randint(1, 40), "en-US")
    agent = ch(["Jess", "Marcus", "Priya", "Dana", "Carlos"])
    if phi:
        p = Person()
        kind = R.randint(0, 2)
        if kind == 0:
            t = ["[spk_0 AGENT] thank you for calling healthco this is ", agent, " can i get the patient's name",
                 " [spk_1 CALLER] yeah it's ", P(p.name("lower"), "name"),
                 " [spk_0 AGENT] and date of birth [spk_1 CALLER] ", P(fmt_date(p.dob, "spoken"), "date")]
        elif kind == 1:
            t = ["[spk_1 CALLER] my member id is ", P(member_id(), "health_plan"),
                 " [spk_0 AGENT] and a good callback number [spk_1 CALLER] ", P(spoken_digits(p._phone), "phone")]
        else:
            t = ["[spk_0 AGENT] can you verify the address [spk_1 CALLER] ", P(street_addr().lower(), "address"),
                 " in ", P(p.city.lower(), "address"), " [spk_0 AGENT] and the last four of the social [spk_1 CALLER] ",
                 P(" ".join(DIGW[int(c)] for c in ssn_last4()), "ssn")]
        return [head, "text=\"", t, "\" conf=%.2f" % R.uniform(0.7, 0.98)]
    t = ch(["[spk_0 AGENT] thank you for calling healthco this is %s how can i help [spk_1 CALLER] hi i'm calling about a bill" % agent,
            "[spk_1 CALLER] can you transfer me to pharmacy [spk_0 AGENT] sure one moment",
            "[spk_0 AGENT] is there anything else i can help with today [spk_1 CALLER] no that's it thanks",
            "[spk_1 CALLER] i was on hold for like forty minutes [spk_0 AGENT] i apologize for the wait"])
    return [head, "text=\"", t, "\" conf=%.2f" % R.uniform(0.7, 0.98)]


@family
def ivr_utterance(phi):
    sess = "ivr-" + digits(12)
    node = ch(["CollectDOB", "CollectMemberID", "CollectPhone", "CollectZip", "MainMenu", "ConfirmAppt"])
    head = "%s IVR session=%s ani=" % (iso_ts(), sess)
    if phi:
        p = Person()
        ani = P("+1" + p._phone, "phone") if chance(0.6) else "restricted"
        if node == "CollectDOB":
            u = P(fmt_date(p.dob, "spoken"), "date")
            norm = ["normalized=", P(fmt_date(p.dob, "compact"), "date")]
        elif node == "CollectMemberID":
            m = mbi(False)
            u = P(" ".join(m), "health_plan")
            norm = ["normalized=", P(m, "health_plan")]
        elif node == "CollectPhone":
            u = P(spoken_digits(p._phone, group=False), "phone")
            norm = ["normalized=", P(p._phone, "phone")]
        elif node == "CollectZip":
            u = P(" ".join(DIGW[int(c)] for c in p.zip5), "zip")
            norm = ["normalized=", P(p.zip5, "zip")]
        else:
            node = "CollectName"
            u = P(p.name("lower"), "name")
            norm = ["normalized=", P(p.name("upper"), "name")]
        return [head, ani, " node=", node, " asr_conf=%.2f utterance=\"" % R.uniform(0.4, 0.99), u, "\" ", norm]
    u = ch(["billing", "representative", "two", "pharmacy", "yes", "no", "main menu", "espanol", "(no input)"])
    return [head, ch(["restricted", "anonymous", "+18005550142"]), " node=", ch(["MainMenu", "ConfirmAppt", "LanguageSelect"]),
            " asr_conf=%.2f utterance=\"%s\" normalized=%s" % (R.uniform(0.4, 0.99), u, u.upper().replace(" ", "_"))]



@family
def qualtrics_response(phi):
    rid = "R_" + alnum(15, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    sv = "SV_" + alnum(15, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    vals = Obj(("startDate", iso_ts()), ("endDate", iso_ts()), ("status", 0), ("progress", 100),
               ("duration", R.randint(40, 900)), ("finished", 1), ("QID1", R.randint(0, 10)),
               ("QID2", R.randint(1, 5)))
    if phi:
        p = Person()
        vals.pairs.append(("ipAddress", P(public_ip(), "ip")))
        vals.pairs.append(("QID3_TEXT", T(ch([
            ["Dr was great but front desk lost my paperwork twice. ", P(p.name(), "name"), " ", P(p.phone(), "phone")],
            ["you can contact me, ", P(p.email(), "email")],
            ["my visit on ", P(appt_fmt(appt_date()), "date"), " at ", ch(FACILITIES), " was awful, waited 3 hours"],
            ["I am ", P(str(R.randint(90, 99)), "age"), " and the stairs at the entrance are too hard"],
            ["nurse was rude to my husband ", P(Person().name(), "name"), " when he picked up my meds"]]))))
        if chance(0.5):
            vals.pairs.append(("QID4_1_TEXT", P(p.name("first"), "name")))
            vals.pairs.append(("QID4_2_TEXT", P(p.last, "name")))
    else:
        vals.pairs.append(("ipAddress", private_ip()))
        vals.pairs.append(("QID3_TEXT", ch(["", "great service", "too long on hold", "N/A",
                                             "Dana was super helpful!", "8/10 would recommend",
                                             "survey is too long"])))
        vals.pairs.append(("distributionChannel", "anonymous"))
    o = Obj(("responseId", rid), ("surveyId", sv), ("values", vals))
    return ["qualtrics-export %s response.completed " % iso_ts(), jparts(o)]


@family
def surveymonkey_response(phi):
    head = "%s sm-collector collector_id=%d response_id=%d " % (iso_ts(), R.randint(10**8, 10**9), R.randint(10**10, 10**11))
    answers = [Obj(("question_id", str(R.randint(10**8, 10**9))), ("choice_id", str(R.randint(10**9, 10**10))))]
    if phi:
        p = Person()
        if chance(0.5):
            answers.append(Obj(("question_id", str(R.randint(10**8, 10**9))), ("text", T(P(p.name(ch(["full", "lower"])), "name")))))
        answers.append(Obj(("question_id", str(R.randint(10**8, 10**9))), ("text", T(ch([
            ["patient DOB ", P(fmt_date(p.dob), "date"), ", seen ", P(appt_fmt(appt_date()), "date")],
            ["please call ", P(p.phone(), "phone"), " about the bill"],
            ["Muy bien atendida. ", P(p.name(), "name"), ", ", P(p.phone(), "phone")],
            ["contact: ", P(p.email(), "email")],
            ["my husband's pacemaker (serial ", P(device_serial()[1], "device"), ") alarm went off during the visit"]])))))
        meta = Obj(("ip_address", P(public_ip(), "ip") if chance(0.6) else private_ip()), ("total_time", R.randint(20, 600)))
    else:
        answers.append(Obj(("question_id", str(R.randint(10**8, 10**9))), ("text", ch(["fine", "no comments", "parking is hard", "5 stars", "llamada muy larga"]))))
        meta = Obj(("ip_address", private_ip()), ("total_time", R.randint(20, 600)))
    o = Obj(("pages", [Obj(("id", str(R.randint(10**7, 10**8))), ("questions", answers))]), ("metadata", meta))
    return [head, jparts(o)]


@family
def contact_form_json(phi):
    head = "%s web-forms INFO form=contact-us submission_id=%s " % (iso_ts(), uuid())
    if phi:
        p = Person()
        snake = chance(0.5)
        k = (lambda a, b: a if snake else b)
        o = Obj((k("first_name", "firstName"), P(p.first if chance(0.8) else p.first.lower(), "name")),
                (k("last_name", "lastName"), P(p.last, "name")),
                (k("date_of_birth", "dateOfBirth"), P(fmt_date(p.dob, ch(["mdY0", "iso", "mdY", "mdy"])), "date")),
                (k("phone_number", "phoneNumber"), P(p.phone(), "phone")),
                ("email", P(p.email(), "email")))
        if chance(0.5):
            o.pairs += [(k("street_address", "streetAddress"), P(street_addr(), "address")),
                        ("city", P(p.city, "address")), ("state", p.state),
                        (k("zip_code", "postalCode"), P(zip_code(p), "zip"))]
        if chance(0.35):
            o.pairs.append((k("member_id", "memberId"), P(member_id(), "health_plan")))
        o.pairs += [(k("preferred_contact", "preferredContact"), ch(["phone", "email", "text"])),
                    ("message", T(patient_message(p, k=1) if chance(0.4) else request_sentence())),
                    (k("client_ip", "clientIp"), P(public_ip(), "ip")),
                    (k("recaptcha_score", "recaptchaScore"), round(R.uniform(0.3, 0.9), 1))]
        return [head, "payload=", jparts(o)]
    o = Obj(("topic", ch(["general", "billing", "website-feedback"])),
            ("message", benign_message()), ("source_page", "/contact"),
            ("clientIp", private_ip()), ("userAgent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"),
            ("recaptchaScore", round(R.uniform(0.1, 0.9), 1)))
    return [head, "payload=", jparts(o)]


@family
def contact_form_urlencoded(phi):
    rid = hexs(16)
    if phi:
        p = Person()
        ip = P(public_ip(), "ip")
        fields = [["name=", form_enc_parts([P(p.name(ch(["full", "lower"])), "name")])],
                  ["dob=", form_enc_parts([P(fmt_date(p.dob, ch(["mdY0", "mdY", "mdy"])), "date")])],
                  ["phone=", form_enc_parts([P(p.phone(), "phone")])],
                  ["email=", form_enc_parts([P(p.email(), "email")])]]
        if chance(0.3):
            fields.append(["ssn_last4=", P(ssn_last4(), "ssn")])
        if chance(0.4):
            fields.append(["reason=", form_enc_parts(patient_message(p, k=1))])
        else:
            fields.append(["reason=", urllib.parse.quote_plus(request_sentence())])
        body = []
        for i, f in enumerate(fields):
            body += (["&"] if i else []) + f
        return [ip, " - - [", syslog_ts(), "] \"POST /api/forms/appointment-request HTTP/1.1\" 201 87 req_id=", rid,
                " body=", body]
    body = "topic=website&message=%s&page=%%2Fcontact" % urllib.parse.quote_plus(benign_message())
    return [private_ip(), " - - [", syslog_ts(), "] \"POST /api/forms/contact HTTP/1.1\" 201 87 req_id=", rid, " body=", body]


@family
def appointment_request(phi):
    head = "%s appt-intake level=INFO msg=\"appointment request received\" " % iso_ts()
    if phi:
        p = Person()
        kv = ["patient_name=\"", P(p.name(ch(["full", "lastfirst", "mi"])), "name"), "\" patient_dob=",
              P(fmt_date(p.dob, ch(["iso", "mdY0"])), "date"), " requested_date=",
              P(fmt_date(appt_date(), "iso"), "date"), " provider=\"Dr. ", ch(["Okonkwo", "Feldman", "Sato", "Reyes"]),
              "\" location=\"", ch(FACILITIES), "\""]
        if chance(0.4):
            kv += [" mrn=", P(mrn(), "mrn")]
        if chance(0.3):
            kv += [" guarantor=\"", P(Person().name(), "name"), "\""]
        if chance(0.3):
            kv += [" referring_fax=\"", ch(["1-888-555-0190", "(866) 555-0107"]), "\""]
        if chance(0.3):
            kv += [" ssn=", P(ssn(), "ssn")]
        if chance(0.3):
            kv += [" interpreter=", ch(["spanish", "vietnamese", "none"])]
        kv += [" reason=\"", ch(["follow up", "new patient", "med refill", "annual physical"]), "\""]
        return [head, kv]
    return [head, "request_id=%s slot=%s provider=\"Dr. %s\" location=\"%s\" status=%s queue=%s" % (
        uuid(), ch(["AM", "PM"]), ch(["Okonkwo", "Feldman", "Sato", "Reyes"]), ch(FACILITIES),
        ch(["pending_verification", "duplicate", "auto_scheduled"]), ch(QUEUES))]


@family
def csat_metrics(phi):
    head = "%s metrics.support " % iso_ts()
    if phi:
        p = Person()
        return [head, "csat ticket=%d agent=%s score=%d comment=\"" % (ticket_no(), ch(AGENT_HANDLES), R.randint(1, 5)),
                ch([["thanks for fixing ", P(p.name("first"), "name"), "'s account (", P(p.name(), "name"), ")"],
                    ["agent asked my SSN ", P(ssn(), "ssn"), " over chat, is that safe??"],
                    ["still waiting on refund to card ", P(card(), "account")],
                    ["finally got my records faxed to ", P(fmt_phone(phone_digits()), "fax"), ", took 3 weeks"]]), "\""]
    return [head, ch([
        "queue=%s waiting=%d longest_wait_s=%d agents_online=%d" % (ch(QUEUES), R.randint(0, 60), R.randint(0, 3600), R.randint(1, 30)),
        "csat ticket=%d agent=%s score=%d comment=\"\"" % (ticket_no(), ch(AGENT_HANDLES), R.randint(1, 5)),
        "daily csat_avg=%.2f responses=%d nps=%d" % (R.uniform(3, 5), R.randint(50, 900), R.randint(-20, 70)),
        "sla first_reply_p50=%dm p90=%dm breached=%d" % (R.randint(5, 60), R.randint(60, 600), R.randint(0, 40)),
        "csat ticket=%d agent=%s score=%d comment=\"%s\"" % (ticket_no(), ch(AGENT_HANDLES), R.randint(1, 5), ch(["Dana rocks", "slow", "ok", "Marcus fixed it in 5 min"])),
    ])]


@family
def voice_biometrics(phi):
    head = "%s ivr-voiceauth call=%s " % (iso_ts(), "CA" + hexs(32))
    if phi:
        p = Person()
        mode = ch(["enroll", "verify"])
        parts = [head, "action=", mode, " caller_ani=", P("+1" + p._phone, "phone") if chance(0.5) else "restricted",
                 " voiceprint_template=", P(voiceprint(), "biometric"), " score=%.3f" % R.uniform(0.5, 0.99)]
        if chance(0.5):
            parts += [" claimed_member=", P(member_id(), "health_plan")]
        return parts
    return [head, "action=verify result=%s reason=%s engine=v%d.%d latency_ms=%d" % (
        ch(["timeout", "no_audio", "fallback_kba"]), ch(["silence", "noise", "opt_out"]), R.randint(2, 5), R.randint(0, 9), R.randint(80, 900))]


@family
def attachment_upload(phi):
    head = "%s attachments-svc ticket=%d " % (iso_ts(), ticket_no())
    if phi:
        p = Person()
        f = strip_acc(p.first).lower().replace("-", "")
        l = strip_acc(p.last).lower().replace(" ", "").replace("'", "").replace(".", "")
        kind = R.randint(0, 3)
        if kind == 0:
            fn = ch(["selfie_%s_%s.jpg" % (f, l), "%s-%s-face.png" % (f, l), "%s_id_photo.jpeg" % l])
            return [head, "uploaded file=\"", P(fn, "photo"), "\" content_type=image/jpeg size=%d note=\"identity verification selfie\"" % R.randint(10**5, 5 * 10**6)]
        if kind == 1:
            url = "https://healthco.zendesk.com/attachments/token/%s/?name=IMG_%d.HEIC" % (alnum(25, "abcdefghijklmnopqrstuvwxyz0123456789"), R.randint(1000, 9999))
            return [head, "uploaded by requester desc=\"photo of my face for the rash\" url=", P(url, "photo")]
        if kind == 2:
            desc, s = device_serial()
            return [head, "uploaded file=\"device_label.jpg\" ocr_text=\"", desc.upper(), " SN ", P(s, "device"), "\""]
        return [head, "uploaded file=\"license.jpg\" ocr_text=\"DL ", P(license_no(), "license"), " ", P(p.name("upper"), "name"),
                " DOB ", P(fmt_date(p.dob, "mdY0"), "date"), "\""]
    return [head, "uploaded file=\"%s\" content_type=%s size=%d scan=clean" % (
        ch(["screenshot_error.png", "portal_bug.jpg", "EOB_question.pdf", "Screen Shot 2024-03-02 at 9.14.22 AM.png"]),
        ch(["image/png", "image/jpeg", "application/pdf"]), R.randint(10**4, 5 * 10**6))]


@family
def chat_handoff_meta(phi):
    """Live-chat widget metadata event (Salesforce Messaging / Zendesk Chat)."""
    head = "%s chat-widget event=visitor.identified " % iso_ts()
    if phi:
        p = Person()
        o = Obj(("visitorId", hexs(20)), ("displayName", P(p.name(ch(["full", "lower", "first"])), "name")),
                ("email", P(p.email(), "email")), ("ip", P(public_ip(), "ip")),
                ("geo", Obj(("city", P(p.city, "address")), ("region", p.state))),
                ("page", ch(["/billing/pay", "/find-a-doctor", "/portal/login"])))
        if chance(0.4):
            o.pairs.append(("profileUrl", P(personal_url(p), "url")))
        if chance(0.25):
            o.pairs.append(("vehicle_plate", P(plate(), "vehicle")))
        return [head, jparts(o)]
    o = Obj(("visitorId", hexs(20)), ("displayName", "Visitor %d" % R.randint(1000, 99999)),
            ("email", None), ("ip", private_ip()), ("page", ch(["/billing/pay", "/find-a-doctor", "/portal/login"])),
            ("referrer", "https://www.google.com/"))
    return [head, jparts(o)]



@family
def dme_replacement(phi):
    """Durable medical equipment replacement request (Service Cloud custom object)."""
    head = "%s|SFDC|DME_Request__c|upsert|" % iso_ts()
    desc, s = device_serial()
    if phi:
        p = Person()
        parts = [head, "Name=DME-%06d Device_Type__c=\"%s\" Serial_Number__c=" % (R.randint(0, 999999), desc),
                 P(s, "device"), " Patient__r.Name=\"", P(p.name(), "name"), "\""]
        if chance(0.5):
            parts += [" Ship_To_Street__c=\"", P(street_addr(), "address"), "\" Ship_To_City__c=\"", P(p.city, "address"),
                      "\" Ship_To_Zip__c=", P(p.zip5, "zip")]
        if chance(0.4):
            parts += [" Comments__c=\"", ch([["old unit SN ", P(device_serial()[1], "device"), " stopped charging"],
                                             ["pt is ", P(str(R.randint(90, 100)), "age"), ", deliver to daughter ", P(Person().name(), "name")],
                                             ["alarm keeps going off, pt ph ", P(p.phone(), "phone")]]), "\""]
        return parts
    return [head, "Name=DME-%06d Device_Type__c=\"%s\" Model__c=%s Firmware__c=%d.%d.%d Lot__c=LOT%s Status__c=%s" % (
        R.randint(0, 999999), desc, ch(["G6", "780G", "AirSense 10", "Omnipod 5", "iQ 2"]), R.randint(1, 9), R.randint(0, 20),
        R.randint(0, 99), digits(6), ch(["Backordered", "Shipped", "Awaiting Rx"]))]


@family
def billing_chat_redaction(phi):
    """Payment-chat pipeline: logs a message before/after the PAN redactor."""
    head = "%s payments-chat conv=%s " % (iso_ts(), hexs(12))
    if phi:
        p = Person()
        k = R.randint(0, 3)
        if k == 0:
            return [head, "WARN redactor_miss msg=\"ok my card is ", P(card(ch(["space", "raw", "dash"])), "account"),
                    " exp 0%d/2%d cvv ...\" payer=\"" % (R.randint(1, 9), R.randint(5, 9)), P(p.name(), "name"), "\""]
        if k == 1:
            return [head, "INFO autopay_setup routing=021000021 account=", P(bank_account(), "account"),
                    " holder=\"", P(p.name("upper"), "name"), "\""]
        if k == 2:
            return [head, "INFO guarantor_lookup guarantor=\"", P(p.name(), "name"), "\" patient=\"", P(Person().name(), "name"),
                    "\" patient_dob=", P(fmt_date(p.dob, "iso"), "date"), " balance=$%d.%02d" % (R.randint(10, 4000), R.randint(0, 99))]
        return [head, "INFO msg=\"pls use my hsa card ", P(card("space"), "account"), " and the claim # is ",
                P(other_id()[1], "other_id"), "\""]
    return [head, ch(["INFO payment_ok method=visa last4=%04d amount=$%d.00 statement=%d" % (R.randint(0, 9999), R.randint(10, 900), R.randint(10**6, 10**7)),
                      "INFO msg=\"[REDACTED PAN] exp [REDACTED]\" redactor=pci-v3 hits=1",
                      "WARN payment_declined code=05 method=mastercard last4=%04d" % R.randint(0, 9999),
                      "INFO autopay_setup routing=021000021 account=[MASKED] holder=[MASKED]"])]


@family
def roi_request(phi):
    """Release-of-information / records request form, web intake."""
    head = "%s roi-intake request=ROI-%d " % (iso_ts(), R.randint(100000, 999999))
    if phi:
        p = Person()
        parts = [head, "patient=\"", P(p.name(ch(["full", "lastfirst", "upper"])), "name"), "\" dob=",
                 P(fmt_date(p.dob, ch(["mdY0", "iso", "dash"])), "date")]
        if chance(0.6):
            parts += [" mrn=", P(mrn(), "mrn")]
        parts += [" deliver_via=fax fax_to=", P(fmt_phone(phone_digits()), "fax") if chance(0.7) else "(866) 555-0107"]
        if chance(0.5):
            d1, d2 = appt_date(), appt_date()
            parts += [" date_range=", P(fmt_date(d1, "mdY0"), "date"), "..", P(fmt_date(d2, "mdY0"), "date")]
        if chance(0.4):
            desc, v = other_id()
            parts += [" id_proof=\"", desc.strip("# "), " ", P(v, "other_id"), "\""]
        if chance(0.3):
            parts += [" id_photo=", P("https://intake.healthco.example/u/%s/photo_id_front.jpg" % hexs(16), "photo")]
        return parts + [" status=received"]
    return [head, "status=%s sla_days=%d records_dept=%s pages=%d" % (
        ch(["fulfilled", "awaiting_signature", "rejected_incomplete"]), R.randint(1, 30), ch(FACILITIES).replace(" ", "_"), R.randint(1, 300))]



@family
def parking_validation(phi):
    """Clinic garage validation requests coming through the support SMS/chat bot."""
    head = "%s parking-bot site=%s " % (iso_ts(), ch(["MWMC-GarageA", "StBrigid-P2", "Lakeview-Lot"]))
    if phi:
        p = Person()
        parts = [head, "validate plate=", P(plate(), "vehicle"), " state=", p.state]
        if chance(0.4):
            parts += [" vin=", P(vin(), "vehicle")]
        parts += [" visit_for=\"", P(p.name(ch(["full", "upper"])), "name"), "\""]
        if chance(0.6):
            parts += [" dl=", P(license_no(), "license")]
        if chance(0.3):
            parts += [" appt=", P(fmt_date(appt_date(), "iso"), "date")]
        return parts + [" result=validated"]
    return [head, ch(["occupancy=%d/%d gate=open" % (R.randint(10, 400), 400),
                      "validate plate=[none] result=rejected reason=no_visit_found",
                      "ticket_printer=%s status=paper_low" % ch(["P1", "P2", "EXIT-3"]),
                      "rate_table=v%d updated by %s" % (R.randint(2, 9), ch(AGENT_HANDLES))])]


# ----------------------------------------------------------------- main
def main():
    lines, labels = [], []
    fam_counts = {}
    n_phi = round(N_LINES * P_PHI)
    flags = [True] * n_phi + [False] * (N_LINES - n_phi)
    R.shuffle(flags)
    fam_seq = (FAMILIES * (N_LINES // len(FAMILIES) + 1))[:N_LINES]
    R.shuffle(fam_seq)
    for i in range(1, N_LINES + 1):
        phi = flags[i - 1]
        fam = fam_seq[i - 1]
        parts = fam(phi)
        line, spans = render(parts)
        assert bool(spans) == phi, (fam.__name__, phi, line)
        lines.append(line)
        labels.append({"line": i, "family": fam.__name__, "spans": spans})
        fam_counts[fam.__name__] = fam_counts.get(fam.__name__, 0) + 1
    with open(os.path.join(HERE, "q.log"), "w", encoding="utf-8", newline="\n") as f:
        for ln in lines:
            f.write(ln + "\n")
    with open(os.path.join(HERE, "q.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for lb in labels:
            f.write(json.dumps(lb, ensure_ascii=False) + "\n")
    # summary
    cats = {}
    for lb in labels:
        for s in lb["spans"]:
            cats[s["cat"]] = cats.get(s["cat"], 0) + 1
    assert set(cats) <= set(CATS), set(cats) - set(CATS)
    n_phi = sum(1 for lb in labels if lb["spans"])
    print("lines", len(lines), "phi_lines", n_phi, "frac %.3f" % (n_phi / len(lines)))
    print("spans", sum(cats.values()), json.dumps(dict(sorted(cats.items()))))
    print("families", json.dumps(dict(sorted(fam_counts.items()))))


if __name__ == "__main__":
    main()
