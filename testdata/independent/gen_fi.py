#!/usr/bin/env python3
"""Deterministic generator for the `fi` held-out PHI corpus.

Theme: university student health & counseling center (Northgate State
University, "NGSU").  Writes fi.log and fi.labels.jsonl next to this file.
Standard library only; fixed seed; byte offsets recorded while concatenating.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
import urllib.parse

random.seed(1800518)

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "fi"
N_LINES = 500
NOPHI_TARGET = 276


# ---------------------------------------------------------------- line builder
class Line:
    def __init__(self, family):
        self.family = family
        self.parts = []

    def t(self, *ss):
        for s in ss:
            self.parts.append((str(s), None))
        return self

    def p(self, s, cat):
        s = str(s)
        assert s, "empty labeled value"
        self.parts.append((s, cat))
        return self

    def v(self, s, cat):
        """labeled if cat else plain"""
        return self.p(s, cat) if cat else self.t(s)

    def render(self):
        out = bytearray()
        spans = []
        for s, cat in self.parts:
            b = s.encode("utf-8")
            if cat:
                spans.append((len(out), len(out) + len(b), cat, b))
            out += b
        res = []
        last_e = -1
        for s, e, cat, b in spans:
            assert bytes(out[s:e]) == b, (s, e, b)
            assert s >= last_e, "overlap"
            last_e = e
            res.append({"s": s, "e": e, "cat": cat})
        assert b"\n" not in out and b"\r" not in out, out
        assert len(out) <= 4000, len(out)
        return bytes(out), res


# ---------------------------------------------------------------- JSON writer
class St:
    def __init__(self, comma, colon, ascii_, slash):
        self.comma, self.colon, self.ascii, self.slash = comma, colon, ascii_, slash


PY = St(", ", ": ", True, False)        # python json.dumps defaults
NODE = St(",", ":", False, False)        # JSON.stringify / pino
MONO = St(",", ":", False, False)        # Monolog: UNESCAPED_SLASHES|UNICODE
PHPD = St(",", ":", True, True)          # plain json_encode()


class O:
    def __init__(self, *items):
        self.items = items


class A:
    def __init__(self, *vals):
        self.vals = vals


def jval(L, v, cat, st):
    if isinstance(v, O):
        jobj(L, v.items, st)
    elif isinstance(v, A):
        L.t("[")
        for i, it in enumerate(v.vals):
            if i:
                L.t(st.comma)
            x, c = (it if isinstance(it, tuple) else (it, None))
            jval(L, x, c, st)
        L.t("]")
    elif isinstance(v, str):
        esc = json.dumps(v, ensure_ascii=st.ascii)[1:-1]
        if st.slash:
            esc = esc.replace("/", "\\/")
        L.t('"')
        L.v(esc, cat)
        L.t('"')
    else:
        L.v(json.dumps(v), cat)


def jobj(L, items, st):
    L.t("{")
    for i, it in enumerate(items):
        k, v = it[0], it[1]
        cat = it[2] if len(it) > 2 else None
        if i:
            L.t(st.comma)
        L.t(json.dumps(k) + st.colon)
        jval(L, v, cat, st)
    L.t("}")


# ---------------------------------------------------------------- helpers
def rd(n):
    return "".join(random.choice("0123456789") for _ in range(n))


def rhex(n, upper=False):
    s = "".join(random.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_num(prefix, length):
    body = prefix + rd(length - len(prefix) - 1)
    return body + luhn_digit(body)


def iban(cc, bban):
    num = ""
    for ch in bban + cc + "00":
        num += str(int(ch, 36))
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


VIN_T = {**{str(i): i for i in range(10)},
         "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
         "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
         "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(wmi + "".join(random.choice(chars) for _ in range(5)) + "0"
             + random.choice("KLMNPR") + random.choice("ABCDEFGHJ")
             + rd(6))
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def mbi():
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    n = "0123456789"
    pat = [("123456789"), al, an, n, al, an, n, al, al, n, n]
    return "".join(random.choice(p) for p in pat)


def ssn():
    while True:
        a = random.randint(101, 899)
        if a != 666 and not (a >= 700 and a < 729):
            break
    return "%03d-%02d-%04d" % (a, random.randint(1, 99), random.randint(1, 9999))


def cpf():
    d = [random.randint(0, 9) for _ in range(9)]
    s = sum(x * w for x, w in zip(d, range(10, 1, -1)))
    d1 = (s * 10) % 11 % 10
    d.append(d1)
    s = sum(x * w for x, w in zip(d, range(11, 1, -1)))
    d.append((s * 10) % 11 % 10)
    t = "".join(map(str, d))
    return "%s.%s.%s-%s" % (t[:3], t[3:6], t[6:9], t[9:])


def npi():
    body = "1" + rd(8)
    return body + luhn_digit("80840" + body)


def b64bytes(n):
    return bytes(random.randrange(256) for _ in range(n))


def jpeg_b64(n):
    head = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            b"\xff\xdb\x00C\x00")
    return base64.b64encode(head + b64bytes(n) + b"\xff\xd9").decode()


def png_b64(n):
    head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\xa0\x00\x00\x00\xc8\x08\x06\x00\x00\x00"
    return base64.b64encode(head + b64bytes(n)).decode()


def asc(s):
    for a, b in (("ø", "o"), ("Ø", "O"), ("ß", "ss"), ("ı", "i"), ("ł", "l"),
                 ("đ", "d"), ("æ", "ae"), ("'", ""), (" ", "")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def fold(s):
    for a, b in (("ø", "o"), ("Ø", "O"), ("ß", "SS"), ("ı", "i"), ("ł", "l"), ("đ", "d")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def pub_ip():
    first = random.choice([24, 50, 67, 68, 69, 71, 73, 75, 76, 96, 98, 99, 104, 107,
                           108, 136, 162, 173, 174, 184, 199, 208, 209])
    return "%d.%d.%d.%d" % (first, random.randint(0, 255), random.randint(0, 255),
                            random.randint(1, 254))


def priv_ip():
    r = random.random()
    if r < 0.6:
        return "10.40.%d.%d" % (random.randint(0, 31), random.randint(2, 250))
    if r < 0.8:
        return "172.20.%d.%d" % (random.randint(0, 15), random.randint(2, 250))
    return "192.168.%d.%d" % (random.randint(0, 9), random.randint(2, 250))


def mac():
    oui = random.choice(["3C:22:FB", "F0:18:98", "A4:83:E7", "DC:A6:32", "8C:85:90", "B8:27:EB"])
    return oui + ":" + ":".join("%02X" % random.randrange(256) for _ in range(3))


# ---------------------------------------------------------------- clock
T = dt.datetime(2024, 8, 19, 6, 57, 12, 114000)
UTC_OFF = dt.timedelta(hours=5)  # CDT


def tick():
    """advance the log clock; mostly weekday clinic hours (07:00-19:00 CDT)"""
    global T
    T += dt.timedelta(seconds=random.randint(3, 2400), microseconds=random.randint(0, 999999))
    if T.hour >= 19:
        T = (T + dt.timedelta(days=1)).replace(hour=6, minute=random.randint(40, 59))
        while T.weekday() >= 5:
            T += dt.timedelta(days=1)
    return T


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def f_log4j(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)


def f_isoz(t):
    u = t + UTC_OFF
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"


def f_isooff(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "-05:00"


def f_lara(t):
    return t.strftime("[%Y-%m-%d %H:%M:%S]")


def f_nginx(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0500")


def f_syslog(t):
    return t.strftime("%b ") + "%2d" % t.day + t.strftime(" %H:%M:%S")


def f_shib(t):
    return (t + UTC_OFF).strftime("%Y%m%dT%H%M%SZ")


def f_win(t):
    return t.strftime("%m/%d/%Y %H:%M:%S.") + ms(t)


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d_hl7(d):
    return d.strftime("%Y%m%d")


def d_banner(d):
    return d.strftime("%d-%b-%Y").upper()


def d_long(d):
    return "%s %d, %d" % (d.strftime("%B"), d.day, d.year)


def future_day(lo=0, hi=21):
    d = T.date() + dt.timedelta(days=random.randint(lo, hi))
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def past_day(lo=1, hi=60):
    return T.date() - dt.timedelta(days=random.randint(lo, hi))


def slot_time():
    return "%02d:%02d" % (random.randint(8, 16), random.choice([0, 15, 30, 45]))


# ---------------------------------------------------------------- people
US_CITIES = [("Naperville", "IL", "60540"), ("Milwaukee", "WI", "53211"), ("Cedar Rapids", "IA", "52402"),
             ("St. Louis", "MO", "63109"), ("Ann Arbor", "MI", "48104"), ("Minneapolis", "MN", "55406"),
             ("Columbus", "OH", "43214"), ("Plano", "TX", "75024"), ("Fresno", "CA", "93711"),
             ("Honolulu", "HI", "96822"), ("Bronx", "NY", "10463"), ("Albuquerque", "NM", "87110"),
             ("Joliet", "IL", "60435"), ("Peoria", "IL", "61614"), ("Evanston", "IL", "60201"),
             ("Schaumburg", "IL", "60193"), ("Rockford", "IL", "61107"), ("Oak Park", "IL", "60302"),
             ("Aurora", "IL", "60504"), ("Champaign", "IL", "61820")]
AREA = {"IL": ["630", "312", "773", "815", "847", "708", "217"], "WI": ["414"], "IA": ["319"],
        "MO": ["314"], "MI": ["734"], "MN": ["612"], "OH": ["614"], "TX": ["972"], "CA": ["559"],
        "HI": ["808"], "NY": ["718"], "NM": ["505"]}
STREETS = ["Maple", "Oak", "Washington", "Lincoln", "Prairie", "Hawthorne", "Cedar Crest", "Willow",
           "Ridgeland", "Sheridan", "Kedzie", "Fullerton", "Greenwood", "Birchwood", "Lakeview", "Summit",
           "Chestnut", "Orchard", "Kilbourn", "Monroe"]
SUFF = ["St", "Ave", "Dr", "Ln", "Ct", "Blvd", "Rd", "Pl", "Way"]
# local (college town) streets: Harlow, IL 61790/61761
LOCAL_STREETS = ["S Maple St", "W Locust St", "N University St", "E College Ave", "Fell Ave",
                 "W Beaufort St", "N Linden St", "Gregory St", "S Main St", "W Mulberry St"]
DORMS = [("Hargrove Hall", "410 W College Ave"), ("Pemberton Hall", "301 S Fell Ave"),
         ("Ashby Tower", "550 N School St"), ("Wright Hall", "120 W Gregory St"),
         ("Okoye Commons", "875 W Beaufort St")]

INTL = {
    "JP": (("3-14-2 Nishi-Shinjuku", "", "Shinjuku-ku, Tokyo", "", "160-0023"), "+81 90-5555-0134",
           lambda: "TK" + rd(7)),
    "NG": (("12 Admiralty Way", "Lekki Phase 1", "Lagos", "", "106104"), "+234 803 555 0192",
           lambda: "A" + rd(8)),
    "IN": (("Flat 402, Sai Residency, Baner Road", "", "Pune", "MH", "411045"), "+91 98450 55501",
           lambda: random.choice("JKLMNPRSTUVZ") + rd(7)),
    "IN2": (("17 Jayanagar 4th Block", "", "Bengaluru", "KA", "560011"), "+91 99016 55507",
            lambda: random.choice("JKLMNPRSTUVZ") + rd(7)),
    "GH": (("House 14, Ring Road Central", "Osu", "Accra", "", "GA-123-4567"), "+233 24 555 0176",
           lambda: "G" + rd(7)),
    "VN": (("45 Lê Lợi", "Phường Bến Nghé, Quận 1", "Thành phố Hồ Chí Minh", "", "700000"),
           "+84 90 555 0148", lambda: "C" + rd(7)),
    "KZ": (("Abay Ave 52, apt 17", "", "Almaty", "", "050000"), "+7 701 555 0163", lambda: "N" + rd(8)),
    "BR": (("Rua Harmonia 245", "Vila Madalena", "São Paulo", "SP", "05435-000"), "+55 11 95555-0127",
           lambda: "FZ" + rd(6)),
    "KR": (("382 Gangnam-daero", "Seocho-gu", "Seoul", "", "06621"), "+82 10-5555-0119",
           lambda: "M" + rd(8)),
    "MX": (("Av. Insurgentes Sur 1602", "Col. Crédito Constructor", "Ciudad de México", "CDMX", "03940"),
           "+52 55 5555 0182", lambda: "G" + rd(8)),
    "DE": (("Schillerstraße 17", "", "Berlin", "", "10625"), "+49 30 5555 0171",
           lambda: "C" + "".join(random.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))),
    "TR": (("Bağdat Cd. No:112 D:5", "Kadıköy", "İstanbul", "", "34728"), "+90 532 555 01 66",
           lambda: "U" + rd(8)),
    "CN": (("Room 1502, No. 88 Xianxia Road", "Changning District", "Shanghai", "", "200336"),
           "+86 138 5555 0104", lambda: "E" + rd(8)),
}
CTRY = {"JP": "JP", "NG": "NG", "IN": "IN", "IN2": "IN", "GH": "GH", "VN": "VN", "KZ": "KZ", "BR": "BR",
        "KR": "KR", "MX": "MX", "DE": "DE", "TR": "TR", "CN": "CN"}

STUDENT_DEF = [
    ("Hana", "Kobayashi", "F", "JP", ("Emiko", "Kobayashi", "Mother")),
    ("Oluwaseun", "Adeyemi", "M", "NG", ("Folake", "Adeyemi", "Mother")),
    ("Mateo", "Villanueva", "M", "US", ("Rosa", "Villanueva", "Mother")),
    ("Siobhán", "O'Sullivan", "F", "US", ("Declan", "O'Sullivan", "Father")),
    ("Priya", "Raghunathan", "F", "IN", ("Lakshmi", "Raghunathan", "Mother")),
    ("Zoë", "Brennan-Whitfield", "F", "US", ("Caroline", "Whitfield", "Mother")),
    ("Kwame", "Mensah", "M", "GH", ("Abena", "Mensah", "Sister")),
    ("Linh", "Nguyễn", "F", "VN", ("Thị Hoa", "Nguyễn", "Mother")),
    ("Dmitri", "Volkov", "M", "US", ("Irina", "Volkova", "Mother")),
    ("Fatima", "Al-Sayed", "F", "US", ("Khalid", "Al-Sayed", "Father")),
    ("Ingrid", "Halvorsen", "F", "US", ("Nils", "Halvorsen", "Father")),
    ("Tomás", "Quispe Mamani", "M", "US", ("Juana", "Mamani", "Mother")),
    ("Aigerim", "Zhakupova", "F", "KZ", ("Bolat", "Zhakupov", "Father")),
    ("Chidinma", "Okonkwo", "F", "US", ("Ifeoma", "Okonkwo", "Mother")),
    ("Rafael", "Carvalho", "M", "BR", ("Beatriz", "Carvalho", "Mother")),
    ("Yuki", "Tanaka", "M", "US", ("Grace", "Tanaka", "Mother")),
    ("Søren", "Jørgensen", "M", "US", ("Mette", "Jørgensen", "Mother")),
    ("Leilani", "Kahananui", "F", "US", ("Keoni", "Kahananui", "Brother")),
    ("Nikhil", "Deshpande", "M", "IN2", ("Anand", "Deshpande", "Father")),
    ("Valentina", "Moretti", "F", "US", ("Giulia", "Moretti", "Grandmother")),
    ("Jae-won", "Park", "M", "KR", ("Soo-jin", "Park", "Mother")),
    ("Émilie", "Lefèvre", "F", "US", ("Marc", "Lefèvre", "Father")),
    ("Tariq", "Haddad", "M", "US", ("Leila", "Haddad", "Spouse")),
    ("Ximena", "Gutiérrez", "F", "MX", ("Alejandro", "Gutiérrez", "Father")),
    ("Bao", "Tran", "M", "US", ("Mai", "Tran", "Mother")),
    ("Anneliese", "Schäfer", "F", "DE", ("Jürgen", "Schäfer", "Father")),
    ("Imani", "Washington", "F", "US", ("Denise", "Washington", "Mother")),
    ("Dariusz", "Wiśniewski", "M", "US", ("Halina", "Wiśniewska", "Mother")),
    ("Elif", "Yılmaz", "F", "TR", ("Mehmet", "Yılmaz", "Father")),
    ("Wei", "Chen", "M", "CN", ("Chen", "Xiulan", "Mother")),
    ("Thandiwe", "Dlamini", "F", "US", ("Sipho", "Dlamini", "Father")),
    ("Margaret", "Eisenhauer", "F", "US", ("Robert", "Eisenhauer", "Son")),
]

CARRIERS = [("Blue Cross Blue Shield of Illinois", "BCBSIL", lambda: random.choice(["XOF", "ZGP", "YRH"]) + rd(9), "621"),
            ("UnitedHealthcare", "UHC", lambda: rd(9), "87726"),
            ("Aetna", "AETNA", lambda: "W" + rd(9), "60054"),
            ("Cigna", "CIGNA", lambda: "U" + rd(8) + "01", "62308"),
            ("Kaiser Permanente", "KP", lambda: rd(8), "94134"),
            ("Humana", "HUMANA", lambda: "H" + rd(8), "61101")]

USED = set()


def uniq(fn):
    while True:
        x = fn()
        if x not in USED:
            USED.add(x)
            return x


class Person:
    pass


def us_addr():
    city, st, z = random.choice(US_CITIES)
    street = "%d %s%s %s" % (random.randint(100, 9899), random.choice(["", "N ", "S ", "E ", "W "]),
                             random.choice(STREETS), random.choice(SUFF))
    unit = random.choice(["", "", "", "Apt %d%s" % (random.randint(1, 4), random.choice("ABCDR")),
                          "Unit %d" % random.randint(101, 420)])
    return dict(street=street, unit=unit, city=city, state=st, zip=z, ctry="US")


def us_phone(state):
    return dict(a=random.choice(AREA.get(state, ["309"])), b="555", c="01%02d" % random.randint(0, 99))


def mk_students():
    out = []
    for i, (first, last, sex, origin, ec) in enumerate(STUDENT_DEF):
        p = Person()
        p.first, p.last, p.sex, p.origin = first, last, sex, origin
        p.mi = random.choice("ABCDEJKLMRST") if random.random() < 0.5 else ""
        p.elder = last == "Eisenhauer"
        if p.elder:
            p.dob = dt.date(1933, 2, 14)
            p.level = "NC"
        elif random.random() < 0.25:
            p.dob = dt.date(random.randint(1988, 1999), random.randint(1, 12), random.randint(1, 28))
            p.level = "GR"
        else:
            p.dob = dt.date(random.randint(2001, 2006), random.randint(1, 12), random.randint(1, 28))
            p.level = "UG"
        p.sid = uniq(lambda: "900" + rd(6))
        p.netid = uniq(lambda: (asc(first)[0] + asc(last)[0]).lower() + rd(4))
        p.mrn = uniq(lambda: "0" + random.choice("12") + rd(5))
        p.uemail = p.netid + "@ngsu.edu"
        dom = random.choice(["gmail.com", "gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me"])
        if origin == "KR":
            dom = "naver.com"
        if origin == "CN":
            dom = "qq.com"
        pe = random.choice(["%s.%s%s" % (asc(first).lower(), asc(last).lower(), rd(2)),
                            "%s%s%s" % (asc(first).lower()[0], asc(last).lower(), p.dob.strftime("%y")),
                            "%s_%s" % (asc(first).lower(), asc(last).lower()[:4])])
        p.pemail = (pe if origin != "CN" else rd(9)) + "@" + dom
        p.intl = origin not in ("US",)
        # local address
        if p.level == "UG" and random.random() < 0.6:
            dorm, st = random.choice(DORMS)
            p.local = dict(street=st, unit="%s Rm %d" % (dorm, random.randint(101, 1220)), city="Harlow",
                           state="IL", zip="61790", ctry="US")
        else:
            p.local = dict(street="%d %s" % (random.randint(100, 1899), random.choice(LOCAL_STREETS)),
                           unit=random.choice(["", "Apt %d" % random.randint(1, 24), "Unit %dB" % random.randint(1, 9)]),
                           city="Harlow", state="IL", zip=random.choice(["61790", "61761", "61761"]), ctry="US")
        if p.intl:
            a, ecphone, ppfn = INTL[origin]
            p.perm = dict(street=a[0], unit=a[1], city=a[2], state=a[3], zip=a[4], ctry=CTRY[origin])
            p.ec_phone = dict(intl=ecphone)
            p.passport = uniq(ppfn)
            p.sevis = uniq(lambda: "N00" + rd(8))
            p.ssn = None
            p.phone = dict(a="309", b="555", c="01%02d" % random.randint(30, 99))
        else:
            p.perm = us_addr()
            p.ec_phone = us_phone(p.perm["state"])
            p.passport = None
            p.sevis = None
            p.ssn = uniq(ssn)
            p.phone = us_phone(p.perm["state"]) if random.random() < 0.8 else dict(a="309", b="555", c="01%02d" % random.randint(30, 99))
        p.ctry = CTRY.get(origin, "US")
        p.fax = us_phone(p.perm["state"] if not p.intl else "IL")
        p.gp_age = random.randint(90, 96)
        p.ec = dict(first=ec[0], last=ec[1], rel=ec[2])
        p.ship = uniq(lambda: "W" + rd(9)) if (p.intl or random.random() < 0.3) else None
        car = random.choice(CARRIERS)
        p.carrier = car
        p.member = uniq(car[2])
        p.group = random.choice(["174952-010-00001", "0718223", "GRP 00482291", "3340071", "W22611"])
        p.ip = pub_ip()
        p.acct = uniq(lambda: "G" + rd(7))
        p.cls = {"UG": random.choice(["FR", "SO", "JR", "SR"]), "GR": random.choice(["MA", "PH", "DR"]),
                 "NC": "NC"}[p.level]
        out.append(p)
    return out


STUDENTS = mk_students()
ELDER = [s for s in STUDENTS if s.elder][0]
ELDER.mbi = uniq(mbi)
REGULAR = [s for s in STUDENTS if not s.elder]
RECENT = []


def stu():
    if RECENT and random.random() < 0.4:
        s = random.choice(RECENT[-5:])
    else:
        s = random.choice(REGULAR)
    RECENT.append(s)
    return s


def ph(p, style="dash"):
    if "intl" in p:
        return p["intl"]
    a, b, c = p["a"], p["b"], p["c"]
    return {"paren": "(%s) %s-%s", "dash": "%s-%s-%s", "dot": "%s.%s.%s", "e164": "+1%s%s%s",
            "plain": "%s%s%s", "hl7": "(%s)%s-%s", "intl": "+1 %s %s %s"}[style] % (a, b, c)


STAFF = [
    dict(first="Marguerite", last="Osei", cred="MD", netid="mosei", eid="800114270"),
    dict(first="Alan", last="Reyes-Burke", cred="MD", netid="areyesb", eid="800209815"),
    dict(first="Kirsten", last="Valdés", cred="FNP-C", netid="kvaldes", eid="800331642"),
    dict(first="Tobias", last="Wren", cred="PA-C", netid="twren1", eid="800447120"),
    dict(first="Janelle", last="Hutchins", cred="RN", netid="jhutch", eid="800158803"),
    dict(first="Luz", last="Ortega", cred="CMA", netid="lortega", eid="800562217"),
]
COUNSELORS = [
    dict(first="Farida", last="Qureshi", cred="LPC", netid="fqureshi", eid="800671194"),
    dict(first="Samuel", last="Ikeda", cred="PsyD", netid="sikeda", eid="800390027"),
    dict(first="Deborah", last="Nakamura-Price", cred="LCSW", netid="dnakamur", eid="800712460"),
    dict(first="Marcus", last="Bellweather", cred="PhD", netid="mbellwe", eid="800244518"),
]
PHARM = dict(first="Renée", last="Fortier", cred="PharmD", netid="rfortier", eid="800498871")
ADMIN = [dict(first="Cody", last="Marsh", netid="cmarsh2", eid="800800312"),
         dict(first="Priyanka", last="Dev", netid="pdev", eid="800093356"),
         dict(first="Gavin", last="Holt", netid="gholt", eid="800305549"),
         dict(first="Yolanda", last="Fairbanks", netid="yfairba", eid="800621177")]
for _s in STAFF + COUNSELORS + [PHARM]:
    _s["npi"] = npi()
CLIN = STAFF[:4]
ALLSTAFF = STAFF + COUNSELORS + [PHARM] + ADMIN

CLINIC_PHONE = "(309) 555-0100"
CLINIC_FAX = "(309) 555-0109"
COUNSEL_PHONE = "309-555-0123"
HOSTS = ["medicat-app01.shc.ngsu.edu", "medicat-app02.shc.ngsu.edu", "shc-batch01", "idp1.ngsu.edu",
         "idp2.ngsu.edu", "portal-web01", "portal-web02", "mirth-prd01.shc.ngsu.edu", "rx-ws02"]
COURSES = ["CHEM 2310", "BIOL 1110", "MATH 1520", "PSYC 2200", "ECON 2010", "NURS 3340", "CS 1410",
           "HIST 1050", "KNR 2450", "PHYS 2210", "ENGL 1010", "MUS 1300"]
ROOMS = ["Wellness Ctr Rm 112", "Wellness Ctr Exam 3", "Wellness Ctr Exam 7", "SSB 214", "SSB 118",
         "SCI 1204", "Hargrove Hall lobby", "Lab Draw 2", "Immz Rm 104"]
TERM = "202410"

# ================================================================= generators
# each returns a list of Line objects; PHI generators must yield >=1 span in
# the first line; NON generators must yield no span at all.


def medicat_prefix(L, level, logger):
    th = random.choice(["http-nio-8443-exec-%d" % random.randint(1, 40),
                        "ajp-nio-8009-exec-%d" % random.randint(1, 24),
                        "QuartzScheduler_Worker-%d" % random.randint(1, 10),
                        "pool-3-thread-%d" % random.randint(1, 8)])
    L.t(f_log4j(tick()), " ", "%-5s" % level, " [", th, "] ", logger, " - ")


def g_med_appt():
    s = stu()
    L = Line("medicat-app")
    medicat_prefix(L, "INFO", "c.m.sched.AppointmentService")
    c = random.choice(CLIN)
    d = future_day(1, 14)
    L.t("Appointment booked apptId=A-", rd(7), " patientId=").p(s.mrn, "mrn")
    L.t(' patientName="').p(s.last, "name").t(", ").p(s.first, "name").t('" type=')
    L.t(random.choice(["ACUTE", "FOLLOWUP", "IMMZ_CLINIC", "TRAVEL_MED", "ALLERGY_INJ", "PHYSICAL"] + (["WOMENS_HEALTH"] * 2 if s.sex == "F" else [])))
    L.t(" start=").p(d_iso(d), "date").t("T", slot_time(), ":00-05:00 dur=", random.choice([15, 20, 30, 40]), "m")
    L.t(" provider=", c["netid"], ' location="', random.choice(ROOMS[:3]), '" source=',
        random.choice(["PORTAL", "PHONE", "WALKIN"]))
    return [L]


def g_med_checkin():
    s = stu()
    L = Line("medicat-app")
    medicat_prefix(L, "INFO", "c.m.checkin.KioskCheckinController")
    L.t("Kiosk SHC-KIOSK-0", random.randint(1, 4), " check-in ok patientId=").p(s.mrn, "mrn")
    L.t(" apptId=A-", rd(7))
    if random.random() < 0.6:
        L.t(" dobEntered=").p(d_us(s.dob), "date").t(" dobMatch=true")
    else:
        L.t(" cardSwipe=ISO ", "idMatch=true")
    L.t(" arrived=", T.strftime("%H:%M"), " waitQueue=", random.randint(0, 9))
    return [L]


def g_med_demo():
    s = stu()
    L = Line("medicat-app")
    medicat_prefix(L, "INFO", "c.m.pt.DemographicsService")
    L.t("Demographics updated patientId=").p(s.mrn, "mrn").t(" by=", random.choice(["PORTAL", "lortega", "cmarsh2"]))
    r = random.random()
    if r < 0.4:
        L.t(" fields=[cellPhone,personalEmail] cellPhone=").p(ph(s.phone, "paren"), "phone")
        L.t(" personalEmail=").p(s.pemail, "email")
    elif r < 0.7:
        a = s.local
        L.t(" fields=[localAddress] localAddress={line1='").p(a["street"], "address").t("', line2='")
        if a["unit"]:
            L.p(a["unit"], "address")
        L.t("', city='").p(a["city"], "address").t("', state='IL', zip='").p(a["zip"], "zip").t("'}")
    else:
        L.t(" fields=[emergencyContact] ecName=").p(s.ec["first"] + " " + s.ec["last"], "name")
        L.t(" ecRelation=", s.ec["rel"].upper(), " ecPhone=").p(ph(s.ec_phone, "dash"), "phone")
    return [L]


def g_med_search():
    s = stu()
    L = Line("medicat-app")
    medicat_prefix(L, "DEBUG", "c.m.search.PatientSearchDao")
    u = random.choice(STAFF + ADMIN[:1])
    L.t("PatientSearch user=", u["netid"], " criteria={lastName=").p(s.last.upper(), "name")
    L.t(", dob=").p(d_iso(s.dob), "date").t("} hits=1 elapsed=", random.randint(8, 140), "ms")
    return [L]


def g_med_device():
    s = stu()
    L = Line("medicat-app")
    medicat_prefix(L, "INFO", "c.m.clinical.DeviceRegistry")
    kind = random.choice([("CGM", "Dexcom G7", lambda: rd(12)), ("INSULIN_PUMP", "Tandem t:slim X2", lambda: rd(8)),
                          ("CGM", "FreeStyle Libre 3", lambda: "MH" + rhex(8, True)),
                          ("INSULIN_PUMP", "Omnipod 5 PDM", lambda: "PDM-" + rd(9))])
    L.t("Device linked patientId=").p(s.mrn, "mrn").t(" type=", kind[0], ' model="', kind[1], '" serial=')
    L.p(uniq(kind[2]), "device").t(" linkedBy=", random.choice(["jhutch", "kvaldes"]), " fw=", random.randint(1, 9), ".", random.randint(0, 40))
    return [L]


def g_med_cob():
    s = stu()
    L = Line("medicat-app")
    medicat_prefix(L, "INFO", "c.m.billing.CobService")
    L.t("Accident COB recorded patientId=").p(s.mrn, "mrn").t(" guarantorAcct=").p(s.acct, "account")
    L.t(" accidentDate=").p(d_iso(past_day(1, 20)), "date").t(' type=AUTO autoCarrier="')
    L.t(random.choice(["State Farm", "Progressive", "GEICO", "Allstate"]), '" claimNo=').p(uniq(lambda: rd(2) + "-" + rhex(4, True) + "-" + rd(5)), "other_id")
    if random.random() < 0.5:
        L.t(" vin=").p(uniq(lambda: vin(random.choice(["1HG", "2T1", "1FA", "5YJ", "3VW", "JTD"]))), "vehicle")
    else:
        L.t(" plate=IL ").p(uniq(lambda: random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + " " + rd(5)), "vehicle")
    return [L]


def g_med_face():
    s = stu()
    L = Line("medicat-app")
    medicat_prefix(L, "DEBUG", "c.m.kiosk.FaceMatchService")
    L.t("Template enrolled patientId=").p(s.mrn, "mrn").t(" algo=arcface-r100 dim=512 q=0.", rd(2), ' tmpl="')
    L.p(base64.b64encode(b64bytes(random.choice([384, 480, 512]))).decode(), "biometric").t('"')
    return [L]


def g_med_photo():
    s = stu()
    L = Line("medicat-app")
    medicat_prefix(L, "INFO", "c.m.integration.IdCardPhotoImporter")
    L.t("Imported ID card photo sid=").p(s.sid, "other_id").t(" patientId=").p(s.mrn, "mrn")
    b = jpeg_b64(random.randint(700, 1300))
    L.t(" bytes=", random.randint(18000, 42000), " src=idcard-svc preview=").p("data:image/jpeg;base64," + b, "photo")
    return [L]


def g_med_excuse():
    s = stu()
    L = Line("medicat-app")
    medicat_prefix(L, "INFO", "c.m.docs.VisitVerificationLetter")
    cs = random.sample(COURSES, random.randint(1, 3))
    L.t("Visit verification letter generated patientId=").p(s.mrn, "mrn").t(" courses=[", ", ".join(cs), "]")
    L.t(" visitDate=").p(d_iso(past_day(0, 5)), "date").t(" deliveredTo=").p(s.uemail, "email").t(" printedBy=", random.choice(["lortega", "cmarsh2"]))
    return [L]


def g_med_noshow():
    s = stu()
    L = Line("medicat-app")
    medicat_prefix(L, "WARN", "c.m.sched.NoShowProcessor")
    L.t("NO_SHOW apptId=A-", rd(7), " patientId=").p(s.mrn, "mrn").t(" slot=").p(d_iso(past_day(0, 2)), "date")
    L.t(" ", slot_time(), " fee=25.00 guarantorAcct=").p(s.acct, "account").t(" postedToBursar=", random.choice(["true", "false"]), " term=", TERM)
    return [L]


def g_med_roi():
    s = random.choice([x for x in REGULAR if not x.intl])
    RECENT.append(s)
    L = Line("medicat-app")
    medicat_prefix(L, "INFO", "c.m.roi.ReleaseOfInformationService")
    L.t("ROI request ROI-", rd(6), " patientId=").p(s.mrn, "mrn").t(" recipient=SELF delivery=FAX faxTo=")
    L.p(ph(s.fax, random.choice(["paren", "dash"])), "fax")
    L.t(" pages=", random.randint(2, 40), " auth=ROI-2 signed=Y coverFrom=", CLINIC_FAX, " processedBy=", random.choice(["lortega", "cmarsh2"]))
    return [L]


def g_med_invite():
    s = stu()
    L = Line("medicat-app")
    medicat_prefix(L, "DEBUG", "c.m.portal.InviteLinkBuilder")
    fn = urllib.parse.quote(s.first, safe="")
    ln = urllib.parse.quote(s.last, safe="")
    url = "https://portal.shc.ngsu.edu/register?fn=%s&ln=%s&dob=%s&src=medicat" % (fn, ln, d_iso(s.dob))
    L.t("Invite link built for patientId=").p(s.mrn, "mrn").t(" url=").p(url, "url").t(" ttl=72h")
    return [L]


def g_immz_clinical():
    s = random.choice([x for x in REGULAR if x.level == "GR"] or REGULAR)
    RECENT.append(s)
    L = Line("immz-batch")
    immz_prefix(L, "INFO")
    L.t("clinical_clearance sid=").p(s.sid, "other_id").t(" program=", random.choice(["MSN-FNP", "DNP", "RN-BSN"]),
        " site=", random.choice(["OSF St. Joseph", "Carle BroMenn", "Harlow Community Clinic"]), " rn_license=IL ")
    L.p("041." + rd(6), "license").t(" verified_via=IDFPR bls=Y flu=PENDING course=NURS ", random.choice(["5510", "5620", "6340"]))
    return [L]


def n_med():
    L = Line("medicat-app")
    r = random.randint(0, 9)
    if r == 0:
        medicat_prefix(L, "INFO", "com.zaxxer.hikari.pool.HikariPool")
        a = random.randint(1, 12)
        L.t("HikariPool-1 - Pool stats (total=20, active=%d, idle=%d, waiting=0)" % (a, 20 - a))
    elif r == 1:
        medicat_prefix(L, "INFO", "c.m.sched.SlotGenerator")
        c = random.choice(CLIN)
        L.t("Generated ", random.randint(40, 120), " slots for provider=", c["netid"], " week=", d_iso(future_day(7, 14)),
            " template=", random.choice(["PA_ACUTE_v3", "MD_MIXED_v2", "NP_WOMENS_v1", "RN_IMMZ_v4"]))
    elif r == 2:
        medicat_prefix(L, "INFO", "c.m.notify.ReminderBatch")
        L.t("Reminder batch complete: queued=", random.randint(90, 400), " channel=SMS from=+13095550100 failed=",
            random.randint(0, 5), " elapsed=", "%.2fs" % random.uniform(1, 9))
    elif r == 3:
        medicat_prefix(L, "INFO", "c.m.lic.LicenseMonitor")
        L.t("License check ok: product=Medicat EHR version=2023.2.1 build=4471 seats=", random.randint(40, 110),
            "/120 host=", random.choice(HOSTS[:2]))
    elif r == 4:
        medicat_prefix(L, "INFO", "c.m.rooms.RoomStatusService")
        L.t("Room status: ", random.choice(ROOMS[:3] + ROOMS[7:]), " -> ", random.choice(["CLEANING", "READY", "OCCUPIED"]),
            " by ", random.choice(["lortega", "jhutch", "cmarsh2"]))
    elif r == 5:
        medicat_prefix(L, "INFO", "org.quartz.core.JobRunShell")
        L.t("Job DEFAULT.ImmunizationImportJob fired (next fire ", d_iso(T.date() + dt.timedelta(days=1)), " 02:00:00 CDT)")
    elif r == 6:
        medicat_prefix(L, "WARN", "c.m.dao.SlowQueryInterceptor")
        L.t("Slow query ", random.randint(1200, 5000), "ms: SELECT a.appt_id, a.slot_start, a.status FROM appt a WHERE a.location_id = ? AND a.slot_start BETWEEN ? AND ?")
    elif r == 7:
        medicat_prefix(L, "INFO", "c.m.sched.ProviderBlockService")
        c = random.choice(CLIN)
        L.t("Provider schedule blocked: provider=", c["netid"], " (", c["first"], " ", c["last"], ", ", c["cred"], ") reason=",
            random.choice(["CME", "PTO", "ADMIN", "FLU_CLINIC"]), " date=", d_iso(future_day(3, 20)), " approvedBy=yfairba")
    elif r == 8:
        medicat_prefix(L, "ERROR", "c.m.integration.FaxGateway")
        L.t("Outbound fax job FX-", rd(6), " to ", random.choice(["Carle Ortho Clinic", "OSF Imaging", "Harlow Physical Therapy"]),
            " (", "(309) 555-01%02d" % random.randint(10, 29), ") failed: NO_CARRIER attempt=", random.randint(1, 3), "/3")
    else:
        medicat_prefix(L, "INFO", "c.m.web.SessionAudit")
        u = random.choice(ALLSTAFF)
        L.t("Session opened user=", u["netid"], " empId=", u["eid"], " ws=SHC-WS-", random.randint(10, 48), " ip=", priv_ip())
    return [L]


# ------------------------------------------------------------ immunizations
def immz_prefix(L, level):
    L.t(f_isooff(tick()), " shc-batch01 immz-compliance[", random.randint(2000, 2400), "]: ", level, " ")


def g_immz():
    s = stu()
    L = Line("immz-batch")
    immz_prefix(L, random.choice(["WARN", "INFO"]))
    L.t("sid=").p(s.sid, "other_id").t(' name="').p(s.last.upper(), "name").t(", ").p(s.first.upper(), "name").t('"')
    r = random.random()
    m1 = s.dob + dt.timedelta(days=random.randint(370, 420))
    if r < 0.45:
        L.t(" status=NONCOMPLIANT missing=MMR#2 mmr1=").p(d_iso(m1), "date")
        L.t(" menacwy=").p(d_iso(s.dob + dt.timedelta(days=365 * 16 + random.randint(10, 300))), "date")
        L.t(" hold=RH term=", TERM)
    elif r < 0.75:
        L.t(" status=COMPLIANT mmr=[").p(d_iso(m1), "date").t(",").p(d_iso(s.dob + dt.timedelta(days=365 * 4 + random.randint(30, 300))), "date")
        L.t("] tdap=").p(d_iso(dt.date(2019 + random.randint(0, 4), random.randint(1, 12), random.randint(1, 28))), "date")
        L.t(" hold_released=RH by=jhutch")
    else:
        L.t(" status=PENDING tb_screen=REQUIRED(", s.ctry if s.intl else "risk-questionnaire", ") igra_collected=")
        L.p(d_iso(past_day(0, 10)), "date").t(" result=PENDING lab=Quest")
    return [L]


def n_immz():
    L = Line("immz-batch")
    r = random.randint(0, 3)
    immz_prefix(L, "INFO")
    if r == 0:
        ev = random.randint(17000, 19000)
        c = ev - random.randint(1500, 2600)
        L.t("run=IMMZ-", T.strftime("%Y%m%d"), "-0200 term=", TERM, " evaluated=", ev, " compliant=", c,
            " pending=", random.randint(300, 900), " noncompliant=", random.randint(600, 1400), " rules=ngsu-immz-2024.2")
    elif r == 1:
        L.t("HL7 VXU import from I-CARE: received=", random.randint(100, 500), " matched=", random.randint(90, 400),
            " unmatched=", random.randint(0, 20), " (see /var/shc/immz/unmatched_", T.strftime("%Y%m%d"), ".csv)")
    elif r == 2:
        L.t("Registration holds pushed to Banner SPRHOLD: placed=", random.randint(10, 80), " released=", random.randint(10, 120),
            " hold_code=RH term=", TERM, " deadline=2024-09-20")
    else:
        L.t("Flu pop-up clinic roster exported: site=\"Hargrove Hall lobby\" date=2024-10-02 11:00-14:00 slots=180 staff=[jhutch, lortega]")
    return [L]


# ------------------------------------------------------------ SIS feeds
def pad(L, val, width, cat=None, right=False):
    val = str(val)[:width]
    if right:
        L.t(" " * (width - len(val)))
    if val.strip() and cat:
        L.p(val, cat)
    else:
        L.t(val)
    if not right:
        L.t(" " * (width - len(val)))


def g_sis_fixed():
    s = stu()
    L = Line("sis-fixedwidth")
    L.t("01")
    pad(L, s.sid, 9, "other_id")
    pad(L, s.last.upper(), 25, "name")
    pad(L, s.first.upper(), 15, "name")
    pad(L, s.mi, 1, "name" if s.mi else None)
    pad(L, d_hl7(s.dob), 8, "date")
    L.t(s.sex)
    pad(L, s.ssn.replace("-", "") if s.ssn else "", 9, "ssn")
    a = s.local
    pad(L, a["street"], 30, "address")
    pad(L, a["unit"], 30, "address")
    pad(L, a["city"], 20, "address")
    pad(L, a["state"], 2)
    pad(L, a["zip"], 10, "zip")
    b = s.perm
    pad(L, b["street"], 35, "address")
    pad(L, b["city"], 22, "address")
    pad(L, b["state"], 3)
    pad(L, b["zip"], 10, "zip")
    pad(L, b["ctry"], 2)
    pad(L, ph(s.phone, "plain"), 10, "phone")
    pad(L, s.uemail, 40, "email")
    L.t(TERM, s.level, s.cls)
    pad(L, "%05.1f" % random.choice([12.0, 15.0, 9.0, 6.0, 16.0, 3.0]), 5)
    L.t("F1" if s.intl else "  ")
    return [L]


def n_sis_fixed():
    L = Line("sis-fixedwidth")
    tick()
    if random.random() < 0.5:
        L.t("HDRSHC_STUDENT_FEED       ", TERM, " ", T.strftime("%Y%m%d%H%M%S"), " NGSU-BANNER-PROD  v3.2   ENC=UTF-8")
    else:
        L.t("TRL", "%09d" % random.randint(17000, 19500), " ", "%013d" % 0, " SHA1=", rhex(40))
    return [L]


def g_sis_csv():
    s = stu()
    L = Line("sis-csv")
    L.p("%07d" % int(s.sid[3:]), "other_id").t(",")
    L.t('"').p(s.last, "name").t(",").p(s.first, "name").t('",')
    L.p(d_us(s.dob), "date").t(",", s.sex, ",")
    at = random.choice(["HOME", "LOCL", "PERM"])
    L.t(at, ",")
    a = s.local if at == "LOCL" else s.perm
    street = a["street"]
    if "," in street:
        L.t('"').p(street, "address").t('",')
    else:
        L.p(street, "address").t(",")
    if a["unit"]:
        u = a["unit"]
        if "," in u:
            L.t('"').p(u, "address").t('",')
        else:
            L.p(u, "address").t(",")
    else:
        L.t(",")
    c = a["city"]
    if "," in c:
        L.t('"').p(c, "address").t('",')
    else:
        L.p(c, "address").t(",")
    L.t(a["state"], ",").p(a["zip"], "zip").t(",", {"US": "USA"}.get(a["ctry"], a["ctry"]), ",")
    L.p(ph(s.phone, "dash") if not random.random() < 0.2 else ph(s.ec_phone, "dash"), "phone").t(",")
    L.p(s.pemail, "email").t(",", {"UG": "UGRD", "GR": "GRAD", "NC": "NDGR"}[s.level], ",", "2248", ",")
    L.t("F1" if s.intl else "")
    return [L]


def n_sis_csv():
    L = Line("sis-csv")
    tick()
    L.t("EMPLID,NAME,BIRTHDATE,SEX,ADDR_TYPE,ADDRESS1,ADDRESS2,CITY,STATE,POSTAL,COUNTRY,PHONE,EMAIL_ADDR,ACAD_CAREER,STRM,VISA_PERMIT_TYPE")
    return [L]


def sis_loader_prefix(L, level):
    L.t(f_log4j(tick()).replace(",", "."), " [sis_feed_import] ", "%-5s" % level, " ")


def g_sis_loader():
    s = stu()
    L = Line("sis-loader")
    sis_loader_prefix(L, "WARN")
    r = random.random()
    if r < 0.4:
        L.t("line ", random.randint(100, 18000), ": BIRTHDATE mismatch for ").p(s.sid, "other_id").t(" (").p(s.last.upper(), "name")
        L.t(", ").p(s.first.upper(), "name").t("): feed=").p(d_banner(s.dob), "date").t(" ehr=")
        wrong = s.dob + dt.timedelta(days=random.choice([1, -1, 31, 365]))
        L.p(d_banner(wrong), "date").t(" -> queued for registrar review (ticket RITM", rd(7), ")")
    elif r < 0.7:
        if s.intl:
            L.t("line ", random.randint(100, 18000), ": SSN present for F-1 record ").p(s.sid, "other_id")
            L.t(" value=").p(uniq(ssn), "ssn").t(" ignored (policy SHC-DP-07)")
        else:
            L.t("line ", random.randint(100, 18000), ": SSN differs from EHR for ").p(s.sid, "other_id")
            L.t(" feed=").p(s.ssn, "ssn").t(" ehr=***-**-", rd(4), " -> feed wins")
    else:
        L.t("address normalization changed PERM for ").p(s.sid, "other_id").t(": '").p(s.perm["street"], "address")
        L.t("' -> USPS '").p(s.perm["street"].upper().replace(".", ""), "address").t("' zip ").p(s.perm["zip"], "zip")
    return [L]


def n_sis_loader():
    L = Line("sis-loader")
    r = random.randint(0, 4)
    sis_loader_prefix(L, "INFO")
    if r == 0:
        L.t("file=SHC_STU_", T.strftime("%Y%m%d"), ".dat records=", random.randint(17000, 19500), " term=", TERM,
            " inserted=", random.randint(0, 400), " updated=", random.randint(200, 2000), " rejected=", random.randint(0, 12), " elapsed=", random.randint(40, 300), "s")
    elif r == 1:
        L.t("SFTP get sftp://banner-xfer.ngsu.edu:22/outbound/shc/SHC_STU_", T.strftime("%Y%m%d"), ".dat ok size=", random.randint(4000000, 6000000))
    elif r == 2:
        L.t("Term calendar loaded: ", TERM, " classes_begin=2024-08-26 census=2024-09-06 last_day_drop=2024-10-25 finals=2024-12-09..2024-12-13")
    elif r == 3:
        L.t("course enrollment snapshot: ", random.choice(COURSES), " sect 00", random.randint(1, 4), " cap=", random.randint(24, 240),
            " enrolled=", random.randint(20, 240), " room=", random.choice(["SCI 1204", "SSB 118", "Fell Hall 301", "Stevenson 110"]))
    else:
        L.t("PS CSV extract ps_shc_demo_", T.strftime("%Y%m%d"), ".csv rows=", random.randint(3000, 9000), " delim=',' quote='\"' owner=pdev")
    return [L]


# ------------------------------------------------------------ Shibboleth IdP
SPS_HEALTH = ["https://portal.shc.ngsu.edu/shibboleth", "https://ngsu.medicatconnect.com/sp",
              "https://ngsu.titaniumschedule.com/shibboleth", "https://waiver.shc.ngsu.edu/saml/metadata"]
SPS_OTHER = ["https://ngsu.instructure.com/saml2", "https://login.microsoftonline.com/ngsu",
             "https://banner-ssb.ngsu.edu/ssomanager/saml/SP"]


def g_shib_audit():
    s = stu()
    L = Line("shib-audit")
    tick()
    L.t(f_shib(T), "|urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect|_", rhex(32), "|",
        random.choice(SPS_HEALTH + SPS_HEALTH + SPS_OTHER[:1]),
        "|http://shibboleth.net/ns/profiles/saml2/sso/browser|https://idp.ngsu.edu/idp/shibboleth|urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST|_",
        rhex(32), "|")
    L.p(s.netid, "other_id")
    L.t("|urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport|uid,eduPersonPrincipalName,eduPersonScopedAffiliation,mail|AAdzZWNyZXQx",
        base64.b64encode(b64bytes(48)).decode(), "|_", rhex(32), "|")
    return [L]


def n_shib_audit():
    u = random.choice(ALLSTAFF)
    L = Line("shib-audit")
    tick()
    L.t(f_shib(T), "|urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect|_", rhex(32), "|",
        random.choice(["https://ngsu.medicatconnect.com/sp", "https://ngsu.service-now.com", "https://ngsu.titaniumschedule.com/shibboleth", "https://hr.ngsu.edu/psp/HRPRD"]),
        "|http://shibboleth.net/ns/profiles/saml2/sso/browser|https://idp.ngsu.edu/idp/shibboleth|urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST|_",
        rhex(32), "|", u["netid"],
        "|https://refeds.org/profile/mfa|uid,eduPersonPrincipalName,eduPersonScopedAffiliation,employeeNumber|AAdzZWNyZXQx",
        base64.b64encode(b64bytes(48)).decode(), "|_", rhex(32), "|")
    return [L]


def shib_prefix(L, ip, level, logger, line):
    L.t(f_log4j(tick()), " - ")
    L.v(ip[0], ip[1])
    L.t(" - ", level, " [", logger, ":", line, "] - ")


def g_shib_proc():
    s = stu()
    L = Line("shib-process")
    r = random.random()
    if r < 0.45:
        shib_prefix(L, (s.ip, "ip"), "INFO", "net.shibboleth.idp.authn.impl.ValidateUsernamePasswordAgainstLDAP", 152)
        ok = random.random() < 0.8
        L.t("Profile Action ValidateUsernamePasswordAgainstLDAP: Login by '").p(s.netid, "other_id")
        L.t("' succeeded" if ok else "' failed")
    elif r < 0.75:
        shib_prefix(L, (s.ip, "ip"), "DEBUG", "net.shibboleth.idp.attribute.resolver.impl.AttributeResolverImpl", 345)
        which = random.choice(["eduPersonPrincipalName", "mail", "displayName"])
        L.t("Attribute Resolver 'ShibbolethAttributeResolver': Resolved attribute '", which, "' with values [")
        if which == "displayName":
            L.p(s.first + " " + s.last, "name")
        else:
            L.p(s.uemail, "email")
        L.t("]")
    else:
        shib_prefix(L, (s.ip, "ip"), "INFO", "net.shibboleth.idp.plugin.authn.duo.impl.ValidateDuoAuthAPI", 210)
        L.t("Duo AuthAPI: authentication succeeded for '").p(s.netid, "other_id").t("' factor=push device=",
                                                                                  random.choice(["iOS", "Android"]))
    return [L]


def n_shib_proc():
    L = Line("shib-process")
    r = random.randint(0, 4)
    if r == 0:
        shib_prefix(L, ("", None), "INFO", "org.opensaml.saml.metadata.resolver.impl.AbstractReloadingMetadataResolver", 357)
        nxt = T + dt.timedelta(hours=6)
        L.t("Metadata Resolver FunctionDrivenDynamicHTTPMetadataResolver InCommonMDQ: Next refresh cycle for metadata provider 'https://mdq.incommon.org/entities' will occur on '",
            (nxt + UTC_OFF).strftime("%Y-%m-%dT%H:%M:%S.") + ms(nxt) + "Z", "' ('", nxt.strftime("%Y-%m-%dT%H:%M:%S.") + ms(nxt) + "-05:00", "' local time)")
    elif r == 1:
        u = random.choice(ALLSTAFF)
        shib_prefix(L, (priv_ip(), None), "INFO", "net.shibboleth.idp.authn.impl.ValidateUsernamePasswordAgainstLDAP", 152)
        L.t("Profile Action ValidateUsernamePasswordAgainstLDAP: Login by '", u["netid"], "' succeeded")
    elif r == 2:
        shib_prefix(L, (priv_ip(), None), "INFO", "Shibboleth-Audit.SSO", 283)
        L.t("Reloaded service 'shibboleth.AttributeFilterService' (version ", random.randint(40, 90), ") from /opt/shibboleth-idp/conf/attribute-filter.xml")
    elif r == 3:
        shib_prefix(L, (priv_ip(), None), "WARN", "org.ldaptive.pool.BlockingConnectionPool", 232)
        L.t("block timeout exceeded for ldaps://ldap-", random.randint(1, 3), ".ngsu.edu:636, pool size=", random.randint(8, 20))
    else:
        u = random.choice(STAFF + COUNSELORS)
        shib_prefix(L, (priv_ip(), None), "INFO", "net.shibboleth.idp.attribute.resolver.impl.AttributeResolverImpl", 345)
        L.t("Attribute Resolver 'ShibbolethAttributeResolver': Resolved attribute 'eduPersonPrincipalName' with values [", u["netid"], "@ngsu.edu]")
    return [L]


# ------------------------------------------------------------ counseling (Titanium-like)
def ts_prefix(L, level, comp):
    L.t(f_win(tick()), " TSWeb[w3wp:", random.randint(3000, 9000), "] ", "%-5s" % level, " ", comp, ": ")


def cname(c):
    return "%s, %s (%s)" % (c["last"], c["first"], c["cred"])


def g_ts_appt():
    s = stu()
    L = Line("titanium-sched")
    c = random.choice(COUNSELORS)
    ts_prefix(L, "INFO", "ApptEngine")
    act = random.choice(["Created", "Rescheduled", "Cancelled", "NoShow"])
    L.t(act, " appt #T-", rd(6), ' client="').p(s.last, "name").t(", ").p(s.first, "name").t('" sid=').p(s.sid, "other_id")
    L.t(' counselor="', cname(c), '" type=', random.choice(["INTAKE", "BRIEF_IND", "GROUP", "PSYCHIATRY", "TRIAGE_CALL"]))
    d = future_day(0, 10) if act != "NoShow" else past_day(0, 1)
    L.t(" when=").p(d_us(d), "date").t(" ", slot_time(), ' loc="', random.choice(["SSB 214", "SSB 118", "SSB 220", "Telehealth"]), '"')
    return [L]


def g_ts_intake():
    s = stu()
    L = Line("titanium-sched")
    ts_prefix(L, "INFO", "IntakeForms")
    L.t(random.choice(["CCAPS-34", "PHQ-9", "GAD-7", "DASS-21"]), " submitted case=").p(uniq(lambda: "CC-2024-%05d" % random.randint(1, 4000)), "other_id")
    L.t(" sid=").p(s.sid, "other_id").t(" pref_phone=").p(ph(s.phone, random.choice(["paren", "dash", "dot"])), "phone")
    L.t(" ok_to_leave_vm=", random.choice("YN"))
    if random.random() < 0.5:
        L.t(" alt_email=").p(s.pemail, "email")
    if s.ec["rel"] == "Grandmother" or random.random() < 0.15:
        L.t(" lives_with=grandparent age=").p(str(s.gp_age), "age")
    return [L]


def g_ts_ec():
    s = stu()
    L = Line("titanium-sched")
    ts_prefix(L, "INFO", "ClientProfile")
    L.t("EC updated sid=").p(s.sid, "other_id").t(' ec_name="').p(s.ec["last"], "name").t(", ").p(s.ec["first"], "name")
    L.t('" ec_rel=', s.ec["rel"], ' ec_phone="').p(ph(s.ec_phone, "paren"), "phone").t('" roi_signed=', random.choice(["Y", "N"]))
    return [L]


def n_ts():
    L = Line("titanium-sched")
    r = random.randint(0, 4)
    c = random.choice(COUNSELORS)
    if r == 0:
        ts_prefix(L, "INFO", "Availability")
        d = future_day(5, 12)
        L.t("Published ", c["netid"], " ", d_iso(d), "..", d_iso(d + dt.timedelta(days=4)), " slots=", random.randint(10, 30), " by=dnakamur")
    elif r == 1:
        ts_prefix(L, "INFO", "Groups")
        L.t("Group '", random.choice(["Anxiety Toolbox", "Grief & Loss", "Grad Student Support", "Mindful Mondays"]), "' cap=10 enrolled=",
            random.randint(2, 10), " loc=SSB 118 ", random.choice(["Mon", "Tue", "Thu"]), " 15:00 facilitator=", c["last"])
    elif r == 2:
        ts_prefix(L, "INFO", "ExchangeSync")
        L.t("mailbox=counseling-scheduling@ngsu.edu items=", random.randint(10, 80), " conflicts=", random.randint(0, 3), " elapsed=", random.randint(200, 3000), "ms")
    elif r == 3:
        ts_prefix(L, "WARN", "Licensing")
        L.t("Titanium Schedule 10.14.2 support contract expires 2025-06-30 (key ", rhex(4, True), "-", rhex(4, True), ")")
    else:
        ts_prefix(L, "INFO", "Waitlist")
        L.t("Waitlist depth INTAKE=", random.randint(0, 40), " PSYCHIATRY=", random.randint(0, 25), " median_wait_days=", random.randint(1, 12), " main line ", COUNSEL_PHONE)
    return [L]


# ------------------------------------------------------------ crisis after-hours line
def g_crisis():
    s = stu()
    L = Line("crisis-line")
    tick()
    self_call = random.random() < 0.6
    c = random.choice(COUNSELORS[:3])
    caller = (O(("name", s.first + " " + s.last, "name"), ("relation", "self"), ("callback", ph(s.phone, "dash"), "phone"))
              if self_call else
              O(("name", s.ec["first"] + " " + s.ec["last"], "name"), ("relation", s.ec["rel"].lower()),
                ("callback", ph(s.ec_phone, "e164"), "phone")))
    items = [("level", "info"), ("time", f_isoz(T)), ("svc", "afterhours-bridge"), ("event", "call_report.received"),
             ("callRef", "PCR-" + T.strftime("%y%m%d") + "-" + rd(4)), ("caller", caller),
             ("clientSid", s.sid, "other_id"), ("caseNo", uniq(lambda: "CC-2024-%05d" % random.randint(1, 4000)), "other_id"),
             ("risk", random.choice(["low", "moderate", "elevated"])),
             ("disposition", random.choice(["safety plan reviewed; follow-up requested", "resources provided", "warm handoff to 988"])),
             ("onCall", "%s %s, %s" % (c["first"], c["last"], c["cred"])), ("durSec", random.randint(240, 2600))]
    if not self_call:
        items.insert(7, ("clientName", s.first + " " + s.last, "name"))
    jobj(L, items, NODE)
    return [L]


def n_crisis():
    L = Line("crisis-line")
    tick()
    r = random.randint(0, 2)
    if r == 0:
        jobj(L, [("level", "info"), ("time", f_isoz(T)), ("svc", "afterhours-bridge"), ("event", "heartbeat"),
                 ("vendor", "ProtoCall"), ("latencyMs", random.randint(40, 400))], NODE)
    elif r == 1:
        c = random.choice(COUNSELORS)
        jobj(L, [("level", "info"), ("time", f_isoz(T)), ("svc", "afterhours-bridge"), ("event", "oncall.roster.updated"),
                 ("week", d_iso(future_day(0, 6))), ("primary", "%s %s" % (c["first"], c["last"])),
                 ("pager", "309-555-01%02d" % random.randint(10, 22)), ("backup", "Marcus Bellweather")], NODE)
    else:
        jobj(L, [("level", "info"), ("time", f_isoz(T)), ("svc", "afterhours-bridge"), ("event", "daily.summary"),
                 ("calls", random.randint(0, 14)), ("avgHandleSec", random.randint(400, 1300)), ("escalations", random.randint(0, 2)),
                 ("line", "309-555-0188")], NODE)
    return [L]


# ------------------------------------------------------------ HL7 via interface engine
def mirth_prefix(L, level, chan):
    L.t("%-5s" % level, " ", f_log4j(tick()), " [", chan, "] ")


def pid_seg(L, s, with_addr=True, with_acct=False):
    L.t("PID|1||").p(s.mrn, "mrn").t("^^^NGSU_SHC^MR~").p(s.sid, "other_id").t("^^^NGSU^SR||")
    L.p(fold(s.last).upper(), "name").t("^").p(fold(s.first).upper(), "name").t("||")
    L.p(d_hl7(s.dob), "date").t("|", s.sex, "|||")
    if with_addr:
        a = s.local
        L.p(a["street"], "address").t("^")
        if a["unit"]:
            L.p(a["unit"], "address")
        L.t("^").p(a["city"], "address").t("^IL^").p(a["zip"], "zip").t("^USA^C||")
        L.p(ph(s.phone, "hl7"), "phone").t("^PRN^CP")
    else:
        L.t("||")
    L.t("|||||")
    if with_acct:
        L.p(s.acct, "account")
    if s.ssn and random.random() < 0.5:
        L.t("|").p(s.ssn.replace("-", ""), "ssn")


def g_hl7_lab():
    s = stu()
    L = Line("hl7-engine")
    mirth_prefix(L, "INFO", random.choice(["Quest ORU Inbound < Source", "LabCorp ORU Inbound < Source"]))
    ctrl = "Q" + T.strftime("%y%m%d%H%M%S") + rd(3)
    L.t("received ORU^R01 ", ctrl, ": MSH|^~\\&|QUEST|QDI-STL|MEDICAT|NGSU_SHC|", T.strftime("%Y%m%d%H%M"), "||ORU^R01^ORU_R01|", ctrl, "|P|2.5.1\\r")
    pid_seg(L, s, with_addr=random.random() < 0.5)
    c = random.choice(CLIN)
    coll = past_day(0, 3)
    test = random.choice([("57021-8", "CBC W Auto Differential panel - Blood"), ("24323-8", "Comprehensive metabolic 2000 panel"),
                          ("43304-5", "C trach rRNA Spec Ql NAA+probe"), ("5196-1", "HBsAg Ser Ql IA"),
                          ("71774-4", "QuantiFERON-TB Gold Plus"), ("22502-9", "Measles virus IgG Ab")])
    L.t("\\rOBR|1|ORD", rd(6), "|", rd(10), "|", test[0], "^", test[1], "^LN|||")
    L.p(coll.strftime("%Y%m%d") + "%02d%02d" % (random.randint(8, 16), random.randint(0, 59)), "date")
    L.t("|||||||||", c["npi"], "^", fold(c["last"]).upper(), "^", fold(c["first"]).upper(), "^^^^", c["cred"], "|||||||||F")
    return [L]


def g_hl7_pharm():
    s = stu()
    L = Line("hl7-engine")
    mirth_prefix(L, "INFO", "Medicat RDE Outbound > PharmSys")
    c = random.choice(CLIN)
    ctrl = "MC" + T.strftime("%Y%m%d%H%M%S") + rd(3)
    L.t("sent RDE^O11 ", ctrl, " ack=AA: MSH|^~\\&|MEDICAT|NGSU_SHC|PHARMSYS|NGSU_RX|", T.strftime("%Y%m%d%H%M%S"), "||RDE^O11^RDE_O11|", ctrl, "|P|2.5.1\\r")
    pid_seg(L, s, with_addr=False)
    drug = random.choice([("00093-3147-01", "Amoxicillin 500 MG Oral Capsule", "CAP"), ("68180-0513-01", "Azithromycin 250 MG Oral Tablet", "TAB"),
                          ("00378-1800-01", "Sertraline 50 MG Oral Tablet", "TAB"), ("59762-3304-1", "Fluconazole 150 MG Oral Tablet", "TAB"),
                          ("00093-5264-01", "Methylphenidate ER 36 MG Oral Tablet", "TAB")])
    L.t("\\rORC|NW|RX", rd(6), "^MEDICAT|||||^^^", T.strftime("%Y%m%d"), "^^R||", T.strftime("%Y%m%d%H%M%S"), "|",
        c["netid"], "^", fold(c["last"]), "^", fold(c["first"]), "||", c["npi"], "^", fold(c["last"]).upper(), "^", fold(c["first"]).upper(), "^^^^", c["cred"])
    L.t("\\rRXE|^BID^HL70335|", drug[0], "^", drug[1], "^NDC|1||", drug[2], "|||||", random.choice([10, 20, 30]), "|", drug[2], "|0")
    return [L]


def g_hl7_seg():
    s = stu()
    L = Line("hl7-engine")
    mirth_prefix(L, "DEBUG", random.choice(["Quest ORU Inbound < Source", "Medicat ADT Outbound > Waiver", "I-CARE VXU Inbound < Source"]))
    r = random.random()
    if r < 0.35:
        L.t("seg[2] ")
        pid_seg(L, s, with_addr=True, with_acct=random.random() < 0.5)
    elif r < 0.65:
        L.t("seg[3] NK1|1|").p(fold(s.ec["last"]).upper(), "name").t("^").p(fold(s.ec["first"]).upper(), "name")
        code = {"Mother": "MTH", "Father": "FTH", "Sister": "SIS", "Brother": "BRO", "Spouse": "SPO", "Son": "CHD", "Grandmother": "GRD"}[s.ec["rel"]]
        L.t("|", code, "^", s.ec["rel"], "^HL70063||").p(ph(s.ec_phone, "hl7"), "phone").t("^PRN^PH||EC^Emergency Contact^HL70131")
    else:
        ins = s.carrier
        f = [""] * 37
        f[1] = "1"
        f[2] = "%s^%s" % (ins[1], ins[0])
        f[3] = ins[3]
        f[4] = ins[0]
        f[8] = s.group
        f[17] = "01^Self"
        L.t("seg[4] IN1|", "|".join(f[1:16]), "|")
        L.p(fold(s.last).upper(), "name").t("^").p(fold(s.first).upper(), "name").t("|", f[17], "|").p(d_hl7(s.dob), "date")
        L.t("|" * 18).p(s.member, "health_plan")
    return [L]


def n_hl7():
    L = Line("hl7-engine")
    r = random.randint(0, 5)
    if r == 0:
        mirth_prefix(L, "INFO", "Quest ORU Inbound < Source")
        L.t("sent ACK: MSH|^~\\&|MEDICAT|NGSU_SHC|QUEST|QDI-STL|", T.strftime("%Y%m%d%H%M%S"), "||ACK^R01^ACK|", rd(10), "|P|2.5.1\\rMSA|AA|Q", T.strftime("%y%m%d%H%M%S"), rd(3))
    elif r == 1:
        mirth_prefix(L, "DEBUG", "LabCorp ORU Inbound < Source")
        t = random.choice([("718-7", "Hemoglobin", "NM", "13.6", "g/dL", "12.0-16.0", "N"), ("2345-7", "Glucose", "NM", "92", "mg/dL", "70-99", "N"),
                           ("6690-2", "WBC", "NM", "11.8", "10*3/uL", "4.0-10.5", "H"), ("22502-9", "Measles IgG", "ST", "Immune", "", "", "N")])
        L.t("seg[", random.randint(5, 30), "] OBX|", random.randint(1, 20), "|", t[2], "|", t[0], "^", t[1], "^LN||", t[3], "|", t[4], "|", t[5], "|", t[6], "|||F")
    elif r == 2:
        mirth_prefix(L, "INFO", "Medicat RDE Outbound > PharmSys")
        L.t("Connected to 10.40.12.30:6661 (MLLP) keepalive=true queue=", random.randint(0, 8))
    elif r == 3:
        mirth_prefix(L, "WARN", "I-CARE VXU Inbound < Source")
        L.t("ACK AE from I-CARE: MSA|AE|", rd(10), "|Unrecognized CVX code 309 in RXA-5 (batch ", T.strftime("%Y%m%d"), ")")
    elif r == 4:
        mirth_prefix(L, "INFO", "com.mirth.connect.server.controllers.DonkeyEngineController")
        L.t("Channel Quest ORU Inbound deployed (rev ", random.randint(20, 90), "), Mirth Connect 4.4.2, server id ", "3f1c" + rhex(4), "-", rhex(4), "-", rhex(4), "-", rhex(4), "-", rhex(12))
    else:
        mirth_prefix(L, "DEBUG", "Quest ORU Inbound < Source")
        L.t("seg[0] MSH|^~\\&|QUEST|QDI-STL|MEDICAT|NGSU_SHC|", T.strftime("%Y%m%d%H%M"), "||ORU^R01^ORU_R01|Q", T.strftime("%y%m%d%H%M%S"), rd(3), "|P|2.5.1|||AL|NE")
    return [L]


# ------------------------------------------------------------ pharmacy
def rx_prefix(L, level, comp):
    L.t(f_log4j(tick()).replace(",", "."), " | ", "%-5s" % level, " | ", comp, " | ")


def g_rx():
    s = stu()
    L = Line("rx-dispense")
    r = random.random()
    if r < 0.35:
        rx_prefix(L, "INFO", "Dispense")
        L.t("Rx#", rd(7), " filled NDC=", random.choice(["00093-3147-01", "68180-0513-01", "00378-1800-01", "59762-3304-1"]),
            " qty=", random.choice([10, 20, 30]), ' pt="').p(s.last.upper(), "name").t(", ").p(s.first.upper(), "name")
        L.t('" dob=').p(d_iso(s.dob), "date").t(" rph=rfortier bin=", random.choice(["A", "B", "C"]), random.randint(1, 20))
    elif r < 0.65:
        rx_prefix(L, "INFO", "CIIPickup")
        L.t("Rx#", rd(7), " sched=CII pickup_by=")
        if random.random() < 0.7:
            L.t("self")
        else:
            L.t('"').p(s.ec["first"] + " " + s.ec["last"], "name").t('" (', s.ec["rel"].lower(), ")")
        L.t(" idType=DL idState=IL idNum=").p(uniq(lambda: random.choice("ABCDEFGHKMNRSTW") + rd(3) + "-" + rd(4) + "-" + rd(4)), "license")
        L.t(" pt=").p(s.mrn, "mrn").t(" verifiedBy=rfortier PDMP=checked")
    else:
        rx_prefix(L, "INFO", "IvrRefill")
        L.t("IVR refill request Rx#", rd(7), " callerId=").p(ph(s.phone, "e164"), "phone").t(" matched pt=").p(s.mrn, "mrn")
        L.t(" dob_spoken=").p(s.dob.strftime("%m%d%Y"), "date").t(" ready_by=", (T + dt.timedelta(hours=4)).strftime("%H:%M"))
        if random.random() < 0.4:
            L.t(" voiceprint_enrolled=Y vp=").p(base64.b64encode(b64bytes(random.choice([192, 256]))).decode(), "biometric")
    return [L]


def n_rx():
    L = Line("rx-dispense")
    r = random.randint(0, 3)
    if r == 0:
        rx_prefix(L, "INFO", "Inventory")
        L.t("Reorder NDC ", random.choice(["00093-3147-01", "00378-1800-01", "0006-4047-41"]), " on_hand=", random.randint(2, 30),
            " par=60 vendor=Cardinal PO ", "4500" + rd(6))
    elif r == 1:
        rx_prefix(L, "INFO", "PDMP")
        L.t("ILPMP gateway health ok ", random.randint(80, 600), "ms endpoint=https://ilpmp.prescriptionmonitor.com/api/v2")
    elif r == 2:
        rx_prefix(L, "WARN", "Printer")
        L.t("Label printer ZD421 at rx-ws02 (", priv_ip(), ") paper low")
    else:
        rx_prefix(L, "INFO", "Session")
        L.t("Pharmacist ", PHARM["first"], " ", PHARM["last"], ", ", PHARM["cred"], " (", PHARM["netid"], ", emp ", PHARM["eid"], ") signed in at rx-ws0", random.randint(1, 3))
    return [L]


# ------------------------------------------------------------ insurance waiver (python structlog)
def g_waiver():
    s = stu()
    L = Line("waiver-svc")
    tick()
    r = random.random()
    if r < 0.45:
        car = s.carrier
        items = [("event", "waiver.submitted"), ("sid", s.sid, "other_id"), ("term", TERM),
                 ("legal_first", s.first, "name"), ("legal_last", s.last, "name"), ("dob", d_iso(s.dob), "date"),
                 ("carrier", car[0]), ("payer_id", car[3]), ("member_id", s.member, "health_plan"), ("group_no", s.group)]
        if random.random() < 0.5:
            items += [("subscriber", s.ec["first"] + " " + s.ec["last"], "name"), ("subscriber_rel", s.ec["rel"].lower())]
        items += [("level", "info"), ("timestamp", f_isoz(T))]
    elif r < 0.7:
        items = [("event", "eligibility.271"), ("sid", s.sid, "other_id"), ("payer_id", s.carrier[3]),
                 ("member_id", s.member, "health_plan"), ("coverage", random.choice(["active", "active", "inactive", "not_found"])),
                 ("trn", "1*94" + rd(8) + "*1453498761"), ("latency_ms", random.randint(300, 4000)),
                 ("level", "info"), ("timestamp", f_isoz(T))]
    elif r < 0.9:
        items = [("event", "ship.enrolled"), ("studentId", s.sid, "other_id"), ("plan", "Aetna Student Health NGSU 2024-25"),
                 ("ship_member_id", s.ship if s.ship else uniq(lambda: "W" + rd(9)), "health_plan"), ("group", "866112"),
                 ("charge_posted", "1,412.00"), ("level", "info"), ("timestamp", f_isoz(T))]
    else:
        items = [("event", "waiver.submitted"), ("sid", s.sid, "other_id"), ("carrier", "Illinois Medicaid (HFS)"),
                 ("recipient_id", uniq(lambda: rd(9)), "health_plan"), ("requires_manual_review", True),
                 ("reviewer", "yfairba"), ("level", "warning"), ("timestamp", f_isoz(T))]
    jobj(L, items, PY)
    return [L]


def g_waiver_elder():
    s = ELDER
    RECENT.append(s)
    L = Line("waiver-svc")
    tick()
    items = [("event", "waiver.submitted"), ("sid", s.sid, "other_id"), ("program", "Osher Lifelong Learning (audit)"),
             ("legal_first", s.first, "name"), ("legal_last", s.last, "name"), ("age", 91, "age"),
             ("carrier", "Medicare Part B"), ("mbi", s.mbi, "health_plan"), ("supplement", "AARP Medigap Plan G"),
             ("level", "info"), ("timestamp", f_isoz(T))]
    jobj(L, items, PY)
    return [L]


def n_waiver():
    L = Line("waiver-svc")
    tick()
    r = random.randint(0, 3)
    if r == 0:
        items = [("event", "deadline.reminders.queued"), ("term", TERM), ("deadline", "2024-09-15"), ("count", random.randint(1000, 5000)),
                 ("sender", "noreply@shc.ngsu.edu")]
    elif r == 1:
        items = [("event", "carrier.api.latency"), ("payer_id", random.choice(["87726", "60054", "62308"])), ("p50_ms", random.randint(300, 900)),
                 ("p95_ms", random.randint(1000, 6000)), ("endpoint", "https://api.availity.com/availity/v1/coverages")]
    elif r == 2:
        items = [("event", "waiver.decision"), ("waiver_id", "WVR-2024-%06d" % random.randint(1, 20000)),
                 ("decision", random.choice(["approved", "denied", "pending_docs"])), ("reviewer", random.choice(["yfairba", "cmarsh2"]))]
    else:
        items = [("event", "batch.export"), ("file", "ship_enroll_%s.csv" % T.strftime("%Y%m%d")), ("rows", random.randint(100, 900)),
                 ("dest", "sftp://xfer.aetnastudenthealth.com/in/ngsu"), ("group", "866112")]
    items += [("level", "info"), ("timestamp", f_isoz(T))]
    jobj(L, items, PY)
    return [L]


# ------------------------------------------------------------ SEVIS sync
INTLS = [s for s in REGULAR if s.intl]


def sevis_prefix(L, level):
    L.t(f_log4j(tick()), " [sevis-sync] ", "%-5s" % level, " SevisMatcher: ")


def g_sevis():
    s = random.choice(INTLS)
    RECENT.append(s)
    L = Line("sevis-sync")
    sevis_prefix(L, "INFO")
    r = random.random()
    if r < 0.5:
        L.t("matched SEVIS ").p(s.sevis, "other_id").t(" -> sid=").p(s.sid, "other_id").t(" status=ACTIVE visa=F-1 citizenship=", s.ctry)
        L.t(" passport=").p(s.passport, "other_id").t(" program_end=").p(d_iso(dt.date(random.randint(2025, 2029), 5, random.randint(10, 20))), "date")
    elif r < 0.8:
        L.t("TB screening flag sid=").p(s.sid, "other_id").t(" country_of_birth=", s.ctry, " us_arrival=").p(d_iso(past_day(5, 40)), "date")
        L.t(" -> immz-compliance tb_screen=REQUIRED")
    else:
        L.t("name mismatch SEVIS ").p(s.sevis, "other_id").t(' sevis_name="').p(fold(s.last).upper(), "name").t(", ").p(fold(s.first).upper(), "name")
        L.t('" banner_name="').p(s.last, "name").t(", ").p(s.first, "name").t('" (diacritics) - accepted')
        if s.origin == "BR":
            L.t(" cpf=").p(uniq(cpf), "other_id")
    return [L]


def n_sevis():
    L = Line("sevis-sync")
    sevis_prefix(L, "INFO")
    L.t("RTI batch ", T.strftime("%Y-%m-%d"), " uploaded batchId=B", T.strftime("%y%m%d%H%M"), rd(2), " records=", random.randint(40, 250),
        " errors=", random.randint(0, 3), " (DSO account iss-sevis@ngsu.edu)")
    return [L]


# ------------------------------------------------------------ Laravel patient portal
def lara_prefix(L, level):
    L.t(f_lara(tick()), " production.", level, ": ")


UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.6533.103 Mobile Safari/537.36"]


def slug(s):
    return (asc(s.first) + "-" + asc(s.last)).lower().replace("'", "")


LARA_CYCLE = []


def g_lara():
    s = stu()
    L = Line("laravel")
    if not LARA_CYCLE:
        LARA_CYCLE.extend([0, 0, 1, 2, 2, 3, 4, 5, 5, 6, 7, 8, 8, 9])
        random.shuffle(LARA_CYCLE)
    r = LARA_CYCLE.pop()
    if r == 0:
        lara_prefix(L, "INFO")
        L.t("Portal login ")
        jobj(L, [("netid", s.netid, "other_id"), ("ip", s.ip, "ip"), ("ua", random.choice(UA)), ("mfa", "duo-push")], MONO)
    elif r == 1:
        lara_prefix(L, "INFO")
        L.t("Profile updated ")
        jobj(L, [("patient_id", s.mrn, "mrn"), ("changes", O(("phone_mobile", ph(s.phone, "paren"), "phone"),
                                                             ("email_alt", s.pemail, "email"),
                                                             ("preferred_name", s.first.split("-")[0], "name")))], MONO)
    elif r == 2:
        lara_prefix(L, "INFO")
        L.t("Secure message queued ")
        jobj(L, [("patient", s.mrn, "mrn"), ("team", random.choice(["Nurse Triage", "Immunizations", "Counseling Front Desk"])),
                 ("thread_url", "https://portal.shc.ngsu.edu/patients/%s-%s/messages/%s" % (slug(s), s.mrn, rd(5)), "url")], MONO)
    elif r == 3:
        lara_prefix(L, "DEBUG")
        L.t("Payment intent payload ")
        card = uniq(lambda: luhn_num(random.choice(["4", "51", "55", "6011"]), 16))
        jobj(L, [("amount", random.choice([2500, 1500, 4000])), ("currency", "usd"),
                 ("card", O(("number", card, "account"), ("exp_month", random.randint(1, 12)), ("exp_year", random.randint(2025, 2029)),
                           ("cvc", "***"))),
                 ("metadata", O(("mrn", s.mrn, "mrn"), ("invoice", "INV-" + rd(6))))], MONO)
    elif r == 4:
        lara_prefix(L, "INFO")
        L.t("Refund queued ")
        cc = random.choice(["DE", "GB", "NL", "FR"])
        bban = {"DE": lambda: rd(8) + rd(10), "GB": lambda: "NWBK" + rd(6) + rd(8), "NL": lambda: "ABNA" + rd(10),
                "FR": lambda: rd(10) + "".join(random.choice("ABCDEFGHJK0123456789") for _ in range(11)) + rd(2)}[cc]
        jobj(L, [("patient_id", s.mrn, "mrn"), ("method", "sepa"), ("iban", uniq(lambda: iban(cc, bban())), "account"),
                 ("amount", "45.00"), ("approved_by", "yfairba")], MONO)
    elif r == 5:
        lara_prefix(L, "INFO")
        L.t("Records release request created ")
        jobj(L, [("patient_id", s.mrn, "mrn"), ("recipient", "self"), ("deliver_via", "fax"),
                 ("fax", ph(s.fax, "paren"), "fax"), ("form", "ROI-2"), ("clinic_fax", CLINIC_FAX)], MONO)
    elif r == 6:
        lara_prefix(L, "INFO")
        L.t("Push device registered ")
        imei = uniq(lambda: luhn_num("35" + rd(6), 15))
        jobj(L, [("netid", s.netid, "other_id"), ("device", O(("platform", "android"), ("imei", imei, "device"),
                                                             ("app", "ngsu-health 3.4.1")))], MONO)
    elif r == 7:
        lara_prefix(L, "INFO")
        L.t("Telehealth session joined ")
        jobj(L, [("appointment_id", int(rd(6))), ("patient_id", s.mrn, "mrn"), ("client_mac", mac(), "device"),
                 ("client_ip", s.ip, "ip"), ("room", "zoom-hc-" + rd(4))], MONO)
    elif r == 8 and random.random() < 0.35:
        lara_prefix(L, "DEBUG")
        L.t("Avatar uploaded ")
        jobj(L, [("patient_id", s.mrn, "mrn"), ("mime", "image/png"),
                 ("data", "data:image/png;base64," + png_b64(random.randint(500, 900)), "photo")], MONO)
    elif r == 8:
        lara_prefix(L, "INFO")
        L.t("Profile links saved ")
        jobj(L, [("patient_id", s.mrn, "mrn"),
                 ("website", "https://%s.github.io" % slug(s).replace("-", ""), "url"),
                 ("emergency_contact", O(("name", s.ec["first"] + " " + s.ec["last"], "name"),
                                         ("phone", ph(s.ec_phone, "dash"), "phone")))], MONO)
    else:
        # QueryException with stack trace continuation lines
        lara_prefix(L, "ERROR")
        d = future_day(1, 10)
        hh = "%02d:%02d:00" % (random.randint(8, 16), random.choice([0, 30]))
        reason = random.choice(["sore throat", "rash", "follow up", "flu shot"])
        L.t("SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '").p(s.mrn, "mrn").t("-").p(d_iso(d), "date")
        L.t(" ", hh, "' for key 'appointments_patient_slot_unique' (Connection: mysql, SQL: insert into `appointments` (`patient_id`, `slot_start`, `reason`) values (")
        L.p(s.mrn, "mrn").t(", ").p(d_iso(d), "date").t(" ", hh, ", ", reason, ")) ")
        L.t('{"userId":"').p(s.netid, "other_id").t('","exception":"[object] (Illuminate\\\\Database\\\\QueryException(code: 23000): SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry at /var/www/shc-portal/vendor/laravel/framework/src/Illuminate/Database/Connection.php:829)')
        out = [L]
        frames = ["[stacktrace]",
                  "#0 /var/www/shc-portal/vendor/laravel/framework/src/Illuminate/Database/Connection.php(783): Illuminate\\\\Database\\\\Connection->runQueryCallback('insert into `ap...', Array, Object(Closure))",
                  "#1 /var/www/shc-portal/vendor/laravel/framework/src/Illuminate/Database/MySqlConnection.php(42): Illuminate\\\\Database\\\\Connection->run('insert into `ap...', Array, Object(Closure))",
                  "#2 /var/www/shc-portal/app/Services/AppointmentBooker.php(118): Illuminate\\\\Database\\\\Eloquent\\\\Model->save()",
                  "#3 /var/www/shc-portal/app/Http/Controllers/Portal/AppointmentController.php(64): App\\\\Services\\\\AppointmentBooker->book(Object(App\\\\Models\\\\Slot), Array)",
                  "#58 {main}",
                  '"} ']
        for fr in frames:
            out.append(Line("laravel").t(fr))
        return out
    L.t(" []")
    return [L]


def n_lara():
    L = Line("laravel")
    r = random.randint(0, 6)
    if r == 0:
        lara_prefix(L, "INFO")
        L.t('Scheduled command "reminders:send" ran in ', "%.2f" % random.uniform(0.4, 9), "s [] []")
    elif r == 1:
        lara_prefix(L, "INFO")
        L.t("Mail queued ")
        jobj(L, [("from", "noreply@shc.ngsu.edu"), ("template", random.choice(["appointment-reminder", "immz-hold-notice", "waiver-deadline"])),
                 ("count", random.randint(20, 400)), ("mailer", "ses")], MONO)
        L.t(" []")
    elif r == 2:
        lara_prefix(L, "ERROR")
        L.t("Connection refused [tcp://10.40.3.17:6379] ")
        jobj(L, [("exception", "[object] (Predis\\Connection\\ConnectionException(code: 111): Connection refused [tcp://10.40.3.17:6379] at /var/www/shc-portal/vendor/predis/predis/src/Connection/AbstractConnection.php:155)")], MONO)
        L.t(" []")
    elif r == 3:
        lara_prefix(L, "WARNING")
        L.t("Rate limit hit for route portal.appointments.book ")
        jobj(L, [("limiter", "booking"), ("max", 10), ("decay", 60), ("request_id", rhex(8) + "-" + rhex(4) + "-" + rhex(4) + "-" + rhex(4) + "-" + rhex(12))], MONO)
        L.t(" []")
    elif r == 4:
        lara_prefix(L, "INFO")
        L.t("Horizon supervisor started ")
        jobj(L, [("supervisor", "portal-web0%d:supervisor-1" % random.randint(1, 2)), ("queues", A("default", "mail", "hl7")), ("processes", random.randint(3, 10)), ("version", "v5.24.1")], MONO)
        L.t(" []")
    elif r == 5:
        lara_prefix(L, "INFO")
        u = random.choice(STAFF + ADMIN)
        L.t("Admin impersonation disabled by policy ")
        jobj(L, [("staff", u["netid"]), ("employee_id", u["eid"]), ("ticket", "INC00" + rd(5))], MONO)
        L.t(" []")
    else:
        lara_prefix(L, "DEBUG")
        L.t("Cache hit ")
        jobj(L, [("key", "slots:%s:%s" % (random.choice(CLIN)["netid"], d_iso(future_day(1, 9)))), ("ttl", 300)], MONO)
        L.t(" []")
    return [L]


# ------------------------------------------------------------ nginx access (portal)
PATHS = ["/portal/home", "/portal/appointments/upcoming", "/portal/immunizations", "/portal/messages", "/portal/forms/waiver",
         "/portal/billing", "/portal/appointments/book", "/api/v1/slots?date=%s&type=ACUTE"]


def g_nginx():
    s = stu()
    L = Line("nginx-access")
    tick()
    xff = random.random() < 0.4
    if xff:
        L.t(random.choice(["10.40.1.5", "10.40.1.6"]))
    else:
        L.p(s.ip, "ip")
    L.t(" - - [", f_nginx(T), '] "')
    m = random.random()
    if m < 0.3:
        L.t("GET /portal/records/download?mrn=").p(s.mrn, "mrn").t("&type=immz HTTP/2.0")
    elif m < 0.45:
        L.t("GET /patients/").p(slug(s), "name").t("-").p(s.mrn, "mrn").t("/messages HTTP/2.0")
    else:
        pth = random.choice(PATHS)
        if "%s" in pth:
            pth = pth % d_iso(future_day(0, 7))
        L.t(random.choice(["GET", "GET", "POST"]), " ", pth, " HTTP/2.0")
    L.t('" ', random.choice([200, 200, 200, 302, 304, 403]), " ", random.randint(200, 48000), ' "https://portal.shc.ngsu.edu/portal/home" "', random.choice(UA), '"')
    L.t(" rt=%.3f" % random.uniform(0.003, 1.2))
    if xff:
        L.t(' "').p(s.ip, "ip").t('"')
    return [L]


def n_nginx():
    L = Line("nginx-access")
    tick()
    r = random.randint(0, 3)
    ip = priv_ip()
    if r == 0:
        L.t(ip, " - - [", f_nginx(T), '] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" rt=0.00', random.randint(1, 9))
    elif r == 1:
        L.t(ip, " - - [", f_nginx(T), '] "GET /build/assets/app-', rhex(8), '.js HTTP/2.0" 200 ', random.randint(40000, 300000),
            ' "https://portal.shc.ngsu.edu/portal/home" "', random.choice(UA), '" rt=0.0', random.randint(10, 99))
    elif r == 2:
        L.t(ip, " - - [", f_nginx(T), '] "GET /up HTTP/1.1" 200 18 "-" "Zabbix 6.4.12" rt=0.01', random.randint(0, 9))
    else:
        L.t(ip, " - - [", f_nginx(T), '] "POST /hl7/inbound HTTP/1.1" 202 0 "-" "Mirth Connect 4.4.2" rt=0.', random.randint(100, 400))
    return [L]


# ------------------------------------------------------------ parking validation (vehicle)
def g_parking():
    s = stu()
    L = Line("parking-api")
    tick()
    plate = uniq(lambda: random.choice(["", "", "DS "]) + random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rd(2) + " " + rd(3))
    jobj(L, [("ts", f_isooff(T)), ("lvl", "INFO"), ("msg", "visitor validation issued"), ("lot", random.choice(["W4", "Lot 12", "Wellness Garage"])),
             ("plate", plate, "vehicle"), ("plateState", "IL"), ("apptRef", "A-" + rd(7)), ("patientMrn", s.mrn, "mrn"),
             ("validUntil", (T + dt.timedelta(hours=2)).strftime("%H:%M")), ("issuedBy", "kiosk")], NODE)
    return [L]


def n_parking():
    L = Line("parking-api")
    tick()
    jobj(L, [("ts", f_isooff(T)), ("lvl", "INFO"), ("msg", "occupancy"), ("lot", random.choice(["W4", "Lot 12", "Wellness Garage"])),
             ("occupied", random.randint(10, 300)), ("capacity", 320), ("gate", "GT-%02d" % random.randint(1, 6)), ("fw", "T2 Flex 24.1.3")], NODE)
    return [L]


# ------------------------------------------------------------ syslog / infra (no PHI)
def n_syslog():
    L = Line("syslog")
    tick()
    h = random.choice(["shc-batch01", "portal-web01", "portal-web02", "medicat-app01", "mirth-prd01", "idp1", "idp2"])
    L.t(f_syslog(T), " ", h, " ")
    r = random.randint(0, 7)
    if r == 0:
        L.t("CRON[", random.randint(10000, 40000), "]: (svc_feed) CMD (/opt/shc/bin/sis_feed_import.sh --term ", TERM, " >> /var/log/shc/sis_feed.log 2>&1)")
    elif r == 1:
        u = random.choice(ADMIN[1:3])
        L.t("sshd[", random.randint(1000, 60000), "]: Accepted publickey for ", u["netid"], " from ", priv_ip(), " port ", random.randint(40000, 65000),
            " ssh2: ED25519 SHA256:", base64.b64encode(b64bytes(32)).decode().rstrip("="))
    elif r == 2:
        L.t("systemd[1]: Started ", random.choice(["php8.2-fpm.service - The PHP 8.2 FastCGI Process Manager", "shibd.service - Shibboleth Service Provider Daemon",
                                                "jetty.service - Jetty 10 (Shibboleth IdP 4.3.1)", "mirthconnect.service - Mirth Connect 4.4.2"]), ".")
    elif r == 3:
        L.t("restic[", random.randint(1000, 9000), "]: snapshot ", rhex(8), " saved, added ", "%.3f" % random.uniform(0.1, 9), " GiB to repo s3:s3.us-east-2.amazonaws.com/ngsu-shc-backup")
    elif r == 4:
        L.t("certbot[", random.randint(1000, 9000), "]: Certificate not yet due for renewal: portal.shc.ngsu.edu (expires 2024-11-", random.randint(10, 28), ")")
    elif r == 5:
        L.t("haproxy[", random.randint(1000, 9000), "]: Server portal_back/portal-web0", random.randint(1, 2), " is UP, reason: Layer7 check passed, code: 200, check duration: ",
            random.randint(1, 30), "ms. 2 active and 0 backup servers online.")
    elif r == 6:
        u = random.choice(STAFF + COUNSELORS)
        L.t("postfix/smtp[", random.randint(1000, 9000), "]: ", rhex(10, True), ": to=<", asc(u["first"]).lower(), ".", asc(u["last"]).lower().replace("-", ""),
            "@ngsu.edu>, relay=mx1.ngsu.edu[10.40.0.25]:25, delay=0.", random.randint(10, 99), ", status=sent (250 2.0.0 Ok)")
    else:
        L.t("kernel: [", random.randint(100000, 999999), ".", rd(6), "] EXT4-fs (dm-", random.randint(0, 3), "): mounted filesystem with ordered data mode. Quota mode: none.")
    return [L]


def n_snow():
    L = Line("servicenow")
    tick()
    u = random.choice(STAFF + ADMIN)
    a = random.choice(ADMIN[2:4])
    desc = random.choice(["Kiosk SHC-KIOSK-0%d card reader not detecting ID cards (Wellness Ctr lobby)" % random.randint(1, 4),
                          "Zebra printer in %s offline" % random.choice(ROOMS),
                          "Medicat 2023.2.1 client crash on SHC-WS-%d after Windows KB5041580" % random.randint(10, 48),
                          "Request: add %s to SHC-Clinicians AD group" % random.choice(STAFF)["netid"],
                          "Fax line %s busy signal" % CLINIC_FAX,
                          "Room SSB 220 telehealth camera not detected"])
    L.t(T.strftime("%Y-%m-%d %H:%M:%S"), " INC00", rd(5), " state=", random.choice(["New", "In Progress", "Resolved"]), ' caller="', u["first"], " ", u["last"],
        '" caller_emp=', u["eid"], ' assigned_to="', a["first"], " ", a["last"], '" group=SHC-IT short_desc="', desc, '" callback=x4-', random.randint(2000, 2999))
    return [L]


# ================================================================= assembly
PHI_GENS = [(g_med_appt, 7), (g_med_checkin, 6), (g_med_demo, 5), (g_med_search, 3), (g_med_device, 4), (g_med_cob, 3),
            (g_med_face, 3), (g_med_roi, 3), (g_med_invite, 3), (g_immz_clinical, 3), (g_med_photo, 2), (g_med_excuse, 3), (g_med_noshow, 3),
            (g_immz, 7), (g_sis_fixed, 6), (g_sis_csv, 6), (g_sis_loader, 4),
            (g_shib_audit, 6), (g_shib_proc, 7), (g_ts_appt, 6), (g_ts_intake, 4), (g_ts_ec, 3), (g_crisis, 4),
            (g_hl7_lab, 5), (g_hl7_pharm, 3), (g_hl7_seg, 6), (g_rx, 7), (g_waiver, 8), (g_waiver_elder, 0.5),
            (g_sevis, 5), (g_lara, 14), (g_nginx, 8), (g_parking, 2)]
NON_GENS = [(n_med, 14), (n_immz, 5), (n_sis_fixed, 3), (n_sis_csv, 2), (n_sis_loader, 6), (n_shib_audit, 8), (n_shib_proc, 10),
            (n_ts, 8), (n_crisis, 5), (n_hl7, 12), (n_rx, 6), (n_waiver, 8), (n_sevis, 3), (n_lara, 12), (n_nginx, 12),
            (n_parking, 3), (n_syslog, 14), (n_snow, 7)]


def wpick(gens):
    tot = sum(w for _, w in gens)
    x = random.uniform(0, tot)
    for g, w in gens:
        x -= w
        if x <= 0:
            return g
    return gens[-1][0]


def phi_schedule(n_phi):
    tot = sum(w for _, w in PHI_GENS)
    sched = []
    for g, w in PHI_GENS:
        sched += [g] * max(2, int(round(w * n_phi / tot)))
    random.shuffle(sched)
    return sched


def main():
    rows = []
    elder_done = 0
    sched = phi_schedule(N_LINES - NOPHI_TARGET)
    while len(rows) < N_LINES:
        remaining = N_LINES - len(rows)
        nophi_have = sum(1 for r in rows if not r[2])
        need_non = NOPHI_TARGET - nophi_have
        want_phi = random.random() >= need_non / remaining
        if want_phi:
            g = sched.pop() if sched else wpick(PHI_GENS)
            if g is g_waiver_elder:
                elder_done += 1
                if elder_done > 3:
                    g = g_waiver
        else:
            g = wpick(NON_GENS)
        lines = g()
        for i, L in enumerate(lines):
            if len(rows) >= N_LINES:
                break
            b, spans = L.render()
            if i == 0:
                assert bool(spans) == want_phi, (g.__name__, b)
            rows.append((L.family, b, spans))
    with open(os.path.join(HERE, ID + ".log"), "wb") as f:
        for _, b, _ in rows:
            f.write(b + b"\n")
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for n, (fam, b, spans) in enumerate(rows, 1):
            f.write(json.dumps({"line": n, "family": fam, "spans": spans}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
