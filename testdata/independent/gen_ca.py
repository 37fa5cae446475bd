#!/usr/bin/env python3
"""Generator for the 'ca' held-out PHI test corpus.

Theme: a health system's patient identity & access stack (Auth0 / Okta customer
identity, PingFederate, Duo, Keycloak, SCIM, identity proofing, document checks,
API gateway, NGINX, fraud/bot detection) interleaved with workforce (staff) flows.

Standard library only, fixed seed, deterministic.  Writes next to itself:
  ca.log           500 lines
  ca.labels.jsonl  one JSON object per line with byte-offset spans

Every line is built from segments (text, category-or-None); offsets are computed
while the line is assembled and re-checked against the written bytes.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
import uuid
from urllib.parse import quote

SEED = 0xCA0514
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_PHI = 225          # -> 55% of lines without PHI

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}


# --------------------------------------------------------------------------
# segment model
# --------------------------------------------------------------------------
class P:
    """A labelled value."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        assert cat in CATS, cat
        self.v = v
        self.cat = cat


class S:
    """A compound string made of plain str parts and P parts."""

    def __init__(self, *parts):
        self.parts = []
        for x in parts:
            if isinstance(x, S):
                self.parts.extend(x.parts)
            elif isinstance(x, P):
                self.parts.append(P(str(x.v), x.cat))
            elif x is None or x == "":
                continue
            else:
                self.parts.append(str(x))

    def text(self):
        return "".join(p.v if isinstance(p, P) else p for p in self.parts)


class Raw:
    """Emit as-is inside JSON (already serialised)."""

    def __init__(self, s):
        self.s = s


def plain(v):
    if isinstance(v, S):
        return v.text()
    if isinstance(v, P):
        return str(v.v)
    return str(v)


def X(s, fn):
    """Apply a character-local escaping function to every part, keeping labels."""
    s = s if isinstance(s, S) else S(s)
    return S(*[P(fn(p.v), p.cat) if isinstance(p, P) else fn(p) for p in s.parts])


class Ln:
    def __init__(self, fam):
        self.fam = fam
        self.segs = []   # (text, cat|None)

    def t(self, *xs):
        for x in xs:
            if isinstance(x, S):
                for p in x.parts:
                    self.t(p)
            elif isinstance(x, P):
                self.segs.append((str(x.v), x.cat))
            elif x is None:
                continue
            else:
                self.segs.append((str(x), None))
        return self

    def as_s(self):
        return S(*[P(t, c) if c else t for t, c in self.segs])

    def render(self):
        out = bytearray()
        spans = []
        for text, cat in self.segs:
            b = text.encode("utf-8")
            s = len(out)
            out += b
            if cat:
                assert len(b) > 0
                spans.append((s, len(out), cat, b))
        return bytes(out), spans


# --------------------------------------------------------------------------
# serialisers
# --------------------------------------------------------------------------
def jesc(x, asc=False):
    return json.dumps(x, ensure_ascii=asc)[1:-1]


def goesc(x):
    return jesc(x).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def J(o, asc=False, sp=False):
    out = []
    _j(o, out, asc, sp)
    return S(*out)


def _j(o, out, asc, sp):
    if isinstance(o, dict):
        out.append("{")
        first = True
        for k, v in o.items():
            if not first:
                out.append(", " if sp else ",")
            first = False
            out.append(json.dumps(k, ensure_ascii=asc) + (": " if sp else ":"))
            _j(v, out, asc, sp)
        out.append("}")
    elif isinstance(o, (list, tuple)):
        out.append("[")
        for i, v in enumerate(o):
            if i:
                out.append(", " if sp else ",")
            _j(v, out, asc, sp)
        out.append("]")
    elif isinstance(o, P):
        if isinstance(o.v, str):
            out.extend(['"', P(jesc(o.v, asc), o.cat), '"'])
        else:
            out.append(P(json.dumps(o.v), o.cat))
    elif isinstance(o, S):
        out.append('"')
        for x in o.parts:
            out.append(P(jesc(x.v, asc), x.cat) if isinstance(x, P) else jesc(x, asc))
        out.append('"')
    elif isinstance(o, Raw):
        if isinstance(o.s, S):
            out.extend(o.s.parts)
        else:
            out.append(o.s)
    else:
        out.append(json.dumps(o, ensure_ascii=asc))


def KV(pairs, sep=" ", eq="=", quote_mode="auto", q='"'):
    """logfmt-ish key=value emitter. quote_mode: auto | always | never"""
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(sep)
        out.append(k + eq)
        txt = plain(v)
        need = quote_mode == "always" or (quote_mode == "auto" and (
            txt == "" or any(c in txt for c in ' "=\t,')))
        vv = v if isinstance(v, (S, P)) else str(v)
        if need:
            out.append(q)
            out.append(X(vv, lambda z: z.replace("\\", "\\\\").replace(q, "\\" + q)))
            out.append(q)
        else:
            out.append(vv)
    return S(*out)


def xesc(x):
    return x.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def uq(x):
    return quote(x, safe="")


def uqp(x):
    return quote(x, safe="").replace("%20", "+")


# --------------------------------------------------------------------------
# random primitives
# --------------------------------------------------------------------------
def ch(seq):
    return R.choice(seq)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def card_number():
    brand = ch(["visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        body = "4" + digits(14)
    elif brand == "mc":
        body = ch(["51", "52", "53", "54", "55"]) + digits(13)
    elif brand == "amex":
        body = ch(["34", "37"]) + digits(12)
    else:
        body = "6011" + digits(11)
    n = body + luhn_digit(body)
    assert luhn_ok(n)
    return brand, n


def fmt_card(n, spaced=False):
    if not spaced:
        return n
    if len(n) == 15:
        return "%s %s %s" % (n[:4], n[4:10], n[10:])
    return " ".join(n[i:i + 4] for i in range(0, 16, 4))


def ssn(style=None):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g = R.randint(1, 99)
    s = R.randint(1, 9999)
    style = style or ch(["dash", "dash", "dash", "plain", "space"])
    if style == "dash":
        return "%03d-%02d-%04d" % (a, g, s)
    if style == "space":
        return "%03d %02d %04d" % (a, g, s)
    return "%03d%02d%04d" % (a, g, s)


AREA_CODES = {"OH": ["937", "513", "614", "419", "330", "740", "567", "220"],
              "IN": ["765", "260", "317"], "KY": ["859", "502"], "AZ": ["602", "480"],
              "FL": ["813", "727"], "MI": ["313", "734"], "IL": ["312", "773"]}


def phone_digits(state="OH"):
    ac = ch(AREA_CODES.get(state, AREA_CODES["OH"]))
    while True:
        ex = str(R.randint(2, 9)) + digits(2)
        if ex[1:] != "11" and ex != "555":
            break
    return ac + ex + digits(4)


def fmt_phone(d, style=None):
    style = style or ch(["paren", "dash", "e164", "dot", "plain", "paren_dash", "intl"])
    a, e, l = d[:3], d[3:6], d[6:]
    return {"paren": "(%s) %s-%s" % (a, e, l), "dash": "%s-%s-%s" % (a, e, l),
            "e164": "+1%s%s%s" % (a, e, l), "dot": "%s.%s.%s" % (a, e, l),
            "plain": d, "paren_dash": "(%s)%s-%s" % (a, e, l),
            "intl": "+1 %s-%s-%s" % (a, e, l)}[style]


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    wmi = ch(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "KMH", "1G1", "WBA", "4T1", "1C4", "5FN", "JN8", "2HK"])
    vds = "".join(R.choice(VIN_CH) for _ in range(5))
    yr = ch("GHJKLMNPR")
    plant = R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    serial = digits(6)
    v = wmi + vds + "0" + yr + plant + serial
    tot = 0
    for i, c in enumerate(v):
        val = int(c) if c.isdigit() else VIN_TR[c]
        tot += val * VIN_W[i]
    cd = tot % 11
    cd = "X" if cd == 10 else str(cd)
    v = v[:8] + cd + v[9:]
    assert len(v) == 17
    return v


def plate(state="OH"):
    if state == "OH":
        return alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + ch(["", " ", "-"]) + digits(4)
    if state == "IN":
        return digits(3) + alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ")
    if state == "KY":
        return digits(3) + alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ")
    return alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(4)


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dashed=None):
    c = [str(R.randint(1, 9)), ch(MBI_L), ch(MBI_L + "0123456789"), str(R.randint(0, 9)),
         ch(MBI_L), ch(MBI_L + "0123456789"), str(R.randint(0, 9)), ch(MBI_L), ch(MBI_L),
         str(R.randint(0, 9)), str(R.randint(0, 9))]
    s = "".join(c)
    if dashed if dashed is not None else R.random() < 0.3:
        return s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s


def member_id():
    k = ch(["anthem", "uhc", "aetna", "medicaid", "caresource", "humana", "cigna", "mbi"])
    if k == "anthem":
        return k, ch(["YRH", "XWB", "ZGP", "JQU"]) + digits(9)
    if k == "uhc":
        return k, digits(9)
    if k == "aetna":
        return k, "W" + digits(9)
    if k == "medicaid":
        return k, digits(12)
    if k == "caresource":
        return k, "1" + digits(10)
    if k == "humana":
        return k, "H" + digits(8)
    if k == "cigna":
        return k, "U" + digits(8) + " " + digits(2)
    return k, mbi()


def imei():
    body = ch(["35", "86", "01", "99"]) + digits(12)
    return body + luhn_digit(body)


def mac(style=None):
    b = [R.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFC
    style = style or ch(["colon", "colon", "dash", "dot", "upper"])
    if style == "colon":
        return ":".join("%02x" % x for x in b)
    if style == "upper":
        return ":".join("%02X" % x for x in b)
    if style == "dash":
        return "-".join("%02X" % x for x in b)
    h = "".join("%02x" % x for x in b)
    return "%s.%s.%s" % (h[:4], h[4:8], h[8:])


def iban_de():
    bban = digits(8) + digits(10)
    chk = 98 - int(bban + "131400") % 97
    return "DE%02d%s" % (chk, bban)


def fmt_iban(i):
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


def dea(last):
    body = ch("ABFM") + (last[0].upper() if last[0].isalpha() else "X")
    d = [R.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return body + "".join(map(str, d)) + str(c)


def npi():
    body = "1" + digits(8)
    return body + luhn_digit("80840" + body)


def dl_number(state):
    if state == "OH":
        return alnum(2, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(6)
    if state == "IN":
        return digits(4) + "-" + digits(2) + "-" + digits(4)
    if state == "KY":
        return ch("ABCDEFGHJKLMNPRSTW") + digits(8)
    if state == "FL":
        return ch("ABCDGHMRSTW") + digits(12)
    if state == "AZ":
        return ch("ABDS") + digits(8)
    if state == "MI":
        return ch("BCDHKMRS") + digits(12)
    if state == "IL":
        return ch("ABCDEFGHJKLMNPRSTW") + digits(11)
    return digits(8)


def nhs_number():
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        d[0] = R.randint(4, 6)
        c = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11
        if c == 11:
            c = 0
        if c != 10:
            s = "".join(map(str, d)) + str(c)
            return s[:3] + " " + s[3:6] + " " + s[6:]


def sin_ca():
    body = ch("1234567") + digits(7)
    s = body + luhn_digit(body)
    return s[:3] + "-" + s[3:6] + "-" + s[6:]


CURP_STATES = ["JC", "DF", "NL", "MC", "GT", "MN", "OC", "PL", "VZ", "CH", "SL", "ZS"]


def curp(given, family, dob, sex):
    f = re.sub("[^A-Z]", "", fold(family).upper()) or "XX"
    g = re.sub("[^A-Z]", "", fold(given).upper()) or "X"
    vow = [c for c in f[1:] if c in "AEIOU"] or ["X"]
    cons = lambda w: ([c for c in w[1:] if c not in "AEIOU"] or ["X"])[0]
    return (f[0] + vow[0] + ch("ABCDEFGHIJKLMNOPRSTUVZ") + g[0] + dob.strftime("%y%m%d") +
            ("H" if sex == "M" else "M") + ch(CURP_STATES) + cons(f) + ch("BCDFGHJKLMNPRSTVZ") +
            cons(g) + ch("0A") + str(R.randint(0, 9)))


# IP addresses --------------------------------------------------------------
PUB_FIRST = [24, 47, 50, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99,
             107, 108, 136, 162, 166, 173, 174, 184, 208, 209]


def public_ip():
    return "%d.%d.%d.%d" % (ch(PUB_FIRST), R.randint(1, 254), R.randint(0, 255), R.randint(1, 254))


def public_ip6():
    pre = ch(["2600:1700", "2601:5c0", "2603:6010", "2605:a601", "2607:fb90", "2600:387", "2603:9000"])
    return pre + ":" + ":".join("%x" % R.randint(0, 0xffff) for _ in range(8 - (pre.count(":") + 1)))


def patient_ip():
    return public_ip6() if R.random() < 0.15 else public_ip()


def private_ip():
    k = R.random()
    if k < 0.6:
        return "10.%d.%d.%d" % (ch([4, 12, 20, 30, 40, 64, 100]), R.randint(0, 255), R.randint(2, 254))
    if k < 0.85:
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 254))
    return "192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 254))


def doc_ip():
    return ch(["192.0.2", "198.51.100", "203.0.113"]) + ".%d" % R.randint(1, 254)


def cloud_ip():
    # server egress / SaaS provider addresses (never a patient's)
    return ch(["3.%d.%d.%d", "52.%d.%d.%d", "34.%d.%d.%d", "35.%d.%d.%d", "13.%d.%d.%d", "20.%d.%d.%d"]) % (
        R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


# --------------------------------------------------------------------------
# people & places
# --------------------------------------------------------------------------
FOLD_MAP = {"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "ß": "ss", "Đ": "D", "đ": "d", "Æ": "AE", "æ": "ae"}


def fold(s):
    s = "".join(FOLD_MAP.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128)


GIVEN_F = ["Maria", "Aaliyah", "Priya", "Mei", "Fatima", "Olga", "Siobhan", "Guadalupe", "Hope", "Faith",
           "Joy", "Rose", "June", "Summer", "Ngozi", "Aiyana", "Zoë", "Renée", "Chloé", "Ingrid", "Yasmin",
           "Keisha", "Tamika", "Leilani", "Anh", "Hoa", "Svetlana", "Agnieszka", "Bridget", "Esperanza",
           "Ximena", "Thùy", "Shanice", "Dolores", "Imani", "Noor", "Amara", "Kateryna", "Saoirse", "Beatriz",
           "Mónica", "Yuki", "Harriet", "Pearl", "Ruby", "Dawn", "Crystal", "Destiny", "Precious", "Ebony",
           "Ashley", "Megan", "Brittany", "Jennifer", "Patricia", "Linda", "Margaret", "Dorothy", "Mildred",
           "Gladys", "Florence", "Wilhelmina", "Autumn", "Charity", "Grace", "Ivy", "Lakshmi", "Oksana",
           "Sunita", "Adaeze", "Marisol", "Jazmín", "Björg", "Mai", "Kimberly", "Tiffany", "Wanda", "Sofía",
           "Ana Lucía", "Mary Beth", "Lupe", "Fiona", "Hana"]
GIVEN_M = ["José", "Mohammed", "Wei", "Hiroshi", "Dmitri", "Oluwaseun", "Kwame", "Santiago", "Jesús",
           "Liam", "DeShawn", "Tyrone", "Bill", "Will", "Hunter", "Grant", "Rich", "Mark", "Jack", "Chance",
           "Cash", "Sterling", "Thanh", "Minh", "Arjun", "Rahul", "Chinedu", "Tomás", "Łukasz", "Søren",
           "Björn", "François", "Jürgen", "Mateo", "Diego", "Ahmed", "Omar", "Yusuf", "Tariq", "Kenji",
           "Jae-won", "Sung-min", "Ivan", "Nikolai", "Patrick", "Seamus", "Malachi", "Ezekiel", "Jamal",
           "Darnell", "Cody", "Bradley", "Dale", "Earl", "Harold", "Walter", "Eugene", "Clarence", "Rocco",
           "Giuseppe", "Tiago", "Ravi", "Sanjay", "Hamza", "Kofi", "Tenzin", "Hoàng", "Paul", "Royal",
           "Lucky", "Major", "King", "Juan Carlos", "Jean-Luc", "Dwayne", "Bao", "Emeka", "Vikram"]
SURNAMES = ["Gonzalez", "Nguyen", "Patel", "Okafor", "Kowalski", "Smith", "Johnson", "Williams", "Brown",
            "Young", "Baker", "Wood", "Price", "King", "Love", "Rich", "Cash", "Bird", "Fox", "Wolf", "Stone",
            "Rivers", "Day", "Knight", "Bell", "Story", "Sweet", "Little", "Small", "Long", "Friend",
            "Goodman", "Moon", "Snow", "Winter", "Frost", "Church", "Hall", "Park", "Lee", "Kim", "Choi",
            "Tran", "Pham", "Le", "Hoang", "Nguyễn", "Trần", "Al-Sayed", "Abdullah", "Haddad", "Khoury",
            "Mansour", "Hernández", "García-López", "de la Cruz", "Del Rosario", "dos Santos", "da Silva",
            "van der Berg", "van Dijk", "O'Brien", "O'Neill", "McAllister", "MacDonald", "St. Clair",
            "Smith-Jones", "Rivera-Ortiz", "Ben-David", "Cohen", "Goldstein", "Schwartz", "Müller",
            "Schröder", "Weiß", "Øvergaard", "Sørensen", "Lindqvist", "Nowak", "Wiśniewski", "Kovačević",
            "Popescu", "Ivanova", "Petrov", "Zhang", "Wang", "Liu", "Chen", "Yamamoto", "Tanaka", "Okonkwo",
            "Adeyemi", "Mensah", "Boateng", "Diallo", "Ndiaye", "Abebe", "Tesfaye", "Hussain", "Khan",
            "Singh", "Iyer", "Reddy", "Chatterjee", "Venkataraman", "Bui", "Vo", "Yazzie", "Begay",
            "Tsosie", "Kealoha", "Fa'asavalu", "Ng", "Wong", "Lopez", "Washington", "Freeman", "Mercado",
            "Lucero", "Villanueva", "Castillo", "Guzmán", "Ibarra", "Hope", "Marsh", "Field", "Banks",
            "Gay", "Christmas", "Sommers", "Peña", "Núñez", "Ó Súilleabháin", "Van Buren", "LaFleur",
            "DiMaggio", "Andersson", "Kaur", "Mahmoud", "Ramírez Delgado", "Bell-Washington"]

CITIES = [("Dayton", "Montgomery", "OH", ["45402", "45405", "45406", "45409", "45410", "45414", "45419", "45420"]),
          ("Kettering", "Montgomery", "OH", ["45429", "45440"]),
          ("Beavercreek", "Greene", "OH", ["45431", "45432", "45434"]),
          ("Springfield", "Clark", "OH", ["45503", "45504", "45505"]),
          ("Cincinnati", "Hamilton", "OH", ["45202", "45208", "45219", "45231", "45238"]),
          ("Columbus", "Franklin", "OH", ["43201", "43215", "43229"]),
          ("Middletown", "Butler", "OH", ["45042", "45044"]),
          ("Hamilton", "Butler", "OH", ["45011", "45013", "45015"]),
          ("Troy", "Miami", "OH", ["45373"]), ("Xenia", "Greene", "OH", ["45385"]),
          ("Huber Heights", "Montgomery", "OH", ["45424"]), ("Fairborn", "Greene", "OH", ["45324"]),
          ("Miamisburg", "Montgomery", "OH", ["45342"]), ("Oxford", "Butler", "OH", ["45056"]),
          ("Sidney", "Shelby", "OH", ["45365"]), ("Tipp City", "Miami", "OH", ["45371"]),
          ("Vandalia", "Montgomery", "OH", ["45377"]), ("Lebanon", "Warren", "OH", ["45036"]),
          ("Mason", "Warren", "OH", ["45040"]), ("West Carrollton", "Montgomery", "OH", ["45449"]),
          ("Yellow Springs", "Greene", "OH", ["45387"]), ("Englewood", "Montgomery", "OH", ["45322"]),
          ("Richmond", "Wayne", "IN", ["47374"]), ("Fort Wayne", "Allen", "IN", ["46805", "46815"]),
          ("Indianapolis", "Marion", "IN", ["46201", "46220"]),
          ("Lexington", "Fayette", "KY", ["40502", "40508"]), ("Covington", "Kenton", "KY", ["41011"]),
          ("Louisville", "Jefferson", "KY", ["40204", "40205"]),
          ("Mesa", "Maricopa", "AZ", ["85201", "85205"]), ("Tampa", "Hillsborough", "FL", ["33606", "33611"]),
          ("Ann Arbor", "Washtenaw", "MI", ["48104"]), ("Chicago", "Cook", "IL", ["60614", "60640"])]
CITY_W = [14, 5, 4, 3, 5, 3, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
STATE_NAMES = {"OH": "Ohio", "IN": "Indiana", "KY": "Kentucky", "AZ": "Arizona", "FL": "Florida",
               "MI": "Michigan", "IL": "Illinois"}
STREETS = ["Wayne Ave", "Brown St", "Far Hills Ave", "Salem Ave", "Shroyer Rd", "Wilmington Pike", "N Main St",
           "E Stroop Rd", "Linden Ave", "Patterson Rd", "Oak Knoll Dr", "Hickory Hollow Ln", "Cedar Ridge Ct",
           "Woodman Dr", "Kemp Rd", "Burkhardt Ave", "Smithville Rd", "Old Troy Pike", "Springboro Pike",
           "Maple St", "Elm St", "W 3rd St", "Xenia Ave", "Dayton-Yellow Springs Rd", "Rahn Rd",
           "Whipp Rd", "Alex-Bell Rd", "Needmore Rd", "Siebenthaler Ave", "Gettysburg Ave", "Hoover Ave",
           "Philadelphia Dr", "Catalpa Dr", "Stanley Ave", "Troy St", "Valley Pike", "Glengarry Dr",
           "Lookout Ridge Dr", "Quail Run Ct", "Deer Creek Trl", "Sunnyview Ave", "County Road 25A",
           "State Route 235", "Martin Luther King Jr Blvd", "Vine St", "Ludlow Ave", "Calle del Sol"]
UNITS = ["Apt 4B", "Apt 12", "Unit 210", "#3", "Apt. 2C", "Lot 47", "Ste 5", "Apt 1108", "Bldg 6 Apt 22"]
PERSONAL_DOMAINS = ["gmail.com"] * 6 + ["yahoo.com"] * 3 + ["outlook.com", "hotmail.com", "icloud.com", "aol.com",
                                                          "comcast.net", "att.net", "proton.me", "live.com",
                                                          "sbcglobal.net", "woh.rr.com", "me.com"]
TODAY = dt.date(2024, 5, 14)


class Person:
    pass


def mk_email(g, f, dob):
    g2 = re.sub("[^a-z]", "", fold(g).lower()) or "pt"
    f2 = re.sub("[^a-z]", "", fold(f).lower()) or "x"
    yy = dob.strftime("%y")
    y4 = str(dob.year)
    local = ch([g2 + "." + f2, g2 + f2 + digits(2), g2[0] + f2, g2 + "_" + f2 + y4, f2 + g2[0] + yy,
                g2 + "." + f2 + yy, g2 + f2[0] + digits(3), "mrs" + f2 + digits(1) if R.random() < .3 else g2 + "-" + f2,
                f2 + "." + g2, g2[:1] + "." + f2 + digits(2)])
    return local + "@" + ch(PERSONAL_DOMAINS)


def birth(age_lo, age_hi):
    y = TODAY.year - R.randint(age_lo, age_hi)
    d = dt.date(y, 1, 1) + dt.timedelta(days=R.randint(0, 364))
    return d


def age_of(dob):
    return TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))


def person(age_lo=19, age_hi=86, family=None, city=None):
    p = Person()
    p.sex = ch("FM")
    p.given = ch(GIVEN_F if p.sex == "F" else GIVEN_M)
    p.middle = ch(GIVEN_F if p.sex == "F" else GIVEN_M) if R.random() < 0.4 else ""
    p.family = family or ch(SURNAMES)
    p.dob = birth(age_lo, age_hi)
    p.age = age_of(p.dob)
    c = city or R.choices(CITIES, CITY_W)[0]
    p.city, p.county, p.state, zips = c
    p.zip = ch(zips)
    p.zip4 = p.zip + "-" + digits(4)
    p.street = "%d %s" % (R.choice([R.randint(1, 99), R.randint(100, 999), R.randint(1000, 9999), R.randint(10000, 29999)]), ch(STREETS))
    p.unit = ch(UNITS) if R.random() < 0.3 else ""
    p.phone = phone_digits(p.state if R.random() < 0.85 else "OH")
    p.email = mk_email(p.given, p.family, p.dob)
    p.mrn = "E" + digits(7)
    p.empi = "1" + digits(8)
    p.wpr = "Z" + digits(6)
    p.ssn = ssn()
    p.plan, p.member = member_id()
    p.full = p.given + " " + p.family
    return p


def minor(family, city=None):
    return person(0, 17, family=family, city=city)


def fmt_date(d, style=None):
    style = style or ch(["iso", "iso", "us", "us", "compact", "dmy", "long", "usshort"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "dmy":
        return d.strftime("%d-%b-%Y").upper() if R.random() < 0.5 else d.strftime("%d-%b-%Y")
    if style == "long":
        return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")
    if style == "usshort":
        return "%d/%d/%s" % (d.month, d.day, d.strftime("%y"))
    if style == "isots":
        return d.strftime("%Y-%m-%d") + "T00:00:00.000Z"
    raise ValueError(style)


def future_day(lo=1, hi=60):
    return TODAY + dt.timedelta(days=R.randint(lo, hi))


def past_day(lo=1, hi=400):
    return TODAY - dt.timedelta(days=R.randint(lo, hi))


# --------------------------------------------------------------------------
# organisation, staff, clinicians (never labelled)
# --------------------------------------------------------------------------
ORG = "Cedar Valley Health"
DOM = "cedarvalleyhealth.org"
PORTAL = "mycv.cedarvalleyhealth.org"
AUTH0_HOST = "login.cedarvalleyhealth.org"
AUTH0_TENANT = "cvh-patients-prod"
OKTA_WF = "cedarvalley.okta.com"
OKTA_CI = "cvh-patients.okta.com"
PING = "sso.cedarvalleyhealth.org"
KC = "auth.api.cedarvalleyhealth.org"
API = "api.cedarvalleyhealth.org"
ORG_PHONES = ["(937) 641-2200", "937-641-2200", "+19376412200", "1-844-228-3374", "(937) 641-2390"]
ORG_FAXES = ["(937) 641-2291", "937-641-2388", "+19376412291"]
ORG_ADDRS = ["2750 Cedar Valley Pkwy, Dayton, OH 45414", "1 Cedar Valley Plaza, Suite 400, Kettering, OH 45429",
             "PO Box 631420, Cincinnati, OH 45263-1420"]
SUPPORT_EMAILS = ["portalsupport@cedarvalleyhealth.org", "no-reply@cedarvalleyhealth.org",
                  "identity-ops@cedarvalleyhealth.org", "him-release@cedarvalleyhealth.org"]
SVC_ACCOUNTS = ["svc-scim-okta", "svc_workday_sync", "epic-interconnect", "m2m-portal-bff", "svc-idv-orchestrator",
                "svc-ping-ldap", "svc.kc-admin", "tf-cloud-runner", "svc-duo-authproxy", "sa-empi-match"]
DEPTS = ["Emergency Medicine", "Patient Access", "Revenue Cycle", "IT Identity & Access", "Pharmacy",
         "Cardiology", "Nursing - 4 West", "Health Information Management", "Service Desk", "Oncology"]
TITLES = ["RN", "Registration Specialist", "IAM Engineer", "Pharmacist", "Physician", "Service Desk Analyst",
          "Release of Information Specialist", "Nurse Practitioner", "Security Analyst", "Unit Clerk"]


def mk_staff():
    p = person(23, 66)
    g = re.sub("[^a-z]", "", fold(p.given).lower())
    f = re.sub("[^a-z]", "", fold(p.family).lower())
    p.user = ch([g[0] + f, g + "." + f, g[0] + f + str(R.randint(1, 9)), f + g[0], "e" + digits(6)])[:20]
    p.email = (g + "." + f if R.random() < 0.7 else g[0] + f) + "@" + DOM
    p.emp_id = "E" + digits(6) if p.user[0] != "e" else p.user.upper()
    p.dept = ch(DEPTS)
    p.title = ch(TITLES)
    p.okta_id = "00u" + alnum(17)
    return p


STAFF = [mk_staff() for _ in range(40)]


def staff():
    return ch(STAFF)


CLIN = []
for _i in range(18):
    _c = person(30, 68)
    _c.npi = npi()
    _c.dea = dea(fold(_c.family) or "X")
    _c.cred = ch(["MD", "DO", "NP", "PA-C", "MD, PhD"])
    _c.lic = ch(["35.", "35.", "OH-"]) + digits(6)
    CLIN.append(_c)


def clin():
    return ch(CLIN)


def clin_name(c):
    return ch(["Dr. %s %s" % (c.given, c.family), "%s %s, %s" % (c.given, c.family, c.cred),
               "%s, %s" % (c.family.upper(), c.given.upper()), "%s %s" % (c.given, c.family)])


# --------------------------------------------------------------------------
# clock
# --------------------------------------------------------------------------
UTC = dt.timezone.utc
EDT = dt.timezone(dt.timedelta(hours=-4))


class Clock:
    def __init__(self):
        self.now = dt.datetime(2024, 5, 14, 3, 58, 12, 114000, tzinfo=UTC)

    def tick(self):
        self.now += dt.timedelta(seconds=R.expovariate(1 / 150.0), microseconds=R.randint(0, 999999))
        return self.now

    def jit(self):
        return self.now + dt.timedelta(milliseconds=R.randint(-1500, 1500))


CLK = Clock()


def iso_ms(t=None):
    t = t or CLK.jit()
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def iso_us(t=None):
    t = t or CLK.jit()
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % t.microsecond


def iso_ns(t=None):
    t = t or CLK.jit()
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + "%06d%03dZ" % (t.microsecond, R.randint(0, 999))


def iso_local(t=None):
    t = (t or CLK.jit()).astimezone(EDT)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-04:00" % (t.microsecond // 1000)


def java_ts(t=None, sep=","):
    t = (t or CLK.jit()).astimezone(EDT)
    return t.strftime("%Y-%m-%d %H:%M:%S") + sep + "%03d" % (t.microsecond // 1000)


def clf_ts(t=None):
    t = (t or CLK.jit()).astimezone(EDT)
    return t.strftime("%d/%b/%Y:%H:%M:%S -0400")


def sys_ts(t=None):
    t = (t or CLK.jit()).astimezone(EDT)
    return t.strftime("%b ") + "%2d" % t.day + t.strftime(" %H:%M:%S")


def epoch_ms(t=None):
    t = t or CLK.jit()
    return int(t.timestamp() * 1000)


def epoch_s(t=None):
    t = t or CLK.jit()
    return int(t.timestamp())


def ngx_err_ts(t=None):
    t = (t or CLK.jit()).astimezone(EDT)
    return t.strftime("%Y/%m/%d %H:%M:%S")


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.113 Mobile Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80",
       "MyCV/5.12.0 (com.cedarvalley.mycv; build:5120417; iOS 17.4.1) Alamofire/5.9.1",
       "MyCV/5.11.2 (Android 13; Pixel 6a) okhttp/4.12.0",
       "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPad; CPU OS 16_7_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1"]
BOT_UAS = ["python-requests/2.31.0", "Go-http-client/1.1", "curl/8.4.0",
           "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
           "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.6099.109 Safari/537.36"]


def ua():
    return ch(UAS)


def fake_image_b64(kind="jpeg", n=None):
    n = n or R.randint(420, 1300)
    if kind == "jpeg":
        head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00\xff\xdb\x00\x43\x00"
    else:
        head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x02\x00\x00\x00"
    body = bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(head + body).decode()


def face_template_b64():
    import struct
    vals = [R.gauss(0, 0.08) for _ in range(R.choice([128, 128, 256]))]
    return base64.b64encode(struct.pack("<%df" % len(vals), *vals)).decode()


def finger_template_b64():
    body = b"FMR\x00 20\x00" + bytes(R.getrandbits(8) for _ in range(R.randint(180, 360)))
    return base64.b64encode(body).decode()


def voice_template_b64():
    body = b"VPT1" + bytes(R.getrandbits(8) for _ in range(R.randint(200, 420)))
    return base64.b64encode(body).decode()


def jwt_opaque():
    hdr = {"alg": "RS256", "typ": "JWT", "kid": alnum(22)}
    pl = {"iss": "https://%s/" % AUTH0_HOST, "sub": "auth0|" + hexs(24), "aud": ["https://%s/" % API],
          "iat": epoch_s() - 60, "exp": epoch_s() + 3540, "scope": "openid profile offline_access", "azp": alnum(32)}
    return (b64url(json.dumps(hdr, separators=(",", ":")).encode()) + "." +
            b64url(json.dumps(pl, separators=(",", ":")).encode()) + "." + b64url(bytes(R.getrandbits(8) for _ in range(64))))


# --------------------------------------------------------------------------
# wrappers (container runtimes, syslog)
# --------------------------------------------------------------------------
def wrap(inner, kind, host="node", app="app"):
    ln = Ln(inner.fam)
    if kind == "cri":
        ln.t(iso_ns(), " ", ch(["stdout", "stdout", "stderr"]), " F ", inner.as_s())
    elif kind == "docker":
        ln.t('{"log":"', X(inner.as_s(), goesc), '\\n","stream":"stdout","time":"', iso_ns(), '"}')
    elif kind == "syslog":
        ln.t(sys_ts(), " ", host, " ", app, "[", str(R.randint(300, 32000)), "]: ", inner.as_s())
    elif kind == "rfc5424":
        ln.t("<%d>1 " % ch([134, 131, 132, 38]), iso_ms(), " ", host, " ", app, " ", str(R.randint(300, 32000)),
             " - - ", inner.as_s())
    else:
        return inner
    return ln


def maybe_wrap(inner, host, app, kinds=("none", "none", "cri", "docker")):
    return wrap(inner, ch(list(kinds)), host, app)


def pod(prefix):
    return "%s-%s-%s" % (prefix, hexs(10), alnum(5, "bcdfghjklmnpqrstvwxz2456789"))


# --------------------------------------------------------------------------
# family: Auth0 log stream
# --------------------------------------------------------------------------
A0_CLIENTS = [("MyCV Web", alnum(32)), ("MyCV iOS", alnum(32)), ("MyCV Android", alnum(32)),
              ("Pediatric Proxy Portal", alnum(32)), ("Price Estimator", alnum(32))]
A0_M2M = [("EHR Sync (M2M)", alnum(32)), ("Portal BFF", alnum(32)), ("IDV Orchestrator", alnum(32)),
          ("Terraform Provider", alnum(32))]


def a0_logid():
    return "900" + "2024051" + digits(46)


def f_auth0(phi):
    ln = Ln("auth0-logstream")
    lid = a0_logid()
    cname, cid = ch(A0_CLIENTS)
    conn = ch(["Username-Password-Authentication", "Username-Password-Authentication", "google-oauth2", "apple", "sms"])
    base = {"date": iso_ms(), "type": None, "description": None}
    if phi:
        pt = person()
        ip = patient_ip()
        ev = ch(["s", "s", "fp", "fu", "ss", "scpr", "gd_enrollment_complete", "sapi_user", "pwd_leak", "s_google"])
        d = dict(base)
        if ev in ("s", "s_google"):
            social = ev == "s_google"
            d.update(type="s", description="Successful login" if R.random() < .6 else "",
                     connection="google-oauth2" if social else "Username-Password-Authentication",
                     connection_id="con_" + alnum(16), client_id=cid, client_name=cname, ip=P(ip, "ip"),
                     user_agent=ch(["Chrome 124.0.0 / Windows 10.0.0", "Mobile Safari 17.4.1 / iOS 17.4.1",
                                    "Chrome Mobile 124.0.6367 / Android 14.0.0", "Safari 17.4.1 / Mac OS X 10.15.7"]),
                     details={"prompts": [{"name": "login", "flow": "universal-login", "initiatedAt": epoch_ms() - 9000,
                                           "completedAt": epoch_ms(), "timers": {"rules": R.randint(40, 300)},
                                           "user_id": ("google-oauth2|" + digits(21)) if social else "auth0|" + hexs(24),
                                           "user_name": P(pt.email, "email"), "elapsedTime": R.randint(3000, 60000)}],
                              "initiatedAt": epoch_ms() - 9000, "completedAt": epoch_ms(),
                              "elapsedTime": R.randint(3000, 60000), "session_id": alnum(32),
                              "stats": {"loginsCount": R.randint(1, 400)}},
                     hostname=AUTH0_HOST,
                     user_id=("google-oauth2|" + digits(21)) if social else "auth0|" + hexs(24),
                     user_name=P(pt.email, "email"), strategy="google-oauth2" if social else "auth0",
                     strategy_type="social" if social else "database", log_id=lid)
            if social:
                d["details"]["prompts"][0]["picture"] = P("https://lh3.googleusercontent.com/a/" + ch(["ACg8oc", "AAcHTt"]) +
                                                          alnum(R.randint(40, 60), "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") + "=s96-c", "url")
        elif ev in ("fp", "fu", "pwd_leak"):
            desc = {"fp": "Wrong email or password.", "fu": "Wrong email or password.",
                    "pwd_leak": "Blocked account email: %s" % pt.email}[ev]
            d.update(type=ev, description=S("Blocked account email: ", P(pt.email, "email")) if ev == "pwd_leak" else desc,
                     connection="Username-Password-Authentication", connection_id="con_" + alnum(16),
                     client_id=cid, client_name=cname, ip=P(ip, "ip"), user_agent=ua(),
                     details={"error": {"message": desc if ev != "pwd_leak" else "Password is leaked"}},
                     hostname=AUTH0_HOST, user_id="" if ev == "fu" else "auth0|" + hexs(24),
                     user_name=P(pt.email if ev != "fu" else pt.email.replace("@", "@@", 1) if R.random() < .3 else pt.email.upper(), "email"),
                     strategy="auth0", strategy_type="database", log_id=lid)
        elif ev == "ss":
            meta = {"given_name": P(pt.given, "name"), "family_name": P(pt.family, "name"),
                    "birthdate": P(fmt_date(pt.dob, ch(["iso", "us"])), "date"),
                    "mobile_phone": P(fmt_phone(pt.phone, ch(["e164", "paren", "dash"])), "phone")}
            if R.random() < .5:
                meta["postal_code"] = P(pt.zip, "zip")
            if R.random() < .3:
                meta["fax"] = P(fmt_phone(phone_digits(pt.state), "dash"), "fax")
            if R.random() < .3:
                meta["avatar"] = P("data:image/%s;base64," % ch(["jpeg", "png"]) + fake_image_b64(ch(["jpeg", "png"]), R.randint(300, 900)), "photo")
            meta["terms_version"] = "2023-11"
            meta["marketing_opt_in"] = R.random() < .3
            d.update(type="ss", description="", connection="Username-Password-Authentication",
                     connection_id="con_" + alnum(16), client_id=cid, client_name=cname, ip=P(ip, "ip"),
                     user_agent=ua(), details={"body": {"email": P(pt.email, "email"), "tenant": AUTH0_TENANT,
                                                        "password": "*****", "connection": "Username-Password-Authentication",
                                                        "client_id": cid, "user_metadata": meta}},
                     user_id="auth0|" + hexs(24), user_name=P(pt.email, "email"), strategy="auth0",
                     strategy_type="database", log_id=lid)
        elif ev == "scpr":
            d.update(type="scpr", description="", connection="Username-Password-Authentication",
                     connection_id="con_" + alnum(16), client_id=cid, client_name=cname, ip=P(ip, "ip"),
                     user_agent=ua(), details={"email": P(pt.email, "email"), "connection": "Username-Password-Authentication",
                                               "tenant": AUTH0_TENANT},
                     user_id="auth0|" + hexs(24), user_name=P(pt.email, "email"), log_id=lid)
        elif ev == "gd_enrollment_complete":
            ph = fmt_phone(pt.phone, "e164")
            d.update(type="gd_enrollment_complete", description="Guardian - Enrollment complete (sms)",
                     client_id=cid, client_name=cname, ip=P(ip, "ip"), user_agent=ua(),
                     details={"authenticator": {"id": "sms|dev_" + alnum(16), "type": "sms",
                                                "phone_number": P(ph, "phone")}, "enrollment": {"status": "confirmed"}},
                     user_id="auth0|" + hexs(24), user_name=P(pt.email, "email"), log_id=lid)
        else:  # sapi: a staff member edits a patient's metadata from the dashboard
            st = staff()
            kid = minor(pt.family, None)
            body = {"user_metadata": {"linked_mrn": P(pt.mrn, "mrn"),
                                      "proxy_of": [{"name": P(kid.given + " " + kid.family, "name"),
                                                    "dob": P(fmt_date(kid.dob, "iso"), "date"), "relationship": "child"}]}}
            d.update(type="sapi", description="Update a User", client_id="auth0-dashboard", client_name="",
                     ip=private_ip() if R.random() < .5 else cloud_ip(), user_agent=ua(),
                     details={"request": {"method": "patch", "path": "/api/v2/users/auth0%7C" + hexs(24),
                                          "query": {}, "userAgent": "Mozilla/5.0", "body": body,
                                          "channel": "https://manage.auth0.com/",
                                          "ip": private_ip(), "auth": {"user": {"user_id": "samlp|cvh-okta|" + st.email,
                                                                                "name": st.given + " " + st.family,
                                                                                "email": st.email}, "strategy": "jwt", "credentials": {"jti": hexs(32)}}},
                              "response": {"statusCode": 200, "body": {"user_id": "auth0|" + hexs(24)}}},
                     user_id="samlp|cvh-okta|" + st.email, user_name=st.email, log_id=lid)
        d = {k: v for k, v in d.items() if v is not None}
    else:
        ev = ch(["seccft", "seccft", "sapi_client", "limit_wc", "api_limit", "sys_os_update_end", "fsa", "mgmt_api_read", "depnote"])
        d = dict(base)
        if ev == "seccft":
            mn, mc = ch(A0_M2M)
            d.update(type="seccft", description="Client Credentials for Access Token", connection_id="",
                     client_id=mc, client_name=mn, ip=ch([cloud_ip(), private_ip()]), user_agent="node-fetch/2.7.0",
                     details={"actions": {"executions": [alnum(22)]}}, hostname="%s.us.auth0.com" % AUTH0_TENANT,
                     user_id="", user_name="", audience="https://%s/" % API, scope="read:patients.limited write:audit", log_id=lid)
        elif ev == "sapi_client":
            st = staff()
            d.update(type="sapi", description="Update a client", client_id="auth0-dashboard", client_name="",
                     ip=cloud_ip(), user_agent=ua(), details={"request": {"method": "patch", "path": "/api/v2/clients/" + cid,
                                                                       "body": {"callbacks": ["https://%s/callback" % PORTAL, "com.cedarvalley.mycv://%s/ios/callback" % AUTH0_HOST],
                                                                                "jwt_configuration": {"lifetime_in_seconds": 36000}}},
                                                           "response": {"statusCode": 200}},
                     user_id="samlp|cvh-okta|" + st.email, user_name=st.email, log_id=lid)
        elif ev == "limit_wc":
            d.update(type="limit_wc", description="Blocked IP address.", ip=doc_ip(), client_id=cid, client_name=cname,
                     user_agent=ch(BOT_UAS), details={"count": R.randint(100, 900), "window": "1m"}, log_id=lid)
        elif ev == "api_limit":
            d.update(type="api_limit", description="Rate limit exceeded for /api/v2/users-by-email",
                     client_id=ch(A0_M2M)[1], client_name="Portal BFF", ip=cloud_ip(),
                     details={"limit": 50, "period": "1s"}, log_id=lid)
        elif ev == "sys_os_update_end":
            d.update(type="sys_os_update_end", description="Custom domain certificate renewed",
                     details={"domain": AUTH0_HOST, "certificate": {"expires_at": "2024-08-12T00:00:00.000Z", "issuer": "Let's Encrypt R3"}},
                     log_id=lid)
        elif ev == "fsa":
            d.update(type="fsa", description="Login required", client_id=cid, client_name=cname, ip=private_ip(),
                     user_agent="MyCV-BFF/3.4.1", details={"body": {"prompt": "none", "response_mode": "web_message",
                                                                   "redirect_uri": "https://%s/" % PORTAL},
                                                          "qs": {"audience": "https://%s/" % API}},
                     hostname=AUTH0_HOST, user_id="", user_name="", log_id=lid)
        elif ev == "mgmt_api_read":
            st = staff()
            d.update(type="mgmt_api_read", description="API GET operation returned secrets", client_id="auth0-dashboard",
                     ip=cloud_ip(), details={"request": {"path": "/api/v2/clients/" + ch(A0_M2M)[1], "method": "get"}},
                     user_id="samlp|cvh-okta|" + st.email, user_name=st.email, log_id=lid)
        else:
            d.update(type="depnote", description="Deprecation Notice", client_id=cid, client_name=cname,
                     details={"feature": {"id": "legacy_get_user_by_email", "name": "Legacy /api/v2/users-by-email"},
                              "message": "Endpoint will be removed on 2024-11-18"}, log_id=lid)
        d = {k: v for k, v in d.items() if v is not None}
    ln.t(J({"log_id": lid, "data": d}))
    return ln


# --------------------------------------------------------------------------
# family: Okta System Log (workforce + customer identity)
# --------------------------------------------------------------------------
OKTA_STAFF_EVENTS = [("user.session.start", "User login to Okta"), ("user.authentication.auth_via_mfa", "Authentication of user via MFA"),
                     ("user.authentication.sso", "User single sign on to app"), ("policy.evaluate_sign_on", "Evaluation of sign-on policy"),
                     ("user.account.lock", "Max sign in attempts exceeded"), ("application.user_membership.add", "Add user to application membership"),
                     ("system.api_token.create", "Create API token"), ("user.mfa.factor.reset_all", "Reset all factors for user")]
STAFF_APPS = ["Epic Hyperspace (Citrix)", "Workday", "ServiceNow", "Imprivata OneSign", "Microsoft Office 365", "Kronos",
              "PingFederate - Clinical Apps", "AWS IAM Identity Center", "Auth0 Dashboard"]


def okta_client(ip, city=None, state=None, zp=None, lab=False):
    geo = {"city": P(city, "address") if (lab and city) else city,
           "state": state, "country": "United States",
           "postalCode": P(zp, "zip") if (lab and zp) else zp}
    if not lab:
        geo["geolocation"] = {"lat": round(39.7 + R.random() * 0.4, 4), "lon": round(-84.4 + R.random() * 0.4, 4)}
    u = ua()
    osn = "iOS" if ("iPhone" in u or "iOS" in u or "iPad" in u) else "Android" if "Android" in u else \
        "Mac OS X" if "Macintosh" in u else "Chrome OS" if "CrOS" in u else "Windows 10"
    br = "UNKNOWN" if u.startswith("MyCV") else "EDGE" if "Edg/" in u else "CHROME" if "Chrome" in u else "SAFARI"
    return {"userAgent": {"rawUserAgent": u, "os": osn, "browser": br},
            "zone": "null", "device": "Mobile" if osn in ("iOS", "Android") else "Computer", "id": None,
            "ipAddress": P(ip, "ip") if lab else ip, "geographicalContext": geo}


def f_okta(phi):
    ln = Ln("okta-systemlog")
    out = {"uuid": uid(), "published": iso_ms(), "version": "0", "severity": "INFO"}
    if phi:
        pt = person()
        ip = patient_ip()
        ev, msg = ch([("user.session.start", "User login to Okta"), ("user.account.update_profile", "Update user profile for Okta"),
                      ("user.mfa.factor.activate", "Activate factor or authenticator"), ("user.lifecycle.create", "Create Okta user"),
                      ("user.account.reset_password", "Fired when the user's Okta password is reset")])
        lab_geo = R.random() < 0.7
        out.update(eventType=ev, legacyEventType=None, displayMessage=msg,
                   actor={"id": "00u" + alnum(17), "type": "User", "alternateId": P(pt.email, "email"),
                          "displayName": P(pt.full, "name"), "detailEntry": None},
                   client=okta_client(ip, pt.city if lab_geo else None, STATE_NAMES[pt.state], pt.zip if lab_geo else None, lab=True),
                   outcome={"result": "SUCCESS", "reason": None},
                   target=[{"id": "00u" + alnum(17), "type": "User", "alternateId": P(pt.email, "email"),
                            "displayName": P(pt.full, "name")}] if ev != "user.session.start" else None,
                   transaction={"type": "WEB", "id": alnum(27), "detail": {}},
                   debugContext={"debugData": {"requestId": alnum(27), "requestUri": "/idp/idx/identify",
                                               "threatSuspected": "false", "url": "/idp/idx/identify?"}},
                   request={"ipChain": [{"ip": P(ip, "ip"), "geographicalContext": {"state": STATE_NAMES[pt.state], "country": "United States"},
                                         "version": "V6" if ":" in ip else "V4", "source": None}]})
        if ev == "user.mfa.factor.activate":
            out["debugContext"]["debugData"]["factor"] = "SMS_FACTOR"
            out["debugContext"]["debugData"]["phoneNumber"] = P(fmt_phone(pt.phone, "e164"), "phone")
        if ev == "user.account.update_profile":
            out["debugContext"]["debugData"]["changedAttributes"] = "mobilePhone,streetAddress,zipCode"
            out["target"][0]["detailEntry"] = {"mobilePhone": P(fmt_phone(pt.phone, "dash"), "phone"),
                                               "streetAddress": P(pt.street, "address"), "zipCode": P(pt.zip, "zip")}
        host = OKTA_CI
    else:
        st = staff()
        ev, msg = ch(OKTA_STAFF_EVENTS)
        ip = ch([private_ip(), "64.%d.%d.%d" % (R.randint(56, 60), R.randint(0, 255), R.randint(1, 254)), cloud_ip()])
        c, county, stt, zps = ch(CITIES[:12])
        out.update(eventType=ev, legacyEventType="core.user_auth.login_success" if ev == "user.session.start" else None,
                   displayMessage=msg,
                   actor={"id": st.okta_id, "type": "User", "alternateId": st.email, "displayName": st.given + " " + st.family,
                          "detailEntry": None},
                   client=okta_client(ip, c, STATE_NAMES[stt], ch(zps)),
                   outcome={"result": ch(["SUCCESS", "SUCCESS", "ALLOW", "FAILURE"]), "reason": ch([None, "INVALID_CREDENTIALS", None])},
                   target=[{"id": "0oa" + alnum(17), "type": "AppInstance", "alternateId": ch(STAFF_APPS),
                            "displayName": ch(STAFF_APPS)}],
                   transaction={"type": "WEB", "id": alnum(27), "detail": {}},
                   authenticationContext={"authenticationStep": 0, "externalSessionId": "102" + alnum(22),
                                          "credentialProvider": None, "interface": None},
                   securityContext={"asNumber": ch([7922, 10796, 16509, 8075]), "asOrg": ch(["comcast", "charter", "amazon", "microsoft"]),
                                    "isp": ch(["comcast cable communications llc", "amazon.com inc.", "charter communications inc"]),
                                    "domain": ch(["comcast.net", "amazonaws.com", "spectrum.com"]), "isProxy": False})
        host = OKTA_WF
    out = {k: v for k, v in out.items() if v is not None}
    inner = Ln(ln.fam).t(J(out))
    if R.random() < 0.4:
        ln = Ln(ln.fam)
        ln.t(iso_ms(), " okta-logstream[", str(R.randint(1000, 9999)), "] INFO org=", host, " event=", inner.as_s())
        return ln
    return inner


# --------------------------------------------------------------------------
# family: PingFederate (audit.log & server.log)
# --------------------------------------------------------------------------
PING_SP_STAFF = ["EpicHyperspace-SP", "Workday-SP", "ServiceNow-SP", "Kronos-SP", "PACS-Viewer-SP", "Imprivata-SP"]
PING_SP_PT = ["CareLinkRx-SP", "VirtuCare-Telehealth", "CVH-Billing-Pay", "Healthwise-Education", "LabCorp-Link"]


def f_pingfed(phi):
    tid = alnum(27, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    if phi and R.random() < 0.55:
        ln = Ln("pingfed-audit")
        pt = person()
        subj = ch(["email", "mrn", "email"])
        ln.t(java_ts(), "| tid:", tid, "| ", ch(["SSO", "AUTHN_ATTEMPT", "AUTHN_SESSION_USED", "OAuth"]), "| ",
             P(pt.email, "email") if subj == "email" else P(pt.mrn, "mrn"), "| ", P(patient_ip(), "ip"), " | | ",
             ch(PING_SP_PT), "| ", ch(["SAML20", "OIDC", "OAuth20"]), "| ", PING, "| IdP| ",
             ch(["success", "success", "failure"]), "| ", ch(["Auth0-OIDC-Adapter", "PatientHTMLForm"]), "| | ", str(R.randint(8, 900)))
        return ln
    if phi:
        ln = Ln("pingfed-server")
        pt = person()
        cls = ch(["org.sourceid.saml20.adapter.idp.authn.IdpAuthnAdapterSupport",
                  "org.sourceid.openid.connect.IdTokenIssuer",
                  "com.pingidentity.sdk.AttributeFulfillmentSupport"])
        dob = fmt_date(pt.dob, ch(["iso", "compact", "us"]))
        items = [("subject", P(pt.mrn, "mrn")), ("given_name", P(pt.given, "name")), ("family_name", P(pt.family, "name")),
                 ("birthdate", P(dob, "date")), ("email", P(pt.email, "email"))]
        if R.random() < .4:
            items.append(("member_id", P(pt.member, "health_plan")))
        if R.random() < .4:
            items.append(("postal_code", P(pt.zip, "zip")))
        items.append(("acr", "urn:cvh:loa:2"))
        R.shuffle(items)
        ln.t(java_ts(), " DEBUG [", cls, "] ", ch(["Adapter attributes: ", "Attribute contract fulfilled: ", "Issuing id_token with claims "]),
             "{", S(*sum([[(", " if i else "") + k + "=", v] for i, (k, v) in enumerate(items)], [])), "} tid=", tid)
        return ln
    k = R.random()
    if k < 0.5:
        ln = Ln("pingfed-audit")
        st = staff()
        ln.t(java_ts(), "| tid:", tid, "| ", ch(["SSO", "AUTHN_ATTEMPT", "AUTHN_SESSION_USED", "SLO", "OAuth"]), "| ",
             ch([st.user, st.user, st.email, ch(SVC_ACCOUNTS)]), "| ", private_ip(), " | | ", ch(PING_SP_STAFF), "| ",
             ch(["SAML20", "WSFed", "OIDC"]), "| ", PING, "| IdP| ", ch(["success", "success", "success", "failure", "inprogress"]),
             "| ", ch(["AD-HTMLForm", "Kerberos-Adapter", "Duo-IdP-Adapter", ""]), "| ", ch(["", "", "Invalid credentials"]), "| ", str(R.randint(8, 1900)))
        return ln
    ln = Ln("pingfed-server")
    msg = ch(["Runtime state replication completed in %d ms" % R.randint(3, 80),
              "Metadata for partner 'urn:%s' refreshed, %d certificates" % (ch(PING_SP_STAFF + PING_SP_PT), R.randint(1, 3)),
              "Connection pool 'PingDirectory' active=%d idle=%d" % (R.randint(1, 30), R.randint(0, 10)),
              "Certificate 'CN=sso.cedarvalleyhealth.org' expires in %d days" % R.randint(20, 300),
              "Cluster node pf-engine-%d joined; members=4" % R.randint(1, 4),
              "Token processor 'jwt-bff' rejected token: signature validation failed (kid=%s)" % alnum(12)])
    ln.t(java_ts(), " ", ch(["INFO ", "WARN ", "INFO "]), " [", ch(["org.sourceid.servlet.HttpServletRespProxy",
                                                                    "com.pingidentity.pf.cluster.ReplicationManager",
                                                                    "org.sourceid.saml20.metadata.MetadataRefresher",
                                                                    "com.pingidentity.pf.datastore.LdapDataSource"]), "] ", msg)
    return ln


# --------------------------------------------------------------------------
# family: Duo (workforce only -> no PHI)
# --------------------------------------------------------------------------
def f_duo(phi):
    assert not phi
    st = staff()
    if R.random() < 0.5:
        ln = Ln("duo-authproxy")
        t = CLK.jit().astimezone(EDT)
        msg = ch(["[duoauthproxy.lib.log#info] Primary authentication successful for %s" % st.user,
                  "[duoauthproxy.modules.radius_server.DuoSimpleRadiusServer (UDP)] Got authentication packet from %s" % private_ip(),
                  "[duoauthproxy.lib.log#info] Sending request to Duo API server: txid=%s" % uid(),
                  "[duoauthproxy.modules.radius_server.DuoSimpleRadiusServer (UDP)] Duo authentication returned 'allow': 'Success. Logging you in...'",
                  "[duoauthproxy.lib.log#info] Primary credentials rejected for %s: Invalid credentials" % st.user,
                  "[duoauthproxy.lib.http#info] (https://api-4f2a81c3.duosecurity.com) responded 200 in %d ms" % R.randint(80, 700)])
        ln.t(t.strftime("%Y-%m-%dT%H:%M:%S-0400"), " ", msg)
        return ln
    ln = Ln("duo-authlog-json")
    c, county, stt, zps = ch(CITIES[:14])
    d = {"access_device": {"browser": ch(["Chrome", "Edge", "Safari"]), "browser_version": "124.0.0.0",
                           "ip": ch([private_ip(), "64.58.%d.%d" % (R.randint(0, 255), R.randint(1, 254))]),
                           "location": {"city": c, "country": "United States", "state": STATE_NAMES[stt]},
                           "os": ch(["Windows", "Mac OS X"]), "os_version": ch(["10", "14.4.1"])},
         "application": {"key": "DI" + alnum(18, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "name": ch(["Citrix Gateway - Epic", "VPN - GlobalProtect", "PingFederate Clinical", "Okta Workforce"])},
         "auth_device": {"ip": cloud_ip(), "location": {"city": c, "country": "United States", "state": STATE_NAMES[stt]},
                         "name": ch(["iPhone (XXX-XXX-%s)" % digits(4), "Duo Mobile", "YubiKey 5 NFC"])},
         "event_type": "authentication", "factor": ch(["duo_push", "phone_call", "hardware_token", "verified_duo_push"]),
         "isotimestamp": CLK.jit().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "+00:00",
         "reason": ch(["user_approved", "user_approved", "user_marked_fraud", "no_response", "location_restricted"]),
         "result": ch(["success", "success", "denied"]), "timestamp": epoch_s(), "txid": uid(),
         "user": {"groups": [ch(["Clinical Staff", "IT Admins", "Revenue Cycle", "Contractors"])], "key": "DU" + alnum(18, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                  "name": st.user}}
    ln.t(J(d, sp=True))
    return ln


# --------------------------------------------------------------------------
# family: Keycloak (event logger text, admin events JSON, server noise)
# --------------------------------------------------------------------------
KC_REALM_ID = {"patients": uid(), "workforce": uid(), "partners": uid()}


def kc_event_line(pairs, quoted):
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(", ")
        if quoted:
            out.extend([k, '="', X(v if isinstance(v, (S, P)) else str(v), lambda z: z.replace('"', '\\"')), '"'])
        else:
            out.extend([k, "=", v if isinstance(v, (S, P)) else str(v)])
    return S(*out)


def f_keycloak(phi):
    quoted = R.random() < 0.6
    thread = "executor-thread-%d" % R.randint(1, 64) if quoted else "default task-%d" % R.randint(1, 120)
    if phi and R.random() < 0.7:
        ln = Ln("keycloak-event")
        pt = person()
        typ = ch(["LOGIN", "LOGIN_ERROR", "LOGIN_ERROR", "REGISTER", "SEND_RESET_PASSWORD", "UPDATE_PROFILE", "UPDATE_EMAIL"])
        uname_is_email = R.random() < 0.75
        handle = re.sub("[^a-z0-9]", "", fold(pt.given).lower())[:1] + re.sub("[^a-z0-9]", "", fold(pt.family).lower()) + pt.dob.strftime("%y")
        user = P(pt.email, "email") if uname_is_email else P(handle, "other_id")
        pairs = [("type", typ), ("realmId", KC_REALM_ID["patients"]), ("realmName", "patients") if quoted else None,
                 ("clientId", ch(["mycv-web", "mycv-mobile", "proxy-portal"])),
                 ("userId", "null" if typ == "LOGIN_ERROR" and R.random() < .5 else uid()),
                 ("sessionId", "null" if "ERROR" in typ else uid()), ("ipAddress", P(patient_ip(), "ip"))]
        pairs = [p for p in pairs if p]
        if typ == "LOGIN_ERROR":
            pairs.append(("error", ch(["invalid_user_credentials", "user_not_found", "user_temporarily_disabled", "expired_code"])))
        pairs += [("auth_method", "openid-connect"), ("auth_type", "code")]
        if typ == "REGISTER":
            pairs += [("register_method", "form"), ("first_name", P(pt.given, "name")), ("last_name", P(pt.family, "name")),
                      ("email", P(pt.email, "email"))]
        if typ == "UPDATE_PROFILE":
            pairs += [("updated_mobile", P(fmt_phone(pt.phone, ch(["e164", "plain"])), "phone")),
                      ("previous_last_name", P(ch(SURNAMES), "name")), ("updated_last_name", P(pt.family, "name"))]
        if typ == "UPDATE_EMAIL":
            pairs += [("previous_email", P(mk_email(pt.given, pt.family, pt.dob), "email")), ("updated_email", P(pt.email, "email"))]
        if typ == "SEND_RESET_PASSWORD":
            pairs += [("email", P(pt.email, "email"))]
        pairs += [("redirect_uri", ch(["https://%s/callback" % PORTAL, "com.cedarvalley.mycv:/oauth2redirect"])),
                  ("code_id", uid()), ("username", user)]
        lvl = "WARN " if "ERROR" in typ else "DEBUG"
        ln.t(java_ts(), " ", lvl, " [org.keycloak.events] (", thread, ") ", kc_event_line(pairs, quoted))
        return ln
    if phi:
        ln = Ln("keycloak-admin-json")
        pt = person()
        attrs = {"birthdate": [P(fmt_date(pt.dob, "iso"), "date")], "mrn": [P(pt.mrn, "mrn")],
                 "mobile": [P(fmt_phone(pt.phone, "e164"), "phone")]}
        if R.random() < .4:
            attrs["insurance_member_id"] = [P(pt.member, "health_plan")]
        if R.random() < .3:
            attrs["fax"] = [P(fmt_phone(phone_digits(pt.state), "paren"), "fax")]
        rep = {"id": uid(), "username": P(pt.email, "email"), "enabled": True, "emailVerified": R.random() < .7,
               "firstName": P(pt.given, "name"), "lastName": P(pt.family, "name"), "email": P(pt.email, "email"),
               "attributes": attrs}
        ev = {"time": epoch_ms(), "realmId": KC_REALM_ID["patients"],
              "authDetails": {"realmId": KC_REALM_ID["workforce"], "clientId": ch(["admin-cli", "security-admin-console", "idv-sync"]),
                              "userId": uid(), "ipAddress": private_ip()},
              "operationType": ch(["UPDATE", "CREATE"]), "resourceType": "USER",
              "resourcePath": "users/" + uid(), "representation": J(rep), "error": None}
        ln.t(java_ts(), " INFO  [org.keycloak.events.jpa] (", thread, ") admin_event=", J(ev))
        return ln
    k = R.random()
    ln = Ln("keycloak-event" if k < 0.55 else "keycloak-server")
    if k < 0.55:
        st = staff()
        realm = ch(["patients", "workforce", "workforce", "partners"])
        typ = ch(["CODE_TO_TOKEN", "REFRESH_TOKEN", "CLIENT_LOGIN", "LOGOUT", "LOGIN", "INTROSPECT_TOKEN"])
        pairs = [("type", typ), ("realmId", KC_REALM_ID[realm]), ("clientId", ch(["mycv-bff", "empi-service", "kong-gateway", "grafana", "argocd"])),
                 ("userId", uid() if typ != "CLIENT_LOGIN" else "service-account-" + ch(["idv-sync", "kong-gateway"])),
                 ("sessionId", uid()), ("ipAddress", private_ip())]
        if typ == "LOGIN" and realm == "workforce":
            pairs += [("auth_method", "openid-connect"), ("identity_provider", "okta-workforce"), ("username", st.user)]
        elif typ in ("CODE_TO_TOKEN", "REFRESH_TOKEN"):
            pairs += [("token_id", uid()), ("grant_type", "authorization_code" if typ == "CODE_TO_TOKEN" else "refresh_token"),
                      ("refresh_token_type", "Refresh"), ("scope", "openid profile patient/*.read"),
                      ("refresh_token_id", uid()), ("client_auth_method", "client-secret")]
        ln.t(java_ts(), " DEBUG [org.keycloak.events] (", thread, ") ", kc_event_line(pairs, quoted))
        return ln
    msg = ch(["[io.quarkus] (main) Keycloak 24.0.4 on JVM (powered by Quarkus 3.8.4) started in %.3fs. Listening on: http://0.0.0.0:8080. Management interface listening on http://0.0.0.0:9000." % (R.random() * 9 + 6),
              "[org.infinispan.CLUSTER] (jgroups-%d,kc-%d) ISPN000094: Received new cluster view for channel ISPN: [kc-0-%d|%d] (3) [kc-0, kc-1, kc-2]" % (R.randint(5, 40), R.randint(0, 2), R.randint(1000, 9999), R.randint(4, 30)),
              "[org.keycloak.services] (executor-thread-%d) KC-SERVICES0020: Unable to refresh cache of LDAP provider 'cvh-ad': timeout" % R.randint(1, 40),
              "[org.keycloak.quarkus.runtime.storage.infinispan.CacheManagerFactory] (main) Starting Infinispan embedded cache manager",
              "[org.keycloak.events] (executor-thread-%d) type=\"CLIENT_LOGIN\", realmId=\"%s\", clientId=\"kong-gateway\", userId=\"%s\", ipAddress=\"%s\", grant_type=\"client_credentials\"" % (R.randint(1, 40), KC_REALM_ID["patients"], uid(), private_ip()),
              "[org.hibernate.engine.jdbc.spi.SqlExceptionHelper] (executor-thread-%d) SQL Error: 0, SQLState: 40001" % R.randint(1, 40)])
    ln.t(java_ts(), " ", ch(["INFO ", "WARN ", "ERROR"]), " ", msg)
    return ln


# --------------------------------------------------------------------------
# family: SCIM provisioning service
# --------------------------------------------------------------------------
def f_scim(phi):
    ln = Ln("scim-json")
    base = {"ts": iso_ms(), "level": "info", "logger": "scim.server", "request_id": uid()}
    if phi:
        pt = person()
        k = R.random()
        if k < 0.35:
            filt = S('userName eq "', P(pt.email, "email"), '"')
            path = S("/scim/v2/Users?filter=", X(filt, uq))
            base.update(msg="SCIM request", method="GET", path=path, status=200, duration_ms=R.randint(4, 300),
                        actor="auth0-patient-sync", totalResults=ch([0, 1]))
        else:
            body = {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:cvh:params:scim:schemas:extension:patient:2.0:User"],
                    "userName": P(pt.email, "email"),
                    "name": {"givenName": P(pt.given, "name"), "familyName": P(pt.family, "name")},
                    "emails": [{"value": P(pt.email, "email"), "primary": True, "type": "home"}],
                    "phoneNumbers": [{"value": P(fmt_phone(pt.phone, ch(["e164", "paren"])), "phone"), "type": "mobile"}],
                    "addresses": [{"streetAddress": P(pt.street + (" " + pt.unit if pt.unit else ""), "address"),
                                   "locality": P(pt.city, "address"), "region": pt.state,
                                   "postalCode": P(pt.zip4 if R.random() < .3 else pt.zip, "zip"), "type": "home"}],
                    "active": True,
                    "urn:cvh:params:scim:schemas:extension:patient:2.0:User": {"mrn": P(pt.mrn, "mrn"), "empiId": P(pt.empi, "mrn"),
                                                                               "birthDate": P(fmt_date(pt.dob, "iso"), "date")}}
            if R.random() < .35:
                body["urn:cvh:params:scim:schemas:extension:patient:2.0:User"]["coverage"] = {"payer": pt.plan, "memberId": P(pt.member, "health_plan")}
            if R.random() < 0.3:
                body["name"]["formatted"] = P(pt.full, "name")
            base.update(msg="SCIM request", method=ch(["POST", "PUT"]), path="/scim/v2/Users" + ("/" + uid() if R.random() < .5 else ""),
                        status=ch([201, 200, 409]), duration_ms=R.randint(20, 900), actor="epic-patient-sync", body=body)
    else:
        st = staff()
        k = R.random()
        if k < 0.45:
            body = {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                    "userName": st.email, "name": {"givenName": st.given, "familyName": st.family},
                    "emails": [{"value": st.email, "primary": True, "type": "work"}], "title": st.title,
                    "active": True,
                    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": st.emp_id, "department": st.dept,
                                                                                   "organization": ORG, "costCenter": "CC" + digits(5)}}
            base.update(msg="SCIM request", method="POST", path="/scim/v2/Users", status=ch([201, 201, 409]),
                        duration_ms=R.randint(20, 900), actor=ch(["okta-scim-client", "svc_workday_sync"]), body=body)
        elif k < 0.75:
            body = {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                    "Operations": [{"op": "replace", "value": {"active": ch([False, True])}}]}
            base.update(msg="SCIM request", method="PATCH", path="/scim/v2/Users/" + st.okta_id, status=200,
                        duration_ms=R.randint(10, 300), actor="okta-scim-client", body=body)
        else:
            base.update(level=ch(["info", "warn"]), msg=ch(["Group sync finished", "Rate limited by target, backing off", "Bulk request completed"]),
                        group=ch(["CVH-Epic-Clinicians", "CVH-RevCycle", "CVH-IAM-Admins"]), members_added=R.randint(0, 40),
                        members_removed=R.randint(0, 12), retry_after_s=ch([None, 30, 60]), batch=uid())
    base = {k: v for k, v in base.items() if v is not None}
    ln.t(J(base))
    return maybe_wrap(ln, "scim-0", "scim")


# --------------------------------------------------------------------------
# family: identity-verification orchestrator (logfmt)
# --------------------------------------------------------------------------
def f_idv(phi):
    ln = Ln("idv-logfmt")
    head = [("ts", iso_ms()), ("level", "info"), ("svc", "idv-orchestrator"), ("trace_id", hexs(32)), ("span_id", hexs(16))]
    if phi:
        pt = person()
        step = ch(["precise_id_request", "kba_result", "prefill_response", "age_gate", "dl_check", "precise_id_request", "ssn_mismatch", "age_gate", "prefill_response"])
        if step == "precise_id_request":
            pairs = head + [("vendor", ch(["experian", "lexisnexis"])), ("step", step), ("inquiry", "inq_" + alnum(24)),
                            ("first_name", P(pt.given, "name")), ("last_name", P(pt.family, "name")),
                            ("dob", P(fmt_date(pt.dob, ch(["iso", "compact", "us"])), "date")),
                            ("ssn", P(pt.ssn, "ssn")), ("addr1", P(pt.street, "address")), ("city", P(pt.city, "address")),
                            ("state", pt.state), ("zip", P(pt.zip, "zip")), ("phone", P(pt.phone, "phone"))]
            if R.random() < .4:
                pairs.insert(-1, ("addr2", P(pt.unit or "Apt 1", "address")))
        elif step == "kba_result":
            pairs = head + [("vendor", "lexisnexis_iid"), ("step", step), ("inquiry", "inq_" + alnum(24)),
                            ("subject", P(pt.full, "name")), ("questions", 4), ("correct", ch([2, 3, 4])),
                            ("decision", ch(["PASS", "FAIL", "REFER"])), ("reason_codes", ch(["R186,R201", "R030", "-"])),
                            ("elapsed_ms", R.randint(900, 90000))]
        elif step == "prefill_response":
            v = vin()
            pairs = head + [("vendor", "lexisnexis_prefill"), ("step", step), ("hit", "true"),
                            ("prefill.name", P(pt.full, "name")), ("prefill.addr", S(P(pt.street, "address"), ", ", P(pt.city, "address"), ", ", pt.state, " ", P(pt.zip, "zip"))),
                            ("prefill.vehicle.vin", P(v, "vehicle")), ("prefill.vehicle.year", 2015 + "GHJKLMNPR".index(v[9]) + 1),
                            ("prefill.vehicle.plate", P(plate(pt.state), "vehicle")), ("prefill.vehicle.plate_state", pt.state)]
        elif step == "age_gate":
            old = person(90, 103)
            pairs = head + [("step", step), ("policy", "senior_assist_v2"), ("age", P(str(old.age), "age")),
                            ("dob", P(fmt_date(old.dob, "iso"), "date")), ("route", "caregiver_attestation")]
        elif step == "dl_check":
            pairs = head + [("vendor", "aamva_dldv"), ("step", step), ("dl_state", pt.state),
                            ("dl_number", P(dl_number(pt.state), "license")), ("last_name", P(pt.family, "name")),
                            ("dob", P(fmt_date(pt.dob, "iso"), "date")), ("match", ch(["Y", "Y", "N", "U"]))]
        else:
            pairs = [(k2, "warn" if k2 == "level" else v2) for k2, v2 in head] + [
                ("step", "ssn_mismatch"), ("submitted", P(pt.ssn, "ssn")), ("on_file", "***-**-" + digits(4)),
                ("mrn", P(pt.mrn, "mrn")), ("action", "route_to_manual_review")]
    else:
        step = ch(["vendor_latency", "circuit", "kba_issued", "decision", "retry", "config"])
        if step == "vendor_latency":
            pairs = head + [("vendor", ch(["experian", "lexisnexis", "socure", "aamva_dldv"])), ("p50_ms", R.randint(200, 900)),
                            ("p99_ms", R.randint(1000, 9000)), ("window", "5m"), ("errors", R.randint(0, 9))]
        elif step == "circuit":
            pairs = head + [("level", "warn"), ("vendor", "experian"), ("circuit", ch(["open", "half_open", "closed"])),
                            ("failures", R.randint(3, 20)), ("cooldown", "30s")]
        elif step == "kba_issued":
            pairs = head + [("vendor", "lexisnexis_iid"), ("step", "kba_questions_issued"), ("count", 4),
                            ("inquiry", "inq_" + alnum(24)), ("ttl", "300s")]
        elif step == "decision":
            pairs = head + [("step", "decision"), ("inquiry", "inq_" + alnum(24)), ("score", R.randint(300, 990)),
                            ("decision", ch(["ACCEPT", "REFER", "REJECT"])), ("reason_codes", ch(["R186,R201", "R030,R117", "none"])),
                            ("loa", ch(["IAL1", "IAL2"]))]
        elif step == "retry":
            pairs = head + [("level", "warn"), ("vendor", "socure"), ("attempt", R.randint(2, 4)), ("err", "context deadline exceeded"),
                            ("endpoint", "https://service.socure.com/api/3.0/EmailAuthScore")]
        else:
            pairs = head + [("msg", "config reloaded"), ("version", "v%d.%d.%d" % (R.randint(1, 4), R.randint(0, 30), R.randint(0, 9))),
                            ("kba_max_attempts", 2), ("dl_vendor", "aamva_dldv"), ("commit", hexs(7))]
    pairs = list(dict(pairs).items())   # later duplicates override earlier values, keep first position
    ln.t(KV(pairs))
    return ln


# --------------------------------------------------------------------------
# family: document verification webhooks (Persona-/Onfido-like)
# --------------------------------------------------------------------------
def f_docv(phi):
    ln = Ln("docv-webhook")
    if phi:
        pt = person(19, 102) if R.random() < .5 else person(88, 101)
        k = ch(["persona", "onfido", "selfie", "foreign", "selfie", "foreign"])
        if k == "persona":
            attrs = {"status": "completed", "reference-id": "cvh-" + uid()[:8],
                     "name-first": P(pt.given, "name"), "name-middle": P(pt.middle, "name") if pt.middle else None,
                     "name-last": P(pt.family, "name"), "birthdate": P(fmt_date(pt.dob, "iso"), "date"),
                     "address-street-1": P(pt.street, "address"), "address-street-2": P(pt.unit, "address") if pt.unit else None,
                     "address-city": P(pt.city, "address"), "address-subdivision": pt.state,
                     "address-postal-code": P(pt.zip, "zip"), "identification-number": P(dl_number(pt.state), "license"),
                     "identification-class": "dl", "fields": {"selected-country-code": {"type": "string", "value": "US"}}}
            if pt.age > 89:
                attrs["age"] = P(pt.age, "age")
            else:
                attrs["age"] = pt.age
            attrs = {kk: v for kk, v in attrs.items() if v is not None}
            body = {"data": {"type": "event", "id": "evt_" + alnum(24), "attributes": {"name": "inquiry.completed",
                     "payload": {"data": {"type": "inquiry", "id": "inq_" + alnum(24), "attributes": attrs}},
                     "created-at": iso_ms()}}}
            ln.t(java_ts(None, "."), " INFO  [docv-webhook] received ", J(body))
        elif k == "onfido":
            body = {"payload": {"resource_type": "report", "action": "report.completed", "object": {"id": uid(), "status": "complete",
                    "completed_at_iso8601": iso_ms(), "href": "https://api.us.onfido.com/v3.6/reports/" + uid()}},
                    "report": {"name": "document", "result": ch(["clear", "consider"]),
                               "properties": {"first_name": P(pt.given.upper(), "name"), "last_name": P(pt.family.upper(), "name"),
                                              "date_of_birth": P(fmt_date(pt.dob, "iso"), "date"), "issuing_country": "USA",
                                              "document_type": "driving_licence", "issuing_state": pt.state,
                                              "document_numbers": [{"value": P(dl_number(pt.state), "license"), "type": "document_number"}],
                                              "address_lines": {"street_address": P(pt.street.upper(), "address"), "city": P(pt.city.upper(), "address"),
                                                                "postal_code": P(pt.zip, "zip")}}}}
            ln.t(J(body, asc=True))
        elif k == "selfie":
            img = fake_image_b64("jpeg")
            body = {"event": "face_match.completed", "inquiry_id": "inq_" + alnum(24), "similarity": round(R.uniform(0.55, 0.99), 4),
                    "liveness": {"score": round(R.uniform(0.6, 0.99), 3), "passed": True},
                    "selfie": P("data:image/jpeg;base64," + img, "photo") if R.random() < .6 else None,
                    "selfie_b64": None, "face_template": P(face_template_b64(), "biometric"),
                    "template_format": "cvh-arcface-r100-f32", "subject": {"mrn": P(pt.mrn, "mrn")}}
            if body["selfie"] is None:
                body["selfie_b64"] = P(img, "photo")
            body = {kk: v for kk, v in body.items() if v is not None}
            ln.t(J(body))
        else:
            c = ch(["MX", "GB", "CA", "IN"])
            if c == "MX":
                oid = curp(pt.given, pt.family, pt.dob, pt.sex)
                doc = "INE"
            elif c == "GB":
                oid = nhs_number()
                doc = "nhs_number"
            elif c == "CA":
                oid = sin_ca()
                doc = "sin"
            else:
                oid = digits(4) + " " + digits(4) + " " + digits(4)
                doc = "aadhaar"
            passport = ch("ABCEGHKLMNPRSTUVXYZ") + digits(8) if c != "CA" else ch(["AB", "GA", "HK"]) + digits(6)
            body = {"check_id": uid(), "country": c, "document": {"type": "passport", "number": P(passport, "other_id"),
                    "mrz_name": P(re.sub("[^A-Z]", "<", fold(pt.family).upper()) + "<<" + re.sub("[^A-Z]", "<", fold(pt.given).upper()), "name"),
                    "dob": P(fmt_date(pt.dob, "compact")[2:], "date")},
                    "secondary_id": {"type": doc, "value": P(oid, "other_id")}, "result": ch(["clear", "consider"])}
            ln.t(iso_ms(), " docv-intl ", J(body))
    else:
        k = R.random()
        if k < 0.4:
            body = {"event": ch(["check.completed", "check.started", "inquiry.expired", "report.withdrawn"]), "check_id": uid(),
                    "inquiry_id": "inq_" + alnum(24), "result": ch(["clear", "consider", None]),
                    "href": "https://api.us.onfido.com/v3.6/checks/" + uid(), "delivered_in_ms": R.randint(40, 3000)}
            ln.t(J(body))
        elif k < 0.7:
            ln.t(java_ts(None, "."), " ", ch(["INFO ", "WARN "]), " [docv-webhook] ", ch([
                "signature verified (X-SHA2-Signature) for event evt_%s" % alnum(24),
                "webhook delivery retried attempt=%d status=502 target=https://%s/hooks/docv" % (R.randint(2, 5), API),
                "dropped duplicate event evt_%s (idempotency window 24h)" % alnum(24),
                "template tmpl_%s updated: selfie capture now required for IAL2" % alnum(16)]))
        else:
            body = {"event": "face_match.completed", "inquiry_id": "inq_" + alnum(24), "similarity": round(R.uniform(0.2, 0.99), 4),
                    "liveness": {"score": round(R.uniform(0.1, 0.99), 3), "passed": R.random() < .8},
                    "model": "arcface-r100", "latency_ms": R.randint(200, 2400), "selfie_sha256": hexs(64)}
            ln.t(J(body))
    return maybe_wrap(ln, "docv-1", "docv", ("none", "none", "cri"))


# --------------------------------------------------------------------------
# family: Kong API gateway (http-log plugin JSON)
# --------------------------------------------------------------------------
EPIC_OID = "urn:oid:1.2.840.114350.1.13.861.1.7.5.737384.14"


KONG_ROUTES = {"/fhir": ("fhir-r4", "epic-interconnect", "interconnect.cvh.internal"),
               "/.well-known": ("fhir-r4", "epic-interconnect", "interconnect.cvh.internal"),
               "/api": ("portal-api", "mycv-core", "mycv-core.identity.svc"),
               "/oauth2": ("oauth2", "keycloak", "keycloak.identity.svc"),
               "/scim": ("scim", "scim-server", "scim.identity.svc"),
               "/status": ("health", "kong-status", "127.0.0.1")}


def kong_base(method, uri, status, consumer, client_ip, xff=None, ua_=None):
    rname, sname, shost = next(v for k, v in KONG_ROUTES.items() if plain(uri).startswith(k))
    hdr = {"host": API, "user-agent": ua_ or ch(["MyCV-BFF/3.4.1 (+node 20.12.2)", "okhttp/4.12.0", "Apache-HttpClient/4.5.14 (Java/17.0.10)"]),
           "accept": "application/fhir+json" if "fhir" in plain(uri) else "application/json",
           "authorization": "REDACTED", "x-request-id": uid()}
    if xff is not None:
        hdr["x-forwarded-for"] = xff
    return {"request": {"method": method, "uri": uri, "url": None, "size": R.randint(200, 1900), "querystring": {},
                        "headers": hdr, "tls": {"version": "TLSv1.3", "cipher": "TLS_AES_256_GCM_SHA384"}},
            "upstream_uri": None,
            "response": {"status": status, "size": R.randint(300, 40000),
                         "headers": {"content-type": "application/json", "x-kong-upstream-latency": str(R.randint(5, 900))}},
            "route": {"id": uid(), "name": rname, "protocols": ["https"]},
            "service": {"id": uid(), "name": sname, "host": shost, "port": ch([443, 8080, 8443])},
            "latencies": {"request": R.randint(10, 2000), "kong": R.randint(0, 9), "proxy": R.randint(5, 1900)},
            "client_ip": client_ip, "started_at": epoch_ms(), "consumer": {"username": consumer, "id": uid()},
            "workspace": uid(), "tries": [{"ip": private_ip(), "port": 8080, "balancer_latency": 0}]}


def f_kong(phi):
    ln = Ln("kong-json")
    if phi:
        pt = person()
        pip = patient_ip()
        bff = private_ip()
        xff = S(P(pip, "ip"), ", ", bff)
        k = ch(["fhir_search", "portal_path", "lookup", "reset_body", "fhir_search"])
        if k == "fhir_search":
            dob = fmt_date(pt.dob, "iso")
            q_ident = S(EPIC_OID, "|", P(pt.mrn, "mrn"))
            uri = S("/fhir/r4/Patient?identifier=", X(q_ident, uq), "&birthdate=", P(dob, "date"))
            d = kong_base("GET", uri, ch([200, 200, 404]), "mycv-bff", bff, xff)
            d["request"]["url"] = P("https://" + API + ":8443" + uri.text(), "url")
            d["request"]["querystring"] = {"identifier": q_ident, "birthdate": P(dob, "date")}
            d["upstream_uri"] = S("/interconnect-prd/api/FHIR/R4/Patient?identifier=", X(q_ident, uq), "&birthdate=", P(dob, "date"))
        elif k == "portal_path":
            idv = ch([pt.wpr, pt.mrn])
            sub = ch(["proxies", "summary", "documents", "insurance", "messages"])
            uri = S("/api/v1/patients/", P(idv, "mrn"), "/", sub)
            d = kong_base(ch(["GET", "GET", "POST"]), uri, ch([200, 200, 403, 500]), "mycv-bff", bff, xff)
            d["request"]["url"] = P("https://" + API + ":8443" + uri.text(), "url")
            d["request"]["headers"]["x-patient-id"] = P(idv, "mrn")
            d["upstream_uri"] = uri
        elif k == "lookup":
            uri = S("/api/v1/accounts/lookup?email=", X(P(pt.email, "email"), uq), "&dob=", X(P(fmt_date(pt.dob, "us"), "date"), uq))
            d = kong_base("GET", uri, ch([200, 404]), "proxy-portal", bff, xff)
            d["request"]["url"] = P("https://" + API + ":8443" + uri.text(), "url")
            d["request"]["querystring"] = {"email": P(pt.email, "email"), "dob": P(fmt_date(pt.dob, "us"), "date")}
            d["upstream_uri"] = uri
        else:
            uri = "/api/v1/password-reset"
            d = kong_base("POST", uri, 202, "mycv-bff", bff, xff)
            d["request_body"] = J({"email": P(pt.email, "email"), "channel": ch(["email", "sms"]),
                                   "phone": P(fmt_phone(pt.phone, "e164"), "phone")})
            d["upstream_uri"] = uri
    else:
        k = ch(["metadata", "wellknown", "token", "health", "appts", "scim"])
        if k == "metadata":
            uri = "/fhir/r4/metadata"
            d = kong_base("GET", uri, 200, ch(["mycv-bff", "smart-app-" + alnum(6).lower()]), private_ip())
        elif k == "wellknown":
            uri = "/.well-known/smart-configuration"
            d = kong_base("GET", uri, 200, "anonymous", private_ip())
        elif k == "token":
            uri = "/oauth2/token"
            d = kong_base("POST", uri, ch([200, 200, 401]), ch(["empi-service", "idv-orchestrator", "svc-scim-okta"]), private_ip())
        elif k == "health":
            uri = "/status/ready"
            d = kong_base("GET", uri, 200, "anonymous", "127.0.0.1", ua_="kube-probe/1.28")
        elif k == "appts":
            uri = "/api/v1/appointments?status=booked&page=%d&page_size=50" % R.randint(1, 9)
            d = kong_base("GET", uri, ch([200, 429]), "mycv-bff", private_ip(), xff=private_ip())
            d["request"]["querystring"] = {"status": "booked", "page": str(R.randint(1, 9)), "page_size": "50"}
        else:
            uri = "/scim/v2/Groups/" + uid()
            d = kong_base("PATCH", uri, 204, "svc-scim-okta", private_ip())
        d["upstream_uri"] = uri
    if d["request"]["url"] is None:
        d["request"]["url"] = "https://" + API + ":8443" + plain(d["request"]["uri"])
    if not d["request"]["querystring"]:
        d["request"]["querystring"] = {}
    ln.t(J(d))
    return maybe_wrap(ln, "kong-dp-0", "kong", ("none", "none", "docker"))


# --------------------------------------------------------------------------
# family: NGINX (access combined+timings, error log)
# --------------------------------------------------------------------------
def ngx_tail():
    return " rt=%.3f uct=%.3f uht=%.3f urt=%.3f" % tuple([R.random() * 0.9] + [R.random() * 0.01] * 2 + [R.random() * 0.9])


def f_nginx(phi):
    if phi and R.random() < 0.72:
        ln = Ln("nginx-combined")
        pt = person()
        ip = patient_ip()
        k = ch(["login_hint", "patient_path", "signup", "proxy_accept", "verify_email", "patient_path"])
        ref = "https://www.%s/" % DOM
        if k == "login_hint":
            req = S("GET /authorize?client_id=", alnum(32), "&response_type=code&scope=openid%20profile&login_hint=",
                    X(P(pt.email, "email"), uq), "&redirect_uri=https%3A%2F%2F", PORTAL, "%2Fcallback HTTP/2.0")
            st = 302
        elif k == "patient_path":
            pid = ch([pt.wpr, pt.mrn])
            sub = ch(["summary", "results", "proxies", "billing"])
            req = S("GET /api/v1/patients/", P(pid, "mrn"), "/", sub, " HTTP/2.0")
            ref = P("https://%s/app/patients/%s/%s" % (PORTAL, pid, ch(["home", "results", "proxy-access"])), "url")
            st = ch([200, 200, 304, 401])
        elif k == "signup":
            req = "POST /u/signup?state=hKFo2SB%s HTTP/2.0" % alnum(40)
            st = ch([302, 400])
        elif k == "proxy_accept":
            kid = minor(pt.family)
            req = S("GET /proxy/accept?invite=", alnum(20), "&minor_dob=", P(fmt_date(kid.dob, "iso"), "date"), " HTTP/2.0")
            st = 200
        else:
            req = S("GET /verify-email?email=", X(P(pt.email, "email"), uqp), "&token=", hexs(40), " HTTP/1.1")
            st = ch([200, 410])
        ln.t(P(ip, "ip"), " - - [", clf_ts(), '] "', req, '" ', str(st), " ", str(R.randint(0, 48000)), ' "', ref, '" "', ua(), '"', ngx_tail())
        return ln
    if phi:
        ln = Ln("nginx-error")
        pt = person()
        pid = ch([pt.wpr, pt.mrn])
        path = S("/api/v1/patients/", P(pid, "mrn"), "/", ch(["proxies", "documents", "summary"]))
        up = "http://%s:8080/api/v1/patients/%s/%s" % (private_ip(), pid, path.parts[-1])
        msg = ch(["upstream timed out (110: Connection timed out) while reading response header from upstream",
                  "upstream prematurely closed connection while reading response header from upstream",
                  "connect() failed (111: Connection refused) while connecting to upstream"])
        ln.t(ngx_err_ts(), " [error] ", str(R.randint(20, 60)), "#", str(R.randint(20, 60)), ": *", str(R.randint(10000, 9999999)), " ", msg,
             ", client: ", P(patient_ip(), "ip"), ", server: ", PORTAL, ', request: "GET ', path, ' HTTP/2.0", upstream: "',
             P(up, "url"), '", host: "', PORTAL, '"')
        return ln
    k = R.random()
    if k < 0.65:
        ln = Ln("nginx-combined")
        v = ch(["probe", "static", "elb", "synthetic", "static", "wellknown"])
        if v == "probe":
            ln.t(private_ip(), ' - - [', clf_ts(), '] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28"', ngx_tail())
        elif v == "static":
            ln.t(private_ip(), ' - - [', clf_ts(), '] "GET /static/js/main.', hexs(8), '.js HTTP/1.1" ', ch(["200", "304"]), " ",
                 str(R.randint(0, 900000)), ' "https://', PORTAL, '/" "', ua(), '"', ngx_tail())
        elif v == "elb":
            ln.t(private_ip(), ' - - [', clf_ts(), '] "GET /nginx_status HTTP/1.1" 200 97 "-" "ELB-HealthChecker/2.0"', ngx_tail())
        elif v == "synthetic":
            ln.t(cloud_ip(), ' - - [', clf_ts(), '] "GET /u/login?state=hKFo2SB', alnum(40), ' HTTP/2.0" 200 ', str(R.randint(8000, 20000)),
                 ' "-" "Datadog/Synthetics"', ngx_tail())
        else:
            ln.t(private_ip(), ' - - [', clf_ts(), '] "GET /.well-known/openid-configuration HTTP/1.1" 200 ', str(R.randint(1500, 2600)),
                 ' "-" "', ch(["MyCV-BFF/3.4.1", "Kong/3.6.1", "okhttp/4.12.0"]), '"', ngx_tail())
        return ln
    ln = Ln("nginx-error")
    msg = ch(['[warn] %d#%d: *%d an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/%d/%02d/%010d while reading upstream, client: %s, server: %s, request: "GET /static/media/hero.%s.webp HTTP/2.0"' % (
        R.randint(20, 60), R.randint(20, 60), R.randint(1000, 99999), R.randint(1, 9), R.randint(0, 99), R.randint(0, 10 ** 9), private_ip(), PORTAL, hexs(8)),
        "[notice] 1#1: signal 1 (SIGHUP) received from %d, reconfiguring" % R.randint(20, 90),
        "[notice] 1#1: reconfiguring",
        '[error] %d#%d: *%d connect() failed (111: Connection refused) while connecting to upstream, client: %s, server: _, request: "GET /healthz HTTP/1.1", upstream: "http://127.0.0.1:8081/healthz"' % (
            R.randint(20, 60), R.randint(20, 60), R.randint(1000, 99999), private_ip()),
        "[emerg] 1#1: host not found in upstream \"mycv-core.identity.svc:8080\" in /etc/nginx/conf.d/portal.conf:41",
        '[warn] %d#%d: *%d limiting requests, excess: 10.%03d by zone "login", client: %s, server: %s, request: "POST /usernamepassword/login HTTP/2.0"' % (
            R.randint(20, 60), R.randint(20, 60), R.randint(1000, 99999), R.randint(0, 999), doc_ip(), AUTH0_HOST)])
    ln.t(ngx_err_ts(), " ", msg)
    return ln


# --------------------------------------------------------------------------
# family: fraud & bot detection
# --------------------------------------------------------------------------
def f_fraud(phi):
    if phi:
        pt = person()
        k = ch(["sift", "sift", "ato"])
        if k == "sift":
            ln = Ln("sift-json")
            ev = ch(["$create_account", "$login", "$update_account", "$update_password"])
            body = {"$type": ev, "$api_key": "REDACTED", "$user_id": "u_" + hexs(20), "$session_id": alnum(32),
                    "$user_email": P(pt.email, "email"), "$ip": P(patient_ip(), "ip"),
                    "$browser": {"$user_agent": ua(), "$accept_language": ch(["en-US", "es-US", "vi-VN", "en-US,en;q=0.9"])}}
            if ev in ("$create_account", "$update_account"):
                body["$name"] = P(pt.full, "name")
                body["$phone"] = P(fmt_phone(pt.phone, "e164"), "phone")
                body["$billing_address"] = {"$name": P(pt.full, "name"), "$address_1": P(pt.street, "address"),
                                            "$city": P(pt.city, "address"), "$region": pt.state, "$country": "US",
                                            "$zipcode": P(pt.zip, "zip")}
                if R.random() < .3:
                    body["$social_sign_on_type"] = "$facebook"
                    body["profile_url"] = P("https://www.facebook.com/" + ch(["profile.php?id=1000" + digits(11),
                                                                              re.sub("[^a-z]", "", fold(pt.given).lower()) + "." + re.sub("[^a-z.]", "", fold(pt.family).lower()) + "." + digits(3)]), "url")
                if R.random() < .4:
                    body["$payment_methods"] = [{"$payment_type": "$credit_card", "$card_bin": "4" + digits(5), "$card_last4": digits(4)}]
            else:
                body["$login_status"] = ch(["$success", "$failure"])
            resp = {"status": 0, "error_message": "OK", "score_response": {"scores": {"account_abuse": {"score": round(R.random(), 3)},
                                                                                     "account_takeover": {"score": round(R.random(), 3)}},
                                                                          "workflow_statuses": [{"state": "finished", "config_display_name": "ATO - block high"}]}}
            ln.t(java_ts(None, "."), " INFO  fraud-gw sift.track request=", J(body), " response=", J(resp), " took_ms=", str(R.randint(30, 600)))
            return ln
        ln = Ln("ato-alert-kv")
        others = [person() for _ in range(R.randint(1, 3))]
        tg = []
        for i, o in enumerate([pt] + others):
            if i:
                tg.append(",")
            tg.append(P(o.email, "email"))
        ln.t(KV([("ts", iso_ms()), ("level", "warn"), ("detector", "cred-stuffing-v3"), ("window", "5m"),
                 ("src_asn", ch([14061, 16276, 24940, 9009])), ("src_ips", R.randint(40, 900)),
                 ("distinct_usernames", R.randint(200, 5000)), ("success", R.randint(1, 6)),
                 ("compromised_accounts", S(*tg)), ("action", "force_password_reset")]))
        return ln
    ln = Ln("botmgmt-kv")
    if R.random() < 0.6:
        ln.t(KV([("ts", iso_ms()), ("zone", DOM), ("host", ch([AUTH0_HOST, PORTAL, API])),
                 ("path", ch(["/u/login", "/usernamepassword/login", "/u/signup", "/api/v1/appointments", "/dbconnections/change_password"])),
                 ("action", ch(["managed_challenge", "block", "allow", "js_challenge"])), ("bot_score", R.randint(1, 99)),
                 ("verified_bot", ch(["false", "false", "true"])), ("ja3", hexs(32)), ("ja4", "t13d1516h2_" + hexs(12) + "_" + hexs(12)),
                 ("asn", ch([14061, 16276, 24940, 9009, 7922, 20115])), ("country", ch(["US", "US", "NL", "DE", "SG", "BR"])),
                 ("src_ip", doc_ip()), ("ray", hexs(16) + "-ORD"), ("rule_id", hexs(32))]))
    else:
        ln.t(java_ts(None, "."), " INFO  fraud-gw ", ch([
            "sift.decision user_id=u_%s decision=%s source=AUTOMATED_RULE score=%.2f" % (hexs(20), ch(["looks_ok_account_takeover", "block_login_ato", "watch_account"]), R.random()),
            "rule 'velocity_signup_per_device_1h' threshold changed 5 -> 3 by %s" % staff().user,
            "arkose.verify session=%s.%s solved=%s risk_band=%s" % (alnum(16), digits(10), ch(["true", "false"]), ch(["Low", "Medium", "High"])),
            "bloom filter refresh: breached-password corpus size=%d fp_rate=0.001" % R.randint(10 ** 9, 4 * 10 ** 9)]))
    return ln


# --------------------------------------------------------------------------
# family: notifications (Twilio / SendGrid)
# --------------------------------------------------------------------------
SHORT_FROM = ["+18337201144", "+19376412210", "MG" + hexs(32)]


def f_notify(phi):
    if phi:
        pt = person()
        k = ch(["twilio_cb", "verify", "sendgrid", "twilio_cb"])
        if k == "twilio_cb":
            ln = Ln("twilio-callback")
            form = S("SmsSid=SM", hexs(32), "&SmsStatus=", ch(["delivered", "undelivered", "sent"]),
                     "&MessageStatus=delivered&To=", X(P(fmt_phone(pt.phone, "e164"), "phone"), uq),
                     "&MessagingServiceSid=MG", hexs(32), "&MessageSid=SM", hexs(32), "&AccountSid=AC", hexs(32),
                     "&From=%2B18337201144&ApiVersion=2010-04-01")
            ln.t(iso_local(), " notify-svc POST /hooks/twilio/status 204 ", str(R.randint(2, 40)), "ms body=", form)
            return ln
        if k == "verify":
            ln = Ln("twilio-verify-json")
            d = {"sid": "VE" + hexs(32), "service_sid": "VA" + hexs(32), "account_sid": "AC" + hexs(32),
                 "to": P(fmt_phone(pt.phone, "e164"), "phone"), "channel": ch(["sms", "call", "whatsapp"]),
                 "status": ch(["pending", "approved", "canceled"]), "valid": False,
                 "lookup": {"carrier": {"type": "mobile", "name": ch(["Verizon Wireless", "T-Mobile USA, Inc.", "AT&T Wireless"])}},
                 "amount": None, "payee": None, "date_created": iso_ms()[:19] + "Z", "url": "https://verify.twilio.com/v2/Services/VA%s/Verifications/VE%s" % (hexs(32), hexs(32))}
            ln.t(J(d))
            return maybe_wrap(ln, "notify-2", "notify", ("none", "cri", "docker"))
        ln = Ln("sendgrid-event")
        evs = []
        for i in range(R.randint(1, 2)):
            who = pt if i == 0 else person()
            evs.append({"email": P(who.email, "email"), "timestamp": epoch_s(), "smtp-id": "<%s@ismtpd0%d.sendgrid.net>" % (alnum(22), R.randint(1, 9)),
                        "event": ch(["delivered", "open", "bounce", "processed"]), "category": [ch(["password_reset", "proxy_invite", "verify_email"])],
                        "sg_event_id": alnum(22), "sg_message_id": alnum(22) + ".filterdrecv-" + hexs(10) + "-1-" + hexs(8) + "-" + hexs(2) + ".0",
                        "template_id": "d-" + hexs(32)})
        ln.t(java_ts(None, "."), " INFO  [sendgrid-webhook] batch=", J(evs))
        return ln
    k = R.random()
    if k < 0.4:
        ln = Ln("twilio-callback")
        ln.t(iso_local(), " notify-svc WARN twilio error code=", ch(["30007", "30003", "21610", "30034"]), " to=+1******", digits(4),
             " messaging_service=MG", hexs(32), " template=", ch(["mfa_otp", "appt_reminder", "proxy_invite"]), " retry=false")
    elif k < 0.7:
        ln = Ln("sendgrid-event")
        _pr = R.randint(200, 4000)
        ln.t(java_ts(None, "."), " INFO  [sendgrid-webhook] stats window=15m processed=", str(_pr), " delivered=",
             str(_pr - R.randint(0, 60)), " bounce=", str(R.randint(0, 40)), " spamreport=", str(R.randint(0, 3)), " from=", ch(SUPPORT_EMAILS))
    else:
        ln = Ln("notify-json")
        ln.t(J({"ts": iso_ms(), "level": "info", "svc": "notify", "msg": "message queued", "template": ch(["password_reset", "mfa_otp", "proxy_invite", "new_result"]),
                "provider": ch(["sendgrid", "twilio"]), "msg_id": uid(), "tenant": AUTH0_TENANT, "reply_to": ch(SUPPORT_EMAILS),
                "callback_number": ch(ORG_PHONES)}))
    return ln


# --------------------------------------------------------------------------
# family: patient portal backend (Spring Boot console)
# --------------------------------------------------------------------------
def spring_prefix(lvl, logger):
    return S(java_ts(None, "."), " ", "%5s" % lvl, " 1 --- [", ch(["nio-8080-exec-%d" % R.randint(1, 40), "   scheduling-1", "task-%d" % R.randint(1, 8), "  kafka-consumer-1"]),
             "] ", logger, " : ")


def f_portal(phi):
    ln = Ln("spring-boot")
    if phi:
        pt = person()
        k = ch(["proxy", "roi_fax", "dup", "link", "senior", "parking", "coverage", "proxy", "fax_profile", "senior", "parking", "roi_fax"])
        if k == "proxy":
            kid = minor(pt.family if R.random() < .7 else ch(SURNAMES))
            rel = ch(["PARENT", "LEGAL_GUARDIAN", "FOSTER_PARENT", "GRANDPARENT"])
            ln.t(spring_prefix("INFO", "c.c.portal.proxy.ProxyAccessService"), "Proxy request created requestId=", digits(6),
                 " requestorName='", P(pt.full, "name"), "' requestorEmail=", P(pt.email, "email"), " relationship=", rel,
                 " minorName='", P(kid.given + " " + kid.family, "name"), "' minorDob=", P(fmt_date(kid.dob, ch(["iso", "us"])), "date"),
                 " minorMrn=", P(kid.mrn, "mrn"), " status=PENDING_REVIEW")
        elif k == "roi_fax":
            fx = fmt_phone(phone_digits(pt.state), ch(["dash", "paren", "plain"]))
            ln.t(spring_prefix("INFO", "c.c.portal.roi.RecordsReleaseController"), "ROI delivery queued channel=FAX to=",
                 P(fx, "fax"), " from=", ch(ORG_FAXES), " patient=", P(pt.wpr, "mrn"), " pages=", str(R.randint(2, 80)),
                 " request=ROI-", digits(7))
        elif k == "dup":
            ln.t(spring_prefix("ERROR", "o.h.engine.jdbc.spi.SqlExceptionHelper"), "Duplicate entry '", P(pt.email, "email"),
                 "' for key 'portal_user.uk_portal_user_email'")
        elif k == "link":
            ln.t(spring_prefix("WARN", "c.c.portal.link.AccountLinkService"), "link attempt failed: no EMPI match for lastName=",
                 P(pt.family, "name"), ", dob=", P(fmt_date(pt.dob, "us"), "date"), ", zip=", P(pt.zip, "zip"),
                 ", guarantorAcct=", P(digits(8), "account"), " (candidates=", str(R.randint(0, 3)), ", threshold=0.82)")
        elif k == "senior":
            old = person(90, 104)
            ln.t(spring_prefix("INFO", "c.c.portal.proxy.SeniorProxyPolicy"), "patient ", P(old.mrn, "mrn"), " age ",
                 P(str(old.age), "age"), " > 89; caregiver attestation required (caregiver=", P(pt.full, "name"), ", phone=",
                 P(fmt_phone(pt.phone, "paren"), "phone"), ")")
        elif k == "parking":
            appt = future_day(1, 30)
            pl = plate(pt.state)
            ln.t(spring_prefix("INFO", "c.c.portal.checkin.ParkingValidationService"), "validated plate=", pt.state, ":", P(pl, "vehicle"),
                 " for appointment ", P(fmt_date(appt, ch(["iso", "us"])), "date"), " patient=", P(pt.wpr, "mrn"), " garage=CVH-GARAGE-B")
        elif k == "coverage":
            ln.t(spring_prefix("DEBUG", "c.c.portal.coverage.CardOcrService"), "OCR result payer='", ch(["Anthem Blue Cross", "UnitedHealthcare", "CareSource", "Aetna", "Medicare"]),
                 "' memberId=", P(pt.member, "health_plan"), " group=", ch(["", "GRP"]) + digits(6), " subscriber='", P(pt.full.upper(), "name"),
                 "' subscriberDob=", P(fmt_date(pt.dob, "us"), "date"), " confidence=", "%.2f" % R.uniform(0.6, 0.99))
        else:
            ln.t(spring_prefix("INFO", "c.c.portal.profile.ProfileService"), "profile updated user=", P(pt.email, "email"),
                 " changed=[homePhone, fax, address] homePhone=", P(fmt_phone(pt.phone, "dash"), "phone"),
                 " fax=", P(fmt_phone(phone_digits(pt.state), "dash"), "fax"), " address='", P(pt.street, "address"), ", ",
                 P(pt.city, "address"), ", ", pt.state, " ", P(pt.zip4, "zip"), "'")
        return maybe_wrap(ln, pod("mycv-core"), "mycv-core", ("none", "none", "cri", "docker"))
    k = ch(["hikari", "started", "sched", "proxy_ok", "cache", "roi_ok", "http", "orgfax"])
    if k == "hikari":
        ln.t(spring_prefix("WARN", "com.zaxxer.hikari.pool.HikariPool"), "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=",
             str(R.randint(61, 120)), "s", str(R.randint(1, 999)), "ms).")
    elif k == "started":
        ln.t(spring_prefix("INFO", "c.c.portal.MyCvCoreApplication"), "Started MyCvCoreApplication in ", "%.3f" % R.uniform(8, 40),
             " seconds (process running for ", "%.3f" % R.uniform(9, 45), ")")
    elif k == "sched":
        ln.t(spring_prefix("INFO", "c.c.portal.proxy.ProxyExpiryJob"), "expired ", str(R.randint(0, 40)), " adolescent proxy grants (policy=age12-17) in ",
             str(R.randint(20, 900)), "ms")
    elif k == "proxy_ok":
        ln.t(spring_prefix("INFO", "c.c.portal.proxy.ProxyAccessService"), "Proxy request ", digits(6), " approved by ", staff().user,
             " relationship=", ch(["PARENT", "HEALTHCARE_POA", "SPOUSE"]), " scope=", ch(["FULL", "LIMITED", "BILLING_ONLY"]))
    elif k == "cache":
        ln.t(spring_prefix("INFO", "c.c.portal.config.CacheConfig"), "caffeine cache 'jwks' refreshed keys=", str(R.randint(2, 4)),
             " from https://", AUTH0_HOST, "/.well-known/jwks.json")
    elif k == "roi_ok":
        ln.t(spring_prefix("INFO", "c.c.portal.roi.FaxGateway"), "fax job ", uid(), " status=", ch(["DELIVERED", "BUSY", "NO_ANSWER"]),
             " pages=", str(R.randint(1, 60)), " duration=", str(R.randint(30, 900)), "s via ", ch(["eFax Corporate", "RightFax"]))
    elif k == "http":
        ln.t(spring_prefix("INFO", "o.s.web.servlet.DispatcherServlet"), "Completed initialization in ", str(R.randint(1, 9)), " ms")
    else:
        ln.t(spring_prefix("INFO", "c.c.portal.roi.RecordsReleaseController"), "HIM contact configured phone=", ch(ORG_PHONES),
             " fax=", ch(ORG_FAXES), " address='", ch(ORG_ADDRS), "'")
    return maybe_wrap(ln, pod("mycv-core"), "mycv-core", ("none", "none", "cri", "docker"))


# --------------------------------------------------------------------------
# family: SAML debug (one-line XML)
# --------------------------------------------------------------------------
def saml_attr(name, val):
    return S('<saml2:Attribute Name="', name, '" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic"><saml2:AttributeValue xsi:type="xs:string">',
             X(val if isinstance(val, (S, P)) else str(val), xesc), "</saml2:AttributeValue></saml2:Attribute>")


def f_saml(phi):
    ln = Ln("saml-debug")
    rid = "_" + hexs(32)
    now = iso_ms()
    if phi:
        pt = person()
        nameid = P(pt.email, "email") if R.random() < .6 else P(pt.mrn, "mrn")
        fmt = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress" if nameid.cat == "email" else "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent"
        attrs = [saml_attr("mrn", P(pt.mrn, "mrn")), saml_attr("givenName", P(pt.given, "name")), saml_attr("sn", P(pt.family, "name")),
                 saml_attr("birthdate", P(fmt_date(pt.dob, "iso"), "date")), saml_attr("loa", "2")]
        if R.random() < .4:
            attrs.append(saml_attr("mobile", P(fmt_phone(pt.phone, "e164"), "phone")))
        aud = ch(["https://carelinkrx.example-partner.com/saml/sp", "https://telehealth.virtucare.io/sp", "urn:healthwise:sp"])
    else:
        st = staff()
        nameid = st.email
        fmt = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"
        attrs = [saml_attr("employeeNumber", st.emp_id), saml_attr("displayName", st.given + " " + st.family),
                 saml_attr("department", st.dept), saml_attr("groups", ch(["EPIC_CLIN_RN", "EPIC_PAT_ACCESS", "IAM_ADMINS"]))]
        aud = ch(["urn:epic:hyperspace:prd", "https://cvh.service-now.com", "https://wd5.myworkday.com/cvh"])
    xml = S('<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" ID="', rid, '" IssueInstant="', now, '" Version="2.0">',
            "<saml2:Issuer>https://", PING, "</saml2:Issuer><saml2p:Status><saml2p:StatusCode Value=\"urn:oasis:names:tc:SAML:2.0:status:Success\"/></saml2p:Status>",
            '<saml2:Assertion ID="_', hexs(32), '" IssueInstant="', now, '" Version="2.0"><saml2:Subject><saml2:NameID Format="', fmt, '">',
            X(nameid if isinstance(nameid, P) else str(nameid), xesc), "</saml2:NameID></saml2:Subject>",
            '<saml2:Conditions NotBefore="', now, '"><saml2:AudienceRestriction><saml2:Audience>', aud,
            "</saml2:Audience></saml2:AudienceRestriction></saml2:Conditions><saml2:AttributeStatement>", *attrs,
            "</saml2:AttributeStatement></saml2:Assertion></saml2p:Response>")
    ln.t(java_ts(), " DEBUG [org.sourceid.saml20.xmlbinding.protocol] (", ch(["qtp1284478-%d" % R.randint(10, 99)]), ") Outbound SAMLResponse: ", xml)
    return ln


# --------------------------------------------------------------------------
# family: Node BFF (pino JSON)
# --------------------------------------------------------------------------
def f_pino(phi):
    ln = Ln("pino-json")
    d = {"level": 30, "time": epoch_ms(), "pid": R.randint(1, 80), "hostname": pod("mycv-bff"), "reqId": "req-" + alnum(6).lower()}
    if phi:
        pt = person()
        k = ch(["claims", "claims", "err", "proxy_switch", "bluebutton", "elder_proxy"])
        if k == "claims":
            claims = {"sub": "auth0|" + hexs(24), "email": P(pt.email, "email"), "email_verified": True,
                      "name": P(pt.full, "name"), "given_name": P(pt.given, "name"), "family_name": P(pt.family, "name"),
                      "birthdate": P(fmt_date(pt.dob, "iso"), "date"),
                      "https://cedarvalleyhealth.org/claims/mrn": P(pt.mrn, "mrn"),
                      "https://cedarvalleyhealth.org/claims/proxy_for": [P(minor(pt.family).wpr, "mrn")] if R.random() < .4 else [],
                      "iss": "https://%s/" % AUTH0_HOST, "aud": alnum(32), "iat": epoch_s() - 5, "exp": epoch_s() + 36000, "sid": alnum(32)}
            if R.random() < .35:
                claims["picture"] = P("https://s.gravatar.com/avatar/" + hashlib.md5(pt.email.encode()).hexdigest() + "?s=480&r=pg&d=https%3A%2F%2Fcdn.auth0.com%2Favatars%2F" + fold(pt.given[:1] + pt.family[:1]).lower() + ".png", "url")
            d.update(level=20, msg="id_token claims", claims=claims)
        elif k == "err":
            d.update(level=50, err={"type": "AxiosError", "message": "Request failed with status code 409",
                                    "stack": S("AxiosError: Request failed with status code 409\n    at settle (/app/node_modules/axios/lib/core/settle.js:19:12)\n    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/lib/adapters/http.js:589:11)"),
                                    "config": {"url": "https://%s/api/v2/users" % AUTH0_HOST, "method": "post",
                                               "data": J({"email": P(pt.email, "email"), "connection": "Username-Password-Authentication",
                                                          "user_metadata": {"mrn": P(pt.mrn, "mrn"), "dob": P(fmt_date(pt.dob, "iso"), "date")}})}},
                     msg="createUser failed")
        elif k == "bluebutton":
            old = person(66, 99)
            agev = P(old.age, "age") if old.age > 89 else old.age
            d.update(msg="Blue Button 2.0 link complete", bb={"patient": P("-" + digits(14), "health_plan"), "mbi": P(mbi(), "health_plan"),
                                                              "given": P(old.given, "name"), "family": P(old.family, "name"),
                                                              "age": agev, "scopes": ["patient/Coverage.read", "patient/ExplanationOfBenefit.read"]})
        elif k == "elder_proxy":
            old = person(90, 104, family=pt.family)
            d.update(msg="proxy context switched", actor={"email": P(pt.email, "email")},
                     subject={"wprId": P(old.wpr, "mrn"), "displayName": P(old.given + " " + old.family, "name"), "age": P(old.age, "age")})
        else:
            kid = minor(pt.family)
            d.update(msg="proxy context switched", actor={"email": P(pt.email, "email")},
                     subject={"wprId": P(kid.wpr, "mrn"), "displayName": P(kid.given, "name"), "age": kid.age})
    else:
        k = ch(["done", "jwks", "refresh", "done", "bearer"])
        if k == "done":
            d.update(req={"method": ch(["GET", "POST"]), "url": ch(["/api/me/appointments?range=upcoming", "/api/session", "/api/messages/unread-count", "/api/feature-flags"]),
                          "remoteAddress": "::ffff:" + private_ip(), "remotePort": R.randint(30000, 65000)},
                     res={"statusCode": ch([200, 200, 204, 401, 502])}, responseTime=round(R.uniform(2, 900), 3), msg="request completed")
        elif k == "jwks":
            d.update(msg="JWKS cache refreshed", jwksUri="https://%s/.well-known/jwks.json" % AUTH0_HOST, kids=[alnum(22), alnum(22)])
        elif k == "refresh":
            d.update(level=40, msg="refresh token rotation reuse detected; revoking family", family_id=uid(), client="MyCV Web")
        else:
            d.update(level=20, msg="outbound call", headers={"authorization": "Bearer " + jwt_opaque()[:80] + "…"}, target="https://%s/fhir/r4/metadata" % API)
    ln.t(J(d))
    return maybe_wrap(ln, d["hostname"], "mycv-bff", ("none", "cri", "docker"))


# --------------------------------------------------------------------------
# family: EMPI match service (HL7 v2 PID inside a log line)
# --------------------------------------------------------------------------
def f_empi(phi):
    ln = Ln("empi-hl7")
    pre = S(java_ts(None, "."), " [empi-match-worker-", str(R.randint(1, 8)), "] ")
    if phi:
        pt = person()
        if R.random() < 0.7:
            seg = S("PID|1||", P(pt.mrn, "mrn"), "^^^CVH^MR~", P(pt.empi, "mrn"), "^^^CVH_EMPI^PI||",
                    P(fold(pt.family).upper(), "name"), "^", P(fold(pt.given).upper(), "name"), "^",
                    P(fold(pt.middle).upper(), "name") if pt.middle else "", "^^^^L||",
                    P(pt.dob.strftime("%Y%m%d"), "date"), "|", pt.sex, "|||",
                    P(pt.street.upper(), "address"), "^", P(pt.unit.upper(), "address") if pt.unit else "", "^",
                    P(pt.city.upper(), "address"), "^", pt.state, "^", P(pt.zip, "zip"), "^USA^H||",
                    P(fmt_phone(pt.phone, "paren_dash"), "phone"), "^PRN^PH|||", ch(["S", "M", "W", "D"]), "||",
                    P(digits(9), "account"), "^^^CVH^AN|", P(pt.ssn if "-" in pt.ssn else ssn("dash"), "ssn"))
            ln.t(pre, "INFO  c.c.empi.MatchService - inbound PID for link request ", uid()[:8], ": ", seg)
        else:
            c1 = "1" + digits(8)
            ln.t(pre, "INFO  c.c.empi.MatchService - match result for ", P(pt.mrn, "mrn"), " score=", "%.2f" % R.uniform(0.8, 0.99),
                 " decision=", ch(["AUTO_LINK", "TASK"]), " candidates=[", P(pt.empi, "mrn"), "(0.9", str(R.randint(0, 9)), "), ",
                 P(c1, "mrn"), "(0.", str(R.randint(30, 60)), ")] rule=", ch(["deterministic-v2", "probabilistic-fs", "ssn+dob"]))
    else:
        ln.t(pre, ch(["INFO  c.c.empi.MatchService - batch complete processed=%d autolinked=%d tasks=%d elapsed=%.1fs" % ((lambda a, b: (a, a - b, b))(R.randint(500, 3000), R.randint(0, 200)) + (R.uniform(5, 90),)),
                      "WARN  c.c.empi.MatchService - weight table v%d.%d loaded; threshold auto=0.90 review=0.75" % (R.randint(3, 7), R.randint(0, 20)),
                      "INFO  c.c.empi.MllpListener - ACK AA sent for MSH-10=%s (ADT^A31) from EPIC_PRD" % digits(12),
                      "ERROR c.c.empi.MllpListener - NACK AE for MSH-10=%s: PID-3 missing assigning authority" % digits(12)]))
    return ln


# --------------------------------------------------------------------------
# family: service desk audit (pipe separated)
# --------------------------------------------------------------------------
def f_helpdesk(phi):
    ln = Ln("servicedesk-audit")
    agent = staff()
    inc = "INC%07d" % R.randint(40000, 99999)
    if phi:
        pt = person()
        k = ch(["unlock", "mfa", "merge"])
        parts = [java_ts(None, " ")[:19], inc, "agent=" + agent.user]
        if k == "unlock":
            handle = re.sub("[^a-z]", "", fold(pt.given).lower())[:1] + re.sub("[^a-z]", "", fold(pt.family).lower()) + pt.dob.strftime("%y")
            ln.t(" | ".join(parts), " | caller=\"", P(pt.full, "name"), "\" | verified dob=", P(fmt_date(pt.dob, "us"), "date"),
                 " phone=", P(fmt_phone(pt.phone, "paren"), "phone"), " | action=portal_unlock | portal_user=", P(handle, "other_id"))
        elif k == "mfa":
            ln.t(" | ".join(parts), " | category=MyCV MFA reset | caller=\"", P(pt.full, "name"), "\" | new_mfa_phone=",
                 P(fmt_phone(pt.phone, "dash"), "phone"), " | verified_with=DL ", pt.state, " ", P(dl_number(pt.state), "license"),
                 " | callback=", ch(ORG_PHONES))
        else:
            other = person()
            ln.t(" | ".join(parts), " | category=Duplicate portal accounts | note=\"merged ", P(pt.email, "email"), " into ",
                 P(other.email if R.random() < .3 else mk_email(pt.given, pt.family, pt.dob), "email"), " per patient request; MRN ",
                 P(pt.mrn, "mrn"), "\" | action=account_merge")
    else:
        other = staff()
        ln.t(java_ts(None, " ")[:19], " | ", inc, " | agent=", agent.user, " | category=", ch(["Okta MFA reset", "Epic access request", "Badge/SSO issue", "VPN"]),
             " | caller=staff:", other.user, " (", other.given, " ", other.family, ", ", other.dept, ") | action=",
             ch(["factor_reset", "group_add", "password_reset", "escalated_tier2"]), " | callback=x", digits(4))
    return ln


# --------------------------------------------------------------------------
# family: OpenLDAP / AD (workforce only)
# --------------------------------------------------------------------------
def f_ldap(phi):
    assert not phi
    ln = Ln("openldap-syslog")
    st = staff()
    conn = R.randint(100000, 999999)
    msg = ch(['conn=%d op=%d BIND dn="uid=%s,ou=people,dc=cvh,dc=org" method=128' % (conn, R.randint(0, 3), st.user),
              'conn=%d op=%d SRCH base="ou=groups,dc=cvh,dc=org" scope=2 deref=0 filter="(member=uid=%s,ou=people,dc=cvh,dc=org)"' % (conn, R.randint(1, 5), st.user),
              "conn=%d op=%d RESULT tag=97 err=%d text=" % (conn, R.randint(0, 3), ch([0, 0, 49])),
              "conn=%d fd=%d ACCEPT from IP=%s:%d (IP=0.0.0.0:636)" % (conn, R.randint(10, 99), private_ip(), R.randint(30000, 65000)),
              'conn=%d op=%d SRCH attr=cn mail employeeNumber memberOf' % (conn, R.randint(1, 5)),
              "conn=%d op=%d BIND dn=\"cn=%s,ou=service,dc=cvh,dc=org\" mech=SIMPLE ssf=0" % (conn, R.randint(0, 2), ch(SVC_ACCOUNTS))])
    ln.t(sys_ts(), " ldap0", str(R.randint(1, 3)), " slapd[", str(R.randint(900, 1500)), "]: ", msg)
    return ln


# --------------------------------------------------------------------------
# family: infrastructure noise (envoy, klog, redis, cert-manager, terraform)
# --------------------------------------------------------------------------
def f_infra(phi):
    assert not phi
    k = ch(["envoy", "klog", "redis", "certmgr", "vault", "envoy", "argocd"])
    if k == "envoy":
        ln = Ln("envoy-access")
        ln.t("[", iso_ms(), '] "', ch(["GET /healthz HTTP/1.1", "POST /realms/patients/protocol/openid-connect/token HTTP/1.1", "GET /metrics HTTP/1.1"]),
             '" ', ch(["200", "200", "503"]), " - 0 ", str(R.randint(2, 4000)), " ", str(R.randint(0, 300)), " ", str(R.randint(0, 300)),
             ' "-" "', ch(["kube-probe/1.28", "Prometheus/2.51.1", "Go-http-client/1.1"]), '" "', uid(), '" "',
             ch(["keycloak.identity.svc:8080", "mycv-bff.identity.svc:3000"]), '" "', private_ip(), ':8080" inbound|8080|| 127.0.0.6:',
             str(R.randint(30000, 65000)), " ", private_ip(), ":8080 ", private_ip(), ":", str(R.randint(30000, 65000)), " - default")
    elif k == "klog":
        ln = Ln("klog")
        t = CLK.jit()
        ln.t("I", t.strftime("%m%d %H:%M:%S"), ".%06d" % t.microsecond, "       1 ", ch(["controller.go:211", "reconcile.go:88", "leaderelection.go:260"]), "] ",
             ch(['"Successfully synced" key="identity/keycloak-%d"' % R.randint(0, 2),
                 'successfully acquired lease identity/idv-orchestrator-leader',
                 '"Scaled deployment" deployment="identity/mycv-bff" replicas=%d' % R.randint(3, 12)]))
    elif k == "redis":
        ln = Ln("redis")
        t = CLK.jit()
        ln.t("1:M ", t.strftime("%d %b %Y %H:%M:%S"), ".%03d " % (t.microsecond // 1000),
             ch(["* Background saving started by pid %d" % R.randint(100, 9999), "* DB saved on disk",
                 "# Client id=%d addr=%s:%d laddr=%s:6379 fd=%d name=mycv-bff-session age=%d idle=0 flags=N db=0 sub=0 psub=0 cmd=get closed for overcoming of output buffer limits." % (
                     R.randint(1000, 99999), private_ip(), R.randint(30000, 65000), private_ip(), R.randint(8, 400), R.randint(1, 9000)),
                 "* %d changes in 60 seconds. Saving..." % R.randint(10000, 90000)]))
    elif k == "certmgr":
        ln = Ln("cert-manager")
        ln.t(J({"level": "info", "ts": epoch_s() + R.random(), "logger": "cert-manager.certificates-trigger",
                "msg": "Certificate must be re-issued", "key": "identity/" + ch(["login-cvh-tls", "kc-tls", "portal-tls"]),
                "reason": "Renewing", "message": "Renewing certificate as renewal was scheduled at 2024-05-14 %02d:00:00 +0000 UTC" % R.randint(0, 23)}))
    elif k == "vault":
        ln = Ln("vault-audit")
        ln.t(J({"time": iso_us(), "type": "response", "auth": {"client_token": "hmac-sha256:" + hexs(64), "accessor": "hmac-sha256:" + hexs(64),
                "display_name": "kubernetes-identity-" + ch(["keycloak", "idv-orchestrator", "mycv-bff"]), "policies": ["default", "identity-ro"],
                "token_ttl": 3600}, "request": {"id": uid(), "operation": "read", "path": "kv/data/identity/" + ch(["auth0-m2m", "experian", "sift", "twilio"]),
                "remote_address": private_ip()}, "response": {"mount_type": "kv"}}))
    else:
        ln = Ln("argocd")
        ln.t('time="', iso_ms()[:19], 'Z" level=info msg="', ch(["Sync operation to %s succeeded" % hexs(40), "Refreshing app status (controller refresh requested)", "Comparing app state (cluster: https://kubernetes.default.svc, namespace: identity)"]),
             '" application=argocd/', ch(["keycloak", "idv-orchestrator", "mycv-bff", "kong-dp"]), " dest-namespace=identity")
    return ln


# --------------------------------------------------------------------------
# family: WAF (CEF)
# --------------------------------------------------------------------------
def f_cef(phi):
    ln = Ln("cef-waf")
    head = S(sys_ts(), " waf-collector CEF:0|Imperva Inc.|Attack Analytics|0|")
    if phi:
        pt = person()
        pid = ch([pt.wpr, pt.mrn])
        url = "https://%s/api/v1/patients/%s/documents/%s" % (PORTAL, pid, digits(6))
        ln.t(head, "Illegal Resource Access|Illegal Resource Access|5|act=alerted src=", P(patient_ip(), "ip"), " spt=", str(R.randint(30000, 65000)),
             " suser=", P(pt.email, "email"), " request=", P(url, "url"), " requestMethod=GET cs1=", alnum(8), " cs1Label=Session ID cs2=",
             ch(["US", "US", "MX"]), " cs2Label=Country start=", str(epoch_ms()))
    else:
        ln.t(head, ch(["SQL Injection|SQL Injection|7", "Bad Bot|Bad Bot|6", "Remote File Inclusion|RFI|8", "Cross Site Scripting|XSS|7"]),
             "|act=", ch(["blocked", "blocked", "alerted"]), " src=", doc_ip(), " spt=", str(R.randint(30000, 65000)), " suser=- request=https://",
             ch([AUTH0_HOST + "/usernamepassword/login", PORTAL + "/api/v1/search", API + "/fhir/r4/Patient"]),
             " requestMethod=", ch(["POST", "GET"]), " cs1=", alnum(8), " cs1Label=Session ID cs2=", ch(["NL", "RU", "US", "VN"]),
             " cs2Label=Country start=", str(epoch_ms()))
    return ln


# --------------------------------------------------------------------------
# family: mobile API (device registration, CGM / pump pairing)
# --------------------------------------------------------------------------
def f_mobile(phi):
    ln = Ln("mobile-api-json")
    d = {"@timestamp": iso_ms(), "log.level": "info", "service.name": "mycv-mobile-api", "trace.id": hexs(32)}
    if phi:
        pt = person()
        k = ch(["register", "cgm", "pump", "register", "avatar", "avatar"])
        if k == "register":
            android = R.random() < .5
            dev = {"platform": "android" if android else "ios", "model": ch(["SM-S918U", "Pixel 7", "moto g stylus 5G"]) if android else ch(["iPhone15,2", "iPhone13,1"]),
                   "os_version": ch(["14", "13"]) if android else "17.4.1", "app_version": "5.12.0"}
            if android:
                dev["imei"] = P(imei(), "device")
                dev["wifi_mac"] = P(mac(), "device")
            else:
                dev["serial"] = P(alnum(ch([10, 12]), "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), "device")
            dev["push_provider"] = "fcm" if android else "apns"
            d.update(message="device registered", event={"action": "device_registered"}, user={"email": P(pt.email, "email")},
                     device=dev, client={"ip": P(patient_ip(), "ip")})
        elif k == "cgm":
            sn = ch(["3MH", "0M0", "8AB"]) + alnum(7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
            d.update(message="cgm paired", event={"action": "device_paired"}, patient={"mrn": P(pt.mrn, "mrn")},
                     device={"type": "cgm", "manufacturer": "Dexcom", "model": "G7", "serial": P(sn, "device"),
                             "udi": P("(01)00386270000" + digits(3) + "(21)" + sn, "device")})
        elif k == "avatar":
            d.update({"log.level": "debug"}, message="profile photo uploaded", event={"action": "avatar_update"},
                     user={"email": P(pt.email, "email")},
                     http={"request": {"body": {"content": J({"contentType": "image/jpeg", "photo": P(fake_image_b64("jpeg"), "photo")})}}})
        else:
            sn = "NG" + digits(7) + ch("HK")
            d.update(message="pump data upload", event={"action": "upload"}, patient={"wprId": P(pt.wpr, "mrn")},
                     device={"type": "insulin_pump", "manufacturer": "Medtronic", "model": "MiniMed 780G", "serial": P(sn, "device"),
                             "bt_mac": P(mac("upper"), "device")}, records=R.randint(100, 2000))
    else:
        d.update(message=ch(["app attestation verified", "feature flags served", "crash-free sessions", "minimum version enforced"]),
                 app={"version": ch(["5.12.0", "5.11.2", "5.10.9"]), "build": "51" + digits(5)},
                 attestation={"provider": ch(["play_integrity", "app_attest"]), "verdict": ch(["MEETS_DEVICE_INTEGRITY", "valid"])},
                 metric={"crash_free_pct": round(R.uniform(99.0, 99.99), 2), "sessions": R.randint(1000, 90000)},
                 min_supported="5.8.0")
    ln.t(J(d))
    return maybe_wrap(ln, pod("mycv-mobile-api"), "mycv-mobile-api", ("none", "cri"))


# --------------------------------------------------------------------------
# family: proxy-access audit export (CSV rows)
# --------------------------------------------------------------------------
def csvq(v):
    t = plain(v)
    if any(c in t for c in ',"'):
        return S('"', X(v if isinstance(v, (S, P)) else t, lambda z: z.replace('"', '""')), '"')
    return v


def f_proxycsv(phi):
    ln = Ln("proxy-audit-csv")
    if phi:
        pt = person()
        kid = minor(pt.family if R.random() < .6 else ch(SURNAMES)) if R.random() < .7 else person(90, 101)
        rel = "PARENT" if kid.age < 18 else ch(["HEALTHCARE_POA", "ADULT_CHILD"])
        row = [iso_ms()[:19] + "Z", ch(["PROXY_GRANT", "PROXY_REQUEST", "PROXY_REVOKE"]), "req-" + digits(5),
               P(pt.full, "name"), P(pt.email, "email"), rel, P(kid.family + ", " + kid.given, "name"),
               P(fmt_date(kid.dob, "iso"), "date"), P(kid.mrn, "mrn"), ch(["approved", "pending", "denied"]), staff().user]
    else:
        row = [iso_ms()[:19] + "Z", ch(["PROXY_EXPIRE_JOB", "PROXY_POLICY_SYNC"]), "batch-" + digits(5), "", "", "", "", "", "",
               "expired=%d" % R.randint(0, 30), "system"]
    for i, v in enumerate(row):
        if i:
            ln.t(",")
        ln.t(csvq(v))
    return ln


# --------------------------------------------------------------------------
# family: Kafka consumer (identity events)
# --------------------------------------------------------------------------
def f_kafka(phi):
    ln = Ln("kafka-consumer")
    t = java_ts()
    if phi:
        pt = person()
        val = {"event": ch(["user.created", "user.updated", "proxy.granted"]), "user_id": "auth0|" + hexs(24),
               "email": P(pt.email, "email"), "phone_number": P(fmt_phone(pt.phone, "e164"), "phone"),
               "name": {"given": P(pt.given, "name"), "family": P(pt.family, "name")},
               "dob": P(fmt_date(pt.dob, "iso"), "date"), "mrn": None, "ts": epoch_ms()}
        val["mrn"] = P(pt.mrn, "mrn") if R.random() < .6 else None
        if R.random() < .3:
            val["ssn"] = P(pt.ssn, "ssn")
        elif R.random() < .3:
            val["fax_number"] = P(fmt_phone(phone_digits(pt.state), "e164"), "fax")
        ln.t("[", t, "] WARN [identity-events-consumer clientId=consumer-ciam-sync-1, groupId=ciam-sync] Failed to deserialize record topic=ciam.user.",
             ch(["created", "updated"]), " partition=", str(R.randint(0, 11)), " offset=", str(R.randint(100000, 9999999)),
             " value=", J(val, sp=True), " cause=com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException: Unrecognized field \"dob\" (com.cvh.ciam.Consumer)")
    else:
        ln.t("[", t, "] INFO [identity-events-consumer clientId=consumer-ciam-sync-1, groupId=ciam-sync] ",
             ch(["Successfully joined group with generation Generation{generationId=%d, memberId='consumer-ciam-sync-1-%s', protocol='range'}" % (R.randint(10, 400), uid()),
                 "Notifying assignor about the new Assignment(partitions=[ciam.user.updated-%d, ciam.user.created-%d])" % (R.randint(0, 11), R.randint(0, 11)),
                 "Setting offset for partition ciam.user.updated-%d to the committed offset FetchPosition{offset=%d, offsetEpoch=Optional[%d]}" % (R.randint(0, 11), R.randint(10 ** 5, 10 ** 7), R.randint(1, 40)),
                 "lag topic=ciam.user.updated total=%d max_partition=%d" % (R.randint(0, 5000), R.randint(0, 900))]),
             " (org.apache.kafka.clients.consumer.internals.ConsumerCoordinator)")
    return ln


# --------------------------------------------------------------------------
# family: EPCS prescriber identity proofing (clinicians only -> no PHI)
# --------------------------------------------------------------------------
def f_epcs(phi):
    assert not phi
    ln = Ln("epcs-audit")
    c = clin()
    ln.t(KV([("ts", iso_local()), ("app", "epcs-ipa"), ("event", ch(["ial2_proofing_complete", "two_factor_bound", "dea_validated", "logical_access_granted"])),
             ("prescriber", "%s %s, %s" % (c.given, c.family, c.cred)), ("npi", c.npi), ("dea", c.dea), ("state_license", c.lic),
             ("approver_1", staff().user), ("approver_2", staff().user), ("token", ch(["Imprivata ID", "YubiKey 5C", "Symantec VIP"])),
             ("template_sha256", hexs(64))]))
    return ln


# --------------------------------------------------------------------------
# family: billing / payments linked to the portal account
# --------------------------------------------------------------------------
def f_billing(phi):
    ln = Ln("billing-paymentsvc")
    lv = ch(["DEBUG", "INFO "])
    pre = S(java_ts(None, "."), " ", lv, " [", ch(["http-nio-8443-exec-%d" % R.randint(1, 40)]), "] c.c.billing.")
    if phi:
        pt = person()
        k = ch(["pan", "iban", "ach", "guarantor"])
        if k == "pan":
            brand, pan = card_number()
            ln.t(pre, "PaymentMethodController - tokenize request brand=", brand, " pan=", P(fmt_card(pan, R.random() < .3), "account"),
                 " exp=**/** nameOnCard=\"", P(pt.full.upper(), "name"), "\" billingZip=", P(pt.zip, "zip"), " guarantor=", P(digits(8), "account"))
        elif k == "iban":
            ib = iban_de()
            ln.t(pre, "RefundService - refund to IBAN ", P(fmt_iban(ib) if R.random() < .5 else ib, "account"), " BIC COBADEFFXXX holder='",
                 P(pt.full, "name"), "' amount=", "%.2f" % R.uniform(10, 900), " EUR claim=CLM", digits(9))
        elif k == "ach":
            ln.t(pre, "AchAuthorization - autopay enrolled routing=", ch(["044000037", "042000013", "241070417"]), " account=",
                 P(digits(R.randint(9, 12)), "account"), " type=checking guarantorAccount=", P(digits(8), "account"), " email=", P(pt.email, "email"))
        else:
            ln.t(pre, "GuarantorLinkService - linked portal user ", P(pt.email, "email"), " to guarantor account ", P("G" + digits(9), "account"),
                 " (encounter CSN ", digits(10), ", balance ", "%.2f" % R.uniform(0, 4000), ")")
    else:
        ln.t(pre, ch(["PaymentMethodController - tokenize ok token=tok_%s brand=%s last4=%s" % (alnum(24), ch(["visa", "mc", "amex"]), digits(4)),
                      "StatementJob - generated %d statements batch=%s" % (R.randint(100, 9000), uid()),
                      "GatewayClient - processor latency p95=%dms provider=%s" % (R.randint(100, 1900), ch(["InstaMed", "Stripe", "Elavon"])),
                      "RemitAddress - lockbox %s" % ORG_ADDRS[2]]))
    return ln


# --------------------------------------------------------------------------
# family: biometrics (IVR voice, palm-vein patient ID at registration)
# --------------------------------------------------------------------------
def f_biometric(phi):
    if phi:
        pt = person()
        if R.random() < 0.5:
            ln = Ln("ivr-voicebio-kv")
            ln.t(KV([("ts", iso_ms()), ("svc", "ivr-gatekeeper"), ("call_id", uid()), ("ani", P(fmt_phone(pt.phone, "e164"), "phone")),
                     ("dnis", "+19376412200"), ("event", ch(["voiceprint_enrolled", "voiceprint_verified"])),
                     ("score", "%.2f" % R.uniform(0.5, 0.99)), ("patient", P(pt.mrn, "mrn")),
                     ("vp_template", P(voice_template_b64(), "biometric"))]))
        else:
            ln = Ln("palmvein-json")
            tmpl = finger_template_b64() if R.random() < .3 else base64.b64encode(b"PVT2" + bytes(R.getrandbits(8) for _ in range(R.randint(300, 600)))).decode()
            ln.t(J({"ts": iso_ms(), "station": "REG-%s-%02d" % (ch(["ED", "OPS", "ONC"]), R.randint(1, 20)), "operator": staff().user,
                    "event": ch(["enroll", "identify_fallback"]), "patient": {"mrn": P(pt.mrn, "mrn"), "name": P(pt.family + ", " + pt.given, "name"),
                                                                           "dob": P(fmt_date(pt.dob, "us"), "date")},
                    "modality": "palm_vein" if not tmpl.startswith("Rk1S") else "fingerprint", "template": P(tmpl, "biometric"), "quality": R.randint(40, 99)}))
        return ln
    ln = Ln("palmvein-json")
    ln.t(J({"ts": iso_ms(), "station": "REG-%s-%02d" % (ch(["ED", "OPS", "ONC"]), R.randint(1, 20)), "event": ch(["device_heartbeat", "firmware_check", "identify_timeout"]),
            "reader_serial": "PV-" + digits(8), "firmware": "4.%d.%d" % (R.randint(0, 9), R.randint(0, 30)), "latency_ms": R.randint(80, 4000)}))
    return ln


# --------------------------------------------------------------------------
# schedule, render, verify, write
# --------------------------------------------------------------------------
PHI_FAMS = [(f_auth0, 14), (f_okta, 8), (f_pingfed, 6), (f_keycloak, 10), (f_scim, 6), (f_idv, 12), (f_docv, 10),
            (f_kong, 10), (f_nginx, 12), (f_fraud, 8), (f_notify, 8), (f_portal, 14), (f_saml, 4), (f_pino, 8),
            (f_empi, 6), (f_helpdesk, 5), (f_cef, 3), (f_mobile, 6), (f_proxycsv, 4), (f_kafka, 4), (f_billing, 6),
            (f_biometric, 4)]
NOPHI_FAMS = PHI_FAMS + [(f_duo, 12), (f_ldap, 7), (f_infra, 16), (f_epcs, 4)]
# families able to emit the rarer categories; used to keep every category represented
CAT_FAMS = {"device": [f_mobile], "vehicle": [f_idv, f_portal], "photo": [f_docv, f_mobile, f_auth0],
            "age": [f_idv, f_portal, f_pino, f_docv], "fax": [f_portal, f_keycloak, f_kafka, f_auth0],
            "other_id": [f_docv, f_helpdesk, f_keycloak], "biometric": [f_biometric, f_docv],
            "health_plan": [f_portal, f_pino, f_pingfed, f_scim, f_keycloak], "license": [f_docv, f_idv, f_helpdesk],
            "ssn": [f_idv, f_empi, f_kafka], "url": [f_nginx, f_kong, f_cef, f_auth0, f_pino, f_fraud],
            "account": [f_billing, f_empi, f_portal]}
RARE_TARGET = 12
BAD_CHARS = set("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def main():
    flags = [True] * N_PHI + [False] * (N_LINES - N_PHI)
    R.shuffle(flags)
    lines, labels = [], []
    running = {}
    for i, phi in enumerate(flags):
        CLK.tick()
        fams = PHI_FAMS if phi else NOPHI_FAMS
        fn = R.choices([f for f, w in fams], [w for f, w in fams])[0]
        if phi and R.random() < 0.3:
            lack = [c for c in sorted(CAT_FAMS) if running.get(c, 0) < RARE_TARGET]
            if lack:
                fn = ch(CAT_FAMS[min(lack, key=lambda c: (running.get(c, 0), c))])
        ln = fn(phi)
        data, spans = ln.render()
        text = data.decode("utf-8")
        assert not (set(text) & BAD_CHARS), (i, ln.fam)
        assert len(data) <= 20000, (i, ln.fam, len(data))
        assert bool(spans) == phi, (i, ln.fam, phi, spans)
        prev = 0
        for s, e, cat, b in spans:
            assert data[s:e] == b, (i, s, e, cat)
            assert s >= prev and e > s, (i, ln.fam, s, e)
            assert b == b.strip(), (i, ln.fam, b)
            prev = e
        for s_, e_, c_, b_ in spans:
            running[c_] = running.get(c_, 0) + 1
        lines.append(data)
        labels.append({"line": i + 1, "family": ln.fam,
                       "spans": [{"s": s, "e": e, "cat": cat} for s, e, cat, b in spans]})
        # keep the expected bytes for the post-write check
        labels[-1]["_exp"] = [b for s, e, cat, b in spans]
    log_path = os.path.join(HERE, "ca.log")
    lab_path = os.path.join(HERE, "ca.labels.jsonl")
    with open(log_path, "wb") as f:
        for d in lines:
            f.write(d + b"\n")
    with open(lab_path, "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps({k: v for k, v in lab.items() if k != "_exp"}, ensure_ascii=False) + "\n")
    # re-read and verify
    raw = open(log_path, "rb").read()
    assert raw.endswith(b"\n")
    back = raw[:-1].split(b"\n")
    assert len(back) == N_LINES
    labs = [json.loads(x) for x in open(lab_path, encoding="utf-8")]
    assert len(labs) == N_LINES
    cats = {}
    fams = {}
    for d, lab, orig in zip(back, labs, labels):
        for sp, exp in zip(lab["spans"], orig["_exp"]):
            assert d[sp["s"]:sp["e"]] == exp
            cats[sp["cat"]] = cats.get(sp["cat"], 0) + 1
        fams[lab["family"]] = fams.get(lab["family"], 0) + 1
    no_phi = sum(1 for lab in labs if not lab["spans"])
    for c in CATS:
        assert cats.get(c, 0) >= 8, ("category under-represented", c, cats.get(c, 0))
    print("lines:", len(back), "no-PHI:", no_phi, "(%.1f%%)" % (100.0 * no_phi / len(back)))
    print("spans:", sum(cats.values()))
    for c in sorted(cats):
        print("  %-12s %d" % (c, cats[c]))
    print("families:", len(fams))
    for fm in sorted(fams):
        print("  %-22s %d" % (fm, fams[fm]))
    print("max line bytes:", max(len(x) for x in back))
    for pth in (log_path, lab_path):
        print(hashlib.md5(open(pth, "rb").read()).hexdigest(), os.path.basename(pth))


if __name__ == "__main__":
    main()
