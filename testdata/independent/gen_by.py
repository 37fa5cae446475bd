#!/usr/bin/env python3
"""Generator for the "by" held-out PHI corpus.

Theme: a medical device manufacturer's complaint handling and post-market
surveillance (CRM intake, call notes, MedWatch/eMDR XML, RMA and failure
analysis, field service, connected-device telemetry, recall mailings, ERP/EDI
shipments of replacement devices, web/portal/IVR/payment logs), interleaved.

Standard library only, fixed seed, deterministic.  Every line is built from
segments; labelled segments carry their category and byte offsets are computed
while the line is assembled.  Writes by.log and by.labels.jsonl next to itself.
"""
import base64
import datetime
import json
import os
import random
import string
from urllib.parse import quote, quote_plus

SEED = 20240513
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
PHI_TARGET = 0.45


# --------------------------------------------------------------------------
# line builder
# --------------------------------------------------------------------------
class P(object):
    """A value to be labelled with category cat (cat None -> plain value)."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class B(object):
    """Sequence of (text, cat) segments making one log line."""

    def __init__(self, fam=None):
        self.fam = fam
        self.parts = []

    def t(self, s):
        if s:
            self.parts.append((s, None))
        return self

    def p(self, s, cat):
        assert s, "empty labelled value"
        self.parts.append((s, cat))
        return self

    def a(self, x):
        """append a str, a P, or another B (its segments are copied)."""
        if isinstance(x, P):
            if x.cat:
                self.p(x.v, x.cat)
            else:
                self.t(x.v)
        elif isinstance(x, B):
            self.parts.extend(x.parts)
        else:
            self.t(x)
        return self

    def has_phi(self):
        return any(c for _, c in self.parts)

    def build(self):
        out = bytearray()
        spans = []
        intended = []
        for s, cat in self.parts:
            bs = s.encode("utf-8")
            if cat:
                spans.append({"s": len(out), "e": len(out) + len(bs), "cat": cat})
                intended.append(bs)
            out += bs
        for sp, bs in zip(spans, intended):
            assert bytes(out[sp["s"]:sp["e"]]) == bs
        return bytes(out), spans, intended


def seq(*items):
    b = B()
    for x in items:
        b.a(x)
    return b


def mapped(x, fn):
    """Apply a per-character escaping fn to every segment of x (str/P/B)."""
    if isinstance(x, B):
        nb = B()
        for s, c in x.parts:
            e = fn(s)
            if c:
                nb.p(e, c)
            else:
                nb.t(e)
        return nb
    if isinstance(x, P):
        return P(fn(x.v), x.cat)
    return fn(x)


def jesc_fn(ascii_):
    return lambda s: json.dumps(s, ensure_ascii=ascii_)[1:-1]


def xesc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("'", "&apos;").replace('"', "&quot;"))


def qesc(s):
    return quote_plus(s, safe="")


def pesc(s):
    return quote(s, safe="")


# ---------------- JSON emitter ----------------
def jemit(b, v, ascii_=False, sep=(",", ":")):
    if isinstance(v, P):
        if isinstance(v.v, str):
            b.t('"')
            e = json.dumps(v.v, ensure_ascii=ascii_)[1:-1]
            if v.cat:
                b.p(e, v.cat)
            else:
                b.t(e)
            b.t('"')
        else:
            e = json.dumps(v.v)
            if v.cat:
                b.p(e, v.cat)
            else:
                b.t(e)
    elif isinstance(v, B):
        b.t('"')
        b.a(mapped(v, jesc_fn(ascii_)))
        b.t('"')
    elif isinstance(v, dict):
        b.t("{")
        first = True
        for k, x in v.items():
            if not first:
                b.t(sep[0])
            first = False
            b.t(json.dumps(k, ensure_ascii=ascii_) + sep[1])
            jemit(b, x, ascii_, sep)
        b.t("}")
    elif isinstance(v, (list, tuple)):
        b.t("[")
        for i, x in enumerate(v):
            if i:
                b.t(sep[0])
            jemit(b, x, ascii_, sep)
        b.t("]")
    else:
        b.t(json.dumps(v, ensure_ascii=ascii_))
    return b


def jdump(v, ascii_=False, pretty_sep=None):
    b = B()
    sep = pretty_sep or rng.choice([(",", ":"), (", ", ": ")])
    jemit(b, v, ascii_, sep)
    return b


# ---------------- XML emitter ----------------
def xel(tag, val, attrs=""):
    """<tag attrs>escaped(val)</tag>; val may be str/P/B."""
    b = B()
    b.t("<" + tag + ((" " + attrs) if attrs else "") + ">")
    b.a(mapped(val, xesc))
    b.t("</" + tag + ">")
    return b


# --------------------------------------------------------------------------
# clock (the logs' own timestamps: never labelled)
# --------------------------------------------------------------------------
CLOCK = [datetime.datetime(2024, 5, 13, 5, 58, 7, 114000)]


def tick():
    CLOCK[0] += datetime.timedelta(milliseconds=rng.randint(40, 21000))
    return CLOCK[0]


def ts_iso(d, z=True, ms=True):
    s = d.strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        s += ".%03d" % (d.microsecond // 1000)
    return s + ("Z" if z else "+00:00")


def ts_log4j(d, comma=True):
    return d.strftime("%Y-%m-%d %H:%M:%S") + ("," if comma else ".") + "%03d" % (d.microsecond // 1000)


def ts_syslog(d):
    return d.strftime("%b ") + ("%2d" % d.day) + d.strftime(" %H:%M:%S")


def ts_clf(d):
    return d.strftime("%d/%b/%Y:%H:%M:%S +0000")


def ts_epoch_ms(d):
    return str(int((d - datetime.datetime(1970, 1, 1)).total_seconds() * 1000))


# --------------------------------------------------------------------------
# random helpers / look-alike noise
# --------------------------------------------------------------------------
def ch(x):
    return rng.choice(x)


def digits(n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def hexs(n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(n, alphabet=string.ascii_uppercase + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + ch("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def trace_id():
    return hexs(32)


def span_id():
    return hexs(16)


def git_sha(n=7):
    return hexs(n)


def sfid(prefix):
    return prefix + "4x" + "0000" + alnum(9, string.ascii_letters + string.digits)


def version():
    return "%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 24), rng.randint(0, 40))


def dur_ms():
    return "%d" % rng.randint(1, 4800)


def private_ip():
    k = rng.random()
    if k < 0.5:
        return "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))
    if k < 0.8:
        return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254))
    return "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(2, 254))


def public_ip():
    while True:
        a, b_, c, d = rng.randint(1, 223), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)
        if a in (0, 10, 127) or a >= 224:
            continue
        if a == 172 and 16 <= b_ <= 31:
            continue
        if a == 192 and b_ == 168:
            continue
        if a == 169 and b_ == 254:
            continue
        if a == 100 and 64 <= b_ <= 127:
            continue
        if (a, b_, c) in ((192, 0, 2), (198, 51, 100), (203, 0, 113), (192, 0, 0)):
            continue
        if a == 198 and b_ in (18, 19):
            continue
        return "%d.%d.%d.%d" % (a, b_, c, d)


def public_ipv6():
    return "2600:%s:%s:%s::%s" % (hexs(4), hexs(4), hexs(3), hexs(4))


def luhn_digit(body):
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


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


def gs1_check(body):
    tot = 0
    for i, c in enumerate(reversed(body)):
        tot += int(c) * (3 if i % 2 == 0 else 1)
    return str((10 - tot % 10) % 10)


# --------------------------------------------------------------------------
# synthetic identifier generators (validity rules respected)
# --------------------------------------------------------------------------
def ssn(style=None):
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    grp, ser = rng.randint(1, 99), rng.randint(1, 9999)
    style = style or ch(["dash", "dash", "plain", "space"])
    if style == "dash":
        return "%03d-%02d-%04d" % (area, grp, ser)
    if style == "space":
        return "%03d %02d %04d" % (area, grp, ser)
    return "%03d%02d%04d" % (area, grp, ser)


def card_number(style=None):
    kind = ch(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        body = "4" + digits(14)
    elif kind == "mc":
        body = "5" + str(rng.randint(1, 5)) + digits(13)
    elif kind == "mc2":
        body = str(rng.randint(2221, 2720)) + digits(11)
    elif kind == "amex":
        body = ch(["34", "37"]) + digits(12)
    else:
        body = "6011" + digits(11)
    num = body + luhn_digit(body)
    assert luhn_ok(num)
    style = style or ch(["plain", "plain", "space", "dash"])
    if style == "plain":
        return num
    sepc = " " if style == "space" else "-"
    if len(num) == 15:
        return num[:4] + sepc + num[4:10] + sepc + num[10:]
    return sepc.join(num[i:i + 4] for i in range(0, 16, 4))


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TRANS = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    wmi = ch(["1FT", "1G1", "2T1", "3VW", "JHM", "5YJ", "1HG", "4T1", "WBA", "KNA", "1C4", "5NP", "JTD", "2HG"])
    vds = "".join(ch(VIN_CHARS) for _ in range(5))
    year = ch("CDEFGHJKLMNPRS")
    rest = ch(VIN_CHARS) + digits(6)
    v = wmi + vds + "0" + year + rest
    tot = 0
    for i, c in enumerate(v):
        val = int(c) if c.isdigit() else VIN_TRANS[c]
        tot += val * VIN_W[i]
    cd = tot % 11
    v = v[:8] + ("X" if cd == 10 else str(cd)) + v[9:]
    assert len(v) == 17
    return v


def plate():
    st = ch(["CA", "AZ", "TX", "NY", "FL", "GA", "OH", "WA"])
    if st == "CA":
        return st, "%d%s%s" % (rng.randint(4, 9), alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), digits(3))
    if st in ("TX", "FL", "GA", "NY"):
        return st, alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + "-" + digits(4)
    return st, alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + digits(4)


def npa():
    while True:
        a = str(rng.randint(2, 9)) + str(rng.randint(0, 8)) + str(rng.randint(0, 9))
        if a[1:] != "11" and a not in ("555", "800", "888", "877", "866", "855", "844", "833", "900"):
            return a


def nxx():
    while True:
        a = str(rng.randint(2, 9)) + digits(2)
        if a[1:] != "11" and a != "555":
            return a


def phone(style=None, area=None):
    a, b_, c = area or npa(), nxx(), digits(4)
    style = style or ch(["paren", "dash", "dot", "e164", "plain", "paren", "dash", "intl"])
    return {"paren": "(%s) %s-%s" % (a, b_, c), "dash": "%s-%s-%s" % (a, b_, c),
            "dot": "%s.%s.%s" % (a, b_, c), "e164": "+1%s%s%s" % (a, b_, c),
            "plain": "%s%s%s" % (a, b_, c), "intl": "+1 %s-%s-%s" % (a, b_, c)}[style]


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dash=None):
    an = MBI_A + string.digits
    s = (str(rng.randint(1, 9)) + ch(MBI_A) + ch(an) + digits(1) + ch(MBI_A) + ch(an) +
         digits(1) + ch(MBI_A) + ch(MBI_A) + digits(2))
    if dash if dash is not None else rng.random() < 0.3:
        return s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s


def member_id():
    k = rng.random()
    if k < 0.3:
        return ch(["XEH", "YRP", "ZGA", "JQU", "R4W", "XOF"]) + digits(9)
    if k < 0.5:
        return "W" + digits(9)
    if k < 0.65:
        return digits(9) + ch(["01", "02", "00"])
    if k < 0.8:
        return "U" + digits(8) + "0" + digits(1)
    return "M" + alnum(2) + digits(7)


def medicaid_id():
    return ch([lambda: "9" + digits(7) + ch("ABCDEFGH"),  # Medi-Cal style
               lambda: digits(10),
               lambda: ch("ABCDEFGHJKLMNPRSTUVWXYZ") + ch("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(5) + ch("ABCDEFGHJKLMNPRSTUVWXYZ"),
               lambda: "TX" + digits(9)])()


def mrn():
    return ch([lambda: digits(8), lambda: "E" + digits(7), lambda: "MRN" + digits(7),
               lambda: digits(3) + "-" + digits(3) + "-" + digits(3), lambda: "00" + digits(7),
               lambda: "M" + digits(9)])()


def patient_reg_id():
    return ch([lambda: "PT-" + digits(6), lambda: "VRP" + digits(8), lambda: "REG-" + alnum(4) + "-" + digits(5),
               lambda: "P" + digits(7)])()


def iban():
    cc = ch(["DE", "GB", "NL", "FR", "ES", "IE", "IT"])
    if cc == "DE":
        bban = digits(8) + digits(10)
    elif cc == "GB":
        bban = ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(6) + digits(8)
    elif cc == "NL":
        bban = ch(["ABNA", "INGB", "RABO", "TRIO"]) + digits(10)
    elif cc == "FR":
        bban = digits(5) + digits(5) + digits(11) + digits(2)
    elif cc == "ES":
        bban = digits(20)
    elif cc == "IE":
        bban = ch(["AIBK", "BOFI"]) + digits(6) + digits(8)
    else:
        bban = ch("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(5) + digits(5) + digits(12)
    conv = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(conv) % 97
    s = cc + "%02d" % chk + bban
    conv2 = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    assert int(conv2) % 97 == 1
    if rng.random() < 0.5:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def bank_account():
    return digits(rng.choice([8, 9, 10, 11, 12]))


def routing_number():
    while True:
        r = ch(["0", "1", "2", "3"]) + digits(7)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        tot = sum(int(c) * k for c, k in zip(r, w))
        cd = (10 - tot % 10) % 10
        return r + str(cd)


def billing_account():
    return ch([lambda: "PA-" + digits(8), lambda: "HAR" + digits(9), lambda: digits(10),
               lambda: "BA" + digits(7) + "-" + digits(2), lambda: "ACCT-" + digits(6)])()


def imei():
    body = ch(["35", "86", "01", "35", "99"]) + digits(12)
    return body + luhn_digit(body)


def mac(style=None):
    octs = [rng.randint(0, 255) for _ in range(6)]
    octs[0] &= 0xFC
    style = style or ch(["colon", "colon_u", "dash", "cisco", "plain"])
    h = ["%02x" % o for o in octs]
    if style == "colon":
        return ":".join(h)
    if style == "colon_u":
        return ":".join(h).upper()
    if style == "dash":
        return "-".join(h).upper()
    if style == "cisco":
        j = "".join(h)
        return "%s.%s.%s" % (j[:4], j[4:8], j[8:])
    return "".join(h).upper()


def drivers_license():
    st = ch(["CA", "NY", "FL", "TX", "IL", "WA", "AZ", "GA", "PA", "OH"])
    if st == "CA":
        n = ch("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(7)
    elif st == "NY":
        n = digits(3) + " " + digits(3) + " " + digits(3)
    elif st == "FL":
        n = "%s%s-%s-%s-%s-%s" % (ch("ABCDEFGHJKLMNPRSTUVWXYZ"), digits(3), digits(3), digits(2), digits(3), digits(1))
    elif st == "TX":
        n = digits(8)
    elif st == "IL":
        n = "%s%s-%s-%s" % (ch("ABCDEFGHJKLMNPRSTUVWXYZ"), digits(3), digits(4), digits(4))
    elif st == "WA":
        n = "WDL" + alnum(9)
    elif st == "AZ":
        n = ch("ABDY") + digits(8)
    elif st == "GA":
        n = digits(9)
    elif st == "PA":
        n = digits(2) + " " + digits(3) + " " + digits(3)
    else:
        n = ch("ABCDEFGHJKLMNPRSTUVWXYZ") + ch("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6)
    return st, n


def npi():
    body = digits(9)
    body = ch("12") + body[1:]
    return body + luhn_digit("80840" + body)


def dea_number(last):
    first = ch("ABFGM")
    d = [rng.randint(0, 9) for _ in range(6)]
    cd = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10
    return first + last[0].upper() + "".join(map(str, d)) + str(cd)


def bsn():
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.randint(1, 6)
        tot = sum(x * w for x, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2]))
        last = tot % 11
        if last < 10:
            return "".join(map(str, d)) + str(last)


def sin_ca():
    body = str(rng.randint(1, 7)) + digits(7)
    n = body + luhn_digit(body)
    return n[:3] + " " + n[3:6] + " " + n[6:] if rng.random() < 0.6 else n


def dni_es():
    n = rng.randint(10000000, 79999999)
    return "%08d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def nir_fr(sex=None, bd=None):
    sex = sex or ch("12")
    bd = bd or dob()
    yy = "%02d" % (bd.year % 100)
    mm = "%02d" % bd.month
    dep = "%02d" % rng.randint(1, 95)
    com = "%03d" % rng.randint(1, 990)
    order = "%03d" % rng.randint(1, 999)
    base = sex + yy + mm + dep + com + order
    key = 97 - int(base) % 97
    return "%s %s %s %s %s %s %02d" % (sex, yy, mm, dep, com, order, key)


def personnummer(bd=None):
    bd = bd or dob()
    body = "%02d%02d%02d%03d" % (bd.year % 100, bd.month, bd.day, rng.randint(1, 999))
    tot = 0
    for i, c in enumerate(body):
        x = int(c) * (2 if i % 2 == 0 else 1)
        tot += x // 10 + x % 10
    cd = (10 - tot % 10) % 10
    if bd.year <= 1924 and rng.random() < 0.5:
        return "%s+%s%d" % (body[:6], body[6:], cd)  # 10-digit form, centenarian separator
    return "%d%s-%s%d" % (bd.year // 100, body[:6], body[6:], cd)


def other_national_id():
    k = ch(["bsn", "sin", "dni", "nir", "pnr"])
    return k, {"bsn": bsn, "sin": sin_ca, "dni": dni_es, "nir": nir_fr, "pnr": personnummer}[k]()


def gtin():
    body = "0" + "0884" + ch(["521", "523", "527"]) + digits(5)
    return body + gs1_check(body)


def lot():
    return ch([lambda: "%02d%s%04d" % (rng.randint(21, 24), ch("ABCDEFGHJK"), rng.randint(1, 9999)),
               lambda: "L%s-%s" % (digits(4), digits(4)),
               lambda: "B%05d" % rng.randint(1, 99999),
               lambda: "LOT" + digits(7)])()


def yymmdd(y0, y1):
    return "%02d%02d%02d" % (rng.randint(y0, y1) % 100, rng.randint(1, 12), rng.randint(1, 28))


def photo_data_uri():
    hdr = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00"
    body = bytes(rng.randint(0, 255) for _ in range(rng.randint(420, 1100)))
    return "data:image/jpeg;base64," + base64.b64encode(hdr + body).decode("ascii")


def photo_b64_only():
    return photo_data_uri().split(",", 1)[1]


def nonface_image_b64():
    hdr = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
    body = bytes(rng.randint(0, 255) for _ in range(rng.randint(200, 600)))
    return base64.b64encode(hdr + body).decode("ascii")


def voiceprint():
    hdr = b"VPRT\x02\x00" + bytes([rng.randint(0, 255) for _ in range(4)])
    body = bytes(rng.randint(0, 255) for _ in range(rng.randint(180, 420)))
    return base64.b64encode(hdr + body).decode("ascii")


def fingerprint_template():
    # ISO/IEC 19794-2 style minutiae record, hex encoded
    hdr = b"FMR\x00 20\x00"
    body = bytes(rng.randint(0, 255) for _ in range(rng.randint(90, 200)))
    return (hdr + body).hex().upper()


def face_template():
    vec = [round(rng.uniform(-1, 1), 4) for _ in range(rng.randint(24, 40))]
    return base64.b64encode(json.dumps(vec).encode()).decode()


# --------------------------------------------------------------------------
# pools
# --------------------------------------------------------------------------
FIRST = ["Maria", "José", "Aaliyah", "Wei", "Priya", "Oluwaseun", "Dmitri", "Siobhan", "Mohammed", "Thanh",
         "Giovanni", "Keanu", "Fatima", "Ngozi", "Hiroshi", "Ingrid", "Tomás", "Esperanza", "Rajesh", "Yusuf",
         "Chloé", "Zoë", "Søren", "Łukasz", "Ömer", "Anastasia", "Kwame", "Leilani", "Bao", "Svetlana",
         "Darnell", "Shanice", "Brooke", "Hope", "Will", "Grant", "Joy", "Summer", "Hunter", "Rose", "Bill",
         "Pat", "Sunny", "Dawn", "Iris", "Amber", "Miles", "Chase", "Crystal", "June", "April", "Penny",
         "Faith", "Mercy", "Guadalupe", "Xiomara", "Eun-ji", "Min-jun", "Aroha", "Tariq", "Olumide", "Henrik",
         "Bartholomew", "Mary Ellen", "Jean-Luc", "Anne-Marie", "Aiyana", "Dakota", "Ebony", "Reggie",
         "Dolores", "Harold", "Mildred", "Eugene", "Bernadette", "Wilhelmina", "Cornelius", "Imelda", "Herschel",
         "Consuelo", "Agnieszka", "Kofi", "Rukhsana", "Yaw", "Mei-Ling", "Björn", "Ximena", "Declan", "Nomvula"]
SURN = ["García", "Nguyen", "O'Brien", "Okafor", "Kowalski", "Schmidt-Weber", "de la Cruz", "Van der Merwe",
        "Al-Sayed", "Smith", "Baker", "Brown", "Young", "Little", "Rich", "Church", "Strong", "Long", "Patel",
        "Kim", "Cohen", "Yamamoto", "Mbeki", "Fox", "Wolf", "Stone", "Bird", "Moon", "Park", "Hall", "King",
        "Price", "Lamb", "Frost", "Snow", "Winters", "Sharp", "Rice", "Love", "Cruz-Hernández", "St. John",
        "MacLeod", "Müller", "Østergaard", "Wiśniewski", "Çelik", "Nakamura-Lee", "Ben-David", "Okonkwo",
        "Adeyemi", "Tran", "Le", "Pham", "Hernández", "Rodríguez", "Gonzalez", "Washington", "Jefferson",
        "Begay", "Yazzie", "Kealoha", "Papadopoulos", "Ivanova", "Horvat", "Kaur", "Singh", "Chaudhry",
        "Haddad", "Nasser", "Lindqvist", "Dubois", "Lefèvre", "Rossi", "Esposito", "Da Silva", "dos Santos",
        "Mendoza", "Castillo", "Abernathy", "Whitehorse", "Goodwin", "Small", "Sparks", "Bell", "Marsh",
        "Rivers", "Banks", "Carpenter", "Mason", "Cook", "Bishop", "Pope", "Constable", "D'Angelo",
        "Van Buren", "Ó Súilleabháin", "Abu-Hamdan", "Oyelaran-Smith", "Mahlangu", "Tsosie", "Ng"]
FULL_SPECIAL = [("Thị Lan", "Nguyễn", "Nguyễn Thị Lan", "NGUYEN"), ("Văn Minh", "Trần", "Trần Văn Minh", "TRAN"),
                ("María José", "de la Cruz Ortega", "María José de la Cruz Ortega", None),
                ("Abdul Rahman", "bin Yusof", "Abdul Rahman bin Yusof", None),
                ("Aoife", "Ní Bhriain", "Aoife Ní Bhriain", None),
                ("Siân", "Llewelyn-Jones", "Siân Llewelyn-Jones", None),
                ("Olga Ivanovna", "Petrova", "Olga Ivanovna Petrova", None)]
MIDDLE = list("ABCDEFGHJKLMNPRSTW")
RELATION = ["daughter", "son", "wife", "husband", "spouse", "granddaughter", "grandson", "POA", "guardian",
            "sister", "niece", "mother", "father", "caregiver"]


class Person(object):
    def __init__(self):
        if rng.random() < 0.07:
            f, l, full, _ = ch(FULL_SPECIAL)
            self.first, self.last, self.full_fixed = f, l, full
        else:
            self.first, self.last, self.full_fixed = ch(FIRST), ch(SURN), None
        self.mi = ch(MIDDLE) if rng.random() < 0.4 else None

    def full(self):
        if self.full_fixed:
            return self.full_fixed
        if self.mi and rng.random() < 0.5:
            return "%s %s. %s" % (self.first, self.mi, self.last)
        return "%s %s" % (self.first, self.last)

    def last_first(self):
        return "%s, %s" % (self.last, self.first) + ((" " + self.mi + ".") if self.mi else "")

    def upper(self):
        return ("%s %s" % (self.first, self.last)).upper()

    def email(self):
        f = ascii_fold(self.first).lower().replace(" ", "").replace("'", "")
        l = ascii_fold(self.last).lower().replace(" ", "").replace("'", "").replace(".", "")
        user = ch(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s%d" % (f, l, rng.randint(1, 99)),
                   "%s%s%d" % (f, l[:3], rng.randint(40, 1999)), "%s.%s" % (l, f), "%s%d" % (f, rng.randint(10, 88))])
        dom = ch(["gmail.com", "yahoo.com", "aol.com", "hotmail.com", "outlook.com", "comcast.net",
                  "icloud.com", "att.net", "sbcglobal.net", "protonmail.com", "verizon.net", "msn.com"])
        return user + "@" + dom


FOLD = {"á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ñ": "n", "ü": "u", "ö": "o", "ø": "o", "Ø": "O",
        "ç": "c", "Ç": "C", "ś": "s", "ł": "l", "Ł": "L", "ë": "e", "è": "e", "â": "a", "ễ": "e", "ị": "i",
        "ầ": "a", "ă": "a", "â": "a", "ê": "e", "î": "i", "ï": "i", "à": "a", "ã": "a", "ß": "ss", "Ó": "O", "ô": "o", "Ö": "O", "Á": "A", "É": "E", "Í": "I", "Ú": "U", "Ñ": "N"}


def ascii_fold(s):
    return "".join(FOLD.get(c, c) for c in s)


STREETS = ["Maple", "Oak", "Cedar", "Pine", "Elm", "Washington", "Lincoln", "Jefferson", "Sunset", "Lakeview",
           "Hillcrest", "Mission", "Peachtree", "Magnolia", "Cottonwood", "Saguaro", "Juniper", "Bayou",
           "Prairie", "Kamehameha", "Martin Luther King Jr", "Old Mill", "Quail Run", "Riverbend", "W 14th",
           "N Main", "E Broadway", "S Alvernon", "County Road 12", "Pleasant Valley", "Dogwood", "Chestnut",
           "Whispering Pines", "Ridgecrest", "Cherokee", "Calle Loíza", "Shady Grove", "Bluebonnet"]
SUFFIX = ["St", "Ave", "Blvd", "Dr", "Ln", "Rd", "Ct", "Way", "Pl", "Ter", "Cir", "Pkwy", "Street", "Avenue", "Road"]
UNITS = ["Apt 3B", "Unit 12", "#204", "Lot 17", "Apt. 1101", "Suite 2", "Trlr 4", "Apt 7", "Bldg C Apt 210"]
CITIES = [("Springfield", "IL", "627", "Sangamon County"), ("Columbus", "OH", "432", "Franklin County"),
          ("Tucson", "AZ", "857", "Pima County"), ("Boise", "ID", "837", "Ada County"),
          ("Tacoma", "WA", "984", "Pierce County"), ("Albany", "NY", "122", "Albany County"),
          ("Raleigh", "NC", "276", "Wake County"), ("Macon", "GA", "312", "Bibb County"),
          ("Lubbock", "TX", "794", "Lubbock County"), ("Fresno", "CA", "937", "Fresno County"),
          ("Duluth", "MN", "558", "St. Louis County"), ("Scranton", "PA", "185", "Lackawanna County"),
          ("Worcester", "MA", "016", "Worcester County"), ("Hartford", "CT", "061", "Hartford County"),
          ("Cedar Rapids", "IA", "524", "Linn County"), ("Baton Rouge", "LA", "708", "East Baton Rouge Parish"),
          ("Knoxville", "TN", "379", "Knox County"), ("Provo", "UT", "846", "Utah County"),
          ("Santa Fe", "NM", "875", "Santa Fe County"), ("Eugene", "OR", "974", "Lane County"),
          ("Green Bay", "WI", "543", "Brown County"), ("Anchorage", "AK", "995", "Anchorage Borough"),
          ("Honolulu", "HI", "968", "Honolulu County"), ("Rapid City", "SD", "577", "Pennington County"),
          ("Bangor", "ME", "044", "Penobscot County"), ("San Juan", "PR", "009", "San Juan Municipio"),
          ("Jersey City", "NJ", "073", "Hudson County"), ("Kalamazoo", "MI", "490", "Kalamazoo County"),
          ("Wichita", "KS", "672", "Sedgwick County"), ("Tulsa", "OK", "741", "Tulsa County"),
          ("Pueblo", "CO", "810", "Pueblo County"), ("El Paso", "TX", "799", "El Paso County"),
          ("Hialeah", "FL", "330", "Miami-Dade County"), ("Flagstaff", "AZ", "860", "Coconino County"),
          ("Chattanooga", "TN", "374", "Hamilton County"), ("Sioux Falls", "SD", "571", "Minnehaha County"),
          ("Shreveport", "LA", "711", "Caddo Parish"), ("Yonkers", "NY", "107", "Westchester County")]


class Addr(object):
    def __init__(self):
        self.num = str(rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9999),
                                   rng.randint(10000, 48000)]))
        self.street_name = ch(STREETS) + " " + ch(SUFFIX)
        self.unit = ch(UNITS) if rng.random() < 0.3 else None
        c = ch(CITIES)
        self.city, self.state, zp, self.county = c
        self.zip5 = zp + "%02d" % rng.randint(1, 99)
        self.zip = self.zip5 + (("-" + digits(4)) if rng.random() < 0.25 else "")
        self.pobox = rng.random() < 0.06

    def street(self):
        if self.pobox:
            return "PO Box %d" % rng.randint(10, 9999)
        return self.num + " " + self.street_name

    def street_full(self):
        s = self.street()
        return s + ((" " + self.unit) if (self.unit and not self.pobox) else "")


ORGS = [("St. Agnes Regional Medical Center", "900 Hospital Dr", "Macon", "GA", "31201", "(478) 633-1000"),
        ("Banner University Medical Center", "1625 N Campbell Ave", "Tucson", "AZ", "85719", "(520) 694-0111"),
        ("Mercy Heart & Vascular Institute", "2200 Jefferson Ave", "Toledo", "OH", "43604", "(419) 251-3232"),
        ("Providence Sleep Disorders Center", "4805 NE Glisan St", "Portland", "OR", "97213", "(503) 215-6330"),
        ("Valley Children's Endocrinology", "9300 Valley Children's Pl", "Madera", "CA", "93636", "(559) 353-3000"),
        ("Baptist Memorial Hospital", "6019 Walnut Grove Rd", "Memphis", "TN", "38120", "(901) 226-5000"),
        ("Lakeside Home Medical Supply", "77 Industrial Park Rd", "Duluth", "MN", "55811", "(218) 722-4410"),
        ("Apria Healthcare Branch 0412", "1830 W Grant Rd", "Tucson", "AZ", "85745", "(520) 628-4700"),
        ("Cardinal Health Distribution", "7000 Cardinal Pl", "Dublin", "OH", "43017", "(614) 757-5000"),
        ("Owens & Minor DC 44", "9120 Lockwood Blvd", "Mechanicsville", "VA", "23116", "(804) 723-7000")]
COMPANY = "Veridian Medical Systems"
COMPANY_ADDR = ("7400 Flying Cloud Dr", "Eden Prairie", "MN", "55344")
RETURNS_ADDR = ("3950 Airways Blvd", "Memphis", "TN", "38116")
COMPANY_PHONE = ["(800) 438-7714", "1-800-438-7714", "+1 763-526-0400", "763.526.0400"]
COMPANY_FAX = ["(763) 526-0499", "763-526-0499"]
STAFF = ["jreyes", "kpatel", "m.oduya", "qa.rlindqvist", "fse_tcarver", "svc_sfdc_sync", "a.hoffmann",
         "cs.lwong", "pms.dgreene", "tkoenig", "rma.bot", "svc-emdr", "nbarzani", "ops.hchavez", "fa.lab3"]
STAFF_NAMES = ["Jordan Reyes", "Kavita Patel", "Mfon Oduya", "Rebecka Lindqvist", "Tyler Carver",
               "Anja Hoffmann", "Lily Wong", "Dana Greene", "Tobias Koenig", "Nazanin Barzani", "Hector Chavez"]
PRODUCTS = {
    "ICD-7740": ("Cardiva DR ICD", "implant"), "PM-2210DR": ("Pulsar DR pacemaker", "implant"),
    "SCS-400": ("NeuroStim 400 SCS", "implant"), "IFX-300": ("InfuRx 300 insulin pump", "home"),
    "SA-10A": ("SomnaAir Auto CPAP", "home"), "VF-CTRL2": ("VitaFlow LVAD controller", "implant"),
    "GT-7": ("GlucoTrack 7 CGM transmitter", "home"), "IFX-H900": ("InfuRx H900 large-volume pump", "hospital"),
    "RM-50": ("CardivaLink bedside monitor", "home")}
PATIENT_MODELS = [m for m, v in PRODUCTS.items() if v[1] != "hospital"]
FW = ["4.2.1", "4.2.0", "3.9.7", "1.18.2", "2.0.0-rc3", "7.1.4"]
FAILURE = ["battery depletion ahead of ERI", "lead impedance out of range", "motor stall alarm E-214",
           "cracked reservoir housing", "humidifier tub leak", "blower noise >45 dBA", "BT pairing failure",
           "premature ERI indicator", "occlusion alarm false positive", "display segment failure",
           "charging port corrosion", "controller fault code 0x3F", "telemetry dropouts"]
SYMPTOMS = ["dizziness", "syncope", "inappropriate shock", "hyperglycemia (BG 412)", "skin irritation at site",
            "no harm", "palpitations", "nasal dryness", "pocket infection suspected", "DKA, ED visit"]


def serial_for(model):
    if model == "ICD-7740":
        return "CVD%06dH" % rng.randint(0, 999999)
    if model == "PM-2210DR":
        return "PJN%06dS" % rng.randint(0, 999999)
    if model == "SCS-400":
        return "NSA" + digits(7)
    if model == "IFX-300":
        return "IFX3-" + digits(7)
    if model == "SA-10A":
        return "SA10" + digits(8)
    if model == "VF-CTRL2":
        return "VFC" + digits(6)
    if model == "GT-7":
        return "8G" + alnum(6)
    if model == "RM-50":
        return "RM50-" + alnum(8)
    return "H900" + digits(6)


def udi(model, sn, style=None):
    g = gtin()
    style = style or ch(["paren", "paren", "plain", "gs"])
    exp, l = yymmdd(25, 28), lot()
    if style == "paren":
        return "(01)%s(17)%s(10)%s(21)%s" % (g, exp, l, sn)
    if style == "plain":
        return "01%s17%s10%s<GS>21%s" % (g, exp, l, sn)
    return "01%s11%s17%s21%s" % (g, yymmdd(22, 24), exp, sn)


def udi_di():
    return "(01)" + gtin()


def fsn(model):
    """fleet/lab/fixture serials that are NOT a patient's device"""
    return ch(["FX-IMP-%04d" % rng.randint(1, 9999), "TS-%s-%02d" % (alnum(3), rng.randint(1, 40)),
               serial_for("IFX-H900"), "CAL-%s" % digits(6), "DEMO-%s" % serial_for(model)])


# ---- dates ----
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]


def rand_date(y0, y1):
    d0 = datetime.date(y0, 1, 1)
    d1 = datetime.date(y1, 12, 31)
    return d0 + datetime.timedelta(days=rng.randint(0, (d1 - d0).days))


def dob():
    return rand_date(1928, 2006)


def dob_old():
    """birth date making the person > 89 in 2024"""
    return rand_date(1919, 1933)


def recent():
    """a patient-related date before the logs' own day (2024-05-13)"""
    if rng.random() < 0.3:
        d0 = datetime.date(2023, 1, 1)
        return d0 + datetime.timedelta(days=rng.randint(0, (datetime.date(2024, 5, 12) - d0).days))
    return datetime.date(2024, rng.randint(1, 5), rng.randint(1, 12))


def fmt_date(d, style=None):
    style = style or ch(["iso", "us", "us", "dmy", "hl7", "long", "iso", "usshort"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "usshort":
        return "%d/%d/%s" % (d.month, d.day, d.strftime("%y"))
    if style == "dmy":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1].upper(), d.year)
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "long":
        return "%s %d, %d" % (MONTH[d.month - 1], d.day, d.year)
    if style == "isoT":
        return d.strftime("%Y-%m-%d") + "T00:00:00Z"
    raise ValueError(style)


def age_old():
    return str(rng.randint(90, 104))


def age_young():
    return str(rng.randint(3, 89))


def clinician():
    p = Person()
    return "Dr. " + p.first + " " + p.last, p


def org():
    return ch(ORGS)


def staff_email():
    n = ch(STAFF_NAMES).lower().split()
    return "%s.%s@veridianmed.com" % (n[0], n[1])


def complaint_no():
    return "CMP-24-%06d" % rng.randint(1000, 99999)


def case_no():
    return "%08d" % rng.randint(480000, 499999)


def rma_no():
    return "RMA-%s-%04d" % (CLOCK[0].strftime("%y%m%d"), rng.randint(1, 2999))


def so_no():
    return ch(["SO-%d" % rng.randint(800000, 899999), "45%08d" % rng.randint(0, 99999999)])


def mdr_no():
    return "2183959-2024-%05d" % rng.randint(100, 9999)


# --------------------------------------------------------------------------
# families.  Each returns a list of B (first one is the "main" line; extra
# lines, e.g. stack frames, never carry PHI).
# --------------------------------------------------------------------------
def age_val(force_old=None, as_int=False):
    old = (rng.random() < 0.7) if force_old is None else force_old
    v = age_old() if old else age_young()
    if as_int:
        return P(int(v), "age" if old else None)
    return P(v, "age" if old else None)


def cnt_phi(d):
    n = 0
    if isinstance(d, P):
        return 1 if d.cat else 0
    if isinstance(d, B):
        return 1 if d.has_phi() else 0
    if isinstance(d, dict):
        return sum(cnt_phi(v) for v in d.values())
    if isinstance(d, (list, tuple)):
        return sum(cnt_phi(v) for v in d)
    return n


# ---- 1. CRM case JSON (Salesforce-style) ----
def fam_crm_case(phi):
    d = tick()
    b = B("crm_case_json")
    b.t(ts_iso(d) + ch([" INFO  [sfdc-bridge-%s] CaseUpsert payload=" % hexs(4),
                        " DEBUG [case-intake] outbound message body: ",
                        " INFO case.upsert tenant=vms-prod body="]))
    model = ch(PATIENT_MODELS)
    sn = serial_for(model)
    rec = {"attributes": {"type": "Case", "url": "/services/data/v59.0/sobjects/Case/" + sfid("500")},
           "CaseNumber": case_no(), "Status": ch(["New", "Triage", "Awaiting Return", "Investigation"]),
           "Origin": ch(["Web", "Phone", "Email", "Field Rep"]), "Product_Code__c": model, "Lot_Number__c": lot(),
           "Complaint_Category__c": ch(FAILURE), "OwnerId": sfid("005"),
           "Awareness_Date__c": fmt_date(recent(), "iso")}
    if rng.random() < 0.4:
        rec["Patient_Sex__c"] = ch(["F", "M", "Unknown"])
    if not phi:
        if rng.random() < 0.5:
            rec["Patient_Age__c"] = int(age_young())
        cn, _ = clinician()
        o = org()
        if rng.random() < 0.6:
            rec["Physician_Name__c"] = cn
            rec["Physician_NPI__c"] = npi()
            rec["Facility__c"] = o[0]
            rec["Facility_Phone__c"] = o[5]
        rec["Reportable__c"] = ch([True, False])
        rec["Harm_Code__c"] = ch(["E2301", "E0123", "No harm"])
    else:
        p, a = Person(), Addr()
        opts = ["name", "dob", "age", "phone", "email", "street", "zip", "serial", "event", "implant",
                "reporter", "udi", "mbi", "member", "portal"]
        for f in rng.sample(opts, rng.randint(2, 6)):
            if f == "name":
                if rng.random() < 0.5:
                    rec["Patient_Name__c"] = P(p.full(), "name")
                else:
                    rec["Patient_First_Name__c"] = P(p.first, "name")
                    rec["Patient_Last_Name__c"] = P(p.last, "name")
            elif f == "dob":
                rec["Patient_DOB__c"] = P(fmt_date(dob(), ch(["iso", "us"])), "date")
            elif f == "age":
                rec["Patient_Age__c"] = age_val(as_int=rng.random() < 0.5)
            elif f == "phone":
                rec[ch(["Patient_Phone__c", "Contact_Phone__c", "Best_Callback__c"])] = P(phone(), "phone")
                if rng.random() < 0.3:
                    rec["Patient_Fax__c"] = P(phone(ch(["dash", "paren", "dot"])), "fax")
            elif f == "email":
                rec[ch(["Patient_Email__c", "SuppliedEmail", "Contact_Email__c"])] = P(p.email(), "email")
            elif f == "street":
                rec["Patient_Street__c"] = P(a.street_full(), "address")
                rec["Patient_City__c"] = P(a.city, "address")
                rec["Patient_State__c"] = a.state
            elif f == "zip":
                rec["Patient_Postal_Code__c"] = P(a.zip, "zip")
            elif f == "serial":
                rec["Serial_Number__c"] = P(sn, "device")
            elif f == "event":
                rec["Event_Date__c"] = P(fmt_date(recent(), "iso"), "date")
            elif f == "implant":
                rec["Implant_Date__c"] = P(fmt_date(rand_date(2012, 2023), "iso"), "date")
            elif f == "reporter":
                r = Person()
                rec["Reporter_Name__c"] = P(r.full(), "name")
                rec["Reporter_Relationship__c"] = ch(RELATION)
                if rng.random() < 0.6:
                    rec["Reporter_Phone__c"] = P(phone(), "phone")
            elif f == "udi":
                rec["UDI__c"] = P(udi(model, sn, "paren"), "device")
            elif f == "mbi":
                rec["Medicare_ID__c"] = P(mbi(), "health_plan")
            elif f == "portal":
                rec["Portal_Link__c"] = P("https://care.veridianmed.com/hcp/patients/%s/summary" % patient_reg_id(), "url")
            elif f == "member":
                rec["Insurance_Member_ID__c"] = P(member_id(), "health_plan")
                rec["Payer__c"] = ch(["Aetna", "Humana Gold Plus", "BCBS of Arizona", "UnitedHealthcare"])
        if cnt_phi(rec) == 0:
            rec["Patient_Name__c"] = P(p.full(), "name")
        if rng.random() < 0.4:
            cn, _ = clinician()
            rec["Physician_Name__c"] = cn
    rec["SystemModstamp"] = ts_iso(d)
    b.a(jdump(rec, ascii_=rng.random() < 0.35))
    return [b]


# ---- 2. call-center notes ----
def frag_phi(p, a, model, kinds):
    """free text fragments with PHI; returns list of B"""
    out = []
    for k in kinds:
        if k == "name":
            out.append(seq(ch(["Spoke with pt ", "Pt ", "Patient ", "Called pt "]), P(ch([p.full(), p.full(), p.last_first()]), "name")))
        elif k == "rel":
            r = Person()
            out.append(seq("pt's %s " % ch(RELATION), P(r.full(), "name"), " called from ", P(phone(), "phone")))
        elif k == "dob":
            out.append(seq(ch(["DOB ", "dob: ", "born "]), P(fmt_date(dob()), "date")))
        elif k == "age":
            out.append(seq(ch(["pt is ", "age "]), P(age_old(), "age"), ch([" y/o", " yo", " years old", ""])))
        elif k == "serial":
            out.append(seq(ch(["device SN ", "S/N ", "serial# ", "SN: "]), P(serial_for(model), "device")))
        elif k == "event":
            out.append(seq(ch(["event occurred ", "alarm started on ", "ED visit "]), P(fmt_date(recent()), "date")))
        elif k == "implant":
            cn, _ = clinician()
            out.append(seq("implanted ", P(fmt_date(rand_date(2012, 2023)), "date"), " by %s" % cn))
        elif k == "addr":
            out.append(seq("lives at ", P(a.street_full(), "address"), ", ", P(a.city, "address"), " %s " % a.state,
                           P(a.zip5, "zip")))
        elif k == "email":
            out.append(seq("email ", P(p.email(), "email")))
        elif k == "dl":
            st, n = drivers_license()
            out.append(seq("ID verified w/ %s DL " % st, P(n, "license")))
        elif k == "mbi":
            out.append(seq(ch(["Medicare ", "MBI "]), P(mbi(), "health_plan")))
        elif k == "vin":
            out.append(seq("controller disconnected during MVA, police report lists pt vehicle VIN ", P(vin(), "vehicle")))
        elif k == "callback":
            out.append(seq("callback ", P(phone(), "phone"), " after 3pm"))
        elif k == "fax":
            out.append(seq("pt wants letter faxed to home fax ", P(phone(ch(["dash", "paren"])), "fax")))
        elif k == "ssn":
            out.append(seq("caller read SSN ", P(ssn(), "ssn"), " (told not needed)"))
        elif k == "county":
            out.append(seq("pt in ", P(a.county, "address"), ", rural, no local DME"))
        elif k == "url":
            slug = ascii_fold(p.first + p.last).lower().replace(" ", "").replace("'", "").replace("-", "")
            out.append(seq("family posted about it on ", P(ch(["https://www.caringbridge.org/site/%s" % slug,
                                                               "https://www.gofundme.com/f/help-%s-get-a-new-%s" % (slug, ch(["pump", "cpap", "device"])),
                                                               "https://www.facebook.com/%s.%d" % (slug, rng.randint(10, 9999))]), "url")))
        elif k == "mrn":
            o = org()
            out.append(seq("hospital MRN ", P(mrn(), "mrn"), " at %s" % o[0]))
    return out


NOTE_FILLER = ["advised pt to keep device on and contact physician", "RMA kit requested",
               "no injury reported", "escalated to PMS for MDR decision", "sent troubleshooting guide TG-118",
               "replacement approved under warranty", "pt denies shocks", "reviewed alarm history with caller",
               "instructed to bring device to next clinic visit", "transferred to Tier 2"]


def fam_call_note(phi):
    d = tick()
    b = B("call_note")
    model = ch(PATIENT_MODELS)
    if rng.random() < 0.5:
        b.t("%s crm-app-%02d callcenter[%d]: [CASE %s] agent=%s dur=%02d:%02d queue=%s note=\"" %
            (ts_syslog(d), rng.randint(1, 6), rng.randint(1000, 32000), case_no(), ch(STAFF),
             rng.randint(0, 29), rng.randint(0, 59), ch(["PT_SUPPORT_EN", "PT_SUPPORT_ES", "HCP_LINE", "RECALL"])))
        close = "\""
    else:
        b.t("%s | CallNote | case=%s | by=%s | channel=%s | text: " %
            (ts_log4j(d), complaint_no(), ch(STAFF), ch(["inbound", "outbound", "callback"])))
        close = ""
    if not phi:
        o = org()
        cn, _ = clinician()
        t = ch([
            "Caller is biomed tech at %s (%s). %s fleet unit %s showing %s; advised PM per SB-2024-07. No patient involvement."
            % (o[0], o[5], "IFX-H900", serial_for("IFX-H900"), ch(FAILURE)),
            "Rep relayed: %s at %s asked about MRI conditional labeling for %s; sent TN-%d." % (cn, o[0], model, rng.randint(100, 999)),
            "Distributor %s re backorder %s lot %s; ETA per SAP %s, PO %s." % (o[0], model, lot(), fmt_date(rand_date(2024, 2024), "iso"), so_no()),
            "Voicemail from %s risk mgmt, callback %s. Ref %s." % (o[0], o[5], complaint_no()),
            "Caller declined to give name; asked about recall letter for %s. Read script RCL-2024-003 and gave %s." % (model, ch(COMPANY_PHONE)),
            "Pt age %s, %s. %s; %s." % (age_young(), ch(["F", "M"]), ch(FAILURE), ch(NOTE_FILLER)),
            "HCP %s (NPI %s) reports %s after %s. %s." % (cn, npi(), ch(SYMPTOMS), ch(FAILURE), ch(NOTE_FILLER)),
        ])
        b.t(t)
    else:
        p, a = Person(), Addr()
        kinds = rng.sample(["name", "rel", "dob", "age", "serial", "event", "implant", "addr", "email", "dl", "mbi",
                            "vin", "callback", "fax", "ssn", "county", "mrn", "url"], rng.randint(2, 5))
        frs = frag_phi(p, a, model, kinds)
        frs.insert(rng.randint(0, len(frs)), seq(ch(FAILURE)))
        frs.append(seq(ch(NOTE_FILLER)))
        for i, f in enumerate(frs):
            if i:
                b.t(ch([". ", "; ", ", ", ". "]))
            b.a(f)
        b.t(".")
    b.t(close)
    return [b]


# ---- 3. eMDR / MedWatch 3500A XML ----
def fam_emdr(phi):
    d = tick()
    b = B("emdr_xml")
    b.t("%s DEBUG [esg-submit-%d] c.v.emdr.Form3500ABuilder - %s " %
        (ts_log4j(d), rng.randint(1, 4), ch(["section built:", "fragment:", "rendered"])))
    model = ch(PATIENT_MODELS)
    if not phi:
        k = rng.randint(0, 4)
        if k == 0:
            b.t("<A><A2_Age unit=\"Year\">%s</A2_Age><A3_Sex>%s</A3_Sex><A4_Weight unit=\"lbs\">%d</A4_Weight>"
                "<A5_Ethnicity>%s</A5_Ethnicity></A>" % (age_young(), ch("FM"), rng.randint(90, 260),
                                                        ch(["Not Hispanic/Latino", "Hispanic/Latino", "Unknown"])))
        elif k == 1:
            b.t("<G><G1_ContactOffice>%s, %s, %s, %s %s</G1_ContactOffice><G1_Phone>%s</G1_Phone>"
                "<G3_ReportSource>%s</G3_ReportSource><G4_DateReceived>%s</G4_DateReceived><G5_PMA>P%06d</G5_PMA>"
                "<G9_MfrReportNumber>%s</G9_MfrReportNumber></G>" %
                (COMPANY, COMPANY_ADDR[0], COMPANY_ADDR[1], COMPANY_ADDR[2], COMPANY_ADDR[3], ch(COMPANY_PHONE),
                 ch(["Consumer", "Health Professional", "User Facility"]), fmt_date(recent(), "hl7"),
                 rng.randint(10000, 190000), mdr_no()))
        elif k == 2:
            b.t("<H><H1_TypeOfReportable>%s</H1_TypeOfReportable><H6_DeviceCode>%s</H6_DeviceCode>"
                "<H6_MethodCode>%s</H6_MethodCode><H6_ResultCode>%s</H6_ResultCode><H6_ConclusionCode>%s</H6_ConclusionCode></H>"
                % (ch(["Malfunction", "Serious Injury", "Death"]), "A%04d" % rng.randint(100, 1600),
                   "B%02d" % rng.randint(1, 25), "C%02d" % rng.randint(1, 30), "D%02d" % rng.randint(1, 20)))
        elif k == 3:
            b.t("ESG %s MessageId=<%s@esg.fda.hhs.gov> CoreId=%s status=%s" %
                (ch(["ACK1", "ACK2", "ACK3"]), uuid4(), "%d" % rng.randint(10 ** 9, 10 ** 10), ch(["Accepted", "Received", "AcceptedWithWarnings"])))
        else:
            b.t("<D><D1_BrandName>%s</D1_BrandName><D2_ProductCode>%s</D2_ProductCode><D4_ModelNumber>%s</D4_ModelNumber>"
                "<D4_LotNumber>%s</D4_LotNumber><D4_UDI_DI>%s</D4_UDI_DI><D4_ExpirationDate>%s</D4_ExpirationDate></D>"
                % (PRODUCTS[model][0], ch(["LWS", "DXY", "LZG", "BZD", "NIK"]), model, lot(), udi_di(), fmt_date(rand_date(2025, 2027), "hl7")))
        return [b]
    p, a = Person(), Addr()
    k = rng.randint(0, 4)
    if k == 0:
        b.t("<A>")
        b.a(xel("A1_PatientIdentifier", P(ch([mrn(), patient_reg_id()]), "mrn")))
        if rng.random() < 0.7:
            b.a(xel("A2_Age", age_val(), 'unit="Year"'))
        else:
            b.a(xel("A2_DateOfBirth", P(fmt_date(dob(), "hl7"), "date")))
        b.t("<A3_Sex>%s</A3_Sex></A>" % ch("FM"))
    elif k == 1:
        narr = seq("Pt's %s reported " % ch(RELATION), ch(FAILURE), " on ", P(fmt_date(recent(), "us"), "date"),
                   ". Pt ", P(p.full(), "name"), " taken to ED; ", ch(SYMPTOMS), ".")
        b.t("<B><B1_AdverseEvent>Y</B1_AdverseEvent>")
        b.a(xel("B3_DateOfEvent", P(fmt_date(recent(), "hl7"), "date")))
        b.t("<B4_DateOfReport>%s</B4_DateOfReport>" % (d - datetime.timedelta(days=rng.randint(0, 3))).strftime("%Y%m%d"))
        b.a(xel("B5_Describe", narr))
        b.t("</B>")
    elif k == 2:
        sn = serial_for(model)
        b.t("<D><D4_ModelNumber>%s</D4_ModelNumber><D4_LotNumber>%s</D4_LotNumber>" % (model, lot()))
        b.a(xel("D4_SerialNumber", P(sn, "device")))
        if rng.random() < 0.6:
            b.a(xel("D4_UDI", P(udi(model, sn, "paren"), "device")))
        if PRODUCTS[model][1] == "implant":
            b.a(xel("D6a_ImplantDate", P(fmt_date(rand_date(2014, 2023), "hl7"), "date")))
            if rng.random() < 0.5:
                b.a(xel("D6b_ExplantDate", P(fmt_date(recent(), "hl7"), "date")))
        b.t("</D>")
    elif k == 3:
        b.t("<E><E1_Reporter type=\"%s\">" % ch(["Consumer", "Lay user/patient", "Family member"]))
        b.a(xel("LastName", P(p.last, "name")))
        b.a(xel("FirstName", P(p.first, "name")))
        b.a(xel("Address", P(a.street_full(), "address")))
        b.a(xel("City", P(a.city, "address")))
        b.t("<State>%s</State>" % a.state)
        b.a(xel("Zip", P(a.zip, "zip")))
        if rng.random() < 0.7:
            b.a(xel("Phone", P(phone(), "phone")))
        if rng.random() < 0.5:
            b.a(xel("Email", P(p.email(), "email")))
        b.t("</E1_Reporter><E2_HealthProfessional>N</E2_HealthProfessional></E>")
    else:
        # HL7 ICSR-style fragment
        bd = dob_old() if rng.random() < 0.4 else dob()
        b.t("<investigationEvent><subject1><subjectAffectedPerson><name>")
        b.a(mapped(P(p.full(), "name"), xesc))
        b.t("</name><administrativeGenderCode code=\"%s\"/><birthTime value=\"" % ch("FM"))
        b.p(fmt_date(bd, "hl7"), "date")
        b.t("\"/></subjectAffectedPerson></subject1><effectiveTime value=\"%s\"/></investigationEvent>" %
            d.strftime("%Y%m%d%H%M%S"))
    return [b]


# ---- 4. RMA / returned goods ----
def fam_rma(phi):
    d = tick()
    b = B("rma_log")
    b.t("%s [rma-worker-%d] %s com.veridian.rma.%s - " %
        (ts_log4j(d, comma=False), rng.randint(1, 8), ch(["INFO ", "INFO ", "WARN ", "DEBUG"]),
         ch(["ReceivingService", "KitDispatch", "DeconTracker", "RmaStateMachine"])))
    model = ch(PATIENT_MODELS)
    r = rma_no()
    if not phi:
        b.t(ch([
            "%s state %s->%s by %s" % (r, ch(["OPEN", "KIT_SENT", "IN_TRANSIT"]), ch(["IN_TRANSIT", "RECEIVED", "DECON"]), ch(STAFF)),
            "decon cycle complete chamber=DC-%02d cycle=%d dur=%dm result=PASS" % (rng.randint(1, 4), rng.randint(1000, 9999), rng.randint(30, 60)),
            "queue depth=%d oldest=%dd%dh sla_breach=%d" % (rng.randint(0, 80), rng.randint(0, 9), rng.randint(0, 23), rng.randint(0, 5)),
            "return kit %s shipped to %s, %s trk=1Z%s" % (r, *(lambda o: (o[0], "%s, %s, %s %s" % o[1:5]))(ch(ORGS)), alnum(16)),
            "%s received dock=MEM-DOCK-%d model=%s lot=%s qty=1 biohazard=%s photo_ref=IMG-%s" %
            (r, rng.randint(1, 4), model, lot(), ch("YN"), digits(6)),
            "carrier scan %s FEDEX %s %s MEMPHIS TN" % (r, digits(12), ch(["PICKED_UP", "IN_TRANSIT", "DELIVERED"])),
            "label reprint requested for %s printer=ZB-MEM-07 (%s)" % (r, private_ip()),
        ]))
        return [b]
    p, a = Person(), Addr()
    sn = serial_for(model)
    k = rng.randint(0, 4)
    if k == 0:
        b.t("%s received dock=MEM-DOCK-%d model=%s sn=" % (r, rng.randint(1, 4), model))
        b.p(sn, "device")
        b.t(" lot=%s decon=%s" % (lot(), ch(["PASS", "PENDING"])))
        if PRODUCTS[model][1] == "implant" and rng.random() < 0.6:
            b.t(" explant_dt=")
            b.p(fmt_date(recent(), "iso"), "date")
    elif k == 1:
        b.t("return kit for %s addressed to " % r)
        b.p(p.upper() if rng.random() < 0.5 else p.full(), "name")
        b.t(", ")
        b.p(a.street_full(), "address")
        b.t(", ")
        b.p(a.city, "address")
        b.t(", %s " % a.state)
        b.p(a.zip, "zip")
        b.t(" svc=FEDEX_2DAY trk=%s" % digits(12))
    elif k == 2:
        b.t("identity check for home pickup %s: %s DL " % (r, drivers_license()[0]))
        st, n = drivers_license()
        b.p(n, "license")
        b.t(" name_match=%s" % ch(["true", "partial"]))
    elif k == 3:
        b.t("%s linked sn=" % r)
        b.p(sn, "device")
        b.t(" udi=")
        b.p(udi(model, sn), "device")
        b.t(" complaint=%s" % complaint_no())
    else:
        b.t("%s contact updated phone=" % r)
        b.p(phone(), "phone")
        b.t(" email=")
        b.p(p.email(), "email")
        b.t(" prev_contact_id=%s" % sfid("003"))
    return [b]


# ---- 5. failure analysis lab ----
def fam_fa(phi):
    d = tick()
    b = B("fa_lab")
    fa = "FA-24-%04d" % rng.randint(1, 2500)
    model = ch(PATIENT_MODELS)
    b.t("FA|%s|%s|analyst=%s|" % (fa, ts_iso(d, ms=False), ch(["qa.rlindqvist", "fa.lab3", "tkoenig", "a.hoffmann"])))
    if not phi:
        b.t(ch([
            "step=VISUAL|result=%s|fixture=%s|notes=%s" % (ch(["PASS", "FAIL"]), "FX-VIS-%03d" % rng.randint(1, 50), ch(["no damage", "hairline crack at port", "fluid ingress"])),
            "step=IMPEDANCE_SWEEP|result=%.2fkOhm|spec=0.20-2.00|verdict=%s|fixture=%s" % (rng.uniform(0.1, 2.5), ch(["PASS", "FAIL"]), "FX-IMP-%04d" % rng.randint(1, 9999)),
            "step=BATTERY_CAP|measured=%.3fAh|nominal=1.800Ah|temp=%.1fC|station=%s" % (rng.uniform(0.2, 1.8), rng.uniform(20, 38), "TS-%s-%02d" % (alnum(3), rng.randint(1, 40))),
            "step=SEM|image_set=SEM-%s|mag=%dx|operator=%s" % (digits(5), ch([500, 1000, 5000]), ch(STAFF)),
            "step=ROOT_CAUSE|code=%s|capa=CAPA-2024-%03d|conclusion=%s" % ("RC%03d" % rng.randint(1, 200), rng.randint(1, 300), ch(FAILURE)),
            "step=LOG_DUMP|model=%s|fw=%s|bytes=%d|sha256=%s" % (model, ch(FW), rng.randint(4096, 2 ** 20), hexs(64)),
        ]))
        return [b]
    p = Person()
    sn = serial_for(model)
    k = rng.randint(0, 3)
    if k == 0:
        b.t("step=RECEIPT|model=%s|sn=" % model)
        b.p(sn, "device")
        b.t("|lot=%s|condition=%s" % (lot(), ch(["explanted", "returned by pt", "damaged in transit"])))
    elif k == 1:
        b.t("step=INTERROGATION|hdr.PatientName=")
        if rng.random() < 0.5:
            b.p(ascii_fold(p.last).upper(), "name")
            b.t("^")
            b.p(ascii_fold(p.first).upper(), "name")
        else:
            b.p(p.full(), "name")
        b.t("|hdr.DOB=")
        b.p(fmt_date(dob(), ch(["us", "iso"])), "date")
        b.t("|hdr.ImplantDate=")
        b.p(fmt_date(rand_date(2012, 2023), ch(["us", "iso"])), "date")
        b.t("|hdr.Physician=%s|episodes=%d" % (clinician()[0], rng.randint(0, 40)))
    elif k == 2:
        b.t("step=RF_MODULE|bt_mac=")
        b.p(mac(), "device")
        b.t("|rssi=%d|pair_table=%d" % (rng.randint(-90, -40), rng.randint(0, 4)))
    else:
        b.t("step=MODEM|imei=")
        b.p(imei(), "device")
        b.t("|iccid=89%s|last_attach=%s" % (digits(18), ts_iso(d - datetime.timedelta(days=rng.randint(2, 30)), ms=False)))
    return [b]


# ---- 6. field service tickets ----
def fam_field_service(phi):
    d = tick()
    b = B("field_service")
    wo = "WO-%07d" % rng.randint(90000, 999999)
    b.t("[FSM %s] %s | " % (ts_log4j(d), wo))
    if not phi:
        o = org()
        b.t("type=%s | site=\"%s\" | addr=\"%s, %s, %s %s\" | site_phone=%s | asset=IFX-H900 sn=%s | sched=%s | tech=%s | van=FSV-%03d"
            % (ch(["PM", "REPAIR", "INSTALL", "CALIBRATION"]), o[0], o[1], o[2], o[3], o[4], o[5],
               serial_for("IFX-H900"), fmt_date(rand_date(2024, 2024), "iso"), ch(STAFF), rng.randint(1, 200)))
        if rng.random() < 0.4:
            st, pl = plate()
            b.t(" plate=%s-%s" % (st, pl))
        return [b]
    p, a = Person(), Addr()
    model = ch(["SA-10A", "IFX-300", "RM-50", "VF-CTRL2"])
    b.t("type=HOME_VISIT | contact=")
    b.p(p.full(), "name")
    b.t(" | addr=\"")
    b.p(a.street_full(), "address")
    b.t(", ")
    b.p(a.city, "address")
    b.t(", %s " % a.state)
    b.p(a.zip, "zip")
    b.t("\" | ")
    if rng.random() < 0.7:
        b.t("phone=")
        b.p(phone(), "phone")
        b.t(" | ")
    b.t("asset=%s sn=" % model)
    b.p(serial_for(model), "device")
    b.t(" | appt=")
    b.p(fmt_date(rand_date(2024, 2024), ch(["iso", "us"])), "date")
    b.t(" 09:00-11:00 | tech=%s" % ch(STAFF))
    if rng.random() < 0.35:
        st, pl = plate()
        b.t(" | gate_note=\"visitor parking; pt car %s plate " % st)
        b.p(pl, "vehicle")
        b.t(" in driveway\"")
    if rng.random() < 0.25:
        st, n = drivers_license()
        b.t(" | id_check=%s DL " % st)
        b.p(n, "license")
    if rng.random() < 0.2:
        b.t(" | county=")
        b.p(a.county, "address")
    return [b]


# ---- 7. telemetry JSON (connected implants / monitors) ----
def fam_telemetry_json(phi):
    d = tick()
    b = B("telemetry_json")
    model = ch(["ICD-7740", "PM-2210DR", "RM-50", "IFX-300", "GT-7", "VF-CTRL2"])
    rec = {"ts": ts_iso(d), "level": ch(["info", "info", "warn", "debug"]), "svc": "telemetry-ingest",
           "pod": "telemetry-ingest-%s-%s" % (hexs(9), alnum(5, string.ascii_lowercase + string.digits)),
           "trace_id": trace_id()}
    if not phi:
        rec.update(ch([
            {"msg": "batch flushed", "n": rng.randint(10, 2048), "p99_ms": rng.randint(20, 900), "topic": "tele.raw.v3", "partition": rng.randint(0, 23), "offset": rng.randint(10 ** 6, 10 ** 9)},
            {"msg": "fw rollout progress", "model": model, "fw": ch(FW), "cohort": ch("ABCD"), "pct": ch([5, 25, 50, 100]), "build": "b%d" % rng.randint(3000, 9000)},
            {"msg": "certificate rotated", "issuer": "Veridian Device CA G3", "not_after": "2026-03-01T00:00:00Z", "kid": hexs(16)},
            {"msg": "schema validation failed", "schema": "episode.v%d" % rng.randint(2, 5), "field": ch(["egm.samples", "therapy.zones", "battery.voltage"]), "count": rng.randint(1, 50)},
            {"msg": "gateway heartbeat", "gw_host": "tgw-%02d.prod.vms.internal" % rng.randint(1, 30), "src": private_ip(), "port": ch([8883, 443, 5684])},
        ]))
    else:
        p = Person()
        dev = {"model": model, "fw": ch(FW)}
        opts = ["sn", "imei", "ip", "mac", "pid", "name", "udi"]
        chosen = rng.sample(opts, rng.randint(1, 4))
        sn = serial_for(model)
        if "sn" in chosen:
            dev["sn"] = P(sn, "device")
        if "udi" in chosen:
            dev["udi"] = P(udi(model, sn), "device")
        if "mac" in chosen:
            dev["ble_mac"] = P(mac(), "device")
        rec["msg"] = ch(["upload accepted", "episode upload", "alert transmitted to clinic", "session resumed"])
        rec["device"] = dev
        gw = {}
        if "imei" in chosen:
            gw["imei"] = P(imei(), "device")
        if "ip" in chosen:
            gw["remote_addr"] = P(public_ip() if rng.random() < 0.85 else public_ipv6(), "ip")
        if gw:
            gw["carrier"] = ch(["VZW", "T-Mobile", "AT&T", "wifi"])
            rec["gw"] = gw
        if "pid" in chosen:
            rec[ch(["patient_id", "patientId", "pt_ref"])] = P(patient_reg_id(), "mrn")
        if "name" in chosen:
            rec["pairing"] = {"display_name": P(p.full(), "name"), "clinic": org()[0]}
        rec["bytes"] = rng.randint(2000, 90000)
        rec["episodes"] = rng.randint(0, 12)
    b.a(jdump(rec, pretty_sep=(",", ":")))
    return [b]


# ---- 8. CPAP / pump modem logfmt ----
def fam_telemetry_kv(phi):
    d = tick()
    b = B("telemetry_logfmt")
    b.t("ts=%s lvl=%s comp=%s " % (ts_iso(d), ch(["info", "info", "warn", "debug"]), ch(["modem-gw", "therapy-sync", "cpap-cloud"])))
    if not phi:
        b.t(ch([
            "msg=heartbeat conns=%d q=%d uptime=%dh rss_mb=%d" % (rng.randint(100, 9000), rng.randint(0, 40), rng.randint(1, 900), rng.randint(100, 900)),
            "msg=\"sync window opened\" window=02:00-04:00 tz=America/Chicago devices_expected=%d" % rng.randint(1000, 50000),
            "msg=\"throttle\" reason=carrier_backoff apn=vms.m2m retry_in=%ds" % rng.randint(5, 300),
            "msg=\"aggregate\" model=SA-10A ahi_p50=%.1f usage_p50_h=%.1f n=%d" % (rng.uniform(1, 6), rng.uniform(3, 8), rng.randint(100, 9000)),
            "msg=\"fw check\" model=%s current=%s latest=%s" % (ch(["SA-10A", "IFX-300"]), ch(FW), ch(FW)),
        ]))
        return [b]
    model = ch(["SA-10A", "IFX-300", "GT-7"])
    b.t("msg=\"session upload\" dev=")
    b.p(serial_for(model), "device")
    if rng.random() < 0.6:
        b.t(" imei=")
        b.p(imei(), "device")
    if rng.random() < 0.5:
        b.t(" src_ip=")
        b.p(public_ip(), "ip")
    b.t(" session_date=")
    b.p(fmt_date(recent(), "iso"), "date")
    if model == "SA-10A":
        b.t(" usage_h=%.1f ahi=%.1f leak_p95=%.1f" % (rng.uniform(0, 9), rng.uniform(0.3, 14), rng.uniform(2, 40)))
    else:
        b.t(" basal_u=%.2f bolus_n=%d bg_mean=%d" % (rng.uniform(10, 40), rng.randint(0, 8), rng.randint(80, 260)))
    if rng.random() < 0.2:
        b.t(" acct_holder=\"")
        b.p(Person().full(), "name")
        b.t("\"")
    return [b]


# ---- 9. recall notification mailings ----
def csvq(x):
    """CSV field with quoting; x is str/P/B"""
    return seq('"', mapped(x, lambda s: s.replace('"', '""')), '"')


def fam_recall(phi):
    d = tick()
    b = B("recall_mail")
    camp = ch(["RCL-2024-003", "RCL-2024-005", "FSCA-24-011"])
    if not phi:
        b.t(ch([
            "%s lettershop job=%s batch=%02d printed=%d returned_nixie=%d undeliverable=%d" % (ts_log4j(d), camp, rng.randint(1, 40), rng.randint(500, 9000), rng.randint(0, 90), rng.randint(0, 40)),
            "%s mailmerge template=%s_v%d.docx fields=23 locale=%s rows=%d" % (ts_log4j(d), camp, rng.randint(1, 5), ch(["en_US", "es_US", "fr_CA"]), rng.randint(1000, 30000)),
            "%s IMb job=%s mailer_id=%s service=%s pieces=%d permit=%d" % (ts_log4j(d), camp, digits(6), ch(["First-Class", "Certified"]), rng.randint(300, 9000), rng.randint(1000, 9999)),
            "%s reconciliation %s: ack_forms_received=%d hcp_acks=%d pending=%d" % (ts_log4j(d), camp, rng.randint(10, 9000), rng.randint(10, 900), rng.randint(10, 5000)),
            "%s,%s,HCP,\"%s\",\"%s\",\"%s\",%s,%s,%s,MAILED" % (camp, "%05d" % rng.randint(1, 99999), *(lambda o: (o[0], o[1], o[2], o[3], o[4], o[5]))(ch(ORGS))),
        ]))
        return [b]
    p, a = Person(), Addr()
    model = ch(PATIENT_MODELS)
    if rng.random() < 0.6:
        # CSV merge row
        b.t("%s,%05d,PT," % (camp, rng.randint(1, 99999)))
        if rng.random() < 0.5:
            b.a(csvq(P(p.full(), "name")))
        else:
            b.a(csvq(P(p.last, "name")))
            b.t(",")
            b.a(csvq(P(p.first, "name")))
        b.t(",")
        b.a(csvq(P(a.street(), "address")))
        b.t(",")
        if a.unit and rng.random() < 0.7:
            b.a(csvq(P(a.unit, "address")))
        else:
            b.t('""')
        b.t(",")
        b.a(csvq(P(a.city, "address")))
        b.t(",%s," % a.state)
        b.p(a.zip, "zip")
        b.t(",%s," % model)
        if rng.random() < 0.6:
            b.p(serial_for(model), "device")
        b.t(",%s" % ch(["MAILED", "QUEUED", "RETURNED_NIXIE", "CERTIFIED"]))
    else:
        b.t("%s %s notify channel=%s " % (ts_log4j(d), camp, ch(["email", "sms", "fax", "letter"])))
        k = rng.randint(0, 3)
        if k == 0:
            b.t("to=")
            b.p(p.email(), "email")
        elif k == 1:
            b.t("to=")
            b.p(phone("e164"), "phone")
        elif k == 2:
            b.t("fax_to=")
            b.p(phone(ch(["dash", "plain", "e164"])), "fax")
            b.t(" attn=\"")
            b.p(p.full(), "name")
            b.t("\"")
        else:
            b.t("addressee=\"")
            b.p(p.upper(), "name")
            b.t("\" line2=\"")
            b.p(a.street_full().upper(), "address")
            b.t("\" line3=\"")
            b.p(a.city.upper(), "address")
            b.t(" %s " % a.state)
            b.p(a.zip, "zip")
            b.t("\"")
        b.t(" template=%s_pt_%s status=%s" % (camp, ch(["en", "es"]), ch(["sent", "queued", "bounced"])))
    return [b]


# ---- 10. ERP (SAP IDoc) replacement shipments ----
def fam_idoc(phi):
    d = tick()
    b = B("erp_idoc")
    b.t("%s SAPPO1 idoc=%016d mestyp=DESADV basic=DELVRY07 seg=E1ADRM1 " % (d.strftime("%Y%m%d%H%M%S"), rng.randint(10 ** 10, 10 ** 12)))
    if not phi:
        o = org()
        b.t("PARTNER_Q=WE PARTNER_ID=%010d NAME1=\"%s\" STREET1=\"%s\" CITY1=\"%s\" REGION=%s POSTL_COD1=%s TELEPHONE1=\"%s\" VBELN=%s MATNR=%s CHARG=%s LFIMG=%d"
            % (rng.randint(10000, 999999), o[0].upper()[:35], o[1].upper(), o[2].upper(), o[3], o[4], o[5],
               "80%08d" % rng.randint(0, 99999999), ch(list(PRODUCTS)), lot(), rng.randint(1, 200)))
        return [b]
    p, a = Person(), Addr()
    model = ch(PATIENT_MODELS)
    b.t("PARTNER_Q=WE PARTNER_ID=ONETIME NAME1=\"")
    b.p(p.upper()[:35] if rng.random() < 0.6 else p.full(), "name")
    b.t("\" STREET1=\"")
    b.p(a.street().upper(), "address")
    b.t("\"")
    if a.unit:
        b.t(" STR_SUPPL1=\"")
        b.p(a.unit.upper(), "address")
        b.t("\"")
    b.t(" CITY1=\"")
    b.p(a.city.upper(), "address")
    b.t("\" REGION=%s POSTL_COD1=" % a.state)
    b.p(a.zip, "zip")
    if rng.random() < 0.6:
        b.t(" TELEPHONE1=\"")
        b.p(phone(ch(["dash", "plain", "paren"])), "phone")
        b.t("\"")
    b.t(" VBELN=%s MATNR=%s" % ("80%08d" % rng.randint(0, 99999999), model))
    if rng.random() < 0.5:
        b.t(" SERNR=")
        b.p(serial_for(model), "device")
    b.t(" LFIMG=1 ROUTE=%s" % ch(["FDX2D", "UPSNDA", "FDXSO"]))
    if rng.random() < 0.35:
        b.t(" E1EDKT1 TDID=Z001 TDLINE=\"Bill %s ID " % ch(["Medicare Part B,", "payer,", "Medicaid,"]))
        b.p(ch([mbi(), member_id(), medicaid_id()]), "health_plan")
        b.t(" - no charge replacement\"")
    return [b]


# ---- 11. X12 856 ASN ----
def fam_edi(phi):
    d = tick()
    b = B("edi_x12_856")
    ctrl = "%09d" % rng.randint(1, 999999999)
    b.t("%s edi-out %s ISA*00*          *00*          *ZZ*VERIDIANMED    *ZZ*%-15s*%s*%s*U*00401*%s*0*P*>~GS*SH*VERIDIANMED*%s*%s*%s*%d*X*004010~ST*856*0001~BSN*00*%s*%s*%s~HL*1**S~TD5**2*FDEG~"
        % (ts_iso(d), ch(["msg=", "payload="]), ch(["OWENSMINOR", "CARDINALHLTH", "VMSREPL3PL"]), d.strftime("%y%m%d"), d.strftime("%H%M"), ctrl,
           ch(["OWENSMINOR", "CARDINALHLTH", "VMSREPL3PL"]), d.strftime("%Y%m%d"), d.strftime("%H%M"), rng.randint(1, 99999),
           "SHP%07d" % rng.randint(0, 9999999), d.strftime("%Y%m%d"), d.strftime("%H%M")))
    model = ch(PATIENT_MODELS)
    if not phi:
        o = org()
        b.t("N1*ST*%s*92*%06d~N3*%s~N4*%s*%s*%s~" % (o[0].upper(), rng.randint(1, 999999), o[1].upper(), o[2].upper(), o[3], o[4]))
        b.t("HL*2*1*I~LIN**VP*%s*LT*%s~SN1**%d*EA~SE*9*0001~GE*1*%d~IEA*1*%s~" % (model, lot(), rng.randint(1, 50), rng.randint(1, 99999), ctrl))
        return [b]
    p, a = Person(), Addr()
    b.t("N1*ST*")
    b.p(ascii_fold(p.first + " " + p.last).upper(), "name")
    b.t("~N3*")
    b.p(a.street().upper(), "address")
    if a.unit and rng.random() < 0.7:
        b.t("*")
        b.p(a.unit.upper(), "address")
    b.t("~N4*")
    b.p(a.city.upper(), "address")
    b.t("*%s*" % a.state)
    b.p(a.zip.replace("-", ""), "zip")
    b.t("~")
    if rng.random() < 0.5:
        b.t("PER*IC**TE*")
        b.p(phone("plain"), "phone")
        b.t("~")
    b.t("HL*2*1*I~LIN**VP*%s*LT*%s" % (model, lot()))
    if rng.random() < 0.7:
        b.t("*SN*")
        b.p(serial_for(model), "device")
    b.t("~SN1**1*EA~SE*11*0001~GE*1*%d~IEA*1*%s~" % (rng.randint(1, 99999), ctrl))
    return [b]


# ---- 12. nginx access log for patient support site ----
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
       "VeridianCare/3.12.0 (iOS 17.4; iPhone14,2)"]
BOT_UA = ["Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "kube-probe/1.28",
          "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)", "ELB-HealthChecker/2.0"]


def fam_nginx(phi):
    d = tick()
    b = B("nginx_access")
    if not phi:
        k = rng.randint(0, 3)
        if k == 0:
            ip, ua, req, st = "66.249.%d.%d" % (rng.randint(64, 79), rng.randint(1, 254)), BOT_UA[0], "GET /support/recalls/rcl-2024-003 HTTP/1.1", 200
        elif k == 1:
            ip, ua, req, st = private_ip(), ch(BOT_UA[1:]), "GET /healthz HTTP/1.1", 200
        elif k == 2:
            ip, ua, req, st = private_ip(), ch(UAS), "GET /static/js/intake.%s.js HTTP/2.0" % hexs(8), ch([200, 304])
        else:
            ip, ua, req, st = private_ip(), ch(UAS), "POST /api/v2/complaints/%s/attachments HTTP/1.1" % complaint_no(), ch([201, 413, 401])
        b.t('%s - - [%s] "%s" %d %d "-" "%s" rt=%.3f uct="0.00%d" req_id=%s' %
            (ip, ts_clf(d), req, st, rng.randint(0, 90000), ua, rng.uniform(0.001, 2.5), rng.randint(0, 9), hexs(32)))
        return [b]
    p = Person()
    if rng.random() < 0.8:
        b.p(public_ip(), "ip")
    else:
        b.t(private_ip())
    b.t(" - - [%s] \"" % ts_clf(d))
    k = rng.randint(0, 3)
    if k == 0:
        b.t("GET /support/complaint/confirm?case=%s&email=" % case_no())
        b.p(qesc(p.email()), "email")
        b.t("&name=")
        b.p(qesc(p.full()), "name")
    elif k == 1:
        b.t("GET /portal/device-lookup?sn=")
        b.p(serial_for(ch(PATIENT_MODELS)), "device")
        b.t("&dob=")
        b.p(pesc(fmt_date(dob(), "us")), "date")
    elif k == 2:
        b.t("GET /support/callback?phone=")
        b.p(qesc(phone(ch(["paren", "dash", "e164"]))), "phone")
        b.t("&lang=%s" % ch(["en", "es"]))
    else:
        b.t("POST /api/v2/intake/web-form?src=%s" % ch(["qr-letter", "email", "organic"]))
    b.t(" HTTP/1.1\" %d %d \"" % (ch([200, 200, 302, 400]), rng.randint(200, 40000)))
    if k == 3 or rng.random() < 0.3:
        b.p("https://care.veridianmed.com/patients/%s/devices?token=%s" % (patient_reg_id(), hexs(12)), "url")
    else:
        b.t("https://support.veridianmed.com/complaint")
    b.t("\" \"%s\" rt=%.3f req_id=%s" % (ch(UAS), rng.uniform(0.01, 3), hexs(32)))
    return [b]


# ---- 13. Java exceptions with stack frames ----
FRAMES = ["com.veridian.crm.intake.FormValidator.validate(FormValidator.java:%d)",
          "com.veridian.crm.intake.IntakeController.submit(IntakeController.java:%d)",
          "org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:%d)",
          "jakarta.servlet.http.HttpServlet.service(HttpServlet.java:%d)",
          "com.veridian.emdr.esg.EsgClient.post(EsgClient.java:%d)",
          "org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:%d)",
          "com.veridian.rma.RmaStateMachine.transition(RmaStateMachine.java:%d)",
          "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:%d)",
          "java.base/java.lang.Thread.run(Thread.java:%d)"]


def frames():
    out = []
    for f in rng.sample(FRAMES, rng.randint(1, 3)):
        out.append(B("java_exception").t("\tat " + f % rng.randint(30, 1800)))
    if rng.random() < 0.3:
        out.append(B("java_exception").t("\t... %d common frames omitted" % rng.randint(3, 60)))
    return out


def fam_java(phi):
    d = tick()
    b = B("java_exception")
    b.t("%s ERROR [%s] %s - " % (ts_log4j(d), ch(["http-nio-8443-exec-%d" % rng.randint(1, 40), "esg-submit-2", "rma-worker-3", "scheduling-1"]),
                                 ch(["c.v.crm.intake.FormValidator", "c.v.emdr.esg.EsgClient", "o.h.e.j.s.SqlExceptionHelper", "c.v.rma.RmaStateMachine"])))
    if not phi:
        b.t(ch([
            "java.net.SocketTimeoutException: Read timed out after %dms (host=esg.fda.gov port=443)" % rng.randint(5000, 60000),
            "org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"complaint_pkey\" Detail: Key (id)=(%d) already exists." % rng.randint(100000, 999999),
            "java.lang.IllegalStateException: RMA %s cannot transition RECEIVED -> KIT_SENT" % rma_no(),
            "java.lang.NullPointerException: Cannot invoke \"String.trim()\" because \"lotNumber\" is null",
            "javax.xml.bind.UnmarshalException: unexpected element (uri:\"urn:hl7-org:v3\", local:\"PORR_IN040001UV01\") at line %d" % rng.randint(1, 400),
        ]))
        return [b] + frames()
    p, a = Person(), Addr()
    k = rng.randint(0, 2)
    if k == 0:
        b.t("ConstraintViolationException: Validation failed for PatientContact{firstName='")
        b.p(p.first, "name")
        b.t("', lastName='")
        b.p(p.last, "name")
        b.t("', dob=")
        bd = dob()
        b.p(bd.isoformat(), "date")
        b.t(", phone='")
        b.p(phone(), "phone")
        b.t("', zip='")
        b.p(a.zip5, "zip")
        b.t("'}: %s" % ch(["zip must match 5 digits", "phone format", "dob must be in the past"]))
    elif k == 1:
        b.t("org.hibernate.exception.DataException: could not execute statement [insert into patient_contact (email, ssn_last4, full_ssn, name) values ('")
        b.p(p.email(), "email")
        b.t("', '%s', '" % digits(4))
        b.p(ssn("dash"), "ssn")
        b.t("', '")
        b.p(p.full().replace("'", "''"), "name")
        b.t("')]; value too long for column \"full_ssn\"")
    else:
        b.t("java.lang.IllegalArgumentException: Invalid UDI '")
        model = ch(PATIENT_MODELS)
        b.p(udi(model, serial_for(model), ch(["plain", "gs"])), "device")
        b.t("' for patient ")
        b.p(patient_reg_id(), "mrn")
        b.t(": GTIN check digit mismatch")
    return [b] + frames()


# ---- 14. HL7 v2 implant registry feed ----
def fam_hl7(phi):
    d = tick()
    b = B("hl7v2_mllp")
    o = org()
    fac = ch(["STAGNES", "BANNERUMC", "MERCYHVI", "BAPTISTMEM"])
    msgid = "MSG%08d" % rng.randint(0, 99999999)
    b.t("%s [mllp-in:%d] " % (ts_log4j(d), ch([2575, 6661, 7001])))
    sep = ch(["\\r", "<CR>", " | "]) if rng.random() < 0.9 else "\\x0d"
    if not phi:
        b.t(ch([
            "ACK out: MSH|^~\\&|VRDN_REG|VERIDIAN|EPIC|%s|%s||ACK^R01|A%s|P|2.5.1%sMSA|AA|%s" % (fac, d.strftime("%Y%m%d%H%M%S"), msgid, sep, msgid),
            "connection from %s:%d accepted (peer=%s)" % (private_ip(), rng.randint(30000, 60000), fac),
            "rx %s bytes=%d type=ORU^R01 control_id=%s queue=registry.inbound lag_ms=%d" % (fac, rng.randint(900, 9000), msgid, rng.randint(1, 400)),
            "MSH|^~\\&|EPIC|%s|VRDN_REG|VERIDIAN|%s||MFN^M02|%s|P|2.5.1%sSTF|%s|%s^^^NPI|%s^%s||||A" % (
                fac, d.strftime("%Y%m%d%H%M%S"), msgid, sep, digits(6), npi(), ch(SURN).upper(), ch(FIRST).upper()),
        ]))
        return [b]
    p, a = Person(), Addr()
    model = ch(["ICD-7740", "PM-2210DR", "SCS-400", "VF-CTRL2"])
    b.t("rx MSH|^~\\&|EPIC|%s|VRDN_REG|VERIDIAN|%s||ORU^R01|%s|P|2.5.1%s" % (fac, d.strftime("%Y%m%d%H%M%S"), msgid, sep))
    b.t("PID|1||")
    b.p(mrn(), "mrn")
    b.t("^^^%s^MR||" % fac)
    b.p(ascii_fold(p.last).upper(), "name")
    b.t("^")
    b.p(ascii_fold(p.first).upper(), "name")
    b.t("^")
    if p.mi:
        b.p(p.mi, "name")
    b.t("||")
    b.p(fmt_date(dob_old() if rng.random() < 0.3 else dob(), "hl7"), "date")
    b.t("|%s|||" % ch("FM"))
    if rng.random() < 0.75:
        b.p(a.street().upper(), "address")
        b.t("^")
        if a.unit:
            b.p(a.unit.upper(), "address")
        b.t("^")
        b.p(a.city.upper(), "address")
        b.t("^%s^" % a.state)
        b.p(a.zip5, "zip")
    b.t("||")
    if rng.random() < 0.6:
        b.p(phone("paren").replace(" ", ""), "phone")
    b.t("||||||")
    if rng.random() < 0.4:
        b.p(ssn("plain"), "ssn")
    b.t(sep)
    b.t("OBX|1|ST|IMPLANT_SN^Implant serial||")
    b.p(serial_for(model), "device")
    b.t("||||||F%sOBX|2|DT|IMPLANT_DT^Implant date||" % sep)
    b.p(fmt_date(rand_date(2015, 2024), "hl7"), "date")
    b.t("||||||F")
    return [b]


# ---- 15. k8s / generic microservice JSON ----
def fam_k8s(phi):
    d = tick()
    b = B("k8s_json")
    rec = {"@timestamp": ts_iso(d), "log.level": ch(["INFO", "WARN", "DEBUG", "ERROR"]),
           "kubernetes": {"namespace": ch(["pms-prod", "crm-int", "erp-bridge"]), "pod": "%s-%s-%s" % (ch(["dedupe-svc", "case-router", "notif-svc", "sap-connector"]), hexs(9), alnum(5, string.ascii_lowercase + string.digits))},
           "service.version": version()}
    if not phi:
        rec.update(ch([
            {"message": "GC pause", "gc": "G1 Young", "pause_ms": rng.randint(2, 400), "heap_after_mb": rng.randint(200, 3000)},
            {"message": "kafka consumer lag", "topic": "complaints.cdc", "group": "case-router", "lag": rng.randint(0, 40000)},
            {"message": "readiness probe failed", "status": 503, "path": "/ready", "port": ch([8080, 9090])},
            {"message": "dedupe run finished", "candidates": rng.randint(10, 900), "merged": rng.randint(0, 40), "duration_ms": rng.randint(100, 90000)},
            {"message": "config reloaded", "sha": git_sha(40), "build": "%d" % rng.randint(1000, 9999), "feature_flags": ["emdr_v2", "udi_parse_strict"]},
            {"message": "outbound call", "http.url": "https://api.veridianmed.com/v2/complaints/%s" % complaint_no(), "http.status_code": ch([200, 404, 409]), "duration_ms": rng.randint(3, 900), "trace.id": trace_id()},
            {"message": "sent notification", "to": staff_email(), "template": "capa_due", "capa": "CAPA-2024-%03d" % rng.randint(1, 300)},
        ]))
    else:
        p = Person()
        k = rng.randint(0, 4)
        if k == 0:
            rec["message"] = seq("dedupe matched contact by email ", P(p.email(), "email"), " -> ", sfid("003"))
        elif k == 1:
            rec["message"] = "case routed"
            rec["ctx"] = {"case": case_no(), "patient": {"name": P(p.full(), "name"), "dob": P(fmt_date(dob(), "iso"), "date")}}
        elif k == 2:
            rec["message"] = "sms send failed"
            rec["to"] = P(phone("e164"), "phone")
            rec["err"] = "21614 not a mobile number"
        elif k == 3:
            rec["message"] = seq("sap-connector: BP lookup miss for ", P(p.upper(), "name"), " zip ", P(Addr().zip5, "zip"))
        else:
            rec["message"] = "payload"
            inner = B()
            jemit(inner, {"memberId": P(member_id(), "health_plan"), "subscriber": P(Person().full(), "name"), "relationship": ch(["self", "spouse", "child"])}, sep=(",", ":"))
            rec["body"] = inner  # double-encoded JSON string
        rec["trace.id"] = trace_id()
    b.a(jdump(rec, ascii_=rng.random() < 0.3))
    return [b]


# ---- 16. postfix mail log (recall emails) ----
def fam_postfix(phi):
    d = tick()
    b = B("postfix")
    qid = alnum(10, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")
    b.t("%s mx-out-%02d postfix/%s[%d]: %s: " % (ts_syslog(d), rng.randint(1, 3), ch(["smtp", "qmgr", "cleanup"]), rng.randint(1000, 60000), qid))
    if not phi:
        b.t(ch([
            "from=<recall-notices@veridianmed.com>, size=%d, nrcpt=1 (queue active)" % rng.randint(8000, 60000),
            "message-id=<%s.%s@veridianmed.com>" % (ts_epoch_ms(d), hexs(12)),
            (lambda h: "to=<%s@%s.org>, relay=mail.%s.org[%s]:25, delay=%.1f, delays=0.1/0/0.4/0.6, dsn=2.0.0, status=sent (250 2.0.0 OK)" % (
                ch(["risk.management", "biomed", "materials.mgmt", "cardiology.clinic"]), h, h, public_ip(), rng.uniform(0.2, 4)))(ch(["stagnes", "bannerhealth", "mercy", "bmhcc"])),
            "removed",
            "to=<%s>, relay=none, delay=%d, status=deferred (connect to mx.stagnes.org[%s]:25: Connection timed out)" % (
                "biomed.supervisor@stagnes.org", rng.randint(30, 9000), public_ip()),
            "to=<%s>, orig_to=<pms-alerts@veridianmed.com>, relay=local, delay=0.02, status=sent (delivered to mailbox)" % staff_email(),
        ]))
        return [b]
    p = Person()
    dom_ip = {"gmail.com": "gmail-smtp-in.l.google.com[142.250.%d.%d]" % (rng.randint(0, 255), rng.randint(1, 254)),
              "yahoo.com": "mta7.am0.yahoodns.net[67.195.204.%d]" % rng.randint(1, 254)}
    em = p.email()
    relay = dom_ip.get(em.split("@")[1], "mx.%s[%s]" % (em.split("@")[1], public_ip()))
    b.t("to=<")
    b.p(em, "email")
    dsn, status = ch([("2.0.0", "sent (250 ok)"), ("2.0.0", "sent (250 2.0.0 OK)"), ("5.1.1", "bounced (550 5.1.1 user unknown)"),
                      ("4.2.2", "deferred (452 4.2.2 mailbox full)")])
    b.t(">, relay=%s:25, delay=%.1f, delays=0.1/0/0.3/0.9, dsn=%s, status=%s" % (relay, rng.uniform(0.3, 9), dsn, status))
    return [b]


# ---- 17. CSV export for complaint trending ----
def fam_csv(phi):
    d = tick()
    b = B("csv_export")
    model = ch(PATIENT_MODELS)
    b.t('"%s","%s","%s","%s","%s",' % (complaint_no(), fmt_date(recent(), "iso"), model, lot(), ch(FAILURE)))
    if not phi:
        b.t('"%s","US-%s",%s,"%s","%s"' % (ch(SYMPTOMS), ch(CITIES)[1], age_young(), ch("FM"), ch(["Y", "N"])))
        return [b]
    a = Addr()
    b.t('"%s","US-%s",' % (ch(SYMPTOMS), a.state))
    k = rng.sample(["age", "zip", "event", "sn"], rng.randint(1, 3))
    if "age" in k:
        b.p(age_old(), "age")
    else:
        b.t(age_young())
    b.t(',"%s",' % ch("FM"))
    if "zip" in k:
        b.t('"')
        b.p(a.zip5, "zip")
        b.t('"')
    else:
        b.t('""')
    b.t(",")
    if "event" in k:
        b.p(fmt_date(recent(), "iso"), "date")
    b.t(",")
    if "sn" in k:
        b.p(serial_for(model), "device")
    return [b]


# ---- 18. IVR / contact-center telephony ----
def fam_ivr(phi):
    d = tick()
    b = B("ivr_log")
    call = "%s-%s" % (ts_epoch_ms(d), digits(5))
    b.t("%s ivr-node-%d [%s] " % (ts_iso(d, z=False), rng.randint(1, 4), call))
    if not phi:
        b.t(ch([
            "queue=PT_SUPPORT_EN agents_ready=%d longest_wait=%ds abandoned_15m=%d" % (rng.randint(0, 30), rng.randint(0, 900), rng.randint(0, 20)),
            "ani=anonymous dnis=+18004387714 menu=1>3>2 lang=en result=transfer_agent",
            "ani=%s dnis=+18004387714 caller_type=HCP facility=\"%s\" menu=2 result=transfer_hcp" % ("+1" + re_digits(ch(ORGS)[5]), ch(ORGS)[0]),
            "sip INVITE from %s:5060 codec=PCMU jitter_ms=%d mos=%.2f" % (private_ip(), rng.randint(1, 40), rng.uniform(3.2, 4.4)),
            "tts prompt=recall_rcl_2024_003_es.wav dur_ms=%d cache=hit" % rng.randint(4000, 40000),
        ]))
        return [b]
    p = Person()
    b.t("ani=")
    b.p(phone("e164"), "phone")
    b.t(" dnis=+18004387714 ")
    k = rng.randint(0, 3)
    if k == 0:
        b.t("vb.enroll speaker_ref=%s template_fmt=VPRT2 template=" % uuid4())
        b.p(voiceprint(), "biometric")
    elif k == 1:
        b.t("vb.verify score=%.3f threshold=0.82 result=%s" % (rng.uniform(0.5, 0.99), ch(["match", "nomatch"])))
    elif k == 2:
        b.t("dtmf.collect field=dob value=")
        b.p(fmt_date(dob(), "hl7"), "date")
        b.t(" matched=true")
    else:
        b.t("dtmf.collect field=device_sn value=")
        b.p(serial_for(ch(PATIENT_MODELS)), "device")
        b.t(" callback_number=")
        b.p(phone("plain"), "phone")
    return [b]


def re_digits(s):
    return "".join(c for c in s if c.isdigit())


# ---- 19. payment service (out-of-warranty replacements, refunds) ----
def fam_payment(phi):
    d = tick()
    b = B("payment")
    b.t("%s pay-svc %s order=%s " % (ts_iso(d), ch(["INFO", "INFO", "WARN", "ERROR"]), so_no()))
    if not phi:
        b.t(ch([
            "charge ok amount=%.2f USD card=************%s brand=%s auth=%s avs=Y cvv=M" % (rng.uniform(49, 1900), digits(4), ch(["visa", "mastercard", "amex"]), alnum(6)),
            "settlement batch=%d count=%d total=%.2f gateway=authnet" % (rng.randint(1000, 9999), rng.randint(10, 900), rng.uniform(1000, 90000)),
            "refund queued amount=%.2f method=original_payment rrn=%s" % (rng.uniform(20, 900), digits(12)),
            "ACH remit to vendor=%s routing=%s acct=****%s" % (ch(ORGS)[0], routing_number(), digits(4)),
            "webhook charge.succeeded id=ch_%s livemode=true" % alnum(24, string.ascii_letters + string.digits),
        ]))
        return [b]
    p = Person()
    k = rng.randint(0, 4)
    if k == 0:
        b.t("charge declined amount=%.2f USD pan=" % rng.uniform(49, 1900))
        b.p(card_number(), "account")
        b.t(" exp=%02d/%02d cardholder=\"" % (rng.randint(1, 12), rng.randint(25, 30)))
        b.p(p.upper(), "name")
        b.t("\" reason=do_not_honor")
    elif k == 1:
        b.t("ACH refund to patient routing=%s acct=" % routing_number())
        b.p(bank_account(), "account")
        b.t(" name=\"")
        b.p(p.full(), "name")
        b.t("\"")
    elif k == 2:
        b.t("SEPA refund iban=")
        b.p(iban(), "account")
        b.t(" bic=%s amount=%.2f EUR" % (ch(["DEUTDEFF", "INGBNL2A", "BARCGB22", "BNPAFRPP"]), rng.uniform(20, 900)))
    elif k == 3:
        b.t("patient billing account ")
        b.p(billing_account(), "account")
        b.t(" copay applied amount=%.2f payer=%s member=" % (rng.uniform(5, 300), ch(["Medicare Part B", "Aetna", "Molina Medicaid"])))
        b.p(ch([mbi(), member_id(), medicaid_id()]), "health_plan")
    else:
        b.t("check payment id_check DL=")
        st, n = drivers_license()
        b.p(n, "license")
        b.t(" state=%s payer_name=\"" % st)
        b.p(p.full(), "name")
        b.t("\"")
    return [b]


# ---- 20. patient portal audit (RFC 5424 syslog with structured data) ----
def fam_portal(phi):
    d = tick()
    b = B("portal_syslog5424")
    b.t("<%d>1 %s portal-web-%d portal %d %s " % (ch([134, 133, 132]), ts_iso(d), rng.randint(1, 4), rng.randint(100, 9000), ch(["AUTH", "AUDIT", "PROFILE"])))
    if not phi:
        b.t('[auth@32473 user="%s" src="%s" result="%s" mfa="%s" role="%s"] %s' %
            (ch(STAFF), private_ip(), ch(["success", "failure"]), ch(["totp", "push", "none"]), ch(["agent", "admin", "pms_reviewer"]), ch(["login", "logout", "role check"])))
        return [b]
    p = Person()
    k = rng.randint(0, 3)
    b.t('[auth@32473 user="')
    b.p(p.email(), "email")
    b.t('" src="')
    if rng.random() < 0.85:
        b.p(public_ip(), "ip")
    else:
        b.t(private_ip())
    b.t('" result="%s" mfa="sms"]' % ch(["success", "failure", "locked"]))
    if k == 0:
        b.t(' [profile@32473 field="mobile" new="')
        b.p(phone("e164"), "phone")
        b.t('"]')
    elif k == 1:
        b.t(' [profile@32473 field="avatar" url="')
        b.p("https://cdn.veridianmed.com/avatars/%s/%s.jpg" % (patient_reg_id(), hexs(10)), "url")
        b.t('"]')
    elif k == 2:
        b.t(' [profile@32473 field="caregiver" name="')
        b.p(Person().full(), "name")
        b.t('" rel="%s"]' % ch(RELATION))
    b.t(" %s" % ch(["login", "profile update", "device registered"]))
    return [b]


# ---- 21. CRM attachment uploads (photos) ----
def fam_attach(phi):
    d = tick()
    b = B("crm_attachment")
    b.t("%s DEBUG [attach-svc] upload case=%s " % (ts_log4j(d, comma=False), case_no()))
    if not phi:
        b.t("file=%s mime=image/png bytes=%d kind=%s data=%s...(truncated)" %
            (ch(["connector_crack.png", "IMG_%d.png" % rng.randint(1000, 9999), "label_photo.png", "alarm_screen.png"]),
             rng.randint(20000, 900000), ch(["device_photo", "packaging", "screen"]), nonface_image_b64()))
        return [b]
    k = ch([0, 0, 1, 1, 2])
    if k == 0:
        b.t("file=IMG_%d.jpg mime=image/jpeg kind=patient_photo exif.gps=stripped data=" % rng.randint(1000, 9999))
        b.p(photo_data_uri(), "photo")
    elif k == 1:
        rec = {"fileName": "selfie_with_device.jpg", "kind": "id_selfie", "contentBase64": P(photo_b64_only(), "photo"),
               "uploadedBy": P(Person().email(), "email")}
        b.a(jdump(rec))
    else:
        b.t("face-match enroll for portal id-check template=")
        b.p(face_template(), "biometric")
        b.t(" algo=arcface-r100 v=%s" % version())
    return [b]


# ---- 22. EU / Canada vigilance intake from distributors ----
def fam_vigilance(phi):
    d = tick()
    b = B("vigilance_mir")
    country = ch(["NL", "ES", "FR", "SE", "CA"])
    src = {"NL": "dist-benelux", "ES": "dist-iberia", "FR": "dist-france", "SE": "dist-nordics", "CA": "hc-canada"}[country]
    b.t("%s vig-intake %s src=%s mir_ref=MIR-%s-%05d " % (ts_iso(d), ch(["INFO", "WARN"]), src, country, rng.randint(1, 99999)))
    if not phi:
        b.t(ch([
            "nca=%s status=submitted eudamed_srn=US-MF-%09d fsca_ref=FSCA-24-011" % ({"NL": "IGJ", "ES": "AEMPS", "FR": "ANSM", "SE": "LMV", "CA": "HC"}[country], rng.randint(0, 999999999)),
            "translated narrative lang=%s chars=%d engine=mt-v4" % (ch(["nl", "es", "fr", "sv"]), rng.randint(200, 4000)),
            "trend report PSR-2024-Q1 devices=%d incidents=%d rate=%.4f" % (rng.randint(1000, 90000), rng.randint(1, 90), rng.uniform(0, 0.01)),
        ]))
        return [b]
    bd = dob_old() if rng.random() < 0.4 else dob()
    sex = ch("FM")
    if country == "SE":
        kind, nid = "pnr", personnummer(bd)
    elif country == "FR":
        kind, nid = "nir", nir_fr("1" if sex == "M" else "2", bd)
    else:
        kind, nid = {"NL": ("bsn", bsn()), "ES": ("dni", dni_es()), "CA": ("sin", sin_ca())}[country]
    rec = {"patient": {"nationalId": P(nid, "other_id"), "idType": kind.upper()}}
    if rng.random() < 0.5:
        rec["patient"]["sex"] = sex
    if rng.random() < 0.5:
        rec["patient"]["birthDate"] = P(fmt_date(bd, "iso"), "date")
    if rng.random() < 0.5:
        age = 2023 - bd.year + (1 if (bd.month, bd.day) <= (5, 13) else 0)
        rec["patient"]["age"] = P(age, "age" if age > 89 else None)
    if rng.random() < 0.4:
        model = ch(PATIENT_MODELS)
        rec["device"] = {"model": model, "serial": P(serial_for(model), "device")}
    rec["incidentType"] = ch(["serious", "non-serious"])
    b.t("payload=")
    b.a(jdump(rec, ascii_=False))
    return [b]


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------
FAMILIES = [
    (fam_crm_case, 3.0), (fam_call_note, 3.0), (fam_emdr, 3.0), (fam_rma, 3.0), (fam_fa, 2.0),
    (fam_field_service, 2.0), (fam_telemetry_json, 3.0), (fam_telemetry_kv, 2.0), (fam_recall, 2.0),
    (fam_idoc, 2.0), (fam_edi, 1.5), (fam_nginx, 2.5), (fam_java, 0.6), (fam_hl7, 2.0), (fam_k8s, 3.0),
    (fam_postfix, 2.0), (fam_csv, 1.5), (fam_ivr, 2.0), (fam_payment, 2.5), (fam_portal, 1.5),
    (fam_attach, 1.5), (fam_vigilance, 2.3)]


def pick_family():
    tot = sum(w for _, w in FAMILIES)
    x = rng.uniform(0, tot)
    for f, w in FAMILIES:
        x -= w
        if x <= 0:
            return f
    return FAMILIES[-1][0]


def main():
    rows = []  # (family, bytes, spans, intended)
    phi_n = 0
    while len(rows) < N_LINES:
        n = len(rows)
        prob = min(0.9, max(0.1, PHI_TARGET + 0.08 * (PHI_TARGET * n - phi_n)))
        phi = rng.random() < prob
        fam = pick_family()
        out = fam(phi)
        for i, bl in enumerate(out):
            if len(rows) >= N_LINES:
                break
            data, spans, intended = bl.build()
            if i == 0:
                assert bool(spans) == phi, (fam.__name__, phi, data)
            else:
                assert not spans
            assert b"\n" not in data and b"\r" not in data
            assert len(data) <= 20000
            data.decode("utf-8")
            rows.append((bl.fam, data, spans, intended))
            if spans:
                phi_n += 1
    log_path = os.path.join(HERE, "by.log")
    lab_path = os.path.join(HERE, "by.labels.jsonl")
    with open(log_path, "wb") as fh:
        for _, data, _, _ in rows:
            fh.write(data + b"\n")
    with open(lab_path, "w", encoding="utf-8", newline="\n") as fh:
        for i, (fam, _, spans, _) in enumerate(rows, 1):
            fh.write(json.dumps({"line": i, "family": fam, "spans": spans}, ensure_ascii=False) + "\n")
    # verify what was written
    with open(log_path, "rb") as fh:
        raw = fh.read()
    lines = raw.split(b"\n")
    assert lines[-1] == b"" and len(lines) == N_LINES + 1
    lines = lines[:-1]
    with open(lab_path, encoding="utf-8") as fh:
        labs = [json.loads(x) for x in fh]
    assert len(labs) == N_LINES
    cats = {}
    for i, (ln, lab, row) in enumerate(zip(lines, labs, rows), 1):
        assert lab["line"] == i and len(ln) <= 20000
        assert len(lab["spans"]) == len(row[3])
        prev_e = -1
        for sp, want in zip(lab["spans"], row[3]):
            assert ln[sp["s"]:sp["e"]] == want, (i, sp, want)
            assert sp["s"] >= prev_e
            prev_e = sp["e"]
            cats[sp["cat"]] = cats.get(sp["cat"], 0) + 1
    clean = sum(1 for lab in labs if not lab["spans"])
    fams = {}
    for lab in labs:
        fams[lab["family"]] = fams.get(lab["family"], 0) + 1
    print("lines", len(lines), "no-PHI", clean, "(%.1f%%)" % (100.0 * clean / len(lines)))
    print("spans", sum(cats.values()), json.dumps(dict(sorted(cats.items()))))
    print("families", json.dumps(dict(sorted(fams.items()))))


if __name__ == "__main__":
    main()
