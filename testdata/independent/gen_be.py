#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Synthetic, labeled PHI test corpus "be".

Theme: deeply nested and re-encoded structured logs of healthcare services
(JSON in JSON strings escaped 1-3 times, protobuf JSON mapping, Avro JSON
unions, DynamoDB typed attributes, Mongo extended JSON, Firestore values,
BigQuery f/v rows, Elasticsearch hits, GraphQL edges, OTLP attribute lists,
JSON Lines, base64 / URL-encoded bodies, YAML / TOML in strings, HL7 v2 and
X12 inside JSON, CloudEvents / EventBridge / SNS-in-SQS envelopes, Kafka
Connect schema+payload records, ...).

Standard library only, fixed seed; writes be.log and be.labels.jsonl next to
this file, byte-identical on every run.  All people, numbers and addresses
are invented.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import re
import struct
import sys
import unicodedata
import urllib.parse
import uuid

CID = "be"
OUT_DIR = os.path.dirname(os.path.abspath(__file__))
R = random.Random(0xBE5EED)
N_LINES = 500
N_CLEAN = 225          # 45 % of the lines carry no PHI
MAX_BYTES = 4000
UTC = dt.timezone.utc
TODAY = dt.date(2024, 3, 11)

# ---------------------------------------------------------------------------
# Segment machinery.  A line is assembled as a list of segments
# (text, cat, raw, chain): `raw` is the intended value, `chain` the list of
# encodings applied to it on the way into the line, `text` what is written.
# All encodings used on multi-segment text are character-local (JSON string
# escaping, percent-encoding), so encoding segment by segment gives exactly
# the bytes an encoder would produce for the whole string.
# ---------------------------------------------------------------------------


class Segs(list):
    """A run of text pieces; inside jd() it is a *string value*."""


class P:
    """A PHI value."""

    def __init__(self, v, cat, num=False):
        self.text = str(v)
        self.cat = cat
        self.num = num
        assert self.text and self.text == self.text.strip(), repr(v)


class Raw:
    """Pre-serialised JSON to be embedded verbatim (not as a string)."""

    def __init__(self, segs):
        self.segs = segs


def _jesc(t, a):
    return json.dumps(t, ensure_ascii=a)[1:-1]


XF = {
    "j": lambda t: _jesc(t, False),                       # JSON string escape (UTF-8 kept)
    "ja": lambda t: _jesc(t, True),                       # JSON string escape, ensure_ascii
    "u": lambda t: urllib.parse.quote(t, safe=""),        # percent-encode everything
    "uc": lambda t: urllib.parse.quote(t, safe="!'()*"),  # JS encodeURIComponent
    "up": lambda t: urllib.parse.quote_plus(t, safe=""),  # form encoding
    "pyr": lambda t: repr(t)[1:-1],                       # Python repr inside quotes
    "sql": lambda t: t.replace("'", "''"),                # SQL literal
}
LOCAL = {"j", "ja", "u", "uc", "up", "sql"}


def T(*parts):
    out = Segs()
    for p in parts:
        if isinstance(p, P):
            out.append((p.text, p.cat, p.text, ()))
        elif isinstance(p, list):
            out.extend(p)
        elif isinstance(p, str):
            if p:
                out.append((p, None, None, ()))
        else:
            out.append((str(p), None, None, ()))
    return out


def xform(segs, step):
    f = XF[step]
    out = Segs()
    multi = sum(1 for s in segs if s[0]) > 1
    assert step in LOCAL or not multi or not any(s[1] for s in segs)
    for (t, c, r, ch) in segs:
        out.append((f(t), c, r, (ch + (step,)) if c else ()))
    return out


def J(sep, items):
    out = Segs()
    for i, it in enumerate(items):
        if i:
            out.append((sep, None, None, ()))
        out.extend(T(it))
    return out


def plain(segs):
    return "".join(s[0] for s in segs)


def nophi(segs):
    assert not any(s[1] for s in segs), "PHI inside an opaque encoding"
    return plain(segs)


def jstring(segs, a=False):
    return T('"', xform(segs, "ja" if a else "j"), '"')


def jd(o, a=False, sp=False):
    """JSON-serialise o into segments. a=ensure_ascii, sp=Python-style spacing."""
    out = Segs()
    _jd(o, out, a, (", ", ": ") if sp else (",", ":"))
    return out


def _jd(o, out, a, seps):
    if isinstance(o, Raw):
        out.extend(o.segs)
    elif isinstance(o, P):
        if o.num:
            out.append((o.text, o.cat, o.text, ()))
        else:
            out.extend(jstring(T(o), a))
    elif isinstance(o, Segs):
        out.extend(jstring(o, a))
    elif isinstance(o, dict):
        out.append(("{", None, None, ()))
        for i, (k, v) in enumerate(o.items()):
            if i:
                out.append((seps[0], None, None, ()))
            out.append((json.dumps(k, ensure_ascii=a) + seps[1], None, None, ()))
            _jd(v, out, a, seps)
        out.append(("}", None, None, ()))
    elif isinstance(o, (list, tuple)):
        out.append(("[", None, None, ()))
        for i, v in enumerate(o):
            if i:
                out.append((seps[0], None, None, ()))
            _jd(v, out, a, seps)
        out.append(("]", None, None, ()))
    else:
        out.append((json.dumps(o, ensure_ascii=a), None, None, ()))


def pyr(o):
    """Python repr() of dict/list/str/int/P, as segments."""
    out = Segs()
    if isinstance(o, dict):
        out.append(("{", None, None, ()))
        for i, (k, v) in enumerate(o.items()):
            if i:
                out.append((", ", None, None, ()))
            out.append((repr(k) + ": ", None, None, ()))
            out.extend(pyr(v))
        out.append(("}", None, None, ()))
    elif isinstance(o, (list, tuple)):
        o_open, o_close = ("[", "]") if isinstance(o, list) else ("(", ",)" if len(o) == 1 else ")")
        out.append((o_open, None, None, ()))
        for i, v in enumerate(o):
            if i:
                out.append((", ", None, None, ()))
            out.extend(pyr(v))
        out.append((o_close, None, None, ()))
    elif isinstance(o, P):
        if o.num:
            out.append((o.text, o.cat, o.text, ()))
        else:
            q = repr(o.text)[0]
            out.extend([(q, None, None, ()), (XF["pyr"](o.text), o.cat, o.text, ("pyr",)), (q, None, None, ())])
    elif isinstance(o, Raw):
        out.extend(o.segs)
    else:
        out.append((repr(o), None, None, ()))
    return out


# ---------------------------------------------------------------------------
# Value generators
# ---------------------------------------------------------------------------

def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def alnum(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64rand(n):
    return base64.b64encode(rbytes(n)).decode()


def b64s(s):
    return base64.b64encode(s.encode()).decode()


def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def npi():
    body = R.choice("12") + digits(8)
    return body + luhn_digit("80840" + body)


def ein():
    return f"{R.randint(10, 99)}-{digits(7)}"


def area_code():
    while True:
        a = f"{R.randint(2, 9)}{R.randint(0, 8)}{R.randint(0, 9)}"
        if a[1:] != "11":
            return a


def phone10():
    while True:
        e = f"{R.randint(2, 9)}{R.randint(0, 9)}{R.randint(0, 9)}"
        if e[1:] != "11" and e != "555":
            return area_code() + e + digits(4)


def fphone(d, st):
    a, e, l = d[:3], d[3:6], d[6:]
    return {"paren": f"({a}) {e}-{l}", "paren2": f"({a}){e}-{l}", "dash": f"{a}-{e}-{l}",
            "dot": f"{a}.{e}.{l}", "e164": f"+1{d}", "plain": d, "intl": f"+1 {a} {e} {l}",
            "intl2": f"+1-{a}-{e}-{l}", "1dash": f"1-{a}-{e}-{l}", "1plain": "1" + d}[st]


def ssn9():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            return f"{a:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"


def fssn(s, st):
    return {"dash": f"{s[:3]}-{s[3:5]}-{s[5:]}", "plain": s, "space": f"{s[:3]} {s[3:5]} {s[5:]}"}[st]


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + "0123456789"
    return (str(R.randint(1, 9)) + R.choice(MBI_A) + R.choice(an) + str(R.randint(0, 9)) + R.choice(MBI_A)
            + R.choice(an) + str(R.randint(0, 9)) + R.choice(MBI_A) + R.choice(MBI_A) + digits(2))


def fmbi(m, dashed):
    return f"{m[:4]}-{m[4:7]}-{m[7:]}" if dashed else m


def mrn():
    k = R.randrange(7)
    if k == 0:
        return "E" + digits(7)
    if k == 1:
        return "00" + str(R.randint(1000000, 9999999))
    if k == 2:
        return "MRN" + digits(8)
    if k == 3:
        return f"{R.randint(10, 99)}-{digits(6)}"
    if k == 4:
        return "SB" + digits(8)
    if k == 5:
        return str(R.randint(10000000, 99999999))
    return "PT" + digits(6)


def member_id():
    k = R.randrange(6)
    if k == 0:
        return "W" + digits(9)
    if k == 1:
        return R.choice(["XEH", "ZGP", "JQU", "YRB", "ECB"]) + digits(9)
    if k == 2:
        return digits(9) + "01"
    if k == 3:
        return "U" + digits(8) + R.choice(["01", "02", "03"])
    if k == 4:
        return "H" + digits(8)
    return R.choice("ABCDEFGHJK") + digits(2) + R.choice("ABCDEFGHJK") + digits(6)


def medicaid_id():
    k = R.randrange(3)
    if k == 0:
        return alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(5) + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    if k == 1:
        return "9" + digits(7) + R.choice("ABCDEF")
    return digits(10)


def acct_no():
    k = R.randrange(4)
    if k == 0:
        return "A" + TODAY.strftime("%Y") + digits(8)
    if k == 1:
        return digits(10)
    if k == 2:
        return "PA-" + digits(7)
    return "HAR" + digits(9)


def card_no():
    k = R.randrange(4)
    if k == 0:
        body = "4" + digits(14)
    elif k == 1:
        body = str(R.randint(51, 55)) + digits(13)
    elif k == 2:
        body = R.choice(["34", "37"]) + digits(12)
    else:
        body = "6011" + digits(11)
    n = body + luhn_digit(body)
    assert luhn_ok(n)
    return n


def fcard(n, spaced):
    if not spaced:
        return n
    if len(n) == 15:
        return f"{n[:4]} {n[4:10]} {n[10:]}"
    return " ".join(n[i:i + 4] for i in range(0, 16, 4))


def dea_no():
    pre = R.choice("ABFGM") + R.choice("ABCDHKLMRSTW")
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return pre + "".join(map(str, d)) + str(chk)


def dl_no(state):
    k = {"CA": 0, "FL": 1, "NY": 2, "TX": 3, "WA": 4}.get(state, R.choice([0, 3]))
    if k == 0:
        return R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(7)                       # CA style
    if k == 1:
        return f"{R.choice('ABCDEFGHJKLMNPRSTW')}{digits(3)}-{digits(3)}-{digits(2)}-{digits(3)}-{digits(1)}"  # FL style
    if k == 2:
        return f"{digits(3)} {digits(3)} {digits(3)}"                                # NY style
    if k == 3:
        return digits(8)                                                             # TX style
    return "WDL" + alnum(9)                                                          # WA style


VIN_VAL = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "J": 1, "K": 2, "L": 3,
           "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check(v):
    s = sum(VIN_VAL[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if s == 10 else str(s)


def vin():
    wmi = R.choice(["1HG", "1FT", "2T1", "5YJ", "JTD", "WVW", "3VW", "1G1", "KNA", "4T1", "1C4", "5NP"])
    v = wmi + alnum(5, VIN_CH) + "0" + R.choice("FGHJKLMNPR") + alnum(1, VIN_CH) + digits(6)
    v = v[:8] + vin_check(v) + v[9:]
    assert vin_check(v) == v[8] and len(v) == 17
    return v


def plate():
    k = R.randrange(4)
    if k == 0:
        return f"{R.randint(1, 9)}{alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(3)}"
    if k == 1:
        return f"{alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-{digits(4)}"
    if k == 2:
        return f"{alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')} {digits(3)}"
    return f"{digits(3)}-{alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}"


def imei():
    body = R.choice(["35", "86", "01", "99"]) + digits(12)
    return body + luhn_digit(body)


def mac(sep=":"):
    oui = R.choice(["3C:71:BF", "A4:C1:38", "00:1E:C0", "D8:A0:1D", "B4:E6:2D", "EC:FA:BC"])
    return (oui + ":" + ":".join(hexs(2, True) for _ in range(3))).replace(":", sep)


def device_serial():
    k = R.randrange(5)
    if k == 0:
        return "NG" + digits(7) + "H"                  # insulin pump
    if k == 1:
        return alnum(6, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")   # CGM transmitter
    if k == 2:
        return "PJN" + digits(6) + "S"                 # pacemaker
    if k == 3:
        return "BPM-" + digits(4) + "-" + alnum(4)     # BP cuff
    return "SN" + digits(10)


def udi(serial):
    gtin = "0" + digits(13)
    exp = f"{R.randint(25, 28)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}"
    return f"(01){gtin}(17){exp}(21){serial}"


PUB_FIRST = [24, 50, 67, 68, 69, 71, 73, 75, 76, 96, 97, 98, 99, 107, 108, 142, 162, 166, 174, 184, 186, 209]


def pub_ip():
    return f"{R.choice(PUB_FIRST)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def pub_ip6():
    return f"2601:{R.randint(0x100, 0xfff):x}:{R.randint(0x4000, 0xffff):x}:{R.randint(0x10, 0xffff):x}::{R.randint(1, 0xfff):x}"


def priv_ip():
    k = R.randrange(3)
    if k == 0:
        return f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if k == 1:
        return f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    return f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}"


def srv_pub_ip():
    return f"{R.choice([3, 13, 18, 34, 35, 52, 54, 104])}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def jpeg_b64(n):
    hdr = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
    return base64.b64encode(hdr + rbytes(n)).decode()


def png_b64(n):
    hdr = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\xa0\x00\x00\x00\xa0\x08\x02\x00\x00\x00"
    return base64.b64encode(hdr + rbytes(n)).decode()


def fmr_template(n):
    hdr = b"FMR\x00 20\x00" + struct.pack(">I", 26 + n) + b"\x00\x00\x01\x40\x01\xe0\x00\xc5\x00\xc5\x01\x00\x00\x00"
    return base64.b64encode(hdr + rbytes(n)).decode()


def face_template(nfloat):
    return base64.b64encode(struct.pack("<%df" % nfloat, *[R.uniform(-0.3, 0.3) for _ in range(nfloat)])).decode()


def rand_date(a, b):
    return a + dt.timedelta(days=R.randint(0, (b - a).days))


def age_on(dob, on):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]


def fd(d, st):
    y, m, dd = d.year, d.month, d.day
    iso = f"{y:04d}-{m:02d}-{dd:02d}"
    return {"iso": iso, "us": f"{m:02d}/{dd:02d}/{y}", "us1": f"{m}/{dd}/{y}", "hl7": f"{y:04d}{m:02d}{dd:02d}",
            "dmy": f"{dd:02d}/{m:02d}/{y}", "de": f"{dd:02d}.{m:02d}.{y}", "mon": f"{dd:02d} {MON[m - 1]} {y}",
            "long": f"{MONTH[m - 1]} {dd}, {y}", "isoz": iso + "T00:00:00Z", "isoms": iso + "T00:00:00.000Z",
            "isooff": iso + "T00:00:00.000+00:00", "ymd": f"{y}/{m:02d}/{dd:02d}", "usdash": f"{m:02d}-{dd:02d}-{y}"}[st]


def fdt(x, st):
    off = "-05:00" if x.month < 3 or (x.month == 3 and x.day < 10) or x.month > 11 else "-04:00"
    return {"isooff": x.strftime("%Y-%m-%dT%H:%M:%S") + off, "isoz": x.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "sql": x.strftime("%Y-%m-%d %H:%M:%S"), "hl7": x.strftime("%Y%m%d%H%M"),
            "us": x.strftime("%m/%d/%Y ") + x.strftime("%I:%M %p").lstrip("0")}[st]


def days_epoch(d):
    return (d - dt.date(1970, 1, 1)).days


def ms_epoch_date(d):
    return days_epoch(d) * 86400000


def svc_day():
    return rand_date(dt.date(2023, 9, 1), dt.date(2024, 3, 10))


def svc_dt():
    d = svc_day()
    return dt.datetime(d.year, d.month, d.day, R.randint(6, 21), R.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]))


def future_appt():
    d = rand_date(dt.date(2024, 3, 12), dt.date(2024, 5, 30))
    return dt.datetime(d.year, d.month, d.day, R.randint(7, 17), R.choice([0, 15, 30, 45]))


CLOCK = [dt.datetime(2024, 3, 11, 5, 58, 3, 117000, tzinfo=UTC)]


def tick():
    CLOCK[0] += dt.timedelta(seconds=R.randint(0, 25), microseconds=R.randint(0, 999999))
    return CLOCK[0]


def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def iso_us(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def iso_ns(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.%f") + digits(3) + "Z"


def iso_s(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def ms(t):
    return int(t.timestamp() * 1000)


def us(t):
    return int(t.timestamp()) * 1000000 + t.microsecond


def ns(t):
    return str(us(t)) + digits(3)


def money():
    return f"{R.randint(35, 4800)}.{R.choice(['00', '50', '25', '75', '40', '18'])}"


def claim_id():
    return R.choice([f"CLM-{TODAY:%Y}-{digits(7)}", f"{TODAY:%y}{R.randint(1, 365):03d}{digits(6)}", "C" + digits(11)])


def oid():
    return f"{int(CLOCK[0].timestamp()) - R.randint(0, 9000000):08x}" + hexs(16)


def pod(name):
    return f"{name}-{hexs(9)[:R.choice([8, 9, 10])]}-{alnum(5, 'bcdfghjklmnpqrstvwxz2456789')}"


# ---------------------------------------------------------------------------
# Pools
# ---------------------------------------------------------------------------

FIRST = ["Rose", "Hope", "Grace", "Joy", "June", "Summer", "Will", "Bill", "Mark", "Faith", "Sandy", "Rich",
         "Dawn", "Iris", "Ivy", "Olive", "Sky", "Chance", "Major", "Royal", "Aaliyah", "Chidi", "Oluwaseun",
         "Ngozi", "Kwame", "Amara", "Priya", "Arjun", "Anjali", "Mei-Ling", "Wei", "Hiroshi", "Yuki", "Min-jun",
         "Ji-woo", "Thanh", "Minh", "Linh", "Sofía", "José", "Mateo", "Valentina", "Jesús", "Björn", "Ingrid",
         "Zoë", "Søren", "Tomasz", "Agnieszka", "Dmitri", "Svetlana", "Fatima", "Yusuf", "Omar", "Aisha",
         "Layla", "Siobhán", "Declan", "Niamh", "Leilani", "Keanu", "Kalani", "Sione", "Mele", "Hemi", "Aroha",
         "Ayesha", "Imran", "Rafael", "João", "Thiago", "Chiamaka", "Tenzin", "Pema", "Xochitl", "Ximena",
         "Giuseppe", "Chiara", "Élodie", "François", "Noor", "Eitan", "Shira", "Dakota", "Cheyenne",
         "Wanjiru", "Baraka", "Esperanza", "Guadalupe", "Kofi", "Efua", "Marcus", "Brenda", "Harold",
         "Dolores", "Eugene", "Mildred", "Tyrone", "Latoya", "Cody", "Brittany"]
LAST = ["Baker", "Mills", "Strong", "Hill", "Green", "Cash", "Story", "Day", "Young", "Love", "Brown", "Lane",
        "Rivers", "Wolf", "Bird", "Church", "King", "Page", "Person", "Money", "Okafor", "Okonkwo", "Adebayo",
        "Eze", "Mensah", "Raghunathan", "Patel", "Iyer", "Chen", "Tanaka", "Watanabe", "Kim", "Park", "Nguyen",
        "Tran", "Pham", "Hernández", "García", "Ruiz", "Lindqvist", "Johansson", "Müller", "Wójcik",
        "Kowalski", "Volkov", "Ivanova", "Al-Sayed", "Haddad", "Demir", "O'Sullivan", "Ní Bhriain", "Kahale",
        "Akana", "Taufa", "Fifita", "Walker", "Ngata", "Siddiqui", "da Silva", "Mendes", "Ramírez", "Rossi",
        "Esposito", "Dubois", "Lefèvre", "Cohen", "Levi", "Yazzie", "Begay", "Kamau", "Otieno", "Asante",
        "Boateng", "MacLeod", "van der Berg", "St. John", "Nakamura-Lee", "Washington", "Jefferson", "Snow"]
STREETS = ["Larkspur Ln", "Old Mill Rd", "Calle Ocho", "Kamehameha Hwy", "Martin Luther King Jr Blvd",
           "Maple Ave", "Willow Creek Dr", "N Orchard St", "Cedar Hollow Ct", "E 7th St", "Prospect Pl",
           "Sandpiper Way", "Route 9G", "Ridgeview Ter", "Pine Knot Trl", "Avenida Del Sol", "Lakeshore Dr W",
           "Birch Rd", "Harmony Cir", "Bayou Bend", "Quarry Hill Rd", "S Cottonwood Ave", "Pueblo Dr",
           "Hemlock St", "Division St", "Bluebonnet Ln", "Ocean View Ave", "Church St", "Summit Blvd"]
UNITS = ["Apt 3B", "Unit 12", "#204", "Lot 17", "Apt 1", "Ste 5", "Trlr 9", "Fl 2"]
CITIES = [("Millbrook", "Dutchess County", "NY", "12545"), ("Hamtramck", "Wayne County", "MI", "48212"),
          ("Kailua", "Honolulu County", "HI", "96734"), ("Chula Vista", "San Diego County", "CA", "91910"),
          ("Bismarck", "Burleigh County", "ND", "58501"), ("Tempe", "Maricopa County", "AZ", "85281"),
          ("Lowell", "Middlesex County", "MA", "01852"), ("Decatur", "DeKalb County", "GA", "30030"),
          ("Laredo", "Webb County", "TX", "78041"), ("Bellingham", "Whatcom County", "WA", "98225"),
          ("Paterson", "Passaic County", "NJ", "07501"), ("Gallup", "McKinley County", "NM", "87301"),
          ("Duluth", "St. Louis County", "MN", "55802"), ("Hialeah", "Miami-Dade County", "FL", "33010"),
          ("Frederick", "Frederick County", "MD", "21701"), ("Asheville", "Buncombe County", "NC", "28801"),
          ("Lancaster", "Lancaster County", "PA", "17602"), ("Boise", "Ada County", "ID", "83702"),
          ("Dearborn", "Wayne County", "MI", "48126"), ("Window Rock", "Apache County", "AZ", "86515"),
          ("Sioux Falls", "Minnehaha County", "SD", "57104"), ("Fresno", "Fresno County", "CA", "93721"),
          ("Burlington", "Chittenden County", "VT", "05401"), ("Hilo", "Hawaii County", "HI", "96720"),
          ("Hope", "Hempstead County", "AR", "71801"), ("Mobile", "Mobile County", "AL", "36602"),
          ("Reading", "Berks County", "PA", "19601"), ("Independence", "Jackson County", "MO", "64050"),
          ("Brownsville", "Cameron County", "TX", "78520"), ("Pawtucket", "Providence County", "RI", "02860")]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me", "hotmail.com", "aol.com",
           "comcast.net", "att.net", "live.com"]
STAFF = [("Helen", "Marsh", "MD"), ("Anil", "Kapoor", "MD"), ("Carla", "Diaz", "RN"), ("Rebecca", "Stone", "DO"),
         ("Yvonne", "Achebe", "MD"), ("Paul", "Whitfield", "PA-C"), ("Megan", "Fry", "NP"),
         ("Samuel", "Ortiz", "MD"), ("Grace", "Lindholm", "RN"), ("Tariq", "Haddad", "MD"),
         ("Lucia", "Ferreira", "PharmD"), ("Kenji", "Mori", "MD"), ("Dana", "Brooks", "LCSW"),
         ("Owen", "Castillo", "RN"), ("Joy", "Abernathy", "NP")]
ORGS = ["St. Brigid Medical Center", "Lakeside Family Health", "Northwind Orthopedics", "Cascade Dialysis Partners",
        "Harbor View Imaging", "Hope Valley Pharmacy #0417", "Grace Memorial Hospital", "Sunrise Pediatrics PLLC",
        "Mesa Verde Community Clinic", "Riverbend Behavioral Health", "Summit Cardiology Associates",
        "Kalani Urgent Care", "Prairie Lab Services"]
ORG_ADDR = [("1200 Medical Center Dr", "Suite 300", "Springfield", "IL", "62702"),
            ("450 Harbor Blvd", "", "Oxnard", "CA", "93035"), ("88 Riverside Pkwy", "Bldg C", "Lowell", "MA", "01852"),
            ("3100 N Central Ave", "Ste 1400", "Phoenix", "AZ", "85012"), ("19 Hospital Hill Rd", "", "Burlington", "VT", "05401"),
            ("7001 Fannin St", "Fl 6", "Houston", "TX", "77030"), ("250 E Grand River Ave", "", "Detroit", "MI", "48226")]
PAYERS = [("Aetna", "60054"), ("UnitedHealthcare", "87726"), ("Cigna", "62308"), ("Humana", "61101"),
          ("Anthem Blue Cross", "47198"), ("Molina Healthcare of Texas", "20554"), ("BCBS of Texas", "84980"),
          ("Kaiser Permanente NCAL", "94134"), ("Medicare Part B (J6)", "06102"), ("Wellcare", "14163")]
REGIONS = ["us-east-1", "us-east-2", "us-west-2", "ca-central-1"]
GREGIONS = ["us-central1", "us-east4", "us-west1", "northamerica-northeast1"]
AWS_ACCT = "482913750164"
AWS_ACCT2 = "730615298844"
GPROJ = "carepath-prod-7731"
SERVICES = ["intake-api", "eligibility-svc", "claims-router", "patient-index", "scheduler", "billing-worker",
            "notify-sms", "hl7-bridge", "fhir-facade", "lab-results", "portal-web", "edi-gateway"]
CPT = ["99213", "99214", "93000", "80053", "85025", "71046", "97110", "90837", "36415", "99396", "G0439"]
ICD = ["E11.9", "I10", "J45.909", "M54.5", "Z00.00", "F41.1", "N18.3", "K21.9", "E78.5", "R07.9"]
UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.90 Mobile Safari/537.36",
      "CarePath/5.12.0 (com.carepath.patient; build:5120417; iOS 17.2.1) Alamofire/5.8.1",
      "okhttp/4.12.0"]
ORG_PHONES = [phone10() for _ in range(12)]


def staff_name():
    f, l, c = R.choice(STAFF)
    return R.choice([f"Dr. {f} {l}", f"{f} {l}, {c}", f"{l}, {f} {c}", f"{f} {l} {c}", f"Dr. {l}"])


def org_phone(st=None):
    return fphone(R.choice(ORG_PHONES), st or R.choice(["paren", "dash", "dot", "e164"]))


def org_addr():
    return R.choice(ORG_ADDR)


def version():
    return f"{R.randint(1, 5)}.{R.randint(0, 24)}.{R.randint(0, 19)}"


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def mk_email(f, l):
    f2 = re.sub("[^a-z]", "", ascii_fold(f).lower())
    l2 = re.sub("[^a-z]", "", ascii_fold(l).lower())
    pat = R.choice([f"{f2}.{l2}", f"{f2}{l2}{R.randint(1, 99)}", f"{f2[0]}{l2}", f"{l2}.{f2}{R.randint(50, 99)}",
                    f"{f2}_{l2}", f"{f2}{R.randint(1940, 2005)}"])
    return pat + "@" + R.choice(DOMAINS)


class Person:
    def __init__(self, old=False):
        self.first = R.choice(FIRST)
        self.last = R.choice(LAST)
        self.middle = R.choice(FIRST) if R.random() < .3 else ""
        self.sex = R.choice("FM")
        if old or R.random() < .13:
            self.dob = rand_date(dt.date(1925, 1, 1), dt.date(1933, 12, 31))
        else:
            self.dob = rand_date(dt.date(1936, 1, 1), dt.date(2019, 12, 31))
        self.age = age_on(self.dob, TODAY)
        self.city, self.county, self.state, self.zip = R.choice(CITIES)
        self.zip4 = f"{R.randint(1, 9999):04d}"
        self.street = f"{R.randint(2, 9899)} {R.choice(STREETS)}"
        self.unit = R.choice(UNITS) if R.random() < .3 else ""
        self.phone, self.phone2, self.fax = phone10(), phone10(), phone10()
        self.email = mk_email(self.first, self.last)
        self.ssn = ssn9()
        self.mrn = mrn()
        self.member = member_id()
        self.mbi = mbi()
        self.medicaid = medicaid_id()
        self.acct = acct_no()
        self.card = card_no()
        self.bank = digits(R.randint(9, 12))
        self.dl = dl_no(self.state)
        self.vin = vin()
        self.plate = plate()
        self.dev = device_serial()
        self.imei = imei()
        self.mac = mac()
        self.ip = pub_ip()
        self.ip6 = pub_ip6()
        self.passport = R.choice(["", "A", "C"]) + digits(9 if R.random() < .5 else 8)
        self.passport = self.passport[-9:]
        self.portal_user = "u_" + digits(7)

    def full(self, st="fl"):
        m = self.middle
        return {"fl": f"{self.first} {self.last}",
                "fml": f"{self.first} {m[0]}. {self.last}" if m else f"{self.first} {self.last}",
                "lf": f"{self.last}, {self.first}",
                "LF": f"{self.last.upper()}, {self.first.upper()}",
                "FL": f"{self.first.upper()} {self.last.upper()}",
                "lfm": f"{self.last}, {self.first} {m}".strip()}[st]


def relative(p):
    r = Person()
    if R.random() < .7:
        r.last = p.last
    r.email = mk_email(r.first, r.last)
    return r


def age_v(p, as_str=False):
    v = str(p.age) if as_str else p.age
    if p.age > 89:
        return P(v, "age", num=not as_str)
    return v


# ---------------------------------------------------------------------------
# Families.  Each returns (segments, is_json_line).
# ---------------------------------------------------------------------------

def sns_envelope(pairs):
    return T("{\n  ", J(",\n  ", [T(json.dumps(k), " : ", jd(v)) for k, v in pairs]), "\n}")


def fam_sqs_sns(phi):
    t = tick()
    if phi:
        p = Person()
        mem = {"memberId": P(p.member, "health_plan"), "firstName": P(p.first, "name"),
               "lastName": P(p.last, "name"), "dateOfBirth": P(fd(p.dob, "iso"), "date"), "gender": p.sex}
        if R.random() < .35:
            mem["subscriberSsn"] = P(fssn(p.ssn, "dash"), "ssn")
        payer = R.choice(PAYERS)
        inner = {"eventType": "claim.submitted", "claimId": claim_id(), "member": mem,
                 "serviceDate": P(fd(svc_day(), "iso"), "date"),
                 "billingProvider": {"npi": npi(), "name": R.choice(ORGS), "taxId": ein()},
                 "payerId": payer[1], "placeOfService": R.choice(["11", "22", "02"]),
                 "totalCharge": money(), "lineCount": R.randint(1, 6)}
        if R.random() < .4:
            inner["patientAccountNumber"] = P(p.acct, "account")
    else:
        inner = {"eventType": R.choice(["claim.batch.completed", "remit.835.ingested", "eligibility.cache.refreshed"]),
                 "batchId": f"B{t:%Y%m%d}-{R.randint(1000, 9999)}",
                 "fileName": f"837P_{digits(9)}_{t:%Y%m%d}.x12", "recordCount": R.randint(100, 90000),
                 "rejected": R.randint(0, 40), "payerId": R.choice(PAYERS)[1],
                 "submitterId": digits(9), "durationMs": R.randint(200, 90000)}
    msg = jd(inner)
    topic = f"arn:aws:sns:us-east-1:{AWS_ACCT}:claims-events"
    env = [("Type", "Notification"), ("MessageId", uid()), ("TopicArn", topic), ("Message", msg),
           ("Timestamp", iso_ms(t)), ("SignatureVersion", "1"), ("Signature", b64rand(256)),
           ("SigningCertURL", "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-" + hexs(32) + ".pem"),
           ("UnsubscribeURL", "https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=" + topic + ":" + uid())]
    body = sns_envelope(env)
    sent = ms(t) - R.randint(20, 900)
    rec = {"messageId": uid(), "receiptHandle": "AQEB" + b64rand(120).replace("=", ""), "body": body,
           "attributes": {"ApproximateReceiveCount": str(R.choice([1, 1, 1, 2, 3])), "SentTimestamp": str(sent),
                          "SenderId": "AIDAIT2UOQQY3AUEKVGXU", "ApproximateFirstReceiveTimestamp": str(sent + R.randint(3, 300))},
           "messageAttributes": {}, "md5OfBody": hashlib.md5(plain(body).encode()).hexdigest(),
           "eventSource": "aws:sqs", "eventSourceARN": f"arn:aws:sqs:us-east-1:{AWS_ACCT}:claims-intake",
           "awsRegion": "us-east-1"}
    return jd({"Records": [rec]}), True


def fam_eventbridge(phi):
    t = tick()
    if phi:
        p = Person()
        pat = {"mrn": P(p.mrn, "mrn"), "name": {"given": [P(p.first, "name")] + ([P(p.middle, "name")] if p.middle else []),
                                                   "family": P(p.last, "name")},
               "birthDate": P(fd(p.dob, "iso"), "date"), "sex": p.sex,
               "contact": {"mobile": P(fphone(p.phone, "e164"), "phone"), "email": P(p.email, "email")},
               "address": {"line1": P(p.street, "address")}}
        if p.unit:
            pat["address"]["line2"] = P(p.unit, "address")
        pat["address"].update({"city": P(p.city, "address"), "state": p.state, "postalCode": P(p.zip, "zip")})
        det = {"patient": pat, "registeredBy": staff_name(),
               "facility": {"name": R.choice(ORGS), "phone": org_phone(), "npi": npi()}}
        if R.random() < .4:
            r = relative(p)
            det["emergencyContact"] = {"name": P(r.full(), "name"), "relationship": R.choice(["daughter", "spouse", "son", "niece", "friend"]),
                                       "phone": P(fphone(r.phone, "paren"), "phone")}
        if R.random() < .2:
            pat["contact"]["fax"] = P(fphone(p.fax, "dash"), "fax")
        r2 = R.random()
        if r2 < .3:
            det["identityDocument"] = {"type": "DRIVERS_LICENSE", "number": P(p.dl, "license"), "issuer": p.state}
        elif r2 < .5:
            det["identityDocument"] = {"type": "PASSPORT", "number": P(p.passport, "other_id"), "issuer": "USA"}
        dtype, src = "PatientRegistered", "com.carepath.registration"
    else:
        start = future_appt()
        det = {"slotId": "SLT-" + digits(8), "clinicId": "CLN-" + digits(4),
               "provider": {"name": staff_name(), "npi": npi(), "phone": org_phone()},
               "start": fdt(start, "isooff"), "durationMin": R.choice([15, 20, 30, 40]),
               "reason": R.choice(["provider_unavailable", "room_maintenance", "template_change"]),
               "ticket": "INC00" + digits(5)}
        dtype, src = "AppointmentSlotReleased", "com.carepath.scheduling"
    ev = {"version": "0", "id": uid(), "detail-type": dtype, "source": src, "account": AWS_ACCT,
          "time": iso_s(t), "region": "us-east-2", "resources": [], "detail": det}
    return T(f"{iso_ms(t)}\t{uid()}\tINFO\tReceived event: ", jd(ev)), False


def fam_cloudevents(phi):
    t = tick()
    ce = {"specversion": "1.0", "id": uid(), "source": "//interfaces.carepath.io/labs/quest"}
    if phi:
        p = Person(old=R.random() < .22)
        d = svc_dt()
        data = {"accessionNumber": f"A{t:%y}-{R.randint(1, 365):03d}-{digits(5)}",
                "patient": {"mrn": P(p.mrn, "mrn"), "name": P(p.full("LF"), "name"),
                            "dob": P(fd(p.dob, "us"), "date"), "sex": p.sex},
                "specimen": {"collected": P(fdt(d, "isooff"), "date"), "type": R.choice(["SER", "BLD", "UR"])},
                "orderingProvider": {"name": staff_name(), "npi": npi()},
                "results": [{"loinc": R.choice(["2345-7", "4548-4", "2160-0", "718-7"]), "value": str(R.randint(4, 240)),
                             "unit": R.choice(["mg/dL", "%", "g/dL"]), "flag": R.choice(["H", "N", "L"])}]}
        if p.age > 89 or R.random() < .3:
            data["patient"]["ageAtCollection"] = age_v(p)
        ce.update({"type": "org.carepath.lab.result.finalized.v1", "subject": T("Patient/", P(p.mrn, "mrn")),
                   "time": iso_ms(t), "datacontenttype": "application/json",
                   "traceparent": f"00-{hexs(32)}-{hexs(16)}-01"})
        ce["data"] = jd(data) if R.random() < .45 else data
    else:
        st = {"interface": "quest-orm-out", "state": R.choice(["RECONNECTED", "BACKPRESSURE", "DRAINED"]),
              "retries": R.randint(0, 9), "queueDepth": R.randint(0, 48213), "peer": f"{srv_pub_ip()}:{R.choice([5500, 6661, 7001])}"}
        ce.update({"type": "org.carepath.interface.status.v1", "subject": f"interfaces/quest/conn-{R.randint(1, 12)}",
                   "time": iso_ms(t), "datacontenttype": "application/json"})
        if R.random() < .5:
            ce["data_base64"] = b64s(json.dumps(st))
        else:
            ce["data"] = st
    return jd(ce), True


def dbz_field(typ, opt, name, lname=None):
    f = {"type": typ, "optional": opt}
    if lname:
        f["name"] = lname
        f["version"] = 1
    f["field"] = name
    return f


def fam_kafka_connect(phi):
    t = tick()
    if phi:
        p = Person()
        fields = [dbz_field("int64", False, "id"), dbz_field("string", False, "mrn"),
                  dbz_field("string", True, "first_name"), dbz_field("string", True, "last_name"),
                  dbz_field("int32", True, "birth_date", "io.debezium.time.Date"),
                  dbz_field("string", True, "home_phone"), dbz_field("string", True, "postal_code"),
                  dbz_field("int64", True, "updated_at", "io.debezium.time.MicroTimestamp"),
                  dbz_field("string", True, "__op"), dbz_field("int64", True, "__source_ts_ms")]
        payload = {"id": R.randint(1000, 999999), "mrn": P(p.mrn, "mrn"), "first_name": P(p.first, "name"),
                   "last_name": P(p.last, "name"), "birth_date": P(days_epoch(p.dob), "date", num=True),
                   "home_phone": P(fphone(p.phone, R.choice(["dash", "plain", "paren"])), "phone"),
                   "postal_code": P(p.zip, "zip"), "updated_at": us(t), "__op": R.choice(["c", "u"]),
                   "__source_ts_ms": ms(t) - R.randint(5, 400)}
        if R.random() < .4:
            fields.insert(7, dbz_field("string", True, "email"))
            payload = dict(list(payload.items())[:7] + [("email", P(p.email, "email"))] + list(payload.items())[7:])
        name = "ehr.public.patients.Value"
    else:
        fields = [dbz_field("int64", False, "id"), dbz_field("string", False, "cpt_code"),
                  dbz_field("string", True, "description"), dbz_field("int64", True, "price_cents"),
                  dbz_field("int32", True, "effective_date", "io.debezium.time.Date"),
                  dbz_field("int64", True, "updated_at", "io.debezium.time.MicroTimestamp"),
                  dbz_field("string", True, "__op")]
        payload = {"id": R.randint(1000, 99999), "cpt_code": R.choice(CPT),
                   "description": R.choice(["Office visit est pt 15 min", "Comprehensive metabolic panel", "Venipuncture"]),
                   "price_cents": R.randint(1500, 90000), "effective_date": days_epoch(dt.date(2024, 1, 1)),
                   "updated_at": us(t), "__op": "u"}
        name = "billing.public.charge_master.Value"
    schema = {"type": "struct", "fields": fields, "optional": False, "name": name}
    return jd({"schema": schema, "payload": payload}), True


def fam_ddb_stream(phi):
    t = tick()
    if phi:
        p = Person(old=R.random() < .22)
        pk = {"S": T("PATIENT#", P(p.mrn, "mrn"))}
        keys = {"pk": pk, "sk": {"S": "PROFILE"}}
        img = {"pk": pk, "sk": {"S": "PROFILE"}, "givenName": {"S": P(p.first, "name")},
               "familyName": {"S": P(p.last, "name")}, "dob": {"S": P(fd(p.dob, "iso"), "date")},
               "phones": {"L": [{"M": {"type": {"S": "mobile"}, "number": {"S": P(fphone(p.phone, "e164"), "phone")}}}]},
               "address": {"M": {"street": {"S": P(p.street, "address")}, "city": {"S": P(p.city, "address")},
                                 "state": {"S": p.state}, "zip": {"S": P(p.zip, "zip")}}},
               "visitCount": {"N": str(R.randint(1, 40))}, "smsOptIn": {"BOOL": R.random() < .5},
               "preferredPharmacy": {"M": {"name": {"S": R.choice(ORGS)}, "fax": {"S": org_phone("plain")}}},
               "updatedAt": {"N": str(ms(t))}}
        if p.age > 89:
            img["ageYears"] = {"N": age_v(p, True)}
        ev = R.choice(["INSERT", "MODIFY"])
        d = {"ApproximateCreationDateTime": int(t.timestamp()), "Keys": keys, "NewImage": img,
             "SequenceNumber": digits(21), "SizeBytes": R.randint(200, 900), "StreamViewType": "NEW_AND_OLD_IMAGES"}
        if ev == "MODIFY":
            old = dict(img)
            old["phones"] = {"L": [{"M": {"type": {"S": "home"}, "number": {"S": P(fphone(p.phone2, "e164"), "phone")}}}]}
            old["updatedAt"] = {"N": str(ms(t) - R.randint(10 ** 7, 10 ** 9))}
            d = {"ApproximateCreationDateTime": d["ApproximateCreationDateTime"], "Keys": keys, "NewImage": img,
                 "OldImage": {k: old[k] for k in ("pk", "sk", "phones", "updatedAt")},
                 "SequenceNumber": d["SequenceNumber"], "SizeBytes": d["SizeBytes"], "StreamViewType": "NEW_AND_OLD_IMAGES"}
        table = "patient-profiles"
    else:
        ev = "MODIFY"
        slot = future_appt()
        keys = {"pk": {"S": f"CLINIC#{R.randint(1, 99):04d}"}, "sk": {"S": "SLOT#" + slot.strftime("%Y-%m-%dT%H:%M")}}
        img = dict(keys)
        img.update({"providerNpi": {"S": npi()}, "status": {"S": R.choice(["OPEN", "HELD", "RELEASED"])},
                    "room": {"S": f"EXAM-{R.randint(1, 24)}"}, "holdTtl": {"N": str(int(t.timestamp()) + 900)},
                    "version": {"N": str(R.randint(1, 30))}})
        d = {"ApproximateCreationDateTime": int(t.timestamp()), "Keys": keys, "NewImage": img,
             "SequenceNumber": digits(21), "SizeBytes": R.randint(120, 400), "StreamViewType": "NEW_IMAGE"}
        table = "appointment-slots"
    rec = {"eventID": hexs(32), "eventName": ev, "eventVersion": "1.1", "eventSource": "aws:dynamodb",
           "awsRegion": "us-east-1", "dynamodb": d,
           "eventSourceARN": f"arn:aws:dynamodb:us-east-1:{AWS_ACCT}:table/{table}/stream/2024-02-01T17:22:09.113"}
    return jd({"Records": [rec]}), True


def fam_ddb_sdk(phi):
    t = tick()
    if phi:
        p = Person()
        item = {"pk": {"S": T("MEMBER#", P(p.member, "health_plan"))}, "sk": {"S": "ENROLLMENT#2024"},
                "subscriber": {"M": {"name": {"S": P(p.full("fl"), "name")},
                                     "ssn": {"S": P(fssn(p.ssn, R.choice(["dash", "plain"])), "ssn")},
                                     "relationship": {"S": "self"}}},
                "planCode": {"S": R.choice(["HMO-GOLD-24", "PPO-SILVER-24", "EPO-BRONZE-24"])},
                "groupNumber": {"S": "GRP" + digits(6)}}
        if R.random() < .6:
            deps = []
            for _ in range(R.randint(1, 2)):
                r = relative(p)
                deps.append({"M": {"name": {"S": P(r.full("fl"), "name")}, "dob": {"S": P(fd(r.dob, "iso"), "date")},
                                   "rel": {"S": R.choice(["child", "spouse"])}}})
            item["dependents"] = {"L": deps}
        if p.age >= 65 and R.random() < .7:
            item["mbi"] = {"S": P(fmbi(p.mbi, False), "health_plan")}
        item["phones"] = {"SS": [P(fphone(p.phone, "e164"), "phone"), P(fphone(p.phone2, "e164"), "phone")]}
        item["premiumCents"] = {"N": str(R.randint(0, 90000))}
        inp = {"TableName": "member-enrollment", "Item": item, "ConditionExpression": "attribute_not_exists(pk)"}
        cmd, table = "PutItemCommand", "member-enrollment"
    else:
        inp = {"TableName": "rate-limits", "Key": {"pk": {"S": f"client#{hexs(12)}"}, "sk": {"S": "window#" + str(int(t.timestamp()) // 60)}},
               "UpdateExpression": "ADD hits :one SET expiresAt = :ttl",
               "ExpressionAttributeValues": {":one": {"N": "1"}, ":ttl": {"N": str(int(t.timestamp()) + 120)}}}
        cmd, table = "UpdateItemCommand", "rate-limits"
    out = {"$metadata": {"httpStatusCode": 200, "requestId": alnum(52, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                         "attempts": 1, "totalRetryDelay": 0},
           "ConsumedCapacity": {"TableName": table, "CapacityUnits": R.choice([1, 1, 2, 5])}}
    return jd({"clientName": "DynamoDBClient", "commandName": cmd, "input": inp, "output": out,
               "level": "debug", "time": iso_ms(t)}), True


def fam_mongo_slowlog(phi):
    t = tick()
    if phi:
        p = Person()
        k = R.randrange(5)
        if k == 0:
            flt = {"lastName": P(p.last, "name"), "dob": {"$date": P(fd(p.dob, "isoms"), "date")}}
            idx = "IXSCAN { lastName: 1, dob: 1 }"
        elif k == 1:
            flt = {"mrn": P(p.mrn, "mrn")}
            idx = "IXSCAN { mrn: 1 }"
        elif k == 2:
            flt = {"identifiers.ssn": P(fssn(p.ssn, "dash"), "ssn")}
            idx = "IXSCAN { identifiers.ssn: 1 }"
        elif k == 3:
            flt = {"contact.email": P(p.email, "email")}
            idx = "COLLSCAN"
        else:
            flt = {"$or": [{"phone": P(fphone(p.phone, "dash"), "phone")}, {"altPhone": P(fphone(p.phone, "dash"), "phone")}]}
            idx = "IXSCAN { phone: 1 }, IXSCAN { altPhone: 1 }"
        ns_, coll = "ehr.patients", "patients"
    else:
        flt = {"status": R.choice(["pending", "retry"]), "createdAt": {"$gte": {"$date": iso_ms(t - dt.timedelta(hours=6))}}}
        idx = "IXSCAN { status: 1, createdAt: -1 }"
        ns_, coll = "ehr.outbox_jobs", "outbox_jobs"
    ex = R.randint(1, 9000)
    attr = {"type": "command", "ns": ns_, "appName": R.choice(SERVICES),
            "command": {"find": coll, "filter": flt, "limit": R.choice([1, 20, 50]),
                        "lsid": {"id": {"$uuid": uid()}}, "$db": ns_.split(".")[0]},
            "planSummary": idx, "keysExamined": ex, "docsExamined": ex, "cursorExhausted": True, "numYields": R.randint(0, 9),
            "nreturned": R.randint(0, 3), "queryHash": hexs(8, True), "planCacheKey": hexs(8, True),
            "reslen": R.randint(200, 9000), "remote": f"{priv_ip()}:{R.randint(30000, 65000)}",
            "protocol": "op_msg", "durationMillis": R.randint(100, 4000)}
    return jd({"t": {"$date": t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}+00:00"},
               "s": "I", "c": "COMMAND", "id": 51803, "ctx": f"conn{R.randint(100, 99999)}", "msg": "Slow query",
               "attr": attr}), True


def ext_date(d, cat_date):
    """Relaxed extended JSON for a date: ISO only for 1970..9999, else canonical."""
    if d.year >= 1970:
        return {"$date": P(fd(d, "isoms"), "date") if cat_date else fd(d, "isoms")}
    v = str(ms_epoch_date(d))
    return {"$date": {"$numberLong": P(v, "date") if cat_date else v}}


def fam_mongo_change(phi):
    t = tick()
    _id = oid()
    if phi:
        p = Person()
        op = R.choice(["insert", "update"])
        base = {"_id": {"_data": "8265" + hexs(108, True)}, "operationType": op,
                "clusterTime": {"$timestamp": {"t": int(t.timestamp()), "i": R.randint(1, 40)}},
                "wallTime": {"$date": iso_ms(t)}}
        if op == "insert":
            doc = {"_id": {"$oid": _id}, "accountNumber": P(p.acct, "account"),
                   "patient": {"mrn": P(p.mrn, "mrn"), "name": {"first": P(p.first, "name"), "last": P(p.last, "name")},
                               "dob": ext_date(p.dob, True)},
                   "balanceCents": {"$numberLong": str(R.randint(0, 2000000))}, "status": "OPEN",
                   "createdAt": {"$date": {"$numberLong": str(ms(t))}}}
            if R.random() < .6:
                g = relative(p)
                doc["guarantor"] = {"name": P(g.full("fl"), "name"), "relationship": R.choice(["mother", "father", "spouse", "self"]),
                                    "phone": P(fphone(g.phone, "dash"), "phone"), "employer": R.choice(["Costco Wholesale", "Dollar General", "Self-employed"]),
                                    "ssn": P(fssn(g.ssn, "plain"), "ssn")}
                if R.random() < .35:
                    doc["guarantor"]["driversLicense"] = {"number": P(g.dl, "license"), "state": g.state}
            base["fullDocument"] = doc
        else:
            upd = {"contact.phone": P(fphone(p.phone, "paren"), "phone"), "address.line1": P(p.street, "address"),
                   "address.city": P(p.city, "address"), "address.zip": P(p.zip + "-" + p.zip4, "zip"),
                   "updatedAt": {"$date": iso_ms(t)}, "version": {"$numberLong": str(R.randint(2, 80))}}
            base["updateDescription"] = {"updatedFields": upd, "removedFields": ["address.line2"] if R.random() < .3 else [],
                                         "truncatedArrays": []}
        base["ns"] = {"db": "billing", "coll": "accounts"}
        base["documentKey"] = {"_id": {"$oid": _id}}
    else:
        base = {"_id": {"_data": "8265" + hexs(108, True)}, "operationType": "update",
                "clusterTime": {"$timestamp": {"t": int(t.timestamp()), "i": R.randint(1, 40)}},
                "wallTime": {"$date": iso_ms(t)},
                "ns": {"db": "ops", "coll": "feature_flags"}, "documentKey": {"_id": {"$oid": _id}},
                "updateDescription": {"updatedFields": {"rolloutPct": R.choice([5, 10, 25, 50, 100]),
                                                        "updatedBy": "deploy-bot", "rev": {"$numberLong": digits(6)}},
                                      "removedFields": [], "truncatedArrays": []}}
    return jd(base), True


def fsv(v):
    return {"stringValue": v}


def fam_firestore(phi):
    t = tick()
    docid = alnum(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    ct = t - dt.timedelta(days=R.randint(1, 500))
    if phi:
        p = Person(old=R.random() < .22)
        fields = {"displayName": fsv(P(p.full(R.choice(["fl", "fml"])), "name")),
                  "dob": {"timestampValue": P(fd(p.dob, "isoz"), "date")},
                  "phone": fsv(P(fphone(p.phone, R.choice(["e164", "paren", "dash"])), "phone")),
                  "homeAddress": {"mapValue": {"fields": {"street": fsv(P(p.street, "address")), "city": fsv(P(p.city, "address")),
                                                          "state": fsv(p.state), "zip": fsv(P(p.zip, "zip"))}}},
                  "insurance": {"mapValue": {"fields": {"memberId": fsv(P(p.member, "health_plan")),
                                                        "payer": fsv(R.choice(PAYERS)[0])}}}}
        if p.age > 89 or R.random() < .3:
            fields["ageYears"] = {"integerValue": age_v(p, True)}
        r = R.random()
        if r < .3:
            cg = relative(p)
            fields["caregivers"] = {"arrayValue": {"values": [{"mapValue": {"fields": {
                "name": fsv(P(cg.full(), "name")), "phone": fsv(P(fphone(cg.phone, "e164"), "phone")),
                "email": fsv(P(cg.email, "email"))}}}]}}
        elif r < .52:
            fields["avatar"] = fsv(P("data:image/jpeg;base64," + jpeg_b64(R.randint(300, 520)), "photo"))
        elif r < .62:
            fields["faceAuth"] = {"mapValue": {"fields": {"vendor": fsv("FaceTec"), "enrolled": {"booleanValue": True},
                                                          "template": fsv(P(face_template(48), "biometric"))}}}
        elif r < .76:
            fields["homeFax"] = fsv(P(fphone(p.fax, "dash"), "fax"))
        else:
            fields["pairedDevices"] = {"arrayValue": {"values": [{"mapValue": {"fields": {
                "kind": fsv(R.choice(["cgm", "bp_cuff", "scale"])), "serial": fsv(P(p.dev, "device")),
                "bleAddress": fsv(P(p.mac, "device"))}}}]}}
        fields["consentSigned"] = {"booleanValue": True}
        path, mask = "patients", ["phone", "homeAddress"]
    else:
        a = org_addr()
        fields = {"name": fsv(R.choice(ORGS)), "phone": fsv(org_phone()), "fax": fsv(org_phone()),
                  "address": {"mapValue": {"fields": {"street": fsv(a[0]), "city": fsv(a[2]), "state": fsv(a[3]), "zip": fsv(a[4])}}},
                  "location": {"geoPointValue": {"latitude": round(R.uniform(25, 48), 6), "longitude": round(R.uniform(-122, -71), 6)}},
                  "openSlots": {"integerValue": str(R.randint(0, 120))},
                  "medicalDirector": fsv(staff_name())}
        path, mask = "clinics", ["openSlots"]
    val = {"createTime": iso_us(ct), "fields": fields,
           "name": f"projects/{GPROJ}/databases/(default)/documents/{path}/{docid}", "updateTime": iso_us(t)}
    return jd({"oldValue": {}, "updateMask": {"fieldPaths": mask}, "value": val}), True


def bqv(v):
    return {"v": v}


def fam_bigquery(phi):
    t = tick()
    rows = []
    if phi:
        for _ in range(R.randint(1, 3)):
            p = Person()
            adm = svc_dt()
            ts = f"{int(adm.replace(tzinfo=UTC).timestamp()):d}".rstrip("0")
            ts = f"{adm.replace(tzinfo=UTC).timestamp():.1f}"
            mant = ts.split(".")[0]
            ts_sci = f"{mant[0]}.{mant[1:].rstrip('0') or '0'}E{len(mant) - 1}"
            rows.append({"f": [bqv(P(p.mrn, "mrn")), bqv(P(p.full("LF"), "name")), bqv(P(fd(p.dob, "iso"), "date")),
                               bqv(P(p.zip, "zip")), bqv(P(ts_sci, "date")),
                               bqv([bqv(R.choice(ICD)) for _ in range(R.randint(1, 3))]),
                               bqv({"f": [bqv(R.choice(PAYERS)[0]), bqv(P(p.member, "health_plan"))]}),
                               bqv(None if R.random() < .5 else str(R.randint(1, 12)))]})
    else:
        for _ in range(R.randint(2, 4)):
            rows.append({"f": [bqv(fd(TODAY - dt.timedelta(days=R.randint(1, 9)), "iso")), bqv(R.choice(["SBMC", "LKFH", "NWO", "HVI"])),
                               bqv(str(R.randint(10, 4800))), bqv(f"{R.uniform(1, 7):.2f}"), bqv(str(R.randint(10000, 99999)))]})
    return jd({"kind": "bigquery#tableDataList", "etag": b64rand(16), "totalRows": str(len(rows) + R.randint(0, 4000)),
               "pageToken": "BF" + alnum(30), "rows": rows}), True


def fam_gcp_audit_bq(phi):
    t = tick()
    if phi:
        p = Person()
        k = R.randrange(4)
        if k == 0:
            q = T("SELECT * FROM `carepath-analytics.ehr.patients` WHERE last_name = '", xform(T(P(p.last, "name")), "sql"),
                      "' AND birth_date = DATE '", P(fd(p.dob, "iso"), "date"), "'")
        elif k == 1:
            q = T("SELECT encounter_id, admit_ts, dx FROM `carepath-analytics.ehr.encounters` WHERE ssn = '",
                  P(fssn(p.ssn, "dash"), "ssn"), "' ORDER BY admit_ts DESC LIMIT 50")
        elif k == 2:
            q = T("UPDATE `carepath-analytics.crm.contacts` SET email = '", P(p.email, "email"), "', phone = '",
                  P(fphone(p.phone, "plain"), "phone"), "' WHERE mrn = '", P(p.mrn, "mrn"), "'")
        else:
            q = T("SELECT claim_id, paid_amt FROM `carepath-analytics.claims.adjudicated` WHERE member_id IN ('",
                  P(p.member, "health_plan"), "', '", P(Person().member, "health_plan"), "') AND service_date = '",
                  P(fd(svc_day(), "iso"), "date"), "'")
    else:
        q = T(f"SELECT facility_id, DATE(admit_ts) AS d, COUNT(*) AS n FROM `carepath-analytics.ehr.encounters` "
              f"WHERE admit_ts BETWEEN '2024-03-01' AND '2024-03-{R.randint(2, 10):02d}' GROUP BY 1, 2 ORDER BY n DESC")
    job = f"bquxjob_{hexs(8)}_{hexs(12)}"
    meta = {"@type": "type.googleapis.com/google.cloud.audit.BigQueryAuditMetadata",
            "jobInsertion": {"job": {"jobName": f"projects/carepath-analytics/jobs/{job}",
                                     "jobConfig": {"type": "QUERY", "queryConfig": {"query": q, "priority": "QUERY_INTERACTIVE",
                                                                                   "statementType": "UPDATE" if "UPDATE" in plain(q)[:8] else "SELECT"}},
                                     "jobStatus": {"jobState": "DONE"},
                                     "jobStats": {"createTime": iso_ms(t), "totalBilledBytes": str(R.choice([10485760, 20971520, 0]))}},
                             "reason": "JOB_INSERT_REQUEST"}}
    pp = {"@type": "type.googleapis.com/google.cloud.audit.AuditLog", "status": {},
          "authenticationInfo": {"principalEmail": R.choice(["etl-runner@carepath-analytics.iam.gserviceaccount.com",
                                                             "mfry@carepath.io", "looker-sa@carepath-analytics.iam.gserviceaccount.com"])},
          "requestMetadata": {"callerIp": R.choice([priv_ip(), "private"]),
                              "callerSuppliedUserAgent": "gl-python/3.11.8 grpc/1.62.0 gax/2.17.1 gapic/3.19.0"},
          "serviceName": "bigquery.googleapis.com", "methodName": "google.cloud.bigquery.v2.JobService.InsertJob",
          "resourceName": f"projects/carepath-analytics/jobs/{job}", "metadata": meta}
    le = {"protoPayload": pp, "insertId": "-" + alnum(12, "abcdefghijklmnopqrstuvwxyz0123456789"),
          "resource": {"type": "bigquery_project", "labels": {"project_id": "carepath-analytics", "location": "US"}},
          "timestamp": iso_us(t), "severity": "INFO",
          "logName": "projects/carepath-analytics/logs/cloudaudit.googleapis.com%2Fdata_access",
          "receiveTimestamp": iso_ns(t + dt.timedelta(milliseconds=R.randint(50, 900)))}
    return jd(le), True


def fam_es_hits(phi):
    t = tick()
    hits = []
    if phi:
        for _ in range(R.randint(1, 2)):
            p = Person(old=R.random() < .22)
            src = {"mrn": P(p.mrn, "mrn"), "fullName": P(p.full("fl"), "name"), "birthDate": P(fd(p.dob, "iso"), "date"),
                   "phones": [P(fphone(p.phone, "dash"), "phone")],
                   "address": {"street": P(p.street, "address"), "city": P(p.city, "address"), "state": p.state,
                               "zip": P(p.zip, "zip")},
                   "lastVisit": P(fd(svc_day(), "iso"), "date"), "pcp": staff_name(),
                   "ageYears": age_v(p),
                   "@timestamp": iso_ms(t - dt.timedelta(hours=R.randint(1, 900)))}
            if R.random() < .3:
                src["chartUrl"] = P(f"https://ehr.stbrigid.org/chart/{p.mrn}", "url")
            h = {"_index": "patients-v7", "_id": alnum(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"),
                 "_score": round(R.uniform(3, 14), 6), "_source": src}
            if R.random() < .6:
                h["highlight"] = {"fullName": [T("<em>", P(p.first, "name"), "</em> ", P(p.last, "name"))]}
            hits.append(h)
        q = "patients-v7"
    else:
        for _ in range(R.randint(1, 2)):
            src = {"@timestamp": iso_ms(t - dt.timedelta(seconds=R.randint(1, 9000))), "log.level": R.choice(["WARN", "ERROR"]),
                   "message": R.choice(["Connection pool exhausted (max=50, waiting=12)", "Upstream timeout after 30000ms calling eligibility-svc",
                                        "Retrying HL7 ACK for control id MSG" + digits(8)]),
                   "service.name": R.choice(SERVICES), "host.name": f"ip-10-0-{R.randint(0, 9)}-{R.randint(2, 250)}.ec2.internal",
                   "trace.id": hexs(32), "kubernetes.pod.name": pod(R.choice(SERVICES))}
            hits.append({"_index": f".ds-logs-app-default-2024.03.{R.randint(1, 11):02d}-000{R.randint(1, 9)}",
                         "_id": alnum(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
                         "_score": round(R.uniform(1, 5), 6), "_source": src})
    total = len(hits) + R.randint(0, 3)
    return jd({"took": R.randint(2, 300), "timed_out": False, "_shards": {"total": 5, "successful": 5, "skipped": 0, "failed": 0},
               "hits": {"total": {"value": total, "relation": "eq"}, "max_score": max(h["_score"] for h in hits), "hits": hits}}), True


def fam_graphql_resp(phi):
    t = tick()
    edges = []
    if phi:
        for i in range(R.randint(1, 2)):
            p = Person(old=R.random() < .22)
            node = {"__typename": "Patient", "id": b64s("Patient:" + uid())[:40],
                    "mrn": P(p.mrn, "mrn"), "name": {"given": P(p.first, "name"), "family": P(p.last, "name")},
                    "birthDate": P(fd(p.dob, "iso"), "date"),
                    "telecom": [{"system": "PHONE", "use": "MOBILE", "value": P(fphone(p.phone, "paren"), "phone")},
                                {"system": "EMAIL", "use": "HOME", "value": P(p.email, "email")}],
                    "coverage": {"memberId": P(p.member, "health_plan"), "payer": {"name": R.choice(PAYERS)[0]}}}
            if p.age > 89:
                node["age"] = age_v(p)
            edges.append({"cursor": b64s(f"arrayconnection:{i}"), "node": node})
        root = "patientSearch"
    else:
        for i in range(R.randint(1, 3)):
            f, l, c = R.choice(STAFF)
            edges.append({"cursor": b64s(f"arrayconnection:{i}"),
                          "node": {"__typename": "Practitioner", "id": b64s("Practitioner:" + str(R.randint(1000, 99999))),
                                   "name": f"{f} {l}, {c}", "npi": npi(), "specialty": R.choice(["Cardiology", "Family Medicine", "Nephrology"]),
                                   "phone": org_phone(), "acceptingNewPatients": R.random() < .5}})
        root = "practitioners"
    resp = {"data": {root: {"totalCount": len(edges) + R.randint(0, 40),
                            "pageInfo": {"hasNextPage": R.random() < .3, "endCursor": edges[-1]["cursor"]}, "edges": edges}},
            "extensions": {"cost": {"requestedQueryCost": R.randint(5, 90), "throttleStatus": {"maximumAvailable": 1000, "currentlyAvailable": R.randint(100, 999)}}}}
    return jd(resp), True


def fam_graphql_req(phi):
    t = tick()
    if phi:
        p = Person()
        op = "UpdatePatientContact"
        query = ("mutation UpdatePatientContact($id: ID!, $input: PatientContactInput!) { updatePatientContact(id: $id, input: $input) "
                 "{ patient { id updatedAt } errors { field message } } }")
        inp = {"email": P(p.email, "email"), "mobilePhone": P(fphone(p.phone, R.choice(["dash", "paren", "plain"])), "phone")}
        if R.random() < .6:
            inp["homeAddress"] = {"line1": P(p.street, "address"), "city": P(p.city, "address"), "state": p.state,
                                  "postalCode": P(p.zip, "zip")}
        if R.random() < .2:
            inp["fax"] = P(fphone(p.fax, R.choice(["dash", "e164"])), "fax")
        if R.random() < .3:
            r = relative(p)
            inp["emergencyContact"] = {"fullName": P(r.full(), "name"), "phone": P(fphone(r.phone, "dash"), "phone")}
        var = {"id": b64s("Patient:" + uid())[:40], "input": inp}
    else:
        op = "ClinicHours"
        query = "query ClinicHours($clinicId: ID!, $date: Date!) { clinic(id: $clinicId) { name phone hours(date: $date) { opens closes } } }"
        var = {"clinicId": "CLN-" + digits(4), "date": fd(future_appt().date(), "iso")}
    line = {"level": 30, "time": ms(t), "pid": R.randint(8, 60000), "hostname": pod("gql-gateway"),
            "reqId": "req-" + alnum(4, "0123456789abcdefghijklmnopqrstuvwxyz"), "operationName": op, "query": query,
            "variables": var, "durationMs": R.randint(8, 2000), "msg": "graphql request completed"}
    return jd(line), True


def oattr(k, v, kind="stringValue"):
    return {"key": k, "value": {kind: v}}


def fam_otlp_traces(phi):
    t = tick()
    svc = R.choice(SERVICES)
    attrs = [oattr("http.request.method", R.choice(["GET", "POST"])), oattr("http.response.status_code", str(R.choice([200, 200, 404, 502])), "intValue"),
             oattr("server.address", f"{svc}.prod.svc.cluster.local"), oattr("server.port", str(R.choice([8080, 8443, 50051])), "intValue")]
    if phi:
        p = Person(old=R.random() < .22)
        host = R.choice(["api.carepath.io", "portal.lakesidehealth.org", "mychart.stbrigid.org"])
        url = f"https://{host}/v2/patients/{p.mrn}/coverage?asOf={TODAY.isoformat()}"
        name = "GET /v2/patients/{mrn}/coverage"
        attrs += [oattr("url.full", P(url, "url")), oattr("http.route", "/v2/patients/{mrn}/coverage"),
                  oattr("client.address", P(R.choice([p.ip, p.ip, p.ip6]), "ip")), oattr("enduser.id", P(p.email, "email"))]
        if R.random() < .5:
            attrs.append(oattr("app.member_id", P(p.member, "health_plan")))
        if p.age > 89:
            attrs.append(oattr("app.patient.age", P(str(p.age), "age"), "intValue"))
        else:
            attrs.append(oattr("app.patient.dob", P(fd(p.dob, "iso"), "date")))
    else:
        name = R.choice(["GET /healthz", "SELECT ehr.patients", "POST /v1/eligibility/batch"])
        attrs += [oattr("url.path", "/healthz" if "healthz" in name else "/v1/eligibility/batch"),
                  oattr("client.address", priv_ip()), oattr("db.statement", "SELECT id, mrn, dob FROM patients WHERE mrn = $1"),
                  oattr("app.batch.size", str(R.randint(10, 5000)), "intValue")]
    st = ns(t)
    span = {"traceId": hexs(32), "spanId": hexs(16), "parentSpanId": "", "name": name, "kind": 2,
            "startTimeUnixNano": st, "endTimeUnixNano": str(int(st) + R.randint(10 ** 6, 9 * 10 ** 9)),
            "attributes": attrs, "status": {"code": 1}}
    res = {"attributes": [oattr("service.name", svc), oattr("service.version", version()),
                          oattr("deployment.environment", "prod"), oattr("k8s.pod.name", pod(svc)),
                          oattr("cloud.region", R.choice(REGIONS))]}
    return jd({"resourceSpans": [{"resource": res, "scopeSpans": [{"scope": {"name": "io.opentelemetry.instrumentation.http", "version": "1.32.0"},
                                                                     "spans": [span]}]}]}), True


def fam_otlp_logs(phi):
    t = tick()
    svc = R.choice(["notify-sms", "scheduler", "portal-web"])
    attrs = [oattr("code.function", R.choice(["send_reminder", "dispatch", "render"])), oattr("thread.id", str(R.randint(1, 64)), "intValue")]
    if phi:
        p = Person()
        ap = future_appt()
        k = R.randrange(3)
        if k == 0:
            body = {"stringValue": T("Sent appointment reminder to ", P(fphone(p.phone, "e164"), "phone"), " for ",
                                     P(p.full("fl"), "name"), " on ", P(f"{MONTH[ap.month - 1]} {ap.day}, {ap.year}", "date"),
                                     " at ", f"{ap.hour % 12 or 12}:{ap.minute:02d} {'AM' if ap.hour < 12 else 'PM'}")}
        elif k == 1:
            body = {"kvlistValue": {"values": [oattr("event", "reminder.failed"), oattr("recipient", P(fphone(p.phone, "plain"), "phone")),
                                               oattr("patient_name", P(p.full("fl"), "name")),
                                               oattr("appointment_date", P(fd(ap.date(), "iso"), "date")),
                                               oattr("carrier_error", "30006")]}}
        else:
            body = {"stringValue": T("Email bounce for ", P(p.email, "email"), " (MRN ", P(p.mrn, "mrn"), "): 550 5.1.1 mailbox unavailable; link was ",
                                     P(f"https://portal.carepath.io/r/{p.portal_user}/statement", "url"))}
        attrs.append(oattr("patient.mrn", P(p.mrn, "mrn")) if k != 2 else oattr("smtp.relay", "smtp.sendgrid.net"))
    else:
        body = {"stringValue": R.choice([f"Reminder batch complete: sent={R.randint(100, 5000)} failed={R.randint(0, 30)} duration={R.uniform(1, 30):.1f}s",
                                         f"Twilio rate limit hit, backing off {R.choice([250, 500, 1000])}ms (queue={R.randint(1, 900)})",
                                         f"Rendered template appt_reminder_v{R.randint(2, 9)} locale=es-US in {R.randint(2, 90)}ms"])}
    rec = {"timeUnixNano": ns(t), "observedTimeUnixNano": ns(t), "severityNumber": 9, "severityText": "INFO",
           "body": body, "attributes": attrs, "traceId": hexs(32), "spanId": hexs(16)}
    res = {"attributes": [oattr("service.name", svc), oattr("service.namespace", "patient-engagement"),
                          oattr("host.name", f"ip-10-2-{R.randint(0, 9)}-{R.randint(2, 250)}.us-west-2.compute.internal")]}
    return jd({"resourceLogs": [{"resource": res, "scopeLogs": [{"scope": {"name": "notify"}, "logRecords": [rec]}]}]}), True


def fam_grpc_protojson(phi):
    t = tick()
    if phi:
        p = Person(old=R.random() < .22)
        pat = {"patientId": P(p.mrn, "mrn"), "name": {"givenName": P(p.first, "name"), "familyName": P(p.last, "name")},
               "birthDate": P(fd(p.dob, "isoz"), "date"), "ssn": P(fssn(p.ssn, "dash"), "ssn"),
               "phoneNumber": P(fphone(p.phone, "e164"), "phone"), "revision": str(R.randint(10 ** 12, 10 ** 15)),
               "homeAddress": {"lines": [P(p.street, "address")], "locality": P(p.city, "address"),
                               "administrativeArea": p.state, "postalCode": P(p.zip, "zip"), "regionCode": "US"}}
        if R.random() < .45:
            pat["extra"] = {"@type": "type.googleapis.com/google.protobuf.StringValue",
                            "value": P(p.dl, "license") if R.random() < .5 else P(p.passport, "other_id")}
        if p.age > 89:
            pat["ageYears"] = age_v(p)
        req = {"patient": pat, "updateMask": "name.givenName,phoneNumber,homeAddress.lines", "requestId": uid()}
        svc, meth = "carepath.patient.v1.PatientService", "UpsertPatient"
    else:
        req = {"pageSize": R.choice([25, 50, 100]), "pageToken": b64rand(18), "filter": f"ndc:00{digits(3)}*",
               "readMask": "ndc,displayName,strength", "asOf": iso_s(t)}
        svc, meth = "carepath.formulary.v1.FormularyService", "ListItems"
    line = {"level": "info", "ts": round(t.timestamp(), 6), "caller": "logging/interceptors.go:" + str(R.randint(40, 300)),
            "msg": "finished unary call with code OK", "grpc.start_time": iso_s(t), "system": "grpc", "span.kind": "server",
            "grpc.service": svc, "grpc.method": meth, "peer.address": f"{priv_ip()}:{R.randint(30000, 65000)}",
            "grpc.request.content": req, "grpc.code": "OK", "grpc.time_ms": round(R.uniform(0.4, 900), 3)}
    return jd(line), True


def fam_avro_console(phi):
    t = tick()
    if phi:
        p = Person(old=R.random() < .22)
        dob = {"int": P(days_epoch(p.dob), "date", num=True)} if R.random() < .5 else {"string": P(fd(p.dob, "iso"), "date")}
        val = {"patient_id": P(p.mrn, "mrn"), "name": {"string": P(p.full("fl"), "name")},
               "middle_name": {"string": P(p.middle, "name")} if p.middle else None, "birth_date": dob,
               "sex": {"string": p.sex}, "phone": {"string": P(fphone(p.phone, "dash"), "phone")},
               "address": {"com.carepath.avro.Address": {"line1": P(p.street, "address"), "line2": {"string": P(p.unit, "address")} if p.unit else None,
                                                         "city": P(p.city, "address"), "state": p.state, "zip": P(p.zip, "zip")}},
               "age": {"int": age_v(p)}, "ssn": {"string": P(fssn(p.ssn, "plain"), "ssn")} if R.random() < .4 else None,
               "updated": {"long": ms(t)}}
        key = P(p.mrn, "mrn")
    else:
        val = {"facility_id": R.choice(["SBMC", "LKFH", "GMH"]), "unit": {"string": R.choice(["4W", "ICU", "L&D", "5E"])},
               "census": {"int": R.randint(0, 40)}, "capacity": {"int": R.randint(20, 48)}, "as_of": {"long": ms(t)},
               "source": {"string": "adt-census-agg v" + version()}}
        key = val["facility_id"]
    if R.random() < .5:
        return T(jd(key), "\t", jd(val)), False
    return jd(val), True


def fam_kafka_rest_avro(phi):
    t = tick()
    schema = {"type": "record", "name": "AdjudicatedClaim", "namespace": "com.carepath.claims",
              "fields": [{"name": "claim_id", "type": "string"}, {"name": "member_id", "type": ["null", "string"]},
                         {"name": "patient", "type": ["null", {"type": "record", "name": "Patient", "fields": [
                             {"name": "name", "type": ["null", "string"]}, {"name": "dob", "type": ["null", "string"]}]}]},
                         {"name": "paid", "type": {"type": "bytes", "logicalType": "decimal", "precision": 9, "scale": 2}}]}
    recs = []
    n = R.randint(1, 2)
    for _ in range(n):
        cents = R.randint(100, 900000)
        dec = cents.to_bytes((cents.bit_length() + 8) // 8, "big").decode("latin-1")
        if phi:
            p = Person()
            v = {"claim_id": claim_id(), "member_id": {"string": P(p.member, "health_plan")},
                 "patient": {"com.carepath.claims.Patient": {"name": {"string": P(p.full("lf"), "name")},
                                                             "dob": {"string": P(fd(p.dob, "iso"), "date")}}},
                 "paid": dec}
        else:
            v = {"claim_id": claim_id(), "member_id": None, "patient": None, "paid": dec}
        recs.append({"key": claim_id(), "value": v})
    body = {"value_schema": jd(schema), "records": recs} if R.random() < .5 else {"value_schema_id": R.randint(100, 999), "records": recs}
    line = {"ts": iso_ms(t), "level": "DEBUG", "logger": "io.confluent.kafkarest.resources.v2.ProduceToTopicAction",
            "method": "POST", "uri": "/topics/claims.adjudicated.v3", "contentType": "application/vnd.kafka.avro.v2+json",
            "body": body, "status": 200, "offsets": [{"partition": R.randint(0, 11), "offset": R.randint(10 ** 5, 10 ** 8)} for _ in recs]}
    return jd(line, a=True), True


def fam_etl_reject(phi):
    t = tick()
    run = "jr_" + hexs(64)
    if phi:
        p = Person()
        row = {"CLM_ID": claim_id(), "PAT_LAST_NM": P(ascii_fold(p.last).upper(), "name"),
               "PAT_FIRST_NM": P(ascii_fold(p.first).upper(), "name"), "BIRTH_DT": P(fd(p.dob, "hl7"), "date"),
               "SSN_NBR": P(p.ssn, "ssn"), "ADDR_LN_1": P(ascii_fold(p.street).upper(), "address"),
               "CITY_NM": P(p.city.upper(), "address"), "ST_CD": p.state,
               "ZIP_CD": P(p.zip[1:] if p.zip[0] == "0" else p.zip + p.zip4, "zip"),
               "HOME_PHN_NBR": P(p.phone, "phone"), "MBR_ID": P(p.member, "health_plan"),
               "SVC_FROM_DT": P(fd(svc_day(), "hl7"), "date"), "REND_NPI": npi(), "TOT_CHRG_AMT": money()}
        line = {"ts": t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}", "job": "claims_stage_load",
                "run_id": run, "stage": "validate", "rule": R.choice(["ZIP_FORMAT", "DOB_RANGE", "SSN_CHECKSUM", "DUP_CLAIM"]),
                "severity": "REJECT", "source_file": f"s3://carepath-landing/837/{t:%Y/%m/%d}/part-{R.randint(0, 199):05d}.json",
                "line_no": R.randint(1, 90000), "row": row}
    else:
        line = {"ts": t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}", "job": "claims_stage_load",
                "run_id": run, "stage": R.choice(["write", "dedupe", "extract"]), "rows_in": R.randint(10 ** 4, 10 ** 6),
                "rows_out": R.randint(10 ** 4, 10 ** 6), "rejected": R.randint(0, 900), "elapsed_s": round(R.uniform(3, 900), 2),
                "output": f"s3://carepath-curated/claims/dt={t:%Y-%m-%d}/", "glue_version": "4.0", "dpu": R.choice([2, 10, 20])}
    return jd(line, sp=True), True


def fam_airbyte(phi):
    t = tick()
    if phi:
        p = Person()
        data = {"id": R.randint(1, 10 ** 6), "patient_mrn": P(p.mrn, "mrn"), "given": P(p.first, "name"), "family": P(p.last, "name"),
                "birthdate": P(fd(p.dob, R.choice(["iso", "us"])), "date"), "email": P(p.email, "email"),
                "phone_mobile": P(fphone(p.phone, "dot"), "phone"), "appointment_start": P(fdt(future_appt(), "isooff"), "date"),
                "provider": staff_name(), "location": R.choice(ORGS), "_ab_cdc_updated_at": iso_ms(t)}
        if R.random() < .3:
            data["card_on_file"] = P(fcard(p.card, R.random() < .5), "account")
        msg = {"type": "RECORD", "record": {"stream": "appointments", "data": data, "emitted_at": ms(t), "namespace": "athena"}}
    else:
        k = R.randrange(3)
        if k == 0:
            msg = {"type": "STATE", "state": {"type": "STREAM", "stream": {"stream_descriptor": {"name": "appointments", "namespace": "athena"},
                                                                            "stream_state": {"cursor": iso_s(t)}}}}
        elif k == 1:
            msg = {"type": "LOG", "log": {"level": "INFO", "message": f"Read {R.randint(100, 90000)} records from appointments stream in {R.randint(2, 600)}s"}}
        else:
            msg = {"type": "TRACE", "trace": {"type": "STREAM_STATUS", "emitted_at": float(ms(t)),
                                               "stream_status": {"stream_descriptor": {"name": "patients"}, "status": "COMPLETE"}}}
    return jd(msg), True


def fam_apigw(phi):
    t = tick()
    reqid = uid()
    cf = f"130.176.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if phi:
        p = Person()
        ip = P(p.ip, "ip")
        qs = {"patientId": P(p.mrn, "mrn"), "dob": P(fd(p.dob, "us"), "date")}
        body = {"slotId": "SLT-" + digits(8), "reason": R.choice(["follow-up", "new-problem", "med-refill"]), "channel": "ios"}
        path = "/v1/portal/appointments"
        xff = T(ip, ", " + cf)
        ua = R.choice(UA)
    else:
        ipv = priv_ip()
        ip = ipv
        qs = {"page": str(R.randint(1, 9)), "since": iso_s(t - dt.timedelta(days=1))}
        body = {"batch": "B" + digits(6), "count": R.randint(1, 500)}
        path = "/v1/internal/sync"
        xff = T(ipv)
        ua = "python-requests/2.31.0"
    ev = {"resource": "/v1/{proxy+}", "path": path, "httpMethod": "POST",
          "headers": {"Host": "api.carepath.io", "User-Agent": ua, "X-Forwarded-For": xff,
                      "X-Amzn-Trace-Id": f"Root=1-{int(t.timestamp()):08x}-{hexs(24)}", "content-type": "application/json",
                      "X-Forwarded-Port": "443", "X-Forwarded-Proto": "https"},
          "queryStringParameters": qs, "pathParameters": {"proxy": path.split("/v1/")[1]},
          "requestContext": {"accountId": AWS_ACCT, "apiId": alnum(10, "abcdefghijklmnopqrstuvwxyz0123456789"), "stage": "prod",
                             "requestId": reqid, "identity": {"sourceIp": ip, "userAgent": ua},
                             "requestTimeEpoch": ms(t), "domainName": "api.carepath.io"},
          "body": b64s(json.dumps(body, separators=(",", ":"))), "isBase64Encoded": True}
    return jd(ev), True


def fam_nginx(phi):
    t = tick()
    ts = t.strftime("%d/%b/%Y:%H:%M:%S +0000")
    if phi:
        p = Person()
        ip = P(p.ip, "ip")
        k = R.randrange(3)
        if k == 0:
            flt = jd({"lastName": P(p.last, "name"), "dob": P(fd(p.dob, "iso"), "date")})
            qs = T("q=", xform(flt, "uc"), f"&limit={R.choice([10, 20, 50])}")
            path = "/api/v2/patients/search"
        elif k == 1:
            qs = T("mrn=", P(p.mrn, "mrn"), "&email=", xform(T(P(p.email, "email")), "uc"), "&v=", version())
            path = "/api/v1/portal/verify"
        else:
            flt = jd({"memberId": P(p.member, "health_plan"), "phone": P(fphone(p.phone, "paren"), "phone")})
            qs = T("filter=", xform(flt, "u"), "&_=", str(ms(t)))
            path = "/eligibility/lookup"
        req = T(f'"GET {path}?', qs, ' HTTP/1.1"')
        st, ref, ua = 200, "https://portal.carepath.io/", R.choice(UA)
        lead = T(ip, " - - ")
    else:
        k = R.randrange(3)
        if k == 0:
            req, ref, ua = T('"GET /healthz HTTP/1.1"'), "-", "kube-probe/1.29"
        elif k == 1:
            req, ref, ua = T(f'"GET /static/js/main.{hexs(8)}.js?v={version()} HTTP/2.0"'), "https://portal.carepath.io/", R.choice(UA)
        else:
            flt = json.dumps({"status": "open", "since": "2024-03-01", "clinic": "CLN-" + digits(4)}, separators=(",", ":"))
            req, ref, ua = T(f'"GET /api/v2/worklist?q={urllib.parse.quote(flt, safe="")} HTTP/1.1"'), "-", "python-requests/2.31.0"
        st = R.choice([200, 200, 304, 499])
        lead = T(priv_ip(), " - - ")
    return T(lead, f"[{ts}] ", req, f' {st} {R.randint(2, 90000)} "{ref}" "{ua}" rt={R.uniform(0, 3):.3f} '
             f'uct="0.00{R.randint(0, 9)}" uht="{R.uniform(0, 3):.3f}" upstream="{priv_ip()}:{R.choice([8080, 3000, 9000])}"'), False


def yq(v, quote=False):
    """YAML scalar; returns segments (value may be P)."""
    txt = v.text if isinstance(v, P) else v
    if quote or "'" in txt or txt[:1] in "&*!|>%@`\"{[#-?:," or ": " in txt:
        return T('"', xform(T(v), "j"), '"')
    return T(v)


def fam_yaml_in_json(phi):
    t = tick()
    es = R.random() < .5
    if phi:
        p = Person()
        if es:
            y = T("paciente:\n  nombre: ", yq(P(p.first, "name")), "\n  apellidos: ", yq(P(p.last, "name")),
                  "\n  fecha_nacimiento: ", P(fd(p.dob, "iso"), "date"),
                  "\n  telefono: ", yq(P(fphone(p.phone, "dash"), "phone"), True),
                  "\n  domicilio:\n    calle: ", yq(P(p.street, "address")), "\n    ciudad: ", yq(P(p.city, "address")),
                  "\n    estado: ", p.state, "\n    codigo_postal: '", P(p.zip, "zip"), "'",
                  "\n  seguro:\n    aseguradora: ", R.choice(PAYERS)[0], "\n    numero_afiliado: ", yq(P(p.member, "health_plan")),
                  "\nmotivo: ", R.choice(["dolor de espalda", "control de diabetes", "vacuna"]), "\n")
            line = {"nivel": "INFO", "servicio": "formularios-ingreso", "mensaje": "formulario recibido",
                    "formulario_yaml": y, "idioma": "es-US", "marca_tiempo": iso_ms(t)}
        else:
            r = relative(p)
            y = T("referral:\n  id: REF-", digits(7), "\n  patient:\n    name: ", yq(P(p.full("fl"), "name")),
                  "\n    dob: ", P(fd(p.dob, "iso"), "date"), "\n    mrn: ", yq(P(p.mrn, "mrn"), True),
                  "\n    phone: ", yq(P(fphone(p.phone, "paren"), "phone"), True),
                  "\n  guardian:\n    name: ", yq(P(r.full("fl"), "name")), "\n    relation: ", R.choice(["mother", "father", "aunt"]),
                  "\n  referring:\n    provider: ", yq(staff_name()), "\n    npi: '", npi(), "'\n    fax: '", org_phone("dash"), "'",
                  "\n  urgency: routine\n")
            line = {"level": "info", "logger": "referrals.ingest", "msg": "parsed referral document", "doc_yaml": y,
                    "ts": iso_ms(t)}
    else:
        y = T(f"replicaCount: {R.randint(2, 6)}\nimage:\n  repository: {AWS_ACCT}.dkr.ecr.us-east-1.amazonaws.com/{R.choice(SERVICES)}\n"
              f"  tag: v{version()}\nresources:\n  limits:\n    cpu: {R.choice(['500m', '1', '2'])}\n    memory: {R.choice(['512Mi', '1Gi'])}\n"
              f"env:\n  DB_HOST: ehr-db-prod.cluster-c8xk2m4.us-east-1.rds.amazonaws.com\n  DB_PORT: \"5432\"\n  TZ: America/Chicago\n")
        line = {"level": "debug", "logger": "deployer.render", "msg": "rendered helm values", "values_yaml": y,
                "chart": f"intake-{version()}", "ts": iso_ms(t)}
    return jd(line), True


def tq(v):
    return T('"', xform(T(v), "j"), '"')


def fam_toml_in_json(phi):
    t = tick()
    if phi:
        p = Person()
        de = R.random() < .35
        if de:
            tm = T(f'[auftrag]\nid = "LAB-{digits(8)}"\nerstellt = {iso_s(t)}\n\n[patient]\nnachname = ', tq(P(p.last, "name")),
                   "\nvorname = ", tq(P(p.first, "name")), "\ngeburtsdatum = ", P(fd(p.dob, "iso"), "date"),
                   "\nstrasse = ", tq(P(p.street, "address")), "\nplz = ", tq(P(p.zip, "zip")),
                   "\nort = ", tq(P(p.city, "address")), "\ntelefon = ", tq(P(fphone(p.phone, "intl"), "phone")),
                   "\nversichertennummer = ", tq(P(p.member, "health_plan")), "\n")
        else:
            tm = T(f'[export]\nid = "exp-{hexs(8)}"\ncreated = {iso_s(t)}\nformat = "ccda"\n\n[patient]\nname = ', tq(P(p.full(), "name")),
                   "\nmrn = ", tq(P(p.mrn, "mrn")), "\ndob = ", P(fd(p.dob, "iso"), "date"),
                   "\nphones = [", tq(P(fphone(p.phone, "dash"), "phone")), ", ", tq(P(fphone(p.phone2, "dash"), "phone")), "]",
                   "\n\n[patient.address]\nstreet = ", tq(P(p.street, "address")), "\ncity = ", tq(P(p.city, "address")),
                   f'\nstate = "{p.state}"\nzip = ', tq(P(p.zip, "zip")), "\n\n[destination]\n"
                   f'endpoint = "sftp://sftp.{R.choice(["hie-ny", "carequality", "directtrust"])}.org:22/inbound"\n')
        msg = "loaded job manifest"
    else:
        tm = T(f'[server]\nlisten = "0.0.0.0:{R.choice([8443, 9443, 8080])}"\nread_timeout = "{R.randint(5, 60)}s"\n\n[tls]\n'
               f'cert = "/etc/ssl/carepath/tls.crt"\nnot_after = 2025-0{R.randint(1, 9)}-{R.randint(10, 28)}\n\n[database]\n'
               f'host = "{priv_ip()}"\nport = 5432\npool_max = {R.randint(10, 80)}\n')
        msg = "loaded agent config"
    return jd({"level": "debug", "component": "export-agent", "msg": msg, "manifest_toml": tm, "ts": iso_ms(t),
               "build": f"{version()}+{hexs(7)}"}), True


def app_payload(p):
    k = R.randrange(3)
    if k == 0:
        return {"mrn": P(p.mrn, "mrn"), "firstName": P(p.first, "name"), "lastName": P(p.last, "name"),
                "dob": P(fd(p.dob, "iso"), "date"), "phone": P(fphone(p.phone, "paren"), "phone")}
    if k == 1:
        return {"member_id": P(p.member, "health_plan"), "name": P(p.full("fl"), "name"), "zip": P(p.zip, "zip"),
                "email": P(p.email, "email")}
    return {"patient": {"ssn": P(fssn(p.ssn, "dash"), "ssn"), "dob": P(fd(p.dob, "us"), "date")},
            "address": {"line1": P(p.street, "address"), "city": P(p.city, "address"), "state": p.state}}


def fam_cwlogs_triple(phi):
    t = tick()
    svc = R.choice(["intake-api", "portal-web", "eligibility-svc"])
    if phi:
        p = Person()
        body = jd(app_payload(p))
        app = {"level": "info", "ts": round(t.timestamp(), 3), "logger": "http.access", "msg": "request body",
               "method": "POST", "path": R.choice(["/v1/intake", "/v1/eligibility/check", "/v1/patients"]), "body": body,
               "req_id": hexs(16)}
    else:
        app = {"level": R.choice(["info", "warn"]), "ts": round(t.timestamp(), 3), "logger": "http.access", "msg": "request completed",
               "method": "GET", "path": "/v1/slots", "status": 200, "bytes": R.randint(100, 90000),
               "body": jd({"clinicId": "CLN-" + digits(4), "from": "2024-03-11", "days": 14}), "req_id": hexs(16)}
    fb = {"log": T(jd(app), "\n"), "stream": "stdout", "time": iso_ns(t),
          "kubernetes": {"pod_name": pod(svc), "namespace_name": "care", "container_name": svc,
                         "host": f"ip-10-0-{R.randint(0, 9)}-{R.randint(2, 250)}.ec2.internal", "labels": {"app": svc}}}
    cw = {"messageType": "DATA_MESSAGE", "owner": AWS_ACCT, "logGroup": "/aws/containerinsights/prod-eks/application",
          "logStream": f"fluentbit-kube.var.log.containers.{pod(svc)}_care_{svc}-{hexs(64)[:20]}.log",
          "subscriptionFilters": ["app-to-firehose"],
          "logEvents": [{"id": digits(56), "timestamp": ms(t), "message": jd(fb)}]}
    return jd(cw), True


def fam_docker(phi):
    t = tick()
    if phi:
        p = Person()
        inner = app_payload(p)
        app = {"time": iso_ms(t), "level": "WARN", "source": "intake/validator.go:142", "msg": "validation failed",
               "payload": jd(inner), "err": R.choice(["phone: invalid format", "dob: future date", "zip: unknown"])}
    else:
        app = {"time": iso_ms(t), "level": "INFO", "source": "main.go:88", "msg": "listening",
               "addr": f":{R.choice([8080, 9090, 50051])}", "version": version(), "commit": hexs(40),
               "payload": jd({"pprof": False, "gomaxprocs": R.randint(2, 16)})}
    return jd({"log": T(jd(app), "\n"), "stream": R.choice(["stdout", "stderr"]), "time": iso_ns(t)}), True


def fam_gcp_logentry(phi):
    t = tick()
    le = {"insertId": hexs(24)}
    if phi:
        p = Person(old=R.random() < .22)
        if R.random() < .5:
            agetxt = T(", ", P(str(p.age), "age"), " y/o") if p.age > 89 else T("")
            le["jsonPayload"] = {"message": T("Eligibility check for member ", P(p.member, "health_plan"), " (", P(p.full("fl"), "name"),
                                              agetxt, ") returned ", R.choice(["ACTIVE", "INACTIVE", "PENDING"])),
                                 "memberDob": P(fd(p.dob, "iso"), "date"), "component": "eligibility", "payer": R.choice(PAYERS)[1]}
        else:
            inner = jd({"mrn": P(p.mrn, "mrn"), "address": P(p.street, "address"), "city": P(p.city, "address"),
                        "zip": P(p.zip, "zip")})
            le["textPayload"] = T(t.strftime("%Y/%m/%d %H:%M:%S"), " geocode miss: ", inner)
        le["httpRequest"] = {"requestMethod": "POST", "requestUrl": f"https://eligibility-{hexs(10)}-uc.a.run.app/v1/check",
                             "status": 200, "remoteIp": P(p.ip, "ip"), "latency": f"{R.uniform(0.01, 3):.6f}s",
                             "userAgent": R.choice(UA)}
    else:
        le["jsonPayload"] = {"message": R.choice([f"Container called exit({R.choice([0, 1, 137])}).", "Starting new instance. Reason: AUTOSCALING",
                                                  f"Default STARTUP TCP probe succeeded after 1 attempt for container \"app\" on port {R.choice([8080, 8443])}."]),
                             "component": "runtime"}
        le["httpRequest"] = {"requestMethod": "GET", "requestUrl": "/healthz", "status": 200, "remoteIp": priv_ip(),
                             "latency": f"{R.uniform(0.001, 0.05):.6f}s", "userAgent": "GoogleHC/1.0"}
    le.update({"resource": {"type": "cloud_run_revision", "labels": {"service_name": "eligibility", "revision_name": f"eligibility-000{R.randint(10, 99)}-{alnum(3, 'abcdefghijklmnopqrstuvwxyz')}",
                                                                     "location": R.choice(GREGIONS), "project_id": GPROJ, "configuration_name": "eligibility"}},
               "timestamp": iso_us(t), "severity": "INFO", "labels": {"instanceId": "00" + hexs(60)},
               "logName": f"projects/{GPROJ}/logs/run.googleapis.com%2Fstdout", "trace": f"projects/{GPROJ}/traces/{hexs(32)}",
               "receiveTimestamp": iso_ns(t + dt.timedelta(milliseconds=R.randint(20, 400)))})
    return jd(le), True


def fam_pubsub(phi):
    t = tick()
    mid = str(R.randint(10 ** 15, 10 ** 16))
    if phi:
        p = Person()
        attrs = {"eventType": R.choice(["ADT_A08", "ADT_A04", "ADT_A03"]), "facility": R.choice(["SBMC", "GMH"]),
                 "patientMrn": P(p.mrn, "mrn")}
        if R.random() < .5:
            attrs["patientDisplay"] = P(p.full("LF"), "name")
        if R.random() < .4:
            attrs["admitDate"] = P(fd(svc_day(), "hl7"), "date")
        data = {"schemaVersion": 3, "messageControlId": "MSG" + digits(9), "bytes": R.randint(900, 9000)}
    else:
        attrs = {"eventType": "census.snapshot", "facility": R.choice(["SBMC", "GMH"]), "googclient_schemaencoding": "JSON"}
        data = {"beds": R.randint(100, 600), "occupied": R.randint(50, 500), "asOf": iso_s(t)}
    msg = {"message": {"attributes": attrs, "data": b64s(json.dumps(data)), "messageId": mid, "message_id": mid,
                       "publishTime": iso_ms(t), "publish_time": iso_ms(t)},
           "subscription": f"projects/{GPROJ}/subscriptions/adt-events-push"}
    return T(f"{iso_ms(t)} INFO  pubsub-push  received ", jd(msg, sp=True)), False


def fam_hl7v2(phi):
    t = tick()
    ts14 = t.strftime("%Y%m%d%H%M%S")
    cid = "MSG" + digits(8)
    f, l, c = R.choice(STAFF)
    if phi:
        p = Person()
        typ = R.choice(["ADT^A04", "ADT^A08", "ORU^R01"])
        unit = T("^", P(ascii_fold(p.unit).upper(), "address")) if p.unit else T("^")
        pid = T("PID|1||", P(p.mrn, "mrn"), "^^^SBMC^MR||", P(p.last.upper(), "name"), "^", P(p.first.upper(), "name"),
                "||", P(fd(p.dob, "hl7"), "date"), f"|{p.sex}|||", P(p.street.upper(), "address"), unit, "^",
                P(p.city.upper(), "address"), f"^{p.state}^", P(p.zip, "zip"), "^USA^H||",
                P(fphone(p.phone, "paren2"), "phone"), "^PRN^PH",
                T("~", P(fphone(p.fax, "paren2"), "fax"), "^PRN^FX") if R.random() < .25 else "", "|||||", P(p.acct, "account"), "|", P(fssn(p.ssn, "dash"), "ssn"), "|")
        segs = [T(f"MSH|^~\\&|EPIC|SBMC|MIRTH|CAREPATH|{ts14}||{typ}|{cid}|P|2.5.1"), T(f"EVN|{typ[4:]}|{ts14}"), pid,
                T(f"PV1|1|{R.choice(['O', 'I', 'E'])}|{R.choice(['4W', 'ED', 'CLIN'])}^{R.randint(1, 40)}^A^SBMC||||{npi()}^{l.upper()}^{f.upper()}^^^DR|||||||||||",
                  P(fd(svc_day(), "hl7"), "date") if R.random() < .5 else "", "")]
        if R.random() < .5:
            r = relative(p)
            segs.append(T("NK1|1|", P(r.last.upper(), "name"), "^", P(r.first.upper(), "name"), "|", R.choice(["SPO", "CHD", "PAR"]),
                          "||", P(fphone(r.phone, "paren2"), "phone")))
        if R.random() < .5:
            pay = R.choice(PAYERS)
            segs.append(T(f"IN1|1|{pay[1]}|{pay[1]}|{pay[0].upper()}|PO BOX {R.randint(1000, 99999)}^^EL PASO^TX^79998||||GRP{digits(5)}|||||||",
                          P(p.last.upper(), "name"), "^", P(p.first.upper(), "name"), "|18|", P(fd(p.dob, "hl7"), "date"),
                          "|||||||||||||||||||", P(p.member, "health_plan")))
        raw = J("\r", segs)
        line = {"channel": "ADT_INBOUND", "channelId": uid(), "messageId": R.randint(10 ** 5, 10 ** 7), "connector": "Source",
                "status": R.choice(["RECEIVED", "TRANSFORMED", "ERROR"]), "messageType": typ, "controlId": cid, "raw": raw}
    else:
        segs = [T(f"MSH|^~\\&|MIRTH|CAREPATH|EPIC|SBMC|{ts14}||ACK^A04|ACK{digits(8)}|P|2.5.1"), T(f"MSA|AA|{cid}|Message accepted")]
        if R.random() < .5:
            a = org_addr()
            segs = [T(f"MSH|^~\\&|CREDENTIALING|SBMC|MIRTH|CAREPATH|{ts14}||MFN^M02|{cid}|P|2.5.1"), T(f"MFE|MAD|||{npi()}^NPI"),
                    T(f"STF|{npi()}|{digits(6)}^EMP|{l.upper()}^{f.upper()}^^^{c}|||||A|||{fphone(R.choice(ORG_PHONES), 'paren2')}^WPN^PH|"
                      f"{a[0].upper()}^{a[1].upper()}^{a[2].upper()}^{a[3]}^{a[4]}"),
                    T(f"PRA|{npi()}^{l.upper()}|||{R.choice(['207Q00000X', '207RC0000X'])}||DEA^{dea_no()}")]
        line = {"channel": "ADT_INBOUND", "channelId": uid(), "messageId": R.randint(10 ** 5, 10 ** 7), "connector": "Destination 1",
                "status": "SENT", "messageType": plain(segs[0]).split("|")[8], "controlId": cid, "raw": J("\r", segs)}
    return jd(line), True


def fam_x12(phi):
    t = tick()
    ctrl = f"{R.randint(1, 999999999):09d}"
    pay = R.choice(PAYERS)
    isa = (f"ISA*00*          *00*          *ZZ*{'CAREPATH':<15}*ZZ*{pay[1]:<15}*{t:%y%m%d}*{t:%H%M}*^*00501*{ctrl}*0*P*:~"
           f"GS*HC*CAREPATH*{pay[1]}*{t:%Y%m%d}*{t:%H%M}*{int(ctrl)}*X*005010X222A1~")
    if phi:
        p = Person()
        a = org_addr()
        lst, fst = ascii_fold(p.last).upper(), ascii_fold(p.first).upper()
        body = T(isa, "ST*837*0001*005010X222A1~BHT*0019*00*", digits(10), f"*{t:%Y%m%d}*{t:%H%M}*CH~",
                 f"NM1*85*2*{R.choice(ORGS).upper()}*****XX*{npi()}~N3*{a[0].upper()}~N4*{a[2].upper()}*{a[3]}*{a[4]}{digits(4)}~REF*EI*{ein().replace('-', '')}~",
                 "HL*2*1*22*0~SBR*P*18*GRP", digits(5), "******CI~NM1*IL*1*", P(lst, "name"), "*", P(fst, "name"), "****MI*",
                 P(p.member, "health_plan"), "~N3*", P(ascii_fold(p.street).upper(), "address"), "~N4*", P(p.city.upper(), "address"),
                 f"*{p.state}*", P(p.zip + p.zip4, "zip"), "~DMG*D8*", P(fd(p.dob, "hl7"), "date"), f"*{p.sex}~",
                 "CLM*", P(p.acct, "account"), f"*{money()}***11:B:1*Y*A*Y*Y~DTP*472*D8*", P(fd(svc_day(), "hl7"), "date"),
                 f"~HI*ABK:{R.choice(ICD).replace('.', '')}~SV1*HC:{R.choice(CPT)}*{money()}*UN*1***1~SE*{R.randint(18, 40)}*0001~GE*1*{int(ctrl)}~IEA*1*{ctrl}~")
        kind = "837P"
    else:
        body = T(isa.replace("*HC*", "*FA*").replace("005010X222A1", "005010X231A1"),
                 f"ST*999*0001*005010X231A1~AK1*HC*{R.randint(1, 99999)}*005010X222A1~AK2*837*{R.randint(1, 9999):04d}*005010X222A1~"
                 f"IK5*A~AK9*A*1*1*1~SE*6*0001~GE*1*{int(ctrl)}~IEA*1*{ctrl}~")
        kind = "999"
    return jd({"ts": iso_ms(t), "svc": "edi-gateway", "direction": "outbound" if kind == "837P" else "inbound",
               "tradingPartner": pay[1], "transactionSet": kind, "interchangeControl": ctrl, "bytes": len(plain(body)),
               "edi": body}), True


def fam_fhir_string(phi):
    t = tick()
    if phi:
        p = Person()
        k = R.randrange(3)
        if k < 2:
            res = {"resourceType": "Patient", "id": uid(), "meta": {"versionId": str(R.randint(1, 9)), "lastUpdated": iso_ms(t)},
                   "identifier": [{"system": "http://hospital.stbrigid.org/mrn", "value": P(p.mrn, "mrn")},
                                  {"system": "http://hl7.org/fhir/sid/us-ssn", "value": P(fssn(p.ssn, "dash"), "ssn")}],
                   "name": [{"use": "official", "family": P(p.last, "name"), "given": [P(p.first, "name")]}],
                   "telecom": [{"system": "phone", "value": P(fphone(p.phone, "paren"), "phone"), "use": "home"}],
                   "gender": "female" if p.sex == "F" else "male", "birthDate": P(fd(p.dob, "iso"), "date"),
                   "address": [{"line": [P(p.street, "address")], "city": P(p.city, "address"),
                                "district": P(p.county, "address"), "state": p.state, "postalCode": P(p.zip, "zip")}]}
            if R.random() < .3:
                res["identifier"].append({"system": "http://hl7.org/fhir/sid/us-mbi", "value": P(p.mbi, "health_plan")})
            if R.random() < .25:
                res["telecom"].append({"system": "fax", "value": P(fphone(p.fax, "paren"), "fax"), "use": "home"})
            if R.random() < .2:
                res["photo"] = [{"contentType": "image/jpeg", "data": P(jpeg_b64(R.randint(300, 560)), "photo")}]
            if R.random() < .25 and p.age > 60:
                res["deceasedDateTime"] = P(fd(svc_day(), "iso"), "date")
        else:
            res = {"resourceType": "Device", "id": uid(), "status": "active",
                   "udiCarrier": [{"deviceIdentifier": "0" + digits(13), "carrierHRF": P(udi(p.dev), "device")}],
                   "serialNumber": P(p.dev, "device"), "manufacturer": R.choice(["Medtronic", "Dexcom", "Abbott", "Omron"]),
                   "patient": {"reference": T("Patient/", P(p.mrn, "mrn")), "display": P(p.full(), "name")}}
        line = {"level": "DEBUG", "logger": "ca.uhn.fhir.rest.client.interceptor.LoggingInterceptor", "thread": f"pool-{R.randint(1, 9)}-thread-{R.randint(1, 40)}",
                "msg": "Client response body", "resource": jd(res), "ts": iso_ms(t)}
    else:
        res = {"resourceType": "OperationOutcome", "issue": [{"severity": "information", "code": "informational",
                                                              "diagnostics": f"Successfully validated {R.randint(1, 900)} resources in {R.randint(10, 9000)}ms"}]}
        if R.random() < .5:
            res = {"resourceType": "CapabilityStatement", "status": "active", "date": "2024-02-01", "kind": "instance",
                   "software": {"name": "HAPI FHIR Server", "version": "6.10.2"}, "fhirVersion": "4.0.1", "format": ["json", "xml"]}
        line = {"level": "DEBUG", "logger": "ca.uhn.fhir.rest.client.interceptor.LoggingInterceptor", "thread": f"pool-{R.randint(1, 9)}-thread-{R.randint(1, 40)}",
                "msg": "Client response body", "resource": jd(res), "ts": iso_ms(t)}
    return jd(line), True


def fam_logfmt(phi):
    t = tick()
    if phi:
        p = Person()
        cand = jd({"name": P(p.full("fl"), "name"), "dob": P(fd(p.dob, "iso"), "date"), "zip": P(p.zip, "zip")})
        cand2 = jd({"mrn": P(Person().mrn, "mrn"), "score": round(R.uniform(.5, .79), 2)})
        return T(f"ts={iso_ms(t)} level=warn caller=matcher/fuzzy.go:{R.randint(40, 400)} msg=\"fuzzy match below threshold\" "
                 f"score={R.uniform(.5, .79):.2f} candidate=\"", xform(cand, "j"), "\" best=\"", xform(cand2, "j"),
                 f"\" trace_id={hexs(32)} dur={R.randint(1, 900)}ms"), False
    return T(f"ts={iso_ms(t)} level=info caller=cache/warm.go:{R.randint(40, 400)} msg=\"cache warmed\" entries={R.randint(100, 99999)} "
             f"took={R.uniform(0.1, 9):.2f}s opts=\"{json.dumps({'ttl': '15m', 'shards': R.randint(2, 64)}).replace(chr(34), chr(92) + chr(34))}\" "
             f"node=ip-10-0-{R.randint(0, 9)}-{R.randint(2, 250)}"), False


def fam_stepfn(phi):
    t = tick()
    ev_id = R.randint(2, 40)
    if phi:
        p = Person()
        inp = {"referral": {"id": "REF-" + digits(7), "patient": {"name": P(p.full("fl"), "name"), "dob": P(fd(p.dob, "iso"), "date"),
                                                                  "memberId": P(p.member, "health_plan")},
                            "referringProvider": staff_name(), "specialty": R.choice(["Nephrology", "Cardiology"]),
                            "urgency": "routine"}}
        if R.random() < .4:
            inp["referral"]["patient"]["homePhone"] = P(fphone(p.phone, "dash"), "phone")
        ev = {"timestamp": t.strftime("%Y-%m-%dT%H:%M:%S.%f") + "+00:00", "type": "TaskStateEntered", "id": ev_id, "previousEventId": ev_id - 1,
              "stateEnteredEventDetails": {"name": "VerifyEligibility", "input": jd(inp), "inputDetails": {"truncated": False}}}
    else:
        out = {"statusCode": 200, "batch": "B" + digits(6), "processed": R.randint(10, 900), "next": None}
        ev = {"timestamp": t.strftime("%Y-%m-%dT%H:%M:%S.%f") + "+00:00", "type": "TaskSucceeded", "id": ev_id, "previousEventId": ev_id - 1,
              "taskSucceededEventDetails": {"resourceType": "lambda", "resource": "invoke", "output": jd(out),
                                            "outputDetails": {"truncated": False}}}
    return jd(ev, sp=True), True


def fam_pg_jsonlog(phi):
    t = tick()
    base = {"timestamp": t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d} UTC", "user": "app_rw", "dbname": "ehr",
            "pid": R.randint(1000, 60000), "remote_host": priv_ip(), "remote_port": R.randint(30000, 65000),
            "session_id": f"{int(t.timestamp()) - R.randint(0, 9000):x}.{R.randint(0x100, 0xfff):x}", "line_num": R.randint(1, 400)}
    if phi:
        p = Person()
        if R.random() < .5:
            ln = p.last
            stmt = T("UPDATE patients SET phone = '", P(fphone(p.phone, "dash"), "phone"), "', last_name = '",
                     xform(T(P(ln, "name")), "sql"), "' WHERE mrn = '", P(p.mrn, "mrn"), "'")
            base.update({"ps": "UPDATE", "error_severity": "LOG",
                         "message": T("AUDIT: SESSION,", str(R.randint(1, 90)), ",1,WRITE,UPDATE,,,\"", stmt, "\",<not logged>")})
        else:
            s = fssn(p.ssn, "dash")
            base.update({"ps": "INSERT", "error_severity": "ERROR", "state_code": "23505",
                         "message": "duplicate key value violates unique constraint \"patients_ssn_key\"",
                         "detail": T("Key (ssn)=(", P(s, "ssn"), ") already exists."),
                         "statement": T("INSERT INTO patients (mrn, first_name, last_name, dob, ssn) VALUES ($1, $2, $3, $4, $5)")})
            if R.random() < .7:
                base["detail"] = T("Key (ssn)=(", P(s, "ssn"), ") already exists.")
                base["context"] = T("parameters: $1 = '", P(p.mrn, "mrn"), "', $2 = '", xform(T(P(p.first, "name")), "sql"),
                                    "', $3 = '", xform(T(P(p.last, "name")), "sql"), "', $4 = '", P(fd(p.dob, "iso"), "date"),
                                    "', $5 = '", P(s, "ssn"), "'")
    else:
        k = R.randrange(3)
        if k == 0:
            base.update({"error_severity": "LOG", "message": f"checkpoint complete: wrote {R.randint(100, 90000)} buffers ({R.uniform(0, 9):.1f}%); "
                                                             f"0 WAL file(s) added, 0 removed, {R.randint(1, 9)} recycled; write={R.uniform(1, 300):.3f} s"})
        elif k == 1:
            base.update({"error_severity": "LOG", "message": f"automatic vacuum of table \"ehr.public.encounters\": index scans: 1 "
                                                             f"pages: 0 removed, {R.randint(10000, 999999)} remain"})
        else:
            base.update({"error_severity": "LOG", "message": f"connection authorized: user=app_ro database=ehr application_name={R.choice(SERVICES)} SSL enabled (protocol=TLSv1.3)"})
    base.update({"backend_type": "client backend", "query_id": R.randint(-9 * 10 ** 18, 9 * 10 ** 18)})
    return jd(base), True


def fam_twilio(phi):
    t = tick()
    clinic = R.choice(ORG_PHONES)
    acct = "AC" + hexs(32)
    if phi:
        p = Person()
        sid = "SM" + hexs(32)
        k = R.randrange(3)
        if k == 0:
            txt = T("Hi this is ", P(p.full("fl"), "name"), " DOB ", P(fd(p.dob, "us1"), "date"), " need to reschedule")
        elif k == 1:
            txt = T("My new address is ", P(p.street, "address"), " ", P(p.city, "address"), " ", P(p.zip, "zip"))
        else:
            txt = T("STOP")
        form = T(f"ToCountry=US&ToState={R.choice(['NY', 'TX', 'HI', 'MI'])}&SmsMessageSid={sid}&NumMedia=0&ToCity=&FromZip=&SmsSid={sid}"
                 f"&FromState=&SmsStatus=received&FromCity=&Body=", xform(txt, "up"),
                 f"&FromCountry=US&To=%2B1{clinic}&MessagingServiceSid=MG{hexs(32)}&ToZip=&NumSegments=1&MessageSid={sid}"
                 f"&AccountSid={acct}&From=", xform(T(P(fphone(p.phone, "e164"), "phone")), "up"), "&ApiVersion=2010-04-01")
        msg = "inbound sms webhook"
    else:
        form = T(f"EventType=onConversationStateUpdated&Source=API&AccountSid={acct}&ChatServiceSid=IS{hexs(32)}"
                 f"&ConversationSid=CH{hexs(32)}&StateFrom=active&StateTo=inactive&Reason=TIMER&DateUpdated="
                 + urllib.parse.quote_plus(iso_s(t)) + f"&RetryCount=0")
        msg = "conversations webhook"
    return jd({"level": "info", "svc": "notify-sms", "msg": msg, "method": "POST", "path": "/twilio/hooks",
               "sig_ok": True, "body": form, "ts": iso_ms(t)}), True


def fam_celery(phi):
    t = tick()
    pfx = t.strftime("[%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}: "
    tid = uid()
    if phi:
        p = Person()
        if R.random() < .5:
            d = {"patient": {"mrn": P(p.mrn, "mrn"), "dob": P(fd(p.dob, "iso"), "date"), "phone": P(fphone(p.phone, "dash"), "phone")},
                 "errors": ["address.zip: invalid"]}
            return T(pfx, f"ERROR/ForkPoolWorker-{R.randint(1, 16)}] Task intake.tasks.sync_patient[{tid}] raised unexpected: ValidationError(",
                     pyr(d), ")"), False
        d = {"account": P(p.acct, "account"), "guarantor": P(p.full("fl"), "name"), "card": P(fcard(p.card, False), "account"),
             "amount": Raw(T(f"Decimal('{money()}')")), "status": "captured"}
        return T(pfx, f"INFO/ForkPoolWorker-{R.randint(1, 16)}] Task billing.tasks.post_payment[{tid}] succeeded in {R.uniform(0.01, 4):.6f}s: ",
                 pyr(d)), False
    k = R.randrange(3)
    if k == 0:
        return T(pfx, f"INFO/ForkPoolWorker-{R.randint(1, 16)}] Task reports.tasks.nightly_census[{tid}] succeeded in {R.uniform(1, 90):.6f}s: ",
                 pyr({"processed": R.randint(100, 9000), "skipped": R.randint(0, 40), "facility": "SBMC"})), False
    if k == 1:
        return T(pfx, f"INFO/MainProcess] Connected to redis://{priv_ip()}:6379/0"), False
    return T(pfx, f"INFO/MainProcess] Task billing.tasks.post_payment[{tid}] received"), False


def fam_sentry(phi):
    t = tick()
    ev = {"event_id": hexs(32), "timestamp": round(t.timestamp(), 6), "platform": "python", "level": "error",
          "logger": "django.request", "server_name": pod("portal-web"), "release": f"portal@{version()}", "environment": "production"}
    if phi:
        p = Person()
        ev["transaction"] = "/portal/profile/edit"
        ev["user"] = {"id": P(p.portal_user, "other_id"), "email": P(p.email, "email"), "ip_address": P(p.ip, "ip")}
        ev["request"] = {"url": P(f"https://portal.carepath.io/portal/patients/{p.mrn}/profile/edit", "url") if R.random() < .4
                         else "https://portal.carepath.io/portal/profile/edit", "method": "POST",
                         "data": {"first_name": P(p.first, "name"), "last_name": P(p.last, "name"),
                                  "date_of_birth": P(fd(p.dob, "iso"), "date"), "phone": P(fphone(p.phone, "dash"), "phone"),
                                  "csrfmiddlewaretoken": "[Filtered]"},
                         "headers": {"User-Agent": R.choice(UA), "Referer": "https://portal.carepath.io/portal/profile"}}
        ev["exception"] = {"values": [{"type": "IntegrityError", "module": "django.db.utils",
                                       "value": T("duplicate key value violates unique constraint \"accounts_user_email_key\"\nDETAIL:  Key (email)=(",
                                                  P(p.email, "email"), ") already exists.\n")}]}
    else:
        ev["transaction"] = "billing.tasks.sync_statements"
        ev["user"] = {"id": "staff-" + digits(4), "email": R.choice(["cdiaz@stbrigid.org", "mfry@carepath.io", "ops-bot@carepath.io"])}
        ev["exception"] = {"values": [{"type": "ConnectTimeout", "module": "httpx",
                                       "value": f"timed out connecting to {srv_pub_ip()}:443 after {R.choice([5, 10, 30])}.0s"}]}
    ev["sdk"] = {"name": "sentry.python.django", "version": "1.40.6"}
    return jd(ev), True


def fam_cloudtrail(phi):
    t = tick()
    role = R.choice(["patient-api", "claims-router", "etl-runner"])
    ev = {"eventVersion": "1.09",
          "userIdentity": {"type": "AssumedRole", "principalId": "AROA" + alnum(17) + ":" + role,
                           "arn": f"arn:aws:sts::{AWS_ACCT}:assumed-role/{role}/{role}-{digits(10)}",
                           "accountId": AWS_ACCT, "accessKeyId": "ASIA" + alnum(16)},
          "eventTime": iso_s(t)}
    if phi:
        p = Person()
        if R.random() < .5:
            ev.update({"eventSource": "dynamodb.amazonaws.com", "eventName": "GetItem", "awsRegion": "us-east-1",
                       "sourceIPAddress": priv_ip(), "userAgent": "aws-sdk-js/3.523.0",
                       "requestParameters": {"tableName": "patient-profiles", "key": {"pk": T("PATIENT#", P(p.mrn, "mrn")), "sk": "PROFILE"},
                                             "consistentRead": False}, "responseElements": None})
        else:
            ev.update({"eventSource": "s3.amazonaws.com", "eventName": "GetObject", "awsRegion": "us-east-1",
                       "sourceIPAddress": priv_ip(), "userAgent": "[aws-sdk-java/2.25.6]",
                       "requestParameters": {"bucketName": "carepath-docs-prod", "Host": "carepath-docs-prod.s3.us-east-1.amazonaws.com",
                                             "key": T("patients/", P(p.mrn, "mrn"), "/consent/", P(fd(svc_day(), "iso"), "date"), "_signed.pdf")},
                       "responseElements": None, "additionalEventData": {"bytesTransferredOut": R.randint(10 ** 4, 10 ** 7)}})
    else:
        ev.update({"eventSource": R.choice(["ec2.amazonaws.com", "kms.amazonaws.com"]), "eventName": R.choice(["DescribeInstances", "Decrypt"]),
                   "awsRegion": R.choice(REGIONS), "sourceIPAddress": R.choice([priv_ip(), "autoscaling.amazonaws.com"]),
                   "userAgent": "aws-sdk-go-v2/1.25.2", "requestParameters": {"encryptionContext": {"aws:s3:arn": "arn:aws:s3:::carepath-docs-prod"}},
                   "responseElements": None})
    ev.update({"requestID": alnum(16), "eventID": uid(), "readOnly": True, "eventType": "AwsApiCall",
               "managementEvent": not phi, "recipientAccountId": AWS_ACCT, "eventCategory": "Data" if phi else "Management",
               "tlsDetails": {"tlsVersion": "TLSv1.3", "cipherSuite": "TLS_AES_128_GCM_SHA256"}})
    return jd(ev), True


def fam_claims_api(phi):
    t = tick()
    pay = R.choice(PAYERS)
    claims = []
    if phi:
        for _ in range(R.randint(1, 2)):
            p = Person()
            cat = R.choice([("F1", "65", "Finalized/Payment"), ("F2", "20", "Finalized/Denial"), ("P1", "3", "Pending/In Process")])
            billed = money()
            c = {"claimId": claim_id(), "status": {"category": cat[0], "code": cat[1], "description": cat[2]},
                 "subscriber": {"memberId": P(p.member, "health_plan"), "firstName": P(p.first, "name"), "lastName": P(p.last, "name")},
                 "patientControlNumber": P(p.acct, "account"), "serviceDateFrom": P(fd(svc_day(), "hl7"), "date"),
                 "billedAmount": billed, "paidAmount": f"{float(billed) * R.choice([0, .42, .61, .8]):.2f}", "checkNumber": digits(9),
                 "renderingProvider": {"npi": npi(), "name": staff_name()}}
            if R.random() < .35:
                c["accident"] = {"type": "AA", "state": p.state,
                                 "vehicle": {"vin": P(p.vin, "vehicle"), "plate": P(p.plate, "vehicle"), "plateState": p.state}}
            if R.random() < .2:
                c["employer"] = {"name": R.choice(["Tyson Foods", "Amazon.com Services LLC", "City of Laredo"]),
                                 "employeeId": P("E" + digits(6), "other_id"), "claimType": "WC"}
            if R.random() < .25:
                c["refund"] = {"method": "ACH", "routing": "0" + digits(8), "accountNumber": P(p.bank, "account")}
            claims.append(c)
    else:
        for _ in range(R.randint(1, 3)):
            claims.append({"claimId": claim_id(), "status": {"category": "A1", "code": "19", "description": "Acknowledged"},
                           "billedAmount": money(), "receivedDate": fd(TODAY - dt.timedelta(days=R.randint(1, 9)), "hl7"),
                           "clearinghouseTraceId": digits(15)})
    return jd({"controlNumber": f"{R.randint(1, 999999999):09d}", "tradingPartnerServiceId": pay[1],
               "payer": {"organizationName": pay[0], "payerIdentification": pay[1]},
               "provider": {"organizationName": R.choice(ORGS), "npi": npi(), "taxId": ein().replace("-", "")},
               "claims": claims, "meta": {"traceId": uid(), "applicationMode": "production"}}), True


def fam_kiosk(phi):
    t = tick()
    kid = f"KSK-{R.choice(['SBMC', 'GMH', 'LKFH'])}-LOBBY-{R.randint(1, 9):02d}"
    if phi:
        p = Person()
        ev = {"kiosk": kid, "event": "checkin.identity_verified", "ts": iso_ms(t),
              "patient": {"mrn": P(p.mrn, "mrn"), "name": P(p.full(R.choice(["fl", "lf"])), "name")}}
        k = R.choice([1, 1, 2, 3, 4])
        if R.random() < .6:
            if R.random() < .75:
                ev["idScan"] = {"type": "DL", "number": P(p.dl, "license"), "state": p.state,
                                "address": T(P(p.street, "address"), ", ", P(p.city, "address"), ", ", p.state, " ", P(p.zip, "zip"))}
            else:
                ev["idScan"] = {"type": "PASSPORT", "number": P(p.passport, "other_id"), "country": "USA"}
        ev["faceMatch"] = {"score": round(R.uniform(.9, .999), 3), "threshold": 0.9}
        if k == 1:
            ev["faceMatch"]["probe"] = P(jpeg_b64(R.randint(350, 700)), "photo")
        elif k == 2:
            ev["fingerprint"] = {"format": "ISO19794-2:2005", "finger": "R_INDEX", "template": P(fmr_template(R.randint(120, 220)), "biometric")}
        elif k == 3:
            ev["faceMatch"]["embedding"] = P(face_template(64), "biometric")
        if R.random() < .4:
            ev["parking"] = {"plate": P(p.plate, "vehicle"), "state": p.state, "validated": True}
        if R.random() < .3:
            ev["copay"] = {"card": P(fcard(p.card, True), "account"), "amount": R.choice(["25.00", "40.00", "0.00"])}
    else:
        ev = {"kiosk": kid, "event": "heartbeat", "ts": iso_ms(t), "fw": version(), "printer": R.choice(["OK", "PAPER_LOW"]),
              "ip": priv_ip(), "mac": mac(), "serial": "KX" + digits(8), "uptime_s": R.randint(100, 10 ** 7),
              "camera": {"model": "Logitech BRIO 4K", "fps": 30}}
    return jd(ev), True


def fam_iot(phi):
    t = tick()
    thing = "rpm-" + hexs(12)
    if phi:
        p = Person()
        k = R.random()
        pl = {"deviceSerial": P(p.dev, "device"), "patientRef": P(p.mrn, "mrn"),
              "readings": [{"type": "bp", "sys": R.randint(100, 180), "dia": R.randint(60, 110), "hr": R.randint(50, 110), "ts": ms(t) - R.randint(0, 90000)}],
              "battery": R.randint(5, 100), "fw": version(), "rssi": -R.randint(40, 100)}
        if k < .5:
            pl["imei"] = P(p.imei, "device")
        else:
            pl["hubMac"] = P(p.mac, "device")
        ev = {"topic": f"rpm/devices/{thing}/telemetry", "clientId": thing, "payload": pl, "timestamp": ms(t),
              "principal": hexs(64), "traceId": uid()}
    else:
        ev = {"clientId": "gw-" + R.choice(["sbmc", "gmh"]) + f"-{R.randint(1, 40):02d}", "timestamp": ms(t), "eventType": R.choice(["connected", "disconnected"]),
              "sessionIdentifier": uid(), "principalIdentifier": hexs(64), "ipAddress": srv_pub_ip(), "versionNumber": R.randint(1, 900),
              "clientInitiatedDisconnect": False}
    return jd(ev), True


def fam_nemt(phi):
    t = tick()
    a = org_addr()
    base = {"tripId": "TRP-" + digits(8), "broker": R.choice(["ModivCare", "MTM", "Veyo"]), "ts": iso_ms(t)}
    veh = {"unit": f"VAN-{R.randint(1, 60)}", "plate": plate(), "driver": R.choice(["Marcus T.", "Ana R.", "D. Okoro"]),
           "vin": vin() if R.random() < .3 else None}
    if phi:
        p = Person(old=R.random() < .22)
        ap = future_appt()
        base.update({"status": "SCHEDULED",
                     "rider": {"name": P(p.full("fl"), "name"), "phone": P(fphone(p.phone, R.choice(["dash", "paren", "plain"])), "phone"),
                               "medicaidId": P(p.medicaid, "health_plan"), "mobility": R.choice(["ambulatory", "wheelchair"])},
                     "pickup": {"address": T(P(p.street, "address"), (", " + p.unit) if False else "", ", ", P(p.city, "address"), ", ",
                                             p.state, " ", P(p.zip, "zip"))},
                     "appointmentTime": P(fdt(ap, "isooff"), "date"),
                     "dropoff": {"facility": R.choice(ORGS), "address": f"{a[0]}, {a[2]}, {a[3]} {a[4]}"},
                     "vehicle": veh})
        if p.age > 89:
            base["rider"]["age"] = age_v(p)
    else:
        base.update({"status": R.choice(["VEHICLE_ASSIGNED", "EN_ROUTE_GARAGE"]), "vehicle": veh,
                     "garage": {"address": f"{R.randint(100, 9000)} Industrial Pkwy, {a[2]}, {a[3]} {a[4]}", "phone": org_phone()},
                     "shiftStart": iso_s(t - dt.timedelta(hours=2))})
    return jd(base), True


def fam_loki(phi):
    t = tick()
    if phi:
        p = Person()
        k = R.randrange(2)
        if k == 0:
            line = T(f"level=info msg=\"portal login\" user=", P(p.email, "email"), " ip=", P(p.ip, "ip"), " mfa=sms phone=",
                     P(fphone(p.phone, "1plain"), "phone"), f" session={hexs(16)}")
        else:
            line = jd({"level": "info", "msg": "statement generated", "guarantor": P(p.full("lf"), "name"),
                       "account": P(p.acct, "account"), "addr": T(P(p.street, "address"), ", ", P(p.city, "address"), " ", p.state, " ", P(p.zip, "zip")),
                       "balance": money()})
    else:
        line = T(f"level=info msg=\"request served\" path=/v1/statements/batch status=200 dur={R.randint(2, 900)}ms "
                 f"bytes={R.randint(100, 99999)} trace={hexs(32)}")
    body = {"streams": [{"stream": {"app": R.choice(["portal-web", "billing-worker"]), "env": "prod", "cluster": "prod-eks-use1"},
                         "values": [[ns(t), line]]}]}
    return T(f"{iso_ms(t)} DEBUG promtail client: pushing batch ", jd(body)), False


def fam_eventgrid(phi):
    t = tick()
    sub = uid()
    topic = f"/subscriptions/{sub}/resourceGroups/rg-intake-prod/providers/Microsoft.Storage/storageAccounts/carepathintake"
    if phi:
        p = Person()
        d = svc_day()
        blob = f"{p.mrn}_{fd(d, 'iso')}_referral.pdf"
        subject = T("/blobServices/default/containers/intake/blobs/", P(p.mrn, "mrn"), "_", P(fd(d, "iso"), "date"), "_referral.pdf")
        url = P(f"https://carepathintake.blob.core.windows.net/intake/{blob}", "url")
    else:
        blob = f"batch_{t:%Y%m%d}_{digits(6)}.csv"
        subject = T("/blobServices/default/containers/exports/blobs/", blob)
        url = f"https://carepathintake.blob.core.windows.net/exports/{blob}"
    ev = [{"topic": topic, "subject": subject, "eventType": "Microsoft.Storage.BlobCreated", "id": uid(),
           "data": {"api": "PutBlob", "clientRequestId": uid(), "requestId": uid(), "eTag": "0x8DC" + hexs(13, True),
                    "contentType": "application/pdf" if phi else "text/csv", "contentLength": R.randint(1000, 10 ** 7),
                    "blobType": "BlockBlob", "url": url, "sequencer": "0000000000000000000000000" + hexs(23, True)},
           "dataVersion": "", "metadataVersion": "1", "eventTime": iso_us(t)}]
    return T(f"[{iso_ms(t)}] Executing 'Functions.IntakeBlobRouter' (Reason='EventGrid trigger fired', Id={uid()}) payload=", jd(ev)), False


FAMILIES = {
    "sqs_sns_envelope": fam_sqs_sns, "eventbridge_lambda": fam_eventbridge, "cloudevents": fam_cloudevents,
    "kafka_connect_schema_payload": fam_kafka_connect, "dynamodb_stream": fam_ddb_stream, "dynamodb_sdk_log": fam_ddb_sdk,
    "mongo_slow_query": fam_mongo_slowlog, "mongo_change_stream": fam_mongo_change, "firestore_trigger": fam_firestore,
    "bigquery_tabledata": fam_bigquery, "gcp_audit_bigquery_sql": fam_gcp_audit_bq, "elasticsearch_hits": fam_es_hits,
    "graphql_relay_response": fam_graphql_resp, "graphql_request_pino": fam_graphql_req, "otlp_json_traces": fam_otlp_traces,
    "otlp_json_logs": fam_otlp_logs, "grpc_protojson_zap": fam_grpc_protojson, "avro_console_consumer": fam_avro_console,
    "kafka_rest_avro_produce": fam_kafka_rest_avro, "etl_reject_jsonl": fam_etl_reject, "airbyte_protocol": fam_airbyte,
    "apigw_proxy_base64": fam_apigw, "nginx_urlencoded_json": fam_nginx, "yaml_in_json": fam_yaml_in_json,
    "toml_in_json": fam_toml_in_json, "cwlogs_fluentbit_triple": fam_cwlogs_triple, "docker_json_double": fam_docker,
    "gcp_logentry": fam_gcp_logentry, "pubsub_push": fam_pubsub, "hl7v2_in_json": fam_hl7v2, "x12_in_json": fam_x12,
    "fhir_resource_string": fam_fhir_string, "logfmt_embedded_json": fam_logfmt, "stepfunctions_history": fam_stepfn,
    "postgres_jsonlog": fam_pg_jsonlog, "twilio_form_body": fam_twilio, "celery_python_repr": fam_celery,
    "sentry_event": fam_sentry, "cloudtrail_data_event": fam_cloudtrail, "claims_status_api": fam_claims_api,
    "kiosk_checkin": fam_kiosk, "iot_rpm_telemetry": fam_iot, "nemt_trip": fam_nemt, "loki_push": fam_loki,
    "azure_eventgrid": fam_eventgrid,
}


# ---------------------------------------------------------------------------
# Verification helpers
# ---------------------------------------------------------------------------

def apply_chain(raw, chain):
    for step in chain:
        raw = XF[step](raw)
    return raw


def harvest(o, acc, depth=0):
    if depth > 12:
        return
    if isinstance(o, dict):
        for v in o.values():
            harvest(v, acc, depth + 1)
    elif isinstance(o, list):
        for v in o:
            harvest(v, acc, depth + 1)
    elif isinstance(o, str):
        for f in {o, urllib.parse.unquote(o), urllib.parse.unquote_plus(o)}:
            acc.append(f)
            for i in {0, f.find("{"), f.find("[")}:
                if i < 0:
                    continue
                s = f[i:].strip()
                if s[:1] in "{[":
                    try:
                        harvest(json.loads(s), acc, depth + 1)
                    except ValueError:
                        pass
    elif isinstance(o, (int, float)) and not isinstance(o, bool):
        acc.append(str(o))


def main():
    weights = {"kiosk_checkin": 2, "firestore_trigger": 2, "fhir_resource_string": 2}
    plan = []
    for n in FAMILIES:
        plan.extend([n] * (11 * weights.get(n, 1)))
    R.shuffle(plan)
    plan = plan[:N_LINES]
    clean = set(R.sample(range(N_LINES), N_CLEAN))

    lines, labels = [], []
    for i, fam in enumerate(plan):
        phi = i not in clean
        segs, is_json = FAMILIES[fam](phi)
        b = bytearray()
        spans = []
        for (text, cat, raw, chain) in segs:
            tb = text.encode("utf-8")
            if cat:
                spans.append((len(b), len(b) + len(tb), cat, raw, chain))
            b += tb
        line = bytes(b)
        # ---- checks ----
        assert b"\n" not in line and b"\r" not in line, (i, fam)
        assert len(line) <= MAX_BYTES, (i + 1, fam, len(line))
        assert phi == bool(spans), (i + 1, fam, phi, len(spans))
        sline = line.decode("utf-8")
        if is_json:
            obj = json.loads(sline)
        acc = []
        harvest(obj if is_json else sline, acc)
        prev = 0
        for (s, e, cat, raw, chain) in spans:
            assert s >= prev and e > s, (i + 1, fam)
            prev = e
            want = apply_chain(raw, chain).encode("utf-8")
            if line[s:e] != want:
                sys.exit(f"SPAN MISMATCH line {i + 1} {fam}: {line[s:e]!r} != {want!r}")
            if not any(raw in a for a in acc):
                sys.exit(f"RAW VALUE NOT RECOVERABLE line {i + 1} {fam}: {raw!r}")
        lines.append(line)
        labels.append({"line": i + 1, "family": fam, "spans": [{"s": s, "e": e, "cat": c} for (s, e, c, _, _) in spans]})

    with open(os.path.join(OUT_DIR, f"{CID}.log"), "wb") as fh:
        fh.write(b"\n".join(lines) + b"\n")
    with open(os.path.join(OUT_DIR, f"{CID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False, separators=(", ", ": ")) + "\n")

    # summary to stderr
    from collections import Counter
    cats = Counter(sp["cat"] for lab in labels for sp in lab["spans"])
    fams = Counter(lab["family"] for lab in labels)
    nclean = sum(1 for lab in labels if not lab["spans"])
    print(f"lines={len(lines)} clean={nclean} ({nclean / len(lines):.1%}) spans={sum(cats.values())} "
          f"maxlen={max(map(len, lines))} families={len(fams)}", file=sys.stderr)
    for c, n in sorted(cats.items(), key=lambda x: -x[1]):
        print(f"  {c:12s} {n}", file=sys.stderr)


if __name__ == "__main__":
    main()
