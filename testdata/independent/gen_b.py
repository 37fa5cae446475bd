#!/usr/bin/env python3
"""Deterministic generator of a held-out, labeled PHI test corpus (writer "b").

Writes b.log and b.labels.jsonl beside itself.
Standard library only, fixed seed, no network.

Labeling conventions (beyond the brief):
  * spans never overlap; a URL labeled `url` is one span (identifiers inside it
    are not labeled separately);
  * values that appear percent-encoded (query strings) are labeled as they
    appear in the line (e.g. "maria.okafor%40gmail.com");
  * names split by a structural separator (HL7 '^', separate JSON/SQL/CSV
    fields, '_' in file names) are separate `name` spans; names joined by a
    space or ", " in free text are one span;
  * `age` spans cover only the number; a gRPC date message
    "year: 1951 month: 3 day: 2" is one `date` span;
  * a data: URI is one `photo` span; raw base64 covers only the base64 text.
"""
import base64
import datetime as dt
import ipaddress
import json
import os
import random
import string
import sys
import unicodedata
import urllib.parse
import uuid
from collections import Counter, defaultdict

SEED = 20240513
rng = random.Random(SEED)
OUT = os.path.dirname(os.path.abspath(__file__))
LOG = os.path.join(OUT, 'b.log')
LAB = os.path.join(OUT, 'b.labels.jsonl')

CATS = ['name', 'address', 'zip', 'date', 'age', 'phone', 'fax', 'email', 'ssn',
        'mrn', 'health_plan', 'account', 'license', 'vehicle', 'device', 'url',
        'ip', 'biometric', 'photo', 'other_id']
FAMILIES = ['nginx_json', 'win_evt', 'hl7_fhir', 'sql', 'csv_tsv', 'syslog',
            'graphql', 'mobile']
TODAY = dt.date(2024, 5, 13)


# --------------------------------------------------------------------------
# line builder with byte-offset tracking
# --------------------------------------------------------------------------
class P:
    """A PHI value with its category."""
    __slots__ = ('v', 'cat', 'num')

    def __init__(self, v, cat, num=False):
        assert cat in CATS, cat
        self.v = str(v)
        self.cat = cat
        self.num = num
        assert self.v, 'empty PHI value'


class M:
    """Mixed quoted string content (plain str parts and P parts)."""

    def __init__(self, *parts):
        self.parts = []
        for p in parts:
            if isinstance(p, (list, tuple)):
                self.parts.extend(p)
            else:
                self.parts.append(p)


class Line:
    def __init__(self, family):
        assert family in FAMILIES
        self.family = family
        self.buf = []
        self.n = 0
        self.spans = []

    def add(self, *items):
        for it in items:
            if isinstance(it, (list, tuple)):
                self.add(*it)
            elif isinstance(it, P):
                s = self.n
                self._t(it.v)
                self.spans.append((s, self.n, it.cat, it.v))
            elif isinstance(it, M):
                raise TypeError('M only valid inside jp()')
            else:
                self._t(str(it))
        return self

    def _t(self, s):
        assert '\n' not in s and '\r' not in s, repr(s)
        self.buf.append(s)
        self.n += len(s.encode('utf-8'))

    def text(self):
        return ''.join(self.buf)


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jp(obj, sep=(',', ':')):
    """Serialize obj to JSON as a list of str / P parts."""
    out = []

    def w(o):
        if isinstance(o, P):
            if o.num:
                out.append(o)
            else:
                assert jesc(o.v) == o.v, o.v
                out.extend(['"', o, '"'])
        elif isinstance(o, M):
            out.append('"')
            for part in o.parts:
                if isinstance(part, P):
                    assert jesc(part.v) == part.v, part.v
                    out.append(part)
                else:
                    out.append(jesc(part))
            out.append('"')
        elif isinstance(o, dict):
            out.append('{')
            for i, (k, v) in enumerate(o.items()):
                if i:
                    out.append(sep[0])
                out.append(json.dumps(k, ensure_ascii=False))
                out.append(sep[1])
                w(v)
            out.append('}')
        elif isinstance(o, list):
            out.append('[')
            for i, v in enumerate(o):
                if i:
                    out.append(sep[0])
                w(v)
            out.append(']')
        else:
            out.append(json.dumps(o, ensure_ascii=False))
    w(obj)
    return out


def jsep():
    return ch([(',', ':'), (',', ':'), (', ', ': ')])


XML_BAD = set('&<>"')


def xesc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def xparts(v):
    """Element text content for XML: escape plain parts, check P parts."""
    items = v if isinstance(v, (list, tuple)) else [v]
    out = []
    for it in items:
        if isinstance(it, P):
            assert not (set(it.v) & XML_BAD), it.v
            out.append(it)
        else:
            out.append(xesc(str(it)))
    return out


# --------------------------------------------------------------------------
# random primitives
# --------------------------------------------------------------------------
def ch(seq):
    return rng.choice(seq)


def digits(n):
    return ''.join(rng.choice('0123456789') for _ in range(n))


def hexs(n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


def alnum(n, alphabet=string.ascii_uppercase + string.digits):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def uid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def b64(nbytes, prefix=b''):
    return base64.b64encode(prefix + bytes(rng.getrandbits(8) for _ in range(nbytes))).decode()


def asc(s):
    s = s.replace('ł', 'l').replace('Ł', 'L')
    return unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()


def qenc(s, plus=False):
    return urllib.parse.quote_plus(s, safe='') if plus else urllib.parse.quote(s, safe='')


# --------------------------------------------------------------------------
# validators / generators for identifiers
# --------------------------------------------------------------------------
def luhn_ok(num):
    s = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(partial):
    for d in '0123456789':
        if luhn_ok(partial + d):
            return partial + d
    raise AssertionError


def ssn_ok(v):
    d = ''.join(c for c in v if c.isdigit())
    a, g, s = d[:3], d[3:5], d[5:]
    return len(d) == 9 and a not in ('000', '666') and a[0] != '9' and g != '00' and s != '0000'


def ssn(style=None):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    a, g, s = f'{a:03d}', f'{rng.randint(1, 99):02d}', f'{rng.randint(1, 9999):04d}'
    style = style or ch(['dash', 'dash', 'dash', 'plain', 'space'])
    v = {'dash': f'{a}-{g}-{s}', 'plain': a + g + s, 'space': f'{a} {g} {s}'}[style]
    assert ssn_ok(v)
    return v


def card(style=None):
    kind = ch(['visa', 'visa', 'mc', 'mc2', 'amex', 'disc'])
    if kind == 'visa':
        pre, ln = '4' + digits(5), 16
    elif kind == 'mc':
        pre, ln = str(rng.randint(51, 55)) + digits(4), 16
    elif kind == 'mc2':
        pre, ln = str(rng.randint(2221, 2720)) + digits(2), 16
    elif kind == 'amex':
        pre, ln = ch(['34', '37']) + digits(4), 15
    else:
        pre, ln = '6011' + digits(2), 16
    num = luhn_complete(pre + digits(ln - 1 - len(pre)))
    assert luhn_ok(num) and len(num) == ln
    style = style or ch(['plain', 'plain', 'space', 'dash'])
    if style == 'plain':
        return num
    groups = [num[:4], num[4:10], num[10:]] if ln == 15 else [num[i:i + 4] for i in range(0, 16, 4)]
    return (' ' if style == 'space' else '-').join(groups)


def _iban_num(s):
    return int(''.join(str(int(c, 36)) for c in s))


def iban(spaced=None):
    c = ch(['DE', 'GB', 'NL'])
    if c == 'DE':
        bban = digits(18)
    elif c == 'GB':
        bban = ch(['NWBK', 'BARC', 'LOYD', 'HBUK']) + digits(14)
    else:
        bban = ch(['ABNA', 'INGB', 'RABO']) + digits(10)
    chk = 98 - _iban_num(bban + c + '00') % 97
    v = f'{c}{chk:02d}{bban}'
    assert _iban_num(v[4:] + v[:4]) % 97 == 1
    if spaced if spaced is not None else rng.random() < 0.5:
        v = ' '.join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


def bank_acct():
    return digits(rng.randint(8, 12)).lstrip('0') or '7' + digits(9)


VIN_T = {**{str(i): i for i in range(10)},
         'A': 1, 'B': 2, 'C': 3, 'D': 4, 'E': 5, 'F': 6, 'G': 7, 'H': 8, 'J': 1, 'K': 2,
         'L': 3, 'M': 4, 'N': 5, 'P': 7, 'R': 9, 'S': 2, 'T': 3, 'U': 4, 'V': 5, 'W': 6,
         'X': 7, 'Y': 8, 'Z': 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_ALLOWED = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'


def vin_ok(v):
    if len(v) != 17 or any(c not in VIN_ALLOWED for c in v):
        return False
    s = sum(VIN_T[c] * VIN_W[i] for i, c in enumerate(v)) % 11
    return v[8] == ('X' if s == 10 else str(s))


def vin():
    wmi = ch(['1HG', '1FT', '2T1', '3VW', '5YJ', 'JTD', 'WBA', 'KMH', '1G1', '4T1', '5NP', 'JN1'])
    v = wmi + alnum(5, VIN_ALLOWED) + '0' + ch('GHJKLMNPR') + alnum(1, VIN_ALLOWED) + digits(6)
    s = sum(VIN_T[c] * VIN_W[i] for i, c in enumerate(v)) % 11
    v = v[:8] + ('X' if s == 10 else str(s)) + v[9:]
    assert vin_ok(v)
    return v


def plate():
    L3 = lambda: alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')
    return ch([f'{rng.randint(4, 9)}{L3()}{digits(3)}', f'{L3()}-{digits(4)}',
               f'{L3()} {digits(4)}', f'{digits(3)} {L3()}'])


def imei():
    v = luhn_complete(ch(['35', '35', '86', '01']) + digits(12))
    assert luhn_ok(v) and len(v) == 15
    return v


def dea(initial=None):
    a = ch('ABFGM')
    b = initial or ch(string.ascii_uppercase)
    d = [rng.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return a + b + ''.join(map(str, d)) + str(c)


def drivers_license():
    st = ch(['CA', 'NY', 'TX', 'FL', 'IL', 'WA', 'PA', 'AZ'])
    if st == 'CA':
        v = ch('ABCDEFGNY') + digits(7)
    elif st == 'NY':
        v = ch([digits(9), f'{digits(3)} {digits(3)} {digits(3)}'])
    elif st == 'TX':
        v = str(rng.randint(1, 4)) + digits(7)
    elif st == 'FL':
        v = f'{ch("BHKMSW")}{digits(3)}-{digits(3)}-{digits(2)}-{digits(3)}-{digits(1)}'
    elif st == 'IL':
        v = f'{ch("BHKMSW")}{digits(3)}-{digits(4)}-{digits(4)}'
    elif st == 'WA':
        v = 'WDL' + alnum(9)
    elif st == 'AZ':
        v = ch('ABD') + digits(8)
    else:
        v = f'{digits(2)} {digits(3)} {digits(3)}'
    return st, v


def prof_license():
    return ch([f'RN{digits(6)}', f'A{digits(5)}', f'MD-{digits(6)}', f'LPN.{digits(7)}',
               f'PT{digits(5)}', f'RPH{digits(5)}'])


MBI_A = 'ACDEFGHJKMNPQRTUVWXY'


def mbi(dashed=None):
    an = MBI_A + '0123456789'
    s = (str(rng.randint(1, 9)) + ch(MBI_A) + ch(an) + str(rng.randint(0, 9)) + ch(MBI_A) + ch(an)
         + str(rng.randint(0, 9)) + ch(MBI_A) + ch(MBI_A) + str(rng.randint(0, 9)) + str(rng.randint(0, 9)))
    if dashed if dashed is not None else rng.random() < 0.4:
        s = f'{s[:4]}-{s[4:7]}-{s[7:]}'
    return s


def member_id():
    return ch([alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ') + digits(9), 'W' + digits(9), mbi(),
               f'MBR{digits(8)}', f'U{digits(8)}01', f'{alnum(3, "HJKMPRWXZ")}{digits(8)}{ch(["", "01", "02"])}',
               f'ZGP{digits(7)}'])


def mrn():
    return ch([digits(8), f'E{digits(7)}', f'{rng.randint(1000000, 9999999)}', f'M{digits(9)}',
               f'MRN-{digits(7)}', f'{digits(2)}-{digits(2)}-{digits(4)}', f'00{digits(6)}'])


def gs1_check(s):
    tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(s)))
    return str((10 - tot % 10) % 10)


def udi():
    g13 = '0' + ch(['0884521', '0381780', '0614141', '0846835']) + digits(5)
    gtin = g13 + gs1_check(g13)
    exp = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 1000))
    return f'(01){gtin}(17){exp:%y%m%d}(10){alnum(6)}(21){alnum(8)}'


def device_serial():
    return ch([f'C02{alnum(9)}', f'R58M{alnum(7)}', f'PMP-{digits(4)}-{digits(4)}', f'SM{digits(8)}',
               f'DX{alnum(10)}', f'{alnum(2)}{digits(7)}', f'G7{alnum(8)}', f'SN{digits(10)}'])


PUB_FIRST = [23, 24, 38, 47, 50, 64, 66, 67, 68, 69, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99,
             104, 107, 108, 142, 162, 173, 174, 184, 208, 209]


def pub_ip():
    v = f'{ch(PUB_FIRST)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}'
    assert ipaddress.ip_address(v).is_global
    return v


def pub_ip6():
    h = lambda: format(rng.randint(1, 0xffff), 'x')
    v = ch([f'{ch(["2600:1700", "2601:646", "2603:8000", "2a02:908", "2406:da18"])}:{h()}:{h()}::{h()}',
            f'2601:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}'])
    assert ipaddress.ip_address(v).is_global
    return v


def priv_ip():
    r = lambda: rng.randint(1, 254)
    v = ch([f'10.{r()}.{r()}.{r()}', f'10.{r()}.{r()}.{r()}', f'192.168.{r()}.{r()}',
            f'172.{rng.randint(16, 31)}.{r()}.{r()}'])
    assert not ipaddress.ip_address(v).is_global
    return v


def doc_ip():
    return ch([f'203.0.113.{rng.randint(1, 254)}', f'198.51.100.{rng.randint(1, 254)}',
               f'192.0.2.{rng.randint(1, 254)}', '127.0.0.1'])


AREA = [201, 206, 212, 214, 248, 267, 301, 305, 312, 347, 404, 415, 469, 503, 510, 520, 602,
        617, 651, 702, 704, 713, 720, 757, 804, 818, 919, 971]


def phone_parts():
    while True:
        x = rng.randint(200, 999)
        if x % 100 != 11 and x not in (555, 950, 958, 959, 976):
            break
    return str(ch(AREA)), str(x), digits(4)


def fphone(pp, style=None):
    a, x, l = pp
    style = style or ch(['paren', 'paren', 'dash', 'dash', 'dot', 'intl', 'e164', 'plain', 'one'])
    return {'paren': f'({a}) {x}-{l}', 'dash': f'{a}-{x}-{l}', 'dot': f'{a}.{x}.{l}',
            'intl': f'+1 {a} {x} {l}', 'e164': f'+1{a}{x}{l}', 'plain': f'{a}{x}{l}',
            'one': f'1-{a}-{x}-{l}', 'hl7': f'({a}){x}-{l}'}[style]


def phone(style=None):
    return fphone(phone_parts(), style)


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
FIRST = [('Emily', 'F'), ('Harriet', 'F'), ('Margaret', 'F'), ('Abigail', 'F'), ('Oliver', 'M'),
         ('Walter', 'M'), ('Thomas', 'M'), ('Graham', 'M'),
         ('José', 'M'), ('Lucía', 'F'), ('Alejandro', 'M'), ('Guadalupe', 'F'), ('Mateo', 'M'),
         ('Ximena', 'F'), ('Rafael', 'M'), ('Itzel', 'F'),
         ('Adaeze', 'F'), ('Chidi', 'M'), ('Kwame', 'M'), ('Abena', 'F'), ('Oluwaseun', 'M'),
         ('Ngozi', 'F'), ('Kofi', 'M'), ('Folake', 'F'), ('Emeka', 'M'), ('Yaa', 'F'),
         ('Priya', 'F'), ('Arjun', 'M'), ('Sanjay', 'M'), ('Lakshmi', 'F'), ('Rohan', 'M'),
         ('Ananya', 'F'), ('Farhan', 'M'), ('Nusrat', 'F'),
         ('Wei', 'M'), ('Mei-Ling', 'F'), ('Hiroshi', 'M'), ('Yuki', 'F'), ('Min-jun', 'M'),
         ('Seo-yeon', 'F'), ('Thanh', 'M'), ('Linh', 'F'),
         ('Łukasz', 'M'), ('Katarzyna', 'F'), ('Dmitri', 'M'), ('Olena', 'F'), ('Bogdan', 'M'),
         ('Milena', 'F'), ('Yaroslav', 'M'), ('Zofia', 'F')]
LAST = ['Okafor', 'Adeyemi', 'Mensah', 'Boateng', 'Nwosu', 'Owusu-Ansah', 'Hernández', 'Castillo',
        'Villanueva', 'Ramírez', 'Ochoa', 'Quintero', 'Patel', 'Raghunathan', 'Chowdhury', 'Iyer',
        'Bhattacharya', 'Venkataraman', 'Nakamura', 'Zhang', 'Nguyen', 'Park', 'Takahashi', 'Lau',
        'Kowalczyk', 'Wójcik', 'Petrov', 'Shevchenko', 'Novak', 'Dvořák', 'Whitfield', 'Pemberton',
        'Ashworth', 'Mallory', 'Crenshaw', 'Haverford']
MIDDLE = ['A.', 'J.', 'R.', 'M.', 'T.', 'K.', 'N.', 'O.']
CITIES = [('Oakland', 'CA', '946'), ('Tucson', 'AZ', '857'), ('Dayton', 'OH', '454'),
          ('Raleigh', 'NC', '276'), ('Spokane', 'WA', '992'), ('Lowell', 'MA', '018'),
          ('Bakersfield', 'CA', '933'), ('Paterson', 'NJ', '075'), ('Laredo', 'TX', '780'),
          ('Fresno', 'CA', '937'), ('Macon', 'GA', '312'), ('Duluth', 'MN', '558'),
          ('Yonkers', 'NY', '107'), ('Toledo', 'OH', '436'), ('Hialeah', 'FL', '330'),
          ('Boise', 'ID', '837'), ('Worcester', 'MA', '016'), ('Cicero', 'IL', '608')]
STREETS = ['Larkspur Ave', 'Quarry Hill Rd', 'W Fulton St', 'Calle Ocho', 'Birchwood Ln',
           'Old Mill Pkwy', 'Magnolia Dr', 'N Kedzie Ave', 'Peachtree Ct', 'Sycamore Blvd',
           'Harbor View Ter', 'Cedar Ridge Way', 'E 7th St', 'Avenida del Sol', 'Juniper Cir',
           'Osage Trl', 'Kingsbridge Rd', 'S Halsted St']
EMAIL_DOM = ['gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'hotmail.com',
             'proton.me', 'aol.com', 'comcast.net']


def rand_date(y0, y1, m1=12, d1=31):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, m1, d1).toordinal()
    return dt.date.fromordinal(rng.randint(a, b))


def age_at(d, ref=TODAY):
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


def fdate(d, style=None):
    style = style or ch(['iso', 'iso', 'us', 'us', 'us_short', 'hl7', 'dmon', 'mdy', 'long', 'eu'])
    return {'iso': f'{d:%Y-%m-%d}', 'us': f'{d:%m/%d/%Y}', 'us_short': f'{d.month}/{d.day}/{d.year}',
            'hl7': f'{d:%Y%m%d}', 'dmon': f'{d:%d-%b-%Y}', 'mdy': f'{d:%b} {d.day}, {d.year}',
            'long': f'{d:%B} {d.day}, {d.year}', 'eu': f'{d:%d.%m.%Y}', 'slash': f'{d:%Y/%m/%d}'}[style]


def street(apt=None, allow_hash=True):
    s = f'{rng.randint(3, 9899)} {ch(STREETS)}'
    if apt or (apt is None and rng.random() < 0.3):
        opts = [f'Apt {rng.randint(1, 40)}', f'Unit {rng.randint(1, 30)}{ch("ABCD")}']
        if allow_hash:
            opts.append(f'#{rng.randint(100, 999)}')
        s += ' ' + ch(opts)
    return s


class Person:
    def __init__(self, old=None):
        self.first, self.sex = ch(FIRST)
        self.last = ch(LAST)
        self.mid = ch(MIDDLE)
        if old is None:
            old = rng.random() < 0.25
        self.old = old
        self.dob = rand_date(1926, 1933, 5, 12) if old else rand_date(1940, 2012)
        self.age = age_at(self.dob)
        assert (self.age > 89) == old
        self.city, self.state, z3 = ch(CITIES)
        self.zip = z3 + digits(2)
        self.zip4 = self.zip + '-' + digits(4)
        self.street = street()
        self.pp = phone_parts()
        self.ssn = ssn()
        self.mrn = mrn()
        self.member = member_id()
        fa, la = asc(self.first).lower().replace('-', ''), asc(self.last).lower().replace('-', '')
        self.email = ch([f'{fa}.{la}', f'{fa[0]}{la}{self.dob.year % 100:02d}', f'{fa}{la}{rng.randint(1, 99)}',
                         f'{fa}_{la[0]}', f'{la}.{fa}{rng.randint(1, 9)}']) + '@' + ch(EMAIL_DOM)
        self.uname = ch([f'{fa[0]}{la}{self.dob.year % 100:02d}', f'{fa}.{la[:4]}', f'{la}{fa[0]}{rng.randint(1, 999)}'])

    def full(self, style=None):
        style = style or ch(['fl', 'fl', 'fl', 'lf', 'fml', 'FL'])
        return {'fl': f'{self.first} {self.last}', 'lf': f'{self.last}, {self.first}',
                'fml': f'{self.first} {self.mid} {self.last}',
                'FL': f'{self.first.upper()} {self.last.upper()}'}[style]

    def phone(self, style=None):
        return fphone(self.pp, style)

    @property
    def g(self):
        return 'female' if self.sex == 'F' else 'male'


def profile_url(p):
    fa, la = asc(p.first).lower(), asc(p.last).lower()
    return ch([f'https://portal.example-health.org/patients/profile/{p.uname}',
               f'https://www.facebook.com/{fa}.{la}.{digits(3)}',
               f'https://mychart.lakeside-med.example/MyChart/Patient/Details?mrn={p.mrn}',
               f'https://www.linkedin.com/in/{fa}-{la}-{hexs(6)}',
               f'https://app.caretrack.example/u/{p.uname}',
               f'https://ehr.example-health.org/chart?patientId={p.mrn}&tab=meds'])


def photo_b64(kind=None):
    kind = kind or ch(['jpeg', 'png'])
    if kind == 'jpeg':
        return b64(rng.randint(45, 110), b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00')
    return b64(rng.randint(45, 110), b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR')


def photo_uri():
    k = ch(['jpeg', 'png'])
    return f'data:image/{k};base64,' + photo_b64(k)


def fp_template():
    return ch([b64(rng.randint(40, 90), b'FMR\x00 20\x00\x00\x00'),
               b64(rng.randint(40, 90), b'\x46\x49\x52\x00\x30\x31\x30\x00'),
               b64(rng.randint(50, 90), b'VPRT\x02\x00')])


def passport():
    return ch([f'C{digits(8)}', f'{rng.randint(1, 9)}{digits(8)}', f'{alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ")}{digits(7)}'])


def other_id(p):
    return ch([('passportNo', passport()), ('portalUser', p.uname), ('employeeId', f'E{digits(6)}'),
               ('patientPortalLogin', p.uname), ('studentId', f'S{digits(8)}'), ('empNo', f'EMP-{digits(5)}')])


# --------------------------------------------------------------------------
# noise / look-alikes
# --------------------------------------------------------------------------
CLOCK = [dt.datetime(2024, 5, 13, 6, 2, 11, 4000)]


def now():
    return CLOCK[0]


def ts_iso(t=None, frac=3, z='Z'):
    t = t or now()
    f = f'{t.microsecond:06d}'[:frac]
    return f'{t:%Y-%m-%dT%H:%M:%S}' + (('.' + f) if frac else '') + z


def ts_win(t=None):
    t = t or now()
    return f'{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}{rng.randint(0, 9)}Z'


def ts_3164(t=None):
    t = t or now()
    return f'{t:%b} {t.day:2d} {t:%H:%M:%S}'


def epoch(t=None):
    t = t or now()
    return int(t.replace(tzinfo=dt.timezone.utc).timestamp())


def dur():
    return round(rng.uniform(0.001, 2.5), 3)


DRUGS = ['Lisinopril', 'Metformin', 'Atorvastatin', 'Eliquis', 'Ozempic', 'Amoxicillin',
         'Levothyroxine', 'Gabapentin', 'Warfarin', 'Humalog', 'Jardiance', 'Sertraline']
ROLES = ['attending', 'charge nurse', 'RN', 'NP', 'PA-C', 'hospitalist', 'pharmacist',
         'unit clerk', 'resident', 'case manager', 'phlebotomist']
UNITS = ['4 West', 'ICU-2', 'ED', 'L&D', 'Oncology 6N', 'PACU', 'Cardiac Step-Down']
HOSTS = ['ehr-app01', 'rx-gw02.example.local', 'pacs-01', 'adt-ingest-7f9c4d', 'nursecall01',
         'lab-if03', 'portal-web-2', 'sched-svc-5b8d']
UAS = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
       'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.119 Safari/537.36',
       'Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.113 Mobile Safari/537.36',
       'okhttp/4.12.0', 'CareApp/3.18.2 (com.examplehealth.care; build:31802; iOS 17.4.1) Alamofire/5.8.1',
       'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
       'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0']


def order_no():
    return ch([f'ORD-2024-{digits(6)}', f'INV{digits(8)}', f'PO-{digits(5)}', f'RX{digits(7)}',
               f'CLM-{digits(4)}-{digits(5)}'])


def ndc():
    return f'{digits(4)}-{digits(4)}-{digits(2)}'


def sha256():
    return hexs(64).upper() if rng.random() < 0.5 else hexs(64)


def ver():
    return f'{rng.randint(1, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}'


def nonperson_date():
    return fdate(rand_date(2024, 2026), ch(['iso', 'iso', 'us', 'dmon']))


# --------------------------------------------------------------------------
# family: nginx_json
# --------------------------------------------------------------------------
def qs(pairs, plus=None):
    """pairs: (key, value, cat|None). returns parts list for a query string."""
    plus = rng.random() < 0.3 if plus is None else plus
    out = []
    for i, (k, v, cat) in enumerate(pairs):
        if i:
            out.append('&')
        out.append(k + '=')
        enc = qenc(v, plus)
        out.append(P(enc, cat) if cat else enc)
    return out


def noise_params():
    return ch([[], [('page', str(rng.randint(1, 9)), None)], [('_', str(epoch() * 1000 + rng.randint(0, 999)), None)],
               [('limit', ch(['20', '50', '100']), None), ('sort', '-updated', None)],
               [('fields', 'name,birthDate,address', None)], [('include', 'coverage', None)]])


def g_nginx(phi):
    L = Line('nginx_json')
    envoy = rng.random() < 0.35
    ua = ch(UAS)
    sep = jsep()
    uri_parts = None
    referer = '-'
    method, status = 'GET', ch([200, 200, 200, 304, 404])
    if phi:
        p = Person()
        ip = P(pub_ip() if rng.random() < 0.8 else pub_ip6(), 'ip')
        v = rng.randrange(7)
        if v == 0:
            pairs = [(ch(['patientLastName', 'lastName', 'ptLName', 'family', 'surname']), p.last, 'name'),
                     (ch(['birthdate', 'dob', 'DOB_DT', 'birthDate']), fdate(p.dob, ch(['iso', 'us', 'hl7'])), 'date')]
            if rng.random() < 0.5:
                pairs.insert(0, (ch(['patientFirstName', 'ptFName', 'given', 'firstName']), p.first, 'name'))
            path = ch(['/api/v1/patients/search', '/portal/lookup', '/fhir/R4/Patient', '/api/v2/pt/find'])
            uri_parts = [path + '?'] + qs(pairs + noise_params())
        elif v == 1:
            pairs = ch([[('email', p.email, 'email')], [('phone', p.phone(), 'phone'), ('zip', p.zip, 'zip')],
                        [('contactEmail', p.email, 'email'), ('postalCode', p.zip, 'zip')],
                        [('mobile', p.phone(), 'phone')]])
            uri_parts = [ch(['/api/v1/appointments/lookup?', '/portal/verify-identity?', '/api/v1/otp/send?'])] + qs(pairs + noise_params())
            method = ch(['GET', 'POST'])
        elif v == 2:
            uri_parts = [ch(['/api/v2/patients/', '/ehr/chart/', '/fhir/R4/Patient/mrn-']), P(p.mrn, 'mrn'),
                         ch(['/chart', '/medications', '/encounters?status=finished', '', '/$everything'])]
        elif v == 3:
            uri_parts = [ch(['/static/js/app.3f9a1c2b.js', '/portal/home', '/api/v1/messages?unread=true',
                             '/api/v1/formulary?drug=Lisinopril&page=2', '/favicon.ico'])]
            if rng.random() < 0.5:
                referer = P(profile_url(p), 'url')
        elif v == 4:
            s = p.ssn
            uri_parts = ['/fhir/R4/Patient?identifier=', ch(['http%3A%2F%2Fhl7.org%2Ffhir%2Fsid%2Fus-ssn%7C', 'urn%3Aoid%3A2.16.840.1.113883.4.1%7C']), P(qenc(s), 'ssn')]
        elif v == 5:
            pairs = [(ch(['memberId', 'subscriberNum', 'insured_id', 'mbi']), p.member, 'health_plan'),
                     (ch(['dos', 'serviceDate', 'dateOfService']), fdate(rand_date(2024, 2024, 5, 10), ch(['iso', 'us'])), 'date')]
            uri_parts = [ch(['/api/claims/eligibility?', '/api/v1/benefits?', '/edi/270?'])] + qs(pairs + noise_params())
        else:
            pairs = [(ch(['ptLName', 'last_name']), p.last, 'name'), (ch(['ptFName', 'first_name']), p.first, 'name'),
                     (ch(['zipCd', 'zip']), p.zip, 'zip'), ('ageYrs', str(p.age), 'age' if p.age > 89 else None)]
            uri_parts = [ch(['/api/v1/intake/prefill?', '/kiosk/checkin?'])] + qs(pairs)
        if envoy and rng.random() < 0.6:
            xff = M(ip, ', ', priv_ip())
        else:
            xff = M(ip)
    else:
        v = rng.randrange(6)
        if v == 0:
            ip = ch([priv_ip(), '127.0.0.1'])
            uri_parts = [ch(['/healthz', '/readyz', '/nginx_status', '/metrics'])]
            ua = ch(['kube-probe/1.28', 'ELB-HealthChecker/2.0', 'Prometheus/2.51.1'])
        elif v == 1:
            ip = doc_ip()
            uri_parts = [ch(['/static/css/main.9c1d77e0.css', '/static/js/vendor.a71f03.js', '/assets/logo@2x.png', '/robots.txt'])]
            status = ch([200, 304])
        elif v == 2:
            ip = priv_ip()
            uri_parts = [ch([f'/api/v1/formulary?drug={ch(DRUGS)}&page={rng.randint(1, 5)}', '/fhir/R4/metadata',
                             f'/api/v1/orders/{order_no()}', f'/api/v1/reports/census?from=2024-04-01&to=2024-04-30',
                             '/api/v1/patients?page=3&limit=50&sort=-updated', f'/api/v1/jobs/{uid()}',
                             '/fhir/R4/Patient?_count=50&_elements=id,meta', '/api/v1/providers?role=hospitalist'])]
        elif v == 3:
            ip = doc_ip()
            uri_parts = [ch(['/login', '/portal/forgot-password', '/api/v1/session/refresh'])]
            method, status = 'POST', ch([200, 401, 429])
        elif v == 4:
            ip = priv_ip()
            uri_parts = [f'/v2/claims/batch/{hexs(12)}']
            method, status = 'PUT', ch([202, 500, 502, 504])
        else:
            ip = priv_ip()
            uri_parts = [ch(['/api/v1/config?version=', '/api/v1/feature-flags?build=']) + ver()]
        xff = M(ip)
    rt = dur()
    if envoy:
        rec = {'start_time': ts_iso(), 'method': method, 'path': M(uri_parts), 'protocol': 'HTTP/1.1',
               'response_code': status, 'response_flags': '-' if status < 500 else 'UF',
               'bytes_received': rng.randint(0, 900), 'bytes_sent': rng.randint(0, 40000),
               'duration': int(rt * 1000), 'upstream_service_time': str(int(rt * 1000) - rng.randint(0, 3)),
               'x_forwarded_for': xff, 'user_agent': ua, 'request_id': uid(),
               'authority': ch(['api.example-health.org', 'portal.example-health.org', 'fhir.internal:8443']),
               'upstream_host': f'{priv_ip()}:{ch([8080, 9000, 8443, 3000])}',
               'upstream_cluster': ch(['patient-api', 'fhir-facade', 'claims-svc', 'static'])}
        if isinstance(xff.parts[0], P) and rng.random() < 0.5:
            rec['downstream_remote_address'] = M(P(xff.parts[0].v, 'ip'), f':{rng.randint(1024, 65535)}')
            rec['x_forwarded_for'] = '-'
    else:
        rec = {ch(['time_iso8601', 'time', '@timestamp']): ts_iso(z='+00:00', frac=0),
               ch(['remote_addr', 'remoteAddr', 'client_ip']): xff.parts[0] if isinstance(xff.parts[0], P) else xff.parts[0],
               'request_method': method, 'request_uri': M(uri_parts), 'status': status,
               'body_bytes_sent': rng.randint(0, 60000), 'request_time': rt,
               'upstream_response_time': f'{max(rt - 0.002, 0):.3f}',
               'upstream_addr': f'{priv_ip()}:{ch([8080, 9000, 3000])}',
               'http_referer': referer, 'http_user_agent': ua,
               'request_id': hexs(32), 'ssl_protocol': ch(['TLSv1.3', 'TLSv1.2']),
               'upstream_connect_time': f'{rng.uniform(0, 0.01):.3f}'}
        if rng.random() < 0.3:
            rec['http_x_forwarded_for'] = '-'
    L.add(jp(rec, sep))
    return L


# --------------------------------------------------------------------------
# family: win_evt
# --------------------------------------------------------------------------
COMPUTERS = ['WS-ER-014.corp.local', 'RX-PRN-02.corp.local', 'PACS-WKS-7.corp.local',
             'REG-KIOSK-03.corp.local', 'NURSE-STN-4W.corp.local', 'SRV-HL7-01.corp.local']


def xml_event(L, provider, eid, computer, data, channel='Application', level=4):
    L.add('<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="',
          provider, '"/><EventID>', str(eid), '</EventID><Level>', str(level), '</Level><TimeCreated SystemTime="',
          ts_win(), '"/><EventRecordID>', str(rng.randint(100000, 9999999)), '</EventRecordID><Channel>', channel,
          '</Channel><Computer>', computer, '</Computer></System><EventData>')
    for k, v in data:
        L.add('<Data Name="', k, '">', xparts(v), '</Data>')
    L.add('</EventData></Event>')


def ps_dump(L, items):
    for i, (k, v) in enumerate(items):
        if i:
            L.add(' | ')
        L.add(k, ' : ', v)


def sysmon_hashes():
    return f'SHA1={hexs(40).upper()},MD5={hexs(32).upper()},SHA256={hexs(64).upper()},IMPHASH={hexs(32).upper()}'


def g_win(phi):
    L = Line('win_evt')
    comp = ch(COMPUTERS)
    if phi:
        p = Person()
        v = rng.randrange(7)
        if v == 0:
            data = [(ch(['PatientName', 'PtName', 'Patient']), P(p.full(ch(['fl', 'lf', 'FL'])), 'name')),
                    (ch(['DOB', 'PatientDOB', 'BirthDate']), P(fdate(p.dob, ch(['us', 'iso', 'us_short'])), 'date')),
                    (ch(['MRN', 'MedRecNo', 'ChartNumber']), P(p.mrn, 'mrn')),
                    ('Workstation', comp.split('.')[0]), ('Operation', ch(['PrintWristband', 'PrintLabel', 'ChartOpen'])),
                    ('ResultCode', '0x0')]
            if p.old or rng.random() < 0.3:
                data.insert(3, ('Age', P(str(p.age), 'age') if p.age > 89 else str(p.age)))
            xml_event(L, ch(['EHRBridge', 'LabelPrintSvc', 'MedRecSvc']), ch([1001, 2004, 3100]), comp, data)
        elif v == 1:
            items = [(ch(['PatientName', 'Name']), P(p.full('fl'), 'name')),
                     (ch(['DOB', 'DOB_DT', 'BirthDate']), P(fdate(p.dob, 'us'), 'date')),
                     (ch(['HomePhone', 'Phone']), P(p.phone(), 'phone')),
                     (ch(['Address', 'StreetAddress']), P(p.street, 'address')),
                     ('City', P(p.city, 'address')), ('State', p.state), (ch(['ZipCode', 'ZipCd']), P(p.zip, 'zip')),
                     ('Ward', ch(UNITS)), ('AdmitType', ch(['Elective', 'Emergency', 'Urgent']))]
            if rng.random() < 0.5:
                items.insert(2, ('SSN', P(p.ssn, 'ssn')))
            ps_dump(L, items)
        elif v == 2:
            data = [('RuleName', '-'), ('UtcTime', f'{now():%Y-%m-%d %H:%M:%S}.{rng.randint(0, 999):03d}'),
                    ('ProcessGuid', '{' + uid() + '}'), ('ProcessId', str(rng.randint(1000, 20000))),
                    ('Image', r'C:\Program Files\RxPrint\rxprint.exe'),
                    ('CommandLine', [r'"C:\Program Files\RxPrint\rxprint.exe" /patient "', P(p.full('lf'), 'name'),
                                     '" /dob ', P(fdate(p.dob, 'us'), 'date'), ' /mrn ', P(p.mrn, 'mrn'),
                                     f' /copies {rng.randint(1, 3)}']),
                    ('User', r'CORP\svc_rxprint'), ('Hashes', sysmon_hashes()),
                    ('ParentImage', r'C:\Windows\System32\services.exe')]
            xml_event(L, 'Microsoft-Windows-Sysmon', 1, comp, data, 'Microsoft-Windows-Sysmon/Operational')
        elif v == 3:
            d = fdate(p.dob, 'hl7')
            data = [('RuleName', '-'), ('UtcTime', f'{now():%Y-%m-%d %H:%M:%S}.{rng.randint(0, 999):03d}'),
                    ('ProcessGuid', '{' + uid() + '}'), ('Image', r'C:\Program Files\ScanStation\scan.exe'),
                    ('TargetFilename', ['C:\\Users\\Public\\Scans\\', P(asc(p.last), 'name'), '_',
                                        P(asc(p.first), 'name'), '_', P(d, 'date'), '.pdf']),
                    ('CreationUtcTime', f'{now():%Y-%m-%d %H:%M:%S}.{rng.randint(0, 999):03d}')]
            xml_event(L, 'Microsoft-Windows-Sysmon', 11, comp, data, 'Microsoft-Windows-Sysmon/Operational')
        elif v == 4:
            st, dlv = drivers_license()
            items = [('VisitorName', P(p.full('fl'), 'name')), ('IdType', 'DriverLicense'), ('IdState', st),
                     (ch(['DLNumber', 'IdNumber', 'DriversLicenseNo']), P(dlv, 'license')),
                     ('BadgeId', f'V-{digits(5)}'), ('Unit', ch(UNITS)),
                     ('VehiclePlate', P(plate(), 'vehicle')), ('IssuedBy', 'REG-KIOSK-03')]
            ps_dump(L, items)
        elif v == 5:
            data = [('DeviceId', f'FP-{digits(4)}'), ('EnrolleeName', P(p.full('fl'), 'name')),
                    ('EmployeeId', P(f'E{digits(6)}', 'other_id')), ('Finger', ch(['RIGHT_INDEX', 'LEFT_THUMB'])),
                    ('Template', P(fp_template(), 'biometric')), ('Quality', str(rng.randint(40, 99)))]
            xml_event(L, 'BioAccessSvc', 5002, comp, data)
        else:
            items = [('EmergencyContactName', P(Person().full('fl'), 'name')),
                     ('EmergencyContactPhone', P(phone(), 'phone')),
                     ('ReferringFax', P(phone(), 'fax')), ('Relationship', ch(['Daughter', 'Spouse', 'Son', 'Neighbor'])),
                     ('PatientMRN', P(p.mrn, 'mrn')), ('Insured_ID', P(p.member, 'health_plan')),
                     ('Status', 'Updated')]
            ps_dump(L, items)
    else:
        v = rng.randrange(7)
        if v == 0:
            data = [('SubjectUserSid', 'S-1-5-18'), ('TargetUserName', ch(['svc_backup', 'svc_hl7', 'SYSTEM', 'svc_sqlagent'])),
                    ('TargetDomainName', 'CORP'), ('LogonType', str(ch([3, 5, 10]))),
                    ('LogonProcessName', 'Kerberos'), ('WorkstationName', comp.split('.')[0]),
                    ('IpAddress', priv_ip()), ('IpPort', str(rng.randint(49152, 65535))),
                    ('LogonGuid', '{' + uid() + '}')]
            xml_event(L, 'Microsoft-Windows-Security-Auditing', 4624, comp, data, 'Security', 0)
        elif v == 1:
            data = [('param1', ch(['Print Spooler', 'Windows Update', 'Mirth Connect Service', 'Epic Print Service'])),
                    ('param2', ch(['running', 'stopped']))]
            xml_event(L, 'Service Control Manager', 7036, comp, data, 'System')
        elif v == 2:
            data = [('RuleName', '-'), ('UtcTime', f'{now():%Y-%m-%d %H:%M:%S}.{rng.randint(0, 999):03d}'),
                    ('ProcessGuid', '{' + uid() + '}'), ('ProcessId', str(rng.randint(1000, 20000))),
                    ('Image', ch([r'C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe', r'C:\Program Files\Java\jdk-17\bin\java.exe'])),
                    ('CommandLine', ch(['java -Xmx2g -Dspring.profiles.active=prod -jar hunter-scheduler-2.4.1.jar',
                                        'powershell.exe -NoProfile -File C:\\ops\\rotate-logs.ps1 -RetentionDays 90',
                                        f'java -jar kafka-connect-hl7-{ver()}.jar --topic adt.events'])),
                    ('User', r'CORP\svc_ops'), ('Hashes', sysmon_hashes())]
            xml_event(L, 'Microsoft-Windows-Sysmon', 1, comp, data, 'Microsoft-Windows-Sysmon/Operational')
        elif v == 3:
            ps_dump(L, [('ComputerName', comp.split('.')[0]), ('OSVersion', '10.0.19045'),
                        ('LastBootUpTime', f'5/12/2024 11:{rng.randint(10, 59)}:13 PM'), ('Uptime', f'0.0{rng.randint(1, 9)}:19:31'),
                        ('FreeSpaceGB', f'{rng.uniform(5, 200):.1f}'), ('Domain', 'corp.local')])
        elif v == 4:
            data = [('Subject', 'CN=fhir.example-health.org'), ('Thumbprint', hexs(40).upper()),
                    ('NotAfter', nonperson_date()), ('DaysRemaining', str(rng.randint(5, 300)))]
            xml_event(L, 'CertificateServicesClient-AutoEnrollment', 64, comp, data, 'Application', 3)
        elif v == 5:
            ps_dump(L, [('Report', 'ShiftHandoff'), ('Unit', ch(UNITS)), ('GeneratedByRole', ch(ROLES)),
                        ('Patients', str(rng.randint(8, 30))), ('AvgAge', str(rng.randint(40, 79))),
                        ('Duration', f'{rng.randint(1, 40)}s'), ('JobId', uid())])
        else:
            data = [('Application', ch(['Hunter.exe', 'SpringTray.exe', 'PacsViewer.exe'])),
                    ('Version', ver()), ('ExceptionCode', '0xc0000005'), ('FaultOffset', '0x' + hexs(16)),
                    ('ProcessId', '0x' + hexs(4)), ('ReportId', uid())]
            xml_event(L, 'Application Error', 1000, comp, data, 'Application', 2)
    return L


# --------------------------------------------------------------------------
# family: hl7_fhir
# --------------------------------------------------------------------------
def hl7_ts():
    return f'{now():%Y%m%d%H%M%S}'


def g_hl7(phi):
    L = Line('hl7_fhir')
    sep = jsep()
    if phi:
        p = Person()
        v = rng.randrange(9)
        if v == 0:
            ident = [{'system': 'http://hl7.org/fhir/sid/us-ssn', 'value': P(p.ssn, 'ssn')},
                     {'type': {'coding': [{'system': 'http://terminology.hl7.org/CodeSystem/v2-0203', 'code': 'MR'}]},
                      'system': 'urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14', 'value': P(p.mrn, 'mrn')}]
            if rng.random() < 0.3:
                ident.append({'system': 'http://hl7.org/fhir/sid/passport-USA', 'value': P(passport(), 'other_id')})
            if rng.random() < 0.3:
                st, dlv = drivers_license()
                ident.append({'system': 'urn:oid:2.16.840.1.113883.4.3.6', 'value': P(dlv, 'license')})
            rng.shuffle(ident)
            tel = [{'system': 'phone', 'value': P(p.phone(), 'phone'), 'use': ch(['home', 'mobile'])}]
            if rng.random() < 0.6:
                tel.append({'system': 'email', 'value': P(p.email, 'email')})
            if rng.random() < 0.2:
                tel.append({'system': 'fax', 'value': P(phone(), 'fax')})
            if rng.random() < 0.2:
                tel.append({'system': 'url', 'value': P(profile_url(p), 'url')})
            res = {'resourceType': 'Patient',
                   'meta': {'versionId': str(rng.randint(1, 9)), 'lastUpdated': ts_iso()},
                   'identifier': ident,
                   'name': [{'use': 'official', 'family': P(p.last, 'name'), 'given': [P(p.first, 'name')]}],
                   'telecom': tel, 'gender': p.g, 'birthDate': P(fdate(p.dob, 'iso'), 'date'),
                   'address': [{'use': 'home', 'line': [P(p.street, 'address')], 'city': P(p.city, 'address'),
                                'state': p.state, 'postalCode': P(p.zip, 'zip'), 'country': 'US'}]}
            if rng.random() < 0.15:
                res['photo'] = [{'contentType': 'image/jpeg', 'data': P(photo_b64('jpeg'), 'photo')}]
            L.add(jp(res, sep))
        elif v == 1:
            rp = Person()
            res = {'resourceType': 'RelatedPerson', 'patient': {'reference': f'Patient/{uid()}'},
                   'relationship': [{'coding': [{'system': 'http://terminology.hl7.org/CodeSystem/v3-RoleCode',
                                                  'code': ch(['DAU', 'SON', 'WIFE', 'HUSB', 'NBOR'])}]}],
                   'name': [{'family': P(rp.last, 'name'), 'given': [P(rp.first, 'name')]}],
                   'telecom': [{'system': 'phone', 'value': P(rp.phone(), 'phone')}],
                   'address': [{'line': [P(rp.street, 'address')], 'city': P(rp.city, 'address'), 'state': rp.state,
                                'postalCode': P(rp.zip, 'zip')}]}
            L.add(jp(res, sep))
        elif v == 2:
            res = {'resourceType': 'Coverage', 'status': 'active',
                   'subscriberId': P(p.member, 'health_plan'),
                   'beneficiary': {'reference': f'Patient/{uid()}', 'display': P(p.full('fl'), 'name')},
                   'relationship': {'coding': [{'code': 'self'}]},
                   'payor': [{'display': ch(['Aetna', 'Blue Cross Blue Shield of Illinois', 'Medicare Part B', 'Humana Gold Plus'])}],
                   'class': [{'type': {'coding': [{'code': 'plan'}]}, 'value': ch(['PPO-GOLD', 'HMO-300', 'MA-PD'])}]}
            L.add(jp(res, sep))
        elif v == 3:
            nk = Person()
            rel = ch(['SPO^Spouse', 'CHD^Child', 'SIB^Sibling', 'FND^Friend'])
            L.add('NK1|1|', P(nk.last.upper() if rng.random() < 0.4 else nk.last, 'name'), '^',
                  P(nk.first.upper() if rng.random() < 0.4 else nk.first, 'name'), '^^^|', rel, '^HL70063|',
                  P(nk.street, 'address'), '^^', P(nk.city, 'address'), '^', nk.state, '^', P(nk.zip, 'zip'), '^USA|',
                  P(nk.phone('hl7'), 'phone'), '^PRN^PH||EC^Emergency Contact^HL70131')
        elif v == 4:
            L.add('GT1|1||', P(p.last, 'name'), '^', P(p.first, 'name'), '||', P(p.street, 'address'), '^^',
                  P(p.city, 'address'), '^', p.state, '^', P(p.zip, 'zip'), '|', P(p.phone('hl7'), 'phone'), '||',
                  P(fdate(p.dob, 'hl7'), 'date'), '|', p.sex, '||SEL|', P(p.ssn, 'ssn'))
        elif v == 5:
            L.add('IN1|1|', ch(['BCBSPPO^Blue Cross PPO', 'AETHMO^Aetna HMO', 'MCRB^Medicare Part B']), '|',
                  digits(4), '|', ch(['BLUE CROSS BLUE SHIELD', 'AETNA INC', 'CMS']), '|PO BOX ', digits(5),
                  '^^ATLANTA^GA^30348||||||||||||', P(p.last, 'name'), '^', P(p.first, 'name'), '|01|',
                  P(fdate(p.dob, 'hl7'), 'date'), '|', P(p.street, 'address'), '^^', P(p.city, 'address'), '^',
                  p.state, '^', P(p.zip, 'zip'), '|||||||||||||||||', P(p.member, 'health_plan'))
        elif v == 6:
            res = {'resourceType': 'Device', 'status': 'active',
                   'udiCarrier': [{'deviceIdentifier': digits(14), 'carrierHRF': P(udi(), 'device')}],
                   'serialNumber': P(device_serial(), 'device'),
                   'deviceName': [{'name': ch(['Alaris 8100 LVP', 'Dexcom G7 Sensor', 'Medtronic 780G'])}],
                   'patient': {'reference': f'Patient/{uid()}', 'display': P(p.full('fl'), 'name')}}
            # deviceIdentifier is the model-level DI (not patient specific) -> make it the GTIN
            res['udiCarrier'][0]['deviceIdentifier'] = res['udiCarrier'][0]['carrierHRF'].v[4:18]
            L.add(jp(res, sep))
        elif v == 7:
            adm = rand_date(2024, 2024, 5, 1)
            dis = adm + dt.timedelta(days=rng.randint(1, 9))
            res = {'resourceType': 'Encounter', 'status': 'finished', 'class': {'code': 'IMP'},
                   'subject': {'reference': f'Patient/{uid()}', 'display': P(p.full('fl'), 'name')},
                   'period': {'start': P(f'{adm:%Y-%m-%d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00-05:00', 'date'),
                              'end': P(f'{dis:%Y-%m-%d}', 'date')},
                   'hospitalization': {'dischargeDisposition': {'text': ch(['Home', 'SNF', 'Home health'])}}}
            if p.old:
                res['extension'] = [{'url': 'http://example.org/fhir/StructureDefinition/age-at-encounter',
                                     'valueInteger': P(str(p.age), 'age', num=True)}]
            L.add(jp(res, sep))
        else:
            ec = Person()
            res = {'resourceType': 'Patient', 'active': True,
                   'name': [{'use': 'usual', 'text': P(p.full(ch(['fl', 'fml'])), 'name')}],
                   'birthDate': P(fdate(p.dob, 'iso'), 'date'),
                   'contact': [{'relationship': [{'text': ch(['daughter', 'son', 'spouse', 'guardian'])}],
                                'name': {'text': P(ec.full('fl'), 'name')},
                                'telecom': [{'system': 'phone', 'value': P(ec.phone(), 'phone')}]}],
                   'managingOrganization': {'display': ch(['Lakeside Medical Group', 'Northside Clinic'])}}
            if p.old:
                res['extension'] = [{'url': 'http://example.org/fhir/StructureDefinition/age',
                                     'valueInteger': P(str(p.age), 'age', num=True)}]
            L.add(jp(res, sep))
    else:
        v = rng.randrange(7)
        if v == 0:
            L.add('MSH|^~\\&|', ch(['EPIC', 'CERNER', 'MEDITECH']), '|', ch(['MAINHOSP', 'NORTHCLINIC']), '|RHAPSODY|LAB|',
                  hl7_ts(), '||', ch(['ADT^A01', 'ORU^R01', 'ORM^O01', 'ADT^A08']), '|', f'MSG{digits(8)}', '|P|2.5.1')
        elif v == 1:
            L.add('OBX|1|NM|', ch(['2345-7^Glucose^LN', '718-7^Hemoglobin^LN', '2160-0^Creatinine^LN']), '||',
                  str(rng.randint(4, 180)), '|', ch(['mg/dL', 'g/dL']), '|', ch(['70-99', '12.0-16.0', '0.6-1.3']),
                  '|', ch(['N', 'H', 'L']), '|||F')
        elif v == 2:
            L.add(jp({'resourceType': 'OperationOutcome', 'issue': [{'severity': 'error', 'code': ch(['processing', 'not-found', 'invalid']),
                      'diagnostics': ch(['HAPI-0971: Resource Patient/8812 is not known', 'Unknown search parameter "birthdat"',
                                         'Timeout after 30000ms calling terminology server'])}]}, sep))
        elif v == 3:
            d = ch(DRUGS)
            L.add(jp({'resourceType': 'Medication', 'id': uid(), 'code': {'coding': [{'system': 'http://hl7.org/fhir/sid/ndc',
                      'code': ndc(), 'display': f'{d} {ch([5, 10, 20, 500])} MG Oral Tablet'}]},
                      'batch': {'lotNumber': f'L{digits(4)}{ch("ABC")}', 'expirationDate': nonperson_date()}}, sep))
        elif v == 4:
            L.add(jp({'resourceType': 'Bundle', 'type': 'searchset', 'total': rng.randint(0, 400),
                      'link': [{'relation': 'self', 'url': f'https://fhir.example-health.org/R4/Observation?code=2345-7&_count=50&_page={rng.randint(1, 8)}'}],
                      'meta': {'lastUpdated': ts_iso()}}, sep))
        elif v == 5:
            L.add('MSA|AA|', f'MSG{digits(8)}', '|Message accepted|', str(rng.randint(1, 99)))
        else:
            L.add(jp({'resourceType': 'CapabilityStatement', 'status': 'active', 'date': nonperson_date(),
                      'software': {'name': ch(['HAPI FHIR Server', 'Firely Server']), 'version': ver()},
                      'fhirVersion': '4.0.1', 'format': ['json', 'xml']}, sep))
    return L


# --------------------------------------------------------------------------
# family: sql
# --------------------------------------------------------------------------
def pg_prefix():
    t = now()
    return f'{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d} UTC [{rng.randint(1000, 99999)}] '


def sqlq(v, cat=None, n=False):
    """quoted SQL literal parts"""
    assert "'" not in v
    return [("N'" if n else "'"), P(v, cat) if cat else v, "'"]


def g_sql(phi):
    L = Line('sql')
    if phi:
        p = Person()
        v = rng.randrange(8)
        if v == 0:
            cols = ch([('first_name', 'last_name', 'dob', 'ssn'), ('fname', 'lname', 'birth_dt', 'ss_num'),
                       ('given_name', 'family_name', 'date_of_birth', 'ssn')])
            L.add(pg_prefix(), f'LOG:  duration: {rng.uniform(0.2, 900):.3f} ms  statement: INSERT INTO patients (',
                  ', '.join(cols), ', created_at) VALUES (', sqlq(p.first, 'name'), ',', sqlq(p.last, 'name'), ',',
                  sqlq(fdate(p.dob, 'iso'), 'date'), ',', sqlq(p.ssn, 'ssn'), ", now())")
        elif v == 1:
            sets = ch([[('home_phone', p.phone(), 'phone'), ('zip_cd', p.zip, 'zip')],
                       [('email_addr', p.email, 'email')], [('addr_line1', p.street, 'address'), ('city', p.city, 'address'), ('state', p.state, None)],
                       [('insured_id', p.member, 'health_plan')], [('fax_no', phone(), 'fax')]])
            parts = []
            for i, (c, val, cat) in enumerate(sets):
                if i:
                    parts.append(', ')
                parts += [f'{c} = '] + sqlq(val, cat)
            L.add(pg_prefix(), f'LOG:  duration: {rng.uniform(0.2, 90):.3f} ms  execute <unnamed>: UPDATE ',
                  ch(['patients', 'ehr.patient_demographics', 'pt_contact']), ' SET ', parts, ', updated_at = now() WHERE ',
                  ch(['mrn', 'med_rec_no', 'patient_mrn']), ' = ', sqlq(p.mrn, 'mrn'))
        elif v == 2:
            k = rng.randrange(4)
            col, val, cat = [('email', p.email, 'email'), ('ssn', p.ssn, 'ssn'), ('member_id', p.member, 'health_plan'),
                             ('mrn', p.mrn, 'mrn')][k]
            L.add(pg_prefix(), 'DETAIL:  Key (', col, ')=(', P(val, cat), ') already exists.')
        elif v == 3:
            L.add(f'# Time: {ts_iso(frac=6)} # User@Host: app[app] @  [{priv_ip()}]  Id: {rng.randint(1000, 99999)} ',
                  f'# Query_time: {rng.uniform(1, 12):.6f}  Lock_time: 0.000{rng.randint(100, 999)} Rows_sent: 1  Rows_examined: {rng.randint(10000, 2000000)} ',
                  f'SET timestamp={epoch()}; SELECT * FROM patient WHERE last_name = ', sqlq(p.last, 'name'),
                  ' AND birth_date = ', sqlq(fdate(p.dob, 'iso'), 'date'), ';')
        elif v == 4:
            acct = ch([('CardNumber', card('plain'), 'account'), ('BankAcctNo', bank_acct(), 'account'), ('IBAN', iban(False), 'account')])
            L.add(f'{now():%Y-%m-%d %H:%M:%S}.{rng.randint(1000000, 9999999)} audit action_id=IN succeeded=1 session_id=',
                  str(rng.randint(50, 400)), r' server_principal_name=CORP\svc_billing database_name=Billing statement=INSERT INTO dbo.PatientPayments (SubscriberNum, ',
                  acct[0], ', Amount, PayerName) VALUES (', sqlq(p.member, 'health_plan', True), ', ', sqlq(acct[1], 'account', True),
                  f', {rng.uniform(10, 900):.2f}, ', sqlq(p.full('fl'), 'name', True), ')')
        elif v == 5:
            L.add(pg_prefix(), 'LOG:  execute S_3: SELECT id, status FROM encounters WHERE mrn = $1 AND admit_dt = $2 ',
                  'DETAIL:  parameters: $1 = ', sqlq(p.mrn, 'mrn'), ', $2 = ', sqlq(fdate(rand_date(2024, 2024, 5, 12), 'iso'), 'date'))
        elif v == 6:
            st, dlv = drivers_license()
            L.add(pg_prefix(), 'LOG:  statement: INSERT INTO parking_permits (holder_name, plate_no, vin, dl_no, dl_state) VALUES (',
                  sqlq(p.full('fl'), 'name'), ', ', sqlq(plate(), 'vehicle'), ', ', sqlq(vin(), 'vehicle'), ', ',
                  sqlq(dlv, 'license'), ", '", st, "')")
        else:
            L.add(pg_prefix(), 'ERROR:  new row for relation "rx_orders" violates check constraint "dea_format" ',
                  'DETAIL:  Failing row contains (', uid(), ', ', P(p.mrn, 'mrn'), ', ', ch(DRUGS), ', ',
                  P(dea(), 'license'), ', null, ', str(rng.randint(1, 90)), ').')
    else:
        v = rng.randrange(8)
        if v == 0:
            L.add(pg_prefix(), f'LOG:  checkpoint complete: wrote {rng.randint(100, 9000)} buffers ({rng.uniform(0, 9):.1f}%); 0 WAL file(s) added, 1 removed, 0 recycled; write={rng.uniform(1, 200):.3f} s, sync=0.0{rng.randint(10, 99)} s')
        elif v == 1:
            L.add(pg_prefix(), f'LOG:  automatic vacuum of table "ehr.public.{ch(["audit_events", "encounters", "hl7_inbound"])}": index scans: 1 pages: 0 removed, {rng.randint(1000, 90000)} remain, tuples: {rng.randint(0, 5000)} removed')
        elif v == 2:
            L.add(pg_prefix(), f'LOG:  connection authorized: user={ch(["svc_etl", "app", "readonly_bi"])} database=ehr application_name=psql host={priv_ip()} SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)')
        elif v == 3:
            L.add(pg_prefix(), f'LOG:  duration: {rng.uniform(100, 9000):.3f} ms  statement: SELECT dept, count(*) FROM encounters WHERE admit_dt >= \'2024-04-01\' AND age_years BETWEEN 65 AND 89 GROUP BY dept')
        elif v == 4:
            L.add(pg_prefix(), f"LOG:  statement: UPDATE inventory SET on_hand = {rng.randint(0, 400)} WHERE ndc = '{ndc()}' AND lot = 'L{digits(4)}A'")
        elif v == 5:
            L.add(f'# Time: {ts_iso(frac=6)} # User@Host: app[app] @  [{priv_ip()}]  Id: {rng.randint(1000, 99999)} ',
                  f'# Query_time: {rng.uniform(1, 12):.6f}  Lock_time: 0.000{rng.randint(100, 999)} Rows_sent: {rng.randint(1, 500)}  Rows_examined: {rng.randint(10000, 2000000)} ',
                  f"SET timestamp={epoch()}; SELECT order_id, total FROM orders WHERE order_no = '{order_no()}' AND status = 'SHIPPED';")
        elif v == 6:
            L.add(pg_prefix(), 'LOG:  statement: ALTER TABLE patients ADD COLUMN preferred_name text, ADD COLUMN emergency_contact_phone varchar(20)')
        else:
            L.add(f'{now():%Y-%m-%d %H:%M:%S} ORA-00001: unique constraint (EHR.PK_PT_SSN) violated ORA-06512: at "EHR.PKG_REG", line {rng.randint(10, 900)} sid={rng.randint(10, 999)} serial#={rng.randint(1000, 60000)}')
    return L


# --------------------------------------------------------------------------
# family: csv_tsv (blocks: header + rows)
# --------------------------------------------------------------------------
def csv_field(v, delim):
    """v: str or P. returns parts with CSV quoting when needed."""
    s = v.v if isinstance(v, P) else v
    if delim in s or '"' in s:
        assert '"' not in s
        return ['"', v, '"']
    return [v]


def csv_line(fields, delim, quote_all=False):
    L = Line('csv_tsv')
    for i, f in enumerate(fields):
        if i:
            L.add(delim)
        if quote_all:
            L.add('"', f, '"')
        else:
            L.add(csv_field(f, delim))
    return L


def csv_phi_block(n, k):
    lines = []
    if k == 0:
        hdr, delim, q = ['PatientID', 'LastName', 'FirstName', 'DOB', 'Phone'], ',', False

        def row(p):
            return [P(p.mrn, 'mrn'), P(p.last, 'name'), P(p.first, 'name'), P(fdate(p.dob, 'us'), 'date'), P(p.phone(), 'phone')]
    elif k == 1:
        hdr, delim, q = ['member', 'surname', 'given', 'birth', 'zip'], '\t', False

        def row(p):
            return [P(p.member, 'health_plan'), P(p.last, 'name'), P(p.first, 'name'), P(fdate(p.dob, 'iso'), 'date'), P(p.zip, 'zip')]
    elif k == 2:
        hdr, delim, q = ['mrn', 'pt_name', 'adm_dt', 'dsch_dt', 'attending_role', 'age', 'los_days'], '|', False

        def row(p):
            a = rand_date(2024, 2024, 4, 30)
            d = a + dt.timedelta(days=rng.randint(1, 12))
            return [P(p.mrn, 'mrn'), P(p.full('lf'), 'name'), P(fdate(a, 'iso'), 'date'), P(fdate(d, 'iso'), 'date'),
                    ch(ROLES), P(str(p.age), 'age') if p.age > 89 else str(p.age), str((d - a).days)]
    elif k == 3:
        hdr, delim, q = ['subscriber_id', 'insured_name', 'plan', 'relationship', 'DOB_DT'], ';', False

        def row(p):
            return [P(p.member, 'health_plan'), P(p.full(ch(['fl', 'lf'])), 'name'), ch(['PPO-GOLD', 'HMO-300', 'MA-PD', 'EPO']),
                    ch(['self', 'spouse', 'child']), P(fdate(p.dob, 'eu'), 'date')]
    elif k == 4:
        hdr, delim, q = ['acctNo', 'cardholder', 'card_number', 'exp', 'amount_usd', 'batch'], ',', False

        def row(p):
            return [P(bank_acct(), 'account'), P(p.full('FL'), 'name'), P(card(), 'account'),
                    f'{rng.randint(1, 12):02d}/{rng.randint(25, 29)}', f'{rng.uniform(5, 900):.2f}', f'B{digits(6)}']
    elif k == 5:
        hdr, delim, q = ['Name', 'Email', 'Mobile', 'Street', 'City', 'State', 'Zip'], ',', True

        def row(p):
            return [P(p.full('fl'), 'name'), P(p.email, 'email'), P(p.phone(), 'phone'), P(p.street, 'address'),
                    P(p.city, 'address'), p.state, P(p.zip4 if rng.random() < 0.3 else p.zip, 'zip')]
    elif k == 6:
        hdr, delim, q = ['permit_id', 'owner_name', 'plate', 'vin', 'dl_number', 'lot'], '\t', False

        def row(p):
            return [f'PK-{digits(5)}', P(p.full('fl'), 'name'), P(plate(), 'vehicle'), P(vin(), 'vehicle'),
                    P(drivers_license()[1], 'license'), ch(['Garage B', 'Lot 4', 'ED Surface'])]
    else:
        hdr, delim, q = ['device_serial', 'imei', 'patient_mrn', 'fw_version', 'emergencyContactName', 'homePhone'], ',', False

        def row(p):
            return [P(device_serial(), 'device'), P(imei(), 'device'), P(p.mrn, 'mrn'), ver(),
                    P(Person().full('fl'), 'name'), P(p.phone(), 'phone')]
    if q:
        lines.append(csv_line(hdr, delim, True))
    else:
        lines.append(csv_line(hdr, delim))
    for _ in range(n):
        lines.append(csv_line(row(Person()), delim, q))
    return lines


def csv_clean_block(n):
    k = rng.randrange(6)
    if k == 0:
        hdr, delim = ['sku', 'description', 'qty', 'unit_cost', 'lot', 'expiry'], ','
        row = lambda: [f'SKU-{digits(6)}', ch(['Nitrile gloves M', 'IV start kit', 'Saline 0.9% 1L', 'Gauze 4x4']),
                       str(rng.randint(1, 500)), f'{rng.uniform(0.1, 40):.2f}', f'L{digits(5)}', nonperson_date()]
    elif k == 1:
        hdr, delim = ['ndc', 'drug_name', 'strength', 'form', 'on_hand'], '\t'
        row = lambda: [ndc(), ch(DRUGS), ch(['5 mg', '10 mg', '500 mg', '100 units/mL']), ch(['tablet', 'capsule', 'pen']),
                       str(rng.randint(0, 900))]
    elif k == 2:
        hdr, delim = ['metric', 'p50_ms', 'p95_ms', 'p99_ms', 'count'], ','
        row = lambda: [ch(['fhir.read', 'hl7.ack', 'portal.login', 'kafka.publish', 'spring.boot.start']), str(rng.randint(2, 80)),
                       str(rng.randint(80, 400)), str(rng.randint(400, 3000)), str(rng.randint(100, 900000))]
    elif k == 3:
        hdr, delim = ['age_band', 'female', 'male', 'total'], ','
        bands = ['0-17', '18-39', '40-64', '65-79', '80-89', '90+']
        it = iter(bands[len(bands) - n:])
        row = lambda: (lambda b, f, m: [b, str(f), str(m), str(f + m)])(next(it), rng.randint(5, 900), rng.randint(5, 900))
    elif k == 4:
        hdr, delim = ['order_id', 'status', 'created_at', 'total_usd'], ','
        row = lambda: [order_no(), ch(['SHIPPED', 'PENDING', 'CANCELLED']), ts_iso(frac=0), f'{rng.uniform(5, 5000):.2f}']
    else:
        hdr, delim = ['unit', 'role', 'shift_start', 'headcount'], '\t'
        row = lambda: [ch(UNITS), ch(ROLES), ch(['07:00', '19:00', '15:00']), str(rng.randint(1, 14))]
    return [csv_line(hdr, delim)] + [csv_line(row(), delim) for _ in range(n)]


# --------------------------------------------------------------------------
# family: syslog
# --------------------------------------------------------------------------
APPS = ['checkin', 'rxd', 'faxgw', 'nursecall', 'eligd', 'adtd', 'labeld', 'portal-auth', 'dispatchd', 'pharmacyd']


def syslog_hdr(L, app=None):
    app = app or ch(APPS)
    host = ch(HOSTS)
    if rng.random() < 0.55:
        L.add(f'<{ch([134, 133, 131, 30, 14])}>{ts_3164()} {host} {app}[{rng.randint(100, 65000)}]: ')
    else:
        L.add(f'<{ch([165, 134, 190])}>1 {ts_iso()} {host} {app} {rng.randint(100, 65000)} {ch(["ID47", "-", "AUDIT", "MSG"])} '
              f'[meta sequenceId="{rng.randint(1, 99999)}"] ')


def g_syslog(phi):
    L = Line('syslog')
    syslog_hdr(L)
    if phi:
        p = Person()
        v = rng.randrange(16)
        if v == 14:
            L.add('portal profile link shared via sms: ', P(profile_url(p), 'url'), f' msg_id={hexs(20)} carrier_status=delivered')
        elif v == 15:
            L.add('referral packet for ', P(p.full('lf'), 'name'), ' faxed to ', P(phone(), 'fax'), ' cover sheet callback ',
                  P(p.phone(), 'phone'), f' ({rng.randint(2, 30)} pages)')
        elif v == 0:
            L.add('pt ', P(p.full(ch(['fl', 'fml'])), 'name'), ', ', P(str(p.age), 'age') if p.old else str(p.age), p.sex, ' (DOB ', P(fdate(p.dob, ch(['us_short', 'us', 'iso'])), 'date'),
                  f') checked in at front desk {rng.randint(1, 6)}, queue={rng.randint(1, 40)}')
        elif v == 1:
            L.add('callback requested at ', P(p.phone(), 'phone'), ' for ', P(p.full('fl'), 'name'),
                  f', reason=lab results, priority={ch(["low", "normal"])}')
        elif v == 2:
            L.add('Rx refill for ', P(p.full('lf'), 'name'), ' MRN ', P(p.mrn, 'mrn'), f': {ch(DRUGS)} {ch([5, 10, 20])}mg x{ch([30, 90])}, ',
                  f'order {order_no()}')
        elif v == 3:
            L.add('label printed: ', P(p.full('FL'), 'name'), ' DOB:', P(fdate(p.dob, 'us'), 'date'), ' MRN:', P(p.mrn, 'mrn'),
                  ' Age:', P(str(p.age), 'age') if p.old else str(p.age), f'Y printer=ZB-{rng.randint(1, 30)}')
        elif v == 4:
            L.add('fax sent to ', P(phone(), 'fax'), ' re: ', P(p.full('fl'), 'name'), ' (', P(p.mrn, 'mrn'),
                  f') pages={rng.randint(1, 12)} status=OK job={uid()}')
        elif v == 5:
            L.add('eligibility check ok member=', P(p.member, 'health_plan'),
                  f' payer={ch(["AETNA", "UHC", "CIGNA", "BCBSIL", "MEDICARE"])} latency={rng.randint(40, 900)}ms trace={hexs(32)}')
        elif v == 6:
            L.add(f'unit M{rng.randint(1, 30)} dispatched to ', P(p.street, 'address'), ', ', P(p.city, 'address'), f' {p.state} ',
                  P(p.zip, 'zip'), ' caller ', P(p.phone(), 'phone'))
        elif v == 7:
            L.add('login ok from ', P(pub_ip() if rng.random() < 0.7 else pub_ip6(), 'ip'), ' user=', P(p.uname, 'other_id'),
                  f' mfa=totp session={hexs(16)}')
        elif v == 8:
            L.add('SSN mismatch for ', P(p.full('fl'), 'name'), ': submitted ', P(p.ssn, 'ssn'), f', registry hit count 0, ticket {order_no()}')
        elif v == 9:
            dd = rand_date(2024, 2024, 5, 12)
            L.add('discharged ', P(p.full('fl'), 'name'), ' on ', P(fdate(dd, ch(['us', 'iso', 'mdy'])), 'date'),
                  f' to {ch(["home", "SNF", "home with services"])}; meds reconciled ({ch(DRUGS)}, {ch(DRUGS)})')
        elif v == 10:
            L.add('pump ', P(device_serial(), 'device'), f' assigned to bed {ch(["4W", "6N", "ICU"])}-{rng.randint(1, 30)} for MRN ',
                  P(p.mrn, 'mrn'), f' fw={ver()}')
        elif v == 11:
            st, dlv = drivers_license()
            L.add('visitor badge issued: ', P(p.full('fl'), 'name'), ', plate ', P(plate(), 'vehicle'), f', DL {st} ', P(dlv, 'license'))
        elif v == 12:
            L.add('DEA ', P(dea(), 'license'), f' verified for controlled substance order {order_no()} ({ch(["Oxycodone", "Hydrocodone", "Lorazepam"])}) prescriber role=',
                  ch(ROLES))
        else:
            o = Person(old=True)
            L.add(P(str(o.age), 'age'), f' yo {o.sex} presented with fall; pt ', P(o.full('fl'), 'name'), ', lives at ',
                  P(o.street, 'address'), ', ', P(o.city, 'address'))
    else:
        v = rng.randrange(11)
        msgs = [
            lambda: f'Spring Boot application started in {rng.uniform(2, 9):.2f} seconds (JVM running for {rng.uniform(3, 11):.2f})',
            lambda: f'Kafka consumer group adt-ingest lag={rng.randint(0, 900)} partition={rng.randint(0, 11)} offset={rng.randint(10 ** 6, 10 ** 8)}',
            lambda: f'com.acme.sched.Hunter sweep completed: {rng.randint(0, 5)} orphaned sessions, took {rng.randint(50, 2000)}ms',
            lambda: f'triage: {rng.randint(18, 89)} yo {ch("MF")} chest pain, ESI {rng.randint(1, 5)}, assigned to {ch(ROLES)}',
            lambda: f'{ch(DRUGS)} {ch([5, 10, 500])}mg dispensed from cabinet PYX-{ch(["4W", "ED", "6N"])} lot L{digits(4)}A exp {nonperson_date()}',
            lambda: f'certificate CN=fhir.example-health.org expires {nonperson_date()} ({rng.randint(5, 300)} days)',
            lambda: f'May batch close: {rng.randint(100, 3000):,} claims submitted, {rng.randint(0, 80)} rejected, run {uid()}',
            lambda: f'Accepted publickey for deploy from {priv_ip()} port {rng.randint(40000, 65000)} ssh2: ED25519 SHA256:{b64(32)[:43]}',
            lambda: f'(root) CMD (/usr/local/bin/backup.sh --retention {ch([30, 90, 365])} --target s3://ehr-backups-{hexs(6)})',
            lambda: f'{ch(ROLES)} paged for bed {ch(["4W", "6N", "ICU"])}-{rng.randint(1, 30)}, response {rng.randint(5, 240)}s, call id {hexs(12)}',
            lambda: f'eligibility batch {order_no()} done: {rng.randint(10, 900)} ok, {rng.randint(0, 20)} failed, avg {rng.randint(40, 900)}ms, version {ver()}',
        ]
        L.add(msgs[v]())
    return L


# --------------------------------------------------------------------------
# family: graphql
# --------------------------------------------------------------------------
def pbs(v, cat):
    """protobuf text string field"""
    assert '"' not in v and '\\' not in v
    return ['"', P(v, cat), '"']


def g_graphql(phi):
    L = Line('graphql')
    sep = jsep()
    pre = f'{ts_iso()} {ch(["INFO", "DEBUG"])} '
    if phi:
        p = Person()
        v = rng.randrange(7)
        if v == 0:
            inp = {}
            fields = [('givenName', P(p.first, 'name')), ('familyName', P(p.last, 'name')), ('postalCode', P(p.zip, 'zip')),
                      ('homePhone', P(p.phone(), 'phone')), ('email', P(p.email, 'email')),
                      ('birthDate', P(fdate(p.dob, 'iso'), 'date')), ('addressLine1', P(p.street, 'address')),
                      ('city', P(p.city, 'address')), ('faxNumber', P(phone(), 'fax')),
                      ('personalWebsite', P(profile_url(p), 'url'))]
            for k, val in rng.sample(fields, rng.randint(2, 5)):
                inp[k] = val
            inp['preferredLanguage'] = ch(['en', 'es', 'yo', 'pl', 'vi'])
            body = {'operationName': 'UpdatePatient', 'variables': {'input': inp, 'id': uid()},
                    'query': 'mutation UpdatePatient($id: ID!, $input: PatientInput!) { updatePatient(id: $id, input: $input) { id updatedAt } }'}
            L.add(pre, f'graphql request op=UpdatePatient durationMs={rng.randint(5, 400)} client={priv_ip()} body=', jp(body, sep))
        elif v == 1:
            bd = p.dob
            L.add(pre, f'grpc.method=/ehr.v1.PatientService/CreatePatient grpc.code=OK grpc.time_ms={dur()} peer={priv_ip()}:{rng.randint(30000, 60000)} ',
                  'req=patient { given_name: ', pbs(asc(p.first) if rng.random() < 0.5 else p.first, 'name'), ' family_name: ',
                  pbs(p.last, 'name'), ' birth_date { ', P(f'year: {bd.year} month: {bd.month} day: {bd.day}', 'date'), ' } ',
                  'ssn: ', pbs(p.ssn, 'ssn'), ' address { line: ', pbs(p.street, 'address'), ' city: ', pbs(p.city, 'address'),
                  f' state: "{p.state}" postal_code: ', pbs(p.zip, 'zip'), ' } }')
        elif v == 2:
            q = M('query { patientSearch(lastName: "', P(p.last, 'name'), '", dob: "',
                  P(fdate(p.dob, 'iso'), 'date'), '") { id mrn } }')
            L.add(pre, 'apollo request ', jp({'operationName': None, 'query': q, 'variables': {}, 'durationMs': rng.randint(5, 300)}, sep))
        elif v == 3:
            L.add(pre, f'grpc.method=/coverage.v2.Eligibility/Check grpc.code={ch(["OK", "NOT_FOUND"])} ',
                  'x-forwarded-for=', P(pub_ip(), 'ip'), f' x-request-id={uid()} req=member_id: ', pbs(p.member, 'health_plan'),
                  ' subscriber { name: ', pbs(p.full('fl'), 'name'), ' age_years: ',
                  P(str(p.age), 'age') if p.old else str(p.age), ' } service_type: "30"')
        elif v == 4:
            body = {'operationName': 'ResetPassword', 'variables': {'email': P(p.email, 'email'),
                                                                   'username': P(p.uname, 'other_id')}}
            L.add(pre, 'graphql request remoteAddr=', P(pub_ip() if rng.random() < 0.7 else pub_ip6(), 'ip'),
                  f' status=200 ms={rng.randint(5, 200)} ', jp(body, sep))
        elif v == 5:
            body = {'operationName': 'AddPaymentMethod',
                    'variables': {'input': {'cardholderName': P(p.full('fl'), 'name'), 'cardNumber': P(card(), 'account'),
                                            'expMonth': rng.randint(1, 12), 'expYear': rng.randint(2025, 2030),
                                            'billingZip': P(p.zip, 'zip')}}}
            L.add(pre, f'graphql op=AddPaymentMethod traceId={hexs(32)} spanId={hexs(16)} vars=', jp(body, sep))
        else:
            body = {'operationName': 'UploadProfilePhoto',
                    'variables': {'patientId': P(p.mrn, 'mrn'), 'photo': P(photo_uri(), 'photo')}}
            L.add(pre, f'graphql op=UploadProfilePhoto sizeBytes={rng.randint(20000, 900000)} ', jp(body, sep))
    else:
        v = rng.randrange(6)
        if v == 0:
            cursor = base64.b64encode(f'cursor:{rng.randint(10, 500)}'.encode()).decode()
            body = {'operationName': 'ListFormulary', 'variables': {'first': 20, 'after': cursor, 'filter': {'name': ch(DRUGS)}},
                    'query': 'query ListFormulary($first: Int, $after: String) { formulary(first: $first, after: $after) { edges { node { ndc name } } } }'}
            L.add(pre, f'graphql request op=ListFormulary durationMs={rng.randint(5, 400)} client={priv_ip()} body=', jp(body, sep))
        elif v == 1:
            L.add(pre, f'grpc.method=/grpc.health.v1.Health/Check grpc.code=OK grpc.time_ms={dur()} peer={priv_ip()}:{rng.randint(30000, 60000)} resp=status: SERVING')
        elif v == 2:
            L.add(pre.replace('INFO', 'WARN').replace('DEBUG', 'WARN'),
                  f'grpc.method=/claims.v1.Claims/Submit grpc.code=DEADLINE_EXCEEDED grpc.time_ms={rng.randint(5000, 30000)} trace_id={hexs(32)} span_id={hexs(16)} claim_id="{order_no()}"')
        elif v == 3:
            L.add(pre, 'graphql request op=IntrospectionQuery ', jp({'operationName': 'IntrospectionQuery',
                  'query': 'query IntrospectionQuery { __schema { queryType { name } types { name kind } } }'}, sep))
        elif v == 4:
            L.add(pre, 'graphql op=AcknowledgeAlert ', jp({'operationName': 'AcknowledgeAlert',
                  'variables': {'alertId': uid(), 'ackRole': ch(ROLES), 'ttlSeconds': 3600}}, sep))
        else:
            L.add(pre, f'grpc.method=/scheduling.v1.Slots/List grpc.code=OK req=clinic_id: {rng.randint(10, 999)} day {{ year: 2024 month: {ch([5, 6])} day: {rng.randint(1, 28)} }} page_size: 50 resp_items={rng.randint(0, 40)}')
    return L


# --------------------------------------------------------------------------
# family: mobile
# --------------------------------------------------------------------------
def logcat(L, level, tag):
    t = now()
    L.add(f'{t:%m-%d %H:%M:%S}.{t.microsecond // 1000:03d}  {rng.randint(1000, 30000):5d}  {rng.randint(1000, 30000):5d} {level} {tag}: ')


def ioslog(L, cat):
    t = now()
    L.add(f'{t:%Y-%m-%d %H:%M:%S}.{t.microsecond:06d}-0700 CareApp[{rng.randint(300, 9000)}:{rng.randint(10000, 999999)}] [{cat}] ')


def bundle(items):
    out = ['Bundle[{']
    for i, (k, v) in enumerate(items):
        if i:
            out.append(', ')
        out += [k, '=', v]
    out.append('}]')
    return out


def g_mobile(phi):
    L = Line('mobile')
    if phi:
        p = Person()
        v = rng.randrange(9)
        if v == 0:
            logcat(L, 'D', ch(['PatientActivity', 'ChartFragment', 'IntakeViewModel']))
            items = [(ch(['patient_name', 'ptName', 'PatientFullName']), P(p.full(ch(['fl', 'fml'])), 'name')),
                     (ch(['dob', 'DOB_DT', 'birthDate']), P(fdate(p.dob, ch(['iso', 'us'])), 'date')),
                     (ch(['mrn', 'chartNo']), P(p.mrn, 'mrn')), ('screen', 'summary'), ('retry', 'false'),
                     (ch(['ptAge', 'age', 'ageYears']), P(str(p.age), 'age') if p.old else str(p.age))]
            L.add('onCreate extras=', bundle(items))
        elif v == 1:
            logcat(L, 'I', 'ActivityTaskManager')
            L.add('START u0 {act=android.intent.action.SENDTO dat=mailto:', P(p.email, 'email'),
                  ' flg=0x10000000 cmp=com.google.android.gm/.ComposeActivityGmailExternal (has extras)} extras=',
                  bundle([('android.intent.extra.PHONE_NUMBER', P(p.phone('e164'), 'phone')), ('source', 'careteam')]))
        elif v == 2:
            logcat(L, 'V', 'FA')
            L.add('Logging event (FE): appointment_booked(_ae), ',
                  bundle([('ga_event_origin(_o)', 'app'), ('ga_screen_class(_sc)', 'BookingActivity'),
                          ('ga_screen_id(_si)', f'-{rng.randint(10 ** 17, 10 ** 18)}'), ('clinic_id', str(rng.randint(10, 999))),
                          (ch(['patient_zip', 'zipCd', 'postal_code']), P(p.zip, 'zip')),
                          ('visit_date', P(fdate(rand_date(2024, 2024, 6, 30), 'iso'), 'date'))]))
        elif v == 3:
            ioslog(L, 'Analytics')
            L.add('event=profile_update params={userEmail: ', P(p.email, 'email'), ', homePhone: ', P(p.phone(), 'phone'),
                  f', appVersion: 3.18.{rng.randint(0, 9)}, ab_bucket: {rng.randint(0, 9)}}}')
        elif v == 4:
            ioslog(L, 'Crash')
            L.add(f'Incident Identifier: {uid().upper()} | Hardware Model: iPhone14,{rng.randint(2, 8)} | OS Version: iOS 17.4.1 | ',
                  'Last Exception Reason: Invalid DOB ', P(fdate(p.dob, 'iso'), 'date'), ' for patient ', P(p.full('fl'), 'name'),
                  ' | Device Serial: ', P(device_serial(), 'device'))
        elif v == 5:
            logcat(L, 'I', 'DeviceInfo')
            L.add(f'model=SM-S918U sdk=34 imei=', P(imei(), 'device'), ' serial=', P(device_serial(), 'device'),
                  f' wifi_ip={priv_ip()} public_ip=', P(pub_ip(), 'ip'), ' user=', P(p.uname, 'other_id'))
        elif v == 6:
            logcat(L, 'I', 'ActivityTaskManager')
            L.add('START u0 {act=android.intent.action.VIEW dat=', P(profile_url(p), 'url'),
                  ' flg=0x10000000 cmp=com.examplehealth.care/.ProfileActivity} from uid 10245')
        elif v == 7:
            logcat(L, 'D', 'PhotoUpload')
            L.add(f'POST /v1/patients/me/photo bytes={rng.randint(10000, 400000)} payload=', P(photo_uri(), 'photo'))
        else:
            ioslog(L, 'BioEnroll')
            L.add('voiceprint enrolled for ', P(p.full('fl'), 'name'), f' quality={rng.uniform(0.5, 1):.2f} template=',
                  P(fp_template(), 'biometric'))
    else:
        v = rng.randrange(8)
        if v == 0:
            logcat(L, 'E', 'AndroidRuntime')
            L.add(f'FATAL EXCEPTION: main Process: com.examplehealth.care, PID: {rng.randint(1000, 30000)} java.lang.NullPointerException: Attempt to invoke virtual method on a null object reference at com.examplehealth.care.sched.Hunter.run(Hunter.kt:{rng.randint(20, 300)})')
        elif v == 1:
            logcat(L, 'V', 'FA')
            L.add('Logging event (FE): screen_view(_vs), ', ''.join(bundle([('ga_event_origin(_o)', 'auto'),
                  ('ga_screen_class(_sc)', ch(['MedListActivity', 'SpringOnboarding', 'HomeFragment'])),
                  ('ga_screen_id(_si)', f'-{rng.randint(10 ** 17, 10 ** 18)}')])))
        elif v == 2:
            ioslog(L, 'Memory')
            L.add(f'Received memory warning. footprint={rng.randint(100, 900)}MB limit=1400MB view=MedicationDetailViewController build={ver()}')
        elif v == 3:
            logcat(L, 'D', 'OkHttp')
            L.add(f'<-- 200 https://api.example-health.org/v1/formulary?page={rng.randint(1, 9)}&q={ch(DRUGS)} ({rng.randint(20, 900)}ms, {rng.randint(1, 90)}kB body)')
        elif v == 4:
            logcat(L, 'I', 'Choreographer')
            L.add(f'Skipped {rng.randint(30, 200)} frames!  The application may be doing too much work on its main thread.')
        elif v == 5:
            ioslog(L, 'Network')
            L.add(f'reachability changed: wifi ip={priv_ip()} gateway=192.168.1.1 dns=10.0.0.2 mtu=1500 session={uid()}')
        elif v == 6:
            logcat(L, 'W', 'Jackson')
            L.add(f'Unrecognized field "ptAge" (class com.examplehealth.care.dto.IntakeDto), not marked as ignorable; value={rng.randint(18, 89)} requestId={hexs(16)}')
        else:
            ioslog(L, 'Analytics')
            L.add(f'event=reminder_set params={{drug: {ch(DRUGS)}, time: "08:00", repeat: daily, reminderId: {uid()}, appVersion: 3.18.{rng.randint(0, 9)}}}')
    return L


GEN = {'nginx_json': g_nginx, 'win_evt': g_win, 'hl7_fhir': g_hl7, 'sql': g_sql, 'syslog': g_syslog,
       'graphql': g_graphql, 'mobile': g_mobile}


# --------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------
def build():
    per_family = 75
    tokens = []
    for fam in GEN:
        flags = [True] * 41 + [False] * 34
        rng.shuffle(flags)
        tokens += [(fam, f) for f in flags]
    # CSV: 8 PHI blocks (42 rows) + 5 clean blocks (20 rows) + 13 headers = 75
    phi_rows = [6, 5, 6, 5, 5, 6, 5, 4]
    clean_rows = [4, 4, 4, 4, 4]
    assert sum(phi_rows) + sum(clean_rows) + len(phi_rows) + len(clean_rows) == per_family
    kinds = list(range(8))
    rng.shuffle(kinds)
    tokens += [('csv_phi', (n, k)) for n, k in zip(phi_rows, kinds)] + [('csv_clean', n) for n in clean_rows]
    rng.shuffle(tokens)
    lines = []
    for kind, arg in tokens:
        CLOCK[0] += dt.timedelta(seconds=rng.uniform(0.2, 40), microseconds=rng.randint(0, 999999))
        if kind == 'csv_phi':
            lines += csv_phi_block(*arg)
        elif kind == 'csv_clean':
            lines += csv_clean_block(arg)
        else:
            L = GEN[kind](arg)
            assert bool(L.spans) == arg, (kind, arg, L.text())
            lines.append(L)
    return lines


def check_span_value(cat, v):
    v = urllib.parse.unquote_plus(v)
    if cat == 'ssn':
        assert ssn_ok(v), v
    elif cat == 'age':
        assert int(v) > 89, v
    elif cat == 'ip':
        assert ipaddress.ip_address(v).is_global, v
    elif cat == 'vehicle' and len(v) == 17:
        assert vin_ok(v), v
    elif cat == 'account':
        d = v.replace(' ', '').replace('-', '')
        if d[:2].isalpha():
            assert _iban_num(d[4:] + d[:4]) % 97 == 1, v
        elif len(d) in (15, 16) and (d[0] in '3456' or d[:2] in ('22', '23', '24', '25', '26', '27')):
            assert luhn_ok(d), v
    elif cat == 'device' and v.isdigit() and len(v) == 15:
        assert luhn_ok(v), v
    elif cat == 'phone' or cat == 'fax':
        d = ''.join(c for c in v if c.isdigit())
        if len(d) == 11:
            d = d[1:]
        assert len(d) == 10 and d[0] in '23456789' and d[3] in '23456789' and d[4:6] != '11' and d[1:3] != '11', v


def main():
    lines = build()
    os.makedirs(OUT, exist_ok=True)
    with open(LOG, 'wb') as f:
        for L in lines:
            f.write(L.text().encode('utf-8') + b'\n')
    with open(LAB, 'w', encoding='utf-8') as f:
        for i, L in enumerate(lines, 1):
            f.write(json.dumps({'line': i, 'family': L.family,
                                'spans': [{'s': s, 'e': e, 'cat': c} for s, e, c, _ in L.spans]},
                               ensure_ascii=False) + '\n')

    # ---------------- verification (re-read files in binary) ----------------
    with open(LOG, 'rb') as f:
        raw = f.read()
    assert raw.endswith(b'\n')
    blines = raw[:-1].split(b'\n')
    assert len(blines) == len(lines), (len(blines), len(lines))
    with open(LAB, 'rb') as f:
        labs = [json.loads(x) for x in f.read().decode('utf-8').splitlines()]
    assert len(labs) == len(blines)
    cat_c, fam_c, fam_lines, fam_clean = Counter(), defaultdict(Counter), Counter(), Counter()
    clean = 0
    for i, (bl, lab, L) in enumerate(zip(blines, labs, lines), 1):
        bl.decode('utf-8')  # valid UTF-8
        assert b'\r' not in bl
        assert lab['line'] == i and lab['family'] == L.family
        prev_e = 0
        for sp, (s, e, c, val) in zip(lab['spans'], L.spans):
            assert (sp['s'], sp['e'], sp['cat']) == (s, e, c)
            assert bl[s:e] == val.encode('utf-8'), (i, bl[s:e], val)
            assert s >= prev_e and e > s, ('overlap/order', i)
            prev_e = e
            check_span_value(c, val)
            cat_c[c] += 1
            fam_c[L.family][c] += 1
        assert len(lab['spans']) == len(L.spans)
        fam_lines[L.family] += 1
        if not lab['spans']:
            clean += 1
            fam_clean[L.family] += 1
            # clean lines must not contain public IPs
            for tok in bl.decode().replace('"', ' ').replace(',', ' ').replace('=', ' ').split():
                tok = tok.strip('[]();:{}')
                if tok.count(':') == 1 and '.' in tok:
                    tok = tok.split(':')[0]
                try:
                    ip = ipaddress.ip_address(tok)
                except ValueError:
                    continue
                assert not ip.is_global, (i, tok)
    total = len(blines)
    print(f'lines={total} clean={clean} ({100 * clean / total:.1f}%) spans={sum(cat_c.values())}')
    print('per category:')
    for c in CATS:
        print(f'  {c:12s} {cat_c[c]}')
    print('per family (lines / clean / spans):')
    for fam in FAMILIES:
        print(f'  {fam:11s} {fam_lines[fam]:4d} {fam_clean[fam]:4d} {sum(fam_c[fam].values()):5d}  ' +
              ' '.join(f'{c}={n}' for c, n in sorted(fam_c[fam].items())))
    print('verification OK')


if __name__ == '__main__':
    main()
