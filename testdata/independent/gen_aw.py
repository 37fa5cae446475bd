#!/usr/bin/env python3
"""gen_aw.py - held-out synthetic corpus: telehealth / virtual-care platform logs with PHI span labels.

Standard library only, fixed seed, byte-for-byte reproducible.
Writes aw.log (500 lines) and aw.labels.jsonl (one JSON object per line, UTF-8 byte offsets, end exclusive).
All people, numbers and identifiers are synthetic.
"""
import base64
import datetime
import json
import os
import re
import struct
import unicodedata
import random

SEED = 0xA7E1E
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
LOG_PATH = os.path.join(HERE, "aw.log")
LAB_PATH = os.path.join(HERE, "aw.labels.jsonl")
N_LINES = 500
N_CLEAN = 225  # 45% of lines hold no PHI

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan",
        "account", "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"]


# ----------------------------------------------------------------------------------------------
# segment machinery: a line is a list of (text, category-or-None)
# ----------------------------------------------------------------------------------------------
class P:
    """A PHI value."""
    __slots__ = ("v", "c", "num")

    def __init__(self, v, c, num=False):
        assert c in CATS, c
        self.v = str(v)
        self.c = c
        self.num = num


class FT(list):
    """Free text: list of segments forming one string value."""


def seg(a):
    if isinstance(a, P):
        return [(a.v, a.c)]
    if isinstance(a, list):
        return list(a)
    return [(str(a), None)]


def T(fmt, *args):
    out = FT()
    for i, part in enumerate(re.split(r"\{(\d+)\}", fmt)):
        if i % 2:
            out.extend(seg(args[int(part)]))
        elif part:
            out.append((part, None))
    return out


def C(*xs):
    out = FT()
    for x in xs:
        out.extend(seg(x))
    return out


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def esc_segs(segs, fn):
    out = FT()
    for t, c in segs:
        e = fn(t)
        if c is not None:
            assert e == t, ("PHI value altered by escaping", t)
        out.append((e, c))
    return out


def J(o, sp=False):
    cs, ks = (", ", ": ") if sp else (",", ":")
    if isinstance(o, P):
        if o.num:
            return FT([(o.v, o.c)])
        assert jesc(o.v) == o.v, o.v
        return FT([('"', None), (o.v, o.c), ('"', None)])
    if isinstance(o, FT):
        return FT([('"', None)] + esc_segs(o, jesc) + [('"', None)])
    if isinstance(o, dict):
        out = FT([("{", None)])
        for i, (k, v) in enumerate(o.items()):
            if i:
                out.append((cs, None))
            out.append((json.dumps(k, ensure_ascii=False) + ks, None))
            out.extend(J(v, sp))
        out.append(("}", None))
        return out
    if isinstance(o, (list, tuple)):
        out = FT([("[", None)])
        for i, v in enumerate(o):
            if i:
                out.append((cs, None))
            out.extend(J(v, sp))
        out.append(("]", None))
        return out
    return FT([(json.dumps(o, ensure_ascii=False), None)])


def kvq(v, quote=True):
    s = seg(v)
    text = "".join(t for t, _ in s)
    if quote and (text == "" or re.search(r'[\s"=]', text)):
        return FT([('"', None)] + esc_segs(s, lambda t: t.replace("\\", "\\\\").replace('"', '\\"')) + [('"', None)])
    return FT(s)


def KV(pairs, sep=" ", eq="=", quote=True):
    out = FT()
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append((sep, None))
        out.append((k + eq, None))
        out.extend(kvq(v, quote))
    return out


def render(segs):
    buf = bytearray()
    spans = []
    for t, c in segs:
        b = t.encode("utf-8")
        if c is not None:
            assert c in CATS, c
            assert t != "" and t == t.strip(), ("bad span value", repr(t))
            spans.append({"s": len(buf), "e": len(buf) + len(b), "cat": c, "_v": t})
        buf += b
    line = buf.decode("utf-8")
    assert "\n" not in line and "\r" not in line, line
    for sp in spans:
        assert bytes(buf[sp["s"]:sp["e"]]) == sp["_v"].encode("utf-8"), sp
    srt = sorted(spans, key=lambda x: (x["s"], x["e"]))
    for a, b in zip(srt, srt[1:]):
        assert a["e"] <= b["s"], ("overlap", a, b)
    return line, [{"s": x["s"], "e": x["e"], "cat": x["cat"]} for x in srt]


# ----------------------------------------------------------------------------------------------
# random primitives
# ----------------------------------------------------------------------------------------------
B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B36U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def b62(n):
    return "".join(rng.choice(B62) for _ in range(n))


def b36(n):
    return "".join(rng.choice(B36U) for _ in range(n))


def letters(n):
    return "".join(rng.choice(UP) for _ in range(n))


def rbytes(n):
    return bytes(rng.randrange(256) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode("ascii")


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def zuuid():
    return b64(rbytes(16))


def sha256hex():
    return hexs(64)


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


def pid():
    return rng.randint(1200, 48000)


# ----------------------------------------------------------------------------------------------
# clock
# ----------------------------------------------------------------------------------------------
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
EPOCH = datetime.datetime(1970, 1, 1)
CLOCK = [datetime.datetime(2024, 5, 13, 12, 4, 7, 211000)]


def tick():
    CLOCK[0] += datetime.timedelta(seconds=rng.randint(1, 70), milliseconds=rng.randint(0, 999))
    return CLOCK[0]


def iso(dt, ms=True):
    if ms:
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_local(dt):
    lt = dt - datetime.timedelta(hours=5)
    return lt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{lt.microsecond // 1000:03d}-05:00"


def sysl(dt):
    return f"{MON[dt.month - 1]} {dt.day:2d} {dt.strftime('%H:%M:%S')}"


def apache(dt):
    lt = dt - datetime.timedelta(hours=5)
    return f"[{lt.day:02d}/{MON[lt.month - 1]}/{lt.year}:{lt.strftime('%H:%M:%S')} -0500]"


def epoch_ms(dt):
    return int((dt - EPOCH).total_seconds() * 1000)


def spaced(dt):
    return dt.strftime("%Y-%m-%d %H:%M:%S") + f",{dt.microsecond // 1000:03d}"


def rand_date(y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 28).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def appt_date():
    return datetime.date.fromordinal(datetime.date(2024, 5, 14).toordinal() + rng.randint(0, 95))


def past_date():
    return datetime.date.fromordinal(datetime.date(2024, 5, 12).toordinal() - rng.randint(1, 400))


def dfmt(d, style=None):
    style = style or rng.choice(["iso", "us", "us", "us0", "long", "abbr", "compact", "dmy_dot"])
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "us0":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "us2":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "abbr":
        return f"{d.day:02d}-{MON[d.month - 1]}-{d.year}"
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "dmy_dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dmy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "es":
        return f"{d.day} de {MESES[d.month - 1]} de {d.year}"
    if style == "spoken":
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{MONTHS[d.month - 1]} {d.day}{suf} {d.year}"
    raise ValueError(style)


# ----------------------------------------------------------------------------------------------
# people & identifiers
# ----------------------------------------------------------------------------------------------
FIRST = ["Maria", "José", "Wei", "Priya", "Oluwaseun", "Aiko", "Dmitri", "Fatima", "Liam", "Siobhan", "Mateo",
         "Chloé", "Hiroshi", "Anjali", "Kwame", "Ingrid", "Tomasz", "Leila", "Diego", "Mei", "Rahul", "Amara",
         "Sven", "Yusuf", "Camille", "Nikolai", "Thandiwe", "Grace", "Jamal", "Lucía", "Arjun", "Zoë", "Björn",
         "Nadia", "Emeka", "Sofia", "Carlos", "Hana", "Patrick", "Ngozi", "Ahmed", "Elena", "Kenji", "Aaliyah",
         "Rosa", "Minh", "Dorothy", "Harold", "Gladys", "Walter", "Agnes", "Eun-ji", "Jean-Luc", "Bernadette",
         "Raúl", "Soo-ah", "Tariq", "Marisol", "Declan", "Imani", "Lakshmi", "Bogdan", "Esperanza", "Kofi"]
LAST = ["Lopez", "Nguyen", "Okafor", "Kowalski", "Haddad", "Yamamoto", "Patel", "O'Brien", "Schmidt", "Rossi",
        "Kim", "Johnson", "García", "Müller", "Nuñez", "Dvořák", "Andersson", "Mensah", "Chen", "Ivanova",
        "Fitzgerald", "Abubakar", "Moreau", "Takahashi", "Singh", "Hernández", "Williams", "Novak", "Adeyemi",
        "Castillo", "Park", "Rahman", "Kaur", "Ferreira", "Jablonski", "Whitfield", "Delgado", "Osei",
        "Bergström", "Tran", "MacLeod", "Al-Sayed", "Petrov", "Washington", "Brooks", "Reyes", "Hoang", "Ortiz",
        "Cohen", "Levy", "Sato", "Ahmadi", "Friedman", "Okonkwo", "Lindqvist", "Papadopoulos", "Szabo"]
CITIES = [("Chicago", "IL", "606", "Cook County"), ("Evanston", "IL", "602", "Cook County"),
          ("Naperville", "IL", "605", "DuPage County"), ("Houston", "TX", "770", "Harris County"),
          ("San Antonio", "TX", "782", "Bexar County"), ("El Paso", "TX", "799", "El Paso County"),
          ("Phoenix", "AZ", "850", "Maricopa County"), ("Tucson", "AZ", "857", "Pima County"),
          ("Portland", "OR", "972", "Multnomah County"), ("Seattle", "WA", "981", "King County"),
          ("Tacoma", "WA", "984", "Pierce County"), ("Miami", "FL", "331", "Miami-Dade County"),
          ("Orlando", "FL", "328", "Orange County"), ("Atlanta", "GA", "303", "Fulton County"),
          ("Denver", "CO", "802", "Denver County"), ("Boston", "MA", "021", "Suffolk County"),
          ("Worcester", "MA", "016", "Worcester County"), ("Brooklyn", "NY", "112", "Kings County"),
          ("Buffalo", "NY", "142", "Erie County"), ("Minneapolis", "MN", "554", "Hennepin County"),
          ("Albuquerque", "NM", "871", "Bernalillo County"), ("Charlotte", "NC", "282", "Mecklenburg County"),
          ("Raleigh", "NC", "276", "Wake County"), ("Salt Lake City", "UT", "841", "Salt Lake County"),
          ("Boise", "ID", "837", "Ada County"), ("Fresno", "CA", "937", "Fresno County"),
          ("Oakland", "CA", "946", "Alameda County"), ("San Diego", "CA", "921", "San Diego County"),
          ("Newark", "NJ", "071", "Essex County"), ("Detroit", "MI", "482", "Wayne County"),
          ("Cleveland", "OH", "441", "Cuyahoga County"), ("Nashville", "TN", "372", "Davidson County")]
STATES = ["IL", "WI", "IN", "MI", "TX", "AZ", "OR", "WA", "FL", "GA", "CO", "MA", "NY", "MN", "NM", "NC", "UT",
          "ID", "CA", "NJ", "OH", "TN", "IA", "MO"]
STREETS = ["Oak", "Maple", "Cedar", "Elm", "Washington", "Lincoln", "Park", "Highland", "Sunset", "Mission",
           "Peachtree", "Bayshore", "Magnolia", "Juniper", "Riverside", "Kingsley", "Cherry Hill", "Hawthorne",
           "Division", "Belmont", "Fulton", "Willow Creek", "Prospect", "Garfield", "Ridgeway", "Alameda",
           "Calumet", "Greenleaf", "Pinecrest", "Harbor View", "Martin Luther King Jr", "Ashland", "Delmar"]
STYPES = ["St", "Ave", "Blvd", "Rd", "Dr", "Ln", "Ct", "Way", "Pl", "Street", "Avenue", "Terrace", "Cir", "Pkwy"]
DOMAINS = ["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com",
           "comcast.net", "proton.me", "att.net", "gmx.de", "live.com", "msn.com", "sbcglobal.net"]
AREA = [212, 312, 415, 617, 713, 206, 305, 404, 503, 602, 720, 919, 801, 512, 773, 646, 818, 708, 847, 214, 469,
        832, 210, 480, 520, 971, 253, 786, 407, 678, 303, 508, 718, 716, 612, 505, 704, 984, 385, 208, 559, 510,
        619, 973, 313, 216, 615, 630, 915]

ORG = "Lakeshore Health Virtual Care"
ORG_ADDR = "2500 N Lakeview Ave, Chicago, IL 60614"
ORG_PHONE = "(312) 642-7100"
ORG_FAX = "(312) 642-7199"
ORG_TOLLFREE = "1-866-408-3321"
ORG_E164 = "+13126427100"
VENDORS = [("Zoom Video Communications, Inc.", "55 Almaden Blvd, 6th Floor, San Jose, CA 95113"),
           ("Twilio Inc.", "101 Spear Street, Suite 500, San Francisco, CA 94105"),
           ("LanguageLine Solutions", "1 Lower Ragsdale Dr, Bldg 2, Monterey, CA 93940"),
           ("Surescripts, LLC", "2800 Crystal Drive, Arlington, VA 22202"),
           ("Vonage Holdings Corp.", "101 Crawfords Corner Rd, Holmdel, NJ 07733"),
           ("Persona Identities, Inc.", "981 Mission St, San Francisco, CA 94103")]
PHARMACIES = [("Walgreens #04512", "1200 W Madison St", "Chicago", "IL", "60607"),
              ("CVS Pharmacy #08821", "3340 N Broadway", "Chicago", "IL", "60657"),
              ("Kroger Pharmacy 0371", "5150 Westheimer Rd", "Houston", "TX", "77056"),
              ("Fred Meyer Pharmacy #651", "3030 NE Weidler St", "Portland", "OR", "97232"),
              ("Publix Pharmacy #1422", "1776 Biscayne Blvd", "Miami", "FL", "33132"),
              ("Alto Pharmacy", "1 Letterman Dr, Bldg C", "San Francisco", "CA", "94129")]


def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z0-9]", "", strip_acc(s).lower())


def street():
    num = rng.randint(1, 9899)
    d = rng.choice(["", "", "", "N ", "S ", "W ", "E ", "NW "])
    unit = rng.choice(["", "", "", f" Apt {rng.randint(1, 30)}{rng.choice('ABCD')}", f" Unit {rng.randint(1, 400)}",
                       f" #{rng.randint(100, 999)}", f" Apt. {rng.randint(1, 12)}"])
    return f"{num} {d}{rng.choice(STREETS)} {rng.choice(STYPES)}{unit}"


def phone_parts():
    a = rng.choice(AREA)
    e = rng.randint(201, 989)
    while e == 555 or e % 100 == 11:
        e = rng.randint(201, 989)
    return a, e, rng.randint(0, 9999)


def phone(style=None):
    a, e, l4 = phone_parts()
    style = style or rng.choice(["paren", "dash", "dash", "dot", "plus", "e164", "plain", "one"])
    return {"paren": f"({a}) {e}-{l4:04d}", "dash": f"{a}-{e}-{l4:04d}", "dot": f"{a}.{e}.{l4:04d}",
            "plus": f"+1 {a} {e} {l4:04d}", "e164": f"+1{a}{e}{l4:04d}", "plain": f"{a}{e}{l4:04d}",
            "one": f"1-{a}-{e}-{l4:04d}", "plusparen": f"+1 ({a}) {e}-{l4:04d}"}[style]


def intl_phone():
    return rng.choice([f"+44 7{rng.randint(400, 999)} {digits(6)}", f"+52 55 {digits(4)} {digits(4)}",
                       f"+91 9{digits(4)} {digits(5)}", f"+234 80{rng.randint(3, 9)} {digits(3)} {digits(4)}",
                       f"+63 917 {digits(3)} {digits(4)}", f"+84 90 {digits(3)} {digits(4)}"])


def email(f, l, y=None):
    a, b = slug(f), slug(l)
    y = y if y is not None else rng.randint(1950, 2005)
    local = rng.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{b}{y % 100:02d}", f"{a}_{b}{rng.randint(1, 99)}",
                        f"{b}.{a}", f"{a}{rng.randint(100, 9999)}", f"{a}.{b[0]}.{y}"])
    return f"{local}@{rng.choice(DOMAINS)}"


def mrn():
    return rng.choice([digits(8), "00" + digits(6), "E" + digits(7), digits(10), "LH" + digits(7), digits(7),
                       "MR" + digits(6), f"{rng.randint(1, 9)}{digits(8)}"])


def person(old=False):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    city, st, zp, county = rng.choice(CITIES)
    dob = rand_date(1920, 1933) if old else rand_date(1931, 2015)
    return {"first": f, "last": l, "city": city, "st": st, "zip": zp + f"{rng.randint(1, 99):02d}",
            "county": county, "dob": dob, "street": street(), "email": email(f, l, dob.year), "mrn": mrn()}


def nm(p, style=None):
    f, l = p["first"], p["last"]
    style = style or rng.choice(["fl", "fl", "fl", "lf", "LF", "fml", "FL"])
    if style == "fl":
        return f"{f} {l}"
    if style == "lf":
        return f"{l}, {f}"
    if style == "LF":
        return f"{l.upper()}, {f.upper()}"
    if style == "FL":
        return f"{f.upper()} {l.upper()}"
    if style == "fml":
        return f"{f} {rng.choice(UP)}. {l}"
    if style == "l_f":
        return f"{slug(l).capitalize()}_{slug(f).capitalize()}"
    if style == "lf_nocomma":
        return f"{l} {f}"
    raise ValueError(style)


def zip9(p):
    return p["zip"] + (f"-{digits(4)}" if rng.random() < 0.3 else "")


def age_over():
    return rng.randint(90, 104)


def age_under():
    return rng.randint(19, 89)


def ssn(style=None):
    a = rng.randint(1, 899)
    while a == 666:
        a = rng.randint(1, 899)
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    style = style or rng.choice(["dash", "dash", "dash", "plain", "space"])
    return {"dash": f"{a:03d}-{g:02d}-{s:04d}", "plain": f"{a:03d}{g:02d}{s:04d}",
            "space": f"{a:03d} {g:02d} {s:04d}"}[style]


def card(style=None):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        pre, L = "4" + digits(5), 16
    elif kind == "mc":
        pre, L = "5" + str(rng.randint(1, 5)) + digits(4), 16
    elif kind == "amex":
        pre, L = rng.choice(["34", "37"]) + digits(4), 15
    else:
        pre, L = "6011" + digits(2), 16
    body = pre + digits(L - 1 - len(pre))
    n = body + luhn_digit(body)
    style = style or rng.choice(["plain", "space", "dash"])
    if style == "plain":
        return n, kind
    sep = " " if style == "space" else "-"
    if L == 15:
        return sep.join([n[:4], n[4:10], n[10:]]), kind
    return sep.join([n[i:i + 4] for i in range(0, 16, 4)]), kind


def bank_acct():
    return digits(rng.randint(8, 12))


def routing():
    return rng.choice(["071000013", "021000021", "111000025", "121000358", "026009593", "071923284"])


def pt_account():
    return rng.choice(["PA" + digits(8), digits(10), f"{digits(3)}-{digits(7)}", "G" + digits(9), "HAR" + digits(8),
                       "7" + digits(9)])


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dashed=None):
    an = MBI_A + "0123456789"
    s = (str(rng.randint(1, 9)) + rng.choice(MBI_A) + rng.choice(an) + str(rng.randint(0, 9)) + rng.choice(MBI_A)
         + rng.choice(an) + str(rng.randint(0, 9)) + rng.choice(MBI_A) + rng.choice(MBI_A) + digits(2))
    dashed = rng.random() < 0.4 if dashed is None else dashed
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashed else s


def member_id():
    return rng.choice([letters(3) + digits(9), "W" + digits(9), digits(9) + "01", "XEK" + digits(8),
                       "M" + digits(8), "ZGP" + digits(9), "U" + digits(8) + "01", f"{letters(3)}{digits(6)}-01",
                       "H" + digits(10), mbi()])


def kvnr():
    return rng.choice(UP) + digits(9)


def dl():
    L = rng.choice(UP)
    return rng.choice([L + digits(7), f"{digits(3)} {digits(3)} {digits(3)}", f"{L}{digits(3)}-{digits(4)}-{digits(4)}",
                       f"{L}{digits(3)}-{digits(3)}-{digits(2)}-{digits(3)}-{digits(1)}", digits(8),
                       "WDL" + b36(9), f"{digits(2)} {digits(3)} {digits(3)}",
                       f"{L} {digits(3)} {digits(3)} {digits(3)} {digits(3)}"])


def dea(last):
    first = rng.choice("ABFGM")
    d = [rng.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + slug(last)[0].upper() + "".join(map(str, d)) + str(c)


def prof_lic(state):
    return {"IL": "036." + digits(6), "CA": rng.choice("AG") + digits(6), "TX": rng.choice("NPQR") + digits(4),
            "NY": digits(6), "FL": "ME" + digits(6), "WA": "MD" + digits(8), "WI": digits(5) + "-20",
            "IN": "01" + digits(6) + "A", "OR": "MD" + digits(6), "AZ": digits(5), "MN": digits(5),
            "CO": "DR." + digits(7), "MA": digits(6), "GA": digits(5), "NC": "2009" + digits(5),
            "MI": "43010" + digits(5)}.get(state, rng.choice(UP) + digits(6))


def rn_lic(state):
    return rng.choice([f"RN{digits(7)}", f"{digits(3)}.{digits(6)}", f"RN-{digits(6)}", f"{digits(6)}RN"])


def npi():
    body = rng.choice("12") + digits(8)
    return body + luhn_digit("80840" + body)


VINCH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VINV = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VINW = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    wmi = rng.choice(["1HG", "1FT", "2T1", "3VW", "JTD", "5YJ", "1G1", "KMH", "WBA", "1C4", "4T1", "JN1", "5NP",
                      "1N4", "2HK", "JM1", "1FM"])
    chars = list(wmi + "".join(rng.choice(VINCH) for _ in range(5)) + "0" + rng.choice("FGHJKLMNPR")
                 + rng.choice(VINCH) + digits(6))
    tot = sum((int(ch) if ch.isdigit() else VINV[ch]) * w for ch, w in zip(chars, VINW))
    chars[8] = "X" if tot % 11 == 10 else str(tot % 11)
    return "".join(chars)


def plate():
    return rng.choice([f"{rng.randint(1, 9)}{letters(3)}{digits(3)}", f"{letters(3)}-{digits(4)}",
                       f"{letters(3)} {digits(4)}", f"{digits(3)} {letters(3)}", f"{letters(2)}{digits(5)}",
                       f"{letters(2)}-{digits(4)}", f"{digits(3)}-{letters(3)}"])


def mac(style=None):
    oui = rng.choice(["3C:22:FB", "F0:18:98", "A4:C1:38", "00:1A:7D", "DC:A6:32", "28:6C:07", "B8:27:EB",
                      "00:09:1F", "C8:2B:96", "F4:5C:89", "D0:03:4B", "E4:5F:01"])
    s = oui + ":" + ":".join(hexs(2).upper() for _ in range(3))
    style = style or rng.choice(["colon", "colon", "lower", "dash"])
    if style == "lower":
        return s.lower()
    if style == "dash":
        return s.replace(":", "-")
    return s


def imei():
    body = rng.choice(["35391110", "35925406", "86891204", "35328115", "01332700", "35674108"]) + digits(6)
    return body + luhn_digit(body)


def gtin14():
    body = "0" + digits(12)
    tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(body))
    return body + str((10 - tot % 10) % 10)


def dev_serial():
    return rng.choice(["PZN" + digits(6) + "S", b36(12), "RNB" + digits(6) + "H", "SN" + digits(8),
                       f"{digits(4)}{letters(2)}{digits(5)}", "BLX" + digits(7), "C02" + b36(9)])


def udi(serial):
    exp = appt_date() + datetime.timedelta(days=rng.randint(400, 1500))
    return f"(01){gtin14()}(17){exp.strftime('%y%m%d')}(21){serial}"


PUB_FIRST = [24, 47, 50, 64, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 107, 108, 136, 142, 162,
             166, 173, 174, 184, 186, 187, 189, 201]


def pub_ip():
    return f"{rng.choice(PUB_FIRST)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def pub_ip6():
    pre = rng.choice([["2601", hexs(3)], ["2600", "1700", hexs(4)], ["2603", "6010", hexs(4)], ["2607", "fb90", hexs(4)]])
    groups = pre + [hexs(rng.randint(1, 4)).lstrip("0") or "0" for _ in range(8 - len(pre))]
    return ":".join(groups)


def priv_ip():
    return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"192.168.{rng.randint(0, 10)}.{rng.randint(2, 254)}",
                       f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])


TURN_IPS = ["3.91.22.108", "52.202.62.240", "34.203.251.10", "13.52.4.77", "54.172.60.2"]


def person_url(p):
    a, b = slug(p["first"]), slug(p["last"])
    return rng.choice([f"https://www.facebook.com/{a}.{b}.{rng.randint(1, 999)}",
                       f"https://www.linkedin.com/in/{a}-{b}-{hexs(6)}",
                       f"https://www.instagram.com/{a}_{b}{rng.randint(1, 99)}",
                       f"https://www.caringbridge.org/visit/{a}{b}",
                       f"https://www.gofundme.com/f/help-{a}-{b}-recover",
                       f"https://{a}{b}.blogspot.com/", f"https://x.com/{a}{b[:3]}{rng.randint(10, 99)}",
                       f"https://www.{a}-{b}.com/about"])


def passport():
    return rng.choice([digits(9), rng.choice("ACEG") + digits(8), "G" + digits(8), "K" + digits(7),
                       letters(2) + digits(7), "P" + digits(7)])


def curp(p):
    l, f = slug(p["last"]).upper(), slug(p["first"]).upper()
    vow = next((ch for ch in l[1:] if ch in "AEIOU"), "X")
    d = p["dob"]
    return (l[0] + vow + rng.choice(UP) + f[0] + d.strftime("%y%m%d") + rng.choice("HM")
            + rng.choice(["DF", "JC", "NL", "PL", "VZ", "GT", "CH"]) + "".join(rng.choice("BCDFGHJKLMNPRSTVZ") for _ in range(3))
            + rng.choice("0123456789A") + str(rng.randint(0, 9)))


def aadhaar():
    return f"{rng.randint(2, 9)}{digits(3)} {digits(4)} {digits(4)}"


def anum():
    return rng.choice(["A" + digits(9), f"A{digits(3)}-{digits(3)}-{digits(3)}", "A0" + digits(8)])


def other_id(p):
    k = rng.choice(["passport", "curp", "aadhaar", "anum", "nin", "edipi", "stateid"])
    v = {"passport": passport, "curp": lambda: curp(p), "aadhaar": aadhaar, "anum": anum,
         "nin": lambda: digits(11), "edipi": lambda: digits(10), "stateid": lambda: rng.choice(UP) + digits(8)}[k]()
    return k, v


def fp_template():
    return b64(b"FMR\x00 20\x00" + struct.pack(">H", rng.randint(200, 600)) + rbytes(rng.randint(60, 110)))


def voiceprint():
    return b64(struct.pack("<24f", *[rng.gauss(0, 0.12) for _ in range(24)]))


def face_tpl():
    return b64(b"FAC\x00010\x00" + rbytes(rng.randint(70, 120)))


def jpeg_b64():
    return b64(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
               + rbytes(rng.randint(60, 120)))


def png_b64(w=None, h=None):
    w = w or rng.randint(240, 1024)
    h = h or rng.randint(240, 1024)
    return b64(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + struct.pack(">II", w, h) + b"\x08\x02\x00\x00\x00"
               + rbytes(rng.randint(50, 100)))


def photo_ref():
    u = uuid4()
    return rng.choice([f"s3://lkh-saf-derm-prod/cases/{u}/img_{rng.randint(1, 9):02d}.jpg",
                       f"/mnt/idv/selfies/2024/05/{u}.jpg",
                       f"https://cdn.lakeshorehealth.org/pt-photos/{hexs(24)}.png",
                       f"gs://tele-idv-captures/{u}/face_front.jpeg",
                       f"file:///var/lib/kiosk/capture/{u}_face.jpg",
                       f"https://lkhsafderm.blob.core.windows.net/uploads/{u}/IMG_{rng.randint(1000, 9999)}.HEIC"])


def derm_ref():
    u = uuid4()
    return rng.choice([f"s3://lkh-saf-derm-prod/cases/{u}/img_{rng.randint(1, 9):02d}.jpg",
                       f"https://lkhsafderm.blob.core.windows.net/uploads/{u}/IMG_{rng.randint(1000, 9999)}.HEIC",
                       f"s3://lkh-saf-derm-prod/cases/{u}/lesion_{rng.randint(1, 9)}.png",
                       f"/data/saf/inbox/2024/05/13/{u}.jpg"])


def clin():
    f, l = rng.choice(FIRST), rng.choice(LAST)
    return rng.choice([f"Dr. {f} {l}", f"{f} {l}, MD", f"{f} {l}, NP", f"{f} {l}, DO", f"Dr. {l}",
                       f"{f} {l}, PA-C", f"{f} {l}, LCSW"])


def staff_acct():
    f, l = rng.choice(FIRST), rng.choice(LAST)
    return rng.choice([f"{slug(f)[0]}{slug(l)}.rn", f"dr.{slug(f)[0]}{slug(l)}", f"{slug(f)}.{slug(l)}_np",
                       "svc-zoom-bridge", "svc_twilio_cb", "tele-router", "sched-bot", f"charge_rn_{slug(f)[0]}{slug(l)}",
                       "svc-erx-epcs", "intake-worker"])


def ua():
    return rng.choice([
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.119 Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.113 Mobile Safari/537.36",
        "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
        "LakeshoreCare/5.17.2 (iPad; iOS 17.4.1; Scale/2.00)"])


def lvl():
    return rng.choice(["INFO", "INFO", "INFO", "DEBUG", "WARN"])


def visit_id():
    return "vv_" + hexs(12)


def appt_time():
    return f"{rng.randint(7, 18):02d}:{rng.choice(['00', '15', '20', '30', '40', '45'])}"


def pick(*keys):
    return rng.choice(keys)


# ----------------------------------------------------------------------------------------------
# families.  Each variant returns a FT (segment list) for one line.
# ----------------------------------------------------------------------------------------------
ZOOM_ACCT = b62(22)
ZTOPICS = ["Virtual Visit - Dermatology", "Telehealth Follow-up", "Behavioral Health Session",
           "Urgent Care Video Visit", "Pre-op Tele-consult", "Post-discharge Check", "Tele-Neuro Consult",
           "Tele-Psych Intake", "Lactation Video Visit"]
TZS = ["America/Chicago", "America/New_York", "America/Denver", "America/Los_Angeles", "America/Phoenix"]


def zoom_obj(dt):
    return {"id": str(rng.randint(81000000000, 89999999999)), "uuid": zuuid(), "host_id": b62(22),
            "topic": rng.choice(ZTOPICS), "type": rng.choice([2, 2, 8]),
            "start_time": iso(dt - datetime.timedelta(minutes=rng.randint(0, 20)), ms=False),
            "timezone": rng.choice(TZS), "duration": rng.choice([15, 20, 30, 45, 60])}


def zoom_wrap(event, obj, dt):
    return J({"event": event, "event_ts": epoch_ms(dt), "payload": {"account_id": ZOOM_ACCT, "object": obj}})


def zoom_p_joined():
    dt, p = tick(), person()
    o = zoom_obj(dt)
    o["participant"] = {"user_id": str(rng.randint(16778240, 16809999)), "user_name": P(nm(p), "name"), "id": "",
                        "participant_uuid": uuid4().upper(), "join_time": iso(dt, ms=False),
                        "email": P(p["email"], "email") if rng.random() < 0.6 else "",
                        "registrant_id": b62(22), "participant_user_id": "",
                        "customer_key": P(p["mrn"], "mrn") if rng.random() < 0.5 else ""}
    return zoom_wrap("meeting.participant_joined", o, dt)


def zoom_p_registration():
    dt, p = tick(), person()
    o = {"id": str(rng.randint(81000000000, 89999999999)), "uuid": zuuid(), "host_id": b62(22),
         "topic": rng.choice(ZTOPICS), "type": 8, "timezone": rng.choice(TZS)}
    qs = [{"title": rng.choice(["Date of Birth", "DOB (MM/DD/YYYY)", "Patient date of birth"]),
           "value": P(dfmt(p["dob"], "us"), "date")}]
    if rng.random() < 0.7:
        qs.append({"title": rng.choice(["MRN (if known)", "Medical Record #", "Chart number"]), "value": P(p["mrn"], "mrn")})
    if rng.random() < 0.4:
        qs.append({"title": "CaringBridge / social page (optional)", "value": P(person_url(p), "url")})
    qs.append({"title": "Preferred language", "value": rng.choice(["English", "Spanish", "Vietnamese", "Polish"])})
    o["registrant"] = {"id": b62(22), "first_name": P(p["first"], "name"), "last_name": P(p["last"], "name"),
                       "email": P(p["email"], "email"), "address": P(p["street"], "address"),
                       "city": P(p["city"], "address"), "country": "US", "zip": P(p["zip"], "zip"), "state": p["st"],
                       "phone": P(phone(), "phone"), "industry": "", "org": "", "job_title": "", "comments": "",
                       "custom_questions": qs, "status": "approved", "create_time": iso(dt, ms=False)}
    return zoom_wrap("meeting.registration_created", o, dt)


def zoom_p_recording():
    dt, p = tick(), person()
    o = zoom_obj(dt)
    o["topic"] = T("Tele-visit – {0} – DOB {1}", P(nm(p, "lf"), "name"), P(dfmt(p["dob"], rng.choice(["us", "us0", "iso"])), "date"))
    o["recording_count"] = 2
    sz1, sz2 = rng.randint(20_000_000, 400_000_000), rng.randint(2_000_000, 40_000_000)
    o["total_size"] = sz1 + sz2
    o["recording_files"] = [
        {"id": uuid4(), "meeting_id": o["uuid"], "file_type": "MP4", "file_extension": "MP4", "file_size": sz1,
         "recording_type": "shared_screen_with_speaker_view", "status": "completed"},
        {"id": uuid4(), "meeting_id": o["uuid"], "file_type": "M4A", "file_extension": "M4A", "file_size": sz2,
         "recording_type": "audio_only", "status": "completed"}]
    return zoom_wrap("recording.completed", o, dt)


def zoom_dash_part(user_name, ip, location, macv, device):
    dt = CLOCK[0]
    return {"id": b62(22), "user_id": str(rng.randint(16778240, 16809999)), "user_name": user_name,
            "device": device, "ip_address": ip, "location": location,
            "network_type": rng.choice(["Wifi", "Wired", "Cellular"]),
            "microphone": rng.choice(["MacBook Pro Microphone", "iPhone Microphone", "Headset Microphone (Jabra Evolve2 65)", "Default"]),
            "camera": rng.choice(["FaceTime HD Camera", "Front Camera", "Logitech BRIO", "Integrated Webcam"]),
            "data_center": rng.choice(["US (SC)", "US (DV)", "US (NY)"]), "connection_type": "UDP",
            "join_time": iso(dt - datetime.timedelta(minutes=rng.randint(5, 40)), ms=False),
            "leave_time": iso(dt, ms=False), "share_application": False, "recording": False,
            "pc_name": rng.choice(["", "DESKTOP-" + b36(7), "iPhone", "LKH-WS-" + digits(5)]),
            "domain": "", "mac_addr": macv, "harddisk_id": "", "version": rng.choice(["5.17.11 (34827)", "5.16.10 (26186)", "6.0.2 (37003)"])}


def zoom_p_dash():
    dt, p = tick(), person()
    part = zoom_dash_part(P(nm(p), "name"), P(pub_ip() if rng.random() < 0.8 else pub_ip6(), "ip"),
                          T("{0} (US)", P(p["city"], "address")) if rng.random() < 0.7 else "United States",
                          P(mac(), "device") if rng.random() < 0.6 else "", rng.choice(["iOS", "Android", "Mac", "Windows"]))
    mid = rng.randint(81000000000, 89999999999)
    return C(iso(dt), " zoom-dash-poller INFO GET /v2/metrics/meetings/", str(mid),
             "/participants?type=past 200 body=", J({"page_size": 30, "total_records": 1, "participants": [part]}))


def zoom_c_started():
    dt = tick()
    return zoom_wrap("meeting.started", zoom_obj(dt), dt)


def zoom_c_left():
    dt = tick()
    o = zoom_obj(dt)
    o["participant"] = {"user_id": str(rng.randint(16778240, 16809999)),
                        "user_name": rng.choice([clin(), "Lakeshore Tele-Cart 4W", "Interpreter - Spanish (LanguageLine)",
                                                 "Front Desk Kiosk 2", clin(), "LKH Scribe Bot"]),
                        "id": b62(22), "participant_uuid": uuid4().upper(), "leave_time": iso(dt, ms=False),
                        "leave_reason": rng.choice(["left the meeting. Reason : Host ended the meeting",
                                                    "Reason : left the meeting", "Reason : Connection lost"]),
                        "email": "", "registrant_id": "", "participant_user_id": b62(22)}
    return zoom_wrap("meeting.participant_left", o, dt)


def zoom_c_ended():
    dt = tick()
    o = zoom_obj(dt)
    o["end_time"] = iso(dt, ms=False)
    return zoom_wrap("meeting.ended", o, dt)


def zoom_c_dash():
    dt = tick()
    part = zoom_dash_part(clin(), priv_ip(), rng.choice(["Lakeshore Main Campus", "LKH Oak Park Clinic", "LKH Evanston Clinic"]),
                          "", "Windows")
    mid = rng.randint(81000000000, 89999999999)
    return C(iso(dt), " zoom-dash-poller INFO GET /v2/metrics/meetings/", str(mid),
             "/participants?type=live 200 body=", J({"page_size": 30, "total_records": 1, "participants": [part]}))


# ---- Twilio Video (logfmt)
def tw_head(dt, msg, level="info"):
    return KV([("time", iso(dt)), ("level", level), ("svc", "video-gw"), ("env", "prod"), ("msg", msg)])


def sid(prefix):
    return prefix + hexs(32)


def tw_p_connected():
    dt, p = tick(), person()
    return C(tw_head(dt, "participant connected"), " ",
             KV([("room_sid", sid("RM")), ("participant_sid", sid("PA")),
                 (pick("identity", "participant_identity", "ident"), P(nm(p, rng.choice(["fl", "fl", "lf"])), "name")),
                 ("region", rng.choice(["us1", "us2", "ie1"])), ("sdk", "twilio-video.js/2.28.1"),
                 ("net", rng.choice(["wifi", "cellular", "wired"]))]))


def tw_p_pstn():
    dt = tick()
    return C(tw_head(dt, "pstn participant joined"), " ",
             KV([("call_sid", sid("CA")), ("from", P(phone("e164") if rng.random() < 0.8 else "+" + intl_phone()[1:].replace(" ", ""), "phone")),
                 ("to", ORG_E164), ("room_sid", sid("RM")), ("caller_name", "WIRELESS CALLER"),
                 ("direction", "inbound"), ("codec", "PCMU")]))


def tw_p_callback():
    dt, p = tick(), person()
    ident = T("{0}|DOB:{1}", P(nm(p, "lf"), "name"), P(dfmt(p["dob"], "iso"), "date"))
    return C(tw_head(dt, "StatusCallback"), " ",
             KV([("StatusCallbackEvent", "participant-connected"), ("RoomSid", sid("RM")), ("RoomName", visit_id()),
                 ("ParticipantSid", sid("PA")), ("ParticipantIdentity", ident), ("ParticipantStatus", "connected"),
                 ("SequenceNumber", str(rng.randint(1, 9)))]))


def tw_p_sms():
    dt, p = tick(), person()
    d = appt_date()
    body = T("Hi {0}, your video visit with {1} is on {2} at {3}. Join: https://lkh.care/v/{4} Reply C to confirm.",
             P(p["first"], "name"), clin(), P(dfmt(d, rng.choice(["us", "us0", "long"])), "date"),
             rng.choice(["9:15 AM", "2:30 PM", "11:00 AM", "4:45 PM"]), b62(8))
    return C(KV([("time", iso(dt)), ("level", "info"), ("svc", "notify-sms"), ("msg", "visit link sent"),
                 ("message_sid", sid("SM")), ("to", P(phone("e164"), "phone")), ("from", ORG_E164)]), " ",
             KV([("body", body)]))


def tw_p_identmrn():
    dt, p = tick(), person()
    return C(tw_head(dt, "recording rules updated"), " ",
             KV([("room_sid", sid("RM")), ("identity", T("pt-{0}", P(p["mrn"], "mrn"))),
                 ("rules", '[{"type":"include","all":true}]'), ("requested_by", staff_acct())]))


def tw_c_room():
    dt = tick()
    return C(tw_head(dt, "room created"), " ",
             KV([("room_sid", sid("RM")), ("unique_name", visit_id()), ("room_type", rng.choice(["group", "peer-to-peer", "go"])),
                 ("max_participants", str(rng.choice([2, 4, 6]))), ("media_region", rng.choice(["us1", "us2"])),
                 ("record_participants_on_connect", "false"), ("status_callback", "https://api.lakeshorehealth.org/hooks/twilio/room"),
                 ("trace_id", hexs(32))]))


def tw_c_track():
    dt = tick()
    return C(tw_head(dt, "track subscribed", "debug"), " ",
             KV([("room_sid", sid("RM")), ("participant_sid", sid("PA")), ("track_sid", sid("MT")),
                 ("kind", rng.choice(["video", "audio", "data"])), ("codec", rng.choice(["VP8", "H264", "opus"])),
                 ("priority", "standard"), ("span_id", hexs(16))]))


def tw_c_netq():
    dt = tick()
    return C(tw_head(dt, "network quality level changed", "debug"), " ",
             KV([("participant_sid", sid("PA")), ("level", str(rng.randint(0, 5))), ("prev", str(rng.randint(0, 5))),
                 ("recv_bw_kbps", str(rng.randint(180, 4000))), ("send_bw_kbps", str(rng.randint(120, 2500))),
                 ("rtt_ms", str(rng.randint(18, 400)))]))


def tw_c_comp():
    dt = tick()
    return C(tw_head(dt, "composition available"), " ",
             KV([("composition_sid", sid("CJ")), ("room_sid", sid("RM")), ("format", "mp4"),
                 ("resolution", rng.choice(["1280x720", "640x480"])), ("duration", str(rng.randint(300, 3600))),
                 ("size", str(rng.randint(5_000_000, 300_000_000))), ("bitrate", str(rng.randint(400, 1500)))]))


def tw_c_reconn():
    dt = tick()
    return C(tw_head(dt, "participant reconnecting", "warn"), " ",
             KV([("participant_sid", sid("PA")), ("reason", rng.choice(["ice-restart", "signaling-disconnect", "media-timeout"])),
                 ("attempt", str(rng.randint(1, 5))), ("elapsed_ms", str(rng.randint(300, 15000))), ("build", "video-gw@4.12.0+b" + digits(4))]))


# ---- Vonage / OpenTok
def vo_head(dt, level=None):
    return f"[{spaced(dt)}] {(level or lvl()):<5} [ot-bridge-{hexs(4)}] "


def ot_session():
    return "1_MX40" + b62(38)


def vo_p_conn():
    dt, p = tick(), person()
    data = T("name={0};role=patient;{1}={2}", P(nm(p, "fl"), "name"), pick("mrn", "pid", "chart"), P(p["mrn"], "mrn"))
    return C(vo_head(dt, "INFO"), "OTSession connectionCreated ",
             KV([("sessionId", ot_session()), ("connectionId", uuid4()), ("data", data), ("creationTime", str(epoch_ms(dt)))]))


def vo_p_archive():
    dt, p = tick(), person()
    name = T("Visit_{0}_{1}", P(nm(p, "l_f"), "name"), P(dfmt(p["dob"], "compact"), "date"))
    return C(vo_head(dt, "INFO"), "Archive started ",
             KV([("archiveId", uuid4()), ("name", name), ("outputMode", "composed"), ("resolution", "1280x720"),
                 ("sessionId", ot_session())]))


def vo_p_sip():
    dt = tick()
    num = phone("e164")
    return C(vo_head(dt, "INFO"), "SIP dial-out for audio-only fallback ",
             KV([("to", T("sip:{0}@sip.nexmo.com;transport=tls", P(num, "phone"))), ("from", ORG_E164),
                 ("connectionId", uuid4()), ("secure", "true"), ("reason", "patient_bandwidth_low")]))


def vo_p_email():
    dt, p = tick(), person()
    return C(vo_head(dt, "WARN"), "Publisher error OT_USER_MEDIA_ACCESS_DENIED for user ",
             P(p["email"], "email"), " (browser=", rng.choice(["Safari 17.4", "Chrome 124", "Firefox 125"]),
             ") retry_in=5000ms")


def vo_c_stream():
    dt = tick()
    return C(vo_head(dt), "streamCreated ",
             KV([("streamId", uuid4()), ("videoType", rng.choice(["camera", "screen"])), ("hasAudio", "true"),
                 ("hasVideo", rng.choice(["true", "false"])), ("frameRate", str(rng.choice([15, 24, 30]))),
                 ("sessionId", ot_session())]))


def vo_c_arch():
    dt = tick()
    return C(vo_head(dt), "Archive stopped ",
             KV([("archiveId", uuid4()), ("duration", str(rng.randint(60, 3600))), ("size", str(rng.randint(100000, 90000000))),
                 ("status", rng.choice(["stopped", "uploaded"])), ("storage", "s3://lkh-ot-archive-prod")]))


def vo_c_sess():
    dt = tick()
    return C(vo_head(dt), "Session created ",
             KV([("sessionId", ot_session()), ("mediaMode", rng.choice(["routed", "relayed"])),
                 ("archiveMode", "manual"), ("location", priv_ip()), ("e2ee", "false"), ("apiKey", digits(8))]))


def vo_c_stats():
    dt = tick()
    return C(vo_head(dt, "DEBUG"), "Subscriber stats ",
             KV([("streamId", uuid4()), ("video.bytesReceived", str(rng.randint(10000, 90000000))),
                 ("video.packetsLost", str(rng.randint(0, 400))), ("video.frameRate", f"{rng.uniform(10, 30):.1f}"),
                 ("audio.packetsReceived", str(rng.randint(1000, 200000))), ("timestamp", str(epoch_ms(dt)))]))


# ---- WebRTC getStats
def ws_wrap(dt, report, peer="patient"):
    return J({"ts": epoch_ms(dt), "visit": visit_id(), "peer": peer, "pcId": f"pc_{rng.randint(0, 3)}", "report": report}, sp=True)


def ws_p_remote():
    dt = tick()
    ip = pub_ip()
    return ws_wrap(dt, {"id": "RTCIceCandidate_" + b62(8), "type": "remote-candidate", "transportId": "RTCTransport_0_1",
                        "isRemote": True, "address": P(ip, "ip"), "port": rng.randint(1024, 65535), "protocol": "udp",
                        "candidateType": "srflx", "priority": rng.randint(1600000000, 1700000000)}, peer="clinician")


def ws_p_local():
    dt = tick()
    return ws_wrap(dt, {"id": "RTCIceCandidate_" + b62(8), "type": "local-candidate", "transportId": "RTCTransport_0_1",
                        "isRemote": False, "networkType": rng.choice(["wifi", "ethernet", "cellular"]),
                        "address": P(pub_ip(), "ip"), "port": rng.randint(1024, 65535), "protocol": "udp",
                        "candidateType": "srflx", "relatedAddress": priv_ip(), "relatedPort": rng.randint(1024, 65535),
                        "url": "stun:stun.lakeshorehealth.net:3478"})


def ws_p_summary():
    dt = tick()
    d = {"event": "callstats.summary", "peer": "patient", pick("publicIp", "clientPublicIP", "wanIp"): P(pub_ip(), "ip")}
    if rng.random() < 0.5:
        d["publicIpv6"] = P(pub_ip6(), "ip")
    d.update({"rttAvgMs": rng.randint(20, 300), "jitterAvgMs": round(rng.uniform(1, 40), 1),
              "mos": round(rng.uniform(2.5, 4.4), 2), "durationSec": rng.randint(120, 3600)})
    return C(iso(dt), " ", J(d, sp=True))


def ws_c_inbound():
    dt = tick()
    return ws_wrap(dt, {"id": "IT01V" + digits(10), "type": "inbound-rtp", "kind": "video", "ssrc": rng.randint(10 ** 9, 4 * 10 ** 9),
                        "jitter": round(rng.uniform(0.001, 0.09), 3), "packetsLost": rng.randint(0, 300),
                        "framesDecoded": rng.randint(100, 90000), "frameWidth": rng.choice([640, 1280, 320]),
                        "frameHeight": rng.choice([360, 720, 180]), "codecId": "CIT01_96", "trackIdentifier": uuid4()})


def ws_c_pair():
    dt = tick()
    return ws_wrap(dt, {"id": "RTCIceCandidatePair_" + b62(8) + "_" + b62(8), "type": "candidate-pair", "state": "succeeded",
                        "nominated": True, "currentRoundTripTime": round(rng.uniform(0.01, 0.4), 3),
                        "availableOutgoingBitrate": rng.randint(300000, 5000000), "bytesSent": rng.randint(10 ** 5, 10 ** 9),
                        "bytesReceived": rng.randint(10 ** 5, 10 ** 9), "requestsSent": rng.randint(1, 400)})


def ws_c_localhost():
    dt = tick()
    addr = rng.choice([uuid4() + ".local", priv_ip(), priv_ip()])
    return ws_wrap(dt, {"id": "RTCIceCandidate_" + b62(8), "type": "local-candidate", "isRemote": False,
                        "address": addr, "port": rng.randint(1024, 65535), "protocol": rng.choice(["udp", "tcp"]),
                        "candidateType": "host", "priority": rng.randint(2100000000, 2130706431)})


def ws_c_codec():
    dt = tick()
    return ws_wrap(dt, {"id": "CIT01_" + str(rng.choice([96, 98, 100, 111])), "type": "codec",
                        "mimeType": rng.choice(["video/VP8", "video/H264", "audio/opus", "video/VP9"]),
                        "payloadType": rng.choice([96, 98, 100, 111]), "clockRate": rng.choice([90000, 48000]),
                        "sdpFmtpLine": "level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f"})


# ---- ICE / SDP signalling
def ice_head(dt):
    return f"{dt.strftime('%Y-%m-%d %H:%M:%S')}.{dt.microsecond // 1000:03d} DEBUG sig-{hexs(4)} sess={visit_id()} peer={rng.choice(['patient', 'patient', 'clinician'])} "


def ice_p_srflx():
    dt = tick()
    port = rng.randint(30000, 65000)
    return C(ice_head(dt), "onicecandidate candidate:", str(rng.randint(10 ** 8, 4 * 10 ** 9)), " 1 udp ",
             str(rng.randint(1677000000, 1686052607)), " ", P(pub_ip(), "ip"), f" {port} typ srflx raddr {priv_ip()} rport {rng.randint(30000, 65000)} generation 0 ufrag {b62(4)} network-id {rng.randint(1, 3)} network-cost {rng.choice([10, 50])}")


def ice_p_relay():
    dt = tick()
    return C(ice_head(dt), "remote candidate added a=candidate:", str(rng.randint(10 ** 8, 4 * 10 ** 9)), " 1 udp ",
             str(rng.randint(33000000, 42000000)), f" {rng.choice(TURN_IPS)} {rng.randint(49152, 65535)} typ relay raddr ",
             P(pub_ip(), "ip"), f" rport {rng.randint(30000, 65000)} generation 0 ufrag {b62(4)}")


def ice_p_v6():
    dt = tick()
    return C(ice_head(dt), "onicecandidate candidate:", str(rng.randint(10 ** 8, 4 * 10 ** 9)), " 1 udp ",
             str(rng.randint(2122000000, 2122262783)), " ", P(pub_ip6(), "ip"),
             f" {rng.randint(30000, 65000)} typ host generation 0 ufrag {b62(4)} network-id 2 network-cost 10")


def ice_c_mdns():
    dt = tick()
    return C(ice_head(dt), f"onicecandidate candidate:{rng.randint(10 ** 8, 4 * 10 ** 9)} 1 udp {rng.randint(2113000000, 2122262783)} {uuid4()}.local {rng.randint(30000, 65000)} typ host generation 0 ufrag {b62(4)} network-cost 999")


def ice_c_fp():
    dt = tick()
    fp = ":".join(hexs(2).upper() for _ in range(32))
    return C(ice_head(dt), f"remote sdp a=fingerprint:sha-256 {fp} a=setup:{rng.choice(['actpass', 'active', 'passive'])} a=mid:{rng.randint(0, 2)}")


def ice_c_crypto():
    dt = tick()
    return C(ice_head(dt), f"local sdp a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:{b64(rbytes(30))} a=rtcp-mux a=ice-ufrag:{b62(4)} a=ice-pwd:{b62(24)}")


def ice_c_ssrc():
    dt = tick()
    ss = rng.randint(10 ** 9, 4 * 10 ** 9)
    return C(ice_head(dt), f"local sdp a=ssrc:{ss} cname:{b62(16)} a=ssrc:{ss} msid:{uuid4()} {uuid4()} a=ssrc-group:FID {ss} {rng.randint(10 ** 9, 4 * 10 ** 9)}")


def ice_c_host():
    dt = tick()
    turn = rng.choice(["turn:turn-use1.lakeshorehealth.net:443?transport=tcp", "turns:global.turn.twilio.com:443?transport=tcp",
                       "turn:turn-usw2.lakeshorehealth.net:3478?transport=udp"])
    return C(ice_head(dt), f"onicecandidate candidate:{rng.randint(10 ** 8, 4 * 10 ** 9)} 1 udp {rng.randint(2113000000, 2122262783)} {priv_ip()} {rng.randint(30000, 65000)} typ host generation 0; iceServers=[{turn}] gathering=complete in {rng.randint(40, 4000)}ms")


# ---- virtual waiting room (syslog)
def wr_head(dt):
    return f"{sysl(dt)} vwr-app-0{rng.randint(1, 4)} waitroom[{pid()}]: "


def wr_p_checkin():
    dt, p = tick(), person()
    return C(wr_head(dt), "checkin ",
             KV([("queue", rng.choice(["derm-general", "urgent-video", "bh-intake", "peds-video"])), ("pos", str(rng.randint(1, 12))),
                 (pick("patient", "pt", "pt_name", "who"), P(nm(p, rng.choice(["lf", "fl", "LF"])), "name")),
                 (pick("dob", "birth", "DOB"), P(dfmt(p["dob"], rng.choice(["us", "iso", "us0"])), "date")),
                 ("provider", staff_acct()), ("eta", f"{rng.randint(1, 40)}m")]))


def wr_p_curbside():
    dt, p = tick(), person()
    color_make = rng.choice(["silver Toyota Camry", "blue Honda CR-V", "white Ford F-150", "black Nissan Altima",
                             "red Kia Soul", "grey Subaru Outback"])
    txt = T("curbside arrival for hybrid visit: vehicle plate {0} ({1}) {2}={3} bay={4}",
            P(plate(), "vehicle"), color_make, pick("mrn", "MRN", "chart"), P(p["mrn"], "mrn"), rng.randint(1, 8))
    return C(wr_head(dt), txt)


def wr_p_age():
    dt, p, c = tick(), person(old=True), person()
    txt = T("pt age {0} flagged fall-risk; caregiver {1} joining by phone {2}",
            P(age_over(), "age"), P(nm(c, "fl"), "name"), P(phone(), "phone"))
    return C(wr_head(dt), txt)


def wr_p_guest():
    dt, c = tick(), person()
    return C(wr_head(dt), "guest link issued ",
             KV([("visit", visit_id()), (pick("guest_email", "invitee", "guestEmail"), P(c["email"], "email")),
                 ("relation", rng.choice(["daughter", "son", "spouse", "caregiver", "guardian"])),
                 ("guest_name", P(nm(c, "fl"), "name")), ("ttl", "3600")]))


def wr_p_lobby():
    dt, p = tick(), person()
    return C(wr_head(dt), T("lobby: patient {0} (MRN {1}) waiting {2}m, nudged via SMS",
                            P(nm(p, "fl"), "name"), P(p["mrn"], "mrn"), rng.randint(5, 45)))


def wr_c_stats():
    dt = tick()
    return C(wr_head(dt), "queue stats ",
             KV([("queue", rng.choice(["urgent-video", "derm-general", "bh-intake"])), ("depth", str(rng.randint(0, 40))),
                 ("avg_wait", f"{rng.randint(0, 20)}m{rng.randint(0, 59):02d}s"), ("p95_wait", f"{rng.randint(10, 59)}m{rng.randint(0, 59):02d}s"),
                 ("providers_online", str(rng.randint(1, 14))), ("age_bucket_65_89", str(rng.randint(0, 9)))]))


def wr_c_provider():
    dt = tick()
    return C(wr_head(dt), f"provider {staff_acct()} status=available->in_visit room=vr-{rng.randint(1000, 9999)} license_states={','.join(rng.sample(STATES, 3))}")


def wr_c_closed():
    dt = tick()
    return C(wr_head(dt), f"room vr-{rng.randint(1000, 9999)} closed after 00:{rng.randint(3, 59):02d}:{rng.randint(0, 59):02d}, reason={rng.choice(['visit_complete', 'patient_left', 'provider_ended', 'timeout'])} row_id={rng.randint(100000, 9999999)}")


def wr_c_reaper():
    dt = tick()
    return C(wr_head(dt), f"reaper: purged {rng.randint(0, 90)} stale lobby sessions older than 3600s (pid {pid()}, took {rng.randint(3, 900)}ms)")


# ---- e-visit questionnaires (JSON)
def ev_wrap(dt, form, answers, extra=None):
    d = {"ts": iso_local(dt), "form": form, "submission_id": uuid4(), "answers": answers}
    if extra:
        d.update(extra)
    return J(d, sp=True)


def ev_p_basic():
    dt, p = tick(), person()
    ph = rng.choice(PHARMACIES)
    a = {pick("q_legal_name", "legalName", "patient_full_name"): P(nm(p, rng.choice(["fl", "fml"])), "name"),
         pick("q_dob", "birthDate", "date_of_birth"): P(dfmt(p["dob"], rng.choice(["us", "iso", "us0"])), "date"),
         pick("q_callback", "best_phone", "callbackNumber"): P(phone(), "phone"),
         "q_pharmacy": f"{ph[0]} - {ph[1]}, {ph[2]}, {ph[3]} {ph[4]}", "q_symptom_days": rng.randint(1, 14)}
    if rng.random() < 0.85:
        a[pick("q_social", "caringbridge_or_social", "profile_link")] = P(person_url(p), "url")
    return ev_wrap(dt, rng.choice(["evisit-uti-v4", "evisit-sinus-v2", "evisit-rash-v3"]), a)


def ev_p_es():
    dt, p = tick(), person()
    a = {"nombre_completo": P(nm(p, "fl"), "name"),
         "fecha_de_nacimiento": P(dfmt(p["dob"], rng.choice(["dmy", "es"])), "date"),
         "teléfono": P(phone() if rng.random() < 0.7 else intl_phone(), "phone"),
         "dirección": P(p["street"], "address"), "ciudad": P(p["city"], "address"), "estado": p["st"],
         "código_postal": P(p["zip"], "zip"), "síntomas": "tos y fiebre desde hace 3 días"}
    if rng.random() < 0.5:
        a["fax_domicilio"] = P(phone(), "fax")
    if rng.random() < 0.4:
        a["número_seguro_social"] = P(ssn(), "ssn")
    return ev_wrap(dt, "evisita-tos-es", a)


def ev_p_freetext():
    dt, p, m = tick(), person(), person(old=True)
    d = past_date()
    txt = rng.choice([
        T("My mother {0} is {1} and lives with me at {2}. She fell on {3} and her hip still hurts.",
          P(nm(m, "fl"), "name"), P(age_over(), "age"), P(m["street"], "address"), P(dfmt(d, rng.choice(["us", "us0", "long"])), "date")),
        T("Asking for my dad {0} ({1} yo), he lives alone in {2} and has been confused since {3}.",
          P(nm(m, "fl"), "name"), P(age_over(), "age"), P(m["city"], "address"), P(dfmt(d, "long"), "date")),
        T("grandma is {0} years old, her aide {1} can be reached at {2}",
          P(age_over(), "age"), P(nm(p, "fl"), "name"), P(phone(), "phone")),
        T("Dad ({0}) posts updates for the family on {1} if you want background",
          P(age_over(), "age"), P(person_url(m), "url"))])
    return ev_wrap(dt, "evisit-caregiver-v1", {"q_describe": txt, "q_relationship": "child", "q_consent": True})


def ev_p_mva():
    dt, p = tick(), person()
    a = {pick("accident_date", "dateOfInjury", "doi"): P(dfmt(past_date(), rng.choice(["us", "iso"])), "date"),
         pick("vehicle_vin", "vin", "VIN"): P(vin(), "vehicle"),
         pick("plate", "license_plate", "tag_no"): P(plate(), "vehicle"),
         "plate_state": p["st"], "seatbelt": True, "airbag_deployed": rng.choice([True, False]),
         "pain_0_10": rng.randint(2, 9)}
    return ev_wrap(dt, "evisit-mva-v2", a, {"claim_type": "PIP"})


def ev_p_fr():
    dt, p = tick(), person()
    k, v = rng.choice([("numero_passeport", passport()), ("numero_passeport", passport())])
    a = {"nom": P(p["last"], "name"), "prenom": P(p["first"], "name"),
         "date_de_naissance": P(dfmt(p["dob"], rng.choice(["dmy", "dmy_dot"])), "date"),
         k: P(v, "other_id"), "destination": rng.choice(["Kenya", "Pérou", "Inde", "Viêt Nam"]),
         "départ": "dans 3 semaines"}
    return ev_wrap(dt, "teleconsult-voyage-fr", a)


def ev_p_de():
    dt, p = tick(), person()
    a = {"Name": P(nm(p, "lf"), "name"), "Geburtsdatum": P(dfmt(p["dob"], "dmy_dot"), "date"),
         "Versichertennummer": P(kvnr(), "health_plan"), "Krankenkasse": rng.choice(["AOK Bayern", "TK", "Barmer"]),
         "Beschwerden": "Hautausschlag seit 5 Tagen"}
    return ev_wrap(dt, "evisit-derm-de", a)


def ev_c_publish():
    dt = tick()
    return J({"ts": iso_local(dt), "event": "form.published", "form": rng.choice(["evisit-uti-v4", "evisit-sinus-v2", "evisita-tos-es"]),
              "version": f"{rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}", "questions": rng.randint(8, 40),
              "published_by": staff_acct(), "effective": "2024-05-01", "build": f"forms-{digits(5)}"}, sp=True)


def ev_c_symptoms():
    dt = tick()
    return ev_wrap(dt, rng.choice(["evisit-uti-v4", "evisit-sinus-v2"]),
                   {"q_age": age_under(), "q_symptom_onset_days": rng.randint(1, 10), "q_pain_scale": rng.randint(0, 10),
                    "q_fever": rng.choice([True, False]), "q_temp_f": round(rng.uniform(97.5, 102.8), 1),
                    "q_pregnant": "no", "q_allergies": rng.choice(["none", "sulfa", "penicillin (rash)"])})


def ev_c_triage():
    dt = tick()
    return J({"ts": iso_local(dt), "event": "triage.result", "submission_id": uuid4(),
              "triage": rng.choice(["self-care", "async-review", "escalate-video", "send-to-ED"]), "score": rng.randint(0, 30),
              "rule_set": f"uti-{rng.choice(['2023.11', '2024.02'])}", "route": rng.choice(["async-queue", "urgent-video"]),
              "sla_minutes": rng.choice([60, 120, 240])}, sp=True)


# ---- store-and-forward dermatology uploads (logfmt)
def sf_head(dt):
    return f"{iso(dt)} saf-ingest[{pid()}] {lvl()} "


def case_no():
    return f"SAF-2024-{digits(6)}"


def sf_p_upload():
    dt, p = tick(), person()
    return C(sf_head(dt), "upload complete ",
             KV([("case", case_no()), ("body_site", rng.choice(["face_left_cheek", "forehead", "left_forearm", "upper_back", "scalp", "right_shin"])),
                 (pick("img", "object", "image_uri"), P(derm_ref(), "photo")), ("bytes", str(rng.randint(400000, 6000000))),
                 ("sha256", sha256hex()), (pick("mrn", "pt_id", "patientId"), P(p["mrn"], "mrn"))]))


def sf_p_exif():
    dt = tick()
    lat, lon = rng.uniform(25.5, 47.5), -rng.uniform(71.0, 122.5)
    return C(sf_head(dt), "exif not stripped ",
             KV([("case", case_no()), ("Make", "Apple"), ("Model", rng.choice(["iPhone 13", "iPhone 14 Pro", "iPhone 12 mini"])),
                 ("BodySerialNumber", P(dev_serial(), "device")),
                 ("gps", P(f"{lat:.6f},{lon:.6f}", "address")), ("action", "strip_and_requeue")]))


def sf_p_thumb():
    dt = tick()
    return C(sf_head(dt), "preview ",
             KV([("case", case_no()), ("w", "160"), ("h", "120"),
                 (pick("thumb_b64", "previewJpeg", "thumbnail"), P(jpeg_b64(), "photo"))]), "…(truncated)")


def sf_p_assign():
    dt, p = tick(), person()
    return C(sf_head(dt), "case assigned ",
             KV([("case", case_no()), ("reviewer", staff_acct()), (pick("patient", "pt_name", "subject_name"), P(nm(p), "name")),
                 (pick("dob", "pt_dob", "birth_date"), P(dfmt(p["dob"], rng.choice(["iso", "us"])), "date")),
                 ("images", str(rng.randint(1, 6))), ("sla_h", "48")]))


def sf_c_chunk():
    dt = tick()
    n = rng.randint(2, 9)
    return C(sf_head(dt), "chunk received ",
             KV([("upload_id", uuid4()), ("part", f"{rng.randint(1, n)}/{n}"), ("offset", str(rng.randint(0, 9) * 4194304)),
                 ("len", "4194304"), ("etag", '"' + hexs(32) + '"' if False else hexs(32))]))


def sf_c_scan():
    dt = tick()
    return C(sf_head(dt), f"av-scan clean engine=clamav/1.3.1 sig_db={rng.randint(27000, 27400)} obj={sha256hex()[:40]} took={rng.randint(30, 900)}ms")


def sf_c_thumbgen():
    dt = tick()
    return C(sf_head(dt), f"thumbnail generated 4032x3024 -> 512x384 in {rng.randint(60, 400)}ms worker=saf-thumb-{hexs(5)} queue_lag={rng.randint(0, 30)}s")


def sf_c_retention():
    dt = tick()
    return C(sf_head(dt), f"retention policy applied bucket=lkh-saf-derm-prod objects={rng.randint(100, 9000)} transitioned=GLACIER_IR policy_id=rp-{digits(4)} dry_run=false")


# ---- remote interpreter services (pipe-delimited)
def ip_head(dt, ev):
    return f"{iso(dt, ms=False)}|INTERP|{ev}|"


LANGS = ["spa", "vie", "pol", "ara", "hmn", "som", "kor", "rus", "yue", "cmn", "hat", "por", "asl"]


def in_p_request():
    dt, p = tick(), person()
    return C(ip_head(dt, "REQUEST"),
             KV([("req", f"IR-{digits(5)}"), ("lang", rng.choice(LANGS)), ("modality", rng.choice(["video", "audio"])),
                 ("vendor", rng.choice(["LanguageLine", "Cyracom", "Propio"])),
                 (pick("pt_name", "paciente", "patientName"), P(nm(p, rng.choice(["fl", "lf"])), "name")),
                 (pick("pt_dob", "fecha_nac", "dob"), P(dfmt(p["dob"], rng.choice(["us", "iso"])), "date")),
                 (pick("callback", "cb_tel", "telefono"), P(phone(), "phone"))]
                + ([("matricula_consular", P(digits(10) if rng.random() < 0.5 else "MC" + digits(8), "other_id"))] if rng.random() < 0.35 else []),
                sep="|", quote=False))


def in_p_conn():
    dt, c = tick(), person()
    return C(ip_head(dt, "CONNECTED"),
             KV([("req", f"IR-{digits(5)}"), ("interp_id", digits(5)), ("lang", rng.choice(LANGS)),
                 ("3way_dial", P(phone(rng.choice(["e164", "dash"])) if rng.random() < 0.7 else intl_phone(), "phone")),
                 ("family_member", P(nm(c, "fl"), "name"))], sep="|", quote=False))


def in_p_note():
    dt, p, c = tick(), person(), person()
    txt = rng.choice([
        T("Paciente {0} no habla inglés; su hija {1} contesta al {2}", P(nm(p, "fl"), "name"), P(nm(c, "fl"), "name"), P(phone(), "phone")),
        T("Bệnh nhân {0} sinh ngày {1}, cần phiên dịch tiếng Việt", P(nm(p, "fl"), "name"), P(dfmt(p["dob"], "dmy"), "date")),
        T("Pt {0} prefers ASL; VRS number {1}", P(nm(p, "fl"), "name"), P(phone("dash"), "phone"))])
    return C(ip_head(dt, "NOTE"), f"req=IR-{digits(5)}|msg=", txt)


def in_c_avail():
    dt = tick()
    return C(ip_head(dt, "AVAIL"), KV([("lang", rng.choice(LANGS)), ("queue", str(rng.randint(0, 30))),
                                       ("asa_sec", str(rng.randint(5, 300))), ("interp_online", str(rng.randint(3, 200)))], sep="|", quote=False))


def in_c_ended():
    dt = tick()
    return C(ip_head(dt, "ENDED"), KV([("req", f"IR-{digits(5)}"), ("interp_id", digits(5)), ("minutes", str(rng.randint(3, 60))),
                                       ("billable", "true"), ("rate_code", rng.choice(["VRI-STD", "OPI-STD", "VRI-ASL"])),
                                       ("invoice_line", digits(7))], sep="|", quote=False))


def in_c_failover():
    dt = tick()
    return C(ip_head(dt, "FAILOVER"), KV([("lang", rng.choice(LANGS)), ("from", "LanguageLine"), ("to", "Propio"),
                                          ("reason", "no_answer_60s"), ("support", ORG_TOLLFREE)], sep="|", quote=False))


# ---- e-prescribing from telehealth
DRUGS = ["amoxicillin 500 mg capsule", "tretinoin 0.025% cream", "sertraline 50 mg tablet",
         "nitrofurantoin monohydrate/macrocrystals 100 mg capsule", "lisinopril 10 mg tablet",
         "doxycycline hyclate 100 mg tablet", "buprenorphine-naloxone 8 mg-2 mg SL film", "lorazepam 0.5 mg tablet"]


def ndc():
    return f"{digits(5)}{digits(4)}{digits(2)}"


def rx_head(dt, d="OUT"):
    return f"{iso(dt)} surescripts-gw[{pid()}] {d} "


def rx_p_newrx():
    dt, p = tick(), person()
    cf, cl = rng.choice(FIRST), rng.choice(LAST)
    fax = T("<Fax><Number>{0}</Number></Fax>", P(phone("plain"), "fax")) if rng.random() < 0.35 else ""
    xml = T('<Message DatatypesVersion="2018R2" TransportVersion="2018R2" TransactionDomain="SCRIPT" TransactionVersion="2017071">'
            '<Header><To Qualifier="P">{0}</To><From Qualifier="C">{1}</From><MessageID>{2}</MessageID><SentTime>{3}</SentTime></Header>'
            '<Body><NewRx><Patient><HumanPatient><Name><LastName>{4}</LastName><FirstName>{5}</FirstName></Name><Gender>{6}</Gender>'
            '<DateOfBirth><Date>{7}</Date></DateOfBirth><Address><AddressLine1>{8}</AddressLine1><City>{9}</City>'
            '<StateProvince>{10}</StateProvince><PostalCode>{11}</PostalCode><CountryCode>US</CountryCode></Address>'
            '<CommunicationNumbers><PrimaryTelephone><Number>{12}</Number></PrimaryTelephone>{13}</CommunicationNumbers></HumanPatient></Patient>'
            '<Prescriber><NonVeterinarian><Identification><NPI>{14}</NPI><DEANumber>{15}</DEANumber></Identification>'
            '<Name><LastName>{16}</LastName><FirstName>{17}</FirstName></Name></NonVeterinarian></Prescriber>'
            '<MedicationPrescribed><DrugDescription>{18}</DrugDescription><DrugCoded><ProductCode><Code>{19}</Code>'
            '<Qualifier>ND</Qualifier></ProductCode></DrugCoded><Quantity><Value>{20}</Value></Quantity><DaysSupply>{21}</DaysSupply>'
            '</MedicationPrescribed></NewRx></Body></Message>',
            digits(7), digits(9), hexs(32), iso(dt), P(p["last"], "name"), P(p["first"], "name"), rng.choice("FMU"),
            P(p["dob"].isoformat(), "date"), P(p["street"], "address"), P(p["city"], "address"), p["st"],
            P(p["zip"], "zip"), P(phone("plain"), "phone"), fax, npi(), P(dea(cl), "license"), cl, cf,
            rng.choice(DRUGS), ndc(), rng.choice([10, 14, 20, 30, 60, 90]), rng.choice([5, 7, 10, 30]))
    return C(rx_head(dt), "NewRx ", xml)


def rx_p_epcs():
    dt = tick()
    cl = rng.choice(LAST)
    st = rng.choice(STATES)
    return C(rx_head(dt, "AUDIT"), "epcs.sign ",
             KV([("prescriber_npi", npi()), (pick("dea", "deaNumber", "dea_no"), P(dea(cl), "license")),
                 (pick("state_lic", "stateLicense", "lic_no"), P(prof_lic(st), "license")), ("lic_state", st),
                 ("two_factor", "ok"), ("schedule", rng.choice(["II", "III", "IV"])), ("rx", "RX-" + digits(9))]))


def rx_p_pdmp():
    dt, p = tick(), person()
    return C(rx_head(dt, "QUERY"), "pdmp.query ",
             KV([("state", p["st"]), (pick("patient", "pt", "subject"), P(nm(p, rng.choice(["fl", "LF"])), "name")),
                 (pick("dob", "birthdate"), P(dfmt(p["dob"], rng.choice(["iso", "us"])), "date")),
                 (pick("zip", "zip5", "postal"), P(zip9(p), "zip")), ("results", str(rng.randint(0, 6))),
                 ("gateway", "PMPi"), ("latency_ms", str(rng.randint(200, 4000)))]))


def rx_p_elig():
    dt, p = tick(), person()
    return C(rx_head(dt, "IN"), "eligibility 271 ",
             KV([("bin", rng.choice(["610014", "003858", "004336", "610502"])), ("pcn", rng.choice(["MEDDPRIME", "A4", "ADV", "9999"])),
                 ("group", "RX" + digits(4)), (pick("member_id", "cardholder_id", "subscriberId", "mbi"), P(member_id(), "health_plan")),
                 (pick("pt_last", "last_name"), P(p["last"], "name")), ("coverage", "active"), ("formulary_id", "F" + digits(5))]))


def rx_c_status():
    dt = tick()
    return C(rx_head(dt, "IN"), f'Status <Message><Header><RelatesToMessageID>{hexs(32)}</RelatesToMessageID><MessageID>{hexs(32)}</MessageID></Header><Body><Status><Code>000</Code></Status></Body></Message>')


def rx_c_formulary():
    dt = tick()
    return C(rx_head(dt, "QUERY"), KV([("op", "formulary.lookup"), ("ndc", ndc()), ("tier", str(rng.randint(1, 5))),
                                        ("pa_required", rng.choice(["false", "true"])), ("qty_limit", str(rng.choice([30, 60, 90]))),
                                        ("cache", rng.choice(["hit", "miss"]))]))


def rx_c_pharm():
    dt = tick()
    ph = rng.choice(PHARMACIES)
    a, e, l4 = phone_parts()
    return C(rx_head(dt, "SYNC"), KV([("op", "directory.sync"), ("ncpdp_id", digits(7)), ("npi", npi()), ("name", ph[0]),
                                       ("addr", f"{ph[1]}, {ph[2]}, {ph[3]} {ph[4]}"), ("phone", f"{a}{e}{l4:04d}"),
                                       ("fax", f"{a}{e}{(l4 + 1) % 10000:04d}"), ("services", "NewRx,RxChange,CancelRx,EPCS")]))


def rx_c_cancel():
    dt = tick()
    return C(rx_head(dt, "IN"), KV([("op", "CancelRxResponse"), ("rx_id", "RX-" + digits(9)), ("response", "Approved"),
                                     ("reason_code", rng.choice(["AA", "AP", "AQ"])), ("order_no", digits(10))]))


# ---- licensure checks (JSON)
def li_p_verify():
    dt = tick()
    st = rng.choice(STATES)
    city = rng.choice([c for c in CITIES if c[1] == st] or CITIES)[0]
    d = {"ts": iso(dt), "event": "licensure.verify", "visit": visit_id(), "provider_npi": npi(), "provider": clin(),
         "patient_loc": {"state": st, "source": rng.choice(["geoip", "attested"]), "city": P(city, "address")} if rng.random() < 0.6 else {"state": st, "source": "attested"},
         "license": {"state": st, pick("number", "license_no", "licNum"): P(prof_lic(st), "license"), "type": rng.choice(["MD", "DO", "APRN", "PA"]),
                     "status": "ACTIVE", "exp": f"2026-{rng.randint(1, 12):02d}-{rng.choice(['28', '30', '01'])}"},
         "result": "ALLOW"}
    return J(d)


def li_p_attest():
    dt, p = tick(), person()
    return J({"ts": iso(dt), "event": "location.attest", pick("patient_mrn", "ptMrn", "mrn"): P(p["mrn"], "mrn"),
              "attested_state": rng.choice(STATES), "address_on_file": P(p["street"], "address"),
              "city_on_file": P(p["city"], "address"), "state_on_file": p["st"], "match": False, "action": "prompt_relocate"})


def li_p_nursys():
    dt = tick()
    st = rng.choice(STATES)
    return J({"ts": iso(dt), "event": "nursys.verify", "ncsbn_id": digits(8), "nurse": clin(),
              "license": {"state": st, "number": P(rn_lic(st), "license"), "type": "RN", "compact": "multistate"},
              "result": "ALLOW"})


def li_c_refresh():
    dt = tick()
    return J({"ts": iso(dt), "event": "licensure.cache.refresh", "states": 52, "providers": rng.randint(300, 2000),
              "duration_ms": rng.randint(1000, 30000), "source": "fsmb-docinfo", "etag": hexs(40)})


def li_c_block():
    dt = tick()
    return J({"ts": iso(dt), "event": "licensure.verify", "visit": visit_id(), "provider_npi": npi(),
              "patient_state": rng.choice(STATES), "compacts": rng.choice([["IMLC"], ["IMLC", "PSYPACT"], []]),
              "result": "BLOCK", "reason": "no_active_license_in_patient_state", "rerouted_to": "queue:multi-state-pool"})


def li_c_loq():
    dt = tick()
    return J({"ts": iso(dt), "event": "imlc.loq_issued", "loq_id": f"LOQ-2024-{digits(5)}", "spl": rng.choice(STATES),
              "requested_states": rng.sample(STATES, 2), "provider_npi": npi(), "fee_usd": 700})


# ---- patient identity checks at session start (logfmt)
def idv_head(dt, ev):
    return f"{iso(dt)} idv-svc {lvl()} {ev} "


def id_p_dl():
    dt, p = tick(), person()
    return C(idv_head(dt, "idv.document"),
             KV([("inquiry", "inq_" + b62(24)), ("result", "pass"), ("doc", "us_dl"), ("issuing", p["st"]),
                 (pick("number", "dl_number", "doc_no", "licenseNumber"), P(dl(), "license")),
                 ("name", P(nm(p, "FL"), "name")), ("dob", P(dfmt(p["dob"], rng.choice(["iso", "us"])), "date")),
                 ("addr", P(p["street"].upper(), "address")), ("city", P(p["city"].upper(), "address")), ("st", p["st"]),
                 ("zip", P(p["zip"], "zip"))]))


def id_p_selfie():
    dt = tick()
    v = jpeg_b64() if rng.random() < 0.6 else "data:image/png;base64," + png_b64()
    return C(idv_head(dt, "idv.selfie"),
             KV([("inquiry", "inq_" + b62(24)), ("liveness", f"{rng.uniform(0.9, 0.999):.3f}"), ("face_match", f"{rng.uniform(0.8, 0.99):.3f}"),
                 (pick("selfie_b64", "faceImage", "selfie"), P(v, "photo"))]), " [truncated]")


def id_p_kba():
    dt = tick()
    return C(idv_head(dt, "idv.kba"),
             KV([("inquiry", "inq_" + b62(24)), (pick("ssn", "ssn_full", "socialSecurityNumber", "tin"), P(ssn(), "ssn")),
                 ("questions", "4"), ("correct", str(rng.randint(3, 4))), ("bureau", rng.choice(["experian", "lexisnexis"]))]))


def id_p_voice():
    dt, p = tick(), person()
    return C(idv_head(dt, "idv.voice.enroll"),
             KV([("speaker", P(nm(p, "fl"), "name")), (pick("voiceprint", "template", "vp_tpl"), P(voiceprint(), "biometric")),
                 ("dim", "24"), ("engine", "nuance-gk-7.2"), ("snr_db", f"{rng.uniform(12, 40):.1f}")]))


def id_p_fp():
    dt, p = tick(), person()
    return C(idv_head(dt, "idv.kiosk.fingerprint"),
             KV([("kiosk", f"kiosk-{rng.randint(1, 20):02d}"), (pick("mrn", "pid"), P(p["mrn"], "mrn")),
                 (pick("fp_minutiae", "fingerprintTemplate", "iso19794_2"), P(fp_template(), "biometric")),
                 ("finger", rng.choice(["R_INDEX", "L_INDEX", "R_THUMB"])), ("nfiq", str(rng.randint(1, 3)))]))


def id_p_natid():
    dt, p = tick(), person()
    k, v = other_id(p)
    key = {"passport": pick("passport_no", "passportNumber"), "curp": "curp", "aadhaar": "aadhaar_no", "anum": "alien_reg_no",
           "nin": "nin", "edipi": "dod_edipi", "stateid": "state_id_no"}[k]
    return C(idv_head(dt, "idv.document"),
             KV([("inquiry", "inq_" + b62(24)), ("doc", k), ("country", rng.choice(["MEX", "IND", "NGA", "USA", "PHL"])),
                 (key, P(v, "other_id")), ("name", P(nm(p, "FL"), "name")), ("result", rng.choice(["pass", "needs_review"]))]))


def id_p_face():
    dt = tick()
    return C(idv_head(dt, "idv.face.template"),
             KV([("inquiry", "inq_" + b62(24)), (pick("faceTemplate", "face_tpl", "face_embedding"), P(face_tpl(), "biometric")),
                 ("alg", "ISO19794-5"), ("ttl_days", "30")]))


def id_p_social():
    dt, p = tick(), person()
    return C(idv_head(dt, "idv.social"),
             KV([("inquiry", "inq_" + b62(24)), (pick("profile", "social_url", "profileUrl"), P(person_url(p), "url")),
                 ("match", f"{rng.uniform(0.5, 0.99):.2f}"), ("signal", "account_age>5y")]))


def id_c_created():
    dt = tick()
    return C(idv_head(dt, "idv.session.created"), KV([("inquiry", "inq_" + b62(24)), ("template", "itmpl_" + b62(22)),
                                                      ("vendor", "persona"), ("env", "production"), ("visit", visit_id())]))


def id_c_liveness():
    dt = tick()
    return C(idv_head(dt, "idv.liveness"), KV([("inquiry", "inq_" + b62(24)), ("result", "pass"), ("score", f"{rng.uniform(0.9, 0.999):.3f}"),
                                               ("model", f"v{rng.randint(2, 4)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}"),
                                               ("latency_ms", str(rng.randint(200, 3000)))]))


def id_c_retry():
    dt = tick()
    return C(idv_head(dt, "idv.webhook.retry"), KV([("attempt", str(rng.randint(1, 5))), ("status", rng.choice(["502", "503", "429"])),
                                                    ("backoff", f"{rng.randint(1, 32)}s"), ("endpoint", "https://api.lakeshorehealth.org/hooks/persona"),
                                                    ("trace_id", hexs(32))]))


# ---- device & browser diagnostics (JSON)
def dv_p_imei():
    dt = tick()
    d = {"ts": iso(dt), "diag": "preflight", "platform": "android", "model": rng.choice(["SM-T220", "SM-A536U", "Pixel 7a", "moto g stylus"]),
         pick("imei", "deviceImei", "IMEI"): P(imei(), "device"), pick("wifi_mac", "wlanMac", "macAddress"): P(mac(), "device"),
         "os": rng.choice(["13", "14"]), "app": "LakeshoreCare 5.17.2 (21044)", "cam": "ok", "mic": "ok"}
    return J(d)


def dv_p_rpm():
    dt, p = tick(), person()
    s = dev_serial()
    return J({"ts": iso(dt), "diag": "rpm_pair", pick("mrn", "patientId", "pt"): P(p["mrn"], "mrn"),
              "device": rng.choice(["Omron BP7450", "Withings Body+", "Masimo MightySat", "iHealth Track"]),
              pick("ble_addr", "bleMac", "peripheral"): P(mac(rng.choice(["colon", "lower"])), "device"),
              pick("serial", "sn", "deviceSerial"): P(s, "device"), "fw": f"{rng.randint(1, 4)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
              "rssi": -rng.randint(40, 90)})


def dv_p_implant():
    dt, p = tick(), person()
    s = dev_serial()
    return J({"ts": iso(dt), "diag": "implant.remote_interrogation", "visit": visit_id(),
              "implant": {"type": rng.choice(["ICD", "pacemaker", "ILR", "CRT-D"]), "mfr": rng.choice(["Medtronic", "Abbott", "Boston Scientific", "Biotronik"]),
                          "model": rng.choice(["DDMB1D4", "W1DR01", "LUX-Dx II+", "PM2272"]), pick("serial", "serialNumber"): P(s, "device"),
                          "udi": P(udi(s), "device")},
              "battery_years": round(rng.uniform(1, 11), 1), "transmission": "complete"})


def dv_p_ipad():
    dt, p = tick(), person()
    return J({"ts": iso(dt), "diag": "loaner_device.assign", pick("device_serial", "serial_no", "assetSerial"): P(b36(12), "device"),
              "model": "iPad (9th generation)", pick("assigned_to", "patient", "borrower"): P(nm(p), "name"),
              "return_by": "2024-07-01", "mdm": "jamf"})


def dv_c_preflight():
    dt = tick()
    return J({"ts": iso(dt), "diag": "preflight", "ua": ua(),
              "camera": rng.choice(["FaceTime HD Camera (3A71:F4B5)", "Logitech BRIO (046d:085e)", "Integrated Webcam (0c45:6a09)"]),
              "mic": rng.choice(["Default - MacBook Pro Microphone (Built-in)", "Headset (Jabra Evolve2 65)"]),
              "getUserMedia": "ok", "bandwidth_kbps": rng.randint(800, 90000), "turn_reachable": True,
              "app_build": f"5.17.{rng.randint(0, 4)} ({rng.randint(21000, 21099)})"})


def dv_c_speaker():
    dt = tick()
    return J({"ts": iso(dt), "diag": "speaker_test", "result": rng.choice(["pass", "fail"]),
              "output_device": rng.choice(["Jabra Evolve2 65", "AirPods Pro", "Speakers (Realtek(R) Audio)"]),
              "sample_rate": 48000, "latency_ms": rng.randint(10, 200)})


def dv_c_unsupported():
    dt = tick()
    return J({"ts": iso(dt), "diag": "browser_unsupported",
              "ua": "Mozilla/5.0 (Windows NT 6.1; Trident/7.0; rv:11.0) like Gecko", "min_required": "Chrome 110 / Safari 15.4",
              "redirect": "https://help.lakeshorehealth.org/virtual-visits/supported-browsers"})


def dv_c_gpu():
    dt = tick()
    return J({"ts": iso(dt), "diag": "webgl", "renderer": rng.choice(["ANGLE (Apple, Apple M1, OpenGL 4.1)", "ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)"]),
              "bg_blur": rng.choice(["supported", "disabled"]), "cpu_cores": rng.choice([4, 8, 10]), "mem_gb": rng.choice([4, 8, 16])})


def dv_c_tls():
    dt = tick()
    return J({"ts": iso(dt), "diag": "tls_probe", "host": rng.choice(["app.lakeshorehealth.org", "turn-use1.lakeshorehealth.net", "api.lakeshorehealth.org"]),
              "cert_serial": ":".join(hexs(2).upper() for _ in range(16)), "not_before": "2024-03-14", "not_after": "2025-03-14",
              "issuer": "R11", "ocsp": "good", "handshake_ms": rng.randint(20, 400)})


# ---- call quality metrics (CSV)
def cq_row(dt, ip):
    return C(f"{iso(dt, ms=False)},{visit_id()},{rng.uniform(2.1, 4.5):.2f},{rng.uniform(0.5, 60):.1f},{rng.randint(12, 450)},"
             f"{rng.uniform(0, 8):.1f},{rng.randint(150, 4000)},{rng.choice(['us-east-1', 'us-west-2', 'us-central'])},", ip,
             f",{rng.choice(['chrome/124.0.6367.118', 'safari/17.4.1', 'ios-app/5.17.2', 'android-app/5.17.1'])}")


def cq_p_v4():
    return cq_row(tick(), P(pub_ip(), "ip"))


def cq_p_v6():
    return cq_row(tick(), P(pub_ip6(), "ip"))


def cq_c_priv():
    return cq_row(tick(), rng.choice([priv_ip(), "127.0.0.1", priv_ip()]))


def cq_c_header():
    dt = tick()
    return C(f"# {iso(dt, ms=False)} export=callquality_hourly v=3 columns=ts,session,mos,jitter_ms,rtt_ms,loss_pct,bitrate_kbps,region,client_ip,client rows={rng.randint(100, 9000)}")


def cq_c_dash():
    return cq_row(tick(), "-")


# ---- recordings & transcripts metadata (JSON)
def rc_wrap(dt, d):
    base = {"ts": iso(dt), "recording_id": "rec_" + hexs(20), "visit": visit_id()}
    base.update(d)
    return J(base, sp=True)


def rc_p_dob():
    dt, p = tick(), person()
    d = p["dob"]
    txt = rng.choice([
        T("CLINICIAN: Can you confirm your date of birth? PATIENT: yeah it's {0}.", P(dfmt(d, rng.choice(["spoken", "long"])), "date")),
        T("CLINICIAN: Name and birthday please. PATIENT: {0}, {1}.", P(nm(p, "fl"), "name"), P(dfmt(d, "long"), "date")),
        T("PATIENT: I was discharged on {0} and the swelling came back.", P(dfmt(past_date(), "long"), "date"))])
    return rc_wrap(dt, {"segment": rng.randint(1, 40), "transcript_excerpt": txt, "confidence": round(rng.uniform(0.7, 0.99), 2)})


def rc_p_speakers():
    dt, p = tick(), person()
    return rc_wrap(dt, {"speakers": [{"label": "spk_0", "role": "clinician", "display": clin()},
                                      {"label": "spk_1", "role": "patient", "display": P(nm(p), "name")}],
                        "language": "en-US"})


def rc_p_voice():
    dt, p = tick(), person()
    return rc_wrap(dt, {"speaker_enrollment": {pick("mrn", "ptMrn"): P(p["mrn"], "mrn"),
                                               pick("voiceprint", "voice_embedding", "vp"): P(voiceprint(), "biometric"), "dim": 24}})


def rc_p_addr():
    dt, p = tick(), person()
    txt = T("PATIENT: I live at {0} in {1}, it's {2} for the home nurse.", P(p["street"], "address"), P(p["city"], "address"), P(p["zip"], "zip"))
    return rc_wrap(dt, {"segment": rng.randint(1, 40), "transcript_excerpt": txt})


def rc_p_ssn():
    dt = tick()
    txt = rng.choice([T("PATIENT: the insurance lady wanted my social, it's {0}", P(ssn(rng.choice(["dash", "space"])), "ssn")),
                      T("PATIENT: my social security number is {0}. CLINICIAN: we don't need that, thanks.", P(ssn("dash"), "ssn"))])
    return rc_wrap(dt, {"segment": rng.randint(1, 40), "transcript_excerpt": txt, "redaction": "pending"})


def rc_c_stored():
    dt = tick()
    return rc_wrap(dt, {"duration_s": rng.randint(60, 3600), "format": rng.choice(["m4a", "mp4", "webm"]), "size": rng.randint(10 ** 6, 4 * 10 ** 8),
                        "storage": f"s3://tele-rec-prod/2024/05/{uuid4()}.m4a", "retention_days": 2555, "encrypted": "aws:kms"})


def rc_c_job():
    dt = tick()
    return rc_wrap(dt, {"job": "transcribe", "engine": rng.choice(["whisper-large-v3", "aws-transcribe-medical"]),
                        "wer_est": round(rng.uniform(0.03, 0.2), 3), "words": rng.randint(200, 9000), "gpu": "a10g", "queue_ms": rng.randint(10, 90000)})


def rc_c_excerpt():
    dt = tick()
    txt = rng.choice(["CLINICIAN: Any chest pain since we last spoke? PATIENT: No, just the cough at night.",
                      "CLINICIAN: Let's increase to 20 mg and recheck in 6 weeks. PATIENT: Okay.",
                      "PATIENT: I'm 67 and never had this before. CLINICIAN: Understood.",
                      "CLINICIAN: I'm Dr. Osei, covering for Dr. Lindqvist today."])
    return rc_wrap(dt, {"segment": rng.randint(1, 40), "transcript_excerpt": txt, "confidence": round(rng.uniform(0.7, 0.99), 2)})


# ---- payment at check-in (logfmt)
def pay_head(dt, ev):
    return f"{iso(dt)} billing-api[{pid()}] {ev} "


def pay_p_card():
    dt, p = tick(), person()
    n, brand = card()
    return C(pay_head(dt, "payment.card_entered"),
             KV([("source", rng.choice(["kiosk", "web_checkin", "ivr"])), (pick("pan", "card_number", "cc"), P(n, "account")),
                 ("brand", brand), ("exp", f"{rng.randint(1, 12):02d}/{rng.randint(25, 30)}"),
                 (pick("cardholder", "name_on_card"), P(nm(p, rng.choice(["FL", "fl"])), "name")),
                 (pick("billing_zip", "avs_zip"), P(p["zip"], "zip")), ("amount", str(rng.choice([2500, 4000, 4500, 7500])))]))


def pay_p_ach():
    dt, p = tick(), person()
    kv = [("routing", routing()), (pick("account", "bank_acct", "dda"), P(bank_acct(), "account")),
          (pick("name", "account_holder"), P(nm(p, "fl"), "name")), (pick("guarantor_acct", "hb_acct"), P(pt_account(), "account"))]
    kv.append((pick("guarantor_ssn", "gtr_ssn", "resp_party_ssn"), P(ssn(), "ssn")))
    kv.append(("plan", "6mo_interest_free"))
    return C(pay_head(dt, "payment_plan.ach_setup"), KV(kv))


def pay_p_copay():
    dt, p = tick(), person()
    return C(pay_head(dt, "copay.posted"),
             KV([(pick("patient_account", "acctNo", "billing_acct"), P(pt_account(), "account")),
                 (pick("mrn", "pt_mrn"), P(p["mrn"], "mrn")), ("amount", f"{rng.choice([0, 15, 20, 25, 40])}.00"),
                 (pick("plan_member_id", "memberId", "subscriber_no", "mbi"), P(member_id(), "health_plan")), ("payer_id", digits(5))]))


def pay_p_pip():
    dt, p = tick(), person()
    return C(pay_head(dt, "claim.auto_pip"),
             KV([("insurer", rng.choice(["Progressive", "State Farm", "GEICO", "Allstate"])), (pick("vin", "vehicle_vin"), P(vin(), "vehicle")),
                 (pick("insured", "policyholder"), P(nm(p, "fl"), "name")), ("loss_date", P(dfmt(past_date(), "iso"), "date")),
                 ("cpt", rng.choice(["99213", "99214", "98005"]))]))


def pay_c_intent():
    dt = tick()
    return C(pay_head(dt, "payment_intent.succeeded"),
             KV([("id", "pi_3P" + b62(22)), ("amount", str(rng.choice([1500, 2500, 4000]))), ("currency", "usd"),
                 ("card_brand", rng.choice(["visa", "mastercard", "amex"])), ("last4", digits(4)),
                 ("receipt_number", f"{digits(4)}-{digits(4)}"), ("order_no", "ORD-2024-" + digits(7))]))


def pay_c_refund():
    dt = tick()
    return C(pay_head(dt, "refund.created"), KV([("id", "re_3P" + b62(22)), ("amount", str(rng.choice([1500, 2500]))),
                                                ("reason", "visit_cancelled_by_provider"), ("charge", "ch_3P" + b62(22))]))


def pay_c_webhook():
    dt = tick()
    return C(pay_head(dt, "stripe.webhook"), KV([("endpoint", "we_1O" + b62(22)), ("event", "evt_3P" + b62(22)),
                                                ("signature", "verified"), ("latency_ms", str(rng.randint(2, 90))), ("api_version", "2023-10-16")]))


def pay_c_vendor():
    dt = tick()
    v = rng.choice(VENDORS)
    return C(pay_head(dt, "ap.invoice.received"), KV([("vendor", v[0]), ("remit_to", v[1]), ("amount", f"{rng.randint(1000, 90000)}.00"),
                                                     ("po", "PO-2024-" + digits(5)), ("terms", "NET45"), ("ein", f"{digits(2)}-{digits(7)}")]))


# ---- scheduling: no-show / reschedule (JSON)
def sc_p_noshow():
    dt, p = tick(), person()
    return J({"ts": iso(dt), "type": "appt.no_show", "appt_id": "A-" + digits(8), pick("patient_id", "ptId", "mrn"): P(p["mrn"], "mrn"),
              pick("appt_date", "apptDate", "visit_date"): P(dfmt(appt_date(), rng.choice(["iso", "us"])), "date"), "slot": appt_time(),
              "visit_type": "video", "provider_npi": npi(), "fee_applied": rng.choice([True, False])})


def sc_p_resched():
    dt, p = tick(), person()
    return J({"ts": iso(dt), "type": "appt.rescheduled", "pt": {"name": P(nm(p), "name"), "dob": P(dfmt(p["dob"], "iso"), "date")},
              "from": P(dfmt(appt_date(), "iso"), "date"), "to": P(dfmt(appt_date(), "iso"), "date"),
              "reason": rng.choice(["patient_request", "provider_unavailable", "tech_issue"]), "by": staff_acct()})


def sc_p_reminder():
    dt = tick()
    return J({"ts": iso(dt), "type": "reminder.sent", "channel": rng.choice(["sms", "voice"]),
              pick("to", "recipient", "phone_e164"): P(phone("e164"), "phone"), "template": "tv_24h",
              pick("appt_on", "apptDate"): P(dfmt(appt_date(), rng.choice(["iso", "us"])), "date"), "provider_msg_id": sid("SM")})


def sc_p_waitlist():
    dt, p = tick(), person()
    return J({"ts": iso(dt), "type": "waitlist.offer", pick("email", "notifyEmail", "contact"): P(p["email"], "email"),
              "offered_date": P(dfmt(appt_date(), "iso"), "date"), "offer_ttl_min": 30, "specialty": rng.choice(["derm", "neuro", "bh"])})


def sc_c_template():
    dt = tick()
    d0 = appt_date()
    return J({"ts": iso(dt), "type": "template.published", "provider_npi": npi(),
              "dates": [dfmt(d0, "iso"), dfmt(d0 + datetime.timedelta(days=1), "iso")], "slots": rng.randint(8, 40), "by": "sched-bot"})


def sc_c_stats():
    dt = tick()
    return J({"ts": iso(dt), "type": "no_show.stats", "week": f"2024-W{rng.randint(18, 22)}", "rate": round(rng.uniform(0.03, 0.2), 3),
              "visits": rng.randint(200, 3000), "dept": rng.choice(["BH", "DERM", "UC"])})


def sc_c_released():
    dt = tick()
    return J({"ts": iso(dt), "type": "slot.released", "slot_id": "S-" + digits(9), "reason": rng.choice(["provider_pto", "template_change"]),
              "count": rng.randint(1, 20), "row_id": rng.randint(100000, 999999)})


# ---- provider availability & routing (logfmt)
def rt_head(dt):
    return KV([("ts", iso(dt)), ("lvl", rng.choice(["info", "debug"])), ("comp", "tele-router")]) + [(" ", None)]


def rt_p_age():
    dt = tick()
    return C(rt_head(dt), KV([("msg", "route.decision"), ("visit", visit_id()), (pick("patient_age", "ptAge", "age_yrs"), P(age_over(), "age")),
                              ("rule", "geri_priority"), ("queue", "geriatrics-video"), ("wait_est", f"{rng.randint(30, 900)}s")]))


def rt_p_override():
    dt, p = tick(), person()
    return C(rt_head(dt), KV([("msg", "route.override"), ("by", staff_acct()), (pick("patient", "pt"), P(nm(p, rng.choice(["fl", "lf"])), "name")),
                              ("reason", rng.choice(["needs ASL interpreter", "established with provider", "language match: Polish"]))]))


def rt_c_avail():
    dt = tick()
    return C(rt_head(dt), KV([("msg", "provider.availability"), ("npi", npi()), ("state_licenses", ",".join(rng.sample(STATES, 3))),
                              ("status", rng.choice(["online", "away", "in_visit"])), ("capacity", f"{rng.randint(0, 3)}/3")]))


def rt_c_decision():
    dt = tick()
    return C(rt_head(dt), KV([("msg", "route.decision"), ("visit", visit_id()), ("patient_state", rng.choice(STATES)),
                              ("patient_age", str(age_under())), ("skill", rng.choice(["peds", "bh", "uc", "derm"])),
                              ("queue", rng.choice(["peds-video", "uc-video"])), ("wait_est", f"{rng.randint(30, 900)}s")]))


def rt_c_ring():
    dt = tick()
    return C(rt_head(dt), KV([("msg", "consistent-hash ring rebalanced"), ("nodes", str(rng.randint(3, 9))), ("vnodes", str(rng.choice([768, 1536]))),
                              ("moved_keys", str(rng.randint(0, 5000))), ("node", f"tele-router-{hexs(5)}-{b36(5).lower()}")]))


def rt_c_deploy():
    dt = tick()
    return C(rt_head(dt), KV([("msg", "deploy complete"), ("version", f"2024.05.{rng.randint(1, 9)}"), ("build", str(rng.randint(19000000, 20991231))),
                              ("commit", hexs(40)), ("ticket", f"CHG{digits(3)}-{digits(2)}-{digits(4)}"), ("approver", staff_acct())]))


def rt_c_ooh():
    dt = tick()
    return C(rt_head(dt), KV([("msg", "after-hours fallback"), ("forward_to", ORG_TOLLFREE), ("vendor", "on-call-md"),
                              ("window", "19:00-07:00 America/Chicago")]))


# ---- chat within visits (JSON)
def ch_wrap(dt, role, text):
    return J({"ts": iso(dt), "visit": visit_id(), "msg_id": "m_" + b62(12), "sender": {"role": role, "id": "u_" + b62(10)},
              "text": text, "client": rng.choice(["web/5.17.2", "ios/5.17.2", "android/5.17.1"])})


def ch_p_family():
    dt, p, c = tick(), person(), person()
    txt = rng.choice([T("Hi, I'm {0}'s daughter {1}. Best number to reach me is {2}.", P(p["first"], "name"), P(nm(c, "fl"), "name"), P(phone(), "phone")),
                      T("this is {0}, his wife. call me on {1} if the video drops", P(nm(c, "fl"), "name"), P(phone(), "phone")),
                      T("my email changed, use {0} for the visit summary pls", P(c["email"], "email"))])
    return ch_wrap(dt, "patient", txt)


def ch_p_address():
    dt, p = tick(), person()
    txt = T("my new address is {0}, {1} {2} {3} — please update before the nurse visit", P(p["street"], "address"), P(p["city"], "address"), p["st"], P(p["zip"], "zip"))
    return ch_wrap(dt, "patient", txt)


def ch_p_plate():
    dt = tick()
    txt = rng.choice([T("I'm parked outside in the grey Honda, plate {0}", P(plate(), "vehicle")),
                      T("for the curbside blood draw: white van, tag {0}", P(plate(), "vehicle")),
                      T("VIN on the car from the accident is {0} if the claims person needs it", P(vin(), "vehicle"))])
    return ch_wrap(dt, "patient", txt)


def ch_p_fax():
    dt = tick()
    txt = rng.choice([T("can you fax the work note to {0}? thats my home fax", P(phone(rng.choice(["dash", "paren"])), "fax")),
                      T("please send the records to my fax {0}, not email", P(phone("paren"), "fax"))])
    return ch_wrap(dt, "patient", txt)


def ch_p_url():
    dt, p = tick(), person()
    txt = rng.choice([T("here's our CaringBridge page with updates {0}", P(f"https://www.caringbridge.org/visit/{slug(p['first'])}{slug(p['last'])}", "url")),
                      T("you can see the rash pics I posted at {0}", P(person_url(p), "url")),
                      T("my fundraiser for the surgery {0}", P(f"https://www.gofundme.com/f/{slug(p['first'])}-{slug(p['last'])}-medical-fund", "url"))])
    return ch_wrap(dt, "patient", txt)


def ch_p_greencard():
    dt, p = tick(), person()
    txt = rng.choice([T("My green card # is {0}, does that work for ID?", P(anum(), "other_id")),
                      T("I only have my passport with me, number {0}", P(passport(), "other_id")),
                      T("mi CURP es {0}", P(curp(p), "other_id"))])
    return ch_wrap(dt, "patient", txt)


def ch_p_age():
    dt = tick()
    txt = rng.choice([T("he turned {0} last month and still insists on driving", P(age_over(), "age")),
                      T("Mom is {0}, she hears better on the left side", P(age_over(), "age"))])
    return ch_wrap(dt, "patient", txt)


def ch_p_member():
    dt = tick()
    txt = rng.choice([T("my member id is {0} on the new card", P(member_id(), "health_plan")),
                      T("Medicare number {0}", P(mbi(), "health_plan"))])
    return ch_wrap(dt, "patient", txt)


def ch_p_ssn():
    dt = tick()
    txt = T("do you need my social? it's {0}", P(ssn(), "ssn"))
    return ch_wrap(dt, "patient", txt)


def ch_p_photo():
    dt = tick()
    d = {"ts": iso(dt), "visit": visit_id(), "msg_id": "m_" + b62(12), "sender": {"role": "patient", "id": "u_" + b62(10)},
         "text": "here is a picture of my face swelling", "attachment": {"mime": "image/jpeg", pick("url", "uri", "src"): P(photo_ref(), "photo")}}
    return J(d)


def ch_c_wait():
    dt = tick()
    return ch_wrap(dt, "system", FT([(rng.choice([f"{clin()} will join in about {rng.randint(2, 10)} minutes.",
                                                  "Your provider is finishing another visit. Thanks for waiting!"]), None)]))


def ch_c_perm():
    dt = tick()
    return ch_wrap(dt, "system", FT([("Please allow camera and microphone access in your browser settings. Need help? Call " + ORG_TOLLFREE + ".", None)]))


def ch_c_ref():
    dt = tick()
    return ch_wrap(dt, "system", FT([(f"Your visit reference is VV-20240513-{digits(4)}. Reply STOP to opt out.", None)]))


def ch_c_pharm():
    dt = tick()
    ph = rng.choice(PHARMACIES)
    return ch_wrap(dt, "clinician", FT([(f"I sent it to {ph[0]} at {ph[1]}, {ph[2]}. It should be ready after 4pm.", None)]))


def ch_c_interp():
    dt = tick()
    return ch_wrap(dt, "system", FT([(f"Interpreter joined ({rng.choice(['Spanish', 'Vietnamese', 'Arabic'])}, ID {digits(5)}). Order {digits(9)} logged.", None)]))


# ---- nginx access logs
def ng_line(ipseg, user, dt, req, status, size, ref, agent):
    return C(ipseg, f" - {user} {apache(dt)} \"", req, f"\" {status} {size} \"{ref}\" \"{agent}\" rt={rng.uniform(0.001, 1.5):.3f} uct=\"{rng.uniform(0, 0.01):.3f}\" req_id={hexs(32)}")


def ng_p_patient():
    dt, p = tick(), person()
    req = T("GET /api/v2/patients/{0}/visits?dob={1}&include=upcoming HTTP/2.0", P(p["mrn"], "mrn"), P(dfmt(p["dob"], "iso"), "date"))
    return ng_line(P(pub_ip(), "ip"), "-", dt, req, 200, rng.randint(200, 9000), "https://app.lakeshorehealth.org/visit", ua())


def ng_p_checkin():
    dt = tick()
    return ng_line(P(pub_ip() if rng.random() < 0.7 else pub_ip6(), "ip"), "-", dt, FT([("POST /v1/waitroom/checkin HTTP/1.1", None)]),
                   rng.choice([201, 200, 409]), rng.randint(50, 900), "https://app.lakeshorehealth.org/waiting", ua())


def ng_p_lookup():
    dt, p = tick(), person()
    em = p["email"].replace("@", "%40")
    req = rng.choice([T("GET /api/v1/lookup?email={0} HTTP/1.1", P(em, "email")),
                      T("GET /billing/statements?acct={0}&fmt=pdf HTTP/1.1", P(pt_account(), "account"))])
    return ng_line(P(pub_ip(), "ip"), "-", dt, req, rng.choice([200, 404]), rng.randint(50, 90000), "-", ua())


def ng_c_health():
    dt = tick()
    return ng_line(priv_ip(), "-", dt, FT([("GET /healthz HTTP/1.1", None)]), 200, 2, "-", "kube-probe/1.28")


def ng_c_metrics():
    dt = tick()
    return ng_line("127.0.0.1", "-", dt, FT([("GET /metrics HTTP/1.1", None)]), 200, rng.randint(9000, 40000), "-", "Prometheus/2.51.1")


def ng_c_webhook():
    dt = tick()
    return ng_line(priv_ip(), rng.choice(["svc-zoom-bridge", "svc_twilio_cb", "-"]), dt,
                   FT([(rng.choice(["POST /webhooks/zoom HTTP/1.1", "POST /hooks/twilio/room HTTP/1.1", "GET /static/js/app.8f3a9c.js HTTP/2.0"]), None)]),
                   200, rng.randint(2, 400000), "-", rng.choice(["Zoom Marketplace/1.0a", "TwilioProxy/1.1", "Go-http-client/2.0"]))


# ---- after-visit summaries & release of information (logfmt)
def av_head(dt, ev):
    return f"{iso(dt)} avs-worker[{pid()}] {ev} "


def av_p_fax():
    dt, p = tick(), person()
    return C(av_head(dt, "avs.deliver"),
             KV([("channel", "fax"), (pick("to", "fax_to", "faxNumber"), P(phone(rng.choice(["plain", "dash", "one"])), "fax")),
                 (pick("attn", "recipient"), P(nm(p, "fl"), "name")), ("pages", str(rng.randint(1, 9))), ("status", "queued"),
                 ("job", "fx_" + hexs(16))]))


def av_p_email():
    dt, p = tick(), person()
    return C(av_head(dt, "avs.deliver"),
             KV([("channel", "email"), (pick("to", "rcpt", "email_to"), P(p["email"], "email")), (pick("mrn", "chart"), P(p["mrn"], "mrn")),
                 ("template", "tele_avs_v7"), ("msg_id", f"<{hexs(16)}@mail.lakeshorehealth.org>")]))


def av_p_roi():
    dt, p, r = tick(), person(), person()
    return C(av_head(dt, "roi.request"),
             KV([(pick("requester", "req_name"), P(nm(r, "fl"), "name")), ("relation", rng.choice(["POA", "spouse", "attorney-in-fact"])),
                 (pick("fax", "return_fax"), P(phone(), "fax")), (pick("patient_dob", "dob_of_patient", "subj_dob"), P(dfmt(p["dob"], "us"), "date")),
                 ("form", "ROI-17"), ("status", "pending_verification")]))


def av_c_gen():
    dt = tick()
    return C(av_head(dt, "avs.generate"), KV([("template", "tele_avs_v7"), ("pages", str(rng.randint(1, 8))), ("render_ms", str(rng.randint(100, 4000))),
                                              ("lang", rng.choice(["en", "es", "vi"])), ("pdf_sha1", hexs(40))]))


def av_c_pcp():
    dt = tick()
    a, e, l4 = phone_parts()
    return C(av_head(dt, "avs.deliver"), KV([("channel", "fax"), ("to_org", rng.choice(["Oak Park Family Medicine", "Northside Pediatrics", "Elmhurst Internal Medicine"])),
                                             ("fax", f"{a}{e}{l4:04d}"), ("status", "sent"), ("pages", str(rng.randint(1, 6))), ("job", "fx_" + hexs(16))]))


def av_c_footer():
    dt = tick()
    return C(av_head(dt, "avs.footer.rendered"), KV([("org", ORG), ("addr", ORG_ADDR), ("phone", ORG_PHONE), ("fax", ORG_FAX),
                                                     ("template_rev", f"r{rng.randint(100, 999)}")]))


# ----------------------------------------------------------------------------------------------
FAMILIES = {
    "zoom_webhook_json": ([zoom_p_joined, zoom_p_registration, zoom_p_recording, zoom_p_dash],
                          [zoom_c_started, zoom_c_left, zoom_c_ended, zoom_c_dash]),
    "twilio_video_logfmt": ([tw_p_connected, tw_p_pstn, tw_p_callback, tw_p_sms, tw_p_identmrn],
                            [tw_c_room, tw_c_track, tw_c_netq, tw_c_comp, tw_c_reconn]),
    "vonage_opentok_bracket": ([vo_p_conn, vo_p_archive, vo_p_sip, vo_p_email], [vo_c_stream, vo_c_arch, vo_c_sess, vo_c_stats]),
    "webrtc_getstats_json": ([ws_p_remote, ws_p_local, ws_p_summary], [ws_c_inbound, ws_c_pair, ws_c_localhost, ws_c_codec]),
    "ice_sdp_signaling": ([ice_p_srflx, ice_p_relay, ice_p_v6], [ice_c_mdns, ice_c_fp, ice_c_crypto, ice_c_ssrc, ice_c_host]),
    "waiting_room_syslog": ([wr_p_checkin, wr_p_curbside, wr_p_age, wr_p_guest, wr_p_lobby],
                            [wr_c_stats, wr_c_provider, wr_c_closed, wr_c_reaper]),
    "evisit_questionnaire_json": ([ev_p_basic, ev_p_es, ev_p_freetext, ev_p_mva, ev_p_fr, ev_p_de],
                                  [ev_c_publish, ev_c_symptoms, ev_c_triage]),
    "saf_derm_upload_logfmt": ([sf_p_upload, sf_p_exif, sf_p_thumb, sf_p_assign], [sf_c_chunk, sf_c_scan, sf_c_thumbgen, sf_c_retention]),
    "interpreter_pipe": ([in_p_request, in_p_conn, in_p_note], [in_c_avail, in_c_ended, in_c_failover]),
    "erx_surescripts": ([rx_p_newrx, rx_p_epcs, rx_p_pdmp, rx_p_elig], [rx_c_status, rx_c_formulary, rx_c_pharm, rx_c_cancel]),
    "licensure_check_json": ([li_p_verify, li_p_attest, li_p_nursys], [li_c_refresh, li_c_block, li_c_loq]),
    "identity_verification_logfmt": ([id_p_dl, id_p_selfie, id_p_kba, id_p_voice, id_p_fp, id_p_natid, id_p_face, id_p_social],
                                     [id_c_created, id_c_liveness, id_c_retry]),
    "device_diagnostics_json": ([dv_p_imei, dv_p_rpm, dv_p_implant, dv_p_ipad], [dv_c_preflight, dv_c_speaker, dv_c_unsupported, dv_c_gpu, dv_c_tls]),
    "call_quality_csv": ([cq_p_v4, cq_p_v6], [cq_c_priv, cq_c_header, cq_c_dash]),
    "recording_transcript_json": ([rc_p_dob, rc_p_speakers, rc_p_voice, rc_p_addr, rc_p_ssn], [rc_c_stored, rc_c_job, rc_c_excerpt]),
    "payment_checkin_logfmt": ([pay_p_card, pay_p_ach, pay_p_copay, pay_p_pip], [pay_c_intent, pay_c_refund, pay_c_webhook, pay_c_vendor]),
    "scheduling_events_json": ([sc_p_noshow, sc_p_resched, sc_p_reminder, sc_p_waitlist], [sc_c_template, sc_c_stats, sc_c_released]),
    "provider_routing_logfmt": ([rt_p_age, rt_p_override], [rt_c_avail, rt_c_decision, rt_c_ring, rt_c_ooh, rt_c_deploy]),
    "visit_chat_json": ([ch_p_family, ch_p_address, ch_p_plate, ch_p_fax, ch_p_url, ch_p_greencard, ch_p_age, ch_p_member,
                         ch_p_ssn, ch_p_photo],
                        [ch_c_wait, ch_c_perm, ch_c_ref, ch_c_pharm, ch_c_interp]),
    "nginx_access": ([ng_p_patient, ng_p_checkin, ng_p_lookup], [ng_c_health, ng_c_metrics, ng_c_webhook]),
    "after_visit_summary_logfmt": ([av_p_fax, av_p_email, av_p_roi], [av_c_gen, av_c_pcp, av_c_footer]),
}


def build_plan():
    phi_vars, clean_vars = [], []
    for fam, (pv, cv) in FAMILIES.items():
        phi_vars += [(fam, True, f) for f in pv]
        clean_vars += [(fam, False, f) for f in cv]
    n_phi = N_LINES - N_CLEAN
    plan = phi_vars * 3 + [rng.choice(phi_vars) for _ in range(n_phi - 3 * len(phi_vars))]
    plan += clean_vars * 2 + [rng.choice(clean_vars) for _ in range(N_CLEAN - 2 * len(clean_vars))]
    assert len(plan) == N_LINES
    rng.shuffle(plan)
    return plan


def main():
    plan = build_plan()
    lines, labels = [], []
    counts = {c: 0 for c in CATS}
    fam_counts = {}
    n_phi_lines = 0
    for i, (fam, is_phi, fn) in enumerate(plan, 1):
        segs = fn()
        line, spans = render(segs)
        if is_phi:
            assert spans, (fam, fn.__name__, line)
            n_phi_lines += 1
        else:
            assert not spans, (fam, fn.__name__, line)
        for sp in spans:
            counts[sp["cat"]] += 1
        fam_counts[fam] = fam_counts.get(fam, 0) + 1
        lines.append(line)
        labels.append({"line": i, "family": fam, "spans": spans})
    # whole-file re-check
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(LOG_PATH, "wb") as fh:
        fh.write(data)
    with open(LAB_PATH, "w", encoding="utf-8", newline="\n") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    with open(LOG_PATH, "rb") as fh:
        raw_lines = fh.read().split(b"\n")[:-1]
    assert len(raw_lines) == N_LINES == len(labels)
    for raw, lab in zip(raw_lines, labels):
        for sp in lab["spans"]:
            v = raw[sp["s"]:sp["e"]].decode("utf-8")
            assert v and v == v.strip()
    for c in CATS:
        assert counts[c] >= 8, ("category under-covered", c, counts[c])
    clean = N_LINES - n_phi_lines
    assert abs(clean / N_LINES - 0.45) < 0.02, clean
    print(f"lines: {N_LINES}")
    print(f"lines with PHI: {n_phi_lines}")
    print(f"lines without PHI: {clean}")
    print(f"spans total: {sum(counts.values())}")
    for c in CATS:
        print(f"  {c:12s} {counts[c]}")
    print(f"families: {len(fam_counts)}")
    for f in sorted(fam_counts):
        print(f"  {f:32s} {fam_counts[f]}")


if __name__ == "__main__":
    main()
