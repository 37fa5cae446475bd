#!/usr/bin/env python3
"""Synthetic held-out corpus 'bc': PHI leaking through the transport / runtime
layer of healthcare services (HTTP headers, cookies, JWT/OIDC tokens, base64
bodies, query strings, CLI command lines, HAR, gRPC metadata, env dumps, process
lists, auditd, systemd, JVM properties, Kubernetes objects, proxy logs).

Standard library only, fixed seed, byte-for-byte reproducible.
Writes bc.log (500 lines) and bc.labels.jsonl next to this file.
All people, numbers and addresses are synthetic.
"""
import base64
import datetime as dt
import json
import os
import random
import sys
import unicodedata
from urllib.parse import quote, quote_plus

CORPUS_ID = "bc"
SEED = 0xBC2411
N_LINES = 500
TARGET_NONPHI = 225          # 45 %
MAX_BYTES = 4000

rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"]
# priority used when a whole opaque blob (JWT, base64 body) is labelled once
PRIO = ["ssn", "mrn", "health_plan", "account", "license", "vehicle", "device",
        "biometric", "photo", "email", "phone", "fax", "name", "url", "address",
        "ip", "zip", "date", "age", "other_id"]


# ---------------------------------------------------------------- pieces
class Raw:
    """already rendered JSON pieces"""
    __slots__ = ("p",)

    def __init__(self, p):
        self.p = p


def T(s):
    return [(s, None)]


def V(s, c):
    assert s and c in CATS, (s, c)
    return [(s, c)]


def enc(p, fn):
    return [(fn(s), c) for s, c in p]


def flat(p):
    return "".join(s for s, _ in p)


def topcat(p):
    cats = [c for _, c in p if c]
    if not cats:
        return None
    return min(cats, key=PRIO.index)


def strip_cats(p):
    return [(s, None) for s, _ in p]


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jval(v, cat=None):
    if isinstance(v, Raw):
        return v.p
    if isinstance(v, list):           # pieces forming one JSON string
        return T('"') + enc(v, jesc) + T('"')
    if isinstance(v, str):
        if cat:
            return T('"') + V(jesc(v), cat) + T('"')
        return T(json.dumps(v, ensure_ascii=False))
    return T(json.dumps(v))


def jobj(items, sp=False):
    out = T("{")
    for i, it in enumerate(items):
        k, v = it[0], it[1]
        c = it[2] if len(it) > 2 else None
        if i:
            out += T(", " if sp else ",")
        out += T(json.dumps(k, ensure_ascii=False) + (": " if sp else ":")) + jval(v, c)
    return Raw(out + T("}"))


def jarr(vals, sp=False):
    out = T("[")
    for i, it in enumerate(vals):
        if i:
            out += T(", " if sp else ",")
        if isinstance(it, tuple):
            out += jval(it[0], it[1])
        else:
            out += jval(it)
    return Raw(out + T("]"))


def J(raw):
    return raw.p if isinstance(raw, Raw) else raw


def q(s):
    return quote(s, safe="")


def qp(s):
    return quote_plus(s, safe="")


def qs(items, plus=False, sep="&"):
    f = qp if plus else q
    out = []
    for i, it in enumerate(items):
        k, v = it[0], it[1]
        c = it[2] if len(it) > 2 else None
        if i:
            out += T(sep)
        out += T(k + "=")
        if isinstance(v, list):
            out += enc(v, f)
        elif c:
            out += V(f(v), c)
        else:
            out += T(f(v))
    return out


def shq(s):
    """single-quote for a POSIX shell (value assumed to have no single quote)"""
    assert "'" not in s, s
    return s


# ---------------------------------------------------------------- line object
class Line:
    def __init__(self, fam, pieces):
        self.fam = fam
        b = bytearray()
        spans = []
        for s, c in pieces:
            st = len(b)
            b += s.encode("utf-8")
            if c:
                assert s, "empty labelled piece"
                spans.append({"s": st, "e": len(b), "cat": c, "_v": s})
        self.raw = bytes(b)
        self.text = b.decode("utf-8")
        self.spans = spans
        assert "\n" not in self.text and "\r" not in self.text, (fam, self.text[:200])
        assert len(self.raw) <= MAX_BYTES, (fam, len(self.raw))


# ---------------------------------------------------------------- randomness
def rbytes(n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def HEXS(n):
    return hexs(n).upper()


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def alnum(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:32]}"


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def b64(b):
    return base64.b64encode(b).decode()


def luhn_digit(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def card_number():
    kind = rng.choice(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        body = "4" + digits(14)
    elif kind == "mc":
        body = "5" + rng.choice("12345") + digits(13)
    elif kind == "amex":
        body = "3" + rng.choice("47") + digits(12)
    else:
        body = "6011" + digits(11)
    n = body + luhn_digit(body)
    assert luhn_ok(n)
    return n


def npi():
    body = str(rng.choice([1, 2])) + digits(8)
    chk = luhn_digit("80840" + body)
    return body + chk


def imei():
    body = "35" + digits(12)
    return body + luhn_digit(body)


VIN_MAP = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
           "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check(v):
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if s == 10 else str(s)


def vin():
    wmi = rng.choice(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "KMH", "1C4", "WBA", "4T1", "1G1", "5NP"])
    vds = "".join(rng.choice(VIN_CH) for _ in range(5))
    year = rng.choice("DEFGHJKLMNPR")
    plant = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    serial = digits(6)
    v = wmi + vds + "0" + year + plant + serial
    v = v[:8] + vin_check(v) + v[9:]
    assert vin_check(v) == v[8]
    return v


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    a, n = MBI_ALPHA, "0123456789"
    an = a + n
    return (rng.choice("123456789") + rng.choice(a) + rng.choice(an) + rng.choice(n) +
            rng.choice(a) + rng.choice(an) + rng.choice(n) + rng.choice(a) +
            rng.choice(a) + rng.choice(n) + rng.choice(n))


def ssn():
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def nxx():
    while True:
        x = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
        if x[1:] != "11":
            return x


def fmt_phone(ph, style):
    a, e, l = ph
    return {"dash": f"{a}-{e}-{l}", "paren": f"({a}) {e}-{l}", "e164": f"+1{a}{e}{l}",
            "dots": f"{a}.{e}.{l}", "plain": f"{a}{e}{l}", "intl": f"+1 {a} {e} {l}",
            "intl2": f"+1-{a}-{e}-{l}"}[style]


def rphone_style():
    return rng.choice(["dash", "paren", "e164", "dots", "plain", "intl", "intl2"])


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def fmt_date(d, style):
    return {"iso": d.strftime("%Y-%m-%d"), "us": d.strftime("%m/%d/%Y"),
            "compact": d.strftime("%Y%m%d"), "de": d.strftime("%d.%m.%Y"),
            "mon": f"{MONTHS[d.month-1]} {d.day}, {d.year}",
            "ora": f"{d.day:02d}-{MONTHS[d.month-1].upper()}-{d.year}",
            "usd": f"{d.month}/{d.day}/{d.year}", "dmy": d.strftime("%d/%m/%Y")}[style]


def rdate_style():
    return rng.choice(["iso", "iso", "us", "compact", "de", "mon", "ora", "usd", "dmy"])


def pub_ip():
    first = rng.choice([24, 47, 50, 64, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98,
                        99, 104, 107, 108, 142, 162, 166, 173, 174, 184, 208, 209])
    return f"{first}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"


def priv_ip():
    k = rng.randrange(3)
    if k == 0:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    if k == 1:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    return f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}"


def server_ip():
    return rng.choice(["52.4.118.23", "34.117.59.81", "13.107.42.14", "104.18.32.7",
                       "3.221.64.190", "20.62.11.208", "35.190.27.3"])


def mac(prefix=None):
    pre = prefix or rng.choice(["00:1A:7D", "C8:2B:96", "F4:5E:AB", "00:80:25", "D0:39:72", "A4:C1:38"])
    return pre + ":" + ":".join(HEXS(2) for _ in range(3))


# ---------------------------------------------------------------- clock
NOW = dt.datetime(2024, 11, 18, 6, 12, 7, 118000, tzinfo=dt.timezone.utc)


def tick():
    global NOW
    NOW = NOW + dt.timedelta(seconds=rng.uniform(0.05, 22.0))
    NOW = NOW.replace(microsecond=rng.randint(0, 999999))
    return NOW


def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def iso_us(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}Z"


def clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def sysl(t):
    return f"{t.strftime('%b')} {t.day:2d} {t.strftime('%H:%M:%S')}"


def l4j(t, sep=","):
    return t.strftime("%Y-%m-%d %H:%M:%S") + sep + f"{t.microsecond // 1000:03d}"


def ngx(t):
    return t.strftime("%Y/%m/%d %H:%M:%S")


def epoch_ms(t):
    return int(t.timestamp() * 1000)


def http_date(t):
    return t.strftime("%a, %d %b %Y %H:%M:%S GMT")


def audit_ts(t):
    return f"{int(t.timestamp())}.{t.microsecond // 1000:03d}:{rng.randint(1000, 999999)}"


# ---------------------------------------------------------------- people
NAMES = [("Rose", "Summer"), ("Grant", "Hunter"), ("April", "May"), ("Will", "Baker"),
         ("Joy", "Price"), ("Hope", "Stone"), ("Frank", "Bishop"), ("Faith", "Cook"),
         ("Bill", "Carpenter"), ("Dawn", "Rivers"), ("Chase", "Banks"), ("Iris", "Wells"),
         ("Amber", "Lane"), ("Mark", "Little"), ("Thị Lan", "Nguyễn"), ("Minh", "Trần"),
         ("José", "Álvarez"), ("María José", "Gutiérrez"), ("Guadalupe", "Castillo"),
         ("Siobhán", "O'Connor"), ("Oluwaseun", "Adeyemi"), ("Chidi", "Okafor"), ("Ngozi", "Eze"),
         ("Priya", "Raghunathan"), ("Arjun", "Venkataraman"), ("Wei", "Zhang"),
         ("Aleksandr", "Kuznetsov"), ("Yelena", "Sokolova"), ("Fatima", "Al-Sayed"),
         ("Omar", "Haddad"), ("Kenji", "Watanabe"), ("Yuki", "Tanaka"), ("Mehmet", "Yılmaz"),
         ("Björn", "Lindqvist"), ("Min-seo", "Park"), ("Tūī", "Ngata"), ("Zoë", "Dubois"),
         ("Hélène", "Marchand"), ("Małgorzata", "Nowak"), ("Jürgen", "Weiß"),
         ("Eleni", "Papadopoulos"), ("Keanu", "Kahananui"), ("Abdirahman", "Warsame"),
         ("Shandiin", "Begay"), ("Maricel", "Dela Cruz"), ("Avi", "Ben-David"),
         ("Shirin", "Tehrani"), ("Giuseppe", "Esposito"), ("João", "Gonçalves"),
         ("Zsófia", "Szabó"), ("Kwame", "Mensah"), ("Aarav", "Shah"), ("Sione", "Tupou"),
         ("Dmitri", "Volkov"), ("Ingrid", "Halvorsen"), ("Lucía", "Fernández"),
         ("Hamid", "Karimi"), ("Precious", "Moyo"), ("Liam", "Byrne"), ("Destiny", "Washington"),
         ("Summer", "Glass"), ("Guy", "Young"), ("Sunny", "Day"), ("Jack", "Black")]

REL_FIRST = ["Marcus", "Elena", "Tomasz", "Aiko", "Samir", "Bridget", "Kofi", "Luz", "Pavel",
             "Noor", "Declan", "Mei", "Rosa", "Tariq", "Hana", "Colin", "Ifeoma", "Ramón"]

CITIES = [("Dayton", "OH", "454", ["937"]), ("Tacoma", "WA", "984", ["253"]),
          ("Asheville", "NC", "288", ["828"]), ("Boise", "ID", "837", ["208"]),
          ("Lowell", "MA", "018", ["978", "351"]), ("Mesa", "AZ", "852", ["480"]),
          ("Duluth", "MN", "558", ["218"]), ("Macon", "GA", "312", ["478"]),
          ("Fresno", "CA", "937", ["559"]), ("Albany", "NY", "122", ["518"]),
          ("Provo", "UT", "846", ["801", "385"]), ("El Paso", "TX", "799", ["915"]),
          ("Bangor", "ME", "044", ["207"]), ("Joplin", "MO", "648", ["417"]),
          ("Hilo", "HI", "967", ["808"]), ("Santa Fe", "NM", "875", ["505"]),
          ("Gary", "IN", "464", ["219"]), ("Eugene", "OR", "974", ["541", "458"]),
          ("Kalamazoo", "MI", "490", ["269"]), ("Chattanooga", "TN", "374", ["423"]),
          ("Bismarck", "ND", "585", ["701"]), ("Lafayette", "LA", "705", ["337"])]

STREETS = ["Birch Hollow", "Kingfisher", "Alder", "Quail Run", "Orchard", "Magnolia", "Old Mill",
           "Harbor View", "Sycamore", "Juniper", "Cedar Ridge", "Lantern", "Foxglove",
           "Prairie Wind", "Wren", "Bluebonnet", "Tamarack", "Chickadee", "Ironwood",
           "Willow Creek", "Pecan Grove", "Saguaro", "Heron Bay", "Copper Kettle"]
SUFFIX = ["Rd", "Ln", "St", "Dr", "Ave", "Ct", "Way", "Pike", "Blvd", "Terrace", "Pl", "Cir"]

DL_FMT = {"OH": lambda: alnum(2, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(6),
          "WA": lambda: "WDL" + alnum(9),
          "NC": lambda: digits(12), "ID": lambda: alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6) + "C",
          "MA": lambda: "S" + digits(8), "AZ": lambda: rng.choice("ABDY") + digits(8),
          "MN": lambda: rng.choice("ABCDEFGH") + digits(12), "GA": lambda: digits(9),
          "CA": lambda: rng.choice("ABCDEFGHJKLMNPRSTVWY") + digits(7), "NY": lambda: digits(9),
          "UT": lambda: digits(9), "TX": lambda: digits(8), "ME": lambda: digits(7),
          "MO": lambda: rng.choice("ABCDEFGH") + digits(9), "HI": lambda: "H" + digits(8),
          "NM": lambda: digits(9), "IN": lambda: digits(4) + "-" + digits(2) + "-" + digits(4),
          "OR": lambda: digits(7), "MI": lambda: rng.choice("ABCDEFGHKLMNPRSTW") + digits(12),
          "TN": lambda: digits(9), "ND": lambda: alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6),
          "LA": lambda: "00" + digits(7)}

REF_DAY = dt.date(2024, 11, 18)


class Person:
    pass


def make_person(i, first, last):
    p = Person()
    p.first, p.last = first, last
    p.full = f"{first} {last}"
    old = i % 7 == 3
    if old:
        y = rng.randint(1924, 1933)
    else:
        y = rng.choice([rng.randint(1936, 1960), rng.randint(1950, 1990), rng.randint(1980, 2016)])
    p.dob = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
    p.age = REF_DAY.year - p.dob.year - ((REF_DAY.month, REF_DAY.day) < (p.dob.month, p.dob.day))
    p.ssn = ssn()
    fac = rng.randrange(6)
    p.mrn = [lambda: digits(8), lambda: "MRN" + digits(7), lambda: "E" + digits(7),
             lambda: "RBM" + digits(7), lambda: "MV-" + digits(6) + "-" + digits(1),
             lambda: digits(7)][fac]()
    p.fhir_id = rng.choice(["e" + b64u(rbytes(12)).replace("-", "x").replace("_", "Y"), digits(7)])
    p.member = [lambda: "XGH" + digits(9), lambda: "W" + digits(9), lambda: "ZQW" + digits(9),
                lambda: "MBR" + digits(8), lambda: "H" + digits(8) + "01",
                lambda: "JXP" + digits(10)][rng.randrange(6)]()
    p.mbi = mbi()
    p.medicaid = rng.choice([alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(5) + rng.choice("ABCDEFGHJK"),
                             "9" + digits(7) + rng.choice("ABCDEFG")])
    p.kvnr = rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + digits(9)
    city, st, zpre, areas = CITIES[i % len(CITIES)] if i < len(CITIES) else rng.choice(CITIES)
    p.city, p.state = city, st
    p.zip = zpre + digits(2)
    p.zip4 = digits(4)
    unit = rng.choice(["", "", "", f" Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
                       f" Unit {rng.randint(1, 300)}", f" #{rng.randint(100, 999)}"])
    pre = rng.choice(["", "", "N ", "W ", "E ", "S "])
    p.street = f"{rng.randint(1, 9899)} {pre}{rng.choice(STREETS)} {rng.choice(SUFFIX)}{unit}"
    p.phone = (rng.choice(areas), nxx(), digits(4))
    p.cell = (rng.choice(areas), nxx(), digits(4))
    p.fax = (rng.choice(areas), nxx(), digits(4))
    asc_f = fold(first).replace(" ", "").replace("-", "").replace("'", "")
    asc_l = fold(last).replace(" ", "").replace("-", "").replace("'", "")
    dom = rng.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me",
                      "hotmail.com", "aol.com", "comcast.net", "att.net"])
    p.email = rng.choice([f"{asc_f}.{asc_l}", f"{asc_f[0]}{asc_l}{p.dob.year % 100:02d}",
                          f"{asc_f}_{asc_l}{rng.randint(1, 99)}", f"{asc_f}{asc_l[0]}",
                          f"{asc_l}.{asc_f}{rng.randint(1, 9)}"]).lower() + "@" + dom
    p.portal_user = (asc_f[0] + asc_l + str(p.dob.year % 100)).lower()
    p.acct = rng.choice(["PA" + digits(8), "ACC-" + digits(10), "000" + digits(7), "G" + digits(9)])
    p.card = card_number()
    p.bank = digits(rng.choice([9, 10, 11, 12]))
    p.dl = DL_FMT[st]()
    p.plate = rng.choice([f"{rng.randint(1, 9)}{alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(3)}",
                          f"{alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-{digits(4)}",
                          f"{alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')} {digits(4)}"])
    p.vin = vin()
    kind = rng.randrange(4)
    p.device = [lambda: "NG" + digits(7) + "H", lambda: alnum(6), lambda: "PJN" + digits(6) + "S",
                lambda: "SN-" + alnum(4) + "-" + digits(6)][kind]()
    p.device_kind = ["insulin_pump", "cgm_transmitter", "pacemaker", "bp_cuff"][kind]
    p.imei = imei()
    p.mac = mac()
    p.udi = f"(01)00{digits(12)}(17){(REF_DAY.year + rng.randint(0, 3)) % 100:02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}(21){alnum(9)}"
    p.ip = pub_ip()
    p.passport = rng.choice("ABCEFGHJKLMNPRSTUVWXYZ") + digits(8)
    rf = rng.choice(REL_FIRST)
    p.rel_name = f"{rf} {last}" if rng.random() < 0.6 else f"{rf} {rng.choice(NAMES)[1]}"
    p.rel_phone = (rng.choice(areas), nxx(), digits(4))
    p.rel_kind = rng.choice(["spouse", "daughter", "son", "mother", "guardian", "partner", "brother"])
    p.appt = REF_DAY + dt.timedelta(days=rng.randint(-30, 75))
    p.admit = REF_DAY - dt.timedelta(days=rng.randint(1, 40))
    p.sex = rng.choice(["F", "M", "female", "male"])
    p.url = rng.choice([f"https://www.facebook.com/{asc_f.lower()}.{asc_l.lower()}.{rng.randint(10, 999)}",
                        f"https://www.linkedin.com/in/{asc_f.lower()}-{asc_l.lower()}-{hexs(6)}",
                        f"https://{asc_f.lower()}{asc_l.lower()}.com/",
                        f"https://instagram.com/{asc_f.lower()}_{asc_l.lower()}{p.dob.year % 100:02d}"])
    return p


def fold(s):
    s = s.replace("ı", "i").replace("ß", "ss").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


PEOPLE = [make_person(i, f, l) for i, (f, l) in enumerate(NAMES)]
OLD = [p for p in PEOPLE if p.age > 89]
assert len(OLD) >= 5


def pick(shell=False, old=False, ascii_only=False):
    pool = OLD if old else PEOPLE
    while True:
        p = rng.choice(pool)
        if shell and ("'" in p.full or "'" in p.rel_name):
            continue
        if ascii_only and fold(p.full) != p.full:
            continue
        return p


STAFF = ["Dr. Helen Marsh", "Anita Patel, NP", "Robert Fields MD", "K. Osei, RN",
         "Dr. Lucia Ferraro", "Samuel Greer, PA-C", "Dr. Yusuf Demir", "Marsh, Helen MD"]
ORGS = ["Mercyvale Health", "Northwind Care Partners", "Lakeshore Clinic",
        "Riverbend Medical Group", "BlueHarbor Health Plan"]
PORTAL_HOSTS = ["portal.mercyvale-health.org", "mychart.riverbendmed.org", "my.lakeshoreclinic.org",
                "members.blueharborplan.com"]
API_HOSTS = ["api.northwindcare.net", "fhir.lakeshoreclinic.org", "eligibility.blueharborplan.com",
             "claims-gw.northwindcare.net", "sched-api.mercyvale-health.org"]
SVC_HOSTS = ["patient-svc.ehr.svc.cluster.local:8080", "eligibility.payer.svc:50051",
             "scheduling-api.default.svc.cluster.local:8443", "mirth-01.int.mercyvale.local:6661",
             "claims-adjudicator.claims.svc:9090", "identity.auth.svc.cluster.local:8080"]
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.100 Mobile Safari/537.36",
       "MercyvaleMyHealth/5.12.0 (iPhone; iOS 18.1; Scale/3.00)",
       "okhttp/4.12.0", "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0"]
BOT_UAS = ["kube-probe/1.29", "Prometheus/2.51.0", "ELB-HealthChecker/2.0", "Go-http-client/1.1",
           "Envoy/HC", "python-requests/2.32.3", "Datadog Agent/7.57.2", "GoogleHC/1.0",
           "Apache-HttpClient/4.5.14 (Java/17.0.12)", "grpc-go/1.64.0"]


def ua():
    return rng.choice(UAS)


def bot():
    return rng.choice(BOT_UAS)


def traceparent():
    return f"00-{hexs(32)}-{hexs(16)}-0{rng.choice('01')}"


def amzn_trace():
    return f"Root=1-{hexs(8)}-{hexs(24)}"


def future_day():
    return REF_DAY + dt.timedelta(days=rng.randint(1, 20))


# ---------------------------------------------------------------- shared request-target pools
def phi_path(p, k=None):
    """a request target (path + query) carrying PHI, as pieces"""
    n = 32
    k = rng.randrange(n) if k is None else k
    if k == 26:
        return T("/idv/v1/verify?") + qs([("dlNumber", p.dl, "license"), ("dlState", p.state)])
    if k == 27:
        return T("/api/v1/mva-claims?") + qs([("vin", p.vin, "vehicle"), ("lossDate", fmt_date(p.admit, "iso"), "date")])
    if k == 28:
        return T("/api/v1/profile/links?") + qs([("website", p.url, "url"), ("visibility", "care-team")])
    if k == 29:
        return T("/api/v1/records-release?") + qs([("mrn", p.mrn, "mrn"), ("deliverToFax", fmt_phone(p.fax, "plain"), "fax")])
    if k == 30:
        return T("/api/v1/users/") + V(p.portal_user, "other_id") + T("/preferences")
    if k == 31:
        return T("/idv/v1/passport?") + qs([("passportNo", p.passport, "other_id"), ("nationality", "US")])
    if k == 0:
        return T("/api/v2/patients/") + V(p.mrn, "mrn") + T(f"/encounters?page={rng.randint(1, 6)}&size=20")
    if k == 1:
        return T("/portal/appointments/confirm?") + qs([("apptDate", fmt_date(p.appt, "iso"), "date"),
                                                        ("patientName", p.full, "name"),
                                                        ("slot", rng.choice(["0930", "1415", "0800"]))])
    if k == 2:
        return T("/search/patients?") + qs([("lname", p.last, "name"), ("fname", p.first, "name"),
                                            ("dob", fmt_date(p.dob, "us"), "date")])
    if k == 3:
        return T("/eligibility/v1/check?") + qs([("memberId", p.member, "health_plan"),
                                                 ("dob", fmt_date(p.dob, "compact"), "date"),
                                                 ("svcType", "30")])
    if k == 4:
        return T("/records/export?") + qs([("mrn", p.mrn, "mrn"), ("fmt", "pdf"), ("notify", p.email, "email")])
    if k == 5:
        return T("/api/members/") + V(p.member, "health_plan") + T("/id-card.png?") + qs([("zip", p.zip, "zip")])
    if k == 6:
        return T("/fhir/R4/Patient?") + qs([("identifier", T("urn:oid:2.16.840.1.113883.3.4821|") + V(p.mrn, "mrn"))])
    if k == 7:
        return T("/fhir/R4/Patient?") + qs([("family", p.last, "name"), ("given", p.first, "name"),
                                            ("birthdate", fmt_date(p.dob, "iso"), "date")])
    if k == 8:
        return T("/v2/claims?") + qs([("subscriberId", p.member, "health_plan"),
                                      ("dos", fmt_date(p.admit, "iso"), "date"), ("status", "DENIED")])
    if k == 9:
        return T("/api/scheduling/hold?") + qs([("patientDob", fmt_date(p.dob, "iso"), "date"),
                                                ("cb_phone", fmt_phone(p.cell, "e164"), "phone"),
                                                ("dept", "CARD-04")])
    if k == 10:
        return T("/billing/statement?") + qs([("guarantorAcct", p.acct, "account"), ("lang", "es")])
    if k == 11:
        return T("/Portal/PatientLookup.aspx?") + qs([("SSN", p.ssn, "ssn"), ("LastName", p.last, "name")])
    if k == 12:
        return T("/api/v1/patient-search?") + qs([("q", f"{p.last}, {p.first}", "name"), ("limit", "25")], plus=True)
    if k == 13:
        return T("/mychart/Messaging/Compose?") + qs([("recipient", "care-team"), ("pat_mrn", p.mrn, "mrn")])
    if k == 14:
        return T("/api/v3/beneficiaries/") + V(p.mbi, "health_plan") + T("/eligibility?planYear=2025")
    if k == 15:
        return T("/api/Paciente/buscar?") + qs([("apellido", p.last, "name"), ("nombre", p.first, "name"),
                                                ("fecha_nacimiento", fmt_date(p.dob, "dmy"), "date")])
    if k == 16:
        return T(f"/rx/refill?rxNum=RX{digits(7)}&") + qs([("memberID", p.member, "health_plan"),
                                                         ("DOB", fmt_date(p.dob, "usd"), "date")])
    if k == 17:
        return T("/api/patients/by-phone/") + V(fmt_phone(p.phone, "plain"), "phone")
    if k == 18:
        return T("/api/v1/visitors/checkin?") + qs([("visitorName", p.rel_name, "name"),
                                                    ("patientRoom", f"{rng.randint(2, 9)}B-{rng.randint(1, 40)}")])
    if k == 19:
        return (T("/api/v1/patients/") + V(p.mrn, "mrn") + T("/devices/") + V(p.device, "device") +
                T(f"/readings?since={int(NOW.timestamp()) - 86400}"))
    if k == 20:
        return T("/api/kontakt?") + qs([("nachname", p.last, "name"), ("vorname", p.first, "name"),
                                        ("geburtsdatum", fmt_date(p.dob, "de"), "date"),
                                        ("versichertennummer", p.kvnr, "health_plan")])
    if k == 21:
        o = pick(old=True)
        return T("/ws/risk-score?") + qs([("mrn", o.mrn, "mrn"), ("age", str(o.age), "age"), ("sex", o.sex)])
    if k == 22:
        return T("/api/v1/parking/validate?") + qs([("plate", p.plate, "vehicle"),
                                                    ("visitDate", fmt_date(p.appt, "iso"), "date")])
    if k == 23:
        return T("/api/v1/accounts/lookup?") + qs([("email", p.email, "email"),
                                                   ("zip", p.zip, "zip")])
    if k == 24:
        return T("/Patient/") + V(p.fhir_id, "mrn") + T("/$everything?_count=50")
    return T("/api/v1/medicaid/verify?") + qs([("medicaidId", p.medicaid, "health_plan"),
                                               ("state", p.state)])


def clean_path():
    k = rng.randrange(22)
    return [
        "/healthz", "/metrics", f"/static/js/main.{hexs(8)}.chunk.js",
        f"/api/v2/orders/ORD-{digits(7)}/status",
        f"/api/v1/providers/{npi()}/schedule?date={fmt_date(future_day(), 'iso')}",
        f"/v1/formulary/search?ndc={digits(5)}-{digits(4)}-{digits(2)}&planYear=2025",
        "/fhir/R4/metadata", "/.well-known/openid-configuration",
        f"/api/v1/claims/batch/{REF_DAY.strftime('%Y%m%d')}-{digits(4)}/status",
        f"/api/v1/locations?state={rng.choice(['OH', 'WA', 'TX', 'NC'])}&radius=25",
        f"/fhir/R4/Practitioner?identifier=http://hl7.org/fhir/sid/us-npi%7C{npi()}",
        f"/api/v2/tickets/INC{digits(7)}", f"/assets/img/logo-{hexs(6)}.svg",
        f"/api/v1/jobs/{uuid4()}", f"/api/v1/reports/daily?from=2024-11-01&to=2024-11-17",
        f"/fhir/R4/Organization/{digits(6)}", f"/api/v1/invoices/INV-2024-{digits(6)}",
        "/readyz", f"/v2/feature-flags?app=portal-web&build={rng.randint(4000, 9999)}",
        f"/api/v1/code-systems/icd10/E11.{rng.randint(0, 9)}", f"/api/v1/slots?dept=CARD-04&date={fmt_date(future_day(), 'iso')}",
        f"/oauth2/token"][k]


def phi_ref(p, host):
    k = rng.randrange(5)
    if k == 0:
        return T(f"https://{host}/portal/search?") + qs([("q", f"{p.last}, {p.first}", "name")], plus=True)
    if k == 1:
        return T(f"https://{host}/chart/summary?") + qs([("mrn", p.mrn, "mrn"), ("tab", "meds")])
    if k == 2:
        return T(f"https://{host}/intake/step3?") + qs([("email", p.email, "email"), ("dob", fmt_date(p.dob, "iso"), "date")])
    if k == 3:
        return T(f"https://{host}/members/") + V(p.member, "health_plan") + T("/benefits")
    return T(f"https://{host}/portal/home")


# ---------------------------------------------------------------- tokens
def jwt_raw(header, payload, siglen):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    pl = b64u(json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8"))
    return f"{h}.{pl}.{b64u(rbytes(siglen))}"


def tok_service():
    """JWT whose claims only identify services/workloads: not PHI"""
    t = int(NOW.timestamp())
    k = rng.randrange(5)
    if k == 0:
        pl = {"aud": ["https://kubernetes.default.svc.cluster.local"], "exp": t + 3600, "iat": t,
              "iss": "https://kubernetes.default.svc.cluster.local",
              "kubernetes.io": {"namespace": rng.choice(["claims", "ehr", "payer"]),
                                "serviceaccount": {"name": rng.choice(["adjudicator", "fhir-sync", "etl-runner"]),
                                                   "uid": uuid4()}},
              "nbf": t, "sub": "system:serviceaccount:claims:adjudicator"}
        hdr = {"alg": "RS256", "kid": b64u(rbytes(32))}
        sig = 256
    elif k == 1:
        pl = {"jti": uuid4(), "sub": "repo:mercyvale/portal-web:ref:refs/heads/main",
              "aud": "sts.amazonaws.com", "ref": "refs/heads/main", "sha": hexs(40),
              "repository": "mercyvale/portal-web", "run_id": digits(10), "run_number": str(rng.randint(100, 9999)),
              "workflow": "deploy", "event_name": "push", "iss": "https://token.actions.githubusercontent.com",
              "nbf": t, "exp": t + 300, "iat": t}
        hdr = {"alg": "RS256", "typ": "JWT", "x5t": b64u(rbytes(20)), "kid": hexs(40).upper()}
        sig = 256
    elif k == 2:
        tid = uuid4()
        pl = {"aud": "api://eligibility-api", "iss": f"https://sts.windows.net/{tid}/", "iat": t, "nbf": t,
              "exp": t + 3599, "aio": b64u(rbytes(40)), "appid": uuid4(), "appidacr": "1",
              "idp": f"https://sts.windows.net/{tid}/", "oid": uuid4(), "rh": "0.A" + b64u(rbytes(30)) + ".",
              "roles": ["Eligibility.Read"], "sub": uuid4(), "tid": tid, "ver": "1.0"}
        hdr = {"typ": "JWT", "alg": "RS256", "x5t": b64u(rbytes(20)), "kid": b64u(rbytes(20))}
        sig = 256
    elif k == 3:
        pl = {"iss": "https://auth.northwindcare.net/", "sub": f"{alnum(32, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}@clients",
              "aud": "https://claims-api", "iat": t, "exp": t + 86400, "scope": "claims:read claims:write",
              "gty": "client-credentials", "azp": alnum(32, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}
        hdr = {"alg": "RS256", "typ": "JWT", "kid": b64u(rbytes(16))}
        sig = 256
    else:
        pl = {"svc": "scheduling-api", "env": "prod", "iat": t, "exp": t + 900, "jti": hexs(16)}
        hdr = {"alg": "HS256", "typ": "JWT"}
        sig = 32
    return jwt_raw(hdr, pl, sig)


def claims_patient(p):
    """(claim dict, category of its most identifying claim)"""
    t = int(NOW.timestamp())
    iss = rng.choice(["https://auth.mercyvale-health.org/realms/patients", "https://login.riverbendmed.org/oauth2/default",
                      "https://fhir.lakeshoreclinic.org/oauth2", "https://id.blueharborplan.com"])
    k = rng.randrange(6)
    cats = []
    if k == 0:
        pl = {"iss": iss, "sub": uuid4(), "aud": "portal-web", "exp": t + 300, "iat": t,
              "auth_time": t - 12, "name": p.full, "given_name": p.first, "family_name": p.last,
              "birthdate": fmt_date(p.dob, "iso"), "email": p.email, "email_verified": True}
        cats = ["name", "date", "email"]
    elif k == 1:
        pl = {"iss": iss, "sub": p.portal_user, "aud": ["fhir-api"], "exp": t + 3600, "iat": t,
              "scope": "launch/patient patient/*.read openid fhirUser", "patient": p.fhir_id,
              "fhirUser": f"Patient/{p.fhir_id}"}
        cats = ["mrn", "other_id"]
    elif k == 2:
        pl = {"iss": iss, "sub": uuid4(), "aud": "member-app", "exp": t + 900, "iat": t,
              "member_id": p.member, "group_number": f"GRP{digits(6)}", "plan": "PPO-GOLD",
              "preferred_username": p.portal_user}
        cats = ["health_plan", "other_id"]
    elif k == 3:
        pl = {"iss": iss, "sub": p.portal_user, "aud": "portal-web", "exp": t + 600, "iat": t,
              "https://claims.mercyvale-health.org/mrn": p.mrn, "locale": "es-US",
              "phone_number": fmt_phone(p.cell, "e164"), "phone_number_verified": True}
        cats = ["mrn", "phone", "other_id"]
    elif k == 4:
        pl = {"iss": iss, "sub": p.portal_user, "aud": "telehealth", "exp": t + 1800, "iat": t,
              "acr": "urn:mace:incommon:iap:silver", "amr": ["pwd", "otp"]}
        cats = ["other_id"]
    else:
        pl = {"iss": iss, "sub": uuid4(), "aud": "portal-web", "exp": t + 300, "iat": t,
              "name": p.full, "address": {"street_address": p.street, "locality": p.city,
                                         "region": p.state, "postal_code": p.zip, "country": "US"},
              "birthdate": fmt_date(p.dob, "iso")}
        cats = ["name", "address", "zip", "date"]
    return pl, min(cats, key=PRIO.index)


def tok_patient(p):
    pl, cat = claims_patient(p)
    alg = rng.choice(["RS256", "RS256", "ES256", "PS256"])
    hdr = {"alg": alg, "typ": "JWT", "kid": rng.choice([hexs(16), b64u(rbytes(24)), "portal-2024-10"])}
    return jwt_raw(hdr, pl, {"RS256": 256, "ES256": 64, "PS256": 256}[alg]), cat


def jpeg_b64(n=None):
    n = n or rng.randint(150, 330)
    head = bytes.fromhex("FFD8FFE000104A46494600010101004800480000FFDB0043")
    return b64(head + rbytes(n))


def png_b64(n=None):
    n = n or rng.randint(150, 300)
    head = bytes.fromhex("89504E470D0A1A0A0000000D49484452")
    return b64(head + rbytes(n))


def fp_template():
    # ISO/IEC 19794-2 finger minutiae record header "FMR\0 20\0"
    return b64(b"FMR\x00 20\x00" + rbytes(rng.randint(90, 200)))


def voice_template():
    return b64(b"VPv3" + rbytes(rng.randint(96, 180)))


def face_vec(n=16):
    return "[" + ",".join(f"{rng.uniform(-0.3, 0.3):.4f}" for _ in range(n)) + "]"


# ================================================================ FAMILIES
# every family function returns a list of piece-lists (one per output line)

def client_ip(p, phi, public_share=0.6):
    if phi and rng.random() < public_share:
        return V(p.ip, "ip")
    return T(priv_ip())


def f_nginx_combined(phi):
    t = tick()
    p = pick()
    host = rng.choice(PORTAL_HOSTS)
    st = rng.choice([200, 200, 200, 304, 302, 404, 499])
    sz = rng.randint(0, 48213)
    if phi:
        ip = client_ip(p, True, 0.55)
        path = phi_path(p)
        ref = phi_ref(p, host) if rng.random() < 0.5 else T("-")
        u = ua()
        meth = rng.choice(["GET", "GET", "GET", "POST"])
    else:
        ip = T(priv_ip())
        path = T(clean_path())
        ref = T(rng.choice(["-", f"https://{host}/", f"https://{host}/portal/home"]))
        u = rng.choice([bot(), ua()])
        meth = rng.choice(["GET", "GET", "HEAD", "POST"])
    line = ip + T(f" - - [{clf(t)}] \"{meth} ") + path + T(f" HTTP/{rng.choice(['1.1', '2.0'])}\" {st} {sz} \"") + ref + T(f"\" \"{u}\"")
    if rng.random() < 0.5:
        line += T(f" rt={rng.uniform(0.001, 2.5):.3f} uct=\"0.000\" urt=\"{rng.uniform(0.001, 2.4):.3f}\"")
    return [line]


def f_apache_vhost(phi):
    t = tick()
    p = pick()
    host = rng.choice(PORTAL_HOSTS)
    user = T("-")
    if phi:
        ip = client_ip(p, True, 0.7)
        k = rng.randrange(5)
        if k == 0:
            path = T("/cgi-bin/lookup.pl?") + qs([("ssn", p.ssn, "ssn"), ("lname", p.last, "name")])
        elif k == 1:
            path = T("/billing/pay?") + qs([("acct", p.acct, "account"), ("amt", f"{rng.randint(10, 900)}.{rng.randint(0, 99):02d}")])
        elif k == 2:
            path = T("/forms/release.php?") + qs([("patient", f"{p.last}, {p.first}", "name"),
                                                  ("dob", fmt_date(p.dob, "us"), "date")])
        elif k == 3:
            user = V(p.portal_user, "other_id")
            path = T(clean_path())
        else:
            path = phi_path(p)
    else:
        ip = T(priv_ip())
        path = T(clean_path())
        if rng.random() < 0.3:
            user = T(rng.choice(["svc-monitor", "nagios", "jenkins"]))
    meth = rng.choice(["GET", "GET", "POST"])
    return [T(f"{host}:443 ") + ip + T(" - ") + user + T(f" [{clf(t)}] \"{meth} ") + path +
            T(f" HTTP/1.1\" {rng.choice([200, 200, 302, 401])} {rng.randint(200, 90000)} \"-\" \"{ua() if phi else rng.choice(UAS + BOT_UAS)}\" {rng.randint(800, 2500000)}")]


def f_envoy_text(phi):
    t = tick()
    p = pick()
    auth = rng.choice(API_HOSTS)
    if phi:
        path = phi_path(p)
        xff = (V(p.ip, "ip") + T(f",{priv_ip()}")) if rng.random() < 0.6 else T(priv_ip())
        u = ua()
    else:
        path = T(clean_path())
        xff = T(rng.choice([priv_ip(), "-"]))
        u = bot()
    up = rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}:{rng.choice([8080, 8443, 9090, 3000])}", "-"])
    code = rng.choice([200, 200, 200, 503, 404, 201])
    flags = "UF,URX" if code == 503 else "-"
    return [T(f"[{iso_ms(t)}] \"{rng.choice(['GET', 'POST', 'GET'])} ") + path +
            T(f" HTTP/1.1\" {code} {flags} via_upstream - \"-\" {rng.randint(0, 4096)} {rng.randint(0, 90000)} {rng.randint(1, 3000)} {rng.randint(1, 2900)} \"") +
            xff + T(f"\" \"{u}\" \"{uuid4()}\" \"{auth}\" \"{up}\"")]


def f_istio_json(phi):
    t = tick()
    p = pick()
    auth = rng.choice(API_HOSTS)
    items = [("authority", auth), ("bytes_received", rng.randint(0, 3000)), ("bytes_sent", rng.randint(0, 50000)),
             ("downstream_local_address", f"{priv_ip()}:8080"), ("downstream_remote_address", f"{priv_ip()}:{rng.randint(30000, 60999)}"),
             ("duration", rng.randint(1, 1800)), ("method", rng.choice(["GET", "POST"]))]
    extra = []
    if phi:
        items.append(("path", Raw(T('"') + phi_path(p) + T('"'))))
        if rng.random() < 0.5:
            extra.append(("x_forwarded_for", Raw(T('"') + V(p.ip, "ip") + T('"'))))
        else:
            extra.append(("x_forwarded_for", priv_ip()))
        if rng.random() < 0.5:
            kk = rng.choice([("x_member_id", p.member, "health_plan"), ("x_patient_id", p.mrn, "mrn"),
                             ("x_patient_dob", fmt_date(p.dob, "iso"), "date")])
            extra.append(kk)
    else:
        items.append(("path", clean_path()))
        extra.append(("x_forwarded_for", rng.choice([priv_ip(), None])))
    items += [("protocol", "HTTP/1.1"), ("request_id", uuid4()), ("requested_server_name", f"outbound_.8080_._.{auth}"),
              ("response_code", rng.choice([200, 200, 201, 404, 503])), ("response_flags", "-"),
              ("route_name", "default"), ("start_time", iso_ms(t)),
              ("upstream_cluster", f"outbound|8080||{rng.choice(SVC_HOSTS).split(':')[0]}"),
              ("upstream_host", f"{priv_ip()}:8080"), ("user_agent", ua() if phi else bot())] + extra
    return [J(jobj(items))]


def f_traefik_json(phi):
    t = tick()
    p = pick()
    host = rng.choice(PORTAL_HOSTS)
    port = rng.randint(30000, 65000)
    if phi and rng.random() < 0.6:
        ch = V(p.ip, "ip")
    else:
        ch = T(priv_ip())
    dur = rng.randint(900000, 1900000000)
    items = [("ClientAddr", Raw(T('"') + ch + T(f":{port}\""))), ("ClientHost", Raw(T('"') + ch + T('"'))),
             ("ClientPort", str(port)), ("ClientUsername", "-"), ("DownstreamContentSize", rng.randint(0, 60000)),
             ("DownstreamStatus", rng.choice([200, 200, 302, 401])), ("Duration", dur),
             ("OriginDuration", dur - rng.randint(1000, 800000)), ("RequestHost", host), ("RequestMethod", rng.choice(["GET", "POST"])),
             ("RequestPath", Raw(T('"') + (phi_path(p) if phi else T(clean_path())) + T('"'))),
             ("RequestProtocol", "HTTP/2.0"), ("RouterName", "portal-web@kubernetescrd"),
             ("ServiceAddr", f"{priv_ip()}:8080"), ("StartUTC", iso_us(t)), ("entryPointName", "websecure"),
             ("level", "info"), ("msg", "")]
    if phi:
        k = rng.randrange(4)
        if k == 0:
            items.append(("request_X-Member-Id", p.member, "health_plan"))
        elif k == 1:
            items.append(("request_Referer", Raw(jval(phi_ref(p, host)))))
        elif k == 2:
            items.append(("request_X-Patient-Name", p.full, "name"))
        else:
            items.append(("request_Cookie", Raw(jval(T(f"__Host-sid={hexs(32)}; pt_mrn=") + V(p.mrn, "mrn")))))
    else:
        items.append(("request_X-Request-Id", uuid4()))
    items.append(("time", t.strftime("%Y-%m-%dT%H:%M:%SZ")))
    return [J(jobj(items))]


def f_haproxy(phi):
    t = tick()
    p = pick()
    host = rng.choice(PORTAL_HOSTS + API_HOSTS)
    pid = rng.randint(1000, 4000)
    timers = f"{rng.randint(0, 3)}/{rng.randint(0, 3)}/{rng.randint(0, 5)}/{rng.randint(1, 900)}/{rng.randint(2, 950)}"
    conns = f"{rng.randint(1, 300)}/{rng.randint(1, 290)}/{rng.randint(0, 40)}/{rng.randint(0, 9)}/0"
    if phi:
        ip = client_ip(p, True, 0.6)
        k = rng.randrange(4)
        if k == 0:
            cap = T("{" + host + "|") + V(p.mrn, "mrn") + T("|}")
        elif k == 1:
            cap = T("{" + host + "|") + V(p.member, "health_plan") + T("|" + hexs(16) + "}")
        elif k == 2:
            cap = T("{" + host + "||") + V(p.email, "email") + T("}")
        else:
            cap = T("{" + host + "||}")
        path = phi_path(p) if (k == 3 or rng.random() < 0.4) else T(clean_path())
    else:
        ip = T(priv_ip())
        cap = T("{" + host + f"|{rng.choice(['-', uuid4()])}|}}")
        path = T(clean_path())
    fe = rng.choice(["fe_https~", "fe_portal~", "fe_api~"])
    be = rng.choice(["be_portal/portal-3", "be_fhir/fhir-1", "be_api/api-07"])
    return [T(f"{sysl(t)} lb-edge-0{rng.randint(1, 4)} haproxy[{pid}]: ") + ip +
            T(f":{rng.randint(1024, 65535)} [{t.strftime('%d/%b/%Y:%H:%M:%S')}.{t.microsecond // 1000:03d}] {fe} {be} {timers} {rng.choice([200, 200, 304, 503])} {rng.randint(100, 60000)} - - ---- {conns} 0/0 ") +
            cap + T(f" {{}} \"{rng.choice(['GET', 'POST']) if phi else 'GET'} ") + path + T(" HTTP/1.1\"")]


def f_aws_alb(phi):
    t = tick()
    p = pick()
    host = rng.choice(PORTAL_HOSTS)
    if phi:
        ip = client_ip(p, True, 0.75)
        path = phi_path(p)
    else:
        ip = T(priv_ip())
        path = T(clean_path())
    acct = digits(12)
    tgt = f"{priv_ip()}:{rng.choice([8080, 443, 3000])}"
    recv = t - dt.timedelta(milliseconds=rng.randint(5, 900))
    return [T(f"h2 {iso_us(t)} app/portal-alb/{hexs(16)} ") + ip +
            T(f":{rng.randint(1024, 65535)} {tgt} 0.00{rng.randint(0, 9)} 0.{rng.randint(1, 999):03d} 0.000 200 200 {rng.randint(200, 1200)} {rng.randint(300, 60000)} \"GET https://{host}:443") +
            path + T(f" HTTP/2.0\" \"{ua() if phi else bot()}\" TLS_AES_128_GCM_SHA256 TLSv1.3 arn:aws:elasticloadbalancing:us-east-1:{acct}:targetgroup/portal-tg/{hexs(16)} \"{amzn_trace()}\" \"{host}\" \"arn:aws:acm:us-east-1:{acct}:certificate/{uuid4()}\" 0 {iso_us(recv)} \"forward\" \"-\" \"-\" \"{tgt}\" \"200\" \"-\" \"-\" TID_{hexs(32)}")]


def f_cloudfront(phi):
    t = tick()
    p = pick()
    host = rng.choice(PORTAL_HOSTS)
    dist = "d" + alnum(13, "abcdefghijklmnopqrstuvwxyz0123456789") + ".cloudfront.net"
    uaenc = ua().replace(" ", "%20")
    query = T("-")
    cookie = T("-")
    ref = T("-")
    if phi:
        ip = client_ip(p, True, 0.8)
        stem = rng.choice(["/portal/appointments", "/api/v1/patient-search", "/members/idcard", "/intake/submit"])
        k = rng.randrange(3)
        if k == 0:
            query = qs([("mrn", p.mrn, "mrn"), ("view", "summary")])
        elif k == 1:
            cookie = T(f"sid={hexs(24)};%20pt_name=") + V(q(p.full), "name") + T(";%20pt_dob=") + V(fmt_date(p.dob, "iso"), "date")
        else:
            query = qs([("memberId", p.member, "health_plan"), ("zip", p.zip, "zip")])
            ref = T(f"https://{host}/members/home")
    else:
        ip = T(priv_ip())
        stem = rng.choice(["/static/css/app.css", "/favicon.ico", "/assets/fonts/inter-var.woff2", "/index.html"])
        if rng.random() < 0.4:
            query = T(f"v={hexs(8)}")
    f = [T(t.strftime("%Y-%m-%d")), T(t.strftime("%H:%M:%S")), T(rng.choice(["IAD89-P2", "ORD58-P5", "SEA19-C3", "DFW57-P4"])),
         T(str(rng.randint(300, 90000))), ip, T("GET"), T(dist), T(stem), T(str(rng.choice([200, 304, 200]))), ref, T(uaenc),
         query, cookie, T(rng.choice(["Hit", "Miss", "RefreshHit"])), T(b64u(rbytes(42))), T(host), T("https"),
         T(str(rng.randint(200, 1500))), T(f"0.{rng.randint(1, 999):03d}"), T("-"), T("TLSv1.3"), T("TLS_AES_128_GCM_SHA256"),
         T("Hit"), T("HTTP/2.0"), T("-"), T("-"), T(str(rng.randint(1024, 65535))), T(f"0.{rng.randint(1, 999):03d}"),
         T("Hit"), T("text/html"), T(str(rng.randint(300, 90000))), T("-"), T("-")]
    out = []
    for i, x in enumerate(f):
        if i:
            out += T("\t")
        out += x
    return [out]


def f_iis(phi):
    t = tick()
    p = pick()
    if not phi and rng.random() < 0.25:
        return [T("#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken")]
    sip = f"10.20.{rng.randint(0, 9)}.{rng.randint(2, 60)}"
    uaw = ua().replace(" ", "+")
    user = T("-")
    ref = T("-")
    if phi:
        ip = client_ip(p, True, 0.6)
        k = rng.randrange(4)
        if k == 0:
            stem, qy = "/Portal/Patient.aspx", qs([("mrn", p.mrn, "mrn"), ("dob", fmt_date(p.dob, "us"), "date")])
        elif k == 1:
            stem, qy = "/PatientPortal/Account/Login", T("ReturnUrl=%2fPatientPortal%2fHome")
            user = V(p.email, "email")
        elif k == 2:
            stem, qy = "/Billing/PayOnline.aspx", qs([("GuarantorID", p.acct, "account"), ("Name", p.full, "name")], plus=True)
        else:
            stem, qy = "/Scheduling/Book.aspx", qs([("PatPhone", fmt_phone(p.phone, "dash"), "phone"), ("ApptDt", fmt_date(p.appt, "us"), "date")])
            ref = T("https://" + rng.choice(PORTAL_HOSTS) + "/Scheduling/Find.aspx?") + qs([("LastName", p.last, "name"), ("dept", "ORTHO")])
    else:
        ip = T(priv_ip())
        stem, qy = rng.choice([("/Portal/Default.aspx", T("-")), ("/api/health", T("-")),
                                ("/Reports/Census.aspx", T(f"unit=4W&date={fmt_date(REF_DAY, 'us').replace('/', '%2f')}")),
                                ("/ScriptResource.axd", T(f"d={b64u(rbytes(30))}&t={hexs(16)}"))])
        if rng.random() < 0.4:
            user = T(rng.choice(["MVH\\svc_sql", "MVH\\jmarsh", "MVH\\kosei"]))
    return [T(f"{t.strftime('%Y-%m-%d %H:%M:%S')} {sip} {rng.choice(['GET', 'POST'])} {stem} ") + qy + T(" 443 ") + user +
            T(" ") + ip + T(f" {uaw} ") + ref + T(f" {rng.choice([200, 200, 302, 500])} 0 0 {rng.randint(15, 4000)}")]


# ---------------------------------------------------------------- header pools
def b64_json_blob(items, urlsafe=False):
    """base64 of a JSON object built from (key, value, cat) items; returns (blob, cat)"""
    o = J(jobj(items))
    cat = topcat(o)
    raw = flat(o).encode("utf-8")
    return (b64u(raw) if urlsafe else b64(raw)), cat


def phi_header(p, host=None):
    host = host or rng.choice(PORTAL_HOSTS)
    k = rng.randrange(31)
    name = None
    if k == 30:
        return rng.choice(["X-Driver-License", "x-dl-number"]), V(p.dl, "license")
    if k == 0:
        name, val = rng.choice(["X-Patient-Id", "x-patient-id", "X-PatientID", "X-PT-MRN", "X-Epic-PatientId"]), V(p.mrn, "mrn")
    elif k == 1:
        name, val = rng.choice(["X-Member-ID", "x-member-id", "X-Subscriber-Id", "X-MemberNo"]), V(p.member, "health_plan")
    elif k == 2:
        name, val = rng.choice(["X-Beneficiary-MBI", "x-mbi"]), V(rng.choice([p.mbi, f"{p.mbi[:4]}-{p.mbi[4:7]}-{p.mbi[7:]}"]), "health_plan")
    elif k == 3:
        name, val = rng.choice(["X-Patient-DOB", "X-Patient-BirthDate", "x-pt-dob"]), V(fmt_date(p.dob, rng.choice(["iso", "us", "compact"])), "date")
    elif k == 4:
        name, val = rng.choice(["X-Patient-Name", "X-User-FullName", "x-display-name"]), V(p.full, "name")
    elif k == 5:
        name, val = rng.choice(["X-Forwarded-For", "x-forwarded-for"]), V(p.ip, "ip") + T(f", {priv_ip()}")
    elif k == 6:
        name, val = "X-Real-IP", V(p.ip, "ip")
    elif k == 7:
        name, val = rng.choice(["X-Auth-Request-Email", "X-Forwarded-Email", "X-User-Email", "From"]), V(p.email, "email")
    elif k == 8:
        name, val = rng.choice(["X-Forwarded-User", "X-Auth-Request-User", "X-Portal-User"]), V(p.portal_user, "other_id")
    elif k == 9:
        o = pick(old=True)
        name, val = rng.choice(["X-Patient-Age", "x-age-years"]), V(str(o.age), "age")
    elif k == 10:
        name, val = rng.choice(["X-Callback-Phone", "x-contact-number"]), V(fmt_phone(p.cell, rphone_style()), "phone")
    elif k == 11:
        name, val = rng.choice(["X-Device-Serial", "x-pump-serial", "X-CGM-Transmitter"]), V(p.device, "device")
    elif k == 12:
        name, val = rng.choice(["X-Biometric-Template", "x-fp-template"]), V(fp_template(), "biometric")
    elif k == 13:
        name, val = rng.choice(["Referer", "referer"]), phi_ref(p, host)
        if not topcat(val):
            val = T(f"https://{host}/chart/summary?") + qs([("mrn", p.mrn, "mrn")])
    elif k == 14:
        name, val = rng.choice(["Cookie", "cookie"]), (T(f"JSESSIONID={HEXS(32)}; pt_ctx=") + V(p.mrn, "mrn") +
                                                       T("; last_search=") + V(q(p.last), "name"))
    elif k == 15:
        tok, cat = tok_patient(p)
        name, val = rng.choice(["Authorization", "authorization"]), T("Bearer ") + V(tok, cat)
    elif k == 16:
        name, val = rng.choice(["X-Guarantor-Account", "x-acct-no"]), V(p.acct, "account")
    elif k == 17:
        name, val = "X-Emergency-Contact", V(p.rel_name, "name") + T(";rel=" + p.rel_kind + ";tel=") + V(fmt_phone(p.rel_phone, "e164"), "phone")
    elif k == 18:
        blob, cat = b64_json_blob([("mrn", p.mrn, "mrn"), ("enc", "E" + digits(9)), ("dept", "ED")])
        name, val = rng.choice(["X-Patient-Context", "x-smart-context"]), V(blob, cat)
    elif k == 19:
        name, val = rng.choice(["Location", "location"]), T("/patients/") + V(p.mrn, "mrn") + T("/chart?") + qs([("name", p.full, "name")], plus=True)
    elif k == 20:
        name, val = "X-Medicaid-ID", V(p.medicaid, "health_plan")
    elif k == 21:
        name, val = rng.choice(["X-Patient-SSN", "x-ssn"]), V(rng.choice([p.ssn, p.ssn.replace("-", "")]), "ssn")
    elif k == 22:
        name, val = "X-Client-IMEI", V(p.imei, "device")
    elif k == 23:
        name, val = "X-Patient-Address", (V(p.street, "address") + T(", ") + V(p.city, "address") + T(f", {p.state} ") + V(p.zip, "zip"))
    elif k == 24:
        name, val = "X-Visit-Date", V(fmt_date(p.appt, "iso"), "date")
    elif k == 25:
        name, val = "X-Fhir-Patient", T(f"https://{rng.choice(API_HOSTS)}/fhir/R4/Patient/") + V(p.fhir_id, "mrn")
    elif k == 26:
        name, val = "X-Home-Monitor-MAC", V(p.mac, "device")
    elif k == 27:
        name, val = "X-Patient-Fax", V(fmt_phone(p.fax, "dash"), "fax")
    elif k == 28:
        name, val = "X-Dependent", V(p.rel_name, "name")
    else:
        name, val = "X-Profile-Url", V(p.url, "url")
    return name, val


def clean_header(host=None):
    host = host or rng.choice(API_HOSTS)
    k = rng.randrange(30)
    return [("Host", host), ("User-Agent", rng.choice(UAS + BOT_UAS)), ("Accept", rng.choice(["application/json", "application/fhir+json", "*/*"])),
            ("Accept-Encoding", "gzip, deflate, br"), ("Content-Type", rng.choice(["application/json; charset=utf-8", "application/x-www-form-urlencoded"])),
            ("Content-Length", str(rng.randint(2, 90000))), ("traceparent", traceparent()), ("tracestate", f"dd=s:1;t.dm:-4,congo=t61rcWkgMzE"),
            ("X-Request-Id", uuid4()), ("X-B3-TraceId", hexs(32)), ("X-B3-SpanId", hexs(16)), ("X-Amzn-Trace-Id", amzn_trace()),
            ("X-Correlation-ID", f"corr-{hexs(12)}"), ("Authorization", "Bearer " + tok_service()),
            ("X-Api-Key", hexs(40)), ("x-envoy-expected-rq-timeout-ms", str(rng.choice([15000, 30000, 60000]))),
            ("X-Forwarded-Proto", "https"), ("X-Forwarded-Port", "443"), ("Cache-Control", "no-cache"),
            ("If-None-Match", f'W/"{hexs(8)}-{hexs(27)}"'), ("Via", f"1.1 {hexs(32)}.cloudfront.net (CloudFront)"),
            ("X-Client-Version", f"5.{rng.randint(0, 20)}.{rng.randint(0, 9)} (build {rng.randint(10000, 99999)})"),
            ("X-Tenant", rng.choice(["mercyvale", "riverbend", "lakeshore"])), ("Accept-Language", "en-US,en;q=0.9,es;q=0.8"),
            ("X-Forwarded-For", f"{priv_ip()}, {priv_ip()}"), ("X-Order-Id", f"ORD-{digits(7)}"),
            ("X-Ordering-Provider", rng.choice(STAFF)), ("X-Attending-NPI", npi()),
            ("Reply-To", rng.choice(["noreply@mercyvale-health.org", "it-helpdesk@northwindcare.net"])),
            ("X-Clinic-Fax", f"+1-614-555-01{rng.randint(10, 99)}")][k]


def clean_resp_header(t):
    k = rng.randrange(12)
    return [("date", http_date(t)), ("content-type", "application/json"), ("content-length", str(rng.randint(2, 90000))),
            ("x-envoy-upstream-service-time", str(rng.randint(1, 900))), ("strict-transport-security", "max-age=31536000; includeSubDomains"),
            ("set-cookie", f"AWSALB={b64(rbytes(96))}; Expires={http_date(t + dt.timedelta(days=7))}; Path=/"),
            ("etag", f'"{hexs(32)}"'), ("x-request-id", uuid4()), ("server", rng.choice(["envoy", "nginx/1.25.4", "Microsoft-IIS/10.0"])),
            ("x-ratelimit-remaining", str(rng.randint(0, 5000))), ("vary", "Accept-Encoding, Origin"),
            ("set-cookie", f"__Host-sid={b64u(rbytes(24))}; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=1800")][k]


def dedupe(hdrs):
    out, seen = [], []
    for n, v in hdrs:
        if n.lower() in seen:
            continue
        seen.append(n.lower())
        out.append((n, v))
    return out


def f_curl_verbose(phi):
    """block: curl -v transcript"""
    t = tick()
    p = pick()
    host = rng.choice(API_HOSTS)
    sip = server_ip()
    lines = [T(f"* Host {host}:443 was resolved."), T(f"*   Trying {sip}:443..."),
             T(f"* Connected to {host} ({sip}) port 443"), T("* ALPN: curl offers h2,http/1.1"),
             T("* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384 / X25519 / RSASSA-PSS"),
             T(f"*  expire date: {MONTHS[rng.randint(0, 11)]} {rng.randint(1, 28):2d} 23:59:59 2025 GMT")]
    keep = sorted(rng.sample(range(len(lines)), rng.randint(2, 4)))
    lines = [lines[i] for i in keep]
    if phi:
        path = phi_path(p) if rng.random() < 0.6 else T(clean_path())
    else:
        path = T(clean_path())
    lines.append(T(f"> {rng.choice(['GET', 'POST'])} ") + path + T(" HTTP/2"))
    lines.append(T(f"> Host: {host}"))
    lines.append(T("> User-Agent: curl/8.5.0"))
    lines.append(T("> Accept: */*"))
    hdrs = []
    nphi = rng.randint(2, 5) if phi else 0
    for _ in range(nphi):
        hdrs.append(phi_header(p, host))
    for _ in range(rng.randint(1, 3)):
        hdrs.append(clean_header(host))
    rng.shuffle(hdrs)
    hdrs = dedupe([("Host", ""), ("User-Agent", ""), ("Accept", "")] + hdrs)[3:]
    for n, v in hdrs:
        lines.append(T(f"> {n}: ") + (v if isinstance(v, list) else T(v)))
    lines.append(T(">"))
    lines.append(T(f"< HTTP/2 {rng.choice([200, 200, 201, 302, 401])}"))
    resp = [clean_resp_header(t) for _ in range(rng.randint(2, 4))]
    if phi and rng.random() < 0.6:
        k = rng.randrange(3)
        if k == 0:
            resp.append(("set-cookie", T("pt_last=") + V(q(f"{p.last}, {p.first}"), "name") + T("%7C") +
                         V(fmt_date(p.dob, "iso"), "date") + T("; Path=/portal; Secure; HttpOnly")))
        elif k == 1:
            resp.append(("location", T(f"https://{host}/patients/") + V(p.mrn, "mrn") + T("/summary")))
        else:
            resp.append(("x-member-echo", V(p.member, "health_plan")))
    for n, v in dedupe(resp):
        lines.append(T(f"< {n}: ") + (v if isinstance(v, list) else T(v)))
    lines.append(T("<"))
    lines.append(T(f"* Connection #0 to host {host} left intact"))
    return lines


def f_http_header_log(phi):
    """single line: app-level header logging in several styles"""
    t = tick()
    p = pick()
    hdrs = [clean_header() for _ in range(rng.randint(2, 5))]
    if phi:
        for _ in range(rng.randint(1, 3)):
            hdrs.insert(rng.randint(0, len(hdrs)), phi_header(p))
    hdrs = dedupe(hdrs)
    style = rng.randrange(3)
    out = []
    if style == 0:  # Java Map.toString
        out += T(f"{l4j(t, '.')}  INFO 1 --- [nio-8080-exec-{rng.randint(1, 20)}] c.n.gateway.HeaderAuditFilter       : inbound headers {{")
        for i, (n, v) in enumerate(hdrs):
            out += T((", " if i else "") + n.lower() + "=") + (v if isinstance(v, list) else T(v))
        out += T("}")
    elif style == 1:  # Go http.Header %v
        out += T(f"{ngx(t)} proxy: request headers map[")
        for i, (n, v) in enumerate(hdrs):
            canon = "-".join(w[:1].upper() + w[1:].lower() for w in n.split("-"))
            out += T((" " if i else "") + canon + ":[") + (v if isinstance(v, list) else T(v)) + T("]")
        out += T("]")
    else:  # python dict repr
        out += T(f"{l4j(t)} DEBUG [uvicorn.access] headers={{")
        for i, (n, v) in enumerate(hdrs):
            pv = v if isinstance(v, list) else T(v)
            qc = '"' if "'" in flat(pv) else "'"
            out += T((", " if i else "") + repr(n.lower()) + ": " + qc) + enc(pv, lambda s: s.replace("\\", "\\\\")) + T(qc)
        out += T("}")
    return [out]


def f_set_cookie(phi):
    t = tick()
    p = pick()
    pre = T(f"{iso_ms(t)} DEBUG gateway.ResponseLogger - ") if rng.random() < 0.5 else T(f"{l4j(t)} [edge] response ")
    exp = http_date(t + dt.timedelta(days=rng.randint(1, 30)))
    if phi:
        k = rng.randrange(6)
        if k == 0:
            c = T("Set-Cookie: pt_last=") + V(q(p.full), "name") + T("|") + V(fmt_date(p.dob, "iso"), "date") + T("; Path=/portal; Secure; HttpOnly; SameSite=Lax")
        elif k == 1:
            c = T("Set-Cookie: mychart_pref=lang%3Den%26mrn%3D") + V(p.mrn, "mrn") + T(f"; Expires={exp}; Path=/")
        elif k == 2:
            blob, cat = b64_json_blob([("memberId", p.member, "health_plan"), ("firstName", p.first, "name"), ("plan", "HMO-SILVER")], urlsafe=True)
            c = T("Set-Cookie: member=") + V(blob, cat) + T(f"; Max-Age=3600; Path=/; Secure")
        elif k == 3:
            c = (T(f"Cookie: JSESSIONID={HEXS(32)}; XSRF-TOKEN={uuid4()}; remember_email=") + V(q(p.email), "email") +
                 T("; last_dependent=") + V(q(p.rel_name), "name"))
        elif k == 4:
            c = T(f"Set-Cookie: visitor_badge={rng.randint(1000, 9999)}-") + V(qp(p.rel_name), "name") + T(f"; Path=/kiosk; Expires={exp}")
        else:
            c = T(f"cookie: __cf_bm={b64u(rbytes(30))}; pp_user=") + V(p.portal_user, "other_id") + T("; pp_zip=") + V(p.zip, "zip")
    else:
        k = rng.randrange(4)
        if k == 0:
            c = T(f"Set-Cookie: AWSALBCORS={b64(rbytes(96))}; Expires={exp}; Path=/; SameSite=None; Secure")
        elif k == 1:
            c = T(f"Set-Cookie: JSESSIONID={HEXS(32)}.node{rng.randint(1, 9)}; Path=/ehr; Secure; HttpOnly")
        elif k == 2:
            c = T(f"Cookie: XSRF-TOKEN={uuid4()}; locale=en-US; theme=dark; consent=v2:{hexs(8)}")
        else:
            c = T(f"Set-Cookie: __Host-portal_sess={b64u(rbytes(48))}; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=900")
    return [pre + c]


def f_nginx_debug(phi):
    """block: nginx error_log at debug level for one request"""
    t = tick()
    p = pick()
    pid = rng.randint(1000, 60000)
    conn = rng.randint(1000, 9999999)
    pre = f"{ngx(t)} [debug] {pid}#{pid}: *{conn} "
    host = rng.choice(PORTAL_HOSTS)
    if phi and rng.random() < 0.7:
        target = phi_path(p)
    else:
        target = T(clean_path())
    tf = flat(target)
    if "?" in tf:
        # split pieces at the '?'
        uri, args, seen = [], [], False
        for s, c in target:
            if not seen and "?" in s:
                a, b = s.split("?", 1)
                uri += T(a)
                if b:
                    args += T(b)
                seen = True
            elif seen:
                args.append((s, c))
            else:
                uri.append((s, c))
    else:
        uri, args = target, []
    meth = rng.choice(["GET", "POST"])
    lines = [T(pre + f"http request line: \"{meth} ") + target + T(" HTTP/1.1\""),
             T(pre + "http uri: \"") + uri + T("\"")]
    if args:
        lines.append(T(pre + "http args: \"") + args + T("\""))
    lines.append(T(pre + "http exten: \"\""))
    hdrs = [("Host", host)] + [clean_header(host) for _ in range(rng.randint(2, 4))]
    if phi:
        for _ in range(rng.randint(1, 3)):
            hdrs.insert(rng.randint(1, len(hdrs)), phi_header(p, host))
    for n, v in dedupe(hdrs):
        lines.append(T(pre + "http header: \"" + n + ": ") + (v if isinstance(v, list) else T(v)) + T("\""))
    lines.append(T(pre + "http header done"))
    lines.append(T(pre + f"rewrite phase: {rng.randint(0, 3)}"))
    if phi and rng.random() < 0.5:
        lines.append(T(pre + "http proxy header: \"X-Real-IP: ") + V(p.ip, "ip") + T("\""))
    else:
        lines.append(T(pre + f"http proxy header: \"X-Real-IP: {priv_ip()}\""))
    lines.append(T(pre + f"http proxy status {rng.choice([200, 200, 302])} \"200 OK\""))
    lines.append(T(pre + f"http upstream request: {rng.randint(1, 9)}, connect to {priv_ip()}:8080"))
    return lines


def f_jwt_log(phi):
    t = tick()
    p = pick()
    if phi:
        tok, cat = tok_patient(p)
        tokp = V(tok, cat)
    else:
        tokp = T(tok_service())
    k = rng.randrange(5)
    if k == 0:
        return [T(f"{l4j(t)} DEBUG [http-nio-8080-exec-{rng.randint(1, 40)}] c.m.portal.security.JwtAuthFilter : Authorization header: Bearer ") + tokp]
    if k == 1:
        return [T(f"time=\"{t.strftime('%Y-%m-%dT%H:%M:%SZ')}\" level=debug msg=\"validated token\" token=") + tokp +
                T(f" kid={hexs(8)} took={rng.randint(1, 90)}.{rng.randint(0, 999)}µs")]
    if k == 2:
        return [T(f"[{iso_ms(t)}] [lua] jwt-validate.lua:{rng.randint(40, 300)}: rejected expired token ") + tokp +
                T(f", client: {priv_ip()}, server: {rng.choice(API_HOSTS)}")]
    if k == 3:
        return [J(jobj([("ts", iso_ms(t)), ("level", "warn"), ("logger", "auth.introspect"),
                        ("msg", "token introspection inactive"), ("access_token", Raw(jval(tokp))),
                        ("client_id", rng.choice(["portal-web", "member-ios", "fhir-bulk"]))]))]
    return [T(f"{sysl(t)} api-gw-{rng.randint(1, 6)} kong[{rng.randint(100, 9000)}]: [jwt] invalid signature for token ") + tokp]


def f_oidc(phi):
    t = tick()
    p = pick()
    k = rng.randrange(4)
    if phi:
        if k == 0:  # oauth2-proxy session line
            return [T(f"[{ngx(t)}] [oauthproxy.go:{rng.randint(800, 900)}] {priv_ip()}:{rng.randint(30000, 65000)} - {hexs(32)} - ") +
                    V(p.email, "email") + T(f" [{ngx(t)}] Authenticated via OAuth2: Session{{email:") + V(p.email, "email") +
                    T(f" user:{uuid4()} PreferredUsername:") + V(p.portal_user, "other_id") +
                    T(f" token:true id_token:true created:{t.strftime('%Y-%m-%d %H:%M:%S')} +0000 UTC expires:{(t + dt.timedelta(hours=1)).strftime('%Y-%m-%d %H:%M:%S')} +0000 UTC refresh_token:true}}")]
        tok, cat = tok_patient(p)
        if k == 1:
            return [T(f"{l4j(t)} DEBUG [org.keycloak.events] (executor-thread-{rng.randint(1, 40)}) type=\"CODE_TO_TOKEN\", realmId=\"{uuid4()}\", clientId=\"portal-web\", userId=\"{uuid4()}\", ipAddress=\"") +
                    V(p.ip, "ip") + T("\", id_token=\"") + V(tok, cat) + T("\"")]
        if k == 2:
            return [T(f"{sysl(t)} portal-bff[{rng.randint(100, 9999)}]: GET /logout?id_token_hint=") + V(tok, cat) +
                    T(f"&post_logout_redirect_uri=https%3A%2F%2F{rng.choice(PORTAL_HOSTS)}%2F&state={b64u(rbytes(12))} 302")]
        return [T(f"{iso_ms(t)} oidc-client callback received code={b64u(rbytes(32))} state={hexs(16)} id_token=") + V(tok, cat) +
                T(" nonce=" + b64u(rbytes(16)))]
    if k == 0:
        return [T(f"[{ngx(t)}] [oauthproxy.go:{rng.randint(800, 900)}] {priv_ip()}:{rng.randint(30000, 65000)} - {hexs(32)} - - [{ngx(t)}] Error redeeming code during OAuth2 callback: token exchange failed: oauth2: \"invalid_grant\" \"Code not valid\"")]
    if k == 1:
        return [T(f"{l4j(t)} WARN  [org.keycloak.events] (executor-thread-{rng.randint(1, 40)}) type=\"CLIENT_LOGIN_ERROR\", realmId=\"{uuid4()}\", clientId=\"etl-runner\", userId=\"null\", ipAddress=\"{priv_ip()}\", error=\"invalid_client_credentials\", grant_type=\"client_credentials\"")]
    if k == 2:
        return [T(f"{iso_ms(t)} oidc-client token refreshed for client_id=fhir-bulk access_token=") + T(tok_service()) + T(f" expires_in=3600")]
    return [T(f"{sysl(t)} portal-bff[{rng.randint(100, 9999)}]: GET /.well-known/jwks.json 200 kid={b64u(rbytes(24))} alg=RS256 n={b64u(rbytes(64))}...")]


def f_b64_body(phi):
    t = tick()
    p = pick()
    if phi:
        k = min(6, rng.randrange(8))
        if k == 5:
            items = [("selfie", jpeg_b64(), "photo"), ("liveness", round(rng.uniform(0.8, 0.99), 3)), ("sdk", "idv-web/3.2.1")]
        elif k == 6:
            items = [("finger", rng.choice(["R_INDEX", "L_THUMB"])), ("template", fp_template(), "biometric"), ("format", "ISO19794-2")]
        elif k == 0:
            items = [("firstName", p.first, "name"), ("lastName", p.last, "name"), ("dob", fmt_date(p.dob, "iso"), "date"),
                     ("memberId", p.member, "health_plan")]
        elif k == 1:
            items = [("resourceType", "Patient"), ("id", p.fhir_id, "mrn"),
                     ("name", jarr([jobj([("family", p.last, "name"), ("given", jarr([(p.first, "name")]))])])),
                     ("birthDate", fmt_date(p.dob, "iso"), "date")]
        elif k == 2:
            items = [("subscriber_ssn", p.ssn, "ssn"), ("relationship", p.rel_kind), ("effective", "2025-01-01")]
        elif k == 3:
            items = [("phone", fmt_phone(p.cell, "e164"), "phone"), ("otp_channel", "sms"), ("attempt", rng.randint(1, 3))]
        else:
            items = [("voiceprint", voice_template(), "biometric"), ("enrolled_by", "ivr"), ("mrn", p.mrn, "mrn")]
        blob, cat = b64_json_blob(items)
        bp = V(blob, cat)
    else:
        k = rng.randrange(4)
        items = [[("status", "ACCEPTED"), ("batchId", f"b-{REF_DAY.strftime('%Y%m%d')}-{digits(4)}"), ("count", rng.randint(1, 500))],
                 [("resourceType", "OperationOutcome"), ("issue", jarr([jobj([("severity", "error"), ("code", "processing")])]))],
                 [("event", "heartbeat"), ("node", f"mirth-0{rng.randint(1, 4)}"), ("uptime_s", rng.randint(1000, 9999999))],
                 [("orderId", f"ORD-{digits(7)}"), ("sku", f"SKU-{digits(5)}"), ("qty", rng.randint(1, 9))]][k]
        blob, _ = b64_json_blob(items)
        bp = T(blob)
    s = rng.randrange(4)
    if s == 0:
        return [T(f"time={t.strftime('%Y-%m-%dT%H:%M:%S.')}{t.microsecond // 1000:03d}Z level=debug msg=\"outbound request\" method=POST url=https://{rng.choice(API_HOSTS)}/v1/ingest body_b64=") + bp]
    if s == 1:
        return [T(f"{l4j(t)} TRACE [sqs-consumer-{rng.randint(1, 8)}] c.n.q.MessageListener - received MessageId={uuid4()} Body(base64)=") + bp]
    if s == 2:
        return [J(jobj([("timestamp", iso_ms(t)), ("level", "DEBUG"), ("service", "hl7-bridge"),
                        ("message", "forwarding payload"), ("payload", Raw(jval(bp))), ("encoding", "base64")]))]
    return [T(f"{sysl(t)} lambda[{rng.randint(1, 999)}]: START RequestId: {uuid4()} event.body=") + bp + T(" isBase64Encoded=true")]


def f_curl_cmd(phi):
    t = tick()
    p = pick(shell=True)
    host = rng.choice(API_HOSTS)
    pre = rng.choice([T("+ "), T("$ "), T(f"  {rng.randint(100, 2000)}  "), T(f"[{t.strftime('%H:%M:%S')}] Running: ")])
    if phi:
        k = rng.randrange(6)
        if k == 0:
            its = [("firstName", p.first, "name"), ("lastName", p.last, "name"),
                   ("dob", fmt_date(p.dob, "iso"), "date"), ("zip", p.zip, "zip")]
            if rng.random() < 0.5:
                its.append(("profileUrl", p.url, "url"))
            body = J(jobj(its))
            return [pre + T(f"curl -sS -X POST 'https://{host}/v1/patients' -H 'Content-Type: application/json' -H 'X-Member-Id: ") +
                    V(p.member, "health_plan") + T("' -d '") + body + T("'")]
        if k == 1:
            return [pre + T("curl -s \"https://" + host) + phi_path(p) + T("\" -H \"Authorization: Bearer $TOKEN\" | jq .")]
        if k == 2:
            return [pre + T(f"curl -X POST https://{host}/api/v1/referrals --data-urlencode 'patient_name=") + V(p.full, "name") +
                    T("' --data-urlencode 'dob=") + V(fmt_date(p.dob, "us"), "date") + T("' --data-urlencode 'referring_fax=") +
                    T(f"(937) 555-01{rng.randint(10, 99)}") + T("' --data-urlencode 'pt_fax=") + V(fmt_phone(p.fax, "paren"), "fax") + T("'")]
        if k == 3:
            return [pre + T(f"curl -k -F 'mrn=") + V(p.mrn, "mrn") + T("' -F 'doc_type=INSURANCE_CARD' -F 'file=@/tmp/upload/card_front.jpg' " +
                    f"https://{priv_ip()}:8443/api/documents")]
        if k == 4:
            body = J(jobj([("ssn", p.ssn, "ssn"), ("driversLicense", p.dl, "license"), ("dlState", p.state),
                           ("vehicle", Raw(J(jobj([("vin", p.vin, "vehicle"), ("plate", p.plate, "vehicle")]))))]))
            return [pre + T(f"curl --fail -H 'Content-Type: application/json' -H 'X-Correlation-ID: corr-{hexs(12)}' -d '") + body +
                    T(f"' https://{host}/v1/claims/mva-intake")]
        body = J(jobj([("payer", "BlueHarbor"), ("account", Raw(J(jobj([("routing", "0" + digits(8)), ("number", p.bank, "account")])))),
                       ("holder", p.rel_name, "name"), ("amount", f"{rng.randint(20, 900)}.00")]))
        return [pre + T(f"curl -sS https://{host}/v1/payments/ach -H 'Idempotency-Key: {uuid4()}' --json '") + body + T("'")]
    k = rng.randrange(5)
    if k == 0:
        return [pre + T(f"curl -fsS http://localhost:{rng.choice([8080, 9090, 8081])}/actuator/health")]
    if k == 1:
        return [pre + T(f"curl -s -o /dev/null -w '%{{http_code}} %{{time_total}}\\n' https://{host}{clean_path()}")]
    if k == 2:
        return [pre + T(f"curl -H \"X-Api-Key: ${{API_KEY}}\" https://{host}/api/v2/orders/ORD-{digits(7)}")]
    if k == 3:
        body = J(jobj([("orderId", f"ORD-{digits(7)}"), ("status", "SHIPPED"), ("carrier", "UPS"), ("tracking", "1Z" + alnum(16))]))
        return [pre + T(f"curl -X PATCH -H 'Content-Type: application/json' -d '") + body + T(f"' https://{host}/api/v2/orders")]
    return [pre + T(f"curl -sSL https://github.com/prometheus/node_exporter/releases/download/v1.8.2/node_exporter-1.8.2.linux-amd64.tar.gz -o /tmp/ne.tgz && sha256sum /tmp/ne.tgz")]


def f_httpie(phi):
    t = tick()
    p = pick(shell=True)
    host = rng.choice(API_HOSTS)
    pre = rng.choice([T("$ "), T("❯ "), T("")])
    if phi:
        k = rng.randrange(6)
        if k == 4:
            return [pre + T(f"http POST https://{host}/idv/v1/verify dl_number=") + V(p.dl, "license") + T(f" dl_state={p.state} dob==") +
                    V(fmt_date(p.dob, "iso"), "date")]
        if k == 5:
            return [pre + T(f"http -f POST https://{host}/api/v1/records-release mrn=") + V(p.mrn, "mrn") + T(" 'deliver_to=") +
                    V(p.full, "name") + T("' fax=") + V(fmt_phone(p.fax, "plain"), "fax") + T(" guarantor_acct=") + V(p.acct, "account")]
        if k == 0:
            return [pre + T(f"http POST https://{host}/api/intake firstName=") + V(p.first, "name") + T(" lastName=") + V(p.last, "name") +
                    T(" dob=") + V(fmt_date(p.dob, "iso"), "date") + T(" X-Patient-Id:") + V(p.mrn, "mrn")]
        if k == 1:
            return [pre + T(f"http --print=HBhb PUT :8080/api/patients/") + V(p.mrn, "mrn") + T("/address 'line1=") + V(p.street, "address") +
                    T("' 'city=") + V(p.city, "address") + T(f"' state={p.state} postalCode=") + V(p.zip + "-" + p.zip4, "zip")]
        if k == 2:
            return [pre + T(f"https GET {host}/v1/eligibility member==") + V(p.member, "health_plan") + T(" dob==") +
                    V(fmt_date(p.dob, "compact"), "date") + T(" Authorization:'Bearer $TOKEN'")]
        return [pre + T(f"http -f POST https://{host}/v1/contacts/emergency patient_mrn=") + V(p.mrn, "mrn") + T(" 'contact_name=") +
                V(p.rel_name, "name") + T(f"' relation={p.rel_kind} contact_phone=") + V(fmt_phone(p.rel_phone, "dash"), "phone")]
    k = rng.randrange(3)
    if k == 0:
        return [pre + T(f"http GET https://{host}/api/v2/orders/ORD-{digits(7)} X-Api-Key:$API_KEY")]
    if k == 1:
        return [pre + T(f"http POST :8080/api/jobs kind=reindex shards:=12 dryRun:=false")]
    return [pre + T(f"http --follow --timeout=30 GET https://{host}/fhir/R4/metadata Accept:application/fhir+json")]


def f_wget(phi):
    t = tick()
    p = pick(shell=True)
    host = rng.choice(API_HOSTS)
    if phi:
        k = rng.randrange(4)
        if k == 0:
            return [T(f"--{t.strftime('%Y-%m-%d %H:%M:%S')}--  https://{host}") + phi_path(p)]
        if k == 1:
            return [T("$ wget -q --header=\"X-Subscriber-ID: ") + V(p.member, "health_plan") + T(f"\" -O cov.json \"https://{host}/v1/coverage?") +
                    qs([("dob", fmt_date(p.dob, "iso"), "date"), ("planYear", "2025")]) + T("\"")]
        if k == 2:
            return [T("Saving to: ‘export?") + qs([("mrn", p.mrn, "mrn"), ("fmt", "pdf")]) + T("’")]
        if rng.random() < 0.4:
            return [T("$ wget --post-data 'acct=") + V(p.acct, "account") + T("&card=") + V(p.card, "account") +
                    T(f"&amount=120.00' https://{host}/legacy/pay.cgi -O -")]
        return [T(f"$ wget --post-data 'ssn=") + V(p.ssn.replace("-", ""), "ssn") + T("&lname=") + V(q(p.last), "name") +
                T(f"&zip=") + V(p.zip, "zip") + T(f"' https://{host}/legacy/verify.cgi -O -")]
    sip = server_ip()
    k = rng.randrange(6)
    return [[T(f"Resolving {host} ({host})... {sip}, 2600:1f18:{hexs(4)}:{hexs(4)}::{hexs(3)}"),
             T(f"Connecting to {host} ({host})|{sip}|:443... connected."),
             T("HTTP request sent, awaiting response... 200 OK"),
             T(f"Length: {rng.randint(1000, 999999)} ({rng.randint(1, 900)}K) [application/json]"),
             T(f"{t.strftime('%Y-%m-%d %H:%M:%S')} ({rng.uniform(0.5, 90):.2f} MB/s) - ‘metadata’ saved [{(n := rng.randint(1000, 99999))}/{n}]"),
             T(f"--{t.strftime('%Y-%m-%d %H:%M:%S')}--  https://{host}{clean_path()}")][k]]


def f_har(phi):
    """block: pretty-printed HAR (Chrome DevTools export) with 1-2 entries"""
    t = tick()
    p = pick()
    host = rng.choice(PORTAL_HOSTS)
    L = []

    def ln(ind, pieces):
        L.append(T(" " * ind) + pieces)

    def kv(ind, k, v, comma=True):
        ln(ind, T(json.dumps(k) + ": ") + jval(v) + T("," if comma else ""))

    ln(0, T("{"))
    ln(2, T('"log": {'))
    kv(4, "version", "1.2")
    ln(4, T('"creator": { "name": "WebInspector", "version": "537.36" },'))
    ln(4, T('"entries": ['))
    nent = 1
    for e in range(nent):
        ephi = phi and (e == 0 or rng.random() < 0.5)
        ln(6, T("{"))
        kv(8, "startedDateTime", iso_ms(t + dt.timedelta(milliseconds=e * 300)))
        ln(8, T(f'"time": {rng.uniform(20, 900):.3f},'))
        ln(8, T('"request": {'))
        photo_mode = ephi and rng.random() < 0.5
        method = "POST" if (ephi and not photo_mode and rng.random() < 0.5) else "GET"
        kv(10, "method", method)
        if photo_mode:
            path = T("/api/v1/patients/") + V(p.mrn, "mrn") + T("/photo?size=256")
        elif ephi:
            path = phi_path(p)
        else:
            path = T(clean_path())
        kv(10, "url", T(f"https://{host}") + path)
        ln(10, T('"headers": ['))
        hdrs = [(":authority", host), (":method", method), ("accept", "application/json")]
        if ephi:
            for _ in range(rng.randint(1, 3)):
                n, v = phi_header(p, host)
                hdrs.append((n.lower(), v))
        hdrs.append(("user-agent", UAS[0]))
        for i, (n, v) in enumerate(hdrs):
            ln(12, T('{ "name": ' + json.dumps(n) + ', "value": ') + jval(v if isinstance(v, list) else v) +
               T(" }" + ("," if i < len(hdrs) - 1 else "")))
        ln(10, T("],"))
        fp = flat(path)
        if "?" in fp:
            ln(10, T('"queryString": ['))
            # rebuild pieces after '?', split on '&'
            after, seen = [], False
            for s, c in path:
                if not seen and "?" in s:
                    after += T(s.split("?", 1)[1])
                    seen = True
                elif seen:
                    after.append((s, c))
            pairs, cur = [], []
            for s, c in after:
                if c is None and "&" in s:
                    parts = s.split("&")
                    cur += T(parts[0])
                    for ptxt in parts[1:]:
                        pairs.append(cur)
                        cur = T(ptxt)
                else:
                    cur.append((s, c))
            pairs.append(cur)
            for i, pr in enumerate(pairs):
                # split name=value
                nm, val, seen = "", [], False
                for s, c in pr:
                    if not seen and c is None and "=" in s:
                        a, b = s.split("=", 1)
                        nm += a
                        if b:
                            val += T(b)
                        seen = True
                    elif seen:
                        val.append((s, c))
                    else:
                        nm += s
                ln(12, T('{ "name": ' + json.dumps(nm) + ', "value": ') + jval(val if val else "") +
                   T(" }" + ("," if i < len(pairs) - 1 else "")))
            ln(10, T("],"))
        else:
            ln(10, T('"queryString": [],'))
        if ephi and rng.random() < 0.5:
            ln(10, T('"cookies": ['))
            ln(12, T('{ "name": "pt_name", "value": ') + jval(V(q(p.full), "name")) + T(', "path": "/portal", "httpOnly": true, "secure": true },'))
            ln(12, T('{ "name": "__Host-sid", "value": ' + json.dumps(b64u(rbytes(24))) + ' }'))
            ln(10, T("],"))
        else:
            ln(10, T('"cookies": [],'))
        if method == "POST":
            form = qs([("first_name", p.first, "name"), ("last_name", p.last, "name"),
                       ("phone", fmt_phone(p.phone, "paren"), "phone"), ("fax", fmt_phone(p.fax, "dash"), "fax"),
                       ("website", p.url, "url")], plus=True)
            ln(10, T('"postData": { "mimeType": "application/x-www-form-urlencoded", "text": ') + jval(form) + T(" },"))
        ln(10, T(f'"headersSize": -1, "bodySize": {rng.randint(0, 900) if method == "POST" else 0}'))
        ln(8, T("},"))
        ln(8, T('"response": {'))
        ln(10, T(f'"status": {rng.choice([200, 200, 304])},'))
        if photo_mode:
            ln(10, T('"content": { "size": ' + str(rng.randint(2000, 40000)) + ', "mimeType": "image/jpeg", "encoding": "base64", "text": ') +
               jval(V(jpeg_b64(), "photo")) + T(" },"))
        else:
            ln(10, T('"content": { "size": ' + str(rng.randint(2, 40000)) + ', "mimeType": "application/json", "compression": ' +
                     str(rng.randint(0, 900)) + " },"))
        ln(10, T('"redirectURL": "", "_transferSize": ' + str(rng.randint(200, 41000))))
        ln(8, T("},"))
        ln(8, T('"serverIPAddress": "' + server_ip() + '", "connection": "' + str(rng.randint(10000, 999999)) + '",'))
        ln(8, T('"timings": { "blocked": ' + f"{rng.uniform(0, 5):.3f}" + ', "dns": -1, "ssl": -1, "connect": -1, "send": 0.1, "wait": ' +
                f"{rng.uniform(10, 800):.3f}" + ', "receive": ' + f"{rng.uniform(0, 30):.3f}" + ' }'))
        ln(6, T("}" + ("," if e < nent - 1 else "")))
    ln(4, T("]"))
    ln(2, T("}"))
    ln(0, T("}"))
    return L


def qs_pairs(path):
    """split request-target pieces into [(name, value_pieces)] for the query part"""
    after, seen = [], False
    for s_, c in path:
        if not seen and "?" in s_:
            after += T(s_.split("?", 1)[1])
            seen = True
        elif seen:
            after.append((s_, c))
    if not seen:
        return []
    pairs, cur = [], []
    for s_, c in after:
        if c is None and "&" in s_:
            parts = s_.split("&")
            cur += T(parts[0])
            for ptxt in parts[1:]:
                pairs.append(cur)
                cur = T(ptxt)
        else:
            cur.append((s_, c))
    pairs.append(cur)
    out = []
    for pr in pairs:
        nm, val, seen2 = "", [], False
        for s_, c in pr:
            if not seen2 and c is None and "=" in s_:
                a, b = s_.split("=", 1)
                nm += a
                if b:
                    val += T(b)
                seen2 = True
            elif seen2:
                val.append((s_, c))
            else:
                nm += s_
        out.append((nm, val))
    return out


def f_har_entry(phi):
    """single-line HAR entry objects as emitted by a capturing proxy (one entry per line)"""
    t = tick()
    p = pick()
    host = rng.choice(PORTAL_HOSTS + API_HOSTS)
    path = phi_path(p) if (phi and rng.random() < 0.7) else T(clean_path())
    hdrs = [("Host", host), ("User-Agent", ua())]
    if phi:
        n, v = phi_header(p, host)
        hdrs.append((n, v))
        if not topcat(path) and not topcat(v):
            path = phi_path(p)
    else:
        hdrs.append(clean_header(host))
    hdrs = dedupe(hdrs)
    req = jobj([("method", rng.choice(["GET", "GET", "POST"])), ("url", Raw(jval(T(f"https://{host}") + path))),
                ("httpVersion", "HTTP/1.1"), ("cookies", jarr([])),
                ("headers", jarr([jobj([("name", n), ("value", Raw(jval(v if isinstance(v, list) else v)))]) for n, v in hdrs])),
                ("queryString", jarr([jobj([("name", n), ("value", Raw(jval(v if v else "")))]) for n, v in qs_pairs(path)])),
                ("headersSize", -1), ("bodySize", 0)])
    stc = rng.choice([200, 200, 404, 500])
    resp = jobj([("status", stc), ("statusText", {200: "OK", 404: "Not Found", 500: "Internal Server Error"}[stc]), ("httpVersion", "HTTP/1.1"),
                 ("cookies", jarr([])), ("headers", jarr([jobj([("name", "Content-Type"), ("value", "application/json")])])),
                 ("content", jobj([("size", rng.randint(2, 90000)), ("mimeType", "application/json")])),
                 ("redirectURL", ""), ("headersSize", -1), ("bodySize", rng.randint(2, 90000))])
    items = [("pageref", f"page_{rng.randint(1, 40)}"), ("startedDateTime", iso_ms(t)), ("time", round(rng.uniform(3, 900), 2)),
             ("request", req), ("response", resp), ("cache", jobj([])),
             ("timings", jobj([("send", 0), ("wait", round(rng.uniform(2, 800), 2)), ("receive", round(rng.uniform(0, 40), 2))])),
             ("serverIPAddress", priv_ip()), ("connection", str(rng.randint(1000, 99999)))]
    return [J(jobj(items))]


def f_grpc_metadata(phi):
    t = tick()
    p = pick()
    meth = rng.choice(["/eligibility.v1.EligibilityService/CheckCoverage", "/ehr.patient.v2.PatientService/GetChart",
                       "/claims.v1.Claims/Submit", "/sched.v1.Booking/Hold"])
    md = [(":authority", rng.choice(SVC_HOSTS)), ("content-type", "application/grpc"),
          ("user-agent", rng.choice(["grpc-go/1.64.0", "grpc-java-netty/1.62.2", "grpc-node-js/1.10.8"])),
          ("grpc-timeout", f"{rng.randint(1, 30)}S"), ("x-request-id", uuid4())]
    if rng.random() < 0.5:
        md.append(("traceparent", traceparent()))
    if phi:
        pool = [("x-member-id", V(p.member, "health_plan")), ("x-patient-mrn", V(p.mrn, "mrn")),
                ("x-patient-dob", V(fmt_date(p.dob, "iso"), "date")), ("x-subscriber-ssn", V(p.ssn, "ssn")),
                ("x-fingerprint-template-bin", V(fp_template(), "biometric")), ("x-caller-email", V(p.email, "email")),
                ("x-patient-name", V(p.full, "name")), ("x-forwarded-for", V(p.ip, "ip")),
                ("x-beneficiary-mbi", V(p.mbi, "health_plan")), ("authorization", None),
                ("x-selfie-bin", V(jpeg_b64(), "photo")), ("x-patient-age", V(str(pick(old=True).age), "age")),
                ("x-dl-number", V(p.dl, "license"))]
        picks = [rng.choice(pool) for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.35:
            picks[0] = rng.choice([pool[4], pool[4], pool[10]])
        for n, v in dedupe(picks):
            if v is None:
                tok, cat = tok_patient(p)
                v = T("Bearer ") + V(tok, cat)
            md.insert(rng.randint(1, len(md)), (n, v))
    else:
        md.append(("x-client-build", f"{rng.randint(1, 9)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}+{hexs(7)}"))
        if rng.random() < 0.4:
            md.append(("authorization", "Bearer " + tok_service()))
    st = rng.randrange(3)
    if st == 0:   # zap console encoder with JSON fields
        obj = []
        for n, v in md:
            obj.append((n, Raw(J(jarr([Raw(jval(v if isinstance(v, list) else v))], sp=False)))))
        return [T(f"{iso_ms(t)}\tINFO\tinterceptors/logging.go:{rng.randint(40, 140)}\tunary call\t") +
                J(jobj([("grpc.method", meth), ("peer", f"{priv_ip()}:{rng.randint(30000, 60000)}"),
                        ("grpc.code", rng.choice(["OK", "OK", "NotFound", "Unavailable"])), ("metadata", jobj(obj, sp=True))], sp=True))]
    if st == 1:   # grpc-java Metadata.toString()
        out = T(f"{l4j(t, '.')} DEBUG [grpc-default-executor-{rng.randint(0, 9)}] c.m.grpc.LoggingInterceptor - {meth} headers=Metadata(")
        for i, (n, v) in enumerate(md):
            if n.startswith(":"):
                continue
            out += T(("," if i > 1 else "") + n + "=") + (v if isinstance(v, list) else T(v))
        return [out + T(")")]
    out = T(f"{ngx(t)} INFO: [core] [Server #{rng.randint(1, 9)}] {meth} md=map[")
    for i, (n, v) in enumerate(md):
        out += T((" " if i else "") + n + ":[") + (v if isinstance(v, list) else T(v)) + T("]")
    return [out + T("]")]


def f_grpcurl(phi):
    t = tick()
    p = pick(shell=True)
    tgt = rng.choice(["eligibility.payer.svc:50051", "localhost:9090", "patient-svc.ehr.svc.cluster.local:8443"])
    if phi:
        k = rng.randrange(4)
        if k == 3:
            return [T("$ grpcurl -plaintext -d '") + J(jobj([("portal_user", p.portal_user, "other_id"), ("photo_jpeg", jpeg_b64(), "photo")])) +
                    T(f"' {tgt} profile.v1.Profile/UploadPhoto")]
        if k == 0:
            return [T("$ grpcurl -plaintext -H 'x-patient-mrn: ") + V(p.mrn, "mrn") + T("' -d '") +
                    J(jobj([("member_id", p.member, "health_plan"), ("date_of_birth", fmt_date(p.dob, "iso"), "date")])) +
                    T(f"' {tgt} eligibility.v1.EligibilityService/CheckCoverage")]
        if k == 1:
            return [T("+ grpcurl -insecure -rpc-header 'x-caller-email: ") + V(p.email, "email") + T("' -d '") +
                    J(jobj([("name", Raw(J(jobj([("given", p.first, "name"), ("family", p.last, "name")])))),
                            ("phone", fmt_phone(p.phone, "intl"), "phone")])) + T(f"' {tgt} ehr.patient.v2.PatientService/Search")]
        return [T("grpcurl -d '") + J(jobj([("device_serial", p.device, "device"), ("kind", p.device_kind.upper()),
                                             ("udi", p.udi, "device")])) + T(f"' {tgt} devices.v1.Registry/Register")]
    k = rng.randrange(3)
    if k == 0:
        return [T(f"$ grpcurl -plaintext {tgt} list")]
    if k == 1:
        return [T(f"$ grpcurl -plaintext -d '{{\"service\":\"\"}}' {tgt} grpc.health.v1.Health/Check")]
    return [T(f"+ grpcurl -H 'authorization: Bearer {tok_service()}' -d '{{\"claim_id\":\"CLM-2024-{digits(8)}\"}}' {tgt} claims.v1.Claims/Get")]


# ---------------------------------------------------------------- runtime / environment
def phi_env(p):
    """(KEY, value pieces) for an environment-style test-patient variable"""
    k = rng.randrange(30)
    o = pick(old=True)
    return [
        (rng.choice(["TEST_PATIENT_NAME", "E2E_USER_FULLNAME", "PACIENTE_NOMBRE"]), V(p.full, "name")),
        (rng.choice(["SEED_PT_GIVEN", "FIXTURE_FIRST_NAME", "testPatientFirst"]), V(p.first, "name")),
        (rng.choice(["SEED_PT_FAMILY", "FIXTURE_LAST_NAME", "KONTAKT_NACHNAME"]), V(p.last, "name")),
        (rng.choice(["E2E_PATIENT_DOB", "TEST_PT_BIRTHDATE", "FIXTURE_DOB"]), V(fmt_date(p.dob, rng.choice(["iso", "compact", "us"])), "date")),
        (rng.choice(["FIXTURE_MRN", "TEST_PATIENT_MRN", "SMOKE_PID"]), V(p.mrn, "mrn")),
        (rng.choice(["QA_MEMBER_ID", "TEST_SUBSCRIBER_ID", "E2E_MEMBER_NO"]), V(p.member, "health_plan")),
        (rng.choice(["TEST_SSN", "FIXTURE_SSN", "SEED_SUBSCRIBER_SSN"]), V(rng.choice([p.ssn, p.ssn.replace("-", "")]), "ssn")),
        (rng.choice(["SMOKE_TEST_EMAIL", "E2E_LOGIN_EMAIL", "TEST_PT_EMAIL"]), V(p.email, "email")),
        (rng.choice(["TEST_PT_PHONE", "FIXTURE_MOBILE", "E2E_SMS_NUMBER"]), V(fmt_phone(p.cell, rphone_style()), "phone")),
        ("FIXTURE_ADDRESS", V(p.street, "address") + T(", ") + V(p.city, "address") + T(f" {p.state} ") + V(p.zip, "zip")),
        (rng.choice(["TEST_CARD_NUMBER", "STRIPE_TEST_PAN_PATIENT"]), V(p.card, "account")),
        (rng.choice(["TEST_DL_NUMBER", "FIXTURE_DRIVERS_LICENSE"]), V(p.dl, "license")),
        (rng.choice(["DEMO_PATIENT_MBI", "TEST_MEDICARE_ID"]), V(p.mbi, "health_plan")),
        (rng.choice(["TEST_PATIENT_AGE", "FIXTURE_AGE_YEARS"]), V(str(o.age), "age")),
        (rng.choice(["E2E_PORTAL_USER", "TEST_LOGIN"]), V(p.portal_user, "other_id")),
        (rng.choice(["TEST_DEVICE_SERIAL", "FIXTURE_PUMP_SN"]), V(p.device, "device")),
        (rng.choice(["TEST_VIN", "MVA_FIXTURE_VIN"]), V(p.vin, "vehicle")),
        (rng.choice(["TESTPAT_ZIP", "FIXTURE_POSTAL_CODE"]), V(p.zip, "zip")),
        ("TEST_GUARANTOR_NAME", V(p.rel_name, "name")),
        (rng.choice(["TEST_MEDICAID_ID", "FIXTURE_CIN"]), V(p.medicaid, "health_plan")),
        ("QA_PASSPORT_NO", V(p.passport, "other_id")),
        ("TEST_ACCOUNT_NO", V(p.acct, "account")),
        ("TEST_PT_STREET", V(p.street, "address")),
        ("TEST_PT_CITY", V(p.city, "address")),
        ("FIXTURE_ADMIT_DATE", V(fmt_date(p.admit, "iso"), "date")),
        ("TEST_PT_FAX", V(fmt_phone(p.fax, "dash"), "fax")),
        ("TEST_PLATE", V(p.plate, "vehicle")),
        ("FIXTURE_PATIENT_JSON", None),
        ("TEST_FP_TEMPLATE_B64", V(fp_template(), "biometric")),
        ("TEST_PROFILE_URL", V(p.url, "url"))][k] if k != 27 else \
        ("FIXTURE_PATIENT_JSON", J(jobj([("mrn", p.mrn, "mrn"), ("given", p.first, "name"), ("family", p.last, "name"), ("dob", fmt_date(p.dob, "iso"), "date")])))


def clean_env():
    k = rng.randrange(30)
    return [("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"), ("HOSTNAME", f"e2e-runner-{hexs(9)}-{alnum(5, 'abcdefghjkmnpqrstuvwxyz0123456789')}"),
            ("HOME", "/home/app"), ("JAVA_HOME", "/opt/java/openjdk"), ("JAVA_VERSION", "jdk-21.0.4+7"),
            ("KUBERNETES_SERVICE_HOST", "10.96.0.1"), ("KUBERNETES_PORT_443_TCP", "tcp://10.96.0.1:443"), ("LANG", "C.UTF-8"),
            ("TZ", "America/Chicago"), ("SPRING_PROFILES_ACTIVE", "qa"), ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel-collector.observability:4317"),
            ("AWS_REGION", rng.choice(["us-east-1", "us-west-2", "us-east-2"])), ("DB_HOST", "pg-portal-qa.cluster-c9x1.us-east-1.rds.amazonaws.com"),
            ("DB_PORT", "5432"), ("REDIS_URL", "redis://redis-master.cache:6379/0"), ("BUILD_NUMBER", str(rng.randint(1000, 99999))),
            ("GIT_COMMIT", hexs(40)), ("TEST_PATIENT_COUNT", str(rng.randint(50, 5000))), ("SEED_MRN_PREFIX", "MRN"),
            ("FIXTURE_DOB_FORMAT", "yyyy-MM-dd"), ("NODE_OPTIONS", "--max-old-space-size=4096"), ("HL7_MLLP_PORT", "6661"),
            ("NPI_REGISTRY_URL", "https://npiregistry.cms.hhs.gov/api/?version=2.1"), ("SHLVL", "1"),
            ("CLINIC_FAX", f"(614) 555-01{rng.randint(10, 99)}"), ("SUPPORT_PHONE", f"1-800-555-0{rng.randint(100, 199)}"),
            ("ATTENDING_DEFAULT", rng.choice(STAFF)), ("ORG_NAME", rng.choice(ORGS)),
            ("CLAIMS_BATCH_SIZE", str(rng.choice([500, 1000, 5000]))), ("POD_IP", priv_ip())][k]


def env_pieces(p, phi, n):
    items = []
    if phi:
        keys_seen = []
        for _ in range(rng.randint(3, 6)):
            k, v = phi_env(p)
            if k in keys_seen:
                continue
            keys_seen.append(k)
            items.append((k, v))
    for _ in range(n):
        k, v = clean_env()
        if all(k != x[0] for x in items):
            items.append((k, T(v)))
    rng.shuffle(items)
    return items


def f_printenv(phi):
    t = tick()
    p = pick()
    lines = [T(rng.choice(["$ printenv", f"$ kubectl exec -n portal-qa deploy/e2e-runner -- printenv",
                           "+ env | sort", f"[{t.strftime('%H:%M:%S')}] debug: dumping environment"]))]
    for k, v in env_pieces(p, phi, rng.randint(4, 8)):
        lines.append(T(k + "=") + v)
    return lines



def f_docker_inspect_fmt(phi):
    """single-line `docker inspect --format` outputs"""
    t = tick()
    p = pick()
    cid = hexs(12)
    k = rng.randrange(3)
    if k == 0:
        env = env_pieces(p, phi, rng.randint(2, 4))
        arr = jarr([Raw(T('"' + kk + "=") + enc(v, jesc) + T('"')) for kk, v in env])
        return [T(f"$ docker inspect --format '{{{{json .Config.Env}}}}' {cid} => ") + J(arr)]
    if k == 1:
        args = [T("seed"), T("--env=qa")]
        if phi:
            args += [T(rng.choice(["--mrn", "--patient-id"])), V(p.mrn, "mrn")]
            if rng.random() < 0.6:
                args += [T("--dob"), V(fmt_date(p.dob, "iso"), "date")]
        else:
            args += [T("--batch"), T(f"{REF_DAY.strftime('%Y%m%d')}-{digits(4)}")]
        out = T(f"{cid}: /docker-entrypoint.sh [")
        for i, a in enumerate(args):
            out += T(" " if i else "") + a
        return [out + T("]")]
    env = env_pieces(p, phi, rng.randint(1, 3))
    cfg = jobj([("Hostname", cid), ("Domainname", ""), ("User", "app"), ("Tty", False),
                ("Env", jarr([Raw(T('"' + kk + "=") + enc(v, jesc) + T('"')) for kk, v in env])),
                ("Cmd", jarr(["seed", "--env=qa"])),
                ("Image", f"{digits(12)}.dkr.ecr.us-east-1.amazonaws.com/fixtures-seed:1.{rng.randint(0, 9)}.{rng.randint(0, 20)}"),
                ("WorkingDir", "/app"), ("Labels", jobj([("org.opencontainers.image.revision", hexs(40))]))])
    return [J(cfg)]


def f_docker_run(phi):
    t = tick()
    p = pick(shell=True)
    out = T(rng.choice(["+ ", "$ ", f"#{rng.randint(5, 40)} [{t.strftime('%H:%M:%S')}] "])) + T("docker run --rm --network host")
    if phi:
        for k, v in env_pieces(p, True, 1):
            fv = flat(v)
            if " " in fv or "," in fv or '"' in fv:
                if '"' in fv:
                    continue
                out += T(f' -e "{k}=') + v + T('"')
            else:
                out += T(f" -e {k}=") + v
        if not topcat(out):
            out += T(" -e TEST_SSN=") + V(p.ssn, "ssn")
    else:
        for k, v in env_pieces(p, False, rng.randint(1, 3)):
            if " " not in flat(v):
                out += T(f" -e {k}=") + v
    out += T(f" {digits(12)}.dkr.ecr.us-east-2.amazonaws.com/fixtures-seed:1.{rng.randint(0, 9)}.{rng.randint(0, 20)}")
    if phi and rng.random() < 0.5:
        out += T(" --member ") + V(p.member, "health_plan")
    return [out]


def f_ps_aux(phi):
    t = tick()
    p = pick(shell=True)
    user = rng.choice(["svc-etl", "app", "root", "mirth", "tomcat", "postgres", "1000"])
    pid = rng.randint(300, 99999)
    head = T(f"{user:<9}{pid:>7} {rng.uniform(0, 99):4.1f} {rng.uniform(0, 30):4.1f} {rng.randint(10000, 9000000):>8} {rng.randint(1000, 3000000):>7} {rng.choice(['?', 'pts/0', 'pts/3']):<8} {rng.choice(['Ssl', 'S', 'Sl', 'R+', 'S+']):<4} {t.strftime('%H:%M')}   {rng.randint(0, 300)}:{rng.randint(0, 59):02d} ")
    if phi:
        k = rng.randrange(7)
        if k == 0:
            cmd = T("/usr/bin/python3 /opt/etl/reprocess_claim.py --member-id ") + V(p.member, "health_plan") + T(" --dos ") + V(fmt_date(p.admit, "iso"), "date")
        elif k == 1:
            cmd = T("java -Xmx1g -Dpatient.mrn=") + V(p.mrn, "mrn") + T(" -Dspring.profiles.active=replay -jar /opt/replay/hl7-replay.jar")
        elif k == 2:
            cmd = T("psql -h pg-ehr-ro -U analyst -c select * from patients where ssn='") + V(p.ssn, "ssn") + T("'")
        elif k == 3:
            cmd = T("node scripts/resend-invite.js --email ") + V(p.email, "email") + T(" --phone ") + V(fmt_phone(p.cell, "e164"), "phone")
        elif k == 4:
            cmd = T("/opt/mirth/bin/mccommand -a https://localhost:8443 -u admin -s /tmp/replay_") + V(p.mrn, "mrn") + T(".txt")
        elif k == 5:
            cmd = T("ruby bin/merge_duplicates --keep ") + V(p.mrn, "mrn") + T(" --drop ") + V(pick().mrn, "mrn") + T(" --reason 'same person'")
        else:
            cmd = T("/usr/local/bin/label-print --name ") + V(p.full.replace(" ", "\\ "), "name") + T(" --dob ") + V(fmt_date(p.dob, "us"), "date") + T(" --printer ZEBRA-4W")
    else:
        cmd = T(rng.choice(["nginx: worker process", "/usr/lib/jvm/java-21-openjdk/bin/java -Xms512m -Xmx2g -XX:+UseG1GC -jar /app/app.jar --server.port=8080",
                            "postgres: 15/main: checkpointer", f"/usr/bin/containerd-shim-runc-v2 -namespace k8s.io -id {hexs(64)} -address /run/containerd/containerd.sock",
                            f"/usr/bin/python3 /opt/etl/nightly.py --batch {REF_DAY.strftime('%Y%m%d')} --workers 8",
                            "/usr/sbin/sshd -D", f"envoy -c /etc/envoy/envoy.yaml --service-cluster portal --service-node {uuid4()}",
                            "[kworker/3:2-events]", "/opt/mirth/mcservice -Xmx4096m"]))
    return [head + cmd]


def audit_arg(a):
    """auditd encodes an argv element as "quoted" or as upper-case hex"""
    s = flat(a)
    if any(ord(ch) <= 0x20 or ord(ch) >= 0x7f or ch == '"' for ch in s):
        return enc(a, lambda x: x.encode("utf-8").hex().upper())
    return T('"') + a + T('"')


def f_auditd(phi):
    t = tick()
    p = pick()
    ts = audit_ts(t)
    if phi:
        k = rng.randrange(5)
        if k == 0:
            argv = [T("python3"), T("/opt/etl/fix_dob.py"), T("--mrn"), V(p.mrn, "mrn"), T("--dob"), V(fmt_date(p.dob, "iso"), "date")]
        elif k == 1:
            argv = [T("psql"), T("-c"), T("update members set phone='") + V(fmt_phone(p.cell, "dash"), "phone") + T("' where member_id='") + V(p.member, "health_plan") + T("'")]
        elif k == 2:
            argv = [T("curl"), T("-s"), T(f"https://{rng.choice(API_HOSTS)}/v1/lookup?ssn=") + V(p.ssn, "ssn")]
        elif k == 3:
            argv = [T("/usr/local/bin/send-letter"), T("--to"), V(p.full, "name"), T("--addr"), V(p.street, "address")]
        else:
            argv = [T("grep"), T("-r"), V(p.last, "name"), T("/var/log/portal/")]
        if rng.random() < 0.6:
            out = T(f"type=EXECVE msg=audit({ts}): argc={len(argv)}")
            for i, a in enumerate(argv):
                out += T(f" a{i}=") + audit_arg(a)
            return [out]
        body = []
        for i, a in enumerate(argv):
            if i:
                body += T("00")
            body += enc(a, lambda x: x.encode("utf-8").hex().upper())
        assert len(flat(body)) <= 256
        return [T(f"type=PROCTITLE msg=audit({ts}): proctitle=") + body]
    k = rng.randrange(4)
    if k == 0:
        return [T(f"type=SYSCALL msg=audit({ts}): arch=c000003e syscall=59 success=yes exit=0 a0={hexs(12)} a1={hexs(12)} a2={hexs(12)} a3=8 items=2 ppid={rng.randint(300, 99999)} pid={rng.randint(300, 99999)} auid=1001 uid=1001 gid=1001 euid=1001 suid=1001 fsuid=1001 egid=1001 sgid=1001 fsgid=1001 tty=pts0 ses={rng.randint(1, 90)} comm=\"python3\" exe=\"/usr/bin/python3.11\" subj=unconfined key=\"exec\"")]
    if k == 1:
        return [T(f"type=CWD msg=audit({ts}): cwd=\"/opt/etl\"")]
    if k == 2:
        argv = [T("systemctl"), T("restart"), T(rng.choice(["nginx", "mirth", "envoy", "portal-bff"]))]
        out = T(f"type=EXECVE msg=audit({ts}): argc={len(argv)}")
        for i, a in enumerate(argv):
            out += T(f" a{i}=") + audit_arg(a)
        return [out]
    body = "00".join(x.encode().hex().upper() for x in ["/bin/sh", "-c", f"tar czf /backup/etl-{REF_DAY.strftime('%Y%m%d')}.tgz /opt/etl/out"])
    return [T(f"type=PROCTITLE msg=audit({ts}): proctitle={body}")]


def sd_escape(s):
    out = []
    for i, ch in enumerate(s):
        if ch == "/":
            out.append("-")
        elif ch.isascii() and (ch.isalnum() or ch in ":_") or (ch == "." and i > 0):
            out.append(ch)
        else:
            out.append("".join(f"\\x{b:02x}" for b in ch.encode("utf-8")))
    return "".join(out)


def f_systemd(phi):
    t = tick()
    p = pick(shell=True)
    host = rng.choice(["batch-01", "etl-02", "hl7-gw-1", "ip-10-0-12-34"])
    if phi:
        k = rng.randrange(5)
        if k == 0:
            inst = rng.choice([p.member, p.mrn])
            cat = "health_plan" if inst == p.member else "mrn"
            return [T(f"{sysl(t)} {host} systemd[1]: Started reconcile-member@") + V(sd_escape(inst), cat) +
                    T(".service - Reconcile eligibility for member ") + V(inst, cat) + T(".")]
        if k == 1:
            return [T("ExecStart=/opt/backfill/bin/backfill --mrn ") + V(p.mrn, "mrn") + T(" --dob ") + V(fmt_date(p.dob, "iso"), "date") + T(" --dry-run=false")]
        if k == 2:
            kk, v = phi_env(p)
            return [T(f"Environment=\"{kk}=") + v + T("\"")]
        if k == 3:
            return [T(f"{sysl(t)} {host} systemd[1]: letter-print@") + V(sd_escape(p.full), "name") +
                    T(".service: Main process exited, code=exited, status=1/FAILURE")]
        return [T(f"{sysl(t)} {host} send-fax[{rng.randint(300, 90000)}]: ExecStart=/usr/bin/sendfax -n -d ") +
                V(fmt_phone(p.fax, "plain"), "fax") + T(" /var/spool/fax/outgoing/") + V(p.mrn, "mrn") + T("_records.pdf")]
    k = rng.randrange(5)
    if k == 0:
        return [T(f"{sysl(t)} {host} systemd[1]: Started nightly-claims@{REF_DAY.strftime('%Y%m%d')}.service - Nightly claims batch.")]
    if k == 1:
        return [T("ExecStart=/usr/bin/java -Xms256m -Xmx1g -Dlogging.config=/etc/hl7/logback.xml -jar /opt/hl7/hl7-gw.jar --port 6661")]
    if k == 2:
        return [T(f"{sysl(t)} {host} systemd[1]: mirth.service: Consumed {rng.randint(1, 59)}min {rng.randint(0, 59)}.{rng.randint(0, 999)}s CPU time, {rng.randint(100, 4000)}.{rng.randint(0, 9)}M memory peak.")]
    if k == 3:
        return [T("# /etc/systemd/system/reconcile-member@.service")]
    return [T(f"Environment=\"JAVA_OPTS=-Xmx2g -XX:MaxMetaspaceSize=256m\" \"TZ=America/New_York\"")]


def f_java_sysprops(phi):
    t = tick()
    p = pick()
    tc = f"{t.strftime('%d-%b-%Y %H:%M:%S')}.{t.microsecond // 1000:03d} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Command line argument: "
    if phi:
        k = rng.randrange(5)
        if k == 0:
            prop = rng.choice([("-Dtest.patient.mrn=", V(p.mrn, "mrn")), ("-Dseed.patient.name=", V(p.full, "name")),
                               ("-Dfixture.member.id=", V(p.member, "health_plan")), ("-Dtest.patient.dob=", V(fmt_date(p.dob, "iso"), "date")),
                               ("-Dqa.login.email=", V(p.email, "email"))])
            return [T(tc + prop[0]) + prop[1]]
        if k == 1:
            return [T(f"{l4j(t, '.')}  INFO 1 --- [           main] c.m.portal.StartupDiagnostics             : JVM input arguments: [-Xms512m, -Xmx2g, -Dfile.encoding=UTF-8, -Dsmoke.patient.ssn=") +
                    V(p.ssn, "ssn") + T(", -Dsmoke.patient.zip=") + V(p.zip, "zip") + T(", -XX:+UseG1GC]")]
        if k == 2:
            return [T(rng.choice(["fixture.patient.phone=", "test.guarantor.phone="])) + V(fmt_phone(p.phone, "paren"), "phone")]
        if k == 3:
            return [T("Picked up JAVA_TOOL_OPTIONS: -javaagent:/otel/opentelemetry-javaagent.jar -Dtest.pt.card=") + V(p.card, "account") +
                    T(" -Dtest.pt.name=") + V(p.full.replace(" ", "_"), "name")]
        return [T(f"{l4j(t)} DEBUG [main] c.n.e2e.Config - System.getProperties(): {{java.version=21.0.4, e2e.patient.lastName=") +
                V(p.last, "name") + T(", e2e.patient.medicaidId=") + V(p.medicaid, "health_plan") + T(", user.timezone=UTC, os.arch=amd64}")]
    k = rng.randrange(5)
    if k == 0:
        return [T(tc + rng.choice(["-Djava.util.logging.config.file=/usr/local/tomcat/conf/logging.properties",
                                   "-Djdk.tls.ephemeralDHKeySize=2048", "-Dcatalina.base=/usr/local/tomcat", "-Xmx3072m",
                                   "-Djava.protocol.handler.pkgs=org.apache.catalina.webresources", "-Dorg.apache.catalina.security.SecurityListener.UMASK=0027"]))]
    if k == 1:
        return [T("-- listing properties --")]
    if k == 2:
        return [T(rng.choice(["java.vm.version=21.0.4+7-LTS", "java.runtime.version=21.0.4+7-LTS", "user.timezone=UTC",
                              "sun.arch.data.model=64", "java.class.version=65.0", "file.encoding=UTF-8", "test.patient.count=250",
                              "fixture.dob.pattern=yyyy-MM-dd"]))]
    if k == 3:
        return [T(f"{l4j(t, '.')}  INFO 1 --- [           main] c.m.portal.StartupDiagnostics             : JVM input arguments: [-Xms512m, -Xmx2g, -Dfile.encoding=UTF-8, -Duser.timezone=UTC, -XX:+UseG1GC, -XX:MaxRAMPercentage=75.0]")]
    return [T(f"{t.strftime('%d-%b-%Y %H:%M:%S')}.{t.microsecond // 1000:03d} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/10.1.{rng.randint(20, 31)}")]


def yq(v):
    """YAML scalar: quote when it would otherwise be read as a number/date"""
    s = flat(v)
    if s[:1].isdigit() or s.startswith("+") or s.startswith("("):
        return T('"') + v + T('"')
    return v


def f_k8s_configmap(phi):
    p = pick()
    tick()
    L = [T("apiVersion: v1"), T("kind: ConfigMap"), T("metadata:"), T(f"  name: {rng.choice(['e2e-fixtures', 'smoke-test-data', 'portal-qa-seed'])}"),
         T("  namespace: portal-qa"), T(f"  resourceVersion: \"{rng.randint(1000000, 99999999)}\""), T(f"  uid: {uuid4()}"), T("data:")]
    items = env_pieces(p, phi, rng.randint(2, 4))
    for k, v in items:
        if flat(v).startswith("{"):
            L.append(T(f"  {k}: '") + v + T("'"))
        else:
            L.append(T(f"  {k}: ") + yq(v))
    L.append(T("  application.properties: |"))
    L.append(T("    spring.jpa.open-in-view=false"))
    if phi:
        L.append(T("    test.member.id=") + V(p.member, "health_plan"))
        L.append(T("    test.member.dob=") + V(fmt_date(p.dob, "iso"), "date"))
    L.append(T(f"    server.port={rng.choice([8080, 8443])}"))
    return L


def f_k8s_secret(phi):
    p = pick()
    t = tick()
    name = rng.choice(["e2e-credentials", "fixture-secrets", "smoke-login"])
    data = [("DB_PASSWORD", T(b64(hexs(20).encode()))), ("API_KEY", T(b64(hexs(32).encode())))]
    plain = []
    if phi:
        for _ in range(rng.randint(2, 3)):
            k, v = phi_env(p)
            if any(k == x[0] for x in data):
                continue
            data.append((k, V(b64(flat(v).encode("utf-8")), topcat(v))))
            plain.append((k, v))
    rng.shuffle(data)
    L = [T(f"$ kubectl get secret {name} -n portal-qa -o yaml"), T("apiVersion: v1"), T("data:")]
    for k, v in data:
        L.append(T(f"  {k}: ") + v)
    L += [T("kind: Secret"), T("metadata:"), T("  annotations:")]
    lac = [("apiVersion", "v1"), ("kind", "Secret"), ("metadata", jobj([("name", name), ("namespace", "portal-qa")])), ("type", "Opaque")]
    if plain and rng.random() < 0.6:
        lac.insert(2, ("stringData", jobj([(k, Raw(jval(v))) for k, v in plain])))
    L.append(T("    kubectl.kubernetes.io/last-applied-configuration: |"))
    L.append(T("      ") + J(jobj(lac)))
    L += [T(f"  creationTimestamp: \"{t.strftime('%Y-%m-%dT%H:%M:%SZ')}\""), T(f"  name: {name}"), T("  namespace: portal-qa"),
          T(f"  uid: {uuid4()}"), T("type: Opaque")]
    return L


def f_kubectl_describe(phi):
    t = tick()
    p = pick()
    pod = f"e2e-runner-{hexs(9)}-{alnum(5, 'abcdefghjkmnpqrstuvwxyz0123456789')}"
    nip = f"10.0.{rng.randint(0, 63)}.{rng.randint(2, 254)}"
    L = [T(f"Name:             {pod}"), T("Namespace:        portal-qa"), T("Priority:         0"),
         T(f"Node:             ip-{nip.replace('.', '-')}.ec2.internal/{nip}"), T(f"Start Time:       {t.strftime('%a, %d %b %Y %H:%M:%S')} +0000"),
         T("Status:           Running"), T(f"IP:               10.42.{rng.randint(0, 255)}.{rng.randint(2, 254)}"), T("Containers:"), T("  runner:"),
         T(f"    Image:          {digits(12)}.dkr.ecr.us-east-1.amazonaws.com/e2e-runner:2.{rng.randint(0, 9)}.{rng.randint(0, 30)}"),
         T(f"    Image ID:       {digits(12)}.dkr.ecr.us-east-1.amazonaws.com/e2e-runner@sha256:{hexs(64)}"), T("    Environment:")]
    items = env_pieces(p, phi, rng.randint(2, 4))
    items.append(("DB_PASSWORD", T("<set to the key 'password' in secret 'db-creds'>  Optional: false")))
    w = max(len(k) for k, _ in items) + 2
    for k, v in items:
        L.append(T(f"      {(k + ':').ljust(w)}") + v)
    L.append(T("    Mounts:"))
    L.append(T(f"      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-{alnum(5, 'abcdefghjkmnpqrstuvwxyz0123456789')} (ro)"))
    return L


# ---------------------------------------------------------------- client / framework debug logs
def f_urllib3(phi):
    t = tick()
    p = pick()
    host = rng.choice(API_HOSTS)
    if phi:
        return [T(f"DEBUG:urllib3.connectionpool:https://{host}:443 \"{rng.choice(['GET', 'GET', 'POST'])} ") + phi_path(p) +
                T(f" HTTP/1.1\" {rng.choice([200, 200, 404, 422])} {rng.choice(['None', str(rng.randint(2, 90000))])}")]
    k = rng.randrange(3)
    if k == 0:
        return [T(f"DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): {host}:443")]
    if k == 1:
        return [T(f"DEBUG:urllib3.connectionpool:https://{host}:443 \"GET {clean_path()} HTTP/1.1\" 200 {rng.randint(2, 90000)}")]
    return [T(f"DEBUG:urllib3.util.retry:Incremented Retry for (url='{clean_path()}'): Retry(total=2, connect=None, read=None, redirect=None, status=None)")]


def pyb(s):
    """escape as inside python bytes repr b'...'"""
    return s.replace("\\", "\\\\").replace("'", "\\'").replace("\r", "\\r").replace("\n", "\\n")


def pyb_utf8(s):
    return "".join(ch if ord(ch) < 128 else "".join(f"\\x{b:02x}" for b in ch.encode("utf-8")) for ch in pyb(s))


def f_httpclient_debug(phi):
    t = tick()
    p = pick()
    host = rng.choice(API_HOSTS)
    if phi:
        k = rng.randrange(3)
        if k == 0:
            hn, hv = phi_header(p, host)
            req = (T(f"POST /v1/eligibility/inquiry HTTP/1.1\r\nHost: {host}\r\nUser-Agent: python-requests/2.32.3\r\n{hn}: ") +
                   hv + T("\r\nContent-Type: application/json\r\n\r\n"))
            return [T("send: b'") + enc(req, pyb_utf8) + T("'")]
        if k == 1:
            body = J(jobj([("subscriber", jobj([("firstName", p.first, "name"), ("lastName", p.last, "name"),
                                                ("dateOfBirth", fmt_date(p.dob, "compact"), "date"), ("memberId", p.member, "health_plan")])),
                           ("serviceTypeCodes", Raw(J(jarr(["30"]))))], sp=True))
            return [T("send: b'") + enc(body, pyb_utf8) + T("'")]
        return [T("header: Set-Cookie: pt_session=") + T(b64u(rbytes(18))) + T("; pt_mrn=") + V(p.mrn, "mrn") + T("; Path=/; HttpOnly")]
    k = rng.randrange(4)
    if k == 0:
        return [T("reply: 'HTTP/1.1 200 OK\\r\\n'")]
    if k == 1:
        return [T(f"header: Date: {http_date(t)}")]
    if k == 2:
        return [T(f"header: X-Request-Id: {uuid4()}")]
    return [T(f"send: b'GET {clean_path()} HTTP/1.1\\r\\nHost: {host}\\r\\nUser-Agent: python-requests/2.32.3\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\n\\r\\n'")]


def goq(s):
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")


def f_go_dump(phi):
    t = tick()
    p = pick()
    host = rng.choice(SVC_HOSTS).split(":")[0]
    hdrs = [T(f"Host: {host}\r\n"), T(f"User-Agent: Go-http-client/1.1\r\n"), T(f"Traceparent: {traceparent()}\r\n")]
    body = T("")
    if phi:
        n, v = phi_header(p)
        hdrs.insert(rng.randint(1, 3), T(n + ": ") + v + T("\r\n"))
        r = rng.random()
        if r < 0.25:
            body = J(jobj([("memberId", p.member, "health_plan"), ("cardSide", "front"),
                           ("image", "data:image/jpeg;base64," + jpeg_b64(), "photo")]))
        elif r < 0.7:
            body = J(jobj([("patient", jobj([("mrn", p.mrn, "mrn"), ("dob", fmt_date(p.dob, "iso"), "date"),
                                             ("phone", fmt_phone(p.phone, "dash"), "phone")])), ("reason", "refill")]))
        req = T(f"POST /v1/rx/requests HTTP/1.1\r\n") + sum(hdrs, []) + T("Content-Type: application/json\r\n\r\n") + body
    else:
        hdrs.append(T(f"Authorization: Bearer {tok_service()}\r\n"))
        body = J(jobj([("claim_id", f"CLM-2024-{digits(8)}"), ("priority", rng.randint(1, 5))]))
        req = T(f"POST /v1/claims/requeue HTTP/1.1\r\n") + sum(hdrs, []) + T("Content-Type: application/json\r\n\r\n") + body
    return [T(f"{ngx(t)} httputil: request dump: \"") + enc(req, goq) + T("\"")]


def f_pino(phi):
    t = tick()
    p = pick()
    hdrs = [("host", rng.choice(PORTAL_HOSTS)), ("user-agent", ua()), ("x-request-id", uuid4())]
    body = None
    url = T(clean_path())
    if phi:
        k = rng.randrange(4)
        if k == 3:
            url = T("/api/v1/biometrics/face/enroll")
            body = jobj([("patientId", p.mrn, "mrn"), ("model", "arcface-r100"), ("embedding", Raw(V(face_vec(), "biometric")))])
        elif k == 0:
            url = phi_path(p)
        elif k == 1:
            n, v = phi_header(p)
            hdrs.insert(1, (n.lower(), v))
        else:
            url = T("/api/v1/profile/photo")
            body = jobj([("patientId", p.mrn, "mrn"),
                         ("photo", Raw(jval(V("data:image/" + (("jpeg;base64," + jpeg_b64()) if rng.random() < 0.5 else ("png;base64," + png_b64())), "photo"))))])
    req_items = [("id", rng.randint(1, 90000)), ("method", "POST" if body else "GET"), ("url", Raw(jval(url))),
                 ("headers", jobj([(n, Raw(jval(v if isinstance(v, list) else v))) for n, v in hdrs])),
                 ("remoteAddress", f"::ffff:{priv_ip()}"), ("remotePort", rng.randint(30000, 65000))]
    if body:
        req_items.append(("body", body))
    items = [("level", 30), ("time", epoch_ms(t)), ("pid", rng.randint(1, 400)), ("hostname", f"portal-bff-{hexs(9)}-{alnum(5, 'abcdefghjkmnpqrstuvwxyz0123456789')}"),
             ("req", jobj(req_items)), ("res", jobj([("statusCode", rng.choice([200, 200, 204, 400]))])),
             ("responseTime", round(rng.uniform(1, 900), 3)), ("msg", "request completed")]
    return [J(jobj(items))]


def f_kong(phi):
    t = tick()
    p = pick()
    host = rng.choice(API_HOSTS)
    qsd = []
    hd = [("host", host), ("user-agent", ua() if phi else rng.choice(UAS + BOT_UAS)), ("x-consumer-username", rng.choice(["member-ios", "portal-web", "partner-acme"]))]
    cip = T(priv_ip())
    uri = T(clean_path().split("?")[0])
    if phi:
        k = rng.randrange(5)
        if k == 3:
            o = pick(old=True)
            qsd = [("mrn", o.mrn, "mrn"), ("age", str(o.age), "age")]
            uri = T("/cds/v1/fall-risk")
        elif k == 4:
            hd.append(("x-face-template", V(b64(b"FAC\x00" + rbytes(rng.randint(90, 160))), "biometric")))
            uri = T("/idv/v1/face/match")
        elif k == 0:
            qsd = [("mrn", p.mrn, "mrn"), ("include", "allergies")]
            uri = T("/ehr/v1/chart")
        elif k == 1:
            qsd = [("memberId", p.member, "health_plan"), ("dob", fmt_date(p.dob, "iso"), "date")]
            uri = T("/payer/v1/eligibility")
        else:
            n, v = phi_header(p, host)
            hd.append((n.lower(), v))
        if rng.random() < 0.6:
            cip = V(p.ip, "ip")
    reqo = jobj([("method", "GET"), ("uri", Raw(jval(uri))), ("url", Raw(jval(T(f"https://{host}:8443") + uri))),
                 ("querystring", jobj(qsd)), ("headers", jobj([(n, Raw(jval(v if isinstance(v, list) else v))) for n, v in hd])),
                 ("size", rng.randint(100, 2000))])
    items = [("request", reqo), ("response", jobj([("status", rng.choice([200, 200, 401, 429])), ("size", rng.randint(100, 90000))])),
             ("client_ip", Raw(T('"') + cip + T('"'))), ("started_at", epoch_ms(t)),
             ("latencies", jobj([("proxy", rng.randint(1, 900)), ("kong", rng.randint(0, 20)), ("request", rng.randint(1, 950))])),
             ("service", jobj([("name", rng.choice(["ehr-chart", "eligibility", "scheduling"])), ("host", rng.choice(SVC_HOSTS).split(":")[0]), ("port", 8080)])),
             ("route", jobj([("id", uuid4()), ("paths", Raw(J(jarr([flat(uri)]))))])), ("upstream_uri", Raw(jval(uri)))]
    return [J(jobj(items))]


def f_spring_reqlog(phi):
    t = tick()
    p = pick()
    pre = T(f"{l4j(t, '.')} DEBUG 1 --- [nio-8080-exec-{rng.randint(1, 20)}] o.s.w.f.CommonsRequestLoggingFilter     : ")
    if phi:
        k = rng.randrange(4)
        if k == 0:
            its = [("first_name", p.first, "name"), ("last_name", p.last, "name"), ("dob", fmt_date(p.dob, "us"), "date"),
                   ("ssn", p.ssn, "ssn"), ("consent", "on")]
            if p.age > 89:
                its.insert(3, ("age", str(p.age), "age"))
            else:
                its.insert(3, ("age", str(p.age)))
            if rng.random() < 0.4:
                its.append(("homepage", p.url, "url"))
            payload = qs(its, plus=True)
            return [pre + T(f"After request [POST /intake/submit?source=kiosk, client={priv_ip()}, payload=") + payload + T("]")]
        if k == 1:
            payload = qs([("cardholder", p.rel_name, "name"), ("cc_number", p.card, "account"),
                          ("exp", f"{rng.randint(1, 12):02d}/{rng.randint(25, 30)}"), ("billing_zip", p.zip, "zip"), ("amount", f"{rng.randint(10, 900)}.00")], plus=True)
            return [pre + T(f"After request [POST /billing/pay, client={priv_ip()}, session={HEXS(32)}, payload=") + payload + T("]")]
        if k == 2:
            n, v = phi_header(p)
            return [pre + T(f"Before request [GET /api/chart, client={priv_ip()}, headers=[host:\"{rng.choice(API_HOSTS)}\", {n.lower()}:\"") + v +
                    T(f"\", accept:\"application/json\"]]")]
        r = rng.random()
        if r < 0.35:
            payload = qs([("kioskId", f"K-{rng.randint(10, 99)}"), ("finger", "R_INDEX"), ("template", fp_template(), "biometric"),
                          ("mrn", p.mrn, "mrn")], plus=True)
            return [pre + T(f"After request [POST /api/v1/checkin/biometric, client={priv_ip()}, payload=") + payload + T("]")]
        if r < 0.7:
            payload = qs([("patientId", p.mrn, "mrn"), ("photo", "data:image/jpeg;base64," + jpeg_b64(), "photo")], plus=True)
            return [pre + T(f"After request [POST /api/v1/profile/photo, client={priv_ip()}, payload=") + payload + T("]")]
        payload = qs([("dl_number", p.dl, "license"), ("dl_state", p.state), ("plate", p.plate, "vehicle"),
                      ("visitor", p.rel_name, "name")], plus=True)
        return [pre + T(f"After request [POST /security/visitor-parking, client={priv_ip()}, payload=") + payload + T("]")]
    k = rng.randrange(3)
    if k == 0:
        return [pre + T(f"Before request [GET {clean_path()}, client={priv_ip()}]")]
    if k == 1:
        return [pre + T(f"After request [POST /api/v1/jobs, client={priv_ip()}, payload={{\"job\":\"reindex\",\"shards\":{rng.randint(1, 32)}}}]")]
    return [pre + T(f"After request [GET /actuator/prometheus, client={priv_ip()}, headers=[user-agent:\"Prometheus/2.51.0\", accept:\"text/plain;version=0.0.4\"]]")]


def pyr(v):
    """pieces -> python str repr content (quote char chosen like repr())"""
    s = flat(v)
    qc = '"' if ("'" in s and '"' not in s) else "'"
    return qc, enc(v, lambda x: x.replace("\\", "\\\\") if qc == '"' else x.replace("\\", "\\\\").replace("'", "\\'"))


def f_django(phi):
    t = tick()
    p = pick()
    items = [("csrfmiddlewaretoken", T(b64u(rbytes(48))))]
    if phi:
        k = rng.randrange(4)
        if k == 3:
            o = pick(old=True)
            items += [("patient_name", V(o.full, "name")), ("age", V(str(o.age), "age")), ("home_fax", V(fmt_phone(o.fax, "dots"), "fax")),
                      ("drivers_license", V(o.dl, "license")), ("dl_state", T(o.state)), ("preferred_language", T("Polski"))]
        elif k == 0:
            items += [("first_name", V(p.first, "name")), ("last_name", V(p.last, "name")),
                      ("date_of_birth", V(fmt_date(p.dob, "iso"), "date")), ("phone", V(fmt_phone(p.phone, "paren"), "phone")),
                      ("email", V(p.email, "email"))]
        elif k == 1:
            items += [("emergency_contact", V(p.rel_name, "name")), ("relationship", T(p.rel_kind)),
                      ("ec_phone", V(fmt_phone(p.rel_phone, "dash"), "phone")), ("address1", V(p.street, "address")),
                      ("city", V(p.city, "address")), ("state", T(p.state)), ("zip", V(p.zip, "zip"))]
        else:
            items += [("insurance_member_id", V(p.member, "health_plan")), ("group_no", T(f"GRP{digits(6)}")),
                      ("subscriber_dob", V(fmt_date(p.dob, "us"), "date")), ("website", V(p.url, "url"))]
        path = rng.choice(["/intake/", "/register/step-2/", "/es/registro/"])
    else:
        items += [("q", T(rng.choice(["cardiology", "flu shot", "parking"]))), ("page", T(str(rng.randint(1, 9))))]
        path = rng.choice(["/search/", "/locations/", "/faq/"])
    out = T(f"[{t.strftime('%d/%b/%Y %H:%M:%S')}] DEBUG django.request: POST {path} <QueryDict: {{")
    for i, (k, v) in enumerate(items):
        qc, ev = pyr(v)
        out += T((", " if i else "") + f"'{k}': [{qc}") + ev + T(f"{qc}]")
    return [out + T("}>")]


# ================================================================ driver
SINGLES = [
    ("nginx_combined", f_nginx_combined), ("apache_vhost_combined", f_apache_vhost), ("envoy_access_text", f_envoy_text),
    ("istio_access_json", f_istio_json), ("traefik_access_json", f_traefik_json), ("haproxy_httplog", f_haproxy),
    ("aws_alb_access", f_aws_alb), ("cloudfront_access_tsv", f_cloudfront), ("iis_w3c", f_iis),
    ("http_header_dump", f_http_header_log), ("set_cookie_log", f_set_cookie), ("jwt_bearer_log", f_jwt_log),
    ("oidc_session_log", f_oidc), ("base64_body_log", f_b64_body), ("curl_cmdline", f_curl_cmd),
    ("httpie_cmdline", f_httpie), ("wget_cmd_output", f_wget), ("grpc_metadata", f_grpc_metadata),
    ("grpcurl_cmdline", f_grpcurl), ("docker_run_cmdline", f_docker_run), ("ps_aux", f_ps_aux),
    ("auditd_execve", f_auditd), ("systemd_unit_journal", f_systemd), ("java_sysprops", f_java_sysprops),
    ("urllib3_debug", f_urllib3), ("python_httpclient_debug", f_httpclient_debug), ("go_httputil_dump", f_go_dump),
    ("pino_json", f_pino), ("kong_http_log", f_kong), ("spring_request_logging", f_spring_reqlog),
    ("django_querydict", f_django), ("har_entry_ndjson", f_har_entry), ("docker_inspect_format", f_docker_inspect_fmt),
]
BLOCKS = [
    ("curl_verbose", f_curl_verbose, True),
    ("har", f_har, True), ("printenv", f_printenv, True),
    ("k8s_configmap_yaml", f_k8s_configmap, True),
    ("k8s_secret_yaml", f_k8s_secret, True), ("kubectl_describe_pod", f_kubectl_describe, True),
    ("nginx_debug", f_nginx_debug, True),
]


def build():
    lines = []
    blocks = BLOCKS[:]
    rng.shuffle(blocks)
    at = sorted(rng.sample(range(5, 330), len(blocks)))
    cycle = []
    nonphi = 0
    fam_stat = {}
    while len(lines) < N_LINES:
        if blocks and len(lines) >= at[0]:
            name, fn, phi = blocks.pop(0)
            at.pop(0)
            for pc in fn(phi):
                ln = Line(name, pc)
                lines.append(ln)
                nonphi += 0 if ln.spans else 1
            continue
        if not cycle:
            cycle = SINGLES[:]
            rng.shuffle(cycle)
        name, fn = cycle.pop()
        remaining = N_LINES - len(lines)
        need = TARGET_NONPHI - nonphi
        if blocks:
            est_lines = 22 * len(blocks)
            est_nonphi = 16 * len(blocks)
            frac = min(0.8, max(0.15, (need - est_nonphi) / max(1, remaining - est_lines)))
        else:
            frac = need / remaining
        fs = fam_stat.setdefault(name, [0, 0])
        if need <= 0:
            phi = True
        elif need >= remaining:
            phi = False
        else:
            phi = (fs[0] + rng.uniform(0.0, 0.6)) / (fs[1] + 1) >= frac
        fs[1] += 1
        fs[0] += 0 if phi else 1
        out = fn(phi)
        assert len(out) == 1, name
        ln = Line(name, out[0])
        assert bool(ln.spans) == phi, (name, phi, ln.text[:300])
        lines.append(ln)
        nonphi += 0 if ln.spans else 1
    assert len(lines) == N_LINES, len(lines)
    return lines


def main():
    lines = build()
    log_path = os.path.join(HERE, f"{CORPUS_ID}.log")
    lab_path = os.path.join(HERE, f"{CORPUS_ID}.labels.jsonl")
    with open(log_path, "wb") as f:
        for ln in lines:
            f.write(ln.raw + b"\n")
    with open(lab_path, "w", encoding="utf-8", newline="\n") as f:
        for i, ln in enumerate(lines, 1):
            f.write(json.dumps({"line": i, "family": ln.fam,
                                "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in ln.spans]},
                               ensure_ascii=False) + "\n")
    # ---- independent verification from the written files
    data = open(log_path, "rb").read()
    assert data.endswith(b"\n")
    raw_lines = data[:-1].split(b"\n")
    assert len(raw_lines) == N_LINES, len(raw_lines)
    labs = [json.loads(x) for x in open(lab_path, encoding="utf-8")]
    assert len(labs) == N_LINES
    for lab, ln, rl in zip(labs, lines, raw_lines):
        assert len(rl) <= MAX_BYTES
        rl.decode("utf-8")
        prev_e = -1
        for sp, ref in zip(lab["spans"], ln.spans):
            assert sp["cat"] in CATS
            got = rl[sp["s"]:sp["e"]].decode("utf-8")
            if got != ref["_v"]:
                raise SystemExit(f"SPAN MISMATCH line {lab['line']}: {got!r} != {ref['_v']!r}")
            assert sp["s"] >= prev_e, f"overlap line {lab['line']}"
            assert sp["e"] > sp["s"]
            prev_e = sp["e"]
    # ---- stats
    cnt = {}
    fams = {}
    for ln in lines:
        fams[ln.fam] = fams.get(ln.fam, 0) + 1
        for s in ln.spans:
            cnt[s["cat"]] = cnt.get(s["cat"], 0) + 1
    nonphi = sum(1 for ln in lines if not ln.spans)
    if "-q" not in sys.argv:
        print(f"lines={len(lines)} nonphi={nonphi} ({nonphi / len(lines):.1%}) spans={sum(cnt.values())}")
        print("per category:", json.dumps({c: cnt.get(c, 0) for c in CATS}))
        print(f"families ({len(fams)}):", json.dumps(fams))


if __name__ == "__main__":
    main()
