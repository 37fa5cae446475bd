#!/usr/bin/env python3
"""gen_e.py - deterministic generator of a synthetic, labeled cloud/platform log corpus
for evaluating a PHI detector.

Writes e.log and e.labels.jsonl next to this script.
Labels: {"line": N, "family": F, "spans": [{"s": byte_start, "e": byte_end, "cat": C}]}
All people, numbers and addresses are synthetic. Standard library only.
"""
import base64
import ipaddress
import json
import os
import random
import unicodedata
from collections import Counter
from datetime import date, datetime, timedelta
from urllib.parse import quote, quote_plus

SEED = 20240504
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
LINES_PER_FAMILY = 75
CLEAN_PER_FAMILY = 34
FAMILIES = ["lambda", "alb_apigw", "azure", "ecs_datadog", "queue", "logstash", "twilio_sms", "browser"]
CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan",
        "account", "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"]

# ----------------------------------------------------------------------------------------------
# segments: a line is built as a list of (text, cat_or_None); offsets are computed at the end
# ----------------------------------------------------------------------------------------------


def seg(*parts):
    out = []
    for x in parts:
        if x is None:
            continue
        if isinstance(x, str):
            if x:
                out.append((x, None))
        elif isinstance(x, tuple):
            if x[0]:
                out.append(x)
        else:
            for y in x:
                out.extend(seg(y))
    return out


def P(v, c):
    assert c in CATS, c
    assert v
    return (v, c)


def joinsegs(items, sep):
    out = []
    for i, it in enumerate(items):
        if i:
            out.append((sep, None))
        out.extend(seg(it))
    return out


class Str:
    """A string value made of segments (quoted by serialisers)."""

    def __init__(self, *parts):
        self.segs = seg(*parts)


class Lit(Str):
    """Emitted verbatim (numbers, ruby timestamps)."""


class O(list):
    """Ordered object: list of (key, value)."""


class A(list):
    """Array."""


class Tup(list):
    """Python tuple (for repr-style logs)."""


def jx(t):
    return json.dumps(t, ensure_ascii=False)[1:-1]


def ser_json(v, sp=False):
    cs, kv = (", ", ": ") if sp else (",", ":")
    if isinstance(v, Lit):
        return list(v.segs)
    if isinstance(v, Str):
        return seg('"', [(jx(t), c) for t, c in v.segs], '"')
    if isinstance(v, O):
        out = [("{", None)]
        for i, (k, x) in enumerate(v):
            if i:
                out.append((cs, None))
            out.append(('"%s"%s' % (jx(k), kv), None))
            out.extend(ser_json(x, sp))
        out.append(("}", None))
        return out
    if isinstance(v, (A, Tup)):
        out = [("[", None)]
        for i, x in enumerate(v):
            if i:
                out.append((cs, None))
            out.extend(ser_json(x, sp))
        out.append(("]", None))
        return out
    return [(json.dumps(v, ensure_ascii=False), None)]


def rx(t):
    return t.replace("\\", "\\\\").replace('"', '\\"')


def ser_ruby(v, arrow=" => ", cs=", ", ob="{ ", cb=" }"):
    if isinstance(v, Lit):
        return list(v.segs)
    if isinstance(v, Str):
        return seg('"', [(rx(t), c) for t, c in v.segs], '"')
    if isinstance(v, O):
        out = [(ob, None)]
        for i, (k, x) in enumerate(v):
            if i:
                out.append((cs, None))
            out.append(('"%s"%s' % (rx(k), arrow), None))
            out.extend(ser_ruby(x, arrow, cs, ob, cb))
        out.append((cb, None))
        return out
    if isinstance(v, (A, Tup)):
        out = [("[", None)]
        for i, x in enumerate(v):
            if i:
                out.append((cs, None))
            out.extend(ser_ruby(x, arrow, cs, ob, cb))
        out.append(("]", None))
        return out
    if v is True:
        return [("true", None)]
    if v is False:
        return [("false", None)]
    if v is None:
        return [("nil", None)]
    if isinstance(v, str):
        return [('"%s"' % rx(v), None)]
    return [(str(v), None)]


def ser_py(v):
    if isinstance(v, Lit):
        return list(v.segs)
    if isinstance(v, Str):
        for t, _ in v.segs:
            assert "'" not in t and "\\" not in t, t
        return seg("'", v.segs, "'")
    if isinstance(v, O):
        out = [("{", None)]
        for i, (k, x) in enumerate(v):
            if i:
                out.append((", ", None))
            out.append(("%r: " % k, None))
            out.extend(ser_py(x))
        out.append(("}", None))
        return out
    if isinstance(v, (A, Tup)):
        o, c = ("(", ")") if isinstance(v, Tup) else ("[", "]")
        out = [(o, None)]
        for i, x in enumerate(v):
            if i:
                out.append((", ", None))
            out.extend(ser_py(x))
        if isinstance(v, Tup) and len(v) == 1:
            out.append((",", None))
        out.append((c, None))
        return out
    return [(repr(v), None)]


def enc(t, mode):
    if mode == "plus":
        return quote_plus(t, safe="")
    if mode == "pct":
        return quote(t, safe="")
    return quote(t, safe="@:,")  # "loose"


def ser_query(pairs, mode="plus"):
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(("&", None))
        out.append((enc(k, mode) + "=", None))
        if isinstance(v, Str):
            out.extend([(enc(t, mode), c) for t, c in v.segs])
        else:
            out.append((enc(str(v), mode), None))
    return out


def encode_segs(segs, mode):
    return [(enc(t, mode), c) for t, c in seg(segs)]


def plain(v):
    """Flatten a value to segments without quoting (for key=value text)."""
    if isinstance(v, Str):
        return list(v.segs)
    return [(str(v), None)]


# ----------------------------------------------------------------------------------------------
# random helpers
# ----------------------------------------------------------------------------------------------
HEX = "0123456789abcdef"
DIG = "0123456789"
UPA = "ABCDEFGHJKLMNPRSTUVWXYZ"


def hexs(n):
    return "".join(R.choice(HEX) for _ in range(n))


def digits(n):
    return "".join(R.choice(DIG) for _ in range(n))


def uid():
    return f"{hexs(8)}-{hexs(4)}-4{hexs(3)}-{R.choice('89ab')}{hexs(3)}-{hexs(12)}"


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(n):
    return base64.b64encode(rbytes(n)).decode()


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ACCOUNTS = ["123456789012", "418295730164", "770134528991", "302946117853"]
AWS_REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"]
AZ_REGIONS = ["eastus", "eastus2", "westeurope", "northeurope", "centralus", "westus3", "uksouth"]


class Clock:
    def __init__(self):
        self.t = datetime(2024, 5, 2, 6, 0, 0, 0)

    def tick(self):
        self.t += timedelta(milliseconds=R.randint(40, 95000))
        return self.t

    def iso(self, frac=3):
        t = self.t
        base = t.strftime("%Y-%m-%dT%H:%M:%S")
        if frac == 0:
            return base + "Z"
        return base + "." + f"{t.microsecond:06d}"[:frac] + "Z"

    def epoch(self):
        return (self.t - datetime(1970, 1, 1)).total_seconds()

    def epoch_ms(self):
        return int(self.epoch() * 1000)

    def clf(self):
        t = self.t
        return f"{t.day:02d}/{MON[t.month-1]}/{t.year}:{t.strftime('%H:%M:%S')} +0000"

    def py(self):
        t = self.t
        return t.strftime("%Y-%m-%d %H:%M:%S") + "," + f"{t.microsecond//1000:03d}"


CLK = Clock()


# ----------------------------------------------------------------------------------------------
# people and identifier values
# ----------------------------------------------------------------------------------------------
FIRST = ["Maria", "Oluwaseun", "Chidi", "Priya", "Rahul", "Mei", "Wei", "Hiroshi", "Yuki", "Ahmed", "Fatima",
         "José", "Sofía", "Dmitri", "Olga", "Kwame", "Ama", "Liam", "Siobhan", "Aroha", "Tevita", "Thanh",
         "Minh", "Björn", "Ingrid", "Zoë", "Mateus", "Thiago", "Amara", "Kofi", "Leilani", "Keoni", "Anika",
         "Rafael", "Camila", "Yusuf", "Elif", "Mehmet", "Ji-woo", "Seo-yeon", "Aleksandra", "Tomasz", "Nia",
         "Rhys", "Dagny", "Esperanza", "Gideon", "Harriet", "Ignatius", "Noor", "Saoirse", "Bongani",
         "Lwazi", "Ayelet", "Tariq", "Xochitl", "Ramona", "Eero", "Henrike", "Marguerite", "Walter", "Beatriz"]
LAST = ["Okafor", "Adeyemi", "Patel", "Sharma", "Chen", "Nakamura", "Haddad", "Rahman", "García", "Hernández",
        "Ivanov", "Kowalski", "Mensah", "Boateng", "Ngata", "Fifita", "Nguyễn", "Lindqvist", "Müller", "Schäfer",
        "Kim", "Park", "Oliveira", "Santos", "Abernathy", "Whitfield", "Delacroix", "Achebe", "Mwangi",
        "Kariuki", "Tanaka", "Yilmaz", "Demir", "Novak", "Horváth", "Castillo", "Begay", "Yazzie", "Kealoha",
        "Papadopoulos", "Van der Berg", "Ó Súilleabháin", "Dlamini", "Ben-David", "Quispe", "Mahlangu",
        "Fairbanks", "Virtanen", "Brennan", "Løvold", "Szabó", "Rosenthal", "Al-Masri", "Grünewald"]
# (first, last, full, ascii_first, ascii_last)
NATIVE = [("Андрей", "Смирнов", "Андрей Смирнов", "andrey", "smirnov"),
          ("Ελένη", "Παπαδοπούλου", "Ελένη Παπαδοπούλου", "eleni", "papadopoulou"),
          ("芳", "王", "王芳", "fang", "wang"),
          ("민준", "김", "김민준", "minjun", "kim"),
          ("博", "田中", "田中 博", "hiroshi", "tanaka"),
          ("فاطمة", "حداد", "فاطمة حداد", "fatima", "haddad")]
STREETS = ["Maple Ridge", "Oak", "Cedar Hollow", "Magnolia", "Willow Creek", "Kingsley", "Prospect", "Harbor View",
           "Juniper", "Sycamore", "Lakeshore", "Briarwood", "Pinecrest", "Chestnut", "Elmwood", "Riverside",
           "Hawthorne", "Mission", "Alder", "Quail Run", "Tamarack", "Old Mill", "Saint Agnes", "Pueblo Vista"]
STYPES = ["St", "Ave", "Rd", "Dr", "Ln", "Blvd", "Ct", "Way", "Pl", "Ter", "Street", "Avenue", "Road", "Circle"]
CITIES = [("Springfield", "IL"), ("Dayton", "OH"), ("Tucson", "AZ"), ("Fresno", "CA"), ("Boise", "ID"),
          ("Albany", "NY"), ("Tacoma", "WA"), ("Knoxville", "TN"), ("Lubbock", "TX"), ("Savannah", "GA"),
          ("Duluth", "MN"), ("Provo", "UT"), ("Worcester", "MA"), ("Chattanooga", "TN"), ("Paterson", "NJ"),
          ("Yonkers", "NY"), ("Green Bay", "WI"), ("Rio Rancho", "NM"), ("Kalamazoo", "MI"),
          ("Cedar Rapids", "IA"), ("Sioux Falls", "SD"), ("Hilo", "HI"), ("Flagstaff", "AZ"), ("Lowell", "MA"),
          ("St. Petersburg", "FL"), ("Winston-Salem", "NC"), ("Bozeman", "MT"), ("Gallup", "NM")]
AREAS = ["617", "312", "415", "206", "713", "404", "503", "602", "702", "919", "646", "469", "720", "801", "414",
         "216", "305", "808", "907", "971", "512", "651", "860", "443", "385", "505", "208", "423"]
MAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "proton.me", "aol.com",
            "comcast.net", "gmx.de", "yahoo.co.uk"]
SPECIAL = {"ø": "o", "Ø": "O", "æ": "ae", "ß": "ss", "đ": "d", "ł": "l", "Ł": "L"}


def ascii_of(s):
    s = "".join(SPECIAL.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(ch for ch in s if ch.isalnum()).lower()


def fmt_date(d, st=None):
    st = st or R.choice(["iso", "iso", "us", "us", "dmy_mon", "compact", "mon_d_y", "us_short", "eu"])
    if st == "iso":
        return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
    if st == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if st == "dmy_mon":
        return f"{d.day:02d}-{MON[d.month-1]}-{d.year}"
    if st == "compact":
        return f"{d.year}{d.month:02d}{d.day:02d}"
    if st == "mon_d_y":
        return f"{MON[d.month-1]} {d.day}, {d.year}"
    if st == "us_short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if st == "eu":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if st == "isodt":
        return f"{d.year:04d}-{d.month:02d}-{d.day:02d}T{R.randint(0,23):02d}:{R.choice(['00','15','30','45'])}:00"
    raise ValueError(st)


def phone_digits():
    area = R.choice(AREAS)
    while True:
        ex = f"{R.randint(2,9)}{R.randint(0,9)}{R.randint(0,9)}"
        if ex[1:] != "11" and ex != "555":
            break
    return area + ex + digits(4)


def fmt_phone(d, st=None):
    st = st or R.choice(["paren", "dash", "dot", "e164", "intl_sp", "plain", "dash1"])
    a, e, l = d[:3], d[3:6], d[6:]
    return {"paren": f"({a}) {e}-{l}", "dash": f"{a}-{e}-{l}", "dot": f"{a}.{e}.{l}", "e164": f"+1{d}",
            "intl_sp": f"+1 {a} {e} {l}", "plain": d, "dash1": f"1-{a}-{e}-{l}"}[st]


def ssn_value():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g, s = R.randint(1, 99), R.randint(1, 9999)
    v = f"{a:03d}-{g:02d}-{s:04d}"
    if v in ("078-05-1120", "123-45-6789", "219-09-9999"):
        return ssn_value()
    return v if R.random() < 0.75 else v.replace("-", "")


def mrn_value():
    return R.choice([lambda: "MRN" + digits(7), lambda: "E" + digits(7), lambda: digits(8),
                     lambda: "MR-" + digits(6), lambda: "H" + digits(9), lambda: digits(3) + "-" + digits(5)])()


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi_value():
    an = MBI_L + DIG
    v = (str(R.randint(1, 9)) + R.choice(MBI_L) + R.choice(an) + R.choice(DIG) + R.choice(MBI_L) +
         R.choice(an) + R.choice(DIG) + R.choice(MBI_L) + R.choice(MBI_L) + R.choice(DIG) + R.choice(DIG))
    return v if R.random() < 0.5 else f"{v[:4]}-{v[4:7]}-{v[7:]}"


def member_value():
    return R.choice([mbi_value, lambda: R.choice(["XWB", "YLH", "ZGP", "JQU", "XEH"]) + digits(9),
                     lambda: "W" + digits(9), lambda: "U" + digits(8) + "01", lambda: "MBR-" + digits(10),
                     lambda: digits(9) + "-01"])()


def card_value():
    kind = R.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        body = "4" + digits(14)
    elif kind == "mc":
        body = "5" + str(R.randint(1, 5)) + digits(13)
    elif kind == "mc2":
        body = str(R.randint(2221, 2720)) + digits(11)
    elif kind == "amex":
        body = "3" + R.choice("47") + digits(12)
    else:
        body = "6011" + digits(11)
    n = body + luhn_digit(body)
    assert luhn_ok(n)
    st = R.random()
    if st < 0.55:
        return n
    sep = R.choice([" ", "-"])
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def iban_value():
    c = R.choice(["DE", "GB", "FR", "NL", "ES"])
    if c == "DE":
        bban = digits(18)
    elif c == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + digits(14)
    elif c == "FR":
        bban = digits(10) + alnum(11, "0123456789") + digits(2)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + digits(10)
    else:
        bban = digits(20)
    conv = "".join(str(int(ch, 36)) for ch in bban + c + "00")
    chk = 98 - int(conv) % 97
    v = f"{c}{chk:02d}{bban}"
    assert int("".join(str(int(ch, 36)) for ch in v[4:] + v[:4])) % 97 == 1
    if R.random() < 0.4:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


def license_value():
    return R.choice([lambda: R.choice(UPA) + digits(7),
                     lambda: R.choice(UPA) + digits(3) + "-" + digits(3) + "-" + digits(2) + "-" + digits(3) + "-" + digits(1),
                     lambda: f"{digits(3)} {digits(3)} {digits(3)}",
                     lambda: digits(8),
                     lambda: R.choice(UPA) + digits(3) + "-" + digits(4) + "-" + digits(4),
                     lambda: "WDL" + alnum(9)])()


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_value():
    wmi = R.choice(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "WBA", "KMH", "1G1", "4T1", "1C4", "5FN"])
    s = wmi + alnum(5, VIN_CH) + "0" + R.choice("ABCDEFGHJKLMNPRSTVWXY123456789") + alnum(1, VIN_CH) + digits(6)
    tot = sum((VIN_T[ch] if ch.isalpha() else int(ch)) * w for ch, w in zip(s, VIN_W))
    cd = tot % 11
    return s[:8] + ("X" if cd == 10 else str(cd)) + s[9:]


def plate_value():
    return R.choice([lambda: str(R.randint(1, 9)) + alnum(3, UPA) + digits(3), lambda: alnum(3, UPA) + "-" + digits(4),
                     lambda: alnum(3, UPA) + " " + digits(4), lambda: digits(3) + " " + alnum(3, UPA)])()


def imei_value():
    body = R.choice(["35", "35", "86", "01", "99"]) + digits(12)
    return body + luhn_digit(body)


def devsn_value(k):
    if "pump" in k.lower():
        return "NG" + digits(7) + R.choice("HKM")
    if "cgm" in k.lower():
        return "SM" + digits(8)
    if "pace" in k.lower() or "implant" in k.lower():
        return R.choice(["PJN", "RNB", "BLW"]) + digits(6) + "S"
    return R.choice(["HA-", "SN-", ""]) + alnum(10)


def pub_ip():
    if R.random() < 0.12:
        pre = R.choice(["2601", "2600:1700", "2a02", "2607:fb90", "2a01:cb00"]).split(":")
        groups = pre + [f"{R.randint(1, 0xffff):x}" for _ in range(8 - len(pre))]
        ip = ":".join(groups)
        ip = str(ipaddress.ip_address(ip))  # canonical compressed form
        assert ipaddress.ip_address(ip).is_global
        return ip
    while True:
        a = R.choice([24, 47, 50, 63, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 107, 108, 172, 173,
                      174, 184, 185, 188, 212, 217, 81, 82, 86, 90, 142, 162, 209])
        ip = f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
        if ipaddress.ip_address(ip).is_global:
            return ip


def priv_ip():
    ip = R.choice([lambda: f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                   lambda: f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                   lambda: f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}",
                   lambda: "127.0.0.1",
                   lambda: f"192.0.2.{R.randint(1, 254)}", lambda: f"198.51.100.{R.randint(1, 254)}",
                   lambda: f"203.0.113.{R.randint(1, 254)}",
                   lambda: f"100.{R.randint(64, 127)}.{R.randint(0, 255)}.{R.randint(1, 254)}"])()
    assert not ipaddress.ip_address(ip).is_global
    return ip


def jpeg_b64(n):
    return base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + rbytes(n)).decode()


def png_b64(n):
    return base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rbytes(n)).decode()


def photo_value():
    r = R.random()
    if r < 0.35:
        return "data:image/jpeg;base64," + jpeg_b64(R.randint(48, 120))
    if r < 0.55:
        return "data:image/png;base64," + png_b64(R.randint(48, 120))
    if r < 0.8:
        return jpeg_b64(R.randint(48, 130))
    return png_b64(R.randint(48, 130))


def biometric_value(k):
    kl = k.lower()
    if "iris" in kl:
        return hexs(128)
    if "voice" in kl:
        return base64.b64encode(b"VPRT\x02\x00" + rbytes(R.randint(40, 80))).decode()
    if "face" in kl:
        return base64.b64encode(rbytes(R.randint(48, 96))).decode()
    if "palm" in kl:
        return base64.b64encode(b"PVT1" + rbytes(R.randint(40, 80))).decode()
    return base64.b64encode(b"FMR\x00 20\x00" + rbytes(R.randint(40, 90))).decode()


def nhs_value():
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        d[0] = R.randint(4, 7)
        c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        if c == 11:
            c = 0
        if c != 10:
            s = "".join(map(str, d)) + str(c)
            return f"{s[:3]} {s[3:6]} {s[6:]}" if R.random() < 0.6 else s


def other_id_value(k, p):
    kl = k.lower()
    if "nhs" in kl:
        return nhs_value()
    if "curp" in kl:
        d = p.dob
        return (alnum(4, UPA) + f"{d.year % 100:02d}{d.month:02d}{d.day:02d}" + R.choice("HM") +
                R.choice(["DF", "JC", "NL", "MC", "PL"]) + alnum(3, "BCDFGHJKLMNPQRSTVWXZ") + alnum(1) + digits(1))
    if "alien" in kl:
        return "A" + digits(9)
    if "national" in kl:
        return R.choice([lambda: digits(11), lambda: alnum(2, UPA) + digits(6) + R.choice("ABCD")])()
    return R.choice([lambda: R.choice("CEX") + digits(8), lambda: digits(9), lambda: alnum(2, UPA) + digits(7)])()


def url_value(p):
    f, l = p.afirst, p.alast
    return R.choice([f"https://www.facebook.com/{f}.{l}.{R.randint(10, 99)}",
                     f"https://www.linkedin.com/in/{f}-{l}-{hexs(6)}",
                     f"https://instagram.com/{f}{l}_{R.randint(1, 99)}",
                     f"https://x.com/{f}_{l}{R.randint(1, 99)}",
                     f"https://{f}{l}.wordpress.com",
                     f"https://www.tiktok.com/@{f}.{l}{R.randint(1, 999)}"])


class Person:
    def __init__(self, old=False):
        if R.random() < 0.08:
            self.first, self.last, self.full, self.afirst, self.alast = R.choice(NATIVE)
            self.native = True
        else:
            self.first, self.last = R.choice(FIRST), R.choice(LAST)
            self.full = f"{self.first} {self.last}"
            if R.random() < 0.12:
                self.full = f"{self.first} {R.choice(UPA)}. {self.last}"
            self.afirst, self.alast = ascii_of(self.first), ascii_of(self.last)
            self.native = False
        if old:
            self.age = R.randint(90, 104)
            self.dob = date(2024 - self.age - 1, R.randint(6, 12), R.randint(1, 28))
        else:
            self.dob = date(R.randint(1936, 2008), R.randint(1, 12), R.randint(1, 28))
            self.age = 2024 - self.dob.year - (1 if (self.dob.month, self.dob.day) > (5, 2) else 0)
        self.street = f"{R.randint(2, 19999)} {R.choice(STREETS)} {R.choice(STYPES)}"
        if R.random() < 0.3:
            self.street += R.choice([" Apt 4B", f" Unit {R.randint(1, 40)}", f" #{R.randint(100, 999)}", f" Apt {R.randint(1, 30)}{R.choice('ABCD')}"])
        self.city, self.state = R.choice(CITIES)
        self.zip = f"{R.randint(1001, 99950):05d}"
        self.phone = phone_digits()
        sep = R.choice([".", "_", "", "."])
        self.email = f"{self.afirst}{sep}{self.alast}{R.choice(['', str(R.randint(1, 99)), str(self.dob.year % 100)])}@{R.choice(MAIL_DOM)}"

    def name_variant(self):
        r = R.random()
        if self.native or r < 0.55:
            return self.full
        if r < 0.8:
            return f"{self.last}, {self.first}"
        if r < 0.9:
            return f"{self.last.upper()}, {self.first.upper()}"
        return f"{self.last.upper()}^{self.first.upper()}"


# ----------------------------------------------------------------------------------------------
# PHI fields and phrases
# ----------------------------------------------------------------------------------------------
KEYS = {
    "name_full": ["patientName", "patient_name", "ptName", "pt_nm", "fullName", "memberName", "subscriber_name",
                  "guarantorName", "displayName", "pt_full_name"],
    "name_split": [("ptFirst", "ptLast"), ("first_name", "last_name"), ("fname", "lname"),
                   ("givenName", "familyName"), ("patient.first", "patient.last"), ("FirstName", "LastName"),
                   ("firstNm", "lastNm")],
    "name_rel": ["nextOfKin", "emergencyContactName", "motherName", "spouse_name", "parentGuardian", "nok_name",
                 "caregiverName"],
    "dob": ["dob", "dobStr", "DOB", "birthDate", "date_of_birth", "pt_dob", "birth_dt", "dateOfBirth"],
    "admit": ["admitDate", "admission_dt", "admDt", "admit_ts", "encounter.start"],
    "discharge": ["dischargeDate", "dc_date", "disch_dt", "encounter.end"],
    "service": ["dos", "serviceDate", "visit_date", "svcDt", "dateOfService"],
    "appt": ["apptDate", "appointment_date", "nextVisit", "appt_dt"],
    "death": ["dod", "deathDate", "date_of_death", "expired_dt"],
    "age": ["age", "ptAge", "age_years", "patientAge", "ageYrs"],
    "street": ["streetLine1", "addr1", "address_line1", "street", "homeAddress1", "addrLine1", "line1"],
    "city": ["city", "addrCity", "town", "cityName", "home_city"],
    "state": ["state", "st", "stateCode", "addrState"],
    "zip": ["zip", "zipCode5", "postal_code", "zip5", "postalCode", "ZIP", "zipcode"],
    "addr_full": ["home_address", "address", "mailingAddress", "residence", "homeAddr"],
    "phone": ["phone", "cellNum", "mobile", "homePhone", "contact_phone", "ph", "phoneNumber", "cell", "mobileNo"],
    "fax": ["fax", "faxNumber", "fax_no", "homeFax", "faxNum"],
    "email": ["email", "emailAddr", "pt_email", "contactEmail", "personalEmail", "e_mail"],
    "ssn": ["ssn", "SSN", "ssn_full", "socialSecurityNumber", "pt_ssn", "ss_no"],
    "mrn": ["mrn", "MRN", "medicalRecordNumber", "chart_no", "patientMrn", "mrNum", "ehr_mrn"],
    "health_plan": ["mbrId", "memberId", "subscriber_id", "policyNumber", "mbi", "medicareId",
                    "insurance_member_id", "planMemberNo"],
    "card": ["cardNumber", "cc_num", "pan", "card_no", "paymentCard"],
    "bank": ["bankAccount", "acct_no", "checkingAcct", "ach_account"],
    "iban": ["iban", "IBAN", "bank_iban"],
    "license": ["dlNumber", "driversLicense", "dl_no", "licenseNum", "drvLic"],
    "vin": ["vin", "vehicleVin", "veh_vin"],
    "plate": ["plate", "licensePlate", "veh_plate", "tagNumber"],
    "imei": ["imei", "deviceImei", "handset_imei"],
    "devsn": ["pumpSerial", "cgm_serial", "implantSerial", "device_sn", "pacemakerSn", "hearingAidSerial"],
    "url": ["profileUrl", "social_url", "homepage", "personalSite", "socialProfile"],
    "ip": ["client_ip", "sourceIp", "remoteAddr", "ip_address", "clientIP", "userIp"],
    "biometric": ["fingerprintTemplate", "fp_minutiae", "voiceprint", "irisCode", "face_template",
                  "palmVeinTemplate"],
    "photo": ["photo", "avatarB64", "idCardImage", "selfie", "insuranceCardFront", "profilePhoto", "dl_front_img"],
    "other_id": ["passportNo", "passport_number", "nhsNumber", "nationalId", "curp", "alienRegNo"],
}


def K(g):
    return R.choice(KEYS[g])


def pdate(p, kind):
    if kind == "dob":
        return p.dob
    if kind == "admit":
        return date(R.choice([2023, 2024, 2024]), R.randint(1, 12 if R.random() < 0.3 else 4), R.randint(1, 28))
    if kind == "discharge":
        return date(2024, R.randint(1, 4), R.randint(1, 28))
    if kind == "service":
        return date(R.choice([2023, 2024]), R.randint(1, 12), R.randint(1, 28))
    if kind == "appt":
        return date(2024, R.randint(5, 12), R.randint(1, 28))
    return date(R.choice([2023, 2024]), R.randint(1, 4), R.randint(1, 28))  # death


def date_kind():
    return R.choices(["dob", "admit", "discharge", "service", "appt", "death"], [6, 2, 1.5, 2, 1.5, 0.7])[0]


def date_str(p, kind):
    d = pdate(p, kind)
    if kind in ("admit", "discharge") and R.random() < 0.35:
        return fmt_date(d, "isodt")
    return fmt_date(d)


def field_pairs(c, p):
    """PHI key/value pairs for category c (may include unlabeled companions such as state)."""
    if c == "name":
        r = R.random()
        if r < 0.4:
            return [(K("name_full"), Str(P(p.name_variant(), "name")))]
        if r < 0.8 and not p.native:
            kf, kl = R.choice(KEYS["name_split"])
            return [(kf, Str(P(p.first, "name"))), (kl, Str(P(p.last, "name")))]
        rel = Person()
        out = [(K("name_rel"), Str(P(rel.full, "name")))]
        if R.random() < 0.5:
            out.append(("relationship", R.choice(["daughter", "son", "spouse", "mother", "brother"])))
        return out
    if c == "address":
        if R.random() < 0.55:
            out = [(K("street"), Str(P(p.street, "address"))), (K("city"), Str(P(p.city, "address"))),
                   (K("state"), p.state)]
            if R.random() < 0.6:
                out.append((K("zip"), Str(P(p.zip, "zip"))))
            return out
        return [(K("addr_full"), Str(P(p.street, "address"), ", ", P(p.city, "address"), ", " + p.state + " ",
                                     P(p.zip, "zip")))]
    if c == "zip":
        z = p.zip if R.random() < 0.8 else f"{p.zip}-{digits(4)}"
        return [(K("zip"), Str(P(z, "zip")))]
    if c == "date":
        kind = date_kind()
        out = [(K(kind), Str(P(date_str(p, kind), "date")))]
        if kind == "admit" and R.random() < 0.4:
            out.append((K("discharge"), Str(P(date_str(p, "discharge"), "date"))))
        return out
    if c == "age":
        a = str(p.age)
        r = R.random()
        if r < 0.5:
            return [(K("age"), Lit(P(a, "age")))]
        if r < 0.8:
            return [(K("age"), Str(P(a, "age")))]
        return [(K("age"), Str(P(a, "age"), R.choice([" y", "y", " yrs", "Y"])))]
    if c == "phone":
        return [(K("phone"), Str(P(fmt_phone(p.phone), "phone")))]
    if c == "fax":
        return [(K("fax"), Str(P(fmt_phone(phone_digits()), "fax")))]
    if c == "email":
        return [(K("email"), Str(P(p.email, "email")))]
    if c == "ssn":
        return [(K("ssn"), Str(P(ssn_value(), "ssn")))]
    if c == "mrn":
        return [(K("mrn"), Str(P(mrn_value(), "mrn")))]
    if c == "health_plan":
        out = [(K("health_plan"), Str(P(member_value(), "health_plan")))]
        if R.random() < 0.3:
            out.append(("payerId", R.choice(["60054", "87726", "62308", "00431"])))
        return out
    if c == "account":
        r = R.random()
        if r < 0.55:
            out = [(K("card"), Str(P(card_value(), "account")))]
            if R.random() < 0.4:
                out.append(("cardExp", f"{R.randint(1, 12):02d}/{R.randint(25, 30)}"))
            return out
        if r < 0.8:
            out = [(K("bank"), Str(P(digits(R.randint(8, 12)), "account")))]
            if R.random() < 0.5:
                out.append(("routingNumber", R.choice(["021000021", "011000138", "121000358", "026009593"])))
            return out
        return [(K("iban"), Str(P(iban_value(), "account")))]
    if c == "license":
        out = [(K("license"), Str(P(license_value(), "license")))]
        if R.random() < 0.4:
            out.append(("dlState", p.state))
        return out
    if c == "vehicle":
        if R.random() < 0.55:
            return [(K("vin"), Str(P(vin_value(), "vehicle")))]
        return [(K("plate"), Str(P(plate_value(), "vehicle"))), ("plateState", p.state)]
    if c == "device":
        if R.random() < 0.5:
            return [(K("imei"), Str(P(imei_value(), "device")))]
        k = K("devsn")
        return [(k, Str(P(devsn_value(k), "device")))]
    if c == "url":
        return [(K("url"), Str(P(url_value(p), "url")))]
    if c == "ip":
        return [(K("ip"), Str(P(pub_ip(), "ip")))]
    if c == "biometric":
        k = K("biometric")
        out = [(k, Str(P(biometric_value(k), "biometric")))]
        if R.random() < 0.5:
            out.append(("templateFormat", R.choice(["ISO19794-2", "ANSI-378", "raw"])))
        return out
    if c == "photo":
        return [(K("photo"), Str(P(photo_value(), "photo")))]
    if c == "other_id":
        k = K("other_id")
        return [(k, Str(P(other_id_value(k, p), "other_id")))]
    raise ValueError(c)


def fields_for(cats, p):
    out = []
    for c in cats:
        out.extend(field_pairs(c, p))
    return out


NOPHRASE = {"photo", "biometric"}


def phrase(c, p):
    if c == "name":
        return seg(R.choice(["patient ", "pt ", "for ", "member ", "this is ", "caller ", ""]), P(p.name_variant(), "name"))
    if c == "address":
        return seg(R.choice(["addr ", "address: ", "lives at ", "ship to "]), P(p.street, "address"), R.choice([", ", " "]),
                   P(p.city, "address"), " " + p.state)
    if c == "zip":
        return seg(R.choice(["zip ", "ZIP ", "zip="]), P(p.zip, "zip"))
    if c == "date":
        kind = date_kind()
        lab = {"dob": ["DOB ", "born ", "dob=", "DOB: ", "d.o.b. "], "admit": ["admitted ", "adm "],
               "discharge": ["discharged ", "d/c "], "service": ["DOS ", "seen ", "visit "],
               "appt": ["appt on ", "scheduled for "], "death": ["deceased ", "DOD "]}[kind]
        return seg(R.choice(lab), P(date_str(p, kind), "date"))
    if c == "age":
        a = str(p.age)
        return R.choice([seg("age ", P(a, "age")), seg(P(a, "age"), " y/o"), seg(P(a, "age"), "yo"),
                         seg("aged ", P(a, "age"))])
    if c == "phone":
        return seg(R.choice(["cb ", "phone ", "call back at ", "cell ", "tel: "]), P(fmt_phone(p.phone), "phone"))
    if c == "fax":
        return seg(R.choice(["fax ", "fax to ", "fax#"]), P(fmt_phone(phone_digits()), "fax"))
    if c == "email":
        if R.random() < 0.3:
            return seg("<", P(p.email, "email"), ">")
        return seg(R.choice(["email ", "reply to ", "email="]), P(p.email, "email"))
    if c == "ssn":
        return seg(R.choice(["SSN ", "ssn=", "SS# ", "SSN: "]), P(ssn_value(), "ssn"))
    if c == "mrn":
        return seg(R.choice(["MRN ", "mrn=", "MR# ", "chart "]), P(mrn_value(), "mrn"))
    if c == "health_plan":
        return seg(R.choice(["member id ", "MBI ", "policy# ", "subscriber "]), P(member_value(), "health_plan"))
    if c == "account":
        r = R.random()
        if r < 0.6:
            return seg(R.choice(["card ", "cc ", "paid with "]), P(card_value(), "account"))
        if r < 0.8:
            return seg(R.choice(["acct ", "ACH acct "]), P(digits(R.randint(8, 12)), "account"))
        return seg("IBAN ", P(iban_value(), "account"))
    if c == "license":
        return seg(R.choice(["DL# ", "driver license ", "DL "]), P(license_value(), "license"))
    if c == "vehicle":
        if R.random() < 0.5:
            return seg("VIN ", P(vin_value(), "vehicle"))
        return seg(R.choice(["plate ", "tag "]), P(plate_value(), "vehicle"))
    if c == "device":
        if R.random() < 0.5:
            return seg("IMEI ", P(imei_value(), "device"))
        lab = R.choice(["pump SN ", "CGM serial ", "implant serial "])
        return seg(lab, P(devsn_value(lab), "device"))
    if c == "url":
        return seg(R.choice(["profile ", "see ", "social "]), P(url_value(p), "url"))
    if c == "ip":
        return seg(R.choice(["from ", "client ", "src="]), P(pub_ip(), "ip"))
    if c == "other_id":
        if R.random() < 0.6:
            return seg(R.choice(["passport ", "passport# "]), P(other_id_value("passport", p), "other_id"))
        return seg("NHS no ", P(nhs_value(), "other_id"))
    raise ValueError(c)


PREFIXES = ["Eligibility check failed for", "Referral received:", "Duplicate record suspected:",
            "Appointment reminder queued", "Validation error on intake form:", "Prior auth submitted",
            "Lab result routed", "Identity verification pending", "Could not match patient", "Consent form signed",
            "Callback requested", "Claim rejected (CO-16)", "Record merged", "Portal signup completed",
            "Refill request", "Address change requested", "Payment posted", "Telehealth check-in"]


def message(cats, p):
    parts = [phrase(c, p) for c in cats]
    return seg(R.choice(PREFIXES), " ", joinsegs(parts, R.choice([", ", "; ", " ", " | "])))


# ----------------------------------------------------------------------------------------------
# non-PHI look-alikes
# ----------------------------------------------------------------------------------------------
ROLE_MAILS = ["noreply@", "no-reply@", "support@", "alerts@", "billing@", "it-ops@", "privacy@", "oncall@",
              "postmaster@", "security@", "intake-team@", "dmarc-reports@"]
ORG_DOMS = ["northwind-health.example", "contoso-clinic.com", "acmehealth.io", "riverbend-med.org",
            "example-health.com"]


def role_mail():
    return R.choice(ROLE_MAILS) + R.choice(ORG_DOMS)


def arn():
    return R.choice([
        lambda: f"arn:aws:lambda:{R.choice(AWS_REGIONS)}:{R.choice(ACCOUNTS)}:function:{R.choice(SVC)}-{R.choice(['prod', 'stg'])}",
        lambda: f"arn:aws:iam::{R.choice(ACCOUNTS)}:role/{R.choice(SVC)}-exec-role",
        lambda: f"arn:aws:sqs:{R.choice(AWS_REGIONS)}:{R.choice(ACCOUNTS)}:{R.choice(SVC)}-queue",
        lambda: f"arn:aws:kms:{R.choice(AWS_REGIONS)}:{R.choice(ACCOUNTS)}:key/{uid()}",
        lambda: f"arn:aws:s3:::{R.choice(SVC)}-artifacts-{R.choice(ACCOUNTS)}"])()


SVC = ["intake", "scheduling", "billing", "eligibility", "referrals", "notify", "claims", "portal-api", "ehr-sync",
       "rx-refill", "labs-router", "identity"]
CLEAN_MSG = [
    lambda: f"Lambda cold start; init took {R.randint(180, 1400)} ms",
    lambda: f"Jackson failed to deserialize field 'orderTotal' (line 1, column {R.randint(10, 400)})",
    lambda: f"Spring context refreshed in {R.uniform(0.8, 6):.2f}s (profile=prod)",
    lambda: f"May release train rollout at {R.choice([5, 10, 25, 50, 100])}%",
    lambda: f"Retrying after 429 from upstream (attempt {R.randint(1, 4)}/5, backoff {R.randint(100, 3200)}ms)",
    lambda: f"Connection pool exhausted (max={R.choice([20, 50, 100])}, waiters={R.randint(1, 40)})",
    lambda: "Health check OK",
    lambda: f"Cache hit ratio {R.uniform(0.5, 0.99):.2f} over last {R.choice([60, 300, 900])}s",
    lambda: f"Processed batch {R.randint(1, 9000)} of {R.randint(9000, 20000)}",
    lambda: f"Deployed build 2024.{R.randint(4, 5):02d}.{R.randint(1, 28):02d}-rc{R.randint(1, 5)} to {R.choice(AZ_REGIONS + AWS_REGIONS)}",
    lambda: f"Feature flag 'new-intake-ui' evaluated {R.choice(['true', 'false'])} for tenant {uid()}",
    lambda: f"Token refreshed for client app-portal (expires_in={R.choice([3600, 7200])})",
    lambda: f"Order ORD-2024-{digits(6)} shipped via {R.choice(['UPS', 'FedEx'])}",
    lambda: f"Scheduled job claims-export finished (rows={R.randint(100, 90000)}, duration={R.randint(2, 900)}s)",
    lambda: f"Timeout contacting https://api.partner.example.com/v2/eligibility after {R.choice([3000, 5000, 10000])}ms",
    lambda: f"Notification sent from {role_mail()} (template=appt-reminder-v{R.randint(2, 9)})",
    lambda: f"Failover to {R.choice(['westeurope', 'eastus2', 'us-west-2', 'northeurope'])} completed in {R.randint(20, 400)}s",
    lambda: f"Certificate for portal.example-health.com expires on 2025-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}",
    lambda: f"Invoice INV-{digits(5)} generated for clinic CLN-{digits(4)}",
    lambda: f"Phoenix LiveView socket reconnected (attempt {R.randint(1, 9)})",
    lambda: f"Austin region edge POP warmed ({R.randint(2, 40)} objects)",
    lambda: f"GC pause {R.randint(5, 400)}ms, heap {R.randint(200, 3000)}MB/{R.choice([2048, 4096])}MB",
    lambda: f"Migration 20240{R.randint(1, 4)}{R.randint(10, 28)}_add_index_encounters applied",
    lambda: f"Webhook signature verified (sha256={hexs(64)})",
    lambda: f"Rate limit {R.choice([100, 600, 1200])} req/min for key ak_{hexs(12)}",
]


def clean_msg():
    return R.choice(CLEAN_MSG)()


NOISE = [
    lambda: ("requestId", uid()),
    lambda: ("traceId", hexs(32)),
    lambda: ("spanId", hexs(16)),
    lambda: ("orderNumber", f"ORD-2024-{digits(6)}"),
    lambda: ("durationMs", R.randint(2, 4000)),
    lambda: ("memoryMb", R.choice([128, 256, 512, 1024, 2048])),
    lambda: ("version", f"v{R.randint(1, 4)}.{R.randint(0, 30)}.{R.randint(0, 12)}"),
    lambda: ("build", f"2024.{R.randint(3, 5):02d}.{R.randint(1, 28):02d}-{hexs(7)}"),
    lambda: ("sha256", hexs(64)),
    lambda: ("port", R.choice([443, 8080, 8443, 5432, 6379, 9092, 5672])),
    lambda: ("region", R.choice(AZ_REGIONS + AWS_REGIONS)),
    lambda: ("roleArn", arn()),
    lambda: ("retries", R.randint(0, 5)),
    lambda: ("statusCode", R.choice([200, 201, 202, 204, 400, 404, 409, 422, 500, 503])),
    lambda: ("tenantId", uid()),
    lambda: ("deployedAt", f"2024-04-{R.randint(10, 30)}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}Z"),
    lambda: ("certExpiry", f"2025-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"),
    lambda: ("notifyFrom", role_mail()),
    lambda: ("invoiceNo", f"INV-{digits(5)}"),
    lambda: ("batchSize", R.choice([50, 100, 250, 500])),
    lambda: ("framework", R.choice(["Spring Boot 3.2.5", "Express 4.19.2", "FastAPI 0.110.1", "Rails 7.1.3"])),
    lambda: ("serializer", R.choice(["Jackson 2.17.0", "Gson 2.10.1", "orjson 3.10.1"])),
    lambda: ("runtime", R.choice(["nodejs20.x", "python3.12", "java21", "dotnet8"])),
    lambda: ("upstream", f"{priv_ip()}:{R.choice([8080, 9000, 3000])}"),
    lambda: ("etag", hexs(32)),
    lambda: ("releaseTrain", "May-2024"),
    lambda: ("clinicId", f"CLN-{digits(4)}"),
    lambda: ("dxCode", R.choice(["E11.9", "I10", "J45.909", "M54.5", "Z00.00"])),
    lambda: ("cacheTtlSec", R.choice([60, 300, 3600, 86400])),
    lambda: ("encounterType", R.choice(["outpatient", "inpatient", "telehealth", "ed"])),
    lambda: ("correlationId", uid()),
    lambda: ("kmsKeyId", uid()),
    lambda: ("locale", R.choice(["en-US", "es-US", "fr-CA", "vi-VN"])),
    lambda: ("providerNpiRequired", R.choice([True, False])),
    lambda: ("pageSize", R.choice([10, 25, 50, 100])),
    lambda: ("timezone", R.choice(["America/Chicago", "America/Denver", "America/New_York", "Europe/London"])),
    lambda: ("owner", R.choice(["team-jackson", "platform", "sre", "clinical-apps"])),
]


def noise(n):
    out, seen = [], set()
    for _ in range(n * 3):
        k, v = R.choice(NOISE)()
        if k not in seen:
            seen.add(k)
            out.append((k, v))
        if len(out) >= n:
            break
    return out


def is_heavy(pair):
    v = pair[1]
    return isinstance(v, Str) and any(c in NOPHRASE for _, c in v.segs)


def qsplit(fields, lo, hi):
    """split fields into (query, rest); photo/biometric values never go into a query string."""
    light = [f for f in fields if not is_heavy(f)]
    heavy = [f for f in fields if is_heavy(f)]
    n = R.randint(min(lo, len(light)), min(hi, len(light)))
    return light[:n], light[n:] + heavy


def snake(k):
    out = []
    for ch in k.replace(".", "_"):
        if ch.isupper() and out and out[-1] != "_":
            out.append("_")
        out.append(ch.lower())
    return "".join(out)


def take(cats, c):
    if c in cats:
        cats.remove(c)
        return True
    return False


def mix(pairs, extra):
    """interleave PHI pairs and noise pairs preserving relative order within each."""
    out, a, b = [], list(pairs), list(extra)
    while a or b:
        if a and (not b or R.random() < 0.5):
            out.append(a.pop(0))
        else:
            out.append(b.pop(0))
    return out


def maybe_age_noise(cats, p):
    if "age" not in cats and p.age < 90 and R.random() < 0.15:
        return [(R.choice(["age", "ptAge"]), p.age)]
    return []


UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
       "okhttp/4.12.0", "PatientPortal/3.14.2 (Android 14; Pixel 7)", "python-requests/2.31.0",
       "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"]
HOSTS = ["portal.example-health.com", "api.riverbend-med.org", "intake.contoso-clinic.com", "app.acmehealth.io"]


# ----------------------------------------------------------------------------------------------
# families
# ----------------------------------------------------------------------------------------------
def apigw_event(cats, p, sp):
    host = R.choice(HOSTS)
    acct = R.choice(ACCOUNTS)
    xff_ip = P(pub_ip(), "ip") if take(cats, "ip") else priv_ip()
    path_params = None
    path = f"/v1/{R.choice(['patients', 'members', 'appointments', 'referrals', 'orders'])}"
    resource = path
    if "mrn" in cats and R.random() < 0.6:
        cats.remove("mrn")
        m = mrn_value()
        path_params = O([("mrn", Str(P(m, "mrn")))])
        path = seg(path + "/", P(m, "mrn"))
        resource = resource + "/{mrn}"
    elif R.random() < 0.3:
        oid = f"ORD-2024-{digits(6)}"
        path_params = O([("orderId", oid)])
        path = path + "/" + oid
        resource = resource + "/{orderId}"
    fields = fields_for(cats, p)
    R.shuffle(fields)
    qfields, bfields = qsplit(fields, 0, len(fields))
    method = "POST" if bfields or (not qfields and R.random() < 0.5) else "GET"
    if qfields:
        qsp = O([(k, v if isinstance(v, Str) and not isinstance(v, Lit) else Str(*plain(v))) for k, v in qfields])
    elif R.random() < 0.5:
        qsp = O([("page", str(R.randint(1, 9))), ("limit", str(R.choice([25, 50]))), ("sort", "-createdAt")])
    else:
        qsp = None
    if method == "POST":
        body_obj = O(mix(bfields + maybe_age_noise(cats, p), noise(R.randint(1, 3))))
        body = Str(ser_json(body_obj, False))
    else:
        body = None
    ev = O([
        ("resource", resource), ("path", Str(path)), ("httpMethod", method),
        ("headers", O([("Accept", "application/json"), ("Host", host), ("User-Agent", R.choice(UAS)),
                       ("X-Amzn-Trace-Id", f"Root=1-{hexs(8)}-{hexs(24)}"),
                       ("X-Forwarded-For", Str(xff_ip, ", " + priv_ip() if R.random() < 0.5 else "")),
                       ("X-Forwarded-Port", "443"), ("X-Forwarded-Proto", "https")])),
        ("queryStringParameters", qsp), ("pathParameters", path_params),
        ("requestContext", O([("accountId", acct), ("apiId", alnum(10, "abcdefghijklmnopqrstuvwxyz0123456789")),
                              ("stage", "prod"), ("requestId", uid()),
                              ("identity", O([("sourceIp", Str(xff_ip))])),
                              ("requestTimeEpoch", CLK.epoch_ms())])),
        ("body", body), ("isBase64Encoded", False)])
    return ser_json(ev, sp)


def fam_lambda(phi, cats, p):
    rid = uid()
    sp = R.random() < 0.3
    if not phi:
        k = R.choice(["start", "end", "report", "report", "apigw", "apigw", "pt", "pt", "init", "err"])
    else:
        k = R.choice(["apigw", "apigw", "pt", "pt", "err"])
        if NOPHRASE & set(cats) and k == "err":
            k = "pt"
    if k == "start":
        return seg(f"START RequestId: {rid} Version: {R.choice(['$LATEST', '$LATEST', str(R.randint(3, 90))])}")
    if k == "end":
        return seg(f"END RequestId: {rid}")
    if k == "init":
        return seg(f"INIT_START Runtime Version: {R.choice(['nodejs:20.v22', 'python:3.12.v27', 'java:21.v14'])}\t"
                   f"Runtime Version ARN: arn:aws:lambda:{R.choice(AWS_REGIONS)}::runtime:{hexs(64)}")
    if k == "report":
        d = R.uniform(1.5, 2900)
        mem = R.choice([128, 256, 512, 1024, 1769, 3008])
        s = (f"REPORT RequestId: {rid}\tDuration: {d:.2f} ms\tBilled Duration: {int(d) + 1} ms\t"
             f"Memory Size: {mem} MB\tMax Memory Used: {R.randint(60, mem)} MB")
        if R.random() < 0.3:
            s += f"\tInit Duration: {R.uniform(150, 1500):.2f} ms"
        if R.random() < 0.3:
            s += f"\t\nXRAY TraceId: 1-{hexs(8)}-{hexs(24)}\tSegmentId: {hexs(16)}\tSampled: true".replace("\n", "")
        return seg(s)
    ts = CLK.iso()
    if k == "apigw":
        if not phi:
            return seg(f"{ts}\t{rid}\tINFO\t", R.choice(["", "event: "]), apigw_event([], p, sp))
        return seg(f"{ts}\t{rid}\tINFO\t", R.choice(["", "Received event: ", "event="]), apigw_event(cats, p, sp))
    if k == "err":
        exc = R.choice(["ValidationError", "PatientMatchError", "KeyError", "ClientError", "IntegrityError"])
        if not phi:
            return seg(f"[ERROR]\t{ts}\t{rid}\t{exc}: {clean_msg()}")
        return seg(f"[ERROR]\t{ts}\t{rid}\t{exc}: ", message(cats, p))
    # powertools structured log
    fn = f"{R.choice(SVC)}-{R.choice(['prod', 'stg'])}"
    region = R.choice(AWS_REGIONS)
    acct = R.choice(ACCOUNTS)
    msg_cats = []
    if phi and R.random() < 0.5:
        c = R.choice([c for c in cats if c not in NOPHRASE] or [None])
        if c:
            cats.remove(c)
            msg_cats = [c]
    msg = Str(message(msg_cats, p)) if msg_cats else Str(R.choice(["Processing request", "Patient upsert", clean_msg()]))
    rec = O([("level", R.choice(["INFO", "INFO", "WARNING", "DEBUG"])), ("location", f"handler:{R.randint(20, 300)}"),
             ("message", msg), ("timestamp", CLK.py() + "+0000"), ("service", R.choice(SVC)),
             ("cold_start", R.choice([True, False])), ("function_name", fn),
             ("function_memory_size", str(R.choice([256, 512, 1024]))),
             ("function_arn", f"arn:aws:lambda:{region}:{acct}:function:{fn}"), ("function_request_id", rid),
             ("xray_trace_id", f"1-{hexs(8)}-{hexs(24)}")])
    if cats:
        f = fields_for(cats, p) + maybe_age_noise(cats, p)
        rec.append((R.choice(["patient", "extra", "ctx", "member"]), O(mix(f, noise(R.randint(0, 2))))))
    else:
        rec.extend(noise(R.randint(1, 4)))
    return seg(R.choice(["", f"{ts}\t{rid}\t"]), ser_json(rec, sp))


def fam_alb(phi, cats, p):
    pathable = {"mrn", "health_plan", "ip"}
    if phi and set(cats) <= pathable and R.random() < 0.6:
        k = "apigw"
    elif not phi:
        k = R.choice(["alb", "alb", "health", "apigw", "cf", "cf"])
    else:
        k = R.choice(["alb", "alb", "cf"])
    host = R.choice(HOSTS)
    acct = R.choice(ACCOUNTS)
    region = R.choice(AWS_REGIONS)
    mode = R.choice(["plus", "pct", "loose"])
    cip = P(pub_ip(), "ip") if take(cats, "ip") else priv_ip()
    cip_s = seg(cip)
    if k == "apigw":
        path = seg(f"/prod/v1/{R.choice(['members', 'patients', 'eligibility'])}")
        for c in list(cats):
            cats.remove(c)
            v = mrn_value() if c == "mrn" else member_value()
            path = seg(path, "/", P(v, c))
        if not phi and R.random() < 0.5:
            path = seg(path, f"/ORD-2024-{digits(6)}")
        path = seg(path, R.choice(["", "/eligibility", "/claims", "/coverage"]))
        return seg(cip_s, " - - [", CLK.clf(), '] "', R.choice(["GET", "POST", "PUT"]), " ", path,
                   f' HTTP/1.1" {R.choice([200, 200, 201, 404, 502])} {R.randint(0, 9000)} {uid()} '
                   f'{R.randint(3, 900)}ms "{R.choice(UAS)}"')
    if k == "health":
        t = CLK.iso(6)
        return seg(f'http {t} app/{R.choice(SVC)}-alb/{hexs(16)} {priv_ip()}:{R.randint(1024, 65535)} '
                   f'{priv_ip()}:8080 0.000 0.00{R.randint(1, 9)} 0.000 200 200 {R.randint(100, 300)} {R.randint(100, 900)} '
                   f'"GET http://{priv_ip()}:8080/healthz HTTP/1.1" "ELB-HealthChecker/2.0" - - '
                   f'arn:aws:elasticloadbalancing:{region}:{acct}:targetgroup/{R.choice(SVC)}-tg/{hexs(16)} '
                   f'"Root=1-{hexs(8)}-{hexs(24)}" "-" "-" 0 {t} "forward" "-" "-" "{priv_ip()}:8080" "200" "-" "-"')
    fields = fields_for(cats, p)
    R.shuffle(fields)
    if fields:
        q = ser_query([(k2, v if isinstance(v, Str) and not isinstance(v, Lit) else Str(*plain(v))) for k2, v in fields]
                      + noise_q(R.randint(0, 2)), mode)
    else:
        q = ser_query(noise_q(R.randint(1, 4)), mode)
    path = R.choice(["/api/v2/patients/search", "/api/v1/intake", "/portal/register", "/api/v1/appointments",
                     "/eligibility/check", "/api/v1/orders"])
    if k == "alb":
        t = CLK.iso(6)
        return seg(f"{R.choice(['https', 'h2'])} {t} app/{R.choice(SVC)}-alb/{hexs(16)} ", cip_s,
                   f":{R.randint(1024, 65535)} {priv_ip()}:{R.choice([8080, 3000, 9000])} 0.00{R.randint(0, 9)} "
                   f"{R.uniform(0, 1.5):.3f} 0.000 {R.choice([200, 200, 302, 400, 502])} {R.choice([200, 200, 302, 400, 502])} "
                   f"{R.randint(200, 5000)} {R.randint(200, 90000)} ",
                   f'"{R.choice(["GET", "GET", "POST"])} https://{host}:443{path}?', q, ' HTTP/1.1" ',
                   f'"{R.choice(UAS)}" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 '
                   f"arn:aws:elasticloadbalancing:{region}:{acct}:targetgroup/{R.choice(SVC)}-tg/{hexs(16)} "
                   f'"Root=1-{hexs(8)}-{hexs(24)}" "{host}" "arn:aws:acm:{region}:{acct}:certificate/{uid()}" '
                   f'{R.choice([0, 1, 2, 10])} {t} "forward" "-" "-" "{priv_ip()}:8080" "200" "-" "-"')
    # CloudFront standard log (tab separated)
    t = CLK.t
    ua = quote(R.choice(UAS), safe="/();:,")
    return seg("\t".join([t.strftime("%Y-%m-%d"), t.strftime("%H:%M:%S"),
                          R.choice(["IAD89-C1", "DFW53-P2", "SEA19-C3", "FRA56-P5", "ORD52-C2", "LAX3-C4"]),
                          str(R.randint(300, 90000))]), "\t", cip_s, "\t",
               "\t".join([R.choice(["GET", "POST"]), f"d{hexs(13)}.cloudfront.net", path, str(R.choice([200, 200, 304, 403])),
                          R.choice(["-", f"https://{host}/"]), ua]), "\t", q, "\t",
               "\t".join(["-", R.choice(["Miss", "Hit", "RefreshHit"]), base64.urlsafe_b64encode(rbytes(42)).decode(), host,
                          "https", str(R.randint(100, 3000)), f"{R.uniform(0.001, 0.9):.3f}", "-", "TLSv1.3",
                          "TLS_AES_128_GCM_SHA256", "Miss", "HTTP/2.0", "-", "-", str(R.randint(1024, 65535)),
                          f"{R.uniform(0.001, 0.9):.3f}", "Miss", "application/json", str(R.randint(100, 9000)), "-", "-"]))


def noise_q(n):
    pool = [("page", str(R.randint(1, 20))), ("limit", str(R.choice([10, 25, 50]))), ("sort", "createdAt"),
            ("utm_source", "sms"), ("lang", "en-US"), ("v", f"{R.randint(1, 4)}.{R.randint(0, 20)}"),
            ("orderId", f"ORD-2024-{digits(6)}"), ("region", R.choice(AZ_REGIONS)), ("_", str(CLK.epoch_ms())),
            ("session", hexs(24)), ("step", str(R.randint(1, 5))), ("cb", hexs(8))]
    R.shuffle(pool)
    return pool[:n]


def azure_rid(kind="sites"):
    sub = uid()
    rg = f"rg-{R.choice(SVC)}-{R.choice(AZ_REGIONS)}"
    if kind == "sites":
        return f"/SUBSCRIPTIONS/{sub.upper()}/RESOURCEGROUPS/{rg.upper()}/PROVIDERS/MICROSOFT.WEB/SITES/FN-{R.choice(SVC).upper()}"
    return f"/subscriptions/{sub}/resourceGroups/{rg}/providers/microsoft.insights/components/ai-{R.choice(SVC)}"


def fam_azure(phi, cats, p):
    sp = R.random() < 0.5
    if phi and not (NOPHRASE & set(cats)) and len(cats) <= 3 and R.random() < 0.3:
        k = "host"
    elif not phi:
        k = R.choice(["host", "host", "trace", "req", "http"])
    else:
        k = R.choice(["trace", "trace", "req", "http"])
    fn = R.choice(["ProcessReferral", "IntakeHttp", "MatchPatient", "SendReminder", "SyncEligibility", "OcrInsuranceCard"])
    ts = CLK.iso(3)[:-1]
    if k == "host":
        lvl = R.choice(["Information", "Information", "Warning", "Error"])
        if not phi:
            return seg(R.choice([
                f"{ts} [Information] Executing 'Functions.{fn}' (Reason='New queue message detected on '{R.choice(SVC)}'.', Id={uid()})",
                f"{ts} [Information] Executed 'Functions.{fn}' (Succeeded, Id={uid()}, Duration={R.randint(3, 9000)}ms)",
                f"{ts} [Error] Executed 'Functions.{fn}' (Failed, Id={uid()}, Duration={R.randint(3, 9000)}ms)",
                f"{ts} [{lvl}] {clean_msg()}",
                f"{ts} [Information] Host lock lease acquired by instance ID '{hexs(32)}'.",
                f"{ts} [Information] Starting JobHost in {R.choice(AZ_REGIONS)} (Version=4.{R.randint(20, 34)}.{R.randint(1, 9)})"]))
        return seg(f"{ts} [{lvl}] ", R.choice(["", f"Functions.{fn}: ", f"[{fn}] "]), message(cats, p),
                   R.choice(["", f" (Id={uid()})", f" InvocationId={uid()}"]))
    op = hexs(32)
    if k == "trace":
        msg = Str(clean_msg())
        if phi and R.random() < 0.4:
            c = R.choice([c for c in cats if c not in NOPHRASE] or [None])
            if c:
                cats.remove(c)
                msg = Str(message([c], p))
        cd = fields_for(cats, p) + maybe_age_noise(cats, p)
        cdk = R.choice(["customDimensions", "properties", "Properties"])
        dims = O(mix([(R.choice([k2, k2[0].upper() + k2[1:]]), v) for k2, v in cd],
                     [("Category", f"Function.{fn}.User"), ("LogLevel", "Information"),
                      ("HostInstanceId", uid()), ("InvocationId", uid())] + noise(R.randint(0, 2))))
        rec = O([("time", CLK.iso(7)), ("resourceId", azure_rid("ai")), ("operation_Id", op),
                 ("operation_ParentId", f"|{op}.{hexs(8)}."), ("operation_Name", fn), ("itemType", "trace"),
                 ("message", msg), ("severityLevel", R.randint(0, 3)), (cdk, dims),
                 ("cloud_RoleName", f"fn-{R.choice(SVC)}-{R.choice(AZ_REGIONS)}"),
                 ("cloud_RoleInstance", hexs(64)[:R.choice([12, 64])]), ("client_IP", "0.0.0.0"),
                 ("sdkVersion", f"azurefunctions: 4.{R.randint(20, 34)}.{R.randint(1, 9)}"),
                 ("appName", f"ai-{R.choice(SVC)}")])
        return ser_json(rec, sp)
    cip = Str(P(pub_ip(), "ip")) if take(cats, "ip") else priv_ip()
    fields = fields_for(cats, p)
    R.shuffle(fields)
    qf, pf = qsplit(fields, 0, len(fields))
    qsegs = ser_query([(k2, v if isinstance(v, Str) and not isinstance(v, Lit) else Str(*plain(v))) for k2, v in qf]
                      + noise_q(R.randint(0 if qf else 1, 2)), R.choice(["plus", "pct"]))
    host = f"fn-{R.choice(SVC)}-{R.choice(AZ_REGIONS)}.azurewebsites.net"
    path = R.choice(["/api/referrals", "/api/intake", "/api/appointments", "/api/patient-match"])
    if k == "req":
        rec = O([("TenantId", uid()), ("TimeGenerated", CLK.iso(7)), ("Id", hexs(16)),
                 ("Name", f"POST {path}"), ("Url", Str(f"https://{host}{path}?", qsegs)), ("Success", True),
                 ("ResultCode", str(R.choice([200, 201, 400, 500]))), ("DurationMs", round(R.uniform(2, 3000), 4)),
                 ("Properties", O(mix(pf + maybe_age_noise(cats, p), [("FullName", f"Functions.{fn}"), ("LogLevel", "Information")]))),
                 ("OperationId", op), ("ClientIP", cip), ("AppRoleName", host.split(".")[0]),
                 ("_ResourceId", azure_rid("ai").lower()), ("Type", "AppRequests")])
        return ser_json(rec, sp)
    props = O([("CsHost", host), ("CIp", cip), ("CsMethod", R.choice(["GET", "POST"])), ("CsUriStem", path),
               ("CsUriQuery", Str(qsegs)), ("ScStatus", R.choice([200, 200, 302, 401])), ("TimeTaken", R.randint(2, 4000)),
               ("UserAgent", R.choice(UAS)), ("CsBytes", R.randint(200, 9000)), ("ScBytes", R.randint(200, 90000)),
               ("Result", "Success")])
    if pf:
        props.append(("RequestHeaders", O(pf)))
    rec = O([("time", CLK.iso(7)), ("resourceId", azure_rid("sites")), ("category", "AppServiceHTTPLogs"),
             ("operationName", "Microsoft.Web/sites/log"), ("properties", props)])
    return ser_json(rec, sp)


def fam_ecs(phi, cats, p):
    sp = R.random() < 0.3
    k = R.choice(["ecs", "ecs_flat", "dd", "dd"])
    ip = Str(P(pub_ip(), "ip")) if take(cats, "ip") else priv_ip()
    uname = Str(P(p.full if R.random() < 0.6 else p.name_variant(), "name")) if take(cats, "name") else None
    umail = Str(P(p.email, "email")) if take(cats, "email") else None
    svc = R.choice(SVC)
    msg_c = None
    if cats and R.random() < 0.35:
        msg_c = R.choice([c for c in cats if c not in NOPHRASE] or [None])
        if msg_c:
            cats.remove(msg_c)
    msg = Str(message([msg_c], p)) if msg_c else Str(clean_msg() if R.random() < 0.7 else R.choice(
        ["GET /api/v1/patients 200", "request completed", "upsert ok", "search executed"]))
    fields = fields_for(cats, p) + maybe_age_noise(cats, p)
    R.shuffle(fields)
    qf, lf = qsplit(fields, 0, 2)
    query = ser_query([(k2, v if isinstance(v, Str) and not isinstance(v, Lit) else Str(*plain(v))) for k2, v in qf]
                      + noise_q(0 if qf else R.randint(1, 2)), R.choice(["plus", "pct"]))
    if k in ("ecs", "ecs_flat"):
        labels = [(snake(k2), v if isinstance(v, Str) else str(v)) for k2, v in lf]
        labels += [(R.choice(["deployment", "tier", "env"]), R.choice(["blue", "green", "prod"]))]
        user_name = uname if uname else R.choice(["svc-intake", "system", "airflow", "etl-runner", "anonymous"])
        rec = [("@timestamp", CLK.iso(3)), ("log.level", R.choice(["info", "warn", "error", "debug"])),
               ("log.logger", R.choice(["com.acme.intake.PatientController", "app.handlers", "IntakeService"])),
               ("message", msg), ("ecs.version", "8.11.0"), ("service.name", svc),
               ("service.version", f"{R.randint(1, 4)}.{R.randint(0, 30)}.{R.randint(0, 9)}"),
               ("client.ip", ip), ("client.port", R.randint(1024, 65535)), ("user.name" if not uname or R.random() < 0.5 else "user.full_name", user_name)]
        if umail:
            rec.append(("user.email", umail))
        rec += [("url.path", R.choice(["/api/v1/patients", "/api/v1/intake", "/register"])), ("url.query", Str(query)),
                ("http.response.status_code", R.choice([200, 201, 400, 422])),
                ("event.dataset", f"{svc}.access"), ("event.duration", R.randint(100000, 900000000)),
                ("trace.id", hexs(32)), ("transaction.id", hexs(16)), ("host.name", f"ip-10-{R.randint(0, 255)}-{R.randint(0, 255)}-{R.randint(1, 254)}"),
                ("cloud.region", R.choice(AWS_REGIONS + AZ_REGIONS))]
        rec += [("labels." + lk, lv) for lk, lv in labels]
        if k == "ecs_flat":
            return ser_json(O(rec), sp)
        # nest dotted keys
        root = O()
        for dk, v in rec:
            if dk.startswith("@"):
                root.append((dk, v))
                continue
            parts = dk.split(".", 1) if dk.startswith("labels.") else dk.split(".")
            cur = root
            for part in parts[:-1]:
                nxt = next((x for kk, x in cur if kk == part and isinstance(x, O)), None)
                if nxt is None:
                    nxt = O()
                    cur.append((part, nxt))
                cur = nxt
            cur.append((parts[-1], v))
        return ser_json(root, sp)
    usr = O([("id", uid() if R.random() < 0.5 else f"u_{digits(7)}")])
    if uname:
        usr.append(("name", uname))
    if umail:
        usr.append(("email", umail))
    attrs = O(mix(lf, noise(R.randint(0, 3))))
    rec = O([("date", CLK.iso(3)), ("status", R.choice(["info", "warn", "error"])), ("service", svc),
             ("host", f"i-{hexs(17)}"), ("ddsource", R.choice(["nodejs", "python", "java", "ruby"])),
             ("ddtags", f"env:prod,version:{R.randint(1, 4)}.{R.randint(0, 30)}.{R.randint(0, 9)},region:{R.choice(AZ_REGIONS + AWS_REGIONS)}"),
             ("dd", O([("trace_id", digits(19)), ("span_id", digits(19))])), ("message", msg)])
    if uname or umail or R.random() < 0.5:
        rec.append(("usr", usr))
    rec.append(("network", O([("client", O([("ip", ip)]))])))
    rec.append(("http", O([("url", Str(f"https://{R.choice(HOSTS)}/api/v1/{R.choice(['intake', 'members'])}?", query)),
                           ("method", R.choice(["GET", "POST"])), ("status_code", R.choice([200, 201, 400]))])))
    if attrs:
        rec.append((R.choice(["attributes", "patient", "ctx", "payload"]), attrs))
    return ser_json(rec, sp)


def fam_queue(phi, cats, p):
    if phi and NOPHRASE & set(cats):
        k = R.choice(["kafka", "rabbit", "sqs", "airflow"])
    else:
        k = R.choice(["kafka", "rabbit", "sqs", "sidekiq", "celery", "airflow"])
    svc = R.choice(SVC)
    if k == "sidekiq":
        jid = hexs(24)
        cls = R.choice(["SendReminderJob", "SyncEligibilityJob", "FaxReferralJob", "MergeChartJob", "PostPaymentJob"])
        args = A()
        for c in cats:
            for _, v in field_pairs(c, p):
                args.append(v)
        R.shuffle(args)
        args.extend(R.sample([R.randint(1, 99999), "appt_reminder", True, f"ORD-2024-{digits(6)}", uid(), "v2"], R.randint(1, 3)))
        if not cats:
            R.shuffle(args)
        return seg(f"{CLK.iso(3)} pid={R.randint(2, 400)} tid={alnum(4, 'abcdefghijklmnopqrstuvwxyz0123456789')} class={cls} jid={jid} ",
                   R.choice([seg("args=", ser_json(args, True), " INFO: start"),
                             seg("INFO: ", R.choice(["start", "retry", "fail"]), " args=", ser_json(args, False),
                                 f" elapsed={R.uniform(0.01, 9):.3f}")]))
    if k == "celery":
        task = f"{svc.replace('-', '_')}.tasks.{R.choice(['post_claim', 'send_sms', 'match_patient', 'ocr_card'])}"
        pairs = fields_for(cats, p)
        nargs = R.randint(0, len(pairs))
        args = Tup(v for _, v in pairs[:nargs])
        kw = O(pairs[nargs:] + ([] if pairs else noise(R.randint(1, 2))))
        if not pairs:
            args = Tup([R.randint(1, 9999)])
        if R.random() < 0.5:
            return seg(f"[{CLK.py()}: INFO/MainProcess] Task {task}[{uid()}] received args=", ser_py(args), " kwargs=", ser_py(kw))
        return seg(f"[{CLK.py()}: DEBUG/MainProcess] TaskPool: Apply <function _trace_task_ret at 0x7f{hexs(10)}> "
                   f"(args:('{task}', '{uid()}', {{'lang': 'py', 'task': '{task}', 'retries': {R.randint(0, 3)}}}, ",
                   ser_py(args), ", ", ser_py(kw), ") kwargs:{})")
    if k == "airflow":
        t = CLK.t
        dag = R.choice(["claims_etl", "adt_ingest", "eligibility_sync", "hie_export"])
        head = f"[{t.strftime('%Y-%m-%d, %H:%M:%S')} UTC] "
        if not cats:
            return seg(head + R.choice([
                f"{{taskinstance.py:{R.randint(1100, 2900)}}} INFO - Marking task as SUCCESS. dag_id={dag}, task_id=extract, execution_date={t.strftime('%Y%m%dT000000')}, start_date={t.strftime('%Y%m%dT%H%M%S')}, end_date={t.strftime('%Y%m%dT%H%M%S')}",
                f"{{xcom.py:{R.randint(600, 700)}}} INFO - Pushing XCom key=return_value value={{'rows': {R.randint(1, 90000)}, 's3_key': 's3://{svc}-artifacts-{R.choice(ACCOUNTS)}/{t.strftime('%Y/%m/%d')}/part-0000.parquet'}}",
                f"{{local_task_job_runner.py:{R.randint(200, 300)}}} INFO - Task exited with return code 0",
                f"{{base.py:{R.randint(70, 90)}}} INFO - Using connection ID 'postgres_ehr' for task execution."]))
        val = O(mix(fields_for(cats, p), noise(R.randint(0, 2))))
        return seg(head + f"{{xcom.py:{R.randint(600, 700)}}} INFO - Pushing XCom key={R.choice(['return_value', 'patient', 'matched'])} value=",
                   ser_py(val) if R.random() < 0.5 else ser_json(val, True))
    # json payload queues
    mkey = None
    if k == "kafka" and "mrn" in cats and R.random() < 0.7:
        cats.remove("mrn")
        mkey = P(mrn_value(), "mrn")
    body_pairs = fields_for(cats, p) + maybe_age_noise(cats, p)
    if cats:
        payload = O([("eventType", R.choice(["ADT^A04", "ADT^A08", "patient.updated", "referral.created", "appt.booked"])),
                     ("eventId", uid())])
        if R.random() < 0.5:
            payload.append((R.choice(["patient", "data", "subject"]), O(body_pairs)))
        else:
            payload.extend(body_pairs)
        payload.extend(noise(R.randint(0, 2)))
    else:
        payload = O([("eventType", R.choice(["order.created", "batch.completed", "claim.status", "cache.invalidate"])),
                     ("eventId", uid())] + noise(R.randint(2, 5)))
    sp = R.random() < 0.4
    if k == "kafka":
        topic = R.choice(["ehr.adt.events", "patient.intake.v2", "billing.claims", "notify.sms"])
        key = mkey if mkey else R.choice([uid(), f"evt-{digits(10)}", "null"])
        return seg(f"{R.choice(['', '[kafka-consumer] ', 'DEBUG KafkaConsumer - '])}topic={topic} partition={R.randint(0, 23)} "
                   f"offset={R.randint(1000, 99999999)} timestamp={CLK.epoch_ms()} key=", key,
                   f" headers={{traceparent=00-{hexs(32)}-{hexs(16)}-01, schema-version={R.randint(1, 6)}, source={svc}}} value=",
                   ser_json(payload, sp))
    if k == "rabbit":
        return seg(f"{CLK.py().replace(',', '.')} [debug] <0.{R.randint(100, 9999)}.0> consumer={svc}-worker "
                   f"delivery_tag={R.randint(1, 90000)} exchange={R.choice(['referrals', 'amq.topic', 'notify'])} "
                   f"routing_key={R.choice(['referral.created', 'appt.booked', 'patient.updated'])} redelivered={R.choice(['false', 'true'])} "
                   f"props={{content_type=application/json, message_id={uid()}, priority=0}} payload=", ser_json(payload, sp))
    region = R.choice(AWS_REGIONS)
    body = Str(ser_json(payload, False))
    rec = O([("messageId", uid()), ("receiptHandle", "AQEB" + b64(60).replace("=", "")), ("body", body),
             ("attributes", O([("ApproximateReceiveCount", str(R.randint(1, 5))), ("SentTimestamp", str(CLK.epoch_ms())),
                               ("SenderId", f"AROA{alnum(17, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}:{svc}")])),
             ("md5OfBody", hexs(32)), ("eventSource", "aws:sqs"),
             ("eventSourceARN", f"arn:aws:sqs:{region}:{R.choice(ACCOUNTS)}:{svc}-queue"), ("awsRegion", region)])
    return seg(R.choice(["SQS record: ", f"{CLK.iso()} ReceiveMessage ", ""]), ser_json(rec, sp))


def fam_logstash(phi, cats, p):
    k = R.choice(["ruby", "ruby", "fluentd", "fluentbit", "hec", "hec"])
    svc = R.choice(SVC)
    msg_c = None
    if cats and R.random() < 0.4:
        msg_c = R.choice([c for c in cats if c not in NOPHRASE] or [None])
        if msg_c:
            cats.remove(msg_c)
    msg = Str(message([msg_c], p)) if msg_c else Str(clean_msg())
    fields = fields_for(cats, p) + maybe_age_noise(cats, p)
    R.shuffle(fields)
    if k == "ruby":
        rec = O([("message", msg), ("@timestamp", Lit(CLK.iso(3))), ("@version", "1"),
                 ("host", f"ip-10-{R.randint(0, 255)}-{R.randint(0, 255)}-{R.randint(1, 254)}"), ("type", R.choice(["app", "hl7", "access"])),
                 ("tags", A(R.sample(["beats_input_codec_plain_applied", "phi", "json", "_grokparsefailure"], R.randint(1, 2))))])
        rec = O(list(rec) + mix([(snake(k2) if R.random() < 0.5 else k2, v) for k2, v in fields], noise(R.randint(0, 2))))
        return ser_ruby(rec)
    if k == "fluentd":
        inner = O([("level", R.choice(["info", "warn"])), ("msg", msg)] + mix(fields, noise(R.randint(0, 2))))
        log = Str(ser_json(inner, False)) if (fields or R.random() < 0.5) else msg
        rec = O([("log", log), ("stream", R.choice(["stdout", "stderr"])), ("time", CLK.iso(9 if False else 6)),
                 ("kubernetes", O([("pod_name", f"{svc}-{hexs(10)}-{alnum(5, 'abcdefghijklmnopqrstuvwxyz0123456789')}"),
                                   ("namespace_name", R.choice(["clinical", "default", "billing"])),
                                   ("host", f"ip-10-{R.randint(0, 255)}-{R.randint(0, 255)}-{R.randint(1, 254)}.ec2.internal"),
                                   ("container_image", f"{R.choice(ACCOUNTS)}.dkr.ecr.{R.choice(AWS_REGIONS)}.amazonaws.com/{svc}:{hexs(7)}")]))])
        t = CLK.t
        return seg(f"{t.strftime('%Y-%m-%d %H:%M:%S')}.{t.microsecond:06d}000 +0000 kube.var.log.containers.{svc}-{hexs(6)}_clinical_app-{hexs(12)}.log: ",
                   ser_json(rec, False))
    if k == "fluentbit":
        rec = O([("level", R.choice(["info", "warn", "error"])), ("msg", msg)] + mix(fields, noise(R.randint(0, 3))))
        return seg(f"[{R.randint(0, 9)}] {R.choice(['app.', 'kube.', 'tail.'])}{svc}: [{CLK.epoch():.9f}, ",
                   ser_ruby(rec, "=>", ", ", "{", "}"), "]")
    ev = O([("message", msg)] + mix(fields, noise(R.randint(0, 3))))
    rec = O([("time", round(CLK.epoch(), 3)), ("host", f"{svc}-{hexs(5)}"), ("source", f"/var/log/{svc}/app.log"),
             ("sourcetype", R.choice(["_json", f"{svc}:app", "hl7:adt"])), ("index", R.choice(["app_prod", "phi_restricted", "main"])),
             ("event", ev)])
    if R.random() < 0.4:
        rec.append(("fields", O([("region", R.choice(AZ_REGIONS + AWS_REGIONS)), ("cluster", f"eks-{R.choice(['blue', 'green'])}")])))
    return ser_json(rec, R.random() < 0.5)


def fam_twilio(phi, cats, p):
    if phi and NOPHRASE & set(cats):
        k = R.choice(["zoom_reg", "tele"])
    elif not phi:
        k = R.choice(["sms_status", "voice_status", "zoom_clean", "tele_clean", "sms_status"])
    else:
        k = R.choice(["sms", "sms", "voice", "zoom_join", "zoom_reg", "tele"])
    acct = "AC" + hexs(32)
    ts = CLK.iso(R.choice([0, 3]))
    if k == "sms_status":
        form = (f"SmsSid=SM{hexs(32)}&SmsStatus={R.choice(['sent', 'delivered', 'undelivered'])}&MessageStatus=delivered"
                f"&MessagingServiceSid=MG{hexs(32)}&AccountSid={acct}&ErrorCode={R.choice(['', '30003', '30005'])}&ApiVersion=2010-04-01")
        return seg(f"{ts} twilio-webhook POST /hooks/sms/status {R.choice([200, 204])} {R.randint(3, 90)}ms form=\"{form}\"")
    if k == "voice_status":
        form = (f"CallSid=CA{hexs(32)}&AccountSid={acct}&CallStatus=completed&CallDuration={R.randint(5, 1800)}"
                f"&Direction=inbound&RecordingUrl={quote_plus(f'https://api.twilio.com/2010-04-01/Accounts/{acct}/Recordings/RE{hexs(32)}')}"
                f"&To=client%3Afrontdesk&ApiVersion=2010-04-01")
        return seg(f"{ts} voice-hook status_callback 200 body={form}")
    if k == "zoom_clean":
        ev = O([("event", R.choice(["meeting.started", "meeting.ended", "recording.completed"])), ("event_ts", CLK.epoch_ms()),
                ("payload", O([("account_id", alnum(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")),
                               ("object", O([("id", R.randint(10**10, 10**11 - 1)), ("uuid", b64(16)),
                                             ("host_id", alnum(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")),
                                             ("topic", R.choice(["Weekly ops standup", "Telehealth room 4", "Spring planning", "Jackson Clinic huddle"])),
                                             ("type", 2), ("duration", R.randint(15, 90)), ("timezone", "America/Chicago")]))]))])
        return seg(f"{ts} zoom-webhook ", ser_json(ev, False))
    if k == "tele_clean":
        return seg(f"{ts} telehealth INFO {R.choice(['session.created', 'session.ended', 'room.recycled'])} "
                   f"visit=VV-2024-{digits(6)} room=rm_{hexs(12)} provider_id=PRV-{digits(5)} region={R.choice(AZ_REGIONS)} "
                   f"bitrate_kbps={R.randint(300, 2500)} packet_loss={R.uniform(0, 3):.2f}%")
    if k in ("sms", "voice"):
        mode = "plus"
        take(cats, "phone")
        frm = fmt_phone(p.phone, "e164")  # an inbound SMS/call always carries the patient's number
        fzip = p.zip if take(cats, "zip") else None
        fcity = p.city.upper() if (k == "voice" or R.random() < 0.5) and take(cats, "address") else None
        cname = None
        if k == "voice" and "name" in cats:
            cats.remove("name")
            cname = f"{ascii_of(p.last).upper()} {ascii_of(p.first).upper()}"[:15] if not p.native else p.full
        pairs = []
        if k == "sms":
            body_t = message(cats, p) if cats else seg(R.choice(["Y", "C", "need to reschedule", "STOP"]))
            pairs = [("ToCountry", "US"), ("ToState", R.choice(["MA", "TX", "IL"])), ("SmsMessageSid", "SM" + hexs(32)),
                     ("NumMedia", "0"), ("ToCity", R.choice(["BOSTON", "DALLAS", "CHICAGO"]))]
            if fzip:
                pairs.append(("FromZip", Str(P(fzip, "zip"))))
            pairs.append(("SmsSid", "SM" + hexs(32)))
            if fcity:
                pairs += [("FromState", p.state), ("FromCity", Str(P(fcity, "address")))]
            pairs += [("Body", Str(body_t)), ("FromCountry", "US"), ("To", str(R.randint(20000, 99999))),
                      ("MessagingServiceSid", "MG" + hexs(32)), ("NumSegments", "1"), ("AccountSid", acct)]
            if frm:
                pairs.append(("From", Str(P(frm, "phone"))))
            pairs.append(("ApiVersion", "2010-04-01"))
            if not (frm or fzip or fcity or cats):
                pairs.append(("From", Str(P(fmt_phone(p.phone, "e164"), "phone"))))
            return seg(f"{ts} twilio-webhook POST /hooks/sms/inbound 200 {R.randint(3, 90)}ms form=\"", ser_query(pairs, mode), '"')
        pairs = [("AccountSid", acct), ("ApiVersion", "2010-04-01"), ("CallSid", "CA" + hexs(32)),
                 ("CallStatus", "ringing"), ("Direction", "inbound")]
        if fcity:
            pairs.append(("CallerCity", Str(P(fcity, "address"))))
        if fzip:
            pairs.append(("CallerZip", Str(P(fzip, "zip"))))
        if cname:
            pairs.append(("CallerName", Str(P(cname, "name"))))
        if frm:
            pairs += [("Caller", Str(P(frm, "phone"))), ("From", Str(P(frm, "phone")))]
        pairs += [("To", "client:frontdesk")]
        for kk, v in fields_for(cats, p):   # IVR-collected digits/fields
            pairs.append(("Digits" if kk.lower() in ("ssn", "dob") else kk, v if isinstance(v, Str) and not isinstance(v, Lit) else Str(*plain(v))))
        if len([1 for _, v in pairs if isinstance(v, Str)]) == 0:
            pairs.append(("From", Str(P(fmt_phone(p.phone, "e164"), "phone"))))
        return seg(f"{ts} voice-hook POST /hooks/voice/incoming 200 body=", ser_query(pairs, mode))
    if k == "zoom_join":
        part = O([("user_id", str(R.randint(10**7, 10**9))), ("participant_uuid", uid().upper()),
                  ("id", alnum(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))])
        if take(cats, "name"):
            part.append(("user_name", Str(P(p.full, "name"))))
        else:
            part.append(("user_name", R.choice(["Front Desk", "iPhone", "Guest"])))
        if take(cats, "email"):
            part.append(("email", Str(P(p.email, "email"))))
        if take(cats, "ip"):
            part.append(("public_ip", Str(P(pub_ip(), "ip"))))
        topic = Str("Telehealth visit") if not cats else Str("Telehealth: ", joinsegs([phrase(c, p) for c in cats], ", "))
        ev = O([("event", "meeting.participant_joined"), ("event_ts", CLK.epoch_ms()),
                ("payload", O([("account_id", alnum(22)), ("object", O([
                    ("id", str(R.randint(10**10, 10**11 - 1))), ("uuid", b64(16)), ("host_id", alnum(22)),
                    ("topic", topic), ("type", 2), ("participant", part)]))]))])
        return seg(f"{ts} zoom-webhook ", ser_json(ev, R.random() < 0.4))
    if k == "zoom_reg":
        reg = O([("id", alnum(22))])
        if take(cats, "name"):
            if R.random() < 0.6 and not p.native:
                reg += [("first_name", Str(P(p.first, "name"))), ("last_name", Str(P(p.last, "name")))]
            else:
                reg.append(("first_name", Str(P(p.full, "name"))))
        if take(cats, "email"):
            reg.append(("email", Str(P(p.email, "email"))))
        if take(cats, "address"):
            reg += [("address", Str(P(p.street, "address"))), ("city", Str(P(p.city, "address"))), ("state", p.state)]
        if take(cats, "zip"):
            reg.append(("zip", Str(P(p.zip, "zip"))))
        if take(cats, "phone"):
            reg.append(("phone", Str(P(fmt_phone(p.phone), "phone"))))
        cq = A()
        for kk, v in fields_for(cats, p):
            cq.append(O([("title", kk), ("value", v if isinstance(v, Str) else str(v))]))
        if cq:
            reg.append(("custom_questions", cq))
        reg.append(("join_url", f"https://us06web.zoom.us/w/{digits(11)}?tk={b64(24).replace('=', '')}"))
        ev = O([("event", "meeting.registration_created"), ("event_ts", CLK.epoch_ms()),
                ("payload", O([("account_id", alnum(22)), ("object", O([("id", str(R.randint(10**10, 10**11 - 1))),
                                                                       ("topic", "Telehealth intake"), ("registrant", reg)]))]))])
        return seg(f"{ts} zoom-webhook ", ser_json(ev, R.random() < 0.4))
    # telehealth kv log
    parts = [f"{ts} telehealth INFO {R.choice(['session.created', 'identity.verified', 'checkin.completed'])} visit=VV-2024-{digits(6)} room=rm_{hexs(12)}"]
    kv = []
    for kk, v in fields_for(cats, p):
        if isinstance(v, Str) and not isinstance(v, Lit):
            kv.append(seg(" ", snake(kk), '="', v.segs, '"'))
        else:
            kv.append(seg(" ", snake(kk), "=", plain(v)))
    return seg(parts[0], kv, f" provider_id=PRV-{digits(5)} region={R.choice(AZ_REGIONS)}")


def fam_browser(phi, cats, p):
    k = R.choice(["sentry", "sentry", "rum", "storage", "console"])
    if not phi and k == "storage" and R.random() < 0.5:
        k = "console"
    if phi and k == "console" and NOPHRASE & set(cats):
        k = "storage"
    host = R.choice(HOSTS)
    bundle = f"https://{host}/static/js/main.{hexs(8)}.js"
    ts = CLK.iso(3)
    if k == "console":
        if not phi:
            return seg(f"[browser-console] {ts} {R.choice(['ERROR', 'WARN'])} {bundle}:{R.randint(1, 3)}:{R.randint(100, 90000)} "
                       + R.choice(["Uncaught (in promise) Error: Request failed with status code 422",
                                   "ResizeObserver loop completed with undelivered notifications.",
                                   f"ChunkLoadError: Loading chunk {R.randint(100, 999)} failed.",
                                   f"[HMR] Waiting for update signal from WDS... build {hexs(7)}"]))
        return seg(f"[browser-console] {ts} LOG {bundle}:{R.randint(1, 3)}:{R.randint(100, 90000)} ",
                   R.choice(["intake state: ", "debug form: ", "submit payload -> "]),
                   joinsegs([seg(kk, "=", plain(v)) for kk, v in fields_for(cats, p)], " "))
    ip = Str(P(pub_ip(), "ip")) if take(cats, "ip") else (priv_ip() if R.random() < 0.5 else "{{auto}}")
    uname = Str(P(p.full, "name")) if "name" in cats and R.random() < 0.6 and take(cats, "name") else None
    umail = Str(P(p.email, "email")) if take(cats, "email") else None
    fields = fields_for(cats, p) + maybe_age_noise(cats, p)
    R.shuffle(fields)
    if k == "storage":
        draft = O(mix(fields + ([("fullName", uname)] if uname else []) + ([("email", umail)] if umail else []),
                      [("step", R.randint(1, 5)), ("savedAt", CLK.epoch_ms())]))
        ls = O([("i18nextLng", "en-US"), ("theme", R.choice(["dark", "light"])),
                ("ajs_anonymous_id", '"' + uid() + '"'), ("featureFlags", json.dumps({"newIntake": True, "rumSample": 0.2}))])
        if cats or uname or umail:
            ls.insert(1, (R.choice(["intakeDraft", "portal:intakeDraft", "persist:root", "formCache"]), Str(ser_json(draft, False))))
        else:
            ls.insert(1, ("persist:root", json.dumps({"router": "\"/dashboard\"", "version": R.randint(1, 9)})))
        rec = O([("ts", ts), ("kind", "storage.snapshot"), ("origin", f"https://{host}"), ("session_id", uid()),
                 ("clientIp", ip), ("localStorage", ls)])
        return seg(R.choice(["", "[rum-debug] "]), ser_json(rec, False))
    qf, rest = qsplit(fields, 0, 2)
    q = ser_query([(kk, v if isinstance(v, Str) and not isinstance(v, Lit) else Str(*plain(v))) for kk, v in qf]
                  + noise_q(0 if qf else R.randint(0, 2)), R.choice(["plus", "pct"]))
    url = Str(f"https://{host}/{R.choice(['intake', 'register', 'profile/edit', 'billing/pay'])}", "?" if q else "", q)
    if k == "rum":
        usr = O([("id", f"u_{digits(7)}")])
        if uname:
            usr.append(("name", uname))
        if umail:
            usr.append(("email", umail))
        rec = O([("type", "view"), ("date", CLK.epoch_ms()), ("application", O([("id", uid())])),
                 ("session", O([("id", uid()), ("type", "user")])),
                 ("view", O([("id", uid()), ("url", url), ("referrer", f"https://{host}/"),
                             ("loading_time", R.randint(10**8, 5 * 10**9)), ("largest_contentful_paint", R.randint(10**8, 4 * 10**9))])),
                 ("usr", usr), ("network", O([("client", O([("ip", ip)]))])),
                 ("service", "patient-portal"), ("version", f"3.{R.randint(0, 20)}.{R.randint(0, 9)}")])
        if rest:
            rec.append(("context", O(rest)))
        return ser_json(rec, R.random() < 0.3)
    crumbs = A([O([("timestamp", round(CLK.epoch() - R.uniform(1, 60), 3)), ("category", "navigation"),
                   ("data", O([("from", "/"), ("to", "/intake")]))])])
    nb = R.randint(0, len(rest))
    for kk, v in rest[:nb]:
        crumbs.append(O([("timestamp", round(CLK.epoch() - R.uniform(0, 30), 3)), ("category", "ui.input"),
                         ("message", Str(f'input[name="{kk}"] value="', plain(v), '"'))]))
    crumbs.append(O([("category", "xhr"), ("data", O([("method", "POST"), ("url", f"https://{host}/api/v1/intake"),
                                                      ("status_code", R.choice([400, 422, 500]))]))]))
    user = O([("id", f"{R.randint(10000, 999999)}"), ("ip_address", ip)])
    if uname:
        user.append(("name", uname))
    if umail:
        user.append(("email", umail))
    rec = O([("event_id", hexs(32)), ("timestamp", round(CLK.epoch(), 3)), ("platform", "javascript"),
             ("level", "error"), ("release", f"patient-portal@3.{R.randint(0, 20)}.{R.randint(0, 9)}"),
             ("environment", "production"),
             ("exception", O([("values", A([O([("type", R.choice(["TypeError", "Error", "ChunkLoadError"])),
                                                ("value", R.choice(["Cannot read properties of undefined (reading 'zip')",
                                                                    "Request failed with status code 422",
                                                                    "Network Error"])),
                                                ("stacktrace", O([("frames", A([O([("filename", bundle), ("function", "submitIntake"),
                                                                                    ("lineno", R.randint(1, 3)), ("colno", R.randint(100, 90000))])]))]))])]))])),
             ("request", O([("url", url), ("headers", O([("User-Agent", R.choice(UAS)), ("Referer", f"https://{host}/")]))])),
             ("user", user), ("breadcrumbs", O([("values", crumbs)])),
             ("contexts", O([("browser", O([("name", "Chrome"), ("version", "124.0.6367.91")])), ("os", O([("name", "Windows"), ("version", "10")]))])),
             ("tags", O([("transaction", "/intake/step-2"), ("region", R.choice(AZ_REGIONS))]))])
    if rest[nb:]:
        rec.append(("extra", O(rest[nb:])))
    return ser_json(rec, R.random() < 0.3)


FAMILY_FN = {"lambda": fam_lambda, "alb_apigw": fam_alb, "azure": fam_azure, "ecs_datadog": fam_ecs,
             "queue": fam_queue, "logstash": fam_logstash, "twilio_sms": fam_twilio, "browser": fam_browser}
EXCLUDE = {"alb_apigw": {"photo", "biometric"}}
EXTRA_W = {"name": 6, "date": 5, "phone": 2, "email": 2, "mrn": 2, "zip": 1.5, "address": 1.5, "ip": 1.5,
           "health_plan": 1.5, "ssn": 1, "age": 0.6, "fax": 0.5, "account": 0.6, "license": 0.4, "vehicle": 0.3,
           "device": 0.4, "url": 0.3, "other_id": 0.4, "biometric": 0.15, "photo": 0.2}


# ----------------------------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------------------------
def finalize(segs):
    parts, spans, off = [], [], 0
    for t, c in segs:
        b = t.encode("utf-8")
        if c:
            spans.append({"s": off, "e": off + len(b), "cat": c, "_v": t})
        parts.append(t)
        off += len(b)
    line = "".join(parts)
    assert "\n" not in line and "\r" not in line, line
    return line, spans


def main():
    plan = {}
    for f in FAMILIES:
        flags = [False] * CLEAN_PER_FAMILY + [True] * (LINES_PER_FAMILY - CLEAN_PER_FAMILY)
        R.shuffle(flags)
        allowed = [c for c in CATS if c not in EXCLUDE.get(f, set())]
        feats = []
        while len(feats) < LINES_PER_FAMILY:
            blk = allowed[:]
            R.shuffle(blk)
            feats += blk
        plan[f] = (flags, feats)
    order = [f for f in FAMILIES for _ in range(LINES_PER_FAMILY)]
    R.shuffle(order)
    idx = Counter()
    lines, labels = [], []
    for n, fam in enumerate(order, 1):
        flags, feats = plan[fam]
        i = idx[fam]
        idx[fam] += 1
        phi = flags[i]
        CLK.tick()
        cats = []
        if phi:
            feat = feats[sum(flags[:i])]
            cats = [feat]
            ex = R.choices([0, 1, 2, 3], [0.3, 0.35, 0.25, 0.1])[0]
            pool = [c for c in CATS if c not in EXCLUDE.get(fam, set()) and c != feat]
            for _ in range(ex):
                c = R.choices(pool, [EXTRA_W[x] for x in pool])[0]
                if c not in cats:
                    cats.append(c)
        p = Person(old="age" in cats)
        segs = FAMILY_FN[fam](phi, list(cats), p)
        line, spans = finalize(segs)
        got = {s["cat"] for s in spans}
        if phi:
            assert spans, (fam, cats, line)
            assert set(cats) <= got, (fam, cats, got, line)
        else:
            assert not spans, line
        lines.append(line)
        labels.append({"line": n, "family": fam, "spans": spans})

    log_path = os.path.join(HERE, "e.log")
    lab_path = os.path.join(HERE, "e.labels.jsonl")
    with open(log_path, "w", encoding="utf-8", newline="\n") as fh:
        for line in lines:
            fh.write(line + "\n")
    with open(lab_path, "w", encoding="utf-8", newline="\n") as fh:
        for lab in labels:
            out = {"line": lab["line"], "family": lab["family"],
                   "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in lab["spans"]]}
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")

    # verification from disk (binary)
    with open(log_path, "rb") as fh:
        raw = fh.read().split(b"\n")
    assert raw[-1] == b"" and len(raw) - 1 == len(labels)
    raw = raw[:-1]
    for lab, lb in zip(labels, raw):
        lb.decode("utf-8")
        prev = 0
        for s in sorted(lab["spans"], key=lambda x: x["s"]):
            assert s["s"] >= prev and s["e"] > s["s"], (lab["line"], s)
            assert lb[s["s"]:s["e"]] == s["_v"].encode("utf-8"), (lab["line"], s)
            prev = s["e"]
            v = s["_v"]
            if s["cat"] == "ip":
                assert ipaddress.ip_address(v).is_global, v
            if s["cat"] == "account":
                d = v.replace(" ", "").replace("-", "")
                if d.isdigit() and len(d) in (15, 16):
                    assert luhn_ok(d), v
            if s["cat"] == "device" and v.isdigit() and len(v) == 15:
                assert luhn_ok(v), v
            if s["cat"] == "age":
                assert int(v) >= 90, v
    with open(lab_path, encoding="utf-8") as fh:
        relabels = [json.loads(x) for x in fh]
    assert [r["line"] for r in relabels] == list(range(1, len(raw) + 1))

    cat_c = Counter(s["cat"] for lab in labels for s in lab["spans"])
    fam_c = Counter()
    fam_lines = Counter()
    clean = 0
    for lab in labels:
        fam_c[lab["family"]] += len(lab["spans"])
        fam_lines[lab["family"]] += 1
        clean += not lab["spans"]
    print(f"lines={len(labels)} clean={clean} phi_lines={len(labels) - clean} spans={sum(cat_c.values())}")
    print("per category:")
    for c in CATS:
        print(f"  {c:12s} {cat_c[c]}")
    print("per family (lines / spans):")
    for f in FAMILIES:
        print(f"  {f:12s} {fam_lines[f]:4d} {fam_c[f]}")


if __name__ == "__main__":
    main()
