#!/usr/bin/env python3
"""Synthetic labeled PHI test corpus 'ay' for a log-file PHI detector.

Theme: a generic healthcare SaaS company ("Carewell") with a dozen services
(scheduling, intake, billing, notifications, documents, search, reporting,
eligibility, portal, auth, fax gateway, HL7/EDI bridges) logging through many
libraries and formats with unfamiliar key vocabularies.

Standard library only, fixed seed, byte-for-byte reproducible.
Writes ay.log (500 lines) and ay.labels.jsonl next to this file.
All people, numbers and addresses are synthetic.
"""
import base64
import json
import os
import random
import re
import sys
import unicodedata
import urllib.parse
from datetime import date, datetime, timedelta

ID = "ay"
SEED = 7_241_118
N_LINES = 500
PHI_SHARE_TARGET = 0.55
R = random.Random(SEED)
OUT_DIR = os.path.dirname(os.path.abspath(__file__))

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}


# --------------------------------------------------------------------------
# line builder with byte-offset bookkeeping
# --------------------------------------------------------------------------
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def v(self, s, cat):
        """Append value text s exactly as it appears in the line; label it if cat."""
        s = str(s)
        if cat is None:
            return self.t(s)
        assert cat in CATS, cat
        assert s and s == s.strip(), repr(s)
        st = len(self.buf)
        self.buf += s.encode("utf-8")
        self.spans.append({"s": st, "e": len(self.buf), "cat": cat, "want": s})
        return self

    def phi(self):
        return bool(self.spans)


class P:
    """A tagged leaf value for the structured emitters."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


def jstr(s, ascii_=False):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def emit_json(L, o, ascii_=False, sp=False):
    c, k = (", ", ": ") if sp else (",", ":")
    if isinstance(o, dict):
        L.t("{")
        for i, (kk, vv) in enumerate(o.items()):
            if i:
                L.t(c)
            L.t('"' + jstr(kk, ascii_) + '"' + k)
            emit_json(L, vv, ascii_, sp)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, vv in enumerate(o):
            if i:
                L.t(c)
            emit_json(L, vv, ascii_, sp)
        L.t("]")
    elif isinstance(o, P):
        if isinstance(o.v, str):
            L.t('"').v(jstr(o.v, ascii_), o.cat).t('"')
        else:
            L.v(json.dumps(o.v), o.cat)
    elif isinstance(o, str):
        L.t('"' + jstr(o, ascii_) + '"')
    else:
        L.t(json.dumps(o))


def pyrepr_scalar(L, v, cat=None):
    if isinstance(v, str):
        r = repr(v)
        L.t(r[0]).v(r[1:-1], cat).t(r[-1])
    else:
        L.v(repr(v), cat)


def emit_py(L, o):
    if isinstance(o, dict):
        L.t("{")
        for i, (kk, vv) in enumerate(o.items()):
            if i:
                L.t(", ")
            L.t(repr(kk) + ": ")
            emit_py(L, vv)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, vv in enumerate(o):
            if i:
                L.t(", ")
            emit_py(L, vv)
        L.t("]")
    elif isinstance(o, P):
        pyrepr_scalar(L, o.v, o.cat)
    else:
        pyrepr_scalar(L, o)


def emit_ruby(L, o):
    if isinstance(o, dict):
        L.t("{")
        for i, (kk, vv) in enumerate(o.items()):
            if i:
                L.t(", ")
            L.t('"' + jstr(kk) + '"=>')
            emit_ruby(L, vv)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, vv in enumerate(o):
            if i:
                L.t(", ")
            emit_ruby(L, vv)
        L.t("]")
    elif isinstance(o, P):
        L.t('"').v(jstr(o.v), o.cat).t('"')
    elif o is None:
        L.t("nil")
    elif isinstance(o, bool):
        L.t("true" if o else "false")
    elif isinstance(o, str):
        L.t('"' + jstr(o) + '"')
    else:
        L.t(str(o))


_YAML_NEEDS_Q = re.compile(r"^(?:[-+]?[0-9_]+(?:\.[0-9_]*)?|\d{4}-\d\d?-\d\d?.*|yes|no|true|false|null|on|off|y|n|~)$", re.I)


def yq(s, flow=False):
    """Return (prefix, body, suffix) for a YAML scalar as PyYAML-ish would write it."""
    bad = (not s or _YAML_NEEDS_Q.match(s) or s[0] in "-?:,[]{}#&*!|>'\"%@`" or ": " in s
           or " #" in s or s != s.strip() or (flow and any(ch in s for ch in ",[]{}")))
    if bad:
        return "'", s.replace("'", "''"), "'"
    return "", s, ""


def emit_yaml_flow(L, o):
    if isinstance(o, dict):
        L.t("{")
        for i, (kk, vv) in enumerate(o.items()):
            if i:
                L.t(", ")
            L.t(kk + ": ")
            emit_yaml_flow(L, vv)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, vv in enumerate(o):
            if i:
                L.t(", ")
            emit_yaml_flow(L, vv)
        L.t("]")
    elif isinstance(o, P):
        a, b, c = yq(str(o.v), True) if isinstance(o.v, str) else ("", str(o.v), "")
        L.t(a).v(b, o.cat).t(c)
    elif isinstance(o, str):
        a, b, c = yq(o, True)
        L.t(a + b + c)
    elif isinstance(o, bool):
        L.t("true" if o else "false")
    elif o is None:
        L.t("null")
    else:
        L.t(str(o))


def lf_val(v):
    s = str(v)
    if s == "" or any(ch in s for ch in ' ="\\'):
        return '"', s.replace("\\", "\\\\").replace('"', '\\"'), '"'
    return "", s, ""


def emit_logfmt(L, pairs):
    for i, (k, v) in enumerate(pairs):
        if i:
            L.t(" ")
        L.t(k + "=")
        if isinstance(v, P):
            a, b, c = lf_val(v.v)
            L.t(a).v(b, v.cat).t(c)
        else:
            a, b, c = lf_val(v)
            L.t(a + b + c)


def pick(groups, lo, hi, core=()):
    """Choose lo..hi of the groups (keeping order) and prepend the core group(s)."""
    n = R.randint(min(lo, len(groups)), min(hi, len(groups)))
    idx = sorted(R.sample(range(len(groups)), n))
    out = list(core)
    for i in idx:
        out.extend(groups[i])
    return out


def has_p(o):
    if isinstance(o, P):
        return True
    if isinstance(o, dict):
        return any(has_p(v) for v in o.values())
    if isinstance(o, (list, tuple)):
        return any(has_p(v) for v in o)
    return False


def pick_phi(groups, lo, hi, core=()):
    """Like pick, but guarantee at least one labeled value in the result."""
    while True:
        out = pick(groups, lo, hi, core)
        if any(has_p(v) for _, v in out):
            return out


# --------------------------------------------------------------------------
# synthetic vocabularies
# --------------------------------------------------------------------------
FIRST = [("Hope", "F"), ("Grace", "F"), ("Faith", "F"), ("Joy", "F"), ("June", "F"), ("April", "F"),
         ("Rose", "F"), ("Summer", "F"), ("Dawn", "F"), ("Ivy", "F"), ("Will", "M"), ("Mark", "M"),
         ("Bill", "M"), ("Frank", "M"), ("Art", "M"), ("Guy", "M"), ("Chase", "M"), ("Hunter", "M"),
         ("Ernest", "M"), ("Sky", "X"), ("River", "X"), ("Thi Lan", "F"), ("Minh", "M"),
         ("Oluwaseun", "M"), ("Chiamaka", "F"), ("Aleksander", "M"), ("Zofia", "F"), ("Rania", "F"),
         ("Youssef", "M"), ("Haruto", "M"), ("Yui", "F"), ("Ji-woo", "F"), ("Seo-yeon", "F"),
         ("Priya", "F"), ("Arjun", "M"), ("José", "M"), ("María José", "F"), ("Zoë", "F"),
         ("Björn", "M"), ("Søren", "M"), ("Siobhán", "F"), ("Declan", "M"), ("Mei", "F"), ("Wei", "M"),
         ("Anastasia", "F"), ("Dmitri", "M"), ("Amélie", "F"), ("Giuseppe", "M"), ("Thiago", "M"),
         ("Luana", "F"), ("Abebe", "M"), ("Tigist", "F"), ("Kai", "M"), ("Leilani", "F"),
         ("Nizhoni", "F"), ("Darnell", "M"), ("Keisha", "F"), ("Imani", "F"), ("Fatima", "F"),
         ("Mohammed", "M"), ("Aiyana", "F"), ("Rahul", "M"), ("Nguyet", "F"), ("Bao", "M"),
         ("Ngozi", "F"), ("Kwame", "M"), ("Esperanza", "F"), ("Joaquín", "M"), ("Inès", "F"),
         ("Lars", "M"), ("Precious", "F"), ("Sunny", "M"), ("Destiny", "F"), ("Lucky", "M")]
LAST = ["Baker", "Price", "Young", "Long", "King", "Bell", "Black", "White", "Brown", "Green",
        "Cook", "Rich", "Love", "Street", "Day", "Hill", "Banks", "Mann", "Story", "Nguyen", "Tran",
        "Okafor", "Adeyemi", "Kowalski", "Wójcik", "Haddad", "Mansour", "Yamamoto", "Tanaka", "Kim",
        "Park", "Patel", "Iyer", "Hernández", "Núñez", "Müller", "O'Brien", "Nakamura", "Chen",
        "Ivanova", "Petrov", "Dubois", "Rossi", "Silva", "Santos", "Tesfaye", "Begay", "Yazzie",
        "Kahananui", "Al-Sayed", "Ben-David", "Lindqvist", "Öztürk", "Fitzgerald", "Van der Berg",
        "De La Cruz", "McAllister", "St. John", "Washington", "Mbeki", "Asante", "Oyelaran",
        "Gutiérrez", "Lee", "Le", "Do", "Ng", "Friday", "Christmas", "Winter"]
CLINICIANS = [("Alan", "Whitfield", "MD"), ("Priya", "Raman", "MD"), ("Kevin", "O'Neal", "RN"),
              ("Dana", "Osei", "NP"), ("Marcus", "Feld", "DO"), ("Linh", "Pham", "PA-C"),
              ("Rebecca", "Stone", "MD"), ("Omar", "Farouk", "MD"), ("Helen", "Marsh", "RN"),
              ("Tomasz", "Nowak", "DPM"), ("Grace", "Lindholm", "MD"), ("Will", "Hartley", "LCSW")]
STAFF_USERS = ["amorales", "jchen.rn", "svc-billing", "kpatel", "front.desk3", "rstone", "dosei",
               "billing.ops", "tnowak", "hmarsh", "intake.bot", "lpham"]
CITIES = [("Pittsburgh", "Allegheny", "PA", "152"), ("Columbus", "Franklin", "OH", "432"),
          ("Tucson", "Pima", "AZ", "857"), ("Dayton", "Montgomery", "OH", "454"),
          ("El Paso", "El Paso", "TX", "799"), ("Fresno", "Fresno", "CA", "937"),
          ("Honolulu", "Honolulu", "HI", "968"), ("Gallup", "McKinley", "NM", "873"),
          ("Duluth", "St. Louis", "MN", "558"), ("Savannah", "Chatham", "GA", "314"),
          ("Spokane", "Spokane", "WA", "992"), ("Worcester", "Worcester", "MA", "016"),
          ("Hialeah", "Miami-Dade", "FL", "330"), ("Flint", "Genesee", "MI", "485"),
          ("Boise", "Ada", "ID", "837"), ("Laredo", "Webb", "TX", "780"),
          ("Chula Vista", "San Diego", "CA", "919"), ("Paterson", "Passaic", "NJ", "075"),
          ("Joliet", "Will", "IL", "604"), ("Asheville", "Buncombe", "NC", "288"),
          ("Lafayette", "Lafayette", "LA", "705"), ("Bangor", "Penobscot", "ME", "044"),
          ("Anchorage", "Anchorage", "AK", "995"), ("Mesa", "Maricopa", "AZ", "852"),
          ("Independence", "Jackson", "MO", "640"), ("Liberty", "Clay", "MO", "640")]
AREAS = ["412", "614", "520", "937", "915", "559", "808", "505", "218", "912", "509", "508", "305",
         "810", "208", "956", "619", "973", "815", "828", "337", "207", "907", "480", "816", "267",
         "323", "470", "724", "330"]
STREETS = ["Main", "Maple", "Oak", "Cedar Ridge", "Washington", "Lincoln", "Elm", "Park", "Lakeview",
           "Sunset", "Martin Luther King Jr", "Kalanianaole", "Mesa Vista", "Pine Hollow", "River",
           "Church", "Mill", "Franklin", "Highland", "Juniper", "Calle del Sol", "Old Post",
           "Prairie Wind", "Magnolia", "Bayou", "Independence", "Liberty", "Hope"]
SUFFIX = ["St", "Ave", "Blvd", "Rd", "Ln", "Dr", "Ct", "Way", "Pl", "Hwy", "Ter", "Cir"]
UNITS = ["Apt 4B", "Unit 12", "#305", "Apt 2", "Apt 17C", "Lot 44", "Trlr 9", "Fl 2", "Apt 1R"]
STATES = ["PA", "OH", "AZ", "TX", "CA", "HI", "NM", "MN", "GA", "WA", "MA", "FL", "MI", "ID", "NJ",
          "IL", "NC", "LA", "ME", "AK", "MO", "NY"]
MAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com",
                "proton.me", "comcast.net", "att.net", "live.com", "ymail.com", "me.com"]
PAYERS = [("AETNA", "60054"), ("UNITEDHEALTHCARE", "87726"), ("HUMANA", "61101"), ("CIGNA", "62308"),
          ("BCBS OF TEXAS", "84980"), ("OHIO MEDICAID", "MCDOH"), ("MEDICARE PART B", "04412"),
          ("HIGHMARK BCBS", "54771")]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
REGIONS = ["us-east-1", "us-east-2", "us-west-2", "eastus2", "centralus", "us-central1", "ca-central-1"]
PRODUCTS = ["Epic", "Cerner", "athenaOne", "Kareo", "Twilio", "SendGrid", "Availity", "Waystar",
            "Change Healthcare", "DrFirst", "Surescripts", "Stripe", "Okta", "Redox"]

# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------
HEX = "0123456789abcdef"


def hexs(n):
    return "".join(R.choice(HEX) for _ in range(n))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def alnum(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def uuid4():
    return "%s-%s-4%s-%s%s-%s" % (hexs(8), hexs(4), hexs(3), R.choice("89ab"), hexs(3), hexs(12))


def pod(svc):
    return "%s-%s-%s" % (svc, alnum(R.choice([9, 10]), "bcdfghjklmnpqrstvwxz2456789"),
                         alnum(5, "bcdfghjklmnpqrstvwxz2456789"))


def private_ip():
    r = R.random()
    if r < 0.6:
        return "10.%d.%d.%d" % (R.randint(0, 60), R.randint(0, 255), R.randint(2, 254))
    if r < 0.85:
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 254))
    return "192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 254))


PUBLIC_PREFIXES = ["73.%d", "24.%d", "67.%d", "68.%d", "71.%d", "76.%d", "98.%d", "99.%d",
                   "107.%d", "108.%d", "174.%d", "184.%d", "172.58", "172.56", "203.0.113",
                   "198.51.100", "47.%d", "97.%d", "166.%d"]


def public_ip():
    pre = R.choice(PUBLIC_PREFIXES)
    if "%d" in pre:
        pre = pre % R.randint(1, 254)
    parts = pre.split(".")
    while len(parts) < 4:
        parts.append(str(R.randint(1, 254)))
    return ".".join(parts)


def public_ip6():
    return "2601:%x:%x:%x:%x:%x:%x:%x" % tuple(R.randint(1, 0xffff) for _ in range(7))


def luhn_digit(partial):
    tot = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def gen_card():
    kind = R.choice(["visa", "mc", "amex", "disc"])
    if kind == "visa":
        pre, n = "4" + digits(5), 16
    elif kind == "mc":
        pre, n = str(R.randint(51, 55)) + digits(4), 16
    elif kind == "amex":
        pre, n = R.choice(["34", "37"]) + digits(4), 15
    else:
        pre, n = "6011" + digits(2), 16
    body = pre + digits(n - 1 - len(pre))
    num = body + luhn_digit(body)
    assert luhn_ok(num)
    return num


def card_fmt(num):
    if R.random() < 0.5:
        return num
    if len(num) == 15:
        return "%s %s %s" % (num[:4], num[4:10], num[10:])
    return " ".join(num[i:i + 4] for i in range(0, 16, 4))


def gen_npi():
    base = R.choice("12") + digits(8)
    return base + luhn_digit("80840" + base)


VIN_T = {**{str(d): d for d in range(10)},
         "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "J": 1, "K": 2, "L": 3,
         "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(v):
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if s == 10 else str(s)


def gen_vin():
    wmi = R.choice(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "KMH", "1G1", "WBA", "4T1", "1C4"])
    vds = alnum(5, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    tail = R.choice("HJKLMNPR") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + digits(6)
    v = wmi + vds + "0" + tail
    v = v[:8] + vin_check(v) + v[9:]
    assert vin_check(v) == v[8]
    return v


def gen_plate():
    return R.choice([lambda: "%d%s%s" % (R.randint(5, 9), alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), digits(3)),
                     lambda: "%s-%s" % (alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), digits(4)),
                     lambda: "%s %s" % (alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), digits(4))])()


def gen_imei():
    body = R.choice(["35", "86", "01", "99"]) + digits(12)
    return body + luhn_digit(body)


def gen_mac(oui=None):
    oui = oui or R.choice(["3C:71:BF", "A4:C1:38", "00:09:1F", "D0:39:72", "F4:5E:AB"])
    return oui + ":" + ":".join("%02X" % R.randint(0, 255) for _ in range(3))


def gen_udi():
    gtin = "0" + "0884521" + digits(5)
    gtin = gtin + luhn_like_gs1(gtin)
    exp = "%02d%02d%02d" % (R.randint(25, 28), R.randint(1, 12), R.randint(1, 28))
    return "(01)%s(17)%s(10)%s(21)%s" % (gtin, exp, alnum(6), alnum(9, "0123456789ABCDEF"))


def luhn_like_gs1(s13):
    tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(s13))
    return str((10 - tot % 10) % 10)


MBI_L = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_L + "0123456789"


def gen_mbi():
    return "".join([R.choice("123456789"), R.choice(MBI_L), R.choice(MBI_AN), R.choice("0123456789"),
                    R.choice(MBI_L), R.choice(MBI_AN), R.choice("0123456789"), R.choice(MBI_L),
                    R.choice(MBI_L), R.choice("0123456789"), R.choice("0123456789")])


def gen_member():
    return R.choice([lambda: "XGH" + digits(9), lambda: "W" + digits(9), lambda: "ZGP" + digits(8) + "01",
                     lambda: "U" + digits(8) + "01", gen_mbi, lambda: digits(8) + R.choice("ABCDEFGH"),
                     lambda: "JQU" + digits(9), lambda: "H" + digits(8), lambda: "MCD" + digits(9)])()


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def ssn_fmt(s, style=None):
    style = style if style is not None else R.choice([0, 0, 0, 1, 2])
    if style == 0:
        return "%s-%s-%s" % (s[:3], s[3:5], s[5:])
    if style == 1:
        return s
    return "%s %s %s" % (s[:3], s[3:5], s[5:])


def gen_phone():
    while True:
        e = R.randint(200, 999)
        if e % 100 != 11:
            break
    return (R.choice(AREAS), "%03d" % e, digits(4))


PHONE_STYLES = ["({a}) {e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "+1{a}{e}{l}", "{a}{e}{l}",
                "+1 {a} {e} {l}", "1-{a}-{e}-{l}", "({a}){e}-{l}", "+1 ({a}) {e}-{l}", "+1-{a}-{e}-{l}"]


def ph(p, style=None):
    a, e, l = p
    st = R.choice(PHONE_STYLES) if style is None else PHONE_STYLES[style]
    return st.format(a=a, e=e, l=l)


def fold(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def gen_dl(st):
    f = {"CA": lambda: R.choice("ABCDEFGY") + digits(7),
         "FL": lambda: "%s%s-%s-%s-%s-%s" % (R.choice("BCDGHKLMNPRSTW"), digits(3), digits(3), digits(2), digits(3), digits(1)),
         "NY": lambda: "%s %s %s" % (digits(3), digits(3), digits(3)),
         "TX": lambda: digits(8), "PA": lambda: digits(8),
         "IL": lambda: "%s%s-%s-%s" % (R.choice("ABCDEFGHKLMNPRSTW"), digits(3), digits(4), digits(4)),
         "WA": lambda: "WDL" + alnum(9), "OH": lambda: alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6)}
    return f.get(st, lambda: R.choice("ABCDEFGHJKLMNPRSTW") + digits(8))()


def gen_passport():
    return R.choice([lambda: digits(9), lambda: R.choice("ACEFHKLMNPRSTX") + digits(8)])()


REF_DAY = date(2024, 11, 18)


class Person:
    def __init__(self, old=False, minor=False):
        self.first, self.sex = R.choice(FIRST)
        self.last = R.choice(LAST)
        self.mi = R.choice("ABCDEEFGHJKLMMNPRSTW")
        if not old and not minor and R.random() < 0.1:
            old = True
        if old:
            y = R.randint(1924, 1934)
        elif minor:
            y = R.randint(2008, 2022)
        else:
            y = R.randint(1936, 2006)
        self.dob = date(y, R.randint(1, 12), R.randint(1, 28))
        self.age = REF_DAY.year - y - ((REF_DAY.month, REF_DAY.day) < (self.dob.month, self.dob.day))
        self.city, self.county, self.state, z3 = R.choice(CITIES)
        self.zip = z3 + "%02d" % R.randint(1, 99)
        self.zip4 = "%04d" % R.randint(1, 9999)
        self.street = "%d %s %s" % (R.randint(1, 9899), R.choice(STREETS), R.choice(SUFFIX))
        self.unit = R.choice(UNITS) if R.random() < 0.35 else ""
        self.phone = gen_phone()
        self.phone2 = gen_phone()
        self.ssn = gen_ssn()
        fa = re.sub(r"[^a-z]", "", fold(self.first).lower())
        la = re.sub(r"[^a-z]", "", fold(self.last).lower())
        loc = R.choice(["%s.%s" % (fa, la), "%s%s%02d" % (fa, la, y % 100), "%s%s%d" % (fa[0], la, R.randint(1, 99)),
                        "%s.%s%d" % (la, fa, R.randint(1, 999)), "%s_%s" % (fa, la), "%s%s" % (fa, la[0] if la else "x")])
        self.email = loc + "@" + R.choice(MAIL_DOMAINS)
        self.username = R.choice(["%s%s%02d" % (fa[0], la, y % 100), "%s.%s" % (fa, la), "%s_%s%d" % (la, fa[:3], R.randint(1, 99))])
        self.mrn_n = R.randint(100000, 99999999)
        self.member = gen_member()
        self.acct = R.choice([lambda: digits(7), lambda: "ACCT-" + digits(8), lambda: "PA" + digits(9),
                              lambda: "G" + digits(7), lambda: digits(10)])()

    # ---- formatted views ----
    def name(self, style=None):
        f, l, m = self.first, self.last, self.mi
        styles = [f"{f} {l}", f"{l.upper()}, {f.upper()}", f"{l}, {f}", f"{f} {m} {l}", f"{f} {m}. {l}",
                  f"{l.upper()},{f.upper()}", f"{l}, {f} {m}", f"{f.upper()} {l.upper()}"]
        return styles[R.randrange(len(styles))] if style is None else styles[style]

    def mrn(self, style=None):
        n = self.mrn_n
        styles = ["%08d" % n, "MRN%08d" % n, "E%07d" % (n % 10 ** 7), "CW-%08d" % n, str(n), "%010d" % n,
                  "M%d" % n]
        return styles[R.randrange(len(styles))] if style is None else styles[style]

    def addr1(self):
        return self.street + ((" " + self.unit) if self.unit else "")


def dfmt(d, style=None):
    styles = ["iso", "us", "us1", "compact", "dmon", "long", "de", "isots", "net", "usdash", "mon_upper"]
    s = R.choice(styles) if style is None else style
    return {
        "iso": d.isoformat(),
        "us": "%02d/%02d/%04d" % (d.month, d.day, d.year),
        "us1": "%d/%d/%04d" % (d.month, d.day, d.year),
        "compact": "%04d%02d%02d" % (d.year, d.month, d.day),
        "dmon": "%02d-%s-%04d" % (d.day, MON[d.month - 1], d.year),
        "long": "%s %d, %04d" % (MONTH[d.month - 1], d.day, d.year),
        "de": "%02d.%02d.%04d" % (d.day, d.month, d.year),
        "isots": d.isoformat() + "T00:00:00Z",
        "net": d.isoformat() + "T00:00:00",
        "usdash": "%02d-%02d-%04d" % (d.month, d.day, d.year),
        "mon_upper": "%02d%s%04d" % (d.day, MON[d.month - 1].upper(), d.year),
        "dmy": "%02d/%02d/%04d" % (d.day, d.month, d.year),
    }[s]


def appt_dt():
    d = date(2024, 11, 19) + timedelta(days=R.randint(0, 100))
    return datetime(d.year, d.month, d.day, R.randint(7, 16), R.choice([0, 15, 30, 45]))


def past_dos():
    return date(2024, 6, 1) + timedelta(days=R.randint(0, 169))


def adt(dt, style=None):
    s = style or R.choice(["isooff", "iso", "sp", "us12", "compact", "isoz"])
    h12 = dt.hour % 12 or 12
    ap = "AM" if dt.hour < 12 else "PM"
    return {
        "isooff": dt.strftime("%Y-%m-%dT%H:%M:%S") + R.choice(["-05:00", "-06:00", "-07:00", "-10:00", "-04:00"]),
        "iso": dt.strftime("%Y-%m-%dT%H:%M:%S"),
        "isoz": dt.strftime("%Y-%m-%dT%H:%M:00.000Z"),
        "sp": dt.strftime("%Y-%m-%d %H:%M"),
        "us12": "%02d/%02d/%04d %d:%02d %s" % (dt.month, dt.day, dt.year, h12, dt.minute, ap),
        "compact": dt.strftime("%Y%m%d%H%M"),
    }[s]


def clinician(style=None):
    f, l, c = R.choice(CLINICIANS)
    styles = [f"Dr. {f} {l}", f"{f} {l}, {c}", f"{l}, {f} {c}", f"Dr. {l}", f"{l.upper()}, {f.upper()}"]
    return styles[R.randrange(len(styles))] if style is None else styles[style]


def _mk_clinics():
    out = []
    for nm, code, city, st, zip_ in [("Lakeside Orthopedics", "LKSORTHO", "Pittsburgh", "PA", "15212"),
                                     ("Riverside Family Medicine", "RVFM", "Columbus", "OH", "43215"),
                                     ("North Hills Pediatrics", "NHPEDS", "Tucson", "AZ", "85704"),
                                     ("Summit Cardiology Associates", "SUMCARD", "Dayton", "OH", "45402"),
                                     ("Harbor View Imaging", "HVIMG", "Honolulu", "HI", "96813"),
                                     ("Mesa Verde Dermatology", "MVDERM", "Gallup", "NM", "87301")]:
        out.append({"name": nm, "code": code, "city": city, "st": st, "zip": zip_,
                    "street": "%d %s %s" % (R.randint(100, 4999), R.choice(["Medical Center", "Professional", "Commerce", "Health Park"]), R.choice(["Dr", "Blvd", "Pkwy"])),
                    "phone": gen_phone(), "fax": gen_phone(), "npi": gen_npi(), "ein": "%02d-%s" % (R.randint(10, 98), digits(7)),
                    "slug": code.lower()[:3] + "-%04d" % R.randint(1, 9999)})
    return out


CLINICS = _mk_clinics()


def jpeg_b64(n=240):
    hdr = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
    return base64.b64encode(hdr + bytes(R.getrandbits(8) for _ in range(n))).decode()


def png_b64(n=200):
    hdr = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x02\x00\x00\x00"
    return base64.b64encode(hdr + bytes(R.getrandbits(8) for _ in range(n))).decode()


def fmr_b64(n=96):
    hdr = b"FMR\x00 20\x00\x00\x00\x01b\x00\x00\x01\x00\x01\x90\x00\xc5\x00\xc5\x01\x00\x00\x00"
    return base64.b64encode(hdr + bytes(R.getrandbits(8) for _ in range(n))).decode()


def rand_b64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


# timestamp formats ------------------------------------------------------
def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def iso_us(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % t.microsecond


def iso_7(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%07dZ" % (t.microsecond * 10 + R.randint(0, 9))


def sp_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)


def py_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def go_ts(t):
    return t.strftime("%Y/%m/%d %H:%M:%S")


def clf_ts(t):
    return "%02d/%s/%04d:%s +0000" % (t.day, MON[t.month - 1], t.year, t.strftime("%H:%M:%S"))


def epoch_s(t):
    return (t - datetime(1970, 1, 1)).total_seconds()


def epoch_ms(t):
    return int(round(epoch_s(t) * 1000))


def apache_ts(t):
    return "%s %s %02d %s.%06d %04d" % (DOW[t.weekday()], MON[t.month - 1], t.day, t.strftime("%H:%M:%S"), t.microsecond, t.year)


def bsd_ts(t):
    return "%s %2d %s" % (MON[t.month - 1], t.day, t.strftime("%H:%M:%S"))


def hl7_ts(t):
    return t.strftime("%Y%m%d%H%M%S")


def staff():
    return R.choice(STAFF_USERS)


def hms_ms():
    return R.randint(1, 2500)


# ==========================================================================
# families
# ==========================================================================

def f_json_legacy(t, phi):
    L = Line("json_legacy_cols")
    o = {"ts": iso_ms(t), "lvl": R.choice(["INFO", "INFO", "WARN", "DEBUG"]), "svc": "intake-svc",
         "thrd": "stg-wrkr-%d" % R.randint(1, 12), "trc_id": hexs(16)}
    if not phi:
        k = R.randrange(4)
        if k == 0:
            o.update({"msg": "stg btch cmmt", "btch_id": R.randint(100000000, 999999999), "src_sys": R.choice(["EPIC_CLRTY", "MEDITECH", "NXTGN", "ATHENA"]),
                      "rec_cnt": R.randint(200, 48000), "rej_cnt": R.randint(0, 40), "elpsd_ms": R.randint(300, 90000),
                      "run_dt": (t.date() - timedelta(days=1)).strftime("%Y%m%d")})
        elif k == 1:
            o.update({"msg": "addr std svc resp", "st_cd": R.choice(STATES), "zip_cd_vld_pct": round(R.uniform(90, 99.9), 1),
                      "vndr": "smarty", "http_sts": 200, "rsp_ms": R.randint(20, 800), "req_id": uuid4()})
        elif k == 2:
            o.update({"msg": "xref tbl reload", "tbl_nm": R.choice(["PLN_XREF", "PAYR_XREF", "FCLTY_XREF"]),
                      "row_cnt": R.randint(1000, 99999), "chksm": hexs(32), "ver_nbr": R.randint(10000, 99999)})
        else:
            c = R.choice(CLINICS)
            o.update({"msg": "fclty sync", "fclty_nm": c["name"], "fclty_npi": c["npi"], "ph_nbr": ph(c["phone"]),
                      "fax_nbr": ph(c["fax"]), "cty": c["city"], "st_cd": c["st"], "zip_cd": c["zip"]})
    else:
        p = Person(old=R.random() < 0.2)
        o["msg"] = R.choice(["stg row rej", "pt demo upsrt", "mbr xref miss", "dup pt cand", "addr std aplyd", "id vrfy rslt"])
        r = R.random()
        if r < 0.45:
            core = [(R.choice(["pt_nm", "ptnt_nm", "pat_nm", "PT_NM", "pt_full_nm"]), P(p.name(), "name"))]
        elif r < 0.8:
            core = [(R.choice(["pt_fst_nm", "ptnt_frst_nm", "fst_nm"]), P(p.first, "name")), ("pt_mid_init", p.mi),
                    (R.choice(["pt_lst_nm", "ptnt_lst_nm", "lst_nm"]), P(p.last, "name"))]
        else:
            core = [(R.choice(["mrn_nbr", "pt_id", "ptnt_mrn"]), P(p.mrn(), "mrn"))]
        g = Person()
        groups = [
            [(R.choice(["ptnt_dob", "pt_dob", "brth_dt", "dob_dt", "dt_of_brth"]), P(dfmt(p.dob), "date"))],
            [("sex_cd", p.sex)],
            [(R.choice(["mbr_nbr", "mbr_id_nbr", "sbscr_id"]), P(p.member, "health_plan"))],
            [("ins_id_no", P(gen_member(), "health_plan")), ("ins_grp_no", digits(7))],
            [("addr_ln1", P(p.street, "address"))] + ([("addr_ln2", P(p.unit, "address"))] if p.unit else []),
            [("cty", P(p.city, "address")), ("st_cd", p.state), ("zip_cd", P(p.zip, "zip"))],
            [("cnty_nm", P(p.county.upper(), "address"))],
            [(R.choice(["ph_nbr", "hm_ph_nbr", "cell_ph"]), P(ph(p.phone), "phone"))],
            [(R.choice(["eml_addr", "email_addr"]), P(p.email, "email"))],
            [(R.choice(["ssn_no", "ssn_nbr", "soc_sec_no"]), P(ssn_fmt(p.ssn), "ssn"))],
            [("pt_age", P(p.age, "age") if p.age > 89 else p.age)],
            [("dl_nbr", P(gen_dl(p.state), "license")), ("dl_st_cd", p.state)],
            [("grntr_nm", P(g.name(), "name")), ("grntr_rltn_cd", R.choice(["SPS", "PAR", "CHD", "OTH"]))],
            [("emrg_cntct_ph", P(ph(g.phone), "phone"))],
            [("fax_nbr", P(ph(p.phone2), "fax")), ("rls_dlvry", "FAX")],
            [("chg_usr_id", staff()), ("rec_sts", "A")],
            [("rsn_cd", "E%03d" % R.randint(1, 120))],
            [("pt_phto_img", P(jpeg_b64(R.randint(120, 240)), "photo")), ("img_mime_typ", "image/jpeg")],
        ]
        for kk, vv in pick_phi(groups, 2, 7, core):
            o[kk] = vv
    emit_json(L, o)
    return L


def f_json_screaming(t, phi):
    L = Line("json_screaming_snake")
    payer, pid = R.choice(PAYERS)
    o = {"LOG_TS": sp_ts(t), "LOG_LVL": R.choice(["INFO", "WARN"]), "PGM_ID": R.choice(["CLMSTG01", "CLMEDT04", "ELGRSP02"]),
         "JOB_NBR": "J%05d" % R.randint(1, 99999)}
    if not phi:
        k = R.randrange(3)
        if k == 0:
            o.update({"EVENT_TYPE": "CLAIM_BATCH_CLOSED", "BATCH_NBR": "B%s%05d" % (t.strftime("%Y%m%d"), R.randint(1, 99999)),
                      "CLAIM_CNT": R.randint(10, 900), "TOTAL_CHG_AMT": "%.2f" % R.uniform(1000, 250000), "PAYER_ID": pid,
                      "PAYER_NAME": payer, "ENV": "PROD", "REGION": R.choice(REGIONS)})
        elif k == 1:
            c = R.choice(CLINICS)
            o.update({"EVENT_TYPE": "BILLING_PROVIDER_VERIFIED", "BILLING_NPI": c["npi"], "TAX_ID": c["ein"],
                      "PROVIDER_NAME": c["name"].upper(), "PROVIDER_PHONE": "".join(c["phone"]), "PROVIDER_FAX": "".join(c["fax"]),
                      "TAXONOMY_CD": R.choice(["207X00000X", "208D00000X", "207RC0000X"]), "ZIP_CD": c["zip"]})
        else:
            o.update({"EVENT_TYPE": "ERA_POSTED", "ERA_TRACE_NBR": digits(10), "CHECK_NBR": digits(9), "PAID_AMT": "%.2f" % R.uniform(100, 90000),
                      "CLP_CNT": R.randint(1, 400), "ADJ_REASON_TOP": R.choice(["CO-45", "PR-1", "CO-97", "PR-2"]), "PAYER_ID": pid})
    else:
        p = Person(old=R.random() < 0.1)
        sub = p if R.random() < 0.5 else Person()
        o["EVENT_TYPE"] = R.choice(["CLAIM_STAGED", "CLAIM_EDIT_FAILED", "ELIG_RESP_MISMATCH", "MVA_CLAIM_STAGED"])
        core = [("CLM_ID", "C%s" % digits(11))]
        mva = o["EVENT_TYPE"] == "MVA_CLAIM_STAGED"
        groups = [
            [("PATIENT_LAST_NAME", P(p.last.upper(), "name")), ("PATIENT_FIRST_NAME", P(p.first.upper(), "name"))],
            [("PATIENT_BIRTH_DT", P(dfmt(p.dob, R.choice(["iso", "compact", "us"])), "date")), ("PATIENT_SEX_CD", p.sex)],
            [("SUBSCRIBER_ID", P(sub.member, "health_plan")), ("GROUP_NBR", digits(7))],
            [("SUBSCRIBER_NAME", P(sub.name(1), "name")), ("REL_TO_INSURED", "18" if sub is p else R.choice(["01", "19"]))],
            [("PAT_ACCT_NO", P(p.acct, "account"))],
            [("SVC_FROM_DT", P(dfmt(past_dos(), "compact"), "date"))],
            [("PATIENT_ADDR_1", P(p.street.upper(), "address")), ("PATIENT_CITY", P(p.city.upper(), "address")),
             ("PATIENT_STATE", p.state), ("PATIENT_ZIP", P(p.zip + p.zip4, "zip"))],
            [("PATIENT_SSN", P(ssn_fmt(p.ssn, 1), "ssn"))],
            [("EMPLOYEE_ID", P("E" + digits(6), "other_id")), ("EMPLOYER_NAME", R.choice(["CITY OF DAYTON", "ACME LOGISTICS LLC", "KROGER CO"]))],
            [("RENDERING_PROV_NM", clinician(4)), ("RENDERING_NPI", gen_npi())],
            [("DIAG_CD_1", R.choice(["E11.9", "M17.11", "I10", "S83.511A", "J45.909"])), ("PAYER_ID", pid)],
            [("PATIENT_AGE", P(p.age, "age") if p.age > 89 else p.age)],
        ]
        if mva:
            groups = [[("PATIENT_LAST_NAME", P(p.last.upper(), "name"))],
                      [("ACCIDENT_DT", P(dfmt(past_dos(), "compact"), "date")), ("ACCIDENT_ST", p.state)],
                      [("AUTO_CARRIER", R.choice(["GEICO", "PROGRESSIVE", "STATE FARM"])), ("AUTO_POLICY_NBR", P(alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(7), "other_id"))],
                      [("PATIENT_VEH_PLATE", P(gen_plate(), "vehicle")), ("PLATE_ST", p.state)]]
            core.append(("PATIENT_VEH_VIN", P(gen_vin(), "vehicle")))
        for kk, vv in pick_phi(groups, 2, 6, core):
            o[kk] = vv
    emit_json(L, o)
    return L


def f_serilog(t, phi):
    L = Line("serilog_clef")
    o = {"@t": iso_7(t)}
    ctx = {"SourceContext": None, "RequestId": "0HN%s:%08X" % (alnum(9), R.randint(1, 40)),
           "MachineName": pod(R.choice(["sched-api", "portal-bff", "auth-svc"]))}
    k = R.randrange(8 if phi else 5)
    if not phi:
        if k == 0:
            o.update({"@mt": "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms",
                      "RequestMethod": R.choice(["GET", "POST"]), "RequestPath": R.choice(["/api/appointments/slots", "/api/clinics/%s/hours" % R.choice(CLINICS)["slug"], "/healthz"]),
                      "StatusCode": R.choice([200, 200, 204, 404, 499]), "Elapsed": round(R.uniform(0.5, 900), 4)})
            ctx["SourceContext"] = "Serilog.AspNetCore.RequestLoggingMiddleware"
        elif k == 1:
            o.update({"@mt": "Hangfire job {JobId} ({JobType}) succeeded in {ElapsedMs} ms", "JobId": str(R.randint(10000, 999999)),
                      "JobType": R.choice(["ReminderBatchJob", "WaitlistSweepJob", "NoShowScoringJob"]), "ElapsedMs": R.randint(40, 90000)})
            ctx["SourceContext"] = "Carewell.Scheduling.Jobs.JobRunner"
        elif k == 2:
            o.update({"@mt": "Cache miss for {CacheKey}", "@l": "Debug", "CacheKey": "slots:provider:%d:%s" % (R.randint(1000, 9999), appt_dt().strftime("%Y%m%d"))})
            ctx["SourceContext"] = "Carewell.Scheduling.Availability.SlotCache"
        elif k == 3:
            o.update({"@mt": "Provider {ProviderName} ({Npi}) schedule published for week of {WeekOf}", "ProviderName": clinician(1),
                      "Npi": gen_npi(), "WeekOf": appt_dt().strftime("%Y-%m-%d")})
            ctx["SourceContext"] = "Carewell.Scheduling.Templates.Publisher"
        else:
            o.update({"@mt": "Retrying {Operation} after {Delay} (attempt {Attempt} of {MaxAttempts})", "@l": "Warning",
                      "Operation": R.choice(["EligibilityLookup", "SendGrid.Send", "Redox.Post"]), "Delay": "00:00:0%d.5000000" % R.randint(1, 8),
                      "Attempt": R.randint(1, 4), "MaxAttempts": 5})
            ctx["SourceContext"] = "Polly.Retry"
    else:
        p = Person(old=(k == 6) or R.random() < 0.1)
        if k == 0:
            ap = appt_dt()
            o.update({"@mt": "Booked appointment {AppointmentId} for {PatientName} (MRN {Mrn}) at {StartTime} with {ProviderName}",
                      "AppointmentId": R.randint(100000, 9999999), "PatientName": P(p.name(R.choice([0, 2, 3])), "name"),
                      "Mrn": P(p.mrn(), "mrn"), "StartTime": P(adt(ap, R.choice(["isooff", "iso"])), "date"), "ProviderName": clinician(0)})
            ctx["SourceContext"] = "Carewell.Scheduling.Api.Controllers.AppointmentsController"
        elif k == 1:
            o.update({"@mt": "Eligibility response for member {MemberId}, DOB {DateOfBirth}: {CoverageStatus}",
                      "MemberId": P(p.member, "health_plan"), "DateOfBirth": P(dfmt(p.dob, "net"), "date"),
                      "CoverageStatus": R.choice(["Active", "Inactive", "Unknown"]), "PayerId": R.choice(PAYERS)[1]})
            ctx["SourceContext"] = "Carewell.Eligibility.Client.X12Gateway"
        elif k == 2:
            o.update({"@mt": "Contact details updated for patient {PatientId}", "PatientId": P(p.mrn(), "mrn"),
                      "MobilePhone": P(ph(p.phone), "phone"), "EmailAddress": P(p.email, "email"),
                      "PreferredLanguage": R.choice(["en", "es", "vi", "so"]), "ChangedBy": staff()})
            ctx["SourceContext"] = "Carewell.Portal.Profile.ContactService"
        elif k == 3:
            o.update({"@mt": "Versichertendaten übernommen für {Nachname}, {Vorname}", "Nachname": P(p.last, "name"),
                      "Vorname": P(p.first, "name"), "Geburtsdatum": P(dfmt(p.dob, "de"), "date"),
                      "Versichertennummer": P(R.choice("ABCDEFGHKLMNPRSTUVWZ") + digits(9), "health_plan"),
                      "Krankenkasse": R.choice(["AOK Bayern", "Techniker Krankenkasse", "BARMER"])})
            ctx["SourceContext"] = "Carewell.Intake.De.EgkReader"
        elif k == 4:
            o.update({"@mt": "Enrolled {BiometricType} template for portal user {UserName}", "BiometricType": R.choice(["Fingerprint", "Fingerprint"]),
                      "UserName": P(p.username, "other_id"), "TemplateFormat": "ISO/IEC 19794-2:2005",
                      "TemplateData": P(fmr_b64(R.randint(60, 120)), "biometric"), "Quality": R.randint(40, 99)})
            ctx["SourceContext"] = "Carewell.Auth.Biometrics.EnrollmentHandler"
        elif k == 5:
            o.update({"@mt": "Profile photo uploaded for {PatientId} ({SizeBytes} bytes)", "PatientId": P(p.mrn(), "mrn"),
                      "SizeBytes": R.randint(40000, 900000), "ContentType": "image/jpeg",
                      "PhotoBase64": P(jpeg_b64(R.randint(150, 330)), "photo")})
            ctx["SourceContext"] = "Carewell.Portal.Profile.PhotoService"
        elif k == 7:
            url = "https://portal.carewell.io/invite/%s?mrn=%d" % (hexs(16), p.mrn_n)
            o.update({"@mt": "Portal invite link generated for {PatientId}: {InviteUrl}", "PatientId": P(str(p.mrn_n), "mrn"),
                      "InviteUrl": P(url, "url"), "ExpiresInHours": 72})
            ctx["SourceContext"] = "Carewell.Portal.Onboarding.InviteService"
        else:
            o.update({"@mt": "Fall-risk screening flagged for {PatientId}, age {AgeYears}", "@l": "Warning",
                      "PatientId": P(p.mrn(), "mrn"), "AgeYears": P(p.age, "age") if p.age > 89 else p.age, "Score": R.randint(45, 125)})
            ctx["SourceContext"] = "Carewell.Intake.Screening.FallRisk"
    for kk, vv in ctx.items():
        o[kk] = vv
    emit_json(L, o)
    return L


def f_json_dotted(t, phi):
    L = Line("json_dotted_keys")
    o = {"timestamp": iso_ms(t), "severity": R.choice(["INFO", "INFO", "WARN"]), "service.name": "docs-render",
         "service.version": "2.%d.%d" % (R.randint(0, 14), R.randint(0, 30)), "trace_id": hexs(32), "span_id": hexs(16)}
    if not phi:
        o.update({"message": R.choice(["document rendered", "template compiled", "pdf merged", "render queue drained"]),
                  "k8s.pod.name": pod("docs-render"), "k8s.namespace.name": "prod", "cloud.region": R.choice(REGIONS),
                  "doc.id": uuid4(), "doc.pages": R.randint(1, 40), "render.duration_ms": R.randint(40, 9000),
                  "template.id": "tmpl_%s_v%d" % (R.choice(["visit_summary", "statement", "referral_letter"]), R.randint(2, 19)),
                  "doc.sha256": hexs(64)})
    else:
        p = Person(old=R.random() < 0.1)
        o["message"] = R.choice(["document rendered", "render failed: missing field", "document attached to chart", "photo attached"])
        o["doc.id"] = uuid4()
        o["doc.type"] = R.choice(["visit_summary", "discharge_summary", "referral_letter", "statement", "id_card_scan"])
        groups = [
            [("patient.name.given", P(p.first, "name")), ("patient.name.family", P(p.last, "name"))],
            [("patient.birthDate", P(dfmt(p.dob, "iso"), "date"))],
            [("patient.identifier[mrn]", P(p.mrn(), "mrn"))],
            [("patient.contact.phone", P(ph(p.phone), "phone"))],
            [("patient.contact.email", P(p.email, "email"))],
            [("patient.address.line[0]", P(p.street, "address")), ("patient.address.city", P(p.city, "address")),
             ("patient.address.state", p.state), ("patient.address.postalCode", P(p.zip, "zip"))],
            [("encounter.period.start", P(adt(datetime.combine(past_dos(), datetime.min.time()).replace(hour=R.randint(7, 17)), "iso"), "date"))],
            [("encounter.attender.display", clinician(1))],
            [("patient.photo[0].contentType", "image/png"), ("patient.photo[0].data", P(png_b64(R.randint(90, 200)), "photo"))],
            [("paciente.nombre", P(p.name(0), "name")), ("paciente.fechaNacimiento", P(dfmt(p.dob, "dmy"), "date"))],
            [("relatedPerson[0].name", P(Person().name(0), "name")), ("relatedPerson[0].relationship", R.choice(["MTH", "FTH", "SPS", "DAU"]))],
            [("patient.age", P(p.age, "age") if p.age > 89 else p.age)],
            [("patient.telecom[2].system", "url"), ("patient.telecom[2].value", P("https://%s.%s/" % (re.sub(r"[^a-z]", "", fold(p.first + p.last).lower()), R.choice(["com", "net", "me"])), "url"))],
        ]
        for kk, vv in pick_phi(groups, 2, 5):
            o[kk] = vv
        o["render.duration_ms"] = R.randint(40, 9000)
    emit_json(L, o)
    return L


def f_form_bracket(t, phi):
    L = Line("form_bracketed_keys")
    host = pod("billing-portal")
    L.t("[%s] %s %s " % (sp_ts(t), R.choice(["DEBUG", "INFO"]), host))
    q = urllib.parse.quote_plus
    if not phi:
        k = R.randrange(2)
        if k == 0:
            L.t("POST /settings/notifications payload: ")
            L.t("prefs[notify][sms]=%d&prefs[notify][email]=%d&prefs[tz]=%s&prefs[lang]=%s&_csrf=%s" % (
                R.randint(0, 1), R.randint(0, 1), q(R.choice(["America/New_York", "America/Chicago", "Pacific/Honolulu"])), R.choice(["en", "es"]), hexs(40)))
        else:
            L.t("POST /admin/fee-schedule payload: ")
            L.t("schedule[0][cpt]=99213&schedule[0][fee]=%d.00&schedule[1][cpt]=99214&schedule[1][fee]=%d.00&schedule[effective]=%s&clinic_id=%s" % (
                R.randint(90, 160), R.randint(160, 260), "2025-01-01", R.choice(CLINICS)["slug"]))
        L.t(" status=%d took=%dms" % (R.choice([200, 302]), hms_ms()))
        return L
    g = Person()
    p = Person()
    L.t("POST /%s payload: " % R.choice(["guarantor/save", "statement/pay", "account/responsible-party"]))
    i = R.choice(["0", "1"])
    items = []
    items.append(("guarantor[%s][first]" % i, P(q(g.first), "name")))
    items.append(("guarantor[%s][last]" % i, P(q(g.last), "name")))
    extra = [
        [("guarantor[%s][dob]" % i, P(q(dfmt(g.dob, R.choice(["us", "iso"]))), "date"))],
        [("guarantor[%s][ssn]" % i, P(q(ssn_fmt(g.ssn)), "ssn"))],
        [("guarantor[%s][address][line1]" % i, P(q(g.street), "address")), ("guarantor[%s][address][city]" % i, P(q(g.city), "address")),
         ("guarantor[%s][address][state]" % i, g.state), ("guarantor[%s][address][zip]" % i, P(g.zip, "zip"))],
        [("guarantor[%s][phone]" % i, P(q(ph(g.phone)), "phone"))],
        [("guarantor[%s][relationship]" % i, R.choice(["parent", "spouse", "self", "child"]))],
        [("patient[account_no]", P(q(p.acct), "account"))],
        [("payment[card][number]", P(gen_card(), "account")), ("payment[card][exp]", "%02d%%2F%02d" % (R.randint(1, 12), R.randint(25, 30))), ("payment[amount]", "%d.%02d" % (R.randint(5, 900), R.randint(0, 99)))],
        [("payment[ach][routing]", R.choice(["021000021", "011000138", "071000013"])), ("payment[ach][account]", P(digits(R.randint(9, 12)), "account"))],
        [("guarantor[%s][email]" % i, P(q(g.email), "email"))],
    ]
    chosen = pick(extra, 1, 4, items)
    chosen.append(("_token", hexs(40)))
    for n, (kk, vv) in enumerate(chosen):
        if n:
            L.t("&")
        L.t(kk + "=")
        if isinstance(vv, P):
            L.v(vv.v, vv.cat)
        else:
            L.t(vv)
    L.t(" status=%d took=%dms" % (R.choice([200, 302, 422]), hms_ms()))
    return L


def f_rails(t, phi):
    L = Line("rails_log")
    pid = R.randint(1000, 99999)
    rid = uuid4()
    L.t("I, [%s #%d]  INFO -- : [%s] " % (t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d" % t.microsecond, pid, rid))
    if not phi:
        k = R.randrange(4)
        if k == 0:
            L.t('Started GET "/%s" for %s at %s +0000' % (R.choice(["up", "health", "admin/reports?period=2024-10"]), private_ip(), t.strftime("%Y-%m-%d %H:%M:%S")))
        elif k == 1:
            L.t("Completed %d OK in %dms (Views: %.1fms | ActiveRecord: %.1fms (%d queries, %d cached) | GC: %.1fms)" % (
                200, R.randint(5, 900), R.uniform(1, 200), R.uniform(1, 200), R.randint(1, 40), R.randint(0, 9), R.uniform(0, 9)))
        elif k == 2:
            L.t("Processing by %s as %s" % (R.choice(["Admin::ReportsController#index", "Api::V1::ClinicsController#show", "Webhooks::TwilioController#status"]), R.choice(["HTML", "JSON"])))
        else:
            L.t('  Parameters: {"clinic_id"=>"%s", "week"=>"2024-W%02d", "provider_ids"=>["%d", "%d"], "per"=>"50"}' % (R.choice(CLINICS)["slug"], R.randint(47, 52), R.randint(1000, 9999), R.randint(1000, 9999)))
        return L
    p = Person()
    k = R.randrange(3)
    if k == 0:
        ip = public_ip()
        L.t('Started GET "/patients/').v(str(p.mrn_n), "mrn").t("/appointments?date=").v(appt_dt().strftime("%Y-%m-%d"), "date")
        L.t('" for ').v(ip, "ip").t(" at %s +0000" % t.strftime("%Y-%m-%d %H:%M:%S"))
    else:
        L.t("  Parameters: ")
        pat = {}
        pat["first_name"] = P(p.first, "name")
        pat["last_name"] = P(p.last, "name")
        groups = [
            [("date_of_birth", P(dfmt(p.dob, R.choice(["iso", "us"])), "date"))],
            [("phone", P(ph(p.phone), "phone"))],
            [("email", P(p.email, "email"))],
            [("address_attributes", {"street": P(p.street, "address"), "city": P(p.city, "address"), "state": p.state, "zip": P(p.zip, "zip")})],
            [("insurance_attributes", {"payer_id": R.choice(PAYERS)[1], "member_id": P(p.member, "health_plan"), "group_number": digits(6)})],
            [("emergency_contact_attributes", {"name": P(Person().name(0), "name"), "relationship": "spouse", "phone": P(ph(Person().phone), "phone")})],
            [("preferred_pharmacy_id", str(R.randint(1000, 99999)))],
            [("ssn", "[FILTERED]")],
        ]
        for kk, vv in pick(groups, 1, 4):
            pat[kk] = vv
        o = {"authenticity_token": "[FILTERED]", "patient": pat, "commit": R.choice(["Save", "Continue"])}
        if k == 2:
            o["id"] = P(str(p.mrn_n), "mrn")
        emit_ruby(L, o)
    return L


def f_logfmt(t, phi):
    L = Line("logfmt")
    base = [("ts", iso_ms(t)), ("level", R.choice(["info", "info", "warn", "debug"]))]
    if not phi:
        k = R.randrange(3)
        if k == 0:
            pairs = base + [("caller", "worker/heartbeat.go:%d" % R.randint(20, 200)), ("msg", "worker heartbeat"), ("queue", R.choice(["reminders", "faxes", "statements"])),
                            ("depth", R.randint(0, 20000)), ("lag_ms", R.randint(0, 5000)), ("pod", pod("notif-dispatch")), ("region", R.choice(REGIONS)), ("build", hexs(7))]
        elif k == 1:
            pairs = base + [("caller", "sched/slots.go:%d" % R.randint(20, 400)), ("msg", "slot grid rebuilt"), ("clinic", R.choice(CLINICS)["slug"]),
                            ("provider_npi", gen_npi()), ("day", appt_dt().strftime("%Y-%m-%d")), ("slots", R.randint(8, 40)), ("dur", "%dms" % R.randint(2, 400))]
        else:
            pairs = base + [("caller", "http/server.go:%d" % R.randint(20, 400)), ("msg", "request"), ("method", "GET"), ("path", "/v1/metrics"),
                            ("status", 200), ("bytes", R.randint(100, 99999)), ("remote", private_ip() + ":%d" % R.randint(30000, 65000)), ("trace_id", hexs(32))]
        emit_logfmt(L, pairs)
        return L
    p = Person(old=R.random() < 0.1)
    k = R.randrange(5)
    if k == 4:
        pairs = base + [("caller", "nemt/mileage.go:%d" % R.randint(50, 300)), ("msg", "mileage reimbursement approved"), ("member", P(p.member, "health_plan")),
                        ("trip_date", P(dfmt(past_dos(), "iso"), "date")), ("miles", "%.1f" % R.uniform(2, 90)), ("vehicle_plate", P(gen_plate(), "vehicle")),
                        ("vin", P(gen_vin(), "vehicle")), ("rate", "0.67")]
    elif k == 0:
        ap = appt_dt()
        pairs = base + [("caller", "reminder/dispatch.go:%d" % R.randint(50, 300)), ("msg", "reminder scheduled"), ("appt_id", R.randint(100000, 9999999)),
                        (R.choice(["patient_id", "pt", "pid"]), P(p.mrn(), "mrn")), ("to", P(ph(p.phone, 3), "phone")),
                        ("appt_start", P(adt(ap, "isooff"), "date")), ("channel", "sms")]
    elif k == 1:
        pairs = base + [("caller", "elig/check.go:%d" % R.randint(50, 300)), ("msg", "eligibility request"), (R.choice(["mbr", "subscriber_id", "member"]), P(p.member, "health_plan")),
                        ("dob", P(dfmt(p.dob, "iso"), "date")), ("name", P(p.name(0), "name")), ("payer", R.choice(PAYERS)[1]), ("dur", "%dms" % R.randint(80, 3000))]
    elif k == 2:
        pairs = base + [("caller", "docs/release.go:%d" % R.randint(50, 300)), ("msg", "records release queued"), ("req", "ROI-%d" % R.randint(10000, 99999)),
                        ("patient", P(p.name(0), "name")), ("deliver_to_fax", P(ph(p.phone2, 4), "fax")), ("pages", R.randint(2, 80))]
    else:
        pairs = base + [("caller", "portal/session.go:%d" % R.randint(50, 300)), ("msg", "login ok"), ("user", P(p.username, "other_id")),
                        ("client_ip", P(public_ip(), "ip")), ("mfa", R.choice(["sms", "totp"])), ("session", hexs(24))]
        if p.age > 89:
            pairs.append(("age", P(p.age, "age")))
    emit_logfmt(L, pairs)
    return L


def f_key_colon(t, phi):
    L = Line("key_colon_text")
    L.t("%s [fax-gateway] " % t.strftime("%Y-%m-%d %H:%M:%S"))
    c = R.choice(CLINICS)
    if not phi:
        k = R.randrange(2)
        if k == 0:
            L.t("Inbound fax -> Pages: %d | Sender CSID: %s | Duration: 00:0%d:%02d | Resolution: Fine | Job: FX-%s-%05d | Status: Delivered" % (
                R.randint(1, 30), ph(c["fax"], 5), R.randint(0, 5), R.randint(0, 59), t.strftime("%Y%j"), R.randint(1, 99999)))
        else:
            L.t("Outbound fax -> Recipient: %s | Fax: %s | Phone: %s | Attempts: %d | Cover Sheet: standard_v%d | Status: Retry scheduled" % (
                c["name"], ph(c["fax"], 0), ph(c["phone"], 0), R.randint(1, 3), R.randint(1, 9)))
        return L
    p = Person(old=R.random() < 0.35)
    L.t("OCR fields -> ")
    parts = []
    parts.append([("Patient Name", P(p.name(R.choice([1, 2, 0])), "name"))])
    groups = [
        [(R.choice(["DOB", "Date of Birth", "D.O.B."]), P(dfmt(p.dob, R.choice(["us", "us1", "long"])), "date"))],
        [(R.choice(["Member ID", "Subscriber #", "Policy No"]), P(p.member, "health_plan"))],
        [("Phone", P(ph(p.phone, 0), "phone"))],
        [("Address", None)],
        [("Referring", clinician(0))],
        [("Clinic Fax", ph(c["fax"], 0))],
        [("Patient Fax", P(ph(p.phone2, 1), "fax"))],
        [("Age", P(str(p.age), "age") if p.age > 89 else str(p.age))],
        [("SSN", P(ssn_fmt(p.ssn), "ssn"))],
        [("Passport", P(gen_passport(), "other_id"))],
        [("DL#", P(gen_dl(p.state), "license"))],
        [("Date of Service", P(dfmt(past_dos(), "us"), "date"))],
        [("Vehicle Plate", P(gen_plate(), "vehicle"))],
        [("Portal Link", P("https://portal.carewell.io/chart/%d" % p.mrn_n, "url"))],
    ]
    chosen = pick(groups, 2, 5, parts[0])
    for n, (kk, vv) in enumerate(chosen):
        if n:
            L.t(" | ")
        L.t(kk + ": ")
        if kk == "Address":
            L.v(p.addr1(), "address").t(", ").v(p.city, "address").t(", %s " % p.state).v(p.zip, "zip")
        elif isinstance(vv, P):
            L.v(vv.v, vv.cat)
        else:
            L.t(vv)
    L.t(" | Confidence: 0.%02d" % R.randint(55, 99))
    return L


def csv_cell(L, v, cat=None):
    s = str(v)
    if any(ch in s for ch in ',"'):
        L.t('"').v(s.replace('"', '""'), cat).t('"')
    else:
        L.v(s, cat)


def f_csv_inline(t, phi):
    L = Line("csv_inline_header")
    L.t("%s WARN  [reporting-etl] export preview file=" % sp_ts(t))
    if not phi:
        k = R.randrange(2)
        if k == 0:
            L.t('payer_mix_%s.csv header="payer_id,payer_name,claim_count,denial_rate,avg_days_to_pay" row="' % t.strftime("%Y%m%d"))
            pn, pid = R.choice(PAYERS)
            L.t('%s,%s,%d,0.%03d,%.1f"' % (pid, pn.title(), R.randint(100, 9000), R.randint(10, 200), R.uniform(9, 60)))
        else:
            c = R.choice(CLINICS)
            L.t('clinic_dir.csv header="clinic_code,clinic_name,npi,phone,fax,zip" row="%s,%s,%s,%s,%s,%s"' % (
                c["code"], c["name"], c["npi"], ph(c["phone"], 1), ph(c["fax"], 1), c["zip"]))
        L.t(" rows_total=%d" % R.randint(10, 99999))
        return L
    p = Person(old=R.random() < 0.15)
    cols = [("mrn", lambda: (p.mrn(0), "mrn")), ("last_name", lambda: (p.last, "name")), ("first_name", lambda: (p.first, "name")),
            ("dob", lambda: (dfmt(p.dob, "iso"), "date")), ("zip", lambda: (p.zip, "zip")), ("phone", lambda: (ph(p.phone, 1), "phone")),
            ("patient_name", lambda: (p.name(2), "name")), ("guarantor_acct", lambda: (p.acct, "account")),
            ("balance", lambda: ("%d.%02d" % (R.randint(0, 4000), R.randint(0, 99)), None)), ("last_visit", lambda: (dfmt(past_dos(), "iso"), "date")),
            ("payer", lambda: (R.choice(PAYERS)[0].title(), None)), ("age", lambda: (str(p.age), "age" if p.age > 89 else None)),
            ("city", lambda: (p.city, "address")), ("email", lambda: (p.email, "email"))]
    idx = sorted(R.sample(range(len(cols)), R.randint(4, 7)))
    if not any(cols[i][0] in ("mrn", "last_name", "patient_name", "dob", "phone", "email", "guarantor_acct") for i in idx):
        idx = sorted(set(idx) | {0})
    hdr = ",".join(cols[i][0] for i in idx)
    fname = R.choice(["ar_aging", "no_show_list", "recall_due", "outreach_batch"])
    L.t('%s_%s.csv header="%s" row="' % (fname, t.strftime("%Y%m%d"), hdr))
    for n, i in enumerate(idx):
        if n:
            L.t(",")
        val, cat = cols[i][1]()
        s = str(val)
        if "," in s:
            L.t('\\"').v(s, cat).t('\\"')  # CSV-quoted cell inside a quoted log field (escaped quotes)
        else:
            L.v(s, cat)
    L.t('" rows_total=%d' % R.randint(10, 99999))
    return L


def f_pipe_inline(t, phi):
    L = Line("pipe_inline_header")
    L.t("%s eligibility-loader %s " % (iso_ms(t), R.choice(["ERROR", "WARN"])))
    if not phi:
        L.t("plan xref rec %d [PLAN_CD|PLAN_NM|EFF_DT|TERM_DT|GROUP_NBR|PAYER_ID] [" % R.randint(1, 9999))
        pn, pid = R.choice(PAYERS)
        L.t("PPO%d|%s PPO %d|20250101|20251231|%s|%s] reason=%s" % (R.randint(100, 999), pn.title(), R.randint(250, 5000), digits(7), pid,
                                                                   R.choice(["DUP_PLAN", "UNKNOWN_PAYER", "TERM_BEFORE_EFF"])))
        return L
    p = Person()
    L.t("rejected rec %d " % R.randint(1, 99999))
    cols = [("MBR_ID", (p.member, "health_plan")), ("LAST_NM", (fold(p.last).upper(), "name")), ("FIRST_NM", (fold(p.first).upper(), "name")),
            ("DOB", (dfmt(p.dob, "compact"), "date")), ("SEX", (p.sex, None)), ("ZIP5", (p.zip, "zip")), ("PLAN_CD", ("PPO%d" % R.randint(100, 999), None)),
            ("ADDR1", (fold(p.street).upper(), "address")), ("CITY", (p.city.upper(), "address")), ("ST", (p.state, None)), ("SSN", (p.ssn, "ssn")),
            ("PHONE", ("".join(p.phone), "phone")), ("REL_CD", (R.choice(["18", "01", "19"]), None)), ("COV_EFF_DT", ("20250101", None))]
    idx = sorted(set(R.sample(range(len(cols)), R.randint(4, 8))) | {0})
    L.t("[" + "|".join(cols[i][0] for i in idx) + "] [")
    for n, i in enumerate(idx):
        if n:
            L.t("|")
        v, cat = cols[i][1]
        L.v(v, cat)
    L.t("] reason=%s" % R.choice(["DOB_MISMATCH", "MBR_NOT_FOUND", "NAME_MISMATCH", "DUP_MBR"]))
    return L


def xq(s, apos=False):
    s = s.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    if apos:
        s = s.replace("'", "&apos;")
    return s


def f_xml(t, phi):
    L = Line("xml_attrs")
    L.t("%s DEBUG [soap-inbound] %s " % (sp_ts(t), R.choice(["body:", "payload=", "rx"])))
    if not phi:
        k = R.randrange(2)
        if k == 0:
            L.t('<Ack code="AA" messageId="%s" correlationId="%s" timestamp="%s" elapsedMs="%d"/>' % (uuid4(), uuid4(), iso_ms(t), hms_ms()))
        else:
            c = R.choice(CLINICS)
            L.t('<Organization id="%s" name="%s" npi="%s"><Telecom use="WP" value="tel:%s"/><Telecom use="FAX" value="fax:%s"/><Address line1="%s" city="%s" state="%s" zip="%s"/></Organization>' % (
                c["slug"], xq(c["name"]), c["npi"], ph(c["phone"], 3), ph(c["fax"], 3), c["street"], c["city"], c["st"], c["zip"]))
        return L
    p = Person()
    apos = R.random() < 0.5
    L.t('<PatientDemographics xmlns="urn:carewell:intake:v2" mrn="').v(xq(p.mrn(), apos), "mrn").t('"')
    L.t(' lastName="').v(xq(p.last, apos), "name").t('" firstName="').v(xq(p.first, apos), "name").t('"')
    if R.random() < 0.8:
        L.t(' birthDate="').v(dfmt(p.dob, R.choice(["compact", "iso"])), "date").t('"')
    L.t(' gender="%s">' % p.sex)
    if R.random() < 0.6:
        L.t('<Address use="H" line1="').v(xq(p.street), "address").t('"')
        if p.unit:
            L.t(' line2="').v(xq(p.unit), "address").t('"')
        L.t(' city="').v(xq(p.city), "address").t('" state="%s" zip="' % p.state).v(p.zip, "zip").t('"/>')
    if R.random() < 0.6:
        L.t('<Telecom use="HP" value="tel:').v(ph(p.phone, 3), "phone").t('"/>')
    if R.random() < 0.4:
        L.t('<Telecom use="NET" value="mailto:').v(p.email, "email").t('"/>')
    if R.random() < 0.3:
        L.t('<Coverage payerId="%s" memberId="' % R.choice(PAYERS)[1]).v(p.member, "health_plan").t('"/>')
    if R.random() < 0.3:
        L.t('<Identification type="DL" issuer="%s" value="' % p.state).v(gen_dl(p.state), "license").t('"/>')
    if R.random() < 0.3:
        L.t('<Provider role="PCP" name="%s" npi="%s"/>' % (xq(clinician(1)), gen_npi()))
    L.t("</PatientDemographics>")
    return L


def f_yaml_block(t, phi):
    """Multi-line YAML dump: a logger header line, then the document lines."""
    out = []
    h = Line("yaml_block")
    h.t("%s - intake.mapper - DEBUG - %s" % (py_ts(t), R.choice(["normalized payload:", "dumping mapped resource (yaml):", "pre-submit snapshot:"])))
    out.append(h)

    def ln(indent, key, val=None, cat=None, dash=False):
        L = Line("yaml_block")
        L.t(" " * indent + ("- " if dash else "") + key + ":")
        if isinstance(val, int):
            L.t(" ").v(str(val), cat)
        elif val is not None:
            a, b, c = yq(str(val))
            L.t(" " + a).v(b, cat).t(c)
        out.append(L)

    if not phi:
        if R.random() < 0.5:
            ln(0, "retry")
            ln(2, "maxAttempts", R.randint(3, 8))
            ln(2, "backoffMs", R.choice([250, 500, 1000]))
        else:
            ln(0, "upstream")
            ln(2, "host", "eligibility-gw.prod.internal")
            ln(2, "port", R.choice([8443, 50051, 9443]))
            ln(2, "region", R.choice(REGIONS))
        if R.random() < 0.5:
            ln(0, "releasedAt", t.strftime("%Y-%m-%d"))
        return out
    p = Person(old=R.random() < 0.15)
    ln(0, "patient")
    if R.random() < 0.6:
        ln(2, "id", p.mrn(0), "mrn")
    ln(2, "name")
    ln(4, "given", p.first, "name")
    ln(4, "family", p.last, "name")
    if R.random() < 0.8:
        ln(2, "birthDate", dfmt(p.dob, "iso"), "date")
    opt = R.choice(["telecom", "address", "none"])
    if opt == "telecom":
        ln(2, "telecom")
        ln(4, "system", "phone", dash=True)
        ln(6, "value", ph(p.phone, R.choice([0, 1, 3])), "phone")
    if opt == "address":
        ln(2, "address")
        ln(4, "line", p.addr1(), "address")
        ln(4, "city", p.city, "address")
        ln(4, "state", p.state)
        ln(4, "postalCode", p.zip, "zip")
    if p.age > 89:
        ln(2, "ageYears", p.age, "age")
    ln(2, "managingOrganization", R.choice(CLINICS)["name"])
    return out


def f_yaml_flow(t, phi):
    L = Line("yaml_flow")
    L.t("%s [%s] config-sync: " % (iso_ms(t), pod("sched-api")))
    if not phi:
        o = {"retry": {"max_attempts": R.randint(3, 8), "backoff_ms": R.choice([250, 500])}, "slots": {"granularity_min": 15, "horizon_days": R.choice([60, 90, 120])},
             "region": R.choice(REGIONS), "feature_flags": ["waitlist_v2", "sms_confirm"]}
        emit_yaml_flow(L, o)
        return L
    p = Person()
    o = {"kind": "WaitlistEntry", "patient": {"name": P(p.name(0), "name"), "dob": P(dfmt(p.dob, "iso"), "date")}}
    if R.random() < 0.6:
        o["patient"]["phone"] = P(ph(p.phone, R.choice([1, 3])), "phone")
    if R.random() < 0.4:
        o["patient"]["email"] = P(p.email, "email")
    o["preferred"] = {"provider": clinician(1), "earliest": P(appt_dt().strftime("%Y-%m-%d"), "date")}
    o["priority"] = R.randint(1, 5)
    emit_yaml_flow(L, o)
    return L


SPRING_LOGGERS = ["c.c.billing.claims.ClaimSubmitter", "c.c.b.payments.CardPaymentService", "c.c.billing.stmt.StatementMailer",
                  "c.c.elig.client.EligibilityClient", "c.c.intake.address.AddressService"]


def spring_prefix(L, t, lvl, logger, thread=None):
    thread = thread or R.choice(["nio-8080-exec-%d" % R.randint(1, 10), "main", "scheduling-1", "task-%d" % R.randint(1, 8)])
    if R.random() < 0.5:
        L.t("%s %5s 1 --- [%15s] %-40s : " % (sp_ts(t), lvl, thread[-15:], logger[:40]))
    else:
        L.t("%s %5s 1 --- [billing-engine] [%15s] %-40s : " % (iso_ms(t), lvl, thread[-15:], logger[:40]))


def f_spring(t, phi):
    L = Line("spring_boot")
    if not phi:
        k = R.randrange(5)
        if k == 0:
            spring_prefix(L, t, "INFO", "c.c.billing.BillingEngineApplication", "main")
            L.t("Started BillingEngineApplication in %.3f seconds (process running for %.3f)" % (R.uniform(8, 30), R.uniform(30, 40)))
        elif k == 1:
            spring_prefix(L, t, "INFO", "com.zaxxer.hikari.pool.HikariPool", "main")
            L.t("HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@%s" % hexs(8))
        elif k == 2:
            spring_prefix(L, t, "INFO", "c.c.billing.claims.BatchAssembler")
            L.t("Fetched %d claims for batch B%s-%04d in %d ms" % (R.randint(10, 900), t.strftime("%Y%m%d"), R.randint(1, 9999), R.randint(10, 9000)))
        elif k == 3:
            spring_prefix(L, t, "INFO", "c.c.billing.era.EraParser")
            L.t("Remittance file ERA_%s_%s.835 parsed: %d CLP segments, total paid %.2f" % (R.choice(PAYERS)[1], (t - timedelta(days=1)).strftime("%Y%m%d"), R.randint(1, 500), R.uniform(100, 90000)))
        else:
            spring_prefix(L, t, "WARN", "o.s.web.client.RestTemplate")
            L.t("I/O error on POST request for \"https://api.%s.com/v1/claims\": Read timed out; retry %d/3" % (R.choice(["availity", "waystar", "changehealthcare"]), R.randint(1, 3)))
        return L
    p = Person()
    k = R.randrange(5)
    spring_prefix(L, t, R.choice(["INFO", "INFO", "WARN", "DEBUG"]), SPRING_LOGGERS[k])
    if k == 0:
        L.t("Submitting claim CLM-%s for subscriber " % digits(10)).v(p.member, "health_plan").t(" (").v(p.name(2), "name").t(") DOS ").v(dfmt(past_dos(), "iso"), "date")
    elif k == 1:
        L.t("Card payment authorized for account ").v(p.acct, "account").t(": pan=").v(gen_card(), "account").t(" amount=%d.%02d authCode=%s" % (R.randint(5, 900), R.randint(0, 99), alnum(6)))
    elif k == 2:
        g = Person()
        L.t("Sending statement %d to guarantor " % R.randint(100000, 999999)).v(g.name(0), "name").t(" <").v(g.email, "email").t(">")
    elif k == 3:
        L.t("271 received: member=").v(p.member, "health_plan").t(" dob=").v(dfmt(p.dob, "compact"), "date").t(" status=%s plan=%s" % (R.choice(["ACTIVE", "INACTIVE"]), "PPO%d" % R.randint(100, 999)))
    else:
        L.t("Patient ").v(p.mrn(), "mrn").t(" address standardized to ").v(p.addr1().upper(), "address").t(", ").v(p.city.upper(), "address").t(", %s " % p.state).v(p.zip + "-" + p.zip4, "zip")
    return L


def f_python(t, phi):
    L = Line("python_logging")
    style = R.randrange(3)
    lvl = R.choice(["INFO", "WARNING", "DEBUG"])

    def pre(name):
        if style == 0:
            L.t("%s - %s - %s - " % (py_ts(t), name, lvl))
        elif style == 1:
            L.t("%s:%s:" % (lvl, name))
        else:
            L.t("[%s] %s in %s: " % (py_ts(t), lvl, name.split(".")[-1]))
    if not phi:
        k = R.randrange(4)
        if k == 0:
            pre("celery.worker.strategy")
            L.t("Task reports.build_daily[%s] received" % uuid4())
        elif k == 1:
            pre("urllib3.connectionpool")
            L.t('https://api.availity.com:443 "POST /availity/v1/coverages HTTP/1.1" %d %d' % (R.choice([200, 202, 429]), R.randint(100, 9000)))
        elif k == 2:
            pre("intake.ocr")
            L.t("page %d/%d processed in %.2fs (engine=textract, confidence=0.%02d)" % (R.randint(1, 9), R.randint(9, 20), R.uniform(0.2, 9), R.randint(40, 99)))
        else:
            pre("intake.match")
            L.t("candidate scoring done: %d candidates, best=0.%02d threshold=0.90 model=fs-v%d" % (R.randint(0, 40), R.randint(10, 89), R.randint(2, 9)))
        return L
    k = R.randrange(4)
    p = Person(old=R.random() < (0.7 if k == 3 else 0.1))
    if k == 0:
        pre("intake.ocr")
        L.t("low confidence (0.%02d) on field dob='" % R.randint(40, 80)).v(dfmt(p.dob, R.choice(["us", "us1", "dmy"])), "date").t("' submission=%s" % uuid4())
    elif k == 1:
        pre("intake.match")
        L.t("probable duplicate: '").v(p.name(0), "name").t("' dob=").v(dfmt(p.dob, "iso"), "date").t(" matches MRN ").v(p.mrn(0), "mrn").t(" (score=0.%02d)" % R.randint(90, 99))
    elif k == 2:
        pre("intake.forms")
        L.t("emergency contact phone normalized: '").v(ph(p.phone2, 2), "phone").t("' -> ").v(ph(p.phone2, 3), "phone")
    else:
        pre("intake.age")
        if p.age > 89:
            L.t("age bucket override for patient ").v(p.mrn(), "mrn").t(": computed age ").v(str(p.age), "age").t(" -> bucket '90+'")
        else:
            L.t("age bucket for patient ").v(p.mrn(), "mrn").t(": computed age %d -> bucket '%d-%d'" % (p.age, p.age // 10 * 10, p.age // 10 * 10 + 9))
    return L


def f_go_std(t, phi):
    L = Line("go_stdlog")
    L.t(go_ts(t) + " ")
    if not phi:
        k = R.randrange(4)
        if k == 0:
            L.t("http: TLS handshake error from %s:%d: EOF" % (private_ip(), R.randint(30000, 65000)))
        elif k == 1:
            L.t("listening on :%d (pid %d, version v%d.%d.%d)" % (R.choice([8443, 9090, 50051]), R.randint(1, 99999), R.randint(1, 4), R.randint(0, 30), R.randint(0, 20)))
        elif k == 2:
            L.t("notifier: twilio status callback sid=SM%s status=%s err=%s" % (hexs(32), R.choice(["delivered", "undelivered"]), R.choice(["-", "30003", "30005"])))
        else:
            L.t("handler.go:%d: slots clinic=%s date=%s took %dms" % (R.randint(20, 300), R.choice(CLINICS)["slug"], appt_dt().strftime("%Y-%m-%d"), R.randint(1, 900)))
        return L
    k = R.randrange(5)
    p = Person(old=(k == 4))
    if k == 4:
        L.t("triage: ").v(str(p.age), "age").t(" y/o %s, chief complaint=%s, mrn=" % (p.sex, R.choice(["fall", "dyspnea", "confusion", "hip pain"]))).v(p.mrn(), "mrn").t(" acuity=%d" % R.randint(2, 4))
    elif k == 0:
        ap = appt_dt()
        L.t("notifier: sms queued to ").v(ph(p.phone, 3), "phone").t(" (appt %d on " % R.randint(100000, 999999)).v(ap.strftime("%Y-%m-%d %H:%M"), "date").t(")")
    elif k == 1:
        L.t("handler.go:%d: lookup member=" % R.randint(20, 300)).v(p.member, "health_plan").t(" dob=").v(dfmt(p.dob, "iso"), "date").t(" -> %d in %dms" % (R.choice([200, 404]), R.randint(10, 900)))
    elif k == 2:
        L.t("ivr: outbound call to ").v(ph(p.phone, 4), "phone").t(" for ").v(p.name(0), "name").t(" result=%s" % R.choice(["answered_human", "voicemail", "no_answer"]))
    else:
        L.t("geo: resolved ").v(public_ip(), "ip").t(" -> %s (user " % R.choice(["Comcast", "Verizon", "T-Mobile USA"])).v(p.username, "other_id").t(")")
    return L


def f_zap(t, phi):
    L = Line("zap_json")
    o = {"level": R.choice(["info", "debug", "warn"]), "ts": round(epoch_s(t), 4), "caller": None, "msg": None}
    if not phi:
        k = R.randrange(3)
        if k == 0:
            o.update({"caller": "search/index.go:%d" % R.randint(20, 400), "msg": "flushed batch", "docs": R.randint(1, 5000), "bytes": R.randint(1000, 9999999), "took": "%.1fms" % R.uniform(1, 900)})
        elif k == 1:
            o.update({"caller": "rpm/ingest.go:%d" % R.randint(20, 400), "msg": "gateway connected", "gateway": "gw-%s" % hexs(6), "fw": "%d.%d.%d" % (R.randint(1, 4), R.randint(0, 20), R.randint(0, 99)), "remote": private_ip() + ":8883"})
        else:
            o.update({"caller": "search/reindex.go:%d" % R.randint(20, 400), "msg": "alias swapped", "from": "patients_v%d" % R.randint(3, 8), "to": "patients_v%d" % R.randint(9, 12), "shards": R.choice([3, 6, 12])})
        emit_json(L, o)
        return L
    p = Person()
    k = R.randrange(4)
    if k == 3:
        o.update({"caller": "kiosk/checkin.go:%d" % R.randint(20, 400), "msg": "face template stored", "kiosk": "ksk-%s" % hexs(4), "patientId": P(p.mrn(), "mrn"),
                  "faceTemplate": P(rand_b64(R.randint(96, 128)), "biometric"), "templateVersion": "arc-%d.%d" % (R.randint(1, 4), R.randint(0, 9))})
    elif k == 0:
        o.update({"caller": "search/index.go:%d" % R.randint(20, 400), "msg": "indexed patient", "patientId": P(p.mrn(), "mrn"), "lastName": P(p.last, "name"),
                  "firstName": P(p.first, "name"), "dob": P(dfmt(p.dob, "iso"), "date"), "took": "%.1fms" % R.uniform(1, 90)})
    elif k == 1:
        o.update({"caller": "rpm/ingest.go:%d" % R.randint(20, 400), "msg": "reading ingested", "imei": P(gen_imei(), "device"), "deviceSerial": P("BPM" + alnum(9), "device"),
                  "patientRef": P(p.mrn(), "mrn"), "systolic": R.randint(95, 190), "diastolic": R.randint(55, 110), "pulse": R.randint(45, 120)})
    else:
        o.update({"caller": "portal/geo.go:%d" % R.randint(20, 400), "msg": "login geo check", "clientIp": P(public_ip6() if R.random() < 0.3 else public_ip(), "ip"),
                  "homeZip": P(p.zip, "zip"), "distanceKm": round(R.uniform(0, 900), 1), "risk": R.choice(["low", "medium"])})
    emit_json(L, o)
    return L


def f_pino(t, phi):
    L = Line("pino_json")
    o = {"level": R.choice([30, 30, 40, 20]), "time": epoch_ms(t), "pid": R.randint(1, 400), "hostname": pod(R.choice(["notif-dispatch", "portal-bff", "rpm-bridge"]))}
    if not phi:
        k = R.randrange(3)
        if k == 0:
            o.update({"reqId": "req-%x" % R.randint(1, 99999), "req": {"method": "GET", "url": "/healthz", "remoteAddress": private_ip()}, "res": {"statusCode": 200}, "responseTime": R.randint(0, 20), "msg": "request completed"})
        elif k == 1:
            o.update({"msg": "email sent", "to": "noreply-bounces@carewell.io", "template": "weekly_ops_digest", "messageId": "<%s@email.amazonses.com>" % ("0100018f" + hexs(8) + "-" + uuid4())})
        else:
            o.update({"msg": "device firmware catalog refreshed", "models": ["UA-651BLE", "BP7250", "G7"], "count": R.randint(3, 40), "etag": '"%s"' % hexs(32)})
        emit_json(L, o)
        return L
    p = Person()
    k = R.randrange(8)
    if k == 6:
        o.update({"msg": "voice biometric enrolled", "patientId": P(p.mrn(), "mrn"), "voiceprint": {"engine": "vb-7", "sampleRateHz": 8000, "template": P(rand_b64(R.randint(60, 110)), "biometric")}})
    elif k == 7:
        o.update({"msg": "id document uploaded", "patientId": P(p.mrn(), "mrn"), "side": "front", "mime": "image/jpeg", "faceCrop": P(jpeg_b64(R.randint(120, 260)), "photo"), "dlNumber": P(gen_dl(p.state), "license")})
    elif k == 0:
        o.update({"msg": "email sent", "to": P(p.email, "email"), "template": "appt_reminder_v3", "messageId": "<%s@email.amazonses.com>" % ("0100018f" + hexs(8) + "-" + uuid4())})
    elif k == 1:
        o.update({"msg": "parking validated", "patientId": P(p.mrn(), "mrn"), "vehicle": {"plate": P(gen_plate(), "vehicle"), "state": p.state}, "garage": R.choice(["P2", "North Deck"])})
    elif k == 2:
        o.update({"msg": "device paired", "patientId": P(p.mrn(), "mrn"), "device": {"mac": P(gen_mac(), "device"), "serial": P(alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(8), "device"), "model": R.choice(["UA-651BLE", "BP7250", "HN-290T"])}})
    elif k == 3:
        o.update({"msg": "id verification result", "dlNumber": P(gen_dl(p.state), "license"), "dlState": p.state, "dob": P(dfmt(p.dob, "iso"), "date"), "selfieMatchScore": round(R.uniform(0.6, 0.99), 3)})
    elif k == 4:
        o.update({"msg": "cita confirmada", "paciente": {"nombre": P(p.first, "name"), "apellido": P(p.last, "name"), "telefonoMovil": P(ph(p.phone, 3), "phone")}, "fechaCita": P(appt_dt().strftime("%d/%m/%Y"), "date"), "idioma": "es-MX"})
    else:
        o.update({"msg": "cgm sensor registered", "patientId": P(p.mrn(), "mrn"), "udi": P(gen_udi(), "device"), "sensorSerial": P(digits(2) + alnum(8), "device")})
    emit_json(L, o)
    return L


def f_winston(t, phi):
    L = Line("winston_text")
    if not phi:
        k = R.randrange(3)
        if k == 0:
            L.t('info: Connected to Redis {"host":"redis-notif.prod.internal","port":6379,"db":%d,"service":"notif-dispatch","timestamp":"%s"}' % (R.randint(0, 5), iso_ms(t)))
        elif k == 1:
            L.t('warn: Rate limit approaching {"provider":"twilio","used":%d,"limit":50000,"service":"notif-dispatch","timestamp":"%s"}' % (R.randint(30000, 49000), iso_ms(t)))
        else:
            c = R.choice(CLINICS)
            L.t('info: Clinic sender number verified {"clinic":"%s","from":"+1%s","service":"notif-dispatch","timestamp":"%s"}' % (c["slug"], "".join(c["phone"]), iso_ms(t)))
        return L
    p = Person()
    k = R.randrange(3)
    if k == 0:
        L.t("info: Sending SMS reminder ")
        emit_json(L, {"to": P(ph(p.phone, 3), "phone"), "template": "appt_confirm", "service": "notif-dispatch", "timestamp": iso_ms(t)})
    elif k == 1:
        L.t("warn: Bounce received for ").v(p.email, "email").t(" ")
        emit_json(L, {"type": "Permanent", "subType": "General", "service": "notif-dispatch", "timestamp": iso_ms(t)})
    else:
        L.t("info: Voicemail drop ")
        emit_json(L, {"patient": P(p.name(0), "name"), "phone": P(ph(p.phone, 0), "phone"), "lang": "en-US", "service": "notif-dispatch", "timestamp": iso_ms(t)})
    return L


def f_dotnet(t, phi):
    two = R.random() < 0.35
    L = Line("dotnet_console")
    pre = ("%s " % sp_ts(t)) if R.random() < 0.4 else ""
    if not phi:
        k = R.randrange(3)
        cat, msg = [("Microsoft.Hosting.Lifetime[14]", "Now listening on: http://[::]:8080"),
                    ("Microsoft.EntityFrameworkCore.Database.Command[20101]", "Executed DbCommand (%dms) [Parameters=[@__p_0='?' (DbType = Int32)], CommandType='Text', CommandTimeout='30']" % R.randint(1, 900)),
                    ("Carewell.Billing.Statements.StatementJob[2000]", "Statement run %s started for %d accounts" % (t.strftime("%Y%m%d"), R.randint(100, 90000)))][k]
        lv = "info" if k != 1 else "info"
        if two:
            L.t(pre + "%s: %s" % (lv, cat))
            L2 = Line("dotnet_console")
            L2.t("      " + msg)
            return [L, L2]
        L.t(pre + "%s: %s %s" % (lv, cat, msg))
        return L
    p = Person()
    k = R.randrange(3)
    cat = ["Carewell.Billing.Statements.StatementJob[2001]", "Carewell.Billing.Collections.DunningService[3104]", "Carewell.Scheduling.Waitlist.Notifier[1502]"][k]
    if two:
        L.t(pre + "info: " + cat)
        M = Line("dotnet_console")
        M.t("      ")
        out = [L, M]
    else:
        L.t(pre + "info: " + cat + " ")
        M = L
        out = L
    if k == 0:
        M.t("Generated statement %d for guarantor " % R.randint(10000, 999999)).v(p.name(2), "name").t(" (account ").v(p.acct, "account").t("), balance $%d.%02d" % (R.randint(1, 3000), R.randint(0, 99)))
    elif k == 1:
        M.t("Account ").v(p.acct, "account").t(" moved to stage %d; letter mailed to " % R.randint(1, 4)).v(p.addr1(), "address").t(", ").v(p.city, "address").t(", %s " % p.state).v(p.zip, "zip")
    else:
        M.t("Offered slot ").v(adt(appt_dt(), "us12"), "date").t(" to ").v(p.name(0), "name").t(" via ").v(ph(p.phone, 9), "phone")
    return out


PORTAL_UA = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
             'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
             'Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.100 Mobile Safari/537.36',
             'CarewellPortal/5.12.0 (com.carewell.portal; build:4821; iOS 18.1.0) Alamofire/5.9.1']


def f_nginx(t, phi):
    L = Line("nginx_combined")
    q = urllib.parse.quote
    if not phi:
        k = R.randrange(3)
        ip = private_ip()
        req, ua, st = [("GET /healthz HTTP/1.1", "kube-probe/1.29", 200),
                       ("GET /static/js/main.%s.chunk.js HTTP/2.0" % hexs(8), PORTAL_UA[1], 200),
                       ("GET /api/v1/clinics/%s/slots?date=%s&provider=%d HTTP/1.1" % (R.choice(CLINICS)["slug"], appt_dt().strftime("%Y-%m-%d"), R.randint(1000, 9999)), "okhttp/4.12.0", 200)][k]
        L.t('%s - - [%s] "%s" %d %d "-" "%s" rt=%.3f uct=0.000 urt=%.3f' % (ip, clf_ts(t), req, st, R.randint(0, 90000), ua, R.uniform(0, 1), R.uniform(0, 1)))
        return L
    p = Person()
    L.v(public_ip(), "ip").t(' - - [%s] "' % clf_ts(t))
    k = R.randrange(5)
    if k == 0:
        L.t("GET /portal/api/v1/patients/search?last_name=").v(q(p.last), "name").t("&dob=").v(q(dfmt(p.dob, "us"), safe=""), "date").t("&page=1")
    elif k == 1:
        L.t("GET /portal/api/v2/members/").v(p.member, "health_plan").t("/eligibility?dos=").v(appt_dt().strftime("%Y-%m-%d"), "date").t("&payer=%s" % R.choice(PAYERS)[1])
    elif k == 2:
        L.t("GET /portal/appointments/confirm?phone=").v(q(ph(p.phone, 3), safe=""), "phone").t("&code=%06d" % R.randint(0, 999999))
    elif k == 3:
        L.t("GET /portal/statements/").v(p.acct, "account").t(".pdf?download=1")
    else:
        L.t("POST /portal/login?next=%2Fmessages%2F" + str(R.randint(1000, 99999)))
    L.t(' HTTP/%s" %d %d "https://portal.carewell.io/" "%s" rt=%.3f uct=0.001 urt=%.3f' % (R.choice(["1.1", "2.0"]), R.choice([200, 200, 302, 404]), R.randint(0, 90000), R.choice(PORTAL_UA), R.uniform(0, 1), R.uniform(0, 1)))
    return L


def f_alb(t, phi):
    L = Line("aws_alb")
    acct = "48213" + digits(7)
    lb = "app/portal-alb/%s" % hexs(16)
    tgt = "%s:%d" % (private_ip(), 8080)
    q = urllib.parse.quote
    L.t("https %s %s " % (iso_us(t), lb))
    if not phi:
        L.t("%s:%d %s %.3f %.3f %.3f 200 200 %d %d " % (private_ip(), R.randint(1024, 65000), tgt, R.uniform(0, 0.01), R.uniform(0, 0.5), 0, R.randint(100, 900), R.randint(100, 90000)))
        L.t('"GET https://api.carewell.io:443/v1/%s HTTP/1.1" "ELB-HealthChecker/2.0"' % R.choice(["health", "version", "metrics"]))
    else:
        p = Person()
        L.v(public_ip(), "ip").t(":%d %s %.3f %.3f %.3f 200 200 %d %d " % (R.randint(1024, 65000), tgt, R.uniform(0, 0.01), R.uniform(0, 0.5), 0, R.randint(100, 900), R.randint(100, 90000)))
        L.t('"GET https://portal.carewell.io:443/')
        k = R.randrange(3)
        if k == 0:
            L.t("appointments?patientId=").v(p.mrn(), "mrn").t("&date=").v(appt_dt().strftime("%Y-%m-%d"), "date")
        elif k == 1:
            L.t("profile?email=").v(q(p.email, safe=""), "email")
        else:
            L.t("api/intake/prefill?first=").v(q(p.first), "name").t("&last=").v(q(p.last), "name").t("&zip=").v(p.zip, "zip")
        L.t(' HTTP/1.1" "%s"' % R.choice(PORTAL_UA))
    L.t(' ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:%s:%s:targetgroup/portal-tg/%s "Root=1-%08x-%s" "%s" "arn:aws:acm:%s:%s:certificate/%s" 0 %s "forward" "-" "-" "%s" "200" "-" "-"' % (
        "us-east-1", acct, hexs(16), int(epoch_s(t)), hexs(24), R.choice(["portal.carewell.io", "api.carewell.io"]), "us-east-1", acct, uuid4(), iso_us(t), tgt))
    return L


def f_es(t, phi):
    L = Line("es_query_body")
    L.t("%s [search-svc] es request POST /%s/_search took=%dms body=" % (iso_ms(t), R.choice(["patients_v7", "patients-read", "members_v3"]), R.randint(2, 900)))
    if not phi:
        o = {"size": 0, "query": {"range": {"@timestamp": {"gte": "now-%dh" % R.choice([1, 24, 168])}}},
             "aggs": {"by_clinic": {"terms": {"field": "clinic_id", "size": 50}, "aggs": {"p95": {"percentiles": {"field": "wait_minutes", "percents": [95]}}}}}}
        emit_json(L, o)
        return L
    p = Person()
    must = []
    k = R.randrange(3)
    if k == 0:
        must.append({"match_phrase_prefix": {"name.full": P(p.name(0).lower(), "name")}})
        must.append({"term": {"birth_date": P(dfmt(p.dob, "iso"), "date")}})
    elif k == 1:
        must.append({"multi_match": {"query": P(ph(p.phone, 4), "phone"), "fields": ["phones.normalized", "phones.raw"]}})
    else:
        must.append({"term": {"member_id.keyword": P(p.member, "health_plan")}})
        must.append({"match": {"last_name": {"query": P(p.last, "name"), "fuzziness": "AUTO"}}})
    o = {"query": {"bool": {"must": must, "filter": [{"term": {"tenant_id": R.choice(CLINICS)["slug"]}}]}}, "size": R.choice([10, 20]), "_source": ["mrn", "name", "dob"]}
    emit_json(L, o)
    return L


def f_cache(t, phi):
    L = Line("cache_keys")
    L.t("%s %s " % (iso_ms(t), R.choice(["[cache]", "redis>", "cache:"])))
    if not phi:
        k = R.randrange(3)
        if k == 0:
            L.t("HIT cfg:tenant:%s:feature_flags v=%d (0ms)" % (R.choice(CLINICS)["slug"], R.randint(1, 99)))
        elif k == 1:
            L.t("SETEX slots:provider:%d:%s %d <%.1fKB>" % (R.randint(1000, 9999), appt_dt().strftime("%Y%m%d"), R.choice([300, 900, 3600]), R.uniform(0.2, 40)))
        else:
            L.t("INCR rate:ip:%s:%s -> %d" % (private_ip(), t.strftime("%Y%m%d%H%M"), R.randint(1, 600)))
        return L
    p = Person()
    k = R.randrange(5)
    if k == 0:
        L.t("MISS patient:lookup:DOB:").v(dfmt(p.dob, "compact"), "date").t(":LN:").v(fold(p.last).upper(), "name").t(" ttl=900 (%dms)" % R.randint(1, 9))
    elif k == 1:
        L.t("SETEX elig:mbr:").v(p.member, "health_plan").t(":dos:").v(dfmt(past_dos(), "compact"), "date").t(" 3600 <%.1fKB>" % R.uniform(0.2, 9))
    elif k == 2:
        L.t("DEL pt:phone:").v(ph(p.phone, 3), "phone").t(" reason=contact_update")
    elif k == 3:
        L.t("GET otp:sms:").v("".join(p.phone), "phone").t(" -> (nil)")
    else:
        L.t("HGETALL session:portal:").v(p.email.lower(), "email").t(" -> %d fields" % R.randint(3, 12))
    return L


def sqlq(s):
    return s.replace("'", "''")


def f_postgres(t, phi):
    L = Line("postgres_log")
    L.t("%s UTC [%d] %s@%s " % (sp_ts(t), R.randint(1000, 99999), R.choice(["app_rw", "carewell_app", "etl_user"]), R.choice(["intake", "carewell", "billing"])))
    if not phi:
        k = R.randrange(4)
        if k == 0:
            L.t("LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, %d removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s" % (
                R.randint(10, 9000), R.uniform(0, 30), R.randint(0, 3), R.randint(0, 9), R.uniform(0, 200), R.uniform(0, 1), R.uniform(0, 200)))
        elif k == 1:
            L.t("LOG:  duration: %.3f ms  statement: REFRESH MATERIALIZED VIEW CONCURRENTLY rpt_daily_visits" % R.uniform(100, 90000))
        elif k == 2:
            L.t('DETAIL:  Key (provider_id, slot_start)=(%d, %s:00) already exists.' % (R.randint(1000, 9999), adt(appt_dt(), "sp")))
        else:
            L.t("LOG:  duration: %.3f ms  execute <unnamed>: UPDATE jobs SET status = 'done', finished_at = now() WHERE id = %d" % (R.uniform(0.1, 20), R.randint(100000, 99999999)))
        return L
    p = Person()
    k = R.randrange(4)
    L.t("LOG:  duration: %.3f ms  statement: " % R.uniform(0.1, 900))
    if k == 0:
        L.t("SELECT id, mrn FROM patients WHERE lower(last_name) = '").v(sqlq(p.last.lower()), "name").t("' AND dob = '").v(dfmt(p.dob, "iso"), "date").t("' LIMIT 20")
    elif k == 1:
        L.t("UPDATE patient_contacts SET phone = '").v(ph(p.phone, 1), "phone").t("', email = '").v(p.email, "email").t("' WHERE patient_id = ").v(str(p.mrn_n), "mrn")
    elif k == 2:
        g = Person()
        L.t("INSERT INTO guarantors (patient_id, first_nm, last_nm, ssn, created_by) VALUES (").v(str(p.mrn_n), "mrn").t(", '").v(sqlq(g.first), "name").t("', '").v(sqlq(g.last), "name").t("', '").v(ssn_fmt(g.ssn, 0), "ssn").t("', '%s')" % staff())
    else:
        L.t("SELECT * FROM coverage WHERE member_id = '").v(p.member, "health_plan").t("' AND effective_from <= '%s'" % t.strftime("%Y-%m-%d"))
    return L


def f_mongo(t, phi):
    L = Line("mongodb_json")
    o = {"t": {"$date": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+00:00" % (t.microsecond // 1000)}, "s": "I"}
    if not phi:
        o.update({"c": "NETWORK", "id": 22943, "ctx": "listener", "msg": "Connection accepted",
                  "attr": {"remote": "%s:%d" % (private_ip(), R.randint(30000, 65000)), "uuid": {"uuid": {"$uuid": uuid4()}}, "connectionId": R.randint(1, 99999), "connectionCount": R.randint(1, 400)}})
        emit_json(L, o)
        return L
    p = Person()
    filt = {}
    if R.random() < 0.7:
        filt["applicant.lastName"] = P(p.last, "name")
    filt["applicant.dob"] = P(dfmt(p.dob, "iso"), "date")
    if R.random() < 0.4:
        filt["applicant.contact.email"] = P(p.email, "email")
    o.update({"c": "COMMAND", "id": 51803, "ctx": "conn%d" % R.randint(1, 99999), "msg": "Slow query",
              "attr": {"type": "command", "ns": "intake.submissions", "command": {"find": "submissions", "filter": filt, "limit": 5, "$db": "intake"},
                       "planSummary": "COLLSCAN", "docsExamined": R.randint(1000, 900000), "nreturned": R.randint(0, 3), "durationMillis": R.randint(100, 9000)}})
    emit_json(L, o)
    return L


def f_autocomplete(t, phi):
    L = Line("autocomplete_telemetry")
    o = {"evt": "search.autocomplete", "ts": epoch_ms(t), "session": "s_" + hexs(12), "user": "u_%d" % R.randint(1000, 9999), "surface": R.choice(["front_desk", "scheduler", "billing"])}
    if not phi:
        qv = R.choice(["metformin 5", "cpt 99213", "lakeside ortho", "knee mri", "E11.9", "tdap", "flu shot", "Summit Cardio", "Grace period", "hope clinic"])
        o.update({"q": qv, "q_len": len(qv), "results": R.randint(0, 20), "selected_idx": R.choice([None, 0, 1, 2]), "latency_ms": R.randint(5, 200), "index": R.choice(["catalog", "codes", "clinics"])})
        emit_json(L, o)
        return L
    p = Person()
    k = R.randrange(4)
    if k == 0:
        qv = (p.last + " " + p.first).lower()
        qcat = "name"
    elif k == 1:
        qv, qcat = "".join(p.phone), "phone"
    elif k == 2:
        qv, qcat = dfmt(p.dob, "us"), "date"
    else:
        qv, qcat = p.mrn(0), "mrn"
    o.update({"q": P(qv, qcat), "q_len": len(qv), "results": R.randint(1, 9), "selected_idx": 0})
    lat = R.randint(5, 200)
    if R.random() < 0.7:
        # selected_label is free text: "Baker, Hope \u2014 DOB 03/02/1957 \u2014 MRN 00482913"
        emit_json(L, o, ascii_=True)
        del L.buf[-1:]  # reopen the object
        L.t(',"selected_label":"').v(jstr(p.name(2), True), "name").t(" \\u2014 DOB ").v(dfmt(p.dob, "us"), "date")
        L.t(" \\u2014 MRN ").v(p.mrn(0), "mrn").t('"')
        L.t(',"latency_ms":%d}' % lat)
    else:
        o["latency_ms"] = lat
        emit_json(L, o, ascii_=True)
    return L


def hl7_esc(s):
    return s.replace("\\", "\\E\\").replace("|", "\\F\\").replace("^", "\\S\\").replace("&", "\\T\\").replace("~", "\\R\\")


def f_hl7(t, phi):
    out = []
    ctrl = "MSG%08d" % R.randint(1, 99999999)
    c = R.choice(CLINICS)
    raw = R.random() < 0.5

    def seg():
        L = Line("hl7v2")
        if not raw:
            L.t("%s [hl7-bridge] seg " % iso_ms(t))
        out.append(L)
        return L
    H = Line("hl7v2")
    H.t("%s [hl7-bridge] MLLP rx from %s:%d ctrl=%s type=%s" % (iso_ms(t), private_ip(), R.choice([6661, 2575, 7001]), ctrl, "ACK" if not phi else "ADT^A04"))
    out.append(H)
    if not phi:
        seg().t("MSH|^~\\&|CAREWELL|CWH|EPIC|%s|%s||ACK^A04^ACK|%s|P|2.5.1" % (c["code"], hl7_ts(t), "ACK%08d" % R.randint(1, 99999999)))
        seg().t("MSA|AA|%s|Message accepted" % ctrl)
        return out
    p = Person()
    seg().t("MSH|^~\\&|EPIC|%s|CAREWELL|CWH|%s||ADT^A04^ADT_A01|%s|P|2.5.1" % (c["code"], hl7_ts(t), ctrl))
    seg().t("EVN|A04|%s|||%s^%s^%s" % (hl7_ts(t), R.randint(1000, 9999), "MARSH", "HELEN"))
    L = seg()
    L.t("PID|1||").v(p.mrn(0), "mrn").t("^^^CWH^MR")
    if R.random() < 0.5:
        L.t("~").v(p.member, "health_plan").t("^^^%s^MB" % R.choice(PAYERS)[1])
    L.t("||").v(hl7_esc(fold(p.last).upper()), "name").t("^").v(hl7_esc(fold(p.first).upper()), "name").t("^%s||" % p.mi)
    L.v(dfmt(p.dob, "compact"), "date").t("|%s|||" % p.sex)
    L.v(fold(p.street).upper(), "address").t("^")
    if p.unit:
        L.v(p.unit.upper(), "address")
    L.t("^").v(p.city.upper(), "address").t("^%s^" % p.state).v(p.zip, "zip").t("^USA^H^^")
    L.v(p.county.upper(), "address").t("||").v(ph(p.phone, 7), "phone").t("^PRN^PH|||%s||" % R.choice(["M", "S", "W", "D"]))
    L.v(p.acct, "account").t("|").v(ssn_fmt(p.ssn, 0), "ssn").t("|")
    if R.random() < 0.4:
        L.v(gen_dl(p.state), "license").t("^%s" % p.state)
    if R.random() < 0.6:
        g = Person()
        N = seg()
        N.t("NK1|1|").v(fold(g.last).upper(), "name").t("^").v(fold(g.first).upper(), "name").t("|%s^%s||" % R.choice([("SPO", "Spouse"), ("CHD", "Child"), ("PAR", "Parent")]))
        N.v(ph(g.phone, 7), "phone").t("||EC^Emergency Contact")
    if R.random() < 0.7:
        V = seg()
        doc = R.choice(CLINICIANS)
        f = [""] * 46
        f[0] = "PV1"
        f[1] = "1"
        f[2] = "O"
        f[3] = "%s^^^%s" % (R.choice(["ORTHO", "CARD", "PEDS", "DERM"]), c["code"])
        f[7] = "%s^%s^%s^^^DR^%s" % (gen_npi(), fold(doc[1]).upper(), doc[0].upper(), doc[2])
        f[10] = R.choice(["ORT", "CAR", "PED"])
        f[18] = "OP"
        V.t("|".join(f[:19]) + "|").v("V" + digits(8), "account").t("|" + "|".join(f[20:44]) + "|")
        V.v(adt(datetime.combine(past_dos(), datetime.min.time()).replace(hour=R.randint(7, 17)), "compact"), "date")
    if R.random() < 0.5:
        seg().t("OBX|1|NM|2345-7^Glucose^LN||%d|mg/dL|70-99|%s|||F" % (R.randint(60, 300), R.choice(["N", "H"])))
    return out


def f_x12(t, phi):
    out = []
    pref = R.random() < 0.6
    n = [R.randint(1, 30)]
    c = R.choice(CLINICS)

    def seg():
        L = Line("x12_837")
        if pref:
            L.t("%s DEBUG edi.x12.writer seg[%d] " % (py_ts(t), n[0]))
        n[0] += 1
        out.append(L)
        return L
    if not phi:
        pn, pid = R.choice(PAYERS)
        ctrl = "%09d" % R.randint(1, 999999999)
        opts = [lambda: seg().t("ISA*00*          *00*          *ZZ*CAREWELL       *ZZ*%-15s*%s*%s*^*00501*%s*0*P*:~" % (pid, t.strftime("%y%m%d"), t.strftime("%H%M"), ctrl)),
                lambda: seg().t("GS*HC*CAREWELL*%s*%s*%s*%d*X*005010X222A1~" % (pid, t.strftime("%Y%m%d"), t.strftime("%H%M"), R.randint(1, 99999))),
                lambda: seg().t("BHT*0019*00*%s*%s*%s*CH~" % (digits(10), t.strftime("%Y%m%d"), t.strftime("%H%M"))),
                lambda: seg().t("NM1*41*2*CAREWELL RCM*****46*CW%05d~" % R.randint(1, 99999)),
                lambda: seg().t("PER*IC*BILLING SUPPORT*TE*%s*EM*billing@carewell.io~" % "".join(c["phone"])),
                lambda: seg().t("NM1*85*2*%s*****XX*%s~" % (c["name"].upper(), c["npi"])),
                lambda: seg().t("N3*%s~" % c["street"].upper()),
                lambda: seg().t("N4*%s*%s*%s%s~" % (c["city"].upper(), c["st"], c["zip"], digits(4))),
                lambda: seg().t("REF*EI*%s~" % c["ein"].replace("-", "")),
                lambda: seg().t("SE*%d*%04d~" % (R.randint(20, 90), R.randint(1, 9999)))]
        k = R.randint(2, 4)
        st = R.randint(0, len(opts) - k)
        for f in opts[st:st + k]:
            f()
        return out
    p = Person()
    sub = p if R.random() < 0.6 else Person()
    s = seg()
    s.t("NM1*IL*1*").v(fold(sub.last).upper(), "name").t("*").v(fold(sub.first).upper(), "name").t("*%s***MI*" % sub.mi).v(sub.member, "health_plan").t("~")
    if R.random() < 0.7:
        s = seg()
        s.t("N3*").v(fold(sub.street).upper(), "address")
        if sub.unit:
            s.t("*").v(sub.unit.upper(), "address")
        s.t("~")
        seg().t("N4*").v(sub.city.upper(), "address").t("*%s*" % sub.state).v(sub.zip + sub.zip4, "zip").t("~")
    seg().t("DMG*D8*").v(dfmt(sub.dob, "compact"), "date").t("*%s~" % ("U" if sub.sex == "X" else sub.sex))
    if R.random() < 0.3:
        seg().t("REF*SY*").v(sub.ssn, "ssn").t("~")
    if sub is not p:
        seg().t("NM1*QC*1*").v(fold(p.last).upper(), "name").t("*").v(fold(p.first).upper(), "name").t("~")
    if R.random() < 0.7:
        seg().t("CLM*").v(p.acct, "account").t("*%d.%02d***11:B:1*Y*A*Y*Y~" % (R.randint(50, 4000), R.randint(0, 99)))
        seg().t("DTP*472*D8*").v(dfmt(past_dos(), "compact"), "date").t("~")
    if R.random() < 0.5:
        seg().t("HI*ABK:%s~" % R.choice(["M1711", "E119", "I10", "S83511A"]))
    if R.random() < 0.5:
        doc = R.choice(CLINICIANS)
        seg().t("NM1*82*1*%s*%s****XX*%s~" % (fold(doc[1]).upper().replace("'", ""), doc[0].upper(), gen_npi()))
    return out


def f_syslog(t, phi):
    L = Line("syslog")
    if not phi:
        k = R.randrange(3)
        if k == 0:
            L.t("<30>1 %s %s systemd 1 - - Started Daily apt upgrade and clean activities." % (iso_us(t), "docs-worker-%d" % R.randint(1, 9)))
        elif k == 1:
            L.t("<14>%s fax-gw01 hylafax[%d]: SEND FAILED: JOB %d DEST %s ERR No carrier detected" % (bsd_ts(t), R.randint(100, 9999), R.randint(1000, 99999), "".join(R.choice(CLINICS)["fax"])))
        else:
            L.t('<134>1 %s docs-worker-%d docs-render %d RENDER [meta@47450 docType="visit_summary" pages="%d" queueMs="%d"] render ok' % (iso_ms(t), R.randint(1, 9), R.randint(100, 9999), R.randint(1, 40), R.randint(1, 9000)))
        return L
    p = Person()
    k = R.randrange(3)
    if k == 0:
        L.t('<134>1 %s docs-worker-%d docs-render %d RENDER [meta@47450 patientId="' % (iso_ms(t), R.randint(1, 9), R.randint(100, 9999))).v(p.mrn(), "mrn")
        L.t('" docType="visit_summary" pages="%d"] rendered visit summary for ' % R.randint(1, 9)).v(p.name(0), "name").t(" DOS ").v(dfmt(past_dos(), "iso"), "date")
    elif k == 1:
        L.t("<14>%s fax-gw01 hylafax[%d]: SEND OK: JOB %d DEST " % (bsd_ts(t), R.randint(100, 9999), R.randint(1000, 99999))).v("".join(p.phone2), "fax")
        L.t(" PAGES %d (patient-requested copy for " % R.randint(1, 30)).v(p.name(0), "name").t(")")
    else:
        L.t("<38>%s portal-web sshd-proxy[%d]: patient session from " % (bsd_ts(t), R.randint(100, 9999))).v(public_ip(), "ip").t(" user=").v(p.email, "email")
    return L


def f_cef(t, phi):
    L = Line("cef_audit")
    rt = "%s %02d %04d %s UTC" % (MON[t.month - 1], t.day, t.year, t.strftime("%H:%M:%S"))
    if not phi:
        L.t("CEF:0|Carewell|AuthSvc|4.2.1|TOKEN_REFRESH|OAuth token refreshed|1|rt=%s suser=%s src=%s cs2Label=clientId cs2=%s cn1Label=ttlSec cn1=%d" % (
            rt, R.choice(["svc-reporting", "svc-billing", "etl-runner"]), private_ip(), R.choice(["reporting-etl", "billing-engine"]), R.choice([900, 3600])))
        return L
    p = Person()
    k = R.randrange(2)
    if k == 0:
        L.t("CEF:0|Carewell|PortalAudit|4.2.1|PATIENT_LOGIN|Patient portal login|3|rt=%s suser=" % rt).v(p.username, "other_id").t(" src=").v(public_ip(), "ip")
        L.t(" cs1Label=patientMrn cs1=").v(p.mrn(), "mrn").t(" outcome=%s" % R.choice(["success", "failure"]))
    else:
        L.t("CEF:0|Carewell|EhrAudit|4.2.1|RECORD_VIEW|Chart accessed|5|rt=%s suser=%s src=%s duser=" % (rt, staff(), private_ip())).v(p.name(2).replace("=", "\\="), "name")
        L.t(" cs1Label=patientMrn cs1=").v(p.mrn(), "mrn").t(" cs3Label=reason cs3=%s" % R.choice(["treatment", "billing", "break-glass"]))
    return L


def f_graphql(t, phi):
    L = Line("graphql_vars")
    L.t("%s [gateway] " % iso_ms(t))
    if not phi:
        k = R.randrange(2)
        if k == 0:
            L.t("op=ListProviders user=staff:%s vars=" % staff())
            emit_json(L, {"clinicId": R.choice(CLINICS)["slug"], "specialty": R.choice(["ORTHO", "CARD"]), "first": 25, "after": rand_b64(18)})
        else:
            L.t("op=GetClinicHours user=anonymous vars=")
            emit_json(L, {"clinicId": R.choice(CLINICS)["slug"], "date": appt_dt().strftime("%Y-%m-%d")})
        L.t(" ms=%d status=ok complexity=%d" % (R.randint(2, 900), R.randint(1, 400)))
        return L
    p = Person()
    k = R.randrange(4)
    if k == 0:
        g = Person()
        L.t("op=UpdateEmergencyContact user=staff:%s vars=" % staff())
        emit_json(L, {"patientId": P("cw-%d" % p.mrn_n, "mrn"), "input": {"fullName": P(g.name(0), "name"), "relationship": R.choice(["SPOUSE", "DAUGHTER", "SON", "FRIEND"]),
                                                                         "phone": P(ph(g.phone, 0), "phone"), "email": None}})
    elif k == 1:
        L.t("op=SearchPatients user=staff:%s vars=" % staff())
        emit_json(L, {"filter": {"lastName": P(p.last, "name"), "dob": P(dfmt(p.dob, "iso"), "date")}, "first": 20})
    elif k == 2:
        L.t("op=CreateAppointment user=staff:%s vars=" % staff())
        emit_json(L, {"input": {"patientId": P("cw-%d" % p.mrn_n, "mrn"), "providerId": "prv_%d" % R.randint(1000, 9999), "start": P(adt(appt_dt(), "isooff"), "date"), "reason": R.choice(["knee pain", "follow-up", "annual physical"])}})
    else:
        L.t("op=UpdateProfile user=patient vars=")
        emit_json(L, {"input": {"website": P("https://www.%s.com/in/%s" % (R.choice(["linkedin"]), re.sub(r"[^a-z]", "", fold(p.first).lower()) + "-" + re.sub(r"[^a-z]", "", fold(p.last).lower()) + "-" + digits(4)), "url"),
                                "preferredName": P(p.first, "name"), "pronouns": R.choice(["she/her", "he/him", "they/them"])}})
    L.t(" ms=%d status=ok" % R.randint(2, 900))
    return L


def f_java_trace(t, phi):
    out = []
    H = Line("java_stacktrace")
    spring_prefix(H, t, "ERROR", "c.c.intake.match.PatientMatcher" if phi else "c.c.elig.client.EligibilityClient", "scheduling-1")
    H.t("Patient merge rejected" if phi else "Eligibility call failed")
    out.append(H)

    def fr(s):
        L = Line("java_stacktrace")
        L.t("\tat " + s)
        out.append(L)
    if not phi:
        E = Line("java_stacktrace")
        E.t("java.net.SocketTimeoutException: Read timed out connecting to eligibility-gw.prod.internal:%d after %d ms" % (R.choice([8443, 9443]), R.randint(3000, 30000)))
        out.append(E)
        fr("java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)")
        fr("com.carewell.elig.client.EligibilityClient.fetch(EligibilityClient.java:%d)" % R.randint(40, 300))
        if R.random() < 0.5:
            M = Line("java_stacktrace")
            M.t("\t... %d common frames omitted" % R.randint(5, 40))
            out.append(M)
        return out
    p = Person()
    E = Line("java_stacktrace")
    k = R.randrange(2)
    if k == 0:
        E.t("com.carewell.intake.match.DuplicatePatientException: Incoming record ").v(p.name(2), "name").t(" (DOB ").v(dfmt(p.dob, "iso"), "date").t(") collides with MRN ").v(p.mrn(0), "mrn")
    else:
        E.t("com.carewell.intake.validation.ContactValidationException: Phone ").v(ph(p.phone, 3), "phone").t(" rejected by carrier lookup (landline) for patient ").v(p.mrn(), "mrn")
    out.append(E)
    fr("com.carewell.intake.match.PatientMatcher.resolve(PatientMatcher.java:%d)" % R.randint(40, 300))
    fr("com.carewell.intake.match.PatientMatcher.lambda$match$3(PatientMatcher.java:%d)" % R.randint(40, 300))
    if R.random() < 0.6:
        C = Line("java_stacktrace")
        C.t('Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "uk_patient_ssn"')
        out.append(C)
        D = Line("java_stacktrace")
        D.t("  Detail: Key (ssn)=(").v(ssn_fmt(p.ssn, 0), "ssn").t(") already exists.")
        out.append(D)
    return out


def f_py_trace(t, phi):
    out = []

    def ln(s):
        L = Line("python_traceback")
        L.t(s)
        out.append(L)
        return L
    ln("%s ERROR intake.normalize: %s" % (py_ts(t), "failed to normalize submission %s" % uuid4()))
    ln("Traceback (most recent call last):")
    if not phi:
        ln('  File "/app/intake/normalize.py", line %d, in normalize' % R.randint(20, 400))
        ln("    dob_raw = row[\"ptnt_dob\"]")
        ln("KeyError: 'ptnt_dob'")
        return out
    p = Person()
    k = R.randrange(2)
    if k == 0:
        ln('  File "/app/intake/normalize.py", line %d, in parse_dob' % R.randint(20, 400))
        ln('    return datetime.strptime(raw, "%m/%d/%Y").date()')
        d = p.dob if p.dob.day > 12 else p.dob.replace(day=R.randint(13, 28))
        L = ln("ValueError: time data '")
        L.v(dfmt(d, "dmy"), "date").t("' does not match format '%m/%d/%Y'")
    else:
        ln('  File "/usr/local/lib/python3.11/site-packages/psycopg2/extras.py", line %d, in execute' % R.randint(100, 400))
        ln("    return super().execute(query, vars)")
        ln('psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "patients_mrn_key"')
        L = ln("DETAIL:  Key (mrn)=(")
        L.v(p.mrn(0), "mrn").t(") already exists.")
    return out


def f_pydict(t, phi):
    L = Line("py_dict_repr")
    L.t("%s DEBUG eligibility.client " % py_ts(t))
    if not phi:
        L.t("settings=")
        emit_py(L, {"POOL_SIZE": R.choice([10, 20]), "TIMEOUT": 30.0, "REGION": R.choice(REGIONS), "PAYER_IDS": [R.choice(PAYERS)[1], R.choice(PAYERS)[1]], "VERIFY_TLS": True})
        return L
    p = Person()
    L.t("outbound request headers=")
    emit_py(L, {"X-Member-Id": P(p.member, "health_plan"), "X-Request-Id": uuid4(), "Authorization": "Bearer ***"})
    L.t(" params=")
    prm = {"dob": P(dfmt(p.dob, "iso"), "date")}
    if R.random() < 0.7:
        prm["last"] = P(p.last, "name")
    if R.random() < 0.4:
        prm["first"] = P(p.first, "name")
    prm["svc_type"] = "30"
    emit_py(L, prm)
    return L


def f_notify(t, phi):
    L = Line("notify_text")
    L.t("%s [notif-dispatch] " % iso_ms(t))
    c = R.choice(CLINICS)
    if not phi:
        k = R.randrange(3)
        if k == 0:
            L.t("SMS delivered sid=SM%s status=delivered segments=%d price=-0.00%d USD from=+1%s" % (hexs(32), R.randint(1, 3), R.randint(700, 900), "".join(c["phone"])))
        elif k == 1:
            L.t("Daily quota: %d/50000 SMS (%.1f%%) region=%s" % (R.randint(1000, 49000), R.uniform(1, 99), R.choice(REGIONS)))
        else:
            L.t("Template appt_reminder_v%d rendered (locale=%s) in %dms; Will retry failed sends at %s" % (R.randint(2, 9), R.choice(["en-US", "es-MX", "vi-VN"]), R.randint(1, 40), (t + timedelta(minutes=15)).strftime("%H:%M")))
        return L
    p = Person()
    k = R.randrange(5)
    ap = appt_dt()
    doc = R.choice(CLINICIANS)
    h12 = ap.hour % 12 or 12
    if k == 0:
        L.t("SMS to=").v(ph(p.phone, 3), "phone").t(' body="Hi ').v(p.first, "name").t(", this is %s reminding you of your appointment on " % c["name"])
        L.v("%s, %s %d" % (DOW[ap.weekday()], MON[ap.month - 1], ap.day), "date").t(" at %d:%02d %s with Dr. %s. Reply C to confirm or call %s.\"" % (h12, ap.minute, "AM" if ap.hour < 12 else "PM", doc[1], ph(c["phone"], 0)))
    elif k == 1:
        L.t("SMS to=").v(ph(p.phone, 3), "phone").t(' body="Hola ').v(p.first, "name").t(", le recordamos su cita en %s el " % c["name"]).v(ap.strftime("%d/%m"), "date")
        L.t(' a las %s. Responda C para confirmar."' % ap.strftime("%H:%M"))
    elif k == 2:
        url = "https://portal.carewell.io/v/%d?t=%s" % (p.mrn_n, hexs(20))
        L.t("SMS to=").v(ph(p.phone, 3), "phone").t(' body="%s: your visit summary is ready: ' % c["name"]).v(url, "url").t('"')
    elif k == 3:
        L.t('EMAIL queued to="').v(p.name(0), "name").t(" <").v(p.email, "email").t('>" subject="Statement for account ').v(p.acct, "account").t(' is ready" tmpl=stmt_ready_v2')
    else:
        g = Person()
        L.t("SMS to=").v(ph(g.phone, 3), "phone").t(' body="%s: ' % c["name"]).v(p.first, "name").t(" was checked in at %s. Questions? Call %s.\" relation=%s" % (ap.strftime("%H:%M"), ph(c["phone"], 1), R.choice(["parent", "guardian"])))
    return L


def f_fhir(t, phi):
    L = Line("fhir_json")
    if not phi:
        k = R.randrange(2)
        if k == 0:
            f, l, cr = R.choice(CLINICIANS)
            c = R.choice(CLINICS)
            L.t("%s [fhir-api] PUT Practitioner/%s body=" % (iso_ms(t), "prv-%d" % R.randint(1000, 9999)))
            emit_json(L, {"resourceType": "Practitioner", "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": gen_npi()}],
                          "name": [{"family": l, "given": [f], "suffix": [cr]}], "telecom": [{"system": "phone", "value": ph(c["phone"], 0), "use": "work"}, {"system": "fax", "value": ph(c["fax"], 0), "use": "work"}],
                          "address": [{"line": [c["street"]], "city": c["city"], "state": c["st"], "postalCode": c["zip"], "use": "work"}]})
        else:
            L.t("%s [fhir-api] 422 OperationOutcome " % iso_ms(t))
            emit_json(L, {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "invariant", "diagnostics": "pat-1: SHALL at least contain a contact's details or a reference to an organization", "expression": ["Patient.contact[0]"]}]})
        return L
    p = Person(old=R.random() < 0.15)
    k = R.randrange(3)
    rid = "cw-%d" % p.mrn_n
    if k == 0:
        L.t("%s [fhir-api] PUT Patient/" % iso_ms(t)).v(rid, "mrn").t(" body=")
        res = {"resourceType": "Patient", "id": P(rid, "mrn"), "meta": {"versionId": str(R.randint(1, 9)), "lastUpdated": iso_ms(t)},
               "identifier": [{"system": "http://carewell.io/fhir/mrn", "value": P(p.mrn(0), "mrn")}],
               "name": [{"use": "official", "family": P(p.last, "name"), "given": [P(p.first, "name")]}], "gender": {"F": "female", "M": "male", "X": "unknown"}[p.sex],
               "birthDate": P(dfmt(p.dob, "iso"), "date")}
        if R.random() < 0.5:
            res["identifier"].append({"system": "http://hl7.org/fhir/sid/us-ssn", "value": P(ssn_fmt(p.ssn, 0), "ssn")})
        if R.random() < 0.6:
            res["telecom"] = [{"system": "phone", "value": P(ph(p.phone), "phone"), "use": "mobile"}]
        if R.random() < 0.5:
            res["address"] = [{"line": [P(p.street, "address")], "city": P(p.city, "address"), "district": P(p.county, "address"), "state": p.state, "postalCode": P(p.zip, "zip")}]
        if p.age > 89:
            res["extension"] = [{"url": "http://carewell.io/fhir/StructureDefinition/age-years", "valueInteger": P(p.age, "age")}]
        emit_json(L, res)
    elif k == 1:
        L.t("%s [fhir-api] POST Coverage body=" % iso_ms(t))
        emit_json(L, {"resourceType": "Coverage", "status": "active", "subscriberId": P(p.member, "health_plan"), "beneficiary": {"reference": "Patient/" + rid},
                      "relationship": {"coding": [{"code": "self"}]}, "payor": [{"display": R.choice(PAYERS)[0].title()}],
                      "class": [{"type": {"coding": [{"code": "group"}]}, "value": digits(7)}]})
        # the reference carries the patient id: label the id part
        s = L.buf.decode()
        i = s.index('"Patient/' + rid) + len('"Patient/')
        L.spans.append({"s": len(s[:i].encode()), "e": len(s[:i].encode()) + len(rid), "cat": "mrn", "want": rid})
    else:
        L.t("%s [fhir-api] POST Device body=" % iso_ms(t))
        udi = gen_udi()
        emit_json(L, {"resourceType": "Device", "udiCarrier": [{"deviceIdentifier": udi[4:18], "carrierHRF": P(udi, "device")}],
                      "serialNumber": P(alnum(10, "0123456789ABCDEF"), "device"), "type": {"text": R.choice(["Insulin pump", "Continuous glucose monitor", "Implantable loop recorder"])},
                      "patient": {"display": P(p.name(0), "name")}})
    L.spans.sort(key=lambda s: s["s"])
    return L


def f_apache_err(t, phi):
    L = Line("apache_error")
    L.t("[%s] " % apache_ts(t))
    if not phi:
        k = R.randrange(2)
        if k == 0:
            L.t("[mpm_event:notice] [pid 1:tid %d] AH00489: Apache/2.4.62 (Unix) OpenSSL/3.0.15 configured -- resuming normal operations" % R.randint(100000000000, 999999999999))
        else:
            L.t("[proxy_fcgi:error] [pid %d:tid %d] [client %s:%d] AH01071: Got error 'Primary script unknown', referer: https://pay.carewell.io/help" % (R.randint(10, 9999), R.randint(100000000000, 999999999999), private_ip(), R.randint(1024, 65000)))
        return L
    p = Person()
    L.t("[php:warn] [pid %d:tid %d] [client " % (R.randint(10, 9999), R.randint(100000000000, 999999999999))).v(public_ip(), "ip").t(":%d] PHP Warning:  Undefined array key \"guarantor_ssn\" in /var/www/billing/guarantor.php on line %d, referer: " % (R.randint(1024, 65000), R.randint(20, 400)))
    if R.random() < 0.6:
        L.t("https://pay.carewell.io/statement?acct=").v(p.acct, "account").t("&zip=").v(p.zip, "zip")
    else:
        L.t("https://pay.carewell.io/statement?acct=").v(p.acct, "account")
    return L


FAMILIES = [
    (f_json_legacy, 3), (f_json_screaming, 2.5), (f_serilog, 3), (f_json_dotted, 2), (f_form_bracket, 2),
    (f_rails, 2), (f_logfmt, 3), (f_key_colon, 2), (f_csv_inline, 2), (f_pipe_inline, 2), (f_xml, 2),
    (f_yaml_block, 0.35), (f_yaml_flow, 1.5), (f_spring, 3), (f_python, 3), (f_go_std, 2), (f_zap, 2),
    (f_pino, 3), (f_winston, 2.5), (f_dotnet, 2), (f_nginx, 3), (f_alb, 2), (f_es, 2), (f_cache, 2),
    (f_postgres, 2), (f_mongo, 1), (f_autocomplete, 2), (f_hl7, 0.6), (f_x12, 0.6), (f_syslog, 2),
    (f_cef, 2), (f_graphql, 2), (f_java_trace, 0.4), (f_py_trace, 0.3), (f_pydict, 2), (f_notify, 3),
    (f_fhir, 2), (f_apache_err, 1),
]


# ==========================================================================
# driver
# ==========================================================================
def main():
    lines = []
    clock = datetime(2024, 11, 18, 6, 0, 0, 125000)
    mandatory = [(f, ph_) for f, _ in FAMILIES for ph_ in (True, False)]
    R.shuffle(mandatory)
    funcs = [f for f, w in FAMILIES]
    weights = [w for f, w in FAMILIES]
    while len(lines) < N_LINES:
        clock += timedelta(milliseconds=R.randint(40, 9000))
        remaining = N_LINES - len(lines)
        n_phi = sum(1 for l in lines if l.phi())
        want_phi = n_phi < round(PHI_SHARE_TARGET * (len(lines) + 1))
        took_mand = bool(mandatory) and R.random() < len(mandatory) / max(1.0, remaining / 1.25)
        if took_mand:
            fn, want_phi = mandatory[-1]
        else:
            fn = R.choices(funcs, weights)[0]
        state = R.getstate()
        out = fn(clock, want_phi)
        if isinstance(out, Line):
            out = [out]
        if len(out) > remaining:
            R.setstate(state)
            R.random()
            continue
        if not any(l.phi() for l in out) and want_phi:
            raise SystemExit("family %s produced no PHI in PHI mode" % fn.__name__)
        if any(l.phi() for l in out) and not want_phi:
            raise SystemExit("family %s produced PHI in non-PHI mode" % fn.__name__)
        if took_mand:
            mandatory.pop()
        lines.extend(out)
    assert len(lines) == N_LINES
    assert not mandatory, mandatory

    # ---- verification ----
    log_bytes = bytearray()
    label_rows = []
    for i, L in enumerate(lines, 1):
        b = bytes(L.buf)
        assert b"\n" not in b and b"\r" not in b, (i, b[:80])
        assert len(b) <= 4000, (i, len(b))
        b.decode("utf-8")
        prev_end = -1
        spans = sorted(L.spans, key=lambda s: s["s"])
        for s in spans:
            got = b[s["s"]:s["e"]]
            if got != s["want"].encode("utf-8"):
                raise SystemExit("span mismatch line %d: %r != %r" % (i, got, s["want"]))
            if s["s"] < prev_end:
                raise SystemExit("overlapping spans on line %d" % i)
            prev_end = s["e"]
            if got[:1] in (b'"', b"'", b" ") or got[-1:] in (b'"', b"'", b" "):
                raise SystemExit("span includes quote/space on line %d: %r" % (i, got))
        log_bytes += b + b"\n"
        label_rows.append(json.dumps({"line": i, "family": L.family,
                                      "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in spans]},
                                     ensure_ascii=False))
    with open(os.path.join(OUT_DIR, ID + ".log"), "wb") as fh:
        fh.write(bytes(log_bytes))
    with open(os.path.join(OUT_DIR, ID + ".labels.jsonl"), "wb") as fh:
        fh.write(("\n".join(label_rows) + "\n").encode("utf-8"))

    # ---- summary ----
    n_phi = sum(1 for l in lines if l.phi())
    cats = {}
    fams = {}
    for L in lines:
        fams.setdefault(L.family, [0, 0])[0 if L.phi() else 1] += 1
        for s in L.spans:
            cats[s["cat"]] = cats.get(s["cat"], 0) + 1
    if "-q" not in sys.argv:
        print("lines=%d phi_lines=%d no_phi_share=%.3f families=%d" % (len(lines), n_phi, 1 - n_phi / len(lines), len(fams)))
        print("spans:", json.dumps(dict(sorted(cats.items())), sort_keys=True))
        for f, (a, b) in sorted(fams.items()):
            print("  %-24s phi=%3d clean=%3d" % (f, a, b))


if __name__ == "__main__":
    main()
