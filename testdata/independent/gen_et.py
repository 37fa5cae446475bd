#!/usr/bin/env python3
"""Deterministic generator for the `et` held-out PHI test corpus.

Theme: a free clinic network (Northside Free Clinic Network, Chicago area) that
runs on no-code / low-code tools: Zapier, Make, Airtable, Google Apps Script,
Google Forms, Twilio (SMS + Studio), SendGrid, Mailchimp, Calendly, Acuity,
JotForm, plus a volunteer activity log and the nginx relay in front of hooks.

Writes et.log and et.labels.jsonl next to this file.  Standard library only.
Every line is built from (text, category) segments; byte offsets are computed
while concatenating, and every span is asserted against the inserted bytes.
"""
import base64
import json
import os
import random
import string
import unicodedata
import urllib.parse
from datetime import date, datetime, timedelta

random.seed(3)

HERE = os.path.dirname(os.path.abspath(__file__))
ID = 'et'
N_LINES = 500
N_PHI = 225          # 45 % of lines carry PHI, 55 % do not

# ----------------------------------------------------------------------------
# segment machinery
# ----------------------------------------------------------------------------


class P:
    """A PHI value: rendered verbatim (or escaped by the container)."""
    __slots__ = ('v', 'cat')

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class JS:
    """A JSON string value made of several parts (plain str / P / segments)."""

    def __init__(self, *parts):
        self.parts = parts


class RawJ:
    """Pre-rendered segments inserted as a raw JSON fragment."""

    def __init__(self, segs_):
        self.segs = segs_


def segs(*parts):
    out = []
    for p in parts:
        if p is None or (isinstance(p, str) and p == ''):
            continue
        if isinstance(p, str):
            out.append((p, None))
        elif isinstance(p, P):
            out.append((str(p.v), p.cat))
        elif isinstance(p, tuple):
            out.append(p)
        elif isinstance(p, list):
            out.extend(segs(*p))
        elif isinstance(p, JS):
            out.extend(segs(*p.parts))
        elif isinstance(p, RawJ):
            out.extend(p.segs)
        else:
            raise TypeError(repr(p))
    return out


def esc(s, ascii_=False, slash=False):
    r = json.dumps(s, ensure_ascii=ascii_)[1:-1]
    if slash:
        r = r.replace('/', '\\/')
    return r


def jesc(parts, ascii_=False, slash=False):
    return [(esc(t, ascii_, slash), c) for t, c in segs(parts)]


def jd(o, sep=(',', ':'), ascii_=False, slash=False):
    out = []

    def w(x):
        if isinstance(x, dict):
            out.append(('{', None))
            for i, (k, v) in enumerate(x.items()):
                if i:
                    out.append((sep[0], None))
                out.append(('"' + esc(k, ascii_, slash) + '"' + sep[1], None))
                w(v)
            out.append(('}', None))
        elif isinstance(x, list):
            out.append(('[', None))
            for i, v in enumerate(x):
                if i:
                    out.append((sep[0], None))
                w(v)
            out.append((']', None))
        elif isinstance(x, P):
            if isinstance(x.v, str):
                out.append(('"', None))
                out.append((esc(x.v, ascii_, slash), x.cat))
                out.append(('"', None))
            else:
                out.append((json.dumps(x.v), x.cat))
        elif isinstance(x, JS):
            out.append(('"', None))
            out.extend(jesc(list(x.parts), ascii_, slash))
            out.append(('"', None))
        elif isinstance(x, RawJ):
            out.extend(x.segs)
        elif isinstance(x, str):
            out.append(('"' + esc(x, ascii_, slash) + '"', None))
        else:
            out.append((json.dumps(x), None))
    w(o)
    return out


def qp(s):
    return urllib.parse.quote_plus(s, safe='')


def q20(s):
    return urllib.parse.quote(s, safe='')


def form(pairs, enc=qp, encode_keys=True):
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(('&', None))
        out.append(((enc(k) if encode_keys else k) + '=', None))
        for t, c in segs(v):
            out.append((enc(t), c))
    return out


def finalize(parts):
    sg = segs(parts)
    buf = bytearray()
    spans = []
    expect = []
    for text, cat in sg:
        b = text.encode('utf-8')
        if cat:
            assert b, 'empty span'
            assert text == text.strip(), repr(text)
            spans.append({'s': len(buf), 'e': len(buf) + len(b), 'cat': cat})
            expect.append(b)
        buf += b
    line = bytes(buf)
    assert b'\n' not in line and b'\r' not in line
    for sp, b in zip(spans, expect):
        assert line[sp['s']:sp['e']] == b
    for a, b in zip(spans, spans[1:]):
        assert a['e'] <= b['s']
    return line, spans


CATS = {'name', 'address', 'zip', 'date', 'age', 'phone', 'fax', 'email', 'ssn',
        'mrn', 'health_plan', 'account', 'license', 'vehicle', 'device', 'url',
        'ip', 'biometric', 'photo', 'other_id'}

# ----------------------------------------------------------------------------
# id helpers
# ----------------------------------------------------------------------------
B62 = string.ascii_letters + string.digits
HEX = '0123456789abcdef'
CROCK = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
UPP = string.ascii_uppercase


def rs(alpha, n):
    return ''.join(random.choice(alpha) for _ in range(n))


def hx(n):
    return rs(HEX, n)


def at_id(prefix):
    return prefix + rs(B62, 14)


def tw(prefix):
    return prefix + hx(32)


def uuid4():
    h = hx(32)
    h = h[:12] + '4' + h[13:16] + random.choice('89ab') + h[17:]
    return f'{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}'


def ulid():
    return '01HR' + rs(CROCK, 22)


def digits(n):
    return str(random.randint(1, 9)) + rs(string.digits, n - 1)


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
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_number(prefix, length=16):
    body = prefix + rs(string.digits, length - 1 - len(prefix))
    n = body + luhn_check(body)
    assert luhn_ok(n)
    return n


def imei():
    body = random.choice(['35', '86', '01']) + rs(string.digits, 12)
    n = body + luhn_check(body)
    assert luhn_ok(n)
    return n


VIN_MAP = {**{str(i): i for i in range(10)},
           'A': 1, 'B': 2, 'C': 3, 'D': 4, 'E': 5, 'F': 6, 'G': 7, 'H': 8,
           'J': 1, 'K': 2, 'L': 3, 'M': 4, 'N': 5, 'P': 7, 'R': 9,
           'S': 2, 'T': 3, 'U': 4, 'V': 5, 'W': 6, 'X': 7, 'Y': 8, 'Z': 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_ALPHA = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'


def vin():
    wmi = random.choice(['1HG', '2T1', '1FA', '3N1', 'JTD', '5NP', 'KMH', '1G1'])
    vds = rs(VIN_ALPHA, 5)
    year = random.choice('ABCDEFGHJ')  # 2010-2018
    rest = random.choice(VIN_ALPHA) + rs(string.digits, 6)
    v = wmi + vds + '0' + year + rest
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    cd = 'X' if s % 11 == 10 else str(s % 11)
    v = v[:8] + cd + v[9:]
    assert len(v) == 17
    s2 = sum(VIN_MAP[c] * w for i, (c, w) in enumerate(zip(v, VIN_W)) if i != 8)
    assert (('X' if s2 % 11 == 10 else str(s2 % 11)) == v[8])
    return v


MBI_A = 'ACDEFGHJKMNPQRTUVWXY'


def mbi():
    an = MBI_A + string.digits
    n = string.digits
    return (random.choice('123456789') + random.choice(MBI_A) + random.choice(an)
            + random.choice(n) + random.choice(MBI_A) + random.choice(an)
            + random.choice(n) + random.choice(MBI_A) + random.choice(MBI_A)
            + random.choice(n) + random.choice(n))


def ssn():
    while True:
        a = random.randint(100, 665)
        if a not in (666,):
            break
    return f'{a:03d}-{random.randint(1, 99):02d}-{random.randint(1, 9999):04d}'


def itin():
    return f'9{random.randint(0, 99):02d}-{random.choice([70, 71, 72, 78, 80, 83, 88, 92])}-{random.randint(1, 9999):04d}'


CURP_ALPHA = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ'


def fold(s):
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('ı', 'i').replace('đ', 'd').replace('Đ', 'D')
    return unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()


def curp(first, last, sex, dob):
    sur = fold(last).upper().replace('-', ' ').split()
    p1 = sur[0]
    p2 = sur[1] if len(sur) > 1 else 'X'
    f = fold(first).upper().split()[0]
    vow = next((c for c in p1[1:] if c in 'AEIOU'), 'X')
    cons = lambda w: next((c for c in w[1:] if c not in 'AEIOU'), 'X')
    state = random.choice(['GR', 'MC', 'PL', 'JC', 'MN', 'OC', 'ZS', 'DF'])
    base = (p1[0] + vow + p2[0] + f[0] + dob.strftime('%y%m%d') + ('H' if sex == 'M' else 'M')
            + state + cons(p1) + cons(p2) + cons(f) + random.choice(string.digits))
    s = sum(CURP_ALPHA.index(c) * (18 - i) for i, c in enumerate(base))
    return base + str((10 - s % 10) % 10)


def jpeg_b64(n):
    raw = (b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00'
           b'\xff\xdb\x00C\x00' + bytes(random.randrange(256) for _ in range(n)) + b'\xff\xd9')
    return base64.b64encode(raw).decode()


def png_b64(n):
    raw = (b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\xa0\x00\x00\x00\xa0\x08\x02\x00\x00\x00'
           + bytes(random.randrange(256) for _ in range(n)))
    return base64.b64encode(raw).decode()


def fmr_b64(n):
    raw = b'FMR\x00 20\x00\x00' + bytes(random.randrange(256) for _ in range(n))
    return base64.b64encode(raw).decode()


def rnd_b64(nbytes):
    return base64.b64encode(bytes(random.randrange(256) for _ in range(nbytes))).decode()


def pub_ip():
    first = random.choice([73, 98, 24, 67, 76, 107, 174, 99, 71, 108, 162, 172, 68])
    if first == 172:
        second = random.choice([56, 58, 70, 92, 115])   # 172.56+ is public
    else:
        second = random.randint(1, 254)
    return f'{first}.{second}.{random.randint(0, 255)}.{random.randint(1, 254)}'


def priv_ip():
    return random.choice([f'10.{random.randint(0, 40)}.{random.randint(0, 255)}.{random.randint(2, 254)}',
                          f'192.168.{random.choice([0, 1, 10, 20])}.{random.randint(2, 254)}',
                          f'172.{random.randint(16, 31)}.{random.randint(0, 255)}.{random.randint(2, 254)}'])


# vendor (non-patient) egress addresses: public, but not a person's
VENDOR_IPS = {
    'Twilio': ['54.172.60.1', '54.244.51.3', '3.80.1.243', '34.203.250.17'],
    'Zapier': ['54.86.9.50', '54.85.193.204', '52.2.80.167'],
    'SendGrid': ['167.89.115.56', '167.89.118.51', '149.72.172.33'],
    'Mailchimp': ['205.201.132.23', '198.2.179.115'],
    'Calendly': ['34.230.84.11', '3.218.90.144'],
    'JotForm': ['104.155.131.79', '35.185.54.20'],
    'Acuity': ['52.4.114.217'],
    'Make': ['54.75.157.176', '3.122.111.9'],
}

# ----------------------------------------------------------------------------
# time
# ----------------------------------------------------------------------------
T = datetime(2024, 3, 11, 11, 58, 0, 0)      # UTC; local = CDT (UTC-5)
OFF = timedelta(hours=-5)
TODAY = date(2024, 3, 11)


def tick():
    global T
    T += timedelta(seconds=random.randint(3, 420), microseconds=random.randint(0, 999999))
    lt = T + OFF
    if lt.hour >= 21:   # clinic network goes quiet overnight; resume next morning
        nxt = (lt + timedelta(days=1)).replace(hour=6, minute=random.randint(40, 59), second=random.randint(0, 59))
        T = nxt - OFF


def iso_z(t=None):
    t = t or T
    return t.strftime('%Y-%m-%dT%H:%M:%S.') + f'{t.microsecond // 1000:03d}Z'


def iso_us(t=None):
    t = t or T
    return t.strftime('%Y-%m-%dT%H:%M:%S.%fZ')


def iso_s(t=None):
    return (t or T).strftime('%Y-%m-%dT%H:%M:%SZ')


def loc(t=None):
    return (t or T) + OFF


def epoch(t=None):
    return int(((t or T) - datetime(1970, 1, 1)).total_seconds())


def epoch_ms(t=None):
    t = t or T
    return epoch(t) * 1000 + t.microsecond // 1000


def rfc2822(t=None):
    return (t or T).strftime('%a, %d %b %Y %H:%M:%S +0000')


def ampm(t):
    return t.strftime('%I:%M:%S %p').lstrip('0')


# ----------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------
PEOPLE = [
    ('Amara', 'Okafor', 'F', 'ng', 'English', None),
    ('Guadalupe', 'Ocampo Reyes', 'F', 'mx', 'Spanish', None),
    ('Hoa', 'Nguyễn', 'F', 'vn', 'Vietnamese', 'Nguyễn Thị Hoa'),
    ('Juan Carlos', 'Barragán Tlapa', 'M', 'mx', 'Spanish', None),
    ('Wideline', 'Pierre-Louis', 'F', 'ht', 'Haitian Creole', None),
    ('Earl', 'Pettaway', 'M', 'us', 'English', None),
    ('Baltazar', 'Ixcoy Tzoc', 'M', 'gt', "K'iche'", None),
    ('Oksana', 'Kovalenko', 'F', 'ua', 'Ukrainian', None),
    ('Hodan', 'Warsame', 'F', 'so', 'Somali', None),
    ('Grażyna', 'Wiśniewska', 'F', 'pl', 'Polish', None),
    ('Xóchitl', 'Cuautle Ibarra', 'F', 'mx', 'Spanish', None),
    ('Darnell', 'Whitfield', 'M', 'us', 'English', None),
    ('Lakshmi', 'Venkataraman', 'F', 'in', 'Tamil', None),
    ('Minh', 'Trần', 'M', 'vn', 'Vietnamese', 'Trần Văn Minh'),
    ('Yousef', 'Al-Haddad', 'M', 'sy', 'Arabic', None),
    ('Chidinma', 'Eze-Nwosu', 'F', 'ng', 'Igbo', None),
    ('Oluwaseun', 'Adébáyọ̀', 'M', 'ng', 'Yoruba', None),
    ('Efraín', 'Zúñiga Solís', 'M', 'mx', 'Spanish', None),
    ('Juana', 'Tzul Chox', 'F', 'gt', "K'iche'", None),
    ('Jean-Robert', 'Désir', 'M', 'ht', 'Haitian Creole', None),
    ('Abdirahman', 'Farah Cali', 'M', 'so', 'Somali', None),
    ('Bohdan', 'Shevchuk', 'M', 'ua', 'Ukrainian', None),
    ('Zbigniew', 'Kołodziej', 'M', 'pl', 'Polish', None),
    ('Gurpreet', 'Sandhu', 'M', 'in', 'Punjabi', None),
    ('Ramesh', 'Thapa Magar', 'M', 'np', 'Nepali', None),
    ('Maricel', 'Dimaculangan', 'F', 'ph', 'Tagalog', None),
    ('Rogelio', 'Bautista', 'M', 'ph', 'English', None),
    ('Qiuyue', 'Liang', 'F', 'cn', 'Mandarin', None),
    ('Rania', 'Khoury', 'F', 'lb', 'Arabic', None),
    ('Eun-ji', 'Baek', 'F', 'kr', 'Korean', None),
    ('Florin', 'Dumitrescu', 'M', 'ro', 'Romanian', None),
    ('LaToya', 'Simmons', 'F', 'us', 'English', None),
    ('Mae Etta', 'Crumpton', 'F', 'us', 'English', None),
    ('Kateryna', 'Bondarenko', 'F', 'ua', 'Ukrainian', None),
    ('Sione', 'Taufa', 'M', 'to', 'Tongan', None),
    ('Ayşe', 'Yıldırım', 'F', 'tr', 'Turkish', None),
    ('Rosa María', 'Quispe Mamani', 'F', 'pe', 'Spanish', None),
    ('Marisol', 'Peña Ocampo', 'F', 'mx', 'Spanish', None),
    ('Tenzin', 'Dolkar', 'F', 'tb', 'Tibetan', None),
    ('Ifeoma', 'Chukwu', 'F', 'ng', 'English', None),
]
OLD_BIRTH = {'Pettaway': date(1930, 8, 2), 'Wiśniewska': date(1931, 11, 23), 'Crumpton': date(1933, 2, 14)}
CHILD_BIRTH = {'Peña Ocampo': date(2016, 6, 30)}

REL_FIRST = {
    'ng': ['Chukwuemeka', 'Ngozi', 'Obinna', 'Adaeze'], 'mx': ['Rigoberto', 'Leticia', 'Fidel', 'Nayeli'],
    'vn': ['Phúc', 'Lan', 'Tuấn'], 'ht': ['Marjorie', 'Frantz', 'Nadège'], 'us': ['Loretta', 'Curtis', 'Denise'],
    'gt': ['Tomás', 'Micaela', 'Sebastiana'], 'ua': ['Taras', 'Iryna', 'Mykola'], 'so': ['Faduma', 'Ahmed', 'Sahra'],
    'pl': ['Krzysztof', 'Jadwiga', 'Tadeusz'], 'in': ['Suresh', 'Harpreet', 'Meena'], 'sy': ['Lina', 'Omar'],
    'np': ['Sita', 'Bikash'], 'ph': ['Jocelyn', 'Arnel'], 'cn': ['Wei', 'Xiaoming'], 'lb': ['Georges', 'Maya'],
    'kr': ['Seung-ho', 'Min-ji'], 'ro': ['Ioana', 'Mihai'], 'to': ['Mele', 'Viliami'], 'tr': ['Mehmet', 'Elif'],
    'pe': ['Wilfredo', 'Yolanda'], 'tb': ['Pema', 'Lobsang'],
}

CITIES = [
    ('Chicago', '60608', ['W 18th St', 'S Loomis St', 'W Cullerton St', 'S Throop St']),
    ('Chicago', '60623', ['S Pulaski Rd', 'W 26th St', 'S Millard Ave', 'S Kostner Ave']),
    ('Chicago', '60625', ['W Lawrence Ave', 'N Kimball Ave', 'N Spaulding Ave']),
    ('Chicago', '60626', ['N Sheridan Rd', 'W Morse Ave', 'N Greenview Ave']),
    ('Chicago', '60645', ['W Devon Ave', 'N Talman Ave', 'N California Ave']),
    ('Chicago', '60640', ['N Broadway', 'W Argyle St', 'N Kenmore Ave']),
    ('Chicago', '60632', ['S Kedzie Ave', 'W 51st St', 'S Albany Ave']),
    ('Chicago', '60647', ['W Armitage Ave', 'N Kedzie Blvd', 'N Albany Ave']),
    ('Chicago', '60629', ['S Pulaski Rd', 'W 63rd St', 'S Kildare Ave']),
    ('Cicero', '60804', ['S 50th Ave', 'W Cermak Rd', 'S Laramie Ave']),
    ('Berwyn', '60402', ['S Oak Park Ave', 'S Harlem Ave', 'S Clarence Ave']),
    ('Evanston', '60202', ['Dodge Ave', 'Howard St', 'Brummel St']),
    ('Skokie', '60076', ['Main St', 'Oakton St', 'Kedvale Ave']),
    ('Melrose Park', '60160', ['N 25th Ave', 'W Lake St']),
]
UNITS = ['', '', '', ' Apt 2R', ' Apt 3F', ' #1B', ' Unit 204', ' Apt 1', ' Bsmt', ' Apt 5C', ' #2']
EMAIL_DOM = ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'icloud.com',
             'aol.com', 'comcast.net', 'att.net', 'proton.me', 'yahoo.com.mx']


def phone10(ac=None):
    ac = ac or random.choice(['773', '773', '312', '872', '708', '847', '224'])
    return f'{ac}555{random.randint(100, 199):04d}'


def fmt_phone(d, style):
    a, b, c = d[:3], d[3:6], d[6:]
    return {
        'e164': f'+1{d}', 'paren': f'({a}) {b}-{c}', 'dash': f'{a}-{b}-{c}', 'dot': f'{a}.{b}.{c}',
        'raw': d, 'one': f'1-{a}-{b}-{c}', 'intl': f'+1 {a}-{b}-{c}', 'sp': f'+1 ({a}) {b}-{c}',
    }[style]


def fmt_date(d, style):
    return {
        'iso': d.strftime('%Y-%m-%d'), 'us': d.strftime('%m/%d/%Y'), 'us1': f'{d.month}/{d.day}/{d.year}',
        'long': f'{d:%B} {d.day}, {d.year}', 'dmy': d.strftime('%d/%m/%Y'), 'usdash': d.strftime('%m-%d-%Y'),
        'mon': f'{d:%b} {d.day}, {d.year}', 'us2': d.strftime('%m/%d/%y'), 'dmy_dot': d.strftime('%d.%m.%Y'),
    }[style]


def make_people():
    out = []
    used_phones = {'7735550100', '7735550119', '7735550127', '7735550181', '3125550187', '3125550144', '8725550163', '3125550158'}
    for i, (first, last, sex, origin, lang, disp) in enumerate(PEOPLE):
        if last in OLD_BIRTH:
            dob = OLD_BIRTH[last]
        elif last in CHILD_BIRTH:
            dob = CHILD_BIRTH[last]
        else:
            dob = date(random.randint(1948, 2004), random.randint(1, 12), random.randint(1, 28))
        age = TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))
        while True:
            ph = phone10()
            if ph not in used_phones:
                used_phones.add(ph)
                break
        city, zp, streets = random.choice(CITIES)
        street = f'{random.randint(1000, 7999)} {random.choice(streets)}{random.choice(UNITS)}'
        f1 = fold(first).lower().replace(' ', '').replace('-', '').replace("'", '')
        l1 = fold(last).lower().split()[0].replace('-', '')
        style = random.randrange(5)
        local = [f'{f1}.{l1}', f'{f1}{l1}{random.randint(1, 99)}', f'{f1[0]}{l1}{dob.year % 100:02d}',
                 f'{l1}.{f1}{random.randint(1, 9)}', f'{f1}_{l1}'][style]
        email = f'{local}@{random.choice(EMAIL_DOM)}'
        full = f'{first} {last}'
        p = dict(first=first, last=last, full=full, disp=disp or full, sex=sex, origin=origin, lang=lang,
                 dob=dob, age=age, phone=ph, email=email, street=street, city=city, zip=zp,
                 mrn=f'NCF-{random.randint(1000, 99999):06d}', rec=at_id('rec'), ip=pub_ip(),
                 acct=f'SF-{random.randint(100000, 999999)}')
        # health plan
        if age >= 65:
            p['plan'] = ('Medicare', mbi())
        else:
            r = random.random()
            if r < 0.35:
                p['plan'] = ('IL Medicaid', digits(9))
            elif r < 0.5:
                p['plan'] = ('CountyCare', f'{random.choice("CD")}{digits(8)}')
            elif r < 0.6:
                p['plan'] = ('BCBSIL Marketplace', f'XOF{digits(9)}')
            else:
                p['plan'] = None
        p['ssn'] = ssn() if origin in ('us', 'ng', 'ph', 'in', 'kr', 'ro', 'pl', 'lb', 'sy', 'tr') or random.random() < 0.3 else None
        p['itin'] = itin() if (p['ssn'] is None and random.random() < 0.5) else None
        p['dl'] = f'{fold(last)[0].upper()}{random.randint(100, 999)}-{random.randint(1000, 9999)}-{random.randint(1000, 9999)}'
        p['curp'] = curp(first, last, sex, dob) if origin == 'mx' else None
        p['dpi'] = f'{random.randint(1000, 3999)} {random.randint(10000, 99999)} {random.choice(["0101", "0901", "1301", "0708"])}' if origin == 'gt' else None
        rf = random.choice(REL_FIRST[origin])
        rl = last.split()[-1] if origin in ('mx', 'pe') else last
        if last == 'Peña Ocampo':
            p['ec'] = ('Guadalupe Ocampo Reyes', 'Mother', None)
        else:
            p['ec'] = (f'{rf} {rl}', random.choice(['Spouse', 'Daughter', 'Son', 'Sister', 'Brother', 'Friend']), phone10())
        p['device'] = random.choice([('Contour Next One glucometer', f'CN1{rs("0123456789", 7)}'),
                                     ('Omron BP7250 cuff', f'20{random.randint(18, 23)}{rs("0123456789", 5)}LG'),
                                     ('FreeStyle Libre 2 reader', f'MABX{rs(UPP + string.digits, 7)}'),
                                     ('Lifeline phone (Moto G)', imei())])
        p['plate'] = f'{random.choice(["", "", "BP "])}{rs(UPP, 2)}{random.randint(10000, 99999)}'
        p['vin'] = vin()
        p['card'] = card_number(random.choice(['4', '51', '53', '6011']))
        p['user'] = f'{f1[:1]}{l1}{random.randint(10, 99)}'
        p['kit'] = f'FIT-24-{random.randint(10000, 99999)}'
        p['fax'] = phone10(random.choice(['773', '708']))
        # appointment
        ad = TODAY + timedelta(days=random.randint(1, 24))
        p['appt'] = dict(date=ad, time=random.choice(['8:30 AM', '9:00 AM', '9:45 AM', '10:15 AM', '1:00 PM', '2:30 PM', '3:00 PM', '5:30 PM', '6:15 PM']),
                         site=random.choice(SITES), kind=random.choice(APPT_TYPES), rec=at_id('rec'))
        p['last_visit'] = TODAY - timedelta(days=random.randint(20, 400))
        out.append(p)
    return out


SITES = [
    dict(name='Pilsen', addr='1831 S Racine Ave, Chicago, IL 60608', phone='(773) 555-0100'),
    dict(name='Albany Park', addr='3401 W Lawrence Ave, Chicago, IL 60625', phone='(773) 555-0119'),
    dict(name='Rogers Park', addr='1545 W Morse Ave, Chicago, IL 60626', phone='(773) 555-0127'),
]
CLINIC_FAX = '(773) 555-0181'
CLINIC_SMS = '+13125550187'
CLINIC_SMS2 = '+13125550144'
ONCALL = '+18725550163'
APPT_TYPES = ['New patient intake', 'Diabetes follow-up', 'Dental screening', "Women's health", 'Vaccines / TB test',
              'Blood pressure check', 'Eye screening', 'Behavioral health intake']
DOM = 'northsidefreeclinic.org'

STAFF = [
    ('Dr. Priya Raman', 'praman', 'Volunteer physician'), ('Tomasz Wójcik', 'twojcik', 'Front desk'),
    ('Lucía Herrera, RN', 'lherrera', 'Nurse'), ('Kwame Asante', 'kasante', 'Intake coordinator'),
    ('Beth Lindqvist', 'blindqvist', 'Site lead'), ('Marcus Oyelowo', 'moyelowo', 'Data volunteer'),
    ('Sofía Andrade', 'sandrade', 'Interpreter'), ('Dr. Henrik Aalto', 'haalto', 'Volunteer dentist'),
    ('Mei-Ling Cho', 'mcho', 'Pharmacist'), ('Jordan Reyes-Blake', 'jreyesblake', 'Automation volunteer'),
    ('Ngozi Eze', 'neze', 'Social work intern'), ('Dr. Samuel Okonkwo', 'sokonkwo', 'Volunteer physician'),
]


def staff():
    return random.choice(STAFF)


def staff_email(s):
    return f'{s[1]}@{DOM}'


SYS_EMAILS = [f'noreply@{DOM}', f'intake@{DOM}', f'reminders@{DOM}', 'notifications@airtable.com',
              'no-reply@zapier.com', 'noreply@calendly.com', 'forms-receipts-noreply@google.com',
              'noreply@jotform.com', f'volunteers@{DOM}', f'it-alerts@{DOM}']

PEOPLE_D = make_people()
WEIGHTED = []
for i, p in enumerate(PEOPLE_D):
    WEIGHTED += [p] * (4 if i < 12 else 2 if i < 25 else 1)


def pick():
    return random.choice(WEIGHTED)


OLDIES = [p for p in PEOPLE_D if p['age'] > 89]


def pick_maybe_old(prob):
    return random.choice(OLDIES) if random.random() < prob else pick()


# ----------------------------------------------------------------------------
# static system ids
# ----------------------------------------------------------------------------
BASE = at_id('app')
TBL = {k: at_id('tbl') for k in ['Patients 🧑\u200d⚕️', 'Appointments 📅', 'Intake Queue 📝', 'SMS Log 💬', 'Volunteers 🙋', 'Loaner Devices 🩺']}
TBLN = list(TBL)
FIELDS = ['Patient Name', 'DOB 🎂', 'Phone 📱', 'Email ✉️', 'Street Address 🏠', 'City', 'ZIP', 'Preferred Language 🌐',
          'Insurance 🏥', 'Medicaid / Member ID', 'Clinic ID', 'Next Appt 📅', 'Status', 'Consent ✅', 'Emergency Contact 🆘',
          'Age', 'SSN (last 4 ok)', 'Notes 🗒️', 'Loaner Serial #', 'Billing Acct #', 'Site 📍']
FLD = {k: at_id('fld') for k in FIELDS}
WEBHOOKS = [at_id('ach') for _ in range(3)]
AUTOMATIONS = [('📲 Appt reminder (24h before)', at_id('wfl')), ('📝 New intake → assign volunteer', at_id('wfl')),
               ('🚫 No-show → follow-up SMS', at_id('wfl')), ('🩺 Loaner device overdue', at_id('wfl')),
               ('🧾 Sliding-fee receipt email', at_id('wfl'))]
ZAPS = [(218734562, 'JotForm → Airtable: New Intake 📝'), (218734590, 'Calendly invitee.created → Airtable Appointments'),
        (219002214, 'Airtable No-show → Mailchimp tag'), (219150077, 'Google Form (Spanish intake) → Sheets → Airtable'),
        (220481936, 'Acuity scheduled → Twilio SMS confirm'), (220733018, "Daily 7am: today's schedule → Slack #pilsen-frontdesk")]
ZAP_ACCT = '4418203'
HOOKS = ['3kz9qpa', '7yq2m1c', 'bx0t4rw', '2hd8zne']
MAKE_SCEN = [(1289345, 'Intake → Airtable → SMS'), (1290772, 'Twilio inbound router (SI/NO/STOP)'),
             (1301458, 'Calendly → Google Calendar + Airtable'), (1317720, 'Weekly no-show report'),
             (1322094, 'Loaner device return reminders')]
MAKE_ORG, MAKE_TEAM = 1712345, 203344
MAKE_HOOK = 'https://hook.us1.make.com/' + rs(string.ascii_lowercase + string.digits, 32)
TW_ACCT = tw('AC')
TW_MSVC = tw('MG')
FLOWS = [(tw('FW'), 'Appointment Reminder IVR+SMS'), (tw('FW'), 'Intake Pre-screen (ES/EN)')]
JF_FORMS = [('240694471234055', 'Patient Intake / Registro de Paciente'), ('240695518830157', 'Sliding Fee Application'),
            ('240702261245049', 'Volunteer Shift Sign-up')]
GFORM_ID = '1' + rs(B62 + '-_', 43)
GFORM_E = '1FAIpQLS' + rs(B62 + '-_', 48)
GPROJ = 'nfcn-intake-3829'
GSCRIPT = 'AKfycb' + rs(B62 + '-_', 66)
SHEET_ID = '1' + rs(B62 + '-_', 43)
MC_LISTS = [('a6b5da1054', 'Patient health tips (EN/ES)'), ('c13f0e77b2', 'Volunteers & Donors')]
CAL_USERS = {s[1]: rs(UPP, 16) for s in STAFF}
CAL_ORG = rs(UPP, 16)
CAL_ETYPES = [(rs(UPP, 16), 'New Patient Intake (30 min)'), (rs(UPP, 16), 'Dental Screening'),
              (rs(UPP, 16), 'Telehealth Follow-up'), (rs(UPP, 16), 'Volunteer Orientation')]
ACUITY_OWNER = '21908874'
ACUITY_CALS = [(8834721, 'Pilsen - Exam Room 1'), (8834730, 'Albany Park - Dental Chair'), (8841102, 'Rogers Park - Nurse Visit')]
ACUITY_TYPES = [(61209934, 'New Patient Intake'), (61210072, 'Diabetes Follow-up'), (61228840, 'Dental Screening')]
QIDS = {k: hx(8) for k in ['name', 'dob', 'phone', 'email', 'addr', 'zip', 'lang', 'plan', 'ssn', 'county', 'hh', 'income', 'plate', 'vin', 'rating', 'comment', 'visit']}

# ----------------------------------------------------------------------------
# small renderers shared by families
# ----------------------------------------------------------------------------


def N(p, which='full'):
    return P(p[which] if which != 'disp' else p['disp'], 'name')


def PH(p, style='e164', key='phone'):
    return P(fmt_phone(p[key], style), 'phone')


def DOB(p, style='iso'):
    return P(fmt_date(p['dob'], style), 'date')


def ADATE(p, style='iso'):
    return P(fmt_date(p['appt']['date'], style), 'date')


def plan_str(p):
    return p['plan'][0] if p['plan'] else 'Uninsured'


def sms_body(p):
    a = p['appt']
    d = a['date']
    lang = p['lang']
    if lang == 'Spanish':
        return ['Hola ', P(p['first'], 'name'), ', le recordamos su cita en Northside Free Clinic (', a['site']['name'],
                ') el ', P(d.strftime('%d/%m'), 'date'), ' a las ', a['time'], '. Responda SI para confirmar o NO para cancelar.']
    if lang == 'Vietnamese':
        return ['Chào ', P(p['first'], 'name'), ', Northside Free Clinic nhắc lịch hẹn ngày ', P(d.strftime('%d/%m'), 'date'),
                ' lúc ', a['time'], '. Trả lời C để xác nhận.']
    if lang == 'Ukrainian':
        return ['Вітаємо, ', P(p['first'], 'name'), '! Нагадуємо про прийом ', P(d.strftime('%d.%m'), 'date'), ' о ', a['time'],
                ' (Northside Free Clinic, ', a['site']['name'], '). Відповідайте YES/NO.']
    return ['Hi ', P(p['first'], 'name'), ', Northside Free Clinic reminder: ', a['kind'], ' on ', f'{d:%a}, ',
            P(f'{d:%b} {d.day}', 'date'), ' at ', a['time'], ' (', a['site']['name'], '). Reply YES to confirm, NO to cancel. Txt STOP to opt out']


def sms_generic():
    return random.choice([
        'Northside Free Clinic: flu & COVID shots Sat 9-1 at all sites, no appointment needed. Reply STOP to opt out',
        'Clínica Gratuita Northside: cerrado el lunes 18/03 por mantenimiento. Llame al (773) 555-0100.',
        'Your lab results are ready. Log in to the portal or call (773) 555-0119. Reply STOP to opt out',
        'Reminder: bring your ID and proof of income to your sliding-fee appointment. Msg&data rates may apply.',
    ])


# ----------------------------------------------------------------------------
# families
# ----------------------------------------------------------------------------


ZAP_FOR = {  # which zaps can produce which step kind
    ('n', 0): [0, 1, 3], ('n', 1): [0, 2, 3, 4], ('n', 2): [0, 1, 2, 3], ('n', 3): [2, 4], ('n', 4): [0, 3, 5], ('n', 5): [5], ('n', 6): [0, 1, 3, 4],
    ('p', 0): [0, 3], ('p', 1): [0, 1, 3], ('p', 2): [1, 4], ('p', 3): [4], ('p', 4): [0], ('p', 5): [3], ('p', 6): [2],
}


def fam_zapier_task(phi):
    v = random.randrange(7)
    zid, title = ZAPS[random.choice(ZAP_FOR[('p' if phi else 'n', v)])]
    step = random.randint(2, 6)
    pre = f'{iso_z()} zap-history zap_id={zid} zap="{title}" task_id={ulid()} step={step} '
    if not phi:
        if v == 0:
            return [pre, f'app=Airtable action="Create Record" status=success record_id={at_id("rec")} base={BASE} '
                         f'table={TBL[random.choice(TBLN)]} duration_ms={random.randint(300, 2400)} tasks_used=1']
        if v == 1:
            return [pre, 'app="Filter by Zapier" status=filtered detail="Your Zap did not continue because: '
                         '(Text) Consent ✅ Exactly matches \\"Yes\\" was false" tasks_used=0']
        if v == 2:
            return [pre, f'app=Airtable action="Update Record" status=errored error="INVALID_MULTIPLE_CHOICE_OPTIONS: '
                         f'Insufficient permissions to create new select option \\"\\"Dari\\"\\"" record_id={at_id("rec")} '
                         f'autoreplay=scheduled attempt=2/5 next_attempt={iso_s(T + timedelta(minutes=random.choice([5, 30, 60])))}']
        if v == 3:
            return [pre, f'app="Delay by Zapier" action="Delay For" status=waiting delay_for="{random.choice([5, 10, 15, 30])} minutes" '
                         f'resume_at={iso_s(T + timedelta(minutes=15))}']
        if v == 4:
            return [pre, f'app="Code by Zapier" action="Run JavaScript" status=success runtime_ms={random.randint(40, 900)} '
                         f'output={{"ok":true,"rows":{random.randint(1, 40)},"skipped":{random.randint(0, 3)},"batch":"{hx(8)}"}}']
        if v == 5:
            s = staff()
            return [pre, f'app=Slack action="Send Channel Message" status=success channel=#pilsen-frontdesk ts={epoch()}.{random.randint(100000, 999999)} '
                         f'text="Today at Pilsen: {random.randint(8, 30)} appts ({random.randint(1, 7)} new intakes). On call: {s[0]} ext {random.randint(201, 239)}"']
        return [pre, f'app="Webhooks by Zapier" action="Catch Hook" status=success hook=https://hooks.zapier.com/hooks/catch/{ZAP_ACCT}/{random.choice(HOOKS)}/ '
                     f'request_id={uuid4()} bytes={random.randint(300, 4000)}']
    p = pick()
    if v == 0:
        d = {'Patient Name': N(p), 'DOB 🎂': DOB(p, 'iso'), 'Phone 📱': PH(p, 'paren'), 'Email ✉️': P(p['email'], 'email'),
             'Preferred Language 🌐': p['lang'], 'Consent ✅': 'Yes', 'Site 📍': p['appt']['site']['name'], 'Source': 'JotForm'}
        if p['plan']:
            d['Medicaid / Member ID'] = P(p['plan'][1], 'health_plan')
        return [pre, f'app=Airtable action="Create Record" status=success record_id={p["rec"]} data_in=', jd(d)]
    if v == 1:
        st = random.choice(['us1', 'us', 'long', 'usdash'])
        return [pre, 'app="Formatter by Zapier" action="Date / Time: Format" status=success input="', DOB(p, st),
                '" output="', DOB(p, 'iso'), f'" from_format="{ {"us1": "M/D/YYYY", "us": "MM/DD/YYYY", "long": "MMMM D, YYYY", "usdash": "MM-DD-YYYY"}[st]}" to_format="YYYY-MM-DD"']
    if v == 2:
        return [pre, 'app="Formatter by Zapier" action="Numbers: Format Phone Number" status=success input="',
                PH(p, random.choice(['dot', 'raw', 'dash'])), '" output="', PH(p, 'e164'), '" to_format="+15558675309"']
    if v == 3:
        return [pre, 'app=Twilio action="Send SMS" status=success to=', PH(p, 'e164'), f' from={CLINIC_SMS} message_sid={tw("SM")} body="',
                sms_body(p), '"']
    if v == 4:
        return [pre, 'app=Gmail action="Send Email" status=success to=', P(p['email'], 'email'),
                f' from=intake@{DOM} subject="Welcome, ', N(p, 'first'), f' — we received your intake" message_id={hx(16)} thread_id={hx(16)}']
    if v == 5:
        d = {'patient_name': N(p), 'street': P(p['street'], 'address'), 'city': P(p['city'], 'address'), 'state': 'IL',
             'zip': P(p['zip'], 'zip'), 'zip_ok': True, 'geocode_tract': f'17031{random.randint(100000, 849999)}'}
        return [pre, f'app="Code by Zapier" action="Run Python" status=success runtime_ms={random.randint(80, 700)} console.log: normalized address ',
                jd(d, sep=(', ', ': '))]
    return [pre, f'app=Mailchimp action="Add/Update Subscriber" status=success list_id={MC_LISTS[0][0]} email=', P(p['email'], 'email'),
            ' merge_fields={"FNAME":"', N(p, 'first'), '","LNAME":"', N(p, 'last'), f'","LANG":"{p["lang"]}"}} tags=["patient","{p["appt"]["site"]["name"].lower().replace(" ", "-")}"]']


def fam_zapier_hook(phi):
    hook = random.choice(HOOKS)
    url = f'https://hooks.zapier.com/hooks/catch/{ZAP_ACCT}/{hook}/'
    ts = loc().strftime('%Y-%m-%d %H:%M:%S,') + f'{T.microsecond // 1000:03d}'
    if not phi:
        v = random.randrange(4)
        if v == 0:
            u = uuid4()
            return [f'{ts} [hook-relay] INFO POST {url} -> 200 {{"attempt":"{u}","id":"{u}","request_id":"{u}","status":"success"}} in {random.randint(90, 700)}ms']
        if v == 1:
            return [f'{ts} [hook-relay] WARN POST {url} -> 410 Gone body="Please unsubscribe me!" retry={random.randint(1, 4)}/5 backoff={random.choice([2, 4, 8, 16])}s src={priv_ip()}']
        if v == 2:
            return [f'{ts} [hook-relay] INFO kiosk={random.choice(["KIOSK-PILSEN-02", "KIOSK-ALBANY-01", "KIOSK-RP-01"])} heartbeat ok fw=2.{random.randint(3, 9)}.{random.randint(0, 20)} '
                    f'uptime={random.randint(1000, 900000)}s lan={priv_ip()} queue=0 -> {url} 200']
        return [f'{ts} [hook-relay] DEBUG forwarded {random.choice(["calendly", "acuity", "jotform"])} event to {url} content-type=application/json '
                f'size={random.randint(400, 6000)}B sig=sha256={hx(64)}']
    p = pick()
    v = random.choice([0, 0, 1, 2, 3])
    if v == 3:
        mac = ':'.join(rs(HEX.upper(), 2) for _ in range(6))
        body = {'hub': f'RPM-HUB-{random.randint(100, 999)}', 'device_type': 'BP', 'device_serial': P(f'20{random.randint(18, 23)}{rs("0123456789", 5)}LG', 'device'),
                'ble_mac': P(mac, 'device'), 'patient_ref': P(p['mrn'], 'mrn'), 'sys': random.randint(104, 182), 'dia': random.randint(62, 110),
                'pulse': random.randint(55, 104), 'fw': f'1.{random.randint(0, 9)}.{random.randint(0, 30)}', 'received_at': iso_s()}
        return [f'{ts} [hook-relay] INFO POST {url} rpm reading ', jd(body, sep=(', ', ': '))]
    if v == 0:
        body = {'kiosk_id': random.choice(['KIOSK-PILSEN-02', 'KIOSK-ALBANY-01']), 'event': 'checkin', 'patient_id': P(p['mrn'], 'mrn'),
                'matched': True, 'score': round(random.uniform(0.81, 0.99), 3), 'fp_format': 'ISO19794-2', 'fp_template': P(fmr_b64(random.randint(90, 160)), 'biometric'),
                'ts': epoch()}
        return [f'{ts} [hook-relay] DEBUG POST {url} payload=', jd(body)]
    if v == 1:
        return [f'{ts} [hook-relay] INFO Catch Hook {hook} parsed: querystring__first_name=', N(p, 'first'), ' querystring__last_name=', N(p, 'last'),
                ' querystring__phone=', PH(p, 'raw'), ' querystring__appt=', ADATE(p, 'iso'), f' querystring__site={p["appt"]["site"]["name"].replace(" ", "+")}']
    return [f'{ts} [hook-relay] INFO POST {url} body=',
            form([('name', N(p)), ('phone', PH(p, 'paren')), ('email', P(p['email'], 'email')),
                  ('best_time', random.choice(['morning', 'after 5pm', 'weekends'])), ('reason', random.choice(['refill', 'new patient', 'dental pain', 'results'])),
                  ('lang', p['lang'])]), ' -> 200']


def fam_make(phi):
    sid, sname = random.choice(MAKE_SCEN)
    ex = hx(32)
    pre = f'[{loc():%Y-%m-%d %H:%M:%S}] make scenario={sid} "{sname}" execution={ex} '
    if not phi:
        v = random.randrange(5)
        if v == 0:
            d = {'id': ex, 'imtId': f'apac1-{hx(12)}', 'duration': random.randint(400, 9000), 'operations': random.randint(1, 40),
                 'transfer': random.randint(200, 90000), 'organizationId': MAKE_ORG, 'teamId': MAKE_TEAM, 'type': 'auto', 'authorId': None,
                 'instant': random.choice([True, False]), 'timestamp': iso_z(), 'status': random.choice([1, 1, 1, 2, 3]), 'scenarioId': sid,
                 'eventType': 'EXECUTION_END'}
            return [f'{iso_z()} make-api GET /api/v2/scenarios/{sid}/logs?pg[limit]=1 200 ', jd(d)]
        if v == 1:
            return [pre, f'finished status=success operations={random.randint(2, 30)} data_transfer={random.randint(1, 90)}.{random.randint(0, 9)} KB duration={random.randint(1, 12)}.{random.randint(0, 9)}s']
        if v == 2:
            return [pre, f'module={random.randint(2, 8)} [airtable:ActionUpdateRecords] RateLimitError: [429] Rate limit exceeded. Please try again later. retry_in=30s attempt={random.randint(1, 3)}']
        if v == 3:
            return [pre, f'incomplete execution {hx(32)} stored: module=3 [google-sheets:addRow] DataError: Invalid number in parameter \'Row number\'. (sheet {SHEET_ID[:12]}…)']
        if random.random() < 0.3:
            return [pre, f'module=1 [documo:WatchInboundFaxes] fax {hx(24)} received from {random.choice(["(312) 555-0158 (Cook County Health referrals)", "(773) 555-0172 (Lab Corp PSC)", "(708) 555-0133 (Mt. Sinai ED)"])} to {CLINIC_FAX} pages={random.randint(1, 9)} -> Google Drive /Faxes/{TODAY:%Y-%m}']
        return [pre, f'hook {random.randint(880000, 889999)} queue=0 received 1 item from {MAKE_HOOK} (gateway:CustomWebHook) ip={random.choice(VENDOR_IPS["Calendly"] + VENDOR_IPS["Twilio"])}']
    p = pick()
    v = random.randrange(7)
    if v == 5:
        return [pre, f'module=6 [documo:SendFax] bundle=1 input={{"faxNumber":"', P(fmt_phone(p['fax'], 'e164'), 'fax'), '","recipientName":"', N(p),
                f'","coverPage":true,"subject":"Records release {p["appt"]["rec"]}","callerId":"{CLINIC_FAX}"}} -> status=queued messageId={uuid4()}']
    if v == 6:
        return [pre, 'module=3 [http:ActionSendData] POST https://idv.example-verify.com/v2/checks 201 request.body=',
                jd({'reference': p['rec'], 'selfie': P('data:image/png;base64,' + png_b64(random.randint(150, 330)), 'photo'), 'document_type': 'state_id', 'document_number': P(p['dl'], 'license')})]
    if v == 0:
        out = {'sid': tw('SM'), 'to': PH(p, 'e164'), 'from': CLINIC_SMS, 'body': JS(sms_body(p)), 'status': 'queued', 'num_segments': '2',
               'direction': 'outbound-api', 'date_created': rfc2822(), 'messaging_service_sid': TW_MSVC, 'account_sid': TW_ACCT, 'price': None}
        return [pre, 'module=4 [twilio:CreateMessage] bundle=1 output=', jd(out)]
    if v == 1:
        f = {'Patient Name': N(p), 'DOB 🎂': DOB(p, 'iso'), 'Phone 📱': PH(p, 'paren'), 'ZIP': P(p['zip'], 'zip'), 'Clinic ID': P(p['mrn'], 'mrn'),
             'Status': random.choice(['Scheduled', 'Confirmed', 'No-show']), 'Next Appt 📅': ADATE(p, 'iso')}
        return [pre, 'module=2 [airtable:ActionSearchRecords] bundle=1 output=', jd({'id': p['rec'], 'createdTime': iso_z(T - timedelta(days=random.randint(3, 300))), 'fields': f})]
    if v == 2:
        bad = fmt_date(p['dob'], random.choice(['us2', 'dmy_dot', 'long']))
        return [pre, f'module=5 [airtable:ActionCreateRecord] RuntimeError: [422] INVALID_VALUE_FOR_COLUMN: Field "DOB 🎂" cannot accept the provided value "', P(bad, 'date'),
                f'" (record for ', N(p), ')']
    if v == 3:
        row = [f'{loc().month}/{loc().day}/{loc().year} {loc():%H:%M:%S}', N(p), DOB(p, 'us1'), PH(p, 'paren'), P(p['email'], 'email'), p['lang'], plan_str(p)]
        return [pre, f'module=3 [google-sheets:addRow] bundle=1 input={{"spreadsheetId":"{SHEET_ID}","sheetName":"Intake Responses","values":', jd(row), '}']
    a = p['device']
    return [pre, 'module=2 [airtable:ActionSearchRecords] bundle=1 output={"Device":"', a[0], '","Loaner Serial #":"', P(a[1], 'device'),
            '","Borrower":"', N(p), '","Due back":"', P(fmt_date(p['appt']['date'], 'iso'), 'date'), f'","Status":"Overdue"}}']


STATUS_OPTS = [('Scheduled', 'blueLight2'), ('Confirmed', 'cyanLight2'), ('Checked in', 'greenLight2'), ('Seen', 'grayLight2'), ('No-show', 'redLight2'), ('Waitlist', 'yellowLight2')]
STATUS_SEL = {n: at_id('sel') for n, _ in STATUS_OPTS}


def cells_status_pair():
    a, b = random.sample(STATUS_OPTS, 2)
    mk = lambda o: {FLD['Status']: {'id': STATUS_SEL[o[0]], 'name': o[0], 'color': o[1]}}
    return mk(a), mk(b)


def fam_airtable_webhook(phi):
    ach = random.choice(WEBHOOKS)
    n = random.randint(3000, 9000)
    pre = f'{iso_z()} airtable-webhooks '
    tbl = TBL[random.choice(TBLN[:3])]
    if not phi:
        v = random.randrange(5)
        if v == 0:
            return [pre, f'POST /airtable/notify 200 ', jd({'base': {'id': BASE}, 'webhook': {'id': ach}, 'timestamp': iso_z()})]
        if v == 1:
            s = staff()
            cur, prev = cells_status_pair()
            pl = {'timestamp': iso_z(), 'baseTransactionNumber': n, 'actionMetadata': {'source': 'client', 'sourceMetadata': {'user': {
                'id': at_id('usr'), 'email': staff_email(s), 'permissionLevel': 'edit', 'name': s[0].replace(', RN', ''),
                'profilePicUrl': f'https://static.airtable.com/images/userIcons/user_icon_{random.randint(1, 12)}.png'}}},
                'payloadFormat': 'v0', 'changedTablesById': {tbl: {'changedRecordsById': {at_id('rec'): {'current': {'cellValuesByFieldId': cur},
                                                                                                              'previous': {'cellValuesByFieldId': prev}}}}}}
            return [pre, f'GET /v0/bases/{BASE}/webhooks/{ach}/payloads?cursor={n} 200 ', jd({'payloads': [pl], 'cursor': n + 1, 'mightHaveMore': False, 'payloadFormat': 'v0'})]
        if v == 2:
            return [pre, f'POST /v0/bases/{BASE}/webhooks/{ach}/refresh 200 ', jd({'expirationTime': iso_z(T + timedelta(days=7))})]
        if v == 3:
            return [pre, f'POST /v0/bases/{BASE}/webhooks 200 ', jd({'id': at_id('ach'), 'macSecretBase64': rnd_b64(64), 'expirationTime': iso_z(T + timedelta(days=7))})]
        pl = {'timestamp': iso_z(), 'baseTransactionNumber': n, 'actionMetadata': {'source': 'automation', 'sourceMetadata': {'automationId': random.choice(AUTOMATIONS)[1]}},
              'payloadFormat': 'v0', 'changedTablesById': {tbl: {'destroyedRecordIds': [at_id('rec') for _ in range(random.randint(1, 3))]}}}
        return [pre, f'GET /v0/bases/{BASE}/webhooks/{ach}/payloads?cursor={n} 200 ', jd({'payloads': [pl], 'cursor': n + 1, 'mightHaveMore': False, 'payloadFormat': 'v0'})]
    p = pick()
    v = random.randrange(3)
    if v == 0:
        cells = {FLD['Patient Name']: N(p), FLD['DOB 🎂']: DOB(p, 'iso'), FLD['Phone 📱']: PH(p, 'intl'), FLD['Street Address 🏠']: P(p['street'], 'address'),
                 FLD['City']: P(p['city'], 'address'), FLD['ZIP']: P(p['zip'], 'zip'),
                 FLD['Preferred Language 🌐']: {'id': at_id('sel'), 'name': p['lang'], 'color': 'blueLight2'}}
        if p['ssn'] and random.random() < 0.6:
            cells[FLD['SSN (last 4 ok)']] = P(p['ssn'], 'ssn')
        pl = {'timestamp': iso_z(), 'baseTransactionNumber': n, 'actionMetadata': {'source': 'formSubmission', 'sourceMetadata': {'viewId': at_id('viw')}},
              'payloadFormat': 'v0', 'changedTablesById': {tbl: {'createdRecordsById': {p['rec']: {'createdTime': iso_z(), 'cellValuesByFieldId': cells}}}}}
        return [pre, f'GET /v0/bases/{BASE}/webhooks/{ach}/payloads?cursor={n} 200 ', jd({'payloads': [pl], 'cursor': n + 1, 'mightHaveMore': False, 'payloadFormat': 'v0'})]
    if v == 1:
        s = staff()
        old = phone10()
        pl = {'timestamp': iso_z(), 'baseTransactionNumber': n, 'actionMetadata': {'source': 'client', 'sourceMetadata': {'user': {
            'id': at_id('usr'), 'email': staff_email(s), 'permissionLevel': 'create', 'name': s[0]}}}, 'payloadFormat': 'v0',
            'changedTablesById': {tbl: {'changedRecordsById': {p['rec']: {
                'current': {'cellValuesByFieldId': {FLD['Phone 📱']: PH(p, 'paren')}},
                'previous': {'cellValuesByFieldId': {FLD['Phone 📱']: P(fmt_phone(old, 'paren'), 'phone')}},
                'unchanged': {'cellValuesByFieldId': {FLD['Patient Name']: N(p)}}}}}}}
        return [pre, f'GET /v0/bases/{BASE}/webhooks/{ach}/payloads?cursor={n} 200 ', jd({'payloads': [pl], 'cursor': n + 1, 'mightHaveMore': False, 'payloadFormat': 'v0'})]
    ec = p['ec']
    cells = {FLD['Emergency Contact 🆘']: JS(P(ec[0], 'name'), f' ({ec[1].lower()}) ', P(fmt_phone(ec[2] or p['phone'], 'dash'), 'phone')),
             FLD['Clinic ID']: P(p['mrn'], 'mrn')}
    if p['plan']:
        cells[FLD['Insurance 🏥']] = {'id': at_id('sel'), 'name': p['plan'][0], 'color': 'purpleLight2'}
        cells[FLD['Medicaid / Member ID']] = P(p['plan'][1], 'health_plan')
    pl = {'timestamp': iso_z(), 'baseTransactionNumber': n, 'actionMetadata': {'source': 'publicApi', 'sourceMetadata': {'user': {
        'id': at_id('usr'), 'email': f'automation-bot@{DOM}', 'permissionLevel': 'create'}}}, 'payloadFormat': 'v0',
        'changedTablesById': {tbl: {'changedRecordsById': {p['rec']: {'current': {'cellValuesByFieldId': cells}}}}}}
    return [pre, f'GET /v0/bases/{BASE}/webhooks/{ach}/payloads?cursor={n} 200 ', jd({'payloads': [pl], 'cursor': n + 1, 'mightHaveMore': False, 'payloadFormat': 'v0'})]


def fam_airtable_automation(phi):
    name, wfl = random.choice(AUTOMATIONS)
    t = loc()
    pre = f'[{t:%b} {t.day}, {t.year}, {t.strftime("%I:%M %p").lstrip("0")}] automation "{name}" ({wfl}) run '
    if not phi:
        v = random.randrange(6)
        if v == 0:
            return [pre, f'✅ Trigger: At a scheduled time · Action 1 "Find records" found {random.randint(0, 40)} records in Appointments 📅 · '
                         f'Action 2 "Run a script" ✅ {random.randint(1, 9)}.{random.randint(0, 9)}s']
        if v == 1:
            return [pre, f'console.log: Updated {random.randint(1, 50)} records in "Appointments 📅" (batch {random.randint(1, 3)}/3) tbl={TBL["Appointments 📅"]}']
        if v == 2:
            return [pre, f'❌ Action 2 "Send SMS (Twilio)" failed: Twilio error 21610 — Attempt to send to unsubscribed recipient. record={at_id("rec")}']
        if v == 3:
            s = staff()
            return [pre, f'✅ Action 1 "Update record" {at_id("rec")} Assigned Volunteer 🙋 → {s[0]} ({staff_email(s)})']
        if v == 4:
            return [pre, f'⚠️ Script exceeded 30s limit at line {random.randint(20, 140)}; {random.randint(1, 20)} of {random.randint(21, 60)} records processed (cursor {at_id("rec")})']
        return [pre, f'console.log: input.config() = {{"recordId":"{at_id("rec")}","tableId":"{TBL[random.choice(TBLN)]}","dryRun":false,"batchSize":50}}']
    p = pick()
    v = random.choice([0, 1, 2, 2, 3, 4, 5, 6, 7, 7, 8])
    if v == 0:
        d = {'Patient Name': N(p), 'DOB 🎂': DOB(p, 'iso'), 'Phone 📱': PH(p, 'e164'), 'Next Appt 📅': ADATE(p, 'iso'), 'Language 🌐': p['lang']}
        return [pre, 'console.log: ', jd(d)]
    if v == 1:
        bad = fmt_date(p['dob'], random.choice(['us2', 'dmy', 'usdash']))
        return [pre, f'console.error: Could not parse "DOB 🎂" for {p["rec"]}: "', P(bad, 'date'), '" — skipping']
    if v == 2:
        p = pick_maybe_old(0.8)
        d = {'Patient Name': N(p), 'Age': P(p['age'], 'age') if p['age'] > 89 else p['age'], 'Clinic ID': P(p['mrn'], 'mrn'),
             'Insurance 🏥': plan_str(p)}
        if p['plan']:
            d['Medicaid / Member ID'] = P(p['plan'][1], 'health_plan')
        return [pre, 'console.log: ', jd(d, sep=(', ', ': '))]
    if v == 3:
        a = p['device']
        return [pre, f'✅ Action 2 "Send email" to ', P(p['email'], 'email'), ' subject="Please return your ', a[0], '" body contains serial ',
                P(a[1], 'device'), ' (borrowed by ', N(p), ')']
    if v == 4:
        return [pre, f'✅ Action 3 "Send email" to ', P(p['email'], 'email'), ' subject="Recibo / Receipt – sliding fee" Billing Acct # ',
                P(p['acct'], 'account'), f' amount=$0.00 visit {p["appt"]["rec"]}']
    if v == 5:
        d = {'Patient Name': N(p), 'Plate 🚗': P(p['plate'], 'vehicle'), 'VIN': P(p['vin'], 'vehicle'), 'Program': 'Gas card / mileage reimbursement',
             'Miles': random.randint(4, 60)}
        return [pre, 'console.log: transport request ', jd(d)]
    if v == 7:
        slug = f'help-{fold(p["first"]).lower().split()[0]}-{fold(p["last"]).lower().split()[0].replace("-", "")}-' + random.choice(['with-dialysis', 'get-insulin', 'cancer-treatment', 'dental-surgery'])
        return [pre, 'console.log: Notes 🗒️ link found for ', p['rec'], ': ', P(f'https://www.gofundme.com/f/{slug}', 'url'), ' (social worker follow-up)']
    ec = p['ec']
    return [pre, '✅ Action 1 "Find records" Emergency Contact 🆘 = "', P(ec[0], 'name'), f' – {ec[1]} – ', P(fmt_phone(ec[2] or phone10(), 'paren'), 'phone'),
            '" for ', N(p, 'disp')]


def gas_legacy_ts():
    t = loc()
    return f'[{t:%y-%m-%d %H:%M:%S}:{T.microsecond // 1000:03d} CDT] '


def fam_gas_logger(phi):
    legacy = random.random() < 0.5
    if legacy:
        pre = gas_legacy_ts()
    else:
        pre = f'{ampm(loc())}\t{random.choice(["Info", "Info", "Info", "Notice"]) if not phi else "Info"}\t'
    if not phi:
        v = random.randrange(6)
        if v == 0:
            return [pre, f"onFormSubmit: appended row {random.randint(200, 900)} to 'Intake Responses' ({SHEET_ID})"]
        if v == 1:
            return [f'{ampm(loc())}\tNotice\t{random.choice(["Execution started", "Execution completed"])}']
        if v == 2:
            return [f'{ampm(loc())}\tError\tException: Service invoked too many times for one day: email. at sendConfirmation(Code:{random.randint(60, 140)}:13)']
        if v == 3:
            return [pre, f'Trigger {random.randint(1000000000, 9999999999)} (onFormSubmit) fired for form {GFORM_ID}; quota remaining MailApp={random.randint(0, 100)}']
        if v == 4:
            return [pre, f'UrlFetchApp POST https://api.airtable.com/v0/{BASE}/{TBL["Intake Queue 📝"]} -> 200 ({random.randint(200, 1500)} ms) id={at_id("rec")}']
        return [pre, f'LockService: waited {random.randint(1, 29)}s for script lock; PropertiesService lastRow={random.randint(200, 900)}']
    p = pick()
    v = random.choice([0, 1, 2, 2, 3, 4, 5, 5])
    if v == 0:
        if legacy:
            return [pre, 'namedValues={Timestamp=[', f'{loc().month}/{loc().day}/{loc().year} {loc():%H:%M:%S}', '], Full name=[', N(p), '], Date of birth=[',
                    DOB(p, 'us1'), '], Phone=[', PH(p, 'paren'), '], Email Address=[', P(p['email'], 'email'), f'], Preferred language=[{p["lang"]}]}}']
        return [pre, "{ Timestamp: [ '", f'{loc().month}/{loc().day}/{loc().year} {loc():%H:%M:%S}', "' ],\\n  'Full name': [ '", N(p), "' ],\\n  'Date of birth': [ '",
                DOB(p, 'us1'), "' ],\\n  Phone: [ '", PH(p, 'dash'), "' ],\\n  'Home address': [ '", P(p['street'], 'address'), ', ', P(p['city'], 'address'),
                ' IL ', P(p['zip'], 'zip'), "' ] }"]
    if v == 1:
        return [pre, 'MailApp.sendEmail to=', P(p['email'], 'email'), ' subject="Northside Free Clinic – intake received / registro recibido" name=', N(p), ' remainingDailyQuota=',
                str(random.randint(1, 99))]
    if v == 2:
        url = (f'https://docs.google.com/forms/d/e/{GFORM_E}/viewform?usp=pp_url&entry.{random.randint(100000000, 999999999)}='
               + qp(p['full']) + f'&entry.{random.randint(100000000, 999999999)}=' + fmt_date(p['dob'], 'iso'))
        return [pre, f'prefill link for {p["rec"]}: ', P(url, 'url')]
    if v == 3:
        return [pre, 'kiosk photo captured for ', P(p['mrn'], 'mrn'), ' dataUrl=', P('data:image/jpeg;base64,' + jpeg_b64(random.randint(180, 420)), 'photo')]
    if v == 4:
        return [pre, f'Row {random.randint(200, 900)}: duplicate check matched existing patient ', P(p['mrn'], 'mrn'), ' on phone ', PH(p, 'raw'), ' + DOB ', DOB(p, 'iso')]
    return [pre, 'eligibility: household=', str(random.randint(1, 7)), ' income=$', f'{random.randint(800, 3800)}/mo FPL%={random.randint(40, 240)} county=',
            P('Cook County', 'address'), ' ssn=', P(p['ssn'] or p['itin'] or ssn(), 'ssn' if p['ssn'] or not p['itin'] else 'other_id'), ' -> sliding fee tier ', random.choice('ABCD')]


def fam_gas_stackdriver(phi):
    fn = random.choice(['onFormSubmit', 'sendReminders', 'syncToAirtable', 'doPost', 'nightlyDedupe'])
    base = lambda payload_key, payload, sev: {
        'insertId': f'-{rs(string.ascii_lowercase + string.digits, 10)}', payload_key: payload,
        'resource': {'type': 'app_script_function', 'labels': {'project_id': GPROJ, 'function_name': fn, 'invocation_type': random.choice(['trigger', 'web app', 'editor'])}},
        'timestamp': iso_z(), 'severity': sev,
        'labels': {'script.googleapis.com/process_id': 'EAEA1GO' + rs(B62 + '-_', 60), 'script.googleapis.com/project_key': 'M' + rs(B62 + '-_', 32),
                   'script.googleapis.com/deployment_id': GSCRIPT[:40]},
        'logName': f'projects/{GPROJ}/logs/script.googleapis.com%2Fconsole_logs', 'receiveTimestamp': iso_us(T + timedelta(milliseconds=random.randint(100, 900)))}
    if not phi:
        v = random.randrange(4)
        if v == 0:
            return [jd(base('textPayload', f'{fn} processed {random.randint(0, 60)} rows in {random.randint(200, 9000)} ms', 'INFO'))]
        if v == 1:
            return [jd(base('jsonPayload', {'message': 'Airtable upsert', 'recordId': at_id('rec'), 'status': 200, 'attempt': random.randint(1, 3), 'serviceContext': {'service': GSCRIPT}}, 'DEBUG'))]
        if v == 2:
            return [jd(base('textPayload', f'Exception: Request failed for https://api.twilio.com returned code 429. Truncated server response: {{"code": 20429, "message": "Too Many Requests", "more_info": "https://www.twilio.com/docs/errors/20429", "status": 429}} (use muteHttpExceptions option to examine full response)', 'ERROR'))]
        return [jd(base('jsonPayload', {'message': 'quota', 'mailRemaining': random.randint(0, 100), 'urlFetchCalls': random.randint(100, 19000), 'serviceContext': {'service': GSCRIPT}}, 'INFO'))]
    p = pick()
    v = random.randrange(4)
    if v == 0:
        pl = {'message': 'new intake', 'row': random.randint(200, 900), 'patient': {'name': N(p), 'dob': DOB(p, 'iso'), 'phone': PH(p, 'e164')}, 'serviceContext': {'service': GSCRIPT}}
        return [jd(base('jsonPayload', pl, 'INFO'))]
    if v == 1:
        return [jd(base('textPayload', JS('Reminder SMS queued for ', N(p), ' <', PH(p, 'e164'), '> appt ', ADATE(p, 'iso'), ' ', p['appt']['time'], ' site=', p['appt']['site']['name']), 'INFO'))]
    if v == 2:
        pl = {'message': 'kiosk face enrolment', 'clinicId': P(p['mrn'], 'mrn'), 'templateVersion': 'arcface-r100-v2', 'faceTemplate': P(rnd_b64(random.randint(120, 200)), 'biometric'), 'serviceContext': {'service': GSCRIPT}}
        return [jd(base('jsonPayload', pl, 'DEBUG'))]
    return [jd(base('textPayload', JS('TypeError: Cannot read properties of undefined (reading \'getValue\') while mapping address "', P(p['street'], 'address'), ', ', P(p['city'], 'address'), ', IL ', P(p['zip'], 'zip'), '" at mapRow(Code:212:31)'), 'ERROR'))]


def gform_answer(qid, val):
    return {'questionId': qid, 'textAnswers': {'answers': [{'value': val}]}}


def fam_gforms(phi):
    rid = 'ACYDBN' + rs(B62 + '-_', 60)
    ct = T - timedelta(seconds=random.randint(2, 30))
    if not phi:
        v = random.randrange(3)
        if v == 0:
            msg = {'message': {'attributes': {'eventType': 'RESPONSES', 'formId': GFORM_ID, 'watchId': rs(B62 + '-_', 20)},
                               'messageId': digits(16), 'publishTime': iso_z()}, 'subscription': f'projects/{GPROJ}/subscriptions/forms-responses-sub'}
            return [f'{iso_z()} forms-watch pubsub push ', jd(msg)]
        if v == 1:
            d = {'responseId': rid, 'createTime': iso_z(ct), 'lastSubmittedTime': iso_z(ct),
                 'answers': {QIDS['rating']: gform_answer(QIDS['rating'], str(random.randint(1, 5))),
                             QIDS['visit']: gform_answer(QIDS['visit'], random.choice(['Pilsen', 'Albany Park', 'Rogers Park'])),
                             QIDS['comment']: gform_answer(QIDS['comment'], random.choice(['Muy buena atención, gracias', 'Wait was long but staff were kind', 'Interpreter was very helpful', 'n/a']))}}
            return [f'{iso_z()} forms-api GET /v1/forms/{GFORM_ID}/responses/{rid[:12]}… 200 ', jd(d)]
        return [f'{iso_z()} forms-api GET /v1/forms/{GFORM_ID}/responses?pageSize=50 200 responses={random.randint(0, 50)} nextPageToken={rs(B62, 24)}']
    p = pick()
    v = random.randrange(3)
    ans = {QIDS['name']: gform_answer(QIDS['name'], N(p)), QIDS['dob']: gform_answer(QIDS['dob'], DOB(p, 'iso'))}
    if v == 0:
        p = pick_maybe_old(0.3)
        ans = {QIDS['name']: gform_answer(QIDS['name'], N(p)), QIDS['dob']: gform_answer(QIDS['dob'], DOB(p, 'iso'))}
        ans[QIDS['phone']] = gform_answer(QIDS['phone'], PH(p, 'paren'))
        ans[QIDS['addr']] = gform_answer(QIDS['addr'], JS(P(p['street'], 'address'), ', ', P(p['city'], 'address'), ', IL ', P(p['zip'], 'zip')))
        ans[QIDS['lang']] = gform_answer(QIDS['lang'], p['lang'])
        ans[QIDS['county']] = gform_answer(QIDS['county'], P('Cook', 'address'))
        ans[QIDS['hh']] = gform_answer(QIDS['hh'], P(str(p['age']), 'age') if p['age'] > 89 else str(p['age']))
    elif v == 1:
        ans[QIDS['plate']] = gform_answer(QIDS['plate'], P(p['plate'], 'vehicle'))
        ans[QIDS['vin']] = gform_answer(QIDS['vin'], P(p['vin'], 'vehicle'))
        ans[QIDS['visit']] = gform_answer(QIDS['visit'], ADATE(p, 'iso'))
    else:
        if p['curp']:
            ans[QIDS['ssn']] = gform_answer(QIDS['ssn'], P(p['curp'], 'other_id'))
        elif p['dpi']:
            ans[QIDS['ssn']] = gform_answer(QIDS['ssn'], P(p['dpi'], 'other_id'))
        elif p['ssn']:
            ans[QIDS['ssn']] = gform_answer(QIDS['ssn'], P(p['ssn'], 'ssn'))
        else:
            ans[QIDS['ssn']] = gform_answer(QIDS['ssn'], P(p['itin'], 'other_id') if p['itin'] else 'No tengo / none')
        ans[QIDS['income']] = gform_answer(QIDS['income'], str(random.randint(900, 3500)))
        ans[QIDS['hh']] = gform_answer(QIDS['hh'], str(random.randint(1, 6)))
    d = {'responseId': rid, 'createTime': iso_z(ct), 'lastSubmittedTime': iso_z(ct)}
    if random.random() < 0.5:
        d['respondentEmail'] = P(p['email'], 'email')
    d['answers'] = ans
    return [f'{iso_z()} forms-api GET /v1/forms/{GFORM_ID}/responses/{rid[:12]}… 200 ', jd(d)]


def twilio_status_pairs(to, status, sid):
    pr = [('ApiVersion', '2010-04-01'), ('AccountSid', TW_ACCT), ('From', CLINIC_SMS), ('MessageSid', sid), ('MessageStatus', status),
          ('MessagingServiceSid', TW_MSVC), ('SmsSid', sid), ('SmsStatus', status), ('To', to)]
    if status in ('undelivered', 'failed'):
        pr.append(('ErrorCode', random.choice(['30003', '30005', '30006', '30007', '30008'])))
    if status == 'delivered' and random.random() < 0.5:
        pr.append(('RawDlrDoneDate', loc().strftime('%y%m%d%H%M')))
    return pr


def fam_twilio_sms(phi):
    status = random.choice(['sent', 'delivered', 'delivered', 'undelivered', 'failed', 'queued'])
    sid = tw('SM')
    style = random.randrange(3)
    if not phi:
        v = random.randrange(4)
        if v == 0:
            return [f'{iso_z()} info: POST /twilio/sms-status 204 {random.randint(2, 40)}.{random.randint(100, 999)} ms - sid={sid} status={status} msvc={TW_MSVC} latency={random.randint(1, 9)}.{random.randint(0, 9)}s']
        if v == 1:
            body = form(twilio_status_pairs(ONCALL, status, sid))
            return [f'{iso_z()} info: POST /twilio/sms-status?kind=oncall-alert 204 - body=', body]
        if v == 2:
            return [f'{iso_z()} info: POST /twilio/voice-status 204 - CallSid={tw("CA")} CallStatus=completed Direction=inbound To={fmt_phone("7735550100", "e164")} '
                    f'CallDuration={random.randint(5, 400)} RecordingSid=- ForwardedFrom=-']
        return [f'{iso_z()} warn: POST /twilio/sms-status 403 - X-Twilio-Signature mismatch sig={rnd_b64(20)} url=https://relay.{DOM}/twilio/sms-status src={random.choice(VENDOR_IPS["Twilio"])}']
    p = pick()
    v = random.randrange(3)
    if v == 0:
        pr = twilio_status_pairs(PH(p, 'e164'), status, sid)
        if style == 0:
            return [f'{iso_z()} info: POST /twilio/sms-status 204 - body=', form(pr)]
        if style == 1:
            return [f'{loc():%Y-%m-%d %H:%M:%S},{T.microsecond // 1000:03d} INFO flask.app request.form=ImmutableMultiDict([',
                    [[', ' if i else '', f"('{k}', '", v_, "')"] for i, (k, v_) in enumerate(pr)], '])']
        return [f'{iso_z()} make-webhook bundle ', jd({k: v_ for k, v_ in pr})]
    if v == 1:
        body = random.choice(['SI', 'Sí', 'YES', 'No puedo ir, puedo cambiar?', 'STOP', 'C', 'yes pls', 'Cancel', 'Who is this?'])
        pr = [('ToCountry', 'US'), ('ToState', 'IL'), ('SmsMessageSid', sid), ('NumMedia', '0'), ('ToCity', 'CHICAGO'),
              ('FromZip', P(p['zip'], 'zip') if random.random() < 0.5 else ''), ('SmsSid', sid),
              ('FromState', 'IL'), ('SmsStatus', 'received'), ('FromCity', P(p['city'].upper(), 'address') if random.random() < 0.5 else ''),
              ('Body', body), ('FromCountry', 'US'), ('To', CLINIC_SMS), ('MessagingServiceSid', TW_MSVC), ('ToZip', '60608'), ('NumSegments', '1'),
              ('MessageSid', sid), ('AccountSid', TW_ACCT), ('From', PH(p, 'e164')), ('ApiVersion', '2010-04-01')]
        pr = [(k, v_) for k, v_ in pr if v_ != '']
        return [f'{iso_z()} info: POST /twilio/sms-inbound 200 - body=', form(pr)]
    return [f'{iso_z()} info: POST /twilio/sms-status 204 - MMS ', form([('MessageSid', tw('MM')), ('MessageStatus', 'delivered'), ('To', PH(p, 'e164')),
                                                                          ('From', CLINIC_SMS2), ('NumMedia', '1'), ('AccountSid', TW_ACCT)])]


def fam_twilio_debugger(phi):
    code = random.choice(['30003', '30005', '30006', '30007', '30008', '11200', '21610', '21211', '82002'])
    msgs = {'30003': 'Unreachable destination handset', '30005': 'Unknown destination handset', '30006': 'Landline or unreachable carrier',
            '30007': 'Message filtered', '30008': 'Unknown error', '11200': 'HTTP retrieval failure', '21610': 'Attempt to send to unsubscribed recipient',
            '21211': "Invalid 'To' Phone Number", '82002': 'Error on Twilio Function response'}
    more = {'msg': msgs[code], 'ErrorCode': code, 'LogLevel': 'ERROR' if code[0] in '18' else 'WARNING'}
    if code == '11200':
        more.update({'url': f'https://relay.{DOM}/twilio/sms-status', 'httpResponse': random.choice(['502', '504', '500']), 'sourceComponent': '14100'})
    elif code == '82002':
        more.update({'sourceComponent': '14200', 'serviceSid': 'ZS' + hx(32), 'functionSid': 'ZH' + hx(32)})
    else:
        more['sourceComponent'] = '14101'
        if phi:
            more['To'] = PH(pick(), 'e164')
    d = {'account_sid': TW_ACCT, 'date_created': iso_s(), 'error_code': code, 'log_level': more['LogLevel'].lower(),
         'more_info': more, 'parent_account_sid': None, 'parent_sid': None, 'request_method': 'POST',
         'resource_sid': tw('SM'), 'sid': tw('NO'), 'service_sid': None}
    if phi and 'To' not in more:
        p = pick()
        more['To'] = PH(p, 'e164')
    if not phi and random.random() < 0.3:
        return [f'{iso_z()} twilio-debugger alert sid={d["sid"]} code={code} "{msgs[code]}" resource={d["resource_sid"]} level={d["log_level"]}']
    return [f'{iso_z()} twilio-debugger POST /twilio/debugger 200 Payload=', jd(d)]


def fam_twilio_studio(phi):
    fw, fname = random.choice(FLOWS)
    fn = tw('FN')
    ft = tw('FT')
    widget = random.choice([('send_reminder', 'send-message'), ('wait_reply', 'send-and-wait-for-reply'), ('split_reply', 'split-based-on'),
                            ('http_airtable_lookup', 'make-http-request'), ('connect_frontdesk', 'connect-call-to')])
    if not phi:
        v = random.randrange(3)
        if v == 0:
            return [f'{iso_z()} studio flow={fw} "{fname}" execution={fn} step={ft} widget={widget[0]} ({widget[1]}) '
                    f'transitioned_from={random.choice(["Trigger", "send_reminder", "wait_reply"])} transitioned_to={random.choice(["split_reply", "confirm_msg", "Ended"])}']
        if v == 1:
            return [f'{iso_z()} studio flow={fw} execution={fn} status={random.choice(["ended", "active"])} steps={random.randint(2, 9)} '
                    f'http_airtable_lookup status_code=200 elapsed={random.randint(120, 2200)}ms url=https://api.airtable.com/v0/{BASE}/{TBL["Appointments 📅"]}/{at_id("rec")}']
        d = {'sid': ft, 'account_sid': TW_ACCT, 'flow_sid': fw, 'execution_sid': fn, 'parent_step_sid': None, 'name': widget[0],
             'context': {'widgets': {'split_reply': {'Body': random.choice(['YES', 'NO'])}}}, 'transitioned_from': 'wait_reply', 'transitioned_to': 'Ended',
             'date_created': iso_s(), 'date_updated': iso_s(), 'url': f'https://studio.twilio.com/v2/Flows/{fw}/Executions/{fn}/Steps/{ft}'}
        return [f'{iso_z()} studio-api ', jd(d)]
    p = pick()
    v = random.randrange(3)
    a = p['appt']
    if v == 0:
        ctx = {'flow': {'flow_sid': fw, 'channel': {'address': CLINIC_SMS}, 'data': {'first_name': N(p, 'first'), 'appt_date': ADATE(p, 'iso'), 'appt_time': a['time'],
                                                                                         'site': a['site']['name'], 'record_id': a['rec']}},
               'contact': {'channel': {'address': PH(p, 'e164')}}}
        d = {'sid': ft, 'account_sid': TW_ACCT, 'flow_sid': fw, 'execution_sid': fn, 'name': 'send_reminder', 'context': ctx,
             'transitioned_from': 'Trigger', 'transitioned_to': 'wait_reply', 'date_created': iso_s()}
        return [f'{iso_z()} studio-api ', jd(d)]
    if v == 1:
        return [f'{iso_z()} studio flow={fw} execution={fn} widget=wait_reply inbound From=', PH(p, 'e164'), f' Body="{random.choice(["SI", "YES", "NO", "1", "2"])}" contact.channel.address=',
                PH(p, 'e164')]
    return [f'{iso_z()} studio flow={fw} execution={fn} widget=http_airtable_lookup response.body=',
            jd({'records': [{'id': p['rec'], 'fields': {'Patient Name': N(p), 'Phone 📱': PH(p, 'e164'), 'Next Appt 📅': ADATE(p, 'iso'), 'Clinic ID': P(p['mrn'], 'mrn')}}]})]


def sg_ids():
    base = f'{hx(11)}.{hx(3)}.{hx(6)}'
    return f'<{base}@ismtpd-{random.randint(1, 900)}>', rs(B62 + '-_', 22), f'{rs(B62 + "-_", 22)}.filterdrecv-{hx(10)}-{rs(string.ascii_lowercase, 5)}-1-{hx(8).upper()}-{hx(2).upper()}-0'


def fam_sendgrid(phi):
    pre = f'{iso_z()} sendgrid-events POST /webhooks/sendgrid 200 '
    if not phi:
        v = random.randrange(3)
        if v == 0:
            return [pre, f'events={random.randint(1, 40)} X-Twilio-Email-Event-Webhook-Signature={rnd_b64(70)} X-Twilio-Email-Event-Webhook-Timestamp={epoch()}']
        evs = []
        for _ in range(random.randint(1, 2)):
            smtp, eid, mid = sg_ids()
            to = random.choice([staff_email(staff()), f'volunteers@{DOM}', f'pilsen-leads@{DOM}'])
            evs.append({'email': to, 'timestamp': epoch() - random.randint(0, 60), 'smtp-id': smtp, 'event': random.choice(['processed', 'delivered', 'open']),
                        'category': ['staff-digest'], 'sg_event_id': eid, 'sg_message_id': mid})
        return [pre, jd(evs)]
    p = pick()
    evs = []
    for _ in range(random.randint(1, 2)):
        smtp, eid, mid = sg_ids()
        ev = random.choice(['delivered', 'open', 'click', 'bounce', 'processed', 'dropped'])
        e = {'email': P(p['email'], 'email'), 'timestamp': epoch() - random.randint(0, 60), 'smtp-id': smtp, 'event': ev,
             'category': [random.choice(['intake-confirmation', 'appt-reminder', 'lab-results-ready'])], 'sg_event_id': eid, 'sg_message_id': mid}
        if ev in ('open', 'click'):
            e['useragent'] = random.choice(['Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
                                            'Mozilla/5.0 (Linux; Android 13; SM-A136U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Mobile Safari/537.36'])
            e['ip'] = P(p['ip'], 'ip')
        if ev == 'click':
            e['url'] = f'https://{DOM}/appt/confirm?t={rs(B62, 24)}'
        if ev == 'bounce':
            e.update({'reason': '550 5.1.1 The email account that you tried to reach does not exist.', 'status': '5.1.1', 'type': 'bounce'})
        if ev == 'dropped':
            e['reason'] = 'Bounced Address'
        e['airtable_record'] = p['rec']
        if random.random() < 0.5:
            e['patient_id'] = P(p['mrn'], 'mrn')
        evs.append(e)
    return [pre, jd(evs)]


def fam_mailchimp(phi):
    ts = f'[{T:%d-%b-%Y %H:%M:%S} UTC] '
    fired = T.strftime('%Y-%m-%d %H:%M:%S')
    decoded = random.random() < 0.4
    enc = (lambda s: s) if decoded else qp

    def body(pairs):
        if decoded:
            out = []
            for i, (k, v) in enumerate(pairs):
                out += [('&' if i else '') + k + '=', v]
            return out
        return form(pairs)
    if not phi:
        v = random.randrange(2)
        if v == 0:
            lid = MC_LISTS[0][0]
            pairs = [('type', 'campaign'), ('fired_at', fired), ('data[id]', hx(10)), ('data[subject]', random.choice(['Free flu shots this Saturday', 'Vacunas gratis este sábado', 'March health tips: heart health'])),
                     ('data[status]', 'sent'), ('data[reason]', ''), ('data[list_id]', lid)]
            return [ts, 'mailchimp webhook ', body(pairs)]
        return [ts, f'mailchimp webhook GET /hooks/mailchimp 200 (validator ping) list={random.choice(MC_LISTS)[0]} ua=MailChimp.com WebHook Validator src={random.choice(VENDOR_IPS["Mailchimp"])}']
    p = pick()
    lid = MC_LISTS[0][0]
    typ = random.choice(['subscribe', 'profile', 'unsubscribe', 'cleaned', 'upemail'])
    pairs = [('type', typ), ('fired_at', fired)]
    if typ in ('subscribe', 'profile', 'unsubscribe'):
        pairs += [('data[id]', hx(10)), ('data[list_id]', lid), ('data[email]', P(p['email'], 'email')), ('data[email_type]', 'html'),
                  ('data[merges][EMAIL]', P(p['email'], 'email')), ('data[merges][FNAME]', N(p, 'first')), ('data[merges][LNAME]', N(p, 'last'))]
        if typ != 'unsubscribe':
            pairs += [('data[merges][PHONE]', PH(p, 'dash')), ('data[merges][BIRTHDAY]', P(p['dob'].strftime('%m/%d'), 'date')),
                      ('data[merges][ADDRESS][addr1]', P(p['street'], 'address')), ('data[merges][ADDRESS][city]', P(p['city'], 'address')),
                      ('data[merges][ADDRESS][state]', 'IL'), ('data[merges][ADDRESS][zip]', P(p['zip'], 'zip')), ('data[merges][MMERGE6]', p['lang'])]
            pairs += [('data[ip_opt]', P(p['ip'], 'ip')), ('data[ip_signup]', P(p['ip'], 'ip') if random.random() < 0.5 else '')]
        else:
            pairs += [('data[action]', 'unsub'), ('data[reason]', 'manual'), ('data[campaign_id]', hx(10))]
        pairs.append(('data[web_id]', str(random.randint(100000000, 999999999))))
    elif typ == 'cleaned':
        pairs += [('data[list_id]', lid), ('data[campaign_id]', hx(10)), ('data[reason]', random.choice(['hard', 'abuse'])), ('data[email]', P(p['email'], 'email'))]
    else:
        old = f"{fold(p['first']).lower().split()[0]}{random.randint(70, 99)}@{random.choice(EMAIL_DOM)}"
        pairs += [('data[list_id]', lid), ('data[new_id]', hx(10)), ('data[new_email]', P(p['email'], 'email')), ('data[old_email]', P(old, 'email'))]
    return [ts, 'mailchimp webhook ', body(pairs)]


def cal_uri(kind, a=None):
    return f'https://api.calendly.com/{kind}/{a or rs(UPP, 16)}'


def fam_calendly(phi):
    pre = f'{iso_z()} calendly-webhook '
    if not phi:
        v = random.randrange(4)
        if v == 0:
            return [pre, f'signature ok Calendly-Webhook-Signature=t={epoch()},v1={hx(64)} event=invitee.created subscription={cal_uri("webhook_subscriptions", uuid4())}']
        if v == 1:
            return [pre, f'GET /scheduled_events?organization={cal_uri("organizations", CAL_ORG)}&min_start_time={TODAY.isoformat()}T00:00:00Z&count=100 200 collection={random.randint(0, 100)} next_page_token={rs(B62, 32)}']
        if v == 2:
            return [pre, f'WARN signature verification failed: expected v1={hx(64)} got v1={hx(64)} t={epoch() - random.randint(200, 900)} (tolerance 180s) -> 401']
        s = staff()
        et = CAL_ETYPES[3]
        st = T + timedelta(days=random.randint(2, 12))
        d = {'created_at': iso_us(), 'created_by': cal_uri('users', CAL_USERS['jreyesblake']), 'event': 'invitee.created',
             'payload': {'email': staff_email(s), 'name': s[0], 'event': cal_uri('scheduled_events'), 'status': 'active', 'timezone': 'America/Chicago',
                         'scheduled_event': {'name': et[1], 'start_time': st.strftime('%Y-%m-%dT18:00:00.000000Z'), 'event_type': cal_uri('event_types', et[0])}}}
        return [pre, jd(d)]
    p = pick()
    a = p['appt']
    s = staff()
    et = random.choice(CAL_ETYPES[:3])
    inv = rs(UPP, 16)
    ev = rs(UPP, 16)
    h = random.choice([14, 15, 16, 19, 20, 22])
    start = [ADATE(p, 'iso'), f'T{h}:00:00.000000Z']
    end = [ADATE(p, 'iso'), f'T{h}:30:00.000000Z']
    typ = random.choice(['invitee.created', 'invitee.created', 'invitee.canceled'])
    qa = [{'answer': DOB(p, random.choice(['us', 'us1', 'long'])), 'position': 0, 'question': 'Date of birth / Fecha de nacimiento'},
          {'answer': p['lang'], 'position': 1, 'question': 'Preferred language'}]
    if random.random() < 0.4 and p['plan']:
        qa.append({'answer': P(p['plan'][1], 'health_plan'), 'position': 2, 'question': 'Medicaid / insurance ID (if any)'})
    pl = {'cancel_url': f'https://calendly.com/cancellations/{inv}', 'created_at': iso_us(), 'email': P(p['email'], 'email'),
          'event': cal_uri('scheduled_events', ev), 'first_name': None, 'last_name': None, 'name': N(p), 'new_invitee': None, 'no_show': None,
          'old_invitee': None, 'payment': None, 'questions_and_answers': qa, 'reconfirmation': None,
          'reschedule_url': f'https://calendly.com/reschedulings/{inv}', 'rescheduled': False, 'routing_form_submission': None,
          'scheduled_event': {'created_at': iso_us(), 'end_time': JS(end), 'event_guests': [],
                              'event_memberships': [{'user': cal_uri('users', CAL_USERS[s[1]]), 'user_email': staff_email(s), 'user_name': s[0]}],
                              'event_type': cal_uri('event_types', et[0]), 'invitees_counter': {'active': 1, 'limit': 1, 'total': 1},
                              'location': {'location': a['site']['addr'], 'type': 'physical'}, 'name': et[1], 'start_time': JS(start),
                              'status': 'active' if typ == 'invitee.created' else 'canceled', 'updated_at': iso_us(), 'uri': cal_uri('scheduled_events', ev)},
          'status': 'active' if typ == 'invitee.created' else 'canceled', 'text_reminder_number': PH(p, 'sp') if random.random() < 0.6 else None,
          'timezone': 'America/Chicago', 'tracking': {'utm_campaign': None, 'utm_source': random.choice(['sms', 'flyer', None])},
          'updated_at': iso_us(), 'uri': cal_uri(f'scheduled_events/{ev}/invitees', inv)}
    if typ == 'invitee.canceled':
        pl['cancellation'] = {'canceled_by': p['full'] and N(p), 'reason': random.choice(['No tengo transporte', 'Feeling better', 'Work shift changed']), 'canceler_type': 'invitee'}
    d = {'created_at': iso_us(), 'created_by': cal_uri('users', CAL_USERS[s[1]]), 'event': typ, 'payload': pl}
    return [pre, jd(d)]


def fam_acuity(phi):
    aid = random.randint(1100000000, 1299999999)
    cal = random.choice(ACUITY_CALS)
    at = random.choice(ACUITY_TYPES)
    if not phi:
        v = random.randrange(3)
        act = random.choice(['scheduled', 'rescheduled', 'canceled', 'changed', 'order.completed'])
        if v == 0:
            return [f'{iso_z()} acuity-webhook POST /hooks/acuity 200 body=', form([('action', f'appointment.{act}' if '.' not in act else act), ('id', str(aid)),
                                                                                     ('calendarID', str(cal[0])), ('appointmentTypeID', str(at[0]))])]
        if v == 1:
            return [f'{iso_z()} acuity-webhook x-acuity-signature={rnd_b64(32)} verified=true src={VENDOR_IPS["Acuity"][0]} id={aid}']
        return [f'{iso_z()} acuity-api GET https://acuityscheduling.com/api/v1/availability/times?appointmentTypeID={at[0]}&calendarID={cal[0]}&date={(TODAY + timedelta(days=random.randint(1, 20))).isoformat()} 200 slots={random.randint(0, 16)}']
    p = pick_maybe_old(0.3)
    a = p['appt']
    d_ = a['date']
    h = random.choice([9, 10, 13, 14, 15])
    vals = [{'id': random.randint(1000000000, 1999999999), 'fieldID': 12874401, 'value': DOB(p, 'us'), 'name': 'Date of Birth'},
            {'id': random.randint(1000000000, 1999999999), 'fieldID': 12874402, 'value': p['lang'], 'name': 'Preferred language'}]
    r = random.random()
    if r < 0.25:
        vals.append({'id': random.randint(1000000000, 1999999999), 'fieldID': 12874410, 'value': P(p['dl'], 'license'), 'name': "Driver's license / State ID #"})
    elif r < 0.45:
        vals.append({'id': random.randint(1000000000, 1999999999), 'fieldID': 12874411, 'value': P(fmt_phone(p['fax'], 'paren'), 'fax'), 'name': 'Fax (if you prefer records by fax)'})
    elif r < 0.6 or p['age'] > 89:
        vals.append({'id': random.randint(1000000000, 1999999999), 'fieldID': 12874412, 'value': P(str(p['age']), 'age') if p['age'] > 89 else str(p['age']), 'name': 'Age'})
    elif r < 0.75 and p['plan']:
        vals.append({'id': random.randint(1000000000, 1999999999), 'fieldID': 12874413, 'value': P(p['plan'][1], 'health_plan'), 'name': 'Insurance member ID'})
    d = {'id': aid, 'firstName': N(p, 'first'), 'lastName': N(p, 'last'), 'phone': PH(p, random.choice(['raw', 'paren', 'dash'])), 'email': P(p['email'], 'email'),
         'date': P(f'{d_:%B} {d_.day}, {d_.year}', 'date'), 'time': f'{(h - 1) % 12 + 1}:00{"am" if h < 12 else "pm"}', 'endTime': f'{(h - 1) % 12 + 1}:30{"am" if h < 12 else "pm"}',
         'dateCreated': f'{loc():%B} {loc().day}, {loc().year}', 'datetimeCreated': (loc()).strftime('%Y-%m-%dT%H:%M:%S-0500'),
         'datetime': JS(P(d_.isoformat(), 'date'), f'T{h:02d}:00:00-0500'), 'price': '0.00', 'priceSold': '0.00', 'paid': 'no', 'amountPaid': '0.00',
         'type': at[1], 'appointmentTypeID': at[0], 'classID': None, 'addonIDs': [], 'category': '', 'duration': '30', 'calendar': cal[1], 'calendarID': cal[0],
         'certificate': None, 'confirmationPage': f'https://app.acuityscheduling.com/schedule.php?owner={ACUITY_OWNER}&action=appt&id%5B%5D={hx(32)}',
         'location': a['site']['addr'], 'notes': '', 'timezone': 'America/Chicago', 'calendarTimezone': 'America/Chicago', 'canceled': False,
         'canClientCancel': True, 'canClientReschedule': True, 'labels': None,
         'forms': [{'id': 2291034, 'name': 'Intake questions', 'values': vals}]}
    return [f'{iso_z()} acuity-api GET /api/v1/appointments/{aid} 200 ', jd(d)]


def fam_jotform(phi):
    fid, ftitle = random.choice(JF_FORMS[:2]) if phi else random.choice(JF_FORMS)
    sub = str(random.randint(5800000000000000000, 5899999999999999999))
    pre = f'{iso_z()} jotform-webhook '
    if not phi:
        v = random.randrange(4)
        if v == 0:
            return [pre, f'GET https://api.jotform.com/form/{fid}/submissions?limit=100&offset={random.choice([0, 100, 200])} 200 resultSet.count={random.randint(0, 100)} limit-left={random.randint(100, 1000)}']
        if v == 1:
            return [pre, f'form {fid} "{ftitle}" monthly submissions {random.randint(700, 999)}/1000 (Bronze plan) — 80% usage warning sent to it-alerts@{DOM}']
        if v == 2:
            s = staff()
            raw = {'slug': f'submit/{JF_FORMS[2][0]}/', 'q3_volunteerName': {'first': s[0].split()[-2] if s[0].startswith('Dr.') else s[0].split()[0], 'last': s[0].replace(', RN', '').split()[-1]},
                   'q4_email': staff_email(s), 'q5_shift': f'{random.choice(["Sat", "Tue", "Thu"])} AM – {random.choice(["Pilsen", "Albany Park"])}', 'event_id': f'{epoch_ms()}_{JF_FORMS[2][0]}_{rs(B62, 7)}'}
            return [pre, f'formID={JF_FORMS[2][0]} submissionID={sub} formTitle="{JF_FORMS[2][1]}" rawRequest=', jd(raw, ascii_=True, slash=True)]
        return [pre, f'formID={fid} submissionID={sub} POST {MAKE_HOOK} -> 200 Accepted (make gateway) buildDate={epoch_ms() - random.randint(10 ** 6, 10 ** 8)}']
    p = pick()
    v = random.choice([0, 0, 1, 1, 2, 2, 3])
    if v == 0:
        p = pick_maybe_old(0.3)
        ptxt = ['Patient Name:', N(p), ', Date of Birth:', DOB(p, 'usdash'), ', Phone Number:', PH(p, 'paren'), ', E-mail:', P(p['email'], 'email'),
                ', Address:Street Address: ', P(p['street'], 'address'), ' City: ', P(p['city'], 'address'), ' State / Province: IL Postal / Zip Code: ', P(p['zip'], 'zip'),
                f', Preferred Language:{p["lang"]}']
        ptxt += [', Age:', P(str(p['age']), 'age') if p['age'] > 89 else str(p['age'])]
        return [pre, f'formID={fid} submissionID={sub} formTitle="{ftitle}" ip=', P(p['ip'], 'ip'), ' pretty="', ptxt, '"']
    if v == 1:
        raw = {'slug': f'submit/{fid}/', 'jsExecutionTracker': f'build-date-{epoch_ms() - 86400000}=>init-started:{epoch_ms() - 200000}=>submit-validation-passed:{epoch_ms() - 300}',
               'submitSource': 'form', 'buildDate': str(epoch_ms() - 86400000),
               'q3_patientName': {'first': N(p, 'first'), 'last': N(p, 'last')}, 'q4_dateOf': DOB(p, 'usdash'),
               'q5_phoneNumber': {'full': PH(p, 'paren')}, 'q6_email': P(p['email'], 'email'),
               'q7_address': {'addr_line1': P(p['street'], 'address'), 'addr_line2': '', 'city': P(p['city'], 'address'), 'state': 'IL', 'postal': P(p['zip'], 'zip')},
               'q9_preferredLanguage': p['lang']}
        r = random.random()
        if r < 0.3:
            raw['q12_driversLicense'] = P(p['dl'], 'license')
        elif r < 0.5 and p['curp']:
            raw['q13_curpO'] = P(p['curp'], 'other_id')
        elif r < 0.7:
            raw['q14_howCan'] = P(f'https://www.facebook.com/{fold(p["first"]).lower().replace(" ", ".")}.{fold(p["last"]).lower().split()[0]}.{random.randint(1, 99)}', 'url')
        else:
            raw['q15_faxOptional'] = P(fmt_phone(p['fax'], 'dash'), 'fax')
        raw['event_id'] = f'{epoch_ms()}_{fid}_{rs(B62, 7)}'
        raw['timeToSubmit'] = str(random.randint(40, 900))
        raw['validatedNewRequiredFieldIDs'] = '{"new":1}'
        raw['path'] = f'/submit/{fid}/'
        return [pre, f'formID={fid} submissionID={sub} rawRequest=', jd(raw, ascii_=True, slash=True)]
    if v == 2:
        raw = {'slug': f'submit/{fid}/', 'q3_patientName': {'first': N(p, 'first'), 'last': N(p, 'last')}, 'q8_clinicId': P(p['mrn'], 'mrn'),
               **({'q10_cardNumber': P(p['card'], 'account')} if random.random() < 0.5 else {'q10_slidingFee': P(p['acct'], 'account')}),
               'q11_monthlyIncome': str(random.randint(600, 3900)), 'q16_householdSize': str(random.randint(1, 7)),
               'q17_ssnOr': P(p['ssn'], 'ssn') if p['ssn'] else (P(p['itin'], 'other_id') if p['itin'] else 'none'), 'event_id': f'{epoch_ms()}_{fid}_{rs(B62, 7)}'}
        return [pre, f'formID={fid} submissionID={sub} rawRequest=', jd(raw, ascii_=True, slash=True)]
    raw = {'slug': f'submit/{fid}/', 'q3_patientName': {'first': N(p, 'first'), 'last': N(p, 'last')},
           'q21_photoFor': P('data:image/jpeg;base64,' + jpeg_b64(random.randint(150, 360)), 'photo'), 'event_id': f'{epoch_ms()}_{fid}_{rs(B62, 7)}'}
    return [pre, f'formID={fid} submissionID={sub} rawRequest=', jd(raw, ascii_=True, slash=True)]


def fam_volunteer(phi):
    s = staff()
    site = random.choice(SITES)['name']
    t = loc()
    pre = f'{t:%Y-%m-%d %H:%M:%S} CDT | site={site} | volunteer={s[0]} <{staff_email(s)}> | role={s[2]} | '
    if not phi:
        v = random.randrange(7)
        if v == 0:
            return [pre, f'action=login app=Airtable ip={priv_ip()} device={random.choice(["iPad-FrontDesk-2", "Chromebook-07", "Win10-Triage"])}']
        if v == 1:
            return [pre, f'action=record.view table="Patients 🧑\u200d⚕️" record={at_id("rec")} view={at_id("viw")}']
        if v == 2:
            return [pre, f'action=export view="Today – {site}" rows={random.randint(5, 40)} format=csv file=today_{site.lower().replace(" ", "_")}_{TODAY:%Y%m%d}.csv']
        if v == 3:
            return [pre, f'action=shift.checkin hours_logged={random.choice(["3.5", "4.0", "6.0"])} badge=VOL-{random.randint(1000, 9999)}']
        if v == 4:
            return [pre, f'action=zap.edit zap_id={random.choice(ZAPS)[0]} version={random.randint(20, 90)} note="changed filter on Consent ✅"']
        if v == 5:
            return [pre, f'action=sms.bulk_send campaign=flu-clinic recipients={random.randint(40, 400)} msvc={TW_MSVC} cost=${random.randint(1, 20)}.{random.randint(10, 99)}']
        return [pre, f'action=record.update table="Appointments 📅" record={at_id("rec")} field=Status old=Scheduled new=Checked in']
    p = pick()
    v = random.randrange(8)
    if v == 6:
        return [pre, 'action=id.verify doc="IL driver\'s license" number=', P(p['dl'], 'license'), ' name_match=true dob_match=true record=', p['rec']]
    if v == 5 and random.random() < 0.7:
        idt = random.choice([('Matrícula Consular', f'{random.randint(10, 99)}{rs(string.digits, 7)}'), ('Legal Aid Chicago case', f'LAC-2024-{random.randint(10000, 99999)}'),
                             ('patient portal username', p['user'])])
        return [pre, f'action=referral.create agency="{random.choice(["Legal Aid Chicago", "Cook County Health", "Greater Chicago Food Depository"])}" patient=',
                P(p['mrn'], 'mrn'), f' {idt[0].split()[-1] if idt[0] != "patient portal username" else "portal_user"}=', P(idt[1], 'other_id'), f' ref={uuid4()[:8]}']
    if v == 7 and p['plan']:
        return [pre, f'action=record.update record={p["rec"]} field="Medicaid / Member ID" old="" new="', P(p['plan'][1], 'health_plan'), f'" note="{p["plan"][0]} card scanned"']
    if v == 0:
        q = random.choice([p['last'], p['full'], fmt_phone(p['phone'], 'dash')])
        cat = 'phone' if q[0].isdigit() else 'name'
        return [pre, 'action=search table="Patients 🧑\u200d⚕️" query="', P(q, cat), f'" results={random.randint(1, 3)}']
    if v == 1:
        old = phone10()
        return [pre, f'action=record.update record={p["rec"]} field="Phone 📱" old="', P(fmt_phone(old, 'paren'), 'phone'), '" new="', PH(p, 'paren'), '"']
    if v == 2:
        p = pick_maybe_old(0.35)
        return [pre, 'action=print_label printer=DYMO-450 text="', N(p, 'disp'), ' | DOB ', DOB(p, 'us'), ' (', P(str(p['age']), 'age') if p['age'] > 89 else str(p['age']),
                'y) | ', P(p['mrn'], 'mrn'), '"']
    if v == 3:
        a = p['device']
        return [pre, f'action=loaner.checkout item="{a[0]}" serial=', P(a[1], 'device'), ' borrower=', N(p), ' due=', P(fmt_date(p['appt']['date'], 'iso'), 'date')]
    if v == 4:
        return [pre, 'action=fit_kit.dispense kit=', P(p['kit'], 'other_id'), ' patient=', P(p['mrn'], 'mrn'), ' portal_user=', P(p['user'], 'other_id')]
    return [pre, 'action=note.add record=', p['rec'], ' text="Pt ', N(p, 'first'), ' called from ', PH(p, 'dash'), ' asking to move appt from ', ADATE(p, 'us1'),
            '; interpreter (', p['lang'], ') requested"']


def fam_relay_access(phi):
    t = loc()
    ts = t.strftime('[%d/%b/%Y:%H:%M:%S -0500]')
    rt = f'rt={random.randint(1, 900) / 1000:.3f} uct="0.00{random.randint(0, 9)}"'
    if not phi:
        vendor = random.choice(['Twilio', 'Zapier', 'SendGrid', 'Calendly', 'JotForm', 'Acuity', 'Make'])
        ip = random.choice(VENDOR_IPS[vendor])
        path, ua = {
            'Twilio': ('/twilio/sms-status', 'TwilioProxy/1.1'), 'Zapier': ('/zap/inbound', 'Zapier'),
            'SendGrid': ('/webhooks/sendgrid', 'Go-http-client/1.1'), 'Calendly': ('/hooks/calendly', 'Calendly-Webhooks/1.0'),
            'JotForm': ('/hooks/jotform', 'JotForm Webhook'), 'Acuity': ('/hooks/acuity', 'Acuity-Webhooks'), 'Make': ('/make/callback', 'Make/production'),
        }[vendor]
        if random.random() < 0.25:
            ip = priv_ip()
            path, ua = random.choice([('/healthz', 'kube-probe/1.27'), ('/metrics', 'Prometheus/2.48.0')])
        return [f'{ip} - - {ts} "POST {path} HTTP/1.1" {random.choice([200, 200, 204, 204, 401, 502])} {random.randint(0, 900)} "-" "{ua}" {rt}']
    p = pick()
    v = random.randrange(3)
    ua = random.choice(['Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1',
                        'Mozilla/5.0 (Linux; Android 14; moto g play - 2023) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.64 Mobile Safari/537.36'])
    if v == 0:
        return [P(p['ip'], 'ip'), f' - - {ts} "GET /c/{rs(B62, 8)}?r={p["appt"]["rec"]} HTTP/2.0" 302 0 "-" "{ua}" {rt}']
    if v == 1:
        return [P(p['ip'], 'ip'), f' - - {ts} "GET /intake/prefill?name=', P(q20(p['full']), 'name'), '&dob=', DOB(p, 'iso'), f'&lang={p["lang"][:2].lower()} HTTP/2.0" 200 {random.randint(4000, 20000)} "-" "{ua}" {rt}']
    return [random.choice(VENDOR_IPS['Twilio']), f' - - {ts} "POST /twilio/sms-status?to=', P(qp(fmt_phone(p['phone'], 'e164')), 'phone'),
            f'&rec={p["appt"]["rec"]} HTTP/1.1" 204 0 "-" "TwilioProxy/1.1" {rt}']


FAMILIES = [
    ('zapier-task', fam_zapier_task, 10), ('zapier-catch-hook', fam_zapier_hook, 6), ('make-scenario', fam_make, 9),
    ('airtable-webhook', fam_airtable_webhook, 8), ('airtable-automation', fam_airtable_automation, 9), ('gas-logger', fam_gas_logger, 9),
    ('gas-stackdriver', fam_gas_stackdriver, 6), ('gforms-api', fam_gforms, 6), ('twilio-sms-webhook', fam_twilio_sms, 9),
    ('twilio-debugger', fam_twilio_debugger, 4), ('twilio-studio', fam_twilio_studio, 6), ('sendgrid-event', fam_sendgrid, 6),
    ('mailchimp-webhook', fam_mailchimp, 5), ('calendly-webhook', fam_calendly, 6), ('acuity-webhook', fam_acuity, 6),
    ('jotform-webhook', fam_jotform, 8), ('volunteer-activity', fam_volunteer, 9), ('relay-access', fam_relay_access, 6),
]


def main():
    phi_lines = set(random.sample(range(N_LINES), N_PHI))
    names = [f[0] for f in FAMILIES]
    weights = [f[2] for f in FAMILIES]
    fmap = {f[0]: f[1] for f in FAMILIES}
    out_lines = []
    labels = []
    for i in range(N_LINES):
        tick()
        want = i in phi_lines
        while True:
            fam = random.choices(names, weights)[0]
            line, spans = finalize(fmap[fam](want))
            if len(line) <= 4000 and bool(spans) == want:
                break
        for sp in spans:
            assert sp['cat'] in CATS
        out_lines.append(line)
        labels.append({'line': i + 1, 'family': fam, 'spans': spans})
    with open(os.path.join(HERE, f'{ID}.log'), 'wb') as fh:
        for line in out_lines:
            fh.write(line + b'\n')
    with open(os.path.join(HERE, f'{ID}.labels.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
