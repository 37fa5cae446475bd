#!/usr/bin/env python3
"""Deterministic generator of a labeled PHI test corpus (ID=ge).

Theme: clinical trial recruitment / patient marketing agency.
Writes ge.log and ge.labels.jsonl next to this script. Standard library only.
"""
import base64
import datetime as dt
import json
import os
import random
import string
import unicodedata
from urllib.parse import quote, quote_plus

random.seed(1808)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "ge"
N_LINES = 500

# ----------------------------------------------------------------------------
# line builder with byte-offset spans
# ----------------------------------------------------------------------------


class P:
    """A PHI value (str or int) with its category."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class S:
    """A composite string made of plain str pieces and P pieces."""

    def __init__(self, *parts):
        self.parts = parts


def segs_of(x):
    if isinstance(x, P):
        return [(str(x.v), x.cat)]
    if isinstance(x, S):
        out = []
        for part in x.parts:
            out.extend(segs_of(part))
        return out
    return [(str(x), None)]


def tx(segs, f):
    """Apply a character-local escaping function to every segment."""
    return [(f(t), c) for t, c in segs]


class B:
    def __init__(self, family):
        self.family = family
        self.segs = []

    def t(self, x):
        self.segs.append((x, None))
        return self

    def p(self, x, cat):
        self.segs.append((str(x), cat))
        return self

    def add(self, segs):
        self.segs.extend(segs)
        return self

    def x(self, *parts):
        for part in parts:
            self.segs.extend(segs_of(part))
        return self

    def build(self):
        out = bytearray()
        spans = []
        for text, cat in self.segs:
            b = text.encode("utf-8")
            if cat:
                assert len(b) > 0, "empty span"
                spans.append((len(out), len(out) + len(b), cat, b))
            out += b
        line = bytes(out)
        for s, e, cat, b in spans:
            assert line[s:e] == b, (line, s, e, b)
        last = -1
        for s, e, _, _ in spans:
            assert s >= last
            last = e
        assert b"\n" not in line and b"\r" not in line
        assert len(line) <= 4000, len(line)
        return line, [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]


# ----------------------------------------------------------------------------
# serializers
# ----------------------------------------------------------------------------


class JO:
    def __init__(self, item=", ", kv=": ", ascii=True, slash=False):
        self.item, self.kv, self.ascii, self.slash = item, kv, ascii, slash


PYJSON = JO()  # python json.dumps default
COMPACT = JO(",", ":", ascii=False)  # node JSON.stringify
COMPACT_A = JO(",", ":", ascii=True)
FBJSON = JO(",", ":", ascii=True, slash=True)  # graph api style


def jesc(t, o):
    r = json.dumps(t, ensure_ascii=o.ascii)[1:-1]
    if o.slash:
        r = r.replace("/", "\\/")
    return r


def J(obj, o=COMPACT):
    if isinstance(obj, dict):
        out = [("{", None)]
        first = True
        for k, v in obj.items():
            if not first:
                out.append((o.item, None))
            first = False
            out.append((json.dumps(k, ensure_ascii=o.ascii) + o.kv, None))
            out.extend(J(v, o))
        out.append(("}", None))
        return out
    if isinstance(obj, list):
        out = [("[", None)]
        for i, v in enumerate(obj):
            if i:
                out.append((o.item, None))
            out.extend(J(v, o))
        out.append(("]", None))
        return out
    if isinstance(obj, P) and not isinstance(obj.v, str):
        return [(json.dumps(obj.v), obj.cat)]
    if isinstance(obj, (str, P, S)):
        return [('"', None)] + tx(segs_of(obj), lambda t: jesc(t, o)) + [('"', None)]
    return [(json.dumps(obj), None)]


def pyrepr_str(parts):
    segs = segs_of(S(*parts)) if not isinstance(parts, list) or True else None
    whole = "".join(t for t, _ in segs)
    q = repr(whole)[0]

    def esc(t):
        t = t.replace("\\", "\\\\")
        if q == "'":
            t = t.replace("'", "\\'")
        return t

    return [(q, None)] + tx(segs, esc) + [(q, None)]


def PYR(obj):
    """python repr of dict/list/str/int with P values."""
    if isinstance(obj, dict):
        out = [("{", None)]
        for i, (k, v) in enumerate(obj.items()):
            if i:
                out.append((", ", None))
            out.append((repr(k) + ": ", None))
            out.extend(PYR(v))
        out.append(("}", None))
        return out
    if isinstance(obj, list):
        out = [("[", None)]
        for i, v in enumerate(obj):
            if i:
                out.append((", ", None))
            out.extend(PYR(v))
        out.append(("]", None))
        return out
    if isinstance(obj, P) and not isinstance(obj.v, str):
        return [(repr(obj.v), obj.cat)]
    if isinstance(obj, (str, P, S)):
        return pyrepr_str([obj])
    return [(repr(obj), None)]


def FORM(pairs, plus=True, safe=""):
    """application/x-www-form-urlencoded body."""
    out = []
    f = (lambda t: quote_plus(t, safe=safe)) if plus else (lambda t: quote(t, safe=safe))
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(("&", None))
        out.append((f(k) + "=", None))
        out.extend(tx(segs_of(v), f))
    return out


# ----------------------------------------------------------------------------
# random helpers
# ----------------------------------------------------------------------------

R = random.Random(1808)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars=string.ascii_letters + string.digits):
    return "".join(R.choice(chars) for _ in range(n))


def digits(n, first_nonzero=True):
    s = "".join(R.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


def luhn_complete(prefix_digits):
    total = 0
    for i, ch in enumerate(reversed(prefix_digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return prefix_digits + str((10 - total % 10) % 10)


def card_number(brand):
    if brand == "visa":
        return luhn_complete("4" + digits(14, False))
    if brand == "mc":
        return luhn_complete("5" + R.choice("12345") + digits(13, False))
    return luhn_complete("6011" + digits(11, False))


def imei():
    tac = R.choice(["35391110", "35875209", "35332011", "86769203", "35420410"])
    return luhn_complete(tac + digits(6, False))


VIN_MAP = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
           "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["1HG", "1FT", "2T1", "3VW", "5YJ", "1G1", "JTD", "KNA", "4T1"])
    v = list(wmi + "".join(R.choice(chars) for _ in range(5)) + "0" +
             R.choice("LMNPRS") + R.choice("ABCDEFGH0123456789") + digits(6, False))
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    cd = s % 11
    v[8] = "X" if cd == 10 else str(cd)
    return "".join(v)


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_ALPHA + string.digits
    return (R.choice("123456789") + R.choice(MBI_ALPHA) + R.choice(an) + R.choice(string.digits) +
            R.choice(MBI_ALPHA) + R.choice(an) + R.choice(string.digits) + R.choice(MBI_ALPHA) +
            R.choice(MBI_ALPHA) + R.choice(string.digits) + R.choice(string.digits))


def ssn():
    while True:
        a = R.randint(101, 665)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def nhs_number():
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        d[0] = R.randint(4, 6)
        s = sum(x * (10 - i) for i, x in enumerate(d))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c != 10:
            return "".join(map(str, d)) + str(c)


def dni():
    n = R.randint(10000000, 79999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


PUB_FIRST = [24, 47, 50, 66, 67, 68, 69, 70, 71, 72, 73, 75, 76, 96, 97, 98, 99, 107, 108, 136,
             142, 162, 166, 173, 174, 184, 208]


def pub_ip():
    return f"{R.choice(PUB_FIRST)}.{R.randint(1, 254)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def pub_ipv6():
    return "2600:1700:" + ":".join(hexs(4).lstrip("0") or "0" for _ in range(3)) + "::" + hexs(3)


def priv_ip():
    k = R.random()
    if k < 0.5:
        return f"10.{R.randint(0, 40)}.{R.randint(0, 255)}.{R.randint(2, 254)}"
    if k < 0.8:
        return f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(2, 254)}"
    return f"192.168.{R.randint(0, 20)}.{R.randint(2, 254)}"


def b64_bytes(n, header=b""):
    return base64.b64encode(header + bytes(R.randint(0, 255) for _ in range(n))).decode()


def gclid():
    return "Cj0KCQjw" + alnum(60, string.ascii_letters + string.digits + "_-") + "BwE"


def fbclid():
    return "IwAR" + alnum(55, string.ascii_letters + string.digits + "_-")


# ----------------------------------------------------------------------------
# reference data
# ----------------------------------------------------------------------------

ORIGINS = {
    "hisp": (["María José", "Alejandro", "Guadalupe", "Joaquín", "Ximena", "Rafael", "Marisol", "Héctor"],
             ["González", "Ramírez", "Castillo", "Villanueva", "Ortega", "Fuentes", "Delgado"]),
    "viet": (["Thi Lan", "Minh", "Quang", "Hoa", "Bao"], ["Nguyễn", "Tran", "Pham", "Le", "Vo"]),
    "nig": (["Chidinma", "Oluwaseun", "Emeka", "Ngozi", "Babatunde"], ["Okafor", "Adeyemi", "Nwosu", "Balogun"]),
    "ind": (["Priya", "Venkatesh", "Harpreet", "Anjali", "Rohan"], ["Raghunathan", "Subramanian", "Sandhu", "Iyer", "Desai"]),
    "pol": (["Łukasz", "Agnieszka", "Bożena", "Tomasz"], ["Wiśniewski", "Kowalczyk", "Zielińska", "Nowak"]),
    "arab": (["Yousef", "Fatima", "Omar", "Layla", "Rania"], ["Haddad", "Al-Sayed", "Khalil", "Mansour"]),
    "chin": (["Wei", "Xiaoling", "Jun", "Meiling"], ["Zhang", "Chen", "Liu", "Huang"]),
    "kor": (["Seo-yeon", "Min-jun", "Ji-woo"], ["Park", "Kim", "Choi"]),
    "irish": (["Siobhán", "Declan", "Aoife", "Ciarán"], ["O'Connell", "Murphy", "Byrne", "Ní Bhriain"]),
    "ital": (["Giuseppe", "Francesca", "Salvatore", "Rosaria"], ["Russo", "Bianchi", "Esposito", "Marino"]),
    "greek": (["Dimitrios", "Eleni", "Konstantinos"], ["Papadopoulos", "Georgiou", "Karagiannis"]),
    "fil": (["Maricel", "Rodel", "Jocelyn"], ["Dela Cruz", "Santos", "Bautista"]),
    "hait": (["Jean-Baptiste", "Marie-Claude", "Widlene"], ["Pierre", "Joseph", "Baptiste"]),
    "rus": (["Svetlana", "Dmitri", "Yelena"], ["Ivanova", "Volkov", "Sokolov"]),
    "som": (["Hodan", "Abdirahman", "Fadumo"], ["Warsame", "Farah", "Jama"]),
    "jap": (["Haruto", "Yui", "Kenji"], ["Tanaka", "Nakamura", "Watanabe"]),
    "braz": (["João", "Thaís", "Luana"], ["Pereira", "Oliveira", "Conceição"]),
    "germ": (["Jürgen", "Anneliese", "Dieter"], ["Müller", "Schröder", "Becker"]),
    "us": (["DeShawn", "Latoya", "Brittany", "Cody", "Tammy", "Earl", "Dolores", "Wendell"],
           ["Washington", "Jenkins", "Collins", "Hollister", "McAllister", "Pruitt"]),
}

CITIES = [  # city, state, zip3, area codes, county
    ("Phoenix", "AZ", "850", ["602", "623"], "Maricopa"),
    ("Mesa", "AZ", "852", ["480"], "Maricopa"),
    ("Houston", "TX", "770", ["713", "832"], "Harris"),
    ("San Antonio", "TX", "782", ["210"], "Bexar"),
    ("Hialeah", "FL", "330", ["305", "786"], "Miami-Dade"),
    ("Orlando", "FL", "328", ["407"], "Orange"),
    ("Decatur", "GA", "300", ["404", "470"], "DeKalb"),
    ("Chicago", "IL", "606", ["312", "773"], "Cook"),
    ("Columbus", "OH", "432", ["614"], "Franklin"),
    ("Charlotte", "NC", "282", ["704", "980"], "Mecklenburg"),
    ("Aurora", "CO", "800", ["303", "720"], "Arapahoe"),
    ("Brooklyn", "NY", "112", ["718", "347"], "Kings"),
    ("Philadelphia", "PA", "191", ["215", "267"], "Philadelphia"),
    ("Nashville", "TN", "372", ["615"], "Davidson"),
    ("Dearborn", "MI", "481", ["313"], "Wayne"),
    ("Henderson", "NV", "890", ["702"], "Clark"),
    ("Elk Grove", "CA", "957", ["916"], "Sacramento"),
    ("Tampa", "FL", "336", ["813"], "Hillsborough"),
    ("Saint Paul", "MN", "551", ["651"], "Ramsey"),
    ("El Paso", "TX", "799", ["915"], "El Paso"),
]

STREETS = ["Southern Ave", "N 7th St", "Bellaire Blvd", "Culebra Rd", "W 49th St", "Kirkman Rd",
           "Candler Rd", "S Pulaski Rd", "Cleveland Ave", "Albemarle Rd", "E Colfax Ave",
           "Nostrand Ave", "Castor Ave", "Nolensville Pike", "Warren Ave", "Sunset Rd",
           "Laguna Blvd", "N Armenia Ave", "Rice St", "Montana Ave", "Maple Ridge Dr",
           "Old Mill Ln", "Orchard Park Ct", "Magnolia Way"]

STUDIES = [
    ("T2D-ORAL-22", "type 2 diabetes", "t2d", 18, 75),
    ("NVT-2207", "NASH / fatty liver", "nash", 18, 80),
    ("ALZ-PREV-301", "memory concerns", "alz", 60, 85),
    ("KRX-114", "atopic dermatitis", "eczema", 12, 70),
    ("MDD-TRD-02", "treatment-resistant depression", "mdd", 18, 65),
    ("OBE-4410", "obesity", "weightloss", 18, 75),
    ("COPD-EXA-3", "COPD", "copd", 40, 85),
    ("RA-JAK-19", "rheumatoid arthritis", "ra", 18, 80),
]

SITES = {
    "T2D-ORAL-22": [("104", "Desert Sun Clinical Research", "Dr. Anil Kapoor", "602-555-0188"),
                    ("117", "Bayou City Research", "Dr. Rebecca Lindqvist", "713-555-0141")],
    "NVT-2207": [("2203", "Lone Star Hepatology Trials", "Dr. Olumide Bankole", "210-555-0177")],
    "ALZ-PREV-301": [("0311", "Memory & Aging Research Ctr", "Dr. Hiroshi Takeda", "312-555-0109"),
                     ("0342", "Suncoast Neuro Trials", "Dr. Carmen Ibarra", "813-555-0126")],
    "KRX-114": [("5510", "Derm Research of Brooklyn", "Dr. Miriam Feldstein", "718-555-0165")],
    "MDD-TRD-02": [("071", "Columbus Behavioral Trials", "Dr. Priyanka Menon", "614-555-0190")],
    "OBE-4410": [("3307", "Carolina Metabolic Research", "Dr. Tyrone Whitfield", "704-555-0113"),
                 ("3312", "Rocky Mountain Clinical", "Dr. Ingrid Solberg", "303-555-0152")],
    "COPD-EXA-3": [("4420", "Motor City Pulmonary Research", "Dr. Samir Haddad", "313-555-0137")],
    "RA-JAK-19": [("8801", "Valley Rheumatology Trials", "Dr. Lucia Moreno", "916-555-0121")],
}

STAFF = ["Kelsey Tran", "Marcus Bell", "Yadira Soto", "Devon Akins", "Nadia Petrova", "Owen Castellanos",
         "Shreya Pillai", "Tomás Ferreira"]
AGENT_IDS = ["jmorales", "ktran", "mbell", "ysoto", "dakins", "npetrova"]

TRACKING_NUMBERS = ["+18885550147", "+18885550163", "+18335550112", "+18775550108", "+16025550199",
                    "+17135550174"]
TWILIO_FROM = ["+18885550147", "+18335550112", "72819"]
DOMAIN = "enrollbridge.io"
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
                 "comcast.net", "att.net", "proton.me", "bellsouth.net"]
PAYERS = [("Aetna", "W"), ("BCBS TX", "XJH"), ("UnitedHealthcare", ""), ("Cigna", "U"), ("Humana", "H"),
          ("Ambetter", "U7"), ("Molina", "")]

UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/452.0.0.41.109;FBBV/560119862;FBDV/iPhone14,5;FBMD/iPhone;FBSN/iOS;FBSV/17.3.1;FBSS/3;FBID/phone;FBLC/en_US;FBOP/5]",
    "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (iPad; CPU OS 16_7_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 13; moto g stylus 5G (2023)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36",
]

REF_DATE = dt.date(2024, 3, 11)


def ascii_fold(s):
    s = s.replace("Ł", "L").replace("ł", "l").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def make_person(i, origin=None, old=False, intl=None):
    origin = origin or R.choice(list(ORIGINS))
    firsts, lasts = ORIGINS[origin]
    first = R.choice(firsts)
    last = R.choice(lasts)
    city, st, z3, acs, county = R.choice(CITIES)
    if old:
        dob = dt.date(R.randint(1928, 1933), R.randint(1, 12), R.randint(1, 28))
    else:
        dob = dt.date(R.randint(1944, 2002), R.randint(1, 12), R.randint(1, 28))
    age = REF_DATE.year - dob.year - ((REF_DATE.month, REF_DATE.day) < (dob.month, dob.day))
    f_a = ascii_fold(first).lower().replace(" ", "").replace("'", "")
    l_a = ascii_fold(last).lower().replace(" ", "").replace("'", "")
    style = R.randint(0, 5)
    if style == 0:
        local = f"{f_a}.{l_a}"
    elif style == 1:
        local = f"{f_a}{l_a}{dob.year % 100:02d}"
    elif style == 2:
        local = f"{f_a[0]}{l_a}{R.randint(1, 99)}"
    elif style == 3:
        local = f"{f_a}_{l_a[:4]}{dob.year}"
    elif style == 4:
        local = f"{l_a}.{f_a}"
    else:
        local = f"{f_a}{R.choice(['luv', 'mom', 'dad', 'nana', 'fan'])}{R.randint(1, 999)}"
    email = f"{local}@{R.choice(EMAIL_DOMAINS)}"
    p = dict(
        idx=i, origin=origin, first=first, last=last, full=f"{first} {last}", email=email,
        area=R.choice(acs), line=f"01{R.randint(0, 99):02d}", city=city, state=st,
        zip=z3 + f"{R.randint(1, 99):02d}", county=county,
        street=f"{R.randint(100, 19999)} {R.choice(STREETS)}",
        unit=R.choice(["", "", "", f"Apt {R.randint(1, 40)}{R.choice('ABCD')}", f"Unit {R.randint(100, 399)}"]),
        dob=dob, age=age, ip=pub_ip() if R.random() < 0.85 else pub_ipv6(), ua=R.choice(UAS),
        lead_id=f"L-24{R.randint(1000, 9999)}-{R.randint(10000, 99999)}",
        hs_vid=str(R.randint(10000, 99999) * 100 + R.randint(1, 99)),
        sf_key="0035g0000" + alnum(6, string.ascii_letters + string.digits) + "AAB",
        rsp=f"rsp_{alnum(14)}",
        username=f"{f_a[:6]}.{l_a[:1]}{dob.year % 100:02d}",
        intl=intl,
    )
    payer, pref = R.choice(PAYERS)
    p["payer"] = payer
    p["member_id"] = pref + digits(R.choice([9, 10, 11]), False) if pref else digits(9, False) + "-0" + str(R.randint(1, 4))
    p["group_no"] = digits(R.choice([6, 7, 8]), False)
    p["mbi"] = mbi() if age >= 65 else None
    if intl == "uk":
        p.update(area=None, city=R.choice(["Leeds", "Bristol", "Manchester", "Croydon"]), state="", county="",
                 zip=R.choice(["LS6 2BQ", "BS3 4NH", "M14 5RT", "CR0 1XG", "LS11 8PL"]),
                 phone_uk="+44 7700 900" + f"{R.randint(0, 999):03d}", natid=nhs_number(),
                 email=f"{f_a}.{l_a}@{R.choice(['btinternet.com', 'gmail.com', 'yahoo.co.uk'])}")
    if intl == "es":
        p.update(area=None, city=R.choice(["Madrid", "Valencia", "Sevilla", "Zaragoza"]), state="", county="",
                 zip=R.choice(["28045", "46022", "41010", "50012"]),
                 phone_es="+34 6" + digits(2, False) + " " + digits(3, False) + " " + digits(3, False),
                 natid=dni(), email=f"{f_a}.{l_a}@{R.choice(['gmail.com', 'hotmail.es', 'telefonica.net'])}")
    st_tuple = R.choice(STUDIES)
    if old:
        st_tuple = R.choice([s for s in STUDIES if s[0] in ("ALZ-PREV-301", "COPD-EXA-3")])
    p["study"], p["condition"], p["slug"], p["min_age"], p["max_age"] = st_tuple
    p["site"] = R.choice(SITES[p["study"]])
    p["src"] = R.choice(["google", "facebook", "facebook", "web", "web", "callrail"])
    p["gclid"] = gclid()
    p["fbclid"] = fbclid()
    p["appt"] = None
    return p


def phone(p, style):
    if p.get("intl") == "uk":
        return p["phone_uk"] if style != "e164" else p["phone_uk"].replace(" ", "")
    if p.get("intl") == "es":
        return p["phone_es"] if style != "e164" else p["phone_es"].replace(" ", "")
    a, ln = p["area"], p["line"]
    return {
        "e164": f"+1{a}555{ln}", "dash": f"{a}-555-{ln}", "paren": f"({a}) 555-{ln}",
        "dots": f"{a}.555.{ln}", "raw": f"{a}555{ln}", "1dash": f"1-{a}-555-{ln}",
        "cal": f"+1 {a}-555-{ln}", "11": f"1{a}555{ln}",
    }[style]


def dfmt(d, style):
    return {
        "iso": d.strftime("%Y-%m-%d"), "us": d.strftime("%m/%d/%Y"), "usshort": f"{d.month}/{d.day}/{d.year}",
        "long": d.strftime("%b %d, %Y").replace(" 0", " "), "compact": d.strftime("%Y%m%d"),
        "eu": d.strftime("%d/%m/%Y"),
    }[style]


# ----------------------------------------------------------------------------
# time
# ----------------------------------------------------------------------------

def ts_iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def ts_py(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"


def ts_nginx(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def ts_sys(t):
    return t.strftime("%b ") + f"{t.day:2d}" + t.strftime(" %H:%M:%S")


def ts_epoch(t):
    return int(t.replace(tzinfo=dt.timezone.utc).timestamp())


def ts_epoch_ms(t):
    return ts_epoch(t) * 1000 + t.microsecond // 1000


def ts_fb(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S+0000")


def pod(name):
    return f"{name}-{hexs(9)[:9]}-{alnum(5, string.ascii_lowercase + string.digits)}"


PODS = {k: pod(k) for k in ["lead-intake", "prescreen-api", "hooks-gw", "crm-sync", "notify", "referrals",
                              "portal-api", "travel-svc"]}


# ----------------------------------------------------------------------------
# PHI families (journey steps)
# ----------------------------------------------------------------------------

def utm_for(p):
    src = p["src"]
    if src == "google":
        return [("utm_source", "google"), ("utm_medium", "cpc"),
                ("utm_campaign", f"{p['slug']}_{p['state'].lower() or 'intl'}_search_q1"),
                ("utm_term", R.choice([f"{p['slug']} clinical trial", "paid research studies near me",
                                       f"{p['condition']} study"])),
                ("gclid", p["gclid"])]
    return [("utm_source", "facebook"), ("utm_medium", "paid_social"),
            ("utm_campaign", f"{p['slug']}_lal2_{R.randint(100, 999)}"),
            ("utm_content", f"ad_{R.randint(1000, 9999)}_carousel"), ("fbclid", p["fbclid"])]


def f_nginx_landing(t, p):
    b = B("nginx-combined")
    q = "&".join(f"{k}={quote_plus(v)}" for k, v in utm_for(p))
    path = f"/{p['slug']}/qualify?{q}"
    ref = "https://www.google.com/" if p["src"] == "google" else "http://m.facebook.com/"
    if R.random() < 0.5:
        b.p(p["ip"], "ip").t(f' - - [{ts_nginx(t)}] "GET {path} HTTP/2.0" 200 {R.randint(18000, 64000)} '
                             f'"{ref}" "{p["ua"]}" rt={R.random() * 0.2:.3f}')
    else:
        b.t(f'{priv_ip()} - - [{ts_nginx(t)}] "GET {path} HTTP/1.1" 200 {R.randint(18000, 64000)} "{ref}" '
            f'"{p["ua"]}" "').p(p["ip"], "ip").t(f', {R.choice(["130.176.", "64.252."])}{R.randint(0, 255)}.{R.randint(1, 254)}" '
                                                  f'host=join.{DOMAIN} upstream={priv_ip()}:8080 rt={R.random() * 0.2:.3f}')
    return b


def f_nginx_thankyou(t, p):
    b = B("nginx-combined")
    b.p(p["ip"], "ip").t(f' - - [{ts_nginx(t)}] "GET /{p["slug"]}/thank-you?fn=').add(
        tx([(p["first"], "name")], quote_plus)).t("&em=").add(tx([(p["email"], "email")], quote_plus)).t(
        f'&study={p["study"]}&lid={p["lead_id"]} HTTP/2.0" 200 {R.randint(9000, 14000)} '
        f'"https://join.{DOMAIN}/{p["slug"]}/qualify" "{p["ua"]}"')
    return b


def f_form_urlenc(t, p):
    b = B("lead-intake-urlenc")
    dob_style = R.choice(["us", "iso", "usshort"])
    pairs = [("first_name", P(p["first"], "name")), ("last_name", P(p["last"], "name")),
             ("email", P(p["email"], "email")), ("phone", P(phone(p, R.choice(["paren", "dash", "raw"])), "phone")),
             ("zip", P(p["zip"], "zip")), ("dob", P(dfmt(p["dob"], dob_style), "date"))]
    if R.random() < 0.12:
        pairs.append(("fax", P(f"({p['area']}) 555-01{R.randint(0, 99):02d}", "fax")))
    pairs += [("consent_sms", "on"), ("consent_tcpa_ver", "2023-11"), ("study", p["study"]),
              ("form_id", f"lp-{p['slug']}-v{R.randint(2, 6)}")] + utm_for(p)
    b.t(f"{ts_iso(t)} INFO  [lead-intake] [req={hexs(10)}] POST /api/v2/leads 201 {R.randint(40, 300)}ms "
        f"ctype=application/x-www-form-urlencoded body=\"").add(FORM(pairs)).t('"')
    return b


def f_form_pino(t, p):
    b = B("lead-intake-pino")
    form = {"firstName": P(p["first"], "name"), "lastName": P(p["last"], "name"),
            "email": P(p["email"], "email"), "phone": P(phone(p, "dash"), "phone"),
            "postalCode": P(p["zip"], "zip"), "birthDate": P(dfmt(p["dob"], "iso"), "date"),
            "studyCode": p["study"], "hasDiagnosis": True}
    obj = {"level": 30, "time": ts_epoch_ms(t), "pid": R.randint(20, 90), "hostname": PODS["lead-intake"],
           "reqId": f"req-{R.randint(1, 9999)}", "clientIp": P(p["ip"], "ip"), "form": form,
           "utm": {k: v for k, v in utm_for(p) if k.startswith("utm")}, "msg": "form submission accepted"}
    return b.add(J(obj, COMPACT))


def f_recaptcha(t, p):
    b = B("lead-intake-text")
    b.t(f"{ts_iso(t)} WARN  [lead-intake] recaptcha score={R.uniform(0.1, 0.45):.1f} below 0.5 for remoteip=").p(
        p["ip"], "ip").t(f" action=submit_{p['slug']} hostname=join.{DOMAIN} -> flagged for review (not rejected)")
    return b


def f_lead_validated(t, p):
    b = B("lead-intake-text")
    b.t(f"{ts_iso(t)} INFO  [lead-intake] lead created id={p['lead_id']} study={p['study']} site_pref="
        f"{p['site'][0]} source={p['src']} dedupe=miss score={R.randint(40, 99)} queue=crm-sync")
    return b


def f_fb_webhook(t, p):
    b = B("fb-leadgen-webhook")
    p["fb_leadgen"] = digits(16)
    obj = {"object": "page", "entry": [{"id": "104729385512345", "time": ts_epoch(t), "changes": [
        {"field": "leadgen", "value": {"ad_id": "2385" + digits(13, False), "form_id": "9" + digits(14, False),
                                       "leadgen_id": p["fb_leadgen"], "created_time": ts_epoch(t) - 1,
                                       "page_id": "104729385512345", "adgroup_id": "2385" + digits(13, False)}}]}]}
    b.t(f"{ts_iso(t)} INFO  [hooks-gw] POST /webhooks/facebook 200 sig=sha256=ok body=").add(J(obj, COMPACT))
    return b


def f_fb_graph(t, p):
    b = B("fb-graph-lead")
    lid = p.get("fb_leadgen") or digits(16)
    fields = [{"name": "full_name", "values": [P(p["full"], "name")]},
              {"name": "email", "values": [P(p["email"], "email")]},
              {"name": "phone_number", "values": [P(phone(p, "e164"), "phone")]},
              {"name": "zip_code", "values": [P(p["zip"], "zip")]}]
    if R.random() < 0.6:
        fields.append({"name": "date_of_birth", "values": [P(dfmt(p["dob"], "us"), "date")]})
    fields.append({"name": f"have_you_been_diagnosed_with_{p['slug']}?", "values": ["yes"]})
    obj = {"created_time": ts_fb(t), "id": lid, "ad_id": "2385" + digits(13, False),
           "form_id": "9" + digits(14, False), "field_data": fields}
    b.t(f"{ts_iso(t)} DEBUG [hooks-gw] graph GET https://graph.facebook.com/v19.0/{lid} -> 200 ").add(J(obj, FBJSON))
    return b


def f_gads_webhook(t, p):
    b = B("gads-lead-webhook")
    cols = [{"column_name": "Full Name", "string_value": P(p["full"], "name"), "column_id": "FULL_NAME"},
            {"column_name": "User Phone", "string_value": P(phone(p, "1dash"), "phone"), "column_id": "PHONE_NUMBER"},
            {"column_name": "User Email", "string_value": P(p["email"], "email"), "column_id": "EMAIL"},
            {"column_name": "Postal Code", "string_value": P(p["zip"], "zip"), "column_id": "POSTAL_CODE"}]
    if R.random() < 0.5:
        cols.append({"column_name": "City", "string_value": P(p["city"], "address"), "column_id": "CITY"})
    cols.append({"column_name": f"Are you age {p['min_age']} or older?", "string_value": "Yes",
                 "column_id": "age_check"})
    obj = {"lead_id": alnum(28, string.ascii_letters + string.digits + "-_"), "user_column_data": cols,
           "api_version": "1.0", "form_id": int("1" + digits(10, False)), "campaign_id": int("2" + digits(10, False)),
           "google_key": "****", "is_test": False, "gcl_id": p["gclid"], "adgroup_id": int("1" + digits(11, False)),
           "creative_id": int("6" + digits(11, False))}
    b.t(f"{ts_iso(t)} INFO  [hooks-gw] google-lead-form received ").add(J(obj, COMPACT))
    return b


def f_hubspot_upsert(t, p):
    b = B("hubspot-py")
    props = {"firstname": P(p["first"], "name"), "lastname": P(p["last"], "name"),
             "email": P(p["email"], "email"), "mobilephone": P(phone(p, "e164"), "phone"),
             "zip": P(p["zip"], "zip"), "date_of_birth": P(dfmt(p["dob"], "iso"), "date"),
             "study_interest": p["study"], "hs_lead_status": "NEW", "lead_source_detail": p["src"],
             "preferred_site": p["site"][0]}
    if R.random() < 0.4:
        props["address"] = P(p["street"], "address")
        props["city"] = P(p["city"], "address")
        props["state"] = p["state"]
    if R.random() < 0.1:
        props["fax"] = P(f"{p['area']}-555-01{R.randint(0, 99):02d}", "fax")
    obj = {"inputs": [{"idProperty": "email", "id": P(p["email"], "email"), "properties": props}]}
    b.t(f"{ts_py(t)} DEBUG hubspot_sync.client: POST https://api.hubapi.com/crm/v3/objects/contacts/batch/upsert "
        f"payload=").add(J(obj, PYJSON))
    return b


def f_hubspot_result(t, p):
    b = B("hubspot-py")
    if R.random() < 0.5:
        b.t(f"{ts_py(t)} INFO hubspot_sync.client: upsert ok status=200 contact_id={p['hs_vid']} email=").p(
            p["email"], "email").t(f" took_ms={R.randint(120, 900)}")
    else:
        b.t(f"{ts_py(t)} WARNING hubspot_sync.client: contact {p['hs_vid']} property 'date_of_birth' rejected "
            f"(INVALID_DATE) value='").p(dfmt(p["dob"], "us"), "date").t("' -> retrying with ISO format")
    return b


def f_sfmc_upsert(t, p):
    b = B("sfmc-rest")
    row = [{"keys": {"SubscriberKey": p["sf_key"]},
            "values": {"EmailAddress": P(p["email"], "email"), "FirstName": P(p["first"], "name"),
                       "MobileNumber": P(phone(p, "11"), "phone"), "PostalCode": P(p["zip"], "zip"),
                       "StudyCode": p["study"], "SiteNumber": p["site"][0], "Locale": "en-US",
                       "OptInSMS": True}}]
    b.t(f"{ts_py(t)} INFO sfmc.de: POST https://mc6x0k2q4l9vbn3r.rest.marketingcloudapis.com/hub/v1/dataevents/"
        f"key:DE_Leads_{p['study'].replace('-', '_')}/rowset -> 200 body=").add(J(row, PYJSON))
    return b


def f_sfmc_send(t, p):
    b = B("sfmc-rest")
    b.t(f"{ts_py(t)} INFO sfmc.triggered: TriggeredSend 'PreScreen_Welcome_{p['slug']}' queued To.Address=").p(
        p["email"], "email").t(f" SubscriberKey={p['sf_key']} RequestID={uuid4()} OverallStatus=OK")
    return b


def f_sms_send(t, p):
    b = B("twilio-sms")
    sid = "SM" + hexs(32)
    p["last_sms"] = sid
    tmpl = R.choice(["welcome", "prescreen_link", "appt_reminder_24h", "appt_reminder_2h", "reengage_d7"])
    b.t(f"{ts_iso(t)} info  [notify] sms queued sid={sid} to=").p(phone(p, "e164"), "phone").t(
        f" from={R.choice(TWILIO_FROM)} msid=MG{hexs(32)} template={tmpl}_{p['slug']} segments={R.randint(1, 3)}")
    return b


def f_sms_callback(t, p):
    b = B("twilio-callback")
    sid = p.get("last_sms") or "SM" + hexs(32)
    st = R.choice(["delivered", "delivered", "sent", "undelivered"])
    pairs = [("SmsSid", sid), ("SmsStatus", st), ("MessageStatus", st), ("To", P(phone(p, "e164"), "phone")),
             ("MessageSid", sid), ("AccountSid", "AC" + "7f3e" + "0" * 24 + "91ab"),
             ("From", R.choice(TWILIO_FROM)), ("ApiVersion", "2010-04-01")]
    if st == "undelivered":
        pairs.insert(2, ("ErrorCode", "30006"))
    b.t(f"{ts_iso(t)} info  [hooks-gw] POST /hooks/twilio/status 204 body=").add(FORM(pairs))
    return b


def f_sms_inbound(t, p):
    b = B("twilio-callback")
    body = R.choice([S("Yes this is ", P(p["first"], "name"), " I am interested"),
                     S("STOP"), S("Can you call me after 5pm"),
                     S("my wife ", P(R.choice(ORIGINS[p["origin"]][0]), "name"), " wants to join too")])
    pairs = [("ToCountry", "US"), ("SmsMessageSid", "SM" + hexs(32)), ("NumMedia", "0"),
             ("FromCity", P(p["city"].upper(), "address")), ("FromZip", P(p["zip"], "zip")),
             ("FromState", p["state"]), ("Body", body), ("From", P(phone(p, "e164"), "phone")),
             ("To", "+18885550147"), ("ApiVersion", "2010-04-01")]
    b.t(f"{ts_iso(t)} info  [hooks-gw] POST /hooks/twilio/inbound 200 body=").add(FORM(pairs))
    return b


def f_prescreen_json(t, p):
    b = B("prescreen-json")
    age_v = P(p["age"], "age") if p["age"] > 89 else p["age"]
    ans = {"age": age_v, "dob": P(dfmt(p["dob"], "iso"), "date"), "zip": P(p["zip"], "zip"),
           "primary_condition": p["condition"], "dx_year": R.randint(2005, 2022)}
    if p["slug"] == "t2d":
        ans.update({"a1c_last": round(R.uniform(6.8, 10.5), 1), "on_insulin": R.random() < 0.3})
    elif p["slug"] in ("weightloss", "nash"):
        ans.update({"height_in": R.randint(60, 74), "weight_lb": R.randint(190, 320)})
    elif p["slug"] == "alz":
        ans.update({"study_partner_available": True, "mmse_self_report": None})
    else:
        ans.update({"flares_past_12mo": R.randint(0, 6)})
    if R.random() < 0.35:
        ans["insurance_carrier"] = p["payer"]
        ans["insurance_member_id"] = P(p["member_id"], "health_plan")
        ans["insurance_group_no"] = p["group_no"]
    if p["mbi"] and R.random() < 0.6:
        ans["medicare_mbi"] = P(p["mbi"], "health_plan")
    elig = p["min_age"] <= p["age"] <= p["max_age"]
    obj = {"ts": ts_iso(t), "lvl": "info", "svc": "prescreen-api", "evt": "screener.submitted",
           "respondent_id": p["rsp"], "study": p["study"], "site_no": p["site"][0],
           "screener_version": R.randint(3, 12), "answers": ans, "score": round(R.uniform(0.2, 0.98), 2),
           "disposition": "likely_eligible" if elig else "ineligible_age"}
    return b.add(J(obj, COMPACT))


def f_prescreen_kv(t, p):
    b = B("prescreen-kv")
    elig = p["min_age"] <= p["age"] <= p["max_age"]
    b.t(f"{ts_iso(t)} level=info svc=prescreen-api msg=\"screener scored\" rsp={p['rsp']} study={p['study']} age=")
    if p["age"] > 89:
        b.p(str(p["age"]), "age")
    else:
        b.t(str(p["age"]))
    b.t(f" eligible={'true' if elig else 'false'}")
    if not elig:
        b.t(f" reason=AGE_OUT_OF_RANGE({p['min_age']}-{p['max_age']})")
    b.t(f" duration_ms={R.randint(12, 300)} zip3={p['zip'][:3]}")
    return b


def f_prescreen_partial(t, p):
    b = B("prescreen-kv")
    b.t(f"{ts_iso(t)} level=warn svc=prescreen-api msg=\"abandoned screener\" rsp={p['rsp']} study={p['study']} "
        f"last_q=q{R.randint(3, 14)} county=\"").p(p["county"], "address").t(f"\" state={p['state']} zip=").p(
        p["zip"], "zip").t(f" elapsed_s={R.randint(40, 600)}")
    return b


def f_calendly(t, p):
    b = B("calendly-webhook")
    start = dt.datetime.combine(t.date() + dt.timedelta(days=R.randint(1, 6)),
                                dt.time(R.choice([13, 14, 15, 16, 17, 18, 19, 20, 21]), R.choice([0, 15, 30, 45])))
    end = start + dt.timedelta(minutes=15)
    p["appt"] = start
    ev = uuid4()
    host = R.choice(STAFF)
    host_email = ascii_fold(host).lower().replace(" ", ".") + "@" + DOMAIN
    payload = {
        "cancel_url": f"https://calendly.com/cancellations/{uuid4()}", "created_at": ts_iso(t)[:-1] + "000Z",
        "email": P(p["email"], "email"), "event": f"https://api.calendly.com/scheduled_events/{ev}",
        "first_name": None, "last_name": None, "name": P(p["full"], "name"),
        "questions_and_answers": [
            {"answer": P(phone(p, "paren"), "phone"), "position": 0, "question": "Best number to reach you"},
            {"answer": p["study"], "position": 1, "question": "Study you are interested in"}],
        "rescheduled": False, "status": "active", "text_reminder_number": P(phone(p, "cal"), "phone"),
        "timezone": R.choice(["America/Phoenix", "America/Chicago", "America/New_York", "America/Denver"]),
        "tracking": {"utm_campaign": f"{p['slug']}_prescreen", "utm_source": p["src"], "utm_medium": "sms",
                     "utm_content": None, "utm_term": None, "salesforce_uuid": None},
        "scheduled_event": {"name": "Pre-Screening Call (15 min)",
                            "start_time": P(start.strftime("%Y-%m-%dT%H:%M:%S.000000Z"), "date"),
                            "end_time": P(end.strftime("%Y-%m-%dT%H:%M:%S.000000Z"), "date"),
                            "event_memberships": [{"user": f"https://api.calendly.com/users/{alnum(16, string.ascii_uppercase)}",
                                                   "user_email": host_email, "user_name": host}]},
        "uri": f"https://api.calendly.com/scheduled_events/{ev}/invitees/{uuid4()}"}
    obj = {"created_at": ts_iso(t)[:-1] + "000Z", "created_by": f"https://api.calendly.com/users/{alnum(16, string.ascii_uppercase)}",
           "event": "invitee.created", "payload": payload}
    b.t(f"{ts_iso(t)} info  [hooks-gw] calendly webhook ").add(J(obj, COMPACT))
    return b


def f_calendly_cancel(t, p):
    b = B("calendly-webhook")
    start = p.get("appt") or dt.datetime.combine(t.date() + dt.timedelta(days=2), dt.time(15, 0))
    b.t(f"{ts_iso(t)} info  [hooks-gw] calendly invitee.canceled invitee=").p(p["full"], "name").t(" <").p(
        p["email"], "email").t("> event_start=").p(start.strftime("%Y-%m-%dT%H:%M:%S.000000Z"), "date").t(
        f" canceler_type=invitee reason=\"{R.choice(['work conflict', 'feeling unwell', 'no longer interested', ''])}\"")
    return b


def f_callrail(t, p):
    b = B("callrail-webhook")
    name = R.choice([f"{ascii_fold(p['last']).upper()} {ascii_fold(p['first']).upper()}", p["full"].upper(), p["full"]])
    trk = R.choice(TRACKING_NUMBERS)
    dur = R.randint(0, 900)
    obj = {"answered": dur > 0, "business_phone_number": "+18885550100", "customer_city": P(p["city"], "address"),
           "customer_country": "US", "customer_name": P(name, "name"),
           "customer_phone_number": P(phone(p, "e164"), "phone"), "customer_state": p["state"],
           "direction": "inbound", "duration": str(dur), "id": "CAL" + hexs(32),
           "recording": f"https://api.callrail.com/v3/a/266101466/calls/CAL{hexs(32)}/recording.json" if dur else None,
           "recording_duration": str(dur) if dur else None, "start_time": ts_iso(t)[:-5] + "-04:00",
           "tracking_phone_number": trk, "voicemail": dur == 0, "source": "Google Ads" if p["src"] == "google" else "Facebook",
           "gclid": p["gclid"] if p["src"] == "google" else None, "keywords": f"{p['condition']} trial",
           "formatted_customer_phone_number": P(phone(p, "paren"), "phone"),
           "formatted_tracking_phone_number": f"({trk[2:5]}) {trk[5:8]}-{trk[8:]}",
           "company_id": 318442987, "agent_email": f"{R.choice(AGENT_IDS)}@{DOMAIN}"}
    b.t(f"{ts_py(t)} INFO calltracking.webhook: post_call ").add(J(obj, PYJSON))
    return b


def f_voiceprint(t, p):
    b = B("callrail-voiceauth")
    b.t(f"{ts_py(t)} DEBUG calltracking.voiceauth: enroll caller=").p(phone(p, "e164"), "phone").t(
        f" model=vx-2.3 quality=0.{R.randint(70, 97)} template_b64=").p(b64_bytes(R.randint(180, 320)), "biometric").t(
        f" call_id=CAL{hexs(32)}")
    return b


def f_sendgrid(t, p):
    b = B("sendgrid-events")
    evs = []
    for ev in R.sample(["processed", "delivered", "open", "click"], R.randint(1, 3)):
        e = {"email": P(p["email"], "email"), "timestamp": ts_epoch(t) - R.randint(0, 90),
             "smtp-id": f"<{hexs(11)}.{hexs(3)}.{hexs(6)}@ismtpd0{R.randint(1, 9)}p1mdw1.sendgrid.net>",
             "event": ev, "category": ["prescreen", p["study"]], "sg_event_id": alnum(22),
             "sg_message_id": f"{alnum(22)}.filterdrecv-{hexs(10)}-{alnum(5)}-1-{hexs(8).upper()}-1{R.randint(0, 9)}.0"}
        if ev == "open":
            e["ip"] = P(p["ip"], "ip")
            e["useragent"] = p["ua"][:60]
        if ev == "click":
            e["url"] = f"https://join.{DOMAIN}/{p['slug']}/book?utm_source=email&utm_medium=sendgrid"
        evs.append(e)
    b.t(f"{ts_iso(t)} info  [hooks-gw] sendgrid events n={len(evs)} ").add(J(evs, COMPACT))
    return b


def f_dup_error(t, p):
    b = B("psycopg2-error")
    b.t(f"{ts_py(t)} ERROR leads.repo: insert failed lead={p['lead_id']}: psycopg2.errors.UniqueViolation: duplicate "
        f"key value violates unique constraint \"leads_email_study_key\" DETAIL:  Key (email, study_code)=(").p(
        p["email"], "email").t(f", {p['study']}) already exists.")
    return b


def f_referral(t, p):
    b = B("referral-py")
    sn, sname, pi, sfax = p["site"]
    p["ref"] = f"REF-{R.randint(100000, 999999)}"
    b.t(f"{ts_py(t)} INFO referrals.dispatch: {p['ref']} -> site {sn} ({sname}; PI {pi}; fax {sfax}) "
        f"patient=\"").p(f"{p['last']}, {p['first']}", "name").t("\" dob=").p(dfmt(p["dob"], "us"), "date").t(
        " phone=").p(phone(p, "dash"), "phone").t(f" study={p['study']} prescreen_score=0.{R.randint(60, 99)} "
                                                   f"recruiter={R.choice(STAFF)!r}")
    return b


def f_referral_ack(t, p):
    b = B("referral-py")
    visit = t.date() + dt.timedelta(days=R.randint(3, 14))
    mrn = R.choice(["E", "MR", "PCR", ""]) + digits(R.choice([7, 8]), False)
    b.t(f"{ts_py(t)} INFO referrals.site_portal: site {p['site'][0]} accepted {p.get('ref', 'REF-000000')} "
        f"site_mrn=").p(mrn, "mrn").t(" screening_visit=").p(dfmt(visit, "iso"), "date").t(
        f" coordinator=\"{R.choice(['Alicia Ferrante', 'Bongani Dlamini', 'Grace Oyelaran', 'Tim Kowalski'])}\"")
    return b


def f_emr_import(t, p):
    b = B("emr-import")
    mrn = R.choice(["E", "MR", ""]) + digits(R.choice([7, 8, 9]), False)
    icd = {"t2d": "E11.9", "nash": "K75.81", "alz": "G31.84", "eczema": "L20.9", "mdd": "F33.2",
           "weightloss": "E66.01", "copd": "J44.1", "ra": "M06.9"}[p["slug"]]
    last_visit = dt.date(2023, R.randint(1, 12), R.randint(1, 28))
    b.t(f"{ts_py(t)} INFO emr_import.rows: site={p['site'][0]} file=dbmine_{p['site'][0]}_20240308.csv row={R.randint(2, 900)} "
        "mrn=").p(mrn, "mrn").t(' name="').p(f"{ascii_fold(p['last']).upper()}, {ascii_fold(p['first']).upper()}", "name").t(
        '" dob=').p(dfmt(p["dob"], "us"), "date").t(" last_visit=").p(dfmt(last_visit, "iso"), "date").t(
        f" icd10={icd} status=queued_for_outreach")
    return b


def f_travel(t, p):
    b = B("travel-json")
    visit = t.date() + dt.timedelta(days=R.randint(2, 10))
    addr = p["street"] + (f" {p['unit']}" if p["unit"] else "")
    obj = {"t": ts_iso(t), "level": "INFO", "logger": "travel.rides", "message": "ride requested",
           "provider": R.choice(["lyft_concierge", "uber_health"]), "lead": p["lead_id"],
           "rider_name": P(p["full"], "name"), "rider_phone": P(phone(p, "e164"), "phone"),
           "pickup": {"line1": P(addr, "address"), "city": P(p["city"], "address"), "state": p["state"],
                      "postal": P(p["zip"], "zip")},
           "dropoff": {"name": p["site"][1], "line1": f"{R.randint(100, 9000)} N Central Ave Ste {R.randint(100, 500)}"},
           "visit_date": P(dfmt(visit, "iso"), "date"), "estimate_usd": round(R.uniform(14, 60), 2)}
    return b.add(J(obj, COMPACT))


def f_parking(t, p):
    b = B("travel-text")
    plate = R.choice([f"{R.randint(1, 9)}{alnum(3, string.ascii_uppercase)}{R.randint(100, 999)}",
                      f"{alnum(3, 'ABCDEFGHJKLMNPRSTVWXYZ')}-{R.randint(1000, 9999)}",
                      f"{alnum(3, 'ABCDEFGHJKLMNPRSTVWXYZ')}{R.randint(1000, 9999)}"])
    b.t(f"{ts_iso(t)} INFO  [travel-svc] parking validation site={p['site'][0]} plate=").p(plate, "vehicle").t(
        f" plate_state={p['state'] or 'NA'} visit=").p(dfmt(t.date(), "iso"), "date").t(
        f" garage_code=PX{R.randint(100, 999)} validated_by=front_desk")
    return b


def f_mileage(t, p):
    b = B("travel-text")
    b.t(f"{ts_iso(t)} INFO  [travel-svc] mileage claim lead={p['lead_id']} miles={R.randint(8, 140)} rate=0.67 "
        "vehicle_vin=").p(vin(), "vehicle").t(" claimant=").p(p["full"], "name").t(" home_address=\"").p(
        f"{p['street']}, {p['city']}", "address").t(f", {p['state']} ").p(p["zip"], "zip").t('"')
    return b


def f_stipend(t, p):
    b = B("stipend-py")
    k = R.random()
    if k < 0.5:
        card = card_number(R.choice(["visa", "mc"]))
        b.t(f"{ts_py(t)} ERROR payments.clincard: load failed amount=75.00 program=PRESCREEN_VISIT card_number=").p(
            card, "account").t(f" exp={R.randint(1, 12):02d}/{R.randint(26, 29)} resp_code=05 resp_text=\"Do not honor\" "
                               f"payee=").p(p["full"], "name")
    else:
        acct = digits(R.choice([9, 10, 12]), False)
        b.t(f"{ts_py(t)} WARNING payments.ach: NACHA validation warning payee=").p(p["full"], "name").t(
            f" routing=0{R.randint(11000000, 91000000)} account=").p(acct, "account").t(
            f" amount=150.00 batch=B{ts_epoch(t)} code=R03")
    return b


def f_w9(t, p):
    b = B("stipend-py")
    b.t(f"{ts_py(t)} ERROR payments.tax: 1099 profile rejected by TIN match: name=").p(
        f"{ascii_fold(p['first']).upper()} {ascii_fold(p['last']).upper()}", "name").t(" tin=").p(ssn(), "ssn").t(
        f" tin_type=SSN irs_code=2 addr_zip=").p(p["zip"], "zip")
    return b


def f_idv(t, p):
    b = B("idv-json")
    dl = R.choice([f"D{digits(8, False)}", f"{R.choice('ABCDEFGHKLMNPRSW')}{digits(12, False)}",
                   digits(9, False), f"{alnum(1, string.ascii_uppercase)}{digits(3, False)}-{digits(4, False)}-{digits(4, False)}"])
    photo = "data:image/jpeg;base64," + b64_bytes(R.randint(380, 620), header=b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    obj = {"ts": ts_iso(t), "svc": "econsent", "event": "identity.verify", "participant": P(p["full"], "name"),
           "dob": P(dfmt(p["dob"], "iso"), "date"), "doc": {"type": "drivers_license", "issuer": p["state"] or "GB",
                                                             "number": P(dl, "license")},
           "selfie": P(photo, "photo"), "vendor_ref": uuid4(), "match_score": round(R.uniform(0.7, 0.99), 3)}
    return b.add(J(obj, COMPACT))


def f_portal_login(t, p):
    b = B("portal-auth")
    b.t(f"{ts_iso(t)} INFO  [portal-api] auth.login success user=").p(p["username"], "other_id").t(" ip=").p(
        p["ip"], "ip").t(f" mfa=sms session={hexs(24)} ua=\"{p['ua'][:50]}\"")
    return b


def f_portal_url(t, p):
    b = B("portal-auth")
    slug = ascii_fold(p["first"]).lower().replace(" ", "-").replace("'", "") + "-" + \
        ascii_fold(p["last"]).lower().replace(" ", "-").replace("'", "") + "-" + hexs(4)
    b.t(f"{ts_iso(t)} INFO  [portal-api] magic link issued for lead={p['lead_id']} link=").p(
        f"https://my.{DOMAIN}/p/{slug}/visits", "url").t(f" ttl=86400 channel=email template=portal_invite")
    return b


def f_ediary(t, p):
    b = B("ediary-provision")
    mac = ":".join(hexs(2).upper() for _ in range(6))
    b.t(f"{ts_py(t)} INFO device_mgmt: provisioned eDiary handset for participant=").p(p["full"], "name").t(
        " imei=").p(imei(), "device").t(" wifi_mac=").p(mac, "device").t(
        f" model=Moto-G-Play-2023 mdm_profile=ediary-{p['slug']}-v4 tracking=1Z{alnum(16, string.ascii_uppercase + string.digits)}")
    return b


def f_intl_lead(t, p):
    b = B("lead-intake-pino")
    if p["intl"] == "uk":
        form = {"fullName": P(p["full"], "name"), "email": P(p["email"], "email"),
                "mobile": P(p["phone_uk"], "phone"), "postcode": P(p["zip"], "zip"),
                "town": P(p["city"], "address"), "nhsNumber": P(p["natid"], "other_id"),
                "dateOfBirth": P(dfmt(p["dob"], "eu"), "date"), "country": "GB"}
    else:
        form = {"nombre": P(p["first"], "name"), "apellidos": P(p["last"], "name"), "email": P(p["email"], "email"),
                "telefono": P(p["phone_es"], "phone"), "codigoPostal": P(p["zip"], "zip"),
                "ciudad": P(p["city"], "address"), "dni": P(p["natid"], "other_id"),
                "fechaNacimiento": P(dfmt(p["dob"], "eu"), "date"), "country": "ES"}
    obj = {"level": 30, "time": ts_epoch_ms(t), "pid": R.randint(20, 90), "hostname": PODS["lead-intake"],
           "reqId": f"req-{R.randint(1, 9999)}", "clientIp": P(p["ip"], "ip"), "form": form, "study": p["study"],
           "msg": "intl form submission accepted (gdpr_consent=v3)"}
    return b.add(J(obj, COMPACT))


def f_crm_task(t, p):
    b = B("celery")
    b.t(f"[{ts_py(t)}: INFO/MainProcess] Task crm.tasks.push_contact[{uuid4()}] received args=(").add(
        PYR({"lead_id": p["lead_id"], "email": P(p["email"], "email"), "name": P(p["full"], "name"),
             "phone": P(phone(p, "dash"), "phone"), "study": p["study"]})).t(",) kwargs={}")
    return b


def f_emergency_contact(t, p):
    b = B("prescreen-json")
    rel = R.choice(["spouse", "daughter", "son", "caregiver", "study partner"])
    fn = R.choice(R.choice(list(ORIGINS.values()))[0])
    contact_name = f"{fn} {p['last']}"
    obj = {"ts": ts_iso(t), "lvl": "info", "svc": "prescreen-api", "evt": "study_partner.added",
           "respondent_id": p["rsp"], "relationship": rel, "partner": {
               "name": P(contact_name, "name"), "phone": P(f"{p['area'] or '555'}-555-01{R.randint(0, 99):02d}", "phone"),
               "lives_with_participant": R.random() < 0.5}}
    return b.add(J(obj, COMPACT))


EXTRAS = [f_travel, f_stipend, f_portal_login, f_parking, f_w9, f_idv, f_emr_import, f_portal_url,
          f_mileage, f_ediary, f_stipend, f_travel, f_portal_login, f_emr_import]
EXTRA_POS = [0]


def journey(p):
    steps = []
    src = p["src"]
    if p.get("intl"):
        steps += [f_intl_lead, f_lead_validated, f_sms_send if False else f_sendgrid, f_prescreen_json]
        return steps
    if src in ("web", "google", "facebook") and R.random() < 0.7:
        steps.append(f_nginx_landing)
    if src == "web":
        steps.append(R.choice([f_form_urlenc, f_form_urlenc, f_form_pino]))
        if R.random() < 0.15:
            steps.append(f_recaptcha)
        if R.random() < 0.3:
            steps.append(f_nginx_thankyou)
    elif src == "facebook":
        steps += [f_fb_webhook, f_fb_graph]
    elif src == "google":
        steps.append(R.choice([f_gads_webhook, f_gads_webhook, f_form_urlenc]))
    else:
        steps.append(f_callrail)
        if R.random() < 0.2:
            steps.append(f_voiceprint)
    if R.random() < 0.55:
        steps.append(f_lead_validated)
    if R.random() < 0.1:
        steps.append(f_dup_error)
    if R.random() < 0.3:
        steps.append(f_crm_task)
    steps.append(R.choice([f_hubspot_upsert, f_hubspot_upsert, f_sfmc_upsert]))
    if R.random() < 0.3:
        steps.append(f_hubspot_result)
    if R.random() < 0.7:
        steps.append(f_sms_send)
        if R.random() < 0.45:
            steps.append(f_sms_callback)
    if R.random() < 0.25:
        steps.append(f_sms_inbound)
    steps.append(f_prescreen_json)
    if R.random() < 0.5 or p["age"] > 89:
        steps.append(f_prescreen_kv)
    if R.random() < 0.12:
        steps.append(f_prescreen_partial)
    if p["slug"] == "alz" and R.random() < 0.7:
        steps.append(f_emergency_contact)
    elig = p["min_age"] <= p["age"] <= p["max_age"]
    if not elig:
        return steps
    if R.random() < 0.7:
        steps.append(f_calendly)
        if R.random() < 0.15:
            steps.append(f_calendly_cancel)
    if R.random() < 0.4:
        steps.append(R.choice([f_sendgrid, f_sfmc_send]))
    if src != "callrail" and R.random() < 0.3:
        steps.append(f_callrail)
    if R.random() < 0.35:
        steps.append(f_referral)
        if R.random() < 0.6:
            steps.append(f_referral_ack)
    for _ in range(R.choice([1, 1, 2])):
        steps.append(EXTRAS[EXTRA_POS[0] % len(EXTRAS)])
        EXTRA_POS[0] += 1
    return steps


# ----------------------------------------------------------------------------
# non-PHI noise families
# ----------------------------------------------------------------------------

def n_k8s_probe(t):
    b = B("nginx-combined")
    path = R.choice(["/healthz", "/readyz", "/livez", "/metrics"])
    ua = R.choice(["kube-probe/1.28", "ELB-HealthChecker/2.0", "Prometheus/2.49.1"])
    return b.t(f'{priv_ip()} - - [{ts_nginx(t)}] "GET {path} HTTP/1.1" 200 {R.randint(2, 900)} "-" "{ua}" '
               f'rt=0.00{R.randint(0, 9)}')


def n_static(t):
    b = B("nginx-combined")
    asset = R.choice(["/assets/app.3f9c1e.js", "/assets/lp.css?v=20240301", "/img/hero-t2d@2x.webp",
                      "/fonts/inter-var.woff2", "/favicon.ico"])
    return b.t(f'{priv_ip()} - - [{ts_nginx(t)}] "GET {asset} HTTP/1.1" {R.choice([200, 200, 304])} '
               f'{R.randint(0, 190000)} "-" "Amazon CloudFront" "-" host=join.{DOMAIN} cache=Hit')


def n_celery_ok(t):
    b = B("celery")
    task = R.choice(["crm.tasks.sync_hubspot", "crm.tasks.sync_sfmc_de", "ads.tasks.pull_gads_report",
                     "ads.tasks.pull_fb_insights", "notify.tasks.flush_sms_queue", "leads.tasks.expire_stale"])
    res = R.choice([f"{{'synced': {R.randint(0, 250)}, 'failed': {R.randint(0, 3)}}}", "None",
                    f"{{'rows': {R.randint(10, 900)}}}"])
    return b.t(f"[{ts_py(t)}: INFO/ForkPoolWorker-{R.randint(1, 8)}] Task {task}[{uuid4()}] succeeded in "
               f"{R.uniform(0.05, 40):.3f}s: {res}")


def n_gads_report(t):
    b = B("ads-report")
    d = (t - dt.timedelta(days=1)).date()
    cust = f"{R.randint(100, 999)}-{R.randint(100, 999)}-{R.randint(1000, 9999)}"
    st = R.choice(STUDIES)
    return b.t(f"{ts_py(t)} INFO ads.gads: report customer_id={cust} campaign_id=2{digits(10, False)} "
               f"campaign=\"{st[2]}_search_q1\" date={d.isoformat()} impressions={R.randint(500, 40000)} "
               f"clicks={R.randint(10, 900)} conversions={R.randint(0, 40)}.0 cost_micros={R.randint(10**7, 9 * 10**9)}")


def n_fb_insights(t):
    b = B("ads-report")
    d = (t - dt.timedelta(days=1)).date()
    spend = R.uniform(40, 2400)
    leads = R.randint(1, 80)
    obj = {"account_id": f"act_{digits(15)}", "adset_id": "2385" + digits(13, False), "campaign_id": "2385" + digits(13, False),
           "date_start": d.isoformat(), "date_stop": d.isoformat(), "spend": f"{spend:.2f}",
           "actions": [{"action_type": "lead", "value": str(leads)}, {"action_type": "link_click", "value": str(leads * R.randint(4, 20))}],
           "cost_per_lead": f"{spend / leads:.2f}"}
    return b.t(f"{ts_py(t)} DEBUG ads.fb_insights: row ").add(J(obj, PYJSON))


def n_hubspot_ratelimit(t):
    b = B("hubspot-py")
    return b.t(f"{ts_py(t)} WARNING hubspot_sync.client: 429 Too Many Requests policyName=TEN_SECONDLY_ROLLING "
               f"correlationId={uuid4()} retry_after=10 batch={R.randint(1, 40)}/{R.randint(40, 60)}")


def n_hubspot_batch(t):
    b = B("hubspot-py")
    cr, up = R.randint(0, 30), R.randint(0, 70)
    return b.t(f"{ts_py(t)} INFO hubspot_sync.client: batch upsert complete portal=4412873 size={cr + up} "
               f"created={cr} updated={up} errors=0 took_ms={R.randint(200, 3000)}")


def n_sfmc_token(t):
    b = B("sfmc-rest")
    return b.t(f"{ts_py(t)} INFO sfmc.auth: POST https://mc6x0k2q4l9vbn3r.auth.marketingcloudapis.com/v2/token "
               f"-> 200 expires_in=1079 scope=\"data_extensions_read data_extensions_write journeys_execute\" mid=514009{R.randint(100, 999)}")


def n_sfmc_journey(t):
    b = B("sfmc-rest")
    st = R.choice(STUDIES)
    return b.t(f"{ts_py(t)} INFO sfmc.journey: Journey 'JB_{st[0].replace('-', '_')}_Nurture' v{R.randint(2, 9)} "
               f"entered={R.randint(0, 400)} exited={R.randint(0, 100)} definitionId={uuid4()} status=Running")


def n_twilio_batch(t):
    b = B("twilio-sms")
    return b.t(f"{ts_iso(t)} info  [notify] sms batch done campaign=reengage_d7 queued={R.randint(10, 600)} "
               f"failed={R.randint(0, 9)} throttle=1/s msid=MG{hexs(32)} from=72819")


def n_twilio_opt_out(t):
    b = B("twilio-sms")
    return b.t(f"{ts_iso(t)} warn  [notify] carrier error 30007 (filtered) on {R.randint(1, 12)} messages in last 5m "
               f"msid=MG{hexs(32)} from=+18885550147 -> pausing sender pool for 300s")


def n_calendly_sig(t):
    b = B("calendly-webhook")
    return b.t(f"{ts_iso(t)} warn  [hooks-gw] calendly webhook signature mismatch t={ts_epoch(t)} "
               f"v1={hexs(64)} src={priv_ip()} -> 401")


def n_fb_verify(t):
    b = B("fb-leadgen-webhook")
    return b.t(f"{ts_iso(t)} INFO  [hooks-gw] GET /webhooks/facebook?hub.mode=subscribe&hub.challenge="
               f"{R.randint(10**8, 10**9)}&hub.verify_token=**** 200")


def n_prescreen_config(t):
    b = B("prescreen-kv")
    st = R.choice(STUDIES)
    return b.t(f"{ts_iso(t)} level=info svc=prescreen-api msg=\"screener definition loaded\" study={st[0]} "
               f"version={R.randint(3, 12)} questions={R.randint(8, 24)} published=2024-0{R.randint(1, 3)}-{R.randint(10, 28)} "
               f"min_age={st[3]} max_age={st[4]} sites={','.join(s[0] for s in SITES[st[0]])}")


def n_prescreen_metrics(t):
    b = B("prescreen-json")
    st = R.choice(STUDIES)
    obj = {"ts": ts_iso(t), "lvl": "info", "svc": "prescreen-api", "evt": "funnel.hourly", "study": st[0],
           "started": R.randint(10, 200), "completed": R.randint(5, 120), "qualified": R.randint(0, 40),
           "median_age": R.randint(38, 71), "p95_ms": R.randint(80, 900)}
    return b.add(J(obj, COMPACT))


def n_site_capacity(t):
    b = B("referral-py")
    st = R.choice(STUDIES)
    sn, sname, pi, sph = R.choice(SITES[st[0]])
    return b.t(f"{ts_py(t)} INFO referrals.capacity: site {sn} \"{sname}\" study={st[0]} weekly_cap={R.randint(8, 30)} "
               f"remaining={R.randint(0, 12)} pi=\"{pi}\" site_phone={sph} next_open_slot=2024-03-{R.randint(12, 29)}")


def n_callrail_pool(t):
    b = B("callrail-webhook")
    trk = R.choice(TRACKING_NUMBERS)
    return b.t(f"{ts_py(t)} INFO calltracking.pool: assigned tracking number {trk} to session sess_{alnum(20)} "
               f"pool=\"{R.choice(STUDIES)[2]}-search\" ttl=1800 company_id=318442987")


def n_deploy(t):
    b = B("k8s-event")
    svc = R.choice(list(PODS))
    ver = f"v{R.randint(1, 3)}.{R.randint(0, 40)}.{R.randint(0, 12)}"
    return b.t(f"{ts_iso(t)} Normal  Pulled  pod/{pod(svc)}  Successfully pulled image "
               f"\"123456789012.dkr.ecr.us-east-2.amazonaws.com/{svc}:{ver}\" in {R.uniform(0.4, 9):.3f}s "
               f"(image size {R.randint(40, 400)}MB)")


def n_pg(t):
    b = B("postgres")
    return b.t(f"{ts_py(t).replace(',', '.')} UTC [{R.randint(1000, 40000)}] LOG:  duration: {R.uniform(100, 3000):.3f} ms  "
               f"statement: SELECT id, study_code, status FROM leads WHERE updated_at > now() - interval '15 minutes' "
               f"AND status = 'NEW' ORDER BY id LIMIT 500")


def n_redis(t):
    b = B("redis")
    return b.t(f"{R.randint(1, 99)}:M {t.strftime('%d %b %Y %H:%M:%S.')}{t.microsecond // 1000:03d} * "
               f"{R.randint(100, 10000)} changes in 300 seconds. Saving...")


def n_postfix(t):
    b = B("syslog-postfix")
    q = hexs(10).upper()
    return b.t(f"{ts_sys(t)} mail-relay-01 postfix/smtp[{R.randint(1000, 30000)}]: {q}: to=<ops-alerts@{DOMAIN}>, "
               f"relay=smtp.sendgrid.net[{R.choice(['167.89.115.', '149.72.154.'])}{R.randint(1, 254)}]:587, "
               f"delay={R.uniform(0.2, 3):.1f}, dsn=2.0.0, status=sent (250 Ok: queued as {alnum(22)})")


def n_cron(t):
    b = B("syslog-cron")
    return b.t(f"{ts_sys(t)} worker-03 CRON[{R.randint(1000, 30000)}]: (svc) CMD (/opt/eb/bin/purge_unconsented_leads "
               f"--older-than 30d --dry-run=false)")


def n_gads_upload(t):
    b = B("ads-report")
    return b.t(f"{ts_py(t)} INFO ads.gads: uploaded {R.randint(1, 60)} offline conversions "
               f"conversion_action=customers/{R.randint(1000000000, 9999999999)}/conversionActions/{R.randint(100000000, 999999999)} "
               f"partial_failure=0 job={uuid4()}")


def n_capi(t):
    b = B("ads-report")
    return b.t(f"{ts_py(t)} INFO ads.fb_capi: POST https://graph.facebook.com/v19.0/{digits(15)}/events "
               f"events_received={R.randint(1, 50)} fbtrace_id={alnum(11)} messages=[]")


def n_sendgrid_bounce_stats(t):
    b = B("sendgrid-events")
    return b.t(f"{ts_iso(t)} info  [notify] sendgrid stats day=2024-03-{t.day - 1:02d} requests={R.randint(500, 9000)} "
               f"delivered={R.randint(400, 8900)} bounces={R.randint(0, 90)} spam_reports={R.randint(0, 4)} "
               f"from=noreply@{DOMAIN} reply_to=studies@{DOMAIN}")


def n_unsubscribe(t):
    b = B("sendgrid-events")
    obj = [{"event": "group_unsubscribe", "asm_group_id": R.randint(10000, 30000), "timestamp": ts_epoch(t),
            "sg_event_id": alnum(22), "category": ["reengage"], "email": "[redacted]"}]
    return b.t(f"{ts_iso(t)} info  [hooks-gw] sendgrid events n=1 ").add(J(obj, COMPACT))


def n_http_error(t):
    b = B("lead-intake-text")
    return b.t(f"{ts_iso(t)} ERROR [lead-intake] upstream crm-sync.svc.cluster.local:8443 timed out after 5000ms "
               f"req={hexs(10)} attempt={R.randint(1, 3)}/3 peer={priv_ip()}")


def n_tls(t):
    b = B("k8s-event")
    return b.t(f"{ts_iso(t)} Normal  Issued  certificate/join-{DOMAIN.replace('.', '-')}-tls  Certificate issued "
               f"successfully, not_after=2024-06-{R.randint(1, 28):02d}T{R.randint(10, 23)}:00:00Z serial={hexs(32).upper()}")


def n_callrail_summary(t):
    b = B("callrail-webhook")
    return b.t(f"{ts_py(t)} INFO calltracking.sync: pulled {R.randint(5, 80)} calls since {ts_iso(t - dt.timedelta(hours=1))} "
               f"answered={R.randint(3, 60)} missed={R.randint(0, 10)} avg_duration_s={R.randint(40, 400)} "
               f"agent_of_day={R.choice(AGENT_IDS)}")


def n_agent_note(t):
    b = B("referral-py")
    return b.t(f"{ts_py(t)} INFO crm.assign: round-robin assigned {R.randint(1, 20)} new leads to recruiter "
               f"\"{R.choice(STAFF)}\" <{R.choice(AGENT_IDS)}@{DOMAIN}> queue={R.choice(STUDIES)[0]} ext=x{R.randint(200, 299)}")


def n_gads_test(t):
    b = B("gads-lead-webhook")
    obj = {"lead_id": "TeSter-123-ABCDEFGHIJKLMNOPQRSTUVWXYZ-abcdefghijklmnopqrstuvwxyz-0123456789-AaBbCcDdEeFfGgHhIiJjKkLl",
           "user_column_data": [{"column_name": "Full Name", "string_value": "FirstName LastName", "column_id": "FULL_NAME"},
                                {"column_name": "User Phone", "string_value": "+16505550123", "column_id": "PHONE_NUMBER"},
                                {"column_name": "User Email", "string_value": "test@example.com", "column_id": "EMAIL"},
                                {"column_name": "Postal Code", "string_value": "94043", "column_id": "POSTAL_CODE"}],
           "api_version": "1.0", "form_id": 40000000000, "campaign_id": 20000000000, "google_key": "****",
           "is_test": True, "gcl_id": "TeSter-123-ABCDEFGHIJKLMNOPQRSTUVWXYZ-abcdefghijklmnopqrstuvwxyz-0123456789-AaBbCcDdEeFfGgHhIiJjKkLl",
           "adgroup_id": 20000000000, "creative_id": 30000000000}
    return b.t(f"{ts_iso(t)} INFO  [hooks-gw] google-lead-form received (is_test=true, discarded) ").add(J(obj, COMPACT))


def n_lambda(t):
    b = B("lambda")
    rid = uuid4()
    return b.t(f"REPORT RequestId: {rid}\tDuration: {R.uniform(5, 900):.2f} ms\tBilled Duration: {R.randint(6, 901)} ms\t"
               f"Memory Size: 512 MB\tMax Memory Used: {R.randint(80, 300)} MB")


NOISE = [(n_k8s_probe, 8), (n_static, 4), (n_celery_ok, 6), (n_gads_report, 4), (n_fb_insights, 3),
         (n_hubspot_ratelimit, 3), (n_hubspot_batch, 4), (n_sfmc_token, 2), (n_sfmc_journey, 2),
         (n_twilio_batch, 2), (n_twilio_opt_out, 1), (n_calendly_sig, 1), (n_fb_verify, 1),
         (n_prescreen_config, 2), (n_prescreen_metrics, 3), (n_site_capacity, 3), (n_callrail_pool, 3),
         (n_deploy, 2), (n_pg, 2), (n_redis, 1), (n_postfix, 2), (n_cron, 1), (n_gads_upload, 2), (n_capi, 2),
         (n_sendgrid_bounce_stats, 1), (n_unsubscribe, 1), (n_http_error, 2), (n_tls, 1),
         (n_callrail_summary, 2), (n_agent_note, 2), (n_lambda, 2), (n_gads_test, 1)]
NOISE_F = [f for f, w in NOISE for _ in range(w)]


# ----------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------

def main():
    persons = [make_person(i) for i in range(60)]
    special = {1: dict(old=True), 4: dict(intl="uk"), 8: dict(old=True), 11: dict(intl="es"),
               15: dict(old=True), 19: dict(intl="uk"), 24: dict(old=True)}
    for pos, kw in special.items():
        persons[pos] = make_person(100 + pos, **kw)
    queue = [(p, journey(p)) for p in persons]
    active = []
    clock = dt.datetime(2024, 3, 11, 7, 58, 3, 118000)
    lines, labels = [], []
    NOISE_P = 0.46
    while len(lines) < N_LINES:
        clock += dt.timedelta(seconds=R.randint(1, 75), microseconds=R.randint(0, 999999))
        while len(active) < 4 and queue:
            active.append(queue.pop(0))
        if R.random() < NOISE_P or not active:
            b = R.choice(NOISE_F)(clock)
        else:
            k = R.randrange(len(active))
            p, steps = active[k]
            f = steps.pop(0)
            b = f(clock, p)
            if not steps:
                active.pop(k)
        line, spans = b.build()
        lines.append(line)
        labels.append({"line": len(lines), "family": b.family, "spans": spans})
    with open(os.path.join(HERE, f"{ID}.log"), "wb") as fh:
        fh.write(b"".join(l + b"\n" for l in lines))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # summary
    cats = {}
    for rec in labels:
        for s in rec["spans"]:
            cats[s["cat"]] = cats.get(s["cat"], 0) + 1
    nophi = sum(1 for r in labels if not r["spans"])
    print(f"lines={len(lines)} no_phi={nophi} ({nophi / len(lines):.1%}) persons_used="
          f"{len(persons) - len(queue)} spans={sum(cats.values())}")
    print(json.dumps(dict(sorted(cats.items(), key=lambda kv: -kv[1]))))


if __name__ == "__main__":
    main()
