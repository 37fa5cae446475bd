#!/usr/bin/env python3
"""Deterministic generator for test corpus 'gj'.

Online pharmacy refill service, written by a small team with inconsistent
logging: Python f-strings / %-formatting of dicts and dataclasses, Node template
literals and util.inspect, Go %v / %+v / %#v of structs, pointers and maps,
Java toString() styles (IntelliJ, Lombok, records, collections), PHP print_r /
var_dump / var_export / json_encode, and exception messages carrying values.

Writes gj.log and gj.labels.jsonl next to this file. Standard library only.
"""
import base64
import datetime as dt
import json
import os

import random

random.seed(1805)
R = random

HERE = os.path.dirname(os.path.abspath(__file__))
ID = 'gj'
N_LINES = 500
MULTI_CAP = 150  # lines taken by multi-line records (tracebacks, print_r, var_dump, ...)

# ---------------------------------------------------------------------------
# segments: list of (text, cat_or_None)
# ---------------------------------------------------------------------------


def T(x):
    return [(x, None)]


def V(x, cat):
    return [(x, cat)]


def slen(segs):
    return sum(len(t) for t, _ in segs)


def stext(segs):
    return ''.join(t for t, _ in segs)


class P(object):
    """A PHI leaf value."""
    __slots__ = ('v', 'cat')

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class Obj(object):
    def __init__(self, cls, fields, ptr=False, style='ij', addr=None, oid=None):
        self.cls = cls
        self.fields = fields
        self.ptr = ptr
        self.style = style
        self.addr = addr or go_addr()
        self.oid = oid or R.randint(3, 60)


class Raw(object):
    def __init__(self, text):
        self.text = text


class Dec(object):
    def __init__(self, text):
        self.text = text


class Line(object):
    def __init__(self):
        self.buf = bytearray()
        self.spans = []


class ML(object):
    """Multi-line event builder that records byte offsets as it concatenates."""

    def __init__(self, family):
        self.family = family
        self.lines = [Line()]
        self.esc = None

    def add(self, segs):
        for text, cat in segs:
            if self.esc is not None:
                text = self.esc(text)
            if cat:
                assert text and '\n' not in text, (text, cat)
                b = text.encode('utf-8')
                ln = self.lines[-1]
                s = len(ln.buf)
                ln.buf += b
                ln.spans.append((s, s + len(b), cat, b))
            else:
                parts = text.split('\n')
                for i, pt in enumerate(parts):
                    if i:
                        self.lines.append(Line())
                    self.lines[-1].buf += pt.encode('utf-8')
        return self

    def t(self, text):
        return self.add(T(text))

    def v(self, text, cat):
        return self.add(V(text, cat))

    def nl(self):
        self.lines.append(Line())
        return self


# ---------------------------------------------------------------------------
# look-alike helpers
# ---------------------------------------------------------------------------
HEX = '0123456789abcdef'
B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'


def rhex(n):
    return ''.join(R.choice(HEX) for _ in range(n))


def rdig(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def go_addr():
    return '0xc000' + '%06x' % (R.randrange(0x010000, 0xffffff) & ~7)


def uuid4():
    return '%s-%s-4%s-%s%s-%s' % (rhex(8), rhex(4), rhex(3), R.choice('89ab'), rhex(3), rhex(12))


def refill_id():
    return 'rf_' + ''.join(R.choice(B62) for _ in range(10))


def order_no():
    return 'ORD-2405-' + rdig(6)


def req_id():
    return 'req-' + ''.join(R.choice('0123456789abcdefghijklmnopqrstuvwxyz') for _ in range(R.choice([3, 4, 6])))


def private_ip():
    k = R.random()
    if k < 0.6:
        return '10.42.%d.%d' % (R.randint(0, 9), R.randint(2, 250))
    if k < 0.85:
        return '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250))
    return '192.168.%d.%d' % (R.randint(0, 5), R.randint(2, 250))


def ups_tracking():
    return '1Z' + ''.join(R.choice('0123456789ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(6)) + rdig(10)


def usps_tracking():
    return '9400' + rdig(18)


def ms():
    return '%.1fms' % R.uniform(2, 900)


NDCS = [
    ('00093-7146-56', 'metformin ER 500 mg tab'),
    ('00378-1805-10', 'atorvastatin 20 mg tab'),
    ('68180-0513-09', 'lisinopril 10 mg tab'),
    ('00169-4132-12', 'Ozempic 1 mg/dose pen'),
    ('00002-8215-01', 'Humalog KwikPen 100 U/mL'),
    ('59762-0143-02', 'sertraline 50 mg tab'),
    ('00904-6291-61', 'levothyroxine 50 mcg tab'),
    ('60505-0141-01', 'amlodipine 5 mg tab'),
    ('16714-0234-01', 'albuterol HFA 90 mcg inhaler'),
    ('00006-0277-31', 'Januvia 100 mg tab'),
    ('00310-6225-30', 'Farxiga 10 mg tab'),
    ('65862-0198-99', 'losartan 50 mg tab'),
    ('00088-2220-33', 'Lantus SoloStar 100 U/mL'),
    ('00054-0018-25', 'oxycodone 5 mg tab'),
]

STORES = [('0417', '2200 E Speedway Blvd, Tucson, AZ 85719', '520-555-0110'),
          ('0522', '1901 W Madison St, Chicago, IL 60612', '312-555-0133'),
          ('1138', '455 Market St, San Francisco, CA 94105', '415-555-0166'),
          ('0871', '3400 Kirby Dr, Houston, TX 77098', '713-555-0121')]

PBMS = [('610014', 'ADV', 'RX4417'), ('004336', 'ADV', 'RX8811'), ('610502', 'MEDDADV', 'GRP00912'),
        ('003858', 'A4', '2FXA'), ('610097', '9999', 'COMM3344'), ('015581', '03200000', 'HUMANA01')]

PHARMACISTS = [('Tomasz Wiśniewski', 'RPH-0049182'), ('Grace Liu', 'RPH-0051127'),
               ('Emeka Nwosu', 'RPH-0038815'), ('Valentina Russo', 'RPH-0060241'),
               ('Daniel Cohen', 'RPH-0047790')]
TECHS = ['Luis Herrera', 'Priscilla Amankwah', 'Jenna Kowalski', 'Marcus Tran']
AGENTS = ['kbrown', 'jmorales', 'a.petrov', 'nsingh', 'ltorres']


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


def npi():
    base = R.choice('12') + rdig(8)
    return base + luhn_digit('80840' + base)


PRESCRIBERS = []
for _nm, _ph, _fx in [('Dr. Priya Raghunathan', '520-555-0187', '520-555-0190'),
                      ('Dr. Samuel Osei', '773-555-0142', '773-555-0143'),
                      ('Dr. Elena Petrova', '718-555-0115', '718-555-0116'),
                      ('Dr. Marcus Bell', '404-555-0178', '404-555-0179'),
                      ('Dr. Yuki Tanaka', '808-555-0124', '808-555-0125'),
                      ('Dr. Alejandro Fuentes', '305-555-0161', '305-555-0162'),
                      ('Dr. Hannah Weiss', '212-555-0138', '212-555-0139')]:
    PRESCRIBERS.append({'name': _nm, 'phone': _ph, 'fax': _fx, 'npi': npi()})

# ---------------------------------------------------------------------------
# identifier generators with valid check digits
# ---------------------------------------------------------------------------


def card_number(brand):
    if brand == 'visa':
        body = '4' + rdig(14)
    elif brand == 'mc':
        body = R.choice(['51', '52', '53', '54', '55']) + rdig(13)
    elif brand == 'amex':
        body = R.choice(['34', '37']) + rdig(12)
    else:
        body = '6011' + rdig(11)
    return body + luhn_digit(body)


def imei():
    body = R.choice(['35', '86', '01', '35']) + rdig(12)
    return body + luhn_digit(body)


def sin_ca():
    while True:
        body = R.choice('1234567') + rdig(7)
        return body + luhn_digit(body)


def nhs_no():
    while True:
        d = rdig(9)
        s = sum(int(c) * w for c, w in zip(d, range(10, 1, -1)))
        chk = 11 - s % 11
        if chk == 11:
            chk = 0
        if chk == 10:
            continue
        return d + str(chk)


VIN_MAP = dict(zip('ABCDEFGHJKLMNPRSTUVWXYZ', [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi):
    chars = '0123456789ABCDEFGHJKLMNPRSTUVWXYZ'
    v = list(wmi + ''.join(R.choice(chars) for _ in range(5)) + '0' + R.choice('GHJKLMNPR') +
             R.choice('ABCDEFGHJKLMNPRSTUVWXYZ123456789') + rdig(6))
    tot = 0
    for i, c in enumerate(v):
        val = int(c) if c.isdigit() else VIN_MAP[c]
        tot += val * VIN_W[i]
    r = tot % 11
    v[8] = 'X' if r == 10 else str(r)
    return ''.join(v)


def iban(cc, bban):
    rearr = bban + cc + '00'
    num = ''.join(str(int(c, 36)) for c in rearr)
    chk = 98 - int(num) % 97
    return '%s%02d%s' % (cc, chk, bban)


MBI_ALPHA = 'ACDEFGHJKMNPQRTUVWXY'


def mbi():
    a = MBI_ALPHA
    an = a + '0123456789'
    return (R.choice('123456789') + R.choice(a) + R.choice(an) + R.choice('0123456789') + R.choice(a) +
            R.choice(an) + R.choice('0123456789') + R.choice(a) + R.choice(a) + rdig(2))


def ssn():
    while True:
        area = R.randint(101, 899)
        if area == 666:
            continue
        return '%03d-%02d-%04d' % (area, R.randint(1, 99), R.randint(1, 9999))


def dl_for(state):
    if state == 'AZ':
        return R.choice('ABDS') + rdig(8)
    if state == 'IL':
        return R.choice('KLRS') + rdig(11)
    if state in ('TX',):
        return rdig(8)
    if state == 'MA':
        return 'S' + rdig(8)
    if state == 'NJ':
        return R.choice('DKOY') + rdig(14)
    if state == 'DC':
        return rdig(7)
    if state == 'CA':
        return R.choice('ABDFNY') + rdig(7)
    if state == 'NY':
        return rdig(9)
    if state in ('MI', 'MN'):
        return R.choice('HKLW') + rdig(12)
    if state == 'HI':
        return 'H' + rdig(8)
    if state == 'GA':
        return rdig(9)
    if state == 'FL':
        return R.choice('CMVW') + rdig(12)
    if state == 'WA':
        return 'WDL' + ''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(9))
    if state == 'NC':
        return rdig(12)
    if state == 'OR':
        return rdig(7)
    return R.choice('ABCD') + rdig(8)


def plate():
    s = R.random()
    L = 'ABCDEFGHJKLMNPRSTUVWXYZ'
    if s < 0.35:
        return R.choice('5678') + ''.join(R.choice(L) for _ in range(3)) + rdig(3)
    if s < 0.7:
        return ''.join(R.choice(L) for _ in range(3)) + R.choice(['', '-', ' ']) + rdig(4)
    return rdig(3) + ' ' + ''.join(R.choice(L) for _ in range(3))


def public_ip():
    first = R.choice([24, 47, 67, 68, 71, 73, 76, 98, 99, 107, 108, 174, 184, 208, 216])
    return '%d.%d.%d.%d' % (first, R.randint(0, 254), R.randint(1, 254), R.randint(2, 254))


def public_ip6():
    return '2601:%x:%x:%x::%x' % (R.randint(0x100, 0xfff), R.randint(0x1000, 0xffff), R.randint(0x1000, 0xffff),
                                  R.randint(1, 0xff))


def mac():
    octets = [R.randint(0, 255) for _ in range(6)]
    octets[0] &= 0xFC  # unicast, globally administered
    return ':'.join('%02X' % o for o in octets)


def rand_b64(header, n):
    data = header + bytes(R.randrange(256) for _ in range(n))
    return base64.b64encode(data).decode('ascii')


def jpeg_b64(n):
    return rand_b64(b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00', n)


def png_b64(n):
    return rand_b64(b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\xa0\x00\x00\x00\xa0\x08\x06\x00\x00\x00', n)


def fmr_b64(n):
    return rand_b64(b'FMR\x00 20\x00\x00\x00\x01\x2c\x00\x00\x01\x00\x01\x90\x00\xc5\x00\xc5\x01\x00\x00\x00', n)


def voice_b64(n):
    return rand_b64(b'VPRT\x02\x00\x10\x00i-vector\x00', n)


def face_b64(n):
    return rand_b64(b'FTPL\x01\x00\x80\x00', n)


# ---------------------------------------------------------------------------
# people (all synthetic)
# ---------------------------------------------------------------------------
TODAY = dt.date(2024, 5, 14)

PEOPLE_SPEC = [
    # first, last, dob, street, unit, city, county, state, zip, area, email, relative(name, relation)
    ('Amara', 'Okafor', (1958, 2, 11), '1423 Calle Olmo', 'Apt 4B', 'Tucson', 'Pima', 'AZ', '85705', '520',
     'amara.okafor58@gmail.com', ('Chinonso Okafor', 'son')),
    ('José', 'Ramírez', (1971, 9, 30), '3318 W Cermak Rd', '', 'Chicago', 'Cook', 'IL', '60623', '773',
     'jramirez.cermak@yahoo.com', ('María Elena Ramírez', 'spouse')),
    ('Lan', 'Nguyễn', (1984, 6, 17), '9021 Bellaire Blvd', 'Unit 12', 'Houston', 'Harris', 'TX', '77036', '713',
     'lan.nguyen84@icloud.com', ('Tuấn Nguyễn', 'spouse')),
    ('Siobhán', "O'Connor", (1990, 12, 3), '48 Dorchester Ave', '', 'Boston', 'Suffolk', 'MA', '02127', '617',
     'siobhan.oconnor@proton.me', ("Declan O'Connor", 'father')),
    ('Mehmet', 'Yılmaz', (1966, 4, 22), '214 Anderson Ave', 'Apt 3', 'Cliffside Park', 'Bergen', 'NJ', '07010', '201',
     'myilmaz66@hotmail.com', ('Ayşe Yılmaz', 'spouse')),
    ('Kwabena', 'Asante', (1979, 8, 5), '5512 Georgia Ave NW', '', 'Washington', '', 'DC', '20011', '202',
     'kwabena.asante@gmail.com', ('Akosua Asante', 'sister')),
    ('Mei-Ling', 'Chu', (1952, 1, 28), '1780 Clement St', '', 'San Francisco', 'San Francisco', 'CA', '94121', '415',
     'meiling.chu@comcast.net', ('Kevin Chu', 'son')),
    ('Dmitri', 'Volkov', (1988, 3, 14), '3005 Brighton 6th St', 'Apt 5F', 'Brooklyn', 'Kings', 'NY', '11235', '718',
     'dvolkov88@gmail.com', ('Irina Volkova', 'mother')),
    ('Fatima', 'Al-Hashimi', (1975, 11, 9), '6540 Schaefer Rd', '', 'Dearborn', 'Wayne', 'MI', '48126', '313',
     'f.alhashimi@outlook.com', ('Omar Al-Hashimi', 'spouse')),
    ('Björn', 'Lindqvist', (1963, 7, 19), '2210 E Franklin Ave', '', 'Minneapolis', 'Hennepin', 'MN', '55404', '612',
     'bjorn.lindqvist@telia.se', ('Ingrid Lindqvist', 'spouse')),
    ('Tupac', 'Quispe Mamani', (1995, 5, 2), '1150 S Alvarado St', 'Apt 310', 'Los Angeles', 'Los Angeles', 'CA',
     '90006', '213', 'tquispe95@gmail.com', ('Rosa Mamani Condori', 'mother')),
    ('Hana', 'Kobayashi', (1949, 10, 26), '1634 Makiki St', 'Apt 802', 'Honolulu', 'Honolulu', 'HI', '96822', '808',
     'hana.kobayashi@hawaiiantel.net', ('Kenji Kobayashi', 'son')),
    ('Gabriel', "d'Almeida", (1982, 2, 14), '77 Ferry St', '', 'Newark', 'Essex', 'NJ', '07105', '973',
     'gdalmeida@icloud.com', ("Luísa d'Almeida", 'spouse')),
    ('Zofia', 'Kowalczyk', (1957, 8, 8), '5820 W Belmont Ave', '', 'Chicago', 'Cook', 'IL', '60634', '773',
     'zofia.k57@wp.pl', ('Piotr Kowalczyk', 'son')),
    ('Omar', 'Haddad', (1970, 1, 21), '412 Warren Ave W', '', 'Seattle', 'King', 'WA', '98119', '206',
     'omar.haddad70@gmail.com', ('Layla Haddad', 'daughter')),
    ('Thandiwe', 'Mokoena', (1993, 3, 29), '2710 Peachtree Rd NE', 'Apt 1402', 'Atlanta', 'Fulton', 'GA', '30305',
     '404', 'thandi.mokoena@gmail.com', ('Sipho Mokoena', 'brother')),
    ('Esperanza', 'Villanueva-Cruz', (1961, 6, 11), '8813 SW 24th St', '', 'Miami', 'Miami-Dade', 'FL', '33165',
     '305', 'esperanza.vcruz@bellsouth.net', ('Ramón Cruz', 'spouse')),
    ('Ruth', 'Goldberg', (1930, 4, 2), '220 W 98th St', 'Apt 6C', 'New York', 'New York', 'NY', '10025', '212',
     'ruthgoldberg1930@aol.com', ('Deborah Goldberg-Shapiro', 'daughter')),
    ('Harold', 'Jenkins', (1932, 11, 15), '418 Pine Ridge Rd', '', 'Asheville', 'Buncombe', 'NC', '28804', '828',
     'hjenkins32@charter.net', ('Loretta Jenkins', 'daughter')),
    ('Aroha', 'Ngata', (1986, 9, 9), '3920 NE Sandy Blvd', '', 'Portland', 'Multnomah', 'OR', '97232', '503',
     'aroha.ngata@gmail.com', ('Wiremu Ngata', 'partner')),
    ('Rahul', 'Deshpande', (2001, 12, 24), '1201 Oak Tree Rd', 'Apt 2A', 'Iselin', 'Middlesex', 'NJ', '08830', '732',
     'rahul.deshpande01@gmail.com', ('Sunita Deshpande', 'mother')),
    ('Leilani', 'Kahananui', (1933, 1, 7), '85-1234 Farrington Hwy', '', 'Waianae', 'Honolulu', 'HI', '96792', '808',
     'leilani.k@hawaii.rr.com', ('Keoni Kahananui', 'grandson')),
    ('Wei', 'Chen', (1999, 7, 7), '4511 University Way NE', 'Apt 407', 'Seattle', 'King', 'WA', '98105', '206',
     'wei.chen.99@gmail.com', ('Chen Jianguo', 'father')),
]

MEMBER_STYLES = ['XQH', 'W', 'U', 'ZGP', 'H', 'JQU', 'M']


def member_id(style):
    if style == 'XQH':
        return 'XQH' + rdig(9)
    if style == 'W':
        return 'W' + rdig(9)
    if style == 'U':
        return 'U' + rdig(8) + '01'
    if style == 'ZGP':
        return 'ZGP' + rdig(10)
    if style == 'H':
        return 'H' + rdig(8)
    if style == 'JQU':
        return 'JQU' + rdig(6) + R.choice('ABCDEF') + rdig(2)
    return 'M' + rdig(10)


def medicaid(state):
    if state == 'CA':
        return rdig(8) + R.choice('ABCDEFGH')
    if state == 'NY':
        return ''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(2)) + rdig(5) + R.choice('ABCDEFGHJKLMNPRSTUVWXYZ')
    return rdig(12)


def make_people():
    people = []
    used_lines = set()
    for i, spec in enumerate(PEOPLE_SPEC):
        first, last, dob, street, unit, city, county, state, zp, area, email, rel = spec
        p = {'first': first, 'last': last, 'full': first + ' ' + last}
        p['dob'] = dt.date(*dob)
        age = TODAY.year - p['dob'].year - ((TODAY.month, TODAY.day) < (p['dob'].month, p['dob'].day))
        p['age'] = age
        p['street'], p['unit'], p['city'], p['county'], p['state'], p['zip'] = street, unit, city, county, state, zp
        p['zip4'] = rdig(4)
        while True:
            ln = '01%02d' % R.randint(0, 99)
            if (area, ln) not in used_lines and not ln.endswith('0'):
                used_lines.add((area, ln))
                break
        p['area'], p['line'] = area, ln
        p['email'] = email
        p['pid'] = R.randint(1000000, 9899999)
        p['mrn'] = R.choice(['MRN', 'MRN-', 'E', 'PT']) + rdig(R.choice([7, 8]))
        p['member'] = member_id(R.choice(MEMBER_STYLES))
        p['pbm'] = R.choice(PBMS)
        p['mbi'] = mbi() if age >= 65 else None
        p['medicaid'] = medicaid(state) if first in ('Tupac', 'Dmitri', 'Thandiwe') else None
        p['ssn'] = ssn()
        brand = R.choice(['visa', 'visa', 'mc', 'amex', 'disc'])
        p['card'] = card_number(brand)
        p['card_brand'] = brand
        p['bank_acct'] = rdig(R.choice([9, 10, 12]))
        p['billing'] = 'BA-' + rdig(8)
        p['dl'] = dl_for(state)
        p['plate'] = plate()
        p['vin'] = vin(R.choice(['1HG', '5YJ', '1FT', 'JTD', '2T1', '3VW', 'KMH', '1G1']))
        p['cgm'] = ''.join(R.choice('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6))
        p['meter_sn'] = R.choice(['GX', 'NR', 'CM']) + rdig(9)
        p['pump_sn'] = 'NG' + rdig(7) + 'H'
        p['imei'] = imei()
        p['mac'] = mac()
        base = (first.split('-')[0] + '.' + last.split(' ')[0]).lower()
        base = base.replace("'", '')
        for a, b in (('é', 'e'), ('á', 'a'), ('ễ', 'e'), ('ı', 'i'), ('ö', 'o'), ('í', 'i')):
            base = base.replace(a, b)
        p['username'] = base + str(p['dob'].year % 100).zfill(2)
        p['ip'] = public_ip()
        p['rel_name'], p['rel_kind'] = rel
        while True:
            ln2 = '01%02d' % R.randint(0, 99)
            if (area, ln2) not in used_lines:
                used_lines.add((area, ln2))
                break
        p['rel_line'] = ln2
        ln3 = '01%02d' % R.randint(0, 99)
        used_lines.add((area, ln3))
        p['fax_line'] = ln3
        p['pa_case'] = 'PA-2024-' + rdig(6)
        p['kit'] = 'KIT-' + ''.join(R.choice('ABCDEFGHJKMNPQRSTUVWXYZ23456789') for _ in range(4)) + '-' + \
                   ''.join(R.choice('ABCDEFGHJKMNPQRSTUVWXYZ23456789') for _ in range(4))
        p['rewards'] = '60' + rdig(10)
        p['natid'] = None
        if first == 'Wei':
            s = sin_ca()
            p['natid'] = ('SIN', s[:3] + ' ' + s[3:6] + ' ' + s[6:])
        if first == 'Siobhán':
            n = nhs_no()
            p['natid'] = ('NHS', n[:3] + ' ' + n[3:6] + ' ' + n[6:])
        if first == 'Björn':
            p['iban'] = iban('SE', rdig(20))
        elif first == 'Gabriel':
            p['iban'] = iban('PT', rdig(21))
        else:
            p['iban'] = iban('DE', rdig(18))
        p['weight'] = [6, 5, 4, 4, 4, 4, 4, 3, 3, 3, 3, 4, 3, 3, 3, 3, 3, 4, 4, 3, 3, 3, 3][i]
        people.append(p)
    return people


PEOPLE = make_people()


def pick():
    return R.choices(PEOPLE, weights=[p['weight'] for p in PEOPLE])[0]


def pick_where(pred):
    c = [p for p in PEOPLE if pred(p)]
    return R.choices(c, weights=[p['weight'] for p in c])[0]


def phone(p, style=None, rel=False):
    line = p['rel_line'] if rel else p['line']
    a = p['area']
    style = style or R.choice(['paren', 'dash', 'e164', 'dot', 'plain', 'dash'])
    return {'paren': '(%s) 555-%s' % (a, line), 'dash': '%s-555-%s' % (a, line), 'e164': '+1%s555%s' % (a, line),
            'dot': '%s.555.%s' % (a, line), 'plain': '%s555%s' % (a, line), 'intl': '+1 %s-555-%s' % (a, line)}[style]


def fax(p, style='dash'):
    return phone(dict(p, line=p['fax_line']), style)


MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']


def fdate(d, style='iso'):
    if style == 'iso':
        return d.isoformat()
    if style == 'us':
        return d.strftime('%m/%d/%Y')
    if style == 'compact':
        return d.strftime('%Y%m%d')
    if style == 'long':
        return '%s %d, %d' % (MONTHS[d.month - 1][:3], d.day, d.year)
    if style == 'dmy':
        return d.strftime('%d.%m.%Y')
    raise ValueError(style)


def bad_date(p):
    d = p['dob']
    return R.choice(['%d-13-%02d' % (d.year, d.day), '%d-%02d-%02d' % (d.year, d.month, 45),
                     '%d-02-30' % d.year, '%02d/%02d/%d' % (d.day + 12 if d.day < 19 else 31, d.month, d.year),
                     '%d-%02d-%02d' % (d.year + 100, d.month, d.day) if d.year < 1950 else '%d-00-%02d' % (d.year, d.day)])


def street_line(p):
    return p['street'] + ((' ' + p['unit']) if p['unit'] else '')


def addr_one(p, with_zip=True):
    """'street, city, ST zip' as segments (street+city one span, zip separate)."""
    segs = V(street_line(p) + ', ' + p['city'], 'address') + T(', ' + p['state'])
    if with_zip:
        segs += T(' ') + V(p['zip'], 'zip')
    return segs


# ---------------------------------------------------------------------------
# value renderers: each returns a list of segments
# ---------------------------------------------------------------------------
def js_quote(s):
    if "'" in s and '"' not in s:
        q = '"'
    elif "'" in s and '"' in s and '`' not in s:
        q = '`'
    else:
        q = "'"
    c = s.replace('\\', '\\\\').replace('\n', '\\n')
    if q == "'":
        c = c.replace("'", "\\'")
    return q, c, q


def go_q(s):
    return s.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n').replace('\t', '\\t')


def json_str(s, fl):
    c = json.dumps(s, ensure_ascii=fl in ('py', 'php'))[1:-1]
    if fl == 'php':
        c = c.replace('/', '\\/')
    if fl == 'go':
        c = c.replace('<', '\\u003c').replace('>', '\\u003e').replace('&', '\\u0026')
    return c


def js_num(x):
    if isinstance(x, float) and x == int(x):
        return str(int(x))
    return repr(x)


def leaf(x, lang, q=False):
    """(prefix, content, suffix) for a scalar in a given language rendering."""
    if isinstance(x, Raw):
        return '', x.text, ''
    if isinstance(x, bool):
        if lang == 'py':
            return '', 'True' if x else 'False', ''
        if lang == 'php_r':
            return '', '1' if x else '', ''
        if lang == 'php_vd':
            return 'bool(', 'true' if x else 'false', ')'
        return '', 'true' if x else 'false', ''
    if x is None:
        return '', {'py': 'None', 'go': '<nil>', 'gos': 'nil', 'php_r': '', 'php_vd': 'NULL', 'php_ve': 'NULL',
                    'js': 'null', 'java': 'null'}.get(lang, 'null'), ''
    if isinstance(x, int):
        if lang == 'php_vd':
            return 'int(', str(x), ')'
        return '', str(x), ''
    if isinstance(x, float):
        if lang == 'php_vd':
            return 'float(', js_num(x), ')'
        if lang in ('js', 'go', 'php_r', 'php_ve') or lang.startswith('json'):
            return '', js_num(x), ''
        return '', repr(x), ''
    if isinstance(x, Dec):
        if lang == 'py':
            return "Decimal('", x.text, "')"
        if lang == 'java':
            return '', x.text, ''
        if lang == 'php_vd':
            return 'float(', js_num(float(x.text)), ')'
        if lang.startswith('json'):
            return '"', x.text, '"'
        return '', js_num(float(x.text)), ''
    if isinstance(x, dt.datetime):
        iso = x.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (x.microsecond // 1000)
        if lang == 'py':
            return 'datetime.datetime(', '%d, %d, %d, %d, %d, %d, %d' % (x.year, x.month, x.day, x.hour, x.minute,
                                                                         x.second, x.microsecond), \
                ', tzinfo=datetime.timezone.utc)'
        if lang == 'go':
            return '', x.strftime('%Y-%m-%d %H:%M:%S.') + '%03d +0000 UTC' % (x.microsecond // 1000), ''
        if lang == 'php_vd':
            return 'string(%d) "' % len(iso), iso, '"'
        if lang.startswith('json'):
            return '"', iso, '"'
        return '', iso, ''
    if isinstance(x, dt.date):
        if lang == 'py':
            return 'datetime.date(', '%d, %d, %d' % (x.year, x.month, x.day), ')'
        if lang == 'js':
            return '', x.isoformat() + 'T00:00:00.000Z', ''
        if lang == 'go':
            return '', x.isoformat() + ' 00:00:00 +0000 UTC', ''
        if lang == 'gos':
            return 'time.Date(', '%d, time.%s, %d' % (x.year, MONTHS[x.month - 1], x.day), ', 0, 0, 0, 0, time.UTC)'
        if lang == 'php_vd':
            return 'string(10) "', x.isoformat(), '"'
        if lang == 'php_ve':
            return "'", x.isoformat(), "'"
        if lang.startswith('json'):
            return '"', x.isoformat(), '"'
        return '', x.isoformat(), ''
    if isinstance(x, str):
        if lang == 'py':
            r = repr(x)
            return r[0], r[1:-1], r[-1]
        if lang == 'js':
            return js_quote(x)
        if lang == 'gos':
            return '"', go_q(x), '"'
        if lang == 'java':
            return ("'", x, "'") if q else ('', x, '')
        if lang == 'php_vd':
            return 'string(%d) "' % len(x.encode('utf-8')), x, '"'
        if lang == 'php_ve':
            return "'", x.replace('\\', '\\\\').replace("'", "\\'"), "'"
        if lang.startswith('json'):
            return '"', json_str(x, lang[5:]), '"'
        return '', x, ''
    raise TypeError(repr(x))


def leaf_segs(x, lang, q=False):
    if isinstance(x, P):
        pre, c, post = leaf(x.v, lang, q)
        out = []
        if pre:
            out.append((pre, None))
        out.append((c, x.cat))
        if post:
            out.append((post, None))
        return out
    pre, c, post = leaf(x, lang, q)
    return [(pre + c + post, None)]


def items_of(x):
    if isinstance(x, dict):
        return list(x.items())
    if isinstance(x, Obj):
        return list(x.fields)
    return list(enumerate(x))


def r_py(x):
    if isinstance(x, dict):
        out = T('{')
        for i, (k, v) in enumerate(x.items()):
            if i:
                out += T(', ')
            out += T(repr(k) + ': ') + r_py(v)
        return out + T('}')
    if isinstance(x, (list, tuple)):
        o, c = ('[', ']') if isinstance(x, list) else ('(', ')')
        out = T(o)
        for i, v in enumerate(x):
            if i:
                out += T(', ')
            out += r_py(v)
        if isinstance(x, tuple) and len(x) == 1:
            out += T(',')
        return out + T(c)
    if isinstance(x, Obj):
        out = T(x.cls + '(')
        for i, (k, v) in enumerate(x.fields):
            if i:
                out += T(', ')
            out += T(k + '=') + r_py(v)
        return out + T(')')
    return leaf_segs(x, 'py')


def js_key(k):
    if isinstance(k, int):
        return "'%d'" % k
    ok = k and (k[0].isalpha() or k[0] in '_$') and all(c.isalnum() or c in '_$' for c in k)
    return k if ok else "'" + k + "'"


def r_js(x, depth=0, ind=0, single=False, maxdepth=2):
    if isinstance(x, (dict, Obj, list)):
        is_list = isinstance(x, list)
        if depth > maxdepth:
            if is_list:
                return T('[Array]')
            return T('[%s]' % (x.cls if isinstance(x, Obj) else 'Object'))
        prefix = (x.cls + ' ') if isinstance(x, Obj) else ''
        ob, cb = ('[', ']') if is_list else ('{', '}')
        its = items_of(x)
        if not its:
            return T(prefix + ob + cb)
        entries = []
        for k, v in its:
            head = T('') if is_list else T(js_key(k) + ': ')
            entries.append(head + r_js(v, depth + 1, ind + 2, single, maxdepth))
        n = len(entries)
        total = n + (n + ind + len(ob) + len(prefix) + 10) + sum(slen(e) for e in entries)
        if single or (total + n <= 80 and not any('\n' in stext(e) for e in entries)):
            out = T(prefix + ob + ' ')
            for i, e in enumerate(entries):
                if i:
                    out += T(', ')
                out += e
            return out + T(' ' + cb)
        pad = ' ' * (ind + 2)
        out = T(prefix + ob + '\n' + pad)
        for i, e in enumerate(entries):
            if i:
                out += T(',\n' + pad)
            out += e
        return out + T('\n' + ' ' * ind + cb)
    return leaf_segs(x, 'js')


def r_go(x, plus=False, depth=0):
    if isinstance(x, dict):
        out = T('map[')
        for i, k in enumerate(sorted(x)):
            if i:
                out += T(' ')
            out += T(str(k) + ':') + r_go(x[k], plus, depth + 1)
        return out + T(']')
    if isinstance(x, list):
        out = T('[')
        for i, v in enumerate(x):
            if i:
                out += T(' ')
            out += r_go(v, plus, depth + 1)
        return out + T(']')
    if isinstance(x, Obj):
        if x.ptr and depth > 0:
            return T(x.addr)
        out = T(('&' if x.ptr else '') + '{')
        for i, (k, v) in enumerate(x.fields):
            if i:
                out += T(' ')
            if plus:
                out += T(k + ':')
            out += r_go(v, plus, depth + 1)
        return out + T('}')
    return leaf_segs(x, 'go')


def r_gos(x, depth=0):
    """Go %#v"""
    if isinstance(x, dict):
        out = T('map[string]interface {}{')
        for i, k in enumerate(sorted(x)):
            if i:
                out += T(', ')
            out += T('"%s":' % k) + r_gos(x[k], depth + 1)
        return out + T('}')
    if isinstance(x, list):
        out = T('[]string{' if all(isinstance(v, (str, P)) for v in x) else '[]interface {}{')
        for i, v in enumerate(x):
            if i:
                out += T(', ')
            out += r_gos(v, depth + 1)
        return out + T('}')
    if isinstance(x, Obj):
        if x.ptr and depth > 0:
            return T('(*%s)(%s)' % (x.cls, x.addr))
        out = T(('&' if x.ptr else '') + x.cls + '{')
        for i, (k, v) in enumerate(x.fields):
            if i:
                out += T(', ')
            out += T(k + ':') + r_gos(v, depth + 1)
        return out + T('}')
    return leaf_segs(x, 'gos')


def r_java(x, q=False):
    if isinstance(x, dict):
        out = T('{')
        for i, (k, v) in enumerate(x.items()):
            if i:
                out += T(', ')
            out += T(str(k) + '=') + r_java(v)
        return out + T('}')
    if isinstance(x, list):
        out = T('[')
        for i, v in enumerate(x):
            if i:
                out += T(', ')
            out += r_java(v)
        return out + T(']')
    if isinstance(x, Obj):
        o, c = {'ij': ('{', '}'), 'lombok': ('(', ')'), 'record': ('[', ']')}[x.style]
        out = T(x.cls + o)
        for i, (k, v) in enumerate(x.fields):
            if i:
                out += T(', ')
            out += T(k + '=') + r_java(v, q=(x.style == 'ij'))
        return out + T(c)
    return leaf_segs(x, 'java', q)


def php_key_r(k, cls):
    if isinstance(k, int):
        return str(k)
    if '|' in k:
        name, vis = k.split('|')
        return name + ':' + (cls + ':private' if vis == 'private' else vis)
    return k


def php_key_vd(k, cls):
    if isinstance(k, int):
        return '[%d]' % k
    if '|' in k:
        name, vis = k.split('|')
        return '["%s":%s]' % (name, '"%s":private' % cls if vis == 'private' else vis)
    return '["%s"]' % k


def r_php_r(x, ind=0, top=True):
    if isinstance(x, (dict, list, Obj)):
        cls = x.cls if isinstance(x, Obj) else None
        out = T((cls + ' Object' if cls else 'Array') + '\n' + ' ' * ind + '(\n')
        for k, v in items_of(x):
            out += T(' ' * (ind + 4) + '[' + php_key_r(k, cls) + '] => ') + r_php_r(v, ind + 8, False) + T('\n')
        out += T(' ' * ind + (')' if top else ')\n'))
        return out
    return leaf_segs(x, 'php_r')


def r_php_vd(x, ind=0):
    if isinstance(x, (dict, list, Obj)):
        its = items_of(x)
        cls = x.cls if isinstance(x, Obj) else None
        head = ('object(%s)#%d (%d) {\n' % (cls, x.oid, len(its))) if cls else ('array(%d) {\n' % len(its))
        out = T(head)
        for k, v in its:
            out += T(' ' * (ind + 2) + php_key_vd(k, cls) + '=>\n' + ' ' * (ind + 2)) + r_php_vd(v, ind + 2) + T('\n')
        return out + T(' ' * ind + '}')
    return leaf_segs(x, 'php_vd')


def r_php_ve(x, ind=0):
    if isinstance(x, (dict, list)):
        out = T('array (\n')
        for k, v in items_of(x):
            kk = str(k) if isinstance(k, int) else "'" + k + "'"
            if isinstance(v, (dict, list)):
                out += T(' ' * (ind + 2) + kk + ' => \n' + ' ' * (ind + 2)) + r_php_ve(v, ind + 2) + T(',\n')
            else:
                out += T(' ' * (ind + 2) + kk + ' => ') + leaf_segs(v, 'php_ve') + T(',\n')
        return out + T(' ' * ind + ')')
    return leaf_segs(x, 'php_ve')


def r_json(x, fl='js'):
    si, sk = (', ', ': ') if fl in ('py', 'zapc') else (',', ':')
    lang = 'json_' + ('js' if fl == 'zapc' else fl)
    if isinstance(x, (dict, Obj)):
        out = T('{')
        for i, (k, v) in enumerate(items_of(x)):
            if i:
                out += T(si)
            out += T('"' + json_str(str(k), lang[5:]) + '"' + sk) + r_json(v, fl)
        return out + T('}')
    if isinstance(x, list):
        out = T('[')
        for i, v in enumerate(x):
            if i:
                out += T(si)
            out += r_json(v, fl)
        return out + T(']')
    return leaf_segs(x, lang)


# ---------------------------------------------------------------------------
# clock & timestamp formats
# ---------------------------------------------------------------------------
CLOCK = [dt.datetime(2024, 5, 14, 7, 58, 3, 412000)]
EPOCH = dt.datetime(1970, 1, 1)


def tick():
    CLOCK[0] += dt.timedelta(seconds=R.uniform(0.2, 48), microseconds=R.randint(0, 999999))
    return CLOCK[0]


def later(t, lo=0.001, hi=1.5):
    return t + dt.timedelta(seconds=R.uniform(lo, hi))


def ts_py(t):
    return t.strftime('%Y-%m-%d %H:%M:%S') + ',%03d' % (t.microsecond // 1000)


def ts_iso(t):
    return t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (t.microsecond // 1000)


def ts_go(t):
    return t.strftime('%Y/%m/%d %H:%M:%S')


def ts_go_us(t):
    return t.strftime('%Y/%m/%d %H:%M:%S.') + '%06d' % t.microsecond


def ts_ms(t):
    return int(round((t - EPOCH).total_seconds() * 1000))


def ts_zap(t):
    return '%.7f' % ((t - EPOCH).total_seconds() + R.randint(0, 99) / 1e7)


def ts_spring(t):
    return t.strftime('%Y-%m-%d %H:%M:%S.') + '%03d' % (t.microsecond // 1000)


def ts_php(t):
    return t.strftime('%d-%b-%Y %H:%M:%S') + ' UTC'


def ts_monolog(t):
    return t.strftime('%Y-%m-%dT%H:%M:%S.%f') + '+00:00'


def ts_clf(t):
    return t.strftime('%d/%b/%Y:%H:%M:%S') + ' +0000'


def ts_logrus(t):
    return t.strftime('%Y-%m-%dT%H:%M:%SZ')


def spring_prefix(t, level, thread, logger, pid=1):
    return '%s %5s %d --- [%15.15s] %-40.40s : ' % (ts_spring(t), level, pid, thread[-15:], logger)


def http_thread():
    return 'http-nio-8080-exec-%d' % R.randint(1, 10)


def py_prefix(t, level, name):
    return '%s %s [%s] ' % (ts_py(t), level, name)


def win_prefix(t, level):
    return '%s %s: ' % (ts_iso(t), level)


def go_prefix(t, src=None):
    return ts_go(t) + ' ' + (src + ': ' if src else '')


def php_prefix(t):
    return '[%s] ' % ts_php(t)


def monolog_prefix(t, chan, level):
    return '[%s] %s.%s: ' % (ts_monolog(t), chan, level)


def celery_prefix(t, level, proc=None):
    proc = proc or ('ForkPoolWorker-%d' % R.randint(1, 8))
    return '[%s: %s/%s] ' % (ts_py(t), level, proc)


def drug():
    return R.choice(NDCS)


def store():
    return R.choice(STORES)


# ---------------------------------------------------------------------------
# PHI-bearing events
# ---------------------------------------------------------------------------
def nm(p, style='full'):
    if style == 'full':
        return P(p['full'], 'name')
    if style == 'first':
        return P(p['first'], 'name')
    if style == 'last':
        return P(p['last'], 'name')
    if style == 'lf':
        return P(p['last'] + ', ' + p['first'], 'name')
    if style == 'upper':
        return P(p['full'].upper(), 'name')


def ev_py_dict():
    p, t, m = pick(), tick(), ML('py-logging')
    ks = R.choice([('patient_id', 'name', 'dob', 'phone'), ('patientId', 'fullName', 'birthDate', 'phoneNumber'),
                   ('pt_id', 'pt_name', 'dob', 'tel'), ('id', 'patient', 'date_of_birth', 'mobile')])
    nd, _ = drug()
    d = {ks[0]: P(p['pid'], 'mrn'), ks[1]: nm(p), ks[2]: P(fdate(p['dob'], R.choice(['iso', 'iso', 'us'])), 'date'),
         ks[3]: P(phone(p), 'phone'),
         'items': [{'ndc': nd, 'qty': R.choice([30, 60, 90]), 'days_supply': R.choice([30, 90])}],
         'fulfillment': R.choice(['pickup', 'mail', 'curbside']), 'store_id': store()[0],
         'auto_refill': R.random() < .5}
    if R.random() < .4:
        d['request_id'] = uuid4()
    if R.random() < .3:
        d['email'] = P(p['email'], 'email')
    if p['age'] >= 80:
        d['age'] = P(p['age'], 'age') if p['age'] > 89 else p['age']
    msg = R.choice(['refill request received: ', 'validated payload -> ', 'creating refill %s from ' % refill_id(),
                    'payload=', 'incoming: '])
    m.t(py_prefix(t, R.choice(['INFO', 'DEBUG']), 'refill.intake.api') + msg).add(r_py(d))
    return m


def ev_py_dataclass():
    p, t, m = pick(), tick(), ML('py-logging')
    bin_, pcn, grp = p['pbm']
    obj = Obj('Patient', [('id', P(p['pid'], 'mrn')), ('first_name', nm(p, 'first')), ('last_name', nm(p, 'last')),
                          ('dob', P(p['dob'], 'date')), ('member_id', P(p['member'], 'health_plan')),
                          ('group_no', grp), ('bin', bin_), ('plan', None)])
    code, why = R.choice([('75', 'Prior Authorization Required'), ('79', 'Refill Too Soon'),
                          ('70', 'Product/Service Not Covered'), ('76', 'Plan Limitations Exceeded'),
                          ('MR', 'Product Not On Formulary')])
    if R.random() < .6:
        m.t(py_prefix(t, 'WARNING', 'refill.eligibility') + 'coverage check failed for ').add(r_py(obj))
        m.t(': PBM reject %s (%s) txn=%s' % (code, why, rdig(12)))
    else:
        m.t(py_prefix(t, 'INFO', 'refill.eligibility') + 'cached eligibility for ').add(r_py(obj))
        m.t(' ttl=3600s hit_ratio=%.2f' % R.uniform(.5, .95))
    return m


def pyd_date_msg(bad):
    if '/' in bad:
        return ('Input should be a valid date or datetime, invalid character in year', 'date_from_datetime_parsing')
    y, mo, d = bad.split('-')
    if int(mo) > 12 or int(mo) == 0:
        return ('Input should be a valid date or datetime, month value is outside expected range of 1..12',
                'date_from_datetime_parsing')
    if int(y) > 2024:
        return ('Date should be in the past', 'date_past')
    return ('Input should be a valid date or datetime, day value is outside expected range', 'date_from_datetime_parsing')


def ev_py_traceback():
    p, t, m = pick(), tick(), ML('py-traceback')
    bad = bad_date(p)
    m.t(py_prefix(t, 'ERROR', 'uvicorn.error') + 'Exception in ASGI application').nl()
    chained = R.random() < .5
    if chained:
        m.t('Traceback (most recent call last):').nl()
        m.t('  File "/srv/refill-intake/app/util/dates.py", line 19, in parse_dob').nl()
        if R.random() < .5:
            m.t('    return datetime.strptime(value, "%Y-%m-%d").date()').nl()
            m.t('           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^').nl()
            m.t('  File "/usr/local/lib/python3.11/_strptime.py", line 568, in _strptime_datetime').nl()
            m.t('    tt, fraction, gmtoff_fraction = _strptime(data_string, format)').nl()
            m.t("ValueError: time data '").v(bad, 'date').t("' does not match format '%Y-%m-%d'").nl()
        else:
            m.t('    return date.fromisoformat(value)').nl()
            m.t('           ^^^^^^^^^^^^^^^^^^^^^^^^^').nl()
            m.t("ValueError: Invalid isoformat string: '").v(bad, 'date').t("'").nl()
        m.nl().t('The above exception was the direct cause of the following exception:').nl().nl()
    m.t('Traceback (most recent call last):').nl()
    m.t('  File "/srv/refill-intake/.venv/lib/python3.11/site-packages/uvicorn/protocols/http/h11_impl.py", '
        'line 408, in run_asgi').nl()
    m.t('    result = await app(  # type: ignore[func-returns-value]').nl()
    m.t('  File "/srv/refill-intake/app/api/refills.py", line 118, in create_refill').nl()
    m.t('    patient = await svc.resolve_patient(payload)').nl()
    m.t('  File "/srv/refill-intake/app/services/patients.py", line 64, in resolve_patient').nl()
    m.t('    dob = parse_dob(raw["dob"], who=raw.get("name"))').nl()
    m.t('  File "/srv/refill-intake/app/util/dates.py", line %d, in parse_dob' % (23 if chained else 22)).nl()
    m.t('    raise ValueError(f"invalid date {value!r} for patient {who}")' + (' from exc' if chained else '')).nl()
    k = R.random()
    if k < .4:
        m.t("ValueError: invalid date '").v(bad, 'date').t("' for patient ").add([(p['full'], 'name')])
    elif k < .7:
        m.t("ValueError: invalid date '").v(bad, 'date').t("' for patient ").v(p['last'] + ', ' + p['first'], 'name')
        m.t(' (mrn=').v(p['mrn'], 'mrn').t(')')
    else:
        m.t("ValueError: invalid date '").v(bad, 'date').t("' for patient ").v(str(p['pid']), 'mrn')
    return m


def ev_py_pydantic():
    p, t, m = pick(), tick(), ML('py-pydantic')
    bad = bad_date(p)
    errs = []
    dmsg, dtype = pyd_date_msg(bad)
    errs.append((R.choice(['dob', 'date_of_birth', 'birthDate']), dmsg, dtype, P(bad, 'date')))
    k = R.random()
    if k < .4:
        ph = phone(p, 'dash') + R.choice(['8', ' x2', ' ext 1'])
        errs.append(('phone', "String should match pattern '^\\+?1?\\d{10}$'", 'string_pattern_mismatch', P(ph, 'phone')))
    elif k < .7:
        z = p['zip'] + '-' + p['zip4']
        errs.append(('zip', 'String should have at most 5 characters', 'string_too_long', P(z, 'zip')))
    else:
        bad_em = p['email'].rsplit('.', 1)[0]
        errs.append(('email', 'value is not a valid email address: The part after the @-sign is not valid. '
                              'It should have a period.', 'value_error', P(bad_em, 'email')))
    if R.random() < .5:
        errs = errs[:1]
    model = R.choice(['PatientLookup', 'RefillCreate', 'ProfileUpdate'])
    route = {'PatientLookup': 'POST /v1/patients/lookup', 'RefillCreate': 'POST /v1/refills',
             'ProfileUpdate': 'PATCH /v1/patients/me'}[model]
    m.t(py_prefix(t, 'WARNING', 'refill.intake.api') + '422 Unprocessable Entity %s: %d validation error%s for %s' %
        (route, len(errs), 's' if len(errs) > 1 else '', model)).nl()
    for i, (field, msg, typ, val) in enumerate(errs):
        m.t(field).nl()
        m.t('  ' + msg + ' [type=%s, input_value=' % typ).add(r_py(val)).t(', input_type=str]').nl()
        m.t('    For further information visit https://errors.pydantic.dev/2.7/v/%s' % typ)
        if i < len(errs) - 1:
            m.nl()
    return m


def ev_celery_sms():
    p, t, m = pick(), tick(), ML('py-celery')
    tid = uuid4()
    task = R.choice(['notify.tasks.send_refill_ready_sms', 'notify.tasks.send_pickup_reminder'])
    num = phone(p, 'e164')
    worker = 'ForkPoolWorker-%d' % R.randint(1, 8)
    m.t(celery_prefix(t, 'INFO', 'MainProcess') + 'Task %s[%s] received' % (task, tid)).nl()
    t2 = later(t, .05, .9)
    st = store()
    if R.random() < .55:
        m.t(celery_prefix(t2, 'WARNING', worker) + task.split('.')[-1]).add(
            r_py(((P(num, 'phone'), nm(p, 'first'), st[0]), {'lang': R.choice(['en', 'es'])}))
        ).t(' -> twilio 21614').nl()
        m.t(celery_prefix(later(t2), 'INFO', worker) + 'Task %s[%s] retry: Retry in 60s: TwilioRestException(' % (task, tid))
        m.t("'HTTP 400 error: Unable to create record: The \\'To\\' number ").v(num, 'phone')
        m.t(" is not a valid mobile number')")
    else:
        m.t(celery_prefix(t2, 'INFO', worker) + 'Task %s[%s] succeeded in %.9fs: ' % (task, tid, R.uniform(.1, 1.3)))
        m.add(r_py({'sid': 'SM' + rhex(32), 'to': P(num, 'phone'), 'status': 'queued',
                    'body_len': R.randint(90, 160)}))
    return m


def ev_py_json_pbm():
    p, t, m = pick(), tick(), ML('py-logging')
    bin_, pcn, grp = p['pbm']
    body = {'bin': bin_, 'pcn': pcn, 'groupId': grp, 'cardholderId': P(p['member'], 'health_plan'),
            'personCode': '01', 'firstName': nm(p, 'first'), 'lastName': nm(p, 'last'),
            'dateOfBirth': P(fdate(p['dob'], 'compact'), 'date'), 'genderCode': R.choice(['1', '2']),
            'zip': P(p['zip'], 'zip'), 'serviceProviderId': '0312847', 'prescriberNpi': R.choice(PRESCRIBERS)['npi']}
    m.t(py_prefix(t, 'DEBUG', 'refill.pbm.client') + '-> POST https://api.pbm-partner.example/v2/eligibility body=')
    m.add(r_json(body, 'py'))
    return m


def ev_py_httperror():
    p, t, m = pick(), tick(), ML('py-logging')
    code = R.choice(['404 Client Error: Not Found', '422 Client Error: Unprocessable Entity',
                     '503 Server Error: Service Unavailable'])
    m.t(py_prefix(t, 'ERROR', 'refill.pbm.client') + 'eligibility lookup failed (attempt %d/3): %s for url: '
        'https://api.pbm-partner.example/v2/members?memberId=' % (R.randint(1, 3), code))
    m.v(p['member'], 'health_plan').t('&dob=').v(fdate(p['dob']), 'date').t('&lastName=')
    m.v(p['last'].replace(' ', '%20').replace("'", '%27'), 'name')
    return m


def ev_structlog_voice():
    p, t, m = pick(), tick(), ML('py-structlog')
    ev = R.choice(['ivr.voice_auth.enrolled', 'ivr.voice_auth.verified', 'ivr.voice_auth.rejected'])
    m.t(t.strftime('%Y-%m-%d %H:%M:%S') + ' [%-9s] %-30s ' % ('info' if 'rejected' not in ev else 'warning', ev))
    m.t('call_sid=CA' + rhex(32) + ' caller=').v(phone(p, 'e164'), 'phone').t(' patient_id=').v(str(p['pid']), 'mrn')
    m.t(' score=%.3f' % R.uniform(.4, .99))
    if 'enrolled' in ev or R.random() < .7:
        m.t(' voiceprint=').v(voice_b64(R.randint(180, 420)), 'biometric')
    return m


def ev_py_age():
    if R.random() < .6:
        p = pick_where(lambda q: q['age'] > 89)
    else:
        p = pick_where(lambda q: q['age'] >= 60)
    t, m = tick(), ML('py-logging')
    k = R.random()
    agev = V(str(p['age']), 'age') if p['age'] > 89 else T(str(p['age']))
    if k < .4:
        m.t(py_prefix(t, 'INFO', 'refill.pricing') + 'senior pricing tier applied: patient=').v(str(p['pid']), 'mrn')
        m.t(' age=').add(agev).t(' tier=S%d discount=%s%%' % (R.randint(1, 3), R.choice(['10', '15', '5'])))
    elif k < .7 and p['mbi']:
        m.t(py_prefix(t, 'INFO', 'refill.medicare') + 'Part D check: beneficiary ').v(p['mbi'], 'health_plan')
        m.t(' (').v(p['full'], 'name').t(', age ').add(agev).t(') contract=H%s-%03d phase=%s' % (
            rdig(4), R.randint(1, 120), R.choice(['initial', 'gap', 'catastrophic'])))
    else:
        m.t(py_prefix(t, 'WARNING', 'refill.safety') + 'beers-criteria alert for patient ').v(p['full'], 'name').t(' (').add(agev).t(' y/o): ndc=%s flagged by rule BC-2023-%02d' % (
            drug()[0], R.randint(1, 40)))
    return m


def ev_py_tuple_args():
    p, t, m = pick(), tick(), ML('py-logging')
    others = [R.randint(1000000, 9899999) for _ in range(R.randint(0, 2))]
    cands = [P(p['pid'], 'mrn')] + [P(o, 'mrn') for o in others]
    R.shuffle(cands)
    args = (nm(p, 'last'), p['first'][0], P(p['dob'], 'date'), P(p['zip'], 'zip'))
    m.t(py_prefix(t, 'DEBUG', 'refill.search') + 'fuzzy_match args=').add(r_py(args))
    m.t(' -> %d candidate%s ' % (len(cands), '' if len(cands) == 1 else 's')).add(r_py(cands))
    m.t(' in %.1fms' % R.uniform(3, 80))
    return m


def ev_py_kit():
    p, t, m = pick(), tick(), ML('py-logging')
    kind = R.choice(['A1C home test', 'lipid panel', 'COVID-19/Flu combo', 'INR self-test'])
    kit = 'KIT-' + ''.join(R.choice('ABCDEFGHJKMNPQRSTUVWXYZ23456789') for _ in range(4)) + '-' + \
          ''.join(R.choice('ABCDEFGHJKMNPQRSTUVWXYZ23456789') for _ in range(4))
    m.t(py_prefix(t, 'INFO', 'kits.registration') + 'registered kit ').v(kit, 'other_id')
    m.t(' (%s, lot %s, exp %s) to patient ' % (kind, rdig(2) + R.choice('ABCDEFGHJK') + rdig(3),
                                               '2025-%02d-%02d' % (R.randint(1, 12), R.randint(1, 28))))
    m.v(str(p['pid']), 'mrn').t(' collected=').v(fdate(TODAY - dt.timedelta(days=R.randint(0, 3))), 'date')
    m.t(' lab=QUEST-%s' % rdig(5))
    return m


def ev_py_caregiver():
    p, t, m = pick(), tick(), ML('py-logging')
    d = {'caregiver': P(p['rel_name'], 'name'), 'relationship': p['rel_kind'],
         'phone': P(phone(p, R.choice(['dash', 'paren']), rel=True), 'phone')}
    if p['age'] > 60 or R.random() < .5:
        d['fax'] = P(fax(p), 'fax')
    d['patient'] = P(p['pid'], 'mrn')
    d['hipaa_form'] = 'HF-%s' % rdig(6)
    d['verified_by'] = R.choice(PHARMACISTS)[0]
    m.t(py_prefix(t, 'INFO', 'refill.consent') + 'caregiver authorization stored: ').add(r_py(d))
    return m


def ev_py_pa_case():
    p, t, m = pick(), tick(), ML('py-logging')
    pr = R.choice(PRESCRIBERS)
    m.t(py_prefix(t, 'INFO', 'refill.prior_auth') + 'PA case ').v(p['pa_case'], 'other_id').t(' opened for ')
    m.v(p['full'], 'name').t(' ndc=%s prescriber=%s npi=%s fax=%s status=%s' % (
        drug()[0], pr['name'], pr['npi'], pr['fax'], R.choice(['SENT_TO_PRESCRIBER', 'PENDING_PBM', 'APPROVED'])))
    return m


def ev_py_natid():
    p = pick_where(lambda q: q['natid'] is not None)
    t, m = tick(), ML('py-logging')
    kind, val = p['natid']
    if kind == 'SIN':
        m.t(py_prefix(t, 'WARNING', 'refill.crossborder') + 'identity doc stored in plain field: ')
        m.add(r_py({'patient_id': P(p['pid'], 'mrn'), 'doc_type': 'CA_SIN', 'doc_no': P(val, 'other_id'),
                    'province': 'BC', 'name': nm(p)}))
    else:
        m.t(py_prefix(t, 'INFO', 'refill.transfer') + 'NHS record linked: nhs_number=')
        m.v(val, 'other_id').t(' gp_practice=Z%s ods=%s pid=' % (rdig(5), 'F' + rdig(5))).v(str(p['pid']), 'mrn')
    return m


# ----------------------------- Node.js ------------------------------------
BFF_HOSTS = ['web-bff-6c9d7f5b8-x2lqp', 'web-bff-6c9d7f5b8-m8tzn', 'web-bff-6c9d7f5b8-q4wkd']
UAS = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) '
       'Version/17.4 Mobile/15E148 Safari/604.1',
       'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 '
       'Safari/537.36',
       'Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 '
       'Mobile Safari/537.36',
       'RxRefill/5.12.0 (iPhone; iOS 17.4.1; Scale/3.00)', 'RxRefill/5.11.2 (Android 13; Pixel 7)']


def pino_head(t, level):
    return '{"level":%d,"time":%d,"pid":%d,"hostname":"%s"' % (level, ts_ms(t), R.choice([17, 18, 4121]),
                                                               R.choice(BFF_HOSTS))


def ev_node_objobj():
    p, t, m = pick(), tick(), ML('node-winston')
    rid = refill_id()
    m.t(win_prefix(t, 'warn') + 'refill %s for [object Object] deferred: insurance [object Object] returned %s' % (
        rid, R.choice(['79', '75', '88', 'M/I'])))
    m.nl()
    pat = {'id': P(p['pid'], 'mrn'), 'name': nm(p), 'phone': P(phone(p), 'phone'),
           'address': {'line1': P(street_line(p), 'address'), 'city': P(p['city'], 'address'), 'state': p['state'],
                       'zip': P(p['zip'], 'zip')}}
    if R.random() < .4:
        pat['insurance'] = {'memberId': P(p['member'], 'health_plan'), 'bin': p['pbm'][0], 'pcn': p['pbm'][1]}
    m.t(win_prefix(later(t, .001, .02), 'debug') + 'refill %s patient=' % rid).add(r_js(pat, single=True))
    return m


def ev_node_inspect_ml():
    p, t, m = pick(), tick(), ML('node-inspect')
    nd, _ = drug()
    obj = Obj('RefillRequest', [
        ('id', refill_id()), ('source', R.choice(['ios', 'android', 'web'])),
        ('patient', {'id': P(p['pid'], 'mrn'), 'name': nm(p), 'dob': P(p['dob'], 'date'),
                     'contact': {'phone': P(phone(p, 'dash'), 'phone'), 'email': P(p['email'], 'email')},
                     'address': {'line1': P(street_line(p), 'address'), 'city': P(p['city'], 'address'),
                                 'state': p['state'], 'zip': P(p['zip'], 'zip'),
                                 'geo': {'lat': round(R.uniform(25, 47), 4), 'lng': round(R.uniform(-122, -71), 4)}}}),
        ('items', [{'ndc': nd, 'qty': R.choice([30, 90]), 'refillsRemaining': R.randint(0, 5)}]),
        ('payment', {'type': 'card', 'last4': p['card'][-4:], 'billing': {'zip': P(p['zip'], 'zip')}}),
        ('storeId', store()[0]),
    ])
    m.t(R.choice(['refill payload: ', 'DEBUG createRefill ', '>>> body ']))
    m.add(r_js(obj))
    return m


def ev_pino_payment():
    p, t, m = pick(), tick(), ML('node-pino')
    body = {'cardNumber': P(p['card'], 'account'), 'exp': '%02d/%d' % (R.randint(1, 12), R.randint(25, 30)),
            'cvcPresent': True, 'zip': P(p['zip'], 'zip'), 'nameOnCard': nm(p, 'upper')}
    if R.random() < .4:
        body['billingAccount'] = P(p['billing'], 'account')
    m.t(pino_head(t, 40) + ',"reqId":"%s","route":"/api/v2/account/payment-method","body":' % req_id())
    m.add(r_json(body, 'js'))
    m.t(',"gateway":"authorize.net","responseCode":"%s","msg":"payment method rejected by gateway"}' % R.choice(
        ['2', '27', '44', '65']))
    return m


def ev_morgan_patient():
    p, t, m = pick(), tick(), ML('node-morgan')
    if R.random() < .3:
        m.t('::ffff:')
    m.v(p['ip'], 'ip').t(' - - [%s] "' % ts_clf(t))
    k = R.random()
    if k < .5:
        m.t('GET /api/v2/patients/lookup?lastName=').v(p['last'].replace(' ', '%20').replace("'", '%27'), 'name')
        m.t('&dob=').v(fdate(p['dob']), 'date').t('&zip=').v(p['zip'], 'zip')
    elif k < .75:
        m.t('GET /api/v2/refills?patientId=').v(str(p['pid']), 'mrn').t('&status=ready')
    else:
        m.t('POST /api/v2/refills/%s/confirm' % refill_id())
    m.t(' HTTP/1.1" %d %d "https://refill.rxrefill.example/find-my-prescriptions" "%s"' % (
        R.choice([200, 200, 200, 304, 404]), R.randint(120, 4000), R.choice(UAS)))
    return m


def ev_node_stack():
    p, t, m = pick(), tick(), ML('node-stack')
    bad = bad_date(p)
    m.t(win_prefix(t, 'error') + 'RangeError: Invalid time value').nl()
    m.t('    at Date.toISOString (<anonymous>)').nl()
    m.t('    at normalizeMember (/app/src/eligibility/normalize.js:41:28)').nl()
    m.t('    at EligibilityService.check (/app/src/eligibility/service.js:112:19)').nl()
    m.t('    at process.processTicksAndRejections (node:internal/process/task_queues:95:5) {').nl()
    m.t('  input: ').add(r_js({'memberId': P(p['member'], 'health_plan'), 'dob': P(bad, 'date'),
                               'lastName': nm(p, 'last')}, single=True)).nl()
    m.t('}')
    return m


def ev_node_map():
    p, t, m = pick(), tick(), ML('node-winston')
    st = store()
    m.t(win_prefix(t, 'info') + 'contacts for ')
    m.v(str(p['pid']), 'mrn').t(' -> Map(2) { ')
    m.t("'caregiver' => ").add(r_js({'name': P(p['rel_name'], 'name'), 'relation': p['rel_kind'],
                                      'phone': P(phone(p, 'paren', rel=True), 'phone'),
                                      'fax': P(fax(p), 'fax') if p['age'] >= 60 else None}, single=True))
    m.t(", 'pharmacy' => ").add(r_js({'name': 'Store %s' % st[0], 'phone': st[2]}, single=True)).t(' }')
    return m


def ev_node_curbside():
    p, t, m = pick(), tick(), ML('node-winston')
    evt = {'storeId': store()[0], 'orderNo': order_no(), 'vehicle': {'plate': P(p['plate'], 'vehicle'),
                                                                    'state': p['state'],
                                                                    'color': R.choice(['silver', 'black', 'white',
                                                                                       'red', 'blue']),
                                                                    'make': R.choice(['Toyota', 'Honda', 'Ford',
                                                                                      'Subaru', 'Kia'])},
           'patientName': nm(p), 'etaMin': R.randint(1, 15), 'bay': R.randint(1, 4)}
    m.t(win_prefix(t, 'info') + 'curbside check-in ').add(r_json(evt, 'js'))
    return m


def ev_node_login():
    p, t, m = pick(), tick(), ML('node-pino')
    ok = R.random() < .75
    m.t(pino_head(t, 30 if ok else 40) + ',"reqId":"%s","user":"' % req_id()).v(p['username'], 'other_id')
    m.t('","ip":"').v(p['ip'] if R.random() < .8 else public_ip6(), 'ip')
    m.t('","ua":"%s","mfa":"%s","msg":"%s"}' % (R.choice(UAS[3:]), R.choice(['sms', 'totp', 'none']),
                                                 'login ok' if ok else 'login failed: bad password (3/5)'))
    return m


def ev_node_avatar():
    p, t, m = pick(), tick(), ML('node-winston')
    slug = p['username'].replace('.', '-')
    prof = {'userId': P(p['pid'], 'mrn'),
            'displayName': nm(p),
            'avatarUrl': P('https://cdn.rxrefill.example/avatars/%s-%d.jpg' % (slug, p['pid']), 'url'),
            'shareUrl': P('https://rxrefill.example/care/share?for=%s' % p['username'], 'url'),
            'cdnRegion': 'us-west-2', 'etag': 'W/"%s"' % rhex(16)}
    m.t(win_prefix(t, 'debug') + 'profile fetched ').add(r_json(prof, 'js'))
    return m


# ------------------------------- Go ---------------------------------------
def ev_go_v():
    p, t, m = pick(), tick(), ML('go-log')
    bin_, pcn, grp = p['pbm']
    nd, _ = drug()
    obj = Obj('Claim', [('PatientID', P(p['pid'], 'mrn')), ('Name', nm(p)), ('DOB', P(p['dob'], 'date')),
                        ('MemberID', P(p['member'], 'health_plan')),
                        ('Plan', Obj('Plan', [('BIN', bin_), ('PCN', pcn), ('Group', grp)])),
                        ('Lines', [Obj('Line', [('NDC', nd), ('Qty', R.choice([30, 90])),
                                                ('Days', R.choice([30, 90]))])]),
                        ('Compound', False)])
    m.t(go_prefix(t, 'adjudicator.go:%d' % R.choice([142, 143, 188])) + 'claim built: ').add(r_go(obj))
    return m


def ev_go_plusv():
    p, t, m = pick(), tick(), ML('go-log')
    bin_, pcn, grp = p['pbm']
    if R.random() < .5:
        obj = Obj('Member', [('MemberID', P(p['member'], 'health_plan')), ('Person', Obj('Person', [], ptr=True)),
                             ('Group', grp), ('Plan', Obj('Plan', [('BIN', bin_), ('PCN', pcn),
                                                                  ('Tier', R.randint(1, 4))])),
                             ('Active', True)], ptr=True)
        m.t(go_prefix(t, 'members.go:%d' % R.randint(40, 99)) + 'member lookup ok: ').add(r_go(obj, plus=True))
    else:
        obj = Obj('Patient', [('ID', P(p['pid'], 'mrn')),
                              ('Name', Obj('Name', [('First', nm(p, 'first')), ('Last', nm(p, 'last'))])),
                              ('DOB', P(p['dob'], 'date')), ('Phone', P(phone(p, 'e164'), 'phone')),
                              ('Addr', Obj('Address', [], ptr=True)), ('Allergies', []),
                              ('UpdatedBy', R.choice(AGENTS))], ptr=True)
        m.t(go_prefix(t, 'patients.go:%d' % R.randint(100, 260)) + 'loaded patient ').add(r_go(obj, plus=True))
    return m


def ev_go_map():
    p, t, m = pick(), tick(), ML('go-log')
    k = R.random()
    if k < .5:
        d = {'dob': P(fdate(p['dob']), 'date'), 'last': nm(p, 'last'), 'zip': P(p['zip'], 'zip')}
        if R.random() < .5:
            d['first'] = nm(p, 'first')
        m.t(go_prefix(t) + 'search params: ').add(r_go(d)).t(' matched=%d took=%s' % (R.randint(0, 3), ms()))
    else:
        d = {'email': P(p['email'], 'email'), 'phone': P(phone(p, 'e164'), 'phone'), 'channel': R.choice(['sms', 'email', 'push']),
             'template': R.choice(['refill_ready_v3', 'refill_due_v2', 'pa_update_v1']), 'locale': R.choice(['en-US', 'es-US'])}
        if p['age'] >= 65 and R.random() < .6:
            d['channel'] = 'fax'
            d['fax'] = P(fax(p, 'e164'), 'fax')
        m.t(go_prefix(t, 'notify.go:%d' % R.randint(30, 90)) + 'dispatch ').add(r_go(d))
    return m


def ev_go_sharp():
    p, t, m = pick(), tick(), ML('go-log')
    obj = Obj('models.Patient', [('ID', P(p['pid'], 'mrn')), ('Name', nm(p)), ('DOB', P(p['dob'], 'date')),
                                 ('Phone', P(phone(p, 'e164'), 'phone')),
                                 ('Address', Obj('models.Address', [], ptr=True)),
                                 ('Tags', R.choice([['diabetes', 'autorefill'], ['controlled'], ['mail-order'], []]))],
              ptr=True)
    m.t(go_prefix(t, 'repo.go:%d' % R.randint(60, 140)) + 'DEBUG upsert ').add(r_gos(obj))
    return m


def ev_go_timeparse():
    p, t, m = pick(), tick(), ML('go-log')
    bad = bad_date(p)
    m.t(go_prefix(t, 'intake.go:77') + 'ERROR member ').v(p['member'], 'health_plan').t(': parse dob: ')
    if '/' in bad:
        m.t('parsing time "').v(bad, 'date').t('" as "2006-01-02": cannot parse "').v(bad, 'date').t('" as "2006"')
    else:
        y, mo, d = bad.split('-')
        if int(y) > 2024:
            m.t('dob "').v(bad, 'date').t('" is in the future')
        else:
            what = 'month' if int(mo) > 12 or int(mo) == 0 else 'day'
            m.t('parsing time "').v(bad, 'date').t('": %s out of range' % what)
    return m


def ev_zap_cgm():
    p, t, m = pick(), tick(), ML('go-zap-json')
    if R.random() < .6:
        m.t('{"level":"warn","ts":%s,"caller":"devices/sync.go:77","msg":"cgm sync gap","patientId":' % ts_zap(t))
        m.v(str(p['pid']), 'mrn').t(',"transmitter":"').v(p['cgm'], 'device')
        m.t('","gapMinutes":%d,"lastReading":%d,"unit":"mg/dL"}' % (R.randint(20, 300), R.randint(60, 320)))
    else:
        m.t('{"level":"info","ts":%s,"caller":"devices/pump.go:%d","msg":"pump supplies order linked",' % (
            ts_zap(t), R.randint(40, 120)))
        m.t('"pumpSerial":"').v(p['pump_sn'], 'device').t('","model":"MMT-1880","orderNo":"%s","patient":"' % order_no())
        m.v(p['full'], 'name').t('"}')
    return m


def ev_zap_console():
    p, t, m = pick(), tick(), ML('go-zap-console')
    m.t(ts_iso(t) + '\tINFO\tdevices/register.go:54\tdevice registered\t')
    d = {'patientId': P(p['pid'], 'mrn'), 'imei': P(p['imei'], 'device'),
         'model': R.choice(['SM-S911U', 'Pixel 7', 'moto g play']), 'os': R.choice(['Android 14', 'Android 13']),
         'appVersion': R.choice(['5.12.0', '5.11.2']), 'pushToken': 'fcm:' + ''.join(R.choice(B62) for _ in range(22))}
    m.add(r_json(d, 'zapc'))
    return m


def ev_go_pillbottle():
    p, t, m = pick(), tick(), ML('go-log')
    obj = Obj('Dispenser', [('MAC', P(p['mac'], 'device')), ('Firmware', '2.4.%d' % R.randint(0, 9)),
                            ('Battery', R.randint(5, 100)), ('Owner', P(p['pid'], 'mrn')),
                            ('RSSI', -R.randint(48, 95))], ptr=True)
    m.t(go_prefix(t, 'ble.go:%d' % R.randint(100, 180)) + 'smart cap heartbeat missed x%d: ' % R.randint(2, 6))
    m.add(r_go(obj, plus=True))
    return m


def ev_logrus_vin():
    p, t, m = pick(), tick(), ML('go-logrus')
    m.t('time="%s" level=%s msg="%s" order=%s ' % (ts_logrus(t), R.choice(['warning', 'error']),
                                                    'in-car delivery failed: vehicle not found', order_no()))
    obj = Obj('Recipient', [('ID', P(p['pid'], 'mrn')), ('Name', nm(p)), ('Phone', P(phone(p, 'dash'), 'phone'))])
    m.t('recipient="')
    m.esc = go_q
    m.add(r_go(obj, plus=True))
    m.esc = None
    m.t('" vin=').v(p['vin'], 'vehicle').t(' carrier=keyless-partner attempt=%d' % R.randint(1, 3))
    return m


# ------------------------------- Java -------------------------------------
def java_addr(p, style='ij'):
    return Obj('Address', [('line1', P(p['street'], 'address')), ('line2', P(p['unit'], 'address') if p['unit'] else None),
                           ('city', P(p['city'], 'address')), ('state', p['state']), ('zip', P(p['zip'], 'zip'))],
               style=style)


def ev_java_ij():
    p, t, m = pick(), tick(), ML('java-logback')
    fields = [('id', P(p['pid'], 'mrn')), ('firstName', nm(p, 'first')), ('lastName', nm(p, 'last')),
              ('dateOfBirth', P(p['dob'], 'date')), ('phone', P(phone(p, R.choice(['dash', 'paren'])), 'phone'))]
    if R.random() < .6:
        fields.append(('email', P(p['email'], 'email')))
    if p['age'] >= 65 and R.random() < .6:
        fields.append(('fax', P(fax(p, 'dash'), 'fax')))
    if R.random() < .7:
        fields.append(('address', java_addr(p)))
    fields.append(('autoRefill', R.random() < .5))
    obj = Obj('Patient', fields)
    msg = R.choice(['Creating refill for ', 'Profile updated: ', 'Loaded from cache: '])
    m.t(spring_prefix(t, 'INFO', http_thread(), 'c.r.core.refill.RefillController') + msg).add(r_java(obj))
    return m


def ev_java_lombok_dl():
    p, t, m = pick(), tick(), ML('java-logback')
    rph = R.choice(PHARMACISTS)
    if R.random() < .6:
        obj = Obj('PickupVerification', [('orderNo', order_no()), ('idType', 'DRIVERS_LICENSE'),
                                         ('idNumber', P(p['dl'], 'license')), ('idState', p['state']),
                                         ('patientName', nm(p)), ('verifiedBy', rph[0]), ('schedule', 'CII'),
                                         ('pmpQueried', True)], style='lombok')
        m.t(spring_prefix(t, 'INFO', http_thread(), 'c.r.core.pickup.ControlledPickupService')
            + 'C-II pickup verified ').add(r_java(obj))
    else:
        obj = Obj('ControlledPickup', [('patientId', P(p['pid'], 'mrn')), ('licenseNo', P(p['dl'], 'license')),
                                       ('plate', P(p['plate'], 'vehicle')), ('lane', 'DRIVE_THRU_%d' % R.randint(1, 2)),
                                       ('rph', rph[0])], style='record')
        m.t(spring_prefix(t, 'WARN', http_thread(), 'c.r.core.pickup.ControlledPickupService')
            + 'Drive-thru pickup flagged for review: ')
        m.add(r_java(obj)).t(' (reason=%s)' % R.choice(['ID_EXPIRED', 'PMP_MISMATCH', 'EARLY_FILL']))
    return m


def ev_java_stack():
    p, t, m = pick(), tick(), ML('java-stacktrace')
    bad = bad_date(p)
    th = http_thread()
    m.t(spring_prefix(t, 'ERROR', th, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]') +
        'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception '
        '[Request processing failed; nested exception is java.lang.IllegalArgumentException: Invalid dateOfBirth \'')
    m.v(bad, 'date').t("' for patient ").v(p['mrn'], 'mrn').t('] with root cause').nl()
    if '/' in bad:
        m.t("java.time.format.DateTimeParseException: Text '").v(bad, 'date').t("' could not be parsed at index 2").nl()
    else:
        y, mo, d = bad.split('-')
        if int(mo) > 12 or int(mo) == 0:
            tail = 'Invalid value for MonthOfYear (valid values 1 - 12): %d' % int(mo)
        elif int(d) > 31:
            tail = 'Invalid value for DayOfMonth (valid values 1 - 28/31): %d' % int(d)
        elif int(y) > 2024:
            tail = None
        else:
            tail = "Invalid date 'FEBRUARY %d'" % int(d)
        if tail:
            m.t("java.time.format.DateTimeParseException: Text '").v(bad, 'date').t("' could not be parsed: " + tail).nl()
        else:
            m.t('java.lang.IllegalArgumentException: dateOfBirth must be in the past: ').v(bad, 'date').nl()
    for fr in ['java.base/java.time.format.DateTimeFormatter.createError(DateTimeFormatter.java:2023)',
               'java.base/java.time.format.DateTimeFormatter.parse(DateTimeFormatter.java:1958)',
               'java.base/java.time.LocalDate.parse(LocalDate.java:430)',
               'com.rxrefill.core.patient.PatientMapper.toEntity(PatientMapper.java:57)',
               'com.rxrefill.core.refill.RefillController.create(RefillController.java:88)',
               'java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)'][
              :R.randint(4, 6)]:
        m.t('\tat ' + fr).nl()
    m.t('\t... %d common frames omitted' % R.randint(48, 96))
    return m


def ev_java_map_audit():
    p, t, m = pick(), tick(), ML('java-logback')
    d = {'action': R.choice(['UPDATE_PROFILE', 'ADD_INSURANCE', 'IDENTITY_CHECK']), 'ssn': P(p['ssn'], 'ssn'),
         'memberId': P(p['member'], 'health_plan'), 'dob': P(p['dob'], 'date'),
         'actor': R.choice(AGENTS), 'channel': R.choice(['PHONE', 'WEB', 'STORE'])}
    if p['medicaid'] and R.random() < .7:
        d['medicaidId'] = P(p['medicaid'], 'health_plan')
    m.t(spring_prefix(t, 'INFO', 'audit-writer-%d' % R.randint(1, 4), 'c.r.core.audit.AuditService') +
        'audit payload ').add(r_java(d))
    return m


def ev_java_record_transfer():
    p, t, m = pick(), tick(), ML('java-logback')
    other = R.choice([('Desert Sun Pharmacy', '0312847', '520-555-0193'), ('Halsted Community Rx', '1449022',
                                                                          '773-555-0105'),
                      ('Bayview Apothecary', '0587713', '415-555-0147'), ('Brighton Beach Chemists', '3381290',
                                                                            '718-555-0199')])
    obj = Obj('TransferRequest', [('patientName', nm(p)), ('dob', P(p['dob'], 'date')),
                                  ('phone', P(phone(p, 'dash'), 'phone')), ('fromPharmacy', other[0]),
                                  ('fromNcpdp', other[1]), ('fromPhone', other[2]), ('ndc', drug()[0]),
                                  ('requestedBy', R.choice(TECHS))], style='record')
    m.t(spring_prefix(t, 'INFO', 'transfer-poller-1', 'c.r.core.transfer.TransferJob') +
        'Transfer request ')
    m.add(r_java(obj)).t(' queued as TRF-%s' % rdig(7))
    return m


def ev_java_iban():
    p = pick_where(lambda q: q['first'] in ('Björn', 'Gabriel') or q['weight'] >= 4)
    t, m = tick(), ML('java-logback')
    if p['first'] in ('Björn', 'Gabriel') or R.random() < .3:
        obj = Obj('RefundInstruction', [('iban', P(p['iban'], 'account')), ('holder', nm(p)),
                                        ('amount', Dec('%d.%02d' % (R.randint(5, 180), R.randint(0, 99)))),
                                        ('currency', 'EUR' if p['iban'][:2] != 'SE' else 'SEK'),
                                        ('reason', 'OVERPAYMENT')])
        m.t(spring_prefix(t, 'INFO', 'refund-batch-1', 'c.r.billing.refund.RefundService') +
            'Submitting SEPA refund ').add(r_java(obj))
    else:
        obj = Obj('AchDebit', [('routing', R.choice(['021000021', '011000138', '122105155', '071000013'])),
                               ('account', P(p['bank_acct'], 'account')), ('holder', nm(p)),
                               ('amount', Dec('%d.%02d' % (R.randint(5, 180), R.randint(0, 99)))),
                               ('billingAccount', P(p['billing'], 'account'))], style='lombok')
        m.t(spring_prefix(t, 'WARN', 'ach-sender-2', 'c.r.billing.ach.AchClient') + 'NACHO return R03 for ')
        m.add(r_java(obj))
    return m


def ev_java_face():
    p, t, m = pick(), tick(), ML('java-logback')
    obj = Obj('IdentityCheck', [('patientId', P(p['pid'], 'mrn')), ('vendor', 'veriface'),
                                ('faceTemplate', P(face_b64(R.randint(200, 380)), 'biometric')),
                                ('score', round(R.uniform(.55, .99), 3)), ('liveness', R.choice(['PASS', 'FAIL']))])
    m.t(spring_prefix(t, 'DEBUG', http_thread(), 'c.r.core.identity.IdentityService') + 'vendor response -> ')
    m.add(r_java(obj))
    return m


def ev_java_medicare():
    p = pick_where(lambda q: q['mbi'] is not None and (q['age'] > 89 or R.random() < .5))
    t, m = tick(), ML('java-logback')
    fields = [('mbi', P(p['mbi'], 'health_plan')), ('name', nm(p)), ('dob', P(p['dob'], 'date'))]
    fields.append(('age', P(p['age'], 'age') if p['age'] > 89 else p['age']))
    fields += [('partD', 'H%s-%03d' % (rdig(4), R.randint(1, 99))), ('lis', R.random() < .3)]
    obj = Obj('MedicareEligibility', fields, style='lombok')
    m.t(spring_prefix(t, 'INFO', 'elig-worker-%d' % R.randint(1, 6), 'c.r.core.medicare.MedicareClient') +
        'eligibility=').add(r_java(obj))
    return m


# ------------------------------- PHP --------------------------------------
def php_dt(d):
    return Obj('DateTimeImmutable', [('date', P(d.isoformat() + ' 00:00:00.000000', 'date')), ('timezone_type', 3),
                                     ('timezone', 'UTC')])


def ev_php_print_r_form():
    p, t, m = pick(), tick(), ML('php-print_r')
    d = {'first_name': nm(p, 'first'), 'last_name': nm(p, 'last'),
         'dob': P(fdate(p['dob'], R.choice(['us', 'iso'])), 'date'), 'phone': P(phone(p, 'paren'), 'phone'),
         'email': P(p['email'], 'email')}
    if p['age'] >= 60 and R.random() < .6:
        d['fax'] = P(fax(p, 'paren'), 'fax')
        d['preferred_contact'] = 'fax'
    d['address'] = {'street': P(street_line(p), 'address'), 'city': P(p['city'], 'address'), 'state': p['state'],
                    'zip': P(p['zip'], 'zip')}
    if R.random() < .5:
        d['insurance_member_id'] = P(p['member'], 'health_plan')
        d['rx_bin'] = p['pbm'][0]
        d['rx_group'] = p['pbm'][2]
    d['ndc'] = [drug()[0] for _ in range(R.randint(1, 2))]
    if R.random() < .35:
        d['ssn'] = P(p['ssn'], 'ssn')
    d['agree_tos'] = '1'
    d['csrf_token'] = rhex(40)
    m.t(php_prefix(t) + R.choice(['refill form POST: ', 'DEBUG $_POST = ', 'new patient signup ']))
    m.add(r_php_r(d))
    return m


def ev_php_print_r_obj():
    p, t, m = pick(), tick(), ML('php-print_r')
    cls = 'RxRefill\\Model\\Patient'
    fields = [('id|protected', P(p['pid'], 'mrn')), ('name|protected', nm(p)), ('dob|private', php_dt(p['dob'])),
              ('phone|protected', P(phone(p, 'dash'), 'phone')),
              ('insurance|protected', {'member_id': P(p['member'], 'health_plan'), 'bin': p['pbm'][0],
                                       'group': p['pbm'][2], 'relationship': '01'}),
              ('fax|protected', P(fax(p, 'dash'), 'fax') if p['age'] >= 60 else None),
              ('username|protected', P(p['username'], 'other_id')),
              ('dirty|private', True)]
    m.t(php_prefix(t) + 'PatientRepository::save() ').add(r_php_r(Obj(cls, fields)))
    return m


def ev_php_var_dump():
    p, t, m = pick(), tick(), ML('php-var_dump')
    if R.random() < .5:
        img = 'data:image/jpeg;base64,' + jpeg_b64(R.randint(500, 900)) if R.random() < .6 else png_b64(
            R.randint(500, 900))
        d = {'patient_id': P(p['pid'], 'mrn'), 'doc_type': 'drivers_license', 'doc_number': P(p['dl'], 'license'),
             'doc_state': p['state'], 'selfie': P(img, 'photo'), 'submitted_via': R.choice(['web', 'ios'])}
        m.t(php_prefix(t) + 'id-verification upload:').nl()
        m.add(r_php_vd(d))
    else:
        cls = 'RxRefill\\Model\\Guarantor'
        fields = [('name|protected', P(p['rel_name'], 'name')), ('relation|protected', p['rel_kind']),
                  ('phone|protected', P(phone(p, 'dash', rel=True), 'phone')),
                  ('billingAccount|private', P(p['billing'], 'account')),
                  ('card|private', P(p['card'], 'account') if R.random() < .5 else None),
                  ('patientId|protected', P(p['pid'], 'mrn'))]
        m.t(php_prefix(t) + 'guarantor before charge:').nl()
        m.add(r_php_vd(Obj(cls, fields)))
    return m


def ev_php_var_export():
    p, t, m = pick(), tick(), ML('php-var_export')
    d = {'MemberNo': P(p['member'], 'health_plan'), 'PatName': nm(p, 'lf'), 'BirthDt': P(fdate(p['dob'], 'compact'), 'date'),
         'Addr1': P(street_line(p), 'address'), 'City': P(p['city'], 'address'), 'St': p['state'],
         'Zip': P(p['zip'] + p['zip4'], 'zip'), 'SyncBatch': 'B%s' % rdig(6), 'Retries': R.randint(1, 4)}
    m.t(php_prefix(t) + 'PHP Notice:  legacy sync payload ').add(r_php_ve(d))
    return m


def ev_monolog_ctx():
    p, t, m = pick(), tick(), ML('php-monolog')
    nxt = TODAY + dt.timedelta(days=R.randint(2, 12))
    ctx = {'patient': {'id': P(p['pid'], 'mrn'), 'name': nm(p), 'dob': P(fdate(p['dob']), 'date')},
           'next_eligible': P(nxt.isoformat(), 'date'), 'ndc': drug()[0], 'days_supply': R.choice([30, 90])}
    extra = {'url': '/account/refills/%s' % rdig(7), 'ip': P(p['ip'], 'ip'), 'http_method': 'POST',
             'server': 'portal.rxrefill.example', 'referrer': None}
    m.t(monolog_prefix(t, 'portal', 'WARNING') + 'Refill blocked: too soon ').add(r_json(ctx, 'js')).t(' ')
    m.add(r_json(extra, 'js'))
    return m


def php_arg(s, cat):
    b = s.encode('utf-8')
    if len(b) <= 15:
        return T("'") + V(s, cat) + T("'")
    cut = b[:15]
    while True:
        try:
            c = cut.decode('utf-8')
            break
        except UnicodeDecodeError:
            cut = cut[:-1]
    return T("'") + V(c, cat) + T("...'")


def ev_php_fatal():
    p, t, m = pick(), tick(), ML('php-fatal')
    bad = bad_date(p)
    m.t(php_prefix(t) + "PHP Fatal error:  Uncaught InvalidArgumentException: Invalid DOB '").v(bad, 'date')
    m.t("' for member ").v(p['member'], 'health_plan').t(' in /var/www/portal/src/Model/Patient.php:77').nl()
    m.t('Stack trace:').nl()
    m.t("#0 /var/www/portal/src/Service/PatientService.php(142): RxRefill\\Model\\Patient->setDob('").v(bad, 'date')
    m.t("')").nl()
    m.t('#1 /var/www/portal/src/Controller/RefillController.php(88): RxRefill\\Service\\PatientService->lookup(')
    m.add(php_arg(p['last'], 'name')).t(', ').add(php_arg(bad, 'date')).t(', ').add(php_arg(p['zip'], 'zip')).t(')').nl()
    m.t('#2 /var/www/portal/public/index.php(31): RxRefill\\Controller\\RefillController->submit('
        'Object(Symfony\\Component\\HttpFoundation\\Request))').nl()
    m.t('#3 {main}').nl()
    m.t('  thrown in /var/www/portal/src/Model/Patient.php on line 77')
    return m


def ev_php_json_encode():
    p, t, m = pick(), tick(), ML('php-error_log')
    d = {'member': P(p['member'], 'health_plan'), 'name': nm(p), 'email': P(p['email'], 'email'),
         'profile': P('https://portal.rxrefill.example/u/%s' % p['username'], 'url'),
         'rewards': P(p['rewards'], 'other_id'), 'opt_in': R.random() < .5,
         'source': 'portal/%s' % R.choice(['signup', 'profile', 'checkout'])}
    m.t(php_prefix(t) + 'CRM sync failed (HTTP %d): ' % R.choice([400, 409, 500, 502])).add(r_json(d, 'php'))
    return m



# ------------------------ more PHI events (mixed) -------------------------
def ev_py_integrity():
    p, t, m = pick(), tick(), ML('py-traceback')
    m.t(py_prefix(t, 'ERROR', 'refill.signup') + 'signup failed for request %s' % uuid4()).nl()
    m.t('sqlalchemy.exc.IntegrityError: (psycopg2.errors.UniqueViolation) duplicate key value violates unique '
        'constraint "patients_ssn_key"').nl()
    m.t('DETAIL:  Key (ssn)=(').v(p['ssn'], 'ssn').t(') already exists.').nl()
    m.t('[SQL: INSERT INTO patients (first_name, last_name, dob, ssn, phone) VALUES (%(first_name)s, %(last_name)s, '
        '%(dob)s, %(ssn)s, %(phone)s) RETURNING patients.id]').nl()
    m.t('[parameters: ').add(r_py({'first_name': nm(p, 'first'), 'last_name': nm(p, 'last'),
                                   'dob': P(p['dob'], 'date'), 'ssn': P(p['ssn'], 'ssn'),
                                   'phone': P(phone(p, 'e164'), 'phone')})).t(']').nl()
    m.t('(Background on this error at: https://sqlalche.me/e/20/gkpj)')
    return m


def ev_py_photo():
    p, t, m = pick(), tick(), ML('py-logging')
    img = jpeg_b64(R.randint(350, 700))
    d = {'patient_id': P(p['pid'], 'mrn'), 'kind': 'selfie', 'mime': 'image/jpeg', 'image_b64': P(img, 'photo'),
         'vendor_ref': 'vf_' + rhex(20)}
    m.t(py_prefix(t, 'WARNING', 'refill.identity') + 'vendor rejected upload (HTTP 413), payload=')
    m.add(r_py(d))
    return m


def ev_kiosk_fp():
    p, t, m = pick(), tick(), ML(R.choice(['go-log', 'java-logback']))
    tmpl = fmr_b64(R.randint(150, 300))
    if m.family == 'go-log':
        obj = Obj('KioskAuth', [('Kiosk', 'K-%s-%02d' % (store()[0], R.randint(1, 4))), ('PatientID', P(p['pid'], 'mrn')),
                                ('Template', P(tmpl, 'biometric')), ('Match', round(R.uniform(.2, .99), 2))], ptr=True)
        m.t(go_prefix(t, 'kiosk.go:%d' % R.randint(50, 200)) + 'fingerprint match below threshold: ').add(r_go(obj, plus=True))
    else:
        obj = Obj('KioskAuth', [('kioskId', 'K-%s-%02d' % (store()[0], R.randint(1, 4))), ('patientId', P(p['pid'], 'mrn')),
                                ('fmr', P(tmpl, 'biometric')), ('match', round(R.uniform(.2, .99), 2))])
        m.t(spring_prefix(t, 'WARN', 'kiosk-io-%d' % R.randint(1, 3), 'c.r.kiosk.auth.FingerprintAuthenticator') +
            'match below threshold: ').add(r_java(obj))
    return m


def ev_py_udi():
    p, t, m = pick(), tick(), ML('py-logging')
    udi = '(01)%s(17)%s(10)%s(21)%s' % (R.choice(['00386270000385', '08717648200274', '00763000254113']),
                                        '2%d%02d%02d' % (R.randint(5, 7), R.randint(1, 12), R.randint(1, 28)),
                                        'L' + rdig(6), p['meter_sn'])
    dev = {'type': R.choice(['glucose_meter', 'insulin_pump', 'cgm_receiver']), 'serial': P(p['meter_sn'], 'device'),
           'udi': P(udi, 'device')}
    d = {'patient_id': P(p['pid'], 'mrn'), 'device': dev, 'hcpcs': R.choice(['A4253', 'E0607', 'A4239']),
         'eligible': R.random() < .7}
    m.t(py_prefix(t, 'INFO', 'refill.dme') + 'supplies eligibility ').add(r_py(d))
    return m


def ev_plain_message():
    p, t = pick(), tick()
    k = R.randint(0, 6)
    if k == 0:
        m = ML('py-logging')
        m.t(py_prefix(t, 'INFO', 'notify.reminders') + 'sending refill reminder to ').v(p['full'], 'name').t(' <')
        m.v(p['email'], 'email').t('> at ').v(phone(p), 'phone').t(' via %s' % R.choice(['ses', 'twilio']))
    elif k == 1:
        m = ML('node-winston')
        m.t(win_prefix(t, 'info') + 'Refill ready for ').v(p['first'] + ' ' + p['last'], 'name').t(' (')
        m.v(phone(p, 'paren'), 'phone').t(') at store %s, pickup by ' % store()[0])
        m.v(fdate(TODAY + dt.timedelta(days=R.randint(3, 10)), 'long'), 'date')
    elif k == 2:
        m = ML('go-log')
        m.t(go_prefix(t, 'sms.go:%d' % R.randint(20, 80)) + 'notify ').v(p['first'], 'name').t(' ')
        m.v(phone(p, 'e164'), 'phone').t(' tmpl=refill_ready_v3 status=%s' % R.choice(['queued', 'sent', 'undelivered']))
    elif k == 3:
        m = ML('java-logback')
        m.t(spring_prefix(t, 'INFO', http_thread(), 'c.r.core.refill.RefillService') + 'Patient ')
        m.v(p['full'], 'name').t(' (').v(str(p['pid']), 'mrn').t(') DOB ').v(fdate(p['dob'], 'us'), 'date')
        m.t(' requested early refill of %s, %d days remaining' % (drug()[1], R.randint(3, 20)))
    elif k == 4:
        m = ML('php-error_log')
        m.t(php_prefix(t) + 'address changed for ').v(p['last'] + ', ' + p['first'], 'name').t(': ')
        m.add(addr_one(p)).t(' (was ').v('PO Box %d' % R.randint(100, 9999), 'address').t(')')
    elif k == 5:
        m = ML('py-logging')
        m.t(py_prefix(t, 'INFO', 'refill.appointments') + 'vaccine appointment booked for ').v(p['full'], 'name').t(' on ')
        ap = TODAY + dt.timedelta(days=R.randint(1, 20))
        m.v(ap.isoformat(), 'date').t(' %02d:%s slot=%s store=%s' % (R.randint(9, 18), R.choice(['00', '15', '30', '45']),
                                                                    rdig(5), store()[0]))
    else:
        m = ML('node-winston')
        m.t(win_prefix(t, 'warn') + 'emergency contact missing phone, using fallback: ').v(p['rel_name'], 'name')
        m.t(' / ').v(phone(p, 'dash', rel=True), 'phone').t(' for patient ').v(str(p['pid']), 'mrn')
    return m


# ---------------------------------------------------------------------------
# look-alike (no PHI) events
# ---------------------------------------------------------------------------
def nx_uvicorn():
    t, m = tick(), ML('py-uvicorn')
    path = R.choice(['/healthz', '/readyz', '/metrics', '/v1/refills/%s' % refill_id(), '/v1/formulary/%s' % drug()[0]])
    m.t('INFO:     %s:%d - "%s %s HTTP/1.1" %s' % (private_ip(), R.randint(30000, 65000),
                                                  'GET' if 'refills' not in path else R.choice(['GET', 'PATCH']), path,
                                                  R.choice(['200 OK', '200 OK', '204 No Content', '404 Not Found'])))
    return m


def nx_py_sweep():
    t, m = tick(), ML('py-logging')
    d = {'scanned': R.randint(900, 4000), 'due': R.randint(40, 300), 'skipped_no_stock': R.randint(0, 20),
         'window': ('2024-05-14', '2024-05-21'), 'elapsed_ms': round(R.uniform(800, 9000), 1), 'shard': R.randint(0, 7)}
    m.t(py_prefix(t, 'INFO', 'refill.scheduler') + 'refill sweep finished: ').add(r_py(d))
    return m


def nx_celery_ok():
    t, m = tick(), ML('py-celery')
    task = R.choice(['refill.tasks.reconcile_inventory', 'refill.tasks.expire_holds', 'notify.tasks.flush_digest',
                     'refill.tasks.sync_formulary'])
    res = R.choice([{'store': store()[0], 'ndc_updated': R.randint(10, 400)}, {'expired': R.randint(0, 40)}, None,
                    {'formulary_version': '2024.05.%d' % R.randint(1, 14), 'rows': R.randint(8000, 40000)}])
    m.t(celery_prefix(t, 'INFO') + 'Task %s[%s] succeeded in %.9fs: ' % (task, uuid4(), R.uniform(.01, 30)))
    m.add(r_py(res))
    return m


def nx_sqlalchemy():
    t, m = tick(), ML('py-logging')
    m.t(py_prefix(t, 'WARNING', 'sqlalchemy.pool.impl.QueuePool') +
        'QueuePool limit of size 10 overflow 20 reached, connection timed out, timeout 30.00 '
        '(Background on this error at: https://sqlalche.me/e/20/3o7r)')
    return m


def nx_py_keyerror():
    t, m = tick(), ML('py-traceback')
    m.t(py_prefix(t, 'ERROR', 'refill.webhooks') + 'failed to process PBM webhook %s' % uuid4()).nl()
    m.t('Traceback (most recent call last):').nl()
    m.t('  File "/srv/refill-intake/app/webhooks/pbm.py", line 51, in handle').nl()
    m.t('    member = payload["member_id"]').nl()
    m.t('             ~~~~~~~^^^^^^^^^^^^^').nl()
    m.t("KeyError: 'member_id'")
    return m


def nx_py_shipping():
    t, m = tick(), ML('py-logging')
    carrier = R.choice(['UPS', 'USPS'])
    d = {'order_no': order_no(), 'carrier': carrier,
         'tracking': ups_tracking() if carrier == 'UPS' else usps_tracking(), 'service': R.choice(['GROUND', 'PRIORITY']),
         'weight_oz': round(R.uniform(2, 30), 1), 'cold_chain': R.random() < .2, 'label_cost': Dec('%d.%02d' % (R.randint(4, 19), R.randint(0, 99)))}
    m.t(py_prefix(t, 'INFO', 'fulfillment.shipping') + 'shipment created: ').add(r_py(d))
    return m


def nx_node_request():
    t, m = tick(), ML('node-winston')
    m.t(win_prefix(t, 'info') + '%s %s %d %dms' % (R.choice(['GET', 'GET', 'POST']), R.choice(
        ['/api/v2/refills/%s' % refill_id(), '/api/v2/formulary?ndc=%s' % drug()[0], '/api/v2/stores/%s/hours' % store()[0],
         '/api/v2/config/mobile']), R.choice([200, 200, 201, 304]), R.randint(3, 900)))
    return m


def nx_node_objobj():
    t, m = tick(), ML('node-winston')
    m.t(win_prefix(t, R.choice(['warn', 'error'])) + R.choice([
        'refill %s failed: [object Object]' % refill_id(),
        'unexpected PBM response [object Object] for claim %s' % rdig(12),
        'cache miss for key refill:%s -> [object Object]' % refill_id(),
        'queue message rejected: [object Object],[object Object]']))
    return m


def nx_pino_req():
    t, m = tick(), ML('node-pino')
    m.t(pino_head(t, 30) + ',"reqId":"%s","req":{"method":"GET","url":"/api/v2/formulary?ndc=%s",'
                           '"remoteAddress":"%s","remotePort":%d},"res":{"statusCode":200},"responseTime":%.1f,'
                           '"msg":"request completed"}' % (req_id(), drug()[0], private_ip(), R.randint(30000, 65000),
                                                           R.uniform(1, 400)))
    return m


def nx_morgan_probe():
    t, m = tick(), ML('node-morgan')
    m.t('%s - - [%s] "GET %s HTTP/1.1" 200 %d "-" "%s"' % (
        private_ip(), ts_clf(t), R.choice(['/healthz', '/readyz', '/metrics']), R.randint(2, 900),
        R.choice(['kube-probe/1.28', 'Prometheus/2.51.1', 'ELB-HealthChecker/2.0'])))
    return m


def nx_node_inspect_queue():
    t, m = tick(), ML('node-inspect')
    obj = {'store': store()[0], 'queue': R.choice(['will-call', 'verification', 'fill']), 'depth': R.randint(0, 60),
           'oldest': later(t, -3600, -60), 'rph': {'name': R.choice(PHARMACISTS)[0], 'license': None},
           'sla': {'targetMin': 15, 'breaches': R.randint(0, 4)}}
    obj['rph']['license'] = [x[1] for x in PHARMACISTS if x[0] == obj['rph']['name']][0]
    m.t(win_prefix(t, 'info') + 'queue snapshot ').add(r_js(obj, single=True))
    return m


def nx_go_batch():
    t, m = tick(), ML('go-log')
    b = R.choice(PBMS)
    n = R.randint(10, 80)
    rej = R.randint(0, min(5, n))
    m.t(go_prefix(t) + 'claims: batch %s submitted bin=%s pcn=%s grp=%s claims=%d accepted=%d rejected=%d took=%.2fs' % (
        t.strftime('%Y-%m-%dT%H'), b[0], b[1], b[2], n, n - rej, rej, R.uniform(.3, 6)))
    return m


def nx_zap_ncpdp():
    t, m = tick(), ML('go-zap-json')
    m.t('{"level":"info","ts":%s,"caller":"adjudicator/worker.go:212","msg":"ncpdp response","txn":"B1",'
        '"status":"%s","authNumber":"%s","ingredientCost":%.2f,"copay":%d,"latency":"%s"}' % (
            ts_zap(t), R.choice(['P', 'P', 'R']), rdig(15), R.uniform(2, 900), R.choice([0, 5, 10, 35, 47]), ms()))
    return m


def nx_go_config():
    t, m = tick(), ML('go-log')
    obj = Obj('Options', [('Addr', 'redis-refill.internal:6379'), ('DB', 2), ('PoolSize', 20), ('MinIdleConns', 5),
                          ('DialTimeout', Raw('5s')), ('TLSConfig', Obj('tls.Config', [], ptr=True)),
                          ('OnConnect', Raw('<nil>'))], ptr=True)
    m.t(go_prefix(t, 'main.go:48') + 'redis options: ').add(r_go(obj, plus=True))
    return m


def nx_go_panic():
    t, m = tick(), ML('go-panic')
    m.t(go_prefix(t) + 'http: panic serving %s:%d: runtime error: invalid memory address or nil pointer dereference' % (
        private_ip(), R.randint(30000, 65000))).nl()
    m.t('goroutine %d [running]:' % R.randint(100, 9000)).nl()
    m.t('net/http.(*conn).serve.func1()').nl()
    m.t('\t/usr/local/go/src/net/http/server.go:1898 +0xbe').nl()
    m.t('panic({0x%x, 0x%x})' % (R.randint(0x9a0000, 0x9fffff), R.randint(0xe00000, 0xefffff))).nl()
    m.t('\t/usr/local/go/src/runtime/panic.go:770 +0x132').nl()
    m.t('github.com/rxrefill/adjudicator/internal/claims.(*Builder).Build(0x0, 0xc00%07x)' % R.randint(0, 0xfffffff)).nl()
    m.t('\t/src/internal/claims/builder.go:61 +0x2a')
    return m


def nx_logrus():
    t, m = tick(), ML('go-logrus')
    m.t('time="%s" level=info msg="formulary refreshed" rows=%d version=2024.05.%02d source="s3://rx-formulary/%s.csv" '
        'took=%s' % (ts_logrus(t), R.randint(8000, 40000), R.randint(1, 14), rhex(12), ms()))
    return m


def nx_java_inventory():
    t, m = tick(), ML('java-logback')
    nd, dn = drug()
    obj = Obj('InventoryItem', [('sku', 'SKU-%s' % rdig(6)), ('ndc', nd), ('description', dn),
                                ('onHand', R.randint(0, 30)), ('reorderPoint', R.randint(30, 60)), ('store', store()[0]),
                                ('lot', 'L%s%s' % (rdig(4), R.choice('ABCD'))),
                                ('expires', dt.date(2025, R.randint(1, 12), R.randint(1, 28)))])
    m.t(spring_prefix(t, 'INFO', 'scheduling-1', 'c.r.core.inventory.ReorderJob') + 'Reorder triggered: ').add(r_java(obj))
    return m


def nx_java_startup():
    t, m = tick(), ML('java-logback')
    msg = R.choice([('o.s.b.w.embedded.tomcat.TomcatWebServer', 'Tomcat started on port(s): 8080 (http) with context path \'\''),
                    ('com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Start completed.'),
                    ('c.r.core.PharmacyCoreApplication', 'Started PharmacyCoreApplication in %.3f seconds (JVM running for %.3f)'
                     % (R.uniform(9, 20), R.uniform(20, 25))),
                    ('o.h.e.t.j.p.i.JtaPlatformInitiator', 'HHH000490: Using JtaPlatform implementation: '
                     '[org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform]')])
    m.t(spring_prefix(t, 'INFO', 'main', msg[0]) + msg[1])
    return m


def nx_jvm_gc():
    t, m = tick(), ML('jvm-gc')
    a = R.randint(300, 900)
    m.t('[%s+0000][%.3fs][info][gc] GC(%d) Pause Young (Normal) (G1 Evacuation Pause) %dM->%dM(1024M) %.3fms' % (
        t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03d' % (t.microsecond // 1000), R.uniform(1000, 90000), R.randint(100, 5000),
        a, a - R.randint(100, 280), R.uniform(2, 40)))
    return m


def nx_java_tostring_default():
    t, m = tick(), ML('java-logback')
    m.t(spring_prefix(t, 'DEBUG', 'pool-3-thread-%d' % R.randint(1, 12), 'c.r.core.refill.RefillDispatcher') +
        'Dispatching com.rxrefill.core.refill.RefillJob@%s to executor java.util.concurrent.ThreadPoolExecutor@%s'
        '[Running, pool size = 8, active threads = %d, queued tasks = %d, completed tasks = %d]' % (
            rhex(8), rhex(8), R.randint(1, 8), R.randint(0, 40), R.randint(1000, 90000)))
    return m


def nx_java_verify():
    t, m = tick(), ML('java-logback')
    rph = R.choice(PHARMACISTS)
    pr = R.choice(PRESCRIBERS)
    obj = Obj('RxVerification', [('rphName', rph[0]), ('rphLicense', rph[1]), ('order', order_no()),
                                 ('prescriber', pr['name']), ('prescriberNpi', pr['npi']),
                                 ('prescriberFax', pr['fax']), ('durSeconds', R.randint(8, 120)),
                                 ('outcome', R.choice(['APPROVED', 'APPROVED', 'CALL_PRESCRIBER']))])
    m.t(spring_prefix(t, 'INFO', http_thread(), 'c.r.core.verify.VerificationService') + 'pharmacist verification complete: ')
    m.add(r_java(obj))
    return m


def nx_java_exc():
    t, m = tick(), ML('java-stacktrace')
    m.t(spring_prefix(t, 'ERROR', http_thread(), 'c.r.core.web.GlobalExceptionHandler') +
        'Unhandled: could not execute statement; SQL [n/a]; constraint [uk_refill_order_no]').nl()
    m.t('org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; '
        'constraint [uk_refill_order_no]').nl()
    m.t('\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException'
        '(HibernateJpaDialect.java:276)').nl()
    m.t('\tat com.rxrefill.core.refill.RefillRepositoryImpl.save(RefillRepositoryImpl.java:%d)' % R.randint(40, 140)).nl()
    m.t('Caused by: java.sql.SQLIntegrityConstraintViolationException: Duplicate entry \'%s\' for key '
        '\'refill.uk_refill_order_no\'' % order_no())
    return m


def nx_php_deprecated():
    t, m = tick(), ML('php-error_log')
    m.t(php_prefix(t) + R.choice([
        'PHP Deprecated:  strftime(): Function strftime() is deprecated in /var/www/portal/lib/legacy/date_helpers.php on line 42',
        'PHP Warning:  Undefined array key "insurance" in /var/www/portal/src/Controller/RefillController.php on line 97',
        'PHP Notice:  session_start(): Ignoring session_start() because a session is already active in '
        '/var/www/portal/public/index.php on line 12',
        'PHP Warning:  opcache.jit_buffer_size is set to 0 in Unknown on line 0']))
    return m


def nx_monolog():
    t, m = tick(), ML('php-monolog')
    k = R.random()
    if k < .5:
        m.t(monolog_prefix(t, 'portal', 'INFO') + 'Cache warmup finished {"keys":%d,"ms":%d} []' % (R.randint(300, 3000),
                                                                                                 R.randint(50, 900)))
    else:
        m.t(monolog_prefix(t, 'portal', 'NOTICE') + 'Store hours fetched {"store":"%s","tz":"America/Phoenix",'
                                                    '"phone":"%s","address":"%s"} {"url":"/stores/%s","ip":"%s",'
                                                    '"http_method":"GET","server":"portal.rxrefill.example",'
                                                    '"referrer":null}' % ((lambda s: (s[0], s[2], s[1], s[0], private_ip()))(store())))
    return m


def nx_php_print_r_cfg():
    t, m = tick(), ML('php-print_r')
    d = {'driver': 'pdo_mysql', 'host': 'db-portal.internal', 'port': 3306, 'dbname': 'portal', 'charset': 'utf8mb4',
         'options': {1002: 'SET NAMES utf8mb4', 3: 2}, 'replica': '10.42.%d.%d' % (R.randint(0, 9), R.randint(2, 250))}
    m.t(php_prefix(t) + 'db config: ').add(r_php_r(d))
    return m


def nx_php_var_dump_cart():
    t, m = tick(), ML('php-var_dump')
    d = {'items': R.randint(1, 4), 'subtotal': round(R.uniform(3, 300), 2), 'copay_total': float(R.choice([0, 5, 10, 20])),
         'coupon': R.choice([None, 'SPRING24', 'FREESHIP']), 'shipping_method': R.choice(['ground', 'priority', 'pickup'])}
    m.t(php_prefix(t) + 'cart totals:').nl().add(r_php_vd(d))
    return m


def nx_deploy():
    t, m = tick(), ML(R.choice(['py-logging', 'node-winston', 'go-log']))
    v = 'v2.%d.%d' % (R.randint(10, 16), R.randint(0, 9))
    txt = 'build info: version=%s commit=%s built=2024-05-%02dT%02d:%02d:%02dZ go=1.22.3 tls_cert_expires=2024-%02d-%02d' % (
        v, rhex(7), R.randint(1, 13), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(6, 12), R.randint(1, 28))
    if m.family == 'py-logging':
        m.t(py_prefix(t, 'INFO', 'refill.boot') + txt)
    elif m.family == 'node-winston':
        m.t(win_prefix(t, 'info') + txt)
    else:
        m.t(go_prefix(t, 'main.go:31') + txt)
    return m


def nx_kafka():
    t, m = tick(), ML('java-logback')
    m.t(spring_prefix(t, 'INFO', 'org.springframework.kafka.KafkaListenerEndpointContainer#0-0-C-1',
                      'o.a.k.c.c.internals.ConsumerCoordinator') +
        '[Consumer clientId=consumer-refill-events-1, groupId=refill-events] Setting offset for partition '
        'refill.events-%d to the committed offset FetchPosition{offset=%d, offsetEpoch=Optional[%d], '
        'currentLeader=LeaderAndEpoch{leader=Optional[kafka-%d.kafka.internal:9092 (id: %d rack: null)], epoch=%d}}' % (
            R.randint(0, 11), R.randint(100000, 9999999), R.randint(1, 30), R.randint(0, 2), R.randint(0, 2),
            R.randint(1, 30)))
    return m


def nx_staff_login():
    t, m = tick(), ML('node-pino')
    ag = R.choice(AGENTS)
    m.t(pino_head(t, 30) + ',"reqId":"%s","staff":"%s@rxrefill.example","role":"%s","ip":"%s","msg":"staff console login"}' % (
        req_id(), ag, R.choice(['support', 'pharmacist', 'admin']), private_ip()))
    return m


def nx_prescriber_cache():
    t, m = tick(), ML('go-log')
    pr = R.choice(PRESCRIBERS)
    d = {'name': pr['name'], 'npi': pr['npi'], 'phone': pr['phone'], 'fax': pr['fax'], 'spec': R.choice(
        ['Internal Medicine', 'Endocrinology', 'Family Medicine', 'Cardiology'])}
    m.t(go_prefix(t, 'prescribers.go:%d' % R.randint(20, 80)) + 'prescriber cache hit: ').add(r_go(d))
    return m


def nx_email_system():
    t, m = tick(), ML('py-celery')
    m.t(celery_prefix(t, 'INFO') + 'digest sent from noreply@rxrefill.example via smtp-relay.internal:587 '
                                   'batch=%d recipients=%d bounced=%d message_id=<%s@mail.rxrefill.example>' % (
                                       R.randint(1, 40), R.randint(50, 900), R.randint(0, 9), rhex(24)))
    return m


def nx_ratelimit():
    t, m = tick(), ML('node-winston')
    m.t(win_prefix(t, 'warn') + 'rate limit exceeded client=%s key=%s window=60s count=%d ip=%s' % (
        R.choice(['mobile-ios/5.12.0', 'mobile-android/5.11.2', 'partner-ehr']), 'rl_' + rhex(10), R.randint(121, 400),
        private_ip()))
    return m


def nx_support_ticket():
    t, m = tick(), ML('java-logback')
    m.t(spring_prefix(t, 'INFO', 'ops-1', 'c.r.core.ops.IncidentService') +
        'INC-%d acknowledged by %s: PBM %s latency p99=%dms (threshold 1500ms), pager=%s' % (
            R.randint(1000, 9999), R.choice(AGENTS), R.choice(PBMS)[0], R.randint(1500, 9000),
            R.choice(['oncall-claims', 'oncall-platform'])))
    return m


def nx_go_stats():
    t, m = tick(), ML('go-log')
    d = {'goroutines': R.randint(20, 400), 'heap_mb': R.randint(40, 600), 'gc_pause_p99': '%.1fms' % R.uniform(.1, 9),
         'open_conns': R.randint(1, 40), 'uptime': '%dh%dm' % (R.randint(0, 90), R.randint(0, 59))}
    m.t(go_prefix(t) + 'runtime stats: ').add(r_go(d))
    return m


# ---------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------
PHI_EVENTS = [
    (ev_py_dict, 5), (ev_py_dataclass, 4), (ev_py_traceback, .8), (ev_py_pydantic, .8), (ev_celery_sms, 2),
    (ev_py_json_pbm, 3), (ev_py_httperror, 2), (ev_structlog_voice, 2.5), (ev_py_age, 5), (ev_py_tuple_args, 2),
    (ev_py_kit, 2), (ev_py_caregiver, 5), (ev_py_pa_case, 2), (ev_py_natid, 2), (ev_py_integrity, 1),
    (ev_py_photo, 3), (ev_kiosk_fp, 2), (ev_py_udi, 2), (ev_plain_message, 8),
    (ev_node_objobj, 2), (ev_node_inspect_ml, .6), (ev_pino_payment, 4), (ev_morgan_patient, 4), (ev_node_stack, .7),
    (ev_node_map, 2), (ev_node_curbside, 3), (ev_node_login, 3), (ev_node_avatar, 3),
    (ev_go_v, 3), (ev_go_plusv, 3), (ev_go_map, 3), (ev_go_sharp, 2), (ev_go_timeparse, 2), (ev_zap_cgm, 3),
    (ev_zap_console, 2), (ev_go_pillbottle, 2), (ev_logrus_vin, 2),
    (ev_java_ij, 4), (ev_java_lombok_dl, 4), (ev_java_stack, .7), (ev_java_map_audit, 4), (ev_java_record_transfer, 2),
    (ev_java_iban, 3), (ev_java_face, 2), (ev_java_medicare, 3),
    (ev_php_print_r_form, .6), (ev_php_print_r_obj, .4), (ev_php_var_dump, .7), (ev_php_var_export, .4),
    (ev_monolog_ctx, 3), (ev_php_fatal, .7), (ev_php_json_encode, 3),
]
NOPHI_EVENTS = [
    (nx_uvicorn, 5), (nx_py_sweep, 3), (nx_celery_ok, 4), (nx_sqlalchemy, 1), (nx_py_keyerror, .6), (nx_py_shipping, 4),
    (nx_node_request, 5), (nx_node_objobj, 3), (nx_pino_req, 4), (nx_morgan_probe, 4), (nx_node_inspect_queue, 2),
    (nx_go_batch, 3), (nx_zap_ncpdp, 4), (nx_go_config, 1), (nx_go_panic, .6), (nx_logrus, 2),
    (nx_java_inventory, 3), (nx_java_startup, 1), (nx_jvm_gc, 3), (nx_java_tostring_default, 2), (nx_java_verify, 4),
    (nx_java_exc, .6), (nx_php_deprecated, 3), (nx_monolog, 3), (nx_php_print_r_cfg, .5), (nx_php_var_dump_cart, .5),
    (nx_deploy, 1), (nx_kafka, 2), (nx_staff_login, 3), (nx_prescriber_cache, 3), (nx_email_system, 2),
    (nx_ratelimit, 2), (nx_support_ticket, 2), (nx_go_stats, 2),
]


def choose(pool):
    return R.choices([f for f, _ in pool], weights=[w for _, w in pool])[0]


def main():
    out = []  # (bytes, spans, family)
    target_nophi = 0.55
    multi_total = 0
    while len(out) < N_LINES:
        remaining = N_LINES - len(out)
        n_nophi = sum(1 for _, sp, _ in out if not sp)
        frac = n_nophi / len(out) if out else 1.0
        if frac < target_nophi - 0.02:
            pool = NOPHI_EVENTS
        elif frac > target_nophi + 0.02:
            pool = PHI_EVENTS
        else:
            pool = PHI_EVENTS if R.random() < 0.42 else NOPHI_EVENTS
        for _ in range(50):
            m = choose(pool)()
            if len(m.lines) > remaining:
                continue
            if len(m.lines) > 1 and multi_total + len(m.lines) > MULTI_CAP:
                continue
            break
        else:
            continue
        if len(m.lines) > 1:
            multi_total += len(m.lines)
        for ln in m.lines:
            out.append((bytes(ln.buf), ln.spans, m.family))
    assert len(out) == N_LINES
    log_lines, label_lines = [], []
    for i, (b, spans, fam) in enumerate(out, 1):
        assert b'\n' not in b and b'\r' not in b
        assert len(b) <= 4000, (i, len(b))
        b.decode('utf-8')
        prev = 0
        js = []
        for s, e, cat, val in sorted(spans):
            assert s >= prev, ('overlap', i)
            assert b[s:e] == val, (i, s, e)
            assert e > s
            prev = e
            js.append({'s': s, 'e': e, 'cat': cat})
        log_lines.append(b)
        label_lines.append(json.dumps({'line': i, 'family': fam, 'spans': js}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + '.log'), 'wb') as f:
        f.write(b'\n'.join(log_lines) + b'\n')
    with open(os.path.join(HERE, ID + '.labels.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(label_lines) + '\n')


if __name__ == '__main__':
    main()
