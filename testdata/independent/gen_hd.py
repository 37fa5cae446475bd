#!/usr/bin/env python3
"""Deterministic generator of a labeled PHI test corpus (AWS serverless health-plan observability).

Writes hd.log and hd.labels.jsonl next to this file. Standard library only.
"""
import base64
import datetime
import hashlib
import json
import os
import re

import random

random.seed(20240314)
rng = random.Random(731409)

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "hd"
N_LINES = 500
UTC = datetime.timezone.utc


# ----------------------------------------------------------------------------
# span-carrying parts
# ----------------------------------------------------------------------------
class P:
    """A PHI value: text exactly as it will appear in the line, plus category."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class S:
    """A string value composed of plain text and P parts."""

    def __init__(self, *parts):
        self.parts = flat(parts)


class Raw:
    """Pre-formatted parts inserted verbatim in serialized output."""

    def __init__(self, *parts):
        self.parts = flat(parts)


def flat(parts):
    out = []
    for p in parts:
        if p is None:
            continue
        if isinstance(p, (list, tuple)):
            out.extend(flat(p))
        elif isinstance(p, S):
            out.extend(p.parts)
        elif isinstance(p, P):
            if isinstance(p.v, str):
                out.append(p)
            else:
                out.append(P(str(p.v), p.cat))
        else:
            out.append(str(p))
    return out


def text(parts):
    return "".join(p.v if isinstance(p, P) else p for p in flat(parts))


def smap(parts, fn):
    return [P(fn(p.v), p.cat) if isinstance(p, P) else fn(p) for p in flat(parts)]


# ----------------------------------------------------------------------------
# serializers
# ----------------------------------------------------------------------------
def jesc(s, ea=False):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def jdump(o, ea=False, isep=",", ksep=":"):
    out = []

    def w(o):
        if isinstance(o, dict):
            out.append("{")
            first = True
            for k, v in o.items():
                if not first:
                    out.append(isep)
                first = False
                out.append(json.dumps(k, ensure_ascii=ea) + ksep)
                w(v)
            out.append("}")
        elif isinstance(o, list):
            out.append("[")
            for i, v in enumerate(o):
                if i:
                    out.append(isep)
                w(v)
            out.append("]")
        elif isinstance(o, P):
            if isinstance(o.v, str):
                out.extend(['"', P(jesc(o.v, ea), o.cat), '"'])
            else:
                out.append(P(json.dumps(o.v), o.cat))
        elif isinstance(o, S):
            out.append('"')
            out.extend(smap(o.parts, lambda s: jesc(s, ea)))
            out.append('"')
        elif isinstance(o, Raw):
            out.extend(o.parts)
        else:
            out.append(json.dumps(o, ensure_ascii=ea))

    w(o)
    return out


def pystr(parts):
    parts = flat(parts)
    txt = text(parts)
    q = '"' if ("'" in txt and '"' not in txt) else "'"

    def esc(s):
        s = s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
        if q == "'":
            s = s.replace("'", "\\'")
        return s

    res = [q] + smap(parts, esc) + [q]
    assert text(res) == repr(txt), (text(res), repr(txt))
    return res


def prepr(o):
    out = []

    def w(o):
        if isinstance(o, dict):
            out.append("{")
            first = True
            for k, v in o.items():
                if not first:
                    out.append(", ")
                first = False
                out.append(repr(k) + ": ")
                w(v)
            out.append("}")
        elif isinstance(o, list):
            out.append("[")
            for i, v in enumerate(o):
                if i:
                    out.append(", ")
                w(v)
            out.append("]")
        elif isinstance(o, P):
            if isinstance(o.v, str):
                out.extend(pystr([o]))
            else:
                out.append(P(repr(o.v), o.cat))
        elif isinstance(o, S):
            out.extend(pystr(o.parts))
        elif isinstance(o, Raw):
            out.extend(o.parts)
        else:
            out.append(repr(o))

    w(o)
    return out


IDENT = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")


def nodestr(parts):
    parts = flat(parts)
    txt = text(parts)
    if "'" not in txt:
        q = "'"
    elif '"' not in txt:
        q = '"'
    else:
        q = "`"
    return [q] + smap(parts, lambda s: s.replace("\\", "\\\\").replace("\n", "\\n")) + [q]


def ninspect(o):
    out = []

    def w(o):
        if isinstance(o, dict):
            if not o:
                out.append("{}")
                return
            out.append("{ ")
            first = True
            for k, v in o.items():
                if not first:
                    out.append(", ")
                first = False
                out.append((k if IDENT.match(k) else "'" + k + "'") + ": ")
                w(v)
            out.append(" }")
        elif isinstance(o, list):
            if not o:
                out.append("[]")
                return
            out.append("[ ")
            for i, v in enumerate(o):
                if i:
                    out.append(", ")
                w(v)
            out.append(" ]")
        elif isinstance(o, P):
            if isinstance(o.v, str):
                out.extend(nodestr([o]))
            else:
                out.append(P(str(o.v), o.cat))
        elif isinstance(o, S):
            out.extend(nodestr(o.parts))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, str):
            out.extend(nodestr([o]))
        else:
            out.append(str(o))

    w(o)
    return out


def csvf(v, always=False):
    if isinstance(v, S):
        parts = v.parts
    elif isinstance(v, P):
        parts = flat([v])
    elif v is None:
        parts = [""]
    else:
        parts = [str(v)]
    txt = text(parts)
    if always or any(c in txt for c in ',"\n\r'):
        return ['"'] + smap(parts, lambda s: s.replace('"', '""')) + ['"']
    return parts


def csvrow(vals, always=False):
    out = []
    for i, v in enumerate(vals):
        if i:
            out.append(",")
        out.extend(csvf(v, always))
    return out


# ----------------------------------------------------------------------------
# line sink
# ----------------------------------------------------------------------------
LINES = []  # (family, bytes, spans)


def emit(family, *parts):
    buf = bytearray()
    spans = []
    for p in flat(parts):
        if isinstance(p, P):
            b = p.v.encode("utf-8")
            assert b, "empty span"
            s = len(buf)
            buf += b
            e = len(buf)
            assert bytes(buf[s:e]) == b
            if spans and spans[-1]["e"] == s and spans[-1]["cat"] == p.cat:
                raise AssertionError("adjacent same-cat spans: " + p.v)
            spans.append({"s": s, "e": e, "cat": p.cat, "_v": b})
        else:
            buf += p.encode("utf-8")
    assert b"\n" not in buf and b"\r" not in buf, bytes(buf)
    assert len(buf) <= 4000, (family, len(buf))
    LINES.append((family, bytes(buf), spans))


def n_phi():
    return sum(1 for l in LINES if l[2])


def want_phi(base=0.48):
    n = len(LINES)
    r = n_phi() / n if n else base
    p = min(0.92, max(0.06, base + (base - r) * 5))
    return rng.random() < p


# ----------------------------------------------------------------------------
# clock and ids
# ----------------------------------------------------------------------------
CLOCK = [datetime.datetime(2024, 3, 14, 13, 2, 11, 417000, tzinfo=UTC)]


def tick(lo=3, hi=2500):
    CLOCK[0] += datetime.timedelta(milliseconds=rng.randint(lo, hi))
    return CLOCK[0]


def ms(t):
    return t.microsecond // 1000


def iso_z(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % ms(t)


def iso_s(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def ins_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % ms(t)


def pt_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d+0000" % ms(t)


def clf_ts(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def cli_ts(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


def epoch_ms(t):
    return int(t.timestamp() * 1000)


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(rng.choice(chars) for _ in range(n))


B64C = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64s(n):
    return "".join(rng.choice(B64C) for _ in range(n))


def uuid4():
    h = "%032x" % rng.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def xray(t):
    return "1-%08x-%s" % (int(t.timestamp()) - rng.randint(0, 2), hexs(24))


def s3_reqid():
    return alnum(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def s3_versionid():
    return alnum(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._")


def httpapi_reqid():
    return alnum(14, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") + "="


ACCT = "418295730612"
ACCT_DATA = "907153842266"
ACCT_SEC = "230915667481"
REGION = "us-west-2"
KMS_KEY = "arn:aws:kms:us-west-2:418295730612:key/6d0f2b9e-81c4-4a3e-9b57-2f1e0c8a4d19"
VPCE = "vpce-0f3a9b2c4d5e6f708"


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


def npi():
    base = "1" + "".join(rng.choice("0123456789") for _ in range(8))
    return base + luhn_digit("80840" + base)


def aba():
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.choice([0, 1, 2, 3])
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        c = (10 - s % 10) % 10
        r = "".join(map(str, d)) + str(c)
        if r[:2] in ("01", "02", "03", "11", "12", "21", "22", "32", "12"):
            return r


VIN_MAP = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(wmi + "".join(rng.choice(chars) for _ in range(5)) + "0" + rng.choice("LMNPR") +
             rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + "".join(rng.choice("0123456789") for _ in range(6)))
    tot = 0
    for i, ch in enumerate(v):
        val = int(ch) if ch.isdigit() else VIN_MAP[ch]
        tot += val * VIN_W[i]
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + "0123456789"
    d = "0123456789"
    return (rng.choice("123456789") + rng.choice(MBI_A) + rng.choice(an) + rng.choice(d) +
            rng.choice(MBI_A) + rng.choice(an) + rng.choice(d) + rng.choice(MBI_A) + rng.choice(MBI_A) +
            rng.choice(d) + rng.choice(d))


def imei():
    base = rng.choice(["35", "86", "01"]) + "".join(rng.choice("0123456789") for _ in range(12))
    return base + luhn_digit(base)


def visa():
    base = "4" + "".join(rng.choice("0123456789") for _ in range(14))
    return base + luhn_digit(base)


def mc():
    base = "5" + rng.choice("12345") + "".join(rng.choice("0123456789") for _ in range(13))
    return base + luhn_digit(base)


def sin_ca():
    base = rng.choice("1234567") + "".join(rng.choice("0123456789") for _ in range(7))
    return base + luhn_digit(base)


def ssn():
    while True:
        a = rng.randint(101, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def jpeg_b64(nbytes):
    head = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    body = bytes(rng.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(head + body).decode()


def png_b64(nbytes):
    head = bytes.fromhex("89504e470d0a1a0a0000000d49484452000001000000014008020000")
    body = bytes(rng.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(head + body).decode()


def fmt_date(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "x12":
        return d.strftime("%Y%m%d")
    raise ValueError(style)


def fmt_phone(ph, style):
    a, b, c = ph
    if style == 0:
        return "(%s) %s-%s" % (a, b, c)
    if style == 1:
        return "%s-%s-%s" % (a, b, c)
    if style == 2:
        return "+1%s%s%s" % (a, b, c)
    return "%s%s%s" % (a, b, c)


def rand_date(y0, m0, d0, y1, m1, d1):
    a = datetime.date(y0, m0, d0).toordinal()
    b = datetime.date(y1, m1, d1).toordinal()
    return datetime.date.fromordinal(rng.randint(a, b))


def dos_date():
    return rand_date(2024, 1, 3, 2024, 3, 12)


# ----------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------
CITIES = {
    "Tacoma": ("WA", ["98402", "98405", "98408"], "253", "Pierce"),
    "Spokane": ("WA", ["99201", "99205", "99207"], "509", "Spokane"),
    "Kent": ("WA", ["98030", "98031", "98032"], "253", "King"),
    "Yakima": ("WA", ["98901", "98902", "98908"], "509", "Yakima"),
    "Bellingham": ("WA", ["98225", "98226", "98229"], "360", "Whatcom"),
    "Beaverton": ("OR", ["97005", "97006", "97007"], "503", "Washington"),
    "Vancouver": ("WA", ["98660", "98661", "98684"], "360", "Clark"),
    "Everett": ("WA", ["98201", "98203", "98208"], "425", "Snohomish"),
    "Salem": ("OR", ["97301", "97302", "97304"], "971", "Marion"),
    "Wenatchee": ("WA", ["98801"], "509", "Chelan"),
    "Pasco": ("WA", ["99301"], "509", "Franklin"),
    "Gresham": ("OR", ["97030", "97080"], "503", "Multnomah"),
}

STREETS = ["NE Alberta St", "S Yakima Ave", "W Riverside Ave", "SE Division St", "Meridian Ave E",
           "N Monroe St", "Summitview Ave", "Lakeway Dr", "SW Farmington Rd", "E Mill Plain Blvd",
           "Rucker Ave", "Commercial St SE", "Okanogan Ave", "W Court St", "NE Burnside Rd",
           "Pacific Hwy S", "E Sprague Ave", "Fruitvale Blvd", "Cornwall Ave", "SW Murray Blvd"]
UNITS = ["", "", "", " Apt 3B", " Unit 12", " #204", " Apt 7", " Trlr 18"]

# last, city, program, [(first, role, sex, birth-year)]
HOUSEHOLDS = [
    ("Nguyen", "Tacoma", "COMM", [("Thi Lan", "SUB", "F", 1984), ("Van Minh", "SPS", "M", 1981), ("Bao", "DEP", "M", 2012)]),
    ("Kowalczyk", "Spokane", "COMM", [("Marek", "SUB", "M", 1958), ("Jadwiga", "SPS", "F", 1960)]),
    ("Okafor", "Kent", "COMM", [("Chukwuemeka", "SUB", "M", 1976), ("Ngozi", "SPS", "F", 1979), ("Adaeze", "DEP", "F", 2009), ("Tobenna", "DEP", "M", 2015)]),
    ("Peña", "Yakima", "COMM", [("José Luis", "SUB", "M", 1969), ("Guadalupe", "SPS", "F", 1972)]),
    ("Müller", "Bellingham", "MAPD", [("Jürgen", "SUB", "M", 1950)]),
    ("O'Sullivan", "Beaverton", "COMM", [("Siobhan", "SUB", "F", 1991), ("Declan", "DEP", "M", 2019)]),
    ("Raghunathan", "Vancouver", "COMM", [("Priya", "SUB", "F", 1987), ("Arjun", "SPS", "M", 1985), ("Meera", "DEP", "F", 2017)]),
    ("Haile", "Everett", "COMM", [("Tsegaye", "SUB", "M", 1964), ("Almaz", "SPS", "F", 1967)]),
    ("Kealoha", "Salem", "COMM", [("Leilani", "SUB", "F", 1993)]),
    ("Şahin", "Wenatchee", "MAPD", [("Elif", "SUB", "F", 1931)]),
    ("Warsame", "Pasco", "MCD", [("Hodan", "SUB", "F", 1990), ("Abdirahman", "DEP", "M", 2014)]),
    ("Tanaka", "Gresham", "MAPD", [("Hiroshi", "SUB", "M", 1933), ("Keiko", "SPS", "F", 1936)]),
    ("Dela Cruz", "Kent", "COMM", [("Maricel", "SUB", "F", 1978), ("Rodel", "SPS", "M", 1975)]),
    ("Bondarenko", "Spokane", "COMM", [("Oksana", "SUB", "F", 1982), ("Taras", "DEP", "M", 2008)]),
    ("Fa'asavalu", "Tacoma", "COMM", [("Iosefa", "SUB", "M", 1971)]),
    ("Castellanos", "Salem", "MCD", [("Ximena", "SUB", "F", 1999)]),
]

EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "comcast.net", "proton.me"]
ASCII_MAP = str.maketrans({"ü": "u", "ñ": "n", "Ş": "S", "ş": "s", "é": "e", "'": "", " ": ""})


def pub_ip():
    r = rng.random()
    if r < 0.12:
        return "2601:%x:%x:%x::%x" % (rng.randint(0x600, 0x6ff), rng.randint(0x100, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xfff))
    first = rng.choice([73, 98, 24, 67, 71, 76, 97, 174, 50, 172, 107])
    if first == 172:
        second = rng.choice([56, 58, 59])  # carrier-grade mobile, public
    else:
        second = rng.randint(1, 254)
    return "%d.%d.%d.%d" % (first, second, rng.randint(0, 255), rng.randint(1, 254))


PEOPLE = []
TODAY = datetime.date(2024, 3, 14)


def age_of(d):
    return TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))


for hh_i, (last, city, prog, mems) in enumerate(HOUSEHOLDS):
    st, zips, area, county = CITIES[city]
    sub_id = "H%08d" % rng.randint(10000000, 99999999)
    street = "%d %s%s" % (rng.randint(100, 24999), rng.choice(STREETS), rng.choice(UNITS))
    zp = rng.choice(zips)
    hh_phone = (area, "555", "01%02d" % rng.randint(0, 79))
    for k, (first, role, sex, yr) in enumerate(mems):
        dob = rand_date(yr, 1, 1, yr, 12, 28)
        p = dict(first=first, last=last, sex=sex, role=role, dob=dob, city=city, state=st, zip=zp,
                 street=street, county=county, prog=prog, sub=sub_id, mid=sub_id + "%02d" % k,
                 hh=hh_i)
        adult = age_of(dob) >= 18
        p["adult"] = adult
        p["phone"] = hh_phone if k == 0 else (area, "555", "01%02d" % rng.randint(0, 79))
        fa = first.split()[0].lower().translate(ASCII_MAP)
        la = last.lower().translate(ASCII_MAP)
        if adult:
            p["email"] = rng.choice(["%s.%s%d", "%s%s%d", "%s_%s%d"]) % (fa, la, dob.year % 100) + "@" + rng.choice(EMAIL_DOMAINS)
            p["username"] = rng.choice(["%s%s%d" % (fa[0], la, dob.year % 100), "%s.%s" % (fa, la[:5]), "%s%d" % (fa, rng.randint(10, 99))])
            p["ip"] = pub_ip()
            p["ssn"] = ssn()
            p["dl"] = ("WDL" + alnum(9)) if st == "WA" else ("%07d" % rng.randint(1000000, 9999999))
        else:
            p["email"] = None
            p["username"] = None
            p["ip"] = None
            p["ssn"] = ssn() if rng.random() < 0.5 else None
            p["dl"] = None
        if prog == "MAPD":
            p["mbi"] = mbi()
        if prog == "MCD":
            p["p1"] = "%09dWA" % rng.randint(100000000, 999999999)
        p["mrn"] = rng.choice(["E%07d", "MRN%08d", "%09d"]) % rng.randint(1000000, 9999999)
        PEOPLE.append(p)

# household-level payment and device data
for p in PEOPLE:
    if p["role"] == "SUB":
        p["routing"] = aba()
        p["bank"] = "%0*d" % (rng.choice([9, 10, 12]), rng.randint(10 ** 7, 10 ** 9))
        p["card"] = visa() if rng.random() < 0.6 else mc()
    p["cgm"] = ("%s%07d" % (rng.choice(["SM", "CD"]), rng.randint(1000000, 9999999)))
    p["cpap"] = "%d%09d" % (rng.choice([22, 23]), rng.randint(100000000, 999999999))
    p["imei"] = imei()
    p["mac"] = ":".join("%02X" % rng.randint(0, 255) for _ in range(6))
    p["vin"] = vin(rng.choice(["1HG", "5YJ", "1FT", "JTD", "3VW", "2T1", "1N4", "KMH"]))
    p["plate"] = (alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + "%04d" % rng.randint(0, 9999)) if p["state"] == "WA" else \
        ("%03d" % rng.randint(100, 999) + alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"))
    p["kit"] = "FIT-%s-%s" % (alnum(4), alnum(4))
    p["case"] = "GRV-24-%07d" % rng.randint(100000, 999999)

BY = {p["first"] + " " + p["last"]: p for p in PEOPLE}
ADULTS = [p for p in PEOPLE if p["adult"]]
SUBS = [p for p in PEOPLE if p["role"] == "SUB"]
OLD = [p for p in PEOPLE if age_of(p["dob"]) > 89]
MAPD = [p for p in PEOPLE if p["prog"] == "MAPD"]
MCD = [p for p in PEOPLE if p["prog"] == "MCD"]
assert OLD

# relatives / representatives (PHI)
REPS = {
    "Elif Şahin": dict(name="Ayşe Yılmaz", rel="daughter", phone=("509", "555", "0183"), fax=("509", "555", "0184")),
    "Hiroshi Tanaka": dict(name="Kenji Tanaka", rel="son", phone=("503", "555", "0188"), fax=("503", "555", "0189")),
    "Keiko Tanaka": dict(name="Kenji Tanaka", rel="son", phone=("503", "555", "0188"), fax=("503", "555", "0189")),
    "Jürgen Müller": dict(name="Ingrid Müller-Berg", rel="niece", phone=("360", "555", "0181"), fax=("360", "555", "0182")),
    "Bao Nguyen": dict(name="Thi Lan Nguyen", rel="mother", phone=("253", "555", "0137"), fax=None),
    "Declan O'Sullivan": dict(name="Siobhan O'Sullivan", rel="mother", phone=("503", "555", "0146"), fax=None),
    "Marek Kowalczyk": dict(name="Jadwiga Kowalczyk", rel="spouse", phone=("509", "555", "0127"), fax=("509", "555", "0185")),
    "Abdirahman Warsame": dict(name="Hodan Warsame", rel="mother", phone=("509", "555", "0190"), fax=("509", "555", "0191")),
}
for k in ("Bao Nguyen",):
    REPS[k]["phone"] = BY["Thi Lan Nguyen"]["phone"]
REPS["Declan O'Sullivan"]["phone"] = BY["Siobhan O'Sullivan"]["phone"]
REPS["Abdirahman Warsame"]["phone"] = BY["Hodan Warsame"]["phone"]
REPS["Marek Kowalczyk"]["phone"] = BY["Jadwiga Kowalczyk"]["phone"]

BY["José Luis Peña"]["curp"] = "PEXJ690418HJCXXS07"
BY["Guadalupe Peña"]["curp"] = "SXRG720903MMNXMD02"
BY["Priya Raghunathan"]["sin"] = sin_ca()
BY["Leilani Kealoha"]["url"] = "https://www.gofundme.com/f/leilani-kealoha-transplant-fund"
BY["Oksana Bondarenko"]["url"] = "https://www.caringbridge.org/visit/oksanabondarenko"
BY["Iosefa Fa'asavalu"]["url"] = "https://www.facebook.com/iosefa.faasavalu.71"

# non-PHI people and things
STAFF = [("Rebecca", "Thornton", "claims examiner"), ("Dmitri", "Volkov", "data engineer"),
         ("Aisha", "Bello", "RN, utilization management"), ("Carlos", "Medina", "SRE"),
         ("Yuki", "Sato", "security analyst"), ("Fatima", "Al-Masri", "appeals coordinator"),
         ("Tomás", "Ibarra", "pharmacist reviewer")]
PROVIDERS = [
    dict(name="Puget Sound Family Medicine", doc="Dr. Anjali Raman", npi=npi(), tin="91-2638471", phone=("253", "555", "0192"), fax=("253", "555", "0193")),
    dict(name="Inland Northwest Orthopedics", doc="Dr. Samuel Osei", npi=npi(), tin="91-1874420", phone=("509", "555", "0194"), fax=("509", "555", "0195")),
    dict(name="Columbia Gorge Cardiology", doc="Dr. Ingrid Halvorsen", npi=npi(), tin="93-0412786", phone=("541", "555", "0110"), fax=("541", "555", "0111")),
    dict(name="Willamette Valley Pediatrics", doc="Dr. Kwame Mensah", npi=npi(), tin="93-2201957", phone=("971", "555", "0196"), fax=("971", "555", "0197")),
    dict(name="Cascade Sleep & Pulmonary", doc="Dr. Mei-Ling Zhou", npi=npi(), tin="91-3390148", phone=("425", "555", "0198"), fax=("425", "555", "0199")),
]
BROKERS = [("Gabriel Ferreira", "Evergreen Benefit Partners", "gferreira@evergreenbp.com"),
           ("Dana Whitfield", "Rainier Insurance Group", "dana.w@rainierig.com")]
GROUPS = ["GRP-004417", "GRP-011902", "GRP-000388", "GRP-027615"]
PLANS = ["PPO-GOLD-24", "HMO-SLVR-24", "HDHP-BRZ-24", "MAPD-H5432-012", "MCD-AHWA-01"]
CPTS = ["99213", "99214", "99395", "80053", "85025", "93000", "27447", "71046", "97110", "G0439", "E0601", "A4239"]
ICDS = ["E11.9", "I10", "M17.11", "J45.909", "Z00.00", "G47.33", "F41.1", "E78.5", "N18.3", "Z12.11"]
NOREPLY = ["noreply@cascadiamutual.com", "no-reply@notifications.cascadiamutual.com", "claims-ops@cascadiamutual.com",
           "edi-support@cascadiamutual.com", "aws-alerts@cascadiamutual.com"]
PRIV_IPS = ["10.40.12.77", "10.40.13.201", "10.40.22.15", "10.41.3.88", "172.20.4.19", "192.168.100.14", "10.40.31.250"]
AWS_IPS = ["52.94.133.131", "54.240.197.233", "15.177.6.74", "15.177.22.130", "54.239.98.12", "52.46.80.210", "3.231.2.97"]
BAD_IPS = ["185.220.101.47", "45.155.205.233", "193.32.162.89", "91.92.248.14"]


def claim_id(t=None):
    return "CLM24%03d%07d" % (CLOCK[0].timetuple().tm_yday, rng.randint(0, 9999999))


def person(pred=None):
    pool = [p for p in PEOPLE if (pred is None or pred(p))]
    return rng.choice(pool)


# key aliases, chosen consistently per code base (function)
ALIASES = {
    "memberId": ["memberId", "member_id", "mbrId", "MemberID", "memberNumber", "insuredId"],
    "subscriberId": ["subscriberId", "subscriber_id", "subscriberNo", "sbscrbr_id"],
    "dob": ["dob", "dateOfBirth", "birth_dt", "birthDate", "DOB", "patientDob"],
    "first": ["firstName", "first_name", "fname", "givenName"],
    "last": ["lastName", "last_name", "lname", "familyName", "surname"],
    "phone": ["phone", "phoneNumber", "mobile", "cell_phone", "homePhone", "contactPhone"],
    "email": ["email", "emailAddress", "email_addr", "contactEmail"],
    "zip": ["zip", "zipCode", "postal_code", "zip5", "postalCode"],
    "street": ["line1", "addressLine1", "street", "addr1", "street_address"],
    "city": ["city", "cityName", "addr_city", "city"],
    "dos": ["dos", "dateOfService", "service_date", "svcDate", "fromDate"],
    "name": ["name", "fullName", "memberName", "patientName", "display_name"],
    "ip": ["sourceIp", "clientIp", "ip", "remote_addr", "callerIp"],
}


def K(fn, concept):
    lst = ALIASES[concept]
    h = int(hashlib.md5((fn + "|" + concept).encode()).hexdigest(), 16)
    return lst[h % len(lst)]


def dstyle(fn):
    h = int(hashlib.md5((fn + "|date").encode()).hexdigest(), 16)
    return ["iso", "iso", "us", "x12"][h % 4]


def pstyle(fn):
    return int(hashlib.md5((fn + "|phone").encode()).hexdigest(), 16) % 4


def camel(fn):
    return K(fn, "memberId") in ("memberId", "mbrId", "memberNumber", "insuredId", "MemberID")


def fullname(p):
    return p["first"] + " " + p["last"]


# ----------------------------------------------------------------------------
# events: each returns (msg_parts, data_dict); data may be None
# ----------------------------------------------------------------------------
def ev_elig(fn, p):
    ds = dstyle(fn)
    dos = dos_date()
    mid = P(p["mid"], "health_plan")
    dob = P(fmt_date(p["dob"], ds), "date")
    dosP = P(fmt_date(dos, ds), "date")
    plan = {"MAPD": PLANS[3], "MCD": PLANS[4]}.get(p["prog"], rng.choice(PLANS[:3]))
    if rng.random() < 0.5:
        msg = ["Eligibility check member=", mid, " dob=", dob, " dos=", dosP, " -> ACTIVE plan=", plan,
               " group=", rng.choice(GROUPS), " cacheHit=", rng.choice(["true", "false"])]
        return msg, None
    data = {K(fn, "memberId"): mid, K(fn, "dob"): dob, K(fn, "dos"): dosP,
            "coverageStatus": "ACTIVE", "planCode": plan, "groupNumber": rng.choice(GROUPS),
            "payerId": "CMH01", "latencyMs": rng.randint(8, 400)}
    return ["Eligibility response"], data


def ev_profile(fn, p):
    if not p["adult"]:
        p = BY[[q for q in PEOPLE if q["hh"] == p["hh"]][0]["first"] + " " + p["last"]]
    ps = pstyle(fn)
    data = {K(fn, "memberId"): P(p["mid"], "health_plan"),
            K(fn, "first"): P(p["first"], "name"), K(fn, "last"): P(p["last"], "name"),
            K(fn, "phone"): P(fmt_phone(p["phone"], ps), "phone"),
            K(fn, "email"): P(p["email"], "email"),
            "address": {K(fn, "street"): P(p["street"], "address"), K(fn, "city"): P(p["city"], "address"),
                        "state": p["state"], K(fn, "zip"): P(p["zip"], "zip")},
            "changedFields": rng.sample(["phone", "email", "address", "preferredLanguage"], 2),
            "source": rng.choice(["MEMBER_PORTAL", "IVR", "834"])}
    return ["Member profile updated"], data


def ev_claim(fn, p):
    pr = rng.choice(PROVIDERS)
    ds = dstyle(fn)
    dos = dos_date()
    cid = claim_id()
    data = {"claimId": cid, K(fn, "memberId"): P(p["mid"], "health_plan"),
            "patient": {K(fn, "first"): P(p["first"], "name"), K(fn, "last"): P(p["last"], "name"),
                        K(fn, "dob"): P(fmt_date(p["dob"], ds), "date"), "gender": p["sex"]},
            "billingProvider": {"npi": pr["npi"], "name": pr["name"], "taxId": pr["tin"]},
            K(fn, "dos"): P(fmt_date(dos, ds), "date"),
            "lines": [{"cpt": c, "units": 1, "charge": round(rng.uniform(40, 900), 2)} for c in rng.sample(CPTS[:6], rng.randint(1, 2))],
            "dx": rng.sample(ICDS, 2), "frequencyCode": "1"}
    return ["Received 837P claim ", cid], data


def ev_pa(fn, p):
    pr = rng.choice(PROVIDERS)
    ds = dstyle(fn)
    adm = rand_date(2024, 3, 15, 2024, 4, 30)
    data = {"paRequestId": "PA-2024-%06d" % rng.randint(0, 999999),
            "patient": {"mrn": P(p["mrn"], "mrn"), K(fn, "memberId"): P(p["mid"], "health_plan"),
                        K(fn, "name"): P(fullname(p), "name"), K(fn, "dob"): P(fmt_date(p["dob"], ds), "date")},
            "requestingProvider": {"npi": pr["npi"], "name": pr["doc"], "fax": fmt_phone(pr["fax"], 0)},
            "admitDate": P(fmt_date(adm, ds), "date"), "cpt": [rng.choice(["27447", "29881", "E0601", "95810"])],
            "icd10": [rng.choice(["M17.11", "G47.33", "M23.211"])], "urgency": rng.choice(["STANDARD", "EXPEDITED"])}
    return ["Prior auth request accepted"], data


def ev_adt(fn, p):
    ds = dstyle(fn)
    adm = rand_date(2024, 2, 20, 2024, 3, 8)
    dis = adm + datetime.timedelta(days=rng.randint(1, 6))
    data = {"messageType": rng.choice(["ADT^A03", "ADT^A01"]), "facilityNpi": rng.choice(PROVIDERS)["npi"],
            K(fn, "memberId"): P(p["mid"], "health_plan"), "mrn": P(p["mrn"], "mrn"),
            K(fn, "name"): P(p["last"].upper() + "^" + p["first"].upper(), "name"),
            "admitDate": P(fmt_date(adm, ds), "date"), "dischargeDate": P(fmt_date(dis, ds), "date"),
            "dischargeDisposition": rng.choice(["01", "06", "03"]), "controlId": "MSG%010d" % rng.randint(0, 10 ** 10)}
    return ["ADT notification matched to member"], data


def ev_ach(fn, p):
    s = BY[[q for q in PEOPLE if q["hh"] == p["hh"] and q["role"] == "SUB"][0]["first"] + " " + p["last"]]
    code = rng.choice([("R01", "Insufficient Funds"), ("R03", "No Account/Unable to Locate Account"), ("R02", "Account Closed")])
    msg = ["ACH premium debit returned subscriber=", P(s["sub"], "health_plan"), " routing=", s["routing"],
           " account=", P(s["bank"], "account"), " code=", code[0], " (", code[1], ") amount=", "%.2f" % rng.uniform(180, 1400),
           " batch=", "NACHA-%s-%03d" % (CLOCK[0].strftime("%Y%m%d"), rng.randint(1, 40))]
    return msg, None


def ev_card(fn, p):
    s = [q for q in PEOPLE if q["hh"] == p["hh"] and q["role"] == "SUB"][0]
    data = {K(fn, "subscriberId"): P(s["sub"], "health_plan"), "cardNumber": P(s["card"], "account"),
            "expMonth": rng.randint(1, 12), "expYear": rng.randint(2025, 2029),
            "declineCode": rng.choice(["do_not_honor", "insufficient_funds", "expired_card"]),
            "amount": round(rng.uniform(90, 900), 2), "processor": "stripe", "chargeId": "ch_3" + alnum(23, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")}
    return ["Premium card payment failed"], data


def ev_risk(fn, p):
    if rng.random() < 0.75:
        p = rng.choice(OLD)
    a = age_of(p["dob"])
    data = {K(fn, "memberId"): P(p["mid"], "health_plan"),
            "age": P(a, "age") if a > 89 else a,
            "hccs": rng.sample(["HCC18", "HCC85", "HCC111", "HCC108", "HCC138", "HCC22"], 3),
            "rafScore": round(rng.uniform(0.4, 3.2), 3), "model": "V28", "paymentYear": 2025}
    return ["Risk score computed"], data


def ev_device(fn, p):
    kind = rng.choice(["cgm", "cpap", "imei", "mac"])
    if kind == "cgm":
        data = {K(fn, "memberId"): P(p["mid"], "health_plan"), "hcpcs": "E2103", "claimId": claim_id(),
                "deviceSerial": P(p["cgm"], "device"), "manufacturer": "Dexcom", "model": "G7"}
    elif kind == "cpap":
        data = {K(fn, "memberId"): P(p["mid"], "health_plan"), "hcpcs": "E0601", "claimId": claim_id(),
                "serialNumber": P(p["cpap"], "device"), "manufacturer": "ResMed", "model": "AirSense 11",
                "complianceHours": round(rng.uniform(3.5, 8.9), 1)}
    elif kind == "imei":
        data = {"program": "RPM-HTN", K(fn, "memberId"): P(p["mid"], "health_plan"),
                "imei": P(p["imei"], "device"), "deviceModel": "BodyTrace BT105", "readings": rng.randint(1, 30),
                "lastSystolic": rng.randint(110, 170)}
    else:
        data = {"program": "RPM-DM", K(fn, "memberId"): P(p["mid"], "health_plan"),
                "bleMac": P(p["mac"], "device"), "deviceModel": "Contour Next One", "firmware": "3.%d.%d" % (rng.randint(0, 9), rng.randint(0, 20))}
    return ["DME/RPM device record"], data


def ev_voice(fn, p):
    if not p["adult"]:
        p = rng.choice(ADULTS)
    data = {K(fn, "memberId"): P(p["mid"], "health_plan"), "callId": uuid4(), "contactFlow": "member-ivr-main",
            "voiceprint": P(b64s(rng.choice([88, 120, 152])) + "==", "biometric"), "enrollStatus": "ENROLLED",
            "matchScore": round(rng.uniform(0.7, 0.99), 3)}
    return ["Voice ID enrollment"], data


def ev_idv(fn, p):
    if not p["adult"]:
        p = rng.choice(ADULTS)
    ds = dstyle(fn)
    img = "data:image/jpeg;base64," + jpeg_b64(rng.choice([150, 210, 270]))
    data = {K(fn, "memberId"): P(p["mid"], "health_plan"), "documentType": "DRIVERS_LICENSE",
            "documentNumber": P(p["dl"], "license"), "issuingState": p["state"],
            "fullName": P(fullname(p), "name"), K(fn, "dob"): P(fmt_date(p["dob"], ds), "date"),
            "selfie": P(img[:rng.choice([300, 420])], "photo"), "selfieTruncated": True,
            "faceTemplate": P(b64s(rng.choice([96, 128])), "biometric"), "templateFormat": "ISO-19794-5",
            "vendor": "idv-partner", "decision": rng.choice(["PASS", "REVIEW"])}
    return ["Identity verification result"], data


def ev_nemt(fn, p):
    if not p["adult"]:
        p = rng.choice(ADULTS)
    ds = dstyle(fn)
    data = {"tripId": "NEMT-%08d" % rng.randint(0, 10 ** 8), K(fn, "memberId"): P(p["mid"], "health_plan"),
            "vin": P(p["vin"], "vehicle"), "licensePlate": P(p["plate"], "vehicle"), "plateState": p["state"],
            "miles": round(rng.uniform(4, 80), 1), K(fn, "dos"): P(fmt_date(dos_date(), ds), "date"),
            "ratePerMile": 0.67}
    return ["Mileage reimbursement submitted"], data


def ev_login(fn, p):
    if not p["adult"]:
        p = rng.choice(ADULTS)
    msg = ["Portal login ", rng.choice(["succeeded", "succeeded", "failed: NotAuthorizedException"]),
           " username=", P(p["username"], "other_id"), " ", K(fn, "ip"), "=", P(p["ip"], "ip"),
           " mfa=", rng.choice(["SMS_MFA", "SOFTWARE_TOKEN_MFA"]), " pool=us-west-2_Xk3Rq9PzT"]
    return msg, None


def ev_appeal(fn, p):
    name = fullname(p)
    rep = REPS.get(name)
    if rep is None:
        p = rng.choice([BY[k] for k in REPS])
        rep = REPS[fullname(p)]
    data = {"grievanceCaseId": P(p["case"], "other_id"), K(fn, "memberId"): P(p["mid"], "health_plan"),
            "type": rng.choice(["APPEAL_PRE_SERVICE", "GRIEVANCE_QUALITY"]),
            "authorizedRep": {"name": P(rep["name"], "name"), "relationship": rep["rel"],
                              "phone": P(fmt_phone(rep["phone"], 1), "phone")},
            "assignedTo": "%s %s" % STAFF[5][:2], "dueBy": "2024-04-%02d" % rng.randint(10, 28)}
    if rep["fax"]:
        data["authorizedRep"]["fax"] = P(fmt_phone(rep["fax"], 1), "fax")
    return ["Appeal intake created"], data


def ev_kit(fn, p):
    if not p["adult"]:
        p = rng.choice(ADULTS)
    data = {"kitId": P(p["kit"], "other_id"), K(fn, "memberId"): P(p["mid"], "health_plan"), "kitType": "FIT",
            "shipTo": {"attn": P(fullname(p), "name"), K(fn, "street"): P(p["street"], "address"),
                       K(fn, "city"): P(p["city"], "address"), "state": p["state"], K(fn, "zip"): P(p["zip"], "zip")},
            "carrier": "USPS", "trackingNumber": "9400 1112 0%d %05d %04d %02d" % (rng.randint(100, 999), rng.randint(0, 99999), rng.randint(0, 9999), rng.randint(0, 99)),
            "campaign": "HEDIS-COL-2024"}
    return ["Screening kit order placed"], data


def ev_834(fn, p):
    s = rng.choice(["nm1", "nm1", "dmg", "n3n4", "ref"])
    if s == "nm1" and not p["ssn"]:
        p = rng.choice([q for q in PEOPLE if q["ssn"]])
    if s == "nm1":
        seg = ["NM1*IL*1*", P(p["last"].upper(), "name"), "*", P(p["first"].upper(), "name"), "****34*",
               P(p["ssn"].replace("-", "") if p["ssn"] else "", "ssn"), "~"] if p["ssn"] else \
            ["NM1*IL*1*", P(p["last"].upper(), "name"), "*", P(p["first"].upper(), "name"), "~"]
    elif s == "dmg":
        seg = ["DMG*D8*", P(p["dob"].strftime("%Y%m%d"), "date"), "*", p["sex"], "~"]
    elif s == "n3n4":
        seg = ["N3*", P(p["street"].upper(), "address"), "~N4*", P(p["city"].upper(), "address"), "*", p["state"], "*", P(p["zip"], "zip"), "~"]
    else:
        seg = ["REF*0F*", P(p["sub"], "health_plan"), "~REF*1L*", rng.choice(GROUPS).replace("GRP-", ""), "~"]
    msg = [rng.choice(["Parsed segment ", "Rejecting segment ", "Unexpected element in segment "]),
           "at ISA13=%09d ST02=%04d pos=%d: " % (rng.randint(0, 10 ** 9), rng.randint(1, 9999), rng.randint(10, 99999))] + seg
    return msg, None


def ev_death(fn, p):
    ds = dstyle(fn)
    p = BY[rng.choice(["Keiko Tanaka", "Tsegaye Haile"])]
    dod = datetime.date(2024, 2, 27) if p["first"] == "Keiko" else datetime.date(2024, 3, 4)
    msg = ["Coverage termination queued member=", P(p["mid"], "health_plan"), " reason=DEATH dateOfDeath=",
           P(fmt_date(dod, ds), "date"), " source=SSA-DMF txn=", uuid4()]
    return msg, None


def ev_emerg(fn, p):
    name = fullname(p)
    if name not in REPS:
        name = rng.choice(sorted(REPS))
        p = BY[name]
    rep = REPS[name]
    data = {K(fn, "memberId"): P(p["mid"], "health_plan"),
            "emergencyContact": {"name": P(rep["name"], "name"), "relationship": rep["rel"],
                                 K(fn, "phone"): P(fmt_phone(rep["phone"], pstyle(fn)), "phone")},
            "updatedBy": rng.choice(["member", "csr:%s.%s" % (STAFF[0][0].lower(), STAFF[0][1].lower())])}
    return ["Emergency contact saved"], data


def ev_mapd(fn, p):
    p = rng.choice(MAPD)
    ds = dstyle(fn)
    data = {"mbi": P(p["mbi"], "health_plan"), K(fn, "memberId"): P(p["mid"], "health_plan"),
            K(fn, "first"): P(p["first"], "name"), K(fn, "last"): P(p["last"], "name"),
            K(fn, "dob"): P(fmt_date(p["dob"], ds), "date"), "contract": "H5432", "pbp": "012",
            "transactionCode": rng.choice(["61", "01", "72"]), "lisLevel": rng.choice([0, 1, 2])}
    a = age_of(p["dob"])
    data["ageAtTxn"] = P(a, "age") if a > 89 else a
    return ["CMS MARx transaction reply matched"], data


def ev_mcd(fn, p):
    p = rng.choice(MCD)
    data = {"p1ClientId": P(p["p1"], "health_plan"), K(fn, "memberId"): P(p["mid"], "health_plan"),
            "county": P(p["county"], "address"), "rac": rng.choice(["1201", "1217", "1085"]),
            "managedCareProgram": "AHWA", "hcaFile": "MCO_%s_%d.txt" % (CLOCK[0].strftime("%Y%m%d"), rng.randint(1, 9))}
    return ["Medicaid 834 roster row applied"], data


def ev_foreign(fn, p):
    if rng.random() < 0.6:
        p = rng.choice([BY["José Luis Peña"], BY["Guadalupe Peña"]])
        data = {K(fn, "memberId"): P(p["mid"], "health_plan"), "secondaryIdType": "CURP",
                "secondaryId": P(p["curp"], "other_id"), "preferredLanguage": "spa"}
    else:
        p = BY["Priya Raghunathan"]
        data = {K(fn, "memberId"): P(p["mid"], "health_plan"), "secondaryIdType": "CA_SIN",
                "secondaryId": P(p["sin"], "other_id"), "crossBorder": True}
    return ["Secondary identifier verified"], data


def ev_url(fn, p):
    p = rng.choice([q for q in PEOPLE if q.get("url")])
    msg = ["SIU lead enrichment: member ", P(p["mid"], "health_plan"), " public page ", P(p["url"], "url"),
           " referenced by tip ", "TIP-%05d" % rng.randint(0, 99999), " analyst=", "%s.%s" % (STAFF[4][0].lower(), STAFF[4][1].lower())]
    return msg, None


def ev_appt(fn, p):
    ds = dstyle(fn)
    appt = rand_date(2024, 3, 15, 2024, 4, 20)
    msg = ["Care management outreach scheduled for ", P(fullname(p), "name"), " (", P(p["mid"], "health_plan"),
           ") appointment=", P(fmt_date(appt, ds), "date"), " ", "%02d:%s" % (rng.randint(8, 16), rng.choice(["00", "30"])),
           " with ", "%s %s" % STAFF[2][:2], ", RN via ", rng.choice(["TELEPHONIC", "VIDEO"])]
    a = age_of(p["dob"])
    if a > 89:
        msg += [" priority=HIGH age=", P(str(a), "age")]
    return msg, None


def ev_notify(fn, p):
    if not p["adult"]:
        p = rng.choice(ADULTS)
    ch = rng.choice(["SMS", "EMAIL"])
    to = P(fmt_phone(p["phone"], 2), "phone") if ch == "SMS" else P(p["email"], "email")
    data = {"template": rng.choice(["EOB_READY", "ID_CARD_MAILED", "PA_DECISION", "PREMIUM_DUE"]), "channel": ch,
            "to": to, K(fn, "first"): P(p["first"], "name"), K(fn, "memberId"): P(p["mid"], "health_plan"),
            "from": NOREPLY[1] if ch == "EMAIL" else "+18885550100"}
    return ["Notification dispatched"], data


def ev_idcard(fn, p):
    msg = ["Rendering ID card for ", P(p["mid"], "health_plan"), " (", P(fullname(p), "name"), ") group=", rng.choice(GROUPS),
           " rx_bin=610014 -> s3://cmh-member-docs-prod/idcards/", P(p["mid"], "health_plan"), "/front.png"]
    return msg, None


def ev_eob(fn, p):
    s = [q for q in PEOPLE if q["hh"] == p["hh"] and q["role"] == "SUB"][0]
    msg = ["EOB statement assembled subscriber=", P(s["sub"], "health_plan"), " mailTo=", P(s["street"], "address"), ", ",
           P(s["city"], "address"), ", ", s["state"], " ", P(s["zip"], "zip"), " claims=%d pages=%d" % (rng.randint(1, 9), rng.randint(2, 14))]
    return msg, None


def ev_1095(fn, p):
    s = [q for q in PEOPLE if q["hh"] == p["hh"] and q["role"] == "SUB"][0]
    if not s["ssn"]:
        s = rng.choice([q for q in SUBS if q["ssn"]])
    data = {"formType": "1095-B", "taxYear": 2023, "responsibleIndividual": {
        K(fn, "first"): P(s["first"], "name"), K(fn, "last"): P(s["last"], "name"), "tin": P(s["ssn"], "ssn"),
        K(fn, "street"): P(s["street"], "address"), K(fn, "city"): P(s["city"], "address"), "state": s["state"], K(fn, "zip"): P(s["zip"], "zip")},
        "coveredCount": len([q for q in PEOPLE if q["hh"] == s["hh"]]), "printVendor": "cmh-print-ops", "status": "QUEUED"}
    return ["1095-B recipient staged"], data


# ----------------------------------------------------------------------------
# non-PHI events
# ----------------------------------------------------------------------------
def nv_config(fn):
    return ["Loaded %d parameters from SSM path /cmh/prod/%s/ (ttl=%ds, version=%d)" % (
        rng.randint(4, 19), fn.replace("cmh-", ""), rng.choice([300, 900]), rng.randint(3, 71))], None


def nv_ddb(fn):
    return ["DynamoDB query"], {"table": rng.choice(["cmh-members-prod", "cmh-elig-cache-prod", "cmh-claims-state-prod"]),
                                "index": rng.choice(["gsi1", "byGroup", None]), "consumedRCU": rng.choice([0.5, 1.0, 2.5, 4.0]),
                                "items": rng.randint(0, 40), "latencyMs": round(rng.uniform(3, 60), 1), "retries": rng.choice([0, 0, 1])}


def nv_batch(fn):
    return ["Processed %s records from s3://cmh-edi-inbound-prod/834/dt=%s/ENR_%s_%04d.x12 in %.3fs (batch %s)" % (
        "{:,}".format(rng.randint(200, 9000)), CLOCK[0].strftime("%Y-%m-%d"), CLOCK[0].strftime("%Y%m%d"),
        rng.choice([600, 1200, 1800]), rng.uniform(1, 30), uuid4())], None


def nv_adjud(fn):
    pr = rng.choice(PROVIDERS)
    allowed = rng.uniform(40, 900)
    return ["Claim %s adjudicated status=%s allowed=%.2f paid=%.2f npi=%s cpt=%s carc=%s" % (
        claim_id(), rng.choice(["PAID", "PAID", "DENIED", "PENDED"]), allowed, allowed * 0.8, pr["npi"], rng.choice(CPTS),
        rng.choice(["45", "N290", "16", "-"]))], None


def nv_provider(fn):
    pr = rng.choice(PROVIDERS)
    return ["Provider directory hit"], {"npi": pr["npi"], "practiceName": pr["name"], "renderingName": pr["doc"],
                                        "tin": pr["tin"], "phone": fmt_phone(pr["phone"], 0), "fax": fmt_phone(pr["fax"], 0),
                                        "networkStatus": "IN", "address": {"line1": "%d Medical Center Dr Ste %d" % (rng.randint(100, 4000), rng.randint(100, 400)), "city": rng.choice(["Tacoma", "Spokane", "The Dalles", "Salem"])}}


def nv_sqs(fn):
    q = rng.choice(["cmh-claims-adjudication", "cmh-member-notify", "cmh-edi-outbound"])
    return ["Sent %d messages to https://sqs.us-west-2.amazonaws.com/%s/%s in %d batch(es), failed=%d" % (
        rng.randint(1, 60), ACCT, q, rng.randint(1, 6), rng.choice([0, 0, 0, 1]))], None


def nv_athena(fn):
    return ["Athena query %s %s: scanned %.2f %s in %s ms, workgroup=cmh-analytics" % (
        uuid4(), rng.choice(["SUCCEEDED", "SUCCEEDED", "RUNNING", "QUEUED"]), rng.uniform(0.1, 900), rng.choice(["MB", "GB"]),
        "{:,}".format(rng.randint(400, 60000)))], None


def nv_retry(fn):
    return ["Retrying %s after %s (attempt %d of 5, backoff %d ms)" % (
        rng.choice(["GetItem", "PutObject", "StartQueryExecution", "SendMessageBatch", "Invoke"]),
        rng.choice(["ThrottlingException", "ProvisionedThroughputExceededException", "SlowDown", "ServiceUnavailable"]),
        rng.randint(1, 4), rng.choice([100, 200, 400, 800, 1600]))], None


def nv_clearinghouse(fn):
    return ["POST https://api.edi-gateway.example.net/v2/%s -> %d in %d ms (x-correlation-id: %s)" % (
        rng.choice(["270", "276", "278", "835/ack"]), rng.choice([200, 200, 202, 429, 503]), rng.randint(80, 3000), uuid4())], None


def nv_broker(fn):
    b = rng.choice(BROKERS)
    return ["Group census export %s requested by broker %s (%s, %s) rows=%d format=xlsx" % (
        rng.choice(GROUPS), b[0], b[1], b[2], rng.randint(12, 900))], None


def nv_staff(fn):
    s = rng.choice(STAFF)
    return ["Manual override on claim %s by %s.%s@cascadiamutual.com (%s): %s" % (
        claim_id(), s[0].lower().replace("á", "a"), s[1].lower(), s[2], rng.choice(["reprocess", "release pend", "apply COB"]))], None


def nv_pool(fn):
    return ["Connection pool stats active=%d idle=%d max=20 waitMs=%d host=cmh-core-prod.cluster-c9xk2m1ab3de.us-west-2.rds.amazonaws.com:5432" % (
        rng.randint(0, 20), rng.randint(0, 10), rng.randint(0, 90))], None


def nv_version(fn):
    node = fn in NODE_FUNCS or (fn in PT_FUNCS and not hashlib.md5(fn.encode()).digest()[0] % 2)
    return ["%s build 2024.03.%02d-%s runtime=%s sdk=%s" % (fn, rng.randint(1, 13), hexs(7), "nodejs20.x" if node else "python3.12",
                                                               "@aws-sdk/client-s3 3.529.1" if node else "boto3 1.34.34")], None


def nv_metric(fn):
    return ["Publishing EMF metric"], {"namespace": "CMH/Claims", "metric": rng.choice(["ClaimsAdjudicated", "EligLatency", "DLQDepth"]),
                                       "value": rng.randint(0, 5000), "unit": rng.choice(["Count", "Milliseconds"]),
                                       "dimensions": {"Env": "prod", "Service": fn}}


def nv_feeschedule(fn):
    return ["Cold start: loaded %s fee schedule rows (CY2024 RBRVS, GPCI locality %s) in %d ms" % (
        "{:,}".format(rng.randint(4000, 19000)), rng.choice(["02", "99", "01"]), rng.randint(200, 1900))], None


def nv_s3event(fn):
    t = CLOCK[0]
    return None, {"Records": [{"eventVersion": "2.1", "eventSource": "aws:s3", "awsRegion": REGION, "eventTime": iso_z(t),
                               "eventName": "ObjectCreated:Put",
                               "userIdentity": {"principalId": "AWS:AROA4XKQ2M7E5LNBW3T6Q:cmh-sftp-ingest"},
                               "requestParameters": {"sourceIPAddress": rng.choice(PRIV_IPS)},
                               "responseElements": {"x-amz-request-id": s3_reqid(), "x-amz-id-2": b64s(76)},
                               "s3": {"s3SchemaVersion": "1.0", "configurationId": "edi-834-arrival",
                                      "bucket": {"name": "cmh-edi-inbound-prod", "ownerIdentity": {"principalId": "A3NL1KOZZKExample"}, "arn": "arn:aws:s3:::cmh-edi-inbound-prod"},
                                      "object": {"key": "834/dt=%s/ENR_%s_%04d.x12" % (t.strftime("%Y-%m-%d"), t.strftime("%Y%m%d"), rng.choice([600, 1200])),
                                                 "size": rng.randint(10 ** 5, 10 ** 7), "eTag": hexs(32), "versionId": s3_versionid(), "sequencer": ("%016X" % rng.getrandbits(64))[:18]}}}]}


def nv_group(fn):
    return ["Group eligibility summary"], {"groupNumber": rng.choice(GROUPS), "planYear": 2024, "activeSubscribers": rng.randint(10, 900),
                                           "activeDependents": rng.randint(5, 1400), "ageBands": {"0-17": rng.randint(0, 300), "18-64": rng.randint(5, 900), "65+": rng.randint(0, 40)},
                                           "renewalDate": "2024-07-01", "brokerOfRecord": rng.choice(BROKERS)[1]}


NON_EVENTS = [nv_config, nv_ddb, nv_batch, nv_adjud, nv_provider, nv_sqs, nv_athena, nv_retry, nv_clearinghouse,
              nv_broker, nv_staff, nv_pool, nv_version, nv_metric, nv_feeschedule, nv_s3event, nv_group]


FN_POOLS = {
    "cmh-eligibility-check": ([ev_elig, ev_elig, ev_elig, ev_mapd], [nv_ddb, nv_pool, nv_retry, nv_clearinghouse, nv_config, nv_version]),
    "cmh-member-profile-sync": ([ev_profile, ev_profile, ev_emerg, ev_foreign, ev_mcd], [nv_ddb, nv_config, nv_sqs, nv_retry]),
    "cmh-idcard-render": ([ev_idcard, ev_idcard, ev_notify], [nv_version, nv_retry, nv_metric]),
    "cmh-834-enrollment-parser": ([ev_834, ev_834, ev_834, ev_death, ev_mcd, ev_mapd], [nv_batch, nv_s3event, nv_config, nv_retry, nv_group]),
    "cmh-pa-intake": ([ev_pa, ev_pa, ev_adt], [nv_provider, nv_clearinghouse, nv_sqs]),
    "cmh-premium-billing": ([ev_ach, ev_card, ev_1095], [nv_metric, nv_retry, nv_group, nv_broker]),
    "cmh-risk-adjustment": ([ev_risk, ev_risk, ev_mapd], [nv_athena, nv_batch, nv_feeschedule]),
    "cmh-claims-intake": ([ev_claim, ev_claim, ev_device], [nv_adjud, nv_provider, nv_feeschedule, nv_sqs, nv_metric, nv_staff]),
    "cmh-member-notify": ([ev_notify], [nv_sqs, nv_retry, nv_metric]),
    "cmh-portal-authorizer": ([ev_login], [nv_config, nv_version, nv_metric]),
    "cmh-care-mgmt-scheduler": ([ev_appt, ev_appt, ev_kit, ev_emerg], [nv_sqs, nv_athena, nv_staff]),
    "cmh-rpm-ingest": ([ev_device], [nv_ddb, nv_metric, nv_retry]),
    "cmh-appeals-intake": ([ev_appeal], [nv_staff, nv_sqs, nv_config]),
    "cmh-nemt-reimbursement": ([ev_nemt], [nv_adjud, nv_metric, nv_retry]),
    "cmh-idv-callback": ([ev_idv, ev_idv, ev_foreign], [nv_config, nv_retry, nv_version]),
    "cmh-adt-feed": ([ev_adt], [nv_provider, nv_ddb, nv_pool]),
    "cmh-voice-id": ([ev_voice], [nv_metric, nv_config, nv_retry]),
    "cmh-siu-enrichment": ([ev_url], [nv_athena, nv_staff, nv_broker]),
    "cmh-eob-generator": ([ev_eob, ev_notify], [nv_batch, nv_s3event, nv_metric]),
    "cmh-edi-835-writer": ([ev_ach, ev_claim], [nv_adjud, nv_clearinghouse, nv_sqs]),
    "cmh-member-search": ([ev_profile, ev_elig, ev_login], [nv_ddb, nv_pool, nv_retry]),
}


USED = {}


def any_event(fn):
    phis, nons = FN_POOLS[fn]
    if want_phi():
        low = min(USED.get(f.__name__, 0) for f in phis)
        f = rng.choice([f for f in phis if USED.get(f.__name__, 0) == low])
        USED[f.__name__] = USED.get(f.__name__, 0) + 1
        return f(fn, rng.choice(PEOPLE)), True
    low = min(USED.get(f.__name__, 0) for f in nons)
    f = rng.choice([f for f in nons if USED.get(f.__name__, 0) == low])
    USED[f.__name__] = USED.get(f.__name__, 0) + 1
    return f(fn), False


# ----------------------------------------------------------------------------
# Lambda: platform lines
# ----------------------------------------------------------------------------
PY_FUNCS = ["cmh-eligibility-check", "cmh-member-profile-sync", "cmh-idcard-render", "cmh-834-enrollment-parser",
            "cmh-pa-intake", "cmh-premium-billing", "cmh-risk-adjustment"]
NODE_FUNCS = ["cmh-claims-intake", "cmh-member-notify", "cmh-portal-authorizer", "cmh-care-mgmt-scheduler", "cmh-rpm-ingest"]
PT_FUNCS = ["cmh-appeals-intake", "cmh-nemt-reimbursement", "cmh-idv-callback", "cmh-adt-feed", "cmh-voice-id", "cmh-siu-enrichment"]
MEM = {}


ROT = {}


def next_fn(pool):
    key = tuple(pool)
    lst = ROT.get(key)
    if not lst:
        lst = list(pool)
        rng.shuffle(lst)
        ROT[key] = lst
    return lst.pop()


def mem_of(fn):
    if fn not in MEM:
        MEM[fn] = rng.choice([256, 512, 1024, 1769, 2048])
    return MEM[fn]


def platform_start(rid, runtime, cold):
    fam = "lambda-platform"
    if cold:
        rv = "python:3.12.v27" if runtime == "py" else "nodejs:20.v19"
        emit(fam, "INIT_START Runtime Version: %s\tRuntime Version ARN: arn:aws:lambda:us-west-2::runtime:%s" % (rv, hexs(64)))
    emit(fam, "START RequestId: %s Version: %s" % (rid, rng.choice(["$LATEST", "$LATEST", str(rng.randint(3, 140))])))


def platform_end(rid, fn, cold, t0):
    fam = "lambda-platform"
    t = tick(1, 40)
    dur = max(1.0, (t - t0).total_seconds() * 1000 + rng.uniform(0, 30))
    emit(fam, "END RequestId: %s" % rid)
    mm = mem_of(fn)
    used = rng.randint(60, min(mm, 600))
    s = "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: %d MB\tMax Memory Used: %d MB\t" % (
        rid, dur, int(dur) + 1, mm, used)
    if cold:
        s += "Init Duration: %.2f ms\t" % rng.uniform(180, 1600)
    if rng.random() < 0.3:
        s += "\nXRAY TraceId: %s\tSegmentId: %s\tSampled: true\t" % (xray(t), hexs(16))
        s = s.replace("\n", "")
    emit(fam, s)


# ----------------------------------------------------------------------------
# Python Lambda
# ----------------------------------------------------------------------------
def seg_py():
    fn = next_fn(PY_FUNCS)
    rid = uuid4()
    cold = rng.random() < 0.25
    t0 = tick(200, 8000)
    platform_start(rid, "py", cold)
    for _ in range(rng.randint(3, 7)):
        t = tick(2, 900)
        (msg, data), isphi = any_event(fn)
        style = rng.random()
        if msg is None:
            emit("lambda-python", prepr(data))
        elif data is not None and style < 0.25:
            # print(f"...: {event}")
            emit("lambda-python", text(msg) if not any(isinstance(x, P) for x in flat(msg)) else msg, ": ", prepr(data))
        else:
            lvl = "[INFO]"
            if not isphi and "Retrying" in text(msg):
                lvl = "[WARNING]"
            body = [msg]
            if data is not None:
                body += [" ", prepr(data)]
            emit("lambda-python", lvl, "\t", iso_z(t), "\t", rid, "\t", body)
    if rng.random() < 0.22:
        py_traceback(fn, rid)
    platform_end(rid, fn, cold, t0)


def py_traceback(fn, rid):
    t = tick(1, 50)
    p = rng.choice(PEOPLE)
    fam = "lambda-python"
    kind = rng.choice(["dob", "key", "dup", "timeout"])
    if kind == "dob" and want_phi():
        bad = fmt_date(p["dob"], "iso")
        bad = bad[:5] + "%02d" % rng.choice([2, 4, 6]) + "-31"
        emit(fam, "[ERROR] ValueError: Invalid date of birth ", P(repr(bad)[1:-1], "date"), " for member ", P(p["mid"], "health_plan"))
        emit(fam, "Traceback (most recent call last):")
        emit(fam, '  File "/var/task/app/handler.py", line %d, in lambda_handler' % rng.randint(40, 140))
        emit(fam, '    dob = parse_dob(body["%s"])' % K(fn, "dob"))
        emit(fam, '  File "/var/task/app/validators.py", line %d, in parse_dob' % rng.randint(10, 60))
        emit(fam, '    return datetime.strptime(value, "%Y-%m-%d").date()')
    elif kind == "key":
        k = K(fn, "subscriberId")
        emit(fam, "[ERROR] KeyError: '%s'" % k)
        emit(fam, "Traceback (most recent call last):")
        emit(fam, '  File "/var/task/app/handler.py", line %d, in lambda_handler' % rng.randint(40, 140))
        emit(fam, "    sub = record['%s']" % k)
    elif kind == "dup":
        emit(fam, "[ERROR]\t%s\t%s\tbotocore.exceptions.ClientError: An error occurred (ConditionalCheckFailedException) when calling the PutItem operation: The conditional request failed" % (iso_z(t), rid))
    else:
        emit(fam, "%s %s Task timed out after %.2f seconds" % (iso_z(t), rid, rng.choice([30.0, 60.0, 15.0])))


# ----------------------------------------------------------------------------
# Node Lambda
# ----------------------------------------------------------------------------
def seg_node():
    fn = next_fn(NODE_FUNCS)
    rid = uuid4()
    cold = rng.random() < 0.25
    t0 = tick(200, 8000)
    platform_start(rid, "node", cold)
    for _ in range(rng.randint(3, 7)):
        t = tick(2, 900)
        (msg, data), isphi = any_event(fn)
        lvl = "INFO"
        if msg is None:
            msg = ["S3 event"]
        if not isphi and "Retrying" in text(msg):
            lvl = "WARN"
        pre = [iso_z(t), "\t", rid, "\t", lvl, "\t"]
        if data is None:
            emit("lambda-node", pre, msg)
        else:
            insp = ninspect(data)
            if len(text(insp)) <= 72 and rng.random() < 0.7:
                emit("lambda-node", pre, msg, " ", insp)
            else:
                emit("lambda-node", pre, msg, " ", jdump(data))
    if rng.random() < 0.25:
        t = tick(1, 30)
        if want_phi():
            p = rng.choice(PEOPLE)
            em = S("Member ", P(p["mid"], "health_plan"), " not found in eligibility cache (dos ",
                   P(fmt_date(dos_date(), "iso"), "date"), ")")
            et = "EligibilityNotFoundError"
        else:
            em = S("Task timed out after 29.00 seconds waiting on upstream 278 gateway")
            et = rng.choice(["TimeoutError", "UpstreamError"])
        err = {"errorType": et, "errorMessage": em,
               "stack": [S(et, ": ", em.parts), "    at validateMember (file:///var/task/index.mjs:%d:11)" % rng.randint(20, 300),
                         "    at async Runtime.handler (file:///var/task/index.mjs:%d:5)" % rng.randint(20, 300)]}
        emit("lambda-node", iso_z(t), "\t", rid, "\tERROR\tInvoke Error \t", jdump(err))
    platform_end(rid, fn, cold, t0)


# ----------------------------------------------------------------------------
# Powertools structured JSON
# ----------------------------------------------------------------------------
def seg_powertools():
    fn = next_fn(PT_FUNCS)
    lang = "py" if hashlib.md5(fn.encode()).digest()[0] % 2 else "ts"
    rid = uuid4()
    cold = rng.random() < 0.3
    t0 = tick(200, 8000)
    platform_start(rid, "py" if lang == "py" else "node", cold)
    xid = xray(t0)
    arn = "arn:aws:lambda:%s:%s:function:%s" % (REGION, ACCT, fn)
    svc = fn.replace("cmh-", "")
    for i in range(rng.randint(2, 6)):
        t = tick(2, 700)
        (msg, data), isphi = any_event(fn)
        if msg is None:
            msg = ["S3 notification received"]
        lvl = "WARNING" if (not isphi and "Retrying" in text(msg)) else "INFO"
        if lang == "py":
            d = {"level": lvl, "location": "%s:%d" % (rng.choice(["handler", "process_record", "_lookup_member", "lambda_handler"]), rng.randint(20, 300)),
                 "message": S(msg), "timestamp": pt_ts(t), "service": svc, "cold_start": cold and i == 0,
                 "function_name": fn, "function_memory_size": str(mem_of(fn)), "function_arn": arn,
                 "function_request_id": rid, "correlation_id": uuid4() if rng.random() < 0.4 else None, "xray_trace_id": xid}
            if d["correlation_id"] is None:
                del d["correlation_id"]
            if data:
                for k, v in data.items():
                    d[k] = v
            emit("powertools-json", jdump(d, ea=True))
        else:
            d = {"cold_start": cold and i == 0, "function_arn": arn, "function_memory_size": mem_of(fn), "function_name": fn,
                 "function_request_id": rid, "level": "WARN" if lvl == "WARNING" else "INFO", "message": S(msg),
                 "sampling_rate": 0, "service": svc, "timestamp": iso_z(t), "xray_trace_id": xid}
            if data:
                for k, v in data.items():
                    d[k] = v
            emit("powertools-json", jdump(d))
    platform_end(rid, fn, cold, t0)


# ----------------------------------------------------------------------------
# Lambda advanced logging (JSON log format)
# ----------------------------------------------------------------------------
def seg_lambda_json():
    fn = next_fn(["cmh-eob-generator", "cmh-edi-835-writer", "cmh-member-search"])
    rid = uuid4()
    t0 = tick(200, 6000)
    fam = "lambda-json"
    emit(fam, jdump({"time": iso_z(t0), "type": "platform.start", "record": {"requestId": rid, "version": "$LATEST"}}))
    for _ in range(rng.randint(2, 4)):
        t = tick(2, 800)
        (msg, data), isphi = any_event(fn)
        if msg is None:
            msg = ["S3 notification"]
        m = S(msg, " ", jdump(data)) if data else S(msg)
        d = {"timestamp": iso_z(t), "level": "INFO", "requestId": rid, "message": m}
        emit(fam, jdump(d))
    t = tick(1, 40)
    dur = (t - t0).total_seconds() * 1000 + rng.uniform(0, 20)
    emit(fam, jdump({"time": iso_z(t), "type": "platform.runtimeDone", "record": {"requestId": rid, "status": "success",
                                                                                    "metrics": {"durationMs": round(dur, 3), "producedBytes": rng.randint(100, 40000)}}}))
    emit(fam, jdump({"time": iso_z(t), "type": "platform.report", "record": {"requestId": rid, "metrics": {
        "durationMs": round(dur, 3), "billedDurationMs": int(dur) + 1, "memorySizeMB": mem_of(fn),
        "maxMemoryUsedMB": rng.randint(70, 300)}, "status": "success"}}))


# ----------------------------------------------------------------------------
# API Gateway access logs
# ----------------------------------------------------------------------------
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "CMHMemberApp/4.12.0 (Android 14; SM-S918U)", "CMHMemberApp/4.12.0 (iOS 17.3.1; iPhone15,2)",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15"]


def seg_apigw():
    n = rng.randint(3, 7)
    for _ in range(n):
        t = tick(50, 3000)
        phi = want_phi()
        kind = rng.random()
        p = rng.choice(ADULTS)
        if phi:
            who = rng.random()
            if who < 0.7:
                # member app call from member's public IP
                q = rng.choice([x for x in PEOPLE if x["hh"] == p["hh"]])
                route, pathp = rng.choice([
                    ("/members/{memberId}/claims", ["/members/", P(q["mid"], "health_plan"), "/claims"]),
                    ("/members/{memberId}/idcard", ["/members/", P(q["mid"], "health_plan"), "/idcard"]),
                    ("/members/{memberId}/eob/{claimId}", ["/members/", P(q["mid"], "health_plan"), "/eob/", claim_id()]),
                    ("/members/{memberId}/accumulators", ["/members/", P(q["mid"], "health_plan"), "/accumulators"]),
                    ("/profile", ["/profile"]),
                ])
                ip = P(p["ip"], "ip")
                ua = rng.choice(UAS)
            else:
                # provider portal BFF (private), path/query carries member data
                q = rng.choice(PEOPLE)
                route = "/provider/v1/eligibility"
                pathp = ["/provider/v1/eligibility?memberId=", P(q["mid"], "health_plan"), "&dob=", P(fmt_date(q["dob"], "iso"), "date"),
                         "&npi=", rng.choice(PROVIDERS)["npi"]]
                ip = rng.choice(PRIV_IPS)
                ua = "provider-portal-bff/2.8.1 (+okhttp/4.12.0)"
        else:
            r2 = rng.random()
            if r2 < 0.35:
                route, pathp, ip, ua = "/health", ["/health"], rng.choice(AWS_IPS), "Amazon-Route53-Health-Check-Service (ref %s; report http://amzn.to/1vsZADi)" % uuid4()
            elif r2 < 0.6:
                g = rng.choice(GROUPS)
                route, pathp, ip, ua = "/broker/v1/groups/{groupId}/census", ["/broker/v1/groups/", g, "/census"], rng.choice(PRIV_IPS), "broker-portal-bff/1.19.0"
            elif r2 < 0.8:
                c = rng.choice(PROVIDERS)
                route, pathp, ip, ua = "/provider/v1/directory/{npi}", ["/provider/v1/directory/", c["npi"]], rng.choice(PRIV_IPS), "provider-portal-bff/2.8.1 (+okhttp/4.12.0)"
            else:
                route, pathp, ip, ua = "/plans/{planCode}/benefits", ["/plans/", rng.choice(PLANS), "/benefits"], rng.choice(PRIV_IPS), "cmh-web/3.4.0"
        status = rng.choice(["200", "200", "200", "200", "304", "403", "404", "429", "502"])
        meth = "POST" if (route in ("/profile",) and rng.random() < 0.5) else "GET"
        if kind < 0.45:
            d = {"requestId": uuid4(), "ip": ip if isinstance(ip, P) else ip, "caller": "-", "user": "-",
                 "requestTime": clf_ts(t), "httpMethod": meth, "resourcePath": route, "status": status,
                 "protocol": "HTTP/1.1", "responseLength": str(rng.randint(0, 9000)), "path": S("/prod", pathp)}
            emit("apigw-rest", jdump(d))
        elif kind < 0.8:
            d = {"requestId": httpapi_reqid(), "ip": ip, "requestTime": clf_ts(t), "httpMethod": meth,
                 "routeKey": "%s %s" % (meth, route), "status": status, "protocol": "HTTP/1.1",
                 "responseLength": str(rng.randint(0, 9000)), "integrationLatency": str(rng.randint(5, 2500)),
                 "userAgent": ua, "path": S(pathp), "authorizerError": "-" if status != "403" else "Unauthorized"}
            emit("apigw-http", jdump(d))
        else:
            emit("apigw-clf", ip, " - - [", clf_ts(t), '] "', meth, " /prod", pathp, ' HTTP/1.1" ', status, " ",
                 str(rng.randint(0, 9000)), " ", uuid4())


# ----------------------------------------------------------------------------
# CloudTrail S3 data events
# ----------------------------------------------------------------------------
ROLES = [("cmh-idcard-render-role", "cmh-idcard-render"), ("cmh-member-docs-api-role", "cmh-member-docs-api"),
         ("cmh-athena-report-runner-role", "cmh-athena-report-runner"), ("cmh-sftp-ingest-role", "cmh-sftp-ingest"),
         ("cmh-eob-generator-role", "cmh-eob-generator")]
SSO = [("AWSReservedSSO_ClaimsOps_4f2a9c1b7d3e5a60", "rebecca.thornton@cascadiamutual.com"),
       ("AWSReservedSSO_DataEngineer_0b7e3d91c2a84f55", "dmitri.volkov@cascadiamutual.com"),
       ("AWSReservedSSO_SecurityAudit_9c41e7a0d2b36f18", "yuki.sato@cascadiamutual.com")]
BOTO_UA = "[Boto3/1.34.34 md/Botocore#1.34.34 ua/2.0 os/linux#5.10.209-219.814.amzn2.x86_64 md/arch#x86_64 lang/python#3.12.2 md/pyimpl#CPython exec-env/AWS_Lambda_python3.12 cfg/retry-mode#legacy Botocore/1.34.34]"
JS_UA = "[aws-sdk-js/3.529.1 ua/2.0 os/linux#5.10.209-219.814.amzn2.x86_64 lang/js md/nodejs#20.11.1 api/s3#3.529.1 exec-env/AWS_Lambda_nodejs20.x]"


def ct_identity(kind, t):
    if kind in ("role", "upload"):
        role, sess = ROLES[1] if kind == "upload" else rng.choice(ROLES)
        pid = "AROA" + alnum(17)
        return {"type": "AssumedRole", "principalId": "%s:%s" % (pid, sess),
                "arn": "arn:aws:sts::%s:assumed-role/%s/%s" % (ACCT, role, sess), "accountId": ACCT,
                "accessKeyId": "ASIA" + alnum(16),
                "sessionContext": {"sessionIssuer": {"type": "Role", "principalId": pid, "arn": "arn:aws:iam::%s:role/%s" % (ACCT, role),
                                                     "accountId": ACCT, "userName": role},
                                   "attributes": {"creationDate": iso_s(t - datetime.timedelta(minutes=rng.randint(1, 50))), "mfaAuthenticated": "false"}}}
    if kind == "sso":
        role, sess = rng.choice(SSO)
        pid = "AROA" + alnum(17)
        return {"type": "AssumedRole", "principalId": "%s:%s" % (pid, sess),
                "arn": "arn:aws:sts::%s:assumed-role/%s/%s" % (ACCT, role, sess), "accountId": ACCT,
                "accessKeyId": "ASIA" + alnum(16),
                "sessionContext": {"sessionIssuer": {"type": "Role", "principalId": pid,
                                                     "arn": "arn:aws:iam::%s:role/aws-reserved/sso.amazonaws.com/us-west-2/%s" % (ACCT, role),
                                                     "accountId": ACCT, "userName": role},
                                   "attributes": {"creationDate": iso_s(t - datetime.timedelta(minutes=rng.randint(1, 300))), "mfaAuthenticated": "false"}}}
    return {"type": "AWSService", "invokedBy": "athena.amazonaws.com"}


def seg_cloudtrail():
    for _ in range(rng.randint(2, 5)):
        t = tick(100, 5000)
        phi = want_phi()
        p = rng.choice(PEOPLE)
        upload = False
        if phi:
            bucket = "cmh-member-docs-prod"
            c = rng.random()
            if c < 0.25:
                key = ["idcards/", P(p["mid"], "health_plan"), "/", rng.choice(["front.png", "back.png", "card.pdf"])]
                ev, ident = rng.choice(["PutObject", "GetObject"]), "role"
            elif c < 0.45:
                key = ["member-uploads/", P(p["mid"], "health_plan"), "/claims/", uuid4(), "/", rng.choice(["receipt.jpg", "itemized_bill.pdf", "IMG_%04d.HEIC" % rng.randint(0, 9999)])]
                ev, ident, upload = "PutObject", "role", True
            elif c < 0.6:
                key = ["id-verification/", P(p["mid"], "health_plan"), "/", P(p["last"].replace(" ", ""), "name"), "_",
                       P(p["first"].replace(" ", ""), "name"), "_dl_front.jpg"]
                ev, ident = "GetObject", rng.choice(["role", "sso"])
            elif c < 0.75:
                key = ["appeals/", P(p["sub"], "health_plan"), "/", P(p["case"], "other_id"), "/", rng.choice(["rep_authorization.pdf", "medical_records.pdf", "decision_letter.pdf"])]
                ev, ident = rng.choice(["GetObject", "PutObject", "HeadObject"]), rng.choice(["role", "sso"])
            elif c < 0.9:
                key = ["eob/2024/", P(p["mid"], "health_plan"), "/eob_", claim_id(), ".pdf"]
                ev, ident = rng.choice(["PutObject", "GetObject"]), "role"
            else:
                key = ["correspondence/", P(p["mid"], "health_plan"), "/welcome_", P(p["first"].split()[0].lower().translate(ASCII_MAP), "name"), "_",
                       P(p["last"].lower().translate(ASCII_MAP), "name"), ".pdf"]
                ev, ident = "PutObject", "role"
        else:
            c = rng.random()
            if c < 0.3:
                bucket = "cmh-edi-inbound-prod"
                key = ["834/dt=%s/ENR_%s_%04d.x12" % (t.strftime("%Y-%m-%d"), t.strftime("%Y%m%d"), rng.choice([600, 1200, 1800]))]
                ev, ident = rng.choice(["GetObject", "PutObject"]), "role"
            elif c < 0.55:
                bucket = "cmh-athena-results-prod"
                key = ["claims-analytics/%s.csv" % uuid4()]
                ev, ident = rng.choice(["PutObject", "GetObject"]), "athena"
            elif c < 0.7:
                bucket = "cmh-lambda-artifacts-prod"
                key = ["%s/2024.03.%02d-%s.zip" % (rng.choice(PY_FUNCS + NODE_FUNCS), rng.randint(1, 13), hexs(7))]
                ev, ident = "GetObject", "role"
            elif c < 0.85:
                bucket = "cmh-edi-outbound-prod"
                key = ["835/%s/ERA_%s_%d.x12" % (rng.choice(["waystar", "availity"]), t.strftime("%Y%m%d"), rng.randint(1, 9))]
                ev, ident = "PutObject", "role"
            else:
                bucket = "cmh-reports-prod"
                key = ["monthly/2024-02/%s.parquet" % rng.choice(["claims_summary", "pmpm_by_group", "hedis_gaps_counts"])]
                ev, ident = rng.choice(["GetObject", "HeadObject"]), "sso"
        idd = ct_identity(ident, t)
        if upload:
            src = P(rng.choice([q for q in ADULTS if q["hh"] == p["hh"]] or ADULTS)["ip"], "ip")
            ua = rng.choice(UAS)
            idd = ct_identity("upload", t)
        elif ident == "athena":
            src, ua = "athena.amazonaws.com", "athena.amazonaws.com"
        elif ident == "sso":
            src, ua = rng.choice(PRIV_IPS), "[aws-cli/2.15.21 Python/3.11.6 Darwin/23.3.0 exe/x86_64 prompt/off command/s3.cp]"
        else:
            src, ua = rng.choice(PRIV_IPS), rng.choice([BOTO_UA, JS_UA])
        ro = ev in ("GetObject", "HeadObject")
        rp = {"bucketName": bucket, "Host": "%s.s3.%s.amazonaws.com" % (bucket, REGION), "key": S(key)}
        if ev == "PutObject":
            rp["x-amz-server-side-encryption"] = "aws:kms"
        resp = None
        if ev == "PutObject":
            resp = {"x-amz-server-side-encryption": "aws:kms", "x-amz-server-side-encryption-aws-kms-key-id": KMS_KEY,
                    "x-amz-version-id": s3_versionid()}
        aed = {"SignatureVersion": "SigV4", "CipherSuite": "TLS_AES_128_GCM_SHA256",
               "bytesTransferredIn": rng.randint(1000, 4000000) if ev == "PutObject" else 0,
               "SSEApplied": "SSE_KMS", "AuthenticationMethod": "QueryString" if upload else "AuthHeader",
               "x-amz-id-2": b64s(76), "bytesTransferredOut": rng.randint(1000, 4000000) if ev == "GetObject" else 0}
        d = {"eventVersion": "1.09", "userIdentity": idd, "eventTime": iso_s(t), "eventSource": "s3.amazonaws.com",
             "eventName": ev, "awsRegion": REGION, "sourceIPAddress": src, "userAgent": ua,
             "requestParameters": rp, "responseElements": resp, "additionalEventData": aed,
             "requestID": s3_reqid(), "eventID": uuid4(), "readOnly": ro,
             "resources": [{"type": "AWS::S3::Object", "ARN": S("arn:aws:s3:::", bucket, "/", key)},
                           {"accountId": ACCT, "type": "AWS::S3::Bucket", "ARN": "arn:aws:s3:::" + bucket}],
             "eventType": "AwsApiCall", "managementEvent": False, "recipientAccountId": ACCT}
        if not upload and ident != "athena":
            d["vpcEndpointId"] = VPCE
            d["vpcEndpointAccountId"] = ACCT
        d["eventCategory"] = "Data"
        if ident != "athena":
            d["tlsDetails"] = {"tlsVersion": "TLSv1.3", "cipherSuite": "TLS_AES_128_GCM_SHA256", "clientProvidedHostHeader": rp["Host"]}
        emit("cloudtrail-s3", jdump(d))


# ----------------------------------------------------------------------------
# Step Functions execution history (jq -c '.events[]')
# ----------------------------------------------------------------------------
def seg_sfn():
    fam = "sfn-history"
    sm = rng.choice(["cmh-claim-adjudication", "cmh-enrollment-834", "cmh-prior-auth-review"])
    p = rng.choice(PEOPLE)
    phi = want_phi(0.5)
    t = tick(500, 9000)
    if sm == "cmh-claim-adjudication":
        cid = claim_id()
        exname = "%s-%s" % (cid, hexs(8))
        inp = {"claimId": cid, "memberId": P(p["mid"], "health_plan") if phi else None, "billingNpi": rng.choice(PROVIDERS)["npi"],
               "dos": P(fmt_date(dos_date(), "iso"), "date") if phi else None, "totalCharge": round(rng.uniform(50, 3000), 2),
               "source": "837P"}
        if not phi:
            inp = {"claimId": cid, "batchId": uuid4(), "billingNpi": inp["billingNpi"], "totalCharge": inp["totalCharge"], "source": "837P"}
        steps = [("ValidateClaim", "cmh-claim-validate"), ("CheckEligibility", "cmh-eligibility-check"), ("PriceClaim", "cmh-claim-pricer")]
    elif sm == "cmh-enrollment-834":
        exname = ("enroll-%s-%d" % (p["sub"], int(t.timestamp()))) if phi else ("enroll-batch-%s" % uuid4()[:13])
        if phi:
            inp = {"subscriberId": P(p["sub"], "health_plan"), "maintenanceType": rng.choice(["021", "001", "024"]),
                   "firstName": P(p["first"], "name"), "lastName": P(p["last"], "name"),
                   "birthDate": P(fmt_date(p["dob"], "x12"), "date"), "ssn": P(p["ssn"], "ssn") if p["ssn"] else "",
                   "groupNumber": rng.choice(GROUPS)}
        else:
            inp = {"s3Uri": "s3://cmh-edi-inbound-prod/834/dt=%s/ENR_%s_0600.x12" % (t.strftime("%Y-%m-%d"), t.strftime("%Y%m%d")),
                   "isaControl": "%09d" % rng.randint(0, 10 ** 9), "segments": rng.randint(1000, 90000)}
        steps = [("ParseSegments", "cmh-834-enrollment-parser"), ("UpsertMember", "cmh-member-profile-sync")]
    else:
        pa = "PA-2024-%06d" % rng.randint(0, 999999)
        exname = "%s-%s" % (pa, hexs(6))
        if phi:
            inp = {"paRequestId": pa, "memberId": P(p["mid"], "health_plan"), "patientName": P(fullname(p), "name"),
                   "mrn": P(p["mrn"], "mrn"), "requestedCpt": "95810", "urgency": "STANDARD"}
        else:
            inp = {"paRequestId": pa, "requestedCpt": rng.choice(["95810", "27447"]), "urgency": "STANDARD", "lineOfBusiness": "COMM"}
        steps = [("ClinicalCriteria", "cmh-pa-criteria"), ("AssignNurse", "cmh-pa-assign")]
    exarn_name = S(exname) if not (phi and sm == "cmh-enrollment-834") else S("enroll-", P(p["sub"], "health_plan"), "-%d" % int(t.timestamp()))
    role = "arn:aws:iam::%s:role/service-role/StepFunctions-%s-role-%s" % (ACCT, sm, hexs(8))
    inp_s = S(jdump(inp))
    eid = 1
    emit(fam, jdump({"timestamp": cli_ts(t), "type": "ExecutionStarted", "id": eid, "previousEventId": 0,
                     "executionStartedEventDetails": {"input": inp_s, "inputDetails": {"truncated": False}, "roleArn": role}}))
    eid += 1
    fail_at = rng.randint(0, len(steps) - 1) if rng.random() < 0.4 else None
    cur_input = inp
    for si, (state, fn) in enumerate(steps):
        t = tick(5, 80)
        emit(fam, jdump({"timestamp": cli_ts(t), "type": "TaskStateEntered", "id": eid, "previousEventId": eid - 1,
                         "stateEnteredEventDetails": {"name": state, "input": S(jdump(cur_input)), "inputDetails": {"truncated": False}}}))
        eid += 1
        t = tick(5, 60)
        emit(fam, jdump({"timestamp": cli_ts(t), "type": "TaskScheduled", "id": eid, "previousEventId": eid - 1,
                         "taskScheduledEventDetails": {"resourceType": "lambda", "resource": "invoke", "region": REGION,
                                                       "parameters": S(jdump({"FunctionName": "arn:aws:lambda:%s:%s:function:%s:live" % (REGION, ACCT, fn), "Payload": cur_input}))}}))
        eid += 1
        t = tick(5, 90)
        emit(fam, jdump({"timestamp": cli_ts(t), "type": "TaskStarted", "id": eid, "previousEventId": eid - 1,
                         "taskStartedEventDetails": {"resourceType": "lambda", "resource": "invoke"}}))
        eid += 1
        t = tick(100, 3000)
        if fail_at == si:
            if phi and "memberId" in inp:
                cause = S(jdump({"errorMessage": S("Member ", P(p["mid"], "health_plan"), " has no active coverage on requested date"),
                                 "errorType": "CoverageTerminatedError", "requestId": uuid4(),
                                 "stackTrace": ["  File \"/var/task/app/handler.py\", line 77, in lambda_handler\n    raise CoverageTerminatedError(msg)\n"]}))
            else:
                cause = S(jdump({"errorMessage": "2024-03-14T%sZ %s Task timed out after 30.03 seconds" % (t.strftime("%H:%M:%S.%f")[:12], uuid4()),
                                 "errorType": "Sandbox.Timedout"}))
            emit(fam, jdump({"timestamp": cli_ts(t), "type": "TaskFailed", "id": eid, "previousEventId": eid - 1,
                             "taskFailedEventDetails": {"resourceType": "lambda", "resource": "invoke", "error": "States.TaskFailed" if phi else "Sandbox.Timedout", "cause": cause}}))
            eid += 1
            t = tick(2, 30)
            emit(fam, jdump({"timestamp": cli_ts(t), "type": "ExecutionFailed", "id": eid, "previousEventId": eid - 1,
                             "executionFailedEventDetails": {"error": "States.TaskFailed", "cause": cause}}))
            return
        out = {"ExecutedVersion": "live", "Payload": {"status": rng.choice(["OK", "PASS", "ACCEPTED"]), "step": state,
                                                      "durationMs": rng.randint(20, 2500)}, "StatusCode": 200}
        emit(fam, jdump({"timestamp": cli_ts(t), "type": "TaskSucceeded", "id": eid, "previousEventId": eid - 1,
                         "taskSucceededEventDetails": {"resourceType": "lambda", "resource": "invoke", "output": S(jdump(out)),
                                                       "outputDetails": {"truncated": False}}}))
        eid += 1
        t = tick(1, 20)
        emit(fam, jdump({"timestamp": cli_ts(t), "type": "TaskStateExited", "id": eid, "previousEventId": eid - 1,
                         "stateExitedEventDetails": {"name": state, "output": S(jdump(out["Payload"])), "outputDetails": {"truncated": False}}}))
        eid += 1
    t = tick(2, 40)
    emit(fam, jdump({"timestamp": cli_ts(t), "type": "ExecutionSucceeded", "id": eid, "previousEventId": eid - 1,
                     "executionSucceededEventDetails": {"output": S(jdump({"result": "COMPLETE", "execution": exarn_name})), "outputDetails": {"truncated": False}}}))


# ----------------------------------------------------------------------------
# Logs Insights exports
# ----------------------------------------------------------------------------
def insights_rows(kind, n):
    rows = []
    for _ in range(n):
        t = tick(10, 30000)
        if kind == "report":
            d = rng.uniform(5, 3000)
            rows.append([ins_ts(t), uuid4(), "%.2f" % d, str(int(d) + 1), str(rng.choice([512, 1024])), str(rng.randint(60, 400))])
        elif kind == "bin":
            b0 = CLOCK[0].replace(minute=CLOCK[0].minute - CLOCK[0].minute % 5, second=0, microsecond=0) - datetime.timedelta(minutes=5 * (n - len(rows)))
            rows.append([b0.strftime("%Y-%m-%d %H:%M:%S.000"), "%.4f" % rng.uniform(20, 900), str(rng.randint(80, 500)), str(rng.randint(100, 20000))])
        elif kind == "byMember":
            if want_phi(0.55):
                p = rng.choice(PEOPLE)
                rows.append([P(p["mid"], "health_plan"), str(rng.randint(2, 60))])
            else:
                rows.append(["-", str(rng.randint(2, 400))])
        elif kind == "errors":
            if want_phi(0.55):
                p = rng.choice(ADULTS)
                rows.append([ins_ts(t), P(p["ip"], "ip"), rng.choice(["500", "502", "504"]),
                             S("/prod/members/", P(p["mid"], "health_plan"), rng.choice(["/claims", "/idcard", "/accumulators"]))])
            else:
                rows.append([ins_ts(t), rng.choice(AWS_IPS + PRIV_IPS), rng.choice(["500", "502", "504"]), rng.choice(["/prod/health", "/prod/plans/PPO-GOLD-24/benefits"])])
        elif kind == "messages":
            fn = rng.choice(PY_FUNCS)
            if want_phi(0.5):
                (msg, data) = ev_elig(fn, rng.choice(PEOPLE)) if rng.random() < 0.5 else ev_death(fn, rng.choice(PEOPLE))
                m = S(msg, " ", prepr(data)) if data else S(msg)
            else:
                (msg, data) = rng.choice([nv_batch, nv_adjud, nv_retry, nv_athena])(fn)
                m = S(msg)
            rows.append([ins_ts(t), S("[INFO]\t", iso_z(t), "\t", uuid4(), "\t", m), "2024/03/14/[$LATEST]" + hexs(32),
                         "%s:/aws/lambda/%s" % (ACCT, fn)])
    return rows


INS_Q = {
    "report": ["@timestamp", "@requestId", "@duration", "@billedDuration", "@memorySize", "@maxMemoryUsed"],
    "bin": ["bin(5m)", "avg(@duration)", "max(@maxMemoryUsed)", "count(*)"],
    "byMember": ["memberId", "errors"],
    "errors": ["@timestamp", "ip", "status", "path"],
    "messages": ["@timestamp", "@message", "@logStream", "@log"],
}


def md_cell(v):
    parts = flat([v])
    return smap(parts, lambda s: s.replace("|", "\\|").replace("\t", " "))


def seg_insights_md():
    kind = rng.choice(["report", "bin", "byMember", "errors", "messages"])
    hdr = INS_Q[kind]
    emit("insights-md", "| " + " | ".join(hdr) + " |")
    emit("insights-md", "|" + "|".join("---" for _ in hdr) + "|")
    for row in insights_rows(kind, rng.randint(3, 8)):
        out = ["| "]
        for i, c in enumerate(row):
            if i:
                out.append(" | ")
            out.extend(md_cell(c))
        out.append(" |")
        emit("insights-md", out)


def seg_insights_csv():
    kind = rng.choice(["report", "bin", "byMember", "errors", "messages"])
    hdr = INS_Q[kind]
    emit("insights-csv", csvrow(hdr))
    for row in insights_rows(kind, rng.randint(3, 8)):
        emit("insights-csv", csvrow(row))


# ----------------------------------------------------------------------------
# Athena results and errors
# ----------------------------------------------------------------------------
def seg_athena_csv():
    fam = "athena-csv"
    kind = rng.choice(["members", "claims", "agg", "agg"])
    if kind == "members":
        emit(fam, csvrow(["member_id", "first_name", "last_name", "birth_date", "zip5", "plan_code", "group_no"], True))
        for _ in range(rng.randint(3, 7)):
            p = rng.choice(PEOPLE)
            emit(fam, csvrow([P(p["mid"], "health_plan"), P(p["first"], "name"), P(p["last"], "name"), P(fmt_date(p["dob"], "iso"), "date"),
                              P(p["zip"], "zip"), {"MAPD": PLANS[3], "MCD": PLANS[4]}.get(p["prog"], PLANS[0]), rng.choice(GROUPS)], True))
    elif kind == "claims":
        emit(fam, csvrow(["claim_id", "mbr_id", "svc_from_dt", "billing_npi", "cpt", "allowed_amt", "paid_amt", "status"], True))
        for _ in range(rng.randint(3, 7)):
            p = rng.choice(PEOPLE)
            a = rng.uniform(30, 800)
            if want_phi(0.5):
                emit(fam, csvrow([claim_id(), P(p["mid"], "health_plan"), P(fmt_date(dos_date(), "iso"), "date"), rng.choice(PROVIDERS)["npi"],
                                  rng.choice(CPTS), "%.2f" % a, "%.2f" % (a * 0.8), "PAID"], True))
            else:
                emit(fam, csvrow([claim_id(), "", "", rng.choice(PROVIDERS)["npi"], rng.choice(CPTS), "%.2f" % a, "0.00", "REJECTED_NO_MEMBER"], True))
    else:
        emit(fam, csvrow(["group_no", "plan_code", "month", "member_months", "claim_count", "paid_total", "pmpm"], True))
        for _ in range(rng.randint(3, 8)):
            mm = rng.randint(10, 4000)
            paid = rng.uniform(1000, 900000)
            emit(fam, csvrow([rng.choice(GROUPS), rng.choice(PLANS[:3]), "2024-02", str(mm), str(rng.randint(5, 9000)), "%.2f" % paid, "%.2f" % (paid / mm)], True))


def seg_athena_err():
    fam = "athena-error"
    for _ in range(rng.randint(1, 3)):
        t = tick(100, 9000)
        qid = uuid4()
        p = rng.choice(PEOPLE)
        if want_phi(0.5):
            c = rng.randint(0, 3)
            if c == 0:
                reason = ["INVALID_CAST_ARGUMENT: Value cannot be cast to date: ", P(fmt_date(p["dob"], "us"), "date")]
            elif c == 1:
                src = jdump({"member_id": P(p["mid"], "health_plan"), "first_name": P(p["first"], "name"), "last_name": P(p["last"], "name"),
                             "dob": P(fmt_date(p["dob"], "iso"), "date")})
                txt = flat(src)[:-1]
                reason = ["HIVE_BAD_DATA: Error parsing column '4' : Unexpected end-of-input: expected close marker for Object (start marker at [Source: (String)\"",
                          txt, "\"; line: 1, column: 1]) at [Source: (String)\"...\"; line: 1, column: %d]" % rng.randint(80, 140)]
            elif c == 2:
                reason = ["HIVE_BAD_DATA: Error parsing field value '", P(p["first"] + " " + p["last"], "name"), "' for field 3: For input string: \"",
                          P(p["first"] + " " + p["last"], "name"), "\""]
            else:
                reason = ["INVALID_FUNCTION_ARGUMENT: Invalid format: \"", P(fmt_date(dos_date(), "us"), "date"), "\" is malformed at \"/",
                          "2024\" (row member_id='", P(p["mid"], "health_plan"), "')"]
        else:
            reason = [rng.choice([
                "COLUMN_NOT_FOUND: line 3:8: Column 'membr_id' cannot be resolved or requester is not authorized to access requested resources",
                "SYNTAX_ERROR: line 1:52: mismatched input 'FORM'. Expecting: ',', 'FROM', 'GROUP', 'HAVING', 'LIMIT', 'ORDER', 'UNION', 'WHERE', <EOF>",
                "TABLE_NOT_FOUND: line 1:15: Table 'awsdatacatalog.claims_curated.claim_lines_v3' does not exist",
                "Query exhausted resources at this scale factor. This query ran against the \"claims_curated\" database, unless qualified by the query.",
                "HIVE_PARTITION_SCHEMA_MISMATCH: There is a mismatch between the table and partition schemas. The column 'paid_amt' in table 'claims_curated.claims' is declared as type 'decimal(12,2)', but partition 'dt=2024-03-13' declared column 'paid_amt' as type 'double'.",
                "GENERIC_INTERNAL_ERROR: Number of partition values (2) does not match number of partition keys (3) for s3://cmh-datalake-prod/claims/dt=2024-03-12/",
                "Access denied when writing output to url: s3://cmh-athena-results-prod/claims-analytics/%s.csv . Please ensure you are allowed to access the S3 bucket." % qid,
            ])]
        style = rng.random()
        if style < 0.5:
            emit(fam, "[ERROR]\t", iso_z(t), "\t", uuid4(), "\tQuery ", qid, " failed: State=FAILED, StateChangeReason=", reason)
        else:
            d = {"QueryExecutionId": qid, "Status": {"State": "FAILED", "StateChangeReason": S(reason),
                                                      "SubmissionDateTime": cli_ts(t - datetime.timedelta(seconds=rng.randint(2, 90))),
                                                      "CompletionDateTime": cli_ts(t),
                                                      "AthenaError": {"ErrorCategory": rng.choice([2, 1]), "ErrorType": rng.choice([1001, 1002, 1006]),
                                                                      "Retryable": False, "ErrorMessage": S(reason)}},
                 "WorkGroup": "cmh-analytics"}
            emit(fam, jdump(d))


# ----------------------------------------------------------------------------
# SQS dead-letter messages
# ----------------------------------------------------------------------------
def seg_sqs():
    fam = "sqs-dlq"
    q = rng.choice(["cmh-claims-intake-dlq", "cmh-member-notify-dlq", "cmh-enrollment-dlq"])
    for _ in range(rng.randint(2, 4)):
        t = tick(100, 5000)
        p = rng.choice(PEOPLE)
        if want_phi():
            if q == "cmh-member-notify-dlq":
                msg, data = ev_notify("cmh-member-notify", p)
            elif q == "cmh-claims-intake-dlq":
                msg, data = ev_claim("cmh-claims-intake", p)
            else:
                msg, data = ev_profile("cmh-enrollment", p)
            body = data
            err = S("ELIG_NOT_FOUND")
        else:
            body = rng.choice([
                {"claimId": claim_id(), "billingNpi": rng.choice(PROVIDERS)["npi"], "status": "PENDED", "reasonCode": "N290"},
                {"batchId": uuid4(), "s3Key": "834/dt=%s/ENR_%s_0600.x12" % (t.strftime("%Y-%m-%d"), t.strftime("%Y%m%d")), "recordCount": rng.randint(100, 9000)},
                {"template": "PREMIUM_DUE", "groupNumber": rng.choice(GROUPS), "scheduledFor": "2024-03-15T16:00:00Z", "recipients": rng.randint(10, 900)},
            ])
            err = S(rng.choice(["Lambda.TooManyRequestsException", "TIMEOUT", "SCHEMA_VALIDATION"]))
        sent = epoch_ms(t) - rng.randint(60000, 4 * 86400000)
        if rng.random() < 0.5:
            d = {"MessageId": uuid4(), "ReceiptHandle": "AQEB" + b64s(rng.choice([156, 184])), "MD5OfBody": hexs(32),
                 "Body": S(jdump(body)),
                 "Attributes": {"SenderId": "AROA4XKQ2M7E5LNBW3T6Q:%s" % q.replace("-dlq", ""),
                                "ApproximateFirstReceiveTimestamp": str(sent + rng.randint(5, 900)),
                                "ApproximateReceiveCount": str(rng.randint(3, 6)), "SentTimestamp": str(sent),
                                "DeadLetterQueueSourceArn": "arn:aws:sqs:%s:%s:%s" % (REGION, ACCT, q.replace("-dlq", ""))},
                 "MD5OfMessageAttributes": hexs(32),
                 "MessageAttributes": {"errorCode": {"StringValue": err, "DataType": "String"}}}
            emit(fam, jdump(d))
        else:
            rec = {"messageId": uuid4(), "receiptHandle": "AQEB" + b64s(rng.choice([156, 184])), "body": S(jdump(body)),
                   "attributes": {"ApproximateReceiveCount": str(rng.randint(1, 3)), "AWSTraceHeader": "Root=%s;Parent=%s;Sampled=0" % (xray(t), hexs(16)),
                                  "SentTimestamp": str(sent), "SenderId": "AROA4XKQ2M7E5LNBW3T6Q:cmh-dlq-redrive",
                                  "ApproximateFirstReceiveTimestamp": str(sent + rng.randint(5, 900))},
                   "messageAttributes": {}, "md5OfBody": hexs(32), "eventSource": "aws:sqs",
                   "eventSourceARN": "arn:aws:sqs:%s:%s:%s" % (REGION, ACCT, q), "awsRegion": REGION}
            emit(fam, iso_z(t), "\t", uuid4(), "\tERROR\tRedrive failed, parking record ", jdump(rec))


# ----------------------------------------------------------------------------
# GuardDuty findings (EventBridge)
# ----------------------------------------------------------------------------
def seg_guardduty():
    fam = "guardduty"
    t = tick(1000, 60000)
    fid = hexs(32)
    det = hexs(32)
    phi = want_phi(0.4)
    base_res = None
    if phi:
        p = rng.choice(PEOPLE)
        ftype = "Object:S3/MaliciousFile"
        key = S("member-uploads/", P(p["mid"], "health_plan"), "/claims/", uuid4(), "/", rng.choice(["itemized_bill.pdf.exe", "receipt.zip", "scan_%04d.pdf" % rng.randint(0, 9999)]))
        res = {"resourceType": "S3Object",
               "s3BucketDetails": [{"arn": "arn:aws:s3:::cmh-member-docs-prod", "name": "cmh-member-docs-prod", "type": "Destination",
                                    "s3ObjectDetails": [{"objectArn": S("arn:aws:s3:::cmh-member-docs-prod/", key.parts), "key": key,
                                                         "eTag": hexs(32), "hash": hexs(64), "versionId": s3_versionid()}]}]}
        svc = {"serviceName": "guardduty", "detectorId": det, "featureName": "S3MalwareProtection",
               "malwareScanDetails": {"threats": [{"name": rng.choice(["EICAR-Test-File (not a virus)", "Win32.Trojan.Agent", "PDF.Exploit.CVE-2018-4990"]),
                                                   "hash": hexs(64)}]},
               "count": 1, "eventFirstSeen": iso_z(t), "eventLastSeen": iso_z(t), "archived": False}
        sev = 8
        title = "A malicious file was detected in an S3 object."
    else:
        ftype = rng.choice(["Exfiltration:S3/AnomalousBehavior", "UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS",
                            "Recon:IAMUser/MaliciousIPCaller.Custom", "Policy:S3/BucketBlockPublicAccessDisabled",
                            "Backdoor:Lambda/C&CActivity.B", "Discovery:S3/TorIPCaller"])
        role, sess = rng.choice(ROLES + SSO)
        res = {"resourceType": "AccessKey", "accessKeyDetails": {"accessKeyId": "ASIA" + alnum(16), "principalId": "AROA%s:%s" % (alnum(17), sess),
                                                                  "userName": role, "userType": "AssumedRole"}}
        if "S3" in ftype:
            res["s3BucketDetails"] = [{"arn": "arn:aws:s3:::cmh-member-docs-prod", "name": "cmh-member-docs-prod", "type": "Destination",
                                       "createdAt": "2021-06-02T17:44:09.000Z", "defaultServerSideEncryption": {"encryptionType": "aws:kms", "kmsMasterKeyArn": KMS_KEY},
                                       "publicAccess": {"effectivePermission": "NOT_PUBLIC"}}]
        if "Lambda" in ftype:
            res = {"resourceType": "Lambda", "lambdaDetails": {"functionArn": "arn:aws:lambda:%s:%s:function:cmh-rpm-ingest" % (REGION, ACCT),
                                                               "functionName": "cmh-rpm-ingest", "functionVersion": "$LATEST", "revisionId": uuid4(),
                                                               "role": "arn:aws:iam::%s:role/cmh-rpm-ingest-role" % ACCT,
                                                               "vpcConfig": {"subnetIds": ["subnet-0a1b2c3d4e5f60718"], "vpcId": "vpc-0c9d8e7f6a5b4c3d2",
                                                                             "securityGroups": [{"groupId": "sg-0123abcd4567ef890", "groupName": "cmh-lambda-egress"}]}}}
        remote = rng.choice(BAD_IPS)
        svc = {"serviceName": "guardduty", "detectorId": det,
               "action": {"actionType": "AWS_API_CALL", "awsApiCallAction": {"api": rng.choice(["GetObject", "ListObjects"]) if "S3" in ftype else rng.choice(["GetCallerIdentity", "ListRoles", "GetSecretValue"]),
                                                                            "callerType": "Remote IP", "serviceName": "s3.amazonaws.com" if "S3" in ftype else rng.choice(["sts.amazonaws.com", "iam.amazonaws.com", "secretsmanager.amazonaws.com"]),
                                                                            "remoteIpDetails": {"ipAddressV4": remote, "organization": {"asn": str(rng.randint(1000, 60000)), "asnOrg": rng.choice(["M247 Europe SRL", "Stark Industries Solutions Ltd", "Tor Exit"]), "isp": "hosting"},
                                                                                                "country": {"countryName": rng.choice(["Romania", "Netherlands", "Germany"])}, "city": {"cityName": ""},
                                                                                                "geoLocation": {"lat": round(rng.uniform(44, 53), 4), "lon": round(rng.uniform(4, 27), 4)}},
                                                                            "affectedResources": {}}},
               "count": rng.randint(1, 400), "eventFirstSeen": iso_z(t - datetime.timedelta(minutes=rng.randint(1, 900))), "eventLastSeen": iso_z(t), "archived": False}
        sev = rng.choice([2, 5, 8])
        title = "%s finding for %s" % (ftype.split("/")[0], role)
    detail = {"schemaVersion": "2.0", "accountId": ACCT, "region": REGION, "partition": "aws", "id": fid,
              "arn": "arn:aws:guardduty:%s:%s:detector/%s/finding/%s" % (REGION, ACCT, det, fid),
              "type": ftype, "resource": res, "service": svc, "severity": sev,
              "createdAt": iso_z(t), "updatedAt": iso_z(t), "title": title,
              "description": "GuardDuty finding %s in account %s." % (ftype, ACCT)}
    ev = {"version": "0", "id": uuid4(), "detail-type": "GuardDuty Finding", "source": "aws.guardduty", "account": ACCT_SEC,
          "time": iso_s(t), "region": REGION, "resources": [], "detail": detail}
    emit(fam, jdump(ev))


# ----------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------
SEGMENTS = [(seg_py, 9), (seg_node, 7), (seg_powertools, 9), (seg_lambda_json, 3), (seg_apigw, 8),
            (seg_cloudtrail, 7), (seg_sfn, 2), (seg_insights_md, 2), (seg_insights_csv, 2),
            (seg_athena_csv, 2), (seg_athena_err, 3), (seg_sqs, 4), (seg_guardduty, 5)]


def main():
    deck = []
    while len(LINES) < N_LINES:
        if not deck:
            deck = [f for f, w in SEGMENTS for _ in range(w)]
            rng.shuffle(deck)
        deck.pop()()
    del LINES[N_LINES:]
    log_path = os.path.join(HERE, ID + ".log")
    lab_path = os.path.join(HERE, ID + ".labels.jsonl")
    with open(log_path, "wb") as fl, open(lab_path, "w", encoding="utf-8", newline="\n") as fj:
        for i, (fam, b, spans) in enumerate(LINES, 1):
            last = 0
            for sp in spans:
                assert sp["s"] >= last and sp["e"] > sp["s"]
                assert b[sp["s"]:sp["e"]] == sp["_v"]
                last = sp["e"]
            fl.write(b + b"\n")
            fj.write(json.dumps({"line": i, "family": fam,
                                 "spans": [{"s": sp["s"], "e": sp["e"], "cat": sp["cat"]} for sp in spans]},
                                ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
