#!/usr/bin/env python3
"""Held-out synthetic PHI corpus "x": research, analytics and public-health logs.

Writes x.log (500 lines) and x.labels.jsonl next to this file.
Standard library only; fixed seed; byte-for-byte reproducible.
All people, numbers and records are synthetic.
"""
import base64
import collections
import datetime as _dt
import json
import os
import re
import string
import sys
import uuid

import random

SEED = 0x5EED_0C0D
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_CLEAN = 225  # 45 %

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"]

# ----------------------------------------------------------------------------
# line builder
# ----------------------------------------------------------------------------


class P:
    """A PHI value to be labeled."""
    __slots__ = ("c", "v")

    def __init__(self, c, v):
        assert c in CATS, c
        self.c = c
        self.v = str(v)

    def __str__(self):
        return self.v


def mk(*parts):
    """Concatenate text and P parts; return (line, spans)."""
    buf = bytearray()
    spans = []
    for p in parts:
        if isinstance(p, P):
            b = p.v.encode("utf-8")
            spans.append({"s": len(buf), "e": len(buf) + len(b), "cat": p.c, "_v": p.v})
            buf += b
        elif isinstance(p, (list, tuple)):
            l2, s2 = mk(*p)
            off = len(buf)
            for s in s2:
                spans.append({"s": s["s"] + off, "e": s["e"] + off, "cat": s["cat"], "_v": s["_v"]})
            buf += l2.encode("utf-8")
        else:
            buf += str(p).encode("utf-8")
    return buf.decode("utf-8"), spans


_PH = re.compile(r"«(\w+)»")


def T(tpl, **kw):
    """Template with «key» placeholders; P values become spans."""
    parts = []
    pos = 0
    for m in _PH.finditer(tpl):
        parts.append(tpl[pos:m.start()])
        parts.append(kw[m.group(1)])
        pos = m.end()
    parts.append(tpl[pos:])
    return parts


def J(obj, sep=", ", kv=": "):
    """JSON-serialise obj, where P leaves become labeled string/number values."""
    out = []
    if isinstance(obj, P):
        enc = json.dumps(obj.v, ensure_ascii=False)
        # label exactly what is written between the quotes (JSON-escaped form)
        out += ['"', P(obj.c, enc[1:-1]), '"']
    elif isinstance(obj, dict):
        out.append("{")
        first = True
        for k, v in obj.items():
            if not first:
                out.append(sep)
            first = False
            out.append(json.dumps(k, ensure_ascii=False) + kv)
            out += J(v, sep, kv)
        out.append("}")
    elif isinstance(obj, list):
        out.append("[")
        for i, v in enumerate(obj):
            if i:
                out.append(sep)
            out += J(v, sep, kv)
        out.append("]")
    elif isinstance(obj, Raw):
        out.append(obj.s)
    else:
        out.append(json.dumps(obj, ensure_ascii=False))
    return out


class Raw:
    """Raw JSON literal (e.g. unquoted number that is PHI is handled by PN)."""

    def __init__(self, s):
        self.s = s


class PN(P):
    """PHI rendered as bare JSON number."""


def J2(obj, sep=", ", kv=": "):
    """Like J but PN values are written unquoted."""
    out = []
    if isinstance(obj, PN):
        out.append(P(obj.c, obj.v))
    elif isinstance(obj, P):
        out += J(obj, sep, kv)
    elif isinstance(obj, dict):
        out.append("{")
        first = True
        for k, v in obj.items():
            if not first:
                out.append(sep)
            first = False
            out.append(json.dumps(k, ensure_ascii=False) + kv)
            out += J2(v, sep, kv)
        out.append("}")
    elif isinstance(obj, list):
        out.append("[")
        for i, v in enumerate(obj):
            if i:
                out.append(sep)
            out += J2(v, sep, kv)
        out.append("]")
    else:
        out += J(obj, sep, kv)
    return out


# ----------------------------------------------------------------------------
# random helpers
# ----------------------------------------------------------------------------

def ch(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(n, alphabet=string.ascii_uppercase + string.digits):
    return "".join(R.choice(alphabet) for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def b64(nbytes, prefix=b""):
    raw = prefix + bytes(R.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(raw).decode()


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


# ----------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------

FIRST = ["Maria", "José", "Wei", "Aisha", "Olumide", "Dmitri", "Priya", "Hiroshi", "Fatima",
         "Liam", "Sofia", "Mateo", "Chidi", "Ananya", "Mohammed", "Yuki", "Ingrid", "Kwame",
         "Lucía", "Thanh", "Svetlana", "Rahul", "Amara", "Bogdan", "Mei", "Connor", "Esperanza",
         "Tomasz", "Leilani", "Farah", "Giovanni", "Nia", "Oksana", "Ravi", "Camila", "Dae-jung",
         "Siobhan", "Mustafa", "Ebony", "Henrik", "Adaeze", "Jamal", "Rosa", "Kenji", "Zainab",
         "Pedro", "Helga", "Anh", "Samuel", "Ifeoma", "Gabriela", "Arjun", "Noor", "Patrick",
         "Thandiwe", "Yusuf", "Margarethe", "Carlos", "Dolores", "Harold", "Eleanor", "Bernice",
         "Walter", "Agnes", "Rutger", "Shirin", "Tariq", "Min-seo", "Aroha", "Björn"]
LAST = ["Lopez", "Nguyen", "Okafor", "Patel", "Kowalski", "Tanaka", "Haddad", "O'Brien",
        "Fernández", "Chen", "Ivanova", "Mensah", "García", "Schmidt", "Adeyemi", "Kim",
        "Rossi", "Johansson", "Abdullah", "Murphy", "Nakamura", "Singh", "Petrov", "Silva",
        "Dubois", "Hernández", "Yilmaz", "Osei", "Müller", "Le", "Romero", "Kaur", "Popescu",
        "Achebe", "Van der Berg", "Novak", "Castillo", "Sato", "Farouk", "Jensen", "Mwangi",
        "Reyes", "Walsh", "Horvat", "Dlamini", "Tran", "Morales", "Banerjee", "Whitfield",
        "Kealoha", "Gonzales", "Park", "Ahmed", "Lindqvist", "Obi", "Delgado", "Kozlov",
        "Washington", "Beaumont", "Al-Sayed", "Moreau", "Friedman", "Zhou", "Vargas"]
MIDI = "ABCDEFGHJKLMNPRSTVW"

CLIN_FIRST = ["Helen", "Anjali", "Marcus", "Renee", "Oluwaseun", "Grace", "Stefan", "Lina",
              "Victor", "Catherine", "Devon", "Imani", "Pavel", "Beatriz"]
CLIN_LAST = ["Park", "Rao", "Whitaker", "Abernathy", "Feldman", "Osei-Bonsu", "Lindgren",
             "Castellano", "Hwang", "Brennan", "Kaplan", "Mbeki", "Sorensen", "Iqbal"]


def first():
    return ch(FIRST)


def last():
    return ch(LAST)


def person():
    return first(), last()


def full_name(style=None):
    f, l = person()
    style = style or ch(["fl", "fl", "lf", "FL", "LF", "fml", "lfm"])
    if style == "fl":
        return f + " " + l
    if style == "FL":
        return (f + " " + l).upper()
    if style == "lf":
        return l + ", " + f
    if style == "LF":
        return (l + ", " + f).upper()
    if style == "fml":
        return "%s %s. %s" % (f, ch(MIDI), l)
    if style == "lfm":
        return "%s, %s %s" % (l, f, ch(MIDI))
    if style == "hl7":
        return (l + "^" + f).upper()
    raise ValueError(style)


def clinician(style=None):
    f, l = ch(CLIN_FIRST), ch(CLIN_LAST)
    style = style or ch(["dr", "md", "init", "rn"])
    if style == "dr":
        return "Dr. %s %s" % (f, l)
    if style == "md":
        return "%s %s, MD" % (f, l)
    if style == "init":
        return "Dr. %s. %s" % (f[0], l)
    return "%s %s, RN" % (f, l)


def npi():
    base = "%d%s" % (ch([1, 2]), digits(8))
    return base + luhn_digit("80840" + base)


STAFF_ACCTS = ["crc.mthompson", "svc_omop_etl", "redcap_cron", "jdoe_rc", "dm_kpatel",
               "etl-runner", "sas_batch", "lims-svc", "cra_ebrennan", "monitor02",
               "deid-bot", "iis_interface", "ecr_router", "biobank_tech3", "r.analyst7",
               "stat_hwang", "svc-naaccr-xfer", "airflow", "root", "shrine-svc"]


def staff():
    return ch(STAFF_ACCTS)


# ----------------------------------------------------------------------------
# PHI value generators
# ----------------------------------------------------------------------------

MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]


def rdate(y0, y1):
    start = _dt.date(y0, 1, 1).toordinal()
    end = _dt.date(y1, 12, 31).toordinal()
    return _dt.date.fromordinal(R.randint(start, end))


def birth():
    return rdate(1922, 2016)


def old_birth():
    return rdate(1921, 1934)


def event_date():
    d = rdate(2019, 2024)
    return d if d < _dt.date(2024, 3, 1) else d.replace(year=R.randint(2019, 2023))


def fdate(d, style=None):
    style = style or ch(["iso", "us", "sas", "rave", "hl7", "dmy_dot", "long", "stata"])
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return "%02d/%02d/%04d" % (d.month, d.day, d.year)
    if style == "us_short":
        return "%d/%d/%04d" % (d.month, d.day, d.year)
    if style == "sas":
        return "%02d%s%04d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == "rave":
        return "%02d %s %04d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == "oracle":
        return "%02d-%s-%04d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == "hl7":
        return "%04d%02d%02d" % (d.year, d.month, d.day)
    if style == "dmy_dot":
        return "%02d.%02d.%04d" % (d.day, d.month, d.year)
    if style == "dmy":
        return "%02d/%02d/%04d" % (d.day, d.month, d.year)
    if style == "long":
        return "%s %d, %d" % (MONTHS_LONG[d.month - 1], d.day, d.year)
    if style == "stata":
        return "%02d%s%04d" % (d.day, MONTHS[d.month - 1].lower(), d.year)
    if style == "mdy_dash":
        return "%02d-%02d-%04d" % (d.month, d.day, d.year)
    raise ValueError(style)


def ssn(style=None):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g, s = R.randint(1, 99), R.randint(1, 9999)
    style = style or ch(["dash", "dash", "dash", "plain", "space"])
    if style == "dash":
        return "%03d-%02d-%04d" % (a, g, s)
    if style == "plain":
        return "%03d%02d%04d" % (a, g, s)
    return "%03d %02d %04d" % (a, g, s)


def mrn(style=None):
    style = style or ch(["d7", "d8", "E7", "d10", "M-", "dash"])
    if style == "d7":
        return str(R.randint(1000000, 9999999))
    if style == "d8":
        return "%08d" % R.randint(100000, 99999999)
    if style == "E7":
        return ch("EMHK") + digits(7)
    if style == "d10":
        return "10" + digits(8)
    if style == "M-":
        return "M-" + digits(7)
    return "%02d-%02d-%02d-%d" % (R.randint(10, 99), R.randint(0, 99), R.randint(0, 99), R.randint(0, 9))


AREA = [201, 212, 215, 267, 312, 347, 404, 412, 503, 508, 510, 512, 601, 608, 614, 617,
        702, 713, 720, 801, 808, 857, 904, 919, 929, 971, 978]


def phone(style=None):
    a = ch(AREA)
    ex = R.randint(201, 989)
    ln = R.randint(0, 9999)
    style = style or ch(["paren", "dash", "dot", "intl", "plain", "paren_ns"])
    if style == "paren":
        return "(%d) %03d-%04d" % (a, ex, ln)
    if style == "paren_ns":
        return "(%d)%03d-%04d" % (a, ex, ln)
    if style == "dash":
        return "%d-%03d-%04d" % (a, ex, ln)
    if style == "dot":
        return "%d.%03d.%04d" % (a, ex, ln)
    if style == "intl":
        return "+1 %d %03d %04d" % (a, ex, ln)
    return "%d%03d%04d" % (a, ex, ln)


def _ascii(s):
    tr = str.maketrans("éáíóúñüöäåøçÉÁÍÓÚÑÜÖÄÅØÇ", "eaiounuoaaocEAIOUNUOAAOC")
    return re.sub(r"[^A-Za-z]", "", s.translate(tr))


def email(f=None, l=None):
    f = f or first()
    l = l or last()
    fa, la = _ascii(f).lower(), _ascii(l).lower()
    dom = ch(["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com",
              "aol.com", "comcast.net", "protonmail.com", "web.de", "yahoo.com.mx"])
    local = ch(["%s.%s" % (fa, la), "%s%s" % (fa[0], la), "%s_%s%d" % (fa, la, R.randint(1, 99)),
                "%s%d" % (la, R.randint(1940, 2005)), "%s.%s%d" % (fa, la[0], R.randint(1, 999))])
    return local + "@" + dom


STREETS = ["Oak", "Maple", "Cedar", "Elm", "Washington", "Lincoln", "Highland", "Pleasant",
           "Riverside", "Sunset", "Magnolia", "Dorchester", "Juniper", "Lakeview", "Chestnut",
           "Willow", "Hillcrest", "Adams", "Franklin", "Prospect", "Mission", "Alvarado",
           "Kingston", "Bayview", "Quail Run", "Harbor", "Peachtree", "Orchard", "Beacon"]
SUFFIX = ["St", "Ave", "Rd", "Blvd", "Dr", "Ln", "Ct", "Way", "Street", "Avenue", "Road",
          "Terrace", "Pl", "Cir"]
CITIES = [("Brockton", "MA"), ("Lowell", "MA"), ("Pawtucket", "RI"), ("Yonkers", "NY"),
          ("Camden", "NJ"), ("Allentown", "PA"), ("Dayton", "OH"), ("Gary", "IN"),
          ("Kenosha", "WI"), ("Cedar Rapids", "IA"), ("Wichita", "KS"), ("Tulsa", "OK"),
          ("El Paso", "TX"), ("Hialeah", "FL"), ("Macon", "GA"), ("Fresno", "CA"),
          ("Salinas", "CA"), ("Tacoma", "WA"), ("Boise", "ID"), ("Provo", "UT"),
          ("Pueblo", "CO"), ("Las Cruces", "NM"), ("Chattanooga", "TN"), ("Lafayette", "LA"),
          ("Hilo", "HI"), ("Bangor", "ME"), ("Burlington", "VT"), ("Duluth", "MN"),
          ("San Bernardino", "CA"), ("Worcester", "MA")]
STATE_NAMES = {"MA": "Massachusetts", "RI": "Rhode Island", "NY": "New York", "NJ": "New Jersey",
               "PA": "Pennsylvania", "OH": "Ohio", "IN": "Indiana", "WI": "Wisconsin",
               "IA": "Iowa", "KS": "Kansas", "OK": "Oklahoma", "TX": "Texas", "FL": "Florida",
               "GA": "Georgia", "CA": "California", "WA": "Washington", "ID": "Idaho",
               "UT": "Utah", "CO": "Colorado", "NM": "New Mexico", "TN": "Tennessee",
               "LA": "Louisiana", "HI": "Hawaii", "ME": "Maine", "VT": "Vermont", "MN": "Minnesota"}
COUNTIES = ["Plymouth County", "Middlesex County", "Providence County", "Westchester County",
            "Montgomery County", "Marion County", "Kenosha County", "Linn County",
            "Sedgwick County", "Hidalgo County", "Miami-Dade County", "Fresno County",
            "Pierce County", "Hamilton County", "Jefferson Parish", "Hawaii County"]


def street(upper=False, unit=None):
    s = "%d %s %s" % (R.randint(2, 9899), ch(STREETS), ch(SUFFIX))
    if unit is None:
        unit = chance(0.3)
    if unit:
        s += " " + ch(["Apt %d" % R.randint(1, 40), "Apt %d%s" % (R.randint(1, 9), ch("ABCD")),
                       "Unit %d" % R.randint(1, 300), "#%d" % R.randint(1, 60)])
    return s.upper() if upper else s


def city():
    return ch(CITIES)


def zipc(plus4=None):
    z = "%05d" % R.randint(1001, 99901)
    if plus4 is None:
        plus4 = chance(0.2)
    return z + ("-%04d" % R.randint(1, 9999) if plus4 else "")


def age_old():
    return str(R.randint(90, 106))


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dash=False):
    a = MBI_L + string.digits
    s = (ch("123456789") + ch(MBI_L) + ch(a) + ch(string.digits) + ch(MBI_L) + ch(a) +
         ch(string.digits) + ch(MBI_L) + ch(MBI_L) + ch(string.digits) + ch(string.digits))
    if dash:
        s = s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s


def member_id(style=None):
    style = style or ch(["mbi", "mbid", "pfx", "mcd", "num", "sub"])
    if style == "mbi":
        return mbi()
    if style == "mbid":
        return mbi(True)
    if style == "pfx":
        return ch(["XEH", "ZGP", "YLM", "JQU", "W"]) + digits(9)
    if style == "mcd":
        return alnum(2, string.ascii_uppercase) + digits(8)
    if style == "num":
        return digits(11)
    return "%s%s-%s" % (ch(["U", "H", "K"]), digits(8), digits(2))


def card():
    pre = ch(["4", "51", "52", "37", "6011"])
    n = 15 if pre == "37" else 16
    body = pre + digits(n - 1 - len(pre))
    num = body + luhn_digit(body)
    if n == 16:
        return ch([num, " ".join(num[i:i + 4] for i in range(0, 16, 4)),
                   "-".join(num[i:i + 4] for i in range(0, 16, 4))])
    return num


def iban_de():
    blz = digits(8)
    acct = digits(10)
    bban = blz + acct
    numeric = int(bban + "131400")  # D=13 E=14 00
    chk = 98 - numeric % 97
    s = "DE%02d%s" % (chk, bban)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def account(style=None):
    style = style or ch(["pa", "hb", "card", "bank", "iban", "num"])
    if style == "pa":
        return ch(["PA", "ACCT", "HAR"]) + digits(8)
    if style == "hb":
        return "%s-%s" % (digits(4), digits(6))
    if style == "card":
        return card()
    if style == "bank":
        return digits(R.randint(9, 12))
    if style == "iban":
        return iban_de()
    return digits(10)


def dea():
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return ch("ABFGM") + ch(string.ascii_uppercase) + "".join(map(str, d)) + str(chk)


def license_no(style=None):
    style = style or ch(["ca", "ny", "fl", "dea", "rn", "tx", "il"])
    if style == "ca":
        return ch(string.ascii_uppercase) + digits(7)
    if style == "ny":
        return "%s %s %s" % (digits(3), digits(3), digits(3))
    if style == "fl":
        return "%s%s-%s-%s-%s-%s" % (ch(string.ascii_uppercase), digits(3), digits(3), digits(2), digits(3), digits(1))
    if style == "dea":
        return dea()
    if style == "rn":
        return ch(["RN", "LPN", "MD"]) + digits(6)
    if style == "tx":
        return digits(8)
    return ch(string.ascii_uppercase) + digits(3) + "-" + digits(4) + "-" + digits(4)


VIN_MAP = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                                [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = [ch(["1", "2", "3", "J", "K", "W", "5"])] + [ch(al) for _ in range(16)]
    v[8] = "0"
    v[9] = ch("KLMNPRS")
    tot = sum((int(c) if c.isdigit() else VIN_MAP[c]) * w for c, w in zip(v, VIN_W))
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def plate():
    return ch(["%d%s%s" % (R.randint(1, 9), alnum(3, string.ascii_uppercase), digits(3)),
               "%s-%s" % (alnum(3, string.ascii_uppercase), digits(4)),
               "%s %s" % (alnum(3, string.ascii_uppercase), digits(3)),
               "%s%s%s" % (digits(3), alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), digits(1))])


def vehicle():
    return vin() if chance(0.5) else plate()


def imei():
    b = ch(["35", "86", "01", "99"]) + digits(12)
    return b + luhn_digit(b)


def mac(sep=":"):
    return sep.join(hexs(2, upper=True) for _ in range(6))


def gs1_check(body):
    tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return str((10 - tot % 10) % 10)


def udi():
    gtin = "0" + ch(["0643169", "0884521", "0763000", "0381780"]) + digits(5)
    gtin = gtin + gs1_check(gtin)
    exp = rdate(2025, 2029)
    return "(01)%s(17)%02d%02d%02d(21)%s" % (gtin, exp.year % 100, exp.month, exp.day,
                                             ch(["PJN", "RNC", "SN", "LOT"]) + digits(7))


def device(style=None):
    style = style or ch(["imei", "mac", "udi", "pm", "pump", "cgm"])
    if style == "imei":
        return imei()
    if style == "mac":
        return mac(ch([":", "-"]))
    if style == "udi":
        return udi()
    if style == "pm":
        return ch(["PJN", "RNC", "BLW", "CTX"]) + digits(6) + ch(["S", "H", "G", ""])
    if style == "pump":
        return "NG" + digits(7) + "H"
    return ch(["G7", "SM", "X"]) + alnum(8)


def person_url(f=None, l=None):
    f = f or first()
    l = l or last()
    fa, la = _ascii(f).lower(), _ascii(l).lower()
    return ch(["https://www.facebook.com/%s.%s.%d" % (fa, la, R.randint(1, 9999)),
               "https://www.linkedin.com/in/%s-%s-%s" % (fa, la, hexs(5)),
               "https://www.gofundme.com/f/help-%s-%s-beat-cancer" % (fa, la),
               "https://www.caringbridge.org/visit/%s%s" % (fa, la),
               "http://%s%s.blogspot.com/" % (fa, la),
               "https://instagram.com/%s_%s%d" % (fa, la, R.randint(1, 99)),
               "https://x.com/%s%s%d" % (fa[0], la, R.randint(10, 99))])


PUB_OCT1 = [24, 47, 50, 67, 68, 69, 71, 73, 74, 75, 76, 96, 97, 98, 99, 107, 108, 136,
            142, 162, 173, 174, 184, 207]


def pub_ip(v6=None):
    if v6 is None:
        v6 = chance(0.15)
    if v6:
        return "2601:%x:%x:%x::%x" % (R.randint(0x100, 0xfff), R.randint(0x1000, 0xffff),
                                      R.randint(0x10, 0xfff), R.randint(1, 0xff))
    return "%d.%d.%d.%d" % (ch(PUB_OCT1), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def biometric():
    return b64(R.randint(36, 72), prefix=ch([b"FMR\x00 20\x00", b"\x46\x4d\x52\x00", b"VPRT", b"IRIS"]))


JPEG_HDR = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
PNG_HDR = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"


def photo_b64():
    return b64(R.choice([30, 36, 42, 48, 60]), prefix=ch([JPEG_HDR, PNG_HDR]))


def photo_path(pid=None):
    pid = pid or digits(5)
    return ch(["/data/biobank/consent_photos/%s_face.jpg" % pid,
               "/mnt/redcap/edocs/participant_photo_%s.png" % pid,
               "s3://ctsi-research-media/photos/subject-%s/portrait.jpeg" % pid,
               "https://redcap.ctsi.example.edu/edocs/photo/pt_%s_headshot.jpg" % pid,
               "\\\\fs01\\dermstudy\\images\\%s_face_frontal.JPG" % pid])


def other_id(style=None):
    style = style or ch(["passport", "curp", "sin", "aadhaar", "nino", "cpf", "edipi", "de", "tribal"])
    if style == "passport":
        return ch([digits(9), ch("ACEGKLX") + digits(8)])
    if style == "curp":
        return (alnum(4, string.ascii_uppercase) + digits(6) + ch("HM") +
                ch(["DF", "JC", "NL", "PL", "OC"]) + alnum(3, "BCDFGHJKLMNPRSTVXZ") + alnum(1) + digits(1))
    if style == "sin":
        b = ch("123456789") + digits(7)
        return "%s %s %s" % ((b + luhn_digit(b))[:3], (b + luhn_digit(b))[3:6], (b + luhn_digit(b))[6:])
    if style == "aadhaar":
        return "%s %s %s" % (ch("23456789") + digits(3), digits(4), digits(4))
    if style == "nino":
        return ch("ABCEHJKLMNPRSTWXYZ") + ch("ABCEHJKLMNPRSTWXYZ") + digits(6) + ch("ABCD")
    if style == "cpf":
        return "%s.%s.%s-%s" % (digits(3), digits(3), digits(3), digits(2))
    if style == "edipi":
        return digits(10)
    if style == "de":
        return ch("CFGHJKLMNPRTVWXYZ") + alnum(8, "CFGHJKLMNPRTVWXYZ0123456789")
    return "%s-%s" % (digits(3), digits(6))


# ----------------------------------------------------------------------------
# look-alike (non-PHI) generators
# ----------------------------------------------------------------------------

BASE_TS = _dt.datetime(2024, 3, 4, 6, 0, 0)
_ts_cur = [BASE_TS]


def ts_dt():
    _ts_cur[0] += _dt.timedelta(seconds=R.randint(1, 2400), microseconds=R.randint(0, 999999))
    return _ts_cur[0]


def ts(style=None):
    t = ts_dt()
    style = style or ch(["iso", "isoz", "space", "ms", "syslog", "sas", "r"])
    if style == "iso":
        return t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d" % (t.microsecond // 1000)
    if style == "isoz":
        return t.strftime("%Y-%m-%dT%H:%M:%S") + "Z"
    if style == "space":
        return t.strftime("%Y-%m-%d %H:%M:%S")
    if style == "ms":
        return t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (t.microsecond // 1000)
    if style == "syslog":
        return "%s %2d %s" % (MONTHS[t.month - 1].title(), t.day, t.strftime("%H:%M:%S"))
    if style == "sas":
        return t.strftime("%d%b%Y:%H:%M:%S").upper()
    if style == "hl7":
        return t.strftime("%Y%m%d%H%M%S")
    return t.strftime("%Y-%m-%d %H:%M:%S") + " EST"


def hl7ts():
    return ts("hl7") + ch(["", "-0500", "-0400"])


def trace_id():
    return hexs(32)


def span_id():
    return hexs(16)


def sha(n=64):
    return hexs(n)


def version():
    return "%d.%d.%d" % (R.randint(1, 15), R.randint(0, 20), R.randint(0, 40))


def dur_ms():
    return "%d ms" % R.randint(3, 98000)


def order_no():
    return ch(["ORD-%d-%07d" % (R.randint(2022, 2025), R.randint(1, 9999999)),
               "PO%08d" % R.randint(1, 99999999), "SO-%s" % digits(6),
               "WO%s" % digits(9)])


def build_no():
    return ch(["%s.%d" % (rdate(2023, 2024).strftime("%Y%m%d"), R.randint(1, 9)),
               "b%d" % R.randint(1000, 99999), "#%d" % R.randint(100, 9999)])


def priv_ip():
    return ch(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
               "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254)),
               "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254)),
               "127.0.0.1"])


HOSTS = ["redcap-db01.ctsi.local", "etl-worker-03.research.internal", "omop-pg.dw.internal",
         "sas-grid-n7.biostat.local", "rstudio-connect.hsph.internal", "lims-app02.genomics.local",
         "seq-nova01.core.internal", "iis-gw.doh.state.internal", "ecr-router-2.phi.internal",
         "shrine-hub.ctsi.local", "biobank-fw.lab.internal", "deid-svc-1.nlp.internal",
         "naaccr-sftp.registry.local", "rave-proxy.cro.internal"]


def host():
    return ch(HOSTS)


def port():
    return str(ch([22, 443, 1521, 3306, 5432, 6379, 8080, 8443, 9092, 2575, 6661, 7777, 50051]))


def subj_id():
    return ch(["%03d-%04d" % (R.randint(101, 140), R.randint(1, 250)),
               "S-%05d" % R.randint(1, 99999), "SUBJ%04d" % R.randint(1, 9999),
               "%s-%03d-%03d" % (ch(["MGH", "UCSF", "JHU", "OHSU", "UPMC"]), R.randint(1, 40), R.randint(1, 999))])


def record_id():
    return str(R.randint(1, 4200))


def sample_code():
    return ch(["BB-%d-%06d" % (R.randint(2019, 2024), R.randint(1, 999999)),
               "LIB%05d" % R.randint(1, 99999), "S%04d_L00%d" % (R.randint(1, 9999), R.randint(1, 4)),
               "GSM%07d" % R.randint(1000000, 9999999), "SAMN%08d" % R.randint(1, 99999999)])


VENDOR_ADDR = ["Illumina, Inc., 5200 Illumina Way, San Diego, CA 92122",
               "SAS Institute Inc., 100 SAS Campus Drive, Cary, NC 27513",
               "StataCorp LLC, 4905 Lakeway Drive, College Station, TX 77845",
               "Medidata Solutions, 350 Hudson Street, New York, NY 10014",
               "Thermo Fisher Scientific, 168 Third Avenue, Waltham, MA 02451",
               "Vanderbilt University, 2525 West End Ave, Nashville, TN 37203",
               "Azenta Life Sciences, 200 Summit Drive, Burlington, MA 01803"]

HOSP_CONTACT = ["CTSI Research Help Desk (617) 643-2200", "Data Coordinating Center 1-800-555-0199",
                "DOH Immunization Program helpdesk 617-983-4999", "Registry Operations (919) 707-5400",
                "Biorepository front desk ext. 4-7712"]

ICD10 = ["C50.912", "C34.90", "E11.9", "I10", "J45.909", "U07.1", "C18.7", "N18.3", "F32.A",
         "Z23", "A15.0", "B20", "C61", "G30.9"]
LOINC = ["94500-6", "2345-7", "4548-4", "26464-8", "718-7", "2160-0", "30525-0", "94309-2",
         "13955-0", "5195-3", "11011-4", "74043-1"]
CVX = [("208", "COVID-19, mRNA, LNP-S, PF, 30 mcg/0.3 mL"), ("141", "Influenza, seasonal, injectable"),
       ("115", "Tdap"), ("33", "pneumococcal polysaccharide PPV23"), ("133", "PCV13"),
       ("187", "zoster recombinant"), ("03", "MMR"), ("21", "varicella"), ("08", "Hep B, adolescent or pediatric")]
SNOMED = ["840539006", "44054006", "38341003", "254637007", "195967001", "86406008"]
MFR = [("PFR", "Pfizer"), ("MOD", "Moderna"), ("SKB", "GlaxoSmithKline"), ("MSD", "Merck"),
       ("PMC", "Sanofi Pasteur"), ("SEQ", "Seqirus")]


def lot():
    return ch(["EW%04d" % R.randint(1, 9999), "%s%d" % (alnum(2, string.ascii_uppercase), R.randint(100, 999)),
               "0%d%s" % (R.randint(10, 99), alnum(2, string.ascii_uppercase)), "U%s%s" % (digits(4), ch("AB"))])


def small_age():
    return str(R.randint(0, 89))


def year():
    return str(R.randint(1925, 2024))


def state_name():
    return ch(list(STATE_NAMES.values()))


def pct():
    return "%.1f%%" % (R.random() * 100)


def count():
    n = R.randint(3, 250000)
    return "{:,}".format(n) if chance(0.5) else str(n)


# ----------------------------------------------------------------------------
# key/value field pools (shared by many families)
# ----------------------------------------------------------------------------

def _dob():
    return fdate(birth(), ch(["iso", "us", "iso", "sas", "dmy_dot", "us_short", "mdy_dash"]))


def _evd():
    return fdate(event_date(), ch(["iso", "us", "iso", "rave", "oracle", "us_short"]))


FIELDS = {
    # kind: (category, [keys], generator)
    "fname": ("name", ["pt_fname", "first_name", "fname", "firstName", "nombre", "vorname", "prenom",
                       "given_name", "participant_first", "FIRSTNAME", "pat_first_nm"], first),
    "lname": ("name", ["pt_lname", "last_name", "lname", "lastName", "apellido", "nachname", "nom",
                       "family_name", "surname", "LASTNAME", "pat_last_nm"], last),
    "fullname": ("name", ["participant_name", "ptName", "patient_full_name", "nombre_completo",
                          "subject_name", "PT_NAME", "nm_paciente", "respondent", "enrollee"],
                 lambda: full_name(ch(["fl", "lf", "fml", "LF"]))),
    "relname": ("name", ["guardian_name", "parent1_name", "ec_name", "emergency_contact", "mother_name",
                         "nok_name", "guarantor", "responsible_party", "spouse_nm", "LAR_name",
                         "nombre_madre", "grd_full"], lambda: full_name(ch(["fl", "lf"]))),
    "street": ("address", ["address1", "street_addr", "addr_line1", "home_address", "direccion",
                           "strasse", "mailing_street", "res_addr", "addr1", "streetAddress"], street),
    "city": ("address", ["city", "addr_city", "ciudad", "ort", "municipio", "res_city", "town", "cityName"],
             lambda: city()[0]),
    "county": ("address", ["county", "county_res", "condado", "cnty_name", "countyOfResidence"],
               lambda: ch(COUNTIES)),
    "zip": ("zip", ["zip", "zipcode", "postal_code", "zip_code", "codigo_postal", "plz", "ZIP5",
                    "res_zip", "postalCode"], zipc),
    "dob": ("date", ["dob", "birth_date", "fecha_nac", "geburtsdatum", "date_naissance", "dt_birth",
                     "bdate", "DOB", "birthDate", "data_nascimento", "brthdtc"], _dob),
    "evdate": ("date", ["visit_date", "admit_dt", "discharge_date", "date_of_death", "appt_dt",
                        "fecha_visita", "collection_date", "vacc_date", "dx_date", "surgery_dt",
                        "consent_signed_dt", "dod", "svc_date", "aufnahmedatum"], _evd),
    "age": ("age", ["age", "age_yrs", "edad", "alter", "age_at_enroll", "ageAtDx", "pt_age",
                    "age_years", "AGE"], age_old),
    "phone": ("phone", ["phone", "phone_home", "cell", "mobile_ph", "telefono", "tel", "contact_number",
                        "phoneNumber", "sms_number", "ec_phone", "handy", "tel_cel"], phone),
    "fax": ("fax", ["fax", "home_fax", "fax_no", "telefax", "guarantor_fax", "faxNumber", "fax_casa"],
            lambda: phone(ch(["paren", "dash", "dot"]))),
    "email": ("email", ["email", "email_address", "correo", "e_mail", "contact_email", "emailAddr",
                        "participant_email", "mail", "correo_e", "ec_email"], email),
    "ssn": ("ssn", ["ssn", "soc_sec_no", "ss_num", "SSN", "socialSecurityNumber", "ssn_full",
                    "pt_ssn", "ssno", "guarantor_ssn"], ssn),
    "mrn": ("mrn", ["mrn", "MRN", "med_rec_num", "epic_mrn", "hosp_mrn", "medicalRecordNumber",
                    "pat_mrn", "chart_no", "EMPI", "expediente", "pat_id_ext", "mrn_src"], mrn),
    "plan": ("health_plan", ["medicare_id", "mbi", "member_id", "subscriber_id", "medicaid_no",
                             "insurance_id", "policy_member", "beneficiary_id", "cardholder_id",
                             "plan_member_no", "ins_mem_id", "hicn_mbi"], member_id),
    "acct": ("account", ["acct_no", "patient_account", "har_id", "billing_acct", "guarantor_acct",
                         "account_number", "pt_acct_num", "hosp_acct"], lambda: account(ch(["pa", "hb", "num"]))),
    "card": ("account", ["clincard_no", "payment_card", "card_number", "stipend_card", "pan",
                         "greenphire_card"], card),
    "bank": ("account", ["bank_acct", "konto", "direct_deposit_acct", "cuenta_bancaria", "dda_account"],
             lambda: account("bank")),
    "iban": ("account", ["iban", "IBAN", "iban_payee", "bankverbindung"], iban_de),
    "dl": ("license", ["drivers_license", "dl_num", "dl_number", "licencia", "fuehrerschein",
                       "driverLicense", "state_id_no", "dl_no"], lambda: license_no(ch(["ca", "ny", "fl", "tx", "il"]))),
    "dea": ("license", ["dea_no", "prescriber_dea", "dea", "deaNumber"], dea),
    "proflic": ("license", ["state_license", "lic_no", "prof_license", "rn_license"],
                lambda: license_no("rn")),
    "vin": ("vehicle", ["vin", "vehicle_vin", "veh_id_num", "car_vin"], vin),
    "plate": ("vehicle", ["plate", "license_plate", "lic_plate", "placa", "kennzeichen", "tag_no"], plate),
    "imei": ("device", ["imei", "phone_imei", "device_imei"], imei),
    "mac": ("device", ["mac_addr", "wearable_mac", "fitbit_mac", "ble_mac", "hub_mac"],
            lambda: mac(ch([":", "-"]))),
    "udi": ("device", ["udi", "implant_udi", "device_udi"], udi),
    "devsn": ("device", ["device_sn", "implant_serial", "pump_serial", "cgm_sn", "pacemaker_sn",
                         "icd_serial", "serial_no"], lambda: device(ch(["pm", "pump", "cgm"]))),
    "url": ("url", ["personal_url", "social_profile", "homepage", "fb_profile", "blog_url",
                    "fundraiser_link", "web"], person_url),
    "ip": ("ip", ["ip", "ip_addr", "client_ip", "respondent_ip", "remote_addr", "ipAddress", "src_ip"],
           pub_ip),
    "bio": ("biometric", ["fingerprint_template", "voiceprint", "voice_sig_b64", "fp_minutiae",
                          "iris_code", "palm_vein_tmpl", "fpTemplate"], biometric),
    "photo": ("photo", ["photo", "face_img", "headshot_b64", "portrait", "selfie_jpg", "id_photo",
                        "foto", "pt_photo"], photo_b64),
    "photopath": ("photo", ["photo_path", "face_image_uri", "photo_file", "portrait_url", "img_ref"],
                  photo_path),
    "oid": ("other_id", ["passport_no", "curp", "national_id", "sin", "aadhaar", "nino", "cpf",
                         "edipi", "personalausweis", "tribal_id", "id_nacional", "passportNumber"], other_id),
}
OID_STYLE = {"passport_no": "passport", "passportNumber": "passport", "curp": "curp", "sin": "sin",
             "aadhaar": "aadhaar", "nino": "nino", "cpf": "cpf", "edipi": "edipi",
             "personalausweis": "de", "tribal_id": "tribal"}

ALL_KINDS = list(FIELDS)


def F(kind, key=None):
    """Return (key, P) for a PHI field kind."""
    cat, keys, gen = FIELDS[kind]
    key = key or ch(keys)
    if kind == "oid" and key in OID_STYLE:
        val = other_id(OID_STYLE[key])
    else:
        val = gen()
    return key, P(cat, val)


def Fs(n, pool=None, must=None):
    """n distinct random PHI fields (list of (key, P))."""
    pool = list(pool or ALL_KINDS)
    kinds = list(must or [])
    rest = [k for k in pool if k not in kinds]
    R.shuffle(rest)
    kinds += rest[:max(0, n - len(kinds))]
    return [F(k) for k in kinds]


RARE_KINDS = ["fax", "card", "bank", "iban", "acct", "dl", "dea", "proflic", "url", "ip", "bio", "photo",
              "photopath", "oid", "vin", "plate", "imei", "mac", "udi", "devsn"]
CAT_SEEN = collections.Counter()  # span counts of accepted lines (drives FR balancing)


def FR(exclude=()):
    """A field of a rarely occurring PHI kind; picks among the kinds whose category
    has been labeled least so far, so every category gets covered."""
    kinds = [k for k in RARE_KINDS if k not in exclude]
    low = min(CAT_SEEN[FIELDS[k][0]] for k in kinds)
    cands = [k for k in kinds if CAT_SEEN[FIELDS[k][0]] <= low + 1]
    return F(ch(cands))


CLEAN_FIELDS = [
    ("visit_wt_kg", lambda: "%.1f" % R.uniform(40, 140)), ("sbp_1", lambda: str(R.randint(92, 188))),
    ("age_enroll", small_age), ("birth_year", year), ("yob", year), ("state", state_name),
    ("redcap_event_name", lambda: ch(["baseline_arm_1", "month_6_arm_1", "screening_arm_2", "fu_12m_arm_1"])),
    ("redcap_data_access_group", lambda: "site_%02d" % R.randint(1, 30)),
    ("consent_version", lambda: ch(["3.2", "4.0", "2.1a"])), ("hba1c", lambda: "%.1f" % R.uniform(4.8, 12)),
    ("dx_icd10", lambda: ch(ICD10)), ("ecog", lambda: str(R.randint(0, 4))),
    ("demographics_complete", lambda: str(R.randint(0, 2))), ("study_id", subj_id),
    ("vaccine_lot", lot), ("lot_exp", lambda: fdate(rdate(2024, 2027), "iso")),
    ("irb_approval_dt", lambda: fdate(rdate(2019, 2024), "iso")), ("data_cutoff", lambda: fdate(rdate(2023, 2024), "iso")),
    ("egfr", lambda: str(R.randint(8, 120))), ("bmi", lambda: "%.1f" % R.uniform(16, 48)),
    ("sex", lambda: ch(["F", "M", "1", "2", "U"])), ("race___3", lambda: ch(["0", "1"])),
    ("ethnicity", lambda: ch(["Hispanic or Latino", "Not Hispanic or Latino", "Unknown"])),
    ("age_group", lambda: ch(["18-44", "45-64", "65-74", "75-84", "85+", "90+"])),
    ("zip3_region", lambda: ch(["Northeast", "Midwest", "South", "West"])),
    ("enroll_year", year), ("smoker", lambda: ch(["never", "former", "current"])),
    ("site_phone", lambda: ch(HOSP_CONTACT)), ("randomization_arm", lambda: ch(["A", "B", "placebo"])),
    ("pi_name", lambda: clinician()), ("form_version", lambda: "v%d" % R.randint(1, 9)),
    ("crf_status", lambda: ch(["Locked", "Frozen", "SDV complete", "Open"])),
    ("ldl_mgdl", lambda: str(R.randint(40, 240))), ("pregnancy_test", lambda: ch(["neg", "pos", "N/A"])),
]


def CF(n):
    pool = list(CLEAN_FIELDS)
    R.shuffle(pool)
    return [(k, g()) for k, g in pool[:n]]


def join_kv(pairs, fmt="{k} = '{v}'", sep=", "):
    """pairs of (key, value|P); fmt must contain {k} and {v} once."""
    pre, mid_post = fmt.split("{k}")
    mid, post = mid_post.split("{v}")
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(sep)
        out += [pre, k, mid, v, post]
    return out


def mix(phi_pairs, n_clean):
    pairs = list(phi_pairs) + CF(n_clean)
    R.shuffle(pairs)
    return pairs


FAMILIES = []


def family(name):
    def deco(fn_pair):
        FAMILIES.append((name, fn_pair[0], fn_pair[1]))
        return fn_pair
    return deco


# ----------------------------------------------------------------------------
# REDCap logging / app logs
# ----------------------------------------------------------------------------

def redcap_log_phi():
    if chance(0.4):
        return redcap_rare()
    v = R.randrange(7)
    t = "%s %s" % (fdate(ts_dt().date(), "iso"), ts_dt().strftime("%H:%M"))
    if v == 0:
        pairs = mix(Fs(R.randint(0, 2)) + [FR()], R.randint(1, 3))
        return ['"%s","%s","%s record %s (%s)","' % (t, staff(), ch(["Update", "Create"]), record_id(),
                                                       ch(["baseline_arm_1", "Event 1", "screening_arm_2"])),
                join_kv(pairs), '"']
    if v == 1:
        return T('[%s] survey_access: hash=%s record=«r» instrument=«ins» %s=«ip» ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)"' % (
            ts("space"), alnum(10, string.ascii_letters + string.digits), ch(["ip", "client_ip", "remote_addr"])),
                 r=record_id(), ins=ch(["phq9", "promis_29", "econsent", "covid_symptom_diary"]), ip=P("ip", pub_ip()))
    if v == 2:
        return T('%s REDCap Alert #%d "%s" sent to «em» (record «r», pid %d) via %s' % (
            ts("iso"), R.randint(1, 40), ch(["Appointment reminder", "eConsent copy", "Missed visit follow-up"]),
            R.randint(100, 3000), ch(["SMTP relay 10.12.4.20:25", "SendGrid"])), em=P("email", email()), r=record_id())
    if v == 3:
        return T('%s [Twilio] SMS survey invitation queued to «ph» for record «r» (msg SID SM%s) status=%s' % (
            ts("isoz"), hexs(32), ch(["queued", "sent", "delivered", "undelivered"])),
                 ph=P("phone", phone(ch(["intl", "plain", "dash"]))), r=record_id())
    if v == 4:
        nm = P("name", full_name(ch(["fl", "fml"])))
        return T('"%s","%s","Manage/Design","Rename record «old» to «new» — participant «nm» withdrew consent on «d»"' % (t, staff()),
                 old=record_id(), new=record_id(), nm=nm, d=P("date", fdate(event_date(), ch(["iso", "us"]))))
    if v == 5:
        k1, v1 = F("fullname")
        k2, v2 = F(ch(["dob", "ssn", "mrn", "plan"]))
        return T('"%s","%s","Data Quality","Rule H (blank/duplicate) record «r»: duplicate of record «r2» matched on «k1»=«v1», «k2»=«v2»"' % (t, staff()),
                 r=record_id(), r2=record_id(), k1=k1, v1=v1, k2=k2, v2=v2)
    k, val = F(ch(["photo", "bio", "photopath"]))
    return T('%s INFO redcap.edocs upload project_id=%d record=«r» field=«k» size=%d value="«v»"' % (
        ts("ms"), R.randint(100, 3000), R.randint(2000, 900000)), r=record_id(), k=k, v=val)


def redcap_log_clean():
    v = R.randrange(8)
    t = "%s %s" % (fdate(ts_dt().date(), "iso"), ts_dt().strftime("%H:%M"))
    if v == 0:
        return ['"%s","%s","Update record %s (%s)","' % (t, staff(), record_id(), ch(["baseline_arm_1", "month_6_arm_1"])),
                join_kv(CF(R.randint(2, 5))), '"']
    if v == 1:
        return ["[%s America/New_York] PHP %s: Undefined index: %s in /var/www/redcap/redcap_v%s/DataEntry/index.php on line %d" % (
            ts_dt().strftime("%d-%b-%Y %H:%M:%S"), ch(["Notice", "Warning"]), ch(["event_id", "dob", "ssn", "mrn", "record"]),
            ch(["13.7.4", "14.0.11", "13.1.27"]), R.randint(20, 2400))]
    if v == 2:
        return ["REDCap cron: job %s finished in %.2f s (pid %d, host %s:%s) next run %s" % (
            ch(["DbUsage", "AlertsNotificationsSender", "SurveyInvitationEmailer", "ClearIPCache", "DeleteProjects"]),
            R.uniform(0.01, 90), R.randint(1000, 65000), host(), port(), ts("space"))]
    if v == 3:
        return ["%s API export project_id=%d content=record format=%s records=%s fields=%d user=%s ip=%s duration=%s token=****%s" % (
            ts("iso"), R.randint(100, 3000), ch(["csv", "json", "xml"]), count(), R.randint(5, 400), staff(),
            priv_ip(), dur_ms(), hexs(4, True))]
    if v == 4:
        return ['"%s","%s","Data export","Export data (CSV, de-identified) fields: record_id, %s — Remove Identifier fields: yes; Shift dates: yes (0-364 days); Remove free text: yes"' % (
            t, staff(), ", ".join(R.sample(["first_name", "last_name", "dob", "ssn_last4", "zip", "phone_home", "email", "mrn", "age_enroll", "sex"], 5)))]
    if v == 5:
        return ["%s File Repository upload: consent_form_v%s_%s.pdf (%d bytes, sha256 %s) by %s" % (
            ts("space"), ch(["3.2", "4.0"]), fdate(rdate(2021, 2024), "iso"), R.randint(20000, 900000), sha(), staff())]
    if v == 6:
        return ['"%s","%s","Manage/Design","Modify field dob: validation date_ymd -> date_mdy; identifier=y (project \'%s\', pid %d)"' % (
            t, staff(), ch(["Long COVID Cohort", "STRIDE-HF Registry", "Vaccine Hesitancy Survey 2024"]), R.randint(100, 3000))]
    return ["%s REDCap %s upgraded from %s: %d SQL statements, %s; contact %s; vendor Vanderbilt University, 2525 West End Ave, Nashville, TN 37203" % (
        ts("space"), ch(["14.0.11", "13.7.4"]), ch(["13.1.27", "12.4.31"]), R.randint(20, 400), dur_ms(), ch(HOSP_CONTACT))]


family("redcap_log")((redcap_log_phi, redcap_log_clean))


# ----------------------------------------------------------------------------
# REDCap CSV exports and data dictionary rows
# ----------------------------------------------------------------------------

def csvq(v):
    s = str(v)
    return '"%s"' % s if ("," in s or " " in s) and chance(0.7) else s


def redcap_export_phi():
    v = R.randrange(4)
    if v == 0:
        row = [record_id(), ch(["baseline_arm_1", "enrollment_arm_1"])]
        for k in R.sample(["fname", "lname", "dob", "zip", "phone", "email", "street", "city", "mrn", "ssn", "plan"], R.randint(3, 6)):
            row.append(F(k)[1])
        if chance(0.5):
            row.append(FR(exclude=("dea", "proflic"))[1])
        row += [ch(["1", "2"]), str(R.randint(0, 2))]
        out = []
        for i, c in enumerate(row):
            if i:
                out.append(",")
            if isinstance(c, P) and ("," in c.v or " " in c.v):
                out += ['"', c, '"']
            else:
                out.append(c)
        return out
    if v == 1:
        f, l = person()
        return T('«r»,«ev»,«ln»,«fn»,«dob»,«sx»,«rel»,«ph»,«z»,2', r=record_id(), ev="screening_arm_2",
                 ln=P("name", l), fn=P("name", f), dob=P("date", fdate(birth(), "iso")), sx=ch(["F", "M"]),
                 rel=ch(["mother", "father", "legal guardian"]), ph=P("phone", phone("dash")), z=P("zip", zipc(False)))
    if v == 2:
        return T('«r»;«nm»;«d»;«c»;«cty»;«z»;«st»', r=record_id(), nm=P("name", full_name("fl")),
                 d=P("date", fdate(birth(), "dmy_dot")), c=P("address", street()), cty=P("address", city()[0]),
                 z=P("zip", zipc(False)), st=ch(["TX", "CA", "FL", "Texas", "California"]))
    k, val = FR(exclude=("dea", "proflic", "fax"))
    return T('«r»,«ev»,«val»,«s»', r=record_id(), ev=ch(["payment_arm_1", "wearables_arm_1", "id_verification"]),
             val=val, s=str(R.randint(0, 2)))


def redcap_export_clean():
    v = R.randrange(6)
    if v == 0:
        cols = ["record_id", "redcap_event_name"] + R.sample(
            ["first_name", "last_name", "dob", "ssn", "mrn", "zip", "phone_home", "email", "address1",
             "medicare_id", "age_enroll", "sex", "race___1", "race___2", "ethnicity", "hba1c", "egfr",
             "clincard_no", "photo", "fingerprint_template"], R.randint(6, 12)) + ["demographics_complete"]
        return [",".join(cols)]
    if v == 1:
        fld = ch([("dob", "Date of birth", "date_ymd"), ("ssn", "Social Security Number", "ssn"),
                  ("phone_home", "Home phone", "phone"), ("zip", "ZIP code", "zipcode"),
                  ("email", "E-mail", "email"), ("mrn", "Medical record number", "integer")])
        return ['%s,demographics,,text,"%s",,,%s,,,,,y,,,,,"@HIDDEN-SURVEY"' % (fld[0], fld[1], fld[2])]
    if v == 2:
        return ["%s,%s,,,,%s,%s,%s,%s,%s,2" % (record_id(), ch(["baseline_arm_1", "month_6_arm_1"]), small_age(),
                                              ch(["F", "M"]), year(), "%.1f" % R.uniform(4.8, 11), R.randint(20, 120))]
    if v == 3:
        return ["%s,%s,%s,%s,%s,%s,%s" % (subj_id(), ch(["site_03", "site_11"]), fdate(rdate(2021, 2024), "iso") + " (randomization list generated)",
                                          ch(["A", "B"]), "block=%d" % ch([4, 6]), "seed=%d" % R.randint(1000, 99999), "sha1=" + sha(40))]
    if v == 4:
        return ["record_id,redcap_repeat_instrument,redcap_repeat_instance,ae_term,ae_grade,ae_start_yr,ae_serious,meddra_llt",
                ][:1] if chance(0.5) else ["%s,adverse_events,%d,%s,%d,%s,%s,%d" % (
                    record_id(), R.randint(1, 9), ch(["Nausea", "Fatigue", "Rash maculo-papular", "Neutrophil count decreased"]),
                    R.randint(1, 4), year(), ch(["yes", "no"]), R.randint(10000000, 10099999))]
    return ['"Export generated %s by %s from %s:%s; %s rows; file %s.csv; md5 %s"' % (
        ts("space"), staff(), host(), port(), count(), "STRIDEHF_DATA_LABELS_" + ts_dt().strftime("%Y-%m-%d_%H%M"), sha(32))]


family("redcap_export")((redcap_export_phi, redcap_export_clean))


# ----------------------------------------------------------------------------
# Clinical trial EDC (Rave-like) audit trail
# ----------------------------------------------------------------------------

RAVE_STUDY = ["ONC-301 (Prod)", "CARD-HF2 (Prod)", "NEURO-114 (UAT)", "VAX-BOOST-3 (Prod)"]


def rave_user():
    f, l = ch(CLIN_FIRST), ch(CLIN_LAST)
    return "%s (%s, %s)" % (staff(), l, f)


def rave_phi():
    if chance(0.4):
        return rave_rare()
    v = R.randrange(5)
    head = "%d|%s|Site %d|%s|" % (R.randint(100000, 9999999), ch(RAVE_STUDY), R.randint(101, 140), subj_id())
    stamp = ts_dt().strftime("%d %b %Y %H:%M:%S")
    if v == 0:
        d1, d2 = birth(), birth()
        sty = ch(["rave", "oracle", "iso"])
        return [head, "SCREEN|DM|BRTHDAT|DataPoint Changed|", P("date", fdate(d1, sty)), "|", P("date", fdate(d2, sty)),
                "|%s|%s|%s" % (rave_user(), stamp, ch(["Transcription error", "Source verified", "Per source document"]))]
    if v == 1:
        fld, lab = ch([("VISDAT", "VISIT"), ("AESTDAT", "AE"), ("DTHDAT", "DEATH"), ("HOSPADAT", "HOSP"), ("ICDAT", "IC")])
        return [head, "%s|%s|%s|DataPoint Entered||" % (ch(["CYCLE 2 DAY 1", "WEEK 12", "EOT", "FOLLOW-UP"]), lab, fld),
                P("date", fdate(event_date(), ch(["rave", "oracle"]))), "|%s|%s|" % (rave_user(), stamp)]
    if v == 2:
        return [head, "SCREEN|DM|AGE|DataPoint Entered||", P("age", age_old()),
                "|%s|%s|Derived from BRTHDAT; query opened: Age > 89, confirm eligibility" % (rave_user(), stamp)]
    if v == 3:
        k = ch(["CMNTXT", "AETERM_OTH", "COVAL", "DSTERMOTH"])
        nm = P("name", full_name(ch(["fl", "fml"])))
        txt = ch([["Spoke with daughter ", nm, " at ", P("phone", phone()), "; pt hospitalized"],
                  ["Per husband ", nm, ", subject moved to ", P("address", city()[0]), " - new ZIP ", P("zip", zipc(False))],
                  ["Free-text contains identifier: MRN ", P("mrn", mrn()), " - please redact"],
                  ["Subject ", nm, " (", P("email", email()), ") asked to withdraw"]])
        return [head, "UNSCHED|CO|%s|DataPoint Entered||" % k, txt, "|%s|%s|" % (rave_user(), stamp)]
    return [head, "SCREEN|ELIG|ICDAT|Query Opened||", P("date", fdate(event_date(), "rave")),
            "|%s|%s|Informed consent date precedes protocol v%s IRB approval %s" % (
                rave_user(), stamp, ch(["3.0", "4.1"]), fdate(rdate(2021, 2023), "rave"))]


def rave_clean():
    v = R.randrange(7)
    head = "%d|%s|Site %d|%s|" % (R.randint(100000, 9999999), ch(RAVE_STUDY), R.randint(101, 140), subj_id())
    stamp = ts_dt().strftime("%d %b %Y %H:%M:%S")
    if v == 0:
        return [head + "WEEK %d|VS|SYSBP|DataPoint Changed|%d|%d|%s|%s|Transcription error" % (
            R.randint(1, 52), R.randint(90, 200), R.randint(90, 200), rave_user(), stamp)]
    if v == 1:
        return [head + "SCREEN|DM|BRTHYR|DataPoint Entered||%s|%s|%s|Partial date collected per protocol (year only)" % (year(), rave_user(), stamp)]
    if v == 2:
        return [head + "WEEK 12|DM|FORM|Form Locked|||%s|%s|Lock after SDV; PI %s NPI %s" % (rave_user(), stamp, clinician("dr"), npi())]
    if v == 3:
        return [head + "CYCLE %d DAY 1|AE|AEDECOD|Coded|Headache|MedDRA 26.1 LLT %d|%s|%s|autocoder build %s" % (
            R.randint(1, 8), R.randint(10000000, 10099999), "coder-svc", stamp, build_no())]
    if v == 4:
        return [head + "SCREEN|RAND|RANDNUM|Randomized||R%05d (arm %s, strata ECOG 0-1, age %s)|%s|%s|IWRS txn %s" % (
            R.randint(1, 99999), ch("AB"), ch(["<65", "65-89", ">=65"]), "iwrs-svc", stamp, uid())]
    if v == 5:
        return ["%s RaveWebServices GET /RaveWebServices/studies/%s/datasets/regular?start=%s 200 %s bytes=%d rwsuser=%s trace=%s" % (
            ts("isoz"), ch(["ONC-301(Prod)", "CARD-HF2(Prod)"]), ts("isoz").replace(":", "%3A"), dur_ms(), R.randint(2000, 9000000), staff(), trace_id())]
    return [head + "SCREEN|ELIG|IEORRES|Signature|||%s|%s|Signed by %s, PI (license verified), site address %s" % (
        rave_user(), stamp, clinician("md"), ch(["55 Fruit St, Boston, MA 02114", "1 Medical Center Dr, Lebanon, NH 03756"]))]


family("rave_audit")((rave_phi, rave_clean))


# ----------------------------------------------------------------------------
# OMOP CDM ETL logs
# ----------------------------------------------------------------------------

def omop_phi():
    if chance(0.4):
        return omop_rare()
    v = R.randrange(6)
    lvl = ch(["ERROR", "WARN ", "DEBUG"])
    pre = "%s %s [%s] " % (ts("ms"), lvl, ch(["etl.person", "etl.location", "etl.visit_occurrence", "etl.death", "etl.payer_plan_period", "etl.stage"]))
    if v == 0:
        obj = collections.OrderedDict()
        for k, val in mix(Fs(R.randint(1, 3), ["mrn", "fullname", "dob", "zip", "street", "ssn", "phone", "fax", "plan", "acct"]) + [FR(exclude=("photo", "bio"))], 1):
            obj[k.upper() if chance(0.5) else k] = val
        return [pre, "row rejected (%s): raw=" % ch(["null gender_concept_id", "duplicate person_source_value", "bad date"]), J(obj, sep=",", kv=":")]
    if v == 1:
        c = city()
        return [pre, "location_source_value='", P("address", street()), "|", P("address", c[0]), "|%s|" % c[1],
                P("zip", zipc()), "' truncated to 50 chars (location_id=%d)" % R.randint(1, 900000)]
    if v == 2:
        return T(pre + "person_source_value=«m» -> person_id=%d; death_date=«d» precedes visit_start_date=«d2»; visit_occurrence_id=%d flagged" % (
            R.randint(1, 2000000), R.randint(10 ** 7, 10 ** 9)), m=P("mrn", mrn()), d=P("date", fdate(event_date(), "iso")), d2=P("date", fdate(event_date(), "iso")))
    if v == 3:
        return T(pre + "payer_plan_source_value='«p»' not in source_to_concept_map (payer=%s); person_id=%d" % (
            ch(["MEDICARE ADVANTAGE", "MASSHEALTH", "BCBS PPO", "Aetna HMO"]), R.randint(1, 2000000)), p=P("health_plan", member_id()))
    if v == 4:
        return T(pre + "note_nlp: snippet=\"«n» is a «a» y/o %s seen on «d»\" lexical_variant=\"%s\" note_id=%d" % (
            ch(["woman", "man", "female", "male"]), ch(["CHF", "afib", "dementia"]), R.randint(10 ** 6, 10 ** 9)),
                 n=P("name", full_name("fl")), a=P("age", age_old()), d=P("date", fdate(event_date(), "us")))
    return T(pre + "device_exposure.unique_device_id='«u»' person_source_value=«m» device_source_value=%s" % ch(["ICD implant", "Insulin pump", "CGM sensor"]),
             u=P("device", udi() if chance(0.5) else device(ch(["pm", "pump", "cgm"]))), m=P("mrn", mrn()))


def omop_clean():
    v = R.randrange(8)
    pre = "%s %s [%s] " % (ts("ms"), ch(["INFO ", "WARN ", "DEBUG"]), ch(["etl.person", "etl.measurement", "etl.visit_occurrence", "dqd", "achilles", "etl.vocab"]))
    if v == 0:
        return [pre + "Loaded %s rows into cdm.%s (%.1fs) batch=%s host=%s" % (
            count(), ch(["person", "measurement", "condition_occurrence", "drug_exposure", "observation"]), R.uniform(0.1, 900), uid(), host())]
    if v == 1:
        return [pre + "%d rows dropped: visit_end_date < visit_start_date (example visit_occurrence_id=%d, person_id=%d)" % (
            R.randint(1, 900), R.randint(10 ** 7, 10 ** 9), R.randint(1, 2000000))]
    if v == 2:
        return [pre + "DQD check plausibleValueHigh measurement.value_as_number LOINC %s fail pct=%s threshold=5%% (cdm v5.4, dqd %s)" % (ch(LOINC), pct(), version())]
    if v == 3:
        return [pre + "Achilles analysis %d completed in %02d:%02d:%02d (%s rows)" % (R.randint(1, 2200), 0, R.randint(0, 59), R.randint(0, 59), count())]
    if v == 4:
        return [pre + "Vocabulary release v5.0 %s loaded from Athena bundle %s.zip (concepts=%s)" % (
            fdate(rdate(2022, 2024), "oracle"), digits(13), count())]
    if v == 5:
        return [pre + "person_id=%d year_of_birth=%s month_of_birth=NULL gender_concept_id=%s race_concept_id=%s ethnicity_concept_id=%s location_id=%d" % (
            R.randint(1, 2000000), year(), ch(["8507", "8532"]), ch(["8527", "8516", "8515"]), ch(["38003563", "38003564"]), R.randint(1, 90000))]
    if v == 6:
        return [pre + "observation_period derived: persons=%s min_start=%s max_end=%s (source Epic Clarity %s, extract %s)" % (
            count(), fdate(rdate(2005, 2010), "iso"), fdate(rdate(2024, 2024), "iso"), ch(["Nov 2023", "Feb 2024"]), order_no())]
    return [pre + "connect jdbc:postgresql://%s:5432/omop_cdm user=svc_omop_etl ssl=require pool=%d latency=%s; sqlrender %s" % (
        host(), R.randint(2, 32), dur_ms(), version())]


family("omop_etl")((omop_phi, omop_clean))


# ----------------------------------------------------------------------------
# de-identification pipeline logs
# ----------------------------------------------------------------------------

def deid_phi():
    if chance(0.4):
        return deid_rare()
    v = R.randrange(6)
    pre = "%s %s deid.%s " % (ts("isoz"), ch(["WARN", "ERROR", "INFO"]), ch(["leakcheck", "audit", "qa", "ner"]))
    if v == 0:
        k, val = F(ch(["phone", "ssn", "email", "mrn", "zip", "fax", "plan", "acct"])) if chance(0.5) else FR(exclude=("bio", "photo"))
        cat = val.c
        return T(pre + "LEAK note_id=%d residual span [%d:%d] type=%s text=\"«v»\" recognizer=%s score=%.2f" % (
            R.randint(10 ** 6, 10 ** 9), R.randint(0, 900), R.randint(900, 2000), cat.upper(), ch(["regex", "crf", "bert-i2b2"]), R.random()), v=val)
    if v == 1:
        n = P("name", full_name(ch(["fl", "fml"])))
        return T(pre + "false negative (gold) in note %d: \"...seen by %s; pt «n» (DOB «d») lives at «s», «c»...\"" % (
            R.randint(10 ** 6, 10 ** 9), clinician("dr")), n=n, d=P("date", fdate(birth(), "us")), s=P("address", street()), c=P("address", city()[0]))
    if v == 2:
        return T(pre + "date-shift skipped: free-text date «d» near keyword '%s' for person %d (reason: unparsable context)" % (
            ch(["admitted", "discharged", "DOB", "expired"]), R.randint(1, 90000)), d=P("date", fdate(event_date(), ch(["long", "us", "rave"]))))
    if v == 3:
        return T(pre + "age>89 not aggregated: \"%s «a» yo\" in note %d -> expected '90+'" % (ch(["pleasant", "frail", "independent"]), R.randint(10 ** 6, 10 ** 9)), a=P("age", age_old()))
    if v == 4:
        k, val = FR()
        return T(pre + "unhandled identifier type in structured field «k»: «v» (table=%s)" % ch(["survey_raw", "intake_form", "wearable_sync"]), k=k, v=val)
    return T(pre + "redaction diff note %d: -\"called «ph» and emailed «em»\" +\"called [PHONE] and emailed [EMAIL]\"" % R.randint(10 ** 6, 10 ** 9),
             ph=P("phone", phone()), em=P("email", email()))


def deid_clean():
    v = R.randrange(8)
    pre = "%s INFO deid.%s " % (ts("isoz"), ch(["pipeline", "surrogate", "metrics", "ner"]))
    if v == 0:
        return [pre + "batch=%04d notes=%s phi_spans=%s redacted (NAME %s, DATE %s) model=philter-ucsf v%s threads=%d" % (
            R.randint(1, 9999), count(), count(), pct(), pct(), version(), ch([8, 16, 32]))]
    if v == 1:
        return [pre + "per-patient date-shift table loaded n=%s offset_range=[-364,-1] days sha256=%s" % (count(), sha())]
    if v == 2:
        return [pre + "note %d after redaction: \"[**Name**] is a [**Age over 89**] yo seen by Dr. [**Last Name**] on [**Date**]; call [**Telephone**]\"" % R.randint(10 ** 6, 10 ** 9)]
    if v == 3:
        return [pre + "masked sample: ssn=XXX-XX-%s phone=(***) ***-%s email=m****@*****.com zip=%s** dob=****-**-** age_bucket=%s" % (
            digits(4), digits(4), digits(3), ch(["90+", "85-89", "65-74"]))]
    if v == 4:
        return [pre + "precision=%.3f recall=%.3f f1=%.3f on i2b2-2014 test (514 notes); eval run %s" % (R.random(), R.random(), R.random(), uid())]
    if v == 5:
        return [pre + "[presidio] recognizer %s loaded score_threshold=%.2f context=['%s'] lang=%s" % (
            ch(["UsSsnRecognizer", "PhoneRecognizer", "MedicalLicenseRecognizer", "IpRecognizer", "UsBankRecognizer"]), R.random(),
            ch(["ssn", "phone", "license", "ip", "account"]), ch(["en", "es", "de"]))]
    if v == 6:
        return [pre + "note %d author=%s (NPI %s) cosigner=%s: 0 PHI spans after redaction; kept tokens 'Parkinson', 'Down syndrome', 'Lyme', 'Hodgkin'" % (
            R.randint(10 ** 6, 10 ** 9), clinician("dr"), npi(), clinician("md"))]
    return [pre + "Safe Harbor zip3 suppression: 17 restricted prefixes (036, 059, 102, 203, 205, 369, 556, 692, 753, 772, 821, 823, 878, 879, 884, 890, 893) applied; counts<11 suppressed"]


family("deid_pipeline")((deid_phi, deid_clean))


# ----------------------------------------------------------------------------
# R console output
# ----------------------------------------------------------------------------

def _pad(parts, widths):
    """parts: list of str|P; left-justify each to width (padding is plain text)."""
    out = []
    for p, w in zip(parts, widths):
        out.append(p)
        n = w - len(str(p))
        out.append(" " * max(1, n))
    return out[:-1]


def r_phi():
    v = R.randrange(8)
    if v == 0:  # data.frame print row
        f, l = person()
        cells = [str(R.randint(1, 2000)), record_id(), P("name", f + " " + l), P("date", fdate(birth(), "iso")),
                 P("zip", zipc(False)), ch(["F", "M"]), "%.1f" % R.uniform(4.5, 11)]
        return ["%4s " % cells[0]] + _pad(cells[1:], [6, 22, 12, 7, 3, 5])
    if v == 1:  # tibble row
        cells = [P("mrn", mrn(ch(["E7", "d8", "d7"]))), P("name", full_name(ch(["lf", "LF"]))),
                 P("date", fdate(event_date(), "iso")), ch(["C50.912", "C34.90", "E11.9", "I10"]), str(R.randint(1, 5))]
        return ["%3d " % R.randint(1, 20)] + _pad(cells, [10, 24, 12, 8, 3])
    if v == 2:  # str() output with vector of values
        kind = ch(["dob", "fullname", "ssn", "phone", "email", "mrn", "zip"])
        cat = FIELDS[kind][0]
        key = ch(FIELDS[kind][1])
        n = R.randint(2, 4)
        typ = "Date, format:" if kind == "dob" else ("chr " if kind != "zip" else "chr ")
        vals = []
        for i in range(n):
            if kind == "dob":
                val = fdate(birth(), "iso")
            else:
                val = F(kind)[1].v
            if i:
                vals.append(" ")
            vals += ['"', P(cat, val), '"']
        return [" $ %-12s: %s " % (key, typ)] + vals + [" ..."]
    if v == 3:  # str() with ages, only >89 labeled
        n = R.randint(5, 9)
        out = [" $ %-12s: num  " % ch(["age", "age_yrs", "age_at_dx", "edad"])]
        ages = [R.randint(20, 88) for _ in range(n)]
        hi = R.sample(range(n), R.randint(1, 2))
        for i, a in enumerate(ages):
            if i:
                out.append(" ")
            out.append(P("age", age_old()) if i in hi else str(a))
        return out + [" ..."]
    if v == 4:
        return T('Warning in as.Date.character(%s$%s[i]) : character string is not in a standard unambiguous format: \'«d»\'' % (
            ch(["df", "cohort", "pts", "elig"]), ch(["dob", "fecha_nac", "admit_dt", "birth_date"])), d=P("date", fdate(birth(), ch(["us", "dmy_dot", "long", "rave"]))))
    if v == 5:
        k, val = F(ch(["mrn", "ssn", "plan", "fullname", "email"])) if chance(0.5) else FR(exclude=("bio", "photo"))
        q = '"'
        return T('> %s[%s$%s == «q»«v»«q», c("%s", "%s")]' % (ch(["df", "cohort", "redcap"]), ch(["df", "cohort", "redcap"]), k,
                                                           ch(["first_name", "dob"]), ch(["last_name", "zip"])), q=q, v=val)
    if v == 6:
        n = R.randint(2, 3)
        out = ["[1] "]
        for i in range(n):
            if i:
                out.append("  ")
            out += ['"', P("name", full_name("fl")), '"']
        return out
    kind = ch(["mrn", "ssn", "plan"])
    k, val = F(kind)
    return T('Warning message: In left_join(x, y, by = "%s") : Detected an unexpected many-to-many relationship between `x` and `y`. Row %d of `x` matches multiple rows in `y` (%s == "«v»").' % (
        k, R.randint(1, 5000), k), v=val)


def r_clean():
    v = R.randrange(12)
    if v == 0:
        return ["# A tibble: %s × %d" % ("{:,}".format(R.randint(20, 90000)), R.randint(4, 30))]
    if v == 1:
        return ["   record_id   age sex   race      hba1c  egfr zip3  yob   dx_code"]
    if v == 2:
        return ["'data.frame':\t%d obs. of  %d variables:" % (R.randint(20, 90000), R.randint(4, 40))]
    if v == 3:
        return [" $ %-12s: num  %s ..." % (ch(["age", "age_enroll", "edad"]), " ".join(str(R.randint(18, 89)) for _ in range(R.randint(5, 9))))]
    if v == 4:
        return [" $ %-12s: int  %s ..." % (ch(["yob", "birth_year", "dx_year"]), " ".join(year() for _ in range(R.randint(4, 7))))]
    if v == 5:
        return ['R version 4.3.2 (2023-10-31) -- "Eye Holes"; Platform: x86_64-pc-linux-gnu (64-bit); Rscript pid %d on %s' % (R.randint(1000, 60000), host())]
    if v == 6:
        return ["Warning message: In glm.fit(x = X, y = Y, weights = weights, ...) : fitted probabilities numerically 0 or 1 occurred"]
    if v == 7:
        return ["%-12s %9.4f %10.4f %7.2f  %8.2e %s" % (ch(["(Intercept)", "age", "sexM", "bmi", "egfr", "smokerformer"]), R.uniform(-4, 4), R.uniform(0, 1), R.uniform(-9, 9), R.uniform(1e-16, 0.5), ch(["***", "**", "*", "."]))]
    if v == 8:
        return ["  n= %d, number of events= %d (%d observations deleted due to missingness)" % (R.randint(200, 9000), R.randint(10, 200), R.randint(0, 90))]
    if v == 9:
        return ['  %3d %-9s %4d %-3s %-8s %5.1f %4d %-5s %s %s' % (
            R.randint(1, 20), subj_id(), R.randint(18, 89), ch(["F", "M"]), ch(["White", "Black", "Asian", "Other"]),
            R.uniform(4.5, 11), R.randint(10, 120), digits(3), year(), ch(ICD10))]
    if v == 10:
        return ["Loading required package: %s; %s %s built under R version 4.3.3; session %s" % (
            ch(["survival", "lme4", "data.table", "tidyverse"]), ch(["survival", "lme4", "dplyr"]), version(), uid())]
    return ['> cohort <- read_csv("/proj/stride_hf/derived/analytic_%s.csv", col_types = cols(dob = col_skip(), mrn = col_skip())) # %s rows, md5 %s' % (
        fdate(rdate(2023, 2024), "iso"), count(), sha(32))]


family("r_console")((r_phi, r_clean))


# ----------------------------------------------------------------------------
# SAS logs and PROC PRINT output
# ----------------------------------------------------------------------------

def sas_phi():
    v = R.randrange(7)
    if v == 0:
        nm = full_name("LF")
        cells = ["%5d" % R.randint(1, 9999), P("mrn", mrn(ch(["d8", "E7", "d7"]))), P("name", nm),
                 P("date", fdate(birth(), ch(["us", "sas"]))), P("ssn", ssn("dash")), P("zip", zipc(False))]
        return _pad(cells, [7, 12, 24, 12, 13, 5])
    if v == 1:
        f, l = person()
        return T("MRN=«m» LNAME=«ln» FNAME=«fn» BIRTHDT=. ADMDT=«ad» ZIP=«z» _ERROR_=1 _N_=%d" % R.randint(1, 90000),
                 m=P("mrn", mrn()), ln=P("name", l.upper()), fn=P("name", f.upper()), ad=P("date", fdate(event_date(), "sas")), z=P("zip", zipc(False)))
    if v == 2:
        return T("%-4d «m»,«n»,«d»,«a»,«c»,%s,«z» %d" % (R.randint(1, 9000), city()[1], R.randint(40, 140)),
                 m=P("mrn", mrn("d8")), n=P("name", last().upper()),
                 d=P("date", fdate(birth(), "iso")), a=P("address", street(upper=True)), c=P("address", city()[0].upper()), z=P("zip", zipc(False)))
    if v == 3:
        return T("NOTE: processing patient MRN=«m» («n») age=«a» dob=«d»", m=P("mrn", mrn()), n=P("name", full_name("LF")),
                 a=P("age", age_old()), d=P("date", fdate(old_birth(), "sas")))
    if v == 4:
        return T("ERROR: Duplicate key: %s=«v» in WORK.%s (observation %d)" % (
            ch(["SSN", "SOCSEC", "SSN_NUM"]), ch(["ELIG", "CLAIMS_MEMBERS", "ENROLL"]), R.randint(1, 900000)), v=P("ssn", ssn(ch(["plain", "dash"]))))
    if v == 5:
        k, val = F(ch(["plan", "phone", "email"])) if chance(0.3) else FR(exclude=("bio", "photo", "photopath", "url"))
        return T("WARNING: Value «v» of variable %s exceeds length $%d and was truncated (PT_ID=%d)." % (
            k.upper(), R.randint(8, 12), R.randint(1, 99999)), v=val)
    return T('%5d   %-10s «n»   «d»   «cty»   «z»' % (R.randint(1, 900), subj_id()), n=P("name", full_name("LF")),
             d=P("date", fdate(event_date(), "sas")), cty=P("address", ch(COUNTIES).upper()), z=P("zip", zipc(False)))


def sas_clean():
    v = R.randrange(13)
    if v == 0:
        return ["NOTE: The data set WORK.%s has %d observations and %d variables." % (ch(["COHORT", "ELIG", "ANALYTIC", "DEMOG"]), R.randint(1, 900000), R.randint(3, 200))]
    if v == 1:
        return ["NOTE: DATA statement used (Total process time): real time %.2f seconds cpu time %.2f seconds" % (R.uniform(0, 90), R.uniform(0, 9))]
    if v == 2:
        return ["NOTE: There were %d observations read from the data set %s." % (R.randint(1, 900000), ch(["CDW.PATIENT", "CLARITY.PAT_ENC", "OMOP.PERSON", "WORK.MRN_XWALK"]))]
    if v == 3:
        return ["NOTE: SAS (r) Proprietary Software 9.4 (TS1M%d) Licensed to %s, Site %d." % (R.randint(5, 8), ch(["UNIVERSITY MEDICAL CENTER", "STATE DEPT OF PUBLIC HEALTH"]), R.randint(70000000, 70999999))]
    if v == 4:
        return ["NOTE: Copyright (c) 2016 by SAS Institute Inc., Cary, NC, USA. This session is executing on the Linux %s (LIN X64) platform, host %s." % (ch(["4.18.0-513.el8.x86_64", "5.14.0-362.el9.x86_64"]), host())]
    if v == 5:
        return ["NOTE: Variable %s is uninitialized." % ch(["DOB", "SSN", "MRN", "PTNAME", "ZIPCODE", "PHONE"])]
    if v == 6:
        return ["WARNING: Multiple lengths were specified for the variable %s by input data set(s). This can cause truncation of data." % ch(["ZIP", "MRN", "MEMBER_ID", "LNAME"])]
    if v == 7:
        return ["NOTE: Invalid data for BIRTHDT in line %d %d-%d." % (R.randint(1, 9000), R.randint(1, 40), R.randint(41, 80))]
    if v == 8:
        return ["RULE:      ----+----1----+----2----+----3----+----4----+----5----+----6----+----7"]
    if v == 9:
        return ["%5d   %-10s %3d   %-2s   %s   %5.1f   %s" % (R.randint(1, 900), subj_id(), R.randint(18, 89), ch(["F", "M"]), year(), R.uniform(4, 11), ch(ICD10))]
    if v == 10:
        return ["  Obs    MRN         NAME                    BIRTHDT       SSN            ZIP"]
    if v == 11:
        return ["MPRINT(LOADCOHORT):   proc sql; create table work.elig as select mrn, dob, zip from cdw.patient where age between 18 and 89 and dx in ('%s','%s');" % (ch(ICD10), ch(ICD10))]
    return ["NOTE: %d records were read from the infile '/sasdata/extracts/elig_%s_%s.csv'. The minimum record length was %d. The maximum record length was %d." % (
        R.randint(1, 90000), ts_dt().strftime("%Y%m%d"), build_no().replace("#", ""), R.randint(10, 80), R.randint(81, 900))]


family("sas_log")((sas_phi, sas_clean))


# ----------------------------------------------------------------------------
# Stata and SPSS output
# ----------------------------------------------------------------------------

def stata_phi():
    v = R.randrange(7)
    if v == 0:
        cells = [P("mrn", mrn(ch(["E7", "d7"]))), P("name", full_name("lf")), P("date", fdate(birth(), "stata")), P("zip", zipc(False))]
        return ["%5d. | " % R.randint(1, 9999)] + _pad(cells, [10, 24, 11, 5]) + [" |"]
    if v == 1:
        return T('. replace dob = td(«d») if mrn == "«m»"', d=P("date", fdate(birth(), "stata")), m=P("mrn", mrn()))
    if v == 2:
        return T('. list if %s == "«v»"' % ch(["ssn", "soc_sec", "ss_num"]), v=P("ssn", ssn()))
    if v == 3:
        f, l = person()
        return T("  %d  «n»  «d»  «ph»  «e»" % R.randint(1, 500), n=P("name", ("%s, %s" % (l, f))), d=P("date", fdate(birth(), "oracle")),
                 ph=P("phone", phone("paren")), e=P("email", email(f, l)))
    if v == 4:
        return T(">Warning # 1102. Command name: COMPUTE. An invalid date was encountered: «d» for case «c» (%s=«m»)" % ch(["MRN", "PatID_ext"]),
                 d=P("date", fdate(birth(), "us")), c=str(R.randint(1, 9000)), m=P("mrn", mrn()))
    if v == 5:
        k, val = F(ch(["plan", "street"])) if chance(0.3) else FR(exclude=("bio", "photo"))
        return T('. count if %s == "«v»"' % k, v=val)
    return T("       | «a»   %s   %s   «cty»       |" % (ch(["female", "male"]), ch(["widowed", "married", "single"])),
             a=P("age", age_old()), cty=P("address", city()[0]))


def stata_clean():
    v = R.randrange(12)
    if v == 0:
        return [". tabulate sex agecat, row"]
    if v == 1:
        return ["      Total |     %s      100.00" % "{:,}".format(R.randint(100, 90000))]
    if v == 2:
        return ["(note: variable dob was str10, now long; %d real changes made)" % R.randint(1, 9000)]
    if v == 3:
        return ["file /proj/cohort/derived/cohort_%s.dta saved (%s obs, datasignature %s:%s)" % (ts_dt().strftime("%Y%m%d"), count(), digits(4), hexs(8))]
    if v == 4:
        return ["Stata/MP 18.0 for Unix (Linux 64-bit x86-64) Revision 04 Apr 2024; Serial number: %s; Licensed to: CTSI Biostatistics Core" % digits(12)]
    if v == 5:
        return ["%12s |   %.6f   %.7f     %.2f   %.3f     %.6f    %.6f" % (ch(["age", "1.sex", "bmi", "egfr", "_cons", "2.race"]), R.uniform(0.5, 2), R.uniform(0, 0.1), R.uniform(-9, 9), R.random(), R.uniform(0, 1), R.uniform(1, 3))]
    if v == 6:
        return ["       | %s   %3d   %-6s   %s   %-8s |" % (subj_id(), R.randint(18, 89), ch(["female", "male"]), year(), ch(["married", "single"]))]
    if v == 7:
        return ["GET FILE='/data/studies/%s/cohort_v%d.sav'. DATASET NAME DataSet%d WINDOW=FRONT." % (ch(["stride", "pace", "covid_sero"]), R.randint(1, 9), R.randint(1, 4))]
    if v == 8:
        return ["Warnings: The variable DOB has %d missing values; the variable AGE ranges 18 to 89 (N=%d)" % (R.randint(1, 90), R.randint(100, 9000))]
    if v == 9:
        return [". merge 1:1 mrn using \"xwalk_%s.dta\", keep(match) nogen  // %s matched" % (fdate(rdate(2023, 2024), "iso"), count())]
    if v == 10:
        return ["IBM SPSS Statistics Version 29.0.%d.0 (%d) build %s, license code %s, %s" % (R.randint(0, 2), R.randint(100, 999), build_no(), alnum(20), ts("space"))]
    return ["Logistic regression    Number of obs = %s   LR chi2(%d) = %.2f   Prob > chi2 = 0.%04d   Log likelihood = -%.3f" % (
        "{:,}".format(R.randint(100, 9000)), R.randint(1, 12), R.uniform(0, 400), R.randint(0, 9999), R.uniform(100, 9000))]


family("stata_spss")((stata_phi, stata_clean))


# ----------------------------------------------------------------------------
# genomics: VCF headers, sample sheets, bcl2fastq, pedigrees
# ----------------------------------------------------------------------------

def _us(s):
    return _ascii(s.replace(" ", "")) if chance(0.5) else s.replace(" ", "_")


def genomics_phi():
    if chance(0.4):
        return genomics_rare()
    v = R.randrange(7)
    f, l = person()
    if v == 0:
        nm = "%s_%s" % (_ascii(l).upper(), _ascii(f).upper())
        return T('##SAMPLE=<ID=«n»_«m»,Description="%s",Tissue=%s,CollectionDate=«d»>' % (
            ch(["germline WGS", "tumor WES", "RNA-seq"]), ch(["blood", "saliva", "FFPE"])),
                 n=P("name", nm), m=P("mrn", mrn(ch(["E7", "d7", "d8"]))), d=P("date", fdate(event_date(), "iso")))
    if v == 1:
        a = "%s_%s" % (_ascii(f), _ascii(l))
        return ["#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t", P("name", a), "\tNA12878\tHG002"]
    if v == 2:
        return T("S%04d,LIB%05d,PLATE%d,%s%02d,UDP%04d,%s,UDP%04d,%s,CLIN_EXOME,Proband: «n» DOB «d» MRN «m»" % (
            R.randint(1, 9999), R.randint(1, 99999), R.randint(1, 9), ch("ABCDEFGH"), R.randint(1, 12), R.randint(1, 384),
            "".join(ch("ACGT") for _ in range(8)), R.randint(1, 384), "".join(ch("ACGT") for _ in range(8))),
                 n=P("name", "%s %s" % (f, l)), d=P("date", fdate(birth(), "us")), m=P("mrn", mrn()))
    if v == 3:
        nm = "%s_%s" % (_ascii(l), _ascii(f))
        return T("%s [%s] WARNING: Sample name '«n»' contains reserved characters and was sanitized (project %s, lane %d)" % (
            ts("space"), hexs(12), ch(["CLIN_EXOME", "ONCO_PANEL", "RAPID_WGS"]), R.randint(1, 4)), n=P("name", nm))
    if v == 4:
        fam = l.replace(" ", "")
        p1, p2, p3 = first(), first(), first()
        return ["FAM%03d\t" % R.randint(1, 400), P("name", "%s_%s" % (p1, fam)), "\t", P("name", "%s_%s" % (p2, fam)), "\t",
                P("name", "%s_%s" % (p3, fam)), "\t%d\t%d" % (R.randint(1, 2), R.randint(1, 2))]
    if v == 5:
        return T("%s ACMG SF v3.2 secondary finding (BRCA2 c.5946del) to be disclosed to «n», contact «ph»; genetic counselor %s" % (
            ts("iso"), clinician("rn")), n=P("name", "%s %s" % (f, l)), ph=P("phone", phone()))
    return T("%s lims.accession received tube %s for «n» (DOB «d», sex %s) %s=«ins» from %s" % (
        ts("ms"), sample_code(), ch(["F", "M"]), ch(["insurance_member", "payer_id_no", "MemberID"]), ch(["Mercy Oncology", "Riverside Peds Genetics"])),
             n=P("name", full_name(ch(["lf", "LF"]))), d=P("date", fdate(birth(), "us")), ins=P("health_plan", member_id()))


def genomics_clean():
    v = R.randrange(12)
    if v == 0:
        return [ch(["##fileformat=VCFv4.2", "##reference=GRCh38", "##source=DRAGEN %s" % version(), "##FILTER=<ID=LowQual,Description=\"Low quality\">"])]
    if v == 1:
        return ['##contig=<ID=chr%s,length=%d,assembly=GRCh38>' % (ch([str(i) for i in range(1, 23)] + ["X", "Y", "M"]), R.randint(16000, 248956422))]
    if v == 2:
        return ["chr%d\t%d\trs%d\t%s\t%s\t%.1f\tPASS\tAF=%.3f;DP=%d\tGT:AD:DP\t0/1:%d,%d:%d\t0/0:%d,0:%d\t1/1:0,%d:%d" % (
            R.randint(1, 22), R.randint(10000, 240000000), R.randint(1000, 900000000), ch("ACGT"), ch("ACGT"), R.uniform(20, 3000),
            R.random(), R.randint(10, 400), R.randint(1, 60), R.randint(1, 60), R.randint(2, 120), R.randint(10, 60), R.randint(10, 60), R.randint(10, 60), R.randint(10, 60))]
    if v == 3:
        return ["bcl2fastq v2.20.0.422 Copyright (c) 2007-2017 Illumina, Inc.; run folder /seq/runs/%s_A0%d_%04d_%s; host %s" % (
            ts_dt().strftime("%y%m%d"), R.randint(1000, 9999), R.randint(1, 999), "B" + alnum(9), host())]
    if v == 4:
        return ["%s [%s] INFO: Created FASTQ files for %d samples in lane %d (%s clusters PF, %s%% >= Q30) in %s" % (
            ts("space"), hexs(12), R.randint(8, 384), R.randint(1, 4), count(), "%.1f" % R.uniform(80, 96), dur_ms())]
    if v == 5:
        return ["Investigator Name,%s,,Date,%s,,Workflow,GenerateFASTQ,,Application,NovaSeq FASTQ Only,,Chemistry,Amplicon" % (
            clinician("dr"), fdate(ts_dt().date(), "us_short"))]
    if v == 6:
        return ["Sample_ID,Sample_Name,Sample_Plate,Sample_Well,I7_Index_ID,index,I5_Index_ID,index2,Sample_Project,Description"]
    if v == 7:
        return ["S%04d,%s,PLATE%d,%s%02d,UDP%04d,%s,UDP%04d,%s,%s,%s" % (
            R.randint(1, 9999), sample_code(), R.randint(1, 9), ch("ABCDEFGH"), R.randint(1, 12), R.randint(1, 384),
            "".join(ch("ACGT") for _ in range(10)), R.randint(1, 384), "".join(ch("ACGT") for _ in range(10)),
            ch(["ONCO_PANEL", "RAPID_WGS", "BIOBANK_GSA"]), ch(["tumor FFPE 20% TC", "germline blood", "NTC", "PhiX spike-in 1%"]))]
    if v == 8:
        return ["##bcftoolsCommand=mpileup -f /ref/GRCh38_full_analysis_set.fa -a AD,DP -Ou %s.bam; Date=%s" % (
            sample_code(), ts_dt().strftime("%a %b %d %H:%M:%S %Y"))]
    if v == 9:
        return ["Instrument A0%d (NovaSeq 6000, serial %s) flowcell %s run %s completed: yield %.1f Gb, error rate %.2f%%, RTA %s" % (
            R.randint(1000, 9999), "A0" + digits(4), "H" + alnum(4) + "DSX" + digits(1), ts_dt().strftime("%y%m%d") + "_" + digits(4),
            R.uniform(100, 3000), R.uniform(0.1, 1.5), version())]
    if v == 10:
        return ["%s nf-core/sarek %s [%s] process > MARKDUPLICATES (%s) [100%%] %d of %d, cached: %d, duration %s" % (
            ts("space"), version(), hexs(2) + "/" + hexs(6), sample_code(), R.randint(1, 96), R.randint(96, 200), R.randint(0, 40), dur_ms())]
    return ["FAM%03d\t%s\t0\t0\t%d\t%d  # de-identified pedigree, kinship %.3f (KING %s)" % (
        R.randint(1, 400), sample_code(), R.randint(1, 2), R.randint(0, 2), R.random() / 2, version())]


family("genomics")((genomics_phi, genomics_clean))


# ----------------------------------------------------------------------------
# biobank sample tracking
# ----------------------------------------------------------------------------

def biobank_phi():
    if chance(0.15):
        return T("%s [bsi] donor re-identification at draw station: %s enrolled, %s=«b» (sensor %s, quality %d)" % (
            ts("iso"), record_id(), ch(["palm_vein_tmpl", "fp_minutiae", "fingerprint_template"]), "PV-" + digits(6), R.randint(40, 100)),
                 b=P("biometric", biometric()))
    v = R.randrange(7)
    pre = "%s %s " % (ts("iso"), ch(["[freezerworks]", "[openspecimen]", "biobank.trk", "[bsi]"]))
    if v == 0:
        return T(pre + "aliquot %s checked out freezer F%d/R%d/B%d pos %s%d by %s; donor %s «m»; collected «d»" % (
            sample_code(), R.randint(1, 9), R.randint(1, 9), R.randint(1, 20), ch("ABCDEFGHI"), R.randint(1, 9), staff(),
            ch(["MRN", "mrn", "EMPI", "pat#"])), m=P("mrn", mrn()), d=P("date", fdate(event_date(), ch(["iso", "us"]))))
    if v == 1:
        k1, v1 = F(ch(["dl", "oid"]))
        k2, v2 = F(ch(["bio", "photo"]))
        return T(pre + "donor check-in: ID verified (%s=«v1») %s=«v2» kiosk=%s" % (k1, k2, ch(["bb-kiosk-02", "lobby-tab-7"])), v1=v1, v2=v2)
    if v == 2:
        obj = collections.OrderedDict([("sample", sample_code()), ("type", ch(["EDTA plasma", "buffy coat", "serum", "PAXgene RNA"]))])
        donor = collections.OrderedDict()
        for k, val in Fs(R.randint(1, 3), ["fullname", "dob", "phone", "mrn", "email", "zip", "ssn"]) + [FR()]:
            donor[k] = val
        obj["donor"] = donor
        obj["consent"] = ch(["GENERAL_RESEARCH", "NO_GENETIC", "FUTURE_USE_YES"])
        return [pre, "REST POST /api/v1/specimens body=", J(obj, sep=",", kv=":")]
    if v == 3:
        c = city()
        return T(pre + "home-collection kit %s shipped via FedEx %s %s %s to «n», «s», «c», %s «z»" % (
            sample_code(), digits(4), digits(4), digits(4), c[1]), n=P("name", full_name("fl")), s=P("address", street()),
                 c=P("address", c[0]), z=P("zip", zipc()))
    if v == 4 and chance(0.3):
        return T(pre + "recruitment: donor «n» shared fundraiser page «u» in consent comments (flagged for removal)",
                 n=P("name", full_name("fl")), u=P("url", person_url()))
    if v == 4:
        k, val = F(ch(["mac", "imei", "devsn"]))
        return T(pre + "wearable study: participant %s device paired %s=«v» fw %s battery %d%%" % (record_id(), k, version(), R.randint(5, 100)), v=val)
    if v == 5:
        return T(pre + "CIREN case %d-%04d occupant specimen %s; crash vehicle VIN «vin» plate «pl» (%s); occupant age «a»" % (
            R.randint(2019, 2024), R.randint(1, 999), sample_code(), state_name()), vin=P("vehicle", vin()), pl=P("vehicle", plate()), a=P("age", age_old()))
    return T(pre + "stipend issued for visit %d: %s=«c» amount $%d.00 payee «n»" % (R.randint(1, 12), ch(["clincard_no", "greenphire_card", "payment_card"]), R.randint(25, 150)),
             c=P("account", card()), n=P("name", full_name(ch(["fl", "lf"]))))


def biobank_clean():
    v = R.randrange(9)
    pre = "%s %s " % (ts("iso"), ch(["[freezerworks]", "[openspecimen]", "biobank.trk", "[bsi]"]))
    if v == 0:
        return [pre + "Freezer F%d (Thermo TSX600, serial %s) temp %.1fC alarm %s; probe %s" % (
            R.randint(1, 9), digits(10), R.uniform(-86, -70), ch(["cleared", "raised", "acknowledged by biobank_tech3"]), alnum(8))]
    if v == 1:
        return [pre + "box BX-%06d moved rack R%d -> R%d; %d/81 positions; LN2 tank T%d level %d%%" % (
            R.randint(1, 999999), R.randint(1, 9), R.randint(1, 9), R.randint(1, 81), R.randint(1, 4), R.randint(10, 99))]
    if v == 2:
        return [pre + "aliquot %s volume %d uL -> %d uL, thaw count %d, donor age %s, consent restrictions: %s" % (
            sample_code(), R.randint(200, 1000), R.randint(50, 199), R.randint(0, 5), small_age(), ch(["none", "no genetic testing", "no commercial use"]))]
    if v == 3:
        return [pre + "OpenSpecimen 10.2 REST GET /rest/ng/specimens?label=%s 200 %s user=%s src=%s" % (sample_code(), dur_ms(), staff(), priv_ip())]
    if v == 4:
        return [pre + "shipment SHP-%d-%04d to %s (FedEx %s %s %s, %d boxes, dry ice %d kg)" % (
            R.randint(2022, 2025), R.randint(1, 9999), ch(VENDOR_ADDR), digits(4), digits(4), digits(4), R.randint(1, 9), R.randint(2, 30))]
    if v == 5:
        return [pre + "consent version %s (IRB approved %s, expires %s) applied to %s specimens" % (
            ch(["4.0", "3.2"]), fdate(rdate(2020, 2023), "iso"), fdate(rdate(2025, 2027), "iso"), count())]
    if v == 6:
        return [pre + "label printer ZD621 (%s, MAC in inventory asset #%s) printed %d barcodes %s..%s" % (
            host(), digits(6), R.randint(1, 400), sample_code(), sample_code())]
    if v == 7:
        return [pre + "QC: DNA %s conc %.1f ng/uL A260/280 %.2f RIN %.1f; Qubit serial Q3%s; operator %s" % (
            sample_code(), R.uniform(1, 300), R.uniform(1.6, 2.1), R.uniform(3, 10), digits(5), staff())]
    return [pre + "nightly reconciliation: %s specimens, %d discrepancies, %d consent withdrawals processed (subject IDs only), report sha1 %s" % (count(), R.randint(0, 40), R.randint(0, 9), sha(40))]


family("biobank")((biobank_phi, biobank_clean))


# ----------------------------------------------------------------------------
# tumor registry (NAACCR XML / edits)
# ----------------------------------------------------------------------------

def nitem(nid, val):
    return ['<Item naaccrId="%s">' % nid, val, "</Item>"]


def naaccr_phi():
    v = R.randrange(6)
    f, l = person()
    if v == 0:
        return ["<Patient>", nitem("nameLast", P("name", l.upper())),
                nitem("nameFirst", P("name", f.upper())), nitem("dateOfBirth", P("date", fdate(birth(), "hl7"))),
                nitem("sex", ch("12")), nitem("race1", "0%d" % R.randint(1, 8))]
    if v == 1:
        return [nitem("addrAtDxNoStreet", P("address", street(upper=True))), nitem("addrAtDxCity", P("address", city()[0].upper())),
                nitem("addrAtDxState", ch(list(STATE_NAMES))), nitem("addrAtDxPostalCode", P("zip", zipc(False) + (digits(4) if chance(0.5) else "")))]
    if v == 2:
        return [nitem("socialSecurityNumber", P("ssn", ssn("plain"))), nitem("medicalRecordNumber", P("mrn", mrn())),
                nitem("medicareBeneficiaryIdentifier", P("health_plan", mbi()))]
    if v == 3:
        return ["<Tumor>", nitem("primarySite", ch(["C509", "C349", "C187", "C619", "C443"])), nitem("dateOfDiagnosis", P("date", fdate(event_date(), "hl7"))),
                nitem("ageAtDiagnosis", P("age", "%03d" % R.randint(90, 104))), nitem("dateOfLastContact", P("date", fdate(event_date(), "hl7")))]
    if v == 4:
        return [nitem("telephone", P("phone", phone("plain"))), nitem("nameMaiden", P("name", last().upper())),
                nitem("nameSpouseParent", P("name", ("%s %s" % (first(), last())).upper()))]
    return T("%s GenEDITS [N%04d] Date of Birth (240) «dob» after Date of Diagnosis (390) «dx» - patient «n», MRN «m»" % (
        ts("space"), R.randint(100, 9999)), dob=P("date", fdate(birth(), "hl7")), dx=P("date", fdate(event_date(), "hl7")),
             n=P("name", "%s, %s" % (l.upper(), f.upper())), m=P("mrn", mrn()))


def naaccr_clean():
    v = R.randrange(9)
    if v == 0:
        return ['<NaaccrData baseDictionaryUri="http://naaccr.org/naaccrxml/naaccr-dictionary-%s.xml" recordType="A" specificationVersion="1.%d">' % (ch(["230", "240", "250"]), R.randint(4, 7))]
    if v == 1:
        return ["".join("".join(nitem(a, b)) for a, b in [("primarySite", ch(["C509", "C349", "C187", "C619"])), ("histologicTypeIcdO3", ch(["8500", "8140", "8070", "8046"])),
                                                        ("behaviorCodeIcdO3", "3"), ("grade", str(R.randint(1, 4))), ("laterality", str(R.randint(0, 4)))])]
    if v == 2:
        return ["".join("".join(nitem(a, b)) for a, b in [("yearFirstSeenThisPrimary", year()), ("ageAtDiagnosis", "%03d" % R.randint(18, 89)),
                                                        ("addrAtDxState", ch(list(STATE_NAMES))), ("primaryPayerAtDx", ch(["10", "20", "60", "62"]))])]
    if v == 3:
        return ["".join("".join(nitem(a, b)) for a, b in [("npiPhysicianManaging", npi()), ("npiReportingFacility", npi()),
                                                        ("reportingFacility", "%010d" % R.randint(1, 9999999999)), ("npiRegistryId", npi())])]
    if v == 4:
        return ["%s GenEDITS Plus %s: %s records, %d edit errors (NAACCR v24 metafile NAACCR_v24A.smf, build %s)" % (ts("space"), version(), count(), R.randint(0, 400), build_no())]
    if v == 5:
        return ["%s sftp put %s_%d_Q%d_%05d.xml.gz -> naaccr-sftp.registry.local:22 (%d bytes, sha256 %s) user=svc-naaccr-xfer" % (
            ts("space"), ch(list(STATE_NAMES)), R.randint(2022, 2024), R.randint(1, 4), R.randint(1, 99999), R.randint(10000, 90000000), sha())]
    if v == 6:
        return ["".join("".join(nitem(a, b)) for a, b in [("tnmPathT", ch(["p1c", "p2", "p3"])), ("tnmPathN", ch(["p0", "p1a"])), ("tnmPathM", "c0"),
                                                        ("summaryStage2018", str(R.randint(1, 7))), ("rxSummSurgPrimSite", str(R.randint(10, 90)))])]
    if v == 7:
        return ["%s [N%04d] Census Tract 2010 (130) blank for %d records; geocoder %s returned %d unmatched (address text suppressed)" % (
            ts("space"), R.randint(100, 9999), R.randint(1, 900), ch(["NAACCR Geocoder v4.06", "TAMU GeoServices"]), R.randint(0, 90))]
    return ["</Tumor></Patient><!-- patients=%d tumors=%d generated by Registry Plus Abstract Plus %s for %s Cancer Registry -->" % (
        R.randint(1, 9000), R.randint(1, 12000), version(), state_name())]


family("naaccr")((naaccr_phi, naaccr_clean))


# ----------------------------------------------------------------------------
# HL7 v2 helpers (ELR / IIS)
# ----------------------------------------------------------------------------

FACILITIES = [("MGH", "2.16.840.1.113883.3.4412"), ("RIVERSIDE_PEDS", "2.16.840.1.113883.3.9921"),
              ("MERCY_LAB", "2.16.840.1.113883.3.7718"), ("QUEST_MA", "2.16.840.1.113883.3.2290")]
SEGSEP = ["\\r", "<CR>", " \\r ", "\\x0d"]


RACES = [("2106-3", "White"), ("2054-5", "Black or African American"), ("2028-9", "Asian"), ("2131-1", "Other Race"),
         ("1002-5", "American Indian or Alaska Native")]


def hl7_pid(seg_sep_ok=True, with_ssn=None, with_mmn=None):
    f, l = person()
    fac, oid = ch(FACILITIES)
    c = city()
    out = ["PID|1||", P("mrn", mrn(ch(["d7", "d8", "E7"]))), "^^^%s&%s&ISO^MR" % (fac, oid)]
    if with_ssn if with_ssn is not None else chance(0.3):
        out += ["~", P("ssn", ssn("plain")), "^^^SSA&2.16.840.1.113883.4.1&ISO^SS"]
    if chance(0.25):
        out += ["~", P("health_plan", mbi()), "^^^CMS&2.16.840.1.113883.4.927&ISO^MB"]
    out += ["||", P("name", "%s^%s" % (l.upper(), f.upper()) if chance(0.6) else "%s^%s^%s" % (l.upper(), f.upper(), ch(MIDI))), "^^^^L|"]
    if with_mmn if with_mmn is not None else chance(0.4):
        out += [P("name", last().upper()), "^^^^^^M"]
    out += ["|", P("date", fdate(birth(), "hl7")), "|%s||%s^%s^CDCREC|" % ((ch("FMU"),) + ch(RACES))]
    out += [P("address", street(upper=True, unit=False)), "^^", P("address", c[0].upper()), "^%s^" % c[1], P("zip", zipc(False)),
            "^USA^%s||" % ch(["H", "L", "M"])]
    if chance(0.8):
        out += [P("phone", phone(ch(["paren_ns", "plain", "dash"]))), "^PRN^PH"]
        if chance(0.25):
            out += ["~", P("fax", phone("paren_ns")), "^PRN^FX"]
        if chance(0.3):
            out += ["~^NET^Internet^", P("email", email(f, l))]
    out += ["|||||||||%s^%s^CDCREC" % ch([("2135-2", "Hispanic or Latino"), ("2186-5", "Not Hispanic or Latino")])]
    return out


def hl7_msh(msgtype, app=None):
    fac, oid = ch(FACILITIES)
    return "MSH|^~\\&|%s|%s^%s^ISO|%s|%s|%s||%s|%s|P|2.5.1|||%s|%s" % (
        app or ch(["EPIC", "SUNQUEST", "ATHENA", "eCW"]), fac, oid, "ELR" if msgtype.startswith("ORU") else ch(["IIS", "MAIIS"]),
        ch(["MADPH", "TXDSHS", "CDPH"]),
        hl7ts(), msgtype, "MSG" + digits(8), ch(["NE", "ER", "AL"]), ch(["NE", "AL"]))


# ----------------------------------------------------------------------------
# eCR / ELR reportable results to public health
# ----------------------------------------------------------------------------

def ecr_phi():
    if chance(0.4):
        return ecr_rare()
    v = R.randrange(7)
    if v == 0:
        sep = ch(SEGSEP)
        return ["%s ELR inbound " % ts("iso"), hl7_msh("ORU^R01^ORU_R01"), sep, hl7_pid(), sep,
                "OBR|1||%s^%s|%s^SARS-CoV-2 RNA panel^LN" % (digits(10), ch(FACILITIES)[0], ch(LOINC))]
    if v == 1:
        f, l = person()
        return ["<patient><name use=\"L\"><given>", P("name", f), "</given><family>", P("name", l),
                "</family></name><administrativeGenderCode code=\"%s\" codeSystem=\"2.16.840.1.113883.5.1\"/><birthTime value=\"" % ch("FM"),
                P("date", fdate(birth(), "hl7")), "\"/></patient>"]
    if v == 2:
        c = city()
        return ["<addr use=\"H\"><streetAddressLine>", P("address", street(unit=False)), "</streetAddressLine><city>", P("address", c[0]),
                "</city><state>%s</state><postalCode>" % c[1], P("zip", zipc()), "</postalCode><county>", P("address", ch(COUNTIES)),
                "</county></addr><telecom use=\"HP\" value=\"tel:", P("phone", "+1-%d-%03d-%04d" % (ch(AREA), R.randint(201, 989), R.randint(0, 9999))), "\"/>"]
    if v == 3:
        return T("%s ecr-router: eICR %s for «n» DOB «d» condition %s (%s) routed to %s; RR status RRVS1" % (
            ts("isoz"), uid(), ch(SNOMED), ch(["COVID-19", "Pertussis", "Hepatitis A", "Measles", "Lyme disease"]), ch(["MA DPH", "NYSDOH", "TX DSHS"])),
                 n=P("name", full_name(ch(["LF", "lf"]))), d=P("date", fdate(birth(), "iso")))
    if v == 4:
        f, l = person()
        c = city()
        obj = collections.OrderedDict([
            ("resourceType", "Patient"), ("id", uid()),
            ("identifier", [collections.OrderedDict([("system", "urn:oid:%s" % ch(FACILITIES)[1]), ("value", P("mrn", mrn()))])]),
            ("name", [collections.OrderedDict([("family", P("name", l)), ("given", [P("name", f)])])]),
            ("telecom", [collections.OrderedDict([("system", ch(["phone", "email"])), ("value", None)])]),
            ("birthDate", P("date", fdate(birth(), "iso"))),
            ("address", [collections.OrderedDict([("line", [P("address", street())]), ("city", P("address", c[0])), ("state", c[1]), ("postalCode", P("zip", zipc()))])])])
        tc = obj["telecom"][0]
        tc["value"] = P("phone", phone("dash")) if tc["system"] == "phone" else P("email", email(f, l))
        return ["%s fhir.POST Patient 201 " % ts("isoz"), J(obj, sep=",", kv=":")]
    if v == 5:
        c = city()
        cells = [str(R.randint(2024000, 2024999)), ch(["Pertussis", "Salmonellosis", '"Hepatitis C, chronic"', "Legionellosis"]), P("name", last()),
                 P("name", first()), P("date", fdate(birth(), "us")), P("age", age_old()) if chance(0.3) else str(R.randint(1, 89)),
                 P("address", street()), P("address", c[0]), c[1], P("zip", zipc(False)), P("phone", phone("paren")), P("date", fdate(event_date(), "us"))]
        out = []
        for i, x in enumerate(cells):
            if i:
                out.append(",")
            out.append(x)
        return ["linelist.csv: "] + out
    return T("%s ELR NTE|1|L|Reporter comment: pt «n» called back at «ph», fax results to guardian at «fx»; %s" % (
        ts("space"), ch(["specimen recollected", "provider notified", "DOH case investigator assigned"])),
             n=P("name", full_name("fl")), ph=P("phone", phone("dash")), fx=P("fax", phone(ch(["paren", "dash"]))))


def ecr_clean():
    v = R.randrange(11)
    if v == 0:
        return [hl7_msh("ORU^R01^ORU_R01") + "|||||PHLabReport-NoAck^HL7^2.16.840.1.113883.9.11^ISO"]
    if v == 1:
        loinc = ch(LOINC)
        return ["OBX|1|CWE|%s^%s^LN||%s^%s^SCT|||%s|||F|||||||%s^%s^^^^CLIA&2.16.840.1.113883.4.7&ISO^^^^%s" % (
            loinc, ch(["SARS-CoV-2 RNA", "Bordetella pertussis DNA", "HCV RNA"]), ch(["260373001", "260415000"]), ch(["Detected", "Not detected"]),
            ch(["A", "N"]), ch(["Cepheid GeneXpert", "Roche cobas 6800"]), "%s%s" % (digits(3), alnum(7)), "%02dD%07d" % (R.randint(10, 99), R.randint(0, 9999999)))]
    if v == 2:
        return ["MSA|AA|MSG%s|Message accepted; %d warnings" % (digits(8), R.randint(0, 5))]
    if v == 3:
        return ["%s ecr-router: RR received for eICR setId %s version %d: RRVS%d (%s) jurisdiction %s; processing %s" % (
            ts("isoz"), uid(), R.randint(1, 4), R.randint(1, 7), ch(["reportable", "may be reportable", "not reportable"]), ch(["MA", "NY", "TX", "CA"]), dur_ms())]
    if v == 4:
        return ["%s AIMS validation eICR %s: 0 errors %d warnings (schematron CDAR2_IG_PHCASERPT_R2_STU3.1 build %s)" % (
            ts("isoz"), uid(), R.randint(0, 30), build_no())]
    if v == 5:
        return ['<templateId root="2.16.840.1.113883.10.20.15.2" extension="%s"/><code code="55751-2" codeSystem="2.16.840.1.113883.6.1" displayName="Public Health Case Report"/>' % ch(["2016-12-01", "2021-01-01"])]
    if v == 6:
        return ['<author><time value="%s"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="%s"/><assignedPerson><name><given>%s</given><family>%s</family><suffix>MD</suffix></name></assignedPerson></assignedAuthor></author>' % (
            hl7ts(), npi(), ch(CLIN_FIRST), ch(CLIN_LAST))]
    if v == 7:
        return ["ORC|RE|%s^EPIC|%s^LAB||CM||||%s|||%s^%s^%s^^^^^^NPI&2.16.840.1.113883.4.6&ISO^L^^^NPI|||||||||%s^L|^^^^^%s^%s|55 Fruit St^^Boston^MA^02114" % (
            digits(9), digits(9), hl7ts(), npi(), ch(CLIN_LAST).upper(), ch(CLIN_FIRST).upper(), ch(["MGH Clinical Lab", "Mercy Reference Lab"]), ch([617, 508]), "%03d%04d" % (R.randint(201, 989), R.randint(0, 9999)))]
    if v == 8:
        return ["%s ELR batch %s: %s messages, %d rejected (PID-7 missing), %d duplicates; sender CLIA %02dD%07d; sftp %s" % (
            ts("space"), uid(), count(), R.randint(0, 40), R.randint(0, 40), R.randint(10, 99), R.randint(0, 9999999), host())]
    if v == 9:
        return ["caseid,condition,last_name,first_name,dob,age,street,city,state,zip,phone,onset_date"]
    return ["%s surveillance weekly: %s %s cases (MMWR week %d, %d), %s in ages 90+, %s county-level cells suppressed (n<11)" % (
        ts("space"), count(), ch(["pertussis", "salmonellosis", "COVID-19", "Lyme disease"]), R.randint(1, 52), R.randint(2022, 2024), count(), R.randint(0, 40))]


family("ecr_elr")((ecr_phi, ecr_clean))


# ----------------------------------------------------------------------------
# Immunization registry HL7 VXU / QBP messages and their logs
# ----------------------------------------------------------------------------

def rxa(with_date=True):
    cvx, nm = ch(CVX)
    mvx, mname = ch(MFR)
    out = ["RXA|0|1|"]
    if with_date:
        d = fdate(event_date(), "hl7")
        out += [P("date", d), "|", P("date", d) if chance(0.5) else ""]
    else:
        out += ["|"]
    out.append("|%s^%s^CVX|%s|mL^mL^UCUM||00^New record^NIP001|%s^%s^%s^^^^^^NPI|^^^%s||||%s|%s|%s^%s^MVX|||CP|A" % (
        cvx, nm, ch(["0.5", "0.3", "0.25"]), npi(), ch(CLIN_LAST).upper(), ch(CLIN_FIRST).upper(), ch(FACILITIES)[0], lot(),
        fdate(rdate(2024, 2026), "hl7"), mvx, mname))
    return out


def iis_phi():
    if chance(0.4):
        return iis_rare()
    v = R.randrange(7)
    sep = ch(SEGSEP)
    if v == 0:
        return ["%s VXU inbound: " % ts("ms"), hl7_msh("VXU^V04^VXU_V04"), sep, hl7_pid(), sep, rxa()]
    if v == 1:
        f, l = person()
        c = city()
        return ["NK1|1|", P("name", "%s^%s" % (l.upper(), f.upper())), "^^^^^L|%s^%s^HL70063|" % ch([("MTH", "Mother"), ("FTH", "Father"), ("GRD", "Guardian"), ("GRM", "Grandmother")]),
                P("address", street(upper=True, unit=False)), "^^", P("address", c[0].upper()), "^%s^" % c[1], P("zip", zipc(False)), "^USA^H|",
                P("phone", phone("paren_ns")), "^PRN^PH"]
    if v == 2:
        f, l = person()
        return ["QPD|Z34^Request Immunization History^CDCPHINVS|Q%s|" % digits(6), P("mrn", mrn()), "^^^%s^MR|" % ch(FACILITIES)[0],
                P("name", "%s^%s" % (l.upper(), f.upper())), "^^^^^L|", P("name", last().upper()), "^^^^^^M|", P("date", fdate(birth(), "hl7")),
                "|%s" % ch("FM")]
    if v == 3:
        return T("%s iis.match query Q%s matched patient_id=%d («n») score=%.2f via dob=«d» + name + zip «z»" % (
            ts("iso"), digits(6), R.randint(1, 9000000), R.uniform(0.8, 1)), n=P("name", full_name("LF")), d=P("date", fdate(birth(), "iso")), z=P("zip", zipc(False)))
    if v == 4:
        return ["%s RSP^K11 Z32 returned %d RXA for " % (ts("ms"), R.randint(1, 30))] + rxa() + [" ..."]
    if v == 5:
        f, l = person()
        return T("%s iis.reminder recall notice for «n» (DOB «d») sent to «em»; %s due" % (ts("iso"), ch(["HPV dose 2", "MMR dose 2", "Tdap", "Influenza 2024-25"])),
                 n=P("name", "%s %s" % (f, l)), d=P("date", fdate(birth(), "us")), em=P("email", email(f, l)))
    return ["%s VXU inbound: " % ts("ms"), hl7_msh("VXU^V04^VXU_V04"), sep, hl7_pid(with_ssn=False, with_mmn=True), sep, "PD1|||||||||||02^Reminder/Recall - any method^HL70215|N|",
            P("date", fdate(event_date(), "hl7")), "|||A"]


def iis_clean():
    v = R.randrange(10)
    if v == 0:
        return [hl7_msh("VXU^V04^VXU_V04") + "|||||Z22^CDCPHINVS|%s" % ch(["MYCLINIC", "DOH-MA"])]
    if v == 1:
        return ["MSA|AE|NIST-IZ-%03d.00%s ERR||RXA^1^5|103^Table value not found^HL70357|W|5^Table value not found^HL70533|||Invalid CVX code %d" % (
            R.randint(1, 60), ch(SEGSEP), R.randint(200, 999))]
    if v == 2:
        return ["RXR|C28161^Intramuscular^NCIT|%s^%s^HL70163" % ch([("LD", "Left Deltoid"), ("RD", "Right Deltoid"), ("LT", "Left Thigh")])]
    if v == 3:
        return ["OBX|1|CE|64994-7^Vaccine funding program eligibility category^LN|1|%s^%s^HL70064||||||F" % ch([("V01", "Not VFC eligible"), ("V02", "VFC eligible - Medicaid/Medicaid Managed Care"), ("V03", "VFC eligible - Uninsured")])]
    if v == 4:
        return ["%s VXU batch MAIIS_%s.hl7: %s messages, %d AA, %d AE, %d AR; lot %s (exp %s) %s" % (
            ts("space"), ts_dt().strftime("%Y%m%d"), count(), R.randint(100, 9000), R.randint(0, 90), R.randint(0, 9), lot(), fdate(rdate(2024, 2026), "iso"), ch(MFR)[0])]
    if v == 5:
        return ["%s SOAP submitSingleMessage from facility %d (%s) %s:%s response 200 in %s; CDC WSDL v1.0; trace %s" % (
            ts("iso"), R.randint(10000, 99999), ch(["MYCLINIC", "WALGREENS-0412", "CVS-2281"]), priv_ip(), ch(["443", "8443"]), dur_ms(), trace_id())]
    if v == 6:
        return ["RXA|0|1|||998^No vaccine administered^CVX|999||||||||||||||CP|A <- historical placeholder; forecast engine ICE %s (schedule %s)" % (version(), ch(["ACIP 2024", "ACIP 2023"]))]
    if v == 7:
        return ["%s iis.dedup merged %d duplicate patient records (rule set v%d, threshold 0.92); %s records reviewed by iis_interface" % (ts("iso"), R.randint(1, 400), R.randint(1, 9), count())]
    if v == 8:
        return ["QAK|Q%s|%s|Z34^Request Immunization History^CDCPHINVS" % (digits(6), ch(["OK", "NF", "TM", "AE"]))]
    return ["%s inventory: lot %s %s CVX %s doses_on_hand=%d expires %s (VTrckS order %s)" % (
        ts("space"), lot(), ch(MFR)[1], ch(CVX)[0], R.randint(0, 900), fdate(rdate(2024, 2026), "iso"), order_no())]


family("iis_hl7")((iis_phi, iis_clean))


# ----------------------------------------------------------------------------
# cohort discovery (i2b2 / SHRINE / Leaf / ATLAS) queries
# ----------------------------------------------------------------------------

def cohort_phi():
    if chance(0.4):
        return cohort_rare()
    v = R.randrange(6)
    pre = "%s %s " % (ts(ch(["iso", "ms"])), ch(["[i2b2.crc]", "[leaf]", "[shrine]", "[atlas]", "[honest-broker]"]))
    if v == 0:
        return T(pre + "patient set %d export (IRB %d-%04d, approved): patient_num=%d MRN «m», «n», «d», ZIP «z»" % (
            R.randint(1000, 99999), R.randint(2019, 2024), R.randint(1, 9999), R.randint(1, 9000000)),
                 m=P("mrn", mrn()), n=P("name", full_name("LF")), d=P("date", fdate(birth(), "iso")), z=P("zip", zipc(False)))
    if v == 1:
        k1, k2 = ch([("last_name", "dob"), ("lname", "birth_date"), ("apellido", "fecha_nac")])
        return T(pre + "ad-hoc query by %s flagged (identifier in criteria): WHERE %s = '«n»' AND %s = '«d»'" % (staff(), k1, k2),
                 n=P("name", last()), d=P("date", fdate(birth(), "iso")))
    if v == 2:
        obj = collections.OrderedDict([("personId", R.randint(1, 9000000))])
        for k, val in Fs(R.randint(2, 3), ["mrn", "fullname", "dob", "phone", "email", "street", "zip", "plan"]):
            obj[k] = val
        obj["cohortId"] = R.randint(1, 900)
        return [pre, "reidentified row: ", J(obj)]
    if v == 3:
        return T(pre + "recruitment outreach: «n», %s %s, phone «ph», age «a» - eligible for %s" % (
            ch(["female", "male"]), ch(["widowed", "lives alone", "with daughter"]), ch(["FALLS-90+ trial", "OLDEST-OLD cohort"])),
                 n=P("name", full_name("fl")), ph=P("phone", phone()), a=P("age", age_old()))
    if v == 4:
        k, val = F(ch(["ip", "url", "email", "ip", "url"]))
        return T(pre + "participant self-referral via web form: %s=«v» study=%s ref=%s" % (k, ch(["ALL-OF-US", "LONGCOVID-REG"]), uid()), v=val)
    return T(pre + "broker re-link: study id %s -> MRN «m» / member «p» (requested by %s, ticket %s)" % (subj_id(), staff(), "RITM" + digits(7)),
             m=P("mrn", mrn()), p=P("health_plan", member_id()))


def cohort_clean():
    v = R.randrange(9)
    pre = "%s %s " % (ts(ch(["iso", "ms"])), ch(["[i2b2.crc]", "[leaf]", "[shrine]", "[atlas]", "[honest-broker]"]))
    if v == 0:
        sites = ["MGH", "BWH", "BMC", "UMass", "Tufts", "BIDMC"]
        return [pre + 'query %d "%s" results: %s; total %s; obfuscation ±%d, counts <10 suppressed' % (
            R.randint(1000, 99999), ch(["T2DM on metformin age 65+", "CHF with EF<40%", "Long COVID dx U09.9", "age >= 90 with hip fracture"]),
            ", ".join("%s %s" % (s, "{:,}".format(R.randint(10, 9000))) for s in R.sample(sites, 3)), "{:,}".format(R.randint(100, 40000)), ch([3, 5, 10]))]
    if v == 1:
        return [pre + "QT_QUERY_MASTER query_master_id=%d user=%s xml_len=%d status=FINISHED elapsed %.2fs set_size=%d" % (
            R.randint(10000, 999999), staff(), R.randint(400, 40000), R.uniform(0.1, 300), R.randint(0, 90000))]
    if v == 2:
        return [pre + 'cohort definition {"ConceptSets":[{"id":0,"name":"%s"}],"PrimaryCriteria":{"ObservationWindow":{"PriorDays":365,"PostDays":0}},"Demographic":{"Age":{"Value":%d,"Op":"gte"}}}' % (
            ch(["Type 2 diabetes", "Heart failure", "Asthma"]), ch([18, 40, 65, 90]))]
    if v == 3:
        return [pre + "age_at_visit >= 90 bucketed as '90+' and birth_date truncated to year (HIPAA Safe Harbor); %s rows affected" % count()]
    if v == 4:
        return [pre + "concept path \\\\i2b2\\\\Diagnoses\\\\ICD10\\\\(E00-E89)\\\\(E08-E13)\\\\%s expanded to %d children; ontology build %s" % (ch(ICD10), R.randint(1, 400), build_no())]
    if v == 5:
        return [pre + "SHRINE hub %s:%s broadcast query %s to %d nodes; %d responded in %s" % (host(), port(), uid(), R.randint(3, 30), R.randint(3, 30), dur_ms())]
    if v == 6:
        return [pre + "limited data set extract: %s patients, fields [yob, sex, zip3, visit_year, dx]; DUA %s signed by %s" % (count(), "DUA-%d-%03d" % (R.randint(2020, 2024), R.randint(1, 999)), clinician("dr"))]
    if v == 7:
        return [pre + "TriNetX network query: %s patients across %d HCOs; median age %d (IQR %d-%d); sex F %s" % (count(), R.randint(5, 120), R.randint(40, 80), R.randint(20, 45), R.randint(60, 89), pct())]
    return [pre + "Leaf %s: user %s session %s from %s; token exp %s; %d queries today" % (version(), staff(), uid(), priv_ip(), ts("isoz"), R.randint(0, 90))]


family("cohort_query")((cohort_phi, cohort_clean))


# ----------------------------------------------------------------------------
# extra variants carrying the rarer identifier types (biometrics, photos,
# foreign IDs, licences, accounts, URLs, IPs, devices, vehicles)
# ----------------------------------------------------------------------------

def redcap_rare():
    v = R.randrange(4)
    if v == 0:
        return T('%s INFO redcap.econsent identity check record=«r» %s=«ph» match_score=%.2f liveness=pass' % (
            ts("ms"), ch(["selfie_jpg", "face_img", "id_photo"]), R.uniform(0.5, 1)), r=record_id(), ph=P("photo", photo_b64()))
    if v == 1:
        return T('%s INFO voice_diary upload record=«r» day=%d %s="«b»" sr=16000 dur=%.1fs' % (
            ts("isoz"), R.randint(1, 90), ch(["voiceprint", "voice_sig_b64", "spk_embedding_b64"]), R.uniform(2, 60)), r=record_id(), b=P("biometric", biometric()))
    if v == 2:
        return T('"%s","[survey respondent]","Update Response «r» (Event 1)","%s = \'«ip»\', %s = \'«u»\'"' % (
            "%s %s" % (fdate(ts_dt().date(), "iso"), ts_dt().strftime("%H:%M")), ch(["ip_captured", "resp_ip", "ipaddr"]),
            ch(["social_profile", "fb_profile", "homepage"])), r=record_id(), ip=P("ip", pub_ip()), u=P("url", person_url()))
    k, val = FR(exclude=("dea", "proflic"))
    pay = val.c == "account"
    return T('"%s","%s","Update record «r» (%s)","%s = \'«v»\'%s"' % (
        "%s %s" % (fdate(ts_dt().date(), "iso"), ts_dt().strftime("%H:%M")), staff(),
        "payment_arm_1" if pay else ch(["baseline_arm_1", "wearables_arm_1", "id_verification"]), k,
        (", stipend_amt = \'%d\'" % ch([25, 50, 75])) if pay else ""), r=record_id(), v=val)


def rave_rare():
    head = "%d|%s|Site %d|%s|" % (R.randint(100000, 9999999), ch(RAVE_STUDY), R.randint(101, 140), subj_id())
    stamp = ts_dt().strftime("%d %b %Y %H:%M:%S")
    v = R.randrange(3)
    if v == 0:
        k = ch(["passport_no", "curp", "sin", "nino", "cpf", "personalausweis"])
        return [head, "TRAVEL|REIMB|IDNUM|DataPoint Entered||", P("other_id", other_id(OID_STYLE.get(k, "passport"))),
                "|%s|%s|Entered in error - identifiers must not be stored in EDC (%s)" % (rave_user(), stamp, k)]
    if v == 1:
        return [head, "TRAVEL|REIMB|BANKACCT|DataPoint Entered||", P("account", account(ch(["iban", "bank"]))),
                "|%s|%s|Query: remove bank details from CRF" % (rave_user(), stamp)]
    return [head, "DEVICE|DI|DISERIAL|DataPoint Changed|", P("device", device(ch(["pm", "udi"]))), "|", P("device", device(ch(["pm", "udi"]))),
            "|%s|%s|Explant/replacement" % (rave_user(), stamp)]


def omop_rare():
    pre = "%s %s [%s] " % (ts("ms"), ch(["WARN ", "ERROR"]), ch(["etl.drug_exposure", "etl.provider", "etl.device_exposure", "etl.stage"]))
    v = R.randrange(3)
    if v == 0:
        return T(pre + "drug_exposure.provider_source_value contains prescriber DEA «d» (expected NPI) for person_id=%d" % R.randint(1, 2000000),
                 d=P("license", dea()))
    if v == 1:
        return T(pre + "stage.patient_contact: unmapped column %s='«v»' dropped (source Clarity PATIENT_3)" % ch(["PAT_WEBSITE", "PORTAL_LAST_IP", "CAR_VIN", "DL_NUM"]),
                 v=ch([P("url", person_url()), P("ip", pub_ip()), P("vehicle", vin()), P("license", license_no("ca"))]))
    k, val = FR()
    return T(pre + "source column %s not in ETL spec; sample value «v» suppressed from CDM" % k.upper(), v=val)


def iis_rare():
    v = R.randrange(3)
    if v == 0:
        return T("%s myir.portal login ok user=«em» from «ip» (mfa sms)" % ts("iso"), em=P("email", email()), ip=P("ip", pub_ip()))
    if v == 1:
        return T("%s myir.identity record request verified with %s «v» for child DOB «d»" % (ts("iso"), ch(["driver's license", "state ID", "DL#"])),
                 v=P("license", license_no(ch(["ca", "ny", "fl", "il"]))), d=P("date", fdate(rdate(2008, 2023), "us")))
    return T("%s iis.guardian consent form %s uploaded by «ip» photo=«p»" % (ts("iso"), uid()), ip=P("ip", pub_ip()), p=P("photo", photo_path()))


def genomics_rare():
    v = R.randrange(2)
    if v == 0:
        return T("%s dtc-kit registration kit=%s ip=«ip» email=«em» (consent v%d)" % (ts("isoz"), "KT" + digits(9), R.randint(1, 5)),
                 ip=P("ip", pub_ip()), em=P("email", email()))
    return T("%s lims.consent scanned face photo for proband: «p» (sample %s)" % (ts("ms"), sample_code()), p=P("photo", photo_path()))


def ecr_rare():
    v = R.randrange(2)
    if v == 0:
        return T("%s ELR NTE|1|L|Fax result copy to patient at «fx» per request; alt fax «fx2»" % ts("space"),
                 fx=P("fax", phone(ch(["paren", "dash"]))), fx2=P("fax", phone("dot")))
    return T("%s case-investigation note: contact traced via «u»; travel doc «o»" % ts("space"), u=P("url", person_url()), o=P("other_id", other_id("passport")))


def cohort_rare():
    k, val = FR()
    return T("%s [honest-broker] linkage request: study id %s -> %s=«v» (requested by %s)" % (ts("iso"), subj_id(), k, staff()), v=val)


def deid_rare():
    k, val = FR()
    return T("%s WARN deid.qa structured column «k» not in scrub list; first value «v»" % ts("isoz"), k=k, v=val)


# ----------------------------------------------------------------------------
# assembly, self-checks, output
# ----------------------------------------------------------------------------

PRIV_RE = re.compile(r"^(10\.|127\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)")


def check_span_value(cat, v):
    """Category-specific sanity checks on labeled values."""
    if cat == "age":
        assert int(v) >= 90, v
    elif cat == "zip":
        assert re.fullmatch(r"\d{5}(-?\d{4})?", v), v
    elif cat == "ip":
        assert not PRIV_RE.match(v), v
    elif cat == "date":
        assert not re.fullmatch(r"\d{4}", v), v
    elif cat == "email":
        assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z.]+", v), v
    elif cat == "ssn":
        assert len(re.sub(r"\D", "", v)) == 9, v


def build_record(fam, fn, want_phi):
    line, spans = mk(*fn())
    assert "\n" not in line and "\r" not in line, (fam, line)
    b = line.encode("utf-8")
    prev_end = -1
    for sp in sorted(spans, key=lambda x: x["s"]):
        s, e, cat, v = sp["s"], sp["e"], sp["cat"], sp["_v"]
        assert cat in CATS, cat
        assert 0 <= s < e <= len(b), (fam, sp)
        assert b[s:e] == v.encode("utf-8"), (fam, sp, b[s:e])
        assert v == v.strip() and v, (fam, repr(v))
        assert s >= prev_end, ("overlap", fam, line)
        prev_end = e
        check_span_value(cat, v)
    if want_phi:
        assert spans, ("PHI line without spans", fam, line)
    else:
        assert not spans, ("clean line with spans", fam, line)
    spans = sorted(spans, key=lambda x: x["s"])
    return line, [{"s": sp["s"], "e": sp["e"], "cat": sp["cat"]} for sp in spans]


def generate():
    nfam = len(FAMILIES)
    fam_seq = list(range(nfam)) * (N_LINES // nfam + 1)
    R.shuffle(fam_seq)
    fam_seq = fam_seq[:N_LINES]
    phi_flags = [False] * N_CLEAN + [True] * (N_LINES - N_CLEAN)
    R.shuffle(phi_flags)
    seen = set()
    records = []
    for i in range(N_LINES):
        name, phi_fn, clean_fn = FAMILIES[fam_seq[i]]
        want_phi = phi_flags[i]
        for _attempt in range(50):
            line, spans = build_record(name, phi_fn if want_phi else clean_fn, want_phi)
            if line not in seen:
                break
        assert line not in seen, ("could not produce a unique line", name)
        seen.add(line)
        for sp in spans:
            CAT_SEEN[sp["cat"]] += 1
        records.append({"line": i + 1, "family": name, "spans": spans, "_text": line})
    return records


def main():
    records = generate()
    assert len(records) == N_LINES
    log_path = os.path.join(HERE, "x.log")
    lab_path = os.path.join(HERE, "x.labels.jsonl")
    with open(log_path, "w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(r["_text"] + "\n")
    with open(lab_path, "w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps({"line": r["line"], "family": r["family"], "spans": r["spans"]}, ensure_ascii=False) + "\n")

    # re-read and verify the files on disk
    with open(log_path, "rb") as fh:
        raw_lines = fh.read().split(b"\n")
    assert raw_lines[-1] == b"" and len(raw_lines) == N_LINES + 1
    with open(lab_path, encoding="utf-8") as fh:
        labs = [json.loads(x) for x in fh]
    assert len(labs) == N_LINES
    per_cat = collections.Counter()
    per_fam = collections.Counter()
    per_fam_phi = collections.Counter()
    n_phi = 0
    for raw, lab, r in zip(raw_lines, labs, records):
        assert raw.decode("utf-8") == r["_text"]
        assert lab["line"] == r["line"]
        per_fam[lab["family"]] += 1
        if lab["spans"]:
            n_phi += 1
            per_fam_phi[lab["family"]] += 1
        for sp in lab["spans"]:
            assert raw[sp["s"]:sp["e"]].decode("utf-8").strip() == raw[sp["s"]:sp["e"]].decode("utf-8")
            per_cat[sp["cat"]] += 1
    clean_frac = 1 - n_phi / N_LINES
    assert 0.43 <= clean_frac <= 0.47, clean_frac
    missing = [c for c in CATS if per_cat[c] < 8]
    assert not missing, ("categories under 8 spans", {c: per_cat[c] for c in missing})

    print("wrote %s and %s" % (log_path, lab_path))
    print("lines: %d   lines with PHI: %d   lines without PHI: %d (%.1f%%)" % (
        N_LINES, n_phi, N_LINES - n_phi, 100 * clean_frac))
    print("spans total: %d" % sum(per_cat.values()))
    print("spans per category:")
    for c in CATS:
        print("  %-12s %4d" % (c, per_cat[c]))
    print("lines per family (with PHI):")
    for name, _, _ in FAMILIES:
        print("  %-14s %4d (%d)" % (name, per_fam[name], per_fam_phi[name]))


if __name__ == "__main__":
    main()
