#!/usr/bin/env python3
"""Synthetic PHI test corpus 'bf': tabular data (CSV/TSV, SQL client grids,
DataFrame prints, fixed-width reports, flat files, record dumps, diffs ...)
as it shows up in logs of small practices, billing services and data jobs.

Standard library only, fixed seed, deterministic output:
    bf.log           exactly 500 lines
    bf.labels.jsonl  one object per log line {"line","family","spans"}
"""
import base64
import datetime as dtm
import json
import os
import random
import sys
import unicodedata

ID = "bf"
SEED = 0xBF0305
N_LINES = 500
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
D = dtm.date
TD = dtm.timedelta
REF = D(2024, 3, 5)

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}

# --------------------------------------------------------------------------
# segments / line builder
# --------------------------------------------------------------------------

def norm(cell):
    """cell -> flat list of (text, cat|None)"""
    if cell is None:
        return []
    if isinstance(cell, str):
        return [(cell, None)]
    if isinstance(cell, tuple):
        assert len(cell) == 2 and isinstance(cell[0], str), cell
        return [cell]
    out = []
    for p in cell:
        out.extend(norm(p))
    return out


def clen(cell):
    return sum(len(t) for t, _ in norm(cell))


def ctext(cell):
    return "".join(t for t, _ in norm(cell))


class Ln:
    def __init__(self, *cells):
        self.parts = []
        self.spans = []
        self.nb = 0
        for c in cells:
            self.add(c)

    def add(self, cell):
        for t, c in norm(cell):
            b = len(t.encode("utf-8"))
            if c is not None and t != "":
                assert c in CATS, c
                self.spans.append((self.nb, self.nb + b, c, t))
            self.parts.append(t)
            self.nb += b
        return self

    def text(self):
        return "".join(self.parts)


def P(cat):
    return lambda v: (v, cat)


nm, ad, zp, dt, ag, ph, fx, em, sn = (P(c) for c in (
    "name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn"))
mr, hp, ac, li, ve, dv, ur, ipa = (P(c) for c in (
    "mrn", "health_plan", "account", "license", "vehicle", "device", "url", "ip"))
bio, pho, oid = P("biometric"), P("photo"), P("other_id")


def agec(a):
    """age cell: labeled only when over 89"""
    return (str(a), "age") if a > 89 else str(a)


def rstrip_segs(segs):
    segs = list(norm(segs))
    while segs and segs[-1][1] is None:
        t = segs[-1][0].rstrip()
        if t:
            segs[-1] = (t, None)
            break
        segs.pop()
    return segs


def join_cells(cells, sep):
    out = []
    for i, c in enumerate(cells):
        if i:
            out.append(sep)
        out.extend(norm(c))
    return out


def colw(headers, rows, types=None):
    w = []
    for i, h in enumerate(headers):
        m = max([clen(h)] + [clen(r[i]) for r in rows])
        if types:
            m = max(m, len(types[i]))
        w.append(m)
    return w


def padc(cell, w, al="l"):
    segs = norm(cell)
    x = w - clen(segs)
    assert x >= 0, (cell, w)
    if al == "r":
        return [" " * x] + segs
    if al == "c":
        left = x // 2
        return [" " * left] + segs + [" " * (x - left)]
    return segs + [" " * x]


# --------------------------------------------------------------------------
# table renderers -> list of segment lists (one per output line)
# --------------------------------------------------------------------------

def t_mysql(headers, rows, al, head_al=None):
    w = colw(headers, rows)
    head_al = head_al or ["l"] * len(w)
    b = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    out = [[b], ["| "] + join_cells([padc(h, w[i], head_al[i]) for i, h in enumerate(headers)], " | ") + [" |"], [b]]
    for r in rows:
        out.append(["| "] + join_cells([padc(c, w[i], al[i]) for i, c in enumerate(r)], " | ") + [" |"])
    out.append([b])
    return out


def t_psql(headers, rows, al, footer=True):
    w = colw(headers, rows)
    out = [rstrip_segs([" "] + join_cells([padc(h, w[i], "c") for i, h in enumerate(headers)], " | "))]
    out.append(["+".join("-" * (x + 2) for x in w)])
    for r in rows:
        out.append(rstrip_segs([" "] + join_cells([padc(c, w[i], al[i]) for i, c in enumerate(r)], " | ")))
    if footer:
        out.append(["(%d row%s)" % (len(rows), "" if len(rows) == 1 else "s")])
    return out


def t_fixed(headers, rows, al, sep=" ", widths=None, head_al=None, dash="full", dashch="-", rstrip=True):
    w = colw(headers, rows)
    if widths:
        w = [max(a, b) for a, b in zip(w, widths)]
    head_al = head_al or ["l"] * len(w)
    h = join_cells([padc(x, w[i], head_al[i]) for i, x in enumerate(headers)], sep)
    if dash == "full":
        d = [sep.join(dashch * x for x in w)]
    else:  # dashes only under the header text (PowerShell)
        d = join_cells([padc(dashch * clen(x), w[i], head_al[i]) for i, x in enumerate(headers)], sep)
    out = [h, d]
    for r in rows:
        out.append(join_cells([padc(c, w[i], al[i]) for i, c in enumerate(r)], sep))
    if rstrip:
        out = [rstrip_segs(x) for x in out]
    return out


def t_pandas(headers, rows, index=None):
    idx = index or [str(i) for i in range(len(rows))]
    iw = max(len(x) for x in idx)
    w = colw(headers, rows)
    out = [[" " * iw] + sum([["  "] + padc(h, w[i], "r") for i, h in enumerate(headers)], [])]
    for k, r in enumerate(rows):
        out.append([idx[k].ljust(iw)] + sum([["  "] + padc(c, w[i], "r") for i, c in enumerate(r)], []))
    return out


def t_rdf(headers, rows, index=None):
    idx = index or [str(i + 1) for i in range(len(rows))]
    iw = max(len(x) for x in idx)
    w = colw(headers, rows)
    out = [[" " * iw] + sum([[" "] + padc(h, w[i], "r") for i, h in enumerate(headers)], [])]
    for k, r in enumerate(rows):
        out.append([idx[k].ljust(iw)] + sum([[" "] + padc(c, w[i], "r") for i, c in enumerate(r)], []))
    return out


def t_tibble(headers, types, rows, al):
    idx = [str(i + 1) for i in range(len(rows))]
    iw = max(len(x) for x in idx)
    w = colw(headers, rows, types)
    out = [rstrip_segs([" " * iw] + sum([[" "] + padc(h, w[i], al[i]) for i, h in enumerate(headers)], []))]
    out.append(rstrip_segs([" " * iw] + sum([[" "] + padc(t, w[i], al[i]) for i, t in enumerate(types)], [])))
    for k, r in enumerate(rows):
        out.append(rstrip_segs([idx[k].rjust(iw)] + sum([[" "] + padc(c, w[i], al[i]) for i, c in enumerate(r)], [])))
    return out


def t_duckdb(headers, types, rows, al):
    w = colw(headers, rows, types)
    top = "┌" + "┬".join("─" * (x + 2) for x in w) + "┐"
    mid = "├" + "┼".join("─" * (x + 2) for x in w) + "┤"
    bot = "└" + "┴".join("─" * (x + 2) for x in w) + "┘"
    out = [[top],
           ["│ "] + join_cells([padc(h, w[i], "c") for i, h in enumerate(headers)], " │ ") + [" │"],
           ["│ "] + join_cells([padc(t, w[i], "c") for i, t in enumerate(types)], " │ ") + [" │"],
           [mid]]
    for r in rows:
        out.append(["│ "] + join_cells([padc(c, w[i], al[i]) for i, c in enumerate(r)], " │ ") + [" │"])
    out.append([bot])
    return out


def t_spark(headers, rows):
    w = colw(headers, rows)
    b = "+" + "+".join("-" * x for x in w) + "+"
    out = [[b], ["|"] + join_cells([padc(h, w[i], "r") for i, h in enumerate(headers)], "|") + ["|"], [b]]
    for r in rows:
        out.append(["|"] + join_cells([padc(c, w[i], "r") for i, c in enumerate(r)], "|") + ["|"])
    out.append([b])
    return out


def t_tab_psql(headers, rows, al):
    """python tabulate tablefmt='psql'"""
    w = colw(headers, rows)
    b = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    m = "|" + "+".join("-" * (x + 2) for x in w) + "|"
    out = [[b], ["| "] + join_cells([padc(h, w[i], al[i]) for i, h in enumerate(headers)], " | ") + [" |"], [m]]
    for r in rows:
        out.append(["| "] + join_cells([padc(c, w[i], al[i]) for i, c in enumerate(r)], " | ") + [" |"])
    out.append([b])
    return out


def t_grid(headers, rows, al):
    """python tabulate tablefmt='grid'"""
    w = colw(headers, rows)
    b = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    be = "+" + "+".join("=" * (x + 2) for x in w) + "+"
    out = [[b], ["| "] + join_cells([padc(h, w[i], "l") for i, h in enumerate(headers)], " | ") + [" |"], [be]]
    for k, r in enumerate(rows):
        out.append(["| "] + join_cells([padc(c, w[i], al[i]) for i, c in enumerate(r)], " | ") + [" |"])
        out.append([b])
    return out


def t_csvlook(headers, rows, al):
    w = colw(headers, rows)
    out = [["| "] + join_cells([padc(h, w[i], "l") for i, h in enumerate(headers)], " | ") + [" |"],
           ["| " + " | ".join("-" * x for x in w) + " |"]]
    for r in rows:
        out.append(["| "] + join_cells([padc(c, w[i], al[i]) for i, c in enumerate(r)], " | ") + [" |"])
    return out


def t_stata(headers, rows):
    w = colw(headers, rows)
    inner_w = sum(w) + 3 * (len(w) - 1) + 2
    out = [["     +" + "-" * inner_w + "+"],
           ["     | "] + join_cells([padc(h, w[i], "r") for i, h in enumerate(headers)], "   ") + [" |"],
           ["     |" + "-" * inner_w + "|"]]
    for k, r in enumerate(rows):
        out.append(["%3d. | " % (k + 1)] + join_cells([padc(c, w[i], "r") for i, c in enumerate(r)], "   ") + [" |"])
    out.append(["     +" + "-" * inner_w + "+"])
    return out


def csv_cells(cells, sep=",", qmode="auto"):
    out = []
    for k, c in enumerate(cells):
        if k:
            out.append(sep)
        segs = norm(c)
        txt = ctext(segs)
        q = qmode == "all" or (qmode == "auto" and (sep in txt or '"' in txt))
        if q:
            out.append('"')
            out.extend([(t.replace('"', '""'), cat) for t, cat in segs])
            out.append('"')
        else:
            out.extend(segs)
    return out


# --------------------------------------------------------------------------
# synthetic values
# --------------------------------------------------------------------------

def rdate(a, b):
    return a + TD(days=R.randint(0, (b - a).days))


def age_on(dob, ref=REF):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def f_iso(d): return "%04d-%02d-%02d" % (d.year, d.month, d.day)
def f_us(d): return "%02d/%02d/%04d" % (d.month, d.day, d.year)
def f_usn(d): return "%d/%d/%04d" % (d.month, d.day, d.year)
def f_ymd(d): return "%04d%02d%02d" % (d.year, d.month, d.day)
def f_sas(d): return "%02d%s%04d" % (d.day, MON[d.month - 1], d.year)
def f_ora(d): return "%02d-%s-%02d" % (d.day, MON[d.month - 1], d.year % 100)
def f_de(d): return "%02d.%02d.%04d" % (d.day, d.month, d.year)
def f_es(d): return "%02d/%02d/%04d" % (d.day, d.month, d.year)
def f_stata(d): return "%02d%s%04d" % (d.day, MON[d.month - 1].lower(), d.year)


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def luhn_digit(payload):
    s = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return (10 - s % 10) % 10


def luhn_ok(num):
    num = "".join(c for c in num if c.isdigit())
    return luhn_digit(num[:-1]) == int(num[-1])


def luhn_num(prefix, length):
    payload = prefix + digits(length - len(prefix) - 1)
    return payload + str(luhn_digit(payload))


def npi():
    base = R.choice("12") + digits(8)
    return base + str(luhn_digit("80840" + base))


def mkssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def nanp(area):
    while True:
        ex = "%d%d%d" % (R.randint(2, 9), R.randint(0, 9), R.randint(0, 9))
        if ex[1:] != "11":
            break
    if R.random() < 0.35:
        ex, line = "555", "01%02d" % R.randint(0, 99)
    else:
        line = "%04d" % R.randint(0, 9999)
    return (area, ex, line)


def fph(p, style="paren"):
    a, e, n = p
    return {"paren": "(%s) %s-%s" % (a, e, n), "dash": "%s-%s-%s" % (a, e, n),
            "dot": "%s.%s.%s" % (a, e, n), "raw": a + e + n, "e164": "+1" + a + e + n,
            "intl": "+1 %s %s %s" % (a, e, n), "paren0": "(%s)%s-%s" % (a, e, n)}[style]


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mkmbi():
    an = MBI_L + "0123456789"
    s = (R.choice("123456789") + R.choice(MBI_L) + R.choice(an) + R.choice("0123456789")
         + R.choice(MBI_L) + R.choice(an) + R.choice("0123456789") + R.choice(MBI_L)
         + R.choice(MBI_L) + R.choice("0123456789") + R.choice("0123456789"))
    return s


def mbi_dash(m):
    return m[:4] + "-" + m[4:7] + "-" + m[7:]


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    v = (R.choice(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "KMH", "1G1", "4T1", "WBA", "1C4"])
         + "".join(R.choice(VIN_CH) for _ in range(5)) + "0" + R.choice("GHJKLMNPR")
         + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6))
    s = sum((int(c) if c.isdigit() else VIN_TR[c]) * VIN_W[i] for i, c in enumerate(v))
    c = s % 11
    return v[:8] + ("X" if c == 10 else str(c)) + v[9:]


def plate():
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    k = R.randint(0, 3)
    if k == 0:
        return "%d%s%s" % (R.randint(1, 9), "".join(R.choice(L) for _ in range(3)), digits(3))
    if k == 1:
        return "%s-%s" % ("".join(R.choice(L) for _ in range(3)), digits(4))
    if k == 2:
        return "%s %s" % ("".join(R.choice(L) for _ in range(2)), digits(5))
    return "%s%s" % ("".join(R.choice(L) for _ in range(3)), digits(3))


def mac():
    oui = R.choice(["F0:9F:C2", "B8:27:EB", "3C:71:BF", "A4:CF:12", "00:1E:C0", "D8:3A:DD"])
    return oui + ":" + ":".join("%02X" % R.randint(0, 255) for _ in range(3))


PUB_OCT = [24, 47, 66, 67, 68, 69, 71, 73, 75, 76, 96, 97, 98, 99, 107, 108, 174, 184]


def pub_ip():
    return "%d.%d.%d.%d" % (R.choice(PUB_OCT), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def dl(state):
    if state in ("IL",):
        return "%s%s-%s-%s" % (R.choice("BDKLMPSW"), digits(3), digits(4), digits(4))
    if state in ("CA", "AZ", "WA"):
        return R.choice("ABDFN") + digits(7)
    if state in ("NY",):
        return "%s %s %s" % (digits(3), digits(3), digits(3))
    if state in ("FL", "MI"):
        return "%s%s %s %s %s" % (R.choice("BHMS"), digits(3), digits(3), digits(3), digits(3))
    return digits(8)


def jpeg_b64(n=150):
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(R.randint(0, 255) for _ in range(n))
    return base64.b64encode(raw).decode()


def fmr_b64(n=90):
    raw = b"FMR\x00 20\x00\x00\x00\x01" + bytes(R.randint(0, 255) for _ in range(n))
    return base64.b64encode(raw).decode()


def ascii_fold(s):
    s = s.translate(str.maketrans({"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "ß": "ss", "Æ": "AE", "æ": "ae"}))
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def money(lo=15, hi=2400):
    return "%.2f" % (R.randint(lo * 100, hi * 100) / 100.0)


def money_c(v):
    whole, frac = v.split(".")
    return "{:,}".format(int(whole)) + "." + frac


def money_eu(v):
    whole, frac = v.split(".")
    return "{:,}".format(int(whole)).replace(",", ".") + "," + frac


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------

FIRST = [("Rose", "F"), ("Hope", "F"), ("Joy", "F"), ("Faith", "F"), ("April", "F"), ("Dawn", "F"),
         ("Amber", "F"), ("Summer", "F"), ("Pearl", "F"), ("Grace", "F"), ("Ivy", "F"), ("Iris", "F"),
         ("Bill", "M"), ("Will", "M"), ("Mark", "M"), ("Frank", "M"), ("Guy", "M"), ("Rich", "M"),
         ("Chase", "M"), ("Hunter", "M"), ("Miles", "M"), ("Victor", "M"), ("Thi", "F"), ("Minh", "M"),
         ("Oluwaseun", "M"), ("Chiamaka", "F"), ("Ngozi", "F"), ("Kwame", "M"), ("Aiyana", "F"),
         ("Wojciech", "M"), ("Agnieszka", "F"), ("Łukasz", "M"), ("Małgorzata", "F"), ("Hiroshi", "M"),
         ("Yuki", "F"), ("Jae-won", "M"), ("Min-ji", "F"), ("Priya", "F"), ("Arjun", "M"), ("Lakshmi", "F"),
         ("Mohammed", "M"), ("Fatima", "F"), ("Yusuf", "M"), ("Leila", "F"), ("José", "M"), ("María", "F"),
         ("Guadalupe", "F"), ("Jesús", "M"), ("Inés", "F"), ("Søren", "M"), ("Björn", "M"), ("Siobhán", "F"),
         ("Seán", "M"), ("Dmitri", "M"), ("Anastasia", "F"), ("Olga", "F"), ("Giorgos", "M"), ("Eleni", "F"),
         ("Chloé", "F"), ("François", "M"), ("Zoë", "F"), ("Renée", "F"), ("Nomvula", "F"), ("Thabo", "M"),
         ("Keanu", "M"), ("Leilani", "F"), ("Xiaoming", "M"), ("Mei", "F"), ("Aaliyah", "F"), ("DeShawn", "M"),
         ("Latoya", "F"), ("Esperanza", "F"), ("Santiago", "M"), ("Bartholomew", "M"), ("Ebenezer", "M"),
         ("Sunny", "F"), ("Precious", "F"), ("Royal", "M"), ("Earl", "M"), ("Major", "M"), ("Destiny", "F")]
LAST = ["Baker", "Mason", "Hunter", "Wood", "Stone", "Bell", "Long", "Young", "Little", "Short", "Price",
        "Rice", "Rivers", "Cruz", "Park", "Lake", "King", "Black", "White", "Brown", "Green", "May", "Day",
        "Moon", "Fox", "Wolf", "Nguyen", "Tran", "Okafor", "Adeyemi", "Mensah", "Kowalski", "Wiśniewski",
        "Nowak", "Yamamoto", "Nakamura", "Kim", "Choi", "Patel", "Chatterjee", "Iyer", "Haddad", "Al-Sayed",
        "Khan", "García", "Hernández", "Fernández", "Rodríguez", "De la Cruz", "Van der Berg", "O'Connor",
        "O'Brien", "MacDonald", "Müller", "Schröder", "Björk", "Lindqvist", "Ivanova", "Petrov",
        "Papadopoulos", "Rossi", "Esposito", "Dubois", "Lefèvre", "Zhang", "Wang", "Liu", "Mbeki", "Dlamini",
        "Kealoha", "Begay", "Yazzie", "Washington", "St. John", "Smith-Jones", "Banks", "Church", "Mills",
        "Summers", "Winter", "Snow", "Love", "Best", "Sweet", "Hill", "Cash"]
PLACES = [
    ("Springfield", "Sangamon", "IL", "627", ["217"]), ("Peoria", "Peoria", "IL", "616", ["309"]),
    ("Chicago", "Cook", "IL", "606", ["312", "773"]), ("Toledo", "Lucas", "OH", "436", ["419"]),
    ("Dayton", "Montgomery", "OH", "454", ["937"]), ("Tucson", "Pima", "AZ", "857", ["520"]),
    ("Fresno", "Fresno", "CA", "937", ["559"]), ("Tacoma", "Pierce", "WA", "984", ["253"]),
    ("Albany", "Albany", "NY", "122", ["518"]), ("Jersey City", "Hudson", "NJ", "073", ["201"]),
    ("Lowell", "Middlesex", "MA", "018", ["978"]), ("Savannah", "Chatham", "GA", "314", ["912"]),
    ("El Paso", "El Paso", "TX", "799", ["915"]), ("Boise", "Ada", "ID", "837", ["208"]),
    ("Duluth", "St. Louis", "MN", "558", ["218"]), ("Mobile", "Mobile", "AL", "366", ["251"]),
    ("Asheville", "Buncombe", "NC", "288", ["828"]), ("Lansing", "Ingham", "MI", "489", ["517"]),
    ("Liberty", "Clay", "MO", "640", ["816"]), ("Hope", "Hempstead", "AR", "718", ["870"]),
    ("Independence", "Jackson", "MO", "640", ["816"]), ("Gallup", "McKinley", "NM", "873", ["505"]),
    ("Hilo", "Hawaii", "HI", "967", ["808"]), ("Burlington", "Chittenden", "VT", "054", ["802"]),
    ("Orlando", "Orange", "FL", "328", ["407"]),
]
STREETS = ["Maple", "Oak", "Cedar", "Elm", "Washington", "Lincoln", "Lakeview", "Prairie", "Cherry Hill",
           "Martin Luther King Jr", "Hawthorne", "Juniper", "Bluebonnet", "Sycamore", "Magnolia",
           "Willow Creek", "Ridgeview", "Old Mill", "Kingsley", "Orchard", "Main", "Church", "Mill Pond",
           "Sunset", "Pine Hollow", "Jefferson", "Birch", "Canyon View", "Harbor", "Lilac", "Second", "17th"]
STYPES = ["St", "Ave", "Rd", "Dr", "Ln", "Ct", "Blvd", "Way", "Pl", "Ter", "Cir", "Pkwy"]
MAILDOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "hotmail.com", "aol.com", "att.net"]
RELS = ["spouse", "son", "daughter", "mother", "father", "sister", "brother", "friend", "grandson", "niece"]


FIPS = {"IL": "17", "OH": "39", "AZ": "04", "CA": "06", "WA": "53", "NY": "36", "NJ": "34", "MA": "25", "GA": "13",
        "TX": "48", "ID": "16", "MN": "27", "AL": "01", "NC": "37", "MI": "26", "MO": "29", "AR": "05", "NM": "35",
        "HI": "15", "VT": "50", "FL": "12"}


class Person:
    pass


def mkemail(first, last, yr):
    f = ascii_fold(first).lower().replace("-", "").replace("'", "")
    l = ascii_fold(last).lower().replace(" ", "").replace("'", "").replace(".", "").replace("-", "")
    style = R.randint(0, 4)
    local = [f + "." + l, f[0] + l + str(yr % 100), f + l + str(R.randint(1, 999)), l + "." + f, f + "_" + l + str(yr)][style]
    return local + "@" + R.choice(MAILDOM)


def person(old=False, young=False, place=None):
    p = Person()
    p.first, p.sex = R.choice(FIRST)
    p.last = R.choice(LAST)
    p.mi = R.choice("ABCDEFGHJKLMNPRSTVW")
    if old:
        p.dob = rdate(D(1921, 6, 1), D(1933, 12, 31))
    elif young:
        p.dob = rdate(D(2007, 1, 1), D(2021, 12, 31))
    else:
        p.dob = rdate(D(1936, 1, 1), D(2004, 12, 31))
    p.age = age_on(p.dob)
    pl = place or R.choice(PLACES)
    p.city, p.county, p.state, z3, areas = pl
    p.zip = z3 + "%02d" % R.randint(1, 98)
    p.zip4 = "%04d" % R.randint(1, 9999)
    p.street = "%d %s %s" % (R.randint(12, 9876), R.choice(STREETS), R.choice(STYPES))
    p.unit = R.choice(["", "", "", "Apt %d%s" % (R.randint(1, 30), R.choice("ABCD")), "Unit %d" % R.randint(1, 240),
                       "#%d" % R.randint(100, 999), "Lot %d" % R.randint(1, 80)])
    p.phone = nanp(R.choice(areas))
    p.cell = nanp(R.choice(areas))
    p.email = mkemail(p.first, p.last, p.dob.year)
    p.ssn = mkssn()
    p.mrn = R.randint(100000, 9999999)
    p.member = R.choice(["W", "XJH", "ZGP", "YRA", "H", "U", "JQK"]) + str(R.randint(10 ** 8, 10 ** 9 - 1)) + "%02d" % R.randint(0, 99)
    p.mbi = mkmbi()
    p.medicaid = "%s%s%05d%s" % (R.choice("ABCDEFGHJK"), R.choice("ABCDEFGHJK"), R.randint(0, 99999), R.choice("ABCDEFGHJK"))
    p.acct = R.randint(100000, 999999)
    p.card = luhn_num(R.choice(["4", "51", "55", "37", "6011"]), 16)
    p.dl = dl(p.state)
    p.vin = vin()
    p.plate = plate()
    p.imei = luhn_num(R.choice(["35", "86", "01"]), 15)
    p.mac = mac()
    p.ip = pub_ip()
    p.admit = rdate(D(2024, 1, 2), D(2024, 2, 25))
    p.disch = p.admit + TD(days=R.randint(1, 9))
    p.dos = rdate(D(2024, 1, 8), D(2024, 3, 1))
    p.appt = rdate(D(2024, 3, 6), D(2024, 4, 30))
    p.kin_first = R.choice(FIRST)[0]
    p.kin_last = p.last if R.random() < 0.6 else R.choice(LAST)
    p.kin_rel = R.choice(RELS)
    p.kin_phone = nanp(R.choice(areas))
    return p


def people(n, n_old=0, **kw):
    ps = [person(**kw) for _ in range(n)]
    for i in R.sample(range(n), n_old):
        ps[i] = person(old=True, **kw)
    return ps


def addr1(p):
    return p.street + (", " + p.unit if p.unit else "")


def full(p):
    return p.first + " " + p.last


def lastfirst(p, mi=False):
    return p.last + ", " + p.first + ((" " + p.mi) if mi else "")


PROVIDERS = ["Dr. Anand Rao", "Nisha Patel, MD", "Karin Olsen, NP", "Morgan Lee, PA-C", "Dr. Helen Park",
             "Tomás Ruiz, DO", "Grace Liu, MD", "Faith Adeyemi, FNP-BC", "Dr. Will Hunter", "Rose Kim, MD"]
PROV_LF = ["RAO, ANAND MD", "PATEL, NISHA MD", "OLSEN, KARIN NP", "LEE, MORGAN PA-C", "PARK, HELEN MD",
           "RUIZ, TOMAS DO", "LIU, GRACE MD", "HUNTER, WILL MD"]
PAYERS = [("60054", "Aetna"), ("00621", "BCBS IL"), ("61101", "Humana Gold Plus"), ("87726", "UnitedHealthcare"),
          ("00952", "Medicare Part B IL"), ("68069", "Ambetter"), ("MCDIL", "IL Medicaid"), ("62308", "Cigna")]
CPTS = [("99213", "E11.9"), ("99214", "I10"), ("99203", "J06.9"), ("93000", "R00.2"), ("36415", "E78.5"),
        ("90471", "Z23"), ("97110", "M54.50"), ("99396", "Z00.00"), ("G0439", "Z00.01"), ("81002", "N39.0")]


# --------------------------------------------------------------------------
# log prefixes (their timestamps are not PHI)
# --------------------------------------------------------------------------

class Clock:
    def __init__(self):
        self.t = dtm.datetime(2024, 3, 5, 1, 58, 12, 118000)

    def tick(self, lo=3, hi=1800):
        self.t += TD(milliseconds=R.randint(lo, hi))
        return self.t


CLK = Clock()


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def p_py(level, logger):
    t = CLK.tick()
    return "%s,%s %s %s: " % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), level, logger)


def p_logback(level, thread, logger):
    t = CLK.tick()
    return "%s.%s [%s] %-5s %s - " % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), thread, level, logger)


def p_airflow(src, level="INFO"):
    t = CLK.tick(1, 40)
    return "[%s UTC] {%s} %s - " % (t.strftime("%Y-%m-%d, %H:%M:%S"), src, level)


def p_syslog(host, prog, pid):
    t = CLK.tick()
    return "%s %2d %s %s %s[%d]: " % (t.strftime("%b"), t.day, t.strftime("%H:%M:%S"), host, prog, pid)


def p_iso(level):
    t = CLK.tick()
    return "%sT%s.%sZ %-5s " % (t.strftime("%Y-%m-%d"), t.strftime("%H:%M:%S"), ms(t), level)


def p_spark(level, cls):
    t = CLK.tick()
    return "%s %s %s: " % (t.strftime("%y/%m/%d %H:%M:%S"), level, cls)


def p_pg(level, pid):
    t = CLK.tick(0, 5)
    return "%s.%s CST [%d] %s:  " % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), pid, level)


def p_win(level):
    t = CLK.tick()
    return "%s %s " % (t.strftime("%m/%d/%Y %I:%M:%S %p"), level)


def p_bracket(level, comp):
    t = CLK.tick()
    return "%s [%s] %s: " % (t.strftime("%Y-%m-%d %H:%M:%S"), level, comp)


# --------------------------------------------------------------------------
# blocks: each returns (family, [segment-list per line])
# --------------------------------------------------------------------------

def b_csv_import_echo():
    F = "csv_import_echo"
    lg = lambda lv="INFO": p_py(lv, "ingest.csv")
    out = [[lg(), "job=pt_demographics_daily run_id=%s started (host=etl-worker-02 pid=41233)" % uid()],
           [lg(), "fetched sftp://sftp.lakeshorefm.example/outbound/PTDEMO_20240305.csv -> /data/in/PTDEMO_20240305.csv (412337 bytes in 1.21s)"]]
    hdr = ["PatientID", "LastName", "FirstName", "MI", "DOB", "Sex", "Address1", "City", "State", "Zip", "HomePhone"]
    out.append([lg("DEBUG"), "header=" + repr(hdr)])
    ps = people(6, n_old=1)
    for i, p in enumerate(ps):
        cells = [mr("%08d" % p.mrn), nm(p.last), nm(p.first), p.mi, dt(f_us(p.dob)), p.sex, ad(addr1(p)), ad(p.city),
                 p.state, zp(p.zip), ph(fph(p.phone, "paren"))]
        if i == 4:
            unit = p.unit or "Apt 2"
            cells[6] = [ad(p.street), ",", ad(unit)]
            out.append([lg("WARNING"), "line %d: expected 11 fields, saw 12 -- row skipped: " % (i + 2)] + csv_cells(cells, qmode="none"))
        else:
            out.append([lg("DEBUG"), "line %d: " % (i + 2)] + csv_cells(cells))
    out.append([lg(), "rows_read=6 rows_loaded=5 rejected=1 dup_mrn=0 elapsed=0.84s"])
    return F, out


def b_psql_grid():
    F = "psql_grid"
    out = [[p_airflow("subprocess.py:75"), "Running command: ['/usr/bin/bash', '-c', 'psql \"$BILLING_RO_DSN\" -f sql/open_balances.sql']"],
]
    ps = people(6, n_old=1)
    hdr = ["account_no", "pt_last", "pt_first", "birth_date", "plan_member_id", "payer", "balance"]
    rows = []
    for p in ps:
        payer = R.choice(PAYERS)[1]
        mid = p.mbi if payer.startswith("Medicare") else p.member
        rows.append([ac("A%d" % p.acct), nm(p.last), nm(p.first), dt(f_iso(p.dob)), hp(mid), payer, money()])
    for seg in t_psql(hdr, rows, ["l", "l", "l", "l", "l", "l", "r"]):
        out.append([p_airflow("subprocess.py:93")] + seg)
    out.append([p_airflow("subprocess.py:97"), "Command exited with return code 0"])
    out.append([p_airflow("taskinstance.py:1400"), "Marking task as SUCCESS. dag_id=billing_open_balances, task_id=export_open_balances, execution_date=20240305T020000, start_date=20240305T021102, end_date=20240305T021110"])
    return F, out


def b_fixed_width_charges():
    F = "fixed_width_report"
    out = [["LAKESHORE FAMILY MEDICINE                                          RUN DATE: 03/05/2024   PAGE:    1"],
           ["DAILY CHARGE DETAIL - POSTED 03/04/2024  BATCH 7731               REPORT: CHG0410  OPER: KOLSEN"]]
    hdr = ["ACCOUNT", "PATIENT NAME", "DOS", "CPT", "MOD", "DX", "UNITS", "CHARGE", "RENDERING"]
    rows = []
    tot = 0.0
    for p in people(7, n_old=1):
        cpt, dx = R.choice(CPTS)
        amt = money(25, 400)
        tot += float(amt)
        rows.append([ac("A%07d" % p.acct), nm(lastfirst(p, mi=True).upper()), dt(f_us(p.dos)), cpt,
                     R.choice(["", "25", "59", ""]), dx, "1", money_c(amt), R.choice(PROV_LF)])
    tbl = t_fixed(hdr, rows, ["l", "l", "l", "l", "l", "l", "r", "r", "l"], sep="  ",
                  widths=[10, 26, 10, 6, 4, 8, 5, 10, 16], head_al=["l", "l", "l", "l", "l", "l", "r", "r", "l"])
    out.extend(tbl)
    out.append(["                                                         TOTAL CHARGES:  %s   ITEMS: %d" % (money_c("%.2f" % tot), len(rows))])
    return F, out


def b_mysql_grid():
    F = "mysql_grid"
    out = [["mysql> SELECT p.pat_id, p.fname, p.lname, p.email, p.cell_phone, p.zip, a.appt_dt, a.provider FROM patients p JOIN appointments a USING (pat_id) WHERE a.status = 'NOSHOW' AND a.appt_dt >= '2024-02-26' ORDER BY a.appt_dt LIMIT 5;"]]
    hdr = ["pat_id", "fname", "lname", "email", "cell_phone", "zip", "appt_dt", "provider"]
    rows = []
    ps = people(5)
    for p in ps:
        d = rdate(D(2024, 2, 26), D(2024, 3, 4))
        rows.append([mr(str(p.mrn)), nm(p.first), nm(p.last), em(p.email), ph(fph(p.cell, "dash")), zp(p.zip),
                     dt("%s %02d:%s:00" % (f_iso(d), R.randint(8, 16), R.choice(["00", "15", "30", "45"]))),
                     R.choice(PROVIDERS)])
    out.extend(t_mysql(hdr, rows, ["r", "l", "l", "l", "l", "l", "l", "l"]))
    out.append(["5 rows in set (0.03 sec)"])
    return F, out


def b_pandas_df():
    F = "pandas_df"
    lg = lambda lv="INFO": p_py(lv, "elig.merge")
    out = [[lg(), "merged roster with crosswalk on member_id: 18231 -> 18190 rows (41 unmatched)"],
           [lg("DEBUG"), "merged.head(6):"]]
    ps = people(6, n_old=2)
    ps[2] = person(place=PLACES[10])  # Lowell MA, zip with leading 0
    hdr = ["member_id", "last_nm", "first_nm", "dob", "age", "zip_cd", "mbi", "...", "plan_cd", "risk_score"]
    rows = []
    for i, p in enumerate(ps):
        z = zp(str(int(p.zip)))  # int column: leading zero lost
        mbi = hp(p.mbi) if p.age >= 65 else "NaN"
        rows.append([hp(p.member), nm(p.last.upper()), nm(p.first.upper()), dt(f_iso(p.dob)), agec(p.age), z, mbi,
                     "...", R.choice(["PPO-G01", "HMO-B12", "MAPD-07", "EPO-03"]), "%.3f" % (R.random() * 3)])
    out.extend(t_pandas(hdr, rows))
    out.append([""])
    out.append(["[6 rows x 14 columns]"])
    out.append([lg("WARNING"), "41 member_id values not found in crosswalk (first: ", hp(person().member), "); written to unmatched_20240305.csv"])
    return F, out


def b_pandas_describe():
    F = "pandas_df"
    lg = lambda lv="INFO": p_py(lv, "claims.profile")
    out = [[lg(), "claims_df.describe() for batch 20240305 (18231 rows):"]]
    hdr = ["billed_amt", "allowed_amt", "paid_amt", "units", "pos"]
    stats = [("count", ["18231.000000", "18231.000000", "17904.000000", "18231.000000", "18231.000000"]),
             ("mean", ["184.227514", "121.903117", "97.550381", "1.184411", "11.402501"]),
             ("std", ["211.870245", "143.118734", "120.440287", "0.933012", "3.118720"]),
             ("min", ["0.000000", "0.000000", "0.000000", "1.000000", "2.000000"]),
             ("50%", ["145.000000", "92.830000", "74.260000", "1.000000", "11.000000"]),
             ("max", ["12480.000000", "8841.220000", "7072.980000", "48.000000", "81.000000"])]
    out.extend(t_pandas(hdr, [s[1] for s in stats], index=[s[0] for s in stats]))
    out.append([lg(), "dtypes: float64(3), int64(2), object(9); memory usage: 1.9+ MB"])
    return F, out


DE_FIRST = ["Jürgen", "Hildegard", "Günther", "Ursula", "Wolfgang", "Käthe", "Dieter", "Gisela", "Björn", "Renate"]
DE_LAST = ["Müller", "Schröder", "Weiß", "Hoffmann", "Krüger", "Bäcker", "Vogel", "Köhler", "Fuchs", "Winter"]
DE_PLACES = [("Berlin", "10", "030"), ("Hamburg", "20", "040"), ("München", "80", "089"), ("Köln", "50", "0221"),
             ("Leipzig", "04", "0341"), ("Dresden", "01", "0351")]
DE_STREETS = ["Lindenstraße", "Hauptstraße", "Am Markt", "Bahnhofstraße", "Gartenweg", "Schillerplatz", "Rosenweg"]


def b_excel_csv_de():
    F = "excel_csv_semicolon"
    out = [[p_py("INFO", "xlsx2csv"), "converting /mnt/share/Praxis/Patientenliste_Maerz.xlsx sheet='Tabelle1' delimiter=';' decimal=',' encoding='utf-8-sig'"],
           ["+ head -n 6 /data/in/patientenliste_maerz.csv"],
           ["\ufeffPatNr;Nachname;Vorname;Geburtsdatum;Straße;PLZ;Ort;Telefon;Krankenkasse;Versichertennummer;Offener Betrag"]]
    for i in range(5):
        fn, ln = R.choice(DE_FIRST), R.choice(DE_LAST)
        city, plz2, vw = R.choice(DE_PLACES)
        dob = rdate(D(1926, 1, 1), D(1999, 12, 31)) if i != 1 else rdate(D(1925, 1, 1), D(1932, 12, 31))
        tel = "%s %d%s" % (vw, R.randint(2, 9), digits(6)) if i % 2 == 0 else "+49 1%d%d %d%s" % (R.randint(5, 7), R.randint(0, 9), R.randint(2, 9), digits(6))
        kv = R.choice("ABCDEFGHKLMNPRSTUVWXYZ") + digits(9)
        amt = money_eu(money(0, 1800))
        cells = [mr(str(10000 + R.randint(0, 8999))), nm(ln), nm(fn), dt(f_de(dob)), ad("%s %d" % (R.choice(DE_STREETS), R.randint(1, 140))),
                 zp(plz2 + digits(3)), ad(city), ph(tel), R.choice(["AOK Nordost", "TK", "Barmer", "DAK-Gesundheit", "IKK classic"]), hp(kv), amt]
        out.append(csv_cells(cells, sep=";"))
    out.append([p_py("WARNING", "loader"), "column 'Offener Betrag' uses decimal comma; parsed with locale de_DE (5/5 ok)"])
    return F, out


PR_FIRST = ["María", "José", "Carmen", "Luis", "Ángel", "Nilda", "Wilfredo", "Yolanda", "Héctor", "Zoraida"]
PR_LAST = ["Rivera Ortiz", "Colón", "Santiago Rosa", "Vázquez", "De Jesús", "Meléndez", "Rosario", "Pagán Cruz"]
PR_PLACES = [("Bayamón", "009", "Bayamón"), ("Ponce", "007", "Ponce"), ("Caguas", "007", "Caguas"), ("Mayagüez", "006", "Mayagüez")]


def b_excel_csv_es():
    F = "excel_csv_semicolon"
    out = [[p_bracket("INFO", "convert"), "'Citas_Marzo.xlsx' -> citas_marzo.csv (sep=';', decimal=',', bom=yes, header=no, rows=5)"],
           ["$ cat citas_marzo.csv"]]
    for i in range(5):
        fn, ln = R.choice(PR_FIRST), R.choice(PR_LAST)
        city, z3, _ = R.choice(PR_PLACES)
        dob = rdate(D(1925, 1, 1), D(1933, 12, 31)) if i == 2 else rdate(D(1940, 1, 1), D(2010, 12, 31))
        cita = rdate(D(2024, 3, 6), D(2024, 3, 29))
        cells = [mr("%07d" % R.randint(100000, 9999999)), nm(ln), nm(fn), dt(f_es(dob)),
                 ad("Calle %s %d" % (R.choice(["Luna", "Sol", "Comercio", "Betances", "Muñoz Rivera", "Tetuán"]), R.randint(1, 400))),
                 ad(city), "PR", zp(z3 + "%02d" % R.randint(1, 99)), ph(fph(nanp(R.choice(["787", "939"])), "paren")),
                 dt(f_es(cita)), R.choice(["Medicina General", "Pediatría", "Cardiología", "Laboratorio"]), money_eu(money(10, 300))]
        seg = csv_cells(cells, sep=";")
        if i == 0:
            seg = ["\ufeff"] + seg
        out.append(seg)
    out.append([p_bracket("INFO", "convert"), "5 filas leídas, 0 rechazadas; columnas=12; tiempo=0,18 s"])
    return F, out


def b_sas_proc_print():
    F = "sas_proc_print"
    out = [["NOTE: The data set WORK.READMIT30 has 1204 observations and 9 variables."],
           ["                                           The SAS System            02:31 Tuesday, March 5, 2024   4"],
           [""]]
    hdr = ["Obs", "MRN", "NAME", "DOB", "AGE", "ADMIT_DT", "DISCH_DT", "DRG", "LOS"]
    rows = []
    ps = people(6, n_old=3)
    for k, p in enumerate(ps):
        rows.append([str(k + 1), mr("%07d" % p.mrn), nm(lastfirst(p).upper()), dt(f_sas(p.dob)), agec(p.age),
                     dt(f_sas(p.admit)), dt(f_sas(p.disch)), R.choice(["291", "871", "190", "470", "683", "064"]),
                     str((p.disch - p.admit).days)])
    tbl = t_fixed(hdr, rows, ["r", "l", "l", "l", "r", "l", "l", "l", "r"], sep="    ",
                  head_al=["r", "l", "l", "l", "r", "l", "l", "l", "r"])
    out.append(tbl[0])
    out.append([""])
    out.extend(tbl[2:])
    out.append(["NOTE: There were 6 observations read from the data set WORK.READMIT30."])
    return F, out


def b_edi_pipe():
    F = "edi_pipe_flat"
    out = [[p_logback("INFO", "elig-1", "c.b.elig.PipeReader"), "parsing ELIG_BCBSIL_20240305.dat layout=PIPE_V2 recsep=LF fieldsep='|'"],
           ["HDR|BCBSIL|LAKESHOREFM|20240305|021500|ELIG|PIPE_V2|000001"]]
    n = 0
    for k in range(3):
        p = person(place=PLACES[0] if k == 0 else None)
        n += 1
        out.append(["SUB|%04d|" % n, hp(p.member), "|01|", nm(p.last.upper()), "|", nm(p.first.upper()), "|", p.mi, "|",
                    dt(f_ymd(p.dob)), "|", p.sex, "|", ad(p.street.upper()), "|", ad(p.unit.upper()), "|",
                    ad(p.city.upper()), "|", p.state, "|", zp(p.zip + p.zip4), "|", ph(fph(p.phone, "raw")), "|PPO|G0078123|"])
        if k != 1:
            n += 1
            dob = rdate(D(2008, 1, 1), D(2020, 12, 31))
            fn, fsex = R.choice(FIRST)
            out.append(["DEP|%04d|" % n, hp(p.member), "|0%d|" % R.randint(2, 4), nm(p.last.upper()), "|", nm(fn.upper()), "||",
                        dt(f_ymd(dob)), "|", fsex, "|||||||PPO|G0078123|"])
    out.append(["TRL|%06d|000001|" % n])
    out.append([p_logback("INFO", "elig-1", "c.b.elig.PipeReader"), "read %d detail records (3 SUB, %d DEP), 0 rejected, checksum ok (crc32=%s)" % (n, n - 3, hexs(8))])
    return F, out


def b_kv_record_dump():
    F = "kv_record_dump"
    out = [[p_iso("INFO"), "dump_rejects: writing 2 rejected records from batch 7731 (reason=ADDRESS_UNVERIFIED) to stdout"]]
    for k in range(2):
        p = person(old=(k == 1))
        out.append(["record_no: %d" % (k + 1)])
        out.append(["patient_name: ", nm(full(p))])
        out.append(["date_of_birth: ", dt(f_iso(p.dob))])
        if k == 1:
            out.append(["age_at_service: ", agec(age_on(p.dob, p.dos))])
        out.append(["street: ", ad(p.street + ((" " + p.unit) if p.unit else ""))])
        out.append(["city: ", ad(p.city)])
        out.append(["county: ", ad(p.county)])
        out.append(["state: %s" % p.state])
        out.append(["postal_code: ", zp(p.zip + "-" + p.zip4)])
        out.append(["home_phone: ", ph(fph(p.phone, "dash"))])
        if k == 0:
            out.append(["email: ", em(p.email)])
            out.append(["ssn: ", sn(p.ssn)])
            out.append(["drivers_license: %s " % p.state, li(p.dl)])
            out.append(["signup_ip: ", ipa(p.ip)])
        else:
            out.append(["emergency_contact: ", nm(p.kin_first + " " + p.kin_last), " (%s)" % p.kin_rel])
            out.append(["emergency_phone: ", ph(fph(p.kin_phone, "paren"))])
            out.append(["passport_no: ", oid(R.choice("ACEFG") + digits(8)), "  (country: USA)"])
        if k == 0:
            out.append(["usps_dpv: N  reject_reason: ADDRESS_UNVERIFIED  vendor_ref: %s" % uid()])
        out.append([""])
    return F, out


def b_markdown_ticket():
    F = "markdown_table"
    out = [["### BILL-2291: Duplicate statements mailed to guarantors on 2024-03-01"],
           ["The following accounts got two statements each (batch 7731 ran twice):"],
           ["| Acct # | Guarantor | Patient | DOS | Balance | Mailing address |"],
           ["|---|---|---|---|---|---|"]]
    for k in range(6):
        p = person()
        g = nm(p.kin_first + " " + p.kin_last) if k % 2 == 0 else nm(full(p))
        out.append(["| ", ac(str(p.acct)), " | ", g, " | ", nm(full(p)), " | ", dt(f_us(p.dos)), " | $%s | " % money(20, 600),
                    ad(addr1(p)), ", ", ad(p.city), " %s " % p.state, zp(p.zip), " |"])
    q = person()
    out.append(["Root cause: 02:00 cron re-ran after the 01:58 failover (INC0048213). Guarantor ", nm(q.kin_first + " " + q.kin_last),
                " called ", ph(fph(q.kin_phone, "paren")), " about it; chart link ", ur("https://ehr.lakeshorefm.example/chart/%08d/billing" % q.mrn), " cc @m.lee"])
    return F, out


def html_esc(s):
    out = []
    for ch in s:
        if ch == "'":
            out.append("&#39;")
        elif ch == "&":
            out.append("&amp;")
        elif ord(ch) > 127:
            ent = {"á": "&aacute;", "é": "&eacute;", "í": "&iacute;", "ó": "&oacute;", "ú": "&uacute;", "ñ": "&ntilde;",
                   "ü": "&uuml;", "ö": "&ouml;", "ë": "&euml;", "è": "&egrave;", "ç": "&ccedil;"}.get(ch)
            out.append(ent or ch)
        else:
            out.append(ch)
    return "".join(out)


def b_html_table_text():
    F = "html_table_text"
    lg = lambda lv="INFO": p_py(lv, "portal_scraper")
    p0 = person()
    out = [[lg(), "GET ", ur("https://provider.payerportal.example/eligibility/member?memberId=%s&dob=%s" % (p0.member, f_ymd(p0.dob))), " -> 200 (12.9 KB, 233 ms)"],
           [lg(), "GET https://provider.payerportal.example/claims/status?batch=7731&page=1 -> 200 (38.2 KB, 412 ms)"],
           [lg(), "table#claimStatus: 4 rows; cell text (tab-separated, entities not decoded):"],
           ["Patient Name\tMember ID\tDOB\tDate of Service\tBilled\tStatus\tPayer"]]
    names = [("Siobhán", "O'Connor"), ("Inés", "Fernández"), ("Zoë", "Lefèvre"), ("Joy", "Banks")]
    for fn, ln in names:
        p = person()
        out.append([nm(html_esc(ln + ", " + fn)), "\t", hp(p.member), "\t", dt(f_us(p.dob)), "\t", dt(f_us(p.dos)), "\t$%s\t%s\t%s" % (
            money(40, 500), R.choice(["Paid", "Pending", "Denied&nbsp;CO-97", "In&nbsp;Process"]), R.choice(["Aetna&nbsp;PPO", "BCBS&nbsp;IL", "Humana"]))])
    p = person()
    out.append([lg("WARNING"), "row 5 had no <td> separators, raw text: 'Patient:", nm(full(p)), "DOB:", dt(f_us(p.dob)), "Member:", hp(p.member), "Status:Denied'"])
    out.append([lg(), "parsed 5 claim rows, 1 with fallback parser; next page token=%s" % hexs(16)])
    return F, out


def b_validation_report():
    F = "validation_report"
    out = [["=== Data quality report: stage.patients (run 7731, 2024-03-05 02:55 CST) ==="],
           ["rule                          failed  checked  threshold  status"],
           ["not_null(dob)                      2    18231      0.10%    PASS"],
           ["valid_zip(zip)                     3    18231      0.10%    PASS"],
]
    ps = people(5, n_old=1)
    p = ps[0]
    out.append(["row 17: dob='", dt("%04d-02-30" % p.dob.year), "' is not a valid date (mrn=", mr("%08d" % p.mrn), ", name='", nm(lastfirst(p)), "')"])
    p = ps[1]
    out.append(["row 233: zip='", zp(p.zip[:4]), "' must be 5 or 9 digits (addr1='", ad(p.street), "', city='", ad(p.city), "', state='%s')" % p.state])
    p = ps[2]
    out.append(["row 391: phone='", ph(fph(p.phone, "dash")[:-1]), "' has 9 digits (patient_id=", mr("E%d" % p.mrn), ")"])
    p = ps[3]
    out.append(["row 1187: email='", em(p.email.rsplit(".", 1)[0]), "' missing top-level domain (pt=", nm(full(p)), ", dob=", dt(f_us(p.dob)), ")"])
    p = ps[4]
    out.append(["row 2040: age=", agec(p.age), " but dob=", dt(f_iso(p.dob)), " -> age derived ok, flag AGE_GT_89 set (mrn ", mr("%08d" % p.mrn), ")"])
    p = person(place=PLACES[1])
    out.append(["row 2212: dl_number='", li(p.dl[:-1]), "' fails IL pattern ^[A-Z]\\d{3}-\\d{4}-\\d{4}$ (guarantor='", nm(p.kin_first + " " + p.kin_last), "')"])
    p = person()
    v = p.vin
    out.append(["row 4410: vin='", ve(v[:8] + ("0" if v[8] != "0" else "1") + v[9:]), "' check digit mismatch (claim_type=MVA, insured='", nm(full(p)), "', plate='", ve(p.plate), "')"])
    out.append(["summary: 8 rows flagged of 18231 (0.04%%), 0 hard failures, report id dq-7731-%s" % hexs(6)])
    return F, out


def b_unified_diff():
    F = "unified_diff_export"
    out = [["+ diff -u exports/pt_contacts_20240304.csv exports/pt_contacts_20240305.csv"],
           ["--- exports/pt_contacts_20240304.csv\t2024-03-04 02:00:14.118273645 -0600"],
           ["+++ exports/pt_contacts_20240305.csv\t2024-03-05 02:00:11.902116401 -0600"],
           ["@@ -211,5 +211,6 @@"]]

    def row(p, phone, emv, ad1):
        return csv_cells([mr("%08d" % p.mrn), nm(p.last), nm(p.first), dt(f_iso(p.dob)), ph(phone), em(emv), ad(ad1), ad(p.city), p.state, zp(p.zip)])
    ps = people(5)
    out.append([" "] + row(ps[0], fph(ps[0].phone, "dash"), ps[0].email, addr1(ps[0])))
    new_phone = nanp(ps[1].phone[0])
    out.append(["-"] + row(ps[1], fph(ps[1].phone, "dash"), ps[1].email, addr1(ps[1])))
    out.append(["+"] + row(ps[1], fph(new_phone, "dash"), ps[1].email, addr1(ps[1])))
    newaddr = "%d %s %s" % (R.randint(10, 999), R.choice(STREETS), R.choice(STYPES))
    out.append(["-"] + row(ps[2], fph(ps[2].phone, "dash"), ps[2].email, addr1(ps[2])))
    out.append(["+"] + row(ps[2], fph(ps[2].phone, "dash"), mkemail(ps[2].first, ps[2].last, 1990), newaddr))
    out.append([" "] + row(ps[3], fph(ps[3].phone, "dash"), ps[3].email, addr1(ps[3])))
    out.append(["+"] + row(ps[4], fph(ps[4].phone, "dash"), ps[4].email, addr1(ps[4])))
    out.append(["diff exit=1 (3 changed, 1 added, 0 removed)"])
    return F, out


def b_csv_noheader():
    F = "csv_noheader"
    lg = lambda lv: p_logback(lv, "elig-import-1", "c.b.elig.CsvSniffer")
    out = [[lg("WARN"), "no header row detected in MEDICAID_ROSTER_0305.csv (first line matched 0/11 known column names); applying layout ROSTER_V3"],
           [lg("INFO"), "layout ROSTER_V3: recip_id,last,first,dob,sex,addr,city,state,zip,phone,uscis_a_no"]]
    ps = people(6, n_old=1)
    for p in ps:
        cells = [hp(p.medicaid), nm(p.last.upper()), nm(p.first.upper()), dt(f_iso(p.dob)), p.sex, ad(addr1(p).upper()),
                 ad(p.city.upper()), p.state, zp(p.zip), ph(fph(p.phone, "raw")), oid("A%09d" % R.randint(10000000, 240000000)) if R.random() < 0.4 else ""]
        out.append(csv_cells(cells, qmode="all"))
    out.append([p_logback("INFO", "elig-import-1", "c.b.elig.RosterLoader"), "loaded 6 rows in 471 ms (0 rejected), upserted into elig.medicaid_roster partition dt=2024-03-05"])
    return F, out


def b_tsv_mysql_batch():
    F = "tsv_mysql_batch"
    out = [["+ mysql --batch -h db-sched-ro.internal -e \"SELECT appt_id, chart_no, pt_name, appt_date, appt_time, provider, visit_type, cell, booked_from_ip FROM sched.appointments WHERE appt_date BETWEEN '2024-03-06' AND '2024-03-08' AND reminder_sent = 0\""],
           ["appt_id\tchart_no\tpt_name\tappt_date\tappt_time\tprovider\tvisit_type\tcell\tbooked_from_ip"]]
    for p in people(6):
        cell = ph(fph(p.cell, "raw")) if R.random() < 0.8 else "NULL"
        out.append([str(R.randint(8800000, 8899999)), "\t", mr("E%d" % p.mrn), "\t", nm(lastfirst(p)), "\t", dt(f_iso(rdate(D(2024, 3, 6), D(2024, 3, 8)))),
                    "\t%02d:%s:00\t%s\t%s\t" % (R.randint(8, 16), R.choice(["00", "20", "40"]), R.choice(PROVIDERS), R.choice(["FU", "NP", "AWV", "LAB", "TELE"])), cell, "\t",
                    ipa(p.ip) if R.random() < 0.5 else "10.20.%d.%d" % (R.randint(0, 255), R.randint(1, 254))])
    out.append([p_syslog("etl-worker-02", "reminders", 5512), "queued 6 SMS reminders via twilio (msg_svc=MG%s), 0 skipped opt-out" % hexs(32)])
    return F, out


def b_sqlcmd_grid():
    F = "sqlcmd_grid"
    out = [["C:\\Jobs\\Discharges> sqlcmd -S sql-ehr-rpt01 -d EHR_Reporting -E -Q \"EXEC rpt.usp_Discharges @FromDate='2024-02-01', @Unit='4WEST'\""],
           ["Changed database context to 'EHR_Reporting'."]]
    hdr = ["PatientID", "PatientName", "AdmitDate", "DischargeDate", "Unit", "AttendingMD", "Disposition"]
    rows = []
    for p in people(5, n_old=1):
        rows.append([mr(str(p.mrn)), nm(lastfirst(p)), dt("%s %02d:%02d:00.000" % (f_iso(p.admit), R.randint(0, 23), R.randint(0, 59))),
                     dt("%s %02d:%02d:00.000" % (f_iso(p.disch), R.randint(8, 18), R.randint(0, 59))), "4WEST",
                     R.choice(["Rao, Anand MD", "Park, Helen MD", "Liu, Grace MD"]), R.choice(["01", "03", "06", "62"])])
    out.extend(t_fixed(hdr, rows, ["r", "l", "l", "l", "l", "l", "l"], widths=[11, 40, 23, 23, 10, 30, 11], rstrip=False))
    out.append(["(5 rows affected)"])
    out.append([p_win("INFO"), "Discharges.ps1: exported 5 rows to \\\\fs01\\reports\\discharges_20240305.csv (exit 0)"])
    return F, out


def b_r_dataframe():
    F = "r_dataframe"
    out = [["> pts <- read.csv(\"hospice_census_0305.csv\", stringsAsFactors = FALSE, colClasses = c(zip = \"character\"))"],
           ["> head(pts[order(-pts$age), c(\"patient_id\", \"surname\", \"given\", \"dob\", \"age\", \"county\", \"zip\")], 6)"]]
    ps = people(6, n_old=4)
    ps.sort(key=lambda p: -p.age)
    hdr = ["patient_id", "surname", "given", "dob", "age", "county", "zip"]
    rows = [[mr("H%06d" % (p.mrn % 1000000)), nm(p.last), nm(p.first), dt(f_iso(p.dob)), agec(p.age), ad(p.county), zp(p.zip)] for p in ps]
    idx = [str(x) for x in sorted(R.sample(range(1, 1205), 6))]
    out.extend(t_rdf(hdr, rows, index=idx))
    out.append(["> sum(pts$age > 89)"])
    out.append(["[1] 27"])
    return F, out


def b_psql_expanded():
    F = "psql_expanded"
    p = person()
    out = [["billing=> SELECT * FROM ar.guarantor_v WHERE acct_no = '", ac("A%07d" % p.acct), "';"]]
    recs = [("acct_no", ac("A%07d" % p.acct)), ("guarantor_name", nm(p.kin_first + " " + p.kin_last)),
            ("relationship", p.kin_rel), ("patient_name", nm(full(p))), ("patient_dob", dt(f_iso(p.dob))),
            ("address_line1", ad(p.street)), ("address_line2", ad(p.unit) if p.unit else ""), ("city", ad(p.city)),
            ("state", p.state), ("zip", zp(p.zip)), ("phone_home", ph(fph(p.kin_phone, "dash"))),
            ("fax_home", fx(fph(nanp(p.kin_phone[0]), "dash"))), ("guarantor_dl", li(p.dl)), ("dl_state", p.state),
            ("card_on_file", "VISA ****%s exp 07/27" % digits(4)), ("balance", money())]
    kw = max(len(k) for k, _ in recs)
    vw = max(clen(v) for _, v in recs)
    out.append(["-[ RECORD 1 ]" + "-" * (kw + 1 - 13) + "+" + "-" * (vw + 1)])
    for k, v in recs:
        out.append(rstrip_segs([k.ljust(kw) + " | ", v]))
    return F, out


def b_mysql_vertical():
    F = "mysql_vertical"
    out = [["mysql> SELECT * FROM legacy.payments WHERE pci_flag = 1 AND pay_id IN (551923, 551940)\\G"]]
    for k in range(2):
        p = person()
        out.append(["*************************** %d. row ***************************" % (k + 1)])
        if k == 0:
            recs = [("acct_no", ac(str(p.acct))), ("card_holder", nm(full(p))),
                    ("card_number", ac(p.card)), ("amount", money(20, 300))]
        else:
            recs = [("acct_no", ac(str(p.acct))), ("account_holder", nm(p.kin_first + " " + p.kin_last)),
                    ("bank_acct", ac(digits(R.randint(9, 12)))), ("routing_no", "071000013"), ("amount", money(20, 300))]
        kw = max(len(x) for x, _ in recs)
        for key, v in recs:
            out.append([key.rjust(kw) + ": ", v])
    out.append(["2 rows in set (0.00 sec)"])
    return F, out


def b_mysql_warnings():
    F = "mysql_grid"
    out = [["mysql> LOAD DATA LOCAL INFILE '/data/in/ptdemo_20240305.csv' INTO TABLE pt_stage FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '\"' IGNORE 1 LINES;"],
           ["mysql> SHOW WARNINGS;"]]
    hdr = ["Level", "Code", "Message"]
    rows = [["Warning", "1265", "Data truncated for column 'zip' at row 233"],
            ["Warning", "1292", "Incorrect date value: '0000-00-00' for column 'dob' at row 17"],
            ["Warning", "1366", "Incorrect integer value: 'N/A' for column 'units' at row 4121"]]
    out.extend(t_mysql(hdr, rows, ["l", "r", "l"]))
    out.append(["3 rows in set (0.00 sec)"])
    return F, out


def b_sqlplus():
    F = "sqlplus_report"
    out = [["SQL> SELECT mrn, last_name, first_name, birth_dt, death_dt, county FROM ehr.decedents WHERE death_dt >= DATE '2024-02-01' ORDER BY death_dt;"]]
    hdr = ["MRN", "LAST_NAME", "FIRST_NAME", "BIRTH_DT", "DEATH_DT", "COUNTY"]
    rows = []
    for p in people(6, n_old=3):
        dd = rdate(D(2024, 2, 1), D(2024, 3, 3))
        rows.append([mr("E%07d" % p.mrn), nm(p.last.upper()), nm(p.first.upper()), dt(f_ora(p.dob)), dt(f_ora(dd)), ad(p.county.upper())])
    out.extend(t_fixed(hdr, rows, ["l"] * 6, widths=[10, 20, 20, 9, 9, 15], rstrip=False))
    out.append([""])
    out.append(["6 rows selected."])
    return F, out


def b_duckdb():
    F = "duckdb_box"
    out = [["D SELECT mrn, patient, implant_date, model, udi_di, serial_no FROM read_csv_auto('implants_q1.csv') WHERE recall_flag LIMIT 5;"]]
    hdr = ["mrn", "patient", "implant_date", "model", "udi_di", "serial_no"]
    types = ["varchar", "varchar", "date", "varchar", "varchar", "varchar"]
    models = [("Azure XT DR MRI", "00643169007222", "PJN"), ("Accolade MRI DR", "00802526576141", "ACL"),
              ("Assurity MRI", "05414734508458", "SJM"), ("Evera XT VR", "00643169269538", "BWB")]
    rows = []
    for p in people(5, n_old=1):
        m = R.choice(models)
        rows.append([mr("MRN%07d" % p.mrn), nm(full(p)), dt(f_iso(rdate(D(2019, 1, 1), D(2023, 12, 31)))), m[0], m[1],
                     dv(m[2] + digits(6) + R.choice(["S", "H", "G"]))])
    out.extend(t_duckdb(hdr, types, rows, ["l"] * 6))
    return F, out


def b_spark_show():
    F = "spark_show"
    out = [[p_spark("INFO", "DAGScheduler"), "Job 14 finished: showString at NativeMethodAccessorImpl.java:0, took 1.204311 s"]]
    hdr = ["member_id", "mbi", "subscriber_nm", "dob", "svc_from", "npi", "paid_amt"]
    rows = []
    for p in people(5, n_old=1):
        rows.append([hp(p.member), hp(p.mbi) if R.random() < 0.7 else "null", nm(lastfirst(p).upper()), dt(f_iso(p.dob)),
                     dt(f_iso(p.dos)), npi(), money(10, 900)])
    out.extend(t_spark(hdr, rows))
    out.append(["only showing top 5 rows"])
    return F, out


def b_beeline():
    F = "beeline_grid"
    out = [["0: jdbc:hive2://hs2.datalake.internal:10000/> SELECT m.subscriber_id, m.subscriber_name, m.dependent_name, m.dependent_dob, m.relationship_cd, m.sponsor_edipi, m.group_no FROM claims_stg.members m WHERE m.load_dt = '2024-03-05' LIMIT 5;"],
]
    hdr = ["m.subscriber_id", "m.subscriber_name", "m.dependent_name", "m.dependent_dob", "m.relationship_cd", "m.sponsor_edipi", "m.group_no"]
    rows = []
    for p in people(5):
        dep = p.kin_first + " " + p.last
        rows.append([hp(p.member), nm(full(p).upper()), nm(dep.upper()), dt(f_iso(rdate(D(2006, 1, 1), D(2022, 12, 31)))),
                     R.choice(["19", "01", "19"]), oid(R.choice("12") + digits(9)) if R.random() < 0.5 else "NULL", "G%07d" % R.randint(0, 9999999)])
    out.extend(t_mysql(hdr, rows, ["l"] * 7))
    out.append(["5 rows selected (2.114 seconds)"])
    return F, out


def b_r_tibble():
    F = "r_tibble"
    out = [["> visitors <- readr::read_csv(\"visitor_log_0304.csv\")"],
           ["Rows: 412 Columns: 6 ── Column specification ── Delimiter: \",\" chr (4): patient_mrn, visitor_name, visitor_phone, relationship"],
           ["> visitors |> dplyr::filter(flagged_by_security)"]]
    hdr = ["visit_date", "patient_mrn", "visitor_name", "visitor_phone", "relationship", "badge_no"]
    types = ["<date>", "<chr>", "<chr>", "<chr>", "<chr>", "<dbl>"]
    rows = []
    for p in people(5):
        rows.append([dt(f_iso(rdate(D(2024, 3, 3), D(2024, 3, 4)))), mr("E%d" % p.mrn), nm(p.kin_first + " " + p.kin_last),
                     ph(fph(p.kin_phone, "paren")), p.kin_rel, str(R.randint(40000, 40999))])
    out.append(["# A tibble: 5 × 6"])
    out.extend(t_tibble(hdr, types, rows, ["l", "l", "l", "l", "l", "r"]))
    return F, out


def b_stata():
    F = "stata_list"
    out = [[". list patid lname fname dob zip5 hba1c in 1/6"],
           [""]]
    hdr = ["patid", "lname", "fname", "dob", "zip5", "hba1c"]
    rows = []
    for p in people(6):
        rows.append([mr(str(p.mrn)), nm(p.last), nm(p.first), dt(f_stata(p.dob)), zp(p.zip), "%.1f" % (5.5 + R.random() * 6)])
    out.extend(t_stata(hdr, rows))
    return F, out


def b_powershell_table():
    F = "powershell_table"
    out = [["PS C:\\Jobs\\Parking> Import-Csv .\\validations_20240304.csv | Where-Object Flag -eq 'OVERSTAY' | Format-Table"],
           [""]]
    hdr = ["VisitorName", "IdScanned", "PatientRoom", "Plate", "State", "Vehicle", "VIN", "ValidatedBy"]
    rows = []
    for p in people(5):
        rows.append([nm(p.kin_first + " " + p.kin_last), li(p.dl) if R.random() < 0.7 else "", "%d%02d" % (R.randint(2, 6), R.randint(1, 40)), ve(p.plate), p.state,
                     R.choice(["Honda Civic", "Ford F-150", "Toyota Camry", "Tesla Model 3", "Jeep Cherokee"]),
                     ve(p.vin) if R.random() < 0.6 else "", R.choice(["jwhitfield", "security01", "kolsen"])])
    out.extend(t_fixed(hdr, rows, ["l"] * 8, dash="header"))
    return F, out


def b_powershell_list():
    F = "powershell_list"
    p = person()
    mrn = "%08d" % p.mrn
    out = [["PS C:\\Admin> Get-PortalAccount -Mrn ", mr(mrn), " | Format-List *"]]
    recs = [("PatientName", nm(full(p))), ("MRN", mr(mrn)), ("DateOfBirth", dt("%s 12:00:00 AM" % f_usn(p.dob))),
            ("PortalUser", oid(ascii_fold(p.first[0] + p.last).lower().replace(" ", "").replace("'", "") + str(p.dob.year % 100))),
            ("Email", em(p.email)), ("MobilePhone", ph(fph(p.cell, "e164"))), ("LastLoginIP", ipa(p.ip)),
            ("MfaDeviceImei", dv(p.imei)), ("FaceTemplate", bio(fmr_b64(30).replace("Rk1S", "RkFD", 1))),
            ("PhotoThumb", pho(jpeg_b64(40))), ("ProfileUrl", ur("https://mychart.lakeshorefm.example/MyChart/patients/%s/profile" % mrn)),
            ("Proxies", [nm(p.kin_first + " " + p.kin_last), " (%s)" % p.kin_rel]), ("Locked", "False"),
            ("TenantId", uid()), ("PortalVersion", "10.4.2.118")]
    kw = max(len(k) for k, _ in recs)
    for k, v in recs:
        out.append([k.ljust(kw) + " : ", v])
    return F, out


def b_x12():
    F = "x12_segments"
    out = [[p_logback("INFO", "x12-out", "c.b.edi.Writer837P"), "837P batch ISA13=000000731 claims=2 -> /outbound/clearinghouse/LFM_837P_20240305_0315.x12"],
           ["ISA*00*          *00*          *ZZ*LAKESHOREFM    *ZZ*CLEARINGHSE    *240305*0315*^*00501*000000731*0*P*:~"],
           ["ST*837*0001*005010X222A1~"],
           ["NM1*85*2*LAKESHORE FAMILY MEDICINE*****XX*%s~" % npi()],
           ["N3*900 N GRAND AVE STE 210~"],
           ["N4*SPRINGFIELD*IL*627021234~"],
           ["PER*IC*BILLING DEPT*TE*2175550100*FX*2175550199~"],
           ["REF*EI*371234567~"]]
    for k in range(2):
        p = person(old=(k == 1))
        cpt, dx = R.choice(CPTS)
        amt = money(50, 300).split(".")[0]
        out.append(["NM1*IL*1*", nm(p.last.upper()), "*", nm(p.first.upper()), "*", p.mi, "***MI*", hp(p.mbi if k == 1 else p.member), "~"])
        out.append(["N3*", ad(p.street.upper()), ("*" if p.unit else ""), ad(p.unit.upper()) if p.unit else "", "~"])
        out.append(["N4*", ad(p.city.upper()), "*%s*" % p.state, zp(p.zip + p.zip4), "~"])
        out.append(["DMG*D8*", dt(f_ymd(p.dob)), "*%s~" % p.sex])
        if k == 0:
            out.append(["REF*SY*", sn(p.ssn.replace("-", "")), "~"])
        out.append(["CLM*", ac("A%d-%02d" % (p.acct, R.randint(1, 9))), "*%s***11:B:1*Y*A*Y*Y~" % amt])
        out.append(["DTP*472*D8*", dt(f_ymd(p.dos)), "~"])
    return F, out


def b_kv_dotted():
    F = "kv_dotted_dump"
    out = [["1HOSPICE ELIGIBILITY EXTRACT                    PROGRAM HSPELG02    RUN 03/05/24 03:18"]]
    for k in range(2):
        p = person(old=True)
        elect = rdate(D(2024, 1, 15), D(2024, 3, 1))
        out.append(["0*** RECORD %06d ***" % R.randint(100, 999)])
        out.append(["  PATIENT NAME.........: ", nm(lastfirst(p).upper())])
        out.append(["  DATE OF BIRTH........: ", dt(f_us(p.dob)), "   AGE: ", agec(p.age)])
        out.append(["  MEDICARE MBI.........: ", hp(mbi_dash(p.mbi))])
        out.append(["  RESIDENCE............: ", ad(p.street.upper()), ", ", ad(p.city.upper()), ", %s " % p.state, zp(p.zip)])
        out.append(["  COUNTY...............: ", ad(p.county.upper()), "  (FIPS %s%03d)" % (FIPS.get(p.state, "17"), R.randint(0, 99) * 2 + 1)])
        out.append(["  ELECTION DATE........: ", dt(f_us(elect)), "   BENEFIT PERIOD: %d" % R.randint(1, 3)])
        out.append(["  PRIMARY CAREGIVER....: ", nm((p.kin_first + " " + p.kin_last).upper()), "  PH: ", ph(fph(p.kin_phone, "paren")), "  FAX: ", fx(fph(nanp(p.kin_phone[0]), "paren"))])
        out.append(["  ATTENDING............: %s   NPI: %s" % (R.choice(PROV_LF), npi())])
    out.append(["0TOTAL RECORDS: 000002   ERRORS: 000000   RC=0000"])
    return F, out


def b_jira_wiki():
    F = "jira_wiki_table"
    out = [["h3. Write-off request WO-0412 (approved by billing manager, threshold $250)"],
           ["{panel:title=Accounts to write off|borderStyle=solid}"],
           ["||Account||Patient||DOB||Balance||Reason||Statement||"]]
    for k in range(4):
        p = person(old=(k == 2))
        out.append(["|", ac("%d" % p.acct), "|", nm(full(p)), "|", dt(f_us(p.dob)), "|$%s|%s|" % (money(10, 250), R.choice(
            ["Deceased, estate closed", "Small balance", "Bankruptcy ch. 7", "Charity care 100% FPL"])),
                    "[view|", ur("https://pay.bluerivr.example/statements/%d?guarantor=%s" % (p.acct, ascii_fold(p.kin_last).replace(" ", "+").replace("'", "%27"))), "]|"])
    out.append(["{panel}"])
    return F, out


def b_pg_copy_error():
    F = "pg_copy_error"
    p = person()
    bad = "%02d/30/%04d" % (2, p.dob.year)
    out = [[p_pg("ERROR", 28812), "invalid input syntax for type date: \"", dt(bad), "\""],
           [p_pg("CONTEXT", 28812), "COPY patients_stage, line 42, column birth_date: \"", dt(bad), "\""],
           [p_pg("STATEMENT", 28812), "COPY patients_stage (mrn, last_name, first_name, birth_date, sex, addr1, addr2, city, state, zip) FROM STDIN WITH (FORMAT csv, HEADER true)"]]
    q = person()
    out.append([p_pg("ERROR", 28840), "extra data after last expected column"])
    out.append([p_pg("CONTEXT", 28840), "COPY patients_stage, line 97: \""] + csv_cells(
        [mr("%08d" % q.mrn), nm(q.last), nm(q.first), dt(f_iso(q.dob)), q.sex, ad(q.street), ad(q.unit or "Apt 1"), ad(q.city), q.state, zp(q.zip), "x"]) + ["\""])
    out.append([p_pg("LOG", 28840), "duration: 412.118 ms  statement: COPY patients_stage FROM STDIN"])
    out.append([p_py("ERROR", "loader"), "COPY failed twice (SQLSTATE 22007, 22P04); moving PTDEMO_20240305.csv to /data/quarantine/"])
    return F, out


def b_bcp_errors():
    F = "bcp_error_file"
    out = [["C:\\Jobs\\Load> bcp Staging.dbo.PatientLoad in pts_0305.tsv -S sql-stg01 -T -c -e pts_0305.err -m 10"],
           ["SQLState = 22005, NativeError = 0"],
           ["Error = [Microsoft][ODBC Driver 17 for SQL Server]Invalid character value for cast specification"],
           ["1201 rows copied."],
           ["C:\\Jobs\\Load> type pts_0305.err"]]
    for k in range(3):
        p = person()
        out.append(["#@ Row %d, Column %d: Invalid character value for cast specification @#" % (R.randint(10, 900), 4 if k == 0 else 7)])
        d = dt("%02d/%02d/%04d" % (p.dob.month, 31 if k == 0 else p.dob.day, p.dob.year))
        if k == 2:
            d = dt(f_sas(p.dob))
        ssnv = sn(p.ssn) if k == 0 else sn(p.ssn.replace("-", ""))
        out.append([mr("%d" % p.mrn), "\t", nm(p.last), "\t", nm(p.first), "\t", d, "\t", p.sex, "\t", ssnv, "\t", "N/A" if k == 1 else zp(p.zip)])
    return F, out


def b_daff():
    F = "daff_diff"
    out = [["$ daff diff --output - roster_v1.csv roster_v2.csv"],
           ["@@,mrn,last_name,first_name,phone,zip"],
           ["...,...,...,...,...,..."]]
    p = person()
    np_ = nanp(p.phone[0])
    newlast = p.last + "-" + R.choice(LAST)
    out.append(["->,", mr("%08d" % p.mrn), ",", nm(p.last), "->", nm(newlast), ",", nm(p.first), ",", ph(fph(p.phone, "dash")), "->", ph(fph(np_, "dash")), ",", zp(p.zip)])
    q = person()
    out.append(["+++,", mr("%08d" % q.mrn), ",", nm(q.last), ",", nm(q.first), ",", ph(fph(q.phone, "dash")), ",", zp(q.zip)])
    r = person()
    out.append(["---,", mr("%08d" % r.mrn), ",", nm(r.last), ",", nm(r.first), ",", ph(fph(r.phone, "dash")), ",", zp(r.zip)])
    out.append([p_py("INFO", "roster_sync"), "daff: 1 modified, 1 added, 1 removed (rows compared=18231, schema unchanged)"])
    return F, out


def b_tabulate():
    F = "tabulate_psql"
    lg = lambda lv="WARNING": p_py(lv, "mpi.dedupe")
    out = [[lg(), "possible duplicate patients sharing SSN (score >= 0.92), 2 pairs:"]]
    hdr = ["pair", "mrn", "name", "dob", "ssn", "score"]
    rows = []
    for k in range(2):
        p = person()
        q = person()
        q.ssn = p.ssn
        q.last = p.last
        rows.append([str(k + 1), mr("%08d" % p.mrn), nm(full(p)), dt(f_iso(p.dob)), sn(p.ssn), "%.2f" % (0.92 + R.random() * 0.07)])
        rows.append([str(k + 1), mr("%08d" % q.mrn), nm(full(q)), dt(f_iso(p.dob if R.random() < 0.5 else q.dob)), sn(q.ssn), ""])
    out.extend(t_tab_psql(hdr, rows, ["r", "l", "l", "l", "l", "r"]))
    out.append([lg("INFO"), "queued 2 pairs for HIM review (worklist MPI-DUP, ticket HIM-5120)"])
    return F, out


def b_csvlook():
    F = "csvlook"
    out = [["$ csvcut -c chart,first,last,dob,plan_id,phone flagged_20240305.csv | csvlook"]]
    hdr = ["chart", "first", "last", "dob", "plan_id", "phone"]
    rows = []
    for p in people(4, n_old=1):
        rows.append([mr("C-%d" % p.mrn), nm(p.first), nm(p.last), dt(f_iso(p.dob)), hp(p.member), ph(fph(p.phone, "dot"))])
    out.extend(t_csvlook(hdr, rows, ["l"] * 6))
    return F, out


def b_fixed_positional():
    F = "fixed_positional_record"
    out = [[p_syslog("mf-gw01", "ftpxfer", 3311), "received HOSP.ADT.DAILY.G0412V00 (LRECL=120 RECFM=FB, 4 records)"],
           ["----+----1----+----2----+----3----+----4----+----5----+----6----+----7----+----8----+----9----+----0"],
           ["H00000020240305HOSPADT   LAKESHORE FAMILY MEDICINE         V3.1"]]
    for k in range(3):
        p = person(old=(k == 2))
        last = ascii_fold(p.last).upper().replace("'", "")[:15]
        first = ascii_fold(p.first).upper()[:10]
        out.append(["D%06d" % (k + 1), nm(last), " " * (15 - len(last)), nm(first), " " * (10 - len(first)), p.mi,
                    dt(f_ymd(p.dob)), p.sex, zp(p.zip + p.zip4), sn(p.ssn.replace("-", "")), mr("%010d" % p.mrn),
                    dt(f_ymd(p.admit)), R.choice(["I", "O", "E"]), "%05d" % R.randint(0, 99999)])
    out.append(["T000004000003"])
    return F, out


def b_csv_head_raw():
    F = "csv_head_raw"
    out = [["+ head -n 5 /srv/billing/in/guarantor_extract_20240305.csv"],
           ["acct_no,guarantor_last,guarantor_first,patient_full_name,rel_to_pt,addr_line,city,st,zip,phone,guar_fax,bal_due,stmt_cycle"]]
    ps = people(5)
    ps[1].kin_first = 'Robert "Bobby"'
    for p in ps:
        cells = [ac(str(p.acct)), nm(p.kin_last), nm(p.kin_first), nm(lastfirst(p)), p.kin_rel.upper(), ad(addr1(p)), ad(p.city), p.state,
                 zp(p.zip), ph(fph(p.kin_phone, "dash")), fx(fph(nanp(p.kin_phone[0]), "dash")) if R.random() < 0.6 else "",
                 money(5, 900), "C%02d" % R.randint(1, 28)]
        out.append(csv_cells(cells))
    out.append(["+ wc -l /srv/billing/in/guarantor_extract_20240305.csv"])
    out.append(["18231 /srv/billing/in/guarantor_extract_20240305.csv"])
    return F, out


def b_fixed_width_ar():
    F = "fixed_width_report"
    out = [["BLUERIVER BILLING LLC              AGED TRIAL BALANCE BY GUARANTOR              AS OF 02/29/2024   PAGE 12"],
           ["CLIENT: 0412 LAKESHORE FAMILY MEDICINE   TIN 37-1234567   PHONE (217) 555-0100   FAX (217) 555-0199"],
           [""]]
    hdr = ["GUAR ACCT", "GUARANTOR NAME", "HOME PHONE", "CURRENT", "31-60", "61-90", "91-120", "120+", "TOTAL"]
    rows = []
    for p in people(4):
        b = [float(money(0, 300)) if R.random() < 0.6 else 0.0 for _ in range(5)]
        rows.append([ac("G%07d" % p.acct), nm((p.kin_last + ", " + p.kin_first).upper()), ph(fph(p.kin_phone, "paren"))]
                    + ["%.2f" % x for x in b] + ["%.2f" % sum(b)])
    out.extend(t_fixed(hdr, rows, ["l", "l", "l"] + ["r"] * 6, sep="  ", head_al=["l", "l", "l"] + ["r"] * 6))
    out.append(["CLIENT 0412 TOTALS: 1,204 GUARANTORS   CURRENT 84,112.40   31-60 22,019.15   61-90 9,880.00   91-120 4,410.72   120+ 12,772.31"])
    return F, out


def b_psql_payers():
    F = "psql_grid"
    out = [["billing=> SELECT payer_id, payer_name, billing_npi, count(*) AS claims, sum(billed) AS billed, sum(paid) AS paid FROM ar.claims WHERE batch_dt = '2024-03-04' GROUP BY 1,2,3 ORDER BY claims DESC;"]]
    hdr = ["payer_id", "payer_name", "billing_npi", "claims", "billed", "paid"]
    rows = []
    bn = npi()
    for pid, pn in R.sample(PAYERS, 3):
        c = R.randint(8, 640)
        b = c * R.randint(90, 230)
        rows.append([pid, pn, bn, str(c), "%d.00" % b, "%.2f" % (b * (0.4 + R.random() * 0.35))])
    out.extend(t_psql(hdr, rows, ["l", "l", "l", "r", "r", "r"]))
    out.append(["Time: 184.221 ms"])
    return F, out


def b_sqlite_column():
    F = "sqlite_column"
    out = [["$ sqlite3 -header -column rpm_devices.db \"SELECT patient_mrn, patient_name, device_type, serial_no, imei, hub_mac, hub_wan_ip, fw FROM enrollments WHERE status='ACTIVE' AND fw < '2.4.0' LIMIT 4;\""]]
    hdr = ["patient_mrn", "patient_name", "device_type", "serial_no", "imei", "hub_mac", "hub_wan_ip", "fw"]
    rows = []
    for p in people(4):
        dtp = R.choice([("BP cuff", "BPM"), ("Glucometer", "GLU"), ("Scale", "WSC"), ("Pulse ox", "SPO")])
        rows.append([mr("%08d" % p.mrn), nm(full(p)), dtp[0], dv("%s-%s-%s" % (dtp[1], digits(4), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4)))),
                     dv(p.imei), dv(p.mac), ipa(p.ip), R.choice(["2.3.1", "2.3.7", "2.2.9"])])
    out.extend(t_fixed(hdr, rows, ["l"] * 8, sep="  "))
    out.append([p_iso("WARN"), "ota: 4 hubs below fw 2.4.0; scheduled push campaign ota-2024-03-07 (rollout=25%)"])
    return F, out


def b_sqlite_box_nophi():
    F = "sqlite_column"
    out = [["sqlite> .mode column"], ["sqlite> SELECT job, started, rows_in, rows_out, status FROM job_runs ORDER BY started DESC LIMIT 4;"]]
    hdr = ["job", "started", "rows_in", "rows_out", "status"]
    rows = [["pt_demographics_daily", "2024-03-05 02:00:01", "18231", "18226", "OK"],
            ["elig_bcbsil", "2024-03-05 02:15:00", "1204", "1204", "OK"],
            ["open_balances", "2024-03-05 02:11:02", "6", "6", "OK"],
            ["pt_contacts_diff", "2024-03-05 02:00:11", "18231", "4", "WARN"]]
    out.extend(t_fixed(hdr, rows, ["l", "l", "r", "r", "l"], sep="  "))
    return F, out


def b_tsv_remit_nophi():
    F = "tsv_mysql_batch"
    out = [["+ mysql --batch -e \"SELECT check_no, payer_id, eft_trace, paid_dt, claims, amount FROM ar.remits WHERE paid_dt = CURDATE() - INTERVAL 1 DAY\""],
           ["check_no\tpayer_id\teft_trace\tpaid_dt\tclaims\tamount"]]
    for _ in range(4):
        pid, _pn = R.choice(PAYERS)
        out.append(["%s\t%s\t1%s\t2024-03-04\t%d\t%s" % (digits(9), pid, digits(9), R.randint(3, 120), money(300, 48000))])
    return F, out


def b_r_summary_nophi():
    F = "r_dataframe"
    out = [["> aggregate(paid ~ payer, data = remits, FUN = sum)"]]
    rows = []
    for pid, pn in R.sample(PAYERS, 4):
        rows.append([pn, money(1000, 90000)])
    out.extend(t_rdf(["payer", "paid"], rows))
    return F, out


def b_fixed_width_nophi():
    F = "fixed_width_report"
    out = [["PAYER MIX SUMMARY                      PERIOD 02/01/2024 - 02/29/2024        RUN 03/05/2024 03:40"]]
    hdr = ["PAYER ID", "PAYER NAME", "CLAIMS", "BILLED", "PAID", "DENIAL %"]
    rows = []
    for pid, pn in R.sample(PAYERS, 4):
        c = R.randint(40, 900)
        b = c * R.randint(90, 220)
        rows.append([pid, pn.upper(), "{:,}".format(c), "{:,}.00".format(b), "{:,.2f}".format(b * 0.61), "%.1f" % (R.random() * 14)])
    out.extend(t_fixed(hdr, rows, ["l", "l", "r", "r", "r", "r"], sep="  ", head_al=["l", "l", "r", "r", "r", "r"]))
    return F, out


def b_pandas_photo():
    F = "pandas_df"
    lg = lambda lv="DEBUG": p_py(lv, "kiosk.sync")
    p = person()
    q = person()
    out = [[lg("INFO"), "kiosk checkin sync: 3 new enrollments from kiosk-lobby-02 (fw 3.8.1)"],
           [lg(), "enrollment row 0: {'mrn': '", mr("%08d" % p.mrn), "', 'name': '", nm(full(p)), "', 'photo_b64': '", pho(jpeg_b64(110)), "', 'consent': True}"],
           [lg(), "enrollment row 1: {'mrn': '", mr("%08d" % q.mrn), "', 'name': '", nm(full(q)), "', 'palm_template': '", bio(fmr_b64(80)), "', 'template_fmt': 'ISO19794-2'}"],
           [lg(), "enrollment row 2: {'mrn': '", mr("%08d" % person().mrn), "', 'voiceprint': '", bio(base64.b64encode(b"VPRT" + bytes(R.randint(0, 255) for _ in range(60))).decode()), "', 'passphrase_ok': True}"],
           [lg("INFO"), "uploaded 3 enrollments to /api/v2/checkin/enroll (HTTP 201, 318 ms, request_id=%s)" % uid()]]
    return F, out


def b_markdown_nophi():
    F = "markdown_table"
    out = [["## Runbook: nightly billing jobs (last updated 2024-02-20)"],
           ["| Job | Schedule (CST) | Owner | Avg rows | SLA |"],
           ["|-----|----------------|-------|---------:|-----|"],
           ["| pt_demographics_daily | 02:00 | data-eng | 18,231 | 03:00 |"],
           ["| elig_bcbsil | 02:15 | billing-ops | 1,204 | 04:00 |"],
           ["| x12_837p_out | 03:15 | billing-ops | 412 | 05:30 |"],
           ["| remit_835_in | 06:00 | billing-ops | 96 | 08:00 |"]]
    return F, out


def b_html_nophi():
    F = "html_table_text"
    out = [[p_py("INFO", "portal_scraper"), "table#remitSummary stripped text:"],
           ["Check/EFT #\tPayer\tPaid Date\tClaims\tAmount"],
           ["1%s\tHumana&nbsp;Gold&nbsp;Plus\t03/04/2024\t%d\t$%s" % (digits(9), R.randint(4, 60), money_c(money(500, 20000)))],
           ["%s\tAetna\t03/04/2024\t%d\t$%s" % (digits(10), R.randint(4, 60), money_c(money(500, 20000)))]]
    return F, out


# --------------------------------------------------------------------------
# filler job-log lines (family joblog)
# --------------------------------------------------------------------------

DECKS = {}


def deck(name, n):
    d = DECKS.get(name)
    if not d:
        d = list(range(n))
        R.shuffle(d)
        DECKS[name] = d
    return d.pop()


def filler_phi():
    p = person()
    k = deck("phi", 9)
    if k == 8:
        return [p_py("INFO", "chart.photo"), "patient photo captured at front desk for ", mr("MRN%07d" % p.mrn), " (", nm(full(p)), "): data:image/jpeg;base64,", pho(jpeg_b64(60)), " (%d bytes, webcam FD-02)" % R.randint(18000, 60000)]
    if k == 0:
        return [p_py("WARNING", "mpi"), "merged duplicate chart ", mr("%08d" % p.mrn), " into ", mr("%08d" % R.randint(100000, 9999999)), " (patient ", nm(lastfirst(p)), ", dob ", dt(f_iso(p.dob)), ")"]
    if k == 1:
        return [p_logback("WARN", "elig-1", "c.b.elig.Matcher"), "no eligibility match for subscriber_id=", hp(p.member), " dob=", dt(f_ymd(p.dob)), " last=", nm(p.last.upper()), " (payer 00621)"]
    if k == 2:
        return [p_iso("ERROR"), "statement returned undeliverable: acct=", ac(str(p.acct)), " addr=\"", ad(addr1(p)), ", ", ad(p.city), ", %s " % p.state, zp(p.zip), "\" usps=NIXIE"]
    if k == 3:
        return [p_iso("INFO"), "portal login ok user=", oid(ascii_fold(p.first).lower()[:1] + ascii_fold(p.last).lower().replace(" ", "").replace("'", "") + str(R.randint(1, 99))),
                " src_ip=", ipa(p.ip), " via edge 10.0.%d.%d mfa=sms" % (R.randint(0, 9), R.randint(2, 250))]
    if k == 4:
        return [p_py("INFO", "pip_claims"), "MVA claim attached: insured ", nm(full(p)), " vehicle VIN ", ve(p.vin), " plate ", ve(p.plate), " (%s), policy carrier State Farm" % p.state]
    if k == 5:
        return [p_bracket("INFO", "roi"), "release-of-information request ROI-%d: faxed %d pages to patient " % (R.randint(1000, 9999), R.randint(3, 40)), nm(full(p)), " at ", fx(fph(nanp(p.phone[0]), "paren")), " (sender fax (217) 555-0199)"]
    if k == 6:
        return [p_logback("INFO", "sms-1", "c.b.notify.Sms"), "reminder sent to ", ph(fph(p.cell, "e164")), " for appt on ", dt(f_usn(p.appt)), " (template APPT_REMIND_48H, sid SM%s)" % hexs(32)]
    return [p_py("INFO", "payments"), "autopay card updated for acct ", ac(str(p.acct)), " holder ", nm(full(p)), " card ", ac(luhn_num("4", 16)), " (tokenized tok_%s)" % hexs(24)]


def filler_line():
    if R.random() < 0.6:
        return filler_phi()
    k = deck("plain", 19)
    if k == 0:
        return [p_py("INFO", "scheduler"), "job=%s state=queued run_id=%s" % (R.choice(["remit_835_in", "elig_bcbsil", "x12_837p_out", "statements"]), uid())]
    if k == 1:
        return [p_logback("INFO", "pool-3-thread-%d" % R.randint(1, 8), "c.b.io.SftpClient"), "connected to sftp.clearinghouse.example (34.201.%d.%d:22) in %d ms" % (R.randint(0, 255), R.randint(1, 254), R.randint(80, 900))]
    if k == 2:
        return [p_iso("INFO"), "rows_read=%d rows_written=%d rejected=%d duration_ms=%d" % (R.randint(1000, 20000), R.randint(1000, 20000), R.randint(0, 9), R.randint(100, 99999))]
    if k == 3:
        return [p_syslog("etl-worker-0%d" % R.randint(1, 4), "CRON", R.randint(1000, 65000)), "(etl) CMD (/opt/etl/bin/run_job.sh nightly >> /var/log/etl/nightly.log 2>&1)"]
    if k == 4:
        return [p_py("WARNING", "s3"), "retrying PutObject s3://bluerivr-dl/stage/%s.parquet (attempt %d/5, 503 SlowDown)" % (hexs(12), R.randint(2, 4))]
    if k == 5:
        return [p_airflow("taskinstance.py:1138"), "Dependencies all met for <TaskInstance: billing_open_balances.export_open_balances scheduled__2024-03-05T02:00:00+00:00 [queued]>"]
    if k == 6:
        return [p_py("INFO", "claims"), "order SO-%d shipped; invoice INV-%d total $%s (tax $%s)" % (R.randint(100000000, 999999999), R.randint(10000, 99999), money(20, 900), money(1, 40))]
    if k == 7:
        return [p_logback("DEBUG", "main", "c.b.util.Checksum"), "md5(%s.csv)=%s size=%d" % (R.choice(["ptdemo", "elig", "remit", "guar"]), hexs(32), R.randint(10000, 9999999))]
    if k == 8:
        return [p_iso("INFO"), "trace_id=%s span_id=%s http.status=200 route=/api/v2/batches/%d" % (hexs(32), hexs(16), R.randint(7000, 7999))]
    if k == 9:
        return [p_py("INFO", "npi_registry"), "validated billing NPI %s and taxonomy 207Q00000X for client 0412" % npi()]
    if k == 10:
        return [p_bracket("INFO", "ticket"), "created INC00%d 'elig_bcbsil late file' priority=P3 assignee=billing-ops" % R.randint(40000, 49999)]
    if k == 11:
        return [p_py("INFO", "build"), "etl-billing version 4.12.7 (git %s, built 2024-02-28T17:03:11Z, python 3.11.7)" % hexs(7)]
    if k == 12:
        return [p_logback("WARN", "elig-1", "c.b.elig.Validator"), "group G%07d has %d members without PCP assignment (threshold 50)" % (R.randint(0, 9999999), R.randint(1, 49))]
    if k == 13:
        return [p_iso("INFO"), "zip_crosswalk loaded: %d ZCTAs, %d counties, version 2023Q4" % (R.randint(33000, 33800), R.randint(3100, 3250))]
    if k == 14:
        return [p_py("INFO", "lockbox"), "deposit batch %s posted: %d payments, total %s, bank ref %s" % (
            "DEP-20240304-%02d" % R.randint(1, 9), R.randint(5, 90), money_c(money(900, 40000)), digits(10))]
    if k == 15:
        return [p_syslog("sftp01", "sshd", R.randint(1000, 65000)), "Accepted publickey for billing_ops from 10.%d.%d.%d port %d ssh2: RSA SHA256:%s" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254), R.randint(30000, 65000), base64.b64encode(bytes(R.randint(0, 255) for _ in range(32))).decode().rstrip("="))]
    if k == 16:
        return [p_py("INFO", "statements"), "rendered %d statements (%d pages) cycle C%02d, mail vendor job %s" % (R.randint(100, 2000), R.randint(200, 4000), R.randint(1, 28), digits(9))]
    if k == 17:
        return [p_py("INFO", "metrics"), "batch 7731 p50=%dms p95=%dms p99=%dms errors=%d qps=%.1f" % (R.randint(5, 90), R.randint(90, 900), R.randint(900, 4000), R.randint(0, 3), R.random() * 300)]
    return [p_bracket("INFO", "gpg"), "decrypted %s.pgp with key 0x%s (%d bytes)" % (R.choice(["ELIG_BCBSIL_20240305", "REMIT_835_0304", "PTDEMO_20240305"]), hexs(16).upper(), R.randint(10000, 900000))]


# --------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------

BLOCKS = [b_csv_import_echo, b_psql_grid, b_fixed_width_charges, b_mysql_grid, b_pandas_df, b_excel_csv_de,
          b_sas_proc_print, b_edi_pipe, b_kv_record_dump, b_markdown_ticket, b_html_table_text, b_validation_report,
          b_unified_diff, b_csv_noheader, b_tsv_mysql_batch, b_sqlcmd_grid, b_r_dataframe, b_psql_expanded,
          b_mysql_vertical, b_mysql_warnings, b_sqlplus, b_duckdb, b_spark_show, b_beeline, b_r_tibble, b_stata,
          b_powershell_table, b_powershell_list, b_x12, b_kv_dotted, b_jira_wiki, b_pg_copy_error, b_bcp_errors,
          b_daff, b_tabulate, b_csvlook, b_fixed_positional, b_excel_csv_es, b_csv_head_raw, b_fixed_width_ar,
          b_psql_payers, b_sqlite_column, b_pandas_photo]


def reset():
    R.seed(SEED)
    CLK.__init__()
    DECKS.clear()


def gen_block(fn):
    CLK.t += TD(seconds=R.randint(40, 400))
    fam, lines = fn()
    return [(fam, Ln(l)) for l in lines]


def main():
    # pass 1: block sizes only
    reset()
    sizes = [len(gen_block(fn)) for fn in BLOCKS]
    total = sum(sizes)
    if total > N_LINES:
        sys.exit("too many block lines: %d" % total)
    need = N_LINES - total
    srng = random.Random(SEED ^ 0x5107)
    slots = [0] * (len(BLOCKS) + 1)
    for _ in range(need):
        slots[srng.randint(0, len(BLOCKS))] += 1
    # pass 2: interleave so the log clock only moves forward
    reset()
    out = []
    for i in range(len(BLOCKS) + 1):
        for _ in range(slots[i]):
            CLK.t += TD(seconds=R.randint(2, 90))
            out.append(("joblog", Ln(filler_line())))
        if i < len(BLOCKS):
            blk = gen_block(BLOCKS[i])
            assert len(blk) == sizes[i], (BLOCKS[i].__name__, len(blk), sizes[i])
            out.extend(blk)
    assert len(out) == N_LINES, len(out)

    log_lines, labels = [], []
    for n, (fam, ln) in enumerate(out, 1):
        text = ln.text()
        assert "\n" not in text and "\r" not in text, (n, text)
        bts = text.encode("utf-8")
        assert len(bts) <= 4000, (n, len(bts))
        spans = []
        for s, e, cat, val in ln.spans:
            got = bts[s:e].decode("utf-8")
            if got != val:
                raise AssertionError("line %d span %d-%d: expected %r got %r" % (n, s, e, val, got))
            assert val == val.strip() and val, (n, val)
            spans.append({"s": s, "e": e, "cat": cat})
        log_lines.append(text)
        labels.append({"line": n, "family": fam, "spans": spans})
    # luhn sanity on card / imei spans
    for n, (fam, ln) in enumerate(out, 1):
        for s, e, cat, val in ln.spans:
            if cat == "account" and val.isdigit() and len(val) in (15, 16):
                assert luhn_ok(val), val
            if cat == "ssn":
                d = val.replace("-", "")
                assert len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9", val

    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(log_lines) + "\n")
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for o in labels:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")

    # stats
    phi = sum(1 for o in labels if o["spans"])
    cats = {}
    fams = {}
    for o in labels:
        fams[o["family"]] = fams.get(o["family"], 0) + 1
        for sp in o["spans"]:
            cats[sp["cat"]] = cats.get(sp["cat"], 0) + 1
    print("lines=%d block_lines=%d filler=%d phi_lines=%d non_phi_share=%.3f" % (len(out), total, need, phi, 1 - phi / len(out)))
    print("spans:", json.dumps(dict(sorted(cats.items())), ensure_ascii=False))
    print("families(%d):" % len(fams), json.dumps(dict(sorted(fams.items()))))


if __name__ == "__main__":
    main()
