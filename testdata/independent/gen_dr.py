#!/usr/bin/env python3
"""Deterministic generator for held-out PHI test corpus "dr".

Theme: an orthotics & prosthetics (O&P) clinic network ("Meridian O&P") and its
central fabrication lab.  Writes dr.log and dr.labels.jsonl next to this file.
Standard library only; fixed seed; byte-identical output on every run.
"""
import base64
import datetime as dtm
import json
import os
import random
import string
import unicodedata
import uuid

ID = "dr"
N_LINES = 500
N_PHI = 225  # 275 of 500 lines (55%) carry no PHI
rng = random.Random(18_0312_2024)
HERE = os.path.dirname(os.path.abspath(__file__))


# --------------------------------------------------------------------------
# line builder: concatenation with recorded byte offsets
# --------------------------------------------------------------------------
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []  # (s, e, cat, bytes)

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        assert cat in CATS, cat
        b = s.encode("utf-8")
        assert b, "empty span"
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, len(self.buf), cat, b))
        return self

    def add(self, *parts):
        for x in parts:
            if isinstance(x, tuple):
                self.p(x[0], x[1])
            else:
                self.t(x)
        return self


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}


def jq(s):
    """JSON.stringify-style string body (Node: no ASCII escaping of non-ASCII)."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


def stj(s):
    """System.Text.Json default JavaScriptEncoder string body."""
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif ch in "\"<>&'+`" or o < 0x20:
            out.append("\\u%04X" % o)
        elif o > 0x7E:
            if o > 0xFFFF:
                v = o - 0x10000
                out.append("\\u%04X\\u%04X" % (0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF)))
            else:
                out.append("\\u%04X" % o)
        else:
            out.append(ch)
    return "".join(out)


def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("đ", "d")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# --------------------------------------------------------------------------
# identifier generators (with real check digits)
# --------------------------------------------------------------------------
def luhn_check(payload):
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
    return luhn_check(num[:-1]) == num[-1]


def npi():
    base = "1" + "".join(rng.choice(string.digits) for _ in range(8))
    return base + luhn_check("80840" + base)


def card(prefix, length=16):
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    return body + luhn_check(body)


def imei():
    tac = rng.choice(["35467110", "35328511", "35209611", "86769104", "35890412"])
    body = tac + "".join(rng.choice(string.digits) for _ in range(6))
    return body + luhn_check(body)


MBI_A = [c for c in string.ascii_uppercase if c not in "SLOIBZ"]


def mbi():
    n = lambda: rng.choice(string.digits)
    a = lambda: rng.choice(MBI_A)
    an = lambda: rng.choice(MBI_A + list(string.digits))
    return rng.choice("123456789") + a() + an() + n() + a() + an() + n() + a() + a() + n() + n()


VIN_T = dict(zip("ABCDEFGH", range(1, 9)))
VIN_T.update(dict(zip("JKLMN", range(1, 6))))
VIN_T.update({"P": 7, "R": 9})
VIN_T.update(dict(zip("STUVWXYZ", range(2, 10))))
VIN_T.update({str(i): i for i in range(10)})
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    wmi = rng.choice(["1HG", "1FT", "2T1", "1G1", "5YJ", "3VW", "JTD", "1C4"])
    vds = "".join(rng.choice(VIN_CH) for _ in range(5))
    year = rng.choice("FGHJKLMNP")
    plant = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    serial = "".join(rng.choice(string.digits) for _ in range(6))
    v = wmi + vds + "0" + year + plant + serial
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W))
    chk = "X" if s % 11 == 10 else str(s % 11)
    v = v[:8] + chk + v[9:]
    assert len(v) == 17
    return v


def gs1_check(payload13):
    s = 0
    for i, ch in enumerate(reversed(payload13)):
        s += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - s % 10) % 10)


def udi(gtin_base, serial):
    g = gtin_base + gs1_check(gtin_base)
    exp = rng.choice(["270630", "281231", "290115"])
    return "(01)%s(17)%s(21)%s" % (g, exp, serial)


def pesel(dob, female):
    yy = dob.year % 100
    mm = dob.month + (20 if dob.year >= 2000 else 0)
    base = "%02d%02d%02d" % (yy, mm, dob.day) + "".join(rng.choice(string.digits) for _ in range(3))
    sexd = rng.choice("02468" if female else "13579")
    base += sexd
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(base, w)) % 10) % 10
    return base + str(c)


def curp(first, last1, last2, dob, female, state="DF"):
    f, l1, l2 = ascii_fold(first).upper(), ascii_fold(last1).upper(), ascii_fold(last2).upper()
    vow = next((c for c in l1[1:] if c in "AEIOU"), "X")
    cons = lambda w: next((c for c in w[1:] if c.isalpha() and c not in "AEIOU"), "X")
    return (l1[0] + vow + l2[0] + f[0] + dob.strftime("%y%m%d") + ("M" if female else "H") + state
            + cons(l1) + cons(l2) + cons(f) + rng.choice("0123456789") + rng.choice("0123456789"))


def rmac():
    first = rng.choice(["C4", "D8", "E6", "F2", "CA", "DE"])
    return ":".join([first] + ["%02X" % rng.randrange(256) for _ in range(5)])


def pub_ip():
    first = rng.choice([24, 47, 67, 68, 69, 71, 73, 74, 75, 76, 96, 97, 98, 99, 104, 107, 108, 136, 174, 184])
    return "%d.%d.%d.%d" % (first, rng.randrange(1, 255), rng.randrange(0, 255), rng.randrange(1, 255))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def rbytes(n):
    return bytes(rng.randrange(256) for _ in range(n))


def jpeg_b64(n):
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00"
    return base64.b64encode(head + rbytes(n)).decode()


def png_b64(n):
    head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x80\x00\x00\x00\x80\x08\x06\x00\x00\x00"
    return base64.b64encode(head + rbytes(n)).decode()


def fmr_b64(n):
    head = b"FMR\x00 20\x00\x00\x00\x01\x0a\x00\x00\x01\x00\x01\x90\x00\xc5\x00\xc5\x01\x00\x00\x00\x00"
    return base64.b64encode(head + rbytes(n)).decode()


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
TODAY = dtm.date(2024, 3, 12)
CITIES = [("Columbus", "Franklin", "OH", ["43215", "43224", "43229", "43232", "43207", "43211"]),
          ("Westerville", "Delaware", "OH", ["43081", "43082"]),
          ("Dublin", "Franklin", "OH", ["43016", "43017"]),
          ("Hilliard", "Franklin", "OH", ["43026"]),
          ("Grove City", "Franklin", "OH", ["43123"]),
          ("Reynoldsburg", "Licking", "OH", ["43068"]),
          ("Newark", "Licking", "OH", ["43055"]),
          ("Lancaster", "Fairfield", "OH", ["43130"]),
          ("Zanesville", "Muskingum", "OH", ["43701"]),
          ("Marion", "Marion", "OH", ["43302"]),
          ("Chillicothe", "Ross", "OH", ["45601"]),
          ("Dayton", "Montgomery", "OH", ["45402", "45410", "45419"]),
          ("Springfield", "Clark", "OH", ["45503", "45505"]),
          ("Mansfield", "Richland", "OH", ["44903", "44906"]),
          ("Athens", "Athens", "OH", ["45701"]),
          ("Parkersburg", "Wood", "WV", ["26101", "26104"])]
STREETS = ["Elm St", "Cleveland Ave", "N High St", "Karl Rd", "Sawmill Pkwy", "Brice Rd", "E Main St",
           "Refugee Rd", "Maple Grove Dr", "Wexford Ct", "Olentangy River Rd", "Bethel Rd", "S Hamilton Rd",
           "Lockbourne Rd", "Shoshone Trl", "Walnut Hill Blvd", "Far Hills Ave", "Linden Ave", "Poplar Ln",
           "Sycamore Ridge Dr", "W Fifth Ave", "Hoover Woods Ct", "Cherry Bottom Rd", "Lazelle Rd"]
UNITS = ["", "", "", "Apt 4B", "Apt 212", "Unit C", "Lot 37", "# 3"]
AREAS = {"OH": ["614", "380", "740", "937", "419", "567"], "WV": ["304", "681"]}
CITY_AREA = {"Columbus": ["614", "380"], "Westerville": ["614", "380"], "Dublin": ["614"], "Hilliard": ["614"],
             "Grove City": ["614"], "Reynoldsburg": ["614"], "Newark": ["740", "220"], "Lancaster": ["740"],
             "Zanesville": ["740"], "Marion": ["740"], "Chillicothe": ["740"], "Dayton": ["937"], "Springfield": ["937"],
             "Mansfield": ["419", "567"], "Athens": ["740"], "Parkersburg": ["304"]}
MAILS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "att.net", "hotmail.com", "proton.me"]

# (first, last, sex, origin, relative first, relationship)
NAMES = [
    ("Anna", "Kowalska", "F", "pl", "Marek", "son"),
    ("Tomasz", "Wiśniewski", "M", "pl", "Jolanta", "spouse"),
    ("José Luis", "Hernández Ruiz", "M", "mx", "Guadalupe", "daughter"),
    ("Lan", "Nguyễn", "F", "vn", "Minh", "son"),
    ("Adebayo", "Okafor", "M", "ng", "Chiamaka", "spouse"),
    ("Fatima", "Al-Sayed", "F", "ar", "Omar", "brother"),
    ("Ingrid", "Søndergaard", "F", "dk", "Lars", "spouse"),
    ("Mehmet", "Çelik", "M", "tr", "Elif", "daughter"),
    ("Haruto", "Tanaka", "M", "jp", "Yui", "spouse"),
    ("Priya", "Raghunathan", "F", "in", "Karthik", "spouse"),
    ("Dmitri", "Volkov", "M", "ru", "Svetlana", "mother"),
    ("Siobhán", "O'Connell", "F", "ie", "Declan", "father"),
    ("Marcus", "Washington", "M", "us", "Denise", "sister"),
    ("Leilani", "Kahananui", "F", "hi", "Keoni", "spouse"),
    ("Giuseppe", "Ferraro", "M", "it", "Carla", "daughter"),
    ("Aisha", "Bello", "F", "ng", "Ibrahim", "husband"),
    ("Eleanor", "Whitfield", "F", "us", "Margaret", "daughter"),
    ("Walter", "Brzeziński", "M", "pl", "Joanne", "daughter"),
    ("Thandiwe", "Dlamini", "F", "za", "Sipho", "brother"),
    ("Kwame", "Asante", "M", "gh", "Abena", "spouse"),
    ("Yara", "Haddad", "F", "lb", "Rami", "father"),
    ("Björn", "Lindqvist", "M", "se", "Karin", "spouse"),
    ("Rosa", "Delgado", "F", "pr", "Luis", "grandson"),
    ("Emeka", "Nwosu", "M", "ng", "Ngozi", "sister"),
]


class P:
    pass


def fmt_phone(area, line, style):
    if style == 0:
        return "(%s) 555-%s" % (area, line)
    if style == 1:
        return "%s-555-%s" % (area, line)
    if style == 2:
        return "%s555%s" % (area, line)
    if style == 3:
        return "+1%s555%s" % (area, line)
    if style == 4:
        return "%s.555.%s" % (area, line)
    return "+1 %s-555-%s" % (area, line)


used_lines = set()
RESERVED_LINES = ("0100", "0131", "0188", "0142", "0177", "0155", "0181", "0186", "0193", "0197")  # company / physician fax


def new_line_no():
    while True:
        x = "01%02d" % rng.randrange(0, 100)
        if x not in used_lines and x not in RESERVED_LINES:
            used_lines.add(x)
            return x


PATIENTS = []
for i, (fn, ln, sex, origin, rfn, rel) in enumerate(NAMES):
    p = P()
    p.first, p.last, p.sex, p.origin = fn, ln, sex, origin
    p.full = "%s %s" % (fn, ln)
    p.fa, p.la = ascii_fold(fn), ascii_fold(ln)
    if fn == "Anna":
        p.dob = dtm.date(1951, 3, 11)
    elif fn == "Eleanor":
        p.dob = dtm.date(1930, 11, 2)
    elif fn == "Walter":
        p.dob = dtm.date(1933, 1, 27)
    elif fn == "Rosa":
        p.dob = dtm.date(1932, 6, 18)
    else:
        p.dob = dtm.date(rng.randint(1941, 1999), rng.randint(1, 12), rng.randint(1, 28))
    p.age = TODAY.year - p.dob.year - ((TODAY.month, TODAY.day) < (p.dob.month, p.dob.day))
    city, county, st, zips = rng.choice(CITIES)
    p.city, p.county, p.state, p.zip = city, county, st, rng.choice(zips)
    p.zip4 = p.zip + "%04d" % rng.randrange(1000, 9999)
    p.street = "%d %s" % (rng.randint(12, 9870), rng.choice(STREETS))
    p.unit = rng.choice(UNITS)
    area = rng.choice(CITY_AREA.get(city, AREAS[st]))
    p.area, p.pline = area, new_line_no()
    p.phone_parts = (area, p.pline)
    p.ec_area, p.ec_line = rng.choice(CITY_AREA.get(city, AREAS[st]) + AREAS[st][:1]), new_line_no()
    p.fax_line = new_line_no()
    rlast = ln
    if rel in ("spouse",) and origin in ("mx", "pr", "ar"):
        rlast = ln
    if ln == "Kowalska":
        rlast = "Kowalski"
    if ln == "Hernández Ruiz":
        rlast = "Hernández Ortega"
    if ln == "Brzeziński" and rel == "daughter":
        rlast = "Mercer"
    if ln == "Whitfield":
        rlast = "Dunn"
    p.ec_name = "%s %s" % (rfn, rlast)
    p.ec_rel = rel
    yy = "%02d" % (p.dob.year % 100)
    p.email = rng.choice([
        "%s.%s%s@%s" % (p.fa.split()[0].lower(), p.la.split()[0].lower().replace("'", ""), yy, rng.choice(MAILS)),
        "%s%s%d@%s" % (p.fa[0].lower(), p.la.split()[0].lower().replace("'", "").replace("-", ""), rng.randint(1, 99), rng.choice(MAILS)),
        "%s_%s@%s" % (p.la.split()[0].lower().replace("'", ""), p.fa.split()[0].lower(), rng.choice(MAILS)),
    ])
    p.user = rng.choice([
        "%s%s%s" % (p.fa[0].lower(), p.la.split()[0].lower().replace("'", "").replace("-", ""), yy),
        "%s.%s" % (p.fa.split()[0].lower(), p.la.split()[0][0].lower()),
        "%s_%s%d" % (p.fa.split()[0].lower(), p.la.split()[0].lower().replace("'", "").replace("-", ""), rng.randint(1, 9)),
    ])
    p.mrn = "%07d" % rng.randint(30000, 899999)
    p.acct = "GA-%08d" % rng.randint(100000, 9999999)
    p.ssn = "%03d-%02d-%04d" % (rng.choice([x for x in range(101, 680) if x != 666]), rng.randint(1, 99), rng.randint(1, 9999))
    p.dl = rng.choice(string.ascii_uppercase) + rng.choice(string.ascii_uppercase) + "%06d" % rng.randint(0, 999999)
    if st == "WV":
        p.dl = rng.choice("ABEFS") + "%06d" % rng.randint(0, 999999)
    p.medicare = p.age >= 65 or rng.random() < 0.3
    p.mbi = mbi()
    p.member = rng.choice(["YRH", "XOF", "ZGP", "JQU", "W8M"]) + "%09d" % rng.randint(0, 999999999)
    p.medicaid = "%012d" % rng.randint(100000000000, 999999999999)
    p.plan = p.mbi if p.medicare else rng.choice([p.member, p.medicaid])
    p.device_kind = rng.choice(["knee", "knee", "hand", "none"]) if fn not in ("Anna", "Tomasz") else ("knee" if fn == "Anna" else "hand")
    p.knee_sn = "MK4-%02d%02d-%06d" % (rng.randint(21, 24), rng.randint(1, 52), rng.randint(0, 999999))
    p.hand_sn = "DXH2-%s%d%05d" % (rng.choice("KLMNR"), rng.randint(0, 9), rng.randint(0, 99999))
    p.mac = rmac()
    p.imei = imei()
    p.ip = pub_ip()
    p.card = card(rng.choice(["4", "4", "51", "53", "55"]))
    p.ach = "%d" % rng.randint(10 ** 8, 10 ** 12)
    p.side = rng.choice(["L", "R"])
    p.dos = TODAY - dtm.timedelta(days=rng.randint(0, 40))
    p.deliv = TODAY + dtm.timedelta(days=rng.randint(-6, 9))
    p.appt = TODAY + dtm.timedelta(days=rng.randint(1, 21))
    p.order_date = p.dos - dtm.timedelta(days=rng.randint(5, 60))
    p.vin = vin()
    p.plate = "%s%s%s %04d" % (rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"),
                               rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), rng.randint(0, 9999))
    p.pip_claim = "%02d-PIP-%07d" % (24, rng.randint(0, 9999999))
    p.wc_claim = "WC%d%07d" % (rng.randint(23, 24), rng.randint(0, 9999999))
    p.udi_serial = "%s%07d" % (rng.choice(["KX", "DH", "LN"]), rng.randint(0, 9999999))
    p.udi = udi("0840009" + "%06d" % rng.randint(0, 999999), p.udi_serial)
    p.url_cb = "https://www.caringbridge.org/visit/%s%s" % (p.fa.split()[0].lower(), p.la.split()[0].lower().replace("'", "").replace("-", ""))
    p.url_gfm = "https://www.gofundme.com/f/help-%s-get-a-new-%s" % (p.fa.split()[0].lower(), "leg" if p.device_kind != "hand" else "hand")
    PATIENTS.append(p)

# country-specific national IDs (other_id) for a few patients
for p in PATIENTS:
    p.natid = None
    if p.origin == "pl":
        p.natid = ("PESEL", pesel(p.dob, p.sex == "F"))
    if p.origin == "mx":
        p.natid = ("CURP", curp("José", "Hernández", "Ruiz", p.dob, False, "JC"))
    if p.origin == "dk":
        p.natid = ("CPR", p.dob.strftime("%d%m%y") + "-%04d" % rng.randint(0, 9999))

for p in PATIENTS:
    assert luhn_ok(p.card) and luhn_ok(p.imei)

STAFF = ["jpark", "dkim", "msantos", "hbecker", "tnguyen", "rokonkwo", "aweiss", "cbrandt"]
CLIN = ["Rachel Okonkwo, CPO", "Daniel Kim, CP", "Hannah Becker, CO", "Aaron Weiss, CPO, LPO", "Chloe Brandt, CPA"]
DOCS = [("Samuel", "Adeyemi", "MD", npi()), ("Laura", "Chen", "DO", npi()), ("Viktor", "Petrov", "MD", npi()),
        ("Ayesha", "Siddiqui", "MD", npi()), ("Gregory", "Hollis", "DPM", npi())]
CLINICS = [("WEST", "Meridian O&P - Westerville", "585 Polaris Pkwy Ste 210", "Westerville", "43082", "(614) 555-0131"),
           ("DAY", "Meridian O&P - Dayton", "3100 Far Hills Ave", "Dayton", "45429", "(937) 555-0142"),
           ("ZAN", "Meridian O&P - Zanesville", "1020 Maple Ave Ste 4", "Zanesville", "43701", "(740) 555-0177"),
           ("CMH", "Meridian O&P - Columbus Downtown", "480 E Town St", "Columbus", "43215", "(614) 555-0155")]
BILL_NPI = npi()
FAB = ("Meridian Central Fabrication", "4100 Commerce Pkwy", "Columbus", "43219", "(614) 555-0100")
LCODES = ["L5301", "L5637", "L5673", "L5679", "L5856", "L5981", "L6026", "L6880", "L6935", "L1970", "L2000",
          "L1932", "L5700", "L3766", "L5631", "L5940"]
STATIONS = ["INTAKE", "CAD", "CARVE", "THERMOFORM", "LAMINATION", "TRIM", "ASSEMBLY", "QA", "PACK", "SHIP"]
ICD = ["Z89.511", "Z89.512", "Z89.611", "Z89.612", "Z89.421", "Z89.022", "I70.25", "E11.51", "M21.371", "G80.1"]

# --------------------------------------------------------------------------
# clock
# --------------------------------------------------------------------------
NOW = dtm.datetime(2024, 3, 12, 6, 58, 11, 402118)
UTC_OFF = dtm.timedelta(hours=4)  # EDT


def tick():
    global NOW
    NOW += dtm.timedelta(microseconds=rng.randint(40_000, 80_000_000))
    return NOW


def ms(d):
    return "%03d" % (d.microsecond // 1000)


def utc(d):
    return d + UTC_OFF


def iso_z(d):
    u = utc(d)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"


def epoch_ms(d):
    u = utc(d)
    return int((u - dtm.datetime(1970, 1, 1)).total_seconds() * 1000)


def syslog_ts(d):
    return d.strftime("%b ") + ("%2d" % d.day) + d.strftime(" %H:%M:%S")


LAST_P = [None]
WEIGHTS = [8, 6, 4, 3, 3, 3, 2, 3, 2, 3, 2, 3, 3, 2, 2, 2, 4, 4, 2, 2, 2, 2, 3, 2]


QUOTA = {"nest": [3, 4, 3, 4, 3, 4], "kiosk": [0, 1, 0, 1, 0], "nlog": [2, 3, 2, 3], "mirth": [0, 0],
         "stj": [2, 0, 2, 1, 2], "gait": [2, 1], "nslog": [2, 3], "pay": [0, 2], "scan": [2, 3], "reg": [1, 1]}


def choose(key, n):
    """Variant selector: mostly random, but makes sure rarer variants appear."""
    q = QUOTA.get(key)
    if q and rng.random() < 0.85:
        return q.pop(0)
    return rng.randrange(n)


def pick(pred=None):
    lp = LAST_P[0]
    if lp is not None and rng.random() < 0.45 and (pred is None or pred(lp)):
        return lp
    while True:
        p = rng.choices(PATIENTS, weights=WEIGHTS)[0]
        if pred is None or pred(p):
            LAST_P[0] = p
            return p


def wo():
    return "WO-%s-%05d" % (rng.choice(["2402", "2403"]), rng.randint(100, 29999))


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d_x12(d):
    return d.strftime("%Y%m%d")


def phone(p, style=None):
    return fmt_phone(p.area, p.pline, rng.randrange(6) if style is None else style)


def ecphone(p, style=None):
    return fmt_phone(p.ec_area, p.ec_line, rng.randrange(6) if style is None else style)


def street_full(p):
    return p.street + (" " + p.unit if p.unit else "")


# ==========================================================================
# families
# ==========================================================================
# ---- 1. 3D scanner desktop app (spdlog) ----------------------------------
def f_scan(phi):
    d = tick()
    L = Line("spdlog-scanstudio")
    L.t("[%s.%s] " % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d)))
    if not phi:
        L.t(rng.choice([
            "[device] [info] Scanner connected: Eva S/N EV.23.004%02d (firmware 1.4.2, USB 3.0 SuperSpeed)" % rng.randint(0, 99),
            "[capture] [info] Recording started: 16 fps, texture on, sensitivity 4, distance 0.4-1.0 m",
            "[capture] [warning] Tracking lost at frame %d; re-registered (max error 0.%02d mm)" % (rng.randint(200, 3000), rng.randint(10, 90)),
            "[fusion] [info] Sharp fusion completed in %.2f s: %d vertices, %d triangles" % (rng.uniform(4, 30), rng.randint(150000, 600000), rng.randint(300000, 1200000)),
            "[license] [info] Floating license checked out from lic01.meridian.local:27000 (seat %d of 8)" % rng.randint(1, 8),
            "[export] [info] Mesh decimated to 150000 triangles (tolerance 0.05 mm)",
            "[update] [info] Update check: 17.0.2.118 is current (channel stable)",
            "[gpu] [info] CUDA device 0: NVIDIA RTX A2000 12GB, driver 537.70, compute 8.6",
            "[project] [info] Autosave to D:\\Scans\\_autosave\\session_%s.tmp (%.1f MB)" % (hexs(8), rng.uniform(50, 400)),
            "[capture] [error] Frame drop: USB bandwidth below 320 MB/s on port 3 (hub VID_2109&PID_2817)",
        ]))
        return L
    p = pick()
    v = choose("scan", 4)
    if v == 0:
        L.add("[project] [info] Project saved: D:\\Scans\\2024-03\\", ("%s_%s" % (p.la.replace(" ", ""), p.fa.replace(" ", "")), "name"),
              "_MRN", (p.mrn, "mrn"), "\\%s_TT_residual_" % p.side, (d.strftime("%m%d%Y"), "date"),
              ".sproj (%.1f MB)" % rng.uniform(90, 300))
    elif v == 1:
        L.add("[export] [info] Exported OBJ + texture: \\\\fab-nas01\\scans\\inbox\\", (p.mrn, "mrn"), "\\",
              ("%s-%s" % (p.la.split()[0].lower(), p.fa.split()[0].lower()), "name"),
              "-%s-%s.obj (%.1f MB)" % (rng.choice(["AFO", "KAFO", "TT", "TF", "TR"]), p.side, rng.uniform(10, 60)))
    elif v == 2:
        L.add("[project] [info] Patient metadata set: name=\"", (p.full, "name"), "\" dob=", (d_iso(p.dob), "date"),
              " id=", (p.mrn, "mrn"), " limb=%s-%s operator=%s" % (rng.choice(["TT", "TF", "PF"]), p.side, rng.choice(STAFF)))
    else:
        L.add("[export] [warning] Path too long, shortened: D:\\Scans\\Patients\\", (p.la, "name"), ", ", (p.fa, "name"),
              " (", (d_us(p.dob).replace("/", "-"), "date"), ")\\scan_%02d.stl" % rng.randint(1, 9))
    return L


# ---- 2. CAD/CAM (log4net) -------------------------------------------------
def f_cad(phi):
    d = tick()
    L = Line("log4net-cadcam")

    def hdr(lg, lvl="INFO "):
        L.t("%s,%s [%d] %s ShapeMaker.%s - " % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), rng.randint(1, 24), lvl, lg))
    if not phi:
        lg, lvl, msg = rng.choice([
            ("Library.TemplateStore", "INFO ", "Loaded template library TT_PTB_v7 (212 shapes) in %d ms" % rng.randint(400, 3000)),
            ("Modify.RectificationEngine", "DEBUG", "Applied rectification 'Push' at landmark PT_BAR: depth 4.0 mm, radius 18.0 mm"),
            ("Carve.CarverClient", "INFO ", "Carve job CJ-%06d queued on CARV-0%d (blank HD-foam 8x8x24, est. 00:%02d:%02d)" % (rng.randint(100000, 999999), rng.randint(1, 3), rng.randint(10, 50), rng.randint(0, 59))),
            ("Modify.SmoothingTool", "DEBUG", "Smoothing pass 3/3 complete, max deviation 0.%02d mm" % rng.randint(10, 60)),
            ("Licensing.FlexClient", "INFO ", "FlexLM checkout FEATURE=SM_CAD_PRO ok (server 10.20.4.15:27000, %d ms)" % rng.randint(20, 200)),
            ("Align.AlignmentTransfer", "INFO ", "Alignment transferred from check socket CS-2 (flexion 5.0 deg, adduction 2.5 deg)"),
            ("Modify.VolumeCheck", "WARN ", "Volume change vs. previous shape: -%.1f%% (limit 6.0%%)" % rng.uniform(0.5, 5)),
            ("Carve.PostProcessor", "INFO ", "Post-processor HAAS-VF2 emitted %d G-code blocks for %s" % (rng.randint(20000, 90000), wo())),
            ("IO.NetworkStore", "WARN ", "Connection to \\\\fab-nas01\\cad restored after 3 retries"),
            ("UI.MainWindow", "INFO ", "ShapeMaker 7.4.2 (build 2231) started, OpenGL 4.6 NVIDIA 537.70"),
        ])
        hdr(lg, lvl)
        L.t(msg)
        return L
    p = pick()
    v = rng.randrange(4)
    if v == 0:
        hdr("Export.StlWriter")
        L.add("Exported STL (binary, %d facets, %.1f MB) to \\\\fab-nas01\\cad\\patients\\" % (rng.randint(80000, 400000), rng.uniform(4, 20)),
              (p.mrn, "mrn"), "\\", ("%s_%s" % (p.la.upper().replace(" ", "_"), p.fa.upper().replace(" ", "_")), "name"),
              "_%s_socket_v%d.stl" % (rng.choice(["TT", "TF"]), rng.randint(1, 5)))
    elif v == 1:
        hdr("Db.PatientRepository", "DEBUG")
        L.add("Opened patient file: ", (p.last, "name"), ", ", (p.first, "name"), " (DOB ", (d_us(p.dob), "date"),
              ") record ", (p.mrn, "mrn"), ", %d shapes" % rng.randint(1, 9))
    elif v == 2:
        hdr("Export.ObjWriter")
        L.add("Exported OBJ to C:\\Users\\%s\\Desktop\\" % rng.choice(STAFF), (p.full, "name"),
              " - %s %s.obj" % (rng.choice(["KAFO", "AFO", "TLSO", "cranial helmet"]), p.side))
    else:
        hdr("Db.ShapeRepository")
        L.add("Shape revision saved for ", (p.mrn, "mrn"), " by %s: cast date " % rng.choice(STAFF),
              (d_us(p.dos), "date"), ", %s" % wo())
    return L


# ---- 3. fab-tracker (Node, pino) -----------------------------------------
def f_pino(phi):
    d = tick()
    L = Line("pino-fabtracker")
    lvl = rng.choice([30, 30, 30, 40])
    L.t('{"level":%d,"time":%d,"pid":%d,"hostname":"fab-tracker-7c9d8f5b4-%s",' % (lvl, epoch_ms(d), rng.choice([1, 18, 27]), hexs(5)))
    if not phi:
        a, b = sorted(rng.sample(range(len(STATIONS)), 2))
        L.t(rng.choice([
            '"wo":"%s","from":"%s","to":"%s","tech":"%s","elapsedMin":%d,"msg":"work order advanced"}' % (wo(), STATIONS[a], STATIONS[b], rng.choice(STAFF), rng.randint(3, 300)),
            '"station":"%s","queueDepth":%d,"oldestAgeH":%.1f,"msg":"station queue snapshot"}' % (rng.choice(STATIONS), rng.randint(0, 14), rng.uniform(0.2, 60)),
            '"req":{"id":"req-%s","method":"GET","url":"/api/v1/workorders?status=IN_PROGRESS&station=%s","remoteAddress":"10.20.3.%d","remotePort":%d},"res":{"statusCode":200},"responseTime":%d,"msg":"request completed"}' % (hexs(4), rng.choice(STATIONS), rng.randint(2, 250), rng.randint(30000, 65000), rng.randint(3, 200)),
            '"wo":"%s","lcodes":["%s","%s"],"clinic":"%s","priority":"%s","msg":"work order created"}' % (wo(), rng.choice(LCODES), rng.choice(LCODES), rng.choice(CLINICS)[0], rng.choice(["STD", "RUSH"])),
            '"wo":"%s","err":{"type":"PrinterError","message":"ZT411-FAB01 paper out","stack":"PrinterError: ZT411-FAB01 paper out\\n    at Zpl.send (/app/dist/print/zpl.js:41:13)"},"msg":"traveler print failed"}' % wo(),
            '"carveJob":"CJ-%06d","machine":"CARV-0%d","durationSec":%d,"msg":"carve job finished"}' % (rng.randint(100000, 999999), rng.randint(1, 3), rng.randint(600, 2400)),
        ]))
        return L
    p = pick()
    v = rng.randrange(3)
    if v == 0:
        L.add('"wo":"%s","patient":{"name":"' % wo(), (jq(p.full), "name"), '","mrn":"', (p.mrn, "mrn"),
              '"},"fitAppt":"', (d_iso(p.appt), "date"), '","clinic":"%s","msg":"traveler printed"}' % rng.choice(CLINICS)[0])
    elif v == 1:
        L.add('"wo":"%s","patientId":"' % wo(), (p.mrn, "mrn"), '","patientLast":"', (jq(p.last), "name"),
              '","dob":"', (d_iso(p.dob), "date"), '","msg":"rush flag set","reason":"%s"}' % rng.choice(["clinician request", "socket failure", "check socket remake"]))
    else:
        L.add('"wo":"%s","shipTo":{"name":"' % wo(), (jq(p.full), "name"), '","line1":"', (jq(street_full(p)), "address"),
              '","city":"', (p.city, "address"), '","state":"%s","postal":"' % p.state, (p.zip, "zip"),
              '"},"msg":"direct-to-patient shipment requested"}')
    return L


# ---- 4. fab station terminals + ZPL spool (syslog) ------------------------
def f_station(phi):
    d = tick()
    L = Line("syslog-fabstation")
    if not phi:
        w = wo()
        if rng.random() < 0.6:
            a = rng.randrange(1, len(STATIONS))
            L.t("%s fab-term%02d stationd[%d]: STN-%02d %s scan %s by %s -> IN (prev %s, dwell %02d:%02d:%02d)" % (
                syslog_ts(d), a, rng.randint(1000, 9000), a, STATIONS[a], w, rng.choice(STAFF), STATIONS[a - 1],
                rng.randint(0, 30), rng.randint(0, 59), rng.randint(0, 59)))
        else:
            L.t("%s fab-print01 zpl-spool[1882]: job %d -> ZT411-FAB01 ^XA^CF0,40^FO40,40^FD%s^FS^CF0,28^FO40,100^FD%s  %s^FS^FO40,150^BCN,80,Y,N^FD%s^FS^XZ" % (
                syslog_ts(d), rng.randint(1000, 9999), w, rng.choice(LCODES), rng.choice(STATIONS), w.replace("-", "")))
        return L
    p = pick()
    w = wo()
    L.add("%s fab-print01 zpl-spool[1882]: job %d -> ZT411-FAB01 ^XA^CF0,40^FO40,40^FD%s^FS^CF0,30^FO40,100^FD" % (syslog_ts(d), rng.randint(1000, 9999), w),
          (ascii_fold(p.last).upper() + ", " + ascii_fold(p.first).upper(), "name"), "^FS^FO40,145^FDMRN ", (p.mrn, "mrn"),
          "  DOB ", (d_us(p.dob), "date"), "^FS^FO40,190^BCN,80,Y,N^FD%s^FS^XZ" % w.replace("-", ""))
    return L


# ---- 5. microprocessor knee Android app (logcat threadtime) ---------------
KNEE_PID = [4211]


def f_logcat(phi):
    d = tick()
    L = Line("logcat-mpkapp")
    pid = KNEE_PID[0]
    tid = pid + rng.choice([0, 17, 77, 112, 131])

    def pre(lv, tag):
        L.t("%s.%s %5d %5d %s %s: " % (d.strftime("%m-%d %H:%M:%S"), ms(d), pid, tid, lv, tag))
    if not phi:
        v = rng.randrange(8)
        if v == 0:
            pre("I", "BleSession"); L.t("onMtuChanged mtu=247 status=0")
        elif v == 1:
            pre("D", "GaitBuffer"); L.t("flushed 512 samples (stance %.1f%%, cadence %d spm, swing flex peak %d deg)" % (rng.uniform(55, 66), rng.randint(70, 115), rng.randint(55, 68)))
        elif v == 2:
            pre("I", "WM-WorkerWrapper"); L.t("Worker result SUCCESS for Work [ id=%s, tags={ com.meridian.stridelink.sync.GaitUploadWorker } ]" % ruuid())
        elif v == 3:
            pre("I", "okhttp.OkHttpClient"); L.t("--> POST https://api.meridianop.com/v2/gait/sessions (%d-byte body)" % rng.randint(4000, 60000))
        elif v == 4:
            pre("I", "okhttp.OkHttpClient"); L.t("<-- 201 https://api.meridianop.com/v2/gait/sessions (%dms, 96-byte body)" % rng.randint(90, 900))
        elif v == 5:
            pre("W", "FwUpdate"); L.t("battery %d%% below 40%% threshold, deferring DFU (image knee_fw_2.4.0.bin)" % rng.randint(5, 39))
        elif v == 6:
            if rng.random() < 0.5:
                pre("I", "chatty"); L.t("uid=10231(com.meridian.stridelink) BleWorker identical %d lines" % rng.randint(2, 40))
            else:
                pre("I", "FwManifest"); L.t("available: knee_fw_2.4.0 built 2024-01-18T09:12:44Z sha256=%s... (%d bytes)" % (hexs(12), 512344))
        else:
            pre("E", "BleSession"); L.t("GATT_ERROR status=133 on connect, retry 2/5 in 1500 ms")
        return L
    p = pick(lambda q: q.device_kind == "knee")
    v = rng.randrange(5)
    if v == 0:
        pre("I", "BleScanner"); L.add("onScanResult name=MPK4 addr=", (p.mac, "device"), " rssi=-%d" % rng.randint(40, 90))
    elif v == 1:
        pre("I", "PairingActivity"); L.add("bonded knee serial=", (p.knee_sn, "device"), " mac=", (p.mac, "device"), " patientRef=", (p.mrn, "mrn"))
    elif v == 2:
        pre("I", "FwUpdate"); L.add("DFU start target=KNEE sn=", (p.knee_sn, "device"), " 2.3.1 -> 2.4.0 (knee_fw_2.4.0.bin, 512344 bytes)")
    elif v == 3:
        pre("D", "DeviceRegistry"); L.add('register {"imei":"', (p.imei, "device"), '","model":"SM-S911U","sdk":34,"user":"',
                                           (p.user, "other_id"), '"}')
    else:
        pre("I", "GaitUploadWorker"); L.add("uploaded session %s steps=%d for patient " % (ruuid()[:8], rng.randint(500, 9000)),
                                            (p.mrn, "mrn"), " knee ", (p.knee_sn, "device"))
    return L


# ---- 6. myoelectric hand iOS app (NSLog) ----------------------------------
def f_nslog(phi):
    d = tick()
    L = Line("nslog-handapp")
    L.t("%s.%06d-0400 DextraGrip[812:%d] " % (d.strftime("%Y-%m-%d %H:%M:%S"), d.microsecond, rng.choice([33129, 33140, 33188])))
    if not phi:
        L.t(rng.choice([
            "[BLE] CBCentralManager state: poweredOn",
            "[Grip] Pattern 'Tripod' written to slot %d (ack %d ms)" % (rng.randint(1, 6), rng.randint(8, 40)),
            "[EMG] Calibration done: ch1 gain %.1f, ch2 gain %.1f, threshold %d%%" % (rng.uniform(2, 6), rng.uniform(2, 6), rng.randint(10, 30)),
            "[Net] GET https://api.meridianop.com/v1/firmware/latest?model=DXH2 -> 200 (fw 5.12.0, 1.8 MB)",
            "[Sync] Uploaded %d usage records (grip switches %d, battery cycles 1)" % (rng.randint(5, 90), rng.randint(50, 900)),
            "[BLE] Disconnected: The specified device has disconnected from us. (code 7)",
            "[App] Build 5.3.1 (2211) launched, locale en_US",
        ]))
        return L
    p = pick(lambda q: q.device_kind == "hand")
    v = choose("nslog", 4)
    if v == 0:
        L.add("[BLE] Paired Dextra Hand 2 serial ", (p.hand_sn, "device"), " (", (p.mac, "device"), ")")
    elif v == 1:
        L.add("[FW] Update 5.11.3 -> 5.12.0 completed on ", (p.hand_sn, "device"), ", reboot ok in 4.2 s")
    elif v == 2:
        L.add("[Account] Signed in as ", (p.email, "email"), " (patient ", (p.mrn, "mrn"), ")")
    else:
        L.add("[Profile] Owner: ", (p.full, "name"), ", fitted ", (p.dos.strftime("%b %d, %Y"), "date"),
              ", device ", (p.hand_sn, "device"))
    return L


# ---- 7. order intake / DWO (C# Serilog CLEF) -----------------------------
def clef_ts(d):
    u = utc(d)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d%d" % (u.microsecond, rng.randint(0, 9)) + "Z"


def f_clef(phi):
    d = tick()
    L = Line("serilog-clef-intake")
    L.t('{"@t":"%s",' % clef_ts(d))
    doc = rng.choice(DOCS)
    dwo = "DWO-%d" % rng.randint(240000, 249999)
    if not phi:
        v = rng.randrange(6)
        if v == 0:
            L.t('"@mt":"Fax received from {FaxNumber}: {Pages} pages, job {FaxJobId}","FaxNumber":"+1%s555%s","Pages":%d,"FaxJobId":"FX-%s","SourceContext":"Meridian.Intake.FaxInbox"}' % (
                rng.choice(["614", "937", "740"]), rng.choice(["0181", "0186", "0193", "0197"]), rng.randint(1, 9), hexs(10)))
        elif v == 1:
            L.t('"@mt":"OCR completed for {FaxJobId} in {Elapsed} ms, confidence {Confidence}","FaxJobId":"FX-%s","Elapsed":%d,"Confidence":0.%d,"SourceContext":"Meridian.Intake.OcrWorker"}' % (
                hexs(10), rng.randint(800, 9000), rng.randint(71, 99)))
        elif v == 2:
            L.t('"@mt":"Prescriber {Npi} verified in PECOS ({PrescriberName})","Npi":"%s","PrescriberName":"%s %s, %s","SourceContext":"Meridian.Intake.PecosClient"}' % (
                doc[3], doc[0], doc[1], doc[2]))
        elif v == 3:
            L.t('"@mt":"DWO {DwoId} missing element {Element}","@l":"Warning","DwoId":"%s","Element":"%s","SourceContext":"Meridian.Intake.DwoValidator"}' % (
                dwo, rng.choice(["QuantityOrdered", "PrescriberSignature", "ItemDescription", "OrderDate"])))
        elif v == 4:
            L.t('"@mt":"HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms","RequestMethod":"POST","RequestPath":"/api/intake/dwo","StatusCode":201,"Elapsed":%.4f,"RequestId":"0HN1%s:0000000%d","SourceContext":"Serilog.AspNetCore.RequestLoggingMiddleware"}' % (
                rng.uniform(20, 400), hexs(8).upper(), rng.randint(1, 9)))
        else:
            L.t('"@mt":"Face-to-face note required for {Hcpcs} (LCD L33787)","@l":"Warning","Hcpcs":"%s","DwoId":"%s","SourceContext":"Meridian.Intake.DwoValidator"}' % (
                rng.choice(["L5856", "L5858", "L5973", "L6026"]), dwo))
        return L
    p = pick()
    v = rng.randrange(5)
    if v == 1 and not p.medicare:
        p = pick(lambda q: q.medicare)
    if v == 0:
        L.add('"@mt":"DWO {DwoId} parsed for beneficiary {BeneficiaryName} DOB {Dob}","DwoId":"%s","BeneficiaryName":"' % dwo,
              (jq(p.full), "name"), '","Dob":"', (d_iso(p.dob), "date"), '","SourceContext":"Meridian.Intake.DwoParser"}')
    elif v == 1:
        L.add('"@mt":"Order date {OrderDate} for {Mbi} within 6-month window","OrderDate":"', (d_iso(p.order_date), "date"),
              '","Mbi":"', (p.mbi, "health_plan"), '","Prescriber":"%s","SourceContext":"Meridian.Intake.DwoValidator"}' % doc[3])
    elif v == 2:
        L.add('"@mt":"Rx {RxId} linked to patient {PatientId}","RxId":"RX-%d","PatientId":"' % rng.randint(10000, 99999), (p.mrn, "mrn"),
              '","Diagnosis":["%s","%s"],"PrescriberNpi":"%s","SourceContext":"Meridian.Intake.RxLinker"}' % (rng.choice(ICD), rng.choice(ICD), doc[3]))
    elif v == 3:
        q = pick(lambda x: x.age > 89)
        L.add('"@mt":"Beneficiary age {Age} flagged for home delivery review","@l":"Warning","Age":', (str(q.age), "age"),
              ',"PatientId":"', (q.mrn, "mrn"), '","Clinic":"%s","SourceContext":"Meridian.Intake.DeliveryPolicy"}' % rng.choice(CLINICS)[0])
    else:
        L.add('"@mt":"Written order {DwoId}: {Items} for {Patient}, signed {SignedOn}","DwoId":"%s","Items":["%s","%s"],"Patient":"' % (dwo, rng.choice(LCODES), rng.choice(LCODES)),
              (jq(p.last + ", " + p.first), "name"), '","SignedOn":"', (d_iso(p.order_date), "date"),
              '","PrescriberName":"%s %s, %s","SourceContext":"Meridian.Intake.DwoParser"}' % (doc[0], doc[1], doc[2]))
    return L


# ---- 8. patient-api (ASP.NET Core JsonConsole / System.Text.Json) ---------
def f_stj(phi):
    d = tick()
    L = Line("aspnet-jsonconsole")
    L.t('{"Timestamp":"%s","EventId":' % iso_z(d))
    if not phi:
        v = rng.randrange(5)
        if v == 0:
            L.t('14,"LogLevel":"Information","Category":"Microsoft.Hosting.Lifetime","Message":"Now listening on: http://[::]:8080","State":{"Message":"Now listening on: http://[::]:8080","address":"http://[::]:8080","{OriginalFormat}":"Now listening on: {address}"}}')
        elif v == 1:
            e = rng.randint(1, 80)
            msg = "Executed DbCommand (%dms) [Parameters=[@__id_0='?' (DbType = Int32)], CommandType='Text', CommandTimeout='30']\nSELECT TOP(1) [p].[Id], [p].[ClinicCode] FROM [Patients] AS [p] WHERE [p].[Id] = @__id_0" % e
            L.t('20101,"LogLevel":"Information","Category":"Microsoft.EntityFrameworkCore.Database.Command","Message":"%s","State":{"Message":"%s","elapsed":"%d","commandType":"Text","commandTimeout":30,"{OriginalFormat}":"Executed DbCommand ({elapsed}ms) [Parameters=[{parameters}], CommandType=\\u0027{commandType}\\u0027, CommandTimeout=\\u0027{commandTimeout}\\u0027]{newLine}{commandText}"}}' % (stj(msg), stj(msg), e))
        elif v == 2:
            u = "https://eligibility.meridianop.local/api/270?payer=CGS&batch=%d" % rng.randint(100, 999)
            L.t('100,"LogLevel":"Information","Category":"System.Net.Http.HttpClient.Eligibility.LogicalHandler","Message":"Start processing HTTP request POST %s","State":{"Message":"Start processing HTTP request POST %s","HttpMethod":"POST","Uri":"%s","{OriginalFormat}":"Start processing HTTP request {HttpMethod} {Uri}"}}' % (stj(u), stj(u), stj(u)))
        elif v == 3:
            L.t('0,"LogLevel":"Warning","Category":"Meridian.Patients.PortalSync","Message":"Portal sync lag %ds exceeds 120s (queue portal-sync, 42 pending)","State":{"Message":"Portal sync lag %ds exceeds 120s (queue portal-sync, 42 pending)","{OriginalFormat}":"Portal sync lag {Lag}s exceeds 120s (queue {Queue}, {Pending} pending)"}}' % ((rng.randint(121, 900),) * 2))
        else:
            L.t('3,"LogLevel":"Information","Category":"Microsoft.AspNetCore.Hosting.Diagnostics","Message":"Request finished HTTP/1.1 GET http://patient-api:8080/healthz - 200 - text/plain 0.%dms","State":{"Message":"Request finished HTTP/1.1 GET http://patient-api:8080/healthz - 200 - text/plain 0.%dms","ElapsedMilliseconds":0.4,"StatusCode":200}}' % ((rng.randint(1000, 9999),) * 2))
        return L
    p = pick()
    v = choose("stj", 4)
    cat = "Meridian.Patients." + ["EligibilityService", "ProfileService", "ContactService", "GuarantorService"][v]
    L.t('0,"LogLevel":"Information","Category":"%s","Message":"' % cat)
    if v == 0:
        mem = p.plan if p.plan != p.mbi else p.member
        nm = p.last + ", " + p.first
        for k in range(2):
            L.add("Eligibility 270 sent for member ", (mem, "health_plan"), " (", (stj(nm), "name"), ")")
            if k == 0:
                L.add('","State":{"Message":"')
        L.add('","MemberId":"', (mem, "health_plan"), '","PatientName":"', (stj(nm), "name"),
              '","{OriginalFormat}":"Eligibility 270 sent for member {MemberId} ({PatientName})"}}')
    elif v == 1:
        L.add("Profile updated for ", (p.mrn, "mrn"), '","State":{"Message":"Profile updated for ', (p.mrn, "mrn"),
              '","PatientId":"', (p.mrn, "mrn"), '","Email":"', (stj(p.email), "email"), '","MobilePhone":"',
              (stj(phone(p, 3)), "phone"), '","{OriginalFormat}":"Profile updated for {PatientId}"}}')
    elif v == 2:
        L.add("Contact prefs saved for ", (p.mrn, "mrn"), '","State":{"Message":"Contact prefs saved for ', (p.mrn, "mrn"),
              '","PatientId":"', (p.mrn, "mrn"), '","Phone":"', (stj(phone(p, 1)), "phone"), '","Fax":"',
              (stj(fmt_phone(p.area, p.fax_line, 1)), "fax"), '","PreferredChannel":"fax","{OriginalFormat}":"Contact prefs saved for {PatientId}"}}')
    else:
        L.add("Guarantor set for ", (p.mrn, "mrn"), '","State":{"Message":"Guarantor set for ', (p.mrn, "mrn"),
              '","GuarantorName":"', (stj(p.ec_name), "name"), '","Relationship":"%s","GuarantorAccount":"' % p.ec_rel,
              (p.acct, "account"), '","AddressLine1":"', (stj(street_full(p)), "address"), '","City":"', (stj(p.city), "address"),
              '","Zip":"', (p.zip, "zip"), '","{OriginalFormat}":"Guarantor set for {PatientId}"}}')
    return L


# ---- 9. X12 837P segments (Serilog file sink, EDI gateway) ----------------
def f_x12(phi):
    d = tick()
    L = Line("serilog-file-edi837")
    ctl = "%09d" % rng.randint(4000, 4999)
    L.t("%s.%s -04:00 [DBG] EDI OUT 837P ctl=%s seg %d: " % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), ctl, rng.randint(1, 60)))
    if not phi:
        L.t(rng.choice([
            "ISA*00*          *00*          *ZZ*MERIDIANOP     *ZZ*CGSJB          *%s*%s*^*00501*%s*0*P*:~" % (d.strftime("%y%m%d"), d.strftime("%H%M"), ctl),
            "GS*HC*MERIDIANOP*CGSJB*%s*%s*%d*X*005010X222A1~" % (d.strftime("%Y%m%d"), d.strftime("%H%M"), int(ctl)),
            "NM1*85*2*MERIDIAN ORTHOTICS AND PROSTHE*****XX*%s~" % BILL_NPI,
            "N3*4100 COMMERCE PKWY~",
            "N4*COLUMBUS*OH*432195512~",
            "SV1*HC:%s:KX:K%d:%s*%d*UN*1***1~" % (rng.choice(["L5856", "L5301", "L5637", "L5981"]), rng.randint(1, 4), rng.choice(["LT", "RT"]), rng.randint(800, 32000)),
            "HI*ABK:%s*ABF:%s~" % (rng.choice(ICD).replace(".", ""), rng.choice(ICD).replace(".", "")),
            "NM1*DK*1*%s*%s****XX*%s~" % (DOCS[0][1].upper(), DOCS[0][0].upper(), DOCS[0][3]),
            "SE*%d*0001~" % rng.randint(30, 60),
            "CLM*CLM24%06d*%d.00***12:B:1*Y*A*Y*Y~" % (rng.randint(0, 999999), rng.randint(800, 40000)),
        ]))
        return L
    p = pick(lambda q: q.medicare)
    v = rng.randrange(6)
    if v == 0:
        L.add("NM1*IL*1*", (ascii_fold(p.last).upper(), "name"), "*", (ascii_fold(p.first).upper(), "name"), "****MI*", (p.mbi, "health_plan"), "~")
    elif v == 1:
        L.add("N3*", (ascii_fold(street_full(p)).upper(), "address"), "~")
    elif v == 2:
        L.add("N4*", (p.city.upper(), "address"), "*%s*" % p.state, (p.zip4, "zip"), "~")
    elif v == 3:
        L.add("DMG*D8*", (d_x12(p.dob), "date"), "*%s~" % p.sex)
    elif v == 4:
        L.add("DTP*472*D8*", (d_x12(p.deliv), "date"), "~")
    else:
        L.add("REF*EA*", (p.mrn, "mrn"), "~")
    return L


# ---- 10. claims service (NLog) --------------------------------------------
def f_nlog(phi):
    d = tick()
    L = Line("nlog-claims")

    def hdr(lgr, lvl="INFO"):
        L.t("%s.%04d|%s|Meridian.Claims.%s|" % (d.strftime("%Y-%m-%d %H:%M:%S"), d.microsecond // 100, lvl, lgr))
    if not phi:
        lgr, lvl, msg = rng.choice([
            ("BatchSubmitter", "INFO", "Batch 20240312-%02d submitted to CGS Jurisdiction B: %d claims, total charge %d.%02d, ISA13 %09d" % (rng.randint(1, 9), rng.randint(5, 60), rng.randint(20000, 900000), rng.randint(0, 99), rng.randint(4000, 4999))),
            ("ModifierRules", "DEBUG", "HCPCS L5856 billed with K3 requires KX; modifiers normalized to KX,K3,LT"),
            ("FeeSchedule", "INFO", "Fee schedule OH 2024Q1 loaded: 1912 HCPCS rows (DMEPOS, rural/non-rural)"),
            ("AckProcessor", "WARN", "277CA received: %d accepted, 1 rejected (A7:562 entity's NPI)" % rng.randint(10, 60)),
            ("RemitProcessor", "INFO", "Claim CLM-24-%07d status Paid %d.%02d (CO-45 %d.%02d) check EFT%010d" % (rng.randint(0, 9999999), rng.randint(500, 30000), rng.randint(0, 99), rng.randint(50, 6000), rng.randint(0, 99), rng.randint(0, 9999999999))),
            ("ModifierRules", "DEBUG", "K-level K%d documented by prescriber NPI %s; no ABN required" % (rng.randint(1, 4), rng.choice(DOCS)[3])),
            ("RemitDownloader", "WARN", "Retrying 835 download from sftp://edi.cgs-jb.example:22/outbound (attempt 2/5)"),
            ("RemitProcessor", "WARN", "Denial CO-50 on CLM-24-%07d: medical necessity not established for %s" % (rng.randint(0, 9999999), rng.choice(["L5973", "L5981", "L6026"]))),
            ("PodValidator", "INFO", "POD check passed for %d of %d claims in batch (missing: 0)" % ((rng.randint(10, 40),) * 2)),
        ])
        hdr(lgr, lvl)
        L.t(msg)
        return L
    p = pick()
    v = choose("nlog", 5)
    if v == 0:
        hdr("DmeposClaimBuilder")
        p = pick(lambda q: q.medicare)
        L.add("Claim CLM-24-%07d built for MBI " % rng.randint(0, 9999999), (p.mbi, "health_plan"), " DOS ", (d_iso(p.deliv), "date"),
              ": L5301-KX-K%d-%sT, L5637-%sT, L5856-KX-K%d-%sT" % (rng.randint(2, 4), p.side, p.side, rng.randint(2, 4), p.side))
    elif v == 1:
        hdr("AckProcessor", "WARN")
        p = pick(lambda q: q.medicare)
        L.add("Rejected CLM-24-%07d: beneficiary name mismatch, file has '" % rng.randint(0, 9999999),
              (ascii_fold(p.last).upper() + ", " + ascii_fold(p.first).upper(), "name"), "' vs MBI lookup '",
              (ascii_fold(p.last).upper() + " " + ascii_fold(p.first).upper()[0], "name"), "' (", (p.mbi, "health_plan"), ")")
    elif v == 2:
        hdr("LiabilityClaims")
        L.add("PIP claim ", (p.pip_claim, "other_id"), " opened for ", (p.full, "name"), ": insured vehicle VIN ", (p.vin, "vehicle"),
              ", plate %s " % p.state, (p.plate, "vehicle"), ", loss date ", (d_us(p.dos - dtm.timedelta(days=rng.randint(60, 400))), "date"))
    elif v == 3:
        hdr("LiabilityClaims")
        L.add("Workers comp claim ", (p.wc_claim, "other_id"), " attached to patient ", (p.mrn, "mrn"), "; employee SSN ", (p.ssn, "ssn"),
              ", employer Buckeye Freight LLC")
    else:
        hdr("CoordinationOfBenefits", "DEBUG")
        L.add("Secondary payer for ", (p.mrn, "mrn"), ": member ", (p.member, "health_plan"), " group 00%d4471, subscriber " % rng.randint(10, 99),
              (p.ec_name, "name"), " (%s)" % p.ec_rel)
    return L


# ---- 11. proof of delivery (Node, winston JSON) ---------------------------
def f_pod(phi):
    d = tick()
    L = Line("winston-pod")
    if not phi:
        v = rng.randrange(4)
        if v == 0:
            L.t('{"level":"info","message":"POD packet generated","wo":"%s","pages":%d,"s3Key":"pod/2024/03/%s.pdf","service":"pod-svc","timestamp":"%s"}' % (wo(), rng.randint(2, 5), ruuid(), iso_z(d)))
        elif v == 1:
            L.t('{"level":"warn","message":"signature pad timeout, retrying","deviceId":"SIGPAD-%s-0%d","attempt":%d,"service":"pod-svc","timestamp":"%s"}' % (rng.choice(CLINICS)[0], rng.randint(1, 4), rng.randint(2, 3), iso_z(d)))
        elif v == 2:
            L.t('{"level":"info","message":"signature image stored","wo":"%s","sha256":"%s","bytes":%d,"service":"pod-svc","timestamp":"%s"}' % (wo(), hexs(64), rng.randint(4000, 30000), iso_z(d)))
        else:
            L.t('{"level":"error","message":"PDF render failed: ENOENT: no such file or directory, open \'/app/templates/pod_v3.hbs\'","service":"pod-svc","timestamp":"%s"}' % iso_z(d))
        return L
    p = pick()
    v = rng.randrange(3)
    if v == 0:
        L.add('{"level":"info","message":"delivery confirmed","wo":"%s","beneficiary":"' % wo(), (jq(p.full), "name"),
              '","signedBy":"', (jq(p.ec_name), "name"), '","relationship":"%s","deliveredOn":"' % p.ec_rel, (d_iso(p.deliv), "date"),
              '","service":"pod-svc","timestamp":"%s"}' % iso_z(d))
    elif v == 1:
        L.add('{"level":"info","message":"POD captured","wo":"%s","patientId":"' % wo(), (p.mrn, "mrn"), '","deliveryAddress":"',
              (jq(street_full(p)), "address"), ", ", (p.city, "address"), ", %s " % p.state, (p.zip, "zip"),
              '","method":"home delivery","service":"pod-svc","timestamp":"%s"}' % iso_z(d))
    else:
        L.add('{"level":"info","message":"POD signed","wo":"%s","signer":"' % wo(), (jq(p.full), "name"), '","relationship":"self","dos":"',
              (d_us(p.deliv), "date"), '","items":["%s"],"service":"pod-svc","timestamp":"%s"}' % (rng.choice(LCODES), iso_z(d)))
    return L


# ---- 12. shipping / carrier integration (Node, plain text) ----------------
def ups_tracking():
    return "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(6)) + "".join(rng.choice(string.digits) for _ in range(10))


def f_ship(phi):
    d = tick()
    L = Line("node-shipsvc")
    L.t("%s [ship-svc] %s: " % (iso_z(d), rng.choice(["info", "info", "debug", "warn"])))
    if not phi:
        c = rng.choice(CLINICS)
        v = rng.randrange(5)
        if v == 0:
            L.t("label created carrier=ups service=03 tracking=%s to=\"%s, %s, %s OH %s\" weight=%.1flb" % (ups_tracking(), c[1], c[2], c[3], c[4], rng.uniform(1, 20)))
        elif v == 1:
            L.t("tracking update %s DELIVERED %s %s OH US (signed: %s)" % (ups_tracking(), d.strftime("%Y-%m-%d %H:%M"), c[3].upper(), rng.choice(["FRONTDESK", "MERIDIAN", "RECEPTION"])))
        elif v == 2:
            L.t("fedex rate quote FEDEX_2_DAY 27.%02d USD, FEDEX_GROUND 11.%02d USD (from %s)" % (rng.randint(0, 99), rng.randint(0, 99), FAB[3]))
        elif v == 3:
            L.t("usps webhook tracking=9400 1118 9922 %04d %04d %02d status=IN_TRANSIT facility=\"COLUMBUS OH DISTRIBUTION CENTER\"" % (rng.randint(0, 9999), rng.randint(0, 9999), rng.randint(0, 99)))
        else:
            L.t("pickup scheduled confirmation=CMH%07d window=14:00-17:00 location=\"%s, %s\" phone=\"%s\"" % (rng.randint(0, 9999999), FAB[0], FAB[1], FAB[4]))
        return L
    p = pick()
    v = rng.randrange(3)
    if v == 0:
        L.add('label created carrier=fedex tracking=77%010d ship_to={"name":"' % rng.randint(0, 9999999999), (jq(p.full), "name"),
              '","street1":"', (jq(p.street), "address"), '","street2":"%s","city":"' % p.unit, (p.city, "address"),
              '","state":"%s","zip":"' % p.state, (p.zip, "zip"), '","phone":"', (phone(p, 2), "phone"), '"}')
    elif v == 1:
        L.add("address validation corrected ship_to for %s: '" % wo(), (ascii_fold(p.street).upper(), "address"), " ",
              (p.city.upper(), "address"), " %s " % p.state, (p.zip, "zip"), "' -> zip+4 ", (p.zip4[:5] + "-" + p.zip4[5:], "zip"))
    else:
        L.add("delivery exception %s: recipient not available, carrier will call " % ups_tracking(), (phone(p, 0), "phone"),
              " (", (p.full, "name"), ")")
    return L


# ---- 13. patient portal nginx (combined + xff) ---------------------------
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
       "MeridianPortal/3.8.2 (iOS 17.3.1; iPhone14,5) Alamofire/5.8.1"]


def nginx_ts(d):
    return d.strftime("%d/%b/%Y:%H:%M:%S") + " -0400"


def f_nginx(phi):
    d = tick()
    L = Line("nginx-portal")
    lb = "10.20.1.%d" % rng.randint(10, 14)
    if not phi:
        v = rng.randrange(4)
        if v == 0:
            L.t('%s - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" "-" rt=0.001' % ("10.20.7.%d" % rng.randint(2, 250), nginx_ts(d)))
        elif v == 1:
            L.t('%s - - [%s] "HEAD / HTTP/1.1" 200 0 "https://portal.meridianop.com" "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)" "-" rt=0.012' % ("216.144.250.150", nginx_ts(d)))
        elif v == 2:
            L.t('%s - - [%s] "GET /static/js/main.%s.js HTTP/1.1" 304 0 "https://portal.meridianop.com/" "%s" "-" rt=0.000' % (lb, nginx_ts(d), hexs(8), rng.choice(UAS)))
        else:
            L.t('%s - - [%s] "POST /api/v1/internal/reminders/run HTTP/1.1" 202 31 "-" "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)" "-" rt=0.%03d' % ("10.20.4.%d" % rng.randint(2, 250), nginx_ts(d), rng.randint(5, 900)))
        return L
    p = pick()
    v = rng.randrange(4)
    if v == 0:
        L.add('%s - - [%s] "GET /api/v1/messages/threads?limit=20 HTTP/1.1" 200 %d "https://portal.meridianop.com/messages" "%s" "' % (lb, nginx_ts(d), rng.randint(300, 9000), rng.choice(UAS)),
              (p.ip, "ip"), '" rt=0.%03d' % rng.randint(5, 900))
    elif v == 1:
        L.add('%s - - [%s] "GET /api/v1/patients/' % (lb, nginx_ts(d)), (p.mrn, "mrn"),
              '/documents/%d/download HTTP/1.1" 200 %d "https://portal.meridianop.com/documents" "%s" "' % (rng.randint(1000, 99999), rng.randint(40000, 900000), rng.choice(UAS)),
              (p.ip, "ip"), '" rt=0.%03d' % rng.randint(5, 900))
    elif v == 2:
        L.add((p.ip, "ip"), ' - - [%s] "POST /api/v1/auth/login HTTP/1.1" 401 64 "https://portal.meridianop.com/login" "%s"' % (nginx_ts(d), rng.choice(UAS)))
    else:
        L.add('%s - - [%s] "GET /u/' % (lb, nginx_ts(d)), (p.user, "other_id"), '/profile HTTP/1.1" 200 %d "-" "%s" "' % (rng.randint(2000, 9000), rng.choice(UAS)),
              (p.ip, "ip"), '" rt=0.%03d' % rng.randint(5, 900))
    return L


# ---- 14. portal messaging (NestJS logger) ---------------------------------
def nest_pre(L, d, lvl, ctx):
    h = d.hour % 12 or 12
    L.t("[Nest] 4121  - %s, %d:%s %s %s [%s] " % (d.strftime("%m/%d/%Y"), h, d.strftime("%M:%S"), "PM" if d.hour >= 12 else "AM", lvl.rjust(7), ctx))


def f_nest(phi):
    d = tick()
    L = Line("nestjs-portal")
    tail = " +%dms" % rng.randint(0, 40)
    if not phi:
        v = rng.randrange(5)
        if v == 0:
            nest_pre(L, d, "LOG", "RouterExplorer"); L.t("Mapped {/api/v1/messages/threads/:id, GET} route" + tail)
        elif v == 1:
            nest_pre(L, d, "LOG", "NestApplication"); L.t("Nest application successfully started" + tail)
        elif v == 2:
            nest_pre(L, d, "LOG", "MessagesService"); L.t("thread %d marked read by staff %s (clinic %s)%s" % (rng.randint(80000, 99999), rng.choice(STAFF), rng.choice(CLINICS)[0], tail))
        elif v == 3:
            nest_pre(L, d, "WARN", "MailService"); L.t("SMTP 421 from smtp.sendgrid.net, requeue notification n-%s (from noreply@meridianop.com)%s" % (hexs(6), tail))
        else:
            if rng.random() < 0.5:
                nest_pre(L, d, "ERROR", "ExceptionsHandler"); L.t("connect ECONNREFUSED 10.20.5.18:6379" + tail)
            else:
                c = rng.choice(CLINICS)
                nest_pre(L, d, "LOG", "EscalationService"); L.t("unanswered thread %d escalated to %s@meridianop.com (on-call %s, %s)%s" % (
                    rng.randint(80000, 99999), c[3].lower().replace(" ", ""), rng.choice(CLIN), c[5], tail))
        return L
    p = pick()
    v = choose("nest", 6)
    if v == 0:
        nest_pre(L, d, "LOG", "MessagesService")
        L.add("New message %d from " % rng.randint(80000, 99999), (p.user, "other_id"), " to %s: \"socket rubs behind my knee, can someone call me at " % rng.choice(CLINICS)[0],
              (phone(p, 1), "phone"), "?\"" + tail)
    elif v == 1:
        nest_pre(L, d, "LOG", "AuthService")
        L.add("login ok user=", (p.user, "other_id"), " ip=", (p.ip, "ip"), " mfa=sms" + tail)
    elif v == 2:
        nest_pre(L, d, "LOG", "NotificationsService")
        L.add("SMS reminder queued to ", (phone(p, 3), "phone"), " for fitting ", (d_iso(p.appt), "date"), " 10:30 at %s%s" % (rng.choice(CLINICS)[1], tail))
    elif v == 3:
        nest_pre(L, d, "DEBUG", "ProfileService")
        L.add("avatar updated for user ", (p.user, "other_id"), ": ", ("data:image/jpeg;base64," + jpeg_b64(rng.randint(150, 420)), "photo"), tail)
    elif v == 4:
        nest_pre(L, d, "LOG", "ShareService")
        L.add("external page linked to profile ", (p.mrn, "mrn"), ": ", (rng.choice([p.url_cb, p.url_gfm]), "url") , tail)
    else:
        nest_pre(L, d, "LOG", "MessagesService")
        L.add("message %d from " % rng.randint(80000, 99999), (p.user, "other_id"), ": \"this is ", (p.ec_name.split()[0], "name"),
              ", %s %s. Please email the delivery paperwork to " % ("her" if p.sex == "F" else "his", p.ec_rel),
              (p.email, "email"), "\"" + tail)
    return L


# ---- 15. HL7 referral interface (Mirth Connect log4j) ---------------------
def f_mirth(phi):
    d = tick()
    L = Line("mirth-hl7")
    L.t("%s %s,%s [EHR_ADT_IN Source Channel Thread] " % (rng.choice(["INFO ", "INFO ", "DEBUG"]), d.strftime("%Y-%m-%d %H:%M:%S"), ms(d)))
    if not phi:
        L.t(rng.choice([
            "com.mirth.connect.donkey.server.channel.Channel: Channel EHR_ADT_IN (a8c1f0e2-3b7d-4d2a-9f5e-1c6b0d7e2a41) deployed",
            "com.mirth.connect.connectors.tcp.TcpReceiver: MLLP connection accepted from 10.40.2.%d:%d" % (rng.randint(2, 250), rng.randint(40000, 65000)),
            "com.mirth.connect.connectors.tcp.TcpReceiver: ACK sent AA for MSH-10 MSG%08d" % rng.randint(0, 99999999),
            "com.mirth.connect.server.transformers.JavaScriptFilter: filtered A08 from ORTHOCLINIC_TEST (MSH-11=T)",
            "transformer: MSH|^~\\&|EPIC|OHSU_REF|MERIDIAN|OP|%s||ORM^O01|MSG%08d|P|2.3" % (d.strftime("%Y%m%d%H%M%S"), rng.randint(0, 99999999)),
            "transformer: OBR|1|ORD%07d||L5301^BK MOLDED SOCKET^HCPCS|||%s" % (rng.randint(0, 9999999), d.strftime("%Y%m%d%H%M")),
        ]))
        return L
    p = pick()
    v = choose("mirth", 3)
    if v == 0:
        L.add("transformer: PID|1||", (p.mrn, "mrn"), "^^^MERIDIAN^MR||", (ascii_fold(p.last).upper(), "name"), "^", (ascii_fold(p.first).upper(), "name"),
              "||", (d_x12(p.dob), "date"), "|%s|||" % p.sex, (ascii_fold(street_full(p)).upper(), "address"), "^^", (p.city.upper(), "address"),
              "^%s^" % p.state, (p.zip, "zip"), "^USA^^^", (p.county.upper(), "address"), "||", ("(%s)555-%s" % (p.area, p.pline), "phone"),
              "|||||", (p.acct.replace("GA-", ""), "account"), "|", (p.ssn.replace("-", ""), "ssn"))
    elif v == 1:
        L.add("transformer: NK1|1|", (ascii_fold(p.ec_name.split()[-1]).upper(), "name"), "^", (ascii_fold(p.ec_name.split()[0]).upper(), "name"),
              "|%s||" % p.ec_rel.upper()[:3], ("(%s)555-%s" % (p.ec_area, p.ec_line), "phone"), "||EC^EMERGENCY CONTACT")
    else:
        ins = "MCR|CMS|MEDICARE PART B" if p.medicare else "COM|ANTHEM|ANTHEM BCBS OH"
        L.add("transformer: IN1|1|%s||||||||||||" % ins, (ascii_fold(p.last).upper(), "name"), "^", (ascii_fold(p.first).upper(), "name"),
              "|01|", (d_x12(p.dob), "date"), "|||||||||||||||||||", (p.mbi if p.medicare else p.member, "health_plan"))
    return L


# ---- 16. payments (Serilog console) ---------------------------------------
def f_pay(phi):
    d = tick()
    L = Line("serilog-console-payments")
    lvl = rng.choice(["INF", "INF", "DBG", "WRN"])
    L.t("[%s %s] " % (d.strftime("%H:%M:%S"), lvl))
    if not phi:
        L.t(rng.choice([
            "Transaction %d approved: $%d.%02d, card ****%04d (Visa), AVS Y, CVV M" % (rng.randint(60000000000, 69999999999), rng.randint(20, 900), rng.randint(0, 99), rng.randint(0, 9999)),
            "Payment plan PP-%d installment %d/12 scheduled for run 2024-04-01" % (rng.randint(1000, 9999), rng.randint(1, 12)),
            "Webhook payment_intent.succeeded pi_3Ot%s received (livemode=true)" % hexs(18),
            "Settlement batch %d closed: 84 txns, $21,884.16, deposit ref ACH%09d" % (rng.randint(100000, 999999), rng.randint(0, 999999999)),
            "Merchant routing number 044000037 validated for Meridian O&P operating account",
        ]))
        return L
    p = pick()
    v = choose("pay", 3)
    if v == 0:
        L.add('AuthorizeRequest {"createTransactionRequest":{"transactionRequest":{"amount":"%d.%02d","payment":{"creditCard":{"cardNumber":"' % (rng.randint(20, 900), rng.randint(0, 99)),
              (p.card, "account"), '","expirationDate":"2027-%02d"}},"billTo":{"firstName":"' % rng.randint(1, 12), (jq(p.first), "name"),
              '","lastName":"', (jq(p.last), "name"), '","zip":"', (p.zip, "zip"), '"}}}}')
    elif v == 1:
        L.add("Guarantor account ", (p.acct, "account"), " for ", (p.ec_name, "name"), " updated; ACH account ", (p.ach, "account"),
              " routing 044000037 (Huntington)")
    else:
        L.add("Statement %s-%d emailed to " % (d.strftime("%Y%m"), rng.randint(1000, 9999)), (p.email, "email"), " for account ", (p.acct, "account"),
              ", balance $%d.%02d" % (rng.randint(20, 3000), rng.randint(0, 99)))
    return L


# ---- 17. check-in kiosk (NLog) ---------------------------------------------
def f_kiosk(phi):
    d = tick()
    L = Line("nlog-kiosk")
    k = "%s-K%d" % (rng.choice(CLINICS)[0], rng.randint(1, 2))

    def hdr(lgr, lvl="INFO"):
        L.t("%s.%04d|%s|Meridian.Kiosk.%s|" % (d.strftime("%Y-%m-%d %H:%M:%S"), d.microsecond // 100, lvl, lgr))
    if not phi:
        lgr, msg = rng.choice([
            ("Health", "Kiosk %s heartbeat ok, printer ready, %d check-ins today" % (k, rng.randint(0, 40))),
            ("IdScanner", "PDF417 decoder v4.2.1 loaded (Honeywell N6603)"),
            ("BiometricMatcher", "Fingerprint reader U.are.U 4500 serial 00%06d connected" % rng.randint(0, 999999)),
            ("CheckInFlow", "Check-in session %s timed out after 120 s on %s" % (ruuid(), k)),
        ])
        hdr(lgr)
        L.t(msg)
        return L
    p = pick()
    v = choose("kiosk", 3)
    if v == 0:
        hdr("IdScanner", "DEBUG")
        L.add("ID scan ok on %s: DAQ=" % k, (p.dl, "license"), " DCS=", (ascii_fold(p.last).upper(), "name"), " DAC=", (ascii_fold(p.first).upper(), "name"),
              " DBB=", (p.dob.strftime("%m%d%Y"), "date"), " DAG=", (ascii_fold(p.street).upper(), "address"), " DAI=", (p.city.upper(), "address"),
              " DAJ=%s DAK=" % p.state, (p.zip + "0000", "zip"))
    elif v == 1:
        hdr("BiometricMatcher", "DEBUG")
        L.add("Fingerprint match on %s for patient " % k, (p.mrn, "mrn"), " score 0.%d template=" % rng.randint(80, 99), (fmr_b64(rng.randint(90, 200)), "biometric"))
    else:
        hdr("CheckInFlow")
        L.add("Check-in complete: ", (p.full, "name"), " appt ", (d_iso(p.appt) if rng.random() < 0.5 else d.strftime("%Y-%m-%d"), "date"),
              " with %s" % rng.choice(CLIN))
    return L


# ---- 18. infra noise (no PHI) ---------------------------------------------
def f_infra(phi):
    assert not phi
    d = tick()
    L = Line("infra-misc")
    v = rng.randrange(14)
    if v == 9:
        L.t("%s claims-01 systemd[1]: Started Meridian Claims API (claims-api.service)." % syslog_ts(d))
        return L
    if v == 10:
        L.t("%s fab-nas01 smbd[%d]: [%s.%06d,  2] ../../source3/smbd/service.c:1130(make_connection_snum)  cad-ws%02d (ipv4:10.20.4.%d:%d) connect to service cad initially as user MERIDIAN\\%s (uid=1104, gid=513) (pid %d)" % (
            syslog_ts(d), rng.randint(2000, 9000), d.strftime("%Y/%m/%d %H:%M:%S"), d.microsecond, rng.randint(1, 12), rng.randint(20, 90), rng.randint(49152, 65000), rng.choice(STAFF), rng.randint(2000, 9000)))
        return L
    if v == 11:
        L.t("    at async PodController.sign (/app/dist/pod/pod.controller.js:%d:%d)" % (rng.randint(20, 200), rng.randint(5, 40)))
        return L
    if v == 12:
        L.t("%s fab-db01 postgres[%d]: [5-1] %s.%s EDT [%d] ERROR:  duplicate key value violates unique constraint \"work_orders_pkey\"" % (
            syslog_ts(d), rng.randint(18000, 19999), d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), rng.randint(18000, 19999)))
        return L
    if v == 13:
        L.t("%s mail01 postfix/smtp[%d]: %s: to=<%s@meridianop.com>, relay=smtp.office365.com[52.96.%d.%d]:587, delay=1.%d, status=sent (250 2.0.0 OK)" % (
            syslog_ts(d), rng.randint(2000, 30000), hexs(10).upper(), rng.choice(STAFF), rng.randint(1, 250), rng.randint(1, 250), rng.randint(0, 9)))
        return L
    if v == 0:
        L.t("%s fab-db01 postgres[%d]: [3-1] %s.%s EDT [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=%.3f s, sync=0.%03d s, total=%.3f s" % (
            syslog_ts(d), 18812, d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), 18812, rng.randint(100, 4000), rng.uniform(0.5, 20), rng.uniform(1, 200), rng.randint(1, 99), rng.uniform(1, 200)))
    elif v == 1:
        u = utc(d)
        L.t('%s k8s-node-3 kubelet[1022]: I%s %s.%06d    1022 prober.go:107] "Probe failed" probeType="Readiness" pod="portal/portal-api-6d7f9c7b8-%s" podUID=%s containerName="api" probeResult="failure" output="HTTP probe failed with statuscode: 503"' % (
            syslog_ts(d), u.strftime("%m%d"), u.strftime("%H:%M:%S"), u.microsecond, hexs(5), ruuid()))
    elif v == 2:
        L.t("    at DwoValidator.validate (/app/dist/intake/dwo-validator.js:%d:%d)" % (rng.randint(10, 300), rng.randint(5, 40)))
    elif v == 3:
        L.t("%s fab-nas01 CRON[%d]: (root) CMD (/usr/local/bin/backup-scans.sh --target s3://meridian-scan-archive/2024/ --since 24h)" % (syslog_ts(d), rng.randint(2000, 30000)))
    elif v == 4:
        L.t("%d:M %s * 100 changes in 300 seconds. Saving..." % (1, d.strftime("%d %b %Y %H:%M:%S") + "." + ms(d)))
    elif v == 5:
        L.t("%s claims-01 claims-api[2211]: info: Microsoft.AspNetCore.Hosting.Diagnostics[2] Request finished HTTP/1.1 GET http://claims-api:8080/health - 200 - text/plain 1.%04dms" % (syslog_ts(d), rng.randint(0, 9999)))
    elif v == 6:
        L.t("PM2        | App [fab-tracker:%d] online" % rng.randint(0, 3))
    elif v == 7:
        L.t("%s portal-web01 certbot[%d]: Certificate not yet due for renewal; no action taken (expires 2024-05-21, portal.meridianop.com)" % (syslog_ts(d), rng.randint(2000, 30000)))
    else:
        L.t("TypeError: Cannot read properties of undefined (reading 'mbi')")
    return L


# ---- 19. gait upload API (Node, express-morgan + JSON body debug) ---------
def f_gaitapi(phi):
    d = tick()
    L = Line("node-gaitapi")
    L.t("%s gait-api[%d]: " % (iso_z(d), rng.choice([31, 32, 33])))
    if not phi:
        L.t(rng.choice([
            '10.20.2.%d - - [%s] "POST /v2/gait/sessions HTTP/1.1" 201 96 "-" "okhttp/4.12.0"' % (rng.randint(2, 250), nginx_ts(d)),
            "aggregated %d sessions into gait_daily (p95 cadence %d spm, mean stance asym %.1f%%)" % (rng.randint(50, 400), rng.randint(90, 120), rng.uniform(1, 9)),
            'DeprecationWarning: Buffer() is deprecated due to security and usability issues. (Use `node --trace-deprecation ...` to show where the warning was created)',
            "firmware manifest published: MPK4 2.4.0 (sha256 %s..., min app 3.2.0)" % hexs(16),
        ]))
        return L
    p = pick(lambda q: q.device_kind != "none")
    sn = p.knee_sn if p.device_kind == "knee" else p.hand_sn
    v = choose("gait", 3)
    if v == 0:
        L.add('debug body {"deviceSerial":"', (sn, "device"), '","patientId":"', (p.mrn, "mrn"), '","steps":%d,"cadenceSpm":%d,"fwVersion":"2.4.0","sessionId":"%s"}' % (
            rng.randint(300, 9000), rng.randint(70, 115), ruuid()))
    elif v == 1:
        L.add("UDI registered for ", (p.mrn, "mrn"), ": ", (p.udi, "device"), " (implant/device registry sync)")
    else:
        L.add("recall notice match: device ", (sn, "device"), " owner ", (p.full, "name"), " notify via ", (p.email, "email"))
    return L


# ---- 20. intake of foreign/national IDs, misc case numbers (C# Serilog console) -
def f_reg(phi):
    d = tick()
    L = Line("serilog-console-registration")
    L.t("[%s %s] " % (d.strftime("%H:%M:%S"), rng.choice(["INF", "INF", "WRN"])))
    if not phi:
        L.t(rng.choice([
            "Registration form v12 rendered in %d ms for clinic %s" % (rng.randint(20, 300), rng.choice(CLINICS)[0]),
            "Interpreter request IR-%d queued: language=%s, modality=video" % (rng.randint(1000, 9999), rng.choice(["es", "pl", "vi", "ar", "tr"])),
            "Weekly cohort: %d TT fittings, median age %d (IQR %d-%d), %d K3+ ratings" % (rng.randint(20, 60), rng.randint(58, 68), rng.randint(45, 55), rng.randint(69, 78), rng.randint(5, 20)),
            "Referral source %s %s, %s (NPI %s) mapped to payer profile OHMCD" % (DOCS[1][0], DOCS[1][1], DOCS[1][2], DOCS[1][3]),
        ]))
        return L
    p = pick(lambda q: q.natid is not None or q.age > 89)
    if p.natid is not None and choose("reg", 2) == 0:
        L.add("Foreign ID captured for ", (p.mrn, "mrn"), ": %s=" % p.natid[0], (p.natid[1], "other_id"), ", name on ID '", (p.full, "name"), "'")
    else:
        q = pick(lambda x: x.age > 89)
        L.add("Fall-risk screen for ", (q.full, "name"), ", age ", (str(q.age), "age"), ", lives at ", (street_full(q), "address"), ", ",
              (q.city, "address"), " (", (q.county + " County", "address"), "); contact ", (q.ec_name, "name"), " ", (ecphone(q), "phone"))
    return L


FAMILIES = {
    # name: (func, weight_phi, weight_nophi)
    "scan": (f_scan, 12, 14), "cad": (f_cad, 12, 16), "pino": (f_pino, 12, 18), "station": (f_station, 6, 14),
    "logcat": (f_logcat, 14, 18), "nslog": (f_nslog, 9, 12), "clef": (f_clef, 14, 16), "stj": (f_stj, 12, 12),
    "x12": (f_x12, 14, 16), "nlog": (f_nlog, 12, 14), "pod": (f_pod, 10, 10), "ship": (f_ship, 10, 12),
    "nginx": (f_nginx, 12, 12), "nest": (f_nest, 14, 12), "mirth": (f_mirth, 9, 10), "pay": (f_pay, 8, 8),
    "kiosk": (f_kiosk, 9, 6), "infra": (f_infra, 0, 22), "gait": (f_gaitapi, 7, 8), "reg": (f_reg, 6, 5),
}


def main():
    flags = [True] * N_PHI + [False] * (N_LINES - N_PHI)
    rng.shuffle(flags)
    names = sorted(FAMILIES)
    out_log = bytearray()
    labels = []
    for i, phi in enumerate(flags, 1):
        w = [FAMILIES[n][1] if phi else FAMILIES[n][2] for n in names]
        fam = rng.choices(names, weights=w)[0]
        L = FAMILIES[fam][0](phi)
        b = bytes(L.buf)
        assert b"\n" not in b and b"\r" not in b, (i, b)
        assert len(b) <= 4000, (i, len(b))
        b.decode("utf-8")
        assert bool(L.spans) == phi, (i, fam, phi)
        prev = 0
        spans = []
        for s, e, cat, val in sorted(L.spans):
            assert s >= prev, ("overlap", i)
            assert b[s:e] == val, ("mismatch", i)
            prev = e
            spans.append({"s": s, "e": e, "cat": cat})
        out_log += b + b"\n"
        labels.append(json.dumps({"line": i, "family": L.family, "spans": spans}, ensure_ascii=False))
    cov = {}
    for row in labels:
        for sp in json.loads(row)["spans"]:
            cov[sp["cat"]] = cov.get(sp["cat"], 0) + 1
    assert set(cov) == CATS, CATS - set(cov)
    assert min(cov.values()) >= 3, cov
    with open(os.path.join(HERE, ID + ".log"), "wb") as f:
        f.write(out_log)
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "wb") as f:
        f.write(("\n".join(labels) + "\n").encode("utf-8"))


if __name__ == "__main__":
    main()
