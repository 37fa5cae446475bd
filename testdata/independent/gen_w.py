#!/usr/bin/env python3
"""Held-out PHI test corpus "w": payers & claims logs.

Standard library only. Fixed seed, byte-for-byte reproducible.
Writes w.log (500 lines) and w.labels.jsonl next to this file.
"""
import json
import os
import re
import sys
import random
import hashlib
import base64
from datetime import datetime, timedelta, date

SEED = 20241105
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_NEG = 225  # 45% of lines carry no PHI

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"]

# ----------------------------------------------------------------------------
# core: tagged values, line assembly, byte-offset spans
# ----------------------------------------------------------------------------

class S:
    """A labeled value. q=False renders it unquoted inside JSON/python dicts."""
    __slots__ = ("cat", "v", "q")

    def __init__(self, cat, v, q=True):
        assert cat in CATS, cat
        v = str(v)
        assert v and v == v.strip(), repr(v)
        self.cat, self.v, self.q = cat, v, q


def flat(parts):
    if isinstance(parts, (str, S)):
        yield parts
        return
    for p in parts:
        if isinstance(p, (list, tuple)):
            yield from flat(p)
        else:
            assert isinstance(p, (str, S)), type(p)
            yield p


_TPL = re.compile(r"\{(\w+)\}")


def F(tpl, **kw):
    """Template -> parts. {key} is replaced when key is given, else literal."""
    out, pos = [], 0
    for m in _TPL.finditer(tpl):
        if m.group(1) not in kw:
            continue
        out.append(tpl[pos:m.start()])
        out.append(kw[m.group(1)])
        pos = m.end()
    out.append(tpl[pos:])
    return out


def _jstr(s):
    return json.dumps(s, ensure_ascii=False)


def J(obj, kv=": ", sep=", "):
    """JSON rendering to parts; S values are labeled without their quotes."""
    if isinstance(obj, S):
        if not obj.q:
            return [obj]
        assert _jstr(obj.v)[1:-1] == obj.v, obj.v
        return ['"', obj, '"']
    if isinstance(obj, dict):
        out = ["{"]
        for i, (k, v) in enumerate(obj.items()):
            if i:
                out.append(sep)
            out.append(_jstr(k) + kv)
            out.append(J(v, kv, sep))
        out.append("}")
        return out
    if isinstance(obj, (list, tuple)):
        out = ["["]
        for i, v in enumerate(obj):
            if i:
                out.append(sep)
            out.append(J(v, kv, sep))
        out.append("]")
        return out
    return [json.dumps(obj, ensure_ascii=False)]


def JC(obj):
    """compact JSON"""
    return J(obj, ":", ",")


def PY(obj):
    """python repr-style dict (as printed by print(dict))"""
    if isinstance(obj, S):
        if not obj.q:
            return [obj]
        assert "'" not in obj.v and "\\" not in obj.v
        return ["'", obj, "'"]
    if isinstance(obj, dict):
        out = ["{"]
        for i, (k, v) in enumerate(obj.items()):
            if i:
                out.append(", ")
            out.append(repr(k) + ": ")
            out.append(PY(v))
        out.append("}")
        return out
    if isinstance(obj, (list, tuple)):
        out = ["["]
        for i, v in enumerate(obj):
            if i:
                out.append(", ")
            out.append(PY(v))
        out.append("]")
        return out
    if isinstance(obj, str):
        assert "'" not in obj
        return ["'" + obj + "'"]
    return [repr(obj)]


def KV(pairs, sep=" ", eq="=", quote=None):
    """key=value pairs. quote: None (auto quote values with spaces) or a char."""
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(sep)
        out.append(k + eq)
        raw = v.v if isinstance(v, S) else v
        q = quote
        if q is None:
            q = '"' if (" " in raw or raw == "") else ""
        out.extend([q, v, q])
    return out


def X(tag, v, attrs=""):
    return ["<%s%s>" % (tag, attrs), v, "</%s>" % tag]


class Rec:
    __slots__ = ("family", "line", "spans")


def build(family, parts):
    buf = bytearray()
    spans = []
    for p in flat(parts):
        if isinstance(p, S):
            b = p.v.encode("utf-8")
            spans.append({"s": len(buf), "e": len(buf) + len(b), "cat": p.cat, "_v": p.v})
            buf += b
        else:
            buf += p.encode("utf-8")
    line = buf.decode("utf-8")
    assert "\n" not in line and "\r" not in line, line
    # self checks
    last_e = -1
    for sp in sorted(spans, key=lambda x: x["s"]):
        got = bytes(buf[sp["s"]:sp["e"]]).decode("utf-8")
        assert got == sp["_v"], (got, sp)
        assert got == got.strip() and got, sp
        assert sp["s"] >= last_e, ("overlap", line, sp)
        last_e = sp["e"]
    r = Rec()
    r.family = family
    r.line = line
    r.spans = [{"s": sp["s"], "e": sp["e"], "cat": sp["cat"]} for sp in spans]
    return r


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def hexs(n, upper=False):
    s = "".join(pick("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(pick(alphabet) for _ in range(n))


UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

# ----------------------------------------------------------------------------
# clock for log timestamps (not PHI)
# ----------------------------------------------------------------------------

_CLOCK = [datetime(2024, 11, 4, 5, 58, 12, 0)]


def tick():
    _CLOCK[0] += timedelta(seconds=R.randint(0, 47), milliseconds=R.randint(0, 999))
    return _CLOCK[0]


def ts_iso(t=None):
    t = t or tick()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def ts_iso_off(t=None):
    t = t or tick()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-05:00" % (t.microsecond // 1000)


def ts_log4j(t=None):
    t = t or tick()
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def ts_syslog(t=None):
    t = t or tick()
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


def ts_clf(t=None):
    t = t or tick()
    return t.strftime("%d/%b/%Y:%H:%M:%S -0500")


def ts_epoch_ms(t=None):
    t = t or tick()
    return str(int((t - datetime(1970, 1, 1)).total_seconds() * 1000))


def ts_mf(t=None):
    t = t or tick()
    return t.strftime("%H.%M.%S")


def ts_compact(t=None):
    t = t or tick()
    return t.strftime("%Y%m%d%H%M%S")


def ts_us(t=None):
    t = t or tick()
    return t.strftime("%m/%d/%Y %I:%M:%S %p")


# ----------------------------------------------------------------------------
# people & places (synthetic)
# ----------------------------------------------------------------------------

FIRST = [
    "Maria", "José", "Luis", "Ana", "Carmen", "Guadalupe", "Juan", "Alejandro", "Sofía",
    "Mateo", "Esperanza", "Dolores", "Ernesto", "Graciela", "Marisol", "Rafael",
    "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda",
    "William", "Elizabeth", "David", "Barbara", "Richard", "Susan", "Joseph", "Dorothy",
    "Thomas", "Margaret", "Charles", "Betty", "Harold", "Mildred", "Eugene", "Louise",
    "DeShawn", "Latoya", "Tyrone", "Imani", "Jamal", "Keisha", "Darnell", "Shaniqua",
    "Wei", "Mei", "Jun", "Xiaoming", "Hui", "Hiroshi", "Yuki", "Kenji", "Min-jun",
    "Ji-woo", "Seo-yeon", "Anh", "Minh", "Thanh", "Linh", "Priya", "Rahul", "Arjun",
    "Ananya", "Deepak", "Lakshmi", "Mohammed", "Fatima", "Ahmed", "Aisha", "Omar",
    "Layla", "Yusuf", "Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Kwame", "Abena",
    "Olga", "Dmitri", "Svetlana", "Ivan", "Katarzyna", "Piotr", "Agnieszka",
    "Giovanni", "Francesca", "Rosa", "Nikos", "Eleni", "Jean-Pierre", "Marie-Claire",
    "Wadner", "Fabiola", "Hodan", "Abdirahman", "Tuan", "Rizal", "Connor", "Siobhan",
    "Aoife", "Bjorn", "Ingrid", "Kalani", "Leilani", "Naveen", "Zainab", "Tomasz",
    "Élodie", "Björn", "Renée", "Nadia", "Farah", "Yolanda", "Gertrude", "Walter",
]

LAST = [
    "Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez",
    "Sanchez", "Ramirez", "Torres", "Nguyen", "Tran", "Le", "Pham", "Kim", "Lee",
    "Park", "Choi", "Wang", "Li", "Zhang", "Chen", "Liu", "Huang", "Tanaka", "Suzuki",
    "Sato", "Patel", "Shah", "Singh", "Kumar", "Reddy", "Iyer", "Smith", "Johnson",
    "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
    "Thomas", "Moore", "Jackson", "White", "Harris", "Washington", "Okafor", "Adeyemi",
    "Mensah", "Abdi", "Hassan", "Ali", "Haddad", "Khoury", "Kowalski", "Nowak",
    "Ivanova", "Petrov", "Rossi", "Esposito", "Papadopoulos", "O'Brien", "McCarthy",
    "Murphy", "Fitzgerald", "Jean-Baptiste", "Pierre", "Dubois", "Schmidt", "Müller",
    "Johansson", "Lindqvist", "Yazzie", "Begay", "Tsosie", "De la Cruz", "García-López",
    "Santos", "Reyes", "Cruz", "Villanueva", "Bautista", "Nakamura", "Fernández",
    "Nguyễn", "Okonkwo", "Baptiste", "Kaur", "Delgado", "Castillo", "Whitfield",
    "Brennan", "Sullivan", "Ortega", "Mahmoud", "Osei", "Wójcik", "Romero", "Kealoha",
]

ASCII_ONLY = re.compile(r"^[A-Za-z' .-]+$")


def first(ascii_only=False):
    while True:
        f = pick(FIRST)
        if not ascii_only or ASCII_ONLY.match(f):
            return f


def last(ascii_only=False):
    while True:
        l = pick(LAST)
        if not ascii_only or ASCII_ONLY.match(l):
            return l


def x12up(s):
    """names as an X12/mainframe system would store them (upper ascii)"""
    tr = str.maketrans("áéíóúñüöÁÉÍÓÚÑÜÖễỄóÓłŁ", "aeiounuoAEIOUNUOeEoOlL")
    return s.translate(tr).upper()


CITIES = [
    ("Springfield", "IL", "Sangamon", "627"), ("Phoenix", "AZ", "Maricopa", "850"),
    ("Houston", "TX", "Harris", "770"), ("Laredo", "TX", "Webb", "780"),
    ("Fresno", "CA", "Fresno", "937"), ("Bakersfield", "CA", "Kern", "933"),
    ("Miami", "FL", "Miami-Dade", "331"), ("Hialeah", "FL", "Miami-Dade", "330"),
    ("Orlando", "FL", "Orange", "328"), ("Atlanta", "GA", "Fulton", "303"),
    ("Macon", "GA", "Bibb", "312"), ("Detroit", "MI", "Wayne", "482"),
    ("Flint", "MI", "Genesee", "485"), ("Cleveland", "OH", "Cuyahoga", "441"),
    ("Dayton", "OH", "Montgomery", "454"), ("Brooklyn", "NY", "Kings", "112"),
    ("Bronx", "NY", "Bronx", "104"), ("Yonkers", "NY", "Westchester", "107"),
    ("Newark", "NJ", "Essex", "071"), ("Paterson", "NJ", "Passaic", "075"),
    ("Philadelphia", "PA", "Philadelphia", "191"), ("Allentown", "PA", "Lehigh", "181"),
    ("Baltimore", "MD", "Baltimore", "212"), ("Richmond", "VA", "Henrico", "232"),
    ("Charlotte", "NC", "Mecklenburg", "282"), ("Durham", "NC", "Durham", "277"),
    ("Memphis", "TN", "Shelby", "381"), ("Knoxville", "TN", "Knox", "379"),
    ("Jackson", "MS", "Hinds", "392"), ("Birmingham", "AL", "Jefferson", "352"),
    ("New Orleans", "LA", "Orleans", "701"), ("Baton Rouge", "LA", "East Baton Rouge", "708"),
    ("Tulsa", "OK", "Tulsa", "741"), ("Albuquerque", "NM", "Bernalillo", "871"),
    ("Gallup", "NM", "McKinley", "873"), ("Window Rock", "AZ", "Apache", "865"),
    ("Denver", "CO", "Denver", "802"), ("Pueblo", "CO", "Pueblo", "810"),
    ("Salt Lake City", "UT", "Salt Lake", "841"), ("Boise", "ID", "Ada", "837"),
    ("Spokane", "WA", "Spokane", "992"), ("Tacoma", "WA", "Pierce", "984"),
    ("Portland", "OR", "Multnomah", "972"), ("Sacramento", "CA", "Sacramento", "958"),
    ("Oakland", "CA", "Alameda", "946"), ("Santa Ana", "CA", "Orange", "927"),
    ("Las Vegas", "NV", "Clark", "891"), ("Reno", "NV", "Washoe", "895"),
    ("Omaha", "NE", "Douglas", "681"), ("Des Moines", "IA", "Polk", "503"),
    ("Milwaukee", "WI", "Milwaukee", "532"), ("Minneapolis", "MN", "Hennepin", "554"),
    ("St. Louis", "MO", "St. Louis", "631"), ("Wichita", "KS", "Sedgwick", "672"),
    ("Louisville", "KY", "Jefferson", "402"), ("Hartford", "CT", "Hartford", "061"),
    ("Providence", "RI", "Providence", "029"), ("Worcester", "MA", "Worcester", "016"),
    ("Bangor", "ME", "Penobscot", "044"), ("Anchorage", "AK", "Anchorage", "995"),
    ("Honolulu", "HI", "Honolulu", "968"), ("Bayamón", "PR", "Bayamón", "009"),
    ("San Juan", "PR", "San Juan", "009"), ("El Paso", "TX", "El Paso", "799"),
]

STATE_NAMES = {"IL": "Illinois", "AZ": "Arizona", "TX": "Texas", "CA": "California",
               "FL": "Florida", "GA": "Georgia", "MI": "Michigan", "OH": "Ohio",
               "NY": "New York", "NJ": "New Jersey", "PA": "Pennsylvania", "MD": "Maryland",
               "VA": "Virginia", "NC": "North Carolina", "TN": "Tennessee",
               "MS": "Mississippi", "AL": "Alabama", "LA": "Louisiana", "OK": "Oklahoma",
               "NM": "New Mexico", "CO": "Colorado", "UT": "Utah", "ID": "Idaho",
               "WA": "Washington", "OR": "Oregon", "NV": "Nevada", "NE": "Nebraska",
               "IA": "Iowa", "WI": "Wisconsin", "MN": "Minnesota", "MO": "Missouri",
               "KS": "Kansas", "KY": "Kentucky", "CT": "Connecticut", "RI": "Rhode Island",
               "MA": "Massachusetts", "ME": "Maine", "AK": "Alaska", "HI": "Hawaii",
               "PR": "Puerto Rico"}

STREET_NAMES = ["Oak", "Maple", "Cedar", "Pine", "Elm", "Walnut", "Washington", "Lincoln",
                "Jefferson", "Martin Luther King Jr", "Cesar Chavez", "Main", "Church",
                "Mill", "Highland", "Lakeview", "Sunset", "Magnolia", "Peachtree", "Bayou",
                "Mesa Verde", "Dogwood", "Willow Creek", "Prospect", "Chestnut", "Grand",
                "Kings Hwy", "Orchard", "Ridge", "Hillcrest", "Calle Luna", "Palmetto",
                "Frontage", "Old Mill", "Juniper", "Bluebonnet", "Cottonwood", "Kamehameha"]
SUFFIX = ["St", "Ave", "Blvd", "Rd", "Dr", "Ln", "Ct", "Way", "Pl", "Ter", "Cir", "Pkwy"]
SUFFIX_LONG = {"St": "Street", "Ave": "Avenue", "Blvd": "Boulevard", "Rd": "Road",
               "Dr": "Drive", "Ln": "Lane", "Ct": "Court", "Way": "Way", "Pl": "Place",
               "Ter": "Terrace", "Cir": "Circle", "Pkwy": "Parkway"}


def street(long=False, unit=None):
    n = str(R.choice([R.randint(1, 99), R.randint(100, 999), R.randint(1000, 9999),
                      R.randint(10000, 29999)]))
    nm = pick(STREET_NAMES)
    sf = pick(SUFFIX)
    if nm in ("Kings Hwy",):
        s = "%s %s" % (n, nm)
    elif nm.startswith("Calle"):
        s = "%s %s" % (nm, n)
    else:
        pre = pick(["", "", "", "N ", "S ", "E ", "W ", "NE "])
        s = "%s %s%s %s" % (n, pre, nm, SUFFIX_LONG[sf] if long else sf)
    if unit is None:
        unit = chance(0.35)
    if unit:
        s += pick([" Apt ", " Apt ", " Unit ", " #", " Lot ", " Apt. "]) + pick(
            [str(R.randint(1, 40)), "%d%s" % (R.randint(1, 12), pick("ABCD")), str(R.randint(100, 999))])
    return s


def po_box():
    return pick(["PO Box ", "P.O. Box ", "PO BOX "]) + str(R.randint(10, 99999))


def city():
    c = pick(CITIES)
    z = c[3] + digits(2)
    return {"city": c[0], "st": c[1], "county": c[2], "zip": z}


def zip4(z):
    return z + "-" + digits(4)


# ---- dates ----

def rdate(y0, y1):
    d0 = date(y0, 1, 1).toordinal()
    d1 = date(y1, 12, 31).toordinal()
    return date.fromordinal(R.randint(d0, d1))


def dob(old=False, medicare=False):
    if old:
        return rdate(1922, 1934)
    if medicare:
        return rdate(1928, 1959)
    return rdate(1931, 2019)


def svc_date():
    d0 = date(2023, 1, 1).toordinal()
    return date.fromordinal(R.randint(d0, date(2024, 10, 31).toordinal()))


DFMT = ["%Y-%m-%d", "%m/%d/%Y", "%Y%m%d", "%d-%b-%Y", "%b %d, %Y", "%m-%d-%Y",
        "%B %d, %Y", "%m/%d/%y", "%d.%m.%Y"]


def fd(d, f=None):
    f = f or pick(DFMT)
    s = d.strftime(f)
    if f in ("%B %d, %Y", "%b %d, %Y") and chance(0.5):
        s = s.replace(" 0", " ")
    return s


def age_from(d, ref=date(2024, 11, 4)):
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


# ---- contact ----

AREA = ["217", "312", "602", "480", "713", "832", "956", "559", "661", "305", "786", "407",
        "404", "478", "313", "810", "216", "937", "718", "347", "914", "973", "215", "610",
        "410", "804", "704", "919", "901", "865", "601", "205", "504", "225", "918", "505",
        "928", "303", "719", "801", "208", "509", "253", "503", "916", "510", "714", "702",
        "775", "402", "515", "414", "612", "314", "316", "502", "860", "401", "508", "207",
        "907", "808", "787", "939", "915"]


def phone_num():
    a = pick(AREA)
    ex = str(R.randint(2, 9)) + digits(2)
    while ex in ("555", "911", "411"):
        ex = str(R.randint(2, 9)) + digits(2)
    return a, ex, digits(4)


def phone(fmt=None):
    a, e, n = phone_num()
    f = fmt if fmt is not None else R.randrange(8)
    return ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "%s%s%s", "1-%s-%s-%s",
            "+1-%s-%s-%s", "(%s)%s-%s"][f] % (a, e, n)


def tollfree():
    return "1-%s-%s-%s" % (pick(["800", "866", "877", "888", "855", "844"]), str(R.randint(2, 9)) + digits(2), digits(4))


MAILS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com", "icloud.com",
         "comcast.net", "att.net", "protonmail.com", "ymail.com", "live.com", "sbcglobal.net"]


def email_for(f, l):
    f0 = x12up(f).lower().replace(" ", "").replace("'", "").replace("-", "")
    l0 = x12up(l).lower().replace(" ", "").replace("'", "").replace("-", "")
    pat = R.randrange(6)
    if pat == 0:
        u = "%s.%s" % (f0, l0)
    elif pat == 1:
        u = "%s%s%d" % (f0[0], l0, R.randint(1, 99))
    elif pat == 2:
        u = "%s_%s%d" % (f0, l0, R.randint(1940, 2005))
    elif pat == 3:
        u = "%s%s" % (l0, f0[:3])
    elif pat == 4:
        u = "%s.%s%d" % (f0, l0[0], R.randint(10, 999))
    else:
        u = "%s%d" % (pick(["mom", "abuela", "grandpa", "nana", "papi", "bigmike", "sunny"]), R.randint(1, 9999))
    return u + "@" + pick(MAILS)


# ---- government & plan identifiers ----

def ssn(fmt=None):
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    g, s = R.randint(1, 99), R.randint(1, 9999)
    f = fmt if fmt is not None else R.randrange(3)
    return ["%03d-%02d-%04d", "%03d%02d%04d", "%03d %02d %04d"][f] % (a, g, s)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dashes=None):
    an = MBI_A + "0123456789"
    s = (str(R.randint(1, 9)) + pick(MBI_A) + pick(an) + str(R.randint(0, 9)) + pick(MBI_A) +
         pick(an) + str(R.randint(0, 9)) + pick(MBI_A) + pick(MBI_A) + str(R.randint(0, 9)) +
         str(R.randint(0, 9)))
    if dashes is None:
        dashes = chance(0.3)
    return "%s-%s-%s" % (s[:4], s[4:7], s[7:]) if dashes else s


def member_id():
    k = R.randrange(8)
    if k == 0:
        return pick(["XEH", "YRP", "ZGA", "JQU", "XOF", "R4W"]) + digits(9)
    if k == 1:
        return "W" + digits(9)
    if k == 2:
        return digits(9) + "-0" + str(R.randint(1, 4))
    if k == 3:
        return "M" + digits(8) + pick(UP)
    if k == 4:
        return digits(11)
    if k == 5:
        return pick(UP) + pick(UP) + digits(8)
    if k == 6:
        return "%s%s%s" % (pick(["H", "K", "U"]), digits(7), pick(["01", "02", "00"]))
    return "1" + digits(8) + pick(UP)  # medicaid style


def medicaid_id():
    return pick([digits(8) + pick(UP), digits(10), digits(12), pick(UP) + pick(UP) + digits(5) + pick(UP)])


def mrn():
    k = R.randrange(6)
    return [digits(8), "E" + digits(7), "MR" + digits(7), digits(7), "%s%s" % (pick(["HX", "AC", "PT"]), digits(8)),
            "%d-%s" % (R.randint(10, 99), digits(6))][k]


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def card(group=None):
    pre = pick(["4", "4", "51", "53", "55", "2221", "37", "6011"])
    ln = 15 if pre == "37" else 16
    body = pre + digits(ln - 1 - len(pre))
    num = body + luhn_digit(body)
    if group is None:
        group = chance(0.5)
    if group:
        if ln == 15:
            return "%s %s %s" % (num[:4], num[4:10], num[10:])
        return " ".join(num[i:i + 4] for i in range(0, 16, 4)) if chance(0.6) else "-".join(num[i:i + 4] for i in range(0, 16, 4))
    return num


def bank_acct():
    return digits(R.randint(8, 12))


def routing():
    # valid ABA checksum, not PHI on its own (identifies the bank)
    while True:
        d = [int(c) for c in pick(["0", "1", "2", "3"]) + digits(7)]
        for c in range(10):
            dd = d + [c]
            if (3 * (dd[0] + dd[3] + dd[6]) + 7 * (dd[1] + dd[4] + dd[7]) + (dd[2] + dd[5] + dd[8])) % 10 == 0:
                return "".join(map(str, dd))


def pt_account():
    return pick(["PA" + digits(8), digits(10), "%s-%s" % (digits(4), digits(6)), "G" + digits(9),
                 "HAR" + digits(7), "A" + digits(8) + pick(UP)])


def npi():
    body = str(R.randint(1, 2)) + digits(8)
    return body + luhn_digit("80840" + body)


def dea(last_name):
    l2 = x12up(last_name)[0]
    d = [R.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return pick("ABFGM") + l2 + "".join(map(str, d)) + str(c)


def dl(st=None):
    st = st or pick(["CA", "FL", "TX", "NY", "IL", "AZ", "GA", "MI", "WA", "PA"])
    f = {
        "CA": lambda: pick(UP) + digits(7),
        "FL": lambda: "%s%s-%s-%s-%s-%s" % (pick(UP), digits(3), digits(3), digits(2), digits(3), digits(1)),
        "TX": lambda: digits(8),
        "NY": lambda: "%s %s %s" % (digits(3), digits(3), digits(3)),
        "IL": lambda: "%s%s-%s-%s" % (pick(UP), digits(3), digits(4), digits(4)),
        "AZ": lambda: pick(UP) + digits(8),
        "GA": lambda: digits(9),
        "MI": lambda: "%s %s %s %s" % (pick(UP), digits(3), digits(3), digits(3) + " " + digits(3)),
        "WA": lambda: "WDL" + alnum(9),
        "PA": lambda: digits(2) + " " + digits(3) + " " + digits(3),
    }[st]
    return st, f()


def med_license(st=None):
    st = st or pick(["CA", "TX", "NY", "FL", "IL", "OH"])
    return st, {"CA": lambda: pick(["A", "G", "C"]) + digits(5),
                "TX": lambda: pick("BCDEFGHJKLMNPQ") + digits(4),
                "NY": lambda: "%06d" % R.randint(150000, 320000),
                "FL": lambda: "ME" + digits(6),
                "IL": lambda: "036." + digits(6),
                "OH": lambda: "35." + digits(6)}[st]()


VIN_T = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
         "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5,
         "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = pick(["1HG", "1FT", "2T1", "3VW", "5YJ", "1G1", "JTD", "KMH", "4T1", "1N4", "WBA", "2HG"])
    v = list(wmi + "".join(pick(al) for _ in range(5)) + "0" + pick("LMNPRS") + pick(al) + digits(6))
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def plate():
    return pick([str(R.randint(1, 9)) + alnum(3, UP) + digits(3), alnum(3, UP) + "-" + digits(4),
                 alnum(3, UP) + " " + digits(3), digits(3) + " " + alnum(3, UP), alnum(2, UP) + digits(5)])


def imei():
    body = pick(["35", "86", "01", "99"]) + digits(12)
    return body + luhn_digit(body)


def mac():
    up = chance(0.5)
    return ":".join(hexs(2, upper=up) for _ in range(6)) if chance(0.7) else "-".join(hexs(2, True) for _ in range(6))


def dev_serial():
    return pick(["PJN" + digits(7), "SN" + alnum(10), "NWK" + digits(6) + "H", "RNH" + digits(6) + "S",
                 digits(2) + pick(UP) + digits(7), "J" + digits(9), "ZN" + digits(8), "TSL" + digits(8) + "R",
                 "E" + digits(4) + "-" + digits(5)])


def udi():
    gtin = "00" + digits(12)
    exp = rdate(2025, 2028).strftime("%y%m%d")
    return "(01)%s(17)%s(10)%s(21)%s" % (gtin, exp, alnum(6), alnum(9))


def pub_ip():
    first_oct = pick([24, 47, 50, 66, 67, 68, 69, 71, 73, 75, 76, 96, 97, 98, 99, 104, 107, 108,
                      136, 142, 162, 166, 172, 173, 174, 184, 189, 190, 201])
    o2 = R.randint(0, 255)
    if first_oct == 172:
        o2 = R.choice([R.randint(0, 15), R.randint(32, 255)])
    return "%d.%d.%d.%d" % (first_oct, o2, R.randint(0, 255), R.randint(1, 254))


def pub_ip6():
    return "%s:%s:%s:%s:%s:%s:%s:%s" % (pick(["2600", "2601", "2603", "2605", "2607", "2806"]), hexs(4),
                                       hexs(4), hexs(4), hexs(4), hexs(4), hexs(4), hexs(4)) if chance(0.5) else \
        "%s:%s:%s::%s" % (pick(["2600:1700", "2601:0647", "2603:8080", "2607:fb90"]), hexs(4), hexs(4), hexs(3).lstrip("0") or "1")


def priv_ip():
    return pick(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                 "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254)),
                 "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254))])


def b64(nbytes):
    return base64.b64encode(bytes(R.randrange(256) for _ in range(nbytes))).decode()


def jpeg_b64(n=60):
    hdr = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    return base64.b64encode(hdr + bytes(R.randrange(256) for _ in range(n))).decode()


def png_b64(n=54):
    hdr = bytes.fromhex("89504e470d0a1a0a0000000d49484452")
    return base64.b64encode(hdr + bytes(R.randrange(256) for _ in range(n))).decode()


def fmr_hex(n=40):
    return "464d520020323000" + "".join("%02x" % R.randrange(256) for _ in range(n))


def passport():
    return pick([pick(UP) + digits(8), digits(9), pick(UP) + pick(UP) + digits(7)])


def curp(f, l, d):
    f, l = x12up(f), x12up(l).replace(" ", "").replace("-", "")
    vow = [c for c in l[1:] if c in "AEIOU"] or ["X"]
    return (l[0] + vow[0] + pick(UP) + f[0] + d.strftime("%y%m%d") + pick("HM") +
            pick(["DF", "JC", "NL", "MC", "PL", "GT", "CH", "BC"]) + alnum(3, "BCDFGHJKLMNPQRSTVWXZ") + pick(["0", "A"]) + digits(1))


def a_number():
    return pick(["A%s-%s-%s" % (digits(3), digits(3), digits(3)), "A" + digits(9), digits(9)])


def uid():
    h = "%032x" % R.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def trace():
    return hexs(32)


def span_id():
    return hexs(16)


def sha256():
    return hashlib.sha256(str(R.random()).encode()).hexdigest()


def sha1():
    return hashlib.sha1(str(R.random()).encode()).hexdigest()


# ---- look-alike (non-PHI) identifiers ----

def icn():
    return "%d%02d%03d%s" % (R.randint(1, 9), R.randint(23, 24), R.randint(1, 366), digits(7))


def claim_no():
    return pick(["CLM" + digits(10), "%s%s" % (R.randint(23, 24), digits(11)), "C" + digits(2) + "-" + digits(8),
                 "%dE%s" % (R.randint(1, 9), digits(9)), icn()])


def ein():
    return "%02d-%s" % (R.randint(10, 99), digits(7))


def ndc():
    return "%s-%s-%s" % (digits(5), digits(4), digits(2))


CPT = ["99213", "99214", "99215", "99285", "97110", "93000", "80053", "85025", "71046", "G0439",
       "J1745", "J0897", "E0601", "E1390", "A4253", "K0823", "L3960", "27447", "45378", "70553",
       "90837", "96413", "J9271", "Q5103", "99497", "T1019", "S5125", "A0130"]
ICD = ["E11.9", "I10", "J44.1", "N18.4", "F32.1", "M17.11", "C50.911", "G35", "K50.90",
       "I50.22", "E66.01", "Z79.4", "G47.33", "M54.50", "F20.9", "Z51.11", "G20.A1", "D69.6",
       "C81.90", "E27.1", "G51.0", "L40.0", "M05.79"]
CARC = ["CO-45", "CO-97", "CO-16", "PR-1", "PR-2", "PR-3", "CO-50", "CO-197", "OA-23", "CO-4",
        "CO-29", "CO-18", "PI-204", "CO-151", "CO-234"]
RARC = ["N130", "M15", "N290", "MA130", "N657", "M127", "N4", "N362", "MA04", "N56"]
DRUGS = ["Ozempic 2mg/3ml pen", "Humira Pen 40mg/0.4ml", "Eliquis 5mg tab", "Jardiance 25mg",
         "Dupixent 300mg/2ml", "Trulicity 1.5mg/0.5ml", "Xarelto 20mg", "Entresto 49-51mg",
         "Skyrizi 150mg/ml", "Biktarvy 50-200-25mg", "Mounjaro 5mg/0.5ml", "atorvastatin 40mg",
         "Enbrel SureClick 50mg", "Stelara 90mg/ml", "Wegovy 1.7mg", "Vraylar 3mg cap",
         "Repatha SureClick 140mg", "Ocrevus 300mg/10ml", "Nurtec ODT 75mg", "Invega Sustenna 234mg"]
NCPDP_REJ = [("75", "Prior Authorization Required"), ("70", "Product/Service Not Covered"),
             ("76", "Plan Limitations Exceeded"), ("79", "Refill Too Soon"),
             ("MR", "Product Not On Formulary"), ("88", "DUR Reject Error"),
             ("41", "Submit Bill To Other Processor/Primary Payer"), ("65", "Patient Is Not Covered"),
             ("52", "Non-Matched Cardholder ID"), ("07", "M/I Cardholder ID"),
             ("09", "M/I Date Of Birth"), ("AG", "Days Supply Limitation For Product/Service"),
             ("569", "Provide Notice: Medicare Prescription Drug Coverage And Your Rights"),
             ("PA", "PA Exhausted/Not Renewable"), ("25", "M/I Prescriber ID")]
BIN = ["004336", "610014", "003858", "610502", "015581", "610097", "012353", "020115"]
PCN = ["ADV", "MEDDPRIME", "9999", "A4", "CTRXMEDD", "ASPROD1", "MCAIDADV", "PDMI"]

PAYERS = ["Keystone Mutual Health", "Bluewater Health Plan", "Sunbelt Medicaid Partners",
          "Cascade Advantage HMO", "Prairie Health Alliance", "Meridian Crest Insurance",
          "Harborview Community Health Plan", "Tri-Rivers Medicare Select"]
PBMS = ["Prairie Rx", "ClearScript PBM", "OptiRx Services", "Northstar Pharmacy Benefits"]
HOSPITALS = [("St. Brendan Medical Center", "400 Hospital Dr", "Dayton", "OH", "45409"),
             ("Mercy Valley Hospital", "1 Mercy Way", "Fresno", "CA", "93720"),
             ("Lakeshore Regional Health", "2200 S Lake Shore Blvd", "Milwaukee", "WI", "53207"),
             ("Good Samaritan Health System", "1010 N Stanton St", "El Paso", "TX", "79902"),
             ("Cedar Ridge Children's Hospital", "75 Cedar Ridge Pkwy", "Knoxville", "TN", "37920")]
VENDORS = [("ClearPrint Mail Services LLC", "4400 Commerce Pkwy", "Columbus", "OH", "43219"),
           ("Apex Clearinghouse Inc", "1200 Riverfront Dr Ste 300", "Nashville", "TN", "37203"),
           ("Meridian Lockbox Services", "PO Box 740814", "Atlanta", "GA", "30374-0814"),
           ("DocuVault Imaging Corp", "88 Industrial Way", "Secaucus", "NJ", "07094"),
           ("Pinnacle Recovery Group", "9100 Gateway Blvd Ste 210", "Irving", "TX", "75063"),
           ("Summit Print & Fulfillment", "3300 W Old Shakopee Rd", "Bloomington", "MN", "55431")]
PRACTICES = ["Riverside Family Medicine", "Lakeshore Cardiology Associates", "Valley Ortho & Spine",
             "Northgate Pediatrics PLLC", "Sunrise Behavioral Health", "Desert Sky Oncology",
             "Bayou Endocrine Clinic", "Midtown Dialysis Center", "Eastside Wound Care",
             "Pacific Sleep Diagnostics", "Hill Country DME Supply", "Golden Age Home Health"]
CRED = ["MD", "DO", "NP", "PA-C", "RN", "PharmD", "LCSW", "DPM", "CRNP"]
STAFF_USERS = ["svc_adjud_batch", "svc-eob-render", "cmm_gateway", "jmartinez2", "kpatel04", "tnguyen",
               "a.okafor", "lwashington", "rgarcia_csr", "bchen_rn", "sysmmis1", "BATCHOPS",
               "pa_reviewer_07", "svc.hie.broker", "edi_ingest", "marx_ftp", "fwa_model_runner"]
STAFF_HUMAN = ["jmartinez2", "kpatel04", "tnguyen", "a.okafor", "lwashington", "rgarcia_csr", "bchen_rn",
               "pa_reviewer_07", "dkowalczyk", "mvu_siu", "sfarouk"]


def clinician(style=None):
    f, l = first(), last()
    st = style if style is not None else R.randrange(4)
    if st == 0:
        return "Dr. %s %s" % (f, l)
    if st == 1:
        return "%s %s, %s" % (f, l, pick(CRED))
    if st == 2:
        return "%s, %s %s" % (x12up(l), x12up(f), pick(["MD", "DO", "NP"]))
    return "%s. %s" % (f[0], l)


def staff_name():
    return "%s %s" % (first(), last())


def host():
    return pick(["adj-engine-%02d.prod.internal" % R.randint(1, 24), "eob-render-%s-%s" % (hexs(9), alnum(5, "bcdfghjklmnpqrstvwxz2456789")),
                 "edi-gw%d.dc2.kmh.local" % R.randint(1, 6), "pbm-switch-%d" % R.randint(1, 9),
                 "ip-10-%d-%d-%d.ec2.internal" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                 "marx-sftp01.cms-conn.internal", "mmis-zos-lpar%d" % R.randint(1, 4),
                 "hie-broker-%d.int.bluewater.net" % R.randint(1, 3), "crm-app%02d" % R.randint(1, 12)])


def version():
    return "%d.%d.%d" % (R.randint(1, 9), R.randint(0, 30), R.randint(0, 120))


def dur_ms():
    return str(R.randint(2, 9000))


def oid():
    return "2.16.840.1.113883.3.%d.%d" % (R.randint(100, 9999), R.randint(1, 40))


def money():
    return "%.2f" % (R.randint(500, 2500000) / 100.0)


def sev():
    return pick(["INFO", "INFO", "INFO", "WARN", "DEBUG", "ERROR"])


# ----------------------------------------------------------------------------
# template registry
# ----------------------------------------------------------------------------

TEMPLATES = {"phi": [], "neg": []}


def phi(fam):
    def deco(fn):
        TEMPLATES["phi"].append((fam, fn))
        return fn
    return deco


def neg(fam):
    def deco(fn):
        TEMPLATES["neg"].append((fam, fn))
        return fn
    return deco


def person(old=None, medicare=False):
    p = {"f": first(), "l": last(), "sex": pick("MF"),
         "dob": dob(old if old is not None else chance(0.12), medicare)}
    p.update(city())
    p["street"] = street()
    return p


def nm(p, style=None, up=False):
    f, l = p["f"], p["l"]
    if up:
        f, l = x12up(f), x12up(l)
    st = R.randrange(5) if style is None else style
    if st == 0:
        return "%s %s" % (f, l)
    if st == 1:
        return "%s, %s" % (l, f)
    if st == 2:
        return "%s %s. %s" % (f, pick(UP), l)
    if st == 3:
        return "%s, %s %s" % (l, f, pick(UP))
    return "%s,%s" % (l, f)


def lvl(t=None):
    return t or sev()


# ============================================================================
# family: adjudication  (claims adjudication engine, log4j style + JSON)
# ============================================================================

@phi("adjudication")
def adj_priced():
    p = person()
    k = pick([("mbr", "pt", "dos"), ("memberId", "patientName", "serviceDate"),
              ("subscriber_no", "patient_nm", "svc_dt"), ("MBR_ID", "PAT_NAME", "FROM_DOS"),
              ("sbscrbr", "ptnt", "dt_of_svc")])
    return [ts_log4j(), " ", pick(["INFO ", "DEBUG"]), " [adj-worker-%d] c.k.adjud.pricing.PricingStep - " % R.randint(1, 32),
            "claim=%s line=%d " % (claim_no(), R.randint(1, 9)),
            k[0], "=", S("health_plan", member_id()), " ", k[1], '="', S("name", nm(p, up=chance(0.5))), '" ',
            k[2], "=", S("date", fd(svc_date(), pick(["%Y-%m-%d", "%m/%d/%Y", "%Y%m%d"]))),
            " cpt=%s units=%d billed=%s allowed=%s carc=%s status=%s" % (
                pick(CPT), R.randint(1, 12), money(), money(), pick(CARC), pick(["PAID", "DENY", "PEND", "ADJ"]))]


@phi("adjudication")
def adj_dup_edit():
    p = person()
    d = svc_date()
    mid = member_id()
    return [ts_log4j(), " WARN  [edit-pool-%d] c.k.adjud.edits.DuplicateEdit - edit=E1042 DUPLICATE_SUSPECT claim=%s prior_icn=%s " % (R.randint(1, 8), claim_no(), icn()),
            pick(["sub_id", "subscriberId", "SBSCR_ID"]), "=", S("health_plan", mid), " ",
            pick(["patient_dob", "ptDob", "BIRTH_DT"]), "=", S("date", fd(p["dob"], pick(["%Y%m%d", "%Y-%m-%d", "%m/%d/%Y"]))), " ",
            "dos_from=", S("date", d.strftime("%Y%m%d")), " billing_npi=%s rendering_npi=%s match_score=0.%d" % (npi(), npi(), R.randint(80, 99))]


@phi("adjudication")
def adj_cob_mva():
    p = person()
    st = pick(["TX", "FL", "GA", "CA", "AZ"])
    acc = svc_date()
    return [ts_log4j(), " INFO  [cob-%d] c.k.adjud.cob.SubrogationDetector - accident indicator AA on claim %s; " % (R.randint(1, 4), claim_no()),
            "insured=", S("name", nm(p, 0)), " accident_dt=", S("date", fd(acc, "%m/%d/%Y")),
            " auto_carrier=\"%s\" " % pick(["Liberty Casualty", "Lone Star Auto Ins", "Peachtree Mutual", "Sunstate Auto"]),
            pick(["veh_vin", "vehicleVIN", "VIN"]), "=", S("vehicle", vin()),
            " plate=", st, ":", S("vehicle", plate()), " loss_state=%s referral=SUBRO-Q%d" % (st, R.randint(1, 4))]


@phi("adjudication")
def adj_age_limit():
    p = person(old=True)
    a = age_from(p["dob"])
    return [ts_log4j(), " INFO  [benefit-%d] c.k.adjud.benefit.AgeLimitRule - rule BL-%d override: " % (R.randint(1, 9), R.randint(100, 999)),
            pick(["member age ", "mbrAge=", "age_at_dos="]), S("age", str(a)), " (",
            pick(["dob ", "born "]), S("date", fd(p["dob"], pick(["%Y-%m-%d", "%m/%d/%Y", "%d-%b-%Y"]))),
            ") exceeds hearing-aid age band 0-64 under plan %s; benefit %s applied, cpt=%s" % (
                pick(["H1234-001", "H5521-012", "R7444-003"]), pick(["HA-ALT", "HA-MA-SUPP"]), pick(["V5261", "V5256", "92557"]))]


@phi("adjudication")
def adj_json():
    p = person()
    obj = {"@timestamp": ts_iso(), "level": pick(["INFO", "WARN"]), "logger_name": "com.keystone.adjud.ClaimFinalizer",
           "thread_name": "finalize-%d" % R.randint(1, 16), "message": pick(["claim finalized", "claim denied", "claim suspended for review"]),
           "claimId": claim_no(), "lineCount": R.randint(1, 12),
           pick(["memberId", "mbrNbr", "member_no"]): S("health_plan", member_id()),
           pick(["patientName", "ptntNm", "memberName"]): S("name", nm(p, pick([0, 1, 2]))),
           pick(["dateOfService", "svcFromDt", "firstDos"]): S("date", svc_date().isoformat()),
           "renderingProvider": clinician(pick([0, 1])), "renderingNpi": npi(), "billingTin": ein(),
           "totalBilled": float(money()), "carc": [pick(CARC) for _ in range(R.randint(1, 2))],
           "trace_id": trace(), "span_id": span_id()}
    if chance(0.4):
        obj[pick(["patientAcctNo", "patient_control_no", "pcn"])] = S("account", pt_account())
    return J(obj, ":", ",")


@phi("adjudication")
def adj_sql_dup():
    mid = member_id()
    d = svc_date()
    return [ts_log4j(), " ERROR [persist-%d] c.k.adjud.repo.ClaimLineRepo - could not persist claim line: java.sql.SQLIntegrityConstraintViolationException: Duplicate entry '" % R.randint(1, 6),
            S("health_plan", mid), "-", S("date", d.isoformat()), "-", pick(CPT),
            "' for key 'uk_member_dos_proc' [sqlstate 23000, errno 1062] txn=%s" % hexs(12)]


@phi("adjudication")
def adj_accum():
    p = person()
    k = pick(["mbr", "member", "MBR#", "beneficiary"])
    return [ts_log4j(), " INFO  [accum-%d] c.k.adjud.accum.AccumulatorService - updated accumulators " % R.randint(1, 4),
            k, " ", S("health_plan", member_id()), " (", S("name", nm(p, 1, up=chance(0.5))), ")",
            " plan_yr=2024 ded_met=%s/%s oop_met=%s/%s family_tier=%s icn=%s" % (
                money(), pick(["1500.00", "3000.00", "500.00"]), money(), pick(["6350.00", "8700.00"]),
                pick(["EE", "EF", "ES"]), icn())]


@neg("adjudication")
def adj_cycle_summary():
    n = R.randint(9000, 40000)
    ad = int(n * R.uniform(0.78, 0.92))
    return "%s INFO  [main] c.k.adjud.batch.CycleRunner - cycle=%s-%02d claims_in=%d auto_adjudicated=%d (%.1f%%) pended=%d denied=%d elapsed=%02d:%02d:%02d host=%s build=%s" % (
        ts_log4j(), _CLOCK[0].strftime("%Y%m%d"), R.randint(1, 6), n, ad, 100.0 * ad / n, R.randint(100, 3000),
        R.randint(50, 900), R.randint(0, 2), R.randint(0, 59), R.randint(0, 59), host(), "%s.%d" % (_CLOCK[0].strftime("%Y%m%d"), R.randint(1, 30)))


@neg("adjudication")
def adj_feeschedule():
    return "%s INFO  [loader] c.k.adjud.pricing.FeeScheduleLoader - loaded fee schedule %s locality=%s effective=%s rows=%d sha256=%s source=s3://kmh-pricing-prod/fee/%s.csv.gz (%s ms)" % (
        ts_log4j(), pick(["RBRVS-2025", "OPPS-2025Q1", "DMEPOS-2025-JAN", "ASP-2024Q4", "MCAID-TX-FFS-2024"]),
        digits(7), pick(["2025-01-01", "2024-10-01", "2024-07-01", "2025-04-01"]), R.randint(1000, 90000), sha256(),
        pick(["rbrvs_2025_v2", "opps_2025q1", "asp_oct2024"]), dur_ms())


@neg("adjudication")
def adj_line_noPHI():
    return "%s DEBUG [adj-worker-%d] c.k.adjud.pricing.PricingStep - claim=%s icn=%s line=%d cpt=%s mod=%s icd=%s units=%d billed=%s allowed=%s carc=%s rarc=%s billing_npi=%s tin=%s pos=%s trace_id=%s" % (
        ts_log4j(), R.randint(1, 32), claim_no(), icn(), R.randint(1, 9), pick(CPT), pick(["25", "59", "GT", "RT", "LT", "KX", "95"]),
        pick(ICD), R.randint(1, 30), money(), money(), pick(CARC), pick(RARC), npi(), ein(), pick(["11", "21", "22", "23", "12", "02"]), trace())


@neg("adjudication")
def adj_cred_pend():
    return [ts_log4j(), " WARN  [cred-%d] c.k.adjud.provider.CredentialCheck - rendering provider " % R.randint(1, 4),
            clinician(pick([0, 1, 2])), " (NPI %s, taxonomy %s) not credentialed for contract %s effective %s; claim %s pended reason=P-CRED queue=PROVIDER_DATA" % (
                npi(), pick(["207Q00000X", "207RC0000X", "363LF0000X", "2084P0800X", "332B00000X"]),
                pick(["KMH-PPO-2024", "MCAID-HMO-TX", "MA-HMO-H1234"]), pick(["2024-01-01", "2024-07-01"]), claim_no())]


@neg("adjudication")
def adj_kafka():
    return "%s INFO  [kafka-coordinator] o.a.k.c.c.i.ConsumerCoordinator - [Consumer clientId=adj-claims-v2-%d, groupId=adj-claims-v2] partition claims.intake.v2-%d lag=%d offset=%d committed in %s ms; member-events-%d assigned to adj-engine-%02d" % (
        ts_log4j(), R.randint(1, 9), R.randint(0, 47), R.randint(0, 20000), R.randint(10 ** 7, 10 ** 9), dur_ms(), R.randint(0, 23), R.randint(1, 24))


@neg("adjudication")
def adj_age_ok():
    return "%s INFO  [benefit-%d] c.k.adjud.benefit.AgeLimitRule - rule BL-%d evaluated: age_at_dos=%d within band %s; plan_year=%d; claim=%s result=PASS latency=%sms" % (
        ts_log4j(), R.randint(1, 9), R.randint(100, 999), R.randint(19, 88), pick(["18-64", "65-89", "0-20"]), pick([2024, 2025]), claim_no(), dur_ms())


# ============================================================================
# family: pa_portal  (prior authorization web portal: access + app logs)
# ============================================================================

UA = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
      'Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0',
      'okhttp/4.12.0', 'EpicInterconnect/10.3 (+ePA)']


def pa_key():
    return alnum(8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


@phi("pa_portal")
def pap_access_qs():
    p = person()
    ip = pub_ip() if chance(0.8) else pub_ip6()
    return [S("ip", ip), ' - - [', ts_clf(), '] "GET /api/v2/requests/%s/patient-search?' % pa_key(),
            pick(["member_id", "memberId", "mbr"]), "=", S("health_plan", member_id()), "&",
            pick(["dob", "patient_dob", "birthDate"]), "=", S("date", fd(p["dob"], "%Y-%m-%d")),
            '&page=1 HTTP/1.1" 200 %d "-" "%s" rt=%.3f' % (R.randint(300, 9000), pick(UA), R.random())]


@phi("pa_portal")
def pap_new_request():
    p = person()
    pres_l = last(ascii_only=True)
    st, lic = med_license()
    return [ts_iso_off(), " INFO  PaRequestController - new ePA request key=%s drug=\"%s\" " % (pa_key(), pick(DRUGS)),
            pick(["patient", "pt", "patientFullName"]), '="', S("name", nm(p, pick([0, 2]))), '" ',
            pick(["dob", "ptDOB", "birth_date"]), "=", S("date", fd(p["dob"], pick(["%m/%d/%Y", "%Y-%m-%d"]))),
            ' prescriber="Dr. %s %s" npi=%s dea=' % (first(), pres_l, npi()), S("license", dea(pres_l)),
            " state_lic=%s:" % st, S("license", lic), " form=%s" % pick(["PA-MED-TX-2024v3", "CMM-GENERIC-v7", "OPTRX-ADALIMUMAB-v2"])]


@phi("pa_portal")
def pap_login():
    p = person()
    em = email_for(p["f"], p["l"])
    return [ts_syslog(), " %s pa-portal[%d]: auth success user=" % (pick(["web01", "web02", "pa-web-3"]), R.randint(1000, 40000)),
            S("email", em), " role=%s src_ip=" % pick(["member", "member-delegate", "caregiver"]), S("ip", pub_ip()),
            " mfa=%s session=%s ua_hash=%s" % (pick(["totp", "sms", "email_otp", "webauthn"]), hexs(24), hexs(8))]


@phi("pa_portal")
def pap_upload_photo():
    p = person()
    k = pa_key()
    path = pick(["/var/portal/uploads/%s/%s/patient_photo_%s.jpg" % (_CLOCK[0].strftime("%Y/%m"), k, hexs(6)),
                 "s3://pa-attachments-prod/%s/member-face-%s.png" % (k, uid()[:8]),
                 "/data/idproof/selfie_%s_%s.jpeg" % (x12up(p["l"]).lower().replace(" ", "").replace("'", ""), digits(6))])
    return [ts_iso_off(), " INFO  AttachmentService - stored attachment request=%s doc_type=%s " % (k, pick(["PATIENT_PHOTO", "ID_SELFIE", "FACE_IMG"])),
            pick(["path", "uri", "storage_key"]), "=", S("photo", path), " bytes=%d sha1=%s scanned=clean" % (R.randint(40000, 3000000), sha1())]


@phi("pa_portal")
def pap_device_pa():
    p = person()
    dev = pick([("Dexcom G7 receiver", dev_serial()), ("Omnipod 5 PDM", dev_serial()), ("ResMed AirSense 11", "2" + digits(10)),
                ("Medtronic Azure XT pacemaker", "RNH" + digits(6) + "S"), ("Tandem t:slim X2", digits(8))])
    return [ts_iso_off(), " INFO  PaRequestController - device replacement PA key=%s hcpcs=%s item=\"%s\" " % (pa_key(), pick(["E0601", "E2103", "K0554", "E1390", "C1785"]), dev[0]),
            pick(["serial", "sn", "device_serial_no", "SerialNumber"]), "=", S("device", dev[1]),
            " member=", S("health_plan", member_id()), " reason=\"%s\"" % pick(["out of warranty", "device malfunction", "lost/stolen", "battery depletion ERI"])]


@neg("pa_portal")
def pap_health():
    return '%s - - [%s] "GET %s HTTP/1.1" %d %d "-" "%s" rt=%.3f upstream=%s:%d' % (
        priv_ip(), ts_clf(), pick(["/healthz", "/readyz", "/static/js/app.%s.js" % hexs(8), "/static/css/main.%s.css" % hexs(8),
                                  "/api/v2/forms/PA-MED-TX-2024v3/schema", "/favicon.ico", "/api/v2/drugs/search?q=humira&limit=20"]),
        pick([200, 200, 304, 404]), R.randint(0, 90000), pick(["kube-probe/1.29", "ELB-HealthChecker/2.0"] + UA[:2]),
        R.random(), priv_ip(), pick([8080, 8443, 9000, 3000]))


@neg("pa_portal")
def pap_status_poll():
    return "%s INFO  PaStatusPoller - key=%s payer=%s status=%s->%s determination_due=%s sla_hours=%d client=%s worker=%s ms=%s" % (
        ts_iso_off(), pa_key(), pick(PAYERS), pick(["SENT_TO_PLAN", "QUESTIONS_RECEIVED"]), pick(["PA_RESPONSE", "APPROVED", "DENIED", "QUESTIONS_RECEIVED"]),
        pick(["2024-11-05T17:00:00Z", "2024-11-06T12:00:00Z", "2024-11-07T23:59:00Z"]), pick([24, 72, 336]),
        pick(["ehr-epic-prod", "ehr-athena-prod", "portal-web"]), host(), dur_ms())


@neg("pa_portal")
def pap_fax_instructions():
    pay = pick(PAYERS)
    return "%s INFO  FormRenderer - rendered cover sheet form=%s payer=\"%s\" fax_to=%s phone=%s hours=\"M-F 8am-8pm ET\" pages=%d template_rev=%s" % (
        ts_iso_off(), pick(["PA-MED-TX-2024v3", "CMM-GENERIC-v7", "OPTRX-GLP1-v4"]), pay, tollfree(), tollfree(), R.randint(2, 6), version())


@neg("pa_portal")
def pap_ratelimit():
    return "%s WARN  RateLimiter - client_id=%s user=%s exceeded 600 req/min on /api/v2/requests (burst=%d) src=%s retry_after=%ds request_id=%s" % (
        ts_iso_off(), uid(), pick(STAFF_USERS), R.randint(600, 2000), priv_ip(), R.randint(1, 60), uid())


@neg("pa_portal")
def pap_csp():
    return '%s pa-web-%d nginx: csp-report blocked-uri="https://cdn.example-analytics.net/t.js" document-uri="https://pa.bluewaterhealth.com/requests/%s/edit" violated-directive="script-src-elem" referrer="" status=204 request_time=0.%03d' % (
        ts_syslog(), R.randint(1, 4), pa_key(), R.randint(1, 999))


# ============================================================================
# family: pa_api  (ePA REST/JSON and NCPDP SCRIPT fragments)
# ============================================================================

@phi("pa_api")
def paapi_request_body():
    p = person()
    pres = (first(), last())
    addr = {"street_1": S("address", p["street"]), "city": S("address", p["city"]), "state": p["st"], "zip": S("zip", p["zip"])}
    kf, kl = pick([("first_name", "last_name"), ("firstName", "lastName"), ("given", "family")])
    pt = {kf: S("name", p["f"]),
          kl: S("name", p["l"]),
          pick(["date_of_birth", "dob", "birthDate"]): S("date", p["dob"].isoformat()),
          "gender": p["sex"], "address": addr}
    if chance(0.6):
        pt[pick(["phone_number", "phone", "homePhone"])] = S("phone", phone(pick([0, 1, 4])))
    if chance(0.4):
        pt["email"] = S("email", email_for(p["f"], p["l"]))
    body = {"request": {"key": pa_key(), "state": p["st"], "form_id": pick(["cmm_generic_v7", "optrx_glp1_v4"]),
                        "patient": pt,
                        "payer": {"bin": pick(BIN), "pcn": pick(PCN), "group_id": "RX" + digits(4),
                                  pick(["member_id", "cardholder_id"]): S("health_plan", member_id())},
                        "prescriber": {"npi": npi(), "first_name": pres[0], "last_name": pres[1]},
                        "drug": {"ndc": ndc().replace("-", ""), "name": pick(DRUGS), "days_supply": pick([28, 30, 84, 90])}}}
    return [ts_iso(), " DEBUG ePA.api request_id=%s POST /v4/requests body=" % uid(), JC(body)]


@phi("pa_api")
def paapi_script_xml():
    p = person()
    d = p["dob"].isoformat()
    return [ts_iso(), " TRACE ncpdp-script ", pick(["PAInitiationRequest", "PARequest", "RxChangeRequest"]),
            " msgid=%s payload=<Patient><HumanPatient><Name>" % hexs(20),
            X("LastName", S("name", x12up(p["l"]) if chance(0.3) else p["l"])), X("FirstName", S("name", p["f"])),
            "</Name><Gender>%s</Gender><DateOfBirth>" % p["sex"], X("Date", S("date", d)),
            "</DateOfBirth><Address>", X("AddressLine1", S("address", p["street"])), X("City", S("address", p["city"])),
            X("StateProvince", p["st"]), X("PostalCode", S("zip", p["zip"])), X("CountryCode", "US"),
            "</Address><CommunicationNumbers><PrimaryTelephone>", X("Number", S("phone", phone(4))),
            "</PrimaryTelephone></CommunicationNumbers></HumanPatient></Patient>"]


@phi("pa_api")
def paapi_determination():
    p = person()
    obj = {"event": "pa.determination", "pa_case_id": "PA%s" % digits(10), "status": pick(["approved", "denied", "partially_approved"]),
           "valid_days": pick([90, 180, 365]), "auth_units": R.randint(1, 12),
           "member": {pick(["id", "memberNumber", "subscriberID"]): S("health_plan", member_id()),
                      pick(["dob", "birth_dt"]): S("date", fd(p["dob"], "%Y-%m-%d")),
                      pick(["name", "fullName"]): S("name", nm(p, 0))},
           "reviewer": pick(STAFF_HUMAN), "criteria": pick(["InterQual 2024.2", "MCG 28th ed", "plan policy RX-117"]),
           "delivery": {"webhook": "https://hooks.ehrvendor.example.com/epa/%s" % uid(), "attempt": R.randint(1, 3), "http_status": pick([200, 202, 503])}}
    return [ts_iso(), " INFO  webhook.dispatch ", JC(obj)]


@phi("pa_api")
def paapi_biometric_signoff():
    p = person()
    m = pick([("voice", ["voiceprint_b64", "vp_template", "bio_tmpl"], "NUANCE-VB-9"),
              ("fingerprint", ["fingerprint_template", "fp_tmpl", "bio_tmpl"], pick(["ISO19794-2", "NEC-FP-5"]))])
    return [ts_iso(), " DEBUG ePA.attest prescriber_signoff=false patient_consent=true consent_method=%s " % m[0],
            pick(["member_ref", "mbrId"]), "=", S("health_plan", member_id()), " ",
            pick(m[1]), "=", S("biometric", b64(R.randint(45, 90))),
            " algo=%s quality=%d" % (m[2], R.randint(40, 99))]


@neg("pa_api")
def paapi_schema_err():
    return [ts_iso(), " WARN  ePA.api request_id=%s POST /v4/requests 422 " % uid(),
            JC({"errors": [{"path": pick(["$.request.patient.date_of_birth", "$.request.payer.member_id", "$.request.patient.address.zip"]),
                            "message": pick(["does not match pattern ^\\d{4}-\\d{2}-\\d{2}$", "is required", "must be 5 or 9 digits"])},
                           {"path": "$.request.drug.ndc", "message": "must be 11 digits"}],
                "client_id": pick(["ehr-epic-prod", "ehr-athena-prod", "ehr-ecw-prod"]), "api_version": "2024-09-01"})]


@neg("pa_api")
def paapi_token():
    return "%s INFO  oauth.token grant_type=client_credentials client_id=%s scope=\"epa.read epa.write\" expires_in=3600 jti=%s kid=%s src=%s duration_ms=%s" % (
        ts_iso(), pick(["ehr-epic-prod", "cmm-relay-02", "pharmacy-rx-hub"]), uid(), hexs(16), priv_ip(), dur_ms())


@neg("pa_api")
def paapi_metrics():
    return [ts_iso(), " INFO  metrics ", JC({"route": pick(["/v4/requests", "/v4/requests/{key}", "/v4/forms/{form_id}", "/v4/drugs"]),
                                           "p50_ms": R.randint(20, 200), "p99_ms": R.randint(300, 4000), "rps": round(R.uniform(5, 400), 1),
                                           "errors_5xx": R.randint(0, 30), "pod": host(), "version": version(), "git_sha": sha1()[:12]})]


@neg("pa_api")
def paapi_questions():
    return [ts_iso(), " INFO  ePA.questions key=%s question_set=%s " % (pa_key(), pick(["QS-GLP1-T2DM-v5", "QS-TNF-RA-v3", "QS-CGRP-v2"])),
            JC({"q": [{"id": "Q%d" % R.randint(1, 20), "text": pick(["Does the patient have a diagnosis of type 2 diabetes?", "Has the patient tried and failed metformin for at least 90 days?",
                                                               "Is the patient 18 years of age or older?", "Prescriber specialty?"]),
                       "type": pick(["boolean", "choice", "free_text"])}], "deadline_hours": 72})]


# ============================================================================
# family: eob_letters  (EOB / letter generation and print vendor)
# ============================================================================

@phi("eob_letters")
def eob_render():
    p = person()
    z = p["zip"] if chance(0.5) else zip4(p["zip"])
    return [ts_log4j(), " INFO  [render-%d] LetterComposer - template=%s lang=%s " % (R.randint(1, 12), pick(["EOB_MAPD_2025_v3", "EOB_COMM_PPO_v9", "IDN_PARTD_DENIAL_v4", "MCAID_NOA_TX_v2"]), pick(["en", "es", "vi", "zh"])),
            pick(["recipient", "addressee", "mail_to_name"]), '="', S("name", nm(p, pick([0, 2]), up=chance(0.4))), '" addr1="', S("address", p["street"]),
            '" city="', S("address", p["city"]), '" st=%s zip=' % p["st"], S("zip", z),
            " mbr=", S("health_plan", member_id()), " pages=%d pdf=%s.pdf" % (R.randint(1, 8), uid())]


@phi("eob_letters")
def eob_print_record():
    p = person()
    fields = ["PRINTREC", pick(["EOB", "ANOC", "IDCARD", "NOA"]), _CLOCK[0].strftime("%Y%m%d"), S("health_plan", member_id()),
              S("name", x12up(p["l"])), S("name", x12up(p["f"])), S("address", x12up(p["street"])), S("address", x12up(p["city"])), p["st"],
              S("zip", p["zip"]), pick(["USPS-FC", "USPS-STD"]), "%06d" % R.randint(1, 999999)]
    out = [ts_log4j(), " DEBUG [vendor-feed] PrintFileWriter - "]
    for i, f in enumerate(fields):
        if i:
            out.append("|")
        out.append(f)
    return out


@phi("eob_letters")
def eob_ncoa():
    p = person()
    new = city()
    return [ts_log4j(), " WARN  [returns] ReturnMailProcessor - RTS piece %s for member " % digits(12), S("health_plan", member_id()),
            " reason=%s; NCOA match new_addr=\"" % pick(["MOVED_LEFT_NO_ADDR", "FWD_EXPIRED", "ATTEMPTED_NOT_KNOWN"]),
            S("address", street()), ", ", S("address", new["city"]), ", %s " % new["st"], S("zip", new["zip"]),
            "\" ncoa_vendor=\"%s\" confidence=%s" % (pick(VENDORS)[0], pick(["A", "B"]))]


@phi("eob_letters")
def eob_denial_text():
    p = person()
    drug = pick(DRUGS)
    d = svc_date()
    if chance(0.5):
        return [ts_log4j(), " DEBUG [render-%d] LetterComposer - body[2]=\"Dear %s " % (R.randint(1, 12), pick(["Mr.", "Ms.", "Mx."])), S("name", p["l"]),
                ", we reviewed the request for %s received on " % drug, S("date", fd(d, "%B %d, %Y")),
                ". The request was denied because criteria were not met. Call 1-800-%s-%s (TTY 711), 8 a.m. to 8 p.m., 7 days a week.\"" % (str(R.randint(2, 9)) + digits(2), digits(4))]
    return [ts_log4j(), " DEBUG [render-%d] LetterComposer - cuerpo[1]=\"Estimado/a " % R.randint(1, 12), S("name", nm(p, 0)),
            ": Recibimos su solicitud de %s el " % drug, S("date", fd(d, "%d/%m/%Y")),
            ". Fecha de nacimiento en archivo: ", S("date", fd(p["dob"], "%d/%m/%Y")), ". Llame al 1-877-%s-%s (TTY 711).\"" % (str(R.randint(2, 9)) + digits(2), digits(4))]


@phi("eob_letters")
def eob_large_print():
    p = person(old=True)
    a = age_from(p["dob"])
    return [ts_log4j(), " INFO  [prefs] AccessibilityRouter - member ", S("health_plan", member_id()), " ",
            pick(["age=", "edad=", "mbr_age:"]), S("age", str(a)),
            " -> large-print (18pt) variant selected; alt_format=%s; caregiver copy to " % pick(["LP", "LP+AUDIO", "BRAILLE"]),
            S("name", "%s %s" % (first(), p["l"])), " at ", S("email", email_for(first(), p["l"]))]


@neg("eob_letters")
def eob_batch_stats():
    v = pick(VENDORS)
    return "%s INFO  [main] EobBatch - run=%s cycle=%d letters=%d pdf_pages=%d suppressed=%d returned_prev=%d vendor=\"%s, %s, %s, %s %s\" sftp=%s:%d elapsed=%ss" % (
        ts_log4j(), _CLOCK[0].strftime("%Y-%m-%d"), R.randint(1, 52), R.randint(2000, 60000), R.randint(8000, 200000), R.randint(0, 800), R.randint(0, 500),
        v[0], v[1], v[2], v[3], v[4], priv_ip(), pick([22, 2222]), R.randint(30, 4000))


@neg("eob_letters")
def eob_template():
    return "%s INFO  [tmpl] TemplateCompiler - compiled %s rev %d (sha256 %s) footer=\"%s | %s | Call 1-%s-%s-%s (TTY 711) 8am-8pm\" cms_id=%s_%s_%s" % (
        ts_log4j(), pick(["MA_DENIAL_IDN_2025", "EOB_MAPD_2025_v3", "ANOC_2025_H1234", "PARTD_EOB_2025"]), R.randint(1, 40), sha256()[:16],
        pick(PAYERS), pick(["PO Box 740814, Atlanta, GA 30374-0814", "1 Keystone Plaza, Harrisburg, PA 17101", "500 Harbor Blvd, Norfolk, VA 23510"]),
        pick(["800", "866", "888"]), str(R.randint(2, 9)) + digits(2), digits(4), pick(["H1234", "H5521", "Y0012"]), digits(4), pick(["M", "C"]))


@neg("eob_letters")
def eob_font():
    return "%s WARN  [render-%d] PdfEngine - font '%s' missing glyph U+%04X in %s; substituted '%s' (job=%s, page %d of %d, %s ms)" % (
        ts_log4j(), R.randint(1, 12), pick(["Arial", "Helvetica Neue", "Times New Roman"]), pick([0x1EC5, 0x00F1, 0x4E2D, 0x0103, 0x1EA1]),
        pick(["EOB_MAPD_2025_v3", "ANOC_2025_vi", "NOA_zh_v2"]), pick(["Noto Sans", "Noto Sans CJK SC", "DejaVu Sans"]), uid(), R.randint(1, 8), R.randint(8, 12), dur_ms())


@neg("eob_letters")
def eob_vendor_ack():
    v = pick(VENDORS)
    return "%s INFO  [vendor-feed] AckReader - ack file %s_ACK_%s.txt from %s (%s, %s, %s %s): accepted=%d rejected=%d mailed_date=%s postage=$%s" % (
        ts_log4j(), pick(["EOB", "IDCARD", "ANOC"]), _CLOCK[0].strftime("%Y%m%d"), v[0], v[1], v[2], v[3], v[4], R.randint(2000, 50000), R.randint(0, 20),
        pick(["2024-11-01", "2024-11-02", "2024-10-31"]), money())


# ============================================================================
# family: x12  (837/835/277CA/999/834 processing)
# ============================================================================

def seg(*els):
    out = []
    for i, e in enumerate(els):
        if i:
            out.append("*")
        out.append(e)
    out.append("~")
    return out


@phi("x12")
def x12_837_sbr():
    p = person()
    z = p["zip"] + (digits(4) if chance(0.6) else "")
    return [ts_iso(), " DEBUG edi-ingest 837P ctl=%09d loop=2010BA segs=" % R.randint(1, 999999999),
            seg("NM1", "IL", "1", S("name", x12up(p["l"])), S("name", x12up(p["f"])), "", "", "", "MI", S("health_plan", member_id())),
            seg("N3", S("address", x12up(p["street"]))), seg("N4", S("address", x12up(p["city"])), p["st"], S("zip", z)),
            seg("DMG", "D8", S("date", p["dob"].strftime("%Y%m%d")), p["sex"])]


@phi("x12")
def x12_837_clm():
    d = svc_date()
    return [ts_iso(), " DEBUG edi-ingest 837%s ctl=%09d loop=2300 segs=" % (pick(["P", "I"]), R.randint(1, 999999999)),
            seg("CLM", S("account", pt_account()), money(), "", "", "%s:B:1" % pick(["11", "21", "22", "13"]), "Y", "A", "Y", "Y"),
            seg("DTP", pick(["472", "434", "435"]), "D8", S("date", d.strftime("%Y%m%d"))),
            seg("REF", "EA", S("mrn", mrn())), seg("HI", "ABK:%s" % pick(ICD).replace(".", ""), "ABF:%s" % pick(ICD).replace(".", ""))]


@phi("x12")
def x12_277ca_reject():
    p = person()
    return [ts_iso(), " WARN  edi-ingest 277CA reject batch=%s claim_pcn=" % digits(9), S("account", pt_account()),
            " STC*A7:%s:%s \"%s\" subscriber=" % (pick(["164", "562", "33", "21"]), pick(["IL", "QC", "85"]),
                                             pick(["Entity's contract/member number", "Entity's date of birth", "Missing or invalid information"])),
            S("name", nm(p, 1, up=True)), " id=", S("health_plan", member_id()), " dob=", S("date", p["dob"].strftime("%Y%m%d")),
            " submitter=%s" % pick(["APEXCH", "AVAILITY", "TRIZETTO", "SSI01"])]


@phi("x12")
def x12_835_match():
    p = person()
    return [ts_iso(), " INFO  remit-poster 835 CLP matched pcn=", S("account", pt_account()), " patient=",
            S("name", nm(p, 1, up=True)), " payer_icn=%s status=%s charge=%s paid=%s pr=%s adj=%s" % (
                icn(), pick(["1", "2", "4", "22"]), money(), money(), money(), pick(CARC)),
            " svc=", S("date", fd(svc_date(), "%Y%m%d")), " trn=EFT%s" % digits(10)]


@phi("x12")
def x12_837_ssn():
    p = person(old=True)
    return [ts_iso(), " DEBUG edi-ingest 837I legacy submitter ctl=%09d segs=" % R.randint(1, 999999999),
            seg("NM1", "IL", "1", S("name", x12up(p["l"])), S("name", x12up(p["f"])), pick(["", "J", "A"]), "", "", "34", S("ssn", ssn(1))),
            seg("REF", "SY", S("ssn", ssn(1))) if chance(0.3) else "",
            seg("PAT", "", "", "", "", "D8", S("date", (date(2024, 1, 1) + timedelta(days=R.randint(0, 300))).strftime("%Y%m%d")))]


@phi("x12")
def x12_834_member():
    p = person()
    f, l = x12up(p["f"]), x12up(p["l"])
    out = [ts_iso(), " DEBUG enroll-834 file=%s_834_%s.edi INS*Y*18*021*28*A***FT~ segs=" % (pick(["KMH", "MCAIDTX", "SHBP"]), _CLOCK[0].strftime("%Y%m%d")),
           seg("REF", "0F", S("health_plan", member_id())),
           seg("NM1", "IL", "1", S("name", l), S("name", f), "", "", "", "34", S("ssn", ssn(1))),
           seg("PER", "IP", "", "HP", S("phone", phone(4)), "FX", S("fax", phone(4)), "EM", S("email", email_for(p["f"], p["l"]))),
           seg("DMG", "D8", S("date", p["dob"].strftime("%Y%m%d")), p["sex"], pick(["M", "I", "U"]))]
    return out


@neg("x12")
def x12_envelope():
    ctl = "%09d" % R.randint(1, 999999999)
    return "%s INFO  edi-ingest received ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%s*0*P*:~GS*HC*%s*%s*%s*%s*%d*X*005010X222A1~ file=%s bytes=%d" % (
        ts_iso(), pick(["APEXCH", "AVAILITY", "TRIZETTO"]), pick(["BLUEWTR", "KMHPAYER", "SUNBELTMCD"]), _CLOCK[0].strftime("%y%m%d"),
        _CLOCK[0].strftime("%H%M"), ctl, pick(["APEXCH", "AVAILITY"]), pick(["BLUEWTR", "KMHPAYER"]), _CLOCK[0].strftime("%Y%m%d"),
        _CLOCK[0].strftime("%H%M"), R.randint(1, 99999), "837P_APEX_%s_%04d.x12" % (_CLOCK[0].strftime("%Y%m%d"), R.randint(1, 40)), R.randint(10000, 9000000))


@neg("x12")
def x12_999():
    n = R.randint(1, 400)
    return "%s INFO  edi-ingest 999 generated for ctl=%09d AK1*HC*%d*005010X222A1~AK9*%s*%d*%d*%d~ segments=%d elapsed=%sms" % (
        ts_iso(), R.randint(1, 999999999), R.randint(1, 99999), pick(["A", "E", "P"]), n, n, n - R.randint(0, 3), R.randint(100, 90000), dur_ms())


@neg("x12")
def x12_provider_loops():
    cl = clinician(2).split(",")[0]
    prac = pick(HOSPITALS)
    return [ts_iso(), " DEBUG edi-ingest 837P ctl=%09d loop=2010AA/2310B segs=" % R.randint(1, 999999999),
            "NM1*85*2*%s*****XX*%s~N3*%s~N4*%s*%s*%s%s~REF*EI*%s~NM1*82*1*%s*%s****XX*%s~PRV*PE*PXC*%s~" % (
                x12up(prac[0]).replace(".", ""), npi(), x12up(prac[1]), x12up(prac[2]), prac[3], prac[4], digits(4), ein().replace("-", ""),
                x12up(last()), x12up(first()), npi(), pick(["207Q00000X", "207RC0000X", "208600000X"]))]


@neg("x12")
def x12_snip():
    return "%s ERROR edi-ingest SNIP level %d error ctl=%09d ST02=%04d loop=%s seg=%s pos=%d elem=%s code=%s msg=\"%s\"" % (
        ts_iso(), pick([2, 3, 4, 5]), R.randint(1, 999999999), R.randint(1, 9999), pick(["2300", "2400", "2010BA", "2310B"]), pick(["CLM", "SV1", "HI", "NM1"]),
        R.randint(10, 5000), pick(["CLM05-1", "SV101-2", "HI01-2", "NM109"]), pick(["I5", "7", "8", "IK403"]),
        pick(["place of service '99' invalid", "procedure code 9921 not in code set", "ICD-10 code R69 not billable as primary", "NPI fails check digit"]))


@neg("x12")
def x12_835_trn():
    return "%s INFO  remit-poster 835 BPR*I*%s*C*ACH*CCP*01*%s*DA*%s*%s**01*%s*DA*%s*%s~TRN*1*EFT%s*1%s~ payer=\"%s\" payee_npi=%s clp_count=%d" % (
        ts_iso(), money(), routing(), "XXXXXX" + digits(4), "1" + digits(9), routing(), "XXXXXX" + digits(4), _CLOCK[0].strftime("%Y%m%d"),
        digits(10), digits(9), pick(PAYERS), npi(), R.randint(1, 900))


@neg("x12")
def x12_svc_lines():
    out = []
    for i in range(R.randint(2, 4)):
        out.append("LX*%d~SV1*HC:%s:%s*%s*UN*%d***1:2~" % (i + 1, pick(CPT), pick(["25", "59", "GT", "RT"]), money(), R.randint(1, 4)))
    return "%s DEBUG edi-ingest 837P ctl=%09d loop=2400 segs=HI*ABK:%s*ABF:%s~%s" % (ts_iso(), R.randint(1, 999999999), pick(ICD).replace(".", ""), pick(ICD).replace(".", ""), "".join(out))


# ============================================================================
# family: crm_notes  (member services CRM notes; free text + structured)
# ============================================================================

AGENTS = ["Keisha Brown", "Luis Ortega", "Tamika Reed", "Brian O'Neil", "Mai Vu", "Sergio Paz", "Dana Kowalczyk", "Omar Farouk"]
REL = ["daughter", "son", "wife", "husband", "granddaughter", "grandson", "niece", "caregiver", "POA", "sister"]


def crm_prefix():
    return "%s crm-app%02d CaseNote case=%s agent=%s " % (ts_iso_off(), R.randint(1, 12), "%08d" % R.randint(1000000, 9999999), pick(STAFF_HUMAN))


@phi("crm_notes")
def crm_caregiver():
    p = person(old=chance(0.6))
    rel = "%s %s" % (first(), p["l"] if chance(0.6) else last())
    a = age_from(p["dob"])
    agepart = [" Member (age ", S("age", str(a)), ")"] if a > 89 else [" Member"]
    return [crm_prefix(), 'note="Caller identified as member\'s %s, ' % pick(REL), S("name", rel), "; verified DOB ",
            S("date", fd(p["dob"], pick(["%m/%d/%Y", "%m/%d/%y", "%b %d, %Y"]))), " and zip ", S("zip", p["zip"]), "."] + agepart + \
           [" needs transport to %s 3x/week; NEMT referral sent. Agent: %s\"" % (pick(["dialysis", "chemo infusion", "wound care", "PT"]), pick(AGENTS))]


@phi("crm_notes")
def crm_address_change():
    p = person()
    return [crm_prefix(), 'note="Mbr called from ', S("phone", phone()), " to update mailing address to ", S("address", p["street"]), ", ",
            S("address", p["city"]), ", %s " % p["st"], S("zip", p["zip"]), pick([". ID card reissued, 7-10 business days.", ". Old address returned mail x2.", "; PCP unchanged."]), '"']


@phi("crm_notes")
def crm_email_update():
    p = person()
    return [crm_prefix(), 'note="Updated email on file to ', S("email", email_for(p["f"], p["l"])),
            " per member request; identity verified via %s. Paperless EOB opt-in=Y. Agent: %s ext %d\"" % (pick(["DOB + address", "KBA questions", "member ID + zip"]), pick(AGENTS), R.randint(4000, 4999))]


@phi("crm_notes")
def crm_spanish():
    p = person()
    return [crm_prefix(), 'idioma=es nota="Llamada de la afiliada ', S("name", nm(p, 0)), ", tel. ", S("phone", phone(pick([0, 1, 2]))),
            ", solicita cambio de PCP a %s. Fecha de nacimiento " % clinician(0), S("date", fd(p["dob"], "%d/%m/%Y")),
            ". Núm. de afiliado ", S("health_plan", medicaid_id()), '. Se envió nueva tarjeta."']


@phi("crm_notes")
def crm_autopay():
    p = person()
    if chance(0.5):
        return [crm_prefix(), 'note="Premium autopay enrolled for ', S("name", nm(p, 0)), ": checking acct ", S("account", bank_acct()),
                " routing %s (%s). Confirmation %s.\"" % (routing(), pick(["Chase", "Wells Fargo", "Banco Popular", "Navy Federal CU"]), alnum(10))]
    return [crm_prefix(), 'note="Member paid past-due premium $%s by card ' % money(), S("account", card()),
            "; payment ref %s. Grace period cleared, no termination. Agent: %s\"" % (alnum(12), pick(AGENTS))]


@phi("crm_notes")
def crm_mileage():
    p = person()
    sp = "%s %s" % (first(), p["l"])
    st = pick(["TX", "NM", "AZ", "OK", "LA"])
    return [crm_prefix(), 'note="Mbr requesting NEMT mileage reimbursement (%d mi) for personal vehicle, plate %s ' % (R.randint(12, 180), st),
            S("vehicle", plate()), ", VIN ", S("vehicle", vin()), "; driver is %s " % pick(["spouse", "son", "neighbor"]), S("name", sp),
            '. Trip log uploaded."']


@phi("crm_notes")
def crm_id_verify():
    p = person()
    doc = pick([("passport", passport()), ("Matrícula Consular", digits(9)), ("Permanent Resident Card (A#)", a_number()),
                ("tribal enrollment card", "%s-%s" % (pick(["NN", "CN", "HP"]), digits(6))), ("state ID", pick(UP) + digits(8))])
    return [crm_prefix(), 'note="No SSN on file. Identity verified for ', S("name", nm(p, 0)), " using %s " % doc[0], S("other_id", doc[1]),
            '; KBA skipped. Member ID card mailed."']


@phi("crm_notes")
def crm_ivr_voice():
    return ["%s ivr-vb%d VoiceBiometrics enroll ani=" % (ts_iso_off(), R.randint(1, 3)), S("phone", phone(pick([4, 6]))),
            " mbr=", S("health_plan", member_id()), " ", pick(["vp_tmpl", "voiceprint", "voice_template_b64", "vbTemplate"]), "=",
            S("biometric", b64(R.randint(60, 120))), " net_speech=%.1fs score=%d result=%s" % (R.uniform(8, 30), R.randint(60, 99), pick(["ENROLLED", "VERIFIED"]))]


@phi("crm_notes")
def crm_salesforce_json():
    p = person(old=True)
    a = age_from(p["dob"])
    obj = {"attributes": {"type": "Case", "url": "/services/data/v59.0/sobjects/Case/500%s" % alnum(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")},
           "CaseNumber": "%08d" % R.randint(1000000, 9999999), "Subject": pick(["Grievance - pharmacy access", "Transportation complaint", "Billing question"]),
           "Member_ID__c": S("health_plan", member_id()), "Member_Name__c": S("name", nm(p, 1)),
           "Description": ["Granddaughter states \"grandma is ", S("age", str(a)), " and cannot stand in line\"; requested home delivery."],
           "OwnerId": "005%s" % alnum(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), "Priority": pick(["High", "Medium"])}
    # Description mixes text and a labeled value; render manually
    parts = []
    for i, (k, v) in enumerate(obj.items()):
        parts.append("," if i else "{")
        parts.append(json.dumps(k) + ":")
        if isinstance(v, list):
            parts.append('"')
            parts.append([x.replace('"', '\\"') if isinstance(x, str) else x for x in v])
            parts.append('"')
        else:
            parts.append(JC(v))
    parts.append("}")
    return [ts_iso_off(), " sfdc-sync upsert ", parts]


@phi("crm_notes")
def crm_url():
    p = person()
    u = pick(["https://www.gofundme.com/f/help-%s-%s-with-medical-bills" % (x12up(p["f"]).lower(), x12up(p["l"]).lower().replace(" ", "-").replace("'", "")),
              "https://www.facebook.com/%s.%s.%d" % (x12up(p["f"]).lower(), x12up(p["l"]).lower().replace(" ", "").replace("'", ""), R.randint(1, 9999)),
              "https://%s%s.blogspot.com/" % (x12up(p["f"]).lower(), x12up(p["l"]).lower().replace(" ", "").replace("'", ""))])
    return [crm_prefix(), 'note="Member ', S("name", nm(p, 0)), " referenced page ", S("url", u),
            ' re: unpaid balance; advised of financial assistance + appeal rights. No action."']


@neg("crm_notes")
def crm_provider_call():
    return '%s note="Provider office (%s) called re: claim %s status; advised pended for itemized bill, resubmit via portal. Spoke with office mgr; ref %s-%s. Agent: %s ext %d"' % (
        crm_prefix(), pick(PRACTICES), claim_no(), digits(4), digits(4), pick(AGENTS), R.randint(4000, 4999))


@neg("crm_notes")
def crm_general():
    return '%s note="Anonymous caller asked about formulary status of %s; advised tier %d, $%d copay at preferred pharmacy, PA required for age < %d. Caller declined to provide member ID; general inquiry only."' % (
        crm_prefix(), pick(DRUGS), R.randint(1, 5), R.randint(0, 120), pick([18, 21, 65]))


@neg("crm_notes")
def crm_ivr_flow():
    return "%s ivr-app%d CallFlow call_id=%s dnis=%s menu_path=%s queue=%s skill=%s wait=%s handle=%s ani=SUPPRESSED outcome=%s" % (
        ts_iso_off(), R.randint(1, 4), uid(), tollfree(), pick(["3>1>0", "1>2>agent", "4>9", "2>2>1>0"]),
        pick(["MA_ENGLISH", "MCAID_SPANISH", "PROVIDER_SVCS", "PHARMACY"]), pick(["BENEFITS", "CLAIMS", "ENROLL", "RX"]),
        "00:%02d:%02d" % (R.randint(0, 30), R.randint(0, 59)), "00:%02d:%02d" % (R.randint(1, 40), R.randint(0, 59)), pick(["RESOLVED", "TRANSFER", "ABANDON"]))


@neg("crm_notes")
def crm_qa():
    return "%s crm-app%02d QA review agent=%s evaluator=%s score=%d/100 category=%s calibrated=%s form=QA-MS-v%d comments=\"greeting ok; HIPAA verification complete; offered survey\"" % (
        ts_iso_off(), R.randint(1, 12), pick(STAFF_HUMAN), pick(AGENTS), R.randint(60, 100), pick(["BENEFITS", "CLAIMS", "GRIEVANCE"]), pick(["Y", "N"]), R.randint(3, 9))


@neg("crm_notes")
def crm_kb():
    return "%s crm-app%02d KnowledgeView agent=%s article=KB%07d title=\"%s\" views=%d session=%s" % (
        ts_iso_off(), R.randint(1, 12), pick(STAFF_HUMAN), R.randint(1000, 99999),
        pick(["Part D late enrollment penalty", "Medicaid redetermination 2024 unwinding", "Parkinson's disease drug tiering", "Crohn's disease biologics step therapy",
              "Hodgkin lymphoma infusion site of care", "Addison's disease steroid supply limits"]), R.randint(1, 5), hexs(16))


# ============================================================================
# family: pbm  (pharmacy claim switch, NCPDP D.0, rejects, DUR)
# ============================================================================

@phi("pbm")
def pbm_b1():
    p = person()
    rej = pick(NCPDP_REJ)
    ks = pick([("C2", "C3", "CA", "CB", "C4"), ("302-C2", "303-C3", "310-CA", "311-CB", "304-C4"),
               ("cardholderId", "personCode", "patFirst", "patLast", "patDob")])
    return [ts_log4j(), " INFO  [switch-%d] B1 txn=%s bin=%s pcn=%s grp=RX%s " % (R.randint(1, 9), hexs(12), pick(BIN), pick(PCN), digits(4)),
            ks[0], "=", S("health_plan", member_id()), " %s=0%d " % (ks[1], R.randint(1, 3)), ks[2], "=", S("name", x12up(p["f"])), " ", ks[3], "=", S("name", x12up(p["l"])),
            " ", ks[4], "=", S("date", p["dob"].strftime("%Y%m%d")),
            " D7=%s E7=%d D5=%d DB=%s pharm_ncpdp=%s resp=R rej=%s \"%s\"" % (ndc().replace("-", ""), pick([30, 60, 90]), pick([30, 90]), npi(), digits(7), rej[0], rej[1])]


@phi("pbm")
def pbm_json_event():
    p = person()
    pres_l = last(ascii_only=True)
    obj = {"ts": ts_epoch_ms(), "event": pick(["claim.rejected", "claim.paid", "claim.reversed"]), "bin": pick(BIN), "pcn": pick(PCN),
           pick(["cardholderId", "cardholder_id", "mbrCardId"]): S("health_plan", member_id()),
           "patient": {pick(["dob", "birthDate"]): S("date", p["dob"].isoformat()), "gender": pick([1, 2]),
                       pick(["zip", "postalCode"]): S("zip", p["zip"])},
           "pharmacyNcpdp": digits(7), "prescriberNpi": npi(),
           pick(["prescriberDea", "deaNumber", "DEA"]): S("license", dea(pres_l)),
           "ndc": ndc().replace("-", ""), "qty": R.randint(1, 180), "daysSupply": pick([7, 30, 90]),
           "rejectCodes": [pick(NCPDP_REJ)[0]], "costs": {"ingredient": float(money()), "dispFee": 1.75, "copay": float(money())}}
    return [ts_iso(), " ", JC(obj)]


@phi("pbm")
def pbm_dur_age():
    p = person(old=True)
    a = age_from(p["dob"])
    return [ts_log4j(), " WARN  [dur-%d] DurEngine - %s conflict code=%s " % (R.randint(1, 4), pick(["DD", "ER", "PA", "HD"]), pick(["Beers-2023", "DD-A", "HD-ACB"])),
            pick(["pt_age", "patientAge", "age"]), "=", S("age", str(a)), " ", pick(["mbr", "cardholder"]), "=", S("health_plan", member_id()),
            " drug=\"%s\" vs \"%s\" outcome=%s pharmacy_override=%s" % (pick(DRUGS), pick(["zolpidem 10mg", "diphenhydramine 50mg", "amitriptyline 25mg", "oxybutynin 5mg"]),
                                                                      pick(["1B", "1G", "4B"]), pick(["Y", "N"]))]


@phi("pbm")
def pbm_pdmp_dl():
    p = person()
    st, lic = dl()
    return [ts_log4j(), " INFO  [cii-pickup] ControlledSubstancePickup - store=%s rx_schedule=C%s id_type=DL id_state=%s id_num=" % (pick(["#10234", "#4471", "#882"]), pick(["II", "III", "IV"]), st),
            S("license", lic), " picked_up_by=", S("name", nm(p, 0)), pick([" (self)", " (%s)" % pick(REL)]),
            " pdmp_query=%s result=%s" % (pick(["PMP InterConnect", "Appriss NarxCare"]), pick(["no_alert", "narx_score=312", "narx_score=541"]))]


@phi("pbm")
def pbm_reject_52():
    p = person()
    return [ts_log4j(), " INFO  [switch-%d] reject 52 Non-Matched Cardholder ID: submitted C2=" % R.randint(1, 9), S("health_plan", member_id()),
            " CA=", S("name", x12up(p["f"])), " CB=", S("name", x12up(p["l"])), " C4=", S("date", p["dob"].strftime("%Y%m%d")),
            " ; eligibility search candidates=%d best=%s(%.2f) bin=%s pcn=%s" % (R.randint(0, 3), pick(["none", "partial_dob", "partial_name"]), R.random(), pick(BIN), pick(PCN))]


@phi("pbm")
def pbm_fingerprint():
    return [ts_log4j(), " DEBUG [cii-pickup] BiometricSignature - store=#%d terminal=POS-%02d member=" % (R.randint(100, 12000), R.randint(1, 12)),
            S("health_plan", member_id()), " ", pick(["fp_minutiae", "fingerprint_iso", "fmr_hex"]), "=", S("biometric", fmr_hex(R.randint(30, 60))),
            " match=%s score=%d" % (pick(["true", "false"]), R.randint(10, 200))]


@neg("pbm")
def pbm_switch_stats():
    return "%s INFO  [stats] pbm-switch-%d window=60s tps=%d p50=%dms p99=%dms paid=%d rejected=%d rejects{75:%d,79:%d,70:%d,MR:%d} reversals=%d bin=%s" % (
        ts_log4j(), R.randint(1, 9), R.randint(100, 1500), R.randint(20, 90), R.randint(100, 900), R.randint(1000, 50000), R.randint(100, 5000),
        R.randint(0, 200), R.randint(0, 200), R.randint(0, 100), R.randint(0, 80), R.randint(0, 300), pick(BIN))


@neg("pbm")
def pbm_formulary():
    return "%s INFO  [formulary] FormularyLoader - loaded formulary %s version %s: ndc_count=%d tiers=%d pa_flags=%d st_flags=%d ql_flags=%d file=%s sha1=%s" % (
        ts_log4j(), pick(["MAPD-2025-STD", "COMM-NATL-2025", "TX-MCAID-PDL-2025Q1"]), version(), R.randint(3000, 60000), pick([5, 6]),
        R.randint(100, 900), R.randint(50, 400), R.randint(100, 2000), "frm_%s.csv" % _CLOCK[0].strftime("%Y%m%d"), sha1())


@neg("pbm")
def pbm_mac():
    n = ndc()
    return "%s INFO  [pricing] MacListUpdater - MAC list ML-%s updated %d NDCs; sample %s %.4f/EA (was %.4f) effective 2024-11-15; NADAC ref week 2024-44" % (
        ts_log4j(), _CLOCK[0].strftime("%Y-%m"), R.randint(1000, 20000), n, R.uniform(0.01, 30), R.uniform(0.01, 30))


@neg("pbm")
def pbm_pharmacy_net():
    c = pick(CITIES)
    return "%s INFO  [network] PharmacyNetworkSync - upsert ncpdp=%s npi=%s name=\"%s #%d\" addr=\"%d %s %s\" city=%s st=%s zip=%s%s phone=%s fax=%s network=%s status=%s" % (
        ts_log4j(), digits(7), npi(), pick(["Walgreens", "CVS Pharmacy", "Rite Aid", "H-E-B Pharmacy", "Kroger Pharmacy", "Farmacia La Familia"]),
        R.randint(100, 19999), R.randint(100, 9999), pick(STREET_NAMES), pick(SUFFIX), c[0], c[1], c[3], digits(2),
        phone(1), phone(1), pick(["PREF-MAPD", "STD-COMM", "MCAID-TX"]), pick(["ACTIVE", "TERMED"]))


@neg("pbm")
def pbm_routing():
    return "%s DEBUG [router] BinPcnRouter - route bin=%s pcn=%s group=%s -> processor=%s endpoint=%s:%d tls=1.2 timeout=%dms version=D.0" % (
        ts_log4j(), pick(BIN), pick(PCN), pick(["RX%s" % digits(4), "MCAIDTX", "*"]), pick(PBMS), priv_ip(), pick([5001, 443, 7000]), pick([3000, 8000, 15000]))


# ============================================================================
# family: fwa  (fraud, waste & abuse detection alerts)
# ============================================================================

@phi("fwa")
def fwa_cef():
    p = person()
    return ["%s siem01 CEF:0|Bluewater|FWA-Sentinel|3.2|R-%d|%s|%d|rt=%s suser=%s " % (
        ts_syslog(), R.randint(100, 400), pick(["Doctor shopping pattern", "Pharmacy shopping", "Account takeover - member portal", "Excess opioid MME"]),
        R.randint(3, 10), ts_epoch_ms(), pick(["svc_fwa_sentinel", "fwa_model_runner", "svc-siem-fwd"])),
        "cs1Label=memberId cs1=", S("health_plan", member_id()), " cs2Label=memberName cs2=", S("name", nm(p, 0)),
        " src=", S("ip", pub_ip()), " cn1Label=score cn1=%d" % R.randint(50, 99)]


@phi("fwa")
def fwa_json_alert():
    p = person()
    obj = {"alert_id": "FWA-%s" % digits(8), "rule": pick(["PHARMACY_SHOPPING", "CARD_SHARING", "PREMIUM_PAID_BY_THIRD_PARTY"]),
           "score": round(R.uniform(0.7, 0.99), 3),
           "member": {pick(["mbr_no", "memberNbr"]): S("health_plan", member_id()), pick(["nm", "name"]): S("name", nm(p, 1)),
                      pick(["birth_dt", "dob"]): S("date", p["dob"].strftime("%m/%d/%Y"))},
           "pharmacies": R.randint(3, 9), "prescribers": [clinician(0), clinician(0)],
           "linked_payment_methods": [S("account", card(False))]}
    return [ts_iso(), " fwa-engine ", JC(obj)]


@phi("fwa")
def fwa_deceased_ssn():
    return [ts_iso(), " fwa-engine WARN identity alert: enrollment app %s used SSN " % ("OEC%s" % digits(9)), S("ssn", ssn(pick([0, 1]))),
            " already linked to deceased member ", S("health_plan", member_id()), " (dod ", S("date", fd(rdate(2022, 2023), pick(["%Y-%m-%d", "%m/%d/%Y"]))),
            "); applicant phone ", S("phone", phone()), " referred to SIU queue=ID-THEFT"]


@phi("fwa")
def fwa_social_url():
    p = person()
    u = pick(["https://www.instagram.com/%s_%s%d/" % (x12up(p["f"]).lower(), x12up(p["l"]).lower().replace(" ", "").replace("'", ""), R.randint(1, 99)),
              "https://www.facebook.com/profile.php?id=1000%s" % digits(11),
              "https://www.tiktok.com/@%s.%s" % (x12up(p["f"]).lower(), x12up(p["l"]).lower().replace(" ", "").replace("'", "")),
              "https://x.com/%s%s" % (x12up(p["f"]).lower()[:5], digits(3))])
    return [ts_iso(), " siu-notes case=SIU-%s investigator=%s note=\"Claimant " % (digits(6), pick(STAFF_HUMAN)), S("name", nm(p, 0)),
            " public profile ", S("url", u), " shows %s during claimed disability period; refer to legal.\"" % pick(["competitive weightlifting", "roofing work", "a 10K race"])]


@phi("fwa")
def fwa_dme_serial():
    sn = dev_serial()
    mids = [member_id() for _ in range(R.randint(2, 3))]
    out = [ts_iso(), " fwa-engine ALERT R-233 DME serial reuse: hcpcs=%s supplier_npi=%s serial=" % (pick(["E0601", "E0470", "K0823", "E0260"]), npi()), S("device", sn), " billed for members "]
    for i, m in enumerate(mids):
        if i:
            out.append(",")
        out.append(S("health_plan", m))
    out.append(" within %d days; total_paid=%s" % (R.randint(30, 180), money()))
    return out


@phi("fwa")
def fwa_staged_accident():
    p = person()
    st = pick(["TX", "FL", "GA", "LA", "NY"])
    return [ts_iso(), " fwa-engine ALERT R-305 staged-accident ring (link analysis): claimant ", S("name", nm(p, 0)), " vin=", S("vehicle", vin()),
            " plate=%s-" % st, S("vehicle", plate()), " shared_attorney=%s same_clinic_npi=%s cluster=%d size=%d" % (
                pick(["LAW-0041", "LAW-0192"]), npi(), R.randint(1, 200), R.randint(3, 14))]


@phi("fwa")
def fwa_mbi_sample():
    out = [ts_iso(), " fwa-engine INFO R-118 provider upcoding sample for npi=%s (%s): sampled beneficiaries MBI=" % (npi(), clinician(1))]
    for i in range(R.randint(2, 4)):
        if i:
            out.append(";")
        out.append(S("health_plan", mbi(dashes=False)))
    out.append(" e/m level 5 rate=%d%% peer=%d%%" % (R.randint(40, 90), R.randint(5, 20)))
    return out


@phi("fwa")
def fwa_photo():
    p = person()
    case = "SIU-%s" % digits(6)
    if chance(0.5):
        return [ts_iso(), " siu-notes case=%s evidence add type=surveillance_photo subject=" % case, S("name", nm(p, 0)), " file=",
                S("photo", "/siu/evidence/%s/claimant_face_%02d.jpg" % (case, R.randint(1, 20))), " sha256=%s" % sha256()]
    return [ts_iso(), " siu-notes case=%s evidence add type=id_match subject_mbr=" % case, S("health_plan", member_id()),
            ' face_jpeg_b64="', S("photo", jpeg_b64(R.randint(40, 80))), '" source=pharmacy_cctv']


@phi("fwa")
def fwa_ato_ip():
    p = person()
    return [ts_iso(), " fwa-engine ALERT R-150 account takeover suspected: portal user ", S("email", email_for(p["f"], p["l"])),
            " login from ", S("ip", pub_ip()), " (%s) 9 min after " % pick(["RU", "NG", "VN", "BR", "RO"]), S("ip", pub_ip()),
            " (US); payout bank changed to acct ", S("account", bank_acct()), " action=lock"]


@neg("fwa")
def fwa_model_run():
    return "%s fwa-engine INFO model run model=%s auc=%.3f features=%d scored_claims=%d flagged=%d threshold=%.2f runtime=%ss run_id=%s" % (
        ts_iso(), pick(["xgb-fwa-v17", "iforest-rx-v4", "gnn-ring-v2"]), R.uniform(0.8, 0.97), R.randint(100, 600), R.randint(100000, 3000000),
        R.randint(50, 2000), R.uniform(0.7, 0.95), R.randint(60, 9000), uid())


@neg("fwa")
def fwa_provider_outlier():
    return "%s fwa-engine ALERT R-118 provider outlier: %s NPI %s TIN %s billed %s at %dth percentile (z=%.1f) peer_group=%s claims=%d paid=$%s" % (
        ts_iso(), clinician(pick([0, 1])), npi(), ein(), pick(["99215", "99285", "97110", "G0483", "81408"]), R.randint(90, 99), R.uniform(2.5, 6),
        pick(["207Q00000X", "207P00000X", "225100000X"]), R.randint(100, 9000), money())


@neg("fwa")
def fwa_rule_deploy():
    return "%s fwa-engine INFO rules deployed ruleset=%s version=%s rules=%d changed=[R-%d,R-%d] approver=%s commit=%s" % (
        ts_iso(), pick(["FWA-CORE", "FWA-RX", "FWA-DME"]), version(), R.randint(100, 400), R.randint(100, 400), R.randint(100, 400), pick(STAFF_HUMAN), sha1()[:10])


@neg("fwa")
def fwa_pharmacy_alert():
    return "%s fwa-engine ALERT R-207 pharmacy dispensing anomaly: ncpdp=%s npi=%s \"%s\" controlled_ratio=%.2f (peer %.2f) brand_rate=%d%% window=2024Q3 claims=%d" % (
        ts_iso(), digits(7), npi(), pick(["Farmacia La Familia #2", "Westside Discount Drugs", "Main Street Apothecary"]), R.uniform(0.3, 0.8), R.uniform(0.05, 0.2),
        R.randint(30, 90), R.randint(1000, 50000))


# ============================================================================
# family: provider_dir  (provider directory / roster updates)
# ============================================================================

@phi("provider_dir")
def pd_license():
    st, lic = med_license()
    l = last(ascii_only=True)
    return [ts_iso(), " pdm-sync INFO upsert practitioner npi=%s name=\"%s %s, %s\" " % (npi(), first(), l, pick(["MD", "DO"])),
            pick(["license", "stateLicenseNo", "lic_num"]), "=%s-" % st, S("license", lic), " ", pick(["dea", "deaNbr", "DEA_REG"]), "=", S("license", dea(l)),
            " taxonomy=%s boards=%s cred_status=APPROVED recred_due=2027-%02d-01" % (pick(["207Q00000X", "207RC0000X", "208D00000X"]), pick(["ABFM", "ABIM", "AOBFP"]), R.randint(1, 12))]


@phi("provider_dir")
def pd_pcp_assign():
    p = person()
    return [ts_iso(), " pdm-sync INFO PCP assignment member=", S("health_plan", member_id()), " (", S("name", nm(p, 1, up=True)),
            ") -> pcp_npi=%s \"%s\" panel=%s reason=%s" % (npi(), clinician(1), pick(["OPEN", "CLOSED-EXISTING"]), pick(["member choice", "auto-assign by zip", "PCP termed"]))]


@neg("provider_dir")
def pd_update():
    c = pick(CITIES)
    return "%s pdm-sync INFO directory update npi=%s name=\"%s\" practice=\"%s\" addr=\"%s Ste %d\" city=%s st=%s zip=%s%s phone=%s fax=%s accepting_new=%s languages=%s" % (
        ts_iso(), npi(), clinician(1), pick(PRACTICES), street(unit=False), R.randint(100, 450), c[0], c[1], c[3], digits(2),
        phone(0), phone(0), pick(["Y", "N"]), pick(["en", "en,es", "en,vi", "en,zh,yue", "en,ar"]))


@neg("provider_dir")
def pd_fhir():
    c = pick(CITIES)
    obj = {"resourceType": "PractitionerRole", "id": uid(), "meta": {"lastUpdated": ts_iso(), "profile": ["http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/plannet-PractitionerRole"]},
           "practitioner": {"reference": "Practitioner/%s" % digits(10), "display": clinician(1)},
           "organization": {"display": pick(PRACTICES)},
           "location": [{"display": "%s, %s, %s %s%s" % (street(unit=False), c[0], c[1], c[3], digits(2))}],
           "telecom": [{"system": "phone", "value": phone(1)}, {"system": "fax", "value": phone(1)}],
           "specialty": [{"coding": [{"system": "http://nucc.org/provider-taxonomy", "code": pick(["207Q00000X", "207RC0000X", "2084P0800X"])}]}]}
    return [ts_iso(), " plannet-api PUT ", JC(obj)]


@neg("provider_dir")
def pd_nppes():
    return "%s pdm-sync INFO NPPES weekly delta NPPES_Data_Dissemination_%s_Weekly.zip: updates=%d new=%d deactivations=%d reactivations=%d duration=%ss sha256=%s" % (
        ts_iso(), pick(["102824_110324", "110424_111024"]), R.randint(5000, 30000), R.randint(500, 4000), R.randint(10, 400), R.randint(0, 50), R.randint(30, 900), sha256())


@neg("provider_dir")
def pd_secret_shopper():
    return "%s pdm-audit INFO secret-shopper call practice=\"%s\" phone=%s result=%s next_appt_days=%d accepts_plan=%s caller=%s script=NA-2024-%d" % (
        ts_iso(), pick(PRACTICES), phone(0), pick(["REACHED", "WRONG_NUMBER", "NOT_AT_LOCATION", "VOICEMAIL"]), R.randint(1, 90),
        pick(["Y", "N", "UNSURE"]), pick(STAFF_HUMAN), R.randint(1, 9))


@neg("provider_dir")
def pd_caqh():
    return "%s pdm-sync INFO CAQH ProView roster: caqh_id=%s npi=%s attested=%s status=%s docs=[DEA cert, malpractice COI, board cert] next_attest_days=%d" % (
        ts_iso(), digits(8), npi(), pick(["2024-10-30", "2024-09-12", "2024-11-01"]), pick(["Complete", "Re-attestation due"]), R.randint(1, 120))


# ============================================================================
# family: eligibility_api  (270/271 as JSON APIs, HETS, member app)
# ============================================================================

@phi("eligibility_api")
def elig_request():
    p = person()
    sub = {pick(["memberId", "member_id", "subscriberId"]): S("health_plan", member_id()),
           pick(["firstName", "first_name"]): S("name", p["f"]), pick(["lastName", "last_name"]): S("name", p["l"]),
           pick(["dateOfBirth", "dob", "birthDate"]): S("date", p["dob"].strftime(pick(["%Y%m%d", "%Y-%m-%d"])))}
    obj = {"controlNumber": "%09d" % R.randint(1, 999999999), "tradingPartnerServiceId": pick(["60054", "87726", "BCBSTX", "SX107", "CMSMED"]),
           "provider": {"organizationName": pick(HOSPITALS)[0], "npi": npi()},
           "subscriber": sub, "encounter": {"serviceTypeCodes": [pick(["30", "1", "98", "88", "MH"])]}}
    return [ts_iso(), " eligibility-api INFO POST /eligibility/v3 x-request-id=%s body=" % uid(), JC(obj)]


@phi("eligibility_api")
def elig_response():
    p = person()
    dep = person()
    dep["l"] = p["l"] if chance(0.7) else dep["l"]
    z = p["zip"]
    obj = {"meta": {"traceId": trace(), "applicationMode": "production"},
           "subscriber": {"memberId": S("health_plan", member_id()), "firstName": S("name", x12up(p["f"])), "lastName": S("name", x12up(p["l"])),
                          "gender": p["sex"], "dateOfBirth": S("date", p["dob"].strftime("%Y%m%d")),
                          "address": {"address1": S("address", x12up(p["street"])), "city": S("address", x12up(p["city"])), "state": p["st"], "postalCode": S("zip", z)}},
           "dependents": [{"firstName": S("name", x12up(dep["f"])), "lastName": S("name", x12up(dep["l"])), "relationToSubscriberCode": pick(["19", "01"]),
                           "dateOfBirth": S("date", dep["dob"].strftime("%Y%m%d"))}],
           "planStatus": [{"statusCode": "1", "status": "Active Coverage", "serviceTypeCodes": ["30"]}]}
    return [ts_iso(), " eligibility-api DEBUG 271 parsed ", JC(obj)]


@phi("eligibility_api")
def elig_access():
    p = person()
    return [ts_iso(), " eligibility-gw access method=GET path=\"/v1/members/eligibility?",
            pick(["member_id", "mbrId", "subscriber_no"]), "=", S("health_plan", member_id()), "&",
            pick(["last_name", "lname"]), "=", S("name", x12up(p["l"]).replace(" ", "%20")), "&dos=", S("date", svc_date().isoformat()),
            "\" status=200 xff=\"", S("ip", pub_ip()), ", %s\" client=member-app-ios/%s latency_ms=%s" % (priv_ip(), version(), dur_ms())]


@phi("eligibility_api")
def elig_aaa_reject():
    p = person()
    return [ts_iso(), " eligibility-api WARN 271 AAA*Y**%s*C~ (%s) echo NM1*IL*1*" % (pick(["72", "73", "75", "58"]), pick(["Invalid/Missing Subscriber/Insured ID", "Invalid/Missing Subscriber/Insured Name", "Subscriber/Insured Not Found", "Invalid/Missing Date-of-Birth"])),
            S("name", x12up(p["l"])), "*", S("name", x12up(p["f"])), "****MI*", S("health_plan", member_id()), "~DMG*D8*", S("date", p["dob"].strftime("%Y%m%d")),
            "~ payer=%s retry=%s" % (pick(["60054", "87726", "BCBSTX"]), pick(["false", "true"]))]


@phi("eligibility_api")
def elig_device_reg():
    obj = {"event": "device.registered", "memberRef": S("health_plan", member_id()),
           pick(["imei", "deviceImei", "IMEI"]): S("device", imei()), pick(["wifiMac", "mac_address", "hwAddr"]): S("device", mac()),
           "os": pick(["iOS 17.6.1", "Android 14", "Android 13"]), "app_version": version(), "ip": S("ip", pub_ip())}
    return [ts_iso(), " member-app-api INFO ", JC(obj)]


@phi("eligibility_api")
def elig_hets():
    p = person(old=chance(0.3), medicare=True)
    return [ts_iso(), " hets-client INFO 270 realtime to CMS HETS: ", pick(["mbi", "MBI", "hicn_mbi"]), "=", S("health_plan", mbi()), " ",
            pick(["last", "bene_last_nm"]), "=", S("name", x12up(p["l"])), " ", pick(["first", "bene_first_nm"]), "=", S("name", x12up(p["f"])),
            " dob=", S("date", p["dob"].strftime("%Y%m%d")), " npi=%s rsp=%s elapsed=%sms" % (npi(), pick(["271 active A/B", "271 AAA 75", "271 Part A only"]), dur_ms())]


@neg("eligibility_api")
def elig_benefits_nophi():
    obj = {"meta": {"traceId": trace(), "senderId": pick(["APEXCH", "AVAILITY"]), "submitterId": digits(9)},
           "benefitsInformation": [{"code": pick(["1", "B", "C", "G"]), "name": pick(["Active Coverage", "Co-Payment", "Deductible", "Out of Pocket (Stop Loss)"]),
                                    "serviceTypeCodes": [pick(["30", "98", "UC", "33"])], "timeQualifier": pick(["Visit", "Calendar Year", "Remaining"]),
                                    "benefitAmount": str(R.randint(0, 9000)), "inPlanNetworkIndicatorCode": pick(["Y", "N", "W"])}],
           "planDateInformation": {"plan": "20250101-20251231"}, "payer": {"name": pick(PAYERS), "payorIdentification": pick(["60054", "87726", "BCBSTX"])}}
    return [ts_iso(), " eligibility-api DEBUG 271 benefits ", JC(obj)]


@neg("eligibility_api")
def elig_circuit():
    return "%s eligibility-api WARN circuit breaker OPEN for payer=%s endpoint=https://edi.%s.example.net:%d/x12/realtime failures=%d/%d window=30s half_open_in=%ds last_error=\"%s\"" % (
        ts_iso(), pick(["60054", "87726", "BCBSTX", "CMSMED"]), pick(["payerone", "hetsgw", "ccn"]), pick([443, 8443, 9443]), R.randint(5, 50), R.randint(50, 100),
        R.randint(10, 120), pick(["read timeout after 15000ms", "AAA*N**42 Unable to Respond at Current Time", "TLS handshake failure"]))


@neg("eligibility_api")
def elig_validation():
    return [ts_iso(), " eligibility-api WARN 400 x-request-id=%s " % uid(),
            JC({"errors": [{"field": pick(["subscriber.dateOfBirth", "subscriber.memberId", "provider.npi"]), "code": pick(["required", "pattern", "checksum"]),
                            "description": pick(["Date of birth is required when member ID is absent", "Member ID must be 2-80 characters", "NPI failed Luhn check"])}],
                "status": 400, "path": "/eligibility/v3", "client": pick(["clinic-portal", "rcm-vendor-17", "member-app-android"])})]


@neg("eligibility_api")
def elig_aaa_stats():
    return "%s eligibility-api INFO hourly summary requests=%d ok=%d aaa{42:%d,72:%d,73:%d,75:%d} p95_ms=%d cache_hit=%.1f%% tls=1.3 nodes=%s,%s" % (
        ts_iso(), R.randint(10000, 90000), R.randint(9000, 80000), R.randint(0, 300), R.randint(0, 300), R.randint(0, 100), R.randint(0, 400),
        R.randint(200, 3000), R.uniform(10, 80), priv_ip(), priv_ip())


@neg("eligibility_api")
def elig_app_release():
    return "%s member-app-api INFO config push min_app_version=%s ios_build=%d android_versionCode=%d feature_flags={id_card_wallet:true,ai_chat:false} rollout=%d%% etag=\"%s\"" % (
        ts_iso(), version(), R.randint(1000, 9999), R.randint(100000, 999999), R.randint(1, 100), hexs(16))


# ============================================================================
# family: marx  (Medicare Advantage enrollment, CMS MARx transactions)
# ============================================================================

TRC = [("011", "Enrollment Accepted as Submitted"), ("015", "Enrollment Rejected - Invalid Election Type"),
       ("013", "Disenrollment Accepted as Submitted"), ("100", "PBP Change Accepted as Submitted"),
       ("121", "Residence Address Change Accepted"), ("223", "Low Income Period Status"),
       ("254", "Late Enrollment Penalty Change"), ("090", "Date of Death Established")]


@phi("marx")
def marx_trr():
    p = person(medicare=True)
    t = pick(TRC[:6])
    return [ts_log4j(), " INFO  [trr-parser] TRR rec=%d " % R.randint(1, 40000),
            pick(["MBI", "BENE_MBI", "mbi"]), "=", S("health_plan", mbi(False)), " SURNAME=", S("name", x12up(p["l"])), " FIRST=", S("name", x12up(p["f"])),
            " DOB=", S("date", p["dob"].strftime("%Y%m%d")), " SEX=%d CONTRACT=%s PBP=%03d TC=%s TRC=%s (%s)" % (
                1 if p["sex"] == "M" else 2, pick(["H1234", "H5521", "R7444"]), R.randint(1, 30), pick(["61", "51", "72"]), t[0], t[1])]


@phi("marx")
def marx_oec_json():
    p = person(medicare=True)
    ec = "%s %s" % (first(), last())
    app = {"confirmationNumber": "OEC%s" % digits(9), "contract": pick(["H1234", "H5521"]), "pbp": "%03d" % R.randint(1, 30),
           "applicant": {"first": S("name", p["f"]), "last": S("name", p["l"]), "birthDate": S("date", fd(p["dob"], "%m/%d/%Y")),
                         "medicareNumber": S("health_plan", mbi(True)),
                         "permanentAddress": {"street": S("address", p["street"]), "city": S("address", p["city"]), "county": S("address", p["county"]),
                                              "state": p["st"], "zip": S("zip", p["zip"])},
                         "homePhone": S("phone", phone(1)), "email": S("email", email_for(p["f"], p["l"])),
                         "medicaidNumber": S("health_plan", medicaid_id())},
           "emergencyContact": {"name": S("name", ec), "phone": S("phone", phone(0)), "relationship": pick(["Daughter", "Son", "Spouse", "Friend"])},
           "language": pick(["ENG", "SPA", "CHI", "VIE"]), "electionType": pick(["AEP", "SEP-MOV", "ICEP", "OEP"]), "submittedBy": "broker:%s" % digits(8)}
    return [ts_log4j(), " DEBUG [oec-intake] application received ", JC(app)]


@phi("marx")
def marx_lis_age():
    p = person(old=True)
    a = age_from(p["dob"])
    return [ts_log4j(), " INFO  [lep-calc] LEP/LIS recompute ", pick(["bene", "beneficiary", "MBI"]), " ", S("health_plan", mbi()), " ",
            pick(["age", "bene_age", "AGE"]), " ", S("age", str(a)), " uncovered_months=%d lis_level=%s premium_subsidy=%d%% lep_amt=$%s" % (
                R.randint(0, 60), pick(["1", "2", "3", "4"]), pick([25, 50, 75, 100]), money())]


@phi("marx")
def marx_death():
    dod = svc_date()
    return [ts_log4j(), " WARN  [trr-parser] TRC 090 Date of Death Established: MBI ", S("health_plan", mbi(False)), " DOD ",
            S("date", dod.strftime(pick(["%Y%m%d", "%m/%d/%Y"]))), " -> disenroll eff %s; stop premium billing; notify %s" % (
                pick(["end of month", "20241130", "20241031"]), pick(["billing", "pharmacy", "care mgmt"]))]


@phi("marx")
def marx_idproof():
    p = person()
    if chance(0.5):
        return [ts_log4j(), " DEBUG [oec-idproof] liveness=pass vendor=%s applicant=" % pick(["VerifyPoint", "IDmatch"]), S("name", nm(p, 0)),
                ' selfie_png="', S("photo", png_b64(R.randint(40, 70))), '" doc_type=%s' % pick(["DL", "PASSPORT", "STATE_ID"])]
    return [ts_log4j(), " DEBUG [oec-idproof] face match applicant_conf=OEC%s " % digits(9), pick(["face_template", "faceEmbedding_b64", "biometricTemplate"]),
            "=", S("biometric", b64(R.randint(48, 96))), " doc_photo=", S("photo", "/oec/idproof/%s/portrait_%s.jpg" % (_CLOCK[0].strftime("%Y%m%d"), uid()[:13])),
            " score=0.%d" % R.randint(80, 99)]


@phi("marx")
def marx_fixed_width():
    p = person(medicare=True)
    l = x12up(p["l"])[:12]
    f = x12up(p["f"])[:7]
    mb = mbi(False)
    return [ts_log4j(), " DEBUG [beq-rsp] rec|", S("health_plan", mb), "|", S("name", l), " " * (12 - len(l)), "|", S("name", f), " " * (7 - len(f)), "|",
            p["sex"], "|", S("date", p["dob"].strftime("%Y%m%d")), "|", pick(["Y", "N"]), "|H%s%03d|" % (digits(4), R.randint(1, 30)), pick(["00", "01", "02"]), "|"]


@neg("marx")
def marx_beq_file():
    n = R.randint(1000, 40000)
    return "%s INFO  [marx-ftp] received P.R%s.BEQRSP.D%s.T%s from %s: records=%d matched=%d not_found=%d ms=%s" % (
        ts_log4j(), digits(4), _CLOCK[0].strftime("%y%m%d"), digits(7), "marx-sftp01.cms-conn.internal", n, n - R.randint(0, 200), R.randint(0, 200), dur_ms())


@neg("marx")
def marx_mmr():
    return "%s INFO  [mmr] MMR payment month %s contract %s members=%d partA=$%s partB=$%s partD=$%s risk_adj_factor_avg=%.3f esrd=%d hospice=%d" % (
        ts_log4j(), pick(["202411", "202412"]), pick(["H1234", "H5521", "R7444"]), R.randint(5000, 90000), money(), money(), money(), R.uniform(0.8, 1.6),
        R.randint(10, 400), R.randint(10, 900))


@neg("marx")
def marx_trc_counts():
    return "%s INFO  [trr-parser] TRR D%s summary: %s" % (ts_log4j(), _CLOCK[0].strftime("%y%m%d"),
                                                     " ".join("TRC%s=%d" % (t[0], R.randint(0, 3000)) for t in TRC))


@neg("marx")
def marx_submit():
    return "%s INFO  [marx-submit] batch %s enrollment transactions=%d TC61=%d TC51=%d TC72=%d file=P.%s.MARXTRAN.D%s sent via %s (%s KB) age_65_turning=%d" % (
        ts_log4j(), uid()[:8], R.randint(100, 5000), R.randint(50, 3000), R.randint(10, 600), R.randint(0, 200), pick(["H1234", "H5521"]),
        _CLOCK[0].strftime("%y%m%d"), "Gentran/MFT", R.randint(10, 9000), R.randint(100, 1200))


# ============================================================================
# family: mmis  (Medicaid MMIS mainframe batch jobs)
# ============================================================================

def jes():
    return "%s JOB%05d " % (ts_mf(), R.randint(1, 99999))


@phi("mmis")
def mmis_display():
    p = person()
    nmv = "%s, %s" % (x12up(p["l"]), x12up(p["f"]))
    a = age_from(p["dob"])
    agev = S("age", "%03d" % a) if a > 89 else "%03d" % a
    return [jes(), "MMIS2040I RECIP-ID=", S("health_plan", digits(12) if chance(0.5) else medicaid_id()), " RECIP-NM=", S("name", nmv),
            " " * max(1, 24 - len(nmv)), "DOB=", S("date", p["dob"].strftime("%Y%m%d")), " AGE=", agev, " SSN=", S("ssn", ssn(1)),
            " CNTY=", S("address", x12up(p["county"])), " AID-CAT=%s ELIG-SEG=%s" % (pick(["TANF", "SSI", "ABD", "CHIP", "MAGI"]), digits(3))]


@phi("mmis")
def mmis_addr_chg():
    p = person()
    old = street()
    return [jes(), "MMIS3110I ADDR-CHG RECIP ", S("health_plan", medicaid_id()), " OLD-ADDR='", S("address", x12up(old)), "' NEW-ADDR='",
            S("address", x12up(p["street"])), "' CITY='", S("address", x12up(p["city"])), "' ST=%s ZIP=" % p["st"], S("zip", p["zip"] + digits(4)),
            " SRC=%s" % pick(["TIERS", "SSA-SDX", "NCOA", "CLIENT-CALL"])]


@phi("mmis")
def mmis_nemt():
    p = person()
    drv = "%s %s" % (first(), p["l"] if chance(0.5) else last())
    return [jes(), "MMIS5521I NEMT-TRIP ", digits(10), " RECIP=", S("health_plan", medicaid_id()), " DRIVER-NM='", S("name", x12up(drv)),
            "' REL=%s PRIV-VEH-PLATE=" % pick(["PARENT", "SPOUSE", "SIBLING", "NEIGHBOR"]), S("vehicle", plate()), " VIN=", S("vehicle", vin()),
            " MILES=%03d RATE=0.%d" % (R.randint(5, 300), R.randint(20, 67))]


@phi("mmis")
def mmis_sql_update():
    rid = medicaid_id()
    if chance(0.5):
        return [jes(), "DSNT400I AUDIT SQL=\"UPDATE MMIS.T_RECIP_CONTACT SET PHONE_NUM='", S("phone", phone(4)), "', EMAIL_ADDR='",
                S("email", email_for(first(), last()).upper()), "' WHERE RECIP_ID='", S("health_plan", rid), "'\" USER=%s ROWS=1" % pick(["MMISCSR1", "BATCHOPS", "SYSMMIS1"])]
    return [jes(), "DSNT400I AUDIT SQL=\"UPDATE MMIS.T_RECIP_CONTACT SET FAX_NUM='", S("fax", phone(4)), "', CONTACT_PREF='F' WHERE RECIP_ID='",
            S("health_plan", rid), "'\" USER=%s ROWS=1" % pick(["MMISCSR1", "BATCHOPS"])]


@phi("mmis")
def mmis_tpl():
    ph = person()
    return [jes(), "MMIS6402I TPL-MATCH RECIP=", S("health_plan", medicaid_id()), " CARRIER=%s POLICY=" % pick(["AETNA", "HUMANA", "UHC", "BCBS"]),
            S("health_plan", alnum(10)), " POLICYHOLDER='", S("name", "%s %s" % (x12up(ph["f"]), x12up(ph["l"]))), "' PH-SSN=", S("ssn", ssn(0)),
            " GRP=%s COV-TYPE=%s SRC=%s" % (digits(6), pick(["MED", "MED+RX", "DENT"]), pick(["HMS", "DATA-MATCH", "CLIENT-RPT"]))]


@phi("mmis")
def mmis_rpm_mac():
    return [jes(), "MMIS7033I RPM-DEVICE RECIP=", S("health_plan", medicaid_id()), " HCPCS=%s DEV-MAC=" % pick(["99454", "99453"]), S("device", mac()),
            " DEV-SN=", S("device", dev_serial()), " READINGS=%02d/%02d" % (R.randint(10, 31), 30)]


@neg("mmis")
def mmis_jes():
    job = pick(["MMISCLM1", "MMISELG2", "MMISPAY3", "MMIS0412", "MMISTPL1"])
    step = "STEP%02d" % R.randint(1, 20)
    return pick(["%s IEF142I %s %s - STEP WAS EXECUTED - COND CODE %04d" % (jes(), job, step, pick([0, 0, 4, 8])),
                 "%s $HASP373 %s STARTED - INIT %d - CLASS %s - SYS ZOS%d" % (jes(), job, R.randint(1, 40), pick("ABCX"), R.randint(1, 4)),
                 "%s IEF373I STEP/%s /START %s.%s" % (jes(), step, _CLOCK[0].strftime("%Y%j"), _CLOCK[0].strftime("%H%M")),
                 "%s IGD104I MMIS.PROD.%s.G%04dV00 RETAINED, DDNAME=%s" % (jes(), pick(["CLAIMS", "ELIG", "PAYOUT"]), R.randint(1, 9999), pick(["CLMOUT", "ELGOUT", "SYSUT2"]))])


@neg("mmis")
def mmis_sqlcode():
    return "%s DSNT408I SQLCODE = %d, %s TABLE MMIS.%s KEY=%s PLAN=MMISPLN%d PROGRAM=MMISB%03d STMT=%04d" % (
        jes(), pick([-803, -911, -904, -180]), pick(["DUPLICATE KEY ON INSERT", "DEADLOCK OR TIMEOUT", "RESOURCE UNAVAILABLE"]), pick(["T_CLAIM_HDR", "T_PAYMENT", "T_PROV_RATE"]),
        "X'%s'" % hexs(16, True), R.randint(1, 9), R.randint(1, 999), R.randint(1, 9999))


@neg("mmis")
def mmis_totals():
    return "%s MMIS9999I CNTL TOTALS: RECS READ %010d WRITTEN %010d REJECTED %010d AMT %015.2f CYCLE %s RUN-DATE %s" % (
        jes(), R.randint(10000, 9000000), R.randint(10000, 9000000), R.randint(0, 9000), R.uniform(1000, 9e8), digits(4), _CLOCK[0].strftime("%Y%m%d"))


@neg("mmis")
def mmis_provider_pay():
    return "%s MMIS4410I PROV-PAY NPI=%s TAX-ID=%s PAYEE=%s WARRANT=%s AMT=%012.2f RA-PAGES=%03d" % (
        jes(), npi(), ein().replace("-", ""), pick(["LAREDO MEDICAL GROUP", "MIDTOWN DIALYSIS CTR", "GOLDEN AGE HOME HLTH", "HILL COUNTRY DME"]),
        digits(9), R.uniform(100, 900000), R.randint(1, 400))


# ============================================================================
# family: hie  (CommonWell / Carequality / eHealth Exchange patient discovery)
# ============================================================================

@phi("hie")
def hie_xcpd_summary():
    p = person()
    addr = [S("address", p["street"]), ", ", S("address", p["city"]), ", %s " % p["st"], S("zip", p["zip"])]
    return [ts_iso(), " hie-broker INFO XCPD PatientDiscovery inbound homeCommunityId=urn:oid:%s query{given=" % oid(), S("name", p["f"]),
            " family=", S("name", p["l"]), " gender=%s birthTime=" % p["sex"], S("date", p["dob"].strftime("%Y%m%d")), ' addr="', addr,
            '"} candidates=%d best_score=%.2f decision=%s correlationTimeToLive=P%dD' % (R.randint(0, 4), R.random(), pick(["MATCH", "NO_MATCH", "AMBIGUOUS"]), R.randint(1, 30))]


@phi("hie")
def hie_v3_xml():
    p = person()
    tel = [pick(["tel:", "tel:+1-"]), S("phone", phone(1))]
    fax = ['<telecom value="fax:', S("fax", phone(pick([1, 6]))), '" use="WP"/>'] if chance(0.6) else []
    return [ts_iso(), " hie-broker TRACE PRPA_IN201305UV02 parameterList=<livingSubjectName><value><given>", S("name", p["f"]), "</given><family>",
            S("name", p["l"]), '</family></value></livingSubjectName><livingSubjectBirthTime><value value="', S("date", p["dob"].strftime("%Y%m%d")),
            '"/></livingSubjectBirthTime><patientTelecom><value value="', tel, '" use="HP"/>', fax,
            '</patientTelecom><livingSubjectId><value root="2.16.840.1.113883.4.1" extension="', S("ssn", ssn(0)), '"/></livingSubjectId>']


@phi("hie")
def hie_commonwell():
    return [ts_iso(), " cw-client INFO GET https://rest.api.commonwellalliance.org/v2/org/%s/patient/" % oid(),
            S("mrn", mrn()), "%5E%5E%5E%26" + oid() + "%26ISO/link status=200 links=" + str(R.randint(0, 6)) + " person_id=", S("other_id", digits(10)),
            " ms=%s" % dur_ms()]


@phi("hie")
def hie_xca():
    return [ts_iso(), " hie-broker INFO XCA FindDocuments $XDSDocumentEntryPatientId='", S("mrn", mrn()), "^^^&%s&ISO' " % oid(),
            "$XDSDocumentEntryStatus=Approved responders=%d docs=%d errors=%d gateway=%s" % (R.randint(1, 30), R.randint(0, 80), R.randint(0, 3), host())]


@phi("hie")
def hie_empi():
    p = person()
    return [ts_iso(), " empi INFO merge survivor ", pick(["EUID", "enterprise_id", "EMPI#"]), "=", S("other_id", digits(11)), " retired=", S("other_id", digits(11)),
            " local_ids=[", S("mrn", mrn()), "@%s," % pick(["MERCY", "STBRENDAN", "LAKESHORE"]), S("mrn", mrn()), "@%s] " % pick(["GOODSAM", "CEDARRIDGE"]),
            "name=", S("name", nm(p, 1)), " score=%.1f steward=%s" % (R.uniform(14, 25), pick(STAFF_HUMAN))]


@neg("hie")
def hie_cert():
    return "%s hie-broker WARN TLS client cert CN=%s serial=%s expires 2025-%02d-%02d (%d days) issuer=\"%s\" thumbprint=%s" % (
        ts_iso(), host(), hexs(32, True), R.randint(1, 12), R.randint(1, 28), R.randint(5, 200), pick(["DigiCert Global G2 TLS RSA SHA256 2020 CA1", "Entrust Certification Authority - L1K"]), sha1())


@neg("hie")
def hie_directory():
    return "%s hie-broker INFO Carequality directory refresh: organizations=%d endpoints=%d added=%d removed=%d etag=%s source=https://directory.carequality.org/fhir/Organization?_count=500 duration=%ss" % (
        ts_iso(), R.randint(40000, 80000), R.randint(10000, 40000), R.randint(0, 300), R.randint(0, 100), hexs(12), R.randint(10, 400))


@neg("hie")
def hie_doc_query_err():
    return "%s hie-broker ERROR XCA RetrieveDocumentSet home=urn:oid:%s repo=%s uniqueId=%s.%s error=%s codeContext=\"%s\" latency_ms=%s" % (
        ts_iso(), oid(), oid(), oid(), digits(9), pick(["XDSRegistryError", "XDSRepositoryError", "XDSUnknownPatientId", "urn:ihe:iti:2007:ResponderBusy"]),
        pick(["Timeout waiting on responder", "Document not found", "Patient not correlated"]), dur_ms())


@neg("hie")
def hie_atna():
    return "%s hie-broker INFO ATNA audit EventID=%s EventTypeCode=%s outcome=%d source=%s dest=%s participant=%s userRole=%s PurposeOfUse=%s" % (
        ts_iso(), pick(["110112^DCM^Query", "110107^DCM^Import", "110106^DCM^Export"]), pick(["ITI-55", "ITI-38", "ITI-39"]), pick([0, 4, 8]),
        priv_ip(), pick(["hie-broker-1.int.bluewater.net", priv_ip()]), pick(STAFF_HUMAN), pick(["Case Manager", "Utilization Review", "Claims Analyst"]),
        pick(["TREATMENT", "PAYMENT", "OPERATIONS", "COVERAGE"]))


# ============================================================================
# family: appeals  (appeals & grievances case notes)
# ============================================================================

def ag_case():
    return "AG-2024-%06d" % R.randint(1, 99999)


@phi("appeals")
def ag_representative():
    p = person()
    rep = "%s %s" % (first(), p["l"] if chance(0.6) else last())
    return [ts_log4j(), " INFO  [ag-notes] case=%s type=%s note=\"Filed by member's %s " % (ag_case(), pick(["EXP_PARTD_REDET", "STD_PARTC_RECON", "MCAID_FAIR_HEARING"]), pick(REL)),
            S("name", rep), " (AOR on file), phone ", S("phone", phone()), ", fax ", S("fax", phone(pick([0, 1, 5]))),
            ", re: denial of %s for " % pick(DRUGS), S("name", nm(p, 0)), " DOB ", S("date", fd(p["dob"], pick(["%m/%d/%Y", "%m-%d-%Y"]))), '."']


@phi("appeals")
def ag_ire():
    return [ts_log4j(), " INFO  [ag-ire] forwarded case %s to IRE (%s) auto-forward=%s " % (ag_case(), pick(["Maximus Federal", "C2C Innovative Solutions"]), pick(["Y", "N"])),
            pick(["bene MBI", "mbi", "BENE_ID"]), " ", S("health_plan", mbi()), " doc_count=%d tracking=%s" % (R.randint(3, 40), digits(22))]


@phi("appeals")
def ag_grievance():
    p = person(old=True)
    a = age_from(p["dob"])
    return [ts_log4j(), " INFO  [ag-notes] case=%s type=GRIEVANCE note=\"Member, " % ag_case(), S("age", str(a)), " years old, living at ",
            S("address", p["street"]), " in ", S("address", p["county"] + " County"), ", reports pharmacy refused to fill on ", S("date", fd(svc_date(), "%m/%d/%Y")),
            '; resolved by supervisor %s."' % pick(AGENTS)]


@phi("appeals")
def ag_aor_dl():
    rep = person()
    st, lic = dl()
    return [ts_log4j(), " INFO  [ag-docs] AOR form CMS-1696 validated case=%s representative=" % ag_case(), S("name", nm(rep, 0)),
            " id_type=DL id_state=%s id=" % st, S("license", lic), " sig_date_present=Y"]


@phi("appeals")
def ag_hearing():
    p = person()
    appt = (date(2024, 11, 4) + timedelta(days=R.randint(10, 80)))
    return [ts_log4j(), " INFO  [ag-hearing] %s hearing scheduled " % pick(["ALJ", "State Fair", "Peer-to-peer"]), S("date", fd(appt, pick(["%Y-%m-%d", "%m/%d/%Y", "%B %d, %Y"]))),
            " %02d:%s for appellant " % (R.randint(8, 16), pick(["00", "30"])), S("name", nm(p, pick([0, 1]))), " member#", S("health_plan", member_id()),
            " notice mailed to ", S("address", p["street"]), ", ", S("address", p["city"]), " ", p["st"], " ", S("zip", p["zip"])]


@phi("appeals")
def ag_case_json():
    p = person()
    obj = {"caseId": ag_case(), "category": pick(["Appeal", "Grievance", "Coverage Determination"]), "priority": pick(["Expedited", "Standard"]),
           "member": {"mbrId": S("health_plan", member_id()), pick(["emailAddr", "email", "correo"]): S("email", email_for(p["f"], p["l"])),
                      pick(["homePhone", "telefono", "phoneNbr"]): S("phone", phone(pick([0, 1])))},
           "issue": pick(["claim denied CO-50", "balance billed by out-of-network anesthesiologist", "step therapy exception denied"]),
           "assignedTo": pick(STAFF_HUMAN), "clinicalReviewer": clinician(1), "dueInHours": pick([72, 720, 1440])}
    return [ts_log4j(), " DEBUG [ag-api] case snapshot ", JC(obj)]


@neg("appeals")
def ag_sla():
    return "%s INFO  [ag-report] SLA %s: cases=%d expedited_on_time=%.1f%% standard_on_time=%.1f%% overturn_rate=%.1f%% ire_auto_forwards=%d cms_star_measure=C%02d" % (
        ts_log4j(), pick(["2024-10", "2024-Q3", "week 44"]), R.randint(200, 5000), R.uniform(90, 100), R.uniform(85, 100), R.uniform(10, 60), R.randint(0, 40), R.randint(20, 35))


@neg("appeals")
def ag_route():
    return "%s INFO  [ag-router] case %s auto-routed queue=%s reviewer=%s clinical_reviewer=\"%s\" due=%s rule=%s" % (
        ts_log4j(), ag_case(), pick(["PART_D_REDET", "PART_C_RECON", "GRIEVANCE_QUALITY", "MCAID_FAIR_HEARING"]), pick(STAFF_HUMAN), clinician(1),
        pick(["72h", "7d", "30d", "60d"]), pick(["R-AG-01", "R-AG-07", "R-AG-12"]))


@neg("appeals")
def ag_template():
    return "%s INFO  [ag-docs] template %s rev %s published by %s; CMS approval %s; placeholders=%d; return addr \"%s, Appeals Dept, %s\"" % (
        ts_log4j(), pick(["CMS-1696 AOR", "IDN-PartC-2025", "Redetermination Notice Part D"]), version(), pick(STAFF_HUMAN),
        pick(["OMB 0938-0950", "OMB 0938-0829", "OMB 0938-0976"]), R.randint(4, 30), pick(PAYERS),
        pick(["PO Box 740814, Atlanta, GA 30374-0814", "1 Keystone Plaza, Harrisburg, PA 17101"]))


@neg("appeals")
def ag_queue():
    return "%s INFO  [ag-router] queue depth %s" % (ts_log4j(), " ".join("%s=%d" % (q, R.randint(0, 400)) for q in ["PART_D_REDET", "PART_C_RECON", "GRIEVANCE", "MCAID_FH", "IRE_PENDING"]))


# ============================================================================
# additional templates (rarer identifiers and extra look-alike negatives)
# ============================================================================

def slug(s):
    return x12up(s).lower().replace(" ", "").replace("'", "").replace("-", "")


@phi("eligibility_api")
def elig_social_login():
    p = person()
    obj = {"event": "member.login", "idp": pick(["facebook", "google", "apple"]), "memberRef": S("health_plan", member_id()),
           "profile": {"displayName": S("name", nm(p, 0)),
                       "avatarUrl": S("photo", pick(["https://lh3.googleusercontent.com/a/ACg8oc%s=s96-c" % alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"),
                                                      "https://graph.facebook.com/%s/picture?type=large" % ("1000" + digits(11)),
                                                      "https://cdn.memberapp.bluewaterhealth.com/avatars/%s.jpg" % uid()])),
                       "profileUrl": S("url", pick(["https://www.facebook.com/%s.%s.%d" % (slug(p["f"]), slug(p["l"]), R.randint(1, 999)),
                                                     "https://www.facebook.com/profile.php?id=1000%s" % digits(11)]))},
           "clientIp": S("ip", pub_ip()), "sessionId": hexs(32)}
    return [ts_iso(), " member-app-api INFO ", JC(obj)]


@phi("appeals")
def ag_public_complaint():
    p = person()
    u = pick(["https://www.reddit.com/user/%s%s/" % (slug(p["f"])[:6], digits(4)),
              "https://x.com/%s_%s" % (slug(p["f"]), slug(p["l"])[:6]),
              "https://www.yelp.com/user_details?userid=%s" % alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"),
              "https://www.youtube.com/@%s%s" % (slug(p["f"]), slug(p["l"]))])
    return [ts_log4j(), " INFO  [ag-notes] case=%s type=GRIEVANCE source=SOCIAL note=\"Comms team flagged public post by " % ag_case(), S("name", nm(p, 0)),
            " (", S("url", u), ") about %s; member verified, grievance opened, outreach by phone.\"" % pick(["denied MRI", "ambulance bill", "pharmacy wait times", "transport no-show"])]


@phi("crm_notes")
def crm_linkedin_cob():
    p = person()
    return [crm_prefix(), 'note="COB questionnaire: member ', S("name", nm(p, 0)), " states spouse employer coverage ended; SIU open-source check ",
            S("url", "https://www.linkedin.com/in/%s-%s-%s" % (slug(p["f"]), slug(p["l"]), hexs(8))),
            ' shows active employment; sent COB questionnaire follow-up."']


@phi("pa_api")
def paapi_clinical_attach():
    p = person()
    return [ts_iso(), " INFO  ePA.attachments key=%s source=%s " % (pa_key(), pick(["Epic CareEverywhere", "athenaClinicals", "eCW"])),
            pick(["chart_mrn", "ehrMrn", "PID-3", "mrn"]), "=", S("mrn", mrn()), " pt=", S("name", nm(p, 1)),
            " docs=%d (progress notes, labs HbA1c 8.4%%, BMI 41) loinc=%s ms=%s" % (R.randint(1, 9), pick(["11506-3", "4548-4", "39156-5"]), dur_ms())]


@phi("hie")
def hie_palm_vein():
    return [ts_iso(), " empi INFO PatientSecure palm-vein identify site=%s kiosk=%s " % (pick(["MERCY-ED", "STBRENDAN-REG2", "LAKESHORE-ADM"]), hexs(6, True)),
            pick(["palm_template", "pvTemplate", "biometric_blob"]), "=", S("biometric", b64(R.randint(60, 110))),
            " -> EUID ", S("other_id", digits(11)), " mrn=", S("mrn", mrn()), " conf=%.2f" % R.uniform(0.9, 1.0)]


@phi("mmis")
def mmis_alien():
    p = person()
    return [jes(), "MMIS2210I SAVE-VERIFY RECIP=", S("health_plan", medicaid_id()), " NAME='", S("name", "%s, %s" % (x12up(p["l"]), x12up(p["f"]))),
            "' ALIEN-NBR=", S("other_id", a_number().replace("-", "")), " I94=", S("other_id", digits(11)), " SAVE-CASE=%s%s STATUS=%s" % (
                digits(13), pick(UP) + pick(UP), pick(["LPR", "REFUGEE", "ASYLEE", "INST-ADDL-VERIF"]))]


@phi("pbm")
def pbm_mrn_ltc():
    p = person(old=True)
    return [ts_log4j(), " INFO  [ltc] LtcDispense - facility=%s room=%d%s resident_mrn=" % (pick(["Golden Age SNF", "Magnolia Gardens LTC", "Sunrise Skilled Nursing"]), R.randint(100, 350), pick("AB")),
            S("mrn", mrn()), " resident=", S("name", nm(p, 1, up=True)), " cycle_fill=14d ndc=%s qty=%d" % (ndc(), R.randint(7, 60))]


@neg("crm_notes")
def crm_age_only():
    return '%s note="Caller (age %d) asked whether %s is covered for %s; explained PA criteria and mail-order option. Did not verify identity, no member-specific info disclosed. Call ref %s."' % (
        crm_prefix(), R.randint(23, 89), pick(DRUGS), pick(["weight loss", "type 2 diabetes", "rheumatoid arthritis", "psoriasis"]), alnum(10))


@neg("eob_letters")
def eob_facility_block():
    h = pick(HOSPITALS)
    return "%s INFO  [render-%d] LetterComposer - facility block resolved provider_id=%s \"%s, %s, %s, %s %s\" main=%s billing=%s npi=%s tin=%s" % (
        ts_log4j(), R.randint(1, 12), digits(8), h[0], h[1], h[2], h[3], h[4], phone(0), tollfree(), npi(), ein())


@neg("appeals")
def ag_notify():
    d = pick(["keystonemutual.com", "bluewaterhealth.com", "sunbeltmcd.org"])
    f, l = first(ascii_only=True), last(ascii_only=True)
    return "%s INFO  [ag-notify] case %s status=%s notified=[appeals-team@%s, %s.%s@%s] by=%s smtp=%s:%d msgid=<%s@%s>" % (
        ts_log4j(), ag_case(), pick(["DECIDED_UPHELD", "DECIDED_OVERTURNED", "PENDING_INFO"]), d, slug(f)[0], slug(l), d, pick(STAFF_HUMAN), priv_ip(), 25,
        hexs(20), d)


@neg("hie")
def hie_oid_map():
    return "%s hie-broker DEBUG assigning authority map %s -> \"%s\" (facility %s, HCID urn:oid:%s) patient_id_format=^\\d{7,8}$ cached=%s" % (
        ts_iso(), oid(), pick(HOSPITALS)[0], pick(["MERCY", "STBRENDAN", "LAKESHORE", "GOODSAM"]), oid(), pick(["true", "false"]))


@neg("marx")
def marx_sep_rules():
    return "%s INFO  [election] SEP rules loaded for CY%d: %s; ICEP window = 3 months before/after month of 65th birthday; ages_bucket=[65-69,70-74,75-79,80-84,85-89]" % (
        ts_log4j(), pick([2024, 2025]), ", ".join(pick(["SEP-MOV", "SEP-LIS", "SEP-DE", "SEP-5STAR", "SEP-INST", "SEP-NLS"]) for _ in range(3)))




@phi("crm_notes")
def crm_fax_copy():
    p = person(old=chance(0.3))
    rel = "%s %s" % (first(), p["l"])
    return [crm_prefix(), 'note="Member requested copy of %s faxed to home fax ' % pick(["EOB", "denial letter", "ID card", "formulary exception approval"]),
            S("fax", phone(pick([0, 1, 5]))), " attn ", S("name", rel), " (%s). Verified with DOB " % pick(REL), S("date", fd(p["dob"], "%m/%d/%Y")),
            '. Fax confirmation %s, %d pages."' % (digits(9), R.randint(1, 6))]


@phi("eligibility_api")
def elig_pr_vital():
    p = person()
    c = pick([("San Juan", "009"), ("Bayamón", "009"), ("Carolina", "009"), ("Ponce", "007"), ("Caguas", "007"), ("Mayagüez", "006")])
    obj = {"consulta": "elegibilidad", "plan": "Vital", "afiliado": {
        "num_afiliado": S("health_plan", digits(10)), "nombre": S("name", p["f"]), "apellidos": S("name", p["l"]),
        "fecha_nac": S("date", fd(p["dob"], "%d/%m/%Y")), "seguro_social": S("ssn", ssn(pick([0, 1]))),
        "direccion": S("address", "%s %s" % (pick(["Calle", "Urb. Villa", "Ave."]), pick(["Luna", "Sol", "Carite", "Las Palmas"])) + " " + str(R.randint(1, 300))),
        "municipio": S("address", c[0]), "codigo_postal": S("zip", c[1] + digits(2)), "telefono": S("phone", "787-%s-%s" % (str(R.randint(2, 9)) + digits(2), digits(4)))},
        "estatus": pick(["ACTIVO", "INACTIVO"]), "region": pick(["Metro-Norte", "Este", "Oeste", "Sur"])}
    return [ts_iso(), " elegibilidad-api INFO respuesta ", JC(obj)]


@neg("eligibility_api")
def elig_pr_stats():
    return "%s elegibilidad-api INFO resumen diario: consultas=%d activos=%d inactivos=%d errores=%d region=%s tiempo_promedio_ms=%d version=%s" % (
        ts_iso(), R.randint(5000, 90000), R.randint(4000, 80000), R.randint(100, 9000), R.randint(0, 90), pick(["Metro-Norte", "Este", "Oeste", "Sur"]),
        R.randint(50, 900), version())


# ============================================================================
# main
# ============================================================================

def deck(lst, n):
    out = []
    while len(out) < n:
        l = lst[:]
        R.shuffle(l)
        out.extend(l)
    return out[:n]


def main():
    n_phi = N_LINES - N_NEG
    sched = [True] * n_phi + [False] * N_NEG
    R.shuffle(sched)
    pd = deck(TEMPLATES["phi"], n_phi)
    nd = deck(TEMPLATES["neg"], N_NEG)
    recs = []
    ip_i = in_i = 0
    for is_phi in sched:
        if is_phi:
            fam, fn = pd[ip_i]
            ip_i += 1
        else:
            fam, fn = nd[in_i]
            in_i += 1
        r = build(fam, fn())
        if is_phi:
            assert r.spans, ("PHI template produced no spans", fn.__name__)
        else:
            assert not r.spans, ("negative template produced spans", fn.__name__, r.line)
        recs.append(r)

    assert len(recs) == N_LINES
    counts = {c: 0 for c in CATS}
    fams = {}
    with open(os.path.join(HERE, "w.log"), "w", encoding="utf-8", newline="\n") as fl, \
            open(os.path.join(HERE, "w.labels.jsonl"), "w", encoding="utf-8", newline="\n") as fj:
        for i, r in enumerate(recs, 1):
            fl.write(r.line + "\n")
            fj.write(json.dumps({"line": i, "family": r.family, "spans": r.spans}, ensure_ascii=False) + "\n")
            for sp in r.spans:
                counts[sp["cat"]] += 1
            f = fams.setdefault(r.family, [0, 0])
            f[0 if r.spans else 1] += 1

    # re-read and verify against the files on disk
    with open(os.path.join(HERE, "w.log"), "rb") as fl, open(os.path.join(HERE, "w.labels.jsonl"), encoding="utf-8") as fj:
        lines = fl.read().split(b"\n")
        assert lines[-1] == b"" and len(lines) == N_LINES + 1
        for i, (lb, lj) in enumerate(zip(lines, fj), 1):
            lab = json.loads(lj)
            assert lab["line"] == i
            prev = 0
            for sp in lab["spans"]:
                assert 0 <= sp["s"] < sp["e"] <= len(lb)
                assert sp["s"] >= prev
                prev = sp["e"]
                v = lb[sp["s"]:sp["e"]].decode("utf-8")
                assert v == v.strip()

    short = [c for c in CATS if counts[c] < 8]
    assert not short, ("categories under 8 spans", short, counts)
    n_with = sum(1 for r in recs if r.spans)
    print("lines: %d" % len(recs))
    print("lines with PHI: %d (%.1f%%), without: %d" % (n_with, 100.0 * n_with / len(recs), len(recs) - n_with))
    print("spans: %d" % sum(counts.values()))
    for c in CATS:
        print("  %-12s %d" % (c, counts[c]))
    print("families (phi/no-phi):")
    for f, (a, b) in fams.items():
        print("  %-16s %d/%d" % (f, a, b))


if __name__ == "__main__":
    main()
