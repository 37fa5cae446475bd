#!/usr/bin/env python3
"""Generator for the labeled PHI test corpus "bp".

Theme: one telehealth start-up ("Tendwell Health") - Node/TypeScript and Go
micro-services logging JSON, an nginx edge, Postgres, Redis, a video vendor's
webhooks, a payments vendor, an e-prescribing vendor and the patient app's
client-side error reports, interleaved as a Loki `logcli` export.

Standard library only, fixed seed, deterministic.  Every line is built from
segments (text, category-or-None); byte offsets are computed while joining,
and every span is asserted against the bytes of the written line.

Writes next to itself: bp.log and bp.labels.jsonl
"""
import base64
import datetime
import hashlib
import json
import os
import string
import random
import unicodedata
import urllib.parse

SEED = 0x0B_2024_1119
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
TARGET_PHI_SHARE = 0.45

# ---------------------------------------------------------------------------
# segment helpers
# ---------------------------------------------------------------------------


class P:
    """A labeled JSON leaf (string or number)."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class S:
    """A JSON string whose content is a list of segments (escaped one by one)."""
    __slots__ = ("segs",)

    def __init__(self, segs):
        self.segs = list(segs)


class RawJ:
    """Already serialized JSON segments."""
    __slots__ = ("segs",)

    def __init__(self, segs):
        self.segs = list(segs)


def T(text):
    return (text, None)


def L(text, cat):
    return (text, cat)


def jesc(s, ea=False):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def jval(v, ea=False, sp=False):
    """Serialize v to a list of segments (JSON)."""
    out = []
    isep = ", " if sp else ","
    ksep = ": " if sp else ":"
    if isinstance(v, P):
        if isinstance(v.v, str):
            out += [T('"'), L(jesc(v.v, ea), v.cat), T('"')]
        else:
            out.append(L(json.dumps(v.v), v.cat))
    elif isinstance(v, S):
        out.append(T('"'))
        out += [(jesc(t, ea), c) for t, c in v.segs]
        out.append(T('"'))
    elif isinstance(v, RawJ):
        out += v.segs
    elif isinstance(v, dict):
        out.append(T("{"))
        first = True
        for k, x in v.items():
            if not first:
                out.append(T(isep))
            first = False
            out.append(T(json.dumps(k, ensure_ascii=ea) + ksep))
            out += jval(x, ea, sp)
        out.append(T("}"))
    elif isinstance(v, (list, tuple)):
        out.append(T("["))
        for i, x in enumerate(v):
            if i:
                out.append(T(isep))
            out += jval(x, ea, sp)
        out.append(T("]"))
    else:
        out.append(T(json.dumps(v, ensure_ascii=ea)))
    return out


def esc_segs(segs, ea=False):
    """JSON-escape a list of segments (for JSON nested inside a JSON string)."""
    return [(jesc(t, ea), c) for t, c in segs]


def urlq(segs, safe=""):
    """Percent-encode segments one by one (query-string values)."""
    return [(urllib.parse.quote(t, safe=safe), c) for t, c in segs]


def urlqp(segs):
    return [(urllib.parse.quote_plus(t), c) for t, c in segs]


def seg_text(segs):
    return "".join(t for t, _ in segs)


def has_phi(segs):
    return any(c for _, c in segs)


# ---------------------------------------------------------------------------
# small random helpers
# ---------------------------------------------------------------------------

CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def ri(a, b):
    return R.randint(a, b)


def ch(xs):
    return R.choice(xs)


def chance(p):
    return R.random() < p


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(n, alphabet=string.ascii_uppercase + string.digits):
    return "".join(R.choice(alphabet) for _ in range(n))


def b62(n):
    return alnum(n, string.ascii_letters + string.digits)


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + ch("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def ulid():
    return "01J" + "".join(R.choice(CROCK) for _ in range(23))


def visit_id():
    return "vst_" + ulid()


def order_no():
    return ch(["ORD-2024-", "RX-ORD-", "LAB-"]) + str(ri(100000, 999999))


def claim_no():
    return "CLM" + digits(10)


def trace_ref():
    return hexs(32)


def span_ref():
    return hexs(16)


def sha(n=64):
    return hexs(n)


def semver():
    return "%d.%d.%d" % (ri(1, 6), ri(0, 48), ri(0, 19))


def dur_ms():
    return round(R.uniform(0.8, 2400.0), 3)


def luhn_digit(partial):
    total = 0
    for i, d in enumerate(reversed(partial)):
        d = int(d)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


# ---------------------------------------------------------------------------
# identifier generators (synthetic but valid-looking)
# ---------------------------------------------------------------------------


def ssn(fmt=None):
    while True:
        a = ri(1, 899)
        if a != 666:
            break
    g, s = ri(1, 99), ri(1, 9999)
    fmt = fmt or ch(["dash", "dash", "plain", "space"])
    if fmt == "dash":
        return "%03d-%02d-%04d" % (a, g, s)
    if fmt == "space":
        return "%03d %02d %04d" % (a, g, s)
    return "%03d%02d%04d" % (a, g, s)


def card_number(spaced=None):
    kind = ch(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        p = "4" + digits(14)
    elif kind == "mc":
        p = "5" + str(ri(1, 5)) + digits(13)
    elif kind == "mc2":
        p = str(ri(2221, 2720)) + digits(11)
    elif kind == "amex":
        p = ch(["34", "37"]) + digits(12)
    else:
        p = "6011" + digits(11)
    num = p + luhn_digit(p)
    assert luhn_ok(num)
    if spaced is None:
        spaced = chance(0.3)
    if spaced:
        if len(num) == 15:
            return "%s %s %s" % (num[:4], num[4:10], num[10:])
        return " ".join(num[i:i + 4] for i in range(0, 16, 4))
    return num


VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_ALPHA = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    wmi = ch(["1HG", "1FT", "2T1", "3VW", "5YJ", "1G1", "JTD", "KM8", "4T1", "1C4", "WBA", "5N1", "1FM", "2HG"])
    vds = "".join(R.choice(VIN_ALPHA) for _ in range(5))
    rest = ch("KLMNPRS") + R.choice(VIN_ALPHA[:23]) + digits(6)
    v = wmi + vds + "0" + rest
    tot = 0
    for i, c in enumerate(v):
        val = int(c) if c.isdigit() else VIN_TR[c]
        tot += val * VIN_W[i]
    cd = tot % 11
    cd = "X" if cd == 10 else str(cd)
    return v[:8] + cd + v[9:]


def plate(state):
    if state == "CA":
        return "%d%s%03d" % (ri(5, 9), alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), ri(0, 999))
    if state in ("TX", "WA", "OH"):
        return alnum(3, "BCDFGHJKLMNPRSTVWXYZ") + digits(4)
    if state == "NY":
        return alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + "-" + digits(4)
    return alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + " " + digits(3)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_N = "0123456789"


def mbi(dashed=False):
    A, N, AN = MBI_A, MBI_N, MBI_A + MBI_N
    s = (R.choice("123456789") + R.choice(A) + R.choice(AN) + R.choice(N) + R.choice(A) + R.choice(AN)
         + R.choice(N) + R.choice(A) + R.choice(A) + R.choice(N) + R.choice(N))
    if dashed:
        return "%s-%s-%s" % (s[:4], s[4:7], s[7:])
    return s


def plan_member_id():
    k = ri(0, 5)
    if k == 0:
        return alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(9)          # BCBS style prefix
    if k == 1:
        return "W" + digits(9)                                        # UHC-like
    if k == 2:
        return "U" + digits(8) + " 0" + str(ri(1, 4))                 # Cigna-like with suffix
    if k == 3:
        return digits(9) + ch(["WA", "OR"])                          # Medicaid client id style
    if k == 4:
        return "9" + digits(7) + ch("ABCDEFGH")                       # Medi-Cal BIC style
    return "ZGP" + digits(8)


def medicaid_id(state):
    if state in ("WA", "OR"):
        return digits(9) + state
    if state == "CA":
        return "9" + digits(7) + ch("ABCDEFGH")
    if state == "NY":
        return alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(5) + alnum(1, "ABCDEFGHJKLMNPRSTUVWXYZ")
    return digits(10)


def npi():
    base = ch("12") + digits(8)
    return base + luhn_digit("80840" + base)


def dea(family):
    d = [ri(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    first = unicodedata.normalize("NFKD", family)[0].upper()
    if first not in string.ascii_uppercase:
        first = "X"
    return ch("ABFGM") + first + "".join(map(str, d)) + str(c)


def imei():
    p = "35" + digits(6) + digits(6)
    return p + luhn_digit(p)


def iccid():
    p = "8901" + ch(["410", "260", "480"]) + digits(11)
    return p + luhn_digit(p)


def mac(style=None):
    oui = ch(["A4:C1:38", "00:1A:7D", "D0:39:72", "C8:FD:19", "F4:5E:AB", "E8:9F:6D", "88:6B:0F"])
    m = oui + ":" + ":".join(hexs(2, True) for _ in range(3))
    style = style or ch(["upper", "upper", "lower", "dash"])
    if style == "lower":
        return m.lower()
    if style == "dash":
        return m.replace(":", "-")
    return m


def udi():
    gtin = "00" + digits(11)
    gtin = gtin + luhn_digit_gs1(gtin)
    return "(01)%s(17)%02d%02d%02d(10)%s(21)%s" % (gtin, ri(25, 29), ri(1, 12), ri(1, 28),
                                                  alnum(2, "ABCDEFGHKLMNPRST") + digits(4),
                                                  alnum(2, "ABCDEFGHKLMNPRST") + digits(7))


def luhn_digit_gs1(partial):
    tot = 0
    for i, dgt in enumerate(reversed(partial)):
        tot += int(dgt) * (3 if i % 2 == 0 else 1)
    return str((10 - tot % 10) % 10)


def aba_routing():
    while True:
        d = [ri(0, 9) for _ in range(8)]
        d[0] = ch([0, 1, 2, 3])
        for c in range(10):
            x = d + [c]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))


def iban(country=None):
    country = country or ch(["DE", "GB", "ES", "NL"])
    if country == "DE":
        bban = digits(8) + digits(10)
    elif country == "GB":
        bban = ch(["NWBK", "BARC", "LOYD", "HBUK"]) + digits(6) + digits(8)
    elif country == "ES":
        bban = digits(20)
    else:
        bban = ch(["ABNA", "INGB", "RABO"]) + digits(10)
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    ck = 98 - int(num) % 97
    s = "%s%02d%s" % (country, ck, bban)
    return s if chance(0.5) else " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def sin_ca():
    p = str(ch([1, 2, 3, 4, 5, 6, 7])) + digits(7)
    s = p + luhn_digit(p)
    return "%s %s %s" % (s[:3], s[3:6], s[6:])


def curp(given, family, dob):
    def up(x):
        x = fold(x).upper()
        return "".join(c for c in x if c.isalpha()) or "X"
    f = up(family)
    g = up(given)
    vowels = [c for c in f[1:] if c in "AEIOU"] or ["X"]
    cons = lambda w: ([c for c in w[1:] if c not in "AEIOU"] or ["X"])[0]
    return (f[0] + vowels[0] + ch("ABCDEFGHLMNPRSTVZ") + g[0] + dob.strftime("%y%m%d") + ch("HM")
            + ch(["JC", "DF", "NL", "MC", "PL", "GT", "BC", "SO", "CH", "MN", "OC"])
            + cons(f) + ch("BCDFGHJKLMNPRSTVZ") + cons(g) + ("0" if dob.year < 2000 else "A") + str(ri(0, 9)))


def passport_no():
    return ch([lambda: ch("ACEFGHJKLMNPRSTUVWXYZ") + digits(8), lambda: digits(9),
               lambda: alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(7)])()


def aadhaar():
    return "%d%s %s %s" % (ri(2, 9), digits(3), digits(4), digits(4))


def dl_number(state, given, family):
    if state == "WA":
        return "WDL" + alnum(9, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    if state == "CA":
        return ch("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(7)
    if state == "TX":
        return digits(8)
    if state == "FL":
        f = fold(family).upper()[:1] or "X"
        return "%s%s-%s-%s-%s-%s" % (f, digits(3), digits(3), digits(2), digits(3), digits(1))
    if state == "NY":
        return "%s %s %s" % (digits(3), digits(3), digits(3))
    if state == "OR":
        return digits(7)
    if state == "IL":
        f = fold(family).upper()[:1] or "X"
        return "%s%s-%s-%s" % (f, digits(3), digits(4), digits(4))
    return ch("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(8)


PRIVATE_NETS = [((10, 0, 0, 0), 8), ((127, 0, 0, 0), 8), ((169, 254, 0, 0), 16), ((172, 16, 0, 0), 12),
                ((192, 168, 0, 0), 16), ((100, 64, 0, 0), 10), ((192, 0, 2, 0), 24), ((198, 51, 100, 0), 24),
                ((203, 0, 113, 0), 24), ((198, 18, 0, 0), 15), ((0, 0, 0, 0), 8), ((192, 0, 0, 0), 24)]


def _in_net(ip, net, bits):
    a = (ip[0] << 24) | (ip[1] << 16) | (ip[2] << 8) | ip[3]
    b = (net[0] << 24) | (net[1] << 16) | (net[2] << 8) | net[3]
    mask = (0xFFFFFFFF << (32 - bits)) & 0xFFFFFFFF
    return (a & mask) == (b & mask)


def pub_ip():
    while True:
        ip = (ch([24, 47, 50, 66, 67, 68, 69, 70, 71, 72, 73, 75, 76, 96, 97, 98, 99, 104, 107, 108,
                  136, 142, 162, 172, 173, 174, 184, 189, 201, 208]), ri(0, 255), ri(0, 255), ri(1, 254))
        if not any(_in_net(ip, n, b) for n, b in PRIVATE_NETS):
            return "%d.%d.%d.%d" % ip


def pub_ipv6():
    pre = ch(["2601:%x:%x" % (ri(0x100, 0x6ff), ri(0x100, 0xffff)), "2600:1700:%x" % ri(0x1000, 0xffff),
              "2603:8000:%x" % ri(0x1000, 0xffff), "2607:fb90:%x" % ri(0x1000, 0xffff)])
    return pre + ":" + ":".join("%x" % ri(0, 0xffff) for _ in range(5))


def priv_ip():
    return "10.%d.%d.%d" % (ch([20, 20, 42, 64]), ri(0, 31), ri(2, 254))


# ---------------------------------------------------------------------------
# people, places
# ---------------------------------------------------------------------------

FOLD_MAP = {"Ł": "L", "ł": "l", "ø": "o", "Ø": "O", "ı": "i", "ß": "ss", "đ": "d", "Đ": "D", "æ": "ae"}


def fold(s):
    s = "".join(FOLD_MAP.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


GIVEN = ("Amara Hope José Zoë Siobhán Łukasz Thanh Oluwaseun Mei-Ling Dmitri Aaliyah Guadalupe Björn Renée Chidi "
         "Priyanka Tevita Kiona Faith Will Joy Sunny Rusty Summer Dawn Grace Autumn Destiny Ngozi Hamid Yusuf "
         "Fatima Xiomara Beatriz Jürgen François Chloé Darío Anh Hiroshi Yuki Seo-yeon Min-jun Rahul Lakshmi "
         "Kwame Abena Tariq Leilani Keanu Ximena Santiago Mateo Valentina Dolores Ernestine Mildred Clarence "
         "Eugene Otis Bernice Harold Wilhelmina Cornelius Shirley Tyrone DeShawn LaToya Keisha Jaxon Brayden "
         "Madison Harper Aurora Ezekiel Malachi Precious Bao Nikolai Svetlana Ioana Radu Agnieszka Aoife Caoimhe "
         "Eilidh Mercy Patience Chayton Winona Ayasha Marisol Esperanza Consuelo Moshe Yael Avraham Shira Ngọc "
         "Giang Rosa Luz Paz Sol Birdie Pearl Ruby Violet Hazel Iris Sterling Cash King Deacon Royal Sage "
         "Bich Ha Jun Jean-Luc Mary-Kate Ana-Lucía Marguerite Thaddeus Ignatius Florencia Nayeli Tupac Oksana").split()

FAMILY = ["Okafor", "Stone", "García-Márquez", "O'Connor", "van der Berg", "De La Cruz", "Nguyen", "Tran", "Lê",
          "Abernathy-Singh", "Kowalczyk", "Al-Hashimi", "Park", "Takahashi", "Mbeki", "Ó Súilleabháin", "St. John",
          "McAllister", "Bianchi", "Hernández", "Yılmaz", "Chatterjee", "Rosenberg", "Adeyemi", "Haddad",
          "Lindqvist", "Papadopoulos", "Begay", "Kealoha", "Young", "Rich", "Brown", "Hope", "Banks", "Baker",
          "Cook", "Price", "Hall", "Fox", "Wolf", "Rivers", "Christian", "Major", "King", "Love", "Little", "Small",
          "Moody", "Friend", "Strong", "Sweet", "Winter", "Summers", "Day", "Knight", "Bishop", "Mason", "Walker",
          "Carpenter", "Fisher", "Hunter", "Gardner", "Rainwater", "Whitehorse", "Yazzie", "Tsosie", "Nakai",
          "Fonoti", "Tuilagi", "Kahananui", "Nakamura-Lopez", "dos Santos", "da Silva", "Pereira",
          "Oyelaran-Whitfield", "Bjørnstad", "Schäfer", "Müller", "Dubois", "Lefèvre", "Ivanova", "Petrov",
          "Popescu", "Nowak", "Wiśniewski", "Novák", "Horváth", "Szabó", "Kaur", "Singh", "Patel", "Reddy", "Iyer",
          "Bhattacharya", "Khan", "Siddiqui", "Rahman", "Chowdhury", "Mensah", "Boateng", "Owusu", "Diallo",
          "Traoré", "Ndiaye", "Abebe", "Tesfaye", "Hussein", "Mohamud", "Kim", "Lee", "Choi", "Zhang", "Wang",
          "Liu", "Chen", "Huang", "Wu", "Xu", "Sato", "Watanabe", "Yamamoto", "Haile", "Cohen", "Levi", "Friedman",
          "Goldberg", "MacDonald", "Fitzgerald-Reyes", "Delgado", "Villanueva", "Castillo", "Rodríguez", "Ramírez",
          "Gutiérrez", "Nuñez", "Peña", "Ruiz de Alarcón", "ben-David", "el-Amin", "Jean-Baptiste", "Pierre-Louis",
          "Toussaint", "Laguerre", "Nguyễn", "Phạm", "Soto Villalobos", "Van Dyke", "LeBlanc", "Thibodeaux"]

MIDDLE = ["Marie", "Ann", "Lee", "J.", "R.", "Oluwadamilare", "Grace", "Thi", "Van", "Josefina", "Ray", "Elizabeth",
          "K.", "Mae", "Jo", "Ahmed", "Maria", "Lynn", "Wayne", "Carmen"]

# city, county, state, zip range, area codes
CITIES = [
    ("Tacoma", "Pierce County", "WA", (98402, 98409), ["253"]),
    ("Columbus", "Franklin County", "OH", (43201, 43235), ["614", "380"]),
    ("Albuquerque", "Bernalillo County", "NM", (87102, 87123), ["505"]),
    ("Worcester", "Worcester County", "MA", (1602, 1610), ["508", "774"]),
    ("Lubbock", "Lubbock County", "TX", (79401, 79424), ["806"]),
    ("Fresno", "Fresno County", "CA", (93701, 93728), ["559"]),
    ("Boise", "Ada County", "ID", (83702, 83716), ["208", "986"]),
    ("Savannah", "Chatham County", "GA", (31401, 31419), ["912"]),
    ("Duluth", "St. Louis County", "MN", (55802, 55812), ["218"]),
    ("Providence", "Providence County", "RI", (2903, 2909), ["401"]),
    ("Knoxville", "Knox County", "TN", (37902, 37938), ["865"]),
    ("Des Moines", "Polk County", "IA", (50309, 50321), ["515"]),
    ("Asheville", "Buncombe County", "NC", (28801, 28806), ["828"]),
    ("Reno", "Washoe County", "NV", (89501, 89523), ["775"]),
    ("Tulsa", "Tulsa County", "OK", (74103, 74137), ["918", "539"]),
    ("Spokane Valley", "Spokane County", "WA", (99206, 99216), ["509"]),
    ("Madison", "Dane County", "WI", (53703, 53719), ["608"]),
    ("Baton Rouge", "East Baton Rouge Parish", "LA", (70802, 70820), ["225"]),
    ("Eugene", "Lane County", "OR", (97401, 97405), ["541", "458"]),
    ("Newark", "Essex County", "NJ", (7102, 7114), ["973", "862"]),
    ("Bronx", "Bronx County", "NY", (10451, 10475), ["718", "347", "929"]),
    ("Hilo", "Hawaii County", "HI", (96720, 96720), ["808"]),
    ("Gallup", "McKinley County", "NM", (87301, 87301), ["505"]),
    ("Flagstaff", "Coconino County", "AZ", (86001, 86004), ["928"]),
    ("Bangor", "Penobscot County", "ME", (4401, 4401), ["207"]),
    ("Burlington", "Chittenden County", "VT", (5401, 5408), ["802"]),
    ("Laredo", "Webb County", "TX", (78040, 78046), ["956"]),
    ("Dearborn", "Wayne County", "MI", (48120, 48128), ["313"]),
    ("Saint Paul", "Ramsey County", "MN", (55101, 55119), ["651"]),
    ("Chula Vista", "San Diego County", "CA", (91910, 91915), ["619"]),
    ("Portland", "Multnomah County", "OR", (97201, 97236), ["503", "971"]),
    ("Kissimmee", "Osceola County", "FL", (34741, 34747), ["407", "321"]),
    ("Chicago", "Cook County", "IL", (60607, 60660), ["312", "773", "872"]),
    ("McAllen", "Hidalgo County", "TX", (78501, 78504), ["956"]),
    ("Yakima", "Yakima County", "WA", (98901, 98908), ["509"]),
]

STREETS = ["Larkspur", "Martin Luther King Jr", "Cedar Hollow", "Old Mill", "Juniper", "Kamehameha", "Prospect",
           "Magnolia", "Calle del Sol", "Three Forks", "Riverside", "Church", "Pine Ridge", "Lakeshore", "Quail Run",
           "Bayou Vista", "Chestnut", "Sandia Vista", "Old Route 9", "Harbor View", "Wildflower", "Cesar Chavez",
           "Tamarack", "Cottonwood", "Saint Anne", "Frontier", "Mockingbird", "Elm", "Garfield", "Vista del Monte",
           "Hickory Nut", "Birchwood", "Fourth", "12th", "Division", "Eastlake", "Bridger", "Kilauea", "Stonegate",
           "Peachtree", "Washington", "Maple Leaf", "Mission", "Sunset", "Ridgecrest", "Blue Heron", "Wren"]
ST_TYPES = ["St", "Ave", "Blvd", "Ln", "Rd", "Dr", "Ct", "Way", "Pl", "Ter", "Pkwy", "Cir", "Street", "Avenue",
            "Road", "Drive", "Loop", "Trail"]
UNITS = ["Apt %d", "Apt %dB", "Unit %d", "#%d", "Ste %d", "Apt %dC", "Lot %d", "Trlr %d"]


def street_line(with_unit=None):
    k = ri(0, 19)
    if k == 0:
        return "PO Box %d" % ri(100, 98999)
    if k == 1:
        return "RR %d Box %d" % (ri(1, 9), ri(10, 999))
    if k == 2:
        return "%d County Road %d" % (ri(100, 29999), ri(2, 480))
    pre = ch(["", "", "", "", "N ", "S ", "E ", "W ", "NE ", "SW "])
    s = "%d %s%s %s" % (ri(1, 19999), pre, ch(STREETS), ch(ST_TYPES))
    if with_unit is None:
        with_unit = chance(0.3)
    if with_unit:
        s += " " + (ch(UNITS) % ri(1, 42))
    return s


def zip_for(city_row, plus4=False):
    lo, hi = city_row[3]
    z = "%05d" % ri(lo, hi)
    if plus4:
        z += "-%04d" % ri(1, 9998)
    return z


def phone_fmt(area, exch, line, fmt=None):
    fmt = fmt or ch(["paren", "dash", "e164", "dot", "plain", "intl", "e164", "paren"])
    if fmt == "paren":
        return "(%s) %s-%s" % (area, exch, line)
    if fmt == "dash":
        return "%s-%s-%s" % (area, exch, line)
    if fmt == "dot":
        return "%s.%s.%s" % (area, exch, line)
    if fmt == "plain":
        return "%s%s%s" % (area, exch, line)
    if fmt == "intl":
        return "+1 %s %s %s" % (area, exch, line)
    if fmt == "one":
        return "1-%s-%s-%s" % (area, exch, line)
    return "+1%s%s%s" % (area, exch, line)


def exchange():
    while True:
        e = "%d%d%d" % (ri(2, 9), ri(0, 9), ri(0, 9))
        if e[1:] != "11" and e != "555":
            return e


def phone(areas=None, fmt=None):
    area = ch(areas) if areas else ch(["503", "971", "206", "253", "614", "505", "508", "806", "559", "208", "912",
                                       "218", "401", "865", "515", "828", "775", "918", "509", "608", "225", "541",
                                       "973", "718", "347", "312", "773", "404", "470", "305", "786", "213", "602",
                                       "720", "615", "901", "713", "832", "210", "702", "808", "907"])
    return phone_fmt(area, exchange(), "%04d" % ri(0, 9999), fmt)


def org_phone(fmt=None):
    return phone_fmt(ch(["888", "877", "866", "855", "844", "833", "800"]), exchange(), "%04d" % ri(0, 9999), fmt)


MAIL_DOMAINS = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com",
                "aol.com", "comcast.net", "proton.me", "att.net", "me.com", "msn.com", "sbcglobal.net", "live.com"]


def email_for(given, family, year):
    g = fold(given).lower().replace(" ", "").replace("'", "").replace(".", "")
    f = fold(family).lower().replace(" ", "").replace("'", "")
    k = ri(0, 9)
    if k == 0:
        local = "%s.%s" % (g, f)
    elif k == 1:
        local = "%s%s%d" % (g[0], f, year % 100)
    elif k == 2:
        local = "%s%s%d" % (g, f.replace("-", ""), year)
    elif k == 3:
        local = "%s_%s" % (g, f)
    elif k == 4:
        local = "%s.%s%d" % (f.replace("-", ""), g[:1], ri(1, 99))
    elif k == 5:
        local = "%s%s+tendwell" % (g, f.replace("-", ""))
    elif k == 6:
        local = "%s%d" % (g, ri(10, 9999))
    elif k == 7:
        local = "%s.%s.%s" % (g, f.replace("-", ""), ch(["home", "mail", "work"]))
    else:
        local = "%s%s" % (g[:3], f.replace("-", "")[:6])
    return local + "@" + ch(MAIL_DOMAINS)


def dob(min_age=18, max_age=88):
    today = datetime.date(2024, 11, 19)
    age = ri(min_age, max_age)
    d = datetime.date(today.year - age, ri(1, 12), ri(1, 28))
    return d


def age_of(d):
    today = datetime.date(2024, 11, 19)
    return today.year - d.year - ((today.month, today.day) < (d.month, d.day))


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_L = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"]


def dfmt(d, fmt=None):
    fmt = fmt or ch(["iso", "iso", "us", "compact", "iso_z", "mon", "long", "us_short"])
    if fmt == "iso":
        return d.strftime("%Y-%m-%d")
    if fmt == "us":
        return d.strftime("%m/%d/%Y")
    if fmt == "us_short":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if fmt == "compact":
        return d.strftime("%Y%m%d")
    if fmt == "iso_z":
        return d.strftime("%Y-%m-%d") + "T00:00:00.000Z"
    if fmt == "mon":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if fmt == "aamva":
        return d.strftime("%m%d%Y")
    return "%d %s %d" % (d.day, MONTHS_L[d.month - 1], d.year)


def appt_dt(days_ahead=None):
    base = datetime.datetime(2024, 11, 19, 0, 0)
    d = base + datetime.timedelta(days=days_ahead if days_ahead is not None else ri(1, 21),
                                  minutes=ch([8, 9, 10, 11, 13, 14, 15, 16, 17, 18]) * 60 + ch([0, 15, 30, 45]))
    return d


class Person:
    def __init__(self, min_age=18, max_age=88, minor=False):
        self.given = ch(GIVEN)
        self.family = ch(FAMILY)
        self.middle = ch(MIDDLE) if chance(0.25) else None
        self.dob = dob(1, 17) if minor else dob(min_age, max_age)
        self.city = ch(CITIES)
        self.street = street_line()
        self.zip = zip_for(self.city, plus4=chance(0.15))
        self.phone = phone(self.city[4] if chance(0.7) else None)
        self.email = email_for(self.given, self.family, self.dob.year)
        self.member_ref = "TWM-%07d" % ri(1000000, 9899999)
        self.plan_id = plan_member_id()
        self.sex = ch(["F", "M", "F", "M", "X", "U"])

    @property
    def state(self):
        return self.city[2]

    @property
    def full(self):
        if self.middle:
            return "%s %s %s" % (self.given, self.middle, self.family)
        return "%s %s" % (self.given, self.family)

    def name_variant(self):
        k = ri(0, 5)
        if k == 0:
            return "%s, %s" % (self.family, self.given)
        if k == 1:
            return ("%s, %s" % (self.family, self.given)).upper()
        if k == 2 and self.middle:
            return self.full
        return "%s %s" % (self.given, self.family)


PATIENTS = [Person() for _ in range(70)] + [Person(90, 104) for _ in range(8)] + [Person(minor=True) for _ in range(8)]


ADULTS = [p for p in PATIENTS if age_of(p.dob) >= 18]


def patient():
    return ch(ADULTS)


def elder():
    return ch([p for p in PATIENTS if age_of(p.dob) >= 90])


def minor():
    return ch([p for p in PATIENTS if age_of(p.dob) < 18])


CLIN_GIVEN = ["Ifeoma", "Rachel", "Tomás", "Priya", "Gregory", "Hana", "Marcus", "Ingrid", "Samuel", "Lucia",
              "Anand", "Beth", "Obinna", "Carmen", "Wen", "Daniel"]
CLIN_FAMILY = ["Nwosu", "Feldstein", "Echeverría", "Raman", "Halvorsen", "Sakamoto", "Whitaker", "Lundgren",
               "Asante", "Moreno-Vidal", "Venkataraman", "Carrow", "Eze", "Ibarra", "Zhou", "Kessler"]
CREDS = ["MD", "DO", "NP", "PA-C", "FNP-BC", "MD", "LCSW", "PsyD"]


class Clinician:
    def __init__(self):
        self.given = ch(CLIN_GIVEN)
        self.family = ch(CLIN_FAMILY)
        self.cred = ch(CREDS)
        self.npi = npi()
        self.dea = dea(self.family)
        self.user = "%s.%s" % (fold(self.given).lower()[0], fold(self.family).lower().replace("-", ""))
        self.email = self.user + "@tendwell.health"
        self.lic = "%s%s" % ({"MD": "MD", "DO": "DO", "NP": "ARNP", "FNP-BC": "ARNP", "PA-C": "PA", "LCSW": "LW", "PsyD": "PY"}[self.cred],
                             digits(ri(5, 8)))

    @property
    def display(self):
        if self.cred in ("MD", "DO"):
            return "Dr. %s %s" % (self.given, self.family)
        return "%s %s, %s" % (self.given, self.family, self.cred)


CLINICIANS = [Clinician() for _ in range(14)]

STAFF = ["ops.jlee", "careops_mreyes", "kpatel", "svc-intake", "svc-billing", "ci-bot", "ra.mendoza", "tkowalski",
         "support.agent07", "dmitchell-admin", "cs_tier2_aokoye", "oncall-sre", "jenkins", "argo-rollouts",
         "billing.analyst3", "pharm-liaison.bw"]

PHARMACIES = [
    ("Walgreens #10432", "4838291", "(503) 228-1107", "(503) 228-1190", "940 SW Jefferson St, Portland, OR 97201"),
    ("CVS Pharmacy #08817", "3941672", "(614) 481-2210", "(614) 481-2261", "1685 W 5th Ave, Columbus, OH 43212"),
    ("Walmart Pharmacy 10-2791", "4471908", "(806) 792-3122", "(806) 792-3174", "6315 82nd St, Lubbock, TX 79424"),
    ("Rite Aid #5418", "3317026", "(208) 342-4431", "(208) 342-0987", "1101 W Broadway Ave, Boise, ID 83702"),
    ("Kroger Pharmacy 531", "3685512", "(865) 588-9714", "(865) 588-1021", "4918 Kingston Pike, Knoxville, TN 37919"),
    ("Alto Pharmacy SF", "0567123", "(800) 874-5881", "(415) 484-7401", "1400 Minnesota St, San Francisco, CA 94107"),
    ("Capsule - NYC", "3393017", "(646) 240-1930", "(646) 240-1943", "125 Park Ave Fl 25, New York, NY 10017"),
]

PAYERS = [("AETNA", "60054"), ("UHC", "87726"), ("CIGNA", "62308"), ("BCBSTX", "84980"), ("WA-MEDICAID", "SKWA0"),
          ("HUMANA", "61101"), ("MEDICARE-J5", "05302"), ("MOLINA-OH", "20149"), ("KAISER-NW", "93079"),
          ("OSCAR", "OSCAR"), ("AMBETTER", "68069")]

ORG = {
    "name": "Tendwell Health, Inc.",
    "addr": "600 Congress Ave Ste 1400, Austin, TX 78701",
    "support_phone": "(888) 402-7733",
    "fax": "(512) 717-0444",
    "support_mail": "care@tendwell.health",
}

SERVICES = {
    "edge-nginx": ["edge-nginx-5c7f9d8b6-2xkqp", "edge-nginx-5c7f9d8b6-h7mzt"],
    "intake-svc": ["intake-svc-7d9f8c6b5-q4xkz", "intake-svc-7d9f8c6b5-wl2rn", "intake-svc-7d9f8c6b5-9fjtc"],
    "visit-svc": ["visit-svc-66b4d7c9f-m2v8s", "visit-svc-66b4d7c9f-zx81k"],
    "rx-bridge": ["rx-bridge-0", "rx-bridge-1"],
    "billing-svc": ["billing-svc-54f6c8d7b-p9q2w", "billing-svc-54f6c8d7b-r4t7y"],
    "notify-svc": ["notify-svc-8f5b6c4d9-k3j5h"],
    "rpm-ingest": ["rpm-ingest-6d8f7b9c5-a1s2d", "rpm-ingest-6d8f7b9c5-f4g5h"],
    "idv-svc": ["idv-svc-79c5d6f8b-u7i8o"],
    "auth-svc": ["auth-svc-5b7c9d6f4-y6t5r", "auth-svc-5b7c9d6f4-e3w2q"],
    "webhook-relay": ["webhook-relay-6f9d8c7b5-l0k9j"],
    "client-errors": ["client-errors-5d8c7b6f9-n8b7v"],
    "postgres": ["pg-main-0", "pg-main-1"],
    "redis": ["redis-cache-0"],
    "scheduler": ["scheduler-7c6b5d4f8-c5v6b"],
}
NODE_PIDS = {k: ri(1, 40) for k in SERVICES}


# ---------------------------------------------------------------------------
# clock, emit, per-library JSON wrappers
# ---------------------------------------------------------------------------

UTC = datetime.timezone.utc
CLOCK = [datetime.datetime(2024, 11, 19, 14, 2, 7, 318000, tzinfo=UTC)]
PENDING = []          # lines emitted by the current event: (ts, app, pod, family, segs)


def now():
    return CLOCK[0]


def tick(ms):
    CLOCK[0] = CLOCK[0] + datetime.timedelta(milliseconds=ms)


def inner_ts():
    return now() - datetime.timedelta(microseconds=ri(300, 45000))


def iso_ms(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (dt.microsecond // 1000)


def iso_us(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def iso_s(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def epoch_ms(dt):
    return int(dt.timestamp() * 1000)


def epoch_f(dt):
    return "%.7f" % (dt.timestamp() + ri(0, 999) / 1e7)


def nginx_time(dt):
    return dt.strftime("%d/%b/%Y:%H:%M:%S +0000")


def pg_time(dt):
    return dt.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (dt.microsecond // 1000)


def redis_time(dt):
    return dt.strftime("%d %b %Y %H:%M:%S.") + "%03d" % (dt.microsecond // 1000)


def pod_of(app):
    return ch(SERVICES[app])


def emit(app, family, segs, pod=None, gap=None):
    if PENDING:
        tick(gap if gap is not None else ri(0, 35))
    PENDING.append((now(), app, pod or pod_of(app), family, list(segs)))


PINO_LEVEL = {"trace": 10, "debug": 20, "info": 30, "warn": 40, "error": 50, "fatal": 60}


def pino(app, level, fields, msg, ea=False, **kw):
    pod = pod_of(app)
    d = {"level": PINO_LEVEL[level], "time": epoch_ms(inner_ts()), "pid": NODE_PIDS[app], "hostname": pod}
    d.update(fields)
    d["msg"] = msg
    emit(app, "pino_json", jval(d, ea=ea), pod=pod, **kw)


def winston(app, level, msg, fields, ea=False, **kw):
    d = {"level": level, "message": msg}
    d.update(fields)
    d["service"] = app
    d["timestamp"] = iso_ms(inner_ts())
    emit(app, "winston_json", jval(d, ea=ea), **kw)


def zap(app, level, caller, msg, fields, **kw):
    d = {"level": level, "ts": RawJ([T(epoch_f(inner_ts()))]), "caller": caller, "msg": msg}
    d.update(fields)
    emit(app, "zap_json", jval(d), **kw)


def zerolog(app, level, fields, msg, **kw):
    d = {"level": level, "service": app}
    d.update(fields)
    d["time"] = iso_s(inner_ts())
    d["message"] = msg
    emit(app, "zerolog_json", jval(d), **kw)


def slog(app, level, msg, fields, **kw):
    d = {"time": iso_us(inner_ts()), "level": level.upper(), "msg": msg}
    d.update(fields)
    emit(app, "slog_json", jval(d), **kw)


PG_CTX = {}


def pg(level, text_segs, user="app_rw", db="telehealth", pid=None, **kw):
    """Postgres stderr line; follow-up lines of one backend event (pid given) reuse its pod and %m timestamp."""
    if pid is None or pid not in PG_CTX:
        pid = pid or ri(1200, 64000)
        PG_CTX.clear()
        PG_CTX[pid] = (inner_ts(), ch(SERVICES["postgres"]))
    ts, pod = PG_CTX[pid]
    pre = "%s [%d] %s@%s %s:  " % (pg_time(ts), pid, user, db, level)
    emit("postgres", "postgres", [T(pre)] + list(text_segs), pod=pod, gap=0, **kw)
    return pid


def redis_log(kind, text, **kw):
    pre = "1:%s %s %s " % ("M", redis_time(inner_ts()), kind)
    emit("redis", "redis", [T(pre + text)], **kw)


NGINX_UA = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 TendwellPatient/5.12.0",
    "TendwellPatient/5.12.0 (com.tendwell.patient; build:812; iOS 17.6.1) Alamofire/5.9.1",
    "TendwellPatient/5.11.4 (com.tendwell.patient; build:797; Android 14; SM-S918U) okhttp/4.12.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 13; moto g stylus 5G (2023)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.100 Mobile Safari/537.36",
]
INTERNAL_UA = ["kube-probe/1.29", "Prometheus/2.53.1", "Go-http-client/1.1", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
               "ELB-HealthChecker/2.0", "axios/1.7.7", "Datadog/Synthetics"]


def nginx_access(remote, method, path_segs, status, ua, xff_segs=None, ref="-", bytes_=None, rt=None,
                 upstream=None, **kw):
    bytes_ = bytes_ if bytes_ is not None else ri(0, 48000)
    rt = rt if rt is not None else round(R.uniform(0.001, 2.4), 3)
    up = upstream or "%s:%d" % (priv_ip(), ch([8080, 3000, 8443, 9000]))
    segs = [T("%s - - [%s] \"%s " % (remote, nginx_time(inner_ts()), method))] + list(path_segs)
    segs.append(T(" HTTP/%s\" %d %d \"%s\" \"%s\" xff=\"" % (ch(["1.1", "2.0"]), status, bytes_, ref, ua)))
    segs += list(xff_segs) if xff_segs else [T("-")]
    segs.append(T("\" rt=%.3f urt=%s ups=%s rid=%s" % (rt, "%.3f" % max(0.0, rt - 0.002) if status != 499 else "-",
                                                       up, hexs(32))))
    emit("edge-nginx", "nginx_access", segs, **kw)


def nginx_error(level, text_segs, **kw):
    dt = inner_ts()
    pre = "%s [%s] %d#%d: *%d " % (dt.strftime("%Y/%m/%d %H:%M:%S"), level, ri(20, 40), 0, ri(100000, 9999999))
    emit("edge-nginx", "nginx_error", [T(pre)] + list(text_segs), **kw)


# ---------------------------------------------------------------------------
# template registries
# ---------------------------------------------------------------------------

NOISE, PHI = [], []


def noise(fn):
    NOISE.append(fn)
    return fn


def phi(fn):
    PHI.append(fn)
    return fn


# company vocabulary helpers ------------------------------------------------

def home_addr_obj(p, ea=False, county=None):
    d = {"line1": P(p.street, "address")}
    if chance(0.15) and not p.street.startswith(("PO", "RR")):
        d["line2"] = None
    d["locality"] = P(p.city[0], "address")
    if county if county is not None else chance(0.3):
        d["county"] = P(p.city[1], "address")
    d["region"] = p.state
    d["postcode"] = P(p.zip, "zip")
    d["country"] = "US"
    return d


def addr_oneline(p):
    """'street, city, ST zip' as segments: street+city as one address span, zip separate."""
    return [L("%s, %s" % (p.street, p.city[0]), "address"), T(", %s " % p.state), L(p.zip, "zip")]


def clin():
    return ch(CLINICIANS)


def caller(pkg):
    return "%s:%d" % (pkg, ri(40, 690))


# ---------------------------------------------------------------------------
# NOISE templates (no PHI, but realistic look-alikes)
# ---------------------------------------------------------------------------

API_ROUTES = ["/api/v2/visits/:visitId", "/api/v2/members/:memberRef/profile", "/api/v2/clinicians/availability",
              "/api/v2/rx/:orderNo/status", "/api/v2/intake/session", "/api/v2/payments/intent",
              "/api/v2/rpm/readings", "/api/v2/idv/session/:sessionId"]


@noise
def n_nginx_probe():
    path = ch(["/healthz", "/readyz", "/livez", "/nginx_status", "/metrics"])
    ua = "Prometheus/2.53.1" if path == "/metrics" else ch(["kube-probe/1.29", "ELB-HealthChecker/2.0"])
    nginx_access(priv_ip(), "GET", [T(path)], 200, ua, bytes_=ri(2, 9000), rt=round(R.uniform(0.0, 0.004), 3))


@noise
def n_nginx_internal():
    path = ch(["/internal/v1/formulary?ndc=%s-%s-%s" % (digits(5), digits(4), digits(2)),
               "/internal/v1/clinicians/%s/schedule?week=2024-W%d" % (npi(), ri(47, 49)),
               "/internal/v1/visits/%s/state" % visit_id(),
               "/internal/v1/orders/%s" % order_no(),
               "/internal/v1/payers/%s/rules" % ch(PAYERS)[1],
               "/internal/v1/flags?env=prod&sdk=node-%s" % semver()])
    nginx_access(priv_ip(), ch(["GET", "GET", "PUT", "POST"]), [T(path)], ch([200, 200, 200, 204, 304, 404, 409]),
                 ch(INTERNAL_UA[2:6]))


VENDOR_IPS = {"vidcast": ["44.228.126.217", "52.38.206.112", "35.160.120.126"],
              "stripe": ["3.18.12.63", "3.130.192.231", "54.187.174.169", "54.187.205.235"],
              "scriptbridge": ["20.42.65.91", "40.76.4.15"]}


@noise
def n_nginx_webhook():
    v = ch(list(VENDOR_IPS))
    path = {"vidcast": "/hooks/video/vidcast", "stripe": "/hooks/payments/stripe", "scriptbridge": "/hooks/erx/status"}[v]
    ua = {"vidcast": "Vidcast-Webhooks/2.3", "stripe": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
          "scriptbridge": "ScriptBridge-Notifier/4.1.7"}[v]
    nginx_access(ch(VENDOR_IPS[v]), "POST", [T(path)], ch([200, 200, 200, 202, 400, 401]), ua,
                 bytes_=ri(2, 120))


@noise
def n_nginx_error_upstream():
    kind = ri(0, 2)
    up = "%s:%d" % (priv_ip(), ch([8080, 3000]))
    if kind == 0:
        txt = ("connect() failed (111: Connection refused) while connecting to upstream, client: %s, server: api.tendwell.health, "
               "request: \"GET /api/v2/clinicians/availability?state=%s&visitType=urgent HTTP/1.1\", upstream: \"http://%s/v2/clinicians/availability\", host: \"api.tendwell.health\""
               % (priv_ip(), ch(CITIES)[2], up))
        lvl = "error"
    elif kind == 1:
        txt = ("upstream prematurely closed connection while reading response header from upstream, client: %s, server: api.tendwell.health, "
               "request: \"POST /api/v2/rpm/readings HTTP/2.0\", upstream: \"http://%s/v2/rpm/readings\"" % (priv_ip(), up))
        lvl = "error"
    else:
        txt = "limiting requests, excess: %d.%03d by zone \"api_per_client\", client: %s, server: api.tendwell.health, request: \"GET /api/v2/visits/%s HTTP/2.0\"" % (
            ri(10, 40), ri(0, 999), priv_ip(), visit_id())
        lvl = "warn"
    nginx_error(lvl, [T(txt)])


@noise
def n_pino_request():
    app = ch(["intake-svc", "notify-svc", "idv-svc", "webhook-relay", "client-errors"])
    route = ch(API_ROUTES)
    pino(app, "info", {"reqRef": "req-" + b62(10), "traceRef": trace_ref(),
                       "req": {"method": ch(["GET", "POST", "PATCH"]), "route": route, "remotePort": ri(30000, 65000)},
                       "res": {"statusCode": ch([200, 200, 201, 204, 400, 404, 422])}, "responseTime": ri(2, 1900)},
         "request completed")


@noise
def n_pino_flag():
    pino("intake-svc", "debug", {"flagKey": ch(["intake.v3-consent-flow", "rx.pdmp-precheck", "pay.apple-pay", "visit.async-derm"]),
                                 "variation": ch([True, False, "control", "treatment-b"]), "sdk": "launchdarkly-node-server-sdk@%s" % semver(),
                                 "cohort": ch(["beta", "ga", "internal"])}, "flag evaluated")


@noise
def n_zap_slots():
    c = clin()
    zap("visit-svc", "info", caller("scheduling/inventory.go"), "slot inventory refreshed",
        {"clinicianRef": c.npi, "licensedStates": sorted(R.sample(["WA", "OR", "CA", "TX", "OH", "NY", "FL", "IL", "NM", "GA"], ri(2, 5))),
         "openSlots": ri(0, 38), "horizonDays": 14, "tookMs": ri(3, 400)})


@noise
def n_zap_visit_state():
    c = clin()
    states = ["requested", "scheduled", "checked_in", "in_room", "completed", "no_show", "cancelled"]
    i = ri(0, len(states) - 2)
    zap("visit-svc", "info", caller("visits/fsm.go"), "visit state transition",
        {"visitId": visit_id(), "from": states[i], "to": states[i + 1], "clinicianRef": c.npi,
         "careTeamUser": c.user, "traceRef": trace_ref(), "spanRef": span_ref()})


@noise
def n_zerolog_heartbeat():
    zerolog("rx-bridge", ch(["info", "debug"]), {"vendor": "scriptbridge", "endpoint": "https://api.scriptbridge.net/ncpdp/v2017071/heartbeat",
                                                 "latency_ms": ri(40, 900), "tls": "TLS1.3", "status": 200}, "vendor heartbeat ok")


@noise
def n_zerolog_pharmacy():
    ph = ch(PHARMACIES)
    zerolog("rx-bridge", "debug", {"ncpdpId": ph[1], "storeName": ph[0], "phone": ph[2], "fax": ph[3], "address": ph[4],
                                   "epcs": chance(0.8), "twentyFourHour": chance(0.2)}, "pharmacy directory upsert")


@noise
def n_slog_batch():
    slog("rpm-ingest", "info", "batch flushed", {"topic": "rpm.readings.v3", "partition": ri(0, 11), "offset": ri(1000000, 9000000),
                                                 "records": ri(1, 500), "lagMs": ri(5, 3000), "sink": "timescale"})


@noise
def n_slog_firmware():
    slog("rpm-ingest", "info", "firmware manifest loaded", {"model": ch(["TW-BP2", "TW-SCALE1", "TW-GLU3", "TW-SPO2"]),
                                                            "fw": "v%s" % semver(), "sha256": sha(), "rollout": "%d%%" % ch([5, 10, 25, 50, 100])})


@noise
def n_winston_payout():
    winston("billing-svc", "info", "payout reconciled", {"payoutId": "po_" + b62(24), "amount": ri(100000, 9000000), "currency": "usd",
                                                          "arrival": "2024-11-%02d" % ri(20, 26), "batch": "recon-%s" % digits(6)})


@noise
def n_winston_claim():
    winston("billing-svc", ch(["info", "warn"]), "claim submitted", {"claimRef": claim_no(), "orderNo": order_no(), "visitId": visit_id(),
                                                                     "payerCode": ch(PAYERS)[1], "cpt": ch(["99213", "99214", "99442", "G2012", "99457"]),
                                                                     "icd10": ch(["J02.9", "N39.0", "L70.0", "F41.1", "I10", "E11.9"]),
                                                                     "chargeCents": ri(2500, 24000), "clearinghouse": "availity"})


@noise
def n_pino_template():
    pino("notify-svc", "debug", {"templateId": ch(["visit-reminder-24h", "rx-ready", "statement-available", "intake-incomplete"]),
                                 "locale": ch(["en-US", "es-US", "vi-VN", "zh-Hant"]), "channel": ch(["email", "sms", "push"]),
                                 "footer": "%s | %s | %s" % (ORG["name"], ORG["addr"], ORG["support_phone"]),
                                 "replyTo": ORG["support_mail"]}, "template rendered")


@noise
def n_pino_sms_provider():
    pino("notify-svc", "info", {"provider": "twilio", "fromPool": [org_phone("e164"), org_phone("e164")], "sent1m": ri(5, 300),
                                "errors1m": ri(0, 4), "queueDepth": ri(0, 90)}, "sms provider stats")


@noise
def n_zap_jwks():
    zap("auth-svc", "info", caller("keys/rotate.go"), "jwks rotated", {"kid": b62(22), "alg": "RS256", "nextRotation": "2024-12-19T00:00:00Z",
                                                                       "retiredKid": b62(22)})


@noise
def n_zap_staff_login():
    user = ch(STAFF[:3] + STAFF[6:11])
    zap("auth-svc", "info", caller("handlers/staff_login.go"), "staff login succeeded",
        {"staffUser": user, "staffMail": user.replace("_", ".") + "@tendwell.health", "mfa": ch(["webauthn", "totp", "okta-push"]),
         "originIp": priv_ip(), "sso": "okta", "sessionTtl": "8h"})


@noise
def n_pg_checkpoint():
    pid = ri(20, 90)
    if chance(0.5):
        emit("postgres", "postgres", [T("%s [%d] LOG:  checkpoint starting: time" % (pg_time(inner_ts()), pid))])
    else:
        emit("postgres", "postgres", [T("%s [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s; sync files=%d, longest=%.3f s, average=%.3f s; distance=%d kB, estimate=%d kB; lsn=%X/%X, redo lsn=%X/%X" % (
            pg_time(inner_ts()), pid, ri(200, 9000), R.uniform(0.5, 9), ri(1, 6), R.uniform(10, 270), R.uniform(0, 0.2), R.uniform(10, 270),
            ri(10, 200), R.uniform(0, 0.05), R.uniform(0, 0.01), ri(10000, 900000), ri(10000, 900000), ri(1, 300), ri(0, 0xFFFFFFF), ri(1, 300), ri(0, 0xFFFFFFF)))])


@noise
def n_pg_autovacuum():
    tbl = ch(["visits", "rpm_readings", "audit_events", "notifications", "rx_orders", "payments"])
    emit("postgres", "postgres", [T("%s [%d] LOG:  automatic vacuum of table \"telehealth.public.%s\": index scans: %d" % (
        pg_time(inner_ts()), ri(1200, 64000), tbl, ri(0, 2)))])


@noise
def n_pg_conn():
    k = ri(0, 2)
    pid = ri(1200, 64000)
    if k == 0:
        t = "%s [%d] app_rw@telehealth LOG:  connection authorized: user=app_rw database=telehealth application_name=%s SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)" % (
            pg_time(inner_ts()), pid, ch(["visit-svc", "pgbouncer", "billing-svc", "metabase"]))
    elif k == 1:
        t = "%s [%d] app_rw@telehealth LOG:  could not receive data from client: Connection reset by peer" % (pg_time(inner_ts()), pid)
    else:
        t = "%s [%d] [unknown]@[unknown] LOG:  connection received: host=%s port=%d" % (pg_time(inner_ts()), pid, priv_ip(), ri(30000, 65000))
    emit("postgres", "postgres", [T(t)])


@noise
def n_pg_slow():
    q = ch(["SELECT count(*) FROM visits WHERE status = $1 AND scheduled_for < now() + interval '1 hour'",
            "UPDATE notifications SET sent_at = now() WHERE id = ANY($1::bigint[])",
            "SELECT v.id, v.status FROM visits v JOIN clinicians c ON c.id = v.clinician_id WHERE c.npi = $1 ORDER BY v.scheduled_for DESC LIMIT 50",
            "INSERT INTO rpm_readings (device_id, kind, value, taken_at) SELECT * FROM unnest($1::bigint[], $2::text[], $3::numeric[], $4::timestamptz[])"])
    pg("LOG", [T("duration: %.3f ms  execute <unnamed>: %s" % (R.uniform(500, 9000), q))])


@noise
def n_pg_deadlock():
    pid = ri(1200, 64000)
    other = ri(1200, 64000)
    pg("ERROR", [T("deadlock detected")], pid=pid)
    pg("DETAIL", [T("Process %d waits for ShareLock on transaction %d; blocked by process %d. Process %d waits for ShareLock on transaction %d; blocked by process %d." % (
        pid, ri(10 ** 7, 10 ** 8), other, other, ri(10 ** 7, 10 ** 8), pid))], pid=pid)


@noise
def n_redis_server():
    k = ri(0, 3)
    if k == 0:
        redis_log("*", "%d changes in 60 seconds. Saving..." % ri(10000, 90000))
        redis_log("*", "Background saving started by pid %d" % ri(1000, 40000))
    elif k == 1:
        emit("redis", "redis", [T("%d:C %s * DB saved on disk" % (ri(1000, 40000), redis_time(inner_ts())))])
    elif k == 2:
        emit("redis", "redis", [T("%d:C %s * Fork CoW for RDB: current %d MB, peak %d MB, average %d MB" % (
            ri(1000, 40000), redis_time(inner_ts()), ri(1, 40), ri(40, 90), ri(10, 40)))])
    else:
        redis_log("#", "Client id=%d addr=%s:%d laddr=10.20.3.14:6379 fd=%d name=%s age=%d idle=%d flags=N db=0 sub=0 psub=0 multi=-1 qbuf=0 qbuf-free=0 argv-mem=0 obl=0 oll=%d omem=%d tot-mem=%d events=r cmd=%s user=default redir=-1 resp=2 scheduled to be closed ASAP for overcoming of output buffer limits." % (
            ri(1000, 99999), priv_ip(), ri(30000, 65000), ri(8, 400), ch(["visit-svc", "intake-svc", "notify-svc"]), ri(1, 90000), ri(0, 9),
            ri(100, 4000), ri(10 ** 6, 10 ** 8), ri(10 ** 6, 10 ** 8), ch(["psync", "subscribe", "get"])))


@noise
def n_pino_cache():
    pino(ch(["intake-svc", "notify-svc"]), "info", {"cache": "redis", "hitRatio": round(R.uniform(0.6, 0.99), 3),
                                                    "keys": ch(["eligibility:*", "slots:*", "formulary:*", "session:*"]),
                                                    "evictions5m": ri(0, 400), "p99Ms": round(R.uniform(0.3, 9.0), 2)}, "cache stats")


def _relay_body(vendor, body_segs, event, level="info", ea=False):
    pino("webhook-relay", level, {"vendor": vendor, "eventType": event, "deliveryId": uuid4(),
                                  "signatureValid": True, "body": S(body_segs)}, "vendor webhook received", ea=ea)


@noise
def n_video_room():
    ev = ch(["room.created", "room.ended", "recording.started"])
    body = {"event": ev, "id": "evt_" + b62(20), "created": epoch_ms(now()) // 1000,
            "data": {"room": {"sid": "RM" + hexs(32), "name": visit_id(), "region": ch(["us-west-2", "us-east-1"]),
                              "maxParticipants": 4, "durationSec": ri(60, 3000) if ev == "room.ended" else None}}}
    _relay_body("vidcast", jval(body), ev)


@noise
def n_payment_payout():
    ev = ch(["payout.paid", "balance.available", "charge.refund.updated"])
    body = {"id": "evt_" + b62(24), "object": "event", "api_version": "2024-06-20", "type": ev,
            "data": {"object": {"id": {"payout.paid": "po_", "balance.available": "txn_", "charge.refund.updated": "re_"}[ev] + b62(24), "amount": ri(500, 900000), "currency": "usd",
                                "status": ch(["paid", "succeeded", "pending"])}}, "livemode": True}
    _relay_body("stripe", jval(body), ev)


@noise
def n_client_error_noise():
    kind = ri(0, 3)
    exc = [("ChunkLoadError", "Loading chunk %d failed.\n(error: https://app.tendwell.health/_next/static/chunks/%d.%s.js)" % (ri(100, 999), ri(100, 999), hexs(16))),
           ("TypeError", "Failed to fetch"),
           ("Error", "ResizeObserver loop completed with undelivered notifications."),
           ("AbortError", "The operation was aborted. (timeout 15000ms on GET /api/v2/clinicians/availability)")][kind]
    ev = {"event_id": hexs(32), "platform": "javascript", "level": "error", "release": "patient-web@%s" % semver(),
          "environment": "production", "exception": {"values": [{"type": exc[0], "value": exc[1]}]},
          "request": {"url": ch(["https://app.tendwell.health/visit/waiting-room", "https://app.tendwell.health/book/urgent-care",
                                 "https://app.tendwell.health/pharmacy/select", "https://app.tendwell.health/login"])},
          "contexts": {"browser": {"name": ch(["Chrome", "Safari", "Edge", "Samsung Internet"]), "version": "%d.0" % ri(110, 131)},
                       "os": {"name": ch(["iOS", "Android", "Windows", "macOS"])}},
          "tags": {"sessionReplay": "off", "route": ch(["/visit/[visitId]/waiting-room", "/book/[service]"])}}
    pino("client-errors", "warn", {"source": "sentry-tunnel", "event": ev}, "client error report")


@noise
def n_scheduler_job():
    job = ch(["eligibility-nightly", "reminder-sweep", "rpm-billing-rollup", "stale-intake-purge", "pdmp-reconcile"])
    if chance(0.5):
        zap("scheduler", "info", caller("cron/runner.go"), "job started", {"job": job, "runId": uuid4(), "schedule": ch(["0 3 * * *", "*/5 * * * *", "15 * * * *"])})
    else:
        zap("scheduler", "info", caller("cron/runner.go"), "job finished", {"job": job, "runId": uuid4(), "processed": ri(0, 9000),
                                                                            "failed": ri(0, 20), "elapsed": "%dm%ds" % (ri(0, 20), ri(0, 59))})


@noise
def n_startup():
    app = ch(["visit-svc", "rx-bridge", "rpm-ingest", "auth-svc", "scheduler"])
    if app in ("rx-bridge",):
        zerolog(app, "info", {"version": "v" + semver(), "commit": hexs(40), "build": ri(1000, 9999), "go": "go1.22.%d" % ri(3, 9), "port": 8080},
                "starting server")
    elif app == "rpm-ingest":
        slog(app, "info", "starting", {"version": "v" + semver(), "commit": hexs(12), "build": ri(1000, 9999), "grpcPort": 9090, "httpPort": 8080})
    else:
        zap(app, "info", caller("cmd/main.go"), "starting server", {"version": "v" + semver(), "commit": hexs(7), "buildNumber": ri(1000, 9999),
                                                                    "goVersion": "go1.22.%d" % ri(3, 9), "addr": ":%d" % ch([8080, 8443, 9000])})


@noise
def n_cert_expiry():
    na = datetime.date(2024, 11, 19) + datetime.timedelta(days=ri(5, 60))
    zap(ch(["auth-svc", "visit-svc"]), "warn", caller("tlsutil/watch.go"), "certificate nearing expiry",
        {"subject": ch(["CN=api.tendwell.health", "CN=scriptbridge-client.tendwell.internal", "CN=*.prod.svc.cluster.local"]),
         "notAfter": na.isoformat() + "T23:59:59Z", "daysLeft": (na - datetime.date(2024, 11, 19)).days, "serial": hexs(32, True)})


@noise
def n_breaker():
    target = ch(["scriptbridge", "vidcast", "stripe", "availity", "pverify"])
    app = {"scriptbridge": "rx-bridge", "vidcast": "visit-svc", "stripe": "billing-svc", "availity": "billing-svc", "pverify": "intake-svc"}[target]
    st = ch(["open", "half-open", "closed"])
    if app == "rx-bridge":
        zerolog(app, "warn", {"breaker": target, "state": st, "failures": ri(0, 12), "window": "30s"}, "circuit breaker state change")
    elif app == "visit-svc":
        zap(app, "warn", caller("vendor/breaker.go"), "circuit breaker state change", {"breaker": target, "state": st, "consecutiveFailures": ri(0, 12)})
    elif app == "billing-svc":
        winston(app, "warn", "circuit breaker state change", {"breaker": target, "state": st, "errorRate": round(R.uniform(0, 0.6), 2)})
    else:
        pino(app, "warn", {"breaker": target, "state": st, "errorRate": round(R.uniform(0, 0.6), 2)}, "circuit breaker state change")


@noise
def n_clinician_shift():
    c = clin()
    zap("visit-svc", "info", caller("roster/shift.go"), "clinician on shift",
        {"clinicianName": c.display, "clinicianRef": c.npi, "stateLicense": "%s-%s" % (ch(["WA", "OR", "TX", "CA"]), c.lic),
         "queue": ch(["urgent-care", "behavioral", "derm-async", "rpm-review"]), "careTeamUser": c.user, "contact": c.email})


@noise
def n_epcs():
    c = clin()
    zerolog("rx-bridge", "info", {"orderNo": order_no(), "prescriberNpi": c.npi, "prescriberDea": c.dea, "schedule": ch(["II", "IV", "V"]),
                                  "twoFactor": ch(["hard-token", "push-biometric"]), "signedBy": c.user}, "EPCS signature completed")


@noise
def n_otel():
    app = ch(["intake-svc", "billing-svc", "idv-svc"])
    pino(app, "warn", {"exporter": "otlp-grpc", "endpoint": "http://otel-collector.observability:4317", "droppedSpans": ri(1, 900),
                       "err": "14 UNAVAILABLE: No connection established"}, "span export failed")


@noise
def n_kafka_rebalance():
    slog("rpm-ingest", "warn", "consumer group rebalancing", {"group": "rpm-ingest-v3", "memberId": "rpm-ingest-%s-%s" % (hexs(8), uuid4()),
                                                              "generation": ri(100, 900), "assigned": [ri(0, 11) for _ in range(3)]})


@noise
def n_ratelimit():
    pino("intake-svc", "warn", {"limiter": "pverify-eligibility", "clientId": "svc-" + ch(["billing", "scheduler", "intake"]),
                                "limit": 50, "windowSec": 1, "retryAfterMs": ri(100, 2000)}, "rate limit exceeded")


@noise
def n_zap_visit_metrics():
    zap("visit-svc", "debug", caller("metrics/queue.go"), "queue depth", {"queue": ch(["urgent-care", "behavioral", "derm-async"]),
                                                                          "waiting": ri(0, 40), "p50WaitSec": ri(10, 900), "onShift": ri(1, 14)})


@noise
def n_idv_vendor():
    pino("idv-svc", "info", {"vendor": "persona", "inquiryTemplate": "itmpl_" + b62(20), "sessionId": "idv_" + ulid(), "status": ch(["created", "expired", "pending"]),
                             "durationMs": ri(100, 4000)}, "verification session updated")


@noise
def n_notify_delivery():
    pino("notify-svc", "info", {"messageRef": "SM" + hexs(32), "status": ch(["delivered", "sent", "queued"]), "segments": ri(1, 3),
                                "templateId": ch(["visit-reminder-24h", "rx-ready", "otp-login"]), "visitId": visit_id()}, "sms status callback")


@noise
def n_billing_cfg():
    winston("billing-svc", "info", "config reloaded", {"configVersion": ri(100, 999), "checksum": sha(40), "remitTo": ORG["addr"],
                                                        "billingFax": ORG["fax"], "billingPhone": ORG["support_phone"]})


@noise
def n_redis_monitor_noise():
    t = epoch_f(inner_ts())[:-1]
    cmd = ch(['"GET" "slots:%s:2024-11-2%d"' % (npi(), ri(0, 9)), '"EXPIRE" "ratelimit:svc-scheduler" "1"',
              '"HGETALL" "formulary:%s"' % digits(11), '"INCR" "metrics:visits:completed:2024-11-19"'])
    emit("redis", "redis_monitor", [T('%s [0 %s:%d] %s' % (t, priv_ip(), ri(30000, 65000), cmd))])


# ---------------------------------------------------------------------------
# PHI templates (part 1: intake, visits, edge, database, cache)
# ---------------------------------------------------------------------------


def mr(p):
    return P(p.member_ref, "mrn")


@phi
def p_intake_registered():
    p = patient()
    f = {"reqRef": "req-" + b62(10), "traceRef": trace_ref(), "memberRef": mr(p),
         "clientGiven": P(p.given, "name"), "clientFamily": P(p.family, "name"),
         "clientDOB": P(dfmt(p.dob), "date"), "contactMail": P(p.email, "email"),
         "signupChannel": ch(["ios", "android", "web", "partner:walgreens-find-care"]), "appVersion": semver()}
    if chance(0.4):
        f["contactNumber"] = P(p.phone, "phone")
    pino("intake-svc", "info", f, "member registered", ea=chance(0.35))


@phi
def p_intake_address():
    p = patient()
    f = {"memberRef": mr(p), "homeAddr": home_addr_obj(p), "validator": "smarty-us-street",
         "dpvMatchCode": ch(["N", "S", "D"]), "footnotes": ch(["A#N1#", "C#M#", "F#"]), "latencyMs": ri(40, 800)}
    pino("intake-svc", "warn", f, "homeAddr failed delivery-point validation")


@phi
def p_intake_zod():
    p = patient()
    issues = [{"code": "invalid_string", "validation": "regex", "path": ["contactNumber"], "message": "Invalid phone",
               "received": P(p.phone + ch(["", " ext 12", "x"]), "phone")},
              {"code": "invalid_date", "path": ["clientDOB"], "message": "Invalid date",
               "received": P("%02d/%02d/%d" % (p.dob.day, p.dob.month, p.dob.year) if chance(0.5) else dfmt(p.dob, "long"), "date")}]
    R.shuffle(issues)
    pino("intake-svc", "error", {"reqRef": "req-" + b62(10), "route": "/v2/intake/profile", "err": {"type": "ZodError", "issues": issues[:ri(1, 2)]}},
         "intake payload rejected")


@phi
def p_visit_scheduled():
    p = patient()
    c = clin()
    slot = appt_dt()
    f = {"visitId": visit_id(), "memberRef": mr(p), "clinicianRef": c.npi, "visitType": ch(["urgent-care", "behavioral-followup", "derm-async", "weight-mgmt"]),
         "slotStart": P(slot.strftime("%Y-%m-%dT%H:%M:00") + ch(["-08:00", "-05:00", "-06:00", "Z"]), "date"), "slotMinutes": ch([15, 20, 30, 45]),
         "createdBy": ch(["self", "careops_mreyes", "support.agent07"])}
    zap("visit-svc", "info", caller("visits/schedule.go"), "visit scheduled", f)


@phi
def p_visit_sql_debug():
    p = patient()
    zap("visit-svc", "debug", caller("store/members.go"), "query",
        {"sql": "SELECT id, member_ref, client_dob FROM members WHERE member_ref = $1 OR (lower(client_family) = lower($2) AND client_dob = $3)",
         "args": [mr(p), P(p.family, "name"), P(p.dob.strftime("%Y-%m-%d"), "date")], "rows": ri(0, 2), "elapsed": "%.3fms" % R.uniform(0.2, 40)})


def xff(ip_):
    segs = [L(ip_, "ip")]
    if chance(0.5):
        segs.append(T(", " + priv_ip()))
    return segs


@phi
def p_nginx_member_path():
    p = patient()
    tail = ch(["/visits?include=notes,clinician", "/profile", "/documents/consent-2024.pdf", "/rpm/readings?limit=50&kind=bp",
               "/statements?limit=12", "/care-plan"])
    path = [T("/api/v2/members/"), L(p.member_ref, "mrn"), T(tail)]
    ip_ = pub_ip() if chance(0.85) else pub_ipv6()
    nginx_access(priv_ip(), ch(["GET", "GET", "PATCH"]), path, ch([200, 200, 304, 403, 404]), ch(NGINX_UA), xff_segs=xff(ip_),
                 ref="https://app.tendwell.health/")


@phi
def p_nginx_lookup_query():
    p = patient()
    parts = [T("/api/v2/intake/lookup?contactMail=")] + urlq([L(p.email, "email")])
    if chance(0.6):
        parts += [T("&clientDOB=")] + urlq([L(dfmt(p.dob, ch(["iso", "us"])), "date")])
    if chance(0.4):
        parts += [T("&homeZip="), L(p.zip, "zip")]
    parts.append(T("&src=%s" % ch(["ios", "web", "android"])))
    nginx_access(priv_ip(), "GET", parts, ch([200, 404, 429]), ch(NGINX_UA), xff_segs=[L(pub_ip(), "ip")])


@phi
def p_nginx_phone_query():
    p = patient()
    ph = phone(p.city[4], fmt=ch(["e164", "paren", "dash"]))
    parts = [T("/api/v2/auth/otp/start?contactNumber=")] + urlq([L(ph, "phone")]) + [T("&channel=sms&locale=%s" % ch(["en-US", "es-US"]))]
    nginx_access(priv_ip(), "POST", parts, ch([200, 202, 429]), ch(NGINX_UA), xff_segs=xff(pub_ip()))


@phi
def p_nginx_error_member():
    p = patient()
    ip_ = pub_ip()
    segs = [T("upstream timed out (110: Connection timed out) while reading response header from upstream, client: "), L(ip_, "ip"),
            T(", server: api.tendwell.health, request: \"POST /api/v2/members/"), L(p.member_ref, "mrn"),
            T("/consents HTTP/2.0\", upstream: \"http://%s:8080/v2/members/" % priv_ip()), L(p.member_ref, "mrn"),
            T("/consents\", host: \"api.tendwell.health\"")]
    nginx_error("error", segs)


@phi
def p_pg_dup_email():
    p = patient()
    pid = pg("ERROR", [T("duplicate key value violates unique constraint \"members_contact_mail_key\"")])
    pg("DETAIL", [T("Key (lower(contact_mail::text))=("), L(p.email.lower(), "email"), T(") already exists.")], pid=pid)
    pg("STATEMENT", [T("INSERT INTO members (member_ref, client_given, client_family, client_dob, contact_mail, created_at) VALUES ($1, $2, $3, $4, $5, now()) RETURNING id")], pid=pid)


@phi
def p_pg_slow_params():
    p = patient()
    pid = pg("LOG", [T("duration: %.3f ms  execute S_%d: SELECT m.id, m.member_ref FROM members m WHERE lower(m.contact_mail) = lower($1) AND m.client_dob = $2::date" % (
        R.uniform(1000, 6000), ri(1, 40)))])
    pg("DETAIL", [T("parameters: $1 = '"), L(p.email, "email"), T("', $2 = '"), L(p.dob.strftime("%Y-%m-%d"), "date"), T("'")], pid=pid)


@phi
def p_pg_failing_row():
    p = patient()
    pid = pg("ERROR", [T("new row for relation \"members\" violates check constraint \"members_contact_number_e164\"")])
    rowid = ri(100000, 999999)
    pg("DETAIL", [T("Failing row contains (%d, " % rowid), L(p.member_ref, "mrn"), T(", "), L(p.given, "name"), T(", "), L(p.family, "name"),
                  T(", "), L(p.dob.strftime("%Y-%m-%d"), "date"), T(", "), L(phone(p.city[4], "paren"), "phone"),
                  T(", null, %s, t, %s+00)." % (ch(["ios", "web"]), now().strftime("%Y-%m-%d %H:%M:%S.%f")))], pid=pid)


@phi
def p_pg_statement_literal():
    p = patient()
    newphone = phone(p.city[4], "dash")
    pg("LOG", [T("statement: UPDATE members SET contact_number = '"), L(newphone, "phone"), T("', home_line1 = '"),
               L(p.street.replace("'", "''"), "address"), T("', home_postcode = '"), L(p.zip, "zip"),
               T("', updated_by = '%s' WHERE member_ref = '" % ch(STAFF)), L(p.member_ref, "mrn"), T("';")],
       user=ch(["dmitchell-admin", "ra.mendoza", "oncall-sre"]), db="telehealth")


@phi
def p_cache_set():
    p = patient()
    key = ch(["member:profile:", "member:eligibility:", "intake:draft:", "member:careplan:"])
    pino(ch(["intake-svc", "notify-svc"]), "debug", {"op": "SET", "key": S([T(key), L(p.member_ref, "mrn")]), "ttlSec": ch([300, 900, 3600, 86400]),
                                                     "bytes": ri(200, 9000)}, "cache write")


@phi
def p_redis_monitor():
    p = patient()
    t = epoch_f(inner_ts())[:-1]
    k = ri(0, 2)
    if k == 0:
        ph = phone(p.city[4], "e164")
        segs = [T('%s [0 %s:%d] "SET" "otp:' % (t, priv_ip(), ri(30000, 65000))), L(ph, "phone"), T('" "%s" "EX" "300"' % digits(6))]
    elif k == 1:
        segs = [T('%s [0 %s:%d] "GET" "session:byMail:' % (t, priv_ip(), ri(30000, 65000))), L(p.email, "email"), T('"')]
    else:
        segs = [T('%s [0 %s:%d] "HSET" "member:' % (t, priv_ip(), ri(30000, 65000))), L(p.member_ref, "mrn"),
                T('" "clientName" "'), L(p.full, "name"), T('" "homeZip" "'), L(p.zip, "zip"), T('"')]
    emit("redis", "redis_monitor", segs)


@phi
def p_visit_tcm():
    p = patient()
    adm = datetime.date(2024, 11, ri(1, 12))
    dis = adm + datetime.timedelta(days=ri(1, 6))
    fac = ch([("St. Joseph Medical Center", "(253) 426-4101"), ("OhioHealth Riverside Methodist", "(614) 566-5000"),
              ("UNM Hospital", "(505) 272-2111"), ("Saint Alphonsus Regional", "(208) 367-2121")])
    zap("visit-svc", "info", caller("referrals/tcm.go"), "TCM referral received",
        {"memberRef": mr(p), "admitDate": P(dfmt(adm, ch(["iso", "us"])), "date"), "dischargeDate": P(dfmt(dis, ch(["iso", "us"])), "date"),
         "facility": fac[0], "facilityPhone": fac[1], "source": "adt-a03", "followupDueBy": P((dis + datetime.timedelta(days=7)).isoformat(), "date")})


@phi
def p_visit_audit():
    p = patient()
    zap("visit-svc", "info", caller("audit/emit.go"), "audit",
        {"actor": ch(STAFF), "action": ch(["chart.view", "chart.export", "note.sign", "rx.review"]), "memberRef": mr(p),
         "clientName": P(p.name_variant(), "name"), "visitId": visit_id(), "reason": ch(["scheduled-visit", "care-coordination", "billing-inquiry"])})


@phi
def p_visit_kin():
    p = patient()
    kin_given, kin_family = ch(GIVEN), (p.family if chance(0.6) else ch(FAMILY))
    zap("visit-svc", "info", caller("members/contacts.go"), "emergency contact updated",
        {"memberRef": mr(p), "kin": {"name": P("%s %s" % (kin_given, kin_family), "name"), "relation": ch(["daughter", "spouse", "son", "mother", "partner", "neighbor"]),
                                     "contactNumber": P(phone(p.city[4]), "phone")}, "updatedBy": "self"})


@phi
def p_visit_minor_guardian():
    p = minor()
    g_family = p.family if chance(0.7) else ch(FAMILY)
    g_given = ch(GIVEN)
    pino("intake-svc", "info", {"memberRef": mr(p), "clientGiven": P(p.given, "name"), "clientDOB": P(dfmt(p.dob), "date"),
                                "guardian": {"name": P("%s %s" % (g_given, g_family), "name"), "relation": ch(["mother", "father", "legal-guardian", "grandmother"]),
                                             "contactNumber": P(phone(p.city[4]), "phone"), "contactMail": P(email_for(g_given, g_family, 1980 + ri(0, 15)), "email")},
                                "consentVersion": "peds-2024.3"}, "pediatric intake guardian attached")


@phi
def p_triage_age():
    p = elder()
    a = age_of(p.dob)
    zap("visit-svc", "info", caller("triage/score.go"), "triage score computed",
        {"visitId": visit_id(), "memberRef": mr(p), "clientAge": P(a, "age"), "acuity": ch([2, 3]), "fallRisk": True,
         "rules": ["geriatric-escalation", "polypharmacy>10"], "scoreVersion": "triage-%s" % semver()})


@phi
def p_age_mixed():
    """one over-89 patient in text plus an unlabeled younger age."""
    p = elder()
    a = age_of(p.dob)
    pino("intake-svc", "warn", {"memberRef": mr(p), "rule": "rpm-eligibility", "detail": S([T("client is "), L(str(a), "age"),
                                T(" y/o; caregiver (%d y/o) must co-sign device agreement" % ri(45, 70))])}, "eligibility rule flagged")


@phi
def p_go_struct_dump():
    p = patient()
    segs = [T("&{ID:%d MemberRef:" % ri(100000, 999999)), L(p.member_ref, "mrn"), T(" ClientGiven:"), L(p.given, "name"),
            T(" ClientFamily:"), L(p.family, "name"), T(" ClientDOB:"), L(p.dob.strftime("%Y-%m-%d") + " 00:00:00 +0000 UTC", "date"),
            T(" ContactNumber:"), L(p.phone, "phone")]
    segs += [T(" ContactFax:"), L(phone(p.city[4], "dash"), "fax")] if chance(0.35) else [T(" ContactFax:")]
    segs += [T(" HomeAddr:<nil> CoverageRef:"), L(p.plan_id, "health_plan"), T(" Deleted:false}")]
    zap("visit-svc", "error", caller("members/sync.go"), "failed to upsert member",
        {"error": "pq: could not serialize access due to concurrent update", "member": S(segs),
         "stacktrace": "gitlab.com/tendwell/visit-svc/internal/members.(*Syncer).Upsert\n\t/src/internal/members/sync.go:%d\ngitlab.com/tendwell/visit-svc/internal/members.(*Syncer).Run\n\t/src/internal/members/sync.go:%d" % (ri(80, 200), ri(40, 79))})


@phi
def p_ts_typeerror():
    p = patient()
    pino("intake-svc", "error", {"err": {"type": "TypeError", "message": "Cannot read properties of undefined (reading 'postcode')",
                                         "stack": "TypeError: Cannot read properties of undefined (reading 'postcode')\n    at normalizeHomeAddr (/app/dist/intake/address.js:%d:31)\n    at IntakeService.saveProfile (/app/dist/intake/service.js:%d:22)" % (ri(40, 200), ri(100, 400))},
                                 "memberRef": mr(p), "homeAddr": {"line1": P(p.street, "address"), "locality": P(p.city[0], "address")}},
         "saveProfile failed")


@phi
def p_ipv6_login():
    p = patient()
    ip_ = pub_ipv6() if chance(0.6) else pub_ip()
    zap("auth-svc", "info", caller("handlers/member_login.go"), "member login succeeded",
        {"memberRef": mr(p), "originIp": P(ip_, "ip"), "deviceModel": ch(["iPhone15,2", "SM-S918U", "Pixel 8", "iPad13,18"]),
         "mfa": ch(["sms", "email", "none"]), "sessionRef": "ses_" + b62(20)})


@phi
def p_login_failed():
    p = patient()
    zap("auth-svc", "warn", caller("handlers/member_login.go"), "member login failed",
        {"loginId": P(p.email if chance(0.7) else p.email.upper(), "email"), "originIp": P(pub_ip(), "ip"), "reason": ch(["bad_password", "locked", "otp_expired"]),
         "attempt": ri(1, 6), "userAgent": ch(NGINX_UA)})


# ---------------------------------------------------------------------------
# PHI templates (part 2: vendors, client app, devices, identity, billing)
# ---------------------------------------------------------------------------


@phi
def p_video_participant():
    p = patient()
    c = clin()
    ev = ch(["participant.joined", "participant.left", "participant.reconnecting"])
    body = {"event": ev, "id": "evt_" + b62(20), "created": epoch_ms(now()) // 1000,
            "data": {"room": {"sid": "RM" + hexs(32), "name": visit_id()},
                     "participant": {"sid": "PA" + hexs(32), "identity": P(p.member_ref, "mrn"), "displayName": P(p.name_variant() if chance(0.5) else p.given, "name"),
                                     "role": "guest", "network": {"ip": P(pub_ip(), "ip"), "type": ch(["wifi", "cellular"]), "rttMs": ri(20, 400)},
                                     "client": ch(["ios-sdk/3.4.1", "web/2.19.0", "android-sdk/3.3.9"])},
                     "host": {"identity": c.user, "displayName": c.display}}}
    _relay_body("vidcast", jval(body), ev, ea=chance(0.3))


@phi
def p_video_recording():
    p = patient()
    vid = visit_id()
    url = "https://media.vidcast.io/v1/recordings/%s/%s_%s.mp4?X-Amz-Expires=3600&X-Amz-Signature=%s" % (
        "RM" + hexs(32), p.member_ref, vid, hexs(64))
    body = {"event": "recording.completed", "id": "evt_" + b62(20), "data": {"room": {"name": vid}, "durationSec": ri(120, 2400),
                                                                             "downloadUrl": P(url, "url"), "sizeBytes": ri(10 ** 6, 9 * 10 ** 8)}}
    _relay_body("vidcast", jval(body), "recording.completed")


@phi
def p_payment_failed():
    p = patient()
    holder = p if chance(0.6) else Person()
    ev = ch(["charge.failed", "payment_intent.payment_failed"])
    bd = {"address": {"city": P(holder.city[0], "address"), "country": "US", "line1": P(holder.street, "address"), "line2": None,
                      "postal_code": P(holder.zip[:5], "zip"), "state": holder.state},
          "email": P(holder.email, "email"), "name": P(holder.full, "name"), "phone": P(phone(holder.city[4], "e164"), "phone")}
    body = {"id": "evt_" + b62(24), "object": "event", "api_version": "2024-06-20", "type": ev,
            "data": {"object": {"id": ch(["ch_", "pi_"]) + b62(24), "amount": ch([2900, 4900, 7900, 12500]), "currency": "usd",
                                "billing_details": bd, "failure_code": ch(["card_declined", "incorrect_zip", "expired_card"]),
                                "metadata": {"memberRef": mr(p), "visitId": visit_id()},
                                "payment_method_details": {"card": {"brand": ch(["visa", "mastercard", "amex"]), "last4": digits(4),
                                                                    "exp_month": ri(1, 12), "exp_year": ri(2025, 2030), "fingerprint": b62(16)}}}},
            "livemode": True}
    _relay_body("stripe", jval(body), ev, level="warn")


@phi
def p_card_leak():
    p = patient()
    winston("billing-svc", "error", "card tokenization failed", {"memberRef": mr(p), "cardNo": P(card_number(), "account"),
                                                                  "expMonth": ri(1, 12), "expYear": ri(2025, 2031), "cvcPresent": True,
                                                                  "err": "StripeInvalidRequestError: Sending credit card numbers directly to the Stripe API is generally unsafe.",
                                                                  "requestId": "req_" + b62(14)})


@phi
def p_statement():
    p = patient()
    g = p if chance(0.5) else Person()
    winston("billing-svc", "info", "patient statement generated", {"statementRef": "STM-%s" % digits(8), "billingAcct": P("PA%s" % digits(9), "account"),
                                                                     "guarantorName": P(g.name_variant(), "name"), "guarantorAddr": S(addr_oneline(g)),
                                                                     "balanceCents": ri(1500, 48000), "dunningLevel": ri(0, 3), "remitTo": ORG["addr"]})


@phi
def p_ach_refund():
    p = patient()
    winston("billing-svc", "info", "ACH refund initiated", {"refundRef": "rf_" + b62(20), "memberRef": mr(p), "accountHolder": P(p.full, "name"),
                                                             "routingNumber": aba_routing(), "bankAcct": P(digits(ri(8, 12)), "account"),
                                                             "amountCents": ri(500, 30000), "reason": "overpayment"})


@phi
def p_iban_refund():
    p = patient()
    winston("billing-svc", "warn", "international refund requires manual review", {"memberRef": mr(p), "iban": P(iban(), "account"),
                                                                                    "beneficiary": P(p.name_variant(), "name"), "bic": ch(["DEUTDEFF", "NWBKGB2L", "CAIXESBB", "INGBNL2A"]),
                                                                                    "amountCents": ri(500, 30000), "assignee": "billing.analyst3"})


@phi
def p_cardholder_update():
    p = patient()
    winston("billing-svc", "info", "payment method updated", {"memberRef": mr(p), "cardholder": P(p.full.upper() if chance(0.3) else p.full, "name"),
                                                               "billingZip": P(p.zip[:5], "zip"), "brand": ch(["visa", "mastercard", "discover"]),
                                                               "last4": digits(4), "wallet": ch([None, "apple_pay", "google_pay"])})


@phi
def p_erx_newrx():
    p = patient()
    c = clin()
    ph = ch(PHARMACIES)
    zerolog("rx-bridge", "info", {"orderNo": order_no(), "messageId": uuid4(),
                                  "patient": {"first": P(p.given, "name"), "last": P(p.family, "name"), "dob": P(p.dob.strftime("%Y-%m-%d"), "date"),
                                              "gender": p.sex, "zip": P(p.zip[:5], "zip")},
                                  "prescriber": {"npi": c.npi, "dea": c.dea, "name": c.display},
                                  "pharmacy": {"ncpdpId": ph[1], "name": ph[0], "phone": ph[2]},
                                  "drug": {"ndc": "%s-%s-%s" % (digits(5), digits(4), digits(2)),
                                           "desc": ch(["amoxicillin 500 mg capsule", "sertraline 50 mg tablet", "nitrofurantoin 100 mg capsule",
                                                       "semaglutide 0.25 mg/0.5 mL pen", "lisinopril 10 mg tablet"]), "qty": ch([14, 20, 30, 90])},
                                  "ageYears": P(age_of(p.dob), "age") if age_of(p.dob) >= 90 else age_of(p.dob)},
            "NewRx sent")


def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@phi
def p_erx_xml_error():
    p = patient()
    segs = [T('<?xml version="1.0" encoding="UTF-8"?><Message xmlns="http://www.ncpdp.org/schema/SCRIPT" version="2017071"><Header><To Qualifier="P">%s</To><From Qualifier="C">TENDWELL</From><MessageID>%s</MessageID></Header><Body><Error><Code>900</Code><DescriptionCode>1000</DescriptionCode><Description>Patient demographics do not match pharmacy profile</Description></Error><Patient><HumanPatient><Name><LastName>' % (
        ch(PHARMACIES)[1], hexs(24))), L(xml_esc(p.family), "name"), T("</LastName><FirstName>"), L(xml_esc(p.given), "name"),
            T("</FirstName></Name><Gender>%s</Gender><DateOfBirth><Date>" % p.sex), L(p.dob.strftime("%Y-%m-%d"), "date"),
            T("</Date></DateOfBirth><Address><AddressLine1>"), L(xml_esc(p.street), "address"), T("</AddressLine1><City>"), L(p.city[0], "address"),
            T("</City><StateProvince>%s</StateProvince><PostalCode>" % p.state), L(p.zip.replace("-", ""), "zip"),
            T("</PostalCode></Address></HumanPatient></Patient></Body></Message>")]
    zerolog("rx-bridge", "error", {"orderNo": order_no(), "vendor": "scriptbridge", "httpStatus": 200, "responseBody": S(segs)}, "vendor returned Error")


@phi
def p_pdmp():
    p = patient()
    c = clin()
    zerolog("rx-bridge", "debug", {"pdmpRequest": {"state": p.state, "lastName": P(p.family.upper(), "name"), "firstName": P(p.given.upper(), "name"),
                                                   "dob": P(dfmt(p.dob, "us"), "date"), "zip": P(p.zip[:5], "zip"), "requestorNpi": c.npi,
                                                   "requestorRole": "prescriber"}, "gateway": "appriss-pmpi", "latency_ms": ri(200, 4000)}, "PDMP query")


@phi
def p_pharmacy_callback():
    p = patient()
    ph = ch(PHARMACIES)
    zerolog("rx-bridge", "info", {"orderNo": order_no(), "pharmacy": {"name": ph[0], "phone": ph[2], "fax": ph[3]},
                                  "note": S([T(ch(["Pt requests callback at ", "PT CALLBACK ", "patient asked us to call "])), L(phone(p.city[4]), "phone"),
                                             T(ch([" re: prior auth", " - needs PA for brand", " about copay"]))])}, "pharmacy message received")


def sentry_event(user, url_segs=None, exc=("TypeError", "undefined is not an object (evaluating 'visit.clinician.name')"),
                 crumbs=None, device=None):
    ev = {"event_id": hexs(32), "platform": ch(["javascript", "react-native"]), "level": "error",
          "release": "com.tendwell.patient@5.%d.%d+%d" % (ri(8, 12), ri(0, 9), ri(700, 820)), "environment": "production",
          "exception": {"values": [{"type": exc[0], "value": exc[1]}]}}
    if url_segs:
        ev["request"] = {"url": RawJ([T('"')] + esc_segs(url_segs) + [T('"')])}
    if user:
        ev["user"] = user
    if crumbs:
        ev["breadcrumbs"] = crumbs
    ev["contexts"] = device or {"os": {"name": ch(["iOS", "Android"]), "version": ch(["17.6.1", "18.1", "14", "13"])},
                                "app": {"app_build": str(ri(700, 820))}}
    return ev


@phi
def p_client_user():
    p = patient()
    user = {"id": mr(p), "ip_address": P(pub_ip(), "ip")}
    if chance(0.5):
        user["email"] = P(p.email, "email")
    url = [L("https://app.tendwell.health/members/%s/visits/%s/summary" % (p.member_ref, visit_id()), "url")] if chance(0.6) else None
    pino("client-errors", "warn", {"source": "sentry-tunnel", "event": sentry_event(user, url)}, "client error report")


@phi
def p_client_crumbs():
    p = patient()
    crumbs = [{"category": "navigation", "data": {"from": "/book/urgent-care", "to": "/intake/contact"}},
              {"category": "console", "level": "log", "message": S([T("[intake] submitting contact "), L(p.phone, "phone"), T(" / "), L(p.email, "email")])},
              {"category": "xhr", "data": {"method": "POST", "url": "/api/v2/intake/contact", "status_code": 422}}]
    pino("client-errors", "warn", {"source": "sentry-tunnel", "event": sentry_event(None, exc=("Error", "Request failed with status code 422"), crumbs=crumbs)},
         "client error report")


@phi
def p_client_imei():
    p = patient()
    dev = {"device": {"model": ch(["SM-A146U", "moto g play - 2023", "SM-G991U"]), "manufacturer": ch(["samsung", "motorola"]),
                      "imei": P(imei(), "device")}, "os": {"name": "Android", "version": ch(["12", "13"])}}
    pino("client-errors", "error", {"source": "sentry-tunnel", "event": sentry_event({"id": mr(p)}, exc=("java.lang.SecurityException", "getDeviceId: The user 10231 does not meet the requirements to access device identifiers."), device=dev)},
         "client error report")


@phi
def p_client_avatar():
    p = patient()
    pino("client-errors", "warn", {"source": "rn-upload", "memberRef": mr(p), "err": "413 Payload Too Large",
                                   "payloadPreview": {"field": "avatar", "dataUri": P(jpeg_data_uri(), "photo")}}, "avatar upload failed")


def jpeg_data_uri(prefix=True):
    hdr = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
                 0xFF, 0xDB, 0x00, 0x43, 0x00])
    body = bytes(R.getrandbits(8) for _ in range(ri(700, 2200)))
    b = base64.b64encode(hdr + body + bytes([0xFF, 0xD9])).decode()
    return ("data:image/jpeg;base64," + b) if prefix else b


def rpm_serial(model):
    return {"TW-BP2": "BP2%s%s" % (digits(2), alnum(7, "0123456789ABCDEF")), "TW-SCALE1": "SC1-%s-%s" % (digits(4), digits(5)),
            "TW-GLU3": "GLU3%s" % alnum(9, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"), "TW-SPO2": "OX%s%s" % (digits(6), ch("ABCD"))}[model]


@phi
def p_rpm_reading():
    p = patient()
    model = ch(["TW-BP2", "TW-SCALE1", "TW-GLU3", "TW-SPO2"])
    f = {"memberRef": mr(p), "model": model, "devSerial": P(rpm_serial(model), "device")}
    if chance(0.6):
        f["hwAddr"] = P(mac(), "device")
    f.update({"bp": {"sys": ri(100, 180), "dia": ri(60, 110), "pulse": ri(50, 110)}} if model == "TW-BP2" else {"value": round(R.uniform(60, 300), 1)})
    f["fw"] = "v" + semver()
    slog("rpm-ingest", "info", "reading accepted", f)


@phi
def p_rpm_hub():
    p = patient()
    f = {"hubModel": "TW-HUB-LTE", "imei": P(imei(), "device"), "iccid": P(iccid(), "device"), "rssi": -ri(60, 110), "carrier": ch(["AT&T", "T-Mobile", "Verizon"])}
    if chance(0.5):
        f["memberRef"] = mr(p)
    slog("rpm-ingest", ch(["info", "warn"]), "hub check-in", f)


@phi
def p_rpm_udi():
    p = patient()
    slog("rpm-ingest", "info", "device assigned", {"memberRef": mr(p), "udi": P(udi(), "device"), "shippedVia": "UPS", "assignedBy": ch(STAFF),
                                                   "warehouse": "Tendwell Fulfillment, 4100 Westgate Blvd, Austin, TX 78745"})


@phi
def p_rpm_ble_pair():
    p = patient()
    m = mac(ch(["upper", "lower"]))
    slog("rpm-ingest", "warn", "ble pairing timeout", {"memberRef": mr(p), "peer": P(m, "device"), "gatewayMac": "02:42:ac:11:00:%02x" % ri(2, 250),
                                                       "attempt": ri(1, 5), "err": S([T("bluez: org.bluez.Error.Failed le-connection-abort-by-local on "), L(m, "device")])})


def aamva_raw(p, dln):
    iss = datetime.date(ri(2017, 2023), ri(1, 12), ri(1, 28))
    exp = datetime.date(iss.year + 8, p.dob.month, p.dob.day)
    mid = fold(p.middle).upper().rstrip(".") if p.middle else None
    segs = [T("@\n\x1e\rANSI 6360%s090002DL00410278ZW03190008DLDAQ" % digits(2)), L(dln, "license"),
            T("\nDCS"), L(fold(p.family).upper(), "name"), T("\nDDEN\nDAC"), L(fold(p.given).upper(), "name"), T("\nDDFN\nDAD")]
    segs += [L(mid, "name")] if mid else [T("NONE")]
    segs += [T("\nDDGN\nDCAC\nDCBNONE\nDCDNONE\nDBD%s\nDBB" % iss.strftime("%m%d%Y")), L(p.dob.strftime("%m%d%Y"), "date"),
             T("\nDBA%s\nDBC%s\nDAYBRO\nDAU0%d IN\nDAG" % (exp.strftime("%m%d%Y"), "2" if p.sex == "F" else "1", ri(59, 76))),
             L(fold(p.street).upper(), "address"), T("\nDAI"), L(fold(p.city[0]).upper(), "address"), T("\nDAJ%s\nDAK" % p.state),
             L(p.zip.replace("-", "") + ("0000" if len(p.zip) == 5 else ""), "zip"), T("  \nDCGUSA\nDDAF\nDDB09012017\r")]
    return segs


@phi
def p_idv_aamva():
    p = patient()
    dln = dl_number(p.state, p.given, p.family)
    pino("idv-svc", "debug", {"sessionId": "idv_" + ulid(), "memberRef": mr(p), "scanner": "pdf417-wasm@2.1.0", "raw": S(aamva_raw(p, dln))},
         "barcode decoded", ea=chance(0.5))


@phi
def p_idv_result():
    p = patient()
    dln = dl_number(p.state, p.given, p.family)
    pino("idv-svc", "info", {"sessionId": "idv_" + ulid(), "memberRef": mr(p), "decision": ch(["approved", "needs_review", "declined"]),
                             "document": {"type": "drivers_license", "number": P(dln, "license"), "issuingState": p.state,
                                          "expires": "20%d-%02d-%02d" % (ri(26, 31), ri(1, 12), ri(1, 28))},
                             "nameOnDoc": P(fold(p.full).upper() if chance(0.5) else p.full, "name"), "dobMatch": chance(0.8)}, "verification decision")


@phi
def p_idv_face():
    p = patient()
    tmpl = base64.b64encode(bytes(R.getrandbits(8) for _ in range(512))).decode()
    f = {"sessionId": "idv_" + ulid(), "memberRef": mr(p), "faceprint": {"model": "arcface-r100-v2", "dim": 128, "dtype": "float32", "vector": P(tmpl, "biometric")},
         "matchScore": round(R.uniform(0.3, 0.99), 4), "liveness": ch(["pass", "fail"])}
    if chance(0.7):
        f["selfie"] = P(jpeg_data_uri(prefix=chance(0.6)), "photo")
    pino("idv-svc", "debug", f, "face match computed")


def mrz_check(s):
    vals = {c: i for i, c in enumerate("0123456789")}
    vals.update({c: 10 + i for i, c in enumerate(string.ascii_uppercase)})
    vals["<"] = 0
    w = [7, 3, 1]
    return str(sum(vals[c] * w[i % 3] for i, c in enumerate(s)) % 10)


@phi
def p_idv_passport():
    p = patient()
    ctry = ch(["MEX", "GBR", "NGA", "PHL", "IND", "CAN", "DEU", "VNM"])
    sur = "".join(c if c.isalpha() else "<" for c in fold(p.family).upper().replace(".", "").replace("'", ""))
    giv = "".join(c if c.isalpha() else "<" for c in fold(p.given).upper().replace(".", "").replace("'", ""))
    l1_head = "P<" + ctry
    fill = 44 - len(l1_head) - len(sur) - 2 - len(giv)
    pno = alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(7)
    d6 = p.dob.strftime("%y%m%d")
    exp6 = "%02d%02d%02d" % (ri(26, 33), ri(1, 12), ri(1, 28))
    sx = "F" if p.sex == "F" else ("M" if p.sex == "M" else "<")
    pers = "<" * 14
    comp = pno + mrz_check(pno) + d6 + mrz_check(d6) + exp6 + mrz_check(exp6) + pers + mrz_check(pers)
    segs = [T(l1_head), L(sur, "name"), T("<<"), L(giv, "name"), T("<" * max(fill, 0) + "\n"), L(pno, "other_id"),
            T(mrz_check(pno) + ctry), L(d6, "date"), T(mrz_check(d6) + sx + exp6 + mrz_check(exp6) + pers + mrz_check(pers) + mrz_check(comp))]
    pino("idv-svc", "debug", {"sessionId": "idv_" + ulid(), "memberRef": mr(p), "docType": "passport", "issuingCountry": ctry, "mrz": S(segs),
                              "ocrConfidence": round(R.uniform(0.7, 0.99), 3)}, "MRZ parsed")


# ---------------------------------------------------------------------------
# PHI templates (part 3: notifications, insurance, misc.)
# ---------------------------------------------------------------------------


@phi
def p_sms_invalid():
    p = patient()
    ph = phone(p.city[4], "e164")
    pino("notify-svc", "error", {"provider": "twilio", "to": P(ph, "phone"), "from": org_phone("e164"), "templateId": ch(["visit-reminder-24h", "otp-login", "rx-ready"]),
                                 "code": 21614, "err": S([T("'To' number "), L(ph, "phone"), T(" is not a valid mobile number")])}, "sms send failed")


@phi
def p_sms_body():
    p = patient()
    slot = appt_dt(ri(0, 6))
    body = [T("Hi "), L(p.given, "name"), T(", reminder: your Tendwell visit is on "),
            L("%s %d at %d:%02d %s" % (MONTHS[slot.month - 1], slot.day, (slot.hour - 1) % 12 + 1, slot.minute, "AM" if slot.hour < 12 else "PM"), "date"),
            T(". Reply C to confirm or call %s. Msg&data rates may apply." % ORG["support_phone"])]
    pino("notify-svc", "debug", {"to": P(phone(p.city[4], "e164"), "phone"), "body": S(body), "segments": 2}, "sms rendered")


@phi
def p_email_bounce():
    p = patient()
    ev = [{"email": P(p.email, "email"), "event": ch(["bounce", "dropped", "spamreport"]), "reason": ch(["550 5.1.1 The email account that you tried to reach does not exist.",
                                                                                                       "Bounced Address", "552 5.2.2 Mailbox full"]),
           "sg_message_id": b62(22) + ".filterdrecv-" + hexs(10), "timestamp": epoch_ms(now()) // 1000,
           "category": ["statement-available"], "memberRef": mr(p)}]
    pino("notify-svc", "warn", {"provider": "sendgrid", "payload": S(jval(ev))}, "email event webhook", ea=chance(0.3))


@phi
def p_eligibility_request():
    p = patient()
    sub_given, sub_family = ch(GIVEN), (p.family if chance(0.6) else ch(FAMILY))
    sub_dob = dob(25, 75)
    payer = ch(PAYERS)
    pino("intake-svc", "info", {"payerCode": payer[1], "payerName": payer[0], "coverageRef": P(p.plan_id, "health_plan"),
                                "groupNo": "GRP%s" % digits(6), "subscriber": {"name": P("%s %s" % (sub_given, sub_family), "name"), "dob": P(dfmt(sub_dob), "date"),
                                                                              "relationship": ch(["spouse", "parent", "domestic-partner"])},
                                "dependent": {"memberRef": mr(p)}, "vendor": "pverify"}, "eligibility request")


@phi
def p_mbi_check():
    p = elder() if chance(0.4) else patient()
    f = {"memberRef": mr(p), "mbi": P(mbi(dashed=chance(0.2)), "health_plan"), "partA": "active", "partB": ch(["active", "inactive"]),
         "mac": "J5", "hets": "270/271-5010"}
    if age_of(p.dob) >= 90 and chance(0.6):
        f["ageAtService"] = P(age_of(p.dob), "age")
    zap("visit-svc", "info", caller("eligibility/medicare.go"), "medicare eligibility", f)


@phi
def p_medicaid():
    p = patient()
    winston("billing-svc", "info", "medicaid coverage attached", {"memberRef": mr(p), "medicaidId": P(medicaid_id(p.state), "health_plan"),
                                                                   "state": p.state, "mcoPlan": ch(["MOLINA", "AMERIGROUP", "CARESOURCE", "UHC-CP"]),
                                                                   "verifiedBy": "pverify", "coverageStart": "2024-01-01"})


@phi
def p_x12_270():
    p = patient()
    payer = ch(PAYERS)
    ctrl = "%09d" % ri(1, 999999999)
    segs = [T("ISA*00*          *00*          *ZZ*TENDWELL       *ZZ*AVAILITY       *241119*%s*^*00501*%s*0*P*:~GS*HS*TENDWELL*AVAILITY*20241119*%s*%d*X*005010X279A1~ST*270*0001*005010X279A1~BHT*0022*13*%s*20241119*%s~HL*1**20*1~NM1*PR*2*%s*****PI*%s~HL*2*1*21*1~NM1*1P*2*TENDWELL HEALTH*****XX*%s~HL*3*2*22*0~TRN*1*%s*9871234567~NM1*IL*1*" % (
        now().strftime("%H%M"), ctrl, now().strftime("%H%M"), ri(1, 99999), hexs(10), now().strftime("%H%M"), payer[0], payer[1], npi(), hexs(12))),
        L(fold(p.family).upper(), "name"), T("*"), L(fold(p.given).upper(), "name"), T("****MI*"), L(p.plan_id.replace(" ", ""), "health_plan")]
    if chance(0.5):
        segs += [T("~REF*SY*"), L(ssn("plain"), "ssn")]
    segs += [T("~DMG*D8*"), L(p.dob.strftime("%Y%m%d"), "date"), T("*%s~EQ*30~SE*13*0001~GE*1*%d~IEA*1*%s~" % ("F" if p.sex == "F" else "M", ri(1, 99999), ctrl))]
    winston("billing-svc", "debug", "x12 270 outbound", {"clearinghouse": "availity", "bytes": len(seg_text(segs)), "x12": S(segs)})


@phi
def p_ssn_intake():
    p = patient()
    k = ri(0, 2)
    if k == 0:
        pino("intake-svc", "warn", {"memberRef": mr(p), "field": "govId", "value": P(ssn(), "ssn"), "rule": "pii.mask.v2", "masked": False},
             "PII mask rule did not match")
    elif k == 1:
        winston("billing-svc", "error", "guarantor lookup failed", {"guarantorName": P(p.name_variant(), "name"), "guarantorSsn": P(ssn("dash"), "ssn"),
                                                                     "bureau": "experian", "httpStatus": 502})
    else:
        pg("LOG", [T("duration: %.3f ms  statement: SELECT id FROM guarantors WHERE ssn_hash = digest('" % R.uniform(200, 2000)),
                   L(ssn(ch(["plain", "dash"])), "ssn"), T("', 'sha256')")], user="metabase", db="telehealth")


@phi
def p_mva_intake():
    p = patient()
    st = ch(["TX", "CA", "WA", "OH", "NY", p.state])
    inc = datetime.date(2024, ri(9, 11), ri(1, 18))
    pino("intake-svc", "info", {"memberRef": mr(p), "visitType": "injury-followup",
                                "incident": {"kind": "motor-vehicle", "incidentDate": P(dfmt(inc, ch(["iso", "us"])), "date"), "vehicleVin": P(vin(), "vehicle"),
                                             "plate": P(plate(st), "vehicle"), "plateState": st, "autoInsurer": ch(["GEICO", "Progressive", "State Farm", "Allstate"]),
                                             "autoClaimRef": "%s-%s" % (digits(7), digits(2))}}, "third-party liability intake")


@phi
def p_contact_fax():
    p = patient()
    pino("intake-svc", "info", {"memberRef": mr(p), "requestType": "records-release", "deliverVia": "fax",
                                "contactFax": P(phone(p.city[4], ch(["paren", "dash"])), "fax"), "senderFax": ORG["fax"],
                                "pages": ri(2, 40), "ticket": "ROI-%s" % digits(6)}, "ROI request queued")


@phi
def p_share_link():
    p = patient()
    link = "https://share.tendwell.health/r/%s/visit-summary?sig=%s&exp=%d" % (p.member_ref, b62(32), epoch_ms(now()) // 1000 + 604800)
    pino("notify-svc", "info", {"memberRef": mr(p), "link": P(link, "url"), "channel": "email", "to": P(p.email, "email")}, "share link generated")


@phi
def p_personal_page():
    p = patient()
    slug = "-".join(fold(x).lower().replace("'", "") for x in (p.given, p.family)).replace(" ", "-")
    url = ch(["https://www.gofundme.com/f/help-%s-with-medical-bills" % slug, "https://www.caringbridge.org/site/%s" % slug.replace("-", ""),
              "https://www.facebook.com/%s.%d" % (slug.replace("-", "."), ri(1, 99))])
    pino("intake-svc", "info", {"memberRef": mr(p), "heardAboutUs": "other", "referrerUrl": P(url, "url"), "utm": {"source": "referral", "campaign": "none"}},
         "attribution captured")


@phi
def p_vendor_url():
    p = patient()
    q = urllib.parse.urlencode({"lastName": p.family, "firstName": p.given, "dob": p.dob.strftime("%m/%d/%Y"), "memberId": p.plan_id.replace(" ", "")})
    url = "https://api.pverify.com/api/EligibilityInquiry?" + q
    zap("visit-svc", "error", caller("eligibility/pverify.go"), "vendor call failed",
        {"url": P(url, "url"), "status": ch([500, 502, 504]), "attempt": ri(1, 3), "error": "context deadline exceeded (Client.Timeout exceeded while awaiting headers)"})


@phi
def p_axios_body():
    p = patient()
    inner = {"payerCode": ch(PAYERS)[1], "provider": {"npi": npi(), "lastName": "TENDWELL HEALTH"},
             "subscriber": {"firstName": P(p.given, "name"), "lastName": P(p.family, "name"), "dob": P(p.dob.strftime("%m/%d/%Y"), "date"),
                            "memberID": P(p.plan_id, "health_plan")}, "serviceCodes": ["30"]}
    pino("intake-svc", "error", {"err": {"name": "AxiosError", "message": "Request failed with status code 422", "code": "ERR_BAD_REQUEST",
                                         "config": {"method": "post", "url": "https://api.pverify.com/api/EligibilitySummary", "timeout": 15000,
                                                    "data": S(jval(inner))}}}, "eligibility summary failed", ea=chance(0.4))


@phi
def p_other_id():
    p = patient()
    k = ri(0, 2)
    if k == 0:
        kind, val = "CURP", curp(p.given, p.family, p.dob)
    elif k == 1:
        kind, val = "CA-SIN", sin_ca()
    else:
        kind, val = "IN-AADHAAR", aadhaar()
    pino("intake-svc", "info", {"memberRef": mr(p), "residency": "non-us", "nationalIdType": kind, "nationalId": P(val, "other_id"),
                                "preferredLanguage": ch(["es", "en", "hi", "fr"])}, "international member profile")


@phi
def p_voiceprint():
    p = patient()
    vp = base64.b64encode(bytes(R.getrandbits(8) for _ in range(ri(180, 360)))).decode()
    zap("auth-svc", "debug", caller("voice/enroll.go"), "voice enrollment stored",
        {"memberRef": mr(p), "vendor": "nuance-gatekeeper", "voiceprint": P(vp, "biometric"), "netSpeechSec": round(R.uniform(8, 30), 1)})


@phi
def p_deceased():
    p = elder()
    dod = datetime.date(2024, ri(9, 11), ri(1, 15))
    winston("billing-svc", "warn", "member flagged deceased by payer", {"memberRef": mr(p), "coverageRef": P(p.plan_id, "health_plan"),
                                                                         "dateOfDeath": P(dfmt(dod, ch(["iso", "compact"])), "date"), "source": "271 EB*6",
                                                                         "action": "hold-statements"})


@phi
def p_claim_reject():
    p = patient()
    dos = datetime.date(2024, ri(8, 11), ri(1, 18))
    winston("billing-svc", "warn", "claim rejected", {"claimRef": claim_no(), "memberRef": mr(p), "dos": P(dos.strftime("%Y%m%d"), "date"),
                                                       "rejectCode": ch(["CO-16", "CO-31", "N382"]), "rejectReason": "Subscriber DOB mismatch",
                                                       "subscriberDob": P(dfmt(p.dob, "compact"), "date"), "payerCode": ch(PAYERS)[1]})


@phi
def p_home_address_line():
    p = patient()
    zap("visit-svc", "info", caller("location/jurisdiction.go"), "jurisdiction resolved",
        {"memberRef": mr(p), "homeAddr": S(addr_oneline(p)), "county": P(p.city[1], "address"), "licensedState": p.state, "clinicianPool": ri(2, 30)})


@phi
def p_pino_ascii_name():
    """ensure_ascii JSON: non-ASCII names appear \\u-escaped; the escaped bytes are labeled."""
    cands = [p for p in PATIENTS if any(ord(c) > 127 for c in p.full)]
    p = ch(cands)
    pino("intake-svc", "info", {"memberRef": mr(p), "clientName": P(p.full, "name"), "preferredName": P(p.given, "name"),
                                "contactNumber": P(p.phone, "phone"), "pronouns": ch(["she/her", "he/him", "they/them", None])},
         "profile updated", ea=True)


@phi
def p_raw_utf8_line():
    """plain-text line (unstructured console.log from a Node worker) with UTF-8 names."""
    cands = [p for p in PATIENTS if any(ord(c) > 127 for c in p.full)]
    p = ch(cands)
    segs = [T("[notify-worker] %s WARN retrying email to " % iso_ms(inner_ts())), L(p.full, "name"), T(" <"), L(p.email, "email"),
            T("> attempt=%d err=ETIMEDOUT smtp=smtp.sendgrid.net:587" % ri(2, 5))]
    emit("notify-svc", "console", segs)


@phi
def p_guarantor_phone_only():
    p = patient()
    g_given, g_family = ch(GIVEN), ch(FAMILY)
    winston("billing-svc", "info", "guarantor contact verified", {"billingAcct": P("PA%s" % digits(9), "account"),
                                                                   "guarantor": {"given": P(g_given, "name"), "family": P(g_family, "name"),
                                                                                 "contactNumber": P(phone(), "phone")},
                                                                   "verifiedVia": "twilio-lookup", "lineType": ch(["mobile", "landline", "voip"])})


# ---------------------------------------------------------------------------
# assembly, checks, output
# ---------------------------------------------------------------------------

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account", "license",
        "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}
JSON_FAMILIES = {"pino_json", "winston_json", "zap_json", "zerolog_json", "slog_json"}
LEAK_CATS = {"mrn", "email", "phone", "fax", "ssn", "health_plan", "account", "license", "vehicle", "device", "url", "ip",
             "other_id", "biometric", "photo"}


def render(ts, app, pod, segs):
    prefix = '%s {app="%s", env="prod", pod="%s"} ' % (iso_ms(ts), app, pod)
    parts = [T(prefix)] + segs
    buf = bytearray()
    spans = []
    for text, cat in parts:
        b = text.encode("utf-8")
        if cat is not None:
            assert cat in CATS, cat
            assert b, "empty labeled segment"
            assert text == text.strip(), "labeled value with surrounding blanks: %r" % text
            spans.append({"s": len(buf), "e": len(buf) + len(b), "cat": cat, "_v": b})
        buf += b
    line = bytes(buf)
    # ---- the required check: bytes at [s:e] are exactly the value labeled
    for sp in spans:
        assert line[sp["s"]:sp["e"]] == sp["_v"], (line, sp)
    return line, spans, len(prefix.encode())


def is_private_ip(v):
    if ":" in v:
        return not v.lower().startswith(("2601:", "2600:", "2603:", "2607:"))
    ip = tuple(int(x) for x in v.split("."))
    return any(_in_net(ip, n, b) for n, b in PRIVATE_NETS)


def vin_ok(v):
    tot = sum((int(c) if c.isdigit() else VIN_TR[c]) * VIN_W[i] for i, c in enumerate(v))
    cd = tot % 11
    return v[8] == ("X" if cd == 10 else str(cd))


def value_checks(cat, v):
    s = v.decode()
    if cat == "ip":
        assert not is_private_ip(s), s
    if cat == "account" and s.replace(" ", "").isdigit() and len(s.replace(" ", "")) in (15, 16):
        assert luhn_ok(s.replace(" ", "")), s
    if cat == "vehicle" and len(s) == 17:
        assert vin_ok(s), s
    if cat == "ssn":
        d = s.replace("-", "").replace(" ", "")
        assert len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000", s
    if cat == "phone" or cat == "fax":
        d = "".join(c for c in urllib.parse.unquote(s).split(" ext")[0].split("x")[0] if c.isdigit())
        if len(d) == 11:
            d = d[1:]
        assert d[0] not in "01" and d[3] not in "01", s
    if cat == "age":
        assert int(s) > 89, s


def build():
    out = []
    decks = {True: [], False: []}
    n_phi = 0
    fam_of_tpl = {}
    while len(out) < N_LINES:
        remaining = N_LINES - len(out)
        bias = (TARGET_PHI_SHARE * len(out) - n_phi) * 0.06
        want_phi = R.random() < min(0.95, max(0.05, TARGET_PHI_SHARE + bias))
        deck = decks[want_phi]
        if not deck:
            deck.extend(PHI if want_phi else NOISE)
            R.shuffle(deck)
        fn = deck.pop()
        tick(ri(4, 2600))
        PENDING.clear()
        fn()
        if len(PENDING) > remaining:
            PENDING.clear()
            continue
        ev_phi = False
        for ts, app, pod, fam, segs in PENDING:
            line, spans, plen = render(ts, app, pod, segs)
            assert b"\n" not in line and b"\r" not in line, line
            assert len(line) <= 20000, (fn.__name__, len(line))
            if fam in JSON_FAMILIES:
                json.loads(line[plen:].decode())
            out.append((fam, line, spans, fn.__name__))
            if spans:
                n_phi += 1
                ev_phi = True
        assert ev_phi == want_phi, fn.__name__
        fam_of_tpl[fn.__name__] = True
        PENDING.clear()
    return out


def leak_check(out):
    """A labeled identifier must never appear unlabeled anywhere in the corpus."""
    values = {}
    for fam, line, spans, _ in out:
        for sp in spans:
            v = sp["_v"]
            c = sp["cat"]
            # dates: only check birth-type dates (system dates of this week may legitimately coincide)
            if c in LEAK_CATS or (c == "date" and len(v) >= 8 and b"2024" not in v) or (c in ("name", "address") and b" " in v and len(v) >= 9):
                values[v] = c
    vals = sorted(values, key=len, reverse=True)
    problems = []
    for n, (fam, line, spans, tpl) in enumerate(out, 1):
        covered = [(sp["s"], sp["e"]) for sp in spans]
        for v in vals:
            start = 0
            while True:
                i = line.find(v, start)
                if i < 0:
                    break
                if not any(s <= i and i + len(v) <= e for s, e in covered):
                    problems.append((n, tpl, values[v], v[:60]))
                start = i + 1
    return problems


def main():
    out = build()
    assert len(out) == N_LINES
    problems = leak_check(out)
    for p in problems[:40]:
        print("LEAK", p)
    assert not problems, "%d unlabeled occurrences of labeled values" % len(problems)
    counts = {}
    log_path = os.path.join(HERE, "bp.log")
    lab_path = os.path.join(HERE, "bp.labels.jsonl")
    with open(log_path, "wb") as lf, open(lab_path, "wb") as jf:
        for n, (fam, line, spans, _) in enumerate(out, 1):
            prev_e = -1
            for sp in spans:
                assert sp["s"] >= prev_e, ("overlap", n)
                prev_e = sp["e"]
                value_checks(sp["cat"], sp["_v"])
                counts[sp["cat"]] = counts.get(sp["cat"], 0) + 1
            lf.write(line + b"\n")
            rec = {"line": n, "family": fam, "spans": [{"s": sp["s"], "e": sp["e"], "cat": sp["cat"]} for sp in spans]}
            jf.write(json.dumps(rec, ensure_ascii=False).encode("utf-8") + b"\n")
    # re-read and verify against the written files
    data = open(log_path, "rb").read()
    lines = data.split(b"\n")
    assert lines[-1] == b"" and len(lines) == N_LINES + 1
    labs = [json.loads(x) for x in open(lab_path, "rb").read().decode("utf-8").splitlines()]
    assert len(labs) == N_LINES
    for (fam, line, spans, _), lab, written in zip(out, labs, lines):
        written.decode("utf-8")
        assert written == line
        for sp, rs in zip(spans, lab["spans"]):
            assert written[rs["s"]:rs["e"]] == sp["_v"]
    no_phi = sum(1 for l in labs if not l["spans"])
    fams = {}
    for l in labs:
        fams[l["family"]] = fams.get(l["family"], 0) + 1
    print("lines: %d  without PHI: %d (%.1f%%)  spans: %d" % (N_LINES, no_phi, 100.0 * no_phi / N_LINES, sum(counts.values())))
    print("per category:", json.dumps(dict(sorted(counts.items()))))
    print("families:", json.dumps(dict(sorted(fams.items()))))
    print("md5 bp.log          ", hashlib.md5(data).hexdigest())
    print("md5 bp.labels.jsonl ", hashlib.md5(open(lab_path, "rb").read()).hexdigest())


@phi
def p_member_photo():
    p = patient()
    zap("visit-svc", "debug", caller("members/photo.go"), "member photo cached for clinician view",
        {"memberRef": mr(p), "contentType": "image/jpeg", "photoB64": P(jpeg_data_uri(prefix=False), "photo"),
         "source": ch(["idv-selfie", "app-avatar"]), "cdnPurge": False})


if __name__ == "__main__":
    main()
