#!/usr/bin/env python3
"""Deterministic generator of a labeled PHI test corpus for a fertility clinic
network (IVF cycle software, embryology lab instruments, donor programs,
patient app, billing/financing, cryo specimen shipping).

Writes cr.log and cr.labels.jsonl next to this file. Standard library only.
All people, numbers and addresses are synthetic.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

random.seed(1818202403)

ID = "cr"
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}


# ---------------------------------------------------------------- primitives
class Ph:
    """A PHI value with its category."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        assert cat in CATS, cat
        self.v = v
        self.cat = cat


class Cs:
    """A composite string made of plain text and Ph pieces."""

    def __init__(self, *parts):
        self.parts = parts


def flat(items, out):
    for it in items:
        if it is None:
            continue
        if isinstance(it, Ph):
            out.append((str(it.v), it.cat))
        elif isinstance(it, Cs):
            flat(it.parts, out)
        elif isinstance(it, tuple):
            out.append(it)
        elif isinstance(it, list):
            flat(it, out)
        else:
            out.append((str(it), None))
    return out


class Line:
    def __init__(self, fam, *items):
        self.fam = fam
        self.parts = flat(items, [])

    def add(self, *items):
        flat(items, self.parts)
        return self

    def phi(self):
        return any(c for _, c in self.parts)


def render(line):
    buf = bytearray()
    spans = []
    for text, cat in line.parts:
        b = text.encode("utf-8")
        if cat:
            assert b, "empty span"
            spans.append((len(buf), len(buf) + len(b), cat, b))
        buf += b
    for s, e, c, b in spans:
        assert bytes(buf[s:e]) == b, (s, e, c, b)
    for i in range(1, len(spans)):
        assert spans[i][0] >= spans[i - 1][1], "overlap"
    assert b"\n" not in buf and b"\r" not in buf, buf
    assert len(buf) <= 4000, len(buf)
    return bytes(buf), [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]


def jenc(v, ea=False, isep=", ", ksep=": "):
    """JSON encode nested structure containing Ph/Cs into (text, cat) parts."""
    out = []

    def s(x):
        return json.dumps(x, ensure_ascii=ea)[1:-1]

    def enc(x):
        if isinstance(x, dict):
            out.append(("{", None))
            first = True
            for k, y in x.items():
                if not first:
                    out.append((isep, None))
                first = False
                out.append((json.dumps(k, ensure_ascii=ea) + ksep, None))
                enc(y)
            out.append(("}", None))
        elif isinstance(x, list):
            out.append(("[", None))
            for i, y in enumerate(x):
                if i:
                    out.append((isep, None))
                enc(y)
            out.append(("]", None))
        elif isinstance(x, Ph):
            if isinstance(x.v, str):
                out.extend([('"', None), (s(x.v), x.cat), ('"', None)])
            else:
                out.append((json.dumps(x.v), x.cat))
        elif isinstance(x, Cs):
            out.append(('"', None))
            for p in flat(x.parts, []):
                out.append((s(p[0]), p[1]))
            out.append(('"', None))
        else:
            out.append((json.dumps(x, ensure_ascii=ea), None))

    enc(v)
    return out


def jcompact(v, ea=False):
    return jenc(v, ea, ",", ":")


def jstr_escape(parts, ea=False):
    """Escape parts so they can sit inside a JSON string (double encoding)."""
    return [(json.dumps(t, ensure_ascii=ea)[1:-1], c) for t, c in parts]


def csvrow(fields):
    out = []
    for i, f in enumerate(fields):
        if i:
            out.append((",", None))
        parts = flat([f], [])
        full = "".join(t for t, _ in parts)
        if any(ch in full for ch in ',"'):
            out.append(('"', None))
            out.extend((t.replace('"', '""'), c) for t, c in parts)
            out.append(('"', None))
        else:
            out.extend(parts)
    return out


def lf(key, val):
    """logfmt key=value with quoting when needed (logrus style)."""
    parts = flat([val], [])
    full = "".join(t for t, _ in parts)
    out = [(key + "=", None)]
    if full == "" or any(ch in full for ch in ' ="\\'):
        out.append(('"', None))
        out.extend((t.replace("\\", "\\\\").replace('"', '\\"'), c) for t, c in parts)
        out.append(('"', None))
    else:
        out.extend(parts)
    return out


def lfs(*kvs):
    out = []
    for i, (k, v) in enumerate(kvs):
        if i:
            out.append((" ", None))
        out.extend(lf(k, v))
    return out


# ------------------------------------------------------------ identifiers
def rdig(n):
    return "".join(random.choice("0123456789") for _ in range(n))


def ralnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(random.choice(chars) for _ in range(n))


def luhn_digit(payload):
    tot = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def card(kind=None):
    kind = kind or random.choice(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        p = "4" + rdig(14)
    elif kind == "mc":
        p = "5" + str(random.randint(1, 5)) + rdig(13)
    elif kind == "amex":
        p = "3" + random.choice("47") + rdig(12)
    else:
        p = "6011" + rdig(11)
    return p + luhn_digit(p)


def imei():
    p = random.choice(["35391110", "35875309", "35209411", "86769504", "35332811", "35467110"]) + rdig(6)
    return p + luhn_digit(p)


def ssn():
    while True:
        a = random.randint(100, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, random.randint(1, 99), random.randint(1, 9999))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + "0123456789"
    s = (str(random.randint(1, 9)) + random.choice(MBI_A) + random.choice(an) + str(random.randint(0, 9))
         + random.choice(MBI_A) + random.choice(an) + str(random.randint(0, 9))
         + random.choice(MBI_A) + random.choice(MBI_A) + rdig(2))
    return s


VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = random.choice(["1HG", "5YJ", "JTD", "1FA", "WVW", "2T1", "KNM", "4T1"])
    v = list(wmi + ralnum(5, chars) + "0" + random.choice("KLMNPR") + ralnum(1, chars) + rdig(6))
    tot = sum((int(ch) if ch.isdigit() else VIN_T[ch]) * w for ch, w in zip(v, VIN_W))
    c = tot % 11
    v[8] = "X" if c == 10 else str(c)
    return "".join(v)


def iban(cc, bban):
    rearr = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


def iban_spaced(x):
    return " ".join(x[i:i + 4] for i in range(0, len(x), 4))


def nhs():
    while True:
        d = [random.randint(4, 7)] + [random.randint(0, 9) for _ in range(8)]
        c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        s = "".join(map(str, d)) + str(c)
        return s[:3] + " " + s[3:6] + " " + s[6:]


def dni():
    n = random.randint(10000000, 79999999)
    return "%08d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def sin():
    p = str(random.randint(1, 7)) + rdig(7)
    s = p + luhn_digit(p)
    return s[:3] + " " + s[3:6] + " " + s[6:]


def kennitala(d):
    while True:
        base = d.strftime("%d%m%y") + str(random.randint(2, 9)) + str(random.randint(0, 9))
        w = [3, 2, 7, 6, 5, 4, 3, 2]
        c = 11 - sum(int(a) * b for a, b in zip(base, w)) % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        return base[:6] + "-" + base[6:] + str(c) + ("9" if d.year < 2000 else "0")


def nir(sex, d, dept):
    body = "%d%02d%02d%s%03d%03d" % (1 if sex == "M" else 2, d.year % 100, d.month, dept,
                                    random.randint(1, 399), random.randint(1, 999))
    key = 97 - int(body) % 97
    return "%s %s %s %s %s %s %02d" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key)


def dea(last):
    d = [random.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return random.choice("ABF") + last[0].upper() + "".join(map(str, d)) + str(c)


def npi():
    base = "1" + rdig(8)
    return base + luhn_digit("80840" + base)


def aba():
    while True:
        d = [int(x) for x in random.choice(["0710", "0719", "0759", "0749", "0420"]) + rdig(4)]
        c = (10 - (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])) % 10) % 10
        return "".join(map(str, d)) + str(c)


def mac(oui=None):
    oui = oui or random.choice(["C4:7C:8D", "F0:08:D1", "D8:A0:1D", "E4:5F:01", "A4:C1:38"])
    return oui + ":" + ":".join("%02X" % random.randint(0, 255) for _ in range(3))


def public_ip():
    while True:
        a = random.choice([24, 50, 67, 68, 69, 71, 73, 75, 76, 96, 98, 99, 107, 108, 136, 162, 174, 184, 45, 209])
        ip = "%d.%d.%d.%d" % (a, random.randint(1, 254), random.randint(0, 255), random.randint(1, 254))
        return ip


def uuid4():
    h = "%032x" % random.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + random.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def hexid(n):
    return "%0*x" % (n, random.getrandbits(4 * n))


def b64(raw):
    return base64.b64encode(raw).decode()


def rbytes(n):
    return bytes(random.getrandbits(8) for _ in range(n))


def jpeg_b64(n=420):
    return b64(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00" + rbytes(n))


def png_b64(n=420):
    return b64(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\xa0\x00\x00\x00\xa0\x08\x06\x00\x00\x00" + rbytes(n))


def fmr_b64(n=300):
    return b64(b"FMR\x00 20\x00\x00\x00\x01\x2c\x00\x00\x01\x40\x01\xe0\x00\xc5\x00\xc5\x01\x00\x00\x00" + rbytes(n))


def face_b64(n=384):
    return b64(b"FTv2" + rbytes(n))


def slug(s):
    s = s.replace("ð", "d").replace("Ð", "D").replace("ı", "i").replace("ø", "o").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(ch for ch in s.lower() if ch.isalnum())


# ------------------------------------------------------------------ clock
CLOCK = [dt.datetime(2024, 3, 11, 11, 2, 17, 118000)]   # UTC
LOCAL = dt.timedelta(hours=-5)   # America/Chicago, CDT since 2024-03-10


def tick(lo=3, hi=700):
    CLOCK[0] += dt.timedelta(seconds=random.randint(lo, hi), microseconds=random.randint(0, 999999))
    return CLOCK[0]


def now():
    return CLOCK[0]


def loc(t):
    return t + LOCAL


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def iso_z(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "Z"


def iso_loc(t):
    return loc(t).strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "-05:00"


def epoch_ms(t):
    return int((t - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d_eu(d):
    return d.strftime("%d.%m.%Y")


def d_hl7(d):
    return d.strftime("%Y%m%d")


def rdate(y0, y1):
    return dt.date(random.randint(y0, y1), random.randint(1, 12), random.randint(1, 28))


def soon(a=-4, b=12):
    return (loc(now()) + dt.timedelta(days=random.randint(a, b))).date()


# ------------------------------------------------------------------ people
STREETS = ["W Belmont Ave", "N Kedzie Blvd", "N Paulina St", "S Prairie Ave", "W Addison St", "N Sheridan Rd",
           "Maple Ct", "Ridgeland Ave", "W Foster Ave", "N Milwaukee Ave", "Chicago Ave", "Hinman Ave",
           "S Washington St", "Woodland Dr", "E Ogden Ave", "N Lincoln Ave", "W Devon Ave", "Linden Ln",
           "S Dearborn St", "Prospect Ave"]
CITIES = [("Chicago", "IL", ["60613", "60618", "60625", "60640", "60657", "60614", "60647"], "Cook"),
          ("Evanston", "IL", ["60201", "60202"], "Cook"),
          ("Oak Park", "IL", ["60302", "60304"], "Cook"),
          ("Naperville", "IL", ["60540", "60563", "60565"], "DuPage"),
          ("Skokie", "IL", ["60076", "60077"], "Cook"),
          ("Downers Grove", "IL", ["60515", "60516"], "DuPage"),
          ("Schaumburg", "IL", ["60193", "60194"], "Cook"),
          ("Kenosha", "WI", ["53140", "53144"], "Kenosha"),
          ("Milwaukee", "WI", ["53202", "53211"], "Milwaukee"),
          ("Gary", "IN", ["46403", "46408"], "Lake"),
          ("Valparaiso", "IN", ["46383", "46385"], "Porter")]
AREA = {"IL": ["312", "773", "872", "847", "630", "708", "224"], "WI": ["262", "414"], "IN": ["219"]}
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me", "hotmail.com", "comcast.net"]


def phone_num(state="IL"):
    a = random.choice(AREA.get(state, ["312"]))
    if random.random() < 0.75:
        return a, "555", "01%02d" % random.randint(0, 99)
    return a, random.choice(["201", "248", "306", "417", "529", "683", "790", "861", "932"]), rdig(4)


class Person:
    pass


class Couple:
    pass


def dl_for(state, last):
    if state == "IL":
        return slug(last)[0].upper() + rdig(11)
    if state == "WI":
        return slug(last)[0].upper() + rdig(13)
    return rdig(10)


def plate_for(state):
    if state == "IL":
        return random.choice("ABCDEFGHJKLMNPRSTVWXYZ") + random.choice("ABCDEFGHJKLMNPRSTVWXYZ") + " " + rdig(5)
    if state == "WI":
        return ralnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + "-" + rdig(4)
    return rdig(3) + ralnum(3, "ABCDEFGHJKLMNPRSTVWXYZ")


INSURERS = [("AETNA", lambda: "W" + rdig(9)),
            ("BCBS IL", lambda: random.choice(["XOF", "XOD", "ZGP"]) + rdig(9)),
            ("UNITEDHEALTHCARE", lambda: "9" + rdig(8)),
            ("CIGNA", lambda: "U" + rdig(8) + "01"),
            ("FERTIVIA BENEFITS", lambda: "FTV" + ralnum(8))]


def mk_person(first, last, sex, y0, y1, full=None, state="IL"):
    p = Person()
    p.first, p.last, p.sex = first, last, sex
    p.full = full or ("%s %s" % (first, last))
    p.dob = rdate(y0, y1)
    p.mrn = "%08d" % random.randint(400000, 699999)
    p.ssn = ssn()
    p.ph = phone_num(state)
    p.email = "%s.%s%s@%s" % (slug(first.split()[0]), slug(last), random.choice(["", str(random.randint(1, 99)), str(p.dob.year % 100)]), random.choice(EMAIL_DOM))
    if random.random() < 0.3:
        p.email = "%s%s%d@%s" % (slug(first)[0], slug(last), random.randint(10, 999), random.choice(EMAIL_DOM))
    p.username = random.choice(["%s.%s%d" % (slug(first)[:6], slug(last)[:1], p.dob.year % 100),
                                "%s_%s" % (slug(first)[:5], slug(last)[:6]),
                                "%s%s%d" % (slug(first)[:1], slug(last)[:7], random.randint(1, 99))])
    p.ip = public_ip()
    p.card = card()
    p.bank = rdig(random.choice([9, 10, 12]))
    p.dl = dl_for(state, last)
    p.state = state
    p.plate = plate_for(state)
    p.vin = vin()
    p.imei = imei()
    p.bbt_mac = mac()
    p.bbt_sn = random.choice(["TD2-", "AVA-", "OVL-"]) + rdig(7)
    p.ins_name, gen = random.choice(INSURERS)
    p.member = gen()
    return p


def phone_fmt(p, style):
    a, b, c = p.ph
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c), "e164": "+1%s%s%s" % (a, b, c),
            "hl7": "(%s)%s-%s" % (a, b, c), "dot": "%s.%s.%s" % (a, b, c), "plain": a + b + c}[style]


COUPLE_DEFS = [
    ("Amara", "Okafor", "F", "Chinedu", "Eze", "M", None),
    ("Agnieszka", "Kowalska", "F", "Tomasz", "Kowalski", "M", None),
    ("Thị Mai", "Nguyễn", "F", "Karim", "Haddad", "M", "viet"),
    ("Lucía", "Ramírez Ortega", "F", "Diego", "Fernández", "M", None),
    ("Priya", "Raghunathan", "F", "Arjun", "Mehta", "M", None),
    ("Seo-yeon", "Park", "F", "Jae-won", "Choi", "M", None),
    ("Haruka", "Tanaka", "F", None, None, None, None),
    ("Siobhán", "O'Brien", "F", "Aoife", "Gallagher", "F", None),
    ("Guðrún", "Jónsdóttir", "F", "Einar", "Magnússon", "M", "IS"),
    ("Elif", "Yıldız", "F", "Mehmet", "Aydın", "M", None),
    ("Selamawit", "Tesfaye", "F", "Dawit", "Bekele", "M", None),
    ("João", "Pereira", "M", "Rafael", "Souza", "M", None),
    ("Eleni", "Papadopoulou", "F", "Nikos", "Georgiou", "M", None),
    ("Maricel", "Dela Cruz", "F", "Paolo", "Reyes", "M", None),
    ("Anastasia", "Volkova", "F", "Dmitri", "Sokolov", "M", None),
    ("Leilani", "Fa'asavalu", "F", "Tevita", "Taufa", "M", None),
    ("Aino", "Virtanen", "F", "Mikko", "Laine", "M", None),
    ("Zsófia", "Horváth", "F", "Bence", "Kiss", "M", None),
    ("Wen", "Li", "F", "Hao", "Zhang", "M", None),
    ("Fatima", "Al-Sayed", "F", "Omar", "Nasser", "M", None),
    ("Rebecca", "Goldstein", "F", "David", "Abramowitz", "M", None),
    ("Keisha", "Washington", "F", "Marcus", "Bell", "M", None),
    ("Ingrid", "Solberg", "F", None, None, None, None),
    ("Camille", "Dubois", "F", "Théo", "Marchand", "M", "FR"),
    ("Sofía", "Castellanos", "F", "Javier", "Morales", "M", "ES"),
    ("Emily", "Harrington", "F", "James", "Whitlock", "M", "GB"),
    ("Chloé", "Tremblay", "F", "Maxime", "Gagnon", "M", "CA"),
]

INTL = {
    "IS": ("Reykjavík", "101", "Laugavegur %d", "Iceland"),
    "FR": ("Lyon", "69003", "%d rue Paul Bert", "France"),
    "ES": ("Madrid", "28015", "Calle de Fuencarral %d", "Spain"),
    "GB": ("Manchester", "M20 2RN", "%d Palatine Road", "United Kingdom"),
    "CA": ("Montréal", "H2T 1S6", "%d rue Saint-Viateur O", "Canada"),
}

COUPLES = []
for fa, la, sa, fb, lb, sb, tag in COUPLE_DEFS:
    c = Couple()
    city, st, zips, county = random.choice(CITIES)
    c.intl = tag if tag in INTL else None
    if c.intl:
        icity, izip, ifmt, icountry = INTL[tag]
        c.street = ifmt % random.randint(2, 180)
        c.unit = ""
        c.city, c.state, c.zip, c.county, c.country = icity, "", izip, "", icountry
        st = "IL"
    else:
        c.street = "%d %s" % (random.randint(12, 9800), random.choice(STREETS))
        c.unit = random.choice(["", "", "Apt %d%s" % (random.randint(1, 9), random.choice("ABCD")), "Unit %d" % random.randint(101, 2409)])
        c.city, c.state, c.zip, c.county, c.country = city, st, random.choice(zips), county, "USA"
    full_a = None
    if tag == "viet":
        full_a = "Nguyễn Thị Mai"
    c.a = mk_person(fa, la, sa, 1980, 1994, full=full_a, state=st)
    c.b = mk_person(fb, lb, sb, 1976, 1993, state=st) if fb else None
    c.cycle = uuid4()
    c.retrieval = dt.date(2024, 3, random.randint(11, 22))
    c.lmp = c.retrieval - dt.timedelta(days=random.randint(14, 17))
    c.stim_start = c.lmp + dt.timedelta(days=2)
    c.transfer = c.retrieval + dt.timedelta(days=random.choice([3, 5, 5, 6]))
    c.beta = c.transfer + dt.timedelta(days=9)
    c.acct = "7" + rdig(8)
    c.loan = "NEL-" + rdig(10)
    c.kit = "AMH-K" + rdig(8)
    c.tag = tag
    COUPLES.append(c)

# national ids for international patients
for c in COUPLES:
    if c.tag == "IS":
        c.a.natid, c.a.natid_type = kennitala(c.a.dob), "kennitala"
        c.b.natid, c.b.natid_type = kennitala(c.b.dob), "kennitala"
        c.iban = iban("IS", rdig(22))
    elif c.tag == "FR":
        c.a.natid, c.a.natid_type = nir("F", c.a.dob, "69"), "NIR"
        c.b.natid, c.b.natid_type = nir("M", c.b.dob, "75"), "NIR"
        c.iban = iban("FR", rdig(10) + ralnum(11, "0123456789") + rdig(2))
    elif c.tag == "ES":
        c.a.natid, c.a.natid_type = dni(), "DNI"
        c.b.natid, c.b.natid_type = dni(), "DNI"
        c.iban = iban("ES", rdig(20))
    elif c.tag == "GB":
        c.a.natid, c.a.natid_type = nhs(), "NHS"
        c.b.natid, c.b.natid_type = nhs(), "NHS"
        c.iban = iban("GB", random.choice(["NWBK", "BARC", "HBUK", "MIDL"]) + rdig(6) + rdig(8))
    elif c.tag == "CA":
        c.a.natid, c.a.natid_type = sin(), "SIN"
        c.b.natid, c.b.natid_type = sin(), "SIN"
        c.iban = None

US_COUPLES = [c for c in COUPLES if not c.intl]
INTL_COUPLES = [c for c in COUPLES if c.intl]
PARTNERED = [c for c in COUPLES if c.b]

# extra people
GC = mk_person("Kristen", "Halvorsen", "F", 1988, 1992)          # gestational carrier for couple 12
EGG_DONORS = []
for code, f, l in [("ED-3391", "Brianna", "Kowalczyk"), ("ED-3417", "Naledi", "Dlamini"),
                   ("ED-3422", "Marisol", "Quintero"), ("ED-3450", "Hannah", "Lindqvist"),
                   ("ED-3468", "Yuki", "Morimoto"), ("ED-3473", "Tamsin", "Achterberg")]:
    d = mk_person(f, l, "F", 1996, 2003)
    d.code = code
    d.rn_license = None
    EGG_DONORS.append(d)
EGG_DONORS[0].rn_license = "041." + rdig(6)       # IL RN licence of a donor who is a nurse
SPERM_BANK_DONORS = ["#4821", "#11427", "#9034", "#13380", "#7716", "#10251"]
LEGACY = mk_person("Harold", "Brenner", "M", 1932, 1932)
LEGACY.dob = dt.date(1932, 6, 14)
LEGACY.age = 91
LEGACY.acct = "7" + rdig(8)
GRAND = mk_person("Miriam", "Goldstein", "F", 1930, 1930)
GRAND.dob = dt.date(1930, 11, 2)
GRAND.age = 93
MEDICARE_PT = COUPLES[21].a  # Keisha Washington, on SSDI/Medicare
MEDICARE_PT.mbi = mbi()
MEDICAID_PT = COUPLES[13].a  # Maricel Dela Cruz, IL Medicaid fertility preservation
MEDICAID_PT.rin = rdig(9)
SURROGACY = COUPLES[11]

STAFF = [("Hiroshi Nakamura", "hnakamura", "MD"), ("Olivia Brandt", "obrandt", "MD"),
         ("Samuel Adeyemi", "sadeyemi", "MD"), ("Marta Rossi", "mrossi", "EMB"),
         ("Kwame Mensah", "kmensah", "EMB"), ("Inês Carvalho", "icarvalho", "EMB"),
         ("Ji-ho Lim", "jlim", "EMB"), ("Beatriz Santos", "bsantos", "RN"),
         ("Rachel Okonkwo", "rokonkwo", "RN"), ("Tamar Levi", "tlevi", "RN"),
         ("Trevor Mills", "tmills", "BILL"), ("Ana Kovač", "akovac", "BILL"),
         ("Diego Ortega", "dortega", "FD")]
MDS = [s for s in STAFF if s[2] == "MD"]
EMBS = [s for s in STAFF if s[2] == "EMB"]
RNS = [s for s in STAFF if s[2] == "RN"]
STAFF_NPI = {s[1]: npi() for s in MDS}
STAFF_DEA = {s[1]: dea(s[0].split()[1]) for s in MDS}
COURIERS = [("Luis Ortega", "CCL-DRV-0417"), ("Dwayne Pritchard", "CCL-DRV-0388"), ("Mei-Ling Chao", "CCL-DRV-0451")]

CLINICS = [("Lumen Fertility - Lakeview", "3150 N Lake Shore Dr, Suite 1400", "Chicago", "IL", "60657", "(312) 555-0100", "(312) 555-0109"),
           ("Lumen Fertility - Oak Brook", "2201 Kensington Ct", "Oak Brook", "IL", "60523", "(630) 555-0120", "(630) 555-0129"),
           ("Lumen Fertility - Evanston", "1000 Central St, Suite 200", "Evanston", "IL", "60201", "(847) 555-0140", "(847) 555-0149"),
           ("Lumen Embryology Lab", "4400 W Foster Ave", "Chicago", "IL", "60630", "(773) 555-0160", "(773) 555-0169")]
DEST_CLINICS = [("Northshore Reproductive Center", "9 Riverside Plaza", "Milwaukee", "WI", "53202"),
                ("Pacific Coast Fertility", "1901 Wilshire Blvd, Ste 500", "Los Angeles", "CA", "90057"),
                ("Clínica Aurora Madrid", "Av. del Talgo 68", "Madrid", "", "28023"),
                ("Hudson Valley IVF", "45 Reade Pl", "Poughkeepsie", "NY", "12601"),
                ("Lone Star Cryobank", "7700 Brodie Ln", "Austin", "TX", "78745")]


def couple(partnered=False, us=False, intl=False):
    pool = COUPLES
    if partnered:
        pool = PARTNERED
    if us:
        pool = [c for c in pool if not c.intl]
    if intl:
        pool = INTL_COUPLES
    return random.choice(pool)


def staff(role=None):
    pool = [s for s in STAFF if role is None or s[2] == role]
    return random.choice(pool)


def tri(c):
    return c.b if c.b is not None else None


FORCED = [None]


def pick(opts):
    f = FORCED[0]
    if f is not None and f in opts:
        FORCED[0] = None
        return f
    return random.choice(opts)


# ================================================================ families
# 1. IVF cycle management API (Node.js, pino JSON)
PODS = ["ivfcm-api-7c9d5b8f4-x2kqp", "ivfcm-api-7c9d5b8f4-mm8rt", "ivfcm-worker-55f6c9d7b-9lzwn"]


def f_pino(want):
    t = tick()
    base = {"level": 30, "time": epoch_ms(t), "pid": 1, "hostname": random.choice(PODS)}
    rq = "req-" + ralnum(4, "0123456789abcdefghijklmnopqrstuvwxyz")
    c = couple()
    d = dict(base)
    if want:
        v = pick(["monitor", "trigger", "created", "beta", "consent", "valerr", "monitor"])
        if v == "monitor":
            d.update({"reqId": rq, "module": "stim", "patientId": Ph(c.a.mrn, "mrn"), "cycleId": c.cycle,
                      "visitDate": Ph(d_iso(soon(-3, 0)), "date"), "stimDay": random.randint(5, 11),
                      "e2_pg_ml": random.randint(380, 3900), "lh_miu_ml": round(random.uniform(0.6, 6.5), 1),
                      "p4_ng_ml": round(random.uniform(0.2, 1.4), 2),
                      "follicles": {"left": sorted([random.randint(8, 21) for _ in range(random.randint(2, 7))], reverse=True),
                                    "right": sorted([random.randint(8, 21) for _ in range(random.randint(2, 7))], reverse=True)},
                      "enteredBy": staff("RN")[1], "msg": "monitoring visit saved"})
        elif v == "trigger":
            d.update({"reqId": rq, "module": "stim",
                      "patient": {"mrn": Ph(c.a.mrn, "mrn"), "name": Ph(c.a.full, "name")},
                      "trigger": {"drug": random.choice(["Ovidrel 250 mcg", "Lupron 40 units", "Novarel 10000 IU", "dual: Lupron 40u + hCG 1000 IU"]),
                                  "at": Ph(d_iso(c.retrieval - dt.timedelta(days=2)) + "T21:30:00-05:00", "date")},
                      "retrievalDate": Ph(d_iso(c.retrieval), "date"), "orSlot": random.randint(1, 6),
                      "msg": "trigger instructions queued"})
        elif v == "created":
            pt = {"mrn": Ph(c.a.mrn, "mrn"), "firstName": Ph(c.a.first, "name"), "lastName": Ph(c.a.last, "name"),
                  "dob": Ph(d_iso(c.a.dob), "date"), "amh": round(random.uniform(0.4, 6.8), 2)}
            if random.random() < 0.5:
                pt["coverage"] = {"payer": c.a.ins_name, "memberId": Ph(c.a.member, "health_plan"), "groupNo": "%07d" % random.randint(100000, 9999999)}
            d.update({"reqId": rq, "module": "cycles",
                      "cycle": {"id": c.cycle, "type": random.choice(["IVF-ICSI", "IVF", "FET", "EGG_FREEZE", "DONOR_EGG_IVF"]),
                                "protocol": random.choice(["antagonist", "long-lupron", "microdose-flare", "PPOS"])},
                      "patient": pt})
            if c.b:
                d["partner"] = {"mrn": Ph(c.b.mrn, "mrn"), "firstName": Ph(c.b.first, "name"), "lastName": Ph(c.b.last, "name"),
                                "dob": Ph(d_iso(c.b.dob), "date"), "role": "SPERM_SOURCE" if c.b.sex == "M" else "CO_PARENT"}
            else:
                d["spermSource"] = {"type": "DONOR", "bank": random.choice(["Seattle Sperm Bank", "California Cryobank", "Fairfax Cryobank"]),
                                    "donorId": random.choice(SPERM_BANK_DONORS), "vials": random.randint(1, 3)}
            d["msg"] = "cycle created"
        elif v == "beta":
            coll = soon(-1, 0)
            d.update({"reqId": rq, "module": "results", "mrn": Ph(c.a.mrn, "mrn"),
                      "transferDate": Ph(d_iso(coll - dt.timedelta(days=9)), "date"), "collectedOn": Ph(d_iso(coll), "date"),
                      "analyte": "hCG-beta", "value": round(random.uniform(2, 640), 1), "unit": "mIU/mL",
                      "notify": ["patient_app", "nurse_inbox"], "msg": "beta hCG result posted"})
        elif v == "consent":
            signers = [{"role": "patient", "name": Ph(c.a.full, "name"), "email": Ph(c.a.email, "email")}]
            if c.b:
                signers.append({"role": "partner", "name": Ph(c.b.full, "name"), "email": Ph(c.b.email, "email")})
            d.update({"reqId": rq, "module": "consents", "envelopeId": uuid4(), "form": random.choice(["Embryo Disposition v7", "ICSI & Assisted Hatching v3", "Cryostorage Agreement 2024-01"]),
                      "signers": signers, "msg": "consent packet completed"})
        else:
            d["level"] = 50
            d.update({"reqId": rq, "module": "cycles",
                      "err": {"type": "ValidationError", "message": "lmpDate must be after dob", "stack": "ValidationError: lmpDate must be after dob\n    at validateCycle (/app/src/cycles/validate.js:41:11)"},
                      "body": {"mrn": Ph(c.a.mrn, "mrn"), "dob": Ph(d_iso(c.a.dob), "date"), "lmpDate": Ph(d_iso(c.lmp), "date"), "protocol": "antagonist"},
                      "msg": "request validation failed"})
    else:
        v = pick(["done", "incoming", "state", "lag", "dberr", "proto", "done"])
        if v == "done":
            d.update({"reqId": rq, "res": {"statusCode": random.choice([200, 200, 201, 204, 304, 404])},
                      "responseTime": round(random.uniform(3, 480), 1), "msg": "request completed"})
        elif v == "incoming":
            d.update({"reqId": rq, "req": {"method": random.choice(["GET", "POST", "PATCH"]),
                      "url": random.choice(["/v1/protocols/antagonist-std", "/v1/cycles/%s/state" % c.cycle, "/v1/schedule/or?date=2024-03-%02d" % random.randint(12, 22),
                                            "/v1/labs/panels", "/v1/meds/formulary?q=menopur"]),
                      "remoteAddress": "10.42.%d.%d" % (random.randint(0, 9), random.randint(2, 250)), "remotePort": random.randint(32768, 60999)},
                      "msg": "incoming request"})
        elif v == "state":
            d.update({"module": "cycles", "cycleId": c.cycle,
                      "from": random.choice(["BASELINE", "STIMULATION", "TRIGGERED", "RETRIEVED"]),
                      "to": random.choice(["STIMULATION", "TRIGGERED", "RETRIEVED", "CULTURE", "CANCELLED"]),
                      "actor": staff("MD")[1], "msg": "cycle state changed"})
        elif v == "lag":
            d["level"] = 40
            d.update({"module": "lab-sync", "queue": "embryology-sync", "lagMs": random.randint(4000, 45000), "pending": random.randint(3, 140),
                      "msg": "lab sync lagging behind"})
        elif v == "dberr":
            d["level"] = 50
            d.update({"err": {"type": "SequelizeConnectionError", "message": "connect ETIMEDOUT 10.42.8.5:5432"},
                      "retryInMs": random.choice([500, 1000, 2000]), "msg": "db connection failed"})
        else:
            d.update({"module": "protocols", "templateId": "tpl_%s_v%d" % (random.choice(["antagonist", "ppos", "fet_natural", "fet_hrt"]), random.randint(3, 14)),
                      "changedBy": staff("MD")[1], "fields": random.sample(["gonadotropinStartDose", "triggerCriteria", "lhSuppression", "e2Ceiling", "p4Cutoff"], 2),
                      "msg": "protocol template updated"})
    return [Line("pino-ivfcm", jcompact(d))]


# 2. OR / retrieval scheduler (Spring Boot)
SPRING_THREADS = ["nio-8080-exec-3", "nio-8080-exec-7", "scheduling-1", "   task-2", "nio-8080-exec-11"]


def spring_prefix(level, logger):
    t = loc(tick())
    return "%s.%s %5s 1 --- [%15s] %-40s : " % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), level, random.choice(SPRING_THREADS)[-15:], logger)


def f_spring(want):
    c = couple()
    md = staff("MD")
    if want:
        v = pick(["book", "remind", "resched", "escort"])
        if v == "book":
            return [Line("spring-scheduler", spring_prefix("INFO", "c.l.ivf.schedule.RetrievalScheduler"),
                         "Booked OR slot %d for MRN " % random.randint(1, 6), Ph(c.a.mrn, "mrn"), " (",
                         Ph(c.a.last.upper() + ", " + c.a.first.upper(), "name"), ") on ", Ph(d_iso(c.retrieval), "date"),
                         " 07:%02d anesthesia=MAC physician=Dr. %s" % (random.choice([0, 15, 30, 45]), md[0].split()[1]))]
        if v == "remind":
            return [Line("spring-scheduler", spring_prefix("INFO", "c.l.ivf.notify.TransferReminderJob"),
                         "Queued transfer reminder patient_id=", Ph(c.a.mrn, "mrn"), " appt=",
                         Ph(d_iso(c.transfer) + "T%02d:%02d" % (random.randint(8, 11), random.choice([0, 15, 30, 45])), "date"),
                         " channel=%s" % random.choice(["SMS", "PUSH", "EMAIL"]))]
        if v == "resched":
            old = c.retrieval
            new = old + dt.timedelta(days=1)
            return [Line("spring-scheduler", spring_prefix("WARN", "c.l.ivf.schedule.RetrievalScheduler"),
                         "Retrieval moved for ", Ph(c.a.full, "name"), " [", Ph(c.a.mrn, "mrn"), "] from ", Ph(d_iso(old), "date"),
                         " to ", Ph(d_iso(new), "date"), " reason=E2_PLATEAU requestedBy=%s" % md[1])]
        p = c.b
        if p is None:
            return [Line("spring-scheduler", spring_prefix("WARN", "c.l.ivf.schedule.EscortValidator"),
                         "No escort on file for MRN ", Ph(c.a.mrn, "mrn"), " retrieval ", Ph(d_iso(c.retrieval), "date"),
                         "; patient callback ", Ph(phone_fmt(c.a, "dash"), "phone"))]
        return [Line("spring-scheduler", spring_prefix("INFO", "c.l.ivf.schedule.EscortValidator"),
                     "Escort confirmed for MRN ", Ph(c.a.mrn, "mrn"), ": ", Ph(p.full, "name"), " (partner) tel ",
                     Ph(phone_fmt(p, "paren"), "phone"))]
    v = pick(["hikari", "started", "util", "quartz", "slow", "util"])
    if v == "hikari":
        return [Line("spring-scheduler", spring_prefix("WARN", "com.zaxxer.hikari.pool.HikariPool"),
                     "HikariPool-1 - Connection is not available, request timed out after 30000ms.")]
    if v == "started":
        return [Line("spring-scheduler", spring_prefix("INFO", "c.l.ivf.IvfSchedulerApplication"),
                     "Started IvfSchedulerApplication in %.3f seconds (JVM running for %.3f)" % (random.uniform(9, 16), random.uniform(16, 19)))]
    if v == "util":
        return [Line("spring-scheduler", spring_prefix("INFO", "c.l.ivf.schedule.OrCapacityReport"),
                     "OR utilization %s site=%s: %d/12 slots, %d embryologists on shift" % (
                         d_iso(soon(1, 9)), random.choice(["LKV", "OBK", "EVN"]), random.randint(5, 12), random.randint(2, 4)))]
    if v == "quartz":
        return [Line("spring-scheduler", spring_prefix("INFO", "o.q.core.JobRunShell"),
                     "Job DEFAULT.nightlyCycleRollup completed in %d ms, %d cycles processed" % (random.randint(800, 9000), random.randint(120, 400)))]
    return [Line("spring-scheduler", spring_prefix("WARN", "o.h.e.j.s.SqlExceptionHelper"),
                 "Slow query (%s ms): select c.id, c.status from cycle c where c.site_id=? and c.retrieval_date between ? and ?" % "{:,}".format(random.randint(1100, 4800)))]


# 3. HL7 v2 raw archive (one segment per line)
def hl7_ts(t):
    return loc(t).strftime("%Y%m%d%H%M%S") + "-0500"


def msh(mtype, ctrl):
    return "MSH|^~\\&|LUMEN_IVF|LUMEN|%s|%s|%s||%s|%s|P|2.5.1|||AL|NE" % (
        random.choice(["LABCORP", "QUEST", "EPIC_ADT"]), random.choice(["LC_CHI", "QDI", "NMH"]), hl7_ts(now()), mtype, ctrl)


def pid_parts(c, p, full=True):
    parts = ["PID|1||", Ph(p.mrn, "mrn"), "^^^LUMEN^MR||", Ph(p.last.upper(), "name"), "^", Ph(p.first.upper(), "name"),
             "^^^^^L||", Ph(d_hl7(p.dob), "date"), "|%s" % p.sex]
    if not full:
        return parts
    parts += ["|||", Ph(c.street, "address"), "^"]
    if c.unit:
        parts += [Ph(c.unit, "address")]
    parts += ["^", Ph(c.city, "address"), "^%s^" % c.state, Ph(c.zip, "zip"), "^USA^H^^", Ph(c.county, "address"), "||",
              Ph(phone_fmt(p, "hl7"), "phone"), "^PRN^PH~^NET^Internet^", Ph(p.email, "email")]
    if random.random() < 0.4:
        a, b, _ = p.ph
        parts += ["~", Ph("(%s)%s-01%02d" % (a, "555", random.randint(0, 99)), "fax"), "^PRN^FX"]
    parts += ["||%s|%s||" % (random.choice(["ENG", "SPA", "POL", "VIE", "KOR"]), random.choice(["M", "S", "M"])),
              Ph(c.acct, "account"), "|", Ph(p.ssn, "ssn"), "|", Ph(p.dl, "license"), "^" + p.state]
    return parts


def f_hl7raw(want):
    t = tick()
    ctrl = "LMN%08d" % random.randint(100000, 99999999)
    fam = "hl7-raw"
    if not want:
        v = pick(["ack", "ack", "ack", "batch"])
        if v == "ack":
            return [Line(fam, msh("ACK^A04^ACK", ctrl)), Line(fam, "MSA|AA|LMN%08d|Message accepted" % random.randint(100000, 99999999))]
        return [Line(fam, "FHS|^~\\&|LUMEN_IVF|LUMEN|LABCORP|LC_CHI|%s||ORM_%s.hl7" % (hl7_ts(t), loc(t).strftime("%Y%m%d"))),
                Line(fam, "BHS|^~\\&|LUMEN_IVF|LUMEN|LABCORP|LC_CHI|%s" % hl7_ts(t)),
                Line(fam, "BTS|%d" % random.randint(3, 40)), Line(fam, "FTS|1")]
    c = couple(us=True)
    md = staff("MD")
    if random.random() < 0.6:
        out = [Line(fam, msh("ADT^A04^ADT_A01", ctrl)),
               Line(fam, "EVN|A04|%s|||%s^%s^%s" % ((hl7_ts(t),) + (lambda s: (s[1], s[0].split()[1].upper(), s[0].split()[0].upper()))(staff("RN")))),
               Line(fam, pid_parts(c, c.a))]
        if c.b:
            out.append(Line(fam, "NK1|1|", Ph(c.b.last.upper(), "name"), "^", Ph(c.b.first.upper(), "name"),
                            "|%s|" % random.choice(["SPO^Spouse^HL70063", "DOM^Life partner^HL70063"]),
                            Ph(c.street, "address"), "^^", Ph(c.city, "address"), "^%s^" % c.state, Ph(c.zip, "zip"), "|",
                            Ph(phone_fmt(c.b, "hl7"), "phone"), "||EC^Emergency Contact^HL70131"))
        out.append(Line(fam, "PV1|1|O|LKV^EXAM%d^^LUMEN||||%s^%s^%s^^^MD|||REI||||||||OP" % (
            random.randint(1, 9), STAFF_NPI[md[1]], md[0].split()[1].upper(), md[0].split()[0].upper())))
        f = [""] * 37
        f[0] = "IN1"
        f[1] = "1"
        f[2] = random.choice(["PPO01", "HMO02", "EPO01"])
        f[3] = "60054^^^^NAIC"
        f[4] = c.a.ins_name
        f[5] = "PO BOX 981106^^EL PASO^TX^79998-1106"
        f[7] = "(800)555-0150"
        f[8] = "%07d-%02d-%03d" % (random.randint(100000, 9999999), random.randint(1, 99), random.randint(1, 20))
        f[9] = random.choice(["NORTHWESTERN MEDICINE", "CITY OF CHICAGO", "ACME LOGISTICS INC", "UNIV OF ILLINOIS"])
        parts = ["|".join(f[:16]), "|", Ph(c.a.last.upper(), "name"), "^", Ph(c.a.first.upper(), "name"), "|18^Self|",
                 Ph(d_hl7(c.a.dob), "date"), "|" * 18, Ph(c.a.member, "health_plan")]
        out.append(Line(fam, parts))
        if c.b and random.random() < 0.6:
            out.append(Line(fam, "GT1|1||", Ph(c.b.last.upper(), "name"), "^", Ph(c.b.first.upper(), "name"), "||",
                            Ph(c.street, "address"), "^^", Ph(c.city, "address"), "^%s^" % c.state, Ph(c.zip, "zip"), "|",
                            Ph(phone_fmt(c.b, "hl7"), "phone"), "||", Ph(d_hl7(c.b.dob), "date"), "|%s||SPO|" % c.b.sex,
                            Ph(c.b.ssn, "ssn")))
        return out
    # ORU result message
    coll = dt.datetime.combine(soon(-2, 0), dt.time(random.randint(6, 10), random.choice([0, 10, 25, 40])))
    tests = random.sample([("83520", "AMH", "21198-7", "Anti-Mullerian hormone", "ng/mL", lambda: "%.2f" % random.uniform(0.3, 7.5), "1.0-10.0"),
                           ("83001", "FSH", "15067-2", "Follitropin", "mIU/mL", lambda: "%.1f" % random.uniform(3, 14), "3.5-12.5"),
                           ("82670", "E2", "2243-4", "Estradiol", "pg/mL", lambda: str(random.randint(40, 3800)), "-"),
                           ("84144", "P4", "2839-9", "Progesterone", "ng/mL", lambda: "%.2f" % random.uniform(0.1, 1.6), "<1.5"),
                           ("84702", "HCGQ", "21198-7", "hCG beta quant", "mIU/mL", lambda: "%.1f" % random.uniform(1, 700), "<5")], random.randint(2, 4))
    out = [Line(fam, msh("ORU^R01^ORU_R01", ctrl)),
           Line(fam, pid_parts(c, c.a, full=False)),
           Line(fam, "ORC|RE|ORD%06d^LUMEN|LC%08d^LABCORP||CM||||%s|||%s^%s^%s^^^MD" % (
               random.randint(100000, 999999), random.randint(10000000, 99999999), hl7_ts(t), STAFF_NPI[md[1]],
               md[0].split()[1].upper(), md[0].split()[0].upper())),
           Line(fam, "OBR|1|ORD%06d^LUMEN|LC%08d^LABCORP|%s^%s^CPT|||" % (random.randint(100000, 999999), random.randint(10000000, 99999999), tests[0][0], tests[0][1]),
                Ph(coll.strftime("%Y%m%d%H%M"), "date"), "|||||||||%s^%s^%s^^^MD||||||||F" % (
                    STAFF_NPI[md[1]], md[0].split()[1].upper(), md[0].split()[0].upper()))]
    for i, tt in enumerate(tests, 1):
        out.append(Line(fam, "OBX|%d|NM|%s^%s^LN||%s|%s|%s|%s|||F" % (i, tt[2], tt[3], tt[5](), tt[4], tt[6], random.choice(["N", "", "H", "L"]))))
    return out


# 4. Mirth-style JSON with embedded HL7
def f_mirth(want):
    t = tick()
    chan = random.choice(["ADT_IN_EPIC", "ORU_IN_LabCorp", "ORM_OUT_LabCorp", "SIU_OUT_Portal"])
    base = {"@timestamp": iso_z(t), "log.level": "INFO", "service.name": "mirth-connect", "channel": chan,
            "messageId": random.randint(100000, 999999)}
    if want:
        c = couple(us=True)
        fullpid = random.random() < 0.5
        segs = [msh("ORM^O01^ORM_O01", "LMN%08d" % random.randint(100000, 99999999)), "\r"] + pid_parts(c, c.a, full=fullpid)
        if fullpid:
            segs += ["\r", "IN1|1|%s|60054^^^^NAIC|%s|||||||||||" % (random.choice(["PPO01", "HMO02"]), c.a.ins_name), Ph(c.a.last.upper(), "name"), "^",
                     Ph(c.a.first.upper(), "name"), "|18^Self|", Ph(d_hl7(c.a.dob), "date"), "|" * 18, Ph(c.a.member, "health_plan")]
        segs += ["\r", "ORC|NW|ORD%06d^LUMEN||||||||%s" % (random.randint(100000, 999999), hl7_ts(t)), "\r",
                 "OBR|1|ORD%06d^LUMEN||%s^%s^CPT|||" % (random.randint(100000, 999999), random.choice(["89320", "89321", "86592"]),
                                                       random.choice(["Semen analysis complete", "Sperm presence", "Syphilis screen"])),
                 Ph(d_hl7(soon(0, 3)) + "0800", "date")]
        base.update({"event": "RECEIVED", "raw": Cs(*segs)})
    else:
        v = pick(["sent", "err", "queued"])
        if v == "sent":
            base.update({"event": "SENT", "destination": "tcp://10.30.1.44:6661", "ackCode": "AA", "durationMs": random.randint(18, 220)})
        elif v == "err":
            base["log.level"] = "ERROR"
            base.update({"event": "ERROR", "destination": "tcp://10.30.1.44:6661",
                         "error": "java.net.SocketTimeoutException: connect timed out", "attempt": random.randint(1, 5)})
        else:
            base.update({"event": "QUEUED", "queueDepth": random.randint(0, 320), "oldestAgeSec": random.randint(0, 900)})
    return [Line("mirth-json", jcompact(base))]


# 5. Time-lapse incubator logs (two vendors)
TL_UNITS = ["ES+ #4012", "ES+ #4187", "GERI-B 0117"]


def tl_prefix(unit, level, comp):
    t = tick(2, 240)
    lt = loc(t)
    if unit.startswith("GERI"):
        return "%s | %s | %-5s | %s | " % (lt.strftime("%d/%m/%Y %H:%M:%S"), "Chamber %d" % random.randint(1, 6), level, comp)
    return "%s.%s [%s] [%-5s] %s: " % (lt.strftime("%Y-%m-%d %H:%M:%S"), ms(lt), unit, level, comp)


def slide_id():
    return "S24%02d-%04d" % (random.randint(2, 3), random.randint(100, 999))


def f_tl(want):
    unit = random.choice(TL_UNITS)
    fam = "tl-incubator"
    c = couple()
    if want:
        v = pick(["reg", "export", "geri", "transfer"])
        if v == "reg" or (v == "geri" and not unit.startswith("GERI")):
            ins = dt.datetime.combine(c.retrieval, dt.time(random.randint(9, 14), random.choice([5, 20, 40, 55])))
            return [Line(fam, tl_prefix(unit, "INFO", "SlideManager"), "Slide %s registered in slot %d: PatientName=\"" % (slide_id(), random.randint(1, 15)),
                         Ph(c.a.last.upper(), "name"), "^", Ph(c.a.first, "name"), "\" PatientID=", Ph(c.a.mrn, "mrn"), " BirthDate=",
                         Ph(d_eu(c.a.dob), "date"), " InseminationTime=", Ph(ins.strftime("%d.%m.%Y %H:%M"), "date"),
                         " Method=%s Wells=%d" % (random.choice(["ICSI", "IVF", "ICSI"]), random.randint(3, 16)))]
        if v == "export":
            return [Line(fam, tl_prefix(unit, "INFO", "ReportExport"), "Report exported to \\\\labfs01\\reports\\2024\\03\\",
                         Ph(slug(c.a.last).upper(), "name"), "_", Ph(slug(c.a.first.split()[0]).capitalize(), "name"), "_",
                         Ph(c.a.mrn, "mrn"), "_%s.pdf (%d pages)" % (slide_id(), random.randint(2, 6)))]
        if v == "geri":
            parts = [tl_prefix(unit, "INFO", "Assign"), "Chamber assigned to patient \"", Ph(c.a.full, "name"), "\" (MRN ", Ph(c.a.mrn, "mrn"), ")"]
            if c.b:
                parts += [", partner \"", Ph(c.b.full, "name"), "\""]
            parts += [", insemination ", Ph(c.retrieval.strftime("%d/%m/%Y"), "date")]
            return [Line(fam, parts)]
        return [Line(fam, tl_prefix(unit, "INFO", "Decision"), "Transfer decision saved: patient=", Ph(c.a.mrn, "mrn"),
                     " slide=%s well=%d KIDScore=%.1f selectedBy=%s" % (slide_id(), random.randint(1, 16), random.uniform(4, 9.8), staff("EMB")[1]))]
    v = pick(["env", "acq", "ann", "door", "alarm", "gas", "env", "ann", "svc"])
    if v == "svc":
        return [Line(fam, tl_prefix(unit, "INFO", "Service"), "Preventive maintenance by field engineer %s (ticket SR-%s), next PM due %s" % (
            random.choice(["Henrik Aalto", "Priyanka Desai", "Tom Whitaker"]), rdig(7), random.choice(["2024-09-14", "2024-09-21", "2024-10-02"])))]
    if v == "env":
        return [Line(fam, tl_prefix(unit, "INFO", "Env"), "T=%.1fC CO2=%.2f%% O2=%.2f%% P=%dhPa flow=OK" % (
            random.uniform(36.9, 37.2), random.uniform(5.8, 6.2), random.uniform(4.9, 5.1), random.randint(1004, 1021)))]
    if v == "acq":
        return [Line(fam, tl_prefix(unit, "INFO", "Imaging"), "Acquisition cycle %d complete: %d wells x %d focal planes, %.1f s" % (
            random.randint(20, 600), random.randint(4, 16), random.choice([7, 11]), random.uniform(6, 14)))]
    if v == "ann":
        return [Line(fam, tl_prefix(unit, "INFO", "Annotation"), "slide=%s well=%d tPB2=%.1fh tPNf=%.1fh t2=%.1fh t4=%.1fh t8=%.1fh tB=%.1fh by %s" % (
            slide_id(), random.randint(1, 16), random.uniform(3, 5), random.uniform(21, 25), random.uniform(24, 28),
            random.uniform(35, 40), random.uniform(52, 60), random.uniform(100, 115), staff("EMB")[1]))]
    if v == "door":
        return [Line(fam, tl_prefix(unit, "INFO", "Hatch"), "Load door opened slot %d (duration %d s)" % (random.randint(1, 15), random.randint(6, 40)))]
    if v == "alarm":
        return [Line(fam, tl_prefix(unit, "WARN", "Alarm"), "O2 deviation %.1f%% > 5.5%% for %d s, recovering" % (random.uniform(5.6, 6.4), random.randint(60, 300)))]
    return [Line(fam, tl_prefix(unit, "INFO", "Gas"), "Cylinder switch N2 bank A->B, pressure A=%d bar lot %s" % (random.randint(5, 20), "G" + rdig(6)))]


# 6. Cryo storage tank monitoring (syslog 5424/3164)
TANKS = ["LN2-%02d" % i for i in range(1, 13)]
PRI = {"info": 134, "warn": 132, "err": 131, "notice": 133}


def sys5424(sev, host, app, pid, msgid, sd, msg):
    t = tick(5, 400)
    return ["<%d>1 %s %s %s %d %s %s " % (PRI[sev], iso_z(t), host, app, pid, msgid, sd)] + (msg if isinstance(msg, list) else [msg])


def sys3164(sev, host, app, pid, msg):
    t = tick(5, 400)
    lt = loc(t)
    return ["<%d>%s %2d %s %s %s[%d]: " % (PRI[sev], lt.strftime("%b"), lt.day, lt.strftime("%H:%M:%S"), host, app, pid)] + (msg if isinstance(msg, list) else [msg])


def f_cryo(want):
    fam = "syslog-cryo"
    if want:
        c = couple()
        v = pick(["audit", "consent", "legacy", "thaw", "audit"])
        if v == "audit":
            parts = ["AUDIT user=%s action=%s tank=%s canister=%d cane=%s pos=%d owner=\"" % (
                staff("EMB")[1], random.choice(["RETRIEVE", "RELOCATE", "VERIFY"]), random.choice(TANKS), random.randint(1, 6),
                "C%d-%02d" % (random.randint(1, 6), random.randint(1, 20)), random.randint(1, 4)), Ph(c.a.full, "name"), "\""]
            if c.b:
                parts += [" partner=\"", Ph(c.b.full, "name"), "\""]
            parts += [" mrn=", Ph(c.a.mrn, "mrn"), " specimen=%s straws=%d frozen=" % (random.choice(["EMB-VIT", "OOC-VIT", "SPERM"]), random.randint(1, 4)),
                      Ph(d_iso(rdate(2019, 2023)), "date")]
            return [Line(fam, sys3164("info", "cryomon-02", "inventoryd", 884, parts))]
        if v == "consent":
            return [Line(fam, sys3164("notice", "cryomon-02", "consentd", 1201, ["storage consent for MRN ", Ph(c.a.mrn, "mrn"), " expires ",
                                                                              Ph(d_iso(soon(20, 80)), "date"), "; reminder #%d sent" % random.randint(1, 3)]))]
        if v == "legacy":
            p = LEGACY
            return [Line(fam, sys5424("notice", "cryomon-01.lab.lumenfert.local", "inventoryd", 884, "LEGACY", "-",
                                      ["legacy lot L-1987-0442 depositor \"", Ph(p.last.upper() + ", " + p.first, "name"), "\" DOB ",
                                       Ph(d_iso(p.dob), "date"), " age ", Ph(str(p.age), "age"), " agreement=ACTIVE tank=LN2-11 billing_acct=",
                                       Ph(LEGACY.acct, "account")]))]
        parts = ["THAW scheduled tank=%s can=%d cane=B-%02d patient=" % (random.choice(TANKS), random.randint(1, 6), random.randint(1, 20)), Ph(c.a.mrn, "mrn")]
        if c.b:
            parts += [" partner=", Ph(c.b.mrn, "mrn")]
        parts += [" embryos=1 transfer_date=", Ph(d_iso(c.transfer), "date")]
        return [Line(fam, sys5424("info", "cryomon-01.lab.lumenfert.local", "inventoryd", 884, "THAW", "-", parts))]
    v = pick(["level", "level", "alarm", "fill", "batt", "ntp", "ln2"])
    if v == "ln2":
        return [Line(fam, sys3164("info", "cryomon-02", "inventoryd", 884, "BULK delivery received 1,820 L LN2 invoice AG-%s signed_by=\"%s\" next_delivery=2024-03-%02d" % (
            rdig(8), random.choice(["Kwame Mensah", "Ji-ho Lim", "Marta Rossi"]), random.randint(18, 28))))]
    tank = random.choice(TANKS)
    if v == "level":
        return [Line(fam, sys5424("info", "cryomon-01.lab.lumenfert.local", "tankwatchd", 2231, "LEVEL", '[tank@32473 id="%s" zone="Vault%s"]' % (tank, random.choice("AB")),
                                  "level=%.1fcm temp_top=%.1fC temp_bottom=%.1fC lid=closed battery=%d%%" % (
                                      random.uniform(18, 42), random.uniform(-192, -185), random.uniform(-196, -194), random.randint(60, 100))))]
    if v == "alarm":
        return [Line(fam, sys3164("err", "cryomon-01", "tankwatchd", 2231, "ALARM tank=%s type=LOW_LEVEL level=%.1fcm threshold=15.0cm notify=oncall-embryology@lumenfert.com page=+13125550100" % (
            tank, random.uniform(10, 14.9))))]
    if v == "fill":
        return [Line(fam, sys3164("info", "cryomon-01", "autofilld", 2240, "AUTOFILL %s tank=%s supply=BULK-1 valve=V%d psi=%.1f dur=%ds" % (
            random.choice(["start", "stop"]), tank, random.randint(1, 8), random.uniform(18, 26), random.randint(60, 400))))]
    if v == "batt":
        return [Line(fam, sys5424("warn", "cryomon-01.lab.lumenfert.local", "tankwatchd", 2231, "SENSOR", "-",
                                  "sensor TW-%s-%04d battery low (%d%%), last calibration 2023-%02d-%02d" % (
                                      tank[-2:], random.randint(1000, 9999), random.randint(5, 19), random.randint(1, 12), random.randint(1, 28))))]
    return [Line(fam, sys3164("info", "cryomon-02", "chronyd", 612, "Selected source 10.0.0.%d (ntp1.lumenfert.local), offset %+.6f s" % (
        random.randint(2, 9), random.uniform(-0.002, 0.002))))]


# 7. Witnessing system (RFID)
def rfid():
    return "E28011606000020" + hexid(9).upper()


def wt_prefix(level):
    t = loc(tick(2, 200))
    return "[%s.%s] [WS-%s] [%-5s] " % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), random.choice(["LAB1", "LAB2", "ANDRO", "CRYO"]), level)


def f_witness(want):
    fam = "witness-log"
    if want:
        c = couple(partnered=True)
        v = pick(["ok", "mismatch", "card", "bio", "ok", "bio"])
        if v == "ok":
            return [Line(fam, wt_prefix("INFO"), "WITNESS_OK step=%s dish=RFID:%s card=PT:" % (random.choice(["OOCYTE_COLLECTION", "SPERM_PREP", "ICSI", "TRANSFER", "VITRIFICATION"]), rfid()),
                         Ph(c.a.mrn, "mrn"), " name=\"", Ph(c.a.last.upper() + ", " + c.a.first, "name"), "\" partner=\"",
                         Ph(c.b.last.upper() + ", " + c.b.first, "name"), "\" operator=%s witness=AUTO" % staff("EMB")[1])]
        if v == "mismatch":
            return [Line(fam, wt_prefix("WARN"), "MISMATCH area=WA-%d expected=\"" % random.randint(1, 6), Ph(c.a.last.upper() + ", " + c.a.first, "name"),
                         " (", Ph(c.a.mrn, "mrn"), ")\" detected=\"", Ph(c.b.last.upper() + ", " + c.b.first, "name"), " (", Ph(c.b.mrn, "mrn"),
                         ")\" tags=[%s,%s] action=BLOCKED ack_by=%s" % (rfid(), rfid(), staff("EMB")[1]))]
        if v == "card":
            return [Line(fam, wt_prefix("INFO"), "ID card printed card_no=PT:", Ph(c.a.mrn, "mrn"), " holder=\"", Ph(c.a.full, "name"), "\" dob=",
                         Ph(d_us(c.a.dob), "date"), " printer=ZD421-%s" % rdig(4))]
        return [Line(fam, wt_prefix("INFO"), "PATIENT_ID_VERIFY card=PT:", Ph(c.a.mrn, "mrn"), " method=PALMVEIN score=%.3f template=" % random.uniform(0.9, 0.999),
                     Ph(fmr_b64(random.randint(180, 300)), "biometric"))]
    v = pick(["hb", "write", "session", "fw", "hb", "clear"])
    if v == "hb":
        return [Line(fam, wt_prefix("INFO"), "reader WA-%d heartbeat rssi=-%ddBm tags_in_field=%d fw=4.2.17" % (random.randint(1, 6), random.randint(38, 70), random.randint(0, 3)))]
    if v == "write":
        return [Line(fam, wt_prefix("INFO"), "tag write ok tag=%s label=%s lot=LT24%02d-%03d" % (rfid(), random.choice(["DISH_35MM", "TUBE_5ML", "CRYO_STRAW", "CENTER_WELL"]),
                                                                                               random.randint(1, 3), random.randint(1, 400)))]
    if v == "session":
        return [Line(fam, wt_prefix("INFO"), "session opened operator=%s workstation=WA-%d badge=%s" % (staff("EMB")[1], random.randint(1, 6), "B" + rdig(5)))]
    if v == "fw":
        return [Line(fam, wt_prefix("WARN"), "reader WA-%d firmware 4.2.15 < required 4.2.17, update scheduled 2024-03-%02d 22:00" % (random.randint(1, 6), random.randint(14, 28)))]
    return [Line(fam, wt_prefix("INFO"), "work area WA-%d cleared, %d tags released" % (random.randint(1, 6), random.randint(1, 8)))]


# 8. Donor program CSV exports
def f_donor(want):
    fam = "donor-csv"
    out = []
    if not want:
        out.append(Line(fam, "donor_code,program,blood_type,cmv,height_cm,weight_kg,eye_color,hair_color,ancestry,education,amh_ng_ml,cycles_completed,status,updated_at"))
        for d in random.sample(EGG_DONORS, random.randint(2, 4)):
            out.append(Line(fam, csvrow([d.code, "EGG", random.choice(["O+", "A+", "B+", "O-", "AB+"]), random.choice(["NEG", "POS"]),
                                         str(random.randint(155, 180)), str(random.randint(50, 75)), random.choice(["Brown", "Hazel", "Blue", "Green"]),
                                         random.choice(["Brown", "Black", "Blonde", "Auburn"]), random.choice(["Polish, Irish", "Zulu", "Mexican", "Swedish", "Japanese", "Dutch, German"]),
                                         random.choice(["BSN Nursing", "BA Psychology", "MS Biology", "Some college"]), "%.1f" % random.uniform(2, 7),
                                         str(random.randint(0, 5)), random.choice(["AVAILABLE", "IN_CYCLE", "ON_HOLD"]), iso_z(now())])))
        return out
    v = pick(["match", "comp", "vials"])
    if v == "match":
        out.append(Line(fam, "match_id,donor_code,recipient_mrn,recipient_name,recipient_dob,partner_name,partner_mrn,sync_start,eggs_allocated,coordinator"))
        for c in random.sample(COUPLES, random.randint(2, 4)):
            d = random.choice(EGG_DONORS)
            row = ["M-24-%04d" % random.randint(1, 999), d.code, Ph(c.a.mrn, "mrn"), Ph(c.a.last + ", " + c.a.first, "name"), Ph(d_iso(c.a.dob), "date")]
            row += [Ph(c.b.full, "name"), Ph(c.b.mrn, "mrn")] if c.b else ["", ""]
            row += [Ph(d_iso(c.lmp), "date"), str(random.choice([6, 8, 8, 10])), staff("RN")[0]]
            out.append(Line(fam, csvrow(row)))
        return out
    if v == "comp":
        out.append(Line(fam, "batch_id,donor_code,legal_name,ssn,dob,phone,payout_method,bank_routing,bank_account,amount_usd,license_no"))
        for d in random.sample(EGG_DONORS, random.randint(2, 3)):
            row = ["PAY-%s" % loc(now()).strftime("%Y%m%d"), d.code, Ph(d.full, "name"), Ph(d.ssn, "ssn"), Ph(d_iso(d.dob), "date"),
                   Ph(phone_fmt(d, "dash"), "phone"), "ACH", aba(), Ph(d.bank, "account"), "%.2f" % random.choice([8000, 9000, 10000, 1500]),
                   Ph(d.rn_license, "license") if d.rn_license else ""]
            out.append(Line(fam, csvrow(row)))
        return out
    out.append(Line(fam, "order_no,bank,bank_donor_id,vials,prep,recipient_mrn,recipient_last,ship_to,requested_by,status"))
    for c in random.sample(COUPLES, random.randint(2, 3)):
        row = ["SO-%06d" % random.randint(1000, 999999), random.choice(["Seattle Sperm Bank", "California Cryobank", "Fairfax Cryobank"]),
               random.choice(SPERM_BANK_DONORS), str(random.randint(1, 4)), random.choice(["IUI", "ICI"]), Ph(c.a.mrn, "mrn"),
               Ph(c.a.last, "name"), "Lumen Embryology Lab", staff("RN")[1], random.choice(["SHIPPED", "RECEIVED", "PENDING"])]
        out.append(Line(fam, csvrow(row)))
    return out


# 9. Patient app nginx access logs
UA_IOS = "LumenCare/5.3.%d (com.lumenfert.care; build:53%02d; iOS 17.%d.1) Alamofire/5.8.1"
UA_AND = "LumenCare/5.3.%d (Android 14; Pixel 7) okhttp/4.12.0"
UA_WEB = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15"


def nginx_ts(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def f_nginx(want):
    t = tick(1, 90)
    fam = "nginx-app"
    ua = random.choice([UA_IOS % (random.randint(0, 4), random.randint(0, 40), random.randint(2, 4)), UA_AND % random.randint(0, 4), UA_WEB])
    tail = ' rt=%.3f uct="0.000" urt="%.3f"' % (random.uniform(0.01, 0.9), random.uniform(0.01, 0.8))
    if want:
        c = couple()
        p = c.a if random.random() < 0.75 or not c.b else c.b
        v = pick(["mrn", "user", "ip", "thread", "mrn", "ref", "dev"])
        ref = "-"
        if v == "mrn":
            path = ["/api/v3/patients/", Ph(p.mrn, "mrn"), random.choice(["/cycles/current", "/meds/schedule", "/documents?limit=20", "/invoices"])]
        elif v == "user":
            path = ["/api/v3/users/", Ph(p.username, "other_id"), random.choice(["/avatar", "/preferences", "/devices"])]
        elif v == "thread":
            path = ["/api/v3/messages/threads?patient=", Ph(p.mrn, "mrn"), "&unread=1"]
        elif v == "dev":
            path = ["/api/v3/devices/", Ph(p.bbt_sn, "device"), "/readings?since=0"]
        elif v == "ref":
            path = ["/pay/estimate"]
            sl = "%s-and-%s-ivf-fund" % (slug(c.a.first.split()[0]), slug(c.b.first)) if c.b else "help-%s-%s-freeze-her-eggs" % (slug(c.a.first.split()[0]), slug(c.a.last))
            ref = Ph("https://www.gofundme.com/f/" + sl, "url")
            ua = UA_WEB
        else:
            path = [random.choice(["/api/v3/auth/refresh", "/api/v3/feed", "/api/v3/education/articles?topic=stims"])]
        flat_path = "".join(x if isinstance(x, str) else x.v for x in path)
        meth = random.choice(["GET", "GET", "POST"]) if flat_path.endswith(("refresh", "devices")) else ("PUT" if flat_path.endswith("preferences") else "GET")
        return [Line(fam, Ph(p.ip, "ip"), " - - [%s] \"%s " % (nginx_ts(t), meth), path,
                     " HTTP/2.0\" %d %d \"" % (random.choice([200, 200, 200, 204, 304]), random.randint(200, 48000)), ref, "\" \"%s\"" % ua, tail)]
    v = pick(["probe", "bot", "webhook", "office", "probe", "static"])
    if v == "probe":
        return [Line(fam, '10.42.0.1 - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28"%s' % (nginx_ts(t), tail))]
    if v == "bot":
        return [Line(fam, '66.249.66.%d - - [%s] "GET /locations/%s HTTP/1.1" 200 %d "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"%s' % (
            random.randint(1, 220), nginx_ts(t), random.choice(["oak-brook", "lakeview", "evanston", "egg-freezing-cost"]), random.randint(8000, 60000), tail))]
    if v == "webhook":
        return [Line(fam, '34.199.%d.%d - - [%s] "POST /webhooks/nestegg HTTP/1.1" 202 17 "-" "NestEgg-Webhooks/2.1"%s' % (
            random.randint(0, 255), random.randint(1, 254), nginx_ts(t), tail))]
    if v == "office":
        return [Line(fam, '192.168.20.%d - - [%s] "GET /admin/reports/daily-census?site=LKV HTTP/1.1" 200 %d "-" "%s"%s' % (
            random.randint(10, 90), nginx_ts(t), random.randint(2000, 9000), UA_WEB, tail))]
    return [Line(fam, '10.42.3.%d - - [%s] "GET /static/js/main.%s.js HTTP/1.1" 200 %d "-" "%s"%s' % (
        random.randint(2, 250), nginx_ts(t), hexid(8), random.randint(90000, 400000), UA_WEB, tail))]


# 10. Patient app events (Python json.dumps, ensure_ascii=True)
def f_appev(want):
    t = tick(1, 200)
    base = {"ts": iso_z(t), "level": "info", "service": "care-app-events", "host": "events-%d" % random.randint(1, 3)}
    if want:
        c = couple()
        p = c.a
        v = pick(["med", "pair", "imei", "face", "avatar", "bbt", "invite", "kit", "profile"])
        if v == "med":
            base.update({"event": "med_dose_logged", "username": Ph(p.username, "other_id"),
                         "med": random.choice(["Gonal-f 225 IU", "Menopur 150 IU", "Cetrotide 0.25 mg", "Progesterone in oil 1 mL", "Estrace 2 mg"]),
                         "source": random.choice(["ios", "android"]), "late_min": random.randint(0, 45)})
        elif v == "pair":
            base.update({"event": "device_paired", "username": Ph(p.username, "other_id"),
                         "device": {"type": "bbt_thermometer", "model": random.choice(["TempDrop", "Ava 2", "Oura Gen3"]),
                                    "mac": Ph(p.bbt_mac, "device"), "serial": Ph(p.bbt_sn, "device"), "fw": "2.%d.%d" % (random.randint(0, 9), random.randint(0, 20))}})
        elif v == "imei":
            base.update({"level": "warning", "event": "legacy_sdk_register", "username": Ph(p.username, "other_id"),
                         "imei": Ph(p.imei, "device"), "sdk": "lumen-android-sdk 2.9.4", "note": "deprecated identifier collected"})
        elif v == "face":
            base.update({"event": "face_unlock_enrolled", "username": Ph(p.username, "other_id"), "template_fmt": "FTv2",
                         "template_b64": Ph(face_b64(random.randint(200, 380)), "biometric")})
        elif v == "avatar":
            base.update({"event": "avatar_uploaded", "username": Ph(p.username, "other_id"),
                         "image": Ph("data:image/jpeg;base64," + jpeg_b64(random.randint(300, 700)), "photo"), "bytes_orig": random.randint(40000, 900000)})
        elif v == "bbt":
            rd = []
            for k in range(3, 0, -1):
                rd.append({"d": Ph(d_iso(loc(t).date() - dt.timedelta(days=k)), "date"), "t": round(random.uniform(36.1, 36.9), 2)})
            base.update({"event": "bbt_sync", "username": Ph(p.username, "other_id"), "device_serial": Ph(p.bbt_sn, "device"), "readings": rd})
        elif v == "profile":
            site = random.choice(["https://www.instagram.com/%s_ttc_journey/" % slug(p.first.split()[0] + p.last)[:14],
                                  "https://%s%s.substack.com/" % (slug(p.first.split()[0]), slug(p.last)),
                                  "https://www.facebook.com/%s.%s.%d" % (slug(p.first.split()[0]), slug(p.last), random.randint(1, 9))])
            base.update({"event": "profile_updated", "username": Ph(p.username, "other_id"), "changed": ["display_name", "website"],
                         "display_name": Ph(p.first.split()[0] + " " + p.last[0] + ".", "name"), "website": Ph(site, "url")})
        elif v == "invite" and c.b:
            base.update({"event": "partner_invited", "inviter": Ph(p.username, "other_id"), "invitee_name": Ph(c.b.full, "name"),
                         "invitee_email": Ph(c.b.email, "email"), "expires_in_h": 72})
        else:
            base.update({"event": "home_test_kit_activated", "username": Ph(p.username, "other_id"), "kit_id": Ph(c.kit, "other_id"),
                         "panel": random.choice(["AMH", "AMH+FSH+E2", "semen_mail_in"]), "lab": "Quest"})
        return [Line("app-events-json", jenc(base, ea=True))]
    v = pick(["push", "flag", "crash", "ver"])
    if v == "push":
        base.update({"event": "push_batch_sent", "campaign": random.choice(["stim_day_reminder", "trigger_night", "pio_reminder"]),
                     "count": random.randint(40, 900), "failed": random.randint(0, 9), "provider": random.choice(["apns", "fcm"])})
    elif v == "flag":
        base.update({"event": "flag_evaluated", "flag": random.choice(["new_med_calendar", "cost_estimator_v2", "partner_view"]),
                     "variant": random.choice(["on", "off", "holdout"]), "cohort_size": random.randint(100, 5000)})
    elif v == "crash":
        base.update({"level": "error", "event": "crash_rate_alert", "app_version": "5.3.%d" % random.randint(0, 4),
                     "crash_free_sessions": round(random.uniform(97.5, 99.5), 2), "threshold": 99.0})
    else:
        base.update({"event": "version_adoption", "versions": {"5.3.4": random.randint(40, 70), "5.3.3": random.randint(10, 30), "5.2.x": random.randint(1, 10)}})
    return [Line("app-events-json", jenc(base, ea=True))]


# 11. Billing & financing (Python logging)
def py_prefix(level, logger):
    t = loc(tick(2, 300))
    return "%s,%s %s [%s] " % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), level, logger)


LENDERS = ["NestEgg Lending", "Bloomwell Patient Finance", "CareBridge Credit"]


def f_billing(want):
    fam = "billing-pylog"
    if want:
        c = couple()
        v = pick(["payload", "decline", "refund", "loan", "guarantor", "gofund", "elig", "elig", "medicaid", "medicaid", "iban", "legacy"])
        if v == "payload":
            app = {"lender": "nestegg", "amount": random.choice([12500, 18450, 22900, 31000]), "term_months": random.choice([36, 60, 84]),
                   "applicant": {"first_name": Ph(c.a.first, "name"), "last_name": Ph(c.a.last, "name"), "dob": Ph(d_iso(c.a.dob), "date"),
                                 "ssn": Ph(c.a.ssn.replace("-", ""), "ssn"), "phone": Ph(phone_fmt(c.a, "plain"), "phone"), "email": Ph(c.a.email, "email"),
                                 "address": {"line1": Ph(c.street, "address"), "city": Ph(c.city, "address"), "state": c.state or "IL", "zip": Ph(c.zip, "zip")},
                                 "annual_income": random.randint(48, 240) * 1000}}
            if c.b:
                app["co_applicant"] = {"first_name": Ph(c.b.first, "name"), "last_name": Ph(c.b.last, "name"), "dob": Ph(d_iso(c.b.dob), "date"),
                                       "ssn": Ph(c.b.ssn.replace("-", ""), "ssn")}
            return [Line(fam, py_prefix("DEBUG", "billing.lenders.nestegg"), "request payload: ", jenc(app))]
        if v == "decline":
            return [Line(fam, py_prefix("ERROR", "billing.payments"), "charge failed card_number=", Ph(c.a.card, "account"),
                         " exp=%02d/%d patient_acct=" % (random.randint(1, 12), random.randint(25, 29)), Ph(c.acct, "account"),
                         " amount=%.2f invoice=INV-2024-%06d decline_code=%s" % (random.choice([3250, 450, 12850, 795]), random.randint(1, 9999),
                                                                                random.choice(["insufficient_funds", "do_not_honor", "expired_card"])))]
        if v == "refund":
            return [Line(fam, py_prefix("INFO", "billing.refunds"), "ACH refund queued patient_acct=", Ph(c.acct, "account"), " payee=\"",
                         Ph(c.a.full, "name"), "\" routing=%s account=" % aba(), Ph(c.a.bank, "account"), " amount=%.2f reason=CYCLE_CANCELLED" % random.choice([1800.0, 4350.0, 975.5]))]
        if v == "loan":
            return [Line(fam, py_prefix("INFO", "billing.financing"), "loan funded lender=\"%s\" loan_no=" % random.choice(LENDERS), Ph(c.loan, "account"),
                         " patient_acct=", Ph(c.acct, "account"), " amount=%.2f apr=%.2f term=%d" % (random.choice([12500, 18450, 22900]), random.uniform(6, 19), random.choice([36, 60])))]
        if v == "guarantor":
            g = GRAND
            return [Line(fam, py_prefix("INFO", "billing.accounts"), "guarantor updated acct=", Ph(COUPLES[20].acct, "account"), " guarantor=\"",
                         Ph(g.full, "name"), "\" relation=grandmother age=", Ph(str(g.age), "age"), " dob=", Ph(d_us(g.dob), "date"),
                         " phone=", Ph(phone_fmt(g, "dash"), "phone"), " by=%s" % staff("BILL")[1])]
        if v == "gofund":
            slug_url = "%s-and-%s-ivf-journey" % (slug(c.a.first.split()[0]), slug(c.b.first)) if c.b else "help-%s-%s-build-her-family" % (slug(c.a.first.split()[0]), slug(c.a.last))
            return [Line(fam, py_prefix("INFO", "billing.notes"), "note added acct=", Ph(c.acct, "account"),
                         " text=\"pt states balance will be paid from fundraiser ", Ph("https://www.gofundme.com/f/" + slug_url, "url"), "\" by=%s" % staff("BILL")[1])]
        if v == "elig":
            return [Line(fam, py_prefix("INFO", "billing.eligibility"), "270/271 ok payer=\"%s\" member_id=" % c.a.ins_name, Ph(c.a.member, "health_plan"),
                         " group=%07d subscriber=\"" % random.randint(100000, 9999999), Ph(c.a.full, "name"), "\" dob=", Ph(d_hl7(c.a.dob), "date"),
                         " ivf_lifetime_max=$%s remaining=$%s" % (random.choice(["15,000", "25,000", "30,000"]), "{:,}".format(random.randint(0, 15000))))]
        if v == "medicaid":
            p = MEDICAID_PT
            cp = [cc for cc in COUPLES if cc.a is p][0]
            if random.random() < 0.5:
                return [Line(fam, py_prefix("INFO", "billing.eligibility"), "IL HFS eligibility ACTIVE rin=", Ph(p.rin, "health_plan"),
                             " name=\"", Ph(p.full, "name"), "\" county=", Ph(cp.county, "address"), " benefit=FERTILITY_PRESERVATION")]
            p = MEDICARE_PT
            return [Line(fam, py_prefix("INFO", "billing.eligibility"), "Medicare Part B active mbi=", Ph(p.mbi, "health_plan"),
                         " beneficiary=\"", Ph(p.full, "name"), "\" secondary=", p.ins_name)]
        if v == "iban":
            c = random.choice([x for x in INTL_COUPLES if x.iban])
            return [Line(fam, py_prefix("INFO", "billing.intl"), "SEPA/wire received payer=\"", Ph(c.a.full, "name"), "\" iban=",
                         Ph(iban_spaced(c.iban), "account"), " amount=EUR %.2f fx=1.0912 patient_acct=" % random.choice([6500, 9800, 14200]), Ph(c.acct, "account"))]
        p = LEGACY
        return [Line(fam, py_prefix("INFO", "billing.storage"), "annual storage invoice depositor=\"", Ph(p.full, "name"), "\" (age ",
                     Ph(str(p.age), "age"), ") amount=%.2f tank=LN2-11 invoice=INV-2024-%06d" % (random.choice([650.0, 795.0]), random.randint(1, 9999)))]
    v = pick(["batch", "invoice", "payout", "rates", "retry", "stmt"])
    if v == "batch":
        return [Line(fam, py_prefix("INFO", "billing.settlement"), "settlement batch %s closed: %d txns, total=%.2f USD, merchant=LUMEN-%s" % (
            "B" + rdig(8), random.randint(20, 180), random.uniform(8000, 180000), rdig(6)))]
    if v == "invoice":
        lines = random.sample([("58970", "Oocyte retrieval"), ("89250", "Embryo culture"), ("89280", "ICSI <=10 oocytes"), ("89258", "Cryopreservation embryo"), ("89342", "Storage embryo/yr")], 3)
        return [Line(fam, py_prefix("INFO", "billing.invoices"), "invoice INV-2024-%06d generated lines=%s total=%.2f" % (
            random.randint(1, 9999), "|".join("%s:%s" % l for l in lines), random.uniform(2000, 16000)))]
    if v == "payout":
        return [Line(fam, py_prefix("INFO", "billing.stripe"), "payout po_%s arrival=2024-03-%02d amount=%.2f status=in_transit" % (
            ralnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), random.randint(12, 18), random.uniform(10000, 90000)))]
    if v == "rates":
        return [Line(fam, py_prefix("INFO", "billing.lenders"), "rate sheet refreshed lender=\"%s\" tiers=%d apr_min=%.2f apr_max=%.2f" % (
            random.choice(LENDERS), random.randint(4, 9), random.uniform(5, 8), random.uniform(19, 29)))]
    if v == "retry":
        return [Line(fam, py_prefix("WARNING", "billing.lenders.nestegg"), "POST https://api.nestegglending.com/v2/applications -> 503, retry %d/5 in %ds (request_id=%s)" % (
            random.randint(1, 4), random.choice([2, 4, 8]), uuid4()))]
    return [Line(fam, py_prefix("INFO", "billing.statements"), "statement run complete: %s statements, %d emailed via noreply@lumenfert.com, %d mailed" % (
        "{:,}".format(random.randint(900, 2400)), random.randint(600, 900), random.randint(50, 300)))]


# 12. Lender webhook capture (JSON with double-encoded body)
def f_lender(want):
    t = tick(2, 300)
    appid = "app_" + ralnum(14, "abcdefghijklmnopqrstuvwxyz0123456789")
    d = {"received_at": iso_z(t), "source_ip": "34.199.%d.%d" % (random.randint(0, 255), random.randint(1, 254)), "path": "/webhooks/nestegg",
         "sig_valid": True}
    if want:
        c = couple(partnered=True)
        body = {"event": "application.approved", "application_id": appid,
                "applicant": {"name": Ph(c.a.full, "name"), "ssn_last4": c.a.ssn[-4:], "email": Ph(c.a.email, "email")},
                "loan_number": Ph(c.loan, "account"), "amount": random.choice([12500, 18450, 22900]), "apr": round(random.uniform(6, 19), 2)}
    else:
        body = {"event": random.choice(["application.pending_review", "application.docs_requested", "ping"]), "application_id": appid,
                "status_at": iso_z(t)}
    inner = jcompact(body)
    d_parts = jcompact({"received_at": d["received_at"], "source_ip": d["source_ip"], "path": d["path"], "sig_valid": True})
    d_parts = d_parts[:-1] + [(',"body":"', None)] + jstr_escape(inner) + [('"}', None)]
    return [Line("lender-webhook", d_parts)]


# 13. Shipping service (zap JSON + CSV manifest)
def zap(level, caller, msg, fields):
    t = tick(2, 500)
    d = {"level": level, "ts": round((t - dt.datetime(1970, 1, 1)).total_seconds(), 3), "caller": caller, "msg": msg}
    d.update(fields)
    return jcompact(d)


def tracking():
    return random.choice(["7946%08d" % random.randint(0, 99999999), "1Z%s%s" % (ralnum(6), rdig(10))])


def f_ship(want):
    fam = "ship-json"
    shp = "SHP-24-%06d" % random.randint(1, 20000)
    if want:
        c = couple()
        v = pick(["coc", "home", "release"])
        dest = random.choice(DEST_CLINICS)
        if v == "coc":
            owner = {"name": Ph(c.a.full, "name"), "dob": Ph(d_iso(c.a.dob), "date"), "mrn": Ph(c.a.mrn, "mrn")}
            f = {"shipment_id": shp, "specimen_owner": owner}
            if c.b:
                f["partner"] = {"name": Ph(c.b.full, "name"), "dob": Ph(d_iso(c.b.dob), "date")}
            f.update({"specimens": [{"id": "SPC-" + ralnum(6), "type": random.choice(["embryo_vitrified", "oocyte_vitrified", "sperm_frozen"]), "units": random.randint(1, 6)}],
                      "origin": "Lumen Embryology Lab", "destination": dest[0]})
            return [Line(fam, zap("info", "custody/chain.go:112", "chain of custody opened", f))]
        if v == "home":
            f = {"shipment_id": shp, "service": "HOME_INSEMINATION_KIT", "recipient": {"name": Ph(c.a.full, "name"), "phone": Ph(phone_fmt(c.a, "e164"), "phone"),
                 "address": {"street": Ph(c.street + ((" " + c.unit) if c.unit else ""), "address"), "city": Ph(c.city, "address"), "region": c.state, "postal": Ph(c.zip, "zip")}},
                 "tracking": tracking(), "dry_shipper": "DSV-3000-%05d" % random.randint(10000, 99999)}
            return [Line(fam, zap("info", "shipments/create.go:88", "shipment created", f))]
        f = {"shipment_id": shp, "release_signed_by": [Ph(c.a.full, "name")] + ([Ph(c.b.full, "name")] if c.b else []),
             "signed_on": Ph(d_iso(soon(-5, 0)), "date"), "form": "specimen-transport-release-v4"}
        return [Line(fam, zap("info", "custody/release.go:41", "transport release attached", f))]
    v = pick(["status", "temp", "charge", "courier"])
    if v == "status":
        f = {"shipment_id": shp, "tracking": tracking(), "status": random.choice(["PICKED_UP", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED"]),
             "dry_shipper": {"serial": "DSV-3000-%05d" % random.randint(10000, 99999), "logger_id": "TL-%05d" % random.randint(10000, 99999)}}
        return [Line(fam, zap("info", "tracking/poll.go:203", "status updated", f))]
    if v == "temp":
        f = {"shipment_id": shp, "logger_id": "TL-%05d" % random.randint(10000, 99999), "temp_c": round(random.uniform(-195, -150), 1),
             "hold_time_remaining_h": random.randint(40, 220), "lat": round(random.uniform(41.6, 42.1), 4), "lon": round(random.uniform(-88.2, -87.5), 4)}
        return [Line(fam, zap(random.choice(["info", "warn"]), "telemetry/ingest.go:57", "logger reading", f))]
    if v == "charge":
        f = {"dry_shipper": "DSV-3000-%05d" % random.randint(10000, 99999), "ln2_l": round(random.uniform(3.5, 4.6), 2), "static_hold_days": random.randint(10, 14),
             "charged_by": "warehouse-ord", "facility": "ColdChain Cryo Logistics, 2750 Touhy Ave, Elk Grove Village, IL 60007"}
        return [Line(fam, zap("info", "fleet/charge.go:19", "shipper charged", f))]
    cr = random.choice(COURIERS)
    f = {"shipment_id": shp, "courier": {"name": cr[0], "id": cr[1], "vehicle_plate": "IL %s" % plate_for("IL"), "phone": "+1847555%04d" % random.randint(100, 199)},
         "eta": iso_z(now() + dt.timedelta(minutes=random.randint(20, 180)))}
    return [Line(fam, zap("info", "dispatch/assign.go:73", "courier assigned", f))]


def f_shipcsv(want):
    fam = "ship-csv"
    out = []
    if not want:
        out.append(Line(fam, "shipper_sn,model,last_charge,hold_time_days,status,location"))
        for _ in range(random.randint(2, 4)):
            out.append(Line(fam, csvrow(["DSV-3000-%05d" % random.randint(10000, 99999), random.choice(["CX100", "SC4/2V", "CXR500"]),
                                         "2024-03-%02dT%02d:%02d:00Z" % (random.randint(1, 10), random.randint(0, 23), random.randint(0, 59)),
                                         str(random.randint(8, 14)), random.choice(["READY", "IN_USE", "QUARANTINE"]), random.choice(["ORD-WH", "Lumen Lab", "MKE-WH"])])))
        return out
    out.append(Line(fam, "manifest_no,shipment_id,tracking_no,specimen_id,specimen_type,units,owner_last,owner_first,owner_dob,owner_mrn,destination"))
    for c in random.sample(COUPLES, random.randint(1, 3)):
        out.append(Line(fam, csvrow(["MF-%05d" % random.randint(1, 99999), "SHP-24-%06d" % random.randint(1, 20000), tracking(), "SPC-" + ralnum(6),
                                     random.choice(["EMBRYO", "OOCYTE", "SPERM"]), str(random.randint(1, 8)), Ph(c.a.last, "name"), Ph(c.a.first, "name"),
                                     Ph(d_us(c.a.dob), "date"), Ph(c.a.mrn, "mrn"), random.choice(DEST_CLINICS)[0]])))
    return out


# 14. Check-in kiosk (Serilog file sink)
def serilog(level):
    t = loc(tick(2, 300))
    return "%s.%s -05:00 [%s] " % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), level)


def f_kiosk(want):
    fam = "kiosk-log"
    if want:
        c = couple(us=True)
        p = c.a if random.random() < 0.7 or not c.b else c.b
        v = pick(["dl", "photo", "plate", "valet", "escort", "ins", "photo"])
        if v == "ins":
            return [Line(fam, serilog("INF"), "Insurance card captured payer=\"%s\" member_id=" % p.ins_name, Ph(p.member, "health_plan"),
                         " group=%07d rx_bin=610014 subscriber=\"" % random.randint(100000, 9999999), Ph(p.full, "name"), "\" confidence=%.2f" % random.uniform(0.85, 0.99))]
        if v == "dl":
            return [Line(fam, serilog("INF"), "IdScan parsed AAMVA state=%s dl=" % p.state, Ph(p.dl, "license"), " name=\"", Ph(p.last.upper() + "," + p.first.upper(), "name"),
                         "\" dob=", Ph(d_hl7(p.dob), "date"), " addr=\"", Ph(c.street, "address"), ", ", Ph(c.city, "address"), " %s " % c.state,
                         Ph(c.zip, "zip"), "\" kiosk=KIOSK-%s-0%d" % (random.choice(["LKV", "OBK", "EVN"]), random.randint(1, 3)))]
        if v == "photo":
            return [Line(fam, serilog("DBG"), "FaceCrop captured for MRN ", Ph(p.mrn, "mrn"), " size=160x160 jpeg_b64=", Ph(jpeg_b64(random.randint(250, 520)), "photo"))]
        if v == "plate":
            return [Line(fam, serilog("INF"), "Parking validated plate=\"%s " % p.state, Ph(p.plate, "vehicle"), "\" patient_mrn=", Ph(p.mrn, "mrn"),
                         " garage=P2 validated_by=%s" % staff("FD")[1])]
        if v == "valet":
            return [Line(fam, serilog("INF"), "Valet ticket %d vin=" % random.randint(1000, 9999), Ph(p.vin, "vehicle"), " owner=\"", Ph(p.full, "name"), "\" retrieval_day=true")]
        e = c.b if p is c.a and c.b else c.a
        return [Line(fam, serilog("INF"), "Escort registered for ", Ph(p.mrn, "mrn"), ": ", Ph(e.full, "name"), " mobile ", Ph(phone_fmt(e, "dot"), "phone"),
                     " wristband=WB-%s" % rdig(6))]
    v = pick(["printer", "hb", "flow", "ocr"])
    if v == "printer":
        return [Line(fam, serilog("WRN"), "Wristband printer ZD411-%s low media (%d labels left)" % (rdig(4), random.randint(5, 40)))]
    if v == "hb":
        return [Line(fam, serilog("INF"), "Heartbeat KIOSK-%s-0%d uptime=%dh queue=%d app=3.8.%d" % (random.choice(["LKV", "OBK", "EVN"]), random.randint(1, 3),
                                                                                                   random.randint(1, 400), random.randint(0, 6), random.randint(0, 9)))]
    if v == "flow":
        return [Line(fam, serilog("INF"), "Check-in flow completed in %.1f s (steps=%d, retries=%d)" % (random.uniform(25, 140), random.randint(5, 9), random.randint(0, 2)))]
    return [Line(fam, serilog("INF"), "Insurance card OCR confidence %.2f payer_guess=\"%s\" fields=%d/9" % (random.uniform(0.6, 0.99), random.choice(["AETNA", "BCBS IL", "CIGNA"]), random.randint(5, 9)))]


# 15. Notifications (SMS / email / fax gateway)
def nt_prefix(level):
    t = tick(1, 300)
    return "%s notify-worker-%d [%s] " % (iso_loc(t), random.randint(1, 4), level)


def f_notify(want):
    fam = "notify-log"
    sid = "SM" + hexid(32)
    if want:
        c = couple()
        v = pick(["sms", "email", "voice", "fax", "sms"])
        if v == "sms":
            return [Line(fam, nt_prefix("INFO"), "sms.send to=", Ph(phone_fmt(c.a, "e164"), "phone"), " template=%s sid=%s segments=%d" % (
                random.choice(["appt_reminder_v3", "trigger_time_v2", "beta_result_ready"]), sid, random.randint(1, 2)))]
        if v == "email":
            return [Line(fam, nt_prefix("INFO"), "email.send from=noreply@lumenfert.com to=", Ph(c.a.email, "email"), " template=%s msg_id=<%s@mail.lumenfert.com>" % (
                random.choice(["cycle_calendar", "statement_ready", "consent_request"]), hexid(16)))]
        if v == "voice" and c.b:
            return [Line(fam, nt_prefix("INFO"), "voice.call to=", Ph(phone_fmt(c.b, "e164"), "phone"), " reason=escort_confirmation patient_mrn=",
                         Ph(c.a.mrn, "mrn"), " call_sid=CA%s" % hexid(32))]
        a, b, _ = c.a.ph
        return [Line(fam, nt_prefix("INFO"), "fax.send records request to patient home fax ", Ph("+1%s555%04d" % (a, random.randint(100, 199)), "fax"),
                     " pages=%d requester_mrn=" % random.randint(2, 30), Ph(c.a.mrn, "mrn"))]
    v = pick(["dlr", "throttle", "inbound", "tmpl"])
    if v == "dlr":
        return [Line(fam, nt_prefix("INFO"), "sms.status sid=%s status=%s err=%s" % (sid, random.choice(["delivered", "sent", "undelivered"]), random.choice(["-", "-", "30003"])))]
    if v == "throttle":
        return [Line(fam, nt_prefix("WARN"), "rate limit reached provider=twilio queue=sms backlog=%d sleep=%dms" % (random.randint(10, 400), random.choice([250, 500, 1000])))]
    if v == "inbound":
        cl = random.choice(["Lakeshore OB/GYN", "Northwestern Urology", "Prairie Women's Health"])
        return [Line(fam, nt_prefix("INFO"), "fax.inbound from=+1312555%04d (%s) pages=%d routed=intake-queue job=FX-%s" % (
            random.randint(170, 199), cl, random.randint(1, 12), rdig(7)))]
    return [Line(fam, nt_prefix("INFO"), "template published name=%s version=%d by=%s" % (random.choice(["appt_reminder_v3", "trigger_time_v2"]), random.randint(2, 9), staff("RN")[1]))]


# 16. EHR access audit (CSV)
def f_audit(want):
    fam = "audit-csv"
    out = []
    if random.random() < 0.25:
        out.append(Line(fam, "event_time,user_id,user_role,action,resource,patient_mrn,patient_name,workstation,src_ip,outcome"))
    n = random.randint(1, 3)
    for _ in range(n):
        t = tick(1, 120)
        s = random.choice(STAFF)
        ws = "WS-%s-%02d" % (random.choice(["NURSE", "LAB", "BILL", "FD"]), random.randint(1, 20))
        sip = "10.20.%d.%d" % (random.randint(1, 9), random.randint(2, 250))
        if want:
            c = couple()
            p = c.a if random.random() < 0.8 or not c.b else c.b
            out.append(Line(fam, csvrow([iso_z(t).replace(".%s" % ms(t), ""), s[1], s[2], random.choice(["VIEW", "EDIT", "PRINT", "EXPORT"]),
                                         random.choice(["Chart/Stim Flowsheet", "Embryology/Report", "Billing/Ledger", "Consents"]),
                                         Ph(p.mrn, "mrn"), Ph(p.last.upper() + ", " + p.first.upper(), "name"), ws, sip, "SUCCESS"])))
        else:
            act = random.choice(["LOGIN", "LOGOUT", "RUN_REPORT", "LOCK", "RUN_REPORT"])
            res = random.choice(["Daily OR Schedule", "Tank Inventory Summary", "Donor Availability", "A/R Aging"]) if act == "RUN_REPORT" else "Session"
            out.append(Line(fam, csvrow([iso_z(t).replace(".%s" % ms(t), ""), s[1], s[2], act, res, "", "", ws, sip,
                                         random.choice(["SUCCESS", "SUCCESS", "FAILURE"])])))
    return out


# 17. Patient auth service (logrus logfmt)
def f_auth(want):
    fam = "auth-logfmt"
    t = tick(1, 200)
    head = [("time", t.strftime("%Y-%m-%dT%H:%M:%SZ")), ("level", "info")]
    if want:
        c = couple()
        p = c.a if random.random() < 0.7 or not c.b else c.b
        v = pick(["login", "reset", "mfa"])
        if v == "login":
            kv = head + [("msg", "login succeeded"), ("user", Ph(p.username, "other_id")), ("ip", Ph(p.ip, "ip")), ("method", random.choice(["password+totp", "passkey", "password+sms"])),
                         ("client", random.choice(["ios", "android", "web"]))]
        elif v == "reset":
            kv = head + [("msg", "password reset link sent"), ("user", Ph(p.username, "other_id")), ("to", Ph(p.email, "email")), ("ttl", "30m")]
        else:
            kv = [("time", head[0][1]), ("level", "warning"), ("msg", "mfa failed"), ("user", Ph(p.username, "other_id")), ("ip", Ph(p.ip, "ip")), ("attempt", str(random.randint(1, 4)))]
        return [Line(fam, lfs(*kv))]
    v = pick(["jwks", "cleanup", "cache"])
    if v == "jwks":
        kv = head + [("msg", "jwks refreshed"), ("kid", hexid(16)), ("keys", "3"), ("source", "https://auth.lumenfert.com/.well-known/jwks.json")]
    elif v == "cleanup":
        kv = head + [("msg", "expired sessions purged"), ("removed", str(random.randint(100, 3000))), ("took", "%dms" % random.randint(40, 900))]
    else:
        kv = head + [("msg", "token introspection stats"), ("hit_ratio", "%.2f" % random.uniform(0.9, 0.99)), ("p99", "%dms" % random.randint(4, 40))]
    return [Line(fam, lfs(*kv))]


# 18. International intake (Python json, ensure_ascii=False)
def f_intake(want):
    t = tick(2, 400)
    base = {"ts": iso_z(t), "svc": "intl-intake", "lvl": "INFO"}
    if want:
        c = couple(intl=True)
        p = c.a if random.random() < 0.65 else c.b
        v = pick(["id", "addr", "gc"])
        if v == "id":
            base.update({"msg": "identity document verified", "patient": {"name": Ph(p.full, "name"), "country": {"IS": "IS", "FR": "FR", "ES": "ES", "GB": "GB", "CA": "CA"}[c.tag],
                         "nationalId": {"type": p.natid_type, "value": Ph(p.natid, "other_id")}, "dob": Ph(d_iso(p.dob), "date")},
                         "verifier": staff("FD")[1]})
            if random.random() < 0.5:
                base["docPhoto"] = Ph("data:image/png;base64," + png_b64(random.randint(200, 420)), "photo")
        elif v == "addr":
            base.update({"msg": "home address captured", "mrn": Ph(c.a.mrn, "mrn"),
                         "address": {"line1": Ph(c.street, "address"), "city": Ph(c.city, "address"), "postcode": Ph(c.zip, "zip"), "country": c.country},
                         "interpreter": random.choice(["none", "booked", "family"])})
        else:
            s = SURROGACY
            base.update({"msg": "gestational carrier linked", "intendedParents": [{"name": Ph(s.a.full, "name"), "mrn": Ph(s.a.mrn, "mrn")}, {"name": Ph(s.b.full, "name"), "mrn": Ph(s.b.mrn, "mrn")}],
                         "carrier": {"name": Ph(GC.full, "name"), "dob": Ph(d_iso(GC.dob), "date"), "mrn": Ph(GC.mrn, "mrn")},
                         "agency": "Heartland Surrogacy Partners"})
        return [Line("intake-json", jenc(base, ea=False))]
    base.update({"msg": random.choice(["fx rates refreshed", "translation queue drained", "document OCR model warm"]),
                 "EURUSD": round(random.uniform(1.08, 1.10), 4), "GBPUSD": round(random.uniform(1.26, 1.29), 4), "took_ms": random.randint(30, 900)})
    return [Line("intake-json", jenc(base, ea=False))]


# 19. Clinician e-prescribing (look-alike heavy: provider DEA/NPI are not PHI)
def f_erx(want):
    fam = "erx-log"
    md = staff("MD")
    t = loc(tick(2, 300))
    pre = "%s %s erx-gw[%d]: " % (t.strftime("%Y/%m/%d"), t.strftime("%H:%M:%S"), 3310)
    if want:
        c = couple()
        return [Line(fam, pre, "NewRx sent pharmacy=NCPDP:14%s prescriber_npi=%s dea=%s patient=\"" % (rdig(5), STAFF_NPI[md[1]], STAFF_DEA[md[1]]),
                     Ph(c.a.last + ", " + c.a.first, "name"), "\" dob=", Ph(d_hl7(c.a.dob), "date"),
                     " drug=\"%s\" qty=%d" % (random.choice(["Follistim AQ 900 IU pen", "Menopur 75 IU vial", "Ganirelix 250 mcg syringe", "Progesterone 50 mg/mL"]), random.randint(1, 10)))]
    return [Line(fam, pre, "Status message Rx=%s from pharmacy=NCPDP:14%s status=%s prescriber_npi=%s dea=%s" % (
        "RX" + rdig(9), rdig(5), random.choice(["Verified", "Filled", "Error:ExpiredCert"]), STAFF_NPI[md[1]], STAFF_DEA[md[1]]))]


FAMILIES = [
    (f_pino, 14), (f_spring, 7), (f_hl7raw, 5), (f_mirth, 4), (f_tl, 12), (f_cryo, 9), (f_witness, 9),
    (f_donor, 3), (f_nginx, 10), (f_appev, 10), (f_billing, 10), (f_lender, 3), (f_ship, 6), (f_shipcsv, 2),
    (f_kiosk, 7), (f_notify, 6), (f_audit, 4), (f_auth, 5), (f_intake, 4), (f_erx, 3),
]


def main():
    lines = []
    phi_n = 0
    target = 0.45
    fams = [f for f, _ in FAMILIES]
    weights = [w for _, w in FAMILIES]
    inject = [(f_billing, "legacy"), (f_kiosk, "plate"), (f_cryo, "legacy"), (f_kiosk, "valet"), (f_billing, "guarantor"),
              (f_appev, "face"), (f_kiosk, "photo"), (f_notify, "fax"), (f_witness, "bio"), (f_kiosk, "plate"),
              (f_billing, "medicaid"), (f_appev, "avatar"), (f_billing, "iban"), (f_appev, "imei"), (f_kiosk, "valet"),
              (f_billing, "decline"), (f_appev, "pair"), (f_kiosk, "dl"), (f_billing, "payload"), (f_billing, "guarantor"),
              (f_intake, "id"), (f_appev, "kit"), (f_billing, "loan"), (f_notify, "voice"),
              (f_billing, "gofund"), (f_nginx, "ref"), (f_appev, "profile")]
    random.shuffle(inject)
    block = 0
    while len(lines) < N_LINES:
        block += 1
        if block % 8 == 0 and inject:
            fn, var = inject.pop()
            FORCED[0] = var
            blk = fn(True)
            FORCED[0] = None
            for ln in blk:
                if len(lines) < N_LINES:
                    lines.append(ln)
                    phi_n += ln.phi()
            continue
        deficit = target * (len(lines) + 1) - phi_n
        p = min(0.95, max(0.05, target + deficit * 0.15))
        want = random.random() < p
        fn = random.choices(fams, weights)[0]
        for ln in fn(want):
            if len(lines) >= N_LINES:
                break
            lines.append(ln)
            phi_n += ln.phi()
    log = bytearray()
    labels = []
    for i, ln in enumerate(lines, 1):
        b, spans = render(ln)
        if spans:
            assert ln.phi()
        log += b + b"\n"
        labels.append(json.dumps({"line": i, "family": ln.fam, "spans": spans}, ensure_ascii=False))
    assert len(lines) == N_LINES
    with open(os.path.join(HERE, ID + ".log"), "wb") as fh:
        fh.write(bytes(log))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(labels) + "\n")


if __name__ == "__main__":
    main()
