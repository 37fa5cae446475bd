#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for held-out PHI corpus "bk".

Theme: US health systems serving patients with limited English proficiency:
interpreter / language-line logs, portal translations, SMS reminders and
call-centre notes in zh-Hans, zh-Hant, vi, ko, ru, ar, ht, tl, so, hmn, pl, uk.

Standard library only, fixed seed, deterministic.  Writes next to itself:
  bk.log            500 lines
  bk.labels.jsonl   one JSON object per line with byte-offset spans

Every line is built from segments; labelled segments record their own byte
offsets while the line is assembled (values are never searched for later).
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import sys
import unicodedata
import urllib.parse

SEED = 0xB4_2024_0305
N_LINES = 500
N_CLEAN = 225          # lines without any PHI (45 %)
MAX_LINE_BYTES = 20000
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_LOG = os.path.join(HERE, "bk.log")
OUT_LAB = os.path.join(HERE, "bk.labels.jsonl")

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}

R = random.Random(SEED)  # re-seeded in build()


# ---------------------------------------------------------------------------
# segment model
# ---------------------------------------------------------------------------
class P:
    """A labelled value.  cat=None means: written like a value, not PHI."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        assert cat is None or cat in CATS, cat
        self.v = str(v)
        self.cat = cat


class PN(P):
    """A labelled JSON number (emitted bare, not quoted)."""


class T(list):
    """Text made of segments (str / P / nested T), encoded as ONE string value."""

    def __init__(self, *parts):
        super().__init__(parts)


def flat(x):
    """Plain text of a segment tree (for length checks / quoting decisions)."""
    if isinstance(x, P):
        return x.v
    if isinstance(x, (list, tuple)):
        return "".join(flat(y) for y in x)
    if x is None:
        return ""
    return str(x)


def has_phi(x):
    if isinstance(x, P):
        return x.cat is not None
    if isinstance(x, (list, tuple)):
        return any(has_phi(y) for y in x)
    if isinstance(x, dict):
        return any(has_phi(v) for v in x.values())
    return False


# --- encoders: all are per-character, hence compositional over segments -----
def plain(s):
    return s


def enc_json(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def enc_json_ascii(s):
    return json.dumps(s, ensure_ascii=True)[1:-1]


def enc_url(s):
    return urllib.parse.quote(s, safe="")


def enc_url_plus(s):
    return urllib.parse.quote_plus(s, safe="")


def enc_url_path(s):
    return urllib.parse.quote(s, safe="/")


def enc_xml(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def enc_csv(s):
    return s.replace('"', '""')


def enc_hl7(s):
    out = []
    for ch in s:
        out.append({"\\": "\\E\\", "|": "\\F\\", "^": "\\S\\", "&": "\\T\\",
                    "~": "\\R\\"}.get(ch, ch))
    return "".join(out)


def enc_logfmt(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def enc_ucs2hex(s):
    return s.encode("utf-16-be").hex().upper()


def enc_utf8hex_esc(s):
    """MySQL style: non-ASCII bytes as \\xHH."""
    return "".join(("\\x%02X" % b) if b >= 0x80 else chr(b) for b in s.encode("utf-8"))


def enc_pybytes(s):
    """Python bytes repr body: non-ASCII bytes as \\xhh (lower case)."""
    return "".join(("\\x%02x" % b) if b >= 0x80 else chr(b) for b in s.encode("utf-8"))


def enc_b64_utf8(s):
    # NOT compositional -> only used on whole P values
    return base64.b64encode(s.encode("utf-8")).decode()


def compose(*fs):
    def f(s):
        for g in fs:
            s = g(s)
        return s
    return f


class Line:
    def __init__(self, family):
        self.family = family
        self.b = bytearray()
        self.spans = []

    def t(self, *parts, enc=plain):
        for x in parts:
            if x is None:
                continue
            if isinstance(x, P):
                e = enc(x.v).encode("utf-8")
                s = len(self.b)
                self.b += e
                if x.cat is not None:
                    self.spans.append({"s": s, "e": len(self.b), "cat": x.cat,
                                       "want": bytes(e)})
            elif isinstance(x, (list, tuple)):
                self.t(*x, enc=enc)
            else:
                self.b += enc(str(x)).encode("utf-8")
        return self


def J(L, obj, enc=plain, ascii=False, sep=(", ", ": ")):
    """Emit a JSON value made of Python values, P/PN and T segments.
    enc is an outer encoder (for JSON embedded in a string)."""
    je = enc_json_ascii if ascii else enc_json
    inner = compose(je, enc)
    if isinstance(obj, dict):
        L.t("{", enc=enc)
        for i, (k, v) in enumerate(obj.items()):
            if i:
                L.t(sep[0], enc=enc)
            L.t('"', enc=enc)
            L.t(k, enc=inner)
            L.t('"', sep[1], enc=enc)
            J(L, v, enc, ascii, sep)
        L.t("}", enc=enc)
    elif isinstance(obj, PN):
        L.t(P(obj.v, obj.cat), enc=enc)
    elif isinstance(obj, (str, P, T)):
        L.t('"', enc=enc)
        L.t(obj, enc=inner)
        L.t('"', enc=enc)
    elif isinstance(obj, list):
        L.t("[", enc=enc)
        for i, v in enumerate(obj):
            if i:
                L.t(sep[0], enc=enc)
            J(L, v, enc, ascii, sep)
        L.t("]", enc=enc)
    else:
        L.t(json.dumps(obj), enc=enc)
    return L


def KV(L, pairs, sep=" ", eq="=", quote="auto", qchar='"'):
    """logfmt-like key=value pairs; values quoted when they contain spaces."""
    for i, (k, v) in enumerate(pairs):
        if i:
            L.t(sep)
        L.t(k, eq)
        txt = flat(v)
        need = quote == "always" or (quote == "auto" and (
            txt == "" or any(c in txt for c in ' "=\t')))
        if need:
            L.t(qchar)
            L.t(v, enc=enc_logfmt if qchar == '"' else plain)
            L.t(qchar)
        else:
            L.t(v)
    return L


# ---------------------------------------------------------------------------
# random helpers and identifier generators
# ---------------------------------------------------------------------------
def ch(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def trace_id():
    return hexs(32)


def span_id():
    return hexs(16)


def sha256ish():
    return hexs(64)


def git_sha():
    return hexs(40)


def version():
    return "%d.%d.%d" % (R.randint(1, 9), R.randint(0, 24), R.randint(0, 40))


def luhn_check(body):
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
    return luhn_check(num[:-1]) == num[-1]


def ssn(fmt=None):
    while True:
        area = R.randint(1, 899)
        if area != 666:
            break
    grp = R.randint(1, 99)
    ser = R.randint(1, 9999)
    fmt = fmt or ch(["dash", "dash", "dash", "plain", "space"])
    if fmt == "dash":
        return "%03d-%02d-%04d" % (area, grp, ser)
    if fmt == "space":
        return "%03d %02d %04d" % (area, grp, ser)
    return "%03d%02d%04d" % (area, grp, ser)


def card_number(brand=None, grouped=None):
    brand = brand or ch(["visa", "visa", "mc", "amex", "disc"])
    if brand == "visa":
        body = "4" + digits(14)
    elif brand == "mc":
        body = "5" + str(R.randint(1, 5)) + digits(13)
    elif brand == "amex":
        body = ch(["34", "37"]) + digits(12)
    else:
        body = "6011" + digits(11)
    num = body + luhn_check(body)
    assert luhn_ok(num)
    if grouped is None:
        grouped = chance(0.5)
    if grouped:
        if len(num) == 15:
            return "%s %s %s" % (num[:4], num[4:10], num[10:])
        sepc = ch([" ", "-"])
        return sepc.join(num[i:i + 4] for i in range(0, 16, 4))
    return num


VIN_MAP = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                   [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_AL = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    wmi = ch(["1HG", "JTD", "5YJ", "1FT", "KMH", "KND", "2T1", "3VW", "WBA", "JN1",
              "1G1", "4T1", "5NP", "1N4", "2HK", "JM1", "5XY", "1C4"])
    vds = "".join(R.choice(VIN_AL) for _ in range(5))
    year = ch("ABCDEFGHJKLMNPR")
    plant = R.choice(VIN_AL)
    serial = digits(6)
    v = wmi + vds + "0" + year + plant + serial
    tot = 0
    for c, w in zip(v, VIN_W):
        tot += (int(c) if c.isdigit() else VIN_MAP[c]) * w
    cd = tot % 11
    cd = "X" if cd == 10 else str(cd)
    v = v[:8] + cd + v[9:]
    return v


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dashed=None):
    a = MBI_ALPHA
    an = MBI_ALPHA + "0123456789"
    s = (R.choice("123456789") + R.choice(a) + R.choice(an) + R.choice("0123456789")
         + R.choice(a) + R.choice(an) + R.choice("0123456789") + R.choice(a)
         + R.choice(a) + R.choice("0123456789") + R.choice("0123456789"))
    if dashed is None:
        dashed = chance(0.4)
    return "%s-%s-%s" % (s[:4], s[4:7], s[7:]) if dashed else s


def npi():
    body = R.choice("12") + digits(8)
    return body + luhn_check("80840" + body)


def dea(surname_initial="M"):
    d = digits(6)
    c = (int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))) % 10
    return ch("ABFM") + surname_initial.upper() + d + str(c)


def imei():
    body = ch(["35", "86", "35", "01"]) + digits(12)
    return body + luhn_check(body)


def mac(sep=":", upper=None):
    first = R.randint(0, 255) & 0xFC
    bs = [first] + [R.randint(0, 255) for _ in range(5)]
    if upper is None:
        upper = chance(0.4)
    f = "%02X" if upper else "%02x"
    return sep.join(f % b for b in bs)


PUB_FIRST = [24, 47, 50, 66, 67, 68, 69, 70, 71, 73, 75, 76, 97, 98, 99, 104, 107, 108,
             173, 174, 184, 208, 209, 216]


def pub_ip():
    return "%d.%d.%d.%d" % (ch(PUB_FIRST), R.randint(0, 255), R.randint(0, 255),
                            R.randint(1, 254))


def pub_ip6():
    pre = ch(["2601:%x:%x" % (R.randint(0x100, 0x1ff), R.randint(0x100, 0xfff)),
              "2600:1700:%x" % R.randint(0x100, 0xffff),
              "2607:fb90:%x" % R.randint(0x100, 0xffff)])
    return pre + ":" + ":".join("%x" % R.randint(0, 0xffff) for _ in range(5))


def priv_ip():
    k = R.randint(0, 6)
    if k == 0:
        return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if k == 1:
        return "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254))
    if k == 2:
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))
    if k == 3:
        return "127.0.0.1"
    if k == 4:
        return "192.0.2.%d" % R.randint(1, 254)
    if k == 5:
        return "198.51.100.%d" % R.randint(1, 254)
    return "203.0.113.%d" % R.randint(1, 254)


def pesel(dob, sex):
    y, m, d = dob.year, dob.month, dob.day
    mm = m + (20 if y >= 2000 else 0)
    ser = digits(3)
    sd = str(R.choice([1, 3, 5, 7, 9] if sex == "M" else [0, 2, 4, 6, 8]))
    s = "%02d%02d%02d%s%s" % (y % 100, mm, d, ser, sd)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10
    return s + str(c)


def cn_resident_id(dob, sex):
    region = ch(["440106", "350102", "310105", "110105", "440304", "330106", "510107",
                 "445102", "350583", "440783"])
    seq = "%02d%d" % (R.randint(0, 99), R.choice([1, 3, 5, 7, 9] if sex == "M" else [0, 2, 4, 6, 8]))
    s = region + dob.strftime("%Y%m%d") + seq
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return s + "10X98765432"[sum(int(a) * b for a, b in zip(s, w)) % 11]


def kr_rrn(dob, sex):
    g = (1 if sex == "M" else 2) + (2 if dob.year >= 2000 else 0)
    s = dob.strftime("%y%m%d") + str(g) + digits(5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(s, w)) % 11) % 10
    s += str(c)
    return s[:6] + "-" + s[6:]


def snils():
    while True:
        s = digits(9)
        if s > "001001998":
            break
    tot = sum(int(c) * (9 - i) for i, c in enumerate(s))
    if tot < 100:
        c = tot
    elif tot in (100, 101):
        c = 0
    else:
        c = tot % 101
        if c == 100:
            c = 0
    return "%s-%s-%s %02d" % (s[:3], s[3:6], s[6:], c)


def ua_rnokpp(dob, sex):
    days = (dob - dt.date(1899, 12, 31)).days
    s = "%05d%03d%d" % (days, R.randint(0, 999), R.choice([1, 3, 5, 7, 9] if sex == "M" else [0, 2, 4, 6, 8]))
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    c = (sum(int(a) * b for a, b in zip(s, w)) % 11) % 10
    return s + str(c)


def vn_cccd(dob, sex):
    prov = ch(["001", "079", "048", "031", "046", "092", "075", "036", "038"])
    g = (0 if sex == "M" else 1) + (2 if dob.year >= 2000 else 0)
    return prov + str(g) + "%02d" % (dob.year % 100) + digits(6)


def a_number(fmt=None):
    d = str(R.randint(2, 2)) + digits(8)
    fmt = fmt or ch(["plain", "dash", "space"])
    if fmt == "dash":
        return "A%s-%s-%s" % (d[:3], d[3:6], d[6:])
    if fmt == "space":
        return "A %s %s %s" % (d[:3], d[3:6], d[6:])
    return "A" + d


def iban(country):
    if country == "PL":
        bban = ch(["10202892", "11402004", "10501445", "12401037", "24901044"]) + digits(16)
    elif country == "UA":
        bban = ch(["305299", "322001", "300528", "320649"]) + "0000" + digits(15)
    else:  # DE, for diaspora relatives
        bban = ch(["37040044", "50010517", "10020890"]) + digits(10)
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    chk = 98 - int(num) % 97
    full = "%s%02d%s" % (country, chk, bban)
    # verify
    r2 = full[4:] + full[:4]
    assert int("".join(str(int(c, 36)) for c in r2)) % 97 == 1
    return full


def group4(s, sepc=" "):
    return sepc.join(s[i:i + 4] for i in range(0, len(s), 4))


def us_dl(state):
    if state == "CA":
        return R.choice("ABCDEFGHJKLMNPRSTUVWY") + digits(7)
    if state == "NY":
        d = digits(9)
        return ch([d, "%s %s %s" % (d[:3], d[3:6], d[6:])])
    if state == "TX":
        return digits(8)
    if state == "MN":
        return R.choice("ABCDEFGHJKLMNPRSTVWY") + digits(12)
    if state == "IL":
        d = digits(11)
        return "%s%s-%s-%s" % (R.choice("ABCDEFGHKLMNPRSTW"), d[:3], d[3:7], d[7:])
    if state == "MI":
        d = digits(12)
        return "%s %s %s %s %s" % (R.choice("ABCDEFGHKLMNPRSTW"), d[:3], d[3:6], d[6:9], d[9:])
    if state == "FL":
        d = digits(12)
        return "%s%s-%s-%s-%s-%s" % (R.choice("ABCDEFGHKLMNPRSTW"), d[:3], d[3:6], d[6:8], d[8:11], d[11:])
    if state == "WA":
        return "WDL" + alnum(9, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    if state == "MA":
        return "S" + digits(8)
    if state == "PA":
        d = digits(8)
        return "%s %s %s" % (d[:2], d[2:5], d[5:])
    if state == "NJ":
        d = digits(14)
        return "%s%s %s %s" % (R.choice("ABCDEFGHKLMNPRSTW"), d[:4], d[4:9], d[9:])
    return R.choice("ABCDEFGHKLMNPRSTW") + digits(8)


def plate(state):
    L3 = lambda: "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    if state == "CA":
        return "%d%s%s" % (R.randint(6, 9), L3(), digits(3))
    if state in ("NY", "TX", "PA", "GA", "MI"):
        return "%s-%s" % (L3(), digits(4))
    if state == "MN":
        return "%s-%s" % (digits(3), L3())
    if state == "IL":
        return "%s %s" % (alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ"), digits(5))
    if state == "FL":
        return "%s%s %s" % (L3()[:2], digits(1), L3())
    if state == "MA":
        return "%s%s%s" % (digits(1), L3()[:2], digits(3))
    return "%s %s" % (L3(), digits(3))


# US area codes of the communities in this corpus
AREA = {"SF": ["415", "628"], "EB": ["510", "341"], "SJ": ["408", "669"], "OC": ["714", "657"],
        "LA": ["213", "323", "626"], "NYC": ["718", "347", "917", "929", "646"],
        "NJ": ["201", "551", "973"], "BOS": ["617", "857"], "HOU": ["713", "281", "832"],
        "SEA": ["206", "253"], "MSP": ["612", "651", "763"], "COL": ["614"],
        "DET": ["313", "248", "734"], "MIA": ["305", "786", "954"], "CHI": ["773", "312", "872"],
        "SAC": ["916", "279"], "PHL": ["215", "267"], "FRE": ["559"], "VA": ["703", "571"],
        "ATL": ["470", "678"], "LV": ["702"], "CLE": ["216", "440"], "MKE": ["414"],
        "HI": ["808"]}


def us_phone_digits(region=None):
    ac = ch(AREA[region]) if region else ch(sum(AREA.values(), []))
    while True:
        ex = str(R.randint(2, 9)) + digits(2)
        if ex[1:] != "11" and ex != "555":
            break
    return ac + ex + digits(4)


def fmt_us_phone(d, style=None):
    style = style or ch(["paren", "dash", "dash", "dot", "e164", "plain", "one", "intl"])
    a, b, c = d[:3], d[3:6], d[6:]
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "dot": "%s.%s.%s" % (a, b, c), "e164": "+1" + d, "plain": d,
            "one": "1-%s-%s-%s" % (a, b, c), "intl": "+1 %s %s %s" % (a, b, c),
            "paren2": "(%s)%s-%s" % (a, b, c)}[style]


def intl_phone(lang):
    """A phone number in the patient's home country format."""
    if lang in ("zh-Hans",):
        d = ch(["138", "139", "186", "135", "158", "177"]) + digits(8)
        return ch(["+86 %s %s %s" % (d[:3], d[3:7], d[7:]), d, "+86-%s" % d])
    if lang == "zh-Hant":
        if chance(0.5):
            d = ch(["9", "6", "5"]) + digits(7)
            return ch(["+852 %s %s" % (d[:4], d[4:]), "(852) %s-%s" % (d[:4], d[4:])])
        d = "9" + digits(8)
        return ch(["+886 %s %s %s" % (d[:3], d[3:6], d[6:]), "0%s-%s-%s" % (d[:3], d[3:6], d[6:])])
    if lang == "vi":
        d = ch(["90", "91", "93", "97", "98", "88", "70", "77"]) + digits(7)
        return ch(["+84 %s %s %s" % (d[:2], d[2:5], d[5:]), "0%s %s %s" % (d[:2], d[2:5], d[5:]),
                   "0%s" % d])
    if lang == "ko":
        d = digits(8)
        return ch(["010-%s-%s" % (d[:4], d[4:]), "+82 10-%s-%s" % (d[:4], d[4:]),
                   "+82 10 %s %s" % (d[:4], d[4:])])
    if lang == "ru":
        d = ch(["916", "903", "925", "967", "985"]) + digits(7)
        return ch(["+7 (%s) %s-%s-%s" % (d[:3], d[3:6], d[6:8], d[8:]),
                   "8 %s %s-%s-%s" % (d[:3], d[3:6], d[6:8], d[8:]), "+7%s" % d])
    if lang == "uk":
        d = ch(["67", "50", "63", "93", "97", "66"]) + digits(7)
        return ch(["+380 %s %s %s %s" % (d[:2], d[2:5], d[5:7], d[7:]),
                   "0%s %s-%s-%s" % (d[:2], d[2:5], d[5:7], d[7:]), "+380%s" % d])
    if lang == "pl":
        d = ch(["601", "502", "691", "788", "512", "665"]) + digits(6)
        return ch(["+48 %s %s %s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
                   "+48%s" % d])
    if lang == "ar":
        k = R.randint(0, 3)
        if k == 0:
            d = "5" + digits(8)
            return "+966 %s %s %s" % (d[:2], d[2:5], d[5:])
        if k == 1:
            d = "1" + ch("0125") + digits(8)
            return "+20 %s %s %s" % (d[:2], d[2:6], d[6:])
        if k == 2:
            d = "7" + ch("789") + digits(7)
            return "+962 %s %s %s" % (d[:1], d[1:5], d[5:])
        d = "7" + ch("0168") + digits(6)
        return "+961 %s %s" % (d[:2], d[2:])
    if lang == "so":
        d = ch(["61", "63", "90", "62"]) + digits(7)
        return ch(["+252 %s %s" % (d[:2], d[2:]), "+252%s" % d])
    if lang == "ht":
        d = ch(["3", "4", "3"]) + digits(7)
        return ch(["+509 %s %s" % (d[:4], d[4:]), "+509-%s-%s" % (d[:4], d[4:])])
    if lang == "tl":
        d = ch(["917", "918", "927", "939", "998", "905"]) + digits(7)
        return ch(["+63 %s %s %s" % (d[:3], d[3:6], d[6:]), "0%s %s %s" % (d[:3], d[3:6], d[6:]),
                   "0%s-%s-%s" % (d[:3], d[3:6], d[6:])])
    if lang == "hmn":
        d = "20" + digits(8)
        return "+856 %s %s %s" % (d[:2], d[2:6], d[6:])
    return fmt_us_phone(us_phone_digits())


# organisation contact data (look-alikes, never labelled)
ORGS = [
    {"name": "Bay Valley Health", "dom": "bayvalleyhealth.org", "phone": "5104374800",
     "fax": "5104374899", "addr": "2100 Webster St, Oakland, CA 94612"},
    {"name": "Harbor Point Health System", "dom": "harborpointhealth.org", "phone": "7188826000",
     "fax": "7188826010", "addr": "1 Harbor Point Plaza, Brooklyn, NY 11220"},
    {"name": "Lakeshore Community Medical Center", "dom": "lakeshorecmc.org",
     "phone": "6128733000", "fax": "6128733091", "addr": "900 S 8th St, Minneapolis, MN 55404"},
    {"name": "Northgate Family Clinic", "dom": "northgatefamilyclinic.com", "phone": "7148926200",
     "fax": "7148926215", "addr": "14571 Magnolia St Suite 102, Westminster, CA 92683"},
    {"name": "Cedar Crescent Health", "dom": "cedarcrescenthealth.org", "phone": "3138467000",
     "fax": "3138467111", "addr": "18101 Oakwood Blvd, Dearborn, MI 48124"},
]
VENDORS = ["LinguaBridge", "VoxInterpret", "PolyglotCare Language Services", "ClearSpeak VRI",
           "Meridian Language Line", "TransLingua MT"]
VENDOR_TOLLFREE = ["18004379120", "18882746301", "18666043790", "18772195560"]


# ---------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------
ZH_FAM = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"),
          ("杨", "Yang"), ("黄", "Huang"), ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"),
          ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"), ("胡", "Hu"), ("郭", "Guo"),
          ("何", "He"), ("林", "Lin"), ("欧阳", "Ouyang"), ("司马", "Sima"), ("诸葛", "Zhuge"),
          ("高", "Gao"), ("罗", "Luo"), ("郑", "Zheng"), ("梁", "Liang"), ("谢", "Xie"),
          ("宋", "Song"), ("唐", "Tang"), ("邓", "Deng"), ("冯", "Feng"), ("曹", "Cao"),
          ("彭", "Peng"), ("曾", "Zeng"), ("肖", "Xiao"), ("蔡", "Cai"), ("余", "Yu")]
ZH_GIV = {"F": [("秀英", "Xiuying"), ("芳", "Fang"), ("娜", "Na"), ("敏", "Min"), ("静", "Jing"),
                ("丽", "Li"), ("艳", "Yan"), ("娟", "Juan"), ("霞", "Xia"), ("秀兰", "Xiulan"),
                ("桂英", "Guiying"), ("玉兰", "Yulan"), ("婷婷", "Tingting"), ("雪梅", "Xuemei"),
                ("春花", "Chunhua"), ("淑珍", "Shuzhen"), ("凤英", "Fengying")],
          "M": [("伟", "Wei"), ("强", "Qiang"), ("磊", "Lei"), ("军", "Jun"), ("洋", "Yang"),
                ("勇", "Yong"), ("杰", "Jie"), ("涛", "Tao"), ("明", "Ming"), ("超", "Chao"),
                ("建国", "Jianguo"), ("志强", "Zhiqiang"), ("国华", "Guohua"), ("德明", "Deming"),
                ("海", "Hai"), ("平", "Ping"), ("永康", "Yongkang"), ("卫东", "Weidong")]}
ZHT_FAM = [("陳", "Chan"), ("林", "Lam"), ("黃", "Wong"), ("張", "Cheung"), ("李", "Lee"),
           ("王", "Wong"), ("吳", "Ng"), ("劉", "Lau"), ("蔡", "Tsai"), ("楊", "Yeung"),
           ("許", "Hsu"), ("鄭", "Cheng"), ("謝", "Tse"), ("郭", "Kwok"), ("洪", "Hung"),
           ("曾", "Tsang"), ("邱", "Chiu"), ("廖", "Liao"), ("梁", "Leung"), ("何", "Ho"),
           ("羅", "Law"), ("馮", "Fung"), ("鄧", "Tang"), ("歐陽", "Au-Yeung"), ("司徒", "Szeto"),
           ("伍", "Ng"), ("余", "Yu"), ("甄", "Yan")]
ZHT_GIV = {"F": [("美玲", "Mei-Ling"), ("淑芬", "Shu-Fen"), ("雅婷", "Ya-Ting"), ("怡君", "Yi-Chun"),
                 ("秀琴", "Sau-Kam"), ("麗華", "Lai-Wah"), ("詠詩", "Wing-Sze"), ("嘉欣", "Ka-Yan"),
                 ("玉珍", "Yuk-Chun"), ("月娥", "Yuet-Ngor"), ("寶珠", "Po-Chu")],
           "M": [("志明", "Chi-Ming"), ("俊傑", "Chun-Kit"), ("家豪", "Ka-Ho"), ("建宏", "Chien-Hung"),
                 ("國華", "Kwok-Wah"), ("偉強", "Wai-Keung"), ("大文", "Tai-Man"), ("冠宇", "Kuan-Yu"),
                 ("振邦", "Chun-Bong"), ("錦榮", "Kam-Wing"), ("德興", "Tak-Hing")]}
ZHT_ENG = {"F": ["Mary", "Winnie", "Irene", "Cindy", "Alice", "Peggy"],
           "M": ["Peter", "Raymond", "Kenneth", "Tony", "Eddie", "Vincent"]}
VI_FAM = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
          "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lâm", "Tôn Nữ", "Châu", "Quách"]
VI_MID = {"F": ["Thị", "Ngọc", "Thu", "Kim", "Thanh", "Thị Ngọc", "Bảo"],
          "M": ["Văn", "Hữu", "Đức", "Minh", "Quốc", "Công", "Thành"]}
VI_GIV = {"F": ["Lan", "Hoa", "Hương", "Mai", "Linh", "Thảo", "Yến", "Phượng", "Hạnh", "Trang",
                "Nga", "Tuyết", "Xuân", "Loan", "Diệp"],
          "M": ["An", "Bình", "Hùng", "Dũng", "Tuấn", "Phúc", "Quang", "Khoa", "Long", "Sơn",
                "Thắng", "Tài", "Cường", "Hải", "Lộc"]}
KO_FAM = [("김", "Kim"), ("이", "Lee"), ("박", "Park"), ("최", "Choi"), ("정", "Jung"), ("강", "Kang"),
          ("조", "Cho"), ("윤", "Yoon"), ("장", "Jang"), ("임", "Lim"), ("한", "Han"), ("오", "Oh"),
          ("서", "Seo"), ("신", "Shin"), ("권", "Kwon"), ("황", "Hwang"), ("안", "Ahn"), ("송", "Song"),
          ("유", "Yoo"), ("홍", "Hong"), ("남궁", "Namgung"), ("선우", "Sunwoo"), ("제갈", "Jegal")]
KO_GIV = {"F": [("서연", "Seo-yeon"), ("영희", "Young-hee"), ("순자", "Soon-ja"), ("미숙", "Mi-sook"),
                ("은영", "Eun-young"), ("옥순", "Ok-soon"), ("지은", "Ji-eun"), ("하늘", "Ha-neul"),
                ("정숙", "Jung-sook"), ("말순", "Mal-soon"), ("복희", "Bok-hee")],
          "M": [("민준", "Min-jun"), ("철수", "Chul-soo"), ("정호", "Jung-ho"), ("광수", "Kwang-soo"),
                ("성민", "Sung-min"), ("동현", "Dong-hyun"), ("재석", "Jae-seok"), ("영수", "Young-soo"),
                ("병철", "Byung-chul"), ("상우", "Sang-woo"), ("용팔", "Yong-pal")]}
RU_FAM = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Волков", "Морозов",
          "Новиков", "Фёдоров", "Михайлов", "Зайцев", "Рабинович", "Шапиро", "Гольдберг",
          "Каценеленбоген", "Белоусов", "Ершов", "Соловьёв"]
RU_GIV = {"M": ["Сергей", "Алексей", "Дмитрий", "Николай", "Владимир", "Борис", "Михаил", "Юрий",
                "Григорий", "Аркадий", "Лев", "Яков"],
          "F": ["Ольга", "Татьяна", "Наталья", "Людмила", "Галина", "Светлана", "Раиса", "Зинаида",
                "Фаина", "Валентина", "Любовь", "Вера"]}
RU_PAT = [("Петрович", "Петровна"), ("Иванович", "Ивановна"), ("Александрович", "Александровна"),
          ("Михайлович", "Михайловна"), ("Борисович", "Борисовна"), ("Ильич", "Ильинична"),
          ("Яковлевич", "Яковлевна"), ("Семёнович", "Семёновна"), ("Абрамович", "Абрамовна"),
          ("Григорьевич", "Григорьевна")]
UK_FAM = ["Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Олійник", "Мельник",
          "Бойко", "Коваль", "Савчук", "Гнатюк", "Лисенко", "Поліщук", "Мороз", "Руденко",
          "Петрук", "Кравчук", "Яковишин", "Стефанишин-Гнатюк"]
UK_GIV = {"M": ["Андрій", "Олександр", "Василь", "Богдан", "Микола", "Іван", "Тарас", "Петро",
                "Юрій", "Степан", "Ярослав"],
          "F": ["Олена", "Оксана", "Ірина", "Наталія", "Тетяна", "Юлія", "Галина", "Ганна",
                "Марія", "Світлана", "Людмила", "Надія"]}
UK_PAT = [("Іванович", "Іванівна"), ("Петрович", "Петрівна"), ("Миколайович", "Миколаївна"),
          ("Васильович", "Василівна"), ("Степанович", "Степанівна"), ("Олексійович", "Олексіївна"),
          ("Богданович", "Богданівна")]
AR_GIV = {"M": [("محمد", "Mohammed"), ("أحمد", "Ahmed"), ("خالد", "Khalid"), ("يوسف", "Yousef"),
                ("عمر", "Omar"), ("حسن", "Hassan"), ("علي", "Ali"), ("إبراهيم", "Ibrahim"),
                ("سامي", "Sami"), ("طارق", "Tariq"), ("حسين", "Hussein")],
          "F": [("فاطمة", "Fatima"), ("عائشة", "Aisha"), ("مريم", "Maryam"), ("ليلى", "Layla"),
                ("نور", "Noor"), ("زينب", "Zainab"), ("هدى", "Huda"), ("سلمى", "Salma"),
                ("رنا", "Rana"), ("أمل", "Amal"), ("سعاد", "Suad")]}
AR_FATHER = [("عبد الله", "Abdullah"), ("عبد الرحمن", "Abdulrahman"), ("سعيد", "Saeed"),
             ("إبراهيم", "Ibrahim"), ("علي", "Ali"), ("محمود", "Mahmoud"), ("جاسم", "Jassim"),
             ("ناصر", "Nasser")]
AR_FAM = [("الزهراني", "al-Zahrani"), ("الحسيني", "al-Husseini"), ("الخطيب", "al-Khatib"),
          ("المصري", "al-Masri"), ("العبيدي", "al-Obaidi"), ("الشمري", "al-Shammari"),
          ("حداد", "Haddad"), ("منصور", "Mansour"), ("الجبوري", "al-Jubouri"), ("السعدي", "al-Saadi"),
          ("بزي", "Bazzi"), ("فواز", "Fawaz"), ("الحكيم", "al-Hakim"), ("العلي", "Al-Ali")]
HT_GIV = {"F": ["Marie-Carmel", "Guerline", "Fabiola", "Jocelyne", "Ketly", "Roseline", "Nadège",
                "Widline", "Mirlande", "Esther", "Marie-Ange", "Lourdie", "Mercilia"],
          "M": ["Jean-Robert", "Wilner", "Fritznel", "Mackenson", "Jean-Claude", "Wisly", "Ronald",
                "Pierre-Richard", "Jonas", "Evens", "Dieudonné", "Frantz", "Jean-Wesner"]}
HT_FAM = ["Jean-Baptiste", "Pierre-Louis", "Saint-Fleur", "Joseph", "Charles", "Louis-Jean", "Désir",
          "Fils-Aimé", "Toussaint", "Dorvil", "Beauvoir", "Michel", "Étienne", "Jean-Louis",
          "Saint-Hilaire", "Innocent", "Paul", "Augustin", "Lafortune", "Bien-Aimé", "Célestin"]
TL_GIV = {"F": ["Maria Luz", "Rowena", "Jocelyn", "Marites", "Lourdes", "Ma. Cristina", "Erlinda",
                "Analyn", "Corazon", "Teresita", "Luzviminda", "Divina", "Precious", "Joy"],
          "M": ["Rodel", "Jonard", "Rommel", "Bong", "Ernesto", "Romeo", "Danilo", "Reynaldo", "Jhun",
                "Ferdinand", "Efren", "Crisanto", "Jun-Jun"]}
TL_FAM = ["Santos", "Reyes", "Cruz", "Bautista", "Dela Cruz", "De los Santos", "Garcia", "Mendoza",
          "Villanueva", "Macaraeg", "Dimaculangan", "Pangilinan", "Magbanua", "Soriano", "Manalo",
          "Dizon", "Lacson", "Dimagiba", "Tolentino", "Dela Rosa", "Mabini", "Sison"]
SO_GIV = {"F": [("Faadumo", "Fadumo"), ("Maryan", "Maryan"), ("Xaawo", "Hawo"), ("Hodan", "Hodan"),
                ("Sahra", "Sahra"), ("Ayaan", "Ayan"), ("Khadra", "Khadra"), ("Cawo", "Awo"),
                ("Ifrah", "Ifrah"), ("Nimco", "Nimo"), ("Deeqa", "Deka")],
          "M": [("Maxamed", "Mohamed"), ("Cabdullahi", "Abdullahi"), ("Axmed", "Ahmed"),
                ("Ismaaciil", "Ismail"), ("Cali", "Ali"), ("Xuseen", "Hussein"), ("Yuusuf", "Yusuf"),
                ("Cumar", "Omar"), ("Bashiir", "Bashir"), ("Liibaan", "Liban")]}
SO_ANC = [("Cabdi", "Abdi"), ("Warsame", "Warsame"), ("Jaamac", "Jama"), ("Faarax", "Farah"),
          ("Guuleed", "Guled"), ("Nuur", "Noor"), ("Xirsi", "Hirsi"), ("Muuse", "Muse"),
          ("Cilmi", "Elmi"), ("Aadan", "Adan"), ("Daahir", "Dahir"), ("Samatar", "Samatar"),
          ("Cigaal", "Egal"), ("Xasan", "Hassan"), ("Maxamuud", "Mohamud")]
HMN_CLAN = [("Vang", "Vaj"), ("Yang", "Yaj"), ("Xiong", "Xyooj"), ("Lee", "Lis"), ("Thao", "Thoj"),
            ("Moua", "Muas"), ("Her", "Hawj"), ("Lor", "Lauj"), ("Vue", "Vwj"), ("Khang", "Khab"),
            ("Cha", "Tsab"), ("Hang", "Ham"), ("Kue", "Kwm"), ("Chang", "Tsheej")]
HMN_GIV = {"F": [("Mai", "Maiv"), ("Pa", "Paj"), ("Bao", "Npauj"), ("Kia", "Kiab"), ("Shoua", "Suab"),
                 ("Xee", "Xis"), ("Youa", "Yuam"), ("Chia", "Txhiaj"), ("Mai Nou", "Maiv Nus"),
                 ("Pa Houa", "Paj Huab")],
           "M": [("Tou", "Tub"), ("Kou", "Kub"), ("Chue", "Tswb"), ("Yeng", "Yeej"), ("Neng", "Neeb"),
                 ("Pheng", "Pheej"), ("Cheng", "Tsheej"), ("Fue", "Fwm"), ("Koua", "Kuam"),
                 ("Nhia", "Nyiaj")]}
PL_FAM = [("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"),
          ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"),
          ("Szymański", "Szymańska"), ("Woźniak", "Woźniak"), ("Dąbrowski", "Dąbrowska"),
          ("Kozłowski", "Kozłowska"), ("Jankowski", "Jankowska"), ("Mazur", "Mazur"),
          ("Grzybowski", "Grzybowska"), ("Pietrzak", "Pietrzak"),
          ("Brzęczyszczykiewicz", "Brzęczyszczykiewicz"), ("Nowak", "Nowak"), ("Wróbel", "Wróbel"),
          ("Sikora", "Sikora"), ("Krawczyk", "Krawczyk"), ("Kaczmarek", "Kaczmarek"),
          ("Nowak-Jeziorański", "Nowak-Jeziorańska"), ("Król", "Król")]
PL_GIV = {"F": ["Małgorzata", "Krystyna", "Zofia", "Jadwiga", "Bożena", "Agnieszka", "Halina",
                "Grażyna", "Danuta", "Elżbieta", "Wiesława"],
          "M": ["Grzegorz", "Wojciech", "Stanisław", "Tadeusz", "Jerzy", "Łukasz", "Zbigniew",
                "Krzysztof", "Mieczysław", "Józef", "Bogdan"]}
EN_GIV = {"F": ["Hope", "Joy", "Grace", "Faith", "Summer", "Dawn", "April", "Jennifer", "Michelle",
                "Tiffany", "Christine", "Amy", "Linda"],
          "M": ["Will", "Bill", "Rusty", "Kevin", "David", "Kenny", "Jimmy", "Andrew", "Eric",
                "Brian", "Daniel", "Victor"]}

CYR = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
       "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
       "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
       "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "-": "-", " ": " "}
UKR = dict(CYR)
UKR.update({"г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "yi", "є": "ye", "х": "kh", "'": ""})


def translit(s, table):
    out = []
    for c in s:
        lo = c.lower()
        r = table.get(lo, lo)
        if c != lo and r:
            r = r[0].upper() + r[1:]
        out.append(r)
    return "".join(out)


def strip_diacritics(s):
    s = s.replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


LANGS = ["zh-Hans", "zh-Hant", "vi", "ko", "ru", "ar", "ht", "tl", "so", "hmn", "pl", "uk"]
LANG_NAME_EN = {"zh-Hans": "Mandarin", "zh-Hant": "Cantonese", "vi": "Vietnamese", "ko": "Korean",
                "ru": "Russian", "ar": "Arabic", "ht": "Haitian Creole", "tl": "Tagalog",
                "so": "Somali", "hmn": "Hmong", "pl": "Polish", "uk": "Ukrainian"}
LANG_ISO3 = {"zh-Hans": "cmn", "zh-Hant": "yue", "vi": "vie", "ko": "kor", "ru": "rus", "ar": "ara",
             "ht": "hat", "tl": "tgl", "so": "som", "hmn": "hmn", "pl": "pol", "uk": "ukr"}
LANG_LOCALE = {"zh-Hans": ["zh-CN", "zh_CN", "zh-Hans", "zh-Hans-US"],
               "zh-Hant": ["zh-TW", "zh-HK", "zh_TW", "zh-Hant", "yue-Hant-HK"],
               "vi": ["vi", "vi-VN", "vi_VN"], "ko": ["ko", "ko-KR", "ko_KR"],
               "ru": ["ru", "ru-RU", "ru_RU"], "ar": ["ar", "ar-SA", "ar-EG", "ar_LB"],
               "ht": ["ht", "ht-HT", "ht_HT"], "tl": ["tl", "fil-PH", "fil", "tl_PH"],
               "so": ["so", "so-SO", "so_SO"], "hmn": ["hmn", "hmn-Latn", "mww"],
               "pl": ["pl", "pl-PL", "pl_PL"], "uk": ["uk", "uk-UA", "uk_UA"]}
LANG_AUTONYM = {"zh-Hans": "简体中文", "zh-Hant": "繁體中文", "vi": "Tiếng Việt", "ko": "한국어",
                "ru": "Русский", "ar": "العربية", "ht": "Kreyòl ayisyen", "tl": "Tagalog",
                "so": "Soomaali", "hmn": "Hmoob", "pl": "Polski", "uk": "Українська"}


# ---------------------------------------------------------------------------
# addresses (US, where the communities live)
# ---------------------------------------------------------------------------
# (street, city, county, state, [zips], region, {lang: native city})
STREETS = {
    "zh": [("Stockton St", "San Francisco", "San Francisco County", "CA", ["94108", "94133"], "SF",
            {"zh-Hans": "旧金山", "zh-Hant": "三藩市"}),
           ("Main St", "Flushing", "Queens County", "NY", ["11354", "11355"], "NYC",
            {"zh-Hans": "法拉盛", "zh-Hant": "法拉盛"}),
           ("Roosevelt Ave", "Flushing", "Queens County", "NY", ["11354"], "NYC",
            {"zh-Hans": "法拉盛", "zh-Hant": "法拉盛"}),
           ("8th Ave", "Brooklyn", "Kings County", "NY", ["11220", "11232"], "NYC",
            {"zh-Hans": "布鲁克林", "zh-Hant": "布魯克林"}),
           ("Webster St", "Oakland", "Alameda County", "CA", ["94607", "94612"], "EB",
            {"zh-Hans": "奥克兰", "zh-Hant": "奧克蘭"}),
           ("Harrison Ave", "Boston", "Suffolk County", "MA", ["02111"], "BOS",
            {"zh-Hans": "波士顿", "zh-Hant": "波士頓"}),
           ("Bellaire Blvd", "Houston", "Harris County", "TX", ["77036", "77072"], "HOU",
            {"zh-Hans": "休斯顿", "zh-Hant": "休士頓"}),
           ("W Valley Blvd", "Alhambra", "Los Angeles County", "CA", ["91801", "91803"], "LA",
            {"zh-Hans": "阿罕布拉", "zh-Hant": "阿罕布拉"}),
           ("Clement St", "San Francisco", "San Francisco County", "CA", ["94118", "94121"], "SF",
            {"zh-Hans": "旧金山", "zh-Hant": "舊金山"}),
           ("S King St", "Seattle", "King County", "WA", ["98104"], "SEA",
            {"zh-Hans": "西雅图", "zh-Hant": "西雅圖"})],
    "vi": [("Bolsa Ave", "Westminster", "Orange County", "CA", ["92683"], "OC", {}),
           ("Brookhurst St", "Garden Grove", "Orange County", "CA", ["92840", "92843"], "OC", {}),
           ("Story Rd", "San Jose", "Santa Clara County", "CA", ["95122"], "SJ", {}),
           ("Tully Rd", "San Jose", "Santa Clara County", "CA", ["95111", "95122"], "SJ", {}),
           ("Bellaire Blvd", "Houston", "Harris County", "TX", ["77036"], "HOU", {}),
           ("S Jackson St", "Seattle", "King County", "WA", ["98144"], "SEA", {}),
           ("Wilson Blvd", "Falls Church", "Fairfax County", "VA", ["22044"], "VA", {})],
    "ko": [("Wilshire Blvd", "Los Angeles", "Los Angeles County", "CA", ["90010", "90005"], "LA",
            {"ko": "로스앤젤레스"}),
           ("W Olympic Blvd", "Los Angeles", "Los Angeles County", "CA", ["90006", "90019"], "LA",
            {"ko": "로스앤젤레스"}),
           ("Main St", "Fort Lee", "Bergen County", "NJ", ["07024"], "NJ", {"ko": "포트리"}),
           ("Northern Blvd", "Flushing", "Queens County", "NY", ["11354", "11358"], "NYC",
            {"ko": "플러싱"}),
           ("Little River Tpke", "Annandale", "Fairfax County", "VA", ["22003"], "VA",
            {"ko": "애난데일"}),
           ("Pleasant Hill Rd", "Duluth", "Gwinnett County", "GA", ["30096"], "ATL", {"ko": "둘루스"})],
    "ru": [("Brighton Beach Ave", "Brooklyn", "Kings County", "NY", ["11235"], "NYC",
            {"ru": "Бруклин"}),
           ("Ocean Pkwy", "Brooklyn", "Kings County", "NY", ["11218", "11230"], "NYC",
            {"ru": "Бруклин"}),
           ("Bustleton Ave", "Philadelphia", "Philadelphia County", "PA", ["19115", "19116"], "PHL",
            {"ru": "Филадельфия"}),
           ("W Devon Ave", "Chicago", "Cook County", "IL", ["60659"], "CHI", {"ru": "Чикаго"})],
    "uk": [("Arden Way", "Sacramento", "Sacramento County", "CA", ["95815", "95825"], "SAC",
            {"uk": "Сакраменто"}),
           ("W Chicago Ave", "Chicago", "Cook County", "IL", ["60622"], "CHI", {"uk": "Чикаго"}),
           ("State Rd", "Parma", "Cuyahoga County", "OH", ["44134"], "CLE", {"uk": "Парма"}),
           ("Bustleton Ave", "Philadelphia", "Philadelphia County", "PA", ["19116"], "PHL",
            {"uk": "Філадельфія"})],
    "ar": [("Warren Ave", "Dearborn", "Wayne County", "MI", ["48126", "48128"], "DET",
            {"ar": "ديربورن"}),
           ("Schaefer Rd", "Dearborn", "Wayne County", "MI", ["48126"], "DET", {"ar": "ديربورن"}),
           ("Main St", "Paterson", "Passaic County", "NJ", ["07505"], "NJ", {"ar": "باترسون"}),
           ("Brookhurst St", "Anaheim", "Orange County", "CA", ["92804"], "OC", {"ar": "أنهايم"}),
           ("Atlantic Ave", "Brooklyn", "Kings County", "NY", ["11217"], "NYC", {"ar": "بروكلين"})],
    "ht": [("NE 2nd Ave", "Miami", "Miami-Dade County", "FL", ["33137", "33138"], "MIA", {}),
           ("NE 54th St", "Miami", "Miami-Dade County", "FL", ["33137"], "MIA", {}),
           ("Nostrand Ave", "Brooklyn", "Kings County", "NY", ["11226", "11225"], "NYC", {}),
           ("Flatbush Ave", "Brooklyn", "Kings County", "NY", ["11226"], "NYC", {}),
           ("Blue Hill Ave", "Mattapan", "Suffolk County", "MA", ["02126"], "BOS", {}),
           ("Sunrise Blvd", "Fort Lauderdale", "Broward County", "FL", ["33311"], "MIA", {})],
    "tl": [("Mission St", "Daly City", "San Mateo County", "CA", ["94014"], "SF", {}),
           ("Newark Ave", "Jersey City", "Hudson County", "NJ", ["07306"], "NJ", {}),
           ("Sonoma Blvd", "Vallejo", "Solano County", "CA", ["94590"], "EB", {}),
           ("Waipahu St", "Waipahu", "Honolulu County", "HI", ["96797"], "HI", {}),
           ("S Maryland Pkwy", "Las Vegas", "Clark County", "NV", ["89119"], "LV", {})],
    "so": [("Cedar Ave S", "Minneapolis", "Hennepin County", "MN", ["55454", "55404"], "MSP", {}),
           ("Riverside Ave", "Minneapolis", "Hennepin County", "MN", ["55454"], "MSP", {}),
           ("E Lake St", "Minneapolis", "Hennepin County", "MN", ["55407"], "MSP", {}),
           ("Morse Rd", "Columbus", "Franklin County", "OH", ["43229"], "COL", {}),
           ("Rice St", "St. Paul", "Ramsey County", "MN", ["55117"], "MSP", {})],
    "hmn": [("University Ave W", "St. Paul", "Ramsey County", "MN", ["55104"], "MSP", {}),
            ("Rice St", "St. Paul", "Ramsey County", "MN", ["55117"], "MSP", {}),
            ("E Kings Canyon Rd", "Fresno", "Fresno County", "CA", ["93702"], "FRE", {}),
            ("Stockton Blvd", "Sacramento", "Sacramento County", "CA", ["95820"], "SAC", {}),
            ("W Burleigh St", "Milwaukee", "Milwaukee County", "WI", ["53210"], "MKE", {})],
    "pl": [("N Milwaukee Ave", "Chicago", "Cook County", "IL", ["60630", "60641"], "CHI",
            {"pl": "Chicago"}),
           ("S Archer Ave", "Chicago", "Cook County", "IL", ["60632"], "CHI", {"pl": "Chicago"}),
           ("Manhattan Ave", "Brooklyn", "Kings County", "NY", ["11222"], "NYC", {"pl": "Brooklyn"}),
           ("Nassau Ave", "Brooklyn", "Kings County", "NY", ["11222"], "NYC", {"pl": "Brooklyn"})],
}
LANG_ST = {"zh-Hans": "zh", "zh-Hant": "zh", "vi": "vi", "ko": "ko", "ru": "ru", "uk": "uk",
           "ar": "ar", "ht": "ht", "tl": "tl", "so": "so", "hmn": "hmn", "pl": "pl"}
STATE_NAT = {"zh-Hans": {"CA": "加州", "NY": "纽约州", "MA": "麻州", "TX": "德州", "WA": "华盛顿州"},
             "zh-Hant": {"CA": "加州", "NY": "紐約州", "MA": "麻州", "TX": "德州", "WA": "華盛頓州"},
             "ko": {"CA": "캘리포니아주", "NJ": "뉴저지주", "NY": "뉴욕주", "VA": "버지니아주",
                    "GA": "조지아주"},
             "ar": {"MI": "ميشيغان", "NJ": "نيوجيرسي", "CA": "كاليفورنيا", "NY": "نيويورك"}}


class Addr:
    def __init__(self, lang):
        st = ch(STREETS[LANG_ST[lang]])
        self.lang = lang
        self.street_name, self.city, self.county, self.state, zips, self.region, nat = st
        self.city_nat = nat.get(lang)
        self.num = str(R.randint(100, 9899)) if chance(0.8) else str(R.randint(10, 99))
        if self.street_name.startswith("Bustleton") or self.street_name.startswith("Brighton"):
            self.num = str(R.randint(200, 3199))
        self.apt = ch([None, None, "Apt %d" % R.randint(1, 40), "#%d%s" % (R.randint(1, 6), ch("ABCDEF")),
                       "Apt %d%s" % (R.randint(1, 9), ch("ABCD")), "Unit %d" % R.randint(100, 420)])
        self.zip = ch(zips)
        if chance(0.15):
            self.zip += "-" + digits(4)

    def street(self):
        return "%s %s%s" % (self.num, self.street_name, (" " + self.apt) if self.apt else "")

    def us_parts(self, sloppy=False):
        """Standard US one-line address as segments."""
        if sloppy:
            st = self.street().lower().replace(" apt ", " apt. ")
            return [P(st, "address"), " ", P(self.city.lower(), "address"), " ",
                    self.state.lower(), " ", P(self.zip, "zip")]
        return [P(self.street(), "address"), ", ", P(self.city, "address"), ", ", self.state, " ",
                P(self.zip, "zip")]

    def native_parts(self):
        """Address written the way a speaker of the patient's language writes it."""
        L = self.lang
        if L in ("zh-Hans", "zh-Hant") and self.city_nat:
            stn = STATE_NAT[L].get(self.state, self.state)
            apt = ""
            if self.apt:
                apt = ch(["%s室" % self.apt.replace("Apt ", "").replace("#", "").replace("Unit ", ""),
                          " " + self.apt])
            city = self.city_nat + ("市" if chance(0.5) else "")
            return [stn, P(city, "address"), P("%s %s号%s" % (self.street_name, self.num, apt)
                                                 if L == "zh-Hans" else
                                                 "%s %s號%s" % (self.street_name, self.num, apt),
                                                 "address"),
                    "，邮编" if L == "zh-Hans" else "，郵遞區號", P(self.zip, "zip")]
        if L == "ko" and self.city_nat:
            stn = STATE_NAT["ko"].get(self.state, self.state)
            apt = (", %s호" % R.randint(101, 1508)) if chance(0.6) else ""
            return [stn, " ", P(self.city_nat, "address"), " ",
                    P("%s %s%s" % (self.street_name, self.num, apt), "address"), " ", P(self.zip, "zip")]
        if L in ("ru", "uk") and self.city_nat:
            kv = "кв." if L == "ru" else "кв."
            apt = (", %s %d" % (kv, R.randint(1, 90))) if chance(0.7) else ""
            d = "д." if L == "ru" else "буд."
            return [P("%s, %s %s%s" % (self.street_name, d, self.num, apt), "address"), ", ",
                    P(self.city_nat, "address"), ", ", self.state, " ", P(self.zip, "zip")]
        if L == "ar" and self.city_nat:
            stn = STATE_NAT["ar"].get(self.state, self.state)
            return [P("%s %s" % (self.num, self.street_name), "address"), "، ", P(self.city_nat, "address"),
                    "، ", stn, " ", P(self.zip, "zip")]
        if L == "vi":
            if chance(0.5):
                return self.us_parts(sloppy=True)
            apt = (" căn %d" % R.randint(1, 60)) if chance(0.5) else ""
            return [P("số %s đường %s%s" % (self.num, self.street_name, apt), "address"), ", thành phố ",
                    P(self.city, "address"), ", ", self.state, " ", P(self.zip, "zip")]
        if L == "pl":
            apt = ("/%d" % R.randint(1, 30)) if chance(0.6) else ""
            return [P("ul. %s %s%s" % (self.street_name, self.num, apt), "address"), ", ",
                    P(self.zip, "zip"), " ", P(self.city, "address"), ", ", self.state]
        return self.us_parts(sloppy=chance(0.35))


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------
TODAY = dt.date(2024, 3, 5)
RU_MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
          "октября", "ноября", "декабря"]
UK_MON = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
          "жовтня", "листопада", "грудня"]
PL_MON = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
          "września", "października", "listopada", "grudnia"]
HT_MON = ["janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb",
          "novanm", "desanm"]
TL_MON = ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre",
          "Oktubre", "Nobyembre", "Disyembre"]
SO_MON = ["Janaayo", "Febraayo", "Maarso", "Abriil", "May", "Juun", "Luuliyo", "Ogosto",
          "Sebtembar", "Oktoobar", "Nofembar", "Desembar"]
AR_MON = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
AR_DIG = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def fdate(d, style):
    y, m, dd = d.year, d.month, d.day
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return "%02d/%02d/%04d" % (m, dd, y)
    if style == "us_short":
        return "%d/%d/%04d" % (m, dd, y)
    if style == "us_yy":
        return "%d/%d/%02d" % (m, dd, y % 100)
    if style == "dmy_dot":
        return "%02d.%02d.%04d" % (dd, m, y)
    if style == "dmy_dot_short":
        return "%d.%d.%04d" % (dd, m, y)
    if style == "dmy_slash":
        return "%02d/%02d/%04d" % (dd, m, y)
    if style == "dmy_slash_short":
        return "%d/%d/%04d" % (dd, m, y)
    if style == "compact":
        return "%04d%02d%02d" % (y, m, dd)
    if style == "zh":
        return "%d年%d月%d日" % (y, m, dd)
    if style == "zh_pad":
        return "%d年%02d月%02d日" % (y, m, dd)
    if style == "ko":
        return "%d년 %d월 %d일" % (y, m, dd)
    if style == "ko_dot":
        return "%d. %d. %d." % (y, m, dd)
    if style == "ymd_dot":
        return "%04d.%02d.%02d" % (y, m, dd)
    if style == "vi":
        return "%d tháng %d năm %d" % (dd, m, y)
    if style == "ru":
        return "%d %s %d" % (dd, RU_MON[m - 1], y)
    if style == "uk":
        return "%d %s %d" % (dd, UK_MON[m - 1], y)
    if style == "pl":
        return "%d %s %d" % (dd, PL_MON[m - 1], y)
    if style == "ht":
        return "%d %s %d" % (dd, HT_MON[m - 1], y)
    if style == "tl":
        return "%s %d, %d" % (TL_MON[m - 1], dd, y)
    if style == "so":
        return "%d %s %d" % (dd, SO_MON[m - 1], y)
    if style == "ar":
        return "%d %s %d" % (dd, AR_MON[m - 1], y)
    if style == "ar_indic":
        return ("%d/%d/%d" % (dd, m, y)).translate(AR_DIG)
    if style == "ar_words_indic":
        return ("%d %s %d" % (dd, AR_MON[m - 1], y)).translate(AR_DIG)
    if style == "en_long":
        return "%s %d, %d" % (EN_MON[m - 1], dd, y)
    if style == "en_abbr":
        return "%02d-%s-%04d" % (dd, EN_MON[m - 1][:3].upper(), y)
    raise ValueError(style)


# date styles that speakers of each language naturally write
LANG_DSTYLES = {"zh-Hans": ["zh", "zh", "iso", "zh_pad"], "zh-Hant": ["zh", "zh", "us", "ymd_dot"],
                "vi": ["dmy_slash", "dmy_slash_short", "vi", "vi"], "ko": ["ko", "ko_dot", "ymd_dot"],
                "ru": ["dmy_dot", "dmy_dot", "ru"], "uk": ["dmy_dot", "uk", "uk"],
                "pl": ["dmy_dot", "pl", "dmy_dot_short"], "ar": ["ar_indic", "ar", "dmy_slash",
                                                                  "ar_words_indic"],
                "ht": ["dmy_slash_short", "ht", "ht"], "tl": ["tl", "us", "us_short"],
                "so": ["dmy_slash_short", "so", "dmy_slash"], "hmn": ["us_short", "us", "us_yy"]}


def ldate(d, lang):
    return fdate(d, ch(LANG_DSTYLES[lang]))


def rand_dob(old=None):
    """old=True: age over 89; old=False: younger; None: mixed."""
    if old is None:
        old = chance(0.18)
    if old:
        start, end = dt.date(1926, 1, 1), dt.date(1933, 12, 31)
    else:
        start, end = dt.date(1936, 1, 1), dt.date(2016, 12, 31)
    return start + dt.timedelta(days=R.randint(0, (end - start).days))


def age_of(dob, ref=TODAY):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


def future_date(lo=1, hi=60):
    return TODAY + dt.timedelta(days=R.randint(lo, hi))


def past_date(lo=1, hi=400):
    return TODAY - dt.timedelta(days=R.randint(lo, hi))


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------
EMAIL_DOM = {"zh-Hans": ["qq.com", "163.com", "gmail.com", "126.com"],
             "zh-Hant": ["yahoo.com.hk", "gmail.com", "hotmail.com", "netvigator.com"],
             "vi": ["gmail.com", "yahoo.com", "hotmail.com"], "ko": ["naver.com", "daum.net", "gmail.com",
                                                                   "hanmail.net"],
             "ru": ["mail.ru", "yandex.ru", "gmail.com", "rambler.ru"], "uk": ["ukr.net", "gmail.com", "i.ua"],
             "ar": ["hotmail.com", "gmail.com", "yahoo.com"], "ht": ["gmail.com", "yahoo.com", "hotmail.com"],
             "tl": ["yahoo.com", "gmail.com", "ymail.com"], "so": ["gmail.com", "hotmail.com"],
             "hmn": ["gmail.com", "yahoo.com", "aol.com"], "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl",
                                                                 "gmail.com"]}


def mrn():
    k = R.randint(0, 6)
    if k == 0:
        return "E%07d" % R.randint(1000000, 9999999)
    if k == 1:
        return "%08d" % R.randint(10000000, 99999999)
    if k == 2:
        return "BV%07d" % R.randint(100000, 9999999)
    if k == 3:
        return "100%06d" % R.randint(0, 999999)
    if k == 4:
        return "HP-%d" % R.randint(1000000, 9999999)
    if k == 5:
        return "M%d" % R.randint(10000000, 99999999)
    return "%d" % R.randint(4000000, 4999999)


def health_plan_id(kind=None):
    kind = kind or ch(["mbi", "medi-cal", "ny-mcd", "mn-ma", "masshealth", "commercial", "commercial",
                       "aetna", "uhc", "fl-mcd", "mi-mcd"])
    if kind == "mbi":
        return kind, mbi()
    if kind == "medi-cal":
        return kind, "9" + digits(7) + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    if kind == "ny-mcd":
        return kind, "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(5) + \
            R.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    if kind == "mn-ma":
        return kind, "00" + digits(6)
    if kind == "masshealth":
        return kind, "1" + digits(11)
    if kind == "fl-mcd":
        return kind, digits(10)
    if kind == "mi-mcd":
        return kind, "00" + digits(8)
    if kind == "aetna":
        return kind, "W" + digits(9)
    if kind == "uhc":
        return kind, digits(9) + ch(["00", "01", "02"])
    pre = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    return kind, pre + digits(9)


def plan_kind_for_state(st):
    return {"CA": "medi-cal", "NY": "ny-mcd", "MN": "mn-ma", "MI": "mi-mcd", "MA": "masshealth",
            "FL": "fl-mcd"}.get(st, ch(["commercial", "aetna", "uhc"]))


class Person:
    def __init__(self, lang=None, sex=None, old=None):
        self.lang = lang = lang or ch(LANGS)
        self.sex = sex = sex or ch("MF")
        self.dob = rand_dob(old)
        self.age = age_of(self.dob)
        self.mid_n = self.mid_r = ""
        self.alt_n = None          # another native rendering
        if lang == "zh-Hans":
            f, g = ch(ZH_FAM), ch(ZH_GIV[sex])
            self.fam_n, self.giv_n, self.fam_r, self.giv_r = f[0], g[0], f[1], g[1]
            self.full_n = f[0] + g[0]
            self.full_r = "%s %s" % (f[1], g[1])
            self.west_r = "%s %s" % (g[1], f[1])
        elif lang == "zh-Hant":
            f, g = ch(ZHT_FAM), ch(ZHT_GIV[sex])
            self.fam_n, self.giv_n, self.fam_r, self.giv_r = f[0], g[0], f[1], g[1]
            self.full_n = f[0] + g[0]
            eng = ch(ZHT_ENG[sex]) if chance(0.35) else None
            self.full_r = "%s %s" % (f[1].upper(), g[1].replace("-", " "))
            self.west_r = ("%s %s" % (eng, f[1])) if eng else "%s %s" % (g[1], f[1])
            if eng:
                self.giv_r = eng
        elif lang == "vi":
            f, m, g = ch(VI_FAM), ch(VI_MID[sex]), ch(VI_GIV[sex])
            if f == "Tôn Nữ" and sex == "M":
                f = "Tôn Thất"
            self.fam_n, self.giv_n, self.mid_n = f, g, m
            self.full_n = "%s %s %s" % (f, m, g)
            self.fam_r, self.giv_r, self.mid_r = strip_diacritics(f), strip_diacritics(g), strip_diacritics(m)
            self.full_r = strip_diacritics(self.full_n)
            self.west_r = "%s %s %s" % (self.giv_r, self.mid_r, self.fam_r) if chance(0.5) else \
                "%s %s" % (self.giv_r, self.fam_r)
        elif lang == "ko":
            f, g = ch(KO_FAM), ch(KO_GIV[sex])
            self.fam_n, self.giv_n, self.fam_r, self.giv_r = f[0], g[0], f[1], g[1]
            self.full_n = f[0] + g[0]
            self.alt_n = f[0] + " " + g[0]
            self.full_r = "%s %s" % (f[1], g[1])
            self.west_r = "%s %s" % (g[1].replace("-", "") if chance(0.4) else g[1], f[1])
        elif lang in ("ru", "uk"):
            if lang == "ru":
                fam = ch(RU_FAM)
                if sex == "F" and (fam.endswith("ов") or fam.endswith("ев") or fam.endswith("ёв")
                                   or fam.endswith("ин")):
                    fam += "а"
                giv = ch(RU_GIV[sex])
                pat = ch(RU_PAT)[0 if sex == "M" else 1]
                tb = CYR
            else:
                fam = ch(UK_FAM)
                giv = ch(UK_GIV[sex])
                pat = ch(UK_PAT)[0 if sex == "M" else 1]
                tb = UKR
            self.fam_n, self.giv_n, self.mid_n = fam, giv, pat
            self.full_n = "%s %s %s" % (fam, giv, pat)
            self.alt_n = "%s %s %s" % (giv, pat, fam)
            self.fam_r, self.giv_r, self.mid_r = translit(fam, tb), translit(giv, tb), translit(pat, tb)
            self.full_r = "%s %s %s" % (self.fam_r, self.giv_r, self.mid_r)
            self.west_r = "%s %s" % (self.giv_r, self.fam_r)
        elif lang == "ar":
            g, fa, fm = ch(AR_GIV[sex]), ch(AR_FATHER), ch(AR_FAM)
            conn_n, conn_r = ("بن", "bin") if sex == "M" else ("بنت", "bint")
            withbin = chance(0.6)
            self.fam_n, self.giv_n, self.mid_n = fm[0], g[0], fa[0]
            self.fam_r, self.giv_r, self.mid_r = fm[1], g[1], fa[1]
            if withbin:
                self.full_n = "%s %s %s %s" % (g[0], conn_n, fa[0], fm[0])
                self.full_r = "%s %s %s %s" % (g[1], conn_r, fa[1], fm[1])
            else:
                self.full_n = "%s %s %s" % (g[0], fa[0], fm[0])
                self.full_r = "%s %s %s" % (g[1], fa[1], fm[1])
            fr = fm[1]
            self.west_r = "%s %s" % (g[1], fr[0].upper() + fr[1:])
        elif lang == "ht":
            g, f = ch(HT_GIV[sex]), ch(HT_FAM)
            self.fam_n, self.giv_n = f, g
            self.full_n = "%s %s" % (g, f)
            self.fam_r, self.giv_r = strip_diacritics(f), strip_diacritics(g)
            self.full_r = self.west_r = "%s %s" % (self.giv_r, self.fam_r)
        elif lang == "tl":
            g, f = ch(TL_GIV[sex]), ch(TL_FAM)
            m = ch([x for x in TL_FAM if x != f])
            self.fam_n, self.giv_n, self.mid_n = f, g, m
            self.full_n = "%s %s %s" % (g, m, f)
            self.fam_r, self.giv_r, self.mid_r = f, g, m
            self.full_r = self.full_n
            self.west_r = "%s %s. %s" % (g, m[0], f)
        elif lang == "so":
            g = ch(SO_GIV[sex])
            fa, gf = R.sample(SO_ANC, 2)
            self.fam_n, self.giv_n, self.mid_n = gf[0], g[0], fa[0]
            self.fam_r, self.giv_r, self.mid_r = gf[1], g[1], fa[1]
            self.full_n = "%s %s %s" % (g[0], fa[0], gf[0])
            self.full_r = "%s %s %s" % (g[1], fa[1], gf[1])
            self.west_r = self.full_r if chance(0.5) else "%s %s" % (g[1], gf[1])
        elif lang == "hmn":
            c, g = ch(HMN_CLAN), ch(HMN_GIV[sex])
            self.fam_n, self.giv_n = c[0], g[0]
            self.fam_r, self.giv_r = c[0], g[0]
            self.full_n = self.full_r = self.west_r = "%s %s" % (g[0], c[0])
            self.alt_n = "%s %s" % (c[1], g[1])   # RPA, clan first
        elif lang == "pl":
            f = ch(PL_FAM)[0 if sex == "M" else 1]
            g = ch(PL_GIV[sex])
            self.fam_n, self.giv_n = f, g
            self.full_n = "%s %s" % (g, f)
            self.fam_r, self.giv_r = strip_diacritics(f), strip_diacritics(g)
            self.full_r = self.west_r = "%s %s" % (self.giv_r, self.fam_r)
        else:
            raise ValueError(lang)
        self.addr = Addr(lang)
        self.phone_us = us_phone_digits(self.addr.region)
        self.phone_intl = intl_phone(lang)
        self.mrn = mrn()
        self.email = self.make_email()

    def ehr(self):
        """LAST, FIRST [MIDDLE] as US EHRs print it."""
        if self.lang in ("vi", "tl", "so", "ru", "uk", "ar") and self.mid_r and chance(0.6):
            return "%s, %s %s" % (self.fam_r.upper(), self.giv_r.upper(), self.mid_r.upper())
        return "%s, %s" % (self.fam_r.upper(), self.giv_r.upper())

    def any_name(self):
        return ch([self.full_n, self.full_n, self.full_r, self.west_r, self.ehr()])

    def make_email(self):
        dom = ch(EMAIL_DOM[self.lang])
        if dom in ("qq.com",):
            return "%d@qq.com" % R.randint(10000000, 2999999999)
        base = strip_diacritics(self.fam_r).lower().replace(" ", "").replace("-", "").replace("'", "")
        gv = strip_diacritics(self.giv_r).lower().replace(" ", "").replace("-", "").replace(".", "")
        k = R.randint(0, 4)
        if k == 0:
            u = "%s.%s%d" % (gv, base, self.dob.year % 100)
        elif k == 1:
            u = "%s%s%d" % (base, gv[:1], R.randint(1, 999))
        elif k == 2:
            u = "%s_%s" % (gv, base)
        elif k == 3:
            u = "%s%s%02d%02d" % (base, gv, self.dob.month, self.dob.day)
        else:
            u = "%s.%s" % (base, gv) + str(self.dob.year)
        return "%s@%s" % (u, dom)

    def relative(self, sex=None):
        """A relative (child / spouse) who shares the family name."""
        r = Person(self.lang, sex=sex, old=False)
        if self.lang in ("vi", "ko", "zh-Hans", "zh-Hant", "ht", "hmn", "tl", "pl"):
            r.fam_n, r.fam_r = self.fam_n, self.fam_r
            if self.lang in ("zh-Hans", "zh-Hant", "ko"):
                r.full_n = self.fam_n + r.giv_n
            elif self.lang == "vi":
                r.full_n = "%s %s %s" % (self.fam_n, r.mid_n, r.giv_n)
            elif self.lang == "hmn":
                r.full_n = "%s %s" % (r.giv_n, self.fam_n)
            elif self.lang in ("ht", "pl"):
                r.full_n = "%s %s" % (r.giv_n, self.fam_n if r.sex == self.sex or self.lang == "ht"
                                      else r.fam_n)
            if self.lang in ("zh-Hans", "zh-Hant", "ko", "vi"):
                r.full_r = "%s %s" % (self.fam_r, r.giv_r) if self.lang != "vi" else \
                    "%s %s %s" % (self.fam_r, r.mid_r, r.giv_r)
                r.west_r = "%s %s" % (r.giv_r, self.fam_r)
            elif self.lang in ("hmn", "ht") or r.sex == self.sex:
                r.west_r = r.full_r = "%s %s" % (r.giv_r, strip_diacritics(self.fam_r))
            if chance(0.5):
                r.west_r = "%s %s" % (ch(EN_GIV[r.sex]), strip_diacritics(self.fam_r))
            r.email = r.make_email()
        return r


REL_WORDS = {"zh-Hans": {"F": "女儿", "M": "儿子"}, "zh-Hant": {"F": "女兒", "M": "兒子"},
             "vi": {"F": "con gái", "M": "con trai"}, "ko": {"F": "딸", "M": "아들"},
             "ru": {"F": "дочь", "M": "сын"}, "uk": {"F": "донька", "M": "син"},
             "ar": {"F": "ابنته", "M": "ابنه"}, "ht": {"F": "pitit fi", "M": "pitit gason"},
             "tl": {"F": "anak na babae", "M": "anak na lalaki"}, "so": {"F": "gabadhiisa", "M": "wiilkiisa"},
             "hmn": {"F": "tus ntxhais", "M": "tus tub"}, "pl": {"F": "córka", "M": "syn"}}


# ---------------------------------------------------------------------------
# staff, clinicians, systems (look-alikes, never labelled)
# ---------------------------------------------------------------------------
INTERPRETERS = [("Nguyen, Linh", "vi"), ("Chen, Grace", "zh-Hans"), ("Wong, Kelvin", "zh-Hant"),
                ("Park, Soojin", "ko"), ("Petrenko, Alina", "uk"), ("Volkova, Irina", "ru"),
                ("Haddad, Rami", "ar"), ("Joseph, Marie-Lourdes", "ht"), ("Reyes, Ana", "tl"),
                ("Warsame, Ilhan", "so"), ("Xiong, Pa Nhia", "hmn"), ("Nowicka, Ewa", "pl"),
                ("Tran, Minh Chau", "vi"), ("Abdi, Hassan", "so"), ("Lor, Tong", "hmn")]
CLINICIANS = ["Dr. Anjali Mehta", "Dr. Samuel Okafor", "Dr. Rebecca Lindqvist", "Dr. Tomás Herrera",
              "Dr. Priya Raman", "Dr. Daniel Cho", "Dr. Helen Morozova", "Dr. Yusuf Demir",
              "Dr. Karen O'Donnell", "Sarah Kim, NP", "Michael Brennan, PA-C", "Dr. Li-Wen Hsu"]
CLIN_NATIVE = {"zh-Hans": ["李建华医生", "王医生", "张丽主任"], "zh-Hant": ["陳醫生", "黃志偉醫師"],
               "vi": ["BS. Trần Văn Hải", "Bác sĩ Lê Minh"], "ko": ["박정민 선생님", "의사 최윤희"],
               "ru": ["врач Петрова Е. А.", "д-р Гринберг М. Л."], "uk": ["лікар Коваль О. В."],
               "ar": ["د. سامر خليل", "الدكتورة ريم حداد"], "ht": ["Doktè Paul", "Dr. Sandrine Étienne"],
               "tl": ["Dr. Ramon Aquino", "Doktora Santos"], "so": ["Dr. Cabdirisaaq", "Dr. Hodan Ali"],
               "hmn": ["Kws Kho Mob Lee", "Dr. Xiong"], "pl": ["dr Anna Kowalczyk", "lek. Marek Zając"]}
STAFF_USERS = ["jmorales", "akhan2", "svc_langline", "hl7-engine", "portal-bot", "lchen3", "tnguyen07",
               "svc-sms-gw", "mwilliams", "epic_interconnect", "s.okonkwo", "rpatel", "callctr.agent14",
               "interp.sched", "svc_mt_pipeline", "kpark", "d.ivanova", "ltran"]
DEPTS = ["Cardiology", "Family Medicine", "OB/GYN", "Oncology", "Nephrology", "Pediatrics", "Endocrinology",
         "Orthopedics", "Behavioral Health", "Dialysis Unit", "Internal Medicine", "Ophthalmology"]
CLINICS = ["Chinatown Family Health Center", "Little Saigon Clinic", "Cedar-Riverside Community Clinic",
           "Brighton Beach Primary Care", "Koreatown Medical Pavilion", "Dearborn Family Practice",
           "Little Haiti Health Hub", "Daly City Ambulatory Care", "Frogtown Family Medicine",
           "Greenpoint Internal Medicine", "Ukrainian Village Clinic"]


def interp_id():
    return ch(["IN-%05d" % R.randint(10000, 99999), "%d" % R.randint(100000, 999999),
               "INT%04d" % R.randint(1000, 9999), "LL-%d" % R.randint(2000000, 2999999)])


def encounter_id():
    return ch(["ENC%09d" % R.randint(10 ** 8, 10 ** 9 - 1), "%d" % R.randint(10 ** 9, 10 ** 10 - 1),
               "V%08d" % R.randint(10 ** 7, 10 ** 8 - 1)])


def order_no():
    return ch(["ORD-2024-%07d" % R.randint(0, 9999999), "%d" % R.randint(10 ** 7, 10 ** 8),
               "SO%d" % R.randint(100000, 999999)])


def claim_no():
    return ch(["CLM%010d" % R.randint(0, 10 ** 10 - 1), "24%d" % R.randint(10 ** 11, 10 ** 12 - 1)])


def tm_id(lang=None):
    loc = ch(LANG_LOCALE[lang or ch(LANGS)])
    return ch(["TM-%s-%06d" % (loc, R.randint(0, 999999)), "tm:%s:%s" % (loc.lower(), hexs(12)),
               "TMX/%s/%d" % (loc, R.randint(1000, 99999))])


# ---------------------------------------------------------------------------
# clock / timestamp formats (a log's own timestamps are never labelled)
# ---------------------------------------------------------------------------
class Clock:
    t = dt.datetime(2024, 3, 4, 5, 58, 11, 0)

    @classmethod
    def reset(cls):
        cls.t = dt.datetime(2024, 3, 4, 5, 58, 11, 0)

    @classmethod
    def tick(cls):
        cls.t += dt.timedelta(seconds=R.randint(3, 380), microseconds=R.randint(0, 999999))
        return cls.t


def ts(style=None):
    t = Clock.tick()
    style = style or ch(["iso", "iso_off", "py", "java"])
    ms = t.microsecond // 1000
    if style == "iso":
        return t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % ms
    if style == "iso6":
        return t.strftime("%Y-%m-%dT%H:%M:%S") + ".%06dZ" % t.microsecond
    if style == "iso_off":
        return t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d-08:00" % ms
    if style == "iso_s":
        return t.strftime("%Y-%m-%dT%H:%M:%SZ")
    if style == "py":
        return t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % ms
    if style == "java":
        return t.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % ms
    if style == "syslog":
        return t.strftime("%b ") + "%2d" % t.day + t.strftime(" %H:%M:%S")
    if style == "apache":
        return t.strftime("%d/%b/%Y:%H:%M:%S -0800")
    if style == "epoch":
        return "%d" % int((t - dt.datetime(1970, 1, 1)).total_seconds() + 8 * 3600)
    if style == "epoch_ms":
        return "%d" % (int((t - dt.datetime(1970, 1, 1)).total_seconds() + 8 * 3600) * 1000 + ms)
    if style == "win":
        h = t.hour % 12 or 12
        return "%d/%d/%d %d:%02d:%02d %s" % (t.month, t.day, t.year, h, t.minute, t.second,
                                             "AM" if t.hour < 12 else "PM")
    if style == "hl7":
        return t.strftime("%Y%m%d%H%M%S")
    if style == "x12":
        return t.strftime("%y%m%d"), t.strftime("%H%M")
    if style == "slash":
        return t.strftime("%Y/%m/%d %H:%M:%S")
    raise ValueError(style)


def appt_time():
    return "%d:%02d" % (R.randint(7, 16), ch([0, 15, 30, 45]))


# ---------------------------------------------------------------------------
# language content
# ---------------------------------------------------------------------------
import re as _re


def tpl(s, **kw):
    """Template with {key} placeholders -> T of segments (values may be P / T / str)."""
    out = T()
    for i, part in enumerate(_re.split(r"\{(\w+)\}", s)):
        if i % 2 == 0:
            if part:
                out.append(part)
        else:
            out.append(kw[part])
    return out


def age_words(n, lang):
    """Return (before, after) text around an age number."""
    if lang == "ru":
        w = "год" if n % 10 == 1 and n % 100 != 11 else ("года" if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else "лет")
        return w
    if lang == "uk":
        w = "рік" if n % 10 == 1 and n % 100 != 11 else ("роки" if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else "років")
        return w
    if lang == "pl":
        return "lata" if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else "lat"
    return ""


MSG_TPL = {
    "zh-Hans": ["您好，我是{name}，出生日期{dob}，想改一下{appt}的预约，需要普通话翻译。电话{phone}。",
                "我妈妈{name}今年{age}岁了，{appt}要去看心脏科，她不会英文，请安排翻译。我是她{rel}{relname}，电话{phone}。",
                "地址改了：{addr}。病历号{mrn}。谢谢！"],
    "zh-Hant": ["你好，我係{name}，出世日期{dob}，想問{appt}嘅覆診使唔使預約傳譯。電話{phone}。",
                "病人{name}（{age}歲）需要粵語傳譯，{appt}覆診由{rel}{relname}陪同，聯絡電話{phone}。",
                "新地址：{addr}，請幫忙更新。病歷號碼{mrn}。"],
    "vi": ["Chào bác sĩ, tôi là {name}, sinh ngày {dob}. Tôi muốn đổi lịch hẹn ngày {appt} vì không có người đưa đi. Số điện thoại của tôi là {phone}.",
           "Mẹ tôi là {name}, năm nay {age} tuổi, cần thông dịch viên tiếng Việt cho buổi khám ngày {appt}. Tôi là {rel} {relname}, số {phone}.",
           "Địa chỉ mới của tôi: {addr}. Mã bệnh nhân {mrn}."],
    "ko": ["안녕하세요, {name}입니다. 생년월일은 {dob}이고 {appt} 예약을 변경하고 싶습니다. 연락처 {phone}.",
           "어머니 {name}님은 올해 {age}세이시고 영어를 못하십니다. {appt} 진료 때 한국어 통역 부탁드립니다. {rel} {relname} {phone}",
           "주소가 바뀌었습니다: {addr}. 환자번호 {mrn}"],
    "ru": ["Здравствуйте! Меня зовут {name}, дата рождения {dob}. Прошу перенести приём с {appt}. Мой телефон {phone}.",
           "Моей маме, {name}, {age} {agew}, ей нужен переводчик на приём {appt}. Пишет {rel} {relname}, тел. {phone}.",
           "Новый адрес: {addr}. Номер карты пациента {mrn}."],
    "uk": ["Добрий день! Я {name}, дата народження {dob}. Чи можна перенести візит {appt}? Мій номер {phone}.",
           "Моїй бабусі {name} {age} {agew}, потрібен перекладач української мови на {appt}. Пише {rel} {relname}, {phone}.",
           "Моя адреса змінилася: {addr}. Номер пацієнта {mrn}."],
    "ar": ["مرحباً، أنا {name}، تاريخ الميلاد {dob}. أريد تغيير موعدي يوم {appt}. رقم هاتفي {phone}.",
           "والدي {name} عمره {age} سنة ويحتاج مترجماً عربياً لموعد {appt}. أنا {rel} {relname}، هاتف {phone}.",
           "عنواني الجديد: {addr}. رقم الملف الطبي {mrn}."],
    "ht": ["Bonjou, mwen rele {name}, dat nesans mwen se {dob}. Mwen bezwen chanje randevou {appt} la. Nimewo telefòn mwen se {phone}.",
           "Manman m {name} gen {age} an, li bezwen yon entèprèt kreyòl pou randevou {appt}. Se {rel} li {relname} k ap ekri, {phone}.",
           "Nouvo adrès mwen: {addr}. Nimewo dosye {mrn}."],
    "tl": ["Magandang umaga po, ako po si {name}, ipinanganak noong {dob}. Gusto ko pong ilipat ang appointment ko sa {appt}. Ang number ko po ay {phone}.",
           "Ang nanay ko na si {name} ay {age} taong gulang na at kailangan ng Tagalog interpreter sa {appt}. Ako po ang {rel} niya, {relname}, {phone}.",
           "Bagong address: {addr}. MRN {mrn}."],
    "so": ["Salaan, magacaygu waa {name}, waxaan dhashay {dob}. Waxaan rabaa inaan beddelo ballanta {appt}. Taleefankaygu waa {phone}.",
           "Hooyaday {name} waa {age} jir, waxay u baahan tahay turjubaan Af-Soomaali ballanta {appt}. Waxaa qoraya {rel} {relname}, {phone}.",
           "Cinwaankayga cusub: {addr}. Lambarka bukaanka {mrn}."],
    "hmn": ["Nyob zoo, kuv yog {name}, yug {dob}. Kuv xav hloov kuv lub sij hawm {appt}. Kuv tus xov tooj yog {phone}.",
            "Kuv niam {name} muaj {age} xyoos, nws xav tau ib tug neeg txhais lus Hmoob rau {appt}. Kuv yog {rel} {relname}, {phone}.",
            "Kuv qhov chaw nyob tshiab: {addr}. MRN {mrn}."],
    "pl": ["Dzień dobry, nazywam się {name}, data urodzenia {dob}. Chciałabym przełożyć wizytę z dnia {appt}. Mój telefon: {phone}.",
           "Moja mama {name} ma {age} {agew} i potrzebuje tłumacza języka polskiego na wizytę {appt}. Pisze {rel} {relname}, tel. {phone}.",
           "Nowy adres: {addr}. Numer pacjenta {mrn}."],
}
MSG_TPL_EN = ["Hello, this is {name}, date of birth {dob}. I would like to change my appointment on {appt}. My phone number is {phone}.",
              "My mother {name} is {age} years old and needs an interpreter for the appointment on {appt}. This is her {rel} {relname}, {phone}.",
              "My new address: {addr}. Patient number {mrn}."]
REL_EN = {"F": "daughter", "M": "son"}

UI_EN = ["Your appointment is confirmed.", "Reply STOP to unsubscribe.",
         "Your test results are available in the portal.", "Please arrive 15 minutes early.",
         "Interpreter services are free of charge."]
UI = {
    "zh-Hans": ["您的预约已确认。", "回复STOP退订。", "您的检查结果已可在患者门户查看。", "请提前15分钟到达。", "口译服务免费提供。"],
    "zh-Hant": ["您的預約已確認。", "回覆STOP取消訂閱。", "您的檢驗結果已可在病人入口網站查看。", "請提前15分鐘到達。", "傳譯服務免費。"],
    "vi": ["Lịch hẹn của quý vị đã được xác nhận.", "Trả lời STOP để hủy đăng ký.",
           "Kết quả xét nghiệm của quý vị đã có trên cổng thông tin.", "Vui lòng đến sớm 15 phút.",
           "Dịch vụ thông dịch được cung cấp miễn phí."],
    "ko": ["예약이 확인되었습니다.", "수신 거부는 STOP으로 회신하세요.", "검사 결과를 포털에서 확인하실 수 있습니다.",
           "15분 일찍 도착해 주세요.", "통역 서비스는 무료입니다."],
    "ru": ["Ваша запись подтверждена.", "Ответьте STOP, чтобы отписаться.", "Результаты анализов доступны на портале.",
           "Пожалуйста, приходите за 15 минут.", "Услуги переводчика бесплатны."],
    "uk": ["Ваш запис підтверджено.", "Надішліть STOP, щоб відписатися.", "Результати аналізів доступні на порталі.",
           "Будь ласка, прийдіть за 15 хвилин.", "Послуги перекладача безкоштовні."],
    "ar": ["تم تأكيد موعدك.", "أرسل STOP لإلغاء الاشتراك.", "نتائج فحوصاتك متاحة على البوابة.",
           "يرجى الحضور قبل 15 دقيقة.", "خدمات الترجمة مجانية."],
    "ht": ["Randevou ou konfime.", "Reponn STOP pou dezabòne.", "Rezilta tès ou yo disponib sou pòtay la.",
           "Tanpri rive 15 minit davans.", "Sèvis entèprèt gratis."],
    "tl": ["Nakumpirma na ang inyong appointment.", "Mag-reply ng STOP para mag-unsubscribe.",
           "Makikita na ang resulta ng inyong test sa portal.", "Mangyaring dumating nang 15 minuto nang maaga.",
           "Libre ang serbisyo ng interpreter."],
    "so": ["Ballantaada waa la xaqiijiyay.", "Ku jawaab STOP si aad iskaga joojiso.",
           "Natiijooyinka baaritaankaaga waxaa laga heli karaa bogga.", "Fadlan imow 15 daqiiqo ka hor.",
           "Adeegga turjumaanka waa bilaash."],
    "hmn": ["Koj lub sij hawm teem tseg tau lees paub lawm.", "Teb STOP kom tsis txhob txais ntxiv.",
            "Koj cov txiaj ntsig kuaj muaj nyob hauv portal lawm.", "Thov tuaj txog ua ntej 15 feeb.",
            "Kev pab txhais lus yog dawb xwb."],
    "pl": ["Twoja wizyta została potwierdzona.", "Odpowiedz STOP, aby zrezygnować.",
           "Wyniki badań są dostępne w portalu.", "Prosimy przyjść 15 minut wcześniej.",
           "Usługi tłumacza są bezpłatne."],
}
UI_KEYS = ["appointment.confirmed", "sms.optout.footer", "results.available", "appointment.arrive_early",
           "interpreter.free_notice"]
GENERIC_Q = {"zh-Hans": "请问周六诊所开门吗？需要普通话翻译。", "zh-Hant": "請問停車場喺邊度？使唔使俾錢？",
             "vi": "Xin cho hỏi phòng khám có mở cửa thứ Bảy không?", "ko": "주차는 어디에 하면 되나요?",
             "ru": "Скажите, пожалуйста, работает ли клиника в субботу?",
             "uk": "Підкажіть, будь ласка, чи є перекладач у суботу?", "ar": "هل العيادة مفتوحة يوم السبت؟",
             "ht": "Èske klinik la louvri samdi?", "tl": "Bukas po ba ang clinic sa Sabado?",
             "so": "Rugta caafimaadku ma furan tahay Sabtida?",
             "hmn": "Lub tsev kho mob puas qhib hnub Saturday?", "pl": "Czy przychodnia jest otwarta w sobotę?"}
GENERIC_Q_EN = {"zh-Hans": "Is the clinic open on Saturday? Need a Mandarin interpreter.",
                "zh-Hant": "Where is the parking lot? Do I have to pay?",
                "vi": "May I ask whether the clinic is open on Saturday?", "ko": "Where should I park?",
                "ru": "Please tell me, is the clinic open on Saturday?",
                "uk": "Please tell me, is there an interpreter on Saturday?",
                "ar": "Is the clinic open on Saturday?", "ht": "Is the clinic open Saturday?",
                "tl": "Is the clinic open on Saturday?", "so": "Is the health centre open on Saturday?",
                "hmn": "Is the clinic open on Saturday?", "pl": "Is the clinic open on Saturday?"}

SMS_TPL = {
    "zh-Hans": "【{org}】{name}您好，您预约于{date} {time}在{clinic}就诊，请提前15分钟到达。改约请致电{ophone}。回复1确认，回复2取消。",
    "zh-Hant": "{name}您好：提醒您於{date} {time}在{clinic}的門診預約。如需更改請致電{ophone}。",
    "vi": "Kính gửi {name}: Quý vị có lịch hẹn vào ngày {date} lúc {time} tại {clinic}. Vui lòng đến sớm 15 phút. Gọi {ophone} để đổi lịch. Trả lời C để xác nhận.",
    "ko": "{name}님, {date} {time}에 {clinic} 진료 예약이 있습니다. 변경은 {ophone}로 연락주세요. 확인:1 취소:2",
    "ru": "Уважаемый(ая) {name}! Напоминаем о приёме {date} в {time}, {clinic}. Для переноса звоните {ophone}. Ответьте ДА для подтверждения.",
    "uk": "Шановний(а) {name}, нагадуємо про прийом {date} о {time} у {clinic}. Телефон для зміни запису: {ophone}.",
    "ar": "عزيزي/عزيزتي {name}، نذكركم بموعدكم يوم {date} الساعة {time} في {clinic}. للتغيير اتصل على {ophone}. أرسل 1 للتأكيد.",
    "ht": "Bonjou {name}, ou gen yon randevou {date} a {time} nan {clinic}. Rele {ophone} pou chanje l. Reponn 1 pou konfime.",
    "tl": "Magandang araw, {name}! Paalala: ang inyong appointment ay sa {date}, {time} sa {clinic}. Tumawag sa {ophone} para magpalit ng iskedyul.",
    "so": "{name}, waxaa lagu xasuusinayaa ballantaada {date} saacadda {time} ee {clinic}. Wac {ophone} si aad u beddesho.",
    "hmn": "Nyob zoo {name}, koj muaj ib lub sij hawm ntsib kws kho mob hnub tim {date} thaum {time} ntawm {clinic}. Hu rau {ophone} yog xav hloov.",
    "pl": "Szanowni Państwo, {name}: przypominamy o wizycie {date} o godz. {time} w {clinic}. Zmiana terminu: {ophone}. Odpowiedz TAK, aby potwierdzić.",
}
SMS_GENERIC = {
    "zh-Hans": "【{org}】流感疫苗现已开放预约，详情请致电{ophone}。回复STOP退订。",
    "zh-Hant": "{org}提提你：流感疫苗現已開放接種，查詢請致電{ophone}。",
    "vi": "{org}: Đã có vắc-xin cúm. Gọi {ophone} để đặt lịch. Trả lời STOP để hủy.",
    "ko": "[{org}] 독감 예방접종 예약이 시작되었습니다. 문의 {ophone}",
    "ru": "{org}: открыта запись на прививку от гриппа. Тел. {ophone}. STOP — отписаться.",
    "uk": "{org}: відкрито запис на щеплення від грипу. Тел. {ophone}.",
    "ar": "{org}: لقاح الإنفلونزا متوفر الآن. للحجز اتصل على {ophone}.",
    "ht": "{org}: Vaksen grip la disponib kounye a. Rele {ophone} pou pran randevou.",
    "tl": "{org}: Available na ang flu shot. Tumawag sa {ophone} para sa appointment.",
    "so": "{org}: Tallaalka hargabka hadda waa la heli karaa. Wac {ophone}.",
    "hmn": "{org}: Muaj koob tshuaj tiv thaiv mob khaub thuas lawm. Hu rau {ophone}.",
    "pl": "{org}: Ruszyły zapisy na szczepienia przeciw grypie. Tel. {ophone}.",
}


def name_for_lang_display(p):
    """How the patient's name appears in a message in their own language."""
    if p.lang in ("zh-Hans", "zh-Hant", "ko"):
        return ch([p.full_n, p.full_n, p.full_n, p.giv_n]) if p.lang != "ko" else ch([p.full_n, p.full_n, p.alt_n])
    if p.lang in ("ru", "uk"):
        return ch([p.full_n, p.alt_n, "%s %s" % (p.giv_n, p.mid_n)])
    if p.lang == "hmn":
        return ch([p.full_n, p.full_n, p.alt_n])
    return p.full_n


# message kind 1 is written about a mother (Arabic: a father); swap for the other sex
PARENT_SWAP = {"zh-Hans": ("F", [("我妈妈", "我爸爸"), ("她不会", "他不会"), ("我是她", "我是他")]),
               "vi": ("F", [("Mẹ tôi", "Bố tôi")]), "ko": ("F", [("어머니", "아버지")]),
               "ru": ("F", [("Моей маме", "Моему папе"), ("ей нужен", "ему нужен")]),
               "uk": ("F", [("Моїй бабусі", "Моєму дідусеві")]),
               "ar": ("M", [("والدي", "والدتي"), ("عمره", "عمرها"), ("ويحتاج", "وتحتاج")]),
               "ht": ("F", [("Manman m", "Papa m")]), "tl": ("F", [("Ang nanay ko", "Ang tatay ko")]),
               "so": ("F", [("Hooyaday", "Aabbahay"), ("waxay u baahan tahay", "wuxuu u baahan yahay")]),
               "hmn": ("F", [("Kuv niam", "Kuv txiv")]), "pl": ("F", [("Moja mama", "Mój tata")]),
               "en": ("F", [("My mother", "My father"), ("This is her", "This is his")])}


def parent_tpl(t, lang, sex):
    if lang not in PARENT_SWAP:
        return t
    base, pairs = PARENT_SWAP[lang]
    if sex == base:
        return t
    for a, b in pairs:
        t = t.replace(a, b)
    return t


def patient_message(p, kind=None, for_en=False, lang_of_text=None):
    """Returns (native T, english T) for a patient-written message."""
    lang = p.lang
    kind = kind if kind is not None else R.randint(0, 2)
    rel = p.relative()
    appt = future_date()
    dstyle = ch(LANG_DSTYLES[lang])
    ph = ch([fmt_us_phone(p.phone_us), fmt_us_phone(p.phone_us), p.phone_intl])
    nm = name_for_lang_display(p)
    relnm = ch([rel.full_n, rel.west_r])
    age_cat = "age" if p.age > 89 else None
    kw = dict(name=P(nm, "name"), dob=P(fdate(p.dob, dstyle), "date"), appt=P(fdate(appt, dstyle), "date"),
              phone=P(ph, "phone"), addr=T(*p.addr.native_parts()), mrn=P(p.mrn, "mrn"),
              age=P(p.age, age_cat), agew=age_words(p.age, lang), rel=REL_WORDS[lang][rel.sex],
              relname=P(relnm, "name"))
    nat = tpl(parent_tpl(MSG_TPL[lang][kind], lang, p.sex) if kind == 1 else MSG_TPL[lang][kind], **kw)
    kw_en = dict(kw)
    kw_en.update(name=P(p.full_r if lang not in ("zh-Hans", "zh-Hant", "ko") else ch([p.full_r, p.west_r]), "name"),
                 dob=P(fdate(p.dob, ch(["en_long", "us", dstyle])), "date"),
                 appt=P(fdate(appt, ch(["en_long", dstyle])), "date"),
                 addr=T(*p.addr.us_parts()), rel=REL_EN[rel.sex],
                 relname=P(strip_diacritics(rel.west_r), "name"))
    en = tpl(parent_tpl(MSG_TPL_EN[kind], "en", p.sex) if kind == 1 else MSG_TPL_EN[kind], **kw_en)
    return nat, en


def org():
    return ch(ORGS)


# ---------------------------------------------------------------------------
# log families.  Each takes phi (bool) and returns a Line.
# ---------------------------------------------------------------------------
FAMILIES = []


def family(name, phi=True, clean=True, w=1.0):
    def deco(fn):
        FAMILIES.append((name, fn, phi, clean, w))
        return fn
    return deco


def sms_name(p):
    if p.lang in ("zh-Hans", "zh-Hant", "ko"):
        return ch([p.full_n, p.full_n, p.giv_n])
    if p.lang in ("ru", "uk"):
        return ch(["%s %s" % (p.giv_n, p.mid_n), p.alt_n])
    if p.lang == "vi":
        return ch([p.full_n, "Ông/Bà " + p.giv_n])
    return ch([p.full_n, p.giv_n])


@family("sms_gateway_logfmt", w=1.4)
def f_sms_gateway(phi):
    L = Line("sms_gateway_logfmt")
    p = Person()
    o = org()
    loc = ch(LANG_LOCALE[p.lang])
    ophone = fmt_us_phone(o["phone"], ch(["paren", "dash", "one"]))
    clinic = ch(CLINICS)
    if phi:
        d = future_date()
        nm = sms_name(p)
        if nm.startswith("Ông/Bà "):
            nmv = T("Ông/Bà ", P(nm[7:], "name"))
        else:
            nmv = P(nm, "name")
        body = tpl(SMS_TPL[p.lang], org=o["name"], name=nmv, date=P(ldate(d, p.lang), "date"),
                   time=appt_time(), clinic=clinic, ophone=ophone)
    else:
        body = tpl(SMS_GENERIC[p.lang], org=o["name"], ophone=ophone)
    segs = len(flat(body)) // 67 + 1
    pairs = [("ts", ts("iso")), ("level", ch(["info", "INFO"])), ("svc", ch(["sms-gw", "notify-sms", "textreach-relay"])),
             ("msg", "outbound message queued"), ("msg_sid", "SM" + hexs(32))]
    if phi:
        pairs.append(("to", P(fmt_us_phone(p.phone_us, ch(["e164", "e164", "plain"])), "phone")))
        pairs.append(("template", "appt_reminder_v%d" % R.randint(2, 7)))
    else:
        pairs.append(("audience", "campaign:FLU24-%s" % loc))
        pairs.append(("recipients", R.randint(40, 2600)))
    pairs += [("from", ch(["+18335550142", "73822", "+1" + o["phone"]])), ("locale", loc),
              ("encoding", "UCS-2"), ("segments", segs), ("body", body),
              ("trace_id", trace_id())]
    KV(L, pairs)
    return L


@family("sms_inbound_webhook_json")
def f_sms_webhook(phi):
    L = Line("sms_inbound_webhook_json")
    p = Person()
    o = org()
    if phi:
        k = R.randint(0, 3)
        if k == 0:
            text = T(ch(["1", "2", {"zh-Hans": "是", "zh-Hant": "好", "vi": "C", "ko": "네", "ru": "ДА", "uk": "Так",
                                    "ar": "نعم", "ht": "wi", "tl": "opo", "so": "haa", "hmn": "yog", "pl": "TAK"}[p.lang]]))
        elif k == 1:
            text = T(GENERIC_Q[p.lang])
        else:
            text, _ = patient_message(p, kind=ch([0, 2]))
        obj = {"type": "message-received", "time": ts("iso"), "description": "Incoming message received",
               "to": "+1" + o["phone"],
               "message": {"id": hexs(8) + "-" + hexs(4) + "-" + hexs(4), "owner": "+1" + o["phone"],
                           "applicationId": uuid4(), "time": ts("iso"), "segmentCount": 1,
                           "direction": "in", "to": ["+1" + o["phone"]],
                           "from": P(fmt_us_phone(p.phone_us, "e164"), "phone"), "text": text,
                           "media": [], "tag": "lep-%s" % p.lang}}
    else:
        obj = {"type": ch(["webhook.rejected", "message-delivered-batch"]), "time": ts("iso"),
               "reason": ch(["invalid X-Signature", "duplicate delivery", "batch summary"]),
               "applicationId": uuid4(), "delivered": R.randint(10, 900), "failed": R.randint(0, 12),
               "locale_breakdown": {ch(LANG_LOCALE["vi"]): R.randint(1, 200), "zh-Hant": R.randint(1, 90),
                                    "so": R.randint(0, 60)},
               "request_id": uuid4()}
    L.t("webhook ")
    J(L, obj, ascii=chance(0.35), sep=(",", ":"))
    return L


@family("interp_session_json", w=1.6)
def f_interp_session(phi):
    L = Line("interp_session_json")
    p = Person(old=chance(0.45))
    iname, ilang = ch(INTERPRETERS)
    lang = p.lang if phi else ilang
    style = R.randint(0, 2)
    obj = {"ts": ts(ch(["iso", "iso_off"])), "event": ch(["session.ended", "session.connected", "session.rated"]),
           "vendor": ch(VENDORS), "session_id": uuid4(),
           "modality": ch(["OPI", "VRI", "VRI", "OSI"]),
           "language": {"code": LANG_ISO3[lang], "bcp47": ch(LANG_LOCALE[lang]), "name": LANG_NAME_EN[lang]},
           "interpreter": {"id": interp_id(), "display": iname, "cert": ch(["CHI", "CMI", "QMHI", None])},
           "requested_by": ch(STAFF_USERS), "dept": ch(DEPTS), "encounter": encounter_id()}
    if phi:
        if style == 0:
            pt = {"mrn": P(p.mrn, "mrn"), "name": P(ch([p.full_n, p.any_name()]), "name"),
                  "dob": P(fdate(p.dob, "iso"), "date")}
            if p.age > 89 and chance(0.7):
                pt["age"] = PN(p.age, "age")
            obj["patient"] = pt
        elif style == 1:
            obj["pt_mrn"] = P(p.mrn, "mrn")
            obj["patientName"] = {"family": P(p.fam_n, "name"), "given": P(p.giv_n, "name")}
            if chance(0.5):
                obj["callback"] = P(fmt_us_phone(p.phone_us), "phone")
        else:
            obj["subject"] = T("Patient ", P(p.ehr(), "name"), " (", P(p.mrn, "mrn"), ")")
            obj["appt_date"] = P(fdate(future_date(0, 10), ch(["us", "iso"])), "date")
        if obj["modality"] == "VRI" and chance(0.6):
            obj["join_url"] = P("https://vri.%s.net/join/%s?mrn=%s&lang=%s" % (
                ch(["clearspeak", "voxinterpret", "linguabridge"]), hexs(10), p.mrn, LANG_ISO3[lang]), "url")
        if p.age > 89 and "patient" not in obj and chance(0.7):
            obj["pt_age"] = PN(p.age, "age")
    else:
        obj["patient"] = ch([None, "<redacted>", {"ref": "Patient/" + uuid4()}])
        if obj["modality"] == "VRI" and chance(0.5):
            obj["join_url"] = "https://vri.%s.net/join/%s" % (ch(["clearspeak", "voxinterpret", "linguabridge"]), hexs(10))
    obj["duration_sec"] = R.randint(40, 3600)
    obj["billable_min"] = (obj["duration_sec"] + 59) // 60
    obj["audio_mos"] = round(R.uniform(3.1, 4.5), 2)
    J(L, obj, ascii=chance(0.3))
    return L


@family("i18n_warning", phi=False, w=1.5)
def f_i18n(phi):
    L = Line("i18n_warning")
    lang = ch(LANGS)
    loc = ch(LANG_LOCALE[lang])
    k = R.randint(0, 6)
    if k == 0:
        L.t(ts("java"), " WARN  [http-nio-8443-exec-%d] o.s.c.s.ResourceBundleMessageSource - " % R.randint(1, 64),
            "No message found under code '", ch(UI_KEYS), "' for locale '", loc.replace("-", "_"),
            "', falling back to 'en_US'")
    elif k == 1:
        L.t(ts("iso"), " i18next::translator: missingKey ", loc, " translation ",
            "portal.", ch(["billing.statement_ready", "inbox.new_message", "appt.checkin_open", "rx.refill_ready"]),
            " ", ch(["Your statement is ready", "You have a new message", "Check-in is open", "Your refill is ready"]))
    elif k == 2:
        L.t(ts("py"), " ERROR icu.msgfmt: pattern error in ", loc, ": unmatched '{' in \"",
            ch(["{patientName}님, {apptDate, date, long}에 예약이 있습니다",
                "{patientName}您好，您预约于{apptDate, date, medium",
                "Kính gửi {patientName}: lịch hẹn {apptDate, date, short"]),
            "\" (key=sms.reminder.body, bundle=", version(), ")")
    elif k == 3:
        L.t("msgfmt: ", ch(["ru", "uk", "pl", "vi", "so", "ht"]), ".po:", str(R.randint(100, 4000)),
            ": 'msgstr[", str(R.randint(0, 3)), "]' is not a valid C format string, unlike 'msgid_plural'")
    elif k == 4:
        L.t(ts("iso"), " locale-negotiator requested=\"", loc, ",en-US;q=0.8\" supported=[en-US,es-US,vi-VN,zh-Hans-US,zh-Hant-US,ko-KR,ru-RU,so-SO,ar-SA] chosen=",
            ch([loc, "en-US"]), " dir=", "rtl" if lang == "ar" else "ltr")
    elif k == 5:
        g, lang = ch([("ụ", "vi"), ("ợ", "vi"), ("ʼ", "uk"), ("ї", "uk"), ("ł", "pl"), ("ò", "ht"), ("ئ", "ar"),
                      ("ㅢ", "ko"), ("蘭", "zh-Hant")])
        loc = ch(LANG_LOCALE[lang])
        L.t(ts("java"), " WARN  pdfgen.FontResolver - glyph U+%04X '" % ord(g), g,
            "' missing in 'Roboto Condensed', falling back to 'Noto Sans' (doc=discharge_instructions_",
            loc, ".pdf)")
    else:
        i = R.randint(0, 4)
        L.t(ts("py"), " INFO  translations.sync: pushed key=", UI_KEYS[i], " locale=", loc,
            " value=\"", UI[lang][i], "\" tm=", tm_id(lang), " reviewer=", ch(STAFF_USERS))
    return L


@family("translation_memory", phi=False, w=1.2)
def f_tm(phi):
    L = Line("translation_memory")
    lang = ch(LANGS)
    i = R.randint(0, 4)
    KV(L, [("time", ts("iso")), ("lvl", "debug"), ("comp", "tm-lookup"), ("tm_id", tm_id(lang)),
           ("src_lang", "en-US"), ("tgt_lang", ch(LANG_LOCALE[lang])), ("seg_hash", hexs(16)),
           ("match", "%d%%" % R.randint(70, 101) if chance(0.8) else "ICE"), ("src", UI_EN[i]),
           ("tgt", UI[lang][i]), ("project", "PRJ-2024-%03d" % R.randint(1, 400)),
           ("job", "J%d" % R.randint(100000, 999999)), ("words", len(UI_EN[i].split())),
           ("latency_ms", R.randint(3, 180))])
    return L


@family("mt_request_json", w=1.5)
def f_mt(phi):
    L = Line("mt_request_json")
    p = Person(old=chance(0.3))
    if phi:
        kind = ch([0, 0, 1, 2]) if p.age > 89 else ch([0, 2])
        src, tgt = patient_message(p, kind=kind)
        chars = len(flat(src))
    else:
        i = R.randint(0, 4)
        src, tgt = (T(UI_EN[i]), T(UI[p.lang][i])) if chance(0.5) else (T(GENERIC_Q[p.lang]), T(GENERIC_Q_EN[p.lang]))
        chars = len(flat(src))
    to_en = not (phi is False and flat(src) in UI_EN)
    obj = {"@timestamp": ts("iso"), "log.level": "info", "service.name": "portal-mt-bridge",
           "engine": ch(["TransLingua MT v5", "nmt-general-2024.02", "medMT-cust-7"]),
           "request_id": uuid4(), "source_lang": p.lang if to_en else "en",
           "target_lang": "en" if to_en else p.lang, "chars": chars, "billable_chars": chars,
           "glossary": ch(["clinical-%s-v3" % p.lang, None]), "text": src, "translation": tgt,
           "quality_estimate": round(R.uniform(0.55, 0.98), 3), "thread_id": "MSGTHR-%d" % R.randint(10 ** 6, 10 ** 7)}
    J(L, obj, ascii=chance(0.25))
    return L


def hl7_vals(parts):
    """HL7-escape the values only (never the component separators)."""
    return [P(enc_hl7(x.v), x.cat) if isinstance(x, P) else x for x in parts]


def hl7_name_parts(p, native=False):
    if native:
        return [P(p.fam_n, "name"), "^", P(p.giv_n, "name")] + (
            ["^", P(p.mid_n, "name")] if p.mid_n and p.lang in ("ru", "uk") else [])
    out = [P(strip_diacritics(p.fam_r).upper(), "name"), "^", P(strip_diacritics(p.giv_r).upper(), "name")]
    if p.mid_r:
        out += ["^", P(strip_diacritics(p.mid_r).upper(), "name")]
    return out


@family("hl7v2_adt", w=1.5)
def f_hl7(phi):
    L = Line("hl7v2_adt")
    sep = ch(["\\r", "<CR>", "\\x0d", "␍"])
    ctrl = "%s%08d" % (ch(["MSG", "Q", ""]), R.randint(0, 10 ** 8))
    L.t(ts("py"), " INFO  [MLLP-Listener-%d] c.b.integration.hl7.InboundRouter - " % R.randint(1, 12))
    if not phi:
        L.t("TX ACK^A08 ctrl=", ctrl, " payload=MSH|^~\\&|LANGSVC|BVH|EPIC|BVH|", ts("hl7"), "||ACK^A08|ACK",
            digits(9), "|P|2.5.1", sep, "MSA|AA|", ctrl, "|Message accepted", sep, " latency_ms=",
            str(R.randint(4, 300)))
        return L
    p = Person(old=chance(0.15))
    evt = ch(["A04", "A08", "A28", "A31"])
    h = lambda v, c: P(v, c)
    L.t("RX ADT^", evt, " ctrl=", ctrl, " bytes=", str(R.randint(900, 2400)), " payload=")
    L.t("MSH|^~\\&|EPIC|BVH|LANGSVC|BVH|", ts("hl7"), "||ADT^", evt, "^ADT_A01|", ctrl, "|P|2.5.1", sep)
    L.t("EVN|", evt, "|", ts("hl7"), "|||", ch(STAFF_USERS).upper(), sep)
    L.t("PID|1||", h(p.mrn, "mrn"), "^^^BVH^MR")
    if chance(0.4):
        L.t("~", h(ssn("plain"), "ssn"), "^^^SSA^SS")
    L.t("||")
    L.t(hl7_vals(hl7_name_parts(p)), "^^^L")
    if p.lang in ("zh-Hans", "zh-Hant", "ko", "ru", "uk", "ar") and chance(0.7):
        L.t("~")
        L.t(hl7_vals(hl7_name_parts(p, native=True)), "^^^^^L")
    L.t("||", h(fdate(p.dob, "compact"), "date"), "|", p.sex, "||", ch(["2028-9^Asian^HL70005", "2106-3^White^HL70005",
                                                                        "2054-5^Black or African American^HL70005",
                                                                        "2131-1^Other Race^HL70005"]), "|")
    a = p.addr
    L.t(h(a.street(), "address"), "^^", h(a.city, "address"), "^", a.state, "^", h(a.zip, "zip"), "^USA^H")
    if chance(0.3):
        L.t("^^", h(a.county.replace(" County", "").upper(), "address"))
    L.t("||", h(fmt_us_phone(p.phone_us, ch(["paren2", "paren", "plain"])), "phone"), "|",
        h(fmt_us_phone(us_phone_digits(a.region), "paren2"), "phone") if chance(0.3) else "", "|",
        LANG_ISO3[p.lang] if p.lang != "zh-Hant" else "yue", "^", LANG_NAME_EN[p.lang], "^ISO6392|",
        ch(["M", "S", "W", "D"]), "||", h("%d" % R.randint(10 ** 8, 10 ** 9), "account"), "|")
    if chance(0.5):
        L.t(h(ssn(ch(["dash", "plain"])), "ssn"))
    L.t(sep)
    if chance(0.6):
        rel = p.relative()
        L.t("NK1|1|")
        L.t(hl7_vals([P(strip_diacritics(rel.west_r.split(" ")[-1]).upper(), "name"), "^",
                      P(strip_diacritics(rel.west_r.split(" ")[0]).upper(), "name")]))
        L.t("|", ch(["CHD^Child", "SPO^Spouse", "DAU^Daughter", "SON^Son"]), "^HL70063|", "|",
            P(fmt_us_phone(rel.phone_us, "paren2"), "phone"), sep)
    L.t("PV1|1|O|", ch(["LSC^EXAM3^01", "CFHC^RM12^A", "KTOWN^2^B"]), "||||", npi(), "^",
        ch(CLINICIANS).replace("Dr. ", "").split(",")[0].split(" ")[-1].upper(), "^", "A|||", ch(DEPTS)[:3].upper(),
        "||||||||", encounter_id(), sep)
    L.t("OBX|1|CWE|LANGINT^Interpreter needed^L||Y^Yes^HL70136||||||F")
    return L


X12_PAYER = {"mbi": ("MEDICARE", "CMS"), "medi-cal": ("MEDI-CAL", "MEDI-CAL"), "ny-mcd": ("NEW YORK MEDICAID", "NYSDOH"),
             "mn-ma": ("MINNESOTA DHS", "MN-DHS"), "mi-mcd": ("MICHIGAN MEDICAID", "MIDHHS"),
             "masshealth": ("MASSHEALTH", "MASSHEALTH"), "fl-mcd": ("FLORIDA MEDICAID", "FLAHCA"),
             "commercial": ("BLUE CROSS BLUE SHIELD", "BCBS"), "aetna": ("AETNA", "AETNA"),
             "uhc": ("UNITEDHEALTHCARE", "UHC")}


@family("x12_eligibility", w=1.0)
def f_x12(phi):
    L = Line("x12_eligibility")
    d6, hm = ts("x12")
    icn = "%09d" % R.randint(1, 10 ** 9 - 1)
    if not phi:
        L.t("[edi-gw] ", ch(["999", "TA1"]), " ", ch(["sent", "received"]), " icn=", icn, " payer=",
            ch(["MEDI-CAL", "NYSDOH", "MN-DHS", "MIDHHS", "BCBSIL", "AETNA", "UHC"]), " segs=")
        L.t("ISA*00*          *00*          *ZZ*BVHCLEAR       *ZZ*PAYERX         *", d6, "*", hm,
            "*^*00501*", icn, "*0*P*:~TA1*", icn, "*", d6, "*", hm, "*A*000~IEA*0*", icn, "~")
        return L
    p = Person(old=chance(0.2))
    kind, mid = health_plan_id("mbi" if (p.age >= 65 and chance(0.6)) else plan_kind_for_state(p.addr.state))
    pname, pcode = X12_PAYER[kind]
    L.t("[edi-gw] 271 ", ch(["parsed", "received"]), " icn=", icn, " payer=", pcode, " segs=")
    L.t("ST*271*0001*005010X279A1~BHT*0022*11*", hexs(10).upper(), "*", d6, "*", hm, "~")
    L.t("NM1*PR*2*", pname, "*****PI*", digits(5), "~")
    L.t("NM1*1P*2*BAY VALLEY HEALTH*****XX*", npi(), "~")
    L.t("NM1*IL*1*", P(strip_diacritics(p.fam_r).upper(), "name"), "*", P(strip_diacritics(p.giv_r).upper(), "name"))
    if p.mid_r and chance(0.5):
        L.t("*", P(strip_diacritics(p.mid_r)[0].upper(), "name"))
    else:
        L.t("*")
    L.t("***MI*", P(mid, "health_plan"), "~")
    a = p.addr
    if chance(0.7):
        L.t("N3*", P(a.street().upper(), "address"), "~N4*", P(a.city.upper(), "address"), "*", a.state, "*",
            P(a.zip.replace("-", ""), "zip"), "~")
    L.t("DMG*D8*", P(fdate(p.dob, "compact"), "date"), "*", p.sex, "~")
    if chance(0.35):
        L.t("REF*SY*", P(ssn("plain"), "ssn"), "~")
    L.t("DTP*291*D8*", P(fdate(TODAY, "compact"), "date"), "~")
    L.t("EB*1*IND*30**", ch(["MC", "MA", "HM", "MB"]), "~MSG*PRIMARY LANGUAGE ", LANG_NAME_EN[p.lang].upper(), "~SE*14*0001~")
    return L


@family("fhir_patient_json", w=1.3)
def f_fhir(phi):
    L = Line("fhir_patient_json")
    rid = uuid4()
    if not phi:
        lq = ch(["so", "hmn", "vi", "ko", "ht", "ps", "prs"])
        L.t(ts("iso"), " DEBUG fhir-proxy GET /fhir/R4/Patient?language=", lq, "&_count=50 200 resp=")
        J(L, {"resourceType": "Bundle", "id": uuid4(), "type": "searchset", "total": 0,
              "link": [{"relation": "self", "url": "https://fhir.bayvalleyhealth.org/R4/Patient?language=%s&_count=50" % lq}]},
          sep=(",", ":"))
        return L
    p = Person(old=chance(0.2))
    L.t(ts("iso"), " DEBUG fhir-proxy GET /fhir/R4/Patient/", rid, " 200 ", str(R.randint(5, 90)), "ms resp=")
    a = p.addr
    tel = [{"system": "phone", "value": P(fmt_us_phone(p.phone_us, ch(["paren", "dash", "e164"])), "phone"),
            "use": "mobile"}]
    if chance(0.5):
        tel.append({"system": "email", "value": P(p.email, "email")})
    if chance(0.3):
        tel.append({"system": "fax", "value": P(fmt_us_phone(us_phone_digits(p.addr.region), "dash"), "fax"), "use": "home"})
    name = [{"use": "official", "family": P(p.fam_r, "name"), "given": [P(p.giv_r, "name")]}]
    if p.full_n != p.full_r:
        name.append({"use": "usual", "text": P(p.full_n, "name"),
                     "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/language",
                                    "valueCode": ch(LANG_LOCALE[p.lang])}]})
    obj = {"resourceType": "Patient", "id": rid, "meta": {"versionId": str(R.randint(1, 30)), "lastUpdated": ts("iso")},
           "identifier": [{"use": "usual", "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                           "system": "urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14", "value": P(p.mrn, "mrn")}],
           "name": name, "telecom": tel, "gender": "female" if p.sex == "F" else "male",
           "birthDate": P(fdate(p.dob, "iso"), "date"),
           "address": [{"use": "home", "line": [P(a.street(), "address")], "city": P(a.city, "address"),
                        "district": P(a.county, "address"), "state": a.state, "postalCode": P(a.zip, "zip")}],
           "communication": [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": ch(LANG_LOCALE[p.lang]),
                                                       "display": LANG_NAME_EN[p.lang]}]}, "preferred": True}],
           "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired",
                          "valueBoolean": True}]}
    if chance(0.3):
        obj["identifier"].append({"system": "http://hl7.org/fhir/sid/us-ssn", "value": P(ssn("dash"), "ssn")})
    if chance(0.12):
        obj["photo"] = [{"contentType": "image/jpeg", "data": P(fake_jpeg_b64(R.randint(300, 900)), "photo")}]
    J(L, obj, ascii=chance(0.35), sep=(",", ":"))
    return L


@family("callcenter_csv", w=1.6)
def f_callcenter(phi):
    L = Line("callcenter_csv")
    p = Person(old=chance(0.55))
    t = ts("java")
    fields = ["CC-2024-%06d" % R.randint(0, 999999), t[:19], ch(STAFF_USERS), "LEP-" + LANG_NAME_EN[p.lang].replace(" ", ""),
              ch(["inbound", "outbound", "callback"])]
    for f in fields:
        L.t('"', f, '",')
    L.t('"')
    if phi:
        k = R.randint(0, 3)
        if k == 2 and p.age < 60:
            k = 0
        if k == 0:
            L.t(tpl("Caller {name} DOB {dob} req {lang} interp for appt {appt}. Callback {phone}. Verified MRN {mrn}.",
                    name=P(p.any_name(), "name"), dob=P(fdate(p.dob, ch(["us", "us_short", "iso"])), "date"),
                    lang=LANG_NAME_EN[p.lang], appt=P(fdate(future_date(), ch(["us_short", "en_abbr"])), "date"),
                    phone=P(fmt_us_phone(p.phone_us), "phone"), mrn=P(p.mrn, "mrn")), enc=enc_csv)
            x = R.randint(0, 4)
            if x == 0:
                L.t(" SSN on file ", P(ssn("dash"), "ssn"), " matches.", enc=enc_csv)
            elif x == 1:
                L.t(" Photo ID ", p.addr.state, " DL# ", P(us_dl(p.addr.state), "license"), ".", enc=enc_csv)
            elif x == 2:
                L.t(" Emergency Medi-Cal app pending, A# ", P(a_number(), "other_id"), ".", enc=enc_csv)
        elif k == 1:
            nat, _ = patient_message(p, kind=ch([0, 1, 2]) if p.age > 89 else ch([0, 2]))
            L.t("[", ch(LANG_LOCALE[p.lang]), " via interp ", interp_id(), "] ", nat, enc=enc_csv)
        elif k == 2:
            rel = p.relative()
            L.t(tpl("Spoke w/ {rel} {relname} (\"{relnat}\") for pt {name}, age {age}; pt {dx}. Prefers {lang}, "
                    "needs interpreter; pls call {phone} after 5pm.",
                    rel=REL_EN[rel.sex], relname=P(strip_diacritics(rel.west_r), "name"), relnat=P(rel.full_n, "name"),
                    name=P(p.ehr(), "name"), age=P(p.age, "age" if p.age > 89 else None),
                    dx=ch(["HOH, uses hearing aid", "uses walker", "recently discharged", "on dialysis MWF"]),
                    lang=LANG_NAME_EN[p.lang], phone=P(fmt_us_phone(rel.phone_us), "phone")), enc=enc_csv)
        else:
            L.t(tpl("Pt {name} asked to send letters to new addr {addr}; email {email}.",
                    name=P(p.west_r, "name"), addr=T(*p.addr.us_parts(sloppy=chance(0.5))),
                    email=P(p.email, "email")), enc=enc_csv)
            if chance(0.5):
                L.t(tpl(" Son has home fax, send translated forms to {fax}.",
                        fax=P(fmt_us_phone(us_phone_digits(p.addr.region), ch(["dash", "paren"])), "fax")), enc=enc_csv)
    else:
        o = org()
        L.t(ch([tpl("Caller asked about parking at {addr}; gave main line {ph}. Transferred to {vendor} ({lang}), interpreter ID {iid}.",
                    addr=o["addr"], ph=fmt_us_phone(o["phone"], "paren"), vendor=ch(VENDORS), lang=LANG_NAME_EN[p.lang],
                    iid=interp_id()),
                tpl("Wrong number, caller looking for pharmacy. Provided {ph}. No PHI discussed.",
                    ph=fmt_us_phone(o["phone"], "dash")),
                tpl("Caller ({lang}) asked if interpreter is free - yes. Read script \"{ui}\". Ticket closed.",
                    lang=LANG_NAME_EN[p.lang], ui=UI[p.lang][4]),
                tpl("Outbound survey, no answer, left generic VM per policy (no name). Campaign PX-{n}.",
                    n=str(R.randint(100, 999)))]), enc=enc_csv)
    L.t('",', str(R.randint(30, 1800)), ',"', ch(["RESOLVED", "ESCALATED", "CALLBACK", "TRANSFERRED"]), '"')
    return L


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 KAKAOTALK 10.5.2",
       "Mozilla/5.0 (Linux; Android 13; SM-A536U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN",
       "Mozilla/5.0 (Linux; Android 12; Redmi Note 11) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0 Mobile Safari/537.36 Zalo android/12110648 ZaloTheme/light ZaloLanguage/vi",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.66",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
       "MyBVH/5.12.0 (iOS 17.2; ko-KR; iPhone14,5)", "MyBVH/5.11.3 (Android 14; so-SO; Pixel 7)",
       "Mozilla/5.0 (Linux; Android 11; moto g pure) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/449.0.0.41.111;]",
       "Viber/21.4.0.2 CFNetwork/1494.0.7 Darwin/23.4.0"]
PORTAL_HOSTS = ["portal.bayvalleyhealth.org", "mychart.harborpointhealth.org", "my.lakeshorecmc.org",
                "app.northgatefamilyclinic.com", "portal.cedarcrescenthealth.org"]


@family("nginx_access", w=1.6)
def f_nginx(phi):
    L = Line("nginx_access")
    lang = ch(LANGS)
    loc = ch(LANG_LOCALE[lang])
    host = ch(PORTAL_HOSTS)
    ref = "-"
    nm = path_tail = None
    if phi:
        p = Person(lang)
        k = R.randint(0, 3)
        pub = k == 2 or chance(0.75)
        ipv = P(pub_ip() if chance(0.8) else pub_ip6(), "ip") if pub else P(priv_ip(), None)
        if k == 0:
            path = T("/api/v2/patients/", P(p.mrn, "mrn"), "/messages?locale=", loc, "&page=", str(R.randint(1, 4)))
        elif k == 1:
            path = T("/portal/", loc, "/proxy/search?name=")
            nm = P(p.full_n, "name")
            path_tail = ("&dob=", P(fdate(p.dob, "iso"), "date"))
        elif k == 2:
            path = T("/i18n/", loc, ".json?v=", version())
        else:
            path = T("/api/v2/appointments?lang=", loc, "&view=upcoming")
            ref = T(P("https://%s/%s/patients/%s/appointments" % (host, loc, p.mrn), "url"))
    else:
        ipv = P(priv_ip(), None)
        k = -1
        path = T(ch(["/healthz", "/static/i18n/%s.json?v=%s" % (loc, version()), "/api/v2/translations/bundles/%s?hash=%s" % (loc, hexs(8)),
                     "/favicon.ico", "/%s/login" % loc, "/api/v2/clinics?lang=%s&service=interpreter" % loc]))
    L.t(ipv, " - - [", ts("apache"), "] \"", ch(["GET", "GET", "GET", "POST"]), " ", path)
    if k == 1:
        L.t(nm, enc=enc_url_plus if chance(0.5) else enc_url)
        L.t(*path_tail)
    L.t(" HTTP/", ch(["1.1", "2.0"]), "\" ", ch(["200", "200", "200", "304", "401", "404", "499"]), " ",
        str(R.randint(0, 48000)), " \"")
    L.t(ref if ref != "-" else ch(["-", "https://%s/%s/home" % (host, loc)]))
    L.t("\" \"", ch(UAS), "\" rt=%.3f uct=%.3f host=%s" % (R.uniform(0.001, 2.5), R.uniform(0, 0.01), host))
    return L


@family("portal_audit_json", w=1.3)
def f_audit(phi):
    L = Line("portal_audit_json")
    role = ch(["Interpreter", "CallCenter", "RN", "MA", "FrontDesk", "LanguageServicesAdmin"])
    obj = {"timestamp": ts("iso6"), "audit_id": uuid4(), "actor": {"user": ch(STAFF_USERS), "role": role,
                                                                   "ip": priv_ip()}}
    if phi:
        p = Person(old=chance(0.2))
        act = ch(["CHART_VIEW", "MESSAGE_TRANSLATE", "PROXY_ACCESS_GRANTED", "DEMOGRAPHICS_UPDATE"])
        obj["action"] = act
        obj["patient"] = {"mrn": P(p.mrn, "mrn"), "display": P(ch([p.ehr(), p.full_n]), "name")}
        if act == "PROXY_ACCESS_GRANTED":
            rel = p.relative()
            obj["proxy"] = {"name": P(ch([rel.west_r, rel.full_n]), "name"), "relationship": REL_EN[rel.sex],
                            "email": P(rel.email, "email"), "lang": ch(LANG_LOCALE[p.lang])}
        elif act == "DEMOGRAPHICS_UPDATE":
            obj["changes"] = [{"field": "preferred_language", "old": "en", "new": ch(LANG_LOCALE[p.lang])},
                              {"field": "phone_mobile", "old": P(fmt_us_phone(us_phone_digits(), "dash"), "phone"),
                               "new": P(fmt_us_phone(p.phone_us, "dash"), "phone")}]
        elif act == "MESSAGE_TRANSLATE":
            obj["message_id"] = "MSG%d" % R.randint(10 ** 7, 10 ** 8)
            obj["lang_pair"] = "%s>en" % p.lang
        obj["result"] = "SUCCESS"
    else:
        obj["action"] = ch(["LOGIN", "LOGOUT", "MFA_CHALLENGE", "TRANSLATION_BUNDLE_PUBLISH", "ROLE_CHANGE"])
        obj["mfa"] = ch(["push", "totp", None])
        obj["result"] = ch(["SUCCESS", "FAILURE"])
        obj["ui_locale"] = ch(LANG_LOCALE[ch(LANGS)])
    obj["app"] = {"name": "portal-admin", "version": version(), "build": "b%d" % R.randint(1000, 9999)}
    J(L, obj, ascii=chance(0.2))
    return L


IVR_INTRO = {"zh-Hans": "你好，我叫{name}，生日是{dob}。", "zh-Hant": "你好，我叫{name}，生日係{dob}。",
             "vi": "Alô, tôi tên là {name}, sinh ngày {dob}.", "ko": "여보세요, 저는 {name}이고 생일은 {dob}입니다.",
             "ru": "Алло, это {name}, дата рождения {dob}.", "uk": "Алло, це {name}, народилася {dob}.",
             "ar": "ألو، معك {name}، مواليد {dob}.", "ht": "Alo, se {name}, mwen fèt {dob}.",
             "tl": "Hello po, si {name} po ito, ipinanganak noong {dob}.", "so": "Haloo, waxaa la hadlaysaa {name}, waxaan dhashay {dob}.",
             "hmn": "Hauv, kuv yog {name}, kuv yug {dob}.", "pl": "Halo, tu {name}, urodzona {dob}."}
IVR_NOPHI = {"zh-Hans": "我需要普通话翻译。", "zh-Hant": "我要講廣東話。", "vi": "Tôi cần thông dịch viên.",
             "ko": "한국어 통역 부탁합니다.", "ru": "Мне нужен переводчик.", "uk": "Мені потрібен перекладач.",
             "ar": "أحتاج مترجم.", "ht": "Mwen bezwen yon entèprèt.", "tl": "Kailangan ko po ng interpreter.",
             "so": "Waxaan u baahanahay turjumaan.", "hmn": "Kuv xav tau neeg txhais lus.", "pl": "Potrzebuję tłumacza."}


@family("ivr_asr_transcript", w=1.2)
def f_ivr(phi):
    L = Line("ivr_asr_transcript")
    p = Person()
    call = "CA" + hexs(32)
    L.t(ts("iso_off"), " ivr-asr[", str(R.randint(1000, 40000)), "] call=", call, " lang=", ch(LANG_LOCALE[p.lang]),
        " engine=", ch(["whisper-large-v3-ft", "asr-med-%s" % p.lang, "cloud-stt-v2"]), " conf=%.2f " % R.uniform(0.4, 0.97))
    if phi:
        dstyle = ch(LANG_DSTYLES[p.lang])
        u = tpl(IVR_INTRO[p.lang], name=P(name_for_lang_display(p), "name"), dob=P(fdate(p.dob, dstyle), "date"))
        if chance(0.4):
            u.append(" ")
            u.append(P(fmt_us_phone(p.phone_us, ch(["dash", "plain"])), "phone"))
        L.t("utterance=\"", u, "\" intent=", ch(["reschedule", "identify", "rx_refill", "interpreter_request"]))
        if chance(0.5):
            L.t(" slots=")
            J(L, {"dob": P(fdate(p.dob, "iso"), "date"), "caller_ani": P(fmt_us_phone(p.phone_us, "e164"), "phone")},
              sep=(",", ":"))
    else:
        if chance(0.5):
            L.t("utterance=\"", IVR_NOPHI[p.lang], "\" intent=interpreter_request slots={}")
        else:
            L.t("prompt=", p.lang, "/menu_main_v", str(R.randint(2, 6)), ".wav dtmf=", ch(["1", "2", "3", "#", "0"]),
                " barge_in=", ch(["true", "false"]), " dur_ms=", str(R.randint(800, 22000)))
    return L


MX = {"gmail.com": "gmail-smtp-in.l.google.com[142.250.141.27]:25", "mail.ru": "mxs.mail.ru[94.100.180.31]:25",
      "naver.com": "mx1.naver.com[125.209.238.100]:25", "yahoo.com": "mta7.am0.yahoodns.net[67.195.204.72]:25",
      "qq.com": "mx3.qq.com[203.205.219.57]:25", "163.com": "163mx01.mxmail.netease.com[220.181.12.208]:25",
      "hotmail.com": "hotmail-com.olc.protection.outlook.com[52.101.40.29]:25",
      "wp.pl": "mx.wp.pl[212.77.101.1]:25", "ukr.net": "mxs.ukr.net[212.42.75.253]:25"}


def relay_for(email):
    dom = email.split("@")[1]
    return MX.get(dom, "mx.%s[%s]:25" % (dom, ch(["211.231.108.46", "121.189.45.91", "77.88.21.249",
                                                   "81.19.78.66", "98.136.96.91", "213.180.147.145"])))


@family("postfix_mta", w=1.0)
def f_postfix(phi):
    L = Line("postfix_mta")
    qid = hexs(10, upper=True)
    L.t(ts("syslog"), " ", ch(["mx1", "mx2", "smtp-out-02"]), " postfix/", )
    if phi:
        p = Person()
        if chance(0.75):
            L.t("smtp[", str(R.randint(1000, 65000)), "]: ", qid, ": to=<", P(p.email, "email"), ">, relay=",
                relay_for(p.email),
                ", delay=%.1f, delays=%.2f/0/%.2f/%.2f, dsn=2.0.0, status=sent (250 2.0.0 OK)" % (
                    R.uniform(0.3, 4), R.uniform(0, 0.5), R.uniform(0.1, 1), R.uniform(0.1, 2)))
        else:
            L.t("cleanup[", str(R.randint(1000, 65000)), "]: ", qid, ": info: header Subject: ",
                ch(["預約提醒", "Nhắc lịch hẹn", "예약 안내", "Напоминание о приёме", "Xusuusin ballan"]), " - ",
                P(name_for_lang_display(p), "name"), " from local; from=<no-reply@", org()["dom"], "> to=<",
                P(p.email, "email"), ">")
    else:
        o = org()
        L.t("qmgr[", str(R.randint(1000, 65000)), "]: ", qid, ": from=<no-reply@", o["dom"], ">, size=",
            str(R.randint(2000, 90000)), ", nrcpt=1 (queue active)" if chance(0.5) else
            ", nrcpt=1 (queue active) to=<interpreter.services@%s>" % o["dom"])
    return L


@family("interp_scheduler_syslog", w=1.3)
def f_sched(phi):
    L = Line("interp_scheduler_syslog")
    p = Person(old=chance(0.25))
    iname, ilang = ch(INTERPRETERS)
    book = phi and chance(0.5)
    L.t("<", str(ch([134, 133, 131])), ">1 ", ts("iso_off"), " sched01 interp-scheduler ", str(R.randint(1000, 9999)),
        " ", "BOOK" if book else ("REQUEST" if phi else "WAITLIST"), " [meta@32473 lang=\"",
        LANG_ISO3[p.lang if phi else ilang], "\" modality=\"", ch(["in-person", "VRI", "OPI"]), "\"] ")
    slot = future_date(0, 21)
    if phi:
        if book:
            L.t("booked interpreter ", interp_id(), " (", iname, ") for ", P(p.any_name(), "name"), " (", P(p.mrn, "mrn"),
                ") on ", P(fdate(slot, ch(["iso", "us"])), "date"), " ", appt_time(), " at ", ch(CLINICS))
        else:
            rel = p.relative()
            L.t("request from ", ch(DEPTS), ": pt ", P(p.ehr(), "name"))
            if p.age > 89:
                L.t(" age ", P(p.age, "age"))
            L.t(", appt ", P(fdate(slot, "us_short"), "date"), "; transport needed, contact ", REL_EN[rel.sex], " ",
                P(rel.west_r, "name"), " at ", P(fmt_us_phone(rel.phone_us), "phone"))
    else:
        L.t("no interpreter available lang=", LANG_ISO3[ilang], " slot=", slot.isoformat(), "T", appt_time(),
            " queue=waitlist size=", str(R.randint(1, 9)), " vendor_fallback=", ch(VENDORS).replace(" ", "_"))
    return L


@family("k8s_container_json", w=1.2)
def f_k8s(phi):
    L = Line("k8s_container_json")
    outer_ascii = chance(0.3)
    oenc = enc_json_ascii if outer_ascii else enc_json
    inner_ascii = chance(0.5)
    pod = "%s-%s-%s" % (ch(["portal-api", "notify-worker", "mt-bridge", "langline-adapter"]), hexs(9), alnum(5, "bcdfghjklmnpqrstvwxz2456789"))
    if phi:
        p = Person()
        inner = {"level": "info", "ts": ts("epoch"), "caller": "notify/sender.go:%d" % R.randint(40, 400),
                 "msg": "translated notification delivered", "lang": ch(LANG_LOCALE[p.lang]),
                 "patient": {"mrn": P(p.mrn, "mrn"), "name": P(name_for_lang_display(p), "name")}}
        if chance(0.5):
            inner["to"] = P(p.email, "email")
        else:
            inner["to"] = P(fmt_us_phone(p.phone_us, "e164"), "phone")
        inner["template"] = "lab_result_ready_v2"
        if chance(0.35):
            inner["link"] = P("https://%s/%s/patients/%s/results/%d" % (ch(PORTAL_HOSTS), ch(LANG_LOCALE[p.lang]), p.mrn,
                                                                     R.randint(10 ** 5, 10 ** 6)), "url")
    else:
        inner = {"level": ch(["info", "debug"]), "ts": ts("epoch"), "caller": "i18n/bundle.go:%d" % R.randint(40, 400),
                 "msg": "translation bundle reloaded", "locales": R.sample(["vi-VN", "zh-Hans", "zh-Hant", "ko-KR", "ru-RU",
                                                                             "so-SO", "hmn", "ar-SA", "ht-HT"], 4),
                 "keys": R.randint(800, 4000), "etag": hexs(16)}
    L.t('{"log":"')
    J(L, inner, enc=oenc, ascii=inner_ascii, sep=(",", ":"))
    L.t("\n", enc=oenc)
    L.t('","stream":"', ch(["stdout", "stderr"]), '","time":"', ts("iso6"), '","kubernetes":{"pod_name":"', pod,
        '","namespace_name":"', ch(["portal", "notify", "lang-svc"]), '"}}')
    return L


@family("db_error_escaped", w=1.0)
def f_dberr(phi):
    L = Line("db_error_escaped")
    mysql = chance(0.5)
    p = Person(ch(["zh-Hans", "zh-Hant", "ko", "ru", "uk", "ar", "vi", "pl"]) if mysql else None)
    if mysql:
        val = P(ch([p.full_n, p.fam_n, p.giv_n]), "name") if phi else \
            P(UI[ch(["zh-Hans", "zh-Hant", "ko", "ru", "uk", "ar", "vi"])][R.randint(0, 4)], None)
        col = ch(["last_name", "display_name", "preferred_name", "guarantor_name"]) if phi else ch(["ui_label", "template_body"])
        L.t(ts("java"), " ERROR [portal-worker-%d] o.h.engine.jdbc.spi.SqlExceptionHelper - Incorrect string value: '" % R.randint(1, 16))
        L.t(val, enc=enc_utf8hex_esc)
        L.t("' for column '", col, "' at row 1 (table=", ch(["patient_aliases", "proxy_users", "sms_templates"]),
            ", conn=", str(R.randint(100, 999)), ")")
    else:
        if phi:
            inner = T('{"to": "', P(fmt_us_phone(p.phone_us, "e164"), "phone"), '", "name": "', P(name_for_lang_display(p), "name"),
                      '", "lang": "', p.lang, '"}')
        else:
            inner = T('{"key": "', UI_KEYS[0], '", "value": "', UI[p.lang][0], '", "lang": "', p.lang, '"}')
        L.t(ts("py"), " WARNING sms_client.retry: attempt ", str(R.randint(2, 5)), "/5 failed (HTTP 503), payload=b'")
        L.t(inner, enc=enc_pybytes)
        L.t("'")
    return L


def sql_lit(s):
    return s.replace("'", "''")


@family("postgres_slowlog", w=1.0)
def f_pg(phi):
    L = Line("postgres_slowlog")
    L.t(ts("java"), " PST [", str(R.randint(1000, 99999)), "] ", ch(["portal_app@portal", "langsvc@lang", "etl@warehouse"]),
        " LOG:  duration: %.3f ms  statement: " % R.uniform(500, 9000))
    if phi:
        p = Person()
        k = R.randint(0, 2)
        if k == 0:
            L.t("SELECT p.id, p.mrn FROM patients p WHERE p.last_name = '", P(p.fam_n, "name"), "' AND p.birth_date = '",
                P(fdate(p.dob, "iso"), "date"), "' AND p.preferred_lang = '", p.lang, "'", enc=plain)
        elif k == 1:
            L.t("UPDATE patient_contacts SET phone_mobile = '", P(fmt_us_phone(p.phone_us, "plain"), "phone"),
                "', email = '", P(p.email, "email"), "', updated_by = '", ch(STAFF_USERS), "' WHERE patient_id = ",
                str(R.randint(10 ** 5, 10 ** 7)))
        else:
            L.t("INSERT INTO interpreter_requests (mrn, display_name, lang, appt_date, requested_by) VALUES ('",
                P(p.mrn, "mrn"), "', '")
            L.t(P(p.full_n, "name"), enc=sql_lit)
            L.t("', '", LANG_ISO3[p.lang], "', '", P(fdate(future_date(), "iso"), "date"), "', '", ch(STAFF_USERS), "')")
    else:
        L.t(ch(["SELECT locale, msg_key, msg_value FROM ui_strings WHERE locale = $1 AND updated_at > $2",
                "DELETE FROM tm_cache WHERE created_at < now() - interval '30 days'",
                "SELECT count(*) FROM interpreter_requests WHERE lang = 'som' AND status = 'OPEN'",
                "REFRESH MATERIALIZED VIEW CONCURRENTLY lep_volume_by_lang"]))
    return L


@family("billing_payment", w=1.1)
def f_billing(phi):
    L = Line("billing_payment")
    if phi:
        p = Person(ch(LANGS))
        g = p if chance(0.5) else p.relative()
        pairs = [("ts", ts("iso")), ("svc", "pay-api"), ("evt", ch(["charge.succeeded", "charge.failed", "plan.enrolled"])),
                 ("amount", "%.2f" % R.uniform(5, 900)), ("currency", "USD"),
                 ("guarantor", P(ch([g.full_n, g.west_r]), "name")),
                 ("pat_acct", P(ch(["PB-%08d" % R.randint(0, 10 ** 8), "%d" % R.randint(7 * 10 ** 9, 8 * 10 ** 9)]), "account"))]
        k = R.randint(0, 2)
        if k == 0:
            pairs.append(("card", P(card_number(), "account")))
            pairs.append(("exp", "%02d/%02d" % (R.randint(1, 12), R.randint(25, 30))))
        elif k == 1 and p.lang in ("pl", "uk"):
            ib = iban("PL" if p.lang == "pl" else "UA")
            pairs.append(("wire_from_iban", P(ch([ib, group4(ib)]), "account")))
        else:
            pairs.append(("card_last4", digits(4)))
            pairs.append(("ach_acct", P(digits(R.randint(9, 12)), "account")))
            pairs.append(("ach_routing", ch(["121000358", "026009593", "071000013", "091000019"])))
        if chance(0.3):
            pairs.append(("fap_ssn", P(ssn(), "ssn")))
        pairs.append(("receipt_lang", ch(LANG_LOCALE[p.lang])))
    else:
        pairs = [("ts", ts("iso")), ("svc", "pay-api"), ("evt", "settlement.batch_closed"),
                 ("batch", "SB-%s-%02d" % (TODAY.strftime("%Y%m%d"), R.randint(1, 9))), ("count", R.randint(10, 600)),
                 ("total", "%.2f" % R.uniform(1000, 90000)), ("processor", ch(["heartland", "elavon", "chase-paymentech"])),
                 ("merchant_id", digits(12)), ("card_mask", "************%s" % digits(4))]
    KV(L, pairs)
    return L


def fake_jpeg_b64(n=None):
    n = n or R.randint(500, 1600)
    hdr = bytes.fromhex("FFD8FFE000104A46494600010101004800480000FFDB0043000806060706050806070709090808"
                        "0A0C140D0C0B0B0C1912130F141D1A1F1E1D1A1C1C20242E2720222C231C1C2837292C3031")
    body = bytes(R.randint(0, 255) for _ in range(n))
    return base64.b64encode(hdr + body + b"\xff\xd9").decode()


def fake_png_b64(n=None):
    n = n or R.randint(500, 1400)
    hdr = bytes.fromhex("89504E470D0A1A0A0000000D49484452000000F0000001400806000000")
    body = bytes(R.randint(0, 255) for _ in range(n))
    return base64.b64encode(hdr + body).decode()


def voiceprint_b64():
    body = bytes(R.randint(0, 255) for _ in range(R.choice([800, 1024, 1600])))
    return base64.b64encode(b"VPRT\x03\x00" + body).decode()


def fmr_b64():
    body = bytes(R.randint(0, 255) for _ in range(R.randint(200, 600)))
    return base64.b64encode(b"FMR\x00 20\x00" + body).decode()


FOREIGN_DOC = {"zh-Hans": ("CN_RESIDENT_ID", "CHN"), "ko": ("KR_RRN", "KOR"), "pl": ("PL_PESEL", "POL"),
               "uk": ("UA_RNOKPP", "UKR"), "vi": ("VN_CCCD", "VNM"), "ru": ("RU_SNILS", "RUS")}


def foreign_id(p):
    if p.lang == "zh-Hans":
        return cn_resident_id(p.dob, p.sex)
    if p.lang == "ko":
        return kr_rrn(p.dob, p.sex)
    if p.lang == "pl":
        return pesel(p.dob, p.sex)
    if p.lang == "uk":
        return ua_rnokpp(p.dob, p.sex)
    if p.lang == "vi":
        return vn_cccd(p.dob, p.sex)
    if p.lang == "ru":
        return snils()
    return None


def passport_no(lang):
    return {"zh-Hans": "E" + digits(8), "zh-Hant": ch(["K", "H"]) + digits(8), "vi": "C" + digits(7),
            "ko": "M" + digits(8), "ru": "75 " + digits(7), "uk": "F" + ch("ABEKM") + digits(6),
            "pl": ch(["EA", "EK", "ER"]) + digits(7), "ar": ch(["N", "P", "A"]) + digits(7),
            "ht": ch(["RD", "PP"]) + digits(7), "tl": "P" + digits(7) + ch("ABC"), "so": "P" + digits(8),
            "hmn": "P" + digits(7)}[lang]


def passport_issuer(lang):
    return {"zh-Hans": "CHN", "zh-Hant": ch(["TWN", "HKG"]), "vi": "VNM", "ko": "KOR", "ru": "RUS", "uk": "UKR",
            "pl": "POL", "ar": ch(["SAU", "EGY", "LBN", "JOR", "IRQ", "YEM"]), "ht": "HTI", "tl": "PHL",
            "so": "SOM", "hmn": "LAO"}[lang]


def mrz_name(p):
    return "%s<<%s" % (strip_diacritics(p.fam_r).upper().replace(" ", "<").replace("-", "<"),
                       strip_diacritics(p.giv_r + (" " + p.mid_r if p.mid_r else "")).upper().replace(" ", "<").replace("-", "<"))


@family("registration_idscan_json", w=1.6)
def f_idscan(phi):
    L = Line("registration_idscan_json")
    kiosk = "KIOSK-%s-%02d" % (ch(["LSC", "CRC", "BBPC", "KTMP", "DFP", "LHHH"]), R.randint(1, 12))
    if not phi:
        obj = {"ts": ts("iso"), "kiosk": kiosk, "event": "heartbeat", "fw": version(),
               "scanner": {"model": "DS-790", "serial": "SCN%s" % alnum(9)}, "printer": ch(["ok", "paper_low"]),
               "ui_locale": ch(LANG_LOCALE[ch(LANGS)]), "uptime_s": R.randint(100, 900000)}
        J(L, obj, sep=(",", ":"))
        return L
    p = Person()
    obj = {"ts": ts("iso"), "kiosk": kiosk, "event": "id.scanned", "ui_locale": ch(LANG_LOCALE[p.lang])}
    k = ch([0, 0, 1, 2, 3])
    if k == 0:
        st = p.addr.state
        obj.update({"doc_type": "DRIVER_LICENSE", "issuer": "US-" + st, "doc_number": P(us_dl(st), "license"),
                    "name": {"last": P(strip_diacritics(p.fam_r).upper(), "name"),
                             "first": P(strip_diacritics(p.giv_r).upper(), "name")},
                    "dob": P(fdate(p.dob, "us"), "date"),
                    "addr": {"street": P(p.addr.street().upper(), "address"), "city": P(p.addr.city.upper(), "address"),
                             "state": st, "zip": P(p.addr.zip, "zip")}})
    elif k == 1:
        obj.update({"doc_type": "PASSPORT", "issuer": passport_issuer(p.lang),
                    "doc_number": P(passport_no(p.lang), "other_id"), "mrz_name": P(mrz_name(p), "name"),
                    "dob": P(fdate(p.dob, "compact")[2:], "date")})
    elif k == 2:
        obj.update({"doc_type": "PERMANENT_RESIDENT_CARD", "uscis_no": P(a_number(), "other_id"),
                    "name": P(p.west_r, "name"), "dob": P(fdate(p.dob, ch(["us", "en_abbr"])), "date"),
                    "country_of_birth": passport_issuer(p.lang)})
    else:
        fid = foreign_id(p) or passport_no(p.lang)
        obj.update({"doc_type": FOREIGN_DOC.get(p.lang, ("FOREIGN_PASSPORT",))[0], "doc_number": P(fid, "other_id"),
                    "name_native": P(p.full_n, "name"), "dob": P(fdate(p.dob, ch(LANG_DSTYLES[p.lang])), "date")})
    if chance(0.25):
        obj["fp_template_b64"] = P(fmr_b64(), "biometric")
    if chance(0.55):
        if chance(0.6):
            obj["face_crop"] = P("data:image/jpeg;base64," + fake_jpeg_b64(), "photo")
        else:
            obj["portrait_png_b64"] = P(fake_png_b64(), "photo")
    obj["ocr_conf"] = round(R.uniform(0.7, 0.99), 3)
    J(L, obj, sep=(",", ":"), ascii=chance(0.2))
    return L


RPM_ALERT = {"ko": "혈압이 높습니다. 간호사가 곧 연락드리겠습니다.", "vi": "Huyết áp của quý vị cao. Y tá sẽ gọi cho quý vị.",
             "zh-Hans": "您的血压偏高，护士会尽快联系您。", "zh-Hant": "您的血壓偏高，護士會盡快聯絡您。",
             "ru": "У вас высокое давление. Медсестра скоро с вами свяжется.", "so": "Dhiig-karkaagu waa sarreeyaa. Kalkaaliso ayaa ku soo wici doonta.",
             "ar": "ضغط دمك مرتفع. ستتصل بك الممرضة قريباً.", "ht": "Tansyon ou wo. Yon enfimyè pral rele ou.",
             "tl": "Mataas ang inyong blood pressure. Tatawagan kayo ng nurse.", "hmn": "Koj cov ntshav siab. Tus kws saib xyuas yuav hu rau koj.",
             "pl": "Twoje ciśnienie jest wysokie. Pielęgniarka wkrótce zadzwoni.", "uk": "У вас високий тиск. Медсестра невдовзі зателефонує."}


def device_serial():
    return ch(["BP8%s" % alnum(9), "G7-%s" % alnum(10, "0123456789ABCDEF"), "SN%s" % digits(10),
               "OMR-%s-%s" % (digits(4), alnum(6)), "DXC%s" % alnum(8)])


@family("rpm_device", w=1.8)
def f_rpm(phi):
    L = Line("rpm_device")
    if not phi:
        KV(L, [("ts", ts("iso")), ("svc", "rpm-fleet"), ("evt", "fw.rollout"), ("cohort", ch("ABCD")),
               ("model", ch(["BP-800C", "Dexcom G7 relay", "Tenovi GW2", "Withings BPM Connect"])),
               ("fw", version()), ("devices", R.randint(50, 4000)), ("ok", R.randint(40, 3900)),
               ("failed", R.randint(0, 30)), ("ap_bssid", mac()), ("gateway", priv_ip())])
        return L
    p = Person()
    k = R.randint(0, 2)
    if k == 0:
        dev = {"model": ch(["BP-800C cellular cuff", "Tenovi BPM", "Smart Meter iGlucose"]),
               "serial": P(device_serial(), "device"), "fw": version()}
        if chance(0.6):
            dev["imei"] = P(imei(), "device")
        obj = {"ts": ts("iso"), "src": "rpm-ingest", "device": dev, "patient_id": P(p.mrn, "mrn"),
               "reading": {"sys": R.randint(95, 190), "dia": R.randint(55, 110), "pulse": R.randint(50, 120)},
               "alert_lang": p.lang, "alert_text": RPM_ALERT[p.lang]}
        J(L, obj, ascii=chance(0.3))
    elif k == 1:
        L.t(ts("syslog"), " rpm-hub-", alnum(6, "0123456789abcdef"), " btle[", str(R.randint(100, 999)), "]: pair ok peripheral=",
            P(mac(), "device"), " name=\"", ch(["OMRON BP7250", "Contour7830H", "A&D UA-651BLE", "Nonin3230"]),
            "\" owner=", P(p.mrn, "mrn"), " rssi=-", str(R.randint(40, 90)))
    else:
        udi = "(01)%s(17)%s(10)%s(21)%s" % ("0" + digits(13), (TODAY + dt.timedelta(days=R.randint(200, 900))).strftime("%y%m%d"),
                                           alnum(6), alnum(8))
        L.t(ts("py"), " INFO implant-registry: registered device udi=", P(udi, "device"), " for patient ",
            P(p.ehr(), "name"), " mrn=", P(p.mrn, "mrn"), " implant_date=", P(fdate(past_date(1, 30), "iso"), "date"),
            " card_lang=", p.lang)
    return L


@family("wifi_controller", phi=False, w=0.6)
def f_wifi(phi):
    L = Line("wifi_controller")
    L.t(ts("syslog"), " wlc-0", str(R.randint(1, 4)), " ", ch(["%APF-6-RADIUS_OVERRIDE_DISABLED", "%LWAPP-3-RADAR_DETECTED",
                                                                 "%DOT11-6-ASSOC", "%CAPWAP-5-CHANGED"]),
        ": AP ", ch(["AP-3F-EAST-", "AP-DIALYSIS-", "AP-LOBBY-"]), str(R.randint(1, 40)), " (", mac(), ") radio=",
        ch(["2.4GHz", "5GHz"]), " ch=", str(ch([1, 6, 11, 36, 44, 149, 157])), " ssid=", ch(["BVH-Guest", "BVH-Clinical", "BVH-IoT"]),
        " clients=", str(R.randint(0, 60)))
    return L


@family("parking_valet", w=1.3)
def f_parking(phi):
    L = Line("parking_valet")
    if not phi:
        L.t(ts("slash"), " [lpr] level=", ch(["P1", "P2", "P3", "ROOF"]), " occupancy=", str(R.randint(20, 99)),
            "% gate=", ch(["EAST-2", "WEST-1", "ED-DROP"]), " cam=CAM-0", str(R.randint(1, 9)), " reads=",
            str(R.randint(200, 3000)), " unread=", str(R.randint(0, 40)), " sw=", version())
        return L
    p = Person()
    st = p.addr.state
    L.t(ts("slash"), " [valet-app] ticket=V-", str(R.randint(10000, 99999)), " plate=", P(plate(st), "vehicle"),
        " st=", st, " make=", ch(["Toyota Sienna", "Honda Odyssey", "Hyundai Elantra", "Lexus RX350", "Ford F-150"]))
    if chance(0.65):
        L.t(" vin=", P(vin(), "vehicle"))
    L.t(" owner=\"", P(ch([p.full_n, p.west_r]), "name"), "\" lang=", p.lang, " note=\"",
        ch(["xe lăn, bệnh nhân chạy thận", "휠체어 필요", "нужна коляска", "wheelchair, dialysis MWF", "baby seat in back",
            "keys left with interpreter desk"]), "\"")
    return L


@family("voice_biometric_json", w=1.3)
def f_voice(phi):
    L = Line("voice_biometric_json")
    p = Person()
    if phi:
        obj = {"ts": ts("iso"), "svc": "voiceauth", "event": ch(["enroll.completed", "verify.passed"]),
               "session": uuid4(), "lang": ch(LANG_LOCALE[p.lang]),
               "caller_ani": P(fmt_us_phone(p.phone_us, "e164"), "phone"), "mrn": P(p.mrn, "mrn")}
        if chance(0.7):
            obj["voiceprint"] = {"format": "ivec-v3", "dim": 400, "template": P(voiceprint_b64(), "biometric")}
        else:
            obj["fingerprint"] = {"format": "ISO19794-2", "finger": "R_INDEX", "template": P(fmr_b64(), "biometric")}
        obj["score"] = round(R.uniform(0.6, 0.99), 3)
    else:
        obj = {"ts": ts("iso"), "svc": "voiceauth", "event": "verify.failed", "session": uuid4(),
               "reason": ch(["insufficient net speech 2.1s < 6.0s", "channel mismatch", "SNR too low"]),
               "lang": ch(LANG_LOCALE[p.lang]), "model": "spk-ecapa-%s" % version()}
    J(L, obj, sep=(",", ":"))
    return L


@family("secure_msg_pipe", w=1.3)
def f_chat(phi):
    L = Line("secure_msg_pipe")
    p = Person(old=chance(0.4))
    L.t(ts("java"), "|SECURE_MSG|thread=T-", str(R.randint(10 ** 6, 10 ** 7)), "|dir=IN|sender=",
        ch(["PATIENT", "PROXY"]), "|lang=", ch(LANG_LOCALE[p.lang]), "|body=")
    if phi:
        k = R.randint(0, 3)
        if k == 3:
            link = ch(["https://www.facebook.com/%s.%s.%d" % (strip_diacritics(p.giv_r).lower().replace(" ", ""),
                                                              strip_diacritics(p.fam_r).lower().replace(" ", ""), R.randint(1, 99)),
                       "https://vk.com/id%d" % R.randint(10 ** 7, 10 ** 9),
                       "https://%s/%s/patients/%s/documents/%d" % (ch(PORTAL_HOSTS), ch(LANG_LOCALE[p.lang]), p.mrn, R.randint(1000, 9999))])
            L.t(GENERIC_Q[p.lang], " ", P(link, "url"))
        else:
            nat, _ = patient_message(p, kind=k if (k != 1 or p.age > 89) else 0)
            L.t(nat, enc=lambda s: s.replace("|", "\\|"))
    else:
        L.t(ch([GENERIC_Q[p.lang], UI[p.lang][R.randint(0, 4)]]))
    L.t("|att=", str(ch([0, 0, 1, 2])), "|mt=", ch(["pending", "done", "skipped"]))
    return L


@family("graphql_request_json", w=1.0)
def f_graphql(phi):
    L = Line("graphql_request_json")
    if phi:
        p = Person()
        rel = p.relative()
        vars_ = {"patientId": P(p.mrn, "mrn"),
                 "proxy": {"fullName": P(ch([rel.full_n, rel.west_r]), "name"),
                           "phone": P(ch([fmt_us_phone(rel.phone_us), rel.phone_intl]), "phone"),
                           "relationship": ch(["DAUGHTER", "SON", "SPOUSE", "GRANDCHILD"])},
                 "locale": ch(LANG_LOCALE[p.lang])}
        op = "UpdateProxyContact"
    else:
        vars_ = {"locale": ch(LANG_LOCALE[ch(LANGS)]), "namespace": ch(["billing", "appointments", "inbox"]),
                 "version": version()}
        op = ch(["GetTranslations", "ListClinicsByLanguage"])
    obj = {"time": ts("iso"), "level": "info", "op": op, "variables": vars_, "duration_ms": R.randint(4, 900),
           "complexity": R.randint(10, 300), "client": ch(["mybvh-ios/5.12.0", "mybvh-android/5.11.3", "web/2024.03.2"]),
           "trace": trace_id()}
    J(L, obj, ascii=chance(0.4), sep=(",", ":"))
    return L


@family("kafka_consumer", w=1.0)
def f_kafka(phi):
    L = Line("kafka_consumer")
    L.t("[", ts("py"), "] INFO [Consumer clientId=lang-pref-sync-", str(R.randint(1, 6)), ", groupId=lang-pref-sync] ")
    part = R.randint(0, 11)
    off = R.randint(10 ** 5, 10 ** 7)
    if phi:
        p = Person()
        L.t("record topic=patient.language.updated partition=", str(part), " offset=", str(off), " key=",
            P(p.mrn, "mrn"), " value=")
        J(L, {"mrn": P(p.mrn, "mrn"), "preferred_language": LANG_ISO3[p.lang], "interpreter_required": True,
              "name": {"family": P(p.fam_n, "name"), "given": P(p.giv_n, "name")},
              "written_lang": ch(LANG_LOCALE[p.lang]), "source": "registration"}, ascii=chance(0.5), sep=(",", ":"))
    else:
        L.t(ch(["Committed offset %d for partition patient.language.updated-%d" % (off, part),
                "Revoking previously assigned partitions [patient.language.updated-%d]" % part,
                "Setting offset for partition patient.language.updated-%d to the committed offset FetchPosition{offset=%d}" % (part, off)]))
    return L


TTS_VOICE = {"zh-Hans": "cmn-CN-Wavenet-A", "zh-Hant": "yue-HK-Standard-B", "vi": "vi-VN-Neural2-A", "ko": "ko-KR-Neural2-C",
             "ru": "ru-RU-Wavenet-D", "uk": "uk-UA-Wavenet-A", "ar": "ar-XA-Wavenet-B", "ht": "ht-HT-custom-1",
             "tl": "fil-PH-Wavenet-A", "so": "so-SO-custom-2", "hmn": "hmn-custom-1", "pl": "pl-PL-Wavenet-E"}


@family("robocall_tts", w=1.0)
def f_robocall(phi):
    L = Line("robocall_tts")
    p = Person()
    o = org()
    L.t(ts("py"), " INFO tts-dialer campaign=APPT-REM-", p.lang.upper(), " ")
    if not phi:
        L.t("summary dialed=", str(R.randint(100, 2000)), " answered=", str(R.randint(50, 900)), " vm=",
            str(R.randint(10, 400)), " failed=", str(R.randint(0, 90)), " voice=", TTS_VOICE[p.lang],
            " callback_number=", fmt_us_phone(o["phone"], "dash"))
        return L
    body = tpl(SMS_TPL[p.lang], org=o["name"], name=P(sms_name(p).replace("Ông/Bà ", ""), "name"),
               date=P(ldate(future_date(), p.lang), "date"), time=appt_time(), clinic=ch(CLINICS),
               ophone=fmt_us_phone(o["phone"], "paren"))
    L.t("call_id=", uuid4(), " dial=", P(fmt_us_phone(p.phone_us, ch(["e164", "plain"])), "phone"), " voice=",
        TTS_VOICE[p.lang], " ssml=\"<speak xml:lang='", ch(LANG_LOCALE[p.lang]), "'>")
    L.t(body, enc=compose(enc_xml, enc_logfmt))
    L.t("</speak>\" result=", ch(["ANSWERED_HUMAN", "ANSWERED_MACHINE", "NO_ANSWER", "BUSY"]), " dur=",
        str(R.randint(0, 90)), "s")
    return L


@family("medicaid_elig_pipe", w=1.1)
def f_medicaid(phi):
    L = Line("medicaid_elig_pipe")
    t = ts("java")
    if not phi:
        L.t("elig-check | ", t, " | payer=", ch(["Medi-Cal", "NY Medicaid", "MN MA", "Medicare"]), " | status=",
            ch(["DOWN", "TIMEOUT", "DEGRADED"]), " | retry_in=", str(R.randint(5, 120)), "s | endpoint=https://",
            ch(["elig.dhcs.example-gateway.net", "x12.payerhub.net"]), "/v1/270 | batch=", str(R.randint(1000, 9999)))
        return L
    p = Person(old=chance(0.3))
    kind = "mbi" if (p.age >= 65 and chance(0.6)) else plan_kind_for_state(p.addr.state)
    kind, hid = health_plan_id(kind)
    key = {"mbi": "MBI", "medi-cal": "CIN", "ny-mcd": "CIN", "mn-ma": "PMI", "mi-mcd": "beneficiary_id",
           "masshealth": "member_id", "fl-mcd": "recipient_id", "commercial": "subscriber_id",
           "aetna": "member_id", "uhc": "member_id"}[kind]
    payer = {"mbi": "Medicare", "medi-cal": "Medi-Cal", "ny-mcd": "NY Medicaid", "mn-ma": "MN Medical Assistance",
             "mi-mcd": "MI Medicaid", "masshealth": "MassHealth", "fl-mcd": "FL Medicaid",
             "commercial": ch(["BCBS PPO", "Cigna", "Ambetter"]), "aetna": "Aetna Better Health",
             "uhc": "UHC Community Plan"}[kind]
    L.t("elig-check | ", t, " | payer=", payer, " | ", key, "=", P(hid, "health_plan"), " | name=",
        P(p.ehr(), "name"), " | DOB=", P(fdate(p.dob, ch(["us", "iso", "compact"])), "date"))
    if chance(0.5):
        L.t(" | county=", P(p.addr.county.replace(" County", ""), "address"))
    if p.age > 89 and chance(0.6):
        L.t(" | age=", P(p.age, "age"))
    if chance(0.2):
        L.t(" | alien_reg_no=", P(a_number("plain"), "other_id"))
    L.t(" | aid_code=", ch(["1H", "M1", "34", "3D", "10"]), " | soc=0 | status=", ch(["ACTIVE", "ACTIVE", "PENDING", "TERMINATED"]),
        " | lang_pref=", LANG_ISO3[p.lang].upper(), " | resp_ms=", str(R.randint(90, 5000)))
    return L


@family("consent_esign_json", w=1.0)
def f_consent(phi):
    L = Line("consent_esign_json")
    p = Person(old=chance(0.4))
    iname, _ = ch(INTERPRETERS)
    tmpl = "Consent to Treat - %s v%d" % (LANG_NAME_EN[p.lang], R.randint(2, 6))
    if not phi:
        obj = {"ts": ts("iso"), "event": "template.published", "template": tmpl, "template_id": "TPL-%d" % R.randint(1000, 9999),
               "pages": R.randint(2, 9), "translated_by": ch(VENDORS), "tm": tm_id(p.lang), "approved_by": ch(STAFF_USERS)}
        J(L, obj, sep=(",", ":"))
        return L
    self_sign = 18 <= p.age < 85 and chance(0.5)
    rel = p.relative()
    signer = p if self_sign else rel
    obj = {"ts": ts("iso"), "event": "envelope.completed", "envelope_id": uuid4(), "template": tmpl,
           "signer": {"name": P(ch([signer.full_n, signer.west_r]), "name"),
                      "role": "Self" if self_sign else ch(["Legal guardian", "Health care agent", "Daughter", "Son"]),
                      "email": P(signer.email, "email"), "ip": P(pub_ip(), "ip")},
           "patient": {"name": P(p.full_n, "name"), "dob": P(fdate(p.dob, ch(["iso", "us"])), "date")}}
    if p.age > 89:
        obj["patient"]["age"] = PN(p.age, "age")
    if not self_sign and chance(0.3):
        obj["copy_by_fax_to"] = P(fmt_us_phone(us_phone_digits(rel.addr.region), ch(["paren", "e164"])), "fax")
    if chance(0.35):
        st = signer.addr.state
        obj["signer"]["id_check"] = {"type": "DL", "state": st, "number": P(us_dl(st), "license")}
    obj["lang"] = ch(LANG_LOCALE[p.lang])
    obj["witness"] = "Interpreter %s #%s" % (iname, interp_id())
    J(L, obj, ascii=chance(0.3), sep=(",", ":"))
    return L


OCR_TPL = {
    "uk": "ВИПИСКА З МЕДИЧНОЇ КАРТИ СТАЦІОНАРНОГО ХВОРОГО\nПацієнт: {name}\nДата народження: {dob}\nРНОКПП: {fid}\nАдреса: {addr}\nДата госпіталізації: {adm}\nДата виписки: {dis}\nЛікар: Гнатенко О. П.",
    "pl": "KARTA INFORMACYJNA LECZENIA SZPITALNEGO\nPacjent: {name}\nPESEL: {fid}\nData urodzenia: {dob}\nAdres: {addr}\nData przyjęcia: {adm}\nData wypisu: {dis}\nLekarz: dr n. med. Piotr Zieliński",
    "vi": "GIẤY RA VIỆN\nHọ tên người bệnh: {name}\nNgày sinh: {dob}\nSố CCCD: {fid}\nĐịa chỉ: {addr}\nVào viện: {adm}\nRa viện: {dis}\nTrưởng khoa: BS.CKII Nguyễn Văn Tâm",
    "zh-Hans": "出院小结\n姓名：{name}\n出生日期：{dob}\n身份证号：{fid}\n住址：{addr}\n入院日期：{adm}\n出院日期：{dis}\n主治医师：刘志刚",
    "ru": "ВЫПИСНОЙ ЭПИКРИЗ\nФИО: {name}\nДата рождения: {dob}\nСНИЛС: {fid}\nАдрес: {addr}\nДата поступления: {adm}\nДата выписки: {dis}\nЛечащий врач: Соколова И. В.",
    "ko": "퇴원요약지\n성명: {name}\n생년월일: {dob}\n주민등록번호: {fid}\n주소: {addr}\n입원일: {adm}\n퇴원일: {dis}\n담당의: 이재훈",
}
OCR_ADDR = {
    "uk": lambda: ["м. ", P(ch(["Львів", "Тернопіль", "Івано-Франківськ", "Житомир"]), "address"), ", ",
                   P("вул. %s, %d, кв. %d" % (ch(["Городоцька", "Шевченка", "Франка", "Зелена"]), R.randint(1, 200), R.randint(1, 90)), "address")],
    "pl": lambda: [P("ul. %s %d/%d" % (ch(["Piotrkowska", "Długa", "Mickiewicza", "Kościuszki"]), R.randint(1, 200), R.randint(1, 40)), "address"),
                   ", ", P("%02d-%03d" % (R.randint(0, 99), R.randint(0, 999)), "zip"), " ",
                   P(ch(["Łódź", "Rzeszów", "Białystok", "Nowy Targ"]), "address")],
    "vi": lambda: [P("số %d ngõ %d phố %s" % (R.randint(1, 120), R.randint(1, 200), ch(["Huế", "Bạch Mai", "Lò Đúc"])), "address"),
                   ", ", P("quận %s" % ch(["Hai Bà Trưng", "Đống Đa", "Hoàn Kiếm"]), "address"), ", ", P("Hà Nội", "address")],
    "zh-Hans": lambda: ["广东省", P(ch(["广州市天河区", "深圳市福田区", "江门市台山市"]), "address"),
                        P("%s%d号" % (ch(["天河路", "深南大道", "环城北路"]), R.randint(1, 900)), "address")],
    "ru": lambda: ["г. ", P(ch(["Самара", "Саратов", "Воронеж", "Пермь"]), "address"), ", ",
                   P("ул. %s, д. %d, кв. %d" % (ch(["Ленина", "Садовая", "Гагарина"]), R.randint(1, 150), R.randint(1, 200)), "address")],
    "ko": lambda: ["경기도 ", P(ch(["수원시 팔달구", "성남시 분당구", "고양시 일산동구"]), "address"), " ",
                   P("%s %d" % (ch(["효원로", "판교역로", "중앙로"]), R.randint(1, 400)), "address")],
}
OCR_NOPHI = {"pl": "Zalecenia: dieta lekkostrawna, kontrola w poradni za 2 tygodnie.",
             "uk": "Рекомендації: дієта, контроль АТ двічі на день.",
             "vi": "Lời dặn: uống thuốc đúng giờ, tái khám sau 2 tuần.", "zh-Hans": "医嘱：低盐饮食，两周后门诊复查。",
             "ru": "Рекомендовано: наблюдение терапевта по месту жительства.", "ko": "권고사항: 저염식, 2주 후 외래 추적 관찰."}


@family("ocr_foreign_record", w=0.9)
def f_ocr(phi):
    L = Line("ocr_foreign_record")
    lang = ch(list(OCR_TPL))
    L.t(ts("iso"), " ocr-svc job=OCR-", str(R.randint(10 ** 5, 10 ** 6)), " page=", str(R.randint(1, 3)), "/3 lang=",
        LANG_ISO3[lang], " conf=%.2f text=\"" % R.uniform(0.55, 0.97))
    if phi:
        p = Person(lang, old=chance(0.2))
        adm = past_date(20, 700)
        dis = adm + dt.timedelta(days=R.randint(2, 25))
        ds = ch(["dmy_dot"] if lang in ("uk", "pl", "ru") else (["dmy_slash"] if lang == "vi" else ["zh"] if lang == "zh-Hans" else ["ymd_dot"]))
        body = tpl(OCR_TPL[lang], name=P(p.full_n if lang != "ru" else p.full_n, "name"), dob=P(fdate(p.dob, ds), "date"),
                   fid=P(foreign_id(p), "other_id"), addr=T(*OCR_ADDR[lang]()), adm=P(fdate(adm, ds), "date"),
                   dis=P(fdate(dis, ds), "date"))
        L.t(body, enc=enc_json)
    else:
        L.t(OCR_NOPHI[lang], enc=enc_json)
    L.t("\" src=fax_inbound doc_id=DOC", str(R.randint(10 ** 6, 10 ** 7)))
    return L


@family("smpp_pdu", w=0.9)
def f_smpp(phi):
    L = Line("smpp_pdu")
    seq = R.randint(1, 2 ** 31 - 1)
    L.t(ts("java"), " DEBUG [smpp-tx-0", str(R.randint(1, 4)), "] ")
    if not phi:
        L.t(ch(["> enquire_link seq=%d" % seq, "< enquire_link_resp seq=%d status=ESME_ROK" % seq,
                "< bind_transceiver_resp seq=%d status=ESME_ROK system_id=SMSC01" % seq,
                "< submit_sm_resp seq=%d status=0x00000058 (ESME_RTHROTTLED)" % seq]))
        return L
    p = Person()
    o = org()
    body = tpl(SMS_TPL[p.lang], org=o["name"], name=P(sms_name(p).replace("Ông/Bà ", ""), "name"),
               date=P(ldate(future_date(), p.lang), "date"), time=appt_time(), clinic=ch(CLINICS),
               ophone=fmt_us_phone(o["phone"], "dash"))
    nbytes = len(flat(body).encode("utf-16-be"))
    L.t("> submit_sm seq=", str(seq), " src_ton=3 src=73822 dst_ton=1 dst_npi=1 dst=",
        P("1" + p.phone_us, "phone"), " esm=0x00 dcs=0x08 ")
    if nbytes <= 140:
        L.t("sm_length=", str(nbytes), " short_message=0x")
    else:
        L.t("sm_length=0 tlv.message_payload(0x0424) len=", str(nbytes), " val=0x")
    L.t(body, enc=enc_ucs2hex)
    return L


@family("asterisk_cdr_csv", w=0.9)
def f_cdr(phi):
    L = Line("asterisk_cdr_csv")
    t0 = Clock.tick()
    ans = t0 + dt.timedelta(seconds=R.randint(2, 30))
    end = ans + dt.timedelta(seconds=R.randint(30, 2400))
    bill = int((end - ans).total_seconds())
    fmt = "%Y-%m-%d %H:%M:%S"
    if phi:
        p = Person()
        cnam = strip_diacritics(ch([p.ehr().replace(",", ""), p.west_r.upper()]))[:15].rstrip()
        src = P(p.phone_us, "phone")
        clid = T('"', P(cnam, "name"), '" <', P(p.phone_us, "phone"), ">")
        ctx = "from-lep-ivr"
        dst = ch(["6001", "6002", "7%03d" % R.randint(0, 999)])
    else:
        ext = "6%03d" % R.randint(10, 99)
        src = ext
        clid = T('"', ch(["Interp Desk 3", "LEP Coord", "Clinic 4 Front", "Nurse Stn 5W"]), '" <', ext, ">")
        ctx = "from-internal"
        dst = "1" + ch(VENDOR_TOLLFREE)[1:]
    fields = ["", src, dst, ctx, clid, "PJSIP/trunk-%08x" % R.randint(0, 2 ** 32 - 1),
              "PJSIP/langline-%08x" % R.randint(0, 2 ** 32 - 1), "Dial",
              "PJSIP/langline/%s,,tT" % ch(VENDOR_TOLLFREE), t0.strftime(fmt), ans.strftime(fmt), end.strftime(fmt)]
    for i, f in enumerate(fields):
        if i:
            L.t(",")
        L.t('"')
        L.t(f, enc=enc_csv)
        L.t('"')
    L.t(",", str(bill + R.randint(2, 30)), ",", str(bill), ',"ANSWERED","DOCUMENTATION","', "%d.%d" % (
        int((t0 - dt.datetime(1970, 1, 1)).total_seconds()), R.randint(100, 9999)), '",""')
    return L


DISCHARGE_TITLE = {"zh-Hans": "出院指示", "zh-Hant": "出院指示", "vi": "giấy ra viện", "ko": "퇴원 안내문",
                   "ru": "выписка", "uk": "виписка", "ar": "تعليمات الخروج", "ht": "enstriksyon sòti lopital",
                   "tl": "mga tagubilin sa paglabas", "so": "tilmaamaha ka bixitaanka", "hmn": "cov lus qhia thaum tawm tsev kho mob",
                   "pl": "karta wypisowa"}


@family("fax_server_syslog", w=1.3)
def f_fax(phi):
    L = Line("fax_server_syslog")
    o = org()
    job = R.randint(1000, 99999)
    L.t(ts("syslog"), " faxsrv01 FaxSend[", str(R.randint(1000, 30000)), "]: SEND FAX: JOB ", str(job), " DEST ")
    if phi:
        p = Person(old=chance(0.4))
        rel = p.relative()
        L.t(P(fmt_us_phone(us_phone_digits(p.addr.region), ch(["plain", "one", "e164"])), "fax"), " COMMID ",
            "%09d" % R.randint(0, 10 ** 9), " PAGES ", str(R.randint(1, 12)), " STATUS done TSI \"",
            fmt_us_phone(o["fax"], "dash"), "\" COVER \"Attn: ", P(ch([rel.west_r, rel.full_n]), "name"),
            " re: ", P(p.full_n, "name"), " - ", ch(["discharge instructions", DISCHARGE_TITLE[p.lang]]), "\"")
    else:
        o2 = ch([x for x in ORGS if x is not o])
        L.t(fmt_us_phone(o2["fax"], ch(["plain", "one"])), " COMMID ", "%09d" % R.randint(0, 10 ** 9), " PAGES ",
            str(R.randint(1, 12)), " STATUS ", ch(["done", "busy, requeued", "no carrier"]), " TSI \"",
            fmt_us_phone(o["fax"], "dash"), "\" COVER \"", o2["name"], " Medical Records\"")
    return L


@family("shortlink_json", w=0.9)
def f_short(phi):
    L = Line("shortlink_json")
    code = alnum(7, "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    if phi:
        p = Person()
        host = ch(PORTAL_HOSTS)
        k = R.randint(0, 2)
        if k == 0:
            tgt = "https://%s/appt/confirm?mrn=%s&lang=%s&t=%s" % (host, p.mrn, ch(LANG_LOCALE[p.lang]), hexs(20))
        elif k == 1:
            tgt = "https://%s/%s/patients/%s/results/%d" % (host, ch(LANG_LOCALE[p.lang]), p.mrn, R.randint(10 ** 5, 10 ** 6))
        else:
            tgt = "https://%s/intake?name=%s&dob=%s" % (host, urllib.parse.quote(p.full_n), fdate(p.dob, "iso"))
        tgtv = P(tgt, "url")
    else:
        tgtv = "https://www.%s/%s/%s" % (org()["dom"], ch(LANG_LOCALE[ch(LANGS)]),
                                          ch(["interpreter-services", "flu-clinic", "financial-assistance", "patient-rights"]))
    obj = {"ts": ts("iso"), "svc": "lnk", "short": "https://bvh.link/" + code, "target": tgtv,
           "ttl_days": ch([7, 14, 30]), "created_by": ch(["svc-sms-gw", "portal-bot"]), "clicks": R.randint(0, 3)}
    J(L, obj, sep=(",", ":"))
    return L


@family("vendor_invoice", phi=False, w=0.8)
def f_invoice(phi):
    L = Line("vendor_invoice")
    lang = ch(LANGS)
    mins = R.randint(3, 90)
    rate = R.choice([0.85, 0.95, 1.25, 1.75, 2.10])
    iname, _ = ch(INTERPRETERS)
    L.t("INV-2024-%04d" % R.randint(1, 9999), ";", ch(VENDORS), ";line=", str(R.randint(1, 400)), ";lang=", LANG_ISO3[lang],
        ";modality=", ch(["OPI", "VRI", "OSI"]), ";minutes=", str(mins), ";rate=%.2f;amount=%.2f" % (rate, rate * mins),
        ";cost_center=CC", str(R.randint(1000, 9999)), ";interpreter=", iname, ";interp_id=", interp_id(),
        ";session=", uuid4(), ";po=PO", str(R.randint(100000, 999999)))
    return L


@family("ci_build", phi=False, w=0.7)
def f_ci(phi):
    L = Line("ci_build")
    L.t("[", ts("iso_s"), "] build #2024.03.", str(R.randint(1000, 1999)), " portal-i18n sha=", git_sha()[:12],
        " ", ch(["tests=%d passed=%d" % ((n := R.randint(800, 2000)), n), "snapshot update: %s (%d strings), %s (%d)" % (
            ch(LANG_LOCALE[ch(LANGS)]), R.randint(1, 40), ch(LANG_LOCALE[ch(LANGS)]), R.randint(1, 40)),
                                             "pseudo-locale en-XA check ok, max expansion 38%",
                                             "RTL snapshot diff ar-SA: 0 px"]), " duration=", str(R.randint(30, 900)), "s runner=ci-",
        str(R.randint(1, 20)))
    return L


@family("cef_idp", w=0.9)
def f_cef(phi):
    L = Line("cef_idp")
    if phi:
        p = Person()
        L.t("CEF:0|BayValley|PortalIdP|3.2.", str(R.randint(0, 9)), "|", ch(["4625", "4740", "9001"]), "|",
            ch(["Impossible travel detected", "Account locked after failed logins", "New device login"]), "|", str(R.randint(3, 8)),
            "|rt=", ts("epoch_ms"), " suser=", P(p.email, "email"), " src=", P(pub_ip(), "ip"), " cs1Label=geo_country cs1=",
            ch(["VN", "KR", "SO", "HT", "PH", "UA", "PL", "CN", "EG", "US"]), " requestClientApplication=",
            ch(["MyBVH/5.12.0 iOS", "Chrome 122", "Zalo in-app"]), " cs2Label=ui_locale cs2=", ch(LANG_LOCALE[p.lang]))
    else:
        L.t("CEF:0|BayValley|PortalIdP|3.2.", str(R.randint(0, 9)), "|4624|Staff login|1|rt=", ts("epoch_ms"),
            " suser=", ch(STAFF_USERS), " src=", priv_ip(), " cs2Label=ui_locale cs2=en-US deviceExternalId=WS-", alnum(6))
    return L


@family("soap_xml", w=0.9)
def f_soap(phi):
    L = Line("soap_xml")
    L.t(ts("java"), " DEBUG [CXF-out] SOAP ", ch(["REQ", "RESP"]), " ")
    if phi:
        p = Person()
        x = lambda v, c: P(v, c)
        L.t('<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>'
            '<ns2:PatientLookupRequest xmlns:ns2="urn:bvh:langsvc:v1"><FamilyName>')
        L.t(x(p.fam_n, "name"), enc=enc_xml)
        L.t("</FamilyName><GivenName>")
        L.t(x(p.giv_n, "name"), enc=enc_xml)
        L.t("</GivenName><BirthDate>", x(fdate(p.dob, "iso"), "date"), "</BirthDate>")
        if chance(0.5):
            L.t("<HomePhone>", x(fmt_us_phone(p.phone_us, "dash"), "phone"), "</HomePhone>")
        L.t("<PreferredLanguage>", LANG_ISO3[p.lang], "</PreferredLanguage></ns2:PatientLookupRequest></soapenv:Body></soapenv:Envelope>")
    else:
        L.t('<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><soapenv:Fault>'
            '<faultcode>soapenv:Server</faultcode><faultstring>', ch(["Language code not supported: mww", "Upstream timeout after 30000 ms",
                                                                     "Schema validation failed at /PatientLookupRequest/BirthDate"]),
            '</faultstring><detail><traceId>', trace_id(), '</traceId></detail></soapenv:Fault></soapenv:Body></soapenv:Envelope>')
    return L


@family("form_post_urlencoded", w=0.9)
def f_form(phi):
    L = Line("form_post_urlencoded")
    L.t(ts("py"), " DEBUG [web.request] POST ", )
    if phi:
        p = Person()
        e = enc_url_plus
        L.t("/portal/", ch(LANG_LOCALE[p.lang]), "/register body=first_name=")
        L.t(P(p.giv_n, "name"), enc=e)
        L.t("&last_name=")
        L.t(P(p.fam_n, "name"), enc=e)
        L.t("&dob=")
        L.t(P(fdate(p.dob, ch(["us", "iso"])), "date"), enc=e)
        L.t("&phone=")
        L.t(P(fmt_us_phone(p.phone_us, ch(["e164", "paren", "dash"])), "phone"), enc=e)
        if chance(0.6):
            L.t("&email=")
            L.t(P(p.email, "email"), enc=e)
        if chance(0.4):
            L.t("&zip=", P(p.addr.zip, "zip"))
        L.t("&lang=", p.lang, "&csrf=", hexs(32))
    else:
        L.t("/portal/prefs body=lang=", ch(LANGS), "&font_size=", ch(["large", "normal"]), "&notify_sms=on&csrf=", hexs(32))
    L.t(" ua=\"", ch(UAS)[:60], "\"")
    return L


@family("windows_security", phi=False, w=0.5)
def f_win(phi):
    L = Line("windows_security")
    L.t(ts("win"), "\tInformation\tMicrosoft-Windows-Security-Auditing\t", ch(["4624", "4634", "4672"]),
        "\tLogon\tAn account was successfully logged on. Account Name: ", ch(["svc_langline", "svc-sms-gw", "svc_mt_pipeline", "INTERP-VRI-07$"]),
        " Account Domain: BVH Logon Type: ", ch(["3", "5", "10"]), " Workstation Name: ", ch(["VRI-CART-", "LEPDESK-"]), str(R.randint(1, 30)),
        " Source Network Address: ", priv_ip())
    return L


@family("erx_ncpdp", w=1.1)
def f_erx(phi):
    L = Line("erx_ncpdp")
    doc = ch(CLINICIANS)
    sur = doc.replace("Dr. ", "").split(",")[0].split(" ")[-1]
    if not phi:
        L.t(ts("iso"), " erx-router pharmacy-directory sync ncpdp_ids=", str(R.randint(100, 9000)), " updated=",
            str(R.randint(0, 90)), " sig_languages=[es,zh,vi,ko,ru,ar,ht,tl] source=SS-DIR-", version())
        return L
    p = Person(old=chance(0.2))
    sig = {"zh-Hant": "每日一次，每次一粒，飯後服用", "zh-Hans": "每日一次，每次一片，饭后服用", "vi": "Uống 1 viên mỗi ngày sau bữa ăn",
           "ko": "하루 한 번 식후 1정 복용", "ru": "По 1 таблетке 1 раз в день после еды", "uk": "По 1 таблетці 1 раз на день після їжі",
           "ar": "قرص واحد يومياً بعد الأكل", "ht": "Pran 1 grenn chak jou apre manje", "tl": "Uminom ng 1 tableta araw-araw pagkatapos kumain",
           "so": "Qaado 1 kiniin maalintii cuntada kadib", "hmn": "Noj 1 lub ib hnub tom qab noj mov", "pl": "1 tabletka raz dziennie po posiłku"}[p.lang]
    L.t(ts("iso"), " erx-router NEWRX msg=", hexs(12), " prescriber=\"", doc, "\" npi=", npi(), " dea=", dea(sur[0]),
        " patient=\"", P(p.ehr(), "name"), "\" dob=", P(fdate(p.dob, "compact"), "date"))
    if chance(0.5):
        L.t(" addr=\"")
        L.t(p.addr.us_parts())
        L.t("\"")
    if chance(0.5):
        L.t(" phone=", P(fmt_us_phone(p.phone_us, "plain"), "phone"))
    if p.age >= 18 and chance(0.5):
        st = p.addr.state
        L.t(" csa_pickup_id=\"DL ", st, " ", P(us_dl(st), "license"), "\"")
    L.t(" drug=\"", ch(["amLODIPine 5 MG Oral Tablet", "metFORMIN 500 MG Oral Tablet", "Atorvastatin 20 MG Tablet", "Losartan 50 MG Tablet"]),
        "\" sig_lang=", p.lang, " sig=\"", sig, "\" pharmacy_ncpdp=", digits(7))
    return L


@family("nemt_ride", w=1.0)
def f_nemt(phi):
    L = Line("nemt_ride")
    driver = ch(["Luis Ortega", "Abdirahman Y.", "Sergey K.", "Tuan Pham", "Marcus Bell"])
    dplate = plate(ch(["CA", "MN", "NY", "FL"]))
    if not phi:
        KV(L, [("ts", ts("iso")), ("svc", "nemt-broker"), ("evt", "capacity.report"), ("vendor", ch(["RideCare", "MediMove", "SafeRide NEMT"])),
               ("wheelchair_vans", R.randint(0, 40)), ("sedans", R.randint(0, 90)), ("region", ch(["EAST_BAY", "TWIN_CITIES", "BROOKLYN"])),
               ("lang_capable_drivers", "so:%d,hmn:%d,vi:%d" % (R.randint(0, 9), R.randint(0, 9), R.randint(0, 9)))])
        return L
    p = Person(old=chance(0.3))
    pairs = [("ts", ts("iso")), ("svc", "nemt-broker"), ("evt", "ride.booked"), ("trip", "TR-%d" % R.randint(10 ** 6, 10 ** 7)),
             ("rider", P(ch([p.full_n, p.west_r, p.ehr()]), "name")), ("rider_phone", P(fmt_us_phone(p.phone_us, "dash"), "phone")),
             ("pickup", T(*p.addr.us_parts())), ("appt_date", P(fdate(future_date(1, 20), "iso"), "date")),
             ("appt_time", appt_time()), ("mobility", ch(["WC", "AMB", "STR"])), ("rider_lang", LANG_ISO3[p.lang]),
             ("driver", driver), ("vehicle_plate", dplate)]
    if p.age > 89 and chance(0.7):
        pairs.insert(6, ("rider_age", P(p.age, "age")))
    KV(L, pairs)
    return L



@family("portal_photo_upload", w=0.9)
def f_photo(phi):
    L = Line("portal_photo_upload")
    L.t(ts("iso"), " INFO  [media-svc] ")
    if not phi:
        L.t(ch(["profile.photo.rejected reason=face_not_detected size=%dx%d" % (R.randint(40, 200), R.randint(40, 200)),
                "thumbnail cache purge count=%d bucket=portal-media-prd" % R.randint(10, 900),
                "profile.photo.rejected reason=file_too_large bytes=%d limit=5242880" % R.randint(5300000, 9000000)]),
            " ui_locale=", ch(LANG_LOCALE[ch(LANGS)]))
        return L
    p = Person()
    obj = {"evt": "profile.photo.updated", "mrn": P(p.mrn, "mrn"), "by": ch(["patient", "proxy", "front_desk"]),
           "face_detected": True, "mime": "image/jpeg"}
    if chance(0.5):
        obj["image"] = P("data:image/jpeg;base64," + fake_jpeg_b64(R.randint(400, 1200)), "photo")
    else:
        obj["image_b64"] = P(fake_jpeg_b64(R.randint(400, 1200)), "photo")
    J(L, obj, sep=(",", ":"))
    return L


NATIVE_KEYS = {
    "zh-Hans": dict(name="患者姓名", dob="出生日期", phone="联系电话", addr="住址", mrn="病历号", lang="语言",
                    interp="口译员编号", appt="预约日期", dur="时长(分钟)", status="状态", done="已完成", sep="，", eq="："),
    "zh-Hant": dict(name="病人姓名", dob="出生日期", phone="電話", addr="地址", mrn="病歷號", lang="語言",
                    interp="傳譯員編號", appt="預約日期", dur="時長(分鐘)", status="狀態", done="已完成", sep="；", eq="："),
    "vi": dict(name="ten_benh_nhan", dob="ngay_sinh", phone="sdt", addr="dia_chi", mrn="ma_bn", lang="ngon_ngu",
               interp="ma_thong_dich_vien", appt="ngay_hen", dur="thoi_luong", status="trang_thai", done="hoan_tat",
               sep=" ", eq="="),
    "ko": dict(name="환자명", dob="생년월일", phone="연락처", addr="주소", mrn="등록번호", lang="언어", interp="통역사ID",
               appt="예약일", dur="통화시간", status="상태", done="완료", sep=" | ", eq=": "),
    "ru": dict(name="fio", dob="data_rozhdeniya", phone="telefon", addr="adres", mrn="nomer_karty", lang="yazyk",
               interp="perevodchik_id", appt="data_priema", dur="dlitelnost", status="status", done="zaversheno",
               sep=" ", eq="="),
    "uk": dict(name="ПІБ", dob="дата_народження", phone="телефон", addr="адреса", mrn="номер_картки", lang="мова",
               interp="перекладач", appt="дата_візиту", dur="тривалість", status="статус", done="завершено",
               sep="; ", eq="="),
    "ar": dict(name="الاسم", dob="تاريخ_الميلاد", phone="الهاتف", addr="العنوان", mrn="رقم_الملف", lang="اللغة",
               interp="رقم_المترجم", appt="تاريخ_الموعد", dur="المدة", status="الحالة", done="مكتمل", sep=" | ", eq=": "),
    "ht": dict(name="non_pasyan", dob="dat_nesans", phone="telefòn", addr="adrès", mrn="nimewo_dosye", lang="lang",
               interp="entèprèt_id", appt="dat_randevou", dur="dire", status="estati", done="fini", sep=" ", eq="="),
    "tl": dict(name="pangalan", dob="kaarawan", phone="telepono", addr="tirahan", mrn="numero_ng_pasyente", lang="wika",
               interp="interpreter_id", appt="petsa_ng_appointment", dur="tagal", status="katayuan", done="tapos",
               sep=", ", eq="="),
    "so": dict(name="magaca", dob="taariikhda_dhalashada", phone="taleefan", addr="cinwaan", mrn="lambarka_bukaanka",
               lang="luqadda", interp="turjumaan_id", appt="taariikhda_ballanta", dur="muddada", status="xaalada",
               done="dhammaaday", sep=" ", eq="="),
    "hmn": dict(name="npe", dob="hnub_yug", phone="xov_tooj", addr="chaw_nyob", mrn="tus_lej_neeg_mob", lang="hom_lus",
                interp="tus_txhais_lus_id", appt="hnub_teem_caij", dur="ntev", status="xwm_txheej", done="tiav",
                sep=" ", eq="="),
    "pl": dict(name="pacjent", dob="data_urodzenia", phone="telefon", addr="adres", mrn="nr_pacjenta", lang="jezyk",
               interp="tlumacz_id", appt="data_wizyty", dur="czas_min", status="status", done="zakonczono",
               sep="; ", eq="="),
}


AGE_KEY = {"zh-Hans": "年龄", "zh-Hant": "年齡", "vi": "tuoi", "ko": "나이", "ru": "vozrast", "uk": "вік", "ar": "العمر",
           "ht": "laj", "tl": "edad", "so": "da'da", "hmn": "hnub_nyoog", "pl": "wiek"}


@family("native_keys_kv", w=1.8)
def f_native_kv(phi):
    L = Line("native_keys_kv")
    p = Person(old=chance(0.2))
    K = NATIVE_KEYS[p.lang]
    romanised_keys = K["name"].isascii()
    L.t(ts(ch(["java", "slash", "iso"])), " [", ch(["vendor-export", "lep-sync", "callctr-bridge", "interp-app"]), ":",
        ch(LANG_LOCALE[p.lang]), "] ")
    pairs = []
    if phi:
        if p.lang == "ru":
            nm = ch([p.full_r, p.full_n])
        elif p.lang in ("zh-Hans", "zh-Hant", "ko", "uk", "ar"):
            nm = p.full_n
        else:
            nm = ch([p.full_n, p.full_r])
        pairs.append((K["name"], P(nm, "name")))
        pairs.append((K["dob"], P(ldate(p.dob, p.lang), "date")))
        if chance(0.8):
            pairs.append((K["phone"], P(ch([fmt_us_phone(p.phone_us), p.phone_intl]), "phone")))
        if chance(0.4):
            pairs.append((K["addr"], T(*p.addr.native_parts())))
        if chance(0.6):
            pairs.append((K["mrn"], P(p.mrn, "mrn")))
        if p.age > 89:
            pairs.append((AGE_KEY[p.lang], P(p.age, "age")))
        if chance(0.5):
            pairs.append((K["appt"], P(ldate(future_date(), p.lang), "date")))
    pairs.append((K["lang"], LANG_AUTONYM[p.lang]))
    pairs.append((K["interp"], interp_id()))
    pairs.append((K["dur"], str(R.randint(3, 95))))
    pairs.append((K["status"], K["done"]))
    if not phi and chance(0.5):
        pairs.insert(0, ("session", uuid4()))
    quote = romanised_keys and K["sep"] == " "
    for i, (k, v) in enumerate(pairs):
        if i:
            L.t(K["sep"])
        L.t(k, K["eq"])
        if quote and " " in flat(v):
            L.t('"', v, '"')
        else:
            L.t(v)
    return L


# ---------------------------------------------------------------------------
# assembly and checks
# ---------------------------------------------------------------------------
JSON_FAMILIES = {"interp_session_json", "mt_request_json", "portal_audit_json", "k8s_container_json",
                 "registration_idscan_json", "voice_biometric_json", "graphql_request_json", "consent_esign_json",
                 "shortlink_json"}
BAD_SEPARATORS = ["\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]


def pick(pool):
    tot = sum(w for _, _, w in pool)
    x = R.uniform(0, tot)
    for name, fn, w in pool:
        x -= w
        if x <= 0:
            return name, fn
    return pool[-1][0], pool[-1][1]


def allocate(pool, n):
    """Deterministic share of n slots per family (largest remainder), then shuffled."""
    tot = sum(w for _, _, w in pool)
    raw = [(name, fn, n * w / tot) for name, fn, w in pool]
    cnt = {name: int(x) for name, _, x in raw}
    rest = n - sum(cnt.values())
    for name, _, x in sorted(raw, key=lambda r: -(r[2] - int(r[2])))[:rest]:
        cnt[name] += 1
    slots = []
    for name, fn, _ in raw:
        slots += [(name, fn)] * cnt[name]
    R.shuffle(slots)
    assert len(slots) == n
    return slots


def build():
    global R
    R = random.Random(SEED)
    Clock.reset()
    plan = [True] * (N_LINES - N_CLEAN) + [False] * N_CLEAN
    R.shuffle(plan)
    pool_phi = [(n, f, w) for (n, f, ph, cl, w) in FAMILIES if ph]
    pool_clean = [(n, f, w * (3.0 if not ph else 1.0)) for (n, f, ph, cl, w) in FAMILIES if cl]
    slots = {True: allocate(pool_phi, N_LINES - N_CLEAN), False: allocate(pool_clean, N_CLEAN)}
    lines = []
    for want in plan:
        name, fn = slots[want].pop()
        for _ in range(100):
            L = fn(want)
            assert L.family == name, (L.family, name)
            if bool(L.spans) == want and len(L.b) <= MAX_LINE_BYTES:
                break
        else:
            raise RuntimeError("could not build a line for " + name)
        lines.append(L)
    log = b"".join(bytes(L.b) + b"\n" for L in lines)
    lab_lines = []
    for i, L in enumerate(lines, 1):
        rec = {"line": i, "family": L.family,
               "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in L.spans]}
        lab_lines.append(json.dumps(rec, ensure_ascii=False))
    lab = ("\n".join(lab_lines) + "\n").encode("utf-8")
    return lines, log, lab


def nanp_ok(d):
    return len(d) == 10 and d[0] in "23456789" and d[3] in "23456789"


def validate_value(cat, v):
    """Format sanity of a labelled value (plain-text ones)."""
    if cat == "ssn":
        d = v.replace("-", "").replace(" ", "")
        assert len(d) == 9 and d.isdigit(), v
        assert d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000", v
    elif cat == "account" and v.replace(" ", "").replace("-", "").isdigit() and len(v.replace(" ", "").replace("-", "")) in (15, 16):
        assert luhn_ok(v.replace(" ", "").replace("-", "")), v
    elif cat == "vehicle" and len(v) == 17:
        tot = sum((int(c) if c.isdigit() else VIN_MAP[c]) * w for c, w in zip(v, VIN_W))
        cd = tot % 11
        assert v[8] == ("X" if cd == 10 else str(cd)), v
    elif cat in ("phone", "fax"):
        d = "".join(c for c in v if c.isdigit())
        if v.startswith(("+1 ", "1-")) or (v.startswith("+1") and len(d) == 11) or \
                _re.fullmatch(r"\(\d{3}\) ?\d{3}-\d{4}|\d{3}[-.]\d{3}[-.]\d{4}|[2-9]\d{9}", v):
            dd = d[1:] if len(d) == 11 else d
            assert nanp_ok(dd), v
    elif cat == "health_plan" and len(v.replace("-", "")) == 11 and v[0].isdigit() and v[1].isalpha():
        s = v.replace("-", "")
        assert s[1] in MBI_ALPHA and s[4] in MBI_ALPHA and s[7] in MBI_ALPHA and s[8] in MBI_ALPHA, v
    elif cat == "zip":
        assert v[:1].isdigit(), v
    elif cat == "ip":
        assert not v.startswith(("10.", "192.168.", "127.", "192.0.2.", "198.51.100.", "203.0.113.", "172.")), v


def check(lines, log, lab):
    raw = log.split(b"\n")
    assert raw[-1] == b"" and len(raw) == N_LINES + 1, len(raw)
    raw = raw[:-1]
    labs = [json.loads(x) for x in lab.decode("utf-8").split("\n")[:-1]]
    assert len(labs) == N_LINES
    clean = 0
    for i, (b, rec, L) in enumerate(zip(raw, labs, lines), 1):
        assert rec["line"] == i
        assert len(b) <= MAX_LINE_BYTES, (i, len(b))
        text = b.decode("utf-8")
        for sepc in BAD_SEPARATORS:
            assert sepc not in text, (i, repr(sepc))
        assert len(text.splitlines()) == 1, i
        if rec["family"] in JSON_FAMILIES:
            obj = json.loads(text)
            if rec["family"] == "k8s_container_json":
                json.loads(obj["log"])
        if not rec["spans"]:
            clean += 1
        prev_e = -1
        for sp, want in zip(rec["spans"], L.spans):
            s, e = sp["s"], sp["e"]
            assert sp["cat"] in CATS
            assert 0 <= s < e <= len(b), (i, sp)
            assert s >= prev_e, ("overlap", i, sp)
            prev_e = e
            seg = b[s:e]
            assert seg == want["want"], (i, sp, seg, want["want"])
            v = seg.decode("utf-8")      # char boundaries
            assert v == v.strip() and v, (i, sp, v)
            validate_value(sp["cat"], v)
    assert clean == N_CLEAN, clean
    return clean


def main():
    lines, log, lab = build()
    check(lines, log, lab)
    # determinism: a second build in the same process gives identical bytes
    _, log2, lab2 = build()
    assert log2 == log and lab2 == lab, "non-deterministic output"
    with open(OUT_LOG, "wb") as f:
        f.write(log)
    with open(OUT_LAB, "wb") as f:
        f.write(lab)
    # re-read the written files and check again
    with open(OUT_LOG, "rb") as f:
        log_r = f.read()
    with open(OUT_LAB, "rb") as f:
        lab_r = f.read()
    assert log_r == log and lab_r == lab
    check(lines, log_r, lab_r)
    cats = {}
    fams = {}
    for L in lines:
        fams[L.family] = fams.get(L.family, 0) + 1
        for s in L.spans:
            cats[s["cat"]] = cats.get(s["cat"], 0) + 1
    low = {c: cats.get(c, 0) for c in CATS if cats.get(c, 0) < 8}
    assert not low, low
    print("lines", len(lines), "clean", N_CLEAN, "(%.1f%%)" % (100.0 * N_CLEAN / N_LINES))
    print("spans", sum(cats.values()))
    for c in sorted(cats, key=lambda k: -cats[k]):
        print("  %-12s %d" % (c, cats[c]))
    print("families", len(fams))
    for f in sorted(fams, key=lambda k: -fams[k]):
        print("  %-28s %d" % (f, fams[f]))
    print("md5 bk.log", hashlib.md5(log).hexdigest())
    print("md5 bk.labels.jsonl", hashlib.md5(lab).hexdigest())


if __name__ == "__main__":
    main()
