#!/usr/bin/env python3
"""Deterministic generator for the `cc` held-out PHI log corpus.

Theme: Larch Valley Health (fictional) services written in less common
ecosystems (Clojure, Elixir/Phoenix, Erlang/OTP, Scala/Akka/Play, Haskell,
OCaml, F#, Lua/OpenResty, Perl, Crystal, Julia, R/Shiny, Dart).
Writes cc.log and cc.labels.jsonl next to this file.  Standard library only.
"""
import base64
import datetime as dt
import json
import os
import random
import string
import unicodedata

random.seed(18181818)

HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500


# ---------------------------------------------------------------- builder
class S:
    """A value inserted into a line; cat=None means not PHI (look-alike)."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


def ph(v, cat):
    return S(v, cat)


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.spans = []

    def add(self, p):
        if p is None:
            return
        if isinstance(p, str):
            self.b += p.encode("utf-8")
        elif isinstance(p, S):
            bb = p.v.encode("utf-8")
            st = len(self.b)
            self.b += bb
            if p.cat:
                self.spans.append((st, len(self.b), p.cat, bytes(bb)))
        else:
            for x in p:
                self.add(x)


def mk(fam, *parts):
    ln = Line(fam)
    ln.add(parts)
    return ln


# ---------------------------------------------------------------- quoting
def dq(v, cat=None):
    """double quoted, JSON/EDN/Elixir style escaping of \\ and \"."""
    e = v.replace("\\", "\\\\").replace('"', '\\"')
    return ['"', S(e, cat), '"']


def sq(v, cat=None):
    e = v.replace("\\", "\\\\").replace("'", "\\'")
    return ["'", S(e, cat), "'"]


def perl_str(v, cat=None):
    """Data::Dumper: plain single quotes for ASCII, qquote with \\x{..} otherwise."""
    if all(ord(c) < 128 for c in v):
        return sq(v, cat)
    out = []
    for c in v:
        o = ord(c)
        if o > 127:
            out.append("\\x{%x}" % o)
        elif c in '"\\$@':
            out.append("\\" + c)
        else:
            out.append(c)
    return ['"', S("".join(out), cat), '"']


def hs_str(v, cat=None):
    """Haskell `show` for String/Text: non-ASCII as decimal escapes, \\& guard."""
    out = []
    for i, c in enumerate(v):
        o = ord(c)
        if c == '"':
            out.append('\\"')
        elif c == "\\":
            out.append("\\\\")
        elif o > 126:
            out.append("\\%d" % o)
            if i + 1 < len(v) and v[i + 1].isdigit():
                out.append("\\&")
        else:
            out.append(c)
    return ['"', S("".join(out), cat), '"']


def ml_str(v, cat=None):
    """OCaml %S: bytes >= 128 as \\ddd decimal."""
    out = []
    for byte in v.encode("utf-8"):
        if byte >= 128:
            out.append("\\%03d" % byte)
        elif byte == 34:
            out.append('\\"')
        elif byte == 92:
            out.append("\\\\")
        else:
            out.append(chr(byte))
    return ['"', S("".join(out), cat), '"']


def erl_bin(v, cat=None):
    if all(ord(c) < 128 for c in v):
        return ['<<"', S(v, cat), '">>']
    return ['<<"', S(v, cat), '"/utf8>>']


def pct(v):
    out = []
    for byte in v.encode("utf-8"):
        c = chr(byte)
        if c.isalnum() and byte < 128 or c in "-._~":
            out.append(c)
        else:
            out.append("%%%02X" % byte)
    return "".join(out)


def cjson_esc(v):
    return v.replace("\\", "\\\\").replace('"', '\\"').replace("/", "\\/")


# ---------------------------------------------------------------- check digits
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


def luhn_number(prefix, length):
    body = prefix + "".join(random.choice(string.digits) for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


VIN_TR = {**{str(i): i for i in range(10)},
          **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
          "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def make_vin():
    wmi = random.choice(["1HG", "1FT", "JTD", "5YJ", "WVW", "KMH", "2T1", "1G1", "3FA", "JN8"])
    vds = "".join(random.choice(VIN_CH) for _ in range(5))
    year = random.choice("CDEFGHJKLMNP")
    plant = random.choice("ABCDHKLNRSTUZ0123456789")
    serial = "".join(random.choice(string.digits) for _ in range(6))
    v = wmi + vds + "0" + year + plant + serial
    s = sum(VIN_TR[c] * w for c, w in zip(v, VIN_W)) % 11
    chk = "X" if s == 10 else str(s)
    v = v[:8] + chk + v[9:]
    assert len(v) == 17
    return v


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def make_mbi():
    d = string.digits
    an = MBI_L + d
    pat = [("123456789"), MBI_L, an, d, MBI_L, an, d, MBI_L, MBI_L, d, d]
    return "".join(random.choice(p) for p in pat)


def make_iban(cc, bban):
    rearr = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


def make_nhs():
    while True:
        ds = [random.randint(0, 9) for _ in range(9)]
        ds[0] = random.randint(4, 7)
        s = sum(d * w for d, w in zip(ds, range(10, 1, -1)))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        n = "".join(map(str, ds)) + str(c)
        return "%s %s %s" % (n[:3], n[3:6], n[6:])


def make_sin():
    n = luhn_number(random.choice("1234567"), 9)
    return "%s %s %s" % (n[:3], n[3:6], n[6:])


def make_bsn():
    while True:
        ds = [random.randint(0, 9) for _ in range(8)]
        ds[0] = random.randint(1, 6)
        s = sum(d * w for d, w in zip(ds, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return "".join(map(str, ds)) + str(last)


def make_pesel(dob, female):
    y, m, d = dob.year, dob.month, dob.day
    if y >= 2000:
        m += 20
    base = "%02d%02d%02d" % (y % 100, m, d)
    ser = "%03d" % random.randint(0, 999)
    sexd = random.choice("02468" if female else "13579")
    body = base + ser + sexd
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10
    return body + str(c)


def gtin_check(body13):
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(body13))
    return str((10 - s % 10) % 10)


def make_udi(exp):
    body = "0" + random.choice(["0643169", "0884521", "0386270", "5019315"]) + "".join(random.choice(string.digits) for _ in range(5))
    gtin = body + gtin_check(body)
    lot = random.choice("ABCDEFGHJK") + "".join(random.choice(string.digits) for _ in range(5))
    ser = "".join(random.choice(string.digits + "ABCDEFGH") for _ in range(9))
    return "(01)%s(17)%s(10)%s(21)%s" % (gtin, exp.strftime("%y%m%d"), lot, ser)


def rnd(chars, n):
    return "".join(random.choice(chars) for _ in range(n))


def hexs(n):
    return rnd("0123456789abcdef", n)


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + random.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64(nbytes, prefix=b""):
    raw = prefix + bytes(random.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(raw).decode()


def b64url(n):
    return rnd(string.ascii_letters + string.digits + "-_", n)


def jpeg_b64(n):
    return b64(n, b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00")


def png_b64(n):
    return b64(n, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x60\x00\x00\x00\x60\x08\x02\x00\x00\x00")


def private_ip():
    k = random.random()
    if k < 0.5:
        return "10.%d.%d.%d" % (random.choice([20, 40, 41, 60, 88]), random.randint(0, 15), random.randint(2, 250))
    if k < 0.8:
        return "172.%d.%d.%d" % (random.randint(16, 31), random.randint(0, 255), random.randint(2, 250))
    return "192.168.%d.%d" % (random.randint(0, 20), random.randint(2, 250))


def ns_host(prefix):
    return "%s-%s-%s" % (prefix, hexs(10)[:random.choice([9, 10])], rnd(string.ascii_lowercase + string.digits, 5))


# ---------------------------------------------------------------- people
ORIGINS = {
    "igbo": (["Ngozi", "Chukwuemeka", "Adaeze", "Obinna", "Chiamaka"], ["Okonkwo", "Eze", "Nwosu", "Okafor", "Adichie"]),
    "yoruba": (["Oluwaseun", "Folake", "Babatunde", "Titilayo"], ["Adeyemi", "Balogun", "Ogunleye", "Adebayo"]),
    "japanese": (["Hiroshi", "Yuki", "Aiko", "Kenta", "Haruka"], ["Nakamura", "Takahashi", "Fujimoto", "Ishikawa"]),
    "vietnamese": (["Thị Mai", "Văn Long", "Minh Anh", "Thu Hằng"], ["Nguyễn", "Trần", "Phạm", "Lê"]),
    "polish": (["Łukasz", "Agnieszka", "Wojciech", "Małgorzata"], ["Wójcik", "Kowalczyk", "Szymańska", "Lewandowski"]),
    "mexican": (["José Luis", "Guadalupe", "Ximena", "Joaquín"], ["Hernández", "Ramírez Ortiz", "Cervantes", "Villaseñor"]),
    "indian": (["Priya", "Venkatesh", "Anjali", "Harpreet"], ["Raghunathan", "Chatterjee", "Sandhu", "Subramaniam"]),
    "arabic": (["Omar", "Layla", "Yousef", "Rania"], ["Haddad", "Al-Masri", "Khoury", "Nasser"]),
    "irish": (["Siobhán", "Declan", "Aoife", "Pádraig"], ["O'Sullivan", "McGrath", "Ní Bhriain", "Ó Dónaill"]),
    "finnish": (["Aino", "Eero", "Päivi"], ["Järvinen", "Kärkkäinen", "Lehtonen"]),
    "korean": (["Ji-woo", "Min-jun", "Seo-yeon"], ["Park", "Choi", "Jeong"]),
    "brazilian": (["João", "Luíza", "Thiago"], ["Gonçalves", "Araújo", "Carvalho"]),
    "turkish": (["Şükrü", "Elif", "Emre"], ["Yıldız", "Çelik", "Öztürk"]),
    "greek": (["Eleni", "Dimitrios", "Georgia"], ["Papadopoulou", "Karagiannis", "Stavrou"]),
    "ethiopian": (["Tigist", "Dawit", "Meron"], ["Bekele", "Haile", "Tesfaye"]),
    "samoan": (["Sione", "Malia", "Tavita"], ["Faleolo", "Tuilagi", "Leiataua"]),
    "german": (["Jürgen", "Anneliese", "Dietrich"], ["Großmann", "Brückner", "Heßler"]),
    "english": (["Margaret", "Harold", "Dorothy", "Clarence"], ["Whitfield", "Pennington", "Ashcombe"]),
    "dutch": (["Sanne", "Joost", "Maartje"], ["van der Berg", "de Vries", "Bakker"]),
    "canadian": (["Geneviève", "Mathieu", "Chantal"], ["Tremblay", "Gagnon", "Bouchard"]),
}
FEMALE = {"Ngozi", "Adaeze", "Chiamaka", "Folake", "Titilayo", "Yuki", "Aiko", "Haruka", "Thị Mai", "Minh Anh",
          "Thu Hằng", "Agnieszka", "Małgorzata", "Guadalupe", "Ximena", "Priya", "Anjali", "Harpreet", "Layla",
          "Rania", "Siobhán", "Aoife", "Aino", "Päivi", "Seo-yeon", "Ji-woo", "Luíza", "Elif", "Eleni", "Georgia",
          "Tigist", "Meron", "Malia", "Anneliese", "Margaret", "Dorothy", "Sanne", "Maartje", "Geneviève", "Chantal"}

PLACES = [("Riverton", "Cook", "IL", "606"), ("Oak Hollow", "DuPage", "IL", "601"), ("Evanston", "Cook", "IL", "602"),
          ("Naperville", "DuPage", "IL", "605"), ("Joliet", "Will", "IL", "604"), ("Waukegan", "Lake", "IL", "600"),
          ("Aurora", "Kane", "IL", "605"), ("Kenosha", "Kenosha", "WI", "531"), ("Racine", "Racine", "WI", "534"),
          ("Hammond", "Lake", "IN", "463"), ("Cicero", "Cook", "IL", "608"), ("Skokie", "Cook", "IL", "600")]
STREETS = ["Birchwood Ave", "W Foster Ave", "N Kedzie Blvd", "Sycamore Ln", "Old Orchard Rd", "S Halsted St",
           "Prairie Crossing Dr", "Linden Ct", "E 47th St", "Wrightwood Ave", "Cermak Rd", "Ridgeland Ter",
           "Ashbury Way", "N Milwaukee Ave", "Briar Hill Cir", "W Division St", "Lakeview Pkwy", "Mulberry Row"]
AREAS = ["312", "773", "847", "630", "708", "815", "262", "219"]
MAILDOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me", "comcast.net", "hotmail.com", "aol.com"]
TODAY = dt.date(2024, 3, 11)


def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss").replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s


def deaccent(s):
    return ascii_fold(s).replace("'", "").replace(" ", "")


class Person:
    pass


def make_phone_parts():
    return (random.choice(AREAS), "555", "01%02d" % random.choice([n for n in range(1, 99) if n not in (2, 10, 34, 77)]))


def fmt_phone(p, style):
    a, b, c = p
    return {
        "paren": "(%s) %s-%s" % (a, b, c),
        "dash": "%s-%s-%s" % (a, b, c),
        "e164": "+1%s%s%s" % (a, b, c),
        "dots": "%s.%s.%s" % (a, b, c),
        "plain": "%s%s%s" % (a, b, c),
        "intl": "+1 %s-%s-%s" % (a, b, c),
        "intl2": "+1 (%s) %s-%s" % (a, b, c),
    }[style]


def make_ssn():
    while True:
        a = random.randint(1, 899)
        if a == 666:
            continue
        return "%03d-%02d-%04d" % (a, random.randint(1, 99), random.randint(1, 9999))


def make_person(origin, old=False, minor=False):
    p = Person()
    gv, fm = ORIGINS[origin]
    p.origin = origin
    p.given = random.choice(gv)
    p.family = random.choice(fm)
    p.female = p.given in FEMALE
    if old:
        y = random.randint(1929, 1933)
    elif minor:
        y = random.randint(2009, 2019)
    else:
        y = random.randint(1940, 2001)
    p.dob = dt.date(y, random.randint(1, 12), random.randint(1, 28))
    p.age = TODAY.year - p.dob.year - ((TODAY.month, TODAY.day) < (p.dob.month, p.dob.day))
    p.mrn = "70%06d" % random.randint(0, 999999)
    p.ssn = make_ssn()
    p.phone = make_phone_parts()
    p.phone2 = make_phone_parts()
    g, f = deaccent(p.given).lower(), deaccent(p.family).lower()
    p.email = random.choice(["%s.%s" % (g, f), "%s%s%d" % (g[0], f, p.dob.year % 100), "%s_%s%d" % (g, f[:4], random.randint(1, 99)),
                             "%s.%s%d" % (f, g, p.dob.year)]) + "@" + random.choice(MAILDOM)
    city, county, st, zp = random.choice(PLACES)
    p.street = "%d %s" % (random.choice([random.randint(100, 9999), random.randint(10, 99)]), random.choice(STREETS))
    p.unit = random.choice(["", "", "", "Apt %d%s" % (random.randint(1, 9), random.choice("ABCD")), "Unit %d" % random.randint(100, 999)])
    p.city, p.county, p.state = city, county, st
    p.zip = zp + "%02d" % random.randint(1, 99)
    p.zip4 = "%04d" % random.randint(1, 9999)
    p.member = random.choice(["XHP", "ZGB", "MCK", "W", "H"]) + "%09d" % random.randint(0, 999999999)
    p.group = "GRP-%06d" % random.randint(1000, 99999)
    p.mbi = make_mbi() if p.age >= 65 else None
    p.medicaid = ("%s%05d%s" % (rnd("ABCDEFGHJKLMNPRSTUVWXYZ", 2), random.randint(0, 99999), rnd("ABCDEFGHJKLMNPRSTUVWXYZ", 1))) if random.random() < 0.3 else None
    p.card = luhn_number(random.choice(["4", "4", "51", "53", "55", "37", "6011"]), 15 if False else 16)
    p.acct = "%08d" % random.randint(10000000, 99999999)
    p.iban = None
    p.dl = (f[0].upper() if f else "X") + "%03d-%04d-%04d" % (random.randint(100, 999), random.randint(0, 9999), random.randint(0, 9999))
    p.dl_exp = "20%d-%02d" % (random.randint(25, 30), random.randint(1, 12))
    p.portal_url = "https://myportal.larchvalleyhealth.org/p/%s.%s" % (g, f)
    p.plate = random.choice(["%s %05d" % (rnd("ABCDEFGHJKLMNPRSTUVWXYZ", 2), random.randint(10000, 99999)),
                             "%s-%04d" % (rnd("ABCDEFGHJKLMNPRSTUVWXYZ", 3), random.randint(0, 9999)),
                             "%d%s%03d" % (random.randint(1, 9), rnd("ABCDEFGHJKLMNPRSTUVWXYZ", 3), random.randint(0, 999))])
    p.vin = make_vin()
    p.cgm = random.choice(["SM", "DX", "G7"]) + "%08d" % random.randint(0, 99999999)
    p.pump = "NG" + "%07d" % random.randint(0, 9999999) + random.choice("HKL")
    p.imei = luhn_number(random.choice(["35332011", "35391811", "86769204", "35674108"]), 15)
    p.mac = random.choice(["a4:c1:38", "c8:fd:19", "00:1a:7d", "d0:39:72"]) + ":" + ":".join(hexs(2) for _ in range(3))
    o1 = random.choice([73, 24, 98, 67, 71, 76, 99, 108, 50, 174, 172, 66, 68])
    o2 = random.randint(0, 255) if o1 != 172 else random.choice([58, 56, 102])
    p.ip = "%d.%d.%d.%d" % (o1, o2, random.randint(0, 255), random.randint(1, 254))
    if random.random() < 0.15:
        p.ip = "2601:%x:%x:%x::%x" % (random.randint(0x100, 0xfff), random.randint(0x100, 0xffff), random.randint(0x10, 0xffff), random.randint(1, 0xff))
    p.username = random.choice(["%s.%s%d" % (g, f[:1], p.dob.year % 100), "%s%s" % (g[:1], f), "%s_%s" % (f, g[:3].strip("-")), "%s%d" % (g, random.randint(1, 999))])
    p.url = random.choice(["https://www.facebook.com/%s.%s.%d" % (g, f, random.randint(1, 99)),
                           "https://%s%s.wordpress.com" % (g, f),
                           "https://www.linkedin.com/in/%s-%s-%s" % (g, f, hexs(6)),
                           "https://myportal.larchvalleyhealth.org/p/%s.%s" % (g, f)])
    p.natid = None
    if origin == "english" and random.random() < 0.5 or origin in ("greek",):
        p.natid = ("NHS number", make_nhs())
    elif origin == "canadian":
        p.natid = ("SIN", make_sin())
    elif origin == "dutch":
        p.natid = ("BSN", make_bsn())
        p.iban = make_iban("NL", rnd("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + "%010d" % random.randint(0, 10 ** 10 - 1))
    elif origin == "polish":
        p.natid = ("PESEL", make_pesel(p.dob, p.female))
        p.iban = make_iban("PL", "%024d" % random.randint(0, 10 ** 24 - 1))
    elif origin == "german":
        p.iban = make_iban("DE", "%08d%010d" % (random.randint(10000000, 99999999), random.randint(0, 10 ** 10 - 1)))
    p.kit = "KIT-%s-%s" % (rnd("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 4), rnd("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 4))
    # emergency contact / guarantor
    rel_g = random.choice(ORIGINS[origin][0])
    p.contact_name = "%s %s" % (rel_g, p.family if random.random() < 0.7 else random.choice(ORIGINS[origin][1]))
    p.contact_rel = random.choice(["spouse", "daughter", "son", "mother", "sister", "brother", "partner", "guardian"])
    p.contact_phone = make_phone_parts()
    return p


def full(p):
    return "%s %s" % (p.given, p.family)


PEOPLE = []
_orig = list(ORIGINS)
_seen = set()
for i in range(44):
    o = _orig[i % len(_orig)]
    while True:
        cand = make_person(o, old=(o == "english" or i in (7, 23, 31, 38)), minor=(i in (12, 29)))
        if full(cand) not in _seen:
            break
    _seen.add(full(cand))
    PEOPLE.append(cand)
random.shuffle(PEOPLE)
# Frequently seen patients get more weight (reuse across lines)
WEIGHTS = [random.choice([1, 1, 2, 3, 5]) for _ in PEOPLE]


def pat():
    return random.choices(PEOPLE, WEIGHTS)[0]


STAFF = ["Dr. Kwame Mensah", "Dr. Ilse Vandermeer", "Dr. Rajesh Iyer", "Dr. Camille Fontaine", "Dr. Mateo Quispe",
         "Dr. Hana Kobayashi", "Dr. Oren Blumenthal", "Dr. Efua Asante"]
STAFF_USERS = ["kmensah", "ivandermeer", "riyer", "cfontaine", "mquispe", "hkobayashi", "oblumenthal", "easante",
               "svc-lab-ingest", "tzielinski", "gachterberg", "bdlamini"]
PHARMACISTS = ["Tomasz Zieliński, PharmD", "Grace Achterberg, RPh", "Nnamdi Ilori, PharmD"]
AGENTS = ["Bongani Dlamini", "Lucía Ferreyra", "Marguerite Oyelaran", "Teodor Petrescu"]
STAFF_EMAIL = ["k.mensah@larchvalleyhealth.org", "lab-alerts@larchvalleyhealth.org", "noreply@larchvalleyhealth.org",
               "billing-ops@larchvalleyhealth.org", "refills@rx.larchvalleyhealth.org", "oncall-platform@larchvalleyhealth.org",
               "statements@billing.larchvalleyhealth.org"]
ORG_PHONE = ["(312) 555-0100", "312-555-0199", "+1 800 555 0134", "(847) 555-0110"]
ORG_ADDR = "400 Commerce Plaza, Suite 1200, Riverton, IL 60606"
CLINICS = ["Cardiology West", "Riverton Family Medicine", "Oak Hollow Pediatrics", "Endocrinology - Evanston",
           "Women's Health Naperville", "Orthopedics Joliet", "Dermatology Skokie"]
TESTS = [("2345-7", "Glucose", "mg/dL"), ("2823-3", "Potassium", "mmol/L"), ("2160-0", "Creatinine", "mg/dL"),
         ("4548-4", "Hemoglobin A1c", "%"), ("718-7", "Hemoglobin", "g/dL"), ("6690-2", "WBC", "10*3/uL"),
         ("2951-2", "Sodium", "mmol/L"), ("1742-6", "ALT", "U/L"), ("3016-3", "TSH", "mIU/L")]
DRUGS = [("0093-7146-56", "atorvastatin 20 mg tab"), ("68180-0513-09", "lisinopril 10 mg tab"),
         ("0378-0208-01", "metformin ER 500 mg"), ("65862-0157-99", "levothyroxine 75 mcg"),
         ("0172-3927-60", "sertraline 50 mg tab"), ("0169-4060-12", "insulin glargine 100 u/mL pen"),
         ("60505-2579-3", "amlodipine 5 mg tab")]


def npi():
    body = "1" + "".join(random.choice(string.digits) for _ in range(8))
    return body + luhn_digit("80840" + body)


# ---------------------------------------------------------------- clock
CLOCK = [dt.datetime(2024, 3, 11, 6, 0, 4, 318442)]


def tick(lo=0.2, hi=40.0):
    CLOCK[0] += dt.timedelta(seconds=random.uniform(lo, hi), microseconds=random.randint(0, 999999))


def now(extra_ms=0):
    return CLOCK[0] + dt.timedelta(milliseconds=extra_ms)


def ms3(t):
    return "%03d" % (t.microsecond // 1000)


def ts_iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms3(t) + "Z"


def ts_iso_us(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d" % t.microsecond


def epoch_ms(t):
    return int((t - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


def future_day(lo=1, hi=40):
    d = TODAY + dt.timedelta(days=random.randint(lo, hi))
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def past_day(lo=0, hi=30):
    return TODAY - dt.timedelta(days=random.randint(lo, hi))


def appt_dt():
    d = future_day()
    return dt.datetime(d.year, d.month, d.day, random.randint(7, 16), random.choice([0, 15, 30, 45]))


def collect_dt():
    d = past_day(0, 3)
    return dt.datetime(d.year, d.month, d.day, random.randint(6, 18), random.randint(0, 59), random.choice([0, 0, random.randint(0, 59)]))


def age_part(p, fmt="%d"):
    """age only PHI when > 89"""
    return S(fmt % p.age, "age" if p.age > 89 else None)


def req_phx():
    return rnd(string.ascii_letters + string.digits + "-_", 16) + "AAA" + random.choice("ABCDEFGH")


def amount():
    return "%d.%02d" % (random.choice([random.randint(5, 90), random.randint(90, 2400)]), random.randint(0, 99))


# ---------------------------------------------------------------- helpers for parts
def street_full(p):
    return p.street + ((" " + p.unit) if p.unit else "")


def addr_line(p, sep=", "):
    """'1187 Birchwood Ave, Riverton, IL 60614'"""
    return [S(street_full(p), "address"), sep, S(p.city, "address"), sep, p.state, " ", S(p.zip, "zip")]


def nm(p):
    return S(full(p), "name")


def phone(p, style=None, which="phone"):
    style = style or random.choice(["paren", "dash", "e164", "dots", "intl"])
    return S(fmt_phone(getattr(p, which), style), "phone")


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_us(d):
    return d.strftime("%m/%d/%Y")


REG_HOSTS = [ns_host("reg-api") for _ in range(2)]
SCHED_HOSTS = ["sched-clj-%d.prod.lvh.internal" % i for i in (1, 2)]
PHX_NODES = ["lvh@10.40.3.17", "lvh@10.40.3.22"]
LAB_NODE = "lab@lab-erl-02.lvh.internal"
BILL_HS = "bill-hs-01"
REFILL_HOST = "refill.larchvalleyhealth.org"


def trace_id():
    return hexs(32)


# ================================================================ CLOJURE
def timbre5(level, nsl, *msg):
    t = now()
    return mk("clj-timbre", t.strftime("%y-%m-%d %H:%M:%S"), " ", random.choice(REG_HOSTS), " ", level, " [", nsl, "] - ", list(msg))


def timbre6(level, nsl, *msg):
    return mk("clj-timbre", ts_iso_ms(now()), " ", level, " [", nsl, "] - ", list(msg))


def inst(d, cat="date"):
    if isinstance(d, dt.datetime):
        v = d.strftime("%Y-%m-%dT%H:%M:%S.000-00:00")
    else:
        v = d.strftime("%Y-%m-%dT00:00:00.000-00:00")
    return ['#inst "', S(v, cat), '"']


def localdate(d):
    return ["#object[java.time.LocalDate 0x%s " % hexs(random.choice([7, 8])), '"', S(d_iso(d), "date"), '"]']


REGISTERED = set()


def fresh_pat():
    for _ in range(50):
        p = pat()
        if p.mrn not in REGISTERED:
            break
    REGISTERED.add(p.mrn)
    return p


def clj_register():
    p = fresh_pat()
    dob = random.choice([inst(p.dob), localdate(p.dob)])
    return [timbre5("INFO", "lvh.registration.core:%d" % random.choice([88, 91, 94]), "Registered patient {:patient/mrn ", dq(p.mrn, "mrn"),
                    ", :patient/given-name ", dq(p.given, "name"), ", :patient/family-name ", dq(p.family, "name"),
                    ", :patient/dob ", dob, ", :patient/sex ", ":female" if p.female else ":male",
                    ", :patient/source :portal, :registration/id #uuid \"", uuid4(), "\"}")]


def clj_dupe():
    p = pat()
    return [timbre5("WARN", "lvh.registration.dedupe:41", "Possible duplicate: incoming {:patient/family-name ", dq(p.family, "name"),
                    ", :patient/dob ", inst(p.dob), ", :address/zip ", dq(p.zip, "zip"), "} matched MRN ", S(p.mrn, "mrn"),
                    " score 0.%02d rule :fuzzy-name+dob+zip" % random.randint(81, 97))]


def clj_addr():
    p = pat()
    return [timbre5("WARN", "lvh.registration.address:63", "USPS verification failed for MRN ", S(p.mrn, "mrn"), ": {:address/line1 ",
                    dq(street_full(p), "address"), ", :address/city ", dq(p.city, "address"), ", :address/county ", dq(p.county + " County", "address"),
                    ", :address/state \"", p.state, "\", :address/zip ", dq(p.zip, "zip"), "} dpv-code \"", random.choice(["D", "S", "N"]),
                    "\" footnotes [\"", random.choice(["AA", "M1", "N1"]), "\"]")]


def clj_contact():
    p = pat()
    return [timbre5("INFO", "lvh.registration.contacts:27", "Emergency contact updated for ", S(p.mrn, "mrn"),
                    " {:contact/name ", dq(p.contact_name, "name"), ", :contact/relationship :", p.contact_rel,
                    ", :contact/phone ", dq(fmt_phone(p.contact_phone, "dash"), "phone"), ", :contact/primary? true}")]


def clj_ssn_conflict():
    p = pat()
    q = pat()
    return [mk("clj-exinfo", "clojure.lang.ExceptionInfo: SSN already registered to another MRN {:type :lvh.mpi/conflict, :status 409, :patient/ssn ",
               dq(p.ssn, "ssn"), ", :incoming-mrn ", dq(p.mrn, "mrn"), ", :existing-mrn ", dq(q.mrn, "mrn"), ", :request-id ", dq(uuid4()), "}"),
            mk("clj-exinfo", "\tat lvh.registration.mpi$check_ssn_BANG_.invokeStatic(mpi.clj:63)"),
            mk("clj-exinfo", "\tat lvh.registration.mpi$check_ssn_BANG_.invoke(mpi.clj:55)"),
            mk("clj-exinfo", "\tat lvh.registration.core$register_BANG_.invokeStatic(core.clj:79)"),
            mk("clj-exinfo", "\tat ring.middleware.params$wrap_params$fn__2231.invoke(params.clj:75)")]


def clj_error_map():
    p = pat()
    a = appt_dt()
    slot = random.randint(100000, 999999)
    clinic = str(random.randint(100, 499))
    data = ["{:slot/id ", str(slot), ", :slot/start ", inst(a), ", :patient/mrn ", dq(p.mrn, "mrn"), ", :patient/name ", dq(full(p), "name"),
            ", :clinic/id ", clinic, "}"]
    data2 = ["{:slot/id ", str(slot), ", :slot/start ", inst(a), ", :patient/mrn ", dq(p.mrn, "mrn"), ", :patient/name ", dq(full(p), "name"),
             ", :clinic/id ", clinic, "}"]
    F = "clj-error"
    return [timbre6("ERROR", "lvh.scheduling.booking:131", "Booking failed"),
            mk(F, "#error {"),
            mk(F, ' :cause "Slot no longer available"'),
            mk(F, " :data ", data),
            mk(F, " :via"),
            mk(F, ' [{:type clojure.lang.ExceptionInfo'),
            mk(F, '   :message "Slot no longer available"'),
            mk(F, "   :data ", data2),
            mk(F, '   :at [lvh.scheduling.booking$reserve_BANG_ invokeStatic "booking.clj" 118]}]'),
            mk(F, " :trace"),
            mk(F, ' [[lvh.scheduling.booking$reserve_BANG_ invokeStatic "booking.clj" 118]'),
            mk(F, '  [lvh.scheduling.booking$reserve_BANG_ invoke "booking.clj" 102]'),
            mk(F, '  [clojure.lang.AFn applyToHelper "AFn.java" 160]]}')]


def flake():
    return rnd(string.ascii_letters + string.digits + "-_", 32)


def mulog(event, ns, extra):
    t = now()
    return mk("clj-mulog", "{:mulog/event-name :", event, ", :mulog/timestamp ", str(epoch_ms(t)), ', :mulog/trace-id #mulog/flake "', flake(),
              '", :mulog/root-trace #mulog/flake "', flake(), '", :mulog/namespace "', ns, '", :app-name "', ns.split(".")[1],
              '", :version "', random.choice(["2.14.1", "2.14.2"]), '", :env "prod"', extra, "}")


def clj_mulog_book():
    p = pat()
    a = appt_dt()
    return [mulog("lvh.scheduling/appointment-booked", "lvh.scheduling.api",
                  [", :appointment/id #uuid \"", uuid4(), "\", :appointment/start ", inst(a), ", :appointment/clinic \"", random.choice(CLINICS),
                   "\", :patient/id ", dq(p.mrn, "mrn"), ", :provider/name \"", random.choice(STAFF), "\", :provider/npi \"", npi(), "\""])]


def clj_mulog_reminder():
    p = pat()
    a = appt_dt()
    return [mulog("lvh.scheduling/reminder-sent", "lvh.scheduling.notify",
                  [", :channel :sms, :to ", dq(fmt_phone(p.phone, "e164"), "phone"), ", :appointment/start ", inst(a),
                   ", :twilio/sid \"SM", hexs(32), "\", :mulog/duration ", str(random.randint(80000000, 900000000))])]


def clj_mulog_http():
    return [mulog("lvh.registration/http-request", "lvh.registration.http",
                  [", :mulog/duration ", str(random.randint(900000, 90000000)), ", :http/method :", random.choice(["get", "post", "get"]),
                   ", :http/uri \"", random.choice(["/health", "/api/v2/patients/search", "/api/v2/registrations", "/metrics", "/api/v2/payers"]),
                   "\", :http/status ", random.choice(["200", "200", "201", "204", "404"]), ", :http/remote-addr \"", private_ip(), "\""])]


def clj_mulog_kafka():
    return [mulog("lvh.registration/adt-consumed", "lvh.registration.adt",
                  [", :kafka/topic \"adt.a04.v1\", :kafka/partition ", str(random.randint(0, 11)), ", :kafka/offset ", str(random.randint(10 ** 6, 9 * 10 ** 6)),
                   ", :adt/event-type \"A0", random.choice("148"), "\", :mulog/outcome :ok"])]


def clj_noise():
    k = random.randint(0, 7)
    if k == 0:
        return [timbre5("INFO", "lvh.registration.http:118", "Started HTTP server on port 8080 (jetty 11.0.18, max-threads 64)")]
    if k == 1:
        return [timbre5("DEBUG", "lvh.registration.db:57", "Hikari pool stats {:active %d, :idle %d, :waiting 0, :total 10}" % (random.randint(0, 5), random.randint(3, 9)))]
    if k == 2:
        d = future_day()
        return [timbre6("WARN", "lvh.scheduling.slots:203", "Slot cache miss for clinic %04d on %s, rebuilt %d slots in %dms" % (random.randint(100, 499), d_iso(d), random.randint(20, 96), random.randint(4, 90)))]
    if k == 3:
        return [timbre5("INFO", "lvh.registration.auth:44", "Token refreshed for service account svc-registration; expires ", ts_iso_ms(now(3600000)))]
    if k == 4:
        return [timbre6("INFO", "lvh.scheduling.sync:77", "Pulled %d provider calendars from Epic interconnect in %dms (etag W/\"%s\")" % (random.randint(40, 140), random.randint(200, 3000), hexs(16)))]
    if k == 5:
        return [timbre5("ERROR", "lvh.registration.mpi:102", "MPI call failed: clj-http: status 503 {:url \"https://mpi.lvh.internal:8443/v1/match\", :trace-id \"", trace_id(), "\", :attempt 3}")]
    if k == 6:
        return [timbre6("DEBUG", "lvh.scheduling.api:58", "GET /api/v1/slots?clinic=%d&from=%s 200 %dms" % (random.randint(100, 499), d_iso(future_day()), random.randint(3, 200)))]
    return [timbre5("INFO", "lvh.registration.batch:19", "Nightly MPI reconciliation finished: %d records, %d merges, %d flagged (run %s)" % (random.randint(20000, 90000), random.randint(0, 40), random.randint(0, 200), uuid4()))]


# ================================================================ ELIXIR / PHOENIX
def ex_ts(off=0):
    t = now(off)
    return t.strftime("%H:%M:%S.") + ms3(t)


def exl(fam, level, msg, rid=None, off=0, meta=None):
    parts = [ex_ts(off), " "]
    if rid:
        parts += ["request_id=", rid, " "]
    if meta:
        parts += meta
    parts += ["[", level, "] ", msg]
    return mk(fam, parts)


def ex_date(d, cat="date"):
    return ["~D[", S(d_iso(d), cat), "]"]


def ex_naive(t):
    return "~N[" + t.strftime("%Y-%m-%d %H:%M:%S") + "]"


def phx_register():
    p = fresh_pat()
    rid = req_phx()
    F = "phoenix"
    q = ["%{\"patient\" => %{\"address\" => %{\"city\" => ", dq(p.city, "address"), ", \"line1\" => ", dq(p.street, "address"),
         ", \"line2\" => ", dq(p.unit, "address" if p.unit else None), ", \"postal_code\" => ", dq(p.zip, "zip"), ", \"state\" => \"", p.state, "\"}, \"dob\" => ",
         dq(d_iso(p.dob), "date"), ", \"email\" => ", dq(p.email, "email"), ", \"family_name\" => ", dq(p.family, "name"),
         ", \"given_name\" => ", dq(p.given, "name"), ", \"phone\" => ", dq(fmt_phone(p.phone, "dash"), "phone"), ", \"ssn\" => \"[FILTERED]\"}}"]
    ms = random.randint(5, 60)
    return [exl(F, "info", "POST /api/v1/patients", rid),
            exl(F, "debug", "Processing with LvhWeb.PatientController.create/2", rid, 1),
            mk(F, "  Parameters: ", q),
            mk(F, "  Pipelines: [:api, :require_portal_session]"),
            exl("ecto", "debug", 'QUERY OK source="patients" db=%.1fms decode=0.%dms queue=0.%dms idle=%.1fms' % (random.uniform(0.4, 9), random.randint(0, 9), random.randint(1, 9), random.uniform(100, 2000)), rid, 3),
            mk("ecto", 'SELECT p0."id", p0."mrn", p0."inserted_at" FROM "patients" AS p0 WHERE ((p0."family_name" = $1) AND (p0."dob" = $2)) [',
               dq(p.family, "name"), ", ", ex_date(p.dob), "]"),
            mk("ecto", "↳ Lvh.Registration.find_existing/1, at: lib/lvh/registration.ex:%d" % random.randint(40, 70)),
            exl(F, "info", "Sent 201 in %dms" % ms, rid, ms)]


def ecto_insert():
    p = fresh_pat()
    t = now()
    return [exl("ecto", "debug", 'QUERY OK source="patients" db=%.1fms queue=0.%dms idle=%.1fms' % (random.uniform(0.8, 6), random.randint(1, 9), random.uniform(10, 900)), req_phx()),
            mk("ecto", 'INSERT INTO "patients" ("dob","email","family_name","given_name","inserted_at","mrn","phone","updated_at") VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING "id" [',
               ex_date(p.dob), ", ", dq(p.email, "email"), ", ", dq(p.family, "name"), ", ", dq(p.given, "name"), ", ", ex_naive(t), ", ",
               dq(p.mrn, "mrn"), ", ", dq(fmt_phone(p.phone, "e164"), "phone"), ", ", ex_naive(t), "]"),
            mk("ecto", "↳ Lvh.Registration.create_patient/1, at: lib/lvh/registration.ex:%d" % random.randint(80, 120))]


def ecto_select_mrn():
    p = pat()
    rid = req_phx()
    return [exl("phoenix", "info", ["GET /api/v1/patients/", S(p.mrn, "mrn"), "/appointments"], rid),
            exl("ecto", "debug", 'QUERY OK source="appointments" db=%.1fms queue=0.%dms idle=%.1fms' % (random.uniform(0.3, 4), random.randint(1, 9), random.uniform(10, 900)), rid, 2),
            mk("ecto", 'SELECT a0."id", a0."starts_at", a0."clinic_id", a0."status" FROM "appointments" AS a0 INNER JOIN "patients" AS p1 ON p1."id" = a0."patient_id" WHERE (p1."mrn" = $1) ORDER BY a0."starts_at" [',
               dq(p.mrn, "mrn"), "]"),
            mk("ecto", "↳ Lvh.Scheduling.list_for_patient/1, at: lib/lvh/scheduling.ex:%d" % random.randint(30, 60)),
            exl("phoenix", "info", "Sent 200 in %dms" % random.randint(2, 40), rid, 5)]


def ecto_changeset():
    p = pat()
    err = random.choice([("postal_code", '{"has invalid format", [validation: :format]}'),
                         ("phone", '{"is invalid", [validation: :format]}'),
                         ("payer_id", '{"can\'t be blank", [validation: :required]}')])
    return [exl("ecto-changeset", "warning", ["registration rejected: #Ecto.Changeset<action: :insert, changes: %{dob: ", ex_date(p.dob),
                                              ", email: ", dq(p.email, "email"), ", family_name: ", dq(p.family, "name"), ", given_name: ",
                                              dq(p.given, "name"), "}, errors: [", err[0], ": ", err[1],
                                              "], data: #Lvh.Registration.Patient<>, valid?: false>"], req_phx())]


def ex_struct_appt():
    p = pat()
    a = appt_dt()
    t = now()
    return [exl("elixir-inspect", "debug", ["reschedule requested: %Lvh.Scheduling.Appointment{__meta__: #Ecto.Schema.Metadata<:loaded, \"appointments\">, id: ",
                                            str(random.randint(10000, 99999)), ", patient_mrn: ", dq(p.mrn, "mrn"), ", patient_name: ", dq(full(p), "name"),
                                            ", starts_at: ~U[", S(a.strftime("%Y-%m-%d %H:%M:%SZ"), "date"), "], duration_min: ", random.choice(["15", "20", "30", "40"]),
                                            ", clinic: \"", random.choice(CLINICS), "\", provider: \"", random.choice(STAFF), "\", status: :booked, inserted_at: ",
                                            ex_naive(t - dt.timedelta(days=random.randint(2, 30))), ", updated_at: ", ex_naive(t), "}"], req_phx())]


def oban_sms():
    p = pat()
    a = appt_dt()
    return [exl("oban", "info", ['{"args":{"appointment_id":', str(random.randint(10000, 99999)), ',"phone":', dq(fmt_phone(p.phone, "e164"), "phone"),
                                 ',"starts_at":', dq(a.strftime("%Y-%m-%dT%H:%M:%SZ"), "date"), ',"template":"reminder_24h"},"attempt":1,"duration":',
                                 str(random.randint(200, 4000)), ',"event":"job:stop","id":', str(random.randint(100000, 999999)),
                                 ',"max_attempts":20,"meta":{},"queue":"sms","queue_time":', str(random.randint(50, 3000)),
                                 ',"source":"oban","state":"success","tags":[],"worker":"Lvh.Scheduling.Workers.SmsReminder"}'])]


def oban_noise():
    return [exl("oban", "info", ['{"args":{"batch":"', d_iso(TODAY), '-%02d"},"attempt":1,"duration":' % random.randint(1, 12), str(random.randint(2000, 90000)),
                                 ',"event":"job:stop","id":', str(random.randint(100000, 999999)), ',"max_attempts":3,"meta":{},"queue":"default","queue_time":',
                                 str(random.randint(5, 900)), ',"source":"oban","state":"success","tags":["nightly"],"worker":"Lvh.Billing.Workers.ExportEligibility"}'])]


def ex_genserver_crash():
    p = pat()
    t0 = now()
    F = "elixir-crash"
    m = ["%{member_id: ", dq(p.member, "health_plan"), ", patient_dob: ", ex_date(p.dob), ", qty: ", random.choice(["30", "90"]), "}"]
    m2 = ["%{member_id: ", dq(p.member, "health_plan"), ", patient_dob: ", ex_date(p.dob), ", qty: ", random.choice(["30", "90"]), "}"]
    return [exl(F, "error", "GenServer Lvh.Pharmacy.RefillBroker terminating"),
            mk(F, "** (KeyError) key :ndc not found in: ", m),
            mk(F, "    (lvh 0.9.3) lib/lvh/pharmacy/refill_broker.ex:88: Lvh.Pharmacy.RefillBroker.handle_cast/2"),
            mk(F, "    (stdlib 5.2) gen_server.erl:1103: :gen_server.try_handle_cast/3"),
            mk(F, "    (stdlib 5.2) gen_server.erl:1165: :gen_server.handle_msg/6"),
            mk(F, "    (stdlib 5.2) proc_lib.erl:241: :proc_lib.init_p_do_apply/3"),
            mk(F, "Last message: {:\"$gen_cast\", {:refill, ", m2, "}}"),
            mk(F, "State: %%{pending: %d, pharmacy_id: \"LVH-RX-03\", window_ms: 5000}" % random.randint(0, 9))]


def ex_logger_json():
    p = pat()
    return [mk("logger-json", '{"time":"', ts_iso_ms(now()), '","severity":"info","message":"refill eligibility checked","metadata":{"mfa":"Lvh.Pharmacy.Eligibility.check/2","member_id":',
               dq(p.member, "health_plan"), ',"eligible":true,"request_id":"', req_phx(), '","payer":"', random.choice(["BCBSIL", "Aetna", "Humana", "Medicare Part D"]),
               '","node":"', random.choice(PHX_NODES), '"}}')]


def ex_noise():
    k = random.randint(0, 8)
    rid = req_phx()
    if k == 0:
        return [exl("phoenix", "info", "Running LvhWeb.Endpoint with Bandit 1.2.3 at :::4000 (http)")]
    if k == 1:
        return [exl("phoenix", "info", "Access LvhWeb.Endpoint at https://register.larchvalleyhealth.org")]
    if k == 2:
        return [exl("phoenix", "info", "GET /health", rid), exl("phoenix", "info", "Sent 200 in %dµs" % random.randint(150, 900), rid)]
    if k == 3:
        return [exl("phoenix", "info", "CONNECTED TO Phoenix.LiveView.Socket in %dµs" % random.randint(40, 300)),
                mk("phoenix", "  Transport: :websocket"),
                mk("phoenix", "  Serializer: Phoenix.Socket.V2.JSONSerializer"),
                mk("phoenix", '  Parameters: %{"_csrf_token" => "', b64url(56), '", "_mounts" => "0", "_track_static" => %{"0" => "https://schedule.larchvalleyhealth.org/assets/app-', hexs(32), '.css?vsn=d"}, "vsn" => "2.0.0"}')]
    if k == 4:
        return [exl("phoenix", "debug", "MOUNT LvhWeb.ScheduleLive.Index"),
                mk("phoenix", '  Parameters: %{"clinic" => "', str(random.randint(100, 499)), '", "week" => "', d_iso(future_day()), '"}'),
                mk("phoenix", '  Session: %{"_csrf_token" => "', b64url(24), '"}'),
                exl("phoenix", "debug", "Replied in %dms" % random.randint(1, 30), off=4)]
    if k == 5:
        return [exl("elixir", "warning", "[libcluster:k8s] unable to connect to :\"%s\"" % random.choice(PHX_NODES))]
    if k == 6:
        return [exl("ecto", "debug", 'QUERY OK source="clinics" db=0.%dms idle=%.1fms' % (random.randint(1, 9), random.uniform(100, 999)), rid),
                mk("ecto", 'SELECT c0."id", c0."name", c0."timezone" FROM "clinics" AS c0 WHERE (c0."active" = TRUE) []')]
    if k == 7:
        return [exl("elixir", "error", "Postgrex.Protocol (#PID<0.%d.0>) disconnected: ** (DBConnection.ConnectionError) client #PID<0.%d.0> timed out because it queued and checked out the connection for longer than 15000ms" % (random.randint(300, 900), random.randint(3000, 9000)))]
    return [exl("elixir", "info", "Oban started: queues=[default: 10, sms: 5, refills: 20] node=\"%s\"" % random.choice(PHX_NODES))]


# ================================================================ ERLANG / OTP
def sasl_ts(t):
    return t.strftime("%d-%b-%Y::%H:%M:%S.") + "%06d" % t.microsecond


def erl_ts(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d" % t.microsecond + "+00:00"


def epid():
    return "<0.%d.0>" % random.randint(200, 9000)


def hl7_name(p):
    return [S(ascii_fold(p.family).upper(), "name"), "^", S(ascii_fold(p.given).upper(), "name")]


def hl7_pid(p):
    return ["PID|1||", S(p.mrn, "mrn"), "^^^LVH^MR||", hl7_name(p), "^^^^^L||", S(p.dob.strftime("%Y%m%d"), "date"), "|",
            "F" if p.female else "M", "|||", S(ascii_fold(street_full(p)), "address"), "^^", S(p.city, "address"), "^", p.state, "^", S(p.zip, "zip"),
            "^USA||", S(fmt_phone(p.phone, "paren").replace(" ", ""), "phone")]


def erl_progress():
    F = "erlang-sasl"
    return [mk(F, "=PROGRESS REPORT==== ", sasl_ts(now()), " ==="),
            mk(F, "    supervisor: {local,lab_results_sup}"),
            mk(F, "    started: [{pid,%s},{id,%s},{mfargs,{%s,start_link,[]}},{restart_type,permanent},{significant,false},{shutdown,5000},{child_type,worker}]"
               % ((epid(),) + random.choice([("hl7_listener", "lab_hl7_listener"), ("result_router", "lab_result_router"), ("critical_notifier", "lab_critical_notifier")])))]


def erl_crash():
    p = pat()
    F = "erlang-sasl"
    pid = epid()
    return [mk(F, "=CRASH REPORT==== ", sasl_ts(now()), " ==="),
            mk(F, "  crasher:"),
            mk(F, "    initial call: lab_hl7_worker:init/1"),
            mk(F, "    pid: ", pid),
            mk(F, "    registered_name: []"),
            mk(F, "    exception error: no match of right hand side value {error,{bad_obx,%d}}" % random.randint(2, 9)),
            mk(F, "      in function  lab_hl7:parse_obx/2 (src/lab_hl7.erl, line %d)" % random.randint(180, 260)),
            mk(F, "      in call from lab_hl7_worker:handle_info/2 (src/lab_hl7_worker.erl, line 77)"),
            mk(F, "    ancestors: [lab_results_sup,<0.301.0>]"),
            mk(F, "    message_queue_len: %d" % random.randint(0, 4)),
            mk(F, "    messages: []"),
            mk(F, "    links: [<0.302.0>,#Port<0.%d>]" % random.randint(20, 90)),
            mk(F, "    dictionary: [{current_msg,<<\"MSH|^~\\\\&|SUNQUEST|LVHLAB|LVHEHR|LVH|", now().strftime("%Y%m%d%H%M%S"),
               "||ORU^R01|", str(random.randint(10 ** 7, 10 ** 8)), "|P|2.5.1\\r", hl7_pid(p), "\\rOBR|1||", str(random.randint(10 ** 6, 10 ** 7)),
               "|", random.choice(TESTS)[0], "\">>},{'$initial_call',{lab_hl7_worker,init,1}}]"),
            mk(F, "    trap_exit: true"),
            mk(F, "    status: running"),
            mk(F, "    heap_size: %d" % random.choice([6772, 10958, 17731])),
            mk(F, "    stack_size: 28"),
            mk(F, "    reductions: %d" % random.randint(10000, 90000)),
            mk(F, "  neighbours:")]


def erl_collected(c):
    return [S("{{%d,%d,%d},{%d,%d,%d}}" % (c.year, c.month, c.day, c.hour, c.minute, c.second), "date")]


def erl_genserver_single():
    p = pat()
    c = collect_dt()
    test = random.choice(TESTS)
    return [mk("erlang-logger", erl_ts(now()), " error: Generic server lab_result_router terminating. Reason: {badarg,[{erlang,binary_to_float,[<<\"",
               random.choice(["<0.5", "TNP", "hemolyzed"]), "\">>],[]},{lab_result_router,handle_info,2,[{file,\"src/lab_result_router.erl\"},{line,",
               str(random.randint(120, 170)), "}]}]}. Last message: {result,#{collected => ", erl_collected(c), ",loinc => <<\"", test[0],
               "\">>,mrn => ", erl_bin(p.mrn, "mrn"), ",patient => ", erl_bin(full(p), "name"), ",value => <<\"",
               random.choice(["<0.5", "TNP", "hemolyzed"]), "\">>}}. State: {state,", str(random.randint(1, 40)), ",[],", epid(), "}.")]


def erl_error_report():
    p = pat()
    F = "erlang-sasl"
    return [mk(F, "=ERROR REPORT==== ", sasl_ts(now()), " ==="),
            mk(F, "** Generic server lab_critical_notifier terminating "),
            mk(F, "** Last message in was {notify,{patient,", erl_bin(p.mrn, "mrn"), ",", erl_bin(p.family, "name"), ",", erl_bin(p.given, "name"),
               ",", S("{%d,%d,%d}" % (p.dob.year, p.dob.month, p.dob.day), "date"), "},", random.choice(["critical_high", "critical_low"]), "}"),
            mk(F, "** When Server state == {state,pager_gw,\"https://pager.lvh.internal/v2/pages\",%d}" % random.randint(1, 30)),
            mk(F, "** Reason for termination =="),
            mk(F, "** {{badmatch,{error,timeout}},[{lab_critical_notifier,page_provider,2,[{file,\"src/lab_critical_notifier.erl\"},{line,%d}]}]}" % random.randint(60, 99))]


def erl_supervisor_report():
    F = "erlang-sasl"
    return [mk(F, "=SUPERVISOR REPORT==== ", sasl_ts(now()), " ==="),
            mk(F, "    supervisor: {local,lab_results_sup}"),
            mk(F, "    errorContext: child_terminated"),
            mk(F, "    reason: {timeout,{gen_server,call,[lab_db_pool,checkout,5000]}}"),
            mk(F, "    offender: [{pid,%s},{id,result_router},{mfargs,{lab_result_router,start_link,[]}},{restart_type,permanent},{significant,false},{shutdown,5000},{child_type,worker}]" % epid())]


def erl_noise():
    k = random.randint(0, 5)
    t = now()
    if k == 0:
        return [mk("erlang-logger", erl_ts(t), " info: Application lab_results started on node '", LAB_NODE, "'")]
    if k == 1:
        return [mk("erlang-logger", erl_ts(t), " notice: Listener hl7_mllp started on 0.0.0.0:2575 (acceptors: 16, max_connections: 1024)")]
    if k == 2:
        return [mk("erlang-logger", erl_ts(t), " warning: Mnesia('", LAB_NODE, "'): ** WARNING ** Mnesia is overloaded: {dump_log,write_threshold}")]
    if k == 3:
        return [mk("erlang-logger", erl_ts(t), " info: result batch %s-%04d flushed: %d rows in %.2fs" % (t.strftime("%Y%m%d"), random.randint(1, 3000), random.randint(20, 900), random.uniform(0.1, 4)))]
    if k == 4:
        return [mk("erlang-logger", erl_ts(t), " info: ACK AA sent for control id %d to %s:%d" % (random.randint(10 ** 7, 10 ** 8), private_ip(), random.randint(30000, 60000)))]
    return [mk("erlang-logger", erl_ts(t), " error: ranch acceptor pool for hl7_mllp: {error,emfile} (ulimit 4096)")]


# ================================================================ SCALA / AKKA / PLAY
def akka_ts(t):
    return t.strftime("%m/%d/%Y %H:%M:%S.") + ms3(t)


def akka(level, sysname, path, *msg, dead=False):
    t = now()
    return mk("akka", "[", level, "] ", "[akkaDeadLetter]" if dead else "", "[", akka_ts(t), "] [", sysname, "-akka.actor.default-dispatcher-",
              str(random.randint(2, 24)), "] [akka://", sysname, "/user/", path, "] ", list(msg))


def scala_labresult():
    p = pat()
    c = collect_dt()
    test = random.choice(TESTS)
    val = "%.1f" % random.uniform(1, 500)
    return [akka("WARNING", "lab-system", "critical-notifier", "Critical value, paging provider: LabResult(", S(p.mrn, "mrn"), ",", nm(p), ",",
                 test[0], ",", test[1], ",", val, ",", test[2], ",", S(c.strftime("%Y-%m-%dT%H:%M:%SZ"), "date"), ",Some(", random.choice(STAFF), "))")]


def scala_persist():
    p = pat()
    c = collect_dt()
    return [akka("INFO", "lab-system", "results/shard-%d/%s" % (random.randint(0, 31), uuid4()),
                 "Persisted ResultAmended(LabResultId(", str(random.randint(10 ** 6, 10 ** 7)), "),PatientRef(", S(p.mrn, "mrn"), ",", S(d_iso(p.dob), "date"), "),",
                 S(c.date().isoformat(), "date"), ",", random.choice(["Hemolyzed sample", "Corrected units", "Delta check override", "Recollect requested"]),
                 ") seqNr=", str(random.randint(2, 40)))]


def scala_dead():
    n = random.randint(1, 9)
    sess, ref = random.randint(1000, 9999), random.randint(-2 ** 31, 2 ** 31)
    return [akka("INFO", "lab-system", "ws-session-%d" % sess,
                 "Message [lab.ws.Push] from Actor[akka://lab-system/user/result-router#%d] to Actor[akka://lab-system/user/ws-session-%d#%d] was not delivered. [%d] dead letters encountered. If this is not an expected behavior then Actor[akka://lab-system/user/ws-session-%d#%d] may have terminated unexpectedly. This logging can be turned off or adjusted with configuration settings 'akka.log-dead-letters' and 'akka.log-dead-letters-during-shutdown'."
                 % (random.randint(-2 ** 31, 2 ** 31), sess, ref, n, sess, ref), dead=True)]


def play_log(level, logger, *msg):
    t = now()
    return mk("play", t.strftime("%Y-%m-%d %H:%M:%S,"), ms3(t), " [", level, "] from ", logger, " in application-akka.actor.default-dispatcher-",
              str(random.randint(2, 30)), " - ", list(msg))


def play_eligibility():
    p = pat()
    return [play_log("WARN", "controllers.EligibilityController", "Invalid eligibility request: JsError(List((/subscriber/dob,List(JsonValidationError(List(error.expected.date.isoformat),ArraySeq(yyyy-MM-dd))))))"),
            play_log("DEBUG", "controllers.EligibilityController", 'body={"subscriber":{"memberId":', dq(p.member, "health_plan"), ',"firstName":', dq(p.given, "name"),
                     ',"lastName":', dq(p.family, "name"), ',"dob":', dq(d_us(p.dob), "date"), ',"groupNumber":"', p.group, '"},"payerId":"',
                     random.choice(["60054", "00621", "87726", "61101"]), '","serviceTypeCodes":["30"]}')]


def play_statement():
    p = pat()
    return [play_log("INFO", "services.StatementPublisher", 'published {"accountNumber":', dq(p.acct, "account"), ',"guarantor":{"name":', dq(full(p), "name"),
                     ',"address":{"line1":', dq(street_full(p), "address"), ',"city":', dq(p.city, "address"), ',"state":"', p.state, '","zip":', dq(p.zip, "zip"),
                     '}},"balanceDue":', amount(), ',"cycle":"C%02d' % random.randint(1, 28), '","template":"STMT-v7"} to topic billing.statements.v2 partition ', str(random.randint(0, 11)))]


def play_mbi():
    p = random.choice([x for x in PEOPLE if x.mbi])
    return [play_log("INFO", "services.MedicareEligibility", "270/271 round trip ", str(random.randint(200, 2000)), "ms for ", dq(p.mbi, "health_plan"),
                     " -> Active(PartA=true, PartB=true, MA=", random.choice(["None", "Some(H1036-077)"]), ")")]


def scala_noise():
    k = random.randint(0, 6)
    if k == 0:
        return [akka("INFO", "lab-system", "result-router", "Routing result %d to shard %d (entity %s)" % (random.randint(10 ** 6, 10 ** 7), random.randint(0, 31), uuid4()))]
    if k == 1:
        return [akka("INFO", "lab-system", "cluster-singleton", "Singleton manager starting singleton actor [akka://lab-system/user/cluster-singleton/singleton]")]
    if k == 2:
        return [play_log("INFO", "play.api.Play", "Application started (Prod) (no global state)")]
    if k == 3:
        return [play_log("INFO", "play.core.server.AkkaHttpServer", "Listening for HTTP on /0.0.0.0:9000")]
    if k == 4:
        return [akka("WARNING", "billing", "claims-submitter", "Clearinghouse responded 429, backing off %dms (batch %s, %d claims)" % (random.randint(500, 8000), uuid4(), random.randint(10, 400)))]
    if k == 5:
        return [play_log("ERROR", "application", "@8%s - Internal server error, for (GET) [/api/v1/statements/%d] ->" % (rnd(string.ascii_lowercase + string.digits, 7), random.randint(10 ** 5, 10 ** 6)))]
    return [akka("INFO", "billing", "remittance-importer", "Imported 835 file ERA_%s_%d.x12: %d CLP segments, total paid %s USD" % (TODAY.strftime("%Y%m%d"), random.randint(1, 99), random.randint(10, 800), amount()))]


# ================================================================ HASKELL
HS_THREADS = [str(x) for x in (41, 87, 112, 903, 1204)]


def katip(ns, sev, mod, src, line, payload, *msg):
    t = now()
    parts = ["[", t.strftime("%Y-%m-%d %H:%M:%S"), "][", ns, "][", sev, "][", BILL_HS if "billing" in ns else "sched-hs-02", "][PID ",
             "2211" if "billing" in ns else "877", "][ThreadId ", random.choice(HS_THREADS), "]"]
    for k, v in payload:
        parts += ["[", k, ":", v, "]"]
    parts += ["[main:", mod, " ", src, ":", str(line), ":", str(random.choice([5, 7, 9])), "] ", list(msg)]
    return mk("katip", parts)


def hs_noise():
    k = random.randint(0, 5)
    if k == 0:
        return [katip("billing-api.ledger", "Info", "Lvh.Billing.Ledger", "src/Lvh/Billing/Ledger.hs", 142, [("batch", str(random.randint(1000, 9999)))],
                      "Posted %d charges, total %s USD" % (random.randint(5, 300), amount()))]
    if k == 1:
        return [katip("billing-api", "Info", "Main", "app/Main.hs", 61, [], "Listening on port 8081 (warp 3.3.31, %d capabilities)" % random.choice([4, 8]))]
    if k == 2:
        return [katip("billing-api.db", "Warning", "Lvh.Billing.Db", "src/Lvh/Billing/Db.hs", 88, [("pool", "primary")],
                      "Slow query (%dms): SELECT invoice_no, amount_cents FROM invoices WHERE cycle_id = $1" % random.randint(500, 4000))]
    if k == 3:
        return [mk("wai-log", private_ip(), " - - [", now().strftime("%d/%b/%Y:%H:%M:%S +0000"), "] \"GET /healthz HTTP/1.1\" 200 - \"\" \"kube-probe/1.28\"")]
    if k == 4:
        return [katip("scheduling-core.sync", "Error", "Lvh.Sched.Sync", "src/Lvh/Sched/Sync.hs", 203, [("clinic", str(random.randint(100, 499)))],
                      "HttpExceptionRequest Request { host = \"fhir.lvh.internal\" port = 8443 path = \"/R4/Slot\" } ResponseTimeout")]
    return [katip("billing-api.payments", "Info", "Lvh.Billing.Payments", "src/Lvh/Billing/Payments.hs", 77, [("gateway", "stripe")],
                  "Webhook evt_%s processed: charge.succeeded %s USD (invoice INV-%s-%06d)" % (rnd(string.ascii_letters + string.digits, 24), amount(), TODAY.year, random.randint(1, 999999)))]


def hs_show_claim():
    p = pat()
    sd = past_day(3, 60)
    return [katip("billing-api.claims", "Warning", "Lvh.Billing.Claims", "src/Lvh/Billing/Claims.hs", 214, [("payer", random.choice(["87726", "60054"]))],
                  "Rejected by edits: Claim {claimSubscriber = Subscriber {subName = ", hs_str(full(p), "name"), ", subMemberId = MemberId ",
                  hs_str(p.member, "health_plan"), ", subDob = ", S(d_iso(p.dob), "date"), "}, claimServiceDate = ", S(d_iso(sd), "date"),
                  ", claimCpt = [\"99213\",\"36415\"], claimDx = [\"E11.65\"], claimTotal = ", amount(), "}")]


def hs_json_statement():
    p = pat()
    t = now()
    return [mk("katip-json", '{"app":["billing-api"],"at":"', t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % t.microsecond, '","data":{"accountNo":', dq(p.acct, "account"),
               ',"guarantor":{"name":', dq(full(p), "name"), ',"phone":', dq(fmt_phone(p.phone, "dash"), "phone"), ',"addr":', dq(street_full(p), "address"),
               ',"city":', dq(p.city, "address"), ',"zip":', dq(p.zip + "-" + p.zip4, "zip"), '},"pages":', str(random.randint(1, 4)),
               '},"env":"production","host":"', BILL_HS, '","loc":{"loc_col":7,"loc_fn":"src/Lvh/Billing/Statement.hs","loc_ln":',
               str(random.randint(60, 140)), ',"loc_mod":"Lvh.Billing.Statement","loc_pkg":"main"},"msg":"Statement rendered","ns":["billing-api","statements"],"pid":"2211","sev":"Info","thread":"',
               random.choice(HS_THREADS), '"}')]


def hs_json_noise():
    t = now()
    return [mk("katip-json", '{"app":["billing-api"],"at":"', t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % t.microsecond, '","data":{"cycle":"C%02d","statements":%d,"elapsedMs":%d},' % (random.randint(1, 28), random.randint(100, 4000), random.randint(1000, 90000)),
               '"env":"production","host":"', BILL_HS, '","loc":null,"msg":"Statement cycle complete","ns":["billing-api","statements"],"pid":"2211","sev":"Notice","thread":"',
               random.choice(HS_THREADS), '"}')]


def hs_warp_pay():
    p = pat()
    return [mk("wai-log", S(p.ip, "ip"), " - - [", now().strftime("%d/%b/%Y:%H:%M:%S +0000"), "] \"GET /v1/statements/", S(p.acct, "account"),
               "/pdf HTTP/1.1\" 200 - \"https://pay.larchvalleyhealth.org/\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1\"")]


def hs_sched_show():
    p = pat()
    a = appt_dt()
    return [katip("scheduling-core.booking", "Info", "Lvh.Sched.Booking", "src/Lvh/Sched/Booking.hs", 96, [("clinic", str(random.randint(100, 499)))],
                  "Booked Appointment {apptId = AppointmentId ", str(random.randint(10000, 99999)), ", apptPatient = PatientRef {prMrn = ",
                  hs_str(p.mrn, "mrn"), ", prName = ", hs_str(full(p), "name"), "}, apptStart = ", S(a.strftime("%Y-%m-%d %H:%M:%S UTC"), "date"),
                  ", apptProvider = ", hs_str(random.choice(STAFF)), ", apptKind = FollowUp}")]


def hs_parse_err():
    return [katip("billing-api.http", "Error", "Lvh.Billing.Api", "src/Lvh/Billing/Api.hs", 311, [],
                  "Error in $.guarantor.dob: could not parse date: endOfInput")]


# ================================================================ OCAML
def ocaml_logs(exe, level, src, *msg):
    parts = [exe, ": [", level, "] "]
    if src:
        parts += ["[", src, "] "]
    return mk("ocaml-logs", parts, list(msg))


def ml_record():
    p = pat()
    return [ocaml_logs("recon.exe", "WARNING", "recon.match", "no ledger match for ",
                       "{ Recon.Types.Guarantor.account = ", ml_str(p.acct, "account"), "; name = ", ml_str(full(p), "name"),
                       "; dob = ", S("(%d, %d, %d)" % (p.dob.year, p.dob.month, p.dob.day), "date"), "; card_last4 = ", ml_str(p.card[-4:]),
                       "; balance_cents = ", str(random.randint(500, 300000)), " }")]


def ml_iban():
    p = random.choice([x for x in PEOPLE if x.iban])
    return [ocaml_logs("recon.exe", "INFO", None, "SEPA refund queued: debtor=", ml_str(full(p), "name"), " iban=", S(p.iban, "account"),
                       " amount=", amount(), " EUR end_to_end_id=LVH-", hexs(12).upper())]


def dream_ts(t):
    return t.strftime("%d.%m.%y %H:%M:%S.") + ms3(t)


def dream_req():
    p = pat()
    n = random.randint(10, 99999)
    t0 = now()
    return [mk("dream", dream_ts(t0), "                       dream.logger  INFO REQ ", str(n), " GET /v1/refills/status?member=", S(p.member, "health_plan"),
               " ", S(p.ip, "ip"), ":", str(random.randint(30000, 65000)), " fd ", str(random.randint(6, 90)), " LVHRefill/3.2.1 (Android 14; SM-S918U)"),
            mk("dream", dream_ts(now(7)), "                       dream.logger  INFO REQ ", str(n), " 200 in ", str(random.randint(800, 30000)), " μs")]


def ml_noise():
    k = random.randint(0, 4)
    if k == 0:
        return [ocaml_logs("recon.exe", "INFO", None, "reconciled batch %s (%d items, %d mismatches) in %.3fs" % (d_iso(past_day(1, 1)), random.randint(100, 4000), random.randint(0, 9), random.uniform(0.5, 30)))]
    if k == 1:
        n = random.randint(10, 99999)
        return [mk("dream", dream_ts(now()), "                       dream.logger  INFO REQ ", str(n), " GET /healthz ", private_ip(), ":", str(random.randint(30000, 65000)), " fd ", str(random.randint(6, 90)), " kube-probe/1.28"),
                mk("dream", dream_ts(now(1)), "                       dream.logger  INFO REQ ", str(n), " 200 in ", str(random.randint(80, 900)), " μs")]
    if k == 2:
        return [mk("ocaml-exn", "Fatal error: exception Failure(\"int_of_string\")"),
                mk("ocaml-exn", "Raised at Stdlib.failwith in file \"stdlib.ml\", line 29, characters 17-33"),
                mk("ocaml-exn", "Called from Recon__Parse.amount_cents in file \"src/parse.ml\", line %d, characters 12-40" % random.randint(20, 90))]
    if k == 3:
        return [ocaml_logs("recon.exe", "DEBUG", "recon.db", "caqti: pool size=8 in_use=%d waiting=0 (postgresql://recon@%s:5432/billing)" % (random.randint(0, 8), private_ip()))]
    return [mk("dream", dream_ts(now()), "                          dream.http  WARN REQ %d TLS handshake failed: Tls_failure(Alert BAD_CERTIFICATE)" % random.randint(10, 99999))]


# ================================================================ F#
def mel(level, cat, evid, *msg):
    return [mk("mel-console", level, ": ", cat, "[", str(evid), "]"), mk("mel-console", "      ", list(msg))]


def serilog(level, *msg):
    t = now()
    return mk("serilog", "[", t.strftime("%H:%M:%S"), " ", level, "] ", list(msg))


def fs_refill_ser():
    p = pat()
    return [serilog("INF", "Refill ", str(random.randint(100000, 999999)), " submitted by RefillRequest { MemberId: ", dq(p.member, "health_plan"),
                    ", PatientName: ", dq(full(p), "name"), ", DateOfBirth: ", S(p.dob.strftime("%m/%d/%Y 00:00:00"), "date"),
                    ", Phone: ", dq(fmt_phone(p.phone, "plain"), "phone"), ", Ndc: \"", random.choice(DRUGS)[0], "\", Quantity: ", random.choice(["30", "90"]), " }")]


def fs_mel():
    p = pat()
    return mel("info", "Lvh.Pharmacy.Refill.RefillHandler", 1001, "Refill request ", uuid4(), " accepted for member ", S(p.member, "health_plan"),
               ", pickup at LVH Outpatient Pharmacy #", str(random.randint(1, 6)))


def fs_mel_noise():
    k = random.randint(0, 3)
    if k == 0:
        return mel("info", "Microsoft.Hosting.Lifetime", 14, "Now listening on: http://[::]:8080")
    if k == 1:
        return mel("warn", "Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository", 60,
                   "Storing keys in a directory '/root/.aspnet/DataProtection-Keys' that may not be persisted outside of the container.")
    if k == 2:
        return mel("fail", "Lvh.Pharmacy.Refill.SurescriptsClient", 3004,
                   "Surescripts NewRx ack timeout after %dms (message id %s, pharmacy NCPDP %07d)" % (random.randint(3000, 30000), hexs(32), random.randint(10 ** 6, 10 ** 7)))
    return mel("info", "Lvh.Pharmacy.Refill.Worker", 1200, "Dispatched %d refills to pharmacy queue rx-outbound in %dms" % (random.randint(1, 60), random.randint(5, 900)))


def fs_clef():
    t = now()
    if random.random() < 0.6:
        return [mk("serilog-clef", '{"@t":"', t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d" % t.microsecond + '0Z","@mt":"Refill {RefillId} dispatched to {Pharmacy} by {Pharmacist}","RefillId":',
                   str(random.randint(100000, 999999)), ',"Pharmacy":"LVH Outpatient Pharmacy #', str(random.randint(1, 6)), '","Pharmacist":"', random.choice(PHARMACISTS),
                   '","SourceContext":"Lvh.Pharmacy.Dispatch","TraceId":"', trace_id(), '","SpanId":"', hexs(16), '"}')]
    p = pat()
    return [mk("serilog-clef", '{"@t":"', t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d" % t.microsecond + '0Z","@mt":"Ready-for-pickup notice sent to {Email}","@l":"Information","Email":',
               dq(p.email, "email"), ',"Template":"rx-ready-v3","From":"', random.choice(STAFF_EMAIL[2:5]), '","SourceContext":"Lvh.Pharmacy.Notify","TraceId":"', trace_id(), '"}')]


def fs_record_dump():
    p = pat()
    drug = random.choice(DRUGS)
    addr = "%s, %s, %s %s" % (street_full(p), p.city, p.state, p.zip)
    F = "fsharp-record"
    dob = "%d/%d/%d 12:00:00 AM" % (p.dob.month, p.dob.day, p.dob.year)
    return [serilog("DBG", "Parsed mail-order payload:"),
            mk(F, '{ MemberId = ', dq(p.member, "health_plan")),
            mk(F, '  PatientName = ', dq(full(p), "name")),
            mk(F, '  DateOfBirth = ', S(dob, "date")),
            mk(F, '  DeliveryAddress = Some "', S(street_full(p), "address"), ", ", S(p.city, "address"), ", ", p.state, " ", S(p.zip, "zip"), '"'),
            mk(F, '  Items = [{ Ndc = "', drug[0], '"'),
            mk(F, '             Quantity = ', random.choice(["30", "90"]), " }]"),
            mk(F, '  Carrier = "UPS"'),
            mk(F, '  TrackingNo = None }')]


def fs_exception():
    return [mk("dotnet-exn", "System.FormatException: String '", random.choice(["N/A", "unknown", "00/00/0000"]), "' was not recognized as a valid DateTime."),
            mk("dotnet-exn", "   at System.DateTime.Parse(String s, IFormatProvider provider)"),
            mk("dotnet-exn", "   at Lvh.Pharmacy.Refill.Parsing.parseDob(String raw) in /src/Lvh.Pharmacy.Refill/Parsing.fs:line %d" % random.randint(20, 80)),
            mk("dotnet-exn", "   at Lvh.Pharmacy.Refill.Handlers.submit@%d-3.Invoke(HttpContext ctx) in /src/Lvh.Pharmacy.Refill/Handlers.fs:line %d" % (random.randint(30, 90), random.randint(30, 90)))]


# ================================================================ LUA / OPENRESTY
def ngx_ts(t):
    return t.strftime("%Y/%m/%d %H:%M:%S")


NGX_WORKERS = [2841, 2842, 2843, 2845]


def ngx_err(level, lua_loc, msg, client, req, extra=None):
    w = random.choice(NGX_WORKERS)
    parts = [ngx_ts(now()), " [", level, "] ", "%d#%d: *%d " % (w, w, random.randint(100000, 9999999))]
    if lua_loc:
        parts += ["[lua] ", lua_loc, ": "]
    parts += [msg, ", client: ", client, ", server: ", REFILL_HOST, ", request: \"", req, "\""]
    if extra:
        parts += extra
    parts += [", host: \"", REFILL_HOST, "\""]
    return mk("nginx-error", parts)


def lua_otp():
    p = pat()
    return [ngx_err("info", "otp.lua:57: verify()", ["member ", S(p.member, "health_plan"), " verified via sms otp sent to ", S(fmt_phone(p.phone, "intl"), "phone")],
                    S(p.ip, "ip"), "POST /v1/auth/otp/verify HTTP/2.0")]


def lua_payload():
    p = pat()
    drug = random.choice(DRUGS)
    body = ['{"memberId":"', S(p.member, "health_plan"), '","dob":"', S(cjson_esc(d_us(p.dob)), "date"), '","lastName":"', S(cjson_esc(p.family), "name"),
            '","ndc":"', drug[0], '","deliver":true,"address":{"street":"', S(cjson_esc(street_full(p)), "address"), '","zip":"', S(p.zip, "zip"), '"}}']
    return [ngx_err("warn", "refill.lua:%d: handler()" % random.choice([118, 120, 131]), ["upstream rejected refill (422), payload: ", body],
                    S(p.ip, "ip"), "POST /v1/refills HTTP/2.0", [", upstream: \"http://", private_ip(), ":8080/v1/refills\""])]


def lua_ratelimit():
    return [ngx_err("warn", "rate_limit.lua:33: limit()", ["rejecting request, excess: %.3f by zone \"refill_api\"" % random.uniform(0.1, 9)],
                    private_ip(), "GET /v1/refills/status/%d HTTP/1.1" % random.randint(100000, 999999))]


def lua_upstream():
    ip = private_ip()
    rid = random.randint(100000, 999999)
    return [ngx_err("error", None, ["upstream timed out (110: Connection timed out) while reading response header from upstream"], private_ip(),
                    "GET /v1/refills/status/%d HTTP/1.1" % rid, [", upstream: \"http://%s:8080/v1/refills/status/%d\"" % (ip, rid)])]


def lua_jwt_fail():
    return [ngx_err("warn", "auth.lua:88: access()", ["jwt verification failed: 'exp' claim expired at %d, kid=%s" % (epoch_ms(now()) // 1000 - random.randint(10, 9000), hexs(8))],
                    random.choice([private_ip(), "52.%d.%d.%d" % (random.randint(0, 255), random.randint(0, 255), random.randint(1, 254))]), "GET /v1/refills HTTP/2.0")]


def ngx_access_json():
    p = pat()
    t = now()
    return [mk("nginx-json", '{"time":"', t.strftime("%Y-%m-%dT%H:%M:%S+00:00"), '","remote_addr":"', S(p.ip, "ip"), '","request":"GET /v1/members/', S(p.member, "health_plan"),
               '/refills?status=open HTTP/2.0","status":200,"body_bytes_sent":', str(random.randint(200, 5000)), ',"request_time":%.3f' % random.uniform(0.004, 0.9),
               ',"upstream_addr":"', private_ip(), ':8080","upstream_response_time":"%.3f"' % random.uniform(0.003, 0.8),
               ',"http_user_agent":"LVHRefill/3.2.1 (iPhone; iOS 17.3.1)","request_id":"', hexs(32), '"}')]


def ngx_access_combined():
    p = pat()
    t = now()
    name_q = pct(full(p))
    return [mk("nginx-access", S(p.ip, "ip"), " - ", S(p.username, "other_id"), " [", t.strftime("%d/%b/%Y:%H:%M:%S +0000"), "] \"GET /v1/pharmacy/lookup?name=",
               S(name_q, "name"), "&dob=", S(d_iso(p.dob), "date"), " HTTP/1.1\" 200 ", str(random.randint(200, 3000)),
               " \"https://rx.larchvalleyhealth.org/refill\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36\"")]


def ngx_access_noise():
    t = now()
    ip = random.choice([private_ip(), private_ip(), "130.211.%d.%d" % (random.randint(0, 255), random.randint(1, 254))])
    path = random.choice(["/healthz", "/v1/formulary?ndc=%s" % random.choice(DRUGS)[0], "/v1/pharmacies?zip=60606&radius=10", "/static/app.%s.js" % hexs(8)])
    return [mk("nginx-access", ip, " - - [", t.strftime("%d/%b/%Y:%H:%M:%S +0000"), "] \"GET ", path, " HTTP/1.1\" ", random.choice(["200", "200", "304", "404"]), " ",
               str(random.randint(0, 90000) if "static" in path or "formulary" in path else random.randint(2, 40)), " \"-\" \"", random.choice(["kube-probe/1.28", "GoogleHC/1.0", "curl/8.5.0", "Prometheus/2.49.1"]), "\"")]


# ================================================================ PERL
MOJO_PID = [31877]


def mojo(level, rid, *msg, off=0):
    t = now(off)
    return mk("mojo", "[", t.strftime("%Y-%m-%d %H:%M:%S."), "%05d" % (t.microsecond // 10), "] [", str(MOJO_PID[0]), "] [", level, "] [", rid, "] ", list(msg))


def log4perl(level, cat, *msg):
    return mk("log4perl", now().strftime("%Y/%m/%d %H:%M:%S"), " [", str(random.choice([31877, 31879, 31880])), "] ", level, " ", cat, " - ", list(msg))


def perl_mojo_pay():
    p = pat()
    rid = rnd(string.ascii_letters + string.digits, 8)
    dt_ = random.uniform(0.01, 0.9)
    MOJO_PID[0] = random.choice([31877, 31879, 31880])
    return [mojo("info", rid, 'POST "/statements/pay"'),
            mojo("debug", rid, 'Routing to controller "Lvh::Billing::Controller::Payment" and action "submit"', off=1),
            mojo("warn", rid, off=int(dt_ * 900), *[ "card declined (", random.choice(["do_not_honor", "insufficient_funds", "expired_card"]), ") for account ", S(p.acct, "account"),
                 " card ", S(p.card, "account"), " exp ", "%02d/%02d" % (random.randint(1, 12), random.randint(25, 29))]),
            mojo("debug", rid, "402 Payment Required (%.6fs, %.3f/s)" % (dt_, 1 / dt_), off=int(dt_ * 1000))]


def perl_mojo_noise():
    rid = rnd(string.ascii_letters + string.digits, 8)
    dt_ = random.uniform(0.001, 0.3)
    path = random.choice(['"/"', '"/statements/%d"' % random.randint(10 ** 5, 10 ** 6), '"/api/v1/cycles/current"', '"/healthz"'])
    MOJO_PID[0] = random.choice([31877, 31879, 31880])
    return [mojo("info", rid, "GET ", path),
            mojo("debug", rid, "200 OK (%.6fs, %.3f/s)" % (dt_, 1 / dt_), off=int(dt_ * 1000))]


def perl_l4p_mail():
    p = pat()
    return [log4perl("INFO", "Lvh::Billing::Statement", "Mailing statement to ", nm(p), ", ", addr_line(p), " (acct ", S(p.acct, "account"), ", ", str(random.randint(1, 4)), " pages)")]


def perl_l4p_noise():
    k = random.randint(0, 3)
    if k == 0:
        return [log4perl("INFO", "Lvh::Billing::Cycle", "Cycle C%02d closed: %d statements, %d suppressed (zero balance), print vendor batch %s" % (random.randint(1, 28), random.randint(100, 5000), random.randint(0, 90), uuid4()))]
    if k == 1:
        return [log4perl("WARN", "Lvh::Billing::Lockbox", "Lockbox file LBX_%s_%03d.txt has %d unmatched remittances (total %s)" % (TODAY.strftime("%Y%m%d"), random.randint(1, 30), random.randint(1, 30), amount()))]
    if k == 2:
        return [mk("perl-warn", "Use of uninitialized value $payer_id in concatenation (.) or string at /opt/lvh-billing/lib/Lvh/Billing/Claim.pm line %d." % random.randint(100, 400))]
    return [log4perl("ERROR", "Lvh::Billing::Print", "SFTP upload to print vendor sftp.printvendor.example:22 failed: Net::SFTP::Foreign error 37 (Connection timed out)")]


def perl_dbi_dup():
    p = pat()
    return [mk("perl-dbi", 'DBD::Pg::st execute failed: ERROR:  duplicate key value violates unique constraint "accounts_guarantor_ssn_key"'),
            mk("perl-dbi", "DETAIL:  Key (guarantor_ssn)=(", S(p.ssn, "ssn"), ") already exists. at /opt/lvh-billing/lib/Lvh/Billing/Accounts.pm line %d." % random.randint(150, 300))]


def perl_dumper():
    p = pat()
    F = "perl-dumper"
    sd = past_day(5, 60)
    lines = [log4perl("DEBUG", "Lvh::Billing::Guarantor", "guarantor payload:"),
             mk(F, "$VAR1 = {"),
             mk(F, "  'account_no' => ", sq(p.acct, "account"), ","),
             mk(F, "  'guarantor' => {"),
             mk(F, "    'name' => ", perl_str(full(p), "name"), ","),
             mk(F, "    'dob' => ", sq(d_iso(p.dob), "date"), ","),
             mk(F, "    'ssn' => ", sq(p.ssn, "ssn"), ","),
             mk(F, "    'phone' => ", sq(fmt_phone(p.phone, "dots"), "phone"), ","),
             mk(F, "    'email' => ", sq(p.email, "email"), ","),
             mk(F, "    'addr' => [")]
    lines += [mk(F, "      ", perl_str(street_full(p), "address"), ","),
              mk(F, "      ", perl_str(p.city, "address"), ","),
              mk(F, "      'IL',") if p.state == "IL" else mk(F, "      '", p.state, "',"),
              mk(F, "      ", sq(p.zip, "zip")),
              mk(F, "    ]"),
              mk(F, "  },"),
              mk(F, "  'service_date' => ", sq(d_iso(sd), "date"), ","),
              mk(F, "  'balance' => '", amount(), "',"),
              mk(F, "  'payer_id' => undef,"),
              mk(F, "  'cycle' => 'C%02d'" % random.randint(1, 28)),
              mk(F, "};")]
    return lines


def perl_dumper_flat():
    p = pat()
    return [log4perl("DEBUG", "Lvh::Billing::Refund", "refund request: $VAR1 = {'payee' => ", perl_str(full(p), "name"), ",",
                     ["'iban' => ", sq(p.iban, "account")] if p.iban else ["'card' => ", sq(p.card, "account")], ",'amount' => '", amount(), "','reason' => 'overpayment','invoice' => 'INV-%d-%06d'};" % (TODAY.year, random.randint(1, 999999)))]


# ================================================================ CRYSTAL
def cr_log(level, src, msg, data=None):
    t = now()
    parts = [t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % t.microsecond, " ", level.rjust(6), " - ", src, ": ", msg]
    if data:
        parts += [" -- ", data]
    return mk("crystal-log", parts)


def cr_refill():
    p = pat()
    return [cr_log("INFO", "refill.worker", "Picked refill job", ["job_id: ", str(random.randint(10 ** 5, 10 ** 6)), ", member_id: ", dq(p.member, "health_plan"),
                                                                 ", ndc: \"", random.choice(DRUGS)[0], "\", attempt: 1"])]


def cr_inspect():
    p = pat()
    return [cr_log("DEBUG", "refill.push", ["Registering device #<Refill::PushRegistration:0x7f%s @member_id=" % hexs(10), dq(p.member, "health_plan"),
                                            ", @patient_name=", dq(full(p), "name"), ", @dob=", S(d_iso(p.dob) + " 00:00:00.0 UTC", "date"),
                                            ", @device_imei=", dq(p.imei, "device"), ", @apns_token=\"", hexs(64), "\", @platform=:ios>"])]


def cr_kemal():
    t = now()
    return [mk("kemal", t.strftime("%Y-%m-%d %H:%M:%S UTC "), random.choice(["200", "200", "201", "404"]), " ", random.choice(["GET", "POST"]), " ",
               random.choice(["/v1/refills/%d" % random.randint(10 ** 5, 10 ** 6), "/v1/formulary", "/healthz", "/v1/pharmacies/3/hours"]), " ",
               "%.2fms" % random.uniform(0.05, 90) if random.random() < 0.8 else "%dµs" % random.randint(40, 999))]


def cr_exn():
    return [mk("crystal-exn", 'Unhandled exception in spawn: Invalid Int32: "', random.choice(["N/A", "30 tabs", ""]), '" (ArgumentError)'),
            mk("crystal-exn", "  from /usr/share/crystal/src/string.cr:480:5 in 'to_i32'"),
            mk("crystal-exn", "  from src/refill/parser.cr:%d:7 in 'parse_qty'" % random.randint(30, 70)),
            mk("crystal-exn", "  from src/refill/worker.cr:%d:9 in '->'" % random.randint(30, 90)),
            mk("crystal-exn", "  from /usr/share/crystal/src/fiber.cr:146:11 in 'run'")]


def cr_noise():
    k = random.randint(0, 3)
    if k == 0:
        return [cr_log("INFO", "refill.worker", "Queue depth", ["queue: \"refills:pending\", depth: %d, lag_s: %d" % (random.randint(0, 400), random.randint(0, 120))])]
    if k == 1:
        return [cr_log("WARN", "db.pool", "Connection checkout slow", ["elapsed_ms: %d, host: \"%s\"" % (random.randint(200, 5000), private_ip())])]
    if k == 2:
        return [cr_log("INFO", "kemal", "Kemal is running in production mode and listening on http://0.0.0.0:3000")]
    return [cr_log("ERROR", "refill.surescripts", "Ack missing", ["message_id: \"%s\", ncpdp: \"%07d\"" % (hexs(32), random.randint(10 ** 6, 10 ** 7))])]


# ================================================================ JULIA
def jl_box(level, title, kvs, loc):
    F = "julia-log"
    out = [mk(F, "┌ ", level, ": ", title)]
    for k, v in kvs:
        out.append(mk(F, "│   ", k, " = ", v))
    out.append(mk(F, "└ @ ", loc))
    return out


def jl_critical():
    p = pat()
    c = collect_dt()
    test = random.choice(TESTS)
    return jl_box("Warning", "Critical %s value" % test[1].lower(),
                  [("mrn", dq(p.mrn, "mrn")), ("collected", S(c.strftime("%Y-%m-%dT%H:%M:%S"), "date")), ("value", "%.1f" % random.uniform(1, 30)),
                   ("loinc", '"%s"' % test[0]), ("analyzer", '"cobas-8000 SN %d"' % random.randint(10 ** 6, 10 ** 7))],
                  "LabIngest /opt/lab/src/ingest.jl:%d" % random.randint(60, 120))


def jl_cgm():
    p = pat()
    return jl_box("Info", "CGM upload parsed",
                  [("serial", dq(p.cgm, "device")), ("patient", dq(full(p), "name")), ("readings", str(random.choice([96, 288, 576]))),
                   ("time_in_range", "0.%02d" % random.randint(40, 95)), ("firmware", '"v%d.%d.%d"' % (random.randint(1, 4), random.randint(0, 9), random.randint(0, 30)))],
                  "LabIngest.CGM /opt/lab/src/cgm.jl:%d" % random.randint(30, 60))


def jl_dataframe():
    p = pat()
    test = random.choice(TESTS)
    name = full(p)
    w = max(len(name), 6)
    val = "%.1f" % random.uniform(1, 30)
    F = "julia-df"
    return [mk(F, "1×6 DataFrame"),
            mk(F, " Row │ mrn       name", " " * (w - 4), "  dob         age    loinc   value"),
            mk(F, "     │ String    String", " " * (w - 6), "  Date        Int64  String  Float64"),
            mk(F, "─────┼", "─" * (w + 49)),
            mk(F, "   1 │ ", S(p.mrn, "mrn"), "  ", S(name, "name"), " " * (w - len(name)), "  ", S(d_iso(p.dob), "date"), "  ",
               " " * (5 - len(str(p.age))), age_part(p), "  ", test[0].ljust(6), "  ", " " * (7 - len(val)), val)]


def jl_noise():
    k = random.randint(0, 4)
    if k == 0:
        return [mk("julia-log", "[ Info: Loaded reference ranges from /opt/lab/ref/ranges_v12.csv (%d rows)" % random.randint(1500, 3000))]
    if k == 1:
        return [mk("julia-log", "[ Info: Listening on: 0.0.0.0:8081, thread id: 1")]
    if k == 2:
        return jl_box("Error", "Exception while ingesting batch",
                      [("exception", "(ArgumentError(\"invalid base 10 digit 'x' in \\\"%dx\\\"\"), Union{Ptr{Nothing}, Base.InterpreterIP}[])" % random.randint(1, 99)),
                       ("batch_id", '"LB-%s-%02d"' % (TODAY.strftime("%Y%m%d"), random.randint(1, 40)))], "LabIngest /opt/lab/src/ingest.jl:141")
    if k == 3:
        return jl_box("Info", "Ingested lab batch", [("batch_id", '"LB-%s-%02d"' % (TODAY.strftime("%Y%m%d"), random.randint(1, 40))), ("n_results", str(random.randint(20, 900))),
                                                     ("elapsed", "%.3f seconds" % random.uniform(0.2, 12))], "LabIngest /opt/lab/src/ingest.jl:88")
    return [mk("julia-log", "┌ Warning: Delta check skipped: previous result older than 365 days"),
            mk("julia-log", "└ @ LabIngest.Delta /opt/lab/src/delta.jl:27")]


# ================================================================ R / SHINY
def rlog(level, *msg):
    return mk("r-logger", level, " [", now().strftime("%Y-%m-%d %H:%M:%S"), "] ", list(msg))


def r_panel():
    p = pat()
    return [rlog("INFO", "user ", random.choice(STAFF_USERS[:8]), " opened results panel for MRN ", S(p.mrn, "mrn"), " (session ", hexs(32), ")")]


def r_print_df():
    p = pat()
    name = full(p)
    test = random.choice(TESTS)
    val = "%.1f" % random.uniform(1, 30)
    cols = [("mrn", p.mrn, "mrn"), ("name", name, "name"), ("dob", d_iso(p.dob), "date"), ("age", str(p.age), "age" if p.age > 89 else None),
            ("loinc", test[0], None), ("value", val, None)]
    head = [" "]
    row = ["1"]
    for h, v, c in cols:
        w = max(len(h), len(v))
        head.append(" " + h.rjust(w))
        row += [" " + " " * (w - len(v)), S(v, c)]
    return [mk("r-print", head), mk("r-print", row)]


def r_str():
    p = pat()
    F = "r-str"
    return [mk(F, "'data.frame':\t1 obs. of  5 variables:"),
            mk(F, " $ mrn   : chr ", dq(p.mrn, "mrn")),
            mk(F, " $ name  : chr ", dq(full(p), "name")),
            mk(F, " $ dob   : Date, format: ", dq(d_iso(p.dob), "date")),
            mk(F, " $ kit_id: chr ", dq(p.kit, "other_id")),
            mk(F, " $ age   : int ", age_part(p))]


def r_kit():
    p = pat()
    return [rlog("WARN", "genomics kit ", S(p.kit, "other_id"), " received without requisition; patient ", nm(p), " dob ", S(d_us(p.dob), "date"))]


def r_noise():
    k = random.randint(0, 4)
    if k == 0:
        return [mk("shiny", "Listening on http://0.0.0.0:3838")]
    if k == 1:
        return [mk("shiny", "Warning: Error in as.Date.character: character string is not in a standard unambiguous format"),
                mk("shiny", "  %d: <Anonymous>" % random.randint(90, 120)),
                mk("shiny", "  %d: renderTable [/srv/shiny-server/lab/server.R#%d]" % (random.randint(60, 89), random.randint(30, 200))),
                mk("shiny", "   1: runApp")]
    if k == 2:
        return [rlog("INFO", "refreshed reference table lab_ref_ranges (%d rows) from pg://%s/labdw in %.2f sec" % (random.randint(1000, 3000), private_ip(), random.uniform(0.1, 4)))]
    if k == 3:
        return [mk("shiny", "Warning in file(con, \"r\") :"), mk("shiny", "  cannot open file '/srv/shiny-server/lab/cache/qc_%s.rds': No such file or directory" % TODAY.strftime("%Y%m%d"))]
    return [rlog("DEBUG", "plotly render qc_levey_jennings took %dms (analyzer cobas-8000 SN %d)" % (random.randint(40, 900), random.randint(10 ** 6, 10 ** 7)))]


# ================================================================ DART
def dlog(level, *msg):
    t = now()
    return mk("dart-logging", level, ": ", t.strftime("%Y-%m-%d %H:%M:%S.") + "%06d" % t.microsecond, ": ", list(msg))


def dart_booking():
    p = pat()
    a = appt_dt()
    return [dlog("FINE", "Booking payload {patientId: ", S(p.mrn, "mrn"), ", name: ", nm(p), ", dob: ", S(d_iso(p.dob), "date"), ", phone: ", phone(p, "paren"),
                 ", slot: ", S(a.strftime("%Y-%m-%d %H:%M:%S.000Z"), "date"), ", clinicId: ", str(random.randint(100, 499)), ", visitType: FOLLOW_UP}")]


def dart_parking():
    p = pat()
    a = appt_dt()
    return [dlog("INFO", "Parking validation issued for plate ", S(p.plate, "vehicle"), " (garage B, level 2) appointment ", str(random.randint(10000, 99999)),
                 " on ", S(a.strftime("%Y-%m-%d"), "date"))]


def dart_kiosk():
    p = pat()
    return [dlog("INFO", "Kiosk ", str(random.randint(1, 12)), " check-in matched {mrn: ", S(p.mrn, "mrn"), ", faceTemplate: ", S(b64(random.choice([96, 128, 160])), "biometric"),
                 ", score: 0.9", str(random.randint(1, 9)), ", photo: ", S("data:image/jpeg;base64," + jpeg_b64(random.choice([300, 420, 540])), "photo"), "}")]


def dart_ble():
    p = pat()
    return [dlog("INFO", "RPM reading accepted {deviceMac: ", S(p.mac, "device"), ", patientId: ", S(p.mrn, "mrn"), ", type: ", random.choice(["glucose", "weight", "bp"]),
                 ", value: ", str(random.randint(60, 240)), ", gateway: ", random.choice(["hub-", "gw-"]), hexs(6), "}")]


def dart_sms_fail():
    p = pat()
    return [dlog("SEVERE", "Twilio SMS failed for ", S(fmt_phone(p.phone, "e164"), "phone"), ": 21610 Attempt to send to unsubscribed recipient (from +18005550134)")]


def dart_shelf():
    t = now()
    el = random.uniform(0.001, 0.4)
    path = random.choice(["/v1/slots?clinic=%d&date=%s" % (random.randint(100, 499), d_iso(future_day())), "/v1/clinics", "/healthz",
                          "/v1/appointments/%d/cancel" % random.randint(10000, 99999), "/v1/providers/%s/availability" % npi()])
    meth = random.choice(["GET", "GET", "POST"])
    return [mk("dart-shelf", t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d" % t.microsecond, "\t0:00:00.%06d\t" % int(el * 1e6), meth.ljust(7), "\t[", random.choice(["200", "200", "201", "204", "404"]), "]\t", path)]


def dart_noise():
    k = random.randint(0, 3)
    if k == 0:
        return [dlog("INFO", "Server listening on port 8080")]
    if k == 1:
        return [mk("dart-exn", "Unhandled exception:"),
                mk("dart-exn", "SocketException: Connection refused (OS Error: Connection refused, errno = 111), address = %s, port = 5432" % private_ip()),
                mk("dart-exn", "#0      _NativeSocket.startConnect (dart:io-patch/socket_patch.dart:724:35)"),
                mk("dart-exn", "#1      PostgreSQLConnection.open (package:postgres/src/connection.dart:133:7)")]
    if k == 2:
        return [dlog("WARNING", "Slot hold %s expired after 300s without confirmation (clinic %d)" % (uuid4(), random.randint(100, 499)))]
    return [dlog("INFO", "Provider calendar sync done: %d slots, %d conflicts (took 0:00:0%d.%06d)" % (random.randint(100, 3000), random.randint(0, 9), random.randint(1, 9), random.randint(0, 999999)))]


# ================================================================ extra PHI categories
def clj_idscan():
    p = pat()
    extras = []
    if p.natid:
        extras = [", :id/foreign {:type \"", p.natid[0], "\", :value ", dq(p.natid[1], "other_id"), "}"]
    fax = [", :patient/fax ", dq(fmt_phone(p.phone2, "paren"), "fax")] if random.random() < 0.5 else []
    return [timbre5("INFO", "lvh.registration.idscan:52", "ID scan accepted for ", S(p.mrn, "mrn"), " {:id/type :drivers-license, :id/state \"", p.state,
                    "\", :id/number ", dq(p.dl, "license"), ", :id/expires \"", p.dl_exp, "\"", extras, fax,
                    ", :scanner \"", random.choice(["Intellicheck", "Acuant"]), "\", :confidence 0.9", str(random.randint(0, 9)), "}")]


def clj_portal_profile():
    p = pat()
    return [timbre5("DEBUG", "lvh.registration.portal:140", "Portal account linked {:portal/username ", dq(p.username, "other_id"), ", :portal/profile-url ", dq(p.url, "url"),
                    ", :patient/mrn ", dq(p.mrn, "mrn"), ", :portal/invited-by ", dq(random.choice(AGENTS)), ", :portal/email ", dq(p.email, "email"), "}")]


def phx_photo_upload():
    p = pat()
    rid = req_phx()
    pid_ = str(random.randint(1000, 99999))
    img = random.choice([("data:image/png;base64," + png_b64(random.choice([240, 360])), "photo"), ("data:image/jpeg;base64," + jpeg_b64(random.choice([240, 360, 480])), "photo")])
    return [exl("phoenix", "info", "PUT /api/v1/patients/%s/photo" % pid_, rid),
            mk("phoenix", '  Parameters: %{"id" => "', pid_, '", "mrn" => ', dq(p.mrn, "mrn"), ', "photo" => ', dq(img[0], "photo"), ', "source" => "kiosk"}'),
            exl("phoenix", "info", "Sent 204 in %dms" % random.randint(20, 300), rid, 30)]


def phx_pump():
    p = pat()
    return [exl("elixir", "info", ["supplies refill for insulin pump ", S(p.pump, "device"), ": %{member_id: ", dq(p.member, "health_plan"), ", items: [\"MMT-",
                                   str(random.randint(300, 399)), "A\", \"MMT-", str(random.randint(1000, 9999)), "\"], ship_to_zip: ", dq(p.zip, "zip"), "}"],
                meta=["mfa=Lvh.Pharmacy.Supplies.order/2 "])]


def phx_biometric():
    p = pat()
    return [exl("elixir", "debug", ["palm-vein enrollment stored: %Lvh.Registration.Biometric{mrn: ", dq(p.mrn, "mrn"), ", modality: :palm_vein, template: ",
                                    dq(b64(random.choice([144, 192, 240])), "biometric"), ", vendor: \"Fujitsu PalmSecure\", quality: ", str(random.randint(60, 99)), "}"], req_phx())]


def scala_mva():
    p = pat()
    acc = past_day(10, 90)
    case = "MVA-%d-%06d" % (TODAY.year, random.randint(1, 999999))
    return [akka("INFO", "billing", "liability-router", "Routing to auto carrier: MvaClaim(", S(case, "other_id"), ",", S(p.mrn, "mrn"), ",VehicleInfo(",
                 S(p.vin, "vehicle"), ",", p.state, ",", S(p.plate, "vehicle"), "),", S(d_iso(acc), "date"), ",", random.choice(["State Farm", "Progressive", "Allstate", "GEICO"]), ")")]


def hs_udi():
    p = pat()
    exp = dt.date(2026 + random.randint(0, 3), random.randint(1, 12), 28)
    return [katip("billing-api.implants", "Info", "Lvh.Billing.Implants", "src/Lvh/Billing/Implants.hs", 58, [("case", str(random.randint(10 ** 5, 10 ** 6)))],
                  "ImplantLine {ilPatient = ", hs_str(p.mrn, "mrn"), ", ilUdi = ", hs_str(make_udi(exp), "device"), ", ilCpt = \"", random.choice(["27447", "33208", "27130"]),
                  "\", ilCharge = ", amount(), "}")]


def fs_voiceprint():
    p = pat()
    return [serilog("INF", "IVR voiceprint enrolled VoiceprintEnrollment { MemberId: ", dq(p.member, "health_plan"), ", CallerId: ", dq(fmt_phone(p.phone, "e164"), "phone"),
                    ", Template: ", dq(b64(random.choice([120, 180])), "biometric"), ", Engine: \"Nuance Gatekeeper 12.1\" }")]


def perl_wc_case():
    p = pat()
    return [log4perl("INFO", "Lvh::Billing::WorkComp", "Workers comp case ", S("WC-%d-%06d" % (random.randint(2022, 2024), random.randint(1, 999999)), "other_id"),
                     " linked to account ", S(p.acct, "account"), "; employer fax ", random.choice(["(630) 555-0177", "(708) 555-0102"]),
                     ", claimant fax ", S(fmt_phone(p.phone2, "paren"), "fax"), ", DOI ", S(d_us(past_day(20, 200)), "date"))]


def perl_fax_stmt():
    p = pat()
    return [log4perl("INFO", "Lvh::Billing::Delivery", "Statement for ", nm(p), " sent via eFax to ", S(fmt_phone(p.phone2, "dash"), "fax"),
                     " from ", ORG_PHONE[1], " (job ", str(random.randint(10 ** 6, 10 ** 7)), ", ", str(random.randint(1, 4)), " pages)")]


def r_cgm():
    p = pat()
    return [rlog("INFO", "RPM: CGM ", S(p.cgm, "device"), " linked to MRN ", S(p.mrn, "mrn"), "; last sync ", now().strftime("%Y-%m-%d %H:%M:%S"), " UTC")]


def lua_voice():
    p = pat()
    return [ngx_err("info", "ivr.lua:%d: handle_callback()" % random.randint(40, 90), ["caller ", S(fmt_phone(p.phone, "e164"), "phone"), " matched member ",
                                                                                  S(p.member, "health_plan"), " by voiceprint score 0.9%d" % random.randint(0, 9)],
                    random.choice(["54.%d.%d.%d" % (random.randint(0, 255), random.randint(0, 255), random.randint(1, 254))]), "POST /v1/ivr/callback HTTP/1.1")]


def ex_medicaid():
    cand = [x for x in PEOPLE if x.medicaid]
    p = random.choice(cand)
    return [exl("elixir", "info", ["eligibility 271 parsed: %{medicaid_id: ", dq(p.medicaid, "health_plan"), ", subscriber: ", dq(full(p), "name"), ", dob: ",
                                   ex_date(p.dob), ", status: :active, plan: \"IL Medicaid HealthChoice\"}"], req_phx())]


def cr_mbi():
    p = random.choice([x for x in PEOPLE if x.mbi])
    return [cr_log("INFO", "refill.partd", "Part D claim adjudicated", ["mbi: ", dq(p.mbi, "health_plan"), ", bin: \"610502\", pcn: \"MEDDADV\", copay: ", "%d.%02d" % (random.choice([0, 4, 10, 47]), random.randint(0, 99)),
                                                                         ", age: ", age_part(p)])]


def clj_old_patient():
    p = random.choice([x for x in PEOPLE if x.age > 89])
    return [timbre6("INFO", "lvh.scheduling.rules:66", "Fall-risk flag set for ", S(p.mrn, "mrn"), " {:age ", age_part(p), ", :transport :wheelchair-van, :companion ",
                    dq(p.contact_name, "name"), ", :companion-phone ", dq(fmt_phone(p.contact_phone, "paren"), "phone"), "}")]


def ngx_ssn_lookup():
    p = pat()
    return [ngx_err("error", "refill.lua:%d: lookup()" % random.randint(140, 180), ["member lookup by ssn4 failed for ", S(full(p), "name"), " (last4=", p.ssn[-4:], ")"],
                    S(p.ip, "ip"), "GET /v1/members/search HTTP/2.0")]


# ================================================================ more templates
def fs_controlled_pickup():
    p = pat()
    return [serilog("INF", "C-II pickup verified ControlledPickup { MemberId: ", dq(p.member, "health_plan"), ", PickedUpBy: ", dq(full(p), "name"),
                    ", IdType: \"DL\", IdNumber: ", dq(p.dl, "license"), ", IdState: \"", p.state, "\", Pharmacist: \"", random.choice(PHARMACISTS),
                    "\", Pharmacy: \"LVH Outpatient Pharmacy #", str(random.randint(1, 6)), "\" }")]


def cr_pickup_agent():
    p = pat()
    return [cr_log("INFO", "refill.pickup", "Released to agent", ["member_id: ", dq(p.member, "health_plan"), ", agent_name: ", dq(p.contact_name, "name"),
                                                                   ", relationship: \"", p.contact_rel, "\", agent_dl: ", dq(p.dl[0] + "%03d-%04d-%04d" % (random.randint(100, 999), random.randint(0, 9999), random.randint(0, 9999)), "license"),
                                                                   ", clerk: \"", random.choice(["tzielinski", "gachterberg", "nilori"]), "\""])]


def dart_proxy():
    p = pat()
    return [dlog("INFO", "Proxy access granted {patientId: ", S(p.mrn, "mrn"), ", proxyName: ", S(p.contact_name, "name"), ", proxyPhone: ",
                 S(fmt_phone(p.contact_phone, "dash"), "phone"), ", relationship: ", p.contact_rel, ", portalUrl: ", S(p.portal_url, "url"), ", expires: null}")]


def ex_swoosh():
    p = pat()
    a = appt_dt()
    return [exl("elixir", "info", ["Sent email: %Swoosh.Email{to: [{", dq(full(p), "name"), ", ", dq(p.email, "email"),
                                   "}], from: {\"Larch Valley Health\", \"noreply@larchvalleyhealth.org\"}, subject: \"Appointment reminder: ",
                                   S(a.strftime("%a, %b ") + str(a.day), "date"), " at ", a.strftime("%I:%M %p").lstrip("0"),
                                   "\", provider: Swoosh.Adapters.AmazonSES, headers: %{\"X-SES-CONFIGURATION-SET\" => \"reminders\"}}"],
                meta=["mfa=Lvh.Scheduling.Mailer.deliver/1 "])]


def perl_estatement():
    p = pat()
    return [log4perl("INFO", "Lvh::Billing::EStatement", "e-statement notice queued for acct ", S(p.acct, "account"), " to ", S(p.email, "email"),
                     " (bcc ", random.choice(STAFF_EMAIL[3:]), ", template estmt_v4, msgid <", hexs(16), "@mail.larchvalleyhealth.org>)")]


def play_ssn_search():
    p = pat()
    return [play_log("INFO", "services.EligibilityFallback", 'member id not on file, falling back to SSN search {"searchBy":"ssn","ssn":', dq(p.ssn.replace("-", ""), "ssn"),
                     ',"lastName":', dq(p.family, "name"), ',"dob":', dq(d_iso(p.dob), "date"), ',"payerId":"', random.choice(["60054", "87726"]), '"}')]


def ml_ssn_mismatch():
    p = pat()
    q = make_ssn()
    return [ocaml_logs("recon.exe", "ERROR", "recon.payer", "SSN mismatch for account ", S(p.acct, "account"), ": ledger=", S(p.ssn, "ssn"),
                       " payer_835=", S(q, "ssn"), " (member ", S(p.member, "health_plan"), ")")]


def dart_confirm_email():
    p = pat()
    a = appt_dt()
    return [dlog("FINE", "SendGrid accepted confirmation to ", S(p.email, "email"), " for ", S(a.strftime("%Y-%m-%d"), "date"), " ", a.strftime("%H:%M"),
                 " (x-message-id ", b64url(22), ", from noreply@larchvalleyhealth.org)")]


def r_old_ages():
    old = [x for x in PEOPLE if x.age > 89]
    rows = random.sample(old, 3)
    F = "r-print"
    out = [mk(F, "# A tibble: 3 × 4"),
           mk(F, "  mrn      age_years fall_risk last_visit"),
           mk(F, "  <chr>        <int> <lgl>     <date>    ")]
    for i, p in enumerate(rows, 1):
        lv = past_day(3, 200)
        out.append(mk(F, str(i), " ", S(p.mrn, "mrn"), "        ", S(str(p.age), "age"), " ", random.choice(["TRUE ", "FALSE"]), "     ", S(d_iso(lv), "date")))
    return out


# ================================================================ assembly
PHI_T = [
    (clj_register, 3), (clj_dupe, 2), (clj_addr, 2), (clj_contact, 2), (clj_ssn_conflict, 1), (clj_error_map, 1), (clj_mulog_book, 3),
    (clj_mulog_reminder, 2), (clj_idscan, 2), (clj_portal_profile, 3), (clj_old_patient, 3),
    (phx_register, 2), (ecto_insert, 2), (ecto_select_mrn, 2), (ecto_changeset, 2), (ex_struct_appt, 2), (oban_sms, 2), (ex_genserver_crash, 1),
    (ex_logger_json, 2), (phx_photo_upload, 3), (phx_pump, 2), (phx_biometric, 2), (ex_medicaid, 2),
    (erl_crash, 1), (erl_genserver_single, 2), (erl_error_report, 1),
    (scala_labresult, 3), (scala_persist, 2), (play_eligibility, 2), (play_statement, 2), (play_mbi, 2), (scala_mva, 3),
    (hs_show_claim, 2), (hs_json_statement, 2), (hs_warp_pay, 2), (hs_sched_show, 2), (hs_udi, 2),
    (ml_record, 2), (ml_iban, 2), (dream_req, 2),
    (fs_refill_ser, 2), (fs_mel, 2), (fs_clef, 1), (fs_record_dump, 1), (fs_voiceprint, 2),
    (lua_otp, 2), (lua_payload, 2), (ngx_access_json, 2), (ngx_access_combined, 2), (lua_voice, 1), (ngx_ssn_lookup, 1),
    (perl_mojo_pay, 1), (perl_l4p_mail, 2), (perl_dbi_dup, 1), (perl_dumper, 1), (perl_dumper_flat, 2), (perl_wc_case, 2), (perl_fax_stmt, 2),
    (cr_refill, 2), (cr_inspect, 2), (cr_mbi, 3),
    (jl_critical, 1), (jl_cgm, 2), (jl_dataframe, 1),
    (r_panel, 2), (r_print_df, 2), (r_str, 1), (r_kit, 2), (r_cgm, 2),
    (dart_booking, 2), (dart_parking, 3), (dart_kiosk, 3), (dart_ble, 2), (dart_sms_fail, 2),
    (fs_controlled_pickup, 2), (cr_pickup_agent, 2), (dart_proxy, 2), (ex_swoosh, 2), (perl_estatement, 2), (play_ssn_search, 2),
    (ml_ssn_mismatch, 1), (dart_confirm_email, 2), (r_old_ages, 1),
]
NON_T = [
    (clj_noise, 5), (clj_mulog_http, 3), (clj_mulog_kafka, 2), (ex_noise, 6), (oban_noise, 2), (erl_progress, 1), (erl_supervisor_report, 1),
    (erl_noise, 4), (scala_dead, 2), (scala_noise, 5), (hs_noise, 5), (hs_json_noise, 2), (hs_parse_err, 1), (ml_noise, 4), (fs_mel_noise, 3),
    (fs_exception, 1), (lua_ratelimit, 2), (lua_upstream, 2), (lua_jwt_fail, 2), (ngx_access_noise, 4), (perl_mojo_noise, 3), (perl_l4p_noise, 4),
    (cr_kemal, 3), (cr_exn, 1), (cr_noise, 3), (jl_noise, 1), (r_noise, 2), (dart_shelf, 4), (dart_noise, 3),
]
USES = {}


def pick(pool, room):
    while True:
        fn = random.choices([f for f, _ in pool], [w * (5 if USES.get(f.__name__, 0) == 0 else 1) for f, w in pool])[0]
        state = random.getstate()
        clk = CLOCK[0]
        block = fn()
        if len(block) > room:
            random.setstate(state)
            random.random()
            CLOCK[0] = clk
            continue
        cap = 1 if len(block) >= 10 else 2 if len(block) >= 5 else 99
        if USES.get(fn.__name__, 0) >= cap:
            continue
        USES[fn.__name__] = USES.get(fn.__name__, 0) + 1
        return block


def main():
    lines = []
    while len(lines) < N_LINES:
        tick()
        nphi = sum(1 for ln in lines if ln.spans)
        share = nphi / len(lines) if lines else 0.0
        pool = NON_T if share > 0.45 else PHI_T
        lines.extend(pick(pool, N_LINES - len(lines)))
    assert len(lines) == N_LINES
    log_b = bytearray()
    labels = []
    for i, ln in enumerate(lines, 1):
        b = bytes(ln.b)
        assert b"\n" not in b and b"\r" not in b, (i, b)
        assert len(b) <= 4000, (i, len(b))
        b.decode("utf-8")
        prev = 0
        spans = []
        for s, e, cat, val in ln.spans:
            assert b[s:e] == val, (i, s, e, val)
            assert s >= prev and e > s, (i, s, e)
            prev = e
            spans.append({"s": s, "e": e, "cat": cat})
        log_b += b + b"\n"
        labels.append(json.dumps({"line": i, "family": ln.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, "cc.log"), "wb") as f:
        f.write(bytes(log_b))
    with open(os.path.join(HERE, "cc.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(labels) + "\n")


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account", "license",
        "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}

if __name__ == "__main__":
    main()
