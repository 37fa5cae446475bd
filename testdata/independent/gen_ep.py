#!/usr/bin/env python3
"""Deterministic generator for the 'ep' held-out PHI corpus.

Scenario: St. Hedwig Regional Medical Center breach investigation (case IR-2024-031).
The lines are what the forensic team's tools printed while sweeping servers for PHI
that leaked into application logs: grep -rn / rg / zgrep hits, strings -t d dumps of
core files and swap, bulk_extractor feature files, jq -c extracts, Splunk CSV exports,
journalctl -o short-iso and the investigators' own sweep-script logs.

Standard library only. Writes ep.log and ep.labels.jsonl next to this file.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import unicodedata
import random

R = random.Random(20240318)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "ep"
N_LINES = 500
CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}


# ----------------------------------------------------------------------------
# segments: a line is a list of (text, cat-or-None); PHI values are Phi objects
# ----------------------------------------------------------------------------
class Phi:
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        assert cat is None or cat in CATS, cat
        self.v = str(v)
        self.cat = cat


def S(*parts):
    out = []
    for x in parts:
        if x is None:
            continue
        if isinstance(x, Phi):
            out.append((x.v, x.cat))
        elif isinstance(x, tuple):
            out.append(x)
        elif isinstance(x, list):
            out.extend(x)
        else:
            out.append((str(x), None))
    return out


def mk(cat):
    return lambda v: Phi(v, cat)


NAME, ADDR, ZIP, DATE, AGE, PHONE, FAX, EMAIL, SSN, MRN = (mk(c) for c in (
    "name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn"))
HP, ACCT, LIC, VEH, DEV, URL, IP, BIO, PHOTO, OID = (mk(c) for c in (
    "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
    "photo", "other_id"))


def mapseg(segs, f):
    return [(f(t), c) for t, c in segs]


def has_phi(segs):
    return any(c for _, c in segs)


def plain(segs):
    return "".join(t for t, _ in segs)


def is_ascii(segs):
    return all(ord(ch) < 128 for t, _ in segs for ch in t)


def json_esc(ensure_ascii=False, go=False):
    def f(t):
        r = json.dumps(t, ensure_ascii=ensure_ascii)[1:-1]
        if go:
            r = r.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        return r
    return f


def csv_dbl(t):
    return t.replace('"', '""')


class SegStr:
    """A JSON string value built from segments (PHI inside a larger message)."""

    def __init__(self, segs):
        self.segs = segs


def jser(obj, compact=True, ensure_ascii=False, go=False):
    item_sep = "," if compact else ", "
    kv_sep = ":" if compact else ": "
    esc = json_esc(ensure_ascii, go)
    out = []

    def rec(o):
        if isinstance(o, Phi):
            if o.v.startswith("#num#"):
                out.append((o.v[5:], o.cat))
            else:
                out.append(('"', None))
                out.append((esc(o.v), o.cat))
                out.append(('"', None))
        elif isinstance(o, SegStr):
            out.append(('"', None))
            out.extend(mapseg(o.segs, esc))
            out.append(('"', None))
        elif isinstance(o, dict):
            out.append(("{", None))
            for i, (k, v) in enumerate(o.items()):
                if i:
                    out.append((item_sep, None))
                out.append(('"' + esc(k) + '"' + kv_sep, None))
                rec(v)
            out.append(("}", None))
        elif isinstance(o, list):
            out.append(("[", None))
            for i, v in enumerate(o):
                if i:
                    out.append((item_sep, None))
                rec(v)
            out.append(("]", None))
        elif isinstance(o, str):
            out.append(('"' + esc(o) + '"', None))
        elif o is None:
            out.append(("null", None))
        elif isinstance(o, bool):
            out.append(("true" if o else "false", None))
        else:
            out.append((json.dumps(o), None))
    rec(obj)
    return out


def NUM(v, cat):
    return Phi("#num#" + str(v), cat)


RECS = []


def emit(family, segs):
    line = b""
    spans = []
    for t, c in segs:
        if t == "":
            continue
        b = t.encode("utf-8")
        if c:
            assert c in CATS, c
            spans.append((len(line), len(line) + len(b), c, b))
        line += b
    assert b"\n" not in line and b"\r" not in line, line
    assert len(line) <= 4000, (family, len(line))
    for s, e, c, b in spans:
        assert line[s:e] == b, (s, e, c)
    RECS.append((family, line, [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]))


# ----------------------------------------------------------------------------
# helpers for identifiers
# ----------------------------------------------------------------------------
def luhn_digit(payload):
    s = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def card_number(kind):
    if kind == "visa":
        body = "4" + digits(14)
    elif kind == "mc":
        body = R.choice(["51", "52", "53", "54", "55"]) + digits(13)
    elif kind == "amex":
        body = R.choice(["34", "37"]) + digits(12)
    else:
        body = "6011" + digits(11)
    return body + luhn_digit(body)


VIN_TR = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6,
          "G": 7, "H": 8, "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2,
          "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_AL = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    wmi = R.choice(["1HG", "1FT", "2T1", "5YJ", "JTD", "1G1", "KMH", "3VW", "1C4", "4T1"])
    vds = "".join(R.choice(VIN_AL) for _ in range(5))
    yr = R.choice("FGHJKLMN")
    plant = R.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    serial = digits(6)
    v = wmi + vds + "0" + yr + plant + serial
    s = sum(VIN_TR[c] * w for c, w in zip(v, VIN_W)) % 11
    return v[:8] + ("X" if s == 10 else str(s)) + v[9:]


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    return (R.choice("123456789") + R.choice(MBI_A) + R.choice(MBI_AN) + R.choice("0123456789")
            + R.choice(MBI_A) + R.choice(MBI_AN) + R.choice("0123456789") + R.choice(MBI_A)
            + R.choice(MBI_A) + digits(2))


def imei():
    body = R.choice(["35332811", "35467311", "35291611", "86791203", "35899609"]) + digits(6)
    return body + luhn_digit(body)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def nhs_number():
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        if d[0] == 0:
            continue
        c = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        s = "".join(map(str, d)) + str(c)
        return f"{s[:3]} {s[3:6]} {s[6:]}"


def bsn():
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        if d[0] == 0:
            continue
        if (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0:
            return "".join(map(str, d))


def iban_de():
    blz = R.choice(["37040044", "50010517", "10070000", "20041133"])
    acct = digits(10)
    bban = blz + acct
    num = int(bban + "131400")  # D=13 E=14 + 00
    chk = 98 - num % 97
    return f"DE{chk:02d}{bban}"


def b64_random(header, n):
    raw = header + bytes(R.randrange(256) for _ in range(n))
    return base64.b64encode(raw).decode()


JPEG_HDR = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            b"\xff\xdb\x00C\x00\x08\x06\x06\x07\x06\x05\x08\x07\x07\x07\t\t")
PNG_HDR = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01@\x08\x02\x00\x00\x00"
FMR_HDR = b"FMR\x00 20\x00\x00\x00\x01\xe2\x00\x00\x01\x40\x01\xe0\x00\xc5\x00\xc5\x01\x00\x00\x00"


def hexs(n):
    return "%0*x" % (n, R.getrandbits(4 * n))


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + "89ab"[int(h[16], 16) % 4] + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def sha256_of(s):
    return hashlib.sha256(s.encode()).hexdigest()


def md5_of(s):
    return hashlib.md5(s.encode()).hexdigest()


def pub_ip():
    while True:
        a = R.choice([24, 45, 47, 50, 63, 64, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96,
                      97, 98, 99, 104, 107, 108, 136, 142, 162, 173, 174, 184, 204, 208])
        return f"{a}.{R.randint(1, 254)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def priv_ip():
    k = R.random()
    if k < 0.6:
        return f"10.{R.choice([20, 30, 40, 8, 12])}.{R.randint(0, 15)}.{R.randint(2, 250)}"
    if k < 0.85:
        return f"192.168.{R.randint(0, 30)}.{R.randint(2, 250)}"
    return f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(2, 250)}"


# ----------------------------------------------------------------------------
# time formatting (app logs Jan/Feb 2024, EST; investigation March 2024, EDT)
# ----------------------------------------------------------------------------
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
APP_T0 = dt.datetime(2024, 1, 8)
APP_T1 = dt.datetime(2024, 2, 29, 23, 59, 59)
INV_T0 = dt.datetime(2024, 3, 14, 9, 0, 0)


def rts(a=APP_T0, b=APP_T1):
    s = int((b - a).total_seconds())
    return a + dt.timedelta(seconds=R.randrange(s), microseconds=R.randrange(1000000))


def day_times(n):
    d0 = rts()
    d0 = dt.datetime(d0.year, d0.month, d0.day, 0, 0, 0)
    return sorted(rts(d0 + dt.timedelta(hours=6), d0 + dt.timedelta(hours=22)) for _ in range(n))


def ms(t):
    return f"{t.microsecond // 1000:03d}"


def f_spring(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t)


def f_mirth(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)


def f_nginx(t):
    return f"{t.day:02d}/{MON[t.month - 1]}/{t.year}:{t.strftime('%H:%M:%S')} -0500"


def utc(t):
    return t + dt.timedelta(hours=5)


def f_isoz(t):
    return utc(t).strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "Z"


def f_epoch(t):
    return int((utc(t) - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


def f_syslog(t):
    return f"{MON[t.month - 1]} {t.day:>2} {t.strftime('%H:%M:%S')}"


def f_jd(t, off="-05:00"):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + off


def f_docker(t):
    return utc(t).strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}{R.randint(100, 999)}Z"


def f_splunk(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "-05:00"


def fdate(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "ora":
        return f"{d.day:02d}-{MON[d.month - 1].upper()}-{d.year}"
    if style == "long":
        return f"{MON[d.month - 1]} {d.day}, {d.year}"
    if style == "aamva":
        return d.strftime("%m%d%Y")
    raise ValueError(style)


def fphone(d, style):
    a, b, c = d[:3], d[3:6], d[6:]
    return {0: f"({a}) {b}-{c}", 1: f"{a}-{b}-{c}", 2: d, 3: f"+1{d}", 4: f"{a}.{b}.{c}",
            5: f"({a}){b}-{c}", 6: f"+1 {a}-{b}-{c}"}[style]


# ----------------------------------------------------------------------------
# synthetic people
# ----------------------------------------------------------------------------
CITIES = [("Toledo", "Lucas", "OH", "43607", "419"), ("Toledo", "Lucas", "OH", "43613", "419"),
          ("Sylvania", "Lucas", "OH", "43560", "419"), ("Maumee", "Lucas", "OH", "43537", "419"),
          ("Perrysburg", "Wood", "OH", "43551", "567"), ("Bowling Green", "Wood", "OH", "43402", "419"),
          ("Oregon", "Lucas", "OH", "43616", "419"), ("Monroe", "Monroe", "MI", "48161", "734"),
          ("Adrian", "Lenawee", "MI", "49221", "517"), ("Fremont", "Sandusky", "OH", "43420", "419"),
          ("Findlay", "Hancock", "OH", "45840", "419"), ("Defiance", "Defiance", "OH", "43512", "419"),
          ("Port Clinton", "Ottawa", "OH", "43452", "419"), ("Temperance", "Monroe", "MI", "48182", "734"),
          ("Holland", "Lucas", "OH", "43528", "419"), ("Rossford", "Wood", "OH", "43460", "567")]
STREETS = ["Alder St", "W Bancroft St", "Monroe St", "Secor Rd", "Dorr St", "Heatherdowns Blvd",
           "Reynolds Rd", "Glendale Ave", "N Summit St", "Wooster St", "Conant St", "Elm St",
           "Dussel Dr", "Byrne Rd", "Lewis Ave", "Sylvania Ave", "Tremainsville Rd", "Navarre Ave",
           "Telegraph Rd", "E Front St", "Kenwood Blvd", "Angola Rd", "Starr Ave", "Oak Grove Pl"]

PEOPLE = [
    ("Marta", "Kowalski", "F", 1984), ("Babatunde", "Oyelaran", "M", 1971),
    ("Lan", "Nguyễn", "F", 1990), ("Søren", "Mikkelsen", "M", 1958),
    ("José Ángel", "Ibarra", "M", 1966), ("Aiyana", "Redcloud", "F", 2001),
    ("Priya", "Venkataraman", "F", 1979), ("Hamza", "Al-Masri", "M", 1988),
    ("Yuki", "Tanabe", "F", 1995), ("Fatemeh", "Rahimi", "F", 1962),
    ("Dmitri", "Volkov", "M", 1949), ("Siobhán", "O'Connell", "F", 1975),
    ("Mateus", "Carvalho", "M", 1993), ("Leilani", "Kahananui", "F", 1983),
    ("Björn", "Lindqvist", "M", 1954), ("Amara", "Nwosu", "F", 2009),
    ("Esperanza", "Quispe", "F", 1968), ("Ravi", "Deshpande", "M", 1947),
    ("Zofia", "Wiśniewska", "F", 1931), ("Kwame", "Mensah", "M", 1980),
    ("Ingrid", "Haugen", "F", 1930), ("Wei", "Chen", "M", 1972),
    ("Abebe", "Tesfaye", "M", 1999), ("Rosalind", "Featherstone", "F", 1933),
    ("Thanh", "Phạm", "M", 1961), ("Noa", "Ben-David", "F", 1986),
    ("Guadalupe", "Etsitty", "F", 1977), ("Henrik", "de Vries", "M", 1969),
]
EC_FIRST = ["Tomasz", "Folake", "Minh", "Karin", "Lucía", "Dakota", "Arjun", "Layla", "Haruto",
            "Reza", "Svetlana", "Ciarán", "Beatriz", "Kaimana", "Astrid", "Chiamaka", "Mario",
            "Anjali", "Krystyna", "Efua", "Sigrid", "Mei", "Selam", "Edmund", "Hoa", "Eitan",
            "Darnell", "Wilma"]
EC_MALE = {"Tomasz", "Minh", "Arjun", "Haruto", "Reza", "Ciarán", "Mario", "Edmund", "Eitan", "Darnell", "Kaimana"}
REL_M = [("SPO", "Spouse"), ("FTH", "Father"), ("SON", "Son"), ("BRO", "Brother"), ("FND", "Friend")]
REL_F = [("SPO", "Spouse"), ("MTH", "Mother"), ("DAU", "Daughter"), ("SIS", "Sister"), ("FND", "Friend")]
REF_DAY = dt.date(2024, 2, 15)


def translit(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("đ", "d")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def slug(s):
    return "".join(ch for ch in translit(s).lower() if ch.isalnum())


PAYERS = [("ANTHEM BCBS OHIO", "anthem"), ("AETNA", "aetna"), ("UNITEDHEALTHCARE", "uhc"),
          ("OHIO MEDICAID", "medicaid"), ("PARAMOUNT ADVANTAGE", "paramount"),
          ("MEDICAL MUTUAL OF OHIO", "mmo")]


def member_id(kind):
    if kind == "anthem":
        return R.choice(["ZGP", "YRK", "XOH", "JQB"]) + digits(9)
    if kind == "aetna":
        return "W" + digits(9)
    if kind == "uhc":
        return digits(9)
    if kind == "medicaid":
        return "1" + digits(11)
    if kind == "paramount":
        return "P" + digits(8) + "01"
    return "MMO" + digits(8)


class P:
    pass


def build_people():
    out = []
    used = set()
    for i, (first, last, sex, by) in enumerate(PEOPLE):
        p = P()
        p.first, p.last, p.sex = first, last, sex
        p.full = f"{first} {last}"
        p.lf = f"{last}, {first}"
        p.mi = R.choice("ABCDEJKLMRST")
        p.dob = dt.date(by, R.randint(1, 12), R.randint(1, 28))
        p.age = REF_DAY.year - p.dob.year - ((REF_DAY.month, REF_DAY.day) < (p.dob.month, p.dob.day))
        city = CITIES[i % len(CITIES)] if i < len(CITIES) else R.choice(CITIES)
        p.city, p.county, p.state, p.zip, area = city
        p.street = f"{R.randint(12, 9870)} {R.choice(STREETS)}"
        if R.random() < 0.25:
            p.street += R.choice([" Apt 4B", " Apt 12", " Unit 3", " #207"])
        p.zip4 = p.zip + digits(4)

        def ph(a):
            while True:
                n = f"{a}5550{R.randint(100, 199)}"
                if n not in used and not n.endswith(("0100", "0109", "0164")):
                    used.add(n)
                    return n
        p.phone = ph(area)
        p.cell = ph(R.choice([area, "567", "419", "734"]))
        p.fax = ph(area) if R.random() < 0.35 else None
        fs, ls = slug(first.split()[0]), slug(last)
        yy = str(p.dob.year)[2:]
        p.email = R.choice([f"{fs}.{ls}{yy}@gmail.com", f"{fs[0]}{ls}@yahoo.com",
                            f"{fs}{ls[:4]}{R.randint(1, 99)}@outlook.com", f"{ls}.{fs}@icloud.com",
                            f"{fs}_{ls}@bex.net", f"{fs}.{ls}@comcast.net", f"{fs}{ls}@protonmail.com"])
        p.user = R.choice([f"{fs[0]}{ls}{yy}", f"{fs}.{ls}", f"{fs}{ls[:3]}{R.randint(10, 99)}"])
        p.ssn = ssn()
        p.mrn = f"00{R.randint(100000, 999999)}"
        p.har = "51" + digits(8)
        if p.age >= 65:
            p.payer = ("MEDICARE PART A/B", "medicare")
            p.member = mbi()
        else:
            p.payer = R.choice(PAYERS)
            p.member = member_id(p.payer[1])
        p.group = R.choice(["GRP", "G", ""]) + digits(R.choice([6, 7]))
        p.card = card_number(R.choice(["visa", "visa", "mc", "amex", "disc"]))
        if p.state == "OH":
            p.dl = "".join(R.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(2)) + digits(6)
        else:
            p.dl = R.choice("ABCDEFGHJKLMNPRSTW") + digits(12)
        p.ip = pub_ip()
        p.ip6 = None
        p.plate = ("".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)) + digits(4))
        p.vin = vin()
        k = R.choice(["pump", "cgm", "icd", "bp", "scale"])
        p.dev_kind = k
        p.dev_sn = {"pump": "NG" + digits(7) + "H", "cgm": "8G" + "".join(R.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4)),
                    "icd": "PJN" + digits(6) + "S", "bp": "BPM-" + digits(10),
                    "scale": "WS" + hexs(8).upper()}[k]
        p.dev_model = {"pump": "MiniMed 780G", "cgm": "G6 transmitter", "icd": "Evera MRI XT DR",
                       "bp": "UA-651BLE", "scale": "BodyTrace BT005"}[k]
        p.imei = imei()
        p.mac = ":".join([R.choice(["F4:5C:89", "C8:2B:96", "00:1A:7D", "E0:E2:E6"])] + [f"{R.randrange(256):02X}" for _ in range(3)])
        p.udi_sn = "".join(R.choice("0123456789ABCDEF") for _ in range(8))
        ecf = EC_FIRST[i % len(EC_FIRST)]
        rel = R.choice(REL_M if ecf in EC_MALE else REL_F)
        ecl = last if rel[0] in ("SPO", "MTH", "FTH", "DAU", "SON", "SIS", "BRO") and R.random() < 0.7 else R.choice(
            ["Novak", "Adeyemi", "Tran", "Jensen", "Morales", "Whitehorse", "Iyer", "Haddad", "Sato",
             "Karimi", "Petrova", "Byrne", "Souza", "Akana", "Berg", "Okafor"])
        p.ec = (ecf, ecl, rel)
        p.ec_full = f"{p.ec[0]} {p.ec[1]}"
        p.ec_phone = ph(R.choice([area, "419", "734"]))
        if p.age < 18:
            p.guar = f"{p.ec[0]} {last}"
            p.ec = (p.ec[0], last, ("FTH", "Father") if p.ec[0] in EC_MALE else ("MTH", "Mother"))
            p.ec_full = p.guar
        else:
            p.guar = p.full
        p.admit = (rts() - dt.timedelta(days=R.randint(0, 4)))
        p.disch = p.admit + dt.timedelta(days=R.randint(1, 9), hours=R.randint(0, 8))
        p.appt = (rts(dt.datetime(2024, 2, 20), dt.datetime(2024, 4, 30)))
        p.appt = p.appt.replace(hour=R.randint(7, 16), minute=R.choice([0, 15, 30, 45]), second=0, microsecond=0)
        p.svc = rts().date()
        p.kit = "CVD-" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        p.portal_url = f"https://mychart.sthedwig-rmc.org/MyChart/u/{p.user}/profile"
        out.append(p)
    return out


PEEPS = build_people()
WEIGHTS = [9, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 3, 2, 2, 3, 2, 2, 2, 2]
ALT = {}  # extra identifiers for a few people
ALT["nhs"] = (PEEPS[24], nhs_number())      # Thanh Phạm, UK NHS number from prior care
ALT["bsn"] = (PEEPS[27], bsn())             # Henrik de Vries, Dutch BSN
ALT["iban"] = (PEEPS[27], iban_de())


def pick():
    return R.choices(PEEPS, weights=WEIGHTS)[0]


def pick_ascii():
    while True:
        p = pick()
        if all(ord(c) < 128 for c in p.full):
            return p


def nm_lf(p, up=False):
    s = p.lf
    return s.upper() if up else s


# staff / investigators / systems (look-alikes, never labeled)
CLIN = ["Dr. Ananya Bose", "Gregor Petrović, MD", "Keisha Dwyer, RN", "Dr. Samuel Achterberg",
        "Olga Rasmussen, PA-C", "Dr. Idris Lawal", "Tomasz Nowak (HIM)"]
CLIN_USER = ["abose", "gpetrovic", "kdwyer", "sachterberg", "orasmussen", "ilawal", "tnowak"]
NPI = ["1487392013", "1649210387", "1023948571", "1881726354"]
INV = [("Dana Whitfield", "dwhitfield@sthedwig-rmc.org", "dwhitfield"),
       ("Rafael Quintero", "rquintero@northgate-dfir.com", "rquintero"),
       ("Mei-Ling Cho", "mcho@northgate-dfir.com", "mcho")]
SYS_EMAIL = ["noreply@sthedwig-rmc.org", "mychart-notify@sthedwig-rmc.org", "privacy@sthedwig-rmc.org",
             "him-roi@sthedwig-rmc.org", "alerts@northgate-dfir.com", "postmaster@sthedwig.local",
             "root@hl7-bridge02.sthedwig.local"]
CASE = "IR-2024-031"
EV = "/mnt/evidence"


# ----------------------------------------------------------------------------
# inner application log generators: gen(p, t, phi) -> segs
# ----------------------------------------------------------------------------
LOGGERS = {
    "login": "c.s.portal.auth.LoginController",
    "roi": "c.s.p.records.ReleaseOfInfoService",
    "prof": "c.s.p.profile.ProfileController",
    "sql": "o.h.engine.jdbc.spi.SqlExceptionHelper",
    "appt": "c.s.p.sched.AppointmentClient",
    "proxy": "c.s.p.proxy.ProxyAccessService",
    "reset": "c.s.p.auth.PasswordResetService",
    "main": "c.s.portal.PortalApplication",
    "tomcat": "o.a.c.c.C.[Tomcat].[localhost].[/]",
    "hikari": "com.zaxxer.hikari.pool.HikariPool",
    "audit": "c.s.p.audit.AuditPublisher",
    "pnf": "o.s.web.servlet.PageNotFound",
}


def spring_head(t, lvl, thread, lg):
    th = thread[-15:]
    return f"{f_spring(t)} {lvl:>5} 2231 --- [{th:>15}] {LOGGERS[lg]:<40} : "


def exec_thread():
    return f"http-nio-8443-exec-{R.randint(1, 40)}"


def gen_spring(p, t, phi):
    if phi:
        k = R.randrange(8)
        if k == 0:
            return S(spring_head(t, "INFO", exec_thread(), "login"), "Login succeeded for user '",
                     OID(p.user), "' (patientId=", MRN(p.mrn), ") from ", IP(p.ip),
                     f" mfa=SMS ***-***-{p.cell[-4:]} session={hexs(32).upper()}")
        if k == 1:
            fx = p.fax or p.phone
            return S(spring_head(t, "WARN", exec_thread(), "roi"), "ROI request ROI-",
                     R.randint(20000, 99999), " accepted for ", NAME(p.lf), " (DOB ",
                     DATE(fdate(p.dob, "us")), ") delivery=FAX to ", FAX(fphone(fx, 0)),
                     f" pages=est.{R.randint(4, 60)} approvedBy={R.choice(CLIN_USER)}")
        if k == 2:
            return S(spring_head(t, "DEBUG", exec_thread(), "prof"), "updateProfile before=PatientProfile(mrn=",
                     MRN(p.mrn), ", firstName=", NAME(p.first), ", lastName=", NAME(p.last), ", dob=",
                     DATE(fdate(p.dob, "iso")), ", ssn=", SSN(p.ssn), ", email=", EMAIL(p.email),
                     ", homePhone=", PHONE(fphone(p.phone, 1)), ", address=Address(line1=", ADDR(p.street),
                     ", line2=null, city=", ADDR(p.city), f", state={p.state}, postalCode=", ZIP(p.zip),
                     f"), version={R.randint(2, 40)})")
        if k == 3:
            return S(spring_head(t, "ERROR", exec_thread(), "sql"),
                     'ERROR: duplicate key value violates unique constraint "uk_portal_account_email"  Detail: Key (email)=(',
                     EMAIL(p.email), ") already exists.")
        if k == 4:
            return S(spring_head(t, "INFO", exec_thread(), "appt"), "POST /v2/appointments -> 201 patient=",
                     MRN(p.mrn), " slot=", DATE(p.appt.strftime("%Y-%m-%dT%H:%M")),
                     f" provider=\"{R.choice(CLIN)}\" dept={R.choice(['CARDIO', 'ENDO', 'ORTHO', 'PCP-WEST', 'ONC'])} "
                     f"in {R.randint(80, 900)} ms")
        if k == 5:
            return S(spring_head(t, "INFO", exec_thread(), "proxy"), "Proxy access granted proxy=ProxyDto{name='",
                     NAME(p.ec_full), f"', relationship='{p.ec[2][1].upper()}', phone='", PHONE(fphone(p.ec_phone, 4)),
                     "'} -> patient ", MRN(p.mrn), f" scope=FULL expires=2025-0{R.randint(1, 9)}-01")
        if k == 6 and R.random() < 0.5:
            return S(spring_head(t, "INFO", exec_thread(), "login"), "MyChart activation completed username=",
                     OID(p.user), " mrn=", MRN(p.mrn), " coverage=", HP(p.member),
                     f" activationCode=****-{digits(4)} ip=", IP(p.ip))
        if k == 6:
            return S(spring_head(t, "INFO", exec_thread(), "reset"), "Password reset mail queued to ",
                     EMAIL(p.email), " link=", URL(f"https://mychart.sthedwig-rmc.org/MyChart/u/{p.user}/reset?t={hexs(24)}"),
                     " from=noreply@sthedwig-rmc.org")
        q = p if p.age > 89 else R.choice([x for x in PEEPS if x.age > 89])
        return S(spring_head(t, "WARN", exec_thread(), "prof"), "Age-based rule AGE_GT_89 fired for patient ",
                 MRN(q.mrn.lstrip("0")), " age=", AGE(q.age), " dob=", DATE(fdate(q.dob, "iso")),
                 " -> suppressing birth year in UI")
    k = R.randrange(7)
    if k == 0:
        return S(spring_head(t, "INFO", "main", "main"),
                 f"Started PortalApplication in {R.uniform(12, 30):.3f} seconds (JVM running for {R.uniform(30, 40):.3f})")
    if k == 1:
        return S(spring_head(t, "INFO", exec_thread(), "tomcat"), "Initializing Spring DispatcherServlet 'dispatcherServlet'")
    if k == 2:
        return S(spring_head(t, "INFO", exec_thread(), "appt"),
                 f"GET /v2/slots?dept=CARDIO&from={(t + dt.timedelta(days=14)).strftime('%Y-%m-%d')} -> 200 in {R.randint(80, 400)} ms ({R.randint(3, 60)} slots)")
    if k == 3:
        return S(spring_head(t, "WARN", "HikariPool-1 housekeeper", "hikari"),
                 f"HikariPool-1 - Connection is not available, request timed out after {R.randint(30000, 30100)}ms.")
    if k == 4:
        return S(spring_head(t, "INFO", "audit-pub-1", "audit"),
                 f"published {R.randint(100, 900)} events to kafka topic patient-audit.v1 partition={R.randint(0, 11)} offset={R.randint(10**7, 10**8)}")
    if k == 5:
        return S(spring_head(t, "WARN", exec_thread(), "pnf"), "No mapping for GET /MyChart/favicon.ico")
    return S(spring_head(t, "INFO", exec_thread(), "login"),
             f"Login failed reason=BAD_CREDENTIALS attempts=3 lockout=false requestId={uuid4()}")


def hl7_seg(name, fields):
    """fields: dict index -> segs/str; builds NAME|f1|f2..."""
    n = max(fields)
    out = [(name, None)]
    for i in range(1, n + 1):
        out.append(("|", None))
        v = fields.get(i)
        if v is None:
            continue
        if isinstance(v, str):
            out.append((v, None))
        else:
            out.extend(v)
    return out


def mirth_head(t, lvl, ch):
    return f"{lvl:<5} {f_mirth(t)} [{ch} < pool-{R.randint(2, 9)}-thread-{R.randint(1, 12)}] transformer: "


def gen_mirth(p, t, phi):
    ch = R.choice(["ADT_IN", "ADT_IN", "LAB_RESULTS_OUT", "ORU_IN", "SIU_OUT"])
    if phi:
        k = R.randrange(6)
        if k == 0:
            seg = hl7_seg("PID", {1: "1", 3: S(MRN(p.mrn), "^^^SHRMC^MR~", SSN(p.ssn.replace("-", "")), "^^^SSA^SS"),
                                  5: S(NAME(p.last.upper()), "^", NAME(p.first.upper()), "^", p.mi, "^^^^L"),
                                  7: S(DATE(fdate(p.dob, "hl7"))), 8: p.sex, 10: "2106-3^White^CDCREC",
                                  11: S(ADDR(p.street.upper()), "^^", ADDR(p.city.upper()), "^", p.state, "^", ZIP(p.zip), "^USA^H"),
                                  13: S(PHONE(fphone(p.phone, 5)), "^PRN^PH~^NET^Internet^", EMAIL(p.email)),
                                  16: "M" if R.random() < .5 else "S", 18: S(ACCT(p.har), "^^^SHRMC^AN"),
                                  19: S(SSN(p.ssn))})
            return S(mirth_head(t, "INFO", ch), seg)
        if k == 1:
            ec = p.ec
            seg = hl7_seg("NK1", {1: "1", 2: S(NAME(ec[1].upper()), "^", NAME(ec[0].upper())),
                                  3: f"{ec[2][0]}^{ec[2][1]}^HL70063",
                                  4: S(ADDR(p.street.upper()), "^^", ADDR(p.city.upper()), "^", p.state, "^", ZIP(p.zip)),
                                  5: S(PHONE(fphone(p.ec_phone, 5))), 7: "EC^Emergency Contact^HL70131"})
            return S(mirth_head(t, "INFO", ch), seg)
        if k == 2:
            npi = R.choice(NPI)
            seg = hl7_seg("PV1", {1: "1", 2: "I", 3: f"4W^{R.randint(401, 440)}^{R.choice('AB')}^SHRMC",
                                  7: f"{npi}^BOSE^ANANYA^^^MD^^^NPI", 10: "MED", 18: "INP",
                                  44: S(DATE(p.admit.strftime("%Y%m%d%H%M"))),
                                  45: S(DATE(p.disch.strftime("%Y%m%d%H%M")))})
            return S(mirth_head(t, "INFO", ch), seg)
        if k == 3:
            seg = hl7_seg("IN1", {1: "1", 2: p.payer[1].upper() + "01", 3: digits(5), 4: p.payer[0],
                                  5: "PO BOX 182223^^COLUMBUS^OH^43218", 7: "(800)555-0164", 8: p.group,
                                  16: S(NAME(p.last.upper()), "^", NAME(p.first.upper())), 17: "SEL",
                                  18: S(DATE(fdate(p.dob, "hl7"))),
                                  19: S(ADDR(p.street.upper()), "^^", ADDR(p.city.upper()), "^", p.state, "^", ZIP(p.zip)),
                                  36: S(HP(p.member))})
            return S(mirth_head(t, "INFO", ch), seg)
        if k == 4:
            return S(f"ERROR {f_mirth(t)} [{ch} < pool-6-thread-1] com.mirth.connect.server.controllers.DonkeyMessageController: ",
                     f"Error processing message {R.randint(100000, 999999)}: no match in EMPI for MRN ", MRN(p.mrn),
                     " / DOB ", DATE(fdate(p.dob, "us")), " / name ", NAME(nm_lf(p, True)))
        seg = hl7_seg("PID", {1: "1", 2: S(MRN(p.mrn.lstrip("0"))), 3: S(MRN(p.mrn), "^^^SHRMC^MR"),
                              5: S(NAME(p.last.upper()), "^", NAME(p.first.upper())),
                              7: S(DATE(fdate(p.dob, "hl7"))), 8: p.sex,
                              11: S(ADDR(p.street.upper()), "^^", ADDR(p.city.upper()), "^", p.state, "^", ZIP(p.zip4)),
                              12: S(ADDR(p.county.upper() + " COUNTY")),
                              13: S(PHONE(fphone(p.cell, 5)), "^PRN^CP")})
        return S(mirth_head(t, "DEBUG", ch), "inbound ", seg)
    k = R.randrange(5)
    ctl = f"MSG{R.randint(10**7, 10**8)}"
    if k == 0:
        return S(mirth_head(t, "INFO", ch),
                 f"MSH|^~\\&|EPIC|SHRMC|MIRTH|SHRMC|{t.strftime('%Y%m%d%H%M%S')}||ADT^A0{R.choice('1348')}^ADT_A01|{ctl}|P|2.5.1")
    if k == 1:
        return S(mirth_head(t, "INFO", ch), f"ACK sent MSA|AA|{ctl}|Message accepted ({R.randint(3, 90)} ms)")
    if k == 2:
        return S(f"WARN  {f_mirth(t)} [Queue Monitor] com.mirth.connect.donkey.server.queue.ConnectorMessageQueue: ",
                 f"queue depth {R.randint(1000, 9000):,} on {ch} destination 1 (threshold 1,000)")
    if k == 3:
        return S(f"INFO  {f_mirth(t)} [Deploy-{R.randint(1, 9)}] com.mirth.connect.donkey.server.channel.Channel: ",
                 f"Channel {ch} ({uuid4()}) deployed, revision {R.randint(10, 200)}")
    return S(mirth_head(t, "INFO", ch),
             f"OBX|1|NM|2345-7^Glucose^LN||{R.randint(70, 250)}|mg/dL|70-99|H|||F|||{t.strftime('%Y%m%d%H%M')}")


UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_2_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.230 Mobile Safari/537.36",
      "MyChart/11.4.1 (iOS 17.3; iPhone14,5)", "okhttp/4.12.0"]


def pct(s):
    out = []
    for b in s.encode("utf-8"):
        ch = chr(b)
        if ch.isalnum() and b < 128 or ch in "-._~":
            out.append(ch)
        else:
            out.append("%%%02X" % b)
    return "".join(out)


def gen_nginx(p, t, phi):
    lb = f"10.20.1.{R.randint(4, 9)}"
    ts = f"[{f_nginx(t)}]"
    if phi:
        k = R.randrange(5)
        if k == 0:
            return S(lb, " - - ", ts, ' "GET /MyChart/api/records/download?mrn=', MRN(p.mrn),
                     f'&format=pdf HTTP/1.1" 200 {R.randint(40000, 900000)} "https://mychart.sthedwig-rmc.org/MyChart/records" "{R.choice(UA)}" "',
                     IP(p.ip), '"')
        if k == 1:
            staff = f"10.30.{R.randint(0, 9)}.{R.randint(10, 200)}"
            return S(staff, " - ", R.choice(CLIN_USER), " ", ts, ' "GET /api/v1/patients/search?lastName=',
                     NAME(pct(p.last)), "&firstName=", NAME(pct(p.first)), "&dob=", DATE(fdate(p.dob, "iso")),
                     f' HTTP/1.1" 200 {R.randint(300, 4000)} "-" "{UA[1]}" "-"')
        if k == 2:
            return S(lb, " - - ", ts, ' "POST /MyChart/api/auth/reset?email=', EMAIL(pct(p.email)),
                     f' HTTP/2.0" 202 48 "-" "{R.choice(UA)}" "', IP(p.ip), '"')
        if k == 3:
            return S(lb, " - - ", ts, ' "GET /MyChart/api/appointments/confirm?pid=', MRN(p.mrn), "&appt=",
                     DATE(p.appt.strftime("%Y-%m-%d")), "&cb=", PHONE(fphone(p.cell, 2)),
                     f' HTTP/1.1" 302 0 "-" "{UA[3]}" "', IP(p.ip), '"')
        return S(lb, " - - ", ts, f' "GET /MyChart/api/messages?page=1 HTTP/1.1" 200 {R.randint(500, 9000)} "',
                 URL(p.portal_url), f'" "{R.choice(UA)}" "', IP(p.ip), '"')
    k = R.randrange(5)
    src = f"10.20.{R.randint(0, 3)}.{R.randint(2, 250)}"
    if k == 0:
        return S(src, " - - ", ts, ' "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.27" "-"')
    if k == 1:
        return S(lb, " - - ", ts, f' "GET /MyChart/static/js/main.{hexs(8)}.js HTTP/1.1" 304 0 "https://mychart.sthedwig-rmc.org/MyChart/" "{R.choice(UA)}" "{priv_ip()}"')
    if k == 2:
        return S(lb, " - - ", ts, f' "GET /MyChart/api/appointments/slots?dept=ENDO&date={(t + dt.timedelta(days=R.randint(3, 40))).strftime("%Y-%m-%d")} HTTP/1.1" 200 {R.randint(800, 5000)} "-" "{UA[4]}" "{priv_ip()}"')
    if k == 3:
        return S(src, " - - ", ts, f' "POST /api/v1/hl7/ack HTTP/1.1" 204 0 "-" "Mirth-Connect/4.4.1" "-"')
    return S(lb, " - - ", ts, f' "GET /MyChart/api/session/keepalive HTTP/2.0" 401 61 "-" "{R.choice(UA)}" "{priv_ip()}"')


def gen_pyjson(p, t, phi, as_obj=False):
    base = {"asctime": f_mirth(t), "levelname": "INFO", "name": "sched.reminders"}
    if phi:
        k = R.randrange(4)
        if k == 0:
            d = dict(base, message="reminder queued", patient_id=MRN(p.mrn), patient_name=NAME(p.full),
                     appt_date=DATE(p.appt.strftime("%Y-%m-%d")), phone=PHONE(fphone(p.cell, 3)),
                     lang=R.choice(["en", "es", "vi", "pl", "ar"]), channel="sms")
        elif k == 1:
            d = dict(base, levelname="WARNING", name="sched.noshow", message="no-show flagged",
                     mrn=MRN(p.mrn), dob=DATE(fdate(p.dob, "iso")), appt_date=DATE(p.appt.strftime("%Y-%m-%d")),
                     provider=R.choice(CLIN), noshow_count=R.randint(2, 5))
        elif k == 2:
            d = dict(base, name="sched.waitlist", message="waitlist offer sent", patient_id=MRN(p.mrn),
                     email=EMAIL(p.email), guarantor=NAME(p.guar), slot_id=R.randint(100000, 999999))
        else:
            if R.random() < 0.4:
                p = R.choice([x for x in PEEPS if x.age > 89])
            d = dict(base, levelname="ERROR", name="sched.transport", message="ride booking failed",
                     patient=NAME(p.lf), age=NUM(p.age, "age") if p.age > 89 else p.age, pickup_address=ADDR(f"{p.street}, {p.city}"), zip=ZIP(p.zip),
                     phone=PHONE(fphone(p.phone, 0)), vendor="RideCare", err="HTTP 503")
    else:
        k = R.randrange(3)
        if k == 0:
            d = dict(base, name="sched.worker", message="batch complete", sent=R.randint(100, 900),
                     failed=R.randint(0, 9), duration_ms=R.randint(2000, 40000))
        elif k == 1:
            d = dict(base, levelname="WARNING", name="sched.redis", message="retrying connection",
                     host="10.40.3.12", port=6379, attempt=R.randint(1, 5))
        else:
            d = dict(base, name="sched.slots", message="slots refreshed", dept=R.choice(["ENDO", "CARDIO", "ORTHO"]),
                     date=(t + dt.timedelta(days=7)).strftime("%Y-%m-%d"), count=R.randint(10, 80))
    if as_obj:
        return d
    return jser(d, compact=False, ensure_ascii=True)


def gen_pino(p, t, phi, as_obj=False):
    base = {"level": 30, "time": f_epoch(t), "pid": 1, "hostname": f"notify-7d9f8c6b5-{hexs(5)}",
            "reqId": f"req-{R.randint(1, 9999):x}"}
    if phi:
        k = R.randrange(4)
        if k == 0:
            d = dict(base, msg="sms dispatched", to=PHONE(fphone(p.cell, 3)), patientName=NAME(p.full),
                     template="APPT_REMINDER", apptAt=DATE(p.appt.strftime("%Y-%m-%dT%H:%M:00") + ("-04:00" if p.appt >= dt.datetime(2024, 3, 10, 2) else "-05:00")),
                     sid="SM" + hexs(32))
        elif k == 1 and R.random() < 0.4:
            d = dict(base, msg="portal invite sent", to=EMAIL(p.email), portalUser=OID(p.user), memberId=HP(p.member),
                     payer=p.payer[0])
        elif k == 1:
            d = dict(base, msg="email dispatched", to=EMAIL(p.email), patientId=MRN(p.mrn),
                     template="RESULT_READY", from_="noreply@sthedwig-rmc.org")
            d["from"] = d.pop("from_")
        elif k == 2:
            d = dict(base, level=50, msg="voice call failed", to=PHONE(fphone(p.phone, 3)),
                     contact={"name": NAME(p.ec_full), "relation": p.ec[2][1].lower()},
                     patient={"mrn": MRN(p.mrn), "dob": DATE(fdate(p.dob, "iso"))}, err="busy")
        else:
            d = dict(base, level=40, msg="address verification mismatch", patient={"mrn": MRN(p.mrn),
                     "addr": {"line1": ADDR(p.street), "city": ADDR(p.city), "state": p.state, "zip": ZIP(p.zip4[:5] + "-" + p.zip4[5:])}},
                     uspsCode="D")
    else:
        k = R.randrange(3)
        if k == 0:
            d = dict(base, level=40, msg="twilio rate limited", retryInMs=R.choice([500, 1000, 2000]), queueDepth=R.randint(10, 900))
        elif k == 1:
            d = dict(base, msg="request completed", res={"statusCode": 200}, responseTime=R.randint(3, 300))
        else:
            d = dict(base, msg="template cache refreshed", templates=R.randint(20, 60), version=f"2.{R.randint(0, 9)}.{R.randint(0, 30)}")
    if as_obj:
        return d
    return jser(d)


def rails_head(t, lvl, req):
    return f"{lvl[0]}, [{t.strftime('%Y-%m-%dT%H:%M:%S.')}{t.microsecond:06d} #4412] {lvl:>5} -- : [{req}] "


def rb(s):
    return '"' + s + '"'


def gen_rails(p, t, phi):
    req = uuid4()
    if phi:
        k = R.randrange(3)
        if k == 0:
            return S(rails_head(t, "INFO", req), 'Started POST "/patients" for ', IP(p.ip),
                     f" at {t.strftime('%Y-%m-%d %H:%M:%S')} -0500")
        if k == 1:
            return S(rails_head(t, "INFO", req), 'Parameters: {"utf8"=>"✓", "authenticity_token"=>"[FILTERED]", "patient"=>{"first_name"=>"',
                     NAME(p.first), '", "last_name"=>"', NAME(p.last), '", "date_of_birth"=>"', DATE(fdate(p.dob, "iso")),
                     '", "ssn"=>"', SSN(p.ssn), '", "phone"=>"', PHONE(fphone(p.phone, 1)),
                     '", "address_attributes"=>{"street"=>"', ADDR(p.street), '", "city"=>"', ADDR(p.city),
                     f'", "state"=>"{p.state}", "zip"=>"', ZIP(p.zip), '"}}, "commit"=>"Save"}')
        return S(rails_head(t, "INFO", req), 'Parameters: {"insurance"=>{"payer"=>"', p.payer[0].title(),
                 '", "member_id"=>"', HP(p.member), f'", "group_number"=>"{p.group}", "subscriber_name"=>"',
                 NAME(p.guar), '", "subscriber_dob"=>"', DATE(fdate(p.dob, "us")), '"}, "patient_id"=>"',
                 MRN(p.mrn), '"}')
    k = R.randrange(4)
    if k == 0:
        return S(rails_head(t, "INFO", req), "Processing by PatientsController#create as HTML")
    if k == 1:
        return S(rails_head(t, "INFO", req),
                 f"Completed 302 Found in {R.randint(40, 400)}ms (ActiveRecord: {R.uniform(3, 60):.1f}ms | Allocations: {R.randint(5000, 40000)})")
    if k == 2:
        return S(rails_head(t, "INFO", req), f"Redirected to https://intake.sthedwig-rmc.org/patients/{R.randint(10000, 99999)}/insurance")
    return S(rails_head(t, "INFO", req), f'Started GET "/up" for {priv_ip()} at {t.strftime("%Y-%m-%d %H:%M:%S")} -0500')


def pg_head(t, pid, lvl):
    return f"{f_spring(t)} EST [{pid}] ehr_app@ehr {lvl}:  "


def gen_pg(p, t, phi):
    pid = R.randint(20000, 39999)
    if phi:
        k = R.randrange(3)
        if k == 0:
            return S(pg_head(t, pid, "DETAIL"), "Key (ssn)=(", SSN(p.ssn), ") already exists.")
        if k == 1:
            return S(pg_head(t, pid, "STATEMENT"), "INSERT INTO patient (mrn, last_name, first_name, birth_date, ssn, home_phone) VALUES ('",
                     MRN(p.mrn), "', '", NAME(p.last.replace("'", "''")), "', '", NAME(p.first), "', '",
                     DATE(fdate(p.dob, "iso")), "', '", SSN(p.ssn), "', '", PHONE(fphone(p.phone, 2)), "')")
        return S(pg_head(t, pid, "LOG"), f"duration: {R.uniform(1000, 9000):.3f} ms  statement: SELECT * FROM patient WHERE lower(last_name) = '",
                 NAME(translit(p.last).lower().replace("'", "''")), "' AND birth_date = '", DATE(fdate(p.dob, "iso")), "'")
    k = R.randrange(4)
    if k == 0:
        return S(pg_head(t, pid, "ERROR"), 'duplicate key value violates unique constraint "patient_ssn_key"')
    if k == 1:
        b = R.randint(500, 9000)
        return S(pg_head(t, pid, "LOG").replace("ehr_app@ehr ", ""),
                 f"checkpoint complete: wrote {b} buffers ({b / 163.84:.1f}%); 0 WAL file(s) added, 0 removed, {R.randint(1, 9)} recycled; write={R.uniform(20, 270):.3f} s, sync={R.uniform(0, 1):.3f} s, total={R.uniform(20, 270):.3f} s")
    if k == 2:
        return S(pg_head(t, pid, "LOG").replace("ehr_app@ehr ", ""),
                 f'automatic vacuum of table "ehr.public.encounter": index scans: 1, pages: 0 removed, {R.randint(10000, 90000)} remain')
    return S(pg_head(t, pid, "LOG"), f"duration: {R.uniform(1000, 5000):.3f} ms  execute <unnamed>: SELECT count(*) FROM appointment WHERE slot_date >= $1")


def f_seri(t):
    return f_spring(t) + " -05:00"


def gen_serilog(p, t, phi):
    if phi:
        k = R.randrange(5)
        if k == 4:
            return S(f"{f_seri(t)} [WRN] Account ", ACCT(p.har), " referred to collections case ",
                     OID(f"CC-24-{digits(6)}"), " guarantor=\"", NAME(p.guar), "\" dob=", DATE(fdate(p.dob, "us")),
                     " agency=Great Lakes Recovery (800) 555-0177")
        if k == 0:
            return S(f"{f_seri(t)} [ERR] Card authorization failed for guarantor \"", NAME(p.lf if p.guar == p.full else p.guar),
                     "\" card ", ACCT(p.card), f" exp {R.randint(1, 12):02d}/{R.randint(25, 29)} HAR ", ACCT(p.har),
                     f" amount {R.uniform(20, 2500):.2f} USD (gateway code 05, txn {hexs(12).upper()})")
        if k == 1:
            return S(f"{f_seri(t)} [INF] Statement generated for account ", ACCT(p.har), " mailed to ", ADDR(p.street),
                     ", ", ADDR(p.city), f" {p.state} ", ZIP(p.zip), f" balance={R.uniform(20, 9000):.2f} cycle=2024-02")
        if k == 2:
            return S(f"{f_seri(t)} [WRN] Payment plan created for {{Guarantor}} => \"", NAME(p.guar), "\" HAR=", ACCT(p.har),
                     " DOS=", DATE(fdate(p.svc, "us")), f" installments={R.randint(3, 24)}")
        return S(f"{f_seri(t)} [INF] Eligibility cached member=", HP(p.member), f" payer={p.payer[0]} group={p.group} subscriber=",
                 NAME(p.guar.upper()))
    k = R.randrange(3)
    if k == 0:
        return S(f"{f_seri(t)} [INF] Nightly batch {t.strftime('%Y%m%d')} posted {R.randint(800, 4000)} charges total {R.uniform(10**5, 10**6):,.2f} USD in 00:0{R.randint(1, 9)}:{R.randint(10, 59)}.{R.randint(100, 999)}")
    if k == 1:
        return S(f"{f_seri(t)} [WRN] Clearinghouse 837 submission delayed; retry 2/5 trace TRN*1*{R.randint(10**6, 10**7)}*1{digits(9)}")
    return S(f"{f_seri(t)} [INF] HTTP POST /api/payments/webhook responded 200 in {R.uniform(2, 90):.4f} ms")


def gen_x12(p, t, phi):
    head = f"{f_mirth(t)} DEBUG [elig-worker-{R.randint(1, 8)}] edi.x12.Parser - 271 seg[{R.randint(3, 40)}] "
    if phi:
        k = R.randrange(4)
        if k == 0:
            return S(head, "NM1*IL*1*", NAME(translit(p.last).upper()), "*", NAME(translit(p.first).upper()), f"*{p.mi}***MI*",
                     HP(p.member), "~")
        if k == 1:
            return S(head, "DMG*D8*", DATE(fdate(p.dob, "hl7")), f"*{p.sex}~")
        if k == 2:
            return S(head, "N3*", ADDR(p.street.upper()), "~N4*", ADDR(p.city.upper()), f"*{p.state}*", ZIP(p.zip4), "~")
        return S(head, "DTP*291*D8*", DATE(fdate(p.svc, "hl7")), f"~EB*1*IND*30**{R.choice(['PPO', 'HMO', 'MC'])}~REF*6P*{p.group}*ACME TOOL AND DIE~")
    k = R.randrange(3)
    if k == 0:
        return S(f"{f_mirth(t)} DEBUG [elig-worker-{R.randint(1, 8)}] edi.x12.Parser - 271 env ",
                 f"ISA*00*          *00*          *ZZ*AVAILITY       *ZZ*SHRMC          *{t.strftime('%y%m%d')}*{t.strftime('%H%M')}*^*00501*{R.randint(10**8, 10**9 - 1)}*0*P*:~")
    if k == 1:
        return S(head, f"TRN*2*{R.randint(10**7, 10**8)}*9877281234~")
    return S(head, f"NM1*PR*2*{R.choice(PAYERS)[0]}*****PI*{digits(5)}~")


def gen_fax(p, t, phi):
    head = f"{f_syslog(t)} fax01 faxgw[{R.randint(1000, 9000)}]: "
    job = R.randint(40000, 49999)
    if phi:
        k = R.randrange(2)
        fx = p.fax or p.phone
        if k == 0:
            return S(head, f"job {job} ROI packet for ", NAME(nm_lf(p)), " MRN ", MRN(p.mrn), " -> ", FAX(fphone(fx, 2)),
                     f" pages={R.randint(2, 40)} status=done dur={R.randint(30, 900)}s")
        return S(head, f"job {job} cover sheet: To: ", NAME(p.full), " Fax: ", FAX(fphone(fx, 0)), " Re: records ",
                 DATE(fdate(p.admit, "us")), "-", DATE(fdate(p.disch, "us")), " From: HIM Release of Information (419) 555-0109")
    k = R.randrange(3)
    if k == 0:
        return S(head, f"job {job} -> 4195550109 (HIM dept) pages={R.randint(1, 5)} status=busy retry 1/3")
    if k == 1:
        return S(head, f"modem ttyIAX{R.randint(0, 3)} reset, rx queue {R.randint(0, 12)}")
    return S(head, f"job {job} -> 18005550164 (Payer Fax Intake) pages={R.randint(1, 9)} status=done")


def gen_parking(p, t, phi):
    head = f"{t.strftime('%Y-%m-%dT%H:%M:%S.')}{ms(t)}-05:00 garage-ctl01 lpr[{R.randint(800, 999)}] "
    cam = R.choice(["P2-ENTRY-03", "P2-EXIT-01", "ED-LOT-IN", "MOB-GARAGE-IN"])
    if phi:
        k = R.randrange(2)
        if k == 0:
            return S(head, f"cam={cam} plate=", VEH(p.plate), f" st={p.state} conf=0.{R.randint(90, 99)} validated=Y patient_mrn=",
                     MRN(p.mrn), " visit=", DATE(fdate(p.svc, "iso")))
        return S(head, f"valet ticket V-{R.randint(10000, 99999)} vin=", VEH(p.vin), " owner=\"", NAME(p.full), "\" phone=",
                 PHONE(fphone(p.cell, 1)), f" spot=B{R.randint(1, 80)}")
    k = R.randrange(2)
    if k == 0:
        return S(head, f"cam={cam} plate=UNREAD conf=0.{R.randint(20, 49)} frame={R.randint(10**6, 10**7)}")
    return S(head, f"gate {cam} opened ticket=T-{R.randint(100000, 999999)} fee={R.choice(['0.00', '6.00', '12.00'])}")


def gen_rpm(p, t, phi):
    head = f"level=info ts={f_isoz(t)} caller=ingest.go:{R.randint(100, 400)} "
    if phi:
        k = R.randrange(4)
        if k == 0:
            val = {"pump": f"value={R.randint(60, 260)} unit=mg/dL", "cgm": f"value={R.randint(60, 260)} unit=mg/dL",
                   "icd": f"af_burden={R.uniform(0, 12):.1f}% shocks=0", "bp": f"sys={R.randint(100, 170)} dia={R.randint(60, 100)} unit=mmHg",
                   "scale": f"weight={R.uniform(50, 140):.1f} unit=kg"}[p.dev_kind]
            return S(head, 'msg="reading accepted" device_sn=', DEV(p.dev_sn), f' model="{p.dev_model}" patient=', MRN(p.mrn),
                     " " + val)
        if k == 1:
            return S(head, 'msg="gateway registered" imei=', DEV(p.imei), " patient=", MRN(p.mrn), " owner=\"", NAME(p.full),
                     f"\" fw=3.{R.randint(0, 9)}.{R.randint(0, 20)}")
        if k == 2:
            return S(head.replace("level=info", "level=warn"), 'msg="ble pairing lost" ble_mac=', DEV(p.mac),
                     " patient=", MRN(p.mrn), f" rssi=-{R.randint(70, 99)}")
        return S(head, 'msg="udi scanned" udi=', DEV(f"(01)00643169{digits(6)}(17)2612{R.randint(10, 28)}(21){p.udi_sn}"),
                 " patient=", MRN(p.mrn), " implant_date=", DATE(fdate(p.admit, "iso")))
    k = R.randrange(3)
    if k == 0:
        return S(head, f'msg="broker reconnected" broker=tcp://10.30.2.14:1883 attempt={R.randint(1, 5)}')
    if k == 1:
        return S(head, f'msg="batch flushed" rows={R.randint(100, 5000)} took={R.randint(5, 900)}ms')
    return S(head.replace("level=info", "level=debug"), f'msg="heartbeat" gateways_online={R.randint(300, 900)} lag_ms={R.randint(1, 99)}')


def gen_kiosk(p, t, phi):
    head = f"{f_spring(t)} [{R.randint(3, 30)}] "
    if phi:
        k = R.randrange(4)
        if k == 0:
            return S(head, "INFO  CheckIn.FaceMatch - enrolled template for MRN ", MRN(p.mrn), " tpl=",
                     BIO(b64_random(FMR_HDR, R.randint(180, 360))), f" quality={R.randint(40, 99)}")
        if k == 1:
            pre = R.choice(["data:image/jpeg;base64,", ""])
            img = b64_random(JPEG_HDR, R.randint(300, 900))
            return S(head, "DEBUG CheckIn.Camera - captured photo for ", NAME(p.full), " photo=", PHOTO(pre + img),
                     f" ({R.randint(30, 90)}213 bytes, truncated)")
        if k == 2:
            return S(head, "DEBUG CheckIn.IdScan - PDF417 parsed: DAQ", LIC(p.dl), " DCS", NAME(translit(p.last).upper()),
                     " DAC", NAME(translit(p.first).upper()), " DBB", DATE(fdate(p.dob, "aamva")), " DAG",
                     ADDR(p.street.upper()), " DAI", ADDR(p.city.upper()), f" DAJ{p.state} DAK", ZIP(p.zip + "0000"),
                     f" DBA{R.randint(2025, 2030)}{p.dob.strftime('%m%d')}")
        return S(head, "INFO  CheckIn.Flow - identity verified via driver license ", LIC(p.dl), f" ({p.state}) for ",
                 NAME(p.lf), f" copay={R.choice(['0.00', '25.00', '40.00'])}")
    k = R.randrange(3)
    if k == 0:
        return S(head, f"INFO  CheckIn.Flow - session {uuid4()} ended reason=TIMEOUT after {R.randint(60, 180)}s")
    if k == 1:
        return S(head, f"WARN  CheckIn.Printer - label printer ZD421 status=PAPER_OUT serial=D2J{digits(6)}")
    return S(head, f"INFO  CheckIn.Update - version 4.{R.randint(1, 9)}.{R.randint(0, 30)} built 2023-11-0{R.randint(1, 9)} applied")


def gen_lab(p, t, phi):
    head = f"{f_spring(t)} LIS-IF "
    if phi:
        k = R.randrange(3)
        if k == 0:
            return S(head, "INFO  specimen received kit=", OID(p.kit), " patient=", NAME(nm_lf(p)), " mrn=", MRN(p.mrn),
                     " collected=", DATE(fdate(p.svc, "us")), f" accession=A24-{R.randint(100000, 999999)}")
        if k == 1:
            try:
                bad = p.dob.replace(month=p.dob.day, day=p.dob.month) if p.dob.day <= 12 and p.dob.day != p.dob.month else p.dob.replace(year=p.dob.year + 1)
            except ValueError:
                bad = p.dob.replace(year=p.dob.year + 1, day=28)
            return S(head, "WARN  demographic mismatch: order DOB ", DATE(fdate(bad, "iso")), " vs ADT DOB ",
                     DATE(fdate(p.dob, "us")), " for MRN ", MRN(p.mrn), f" (analyzer cobas-{R.randint(1, 4)})")
        if p is ALT["nhs"][0]:
            return S(head, "INFO  outside records linked NHS no. ", OID(ALT["nhs"][1]), " -> MRN ", MRN(p.mrn))
        if p is ALT["bsn"][0]:
            return S(head, "INFO  outside records linked BSN ", OID(ALT["bsn"][1]), " -> MRN ", MRN(p.mrn))
        return S(head, "INFO  critical value called to patient ", NAME(p.full), " at ", PHONE(fphone(p.cell, 1)),
                 f" by {R.choice(CLIN)} read-back=Y")
    k = R.randrange(3)
    if k == 0:
        return S(head, f"INFO  analyzer cobas-{R.randint(1, 4)} QC lot {R.randint(10000, 99999)} passed ({R.randint(2, 6)} levels)")
    if k == 1:
        return S(head, f"INFO  results batch {R.randint(1000, 9999)} sent: {R.randint(10, 300)} OBX to ORU_IN")
    return S(head, f"WARN  order A24-{R.randint(100000, 999999)} on hold: specimen hemolyzed")


def fhir_patient(p):
    d = {"resourceType": "Patient", "id": uuid4(),
         "meta": {"versionId": str(R.randint(1, 9)), "lastUpdated": f_isoz(rts())},
         "identifier": [{"system": "urn:oid:1.2.840.114350.1.13.482.2.7.5.737384.14", "value": MRN(p.mrn)},
                        {"system": "http://hl7.org/fhir/sid/us-ssn", "value": SSN(p.ssn)}],
         "name": [{"use": "official", "family": NAME(p.last), "given": [NAME(p.first)]}],
         "telecom": [{"system": "phone", "value": PHONE(fphone(p.phone, 1)), "use": "home"},
                     {"system": "email", "value": EMAIL(p.email)}],
         "gender": "female" if p.sex == "F" else "male", "birthDate": DATE(fdate(p.dob, "iso")),
         "address": [{"line": [ADDR(p.street)], "city": ADDR(p.city), "state": p.state, "postalCode": ZIP(p.zip)}]}
    return d


def gen_fhir(p, t, phi, as_obj=False):
    if phi:
        d = {"ts": f_isoz(t), "level": "debug", "logger": "ca.uhn.fhir.rest.server", "op": "create",
             "resource": fhir_patient(p)}
    else:
        d = {"ts": f_isoz(t), "level": "info", "logger": "ca.uhn.fhir.rest.server", "op": "search",
             "type": "Observation", "count": R.randint(0, 200), "ms": R.randint(4, 800)}
    if as_obj:
        return d
    return jser(d)


KINDS = {
    "spring": (gen_spring, "portal-web01", "/var/log/portal/portal-app.log", "portal:app"),
    "nginx": (gen_nginx, "portal-web01", "/var/log/nginx/access.log", "nginx:access"),
    "mirth": (gen_mirth, "hl7-bridge02", "/opt/mirth/logs/mirth.log", "mirth:server"),
    "pyjson": (gen_pyjson, "sched-api01", "/var/log/sched/scheduler.json", "_json"),
    "pino": (gen_pino, "notify01", "/var/log/notify/notify.log", "notify:pino"),
    "rails": (gen_rails, "intake01", "/srv/intake/shared/log/production.log", "rails:production"),
    "pg": (gen_pg, "ehr-db01", "/var/log/postgresql/postgresql-14-main.log", "postgresql"),
    "serilog": (gen_serilog, "billing-svc01", "/srv/billing/logs/billing-{d}.log", "billing:serilog"),
    "x12": (gen_x12, "edi-gw01", "/var/log/edi/elig-271.log", "edi:x12"),
    "fax": (gen_fax, "fax01", "/var/log/syslog", "syslog"),
    "parking": (gen_parking, "garage-ctl01", "/var/log/lpr/lpr.log", "lpr"),
    "rpm": (gen_rpm, "rpm-gw01", "/var/log/rpm/ingest.log", "rpm:logfmt"),
    "kiosk": (gen_kiosk, "kiosk-lobby02", "/ProgramData/StHedwig/CheckIn/logs/checkin.log", "kiosk:checkin"),
    "lab": (gen_lab, "lis01", "/var/log/lis/interface.log", "lis:iface"),
    "fhir": (gen_fhir, "fhir-api01", "/var/log/fhir/fhir-debug.json", "_json"),
}
TEXT_KINDS = ["spring", "mirth", "nginx", "rails", "pg", "serilog", "x12", "fax", "parking", "rpm", "kiosk", "lab"]
KIND_W = [8, 8, 4, 4, 4, 5, 4, 2, 3, 3, 4, 3]


class Deck:
    """Draws from a shuffled multiset, refilled when empty (even coverage of formats)."""

    def __init__(self, items, weights):
        self.items, self.weights, self.cur = items, weights, []

    def draw(self):
        if not self.cur:
            self.cur = [it for it, w in zip(self.items, self.weights) for _ in range(w)]
            R.shuffle(self.cur)
        return self.cur.pop()


KIND_DECK = Deck(TEXT_KINDS, KIND_W)


def kind_path(kind, t):
    path = KINDS[kind][2]
    if "{d}" in path:
        path = path.replace("{d}", t.strftime("%Y%m%d"))
    return path


def inner(kind, phi, t=None, p=None, ascii_only=False):
    gen = KINDS[kind][0]
    for _ in range(50):
        tt = t or rts()
        pp = p or (pick_ascii() if ascii_only else pick())
        segs = gen(pp, tt, phi)
        if ascii_only and not is_ascii(segs):
            continue
        if phi:
            assert has_phi(segs), kind
        else:
            assert not has_phi(segs), kind
        return segs
    raise RuntimeError("no ascii variant")


# ----------------------------------------------------------------------------
# outer tool output blocks
# ----------------------------------------------------------------------------
PROMPTS = [f"dwhitfield@dfir-ws02:/cases/{CASE}$ ", f"[rquintero@nga-sift01 {CASE}]$ ",
           f"sansforensics@siftworkstation: /cases/{CASE} $ ", f"mcho@nga-sift02:~/cases/{CASE}$ "]
PHI_P = 0.72  # chance a search hit carries PHI
LNO = {}


def prompt(cmd_segs, who=None):
    pr = who if who is not None else R.choice(PROMPTS)
    emit("shell-prompt", S(pr, cmd_segs))


def next_lno(path):
    n = LNO.get(path, R.randint(200, 4000))
    n += R.randint(1, 4000)
    LNO[path] = n
    return n


def want_phi():
    # steer towards ~45% of lines carrying PHI (search hits are the only adjustable part)
    if len(RECS) > 20:
        cur = sum(1 for r in RECS if r[2]) / len(RECS)
        p = min(0.97, max(0.15, PHI_P + 6 * (0.435 - cur)))
    else:
        p = PHI_P
    return R.random() < p


def pattern_for(kind):
    return {"spring": "-E 'patientId|ssn=|dob|PatientProfile|mrn'",
            "mirth": "-E '^(INFO|ERROR|DEBUG).*(PID|NK1|IN1|PV1)\\|'", "nginx": "-E 'mrn=|dob=|email=|pid='",
            "rails": "-E 'Parameters|Started POST'", "pg": "-E 'DETAIL|STATEMENT|birth_date'",
            "serilog": "-E 'guarantor|HAR|member|Statement'", "x12": "-E 'NM1\\*IL|DMG\\*|N3\\*'",
            "fax": "faxgw", "parking": "-E 'plate=|vin='", "rpm": "-E 'patient=|imei='",
            "kiosk": "-E 'MRN|DAQ|photo='", "lab": "-E 'mrn|MRN|DOB'"}[kind]


def block_grep(kind=None):
    kind = kind or KIND_DECK.draw()
    host = KINDS[kind][1]
    root = f"{EV}/{host}"
    t0 = day_times(R.randint(3, 8))
    path = root + kind_path(kind, t0[0])
    if R.random() < 0.3 and kind in ("spring", "mirth", "rails", "pg", "lab"):
        path += f".{R.randint(1, 3)}"
    if R.random() < 0.8:
        prompt(S(f"grep -rn {pattern_for(kind)} {root}{os.path.dirname(kind_path(kind, t0[0]))}/"))
    for t in t0:
        segs = inner(kind, want_phi(), t)
        emit(f"grep-rn:{kind}", S(f"{path}:{next_lno(path)}:", segs))
    r = R.random()
    if r < 0.25:
        emit("grep-rn:msg", S(f"grep: {root}/var/crash/core.java.{R.randint(1000, 30000)}: binary file matches"))
    elif r < 0.4:
        emit("grep-rn:msg", S(f"grep: {root}/var/lib/private/{R.choice(['systemd', 'docker', 'mysql'])}: Permission denied"))


def docker_wrap(segs, t):
    esc = json_esc(False, go=True)
    return S('{"log":"', mapseg(segs, esc), '\\n","stream":"stdout","time":"', f_docker(t), '"}')


def block_grep_docker():
    cid = hexs(64)
    path = f"{EV}/notify01/var/lib/docker/containers/{cid}/{cid}-json.log"
    prompt(S(f"grep -rn -E 'patientName|patientId|\"to\"' {EV}/notify01/var/lib/docker/containers/ | cut -c1-3500"))
    for t in day_times(R.randint(2, 5)):
        segs = inner("pino", want_phi(), t)
        emit("grep-rn:docker-json", S(f"{path}:{next_lno(path)}:", docker_wrap(segs, t)))


def block_rg(kind=None):
    kind = kind or KIND_DECK.draw()
    host = KINDS[kind][1]
    root = f"{EV}/{host}"
    times = day_times(R.randint(3, 7))
    path = root + kind_path(kind, times[0])
    col = R.random() < 0.35
    pat = pattern_for(kind).replace("-E ", "")
    if R.random() < 0.3:
        pat = "-i " + pat
    prompt(S(f"rg -n{' --column' if col else ''} --no-heading {pat} {root}/"))
    for t in times:
        segs = inner(kind, want_phi(), t)
        c = f"{R.randint(1, 120)}:" if col else ""
        emit(f"rg:{kind}", S(f"{path}:{next_lno(path)}:{c}", segs))


def block_rg_heading():
    kind = R.choice(["spring", "mirth", "serilog", "rpm", "kiosk", "lab"])
    host = KINDS[kind][1]
    times = day_times(R.randint(3, 6))
    path = f"{EV}/{host}" + kind_path(kind, times[0])
    prompt(S(f"rg -n --heading -i 'patient|mrn' {path}"))
    emit("rg-heading:path", S(path))
    for t in times:
        segs = inner(kind, want_phi(), t)
        emit(f"rg-heading:{kind}", S(f"{next_lno(path)}:", segs))


def first_phi_index(segs):
    for i, (t, c) in enumerate(segs):
        if c:
            return i
    return None


def block_rg_json():
    kind = R.choice(["spring", "mirth", "pg", "rails", "kiosk", "rpm", "lab", "x12"])
    host = KINDS[kind][1]
    times = day_times(R.randint(2, 4))
    path = f"{EV}/{host}" + kind_path(kind, times[0])
    esc = json_esc(False)
    jpath = json.dumps(path, ensure_ascii=False)
    prompt(S(f"rg --json -e '[0-9]{{3}}-?[0-9]{{2}}-?[0-9]{{4}}' -e 'MRN|mrn' {path} | tee -a rg-{host}.jsonl"))
    emit("rg-json:begin", S('{"type":"begin","data":{"path":{"text":' + jpath + "}}}"))
    off = R.randint(10**6, 10**8)
    nlines = 0
    pbytes = 0
    for t in times:
        phi = want_phi()
        segs = inner(kind, phi, t)
        raw = plain(segs).encode()
        i = first_phi_index(segs)
        if i is not None:
            st = len("".join(x for x, _ in segs[:i]).encode())
            mt = segs[i][0]
            sub = S('{"match":{"text":"', Phi(esc(mt), segs[i][1]), '"},"start":', str(st), ',"end":', str(st + len(mt.encode())), "}")
        else:
            txt = plain(segs)
            w = next((w for w in ("patient", "MRN", "mrn", "PID", "INFO", "LOG") if w in txt), txt[:4])
            st = len(txt[:txt.index(w)].encode())
            sub = S('{"match":{"text":"' + w + '"},"start":' + str(st) + ',"end":' + str(st + len(w)) + "}")
        off += R.randint(1000, 10**6)
        ln = next_lno(path)
        segsj = S('{"type":"match","data":{"path":{"text":' + jpath + '},"lines":{"text":"', mapseg(segs, esc),
                  '\\n"},"line_number":' + str(ln) + ',"absolute_offset":' + str(off) + ',"submatches":[', sub, "]}}")
        emit(f"rg-json:{kind}", segsj)
        nlines += 1
        pbytes += len(raw) + 200
    el = R.randint(100000, 9000000)
    emit("rg-json:end", S('{"type":"end","data":{"path":{"text":' + jpath + '},"binary_offset":null,"stats":{"elapsed":{"secs":0,"nanos":'
                          + str(el) + ',"human":"' + f"{el / 1e9:.6f}s" + '"},"searches":1,"searches_with_match":1,"bytes_searched":'
                          + str(R.randint(10**7, 10**9)) + ',"bytes_printed":' + str(pbytes) + ',"matched_lines":' + str(nlines)
                          + ',"matches":' + str(nlines) + "}}}"))


def block_rg_color():
    kind = R.choice(["spring", "pg", "serilog", "rails"])
    host = KINDS[kind][1]
    times = day_times(R.randint(2, 3))
    path = f"{EV}/{host}" + kind_path(kind, times[0])
    prompt(S(f"script -q -c \"rg -n --color=always 'ssn|SSN|card' {EV}/{host}/\" /cases/{CASE}/typescript-{host}"))
    for t in times:
        phi = R.random() < 0.7
        segs = inner(kind, phi, t)
        out = []
        hit = False
        for tx, c in segs:
            if c and not hit:
                out += [("\x1b[0m\x1b[1m\x1b[31m", None), (tx, c), ("\x1b[0m", None)]
                hit = True
            else:
                out.append((tx, c))
        emit(f"rg-color:{kind}", S(f"\x1b[0m\x1b[35m{path}\x1b[0m:\x1b[0m\x1b[32m{next_lno(path)}\x1b[0m:", out))


def block_zgrep(kind=None):
    kind = kind or R.choice(["nginx", "nginx", "mirth", "spring", "pyjson"])
    host = KINDS[kind][1]
    base = f"{EV}/{host}" + KINDS[kind][2]
    rots = sorted(R.sample(range(2, 15), R.randint(1, 3)))
    with_n = R.random() < 0.6
    pat = {"nginx": "-E 'mrn=|dob=|email=|/messages'", "mirth": "'PID|'", "spring": "-E 'patientId|ssn='",
           "pyjson": "-E 'patient_id|mrn'"}[kind]
    files = f"{base}.{rots[0]}.gz" if len(rots) == 1 else f"{base}.{{{','.join(map(str, rots))}}}.gz"
    prompt(S(f"zgrep {'-n ' if with_n else '-H '}{pat} {files}"))
    for r in rots:
        path = f"{base}.{r}.gz"
        for t in day_times(R.randint(1, 3)):
            phi = want_phi()
            segs = inner(kind, phi, t)
            pre = f"{path}:{next_lno(path)}:" if with_n else f"{path}:"
            emit(f"zgrep:{kind}", S(pre, segs))


def block_zgrep_c():
    kind = R.choice(["nginx", "mirth", "spring"])
    host = KINDS[kind][1]
    base = f"{EV}/{host}" + KINDS[kind][2]
    prompt(S(f"zgrep -c -E '[0-9]{{3}}-[0-9]{{2}}-[0-9]{{4}}|mrn=' {base}.*.gz"))
    for r in range(2, 2 + R.randint(3, 6)):
        emit("zgrep-c", S(f"{base}.{r}.gz:{R.choice([0, 0, R.randint(1, 3000)])}"))


CORE_JUNK = ["GLIBC_2.2.5", "libjvm.so", "java/lang/String", "Ljava/util/HashMap;", "AWAVAUATUSH", "[]A\\A]A^A_",
             "jdk.internal.misc.Unsafe", "HikariPool-1 housekeeper", "org.springframework.web.servlet.DispatcherServlet",
             "%04d-%02d-%02d", "0123456789abcdef", "SHA256withRSA", "1.2.840.113549.1.1.11",
             "Lorg/hibernate/engine/spi/SharedSessionContractImplementor;", "-Xmx4g", "-XX:+HeapDumpOnOutOfMemoryError",
             "JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64", "spring.datasource.url=jdbc:postgresql://10.40.2.21:5432/ehr",
             "build.time=2023-11-02T17:44:12Z", "t$(H", "D$0H", "u+UH", "/proc/self/maps", ".shstrtab",
             "Accept-Encoding: gzip, deflate, br", "Host: mychart.sthedwig-rmc.org", "Connection: keep-alive",
             "Content-Type: application/json;charset=UTF-8", "jdbc:postgresql://10.40.2.21:5432/ehr?ssl=true",
             "X-Request-ID: ", "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]


def core_fragment(p, phi):
    if not phi:
        j = R.choice(CORE_JUNK)
        if j == "X-Request-ID: ":
            j += uuid4()
        if R.random() < 0.15:
            j = f"Authorization: Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6I{hexs(6)}In0.eyJzdWIiOiJzdmMt{hexs(20)}"
        if R.random() < 0.1:
            j = f"Cookie: MyChartSession={hexs(40).upper()}; AWSALB={base64.b64encode(bytes(R.randrange(256) for _ in range(24))).decode()}"
        return S(j)
    k = R.randrange(8)
    if k == 0:
        return S("PatientProfile(mrn=", MRN(p.mrn), ", firstName=", NAME(p.first), ", lastName=", NAME(p.last), ", dob=",
                 DATE(fdate(p.dob, "iso")), ", ssn=", SSN(p.ssn), ", email=", EMAIL(p.email))
    if k == 1:
        return S("select p1_0.mrn,p1_0.last_name from patient p1_0 where p1_0.ssn='", SSN(p.ssn), "'")
    if k == 2:
        return S('{"patientId":"', MRN(p.mrn), '","dob":"', DATE(fdate(p.dob, "iso")), '","memberId":"', HP(p.member), '"')
    if k == 3:
        return S("X-Forwarded-For: ", IP(p.ip))
    if k == 4:
        return S(OID(p.user))
    if k == 5:
        return S(EMAIL(p.email))
    if k == 6:
        return S("GET /MyChart/api/records/download?mrn=", MRN(p.mrn), "&format=pdf HTTP/1.1")
    return S("Referer: ", URL(p.portal_url))


def swap_fragment(p, phi):
    if not phi:
        return S(R.choice(["PID|1||^^^SHRMC^MR", "MSH|^~\\&|EPIC|SHRMC|MIRTH|SHRMC|" + rts().strftime("%Y%m%d%H%M%S") + "||ADT^A08|MSG" + digits(8) + "|P|2.5.1",
                           "LANG=en_US.UTF-8", "/opt/mirth/appdata/mirthdb", "mirth.keystore", "com.mirth.connect.donkey",
                           "GLIBC_2.14", "UH-0", "ATUSH", "0000000000000000", "eth0", "/lib/x86_64-linux-gnu/libc.so.6",
                           f"ACK^A08|{digits(8)}|P|2.5.1", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)",
                           f"sshd: {INV[0][2]} [priv]", "HISTFILE=/root/.bash_history"]))
    k = R.randrange(7)
    if k == 0:
        return S("PID|1||", MRN(p.mrn), "^^^SHRMC^MR||", NAME(p.last.upper()), "^", NAME(p.first.upper()), "||",
                 DATE(fdate(p.dob, "hl7")), f"|{p.sex}")
    if k == 1:
        return S("NK1|1|", NAME(p.ec[1].upper()), "^", NAME(p.ec[0].upper()), f"|{p.ec[2][0]}^{p.ec[2][1]}^HL70063||", PHONE(fphone(p.ec_phone, 5)))
    if k == 2:
        return S("IN1|1|||", p.payer[0], "||||", p.group, "||||||||", NAME(p.last.upper()), "^", NAME(p.first.upper()), "|SEL|",
                 DATE(fdate(p.dob, "hl7")))
    if k == 3:
        return S("data:image/jpeg;base64,", PHOTO(b64_random(JPEG_HDR, R.randint(250, 700))))
    if k == 4:
        return S("ssn=", SSN(p.ssn), "&dob=", DATE(fdate(p.dob, "us")))
    if k == 5:
        return S(ADDR(p.street.upper()), "^^", ADDR(p.city.upper()), f"^{p.state}^", ZIP(p.zip))
    return S("card_number=", ACCT(p.card), "&exp=0", str(R.randint(1, 9)), "27")


def block_strings(core=None):
    if core is None:
        core = R.random() < 0.55
    if core:
        host = R.choice(["portal-web01", "ehr-app03"])
        f = f"{EV}/{host}/var/crash/core.java.{R.randint(1000, 30000)}"
        filt = "grep -E 'mrn|ssn|dob|Patient|@|X-Forwarded|Referer|[0-9]{3}-[0-9]{2}-[0-9]{4}'"
    else:
        host = "hl7-bridge02"
        f = f"/cases/{CASE}/images/hl7-bridge02-swap.raw"
        filt = "grep -E 'PID\\||NK1|IN1|base64|ssn=|\\^\\^'"
    if R.random() < 0.5:
        prompt(S(f"strings -t d -n 6 {f} | {filt} | head -n 40"))
    else:
        prompt(S(f"strings -t d {f} | sed -n '{R.randint(1000, 90000)},+12p'"))
    off = R.randint(10**5, 10**9)
    for _ in range(R.randint(4, 9)):
        phi = R.random() < 0.55
        p = pick_ascii()
        fr = core_fragment(p, phi) if core else swap_fragment(p, phi)
        off += R.randint(16, 90000)
        emit("strings-core" if core else "strings-swap", S(f"{off:7d} ", fr))


BE_VER = "2.0.3"


def be_escape_bytes(b):
    out = []
    for x in b:
        if x == 0x5C or x < 0x20 or x > 0x7E:
            out.append("\\x%02X" % x)
        else:
            out.append(chr(x))
    return "".join(out)


def be_context(segs, idx, w=16):
    """Context window around segs[idx], PHI segments kept whole, plain cut by bytes."""
    left = []
    room = w
    for t, c in reversed(segs[:idx]):
        b = t.encode()
        if c:
            if len(b) <= room + 8:
                left.insert(0, (be_escape_bytes(b), c))
                room -= len(b)
                continue
            break
        take = b[-room:] if room > 0 else b""
        if take:
            left.insert(0, (be_escape_bytes(take), None))
        room -= len(take)
        if room <= 0:
            break
    right = []
    room = w
    for t, c in segs[idx + 1:]:
        b = t.encode()
        if c:
            if len(b) <= room + 8:
                right.append((be_escape_bytes(b), c))
                room -= len(b)
                continue
            break
        take = b[:room] if room > 0 else b""
        if take:
            right.append((be_escape_bytes(take), None))
        room -= len(take)
        if room <= 0:
            break
    t, c = segs[idx]
    return left + [(be_escape_bytes(t.encode()), c)] + right


def be_header(rec, img):
    emit("bulk_extractor:header", S("# BANNER FILE NOT PROVIDED (-b option)"))
    emit("bulk_extractor:header", S(f"# BULK_EXTRACTOR-Version: {BE_VER}"))
    emit("bulk_extractor:header", S(f"# Feature-Recorder: {rec}"))
    emit("bulk_extractor:header", S(f"# Filename: {img}"))
    emit("bulk_extractor:header", S("# Feature-File-Version: 1.1"))


def be_source(cat):
    """Return segs with a PHI feature of category cat, plus raw bytes-ish around (with \\r\\n)."""
    p = pick()
    if cat == "email":
        opts = [S('"email":"', EMAIL(p.email), '","homePhone":"', PHONE(fphone(p.phone, 1)), '"'),
                S("To: ", NAME(p.full), " <", EMAIL(p.email), ">\r\nSubject: Your test results are ready\r\n"),
                S("^NET^Internet^", EMAIL(p.email), "|||S||", ACCT(p.har))]
    elif cat == "phone":
        opts = [S("||", PHONE(fphone(p.phone, 5)), "^PRN^PH~^NET^Internet^", EMAIL(p.email), "|"),
                S('"phone":"', PHONE(fphone(p.cell, 1)), '","patientName":"', NAME(p.full), '"'),
                S("To: ", NAME(p.full), " Fax: ", FAX(fphone(p.fax or p.phone, 0)), "\r\nRe: records")]
    elif cat == "account":
        opts = [S("card_number=", ACCT(p.card), "&exp=0", str(R.randint(1, 9)), "27&zip=", ZIP(p.zip)),
                S('"pan":"', ACCT(p.card), '","holder":"', NAME(p.guar.upper()), '"')]
    else:  # url
        opts = [S("Referer: ", URL(p.portal_url), "\r\nCookie: MyChartSession=", hexs(16).upper()),
                S('"link":"', URL(f"https://mychart.sthedwig-rmc.org/MyChart/u/{p.user}/reset?t={hexs(24)}"), '"')]
    return R.choice(opts), p


def block_bulk(rec=None):
    rec = rec or R.choice(["email", "email", "telephone", "ccn", "url"])
    img = R.choice([f"/cases/{CASE}/images/hl7-bridge02-swap.raw", f"/cases/{CASE}/images/portal-web01-sda.E01",
                    f"/cases/{CASE}/images/ehr-app03-vg0-swap.raw"])
    prompt(S(f"head -n 14 /cases/{CASE}/be/{os.path.basename(img).split('.')[0]}/{rec}.txt"))
    if R.random() < 0.7:
        be_header(rec, img)
    cat = {"email": "email", "telephone": "phone", "ccn": "account", "url": "url"}[rec]
    off = R.randint(10**6, 10**8)
    for _ in range(R.randint(4, 8)):
        off += R.randint(500, 5 * 10**7)
        o = str(off)
        if R.random() < 0.2:
            o += f"-GZIP-{R.randint(100, 90000)}"
        if R.random() < 0.5:
            src, p = be_source(cat)
            idx = next(i for i, (t, c) in enumerate(src) if c == cat or (cat == "phone" and c == "fax"))
            feat = src[idx]
            ctx = be_context(src, idx)
            emit(f"bulk_extractor:{rec}", S(o, "\t", (be_escape_bytes(feat[0].encode()), feat[1]), "\t", ctx))
        else:
            # look-alike features: system emails, company phones, non-person URLs, test card-like numbers
            if rec == "email":
                f = R.choice(SYS_EMAIL + [INV[0][1], INV[1][1], "tomcat@portal-web01", f"{R.choice(CLIN_USER)}@sthedwig-rmc.org"])
                ctx = be_escape_bytes(f"From: <{f}>\r\nX-Mailer: ".encode())
            elif rec == "telephone":
                f, lbl = R.choice([("(419) 555-0100", "St. Hedwig Main Desk: "), ("(419) 555-0109", "HIM Release of Info Fax: "),
                                   ("800-555-0164", "Member Services "), ("(888) 555-0131", "Nurse Line 24/7 ")])
                pre = lbl.encode()[-16:]
                post = R.choice([b"\r\nwww.sthedwig-rmc.org", b" option 2\x00\x00\x00\x00\x00", b"\r\n\r\nThis message"])[:16]
                ctx = be_escape_bytes(pre + f.encode() + post)
            elif rec == "ccn":
                f = R.choice(["4111111111111111", "5555555555554444", "4242424242424242"])
                ctx = be_escape_bytes(f"test_card={f}&env=uat\x00\x00".encode())
            else:
                f = R.choice(["https://mychart.sthedwig-rmc.org/MyChart/", "http://ocsp.digicert.com",
                              "https://hooks.slack.com/services/T0/B0/xyz", "http://www.w3.org/2001/XMLSchema-instance",
                              "https://api.twilio.com/2010-04-01/Accounts"])
                ctx = be_escape_bytes(f'href="{f}"\x00\x00\x01\x00'.encode())
            emit(f"bulk_extractor:{rec}", S(o, "\t", f, "\t", ctx))


def block_bulk_hist():
    prompt(S(f"sort -t= -k2 -nr /cases/{CASE}/be/hl7-bridge02-swap/email_histogram.txt | head -n 8"))
    rows = []
    for f in SYS_EMAIL[:4]:
        rows.append((R.randint(200, 9000), S(f)))
    for _ in range(R.randint(3, 5)):
        p = pick()
        rows.append((R.randint(1, 120), S(EMAIL(p.email))))
    rows.sort(key=lambda x: -x[0])
    for n, s in rows:
        u = f"\t(utf16={R.randint(1, 9)})" if R.random() < 0.3 else ""
        emit("bulk_extractor:histogram", S(f"n={n}\t", s, u))


def block_jq():
    kind = R.choice(["pyjson", "pino", "pino", "fhir", "clef"])
    times = day_times(R.randint(3, 6))
    if kind == "pyjson":
        path = f"{EV}/sched-api01/var/log/sched/scheduler.json"
        prompt(S(f"jq -c 'select(.name|startswith(\"sched.\"))' {path}"))
    elif kind == "pino":
        cid = hexs(64)
        path = f"{EV}/notify01/var/lib/docker/containers/{cid}/{cid}-json.log"
        prompt(S(f"jq -c '.log|fromjson? // empty' {path} | grep -v '\"level\":20'"))
    elif kind == "fhir":
        path = f"{EV}/fhir-api01/var/log/fhir/fhir-debug.json"
        prompt(S(f"jq -c 'select(.op==\"create\" or .op==\"search\")' {path}"))
    else:
        path = f"{EV}/billing-svc01/srv/billing/logs/billing-clef-{times[0].strftime('%Y%m%d')}.json"
        prompt(S(f"jq -c 'select(.\"@l\"==\"Error\" or .\"@mt\"|test(\"Refund|Card\"))' {path}"))
    arr = R.random() < 0.3 and kind in ("pyjson", "pino")
    if arr:
        RECS.pop()  # analyst replaced the command by an array projection
        prompt(S(f"jq -c '[input_filename, .time // .asctime, .msg // .message, .patientId // .patient_id // .mrn]' {path}"))
    for t in times:
        phi = want_phi()
        p = pick()
        if kind == "pyjson":
            d = gen_pyjson(p, t, phi, as_obj=True)
        elif kind == "pino":
            d = gen_pino(p, t, phi, as_obj=True)
        elif kind == "fhir":
            d = gen_fhir(p, t, phi, as_obj=True)
        else:
            d = clef(p, t, phi)
        if arr:
            ts = d.get("time", d.get("asctime"))
            msg = d.get("msg", d.get("message"))
            idv = d.get("patientId", d.get("patient_id", d.get("mrn")))
            if idv is None and isinstance(d.get("patient"), dict):
                idv = None
            d = [path, ts, msg, idv]
        emit(f"jq-c:{kind}", jser(d))


def clef(p, t, phi):
    base = {"@t": utc(t).strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}0Z"}
    if phi:
        k = R.randrange(3)
        if k == 0 and p is ALT["iban"][0]:
            return dict(base, **{"@mt": "Refund issued to {Guarantor} via SEPA {Iban}", "@l": "Information",
                                 "Guarantor": NAME(p.guar), "Iban": ACCT(ALT["iban"][1]), "Amount": round(R.uniform(20, 900), 2),
                                 "SourceContext": "Billing.Refunds.RefundService"})
        if k <= 1:
            return dict(base, **{"@mt": "Card authorization failed for {Guarantor} card {CardNumber}", "@l": "Error",
                                 "Guarantor": NAME(p.guar), "CardNumber": ACCT(p.card), "Har": ACCT(p.har),
                                 "GatewayCode": "05", "SourceContext": "Billing.Payments.CardService"})
        return dict(base, **{"@mt": "Statement address updated for {Account}", "@l": "Information", "Account": ACCT(p.har),
                             "Address": {"Street": ADDR(p.street), "City": ADDR(p.city), "State": p.state, "Zip": ZIP(p.zip)},
                             "SourceContext": "Billing.Statements.AddressSync"})
    return dict(base, **{"@mt": "Nightly batch {BatchId} posted {Count} charges", "@l": "Information",
                         "BatchId": t.strftime("%Y%m%d"), "Count": R.randint(800, 4000),
                         "SourceContext": "Billing.Batch.NightlyPost"})


def block_splunk():
    kinds = R.sample(["spring", "mirth", "nginx", "serilog", "rpm", "kiosk", "parking", "fax", "lab", "rails"], 3)
    q = " OR ".join(f"sourcetype={KINDS[k][3]}" for k in kinds)
    fn = f"/cases/{CASE}/splunk/export_{R.randint(1710400000, 1711100000)}_{R.randint(10000, 99999)}.csv"
    prompt(S(f"head -n 9 {fn}"))
    emit("splunk-csv:header", S('"_time","_raw",host,source,sourcetype'))
    rows = []
    for _ in range(R.randint(4, 8)):
        k = R.choice(kinds)
        t = rts()
        rows.append((t, k))
    rows.sort(key=lambda x: x[0], reverse=True)
    for t, k in rows:
        segs = inner(k, want_phi(), t)
        host = KINDS[k][1]
        src = KINDS[k][2] if k != "kiosk" else "C:\\ProgramData\\StHedwig\\CheckIn\\logs\\checkin.log"
        if "{d}" in src:
            src = kind_path(k, t)
        emit(f"splunk-csv:{k}", S(f'"{f_splunk(t)}","', mapseg(segs, csv_dbl), f'","{host}","{csv_dbl(src)}","{KINDS[k][3]}"'))


JD_PHI = {"hl7-bridge02": [0, 1, 2, 3], "sched-api01": [0, 1, 3], "notify01": [4]}
JD_NOPHI = {"hl7-bridge02": [0, 1, 2, 3, 4, 5], "sched-api01": [0, 1, 2, 3, 4], "notify01": [0, 1, 2, 3, 6, 6]}
JD_UNITS = {"hl7-bridge02": "-u mcserver -u patient-sync", "sched-api01": "-u patient-sync", "notify01": "-u notify"}


def jd_message(host, phi, t):
    """returns (ident, segs) for journald lines"""
    p = pick()
    if phi:
        k = R.choice(JD_PHI[host])
        if k == 0:
            return "patient-sync", S("INFO:patient_sync:upsert ok mrn=", MRN(p.mrn), " name='", NAME(p.lf), "' dob=",
                                     DATE(fdate(p.dob, "iso")), " src=ADT^A08")
        if k == 1:
            return "patient-sync", S("WARNING:patient_sync:merge candidate ", MRN(p.mrn), " <-> ", MRN(f"00{R.randint(100000, 999999)}"),
                                     " same ssn=", SSN(p.ssn), " different dob (", DATE(fdate(p.dob, "iso")), ")")
        if k == 2:
            return "mcserver", S(mirth_head(t, "INFO", "ADT_IN"), hl7_seg("PID", {1: "1", 3: S(MRN(p.mrn), "^^^SHRMC^MR"),
                                 5: S(NAME(p.last.upper()), "^", NAME(p.first.upper())), 7: S(DATE(fdate(p.dob, "hl7"))),
                                 13: S(PHONE(fphone(p.phone, 5)))}))
        if k == 3:
            ag = p if p.age > 89 else next(x for x in PEEPS if x.age > 89)
            return "patient-sync", S("INFO:patient_sync:geriatric flag set mrn=", MRN(ag.mrn), " age=", AGE(ag.age),
                                     " county=", ADDR(ag.county))
        return "notify", jser(gen_pino(p, t, True, as_obj=True))
    k = R.choice(JD_NOPHI[host])
    if k == 0:
        return "sshd", S(f"Accepted publickey for {R.choice(INV)[2]} from 10.8.0.{R.randint(2, 40)} port {R.randint(40000, 65000)} ssh2: ED25519 SHA256:{base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode().rstrip('=')}")
    if k == 1:
        return "CRON", S("(root) CMD (/usr/local/bin/logrotate-hl7.sh >/dev/null 2>&1)")
    if k == 2:
        return "systemd", S(R.choice(["Started Daily apt download activities.", "Starting Rotate log files...",
                                      "logrotate.service: Deactivated successfully.", "Started Session 412 of User dwhitfield."]))
    if k == 3:
        return "kernel", S(f"EXT4-fs (dm-{R.randint(0, 3)}): mounted filesystem {uuid4()} r/w with ordered data mode. Quota mode: none.")
    if k == 4:
        return "patient-sync", S(f"INFO:patient_sync:cycle done upserts={R.randint(10, 900)} merges={R.randint(0, 5)} took={R.uniform(1, 60):.2f}s")
    if k == 5:
        return "mcserver", S(mirth_head(t, "INFO", "ADT_IN"), f"ACK sent MSA|AA|MSG{R.randint(10**7, 10**8)}")
    return "notify", jser(gen_pino(p, t, False, as_obj=True))


def block_journal():
    host = R.choice(["hl7-bridge02", "sched-api01", "notify01"])
    since = rts()
    prompt(S(f"journalctl -D {EV}/{host}/var/log/journal -o short-iso --since '{since.strftime('%Y-%m-%d')}' {JD_UNITS[host]} -u ssh -u cron | head -n 12"))
    if R.random() < 0.35:
        a = since - dt.timedelta(days=R.randint(1, 20))
        emit("journalctl:header", S(f"-- Journal begins at {DOW[a.weekday()]} {a.strftime('%Y-%m-%d %H:%M:%S')} EST, ends at Thu 2024-03-14 {R.randint(10, 17)}:{R.randint(10, 59)}:{R.randint(10, 59)} EDT. --"))
    times = sorted(rts(since, since + dt.timedelta(hours=20)) for _ in range(R.randint(4, 9)))
    pids = {}
    for t in times:
        ident, segs = jd_message(host, want_phi(), t)
        pid = pids.setdefault(ident, R.randint(300, 40000))
        if ident == "kernel":
            head = f"{f_jd(t)} {host} kernel: "
        elif ident == "sshd":
            head = f"{f_jd(t)} {host} sshd[{R.randint(1000, 60000)}]: "
        elif ident == "systemd":
            head = f"{f_jd(t)} {host} systemd[1]: "
        else:
            head = f"{f_jd(t)} {host} {ident}[{pid}]: "
        emit(f"journalctl:{ident}", S(head, segs))


def inv_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)


INV_CLOCK = [INV_T0]


def inv_tick(sec=(1, 400)):
    INV_CLOCK[0] += dt.timedelta(seconds=R.randint(*sec), microseconds=R.randrange(10**6))
    return INV_CLOCK[0]


def block_sweep():
    host = R.choice(["portal-web01", "hl7-bridge02", "ehr-db01", "billing-svc01", "notify01", "kiosk-lobby02", "lis01", "rpm-gw01"])
    who = R.choice(INV)
    prompt(S(f"python3 /cases/{CASE}/tools/phi_sweep.py --host {host} --root {EV}/{host} --rules rules/v3.2.yml --out hits/{host}.csv -v"))
    emit("sweep-script", S(f"{inv_ts(inv_tick())} INFO  [phi_sweep] run started by {who[0]} <{who[1]}> case={CASE} rules=v3.2 ({R.randint(30, 60)} patterns) host={host}"))
    kinds = [k for k, v in KINDS.items() if v[1] == host] or ["spring"]
    for _ in range(R.randint(3, 7)):
        k = R.choice(kinds)
        t = rts()
        path = KINDS[k][2].replace("{d}", t.strftime("%Y%m%d"))
        r = R.random()
        if r < 0.4:
            hs = {x: R.randint(0, 900) for x in R.sample(["ssn", "mrn", "dob", "email", "phone", "member_id", "card"], 3)}
            tot = sum(hs.values())
            emit("sweep-script", S(f"{inv_ts(inv_tick())} INFO  [phi_sweep] {EV}/{host}{path} size={R.randint(10**6, 2 * 10**9)} inode={R.randint(10**5, 9 * 10**6)} "
                                   f"sha256={sha256_of(path + str(R.random()))[:16]}... hits={tot} (" + " ".join(f"{a}={b}" for a, b in hs.items()) + ")"))
        elif r < 0.75:
            segs = inner(k, True, t)
            i = first_phi_index(segs)
            cat = segs[i][1]
            rule = {"ssn": "ssn_dash", "mrn": "mrn_8d", "date": "date_ctx", "email": "email", "phone": "nanp_phone",
                    "name": "name_ctx", "account": "acct_num", "health_plan": "member_id", "address": "street_ctx",
                    "zip": "zip_ctx", "ip": "xff_ip", "fax": "nanp_phone", "url": "portal_url", "device": "device_sn",
                    "license": "dl_ctx", "vehicle": "plate_ctx", "other_id": "username_ctx", "biometric": "b64_blob",
                    "photo": "b64_blob", "age": "age_gt89"}[cat]
            val = segs[i][0]
            if len(val) > 80:
                val = val[:80]
            emit("sweep-script", S(f"{inv_ts(inv_tick((0, 3)))} DEBUG [phi_sweep] hit {path}:{R.randint(100, 90000)} rule={rule} match='",
                                   Phi(val, cat), "'"))
        elif r < 0.85:
            emit("sweep-script", S(f"{inv_ts(inv_tick())} WARNING [phi_sweep] skipped {EV}/{host}/var/crash/core.java.{R.randint(1000, 30000)} "
                                   f"(binary, {R.randint(10**8, 4 * 10**9)} bytes) -> queued for strings/bulk_extractor"))
        else:
            p = pick()
            emit("sweep-script", S(f"{inv_ts(inv_tick((0, 5)))} INFO  [dedupe] new patient mrn=", MRN(p.mrn),
                                   f" first_seen={path}:{R.randint(100, 90000)} (unique so far: {R.randint(40, 900)})"))
    emit("sweep-script", S(f"{inv_ts(inv_tick())} INFO  [phi_sweep] host={host} done files={R.randint(800, 40000)} bytes={R.randint(10**9, 9 * 10**10)} "
                           f"hits={R.randint(5000, 40000)} unique_mrn={R.randint(10, 900)} elapsed={R.uniform(60, 4000):.1f}s report=hits/{host}.csv"))


def block_hits_csv():
    host = R.choice(["portal-web01", "hl7-bridge02", "ehr-db01", "billing-svc01"])
    prompt(S(f"head -n 7 hits/{host}.csv"))
    emit("hits-csv:header", S("host,path,line,rule,match,scanned_at"))
    kinds = [k for k, v in KINDS.items() if v[1] == host]
    for _ in range(R.randint(3, 6)):
        k = R.choice(kinds)
        t = rts()
        segs = inner(k, True, t)
        i = first_phi_index(segs)
        val, cat = segs[i]
        if len(val) > 80 or "," in val or '"' in val:
            mid = S('"', Phi(val.replace('"', '""'), cat), '"') if len(val) <= 200 else S('"<blob>"')
        else:
            mid = S(Phi(val, cat))
        rule = {"ssn": "ssn_dash", "mrn": "mrn_8d", "date": "date_ctx", "email": "email", "phone": "nanp_phone",
                "name": "name_ctx", "account": "acct_num", "health_plan": "member_id", "address": "street_ctx"}.get(cat, cat)
        st = inv_tick((0, 2))
        emit("hits-csv:row", S(f"{host},{KINDS[k][2].replace('{d}', t.strftime('%Y%m%d'))},{R.randint(100, 90000)},{rule},", mid,
                               f",{(st + dt.timedelta(hours=4)).strftime('%Y-%m-%dT%H:%M:%SZ')}"))


def block_notify_csv():
    prompt(S(f"head -n 6 /cases/{CASE}/notify/batch_0{R.randint(1, 6)}.csv"))
    emit("notify-csv:header", S("mrn,patient_name,street,city,state,zip,email,first_exposure,sources"))
    for _ in range(R.randint(3, 5)):
        p = pick()
        first = rts()
        emit("notify-csv:row", S(MRN(p.mrn), ',"', NAME(p.lf.replace('"', '""')), '",', ADDR(p.street), ",", ADDR(p.city), f",{p.state},",
                                 ZIP(p.zip), ",", EMAIL(p.email), f",{first.strftime('%Y-%m-%d')},{R.randint(1, 9)}"))


def block_hashes():
    r = R.random()
    if r < 0.4:
        prompt(S(f"sha256sum /cases/{CASE}/images/*"))
        for img in ["portal-web01-sda.E01", "hl7-bridge02-swap.raw", "ehr-app03-vg0-swap.raw", "ehr-db01-pglogs.tar.gz", "kiosk-lobby02-C.E01"][:R.randint(2, 5)]:
            emit("sha256sum", S(f"{sha256_of(img)}  /cases/{CASE}/images/{img}"))
    elif r < 0.75:
        host = R.choice(["portal-web01", "hl7-bridge02", "intake01"])
        d = {"portal-web01": "/var/log/portal", "hl7-bridge02": "/opt/mirth/logs", "intake01": "/srv/intake/shared/log"}[host]
        prompt(S(f"ls -li {EV}/{host}{d}/"))
        emit("ls-li", S(f"total {R.randint(100000, 900000)}"))
        own = {"portal-web01": "syslog adm", "hl7-bridge02": "mirth mirth", "intake01": "deploy deploy"}[host]
        mt = dt.datetime(2024, 2, 29, 23, 59) + dt.timedelta(minutes=R.randint(0, 600))
        for i in range(R.randint(3, 6)):
            nm = {"portal-web01": "portal-app.log", "hl7-bridge02": "mirth.log", "intake01": "production.log"}[host]
            nm = nm + (f".{i}" if i else "")
            emit("ls-li", S(f"{R.randint(10**5, 9 * 10**6)} -rw-r----- 1 {own} "
                            f"{R.randint(10**6, 2 * 10**8):>9} {MON[mt.month - 1]} {mt.day:>2} {mt.strftime('%H:%M')} {nm}"))
            mt -= dt.timedelta(days=7, minutes=R.randint(-30, 30))
    else:
        f = R.choice(["core.java.18823", "portal-app.log.2", "mirth.log"])
        prompt(S(f"stat {f}"))
        ino = R.randint(10**5, 9 * 10**6)
        sz = R.randint(10**6, 2 * 10**9)
        emit("stat", S(f"  File: {f}"))
        emit("stat", S(f"  Size: {sz:<15} Blocks: {sz // 512 + 8:<10} IO Block: 4096   regular file"))
        emit("stat", S(f"Device: fd02h/64770d\tInode: {ino:<11} Links: 1"))
        mt = rts()
        emit("stat", S(f"Modify: {mt.strftime('%Y-%m-%d %H:%M:%S')}.{mt.microsecond:06d}{R.randint(100, 999)} -0500"))


def block_note():
    who = R.choice(INV)
    t = inv_tick()
    msgs = [f"# {t.strftime('%Y-%m-%d %H:%M')} EDT {who[0]}: escalated to privacy@sthedwig-rmc.org, ticket INC0{R.randint(100000, 999999)}",
            f"# chain of custody: image hashes verified by {INV[2][0]} <{INV[2][1]}> at {t.strftime('%H:%M')}",
            f"# NOTE({who[2]}): mask before sharing: sed -E 's/[0-9]{{3}}-[0-9]{{2}}-[0-9]{{4}}/XXX-XX-XXXX/g'",
            f"# case {CASE} opened {INV_T0.strftime('%Y-%m-%d')} by {INV[0][0]}; vendor Northgate DFIR (PO 4500{R.randint(100000, 999999)})"]
    emit("analyst-note", S(R.choice(msgs)))


BLOCKS = [(block_grep, 18), (block_grep_docker, 3), (block_rg, 9), (block_rg_heading, 3), (block_rg_json, 4),
          (block_rg_color, 2), (block_zgrep, 7), (block_zgrep_c, 2), (block_strings, 6), (block_bulk, 5),
          (block_bulk_hist, 1), (block_jq, 7), (block_splunk, 5), (block_journal, 5), (block_sweep, 6),
          (block_hits_csv, 2), (block_notify_csv, 1), (block_hashes, 3), (block_note, 3)]


def main():
    deck = Deck([b for b, _ in BLOCKS], [w for _, w in BLOCKS])
    # guarantee rare formats/categories appear, spread over the first part of the session
    must = [block_rg_color, block_bulk_hist, block_notify_csv, block_hits_csv, block_rg_heading, block_grep_docker,
            lambda: block_grep("kiosk"), lambda: block_rg("kiosk"), lambda: block_grep("parking"),
            lambda: block_rg("rpm"), lambda: block_strings(False), lambda: block_grep("fax"),
            lambda: block_bulk("url"), lambda: block_zgrep("nginx"), lambda: block_grep("rpm"),
            lambda: block_zgrep("pyjson"), lambda: block_grep("parking")]
    slots = sorted(R.sample(range(60), len(must)))
    step = 0
    while len(RECS) < N_LINES:
        if slots and slots[0] == step:
            slots.pop(0)
            must.pop(0)()
        else:
            deck.draw()()
        step += 1
    del RECS[N_LINES:]
    with open(os.path.join(HERE, f"{ID}.log"), "wb") as f:
        for _, line, _ in RECS:
            f.write(line + b"\n")
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (fam, line, spans) in enumerate(RECS, 1):
            f.write(json.dumps({"line": i, "family": fam, "spans": spans}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
