#!/usr/bin/env python3
"""Deterministic generator for the held-out PHI test corpus `cd`.

Theme: online stores selling prescription / insurance-billed health products
(contact lenses, CPAP/DME, hearing aids, compression garments, diabetic supplies).
Writes cd.log and cd.labels.jsonl next to this file.  Standard library only.
"""
import base64
import datetime as dt
import json
import os
import random
import string
import unicodedata
import uuid
from urllib.parse import quote, quote_plus

ID = "cd"
SEED = 0x18CD
random.seed(SEED)
R = random
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_PHI = 225  # 45 % of the lines carry PHI, 55 % do not

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}


# --------------------------------------------------------------------------------------
# segments: a line is a (nested) list of plain strings and P (PHI) pieces
# --------------------------------------------------------------------------------------
class P:
    __slots__ = ("text", "cat", "raw")

    def __init__(self, text, cat, raw=False):
        assert cat in CATS, cat
        text = str(text)
        assert text, "empty PHI value"
        self.text, self.cat, self.raw = text, cat, raw


class C(list):
    """A JSON string value assembled from segments (str and P)."""


class Raw(str):
    """Literal JSON text (numbers formatted by hand)."""


def flat(x):
    if isinstance(x, (str, P)):
        yield x
    else:
        for y in x:
            yield from flat(y)


def esc(s, st):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == '\\':
            out.append('\\\\')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\r':
            out.append('\\r')
        elif ch == '\t':
            out.append('\\t')
        elif o < 0x20:
            out.append('\\u%04x' % o)
        elif ch == '/' and st == 'php':
            out.append('\\/')
        elif o > 0x7f and st in ('php', 'py'):
            if o > 0xffff:
                o -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 + (o >> 10), 0xdc00 + (o & 0x3ff)))
            else:
                out.append('\\u%04x' % o)
        elif ch in '<>&' and st == 'go':
            out.append('\\u%04x' % o)
        else:
            out.append(ch)
    return ''.join(out)


def mapseg(x, fn):
    return [P(fn(y.text), y.cat) if isinstance(y, P) else fn(y) for y in flat(x)]


def esc_segs(x, st):
    return mapseg(x, lambda s: esc(s, st))


def J(o, st='js'):
    """Serialise o to JSON segments. st: js (JSON.stringify), php (json_encode default),
    py (json.dumps default), go (encoding/json), mono (Monolog: unescaped slashes+unicode)."""
    if st == 'py':
        isep, ksep = ', ', ': '
    else:
        isep, ksep = ',', ':'
    est = 'js' if st == 'mono' else st
    out = []
    if isinstance(o, dict):
        out.append('{')
        for i, (k, v) in enumerate(o.items()):
            if i:
                out.append(isep)
            out.append('"' + esc(k, est) + '"' + ksep)
            out.extend(J(v, st))
        out.append('}')
    elif isinstance(o, C):
        out.append('"')
        out.extend(esc_segs(o, est))
        out.append('"')
    elif isinstance(o, (list, tuple)):
        out.append('[')
        for i, v in enumerate(o):
            if i:
                out.append(isep)
            out.extend(J(v, st))
        out.append(']')
    elif isinstance(o, P):
        if o.raw:
            out.append(P(o.text, o.cat))
        else:
            out.extend(['"', P(esc(o.text, est), o.cat), '"'])
    elif isinstance(o, Raw):
        out.append(str(o))
    elif o is True:
        out.append('true')
    elif o is False:
        out.append('false')
    elif o is None:
        out.append('null')
    elif isinstance(o, int):
        out.append(str(o))
    elif isinstance(o, float):
        if st == 'js' and o == int(o):
            out.append(str(int(o)))
        else:
            out.append(repr(o))
    elif isinstance(o, str):
        out.append('"' + esc(o, est) + '"')
    else:
        raise TypeError(type(o))
    return out


def qp(x):
    """URL-encode (form style) every segment."""
    return mapseg(x, lambda s: quote_plus(s, safe=''))


def qpath(x):
    return mapseg(x, lambda s: quote(s, safe='/'))


def sqlq(x):
    return mapseg(x, lambda s: s.replace("'", "''"))


def logfmt_val(x):
    """Go slog text handler quoting: quote when the value contains space, = or quote."""
    text = ''.join(y.text if isinstance(y, P) else y for y in flat(x))
    if text and not any(c in text for c in ' ="\\') and text.isprintable():
        return list(flat(x))
    return ['"'] + esc_segs(x, 'js') + ['"']


# --------------------------------------------------------------------------------------
# time
# --------------------------------------------------------------------------------------
NOW = dt.datetime(2024, 6, 10, 12, 58, 3, 412000, tzinfo=dt.timezone.utc)
TODAY = dt.date(2024, 6, 10)


def tick():
    global NOW
    NOW += dt.timedelta(microseconds=R.randint(150_000, 36_000_000))


def t_iso_ms(t=None):
    t = t or NOW
    return t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (t.microsecond // 1000)


def t_iso_s(t=None):
    return (t or NOW).strftime('%Y-%m-%dT%H:%M:%SZ')


def t_iso_off(t=None):
    return (t or NOW).strftime('%Y-%m-%dT%H:%M:%S+00:00')


def t_iso_us_off():
    return NOW.strftime('%Y-%m-%dT%H:%M:%S.%f+00:00')


def t_ms(t=None):
    t = t or NOW
    return int(t.replace(microsecond=0).timestamp()) * 1000 + t.microsecond // 1000


def t_epoch(t=None):
    return int((t or NOW).replace(microsecond=0).timestamp())


def t_sql():
    return NOW.strftime('%Y-%m-%d %H:%M:%S')


def t_nginx():
    return NOW.strftime('%d/%b/%Y:%H:%M:%S +0000')


def t_php():
    return NOW.strftime('%d-%b-%Y %H:%M:%S UTC')


def t_pylog():
    return NOW.strftime('%Y-%m-%d %H:%M:%S,') + '%03d' % (NOW.microsecond // 1000)


def t_es():
    return NOW.strftime('%Y-%m-%dT%H:%M:%S,') + '%03d' % (NOW.microsecond // 1000)


def t_syslog():
    return '%s %2d %s' % (NOW.strftime('%b'), NOW.day, NOW.strftime('%H:%M:%S'))


def t_mysql():
    return NOW.strftime('%Y-%m-%dT%H:%M:%S.%fZ')


def ago(days_lo, days_hi):
    return TODAY - dt.timedelta(days=R.randint(days_lo, days_hi))


MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return '%dth' % n
    return '%d%s' % (n, {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th'))


def fd(d, style='iso'):
    if style == 'iso':
        return d.strftime('%Y-%m-%d')
    if style == 'us':
        return d.strftime('%m/%d/%Y')
    if style == 'x12':
        return d.strftime('%Y%m%d')
    if style == 'long':
        return '%s %d, %d' % (MONTHS[d.month - 1], d.day, d.year)
    if style == 'ord':
        return '%s %s, %d' % (MONTHS[d.month - 1], ordinal(d.day), d.year)
    if style == 'dmy':
        return '%02d-%s-%d' % (d.day, MONTHS[d.month - 1][:3].upper(), d.year)
    if style == 'short':
        return '%d/%d/%02d' % (d.month, d.day, d.year % 100)
    if style == 'eu':
        return d.strftime('%d.%m.%Y')
    if style == 'mon':
        return '%s %d, %d' % (MONTHS[d.month - 1][:3], d.day, d.year)
    raise ValueError(style)


def age_of(d):
    return TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))


# --------------------------------------------------------------------------------------
# id helpers
# --------------------------------------------------------------------------------------
DIG = string.digits
UP = string.ascii_uppercase
B62 = string.digits + string.ascii_letters
CROCK = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'


def rs(alpha, n):
    return ''.join(R.choice(alpha) for _ in range(n))


def hexs(n):
    return rs('0123456789abcdef', n)


def b62(n):
    return rs(B62, n)


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def ulid():
    return '01HZ' + rs(CROCK, 22)


def luhn_digit(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def card_pan(brand):
    if brand == 'visa':
        body = '4' + rs(DIG, 14)
    elif brand == 'mastercard':
        body = '5' + R.choice('12345') + rs(DIG, 13)
    elif brand == 'amex':
        body = '3' + R.choice('47') + rs(DIG, 12)
    else:  # discover
        body = '6011' + rs(DIG, 11)
    return body + luhn_digit(body)


def imei():
    body = '35' + rs(DIG, 12)
    return body + luhn_digit(body)


def npi():
    body = '1' + rs(DIG, 8)
    return body + luhn_digit('80840' + body)


def gtin14(prefix):
    body = prefix + rs(DIG, 13 - len(prefix))
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def iban(cc, bban):
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return '%s%02d%s' % (cc, 98 - int(num) % 97, bban)


VIN_TR = {**{str(i): i for i in range(10)},
          **dict(zip('ABCDEFGH', range(1, 9))), **dict(zip('JKLMN', range(1, 6))), 'P': 7, 'R': 9,
          **dict(zip('STUVWXYZ', range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_AL = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'


def vin():
    v = list(R.choice(['1HG', '2T3', '5YJ', '1FM', 'JTD', '3VW', 'KM8', '1C4']) + rs(VIN_AL, 5) + '0'
             + R.choice('NPR') + rs(VIN_AL, 1) + rs(DIG, 6))
    s = sum(VIN_TR[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = 'X' if s == 10 else str(s)
    return ''.join(v)


MBI_A = 'ACDEFGHJKMNPQRTUVWXY'


def mbi():
    return (R.choice('123456789') + R.choice(MBI_A) + R.choice(MBI_A + DIG) + R.choice(DIG)
            + R.choice(MBI_A) + R.choice(MBI_A + DIG) + R.choice(DIG) + R.choice(MBI_A)
            + R.choice(MBI_A) + R.choice(DIG) + R.choice(DIG))


def mbi_dash(m):
    return '%s-%s-%s' % (m[:4], m[4:7], m[7:])


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return '%03d-%02d-%04d' % (a, R.randint(1, 99), R.randint(1, 9999))


def ups_track():
    s = '1Z' + rs(UP + DIG, 6) + R.choice(['03', '01', '02', '12']) + rs(DIG, 7)
    total = 0
    for i, ch in enumerate(s[2:]):
        v = int(ch) if ch.isdigit() else (ord(ch) - 63) % 10
        total += v * 2 if i % 2 == 1 else v
    return s + str((10 - total % 10) % 10)


def usps_track():
    body = '9400111' + rs(DIG, 14)
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def fedex_track():
    body = '7' + rs(DIG, 10)
    w = [1, 3, 7]
    total = sum(int(c) * w[i % 3] for i, c in enumerate(reversed(body)))
    return body + str(total % 11 % 10)


def stripe_id(prefix, n=24):
    return prefix + '_' + ('1P' if prefix in ('evt', 'cus') else '3P') + b62(n - 2)


def psp_ref():
    return rs(UP + DIG, 16)


def fold(s):
    s = s.translate(str.maketrans({'Ł': 'L', 'ł': 'l', 'ı': 'i', 'ø': 'o', 'ß': 'ss', 'đ': 'd', 'Đ': 'D'}))
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def pub_ip():
    while True:
        a = R.choice([73, 98, 24, 68, 71, 76, 99, 47, 174, 107, 108, 172, 66, 69, 75, 96, 104, 184])
        b = R.randint(0, 255)
        if a == 172 and 16 <= b <= 31:
            continue
        if a == 172:
            b = R.choice([56, 58, 59])  # T-Mobile
        return '%d.%d.%d.%d' % (a, b, R.randint(0, 255), R.randint(1, 254))


def pub_ip6():
    pre = R.choice(['2600:1700', '2601:%x' % R.randint(0x100, 0xfff), '2607:fb90', '2603:8080'])
    return pre + ':' + ':'.join('%x' % R.randint(0, 0xffff) for _ in range(6))


def priv_ip():
    k = R.randint(0, 2)
    if k == 0:
        return '10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if k == 1:
        return '192.168.%d.%d' % (R.randint(0, 20), R.randint(1, 254))
    return '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))


CF_EDGE = lambda: R.choice(['172.70', '172.71', '162.158', '172.68', '108.162', '141.101']) + '.%d.%d' % (
    R.randint(0, 255), R.randint(1, 254))
STRIPE_IPS = ['3.18.12.63', '3.130.192.231', '13.235.14.237', '13.235.122.149', '18.211.135.69',
              '35.154.171.200', '52.15.183.38', '54.88.130.119', '54.88.130.237', '54.187.174.169',
              '54.187.205.235', '54.187.216.72']


def mac(sep=':'):
    return sep.join('%02X' % R.randint(0, 255) for _ in range(6))


# --------------------------------------------------------------------------------------
# synthetic people
# --------------------------------------------------------------------------------------
CITIES = [
    ("Austin", "TX", "Travis", "78745", "512"), ("Tucson", "AZ", "Pima", "85719", "520"),
    ("Dayton", "OH", "Montgomery", "45409", "937"), ("Fresno", "CA", "Fresno", "93704", "559"),
    ("Worcester", "MA", "Worcester", "01604", "508"), ("Spokane", "WA", "Spokane", "99203", "509"),
    ("Albuquerque", "NM", "Bernalillo", "87108", "505"), ("Savannah", "GA", "Chatham", "31405", "912"),
    ("Duluth", "MN", "St. Louis", "55805", "218"), ("Paterson", "NJ", "Passaic", "07501", "973"),
    ("Hialeah", "FL", "Miami-Dade", "33012", "305"), ("Lansing", "MI", "Ingham", "48910", "517"),
    ("Boise", "ID", "Ada", "83705", "208"), ("Chattanooga", "TN", "Hamilton", "37411", "423"),
    ("Yonkers", "NY", "Westchester", "10701", "914"), ("Omaha", "NE", "Douglas", "68105", "402"),
    ("Providence", "RI", "Providence", "02908", "401"), ("Lexington", "KY", "Fayette", "40503", "859"),
    ("Wichita", "KS", "Sedgwick", "67211", "316"), ("Minneapolis", "MN", "Hennepin", "55407", "612"),
    ("Sarasota", "FL", "Sarasota", "34239", "941"), ("Green Bay", "WI", "Brown", "54301", "920"),
    ("Anchorage", "AK", "Anchorage", "99508", "907"), ("San José", "CA", "Santa Clara", "95122", "408"),
    ("Bayamón", "PR", "Bayamón", "00961", "787"),
]
STREETS = ["Alder Creek Dr", "Kinsale Ct", "W Magnolia Ave", "Calle del Sol", "Oak Hollow Rd",
           "Wyckoff St", "N Fremont Blvd", "Pecan Grove Ln", "Lakeview Ter", "S Sycamore St",
           "Old Mill Rd", "Birchwood Cir", "E 38th St", "Ridgecrest Pl", "Cedar Bluff Way",
           "Avenida Los Robles", "Hawthorne Ave NE", "Prospect Hill Rd", "Willow Bend Dr", "Quail Run",
           "Juniper St SW", "Harbor View Ln", "Mariposa Ct", "Kelleher Rd", "Dunmore Ave", "Calle Ceiba"]
UNITS = ["Apt 4B", "Unit 2", "Apt 112", "# 7", "Apt C", "Lot 41", "Apt 2F", "Unit 305"]

ORIGINS = [
    ("vi", ["Thao", "Minh", "Lan", "Duc", "Huong", "Bao Anh"], ["Nguyen", "Tran", "Pham", "Le", "Vu", "Nguyễn"]),
    ("pl", ["Marta", "Łukasz", "Agnieszka", "Krzysztof", "Zofia"], ["Kowalska", "Wójcik", "Zielińska", "Nowak", "Grabowski"]),
    ("ng", ["Chiamaka", "Oluwaseun", "Emeka", "Ngozi", "Babatunde"], ["Okafor", "Adeyemi", "Nwosu", "Balogun", "Eze"]),
    ("mx", ["María José", "Guadalupe", "Alejandro", "Ximena", "Jesús"], ["Hernández", "Castañeda", "Ruiz", "Villalobos", "Ocampo"]),
    ("in", ["Priya", "Venkatesh", "Anjali", "Rohit", "Lakshmi"], ["Raghunathan", "Iyer", "Deshpande", "Chaudhary", "Subramaniam"]),
    ("kr", ["Ji-woo", "Seo-yeon", "Min-jun", "Eun-ji"], ["Park", "Choi", "Yoon", "Kang"]),
    ("ie", ["Siobhán", "Declan", "Niamh", "Padraig"], ["O'Sullivan", "Gallagher", "McCarthy", "Ní Bhriain"]),
    ("ar", ["Yusuf", "Layla", "Omar", "Fatima"], ["Haddad", "Al-Masri", "Khoury", "Nasser"]),
    ("gr", ["Eleni", "Dimitrios", "Stavroula"], ["Papadopoulos", "Georgiou", "Karagiannis"]),
    ("fi", ["Aino", "Juha", "Sirkka"], ["Korhonen", "Mäkinen", "Heikkilä"]),
    ("br", ["João", "Luana", "Thiago"], ["Gonçalves", "Azevedo", "Araújo"]),
    ("jp", ["Haruto", "Yui", "Kenji", "Sachiko"], ["Takahashi", "Watanabe", "Kobayashi"]),
    ("ua", ["Oksana", "Taras", "Halyna"], ["Shevchenko", "Bondarenko", "Kovalenko"]),
    ("so", ["Hodan", "Abdirahman", "Faadumo"], ["Warsame", "Farah", "Hassan"]),
    ("ph", ["Maricel", "Rodel", "Jocelyn"], ["Dela Cruz", "Bautista", "Villanueva"]),
    ("ht", ["Widlande", "Jean-Robert", "Mirlande"], ["Pierre-Louis", "Desrosiers", "Joseph"]),
    ("it", ["Giuseppina", "Salvatore", "Carmela"], ["Esposito", "Lombardi", "DiNapoli"]),
    ("cn", ["Wei", "Xiaoling", "Jun"], ["Zhang", "Liu", "Huang"]),
    ("tr", ["Emine", "Mehmet", "Ayşe"], ["Yılmaz", "Öztürk", "Demir"]),
    ("et", ["Tigist", "Dawit", "Selamawit"], ["Bekele", "Haile", "Tesfaye"]),
    ("de", ["Gertrud", "Henrik", "Jürgen"], ["Schäfer", "Brandt", "Vogel"]),
    ("us", ["Dorothy", "Harold", "Brittany", "Earl", "Shaniqua"], ["Whitfield", "Pruitt", "Washington", "Tillman"]),
]
RELATIONS = ["daughter", "son", "spouse", "niece", "grandson", "caregiver", "brother"]

PAYERS = [
    # name, payer id, kind
    ("UnitedHealthcare", "87726", "uhc"), ("Aetna", "60054", "aetna"), ("Cigna", "62308", "cigna"),
    ("BCBS of Texas", "84980", "bcbs"), ("Humana", "61101", "humana"), ("Anthem Blue Cross", "00040", "bcbs"),
    ("Medicare Part B", "CGS-JC", "medicare"), ("Medicare Part B", "NOR-JA", "medicare"),
    ("Ohio Medicaid", "MCDOH", "medicaid"), ("Florida Medicaid", "77027", "medicaid"),
]


def member_id(kind, st):
    if kind == 'uhc':
        return '9' + rs(DIG, 8)
    if kind == 'aetna':
        return 'W' + rs(DIG, 9)
    if kind == 'cigna':
        return 'U' + rs(DIG, 8)
    if kind == 'bcbs':
        return R.choice(['ZGP', 'XOF', 'YRH', 'JQU']) + rs(DIG, 9)
    if kind == 'humana':
        return 'H' + rs(DIG, 8)
    if kind == 'medicaid':
        return rs(DIG, 12) if st == 'OH' else rs(DIG, 10)
    raise ValueError(kind)


def dl_number(st):
    if st == 'CA':
        return R.choice(UP) + rs(DIG, 7)
    if st == 'TX':
        return rs(DIG, 8)
    if st == 'FL':
        return '%s%s-%s-%s-%s-%s' % (R.choice(UP), rs(DIG, 3), rs(DIG, 3), rs(DIG, 2), rs(DIG, 3), rs(DIG, 1))
    if st == 'NY':
        return '%s %s %s' % (rs(DIG, 3), rs(DIG, 3), rs(DIG, 3))
    if st == 'WA':
        return 'WDL' + rs(UP + DIG, 9)
    if st == 'MI':
        return R.choice(UP) + ' ' + ' '.join(rs(DIG, 3) for _ in range(4))
    return R.choice(UP) + rs(DIG, 8)


def plate(st):
    if st == 'CA':
        return R.choice('6789') + rs(UP, 3) + rs(DIG, 3)
    if st == 'TX':
        return rs(UP, 3) + '-' + rs(DIG, 4)
    if st == 'FL':
        return rs(UP, 4) + rs(DIG, 2)
    return rs(UP, 3) + ' ' + rs(DIG, 4)


LINES_OF_BUSINESS = ['lens'] * 12 + ['cpap'] * 10 + ['hearing'] * 7 + ['compression'] * 6 + ['diabetic'] * 9


class Person:
    pass


def make_people():
    people = []
    used_names, used_phones = set(), set()
    lobs = LINES_OF_BUSINESS[:]
    R.shuffle(lobs)
    elderly = {3, 11, 17, 26, 33, 40}
    for i in range(len(lobs)):
        origin, firsts, lasts = ORIGINS[i % len(ORIGINS)]
        while True:
            first, last = R.choice(firsts), R.choice(lasts)
            if (first, last) not in used_names:
                used_names.add((first, last))
                break
        p = Person()
        p.i, p.origin, p.first, p.last = i, origin, first, last
        p.full = first + ' ' + last
        p.lob = lobs[i]
        if i in elderly:
            y = R.randint(1926, 1933)
        elif p.lob in ('cpap', 'hearing', 'diabetic'):
            y = R.randint(1938, 1985)
        else:
            y = R.randint(1958, 2004)
        p.dob = dt.date(y, R.randint(1, 12), R.randint(1, 28))
        p.age = age_of(p.dob)
        p.sex = R.choice('MF')
        c = R.choice(CITIES)
        p.city, p.state, p.county, p.zip, area = c
        p.zip4 = '%04d' % R.randint(1, 9999)
        p.street = '%d %s' % (R.choice([R.randint(10, 99), R.randint(100, 999), R.randint(1000, 9899)]), R.choice(STREETS))
        p.unit = R.choice(UNITS) if R.random() < 0.3 else None
        while True:
            ph = area + '55501' + '%02d' % R.randint(0, 99)
            if ph not in used_phones:
                used_phones.add(ph)
                break
        p.phone = ph
        p.fax = area + '55501' + '%02d' % R.randint(0, 99) if R.random() < 0.4 else None
        if p.fax in used_phones:
            p.fax = None
        fa, la = fold(first).lower().replace(' ', ''), fold(last).lower().replace(' ', '').replace("'", '')
        yy = '%02d' % (p.dob.year % 100)
        p.email = R.choice([
            '%s.%s%s@gmail.com' % (fa, la, yy), '%s%s@yahoo.com' % (fa[0], la), '%s_%s@outlook.com' % (fa, la),
            '%s.%s@icloud.com' % (la, fa), '%s%s%d@hotmail.com' % (fa, la[:3], R.randint(1, 99)),
            '%s.%s@proton.me' % (fa, la), '%s%s@comcast.net' % (fa[:1], la)])
        p.username = R.choice(['%s.%s%s' % (fa, la, yy), '%s%s%s' % (fa[0], la, yy), '%s_%s' % (la, fa[:3])])
        p.ip = pub_ip6() if R.random() < 0.2 else pub_ip()
        pay = R.choice(PAYERS) if p.lob != 'lens' else R.choice(PAYERS[:6])
        if p.age >= 65 and p.lob in ('cpap', 'diabetic', 'hearing') and R.random() < 0.8:
            pay = R.choice(PAYERS[6:8])
        p.payer, p.payer_id, p.payer_kind = pay
        p.mbi = mbi() if p.payer_kind == 'medicare' else None
        p.member = p.mbi if p.mbi else member_id(p.payer_kind, p.state)
        p.group = (None if p.payer_kind in ('medicare', 'medicaid')
                   else R.choice(['GRP', '', '0']) + rs(DIG, R.choice([5, 6, 7])))
        p.brand = R.choice(['visa', 'visa', 'mastercard', 'amex', 'discover'])
        p.pan = card_pan(p.brand)
        p.last4 = p.pan[-4:]
        p.exp = '%02d/%d' % (R.randint(1, 12), R.randint(2025, 2030))
        p.fp = b62(16)
        p.mrn = str(R.randint(100000, 489999))            # DME / store patient number
        p.ext_mrn = 'E' + rs(DIG, 8)                       # referring clinic MRN
        p.acct = '77' + rs(DIG, 8)                         # patient billing account
        p.ssn = ssn()
        p.dl = dl_number(p.state)
        p.plate = plate(p.state)
        p.vin = vin()
        p.iban = iban('DE', rs(DIG, 8) + rs(DIG, 10)) if origin in ('de', 'tr', 'pl') else iban('GB', rs(UP, 4) + rs(DIG, 14))
        p.imei = imei()
        p.phone_mac = mac()
        p.cust_id = R.randint(6_900_000_000_000, 7_499_999_999_999)
        p.stripe_cus = 'cus_' + b62(14)
        p.klaviyo = ulid()
        # relatives / emergency contacts
        if i in elderly or R.random() < 0.3:
            rf = R.choice(firsts)
            while rf == first:
                rf = R.choice(ORIGINS[R.randrange(len(ORIGINS))][1])
            p.rel_name = rf + ' ' + last
            p.rel = R.choice(RELATIONS)
            while True:
                rp = R.choice([area, '206', '617', '773', '404']) + '55501' + '%02d' % R.randint(0, 99)
                if rp not in used_phones:
                    used_phones.add(rp)
                    break
            p.rel_phone = rp
        else:
            p.rel_name, p.rel, p.rel_phone = None, None, None
        # product-line specifics
        p.cpap_sn = ('2322' + rs(DIG, 7)) if R.random() < 0.6 else ('J' + rs(DIG, 10) + 'D2')
        p.cpap_model = 'AirSense 11 AutoSet' if p.cpap_sn.startswith('2') else 'DreamStation 2 Auto'
        p.hst_kit = 'HSTK-' + rs(DIG, 7)
        p.setup = ago(20, 400)
        p.study = p.setup - dt.timedelta(days=R.randint(14, 60))
        yyww = '%02d%02d' % (R.randint(21, 24), R.randint(1, 52))
        p.ha_l = yyww + R.choice(UP) + rs(DIG, 1) + rs(UP + DIG, 3)
        p.ha_r = yyww + R.choice(UP) + rs(DIG, 1) + rs(UP + DIG, 3)
        p.ha_mac = mac()
        p.tx = '8G' + rs(UP + DIG, 4)
        p.libre = '0M00' + rs(UP + DIG, 7)
        p.meter = 'GX' + rs(DIG, 8)
        p.exam = ago(30, 600)
        p.rx_exp = dt.date(p.exam.year + 1, p.exam.month, p.exam.day)
        p.hst_date = ago(3, 40)
        p.dos = ago(1, 25)
        p.weight = 1.0 + (3.0 if i % 7 == 0 else 0) + R.random() * 2
        p.nat_id = None
        if origin == 'mx':
            p.nat_id = ('CURP', rs(UP, 4) + p.dob.strftime('%y%m%d') + R.choice('HM') + rs(UP, 5) + rs(DIG, 2))
        elif origin in ('ie', 'it'):
            p.nat_id = ('passport', rs(UP, 2) + rs(DIG, 7))
        people.append(p)
    return people


PEOPLE = make_people()


def old_person():
    pool = [p for p in PEOPLE if p.age > 89]
    return R.choices(pool, weights=[p.weight for p in pool])[0]


def fax_person():
    pool = [p for p in PEOPLE if p.fax]
    return R.choices(pool, weights=[p.weight for p in pool])[0]


def person(lob=None):
    pool = [p for p in PEOPLE if lob is None or p.lob == lob or (isinstance(lob, tuple) and p.lob in lob)]
    return R.choices(pool, weights=[p.weight for p in pool])[0]


def ph_fmt(p10, style=None):
    style = style or R.choice(['e164', 'paren', 'dash', 'dot', 'raw', 'intl'])
    a, b, c = p10[:3], p10[3:6], p10[6:]
    return {'e164': '+1' + p10, 'paren': '(%s) %s-%s' % (a, b, c), 'dash': '%s-%s-%s' % (a, b, c),
            'dot': '%s.%s.%s' % (a, b, c), 'raw': p10, 'intl': '+1 %s-%s-%s' % (a, b, c),
            'one': '1-%s-%s-%s' % (a, b, c)}[style]


def street_full(p):
    return p.street + (' ' + p.unit if p.unit else '')


# --------------------------------------------------------------------------------------
# non-PHI look-alikes: businesses, staff, prescribers
# --------------------------------------------------------------------------------------
STORES = {
    'lens': dict(name='ClearSight Lenses', shop='clearsight-lenses.myshopify.com', dom='clearsightlenses.com',
                 prefix='#CS', phone='8885550142'),
    'cpap': dict(name='RestWell Supply', shop='restwell-supply.myshopify.com', dom='restwellsupply.com',
                 prefix='#RW', phone='8005550179'),
    'hearing': dict(name='SoundPath Hearing', shop='soundpath-hearing.myshopify.com', dom='soundpathhearing.com',
                    prefix='#SP', phone='8775550118'),
    'compression': dict(name='FormFit Compression', shop='formfit.myshopify.com', dom='formfitcompression.com',
                        prefix='#FF', phone='8445550163'),
    'diabetic': dict(name='GlucoDirect Supply', shop='glucodirect.myshopify.com', dom='glucodirect.com',
                     prefix='#GD', phone='8885550107'),
}
WAREHOUSES = [("2150 Commerce Pkwy", "Groveport", "OH", "43125"), ("4800 Distribution Way", "Reno", "NV", "89502"),
              ("1100 Logistics Dr", "Lebanon", "TN", "37090")]
AGENTS = [("Brianna Kowal", "brianna"), ("Tomasz Lis", "tomasz"), ("Camila Reyes", "camila"), ("DeShawn Pratt", "deshawn"),
          ("Ingrid Solberg", "ingrid"), ("Ravi Menon", "ravi"), ("Mei Chen", "mei")]
PRESCRIBERS = []
for _name, _prac, _area, _city in [("Dr. Anika Rao, OD", "Lakeside Family Eyecare", "512", "Austin"),
                                    ("Dr. Marcus Feld, OD", "Feld Vision Center", "520", "Tucson"),
                                    ("Dr. Sunita Varghese, MD", "Tri-County Sleep & Pulmonary", "937", "Dayton"),
                                    ("Dr. Kwame Asante, OD", "BrightView Optometry", "305", "Miami"),
                                    ("Dr. Helen Marchetti, AuD", "Clear Tone Audiology", "402", "Omaha"),
                                    ("Dr. Pablo Iturbe, MD", "Valley Endocrine Associates", "559", "Fresno"),
                                    ("Dr. Rebecca Thorsen, OD", "Northern Lights Eye Care", "907", "Anchorage"),
                                    ("Dr. Farid Saleh, MD", "Sleep Health Partners", "612", "Minneapolis")]:
    _taken = {x for q in PEOPLE for x in (q.phone, q.fax, q.rel_phone) if x} | {x for d in PRESCRIBERS for x in (d['phone'], d['fax'])}
    _free = [_area + '55501%02d' % k for k in range(100) if _area + '55501%02d' % k not in _taken]
    _ph, _fx = R.sample(_free, 2)
    PRESCRIBERS.append(dict(name=_name, practice=_prac, phone=_ph, fax=_fx, npi=npi(), city=_city))

LENS_PRODUCTS = [("ACUVUE OASYS 1-Day 90pk", "ACU-OAS1D-90", "8.5"), ("Dailies Total1 90pk", "ALC-DT1-90", "8.5"),
                 ("Biofinity 6pk", "CV-BIOF-6", "8.6"), ("Air Optix plus HydraGlyde Toric 6pk", "ALC-AOHG-T6", "8.7"),
                 ("Precision1 for Astigmatism 30pk", "ALC-P1A-30", "8.5")]
CPAP_SKUS = [("A7030", "AirFit F20 Full Face Mask", "RES-63401"), ("A7034", "AirFit N30i Nasal Mask", "RES-63800"),
             ("A7037", "ClimateLineAir Heated Tubing", "RES-37296"), ("A7038", "Disposable Filter 2pk", "RES-37301"),
             ("A7046", "HumidAir Water Chamber", "RES-37299"), ("E0601", "AirSense 11 AutoSet", "RES-39000"),
             ("A7035", "Headgear", "RES-63473")]
NDCS = [("65702-0492-10", "Contour Next Test Strips 100ct"), ("53885-0245-10", "OneTouch Verio Test Strips 100ct"),
        ("08290-3203-05", "BD Ultra-Fine Pen Needles 4mm"), ("57599-0818-00", "FreeStyle Libre 3 Sensor"),
        ("08627-0077-01", "Dexcom G7 Sensor"), ("65702-0711-10", "Microlet Lancets 100ct")]
COMP_SKUS = ["JOB-7533-L-BEI", "MED-DUO-20-M-BLK", "SIG-ST230-XL", "JUZ-SOFT-3012-S", "CW-ARM-2030-M"]
HA_MODELS = ["Lumity L90-R", "Oticon Intent 1 miniRITE R", "Jabra Enhance Select 300", "Signia Pure Charge&Go IX"]

STATE_NAMES = {"TX": "Texas", "AZ": "Arizona", "OH": "Ohio", "CA": "California", "MA": "Massachusetts",
               "WA": "Washington", "NM": "New Mexico", "GA": "Georgia", "MN": "Minnesota", "NJ": "New Jersey",
               "FL": "Florida", "MI": "Michigan", "ID": "Idaho", "TN": "Tennessee", "NY": "New York",
               "NE": "Nebraska", "RI": "Rhode Island", "KY": "Kentucky", "KS": "Kansas", "WI": "Wisconsin",
               "AK": "Alaska", "PR": "Puerto Rico"}
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.113 Mobile Safari/537.36",
       "Mozilla/5.0 (iPad; CPU OS 16_7_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0"]


# --------------------------------------------------------------------------------------
# small helpers used by the families
# --------------------------------------------------------------------------------------
FORCE = {}


def fv(x):
    """variant selector: a scheduled rare-category task may force the variant"""
    return FORCE.get('v', x)


def forced(tag):
    return tag in FORCE.get('tags', ())


def order_no(lob):
    return STORES[lob]['prefix'] + str(R.randint(10200, 48999))


def shop_oid():
    return R.randint(5_600_000_000_000, 5_899_999_999_999)


def money(lo, hi):
    return '%.2f' % (R.randint(int(lo * 100), int(hi * 100)) / 100)


def cents(lo, hi):
    return R.randint(lo * 100, hi * 100)


def street_split(street):
    num, rest = street.split(' ', 1)
    return num, rest


def agent():
    return R.choice(AGENTS)


def agent_email(lob):
    return '%s@%s' % (agent()[1], STORES[lob]['dom'])


def dob_p(p, style=None):
    return P(fd(p.dob, style or R.choice(['iso', 'us', 'long', 'dmy'])), 'date')


def rx_line():
    sph = R.choice(['-0.75', '-1.25', '-2.00', '-2.25', '-3.50', '-4.75', '+1.50', '-6.00'])
    return sph


def pino(host, level, fields, msg):
    d = {"level": level, "time": t_ms(), "pid": R.choice([1, 1, 19, 27]), "hostname": host}
    d.update(fields)
    d["msg"] = msg
    return J(d, 'js')


def bunyan(name, host, level, fields, msg):
    d = {"name": name, "hostname": host, "pid": R.choice([1, 7, 18]), "level": level}
    d.update(fields)
    d["msg"] = msg
    d["time"] = t_iso_ms()
    d["v"] = 0
    return J(d, 'js')


def winston(level, message, fields, service):
    d = {"level": level, "message": message}
    d.update(fields)
    d["service"] = service
    d["timestamp"] = t_iso_ms()
    return J(d, 'js')


def mono(channel, level, msg, ctx=None, iso=True):
    ts = '[' + (t_iso_us_off() if iso else t_sql()) + '] '
    return [ts, channel, '.', level, ': ', msg, ' ', J(ctx, 'mono') if ctx else '[]', ' []']


def laravel(level, msg, ctx=None):
    return ['[', t_sql(), '] production.', level, ': ', msg] + ([' ', J(ctx, 'mono')] if ctx is not None else [])


def pylog(level, name, msg):
    return [t_pylog(), ' ', level, ' [', name, '] ', msg]


def slog(level, msg, kv):
    out = ['time=', t_iso_ms(), ' level=', level, ' msg=', logfmt_val(msg)]
    for k, v in kv:
        out += [' ', k, '=', logfmt_val(v) if not isinstance(v, (int, float)) else str(v)]
    return out


SHOPIFY_PODS = ['shopify-wh-7c9d8f6b5-x2lqp', 'shopify-wh-7c9d8f6b5-k8v2n', 'shopify-wh-5f6d4c8b9-q4dzt']
LABEL_PODS = ['label-svc-6b7c9d4f2-m7wsr', 'label-svc-6b7c9d4f2-q9xhd']
BILLING_PODS = ['dme-billing-55d8c7f9b-2ktwz', 'dme-billing-55d8c7f9b-7rjmc']


def shop_addr(p, with_phone=True):
    num = None
    return {"first_name": P(p.first, 'name'), "address1": P(p.street, 'address'),
            "phone": P(ph_fmt(p.phone), 'phone') if with_phone else None, "city": P(p.city, 'address'),
            "zip": P(p.zip, 'zip'), "province": STATE_NAMES[p.state], "country": "United States",
            "last_name": P(p.last, 'name'), "address2": P(p.unit, 'address') if p.unit else "", "company": None,
            "latitude": None, "longitude": None, "name": P(p.full, 'name'), "country_code": "US",
            "province_code": p.state}


# --------------------------------------------------------------------------------------
# families: each returns the segments of ONE line; ph=True must yield >=1 PHI span
# --------------------------------------------------------------------------------------
def fam_shopify(ph):
    host = R.choice(SHOPIFY_PODS)
    lob = R.choice(list(STORES))
    st = STORES[lob]
    req = 'req-' + rs(string.ascii_lowercase + DIG, 6)
    if not ph:
        v = R.randint(0, 4)
        if v == 0:
            return pino(host, 30, {"reqId": req, "topic": R.choice(["orders/paid", "orders/updated", "refunds/create"]),
                                   "shop": st['shop'], "webhookId": uid(), "orderId": shop_oid(),
                                   "apiVersion": "2024-04"}, "webhook accepted")
        if v == 1:
            return pino(host, 40, {"reqId": req, "topic": R.choice(["orders/create", "customers/update"]),
                                   "shop": st['shop'], "hmacValid": False, "remoteAddress": priv_ip()},
                        "HMAC verification failed, responding 401")
        if v == 2:
            sku = R.choice(CPAP_SKUS)[2] if lob == 'cpap' else R.choice(LENS_PRODUCTS)[1]
            return pino(host, 30, {"reqId": req, "topic": "fulfillments/create", "orderName": order_no(lob),
                                   "fulfillmentId": "gid://shopify/Fulfillment/%d" % R.randint(4_800_000_000, 5_200_000_000),
                                   "trackingNumber": ups_track(), "trackingCompany": "UPS",
                                   "lineItems": [{"sku": sku, "quantity": R.randint(1, 4)}],
                                   "responseTime": R.randint(40, 900)}, "fulfillment synced to ShipStation")
        if v == 3:
            return pino(host, 30, {"reqId": req, "topic": "inventory_levels/update", "shop": st['shop'],
                                   "inventory_item_id": R.randint(44_000_000_000_000, 46_000_000_000_000),
                                   "location_id": R.choice([61823418539, 61823451307]),
                                   "available": R.randint(0, 400), "updated_at": t_iso_off()}, "inventory level updated")
        bid = R.randint(3_300_000_000, 3_500_000_000)
        return pino(host, 30, {"shop": st['shop'], "bulkOperation": "gid://shopify/BulkOperation/%d" % bid,
                               "status": "COMPLETED", "objectCount": str(R.randint(800, 40000)),
                               "url": "https://storage.googleapis.com/shopify-tiers-assets-prod-us-east1/bulk-operation-outputs/%s-final?GoogleAccessId=assets-us-prod%%40shopify-tiers.iam.gserviceaccount.com&Expires=%d" % (b62(20).lower(), t_epoch() + 604800)},
                    "bulk export finished")
    v = fv(R.choice([0, 0, 1, 2, 3, 4]))
    if v == 0:
        p = person()
        st = STORES[p.lob]
        notes = []
        if p.lob == 'lens':
            pr = R.choice(PRESCRIBERS[:4] + PRESCRIBERS[6:7])
            notes = [{"name": "patient_dob", "value": P(fd(p.dob, 'us'), 'date')},
                     {"name": "prescriber", "value": pr['name']},
                     {"name": "prescriber_phone", "value": ph_fmt(pr['phone'], 'paren')}]
        elif p.lob in ('cpap', 'diabetic'):
            notes = [{"name": "insurance_member_id", "value": P(p.member, 'health_plan')},
                     {"name": "insurance_group", "value": p.group or ""}]
        order = {"id": shop_oid(), "name": st['prefix'] + str(R.randint(10200, 48999)),
                 "email": P(p.email, 'email'), "created_at": t_iso_off(), "total_price": money(24, 420),
                 "currency": "USD", "financial_status": "paid", "shipping_address": shop_addr(p),
                 "note_attributes": notes}
        return pino(host, 20, {"reqId": req, "topic": "orders/create", "shop": st['shop'], "order": order},
                    "orders/create payload")
    if v == 1:
        p = person()
        st = STORES[p.lob]
        cust = {"id": p.cust_id, "email": P(p.email, 'email'), "accepts_marketing": R.random() < 0.5,
                "first_name": P(p.first, 'name'), "last_name": P(p.last, 'name'), "state": "enabled",
                "tags": R.choice(["autoship, rx-verified", "medicare", "vip", "rx-pending"]),
                "phone": P(ph_fmt(p.phone, 'e164'), 'phone'),
                "default_address": {"address1": P(p.street, 'address'), "city": P(p.city, 'address'),
                                    "province_code": p.state, "zip": P(p.zip, 'zip'), "country_code": "US"}}
        if R.random() < 0.3 or forced('url'):
            slug = '%s-%s-%d' % (fold(p.first).lower().replace(' ', '-'), fold(p.last).lower().replace(' ', '-').replace("'", ''), p.dob.year)
            cust["note"] = C(["Patient portal: ", P('https://portal.%s/patients/%s' % (st['dom'], slug), 'url')])
        return pino(host, 30, {"reqId": req, "topic": "customers/update", "shop": st['shop'], "customer": cust},
                    "customer upserted")
    if v == 2:
        p = person(('cpap', 'diabetic'))
        on = order_no(p.lob)
        err = {"type": "Error", "message": C(["Brightree sync failed: patient DOB missing for ", P(p.full, 'name'),
                                              " (order ", on, ")"]),
               "stack": C(["Error: Brightree sync failed: patient DOB missing for ", P(p.full, 'name'), " (order ", on,
                           ")\n    at syncOrder (/app/src/brightree/sync.js:88:11)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)"])}
        return pino(host, 50, {"reqId": req, "topic": "orders/paid", "err": err}, "downstream sync error")
    if v == 3:
        p = person()
        st = STORES[p.lob]
        car = R.choice(["silver Honda CR-V", "blue Subaru Outback", "white Ford Transit van", "red Toyota Corolla"])
        note = C(["Curbside pickup pls - ", car, ", plate ", P(p.plate, 'vehicle'), ". Text ",
                  P(ph_fmt(p.phone, R.choice(['dash', 'raw'])), 'phone'), " when ready"])
        return pino(host, 30, {"reqId": req, "topic": "orders/create", "shop": st['shop'],
                               "orderName": order_no(p.lob), "note": note,
                               "shippingLine": "Local Pickup - Showroom"}, "order note captured")
    p = person(('lens', 'compression', 'cpap'))
    st = STORES[p.lob]
    fn = 'rx_%s_%s_%s.pdf' % (fold(p.last).replace(' ', '').replace("'", ''), fold(p.first).replace(' ', ''), fd(p.exam))
    url = 'https://cdn.shopify.com/s/files/1/0612/4470/8113/files/%s?v=%d' % (fn, t_epoch() - R.randint(100, 9000))
    return pino(host, 30, {"reqId": req, "topic": "orders/create", "shop": st['shop'], "orderName": order_no(p.lob),
                           "rxUpload": P(url, 'url'), "bytes": R.randint(80_000, 2_400_000)}, "rx attachment linked")


def fam_woo(ph):
    lob = R.choice(['compression', 'diabetic'])
    st = STORES[lob]

    def line(level, msg):
        return [t_iso_off(), ' ', level, ' ', msg]
    if not ph:
        v = R.randint(0, 5)
        if v == 0:
            return line('INFO', 'Webhook delivery #%d to https://hooks.%s/wc/orders (topic: order.updated): HTTP 200 OK in %.3fs'
                        % (R.randint(8000, 99999), st['dom'], R.uniform(0.08, 2.5)))
        if v == 1:
            return line('DEBUG', R.choice(['====Stripe Version: 8.3.1====', '====Start Log====', '====End Log====',
                                           '====Stripe Plugin API Version: 2024-04-10====']))
        if v == 2:
            resp = {"id": stripe_id('pi'), "object": "payment_intent", "amount": cents(20, 400), "currency": "usd",
                    "status": "succeeded", "latest_charge": stripe_id('ch'), "livemode": True}
            return line('DEBUG', ['Stripe response: ', J(resp, 'php')])
        if v == 3:
            return line('INFO', 'Scheduled action %d (%s) completed in %.2fs' % (
                R.randint(40000, 99999), R.choice(['woocommerce_cleanup_draft_orders', 'wc_admin_process_orders_milestone',
                                                   'woocommerce_run_product_attribute_lookup_update_callback',
                                                   'action_scheduler/migration_hook']), R.uniform(0.02, 4)))
        if v == 5 and R.random() < 0.5:
            pr = R.choice(PRESCRIBERS)
            return line('INFO', 'Inbound fax FAX%d received from %s (%d pages) matched to prescriber NPI %s; queued for OCR' % (
                R.randint(100000, 999999), ph_fmt(pr['fax'], 'e164'), R.randint(1, 4), pr['npi']))
        if v == 4:
            ndc, nm = R.choice(NDCS)
            return line('WARNING', 'Low stock: %s (NDC %s, SKU %s) has %d units left at %s' % (
                nm, ndc, 'GD-' + ndc.replace('-', '')[:8], R.randint(0, 9), R.choice(['DC-OH', 'DC-NV'])))
        return line('INFO', 'Order #%d status changed from %s to %s.' % (
            R.randint(40000, 58000), R.choice(['pending', 'on-hold']), R.choice(['processing', 'completed', 'cancelled'])))
    v = fv(R.randint(0, 5))
    if v == 4:
        p = fax_person()
        return line('INFO', ['Inbound fax ', 'FAX%d' % R.randint(100000, 999999), ' received from ', P(ph_fmt(p.fax, R.choice(['e164', 'raw'])), 'fax'),
                             ' (%d pages) matched to customer ' % R.randint(1, 4), P(p.email, 'email'), '; queued for OCR'])
    if v == 5:
        p = person()
        return line('INFO', ['ACH refund created for order #%d: routing 0%s account ' % (R.randint(40000, 58000), rs(DIG, 8)),
                             P(rs(DIG, R.choice([9, 10, 12])), 'account'), ' holder "', P(p.full, 'name'), '" amount ', money(10, 400)])
    if v == 0:
        p = person(('compression', 'diabetic'))
        req = {"email": P(p.email, 'email'), "description": C(["Name: ", P(p.full, 'name'), ", Guest"]),
               "name": P(p.full, 'name'), "phone": P(ph_fmt(p.phone, 'dash'), 'phone'),
               "address": {"city": P(p.city, 'address'), "country": "US", "line1": P(p.street, 'address'),
                           "line2": P(p.unit, 'address') if p.unit else "", "postal_code": P(p.zip, 'zip'),
                           "state": p.state}, "metadata": {"order_id": str(R.randint(40000, 58000))}}
        return line('DEBUG', ['customers request: ', J(req, 'php')])
    if v == 1:
        p = person('compression')
        ctx = {"order": R.randint(40000, 58000), "customer_email": P(p.email, 'email'),
               "garment": R.choice(COMP_SKUS), "ankle_cm": round(R.uniform(19, 27), 1),
               "calf_cm": round(R.uniform(30, 44), 1), "length_ag_cm": R.randint(36, 46),
               "compression": R.choice(["15-20 mmHg", "20-30 mmHg", "30-40 mmHg"])}
        return line('INFO', ['Measurement form submitted ', J(ctx, 'php')])
    if v == 2:
        p = person('diabetic')
        hp = (P(mbi_dash(p.mbi) if R.random() < 0.5 else p.mbi, 'health_plan') if p.mbi else P(p.member, 'health_plan'))
        return line('ERROR', ['Eligibility check failed for order #%d (member ' % R.randint(40000, 58000), hp,
                              ', DOB ', P(fd(p.dob, 'us'), 'date'), "): 271 AAA*Y**72*C - Invalid/Missing Subscriber/Insured ID"])
    p = person(('diabetic', 'compression'))
    pr = R.choice(PRESCRIBERS)
    item = R.choice(NDCS)[1] if p.lob == 'diabetic' else R.choice(COMP_SKUS)
    return line('INFO', ['Rx received via fax from ', pr['name'], ' (fax ', ph_fmt(pr['fax'], 'dash'), ') for ',
                         P(p.full, 'name'), ' DOB ', P(fd(p.dob, 'short'), 'date'), ': ', item, ', refills x%d' % R.randint(1, 11)])


MAGE_STACK = [
    "Magento\\Quote\\Model\\QuoteManagement->submitQuote(Object(Magento\\Quote\\Model\\Quote\\Interceptor), Array)",
    "Magento\\Framework\\Interception\\Interceptor->___callParent('placeOrder', Array)",
    "Magento\\Checkout\\Model\\PaymentInformationManagement->savePaymentInformationAndPlaceOrder('88213', Object(Magento\\Quote\\Model\\Quote\\Payment), NULL)",
    "Magento\\Webapi\\Controller\\Rest\\SynchronousRequestProcessor->process(Object(Magento\\Framework\\Webapi\\Rest\\Request\\Proxy))",
    "Magento\\Framework\\App\\Http->launch()",
]
MAGE_FILES = ["vendor/magento/module-quote/Model/QuoteManagement.php(624)", "vendor/magento/framework/Interception/Interceptor.php(58)",
              "generated/code/Magento/Checkout/Model/PaymentInformationManagement/Interceptor.php(23)",
              "vendor/magento/module-webapi/Controller/Rest.php(188)", "vendor/magento/framework/App/Bootstrap.php(264)"]


def fam_magento(ph):
    if not ph:
        v = R.randint(0, 5)
        if v == 0:
            return mono('cron', 'INFO', 'Cron Job %s is run' % R.choice(
                ['indexer_reindex_all_invalid', 'sales_clean_quotes', 'catalog_product_alert', 'newsletter_send_all',
                 'amasty_rma_cleanup', 'consumers_runner']))
        if v == 1:
            return mono('cron', 'INFO', 'Cron Job %s is successfully finished. Statistics: {"sum":%.2f,"count":1,"realmem":"%d MB","malloc":"%d MB","realmem_start":"%d MB","malloc_start":"%d MB"}' % (
                R.choice(['sales_grid_order_async_insert', 'captcha_delete_expired_images', 'aggregate_sales_report_order_data']),
                R.uniform(0, 3), R.randint(84, 130), R.randint(2, 9), R.randint(80, 96), R.randint(40, 70)))
        if v == 2:
            w = R.choice(WAREHOUSES)
            return mono('main', 'WARNING', 'Could not collect rates for quote %d: ups returned 111285 (ship-from %s, %s %s)' % (
                R.randint(80000, 99999), w[1], w[2], w[3]))
        if v == 3:
            return mono('main', 'CRITICAL', 'Elasticsearch\\Common\\Exceptions\\NoNodesAvailableException: No alive nodes found in your cluster in /var/www/html/vendor/elasticsearch/elasticsearch/src/Elasticsearch/ConnectionPool/StaticNoPingConnectionPool.php:64')
        if v == 4:
            k = R.randrange(len(MAGE_STACK))
            return '#%d /var/www/html/%s: %s' % (k + R.randint(0, 30), MAGE_FILES[k], MAGE_STACK[k])
        return mono('main', 'INFO', "Broken reference: the 'catalog.compare.sidebar' tries to reorder itself towards 'wishlist_sidebar', but their parents are different: 'sidebar.additional' and 'sidebar.main' respectively.")
    v = fv(R.randint(0, 4))
    p = person(('cpap', 'hearing'))
    if v == 0:
        ctx = {"quote_id": R.randint(80000, 99999), "firstname": P(p.first, 'name'), "lastname": P(p.last, 'name'),
               "street": [P(p.street, 'address')] + ([P(p.unit, 'address')] if p.unit else []),
               "city": P(p.city, 'address'), "region_code": p.state, "postcode": P(p.zip, 'zip'), "country_id": "US",
               "telephone": P(ph_fmt(p.phone, R.choice(['dash', 'paren', 'raw'])), 'phone'),
               "fax": P(ph_fmt(p.fax, 'dash'), 'fax') if p.fax else None,
               "email": P(p.email, 'email'), "errors": ["\"regionId\" is required. Enter and try again."]}
        return mono('main', 'ERROR', 'Address validation failed for shipping address', ctx)
    if v == 1:
        mm, yy = p.exp.split('/')
        ctx = {"order": '000%06d' % R.randint(100000, 199999),
               "payment": {"method": "authnet_directpost", "cc_type": {'visa': 'VI', 'mastercard': 'MC', 'amex': 'AE', 'discover': 'DI'}[p.brand],
                           "cc_number": P(p.pan, 'account'), "cc_exp_month": mm, "cc_exp_year": yy,
                           "cc_owner": P(p.full.upper() if R.random() < 0.5 else p.full, 'name')},
               "gateway_response": "(TESTMODE) This transaction has been declined."}
        return mono('payment', 'CRITICAL', 'Payment capture failed: Gateway rejected the request', ctx)
    if v == 2:
        ctx = {"increment_id": '100%06d' % R.randint(100000, 199999), "iban": P(p.iban, 'account'),
               "account_holder": P(p.full, 'name'), "amount": money(49, 3400), "currency": "EUR"}
        return mono('main', 'INFO', 'SEPA refund queued', ctx)
    if v == 3:
        ctx = {"customer_email": P(p.email, 'email'),
               "file": "/pub/media/rx/2024/06/%s.pdf" % hexs(32), "dob": P(fd(p.dob, 'iso'), 'date'),
               "prescriber": R.choice(PRESCRIBERS)['name'], "size": R.randint(90_000, 3_000_000)}
        return mono('main', 'DEBUG', 'rx_upload saved', ctx)
    return mono('main', 'ERROR', 'Customer save failed: A customer with the same email address already exists in an associated website.',
                {"email": P(p.email, 'email'), "website_id": R.choice([1, 2])})


def fam_stripe(ph):
    ts = t_iso_ms()
    if not ph:
        v = R.randint(0, 4)
        if v == 0:
            return '%s info: [stripe] %s charge.succeeded pi=%s amount=%d currency=usd card=%s/%s fingerprint=%s livemode=true' % (
                ts, stripe_id('evt'), stripe_id('pi'), cents(15, 600), R.choice(['visa', 'mastercard', 'amex']),
                rs(DIG, 4), b62(16))
        if v == 1:
            arr = TODAY + dt.timedelta(days=R.randint(1, 3))
            return '%s info: [stripe] %s payout.paid po_%s amount=%d arrival_date=%s destination=ba_%s' % (
                ts, stripe_id('evt'), '1P' + b62(22), cents(5000, 90000), arr.isoformat(), '1N' + b62(22))
        if v == 2:
            return '%s warn: [stripe] Webhook signature verification failed: No signatures found matching the expected signature for payload. Are you passing the raw request body you received from Stripe? (ip=%s)' % (
                ts, R.choice(STRIPE_IPS))
        if v == 3:
            return '%s info: [stripe] %s invoice.payment_succeeded in_%s sub=sub_%s amount_paid=%d billing_reason=subscription_cycle' % (
                ts, stripe_id('evt'), '1P' + b62(22), '1P' + b62(22), cents(20, 180))
        return "%s error: [stripe] StripeCardError: Your card was declined. (code=card_declined, decline_code=%s, request_id=req_%s, pi=%s)" % (
            ts, R.choice(['insufficient_funds', 'do_not_honor', 'generic_decline', 'expired_card']), b62(14), stripe_id('pi'))
    p = person()
    v = R.randint(0, 3)
    if v == 0:
        bd = {"address": {"city": P(p.city, 'address'), "country": "US", "line1": P(p.street, 'address'),
                          "line2": P(p.unit, 'address') if p.unit else None, "postal_code": P(p.zip, 'zip'),
                          "state": p.state},
              "email": P(p.email, 'email'), "name": P(p.full, 'name'), "phone": P(ph_fmt(p.phone, 'e164'), 'phone')}
        return [ts, ' debug: [stripe] ', stripe_id('evt'), ' charge.succeeded ch=', stripe_id('ch'), ' billing_details=', J(bd)]
    if v == 1:
        ev = {"customer_email_address": P(p.email, 'email'), "customer_name": P(p.full, 'name'),
              "shipping_address": {"city": P(p.city, 'address'), "country": "US", "line1": P(p.street, 'address'),
                                   "line2": None, "postal_code": P(p.zip, 'zip'), "state": p.state},
              "shipping_carrier": "UPS", "shipping_tracking_number": ups_track(), "product_description": R.choice(
                  [x[0] for x in LENS_PRODUCTS] + [x[1] for x in CPAP_SKUS])}
        return [ts, ' warn: [stripe] charge.dispute.created dp_', '1P' + b62(22), ' reason=fraudulent evidence=', J(ev)]
    if v == 2:
        ipv = p.ip
        return [ts, ' info: [stripe] review.opened prv_', '1P' + b62(22), ' reason=rule ip_address=', P(ipv, 'ip'),
                ' email=', P(p.email, 'email'), ' risk_score=', str(R.randint(65, 92))]
    return [ts, ' info: [stripe] customer.created ', p.stripe_cus, ' email=', P(p.email, 'email'), ' name="',
            P(p.full, 'name'), '" phone=', P(ph_fmt(p.phone, 'e164'), 'phone')]


def fam_braintree(ph):
    if not ph:
        v = R.randint(0, 3)
        if v == 0:
            return laravel('INFO', 'Braintree webhook received', {"kind": "subscription_charged_successfully",
                                                                    "subscription_id": rs(string.ascii_lowercase + DIG, 6),
                                                                    "timestamp": t_iso_off()})
        if v == 1:
            return laravel('INFO', 'Braintree webhook received', {"kind": "disbursement", "disbursement_id": rs(string.ascii_lowercase + DIG, 8),
                                                                    "amount": money(2000, 40000),
                                                                    "disbursement_date": (TODAY + dt.timedelta(days=1)).isoformat()})
        if v == 2:
            return laravel('ERROR', 'Braintree\\Exception\\Timeout: Request timed out after 60 seconds (POST /merchants/%s/transactions) in /var/www/app/vendor/braintree/braintree_php/lib/Braintree/Http.php:260' % rs(string.ascii_lowercase + DIG, 16))
        return laravel('INFO', 'Settlement batch summary', {"settlement_date": (TODAY - dt.timedelta(days=1)).isoformat(),
                                                            "merchant_account": "glucodirect_usd", "count": R.randint(90, 600),
                                                            "amount": money(8000, 60000)})
    p = person()
    if R.random() < 0.6:
        ctx = {"processorResponseCode": R.choice(["2000", "2001", "2015"]),
               "processorResponseText": R.choice(["Do Not Honor", "Insufficient Funds", "Transaction Not Allowed"]),
               "customer": {"firstName": P(p.first, 'name'), "lastName": P(p.last, 'name'), "email": P(p.email, 'email'),
                            "phone": P(ph_fmt(p.phone, 'dash'), 'phone')},
               "billing": {"streetAddress": P(p.street, 'address'), "locality": P(p.city, 'address'),
                           "region": p.state, "postalCode": P(p.zip, 'zip'), "countryCodeAlpha2": "US"},
               "creditCard": {"bin": p.pan[:6], "last4": p.last4, "cardType": p.brand.title(), "expirationDate": p.exp}}
        return laravel('WARNING', 'Braintree transaction declined', ctx)
    return laravel('INFO', 'Braintree vault customer created', {"customer_id": str(R.randint(10**8, 10**9)),
                                                                 "email": P(p.email, 'email'),
                                                                 "phone": P(ph_fmt(p.phone, 'raw'), 'phone'),
                                                                 "paymentMethodToken": rs(string.ascii_lowercase + DIG, 7)})


def fam_adyen(ph):
    pre = t_iso_ms() + ' INFO  [adyen-webhook] notification received '
    lob = R.choice(['hearing', 'cpap'])
    macc = 'SoundPathHearingECOM' if lob == 'hearing' else 'RestWellSupplyECOM'
    if not ph:
        ec = R.choice(['CAPTURE', 'REFUND', 'REPORT_AVAILABLE', 'CANCELLATION'])
        item = {"additionalData": {"hmacSignature": base64.b64encode(R.getrandbits(256).to_bytes(32, 'big')).decode()},
                "amount": {"currency": "USD", "value": cents(40, 4000) if ec != 'REPORT_AVAILABLE' else 0},
                "eventCode": ec, "eventDate": t_iso_off(), "merchantAccountCode": macc,
                "merchantReference": order_no(lob)[1:] if ec != 'REPORT_AVAILABLE' else "",
                "originalReference": psp_ref() if ec in ('CAPTURE', 'REFUND') else None,
                "paymentMethod": R.choice(["visa", "mc", "amex"]), "pspReference": psp_ref(),
                "reason": ("settlement_detail_report_batch_%d.csv" % R.randint(180, 260)) if ec == 'REPORT_AVAILABLE' else "",
                "success": "true"}
        if item["originalReference"] is None:
            del item["originalReference"]
        return [pre, J({"live": "true", "notificationItems": [{"NotificationRequestItem": item}]})]
    p = person()
    num, sname = street_split(p.street)
    ad = {"authCode": rs(DIG, 6), "cardSummary": p.last4, "cardBin": p.pan[:6],
          "cardHolderName": P(p.full, 'name'), "expiryDate": p.exp.replace('/20', '/20'),
          "shopperEmail": P(p.email, 'email'), "shopperIP": P(p.ip, 'ip'),
          "shopperReference": "cust-%d" % p.cust_id,
          "billingAddress.street": P(sname, 'address'), "billingAddress.houseNumberOrName": P(num, 'address'),
          "billingAddress.city": P(p.city, 'address'), "billingAddress.postalCode": P(p.zip, 'zip'),
          "billingAddress.stateOrProvince": p.state, "billingAddress.country": "US",
          "hmacSignature": base64.b64encode(R.getrandbits(256).to_bytes(32, 'big')).decode()}
    item = {"additionalData": ad, "amount": {"currency": "USD", "value": cents(40, 4000)}, "eventCode": "AUTHORISATION",
            "eventDate": t_iso_off(), "merchantAccountCode": macc, "merchantReference": order_no(lob)[1:],
            "operations": ["CANCEL", "CAPTURE", "REFUND"], "paymentMethod": {'visa': 'visa', 'mastercard': 'mc', 'amex': 'amex', 'discover': 'discover'}[p.brand],
            "pspReference": psp_ref(), "reason": "%s:%s:%s" % (ad["authCode"], p.last4, p.exp), "success": "true"}
    return [pre, J({"live": "true", "notificationItems": [{"NotificationRequestItem": item}]})]


def fam_signifyd(ph):
    if not ph:
        dec = R.choice([("ACCEPT", "SIGNIFYD_APPROVED"), ("REJECT", "SIGNIFYD_DECLINED"), ("HOLD", "PENDING_REVIEW")])
        ctx = {"signifydId": R.randint(3_000_000_000, 3_400_000_000), "orderId": order_no(R.choice(list(STORES)))[1:],
               "decision": {"createdAt": t_iso_off(), "checkpointAction": dec[0], "checkpointActionReason": dec[1],
                            "score": float(R.randint(120, 990))}, "coverage": {"fraudChargebacks": {"amount": float(R.randint(20, 900))}}}
        return mono('signifyd', 'INFO', 'Decision webhook processed', ctx)
    p = person()
    ip = p.ip
    num = None
    ctx = {"orderId": order_no(p.lob)[1:], "purchase": {"createdAt": t_iso_off(), "currency": "USD",
                                                         "totalPrice": float(money(20, 900))},
           "userAccount": {"username": P(p.username, 'other_id'), "email": P(p.email, 'email'),
                           "phone": P(ph_fmt(p.phone, 'e164'), 'phone'), "createdDate": "20%02d-%02d-%02dT%02d:%02d:%02dZ" % (R.randint(18, 23), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))},
           "device": {"clientIpAddress": P(ip, 'ip'), "sessionId": uid()},
           "transactions": [{"checkoutPaymentDetails": {"holderName": P(p.full, 'name'),
                                                        "billingAddress": {"streetAddress": P(p.street, 'address'),
                                                                           "city": P(p.city, 'address'),
                                                                           "provinceCode": p.state,
                                                                           "postalCode": P(p.zip, 'zip'),
                                                                           "countryCode": "US"}},
                             "paymentMethod": "CREDIT_CARD", "cardBin": p.pan[:6], "cardLast4": p.last4}]}
    return mono('signifyd', 'DEBUG', 'Checkout request', ctx)


def fam_riskified(ph):
    if not ph:
        st = R.choice([("approved", "Reviewed and approved by Riskified"), ("declined", "Order exceeds risk threshold"),
                       ("submitted", "Under review by Riskified")])
        return winston("info", "riskified decision received",
                       {"order_id": str(R.randint(40000, 58000)), "status": st[0], "description": st[1],
                        "decision_code": R.choice(["", "rsk_app_01", "rsk_dcl_13"]),
                        "latencyMs": R.randint(200, 6000)}, "fraud-gw")
    p = person()
    order = {"id": str(R.randint(40000, 58000)), "email": P(p.email, 'email'), "browser_ip": P(p.ip, 'ip'),
             "total_price": float(money(20, 900)), "currency": "USD", "gateway": "braintree",
             "customer": {"first_name": P(p.first, 'name'), "last_name": P(p.last, 'name'),
                          "id": str(p.cust_id), "orders_count": R.randint(1, 22), "verified_email": True},
             "billing_address": {"first_name": P(p.first, 'name'), "last_name": P(p.last, 'name'),
                                 "address1": P(p.street, 'address'), "city": P(p.city, 'address'),
                                 "province_code": p.state, "zip": P(p.zip, 'zip'), "country_code": "US",
                                 "phone": P(ph_fmt(p.phone, 'dash'), 'phone')}}
    return winston("debug", "riskified submit payload", {"order": order}, "fraud-gw")


def fam_smarty(ph):
    ts = t_iso_ms()
    if not ph:
        v = R.randint(0, 2)
        if v == 0:
            return '%s DEBUG smarty: us-street 0 candidates input_id=chk_%s dpv_match_code=N dpv_footnotes=%s took_ms=%d' % (
                ts, b62(12), R.choice(['AAM3', 'AAN1', 'A1']), R.randint(40, 400))
        if v == 1:
            return '%s INFO smarty: quota %d/25000 lookups used this billing period (plan=us-core-25k)' % (ts, R.randint(8000, 24000))
        return '%s WARN smarty: request timeout after 3000ms, retry %d/2 req=%s' % (ts, R.randint(1, 2), uid())
    p = person()
    if R.random() < 0.5:
        return [ts, ' DEBUG smarty: us-street lookup street="', P(p.street, 'address'), '" secondary="',
                P(p.unit, 'address') if p.unit else '', '" city="', P(p.city, 'address'), '" state=', p.state,
                ' zipcode=', P(p.zip, 'zip'), ' candidates=1 match=enhanced']
    cand = [{"input_index": 0, "candidate_index": 0, "delivery_line_1": P(street_full(p), 'address'),
             "last_line": C([P(p.city, 'address'), ' ', p.state, ' ', P(p.zip + '-' + p.zip4, 'zip')]),
             "components": {"city_name": P(p.city, 'address'), "state_abbreviation": p.state,
                            "zipcode": P(p.zip, 'zip'), "plus4_code": P(p.zip4, 'zip')},
             "metadata": {"record_type": "S", "zip_type": "Standard", "county_name": P(p.county, 'address'),
                          "carrier_route": "C%03d" % R.randint(1, 80), "rdi": "Residential", "precision": "Zip9"},
             "analysis": {"dpv_match_code": "Y", "dpv_footnotes": "AABB", "dpv_cmra": "N", "dpv_vacant": "N", "active": "Y"}}]
    return [ts, ' DEBUG smarty: response ', J(cand)]


def fam_label(ph):
    host = R.choice(LABEL_PODS)
    w = R.choice(WAREHOUSES)
    lob = R.choice(list(STORES))
    st = STORES[lob]
    if not ph:
        v = R.randint(0, 3)
        if v == 0:
            return bunyan('label-svc', host, 30, {"carrier": "UPS", "service": "03", "orderName": order_no(lob),
                                                  "tracking": ups_track(), "charges": {"total": money(8, 40), "currency": "USD"},
                                                  "labelFormat": "ZPL", "billingWeight": "%.1f LBS" % R.uniform(0.5, 14)},
                          "label created")
        if v == 1:
            return bunyan('label-svc', host, 30, {"carrier": "USPS", "provider": "easypost", "shipment": "shp_" + hexs(32),
                                                  "tracking": usps_track(), "rate": money(4, 14), "service": R.choice(["GroundAdvantage", "Priority"]),
                                                  "orderName": order_no(lob)}, "label purchased")
        if v == 2:
            return bunyan('label-svc', host, 30, {"carrier": R.choice(["UPS", "FedEx"]), "expires_in": R.choice([14399, 3599]),
                                                  "token_type": "Bearer", "issued_at": str(t_ms())}, "oauth token refreshed")
        return bunyan('label-svc', host, 40, {"carrier": "FedEx", "tracking": fedex_track(), "code": "SHIPMENT.ACCOUNTNUMBER.UNAUTHORIZED",
                                              "shipper": {"city": w[1], "stateOrProvinceCode": w[2], "postalCode": w[3]},
                                              "retryIn": 30}, "ship request rejected")
    p = person()
    if R.random() < 0.6:
        req = {"ShipmentRequest": {"Request": {"RequestOption": "nonvalidate"}, "Shipment": {
            "Description": "Medical supplies",
            "Shipper": {"Name": st['name'], "ShipperNumber": rs(UP + DIG, 6), "Phone": {"Number": st['phone']},
                        "Address": {"AddressLine": [w[0]], "City": w[1], "StateProvinceCode": w[2], "PostalCode": w[3],
                                    "CountryCode": "US"}},
            "ShipTo": {"Name": P(p.full, 'name'), "AttentionName": P(p.full.upper(), 'name'),
                       "Phone": {"Number": P(p.phone, 'phone')},
                       "Address": {"AddressLine": [P(p.street, 'address')] + ([P(p.unit, 'address')] if p.unit else []),
                                   "City": P(p.city, 'address'), "StateProvinceCode": p.state, "PostalCode": P(p.zip, 'zip'),
                                   "CountryCode": "US", "ResidentialAddressIndicator": ""}},
            "Service": {"Code": "03", "Description": "Ground"},
            "Package": {"Packaging": {"Code": "02"}, "PackageWeight": {"UnitOfMeasurement": {"Code": "LBS"},
                                                                     "Weight": "%.1f" % p.weight}}}}}
        return bunyan('label-svc', host, 20, {"carrier": "UPS", "orderName": order_no(p.lob), "request": req}, "ups ship request")
    rec = {"contact": {"personName": P(p.full, 'name'), "phoneNumber": P(p.phone, 'phone')},
           "address": {"streetLines": [P(street_full(p), 'address')], "city": P(p.city, 'address'),
                       "stateOrProvinceCode": p.state, "postalCode": P(p.zip, 'zip'), "countryCode": "US",
                       "residential": True}}
    return bunyan('label-svc', host, 20, {"carrier": "FedEx", "orderName": order_no(p.lob), "serviceType": "FEDEX_GROUND",
                                          "recipients": [rec]}, "fedex ship request")


HUBS = [("MEMPHIS", "TN", "38118"), ("LOUISVILLE", "KY", "40209"), ("HODGKINS", "IL", "60525"),
        ("OKLAHOMA CITY", "OK", "73179"), ("ONTARIO", "CA", "91761"), ("COLUMBUS", "OH", "43217"),
        ("SALT LAKE CITY", "UT", "84104"), ("JACKSONVILLE", "FL", "32219")]


def fam_tracking(ph):
    carrier = R.choice(["USPS", "UPS"])
    code = usps_track() if carrier == "USPS" else ups_track()
    pre = t_iso_ms() + ' info: [easypost] tracker.updated '
    if not ph:
        hub = R.choice(HUBS)
        st = R.choice([("in_transit", "Arrived at USPS Regional Facility" if carrier == "USPS" else "Arrived at Facility"),
                       ("in_transit", "Departed USPS Facility" if carrier == "USPS" else "Departed from Facility"),
                       ("pre_transit", "Shipping Label Created, USPS Awaiting Item" if carrier == "USPS" else "Shipper created a label, UPS has not received the package yet.")])
        loc = {"object": "TrackingLocation", "city": hub[0], "state": hub[1], "country": "US", "zip": hub[2]} if st[0] == 'in_transit' else \
            {"object": "TrackingLocation", "city": None, "state": None, "country": None, "zip": None}
        body = {"id": "trk_" + hexs(32), "tracking_code": code, "status": st[0], "carrier": carrier,
                "est_delivery_date": (NOW + dt.timedelta(days=R.randint(1, 4))).strftime('%Y-%m-%dT00:00:00Z'),
                "tracking_details": [{"object": "TrackingDetail", "message": st[1], "status": st[0],
                                      "datetime": t_iso_s(NOW - dt.timedelta(minutes=R.randint(5, 300))),
                                      "tracking_location": loc}]}
        return [pre, J(body)]
    p = person()
    city = fold(p.city).upper()
    loc = {"object": "TrackingLocation", "city": P(city, 'address'), "state": p.state, "country": "US",
           "zip": P(p.zip, 'zip')}
    det = {"object": "TrackingDetail", "message": "Delivered, Front Door/Porch" if carrier == "USPS" else "DELIVERED",
           "status": "delivered", "datetime": t_iso_s(NOW - dt.timedelta(minutes=R.randint(5, 90))),
           "tracking_location": loc}
    body = {"id": "trk_" + hexs(32), "tracking_code": code, "status": "delivered", "carrier": carrier,
            "signed_by": P(p.first[0] + ' ' + p.last.upper(), 'name') if R.random() < 0.5 else None,
            "tracking_details": [det]}
    return [pre, J(body)]


def isa(ctrl, sender='RESTWELL001', recv='AVAILITY'):
    return 'ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%09d*0*P*:~' % (
        sender, recv, NOW.strftime('%y%m%d'), NOW.strftime('%H%M'), ctrl)


def fam_x12(ph):
    ctrl = R.randint(4000, 9999)
    if not ph:
        if R.random() < 0.5:
            body = 'ST*999*0001*005010X231A1~AK1*HS*%d*005010X279A1~AK2*270*0001~IK5*A~AK9*A*1*1*1~SE*6*0001~' % ctrl
            return pylog('DEBUG', 'edi.availity', '<<< 999 ' + body)
        return pylog('DEBUG', 'edi.availity', '<<< TA1 ' + isa(ctrl, 'AVAILITY', 'RESTWELL001') +
                     'TA1*%09d*%s*%s*A*000~IEA*0*%09d~' % (ctrl, NOW.strftime('%y%m%d'), NOW.strftime('%H%M'), ctrl))
    p = person(('cpap', 'diabetic', 'hearing'))
    pname = fold(p.payer).upper() if not p.mbi else "CMS MEDICARE B"
    last, first = fold(p.last).upper(), fold(p.first).upper()
    pr = R.choice(PRESCRIBERS)
    if R.random() < 0.5:
        segs = [isa(ctrl), 'GS*HS*RESTWELL001*AVAILITY*', NOW.strftime('%Y%m%d'), '*', NOW.strftime('%H%M'), '*%d*X*005010X279A1~' % ctrl,
                'ST*270*0001*005010X279A1~BHT*0022*13*', str(R.randint(10**8, 10**9)), '*', NOW.strftime('%Y%m%d'), '*', NOW.strftime('%H%M'), '~',
                'HL*1**20*1~NM1*PR*2*', pname, '*****PI*', p.payer_id, '~HL*2*1*21*1~NM1*1P*2*RESTWELL SUPPLY*****XX*', pr['npi'], '~',
                'HL*3*2*22*0~TRN*1*', rs(DIG, 10), '*9877281234~NM1*IL*1*', P(last, 'name'), '*', P(first, 'name'),
                '****MI*', P(p.member, 'health_plan'), '~DMG*D8*', P(fd(p.dob, 'x12'), 'date'), '*', p.sex,
                '~EQ*', R.choice(['12', '30', 'DM']), '~SE*13*0001~GE*1*%d~IEA*1*%09d~' % (ctrl, ctrl)]
        return pylog('DEBUG', 'edi.availity', ['>>> 270 '] + segs)
    eff = dt.date(R.randint(2012, 2023), R.randint(1, 12), 1)
    segs = ['ST*271*0001*005010X279A1~BHT*0022*11*', str(R.randint(10**8, 10**9)), '*', NOW.strftime('%Y%m%d'), '*', NOW.strftime('%H%M'), '~',
            'HL*1**20*1~NM1*PR*2*', pname, '*****PI*', p.payer_id, '~HL*2*1*21*1~NM1*1P*2*RESTWELL SUPPLY*****XX*', pr['npi'], '~',
            'HL*3*2*22*0~NM1*IL*1*', P(last, 'name'), '*', P(first, 'name'), '****MI*', P(p.member, 'health_plan'),
            '~N3*', P(fold(p.street).upper(), 'address'), '~N4*', P(fold(p.city).upper(), 'address'), '*', p.state, '*',
            P(p.zip + p.zip4, 'zip'), '~DMG*D8*', P(fd(p.dob, 'x12'), 'date'), '*', p.sex,
            '~DTP*346*D8*', P(fd(eff, 'x12'), 'date'), '~EB*1*IND*12*', 'MB' if p.mbi else 'PR', '*', pname,
            '~EB*C*IND*12***23*', str(R.choice([0, 240, 257, 500])), '~EB*A*IND*12****.2~SE*16*0001~']
    return pylog('DEBUG', 'edi.availity', ['<<< 271 '] + segs)


def fam_elig(ph):
    if not ph:
        if R.random() < 0.5:
            return winston("info", "eligibility batch finished", {"batchId": "eb_" + b62(10), "total": R.randint(20, 90),
                                                                  "active": R.randint(15, 80), "inactive": R.randint(0, 5),
                                                                  "errors": R.randint(0, 6), "payers": R.sample(["60054", "87726", "62308", "61101", "CGS-JC"], 3),
                                                                  "durationMs": R.randint(4000, 60000)}, "elig-svc")
        return winston("warn", "payer timeout", {"payerId": R.choice(["87726", "60054", "00040"]), "attempt": R.randint(1, 3),
                                                 "timeoutMs": 15000, "traceId": hexs(32)}, "elig-svc")
    p = person(('cpap', 'diabetic', 'hearing', 'compression'))
    if (R.random() < 0.1 and not FORCE) or forced('ssn'):
        return winston("debug", "medicaid eligibility by SSN", {"state": p.state, "ssn": P(p.ssn, 'ssn'),
                                                                "dob": P(fd(p.dob, 'iso'), 'date'), "lastName": P(p.last, 'name'),
                                                                "traceId": hexs(32)}, "elig-svc")
    if R.random() < 0.5 and not forced('resp'):
        return winston("info", "eligibility request", {
            "payerId": p.payer_id, "provider": {"npi": R.choice(PRESCRIBERS)['npi'], "organizationName": "RestWell Supply"},
            "subscriber": {"memberId": P(p.member, 'health_plan'), "firstName": P(p.first, 'name'),
                           "lastName": P(p.last, 'name'), "dateOfBirth": P(fd(p.dob, 'x12'), 'date'), "gender": p.sex},
            "encounter": {"serviceTypeCodes": ["12"], "dateOfService": P(fd(p.dos, 'x12'), 'date')},
            "traceId": hexs(32)}, "elig-svc")
    if R.random() < 0.3 or forced('old'):
        p = old_person()
    f = {"memberId": P(p.member, 'health_plan'), "status": R.choice(["Active Coverage", "Active Coverage", "Inactive"]),
         "planName": R.choice(["Medicare Part B", "Choice POS II", "Navigate HMO", "Open Access Plus"]),
         "groupNumber": p.group or "", "deductibleRemaining": round(R.uniform(0, 1500), 2),
         "coinsurance": 0.2, "priorAuthRequired": R.random() < 0.3}
    if p.age > 89:
        f["patientAge"] = P(str(p.age), 'age', raw=True)
    else:
        f["patientAge"] = p.age
    return winston("info", "eligibility response", f, "elig-svc")


def fam_brightree(ph):
    host = R.choice(BILLING_PODS)
    if not ph:
        v = R.randint(0, 2)
        if v == 0:
            return bunyan('dme-billing', host, 30, {"orders": R.randint(200, 900), "errors": R.randint(0, 3),
                                                    "durationMs": R.randint(20000, 200000)}, "brightree sync complete")
        if v == 1:
            return bunyan('dme-billing', host, 50, {"fault": "soap:Server", "detail": "Server was unable to process request. ---> Timeout expired.  The timeout period elapsed prior to completion of the operation.",
                                                    "endpoint": "https://webservices.brightree.net/v0100-2302/OrderEntryService/SalesOrderService.svc",
                                                    "attempt": R.randint(1, 3)}, "brightree SOAP fault")
        return bunyan('dme-billing', host, 30, {"queue": "cmn-renewal", "due": R.randint(3, 40),
                                                "window": "%s..%s" % (TODAY.isoformat(), (TODAY + dt.timedelta(days=30)).isoformat())},
                      "CMN renewal queue built")
    p = person(('cpap', 'diabetic', 'hearing', 'compression'))
    v = fv(R.randint(0, 5))
    if v == 4:
        p = fax_person()
        return bunyan('dme-billing', host, 30, {"patientKey": P(p.mrn, 'mrn', raw=True), "demographics": {
            "homePhone": P(ph_fmt(p.phone, 'paren'), 'phone'), "fax": P(ph_fmt(p.fax, 'paren'), 'fax'),
            "address1": P(street_full(p), 'address'), "city": P(p.city, 'address'), "state": p.state, "zip": P(p.zip, 'zip')}},
            "patient demographics pushed")
    if v == 5:
        return bunyan('dme-billing', host, 30, {"salesOrder": "SO-%d" % R.randint(200000, 299999), "patientKey": P(p.mrn, 'mrn', raw=True),
                                                "item": {"hcpcs": "E1399", "desc": "Harmar AL100 vehicle lift, install"},
                                                "vehicle": {"vin": P(p.vin, 'vehicle'), "plate": P(p.plate, 'vehicle'), "plateState": p.state,
                                                            "make": R.choice(["Honda", "Toyota", "Ford", "Chrysler"])},
                                                "installDate": (TODAY + dt.timedelta(days=R.randint(3, 20))).isoformat()},
                      "install work order created")
    if v == 0:
        items = [{"hcpcs": h, "qty": R.randint(1, 3), "modifier": R.choice(["NU", "KX", "RR"])} for h, _, _ in R.sample(CPAP_SKUS, 2)]
        return bunyan('dme-billing', host, 30, {"salesOrder": "SO-%d" % R.randint(200000, 299999),
                                                "patientKey": P(p.mrn, 'mrn', raw=True),
                                                "patientName": P('%s, %s' % (p.last, p.first), 'name'),
                                                "dos": P(fd(p.dos), 'date'), "items": items, "payer": p.payer,
                                                "policyNumber": P(p.member, 'health_plan'), "groupNumber": p.group,
                                                "accountNumber": P(p.acct, 'account')}, "sales order created")
    if v == 1 and p.rel_name:
        return bunyan('dme-billing', host, 30, {"patientKey": P(p.mrn, 'mrn', raw=True),
                                                "guarantor": {"name": P(p.rel_name, 'name'), "relationship": p.rel,
                                                              "phone": P(ph_fmt(p.rel_phone, 'paren'), 'phone')}},
                      "emergency contact updated")
    if v == 2:
        return bunyan('dme-billing', host, 20, {"patientKey": P(p.mrn, 'mrn', raw=True), "lookup": "medicaid_by_ssn",
                                                "ssn": P(p.ssn, 'ssn'), "dob": P(fd(p.dob), 'date'), "state": p.state},
                      "medicaid enrollment lookup")
    return bunyan('dme-billing', host, 40, {"patientKey": P(p.mrn, 'mrn', raw=True), "referral": {
        "mrn": P(p.ext_mrn, 'mrn'), "physician": R.choice(PRESCRIBERS[2:3] + PRESCRIBERS[7:])['name'],
        "studyDate": P(fd(p.study), 'date'), "icd10": "G47.33"}, "missing": ["face_to_face_note"]},
                  "referral incomplete")


def fam_cpap(ph):
    if not ph:
        v = R.randint(0, 2)
        if v == 0:
            return pylog('INFO', 'airview_sync', 'batch complete devices=%d offline=%d stale=%d duration=%.1fs' % (
                R.randint(900, 1400), R.randint(0, 9), R.randint(0, 30), R.uniform(20, 90)))
        if v == 1:
            return pylog('INFO', 'airview_sync', 'oauth token refreshed for tenant restwell-prod, expires_in=3600')
        return pylog('WARNING', 'care_orchestrator', 'firmware %s available for %s (advisory only, no action)' % (
            R.choice(['SX585-0310', 'SX585-0402', '4.8.0.2']), R.choice(['AirSense 11', 'DreamStation 2'])))
    p = person('cpap')
    v = fv(R.randint(0, 3))
    if v == 3:
        p = R.choice([q for q in PEOPLE if q.lob == 'cpap' and q.age < 70])
        return pylog('INFO', 'dot_reports', ['DOT compliance report emailed to medical examiner for CDL holder ', P(p.full, 'name'),
                                             ' CDL ', P(p.dl, 'license'), ' (', p.state, ') serial=', P(p.cpap_sn, 'device'),
                                             ' usage_days=%d/30 >=4h' % R.randint(21, 30)])
    if v == 0:
        return pylog('INFO', 'airview_sync', ['compliance patient_key=', P(p.mrn, 'mrn'), ' serial=', P(p.cpap_sn, 'device'),
                                              ' model="', p.cpap_model, '" setup_date=', P(fd(p.setup), 'date'),
                                              ' usage_days=%d/30 avg_use=%dh%02dm ahi=%.1f leak95=%.1fL/min' % (
                                                  R.randint(12, 30), R.randint(2, 8), R.randint(0, 59), R.uniform(0.4, 9),
                                                  R.uniform(4, 40))])
    if v == 1:
        return pylog('INFO', 'hst_dispatch', ['kit ', P(p.hst_kit, 'other_id'), ' shipped to ', P(p.full, 'name'), ', ',
                                              P(street_full(p), 'address'), ', ', P(p.city, 'address'), ' ', p.state, ' ',
                                              P(p.zip, 'zip'), ' study_night=', P(fd(p.hst_date), 'date'), ' tracking=', ups_track()])
    return pylog('WARNING', 'airview_sync', ['non-adherence alert patient_key=', P(p.mrn, 'mrn'), ' (', P(p.full, 'name'),
                                             ') serial=', P(p.cpap_sn, 'device'), ' nights_over_4h=%d of last 30' % R.randint(3, 20)])


def fam_rxverify(ph):
    pre = t_iso_ms() + ' [rx-verify] '
    vid = 'VRF-2024-%06d' % R.randint(50000, 99999)
    pr = R.choice([x for x in PRESCRIBERS if x['name'].endswith('OD')])
    if not ph:
        v = R.randint(0, 3)
        if v == 0:
            return pre + 'info: fax %s delivered to %s (prescriber %s) pages=2 duration=%ds verification=%s' % (
                'fx_' + hexs(20), ph_fmt(pr['fax'], 'e164'), pr['name'], R.randint(25, 90), vid)
        if v == 1:
            return pre + 'info: call CA%s completed to=%s status=completed duration=%d AnsweredBy=%s verification=%s' % (
                hexs(32), ph_fmt(pr['phone'], 'e164'), R.randint(40, 140), R.choice(['machine_end_beep', 'human', 'fax']), vid)
        if v == 2:
            return pre + 'info: %s passive verification window elapsed (8 business hours, 16 CFR 315.5), no response from prescriber npi=%s -> approved' % (
                vid, pr['npi'])
        return pre + 'debug: NPPES lookup npi=%s -> "%s", %s, %s, phone %s fax %s' % (
            pr['npi'], pr['name'], pr['practice'], pr['city'], ph_fmt(pr['phone'], 'dash'), ph_fmt(pr['fax'], 'dash'))
    p = person('lens')
    prod = R.choice(LENS_PRODUCTS)
    v = fv(R.randint(0, 4))
    if v == 4:
        p = fax_person()
        return [pre, 'info: customer-faxed Rx received from ', P(ph_fmt(p.fax, 'e164'), 'fax'), ' for ', P(p.full, 'name'),
                ' (', vid, '), prescriber on Rx: ', pr['name'], ' fax ', ph_fmt(pr['fax'], 'dash')]
    if v == 0:
        cover = C(["Patient: ", P('%s, %s' % (fold(p.last).upper(), fold(p.first).upper()), 'name'), "  DOB: ",
                   P(fd(p.dob, 'us'), 'date'), "  OD: ", prod[0], " BC ", prod[2], " PWR ", rx_line(),
                   "  OS: ", prod[0], " BC ", prod[2], " PWR ", rx_line(), "  Exam: ", P(fd(p.exam, 'us'), 'date')])
        return [pre, 'info: fax queued ', J({"to": ph_fmt(pr['fax'], 'e164'), "prescriber": pr['name'],
                                             "practice": pr['practice'], "verification": vid, "cover_note": cover})]
    if v == 1:
        return [pre, 'debug: IVR say: "Hello, this is an automated contact lens prescription verification request from ClearSight Lenses, phone ',
                ph_fmt(STORES['lens']['phone'], 'one'), '. Patient name: ', P(p.full, 'name'), '. Date of birth: ',
                P(fd(p.dob, 'ord'), 'date'), '. Lenses: ', prod[0], '. If this prescription is not valid, please call us within 8 business hours."']
    if v == 2:
        return [pre, 'warn: prescriber reply parsed for ', vid, ': "Rx expired ', P(fd(p.rx_exp, 'us'), 'date'),
                ', pt must be seen" patient=', P(p.full, 'name'), ' prescriber=', '"' + pr['name'] + '"']
    return [pre, 'info: customer ', P(p.email, 'email'), ' (phone ', P(ph_fmt(p.phone, 'dash'), 'phone'),
            ') entered prescriber "', pr['name'], '", ', pr['practice'], ', ', ph_fmt(pr['phone'], 'paren'), ' verification=', vid]


def fam_hearing(ph):
    if not ph:
        v = R.randint(0, 2)
        if v == 0:
            return slog('INFO', 'firmware rollout step', [('model', R.choice(HA_MODELS)), ('fw', R.choice(['3.4.1', '2.9.0-hf2', '5.1.3'])),
                                                           ('percent', R.choice([5, 18, 25, 50])), ('eligible', R.randint(800, 9000))])
        if v == 1:
            return slog('WARN', 'BLE connection dropped', [('rssi', R.randint(-95, -80)), ('retry', R.randint(1, 3)),
                                                           ('session', 'rfs_' + b62(10)), ('app', 'SoundPath/4.12.0 (iOS 17.5.1)')])
        return slog('INFO', 'audiogram processed', [('session', 'rfs_' + b62(10)), ('age_bucket', R.choice(['50-59', '60-69', '70-79'])),
                                                    ('pta_left_db', R.randint(25, 70)), ('pta_right_db', R.randint(25, 70)),
                                                    ('preset', R.choice(['mild-moderate', 'moderate', 'sloping-hf']))])
    p = person('hearing')
    v = fv(R.randint(0, 4))
    if v == 4:
        return slog('INFO', 'financing application submitted', [('provider', 'CareCredit'), ('applicant', [P(p.full, 'name')]),
                                                                 ('ssn', P(p.ssn, 'ssn')), ('dob', P(fd(p.dob, 'us'), 'date')),
                                                                 ('amount', money(1800, 6400)), ('decision', R.choice(['approved', 'pending']))])
    if v == 3 and (R.random() < 0.4 or forced('old')):
        p = old_person()
    if v == 0:
        return slog('INFO', 'remote fitting session started', [('session', 'rfs_' + b62(10)), ('user', P(p.username, 'other_id')),
                                                               ('left_sn', P(p.ha_l, 'device')), ('right_sn', P(p.ha_r, 'device')),
                                                               ('audiologist', R.choice(PRESCRIBERS[4:5])['name'])])
    if v == 1:
        return slog('INFO', 'BLE pairing complete', [('user', P(p.username, 'other_id')), ('device_mac', P(p.ha_mac, 'device')),
                                                     ('model', R.choice(HA_MODELS)), ('rssi', R.randint(-70, -45))])
    if v == 2:
        return slog('DEBUG', 'app device registered', [('user', P(p.email, 'email')), ('imei', P(p.imei, 'device')),
                                                       ('os', R.choice(['Android 14', 'Android 13'])), ('push_token', b62(22))])
    age = P(str(p.age), 'age') if p.age > 89 else str(p.age)
    return slog('INFO', 'audiogram received', [('customer', [P(p.full, 'name')]), ('dob', P(fd(p.dob), 'date')),
                                               ('age', [age]), ('source', 'upload'),
                                               ('pta_left_db', R.randint(25, 70)), ('pta_right_db', R.randint(25, 70))])


def fam_diabetic(ph):
    if not ph:
        v = R.randint(0, 2)
        if v == 0:
            return laravel('INFO', 'DMEPOS fee schedule loaded', {"quarter": "2024Q3", "rows": R.randint(1100, 1400),
                                                                 "source": "DME24_C.csv", "rural": True})
        if v == 1:
            ndc, nm = R.choice(NDCS)
            return laravel('INFO', 'NDC price updated', {"ndc": ndc, "product": nm, "old": money(20, 300), "new": money(20, 300)})
        return laravel('WARNING', 'CMN/SWO expiring within 30 days', {"count": R.randint(3, 40), "report": "swo_expiring_%s.csv" % TODAY.strftime('%Y%m%d')})
    p = person('diabetic')
    v = R.randint(0, 3)
    if v == 0:
        hp = P(mbi_dash(p.mbi), 'health_plan') if p.mbi else P(p.member, 'health_plan')
        return laravel('INFO', 'CGM order submitted', {"order": R.randint(40000, 58000), "member_id": hp,
                                                        "dob": P(fd(p.dob, 'us'), 'date'),
                                                        "transmitter_sn": P(p.tx, 'device'), "hcpcs": ["E2103", "A4239"],
                                                        "ndc": R.choice(NDCS[3:5])[0]})
    if v == 1:
        return laravel('WARNING', 'Sensor replacement request', {"customer": P(p.full, 'name'), "sensor_serial": P(p.libre, 'device'),
                                                                 "lot": "T%d" % R.randint(10000000, 99999999),
                                                                 "reason": "sensor error after %dh" % R.randint(2, 230)})
    if v == 2:
        return laravel('INFO', 'Meter registered', {"email": P(p.email, 'email'), "meter_serial": P(p.meter, 'device'),
                                                     "model": "Contour Next One", "udi": P('(01)%s(17)%s(10)%s(21)%s' % (
                                                         gtin14('0030193'), (TODAY + dt.timedelta(days=700)).strftime('%y%m%d'),
                                                         'DP' + rs(DIG, 5), p.meter), 'device')})
    pr = R.choice(PRESCRIBERS[5:6] + PRESCRIBERS[2:3])
    return laravel('INFO', 'SWO received', {"patient": P(p.full, 'name'), "dob": P(fd(p.dob, 'iso'), 'date'),
                                             "prescriber": pr['name'], "prescriber_npi": pr['npi'],
                                             "items": [{"ndc": n, "qty": R.choice([100, 200, 300])} for n, _ in R.sample(NDCS[:3], 2)],
                                             "testing_frequency": "%dx/day" % R.randint(1, 6), "icd10": R.choice(["E11.65", "E10.9", "E11.9"])})


def fam_gorgias(ph):
    lob = R.choice(list(STORES))
    pre = t_iso_ms() + ' info: [gorgias] webhook '
    if not ph:
        a = agent()
        t = {"event": "ticket-updated", "ticket": {"id": R.randint(140_000_000, 160_000_000),
                                                  "status": R.choice(["closed", "open", "snoozed"]),
                                                  "assignee_user": {"email": '%s@%s' % (a[1], STORES[lob]['dom']), "name": a[0]},
                                                  "tags": R.sample(["rma", "cpap-mask", "rx-verification", "shipping", "insurance", "refund"], 2),
                                                  "updated_datetime": t_iso_ms()}}
        return [pre, J(t)]
    p = person()
    body = R.choice([
        ["Hi, my order still hasn't shipped. My DOB is ", P(fd(p.dob, 'us'), 'date'), " if you need it for the insurance. You can call me at ",
         P(ph_fmt(p.phone, 'paren'), 'phone'), ". Thanks, ", P(p.first, 'name')],
        ["Please update my address to ", P(street_full(p), 'address'), ", ", P(p.city, 'address'), ", ", p.state, " ",
         P(p.zip, 'zip'), ". My member ID is ", P(p.member, 'health_plan')],
        ["My ", "mom" if p.sex == 'F' else "dad", " ", P(p.full, 'name'), " needs a refill. I'm the ",
         p.rel or 'caregiver', ", reach me at ", P(ph_fmt(p.rel_phone if p.rel_name else p.phone, 'dash'), 'phone')],
    ])
    if (R.random() < 0.15 and not FORCE) or forced('old'):
        p = old_person()
        body = ["I am ", P(str(p.age), 'age'), " years old and cannot read the small print on the box. Please call me at ",
                P(ph_fmt(p.phone, 'paren'), 'phone'), " - ", P(p.first, 'name')]
    cust = {"id": R.randint(500_000_000, 700_000_000), "email": P(p.email, 'email'), "name": P(p.full, 'name'),
            "firstname": P(p.first, 'name'), "lastname": P(p.last, 'name')}
    if R.random() < 0.3 or forced('url'):
        cust["meta"] = {"facebook_profile": P('https://www.facebook.com/%s.%s.%d' % (
            fold(p.first).lower().replace(' ', ''), fold(p.last).lower().replace(' ', '').replace("'", ''), R.randint(10, 9999)), 'url')}
    t = {"event": "ticket-message-created", "ticket": {"id": R.randint(140_000_000, 160_000_000), "channel": "email",
                                                      "subject": R.choice(["Where is my order?", "Address change", "Refill"]),
                                                      "customer": cust,
                                                      "message": {"from_agent": False, "body_text": C(body)}}}
    return [pre, J(t)]


def fam_zendesk(ph):
    if not ph:
        v = R.randint(0, 2)
        if v == 0:
            return laravel('WARNING', 'Zendesk API 429 Too Many Requests, Retry-After=%d (GET /api/v2/tickets/%d.json)' % (
                R.randint(5, 60), R.randint(80000, 99999)))
        if v == 1:
            a = agent()
            return laravel('INFO', 'Zendesk ticket #%d solved by %s <%s@restwellsupply.com> via trigger "Auto-close 72h"' % (
                R.randint(80000, 99999), a[0], a[1]))
        return laravel('INFO', 'Zendesk side conversation created', {"ticket_id": R.randint(80000, 99999),
                                                                      "to": "claims@%s" % R.choice(["availity.com", "brightree.net"]),
                                                                      "subject": "Denial follow-up CO-%d" % R.choice([16, 50, 97, 197])})
    p = person()
    if forced('acct'):
        p = person(('cpap', 'diabetic', 'hearing'))
    comment = R.choice([
        ["Customer called from ", P(ph_fmt(p.phone, 'dash'), 'phone'), ", verified DOB ", P(fd(p.dob, 'us'), 'date'),
         ". Wants to return ", R.choice([x[1] for x in CPAP_SKUS]), "."],
        ["Insurance denied - member ", P(p.member, 'health_plan'), " inactive as of ", P(fd(p.dos, 'us'), 'date'), ". Emailed pt."],
        ["Pt ", P(p.full, 'name'), " says device ", P(p.cpap_sn, 'device'), " makes a whistling noise"]
        if p.lob == 'cpap' else ["Pt ", P(p.full, 'name'), " asked to cancel autoship"]])
    if forced('acct'):
        comment = ["Pt disputes statement for acct ", P(p.acct, 'account'), ", says ", p.payer, " paid. Sent EOB request."]
    ticket = {"ticket": {"subject": R.choice(["Return request", "Insurance question", "Device issue"]),
                         "requester": {"name": P(p.full, 'name'), "email": P(p.email, 'email')},
                         "comment": {"body": C(comment), "public": False},
                         "custom_fields": [{"id": 360012345678, "value": P(p.mrn, 'mrn')}, {"id": 360098765432, "value": p.lob}]}}
    if (R.random() < 0.15 and not FORCE) or forced('old'):
        p = old_person()
        rel = [", ", p.rel, " ", P(p.rel_name, 'name'), " handles orders, call ", P(ph_fmt(p.rel_phone, 'dash'), 'phone')] if p.rel_name else []
        ticket = {"ticket": {"subject": "Callback request", "requester": {"name": P(p.full, 'name'), "email": P(p.email, 'email')},
                             "comment": {"body": C(["Pt is ", P(str(p.age), 'age'), " y/o and hard of hearing, speak slowly"] + rel + ["."]),
                                         "public": False}}}
    return laravel('DEBUG', 'Zendesk POST /api/v2/tickets.json', ticket)


def fam_rma(ph):
    pre = '%s rma-svc-%d returns[%d]: ' % (t_syslog(), R.randint(1, 3), R.randint(2000, 9000))
    rma = 'R-%d' % R.randint(10300, 10999)
    if not ph:
        v = R.randint(0, 2)
        if v == 0:
            return pre + 'RMA %s received at %s condition=%s restock_sku=%s' % (
                rma, R.choice(['DC-OH', 'DC-NV', 'DC-TN']), R.choice('ABC'), R.choice([x[2] for x in CPAP_SKUS] + COMP_SKUS))
        if v == 1:
            return pre + 'refund issued for %s order=%s amount=%s method=original_payment' % (rma, order_no(R.choice(list(STORES))), money(10, 900))
        return pre + 'return label %s created for %s (carrier=UPS service=Ground prepaid=yes)' % (ups_track(), rma)
    p = person()
    if p.lob == 'cpap':
        dev = [' device_sn=', P(p.cpap_sn, 'device')]
    elif p.lob == 'hearing':
        dev = [' left_sn=', P(p.ha_l, 'device'), ' right_sn=', P(p.ha_r, 'device')]
    else:
        dev = [' sku=', R.choice(COMP_SKUS + [x[1] for x in LENS_PRODUCTS])]
    return [pre, 'RMA ', rma, ' created customer="', P(p.full, 'name'), '" email=', P(p.email, 'email'),
            ' reason=', R.choice(['defective', 'wrong_size', 'not_needed', 'noise']), *dev]


def fam_klaviyo(ph):
    pre = t_iso_ms() + ' debug: [klaviyo] '
    if not ph:
        v = R.randint(0, 2)
        if v == 0:
            return pre + 'flow "%s" (%s) sent %d messages, bounced %d' % (
                R.choice(["Lens Reorder Reminder", "CPAP Resupply Eligible", "Welcome Series", "Abandoned Checkout"]),
                rs(UP + string.ascii_lowercase + DIG, 6), R.randint(100, 3000), R.randint(0, 20))
        if v == 1:
            return pre + 'bulk import job %s status=complete profiles=%d errors=0' % (ulid(), R.randint(200, 20000))
        return pre + 'POST /api/events/ 202 (%dms) metric="%s" profile_id=%s revision=2024-05-15' % (
            R.randint(40, 400), R.choice(["Opened Email", "Clicked Email", "Viewed Product"]), ulid())
    p = person()
    items = {'lens': [x[0] for x in LENS_PRODUCTS], 'cpap': [x[1] for x in CPAP_SKUS], 'hearing': HA_MODELS,
             'compression': COMP_SKUS, 'diabetic': [x[1] for x in NDCS]}[p.lob]
    props = {"OrderId": order_no(p.lob), "value": float(money(20, 400)), "ItemNames": [R.choice(items)]}
    prof = {"email": P(p.email, 'email'), "phone_number": P(ph_fmt(p.phone, 'e164'), 'phone'),
            "first_name": P(p.first, 'name'), "last_name": P(p.last, 'name')}
    if R.random() < 0.5:
        prof["location"] = {"address1": P(p.street, 'address'), "city": P(p.city, 'address'), "region": p.state,
                            "zip": P(p.zip, 'zip'), "ip": P(p.ip, 'ip')}
    body = {"data": {"type": "event", "attributes": {"properties": props, "metric": {"data": {"type": "metric", "attributes": {"name": "Placed Order"}}},
                                                     "profile": {"data": {"type": "profile", "attributes": prof}}}}}
    return [pre, 'POST /api/events/ payload=', J(body)]


STATIC_PATHS = ["/cdn/shop/t/12/assets/theme.min.js?v=%d", "/static/version1717%d/frontend/RestWell/default/en_US/mage/calendar.min.js",
                "/products/acuvue-oasys-1-day-90pk?variant=%d", "/collections/cpap-masks?page=%d", "/cart.js?t=%d",
                "/wp-content/plugins/woocommerce/assets/js/frontend/cart-fragments.min.js?ver=8.9.%d"]


def fam_nginx(ph):
    ts = t_nginx()
    if not ph:
        v = R.randint(0, 2)
        if v == 0:
            return '%s - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" "-" rt=0.00%d uct="0.000" uht="0.00%d" urt="0.00%d"' % (
                priv_ip(), ts, R.randint(0, 9), R.randint(0, 9), R.randint(1, 9))
        if v == 1:
            return '%s - - [%s] "POST /webhooks/stripe HTTP/1.1" 200 16 "-" "Stripe/1.0 (+https://stripe.com/docs/webhooks)" "-" rt=%.3f uct="0.001" uht="%.3f" urt="%.3f"' % (
                R.choice(STRIPE_IPS), ts, *(lambda x: (x, x - 0.002, x - 0.001))(R.uniform(0.05, 0.6)))
        return '%s - - [%s] "GET /nginx_status HTTP/1.1" 200 %d "-" "Prometheus/2.51.2" "-" rt=0.000 uct="-" uht="-" urt="-"' % (
            '127.0.0.1', ts, R.randint(100, 120))
    p = person()
    path = R.choice(STATIC_PATHS) % R.randint(1, 99999) if R.random() < 0.4 else None
    status = 200
    if path is None:
        k = R.randint(0, 4)
        if k == 0:
            path = ['/apps/rx-status?email=', qp([P(p.email, 'email')]), '&order=', order_no(p.lob)[1:]]
        elif k == 1:
            path = ['/pages/track?order=', order_no(p.lob)[1:], '&zip=', P(p.zip, 'zip')]
        elif k == 2:
            path = '/customer/account/edit/'
        elif k == 3:
            path = ['/api/v1/eligibility?member_id=', P(p.member, 'health_plan'), '&payer=', p.payer_id]
        else:
            path, status = '/checkout/%s/thank_you' % hexs(32), 302
    rt = R.uniform(0.01, 1.8)
    if R.random() < 0.5:
        return [P(p.ip, 'ip'), ' - - [', ts, '] "GET ', path, ' HTTP/2.0" %d %d "https://www.%s/" "%s" "-" rt=%.3f uct="0.000" uht="%.3f" urt="%.3f"' % (
            status, R.randint(200, 90000), STORES[p.lob]['dom'], R.choice(UAS), rt, rt * 0.9, rt * 0.95)]
    return [CF_EDGE(), ' - - [', ts, '] "GET ', path, ' HTTP/1.1" %d %d "-" "%s" "' % (status, R.randint(200, 90000), R.choice(UAS)),
            P(p.ip, 'ip'), '" rt=%.3f uct="0.000" uht="%.3f" urt="%.3f" cf_ray=%s-%s' % (rt, rt * 0.9, rt * 0.95, hexs(16), R.choice(['DFW', 'ORD', 'IAD', 'SJC', 'ATL']))]


def fam_cloudflare(ph):
    if not ph:
        if R.random() < 0.5:
            ip = R.choice(STRIPE_IPS)
            d = {"CacheCacheStatus": "dynamic", "ClientCountry": "us", "ClientIP": ip, "ClientRequestHost": "api.restwellsupply.com",
                 "ClientRequestMethod": "POST", "ClientRequestPath": "/webhooks/stripe", "ClientRequestUserAgent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
                 "EdgeResponseStatus": 200, "EdgeStartTimestamp": t_iso_s(), "OriginResponseTime": R.randint(40, 900) * 1000000,
                 "RayID": hexs(16), "SecurityAction": "", "WAFAttackScore": 99}
            return J(d)
        a = agent()
        d = {"action": {"info": "", "result": True, "type": R.choice(["rec_set", "rule_update", "purge_cache"])},
             "actor": {"email": '%s@%s' % (a[1], R.choice([s['dom'] for s in STORES.values()])), "id": hexs(32), "ip": priv_ip(), "type": "user"},
             "id": uid(), "interface": "UI", "metadata": {"zone_name": R.choice([s['dom'] for s in STORES.values()])},
             "newValue": "", "oldValue": "", "owner": {"id": hexs(32)}, "resource": {"id": hexs(32), "type": "DNS_record"},
             "when": t_iso_s()}
        return J(d)
    p = person()
    path = R.choice(["/account/rx", "/account/orders", "/checkout", "/apps/insurance-upload", "/account/login"])
    d = {"CacheCacheStatus": R.choice(["miss", "dynamic", "bypass"]), "ClientCountry": "us", "ClientIP": P(p.ip, 'ip'),
         "ClientRequestHost": "www." + STORES[p.lob]['dom'], "ClientRequestMethod": R.choice(["GET", "POST"]),
         "ClientRequestPath": path, "ClientRequestUserAgent": R.choice(UAS), "EdgeResponseStatus": R.choice([200, 200, 302, 403]),
         "EdgeStartTimestamp": t_iso_s(), "OriginResponseTime": R.randint(40, 900) * 1000000, "RayID": hexs(16),
         "SecurityAction": R.choice(["", "", "managed_challenge"]), "WAFAttackScore": R.randint(40, 99)}
    return J(d)


def fam_mysql(ph):
    if not ph:
        v = R.randint(0, 5)
        if v == 0:
            return '# Time: ' + t_mysql()
        if v == 1:
            return '# User@Host: %s[%s] @  [%s]  Id: %d' % (*(lambda u: (u, u))(R.choice(['magento', 'wp_glucodirect', 'brightree_sync'])), priv_ip(), R.randint(10000, 99999))
        if v == 2:
            return '# Query_time: %.6f  Lock_time: %.6f Rows_sent: %d  Rows_examined: %d' % (R.uniform(1, 9), R.uniform(0, 0.01), R.randint(0, 500), R.randint(10000, 2000000))
        if v == 3:
            return 'SET timestamp=%d;' % t_epoch()
        if v == 4:
            return "SELECT COUNT(*) FROM `sales_order` WHERE `created_at` >= '%s 00:00:00' AND `status` = 'processing';" % (TODAY - dt.timedelta(days=7)).isoformat()
        return "%s %d [Warning] [MY-010055] [Server] IP address '%s' could not be resolved: Name or service not known" % (t_mysql(), R.randint(0, 90000), priv_ip())
    p = person()
    v = R.randint(0, 2)
    if v == 0:
        return ["SELECT `e`.* FROM `customer_entity` AS `e` WHERE (`e`.`email` = '", sqlq([P(p.email, 'email')]), "') AND (`e`.`website_id` = '1') LIMIT 1;"]
    if v == 1:
        return ["UPDATE `sales_order_address` SET `telephone` = '", P(ph_fmt(p.phone, 'dash'), 'phone'), "', `street` = '",
                sqlq([P(p.street, 'address')]), "', `city` = '", sqlq([P(p.city, 'address')]), "', `postcode` = '", P(p.zip, 'zip'),
                "' WHERE (`entity_id` = '%d');" % R.randint(100000, 300000)]
    return ["SELECT post_id FROM wp_postmeta WHERE meta_key = '_billing_phone' AND meta_value = '", P(ph_fmt(p.phone, 'raw'), 'phone'), "' LIMIT 1;"]


def fam_es(ph):
    if not ph:
        v = R.randint(0, 2)
        if v == 0:
            return '[%s][INFO ][o.e.c.m.MetadataMappingService] [es-data-%d] [orders-2024.06/%s] update_mapping [_doc]' % (t_es(), R.randint(0, 2), b62(22))
        if v == 1:
            return '[%s][WARN ][o.e.m.j.JvmGcMonitorService] [es-data-%d] [gc][%d] overhead, spent [%dms] collecting in the last [%ds]' % (
                t_es(), R.randint(0, 2), R.randint(100000, 999999), R.randint(300, 1200), R.randint(1, 2))
        return '[%s][INFO ][o.e.c.r.a.AllocationService] [es-master-0] current.health="GREEN" message="Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[customers_v3][2]]])." previous.health="YELLOW" reason="shards started [[customers_v3][2]]"' % t_es()
    p = person()
    if R.random() < 0.5:
        q = {"query": {"multi_match": {"query": P(fold(p.full).lower(), 'name'), "fields": ["name^3", "email", "billing.name"], "fuzziness": "AUTO"}}, "size": 20}
    else:
        q = {"query": {"bool": {"should": [{"term": {"phone": P(p.phone, 'phone')}}, {"term": {"email.keyword": P(p.email, 'email')}}]}}, "size": 5}
    took = R.randint(1000, 4000)
    d = {"@timestamp": t_iso_ms(), "log.level": "WARN", "elasticsearch.slowlog.id": None, "elasticsearch.slowlog.message": "[customers_v3][%d]" % R.randint(0, 4),
         "elasticsearch.slowlog.search_type": "QUERY_THEN_FETCH", "elasticsearch.slowlog.source": C(J(q)),
         "elasticsearch.slowlog.stats": "[]", "elasticsearch.slowlog.took": "%.1fs" % (took / 1000), "elasticsearch.slowlog.took_millis": took,
         "elasticsearch.slowlog.total_hits": "%d hits" % R.randint(0, 9), "elasticsearch.slowlog.total_shards": 5,
         "ecs.version": "1.2.0", "service.name": "ES_ECS", "event.dataset": "elasticsearch.index_search_slowlog",
         "log.logger": "index.search.slowlog.query", "elasticsearch.node.name": "es-data-%d" % R.randint(0, 2),
         "elasticsearch.cluster.name": "shop-search"}
    return J(d)


def fam_php(ph):
    ts = '[' + t_php() + '] '
    if not ph:
        v = R.randint(0, 3)
        if v == 0:
            return ts + 'PHP Warning:  Undefined array key "fax" in /var/www/html/app/code/RestWell/Rx/Model/Upload.php on line %d' % R.randint(90, 200)
        if v == 1:
            return ts + 'PHP Deprecated:  Creation of dynamic property WC_Gateway_Stripe_UPE::$%s is deprecated in /var/www/html/wp-content/plugins/woocommerce-gateway-stripe/includes/class-wc-gateway-stripe.php on line %d' % (
                R.choice(['saved_cards', 'testmode', 'capture']), R.randint(80, 400))
        if v == 2:
            return '[%s] WARNING: [pool www] server reached pm.max_children setting (%d), consider raising it' % (NOW.strftime('%d-%b-%Y %H:%M:%S'), R.choice([50, 80]))
        return '[%s] NOTICE: [pool www] child %d exited with code 0 after %.6f seconds from start' % (NOW.strftime('%d-%b-%Y %H:%M:%S'), R.randint(1000, 60000), R.uniform(100, 4000))
    p = person()
    if R.random() < 0.5:
        return [ts, 'PHP Fatal error:  Uncaught InvalidArgumentException: Invalid date of birth "', P(fd(p.dob), 'date'), '" for customer ',
                P(p.email, 'email'), ' in /var/www/html/app/code/RestWell/Insurance/Model/Eligibility.php:%d' % R.randint(40, 300)]
    return [ts, 'PHP Warning:  mail(): Failed to connect to mailserver at "smtp.sendgrid.net" port 587, verify your "SMTP" setting (to: ',
            P(p.email, 'email'), ') in /var/www/html/wp-includes/class-wp-phpmailer.php on line 1872']


def b64_blob(header, n):
    raw = header + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


JPEG_HDR = b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00'
PNG_HDR = b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\xa0\x00\x00\x00\xa0\x08\x02\x00\x00\x00'


def fam_idv(ph):
    pre = t_iso_ms() + ' info: [idv] '
    if not ph:
        if R.random() < 0.5:
            return pre + 'inquiry inq_%s status=%s template=itmpl_%s checks=[selfie_comparison:passed,id_barcode:passed] (PII redacted)' % (
                b62(24), R.choice(['completed', 'approved', 'needs_review']), b62(24))
        return pre + 'webhook signature verified evt_%s type=inquiry.%s' % (b62(24), R.choice(['completed', 'approved', 'expired']))
    p = person()
    v = fv(R.choice([0, 1, 2, 3]))
    if v == 0:
        attrs = {"name-first": P(p.first, 'name'), "name-last": P(p.last, 'name'), "birthdate": P(fd(p.dob), 'date'),
                 "address-street-1": P(p.street, 'address'), "address-city": P(p.city, 'address'),
                 "address-subdivision": p.state, "address-postal-code": P(p.zip, 'zip'),
                 "identification-class": "dl", "identification-number": P(p.dl, 'license')}
        return [pre, 'inquiry.approved inq_', b62(24), ' attributes=', J(attrs)]
    if v == 1:
        hdr, mime = (JPEG_HDR, 'jpeg') if R.random() < 0.7 else (PNG_HDR, 'png')
        uri = 'data:image/%s;base64,%s' % (mime, b64_blob(hdr, R.randint(300, 700)))
        body = {"type": "selfie", "inquiry": "inq_" + b62(24), "capture-method": "video", "center-photo": P(uri, 'photo')}
        return [pre, 'selfie captured ', J(body, 'php')]
    if v == 2:
        emb = base64.b64encode(bytes(R.getrandbits(8) for _ in range(512))).decode()
        return [pre, 'face match template stored user=', P(p.username, 'other_id'), ' model=arcface-r100 dim=128 dtype=float32 template=', P(emb, 'biometric')]
    if R.random() < 0.6:
        p = R.choice([q for q in PEOPLE if q.nat_id])
    if p.nat_id:
        kind, num = p.nat_id
        return [pre, 'government id verified class=', kind, ' number=', P(num, 'other_id'), ' holder="', P(p.full, 'name'), '" country=', 'MX' if kind == 'CURP' else R.choice(['IE', 'IT'])]
    return [pre, 'government id verified class=dl number=', P(p.dl, 'license'), ' state=', p.state, ' holder="', P(p.full, 'name'), '" expires=2028-%02d-%02d' % (p.dob.month, p.dob.day)]


def fam_twilio(ph):
    pre = t_iso_ms() + ' [notify] '
    lob = R.choice(list(STORES))
    st = STORES[lob]
    if not ph:
        v = R.randint(0, 2)
        if v == 0:
            return pre + 'info: messaging service MG%s throughput: sent=%d delivered=%d undelivered=%d (window 15m)' % (
                hexs(32), R.randint(100, 900), R.randint(90, 880), R.randint(0, 12))
        if v == 1:
            pr = R.choice(PRESCRIBERS)
            return pre + 'info: status callback CallSid=CA%s To=%s From=%s CallStatus=%s' % (
                hexs(32), ph_fmt(pr['phone'], 'e164'), ph_fmt(STORES['lens']['phone'], 'e164'), R.choice(['ringing', 'in-progress', 'completed', 'no-answer']))
        return pre + 'warn: Twilio error 30007 (Carrier violation) on SM%s, from=%s, will retry via email' % (hexs(32), ph_fmt(st['phone'], 'e164'))
    p = person()
    v = fv(R.randint(0, 2))
    if v == 0:
        body = {"to": P(ph_fmt(p.phone, 'e164'), 'phone'), "from": ph_fmt(st['phone'], 'e164'),
                "body": C(["Hi ", P(p.first, 'name'), ", your ", {'cpap': "CPAP supplies", 'lens': "contact lenses", 'diabetic': "test strips",
                                                                   'hearing': "hearing aid batteries", 'compression': "compression stockings"}[p.lob],
                           " are ready to ship to ", P(p.street, 'address'), ". Reply YES to confirm or STOP to opt out."])}
        return [pre, 'info: sms outbound ', J(body)]
    if v == 1:
        form = ['ToCountry=US&MessageSid=SM', hexs(32), '&From=', qp([P(ph_fmt(p.phone, 'e164'), 'phone')]), '&To=', quote_plus(ph_fmt(st['phone'], 'e164')),
                '&Body=', qp(["YES but ship to my daughter at ", P(p.city, 'address'), " ", P(p.zip, 'zip')]) if R.random() < 0.4 else 'YES', '&NumMedia=0']
        return [pre, 'debug: inbound sms form=', form]
    vp = base64.b64encode(bytes(R.getrandbits(8) for _ in range(R.randint(160, 300)))).decode()
    return [pre, 'info: voice biometrics enrollment caller=', P(ph_fmt(p.phone, 'e164'), 'phone'), ' account_mrn=', P(p.mrn, 'mrn'),
            ' voiceprint=', P(vp, 'biometric'), ' engine=vb-7.2 quality=0.%02d' % R.randint(70, 99)]


def fam_infra(ph):
    assert not ph
    v = R.randint(0, 6)
    if v == 0:
        return '%s  Normal  Pulled  pod/%s  Successfully pulled image "ghcr.io/healthshop/%s:2024.06.%02d-%d" in %.3fs (%.3fs including waiting)' % (
            t_iso_s(), R.choice(LABEL_PODS + BILLING_PODS + SHOPIFY_PODS), R.choice(['rx-verify', 'label-svc', 'dme-billing', 'elig-svc']),
            R.randint(1, 10), R.randint(1, 5), *(lambda x: (x, x + 0.4))(R.uniform(1, 9)))
    if v == 1:
        dom = R.choice([s['dom'] for s in STORES.values()])
        exp = TODAY + dt.timedelta(days=R.randint(31, 89))
        return '%s - certbot: Certificate for %s is not yet due for renewal (expires %s, %d days)' % (t_sql(), dom, exp.isoformat(), (exp - TODAY).days)
    if v == 2:
        return '1:M %s * %d changes in %d seconds. Saving...' % (NOW.strftime('%d %b %Y %H:%M:%S.') + '%03d' % (NOW.microsecond // 1000), R.choice([100, 10000]), R.choice([60, 300]))
    if v == 3:
        return '%s [queue:%s] job %d completed in %dms attempts=%d' % (t_iso_ms(), R.choice(['label-print', 'klaviyo-sync', 'brightree-push', 'rx-fax']), R.randint(100000, 999999), R.randint(20, 5000), R.randint(1, 3))
    if v == 4:
        return '%s deploy: %s release 2024.06.%02d-%d (sha %s) finished in %dm%02ds by ci-bot' % (
            t_iso_s(), R.choice(['rw-magento', 'gd-woocommerce', 'rx-verify', 'label-svc']), R.randint(1, 10), R.randint(1, 5), hexs(8), R.randint(1, 9), R.randint(0, 59))
    if v == 5:
        return '%s kernel: [%d.%06d] IPv6: ADDRCONF(NETDEV_CHANGE): veth%s: link becomes ready (eth0 02:42:ac:11:%02x:%02x)' % (
            t_syslog(), R.randint(100000, 999999), R.randint(0, 999999), hexs(7), R.randint(0, 255), R.randint(0, 255))
    return '%s [horizon] Processing: App\\Jobs\\SyncFeeSchedule (id %s) Processed in %.2fs' % (t_sql(), uid(), R.uniform(0.1, 30))


# --------------------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------------------
FAMILIES = [
    # (family label, function, weight when a PHI line is wanted, weight when a clean line is wanted)
    ("shopify-webhook-pino", fam_shopify, 6, 5),
    ("woocommerce-log", fam_woo, 5, 5),
    ("magento-monolog", fam_magento, 5, 7),
    ("stripe-events", fam_stripe, 4, 5),
    ("braintree-laravel", fam_braintree, 3, 3),
    ("adyen-notification", fam_adyen, 3, 3),
    ("signifyd-monolog", fam_signifyd, 3, 3),
    ("riskified-winston", fam_riskified, 2, 3),
    ("smarty-address", fam_smarty, 3, 3),
    ("carrier-label-bunyan", fam_label, 4, 5),
    ("easypost-tracking", fam_tracking, 3, 4),
    ("x12-eligibility", fam_x12, 4, 3),
    ("eligibility-winston", fam_elig, 4, 3),
    ("brightree-bunyan", fam_brightree, 3, 3),
    ("cpap-compliance-pylog", fam_cpap, 5, 4),
    ("rx-verify", fam_rxverify, 5, 5),
    ("hearing-slog", fam_hearing, 3, 4),
    ("diabetic-laravel", fam_diabetic, 4, 4),
    ("gorgias-webhook", fam_gorgias, 4, 3),
    ("zendesk-laravel", fam_zendesk, 4, 3),
    ("rma-syslog", fam_rma, 3, 3),
    ("klaviyo-events", fam_klaviyo, 3, 3),
    ("nginx-access", fam_nginx, 7, 7),
    ("cloudflare-logpush", fam_cloudflare, 4, 3),
    ("mysql-slow-error", fam_mysql, 3, 5),
    ("elasticsearch", fam_es, 3, 3),
    ("php-error-fpm", fam_php, 2, 4),
    ("idv-webhook", fam_idv, 1, 2),
    ("twilio-notify", fam_twilio, 4, 3),
    ("infra-misc", fam_infra, 0, 6),
]


RARE_TASKS = [
    # (family, forced variant / tags, how many lines)
    ("shopify-webhook-pino", {'v': 3}, 4),                       # vehicle (plate)
    ("brightree-bunyan", {'v': 5}, 3),                           # vehicle (VIN + plate)
    ("magento-monolog", {'v': 1}, 3),                            # account (card)
    ("magento-monolog", {'v': 2}, 2),                            # account (IBAN)
    ("woocommerce-log", {'v': 5}, 2),                            # account (ACH)
    ("zendesk-laravel", {'tags': ('acct',)}, 2),                 # account (patient billing)
    ("idv-webhook", {'v': 2}, 3),                                # biometric (face template)
    ("twilio-notify", {'v': 2}, 2),                              # biometric (voiceprint)
    ("idv-webhook", {'v': 1}, 5),                                # photo
    ("shopify-webhook-pino", {'v': 4}, 3),                       # url (rx upload)
    ("shopify-webhook-pino", {'v': 1, 'tags': ('url',)}, 2),     # url (portal)
    ("gorgias-webhook", {'tags': ('url',)}, 2),                  # url (social profile)
    ("zendesk-laravel", {'tags': ('old',)}, 3),                  # age
    ("gorgias-webhook", {'tags': ('old',)}, 2),                  # age
    ("hearing-slog", {'v': 3, 'tags': ('old',)}, 2),             # age
    ("eligibility-winston", {'tags': ('resp', 'old')}, 2),       # age
    ("hearing-slog", {'v': 4}, 3),                               # ssn
    ("brightree-bunyan", {'v': 2}, 2),                           # ssn
    ("eligibility-winston", {'tags': ('ssn',)}, 2),              # ssn
    ("idv-webhook", {'v': 0}, 3),                                # license (DL)
    ("cpap-compliance-pylog", {'v': 3}, 3),                      # license (CDL)
    ("woocommerce-log", {'v': 4}, 3),                            # fax
    ("brightree-bunyan", {'v': 4}, 2),                           # fax
    ("rx-verify", {'v': 4}, 2),                                  # fax
    ("cpap-compliance-pylog", {'v': 1}, 3),                      # other_id (HST kit)
    ("hearing-slog", {'v': 0}, 2),                               # other_id (username)
    ("idv-webhook", {'v': 3}, 2),                                # other_id (foreign national id)
]


def render(segs):
    b = bytearray()
    spans = []
    for x in flat(segs):
        if isinstance(x, P):
            enc = x.text.encode('utf-8')
            s = len(b)
            b += enc
            spans.append((s, len(b), x.cat, enc))
        else:
            b += x.encode('utf-8')
    return bytes(b), spans


def main():
    global FORCE
    modes = [True] * N_PHI + [False] * (N_LINES - N_PHI)
    R.shuffle(modes)
    fams = {f[0]: f for f in FAMILIES}
    tasks = []
    for fname, force, k in RARE_TASKS:
        tasks += [(fname, force)] * k
    assert len(tasks) < N_PHI
    tasks += [None] * (N_PHI - len(tasks))
    R.shuffle(tasks)
    lines, labels = [], []
    for n, ph in enumerate(modes, 1):
        tick()
        FORCE = {}
        task = tasks.pop() if ph else None
        if task is not None:
            fam, FORCE = fams[task[0]], task[1]
        else:
            pool = [f for f in FAMILIES if (f[2] if ph else f[3])]
            fam = R.choices(pool, weights=[f[2] if ph else f[3] for f in pool])[0]
        b, spans = render(fam[1](ph))
        FORCE = {}
        assert b'\n' not in b and b'\r' not in b, (fam[0], b)
        assert len(b) <= 4000, (fam[0], len(b))
        b.decode('utf-8')
        last_e = 0
        for s, e, cat, enc in spans:
            assert e > s and s >= last_e, (fam[0], spans)
            assert b[s:e] == enc, (fam[0], s, e)
            last_e = e
        assert bool(spans) == ph, (fam[0], ph, b)
        lines.append(b)
        labels.append({"line": n, "family": fam[0], "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]})
    with open(os.path.join(HERE, ID + '.log'), 'wb') as f:
        f.write(b''.join(x + b'\n' for x in lines))
    with open(os.path.join(HERE, ID + '.labels.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    # re-check the written files
    with open(os.path.join(HERE, ID + '.log'), 'rb') as f:
        data = f.read().split(b'\n')
    assert data[-1] == b'' and len(data) - 1 == N_LINES
    for rec, (b, _) in zip(labels, [(x, None) for x in data[:-1]]):
        for sp in rec["spans"]:
            assert 0 <= sp["s"] < sp["e"] <= len(b)


if __name__ == '__main__':
    main()
