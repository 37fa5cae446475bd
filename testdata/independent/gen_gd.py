#!/usr/bin/env python3
"""Deterministic generator for the 'gd' PHI test corpus.

Theme: virtual mental-health provider ("Tidewell Health") running a gRPC
platform in Go and Rust. Writes gd.log and gd.labels.jsonl next to itself.
Standard library only.
"""
import base64
import datetime as dt
import json
import os
import random
import urllib.parse

random.seed(181804)

ID = "gd"
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
TARGET_PHI_SHARE = 0.45

# ---------------------------------------------------------------------------
# line building with byte offsets
# ---------------------------------------------------------------------------


class P:
    """A PHI value. raw=True means it is printed unquoted (numbers, Rust dates)."""
    __slots__ = ("v", "c", "raw")

    def __init__(self, v, c, raw=False):
        self.v = str(v)
        self.c = c
        self.raw = raw


class S:
    """A composite string value made of plain text and P pieces."""

    def __init__(self, *pieces):
        self.pieces = pieces


class Tok:
    """A raw, unquoted token (enum value, Rust date, ...)."""

    def __init__(self, t):
        self.t = t


NL = object()  # newline sentinel in piece streams


class Line:
    def __init__(self, fam, pieces=()):
        self.fam = fam
        self.parts = []
        self.add(*pieces)

    def add(self, *pieces):
        for x in pieces:
            if isinstance(x, P):
                self.parts.append((x.v, x.c))
            elif isinstance(x, (list, tuple)):
                self.add(*x)
            elif x is NL:
                raise ValueError("newline inside a line")
            else:
                self.parts.append((str(x), None))
        return self

    def build(self):
        buf = bytearray()
        spans = []
        for text, cat in self.parts:
            b = text.encode("utf-8")
            if cat:
                spans.append((len(buf), len(buf) + len(b), cat, b))
            buf += b
        return bytes(buf), spans


def split_lines(fam, pieces, prefix=()):
    """Split a flat piece stream containing NL sentinels into Line objects."""
    out = []
    cur = Line(fam, prefix)
    for x in pieces:
        if x is NL:
            out.append(cur)
            cur = Line(fam)
        else:
            cur.add(x)
    out.append(cur)
    return out


def flat(*xs):
    out = []
    for x in xs:
        if isinstance(x, (list, tuple)):
            out.extend(flat(*x))
        else:
            out.append(x)
    return out

# ---------------------------------------------------------------------------
# serializers: JSON, protobuf text format, Rust Debug
# ---------------------------------------------------------------------------


def jstr(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def j(obj, spaced=False, indent=None, _lvl=0):
    """JSON pieces. dict keys are plain strings; values may be P/S/Tok."""
    kv = ": " if (spaced or indent is not None) else ":"
    comma = ", " if (spaced and indent is None) else ","
    if isinstance(obj, P):
        if obj.raw:
            return [obj]
        return ['"', P(jstr(obj.v), obj.c), '"']
    if isinstance(obj, S):
        out = ['"']
        for pc in obj.pieces:
            if isinstance(pc, P):
                out.append(P(jstr(pc.v), pc.c))
            else:
                out.append(jstr(pc))
        out.append('"')
        return out
    if isinstance(obj, Tok):
        return [obj.t]
    if isinstance(obj, bool):
        return ["true" if obj else "false"]
    if obj is None:
        return ["null"]
    if isinstance(obj, (int, float)):
        return [json.dumps(obj)]
    if isinstance(obj, str):
        return [json.dumps(obj, ensure_ascii=False)]
    if isinstance(obj, dict):
        if not obj:
            return ["{}"]
        out = ["{"]
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            if indent is not None:
                out += [NL, " " * (indent * (_lvl + 1))]
            out += [json.dumps(k, ensure_ascii=False), kv]
            out += j(v, spaced, indent, _lvl + 1)
            if i < len(items) - 1:
                out.append(comma)
        if indent is not None:
            out += [NL, " " * (indent * _lvl)]
        out.append("}")
        return out
    if isinstance(obj, list):
        if not obj:
            return ["[]"]
        out = ["["]
        for i, v in enumerate(obj):
            if indent is not None:
                out += [NL, " " * (indent * (_lvl + 1))]
            out += j(v, spaced, indent, _lvl + 1)
            if i < len(obj) - 1:
                out.append(comma)
        if indent is not None:
            out += [NL, " " * (indent * _lvl)]
        out.append("]")
        return out
    raise TypeError(type(obj))


def pb_escape(s, cpp=False):
    s = s.replace("\\", "\\\\").replace('"', '\\"')
    if cpp:
        s = s.replace("'", "\\'")
    return s


def pb_scalar(v, cpp):
    if isinstance(v, P):
        if v.raw:
            return [v]
        return ['"', P(pb_escape(v.v, cpp), v.c), '"']
    if isinstance(v, S):
        out = ['"']
        for pc in v.pieces:
            out.append(P(pb_escape(pc.v, cpp), pc.c) if isinstance(pc, P) else pb_escape(pc, cpp))
        return out + ['"']
    if isinstance(v, Tok):
        return [v.t]
    if isinstance(v, bool):
        return ["true" if v else "false"]
    if isinstance(v, (int, float)):
        return [str(v)]
    if isinstance(v, str):
        return ['"', pb_escape(v, cpp), '"']
    raise TypeError(type(v))


def pb1(fields, style="cpp", sep=" "):
    """Single-line text format. style 'go' -> name:"v" name:{..}; 'cpp' -> name: "v" name { .. }."""
    out = []
    cpp = style == "cpp"
    for i, (k, v) in enumerate(fields):
        if i:
            out.append(sep)
        if isinstance(v, list):
            if cpp:
                out += [k, " { "] + pb1(v, style, sep) + [" }"]
            else:
                out += [k, ":{"] + pb1(v, style, sep) + ["}"]
        else:
            out += [k, ":" if not cpp else ": "] + pb_scalar(v, cpp)
    return out


def pbml(fields, go_colon=False, lvl=0):
    """Multi-line text format (2-space indent). Returns piece stream with NL."""
    out = []
    ind = "  " * lvl
    for k, v in fields:
        if isinstance(v, list):
            out += [ind, k, ": {" if go_colon else " {", NL]
            out += pbml(v, go_colon, lvl + 1)
            out += [ind, "}", NL]
        else:
            out += [ind, k, ": "] + pb_scalar(v, not go_colon) + [NL]
    return out


class RS:
    """Rust struct for Debug printing."""

    def __init__(self, name, fields):
        self.name = name
        self.fields = fields


class RT:
    """Rust tuple struct / enum tuple variant: Some(x), PatientId(1)."""

    def __init__(self, name, *items):
        self.name = name
        self.items = items


def rust_escape(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def rd(v):
    """Rust {:?} single line."""
    if isinstance(v, RS):
        if not v.fields:
            return [v.name]
        out = [v.name, " { "]
        for i, (k, x) in enumerate(v.fields):
            if i:
                out.append(", ")
            out += [k, ": "] + rd(x)
        return out + [" }"]
    if isinstance(v, RT):
        out = [v.name, "("]
        for i, x in enumerate(v.items):
            if i:
                out.append(", ")
            out += rd(x)
        return out + [")"]
    if isinstance(v, list):
        out = ["["]
        for i, x in enumerate(v):
            if i:
                out.append(", ")
            out += rd(x)
        return out + ["]"]
    if v is None:
        return ["None"]
    if isinstance(v, P):
        return [v] if v.raw else ['"', P(rust_escape(v.v), v.c), '"']
    if isinstance(v, S):
        out = ['"']
        for pc in v.pieces:
            out.append(P(rust_escape(pc.v), pc.c) if isinstance(pc, P) else rust_escape(pc))
        return out + ['"']
    if isinstance(v, Tok):
        return [v.t]
    if isinstance(v, bool):
        return ["true" if v else "false"]
    if isinstance(v, (int, float)):
        return [str(v)]
    if isinstance(v, str):
        return ['"', rust_escape(v), '"']
    raise TypeError(type(v))


def rdp(v, lvl=0):
    """Rust {:#?} pretty, 4-space indent. Piece stream with NL (no trailing NL)."""
    ind = "    " * lvl
    ind2 = "    " * (lvl + 1)
    if isinstance(v, RS):
        if not v.fields:
            return [v.name]
        out = [v.name, " {", NL]
        for k, x in v.fields:
            out += [ind2, k, ": "] + rdp(x, lvl + 1) + [",", NL]
        return out + [ind, "}"]
    if isinstance(v, RT):
        out = [v.name, "(", NL]
        for x in v.items:
            out += [ind2] + rdp(x, lvl + 1) + [",", NL]
        return out + [ind, ")"]
    if isinstance(v, list):
        if not v:
            return ["[]"]
        out = ["[", NL]
        for x in v:
            out += [ind2] + rdp(x, lvl + 1) + [",", NL]
        return out + [ind, "]"]
    return rd(v)

# ---------------------------------------------------------------------------
# identifiers with check digits
# ---------------------------------------------------------------------------


def rdigits(n):
    return "".join(random.choice("0123456789") for _ in range(n))


def luhn_check(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def make_pan(prefix, length=16):
    body = prefix + rdigits(length - 1 - len(prefix))
    pan = body + luhn_check(body)
    assert luhn_valid(pan)
    return pan


def make_imei():
    tac = random.choice(["35391110", "35875309", "35332811", "86723104", "35467211", "35209911"])
    body = tac + rdigits(6)
    imei = body + luhn_check(body)
    assert luhn_valid(imei)
    return imei


def make_npi():
    body = random.choice("12") + rdigits(8)
    chk = luhn_check("80840" + body)
    npi = body + chk
    assert luhn_valid("80840" + npi)
    return npi


MBI_LET = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_LET + "0123456789"


def make_mbi():
    c = random.choice
    return (c("123456789") + c(MBI_LET) + c(MBI_AN) + c("0123456789") + c(MBI_LET)
            + c(MBI_AN) + c("0123456789") + c(MBI_LET) + c(MBI_LET) + c("0123456789") + c("0123456789"))


VIN_MAP = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
           "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def make_vin():
    wmi = random.choice(["1HG", "JTD", "5YJ", "1FA", "2T1", "3VW", "KM8"])
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    vds = "".join(random.choice(chars) for _ in range(5))
    year = random.choice("EFGHJKLMNP")
    plant = random.choice("ABCDKLMNU0123")
    serial = rdigits(6)
    v = wmi + vds + "0" + year + plant + serial
    s = sum(VIN_MAP[ch] * w for ch, w in zip(v, VIN_W))
    cd = s % 11
    v = v[:8] + ("X" if cd == 10 else str(cd)) + v[9:]
    s2 = sum(VIN_MAP[ch] * w for ch, w in zip(v, VIN_W))
    assert ("X" if s2 % 11 == 10 else str(s2 % 11)) == v[8]
    return v


def make_iban_de():
    bban = rdigits(8) + rdigits(10)
    num = int(bban + "131400")  # D=13 E=14 00
    chk = 98 - num % 97
    iban = "DE%02d%s" % (chk, bban)
    rearr = iban[4:] + "1314" + iban[2:4]
    assert int(rearr) % 97 == 1
    return iban


def iban_spaced(iban):
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def make_nhs():
    while True:
        d = [random.randint(0, 9) for _ in range(9)]
        if d[0] == 0:
            continue
        s = sum(x * (10 - i) for i, x in enumerate(d))
        chk = 11 - s % 11
        if chk == 11:
            chk = 0
        if chk == 10:
            continue
        n = "".join(map(str, d)) + str(chk)
        return n[:3] + " " + n[3:6] + " " + n[6:]


def make_sin():
    body = random.choice("1234567") + rdigits(7)
    s = body + luhn_check(body)
    assert luhn_valid(s)
    return s[:3] + "-" + s[3:6] + "-" + s[6:]


def make_ssn():
    area = random.randint(100, 665)
    if area == 666:
        area = 667
    return "%03d-%02d-%04d" % (area, random.randint(1, 99), random.randint(1, 9999))


def hexs(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    return "%s-%s-4%s-%s%s-%s" % (hexs(8), hexs(4), hexs(3), random.choice("89ab"), hexs(3), hexs(12))


CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def ulid():
    return "01HZ" + "".join(random.choice(CROCK) for _ in range(22))


def rbytes(n):
    return bytes(random.getrandbits(8) for _ in range(n))


def jpeg_b64(n):
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
    return base64.b64encode(head + rbytes(n)).decode()


def png_b64(n):
    head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x02\x00\x00\x00"
    return base64.b64encode(head + rbytes(n)).decode()


def voice_b64(n):
    head = b"VPT2\x00\x01\x00\xc0"
    return base64.b64encode(head + rbytes(n)).decode()


def b64json(obj):
    return base64.b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode()

# ---------------------------------------------------------------------------
# synthetic people
# ---------------------------------------------------------------------------

REF = dt.date(2024, 6, 11)

CITIES = [
    ("Portland", "OR", "97215", "503", ["SE Belmont St", "NE Alberta St"]),
    ("Seattle", "WA", "98118", "206", ["Rainier Ave S", "S Othello St"]),
    ("Oakland", "CA", "94610", "510", ["MacArthur Blvd", "Grand Ave"]),
    ("Austin", "TX", "78704", "512", ["S Lamar Blvd", "Bouldin Ave"]),
    ("Minneapolis", "MN", "55406", "612", ["E Lake St", "Minnehaha Ave"]),
    ("Chicago", "IL", "60625", "773", ["N Lincoln Ave", "W Argyle St"]),
    ("Denver", "CO", "80205", "303", ["Tennyson St", "Welton St"]),
    ("Brooklyn", "NY", "11216", "718", ["Nostrand Ave", "Halsey St"]),
    ("Atlanta", "GA", "30306", "404", ["Ponce de Leon Ave NE", "Highland Ave NE"]),
    ("Albuquerque", "NM", "87106", "505", ["Central Ave SE", "Girard Blvd SE"]),
    ("Columbus", "OH", "43201", "614", ["N High St", "Summit St"]),
    ("Honolulu", "HI", "96822", "808", ["Wilder Ave", "Punahou St"]),
    ("Tucson", "AZ", "85719", "520", ["E Speedway Blvd", "N Campbell Ave"]),
    ("Providence", "RI", "02906", "401", ["Hope St", "Wayland Ave"]),
    ("Madison", "WI", "53703", "608", ["Williamson St", "E Johnson St"]),
    ("Baltimore", "MD", "21218", "410", ["Greenmount Ave", "E 33rd St"]),
]

NAMES = [
    ("Amara", "Okonkwo", "Amara Okonkwo", "F", "Chidi Okonkwo", "spouse"),
    ("Tomasz", "Wiśniewski", "Tomasz Wiśniewski", "M", "Agnieszka Wiśniewska", "spouse"),
    ("Leilani", "Kahananui", "Leilani Kahananui", "F", "Keoni Kahananui", "brother"),
    ("Siddharth", "Raghunathan", "Siddharth Raghunathan", "M", "Lakshmi Raghunathan", "mother"),
    ("Mei-Ling", "Tsao", "Mei-Ling Tsao", "F", "Wen Tsao", "father"),
    ("Óscar", "Villalobos Peña", "Óscar Villalobos Peña", "M", "Guadalupe Peña", "mother"),
    ("Aoife", "Ní Bhriain", "Aoife Ní Bhriain", "F", "Ciarán Ó Briain", "brother"),
    ("Kwame", "Mensah-Boateng", "Kwame Mensah-Boateng", "M", "Efua Mensah", "partner"),
    ("Yuki", "Hasegawa", "Yuki Hasegawa", "F", "Haruto Hasegawa", "spouse"),
    ("Fatemeh", "Rostami", "Fatemeh Rostami", "F", "Dariush Rostami", "father"),
    ("Declan", "O'Sullivan", "Declan O'Sullivan", "M", "Siobhan O'Sullivan", "mother"),
    ("Björn", "Lindqvist", "Björn Lindqvist", "M", "Karin Lindqvist", "sister"),
    ("Marisol", "Quiñones", "Marisol Quiñones", "F", "Rafael Quiñones", "guarantor"),
    ("Hamza", "Al-Tamimi", "Hamza Al-Tamimi", "M", "Layla Al-Tamimi", "sister"),
    ("Thandiwe", "Dlamini", "Thandiwe Dlamini", "F", "Sipho Dlamini", "partner"),
    ("Rosalind", "Achterberg", "Rosalind Achterberg", "F", "Pieter Achterberg", "son"),
    ("Giuseppe", "Trovato", "Giuseppe Trovato", "M", "Carmela Trovato", "daughter"),
    ("Lan", "Nguyễn", "Nguyễn Thị Lan", "F", "Nguyễn Văn Minh", "brother"),
    ("Eitan", "Ben-David", "Eitan Ben-David", "M", "Noa Ben-David", "spouse"),
    ("Zoë", "Papadakis", "Zoë Papadakis", "F", "Nikos Papadakis", "father"),
]

EMAIL_DOMAINS = ["gmail.com", "proton.me", "outlook.com", "yahoo.com", "icloud.com", "fastmail.com", "hotmail.com"]

PAYERS = [
    ("Aetna", "60054", "aetna"),
    ("Blue Cross Blue Shield", "00851", "bcbs"),
    ("UnitedHealthcare", "87726", "uhc"),
    ("Cigna", "62308", "cigna"),
    ("Medicaid", "SKMD0", "medicaid"),
]

ASCII = {"ś": "s", "ñ": "n", "Ó": "O", "ó": "o", "í": "i", "ö": "o", "ễ": "e", "ë": "e", "'": "", " ": "", "-": ""}


def asciify(s):
    return "".join(ASCII.get(ch, ch) for ch in s).lower()


def make_dl(state):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if state == "CA":
        return random.choice(L) + rdigits(7)
    if state == "WA":
        return "WDL" + "".join(random.choice(L + "0123456789") for _ in range(9))
    if state in ("TX", "OR", "NM"):
        return rdigits(8 if state == "TX" else 7 if state == "OR" else 9)
    if state == "NY":
        return rdigits(9)
    if state == "IL":
        return random.choice(L) + rdigits(11)
    if state == "MN":
        return random.choice(L) + rdigits(12)
    return random.choice(L) + rdigits(8)


def public_ip():
    pfx = random.choice(["73.162", "24.17", "98.207", "174.61", "67.183", "108.28", "71.59", "99.110", "76.21", "50.47"])
    return "%s.%d.%d" % (pfx, random.randint(1, 254), random.randint(1, 254))


class Person:
    pass


PEOPLE = []
for idx, (first, last, full, sex, ecname, ecrel) in enumerate(NAMES):
    p = Person()
    p.first, p.last, p.full, p.sex = first, last, full, sex
    if first == "Rosalind":
        p.dob = dt.date(1931, 11, 3)
    elif first == "Giuseppe":
        p.dob = dt.date(1933, 2, 27)
    elif first in ("Björn", "Tomasz"):
        p.dob = dt.date(random.randint(1952, 1959), random.randint(1, 12), random.randint(1, 28))
    else:
        p.dob = dt.date(random.randint(1962, 2006), random.randint(1, 12), random.randint(1, 28))
    p.age = REF.year - p.dob.year - ((REF.month, REF.day) < (p.dob.month, p.dob.day))
    city, state, zipc, area, streets = CITIES[idx % len(CITIES)]
    p.city, p.state, p.zip, p.area = city, state, zipc, area
    p.street = "%d %s" % (random.randint(12, 9870), random.choice(streets))
    p.unit = random.choice(["", "", "Apt 3B", "Unit 210", "#4", "Apt 12"])
    p.line4 = "%04d" % random.randint(100, 199)
    p.phone_digits = area + "555" + p.line4[0:4]
    p.email = random.choice([
        asciify(first) + "." + asciify(last) + str(p.dob.year % 100),
        asciify(first)[0] + asciify(last),
        asciify(first) + "_" + asciify(last)[:4] + rdigits(2),
    ]) + "@" + random.choice(EMAIL_DOMAINS)
    p.username = random.choice([asciify(first) + "." + asciify(last)[:3], asciify(first)[0] + asciify(last) + rdigits(2),
                                asciify(first) + "_" + str(p.dob.year)])
    p.ssn = make_ssn()
    p.ec_ssn = make_ssn()
    p.pid_num = random.randint(10000000, 99999999)
    p.pid = "pt-%d" % p.pid_num
    p.mrn = "TWH%07d" % random.randint(100000, 9999999)
    if p.age >= 65:
        p.payer = ("Medicare", "CMS", "medicare")
        p.member = make_mbi()
    else:
        p.payer = random.choice(PAYERS)
        k = p.payer[2]
        if k == "aetna":
            p.member = "W" + rdigits(9)
        elif k == "bcbs":
            p.member = "".join(random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + rdigits(9)
        elif k == "uhc":
            p.member = rdigits(9) + "01"
        elif k == "cigna":
            p.member = "U" + rdigits(8) + "01"
        else:
            p.member = random.choice("ABCDEFGHJKLMN") + random.choice("ABCDEFGHJKLMN") + rdigits(5) + random.choice("ABCDEFGHJKLMN")
    p.group = random.choice(["", "GRP-"]) + rdigits(6)
    p.ip = public_ip() if idx not in (4, 12) else "2601:1c2:%x:%x::%x" % (random.randint(0x4000, 0xffff), random.randint(0x1000, 0xffff), random.randint(1, 0xfff))
    p.imei = make_imei()
    p.mac = random.choice(["F0:18:98", "8C:F5:A3", "3C:22:FB", "A4:83:E7"]) + ":" + ":".join("%02X" % random.getrandbits(8) for _ in range(3))
    p.wearable = random.choice(["FW", "C7", "OR"]) + "".join(random.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))
    p.exp = (random.randint(1, 12), random.randint(2025, 2030))
    p.pan = make_pan(random.choice(["4", "51", "55", "4"]), 16)
    p.iban = make_iban_de()
    p.billing_acct = "BA-%08d" % random.randint(1000000, 99999999)
    p.dl = make_dl(state)
    p.ecname, p.ecrel = ecname, ecrel
    p.ec_digits = area + "555" + "%04d" % random.randint(100, 199)
    p.case_no = "CR-2024-%06d" % random.randint(1000, 99999)
    p.kit = "PGX-%s-%05d" % (random.choice(["KT", "AX", "GS"]), random.randint(10000, 99999))
    p.fax_digits = area + "555" + "%04d" % random.randint(100, 199)
    p.plate = "".join(random.choice("0123456789") for _ in range(1)) + "".join(random.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)) + rdigits(3)
    p.vin = make_vin()
    p.natid = (("nhs", make_nhs()) if first in ("Aoife", "Declan") else ("sin", make_sin()) if first in ("Mei-Ling", "Björn") else None)
    p.pronouns = {"F": "she/her", "M": "he/him"}[sex] if idx % 7 else "they/them"
    PEOPLE.append(p)


def phone(digits, style=None):
    a, b, c = digits[:3], digits[3:6], digits[6:]
    style = style or random.choice(["e164", "dash", "paren", "intl", "e164"])
    return {"e164": "+1" + digits, "dash": "%s-%s-%s" % (a, b, c), "paren": "(%s) %s-%s" % (a, b, c),
            "intl": "+1 %s-%s-%s" % (a, b, c), "dots": "%s.%s.%s" % (a, b, c), "plain": digits}[style]


def dob_s(p, style="iso"):
    d = p.dob
    return {"iso": d.isoformat(), "us": d.strftime("%m/%d/%Y"), "compact": d.strftime("%Y%m%d")}[style]


CLINICIANS = [
    ("Dr. Ingrid Solberg", "Ingrid Solberg", "PSYCHIATRIST"),
    ("Rafael Ocampo, LCSW", "Rafael Ocampo", "THERAPIST"),
    ("Tariq Haddad, PMHNP-BC", "Tariq Haddad", "NURSE_PRACTITIONER"),
    ("Dr. Hannah Brightwater", "Hannah Brightwater", "PSYCHOLOGIST"),
    ("Priyanka Deshmukh, LMFT", "Priyanka Deshmukh", "THERAPIST"),
    ("Dr. Samuel Adeyemi", "Samuel Adeyemi", "PSYCHIATRIST"),
    ("Joanna Kowalczyk, LPC", "Joanna Kowalczyk", "THERAPIST"),
    ("Dr. Kenji Watanabe", "Kenji Watanabe", "PSYCHIATRIST"),
]
CLIN = [(d, n, r, make_npi(), "clin_%05d" % random.randint(1000, 99999),
         n.split()[0][0].lower() + "." + n.split()[-1].lower() + "@tidewell.health") for d, n, r in CLINICIANS]
AGENTS = ["Brianna Kessler", "Luis Arredondo", "Megan Thorsen", "Olamide Bello"]

COMPANY_PHONE = "+1-888-555-0142"
COMPANY_FAX = "(415) 555-0176"

SERVICES = {
    "intake": ("tidewell.intake.v1.IntakeService", ["SubmitIntake", "GetPatient", "UpdateContactInfo", "ListEpisodes"], "intake", 50051),
    "scheduling": ("tidewell.scheduling.v1.SchedulingService", ["BookSession", "CancelSession", "ListAvailability", "RescheduleSession"], "scheduling", 50051),
    "billing": ("tidewell.billing.v1.BillingService", ["VerifyEligibility", "AttachPaymentMethod", "CreateInvoice", "GetStatement"], "billing", 50051),
    "notes": ("tidewell.clinical.v1.NotesService", ["GetNote", "SignNote", "ListNotes", "AmendNote"], "notes", 50061),
    "identity": ("tidewell.identity.v1.IdentityService", ["VerifyIdentity", "EnrollVoiceprint", "GetVerificationStatus"], "identity", 50061),
    "crisis": ("tidewell.crisis.v1.CrisisService", ["EscalateCase", "AssignResponder", "CloseCase"], "crisis", 50061),
    "portal": ("tidewell.portal.v1.PatientPortal", ["GetProfile", "GetUpcomingSessions", "JoinSession", "UploadDocument"], "portal", 8080),
    "rx": ("tidewell.rx.v1.PrescriptionService", ["SendErx", "GetMedicationHistory", "CancelErx"], "rx", 50051),
}
GO_SVCS = ["intake", "scheduling", "billing", "portal", "rx"]
RUST_SVCS = ["notes", "identity", "crisis"]


def host(svc):
    return "%s.tidewell-prod.svc.cluster.local" % SERVICES[svc][2]


def privip():
    return random.choice(["10.42.%d.%d" % (random.randint(0, 15), random.randint(2, 250)),
                          "10.96.%d.%d" % (random.randint(0, 255), random.randint(1, 254)),
                          "172.20.%d.%d" % (random.randint(0, 31), random.randint(2, 250))])

# ---------------------------------------------------------------------------
# clock
# ---------------------------------------------------------------------------

CLK = dt.datetime(2024, 6, 11, 13, 58, 2, 118204)


def tick(lo=2, hi=1400):
    global CLK
    CLK += dt.timedelta(microseconds=random.randint(lo * 1000, hi * 1000))


def t_go():
    return CLK.strftime("%Y/%m/%d %H:%M:%S")


def t_go_us():
    return CLK.strftime("%Y/%m/%d %H:%M:%S.") + "%06d" % CLK.microsecond


def t_nano():
    return CLK.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d%03d" % (CLK.microsecond, random.randint(0, 999)) + "Z"


def t_micro():
    return CLK.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % CLK.microsecond


def t_milli():
    return CLK.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (CLK.microsecond // 1000)


def t_sec():
    return CLK.strftime("%Y-%m-%dT%H:%M:%SZ")


def appt_time():
    d = REF + dt.timedelta(days=random.randint(1, 20))
    h = random.choice([13, 14, 15, 16, 17, 18, 19, 21, 22, 23])
    m = random.choice([0, 0, 30, 15, 45])
    return dt.datetime(d.year, d.month, d.day, h, m)


def iso_z(d):
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def past_date(days_lo=30, days_hi=900):
    return REF - dt.timedelta(days=random.randint(days_lo, days_hi))

# ---------------------------------------------------------------------------
# patient selection (sticky, so the same person appears across lines)
# ---------------------------------------------------------------------------

_cur = [random.choice(PEOPLE)]


FORCE = {}


def pick(kinds):
    k = FORCE.get("kind")
    return k if k in kinds else random.choice(kinds)


def patient():
    if "p" in FORCE:
        _cur[0] = FORCE["p"]
        return FORCE["p"]
    if random.random() < 0.55:
        return _cur[0]
    _cur[0] = random.choice(PEOPLE + [p for p in PEOPLE if p.age > 89])
    return _cur[0]


def clinician():
    return random.choice(CLIN)

# ---------------------------------------------------------------------------
# message builders
# ---------------------------------------------------------------------------


def pj_postal(p):
    d = {"regionCode": "US", "postalCode": P(p.zip, "zip"), "administrativeArea": p.state,
         "locality": P(p.city, "address"), "addressLines": [P(p.street, "address")]}
    if p.unit:
        d["addressLines"].append(P(p.unit, "address"))
    return d


def pj_intake(p):
    pt = {}
    if random.random() < 0.5:
        pt["givenName"] = P(p.first, "name")
        pt["familyName"] = P(p.last, "name")
    else:
        pt["displayName"] = P(p.full, "name")
    pt["birthDate"] = P(dob_s(p), "date")
    if p.age > 89:
        pt["age"] = P(p.age, "age", raw=True)
    pt["pronouns"] = p.pronouns
    pt["contact"] = {"email": P(p.email, "email"), "mobilePhone": P(phone(p.phone_digits, "e164"), "phone")}
    if random.random() < 0.7:
        pt["address"] = pj_postal(p)
    req = {"patient": pt}
    if random.random() < 0.6:
        req["emergencyContact"] = {"name": P(p.ecname, "name"), "relationship": p.ecrel.upper(),
                                   "phone": P(phone(p.ec_digits, "e164"), "phone")}
    req["intake"] = {"phq9Score": random.randint(3, 24), "gad7Score": random.randint(2, 21),
                     "referralSource": random.choice(["REFERRAL_SOURCE_SEARCH", "REFERRAL_SOURCE_EMPLOYER", "REFERRAL_SOURCE_PCP"]),
                     "preferredModality": random.choice(["MODALITY_VIDEO", "MODALITY_PHONE"])}
    if random.random() < 0.4:
        req["intake"]["priorHospitalizationDate"] = P(past_date(200, 2500).isoformat(), "date")
    req["requestId"] = uuid4()
    return req


def pj_book(p):
    c = clinician()
    st = appt_time()
    return {"patientId": P(p.pid, "mrn"), "clinicianId": c[4], "startTime": P(iso_z(st), "date"),
            "duration": random.choice(["3000s", "2700s", "3600s"]),
            "sessionType": random.choice(["SESSION_TYPE_VIDEO", "SESSION_TYPE_PHONE", "SESSION_TYPE_MED_MANAGEMENT"]),
            "idempotencyKey": uuid4()}


def pj_contact(p):
    return {"patientId": P(p.pid, "mrn"), "contact": {"mobilePhone": P(phone(p.phone_digits, "e164"), "phone"),
                                                      "email": P(p.email, "email")},
            "updateMask": "contact.mobilePhone,contact.email"}


def pj_elig(p):
    return {"payerId": p.payer[1], "memberId": P(p.member, "health_plan"), "groupNumber": p.group,
            "subscriber": {"firstName": P(p.first, "name"), "lastName": P(p.last, "name"),
                           "dateOfBirth": P(dob_s(p), "date")},
            "serviceDate": P(appt_time().date().isoformat(), "date"), "serviceTypeCode": "MH",
            **({"subscriberSsn": P(p.ssn.replace("-", ""), "ssn")} if random.random() < 0.4 else {})}


def pj_profile_resp(p):
    d = {"patient": {"name": S("patients/", P(p.pid, "mrn")), "patientId": P(p.pid, "mrn"), "mrn": P(p.mrn, "mrn"),
                     "displayName": P(p.full, "name"), "birthDate": P(dob_s(p), "date")}}
    if p.age > 89:
        d["patient"]["age"] = P(p.age, "age", raw=True)
    d["patient"]["timeZone"] = random.choice(["America/Los_Angeles", "America/Chicago", "America/New_York", "Pacific/Honolulu"])
    d["patient"]["careTeam"] = [{"clinicianId": clinician()[4], "role": "ROLE_PRIMARY"}]
    return d

# ---------------------------------------------------------------------------
# event generators: each returns a list of Line
# ---------------------------------------------------------------------------

GRPC_STATES = ["CONNECTING", "READY", "TRANSIENT_FAILURE", "IDLE"]


def ev_grpcgo_core():
    tick()
    c = random.randint(1, 40)
    s = c + random.randint(1, 3)
    svc = random.choice(list(SERVICES))
    h = host(svc)
    port = SERVICES[svc][3]
    ip = privip()
    opts = [
        ("INFO", "[core] [Channel #%d] Channel Connectivity change to %s" % (c, random.choice(GRPC_STATES))),
        ("INFO", "[core] [Channel #%d SubChannel #%d] Subchannel Connectivity change to %s" % (c, s, random.choice(GRPC_STATES))),
        ("INFO", '[core] [Channel #%d SubChannel #%d] Subchannel picks a new address "%s:%d" to connect' % (c, s, ip, port)),
        ("INFO", "[transport] [server-transport 0xc000%s] Closing: EOF" % hexs(6)),
        ("INFO", "[transport] [client-transport 0xc000%s] loopyWriter exiting with error: transport closed by client" % hexs(6)),
        ("WARNING", '[core] [Channel #%d SubChannel #%d] grpc: addrConn.createTransport failed to connect to {Addr: "%s:%d", ServerName: "%s:%d", }. Err: connection error: desc = "transport: Error while dialing: dial tcp %s:%d: connect: connection refused"' % (c, s, ip, port, h, port, ip, port)),
        ("INFO", '[core] [Channel #%d] original dial target is: "dns:///%s:%d"' % (c, h, port)),
        ("INFO", "[core] [Server #%d ListenSocket #%d] ListenSocket created" % (c, s)),
        ("INFO", "[core] [Channel #%d] Channel switches to new LB policy \"round_robin\"" % c),
        ("INFO", "[transport] [client-transport 0xc000%s] Closing: connection error: desc = \"error reading from server: read tcp %s:%d->%s:%d: use of closed network connection\"" % (hexs(6), privip(), random.randint(32768, 60999), ip, port)),
    ]
    lvl, msg = random.choice(opts)
    return [Line("grpc-go", [t_go(), " ", lvl, ": ", msg])]


def slog_base(svc, method, code="OK"):
    name = SERVICES[svc][0]
    d = {"time": t_nano(), "level": "INFO" if code == "OK" else random.choice(["WARN", "ERROR"]),
         "msg": "finished call", "protocol": "grpc", "grpc.component": "server",
         "grpc.service": name, "grpc.method": method, "grpc.method_type": "unary",
         "peer.address": "%s:%d" % (privip(), random.randint(32768, 60999)),
         "grpc.start_time": t_sec(), "grpc.code": code,
         "grpc.time_ms": "%.3f" % random.uniform(0.4, 240.0)}
    return d


def ev_slog_clean():
    tick()
    svc = random.choice(GO_SVCS)
    method = random.choice(SERVICES[svc][1])
    code = random.choice(["OK"] * 6 + ["NotFound", "DeadlineExceeded", "Unavailable", "PermissionDenied", "InvalidArgument"])
    d = slog_base(svc, method, code)
    if code != "OK":
        errs = {"NotFound": "rpc error: code = NotFound desc = session %s not found" % uuid4(),
                "DeadlineExceeded": "rpc error: code = DeadlineExceeded desc = context deadline exceeded",
                "Unavailable": "rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial tcp %s:5432: i/o timeout\"" % privip(),
                "PermissionDenied": "rpc error: code = PermissionDenied desc = caller spiffe://tidewell.health/ns/prod/sa/%s-sa lacks scope sessions.write" % random.choice(GO_SVCS),
                "InvalidArgument": "rpc error: code = InvalidArgument desc = invalid BookSessionRequest.StartTime: value must be in the future"}
        d["grpc.error"] = errs[code]
    d["trace_id"] = hexs(32)
    d["span_id"] = hexs(16)
    return [Line("go-slog", j(d))]


def ev_slog_payload():
    tick()
    p = patient()
    kind = pick(["intake", "book", "contact", "elig", "profile"])
    if kind == "intake":
        svc, method, body, key = "intake", "SubmitIntake", pj_intake(p), "grpc.request.content"
    elif kind == "book":
        svc, method, body, key = "scheduling", "BookSession", pj_book(p), "grpc.request.content"
    elif kind == "contact":
        svc, method, body, key = "intake", "UpdateContactInfo", pj_contact(p), "grpc.request.content"
    elif kind == "elig":
        svc, method, body, key = "billing", "VerifyEligibility", pj_elig(p), "grpc.request.content"
    else:
        svc, method, body, key = "portal", "GetProfile", pj_profile_resp(p), "grpc.response.content"
    name = SERVICES[svc][0]
    d = {"time": t_nano(), "level": "DEBUG",
         "msg": "request received" if key.endswith("request.content") else "response sent",
         "protocol": "grpc", "grpc.component": "server", "grpc.service": name, "grpc.method": method,
         "grpc.method_type": "unary", "peer.address": "%s:%d" % (privip(), random.randint(32768, 60999)),
         "grpc.start_time": t_sec(), key: body}
    return [Line("go-slog", j(d))]


def ev_zap_clean():
    tick()
    opts = [
        ("INFO", "scheduling/reminders.go:%d" % random.randint(40, 300), "reminder batch dispatched",
         {"batch": random.randint(1, 400), "count": random.randint(10, 900), "queue": "reminders-sms", "elapsed": "%.3fs" % random.uniform(0.2, 4)}),
        ("INFO", "billing/invoice.go:%d" % random.randint(40, 300), "invoice finalized",
         {"invoiceId": "inv_" + ulid(), "amountCents": random.choice([2500, 4000, 15000, 18500, 22000]), "currency": "USD", "lineItems": random.randint(1, 4)}),
        ("WARN", "rx/surescripts.go:%d" % random.randint(40, 300), "surescripts retry",
         {"attempt": random.randint(1, 5), "backoff": "%dms" % random.choice([200, 400, 800, 1600]), "messageId": "SS" + rdigits(12), "prescriberNpi": clinician()[3]}),
        ("INFO", "intake/server.go:%d" % random.randint(40, 300), "grpc server listening",
         {"addr": "0.0.0.0:50051", "version": "v2.%d.%d" % (random.randint(10, 40), random.randint(0, 9)), "commit": hexs(7), "buildDate": "2024-06-0%dT09:14:22Z" % random.randint(1, 9)}),
        ("DEBUG", "scheduling/availability.go:%d" % random.randint(40, 300), "slots computed",
         {"clinicianId": clinician()[4], "clinician": clinician()[0], "from": "2024-06-%02d" % random.randint(12, 28), "slots": random.randint(0, 14)}),
        ("ERROR", "portal/session.go:%d" % random.randint(40, 300), "twilio video room create failed",
         {"roomSid": "RM" + hexs(32), "status": 429, "error": "Too Many Requests", "support": "support@tidewell.health"}),
        ("INFO", "billing/claims.go:%d" % random.randint(40, 300), "837P batch submitted",
         {"batchId": "B%s" % rdigits(9), "claims": random.randint(5, 80), "clearinghouse": "availity", "groupNumber": rdigits(6)}),
    ]
    lvl, caller, msg, ctx = random.choice(opts)
    return [Line("zap", [t_milli(), "\t", lvl, "\t", caller, "\t", msg, "\t"] + j(ctx, spaced=True))]


def ev_zap_phi():
    tick()
    p = patient()
    opts = []
    opts.append(("ERROR", "billing/eligibility.go:%d" % random.randint(100, 260), "eligibility check failed",
                 {"memberId": P(p.member, "health_plan"), "payerId": p.payer[1],
                  "error": "rpc error: code = DeadlineExceeded desc = context deadline exceeded"}))
    opts.append(("INFO", "billing/payments.go:%d" % random.randint(40, 120), "payment method attached",
                 {"patientId": P(p.pid, "mrn"), "cardBrand": "visa" if p.pan[0] == "4" else "mastercard", "last4": p.pan[-4:], "expMonth": p.exp[0], "expYear": p.exp[1]}))
    opts.append(("WARN", "intake/dedupe.go:%d" % random.randint(40, 120), "possible duplicate patient",
                 {"candidate": P(p.pid, "mrn"), "matchedOn": ["family_name", "birth_date"], "familyName": P(p.last, "name"),
                  "birthDate": P(dob_s(p), "date"), "ssnLast4": p.ssn[-4:], "score": round(random.uniform(0.8, 0.99), 2)}))
    opts.append(("INFO", "scheduling/booking.go:%d" % random.randint(40, 300), "session booked",
                 {"patientId": P(p.pid, "mrn"), "sessionId": uuid4(), "start": P(iso_z(appt_time()), "date"), "clinician": clinician()[0]}))
    opts.append(("INFO", "billing/guarantor.go:%d" % random.randint(40, 200), "guarantor identity verified",
                 {"patientId": P(p.pid, "mrn"), "guarantorName": P(p.ecname, "name"), "guarantorSsn": P(p.ec_ssn, "ssn"),
                  "vendor": "lexisnexis", "txnId": "LN-" + rdigits(10)}))
    opts.append(("WARN", "portal/login.go:%d" % random.randint(40, 300), "failed login",
                 {"username": P(p.username, "other_id"), "clientIp": P(p.ip, "ip"), "attempt": random.randint(2, 5), "lockout": False}))
    opts.append(("INFO", "rx/erx.go:%d" % random.randint(40, 300), "eRx transmitted",
                 {"mrn": P(p.mrn, "mrn"), "drug": random.choice(["sertraline 50 mg tab", "bupropion XL 150 mg", "escitalopram 10 mg"]),
                  "prescriberNpi": clinician()[3], "pharmacyNcpdp": rdigits(7)}))
    names = ["elig", "payment", "dedupe", "booked", "guarantor", "login", "erx"]
    lvl, caller, msg, ctx = opts[names.index(pick(names))]
    return [Line("zap", [t_milli(), "\t", lvl, "\t", caller, "\t", msg, "\t"] + j(ctx, spaced=True))]


def ev_zapjson_device():
    tick()
    p = patient()
    ts = "%.4f" % (CLK.replace(tzinfo=dt.timezone.utc).timestamp())
    kind = random.random()
    if kind < 0.4:
        dev = {"imei": P(p.imei, "device"), "model": random.choice(["SM-S918U", "Pixel 8", "moto g stylus 5G"]),
               "os": "Android 14", "appVersion": "5.12.%d" % random.randint(0, 4)}
    elif kind < 0.7:
        dev = {"kind": "WEARABLE", "vendor": random.choice(["Fitbit", "Oura", "Garmin"]), "bleAddress": P(p.mac, "device"),
               "firmware": "%d.%d.%d" % (random.randint(1, 9), random.randint(0, 40), random.randint(0, 200))}
    else:
        dev = {"kind": "WEARABLE", "vendor": random.choice(["Fitbit", "Oura", "Garmin"]), "serial": P(p.wearable, "device"),
               "firmware": "%d.%d.%d" % (random.randint(1, 9), random.randint(0, 40), random.randint(0, 200))}
    d = {"level": "info", "ts": Tok(ts), "caller": "devices/register.go:%d" % random.randint(40, 120),
         "msg": "device registered", "patientId": P(p.pid, "mrn"), "device": dev}
    if "imei" in dev:
        d["pushProvider"] = "fcm"
    return [Line("zap-json", j(d))]


def ev_zapjson_clean():
    tick()
    ts = "%.4f" % (CLK.replace(tzinfo=dt.timezone.utc).timestamp())
    opts = [
        {"level": "info", "ts": Tok(ts), "caller": "devices/push.go:%d" % random.randint(40, 200), "msg": "push batch sent",
         "provider": "fcm", "sent": random.randint(10, 500), "failed": random.randint(0, 4), "durationMs": random.randint(40, 900)},
        {"level": "warn", "ts": Tok(ts), "caller": "portal/ratelimit.go:%d" % random.randint(40, 200), "msg": "rate limit exceeded",
         "route": "/tidewell.portal.v1.PatientPortal/JoinSession", "limit": 20, "window": "1m0s", "remote": privip()},
        {"level": "info", "ts": Tok(ts), "caller": "intake/outbox.go:%d" % random.randint(40, 200), "msg": "outbox relayed",
         "stream": "INTAKE_EVENTS", "published": random.randint(1, 60), "lastSeq": random.randint(80000, 99999)},
        {"level": "error", "ts": Tok(ts), "caller": "billing/stripe.go:%d" % random.randint(40, 200), "msg": "webhook signature mismatch",
         "eventId": "evt_" + "".join(random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24)),
         "endpoint": "https://api.tidewell.health/webhooks/stripe"},
    ]
    return [Line("zap-json", j(random.choice(opts)))]


def pb_patient_fields(p, naming):
    f = []
    if naming == "a":
        f.append(("patient_id", P(p.pid, "mrn")))
        f.append(("patient_name", P(p.full, "name")))
        f.append(("date_of_birth", P(dob_s(p), "date")))
    else:
        f.append(("mrn", P(p.mrn, "mrn")))
        f.append(("name", [("given", P(p.first, "name")), ("family", P(p.last, "name"))]))
        f.append(("birth_date", P(dob_s(p), "date")))
    if p.age > 89:
        f.append(("age", P(p.age, "age", raw=True)))
    f.append(("sex_at_birth", Tok("SEX_" + {"F": "FEMALE", "M": "MALE"}[p.sex])))
    return f


def pb_contact(p):
    return [("mobile_phone", P(phone(p.phone_digits, random.choice(["e164", "dash"])), "phone")),
            ("email", P(p.email, "email"))]


def pb_address(p):
    f = [("line1", P(p.street, "address"))]
    if p.unit:
        f.append(("line2", P(p.unit, "address")))
    f += [("city", P(p.city, "address")), ("state", p.state), ("postal_code", P(p.zip, "zip"))]
    return f


def pb_intake_msg(p):
    naming = random.choice("ab")
    pt = pb_patient_fields(p, naming)
    if random.random() < 0.8:
        pt.append(("contact", pb_contact(p)))
    if random.random() < 0.6:
        pt.append(("address", pb_address(p)))
    msg = [("patient", pt)]
    if random.random() < 0.5:
        msg.append(("emergency_contact", [("name", P(p.ecname, "name")), ("relationship", p.ecrel),
                                          ("phone", P(phone(p.ec_digits, "e164"), "phone"))]))
    msg.append(("screening", [("phq9_score", random.randint(2, 25)), ("gad7_score", random.randint(1, 21)),
                              ("cssrs_risk", Tok(random.choice(["RISK_LOW", "RISK_MODERATE", "RISK_NONE"])))]))
    return msg


def pb_insurance_msg(p):
    return [("patient_id", P(p.pid, "mrn")),
            ("coverage", [("payer_name", p.payer[0]), ("payer_id", p.payer[1]),
                          ("member_id", P(p.member, "health_plan")), ("group_number", p.group),
                          ("relationship_to_subscriber", Tok("SELF")),
                          *([("subscriber_ssn", P(p.ssn, "ssn"))] if random.random() < 0.5 else []),
                          ("effective_date", "2024-01-01")])]


def pb_session_msg(p):
    c = clinician()
    return [("session_id", uuid4()), ("patient_id", P(p.pid, "mrn")),
            ("clinician", [("npi", c[3]), ("display_name", c[0])]),
            ("scheduled_start", P(iso_z(appt_time()), "date")),
            ("modality", Tok(random.choice(["MODALITY_VIDEO", "MODALITY_PHONE"]))),
            ("status", Tok(random.choice(["SESSION_STATUS_CONFIRMED", "SESSION_STATUS_PENDING"])))]


def pb_roi_msg(p):
    return [("request_id", "roi_" + ulid()), ("patient_id", P(p.pid, "mrn")),
            ("requester_name", P(p.full, "name")),
            ("records_from", P(past_date(300, 900).isoformat(), "date")),
            ("records_to", P(past_date(5, 60).isoformat(), "date")),
            ("delivery", [("method", Tok("DELIVERY_FAX")), ("fax_number", P(phone(p.fax_digits, "dash"), "fax")),
                          ("sender_fax", COMPANY_FAX)]),
            ("signed_by", P(p.full, "name"))]


def ev_pbtext_line():
    tick()
    p = patient()
    kind = pick(["intake", "ins", "session", "contact", "roi"])
    if kind == "intake":
        msg, rpc = pb_intake_msg(p), "SubmitIntake"
    elif kind == "ins":
        msg, rpc = pb_insurance_msg(p), "VerifyEligibility"
    elif kind == "session":
        msg, rpc = pb_session_msg(p), "BookSession"
    elif kind == "roi":
        msg, rpc = pb_roi_msg(p), "RequestRecordsRelease"
    else:
        msg, rpc = [("patient_id", P(p.pid, "mrn")), ("contact", pb_contact(p)),
                    ("update_mask", [("paths", "contact.mobile_phone"), ("paths", "contact.email")])], "UpdateContactInfo"
    style = random.choice(["go", "cpp"])
    sep = "  " if (style == "go" and random.random() < 0.4) else " "
    body = pb1(msg, style, sep)
    if random.random() < 0.5:
        pre = [t_go(), " ", random.choice(["handler.go", "server.go", "intake.go"]), ":", str(random.randint(40, 400)), ": ", rpc, " req: "]
    else:
        pre = [t_milli(), "\tDEBUG\t", "grpcsrv/logging.go:", str(random.randint(40, 120)), "\t", rpc, "\treq=", ]
    return [Line("pbtext", pre + body)]


def ev_pbtext_block():
    tick()
    p = patient()
    kind = pick(["intake", "ins", "session", "roi"])
    msg, typ = {"intake": (pb_intake_msg, "tidewell.intake.v1.SubmitIntakeRequest"),
                "ins": (pb_insurance_msg, "tidewell.billing.v1.VerifyEligibilityRequest"),
                "session": (pb_session_msg, "tidewell.scheduling.v1.Session"),
                "roi": (pb_roi_msg, "tidewell.intake.v1.RecordsReleaseRequest")}[kind]
    fields = msg(p)
    go_colon = random.random() < 0.5
    out = []
    if random.random() < 0.5:
        out.append(Line("pbtext-ml", [t_go(), " dump ", typ, ":"]))
        pieces = pbml(fields, go_colon)
        out += split_lines("pbtext-ml", pieces[:-1])
    else:
        svc = {"intake": "intake", "ins": "billing", "session": "scheduling", "roi": "intake"}[kind]
        m = {"intake": "SubmitIntake", "ins": "VerifyEligibility", "session": "GetSession", "roi": "RequestRecordsRelease"}[kind]
        out.append(Line("grpc_cli", ["connecting to ", host(svc), ":", str(SERVICES[svc][3])]))
        pieces = pbml(fields, False)
        out += split_lines("grpc_cli", pieces[:-1])
        out.append(Line("grpc_cli", ["Rpc succeeded with OK status"]))
    return out


def ev_pbtext_clean_block():
    tick()
    out = []
    kind = random.choice(["avail", "health", "avail"])
    if kind == "health":
        svc = random.choice(list(SERVICES))
        out.append(Line("grpc_cli", ["connecting to ", host(svc), ":", str(SERVICES[svc][3])]))
        out.append(Line("grpc_cli", ["status: SERVING"]))
        out.append(Line("grpc_cli", ["Rpc succeeded with OK status"]))
        return out
    c = clinician()
    fields = [("clinician_id", c[4]), ("clinician_name", c[0]), ("npi", c[3])]
    base = REF + dt.timedelta(days=random.randint(1, 6))
    for _ in range(random.randint(1, 3)):
        st = dt.datetime(base.year, base.month, base.day, random.choice([14, 15, 16, 17, 20]), random.choice([0, 30]))
        fields.append(("slots", [("start_time", [("seconds", int(st.replace(tzinfo=dt.timezone.utc).timestamp()))]),
                                 ("duration", [("seconds", 3000)]),
                                 ("modality", Tok("MODALITY_VIDEO"))]))
    fields.append(("next_page_token", base64.b64encode(("cursor:%d" % random.randint(1000, 9999)).encode()).decode()))
    out.append(Line("pbtext-ml", [t_go(), " ListAvailability resp:"]))
    out += split_lines("pbtext-ml", pbml(fields, random.random() < 0.5)[:-1])
    return out


def ev_pbtext_clean_line():
    tick()
    c = clinician()
    opts = [
        ("Check", pb1([("service", "tidewell.scheduling.v1.SchedulingService")], "cpp")),
        ("ListAvailability", pb1([("clinician_id", c[4]), ("from", [("year", 2024), ("month", 6), ("day", random.randint(12, 28))]), ("page_size", 50)], random.choice(["go", "cpp"]))),
        ("CreateInvoice", pb1([("invoice_id", "inv_" + ulid()), ("amount", [("currency_code", "USD"), ("units", random.choice([25, 40, 150, 185])), ("nanos", 0)]), ("status", Tok("INVOICE_STATUS_OPEN"))], random.choice(["go", "cpp"]))),
        ("CancelSession", pb1([("session_id", uuid4()), ("reason", Tok("CANCEL_REASON_CLINICIAN_UNAVAILABLE")), ("notify", True)], random.choice(["go", "cpp"]))),
        ("ListNotes", pb1([("clinician_npi", c[3]), ("signed_after", [("seconds", random.randint(1717000000, 1718100000))]), ("page_size", 25)], random.choice(["go", "cpp"]))),
    ]
    rpc, body = random.choice(opts)
    return [Line("pbtext", [t_go(), " ", random.choice(["handler.go", "server.go"]), ":", str(random.randint(40, 400)), ": ", rpc, " req: "] + body)]


def ev_grpcurl_block():
    tick()
    p = patient()
    kind = random.choice(["profile", "book", "elig"])
    if kind == "profile":
        cmd = ["$ grpcurl -H 'authorization: Bearer ${TOKEN}' -d '{\"patientId\":\"", P(p.pid, "mrn"),
               "\"}' api.tidewell.health:443 tidewell.portal.v1.PatientPortal/GetProfile"]
        body = pj_profile_resp(p)
        body["patient"]["contact"] = {"email": P(p.email, "email"), "mobilePhone": P(phone(p.phone_digits, "e164"), "phone")}
        if random.random() < 0.5:
            body["patient"]["address"] = pj_postal(p)
    elif kind == "book":
        cmd = ["$ grpcurl -plaintext -d @ ", host("scheduling"), ":50051 tidewell.scheduling.v1.SchedulingService/GetSession"]
        c = clinician()
        body = {"session": {"sessionId": uuid4(), "patientId": P(p.pid, "mrn"), "patientName": P(p.full, "name"),
                            "clinician": {"npi": c[3], "displayName": c[0]},
                            "scheduledStart": P(iso_z(appt_time()), "date"), "duration": "3000s",
                            "joinUrl": "https://visit.tidewell.health/r/" + hexs(10), "status": "SESSION_STATUS_CONFIRMED"}}
    else:
        cmd = ["$ grpcurl -plaintext -d @ ", host("billing"), ":50051 tidewell.billing.v1.BillingService/VerifyEligibility"]
        body = {"eligible": True, "coverage": {"payerName": p.payer[0], "memberId": P(p.member, "health_plan"),
                                               "groupNumber": p.group, "subscriberName": P(p.full, "name"),
                                               "subscriberBirthDate": P(dob_s(p), "date"), "copay": {"currencyCode": "USD", "units": str(random.choice([0, 20, 30, 40]))},
                                               "planYearStart": "2024-01-01"}}
    out = [Line("grpcurl", cmd)]
    out += split_lines("grpcurl", j(body, indent=2))
    return out


def envoy_line(method, path, code, flags, details, rx, tx, dur, ust, xff, ua, rid, auth, uhost, cluster, ulocal, dlocal, dremote, sni, route):
    pc = ["[", t_milli(), "] \"", method, " "] + flat(path) + [" HTTP/2\" ", str(code), " ", flags, " ", details, " - \"-\" ",
                                                      str(rx), " ", str(tx), " ", str(dur), " ", ust, " \""]
    pc += flat(xff) + ["\" \"", ua, "\" \"", rid, "\" \"", auth, "\" \"", uhost, "\" ", cluster, " ", ulocal, " ", dlocal, " "]
    pc += flat(dremote) + [" ", sni, " ", route]
    return Line("envoy", pc)


APP_UAS = ["TidewellApp/5.12.1 (iOS 17.5; iPhone15,2) grpc-swift-nio/1.21.0",
           "TidewellApp/5.12.0 (Android 14; SM-S918U) grpc-java-okhttp/1.63.0",
           "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
           "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"]


def ev_envoy_edge():
    tick()
    p = patient()
    svc = "portal"
    method = random.choice(SERVICES[svc][1])
    path = "/" + SERVICES[svc][0] + "/" + method
    lb = "35.191.%d.%d" % (random.randint(0, 255), random.randint(1, 254))
    xff = [P(p.ip, "ip")] + ([", " + lb] if random.random() < 0.5 else [])
    up = privip()
    return [envoy_line("POST", path, 200, "-", "via_upstream", random.randint(20, 900), random.randint(40, 9000),
                       random.randint(8, 400), str(random.randint(5, 380)), xff, random.choice(APP_UAS), uuid4(),
                       "api.tidewell.health", up + ":8080", "outbound|8080||" + host(svc), privip() + ":" + str(random.randint(32768, 60999)),
                       privip() + ":8443", privip() + ":" + str(random.randint(32768, 60999)), "api.tidewell.health", "portal_grpc")]


def ev_envoy_transcode():
    tick()
    p = patient()
    kind = random.choice(["search", "byid", "sessions"])
    if kind == "search":
        path = ["/v1/patients:search?family_name=", P(urllib.parse.quote(p.last), "name"), "&birth_date=", P(dob_s(p), "date"), "&page_size=20"]
    elif kind == "byid":
        path = ["/v1/patients/", P(p.pid, "mrn")]
    else:
        path = ["/v1/patients/", P(p.pid, "mrn"), "/sessions?after=2024-06-01T00:00:00Z"]
    up = privip()
    return [envoy_line("GET", path, random.choice([200, 200, 200, 404]), "-", "via_upstream", 0, random.randint(40, 9000),
                       random.randint(8, 400), str(random.randint(5, 380)), ["-"], "Go-http-client/2.0", uuid4(),
                       "admin-api.tidewell.internal", up + ":8080", "outbound|8080||" + host("intake"),
                       privip() + ":" + str(random.randint(32768, 60999)), privip() + ":8443",
                       privip() + ":" + str(random.randint(32768, 60999)), "-", "admin_transcoder")]


def ev_envoy_clean():
    tick()
    r = random.random()
    if r < 0.2:
        return [Line("envoy", ["[", t_milli(), "] \"GET /healthz/ready HTTP/1.1\" 200 - via_upstream - \"-\" 0 0 ",
                               str(random.randint(0, 3)), " - \"-\" \"kube-probe/1.29\" \"", uuid4(), "\" \"",
                               privip(), ":15021\" \"-\" - - ", privip(), ":15021 ", privip(), ":",
                               str(random.randint(32768, 60999)), " - -"])]
    svc = random.choice(list(SERVICES))
    method = random.choice(SERVICES[svc][1])
    path = "/" + SERVICES[svc][0] + "/" + method
    if r < 0.3:
        path = "/grpc.health.v1.Health/Check"
    ua = random.choice(["grpc-go/1.64.0", "grpc-go/1.63.2", "tonic/0.11.0", "grpc-java-netty/1.63.0"])
    code, flags, det = random.choice([(200, "-", "via_upstream")] * 6 + [(503, "UF", "upstream_reset_before_response_started{connection_failure}"),
                                                                       (504, "UT", "response_timeout"), (0, "DC", "downstream_remote_disconnect")])
    up = privip()
    port = SERVICES[svc][3]
    return [envoy_line("POST", path, code, flags, det, random.randint(5, 600), random.randint(0, 6000),
                       random.randint(1, 300), str(random.randint(1, 280)) if code == 200 else "-", "-", ua, uuid4(),
                       "%s:%d" % (host(svc), port), "%s:%d" % (up, port), "outbound|%d||%s" % (port, host(svc)),
                       privip() + ":" + str(random.randint(32768, 60999)), "%s:%d" % (up, port),
                       privip() + ":" + str(random.randint(32768, 60999)), "outbound_.%d_._.%s" % (port, host(svc)), "default")]


GRPC_STATUS_NAMES = ["OK", "OK", "OK", "OK", "NotFound", "Unavailable", "DeadlineExceeded", "PermissionDenied", "Unauthenticated"]


def ev_envoy_json(phi):
    tick()
    svc = random.choice(list(SERVICES))
    method = random.choice(SERVICES[svc][1])
    d = {}
    if phi:
        p = patient()
        svc = "portal"
        method = random.choice(SERVICES[svc][1])
        d["authority"] = "api.tidewell.health"
        xff = [P(p.ip, "ip")]
        ua = random.choice(APP_UAS)
    else:
        d["authority"] = "%s:%d" % (host(svc), SERVICES[svc][3])
        xff = None
        ua = random.choice(["grpc-go/1.64.0", "tonic/0.11.0"])
    d["bytes_received"] = random.randint(5, 800)
    d["bytes_sent"] = random.randint(0, 9000)
    d["downstream_remote_address"] = "%s:%d" % (privip(), random.randint(32768, 60999))
    d["duration"] = random.randint(1, 500)
    d["grpc_status"] = random.choice(GRPC_STATUS_NAMES)
    d["method"] = "POST"
    d["path"] = "/" + SERVICES[svc][0] + "/" + method
    d["protocol"] = "HTTP/2"
    d["request_id"] = uuid4()
    d["response_code"] = 200
    d["response_flags"] = "-"
    d["start_time"] = t_milli()
    d["upstream_cluster"] = "outbound|%d||%s" % (SERVICES[svc][3], host(svc))
    d["upstream_host"] = "%s:%d" % (privip(), SERVICES[svc][3])
    d["user_agent"] = ua
    d["x_forwarded_for"] = xff[0] if xff else None
    return [Line("envoy-json", j(d))]


NATS_STREAMS = {"INTAKE_EVENTS": ("tw.intake", "intake-projector"), "PATIENT_EVENTS": ("tw.patient", "crm-sync"),
                "SESSION_EVENTS": ("tw.session", "reminder-scheduler"), "BILLING_EVENTS": ("tw.billing", "ledger-writer")}


def nats_payload(p, stream):
    style = random.choice(["protojson", "serde", "gostruct"])
    if stream == "INTAKE_EVENTS":
        subj = ["tw.intake.submitted.", p.state.lower()]
        if style == "protojson":
            body = {"eventId": uuid4(), "occurredAt": t_milli(), "patientId": P(p.pid, "mrn"),
                    "displayName": P(p.full, "name"), "birthDate": P(dob_s(p), "date"),
                    "email": P(p.email, "email"), "state": p.state}
        elif style == "serde":
            body = {"event_id": uuid4(), "patient_id": P(p.pid, "mrn"), "full_name": P(p.full, "name"),
                    "dob": P(dob_s(p), "date"), "age": P(p.age, "age", raw=True) if p.age > 89 else p.age,
                    "zip": P(p.zip, "zip"), "risk": "moderate"}
        else:
            body = {"PatientID": P(p.pid, "mrn"), "Name": P(p.full, "name"), "DOB": P(dob_s(p, "us"), "date"),
                    "Phone": P(phone(p.phone_digits, "dash"), "phone"), "Source": "web"}
    elif stream == "PATIENT_EVENTS":
        subj = ["tw.patient.", P(p.pid, "mrn"), ".contact_updated"]
        if style == "serde":
            body = {"patient_id": P(p.pid, "mrn"), "email": P(p.email, "email"),
                    "mobile": P(phone(p.phone_digits, "e164"), "phone"), "changed_by": "patient", "version": random.randint(2, 30)}
        else:
            body = {"patientId": P(p.pid, "mrn"), "address": pj_postal(p), "changedBy": "patient",
                    "changedAt": t_milli()}
    elif stream == "SESSION_EVENTS":
        subj = ["tw.session.booked"]
        body = {"sessionId": uuid4(), "patientId": P(p.pid, "mrn"), "start": P(iso_z(appt_time()), "date"),
                "clinicianId": clinician()[4], "reminderChannels": ["sms", "email"],
                "smsTo": P(phone(p.phone_digits, "e164"), "phone")}
    else:
        subj = ["tw.billing.statement.issued"]
        body = {"statementId": "st_" + ulid(), "billingAccount": P(p.billing_acct, "account"),
                "guarantor": P(p.ecname if p.ecrel == "guarantor" else p.full, "name"),
                "amountDueCents": random.choice([2500, 4000, 11000, 18500]), "dueDate": (REF + dt.timedelta(days=30)).isoformat()}
    return subj, body


def ev_nats_sub():
    tick()
    p = patient()
    stream = pick(list(NATS_STREAMS))
    subj, body = nats_payload(p, stream)
    cons = NATS_STREAMS[stream][1]
    n = random.randint(1, 60)
    out = [Line("nats-cli", ["[#%d] Received JetStream message: consumer: %s > %s / subject: " % (n, stream, cons)] + subj +
                [" / delivered: %d / consumer seq: %d / stream seq: %d / ack: false" % (random.choice([1, 1, 1, 2]), random.randint(1000, 9999), random.randint(80000, 99999))])]
    out.append(Line("nats-cli", ["Nats-Msg-Id: ", ulid()]))
    if random.random() < 0.6:
        out.append(Line("nats-cli", ["traceparent: 00-", hexs(32), "-", hexs(16), "-01"]))
    out.append(Line("nats-cli", ["Content-Type: application/json"]))
    out.append(Line("nats-cli", []))
    out.append(Line("nats-cli", j(body)))
    return out


def ev_nats_get():
    tick()
    p = patient()
    stream = pick(list(NATS_STREAMS))
    subj, body = nats_payload(p, stream)
    seq = random.randint(80000, 99999)
    rt = CLK.strftime("%Y-%m-%d %H:%M:%S.") + "%06d%03d +0000 UTC" % (CLK.microsecond, random.randint(0, 999))
    out = [Line("nats-cli", ["Item: %s#%d received %s on Subject " % (stream, seq, rt)] + subj)]
    out.append(Line("nats-cli", []))
    out.append(Line("nats-cli", ["Headers:"]))
    out.append(Line("nats-cli", ["  Nats-Msg-Id: ", ulid()]))
    out.append(Line("nats-cli", []))
    out.append(Line("nats-cli", j(body)))
    return out


def ev_nats_server():
    tick()
    pid = random.choice([1, 7])
    ts = "[%d] %s" % (pid, t_go_us())
    stream = pick(list(NATS_STREAMS))
    opts = [
        ("INF", "JetStream cluster new consumer leader for '$G > %s > %s'" % (stream, NATS_STREAMS[stream][1])),
        ("INF", "JetStream cluster new stream leader for '$G > %s'" % stream),
        ("WRN", "%s:%d - rid:%d - Readloop processing time: %.3fs" % (privip(), 6222, random.randint(5, 40), random.uniform(2, 4))),
        ("INF", "%s:%d - cid:%d - \"v1.35.0:go:%s-svc\" - Slow Consumer Detected: WriteDeadline of 10s exceeded with %d chunks of %d total bytes." %
         (privip(), random.randint(32768, 60999), random.randint(100, 9999), random.choice(GO_SVCS), random.randint(2, 9), random.randint(20000, 300000))),
        ("INF", "Server is ready"),
        ("INF", "Listening for client connections on 0.0.0.0:4222"),
        ("INF", "%s:%d - cid:%d - Router connection closed: Client Closed" % (privip(), 6222, random.randint(1, 99))),
        ("WRN", "JetStream resource limits exceeded for account: \"$G\""),
        ("INF", "Catchup for stream '$G > %s' complete" % stream),
    ]
    lvl, msg = random.choice(opts)
    return [Line("nats-server", [ts, " [", lvl, "] ", msg])]


WF_TYPES = {"PatientOnboarding": "intake-tq", "SessionReminder": "reminders-tq", "ClaimSubmission": "billing-tq",
            "CrisisEscalation": "crisis-tq"}


def wf_id(p, wft):
    pre = {"PatientOnboarding": "onboarding-", "SessionReminder": "reminder-", "ClaimSubmission": "claim-", "CrisisEscalation": "crisis-"}[wft]
    return [pre, P(p.pid, "mrn")]


def ev_temporal_sdk(phi):
    tick()
    wft = random.choice(list(WF_TYPES))
    tq = WF_TYPES[wft]
    worker = "1@%s-worker-%s-%s@" % (tq.split("-")[0], hexs(9)[:9], "".join(random.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5)))
    pre = [t_go(), " "]
    if phi:
        p = patient()
        wid = wf_id(p, wft)
        act = random.choice({"PatientOnboarding": ["VerifyInsurance", "SendWelcomeEmail", "ScheduleFirstSession"],
                             "SessionReminder": ["SendSmsReminder", "SendEmailReminder"],
                             "ClaimSubmission": ["BuildClaim", "SubmitToClearinghouse"],
                             "CrisisEscalation": ["NotifyOnCall", "PageSupervisor"]}[wft])
        r = random.random()
        if r < 0.5:
            return [Line("temporal-sdk", pre + ["DEBUG ExecuteActivity Namespace tidewell-prod TaskQueue ", tq, " WorkerID ", worker,
                                                 " WorkflowType ", wft, " WorkflowID "] + wid +
                         [" RunID ", uuid4(), " Attempt ", str(random.randint(1, 3)), " ActivityID ", str(random.randint(5, 30)), " ActivityType ", act])]
        return [Line("temporal-sdk", pre + ["WARN  Activity error. Namespace tidewell-prod TaskQueue ", tq, " WorkerID ", worker,
                                             " WorkflowID "] + wid + [" RunID ", uuid4(), " ActivityType ", act, " Attempt ", str(random.randint(1, 5)),
                                                                     " Error rpc error: code = Unavailable desc = connection refused"])]
    r = random.random()
    if r < 0.3:
        return [Line("temporal-sdk", pre + ["INFO  Started Worker Namespace tidewell-prod TaskQueue ", tq, " WorkerID ", worker])]
    if r < 0.55:
        wid = "reminder-batch-%s" % (REF + dt.timedelta(days=random.randint(0, 2))).isoformat()
        return [Line("temporal-sdk", pre + ["DEBUG ExecuteActivity Namespace tidewell-prod TaskQueue reminders-tq WorkerID ", worker,
                                             " WorkflowType ReminderBatch WorkflowID ", wid, " RunID ", uuid4(), " Attempt 1 ActivityID ",
                                             str(random.randint(5, 30)), " ActivityType FetchDueReminders"])]
    if r < 0.75:
        return [Line("temporal-sdk", pre + ["INFO  No heartbeat received within timeout. Namespace tidewell-prod TaskQueue ", tq,
                                             " WorkerID ", worker, " ActivityType ", random.choice(["GenerateStatement", "SyncCalendar"]),
                                             " HeartbeatTimeout 30s"])]
    return [Line("temporal-sdk", pre + ["WARN  Failed to poll for task. Namespace tidewell-prod TaskQueue ", tq, " WorkerID ", worker,
                                         " WorkerType WorkflowWorker Error context deadline exceeded"])]


def ev_temporal_history_phi():
    return ev_temporal_history(True)


def ev_temporal_history_clean():
    return ev_temporal_history(False)


def pl_b64(obj):
    return {"metadata": {"encoding": "anNvbi9wbGFpbg=="}, "data": b64json(obj)}


def ev_temporal_history(phi):
    """A short run of history events, one JSON object per line."""
    tick()
    wft = random.choice(list(WF_TYPES))
    tq = WF_TYPES[wft]
    out = []
    eid = 1
    identity = "1@%s-worker-%s@" % (tq.split("-")[0], hexs(8))
    task = random.randint(10485760, 20971520)

    def ev(etype, attrs_key, attrs):
        nonlocal eid, task
        tick(1, 80)
        d = {"eventId": str(eid), "eventTime": t_nano(), "eventType": etype, "taskId": str(task)}
        d[attrs_key] = attrs
        eid += 1
        task += random.randint(1, 5)
        return Line("temporal-history", j(d))

    if phi:
        p = patient()
        if wft == "PatientOnboarding":
            inp = {"patientId": P(p.pid, "mrn"), "displayName": P(p.full, "name"), "email": P(p.email, "email"),
                   "birthDate": P(dob_s(p), "date"), "payer": p.payer[0], "memberId": P(p.member, "health_plan")}
        elif wft == "SessionReminder":
            inp = {"sessionId": uuid4(), "patientId": P(p.pid, "mrn"), "smsTo": P(phone(p.phone_digits, "e164"), "phone"),
                   "startTime": P(iso_z(appt_time()), "date"), "firstName": P(p.first, "name")}
        elif wft == "ClaimSubmission":
            inp = {"claimId": "clm_" + ulid(), "patientId": P(p.pid, "mrn"), "memberId": P(p.member, "health_plan"),
                   "dateOfService": P(past_date(1, 20).isoformat(), "date"), "cpt": random.choice(["90837", "90834", "99214"]), "chargeCents": random.choice([18500, 15000, 22000])}
        else:
            inp = {"caseNumber": P(p.case_no, "other_id"), "patientId": P(p.pid, "mrn"), "callbackPhone": P(phone(p.phone_digits, "e164"), "phone"),
                   "emergencyContact": {"name": P(p.ecname, "name"), "phone": P(phone(p.ec_digits, "e164"), "phone")}}
        wid = wf_id(p, wft)
        wid_s = "".join(x.v if isinstance(x, P) else x for x in wid)
        payload = {"payloads": [inp]}  # CLI shorthand: decoded JSON payload
        attrs = {"workflowType": {"name": wft}, "taskQueue": {"name": tq, "kind": "TASK_QUEUE_KIND_NORMAL"},
                 "input": payload, "workflowExecutionTimeout": "0s", "workflowRunTimeout": "0s", "workflowTaskTimeout": "10s",
                 "originalExecutionRunId": uuid4(), "identity": identity, "firstExecutionRunId": uuid4(), "attempt": 1,
                 "firstWorkflowTaskBackoff": "0s", "header": {}}
        out.append(Line("temporal-cli", ["Workflow ", wid[0], wid[1], " (run ", uuid4(), ") history:"]))
        assert wid_s
    else:
        inp = {"batchDate": REF.isoformat(), "shard": random.randint(0, 15), "dryRun": False}
        attrs = {"workflowType": {"name": random.choice(["ReminderBatch", "StatementRun", "CalendarSync"])},
                 "taskQueue": {"name": tq, "kind": "TASK_QUEUE_KIND_NORMAL"}, "input": {"payloads": [pl_b64(inp)]},
                 "workflowExecutionTimeout": "0s", "workflowRunTimeout": "0s", "workflowTaskTimeout": "10s",
                 "originalExecutionRunId": uuid4(), "identity": identity, "firstExecutionRunId": uuid4(), "attempt": 1,
                 "cronSchedule": "0 13 * * *", "firstWorkflowTaskBackoff": "0s", "header": {}}
    out.append(ev("EVENT_TYPE_WORKFLOW_EXECUTION_STARTED", "workflowExecutionStartedEventAttributes", attrs))
    out.append(ev("EVENT_TYPE_WORKFLOW_TASK_SCHEDULED", "workflowTaskScheduledEventAttributes",
                  {"taskQueue": {"name": tq, "kind": "TASK_QUEUE_KIND_NORMAL"}, "startToCloseTimeout": "10s", "attempt": 1}))
    if random.random() < 0.6:
        out.append(ev("EVENT_TYPE_WORKFLOW_TASK_STARTED", "workflowTaskStartedEventAttributes",
                      {"scheduledEventId": str(eid - 1), "identity": identity, "requestId": uuid4(), "historySizeBytes": str(random.randint(400, 2000))}))
        out.append(ev("EVENT_TYPE_WORKFLOW_TASK_COMPLETED", "workflowTaskCompletedEventAttributes",
                      {"scheduledEventId": str(eid - 2), "startedEventId": str(eid - 1), "identity": identity,
                       "workerVersion": {"buildId": "%s-%s" % (tq.split("-")[0], hexs(7))}, "sdkMetadata": {"langUsedFlags": [3]},
                       "meteringMetadata": {}}))
    act_in = {"sessionId": uuid4(), "templateId": random.choice(["tmpl_reminder_24h", "tmpl_welcome_v3", "tmpl_statement"]), "locale": "en-US"}
    out.append(ev("EVENT_TYPE_ACTIVITY_TASK_SCHEDULED", "activityTaskScheduledEventAttributes",
                  {"activityId": str(eid), "activityType": {"name": random.choice(["SendNotification", "RenderTemplate", "VerifyInsurance"])},
                   "taskQueue": {"name": tq, "kind": "TASK_QUEUE_KIND_NORMAL"}, "header": {}, "input": {"payloads": [pl_b64(act_in)]},
                   "scheduleToCloseTimeout": "0s", "scheduleToStartTimeout": "0s", "startToCloseTimeout": "60s",
                   "heartbeatTimeout": "0s", "workflowTaskCompletedEventId": str(eid - 1),
                   "retryPolicy": {"initialInterval": "1s", "backoffCoefficient": 2, "maximumInterval": "100s"}}))
    if random.random() < 0.5:
        out.append(ev("EVENT_TYPE_ACTIVITY_TASK_COMPLETED", "activityTaskCompletedEventAttributes",
                      {"result": {"payloads": [pl_b64({"delivered": True, "providerMessageId": "SM" + hexs(32)})]},
                       "scheduledEventId": str(eid - 1), "startedEventId": str(eid), "identity": identity}))
    return out


def ev_temporal_table():
    global CLK
    tick()
    out = [Line("temporal-cli", ["Progress:"]),
           Line("temporal-cli", ["  ID          Time                     Type           "])]
    t = CLK
    types = ["WorkflowExecutionStarted", "WorkflowTaskScheduled", "WorkflowTaskStarted", "WorkflowTaskCompleted",
             "ActivityTaskScheduled", "ActivityTaskStarted", "ActivityTaskCompleted", "TimerStarted"]
    n = random.randint(3, 6)
    for i in range(n):
        t += dt.timedelta(milliseconds=random.randint(3, 900))
        out.append(Line("temporal-cli", ["  %2d  %s  %s" % (i + 1, t.strftime("%Y-%m-%dT%H:%M:%SZ"), types[i])]))
    CLK = t
    return out


def rust_patient(p, full=True):
    f = [("id", RT("PatientId", P(p.pid_num, "mrn", raw=True)))]
    if random.random() < 0.5:
        f.append(("mrn", RT("Mrn", P(p.mrn, "mrn"))))
    f.append(("name", P(p.full, "name")))
    f.append(("dob", P(dob_s(p), "date", raw=True)))
    if random.random() < 0.3:
        f.append(("ssn", RT("Some", RT("Ssn", P(p.ssn, "ssn")))))
    if random.random() < 0.6 or p.age > 89:
        f.append(("age", P(p.age, "age", raw=True) if p.age > 89 else p.age))
    if full:
        f.append(("phone", RT("Some", P(phone(p.phone_digits, random.choice(["e164", "intl"])), "phone"))))
        f.append(("email", RT("Some", P(p.email, "email")) if random.random() < 0.8 else None))
        if random.random() < 0.6:
            f.append(("address", RS("Address", [("street", P(p.street, "address")), ("unit", RT("Some", P(p.unit, "address")) if p.unit else None),
                                                ("city", P(p.city, "address")), ("state", Tok("UsState::" + p.state)),
                                                ("zip", P(p.zip, "zip"))])))
    f.append(("pronouns", p.pronouns))
    return RS("Patient", f)


def rust_obj(p):
    kind = pick(["chart", "verify", "crisis", "payment", "sepa", "voice", "natid", "kit", "wearable"])
    if kind == "natid" and not p.natid:
        kind = "kit"
    c = clinician()
    if kind == "chart":
        return kind, RS("Chart", [("patient", rust_patient(p, random.random() < 0.5)),
                                  ("primary_clinician", RS("Clinician", [("npi", RT("Npi", c[3])), ("name", c[0])])),
                                  ("episode_start", P(past_date(40, 400).isoformat(), "date", raw=True)),
                                  ("diagnoses", [RS("Dx", [("icd10", random.choice(["F33.1", "F41.1", "F43.10", "F31.81"])), ("primary", True)])]),
                                  ("created_at", Tok(t_micro()))])
    if kind == "verify":
        return kind, RS("VerifyIdentityRequest", [("patient_id", RT("PatientId", P(p.pid_num, "mrn", raw=True))),
                                                  ("document", RS("IdDocument", [("kind", Tok("DriversLicense")), ("number", P(p.dl, "license")),
                                                                                 ("issuing_state", p.state), ("expires", Tok("20%d-%02d-%02d" % (random.randint(26, 31), random.randint(1, 12), random.randint(1, 28))))])),
                                                  ("selfie", Tok("<redacted %d bytes>" % random.randint(30000, 90000))),
                                                  ("liveness_score", round(random.uniform(0.7, 0.99), 3)),
                                                  ("client_ip", RT("Some", P(p.ip, "ip")))])
    if kind == "crisis":
        veh = RT("Some", RS("Vehicle", [("plate", P(p.plate, "vehicle")), ("state", p.state), ("vin", RT("Some", P(p.vin, "vehicle")))])) if (random.random() < 0.5 or FORCE.get("vehicle")) else None
        return kind, RS("CrisisCase", [("case_number", P(p.case_no, "other_id")), ("patient_id", RT("PatientId", P(p.pid_num, "mrn", raw=True))),
                                       ("risk", Tok(random.choice(["RiskLevel::High", "RiskLevel::Imminent", "RiskLevel::Moderate"]))),
                                       ("callback", P(phone(p.phone_digits, "e164"), "phone")),
                                       ("emergency_contact", RT("Some", RS("Contact", [("name", P(p.ecname, "name")), ("relation", Tok("Relation::" + p.ecrel.capitalize())),
                                                                                      ("phone", P(phone(p.ec_digits, "e164"), "phone"))]))),
                                       ("last_known_vehicle", veh),
                                       ("responder", RT("Some", c[1])), ("hotline", "988")])
    if kind == "payment":
        return kind, RS("PaymentMethod", [("id", "pm_" + ulid()), ("kind", Tok("Card")), ("pan", P(p.pan, "account")),
                                          ("exp", "%02d/%02d" % (p.exp[0], p.exp[1] % 100)), ("holder", P(p.full, "name")),
                                          ("billing_zip", P(p.zip, "zip")), ("billing_account", P(p.billing_acct, "account"))])
    if kind == "sepa":
        return kind, RS("DirectDebitMandate", [("mandate_ref", "TW-MND-%06d" % random.randint(1, 999999)),
                                               ("iban", P(iban_spaced(p.iban) if random.random() < 0.5 else p.iban, "account")),
                                               ("bic", random.choice(["COBADEFFXXX", "DEUTDEDBBER", "INGDDEFFXXX"])),
                                               ("account_holder", P(p.full, "name")), ("signed_on", P(past_date(10, 200).isoformat(), "date", raw=True))])
    if kind == "voice":
        return kind, RS("VoiceprintEnrollment", [("patient_id", RT("PatientId", P(p.pid_num, "mrn", raw=True))), ("model", "ecapa-tdnn-v2"),
                                                 ("template_b64", P(voice_b64(random.randint(90, 180)), "biometric")),
                                                 ("snr_db", round(random.uniform(12, 30), 1)), ("samples", random.randint(3, 5))])
    if kind == "natid":
        nid = p.natid
        return kind, RS("ForeignIdentity", [("patient_id", RT("PatientId", P(p.pid_num, "mrn", raw=True))),
                                            ("scheme", Tok("IdScheme::" + {"nhs": "UkNhsNumber", "sin": "CaSin"}[nid[0]])),
                                            ("value", P(nid[1], "other_id")), ("verified", random.random() < 0.5)])
    if kind == "wearable":
        return kind, RS("DeviceLink", [("patient_id", RT("PatientId", P(p.pid_num, "mrn", raw=True))),
                                       ("vendor", Tok(random.choice(["Vendor::Fitbit", "Vendor::Oura", "Vendor::Garmin"]))),
                                       ("serial", P(p.wearable, "device")), ("phone_imei", RT("Some", P(p.imei, "device"))),
                                       ("sync_interval_secs", 900), ("consent_id", uuid4())])
    return kind, RS("LabKitOrder", [("kit_id", P(p.kit, "other_id")), ("patient", RT("PatientId", P(p.pid_num, "mrn", raw=True))),
                                    ("ship_to", RS("Address", [("street", P(p.street, "address")), ("city", P(p.city, "address")),
                                                               ("state", Tok("UsState::" + p.state)), ("zip", P(p.zip, "zip"))])),
                                    ("carrier", "UPS"), ("tracking", "1Z" + "".join(random.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16))),
                                    ("lab", "Genomind")])


RUST_TARGETS = {"wearable": ("identity", "identity_svc::devices", "device linked", "link"),
                "chart": ("notes", "notes_svc::service", "loaded chart", "chart"),
                "verify": ("identity", "identity_svc::verify", "verifying identity", "req"),
                "crisis": ("crisis", "crisis_svc::escalation", "escalating case", "case"),
                "payment": ("identity", "billing_rs::methods", "storing payment method", "pm"),
                "sepa": ("identity", "billing_rs::sepa", "mandate created", "mandate"),
                "voice": ("identity", "identity_svc::voice", "enrollment accepted", "enrollment"),
                "natid": ("identity", "identity_svc::foreign", "foreign id attached", "ident"),
                "kit": ("notes", "notes_svc::pgx", "kit order created", "order")}


def tracing_prefix(lvl, svc, method):
    return [t_micro(), " ", lvl.rjust(5), " request{method=POST uri=/", SERVICES[svc][0], "/", method, " version=HTTP/2.0}: "]


def ev_rust_debug_line():
    tick()
    p = patient()
    kind, obj = rust_obj(p)
    svc, target, msg, field = RUST_TARGETS[kind]
    method = random.choice(SERVICES[svc][1])
    lvl = random.choice(["DEBUG", "INFO", "TRACE"])
    if target.startswith("billing_rs"):
        pre = [t_micro(), " ", lvl.rjust(5), " job{queue=\"billing-sync\" id=", str(random.randint(10000, 99999)), "}: "]
    else:
        pre = tracing_prefix(lvl, svc, method)
    return [Line("rust-debug", pre + [target, ": ", msg, " ", field, "="] + rd(obj))]


def ev_rust_pretty():
    tick()
    p = patient()
    kind, obj = rust_obj(p)
    if kind in ("voice",):
        kind, obj = "chart", RS("Chart", [("patient", rust_patient(p, True))])
    src = {"chart": "src/service/chart.rs", "verify": "src/verify.rs", "crisis": "src/escalation.rs", "payment": "src/methods.rs",
           "sepa": "src/sepa.rs", "natid": "src/foreign.rs", "kit": "src/pgx.rs", "wearable": "src/devices.rs"}[kind]
    var = RUST_TARGETS[kind][3]
    head = ["[", src, ":", str(random.randint(30, 400)), ":", str(random.choice([9, 13, 17])), "] &", var, " = "]
    return split_lines("rust-debug-pretty", rdp(obj), prefix=head)


def ev_tonic_clean():
    tick()
    svc = random.choice(RUST_SVCS)
    method = random.choice(SERVICES[svc][1])
    r = random.random()
    if r < 0.3:
        return [Line("tonic", tracing_prefix("DEBUG", svc, method) + ["tower_http::trace::on_request: started processing request"])]
    if r < 0.6:
        return [Line("tonic", tracing_prefix("DEBUG", svc, method) + ["tower_http::trace::on_response: finished processing request latency=%d ms status=200" % random.randint(1, 300)])]
    opts = [
        [t_micro(), "  INFO ", svc, "_svc: listening on 0.0.0.0:", str(SERVICES[svc][3]), " version=\"", "1.%d.%d" % (random.randint(0, 9), random.randint(0, 30)), "\""],
        [t_micro(), " DEBUG h2::codec::framed_write: send frame=Settings { flags: (0x0), initial_window_size: 1048576, max_frame_size: 16384, max_header_list_size: 16384 }"],
        [t_micro(), " DEBUG h2::codec::framed_read: received frame=WindowUpdate { stream_id: StreamId(0), size_increment: %d }" % random.randint(10000, 990000)],
        [t_micro(), " DEBUG h2::codec::framed_write: send frame=Headers { stream_id: StreamId(%d), flags: (0x4: END_HEADERS) }" % (random.randint(1, 400) * 2 + 1)],
        [t_micro(), "  WARN ", svc, "_svc::grpc: rpc failed grpc.method=\"", method, "\" grpc.code=", random.choice(["FailedPrecondition", "NotFound", "Aborted"]),
         " message=\"note ", uuid4(), " already signed\""],
        [t_micro(), " ERROR tonic::transport::server: Error accepting connection: tls handshake eof"],
        [t_micro(), "  INFO sqlx::query: summary=\"SELECT id, patient_id, body …\" db.statement=\"\" rows_affected=0 rows_returned=%d elapsed=%.6fms" % (random.randint(0, 40), random.uniform(0.5, 30))],
        [t_micro(), "  INFO ", svc, "_svc::config: loaded config=Config { listen: 0.0.0.0:", str(SERVICES[svc][3]),
         ", database_url: \"postgres://", svc, "_rw@pg-", svc, ".tidewell-prod.svc.cluster.local:5432/", svc, "\", max_connections: 32, otlp_endpoint: Some(\"http://otel-collector.observability:4317\"), signing_key: <redacted> }"],
    ]
    return [Line("tonic", random.choice(opts))]


def ev_tonic_status_phi():
    tick()
    p = patient()
    svc = random.choice(RUST_SVCS)
    method = random.choice(SERVICES[svc][1])
    msgs = {
        "crisis": [["no active episode for patient ", P(p.pid, "mrn")],
                   ["case ", P(p.case_no, "other_id"), " already assigned to ", clinician()[1]]],
        "notes": [["chart for ", P(p.full, "name"), " (dob ", P(dob_s(p, random.choice(["iso", "us"])), "date"), ") is locked by another session"],
                  ["no active episode for patient ", P(p.pid, "mrn")]],
        "identity": [["voiceprint mismatch for ", P(p.username, "other_id"), " (score 0.%d)" % random.randint(21, 58)],
                     ["document number ", P(p.dl, "license"), " does not match name on file"]],
    }
    m = random.choice(msgs[svc])
    code = random.choice(["NotFound", "FailedPrecondition", "PermissionDenied", "Unauthenticated"])
    if random.random() < 0.5:
        return [Line("tonic", tracing_prefix("ERROR", svc, method) + [svc, "_svc::grpc: request failed error=Status { code: ", code, ", message: \""] + m +
                     ["\", source: None }"])]
    # Go client receiving the error from the Rust service
    return [Line("grpc-go", [t_go(), " client.go:", str(random.randint(40, 300)), ": call ", SERVICES[svc][0], "/", method,
                             " failed: rpc error: code = ", code, " desc = "] + m)]


def ev_protojson_photo():
    tick()
    p = patient()
    r = {"voice": 0.1, "selfie": 0.5, "avatar": 0.9}[pick(["voice", "selfie", "avatar"])]
    method = random.choice(["UploadDocument", "UpdateProfilePhoto"])
    if r < 0.33:
        method = "EnrollVoiceprint"
        body = {"patientId": P(p.pid, "mrn"), "voiceTemplate": P(voice_b64(random.randint(100, 220)), "biometric"),
                "templateFormat": "ECAPA_TDNN_192", "sampleRateHz": 16000}
    elif r < 0.66:
        img = P(jpeg_b64(random.randint(180, 420)), "photo")
        body = {"patientId": P(p.pid, "mrn"), "selfie": {"mimeType": "image/jpeg", "content": img},
                "documentType": "DOCUMENT_TYPE_DRIVERS_LICENSE", "documentNumber": P(p.dl, "license"), "issuingState": p.state}
    else:
        img = P("data:image/png;base64," + png_b64(random.randint(150, 380)), "photo")
        body = {"patientId": P(p.pid, "mrn"), "avatarDataUri": img, "displayName": P(p.full, "name")}
    d = {"time": t_nano(), "level": "DEBUG", "msg": "request received", "protocol": "grpc", "grpc.component": "server",
         "grpc.service": SERVICES["portal" if method != "EnrollVoiceprint" else "identity"][0], "grpc.method": method,
         "grpc.method_type": "unary", "peer.address": "%s:%d" % (privip(), random.randint(32768, 60999)), "grpc.request.content": body}
    return [Line("go-slog", j(d))]


def ev_portal_url():
    tick()
    p = patient()
    slug = asciify(p.first) + "-" + asciify(p.last) + "-" + str(p.pid_num)[-4:]
    url = "https://portal.tidewell.health/patients/%s/chart" % slug
    d = {"time": t_nano(), "level": "INFO", "msg": "share link generated", "grpc.service": SERVICES["portal"][0],
         "grpc.method": "CreateShareLink", "link": P(url, "url"), "expiresIn": "72h0m0s", "createdBy": clinician()[5]}
    return [Line("go-slog", j(d))]


# ---------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------

PHI_GENS = [
    (ev_slog_payload, 8), (ev_zap_phi, 7), (ev_zapjson_device, 4), (ev_pbtext_line, 8), (ev_pbtext_block, 2),
    (ev_grpcurl_block, 1), (ev_envoy_edge, 6), (ev_envoy_transcode, 3), (lambda: ev_envoy_json(True), 3),
    (ev_nats_sub, 3), (ev_nats_get, 2), (lambda: ev_temporal_sdk(True), 4), (ev_temporal_history_phi, 2),
    (ev_rust_debug_line, 8), (ev_rust_pretty, 2), (ev_tonic_status_phi, 5), (ev_protojson_photo, 3), (ev_portal_url, 1),
]
CLEAN_GENS = [
    (ev_grpcgo_core, 8), (ev_slog_clean, 8), (ev_zap_clean, 6), (ev_zapjson_clean, 3), (ev_envoy_clean, 8),
    (lambda: ev_envoy_json(False), 3), (ev_nats_server, 5), (lambda: ev_temporal_sdk(False), 5),
    (ev_temporal_history_clean, 1), (ev_temporal_table, 1), (ev_tonic_clean, 8), (ev_pbtext_clean_block, 1),
    (ev_pbtext_clean_line, 4),
]
SINGLE_CLEAN = [ev_grpcgo_core, ev_slog_clean, ev_zap_clean, ev_envoy_clean, ev_nats_server, ev_tonic_clean]


MAX_USES = {ev_grpcurl_block: 2, ev_pbtext_block: 4, ev_rust_pretty: 2, ev_nats_sub: 4, ev_nats_get: 3,
            ev_pbtext_clean_block: 2, ev_temporal_table: 2, ev_temporal_history_phi: 3, ev_temporal_history_clean: 2}
USES = {}


def wchoice(gens):
    gens = [(g, w) for g, w in gens if USES.get(g, 0) < MAX_USES.get(g, 10 ** 9)]
    tot = sum(w for _, w in gens)
    r = random.uniform(0, tot)
    for g, w in gens:
        r -= w
        if r <= 0:
            USES[g] = USES.get(g, 0) + 1
            return g
    USES[gens[-1][0]] = USES.get(gens[-1][0], 0) + 1
    return gens[-1][0]


ELDER = [p for p in PEOPLE if p.age > 89]
FORCED = [
    (ev_slog_payload, {"p": ELDER[0], "kind": "profile"}),
    (ev_rust_debug_line, {"p": ELDER[1], "kind": "chart"}),
    (ev_zap_phi, {"kind": "guarantor"}),
    (ev_rust_debug_line, {"kind": "payment"}),
    (ev_pbtext_line, {"p": ELDER[1], "kind": "intake"}),
    (ev_portal_url, {}),
    (ev_rust_debug_line, {"kind": "crisis", "vehicle": True}),
    (ev_pbtext_block, {"kind": "ins"}),
    (ev_nats_get, {"kind": "BILLING_EVENTS"}),
    (ev_slog_payload, {"p": ELDER[1], "kind": "intake"}),
    (ev_rust_debug_line, {"kind": "sepa"}),
    (ev_zap_phi, {"kind": "guarantor"}),
    (ev_pbtext_line, {"p": ELDER[0], "kind": "intake"}),
    (ev_rust_pretty, {"kind": "crisis", "vehicle": True}),
    (ev_portal_url, {}),
    (ev_rust_debug_line, {"p": ELDER[0], "kind": "chart"}),
    (ev_pbtext_line, {"kind": "ins"}),
    (ev_protojson_photo, {"kind": "voice"}),
    (ev_pbtext_line, {"kind": "roi"}),
    (ev_rust_debug_line, {"kind": "voice"}),
    (ev_nats_sub, {"kind": "BILLING_EVENTS"}),
]


def main():
    built = []  # (bytes, spans, fam)
    tries = 0
    while len(built) < N_LINES:
        n_phi = sum(1 for b in built if b[1])
        share = n_phi / len(built) if built else 0.0
        want_phi = share < TARGET_PHI_SHARE
        if want_phi and FORCED and random.random() < 0.3:
            gen, force = FORCED.pop(0)
            FORCE.clear()
            FORCE.update(force)
            block = gen()
            FORCE.clear()
        else:
            gen = wchoice(PHI_GENS if want_phi else CLEAN_GENS)
            block = gen()
        if len(built) + len(block) > N_LINES:
            tries += 1
            if tries > 40:
                block = random.choice(SINGLE_CLEAN)()
            else:
                continue
        for ln in block:
            b, spans = ln.build()
            built.append((b, spans, ln.fam))

    assert len(built) == N_LINES
    log_path = os.path.join(HERE, ID + ".log")
    lab_path = os.path.join(HERE, ID + ".labels.jsonl")
    with open(log_path, "wb") as flog, open(lab_path, "w", encoding="utf-8", newline="\n") as flab:
        for i, (b, spans, fam) in enumerate(built, 1):
            assert b"\n" not in b and b"\r" not in b, i
            assert len(b) <= 4000, (i, len(b))
            b.decode("utf-8")
            last_end = -1
            out_spans = []
            for s, e, cat, val in sorted(spans):
                assert b[s:e] == val, (i, s, e)
                assert s >= last_end, ("overlap", i)
                assert e > s
                last_end = e
                out_spans.append({"s": s, "e": e, "cat": cat})
            flog.write(b + b"\n")
            flab.write(json.dumps({"line": i, "family": fam, "spans": out_spans}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
