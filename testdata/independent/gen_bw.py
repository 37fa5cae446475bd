#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""gen_bw.py -- synthetic, labeled PHI test corpus "bw".

Theme: a clinical reference laboratory's JVM stack on Kubernetes (Spring Boot
services with Logback JSON + MDC, Hibernate SQL binds, Kafka consumers and
dead-letter records, Apache Camel HL7 ORM/ORU routes, Keycloak events,
Elasticsearch/OpenSearch queries, Quartz jobs, Kotlin coroutine exceptions,
instrument interface (ASTM) logs, ...), all interleaved.

Standard library only, fixed seed, deterministic.  Writes next to itself:
  bw.log            500 lines
  bw.labels.jsonl   {"line": N, "family": ..., "spans": [{"s","e","cat"}]}
Offsets are UTF-8 byte offsets within the line, end exclusive.

Every line is built from segments (text, category, raw value, escape chain);
offsets are computed while concatenating, and each span is re-checked against
the raw value passed through the same escape chain.  Nothing is searched for
after the fact.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import string
import sys
import unicodedata
import urllib.parse
import uuid

SEED = 0xB3_2024
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
TARGET_PHI_SHARE = 0.45
MAX_LINE_BYTES = 20000

CATS = ("name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id")

# ============================================================ segments
# A segment is a tuple (text, cat, raw, chain): `text` is what is written,
# `cat` the PHI category (None for plain text), `raw` the unescaped value and
# `chain` the names of the escapes applied to raw to obtain text.


def _json(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def _jsona(s):
    return json.dumps(s, ensure_ascii=True)[1:-1]


def _url(s):
    return urllib.parse.quote(s, safe="")


def _form(s):
    return urllib.parse.quote_plus(s, safe="")


def _sql(s):
    return s.replace("'", "''")


def _hl7(s):
    out = []
    for c in s:
        if c == "\\":
            out.append("\\E\\")
        elif c == "|":
            out.append("\\F\\")
        elif c == "^":
            out.append("\\S\\")
        elif c == "&":
            out.append("\\T\\")
        elif c == "~":
            out.append("\\R\\")
        else:
            out.append(c)
    return "".join(out)


def _xml(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;").replace('"', "&quot;")


ESC = {"json": _json, "jsona": _jsona, "url": _url, "form": _form, "sql": _sql,
       "hl7": _hl7, "xml": _xml}


def t(x):
    return (str(x), None, None, ())


def p(x, cat):
    assert cat in CATS, cat
    return (str(x), cat, str(x), ())


def esc(segs, name):
    f = ESC[name]
    return [(f(x), c, r, chn + (name,)) for (x, c, r, chn) in segs]


def seq(*parts):
    out = []
    for x in parts:
        if x is None:
            continue
        if isinstance(x, str):
            if x:
                out.append(t(x))
        elif isinstance(x, tuple):
            out.append(x)
        elif isinstance(x, list):
            out.extend(seq(*x))
        else:
            out.append(t(str(x)))
    return out


def has_phi(segs):
    return any(s[1] is not None for s in segs)


def plain(segs):
    return "".join(s[0] for s in segs)


# ---------------------------------------------------------------- JSON
class Obj(list):
    """JSON object: list of (key, value) pairs."""


class Arr(list):
    """JSON array."""


class Str(list):
    """JSON string whose content is a list of segments (escaped on output)."""


class Raw(list):
    """Segments inserted verbatim."""


class Num:
    """Labeled bare JSON number/literal."""

    def __init__(self, seg):
        self.seg = seg


def jdump(v, ea=False, sp=False):
    en = "jsona" if ea else "json"
    comma = ", " if sp else ","
    colon = ": " if sp else ":"
    if isinstance(v, Obj):
        out = [t("{")]
        for i, (k, val) in enumerate(v):
            if i:
                out.append(t(comma))
            out.append(t(json.dumps(k, ensure_ascii=ea) + colon))
            out.extend(jdump(val, ea, sp))
        out.append(t("}"))
        return out
    if isinstance(v, Arr):
        out = [t("[")]
        for i, val in enumerate(v):
            if i:
                out.append(t(comma))
            out.extend(jdump(val, ea, sp))
        out.append(t("]"))
        return out
    if isinstance(v, Str):
        return [t('"')] + esc(seq(list(v)), en) + [t('"')]
    if isinstance(v, Raw):
        return seq(list(v))
    if isinstance(v, Num):
        return [v.seg]
    if isinstance(v, tuple):
        return [t('"')] + esc([v], en) + [t('"')]
    if isinstance(v, bool):
        return [t("true" if v else "false")]
    if v is None:
        return [t("null")]
    if isinstance(v, (int, float)):
        return [t(repr(v) if isinstance(v, float) else str(v))]
    if isinstance(v, str):
        return [t(json.dumps(v, ensure_ascii=ea))]
    raise TypeError(type(v))


def assemble(segs):
    buf = bytearray()
    spans = []
    for x, c, r, chn in segs:
        b = x.encode("utf-8")
        if c is not None:
            spans.append((len(buf), len(buf) + len(b), c, r, chn))
        buf += b
    return bytes(buf), spans


# ============================================================ random helpers
def ri(a, b):
    return R.randint(a, b)


def ch(xs):
    return R.choice(xs)


def chance(x):
    return R.random() < x


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(n, alphabet=string.ascii_uppercase + string.digits):
    return "".join(R.choice(alphabet) for _ in range(n))


def uuid4():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def b64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
REF = dt.date(2024, 3, 14)


class Clock:
    def __init__(self):
        self.now = dt.datetime(2024, 3, 14, 9, 58, 3, 118000, tzinfo=dt.timezone.utc)

    def tick(self):
        self.now += dt.timedelta(microseconds=R.randint(900, 6_500_000))
        return self.now

    def small(self):
        self.now += dt.timedelta(microseconds=R.randint(40, 30_000))
        return self.now


CLK = Clock()


def _ms(d):
    return "%03d" % (d.microsecond // 1000)


def ts_iso_z(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + _ms(d) + "Z"


def ts_iso_off(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + _ms(d) + "+00:00"


def ts_space(d):
    return d.strftime("%Y-%m-%d %H:%M:%S.") + _ms(d)


def ts_comma(d):
    return d.strftime("%Y-%m-%d %H:%M:%S,") + _ms(d)


def ts_es(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S,") + _ms(d)


def ts_nano(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d" % d.microsecond + "%03d" % ri(0, 999) + "Z"


def ts_clf(d):
    return "%02d/%s/%04d:%s +0000" % (d.day, MONTHS[d.month - 1], d.year, d.strftime("%H:%M:%S"))


def ts_hms(d):
    return d.strftime("%H:%M:%S.") + _ms(d)


def ts_epoch_ms(d):
    return int(d.timestamp() * 1000)


def ts_hl7(d):
    return d.strftime("%Y%m%d%H%M%S")


def rand_date(y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(ri(a, b))


def near_date(days_back=30, days_fwd=0):
    return REF + dt.timedelta(days=ri(-days_back, days_fwd))


def age_on(d, ref=REF):
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


def fmt_date(d, style=None):
    style = style or ch(["iso", "iso", "iso", "us", "us", "hl7", "dmy", "long", "us1"])
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return "%02d/%02d/%04d" % (d.month, d.day, d.year)
    if style == "us1":
        return "%d/%d/%04d" % (d.month, d.day, d.year)
    if style == "hl7":
        return "%04d%02d%02d" % (d.year, d.month, d.day)
    if style == "dmy":
        return "%02d-%s-%04d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == "long":
        return "%s %d, %04d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "iso_ts":
        return d.isoformat() + "T00:00:00.000+00:00"
    if style == "dot":
        return "%02d.%02d.%04d" % (d.day, d.month, d.year)
    if style == "mdy8":
        return "%02d%02d%04d" % (d.month, d.day, d.year)
    raise ValueError(style)


# ============================================================ identifiers
def luhn_digit(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]


def card_number():
    kind = ch(["visa", "visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        body = "4" + digits(14)
    elif kind == "mc":
        body = "5" + str(ri(1, 5)) + digits(13)
    elif kind == "amex":
        body = "3" + ch("47") + digits(12)
    else:
        body = "6011" + digits(11)
    n = body + luhn_digit(body)
    assert luhn_ok(n)
    return n


def fmt_card(n, style=None):
    style = style or ch(["plain", "plain", "space", "dash"])
    if style == "plain":
        return n
    sep = " " if style == "space" else "-"
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def ssn(fmt=None):
    while True:
        area = ri(1, 899)
        if area != 666:
            break
    s = "%03d%02d%04d" % (area, ri(1, 99), ri(1, 9999))
    fmt = fmt or ch(["dash", "dash", "dash", "plain", "space"])
    if fmt == "plain":
        return s
    sep = "-" if fmt == "dash" else " "
    return s[:3] + sep + s[3:5] + sep + s[5:]


def npi():
    body = ch("12") + digits(8)
    return body + luhn_digit("80840" + body)


def dea(last):
    d = [ri(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    first = ascii_fold(last)[0].upper()
    return ch("ABFGM") + first + "".join(map(str, d)) + str(c)


def aba_routing():
    pre = ch(["%02d" % ri(1, 12), "%02d" % ri(21, 32)])
    b = pre + digits(6)
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(b[i]) * w[i] for i in range(8))
    return b + str((10 - s % 10) % 10)


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_MAP = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    wmi = ch(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "1G1", "WBA", "KMH", "1C6", "4T1", "1N4", "2HK", "3GN", "5NP"])
    vds = "".join(R.choice(VIN_CHARS) for _ in range(5))
    year = ch("CDEFGHJKLMNPR")
    plant = R.choice(VIN_CHARS[:23])
    serial = "".join(R.choice(VIN_CHARS) for _ in range(1)) + digits(5)
    v = list(wmi + vds + "0" + year + plant + serial)
    s = 0
    for i, c in enumerate(v):
        val = int(c) if c.isdigit() else VIN_MAP[c]
        s += val * VIN_W[i]
    r = s % 11
    v[8] = "X" if r == 10 else str(r)
    out = "".join(v)
    assert len(out) == 17
    return out


def plate(state=None):
    st = state or ch(["CA", "TX", "NY", "FL", "AZ", "IL", "GA", "NC", "OH", "WA"])
    if st == "CA":
        return str(ri(4, 9)) + alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(3)
    if st in ("TX", "NY", "GA", "NC", "OH"):
        return alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + "-" + digits(4)
    if st == "FL":
        return alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + " " + alnum(1, "ABCDEFGHJKLMNPRSTVWXYZ") + digits(2)
    return alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + digits(4)


def imei():
    body = ch(["35", "35", "86", "01", "99"]) + digits(12)
    return body + luhn_digit(body)


def mac(sep=":", upper=None):
    upper = chance(0.5) if upper is None else upper
    octs = ["%02x" % R.getrandbits(8) for _ in range(6)]
    octs[0] = "%02x" % (int(octs[0], 16) & 0xFC)
    s = sep.join(octs)
    return s.upper() if upper else s


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dashes=None):
    an = MBI_ALPHA + "0123456789"
    s = (str(ri(1, 9)) + R.choice(MBI_ALPHA) + R.choice(an) + str(ri(0, 9)) + R.choice(MBI_ALPHA)
         + R.choice(an) + str(ri(0, 9)) + R.choice(MBI_ALPHA) + R.choice(MBI_ALPHA) + digits(2))
    if dashes if dashes is not None else chance(0.3):
        return s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s


def cpf():
    d = [ri(0, 9) for _ in range(9)]
    s = sum(d[i] * (10 - i) for i in range(9))
    d1 = (s * 10 % 11) % 10
    d.append(d1)
    s = sum(d[i] * (11 - i) for i in range(10))
    d2 = (s * 10 % 11) % 10
    d.append(d2)
    x = "".join(map(str, d))
    return "%s.%s.%s-%s" % (x[:3], x[3:6], x[6:9], x[9:])


def nhs_number():
    while True:
        d = [ri(0, 9) for _ in range(9)]
        s = sum(d[i] * (10 - i) for i in range(9))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        x = "".join(map(str, d)) + str(c)
        return "%s %s %s" % (x[:3], x[3:6], x[6:])


CURP_STATES = ["DF", "JC", "NL", "MC", "GT", "PL", "VZ", "OC", "CH", "BC", "SR", "MN", "GR", "ZS"]


def curp(first, last, dob, sex):
    f = ascii_fold(first).upper()
    l_ = ascii_fold(last).upper().replace(" ", "").replace("-", "").replace("'", "")
    vow = next((c for c in l_[1:] if c in "AEIOU"), "X")
    cons = [c for c in l_[1:] if c.isalpha() and c not in "AEIOU"] or ["X"]
    s = (l_[0] + vow + R.choice("ABCDEFGHJLMNPRSTVZ") + f[0] + dob.strftime("%y%m%d")
         + ("M" if sex == "F" else "H") + ch(CURP_STATES) + cons[0] + alnum(2, "BCDFGHJKLMNPRSTVZ")
         + (str(ri(0, 9)) if dob.year < 2000 else R.choice("ABC")) + str(ri(0, 9)))
    return s


def iban():
    cc = ch(["DE", "GB", "ES", "NL", "IE", "FR"])
    if cc == "DE":
        bban = digits(8) + digits(10)
    elif cc == "GB":
        bban = ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(6) + digits(8)
    elif cc == "ES":
        bban = digits(20)
    elif cc == "NL":
        bban = ch(["ABNA", "INGB", "RABO", "TRIO"]) + digits(10)
    elif cc == "IE":
        bban = ch(["AIBK", "BOFI"]) + digits(6) + digits(8)
    else:
        bban = digits(10) + alnum(11, string.digits) + digits(2)
    rearr = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    chk = 98 - int(num) % 97
    raw = cc + "%02d" % chk + bban
    num2 = "".join(str(int(c, 36)) for c in raw[4:] + raw[:4])
    assert int(num2) % 97 == 1
    if chance(0.5):
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return raw


def gtin14():
    body = ch(["0", "1"]) + "0" + digits(11)
    s = 0
    for i, c in enumerate(reversed(body)):
        s += int(c) * (3 if i % 2 == 0 else 1)
    return body + str((10 - s % 10) % 10)


def udi():
    exp = REF + dt.timedelta(days=ri(60, 900))
    return "(01)%s(17)%s(10)%s(21)%s" % (gtin14(), exp.strftime("%y%m%d"), alnum(ri(5, 8)), alnum(ri(7, 10)))


def public_ip():
    a = ch([24, 47, 50, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 104, 107, 108,
            136, 142, 162, 166, 173, 174, 184, 199, 207, 208, 209, 216, 85, 92, 187, 189, 201])
    return "%d.%d.%d.%d" % (a, ri(0, 255), ri(0, 255), ri(1, 254))


def public_ipv6():
    return "2600:%s:%s:%s::%s" % (hexs(4), hexs(4).lstrip("0") or "1", hexs(3), hexs(3).lstrip("0") or "a")


def pod_ip():
    return "10.42.%d.%d" % (ri(0, 15), ri(2, 254))


def private_ip():
    return ch(["10.%d.%d.%d" % (ri(0, 255), ri(0, 255), ri(1, 254)),
               "172.%d.%d.%d" % (ri(16, 31), ri(0, 255), ri(1, 254)),
               "192.168.%d.%d" % (ri(0, 255), ri(1, 254)),
               "192.0.2.%d" % ri(1, 254), "198.51.100.%d" % ri(1, 254), "203.0.113.%d" % ri(1, 254)])


def fmr_template():
    body = b"FMR\x00 20\x00" + bytes([0, 0, 1, ri(0x10, 0xF0)]) + bytes(R.getrandbits(8) for _ in range(ri(120, 260)))
    return base64.b64encode(body).decode()


def voice_template():
    body = b"VTPL\x01\x02" + bytes(R.getrandbits(8) for _ in range(ri(90, 180)))
    return base64.b64encode(body).decode()


def jpeg_b64(n):
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
    return base64.b64encode(head + bytes(R.getrandbits(8) for _ in range(n))).decode()


def png_b64(n):
    head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\xc8\x00\x00\x00\xc8\x08\x06\x00\x00\x00"
    return base64.b64encode(head + bytes(R.getrandbits(8) for _ in range(n))).decode()


def jwt_like():
    hdr = base64.urlsafe_b64encode(json.dumps({"alg": "RS256", "typ": "JWT", "kid": hexs(12)}, separators=(",", ":")).encode()).decode().rstrip("=")
    return hdr + "." + base64.urlsafe_b64encode(bytes(R.getrandbits(8) for _ in range(96))).decode().rstrip("=") + "." + base64.urlsafe_b64encode(bytes(R.getrandbits(8) for _ in range(64))).decode().rstrip("=")


def trace_id():
    return hexs(32)


def span_id():
    return hexs(16)


def sha256():
    return hashlib.sha256(bytes(R.getrandbits(8) for _ in range(16))).hexdigest()


def git_sha():
    return hexs(40)


def accession():
    return ch(["%02d%03d%05d" % (24, ri(60, 74), ri(1, 99999)),
               "A24-%03d-%05d" % (ri(60, 74), ri(1, 99999)),
               "CR%s%s" % (digits(2), digits(7))])


def order_no():
    return ch(["ORD-%s" % digits(7), "%s" % digits(9), "PLC%s" % digits(8), "SBMC-%s" % digits(6)])


def claim_no():
    return ch(["CLM%s" % digits(13), "2024%s" % digits(10), "ICN%s" % digits(11)])


def encounter_no():
    return ch(["ENC%s" % digits(8), "V%s" % digits(9), digits(10)])


POD_ALPHA = "bcdfghjklmnpqrstvwxz2456789"


def pod_name(svc):
    return "%s-%s-%s" % (svc, "".join(R.choice(POD_ALPHA) for _ in range(ri(9, 10))),
                         "".join(R.choice(POD_ALPHA) for _ in range(5)))


# ============================================================ people & places
FIRST_F = ["Nkechi", "Maria", "Guadalupe", "Mei-Ling", "Siobhan", "Priya", "Thuy", "Fatima", "Ingrid",
           "Yolanda", "Keiko", "Esperanza", "Zoë", "Renée", "Hope", "Joy", "Grace", "Faith", "Summer",
           "April", "June", "Ruby", "Pearl", "Ivy", "Dawn", "Precious", "Destiny", "Lakshmi", "Ngozi",
           "Ayesha", "Svetlana", "Hana", "Ji-woo", "Xiomara", "Marisol", "Bernadette", "Dolores", "Gertrude",
           "Leilani", "Shoshana", "Małgorzata", "Zsófia", "Chiamaka", "Mercedes", "Consuelo", "Nguyet",
           "Wanjiru", "Amara", "Autumn", "Sunny", "Anaïs", "Oksana", "Fernanda", "Keisha", "LaToya",
           "Anne-Marie", "Mae", "Opal", "Velma", "Hattie", "Eun-ji", "Nomvula", "Thandiwe", "Aigerim",
           "Parisa", "Noor", "Rivka", "Aoife", "Niamh", "Saoirse", "Kalani", "Pua", "Winona", "Cheyenne",
           "Lupita", "Itzel", "Xochitl", "Bich", "Phuong", "Yesenia", "Trinity", "Charity", "Mercy", "Blessing"]
FIRST_M = ["José", "Jamal", "Hiroshi", "Dmitri", "Kwame", "Rajesh", "Mohammed", "Tariq", "Santiago",
           "Seamus", "Olusegun", "Chukwuemeka", "Wei", "Jae-hyun", "Mateo", "Giovanni", "Søren", "Ahmed",
           "Yusuf", "Ezekiel", "Hunter", "Will", "Mark", "Bill", "Frank", "Rich", "Chase", "Sonny", "Rocky",
           "Gustavo", "Thanh", "Lamar", "DeShawn", "Tyrone", "Jesús", "Ignacio", "Raúl", "Efraín", "Kenji",
           "Arjun", "Vikram", "Obinna", "Tevita", "Sione", "Makoa", "Piotr", "Zbigniew", "Lars", "Joaquín",
           "Cornelius", "Thaddeus", "Woodrow", "Earl", "King", "Major", "Deacon", "Jean-Baptiste", "Mamadou",
           "Babajide", "Kekoa", "Nils", "Ulysses", "Darnell", "Reggie", "Cruz", "Angel", "Duc", "Minh",
           "Hamza", "Omar", "Bilal", "Mikhail", "Bogdan", "Radu", "Cosmin", "Tenzin", "Ravi", "Dong-hyun",
           "Pedro", "Bartholomew", "Royal", "Miles", "Sterling", "Forrest"]
MIDDLE = ["K", "A.", "Marie", "Lynn", "Jo", "Ann", "Lee", "Ray", "José", "Oluwaseun", "Thi", "Van", "Kumar",
          "Elizabeth", "Mae", "J", "R.", "Guadalupe", "Wayne", "Dean", "Hồng", "Akua", "T."]
LAST_SIMPLE = ["Obi", "Nguyen", "Okonkwo", "Kowalczyk", "Yamamoto", "Ramírez", "Nuñez", "Müller", "Sørensen",
               "Brown", "White", "Young", "King", "Park", "Long", "Hill", "Bush", "Church", "Rich", "Story",
               "Law", "Bird", "Fox", "Wolf", "Baker", "Cook", "Swift", "Strong", "Love", "Sweet", "Wise",
               "Moody", "Price", "Snow", "Frost", "Winter", "Rivers", "Stone", "Woods", "Fields", "Cohen",
               "Patel", "Venkataraman", "Chakraborty", "Sandoval", "Iyer", "Reddy", "Singh", "Kaur", "Tran",
               "Pham", "Le", "Vo", "Do", "Ng", "Ho", "Lee", "Lin", "Kim", "Choi", "Oh", "Wu", "Zhang",
               "Xiong", "Vang", "Yang", "Her", "Moua", "Thao", "Lor", "Kealoha", "Kahananui", "Tuiasosopo",
               "Fonoti", "Begay", "Yazzie", "Tsosie", "Pereira", "Gonçalves", "Jovanović", "Đặng", "Nowak",
               "Wiśniewski", "Ivanova", "Petrov", "Hadžić", "Kiplagat", "Mensah", "Adeyemi", "Haile",
               "Tesfaye", "Abebe", "Papadopoulos", "MacDonald", "McKenzie", "LaFleur", "DuBois", "Vanderbilt",
               "Castillo", "Reyes", "Flores", "Guerrero", "Alvarez", "Ochoa", "Quispe", "Mamani", "Shapiro",
               "Goldberg", "Haddad", "Nasser", "Khalil", "Rahman", "Hossain", "Akhtar", "Gill", "Dhillon"]
LAST_MULTI = ["García-López", "Van der Merwe", "de la Cruz", "O'Brien", "St. John", "Abu-Hamdan",
              "Castillo Reyes", "O'Sullivan", "Al-Rashid", "Ben-David", "Goldberg-Shapiro", "Running Bear",
              "Two Bulls", "Dos Santos", "da Silva", "Owusu-Ansah", "Oyelaran-Oyeyinka", "Nakamura-Brooks",
              "Fitzgerald-Okoro", "D'Angelo", "ten Hoeve", "von Hausen", "De La Rosa", "Mac an tSaoir",
              "Ní Bhriain", "Le Roux", "Van Buren", "del Toro", "Pérez de Tagle", "Ter-Petrosyan"]
LAST = LAST_SIMPLE + LAST_MULTI

# (city, county, state, zip3, area codes)
LOCS = [
    ("Oakland", "Alameda", "CA", "946", ["510", "341"]), ("Fresno", "Fresno", "CA", "937", ["559"]),
    ("Bakersfield", "Kern", "CA", "933", ["661"]), ("Tucson", "Pima", "AZ", "857", ["520"]),
    ("Mesa", "Maricopa", "AZ", "852", ["480"]), ("El Paso", "El Paso", "TX", "799", ["915"]),
    ("San Antonio", "Bexar", "TX", "782", ["210", "726"]), ("Houston", "Harris", "TX", "770", ["713", "832", "281"]),
    ("Dearborn", "Wayne", "MI", "481", ["313"]), ("Grand Rapids", "Kent", "MI", "495", ["616"]),
    ("Columbus", "Franklin", "OH", "432", ["614", "380"]), ("Toledo", "Lucas", "OH", "436", ["419"]),
    ("Raleigh", "Wake", "NC", "276", ["919", "984"]), ("Durham", "Durham", "NC", "277", ["919"]),
    ("Atlanta", "Fulton", "GA", "303", ["404", "470", "678"]), ("Savannah", "Chatham", "GA", "314", ["912"]),
    ("Miami", "Miami-Dade", "FL", "331", ["305", "786"]), ("Orlando", "Orange", "FL", "328", ["407", "689"]),
    ("St. Paul", "Ramsey", "MN", "551", ["651"]), ("Minneapolis", "Hennepin", "MN", "554", ["612"]),
    ("Milwaukee", "Milwaukee", "WI", "532", ["414"]), ("Brooklyn", "Kings", "NY", "112", ["718", "347", "929"]),
    ("Bronx", "Bronx", "NY", "104", ["718", "347"]), ("Yonkers", "Westchester", "NY", "107", ["914"]),
    ("Newark", "Essex", "NJ", "071", ["973", "862"]), ("Paterson", "Passaic", "NJ", "075", ["973"]),
    ("Worcester", "Worcester", "MA", "016", ["508", "774"]), ("Lowell", "Middlesex", "MA", "018", ["978"]),
    ("Providence", "Providence", "RI", "029", ["401"]), ("Hartford", "Hartford", "CT", "061", ["860", "959"]),
    ("Baltimore", "Baltimore City", "MD", "212", ["410", "443"]), ("Richmond", "Henrico", "VA", "232", ["804"]),
    ("Louisville", "Jefferson", "KY", "402", ["502"]), ("Nashville", "Davidson", "TN", "372", ["615", "629"]),
    ("Memphis", "Shelby", "TN", "381", ["901"]), ("New Orleans", "Orleans", "LA", "701", ["504"]),
    ("Albuquerque", "Bernalillo", "NM", "871", ["505"]), ("Gallup", "McKinley", "NM", "873", ["505"]),
    ("Española", "Rio Arriba", "NM", "875", ["505"]), ("Cañon City", "Fremont", "CO", "812", ["719"]),
    ("Denver", "Denver", "CO", "802", ["303", "720"]), ("Aurora", "Arapahoe", "CO", "800", ["303", "720"]),
    ("Salt Lake City", "Salt Lake", "UT", "841", ["801", "385"]), ("Boise", "Ada", "ID", "837", ["208"]),
    ("Spokane", "Spokane", "WA", "992", ["509"]), ("Tacoma", "Pierce", "WA", "984", ["253"]),
    ("Portland", "Multnomah", "OR", "972", ["503", "971"]), ("Honolulu", "Honolulu", "HI", "968", ["808"]),
    ("Hilo", "Hawaii", "HI", "967", ["808"]), ("Anchorage", "Anchorage", "AK", "995", ["907"]),
    ("Sioux Falls", "Minnehaha", "SD", "571", ["605"]), ("Omaha", "Douglas", "NE", "681", ["402", "531"]),
    ("Des Moines", "Polk", "IA", "503", ["515"]), ("Wichita", "Sedgwick", "KS", "672", ["316"]),
    ("Tulsa", "Tulsa", "OK", "741", ["918", "539"]), ("Little Rock", "Pulaski", "AR", "722", ["501"]),
    ("Jackson", "Hinds", "MS", "392", ["601", "769"]), ("Birmingham", "Jefferson", "AL", "352", ["205", "659"]),
    ("Charleston", "Charleston", "SC", "294", ["843", "854"]), ("Pittsburgh", "Allegheny", "PA", "152", ["412"]),
    ("Allentown", "Lehigh", "PA", "181", ["610", "484"]), ("Chicago", "Cook", "IL", "606", ["312", "773", "872"]),
    ("Cicero", "Cook", "IL", "608", ["708"]), ("Gary", "Lake", "IN", "464", ["219"]),
    ("Indianapolis", "Marion", "IN", "462", ["317", "463"]), ("St. Louis", "St. Louis City", "MO", "631", ["314"]),
    ("Kansas City", "Jackson", "MO", "641", ["816"]), ("Las Vegas", "Clark", "NV", "891", ["702", "725"]),
    ("Reno", "Washoe", "NV", "895", ["775"]), ("Burlington", "Chittenden", "VT", "054", ["802"]),
    ("Manchester", "Hillsborough", "NH", "031", ["603"]), ("Wilmington", "New Castle", "DE", "198", ["302"]),
    ("Washington", "District of Columbia", "DC", "200", ["202"]), ("Bayamón", "Bayamón", "PR", "009", ["787", "939"]),
]
STREET_NAMES = ["Maple", "Oak", "Pine", "Cedar", "Elm", "Walnut", "Hope", "Church", "Mill", "Spring", "Liberty",
                "Union", "Market", "Main", "Lincoln", "Jefferson", "Martin Luther King Jr", "Cesar Chavez",
                "Kamehameha", "Peachtree", "El Camino Real", "Ocean View", "Juniper Hollow", "Quail Run",
                "Old Mill", "Rio Grande", "Paseo del Norte", "Pulaski", "Kosciuszko", "Lakeshore", "Sunset",
                "Magnolia", "Dogwood", "Cottonwood", "Mesquite", "Saguaro", "Palmetto", "Hickory Ridge",
                "Foxglove", "Wren", "Sycamore", "3rd", "14th", "109th", "Ridgeway", "Sherman", "Kalanianaʻole",
                "Piñon", "Bayou Vista", "Crenshaw", "Euclid", "Archer", "Fulton", "Gratiot", "Dorchester",
                "Harmony", "Prosperity", "Pleasant Valley", "Cherokee", "Navajo", "Tamiami", "Ponce de León"]
SUFFIXES = ["St", "Ave", "Blvd", "Dr", "Ln", "Ct", "Way", "Pl", "Rd", "Ter", "Cir", "Pkwy", "Trl", "Loop",
            "Street", "Avenue", "Road", "Drive", "Hwy"]
UNITS = ["", "", "", "", " Apt 4B", " Apt. 12", " Unit 307", " #2F", " Lot 33", " Trlr 7", " Bldg C Apt 14",
         " Fl 3", " Rm 112", " Apt 1016", " Ste B"]


def street():
    r = R.random()
    if r < 0.05:
        return "PO Box %d" % ri(10, 98000)
    if r < 0.08:
        return ch(["Rural Route %d Box %d" % (ri(1, 9), ri(1, 400)), "HC %d Box %d" % (ri(30, 80), ri(100, 9999))])
    if r < 0.10:
        return "W%dN%d %s %s" % (ri(100, 299), ri(1000, 9999), ch(["Appleton", "Pilgrim", "Town Line"]), ch(["Ave", "Rd"]))
    if r < 0.12:
        return "%d-%d %s Hwy" % (ri(41, 99), ri(100, 9999), ch(["Farrington", "Kalanianaʻole", "Kuhio"]))
    num = str(ri(1, 29999)) if chance(0.8) else str(ri(1, 120))
    d = ch(["", "", "", "N ", "S ", "E ", "W ", "NE ", "SW "])
    return "%s %s%s %s%s" % (num, d, ch(STREET_NAMES), ch(SUFFIXES), ch(UNITS))


def phone_digits(area):
    while True:
        ex = "%d%02d" % (ri(2, 9), ri(0, 99))
        if ex[1:] != "11" and ex != "555":
            break
    return area + ex + digits(4)


def fmt_phone(d10, style=None):
    style = style or ch(["paren", "paren", "dash", "dash", "dot", "e164", "plain", "intl", "1dash"])
    a, e, n = d10[:3], d10[3:6], d10[6:]
    return {"paren": "(%s) %s-%s" % (a, e, n), "dash": "%s-%s-%s" % (a, e, n), "dot": "%s.%s.%s" % (a, e, n),
            "e164": "+1" + d10, "plain": d10, "intl": "+1 %s %s %s" % (a, e, n),
            "1dash": "1-%s-%s-%s" % (a, e, n), "parennospace": "(%s)%s-%s" % (a, e, n)}[style]


MAIL_DOMAINS = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com",
                "aol.com", "comcast.net", "att.net", "sbcglobal.net", "protonmail.com", "live.com", "msn.com",
                "bellsouth.net", "cox.net", "verizon.net", "ymail.com"]


def _mailpart(s):
    return "".join(c for c in ascii_fold(s).lower() if c.isalnum())


def make_email(first, last, dob):
    f, l_ = _mailpart(first), _mailpart(last)
    pat = ri(0, 7)
    local = [f + "." + l_, f[0] + l_ + dob.strftime("%y"), l_ + f + str(ri(1, 99)), f + "_" + l_,
             f + l_[:3] + str(dob.year), f + "." + l_ + str(ri(1, 9)), l_ + "." + f, f + str(dob.year % 100) + l_][pat]
    return local + "@" + ch(MAIL_DOMAINS)


PAYERS = [("Aetna", "60054"), ("UnitedHealthcare", "87726"), ("Humana", "61101"), ("Cigna", "62308"),
          ("BCBS of Texas", "G84980"), ("Anthem BCBS", "00265"), ("Medicare Part B", "MB-J11"),
          ("Medi-Cal", "MCAL"), ("Texas Medicaid (TMHP)", "TXMCD"), ("Kaiser Permanente", "94320"),
          ("Tricare East", "TREST"), ("Oscar Health", "OSCAR"), ("Molina Healthcare", "MOLINA"),
          ("Ambetter", "68069"), ("Highmark BCBS", "54771")]


def member_id(payer=None):
    payer = payer or ch(PAYERS)[0]
    if payer == "Aetna":
        return "W" + digits(9)
    if payer == "UnitedHealthcare":
        return digits(9) + ch(["", "01", "-01"])
    if payer == "Humana":
        return "H" + digits(8)
    if payer == "Cigna":
        return "U" + digits(8) + ch(["", "01"])
    if payer in ("BCBS of Texas", "Anthem BCBS", "Highmark BCBS"):
        return alnum(3, "ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(9)
    if payer == "Medicare Part B":
        return mbi()
    if payer == "Medi-Cal":
        return "9" + digits(7) + ch("ABCDEFGH")
    if payer == "Texas Medicaid (TMHP)":
        return "5" + digits(8)
    if payer == "Kaiser Permanente":
        return "1" + digits(7)
    if payer == "Tricare East":
        return digits(11)
    return alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(8)


def drivers_license(state):
    if state == "CA":
        return ch("ABCDEFGNY") + digits(7)
    if state == "NY":
        return digits(3) + " " + digits(3) + " " + digits(3)
    if state == "TX":
        return digits(8)
    if state == "FL":
        return ch("BCGHMNSW") + digits(3) + "-" + digits(3) + "-" + digits(2) + "-" + digits(3) + "-" + digits(1)
    if state == "IL":
        return ch("ABCDGHKMS") + digits(3) + "-" + digits(4) + "-" + digits(4)
    if state == "WA":
        return "WDL" + alnum(9)
    if state in ("MI", "MN"):
        return ch("BCDHKMS") + " " + digits(3) + " " + digits(3) + " " + digits(3) + " " + digits(3)
    if state == "AZ":
        return ch("ABDS") + digits(8)
    if state == "NC":
        return "0000" + digits(8)
    return ch("ABCDKMS") + digits(ri(7, 9))


def passport():
    return ch(["%09d" % ri(100000000, 999999999), "A" + digits(8), "C0" + digits(7), "G" + digits(8),
               ch("EGNPK") + digits(8)])


def mrn_lab():
    return ch(["CRL%s" % digits(9), "M%s" % digits(8), "%s" % digits(10)])


def mrn_client():
    return ch(["E%s" % digits(7), "%s" % digits(8), "MR-%s-%s" % (ri(2008, 2023), digits(6)),
               "SB%s" % digits(7), "00%s" % digits(7), "VOFP%s" % digits(5)])


def patient_account():
    return ch(["PA%s" % digits(9), "1%s" % digits(9), "G%s" % digits(8), "%s-%s" % (digits(4), digits(6))])


def bank_account():
    return digits(ri(8, 12))


def device_serial(kind):
    if kind == "coaguchek":
        return "UP%s" % digits(8)
    if kind == "dexcom":
        return "8%s" % alnum(5)
    if kind == "libre":
        return "0M%s" % alnum(9)
    if kind == "omron":
        return "%s%sLG" % (ri(2019, 2023), digits(7))
    if kind == "holter":
        return "HX%s-%s" % (digits(4), alnum(4))
    return "SN" + alnum(10)


class Pt:
    """A synthetic patient (or relative/guarantor)."""

    def __init__(self, old=None, sex=None):
        self.sex = sex or ch("FM")
        self.first = ch(FIRST_F if self.sex == "F" else FIRST_M)
        self.middle = ch(MIDDLE) if chance(0.4) else ""
        if chance(0.12):
            a, b = ch(LAST_SIMPLE), ch(LAST_SIMPLE)
            while b == a:
                b = ch(LAST_SIMPLE)
            self.last = a + "-" + b
        else:
            self.last = ch(LAST)
        old = chance(0.16) if old is None else old
        self.dob = rand_date(1924, 1933) if old else rand_date(1934, 2021)
        self.age = age_on(self.dob)
        self.city, self.county, self.state, z3, acs = ch(LOCS)
        self.zip = z3 + digits(2)
        self.zip4 = self.zip + "-" + digits(4)
        self.street = street()
        self.phone = phone_digits(ch(acs))
        self.cell = phone_digits(ch(acs))
        self.email = make_email(self.first, self.last, self.dob)
        self.ssn = ssn()
        self.mrn = mrn_lab()
        self.cmrn = mrn_client()
        self.payer = ch(PAYERS)[0] if self.age < 65 else ch(["Medicare Part B", "Humana", "Aetna", "UnitedHealthcare"])
        self.member = member_id(self.payer)
        self.acct = patient_account()

    def full(self, style=None):
        style = style or ch(["fl", "fl", "fl", "lf", "lf", "LF", "fml", "lfc"])
        f, l_, m = self.first, self.last, self.middle
        if style == "fl":
            return f + " " + l_
        if style == "fml":
            return " ".join(x for x in (f, m, l_) if x)
        if style == "lf":
            return l_ + ", " + f
        if style == "lfc":
            return l_ + "," + f
        if style == "LF":
            return (l_ + ", " + f + (" " + m if m else "")).upper()
        if style == "init":
            return f[0] + ". " + l_
        raise ValueError(style)

    def name(self, style=None):
        return p(self.full(style), "name")


def relative(of):
    r = Pt(old=False)
    if chance(0.6):
        r.last = of.last
    r.street, r.city, r.state, r.zip = of.street, of.city, of.state, of.zip
    return r


class Doc:
    def __init__(self):
        self.first = ch(FIRST_F + FIRST_M)
        self.last = ch(LAST)
        self.cred = ch(["MD", "MD", "DO", "NP", "PA-C", "MD, PhD"])
        self.npi = npi()
        self.dea = dea(self.last)

    def display(self):
        return ch(["Dr. %s %s" % (self.first, self.last), "%s, %s %s" % (self.last, self.first, self.cred),
                   "%s %s, %s" % (self.first, self.last, self.cred), "Dr. %s" % self.last])


STAFF_USERS = ["jchen", "mkowalski.adm", "svc-lis-interface", "svc-camel", "svc_batch", "phleb-0412",
               "tgarcia", "a.okafor", "lab.supervisor.ral", "rn.hopkins", "cls.nguyen", "svc-keycloak-sync",
               "dmorales", "bwhite-ops", "kafka-admin", "oncall-bot", "svc-quartz", "accessioner07"]
STAFF_NAMES = ["Tran, Kim (CLS)", "R. Delacroix", "Patrice Whitfield", "M. Adebayo", "Gwen Halvorsen",
               "Luis Ybarra", "Sandeep Rao", "Carla Ostrowski"]

CLIENTS = [
    ("SBMC", "St. Brendan Medical Center", "1200 Harbor View Rd", "Savannah", "GA", "31405", "912"),
    ("VOFP", "Valley Oak Family Practice", "845 W Shaw Ave Ste 210", "Fresno", "CA", "93704", "559"),
    ("LSOA", "Lakeshore Oncology Associates", "2600 N Lakeview Ave", "Chicago", "IL", "60614", "773"),
    ("DSUC", "Desert Sky Urgent Care", "7150 E Broadway Blvd", "Tucson", "AZ", "85710", "520"),
    ("MHCH", "Mercy Heights Community Hospital", "500 Mercy Heights Dr", "Toledo", "OH", "43608", "419"),
    ("PNWD", "Puget Nephrology & Dialysis", "1901 S Union Ave Ste B-12", "Tacoma", "WA", "98405", "253"),
    ("HCHC", "Hilo Community Health Center", "1190 Waianuenue Ave", "Hilo", "HI", "96720", "808"),
    ("NEPG", "North End Pediatrics Group", "77 Warren St", "Boston", "MA", "02114", "617"),
]


def client():
    c = ch(CLIENTS)
    return {"code": c[0], "name": c[1], "addr": c[2], "city": c[3], "state": c[4], "zip": c[5],
            "phone": fmt_phone(phone_digits(c[6]), ch(["paren", "dash"])),
            "fax": fmt_phone(phone_digits(c[6]), ch(["paren", "dash"]))}


LAB = {"name": "Corvane Reference Laboratories", "addr": "4100 Research Pkwy", "city": "Morrisville",
       "state": "NC", "zip": "27560", "phone": "(919) 463-2200", "fax": "(919) 463-2291",
       "clia": "34D2094417", "domain": "corvanelabs.com"}

SERVICES = {
    "accession-svc": "com.corvane.lis.accession", "order-gateway": "com.corvane.lis.orders",
    "result-router": "com.corvane.lis.results", "patient-index": "com.corvane.empi",
    "billing-svc": "com.corvane.rcm.billing", "eligibility-svc": "com.corvane.rcm.eligibility",
    "portal-api": "com.corvane.portal.api", "instrument-hub": "com.corvane.lis.instrument",
    "report-renderer": "com.corvane.lis.report", "courier-svc": "com.corvane.logistics.courier",
    "toxicology-ccf": "com.corvane.tox.ccf", "notify-svc": "com.corvane.notify",
    "search-indexer": "com.corvane.search", "rpm-ingest": "com.corvane.rpm",
    "critical-callback": "com.corvane.lis.critical", "hl7-bridge": "com.corvane.integration.hl7",
}
PODS = {svc: [pod_name(svc) for _ in range(2)] for svc in SERVICES}
TESTS = ["CMP", "BMP", "CBC w/Diff", "TSH", "HbA1c", "Lipid Panel", "PT/INR", "Vitamin D 25-OH", "PSA",
         "Ferritin", "Urine Drug Screen 10-panel", "HIV-1/2 Ag/Ab", "Hep C Ab", "CT/NG NAAT", "BNP",
         "Troponin I hs", "Magnesium", "Lithium", "Vancomycin trough", "Quantiferon-TB Gold"]
TEST_CODES = ["80053", "80048", "85025", "84443", "83036", "80061", "85610", "82306", "84153", "82728",
              "80305", "87389", "86803", "87591", "83880", "84484", "83735", "80178", "80202", "86480"]
INSTRUMENTS = [("cobas-8000-01", "cobas 8000 c702", "1823-07"), ("cobas-pro-02", "cobas pro e801", "2141-33"),
               ("xn-10-03", "Sysmex XN-10", "24312"), ("architect-04", "ARCHITECT i2000SR", "ISR54321"),
               ("dxi-05", "UniCel DxI 800", "603412"), ("atellica-06", "Atellica CH 930", "CH930-11872"),
               ("vitros-07", "VITROS 5600", "J56001839"), ("bd-max-08", "BD MAX", "BDX4417092")]
THREADS_HTTP = ["http-nio-8080-exec-%d" % i for i in range(1, 41)]



# ============================================================ application messages
LEVEL_VALUE = {"TRACE": 5000, "DEBUG": 10000, "INFO": 20000, "WARN": 30000, "ERROR": 40000}


class Msg:
    def __init__(self, svc, logger, lvl, segs, pt=None, exc=None, mdc=None, thread=None):
        self.svc = svc
        absolute = logger.split(".")[0] in ("org", "com", "io", "kotlinx", "ch", "jakarta", "tracer")
        self.logger = logger if absolute else SERVICES[svc] + "." + logger
        self.lvl = lvl
        self.segs = seq(segs)
        self.pt = pt
        self.exc = exc        # list of lines (seg lists) after the message, for stack traces
        self.mdc = mdc or []  # extra (key, value) pairs
        self.thread = thread


def thread_for(svc):
    if svc in ("hl7-bridge",):
        return ch(["Camel (camel-1) thread #%d - mllp://0.0.0.0:2575" % ri(1, 30), "mllp-tcp-server-2575-%d" % ri(1, 8)])
    if svc in ("search-indexer", "result-router", "notify-svc"):
        return ch(["org.springframework.kafka.KafkaListenerEndpointContainer#%d-%d-C-1" % (ri(0, 3), ri(0, 5)),
                   "DefaultDispatcher-worker-%d" % ri(1, 64), "kafka-producer-network-thread | producer-1"])
    if svc in ("billing-svc", "eligibility-svc", "rpm-ingest"):
        return ch(["DefaultDispatcher-worker-%d" % ri(1, 64), "boundedElastic-%d" % ri(1, 40),
                   "QuartzScheduler_Worker-%d" % ri(1, 10), ch(THREADS_HTTP)])
    return ch(THREADS_HTTP + ["scheduling-1", "main", "reactor-http-epoll-%d" % ri(1, 8)])


def doc():
    return Doc()


NOISE = []
PHI = []


def noise(f):
    NOISE.append(f)
    return f


def phi(f):
    PHI.append(f)
    return f


@noise
def n_started():
    svc = ch(list(SERVICES))
    app = "".join(w.capitalize() for w in svc.split("-")) + "Application"
    a = R.uniform(7, 38)
    return Msg(svc, app, "INFO", "Started %s in %.3f seconds (process running for %.3f)" % (app, a, a + R.uniform(0.4, 2)), thread="main")


@noise
def n_tomcat():
    return Msg(ch(list(SERVICES)), "org.springframework.boot.web.embedded.tomcat.TomcatWebServer", "INFO",
               "Tomcat started on port %d (http) with context path '%s'" % (ch([8080, 8080, 8081]), ch(["", "/", "/api"])), thread="main")


@noise
def n_hikari():
    return Msg(ch(list(SERVICES)), "com.zaxxer.hikari.pool.HikariPool", "WARN",
               "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=%dm%ds%dms%dµs)." % (ri(1, 3), ri(0, 59), ri(0, 999), ri(0, 999)),
               thread="HikariPool-1 housekeeper")


@noise
def n_accession_recv():
    c = client()
    return Msg("accession-svc", "intake.AccessionIntakeService", "INFO",
               "Accession %s received from client %s (%s): %d container(s), priority=%s, manifest %s" % (
                   accession(), c["code"], c["name"], ri(1, 6), ch(["ROUTINE", "ROUTINE", "STAT", "ASAP"]), "MF-%s" % digits(7)),
               mdc=[("clientCode", c["code"])])


@noise
def n_order_validated():
    k = ri(1, 5)
    codes = ",".join(R.sample(TEST_CODES, k))
    return Msg("order-gateway", "validation.OrderValidator", "INFO",
               "Order %s validated in %d ms: tests=[%s] billTo=%s abn=%s" % (order_no(), ri(3, 240), codes, ch(["CLIENT", "PATIENT", "THIRD_PARTY"]), ch(["N/A", "SIGNED", "NOT_REQUIRED"])))


@noise
def n_result_pub():
    return Msg("result-router", "publish.ResultPublisher", "DEBUG",
               "Published ResultBatch(id=%s, size=%d, source=%s) to lab.results.v1 [partition=%d, offset=%d]" % (
                   uuid4(), ri(1, 48), ch(INSTRUMENTS)[0], ri(0, 11), ri(100000, 9999999)))


@noise
def n_autover():
    return Msg("result-router", "autoverify.RuleEngine", "INFO",
               "Autoverification AV-%04d %s acc=%s test=%s delta=%.1f%% instrument=%s" % (
                   ri(1, 400), ch(["PASS", "PASS", "PASS", "HOLD"]), accession(), ch(TEST_CODES), R.uniform(0, 30), ch(INSTRUMENTS)[0]))


@noise
def n_rack():
    ins = ch(INSTRUMENTS)
    return Msg("instrument-hub", "routing.RackRouter", "INFO",
               "Rack %05d pos %d (acc %s) loaded on %s S/N %s" % (ri(10000, 99999), ri(1, 5), accession(), ins[1], ins[2]))


@noise
def n_courier():
    st = ch(["NC", "GA", "TX", "CA"])
    return Msg("courier-svc", "dispatch.RouteDispatcher", "INFO",
               "Route R-%03d manifest MF-%s dispatched: %d stops, driver=%s, van plate %s (%s), ETA %s" % (
                   ri(1, 240), digits(7), ri(4, 22), ch(STAFF_USERS), plate(st), st, "%02d:%02d" % (ri(10, 17), ri(0, 59))))


@noise
def n_elig_ok():
    pay = ch(PAYERS)
    return Msg("eligibility-svc", "client.AvailityClient", "INFO",
               "271 received from %s (payer id %s) in %d ms, trace TRN %s" % (pay[0], pay[1], ri(180, 4200), digits(10)))


@noise
def n_fax_client():
    c = client()
    return Msg("notify-svc", "fax.RightFaxSender", "INFO",
               "Fax job %s to %s at %s: %d page(s) delivered, status 0" % (digits(8), c["name"], c["fax"], ri(1, 9)))


@noise
def n_critical_done():
    c = client()
    d = doc()
    return Msg("critical-callback", "workflow.CallbackWorkflow", "INFO",
               "Critical callback CC-%s closed: read-back by %s to %s at %s (%d min)" % (
                   digits(6), ch(STAFF_NAMES), d.display(), c["phone"], ri(3, 58)))


@noise
def n_report():
    return Msg("report-renderer", "pdf.ReportRenderer", "INFO",
               "Rendered report RPT-%s (%d pages, %d KB) template=%s v%d.%d in %d ms" % (
                   digits(9), ri(1, 6), ri(40, 900), ch(["CUMULATIVE", "CMP_v2", "TOX_CHAIN", "MICRO_FINAL"]), ri(1, 4), ri(0, 12), ri(80, 3100)))


@noise
def n_cache():
    return Msg(ch(["order-gateway", "result-router", "accession-svc"]), "cache.CatalogCache", "INFO",
               "Cache 'testCatalog' refreshed: %d entries (version %s, etag \"%s\")" % (ri(3000, 9000), "2024.%02d.%d" % (ri(1, 3), ri(1, 9)), hexs(16)))


@noise
def n_jwt():
    return Msg(ch(["order-gateway", "portal-api"]), "security.JwtValidator", "DEBUG",
               "Token validated client_id=%s scope=%s exp=%d jti=%s" % (
                   ch(["lis-integration", "epic-interconnect", "athena-orders"]), ch(["orders.write", "results.read"]),
                   ts_epoch_ms(CLK.now) // 1000 + ri(60, 3600), uuid4()))


@noise
def n_refrange():
    return Msg("result-router", "reference.RangeTableLoader", "INFO",
               "Reference range table RR-2024.%02d loaded: %d intervals, %d age bands (0d..120y)" % (ri(1, 3), ri(3000, 6000), ri(20, 60)))


@noise
def n_reprocess():
    return Msg("order-gateway", "dlt.DltReplayer", "WARN",
               "Replaying %d records from lab.orders.v2.DLT after deploy %s (operator %s)" % (ri(1, 300), git_sha()[:12], ch(STAFF_USERS)))


@noise
def n_qc():
    m = R.uniform(2, 300)
    return Msg("instrument-hub", "qc.WestgardEvaluator", ch(["INFO", "WARN"]),
               "QC lot %s level %d on %s: %.2f (mean %.2f, SD %.2f) rule %s" % (
                   alnum(8), ri(1, 3), ch(INSTRUMENTS)[0], m * R.uniform(0.9, 1.1), m, m * 0.04, ch(["1-2s OK", "1-3s REJECT", "2-2s WARN"])))


@noise
def n_retry():
    return Msg(ch(["eligibility-svc", "notify-svc", "billing-svc"]), "http.RetryingClient", "WARN",
               "Retrying POST %s (attempt %d/3) after %d ms: %s" % (
                   ch(["https://api.availity.com/availity/v1/coverages", "https://api.twilio.com/2010-04-01/Accounts/AC%s/Messages.json" % hexs(32),
                       "https://clearinghouse.changehealthcare.com/medicalnetwork/eligibility/v3"]),
                   ri(1, 2), ri(100, 3200), ch(["503 Service Unavailable", "java.net.SocketTimeoutException: Read timed out", "429 Too Many Requests"])))


@noise
def n_scheduled():
    return Msg(ch(["billing-svc", "report-renderer", "courier-svc"]), "jobs.ScheduledTasks", "INFO",
               "Scheduled task %s completed in %d ms (%d items)" % (ch(["statementExport", "purgeTempPdfs", "routeOptimizer", "claimStatusPoll"]), ri(40, 90000), ri(0, 5000)),
               thread="scheduling-1")


@noise
def n_clinician():
    d = doc()
    c = client()
    return Msg("order-gateway", "provider.ProviderResolver", "DEBUG",
               "Ordering provider resolved: %s NPI %s DEA %s (client %s, %s %s)" % (d.display(), d.npi, d.dea, c["code"], c["city"], c["state"]))


@noise
def n_mllp_conn():
    c = client()
    return Msg("hl7-bridge", "mllp.ConnectionListener", "INFO",
               "MLLP connection from /%s:%d accepted (client %s, tls=%s)" % (private_ip(), ri(30000, 65000), c["code"], ch(["true", "false"])))


@noise
def n_masked():
    return Msg("billing-svc", "payments.PaymentService", "INFO",
               ch(["Payment authorised card=************%s brand=%s amount=$%d.%02d auth=%s" % (digits(4), ch(["VISA", "MASTERCARD", "AMEX"]), ri(5, 400), ri(0, 99), alnum(6)),
                   "Identity check: ssnLast4 matched (***-**-%s) for request %s" % (digits(4), uuid4()),
                   "Stored payment method pm_%s (xxxx-xxxx-xxxx-%s, exp %02d/%02d)" % (alnum(24, string.ascii_letters + string.digits), digits(4), ri(1, 12), ri(25, 30))]))


@noise
def n_year():
    return Msg("billing-svc", "export.CohortExport", "INFO",
               "Cohort export %s: %d rows, %d excluded (birth year < %d), %d excluded (age < 18)" % (uuid4()[:8], ri(1000, 90000), ri(10, 900), ri(1925, 1940), ri(10, 900)))


@noise
def n_logo():
    return Msg("report-renderer", "pdf.HeaderDecorator", "DEBUG",
               "Header logo resolved data:image/png;base64,%s... (%d bytes) for client %s" % (png_b64(30)[:48], ri(3000, 20000), client()["code"]))


@noise
def n_lab_addr():
    c = client()
    return Msg("report-renderer", "pdf.FooterDecorator", "DEBUG",
               ch(["Footer: %s, %s, %s, %s %s | CLIA %s | tel %s fax %s" % (LAB["name"], LAB["addr"], LAB["city"], LAB["state"], LAB["zip"], LAB["clia"], LAB["phone"], LAB["fax"]),
                   "Return address for client %s: %s, %s, %s %s (tel %s)" % (c["code"], c["addr"], c["city"], c["state"], c["zip"], c["phone"])]))


@noise
def n_feature():
    return Msg(ch(["patient-index", "portal-api", "order-gateway"]), "config.FeatureFlags", "INFO",
               "Feature flag '%s' %s for tenants [%s] by %s" % (
                   ch(["empi.fuzzyMatch.v2", "portal.sms.optin", "orders.autoReflex", "tox.mroReview"]),
                   ch(["enabled", "disabled"]), ", ".join(R.sample([c[0] for c in CLIENTS], 2)), ch(STAFF_USERS)))


@noise
def n_tat():
    return Msg("result-router", "tat.TatMonitor", "WARN",
               "STAT TAT breach acc=%s test=%s tat=%dm threshold=%dm bench=%s" % (accession(), ch(TEST_CODES), ri(61, 240), 60, ch(["CHEM", "HEME", "COAG", "MICRO"])))


@noise
def n_kafka_lag():
    return Msg(ch(["search-indexer", "result-router", "notify-svc"]), "monitor.LagReporter", "INFO",
               "consumer group %s lag=%d max partition lag=%d (%s-%d)" % (
                   ch(["result-ingest", "search-indexer", "notify-fanout"]), ri(0, 20000), ri(0, 9000), ch(["lab.results.v1", "lab.orders.v2"]), ri(0, 11)))


@noise
def n_small_age():
    return Msg("result-router", "reference.RangeSelector", "DEBUG",
               "Selected interval %s for analyte %s sex=%s age=%d%s (band %s)" % (
                   "RI-%05d" % ri(1, 99999), ch(["ALP", "CREA", "HGB", "TSH"]), ch("MF"), ri(0, 88), ch(["y", "y", "m", "d"]), ch(["18-59y", "60-89y", "0-30d", "1-12y"])))


@noise
def n_instrument_serial():
    ins = ch(INSTRUMENTS)
    return Msg("instrument-hub", "device.InstrumentRegistry", "INFO",
               "Instrument %s (%s, serial %s, MAC %s, fw %d.%d.%d) online at %s" % (
                   ins[0], ins[1], ins[2], mac(":"), ri(1, 9), ri(0, 20), ri(0, 99), pod_ip()))


def kv_mdc_noise(svc):
    out = [("traceId", trace_id()), ("spanId", span_id())]
    if chance(0.5):
        out.append((ch(["requestId", "X-Request-ID", "correlationId", "corrId"]), uuid4()))
    if chance(0.3):
        out.append((ch(["clientCode", "tenant", "orgCode"]), ch(CLIENTS)[0]))
    if chance(0.25):
        out.append((ch(["accession", "accessionNo", "specimenId"]), accession()))
    if chance(0.2):
        out.append((ch(["user", "principal", "staffUser"]), ch(STAFF_USERS)))
    return out


MRN_KEYS = ["mrn", "patientMrn", "ptMrn", "pat_mrn", "MRN", "lisPatientId", "x-patient-id", "patId",
            "empiId", "patient.mrn", "medicalRecordNo", "pid3", "patientRef", "chartNo"]
DOB_KEYS = ["dob", "birthDate", "dateOfBirth", "pt_dob", "DOB", "birth_dt", "patient.birthDate", "donorDob"]


def kv_mdc_phi(P):
    out = []
    r = R.random()
    if r < 0.75:
        out.append((ch(MRN_KEYS), p(P.mrn if chance(0.7) else P.cmrn, "mrn")))
    if r > 0.55:
        out.append((ch(DOB_KEYS), p(fmt_date(P.dob, ch(["iso", "iso", "us"])), "date")))
    if P.age > 89 and chance(0.7):
        out.append((ch(["ptAge", "ageYears", "age"]), p(str(P.age), "age")))
    return out


def age_seg(P):
    """age value: labeled only when over 89."""
    return p(str(P.age), "age") if P.age > 89 else t(str(P.age))


@phi
def p_empi_nomatch():
    P = Pt()
    c = client()
    return Msg("patient-index", "match.EmpiMatcher", "INFO",
               ["No EMPI match for ", P.name(ch(["lf", "LF", "fl", "fml"])), " DOB ", p(fmt_date(P.dob), "date"),
                " (client %s, local MRN " % c["code"], p(P.cmrn, "mrn"), "); assigned enterprise MRN ", p(P.mrn, "mrn")], pt=P)


@phi
def p_empi_dupe():
    P = Pt()
    other = mrn_lab()
    return Msg("patient-index", "match.DuplicateDetector", "WARN",
               ["Potential duplicate score=0.%d candidate{mrn=" % ri(81, 99), p(P.mrn, "mrn"), ", lastName=", p(P.last, "name"),
                ", firstName=", p(P.first, "name"), ", dob=", p(fmt_date(P.dob, "iso"), "date"), ", zip=", p(P.zip, "zip"),
                "} existing{mrn=", p(other, "mrn"), ", matchRule=%s}" % ch(["LN+DOB+ZIP", "SSN4+DOB", "PHONE+DOB"])], pt=P)


@phi
def p_elig_fail():
    P = Pt()
    pay = ch(PAYERS)
    mid = member_id(pay[0])
    return Msg("eligibility-svc", "client.AvailityClient", "WARN",
               ["271 AAA*N**72 (Invalid/Missing Subscriber ID) from %s: subscriber " % pay[0], P.name(ch(["fl", "LF", "lf"])),
                " memberId=", p(mid, "health_plan"), " dob=", p(fmt_date(P.dob, ch(["iso", "hl7", "us"])), "date")], pt=P)


@phi
def p_sms():
    P = Pt()
    return Msg("notify-svc", "sms.TwilioSender", "INFO",
               ["Twilio message SM%s queued to " % hexs(32), p(fmt_phone(P.cell, ch(["e164", "e164", "paren"])), "phone"),
                " template=RESULT_READY acc=%s locale=%s" % (accession(), ch(["en-US", "es-US", "vi-VN", "zh-Hant"]))], pt=P)


@phi
def p_portal_invite():
    P = Pt()
    url = "https://results.%s/portal/activate?mrn=%s&token=%s" % (LAB["domain"], P.mrn, hexs(24))
    return Msg("portal-api", "invite.InviteService", "INFO",
               ["Portal invite mailed to ", p(P.email, "email"), " for MRN ", p(P.mrn, "mrn"), "; activation link ", p(url, "url")], pt=P)


@phi
def p_home_draw():
    P = Pt(old=chance(0.4))
    appt = REF + dt.timedelta(days=ri(1, 14))
    return Msg("courier-svc", "mobile.HomeDrawScheduler", "INFO",
               ["Mobile phlebotomy visit booked for ", P.name("fl"), " at ", p(P.street, "address"), ", ", p(P.city, "address"),
                ", %s " % P.state, p(P.zip if chance(0.6) else P.zip4, "zip"), " on ", p(fmt_date(appt, ch(["iso", "us", "long"])), "date"),
                " window 07:30-09:00, phleb %s, van plate %s" % (ch(STAFF_USERS), plate("NC"))], pt=P)


@phi
def p_critical():
    P = Pt(old=chance(0.5))
    d = doc()
    c = client()
    an, val, unit = ch([("K", "6.9", "mmol/L"), ("GLU", "38", "mg/dL"), ("NA", "118", "mmol/L"), ("TROP-HS", "1840", "ng/L"), ("INR", "7.8", "")])
    return Msg("critical-callback", "workflow.CriticalValueNotifier", "WARN",
               ["CRITICAL %s=%s %s acc=%s patient=" % (an, val, unit, accession()), P.name("LF"), " mrn=", p(P.mrn, "mrn"),
                " age=", age_seg(P), "; paging %s via %s" % (d.display(), c["phone"])], pt=P)


@phi
def p_card_declined():
    P = Pt()
    return Msg("billing-svc", "payments.StripeGateway", "ERROR",
               ["Charge declined (%s) card=" % ch(["card_declined", "insufficient_funds", "expired_card"]), p(fmt_card(card_number()), "account"),
                " exp=%02d/%02d amount=$%d.%02d guarantor=" % (ri(1, 12), ri(24, 30), ri(12, 900), ri(0, 99)), P.name(ch(["fl", "lf"])),
                " patientAcct=", p(P.acct, "account")], pt=P)


@phi
def p_mbi():
    P = Pt(old=True) if chance(0.5) else Pt()
    return Msg("eligibility-svc", "medicare.HetsClient", "WARN",
               ["HETS 270/271: MBI ", p(mbi(), "health_plan"), " not found for beneficiary ", P.name(ch(["LF", "fl"])),
                " DOB ", p(fmt_date(P.dob, ch(["hl7", "us", "iso"])), "date"), " - falling back to CWF"], pt=P)


@phi
def p_ccf():
    P = Pt(old=False)
    st = ch(["TX", "CA", "FL", "IL", "AZ", "OH", "NC", "WA"])
    return Msg("toxicology-ccf", "ccf.CustodyFormService", "INFO",
               ["CCF %s: donor " % digits(10), P.name(ch(["fl", "LF"])), " CDL %s " % st, p(drivers_license(st), "license"),
                ", employer %s, reason POST_ACCIDENT, unit VIN " % ch(["Swift Freightways LLC", "Desert Line Transport", "Gulf Coast Hauling Co"]),
                p(vin(), "vehicle"), " plate ", p(plate(st), "vehicle"), ", MRO %s" % doc().display()], pt=P)


@phi
def p_rpm():
    P = Pt(old=chance(0.5))
    kind = ch(["coaguchek", "dexcom", "libre", "omron"])
    what = {"coaguchek": "INR %.1f from CoaguChek INRange" % R.uniform(1.2, 4.5),
            "dexcom": "CGM batch (%d readings) from Dexcom G7" % ri(12, 288),
            "libre": "CGM batch (%d readings) from FreeStyle Libre 3" % ri(12, 96),
            "omron": "BP %d/%d from Omron BP7450" % (ri(100, 180), ri(60, 110))}[kind]
    segs = ["Received %s SN " % what, p(device_serial(kind), "device")]
    if chance(0.6):
        segs += [" (BLE ", p(mac(":"), "device"), ")"]
    segs += [" for patient ", p(P.mrn, "mrn")]
    return Msg("rpm-ingest", "ingest.DeviceReadingHandler", "INFO", segs, pt=P)


@phi
def p_mobile_login():
    P = Pt()
    ip = public_ip() if chance(0.8) else public_ipv6()
    return Msg("portal-api", "auth.MobileLoginHandler", "INFO",
               ["Mobile login ok user=", p(P.email, "email"), " ip=", p(ip, "ip"), " imei=", p(imei(), "device"),
                " app=CorvaneResults/%d.%d.%d (%s)" % (ri(3, 5), ri(0, 9), ri(0, 20), ch(["Android 14", "Android 13", "iOS 17.3.1"]))], pt=P)


@phi
def p_id_scan():
    P = Pt()
    st = P.state
    return Msg("accession-svc", "psc.IdScanParser", "DEBUG",
               ["AAMVA PDF417 parsed: DAQ=", p(drivers_license(st), "license"), " DCS=", p(P.last.upper(), "name"),
                " DAC=", p(P.first.upper(), "name"), " DBB=", p(fmt_date(P.dob, "mdy8"), "date"), " DAG=", p(P.street.upper(), "address"),
                " DAI=", p(P.city.upper(), "address"), " DAJ=%s DAK=" % st, p(P.zip + digits(4), "zip"), " DCF=%s" % alnum(12)], pt=P)


@phi
def p_intl():
    P = Pt()
    r = R.random()
    if r < 0.4:
        ids = ["passport ", p(passport(), "other_id"), " (MEX), CURP ", p(curp(P.first, P.last, P.dob, P.sex), "other_id")]
    elif r < 0.7:
        ids = ["CPF ", p(cpf(), "other_id"), " (BRA)"]
    else:
        ids = ["NHS number ", p(nhs_number(), "other_id"), " (GBR), passport ", p(passport(), "other_id")]
    return Msg("accession-svc", "registration.InternationalPatientService", "INFO",
               ["International self-pay registration: "] + ids + [", local MRN ", p(P.mrn, "mrn")], pt=P)


@phi
def p_ach():
    P = Pt()
    return Msg("billing-svc", "payments.AchReturnHandler", "WARN",
               ["ACH return %s for guarantor " % ch(["R03 (No account/unable to locate)", "R01 (Insufficient funds)", "R02 (Account closed)"]),
                P.name(ch(["fl", "lf"])), " routing %s account " % aba_routing(), p(bank_account(), "account"),
                " amount $%d.%02d batch %s" % (ri(10, 600), ri(0, 99), digits(8))], pt=P)


@phi
def p_iban():
    P = Pt()
    return Msg("billing-svc", "refunds.SepaRefundService", "INFO",
               ["SEPA refund EUR %d.%02d queued for " % (ri(10, 400), ri(0, 99)), P.name("fl"), " IBAN ", p(iban(), "account"),
                " BIC %s ref RF%s" % (ch(["DEUTDEFFXXX", "NWBKGB2L", "INGBNL2A", "CAIXESBBXXX", "AIBKIE2D"]), digits(8))], pt=P)


@phi
def p_fax():
    P = Pt()
    return Msg("notify-svc", "delivery.DeliveryPreferenceResolver", "INFO",
               ["Delivery preference FAX for patient ", p(P.mrn, "mrn"), ": home fax ", p(fmt_phone(phone_digits(P.phone[:3])), "fax"),
                " (cover sheet suppressed, client fax %s unchanged)" % client()["fax"]], pt=P)


@phi
def p_photo():
    P = Pt()
    uri = "data:image/jpeg;base64," + jpeg_b64(ri(180, 600))
    return Msg("accession-svc", "psc.FaceMatchService", "DEBUG",
               ["Check-in face match 0.%d kiosk PSC-%03d patient " % (ri(62, 99), ri(1, 200)), p(P.mrn, "mrn"), " selfie=", p(uri, "photo")], pt=P)


@phi
def p_fingerprint():
    P = Pt(old=False)
    return Msg("toxicology-ccf", "identity.DonorVerification", "INFO",
               ["Donor identity verified ccf=%s method=FINGERPRINT(ISO19794-2) score=%d template=" % (digits(10), ri(40, 190)),
                p(fmr_template(), "biometric"), " donor=", P.name("fl")], pt=P)


@phi
def p_ssn_conflict():
    P = Pt()
    return Msg("patient-index", "registration.SsnGuard", "WARN",
               ["SSN ", p(P.ssn, "ssn"), " already linked to MRN ", p(P.mrn, "mrn"), "; registration from client %s held for review" % client()["code"]], pt=P)


@phi
def p_old_age():
    P = Pt(old=True)
    return Msg("result-router", "reference.RangeSelector", "WARN",
               ["No reference interval for %s at age " % ch(["eGFR", "NT-proBNP", "PSA", "Cystatin C"]), p(str(P.age), "age"),
                "y sex=%s; using >=18y interval. mrn=" % P.sex, p(P.mrn, "mrn")], pt=P)


@phi
def p_deceased():
    P = Pt(old=chance(0.5))
    dod = REF - dt.timedelta(days=ri(1, 200))
    return Msg("patient-index", "adt.DeathNotificationHandler", "INFO",
               ["Patient ", p(P.mrn, "mrn"), " marked deceased (dod=", p(fmt_date(dod, ch(["iso", "us"])), "date"),
                ", source=ADT^A03) - suppressing portal notifications"], pt=P)


@phi
def p_addr_change():
    P = Pt()
    return Msg("patient-index", "demographics.AddressHistory", "INFO",
               ["Address updated mrn=", p(P.mrn, "mrn"), ": line1 '", p(street(), "address"), "' -> '", p(P.street, "address"),
                "' city=", p(P.city, "address"), " county=", p(P.county, "address"), " state=%s zip=" % P.state, p(P.zip, "zip")], pt=P)


@phi
def p_guarantor():
    P = Pt()
    g = relative(P)
    return Msg("billing-svc", "guarantor.GuarantorService", "INFO",
               ["Guarantor set for ", p(P.mrn, "mrn"), ": ", g.name(ch(["fl", "lf"])), " (%s) phone " % ch(["MOTHER", "SPOUSE", "FATHER", "SELF", "GUARDIAN"]),
                p(fmt_phone(g.phone), "phone")], pt=P)


@phi
def p_reportlink():
    P = Pt()
    url = ch(["https://results.%s/p/%s/reports/%s.pdf" % (LAB["domain"], P.mrn, accession()),
              "https://portal.%s/patients/%s/results?dob=%s" % (LAB["domain"], P.mrn, fmt_date(P.dob, "iso"))])
    return Msg("notify-svc", "email.ResultEmailSender", "INFO",
               ["Result notification ", p(url, "url"), " emailed to ", p(P.email, "email"), " (SES msg %s)" % hexs(24)], pt=P)


@phi
def p_geo():
    P = Pt()
    return Msg("portal-api", "auth.RiskEngine", "WARN",
               ["Suspicious portal login for ", p(P.email, "email"), " from ", p(public_ip(), "ip"),
                " (geo %s, asn AS%d) - step-up MFA required" % (ch(["Lagos, NG", "Bucharest, RO", "Ashburn, US", "Sao Paulo, BR"]), ri(1000, 60000))], pt=P)


@phi
def p_voice():
    P = Pt()
    return Msg("notify-svc", "ivr.VoiceprintService", "INFO",
               ["IVR voiceprint enrolled for caller ", p(fmt_phone(P.phone, "e164"), "phone"), " template=", p(voice_template(), "biometric"),
                " engine=nuance-gk %s" % uuid4()], pt=P)


@phi
def p_udi():
    P = Pt(old=chance(0.5))
    return Msg("rpm-ingest", "device.DeviceRegistry", "INFO",
               ["Patient device registered mrn=", p(P.mrn, "mrn"), " udi=", p(udi(), "device"), " model=%s" % ch(["Dexcom G7", "CoaguChek INRange", "Libre 3"])], pt=P)


@phi
def p_collect_late():
    P = Pt()
    col = dt.datetime(2024, 3, 14, ri(0, 9), ri(0, 59)) - dt.timedelta(days=ri(2, 5))
    return Msg("accession-svc", "stability.StabilityChecker", "WARN",
               ["Specimen %s for " % accession(), P.name(ch(["fl", "lf"])), " collected ", p(col.strftime(ch(["%Y-%m-%d %H:%M", "%m/%d/%Y %H:%M"])), "date"),
                " exceeds %dh stability for %s; recollect requested" % (ch([48, 72, 24]), ch(TESTS))], pt=P)


@phi
def p_bounce():
    P = Pt()
    return Msg("notify-svc", "email.BounceHandler", "WARN",
               ["SES bounce Permanent/General for ", p(P.email, "email"), " (mrn ", p(P.cmrn, "mrn"), ") - disabling email channel"], pt=P)


@phi
def p_phone_dob():
    P = Pt()
    return Msg("portal-api", "support.IdentityVerifier", "INFO",
               ["Caller verified: phone ", p(fmt_phone(P.phone), "phone"), " matched ", P.name(ch(["fl", "lf"])), " dob ", p(fmt_date(P.dob), "date"),
                " (agent %s)" % ch(STAFF_USERS)], pt=P)


# ============================================================ stack traces
FRAMES_SPRING = [
    "org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1011)",
    "org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1089)",
    "jakarta.servlet.http.HttpServlet.service(HttpServlet.java:590)",
    "org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:205)",
    "org.springframework.web.filter.OncePerRequestFilter.doFilter(OncePerRequestFilter.java:116)",
    "org.springframework.aop.framework.CglibAopProxy$DynamicAdvisedInterceptor.intercept(CglibAopProxy.java:765)",
    "org.springframework.transaction.interceptor.TransactionInterceptor.invoke(TransactionInterceptor.java:119)",
    "org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:659)",
    "java.base/java.lang.Thread.run(Thread.java:1583)",
]
FRAMES_KOTLIN = [
    "kotlin.coroutines.jvm.internal.BaseContinuationImpl.resumeWith(ContinuationImpl.kt:33)",
    "kotlinx.coroutines.DispatchedTask.run(DispatchedTask.kt:108)",
    "kotlinx.coroutines.internal.LimitedDispatcher$Worker.run(LimitedDispatcher.kt:115)",
    "kotlinx.coroutines.scheduling.TaskImpl.run(Tasks.kt:103)",
    "kotlinx.coroutines.scheduling.CoroutineScheduler.runSafely(CoroutineScheduler.kt:584)",
    "kotlinx.coroutines.scheduling.CoroutineScheduler$Worker.executeTask(CoroutineScheduler.kt:793)",
    "kotlinx.coroutines.scheduling.CoroutineScheduler$Worker.runWorker(CoroutineScheduler.kt:697)",
    "kotlinx.coroutines.scheduling.CoroutineScheduler$Worker.run(CoroutineScheduler.kt:684)",
]
FRAMES_KAFKA = [
    "org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.doInvokeRecordListener(KafkaMessageListenerContainer.java:2869)",
    "org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.invokeRecordListener(KafkaMessageListenerContainer.java:2708)",
    "org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.pollAndInvoke(KafkaMessageListenerContainer.java:1300)",
    "org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.run(KafkaMessageListenerContainer.java:1255)",
    "java.base/java.util.concurrent.CompletableFuture$AsyncRun.run(CompletableFuture.java:1804)",
]


def app_frames(svc, kotlin):
    pkg = SERVICES[svc]
    cls = ch(["PatientService", "EligibilityClient", "OrderMapper", "ResultFanout", "StatementWriter", "DemographicsMerger", "NotificationRouter"])
    meth = ch(["resolve", "inquire", "map", "publish", "write", "merge", "route", "handle"])
    ext = "kt" if kotlin else "java"
    out = ["%s.%s.%s(%s.%s:%d)" % (pkg, cls, meth, cls, ext, ri(20, 400))]
    if kotlin:
        out.append("%s.%s$%s$1.invokeSuspend(%s.kt:%d)" % (pkg, cls, meth, cls, ri(20, 400)))
    out.append("%s.%s.%s(%s.%s:%d)" % (pkg, ch(["web.PatientController", "listener.OrderListener", "jobs.BatchRunner"]), ch(["post", "onMessage", "run"]), "X", ext, ri(20, 200)))
    return out


def stack_lines(svc, kotlin=False, kafka=False, n=None):
    frames = app_frames(svc, kotlin)
    tail = FRAMES_KOTLIN if kotlin else (FRAMES_KAFKA if kafka else FRAMES_SPRING)
    k = n if n is not None else ri(1, 4)
    frames = frames[:ri(1, len(frames))] + tail[:k]
    lines = [seq("\tat " + f) for f in frames]
    if chance(0.3):
        lines.append(seq("\t... %d common frames omitted" % ri(8, 60)))
    if kotlin and chance(0.4):
        cid = ri(100, 99999)
        lines.append(seq('\tSuppressed: kotlinx.coroutines.internal.DiagnosticCoroutineContextException: [CoroutineId(%d), "coroutine#%d":StandaloneCoroutine{Cancelling}@%s, Dispatchers.IO]' % (cid, cid, hexs(8))))
    return lines


# ============================================================ Msg renderers
def abbrev(logger, n):
    parts = logger.split(".")
    i = 0
    while len(".".join(parts)) > n and i < len(parts) - 1:
        parts[i] = parts[i][0]
        i += 1
    return ".".join(parts)


def mdc_pairs(msg, want_phi):
    pairs = kv_mdc_noise(msg.svc)
    if want_phi and msg.pt is not None and chance(0.4):
        pairs += kv_mdc_phi(msg.pt)
    pairs += msg.mdc
    return pairs


def exc_text(msg):
    out = []
    for i, ln in enumerate(msg.exc):
        if i:
            out.append(t("\n"))
        out.extend(ln)
    return out


def r_logback_json(msg, want_phi):
    d = CLK.tick()
    o = Obj([("@timestamp", ts_iso_off(d) if chance(0.6) else ts_iso_z(d)), ("@version", "1"), ("message", Str(msg.segs)),
             ("logger_name", msg.logger), ("thread_name", msg.thread or thread_for(msg.svc)), ("level", msg.lvl),
             ("level_value", LEVEL_VALUE[msg.lvl])])
    o.extend(mdc_pairs(msg, want_phi))
    if msg.exc:
        o.append(("stack_trace", Str(exc_text(msg))))
    if chance(0.6):
        o.extend([("app", msg.svc), ("pod", ch(PODS[msg.svc])), ("env", "prod")])
    return [("logback_json", jdump(o, ea=chance(0.35)))]


def r_ecs_json(msg, want_phi):
    d = CLK.tick()
    o = Obj([("@timestamp", ts_iso_z(d)), ("log.level", msg.lvl), ("process.pid", 1),
             ("process.thread.name", msg.thread or thread_for(msg.svc)), ("service.name", msg.svc),
             ("service.version", "%d.%d.%d" % (ri(1, 4), ri(0, 30), ri(0, 12))), ("service.environment", "prod"),
             ("log.logger", msg.logger), ("message", Str(msg.segs))])
    for k, v in mdc_pairs(msg, want_phi):
        o.append((k, v))
    if msg.exc:
        o.append(("error.type", plain(msg.exc[0]).split(":")[0]))
        o.append(("error.stack_trace", Str(exc_text(msg))))
    o.append(("ecs.version", "8.11"))
    return [("ecs_json", jdump(o))]


GELF_LEVEL = {"TRACE": 7, "DEBUG": 7, "INFO": 6, "WARN": 4, "ERROR": 3}


def r_gelf(msg, want_phi):
    d = CLK.tick()
    o = Obj([("version", "1.1"), ("host", ch(PODS[msg.svc])), ("short_message", Str(msg.segs)),
             ("timestamp", float("%.3f" % d.timestamp())), ("level", GELF_LEVEL[msg.lvl]),
             ("_logger_name", msg.logger), ("_thread_name", msg.thread or thread_for(msg.svc)), ("_facility", msg.svc)])
    for k, v in mdc_pairs(msg, want_phi):
        o.append(("_" + k.replace(".", "_").replace("-", "_"), v))
    return [("gelf_json", jdump(o))]


def _thread15(th):
    return th[-15:].rjust(15)


def r_console(msg, want_phi):
    d = CLK.tick()
    th = msg.thread or thread_for(msg.svc)
    lg = abbrev(msg.logger, 39).ljust(40)
    boot3 = chance(0.6)
    if boot3:
        head = "%s %5s 1 --- [%s] [%s] " % (ts_iso_z(d) if chance(0.5) else ts_iso_off(d), msg.lvl, msg.svc, _thread15(th))
        if chance(0.6):
            head += "[%s-%s] " % (trace_id(), span_id())
    else:
        head = "%s %5s 1 --- [%s] " % (ts_space(d), msg.lvl, _thread15(th))
    segs = seq(head, lg, ": ", msg.segs)
    if want_phi and msg.pt is not None and not has_phi(msg.segs):
        segs += seq(" ", kv_inline(kv_mdc_phi(msg.pt)))
    out = [("spring_console", segs)]
    for ln in (msg.exc or []):
        out.append(("jvm_stacktrace", ln))
    return out


def kv_inline(pairs, sep=", ", eq="="):
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(t(sep))
        out.append(t(k + eq))
        out.append(v if isinstance(v, tuple) else t(str(v)))
    return out


def r_sleuth(msg, want_phi):
    d = CLK.tick()
    th = msg.thread or thread_for(msg.svc)
    head = "%s %5s [%s,%s,%s] 1 --- [%s] %s : " % (ts_space(d), msg.lvl, msg.svc, hexs(16), hexs(16), _thread15(th), abbrev(msg.logger, 39).ljust(40))
    out = [("spring_sleuth", seq(head, msg.segs))]
    for ln in (msg.exc or []):
        out.append(("jvm_stacktrace", ln))
    return out


def r_pattern_mdc(msg, want_phi):
    d = CLK.tick()
    th = msg.thread or thread_for(msg.svc)
    pairs = mdc_pairs(msg, want_phi)
    style = ri(0, 2)
    if style == 0:
        head = seq("%s %-5s [%s] %s {" % (ts_comma(d), msg.lvl, th, abbrev(msg.logger, 36)), kv_inline(pairs), "} - ")
    elif style == 1:
        head = seq("%s [%s] %-5s %s [" % (ts_hms(d), th, msg.lvl, abbrev(msg.logger, 36)), kv_inline(pairs, sep=" ", eq=":"), "] - ")
    else:
        head = seq("%s|%s|%s|%s|" % (ts_iso_z(d), msg.lvl, msg.svc, th), kv_inline(pairs, sep=";"), "|%s|" % msg.logger.rsplit(".", 1)[1])
    out = [("logback_pattern", seq(head, msg.segs))]
    for ln in (msg.exc or []):
        out.append(("jvm_stacktrace", ln))
    return out


MSG_RENDERERS = [(r_logback_json, 5), (r_ecs_json, 2), (r_gelf, 1), (r_console, 4), (r_sleuth, 1), (r_pattern_mdc, 2)]


def wchoice(pairs):
    tot = sum(w for _, w in pairs)
    x = R.uniform(0, tot)
    acc = 0
    for v, w in pairs:
        acc += w
        if x <= acc:
            return v
    return pairs[-1][0]


def fam_app(want_phi):
    if want_phi:
        if not PHI_DECK:
            deck = []
            for f in PHI:
                deck += [f] * (3 if f in RARE_PHI else 1)
            R.shuffle(deck)
            PHI_DECK.extend(deck)
        msg = PHI_DECK.pop()()
    else:
        msg = ch(NOISE)()
        if chance(0.05):
            # noise error with a stack trace
            msg.lvl = "ERROR"
            exc_line = seq(ch(["org.springframework.dao.QueryTimeoutException: PreparedStatementCallback; SQL [select status from lis.accession where accession_no = ?]; ERROR: canceling statement due to statement timeout",
                               "java.net.SocketTimeoutException: Connect timed out",
                               "org.apache.kafka.common.errors.TimeoutException: Topic lab.results.v1 not present in metadata after 60000 ms.",
                               "io.github.resilience4j.circuitbreaker.CallNotPermittedException: CircuitBreaker 'availity' is OPEN and does not permit further calls"]))
            msg.exc = [exc_line] + stack_lines(msg.svc, kotlin=chance(0.4))
            msg.segs = seq(ch(["Unexpected error while processing request", "Listener invocation failed", "Scheduled task failed",
                               "Unhandled exception in %s" % msg.logger.rsplit(".", 1)[1], "Request processing failed; retry scheduled"]))
    return ch_weighted_renderer()(msg, want_phi)


PHI_DECK = []
RARE_PHI = (p_intl, p_fingerprint, p_voice, p_photo, p_fax, p_ccf, p_udi, p_rpm, p_old_age, p_id_scan, p_iban, p_mobile_login,
            p_portal_invite, p_reportlink, p_critical)


def ch_weighted_renderer():
    return wchoice(MSG_RENDERERS)


# ============================================================ shared helpers for specialised families
def make_head(svc, style=None, thread=None):
    style = ri(0, 3) if style is None else style
    th = thread or thread_for(svc)
    state = {"n": 0}

    def head(logger, lvl):
        d = CLK.tick() if state["n"] == 0 else CLK.small()
        state["n"] += 1
        if style == 0:
            return "%s %5s 1 --- [%s] [%s] %s : " % (ts_iso_z(d), lvl, svc, _thread15(th), abbrev(logger, 39).ljust(40))
        if style == 1:
            return "%s %5s 1 --- [%s] %s : " % (ts_space(d), lvl, _thread15(th), abbrev(logger, 39).ljust(40))
        if style == 2:
            return "%s %-5s [%s] %s - " % (ts_comma(d), lvl, th, abbrev(logger, 36))
        return "%s [%s] %-5s %s - " % (ts_hms(d), th, lvl, logger)
    return head


def pt_json(P, scheme=None, fields=None, with_order=False):
    """Patient payload as a JSON Obj, with several key-naming schemes."""
    scheme = scheme or ch(["camel", "snake", "fhir", "lis"])
    fields = fields or R.sample(["name", "dob", "phone", "email", "addr", "ssn", "ins", "sex"], ri(2, 6))
    if "name" not in fields and "dob" not in fields:
        fields.append("dob")
    o = Obj()
    if scheme == "camel":
        o.append(("mrn", p(P.mrn, "mrn")))
        if "name" in fields:
            o += [("lastName", P.name_seg_last()), ("firstName", p(P.first, "name"))]
            if P.middle and chance(0.5):
                o.append(("middleName", p(P.middle, "name")))
        if "dob" in fields:
            o.append(("dob", p(fmt_date(P.dob, ch(["iso", "iso", "us"])), "date")))
        if "sex" in fields:
            o.append(("sex", P.sex))
        if "phone" in fields:
            o.append(("phone", p(fmt_phone(P.phone), "phone")))
        if "email" in fields:
            o.append(("email", p(P.email, "email")))
        if "addr" in fields:
            o.append(("address", Obj([("line1", p(P.street, "address")), ("line2", None), ("city", p(P.city, "address")),
                                      ("state", P.state), ("zip", p(P.zip, "zip"))])))
        if "ssn" in fields:
            o.append(("ssn", p(P.ssn, "ssn")))
        if chance(0.06):
            o.append((ch(["passportNo", "nationalId"]), p(passport() if chance(0.5) else cpf(), "other_id")))
        if chance(0.05):
            o.append(("avatar", p("data:image/png;base64," + png_b64(ri(120, 360)), "photo")))
        if "ins" in fields:
            o.append(("insurance", Obj([("payer", P.payer), ("memberId", p(P.member, "health_plan")), ("groupNo", "GRP-%s" % digits(6))])))
    elif scheme == "snake":
        o.append(("pat_mrn", p(P.cmrn, "mrn")))
        if "name" in fields:
            o += [("last_nm", p(P.last, "name")), ("first_nm", p(P.first, "name"))]
        if "dob" in fields:
            o.append(("birth_dt", p(fmt_date(P.dob, "iso"), "date")))
        if "sex" in fields:
            o.append(("sex_cd", P.sex))
        if "phone" in fields:
            o.append(("home_phone", p(fmt_phone(P.phone, ch(["plain", "dash"])), "phone")))
        if "email" in fields:
            o.append(("email_addr", p(P.email, "email")))
        if "addr" in fields:
            o += [("addr_line1", p(P.street, "address")), ("addr_city", p(P.city, "address")), ("addr_state", P.state),
                  ("addr_zip", p(P.zip4 if chance(0.4) else P.zip, "zip")), ("county_nm", p(P.county, "address"))]
        if "ssn" in fields:
            o.append(("ssn_txt", p(P.ssn, "ssn")))
        if chance(0.12):
            o.append(("fax_nbr", p(phone_digits(P.phone[:3]), "fax")))
        if "ins" in fields:
            o += [("payer_cd", ch(PAYERS)[1]), ("subscriber_no", p(P.member, "health_plan"))]
    elif scheme == "fhir":
        o.append(("resourceType", "Patient"))
        o.append(("identifier", Arr([Obj([("system", "urn:oid:2.16.840.1.113883.3.9142.1.1"), ("value", p(P.mrn, "mrn"))])])))
        if "name" in fields:
            given = [p(P.first, "name")] + ([p(P.middle, "name")] if P.middle else [])
            o.append(("name", Arr([Obj([("use", "official"), ("family", p(P.last, "name")), ("given", Arr(given))])])))
        if "sex" in fields:
            o.append(("gender", "female" if P.sex == "F" else "male"))
        if "dob" in fields:
            o.append(("birthDate", p(fmt_date(P.dob, "iso"), "date")))
        tel = []
        if "phone" in fields:
            tel.append(Obj([("system", "phone"), ("value", p(fmt_phone(P.phone), "phone")), ("use", "home")]))
        if "email" in fields:
            tel.append(Obj([("system", "email"), ("value", p(P.email, "email"))]))
        if tel:
            o.append(("telecom", Arr(tel)))
        if "addr" in fields:
            o.append(("address", Arr([Obj([("line", Arr([p(P.street, "address")])), ("city", p(P.city, "address")),
                                           ("district", p(P.county, "address")), ("state", P.state), ("postalCode", p(P.zip, "zip"))])])))
        if "ssn" in fields:
            o[1][1].append(Obj([("system", "http://hl7.org/fhir/sid/us-ssn"), ("value", p(P.ssn, "ssn"))]))
        if chance(0.15):
            o.append(("photo", Arr([Obj([("contentType", "image/jpeg"), ("data", p(jpeg_b64(ri(120, 420)), "photo"))])])))
        if "ins" in fields:
            o.append(("extension", Arr([Obj([("url", "https://%s/fhir/StructureDefinition/member-id" % LAB["domain"]), ("valueString", p(P.member, "health_plan"))])])))
    else:
        o.append(("ptId", p(P.mrn, "mrn")))
        if "name" in fields:
            o.append(("ptName", P.name(ch(["LF", "lf", "lfc"]))))
        if "dob" in fields:
            o.append(("ptDob", p(fmt_date(P.dob, ch(["us", "hl7"])), "date")))
        if "sex" in fields:
            o.append(("ptSex", P.sex))
        if "phone" in fields:
            o.append(("ptPhone", p(fmt_phone(P.cell), "phone")))
        if "email" in fields:
            o.append(("ptEmail", p(P.email, "email")))
        if "addr" in fields:
            o.append(("ptAddr", Str([p(P.street, "address"), ", ", p(P.city, "address"), ", " + P.state + " ", p(P.zip, "zip")])))
        if chance(0.2):
            o.append(("ptFax", p(fmt_phone(phone_digits(P.phone[:3]), "dash"), "fax")))
        o.append(("ssnLast4", P.ssn[-4:]))
        if "ssn" in fields:
            o.append(("ptSsn", p(P.ssn, "ssn")))
        if "ins" in fields:
            o.append(("ins1", Obj([("payerName", P.payer), ("memberNo", p(P.member, "health_plan"))])))
    if with_order:
        d = doc()
        col = dt.datetime(2024, 3, 14, ri(5, 9), ri(0, 59)) - dt.timedelta(days=ri(0, 2))
        o = Obj([("orderNo", order_no()), ("accession", accession()), ("clientCode", ch(CLIENTS)[0]),
                 ("patient", o), ("tests", Arr(R.sample(TEST_CODES, ri(1, 4)))),
                 ("orderingProvider", Obj([("npi", d.npi), ("name", "%s %s" % (d.first, d.last))])),
                 ("collectedAt", p(col.strftime("%Y-%m-%dT%H:%M:00") + ch(["Z", "-04:00", ""]), "date")),
                 ("priority", ch(["R", "S"]))])
    return o


def _name_seg_last(self):
    return p(self.last, "name")


Pt.name_seg_last = _name_seg_last


def noise_order_json():
    return Obj([("orderNo", order_no()), ("accession", accession()), ("status", ch(["RECEIVED", "IN_PROCESS", "RESULTED", "CANCELLED"])),
                ("clientCode", ch(CLIENTS)[0]), ("tests", Arr(R.sample(TEST_CODES, ri(1, 3)))), ("encounter", encounter_no()),
                ("updatedBy", ch(STAFF_USERS)), ("version", ri(1, 9))])


# ============================================================ Hibernate
def fam_hibernate(want_phi):
    svc = ch(["patient-index", "accession-svc", "billing-svc", "order-gateway", "eligibility-svc"])
    head = make_head(svc, style=ch([0, 1, 2]))
    h6 = chance(0.6)
    out = []

    def sql_line(sql):
        if chance(0.35):
            return ("hibernate_sql", seq("Hibernate: " + sql))
        return ("hibernate_sql", seq(head("org.hibernate.SQL", "DEBUG"), sql))

    def bind(i, typ, val):
        v = val if isinstance(val, tuple) else t(str(val))
        if h6:
            return ("hibernate_sql", seq(head("org.hibernate.orm.jdbc.bind", "TRACE"), "binding parameter (%d:%s) <- [" % (i, typ), v, "]"))
        return ("hibernate_sql", seq(head("org.hibernate.type.descriptor.sql.BasicBinder", "TRACE"), "binding parameter [%d] as [%s] - [" % (i, typ), v, "]"))

    def extracted(i, col, typ, val):
        v = val if isinstance(val, tuple) else t(str(val))
        if h6:
            return ("hibernate_sql", seq(head("org.hibernate.orm.results", "TRACE"), "Extracted JDBC value [%d] - [" % i, v, "]"))
        return ("hibernate_sql", seq(head("org.hibernate.type.descriptor.sql.BasicExtractor", "TRACE"), "extracted value ([%s] : [%s]) - [" % (col, typ), v, "]"))

    ts = lambda: ts_space(CLK.now) + digits(3)
    if want_phi:
        P = Pt()
        v = ri(0, 6)
        if v == 0:
            out.append(sql_line("select p1_0.patient_id,p1_0.birth_dt,p1_0.first_nm,p1_0.last_nm,p1_0.mrn,p1_0.sex_cd,p1_0.zip_cd from lis.patient p1_0 where p1_0.mrn=? and p1_0.birth_dt=?"))
            out.append(bind(1, "VARCHAR", p(P.mrn, "mrn")))
            out.append(bind(2, "DATE", p(fmt_date(P.dob, "iso"), "date")))
            if chance(0.7):
                out.append(extracted(1, "patient_id1_0_", "BIGINT", ri(10000, 9999999)))
                out.append(extracted(3, "first_nm3_0_", "VARCHAR", p(P.first, "name")))
                out.append(extracted(4, "last_nm4_0_", "VARCHAR", p(P.last, "name")))
                if chance(0.5):
                    out.append(extracted(7, "zip_cd7_0_", "VARCHAR", p(P.zip, "zip")))
        elif v == 1:
            out.append(sql_line("insert into lis.patient (birth_dt,created_by,first_nm,last_nm,mrn,phone_nbr,ssn,patient_id) values (?,?,?,?,?,?,?,?)"))
            binds = [("DATE", p(fmt_date(P.dob, "iso"), "date")), ("VARCHAR", ch(STAFF_USERS)), ("VARCHAR", p(P.first, "name")),
                     ("VARCHAR", p(P.last, "name")), ("VARCHAR", p(P.mrn, "mrn")), ("VARCHAR", p(P.phone, "phone")),
                     ("VARCHAR", p(P.ssn, "ssn") if chance(0.6) else "null"), ("BIGINT", ri(100000, 9999999))]
            for i, (typ, val) in enumerate(binds, 1):
                out.append(bind(i, typ, val))
        elif v == 2:
            out.append(sql_line("update lis.patient_address set city=?,county_nm=?,line1=?,line2=?,postal_cd=?,state_cd=?,updated_at=?,version=? where address_id=? and version=?"))
            ver = ri(1, 9)
            for i, (typ, val) in enumerate([("VARCHAR", p(P.city, "address")), ("VARCHAR", p(P.county, "address")),
                                            ("VARCHAR", p(P.street, "address")), ("VARCHAR", "null"), ("VARCHAR", p(P.zip, "zip")),
                                            ("VARCHAR", P.state), ("TIMESTAMP", ts()), ("INTEGER", ver + 1),
                                            ("BIGINT", ri(10000, 999999)), ("INTEGER", ver)], 1):
                out.append(bind(i, typ, val))
        elif v == 3:
            out.append(sql_line("select c1_0.coverage_id,c1_0.member_id,c1_0.payer_id,c1_0.relationship_cd,c1_0.subscriber_dob,c1_0.subscriber_nm from rcm.coverage c1_0 where c1_0.member_id=? and c1_0.payer_id=?"))
            out.append(bind(1, "VARCHAR", p(P.member, "health_plan")))
            out.append(bind(2, "VARCHAR", ch(PAYERS)[1]))
            if chance(0.6):
                out.append(extracted(5, "subscriber_dob5_0_", "DATE", p(fmt_date(P.dob, "iso"), "date")))
                out.append(extracted(6, "subscriber_nm6_0_", "VARCHAR", p(P.full(ch(["LF", "lf"])), "name")))
        elif v == 4:
            out.append(sql_line("select g1_0.guarantor_id,g1_0.account_no,g1_0.balance_amt from rcm.guarantor g1_0 where lower(g1_0.last_nm)=lower(?) and g1_0.phone_nbr=?"))
            out.append(bind(1, "VARCHAR", p(P.last, "name")))
            out.append(bind(2, "VARCHAR", p(P.phone, "phone")))
            if chance(0.6):
                out.append(extracted(2, "account_no2_0_", "VARCHAR", p(P.acct, "account")))
        elif v == 5:
            which = ch(["ssn", "mrn"])
            out.append(("hibernate_sql", seq(head("org.hibernate.engine.jdbc.spi.SqlExceptionHelper", "WARN"), "SQL Error: 0, SQLState: 23505")))
            if which == "ssn":
                out.append(("hibernate_sql", seq(head("org.hibernate.engine.jdbc.spi.SqlExceptionHelper", "ERROR"), 'ERROR: duplicate key value violates unique constraint "uk_patient_ssn"')))
                out.append(("pg_detail", seq("  Detail: Key (ssn)=(", p(P.ssn, "ssn"), ") already exists.")))
            else:
                out.append(("hibernate_sql", seq(head("org.hibernate.engine.jdbc.spi.SqlExceptionHelper", "ERROR"), 'ERROR: duplicate key value violates unique constraint "uk_patient_mrn_client"')))
                out.append(("pg_detail", seq("  Detail: Key (mrn, client_id)=(", p(P.cmrn, "mrn"), ", %d) already exists." % ri(100, 999))))
        else:
            conn = ri(1, 40)
            prep = "select p.patient_id from lis.patient p where p.last_nm=? and p.first_nm=? and p.birth_dt=?"
            segs = seq("#%d | took %dms | statement | connection %d| url jdbc:postgresql://pg-lis-primary.lis-prod.svc:5432/lis?currentSchema=lis | " % (ts_epoch_ms(CLK.tick()), ri(1, 90), conn),
                       prep, " | select p.patient_id from lis.patient p where p.last_nm='", esc([p(P.last, "name")], "sql"),
                       "' and p.first_nm='", esc([p(P.first, "name")], "sql"), "' and p.birth_dt='", p(fmt_date(P.dob, "iso"), "date"), "'")
            out.append(("p6spy", segs))
    else:
        v = ri(0, 5)
        if v == 0:
            out.append(sql_line("select a1_0.accession_id,a1_0.accession_no,a1_0.client_id,a1_0.priority_cd,a1_0.status_cd from lis.accession a1_0 where a1_0.accession_no=?"))
            out.append(bind(1, "VARCHAR", accession()))
        elif v == 1:
            out.append(sql_line("update lis.order_test set status_cd=?,updated_at=?,updated_by=?,version=? where order_test_id=? and version=?"))
            ver = ri(1, 9)
            for i, (typ, val) in enumerate([("VARCHAR", ch(["RESULTED", "VERIFIED", "IN_PROCESS"])), ("TIMESTAMP", ts()),
                                            ("VARCHAR", ch(STAFF_USERS)), ("INTEGER", ver + 1), ("BIGINT", ri(1000000, 99999999)), ("INTEGER", ver)], 1):
                out.append(bind(i, typ, val))
        elif v == 2:
            out.append(sql_line("insert into outbox.event (aggregate_id,aggregate_type,created_at,event_type,payload_ref,id) values (?,?,?,?,?,?)"))
            u = uuid4()
            for i, (typ, val) in enumerate([("UUID", u), ("VARCHAR", ch(["Accession", "OrderTest", "Claim"])), ("TIMESTAMP", ts()),
                                            ("VARCHAR", ch(["ResultFinalized", "OrderReceived", "ClaimSubmitted"])),
                                            ("VARCHAR", "s3://corvane-lis-outbox/2024/03/14/%s.json" % u), ("BIGINT", ri(10 ** 6, 10 ** 8))], 1):
                out.append(bind(i, typ, val))
        elif v == 3:
            out.append(sql_line("SELECT TRIGGER_NAME, TRIGGER_GROUP, NEXT_FIRE_TIME, PRIORITY FROM QRTZ_TRIGGERS WHERE SCHED_NAME = 'lab-scheduler' AND TRIGGER_STATE = ? AND NEXT_FIRE_TIME <= ? AND (MISFIRE_INSTR = -1 OR (MISFIRE_INSTR != -1 AND NEXT_FIRE_TIME >= ?)) ORDER BY NEXT_FIRE_TIME ASC, PRIORITY DESC"))
        elif v == 4:
            out.append(("hibernate_sql", seq(head(ch(["org.hibernate.orm.deprecation", "org.hibernate.engine.jdbc.dialect.internal.DialectFactoryImpl", "org.hibernate.orm.query"]), "WARN"),
                                             ch(["HHH90000025: PostgreSQLDialect does not need to be specified explicitly using 'hibernate.dialect' (remove the property setting and it will be selected by default)",
                                                 "HHH90003004: firstResult/maxResults specified with collection fetch; applying in memory",
                                                 "HHH000104: firstResult/maxResults specified with collection fetch; applying in memory!",
                                                 "HHH000511: The 11.2.0 version for [org.hibernate.dialect.PostgreSQLDialect] is no longer supported, hence certain features may not work properly. The minimum supported version is 12.0.0."]))))
        else:
            out.append(sql_line("insert into rcm.claim (claim_no,client_id,created_at,encounter_no,status_cd,total_amt,claim_id) values (?,?,?,?,?,?,?)"))
            for i, (typ, val) in enumerate([("VARCHAR", claim_no()), ("BIGINT", ri(100, 999)), ("TIMESTAMP", ts()), ("VARCHAR", encounter_no()),
                                            ("VARCHAR", "READY"), ("NUMERIC", "%d.%02d" % (ri(10, 900), ri(0, 99))), ("BIGINT", ri(10 ** 5, 10 ** 7))], 1):
                out.append(bind(i, typ, val))
    return out


# ============================================================ Kafka
TOPICS = ["lab.orders.v2", "lab.results.v1", "lab.specimens.v1", "rcm.charges.v1", "empi.patient-events.v3", "notify.requests.v1"]
GROUPS = ["result-ingest", "search-indexer", "notify-fanout", "charge-capture", "empi-sync"]
BROKER = "kafka-%d.kafka-headless.lis-prod.svc.cluster.local:9092"


def consumer_record(topic, key_seg, value_segs):
    return seq("ConsumerRecord(topic = %s, partition = %d, leaderEpoch = %d, offset = %d, CreateTime = %d, deliveryCount = null, serialized key size = %d, serialized value size = %d, headers = RecordHeaders(headers = [RecordHeader(key = traceparent, value = [48, 48, 45, %d, %d])], isReadOnly = false), key = " % (
        topic, ri(0, 11), ri(3, 40), ri(10000, 9999999), ts_epoch_ms(CLK.now) - ri(100, 900000), len(key_seg[0]), len(plain(value_segs).encode()), ri(48, 57), ri(48, 57)),
        key_seg, ", value = ", value_segs, ")")


def fam_kafka(want_phi):
    svc = ch(["result-router", "search-indexer", "notify-svc", "order-gateway", "patient-index"])
    head = make_head(svc, thread="org.springframework.kafka.KafkaListenerEndpointContainer#%d-%d-C-1" % (ri(0, 3), ri(0, 5)))
    grp = ch(GROUPS)
    cid = "consumer-%s-%d" % (grp, ri(1, 9))
    top = ch(TOPICS)
    if not want_phi:
        v = ri(0, 6)
        if v == 0:
            s = "[Consumer clientId=%s, groupId=%s] Setting offset for partition %s-%d to the committed offset FetchPosition{offset=%d, offsetEpoch=Optional[%d], currentLeader=LeaderAndEpoch{leader=Optional[%s (id: %d rack: us-east-1%s)], epoch=%d}}" % (
                cid, grp, top, ri(0, 11), ri(10000, 9999999), ri(3, 30), BROKER % ri(0, 2), ri(0, 2), ch("abc"), ri(3, 30))
            return [("kafka_client", seq(head("org.apache.kafka.clients.consumer.internals.ConsumerUtils", "INFO"), s))]
        if v == 1:
            parts = ", ".join("%s-%d" % (top, i) for i in sorted(R.sample(range(12), ri(1, 4))))
            return [("kafka_client", seq(head("org.apache.kafka.clients.consumer.internals.ConsumerRebalanceListenerInvoker", "INFO"),
                                         "[Consumer clientId=%s, groupId=%s] %s partitions %s" % (cid, grp, ch(["Revoke previously assigned", "Adding newly assigned", "Lost previously assigned"]), parts)))]
        if v == 2:
            return [("kafka_client", seq(head("org.apache.kafka.clients.NetworkClient", "WARN"),
                                         "[Producer clientId=producer-%d] Connection to node %d (%s/%s:9092) could not be established. Broker may not be available." % (ri(1, 4), ri(0, 2), (BROKER % ri(0, 2)).rsplit(":", 1)[0], pod_ip())))]
        if v == 3:
            return [("kafka_client", seq(head("org.springframework.kafka.listener.KafkaMessageListenerContainer", "INFO"),
                                         "%s: partitions assigned: [%s]" % (grp, ", ".join("%s-%d" % (top, i) for i in range(ri(0, 3), ri(4, 8))))))]
        if v == 4:
            return [("kafka_client", seq(head("org.apache.kafka.common.utils.AppInfoParser", "INFO"), ch(["Kafka version: 3.6.1", "Kafka commitId: 5e3c2b738d253ff5", "Kafka startTimeMs: %d" % ts_epoch_ms(CLK.now)])))]
        if v == 5:
            val = seq(jdump(noise_order_json()))
            rec = consumer_record(top, t(accession()), val)
            return [("kafka_client", seq(head("org.springframework.kafka.listener.DefaultErrorHandler", "ERROR"),
                                         "Backoff FixedBackOff{interval=0, currentAttempts=10, maxAttempts=9} exhausted for ", rec))]
        return [("kafka_client", seq(head("org.apache.kafka.clients.consumer.internals.ConsumerCoordinator", "INFO"),
                                     "[Consumer clientId=%s, groupId=%s] Request joining group due to: %s" % (cid, grp, ch(["need to re-join with the given member-id: %s-%s" % (cid, uuid4()), "rebalance failed due to 'The group is rebalancing, so a rejoin is needed.' (RebalanceInProgressException)"]))))]
    P = Pt()
    v = ri(0, 3)
    if v == 0:
        val = seq(jdump(pt_json(P, with_order=chance(0.5))))
        rec = consumer_record(top, p(P.mrn, "mrn") if chance(0.6) else t(uuid4()), val)
        return [("kafka_client", seq(head("org.springframework.kafka.listener.DefaultErrorHandler", "ERROR"),
                                     "Backoff FixedBackOff{interval=0, currentAttempts=10, maxAttempts=9} exhausted for ", rec))]
    if v == 1:
        val = seq(jdump(pt_json(P)))
        return [("kafka_client", seq(head(SERVICES[svc] + ".listener.PatientEventListener", "DEBUG"),
                                     "Received %s-%d@%d key=" % (top, ri(0, 11), ri(10000, 999999)), p(P.mrn, "mrn"), " value=", val))]
    if v == 2:
        bad = fmt_date(P.dob, "us")
        lines = [("kafka_client", seq(head("org.springframework.kafka.listener.DefaultErrorHandler", "ERROR"),
                                      "Failed to process record %s-%d@%d, sending to %s.DLT" % (top, ri(0, 11), ri(10000, 999999), top)))]
        lines.append(("jvm_stacktrace", seq("org.springframework.kafka.listener.ListenerExecutionFailedException: Listener method 'public void com.corvane.search.PatientIndexer.onMessage(org.apache.kafka.clients.consumer.ConsumerRecord<java.lang.String, java.lang.String>)' threw exception")))
        lines += [("jvm_stacktrace", x) for x in stack_lines(svc, kafka=True, n=2)]
        lines.append(("jvm_stacktrace", seq("Caused by: co.elastic.clients.elasticsearch._types.ElasticsearchException: [es/index] failed: [document_parsing_exception] [1:%d] failed to parse field [birthDate] of type [date] in document with id '" % ri(40, 300),
                                             p(P.mrn, "mrn"), "'. Preview of field's value: '", p(bad, "date"), "'")))
        return lines
    # v == 3: producer side
    val = seq(jdump(pt_json(P, scheme=ch(["camel", "lis"]))))
    return [("kafka_client", seq(head(SERVICES[svc] + ".publish.EventPublisher", "WARN"),
                                 "Send failed after 3 retries (org.apache.kafka.common.errors.RecordTooLargeException), record key=", p(P.cmrn, "mrn"), " payload=", val))]


def fam_dlq(want_phi):
    svc = ch(["result-router", "order-gateway", "patient-index", "search-indexer"])
    top = ch(TOPICS)
    d = CLK.tick()
    if want_phi:
        P = Pt()
        payload = pt_json(P, with_order=chance(0.6))
        exc_msg = ch([
            [t("failed to deserialize; nested exception is com.fasterxml.jackson.databind.exc.InvalidFormatException: Cannot deserialize value of type `java.time.LocalDate` from String \""),
             p(fmt_date(P.dob, "us"), "date"), t("\": Failed to deserialize java.time.LocalDate")],
            [t("Validation failed for patient.phone: '"), p(fmt_phone(P.phone, "plain")[:9], "phone"), t("' must match ^\\d{10}$")],
            [t("EMPI lookup returned 2 candidates for mrn "), p(P.mrn, "mrn")],
            [t("Listener failed; nested exception is java.lang.IllegalStateException: Unknown client code for order")]])
        key = p(P.mrn, "mrn") if chance(0.5) else t(accession())
        value = Str(jdump(payload))
    else:
        payload = noise_order_json()
        exc_msg = [t(ch(["Listener failed; nested exception is org.springframework.dao.CannotAcquireLockException: could not execute statement",
                         "failed to deserialize; nested exception is com.fasterxml.jackson.core.JsonParseException: Unexpected character ('}' (code 125))",
                         "Timeout expired after 60000 milliseconds while awaiting InitProducerId"]))]
        key = t(accession())
        value = Str(jdump(payload))
    headers = Obj([("kafka_dlt-exception-fqcn", "org.springframework.kafka.listener.ListenerExecutionFailedException"),
                   ("kafka_dlt-exception-message", Str(exc_msg)),
                   ("kafka_dlt-original-topic", top), ("kafka_dlt-original-partition", str(ri(0, 11))),
                   ("kafka_dlt-original-offset", str(ri(10000, 9999999))), ("kafka_dlt-original-timestamp", str(ts_epoch_ms(d) - ri(1000, 10 ** 7))),
                   ("kafka_dlt-original-consumer-group", ch(GROUPS))])
    style = ri(0, 2)
    if style == 0:
        o = Obj([("@timestamp", ts_iso_z(d)), ("level", "ERROR"), ("logger_name", "com.corvane.integration.dlt.DltAuditListener"),
                 ("thread_name", "org.springframework.kafka.KafkaListenerEndpointContainer#7-0-C-1"),
                 ("message", "DLT record captured for triage"),
                 ("dlt", Obj([("topic", top + ".DLT"), ("partition", ri(0, 11)), ("offset", ri(0, 50000)), ("timestamp", ts_epoch_ms(d)),
                              ("key", key), ("headers", headers), ("value", value)])),
                 ("app", "dlt-triage"), ("traceId", trace_id())])
        return [("kafka_dlq_json", jdump(o))]
    if style == 1:
        head = make_head("hl7-bridge", style=ch([0, 1]), thread="dlt-replayer-1")
        segs = seq(head("com.corvane.integration.dlt.DltReplayer", "WARN"), "Skipping poison record %s.DLT offset=%d key=" % (top, ri(0, 50000)), key,
                   " exception=\"", esc(seq(exc_msg), "json"), "\" value=", jdump(payload))
        return [("kafka_dlq", segs)]
    # kcat-like dump line emitted by an ops job
    segs = seq("%% DLT %s.DLT [%d] at offset %d: key=" % (top, ri(0, 11), ri(0, 50000)), key, " headers=",
               jdump(headers, sp=True), " payload=", jdump(payload, sp=True))
    return [("kafka_dlq", segs)]


# ============================================================ Camel / HL7
def hl7_seg(name, fields):
    out = [t(name)]
    for i in range(1, max(fields) + 1):
        out.append(t("|"))
        out.extend(seq(fields.get(i, [])))
    return out


def msh(c, mtype, ctrl):
    return seq("MSH|^~\\&|%s|%s|CORVANE|CRL|%s||%s|%s|P|2.5.1|||AL|NE" % (
        ch(["EPIC", "CERNER", "ATHENA", "MEDITECH", "ECW"]), c["code"], ts_hl7(CLK.now), mtype, ctrl))


def pid(P, c, rich=True):
    f = {1: "1", 3: [p(P.mrn, "mrn"), "^^^CRL^MR~", p(P.cmrn, "mrn"), "^^^%s^MR" % c["code"]],
         5: [p(P.last.upper() if chance(0.5) else P.last, "name"), "^", p(P.first.upper() if chance(0.5) else P.first, "name")]
         + (["^", p(P.middle, "name")] if P.middle and chance(0.6) else []),
         7: p(fmt_date(P.dob, "hl7"), "date"), 8: P.sex}
    if rich:
        if chance(0.3):
            f[6] = [p(ch(LAST_SIMPLE), "name")]
        f[10] = ch(["2054-5^Black or African American^CDCREC", "2106-3^White^CDCREC", "2028-9^Asian^CDCREC", "2131-1^Other Race^CDCREC"])
        f[11] = [p(P.street, "address"), "^^", p(P.city, "address"), "^%s^" % P.state, p(P.zip, "zip"), "^USA^H"]
        tel = [p(fmt_phone(P.phone, ch(["parennospace", "paren", "dash"])), "phone"), "^PRN^PH"]
        if chance(0.4):
            tel += ["~^NET^Internet^", p(P.email, "email")]
        if chance(0.25):
            tel += ["~", p(fmt_phone(phone_digits(P.phone[:3]), "parennospace"), "fax"), "^ORN^FX"]
        f[13] = tel
        f[15] = ch(["eng^English^ISO6392", "spa^Spanish^ISO6392", "vie^Vietnamese^ISO6392", ""])
        if chance(0.6):
            f[18] = p(P.acct, "account")
        if chance(0.5):
            f[19] = p(P.ssn, "ssn")
        if chance(0.2):
            f[20] = [p(drivers_license(P.state), "license"), "^" + P.state]
    return hl7_seg("PID", f)


def pv1(c, d):
    return hl7_seg("PV1", {1: "1", 2: "O", 3: "%s^OUTPT^^^^^^" % c["code"], 7: "%s^%s^%s^^^^^^NPI" % (d.npi, ascii_fold(d.last).upper(), ascii_fold(d.first).upper()),
                           19: encounter_no()})


def in1(P):
    pay = ch(PAYERS)
    sub = P if chance(0.6) else relative(P)
    rel = "SEL" if sub is P else ch(["SPO", "PAR", "CHD"])
    f = {1: "1", 2: "%s01" % pay[1][:3].upper(), 3: pay[1], 4: pay[0].upper(),
         5: "PO BOX %d^^%s^%s^%s" % (ri(1000, 999999), ch(["EL PASO", "LEXINGTON", "ATLANTA", "SALT LAKE CITY"]), ch(["TX", "KY", "GA", "UT"]), digits(5)),
         8: "GRP%s" % digits(6), 16: [p(sub.last.upper(), "name"), "^", p(sub.first.upper(), "name")], 17: rel,
         18: p(fmt_date(sub.dob, "hl7"), "date"), 36: p(member_id(pay[0]), "health_plan")}
    return hl7_seg("IN1", f)


def nk1(P):
    r = relative(P)
    return hl7_seg("NK1", {1: "1", 2: [p(r.last, "name"), "^", p(r.first, "name")], 3: ch(["SPO^Spouse", "DAU^Daughter", "SON^Son", "MTH^Mother"]),
                           5: p(fmt_phone(r.cell, "parennospace"), "phone")})


def orc_obr(c, d, P, i=1):
    plc = order_no()
    acc = accession()
    col = dt.datetime(2024, 3, 14, ri(5, 9), ri(0, 59)) - dt.timedelta(days=ri(0, 2))
    k = ri(0, len(TESTS) - 1)
    orc = hl7_seg("ORC", {1: "NW", 2: plc, 3: acc, 5: "SC", 12: "%s^%s^%s^^^^^^NPI" % (d.npi, ascii_fold(d.last).upper(), ascii_fold(d.first).upper()),
                          21: c["name"]})
    colv = col.strftime("%Y%m%d%H%M") + ("00" if chance(0.5) else "")
    obr = hl7_seg("OBR", {1: str(i), 2: plc, 3: acc, 4: "%s^%s^CPT" % (TEST_CODES[k], TESTS[k]), 7: p(colv, "date") if P else colv,
                          16: "%s^%s^%s" % (d.npi, ascii_fold(d.last).upper(), ascii_fold(d.first).upper()), 25: ch(["", "F", "P"])})
    return orc, obr


OBX_TESTS = [("2345-7", "Glucose", "mg/dL", "70-99", 55, 320), ("2823-3", "Potassium", "mmol/L", "3.5-5.1", 2.9, 6.4),
             ("2160-0", "Creatinine", "mg/dL", "0.57-1.00", 0.4, 4.2), ("718-7", "Hemoglobin", "g/dL", "11.1-15.9", 7.0, 17.5),
             ("3016-3", "TSH", "uIU/mL", "0.450-4.500", 0.05, 12.0), ("6301-6", "INR", "", "0.9-1.2", 0.9, 4.8),
             ("4548-4", "Hemoglobin A1c", "%", "4.8-5.6", 4.6, 12.5), ("33914-3", "eGFR", "mL/min/1.73m2", ">59", 12, 118)]


def obx(i):
    code, nm, unit, rng, lo, hi = ch(OBX_TESTS)
    return hl7_seg("OBX", {1: str(i), 2: "NM", 3: "%s^%s^LN" % (code, nm), 5: "%.1f" % R.uniform(lo, hi), 6: unit, 7: rng,
                           8: ch(["N", "H", "L", ""]), 11: "F"})


def hl7_message(want_phi, c, kind):
    d = doc()
    ctrl = "MSG%s" % digits(9)
    if not want_phi:
        if kind == "ack":
            segs = [msh(c, "ACK^O01^ACK", ctrl), seq("MSA|AA|MSG%s|Message accepted" % digits(9))]
        else:
            # instrument QC result without patient
            segs = [seq("MSH|^~\\&|%s|CRL|CORVANE|CRL|%s||ORU^R01^ORU_R01|%s|P|2.5.1" % (ch(INSTRUMENTS)[0].upper(), ts_hl7(CLK.now), ctrl)),
                    seq("OBR|1||QC-%s|QC^Quality Control^L|||%s" % (alnum(8), ts_hl7(CLK.now))), obx(1), obx(2)]
        return segs, None
    P = Pt(old=chance(0.15))
    if kind == "orm":
        segs = [msh(c, "ORM^O01^ORM_O01", ctrl), pid(P, c)]
        if chance(0.3):
            segs.append(nk1(P))
        segs.append(pv1(c, d))
        if chance(0.6):
            segs.append(in1(P))
        o, b = orc_obr(c, d, P)
        segs += [o, b]
        if chance(0.4):
            segs.append(seq("DG1|1||%s^%s^I10" % ch([("E11.9", "Type 2 diabetes mellitus without complications"), ("I10", "Essential (primary) hypertension"), ("Z79.01", "Long term (current) use of anticoagulants"), ("N18.3", "Chronic kidney disease, stage 3")])))
    else:
        segs = [msh(c, "ORU^R01^ORU_R01", ctrl), pid(P, c, rich=chance(0.5))]
        o, b = orc_obr(c, d, P)
        segs += [o, b] + [obx(i) for i in range(1, ri(2, 5))]
        if chance(0.35):
            r = relative(P)
            segs.append(seq("NTE|1|L|Pt's %s " % ch(["daughter", "son", "husband", "caregiver"]), p(r.full("fl"), "name"), " requests call at ", p(fmt_phone(r.cell), "phone")))
        if P.age > 89 and chance(0.7):
            segs.append(seq("NTE|2|L|Patient age ", p(str(P.age), "age"), " years; eGFR reported without race coefficient"))
    return segs, P


def fam_camel(want_phi):
    c = client()
    svc = "hl7-bridge"
    route = ch(["hl7-orm-inbound", "hl7-oru-outbound", "mllp-sbmc-in", "hl7-oru-epic-out"])
    head = make_head(svc, style=ch([0, 1, 2]), thread="Camel (camel-1) thread #%d - mllp://0.0.0.0:%d" % (ri(1, 30), ch([2575, 2576, 6661])))
    if not want_phi and chance(0.45):
        s = ch(["Apache Camel 4.4.0 (camel-1) started in %dms (build:%dms init:0ms start:%dms)" % (ri(800, 3000), ri(100, 600), ri(300, 2000)),
                "Route: %s started and consuming from: mllp://0.0.0.0:%d" % (route, ch([2575, 2576])),
                "Failed delivery for (MessageId: %s-%016d on ExchangeId: %s-%016d). On delivery attempt: %d caught: java.net.ConnectException: Connection refused" % (hexs(15, True), ri(1, 9999), hexs(15, True), ri(1, 9999), ri(0, 3)),
                "Exchange[Id: %s-%016d, RouteGroup: null, RouteId: %s, ExchangePattern: InOnly, BodyType: byte[], Body: [Body is not logged]]" % (hexs(15, True), ri(1, 9999), route),
                "MLLP-Acknowledgement-Type=AA for MSG%s (%d bytes, %d ms)" % (digits(9), ri(200, 4000), ri(2, 300))])
        return [("camel_route", seq(head("org.apache.camel.%s" % ch(["impl.engine.AbstractCamelContext", "component.mllp.MllpTcpServerConsumer", "processor.errorhandler.DefaultErrorHandler", "Tracing"]) if chance(0.5) else route, ch(["INFO", "WARN"])), s))]
    kind = ch(["orm", "oru"]) if want_phi else ch(["ack", "qc"])
    segs, P = hl7_message(want_phi, c, kind)
    style = ri(0, 3)
    if style == 3:
        # Logback JSON: real CRs inside the message get JSON-escaped
        body = []
        for i, s in enumerate(segs):
            if i:
                body.append(t("\r"))
            body.extend(s)
        d = CLK.tick()
        o = Obj([("@timestamp", ts_iso_z(d)), ("level", "INFO"), ("logger_name", route), ("thread_name", "Camel (camel-1) thread #%d - mllp://0.0.0.0:2575" % ri(1, 30)),
                 ("message", Str(seq("Received %s from %s: " % ({"orm": "ORM^O01", "oru": "ORU^R01", "ack": "ACK", "qc": "ORU^R01 (QC)"}[kind], c["code"]), body))),
                 ("camel.exchangeId", "%s-%016d" % (hexs(15, True), ri(1, 9999))), ("camel.routeId", route), ("traceId", trace_id())])
        return [("camel_hl7_json", jdump(o))]
    sep = ch(["\\r", "<CR>", "\\r", "\\x0d"])
    body = []
    for i, s in enumerate(segs):
        if i:
            body.append(t(sep))
        body.extend(s)
    if style == 0:
        pre = "Exchange[Id: %s-%016d, RouteGroup: null, RouteId: %s, ExchangePattern: InOut, Headers: {CamelMllpLocalAddress=/%s:2575, CamelMllpMessageControlId=MSG%s, CamelMllpMessageType=%s, CamelMllpRemoteAddress=/%s:%d, CamelMllpSendingFacility=%s}, BodyType: String, Body: " % (
            hexs(15, True), ri(1, 9999), route, pod_ip(), digits(9), {"orm": "ORM^O01", "oru": "ORU^R01", "ack": "ACK^O01", "qc": "ORU^R01"}[kind], private_ip(), ri(30000, 65000), c["code"])
        segs = seq(head(route, "INFO"), pre, body, "]")
    elif style == 1:
        segs = seq(head("com.corvane.integration.hl7.route.%s" % ch(["OrmInboundRoute", "OruOutboundRoute"]), ch(["DEBUG", "INFO"])),
                   "Received HL7 %s from %s (%d bytes): " % (kind.upper(), c["code"], ri(300, 4000)), body)
    else:
        segs = seq(head("org.apache.camel.component.mllp.MllpTcpServerConsumer", "WARN" if want_phi else "DEBUG"),
                   ch(["Sending HL7 acknowledgment to 'NAK' for message: ", "Invalid HL7 message rejected by validator (PID-7 out of range): ", "Payload: "]), body)
    return [("camel_hl7", segs)]


def fam_fhir(want_phi):
    head = make_head("hl7-bridge", style=ch([0, 2]))
    route = "fhir-patient-sync"
    if not want_phi:
        s = ch(["FHIR CapabilityStatement fetched from https://fhir.%s/R4/metadata (fhirVersion 4.0.1) in %d ms" % (ch(["sbmc.org", "mercyheights.org", "lakeshoreonc.com"]), ri(80, 900)),
                "Bundle %s posted: 201 Created, %d entries, ETag W/\"%d\"" % (uuid4(), ri(1, 40), ri(1, 9)),
                "OperationOutcome: severity=warning code=informational diagnostics='Unknown extension http://hl7.org/fhir/us/core/StructureDefinition/us-core-race'"])
        return [("camel_fhir", seq(head(route, "INFO"), s))]
    P = Pt()
    res = pt_json(P, scheme="fhir", fields=R.sample(["name", "dob", "phone", "email", "addr", "ssn", "sex"], ri(3, 6)))
    res.insert(1, ("id", uuid4()[:18]))
    if chance(0.5):
        url = "https://fhir.%s/R4/Patient?identifier=urn:oid:2.16.840.1.113883.3.9142.1.1%%7C%s" % (ch(["sbmc.org", "mercyheights.org"]), P.mrn)
        return [("camel_fhir", seq(head(route, "DEBUG"), "GET ", p(url, "url"), " -> 200 (%d ms) body=" % ri(40, 900), jdump(res)))]
    return [("camel_fhir", seq(head(route, "DEBUG"), "PUT Patient/%s payload: " % uuid4()[:18], jdump(res, sp=chance(0.5))))]


# ============================================================ Keycloak
KC_REALMS = {"patients": "6b1f0c2e-8a51-4d6e-9d39-0f7c1a2b3c4d", "corvane-staff": "a3e2d1c0-4b5a-4f69-8e7d-6c5b4a392817", "master": "master"}


def kc_line(pairs, quoted):
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(t(", "))
        if quoted:
            out += [t('%s="' % k), v if isinstance(v, tuple) else t(str(v)), t('"')]
        else:
            out += [t("%s=" % k), v if isinstance(v, tuple) else t(str(v))]
    return out


def fam_keycloak(want_phi):
    d = CLK.tick()
    quoted = chance(0.6)
    th = "executor-thread-%d" % ri(1, 80)
    if want_phi:
        P = Pt()
        realm = "patients"
        v = ri(0, 3)
        ip = p(public_ip(), "ip") if chance(0.85) else p(public_ipv6(), "ip")
        if v == 0:
            lvl, typ = "WARN", "LOGIN_ERROR"
            pairs = [("type", typ), ("realmId", KC_REALMS[realm]), ("realmName", realm), ("clientId", "corvane-portal"), ("userId", "null"),
                     ("sessionId", "null"), ("ipAddress", ip), ("error", ch(["invalid_user_credentials", "user_not_found", "user_temporarily_disabled"])),
                     ("auth_method", "openid-connect"), ("auth_type", "code"), ("redirect_uri", "https://results.%s/portal/callback" % LAB["domain"]),
                     ("code_id", uuid4()), ("username", p(P.email, "email"))]
        elif v == 1:
            lvl, typ = "DEBUG", "REGISTER"
            pairs = [("type", typ), ("realmId", KC_REALMS[realm]), ("realmName", realm), ("clientId", "corvane-portal"), ("userId", uuid4()),
                     ("ipAddress", ip), ("auth_method", "openid-connect"), ("auth_type", "code"), ("register_method", "form"),
                     ("redirect_uri", "https://results.%s/portal/callback" % LAB["domain"]), ("code_id", uuid4()),
                     ("email", p(P.email, "email")), ("username", p(P.email, "email"))]
        elif v == 2:
            lvl, typ = "DEBUG", "UPDATE_EMAIL"
            newmail = make_email(P.first, P.last, P.dob)
            pairs = [("type", typ), ("realmId", KC_REALMS[realm]), ("realmName", realm), ("clientId", "account-console"), ("userId", uuid4()),
                     ("ipAddress", ip), ("previous_email", p(P.email, "email")), ("updated_email", p(newmail, "email"))]
        else:
            # admin event with representation
            rep = Obj([("username", p(P.email, "email")), ("enabled", True), ("emailVerified", False), ("firstName", p(P.first, "name")),
                       ("lastName", p(P.last, "name")), ("email", p(P.email, "email")),
                       ("attributes", Obj([("mrn", Arr([p(P.mrn, "mrn")])), ("birthdate", Arr([p(fmt_date(P.dob, "iso"), "date")]))]
                                          + ([("phone_number", Arr([p(fmt_phone(P.cell, "e164"), "phone")]))] if chance(0.5) else [])))])
            lvl = "DEBUG"
            pairs = [("operationType", "CREATE"), ("realmId", KC_REALMS[realm]), ("realmName", realm), ("clientId", "svc-keycloak-sync"),
                     ("userId", uuid4()), ("ipAddress", pod_ip()), ("resourceType", "USER"), ("resourcePath", "users/%s" % uuid4()),
                     ("representation", Raw(jdump(rep)))]
            segs = []
            for i, (k, val) in enumerate(pairs):
                if i:
                    segs.append(t(", "))
                segs += [t('%s="' % k if quoted else "%s=" % k)]
                segs += list(val) if isinstance(val, Raw) else [t(str(val))]
                if quoted:
                    segs.append(t('"'))
            msgsegs = segs
            return kc_emit(d, lvl, th, "org.keycloak.events", msgsegs, want_phi)
    else:
        r = R.random()
        if r < 0.5:
            realm = "corvane-staff"
            typ = ch(["LOGIN", "LOGOUT", "CODE_TO_TOKEN", "REFRESH_TOKEN", "LOGIN_ERROR"])
            lvl = "WARN" if typ == "LOGIN_ERROR" else "DEBUG"
            pairs = [("type", typ), ("realmId", KC_REALMS[realm]), ("realmName", realm), ("clientId", ch(["lis-web", "billing-console", "grafana"])),
                     ("userId", uuid4()), ("sessionId", uuid4()), ("ipAddress", private_ip()), ("auth_method", "openid-connect"),
                     ("username", ch(STAFF_USERS))]
            if typ == "LOGIN_ERROR":
                pairs.append(("error", "invalid_user_credentials"))
        elif r < 0.75:
            realm = "master"
            lvl = "DEBUG"
            pairs = [("type", "CLIENT_LOGIN"), ("realmId", "master"), ("realmName", "master"), ("clientId", ch(["svc-keycloak-sync", "admin-cli"])),
                     ("userId", uuid4()), ("ipAddress", pod_ip()), ("grant_type", "client_credentials"), ("client_auth_method", "client-secret")]
        else:
            msg = ch(["Keycloak 24.0.1 on JVM (powered by Quarkus 3.8.1) started in %.3fs. Listening on: http://0.0.0.0:8080. Management interface listening on http://0.0.0.0:9000." % R.uniform(8, 30),
                      "KC-SERVICES0047: passkey-authenticator (com.corvane.kc.PasskeyAuthenticatorFactory) is implementing the internal SPI authenticator. This SPI is internal and may change without notice",
                      "ISPN000094: Received new cluster view for channel ISPN: [keycloak-0-%d|%d] (2) [keycloak-0-%d, keycloak-1-%d]" % (ri(1000, 99999), ri(2, 40), ri(1000, 99999), ri(1000, 99999))])
            return kc_emit(d, "INFO", "main", ch(["io.quarkus", "org.keycloak.services", "org.infinispan.CLUSTER"]), seq(msg), False)
    return kc_emit(d, lvl, th, "org.keycloak.events", kc_line(pairs, quoted), want_phi)


def kc_emit(d, lvl, th, logger, msgsegs, want_phi):
    if chance(0.4):
        o = Obj([("timestamp", ts_iso_z(d)), ("sequence", ri(10000, 999999)), ("loggerClassName", "org.jboss.logging.Logger"),
                 ("loggerName", logger), ("level", lvl), ("message", Str(msgsegs)), ("threadName", th), ("threadId", ri(20, 400)),
                 ("mdc", Obj()), ("ndc", ""), ("hostName", "keycloak-%d" % ri(0, 1)), ("processName", "QuarkusEntryPoint"), ("processId", 1)])
        return [("keycloak_json", jdump(o))]
    return [("keycloak", seq("%s %-5s [%s] (%s) " % (ts_comma(d), lvl, logger, th), msgsegs))]


# ============================================================ Elasticsearch / OpenSearch
def es_patient_query(P):
    style = ri(0, 3)
    if style == 0:
        return Obj([("size", 20), ("query", Obj([("bool", Obj([("must", Arr([
            Obj([("match", Obj([("name.family", Obj([("query", p(P.last, "name")), ("operator", "AND")]))]))]),
            Obj([("term", Obj([("birthDate", Obj([("value", p(fmt_date(P.dob, "iso"), "date"))]))]))])]))]))]))])
    if style == 1:
        return Obj([("query", Obj([("bool", Obj([("filter", Arr([Obj([("term", Obj([("mrn.keyword", p(P.mrn, "mrn"))]))])]))]))])),
                    ("_source", Arr(["mrn", "name", "birthDate", "lastAccession"]))])
    if style == 2:
        q = Str([p(P.full("fl"), "name"), " ", p(fmt_date(P.dob, ch(["iso", "us"])), "date")])
        return Obj([("query", Obj([("multi_match", Obj([("query", q), ("fields", Arr(["name.full^3", "name.given", "name.family", "birthDate.text"])),
                                                        ("type", "cross_fields")]))])), ("size", 10)])
    return Obj([("query", Obj([("bool", Obj([("should", Arr([
        Obj([("term", Obj([("telecom.phone_normalized", p(P.phone, "phone"))]))]),
        Obj([("term", Obj([("telecom.email.keyword", p(P.email, "email"))]))])])), ("minimum_should_match", 1)]))])),
        ("track_total_hits", False)])


def es_noise_query():
    return ch([Obj([("query", Obj([("term", Obj([("accession.keyword", accession())]))])), ("size", 1)]),
               Obj([("size", 0), ("aggs", Obj([("by_status", Obj([("terms", Obj([("field", "status"), ("size", 10)]))]))])),
                    ("query", Obj([("range", Obj([("@timestamp", Obj([("gte", "now-15m")]))]))]))]),
               Obj([("query", Obj([("bool", Obj([("filter", Arr([Obj([("term", Obj([("instrument", ch(INSTRUMENTS)[0])]))]),
                                                                  Obj([("term", Obj([("qc.level", ri(1, 3))]))])]))]))])), ("sort", Arr([Obj([("ts", "desc")])]))])])


def fam_search(want_phi):
    d = CLK.tick()
    P = Pt() if want_phi else None
    q = es_patient_query(P) if want_phi else es_noise_query()
    idx = ch(["patients-v3", "patient-search-2024.03", "empi-candidates"]) if want_phi else ch(["results-2024.03.14", "instrument-events-2024.03", "orders-v5"])
    node = ch(["es-data-0", "es-data-1", "es-data-2", "os-data-0", "os-data-1"])
    style = ri(0, 4)
    took = ri(500, 9000)
    if style == 0:
        segs = seq("[%s][WARN ][index.search.slowlog.query] [%s] [%s][%d] took[%.1fs], took_millis[%d], total_hits[%d hits], types[], stats[], search_type[QUERY_THEN_FETCH], total_shards[%d], source[" % (
            ts_es(d), node, idx, ri(0, 5), took / 1000.0, took, ri(0, 30), ch([3, 6, 12])), jdump(q), "], id[%s], " % (ch(["", uuid4()])))
        return [("es_slowlog", segs)]
    if style == 1:
        o = Obj([("@timestamp", ts_iso_z(d)), ("log.level", "WARN"), ("elasticsearch.slowlog.id", "null"),
                 ("elasticsearch.slowlog.message", "[%s][%d]" % (idx, ri(0, 5))), ("elasticsearch.slowlog.search_type", "QUERY_THEN_FETCH"),
                 ("elasticsearch.slowlog.source", Str(jdump(q))), ("elasticsearch.slowlog.stats", "[]"),
                 ("elasticsearch.slowlog.took", "%.1fs" % (took / 1000.0)), ("elasticsearch.slowlog.took_millis", took),
                 ("elasticsearch.slowlog.total_hits", "%d hits" % ri(0, 30)), ("elasticsearch.slowlog.total_shards", 6),
                 ("ecs.version", "1.2.0"), ("service.name", "ES_ECS"), ("event.dataset", "elasticsearch.index_search_slowlog"),
                 ("process.thread.name", "elasticsearch[%s][search][T#%d]" % (node, ri(1, 12))), ("log.logger", "index.search.slowlog.query"),
                 ("elasticsearch.cluster.name", "lis-search"), ("elasticsearch.node.name", node)])
        return [("es_slowlog_json", jdump(o))]
    if style == 2:
        head = make_head("search-indexer", style=ch([1, 2]))
        host = ch(["http://opensearch-cluster-master.search.svc:9200", "https://es-http.search.svc:9200"])
        segs = seq(head("tracer", "TRACE"), "curl -iX POST '%s/%s/_search?typed_keys=true&pretty' -d '" % (host, idx), jdump(q), "'")
        out = [("es_tracer", segs)]
        if want_phi and chance(0.5):
            src = pt_json(P, scheme=ch(["camel", "fhir"]))
            resp = Obj([("took", ri(2, 900)), ("timed_out", False), ("hits", Obj([("total", Obj([("value", 1), ("relation", "eq")])),
                                                                                  ("hits", Arr([Obj([("_index", idx), ("_id", p(P.mrn, "mrn")), ("_score", 7.2), ("_source", src)])]))]))])
            out.append(("es_tracer", seq("# ", jdump(resp))))
        return out
    if style == 3:
        o = Obj([("audit_cluster_name", "lis-search"), ("audit_node_name", node), ("audit_category", "GRANTED_PRIVILEGES" if chance(0.6) else "AUTHENTICATED"),
                 ("audit_request_origin", "REST"), ("audit_request_layer", "REST"), ("audit_rest_request_method", "POST"),
                 ("audit_rest_request_path", "/%s/_search" % idx), ("audit_request_body", Str(jdump(q))),
                 ("audit_request_effective_user", ch(["svc-search-indexer", "svc-portal-api", "kibanaserver"])),
                 ("audit_request_remote_address", pod_ip()), ("audit_format_version", 4), ("@timestamp", ts_iso_off(d)),
                 ("audit_utc_timestamp", ts_iso_off(d)), ("audit_node_id", alnum(22, string.ascii_letters + string.digits))])
        return [("opensearch_audit", jdump(o))]
    head = make_head("search-indexer", style=ch([0, 1]))
    segs = seq(head("org.springframework.data.elasticsearch.core.%s" % ch(["ElasticsearchTemplate", "ReactiveElasticsearchTemplate"]), "DEBUG"),
               "Sending request POST /%s/_search with parameters: typed_keys=true&search_type=query_then_fetch&batched_reduce_size=512 Request body: " % idx, jdump(q))
    return [("spring_data_es", segs)]


# ============================================================ Quartz
def fam_quartz(want_phi):
    head = make_head(ch(["critical-callback", "notify-svc", "billing-svc"]), style=ch([0, 1, 2]), thread="QuartzScheduler_Worker-%d" % ri(1, 10))
    if not want_phi:
        s = ch([("org.quartz.core.QuartzScheduler", "INFO", "Scheduler lab-scheduler_$_%s started." % ch(["NON_CLUSTERED", "lab-scheduler-%s" % digits(13)])),
                ("org.quartz.impl.jdbcjobstore.JobStoreTX", "INFO", "Handling %d trigger(s) that missed their scheduled fire-time." % ri(1, 6)),
                ("org.quartz.core.QuartzSchedulerThread", "DEBUG", "batch acquisition of %d triggers" % ri(0, 3)),
                ("org.quartz.plugins.history.LoggingTriggerHistoryPlugin", "INFO", "Trigger NIGHTLY.%s-trigger fired job NIGHTLY.%s at: %s 03/14/2024" % ((ch(["tatReport", "statementExport", "purgeTemp"]),) * 2 + (CLK.now.strftime("%H:%M:%S"),))),
                ("org.quartz.core.JobRunShell", "INFO", "Job CALLBACKS.critical-CC-%s threw a JobExecutionException: refire=false, reason=callback already closed" % digits(6)),
                ("org.quartz.impl.jdbcjobstore.JobStoreTX", "INFO", "ClusterManager: detected 1 failed or restarted instances."),
                ("org.quartz.core.JobRunShell", "DEBUG", "Calling execute on job REMINDERS.psc-appt-%s" % digits(5))])
        return [("quartz", seq(head(s[0], s[1]), s[2]))]
    P = Pt(old=chance(0.3))
    v = ri(0, 2)
    if v == 0:
        return [("quartz", seq(head("org.quartz.core.JobRunShell", "ERROR"), "Job CALLBACKS.critical-CC-%s threw an unhandled Exception: java.lang.IllegalStateException: No answer at " % digits(6),
                               p(fmt_phone(P.phone), "phone"), " for ", P.name(ch(["fl", "LF"])), " (mrn ", p(P.mrn, "mrn"), ") after 3 attempts"))]
    if v == 1:
        c = client()
        appt = REF + dt.timedelta(days=ri(1, 10))
        pairs = [("patientName", P.name("fl")), ("mobile", p(fmt_phone(P.cell, "e164"), "phone")), ("apptDate", p(fmt_date(appt, "iso"), "date")),
                 ("apptTime", "%02d:%02d" % (ri(7, 16), ch([0, 15, 30, 45]))), ("pscAddress", "%s, %s, %s %s" % (c["addr"], c["city"], c["state"], c["zip"])),
                 ("locale", ch(["en", "es"]))]
        return [("quartz", seq(head("com.corvane.notify.jobs.AppointmentReminderJob", "DEBUG"), "Executing job REMINDERS.psc-appt-%s with JobDataMap{" % digits(5), kv_inline(pairs), "}"))]
    return [("quartz", seq(head("org.quartz.core.ErrorLogger", "ERROR"), "Job STATEMENTS.guarantor-", p(P.acct, "account"), " threw an exception: mail merge failed; guarantor=", P.name("lf"), ", mailTo=", p(P.street, "address"), ", ", p(P.city, "address"), " ", P.state, " ", p(P.zip, "zip")))]


# ============================================================ Kotlin coroutine exceptions
def kt_patient(P):
    segs = seq("Patient(id=%d, mrn=" % ri(10000, 9999999), p(P.mrn, "mrn"), ", firstName=", p(P.first, "name"), ", lastName=", p(P.last, "name"),
               ", birthDate=", p(fmt_date(P.dob, "iso"), "date"))
    if chance(0.5):
        segs += seq(", ssn=", p(P.ssn, "ssn") if chance(0.5) else "null")
    segs += seq(", phone=", p(fmt_phone(P.phone, "e164"), "phone"))
    if chance(0.6):
        segs += seq(", address=Address(line1=", p(P.street, "address"), ", line2=null, city=", p(P.city, "address"), ", state=%s, postalCode=" % P.state, p(P.zip, "zip"), ")")
    if P.age > 89 or chance(0.3):
        segs += seq(", ageYears=", age_seg(P))
    return segs + seq(")")


def fam_kotlin(want_phi):
    svc = ch(["eligibility-svc", "billing-svc", "rpm-ingest", "result-router", "patient-index", "notify-svc"])
    th = "DefaultDispatcher-worker-%d" % ri(1, 64)
    first_style = ri(0, 1)
    if want_phi:
        P = Pt(old=chance(0.3))
        v = ri(0, 3)
        if v == 0:
            exc = seq("java.lang.IllegalArgumentException: Failed requirement: phone must be E.164 for ", kt_patient(P))
        elif v == 1:
            exc = seq("com.corvane.rcm.eligibility.SubscriberMismatchException: Subscriber mismatch for memberId=", p(P.member, "health_plan"),
                      " (expected dob ", p(fmt_date(P.dob, "iso"), "date"), ", payer returned ", p(fmt_date(P.dob + dt.timedelta(days=ri(1, 40)), "iso"), "date"), ")")
        elif v == 2:
            bad = fmt_date(P.dob, "us")
            exc = seq("com.fasterxml.jackson.databind.exc.InvalidFormatException: Cannot deserialize value of type `java.time.LocalDate` from String \"", p(bad, "date"),
                      "\": Failed to deserialize java.time.LocalDate: (java.time.format.DateTimeParseException) Text '", p(bad, "date"),
                      "' could not be parsed at index 0")
        else:
            exc = seq("kotlinx.serialization.json.internal.JsonDecodingException: Unexpected JSON token at offset %d: Expected quotation mark '\"', but had '1' instead at path: $.patient.birthDate JSON input: ....{\"mrn\":\"" % ri(80, 400),
                      p(P.mrn, "mrn"), "\",\"birthDate\":", p(fmt_date(P.dob, "hl7"), "date"), ",\"sex\":\"%s\"}" % P.sex)
    else:
        exc = seq(ch(["kotlinx.coroutines.TimeoutCancellationException: Timed out waiting for %d ms" % ch([5000, 15000, 30000]),
                      "kotlinx.coroutines.JobCancellationException: Parent job is Cancelling; job=SupervisorJobImpl{Cancelling}@%s" % hexs(8),
                      "io.ktor.client.network.sockets.ConnectTimeoutException: Connect timeout has expired [url=https://api.availity.com/availity/v1/coverages, connect_timeout=10000 ms]",
                      "java.lang.IllegalStateException: Flow exception transparency is violated: Previous 'emit' call has thrown exception java.util.concurrent.CancellationException",
                      "org.springframework.web.reactive.function.client.WebClientResponseException$ServiceUnavailable: 503 Service Unavailable from POST https://api.twilio.com/2010-04-01/Accounts/AC%s/Messages.json" % hexs(32)]))
    out = []
    if first_style == 0:
        out.append(("kotlin_exception", seq('Exception in thread "%s" ' % th, exc)))
    else:
        head = make_head(svc, style=ch([0, 1, 2]), thread=th)
        out.append(("spring_console", seq(head("%s.coroutines.%s" % (SERVICES[svc], ch(["SupervisorExceptionHandler", "JobScope"])), "ERROR"),
                                          "Unhandled exception in coroutine '%s#%d'" % (ch(["eligibility-batch", "result-fanout", "statement-writer", "device-sync"]), ri(100, 99999)))))
        out.append(("kotlin_exception", exc))
    out += [("jvm_stacktrace", x) for x in stack_lines(svc, kotlin=True)]
    if want_phi and v == 2 and chance(0.7):
        out.insert(2 if first_style else 1, ("kotlin_exception", seq(" at [Source: (org.springframework.util.StreamUtils$NonClosingInputStream); line: 1, column: %d] (through reference chain: com.corvane.lis.orders.dto.OrderRequest[\"patient\"]->com.corvane.lis.orders.dto.PatientDto[\"birthDate\"])" % ri(40, 600))))
    return out


# ============================================================ instrument interface (ASTM E1394 / LIS2-A2)
def astm_cks(body):
    return "%02X" % (sum(body.encode("utf-8")) % 256)


def fam_astm(want_phi):
    ins = ch(INSTRUMENTS)
    d = CLK.tick()
    nstyle = ri(0, 2)
    STX, ETX, CR, LF, ETB = [("[STX]", "[ETX]", "[CR]", "[LF]", "[ETB]"), ("<STX>", "<ETX>", "<CR>", "<LF>", "<ETB>"),
                             ("\\x02", "\\x03", "\\r", "\\n", "\\x17")][nstyle]
    pre_style = ri(0, 1)

    def prefix(direction):
        dd = CLK.small()
        if pre_style == 0:
            return "%s DEBUG [astm-%s] c.c.l.i.astm.AstmLinkHandler - %s " % (ts_space(dd), ins[0], direction)
        return "%s|%s|%s|%s| " % (ts_iso_z(dd), ins[0], "RX" if direction == "<-" else "TX", ins[2])

    def frame(fn, rec_segs, direction="<-"):
        body = plain(rec_segs)
        cks = astm_cks(str(fn) + body + "\r\x03")
        return seq(prefix(direction), STX, str(fn), rec_segs, CR, ETX, cks, CR, LF)

    acc = accession()
    if not want_phi:
        v = ri(0, 5)
        if v == 0:
            return [("astm_instrument", seq(prefix(ch(["<-", "->"])), ch(["[ENQ]", "[ACK]", "[EOT]", "[NAK]"]) if nstyle == 0 else ch(["<ENQ>", "<ACK>", "<EOT>"]) if nstyle == 1 else ch(["\\x05", "\\x06", "\\x04"])))]
        if v == 1:
            return [("astm_instrument", frame(1, seq("H|\\^&|||%s^%d.%02d.%d^%s|||||host|RSUPL^BATCH|P|1|%s" % (ins[1].replace(" ", "-"), ri(1, 9), ri(0, 99), ri(0, 9), ins[2], ts_hl7(d)))))]
        if v == 2:
            return [("astm_instrument", frame(2, seq("Q|1|^%s^%05d^%d^^SAMPLE^NORMAL||ALL||||||||O" % (acc, ri(10000, 99999), ri(1, 5)))))]
        if v == 3:
            return [("astm_instrument", frame(ri(3, 7), seq("R|%d|^^^%d^^0|%.2f|%s|%s|%s||F||%s|%s|%s" % (
                ri(1, 9), ri(8000, 9999), R.uniform(0.1, 300), ch(["mg/dL", "mmol/L", "U/L", "g/dL"]), ch(["70^99", "3.5^5.1", "^"]),
                ch(["N", "H", "L", ""]), ch(["", "ADMIN", "cls.nguyen"]), ts_hl7(d), ts_hl7(d)))))]
        if v == 4:
            return [("astm_instrument", seq(prefix("--"), "Checksum mismatch frame %d: expected %s got %s, sending NAK (retry %d/6)" % (ri(1, 7), hexs(2, True), hexs(2, True), ri(1, 5))))]
        return [("astm_instrument", frame(3, seq("O|1|%s^%02d^%05d^%d||^^^%d^^0\\^^^%d^^0|R||||||N||||1||||||||||F" % (acc, ri(1, 9), ri(10000, 99999), ri(1, 5), ri(8000, 9999), ri(8000, 9999)))))]
    P = Pt(old=chance(0.2))
    name = [p(P.last.upper(), "name"), "^", p(P.first.upper(), "name")] + (["^", p(P.middle.upper(), "name")] if P.middle and chance(0.5) else [])
    f = {1: "1", 2: p(P.mrn, "mrn"), 3: p(P.cmrn, "mrn") if chance(0.4) else "", 5: name, 7: p(fmt_date(P.dob, "hl7"), "date"), 8: P.sex}
    if chance(0.25):
        f[12] = p(fmt_phone(P.phone, "plain"), "phone")
    if chance(0.3):
        dd = doc()
        f[13] = "%s^%s" % (dd.npi, ascii_fold(dd.last).upper())
    prec = hl7_seg("P", f)
    out = [("astm_instrument", frame(2, prec))]
    if chance(0.5):
        col = dt.datetime(2024, 3, 14, ri(5, 9), ri(0, 59))
        orec = hl7_seg("O", {1: "1", 2: "%s^%02d^%05d^%d" % (acc, ri(1, 9), ri(10000, 99999), ri(1, 5)), 4: "^^^%d^^0" % ri(8000, 9999), 5: "R",
                             7: p(col.strftime("%Y%m%d%H%M%S"), "date"), 11: "N", 25: "F"})
        out.append(("astm_instrument", frame(3, orec)))
    if chance(0.3):
        out.append(("astm_instrument", seq(prefix("--"), "Host query response built for sample %s: patient " % acc, P.name("LF"), " (", p(P.mrn, "mrn"), "), %d tests" % ri(1, 8))))
    return out


# ============================================================ ingress-nginx access log
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
       "CorvaneResults/4.2.1 (com.corvane.results; build:4412; iOS 17.3.1) Alamofire/5.8.1", "okhttp/4.12.0"]


def fam_ingress(want_phi):
    d = CLK.tick()
    rid = hexs(32)
    up = ch(["lis-prod-portal-api-8080", "lis-prod-order-gateway-8080", "lis-prod-result-router-8080"])
    if want_phi:
        P = Pt()
        ip = p(public_ip(), "ip")
        v = ri(0, 3)
        if v == 0:
            path = seq("/portal/api/v2/patients/", p(P.mrn, "mrn"), "/reports/%s.pdf" % accession())
        elif v == 1:
            path = seq("/portal/api/v2/lookup?lastName=", esc([p(P.last, "name")], "form"), "&dob=", p(fmt_date(P.dob, "iso"), "date"), "&zip=", p(P.zip, "zip"))
        elif v == 2:
            path = seq("/portal/api/v2/me/results?page=%d&size=20" % ri(0, 3))
        else:
            path = seq("/portal/api/v2/guest/verify?phone=", esc([p(fmt_phone(P.cell, ch(["e164", "paren"])), "phone")], "url"), "&dob=", esc([p(fmt_date(P.dob, "us"), "date")], "url"))
        ua = ch(UAS[:4])
        method = "GET"
        status = ch([200, 200, 200, 404, 401, 302])
        segs = seq(ip, ' - - [%s] "%s ' % (ts_clf(d), method), path, ' HTTP/%s" %d %d "%s" "%s" %d %.3f [%s] [] %s:8080 %d %.3f %d %s' % (
            ch(["1.1", "2.0"]), status, ri(200, 90000), ch(["https://results.%s/portal/" % LAB["domain"], "-"]), ua, ri(300, 1400),
            R.uniform(0.005, 2.5), up, pod_ip(), ri(200, 90000), R.uniform(0.005, 2.5), status, rid))
        return [("nginx_ingress", segs)]
    ip = ch([pod_ip(), private_ip(), "10.20.%d.%d" % (ri(0, 40), ri(2, 250))])
    path, ua, method = ch([("/actuator/health/readiness", "kube-probe/1.28", "GET"), ("/actuator/prometheus", "Prometheus/2.49.1", "GET"),
                           ("/api/v2/orders", "Rhapsody/7.2 (HTTP Communication Point)", "POST"), ("/api/v2/results/ack", "Cloverleaf/6.2", "POST"),
                           ("/portal/static/js/app.%s.js" % hexs(8), ch(UAS[:3]), "GET"), ("/api/v2/accessions/%s/status" % accession(), "okhttp/4.12.0", "GET")])
    status = ch([200, 200, 200, 201, 204, 503])
    segs = seq('%s - - [%s] "%s %s HTTP/1.1" %d %d "-" "%s" %d %.3f [%s] [] %s:8080 %d %.3f %d %s' % (
        ip, ts_clf(d), method, path, status, ri(0, 30000), ua, ri(100, 4000), R.uniform(0.001, 1.5), up, pod_ip(), ri(0, 30000), R.uniform(0.001, 1.5), status, rid))
    return [("nginx_ingress", segs)]


# ============================================================ JVM / platform noise
def fam_jvm(want_phi):
    assert not want_phi
    d = CLK.tick()
    v = ri(0, 8)
    if v == 0:
        a = ri(600, 1900)
        return [("jvm_gc", seq("[%s+0000][info][gc] GC(%d) Pause Young (Normal) (G1 Evacuation Pause) %dM->%dM(%dM) %.3fms" % (
            d.strftime("%Y-%m-%dT%H:%M:%S.") + _ms(d), ri(100, 9999), a, a // ri(2, 5), 2048, R.uniform(2, 60))))]
    if v == 1:
        svc = ch(list(SERVICES))
        o = Obj([("kind", "Event"), ("apiVersion", "v1"), ("metadata", Obj([("name", "%s.%s" % (ch(PODS[svc]), hexs(16))), ("namespace", "lis-prod")])),
                 ("reason", ch(["Unhealthy", "BackOff", "Pulled", "Killing"])),
                 ("message", ch(['Readiness probe failed: Get "http://%s:8081/actuator/health/readiness": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % pod_ip(),
                                 "Back-off restarting failed container %s in pod %s" % (svc, ch(PODS[svc])),
                                 'Successfully pulled image "registry.%s/lis/%s:2.%d.%d" in 3.412s' % (LAB["domain"], svc, ri(0, 30), ri(0, 9)),
                                 "Stopping container %s" % svc])),
                 ("involvedObject", Obj([("kind", "Pod"), ("namespace", "lis-prod"), ("name", ch(PODS[svc]))])),
                 ("firstTimestamp", ts_iso_z(d)[:19] + "Z"), ("count", ri(1, 40)), ("type", ch(["Warning", "Normal"]))])
        return [("k8s_event", jdump(o))]
    if v == 2:
        return [("flyway", seq("%s  INFO 1 --- [main] o.f.core.internal.command.DbMigrate      : Successfully applied %d migrations to schema \"%s\", now at version v2024.03.%d.%d (execution time 00:0%d.%03ds)" % (
            ts_iso_z(d), ri(1, 4), ch(["lis", "rcm", "empi"]), ri(1, 14), ri(1, 3), ri(0, 9), ri(0, 999))))]
    if v == 3:
        return [("otel_agent", seq("[otel.javaagent %s:%s +0000] [main] INFO io.opentelemetry.javaagent.tooling.VersionLogger - opentelemetry-javaagent - version: 2.%d.0" % (
            d.strftime("%Y-%m-%d %H:%M:%S"), _ms(d), ri(0, 2))))]
    if v == 4:
        return [("jvm_stderr", seq(ch(["Picked up JAVA_TOOL_OPTIONS: -XX:MaxRAMPercentage=75.0 -XX:+ExitOnOutOfMemoryError -javaagent:/otel/opentelemetry-javaagent.jar",
                                       "OpenJDK 64-Bit Server VM warning: Sharing is only supported for boot loader classes because bootstrap classpath has been appended",
                                       "WARNING: A terminally deprecated method in java.lang.System has been called"])))]
    if v == 5:
        return [("jvm_gc", seq("[%s+0000][warning][gc,alloc] %s: Retrying allocation of %d bytes after GC" % (d.strftime("%Y-%m-%dT%H:%M:%S.") + _ms(d), ch(THREADS_HTTP), ri(1000, 999999))))]
    if v == 6:
        svc = ch(list(SERVICES))
        return [("spring_console", seq("%s  INFO 1 --- [%s] [           main] o.s.b.a.e.web.EndpointLinksResolver      : Exposing %d endpoint(s) beneath base path '/actuator'" % (ts_iso_z(d), svc, ri(3, 6))))]
    if v == 7:
        return [("envoy_access", seq('[%s] "%s %s HTTP/1.1" %d - via_upstream - "-" 0 %d %d %d "-" "%s" "%s" "%s:8080" "outbound|8080||%s.lis-prod.svc.cluster.local"' % (
            ts_iso_z(d), ch(["GET", "POST"]), ch(["/internal/v1/catalog", "/api/v2/accessions/%s" % accession()]), ch([200, 200, 503]), ri(10, 9000), ri(1, 400), ri(1, 400),
            "okhttp/4.12.0", uuid4(), pod_ip(), ch(list(SERVICES)))))]
    return [("spring_console", seq("%s  WARN 1 --- [%s] [%s] o.s.c.k.f.reload.ConfigReloadUtil       : ConfigMap %s changed, refreshing context (resourceVersion=%d)" % (
        ts_iso_z(d), ch(list(SERVICES)), _thread15("kubernetes-config-watcher-1"), ch(["lis-features", "reference-ranges", "routing-rules"]), ri(100000, 9999999))))]


# ============================================================ X12 EDI via Feign logging
def isa(sender="CORVANE", receiver="AVAILITY"):
    ctl = "%09d" % ri(1, 999999999)
    return "ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*240314*%s*^*00501*%s*0*P*:~" % (sender, receiver, CLK.now.strftime("%H%M"), ctl), ctl


def fam_x12(want_phi):
    svc = ch(["eligibility-svc", "billing-svc"])
    head = make_head(svc, style=ch([0, 1, 2]))
    v = ri(0, 2)
    cli = {0: "[AvailityClient#inquire] ", 1: "[AvailityClient#inquire] ", 2: "[ChangeHealthcareClient#submitClaim] "}[v]
    lg = SERVICES[svc] + ".client." + cli.strip("[] ").split("#")[0]
    if not want_phi:
        url = "https://api.availity.com/availity/v1/coverages" if v < 2 else "https://apigw.changehealthcare.com/medicalnetwork/professionalclaims/v3/raw-x12-submission"
        s = ch(["---> POST %s HTTP/1.1" % url, "Content-Type: application/EDI-X12", "---> END HTTP (%d-byte body)" % ri(300, 4000),
                "<--- HTTP/1.1 200 OK (%dms)" % ri(150, 6000), "<--- END HTTP (%d-byte body)" % ri(300, 9000)])
        if v == 2 and chance(0.5):
            i, ctl = isa("CHC", "CORVANE")
            s = i + "GS*FA*CHC*CORVANE*20240314*%s*%d*X*005010X231A1~ST*999*0001*005010X231A1~AK1*HC*%d*005010X222A1~AK2*837*%04d*005010X222A1~IK5*A~AK9*A*1*1*1~SE*6*0001~GE*1*%d~IEA*1*%s~" % (
                CLK.now.strftime("%H%M"), ri(1, 9999), ri(1, 9999), ri(1, 9999), ri(1, 9999), ctl)
        return [("x12_feign", seq(head(lg, "DEBUG"), cli, s))]
    P = Pt()
    pay = ch(PAYERS)
    mid = member_id(pay[0])
    i, ctl = isa()
    dos = REF - dt.timedelta(days=ri(0, 20))
    hdr = i + "GS*HS*CORVANE*AVAILITY*20240314*%s*%d*X*005010X279A1~" % (CLK.now.strftime("%H%M"), ri(1, 9999))
    nm1 = ["NM1*IL*1*", p(ascii_fold(P.last).upper(), "name"), "*", p(ascii_fold(P.first).upper(), "name")]
    if P.middle and chance(0.5):
        nm1 += ["*", p(ascii_fold(P.middle).upper().rstrip("."), "name")]
    else:
        nm1 += ["*"]
    if v == 0:
        body = seq(hdr, "ST*270*0001*005010X279A1~BHT*0022*13*%s*20240314*%s~HL*1**20*1~NM1*PR*2*%s*****PI*%s~HL*2*1*21*1~NM1*1P*2*CORVANE REFERENCE LABORATORIES*****XX*%s~HL*3*2*22*0~TRN*1*%s*9%s~" % (
            hexs(10, True), CLK.now.strftime("%H%M"), ascii_fold(pay[0]).upper(), pay[1], npi(), digits(10), digits(9)),
            nm1, "***MI*", p(mid, "health_plan"), "~DMG*D8*", p(fmt_date(P.dob, "hl7"), "date"), "*%s~DTP*291*D8*" % P.sex, p(fmt_date(dos, "hl7"), "date"),
            "~EQ*30~SE*13*0001~GE*1*%d~IEA*1*%s~" % (ri(1, 9999), ctl))
    elif v == 1:
        i2, ctl2 = isa("AVAILITY", "CORVANE")
        hdr2 = i2 + "GS*HB*AVAILITY*CORVANE*20240314*%s*%d*X*005010X279A1~" % (CLK.now.strftime("%H%M"), ri(1, 9999))
        body = seq(hdr2, "ST*271*0001*005010X279A1~BHT*0022*11*%s*20240314*%s~HL*1**20*1~NM1*PR*2*%s*****PI*%s~HL*2*1*21*1~NM1*1P*2*CORVANE REFERENCE LABORATORIES*****XX*%s~HL*3*2*22*0~" % (
            hexs(10, True), CLK.now.strftime("%H%M"), ascii_fold(pay[0]).upper(), pay[1], npi()),
            nm1, "***MI*", p(mid, "health_plan"), "~N3*", p(ascii_fold(P.street).upper(), "address"), "~N4*", p(ascii_fold(P.city).upper(), "address"),
            "*%s*" % P.state, p(P.zip + (digits(4) if chance(0.5) else ""), "zip"), "~DMG*D8*", p(fmt_date(P.dob, "hl7"), "date"),
            "*%s~INS*Y*18*001*25~EB*1*IND*30**%s~EB*C*IND*30***23*%d.00~SE*16*0001~GE*1*%d~IEA*1*%s~" % (P.sex, ch(["PPO", "HMO", "POS"]), ri(0, 6000), ri(1, 9999), ctl2))
    else:
        amt = "%d.%02d" % (ri(20, 900), ri(0, 99))
        body = seq(isa("CORVANE", "CHC")[0], "GS*HC*CORVANE*CHC*20240314*%s*%d*X*005010X222A1~ST*837*%04d*005010X222A1~BHT*0019*00*%s*20240314*%s*CH~" % (
            CLK.now.strftime("%H%M"), ri(1, 9999), ri(1, 9999), digits(9), CLK.now.strftime("%H%M")),
            "HL*3*2*22*0~SBR*P*18*GRP%s******CI~" % digits(6), nm1, "***MI*", p(mid, "health_plan"), "~N3*", p(ascii_fold(P.street).upper(), "address"),
            "~N4*", p(ascii_fold(P.city).upper(), "address"), "*%s*" % P.state, p(P.zip, "zip"), "~DMG*D8*", p(fmt_date(P.dob, "hl7"), "date"), "*%s~" % P.sex,
            "CLM*", p(P.acct, "account"), "*%s***81:B:1*Y*A*Y*Y~DTP*472*D8*" % amt, p(fmt_date(dos, "hl7"), "date"),
            "~HI*ABK:%s~LX*1~SV1*HC:%s*%s*UN*1***1~SE*%d*0001~" % (ch(["E119", "I10", "Z7901", "N183"]), ch(TEST_CODES), amt, ri(20, 40)))
    return [("x12_feign", seq(head(lg, "DEBUG"), cli, body))]


# ============================================================ CEF audit trail
def cef_esc(s):
    return s.replace("\\", "\\\\").replace("=", "\\=")


def fam_cef(want_phi):
    d = CLK.tick()
    pre = ch(["", "<134>1 %s lis-audit-%d lis-audit - - - " % (ts_iso_z(d), ri(0, 2)), "%s %s lis-audit: " % ("Mar %2d %s" % (d.day, d.strftime("%H:%M:%S")), "lis-audit-0")])
    rt = "%s %d %d %s UTC" % (MONTHS[d.month - 1], d.day, d.year, d.strftime("%H:%M:%S.") + _ms(d))
    if want_phi:
        P = Pt()
        sig, nm = ch([("PHI_VIEW", "Result viewed"), ("PHI_PRINT", "Report printed"), ("PHI_EXPORT", "Chart export"), ("DEMOG_EDIT", "Demographics edited")])
        ext = seq("rt=%s suser=%s src=%s dvchost=lis-web-%d cs1Label=patientMrn cs1=" % (rt, ch(STAFF_USERS), private_ip(), ri(1, 4)), p(P.mrn, "mrn"),
                  " cs2Label=accession cs2=%s cs3Label=patientName cs3=" % accession(), P.name(ch(["lf", "LF", "fl"])))
        if chance(0.5):
            ext += seq(" cs4Label=dob cs4=", p(fmt_date(P.dob, ch(["iso", "us"])), "date"))
        if sig == "DEMOG_EDIT":
            ext += seq(" cs5Label=newPhone cs5=", p(fmt_phone(P.phone), "phone"))
        ext += seq(" act=%s outcome=success" % sig.split("_")[1].lower())
    else:
        sig, nm = ch([("LOGIN", "User login"), ("LOGOUT", "User logout"), ("CONFIG_CHANGE", "Autoverification rule changed"), ("REPORT_REPRINT", "Report reprinted")])
        ext = seq("rt=%s suser=%s src=%s dvchost=lis-web-%d" % (rt, ch(STAFF_USERS), private_ip(), ri(1, 4)))
        if sig == "CONFIG_CHANGE":
            ext += seq(" cs1Label=rule cs1=AV-%04d cs2Label=change cs2=delta limit 20%% -\\> 25%%" % ri(1, 400))
        elif sig == "REPORT_REPRINT":
            ext += seq(" cs2Label=accession cs2=%s cs6Label=client cs6=%s" % (accession(), ch(CLIENTS)[0]))
        ext += seq(" outcome=success")
    return [("cef_audit", seq(pre, "CEF:0|Corvane|LIS Audit|4.12.%d|%s|%s|%d|" % (ri(0, 4), sig, nm, ri(2, 6)), ext))]


# ============================================================ Spring Batch
def fam_batch(want_phi):
    head = make_head("billing-svc", style=ch([0, 1, 2]), thread=ch(["main", "batch-exec-%d" % ri(1, 8)]))
    job = ch(["patientStatementJob", "demographicsImportJob", "remitPostingJob"])
    if not want_phi:
        s = ch(["Job: [SimpleJob: [name=%s]] launched with the following parameters: [{'run.id':'{value=%d, type=class java.lang.Long, identifying=true}','statementDate':'{value=2024-03-01, type=class java.time.LocalDate, identifying=true}'}]" % (job, ri(1, 400)),
                "Executing step: [%s]" % ch(["readStep", "exportStep", "postingStep"]),
                "Step: [exportStep] executed in %dm%ds%dms" % (ri(0, 9), ri(0, 59), ri(0, 999)),
                "Job: [SimpleJob: [name=%s]] completed with the following parameters: [{'run.id':'{value=%d, type=class java.lang.Long, identifying=true}'}] and the following status: [%s] in %dm%ds" % (job, ri(1, 400), ch(["COMPLETED", "FAILED"]), ri(0, 30), ri(0, 59))])
        return [("spring_batch", seq(head("org.springframework.batch.core.%s" % ch(["launch.support.SimpleJobLauncher", "job.SimpleStepHandler", "step.AbstractStep"]), "INFO"), s))]
    P = Pt()
    if chance(0.5):
        g = relative(P) if chance(0.4) else P
        lsd = REF - dt.timedelta(days=ri(3, 60))
        segs = seq("Skipping item PatientStatement(account=", p(P.acct, "account"), ", guarantor=Guarantor(name=", g.name(ch(["fl", "LF"])), ", line1=", p(g.street, "address"),
                   ", city=", p(g.city, "address"), ", state=%s, zip=" % g.state, p(g.zip, "zip"), "), balanceDue=%d.%02d, lastServiceDate=" % (ri(5, 900), ri(0, 99)),
                   p(fmt_date(lsd, "iso"), "date"), ") due to %s" % ch(["FlatFileFormatException: line too long", "ValidationException: missing NCOA match", "PrinterVendorRejectedException"]))
        return [("spring_batch", seq(head("com.corvane.rcm.billing.batch.StatementSkipListener", "WARN"), segs))]
    cols = [p(P.cmrn, "mrn"), "|", p(P.last.upper(), "name"), "|", p(P.first.upper(), "name"), "|", p(fmt_date(P.dob, "mdy8" if chance(0.5) else "us"), "date"), "|",
            p(P.street, "address"), "|", p(P.city, "address"), "|", P.state, "|", p(P.zip, "zip"), "|", p(P.phone, "phone")]
    segs = seq("Parsing error at line: %d in resource=[file [/data/inbound/%s_demographics_20240314.psv]], input=[" % (ri(2, 9000), ch(CLIENTS)[0].lower()), cols, "]")
    return [("spring_batch", seq(head("org.springframework.batch.core.step.item.ChunkMonitor", "ERROR"), segs))]


# ============================================================ container wrappers
def wrap_cri(segs, fam):
    CLK.small()
    return "cri/" + fam, seq(ts_nano(CLK.now) + " " + ch(["stdout", "stdout", "stderr"]) + " F ", segs)


def wrap_docker(segs, fam):
    CLK.small()
    return "docker_json/" + fam, jdump(Obj([("log", Str(seq(segs, "\n"))), ("stream", "stdout"), ("time", ts_nano(CLK.now))]))


def wrap_fluentbit(segs, fam):
    CLK.small()
    svc = ch(list(SERVICES))
    o = Obj([("date", float("%.6f" % CLK.now.timestamp())), ("log", Str(segs)), ("stream", "stdout"),
             ("kubernetes", Obj([("pod_name", ch(PODS[svc])), ("namespace_name", "lis-prod"), ("pod_id", uuid4()),
                                 ("labels", Obj([("app.kubernetes.io/name", svc), ("app.kubernetes.io/part-of", "corvane-lis")])),
                                 ("host", "ip-10-20-%d-%d.ec2.internal" % (ri(0, 60), ri(2, 250))), ("container_name", svc),
                                 ("docker_id", hexs(64)), ("container_image", "registry.%s/lis/%s:2.%d.%d" % (LAB["domain"], svc, ri(0, 30), ri(0, 9)))]))])
    return "fluentbit/" + fam, jdump(o, ea=True)


# ============================================================ driver
FAMILIES = [  # (function, weight, can_phi, can_noise)
    (fam_app, 36, True, True), (fam_hibernate, 2, True, True), (fam_kafka, 6, True, True), (fam_dlq, 4, True, True),
    (fam_camel, 8, True, True), (fam_fhir, 3, True, True), (fam_keycloak, 6, True, True), (fam_search, 6, True, True),
    (fam_quartz, 4, True, True), (fam_kotlin, 1.5, True, True), (fam_astm, 6, True, True), (fam_ingress, 6, True, True),
    (fam_jvm, 6, False, True), (fam_x12, 4, True, True), (fam_cef, 4, True, True), (fam_batch, 3, True, True),
]
WRAPPERS = [(None, 78), (wrap_cri, 10), (wrap_docker, 6), (wrap_fluentbit, 6)]


def expected_value(raw, chain):
    v = raw
    for n in chain:
        v = ESC[n](v)
    return v


def check_line(b, spans):
    assert b"\n" not in b and b"\r" not in b, b[:200]
    assert len(b) <= MAX_LINE_BYTES, len(b)
    b.decode("utf-8")
    last = 0
    for s, e, cat, raw, chain in spans:
        assert cat in CATS
        assert last <= s < e <= len(b), (s, e, last)
        want = expected_value(raw, chain).encode("utf-8")
        assert b[s:e] == want, (b[s:e], want)
        assert raw == raw.strip() and raw, repr(raw)
        last = e


def generate():
    lines = []  # (family, bytes, spans)
    phi_lines = 0
    while len(lines) < N_LINES:
        total = len(lines)
        prob = min(0.95, max(0.05, TARGET_PHI_SHARE + (TARGET_PHI_SHARE * (total + 1) - phi_lines) * 0.08))
        want = chance(prob)
        fam = wchoice([(f, w) for f, w, cp, cn in FAMILIES if (cp if want else cn)])
        out = fam(want)
        assert out, fam.__name__
        got = any(has_phi(segs) for _, segs in out)
        assert got == want, (fam.__name__, want, [plain(s)[:160] for _, s in out])
        wrapper = wchoice(WRAPPERS)
        for name, segs in out:
            if wrapper is not None:
                name, segs = wrapper(segs, name)
            b, spans = assemble(segs)
            check_line(b, spans)
            lines.append((name, b, spans))
            if spans:
                phi_lines += 1
            if len(lines) == N_LINES:
                break
    return lines


def main():
    lines = generate()
    assert len(lines) == N_LINES
    log_path = os.path.join(HERE, "bw.log")
    lab_path = os.path.join(HERE, "bw.labels.jsonl")
    with open(log_path, "wb") as f:
        for _, b, _ in lines:
            f.write(b + b"\n")
    with open(lab_path, "w", encoding="utf-8", newline="\n") as f:
        for i, (fam, b, spans) in enumerate(lines, 1):
            f.write(json.dumps({"line": i, "family": fam, "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _, _ in spans]}, ensure_ascii=False) + "\n")
    # re-read and re-verify from disk
    with open(log_path, "rb") as f:
        disk = f.read().split(b"\n")
    assert disk[-1] == b"" and len(disk) == N_LINES + 1
    for (fam, b, spans), d in zip(lines, disk):
        assert b == d
    cats = {}
    for _, _, spans in lines:
        for s in spans:
            cats[s[2]] = cats.get(s[2], 0) + 1
    nophi = sum(1 for _, _, sp in lines if not sp)
    fams = {}
    for fam, _, _ in lines:
        fams[fam] = fams.get(fam, 0) + 1
    if "-q" not in sys.argv:
        print("lines:", len(lines), "no-PHI:", nophi, "(%.1f%%)" % (100.0 * nophi / len(lines)))
        print("spans:", sum(cats.values()), json.dumps(dict(sorted(cats.items())), ensure_ascii=False))
        print("families:", json.dumps(dict(sorted(fams.items()))))
        print("max line bytes:", max(len(b) for _, b, _ in lines))


if __name__ == "__main__":
    main()
