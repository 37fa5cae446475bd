#!/usr/bin/env python3
"""Deterministic generator for the 'dx' held-out corpus.

Theme: hospital clinical communication and alarm management (secure messaging,
Vocera-like calls, alarm middleware, central monitoring, on-call lookups, nurse
call, RTLS badges, MDM check-ins, integration services in Node, C# and Python).

Writes dx.log and dx.labels.jsonl next to this file. Standard library only.
"""
import base64
import calendar
import datetime as dt
import json
import os
import random

random.seed(18181)

ID = "dx"
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500


# ---------------------------------------------------------------------------
# line builder with byte-offset span bookkeeping
# ---------------------------------------------------------------------------
class P:
    """A PHI value to be inserted and labelled."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class F:
    """A string composed of plain text and PHI pieces."""

    def __init__(self, *parts):
        self.parts = parts


class Line:
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        b = len(s.encode("utf-8"))
        assert b > 0
        self.spans.append((self.n, self.n + b, cat, s))
        self.buf.append(s)
        self.n += b
        return self

    def x(self, v, esc=None):
        """Add str / P / F (optionally through an escaping function)."""
        esc = esc or (lambda z: z)
        if isinstance(v, P):
            self.p(esc(str(v.v)), v.cat)
        elif isinstance(v, F):
            for part in v.parts:
                self.x(part, esc)
        else:
            self.t(esc(str(v)))
        return self

    def text(self):
        return "".join(self.buf)


def plain(v):
    """Render a P/F/str value as its plain text."""
    if isinstance(v, P):
        return str(v.v)
    if isinstance(v, F):
        return "".join(plain(z) for z in v.parts)
    return str(v)


def jstr(s, ea):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def jw(L, v, ea=False, seps=(",", ":")):
    """Write a JSON value (dict / list / scalar / P / F) into line L."""
    if isinstance(v, P):
        if isinstance(v.v, str):
            L.t('"').p(jstr(v.v, ea), v.cat).t('"')
        else:
            L.p(json.dumps(v.v), v.cat)
    elif isinstance(v, F):
        L.t('"')
        for part in v.parts:
            if isinstance(part, P):
                L.p(jstr(str(part.v), ea), part.cat)
            else:
                L.t(jstr(part, ea))
        L.t('"')
    elif isinstance(v, dict):
        L.t("{")
        first = True
        for k, val in v.items():
            if not first:
                L.t(seps[0])
            first = False
            L.t(json.dumps(k, ensure_ascii=ea) + seps[1])
            jw(L, val, ea, seps)
        L.t("}")
    elif isinstance(v, list):
        L.t("[")
        for i, val in enumerate(v):
            if i:
                L.t(seps[0])
            jw(L, val, ea, seps)
        L.t("]")
    else:
        L.t(json.dumps(v, ensure_ascii=ea))


def pyw(L, v):
    """Write a python repr of dict/list/scalars with P values (whole-string P only)."""
    if isinstance(v, P):
        if isinstance(v.v, str):
            r = repr(v.v)
            L.t(r[0]).p(r[1:-1], v.cat).t(r[-1])
        else:
            L.p(repr(v.v), v.cat)
    elif isinstance(v, dict):
        L.t("{")
        for i, (k, val) in enumerate(v.items()):
            if i:
                L.t(", ")
            L.t(repr(k) + ": ")
            pyw(L, val)
        L.t("}")
    elif isinstance(v, list):
        L.t("[")
        for i, val in enumerate(v):
            if i:
                L.t(", ")
            pyw(L, val)
        L.t("]")
    else:
        L.t(repr(v))


def bytes_esc(s, quote="'"):
    out = []
    for c in s.encode("utf-8"):
        if c == 0x5C:
            out.append("\\\\")
        elif c == 0x0D:
            out.append("\\r")
        elif c == 0x0A:
            out.append("\\n")
        elif c == 0x09:
            out.append("\\t")
        elif chr(c) == quote:
            out.append("\\" + quote)
        elif 32 <= c < 127:
            out.append(chr(c))
        else:
            out.append("\\x%02x" % c)
    return "".join(out)


# ---------------------------------------------------------------------------
# helpers for synthetic identifiers
# ---------------------------------------------------------------------------
R = random


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    return "%s-%s-4%s-%s%s-%s" % (hexs(8), hexs(4), hexs(3), R.choice("89ab"), hexs(3), hexs(12))


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
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def imei(tac):
    body = tac + digits(14 - len(tac))
    v = body + luhn_digit(body)
    assert luhn_ok(v)
    return v


def card(prefix, length=16):
    body = prefix + digits(length - 1 - len(prefix))
    v = body + luhn_digit(body)
    assert luhn_ok(v)
    return v


def npi():
    body = "1" + digits(8)
    # NPI check digit = Luhn over '80840' + first 9 digits
    chk = luhn_digit("80840" + body)
    return body + chk


VIN_MAP = {c: v for c, v in zip("ABCDEFGH", range(1, 9))}
VIN_MAP.update({"J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
                "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9})
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    vds = "".join(R.choice(chars) for _ in range(5))
    year = R.choice("DEFGHJKLMNP")
    plant = R.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    serial = digits(6)
    v = wmi + vds + "0" + year + plant + serial
    tot = 0
    for i, ch in enumerate(v):
        val = int(ch) if ch.isdigit() else VIN_MAP[ch]
        tot += val * VIN_W[i]
    c = tot % 11
    chk = "X" if c == 10 else str(c)
    return v[:8] + chk + v[9:]


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + "0123456789"
    s = (R.choice("123456789") + R.choice(MBI_A) + R.choice(an) + R.choice("0123456789")
         + R.choice(MBI_A) + R.choice(an) + R.choice("0123456789")
         + R.choice(MBI_A) + R.choice(MBI_A) + R.choice("0123456789") + R.choice("0123456789"))
    return s


def fake_ssn():
    while True:
        a = R.randint(101, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def b64_blob(n, header=b""):
    raw = header + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode("ascii")


JPEG_HDR = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
PNG_HDR = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\xa0\x00\x00\x00\xa0\x08\x02\x00\x00\x00"


def mac(oui):
    return oui + ":" + ":".join(hexs(2) for _ in range(3))


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------
TODAY = dt.date(2024, 11, 18)

STAFF_RAW = [
    ("Rania", "Haddad", "MD", "Hospitalist"),
    ("Chidi", "Okonkwo", "MD", "Cardiology"),
    ("Priya", "Raman", "RN", "4W"),
    ("Marcus", "Feld", "RN", "4W"),
    ("Hana", "Kobayashi", "RN", "5E"),
    ("Diego", "Alvarado", "RN", "MICU"),
    ("Oksana", "Melnyk", "RN", "CVICU"),
    ("Tavita", "Leota", "RN", "3N"),
    ("Grace", "Mwangi", "RN", "4W"),
    ("Samuel", "Achterberg", "MD", "Critical Care"),
    ("Leila", "Farahani", "MD", "Oncology"),
    ("Ji-ho", "Park", "PharmD", "Pharmacy"),
    ("Brendan", "Kearney", "RT", "Respiratory"),
    ("Ifeoma", "Chukwu", "RN", "5E"),
    ("Anders", "Holm", "MD", "Anesthesia"),
    ("Yusuf", "Demir", "RN", "ED"),
    ("Carmen", "Ibarra", "RN", "L&D"),
    ("Nikhil", "Sethi", "MD", "Nephrology"),
    ("Mele", "Tupou", "CNA", "4W"),
    ("Paulina", "Zielińska", "RN", "CVICU"),
    ("Owen", "Gallagher", "Security", "Security"),
    ("Thandiwe", "Nkosi", "NP", "Hospitalist"),
    ("Rafael", "Quintero", "MD", "General Surgery"),
    ("Astrid", "Nyberg", "RN", "MICU"),
    ("Kofi", "Asante", "RN", "3N"),
    ("Marisol", "Vega", "RN", "5E"),
]


class Staff:
    pass


STAFF = []
_used_ext = set()
for f_, l_, cred, dept in STAFF_RAW:
    s = Staff()
    s.first, s.last, s.cred, s.dept = f_, l_, cred, dept
    s.full = "%s %s" % (f_, l_)
    while True:
        e = "4%03d" % R.randint(100, 999)
        if e not in _used_ext:
            _used_ext.add(e)
            break
    s.ext = e
    s.user = (f_[0] + l_).lower().replace("ń", "n").replace("-", "")[:8]
    s.email = "%s.%s@mercyvale.org" % (f_.lower().replace("-", ""), l_.lower().replace("ń", "n"))
    s.token = hexs(24)
    s.badge_mac = mac("00:09:ef")
    s.tag = "T-%07d" % R.randint(4000, 99999)
    s.npi = npi() if cred in ("MD", "NP", "PharmD") else None
    s.pager = "312555%04d" % R.randint(100, 199)
    STAFF.append(s)

NURSES = [s for s in STAFF if s.cred == "RN"]
DOCS = [s for s in STAFF if s.cred in ("MD", "NP")]

# first, middle, last, sex, dob, street, apt, city, state, zip, county, relative(name, rel, code)
PAT_RAW = [
    ("Ewa", "Maria", "Nowak", "F", "1958-06-03", "2291 W Belmont Ave", "", "Chicago", "IL", "60618", "Cook", ("Piotr Nowak", "Husband", "HUS")),
    ("Adebayo", "Tunde", "Okafor", "M", "1971-09-12", "815 Greenleaf St", "", "Evanston", "IL", "60202", "Cook", ("Ngozi Okafor", "Daughter", "DAU")),
    ("Jun", "", "Watanabe", "M", "1983-01-27", "77 Maple Ct", "", "Skokie", "IL", "60076", "Cook", ("Aiko Watanabe", "Wife", "WIF")),
    ("María José", "", "Castillo Ruiz", "F", "1990-04-18", "3318 S Kolin Ave", "", "Chicago", "IL", "60623", "Cook", ("Andrés Castillo", "Brother", "BRO")),
    ("Thi Lan", "", "Nguyễn", "F", "1966-11-30", "6019 N Kenmore Ave", "Apt 3B", "Chicago", "IL", "60660", "Cook", ("Minh Tran", "Son", "SON")),
    ("Siobhán", "", "Ó Murchú", "F", "1979-02-05", "412 Linden Ave", "", "Oak Park", "IL", "60302", "Cook", ("Cian Murphy", "Husband", "HUS")),
    ("Harold", "James", "Whitcombe", "M", "1930-03-09", "9 Fairview Ln", "", "Wilmette", "IL", "60091", "Cook", ("Margaret Whitcombe-Lee", "Daughter", "DAU")),
    ("Gertrude", "Anne", "Pfeiffer", "F", "1927-07-22", "1406 Ridge Rd", "", "Highland Park", "IL", "60035", "Lake", ("Klaus Pfeiffer", "Son", "SON")),
    ("Kiyoko", "", "Tanaka", "F", "1933-01-05", "250 E Pearson St", "Apt 1804", "Chicago", "IL", "60611", "Cook", ("Ken Tanaka", "Son", "SON")),
    ("Rahul", "", "Venkataraman", "M", "1988-08-08", "1930 Sherman Ave", "", "Evanston", "IL", "60201", "Cook", ("Divya Venkataraman", "Wife", "WIF")),
    ("Fatima", "Zahra", "Al-Sayed", "F", "1995-12-01", "7420 W Addison St", "", "Chicago", "IL", "60634", "Cook", ("Omar Al-Sayed", "Father", "FTH")),
    ("Björn", "", "Lindqvist", "M", "1952-05-14", "318 Hawthorne Blvd", "", "Glenview", "IL", "60025", "Cook", ("Ingrid Lindqvist", "Wife", "WIF")),
    ("Chiamaka", "", "Eze", "F", "1986-03-22", "1117 Sheridan Rd", "", "Kenosha", "WI", "53140", "Kenosha", ("Emeka Eze", "Husband", "HUS")),
    ("Dmitri", "", "Volkov", "M", "1961-10-09", "55 Oakton Pl", "", "Des Plaines", "IL", "60016", "Cook", ("Natalia Volkova", "Wife", "WIF")),
    ("Aroha", "", "Ngata", "F", "1992-07-07", "2600 N Lakeview Ave", "Unit 12", "Chicago", "IL", "60614", "Cook", ("Tama Ngata", "Brother", "BRO")),
    ("Zeynep", "", "Yılmaz", "F", "1975-09-19", "845 Dempster St", "", "Niles", "IL", "60714", "Cook", ("Emre Yılmaz", "Husband", "HUS")),
    ("Kwame", "Osei", "Mensah", "M", "1968-02-28", "4120 Calumet Ave", "", "Hammond", "IN", "46320", "Lake", ("Abena Mensah", "Wife", "WIF")),
    ("Mohammed", "", "Rahimi", "M", "1949-06-11", "1502 Lake Ave", "", "Waukegan", "IL", "60085", "Lake", ("Soraya Rahimi", "Daughter", "DAU")),
    ("Lucía", "", "Fernández", "F", "2001-01-15", "3910 W 26th St", "", "Chicago", "IL", "60623", "Cook", ("Rosa Fernández", "Mother", "MTH")),
    ("Tomasz", "", "Wiśniewski", "M", "1957-04-04", "5230 S Archer Ave", "", "Chicago", "IL", "60632", "Cook", ("Agnieszka Wiśniewska", "Wife", "WIF")),
    ("Renée", "", "Dubois", "F", "1963-12-24", "19 Church St", "", "Evanston", "IL", "60201", "Cook", ("Luc Dubois", "Husband", "HUS")),
    ("Kalani", "", "Kahananui", "M", "1980-10-30", "880 Busse Hwy", "", "Park Ridge", "IL", "60068", "Cook", ("Leilani Kahananui", "Wife", "WIF")),
    ("Amara", "", "Diallo", "F", "1997-05-29", "6711 N Sheridan Rd", "Apt 5", "Chicago", "IL", "60626", "Cook", ("Mamadou Diallo", "Father", "FTH")),
    ("Wei", "", "Zhang", "M", "1944-08-16", "2145 S China Pl", "", "Chicago", "IL", "60616", "Cook", ("Lin Zhang", "Daughter", "DAU")),
    ("Deepa", "", "D'Souza", "F", "1970-03-03", "707 Milwaukee Ave", "", "Libertyville", "IL", "60048", "Lake", ("Allan D'Souza", "Husband", "HUS")),
    ("Pita", "", "Havili", "M", "1985-11-11", "3340 W Foster Ave", "", "Chicago", "IL", "60625", "Cook", ("Salote Havili", "Wife", "WIF")),
]

AREA = {"Chicago": ["312", "773", "872"], "Evanston": ["847", "224"], "Skokie": ["847"],
        "Oak Park": ["708"], "Wilmette": ["847"], "Highland Park": ["847", "224"],
        "Glenview": ["847"], "Kenosha": ["262"], "Des Plaines": ["847"], "Niles": ["847"],
        "Hammond": ["219"], "Waukegan": ["847", "224"], "Park Ridge": ["847"], "Libertyville": ["847"]}

PAYERS = [
    ("BCBSIL", "Blue Cross Blue Shield of Illinois", lambda: R.choice(["XOF", "XOD", "YRB"]) + digits(9)),
    ("AETNA", "Aetna Choice POS II", lambda: "W" + digits(9)),
    ("UHC", "UnitedHealthcare Choice Plus", lambda: digits(9)),
    ("ILMCD", "Illinois Medicaid (HFS)", lambda: digits(9)),
    ("CIGNA", "Cigna Open Access Plus", lambda: "U" + digits(8) + " 01"),
]

UNITS = {"4W": ["%d%s" % (r, b) for r in range(401, 421) for b in "AB"],
         "5E": ["%d%s" % (r, b) for r in range(501, 521) for b in "AB"],
         "MICU": ["%02d" % r for r in range(1, 17)],
         "CVICU": ["%02d" % r for r in range(1, 13)],
         "3N": ["%d%s" % (r, b) for r in range(301, 321) for b in "AB"]}


class Patient:
    pass


def age_on(dob, d=TODAY):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


PATIENTS = []
_used_beds = set()
_used_mrn = set()
for (f_, m_, l_, sex, dob, street, apt, city, st, zp, county, rel) in PAT_RAW:
    p = Patient()
    p.first, p.middle, p.last, p.sex = f_, m_, l_, sex
    p.dob = dt.date.fromisoformat(dob)
    p.age = age_on(p.dob)
    p.street, p.apt, p.city, p.state, p.zip, p.county = street, apt, city, st, zp, county
    while True:
        mr = "E" + str(R.randint(1000000, 4999999))
        if mr not in _used_mrn:
            _used_mrn.add(mr)
            break
    p.mrn = mr
    p.har = "40" + digits(8)
    p.ssn = fake_ssn()
    ac = R.choice(AREA[city])
    p.phone_raw = (ac, "555", "01%02d" % R.randint(0, 99))
    ac2 = R.choice(AREA[city])
    p.cell_raw = (ac2, "555", "01%02d" % R.randint(0, 99))
    rac = R.choice(AREA[city])
    p.rel_name, p.rel_relation, p.rel_code = rel
    p.rel_phone_raw = (rac, "555", "01%02d" % R.randint(0, 99))
    base_first = (f_.split()[0].lower().replace("í", "i").replace("á", "a").replace("ö", "o")
                  .replace("é", "e").replace("ı", "i"))
    base_last = (l_.replace(" ", "").replace("'", "").replace("-", "").lower()
                 .replace("ễ", "e").replace("ó", "o").replace("ú", "u").replace("ś", "s")
                 .replace("ı", "i").replace("á", "a").replace("é", "e"))
    pattern = R.choice(["{f}.{l}{y}@gmail.com", "{f}{l}@yahoo.com", "{f}_{l}{y}@outlook.com",
                        "{fi}{l}@icloud.com", "{l}.{f}@comcast.net"])
    p.email = pattern.format(f=base_first, l=base_last, fi=base_first[0], y=str(p.dob.year)[2:])
    p.username = R.choice(["{f}{l}{y}", "{fi}{l}{n}", "{l}_{f}"]).format(
        f=base_first, l=base_last, fi=base_first[0], y=str(p.dob.year)[2:], n=R.randint(1, 99))
    if st == "IL":
        p.dl = "%s%03d-%04d-%04d" % (base_last[0].upper(), R.randint(100, 999), R.randint(0, 9999), R.randint(0, 9999))
    elif st == "WI":
        p.dl = "%s%03d-%04d-%04d-%02d" % (base_last[0].upper(), R.randint(100, 999), R.randint(0, 9999), R.randint(0, 9999), R.randint(0, 99))
    else:
        p.dl = "%04d-%02d-%04d" % (R.randint(0, 9999), R.randint(0, 99), R.randint(0, 9999))
    if p.age >= 65:
        p.payer = ("MCR", "Medicare Part A/B")
        p.member = mbi()
    else:
        code, name, gen = R.choice(PAYERS)
        p.payer = (code, name)
        p.member = gen()
    p.group = R.choice(["GRP", ""]) + digits(6)
    while True:
        unit = R.choice(list(UNITS))
        bed = R.choice(UNITS[unit])
        if (unit, bed) not in _used_beds:
            _used_beds.add((unit, bed))
            break
    p.unit, p.bed = unit, bed
    p.loc = "%s-%s" % (unit, bed)
    p.admit = dt.datetime(2024, 11, R.randint(9, 17), R.randint(0, 23), R.randint(0, 59))
    p.attending = R.choice(DOCS)
    p.rn = R.choice(NURSES)
    p.plate = None
    p.vin = None
    PATIENTS.append(p)

for p in PATIENTS:
    p.plate = "%s %05d" % (R.choice(["CX", "BK", "DL", "FN", "AV", "EH"]), R.randint(10000, 99999))
    p.vin = vin(R.choice(["1HG", "1FT", "2T1", "5YJ", "JTD", "1G1", "WBA", "3VW"]))
    p.pm_serial = R.choice(["PJN", "RNB", "BLK"]) + digits(6) + R.choice(["H", "S", ""])
    p.pump_serial = digits(3) + "-" + digits(5)
    p.imei = imei(R.choice(["35391110", "35332511", "35869210", "86765803"]))
    p.mac = mac(R.choice(["3c:22:fb", "f0:18:98", "a4:83:e7", "d0:81:7a", "ac:5f:3e"]))
    p.ip = "%d.%d.%d.%d" % (R.choice([73, 98, 24, 67, 107, 174, 68, 76, 99]), R.randint(1, 254),
                            R.randint(0, 254), R.randint(2, 253))
    p.fax_raw = (p.phone_raw[0], "555", "01%02d" % R.randint(0, 99))
    p.case_no = "SE-2024-%06d" % R.randint(1000, 9999)
    p.natid = None


def pesel(d, sex):
    yy, mm = d.year % 100, d.month + (20 if d.year >= 2000 else 0)
    serial = "%03d" % R.randint(0, 999) + str(R.choice([1, 3, 5, 7, 9] if sex == "M" else [0, 2, 4, 6, 8]))
    body = "%02d%02d%02d" % (yy, mm, d.day) + serial
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    chk = (10 - sum(int(c) * k for c, k in zip(body, w)) % 10) % 10
    return body + str(chk)


def tckn():
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


NATID = {"Castillo Ruiz": ("MX", "CURP", "CARM900418MDFSZR07"), "Fernández": ("MX", "CURP", "FEXL010115MDFRXCA4"),
         "Yılmaz": ("TR", "TCKN", None), "Nowak": ("PL", "PESEL", None), "Wiśniewski": ("PL", "PESEL", None)}
for p in PATIENTS:
    if p.last in NATID:
        c, t, v = NATID[p.last]
        if v is None:
            v = tckn() if t == "TCKN" else pesel(p.dob, p.sex)
        p.natid = (c, t, v)


def fmt_phone(raw, style):
    a, b, c = raw
    return {"paren": "(%s) %s-%s" % (a, b, c), "hl7": "(%s)%s-%s" % (a, b, c),
            "dash": "%s-%s-%s" % (a, b, c), "dot": "%s.%s.%s" % (a, b, c),
            "e164": "+1%s%s%s" % (a, b, c), "plain": "%s%s%s" % (a, b, c),
            "intl": "+1 %s-%s-%s" % (a, b, c)}[style]


def fmt_date(d, style):
    return {"iso": d.strftime("%Y-%m-%d"), "us": d.strftime("%m/%d/%Y"),
            "hl7": d.strftime("%Y%m%d"), "usn": "%d/%d/%d" % (d.month, d.day, d.year),
            "md": "%d/%d" % (d.month, d.day), "mon": "%s %d" % (d.strftime("%b"), d.day),
            "dmy": d.strftime("%d-%b-%Y").upper()}[style]


# weights: reuse some patients much more often (long stays / sick patients)
PAT_W = [R.choice([1, 1, 2, 3, 4]) for _ in PATIENTS]


def pick_patient():
    return R.choices(PATIENTS, weights=PAT_W)[0]


def pick_elder():
    return R.choice([p for p in PATIENTS if p.age > 89])


# ---------------------------------------------------------------------------
# clock and timestamp formats (local time is US Central, -06:00)
# ---------------------------------------------------------------------------
NOW = dt.datetime(2024, 11, 18, 6, 52, 13, 118000)


def tick():
    global NOW
    NOW += dt.timedelta(milliseconds=R.randint(150, 38000))


def utc(t=None):
    return (t or NOW) + dt.timedelta(hours=6)


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def ts_comma(t=None):
    t = t or NOW
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)


def ts_z(t=None):
    u = utc(t)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"


def ts_epoch_ms(t=None):
    u = utc(t)
    return calendar.timegm(u.timetuple()) * 1000 + u.microsecond // 1000


def ts_serilog(t=None):
    t = t or NOW
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t) + " -06:00"


def ts_nlog(t=None):
    t = t or NOW
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%04d" % (t.microsecond // 100)


def ts_syslog(t=None):
    t = t or NOW
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


def ts_nginx(t=None):
    t = t or NOW
    return t.strftime("%d/%b/%Y:%H:%M:%S -0600")


def ts_hl7(t=None):
    return (t or NOW).strftime("%Y%m%d%H%M%S")


# ---------------------------------------------------------------------------
# shared vocab
# ---------------------------------------------------------------------------
ALARMS_PHYS = [
    ("HR HIGH", "147842^MDC_ECG_HEART_RATE^MDC", "/min", (121, 168), "50-120", "H", "PM"),
    ("HR LOW", "147842^MDC_ECG_HEART_RATE^MDC", "/min", (32, 44), "45-120", "L", "PM"),
    ("SpO2 LOW", "150456^MDC_PULS_OXIM_SAT_O2^MDC", "%", (78, 88), "90-100", "L", "PM"),
    ("RR HIGH", "151562^MDC_RESP_RATE^MDC", "/min", (31, 42), "8-30", "H", "PL"),
    ("NBP SYS HIGH", "150021^MDC_PRESS_BLD_NONINV_SYS^MDC", "mmHg", (181, 214), "90-180", "H", "PM"),
    ("***ASYSTOLE", "147842^MDC_ECG_HEART_RATE^MDC", "/min", (0, 0), "50-120", "LL", "PH"),
    ("***VTACH", "147842^MDC_ECG_HEART_RATE^MDC", "/min", (152, 199), "50-120", "HH", "PH"),
    ("***APNEA", "151562^MDC_RESP_RATE^MDC", "/min", (0, 0), "8-30", "LL", "PH"),
    ("AFIB", "147842^MDC_ECG_HEART_RATE^MDC", "/min", (96, 141), "50-120", "A", "PL"),
    ("PVCs/min HIGH", "148066^MDC_ECG_V_P_C_RATE^MDC", "/min", (11, 24), "0-10", "H", "PL"),
]
ALARMS_TECH = ["LEADS OFF", "SpO2 NO SENSOR", "REPLACE BATTERY", "NO SIGNAL", "CANNOT ANALYZE ECG",
               "SpO2 PROBE OFF", "NBP CUFF OVERPRESS", "TELE TX BATTERY LOW"]
PRIO_COLOR = {"PH": "RED", "PM": "YELLOW", "PL": "CYAN"}

ALARM_IDS = []


def new_alarm_id():
    a = hexs(8)
    ALARM_IDS.append(a)
    return a


def any_bed():
    unit = R.choice(list(UNITS))
    return "%s-%s" % (unit, R.choice(UNITS[unit]))


def recent_alarm():
    return R.choice(ALARM_IDS[-6:]) if ALARM_IDS else new_alarm_id()


def alarm_value(a):
    lo, hi = a[3]
    return R.randint(lo, hi)


def alarm_text(a, v):
    if a[0].startswith("***") and v == 0:
        return a[0]
    return "%s %d" % (a[0], v)


HOSP_ADDR = "4100 Quarry Ridge Pkwy, Evanston, IL 60201"
HOSP_MAIN = "(847) 555-0100"


# ---------------------------------------------------------------------------
# family: TigerConnect-like relay (Node, pino JSON)
# ---------------------------------------------------------------------------
TC_PID = 4121
TC_ROLES = ["4W Charge RN", "5E Charge RN", "MICU Charge RN", "Hospitalist On Call", "Rapid Response",
            "Pharmacy - Inpatient", "Cardiology Consult", "Bed Placement", "CVICU Charge RN", "Case Management"]


def tc_base(level=30):
    return {"level": level, "time": ts_epoch_ms(), "pid": TC_PID,
            "hostname": R.choice(["tc-relay-01", "tc-relay-02"]), "name": "tc-relay"}


def tc_recipient():
    if R.random() < 0.55:
        return {"kind": "role", "name": R.choice(TC_ROLES)}
    s = R.choice(STAFF)
    return {"kind": "user", "token": s.token, "displayName": "%s, %s" % (s.full, s.cred)}


def tc_body_phi(p):
    full = "%s %s" % (p.first, p.last)
    k = R.randint(0, 9)
    if k == 0:
        return F("Pt ", P(full, "name"), " in ", p.loc, " (MRN ", P(p.mrn, "mrn"),
                 ") K 6.1 on AM labs, pls recheck BMP and call me")
    if k == 1:
        return F(P("%s, %s" % (p.last, p.first), "name"), " DOB ", P(fmt_date(p.dob, "us"), "date"),
                 " admitted ", P(fmt_date(p.admit.date(), "md"), "date"),
                 " from ED, needs tele bed \u2014 can 4W take?")
    if k == 2:
        e = pick_elder()
        return F(P(str(e.age), "age"), "yo ", e.sex, " in ", e.loc, " unwitnessed fall, no head strike. ",
                 e.rel_relation, " ", P(e.rel_name, "name"), " at ",
                 P(fmt_phone(e.rel_phone_raw, R.choice(["dash", "paren"])), "phone"), " wants a call back")
    if k == 3:
        return F("Family of ", P(full, "name"), " asking about the car in the ambulance bay, plate ",
                 P(p.plate, "vehicle"), " \u2014 security notified")
    if k == 4:
        return F("Pt's own insulin pump (t:slim X2 SN ", P(p.pump_serial, "device"), ") for ",
                 P(p.last, "name"), " in ", p.loc, " \u2014 ok to keep on per endo, document basal rates q4h")
    if k == 5:
        return F("FYI dc for ", P(full, "name"), " moved to ",
                 P(fmt_date(TODAY + dt.timedelta(days=R.randint(1, 3)), "mon"), "date"),
                 ", CM arranging SNF. Son's cell ", P(fmt_phone(p.rel_phone_raw, "dot"), "phone"))
    if k == 6:
        return F("Can you see ", P(p.last, "name"), " in ", p.loc, "? New AFib RVR 150s, dilt 10mg IV given @ ",
                 NOW.strftime("%H%M"))
    if k == 7:
        return F("Post-op check ", P(full, "name"), " MRN ", P(p.mrn, "mrn"), " s/p lap chole ",
                 P(fmt_date(TODAY - dt.timedelta(days=1), "iso"), "date"), ", pain 3/10, tolerating clears")
    if k == 8:
        return F("Interpreter needed for ", P("%s %s" % (p.first, p.last), "name"), " (", p.loc,
                 "), family says pt has PPM \u2014 serial ", P(p.pm_serial, "device"), " per wallet card")
    e = pick_elder()
    return F("Goals of care mtg for ", P("%s %s" % (e.first, e.last), "name"), ", ", P(str(e.age), "age"),
             " y/o, DNR/DNI confirmed w/ ", e.rel_relation.lower(), " ", P(e.rel_name, "name"), " today")


TC_CLEAN = [
    "Can someone cover 4W admits 1500-1900? thx",
    "RRT 5E cleared, thanks all",
    "Bed {bed} is clean and ready for the next admit",
    "Pharmacy: heparin nomogram v3.2 goes live at 0800, see intranet",
    "Need a 2nd RN verify for insulin drip in {bed}",
    "Huddle at 0715 in 4W conf room",
    "Call me at x{ext} re: tomorrow's schedule",
    "Lab: hemolyzed sample from {bed}, pls redraw",
    "Pt in {bed} requesting pain meds, rates 7/10",
    "67M in {bed} extubated at 0630, doing well on 2L NC",
    "Transport ETA 10 min for {bed} to CT",
    "Vocera badges on 5E charging cart #2 are not syncing, IT ticket INC0048812 opened",
    "Who has the code cart checklist for today?",
    "72F in {bed} ok to advance diet per GI",
    "Reminder: sepsis bundle audit due Friday",
]


def fam_tc(phi):
    L = Line("tigerconnect-relay-json")
    if phi:
        p = pick_patient()
        kind = R.choices(["body", "ctx", "photo"], [7, 3, 1.5])[0]
        if kind == "body":
            s = R.choice(STAFF)
            body = tc_body_phi(p)
            o = tc_base()
            o.update({"evt": "message.sent", "msgId": uuid4(), "convId": "grp_" + hexs(16),
                      "sender": {"token": s.token, "displayName": "%s, %s" % (s.full, s.cred)},
                      "recipient": tc_recipient(), "priority": R.choice(["NORMAL", "HIGH"]),
                      "ttl": R.choice([1440, 10080, 43200]), "dor": R.random() < 0.7,
                      "body": body, "bodyLen": len(plain(body)), "attachments": 0,
                      "msg": "outbound message relayed"})
        elif kind == "ctx":
            o = tc_base()
            age_v = P(p.age, "age") if p.age > 89 else p.age
            o.update({"evt": "patient.context.attached", "convId": "grp_" + hexs(16),
                      "patient": {"mrn": P(p.mrn, "mrn"), "firstName": P(p.first, "name"),
                                  "lastName": P(p.last, "name"), "dob": P(fmt_date(p.dob, "iso"), "date"),
                                  "ageYears": age_v, "gender": p.sex, "room": p.loc},
                      "source": "epic-fhir", "latencyMs": R.randint(40, 900),
                      "msg": "patient context attached to conversation"})
        else:
            o = tc_base()
            uri = "data:image/jpeg;base64," + b64_blob(R.randint(300, 420), JPEG_HDR)
            o.update({"evt": "attachment.uploaded", "attachmentId": "att_" + hexs(20),
                      "mime": "image/jpeg", "bytes": R.randint(48000, 210000),
                      "purpose": "patient_identification", "patientMrn": P(p.mrn, "mrn"),
                      "preview": P(uri, "photo"), "msg": "attachment stored (preview inline)"})
        jw(L, o)
        return L
    kind = R.choices(["body", "status", "roster", "error"], [6, 4, 1, 1])[0]
    if kind == "body":
        s = R.choice(STAFF)
        body = R.choice(TC_CLEAN).format(bed=any_bed(), ext=R.choice(STAFF).ext)
        o = tc_base()
        o.update({"evt": "message.sent", "msgId": uuid4(), "convId": "grp_" + hexs(16),
                  "sender": {"token": s.token, "displayName": "%s, %s" % (s.full, s.cred)},
                  "recipient": tc_recipient(), "priority": R.choice(["NORMAL", "NORMAL", "HIGH"]),
                  "ttl": R.choice([1440, 10080]), "dor": R.random() < 0.7, "body": body,
                  "bodyLen": len(body), "attachments": 0, "msg": "outbound message relayed"})
    elif kind == "status":
        s = R.choice(STAFF)
        o = tc_base(20)
        o.update({"evt": "message.status", "msgId": uuid4(), "status": R.choice(["DELIVERED", "READ"]),
                  "by": s.token, "deviceOs": R.choice(["iOS 17.6.1", "Android 13", "Android 11"]),
                  "latencyMs": R.randint(120, 48000), "msg": "status callback"})
    elif kind == "roster":
        o = tc_base()
        o.update({"evt": "roster.sync", "org": "MVH", "groups": R.randint(40, 46), "users": R.randint(1850, 1890),
                  "changed": R.randint(0, 12), "durationMs": R.randint(1400, 4200), "msg": "roster sync complete"})
    else:
        o = tc_base(50)
        o.update({"evt": "webhook.error", "err": {"type": "FetchError",
                  "message": "request to https://api.tigerconnect.com/v2/message failed, reason: socket hang up",
                  "code": "ECONNRESET"}, "attempt": R.randint(1, 4), "backoffMs": R.choice([500, 1000, 2000, 4000]),
                  "msg": "retrying"})
    jw(L, o)
    return L


# ---------------------------------------------------------------------------
# family: Vocera-like voice server log
# ---------------------------------------------------------------------------
def voc_prefix(L, level, thread, logger):
    L.t("%s [%s] %-5s %s - " % (ts_comma(), thread, level, logger))


VGROUPS = ["4W Charge Nurse", "5E Charge Nurse", "Code Team", "Rapid Response", "Pharmacy", "Biomed",
           "Security", "Transport", "MICU Charge", "Respiratory Therapy", "EVS"]


def fam_vocera(phi):
    L = Line("vocera-voice-server")
    if phi:
        p = pick_patient()
        k = R.randint(0, 3)
        if k == 0:
            s = R.choice(NURSES)
            a = R.choice(ALARMS_PHYS)
            voc_prefix(L, "INFO", "VMI-%d" % R.randint(1, 8), "com.vocera.vmi.VMIHandler")
            L.t('VMI msg %d from client "Engage" to "%s": "%s %s ' % (R.randint(10000, 99999), s.full,
                                                                    alarm_text(a, alarm_value(a)), p.loc))
            L.p("%s, %s" % (p.last.upper(), p.first.upper()), "name")
            L.t('" priority=urgent callback=%s' % R.choice(["none", "accept/reject"]))
        elif k == 1:
            voc_prefix(L, "INFO", "SIP-%d" % R.randint(1, 20), "com.vocera.familyline.Router")
            L.t("inbound ").p(fmt_phone(p.rel_phone_raw, "e164"), "phone").t(' matched contact "')
            L.p(p.rel_name, "name").t('" (%s) for pt MRN ' % p.rel_relation).p(p.mrn, "mrn")
            L.t('; routed to "%s Primary RN" (%s)' % (p.loc, p.rn.full))
        elif k == 2:
            e = pick_elder()
            g = R.choice([s for s in STAFF if s.cred == "Security"])
            voc_prefix(L, "INFO", "Broadcast-2", "com.vocera.broadcast.BroadcastManager")
            L.t('Broadcast from "%s" to group "Security": "Silver alert: pt ' % g.full)
            L.p("%s %s" % (e.first, e.last), "name").t(", ").p(str(e.age), "age")
            L.t('%s, left %s approx %s, last seen main lobby" recipients=14 accepted=9' % (
                e.sex, e.unit, (NOW - dt.timedelta(minutes=R.randint(5, 25))).strftime("%H%M")))
        else:
            g = R.choice([s for s in STAFF if s.cred == "Security"])
            voc_prefix(L, "INFO", "Broadcast-2", "com.vocera.broadcast.BroadcastManager")
            L.t('Broadcast from "%s" to group "Security": "Tow warning: vehicle plate IL ' % g.full)
            L.p(p.plate, "vehicle").t(" in ED ambulance bay belongs to visitor of pt ")
            L.p(p.last, "name").t(' in %s, please relocate" recipients=11 accepted=6' % p.loc)
        return L
    k = R.choices(["call", "login", "bcast", "trunk", "batt", "ldap"], [6, 3, 2, 1, 2, 1])[0]
    if k == "call":
        a, b = R.sample(STAFF, 2)
        g = R.choice(VGROUPS)
        voc_prefix(L, "INFO", "CallServer-%d" % R.randint(1, 16), "com.vocera.server.call.CallManager")
        L.t('Call %d: "%s" (ext %s) -> group "%s" answered by "%s" (ext %s) setup=%dms duration=00:%02d:%02d'
            % (R.randint(800000, 899999), a.full, a.ext, g, b.full, b.ext, R.randint(300, 2200),
               R.randint(0, 4), R.randint(0, 59)))
    elif k == "login":
        s = R.choice(STAFF)
        voc_prefix(L, "INFO", "BadgeMgr-%d" % R.randint(1, 4), "com.vocera.server.badge.BadgeManager")
        L.t('User "%s" logged %s on badge %s (V5000 fw 5.3.0.%d) ap=ap-%s-%02d rssi=-%d'
            % (s.user, R.choice(["in", "out"]), s.badge_mac, R.randint(100, 140), R.choice(["4w", "5e", "3n", "micu"]),
               R.randint(1, 12), R.randint(48, 79)))
    elif k == "bcast":
        g = R.choice(STAFF)
        voc_prefix(L, "INFO", "Broadcast-1", "com.vocera.broadcast.BroadcastManager")
        msg = R.choice(["Code Blue %s" % any_bed(), "Rapid response %s" % any_bed(),
                        "Code Gray ED triage", "Fire drill 3N west stairwell, no action"])
        L.t('Broadcast from "%s" to group "%s": "%s" recipients=%d accepted=%d'
            % (g.full, R.choice(["Code Team", "Rapid Response", "All Staff 3N"]), msg, R.randint(8, 30), R.randint(3, 8)))
    elif k == "trunk":
        voc_prefix(L, "INFO", "SIP-%d" % R.randint(1, 20), "com.vocera.sip.TrunkHandler")
        L.t('PBX trunk call from +18475550199 (Stryker Service Center) to "Biomed" answered by "%s" duration=00:03:%02d'
            % (R.choice(STAFF).full, R.randint(0, 59)))
    elif k == "batt":
        s = R.choice(STAFF)
        voc_prefix(L, "WARN", "BadgeMgr-%d" % R.randint(1, 4), "com.vocera.server.badge.BadgeManager")
        L.t("Badge %s (user %s) battery at %d%%, last seen ap-%s-%02d"
            % (s.badge_mac, s.user, R.randint(4, 14), R.choice(["4w", "5e", "micu"]), R.randint(1, 12)))
    else:
        voc_prefix(L, "INFO", "LDAPSync", "com.vocera.server.directory.LdapSync")
        L.t("Synced %d users, %d groups from ldaps://dc02.corp.mercyvale.org:636 in %.1fs (%d disabled)"
            % (R.randint(3400, 3460), R.randint(280, 300), R.uniform(4, 19), R.randint(0, 9)))
    return L


# ---------------------------------------------------------------------------
# family: alarm gateway receiving IHE PCD ACM ORU^R40 (HL7 in one log line)
# ---------------------------------------------------------------------------
def hl7_name(p):
    comps = [p.last.upper(), p.first.upper()]
    if p.middle:
        comps.append(p.middle.upper())
    return "^".join(comps)


def fam_alarm_hl7(phi):
    L = Line("acm-gateway-hl7")
    head = "%s INFO  [MLLPListener-%d] c.mvh.acm.Inbound - " % (utc().strftime("%Y-%m-%d %H:%M:%S.") + ms(utc()) + " UTC",
                                                            R.randint(1, 6))
    ctl = "PIC%010d" % R.randint(10 ** 8, 10 ** 9)
    src = "10.40.12.%d:%d" % (R.randint(20, 40), R.randint(40000, 60000))
    if phi or R.random() < 0.55:
        if phi:
            p = pick_patient()
            a = R.choice(ALARMS_PHYS)
            v = alarm_value(a)
            text = alarm_text(a, v)
            prio = a[6]
        else:
            p = None
            text = R.choice(ALARMS_TECH)
            prio = "PL"
        unit, bed = (p.unit, p.bed) if p else any_bed().split("-")
        eui = "0080A1FFFE%06X" % R.randint(0, 0xFFFFFF)
        hts = ts_hl7(utc()) + "+0000"
        L.t(head + "rx ORU^R40 ctl=%s from %s seg=%d payload=\"" % (ctl, src, 8 if p else 6))
        L.t("MSH|^~\\&|PIC_IX|MVH_CIC%d|ACM_HUB|MVH|%s||ORU^R40^ORU_R40|%s|P|2.6|||AL|NE||UNICODE UTF-8\\r"
            % (R.randint(1, 4), hts, ctl))
        if p:
            L.t("PID|||").p(p.mrn, "mrn").t("^^^MVH^MR||").p(hl7_name(p), "name").t("||")
            L.p(fmt_date(p.dob, "hl7"), "date").t("|%s\\r" % p.sex)
        else:
            L.t("PID|||\\r")
        L.t("PV1||I|%s^%s^%s\\r" % (unit, bed[:-1] if bed[-1] in "AB" else bed, bed[-1] if bed[-1] in "AB" else ""))
        L.t("OBR|1|%s^PIC_IX^%s^EUI-64||196616^MDC_EVT_ALARM^MDC|||%s\\r" % (ctl, eui, hts))
        if p:
            L.t("OBX|1|ST|196670^MDC_EVT_ALARM^MDC|1.0.0.1|%s||||||F\\r" % text)
            L.t("OBX|2|NM|%s|1.0.0.2|%d|^%s^UCUM|%s|%s|||R\\r" % (a[1], v, a[2], a[4], a[5]))
        else:
            L.t("OBX|1|ST|196670^MDC_EVT_ALARM^MDC|1.0.0.1|%s||||||F\\r" % text)
        L.t("OBX|%d|ST|68481^MDC_ATTR_EVENT_PHASE^MDC|1.0.0.3|start|||||R\\r" % (3 if p else 2))
        L.t("OBX|%d|ST|68483^MDC_ATTR_ALARM_PRIORITY^MDC|1.0.0.5|%s|||||R\"" % (4 if p else 3, prio))
        new_alarm_id()
        return L
    k = R.randint(0, 3)
    if k == 0:
        L.t(head.replace("Inbound", "Outbound") + "tx ACK^R40 ctl=%s MSA|AA|%s ack_ms=%d" % (
            "ACM%010d" % R.randint(10 ** 8, 10 ** 9), ctl, R.randint(2, 40)))
    elif k == 1:
        L.t(head + "MLLP connection accepted from %s (PIC_IX CIC-%d, tls=false)" % (src, R.randint(1, 4)))
    elif k == 2:
        L.t(head.replace("INFO ", "WARN ") + "keepalive timeout on %s after 30000 ms, closing socket" % src)
    else:
        rx = R.randint(40, 160)
        L.t(head + "stats window=60s rx=%d ack=%d nack=0 queue_depth=%d p99_ms=%d" % (
            rx, rx - R.randint(0, 3), R.randint(0, 7), R.randint(8, 90)))
    return L


# ---------------------------------------------------------------------------
# family: alarm routing / escalation engine (C#, Serilog console format)
# ---------------------------------------------------------------------------
def fam_alarm_route(phi):
    L = Line("alarm-router-serilog")
    if phi:
        p = pick_patient()
        k = R.randint(0, 3)
        a = R.choice(ALARMS_PHYS)
        text = alarm_text(a, alarm_value(a))
        if k == 0:
            s = p.rn
            L.t('%s [INF] Push to "%s" ext %s: "%s | %s | ' % (ts_serilog(), s.full, s.ext, text, p.loc))
            L.p("%s, %s" % (p.last.upper(), p.first.upper()), "name").t(" | MRN ").p(p.mrn, "mrn")
            L.t('" template "%s" len=%d' % (R.choice(["tele-v3", "icu-v2"]), R.randint(60, 96)))
        elif k == 1:
            L.t('%s [DBG] ADT context for bed "%s": patient "' % (ts_serilog(), p.loc))
            L.p("%s, %s" % (p.last, p.first), "name").t('" (MRN "').p(p.mrn, "mrn").t('", DOB ')
            L.p(fmt_date(p.dob, "iso"), "date").t(') attending "%s" primary RN "%s"' % (p.attending.full, p.rn.full))
        elif k == 2:
            age_v = P(str(p.age), "age") if p.age > 89 else str(p.age)
            L.t('%s [ERR] Failed to render alarm template "tele-v3" for Patient { Mrn: "' % ts_serilog())
            L.p(p.mrn, "mrn").t('", DisplayName: "').p("%s, %s" % (p.last.upper(), p.first.upper()), "name")
            L.t('", Age: ').x(age_v).t(', Bed: "%s" }' % p.loc)
            L.t(" System.FormatException: Input string was not in a correct format.")
        else:
            L.t('%s [INF] Alarm %s "%s" for bed "%s" (' % (ts_serilog(), new_alarm_id(), text, p.loc))
            L.p("%s %s" % (p.first, p.last), "name")
            L.t(') routed to "%s" via "Vocera" level 1 timeout 30s' % p.rn.full)
        return L
    k = R.choices(["route", "esc", "acc", "clr", "dup", "cfg", "rej"], [5, 3, 4, 3, 2, 1, 1])[0]
    ts = ts_serilog()
    if k == "route":
        a = R.choice(ALARMS_PHYS + [(t,) for t in ALARMS_TECH])
        text = alarm_text(a, alarm_value(a)) if len(a) > 1 else a[0]
        s = R.choice(NURSES)
        L.t('%s [INF] Routing alarm %s "%s" for bed "%s" to "%s" via "Vocera" (device "%s") level 1 timeout 30s'
            % (ts, new_alarm_id(), text, any_bed(), s.full, s.badge_mac))
    elif k == "esc":
        s, c = R.sample(NURSES, 2)
        L.t('%s [WRN] No response from "%s" after %ds; escalating alarm %s to level %d group "%s" ("%s")'
            % (ts, s.full, R.choice([30, 45, 60]), recent_alarm(), R.randint(2, 3),
               R.choice(["4W Charge RN", "5E Charge RN", "MICU Charge", "Unit Manager"]), c.full))
    elif k == "acc":
        s = R.choice(NURSES)
        L.t('%s [INF] Alarm %s accepted by "%s" on ext %s after %dms' % (ts, recent_alarm(), s.full, s.ext,
                                                                      R.randint(2100, 88000)))
    elif k == "clr":
        L.t("%s [INF] Alarm %s cleared at source (duration 00:%02d:%02d)" % (ts, recent_alarm(), R.randint(0, 6),
                                                                          R.randint(0, 59)))
    elif k == "dup":
        L.t('%s [DBG] Suppressing duplicate alarm for bed "%s" within 10s window (hash %s)' % (ts, any_bed(), hexs(12)))
    elif k == "rej":
        s = R.choice(NURSES)
        L.t('%s [INF] Alarm %s rejected by "%s" (reason "In isolation room, call back")' % (ts, recent_alarm(), s.full))
    else:
        L.t('%s [INF] Loaded %d routing rules from "C:\\ProgramData\\Mvh\\AlarmRouter\\rules.json" (version 2024.11.%d, built 2024-11-0%d)'
            % (ts, R.randint(200, 230), R.randint(1, 4), R.randint(1, 9)))
    return L


# ---------------------------------------------------------------------------
# family: central monitoring station event export (CSV)
# ---------------------------------------------------------------------------
def fam_cms(phi):
    L = Line("central-station-csv")
    ts = NOW.strftime("%Y-%m-%d %H:%M:%S")
    station = "CIC-%d" % R.randint(1, 4)
    user = R.choice(NURSES).user
    if phi:
        p = pick_patient()
        a = R.choice(ALARMS_PHYS)
        v = alarm_value(a)
        L.t("%s,%s,%s,%s,TX%04d,%s,%s,%d,%s,\"" % (ts, station, p.unit, p.bed, R.randint(1000, 4999),
                                                PRIO_COLOR[a[6]], a[0], v, a[4]))
        L.p("%s, %s" % (p.last.upper(), p.first.upper()), "name").t('",').p(p.mrn, "mrn").t(",")
        if p.age > 89:
            L.p(str(p.age), "age")
        else:
            L.t(str(p.age))
        L.t(",%s,%s" % (R.choice(["ACK", "SILENCED", "ESCALATED", "ACK"]), user))
        return L
    k = R.randint(0, 3)
    unit, bed = any_bed().split("-")
    if k in (0, 1):
        L.t("%s,%s,%s,%s,TX%04d,CYAN,%s,,,,,,%s,%s" % (ts, station, unit, bed, R.randint(1000, 4999),
                                                      R.choice(ALARMS_TECH), R.choice(["ACK", "AUTO-CLEAR"]), user))
    elif k == 2:
        L.t("%s,%s,%s,%s,,,STANDBY,,,,,,BED STANDBY,%s" % (ts, station, unit, bed, user))
    else:
        L.t("%s,%s,,,,,%s,,,,,,SYSTEM,%s" % (ts, station, R.choice(["USER LOGIN", "SILENCE ALL 2MIN", "STRIP PRINT QUEUE CLEARED"]), user))
    return L


# ---------------------------------------------------------------------------
# family: on-call schedule lookups (Python service)
# ---------------------------------------------------------------------------
SERVICES = ["Cardiology - Consults", "Nephrology", "GI", "Neurology Stroke", "Ortho Hand", "General Surgery",
            "Hospitalist Nocturnist", "Pulm/CCM", "Heme/Onc", "Urology", "ID Consults"]


def fam_oncall(phi):
    L = Line("oncall-lookup-python")
    ts = ts_comma()
    k = R.choices(["fetch", "resolve", "api", "warn", "cache"], [2, 4, 3, 1, 1])[0]
    if k == "fetch":
        L.t("%s INFO [oncall.amion] GET https://www.amion.com/cgi-bin/ocs?Lo=mvh_sched&Rpt=619&Month=%d&Day=%d&Syr=2024 -> 200 (%d ms, %d rows)"
            % (ts, NOW.month, NOW.day, R.randint(180, 900), R.randint(28, 44)))
    elif k == "resolve":
        s = R.choice(DOCS)
        L.t('%s DEBUG [oncall.resolve] service="%s" date=%s shift=%s -> "%s, %s" pager=%s tc_token=%s npi=%s'
            % (ts, R.choice(SERVICES), NOW.strftime("%Y-%m-%d"), R.choice(["0700-1700", "1700-0700", "0700-1900"]),
               s.last, s.first, s.pager, s.token[:12], s.npi))
    elif k == "api":
        L.t('%s INFO [oncall.api] 10.40.8.%d "GET /api/v1/oncall?service=%s&at=%s HTTP/1.1" 200 %d %dms'
            % (ts, R.randint(10, 60), R.choice(["nephrology", "cardiology", "gi", "urology", "id"]),
               (NOW + dt.timedelta(hours=R.randint(0, 12))).strftime("%Y-%m-%dT%H:00:00-06:00"),
               R.randint(180, 900), R.randint(3, 40)))
    elif k == "warn":
        L.t('%s WARNING [oncall.resolve] no provider found for service="%s" on %s; falling back to group "%s"'
            % (ts, R.choice(SERVICES), (NOW + dt.timedelta(days=1)).strftime("%Y-%m-%d"),
               R.choice(["Ortho On-Call", "Surgery Chief Resident", "House Supervisor"])))
    else:
        a, b = R.sample(DOCS, 2)
        L.t("%s INFO [oncall.cache] refreshed %d services, %d swaps (%s -> %s) in %.2fs; next refresh 07:%02d"
            % (ts, R.randint(55, 70), R.randint(0, 4), a.full, b.full, R.uniform(0.4, 3.2), R.randint(10, 59)))
    return L


# ---------------------------------------------------------------------------
# family: nurse call integration (syslog)
# ---------------------------------------------------------------------------
def nc_prefix(L):
    L.t("%s rspnd-gw01 responder-bridge[2211]: " % ts_syslog())


def fam_nursecall(phi):
    L = Line("nurse-call-syslog")
    nc_prefix(L)
    if phi:
        p = pick_patient()
        room = p.bed[:-1] if p.bed[-1] in "AB" else p.bed
        bed = p.bed[-1] if p.bed[-1] in "AB" else "A"
        if R.random() < 0.6:
            L.t("PATIENT_UPDATE loc=%s-%s-%s name=\"" % (p.unit, room, bed))
            L.p("%s, %s" % (p.last, p.first), "name").t('" mrn=').p(p.mrn, "mrn").t(" dob=")
            L.p(fmt_date(p.dob, "us"), "date").t(" admit=").p(fmt_date(p.admit.date(), "us"), "date")
            L.t(" fallrisk=%s isolation=%s lang=%s" % (R.choice("YN"), R.choice(["N", "CONTACT", "DROPLET"]),
                                                      R.choice(["EN", "ES", "PL", "VI", "AR"])))
        else:
            e = pick_elder()
            room = e.bed[:-1] if e.bed[-1] in "AB" else e.bed
            L.t("CALL_PLACED id=%d loc=%s-%s-A type=%s pri=%s pt=\"" % (R.randint(1040000, 1049999), e.unit, room,
                                                                        R.choice(["BED_EXIT", "BATH", "NORMAL"]),
                                                                        R.choice(["HIGH", "EMERG"])))
            L.p("%s, %s" % (e.last, e.first), "name").t('" age=').p(str(e.age), "age").t(" fallrisk=Y")
        return L
    k = R.choices(["placed", "answered", "cancel", "presence", "hb"], [4, 3, 2, 3, 1])[0]
    unit, bed = any_bed().split("-")
    room = bed[:-1] if bed[-1] in "AB" else bed
    if k == "placed":
        L.t("CALL_PLACED id=%d loc=%s-%s-%s type=%s pri=%s station=%s-MAIN" % (
            R.randint(1040000, 1049999), unit, room, R.choice("AB"), R.choice(["NORMAL", "BATH", "PAIN", "BED_EXIT", "CODE"]),
            R.choice(["NORMAL", "HIGH", "EMERG"]), unit))
    elif k == "answered":
        s = R.choice(NURSES + [x for x in STAFF if x.cred == "CNA"])
        L.t('CALL_ANSWERED id=%d by="%s" badge=%s elapsed=00:%02d:%02d' % (
            R.randint(1040000, 1049999), s.full, s.badge_mac, R.randint(0, 3), R.randint(0, 59)))
    elif k == "cancel":
        L.t("CALL_CANCELED id=%d at=%s reason=%s" % (R.randint(1040000, 1049999), R.choice(["room", "console"]),
                                                     R.choice(["STAFF_PRESENCE", "MANUAL"])))
    elif k == "presence":
        s = R.choice(NURSES)
        L.t('STAFF_PRESENCE room=%s-%s role=%s staff="%s" tag=%s state=%s' % (
            unit, room, s.cred, s.full, s.tag, R.choice(["IN", "OUT"])))
    else:
        L.t("HEARTBEAT peer=10.40.30.11:5060 rtt=%dms calls_open=%d" % (R.randint(1, 9), R.randint(0, 14)))
    return L


# ---------------------------------------------------------------------------
# family: ADT listener feeding the bed board (Python, MLLP bytes repr)
# ---------------------------------------------------------------------------
def adt_message(p, trig):
    """Return an F with the HL7 message (segments joined by \r)."""
    ctl = "ADT%010d" % R.randint(10 ** 8, 10 ** 9)
    parts = []
    parts.append("\x0bMSH|^~\\&|EPIC|MVH|BEDBOARD|MVH|%s||ADT^%s^ADT_A01|%s|P|2.5.1\r" % (ts_hl7(), trig, ctl))
    parts.append("EVN|%s|%s\r" % (trig, ts_hl7()))
    parts += ["PID|1||", P(p.mrn, "mrn"), "^^^MVH^MR||", P(hl7_name(p), "name"), "||",
              P(fmt_date(p.dob, "hl7"), "date"), "|", p.sex, "|||", P(p.street, "address"), "^"]
    if p.apt:
        parts.append(P(p.apt, "address"))
    parts += ["^", P(p.city, "address"), "^", p.state, "^", P(p.zip, "zip"), "^USA^H||",
              P(fmt_phone(p.phone_raw, "hl7"), "phone"), "^PRN^PH~^NET^Internet^", P(p.email, "email"), "|"]
    if R.random() < 0.4:
        parts += [P(fmt_phone(p.fax_raw, "hl7"), "fax"), "^WPN^FX"]
    parts += ["|ENG|", R.choice(["M", "S", "W"]), "||", P(p.har, "account"), "^^^MVH^AN|",
              P(p.ssn.replace("-", ""), "ssn"), "|", P(p.dl, "license"), "^", p.state, "\r"]
    rl = p.rel_name.split(" ", 1)
    parts += ["NK1|1|", P("%s^%s" % (rl[1].upper(), rl[0].upper()), "name"), "|%s^%s|||" % (p.rel_code, p.rel_relation),
                  P(fmt_phone(p.rel_phone_raw, "hl7"), "phone"), "\r"]
    room = p.bed[:-1] if p.bed[-1] in "AB" else p.bed
    bed = p.bed[-1] if p.bed[-1] in "AB" else ""
    doc = p.attending
    parts += ["PV1|1|I|%s^%s^%s^MVH||||%s^%s^%s^^^^MD|||MED||||1|||%s^%s^%s^^^^MD|IN||||||||||||||||||||||||||"
              % (p.unit, room, bed, doc.npi or "1000000004", doc.last.upper(), doc.first.upper(),
                 doc.npi or "1000000004", doc.last.upper(), doc.first.upper()),
              P(p.admit.strftime("%Y%m%d%H%M"), "date"), "\r"]
    ins = ["IN1", "1", p.payer[0], p.payer[0] + "01", p.payer[1], "", "", "", p.group, "", "", "", "", "", "", "",
           P(hl7_name(p), "name"), "01", P(fmt_date(p.dob, "hl7"), "date")]
    ins += [""] * (36 - len(ins)) + [P(p.member, "health_plan")]
    for i, f_ in enumerate(ins):
        if i:
            parts.append("|")
        parts.append(f_)
    parts.append("\r\x1c\r")
    return F(*parts), ctl


def fam_adt(phi):
    L = Line("adt-bedboard-python")
    ts = ts_comma()
    if phi:
        p = pick_patient()
        if R.random() < 0.65:
            trig = R.choice(["A01", "A02", "A08", "A08", "A03"])
            msg, ctl = adt_message(p, trig)
            text = plain(msg)
            quote = '"' if ("'" in text and '"' not in text) else "'"
            L.t("%s DEBUG adt_listener: recv %d bytes from 10.40.2.14:6661 b%s" % (ts, len(text.encode()), quote))
            L.x(msg, lambda z: bytes_esc(z, quote))
            L.t(quote)
        else:
            k = R.randint(0, 2)
            if k == 0:
                L.t("%s INFO bedboard: assigned " % ts).p(p.mrn, "mrn").t(" ")
                L.p("%s, %s" % (p.last.upper(), p.first.upper()), "name")
                L.t(" to %s (attending=%s, rn=%s)" % (p.loc, p.attending.last, p.rn.user))
            elif k == 1:
                L.t("%s INFO bedboard: discharge order for " % ts).p("%s %s" % (p.first, p.last), "name")
                L.t(" (").p(p.mrn, "mrn").t(") expected ").p(fmt_date(TODAY + dt.timedelta(days=R.randint(0, 2)), "iso"), "date")
                L.t(", bed %s flagged PENDING_DC" % p.loc)
            else:
                L.t("%s WARNING bedboard: duplicate patient candidates for " % ts)
                L.p(hl7_name(p), "name").t(" DOB ").p(fmt_date(p.dob, "hl7"), "date")
                L.t(": ['").p(p.mrn, "mrn").t("', 'E%d'] -> manual merge queue HIM-%d" % (R.randint(1000000, 4999999),
                                                                                        R.randint(20000, 29999)))
        return L
    k = R.choices(["evs", "ack", "census", "timeout"], [4, 4, 2, 1])[0]
    if k == "evs":
        s = R.choice(STAFF)
        L.t("%s INFO bedboard: bed %s status %s -> %s (evs_user=%s, ticket=EVS-%d)" % (
            ts, any_bed(), R.choice(["DIRTY", "BLOCKED", "IN_PROGRESS"]), R.choice(["CLEAN", "IN_PROGRESS", "READY"]),
            s.user, R.randint(880000, 889999)))
    elif k == "ack":
        L.t("%s DEBUG adt_listener: sent ACK MSA|AA|ADT%010d (%d bytes, %.1f ms)" % (
            ts, R.randint(10 ** 8, 10 ** 9), R.randint(90, 140), R.uniform(0.4, 9.0)))
    elif k == "census":
        L.t("%s INFO bedboard: census 4W %d/40 5E %d/40 3N %d/40 MICU %d/16 CVICU %d/12 pending_admits=%d" % (
            ts, R.randint(30, 40), R.randint(28, 40), R.randint(20, 40), R.randint(10, 16), R.randint(6, 12), R.randint(0, 9)))
    else:
        L.t("%s WARNING adt_listener: MLLP frame timeout from 10.40.2.14:6661 after 30.0s, resetting buffer (412 bytes discarded)" % ts)
    return L


# ---------------------------------------------------------------------------
# family: RTLS badge locations (JSON lines, python json.dumps defaults)
# ---------------------------------------------------------------------------
ZONES = ["4W-Hall-N", "4W-NS", "5E-Med-Room", "MICU-Pod-B", "CVICU-NS", "3N-Clean-Utility", "L1-Cafeteria",
         "ED-Triage", "L2-Elevator-Bank", "4W-Soiled-Utility"]


def fam_rtls(phi):
    L = Line("rtls-badge-json")
    if phi:
        p = pick_patient()
        if R.random() < 0.5:
            p = R.choice([x for x in PATIENTS if x.sex == "F" and x.age < 45])
            o = {"timestamp": ts_z(), "tag_id": "HUGS-%05d" % R.randint(10000, 99999), "tag_type": "infant",
                 "event": "STRAP_SECURE", "location": {"building": "Main", "floor": 2, "zone": "L&D-Nursery"},
                 "mother_name": P("%s %s" % (p.first, p.last), "name"), "mother_mrn": P(p.mrn, "mrn"),
                 "battery_pct": R.randint(60, 99)}
        else:
            e = pick_elder()
            o = {"timestamp": ts_z(), "tag_id": "WG-%05d" % R.randint(10000, 99999), "tag_type": "patient",
                 "event": "EXIT_ZONE_ALERT", "location": {"building": "Main", "floor": 1, "zone": "L1-Main-Lobby-Door"},
                 "patient": {"name": P("%s, %s" % (e.last, e.first), "name"), "mrn": P(e.mrn, "mrn"), "unit": e.unit},
                 "escalate_to": "Security"}
        jw(L, o, ea=True, seps=(", ", ": "))
        return L
    s = R.choice(STAFF)
    ev = R.choice(["LOCATION", "LOCATION", "LOCATION", "BUTTON_PRESS", "LOW_BATTERY"])
    o = {"timestamp": ts_z(), "tag_id": s.tag, "tag_type": "staff", "event": ev, "person": s.full,
         "role": s.cred, "location": {"building": "Main", "floor": R.randint(1, 5), "zone": R.choice(ZONES)},
         "confidence": round(R.uniform(0.6, 0.99), 2), "rssi": -R.randint(50, 88), "battery_pct": R.randint(3, 99)}
    if ev == "BUTTON_PRESS":
        o["button"] = "duress" if R.random() < 0.3 else "call"
    jw(L, o, ea=True, seps=(", ", ": "))
    return L


# ---------------------------------------------------------------------------
# family: MDM check-ins of shared unit phones
# ---------------------------------------------------------------------------
SHARED = []
for unit in ["4W", "5E", "3N", "MICU", "CVICU", "ED"]:
    for i in range(1, 5):
        SHARED.append({"id": "%s-SHR-%02d" % (unit, i), "model": R.choice(["Zebra TC52", "Zebra TC57", "Spectralink Versity 9653"]),
                       "sn": digits(14), "imei": imei(R.choice(["35406112", "35913510", "35336011"])),
                       "bssid": mac(R.choice(["a4:8d:3b", "f0:5c:19", "94:b4:0f"]))})
IPHONES = [{"name": "%s-iPhone-%02d" % (u, i), "udid": "00008110-00%s" % hexs(14).upper(),
            "serial": "F" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(11))}
           for u in ["4W", "5E", "ED"] for i in range(1, 4)]


def fam_mdm(phi):
    L = Line("mdm-checkin")
    if R.random() < 0.7:
        d = R.choice(SHARED)
        s = R.choice(STAFF)
        L.t('%s INFO  [DeviceCheckin] DevId=%s Model="%s" SN=%s IMEI=%s OS=Android %d Agent=15.4.2.%d Batt=%d%% SSID=MVH-Clinical BSSID=%s IP=10.42.%d.%d User=%s Compliance=%s'
            % (NOW.strftime("%Y-%m-%d %H:%M:%S.") + ms(NOW), d["id"], d["model"], d["sn"], d["imei"],
               R.choice([11, 13]), R.randint(1000, 1100), R.randint(5, 100), d["bssid"], R.randint(1, 12),
               R.randint(2, 250), R.choice([s.user, "(shared-kiosk)"]), R.choice(["OK", "OK", "OK", "NONCOMPLIANT:PASSCODE"])))
    else:
        d = R.choice(IPHONES)
        L.t("%s jamf[%d]: Inventory update from %s (iPhone 13, UDID %s, serial %s) iOS 17.%d.%d, %d apps, last check-in %d min ago"
            % (ts_syslog(), R.randint(800, 900), d["name"], d["udid"], d["serial"], R.randint(4, 6), R.randint(0, 2),
               R.randint(30, 48), R.randint(1, 30)))
    return L


# ---------------------------------------------------------------------------
# family: Node integration hub (winston)
# ---------------------------------------------------------------------------
def nd_prefix(L, level):
    L.t("%s %s: [clincomm-hub] " % (ts_z(), level))


def fam_node(phi):
    L = Line("clincomm-hub-winston")
    if phi:
        p = pick_patient()
        k = R.randint(0, 5)
        if k == 0:
            nd_prefix(L, "warn")
            L.t("failed to deliver patient-engagement SMS to ").p(fmt_phone(p.cell_raw, "e164"), "phone")
            L.t(" for patient ").p("%s %s" % (p.first, p.last), "name").t(" (MRN ").p(p.mrn, "mrn")
            L.t("): Twilio error 21610 (unsubscribed recipient) sid=SM%s" % hexs(32))
        elif k == 1:
            nd_prefix(L, "info")
            L.t("patient app device registered ")
            jw(L, {"username": P(p.username, "other_id"), "mrn": P(p.mrn, "mrn"), "platform": "android",
                   "imei": P(p.imei, "device"), "wifiMac": P(p.mac, "device"), "ip": P(p.ip, "ip"),
                   "appVersion": "3.14.2", "pushToken": hexs(32)})
        elif k == 2:
            nd_prefix(L, "debug")
            L.t("tv-rental charge payload ")
            jw(L, {"orderId": "TV-%d" % R.randint(200000, 299999), "room": p.loc,
                   "payer": P(p.rel_name, "name"), "pan": P(card(*R.choice([("4", 16), ("51", 16), ("37", 15)])), "account"),
                   "exp": "%02d/%02d" % (R.randint(1, 12), R.randint(25, 30)), "amount": 19.99, "currency": "USD"})
        elif k == 3:
            nd_prefix(L, "info")
            slug = "%s-%s-%s" % (plain_slug(p.first), plain_slug(p.last), hexs(4))
            L.t("family update page published url=").p("https://family.mercyvale.org/u/%s" % slug, "url")
            L.t(" subscribers=%d by=%s" % (R.randint(1, 6), p.rn.user))
        elif k == 4:
            nd_prefix(L, "info")
            L.t("patient portal login ok user=").p(p.username, "other_id").t(" from ").p(p.ip, "ip")
            L.t(" mfa=sms ua=\"Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X)\" took %dms" % R.randint(80, 900))
        else:
            nd_prefix(L, "error")
            L.t("FHIR Patient/%s update rejected (412 Precondition Failed) " % hexs(16))
            jw(L, {"resourceType": "Patient", "identifier": [{"system": "urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14",
                                                             "value": P(p.mrn, "mrn")}],
                   "name": [{"family": P(p.last, "name"), "given": [P(p.first, "name")]}],
                   "telecom": [{"system": "phone", "value": P(fmt_phone(p.phone_raw, "dash"), "phone"), "use": "home"}],
                   "birthDate": P(fmt_date(p.dob, "iso"), "date")})
        return L
    k = R.choices(["hook", "retry", "health", "cfg", "err", "amion"], [5, 2, 2, 1, 2, 2])[0]
    if k == "hook":
        nd_prefix(L, "info")
        L.t("POST /webhooks/%s 200 %dms reqId=%s" % (R.choice(["tigerconnect", "vocera-engage", "amion"]),
                                                    R.randint(3, 180), uuid4()))
    elif k == "retry":
        nd_prefix(L, "warn")
        L.t("retrying job deliver-alert#%d (attempt %d/5) after ECONNRESET from 34.231.%d.%d:443" % (
            R.randint(100000, 999999), R.randint(2, 4), R.randint(0, 255), R.randint(1, 254)))
    elif k == "health":
        nd_prefix(L, "info")
        L.t("health ok rss=%dMB heapUsed=%dMB eventLoopLagMs=%.1f uptime=%ds" % (
            R.randint(180, 320), R.randint(90, 200), R.uniform(0.5, 14), R.randint(3600, 900000)))
    elif k == "cfg":
        nd_prefix(L, "info")
        L.t("config loaded env=prod version=2.18.%d node=v20.11.1 sender=noreply@mercyvale.org site=\"%s\" helpdesk=%s"
            % (R.randint(0, 9), HOSP_ADDR, HOSP_MAIN))
    elif k == "err":
        nd_prefix(L, "error")
        L.t("Error: connect ETIMEDOUT 10.40.3.22:2575 at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16) job=hl7-forward#%d"
            % R.randint(100000, 999999))
    else:
        nd_prefix(L, "debug")
        s = R.choice(DOCS)
        L.t('amion cache hit service="%s" -> %s (%s) ttl=%ds' % (R.choice(SERVICES), s.email, s.pager, R.randint(30, 900)))
    return L


def plain_slug(s):
    repl = {"í": "i", "á": "a", "é": "e", "ó": "o", "ú": "u", "ễ": "e", "ś": "s", "ı": "i", "ö": "o", "'": "", " ": "-"}
    return "".join(repl.get(c, c) for c in s.lower())


# ---------------------------------------------------------------------------
# family: C# pump adapter (NLog)
# ---------------------------------------------------------------------------
PUMP_DRUGS = ["Heparin 25,000 units/250 mL", "Norepinephrine 8 mg/250 mL", "Insulin regular 100 units/100 mL",
              "Vancomycin 1.25 g/250 mL", "Propofol 1,000 mg/100 mL", "Normal Saline 1000 mL", "Amiodarone 450 mg/250 mL"]
PUMPS = ["8015-%07d" % R.randint(1000000, 9999999) for _ in range(14)]


def fam_pump(phi):
    L = Line("pump-adapter-nlog")
    pre = "%s|%s|%s|"
    if phi:
        p = pick_patient()
        k = R.randint(0, 2)
        if k == 0:
            L.t(pre % (ts_nlog(), "INFO", "Mvh.AlarmBridge.PumpAdapter.Association"))
            L.t("Associated PatientId=").p(p.mrn, "mrn").t(" (").p("%s, %s" % (p.last.upper(), p.first.upper()), "name")
            L.t(") DOB=").p(fmt_date(p.dob, "us"), "date").t(" with pump %s channel %s at %s" % (R.choice(PUMPS), R.choice("ABCD"), p.loc))
        elif k == 1:
            L.t(pre % (ts_nlog(), "INFO", "Mvh.AlarmBridge.PumpAdapter.AutoProgram"))
            L.t("Auto-program order %d for MRN " % R.randint(4400000, 4499999)).p(p.mrn, "mrn")
            L.t(" drug=\"%s\" rate=%.1f mL/h pump=%s result=ACCEPTED_BY_CLINICIAN user=%s" % (
                R.choice(PUMP_DRUGS), R.uniform(2, 125), R.choice(PUMPS), p.rn.user))
        else:
            L.t(pre % (ts_nlog(), "ERROR", "Mvh.AlarmBridge.Adt.PatientCache"))
            L.t("Cache write failed for Patient { Mrn = ").p(p.mrn, "mrn").t(", Name = ")
            L.p("%s, %s" % (p.last.upper(), p.first.upper()), "name").t(", Dob = ")
            L.p(fmt_date(p.dob, "usn"), "date").t(" 12:00:00 AM, Ssn = ").p(p.ssn, "ssn")
            L.t(", AccountNumber = ").p(p.har, "account").t(", Bed = %s }" % p.loc)
            L.t(" System.Data.SqlClient.SqlException (0x80131904): Violation of PRIMARY KEY constraint 'PK_PatientCache'.")
        return L
    k = R.choices(["status", "alarm", "lib", "conn"], [3, 4, 1, 2])[0]
    if k == "status":
        L.t(pre % (ts_nlog(), "DEBUG", "Mvh.AlarmBridge.PumpAdapter.Poller"))
        L.t("Pump %s ch %s state=%s drug=\"%s\" rate=%.1f mL/h vtbi=%d mL location=%s" % (
            R.choice(PUMPS), R.choice("ABCD"), R.choice(["INFUSING", "PAUSED", "KVO"]), R.choice(PUMP_DRUGS),
            R.uniform(1, 150), R.randint(20, 1000), any_bed()))
    elif k == "alarm":
        L.t(pre % (ts_nlog(), "WARN", "Mvh.AlarmBridge.PumpAdapter.Alarms"))
        L.t("Pump %s ch %s %s at %s -> forwarded to router as %s" % (
            R.choice(PUMPS), R.choice("ABCD"), R.choice(["OCCLUSION DOWNSTREAM", "AIR IN LINE", "INFUSION COMPLETE",
                                                         "CHANNEL ERROR 235.4003", "VTBI NEAR END"]),
            any_bed(), new_alarm_id()))
    elif k == "lib":
        L.t(pre % (ts_nlog(), "INFO", "Mvh.AlarmBridge.PumpAdapter.Library"))
        L.t("Drug library MVH_ADULT_2024Q4 rev %d confirmed on %d/%d pumps (released 2024-10-2%d)" % (
            R.randint(10, 14), R.randint(300, 340), 341, R.randint(1, 9)))
    else:
        L.t(pre % (ts_nlog(), "ERROR", "Mvh.AlarmBridge.PumpAdapter.Connection"))
        L.t("Connection to asm01.mvh.local:8443 lost (System.Net.Sockets.SocketException 10054); reconnect in %ds" % R.choice([5, 10, 30]))
    return L


# ---------------------------------------------------------------------------
# family: Python services (patient engagement, identity, remote monitoring ...)
# ---------------------------------------------------------------------------
def py_prefix(L, level, name):
    L.t("%s [%s] %s: " % (ts_comma(), level, name))


def fam_py(phi):
    L = Line("pysvc-logging")
    if phi:
        p = pick_patient()
        k = R.choices(range(12), [2, 4, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2])[0]
        if k == 0:
            py_prefix(L, "INFO", "pe.invites")
            L.t("sending invite ")
            pyw(L, {"patient_id": P(p.mrn, "mrn"), "first_name": P(p.first, "name"), "last_name": P(p.last, "name"),
                    "email": P(p.email, "email"), "mobile": P(fmt_phone(p.cell_raw, "paren"), "phone"),
                    "username": P(p.username, "other_id"), "template": "pe_welcome_v4", "locale": "en_US"})
        elif k == 1:
            py_prefix(L, "INFO", "identity.palmscan")
            L.t("enrolled template for ").p(p.mrn, "mrn").t(" quality=%d template=" % R.randint(62, 98))
            L.p(b64_blob(R.randint(90, 150)), "biometric").t(" device=PS-KIOSK-%02d" % R.randint(1, 9))
        elif k == 2:
            py_prefix(L, "DEBUG", "identity.facematch")
            L.t("bedside verification for ").p("%s %s" % (p.first, p.last), "name")
            L.t(" score=%.3f threshold=0.82 probe=" % R.uniform(0.7, 0.99)).p(b64_blob(R.randint(240, 330), JPEG_HDR), "photo")
        elif k == 3:
            py_prefix(L, "INFO", "remote_monitoring.carelink")
            L.t("transmission received device_sn=").p(p.pm_serial, "device").t(" model=\"Azure XT DR MRI\" patient=")
            L.p(hl7_name(p), "name").t(" dob=").p(fmt_date(p.dob, "iso"), "date")
            L.t(" events=%d at_burden=%.1f%% battery_years=%.1f" % (R.randint(0, 6), R.uniform(0, 22), R.uniform(2, 11)))
        elif k == 4:
            py_prefix(L, "INFO", "discharge.transport")
            L.t("ride booked for ").p("%s %s" % (p.first, p.last), "name").t(" pickup=%s dropoff=" % "Main Entrance")
            L.p(p.street + (" " + p.apt if p.apt else ""), "address").t(", ").p(p.city, "address").t(", %s " % p.state)
            L.p(p.zip, "zip").t(" contact=").p(fmt_phone(p.rel_phone_raw, "dash"), "phone")
            L.t(" eta=%s vendor=RoundTrip ref=RT-%d" % ((NOW + dt.timedelta(minutes=R.randint(40, 180))).strftime("%H:%M"),
                                                      R.randint(5000000, 5999999)))
        elif k == 5:
            py_prefix(L, "WARNING", "safety.events")
            L.t("case ").p(p.case_no, "other_id").t(" opened: fall with injury, patient ")
            L.p("%s %s" % (p.first, p.last), "name").t(" (").p(p.mrn, "mrn").t(") event_date=")
            L.p(fmt_date(TODAY - dt.timedelta(days=R.randint(0, 2)), "iso"), "date").t(" reporter=%s" % R.choice(NURSES).user)
        elif k == 6:
            py_prefix(L, "INFO", "eligibility.x12")
            L.t("271 received for ").p(hl7_name(p), "name").t(" member=").p(p.member, "health_plan")
            L.t(" payer=%s group=%s status=ACTIVE trace=TRN*1*%d" % (p.payer[0], p.group, R.randint(10 ** 9, 10 ** 10)))
        elif k == 7:
            py_prefix(L, "INFO", "video_visit")
            slug = "%s.%s-%d" % (plain_slug(p.first), plain_slug(p.last), R.randint(1000, 9999))
            L.t("family video link created url=").p("https://visit.mercyvale.org/join/%s" % slug, "url")
            L.t(" sent_to=").p(fmt_phone(p.rel_phone_raw, "e164"), "phone").t(" expires_in=3600")
        elif k == 8:
            p = R.choice([x for x in PATIENTS if x.natid])
            c, t, v = p.natid
            py_prefix(L, "INFO", "intl.registration")
            L.t("international patient ").p(p.mrn, "mrn").t(' national_id_type="%s %s" national_id=' % (c, t))
            L.p(v, "other_id").t(" passport_country=%s interpreter=%s" % (c, {"MX": "es", "TR": "tr", "PL": "pl"}[c]))
        elif k == 9:
            py_prefix(L, "INFO", "valet.checkin")
            L.t("ticket V-%d dialysis/long-stay pass for " % R.randint(40000, 49999)).p("%s %s" % (p.first, p.last), "name")
            L.t(" plate=IL-").p(p.plate.replace(" ", ""), "vehicle").t(" vin=").p(p.vin, "vehicle")
            L.t(" garage=P2 level=%d validated_by=%s" % (R.randint(1, 4), R.choice(STAFF).user))
        elif k == 10:
            py_prefix(L, "INFO", "him.roi")
            L.t("ROI request ROI-2024-%05d for " % R.randint(10000, 99999)).p(hl7_name(p), "name")
            L.t(" (").p(p.mrn, "mrn").t(") delivered to patient-designated fax ")
            L.p(fmt_phone(p.fax_raw, R.choice(["paren", "dash"])), "fax").t(" pages=%d via RightFax job %d" % (
                R.randint(3, 40), R.randint(700000, 799999)))
        elif k == 11:
            py_prefix(L, "DEBUG", "pe.profile")
            slug = "%s%s" % (plain_slug(p.first)[0], plain_slug(p.last))
            L.t("profile link for caregiver view: ").p("https://mychart.mercyvale.org/proxy/%s-%s" % (slug, p.mrn[1:]), "url")
            L.t(" (proxy=").p(p.rel_name, "name").t(", relationship=%s)" % p.rel_relation.lower())
        return L
    k = R.choices(["celery", "pool", "smtp", "sched"], [3, 2, 2, 2])[0]
    if k == "celery":
        py_prefix(L, "INFO", "celery.worker")
        L.t("Task pe.tasks.send_reminders[%s] succeeded in %.3fs: {'sent': %d, 'skipped': %d}" % (
            uuid4(), R.uniform(0.1, 9), R.randint(0, 40), R.randint(0, 9)))
    elif k == "pool":
        py_prefix(L, "WARNING", "sqlalchemy.pool")
        L.t("QueuePool limit of size 10 overflow 5 reached, connection timed out, timeout 30.00 (host=pgsql-cc02.mvh.local:5432)")
    elif k == "smtp":
        py_prefix(L, "INFO", "notify.smtp")
        L.t("relay mail.mercyvale.org:587 accepted message <%s@mercyvale.org> from noreply@mercyvale.org size=%d" % (
            hexs(16), R.randint(3000, 30000)))
    else:
        py_prefix(L, "INFO", "apscheduler.scheduler")
        L.t('Job "sync_unit_phone_directory (trigger: interval[0:15:00], next run at: %s CST)" executed successfully'
            % (NOW + dt.timedelta(minutes=15)).strftime("%Y-%m-%d %H:%M:%S"))
    return L


# ---------------------------------------------------------------------------
# family: nginx access log of the family/patient engagement portal
# ---------------------------------------------------------------------------
UAS = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
       'Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36',
       'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36']


def fam_nginx(phi):
    L = Line("pe-portal-nginx")
    if phi:
        p = pick_patient()
        L.p(p.ip, "ip").t(" - - [%s] \"" % ts_nginx())
        k = R.randint(0, 2)
        if k == 0:
            L.t("GET /pe/v1/invites/lookup?email=").p(p.email.replace("@", "%40"), "email")
            L.t(" HTTP/2.0\" 200 %d \"-\" \"%s\" %.3f" % (R.randint(200, 900), R.choice(UAS), R.uniform(0.01, 0.4)))
        elif k == 1:
            L.t("POST /pe/v1/session HTTP/2.0\" %d %d \"https://family.mercyvale.org/login\" \"%s\" %.3f" % (
                R.choice([200, 200, 401]), R.randint(100, 700), R.choice(UAS), R.uniform(0.02, 0.6)))
        else:
            L.t("GET /pe/v1/updates?since=%s HTTP/2.0\" 200 %d \"-\" \"%s\" %.3f" % (
                ts_epoch_ms() - R.randint(60000, 3600000), R.randint(400, 9000), R.choice(UAS), R.uniform(0.01, 0.3)))
        return L
    k = R.randint(0, 2)
    if k == 0:
        L.t('10.40.0.%d - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" 0.001' % (R.randint(2, 30), ts_nginx()))
    elif k == 1:
        L.t('52.%d.%d.%d - - [%s] "POST /webhooks/tigerconnect HTTP/1.1" 202 17 "-" "TigerConnect-Webhooks/2.3" %.3f' % (
            R.randint(0, 255), R.randint(0, 255), R.randint(1, 254), ts_nginx(), R.uniform(0.003, 0.05)))
    else:
        L.t('10.42.%d.%d - - [%s] "GET /static/js/main.%s.js HTTP/1.1" 304 0 "https://family.mercyvale.org/" "%s" 0.000' % (
            R.randint(1, 12), R.randint(2, 250), ts_nginx(), hexs(8), R.choice(UAS)))
    return L


# ---------------------------------------------------------------------------
# assemble
# ---------------------------------------------------------------------------
PLAN = [  # (family fn, total, with phi)
    (fam_tc, 60, 35),
    (fam_vocera, 40, 12),
    (fam_alarm_hl7, 40, 26),
    (fam_alarm_route, 45, 16),
    (fam_cms, 35, 20),
    (fam_oncall, 30, 0),
    (fam_nursecall, 35, 12),
    (fam_adt, 30, 24),
    (fam_rtls, 30, 4),
    (fam_mdm, 30, 0),
    (fam_node, 35, 20),
    (fam_pump, 30, 12),
    (fam_py, 40, 34),
    (fam_nginx, 20, 10),
]


def main():
    slots = []
    for fn, total, nphi in PLAN:
        slots += [(fn, True)] * nphi + [(fn, False)] * (total - nphi)
    assert len(slots) == N_LINES, len(slots)
    R.shuffle(slots)
    out_lines = []
    labels = []
    for i, (fn, phi) in enumerate(slots, 1):
        tick()
        L = fn(phi)
        text = L.text()
        raw = text.encode("utf-8")
        assert "\n" not in text and "\r" not in text, (i, text)
        assert len(raw) <= 4000, (i, len(raw))
        assert bool(L.spans) == phi, (i, L.family, phi, text)
        last = 0
        spans = []
        for s, e, cat, val in L.spans:
            assert s >= last, (i, text)
            assert raw[s:e] == val.encode("utf-8"), (i, s, e, val)
            last = e
            spans.append({"s": s, "e": e, "cat": cat})
        out_lines.append(text)
        labels.append({"line": i, "family": L.family, "spans": spans})
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as fh:
        for t in out_lines:
            fh.write(t + "\n")
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for o in labels:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
