#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
gen_bo.py -- deterministic generator of the held-out PHI corpus "bo".

Theme: application logs as each language's logging library encodes them
(Go zap/zerolog/logrus/slog, Rust tracing/env_logger, Java log4j2/logback/SLF4J,
.NET Serilog/NLog/Microsoft.Extensions.Logging, Python logging/structlog/loguru,
Node pino/winston/bunyan, Ruby Logger/lograge, PHP Monolog, Elixir Logger).

Standard library only, fixed seed.  Writes next to itself:
  bo.log           500 lines
  bo.labels.jsonl  {"line": N, "family": ..., "spans": [{"s","e","cat"}]}
Offsets are UTF-8 byte offsets, end exclusive.  Every line is built from
segments (text, category, raw value); offsets are computed while joining,
and every span is asserted against the written bytes.
All people and identifiers are synthetic.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import struct
import sys
import unicodedata

SEED = 0xB0B02024
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_CLEAN = 225           # 45 % of the lines carry no PHI
TODAY = dt.date(2024, 5, 14)
CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}


# ----------------------------------------------------------------------------
# random helpers
# ----------------------------------------------------------------------------
def ch(seq):
    return seq[R.randrange(len(seq))]


def ri(a, b):
    return R.randint(a, b)


def chance(p):
    return R.random() < p


def hexs(n, upper=False):
    s = "".join(ch("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def digits(n):
    return "".join(ch("0123456789") for _ in range(n))


def alnum(n, alpha="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(ch(alpha) for _ in range(n))


def letters(n, alpha="ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
    return "".join(ch(alpha) for _ in range(n))


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def uuid4(upper=False):
    h = "%032x" % R.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + ch("89ab") + h[17:]
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def b64(n):
    return base64.b64encode(rbytes(n)).decode()


def b64url(n):
    return base64.urlsafe_b64encode(rbytes(n)).decode().rstrip("=")


def ulid():
    return "01HX" + alnum(22, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def snake(name):
    out = []
    for i, c in enumerate(name):
        if c.isupper() and i and (not name[i - 1].isupper()):
            out.append("_")
        out.append(c.lower())
    return "".join(out)


def pascal(name):
    return "".join(p[:1].upper() + p[1:] for p in name.split("_"))


def case(name, style):
    parts = name.split("_")
    if style == "snake":
        return name
    if style == "camel":
        return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])
    if style == "pascal":
        return "".join(p[:1].upper() + p[1:] for p in parts)
    if style == "kebab":
        return "-".join(parts)
    if style == "dot":
        return ".".join(parts)
    if style == "upper":
        return name.upper()
    raise ValueError(style)


# ----------------------------------------------------------------------------
# segments and values
#   a segment is a triple (text, cat, raw): text as written in the line,
#   cat the PHI category or None, raw the unescaped value it stands for.
# ----------------------------------------------------------------------------
def T(s):
    return (s, None, s)


def L(s, cat):
    assert s and cat in CATS, (s, cat)
    return (s, cat, s)


class S(object):
    """A string value made of segments."""

    def __init__(self, *parts):
        self.segs = []
        for p in parts:
            if isinstance(p, str):
                if p:
                    self.segs.append(T(p))
            elif isinstance(p, tuple):
                self.segs.append(p)
            elif isinstance(p, S):
                self.segs.extend(p.segs)
            else:
                raise TypeError(p)

    @property
    def text(self):
        return "".join(s[0] for s in self.segs)

    def phi(self):
        return any(s[1] for s in self.segs)


class N(object):
    """A bare literal: number, true/false/null (possibly labelled)."""

    def __init__(self, text, cat=None):
        self.text = str(text)
        self.cat = cat

    @property
    def segs(self):
        return [(self.text, self.cat, self.text)]

    def phi(self):
        return self.cat is not None


class A(object):
    def __init__(self, items):
        self.items = [val(i) for i in items]

    def phi(self):
        return any(i.phi() for i in self.items)


class G(object):
    """A nested object (group) of fields."""

    def __init__(self, fields):
        self.fields = fields

    def phi(self):
        return any(f.v.phi() for f in self.fields)


def val(x):
    if isinstance(x, (S, N, A, G)):
        return x
    if isinstance(x, bool):
        return N("true" if x else "false")
    if x is None:
        return N("null")
    if isinstance(x, int):
        return N(str(x))
    if isinstance(x, float):
        return N(repr(x))
    if isinstance(x, str):
        return S(x)
    if isinstance(x, list):
        return A(x)
    raise TypeError(x)


def P(text, cat):
    """labelled string value"""
    return S(L(text, cat))


def PN(text, cat):
    """labelled bare number"""
    return N(text, cat)


class F(object):
    """A field: candidate key names (snake_case) and a value."""

    def __init__(self, names, v, p=1.0):
        self.names = [names] if isinstance(names, str) else list(names)
        self.v = val(v)
        self.p = p
        self._k = None
        self.fixed = False

    def key(self, style="snake"):
        if self._k is None:
            self._k = ch(self.names)
        k = self._k
        if self.fixed or k[:1] in "@$":
            return k
        return case(k, style)


def FX(k, v):
    """field whose key is already final (e.g. flattened)"""
    f = F([k], v)
    f._k = k
    f.fixed = True
    return f


def FXL(pairs):
    return [FX(k, v) for k, v in pairs]


class Ph(object):
    """A placeholder in a message template."""

    def __init__(self, names, v, fmt=None):
        self.names = [names] if isinstance(names, str) else list(names)
        self.v = val(v)
        self.fmt = fmt
        self._k = None

    def key(self, style="pascal"):
        if self._k is None:
            self._k = ch(self.names)
        return case(self._k, style)


def sel(fields):
    """keep optional fields with their probability"""
    return [f for f in fields if f.p >= 1.0 or chance(f.p)]


def pick_keys(fields):
    """choose one key per field, unique within its object; drop fields left without a free key"""
    used = set()
    out = []
    for f in fields:
        free = [n for n in f.names if n not in used]
        if not free:
            continue
        f._k = ch(free)
        used.add(f._k)
        if isinstance(f.v, G):
            f.v.fields = pick_keys(f.v.fields)
        out.append(f)
    return out


class Ev(object):
    def __init__(self, domain, level, msg, fields, err=None):
        self.domain = domain
        self.level = level
        self.msg = msg if isinstance(msg, list) else [msg]
        self.fields = pick_keys(sel(fields))
        self.err = err

    def phi(self):
        return (any(f.v.phi() for f in self.fields)
                or any(isinstance(m, Ph) and m.v.phi() for m in self.msg)
                or (self.err is not None and self.err.phi()))


class Line(object):
    def __init__(self, family):
        self.family = family
        self.segs = []

    def add(self, *items):
        for it in items:
            if isinstance(it, str):
                if it:
                    self.segs.append(T(it))
            elif isinstance(it, tuple):
                self.segs.append(it)
            elif isinstance(it, list):
                self.add(*it)
            elif isinstance(it, S):
                self.segs.extend(it.segs)
            else:
                raise TypeError(it)
        return self

    def build(self):
        b = bytearray()
        spans = []
        for text, cat, raw in self.segs:
            bt = text.encode("utf-8")
            if cat:
                spans.append((len(b), len(b) + len(bt), cat, text, raw))
            b += bt
        return bytes(b), spans


# ----------------------------------------------------------------------------
# escapers (applied per segment; all of them are per-character)
# ----------------------------------------------------------------------------
def esc_json(t, ascii=False, html=False, slash=False, upper=False, stj=False):
    out = []
    for c in t:
        o = ord(c)
        if stj and (c in "\"&'+<>`" or o > 0x7e):
            if o > 0xffff:
                o -= 0x10000
                out.append("\\u%04X\\u%04X" % (0xd800 + (o >> 10), 0xdc00 + (o & 0x3ff)))
            else:
                out.append("\\u%04X" % o)
        elif c == '"':
            out.append('\\"')
        elif c == "\\":
            out.append("\\\\")
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif c == "\t":
            out.append("\\t")
        elif c == "\b":
            out.append("\\b")
        elif c == "\f":
            out.append("\\f")
        elif o < 0x20:
            out.append("\\u%04x" % o)
        elif slash and c == "/":
            out.append("\\/")
        elif html and c in "<>&":
            out.append("\\u%04x" % o)
        elif ascii and o > 0x7f:
            fmt = "\\u%04X" if upper else "\\u%04x"
            if o > 0xffff:
                o -= 0x10000
                out.append((fmt + fmt) % (0xd800 + (o >> 10), 0xdc00 + (o & 0x3ff)))
            else:
                out.append(fmt % o)
        else:
            out.append(c)
    return "".join(out)


def mk_json_esc(**kw):
    return lambda t: esc_json(t, **kw)


E_JSON = mk_json_esc()
E_JSON_ASCII = mk_json_esc(ascii=True)
E_JSON_GO = mk_json_esc(html=True)                # encoding/json default
E_JSON_PHP5 = mk_json_esc(ascii=True, slash=True)  # json_encode() without flags
E_JSON_STJ = mk_json_esc(stj=True)                 # System.Text.Json default encoder


def esc_go(t):
    """strconv.Quote body"""
    out = []
    for c in t:
        o = ord(c)
        if c == '"':
            out.append('\\"')
        elif c == "\\":
            out.append("\\\\")
        elif c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif c == "\r":
            out.append("\\r")
        elif o < 0x20 or o == 0x7f:
            out.append("\\x%02x" % o)
        else:
            out.append(c)
    return "".join(out)


def esc_rust(t):
    """str Debug body"""
    out = []
    for c in t:
        o = ord(c)
        if c == '"':
            out.append('\\"')
        elif c == "\\":
            out.append("\\\\")
        elif c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif c == "\r":
            out.append("\\r")
        elif o < 0x20:
            out.append("\\u{%x}" % o)
        else:
            out.append(c)
    return "".join(out)


def py_quote_char(text):
    return '"' if ("'" in text and '"' not in text) else "'"


def esc_py(t, q):
    out = []
    for c in t:
        if c == "\\":
            out.append("\\\\")
        elif c == q:
            out.append("\\" + q)
        elif c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif ord(c) < 0x20:
            out.append("\\x%02x" % ord(c))
        else:
            out.append(c)
    return "".join(out)


def esc_rb(t):
    """Ruby / Elixir String#inspect body (UTF-8 kept)"""
    out = []
    for i, c in enumerate(t):
        if c == '"':
            out.append('\\"')
        elif c == "\\":
            out.append("\\\\")
        elif c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif c == "#" and t[i + 1:i + 2] == "{":
            out.append("\\#")
        elif ord(c) < 0x20:
            out.append("\\e" if c == "\x1b" else "\\x%02X" % ord(c))
        else:
            out.append(c)
    return "".join(out)


def esc_cs(t):
    """Serilog quoted scalar"""
    return t.replace("\\", "\\\\").replace('"', '\\"')


def esc_id(t):
    return t


def enc(segs, fn):
    return [(fn(t), c, r) for (t, c, r) in segs]


def quoted(segs, fn, q='"', q2=None):
    return [T(q)] + enc(segs, fn) + [T(q2 if q2 is not None else q)]


def segs_text(segs):
    return "".join(s[0] for s in segs)


# ----------------------------------------------------------------------------
# JSON serialisation
# ----------------------------------------------------------------------------
def jv(v, esc=E_JSON, sp=False, ks="snake"):
    v = val(v)
    if isinstance(v, S):
        return quoted(v.segs, esc)
    if isinstance(v, N):
        return v.segs
    if isinstance(v, A):
        out = [T("[")]
        for i, it in enumerate(v.items):
            if i:
                out.append(T(", " if sp else ","))
            out += jv(it, esc, sp, ks)
        out.append(T("]"))
        return out
    if isinstance(v, G):
        return jobj(v.fields, esc, sp, ks)
    raise TypeError(v)


def jobj(pairs, esc=E_JSON, sp=False, ks="snake"):
    """JSON object; fixed (tuple) keys win, fields (F) take another of their
    key names on a clash, or are left out"""
    fixed = set(pr[0] for pr in pairs if not isinstance(pr, F))
    used = set()
    items = []
    for pr in pairs:
        if isinstance(pr, F):
            k = pr.key(ks)
            if k in fixed or k in used:
                alts = [n if pr.fixed else case(n, ks) for n in pr.names]
                alts = [a for a in alts if a not in fixed and a not in used]
                if not alts:
                    continue
                k = alts[0]
            v = pr.v
        else:
            k, v = pr
            assert k not in used, k
        used.add(k)
        items.append((k, v))
    out = [T("{")]
    for i, (k, v) in enumerate(items):
        if i:
            out.append(T(", " if sp else ","))
        out.append(T('"' + esc(k) + '"' + (": " if sp else ":")))
        out += jv(v, esc, sp, ks)
    out.append(T("}"))
    return out


def flatten(fields, ks="snake", sep=".", prefix=""):
    """-> list of (key, value) with groups flattened"""
    out = []
    for f in fields:
        k = prefix + f.key(ks)
        if isinstance(f.v, G):
            out += flatten(f.v.fields, ks, sep, k + sep)
        else:
            out.append((k, f.v))
    return out


# ----------------------------------------------------------------------------
# check digits
# ----------------------------------------------------------------------------
def luhn_digit(payload):
    total = 0
    for i, d in enumerate(reversed(payload)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_T = dict((str(d), d) for d in range(10))
VIN_T.update({"A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
              "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2,
              "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9})
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(v):
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if s == 10 else str(s)


def vin():
    wmi = ch(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "WBA", "KMH", "1G1", "4T1",
              "1C4", "5NP", "JN8", "2HG", "1FM", "3GN", "5FN", "1N4", "WVW", "KNA"])
    vds = "".join(ch(VIN_CH) for _ in range(5))
    v = wmi + vds + "0" + ch("FGHJKLMNPR") + ch("ABCDEFGHKLMNPRSTUVWXYZ0123456789") + digits(6)
    v = v[:8] + vin_check(v) + v[9:]
    assert vin_check(v) == v[8] and len(v) == 17
    return v


def ssn():
    while True:
        a = ri(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, ri(1, 99), ri(1, 9999))


def card():
    kind = ch(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        pre, n = "4" + digits(5), 16
    elif kind == "mc":
        pre, n = "5" + str(ri(1, 5)) + digits(4), 16
    elif kind == "mc2":
        pre, n = str(ri(2221, 2720)) + digits(2), 16
    elif kind == "amex":
        pre, n = ch(["34", "37"]) + digits(4), 15
    else:
        pre, n = "6011" + digits(2), 16
    body = pre + digits(n - 1 - len(pre))
    num = body + luhn_digit(body)
    assert luhn_ok(num)
    st = ch(["plain", "plain", "space", "dash"])
    if st == "plain":
        return num
    sep = " " if st == "space" else "-"
    if n == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def iban():
    cc = ch(["DE", "GB", "FR", "NL", "ES", "IT", "IE", "PT"])
    if cc == "DE":
        bban = digits(8) + digits(10)
    elif cc == "GB":
        bban = ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(6) + digits(8)
    elif cc == "IE":
        bban = ch(["AIBK", "BOFI"]) + digits(6) + digits(8)
    elif cc == "FR":
        bban = digits(5) + digits(5) + alnum(11, "0123456789") + digits(2)
    elif cc == "NL":
        bban = ch(["ABNA", "RABO", "INGB", "TRIO"]) + digits(10)
    elif cc == "ES":
        bban = digits(20)
    elif cc == "PT":
        bban = digits(21)
    else:
        bban = ch("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(10) + alnum(12, "0123456789")
    rearr = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    chk = 98 - int(num) % 97
    ib = cc + "%02d" % chk + bban
    num2 = "".join(str(int(c, 36)) for c in ib[4:] + ib[:4])
    assert int(num2) % 97 == 1
    if chance(0.5):
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib


def nhs_number():
    while True:
        d = [ri(4, 7)] + [ri(0, 9) for _ in range(8)]
        s = sum(x * (10 - i) for i, x in enumerate(d))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c != 10:
            n = "".join(map(str, d)) + str(c)
            return ch([n, "%s %s %s" % (n[:3], n[3:6], n[6:])])


def sin_ca():
    body = str(ch([1, 2, 3, 4, 5, 6, 7, 9])) + digits(7)
    n = body + luhn_digit(body)
    return ch([n, "%s %s %s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:])])


def cpf():
    d = [ri(0, 9) for _ in range(9)]
    r = sum(x * (10 - i) for i, x in enumerate(d)) % 11
    d.append(0 if r < 2 else 11 - r)
    r = sum(x * (11 - i) for i, x in enumerate(d)) % 11
    d.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, d))
    return ch(["%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]), s])


def bsn():
    while True:
        d = [ri(1, 9)] + [ri(0, 9) for _ in range(8)]
        if (sum(x * (9 - i) for i, x in enumerate(d[:8])) - d[8]) % 11 == 0:
            return "".join(map(str, d))


def curp(p):
    g = fold(p.given).upper() + "XX"
    f = fold(p.family).upper().replace(" ", "").replace("-", "") + "XX"
    vowels = [c for c in f[1:] if c in "AEIOU"] + ["X"]
    return (f[0] + vowels[0] + (fold(p.family).upper()[-1:] if False else f[2]) + g[0]
            + p.dob.strftime("%y%m%d") + ch("HM")
            + ch(["DF", "JC", "MC", "NL", "OC", "PL", "VZ", "YN", "GR", "CH"])
            + letters(3, "BCDFGHJKLMNPRSTVZ") + ch("0A") + str(ri(0, 9)))


def passport():
    return ch(["5" + digits(8), "A" + digits(8), "C0" + alnum(7, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"),
               digits(9), ch("JKLMNPRSTUVWZ") + digits(7)])


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    c = [str(ri(1, 9)), ch(MBI_L), ch(MBI_L + "0123456789"), str(ri(0, 9)), ch(MBI_L),
         ch(MBI_L + "0123456789"), str(ri(0, 9)), ch(MBI_L), ch(MBI_L), str(ri(0, 9)), str(ri(0, 9))]
    s = "".join(c)
    return s if chance(0.7) else "%s-%s-%s" % (s[:4], s[4:7], s[7:])


def member_id():
    k = ri(0, 7)
    if k == 0:
        return ch(["XOF", "YRH", "ZGP", "JQU", "XEH", "BCX"]) + digits(9)
    if k == 1:
        return "W" + digits(9)
    if k == 2:
        return digits(9) + ch(["01", "02", "-01", "*00"]).replace("*", "")
    if k == 3:
        return "U" + digits(8) + ch(["", " 01", "01"])
    if k == 4:
        return "H" + digits(8)
    if k == 5:
        return "M" + digits(10)
    if k == 6:
        return alnum(3, "ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(6) + alnum(2, "0123456789")
    return "8" + digits(2) + "-" + digits(6) + "-" + digits(2)


def medicaid_id(state):
    if state == "CA":
        return "9" + digits(7) + ch("ABCDEFGH")
    if state == "NY":
        return letters(2) + digits(5) + letters(1)
    if state == "TX":
        return "5" + digits(8)
    if state == "FL":
        return digits(10)
    return ch([digits(10), digits(12), letters(2) + digits(8), "1" + digits(10)])


def dl_number(state):
    L1 = ch("ABCDEFGHJKLMNPRSTVWY")
    f = {
        "CA": lambda: L1 + digits(7),
        "NY": lambda: ch([digits(9), "%s %s %s" % (digits(3), digits(3), digits(3))]),
        "FL": lambda: "%s%s-%s-%s-%s-%s" % (L1, digits(3), digits(3), digits(2), digits(3), digits(1)),
        "TX": lambda: digits(8),
        "IL": lambda: "%s%s-%s-%s" % (L1, digits(3), digits(4), digits(4)),
        "WA": lambda: "WDL" + alnum(9, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"),
        "MA": lambda: "S" + digits(8),
        "AZ": lambda: L1 + digits(8),
        "MI": lambda: "%s %s %s %s %s" % (L1, digits(3), digits(3), digits(3), digits(3)),
        "NJ": lambda: "%s%s %s %s" % (L1, digits(4), digits(5), digits(5)),
        "OH": lambda: letters(2) + digits(6),
        "HI": lambda: "H" + digits(8),
        "NM": lambda: digits(9),
        "GA": lambda: digits(9),
        "MN": lambda: L1 + digits(12),
        "CO": lambda: "%s-%s-%s" % (digits(2), digits(3), digits(4)),
    }.get(state, lambda: ch([digits(9), L1 + digits(8), digits(7)]))
    return f()


def plate(state):
    k = ri(0, 4)
    if state == "CA" or k == 0:
        return str(ri(1, 9)) + letters(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(3)
    if k == 1:
        return letters(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + "-" + digits(4)
    if k == 2:
        return letters(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + " " + digits(3)
    if k == 3:
        return digits(3) + " " + letters(3, "ABCDEFGHJKLMNPRSTVWXYZ")
    return str(ri(1, 9)) + letters(2, "ABCDEFGHJKLMNPRSTVWXYZ") + str(ri(1, 9)) + digits(3)


def dea(clin_family):
    first = ch("ABFGM")
    d = [ri(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + fold(clin_family)[:1].upper() + "".join(map(str, d)) + str(c)


def npi():
    body = ch("12") + digits(8)
    return body + luhn_digit("80840" + body)


def imei():
    body = ch(["35", "35", "86", "01", "99"]) + digits(12)
    return body + luhn_digit(body)


OUIS = ["00:1B:63", "3C:22:FB", "F0:18:98", "A4:83:E7", "DC:A6:32", "B8:27:EB", "00:04:A3",
        "40:4C:CA", "24:0A:C4", "E0:E2:E6", "70:B3:D5", "00:0B:57", "8C:85:90", "F4:F5:D8"]


def mac():
    m = ch(OUIS) + ":" + ":".join("%02X" % ri(0, 255) for _ in range(3))
    st = ri(0, 3)
    if st == 0:
        return m.lower()
    if st == 1:
        return m.replace(":", "-")
    if st == 2:
        h = m.replace(":", "").lower()
        return "%s.%s.%s" % (h[:4], h[4:8], h[8:])
    return m


def gs1_check(body):
    s = 0
    for i, d in enumerate(reversed(body)):
        s += int(d) * (3 if i % 2 == 0 else 1)
    return str((10 - s % 10) % 10)


def udi():
    g = "0" + ch(["0884521", "0643169", "0381780", "0888937", "0811229", "0840155"]) + digits(5)
    g = g + gs1_check(g)
    exp = "%02d%02d%02d" % (ri(25, 29), ri(1, 12), ri(1, 28))
    if chance(0.5):
        return "(01)%s(17)%s(10)%s(21)%s" % (g, exp, alnum(6), alnum(8))
    return "01%s17%s10%s21%s" % (g, exp, alnum(6), alnum(8))


def dev_serial(kind):
    return {
        "pump": lambda: ch(["NG", "HG", "PM"]) + digits(7) + ch("HKL"),
        "cgm": lambda: ch(["8", "4"]) + alnum(5, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"),
        "pacemaker": lambda: ch(["PJN", "RNB", "BLM", "CAA"]) + digits(6) + ch(["S", "H", ""]),
        "cpap": lambda: "2" + digits(10),
        "bpcuff": lambda: "BP7-" + alnum(4) + "-" + alnum(5),
        "glucometer": lambda: ch(["GMX", "ACU", "ONT"]) + "-" + alnum(4) + "-" + alnum(6),
        "hearing": lambda: "%s%s" % (digits(2), digits(7)),
        "scale": lambda: "WS" + hexs(10, True),
    }[kind]()


PUB_FIRST = [24, 47, 50, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98,
             99, 104, 107, 108, 136, 142, 159, 162, 166, 173, 174, 184, 208, 209]


def pub_ip():
    return "%d.%d.%d.%d" % (ch(PUB_FIRST), ri(0, 255), ri(0, 255), ri(1, 254))


def pub_ip6():
    pre = ch(["2601:%x:%x" % (ri(0x100, 0x6ff), ri(0x100, 0xffff)), "2600:1700:%x" % ri(0x1000, 0xffff),
              "2607:fb90:%x" % ri(0x1000, 0xffff), "2603:%x:%x" % (ri(0x3000, 0x9fff), ri(0x100, 0xffff))])
    return pre + ":%x:%x::%x" % (ri(0, 0xffff), ri(0, 0xffff), ri(1, 0xffff))


def priv_ip():
    k = ri(0, 5)
    if k == 0:
        return "10.%d.%d.%d" % (ri(0, 255), ri(0, 255), ri(1, 254))
    if k == 1:
        return "172.%d.%d.%d" % (ri(16, 31), ri(0, 255), ri(1, 254))
    if k == 2:
        return "192.168.%d.%d" % (ri(0, 255), ri(1, 254))
    if k == 3:
        return ch(["127.0.0.1", "::1", "0.0.0.0"])
    if k == 4:
        return ch(["203.0.113.", "198.51.100.", "192.0.2."]) + str(ri(1, 254))
    return "10.%d.%d.%d" % (ri(0, 40), ri(0, 255), ri(1, 254))


def fold(s):
    sp = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D", "ı": "i", "æ": "ae"}
    s = "".join(sp.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ----------------------------------------------------------------------------
# people, places, organisations
# ----------------------------------------------------------------------------
GIVEN = ["James", "Mary", "Robert", "Patricia", "Michael", "Linda", "DeShawn", "Latoya", "Tyrone",
         "Imani", "Jamal", "Keisha", "José", "María José", "Juan Carlos", "Guadalupe", "Ximena",
         "Joaquín", "Itzel", "Yesenia", "Alejandro", "Dolores", "Wei", "Xiaoling", "Zhiwei",
         "Mei-Ling", "Hiroshi", "Yuki", "Haruto", "Ji-woo", "Seo-yeon", "Min-jun", "Thi Lan", "Minh",
         "Quang", "Hương", "Priya", "Arjun", "Lakshmi", "Venkata Ramana", "Sanjay", "Deepika",
         "Gurpreet", "Mohammed", "Fatima", "Aisha", "Omar", "Yusuf", "Leila", "Abdirahman", "Hodan",
         "Zoë", "Chloé", "Renée", "François", "Björn", "Søren", "Małgorzata", "Wojciech", "Dmitri",
         "Svetlana", "Oksana", "Kwame", "Ama", "Nkechi", "Chukwuemeka", "Oluwaseun", "Tariq",
         "Siobhán", "Niamh", "Aoife", "Seamus", "Tevita", "Keanu", "Leilani", "Kai", "Ayelet",
         "Moshe", "Esther", "Rivka", "Dakota", "Winona", "Cheyenne", "Grace", "Hope", "Faith", "Will",
         "Rose", "Summer", "April", "June", "Joy", "Mark", "Bill", "Hunter", "Crystal", "Dawn",
         "Autumn", "River", "Chance", "Precious", "Destiny", "Sunny", "Bob", "Sandy", "Pat", "Gloria",
         "Eleanor", "Harold", "Mildred", "Walter", "Dorothy", "Eugene", "Agnes", "Bernard", "Opal",
         "Thaddeus", "Ngozi", "Anh", "Bảo", "Nils", "Inês", "João", "Conceição", "Émilie", "Anaïs",
         "Kateřina", "Jiří", "Zsófia", "Ágnes", "Mehmet", "Ayşe", "Nikolaos", "Eleni", "Giuseppe",
         "Chiara", "Sione", "Mele", "Tsering", "Pema", "Amani", "Baraka", "Jo Ann", "Mary Kate",
         "Billy Ray", "Shaquille", "Marisol", "Rocío", "Nayeli", "Talulah", "Ezekiel", "Bartholomew"]

FAMILY = ["Smith", "Johnson", "Williams", "Brown", "Young", "King", "Green", "Black", "White",
          "Price", "Little", "Long", "Rich", "Love", "Cash", "Bird", "Fox", "Wolf", "Hill", "Stone",
          "Baker", "Mason", "Page", "Church", "Winter", "Day", "Sterling", "Strong", "Bush", "Moody",
          "García Márquez", "Hernández-López", "de la Cruz", "Ramírez", "Gutiérrez", "Nguyễn",
          "Trần", "Phạm", "Lê", "Wang", "Zhang", "Liu", "Chen", "Ng", "Kim", "Park", "Choi", "Lee",
          "Tanaka", "Watanabe", "Okonkwo", "Adeyemi", "Mensah", "Boateng", "Abdullah", "Al-Hashimi",
          "El-Amin", "Patel", "Venkataraman", "Subramanian", "Iyer", "Chatterjee", "Singh", "Kaur",
          "Müller", "Schröder", "Großmann", "van der Berg", "Van Buren", "de Vries", "O'Brien",
          "O'Connor", "McAllister", "MacDonald", "Kowalski", "Wójcik", "Brzęczyszczykiewicz",
          "Ivanova", "Petrov", "Kovačević", "Yılmaz", "Öztürk", "Papadopoulos", "Nakamura-Reyes",
          "Smith-Johnson", "Running Bear", "Yazzie", "Begay", "Kealoha", "Kahananui", "Fa'alogo",
          "Tuiasosopo", "Dela Cruz", "Santos", "Gonçalves", "Ferreira", "Silva", "Jean-Baptiste",
          "Pierre-Louis", "Saint-Fleur", "Cohen", "Levi", "Friedman", "Haddad", "Khoury", "Nasser",
          "Ali", "Hussain", "Rahman", "Chowdhury", "D'Angelo", "Di Stefano", "Lo Bianco",
          "Abernathy-Ruiz", "St. Clair", "Ó Súilleabháin", "Nowak", "Horváth", "Novák", "Dvořák",
          "Andersen", "Johansson", "Virtanen", "Mahlangu", "Dlamini", "Osei", "Tesfaye", "Bekele",
          "Gebremedhin", "Hakimi", "Rostami", "Karimi", "Yamamoto-Chen", "Ruiz de Alarcón",
          "Vásquez Ortiz", "Le Blanc", "Thibodeaux", "Fontenot", "Broussard", "Tsosie", "Whitehorse",
          "Goodnight", "Wise", "Sweet", "Frost", "Hale", "Ward", "Marsh", "Knight", "Summers"]

STREET_NAMES = ["Maple", "Oak", "Cedar", "Elm", "Washington", "Lincoln", "Martin Luther King Jr",
                "César Chávez", "Peachtree", "Mission", "Bayou", "Kamehameha", "Old Mill", "Sycamore",
                "Pine Ridge", "Lakeshore", "Mockingbird", "Division", "Grand", "Euclid", "Cermak",
                "Avenida del Sol", "Shady Grove", "Bell", "Orchard", "Harbor View", "Prospect",
                "Magnolia", "Juniper", "Calle Ocho", "Navajo", "Ala Moana", "Cottonwood", "Hollis",
                "Kingsbridge", "Pulaski", "Dorchester", "Flatbush", "Telegraph", "Rio Grande", "Spring"]
STREET_SUF = ["St", "Ave", "Blvd", "Rd", "Dr", "Ln", "Ct", "Way", "Pl", "Ter", "Pkwy", "Cir",
              "Street", "Avenue", "Road", "Drive", "Loop", "Trail"]
UNITS = ["Apt 4B", "Apt 12", "Unit 7", "#305", "Apt. 2R", "Lot 17", "Trlr 3", "Bldg 2 Apt 110",
         "Apt 1F", "Fl 3", "Unit B", "Rm 14"]

CITIES = [("Springfield", "IL", "627", "Sangamon"), ("Tucson", "AZ", "857", "Pima"),
          ("Worcester", "MA", "016", "Worcester"), ("Dearborn", "MI", "481", "Wayne"),
          ("El Paso", "TX", "799", "El Paso"), ("Flushing", "NY", "113", "Queens"),
          ("Hialeah", "FL", "330", "Miami-Dade"), ("Anchorage", "AK", "995", "Anchorage"),
          ("Honolulu", "HI", "968", "Honolulu"), ("Gallup", "NM", "873", "McKinley"),
          ("Fargo", "ND", "581", "Cass"), ("Coeur d'Alene", "ID", "838", "Kootenai"),
          ("St. Louis", "MO", "631", "St. Louis"), ("Winston-Salem", "NC", "271", "Forsyth"),
          ("Española", "NM", "875", "Rio Arriba"), ("Cañon City", "CO", "812", "Fremont"),
          ("San José", "CA", "951", "Santa Clara"), ("Lafayette", "LA", "705", "Lafayette"),
          ("Minneapolis", "MN", "554", "Hennepin"), ("Brooklyn", "NY", "112", "Kings"),
          ("Lowell", "MA", "018", "Middlesex"), ("Paterson", "NJ", "075", "Passaic"),
          ("Chula Vista", "CA", "919", "San Diego"), ("Yakima", "WA", "989", "Yakima"),
          ("Window Rock", "AZ", "865", "Apache"), ("Hartford", "CT", "061", "Hartford"),
          ("Portland", "ME", "041", "Cumberland"), ("Savannah", "GA", "314", "Chatham"),
          ("Kalamazoo", "MI", "490", "Kalamazoo"), ("Sioux Falls", "SD", "571", "Minnehaha"),
          ("Laredo", "TX", "780", "Webb"), ("Fresno", "CA", "937", "Fresno"),
          ("Providence", "RI", "029", "Providence"), ("Burlington", "VT", "054", "Chittenden"),
          ("Wheeling", "WV", "260", "Ohio"), ("Hilo", "HI", "967", "Hawaii"),
          ("Biloxi", "MS", "395", "Harrison"), ("Toledo", "OH", "436", "Lucas"),
          ("Boise", "ID", "837", "Ada"), ("Miami", "FL", "331", "Miami-Dade"),
          ("Houston", "TX", "770", "Harris"), ("Chicago", "IL", "606", "Cook")]

AREA = [201, 202, 206, 212, 213, 214, 215, 216, 231, 248, 301, 303, 305, 312, 313, 314, 317, 347,
        404, 405, 412, 415, 469, 480, 503, 505, 508, 512, 520, 602, 608, 614, 617, 619, 626, 646,
        701, 702, 704, 713, 718, 720, 734, 773, 786, 801, 808, 813, 832, 907, 915, 916, 919, 929,
        956, 971, 978]

EMAIL_DOM = ["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com",
             "aol.com", "comcast.net", "proton.me", "att.net", "verizon.net", "live.com", "msn.com",
             "sbcglobal.net", "ymail.com", "me.com", "protonmail.com", "bellsouth.net"]

ORGS = [("Mercy Valley Regional Medical Center", "2200 Hospital Blvd", "Springfield", "IL", "62701"),
        ("St. Brigid's Hospital", "1 Brigid Plaza", "Lowell", "MA", "01852"),
        ("Lakeshore Community Health", "450 N Lakeshore Dr", "Chicago", "IL", "60611"),
        ("Riverbend Pediatrics", "88 Riverbend Pkwy Ste 210", "Boise", "ID", "83706"),
        ("Northgate Family Clinic", "7301 Northgate Way", "Fargo", "ND", "58102"),
        ("Sunrise Dialysis Partners", "15 Sunrise Ct", "Tucson", "AZ", "85719"),
        ("Cascade Orthopedics", "901 Cascade Ave Suite 400", "Yakima", "WA", "98902"),
        ("Harbor Behavioral Health", "3 Harbor View Rd", "Savannah", "GA", "31401"),
        ("Desert Sky Imaging", "4410 E Broadway Blvd", "Tucson", "AZ", "85711"),
        ("Kamaʻāina Health Center", "1301 Punchbowl St", "Honolulu", "HI", "96813")]
PAYERS = [("Blue Cross Blue Shield of Illinois", "00621"), ("Aetna", "60054"),
          ("UnitedHealthcare", "87726"), ("Cigna", "62308"), ("Humana", "61101"),
          ("Medicare Part B (Noridian)", "01112"), ("Medi-Cal", "610442"),
          ("Molina Healthcare", "20554"), ("Kaiser Permanente", "94134"), ("Ambetter", "68069"),
          ("TRICARE East", "99726"), ("Anthem BCBS", "00265")]
PHARMACIES = ["CVS Pharmacy #04412", "Walgreens #10293", "Rite Aid #3381", "Kroger Pharmacy 514",
              "Costco Pharmacy #692", "Walmart Pharmacy 10-1147", "H-E-B Pharmacy #77"]
FACILITY_CODES = ["MVRMC", "MVRMC-ED", "SBH-3W", "LCH-NORTH", "RBP-01", "NFC", "SDP-TUC", "CO-YAK",
                  "HBH", "DSI-02", "MV-ONC", "MV-L&D"]
DEPTS = ["Cardiology", "ED", "Oncology", "L&D", "Ortho", "Behavioral Health", "Nephrology",
         "Radiology", "Primary Care", "Pediatrics", "Endocrinology", "Pulmonology"]
RELATIONS = ["spouse", "mother", "father", "daughter", "son", "sister", "brother", "guardian",
             "partner", "grandmother", "niece", "friend"]

_SEEN_MRN = set()


def mrn():
    k = ri(0, 9)
    if k == 0:
        s = "E%07d" % ri(1000000, 9999999)
    elif k == 1:
        s = "%08d" % ri(10000000, 99999999)
    elif k == 2:
        s = "MRN%09d" % ri(1, 999999999)
    elif k == 3:
        s = "A%08d" % ri(1, 99999999)
    elif k == 4:
        s = "MV%07d" % ri(1, 9999999)
    elif k == 5:
        s = "00%08d" % ri(1, 99999999)
    elif k == 6:
        s = "PT-%06d" % ri(1, 999999)
    elif k == 7:
        s = "%d-%02d-%02d" % (ri(100, 999), ri(0, 99), ri(0, 99))
    elif k == 8:
        s = str(ri(1000000, 9999999))
    else:
        s = "Z" + digits(3) + letters(1) + digits(4)
    return s


def phone(style=None):
    a = ch(AREA)
    while True:
        e = ri(200, 999)
        if e % 100 != 11 and e != 555:
            break
    n = ri(0, 9999)
    st = style if style is not None else ri(0, 9)
    if st in (0, 1):
        return "(%d) %d-%04d" % (a, e, n)
    if st in (2, 3):
        return "%d-%d-%04d" % (a, e, n)
    if st == 4:
        return "%d.%d.%04d" % (a, e, n)
    if st == 5:
        return "%d%d%04d" % (a, e, n)
    if st == 6:
        return "+1 %d %d %04d" % (a, e, n)
    if st == 7:
        return "+1%d%d%04d" % (a, e, n)
    if st == 8:
        return "1-%d-%d-%04d" % (a, e, n)
    return "+1 (%d) %d-%04d" % (a, e, n)


def org_phone():
    return ch(["1-800-%d-%04d" % (ri(200, 999), ri(0, 9999)), "(888) %d-%04d" % (ri(200, 999), ri(0, 9999)),
               "877-%d-%04d" % (ri(200, 999), ri(0, 9999)), phone(ri(0, 4)), "+1 866 %d %04d" % (ri(200, 999), ri(0, 9999))])


def street():
    s = "%d %s%s %s" % (ri(1, 19999), ch(["", "", "", "N ", "S ", "E ", "W ", "NE ", "SW "]),
                        ch(STREET_NAMES), ch(STREET_SUF))
    r = R.random()
    if r < 0.06:
        return "PO Box %d" % ri(10, 99999)
    if r < 0.09:
        return "%s %d Box %d" % (ch(["RR", "HC"]), ri(1, 80), ri(1, 999))
    if r < 0.45:
        s += " " + ch(UNITS)
    return s


def zip_for(z3):
    z = z3 + "%02d" % ri(0, 99)
    return z + "-%04d" % ri(1, 9999) if chance(0.2) else z


def email_for(given, family):
    g = "".join(c for c in fold(given).lower() if c.isalnum())
    f = "".join(c for c in fold(family).lower() if c.isalnum())
    k = ri(0, 7)
    loc = [g + "." + f, g[0] + f + str(ri(1, 99)), f + "." + g + str(ri(1950, 2005)),
           g + f, g + "_" + f[:4] + str(ri(10, 999)), ch(["sunflower", "bluejay", "tacoma", "mama", "papa",
                                                            "gigi", "nana", "coach", "rn", "djay"]) + g[:3] + str(ri(1, 9999)),
           g[0] + "." + f, g + str(ri(1, 999))][k]
    return loc + "@" + ch(EMAIL_DOM)


def age_on(dob, d=TODAY):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


class Person(object):
    def __init__(self, old=False, minor=False):
        self.given = ch(GIVEN)
        self.family = ch(FAMILY)
        self.middle = ch(GIVEN) if chance(0.3) else None
        if old:
            y = ri(1921, 1933)
        elif minor:
            y = ri(2008, 2021)
        else:
            y = ri(1936, 2004)
        self.dob = dt.date(y, ri(1, 12), ri(1, 28))
        self.age = age_on(self.dob)
        self.sex = ch(["F", "M", "F", "M", "U", "X"])
        c = ch(CITIES)
        self.city, self.state, z3, self.county = c
        self.zip = zip_for(z3)
        self.street = street()
        self.phone = phone()
        self.mobile = phone()
        self.email = email_for(self.given, self.family)
        self.ssn = ssn() if chance(0.85) else ssn().replace("-", "")
        self.mrn = mrn()

    def full(self, style=None):
        st = style if style is not None else ri(0, 9)
        g, f = self.given, self.family
        if st <= 3:
            return "%s %s" % (g, f)
        if st == 4 and self.middle:
            return "%s %s %s" % (g, self.middle, f)
        if st == 5:
            return "%s, %s" % (f, g)
        if st == 6:
            return "%s, %s" % (f.upper(), g.upper())
        if st == 7 and self.middle:
            return "%s %s. %s" % (g, self.middle[0], f)
        if st == 8:
            return "%s %s" % (g.upper(), f.upper())
        return "%s %s" % (g, f)


class Clin(object):
    """clinician (never labelled)"""

    def __init__(self):
        self.given = ch(GIVEN)
        self.family = ch(FAMILY)
        self.cred = ch(["MD", "DO", "NP", "PA-C", "RN", "MD", "DPM", "PharmD", "CNM"])
        self.npi = npi()
        self.dea = dea(self.family)

    def name(self):
        k = ri(0, 4)
        if k == 0:
            return "Dr. %s %s" % (self.given, self.family)
        if k == 1:
            return "%s %s, %s" % (self.given, self.family, self.cred)
        if k == 2:
            return "%s, %s %s" % (self.family, self.given, self.cred)
        if k == 3:
            return "Dr. %s" % self.family
        return "%s %s" % (self.given, self.family)

    def user(self):
        g = "".join(c for c in fold(self.given).lower() if c.isalpha())
        f = "".join(c for c in fold(self.family).lower() if c.isalpha())
        return ch([g[0] + f, g + "." + f, f + g[0], "dr." + f, self.cred.lower().replace("-", "") + "." + f[:8],
                   "%s%s%02d" % (g[0], f[:6], ri(1, 99))])


def staff_user():
    if chance(0.5):
        return Clin().user()
    return ch(["svc-intake", "svc_hl7_ingest", "SYSTEM", "epic_bca", "mirth", "batch01", "interface_engine",
               "scheduler-bot", "etl_nightly", "portal-api", "admin", "u%05d" % ri(10000, 99999),
               "registrar%02d" % ri(1, 30), "kiosk-%02d" % ri(1, 12), "NT AUTHORITY\\SYSTEM",
               "CORP\\svc_sqlagent", "root", "www-data"])


def fmt_date(d, st=None):
    st = st if st is not None else ri(0, 11)
    if st <= 3:
        return d.isoformat()
    if st == 4:
        return d.strftime("%m/%d/%Y")
    if st == 5:
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if st == 6:
        return d.strftime("%Y%m%d")
    if st == 7:
        return d.strftime("%d.%m.%Y")
    if st == 8:
        return d.strftime("%b %d, %Y").replace(" 0", " ")
    if st == 9:
        return d.strftime("%d-%b-%Y").upper()
    if st == 10:
        return d.strftime("%B %d, %Y").replace(" 0", " ")
    return d.strftime("%Y/%m/%d")


def rand_date(a, b):
    a = a.toordinal()
    b = b.toordinal()
    return dt.date.fromordinal(ri(a, b))


def fmt_dtm(t, st=None):
    st = st if st is not None else ri(0, 7)
    if st <= 1:
        return t.strftime("%Y-%m-%dT%H:%M:00") + ch(["-04:00", "-05:00", "Z", ""])
    if st == 2:
        return t.strftime("%Y-%m-%d %H:%M")
    if st == 3:
        return t.strftime("%m/%d/%Y %I:%M %p")
    if st == 4:
        return t.strftime("%Y%m%d%H%M")
    if st == 5:
        return t.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    if st == 6:
        return t.strftime("%a %b %d %Y %H:%M")
    return t.strftime("%d/%m/%Y %H:%M")


def rand_dtm(a, b):
    d = rand_date(a, b)
    return dt.datetime(d.year, d.month, d.day, ri(6, 20), ch([0, 15, 30, 45, ri(0, 59)]))


# ----------------------------------------------------------------------------
# field helpers
# ----------------------------------------------------------------------------
def f_trace():
    k = ri(0, 5)
    if k == 0:
        return F(["trace_id", "traceid", "otel_trace_id"], hexs(32))
    if k == 1:
        return F(["request_id", "req_id", "x_request_id"], uuid4())
    if k == 2:
        return F(["correlation_id", "corr_id", "cid"], uuid4())
    if k == 3:
        return F(["dd_trace_id"], N(str(ri(10 ** 17, 9 * 10 ** 18))))
    if k == 4:
        return F(["span_id", "parent_span_id"], hexs(16))
    return F(["request_id", "rid"], ch([ulid(), hexs(16), "req-" + b64url(9)]))


def f_dur():
    k = ri(0, 4)
    if k == 0:
        return F(["duration_ms", "elapsed_ms", "took_ms", "latency_ms"], N(ch([str(ri(1, 4000)), "%.2f" % (R.random() * 900)])))
    if k == 1:
        return F(["duration", "elapsed", "latency"], ch(["%.3fms" % (R.random() * 300), "%dms" % ri(1, 5000),
                                                        "%.4fs" % (R.random() * 4), "%dµs" % ri(10, 999)]))
    if k == 2:
        return F(["took", "time_taken"], N("%.3f" % (R.random() * 2)))
    if k == 3:
        return F(["db_ms", "query_ms"], N("%.1f" % (R.random() * 120)))
    return F(["attempt", "retry", "tries"], N(str(ri(1, 5))))


def f_staff():
    return F(["user", "actor", "performed_by", "operator", "username", "clerk", "updated_by", "login"], staff_user())


def f_fac():
    return F(["facility", "facility_code", "location", "site", "dept"], ch(FACILITY_CODES + DEPTS))


def f_clin():
    c = Clin()
    k = ri(0, 3)
    if k == 0:
        return F(["provider", "attending", "ordering_provider", "pcp", "rendering_provider", "clinician"], c.name())
    if k == 1:
        return F(["provider_npi", "npi", "rendering_npi", "billing_npi"], c.npi)
    if k == 2:
        return F(["provider", "attending"], G([F(["name", "display"], c.name()), F(["npi"], c.npi)]))
    return F(["nurse", "rn", "assigned_nurse", "case_manager"], c.name())


def f_ver():
    return ch([F(["version", "app_version", "svc_version"], "%d.%d.%d" % (ri(0, 9), ri(0, 40), ri(0, 99))),
               F(["build", "build_number", "build_id"], N(str(ri(1000, 99999)))),
               F(["commit", "git_sha", "rev"], hexs(ch([7, 12, 40])))])


def f_env():
    return F(["env", "environment", "stage"], ch(["prod", "production", "staging", "uat", "prd-east"]))


def noise(n=None):
    n = ri(1, 3) if n is None else n
    pool = [f_trace, f_trace, f_dur, f_staff, f_fac, f_ver, f_env, f_clin]
    return [ch(pool)() for _ in range(n)]


def name_fs(p, prefix="patient", together=None, pp=1.0):
    tog = chance(0.6) if together is None else together
    if tog:
        names = [prefix + "_name", "name", "full_name", "display_name"] if prefix else ["name", "full_name"]
        if prefix == "patient":
            names += ["pt_name", "patient"]
        return [F(names, P(p.full(), "name"), pp)]
    pre = prefix + "_" if prefix else ""
    fs = [F([pre + "first_name", "first_name", "given_name", "fname", "first"], P(p.given, "name"), pp),
          F([pre + "last_name", "last_name", "family_name", "surname", "lname"], P(p.family, "name"), pp)]
    if p.middle and chance(0.4):
        fs.insert(1, F(["middle_name", "mname", "middle"], P(p.middle, "name"), pp))
    return fs


def zip_val(z):
    if "-" not in z and not z.startswith("0") and chance(0.25):
        return PN(z, "zip")
    return P(z, "zip")


def addr_s(p, with_county=False):
    """one-line address as a value"""
    parts = [L(p.street, "address"), ", ", L(p.city, "address")]
    if with_county:
        parts += [", ", L(p.county + " County", "address")]
    parts += [", " + p.state + " ", L(p.zip, "zip")]
    if chance(0.3):
        parts = [L(p.street, "address"), " ", L(p.city, "address"), " " + p.state + " ", L(p.zip, "zip")]
    return S(*parts)


def addr_fs(p, mode=None, prefix=""):
    mode = mode if mode is not None else ri(0, 2)
    if mode == 0:
        return [F([prefix + "address", "home_address", "addr", "address"], addr_s(p, chance(0.15)))]
    fs = [F(["street", "address_line1", "addr1", "line1", "street_address"], P(p.street, "address")),
          F(["city", "town", "locality"], P(p.city, "address")),
          F(["state", "st", "region"], p.state),
          F(["zip", "postal_code", "zip_code", "zipcode", "postcode"], zip_val(p.zip))]
    if chance(0.2):
        fs.insert(2, F(["county", "county_name"], P(p.county, "address")))
    if mode == 1:
        return fs
    return [F([prefix + "address", "home_address", "addr", "address", "residence"], G(fs))]


def dob_f(p, names=None):
    return F(names or ["dob", "birth_date", "date_of_birth", "birthdate", "pt_dob"], P(fmt_date(p.dob), "date"))


def mrn_f(p, names=None, pp=1.0):
    return F(names or ["mrn", "patient_mrn", "medical_record_number", "mrn_id", "patient_id", "pid", "chart_number"],
             P(p.mrn, "mrn"), pp)


def phone_f(ph, names=None, pp=1.0):
    return F(names or ["phone", "phone_number", "home_phone", "mobile", "cell", "contact_phone", "msisdn"],
             P(ph, "phone"), pp)


def email_f(e, names=None, pp=1.0):
    return F(names or ["email", "email_address", "contact_email", "patient_email", "to"], P(e, "email"), pp)


def age_v(a):
    return PN(str(a), "age") if a > 89 else N(str(a))


def age_f(p, pp=1.0):
    if p.age > 89:
        return F(["age", "age_years", "patient_age", "age_at_visit"], PN(str(p.age), "age"), pp)
    return F(["age", "age_years", "patient_age"], N(str(p.age)), pp)


def enc_no():
    return ch(["ENC" + digits(9), "V" + digits(8), digits(10), "CSN " + digits(9), "VN" + digits(7)])


def claim_no():
    return ch(["CLM" + digits(10), "2024%s%s" % (digits(3), digits(8)), "ICN-" + digits(13), "CL-" + alnum(8)])


def order_no():
    return ch(["ORD-" + digits(7), "O" + digits(9), "RX" + digits(7), "ACC" + digits(8), "%d-%s" % (ri(24, 24), digits(6))])


def aba():
    while True:
        d = [ri(0, 9) for _ in range(8)]
        d[0] = ch([0, 1, 2, 3])
        c = (-(3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5]))) % 10
        s = "".join(map(str, d)) + str(c)
        if s[:2] in ("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                     "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32"):
            return s


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
       "MyChart/10.6.2 (iPhone; iOS 17.4.1)", "okhttp/4.12.0", "MercyValleyApp/3.18.0 (Android 13; Pixel 7)",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15"]
PORTAL_HOSTS = ["portal.mercyvalleyhealth.org", "mychart.stbrigids.org", "my.lakeshorehealth.com",
                "patients.northgateclinic.com", "app.riverbendpeds.org"]


def pk_url(p, kind=None):
    """a URL identifying the patient"""
    k = kind if kind is not None else ri(0, 6)
    h = ch(PORTAL_HOSTS)
    if k == 0:
        return "https://%s/api/v2/patients/%s/documents?type=%s" % (h, p.mrn, ch(["ccd", "ccda", "pdf", "discharge"]))
    if k == 1:
        return "https://%s/mychart/Billing/Details?acct=%s&mrn=%s" % (h, digits(9), p.mrn)
    if k == 2:
        return "https://www.facebook.com/%s.%s.%d" % (fold(p.given).lower().replace(" ", ""),
                                                      fold(p.family).lower().replace(" ", "").replace("'", ""), ri(1, 9999))
    if k == 3:
        return "https://www.linkedin.com/in/%s-%s-%s" % (fold(p.given).lower().replace(" ", "-"),
                                                         fold(p.family).lower().replace(" ", "-").replace("'", ""), hexs(8))
    if k == 4:
        return "https://instagram.com/%s_%s%d" % (fold(p.given).lower().replace(" ", ""),
                                                  fold(p.family).lower().replace(" ", "").replace("'", ""), ri(70, 99))
    if k == 5:
        return "https://%s/fhir/R4/Patient/%s/$everything" % (h, p.mrn)
    return "https://cdn.%s/avatars/%s.jpg" % (h.split(".", 1)[1], p.mrn)


def face_image(raw=False):
    if chance(0.7):
        head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00"
        mime = "image/jpeg"
    else:
        head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x02\x00\x00\x00"
        mime = "image/png"
    data = base64.b64encode(head + rbytes(ri(180, 900))).decode()
    if raw or chance(0.3):
        return data
    return "data:%s;base64,%s" % (mime, data)


def bio_template(mod):
    if mod == "finger":
        return base64.b64encode(b"FMR\x00 20\x00\x00" + rbytes(ri(150, 420))).decode()
    if mod == "face":
        fl = struct.pack("<%df" % 128, *[(R.random() - 0.5) * 0.3 for _ in range(128)])
        return base64.b64encode(fl).decode()
    if mod == "iris":
        return rbytes(ri(96, 160)).hex()
    if mod == "palm":
        return base64.b64encode(b"PV01" + rbytes(ri(200, 380))).decode()
    return base64.b64encode(b"VPRT" + rbytes(ri(220, 480))).decode()


def hl7_pid(p, sep):
    """PID segment pieces; returns list of parts for S()"""
    fam, giv = p.family.upper(), p.given.upper()
    parts = ["PID|1||", L(p.mrn, "mrn"), "^^^%s^MR" % ch(["MVRMC", "SBH", "LCH", "EPI"])]
    if chance(0.4):
        parts += ["~", L(p.ssn, "ssn"), "^^^SSA^SS"]
    parts += ["||", L(fam, "name"), "^", L(giv, "name")]
    if p.middle and chance(0.5):
        parts += ["^", L(p.middle.upper(), "name")]
    parts += ["||", L(p.dob.strftime("%Y%m%d"), "date"), "|%s|||" % p.sex[0]]
    parts += [L(p.street.upper(), "address"), "^^", L(p.city.upper(), "address"), "^%s^" % p.state,
              L(p.zip, "zip"), "^USA^H||"]
    ph = phone(ch([0, 5, 2]))
    parts += [L(ph, "phone"), "^PRN^PH|||%s|%s|" % (ch(["M", "S", "W", "D"]), ch(["CAT", "BAP", "NON", "MUS"]))]
    return parts


def hl7_msg(p, sep):
    c = Clin()
    mt = ch(["ADT^A04", "ADT^A08", "ADT^A01", "ORM^O01", "ORU^R01", "SIU^S12"])
    ts = "2024%02d%02d%02d%02d%02d" % (ri(4, 5), ri(1, 13), ri(0, 23), ri(0, 59), ri(0, 59))
    ctl = ch(["MSG", "", "Q"]) + digits(ri(8, 12))
    msh = "MSH|^~\\&|%s|%s|%s|%s|%s||%s|%s|P|2.%d" % (
        ch(["EPIC", "CERNER", "MEDITECH", "ATHENA"]), ch(["MVRMC", "SBH", "LCH"]),
        ch(["MIRTH", "RHAPSODY", "CLOVERLEAF"]), ch(["HIE", "LAB", "RAD"]), ts, mt, ctl, ch([3, 5, 4]))
    pv1 = "PV1|1|%s|%s^%d^%s||||%s^%s^%s^^^^%s" % (ch(["I", "O", "E"]), ch(["4W", "ED", "ICU"]), ri(1, 40),
                                                ch(["A", "B"]), c.npi, c.family.upper(), c.given.upper(), c.cred)
    return [msh, sep] + hl7_pid(p, sep) + [sep, pv1], mt, ctl


# ----------------------------------------------------------------------------
# scenarios with PHI
# ----------------------------------------------------------------------------
def sc_register():
    p = Person(old=chance(0.12))
    m = ch([
        ["patient registered"],
        ["Registered new patient ", Ph(["mrn", "patient_mrn"], P(p.mrn, "mrn"))],
        ["created patient record for ", Ph(["patient_name", "name"], P(p.full(), "name")),
         " (MRN ", Ph(["mrn"], P(p.mrn, "mrn")), ")"],
        ["demographics saved"],
        ["new registration: ", Ph(["patient"], P(p.full(5), "name")), ", DOB ", Ph(["dob"], P(fmt_date(p.dob), "date"))],
        ["walk-in registration completed at ", Ph(["kiosk"], "kiosk-%02d" % ri(1, 12))],
    ])
    fs = [mrn_f(p)] + name_fs(p) + [dob_f(p), F(["sex", "gender", "administrative_sex"], p.sex, .6),
                                    phone_f(p.phone, pp=.5), email_f(p.email, pp=.35), age_f(p, .3)]
    if chance(0.45):
        fs += addr_fs(p)
    if chance(0.2):
        fs.append(F(["ssn", "social_security_number", "ssn_raw"], P(p.ssn, "ssn")))
    if chance(0.15):
        fs.append(F(["fax", "home_fax", "fax_number"], P(phone(), "fax")))
    return Ev("intake", ch(["info", "info", "debug"]), m, fs + noise())


def sc_appt():
    p = Person()
    c = Clin()
    when = rand_dtm(dt.date(2024, 5, 15), dt.date(2024, 9, 30))
    ws = fmt_dtm(when)
    m = ch([
        ["appointment booked"],
        ["Booked ", Ph(["visit_type"], ch(["new patient", "follow-up", "telehealth", "annual wellness", "post-op"])),
         " for ", Ph(["patient_name"], P(p.full(), "name")), " on ", Ph(["appt_time", "start"], P(ws, "date"))],
        ["slot ", Ph(["slot_id"], "SL-" + digits(6)), " reserved"],
        ["rescheduled appointment ", Ph(["appointment_id"], "APT-" + digits(8)), " to ", Ph(["new_time"], P(ws, "date"))],
        ["no-show recorded for ", Ph(["mrn"], P(p.mrn, "mrn"))],
    ])
    fs = [F(["appointment_id", "appt_id", "booking_ref", "confirmation"], ch(["APT-" + digits(8), alnum(6), digits(9)])),
          mrn_f(p, pp=.8)] + name_fs(p, pp=.6) + [
        F(["start", "appt_start", "scheduled_for", "appointment_date", "slot_start"], P(ws, "date")),
        F(["provider", "resource", "with"], c.name()),
        F(["department", "clinic", "location"], ch(DEPTS)),
        F(["duration_min", "length"], N(ch(["15", "20", "30", "40", "60"])), .5),
        phone_f(p.mobile, ["sms_to", "reminder_phone", "mobile", "cell_phone"], .4)]
    return Ev("sched", "info", m, fs + noise())


def sc_reminder():
    p = Person()
    d = rand_date(dt.date(2024, 5, 15), dt.date(2024, 8, 30))
    m = ch([
        ["reminder sent to ", Ph(["to", "recipient"], P(p.mobile, "phone"))],
        ["SMS delivered"],
        ["Twilio status callback: ", Ph(["status"], ch(["delivered", "undelivered", "failed", "sent"]))],
        ["email reminder queued for ", Ph(["recipient"], P(p.email, "email"))],
        ["appointment reminder for ", Ph(["first_name"], P(p.given, "name")), " on ", Ph(["appt_date"], P(fmt_date(d), "date"))],
    ])
    fs = [F(["message_sid", "sid", "provider_message_id"], "SM" + hexs(32)),
          F(["to", "recipient", "destination", "phone_number"], P(p.mobile, "phone")),
          F(["from", "sender", "from_number"], org_phone()),
          F(["template", "template_id"], ch(["appt_reminder_48h", "appt_reminder_v3", "recall_annual", "no_show_followup"])),
          F(["appt_date", "appointment_date", "visit_date"], P(fmt_date(d), "date"), .6),
          F(["clinic_phone", "callback_number", "reply_to"], org_phone(), .4),
          F(["segments", "num_segments"], N(str(ri(1, 3))), .4)]
    if chance(0.3):
        fs[1] = F(["to", "recipient", "email"], P(p.email, "email"))
    return Ev("notify", ch(["info", "info", "warn"]), m, fs + noise(1))


def sc_eligibility():
    p = Person()
    sub = p if chance(0.55) else Person()
    rel = "self" if sub is p else ch(["spouse", "parent", "child", "other"])
    payer = ch(PAYERS)
    mid = member_id()
    m = ch([
        ["270/271 eligibility check complete"],
        ["eligibility verified for member ", Ph(["member_id"], P(mid, "health_plan"))],
        ["coverage inactive for ", Ph(["subscriber"], P(sub.full(), "name")), " (", Ph(["payer"], payer[0]), ")"],
        ["real-time eligibility response received"],
        ["AAA*N**72*C rejection: invalid/missing subscriber ID"],
    ])
    fs = [F(["payer", "payer_name"], payer[0]),
          F(["payer_id", "payor_id", "trading_partner"], payer[1]),
          F(["member_id", "subscriber_id", "insured_id", "policy_number", "member_number", "subscriber_no"], P(mid, "health_plan")),
          F(["group_number", "group_no", "grp"], ch(["GRP" + digits(6), digits(6), alnum(8)]), .6),
          F(["subscriber_name", "insured_name", "subscriber", "policy_holder"], P(sub.full(), "name"), .7 if sub is not p else .3),
          F(["subscriber_dob", "insured_dob", "policy_holder_dob"], P(fmt_date(sub.dob), "date"), .5),
          F(["relationship", "rel_to_subscriber", "relationship_code"], rel if chance(.7) else ch(["18", "01", "19", "G8"])),
          F(["eligibility_status", "coverage_status", "status"], ch(["active", "Active Coverage", "1", "inactive", "terminated"])),
          F(["trn", "isa13", "control_number"], digits(9)),
          F(["response_ms", "rt_ms"], N(str(ri(120, 9000))), .6),
          mrn_f(p, pp=.4)]
    return Ev("billing", ch(["info", "info", "warn"]), m, fs + noise(1))


def sc_claim():
    p = Person()
    acct = ch(["ACCT-" + digits(8), digits(10), "G" + digits(7), "PA" + digits(9), "HAR " + digits(9)])
    sd = rand_date(dt.date(2024, 1, 2), dt.date(2024, 5, 10))
    m = ch([
        ["837P submitted"],
        ["claim ", Ph(["claim_id"], claim_no()), " accepted by clearinghouse"],
        ["claim rejected: subscriber ID not found"],
        ["Claim created for account ", Ph(["account", "account_number"], P(acct, "account")), " DOS ",
         Ph(["dos"], P(fmt_date(sd), "date"))],
        ["277CA received"],
    ])
    fs = [F(["claim_id", "claim_number", "icn", "clm_id"], claim_no()),
          F(["patient_account", "pat_acct", "patient_account_number", "guarantor_account", "acct_no", "billing_account"],
            P(acct, "account")),
          F(["member_id", "subscriber_id"], P(member_id(), "health_plan"), .6),
          F(["dos", "service_date", "date_of_service", "from_date"], P(fmt_date(sd), "date")),
          F(["billing_npi", "rendering_npi"], npi(), .7),
          F(["total_charge", "billed_amount", "charge_amt"], N("%.2f" % (R.random() * 8000))),
          F(["cpt", "procedure_codes"], A([ch(["99213", "99214", "93000", "80053", "36415", "71046", "J1885", "G0439"])
                                           for _ in range(ri(1, 3))]), .6),
          F(["icd10", "dx", "diagnosis_codes"], ch(["E11.9", "I10", "J45.909", "Z00.00", "M54.5", "F41.1"]), .5),
          F(["clearinghouse", "submitter"], ch(["Availity", "Change Healthcare", "Waystar", "Office Ally"]), .5)]
    fs += name_fs(p, pp=.35)
    return Ev("billing", ch(["info", "info", "warn", "error"]), m, fs + noise(1))


def sc_payment():
    p = Person()
    g = p if chance(0.5) else Person()
    cn = card()
    k = ri(0, 2)
    m = ch([["payment captured"], ["card declined: ", Ph(["decline_code"], ch(["insufficient_funds", "do_not_honor", "expired_card"]))],
            ["ACH debit scheduled"], ["Processing payment of $", Ph(["amount"], "%.2f" % (R.random() * 900)), " for guarantor ",
                                      Ph(["guarantor"], P(g.full(), "name"))],
            ["payment posted to statement"]])
    fs = [F(["charge_id", "payment_intent", "txn_id", "transaction_id"],
            ch(["ch_" + b64url(18), "pi_" + alnum(24, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), digits(12)])),
          F(["amount", "amount_cents", "total"], N(ch([str(ri(500, 90000)), "%.2f" % (R.random() * 900)]))),
          F(["currency"], "USD", .5)]
    if k == 0:
        fs += [F(["card_number", "pan", "card", "cc_number", "card_no"], P(cn, "account")),
               F(["exp", "card_exp", "expiry"], "%02d/%02d" % (ri(1, 12), ri(25, 30)), .6)]
    elif k == 1:
        fs += [F(["card_last4", "last4"], cn.replace(" ", "").replace("-", "")[-4:]),
               F(["brand", "card_brand"], ch(["visa", "mastercard", "amex", "discover"])),
               F(["cardholder", "cardholder_name", "name_on_card"], P(g.full(ch([0, 8])), "name"))]
    else:
        fs += [F(["bank_account", "account_number", "dda", "ach_account"], P(digits(ri(8, 12)), "account")),
               F(["routing_number", "aba", "routing"], aba())]
    fs += [F(["billing_zip", "avs_zip", "postal_code"], zip_val(g.zip), .6),
           F(["guarantor", "guarantor_name", "payer_name"], P(g.full(), "name"), .4),
           F(["statement", "statement_id"], "STMT-" + digits(7), .4)]
    return Ev("billing", ch(["info", "warn"]), m, fs + noise(1))


DRUGS = ["atorvastatin 20 mg tablet", "metformin ER 500 mg", "lisinopril 10 mg", "levothyroxine 75 mcg",
         "insulin glargine 100 unit/mL", "albuterol HFA 90 mcg", "sertraline 50 mg", "apixaban 5 mg",
         "buprenorphine-naloxone 8-2 mg", "amoxicillin 500 mg capsule"]


def sc_refill():
    p = Person()
    c = Clin()
    rx = "RX" + digits(7)
    m = ch([["refill request received"], ["Refill ", Ph(["rx_number"], rx), " sent to pharmacy"],
            ["refill denied: prescription expired"],
            ["eRx NewRx transmitted for ", Ph(["patient"], P(p.full(), "name"))],
            ["PDMP check completed for ", Ph(["patient_name"], P(p.full(), "name")), " DOB ", Ph(["dob"], P(fmt_date(p.dob), "date"))]])
    fs = [F(["rx_number", "rx", "prescription_id"], rx),
          F(["ndc"], "%s-%s-%s" % (digits(5), digits(4), digits(2)), .5),
          F(["drug", "medication", "med"], ch(DRUGS)),
          F(["pharmacy", "pharmacy_name", "dispensing_pharmacy"], ch(PHARMACIES)),
          F(["pharmacy_phone", "store_phone"], org_phone(), .4),
          F(["prescriber"], c.name(), .6),
          F(["prescriber_dea", "dea"], c.dea, .3),
          F(["prescriber_npi"], c.npi, .3),
          F(["refills_remaining", "refills_left"], N(str(ri(0, 5))), .5),
          mrn_f(p, pp=.5), F(["dob", "patient_dob"], P(fmt_date(p.dob), "date"), .5)]
    fs += name_fs(p, pp=.7)
    fs.append(phone_f(p.phone, ["callback", "patient_phone", "contact"], .4))
    return Ev("pharmacy", ch(["info", "info", "warn"]), m, fs + noise(1))


def sc_lab():
    p = Person()
    col = rand_dtm(dt.date(2024, 5, 1), dt.date(2024, 5, 13))
    m = ch([["result posted"], ["ORU received for accession ", Ph(["accession"], "ACC" + digits(8))],
            ["critical value called to unit"], ["Result routed to inbox of ", Ph(["provider"], Clin().name())],
            ["specimen collected from ", Ph(["patient_name"], P(p.full(), "name")), " at ", Ph(["collected"], P(fmt_dtm(col), "date"))]])
    fs = [F(["accession", "accession_number", "specimen_id"], ch(["ACC" + digits(8), "%s-%s" % (digits(2), digits(6)), "S" + digits(9)])),
          F(["loinc", "test_code"], ch(["2345-7", "4548-4", "718-7", "2160-0", "6690-2", "1751-7"])),
          F(["test", "test_name"], ch(["Glucose", "HbA1c", "Hemoglobin", "Creatinine", "WBC", "Albumin"])),
          F(["result", "value"], N("%.1f" % (R.random() * 200)), .6),
          F(["abnormal_flag", "flag"], ch(["H", "L", "N", "HH"]), .5),
          F(["collected_at", "collection_date", "specimen_collected", "collected"], P(fmt_dtm(col), "date")),
          F(["ordering_provider"], Clin().name(), .6),
          mrn_f(p)]
    fs += name_fs(p, pp=.3)
    return Ev("lab", ch(["info", "info", "warn"]), m, fs + noise(1))


def sc_addr_change():
    p = Person()
    old = Person()
    m = ch([["address updated"], ["patient address changed via ", Ph(["source"], ch(["portal", "kiosk", "NCOA"]))],
            ["Updated mailing address for ", Ph(["mrn"], P(p.mrn, "mrn")), " to ", Ph(["address"], addr_s(p))],
            ["address failed USPS validation"]])
    fs = [mrn_f(p)] + addr_fs(p) + [
        F(["previous_address", "old_address", "prior_address"], addr_s(old), .5),
        F(["source", "channel"], ch(["portal", "kiosk", "registrar", "usps_ncoa", "hl7_a08"])),
        F(["validated", "usps_validated", "dpv"], ch([True, False, "Y", "N"]), .6)]
    return Ev(ch(["intake", "records"]), "info", m, fs + noise(1))


def sc_portal_login():
    p = Person()
    ip = pub_ip() if chance(0.8) else pub_ip6()
    res = ch(["success", "failure", "locked", "mfa_required"])
    m = ch([["login ", Ph(["result"], res)], ["portal login for ", Ph(["email"], P(p.email, "email"))],
            ["Failed login attempt from ", Ph(["ip"], P(ip, "ip"))],
            ["password reset link sent to ", Ph(["email"], P(p.email, "email"))], ["session created"]])
    ipv = P(ip, "ip")
    if chance(0.25):
        ipv = S(L(ip, "ip"), ", 10.%d.%d.%d" % (ri(0, 255), ri(0, 255), ri(1, 254)))
    fs = [F(["email", "username", "login", "user_email", "principal"], P(p.email, "email")),
          F(["ip", "client_ip", "remote_addr", "remote_ip", "src_ip", "x_forwarded_for"], ipv),
          F(["user_agent", "ua"], ch(UAS), .6),
          F(["mfa", "mfa_method"], ch(["sms", "totp", "email", "none"]), .6),
          F(["session_id", "sid"], b64url(24), .5),
          F(["result", "outcome", "status"], res),
          F(["mfa_phone", "otp_destination"], P(p.mobile, "phone"), .2)]
    return Ev("portal", ch(["info", "warn"]), m, fs + noise(1))


DEV_MODELS = {"pump": ["MiniMed 780G", "t:slim X2", "Omnipod 5"], "cgm": ["Dexcom G7", "FreeStyle Libre 3"],
              "pacemaker": ["Azure XT DR", "Accolade MRI", "Assurity MRI"], "cpap": ["AirSense 11", "DreamStation 2"],
              "bpcuff": ["BP7450", "UA-651BLE"], "glucometer": ["Contour Next One", "Accu-Chek Guide"],
              "scale": ["BodyTrace BT005", "Withings Body+"]}


def sc_device():
    p = Person()
    kind = ch(list(DEV_MODELS))
    sn = dev_serial(kind)
    m = ch([["telemetry batch ingested"], ["device paired to patient ", Ph(["mrn"], P(p.mrn, "mrn"))],
            ["remote monitoring upload from ", Ph(["serial"], P(sn, "device"))],
            ["battery low on ", Ph(["device_model"], ch(DEV_MODELS[kind]))], ["transmission gap > 24h"]])
    fs = [F(["device_serial", "serial", "serial_number", "sn", "device_sn"], P(sn, "device")),
          F(["device_type", "model", "device_model"], ch(DEV_MODELS[kind])),
          F(["firmware", "fw_version", "fw"], "%d.%d.%d" % (ri(1, 9), ri(0, 20), ri(0, 300)), .6),
          F(["battery", "battery_pct"], N(str(ri(3, 100))), .5),
          F(["imei", "modem_imei"], P(imei(), "device"), .3),
          F(["mac", "bt_mac", "wifi_mac", "ble_addr"], P(mac(), "device"), .3),
          F(["udi", "udi_di", "udi_carrier"], P(udi(), "device"), .25),
          F(["src_ip", "uplink_ip", "client_ip"], P(pub_ip(), "ip"), .2),
          mrn_f(p, pp=.6),
          F(["reading", "glucose_mg_dl", "value", "systolic"], N(str(ri(40, 400))), .5),
          F(["ingest_node", "worker"], "ingest-%d" % ri(1, 9), .3)]
    return Ev("devices", ch(["info", "debug", "warn"]), m, fs + noise(1))


def sc_idproof():
    p = Person()
    dl = dl_number(p.state)
    m = ch([["identity verification completed"], ["ID document scanned"],
            ["IDV decision=", Ph(["decision"], ch(["accept", "review", "reject"]))],
            ["driver license ", Ph(["dl"], P(dl, "license")), " does not match name on file"],
            ["SSN verification failed for ", Ph(["ssn"], P(p.ssn, "ssn"))]])
    fs = [F(["dl_number", "drivers_license", "license_number", "id_number", "document_number", "dl_no"], P(dl, "license")),
          F(["dl_state", "issuing_state", "jurisdiction"], p.state),
          dob_f(p),
          F(["ssn", "ssn_full", "social", "tin"], P(p.ssn, "ssn"), .4)]
    fs += name_fs(p, pp=.8)
    fs += [F(["vendor", "idv_provider"], ch(["Socure", "Jumio", "ID.me", "Experian Precise ID", "LexisNexis"])),
           F(["score", "match_score"], N("%.2f" % R.random()), .6),
           F(["decision"], ch(["accept", "review", "reject"]), .6)]
    return Ev("identity", ch(["info", "warn"]), m, fs + noise(1))


def sc_emergency():
    p = Person()
    rel = Person()
    m = ch([["emergency contact updated"], ["next of kin added: ", Ph(["contact"], P(rel.full(), "name"))],
            ["notified ", Ph(["relationship"], ch(RELATIONS)), " at ", Ph(["phone"], P(rel.phone, "phone"))],
            ["guardian consent recorded"]])
    fs = [mrn_f(p),
          F(["contact_name", "emergency_contact", "ec_name", "nok_name", "next_of_kin", "guardian"], P(rel.full(), "name")),
          F(["relationship", "rel"], ch(RELATIONS)),
          phone_f(rel.phone, ["contact_phone", "ec_phone", "nok_phone", "phone"]),
          email_f(rel.email, ["contact_email", "ec_email"], .3),
          F(["priority", "order"], N(str(ri(1, 3))), .4)]
    return Ev("intake", "info", m, fs + noise(1))


def sc_adt():
    p = Person(old=chance(0.4))
    adm = rand_dtm(dt.date(2024, 4, 1), dt.date(2024, 5, 12))
    dis = adm + dt.timedelta(days=ri(0, 12), hours=ri(1, 9))
    ev = ch(["A01", "A03", "A02", "A08"])
    m = ch([["ADT ", Ph(["event"], ev), " processed"], ["patient admitted to ", Ph(["unit"], ch(["4W", "ICU", "3N", "TELE"]))],
            ["Discharged ", Ph(["patient"], P(p.full(), "name")), " on ", Ph(["discharged"], P(fmt_dtm(dis), "date"))],
            ["bed assignment changed"],
            [Ph(["age"], age_v(p.age)), "-year-old admitted via ED"]])
    fs = [F(["event", "event_type", "trigger"], "ADT^" + ev),
          F(["visit_number", "encounter_id", "csn", "visit_id"], enc_no()),
          mrn_f(p),
          F(["admit_date", "admitted_at", "admission_dt", "admit_time"], P(fmt_dtm(adm), "date")),
          F(["discharge_date", "discharged_at", "disch_dt"], P(fmt_dtm(dis), "date"), .7 if ev == "A03" else .2),
          F(["unit", "bed", "location"], "%s-%d%s" % (ch(["4W", "ICU", "3N", "MS5", "TELE"]), ri(1, 40), ch("AB"))),
          F(["attending"], Clin().name(), .6),
          F(["disposition", "discharge_disposition"], ch(["home", "SNF", "home health", "AMA", "rehab"]), .4),
          age_f(p, .6)]
    fs += name_fs(p, pp=.4)
    return Ev("adt", "info", m, fs + noise(1))


def sc_death():
    p = Person(old=chance(0.6))
    dd = rand_dtm(dt.date(2024, 4, 20), dt.date(2024, 5, 13))
    m = ch([["death recorded"], ["patient expired"], ["Deceased flag set for ", Ph(["mrn"], P(p.mrn, "mrn"))],
            ["decedent ", Ph(["name"], P(p.full(), "name")), ", age ", Ph(["age"], age_v(p.age)), ", released to funeral home"]])
    fs = [mrn_f(p),
          F(["date_of_death", "death_date", "deceased_at", "time_of_death", "dod"], P(ch([fmt_dtm(dd), fmt_date(dd.date())]), "date")),
          age_f(p, .8),
          F(["pronounced_by"], Clin().name(), .5),
          F(["funeral_home", "release_to"], ch(["Hillside Funeral Home", "Gutierrez Mortuary", "Peace Chapel"]), .4),
          F(["autopsy", "autopsy_requested"], ch([True, False]), .4)]
    fs += name_fs(p, pp=.5)
    return Ev("adt", ch(["info", "warn"]), m, fs + noise(1))


def sc_biometric():
    p = Person()
    mod = ch(["finger", "finger", "voice", "face", "palm", "iris"])
    tpl = bio_template(mod)
    m = ch([["biometric enrollment complete"], ["template captured"], ["1:1 match ", Ph(["result"], ch(["passed", "failed"]))],
            ["enrolled ", Ph(["modality"], mod), " for ", Ph(["subject"], P(p.mrn, "mrn"))]])
    tv = P(tpl, "biometric")
    if chance(0.2):
        cut = ri(40, 80)
        tv = S(L(tpl[:cut], "biometric"), "...(%d bytes)" % (len(tpl) * 3 // 4))
    fs = [F(["patient_id", "mrn", "subject_id", "enrollee_id"], P(p.mrn, "mrn")),
          F(["modality", "biometric_type"], mod),
          F({"finger": ["fingerprint_template", "minutiae", "template", "fmr_b64"], "voice": ["voiceprint", "template"],
             "face": ["face_template", "embedding", "template_b64"], "palm": ["palm_vein_template", "template"],
             "iris": ["iris_code", "template"]}[mod], tv),
          F(["quality", "nfiq", "quality_score"], N(str(ri(1, 100))), .6),
          F(["sdk", "matcher"], ch(["MegaMatcher 13.1", "MorphoLite 4", "IFace 5.2", "Gatekeeper 2023.2"]), .5),
          F(["scanner", "capture_station"], "kiosk-%02d" % ri(1, 20), .4)]
    return Ev("identity", ch(["info", "debug"]), m, fs + noise(1))


def sc_photo():
    p = Person()
    img = face_image()
    m = ch([["patient photo captured"], ["profile photo uploaded"], ["photo attached to chart ", Ph(["mrn"], P(p.mrn, "mrn"))],
            ["image too large, re-encoding"]])
    fs = [mrn_f(p),
          F(["photo", "avatar", "profile_photo", "image", "photo_data", "headshot", "face_image"], P(img, "photo")),
          F(["content_type", "mime"], "image/jpeg" if "/9j/" in img[:40] else ch(["image/png", "image/jpeg"]), .5),
          F(["size_bytes", "bytes"], N(str(len(img) * 3 // 4)), .5),
          F(["captured_by", "source"], ch(["registration_kiosk", "front_desk_webcam", "portal_upload", "mobile_app"]), .6)]
    return Ev(ch(["identity", "records", "intake"]), ch(["info", "debug"]), m, fs + noise(1))


def sc_vehicle():
    p = Person()
    pl = plate(p.state)
    m = ch([["parking validation issued"], ["valet ticket created for plate ", Ph(["plate"], P(pl, "vehicle"))],
            ["MVC intake: patient vehicle recorded"], ["transport pickup scheduled"]])
    fs = [F(["vin", "vehicle_vin"], P(vin(), "vehicle"), .6),
          F(["plate", "license_plate", "plate_number", "lp", "tag"], P(pl, "vehicle")),
          F(["plate_state"], p.state, .6),
          F(["vehicle", "make_model"], ch(["2019 Honda CR-V", "2021 Toyota RAV4", "2016 Ford F-150", "2023 Tesla Model Y",
                                           "2012 Chevrolet Malibu"]), .6),
          F(["lot", "garage"], ch(["P2", "Garage B", "Valet", "ED Lot"])),
          F(["validation_code", "ticket"], digits(8), .6)]
    fs += name_fs(p, pp=.5)
    fs += [mrn_f(p, pp=.3), phone_f(p.mobile, pp=.3),
           F(["driver_license", "dl_number", "operator_license"], P(dl_number(p.state), "license"), .3)]
    if chance(0.3):
        fs += addr_fs(p, 0, "pickup_")
    return Ev(ch(["adt", "notify"]), "info", m, fs + noise(1))


def sc_referral():
    p = Person()
    org = ch(ORGS)
    m = ch([["inbound referral fax received"], ["referral created from fax ", Ph(["job"], "FX" + digits(8))],
            ["OCR extracted patient ", Ph(["patient"], P(p.full(), "name")), " DOB ", Ph(["dob"], P(fmt_date(p.dob), "date"))]])
    fs = [F(["fax_from", "sender_fax", "from_fax", "remote_csid"], org_phone()),
          F(["pages", "page_count"], N(str(ri(1, 30)))),
          F(["referring_org", "sender"], org[0]),
          F(["referral_id"], "REF-" + digits(7), .6)]
    fs += name_fs(p, pp=.8)
    fs += [dob_f(p), phone_f(p.phone, pp=.5),
           F(["patient_fax", "home_fax", "pt_fax"], P(phone(), "fax"), .6)]
    return Ev("notify", "info", m, fs + noise(1))


def sc_intl():
    p = Person()
    k = ch(["nhs", "sin", "cpf", "bsn", "curp", "passport", "passport"])
    idv = {"nhs": nhs_number, "sin": sin_ca, "cpf": cpf, "bsn": bsn, "passport": passport}.get(k, lambda: curp(p))()
    names = {"nhs": ["nhs_number", "nhs_no"], "sin": ["sin", "social_insurance_number"], "cpf": ["cpf", "cpf_number"],
             "bsn": ["bsn", "burgerservicenummer"], "curp": ["curp"], "passport": ["passport_number", "passport_no", "travel_document"]}[k]
    ctry = {"nhs": "GB", "sin": "CA", "cpf": "BR", "bsn": "NL", "curp": "MX", "passport": ch(["US", "IN", "PH", "NG"])}[k]
    m = ch([["international patient registered"], ["foreign identifier captured"],
            ["self-pay international: verified ", Ph(["id_type"], k.upper()), " ", Ph(["id_value"], P(idv, "other_id"))]])
    fs = [mrn_f(p, pp=.7),
          F(names + ["national_id", "foreign_id", "gov_id"], P(idv, "other_id")),
          F(["id_country", "country", "issuing_country"], ctry)]
    fs += name_fs(p, pp=.6)
    return Ev("intake", "info", m, fs + noise(1))


def sc_hl7():
    p = Person()
    sep = ch(["\\r", "<CR>", " | ", "\\n"])
    parts, mt, ctl = hl7_msg(p, sep)
    raw = S(*parts)
    m = ch([["received ", Ph(["message_type"], mt), ": ", Ph(["payload", "raw", "hl7"], raw)],
            ["MLLP frame decoded"], ["inbound message ", Ph(["control_id"], ctl)],
            ["PID segment parsed: ", Ph(["pid"], S(*hl7_pid(p, sep)))]])
    fs = [F(["message_control_id", "msh10", "control_id"], ctl),
          F(["message_type", "msg_type", "event"], mt),
          F(["sending_facility", "source"], ch(["MVRMC", "SBH", "LCH"]), .6),
          F(["bytes", "size"], N(str(ri(400, 4000))), .5)]
    if not any(isinstance(x, Ph) and x.v.phi() for x in m):
        fs.append(F(["raw", "payload", "message", "hl7_message"], raw))
    return Ev("hie", ch(["debug", "info", "debug"]), m, fs + noise(1))


def sc_sql():
    p = Person()
    k = ri(0, 3)
    args = None
    if k == 0:
        q = S("SELECT id, mrn, first_name, last_name FROM patients WHERE ssn = $1 AND dob = $2")
        args = A([P(p.ssn, "ssn"), P(p.dob.isoformat(), "date")])
    elif k == 1:
        q = S("UPDATE patient SET home_phone = '", L(p.phone, "phone"), "', updated_at = now() WHERE mrn = '", L(p.mrn, "mrn"), "'")
    elif k == 2:
        q = S("INSERT INTO contact_methods (patient_id, kind, value) VALUES (?, ?, ?)")
        args = A([N(str(ri(100000, 9999999))), "email", P(p.email, "email")])
    else:
        q = S("SELECT * FROM patient WHERE lower(last_name) = lower(:last) AND birth_date = :dob")
        args = A([P(p.family, "name"), P(p.dob.isoformat(), "date")])
    m = ch([["query"], ["executing statement"], ["slow query"], ["SQL"]])
    fs = [F(["sql", "query", "statement", "db_statement", "db.statement"], q)]
    if args is not None:
        fs.append(F(["args", "params", "bind", "parameters"], args))
    fs += [F(["rows", "rows_affected"], N(str(ri(0, 3))), .6),
           F(["db", "database"], ch(["ehr_prod", "patients", "pg-primary", "mpi"]), .6)]
    return Ev("records", "debug", m, fs + noise(1))


def sc_http():
    p = Person()
    ip = pub_ip() if chance(0.85) else pub_ip6()
    k = ri(0, 3)
    if k == 0:
        u = P(pk_url(p, ch([0, 1, 5])), "url")
        uk = ["url", "request_url", "uri", "http_url"]
    elif k == 1:
        u = S("/api/v2/patients/", L(p.mrn, "mrn"), ch(["/chart", "/appointments", "/documents/%s" % uuid4(), "/meds", ""]))
        uk = ["path", "request_path", "route", "uri", "url"]
    elif k == 2:
        em = p.email.replace("@", "%40")
        u = S("/api/lookup?email=", L(em, "email"), "&dob=", L(p.dob.isoformat(), "date"))
        uk = ["path", "url", "request_uri"]
    else:
        u = S("/fhir/Patient?family=", L(fold(p.family).replace(" ", "%20"), "name"), "&birthdate=", L(p.dob.isoformat(), "date"))
        uk = ["path", "url", "request_uri", "query"]
    st = ch([200, 200, 200, 201, 204, 304, 400, 401, 403, 404, 500, 502])
    m = ch([["request completed"], ["HTTP ", Ph(["method"], "GET"), " ", Ph(uk, u), " -> ", Ph(["status"], N(str(st)))],
            ["request"], ["access"], ["handled request"]])
    fs = [F(["method", "http_method", "verb"], ch(["GET", "GET", "POST", "PUT"])),
          F(uk, u),
          F(["status", "status_code", "http_status"], N(str(st))),
          F(["remote_ip", "client_ip", "remote_addr", "ip", "peer"], P(ip, "ip"), .7),
          F(["user_agent", "ua"], ch(UAS), .4),
          F(["bytes", "response_size", "content_length"], N(str(ri(0, 90000))), .5)]
    return Ev("portal", ch(["info", "info", "warn"]), m, fs + noise(1))


def err_text(p):
    k = ri(0, 6)
    if k == 0:
        return S('duplicate key value violates unique constraint "patients_ssn_key" (DETAIL: Key (ssn)=(', L(p.ssn, "ssn"), ") already exists.)")
    if k == 1:
        return S("E11000 duplicate key error collection: ehr.patients index: email_1 dup key: { email: \"", L(p.email, "email"), "\" }")
    if k == 2:
        return S("unable to parse date of birth '", L(fmt_date(p.dob, 4), "date"), "' for MRN ", L(p.mrn, "mrn"), ": month out of range")
    if k == 3:
        return S("twilio: 21211 Invalid 'To' Phone Number: ", L(phone(7), "phone"))
    if k == 4:
        return S("550 5.1.1 <", L(p.email, "email"), ">: Recipient address rejected: User unknown")
    if k == 5:
        return S("MPI match ambiguous for ", L(p.full(5), "name"), " (", L(fmt_date(p.dob, 0), "date"), "): 3 candidates")
    return S("address normalization failed for '", L(p.street, "address"), "': no such street in ", L(p.zip, "zip"))


def sc_exception():
    p = Person()
    e = err_text(p)
    m = ch([["request failed"], ["unhandled exception"], ["job failed"], ["error processing message"], ["retrying after error"]])
    fs = [F(["error", "err", "exception", "reason"], e)] + noise(2)
    if chance(0.3):
        fs.insert(0, mrn_f(p))
    return Ev(ch(["intake", "notify", "records", "billing", "identity"]), "error", m, fs)


def sc_refund():
    p = Person()
    ib = iban()
    m = ch([["refund initiated"], ["SEPA refund queued for ", Ph(["beneficiary"], P(p.full(), "name"))], ["wire refund approved"]])
    fs = [F(["iban", "refund_iban", "beneficiary_iban", "account_iban"], P(ib, "account")),
          F(["bic", "swift"], ch(["DEUTDEFF", "NWBKGB2L", "BNPAFRPP", "INGBNL2A", "AIBKIE2D", "BSCHESMM"]), .6),
          F(["beneficiary", "account_holder", "payee"], P(p.full(), "name"), .6),
          F(["amount", "refund_amount"], N("%.2f" % (R.random() * 3000))),
          F(["currency"], ch(["EUR", "GBP", "USD"]), .6),
          F(["refund_id"], "RF-" + digits(8))]
    return Ev("billing", "info", m, fs + noise(1))


def sc_medicare():
    p = Person(old=chance(0.3))
    mb = mbi()
    m = ch([["MBI lookup complete"], ["Medicare eligibility (HETS) response"], ["beneficiary ", Ph(["mbi"], P(mb, "health_plan")), " not found"]])
    fs = [F(["mbi", "medicare_id", "medicare_beneficiary_id", "hicn"], P(mb, "health_plan")),
          F(["part", "coverage", "entitlement"], ch(["A", "B", "A/B", "D"])),
          F(["mac", "jurisdiction"], ch(["Novitas JH", "NGS J6", "Palmetto JM", "Noridian JF"]), .5),
          dob_f(p, ["dob", "beneficiary_dob"]), age_f(p, .4)]
    fs += name_fs(p, pp=.5)
    return Ev("billing", "info", m, fs + noise(1))


def sc_medicaid():
    p = Person(minor=chance(0.4))
    mid = medicaid_id(p.state)
    m = ch([["Medicaid eligibility verified"], ["MCO assignment received"], ["recipient ", Ph(["medicaid_id"], P(mid, "health_plan")), " eligible"]])
    fs = [F(["medicaid_id", "cin", "recipient_id", "medicaid_number", "client_id"], P(mid, "health_plan")),
          F(["state", "program_state"], p.state),
          F(["plan", "program"], ch(["STAR", "Medi-Cal Managed Care", "MassHealth Standard", "CHIP", "SoonerCare"])),
          dob_f(p)]
    fs += name_fs(p, pp=.5)
    return Ev("billing", "info", m, fs + noise(1))


def sc_roi():
    p = Person()
    req = p if chance(0.6) else Person()
    how = ch(["fax", "fax", "email", "mail"])
    if how == "fax":
        dest = P(phone(ch([0, 2, 5])), "fax")
    elif how == "email":
        dest = P(req.email, "email")
    else:
        dest = addr_s(req)
    m = ch([["release of information fulfilled"], ["records sent via ", Ph(["method"], how)],
            ["ROI request from ", Ph(["requester"], P(req.full(), "name")), " approved"]])
    fs = [F(["roi_request_id", "request_id", "ticket"], "ROI-" + digits(6)),
          mrn_f(p),
          F(["requester", "requested_by"], P(req.full(), "name"), .7),
          F(["delivery_method", "method"], how),
          F(["destination", "deliver_to", "fax_number" if how == "fax" else "deliver_to", "recipient"], dest),
          F(["pages"], N(str(ri(2, 400))), .5)]
    return Ev("records", "info", m, fs + noise(1))


def sc_profile():
    p = Person()
    u = pk_url(p, ch([2, 3, 4, 6]))
    m = ch([["profile updated"], ["social link verified"], ["avatar URL set to ", Ph(["url"], P(u, "url"))]])
    fs = [F(["website", "homepage", "personal_url", "social_url", "profile_url", "avatar_url"], P(u, "url")),
          phone_f(p.mobile, pp=.4), email_f(p.email, pp=.4), F(["locale", "lang"], ch(["en-US", "es-US", "vi-VN", "zh-Hans"]), .5)]
    return Ev("portal", "info", m, fs + noise(1))


def sc_voice():
    p = Person(old=chance(0.2))
    m = ch([["voice authentication ", Ph(["result"], ch(["passed", "failed", "inconclusive"]))], ["IVR caller verified"],
            ["inbound call from ", Ph(["ani"], P(p.phone, "phone"))]])
    fs = [F(["caller_ani", "ani", "from", "caller_id"], P(p.phone, "phone")),
          F(["voiceprint", "voice_template", "vp"], P(bio_template("voice"), "biometric"), .6),
          F(["match_score", "score"], N("%.3f" % R.random())),
          F(["ivr_node", "menu"], ch(["rx_refill", "billing", "nurse_line", "appointments"]), .6),
          mrn_f(p, pp=.5), dob_f(p, ["dob", "spoken_dob"])]
    return Ev("identity", "info", m, fs + noise(1))


def sc_oldage():
    p = Person(old=True)
    m = ch([["fall-risk protocol triggered: age ", Ph(["age"], age_v(p.age))],
            ["patient age ", Ph(["age"], age_v(p.age)), " exceeds screening cutoff"],
            ["geriatric consult ordered"], ["annual wellness visit due"]])
    fs = [age_f(p), mrn_f(p, pp=.6), dob_f(p), F(["risk_score", "morse_score"], N(str(ri(25, 95))), .5)]
    fs = [f for f in fs if chance(0.8)] or [age_f(p)]
    return Ev(ch(["adt", "sched"]), ch(["info", "warn"]), m, fs + noise(1))


def sc_guarantor():
    g = Person()
    acct = ch(["G" + digits(8), digits(9), "GA-" + digits(6)])
    m = ch([["statement generated"], ["statement mailed to guarantor"], ["Guarantor ", Ph(["guarantor_account"], P(acct, "account")), " sent to collections"]])
    fs = [F(["guarantor_account", "guar_acct", "account_number", "account_id"], P(acct, "account")),
          F(["guarantor_name", "guarantor", "responsible_party"], P(g.full(), "name")),
          F(["balance", "amount_due"], N("%.2f" % (R.random() * 5000))),
          F(["statement_cycle", "cycle"], ch(["A", "B", "C", "D"]), .5)]
    fs += addr_fs(g, ri(0, 2), "mailing_")
    return Ev("billing", "info", m, fs + noise(1))


PHI_SCEN = [(sc_register, 6), (sc_appt, 5), (sc_reminder, 4), (sc_eligibility, 4), (sc_claim, 3), (sc_payment, 3),
            (sc_refill, 3), (sc_lab, 3), (sc_addr_change, 3), (sc_portal_login, 4), (sc_device, 4), (sc_idproof, 5),
            (sc_emergency, 3), (sc_adt, 4), (sc_death, 2), (sc_biometric, 4), (sc_photo, 5), (sc_vehicle, 4),
            (sc_referral, 3), (sc_intl, 5), (sc_hl7, 3), (sc_sql, 3), (sc_http, 5), (sc_exception, 4), (sc_refund, 2),
            (sc_medicare, 2), (sc_medicaid, 2), (sc_roi, 4), (sc_profile, 5), (sc_voice, 3), (sc_oldage, 3),
            (sc_guarantor, 2)]


# ----------------------------------------------------------------------------
# scenarios without PHI (look-alikes)
# ----------------------------------------------------------------------------
def cl_health():
    m = ch([["health check ok"], ["GET /healthz 200"], ["readiness probe passed"], ["liveness probe"], ["request completed"]])
    fs = [F(["path", "route", "url"], ch(["/healthz", "/readyz", "/actuator/health", "/metrics", "/api/ping", "/livez"])),
          F(["status", "status_code"], N("200")),
          F(["remote_ip", "client_ip", "peer"], priv_ip()),
          F(["user_agent", "ua"], ch(["kube-probe/1.29", "ELB-HealthChecker/2.0", "Prometheus/2.51.1", "Consul Health Check"]), .6),
          F(["duration_ms", "latency_ms"], N("%.2f" % (R.random() * 5)))]
    return Ev("platform", "debug", m, fs)


def cl_pool():
    m = ch([["connection pool stats"], ["HikariPool-1 - Pool stats"], ["pgx pool acquired"], ["db pool saturated, waiting for connection"]])
    mx = ri(10, 100)
    fs = [F(["active", "in_use", "acquired"], N(str(ri(0, mx)))), F(["idle"], N(str(ri(0, 20)))),
          F(["waiting", "pending"], N(str(ri(0, 30)))), F(["max", "max_size", "max_conns"], N(str(mx))),
          F(["db_host", "host", "server"], ch(["pg-primary.internal", "10.20.4.17:5432", "ehr-db-01", "mssql-clin-02:1433"])),
          F(["database", "db"], ch(["ehr_prod", "scheduling", "billing", "audit"]), .6)]
    return Ev("platform", ch(["debug", "info", "warn"]), m, fs + noise(1))


def cl_kafka():
    m = ch([["consumer lag"], ["committed offsets"], ["partition rebalance complete"], ["message published"]])
    fs = [F(["topic"], ch(["adt.events.v2", "orders.lab.v1", "claims.outbound", "notifications.sms", "device.telemetry.raw"])),
          F(["partition"], N(str(ri(0, 23)))), F(["offset"], N(str(ri(100000, 99999999)))),
          F(["lag", "consumer_lag"], N(str(ri(0, 50000))), .7),
          F(["group", "consumer_group", "group_id"], ch(["adt-router", "lab-ingest", "sms-sender", "claims-batcher"]), .7),
          F(["message_id", "msg_id", "key"], uuid4(), .5)]
    return Ev(ch(["platform", "hie", "devices"]), ch(["info", "debug", "warn"]), m, fs + noise(1))


def cl_startup():
    port = ch([8080, 8443, 9090, 3000, 5000, 4000, 50051, 8000])
    m = ch([["listening on :%d" % port], ["server started"], ["Started Application in %.3f seconds (process running for %.3f)" % (R.random() * 20, R.random() * 25)],
            ["Now listening on: http://[::]:%d" % port], ["Puma starting in single mode..."], ["Running on http://0.0.0.0:%d" % port]])
    fs = [F(["port", "http_port", "listen_port"], N(str(port))),
          F(["version", "app_version"], "%d.%d.%d" % (ri(0, 9), ri(0, 40), ri(0, 99))),
          F(["commit", "git_sha", "revision"], hexs(ch([7, 40])), .7),
          F(["build", "build_number"], N(str(ri(1000, 99999))), .5),
          F(["pid"], N(str(ri(1, 65000))), .5),
          F(["runtime", "go_version", "java_version", "node_version"], ch(["go1.22.3", "17.0.11+9", "v20.12.2", "3.11.9", "8.0.4", "3.3.1"]), .5)]
    return Ev("platform", "info", m, fs)


def cl_cache():
    m = ch([["cache stats"], ["cache warmed"], ["evicted stale entries"], ["redis reconnect"]])
    fs = [F(["hits"], N(str(ri(0, 900000)))), F(["misses"], N(str(ri(0, 90000)))),
          F(["hit_ratio", "ratio"], N("%.3f" % R.random())), F(["evictions"], N(str(ri(0, 999))), .6),
          F(["cache", "cache_name", "region"], ch(["formulary", "provider-directory", "payer-rules", "feature-flags", "sessions"]))]
    return Ev("platform", "debug", m, fs + noise(1))


def cl_directory():
    c = Clin()
    org = ch(ORGS)
    m = ch([["provider directory sync"], ["provider upserted"], ["Updated practitioner ", Ph(["provider"], c.name())],
            ["NPPES lookup ok for NPI ", Ph(["npi"], c.npi)]])
    fs = [F(["provider", "practitioner", "display_name"], c.name()), F(["npi"], c.npi),
          F(["taxonomy", "specialty"], ch(["207Q00000X", "207R00000X", "363L00000X", "Cardiology", "Family Medicine"])),
          F(["practice_phone", "office_phone", "phone"], org_phone(), .7),
          F(["practice_fax", "office_fax", "fax"], org_phone(), .5),
          F(["practice_address", "location_address"], "%s, %s, %s %s" % (org[1], org[2], org[3], org[4]), .6),
          F(["organization", "org"], org[0], .6),
          F(["dea", "dea_number"], c.dea, .3),
          F(["email", "work_email"], "%s@%s" % (c.user().replace("dr.", ""), ch(["mercyvalleyhealth.org", "stbrigids.org", "lakeshorehealth.com"])), .3)]
    return Ev(ch(["records", "sched"]), "info", m, fs + noise(1))


def cl_batch():
    n = ri(1, 4000)
    m = ch([["claim batch submitted"], ["837 file generated"], ["remittance (835) processed"], ["batch ", Ph(["batch_id"], "B" + digits(8)), " closed"]])
    fs = [F(["batch_id", "batch"], "B" + digits(8)), F(["claims", "claim_count", "count"], N(str(n))),
          F(["file", "filename"], "837P_%s_%04d.x12" % (ch(["20240514", "20240513"]), ri(1, 9999)), .7),
          F(["payer_id"], ch(PAYERS)[1], .6), F(["total_billed", "total"], N("%.2f" % (R.random() * 900000)), .6),
          F(["first_claim", "sample_claim_id"], claim_no(), .4)]
    return Ev("billing", "info", m, fs + noise(1))


def cl_order():
    m = ch([["order status updated"], ["order ", Ph(["order_id"], order_no()), " resulted"], ["specimen received in lab"], ["order cancelled by provider"]])
    fs = [F(["order_id", "order_number", "ord_no"], order_no()),
          F(["accession"], "ACC" + digits(8), .5),
          F(["status", "order_status"], ch(["IP", "CM", "CA", "SC", "resulted", "in_process"])),
          F(["department", "performing_dept"], ch(DEPTS)),
          F(["ordering_provider"], Clin().name(), .5),
          F(["encounter_id", "visit_number"], enc_no(), .5)]
    return Ev(ch(["lab", "pharmacy"]), "info", m, fs + noise(1))


def cl_ack():
    ctl = digits(10)
    m = ch([["ACK sent"], ["MSA|AA|" + ctl], ["AR: application reject, will retry"], ["MLLP connection accepted"]])
    fs = [F(["control_id", "msh10", "message_control_id"], ctl),
          F(["ack_code"], ch(["AA", "AE", "AR"])),
          F(["sending_facility", "receiving_app"], ch(["MVRMC", "SBH", "LIS_SUNQUEST", "RIS"])),
          F(["peer", "remote"], priv_ip() + ":" + str(ri(2000, 60000)), .6),
          F(["message_type"], ch(["ADT^A08", "ORU^R01", "ORM^O01", "ACK"]), .6)]
    return Ev("hie", "debug", m, fs + noise(1))


def cl_staff_login():
    c = Clin()
    u = c.user()
    m = ch([["user logged in"], ["SSO assertion accepted for ", Ph(["user"], u)], ["badge tap login"], ["break-glass access denied for ", Ph(["user"], u)]])
    fs = [F(["user", "username", "login", "principal", "sub"], u),
          F(["role", "roles"], ch(["RN", "Physician", "Registrar", "Billing", "Pharmacist", "IT-Admin"])),
          F(["ip", "client_ip", "workstation_ip"], priv_ip()),
          F(["workstation", "device_name", "host"], "WS-%s-%03d" % (ch(["ED", "4W", "REG", "PHARM"]), ri(1, 300)), .6),
          F(["idp", "provider"], ch(["okta", "azure-ad", "imprivata", "ping"]), .5)]
    return Ev("portal", "info", m, fs + noise(1))


def cl_job():
    m = ch([["job finished"], ["scheduled job started"], ["nightly export complete"], ["purge completed"], ["patient merge job finished: %d merges" % ri(0, 40)]])
    fs = [F(["job", "job_name", "task"], ch(["nightly-ccd-export", "purge-temp-docs", "recall-list-builder", "npi-refresh", "mpi-merge"])),
          F(["cron", "schedule"], ch(["0 2 * * *", "*/15 * * * *", "0 */6 * * *", "@daily"]), .5),
          F(["processed", "rows", "records"], N(str(ri(0, 250000)))),
          F(["failed", "errors"], N(str(ri(0, 30))), .6),
          F(["job_id", "run_id"], ch([uuid4(), str(ri(10000, 999999)), "run-" + hexs(8)]))]
    return Ev(ch(["platform", "records"]), "info", m, fs + noise(1))


def cl_cert():
    exp = rand_date(dt.date(2024, 6, 1), dt.date(2025, 6, 1))
    m = ch([["TLS certificate expires soon"], ["certificate reloaded"], ["client cert accepted"]])
    fs = [F(["cn", "subject"], ch(["CN=api.mercyvalleyhealth.org", "CN=*.stbrigids.org", "CN=mllp.lakeshorehealth.com"])),
          F(["not_after", "expires", "expiry"], exp.isoformat()),
          F(["days_left", "days_remaining"], N(str((exp - TODAY).days))),
          F(["serial", "cert_serial"], ":".join(hexs(2, True) for _ in range(16)), .5),
          F(["fingerprint_sha256", "thumbprint"], hexs(64), .4)]
    return Ev("platform", "warn", m, fs)


def cl_ratelimit():
    m = ch([["rate limit exceeded"], ["throttled client"], ["quota reset"]])
    fs = [F(["client_id", "api_client", "consumer"], ch(["svc-portal-bff", "partner-availity", "mobile-ios", "epic-interconnect", "svc_hl7_ingest"])),
          F(["limit"], N(str(ch([100, 600, 1000, 5000])))), F(["window", "window_s"], ch(["60s", "1m", "3600"])),
          F(["api_key", "key_prefix"], ch(["pk_live_" + alnum(6, "abcdefghijklmnopqrstuvwxyz0123456789") + "...", "AKIA" + alnum(4) + "****"]), .5),
          F(["remaining"], N("0"), .5)]
    return Ev("platform", "warn", m, fs + noise(1))


def cl_fax_org():
    org = ch(ORGS)
    m = ch([["outbound fax delivered"], ["fax transmission failed: busy"], ["Fax sent to ", Ph(["recipient"], org[0])]])
    fs = [F(["fax_number", "to", "destination", "recipient_fax"], org_phone()),
          F(["recipient", "to_org"], org[0]), F(["pages"], N(str(ri(1, 40)))),
          F(["job_id", "fax_job"], "FX" + digits(8)), F(["status"], ch(["delivered", "busy", "no_answer", "retrying"])),
          F(["callback", "sender_phone"], org_phone(), .4)]
    return Ev("notify", "info", m, fs + noise(1))


def cl_runtime():
    m = ch([["GC pause"], ["memory stats"], ["runtime metrics"], ["heap usage above 80%"]])
    fs = [F(["heap_mb", "heap_used_mb", "alloc_mb"], N(str(ri(50, 8000)))),
          F(["goroutines", "threads", "event_loop_lag_ms"], N(str(ri(4, 5000)))),
          F(["gc_pause_ms", "pause_ms"], N("%.2f" % (R.random() * 300))),
          F(["host", "hostname", "pod"], "%s-%s-%s" % (ch(["intake-api", "sched-svc", "claims-worker", "portal-bff"]), hexs(9), alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789"))),
          F(["uptime", "uptime_s"], ch(["%dh%dm" % (ri(0, 400), ri(0, 59)), str(ri(10, 9999999))]), .5)]
    return Ev("platform", "debug", m, fs)


def cl_flag():
    m = ch([["feature flag evaluated"], ["flag variation served"], ["flag config reloaded"]])
    fs = [F(["flag", "flag_key", "feature"], ch(["new-intake-form", "sms-reminders-v2", "fhir-r4-export", "ml-no-show-score", "bcbs-rte"])),
          F(["variation", "value", "enabled"], ch([True, False, "on", "off", "control", "treatment-b"])),
          F(["user_key", "context_key", "user"], staff_user(), .5),
          F(["rule", "reason"], ch(["FALLTHROUGH", "RULE_MATCH", "TARGET_MATCH", "OFF"]), .5)]
    return Ev("platform", "debug", m, fs)


def cl_retry():
    m = ch([["retrying delivery"], ["message moved to DLQ"], ["backoff"], ["circuit breaker opened"]])
    fs = [F(["message_id", "msg_id", "event_id"], uuid4()), F(["attempt", "retry"], N(str(ri(1, 8)))),
          F(["backoff", "next_retry_in", "delay"], ch(["%dms" % ri(100, 30000), "%ds" % ri(1, 300), "PT%dS" % ri(1, 60)])),
          F(["queue", "destination"], ch(["sms-outbound", "fax-outbound", "claims-837", "hl7-outbound-lab", "orders.dlq"])),
          F(["error", "last_error"], ch(["dial tcp 10.12.0.44:2575: connect: connection refused", "context deadline exceeded",
                                         "503 Service Unavailable", "i/o timeout", "TLS handshake timeout"]), .7)]
    return Ev(ch(["notify", "hie", "billing"]), "warn", m, fs + noise(1))


def cl_encounter():
    m = ch([["encounter closed"], ["visit signed"], ["charges dropped for encounter ", Ph(["encounter"], enc_no())], ["note co-signed"]])
    fs = [F(["encounter_id", "visit_id", "csn", "encounter"], enc_no()),
          F(["department", "dept"], ch(DEPTS)),
          F(["provider", "signed_by", "cosigner"], Clin().name()),
          F(["visit_type", "enc_type"], ch(["Office Visit", "Telehealth", "Hospital Encounter", "Orders Only"]), .6),
          F(["charges", "charge_count"], N(str(ri(0, 12))), .5)]
    return Ev(ch(["adt", "billing"]), "info", m, fs + noise(1))


def cl_analytics():
    m = ch([["cohort refresh complete"], ["de-identified export finished"], ["dashboard aggregates computed"]])
    fs = [F(["cohort", "measure"], ch(["diabetes_a1c_gt9", "CMS122", "readmit_30d", "falls_65plus"])),
          F(["patients", "n", "denominator"], N(str(ri(100, 90000)))),
          F(["numerator"], N(str(ri(0, 5000))), .6),
          F(["median_age", "mean_age"], N(str(ri(40, 78))), .5),
          F(["age_bucket", "top_age_band"], ch(["65-74", "75-84", "90+", "18-44"]), .4),
          F(["method"], ch(["safe_harbor", "expert_determination"]), .4)]
    return Ev("records", "info", m, fs + noise(1))


def cl_formulary():
    m = ch([["formulary update applied"], ["NDC crosswalk refreshed"], ["drug pricing file loaded"]])
    fs = [F(["ndc", "ndc11"], "%s-%s-%s" % (digits(5), digits(4), digits(2))),
          F(["drug", "generic_name"], ch(DRUGS)),
          F(["tier"], N(str(ri(1, 5)))),
          F(["effective_date", "effective"], rand_date(dt.date(2024, 1, 1), dt.date(2024, 12, 31)).isoformat()),
          F(["plan_id", "formulary_id"], ch(["H%04d-%03d" % (ri(1000, 9999), ri(1, 999)), "F" + digits(6)]), .6)]
    return Ev("pharmacy", "info", m, fs + noise(1))


def cl_slots():
    c = Clin()
    d = rand_date(dt.date(2024, 5, 15), dt.date(2024, 7, 31))
    m = ch([["slot template published"], ["provider schedule released"], ["clinic closed for holiday"]])
    fs = [F(["provider", "resource"], c.name()), F(["date", "schedule_date"], d.isoformat()),
          F(["slots", "open_slots"], N(str(ri(0, 40)))), F(["room", "exam_room"], "EX-%02d" % ri(1, 30), .5),
          F(["clinic", "department"], ch(DEPTS))]
    return Ev("sched", "info", m, fs + noise(1))


def cl_webhook():
    m = ch([["webhook delivered"], ["webhook signature verified"], ["vendor callback received"]])
    fs = [F(["url", "endpoint", "target"], ch(["https://api.availity.com/v1/webhooks/claims", "https://hooks.slack.com/services/T0000/B0000/" + alnum(8),
                                               "https://partner.labcorp.com/results/ack", "https://api.twilio.com/2010-04-01/Accounts/AC" + hexs(32) + "/Messages.json"])),
          F(["status", "http_status"], N(str(ch([200, 202, 204, 500])))),
          F(["signature", "x_signature"], "sha256=" + hexs(64), .6),
          F(["delivery_id", "event_id"], uuid4(), .6)]
    return Ev("notify", "info", m, fs + noise(1))


def cl_backup():
    m = ch([["backup completed"], ["snapshot uploaded"], ["WAL archived"]])
    fs = [F(["bytes", "size_bytes"], N(str(ri(10 ** 6, 10 ** 12)))),
          F(["sha256", "checksum"], hexs(64)),
          F(["dest", "location", "uri"], "s3://mv-ehr-backups/%s/%s.tar.zst" % (ch(["pg", "mssql", "docs"]), "2024-05-14T02%02d" % ri(0, 59))),
          F(["duration", "elapsed"], "%dm%ds" % (ri(0, 90), ri(0, 59)))]
    return Ev("platform", "info", m, fs + noise(1))


def cl_generic_patient():
    m = ch([["patient search returned 0 results"], ["patient list refreshed: %d rows" % ri(1, 400)],
            ["MPI sync complete"], ["chart locked by another user, retry later"], ["consent forms template v%d published" % ri(2, 9)]])
    fs = [F(["count", "results", "rows"], N(str(ri(0, 500)))), F(["page", "offset"], N(str(ri(0, 40))), .5),
          F(["query_id", "search_id"], hexs(16), .5)]
    return Ev(ch(["intake", "records", "portal"]), "info", m, fs + noise(2))


def cl_org_contact():
    org = ch(ORGS)
    m = ch([["facility config loaded"], ["location record updated"], ["after-hours line changed"]])
    fs = [F(["facility", "location_name"], org[0]),
          F(["address", "street"], org[1]), F(["city"], org[2]), F(["state"], org[3]), F(["zip", "postal_code"], org[4]),
          F(["main_phone", "phone", "front_desk"], org_phone()), F(["fax", "main_fax"], org_phone(), .6),
          F(["website", "url"], "https://www.%s/" % ch(["mercyvalleyhealth.org", "stbrigids.org", "lakeshorehealth.com", "northgateclinic.com"]), .5),
          F(["tz", "timezone"], ch(["America/Chicago", "America/New_York", "America/Phoenix", "Pacific/Honolulu"]), .5)]
    return Ev("platform", "info", m, fs)


def cl_asset():
    m = ch([["infusion pump checked in"], ["biomed PM due"], ["asset location updated"]])
    fs = [F(["asset_tag", "asset_id"], "BME-%06d" % ri(1, 999999)),
          F(["model"], ch(["Alaris 8015", "Sigma Spectrum", "Philips IntelliVue MX450", "Zoll R Series"])),
          F(["unit", "ward"], ch(["4W", "ICU", "ED", "PACU"])),
          F(["firmware", "fw"], "%d.%d.%d" % (ri(1, 12), ri(0, 20), ri(0, 99)), .6),
          F(["ip", "ip_address"], priv_ip(), .5)]
    return Ev("devices", "info", m, fs + noise(1))


CLEAN_SCEN = [(cl_health, 4), (cl_pool, 3), (cl_kafka, 3), (cl_startup, 3), (cl_cache, 2), (cl_directory, 4),
              (cl_batch, 3), (cl_order, 3), (cl_ack, 3), (cl_staff_login, 3), (cl_job, 3), (cl_cert, 2),
              (cl_ratelimit, 2), (cl_fax_org, 3), (cl_runtime, 2), (cl_flag, 2), (cl_retry, 3), (cl_encounter, 3),
              (cl_analytics, 2), (cl_formulary, 2), (cl_slots, 2), (cl_webhook, 2), (cl_backup, 1),
              (cl_generic_patient, 3), (cl_org_contact, 3), (cl_asset, 2)]


def wchoice(pairs):
    tot = sum(w for _, w in pairs)
    x = R.uniform(0, tot)
    for f, w in pairs:
        x -= w
        if x <= 0:
            return f
    return pairs[-1][0]


# ----------------------------------------------------------------------------
# rendering helpers
# ----------------------------------------------------------------------------
NOW = [dt.datetime(2024, 5, 14, 11, 2, 7, 118000)]
EPOCH = dt.datetime(1970, 1, 1)
LVI = {"debug": 0, "info": 1, "warn": 2, "error": 3}

DOM = {
    "intake": ("intake", "registration", ["PatientRegistrationService", "IntakeController", "DemographicsMapper"]),
    "sched": ("scheduling", "appointments", ["AppointmentService", "ReminderJob", "SlotAllocator"]),
    "billing": ("billing", "claims", ["ClaimSubmissionService", "PaymentProcessor", "EligibilityClient", "StatementWorker"]),
    "portal": ("portal", "web", ["PortalLoginHandler", "AccountController", "SessionManager", "RequestLogger"]),
    "pharmacy": ("pharmacy", "refills", ["RefillService", "EPrescribeGateway", "FormularySync"]),
    "lab": ("lab", "results", ["ResultRouter", "AccessionService", "OruInboundHandler"]),
    "adt": ("adt", "encounters", ["AdmissionService", "DischargeWorkflow", "BedBoardPublisher"]),
    "devices": ("devices", "telemetry", ["DeviceIngestor", "PumpTelemetryConsumer", "PairingService"]),
    "identity": ("identity", "verification", ["IdentityProofingService", "BiometricEnrollment", "DocumentScanHandler"]),
    "hie": ("interfaces", "hl7", ["Hl7Listener", "MllpReceiver", "CcdaExporter"]),
    "records": ("records", "release", ["RecordsReleaseService", "ChartExportJob", "PatientRepository"]),
    "platform": ("platform", "infra", ["HealthCheck", "PoolMonitor", "ConfigLoader", "Bootstrap"]),
    "notify": ("notifications", "messaging", ["SmsSender", "EmailDispatcher", "FaxGateway"]),
}
ORGP = ["mercyvalley", "stbrigids", "lakeshorehealth", "northgate", "riverbend"]


def lt(tzh):
    return NOW[0] + dt.timedelta(hours=tzh)


def tzsuf(tzh, colon=True, z=True):
    if tzh == 0 and z:
        return "Z"
    s = "-" if tzh < 0 else "+"
    return "%s%02d%s00" % (s, abs(tzh), ":" if colon else "")


def ts_iso(tzh=0, frac=3, colon=True, z=True, sep="T", tz=True):
    t = lt(tzh)
    s = t.strftime("%Y-%m-%d" + sep + "%H:%M:%S")
    if frac:
        f = "%06d" % t.microsecond
        if frac > 6:
            f += digits(frac - 6)
        s += "." + f[:frac]
    return s + (tzsuf(tzh, colon, z) if tz else "")


def epoch_s():
    return (NOW[0] - EPOCH).total_seconds()


def tz_pick():
    return ch([0, 0, 0, -4, -4, -5, -7])


def dom(ev):
    a, b, cls = DOM[ev.domain]
    return a, b, ch(cls)


def java_logger(ev, abbrev=None):
    a, b, c = dom(ev)
    parts = [ch(["org", "com", "health"]), ch(ORGP), a, b, c]
    if abbrev is None:
        abbrev = chance(0.5)
    if abbrev:
        return ".".join(p[0] for p in parts[:-1]) + "." + parts[-1]
    return ".".join(parts)


def go_caller(ev):
    a, b, c = dom(ev)
    return "%s/%s.go:%d" % (ch([b, a, "internal/" + a, "handlers"]), snake(c)[:18], ri(20, 700))


def py_logger(ev):
    a, b, c = dom(ev)
    return ch(["%s.%s" % (a, b), "%s.services.%s" % (a, snake(c)), "app.%s.%s" % (a, snake(c)), "%s.tasks" % a, "__main__", "root"])


def svc_name(ev):
    a, b, c = dom(ev)
    return "%s-%s" % (a, ch(["api", "svc", "worker", "bff", "gateway", "service"]))


def rust_target(ev):
    a, b, c = dom(ev)
    return "%s_%s::%s::%s" % (a, ch(["svc", "api", "worker", "gw"]), b, snake(c)[:16])


def cs_cat(ev):
    a, b, c = dom(ev)
    return "%s.%s.%s" % (ch(["MercyValley", "StBrigids", "Lakeshore.Health", "Northgate"]), pascal(a), ch(["Services", "Controllers", "Workers", "Handlers"])) + "." + c


def hostname():
    return ch(["ip-10-0-%d-%d" % (ri(0, 9), ri(2, 250)), "web-%d" % ri(1, 9), "%s-%s-%s" % (ch(["intake", "sched", "claims", "portal", "hl7"]), hexs(9), alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789")),
               "ehr-app%02d.prod.internal" % ri(1, 20), "MVRMC-APP%02d" % ri(1, 12)])


def msg_segs(ev, strq=None):
    out = []
    for m in ev.msg:
        if isinstance(m, str):
            out.append(T(m))
        else:
            v = m.v
            if isinstance(v, S):
                out += strq(v.segs) if strq else list(v.segs)
            elif isinstance(v, N):
                out += v.segs
            else:
                out += tv(v, "java")
    return out


def msg_template(ev, ks="pascal", o="{", c="}"):
    return "".join(m if isinstance(m, str) else o + m.key(ks) + c for m in ev.msg)


def ph_fields(ev):
    return [m for m in ev.msg if isinstance(m, Ph)]


def tv(v, st):
    """render a value in a language's text representation"""
    v = val(v)
    if isinstance(v, S):
        if st in ("raw", "java", "lombok", "record", "go", "gostruct"):
            return list(v.segs)
        if st == "intellij":
            return quoted(v.segs, esc_id, "'")
        if st == "rust":
            return quoted(v.segs, esc_rust)
        if st in ("py", "py_dc"):
            q = py_quote_char(v.text)
            return quoted(v.segs, lambda t: esc_py(t, q), q)
        if st in ("rb", "rb34", "ex", "ex_struct", "ex_strmap"):
            return quoted(v.segs, esc_rb)
        if st == "cs":
            return quoted(v.segs, esc_cs)
        if st == "json":
            return jv(v)
        raise ValueError(st)
    if isinstance(v, N):
        t = v.text
        if st in ("py", "py_dc"):
            t = {"true": "True", "false": "False", "null": "None"}.get(t, t)
        elif st in ("rb", "rb34", "ex", "ex_struct", "ex_strmap"):
            t = {"null": "nil"}.get(t, t)
        elif st == "cs":
            t = {"true": "True", "false": "False"}.get(t, t)
        elif st in ("go", "gostruct"):
            t = {"null": "<nil>"}.get(t, t)
        return [(t, v.cat, t)]
    if isinstance(v, A):
        if st == "json":
            return jv(v)
        sep = " " if st in ("go", "gostruct") else ", "
        out = [T("[")]
        for i, it in enumerate(v.items):
            if i:
                out.append(T(sep))
            out += tv(it, st)
        out.append(T("]"))
        return out
    if isinstance(v, G):
        return dump(v.fields, st)
    raise TypeError(v)


DUMP_KS = {"java": "camel", "lombok": "camel", "intellij": "camel", "record": "camel", "rust": "snake", "py": "snake",
           "py_dc": "snake", "rb": "snake", "rb34": "snake", "ex": "snake", "ex_struct": "snake", "ex_strmap": "snake",
           "cs": "pascal", "json": "snake", "go": "snake", "gostruct": "pascal", "raw": "snake"}


def dump(fields, st, cls=None, ks=None):
    ks = ks or DUMP_KS[st]
    if st == "json":
        return jobj(fields, E_JSON, False, ks)
    cls = cls or ch(["Patient", "PatientDto", "Demographics", "Request", "Payload"])
    o, kv, sep, c = {
        "java": ("{", "=", ", ", "}"), "raw": ("{", "=", ", ", "}"),
        "lombok": (cls + "(", "=", ", ", ")"), "intellij": (cls + "{", "=", ", ", "}"),
        "record": (cls + "[", "=", ", ", "]"), "rust": (cls + " { ", ": ", ", ", " }"),
        "py": ("{", ": ", ", ", "}"), "py_dc": (cls + "(", "=", ", ", ")"),
        "rb": ("{", "=>", ", ", "}"), "rb34": ("{", ": ", ", ", "}"),
        "ex": ("%{", ": ", ", ", "}"), "ex_struct": ("%" + cls + "{", ": ", ", ", "}"),
        "ex_strmap": ("%{", " => ", ", ", "}"),
        "cs": (cls + " { ", ": ", ", ", " }"), "go": ("map[", ":", " ", "]"), "gostruct": ("{", ":", " ", "}"),
    }[st]
    out = [T(o)]
    for i, f in enumerate(fields):
        if i:
            out.append(T(sep))
        k = f.key(ks)
        if st == "py":
            k = "'" + k + "'"
        elif st in ("rb", "ex_strmap"):
            k = '"' + k + '"'
        out.append(T(k + kv))
        out += tv(f.v, st)
    out.append(T(c))
    return out


def all_fields(ev):
    return list(ev.fields)


def go_sprint(v):
    return tv(v, "go")


def q_logrus(v):
    segs = go_sprint(v)
    text = segs_text(segs)
    if text and all((c.isascii() and c.isalnum()) or c in "-._/@^+" for c in text):
        return segs
    return quoted(segs, esc_go)


def q_slog(v):
    v = val(v)
    if isinstance(v, N):
        return v.segs
    segs = go_sprint(v)
    text = segs_text(segs)
    if (not text) or any(c.isspace() or c in '="' or not c.isprintable() for c in text):
        return quoted(segs, esc_go)
    return segs


def q_zlcons(v):
    v = val(v)
    if isinstance(v, N):
        return v.segs
    if isinstance(v, (A, G)):
        return jv(v)
    text = v.text
    if any(ord(c) < 0x20 or ord(c) > 0x7e or c in ' \\"' for c in text):
        return quoted(v.segs, esc_go)
    return list(v.segs)


def q_rustdbg(v):
    return tv(v, "rust")


def kv_join(pairs, qfn, kv="=", sep=" "):
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(T(sep))
        out.append(T(k + kv))
        out += qfn(v)
    return out


def msgS(ev, strq=None):
    return S(*msg_segs(ev, strq))


# ----------------------------------------------------------------------------
# Go
# ----------------------------------------------------------------------------
def r_zap_console(ev):
    ln = Line("go-zap-console")
    tz = tz_pick()
    ts = ch([ts_iso(tz, 3, colon=False), ts_iso(tz, 3), "%.6fe+09" % (epoch_s() / 1e9)])
    caps = chance(0.5)
    lvl = ["debug", "info", "warn", "error"][LVI[ev.level]]
    ln.add(ts, "\t", lvl.upper() if caps else lvl, "\t")
    if chance(0.4):
        a, b, c = dom(ev)
        ln.add("%s.%s" % (a, ch(["http", "grpc", "worker", b])), "\t")
    ln.add(go_caller(ev), "\t", msg_segs(ev))
    if ev.fields:
        ln.add("\t", jobj(ev.fields, E_JSON, True, ch(["camel", "snake"])))
    return ln


def r_zap_json(ev):
    ln = Line("go-zap-json")
    ks = ch(["camel", "snake"])
    lvl = ["debug", "info", "warn", "error"][LVI[ev.level]]
    pairs = [("level", lvl), ("ts", ch([N("%.7f" % epoch_s()), S(ts_iso(0, 6)), N(str(int(epoch_s() * 1000)))]))]
    if chance(0.5):
        a, b, c = dom(ev)
        pairs.append(("logger", "%s.%s" % (a, ch(["http", "grpc", "consumer", b]))))
    pairs += [("caller", go_caller(ev)), ("msg", msgS(ev))]
    pairs += list(ev.fields)
    if ev.level == "error" and chance(0.6):
        a, b, c = dom(ev)
        pairs.append(("stacktrace", "github.com/%s/%s/internal/%s.(*%s).Handle\n\t/src/internal/%s/%s.go:%d\nnet/http.HandlerFunc.ServeHTTP\n\t/usr/local/go/src/net/http/server.go:2171"
                      % (ch(ORGP), a, b, c, b, snake(c), ri(30, 400))))
    ln.add(jobj(pairs, E_JSON, False, ks))
    return ln


def r_zerolog_json(ev):
    ln = Line("go-zerolog-json")
    ks = ch(["snake", "camel", "snake"])
    pairs = [("level", ["debug", "info", "warn", "error"][LVI[ev.level]])]
    if chance(0.6):
        pairs.append((ch(["service", "app", "component"]), svc_name(ev)))
    pairs += list(ev.fields)
    pairs.append(("time", ch([S(ts_iso(tz_pick(), 0)), N(str(int(epoch_s()))), S(ts_iso(0, 3))])))
    if chance(0.4):
        pairs.append(("caller", "/app/" + go_caller(ev)))
    pairs.append(("message", msgS(ev)))
    ln.add(jobj(pairs, E_JSON, False, ks))
    return ln


def r_zerolog_console(ev):
    ln = Line("go-zerolog-console")
    tz = tz_pick()
    ts = ch([lt(tz).strftime("%I:%M%p").lstrip("0"), ts_iso(tz, 0), lt(tz).strftime("%Y-%m-%d %H:%M:%S")])
    lvl = ["DBG", "INF", "WRN", "ERR"][LVI[ev.level]]
    ln.add(ts, " ", lvl, " ")
    if chance(0.5):
        ln.add(go_caller(ev), " > ")
    ln.add(msg_segs(ev))
    pairs = sorted(flatten(ev.fields, ch(["snake", "camel"]), "."), key=lambda kv: kv[0])
    if pairs:
        ln.add(" ", kv_join(pairs, q_zlcons))
    return ln


def r_logrus_text(ev):
    ln = Line("go-logrus-text")
    tz = tz_pick()
    lvl = ["debug", "info", "warning", "error"][LVI[ev.level]]
    pairs = sorted(flatten(ev.fields, ch(["snake", "camel"]), "_"), key=lambda kv: kv[0])
    ln.add('time="%s" level=%s msg=' % (ts_iso(tz, 0), lvl), q_logrus(msgS(ev)))
    if pairs:
        ln.add(" ", kv_join(pairs, q_logrus))
    return ln


def r_logrus_json(ev):
    ln = Line("go-logrus-json")
    tz = tz_pick()
    lvl = ["debug", "info", "warning", "error"][LVI[ev.level]]
    fixed = [("level", S(lvl)), ("msg", msgS(ev)), ("time", S(ts_iso(tz, 0)))]
    fl = [(k, v) for k, v in flatten(ev.fields, ch(["snake", "camel"]), "_") if k not in ("level", "msg", "time")]
    pairs = sorted(fixed + fl, key=lambda kv: kv[0])
    ln.add(jobj(pairs, E_JSON_GO))
    return ln


def r_slog_text(ev):
    ln = Line("go-slog-text")
    tz = tz_pick()
    lvl = ["DEBUG", "INFO", "WARN", "ERROR"][LVI[ev.level]]
    ln.add("time=%s level=%s " % (ts_iso(tz, 3), lvl))
    if chance(0.35):
        ln.add("source=/app/%s " % go_caller(ev))
    ln.add("msg=", q_slog(msgS(ev)))
    pairs = flatten(ev.fields, ch(["snake", "camel"]), ".")
    if pairs:
        ln.add(" ", kv_join(pairs, q_slog))
    return ln


def r_slog_json(ev):
    ln = Line("go-slog-json")
    tz = tz_pick()
    lvl = ["DEBUG", "INFO", "WARN", "ERROR"][LVI[ev.level]]
    ks = ch(["snake", "camel"])
    pairs = [("time", ts_iso(tz, ch([3, 6, 9]))), ("level", lvl)]
    if chance(0.35):
        a, b, c = dom(ev)
        pairs.append(("source", G([F("function", "github.com/%s/%s/internal/%s.(*%s).%s" % (ch(ORGP), a, b, c, ch(["Handle", "Create", "Process", "Run"]))),
                                   F("file", "/app/internal/%s/%s.go" % (b, snake(c))), F("line", N(str(ri(20, 600))))])))
    pairs.append(("msg", msgS(ev)))
    pairs += list(ev.fields)
    ln.add(jobj(pairs, E_JSON, False, ks))
    return ln


# ----------------------------------------------------------------------------
# Rust
# ----------------------------------------------------------------------------
def r_tracing_fmt(ev):
    ln = Line("rust-tracing-fmt")
    lvl = ["DEBUG", "INFO", "WARN", "ERROR"][LVI[ev.level]]
    ln.add(ts_iso(0, 6), " ", "%5s" % lvl, " ")
    fs = list(ev.fields)
    span_fs = []
    if fs and chance(0.7):
        n = ri(1, min(3, len(fs)))
        span_fs, fs = fs[:n], fs[n:]
    spans = []
    if chance(0.6) or span_fs:
        req = [("method", S(ch(["GET", "POST", "PUT"]))), ("uri", S(ch(["/v1/patients", "/v1/claims", "/api/intake", "/v2/devices/readings", "/v1/refills"])))]
        if chance(0.5):
            req.append(("request_id", S(uuid4())))
        spans.append((ch(["request", "http_request", "HTTP request"]), req))
    if span_fs:
        a, b, c = dom(ev)
        spans.append((snake(c)[:14], flatten(span_fs, "snake", ".")))
    for i, (name, pairs) in enumerate(spans):
        if i:
            ln.add(":")
        ln.add(name, "{")
        for j, (k, v) in enumerate(pairs):
            if j:
                ln.add(" ")
            display = chance(0.5) and isinstance(v, S)
            ln.add(k, "=", list(v.segs) if display else q_rustdbg(v))
        ln.add("}")
    if spans:
        ln.add(": ")
    ln.add(rust_target(ev), ": ", msg_segs(ev))
    pairs = flatten(fs, "snake", ".")
    for k, v in pairs:
        ln.add(" ", k, "=", q_rustdbg(v))
    return ln


def r_tracing_json(ev):
    ln = Line("rust-tracing-json")
    lvl = ["DEBUG", "INFO", "WARN", "ERROR"][LVI[ev.level]]
    fs = list(ev.fields)
    span_fs = []
    if fs and chance(0.5):
        n = ri(1, min(2, len(fs)))
        span_fs, fs = fs[:n], fs[n:]
    a, b, c = dom(ev)
    flat_event = chance(0.3)
    evpairs = [("message", msgS(ev))] + [(f.key("snake"), f.v) for f in fs if f.key("snake") != "message"]
    pairs = [("timestamp", ts_iso(0, 6)), ("level", lvl)]
    if flat_event:
        pairs += evpairs
    else:
        pairs.append(("fields", G([F(k, v) for k, v in evpairs])))
    pairs.append(("target", rust_target(ev)))
    if span_fs:
        sp = G([F(f.key("snake"), f.v) for f in span_fs] + [F("name", snake(c)[:14])])
        pairs.append(("span", sp))
        pairs.append(("spans", A([G([F("method", "POST"), F("name", "request")]), sp])))
    if chance(0.3):
        pairs.append(("threadId", "ThreadId(%d)" % ri(1, 32)))
    ln.add(jobj(pairs, E_JSON))
    return ln


def r_env_logger(ev):
    ln = Line("rust-env_logger")
    lvl = ["DEBUG", "INFO", "WARN", "ERROR"][LVI[ev.level]]
    if chance(0.8):
        ln.add("[", ch([ts_iso(0, 0), ts_iso(0, 3), ts_iso(0, 6)]), " ", "%-5s" % lvl, " ", rust_target(ev), "] ")
    else:
        ln.add("%-5s" % lvl, " ", rust_target(ev), " > ")
    ln.add(msg_segs(ev))
    if ev.fields:
        k = ri(0, 2)
        if k == 0:
            ln.add(": ", dump(ev.fields, "rust", ch(["Patient", "NewPatient", "Claim", "Reading", "Event", "Request"])))
        elif k == 1:
            ln.add(" ", kv_join(flatten(ev.fields, "snake", "."), lambda v: tv(v, "raw") if isinstance(val(v), N) else tv(v, "rust")))
        else:
            ln.add(" (", kv_join(flatten(ev.fields, "snake", "."), lambda v: tv(v, "raw"), "=", ", "), ")")
    return ln


# ----------------------------------------------------------------------------
# Java
# ----------------------------------------------------------------------------
def java_thread():
    return ch(["http-nio-8080-exec-%d" % ri(1, 200), "http-nio-8443-exec-%d" % ri(1, 50), "pool-%d-thread-%d" % (ri(1, 9), ri(1, 16)),
               "main", "kafka-consumer-%d" % ri(0, 5), "scheduling-1", "reactor-http-epoll-%d" % ri(1, 8),
               "ForkJoinPool.commonPool-worker-%d" % ri(1, 15), "hl7-mllp-%d" % ri(1, 4), "task-%d" % ri(1, 20)])


def java_msg(ev):
    """message as SLF4J renders it, optionally with an object dump"""
    segs = msg_segs(ev)
    fs = ev.fields
    if fs and chance(0.6):
        st = ch(["java", "lombok", "intellij", "record"])
        sepr = ch([": ", " ", " - ", " payload="])
        segs = segs + [T(sepr)] + dump(fs, st)
        return segs, []
    return segs, fs


def java_exc(ev):
    for f in ev.fields:
        if f.names[0] in ("error", "err", "exception", "reason") and isinstance(f.v, S):
            return f
    return None


def r_log4j_pattern(ev):
    ln = Line("java-log4j2-pattern")
    lvl = ["DEBUG", "INFO", "WARN", "ERROR"][LVI[ev.level]]
    tz = tz_pick()
    t = lt(tz)
    ms = "%03d" % (t.microsecond // 1000)
    lg = java_logger(ev)
    th = java_thread()
    segs, rest = java_msg(ev)
    if rest:
        segs = segs + [T(" ")] + kv_join(flatten(rest, "camel", "."), lambda v: tv(v, "java"), "=", ", ")
    k = ri(0, 3)
    if k == 0:
        ln.add(t.strftime("%Y-%m-%d %H:%M:%S,") + ms, " ", "%-5s" % lvl, " [", th, "] ", lg, " - ", segs)
    elif k == 1:
        ln.add(t.strftime("%H:%M:%S.") + ms, " [", th, "] ", "%-5s" % lvl, " ", lg, " - ", segs)
    elif k == 2:
        ln.add("[", "%-5s" % lvl, "] ", t.strftime("%Y-%m-%d %H:%M:%S.") + ms, " [", th, "] ", lg.split(".")[-1], " - ", segs)
    else:
        ln.add(t.strftime("%Y-%m-%dT%H:%M:%S.") + ms + tzsuf(tz, False, False), " ", lvl, " ", str(ri(1000, 65000)), " --- [",
               th, "] ", lg, " : ", segs)
    return ln


def r_log4j_json(ev):
    ln = Line("java-log4j2-json")
    lvl = ["DEBUG", "INFO", "WARN", "ERROR"][LVI[ev.level]]
    segs, rest = java_msg(ev)
    if chance(0.5):
        ep = epoch_s()
        pairs = [("instant", G([F("epochSecond", N(str(int(ep)))), F("nanoOfSecond", N(str(NOW[0].microsecond * 1000)))])),
                 ("thread", java_thread()), ("level", lvl), ("loggerName", java_logger(ev, False)), ("message", S(*segs)),
                 ("endOfBatch", False), ("loggerFqcn", "org.apache.logging.slf4j.Log4jLogger")]
        if rest:
            pairs.append(("contextMap", G([F(k, v) for k, v in flatten(rest, "camel", ".")])))
        pairs += [("threadId", N(str(ri(1, 300)))), ("threadPriority", N("5"))]
    else:
        pairs = [("@timestamp", ts_iso(0, 3)), ("ecs.version", "1.2.0"), ("log.level", lvl), ("message", S(*segs)),
                 ("process.thread.name", java_thread()), ("log.logger", java_logger(ev, False))]
        pairs += FXL([("labels." + k if chance(0.3) else k, v) for k, v in flatten(rest, "camel", ".")])
        if chance(0.4):
            pairs += [("service.name", svc_name(ev)), ("trace.id", hexs(32))]
    ln.add(jobj(pairs, E_JSON))
    return ln


def r_logback_mdc(ev):
    ln = Line("java-logback-mdc")
    lvl = ["DEBUG", "INFO", "WARN", "ERROR"][LVI[ev.level]]
    tz = tz_pick()
    t = lt(tz)
    ms = "%03d" % (t.microsecond // 1000)
    fs = list(ev.fields)
    n = ri(0, len(fs))
    mdc, rest = fs[:n], fs[n:]
    segs = msg_segs(ev)
    if rest:
        segs = segs + [T(ch([" ", " | ", " -- "]))] + kv_join(flatten(rest, "camel", "."), lambda v: tv(v, "java"), "=", ch([", ", " "]))
    mpairs = flatten(mdc, "camel", ".")
    k = ri(0, 2)
    if k == 0:
        ln.add(t.strftime("%Y-%m-%d %H:%M:%S.") + ms, " [", java_thread(), "] ", "%-5s" % lvl, " ", java_logger(ev, True), " ")
        if mpairs:
            ln.add("[", kv_join(mpairs, lambda v: tv(v, "java"), "=", ", "), "] ")
        ln.add("- ", segs)
    elif k == 1:
        ln.add(t.strftime("%Y-%m-%dT%H:%M:%S.") + ms + tzsuf(tz, True, False), " ", "%5s" % lvl, " ", str(ri(1000, 65000)), " --- [",
               svc_name(ev), "] [", "%15s" % java_thread()[-15:], "] [", hexs(32), "-", hexs(16), "] ", java_logger(ev, True), " : ", segs)
        if mpairs:
            ln.add(" ", kv_join(mpairs, lambda v: tv(v, "java"), "=", " "))
    else:
        ln.add(t.strftime("%d-%m-%Y %H:%M:%S.") + ms, " ", lvl, " [", java_thread(), "] ")
        if mpairs:
            ln.add("{", kv_join(mpairs, lambda v: tv(v, "java"), "=", ", "), "} ")
        ln.add(java_logger(ev, True).split(".")[-1], ":", str(ri(20, 500)), " ", segs)
    return ln


def r_logstash_json(ev):
    ln = Line("java-logback-logstash-json")
    lvl = ["DEBUG", "INFO", "WARN", "ERROR"][LVI[ev.level]]
    tz = tz_pick()
    pairs = [("@timestamp", ts_iso(tz, 3)), ("@version", "1"), ("message", msgS(ev)), ("logger_name", java_logger(ev, False)),
             ("thread_name", java_thread()), ("level", lvl), ("level_value", N(str([10000, 20000, 30000, 40000][LVI[ev.level]])))]
    ks = ch(["camel", "snake"])
    pairs += list(ev.fields)
    if chance(0.4):
        pairs += [("traceId", hexs(32)), ("spanId", hexs(16))]
    if ev.level == "error" and chance(0.6):
        pairs.append(("stack_trace", "java.lang.IllegalStateException: processing failed\n\tat org.%s.%s.%s(%s.java:%d)\n\tat java.base/java.lang.Thread.run(Thread.java:1583)"
                      % (ch(ORGP), DOM[ev.domain][0], dom(ev)[2], dom(ev)[2], ri(20, 500))))
    ln.add(jobj(pairs, E_JSON, False, ks))
    return ln


# ----------------------------------------------------------------------------
# .NET
# ----------------------------------------------------------------------------
def cs_levels(ev):
    return (["Debug", "Information", "Warning", "Error"][LVI[ev.level]], ["DBG", "INF", "WRN", "ERR"][LVI[ev.level]])


def serilog_msg(ev, lit=False):
    """Serilog renders string properties quoted unless :l"""
    if lit:
        return msg_segs(ev)
    return msg_segs(ev, lambda segs: quoted(segs, esc_cs))


def r_serilog_text(ev):
    ln = Line("dotnet-serilog-text")
    long_, short = cs_levels(ev)
    tz = tz_pick()
    t = lt(tz)
    lit = chance(0.3)
    k = ri(0, 2)
    if k == 0:
        ln.add(t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000), " ", tzsuf(tz, True, False), " [", short, "] ", serilog_msg(ev, lit))
    elif k == 1:
        ln.add("[", t.strftime("%H:%M:%S"), " ", short, "] ", serilog_msg(ev, lit))
    else:
        ln.add("[", t.strftime("%H:%M:%S"), " ", short, "] ", cs_cat(ev), ": ", serilog_msg(ev, lit))
    props = [F([f._k], f.v) for f in ev.fields]
    if props and chance(0.75):
        extra = props + [F("source_context", cs_cat(ev))]
        if chance(0.5):
            extra.append(F("request_id", "0HN%s:%08X" % (alnum(9, "0123456789ABCDEFGHIJKLMNOPQRSTUV"), ri(1, 99))))
        ln.add(" ", jobj(extra, E_JSON, True, "pascal"))
    elif props:
        ln.add(" ", dump(props, "cs", ch(["PatientDto", "Registration", "Patient", "ClaimContext"])))
    return ln


def r_serilog_clef(ev):
    ln = Line("dotnet-serilog-clef")
    long_, short = cs_levels(ev)
    rendered = chance(0.45)
    pairs = [("@t", ts_iso(0, 7))]
    if rendered:
        pairs += [("@m", S(*serilog_msg(ev))), ("@i", hexs(8))]
    else:
        pairs.append(("@mt", msg_template(ev)))
    if long_ != "Information":
        pairs.append(("@l", long_))
    errf = java_exc(ev)
    if errf is not None and chance(0.7):
        pairs.append(("@x", S("System.InvalidOperationException: ", *errf.v.segs) if chance(0.5) else
                      S("Npgsql.PostgresException (0x80004005): 23505: ", *errf.v.segs,
                        "\r\n   at Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async)")))
    seen = set()
    for m in ph_fields(ev):
        k = m.key("pascal")
        if k not in seen:
            seen.add(k)
            pairs.append(FX(k, m.v))
    for f in ev.fields:
        if f is errf:
            continue
        k = f.key("pascal")
        if k in seen:
            continue
        seen.add(k)
        v = f.v
        if isinstance(v, G) and chance(0.5):
            v = G([F("$type", ch(["Address", "ProviderRef", "SourceInfo"]))] + v.fields)
        pairs.append(FX(k, v))
    pairs.append(("SourceContext", cs_cat(ev)))
    if chance(0.5):
        pairs += [("RequestId", "0HN%s:%08X" % (alnum(9, "0123456789ABCDEFGHIJKLMNOPQRSTUV"), ri(1, 99))), ("RequestPath", ch(["/api/patients", "/api/appointments", "/hubs/notify", "/api/claims/submit"]))]
    if chance(0.3):
        pairs += [("MachineName", hostname().upper()), ("ThreadId", N(str(ri(1, 80))))]
    ln.add(jobj(pairs, E_JSON, False, "pascal"))
    return ln


def nlog_msg(ev):
    return msg_segs(ev, lambda segs: quoted(segs, esc_cs)) if chance(0.6) else msg_segs(ev)


def r_nlog(ev):
    ln = Line("dotnet-nlog")
    lvl = ["Debug", "Info", "Warn", "Error"][LVI[ev.level]]
    t = lt(tz_pick())
    longdate = t.strftime("%Y-%m-%d %H:%M:%S.") + "%04d" % (t.microsecond // 100)
    if chance(0.5):
        ln.add(longdate, "|", lvl.upper(), "|", cs_cat(ev), "|", nlog_msg(ev))
        if ev.fields:
            if chance(0.6):
                ln.add("|", kv_join(flatten(ev.fields, "pascal", "."), lambda v: tv(v, "raw"), "=", ", "))
            else:
                ln.add(" ", dump(ev.fields, "cs"))
    else:
        pairs = [("time", longdate), ("level", lvl.upper()), ("logger", cs_cat(ev)), ("message", S(*nlog_msg(ev)))]
        if ev.fields:
            if chance(0.5):
                pairs.append(("properties", G([F(k, v) for k, v in flatten(ev.fields, "pascal", ".")])))
            else:
                pairs += FXL(flatten(ev.fields, "pascal", "."))
        ln.add(jobj(pairs, ch([E_JSON_ASCII, E_JSON_ASCII, E_JSON]), ch([True, False])))
    return ln


def mel_scope_text(ev, fs):
    """MEL scope strings (SimpleConsole with IncludeScopes)"""
    parts = []
    if chance(0.7):
        parts.append([T("SpanId:%s, TraceId:%s, ParentId:%s" % (hexs(16), hexs(32), "0" * 16))])
    if chance(0.5):
        parts.append([T("ConnectionId:0HN%s" % alnum(9, "0123456789ABCDEFGHIJKLMNOPQRSTUV"))])
    if chance(0.5):
        parts.append([T("RequestPath:%s RequestId:0HN%s:%08X" % (ch(["/api/patients", "/api/claims", "/api/appointments/book"]), alnum(9, "0123456789ABCDEFGHIJKLMNOPQRSTUV"), ri(1, 99)))])
    for f in fs:
        k = ri(0, 2)
        if k == 0:
            parts.append([T("%s:" % f.key("pascal"))] + tv(f.v, "raw"))
        elif k == 1:
            parts.append([T("[%s, " % f.key("pascal"))] + tv(f.v, "raw") + [T("]")])
        else:
            parts.append([T(ch(["Processing ", "Handling ", "Scope "]))] + tv(f.v, "raw"))
    return parts


def r_mel_simple(ev):
    ln = Line("dotnet-mel-console")
    lvl = ["dbug", "info", "warn", "fail"][LVI[ev.level]]
    fs = list(ev.fields)
    n = ri(0, min(2, len(fs)))
    scope_fs, rest = fs[:n], fs[n:]
    if chance(0.4):
        ln.add(ts_iso(0, 3), " ")
    ln.add(lvl, ": ", cs_cat(ev), "[", str(ch([0, 0, 1001, 2003, 5000, 14])), "] ")
    for sc in mel_scope_text(ev, scope_fs):
        ln.add("=> ", sc, " ")
    ln.add(msg_segs(ev))
    if rest:
        ln.add(ch([" ", "; ", " | "]), kv_join(flatten(rest, "pascal", "."), lambda v: tv(v, "raw"), ch(["=", ": "]), ch([", ", " "])))
    return ln


def r_mel_json(ev):
    ln = Line("dotnet-mel-json")
    long_, short = cs_levels(ev)
    fs = list(ev.fields)
    n = ri(0, min(2, len(fs)))
    scope_fs, rest = fs[:n], fs[n:]
    state = [F("Message", msgS(ev))]
    seen = set()
    for m in ph_fields(ev):
        if m.key("pascal") not in seen:
            seen.add(m.key("pascal"))
            state.append(F(m.key("pascal"), m.v))
    for f in rest:
        k = f.key("pascal")
        if k not in seen:
            seen.add(k)
            state.append(F(k, f.v if not isinstance(f.v, (G,)) else S(*dump(f.v.fields, "cs"))))
    tmpl = msg_template(ev) + "".join(" {%s}" % f.key("pascal") for f in rest if f.key("pascal") not in [m.key("pascal") for m in ph_fields(ev)])
    state.append(F("{OriginalFormat}", tmpl))
    pairs = []
    if chance(0.6):
        pairs.append(("Timestamp", ts_iso(0, 7 if chance(0.5) else 3)))
    pairs += [("EventId", N(str(ch([0, 1001, 2003, 14])))), ("LogLevel", long_), ("Category", cs_cat(ev)), ("Message", msgS(ev)),
              ("State", G(state))]
    if scope_fs or chance(0.5):
        scopes = []
        if chance(0.6):
            scopes.append(G([F("Message", "SpanId:%s, TraceId:%s, ParentId:0000000000000000" % (hexs(16), hexs(32))),
                             F("SpanId", hexs(16)), F("TraceId", hexs(32)), F("ParentId", "0000000000000000")]))
        for f in scope_fs:
            k = f.key("pascal")
            v = f.v if not isinstance(f.v, G) else S(*dump(f.v.fields, "cs"))
            scopes.append(G([F("Message", S("%s: " % k, *tv(v, "raw"))), F(k, v), F("{OriginalFormat}", "%s: {%s}" % (k, k))]))
        pairs.append(("Scopes", A(scopes)))
    ln.add(jobj(pairs, E_JSON_STJ))
    return ln


# ----------------------------------------------------------------------------
# Python
# ----------------------------------------------------------------------------
def py_asctime(tz):
    t = lt(tz)
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def py_tail(ev):
    fs = ev.fields
    if not fs:
        return []
    k = ri(0, 3)
    if k == 0:
        return [T(" ")] + dump(fs, "py")
    if k == 1:
        return [T(" ")] + kv_join(flatten(fs, "snake", "."), lambda v: tv(v, "raw"), "=", " ")
    if k == 2:
        return [T(" extra=")] + dump(fs, "py")
    return [T(": ")] + dump(fs, "py_dc", ch(["Patient", "Appointment", "Claim", "Event", "Registration"]))


def r_pylog(ev):
    ln = Line("python-logging")
    lvl = ["DEBUG", "INFO", "WARNING", "ERROR"][LVI[ev.level]]
    tz = tz_pick()
    name = py_logger(ev)
    body = msg_segs(ev) + py_tail(ev)
    k = ri(0, 5)
    if k == 0:
        ln.add(lvl, ":", name, ":", body)
    elif k == 1:
        ln.add(py_asctime(tz), " - ", name, " - ", lvl, " - ", body)
    elif k == 2:
        ln.add("[", py_asctime(tz), "] ", lvl, " in ", name.split(".")[-1], ": ", body)
    elif k == 3:
        ln.add(py_asctime(tz), " ", lvl, " [", name, ":", str(ri(20, 600)), "] ", body)
    elif k == 4:
        ln.add(lvl, " ", py_asctime(tz), " ", name.split(".")[-1], " ", str(ri(1, 65000)), " ", str(ri(139000000000000, 140999999999999)), " ", body)
    else:
        a, b, c = dom(ev)
        ln.add("[", py_asctime(tz), ": ", lvl, "/ForkPoolWorker-", str(ri(1, 16)), "] Task ", a, ".tasks.", snake(c)[:20], "[", uuid4(), "] ")
        if ev.level == "error":
            ln.add("raised unexpected: ", msg_segs(ev))
        else:
            ln.add("succeeded in %.6fs: " % (R.random() * 3))
            ln.add(dump(ev.fields, "py") if ev.fields else [T("None")])
    return ln


def r_gunicorn(ev):
    """gunicorn / uvicorn access logger (python logging)"""
    ln = Line("python-gunicorn-access")
    ip = None
    path = None
    st = "200"
    rest = []
    for f in ev.fields:
        n0 = f.names[0]
        if n0 in ("remote_ip", "ip") and isinstance(f.v, S):
            ip = f.v
        elif n0 in ("path", "url") and isinstance(f.v, S):
            path = f.v
        elif n0 in ("status",):
            st = f.v.text
        else:
            rest.append(f)
    if ip is None:
        ip = S(priv_ip())
    if path is None:
        path = S(ch(["/healthz", "/api/v1/ping", "/static/app.js"]))
    meth = ch(["GET", "POST", "PUT"])
    if chance(0.5):
        t = lt(-4)
        ln.add(ip, " - - [", t.strftime("%d/%b/%Y:%H:%M:%S -0400"), '] "', meth, " ", path, ' HTTP/1.1" ', st, " ", str(ri(0, 90000)),
               ' "-" "', ch(UAS), '"')
    else:
        ln.add("INFO:     ", ip, ":", str(ri(1024, 65535)), ' - "', meth, " ", path, ' HTTP/1.1" ', st, " ", ch(["OK", "Created", "Not Found", "Bad Request"]))
    return ln


def r_structlog_kv(ev):
    ln = Line("python-structlog-kv")
    lvl = ["debug", "info", "warning", "error"][LVI[ev.level]]
    pairs = flatten(ev.fields, "snake", ".")
    k = ri(0, 2)
    if k == 0:
        m = msg_segs(ev)
        pad = max(0, 30 - len(segs_text(m)))
        ln.add(ts_iso(0, 6), " [", "%-9s" % lvl, "] ", m, " " * pad, " ")
        ln.add(kv_join(sorted(pairs, key=lambda kv: kv[0]), lambda v: tv(v, "raw") if isinstance(val(v), S) else tv(v, "py")))
    elif k == 1:
        allp = [("event", msgS(ev))] + pairs + [("level", S(lvl)), ("logger", S(py_logger(ev))), ("timestamp", S(ts_iso(0, 6)))]
        ln.add(kv_join(allp, lambda v: tv(v, "py")))
    else:
        def lf(v):
            v = val(v)
            if isinstance(v, S):
                t = v.text
                if " " in t or "=" in t or '"' in t or not t:
                    return quoted(v.segs, lambda x: x.replace("\\", "\\\\").replace('"', '\\"'))
                return list(v.segs)
            return tv(v, "py")
        allp = [("timestamp", S(ts_iso(0, 6))), ("level", S(lvl)), ("event", msgS(ev))] + pairs
        ln.add(kv_join(allp, lf))
    return ln


def r_structlog_json(ev):
    ln = Line("python-structlog-json")
    lvl = ["debug", "info", "warning", "error"][LVI[ev.level]]
    pairs = list(ev.fields) + [("event", msgS(ev))]
    if chance(0.6):
        pairs.append(("logger", py_logger(ev)))
    pairs += [("level", lvl), ("timestamp", ts_iso(0, 6))]
    if chance(0.7):
        ln.add(jobj(pairs, E_JSON_ASCII, True))       # json.dumps defaults
    else:
        ln.add(jobj(pairs, E_JSON, False))            # orjson
    return ln


LOGURU_ICON = {"DEBUG": "🐞", "INFO": "ℹ️", "WARNING": "⚠️", "ERROR": "❌"}


def r_loguru(ev):
    ln = Line("python-loguru")
    lvl = ["DEBUG", "INFO", "WARNING", "ERROR"][LVI[ev.level]]
    tz = tz_pick()
    t = lt(tz)
    a, b, c = dom(ev)
    mod = "%s.%s" % (a, snake(c)[:16])
    fn = ch(["process", "handle", "run", "create", "send", "callback", "on_message"])
    line = ri(20, 600)
    tstr = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)
    msg = msg_segs(ev)
    text = [T(tstr + " | " + "%-8s" % lvl + " | " + "%s:%s:%d - " % (mod, fn, line))] + msg
    if chance(0.45):
        ln.add(text)
        if ev.fields:
            ln.add(" | ", dump(ev.fields, "py"))
        return ln
    ln.family = "python-loguru-json"
    tsr = t.strftime("%Y-%m-%d %H:%M:%S.%f") + tzsuf(tz, True, False)
    el = R.random() * 5000
    rec = G([F("elapsed", G([F("repr", "%d:%02d:%09.6f" % (el // 3600, (el % 3600) // 60, el % 60)), F("seconds", N("%.6f" % el))])),
             F("exception", None),
             F("extra", G([F(f.key("snake"), f.v) for f in ev.fields])),
             F("file", G([F("name", snake(c)[:16] + ".py"), F("path", "/app/%s/%s.py" % (a, snake(c)[:16]))])),
             F("function", fn),
             F("level", G([F("icon", LOGURU_ICON[lvl]), F("name", lvl), F("no", N(str([10, 20, 30, 40][LVI[ev.level]])))])),
             F("line", N(str(line))), F("message", S(*msg)), F("module", snake(c)[:16]), F("name", mod),
             F("process", G([F("id", N(str(ri(1, 65000)))), F("name", "MainProcess")])),
             F("thread", G([F("id", N(str(ri(139000000000000, 140999999999999)))), F("name", "MainThread")])),
             F("time", G([F("repr", tsr), F("timestamp", N("%.6f" % epoch_s()))]))])
    ln.add(jobj([("text", S(*(text + [T("\n")]))), ("record", rec)], E_JSON, True))
    return ln


# ----------------------------------------------------------------------------
# Node.js
# ----------------------------------------------------------------------------
def node_err(ev):
    for f in ev.fields:
        if f.names[0] in ("error", "err", "exception", "reason") and isinstance(f.v, S) and chance(0.7):
            return f
    return None


def r_pino(ev):
    ln = Line("node-pino-json")
    lv = [20, 30, 40, 50][LVI[ev.level]]
    pairs = [("level", N(str(lv))), ("time", N(str(int(epoch_s() * 1000)))), ("pid", N(str(ri(1, 65000)))), ("hostname", hostname())]
    if chance(0.5):
        pairs.append(("name", svc_name(ev)))
    if chance(0.4):
        pairs.append(("reqId", ch(["req-%d" % ri(1, 9999), uuid4()])))
    errf = node_err(ev)
    fs = [f for f in ev.fields if f is not errf]
    httpf = [f for f in fs if f.names[0] in ("remote_ip", "ip", "path", "url", "method", "status", "user_agent")]
    if len(httpf) >= 2 and chance(0.6):
        d = dict((f.names[0], f) for f in httpf)
        req = [F("id", N(str(ri(1, 99999)))), F("method", d["method"].v if "method" in d else "GET")]
        if "path" in d or "url" in d:
            req.append(F("url", (d.get("path") or d.get("url")).v))
        if "user_agent" in d:
            req.append(F("headers", G([F("host", ch(PORTAL_HOSTS)), F("user-agent", d["user_agent"].v)])))
        if "remote_ip" in d or "ip" in d:
            ipv = (d.get("remote_ip") or d.get("ip")).v
            if isinstance(ipv, S) and ":" not in ipv.text and chance(0.5):
                ipv = S("::ffff:", *ipv.segs)
            req += [F("remoteAddress", ipv), F("remotePort", N(str(ri(1024, 65535))))]
        pairs.append(("req", G(req)))
        if "status" in d:
            pairs.append(("res", G([F("statusCode", d["status"].v)])))
        pairs.append(("responseTime", N(str(ri(1, 3000)))))
        fs = [f for f in fs if f not in httpf]
    pairs += fs
    if errf is not None:
        e = errf.v
        pairs.append(("err", G([F("type", "Error"), F("message", e),
                                F("stack", S("Error: ", *e.segs, "\n    at %s (/app/src/%s.js:%d:%d)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)"
                                             % (ch(["Object.<anonymous>", "Consumer.handle", "Router.dispatch"]), ch(["handlers/patient", "lib/sms", "jobs/claims"]), ri(10, 400), ri(3, 40))))])))
    pairs.append(("msg", msgS(ev)))
    ln.add(jobj(pairs, E_JSON, False, "camel"))
    return ln


def r_pino_pretty(ev):
    ln = Line("node-pino-pretty")
    lvl = ["DEBUG", "INFO", "WARN", "ERROR"][LVI[ev.level]]
    tz = tz_pick()
    t = lt(tz)
    k = ri(0, 2)
    if k == 0:
        ln.add("[", t.strftime("%H:%M:%S.") + "%03d" % (t.microsecond // 1000), "] ", lvl, " (", str(ri(1, 65000)), "): ")
    elif k == 1:
        ln.add("[", t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000), " ", tzsuf(tz, False, False), "] ", lvl, " (",
               svc_name(ev), "/", str(ri(1, 65000)), " on ", hostname(), "): ")
    else:
        ln.add("[", ts_iso(0, 3), "] ", lvl, " (", svc_name(ev), "/", str(ri(1, 65000)), "): ")
    ln.add(msg_segs(ev))
    if ev.fields:
        ln.add(" ", jobj(ev.fields, E_JSON, False, "camel"))
    return ln


def r_winston(ev):
    ln = Line("node-winston")
    lvl = ["debug", "info", "warn", "error"][LVI[ev.level]]
    k = ri(0, 3)
    ks = ch(["camel", "snake"])
    if k == 0:
        pairs = [("level", lvl), ("message", msgS(ev))] + list(ev.fields)
        pairs += [("service", svc_name(ev)), ("timestamp", ts_iso(0, 3))]
        ln.add(jobj(pairs, E_JSON, False, ks))
    elif k == 1:
        ln.add(lvl, ": ", msg_segs(ev))
        if ev.fields:
            ln.add(" ", jobj(ev.fields, E_JSON, False, ks))
    elif k == 2:
        ln.add(ts_iso(0, 3), " [", svc_name(ev), "] ", lvl, ": ", msg_segs(ev))
        if ev.fields:
            ln.add(" ", jobj(ev.fields, E_JSON, False, ks))
    else:
        ln.family = "node-winston-logstash"
        pairs = [("@fields", G([FX("level", S(lvl))] + [f for f in ev.fields if f.key(ks) != "level"])), ("@message", msgS(ev)), ("@timestamp", ts_iso(0, 3))]
        ln.add(jobj(pairs, E_JSON, False, ks))
    return ln


def r_bunyan(ev):
    ln = Line("node-bunyan-json")
    lv = [20, 30, 40, 50][LVI[ev.level]]
    pairs = [("name", svc_name(ev)), ("hostname", hostname()), ("pid", N(str(ri(1, 65000))))]
    if chance(0.5):
        pairs.append(("req_id", uuid4()))
    pairs.append(("level", N(str(lv))))
    ks = ch(["snake", "camel"])
    pairs += list(ev.fields)
    pairs += [("msg", msgS(ev)), ("time", ts_iso(0, 3)), ("v", N("0"))]
    ln.add(jobj(pairs, E_JSON, False, ks))
    return ln


def r_bunyan_cli(ev):
    ln = Line("node-bunyan-cli")
    lvl = ["DEBUG", "INFO", "WARN", "ERROR"][LVI[ev.level]]
    ln.add("[", ts_iso(0, 3), "] ", "%5s" % lvl, ": ", svc_name(ev), "/", str(ri(1, 65000)), " on ", hostname(), ": ", msg_segs(ev))

    def bq(v):
        v = val(v)
        if isinstance(v, S):
            t = v.text
            if " " in t or '"' in t or "," in t or "=" in t or not t:
                return jv(v)
            return list(v.segs)
        return jv(v)
    pairs = flatten(ev.fields, "camel", ".")
    if pairs:
        ln.add(" (", kv_join(pairs, bq, "=", ", "), ")")
    return ln


# ----------------------------------------------------------------------------
# Ruby
# ----------------------------------------------------------------------------
def rb_prefix(ev, ln):
    lvl = ["DEBUG", "INFO", "WARN", "ERROR"][LVI[ev.level]]
    t = lt(tz_pick())
    ln.add(lvl[0], ", [", t.strftime("%Y-%m-%dT%H:%M:%S.%f"), " #", str(ri(1, 65000)), "] ", "%5s" % lvl, " -- ")


def r_ruby_logger(ev):
    ln = Line("ruby-logger")
    rb_prefix(ev, ln)
    a, b, c = dom(ev)
    prog = ch(["%s::%s" % (pascal(a), c), c, "", "sidekiq", "%sJob" % c.replace("Service", "")])
    ln.add(prog, ": ")
    if chance(0.4):
        ln.add("[", uuid4(), "] ")
    ln.add(msg_segs(ev))
    if ev.fields:
        st = ch(["rb", "rb34", "rb"])
        ln.add(ch([" ", " -- ", ": "]), dump(ev.fields, st))
    return ln


def r_rails(ev):
    """Rails request logging through Logger (tagged)"""
    ln = Line("ruby-rails")
    tags = ["[%s]" % uuid4()]
    if chance(0.4):
        tags.append("[%s]" % ch(["portal", "api", "admin"]))
    pref = chance(0.5)
    if pref:
        rb_prefix(ev, ln)
        ln.add(": ")
    ln.add(" ".join(tags), " ")
    ip = None
    path = None
    params = []
    for f in ev.fields:
        n0 = f.names[0]
        if n0 in ("remote_ip", "ip") and ip is None and isinstance(f.v, S):
            ip = f.v
        elif n0 in ("path", "url") and path is None and isinstance(f.v, S):
            path = f.v
        elif n0 not in ("method", "status", "user_agent", "bytes", "trace_id", "request_id", "duration_ms", "duration"):
            params.append(f)
    k = ri(0, 2)
    if path is not None and (k == 0 or not params):
        ln.add('Started %s "' % ch(["GET", "POST", "PATCH"]), path, '" for ', ip if ip is not None else S(priv_ip()),
               " at ", lt(-4).strftime("%Y-%m-%d %H:%M:%S -0400"))
        return ln
    if not params:
        ln.add("Completed %d OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (
            ch([200, 204, 302]), ri(3, 900), R.random() * 50, R.random() * 80, ri(100, 90000)))
        return ln
    if k == 1:
        ln.add("Processing by %sController#%s as %s" % (ch(["Patients", "Appointments", "Registrations", "Payments", "Portal::Profiles"]),
                                                      ch(["create", "update", "show"]), ch(["JSON", "HTML", "TURBO_STREAM"])))
        return ln
    # Parameters line: filter_parameters masks some keys
    out = [T("{")]
    for i, f in enumerate(params):
        if i:
            out.append(T(", "))
        key = f.key("snake")
        out.append(T('"%s"=>' % key))
        if any(s in key for s in ("ssn", "card", "password", "token", "pan")) and chance(0.7):
            out.append(T('"[FILTERED]"'))
        else:
            v = f.v
            if isinstance(v, N) and v.cat is None:
                v = S(v.text)
            elif isinstance(v, N):
                v = S((v.text, v.cat, v.text))
            out += tv(v, "rb")
    out.append(T("}"))
    wrap = ch(["patient", "registration", "appointment", "payment", None])
    ln.add("  Parameters: ")
    if wrap:
        ln.add('{"authenticity_token"=>"[FILTERED]", "%s"=>' % wrap, out, ', "commit"=>"Save"}')
    else:
        ln.add(out)
    return ln


def r_lograge(ev):
    ln = Line("ruby-lograge")
    meth = "GET"
    path = None
    st = N(str(ch([200, 200, 201, 302, 404, 422])))
    rest = []
    for f in ev.fields:
        n0 = f.names[0]
        if n0 == "method":
            meth = f.v.text
        elif n0 in ("path", "url") and path is None and isinstance(f.v, S):
            path = f.v
        elif n0 == "status":
            st = f.v
        else:
            rest.append(f)
    if path is None:
        path = S(ch(["/patients", "/appointments/new", "/billing/statements", "/api/v1/refills", "/portal/profile"]))
    ctrl = ch(["PatientsController", "AppointmentsController", "Api::V1::RefillsController", "Portal::ProfilesController", "StatementsController"])
    base = [("method", S(meth)), ("path", path), ("format", S(ch(["html", "json", "*/*"]))), ("controller", S(ctrl)),
            ("action", S(ch(["show", "create", "update", "index"]))), ("status", st),
            ("allocations", N(str(ri(500, 90000)))), ("duration", N("%.2f" % (R.random() * 900))),
            ("view", N("%.2f" % (R.random() * 200))), ("db", N("%.2f" % (R.random() * 300)))]
    bk = set(k for k, _ in base)
    custom = [(k, v) for k, v in flatten(rest, "snake", "_") if k not in bk]
    if chance(0.5):
        ln.add(kv_join(base + custom, lambda v: tv(v, "raw")))
    else:
        ln.family = "ruby-lograge-json"
        ln.add(jobj(base + custom, E_JSON))
    return ln


# ----------------------------------------------------------------------------
# PHP
# ----------------------------------------------------------------------------
def r_monolog_line(ev):
    ln = Line("php-monolog-line")
    lvl = ["DEBUG", "INFO", "WARNING", "ERROR"][LVI[ev.level]]
    tz = tz_pick()
    t = lt(tz)
    v1 = chance(0.5)
    esc = E_JSON_PHP5 if v1 else E_JSON
    ch_name = ch(["app", "portal", "billing", "security", "request", DOM[ev.domain][0]])
    if v1:
        ln.add("[", t.strftime("%Y-%m-%d %H:%M:%S"), "] ")
    else:
        ln.add("[", t.strftime("%Y-%m-%dT%H:%M:%S.%f") + tzsuf(tz, True, False), "] ")
    ln.add(ch_name, ".", lvl, ": ")
    interp = chance(0.6)
    ctx = list(ev.fields)
    if interp:
        ln.add(msg_segs(ev))
    else:
        ln.add(msg_template(ev, "snake"))
        ctx = [F(m.key("snake"), m.v) for m in ph_fields(ev)] + ctx
    ln.add(" ")
    ln.add(jobj(ctx, esc, False, "snake") if ctx else "[]")
    ln.add(" ")
    extra = []
    ipf = [f for f in ev.fields if f.names[0] in ("remote_ip", "ip") and isinstance(f.v, S)]
    if chance(0.5):
        extra = [F("url", ch(["/portal/login", "/api/patients", "/checkout/pay"])), F("ip", ipf[0].v if ipf else S(priv_ip())),
                 F("http_method", ch(["GET", "POST"])), F("server", ch(PORTAL_HOSTS)), F("referrer", None)]
    elif chance(0.5):
        extra = [F("uid", hexs(7))]
    ln.add(jobj(extra, esc) if extra else "[]")
    return ln


def r_monolog_json(ev):
    ln = Line("php-monolog-json")
    lvl = ["DEBUG", "INFO", "WARNING", "ERROR"][LVI[ev.level]]
    tz = tz_pick()
    t = lt(tz)
    v1 = chance(0.5)
    esc = E_JSON_PHP5 if v1 else E_JSON
    ctx = G([F(f.key("snake"), f.v) for f in ev.fields]) if ev.fields else A([])
    if v1:
        dtv = G([F("date", t.strftime("%Y-%m-%d %H:%M:%S.%f")), F("timezone_type", N("3")), F("timezone", ch(["America/New_York", "America/Chicago", "UTC"]))])
    else:
        dtv = S(t.strftime("%Y-%m-%dT%H:%M:%S.%f") + tzsuf(tz, True, False))
    pairs = [("message", msgS(ev)), ("context", ctx), ("level", N(str([100, 200, 300, 400][LVI[ev.level]]))), ("level_name", lvl),
             ("channel", ch(["app", "portal", "billing", DOM[ev.domain][0]])), ("datetime", dtv),
             ("extra", G([F("uid", hexs(7))]) if chance(0.4) else A([]) if v1 else G([]))]
    ln.add(jobj(pairs, esc))
    return ln


# ----------------------------------------------------------------------------
# Elixir
# ----------------------------------------------------------------------------
def r_elixir(ev):
    ln = Line("elixir-logger")
    lvl = ["debug", "info", "warning", "error"][LVI[ev.level]]
    t = lt(tz_pick())
    fs = list(ev.fields)
    n = ri(0, len(fs))
    meta, rest = fs[:n], fs[n:]
    if chance(0.5):
        ln.add(t.strftime("%H:%M:%S.") + "%03d" % (t.microsecond // 1000), " ")
    else:
        ln.add(t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000), " ")
    mp = flatten(meta, "snake", "_")
    if chance(0.5) and "request_id" not in [k for k, _ in mp]:
        mp = [("request_id", S(alnum(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")))] + mp
    for k, v in mp:
        ln.add(k, "=", tv(v, "raw"), " ")
    ln.add("[", lvl, "] ", msg_segs(ev))
    if rest:
        a, b, c = dom(ev)
        st = ch(["ex", "ex_struct", "ex_strmap"])
        cls = "%s.%s.%s" % (pascal(a), pascal(b), c.replace("Service", "").replace("Handler", "") or "Patient")
        ln.add(ch([" ", ": "]), dump(rest, st, cls))
    return ln


def r_elixir_json(ev):
    ln = Line("elixir-logger-json")
    lvl = ["debug", "info", "warning", "error"][LVI[ev.level]]
    a, b, c = dom(ev)
    if chance(0.5):
        pairs = [("time", ts_iso(0, 3)), ("severity", lvl), ("message", msgS(ev)),
                 ("metadata", G([f for f in ev.fields if f.key("snake") not in ("application", "mfa")] + [FX("application", S(a)), FX("mfa", S("%s.%s.%s/%d" % (pascal(a), pascal(b), ch(["create", "handle_info", "perform", "call"]), ri(1, 3))))]))]
    else:
        pairs = [("severity", lvl.upper()), ("message", msgS(ev)), ("time", ts_iso(0, 6)),
                 ("logging.googleapis.com/sourceLocation", G([F("file", "lib/%s/%s.ex" % (a, snake(c)[:16])), F("line", N(str(ri(10, 400)))),
                                                            F("function", "Elixir.%s.%s.%s/1" % (pascal(a), pascal(b), ch(["create", "perform", "call"])))]))]
        pairs += list(ev.fields)
        if chance(0.5):
            pairs.append(("logging.googleapis.com/trace", "projects/mv-ehr-prod/traces/" + hexs(32)))
    ln.add(jobj(pairs, E_JSON))
    return ln


def has_http(ev):
    return any(f.names[0] in ("path", "url") and isinstance(f.v, S) for f in ev.fields)


RENDERERS = [
    (r_zap_console, 3), (r_zap_json, 3), (r_zerolog_json, 2), (r_zerolog_console, 2), (r_logrus_text, 3),
    (r_logrus_json, 2), (r_slog_text, 3), (r_slog_json, 2), (r_tracing_fmt, 3), (r_tracing_json, 2),
    (r_env_logger, 2), (r_log4j_pattern, 3), (r_log4j_json, 2), (r_logback_mdc, 3), (r_logstash_json, 2),
    (r_serilog_text, 3), (r_serilog_clef, 3), (r_nlog, 2), (r_mel_simple, 2), (r_mel_json, 3),
    (r_pylog, 3), (r_gunicorn, 1), (r_structlog_kv, 2), (r_structlog_json, 2), (r_loguru, 3),
    (r_pino, 3), (r_pino_pretty, 2), (r_winston, 3), (r_bunyan, 2), (r_bunyan_cli, 1),
    (r_ruby_logger, 2), (r_rails, 2), (r_lograge, 2), (r_monolog_line, 3), (r_monolog_json, 2),
    (r_elixir, 3), (r_elixir_json, 2),
]
HTTP_ONLY = (r_gunicorn,)


# ----------------------------------------------------------------------------
# checks
# ----------------------------------------------------------------------------
import ipaddress  # noqa: E402  (stdlib)


def json_leaves(o, out):
    if isinstance(o, dict):
        for k, v in o.items():
            out.append(str(k))
            json_leaves(v, out)
    elif isinstance(o, list):
        for v in o:
            json_leaves(v, out)
    elif isinstance(o, str):
        out.append(o)
        t = o.strip()
        if t[:1] in "{[" and t[-1:] in "}]":
            try:
                json_leaves(json.loads(t), out)
            except ValueError:
                pass
    elif o is not None and not isinstance(o, bool):
        out.append(str(o))
    return out


def no_dup_keys(pairs):
    keys = [k for k, _ in pairs]
    assert len(keys) == len(set(keys)), ("duplicate JSON key", keys)
    return dict(pairs)


def check_value(cat, raw):
    """sanity rules on synthetic identifiers (raw = unescaped value)"""
    d = "".join(c for c in raw if c.isdigit())
    if cat == "ssn":
        assert len(d) == 9, raw
        a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
        assert 0 < a < 900 and a != 666 and g > 0 and s > 0, raw
    elif cat in ("phone", "fax"):
        if len(d) == 11 and d[0] == "1":
            d = d[1:]
        assert len(d) == 10 and d[0] not in "01" and d[3] not in "01", raw
    elif cat == "account":
        if raw.replace(" ", "").replace("-", "").isdigit() and len(d) in (15, 16):
            assert luhn_ok(d), raw
    elif cat == "vehicle" and len(raw) == 17 and raw.isalnum():
        assert vin_check(raw) == raw[8], raw
    elif cat == "ip":
        a = raw[7:] if raw.startswith("::ffff:") else raw
        assert ipaddress.ip_address(a).is_global, raw
    elif cat == "zip":
        assert len(d) in (5, 9) and (len(raw) == 5 or raw[5] == "-"), raw
    elif cat == "age":
        assert raw.isdigit() and int(raw) > 89, raw
    elif cat == "email":
        assert "@" in raw or "%40" in raw, raw


def check_line(n, fam, b, spans):
    assert b"\n" not in b and b"\r" not in b, (n, b[:200])
    assert len(b) <= 20000, (n, len(b))
    b.decode("utf-8")
    prev_e = -1
    prev_cat = None
    for (s, e, cat, text, raw) in spans:
        assert cat in CATS, cat
        assert 0 <= s < e <= len(b), (n, s, e)
        assert b[s:e] == text.encode("utf-8"), (n, s, e, b[s:e], text)
        assert raw and text, (n, s, e)
        assert s >= prev_e, ("overlap", n, s, e)
        assert not (s == prev_e and cat == prev_cat), ("adjacent same-cat spans", n, s, e, text)
        assert text[0] not in " \t\"',;" and text[-1] not in " \t\"',;:", ("span edge", n, repr(text))
        check_value(cat, raw)
        prev_e, prev_cat = e, cat
    if b[:1] == b"{":
        obj = json.loads(b.decode("utf-8"), object_pairs_hook=no_dup_keys)
        leaves = json_leaves(obj, [])
        for (s, e, cat, text, raw) in spans:
            assert any(raw in lf for lf in leaves), ("raw value not found after JSON decoding", n, fam, raw)


def card_ok(raw):
    d = raw.replace(" ", "").replace("-", "")
    return luhn_ok(d)


# ----------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------
def wrap_body(ev):
    """replace some fields by one field holding them as serialized JSON
    (a logged request/response body): nested escaping in JSON logs"""
    fs = [f for f in ev.fields if not isinstance(f.v, A)]
    if len(fs) < 2:
        return
    n = ri(2, min(5, len(fs)))
    start = ri(0, len(fs) - n)
    sub = fs[start:start + n]
    esc = ch([E_JSON, E_JSON_ASCII, E_JSON_PHP5])
    body = S(*jobj(sub, esc, False, ch(["camel", "snake"])))
    used = set(f._k for f in ev.fields if f not in sub)
    names = [k for k in ["body", "payload", "request_body", "raw_body", "data", "response_body"] if k not in used]
    nf = F(names, body)
    nf._k = ch(names)
    i = ev.fields.index(sub[0])
    ev.fields = [f for f in ev.fields if f not in sub]
    ev.fields.insert(i, nf)


def schedule():
    tot = float(sum(w for _, w in RENDERERS))
    seq = []
    for r, w in RENDERERS:
        seq += [r] * max(1, int(round(w * N_LINES / tot)))
    while len(seq) < N_LINES:
        seq.append(wchoice(RENDERERS))
    seq = seq[:N_LINES]
    R.shuffle(seq)
    return seq


def gen_line(phi, rend):
    for _ in range(200):
        if rend is r_gunicorn:
            ev = sc_http() if phi else cl_health()
        else:
            ev = wchoice(PHI_SCEN)() if phi else wchoice(CLEAN_SCEN)()
        if phi != ev.phi():
            raise AssertionError("scenario PHI flag mismatch")
        if chance(0.13 if phi else 0.06):
            wrap_body(ev)
        ln = rend(ev)
        b, spans = ln.build()
        if phi and not spans:
            continue
        if not phi:
            assert not spans, ln.family
        return ln, b, spans
    raise RuntimeError("could not build a line")


def main():
    slots = [True] * (N_LINES - N_CLEAN) + [False] * N_CLEAN
    R.shuffle(slots)
    rends = schedule()
    out_log = []
    out_lab = []
    cats = {}
    fams = {}
    for i, phi in enumerate(slots, 1):
        NOW[0] = NOW[0] + dt.timedelta(seconds=R.uniform(0.05, 95.0))
        ln, b, spans = gen_line(phi, rends[i - 1])
        check_line(i, ln.family, b, spans)
        for (s, e, cat, text, raw) in spans:
            cats[cat] = cats.get(cat, 0) + 1
            if cat == "account" and raw.replace(" ", "").replace("-", "").isdigit() and len(raw.replace(" ", "").replace("-", "")) in (15, 16):
                assert card_ok(raw), raw
        fams[ln.family] = fams.get(ln.family, 0) + 1
        out_log.append(b)
        out_lab.append(json.dumps({"line": i, "family": ln.family,
                                   "spans": [{"s": s, "e": e, "cat": c} for (s, e, c, _t, _r) in spans]},
                                  ensure_ascii=False))
    assert len(out_log) == N_LINES
    assert set(cats) == CATS and min(cats.values()) >= 8, cats
    log_path = os.path.join(HERE, "bo.log")
    lab_path = os.path.join(HERE, "bo.labels.jsonl")
    with open(log_path, "wb") as fh:
        fh.write(b"\n".join(out_log) + b"\n")
    with open(lab_path, "wb") as fh:
        fh.write(("\n".join(out_lab) + "\n").encode("utf-8"))
    # re-read and verify from disk
    with open(log_path, "rb") as fh:
        lines = fh.read().split(b"\n")
    assert lines[-1] == b"" and len(lines) == N_LINES + 1
    with open(lab_path, "rb") as fh:
        labs = [json.loads(x) for x in fh.read().decode("utf-8").splitlines()]
    assert len(labs) == N_LINES
    for j, (lb, lab) in enumerate(zip(lines, labs), 1):
        assert lab["line"] == j
        for sp in lab["spans"]:
            assert 0 <= sp["s"] < sp["e"] <= len(lb)
    clean = sum(1 for lab in labs if not lab["spans"])
    print("lines:", N_LINES, "clean:", clean, "(%.1f%%)" % (100.0 * clean / N_LINES))
    print("spans:", sum(cats.values()), json.dumps(dict(sorted(cats.items())), ensure_ascii=False))
    print("families:", len(fams), json.dumps(dict(sorted(fams.items()))))
    for pth in (log_path, lab_path):
        print(hashlib.md5(open(pth, "rb").read()).hexdigest(), os.path.basename(pth))


if __name__ == "__main__":
    main()
