#!/usr/bin/env python3
"""Deterministic generator for gv.log / gv.labels.jsonl.

Theme: CI/CD and test output of a health-tech company (Larkspur Health) where
engineers copied production patient records into test fixtures.  Standard
library only; fixed seed; running twice gives byte-identical output.
"""
import base64
import datetime as dt
import json
import os

import random

ID = 'gv'
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(0x6776_0917)
TODAY = dt.date(2024, 9, 17)
N_LINES = 500
DIVERT = 0.36
BUILD_SEED = 72
EXCERPT_P = 0.85


# --------------------------------------------------------------------------
# line builder: every line is built by concatenation, spans recorded on insert
# --------------------------------------------------------------------------
class Line:
    __slots__ = ('family', 'buf', 'spans')

    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, *ss):
        for s in ss:
            self.buf += s.encode('utf-8')
        return self

    def p(self, v, cat):
        b = v.encode('utf-8')
        if cat:
            self.spans.append((len(self.buf), len(self.buf) + len(b), cat, b))
        self.buf += b
        return self

    def f(self, *parts):
        for x in parts:
            if isinstance(x, tuple):
                self.p(*x)
            else:
                self.t(x)
        return self


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------
def ri(a, b):
    return R.randint(a, b)


def ch(x):
    return R.choice(x)


def hexs(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def digits(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def uuid4():
    h = hexs(32)
    return f'{h[:8]}-{h[8:12]}-4{h[13:16]}-{ch("89ab")}{h[17:20]}-{h[20:]}'


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def luhn(payload):
    tot = 0
    for i, c in enumerate(reversed(payload)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return payload + str((10 - tot % 10) % 10)


VT = {**{str(i): i for i in range(10)},
      'A': 1, 'B': 2, 'C': 3, 'D': 4, 'E': 5, 'F': 6, 'G': 7, 'H': 8, 'J': 1, 'K': 2, 'L': 3, 'M': 4,
      'N': 5, 'P': 7, 'R': 9, 'S': 2, 'T': 3, 'U': 4, 'V': 5, 'W': 6, 'X': 7, 'Y': 8, 'Z': 9}
VW = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi, vds, year_ch, plant):
    s = wmi + vds + '0' + year_ch + plant + digits(6)
    assert len(s) == 17
    tot = sum(VT[c] * w for c, w in zip(s, VW))
    cd = tot % 11
    return s[:8] + ('X' if cd == 10 else str(cd)) + s[9:]


MBI_A = 'ACDEFGHJKMNPQRTUVWXY'


def mbi():
    n, an = '0123456789', '0123456789' + MBI_A
    return ''.join([ch('123456789'), ch(MBI_A), ch(an), ch(n), ch(MBI_A), ch(an), ch(n),
                    ch(MBI_A), ch(MBI_A), ch(n), ch(n)])


def iban(cc, bban):
    s = bban + cc + '00'
    n = int(''.join(str(int(c, 36)) for c in s))
    return f'{cc}{98 - n % 97:02d}{bban}'


def gs1(payload):
    tot = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(payload)))
    return payload + str((10 - tot % 10) % 10)


def mod11_nhs(nine):
    tot = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1)))
    c = 11 - tot % 11
    if c == 11:
        c = 0
    return None if c == 10 else nine + str(c)


def chi_number(d, male):
    while True:
        nine = d.strftime('%d%m%y') + digits(2) + ch('13579' if male else '02468')
        v = mod11_nhs(nine)
        if v:
            return v


def pesel(d, female):
    m = d.month + (20 if d.year >= 2000 else 0)
    base = f'{d.year % 100:02d}{m:02d}{d.day:02d}{ri(0, 999):03d}' + ch('02468' if female else '13579')
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    s = sum(int(a) * b for a, b in zip(base, w))
    return base + str((10 - s % 10) % 10)


def cpf():
    d = [ri(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1)))
        r = s % 11
        d.append(0 if r < 2 else 11 - r)
    s = ''.join(map(str, d))
    return f'{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}'


def rrn(d, female):
    g = ('2' if female else '1') if d.year < 2000 else ('4' if female else '3')
    s = d.strftime('%y%m%d') + g + f'{ri(0, 99999):05d}'
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(s, w)) % 11) % 10
    return s[:6] + '-' + s[6:] + str(c)


def tckn():
    d = [ri(1, 9)] + [ri(0, 9) for _ in range(8)]
    d.append(((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10)
    d.append(sum(d) % 10)
    return ''.join(map(str, d))


def ssn():
    while True:
        a = ri(101, 772)
        if a != 666:
            break
    return f'{a:03d}-{ri(1, 99):02d}-{ri(1, 9999):04d}'


def fmt_date(d, style):
    if style == 'iso':
        return d.strftime('%Y-%m-%d')
    if style == 'us':
        return d.strftime('%m/%d/%Y')
    if style == 'us_short':
        return f'{d.month}/{d.day}/{d.year}'
    if style == 'hl7':
        return d.strftime('%Y%m%d')
    if style == 'long':
        return d.strftime('%B ') + str(d.day) + d.strftime(', %Y')
    if style == 'dmy':
        return d.strftime('%d %b %Y')
    if style == 'dmy_dot':
        return d.strftime('%d.%m.%Y')
    raise ValueError(style)


def jpeg_b64(n):
    hdr = bytes.fromhex('ffd8ffe000104a46494600010101004800480000ffdb004300')
    return base64.b64encode(hdr + rbytes(n)).decode()


def png_b64(n):
    hdr = bytes.fromhex('89504e470d0a1a0a0000000d49484452000000600000006008060000')
    return base64.b64encode(hdr + rbytes(n)).decode()


def fmr_b64(n):
    # ISO/IEC 19794-2 finger minutiae record header "FMR\0 20\0"
    return base64.b64encode(b'FMR\x00 20\x00' + rbytes(n)).decode()


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
PLANS = [('Anthem BCBS', lambda: 'XEH' + digits(9)), ('Aetna', lambda: 'W' + digits(9)),
         ('UnitedHealthcare', lambda: digits(9)), ('Cigna', lambda: 'U' + digits(8) + '01'),
         ('Humana', lambda: 'H' + digits(8)), ('Oscar', lambda: 'OSC' + digits(8))]

DL = {'OH': lambda: ch('ABCRST') + ch('GKMRS') + digits(6), 'TX': lambda: digits(8),
      'NJ': lambda: ch('NQDW') + digits(4) + ' ' + digits(5) + ' ' + digits(5),
      'CA': lambda: ch('ABDFGNY') + digits(7), 'HI': lambda: 'H' + digits(8),
      'VA': lambda: ch('ATS') + digits(8), 'IL': lambda: ch('WSKM') + digits(3) + '-' + digits(4) + '-' + digits(4),
      'MA': lambda: 'S' + digits(8), 'MN': lambda: ch('ABSV') + digits(12), 'MD': lambda: ch('MKT') + digits(12),
      'ME': lambda: digits(7), 'GA': lambda: digits(9), 'NY': lambda: digits(3) + ' ' + digits(3) + ' ' + digits(3)}


def plate(state):
    L = 'ABCDEFGHJKLMNPRSTUVWXYZ'
    if state == 'CA':
        return str(ri(6, 9)) + ''.join(ch(L) for _ in range(3)) + digits(3)
    if state in ('OH', 'NY', 'GA'):
        return ''.join(ch(L) for _ in range(3)) + ch([' ', '-', '']) + digits(4)
    return ''.join(ch(L) for _ in range(3)) + digits(4)


SPECS = [
    dict(first='Amara', last='Okafor', sex='F', street='4417 Parkside Ave', city='Columbus', state='OH',
         zip='43215', zip4='2207', area='614', dob=(1958, 4, 11), email='amara.okafor58@gmail.com',
         user='aokafor58', rel=('Chinedu Okafor', 'son'), kit=True,
         url='https://amaraokafor.substack.com', fax=True),
    dict(first='Chidi', last='Okonkwo', sex='M', street='9120 Bellaire Blvd Apt 214', city='Houston',
         state='TX', zip='77036', zip4='5811', area='713', dob=(1986, 12, 2), email='chidi.okonkwo@outlook.com',
         user='chidi_ok86', url='https://www.gofundme.com/f/chidi-okonkwo-kidney-transplant',
         car=('1HG', 'CV1F3', 'M', 'A'), rel=('Ifeoma Okonkwo', 'spouse')),
    dict(first='Mariana', last='Quispe Huamán', sex='F', street='38 Godwin Ave', city='Paterson', state='NJ',
         zip='07501', zip4='1342', area='973', dob=(1949, 2, 27), email='mquispeh@yahoo.com', user='mquispe49',
         natid=('dni_pe', None), rel=('Rosa Quispe', 'daughter')),
    dict(first='José Antonio', last='Núñez', sex='M', street='2315 S Bristol St', city='Santa Ana', state='CA',
         zip='92704', zip4='4418', area='714', dob=(1977, 7, 19), email='ja.nunez77@gmail.com', user='janunez',
         car=('5YJ', '3E1EA', 'P', 'F'), rel=('Guadalupe Núñez', 'wife')),
    dict(first='Thị Lan', last='Nguyễn', sex='F', street='1780 Story Rd Unit 6', city='San Jose', state='CA',
         zip='95122', zip4='1903', area='408', dob=(1964, 10, 3), email='lan.nguyen.sj@icloud.com', user='lannguyen64',
         rel=('Minh Trần', 'husband'), kit=True),
    dict(first='Haruto', last='Sasaki', sex='M', street='1520 Liliha St', city='Honolulu', state='HI',
         zip='96817', zip4='3310', area='808', dob=(1931, 8, 8), email='h.sasaki1931@hawaiiantel.net', user='hsasaki',
         device='pacemaker', rel=('Keiko Sasaki-Lum', 'daughter'), fax=True, photo=True),
    dict(first='Fatemeh', last='Rahimi', sex='F', street='10312 Main St', city='Fairfax', state='VA',
         zip='22030', zip4='2411', area='703', dob=(1971, 9, 30), email='fatemeh.rahimi@proton.me', user='frahimi71',
         rel=('Reza Rahimi', 'spouse'), bio=True),
    dict(first='Łukasz', last='Wiśniewski', sex='M', street='5142 N Milwaukee Ave', city='Chicago', state='IL',
         zip='60630', zip4='1727', area='773', dob=(1990, 1, 23), email='lukasz.wisniewski90@gmail.com',
         user='lwisniewski', natid=('pesel', None), url='https://github.com/lwisniewski90', car=('WVW', 'ZZZAU', 'K', 'W')),
    dict(first='Siobhán', last="O'Connell", sex='F', street='212 E Broadway', city='Boston', state='MA',
         zip='02127', zip4='1704', area='617', dob=(1983, 3, 17), email='siobhan.oconnell@comcast.net',
         user='soconnell83', rel=("Declan O'Connell", 'brother'), photo=True),
    dict(first='Rajesh', last='Venkataraman', sex='M', street='67 Oak Tree Rd', city='Edison', state='NJ',
         zip='08817', zip4='2904', area='732', dob=(1969, 6, 5), email='rvenkataraman@yahoo.com', user='rajv69',
         url='https://www.linkedin.com/in/rajesh-venkataraman-4b2a91', device='insulin_pump', fax=True),
    dict(first='Ingrid', last='Solberg', sex='F', street='3308 42nd Ave S', city='Minneapolis', state='MN',
         zip='55406', zip4='3019', area='612', dob=(1995, 11, 28), email='ingrid.solberg@gmail.com',
         user='isolberg', device='cgm', bio=True),
    dict(first='Abebe', last='Tesfaye', sex='M', street='8701 Georgia Ave Apt 1103', city='Silver Spring',
         state='MD', zip='20910', zip4='3621', area='301', dob=(1955, 5, 9), email='abebe.tesfaye55@gmail.com',
         user='atesfaye', rel=('Selam Tesfaye', 'daughter'), device='cpap', fax=True, bio=True),
    dict(first='Yusuf', last='Demir', sex='M', street='145 Main Ave', city='Clifton', state='NJ', zip='07011',
         zip4='2230', area='973', dob=(2001, 4, 14), email='yusufdemir01@hotmail.com', user='ydemir01',
         natid=('tckn', None), car=('3VW', 'C57BU', 'L', 'M')),
    dict(first='Margarethe', last='Vogel', sex='F', street='509 W Austin St', city='Fredericksburg', state='TX',
         zip='78624', zip4='3805', area='830', dob=(1930, 5, 14), email='ursula.brandt@gvtc.com', user='mvogel30',
         rel=('Ursula Brandt', 'daughter'), iban='DE', fax=True),
    dict(first='Hamish', last='MacLeod', sex='M', street='77 Pine St', city='Portland', state='ME', zip='04101',
         zip4='4612', area='207', dob=(1933, 2, 19), email='hamish.macleod33@gmail.com', user='hmacleod',
         url='https://www.caringbridge.org/site/hamishmacleod', natid=('chi', None),
         rel=('Callum MacLeod', 'son'), iban='GB', bio=True),
    dict(first='Thandiwe', last='Dlamini', sex='F', street='1046 Ralph David Abernathy Blvd SW', city='Atlanta',
         state='GA', zip='30310', zip4='1451', area='404', dob=(1998, 8, 21), email='thandi.dlamini@gmail.com',
         user='thandi_d', medicaid=True, kit=True,
         url='https://www.instagram.com/thandi.dlamini98'),
    dict(first='Beatriz', last='Carvalho', sex='F', street='22 Concord St', city='Framingham', state='MA',
         zip='01702', zip4='8340', area='508', dob=(1980, 12, 9), email='bia.carvalho80@uol.com.br',
         user='bcarvalho', natid=('cpf', None), photo=True,
         url='https://www.facebook.com/bia.carvalho.80'),
    dict(first='Eun-ji', last='Park', sex='F', street='1600 Center Ave Apt 9C', city='Fort Lee', state='NJ',
         zip='07024', zip4='5922', area='201', dob=(1992, 6, 30), email='eunji.park92@naver.com', user='eunjipark',
         natid=('rrn', None), photo=True),
    dict(first='Dmitri', last='Volkov', sex='M', street='2820 Ocean Pkwy Apt 5F', city='Brooklyn', state='NY',
         zip='11235', zip4='7740', area='718', dob=(1947, 1, 30), email='dvolkov47@aol.com', user='dvolkov',
         medicaid=True, rel=('Natalia Volkova', 'wife'), fax=True),
    dict(first='Leilani', last='Kahananui', sex='F', street='455 Kilauea Ave', city='Hilo', state='HI',
         zip='96720', zip4='4117', area='808', dob=(2006, 3, 2), email='leilani.k06@gmail.com', user='leilanik',
         rel=('Malia Kahananui', 'mother'), photo=True),
]

PUBLIC_IPS = ['73.22.158.44', '172.58.12.201', '98.214.7.33', '24.130.88.17', '108.28.190.5', '67.160.43.212',
              '71.187.29.140', '99.33.201.78', '174.206.9.61', '76.104.152.3', '50.35.77.219', '68.40.116.92',
              '47.14.201.65', '100.36.12.188', '184.90.63.7', '2600:1700:3ec0:4a10::2b', '69.119.48.250',
              '173.73.5.214', '45.30.112.9', '209.122.66.31']


class Person:
    def __init__(self, sp, idx):
        self.real = True
        self.__dict__.update(sp)
        self.dob = dt.date(*sp['dob'])
        self.age = TODAY.year - self.dob.year - ((TODAY.month, TODAY.day) < (self.dob.month, self.dob.day))
        self.ssn = ssn()
        sysfmt = ch(['num8', 'E', 'MRN', 'num8'])
        self.mrn = {'num8': f'{ri(100000, 9999999):08d}', 'E': 'E' + digits(8), 'MRN': 'MRN' + digits(7)}[sysfmt]
        self.portal_id = 'PT-' + digits(7)
        self.ph_line = f'01{ri(0, 99):02d}'
        self.ph_local = '555-' + self.ph_line
        self.cell_line = f'01{ri(0, 99):02d}'
        self.faxno = f'01{ri(0, 99):02d}' if sp.get('fax') else None
        plan = ch(PLANS)
        self.plan_name = plan[0]
        self.member = plan[1]()
        self.mbi = mbi() if self.age >= 65 else None
        if sp.get('medicaid'):
            self.medicaid = {'GA': lambda: digits(12), 'NY': lambda: ''.join(ch('ABCDEFGHJKLMNPRTUVWXYZ')
                                                                            for _ in range(2)) + digits(5) + ch('ABCDEFGHJ')}[self.state]()
        else:
            self.medicaid = None
        self.group = 'GRP-' + digits(6)
        bin_ = ch(['414720', '542418', '401288', '552433', '431940'])
        self.card = luhn(bin_ + digits(9))
        self.card_exp = f'{ri(1, 12):02d}/{ri(25, 29)}'
        self.acct = digits(ri(9, 12))
        self.billing_acct = 'BA-' + digits(8)
        self.dl = DL[self.state]()
        self.plate = plate(self.state)
        car = sp.get('car')
        self.vin = vin(*car) if car else None
        self.ip = PUBLIC_IPS[idx % len(PUBLIC_IPS)]
        self.imei = luhn('35' + digits(12))
        self.mac = 'C4:7F:51:' + ':'.join(f'{R.getrandbits(8):02X}' for _ in range(3))
        dev = sp.get('device')
        self.dev_kind = dev
        if dev == 'pacemaker':
            self.dev_model, self.dev_serial = 'Azure XT DR MRI W1DR01', 'RNB' + digits(6) + 'S'
            self.udi = '(01)' + gs1('0076300' + digits(6)) + '(17)' + '270331' + '(21)' + self.dev_serial
        elif dev == 'insulin_pump':
            self.dev_model, self.dev_serial = 'MiniMed 780G MMT-1886', 'NG' + digits(7) + 'H'
            self.udi = '(01)' + gs1('0064316' + digits(6)) + '(11)' + '230614' + '(21)' + self.dev_serial
        elif dev == 'cgm':
            self.dev_model, self.dev_serial = 'Dexcom G7', digits(12)
            self.udi = '(01)' + gs1('0038627' + digits(6)) + '(17)' + '250930' + '(21)' + self.dev_serial
        elif dev == 'cpap':
            self.dev_model, self.dev_serial = 'AirSense 11 AutoSet', '2322' + digits(7)
            self.udi = '(01)' + gs1('0061979' + digits(6)) + '(21)' + self.dev_serial
        else:
            self.dev_model = self.dev_serial = self.udi = None
        self.kit_id = ('KIT-' + ''.join(ch('ABCDEFGHJKMNPQRSTUVWXYZ23456789') for _ in range(4)) + '-' +
                       ''.join(ch('ABCDEFGHJKMNPQRSTUVWXYZ23456789') for _ in range(4))) if sp.get('kit') else None
        self.case_no = f'APL-2024-{ri(1000, 99999):06d}'
        nat = sp.get('natid')
        if nat:
            k = nat[0]
            self.natid_kind = {'dni_pe': 'DNI', 'pesel': 'PESEL', 'tckn': 'TCKN', 'chi': 'CHI', 'cpf': 'CPF',
                               'rrn': 'RRN'}[k]
            self.natid = {'dni_pe': lambda: digits(8), 'pesel': lambda: pesel(self.dob, self.sex == 'F'),
                          'tckn': tckn, 'chi': lambda: chi_number(self.dob, self.sex == 'M'), 'cpf': cpf,
                          'rrn': lambda: rrn(self.dob, self.sex == 'F')}[k]()
        else:
            self.natid_kind = self.natid = None
        ib = sp.get('iban')
        self.iban = (iban('DE', digits(8) + digits(10)) if ib == 'DE' else
                     iban('GB', 'NWBK' + digits(6) + digits(8)) if ib == 'GB' else None)
        self.photo = sp.get('photo')
        self.bio = sp.get('bio')
        self.url = sp.get('url')
        self.rel = sp.get('rel')
        self.rel_line = f'01{ri(0, 99):02d}'
        # encounter dates
        self.admit = dt.date(2024, 1, 1) + dt.timedelta(days=ri(0, 230))
        self.disch = self.admit + dt.timedelta(days=ri(1, 9))
        self.appt = dt.date(2024, 9, 18) + dt.timedelta(days=ri(0, 60))
        self.collect = dt.date(2024, 3, 1) + dt.timedelta(days=ri(0, 180))
        self.svc = dt.date(2024, 2, 1) + dt.timedelta(days=ri(0, 200))
        self.uuid = uuid4()

    # ---- tuples (value, category) for Line.f ----
    def c(self, cat):
        return cat if self.real else None

    def name(self, form='full'):
        v = {'full': f'{self.first} {self.last}', 'lf': f'{self.last}, {self.first}',
             'LF': f'{self.last.upper()}, {self.first.upper()}', 'hl7': f'{self.last.upper()}^{self.first.upper()}',
             'first': self.first, 'last': self.last, 'LAST': self.last.upper()}[form]
        return (v, self.c('name'))

    def D(self, fmt='iso', which='dob'):
        return (fmt_date(getattr(self, which), fmt), self.c('date'))

    def phone(self, fmt='paren', which='home'):
        line = {'home': self.ph_line, 'cell': self.cell_line, 'fax': self.faxno, 'rel': self.rel_line}[which]
        a = self.area
        v = {'paren': f'({a}) 555-{line}', 'dash': f'{a}-555-{line}', 'digits': f'{a}555{line}',
             'e164': f'+1{a}555{line}', 'dots': f'{a}.555.{line}', 'intl': f'+1 {a}-555-{line}',
             'hl7': f'({a})555-{line}'}[fmt]
        return (v, self.c('fax' if which == 'fax' else 'phone'))

    def v(self, attr, cat):
        return (str(getattr(self, attr)), self.c(cat))


class Placeholder(Person):
    """Obvious synthetic test users: never labeled."""

    def __init__(self, first, last, dob, ssn_, mrn, email):
        self.real = False
        self.first, self.last, self.sex = first, last, 'U'
        self.dob = dob
        self.age = TODAY.year - dob.year
        self.ssn, self.mrn, self.email = ssn_, mrn, email
        self.portal_id = 'PT-0000001'
        self.area, self.ph_line, self.cell_line, self.rel_line, self.faxno = '555', '5555', '0000', '1234', '0000'
        self.street, self.city, self.state, self.zip, self.zip4 = '123 Main St', 'Anytown', 'NY', '12345', '0000'
        self.plan_name, self.member, self.mbi, self.medicaid = 'Test Plan', 'TEST123456789', None, None
        self.group = 'GRP-000000'
        self.card, self.card_exp = '4111111111111111', '12/30'
        self.acct, self.billing_acct = '000123456789', 'BA-00000000'
        self.dl, self.plate, self.vin, self.ip = 'D0000000', 'TEST123', None, '10.0.0.1'
        self.imei, self.mac = '000000000000000', '00:00:00:00:00:00'
        self.dev_kind = self.dev_model = self.dev_serial = self.udi = None
        self.kit_id, self.case_no = 'KIT-TEST-0000', 'APL-2024-000000'
        self.natid_kind = self.natid = self.iban = self.photo = self.bio = self.url = None
        self.user = 'test.patient'
        self.rel = ('Jane Doe', 'spouse')
        self.admit = dt.date(2020, 1, 1)
        self.disch = dt.date(2020, 1, 2)
        self.appt = self.collect = self.svc = dt.date(2020, 1, 1)
        self.uuid = '00000000-0000-4000-8000-000000000000'


PEOPLE = [Person(sp, i) for i, sp in enumerate(SPECS)]
PLACEHOLDERS = [
    Placeholder('John', 'Doe', dt.date(1970, 1, 1), '000-00-0000', 'TEST000001', 'john.doe@example.com'),
    Placeholder('Jane', 'Doe', dt.date(1980, 1, 1), '123-45-6789', 'TEST000002', 'jane.doe@example.com'),
    Placeholder('Test', 'Patient', dt.date(1900, 1, 1), '999-99-9999', 'MRN-TEST-01', 'test.patient@example.org'),
    Placeholder('Testy', 'McTestface', dt.date(2000, 1, 1), '000-00-0001', 'QA0000042', 'qa+testy@example.com'),
]
OLD = [p for p in PEOPLE if p.age >= 90]
_pick_order = []
_last = [None]


def person(placeholder_p=0.05, pool=None):
    if R.random() < placeholder_p:
        return ch(PLACEHOLDERS)
    if pool:
        return ch(pool)
    # cycle through everybody so each real person is reused several times
    global _pick_order
    if not _pick_order:
        last = _last[0]
        _pick_order = PEOPLE[:]
        R.shuffle(_pick_order)
        if _pick_order[-1] is last:
            _pick_order.insert(0, _pick_order.pop())
    _last[0] = _pick_order.pop()
    return _last[0]


def age_t(p):
    """age tuple: only labeled above 89"""
    return (str(p.age), p.c('age') if p.age > 89 else None)


# --------------------------------------------------------------------------
# look-alike noise pools
# --------------------------------------------------------------------------
CLINICIANS = ['Dr. Priya Raman', 'Dr. Samuel Whitfield', 'Olga Petrenko, RN', 'Miguel Ortega, PharmD',
              'Dr. Adaeze Nwosu', 'Dr. Tomás Herrera', 'Dr. Wei Zhang']
ENGINEERS = [('Kenji Watanabe', 'kwatanabe'), ('Marta Kowalczyk', 'mkowalczyk'), ('Devon Harris', 'dharris'),
             ('Sofia Lindqvist', 'slindqvist'), ('Arjun Mehta', 'amehta'), ('Grace Adeyemi', 'gadeyemi')]
ORG = 'larkspur-health'
DOMAIN = 'larkspurhealth.com'
HOSTS = ['pg-ci.internal', 'ci-agent-07.build.larkspur.internal', 'registry.larkspurhealth.com',
         'nexus.build.larkspur.internal', 'vault.larkspur.internal']
PRIV_IPS = ['10.42.3.17', '10.0.12.201', '172.17.0.2', '192.168.49.2', '172.20.4.11', '10.8.0.54']


EXCERPT = [False]


def verbose():
    """whether to include optional boilerplate sections of a tool's output"""
    return R.random() < 0.35 and not EXCERPT[0]


def full():
    """False when only an excerpt of a tool's output is kept (core section only)"""
    return not EXCERPT[0]


def sha40():
    return hexs(40)


def ms():
    return f'{ri(1, 900)}ms'


def secs(a=0.1, b=60.0):
    return f'{R.uniform(a, b):.2f}s'


# --------------------------------------------------------------------------
# output with CI wrappers (GitHub Actions timestamps, Jenkins timestamper)
# --------------------------------------------------------------------------
class Out:
    def __init__(self):
        self.lines = []
        self.wrap = 'plain'
        self.t = dt.datetime(2024, 9, 17, 13, 2, 9, 123456)

    def jump(self):
        self.t += dt.timedelta(minutes=ri(7, 600), seconds=ri(0, 59), microseconds=ri(0, 999999))

    def ln(self, fam):
        L = Line(fam)
        self.t += dt.timedelta(microseconds=ri(50, 90000))
        if self.wrap == 'gha':
            L.t(self.t.strftime('%Y-%m-%dT%H:%M:%S.') + f'{self.t.microsecond:06d}{ri(0, 9)}Z ')
        elif self.wrap == 'jts':
            L.t('[' + self.t.strftime('%Y-%m-%dT%H:%M:%S.') + f'{self.t.microsecond // 1000:03d}Z] ')
        self.lines.append(L)
        return L

    def txt(self, fam, *ss):
        for s in ss:
            if EXCERPT[0] and s.strip() in ('', 'E') and R.random() < 0.75:
                continue  # excerpts keep few of the blank separator lines
            self.ln(fam).t(s)

    def step(self, fam, cmd, env=None):
        if EXCERPT[0] and R.random() < 0.85:
            return
        if self.wrap == 'gha':
            self.txt('gha', '##[group]Run ' + cmd, cmd, 'shell: /usr/bin/bash -e {0}')
            if env and R.random() < 0.3:
                self.txt('gha', 'env:')
                for k, v in env:
                    self.txt('gha', f'  {k}: {v}')
            self.txt('gha', '##[endgroup]')
        elif self.wrap in ('jts', 'jenkins'):
            self.txt('jenkins', '[Pipeline] sh', '+ ' + cmd)
        else:
            self.txt(fam, '$ ' + cmd)

    def opt(self, fam, *ss):
        """framing lines that are dropped when only an excerpt is kept"""
        if not EXCERPT[0]:
            self.txt(fam, *ss)

    def annotate_error(self, msg):
        if self.wrap == 'gha':
            self.txt('gha', '##[error]' + msg)


def sep(c, title, width=80):
    if not title:
        return c * width
    n = width - len(title) - 2
    a = n // 2
    return c * a + ' ' + title + ' ' + c * (n - a)


# --------------------------------------------------------------------------
# record builders + serializers
# --------------------------------------------------------------------------
KEYS = {
    'snake': dict(first='first_name', last='last_name', dob='dob', ssn='ssn', mrn='mrn', phone='phone',
                  email='email', street='address_line1', city='city', state='state', zip='zip', member='member_id',
                  mbi='mbi', sex='sex', pcp='pcp_name', group='group_number', id='id', created='created_at',
                  plan='plan_name'),
    'camel': dict(first='firstName', last='lastName', dob='birthDate', ssn='ssn', mrn='mrn', phone='phoneNumber',
                  email='email', street='addressLine1', city='city', state='state', zip='postalCode',
                  member='memberId', mbi='medicareBeneficiaryId', sex='gender', pcp='primaryCareProvider',
                  group='groupNumber', id='id', created='createdAt', plan='planName'),
    'abbr': dict(first='fname', last='lname', dob='dob', ssn='ssn_no', mrn='pat_mrn', phone='hm_phone',
                 email='email_addr', street='addr1', city='city', state='st', zip='zip5', member='mbr_id',
                 mbi='hicn_mbi', sex='sex_cd', pcp='pcp', group='grp_no', id='pat_uuid', created='ins_ts',
                 plan='plan_cd'),
    'epic': dict(first='PAT_FIRST_NAME', last='PAT_LAST_NAME', dob='BIRTH_DATE', ssn='SSN', mrn='PAT_MRN_ID',
                 phone='HOME_PHONE', email='EMAIL_ADDRESS', street='ADD_LINE_1', city='CITY', state='STATE_C',
                 zip='ZIP', member='MEM_NUMBER', mbi='MEDICARE_NUM', sex='SEX_C', pcp='CUR_PCP_PROV',
                 group='GROUP_NUM', id='RECORD_ID', created='UPDATE_DATE', plan='PAYOR_NAME'),
}


def field(p, f, dfmt='iso', pfmt='paren'):
    if f == 'first':
        return p.name('first')
    if f == 'last':
        return p.name('last')
    if f == 'dob':
        return p.D(dfmt)
    if f == 'ssn':
        return p.v('ssn', 'ssn')
    if f == 'mrn':
        return p.v('mrn', 'mrn')
    if f == 'phone':
        return p.phone(pfmt)
    if f == 'email':
        return p.v('email', 'email')
    if f == 'street':
        return p.v('street', 'address')
    if f == 'city':
        return p.v('city', 'address')
    if f == 'state':
        return (p.state, None)
    if f == 'zip':
        return p.v('zip', 'zip')
    if f == 'member':
        return p.v('member', 'health_plan')
    if f == 'mbi':
        return p.v('mbi', 'health_plan')
    if f == 'sex':
        return (p.sex, None)
    if f == 'pcp':
        return (ch([c for c in CLINICIANS if c.startswith('Dr.')]), None)
    if f == 'group':
        return (p.group, None)
    if f == 'id':
        return (p.uuid, None)
    if f == 'created':
        return ('2024-0' + str(ri(3, 8)) + f'-{ri(10, 28)}T{ri(10, 23)}:{ri(10, 59)}:{ri(10, 59)}Z', None)
    if f == 'plan':
        return (p.plan_name, None)
    raise KeyError(f)


def rec(p, ks, fields, dfmt='iso', pfmt='paren'):
    K = KEYS[ks]
    return [(K[f], *field(p, f, dfmt, pfmt)) for f in fields]


def w_py(L, items, more=False):
    L.t('{')
    for i, (k, v, c) in enumerate(items):
        if i:
            L.t(', ')
        L.t(repr(k) + ': ')
        pyval(L, v, c)
    if more:
        L.t(', ...')
    L.t('}')


def pyval(L, v, c):
    r = repr(v)
    if isinstance(v, str):
        L.t(r[0]).p(r[1:-1], c).t(r[-1])
    else:
        L.p(r, c)


def jval(L, v, c, ascii_=False):
    if isinstance(v, str):
        s = json.dumps(v, ensure_ascii=ascii_)
        L.t('"').p(s[1:-1], c).t('"')
    elif v is None:
        L.t('null')
    elif isinstance(v, bool):
        L.t('true' if v else 'false')
    else:
        L.p(str(v), c)


def w_json(L, items, sep_=',', colon=':', ascii_=False):
    L.t('{')
    for i, (k, v, c) in enumerate(items):
        if i:
            L.t(sep_)
        L.t(json.dumps(k) + colon)
        jval(L, v, c, ascii_)
    L.t('}')


def w_lombok(L, cls, items, brackets='()'):
    L.t(cls + brackets[0])
    for i, (k, v, c) in enumerate(items):
        if i:
            L.t(', ')
        L.t(k + '=').p(str(v), c)
    L.t(brackets[1])


def camel_go(k):
    return ''.join(x[:1].upper() + x[1:] for x in k.replace('-', '_').split('_'))


def sqlq(v):
    return v.replace("'", "''")


# --------------------------------------------------------------------------
# CI wrappers
# --------------------------------------------------------------------------
def gha_start(o, repo, job):
    o.wrap = 'gha'
    o.jump()
    f = 'gha'
    full = R.random() < 0.15
    if full:
        o.txt(f, "Current runner version: '2.319.1'")
        if R.random() < 0.5:
            o.txt(f, '##[group]Operating System', 'Ubuntu', '22.04.5', 'LTS', '##[endgroup]')
        o.txt(f, '##[group]Runner Image', 'Image: ubuntu-22.04', 'Version: 20240915.1.0',
              'Included Software: https://github.com/actions/runner-images/blob/ubuntu22/20240915.1/images/ubuntu/Ubuntu2204-Readme.md',
              '##[endgroup]')
        o.txt(f, 'Secret source: Actions', 'Prepare workflow directory', 'Prepare all required actions',
              'Getting action download info')
        o.txt(f, f"Download action repository 'actions/checkout@v4' (SHA:{sha40()})")
    o.txt(f, 'Complete job name: ' + job)
    if full:
        o.txt(f, '##[group]Run actions/checkout@v4', 'with:', f'  repository: {ORG}/{repo}', '  token: ***',
              '  fetch-depth: 1', '##[endgroup]')
    if full:
        o.txt(f, f'Syncing repository: {ORG}/{repo}')
    pr = ri(900, 2400)
    s1, s2 = sha40(), sha40()
    if full or R.random() < 0.3:
        o.txt(f, f'[command]/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules '
                 f'--depth=1 origin +{s1}:refs/remotes/pull/{pr}/merge')
        o.txt(f, f'HEAD is now at {s1[:7]} Merge {s2} into {sha40()}')
    return pr


def gha_end(o, failed=True):
    f = 'gha'
    if failed:
        o.txt(f, '##[error]Process completed with exit code 1.')
    if R.random() < 0.7:
        return
    o.txt(f, 'Post job cleanup.')
    if R.random() < 0.2:
        o.txt(f, '[command]/usr/bin/git version', 'git version 2.46.0',
              f"Temporarily overriding HOME='/home/runner/work/_temp/{uuid4()}' before making global git config changes",
              "[command]/usr/bin/git config --local --name-only --get-regexp core\\.sshCommand",
              "[command]/usr/bin/git submodule foreach --recursive sh -c \"git config --local --name-only --get-regexp 'core\\.sshCommand' && git config --local --unset-all 'core.sshCommand' || :\"")
    o.txt(f, 'Cleaning up orphan processes')


def jenkins_start(o, repo, commit_msg_person=None):
    o.wrap = ch(['jts', 'jenkins'])
    o.jump()
    f = 'jenkins'
    eng = ch(ENGINEERS)
    full = commit_msg_person is not None or R.random() < 0.35
    if not full:
        o.txt(f, '[Pipeline] stage', '[Pipeline] { (' + ch(['Test', 'Integration Tests', 'DB Migrate', 'Lint']) + ')')
        return
    o.txt(f, ch([f'Started by user {eng[0]}', f'Started by GitHub push by {eng[1]}',
                 'Branch indexing', f'Started by timer']))
    o.txt(f, f'Obtained Jenkinsfile from git https://git.{DOMAIN}/platform/{repo}.git')
    agent = f'ci-agent-{ri(1, 14):02d}'
    pr = ri(900, 2400)
    ws = f'/var/lib/jenkins/workspace/{repo}_PR-{pr}'
    o.txt(f, '[Pipeline] Start of Pipeline', '[Pipeline] node', f'Running on {agent} in {ws}', '[Pipeline] {')
    if R.random() < 0.3:
        o.txt(f, 'The recommended git tool is: NONE', 'using credential gitlab-ci-token',
              f' > git rev-parse --resolve-git-dir {ws}/.git # timeout=10',
              'Fetching changes from the remote Git repository')
    s = sha40()
    o.txt(f, f'Checking out Revision {s} (PR-{pr})')
    L = o.ln(f)
    tk = f'EHR-{ri(3000, 6000)}'
    if commit_msg_person is not None:
        p = commit_msg_person
        L.f('Commit message: "', tk, ': fix name parsing for ', p.name('full'), ' regression (prod fixture)"')
    else:
        L.t(f'Commit message: "{tk}: ' + ch(['bump spring-boot to 3.3.4', 'add regression fixtures from prod export',
                                             'flaky test quarantine', 'normalize phone numbers to E.164',
                                             'upgrade testcontainers']) + '"')
    o.txt(f, '[Pipeline] stage', '[Pipeline] { (Test)')


def jenkins_end(o, failed=True):
    f = 'jenkins'
    if R.random() < 0.6:
        o.txt(f, '[Pipeline] }', '[Pipeline] // stage', 'Finished: FAILURE' if failed else 'Finished: SUCCESS')
        return
    o.txt(f, '[Pipeline] }', '[Pipeline] // stage', '[Pipeline] junit', 'Recording test results')
    if R.random() < 0.25:
        o.txt(f, '[Pipeline] slackSend',
              'Slack Send Pipeline step running, values are - baseUrl: <empty>, teamDomain: larkspur, '
              'channel: #ehr-ci, color: danger, botUser: true, tokenCredentialId: slack-bot, '
              'notifyCommitters: false, iconEmoji: <empty>, username: <empty>, timestamp: <empty>')
    o.txt(f, '[Pipeline] }', '[Pipeline] // node', '[Pipeline] End of Pipeline')
    if failed:
        o.txt(f, 'ERROR: script returned exit code 1', 'Finished: FAILURE')
    else:
        o.txt(f, 'Finished: SUCCESS')


# --------------------------------------------------------------------------
# tools
# --------------------------------------------------------------------------
def pytest_block(o, heavy=True):
    f = 'pytest'
    repo = 'intake-service'
    o.step(f, 'pytest --maxfail=5 -p no:cacheprovider tests/',
           env=[('pythonLocation', '/opt/hostedtoolcache/Python/3.11.9/x64'),
                ('LD_LIBRARY_PATH', '/opt/hostedtoolcache/Python/3.11.9/x64/lib')])
    quiet = R.random() < 0.75
    if not quiet:
        o.txt(f, sep('=', 'test session starts'), 'platform linux -- Python 3.11.9, pytest-8.3.2, pluggy-1.5.0',
              f'rootdir: /home/runner/work/{repo}/{repo}', 'configfile: pyproject.toml',
              'plugins: anyio-4.4.0, cov-5.0.0, xdist-3.6.1, mock-3.14.0, freezegun-0.4.2')
    n = ri(180, 420)
    if not quiet:
        o.txt(f, f'collected {n} items', '')
    files = ['tests/test_eligibility.py', 'tests/test_normalize.py', 'tests/test_hl7_adt.py',
             'tests/test_fhir_export.py', 'tests/test_dedupe.py', 'tests/test_validators.py',
             'tests/test_claims_837.py']
    R.shuffle(files)
    pct = 0
    p = person()
    if not heavy:
        for fn in files[:ri(3, 6)]:
            k = ri(8, 40)
            pct = min(100, pct + ri(6, 20))
            o.txt(f, (fn + ' ' + '.' * k).ljust(74) + f'[{pct:3d}%]')
        o.txt(f, '', sep('=', f'{n - ri(0, 5)} passed, {ri(0, 5)} skipped, {ri(1, 9)} warnings in {secs(9, 80)}'))
        return
    # verbose parametrized ids may carry fixture values
    if R.random() < 0.5:
        for _ in range(ri(2, 3)):
            q = person(0.1)
            L = o.ln(f)
            kind = ch(['ssn', 'mbi', 'phone', 'zip'])
            if kind == 'mbi' and not q.mbi:
                kind = 'ssn'
            L.t('tests/test_validators.py::test_' + kind + '_roundtrip[')
            if kind == 'ssn':
                L.p(q.ssn, q.c('ssn'))
            elif kind == 'mbi':
                L.p(q.mbi, q.c('health_plan'))
            elif kind == 'phone':
                L.p(*q.phone(ch(['dash', 'digits', 'e164'])))
            else:
                L.p(q.zip, q.c('zip')).t('-').p(q.zip4, q.c('zip'))
            pct = min(100, pct + ri(1, 3))
            L.t('] PASSED' + ' ' * ri(1, 10) + f'[{pct:3d}%]')
    for fn in files[:ri(1, 2) if verbose() else 0]:
        k = ri(8, 40)
        pct = min(99, pct + ri(6, 20))
        dots = list('.' * k)
        if fn == files[0]:
            dots[ri(0, k - 1)] = 'F'
        o.txt(f, (fn + ' ' + ''.join(dots)).ljust(74) + f'[{pct:3d}%]')
    o.opt(f, '', sep('=', 'FAILURES'))
    variant = ch(['dict', 'fulldiff', 'dataclass', 'dataclass', 'dict'])
    tname = {'dict': 'test_normalize_demographics', 'fulldiff': 'test_roundtrip_prod_sample',
             'dataclass': 'test_member_from_834'}[variant]
    tfile = {'dict': 'tests/test_normalize.py', 'fulldiff': 'tests/test_fhir_export.py',
             'dataclass': 'tests/test_claims_834.py'}[variant]
    fixture = ch(['prod_sample_0412.json', f'prod_export_2024-08-{ri(10, 30)}.json', 'inc2291_patient.json',
                  'regression/members_834.edi'])
    o.txt(f, sep('_', tname))
    o.opt(f, '', f'    def {tname}():', f'        raw = load_fixture("{fixture}")')
    o.txt(f, '>       assert normalize(raw) == EXPECTED' if variant != 'dataclass'
          else '>       assert Member.from_834(raw) == expected_member')
    ks = ch(['snake', 'abbr', 'epic', 'snake'])
    dfmt = ch(['iso', 'iso', 'us'])
    if variant in ('dict', 'fulldiff'):
        items = rec(p, ks, ['mrn', 'first', 'last', 'dob', 'sex', 'phone', 'street', 'city', 'state', 'zip',
                            'ssn', 'pcp'], dfmt)
        L = o.ln(f).t('E       AssertionError: assert ')
        w_py(L, items[:3], more=True)
        L.t(' == ')
        w_py(L, items[:3], more=True)
        if variant == 'dict':
            o.txt(f, 'E         ', f'E         Omitting {len(items) - 2} identical items, use -vv to show',
                  'E         Differing items:')
            K = KEYS[ks]
            L = o.ln(f).t('E         {' + repr(K['phone']) + ": '").p(*p.phone('digits')).t("'} != {" +
                                                                               repr(K['phone']) + ": '")
            L.p(*p.phone('paren')).t("'}")
            if p.real or R.random() < 0.5:
                L = o.ln(f).t('E         {' + repr(K['dob']) + ": '").p(*p.D(dfmt)).t("'} != {" + repr(K['dob']) + ": '")
                L.p(*p.D('iso' if dfmt != 'iso' else 'us')).t("'}")
                L = o.ln(f).t('E         {' + repr(K['street']) + ": '").p(p.street.upper(), p.c('address')).t("'} != {" + repr(K['street']) + ": '")
                L.p(p.street, p.c('address')).t("'}")
            if R.random() < 0.8:
                L = o.ln(f).t('E         {' + repr(K['zip']) + ": '").p(p.zip, p.c('zip')).t("'} != {"
                                                                                         + repr(K['zip']) + ": '")
                L.p(p.zip, p.c('zip')).t('-').p(p.zip4, p.c('zip')).t("'}")
            o.txt(f, 'E         Use -v to get more diff')
        else:
            o.txt(f, 'E         ', 'E         Full diff:', 'E           {')
            items.sort(key=lambda x: x[0])
            for k, v, c in items:
                if k == KEYS[ks]['street']:
                    o.ln(f).t('E         -     ' + repr(k) + ": '").p(v.upper(), c).t("',")
                    o.ln(f).t('E         +     ' + repr(k) + ": '").p(v, c).t("',")
                elif R.random() < 0.55:
                    L = o.ln(f).t('E               ' + repr(k) + ': ')
                    pyval(L, v, c)
                    L.t(',')
            if R.random() < 0.7:
                o.ln(f).t("E         -     'admit_date': '").p(*p.D('us', 'admit')).t("',")
                o.ln(f).t("E         +     'admit_date': '").p(*p.D('iso', 'admit')).t("',")
                o.ln(f).t("E               'discharge_date': '").p(*p.D('iso', 'disch')).t("',")
            o.txt(f, 'E           }')
    else:
        q = p
        mb = q.mbi or q.member
        items = [('member_id', mb, q.c('health_plan')), ('first_name', q.first, q.c('name')),
                 ('last_name', q.last, q.c('name')), ('dob', fmt_date(q.dob, 'iso'), q.c('date')),
                 ('group_number', q.group, None), ('plan_code', 'PPO-GOLD', None)]
        L = o.ln(f).t('E       AssertionError: assert Member(')
        for i, (k, v, c) in enumerate(items[:4]):
            L.t((', ' if i else '') + k + '=')
            pyval(L, v, c)
        L.t(", ...) == Member(")
        for i, (k, v, c) in enumerate(items[:4]):
            L.t((', ' if i else '') + k + '=')
            pyval(L, v, c)
        L.t(', ...)')
        o.txt(f, 'E         ')
        if verbose():
            o.txt(f, 'E         Matching attributes:',
                  "E         ['member_id', 'first_name', 'last_name', 'dob', 'group_number', 'subscriber_ssn']",
                  'E         Differing attributes:', "E         ['plan_code', 'relationship']", 'E         ')
        o.txt(f, 'E         Drill down into differing attribute plan_code:',
              "E           plan_code: 'PPO-GOLD' != 'PPO_GOLD'")
        sub = q.real and R.random() < 0.7
        if sub:
            o.txt(f, 'E         ', 'E         Drill down into differing attribute subscriber:')
            L = o.ln(f).t("E           subscriber: Subscriber(name='").p(*q.name('LF')).t("', ssn='").p(q.ssn, 'ssn')
            L.t("', dob=").p(*q.D('iso')).t(") != Subscriber(name='").p(*q.name('lf')).t("', ssn='").p(q.ssn, 'ssn').t("', dob=")
            L.p(*q.D('iso')).t(')')
        if q.bio:
            o.txt(f, 'E         ', 'E         Drill down into differing attribute enrollment:')
            L = o.ln(f).t("E           enrollment: FingerprintTemplate(fmt='ISO19794-2', finger='R_INDEX', data_b64='")
            L.p(fmr_b64(ri(120, 260)), 'biometric').t("') != None")
        elif not sub:
            o.txt(f, 'E         ', 'E         Drill down into differing attribute relationship:',
                  "E           relationship: '18' != '01'")
    o.opt(f, '', f'{tfile}:{ri(40, 220)}: AssertionError')
    if R.random() < 0.8:
        o.txt(f, sep('-', 'Captured stdout call'))
        pprint_record(o, f, p)
    if R.random() < 0.9:
        o.txt(f, sep('-', 'Captured log call'))
        L = o.ln(f).t(f'WARNING  intake.normalize:normalize.py:{ri(90, 300)} normalizing phone ')
        L.t("'").p(*p.phone('digits')).t("' -> '").p(*p.phone('e164')).t("' for mrn=").p(p.mrn, p.c('mrn'))
        if p.age > 89 and R.random() < 0.9:
            L = o.ln(f).t(f'INFO     intake.risk:risk.py:{ri(40, 90)} age_bucket=90+ computed age=')
            L.p(*age_t(p)).t(' for patient_id=').p(p.portal_id, p.c('mrn'))
        elif R.random() < 0.5:
            L = o.ln(f).t(f'INFO     portal.audit:audit.py:{ri(40, 90)} replaying login user=').p(p.user, p.c('other_id'))
            L.t(' src_ip=').p(p.ip, p.c('ip')).t(f' via lb={ch(PRIV_IPS)} status=200')
        else:
            o.txt(f, f'DEBUG    intake.db:session.py:{ri(20, 80)} checkout conn id={ri(1000, 9999)} '
                     f'host={ch(PRIV_IPS)}:5432 pool=ci')
    o.opt(f, sep('=', 'short test summary info'))
    L = o.ln(f).t(f'FAILED {tfile}::{tname} - AssertionError: assert ')
    if variant == 'dataclass':
        L.t('Member(member_id=').t("'").p(mb, p.c('health_plan')).t("', first_name='").p(*p.name('first')).t("', ...) == Member(...)")
    else:
        w_py(L, items[:2] if variant == 'dict' else [x for x in items if x[0] == KEYS[ks]['mrn']], more=True)
        L.t(' == {...}')
    o.opt(f, sep('=', f'1 failed, {n - ri(3, 9)} passed, {ri(1, 6)} skipped, {ri(1, 9)} warnings in {secs(12, 90)}'))
    o.annotate_error(f'{tfile}: 1 failed')


def jest_block(o, heavy=True):
    f = 'jest'
    o.step(f, 'npx jest --ci --reporters=default --reporters=jest-junit')
    comps = ['PatientBanner', 'InsuranceCard', 'DemographicsForm', 'AppointmentList', 'ProxyAccessPanel']
    for _ in range(ri(1, 3) if verbose() else 0):
        o.txt(f, f' PASS  src/{ch(["components", "hooks", "utils"])}/__tests__/{ch(comps + ["formatPhone", "useSession", "dateUtils"])}.test.tsx'
                 + (f' ({R.uniform(1, 9):.3f} s)' if R.random() < 0.4 else ''))
    if not heavy:
        a, b, c = ri(40, 70), ri(300, 500), ri(40, 99)
        o.txt(f, '', f'Test Suites: {a} passed, {a} total', f'Tests:       {b} passed, {b} total',
              f'Snapshots:   {c} passed, {c} total', f'Time:        {R.uniform(8, 40):.3f} s',
              'Ran all test suites.')
        return
    p = person()
    comp = ch(comps[:3])
    tk = f'INC-{ri(2000, 2999)}'
    o.txt(f, f' FAIL  src/components/__tests__/{comp}.test.tsx ({R.uniform(2, 9):.3f} s)')
    if R.random() < (0.8 if (p.photo and p.real) else 0.25):
        title = f'{comp} › renders demographics for prod regression {tk}'
        o.txt(f, f'  ● {title}', '', '    expect(received).toMatchSnapshot()', '')
        o.opt(f, f'    Snapshot name: `{title.replace(" › ", " ")} 1`', '', '    - Snapshot  - 3', '    + Received  + 3')
        o.txt(f, f'    @@ -{ri(2, 9)},{ri(14, 20)} +{ri(2, 9)},{ri(14, 20)} @@')
        o.txt(f, '          <h2', '            className="banner__name"', '          >')
        o.ln(f).t('    -       ').p(*p.name('lf'))
        o.ln(f).t('    +       ').p(*p.name('LF'))
        o.txt(f, '          </h2>', '          <dl>')
        o.opt(f, '            <dt>', '              DOB', '            </dt>')
        o.ln(f).t('            <dd>').p(*p.D('us')).t(' (').p(*age_t(p)).t('y)</dd>')
        o.opt(f, '            <dt>', '              MRN', '            </dt>')
        o.ln(f).t('    -       <dd>').p(p.mrn, p.c('mrn')).t('</dd>')
        o.ln(f).t('    +       <dd>').p(p.mrn.lstrip('0') if p.mrn.isdigit() else p.mrn.lstrip('EMRN'), p.c('mrn')).t('</dd>')
        if p.photo and p.real:
            o.ln(f).t('            <img alt="patient photo" class="banner__avatar" src="data:image/jpeg;base64,') \
                .p(jpeg_b64(ri(250, 700)), 'photo').t('" />')
        else:
            o.txt(f, '            <img alt="" class="banner__avatar" src="/static/avatar-placeholder.svg" />')
        o.ln(f).t('    -       <span class="banner__phone">').p(*p.phone('paren')).t('</span>')
        o.ln(f).t('    +       <span class="banner__phone">').p(*p.phone('dash')).t('</span>')
        o.txt(f, '          </dl>', '')
        if verbose():
            o.txt(f, f'      {ri(30, 40)} |     const {{ asFragment }} = render(<{comp} patient={{fixture}} />);',
                  f'    > {ri(41, 49)} |     expect(asFragment()).toMatchSnapshot();', '         |                          ^', '')
        o.txt(f, f'      at Object.toMatchSnapshot (src/components/__tests__/{comp}.test.tsx:{ri(41, 49)}:26)', '',
              ' › 1 snapshot failed.')
        snaps = True
    else:
        title = f'{comp} › maps FHIR Patient from prod bundle {tk}'
        o.txt(f, f'  ● {title}', '', '    expect(received).toEqual(expected) // deep equality', '')
        o.opt(f, '    - Expected  - 2', '    + Received  + 2', '')
        o.txt(f, '      Object {')
        o.txt(f, '        "address": Object {')
        o.ln(f).t('          "city": "').p(*p.v('city', 'address')).t('",')
        o.ln(f).t('    -     "line1": "').p(p.street, p.c('address')).t('",')
        o.ln(f).t('    +     "line1": "').p(p.street.upper(), p.c('address')).t('",')
        o.ln(f).t('          "postalCode": "').p(*p.v('zip', 'zip')).t('",')
        o.txt(f, f'          "state": "{p.state}",', '        },')
        o.ln(f).t('        "birthDate": "').p(*p.D('iso')).t('",')
        o.ln(f).t('        "email": "').p(*p.v('email', 'email')).t('",')
        o.ln(f).t('        "familyName": "').p(*p.name('last')).t('",')
        o.ln(f).t('        "givenName": "').p(*p.name('first')).t('",')
        o.txt(f, f'        "id": "{p.uuid}",')
        o.ln(f).t('    -   "phone": "').p(*p.phone('paren')).t('",')
        o.ln(f).t('    +   "phone": "').p(*p.phone('e164')).t('",')
        o.txt(f, '      }', '')
        if verbose():
            o.txt(f, f'      {ri(50, 70)} |     const out = toPortalPatient(bundle.entry[0].resource);',
                  f'    > {ri(71, 80)} |     expect(out).toEqual(expected);', '         |                 ^', '')
        o.txt(f, f'      at Object.toEqual (src/components/__tests__/{comp}.test.tsx:{ri(71, 80)}:17)')
        snaps = False
    o.opt(f, '')
    if snaps and verbose():
        o.txt(f, 'Snapshot Summary',
              ' › 1 snapshot failed from 1 test suite. Inspect your code changes or run `npm test -- -u` to update them.', '')
    tot, ns, sp = ri(300, 500), ri(40, 70), ri(40, 99)
    o.opt(f, f'Test Suites: 1 failed, {ns} passed, {ns + 1} total', f'Tests:       1 failed, {tot} passed, {tot + 1} total')
    if verbose():
        o.txt(f, f'Snapshots:   {1 if snaps else 0} failed, {sp} passed, {sp + (1 if snaps else 0)} total',
              f'Time:        {R.uniform(8, 40):.3f} s', 'Ran all test suites.')
    o.annotate_error('Process completed with exit code 1.')


def vitest_block(o, heavy=True):
    f = 'vitest'
    o.step(f, 'pnpm vitest run --reporter=default')
    if not heavy or verbose():
        o.txt(f, '', f' RUN  v2.0.5 /home/runner/work/patient-portal/patient-portal', '')
    for _ in range(ri(1, 2) if (not heavy or verbose()) else 0):
        o.txt(f, f' ✓ src/lib/{ch(["fhir", "format", "auth", "scheduling"])}/{ch(["bundle", "phone", "token", "slots", "coverage"])}.test.ts '
                 f'({ri(3, 40)} tests) {ri(5, 400)}ms')
    if not heavy:
        nf, nt = ri(20, 40), ri(200, 300)
        o.txt(f, '', f' Test Files  {nf} passed ({nf})', f'      Tests  {nt} passed ({nt})',
              f'   Start at  {o.t.strftime("%H:%M:%S")}',
              f'   Duration  {R.uniform(4, 12):.2f}s (transform {R.uniform(0.5, 2):.2f}s, setup 0ms, collect {R.uniform(2, 6):.2f}s, tests {R.uniform(1, 3):.2f}s, environment {R.uniform(2, 5):.2f}s, prepare {R.uniform(1, 3):.2f}s)')
        return
    p = person()
    nf, nt = ri(20, 40), ri(200, 300)
    t = 'mapCoverage > maps subscriber from prod 270/271 sample'
    o.opt(f, f' ❯ src/lib/fhir/mapCoverage.test.ts ({ri(8, 20)} tests | 1 failed) {ri(20, 90)}ms',
          f'   × {t} {ri(3, 30)}ms', '     → expected { …(8) } to deeply equal { …(8) }', '',
          '⎯⎯⎯⎯⎯⎯⎯ Failed Tests 1 ⎯⎯⎯⎯⎯⎯⎯')
    o.txt(f, f' FAIL  src/lib/fhir/mapCoverage.test.ts > {t}',
          'AssertionError: expected { …(8) } to deeply equal { …(8) }', '', '- Expected', '+ Received', '', '  {')
    o.ln(f).t('    "beneficiary": "').p(*p.name('full')).t('",')
    o.ln(f).t('    "birthDate": "').p(*p.D('iso')).t('",')
    o.txt(f, f'    "groupNumber": "{p.group}",')
    mid = p.mbi or p.member
    o.ln(f).t('-   "memberId": "').p(mid, p.c('health_plan')).t('",')
    o.ln(f).t('+   "memberId": "').p(mid.lower(), p.c('health_plan')).t('",')
    o.txt(f, f'    "payer": "{p.plan_name}",')
    if p.rel and R.random() < 0.7:
        o.ln(f).t('    "subscriberName": "').p(p.rel[0], p.c('name')).t('",')
        o.txt(f, f'    "relationship": "{ch(["child", "spouse", "other"])}",')
    if R.random() < 0.6:
        o.ln(f).t('    "appealCaseId": "').p(p.case_no, p.c('other_id')).t('",')
    o.ln(f).t('    "subscriberId": "').p(p.member, p.c('health_plan')).t('",')
    o.txt(f, '  }')
    o.opt(f, '', f' ❯ src/lib/fhir/mapCoverage.test.ts:{ri(30, 90)}:{ri(10, 30)}')
    if not verbose():
        return
    o.txt(f, '', '⎯' * 51 + '[1/1]⎯', '', f' Test Files  1 failed | {nf} passed ({nf + 1})',
          f'      Tests  1 failed | {nt} passed ({nt + 1})', f'   Start at  {o.t.strftime("%H:%M:%S")}',
          f'   Duration  {R.uniform(4, 12):.2f}s (transform {R.uniform(0.5, 2):.2f}s, setup 0ms, collect {R.uniform(2, 6):.2f}s, tests {R.uniform(1, 3):.2f}s, environment {R.uniform(2, 5):.2f}s, prepare {R.uniform(1, 3):.2f}s)')


def maven_prelude(o):
    f = 'maven'
    o.txt(f, '[INFO] Scanning for projects...', '[INFO] ',
          '[INFO] -----------------< com.larkspur.claims:claims-service >------------------',
          '[INFO] Building claims-service 2.14.0-SNAPSHOT', '[INFO]   from pom.xml',
          '[INFO] --------------------------------[ jar ]---------------------------------')
    o.txt(f, '[INFO] --- surefire:3.2.5:test (default-test) @ claims-service ---',
          '[INFO] Using auto detected provider org.apache.maven.surefire.junitplatform.JUnitPlatformProvider',
          '[INFO] ', '[INFO] -------------------------------------------------------', '[INFO]  T E S T S',
          '[INFO] -------------------------------------------------------')


def surefire_block(o, heavy=True):
    f = 'surefire'
    o.step(f, './mvnw -B -ntp verify -Dspring.profiles.active=ci')
    if not heavy or (full() and R.random() < 0.4):
        maven_prelude(o)
    classes = ['EligibilityServiceTest', 'ClaimValidatorTest', 'Edi834ParserTest', 'MemberMapperTest',
               'PriorAuthControllerIT', 'RemittanceReconcilerTest']
    R.shuffle(classes)
    for c in classes[:ri(1, 2) if full() else 0]:
        o.txt(f, f'[INFO] Running com.larkspur.claims.{c}',
              f'[INFO] Tests run: {ri(3, 30)}, Failures: 0, Errors: 0, Skipped: {ri(0, 2)}, Time elapsed: {R.uniform(0.05, 9):.3f} s -- in com.larkspur.claims.{c}')
    if not heavy:
        o.txt('maven', '[INFO] ', '[INFO] Results:', '[INFO] ',
              f'[INFO] Tests run: {ri(150, 300)}, Failures: 0, Errors: 0, Skipped: {ri(0, 4)}', '[INFO] ',
              '[INFO] ------------------------------------------------------------------------',
              '[INFO] BUILD SUCCESS',
              '[INFO] ------------------------------------------------------------------------',
              f'[INFO] Total time:  {ri(1, 3):02d}:{ri(0, 59):02d} min',
              f'[INFO] Finished at: {o.t.strftime("%Y-%m-%dT%H:%M:%SZ")}')
        return
    p = person()
    cls = ch(['MemberMapperTest', 'Edi834ParserTest', 'PatientDtoMapperTest'])
    meth = ch(['mapsSubscriberFrom834', 'parsesInsLoop2000', 'mapsDemographicsFromProdSample'])
    o.txt(f, f'[INFO] Running com.larkspur.claims.{cls}')
    for q in [p] + [person(0.05) for _ in range(ri(1, 3))]:
        ts = o.t.strftime('%Y-%m-%dT%H:%M:%S.') + f'{o.t.microsecond // 1000:03d}Z'
        L = o.ln(f).t(f'{ts} DEBUG {ri(3000, 9000)} --- [claims-service] [           main] c.l.claims.edi.Edi834Parser              : ')
        L.t('INS loop 2000 member=').p(q.mbi or q.member, q.c('health_plan')).t(' nm1=').p(*q.name('hl7')).t(' dmg=D8*')
        L.p(*q.D('hl7')).t(f'*{q.sex} n4=').p(q.city.upper(), q.c('address')).t(f'*{q.state}*').p(q.zip, q.c('zip'))
    o.txt(f, f'[ERROR] Tests run: {ri(5, 20)}, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: {R.uniform(0.1, 2):.3f} s <<< FAILURE! -- in com.larkspur.claims.{cls}',
          f'[ERROR] com.larkspur.claims.{cls}.{meth} -- Time elapsed: {R.uniform(0.01, 0.3):.3f} s <<< FAILURE!')
    variant = ch(['opentest4j', 'opentest4j', 'assertj_old', 'recursive'])
    mid = p.mbi or p.member
    if variant == 'opentest4j':
        items = [('memberId', mid, p.c('health_plan')), ('firstName', p.first, p.c('name')),
                 ('lastName', p.last, p.c('name')), ('dateOfBirth', fmt_date(p.dob, 'iso'), p.c('date')),
                 ('ssn', p.ssn, p.c('ssn')), ('groupNumber', p.group, None), ('relationshipCode', '18', None)]
        o.txt(f, 'org.opentest4j.AssertionFailedError: ', '')
        L = o.ln(f).t('expected: ')
        w_lombok(L, 'Member', items)
        items2 = list(items)
        items2[6] = ('relationshipCode', '01', None)
        L = o.ln(f).t(' but was: ')
        w_lombok(L, 'Member', items2)
    elif variant == 'assertj_old':
        o.txt(f, 'java.lang.AssertionError: ', '', 'Expecting:')
        if R.random() < 0.5:
            o.ln(f).t(' <"').p(*p.phone('dash')).t('">')
            o.txt(f, 'to be equal to:')
            o.ln(f).t(' <"').p(*p.phone('e164')).t('">')
        else:
            o.ln(f).t(' <"').p(p.ssn.replace('-', ''), p.c('ssn')).t('">')
            o.txt(f, 'to be equal to:')
            o.ln(f).t(' <"').p(p.ssn, p.c('ssn')).t('">')
        o.txt(f, 'but was not.')
    else:
        items = [('mrn', p.mrn, p.c('mrn')), ('givenName', p.first, p.c('name')), ('familyName', p.last, p.c('name')),
                 ('birthDate', fmt_date(p.dob, 'iso'), p.c('date')), ('attendingProvider', ch(CLINICIANS), None)]
        o.txt(f, 'java.lang.AssertionError: ', 'Expecting actual:')
        L = o.ln(f).t('  ')
        w_lombok(L, 'PatientDto', items)
        o.txt(f, 'to be equal to:')
        L = o.ln(f).t('  ')
        w_lombok(L, 'PatientDto', items)
        o.txt(f, 'when recursively comparing field by field, but found the following difference:', '',
              "field/property 'address.postalCode' differ:")
        o.ln(f).t('- actual value  : "').p(p.zip, p.c('zip')).t('"')
        o.ln(f).t('- expected value: "').p(p.zip, p.c('zip')).t('-').p(p.zip4, p.c('zip')).t('"')
        o.txt(f, '', "field/property 'address.line1' differ:")
        o.ln(f).t('- actual value  : "').p(p.street.upper(), p.c('address')).t('"')
        o.ln(f).t('- expected value: "').p(p.street, p.c('address')).t('"')
    ln = ri(40, 160)
    o.txt(f, f'\tat com.larkspur.claims.{cls}.{meth}({cls}.java:{ln})')
    o.opt('maven', '', '[INFO] Results:', '[ERROR] Failures: ')
    L = o.ln('maven').t(f'[ERROR]   {cls}.{meth}:{ln} ')
    if variant == 'opentest4j':
        L.t('expected: <Member(memberId=').p(mid, p.c('health_plan')).t(', firstName=').p(*p.name('first')).t(', ...)> but was: <...>')
    else:
        L.t('Expecting' + (' actual:' if variant == 'recursive' else ':'))
    o.opt('maven', f'[ERROR] Tests run: {ri(150, 300)}, Failures: 1, Errors: 0, Skipped: {ri(0, 4)}',
          '[INFO] BUILD FAILURE', f'[INFO] Total time:  {ri(1, 3):02d}:{ri(0, 59):02d} min',
          f'[INFO] Finished at: {o.t.strftime("%Y-%m-%dT%H:%M:%SZ")}')


def gotest_block(o, heavy=True):
    f = 'gotest'
    mod = f'github.com/{ORG}/hl7-bridge'
    o.step(f, 'go test -race -count=1 ./...')
    pk = ['internal/fhir', 'internal/mllp', 'internal/config', 'pkg/segment']
    for x in pk[:ri(0, 2) if full() else 0]:
        o.txt(f, f'ok  \t{mod}/{x}\t{R.uniform(0.01, 2.5):.3f}s')
    if not heavy:
        o.txt(f, f'?   \t{mod}/cmd/bridge\t[no test files]', f'ok  \t{mod}/internal/adt\t(cached)')
        return
    p = person()
    sub = ch([f'prod_regression_INC-{ri(2000, 2999)}', 'hyphenated_surname', 'pid_13_home_phone'])
    o.opt(f, '=== RUN   TestParseADT_A04')
    o.txt(f, f'=== RUN   TestParseADT_A04/{sub}')
    if R.random() < 0.6:
        L = o.ln(f).t(f'    adt_test.go:{ri(40, 70)}: input PID: PID|1||').p(p.mrn, p.c('mrn')).t('^^^LRK^MR||')
        L.p(*p.name('hl7')).t('^^^^L||').p(*p.D('hl7')).t(f'|{p.sex}|||').p(p.street, p.c('address')).t('^^')
        L.p(p.city, p.c('address')).t(f'^{p.state}^').p(p.zip, p.c('zip')).t('^USA^H||').p(*p.phone('hl7'))
        L.t('^PRN^PH|||||').p(p.ssn.replace('-', '') if R.random() < 0.5 else p.ssn, p.c('ssn')).t('|')
    if R.random() < 0.5:
        adm = dt.datetime.combine(p.admit, dt.time(ri(0, 23), ri(0, 59)))
        L = o.ln(f).t(f'    adt_test.go:{ri(40, 70)}: input PV1: PV1|1|I|4W^{ri(400, 480)}^B^LRK||||{digits(10)}^')
        L.t(ch(['RAMAN^PRIYA', 'WHITFIELD^SAMUEL', 'NWOSU^ADAEZE']) + '^^^DR|||MED||||1|||||V' + digits(8) + '|||||||||||||||||||||||||')
        L.p(adm.strftime('%Y%m%d%H%M') if p.real else '202001010000', p.c('date')).t('|')
    ln = ri(71, 140)
    o.txt(f, f'    adt_test.go:{ln}: ',
          f'        \tError Trace:\t/home/runner/work/hl7-bridge/hl7-bridge/internal/adt/adt_test.go:{ln}',
          '        \tError:      \tNot equal: ')
    L = o.ln(f).t('        \t            \texpected: adt.Patient{MRN:"').p(p.mrn, p.c('mrn')).t('", Family:"')
    L.p(*p.name('last')).t('", Given:"').p(*p.name('first')).t('", DOB:"').p(*p.D('hl7')).t('", Phone:"')
    L.p(*p.phone('paren')).t('"}')
    L = o.ln(f).t('        \t            \tactual  : adt.Patient{MRN:"').p(p.mrn, p.c('mrn')).t('", Family:"')
    L.p(*p.name('LAST')).t('", Given:"').p(*p.name('first')).t('", DOB:"", Phone:"')
    L.p(*p.phone('digits')).t('"}')
    o.opt(f, '        \t            \t')
    o.txt(f, '        \tDiff:')
    o.opt(f, '        \t            \t--- Expected', '        \t            \t+++ Actual', f'        \t            \t@@ -1,7 +1,7 @@')
    o.txt(f, '        \t            \t (adt.Patient) {')
    o.ln(f).t(f'        \t            \t  MRN: (string) (len={len(p.mrn)}) "').p(p.mrn, p.c('mrn')).t('",')
    o.ln(f).t(f'        \t            \t- Family: (string) (len={len(p.last.encode())}) "').p(*p.name('last')).t('",')
    o.ln(f).t(f'        \t            \t+ Family: (string) (len={len(p.last.encode())}) "').p(*p.name('LAST')).t('",')
    o.ln(f).t(f'        \t            \t- DOB: (string) (len=8) "').p(*p.D('hl7')).t('",')
    o.txt(f, '        \t            \t+ DOB: (string) "",')
    o.ln(f).t(f'        \t            \t- Phone: (string) (len=14) "').p(*p.phone('paren')).t('"')
    o.ln(f).t(f'        \t            \t+ Phone: (string) (len=10) "').p(*p.phone('digits')).t('"')
    o.txt(f, '        \t            \t }', f'        \tTest:       \tTestParseADT_A04/{sub}',
          f'--- FAIL: TestParseADT_A04 ({R.uniform(0, 0.05):.2f}s)')
    o.opt(f, f'    --- FAIL: TestParseADT_A04/{sub} (0.00s)', 'FAIL',
          f'FAIL\t{mod}/internal/adt\t{R.uniform(0.01, 0.9):.3f}s', 'FAIL')
    o.annotate_error('Process completed with exit code 1.')


def playwright_block(o, heavy=True):
    f = 'playwright'
    o.step(f, 'npx playwright test --project=chromium --reporter=list',
           env=[('BASE_URL', 'https://staging.portal.larkspurhealth.com'), ('CI', 'true')])
    n = ri(30, 60)
    if verbose():
        o.txt(f, f'Running {n} tests using 4 workers')
    specs = [('login.spec.ts', 'login', 'staff can sign in with SSO'), ('intake.spec.ts', 'intake', 'renders consent step'),
             ('scheduling.spec.ts', 'scheduling', 'books first available slot'),
             ('billing.spec.ts', 'billing', 'shows statement balance')]
    for i, (s, d, t) in enumerate(R.sample(specs, ri(1, 2) if (verbose() or not heavy) else 0)):
        o.txt(f, f'  ✓  {i + 1} [chromium] › tests/{s}:{ri(8, 60)}:{ri(3, 7)} › {d} › {t} ({R.uniform(0.8, 9):.1f}s)')
    if not heavy:
        o.txt(f, '', f'  {n} passed ({R.uniform(0.5, 3):.1f}m)')
        return
    p = person(0.05)
    variant = ch(['intake', 'intake', 'vehicle', 'billing'])
    if variant == 'vehicle' and not (p.vin or not p.real):
        variant = 'intake'
    if variant == 'billing':
        spec, desc = 'billing.spec.ts', 'billing › saves card on file for guarantor'
    elif variant == 'vehicle':
        spec, desc = 'transport.spec.ts', 'transport › registers patient vehicle for valet parking'
    else:
        spec, desc = 'intake.spec.ts', 'intake › registers walk-in patient from prod repro'
    ln = ri(30, 70)
    o.txt(f, f'  ✘  {ri(5, 30)} [chromium] › tests/{spec}:{ln}:5 › {desc} ({R.uniform(5, 31):.1f}s)')
    o.opt(f, '')
    if R.random() < 0.85:
        for lbl, val in [('First name', p.name('first')), ('Last name', p.name('last')), ('Date of birth', p.D('us')),
                         ('Home phone', p.phone('dash')), ('Street address', p.v('street', 'address')),
                         ('City', p.v('city', 'address')), ('ZIP', p.v('zip', 'zip')), ('Email', p.v('email', 'email'))]:
            if R.random() < 0.4:
                o.ln(f).t(f'  pw:api => getByLabel(\'{lbl}\').fill started +{ri(1, 40)}ms')
            o.ln(f).t(f'  pw:api   fill("').p(*val).t(f'") +{ri(0, 3)}ms')
    o.opt(f, f'  1) [chromium] › tests/{spec}:{ln}:5 › {desc} ' + '─' * 20, '')
    if variant == 'intake':
        o.txt(f, '    Error: Timed out 5000ms waiting for expect(locator).toHaveText(expected)')
        o.opt(f, '')
        o.txt(f, "    Locator: getByTestId('patient-summary')")
        o.ln(f).t('    Expected string: "').p(*p.name('lf')).t(' · DOB ').p(*p.D('us')).t('"')
        o.ln(f).t('    Received string: "').p(*p.name('lf')).t(' · DOB ').p(*p.D('us_short')).t('"')
        if verbose():
            o.txt(f, '    Call log:', '      - expect.toHaveText with timeout 5000ms',
                  "      - waiting for getByTestId('patient-summary')")
        o.opt(f, '')
        o.ln(f).t(f"      {ln - 3} |     await page.getByLabel('Last name').fill('").p(*p.name('last')).t("');")
        o.ln(f).t(f"      {ln - 2} |     await page.getByLabel('SSN').fill('").p(p.ssn, p.c('ssn')).t("');")
        o.ln(f).t(f"      {ln - 1} |     await page.getByLabel('Mobile').fill('").p(*p.phone('dash', 'cell')).t("');")
        o.txt(f, f"    > {ln} |     await expect(page.getByTestId('patient-summary')).toHaveText(expected);")
        o.opt(f, '         |                                                       ^')
    elif variant == 'vehicle':
        o.txt(f, "    Error: expect(locator).toHaveValue(expected)", '', "    Locator: getByLabel('VIN')")
        o.ln(f).t('    Expected string: "').p(p.vin or '1HGCM82633A004352', p.c('vehicle')).t('"')
        o.txt(f, '    Received string: ""', '')
        o.ln(f).t(f"      {ln - 1} |     await page.getByLabel('License plate').fill('").p(p.plate, p.c('vehicle')).t("');")
        o.ln(f).t(f"      {ln - 2} |     await page.getByLabel('Driver license #').fill('").p(p.dl, p.c('license')).t("');")
        o.txt(f, f"    > {ln} |     await expect(page.getByLabel('VIN')).toHaveValue(vin);", '         |                                          ^')
    else:
        o.txt(f, '    Error: expect(received).toBe(expected) // Object.is equality', '')
        o.ln(f).t('    Expected: "').p(p.card[-4:], None).t('"')
        o.txt(f, '    Received: "0000"', '')
        o.ln(f).t(f"      {ln - 2} |     await card.getByLabel('Card number').fill('").p(p.card, p.c('account')).t("');")
        o.ln(f).t(f"      {ln - 1} |     await card.getByLabel('Name on card').fill('").p(
            p.rel[0] if p.rel else f'{p.first} {p.last}', p.c('name')).t("');")
        o.txt(f, f"    > {ln} |     expect(await summary.textContent()).toBe(last4);", '         |                                        ^')
    o.opt(f, '')
    o.txt(f, f'        at /home/runner/work/portal-e2e/portal-e2e/tests/{spec}:{ln}:{ri(20, 55)}')
    if R.random() < 0.4 and full():
        o.txt(f, '', '    attachment #1: trace (application/zip) ' + '─' * 30,
              f'    test-results/{spec[:-8]}-{desc.split(" › ")[1].replace(" ", "-")[:40]}-chromium/trace.zip',
              '    Usage:', '', f'        npx playwright show-trace test-results/{spec[:-8]}-chromium/trace.zip', '',
              '    ' + '─' * 60)
    o.opt(f, '', '  1 failed', f'    [chromium] › tests/{spec}:{ln}:5 › {desc}', f'  {n - 1} passed ({R.uniform(0.5, 3):.1f}m)')


def cypress_block(o, heavy=True):
    f = 'cypress'
    o.step(f, 'npx cypress run --browser electron --spec "cypress/e2e/**/*.cy.ts"')
    spec = ch(['intake/new-patient.cy.ts', 'portal/proxy-access.cy.ts', 'portal/profile.cy.ts'])
    if R.random() < 0.5 and full():
        o.txt(f, '─' * 100, f'  Running:  {spec}' + ' ' * 30 + f'({ri(2, 9)} of {ri(10, 14)})')
    title = {'intake/new-patient.cy.ts': 'New patient intake', 'portal/proxy-access.cy.ts': 'Proxy access',
             'portal/profile.cy.ts': 'Profile settings'}[spec]
    o.opt(f, f'  {title}', f'    ✓ loads the form ({ri(300, 2000)}ms)')
    if not heavy:
        o.txt(f, f'    ✓ validates required fields ({ri(300, 2000)}ms)', '', '', f'  2 passing ({ri(3, 20)}s)', '')
        return
    p = person(0.05)
    o.opt(f, '    1) submits demographics', '', f'  1 passing ({ri(5, 30)}s)', '  1 failing', '')
    o.txt(f, f'  1) {title}', '       submits demographics:')
    if R.random() < 0.5:
        L = o.ln(f).t("     AssertionError: Timed out retrying after 4000ms: expected '<input#phone>' to have value '")
        L.p(*p.phone('paren')).t("', but the value was '").p(*p.phone('digits')).t("'")
    else:
        L = o.ln(f).t("     AssertionError: Timed out retrying after 4000ms: expected '<input#email>' to have value '")
        L.p(*p.v('email', 'email')).t("', but the value was ''")
    o.txt(f, f'      at Context.eval (webpack:///./cypress/e2e/{spec}:{ri(20, 80)}:{ri(10, 40)})')
    # cypress-terminal-report output
    o.opt(f, '', '      cy:command ✔  visit\t/intake/new')
    fields = [('#firstName', p.name('first')), ('#lastName', p.name('last')), ('#dob', p.D('us')),
              ('#ssn', p.v('ssn', 'ssn')), ('#phone', p.phone('paren')), ('#email', p.v('email', 'email')),
              ('#street', p.v('street', 'address')), ('#city', p.v('city', 'address')), ('#zip', p.v('zip', 'zip')),
              ('#memberId', p.v('member', 'health_plan'))]
    for lbl, val in fields:
        if R.random() < 0.9:
            if R.random() < 0.4 and full():
                o.txt(f, f'      cy:command ✔  get\t{lbl}')
            o.ln(f).t('      cy:command ✔  type\t').p(*val)
    if p.url and R.random() < 0.8:
        o.txt(f, '      cy:command ✔  get\t#website')
        o.ln(f).t('      cy:command ✔  type\t').p(p.url, p.c('url'))
    if R.random() < 0.5:
        o.txt(f, '      cy:command ✔  get\t#preferredApptDate')
        o.ln(f).t('      cy:command ✔  type\t').p(*p.D('iso', 'appt'))
    if R.random() < 0.6:
        o.ln(f).t(f'      cy:xhr ✔  POST https://staging.api.{DOMAIN}/v2/patients Status: 201 (').t(f'{ri(80, 900)} ms)')
        L = o.ln(f).t('      cy:log ✱  created patient id=').p(p.portal_id, p.c('mrn')).t(' username=').p(p.user, p.c('other_id'))
    if R.random() < 0.4 and full():
        o.txt(f, '', '  (Results)', '  ┌' + '─' * 60 + '┐', f'  │ Tests:        {ri(2, 9)}'.ljust(63) + '│',
              '  │ Failing:      1'.ljust(63) + '│', f'  │ Spec Ran:     {spec.split("/")[-1]}'.ljust(63) + '│',
              '  └' + '─' * 60 + '┘')


def flyway_block(o, heavy=True):
    f = 'flyway'
    o.step(f, 'flyway -X -configFiles=conf/ci.conf migrate' if heavy else 'flyway -configFiles=conf/ci.conf migrate')
    o.opt(f, 'Flyway OSS Edition 10.17.3 by Redgate', 'See release notes here: https://rd.gt/416ObMi')
    o.txt(f, 'Database: jdbc:postgresql://pg-ci.internal:5432/ehr_test (PostgreSQL 16.4)')
    nm = ri(30, 60)
    o.opt(f, f'Successfully validated {nm} migrations (execution time 00:00.{ri(40, 400):03d}s)',
          f'Current version of schema "public": {nm - 2}')
    if not heavy:
        o.txt(f, f'Migrating schema "public" to version "{nm - 1} - add appointment status index"',
              f'Migrating schema "public" to version "{nm} - claims batch partitions"',
              f'Successfully applied 2 migrations to schema "public", now at version v{nm} (execution time 00:0{ri(0, 9)}.{ri(100, 999)}s)')
        return
    o.txt(f, f'Migrating schema "public" to version "{nm - 1} - seed regression patients"')
    people = [person(0.06) for _ in range(ri(4, 8))]
    cols = ch([('mrn', 'given_name', 'family_name', 'birth_date', 'ssn', 'home_phone', 'addr_line1', 'city', 'state', 'zip'),
               ('pat_mrn', 'fname', 'lname', 'dob', 'ssn_no', 'hm_phone', 'addr1', 'city', 'st', 'zip5')])
    for q in people:
        L = o.ln(f).t('DEBUG: Executing SQL: INSERT INTO patients (' + ', '.join(cols) + ') VALUES (')
        vals = [(q.mrn, q.c('mrn')), (sqlq(q.first), q.c('name')), (sqlq(q.last), q.c('name')),
                (fmt_date(q.dob, 'iso'), q.c('date')), (q.ssn, q.c('ssn')), q.phone('dash'),
                (q.street, q.c('address')), (q.city, q.c('address')), (q.state, None), (q.zip, q.c('zip'))]
        for i, (v, c) in enumerate(vals):
            L.t((', ' if i else '') + "'").p(v, c).t("'")
        L.t(')')
        if R.random() < 0.3:
            o.txt(f, f'DEBUG: 1 rows affected')
        if R.random() < 0.35:
            L = o.ln(f).t('DEBUG: Executing SQL: INSERT INTO guarantor_accounts (mrn, guarantor_name, billing_account_no, bank_routing_no, bank_account_no) VALUES (')
            g = q.rel[0] if q.rel else f'{q.first} {q.last}'
            L.t("'").p(q.mrn, q.c('mrn')).t("', '").p(sqlq(g), q.c('name')).t("', '").p(q.billing_acct, q.c('account'))
            L.t(f"', '0{digits(8)}', '").p(q.acct, q.c('account')).t("')")
    if R.random() < 0.6:
        q = people[0]
        o.txt(f, f'ERROR: Migration V{nm - 1}__seed_regression_patients.sql failed')
        o.opt(f, '-' * 47, 'SQL State  : 23505', 'Error Code : 0')
        o.txt(f, 'Message    : ERROR: duplicate key value violates unique constraint "patients_mrn_key"')
        o.ln(f).t(f'  Detail: Key ({cols[0]})=(').p(q.mrn, q.c('mrn')).t(') already exists.')
        o.opt(f, f'Location   : db/migration/V{nm - 1}__seed_regression_patients.sql (/home/runner/work/ehr-db/ehr-db/db/migration/V{nm - 1}__seed_regression_patients.sql)',
              f'Line       : {ri(3, 40)}')
        L = o.ln(f).t(f'Statement  : INSERT INTO patients ({cols[0]}, {cols[1]}, {cols[2]}) VALUES (\'').p(q.mrn, q.c('mrn'))
        L.t("', '").p(sqlq(q.first), q.c('name')).t("', '").p(sqlq(q.last), q.c('name')).t("')")
        o.annotate_error('Flyway migrate failed')
    else:
        o.txt(f, f'Successfully applied 1 migration to schema "public", now at version v{nm - 1} (execution time 00:00.{ri(100, 999)}s)')


def liquibase_block(o, heavy=True):
    f = 'liquibase'
    o.step(f, 'liquibase --defaults-file=liquibase.ci.properties update-sql' if heavy else
           'liquibase --defaults-file=liquibase.ci.properties update')
    o.opt(f, f'Starting Liquibase at {o.t.strftime("%H:%M:%S")} using Java 17.0.12 (version 4.29.2 #3683 built at 2024-08-29 16:45+0000)',
          'Liquibase Version: 4.29.2', 'Liquibase Open Source 4.29.2 by Liquibase')
    author = ch(ENGINEERS)[1]
    cs = f'db/changelog/changes/0{ri(10, 60)}-seed-members.yaml::seed-members::{author}'
    if not heavy:
        o.txt(f, f'Running Changeset: db/changelog/changes/0{ri(10, 60)}-add-claim-status.yaml::add-claim-status::{author}',
              'UPDATE SUMMARY', f'Run:                          1', f'Previously run:              {ri(30, 60)}',
              'Filtered out:                 0', '-------------------------------',
              f'Total change sets:           {ri(61, 70)}', '',
              'Liquibase: Update has been successful. Rows affected: 0',
              f'Liquibase command \'update\' was executed successfully.')
        return
    o.opt(f, '-- *********************************************************************',
          '-- Update Database Script', '-- *********************************************************************',
          f'-- Change Log: db/changelog/db.changelog-master.yaml', f'-- Ran at: {o.t.strftime("%-m/%-d/%y, %-I:%M %p")}',
          '-- Against: ehr_ci@jdbc:postgresql://pg-ci.internal:5432/ehr_test', '-- Liquibase version: 4.29.2',
          '-- *********************************************************************', '')
    o.txt(f, f'-- Changeset {cs}')
    for _ in range(ri(4, 8)):
        q = person(0.06)
        L = o.ln(f).t('INSERT INTO public.members (member_id, first_name, last_name, dob, mbi, medicaid_id, group_no, email) VALUES (')
        L.t("'").p(q.member, q.c('health_plan')).t("', '").p(sqlq(q.first), q.c('name')).t("', '").p(sqlq(q.last), q.c('name'))
        L.t("', '").p(*q.D('iso')).t("', ")
        for v in (q.mbi, q.medicaid):
            if v:
                L.t("'").p(v, q.c('health_plan')).t("', ")
            else:
                L.t('NULL, ')
        L.t(f"'{q.group}', '").p(q.email, q.c('email')).t("');")
        if q.rel and R.random() < 0.5:
            L = o.ln(f).t('INSERT INTO public.member_contacts (member_id, contact_name, relationship, phone) VALUES (')
            L.t("'").p(q.member, q.c('health_plan')).t("', '").p(sqlq(q.rel[0]), q.c('name')).t(f"', '{q.rel[1]}', '")
            L.p(*q.phone('dash', 'rel')).t("');")
        if q.vin:
            L = o.ln(f).t('INSERT INTO public.valet_vehicles (member_id, plate, plate_state, vin, dl_number) VALUES (')
            L.t("'").p(q.member, q.c('health_plan')).t("', '").p(q.plate, q.c('vehicle')).t(f"', '{q.state}', '")
            L.p(q.vin, q.c('vehicle')).t("', '").p(q.dl, q.c('license')).t("');")
    o.opt(f, '', f"INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXCTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('seed-members', '{author}', '{cs.split('::')[0]}', NOW(), {ri(40, 90)}, '9:{hexs(32)}', 'insert tableName=members', '', 'EXECUTED', 'ci', NULL, '4.29.2', '{digits(10)}');",
          '', f"Liquibase command 'update-sql' was executed successfully.")


def terraform_block(o, heavy=True):
    f = 'terraform'
    o.step(f, 'terraform plan -input=false -no-color -var-file=env/stg.tfvars')
    res = ['aws_s3_bucket.fixtures: Refreshing state... [id=larkspur-stg-fixtures]',
           'aws_dynamodb_table.patients: Refreshing state... [id=ehr-stg-patients]',
           'aws_cognito_user_pool.portal: Refreshing state... [id=us-east-1_Qx7LmP2kd]',
           f'aws_iam_role.ci_deployer: Refreshing state... [id=ci-deployer-stg]',
           f'module.vpc.aws_vpc.this[0]: Refreshing state... [id=vpc-0{hexs(16)}]']
    o.txt(f, *R.sample(res, ri(1, 3) if full() else 0))
    if not heavy or verbose():
        o.txt(f, '', 'Terraform used the selected providers to generate the following execution',
              'plan. Resource actions are indicated with the following symbols:', '  + create', '')
    o.opt(f, 'Terraform will perform the following actions:')
    if not heavy:
        o.txt(f, '  # aws_s3_bucket_lifecycle_configuration.fixtures will be updated in-place',
              '  ~ resource "aws_s3_bucket_lifecycle_configuration" "fixtures" {',
              '        id     = "larkspur-stg-fixtures"', '        # (2 unchanged attributes hidden)', '',
              '      ~ rule {', '          ~ status = "Disabled" -> "Enabled"', '            # (1 unchanged attribute hidden)',
              '        }', '    }', '', 'Plan: 0 to add, 1 to change, 0 to destroy.')
        return
    p = person(0.05)
    if R.random() < 0.35:
        L = o.ln(f).t('  # aws_dynamodb_table_item.seed["').p(p.mrn, p.c('mrn')).t('"] will be created')
        L = o.ln(f).t('  + resource "aws_dynamodb_table_item" "seed" {')
        o.txt(f, '      + hash_key   = "mrn"', '      + id         = (known after apply)', '      + item       = jsonencode(',
              '            {')
        kv = [('birth_date', p.D('iso')), ('city', p.v('city', 'address')), ('family', p.name('last')),
              ('given', p.name('first')), ('mrn', p.v('mrn', 'mrn')), ('phone', p.phone('e164'))]
        if p.dev_serial:
            kv.append(('device_serial', p.v('dev_serial', 'device')))
        if p.age > 89:
            kv.append(('age', age_t(p)))
        if p.faxno and p.real:
            kv.append(('fax', p.phone('e164', 'fax')))
        if R.random() < 0.5:
            kv.append(('last_visit', p.D('iso', 'svc')))
        kv.sort()
        w = max(len(k) for k, _ in kv)
        for k, val in kv:
            o.txt(f, f'              + {k.ljust(w)} = {{')
            o.ln(f).t('                  + ' + ('N' if k == 'age' else 'S') + ' = "').p(*val).t('"')
            o.txt(f, '                }')
        o.txt(f, '            }', '        )', '      + table_name = "ehr-stg-patients"', '    }', '')
    else:
        key = p.user
        L = o.ln(f).t('  # aws_cognito_user.demo["').p(key, p.c('other_id')).t('"] will be created')
        o.txt(f, '  + resource "aws_cognito_user" "demo" {', '      + attributes           = {')
        o.ln(f).t('          + "birthdate"            = "').p(*p.D('iso')).t('"')
        o.ln(f).t('          + "custom:mrn"           = "').p(p.mrn, p.c('mrn')).t('"')
        o.ln(f).t('          + "email"                = "').p(p.email, p.c('email')).t('"')
        o.txt(f, '          + "email_verified"       = "true"')
        o.ln(f).t('          + "family_name"          = "').p(*p.name('last')).t('"')
        o.ln(f).t('          + "given_name"           = "').p(*p.name('first')).t('"')
        o.ln(f).t('          + "phone_number"         = "').p(*p.phone('e164', 'cell')).t('"')
        if p.real and R.random() < 0.6:
            o.ln(f).t('          + "custom:last_login_ip" = "').p(p.ip, 'ip').t('"')
        if p.url:
            o.ln(f).t('          + "website"              = "').p(p.url, p.c('url')).t('"')
        o.txt(f, '        }', '      + creation_date        = (known after apply)', '      + enabled              = true',
              '      + id                   = (known after apply)', '      + message_action       = "SUPPRESS"')
        if verbose():
            o.txt(f, '      + status               = (known after apply)', '      + sub                  = (known after apply)')
        o.txt(f, '      + user_pool_id         = "us-east-1_Qx7LmP2kd"')
        o.ln(f).t('      + username             = "').p(key, p.c('other_id')).t('"')
        o.txt(f, '    }', '')
    o.txt(f, f'Plan: {ri(1, 6)} to add, {ri(0, 2)} to change, 0 to destroy.')
    if verbose():
        o.txt(f, '', '─' * 77, '',
              'Note: You didn\'t use the -out option to save this plan, so Terraform can\'t',
              'guarantee to take exactly these actions if you run "terraform apply" now.')


def docker_block(o, heavy=True):
    f = 'docker'
    img = ch(['intake-service', 'patient-portal', 'hl7-bridge'])
    o.step(f, f'docker buildx build --progress=plain -t registry.{DOMAIN}/{img}:{hexs(7)} .')
    if not heavy or verbose():
        o.txt(f, '#0 building with "default" instance using docker driver', '',
              '#1 [internal] load build definition from Dockerfile', f'#1 transferring dockerfile: {R.uniform(0.8, 3):.2f}kB done',
              '#1 DONE 0.0s', '', '#2 [internal] load metadata for docker.io/library/python:3.11-slim',
              f'#2 DONE {R.uniform(0.3, 2):.1f}s', '')
    o.opt(f, f'#4 [builder 1/7] FROM docker.io/library/python:3.11-slim@sha256:{hexs(64)}',
          f'#4 resolve docker.io/library/python:3.11-slim@sha256:{hexs(64)} 0.0s done', '#4 CACHED', '')
    if not heavy:
        o.txt(f, '#6 [builder 3/7] RUN pip install --no-cache-dir -r requirements.txt',
              f'#6 {R.uniform(1, 3):.3f} Collecting fastapi==0.112.2',
              f'#6 {R.uniform(3, 6):.3f}   Downloading fastapi-0.112.2-py3-none-any.whl.metadata (27 kB)',
              f'#6 {R.uniform(9, 20):.2f} Successfully installed annotated-types-0.7.0 fastapi-0.112.2 pydantic-2.8.2 pydantic-core-2.20.1 starlette-0.38.2',
              f'#6 DONE {R.uniform(10, 30):.1f}s', '', '#9 exporting to image', '#9 exporting layers',
              f'#9 exporting layers {R.uniform(1, 5):.1f}s done', f'#9 writing image sha256:{hexs(64)} done',
              f'#9 naming to registry.{DOMAIN}/{img}:{hexs(7)} done', f'#9 DONE {R.uniform(1, 6):.1f}s')
        return
    p = person(0.05)
    step = ri(5, 8)
    if p.real and R.random() < 0.6:
        fn = (p.last.lower().replace("'", '').replace(' ', '_') + '_' + p.first.lower().split()[0])
        L = o.ln(f).t(f'#{step} [builder 5/7] COPY fixtures/ccd/').p(fn, 'name').t('_ccd.xml /app/fixtures/ccd/')
        o.txt(f, f'#{step} DONE 0.0s')
        o.opt(f, '')
        step += 1
    o.txt(f, f'#{step} [builder 6/7] RUN python scripts/seed_fixtures.py --env ci --source fixtures/prod_export_2024-08.csv')
    tt = R.uniform(0.8, 1.5)
    for q in [p] + [person(0.06) for _ in range(ri(3, 7))]:
        tt += R.uniform(0.001, 0.02)
        L = o.ln(f).t(f'#{step} {tt:.3f} seeding patient mrn=').p(q.mrn, q.c('mrn')).t(' name="').p(*q.name('lf'))
        L.t('" dob=').p(*q.D('iso'))
        if q.real and R.random() < 0.5:
            L.t(' zip=').p(q.zip, 'zip')
        if q.real and q.dev_serial:
            tt += 0.003
            L = o.ln(f).t(f'#{step} {tt:.3f}   linking device model="{q.dev_model}" serial=').p(q.dev_serial, 'device')
            L.t(' udi=').p(q.udi, 'device')
        elif q.real and R.random() < 0.4:
            tt += 0.003
            L = o.ln(f).t(f'#{step} {tt:.3f}   rpm hub imei=').p(q.imei, 'device').t(' ble_mac=').p(q.mac, 'device')
        if q.real and q.kit_id:
            tt += 0.002
            L = o.ln(f).t(f'#{step} {tt:.3f}   attaching lab kit ').p(q.kit_id, 'other_id').t(' collected=')
            L.p(*q.D('iso', 'collect')).t(f' lab=Quest order=ORD-{digits(8)}')
        if q.real and q.bio:
            tt += 0.002
            L = o.ln(f).t(f'#{step} {tt:.3f}   enrolling voiceprint for member=').p(q.member, 'health_plan')
            L.t(' template=').p(base64.b64encode(b'VPRT' + rbytes(ri(90, 200))).decode(), 'biometric')
    o.txt(f, f'#{step} {tt + 0.05:.3f} WARNING: fixture fixtures/prod_export_2024-08.csv contains {ri(8, 40)} rows with ssn populated',
          f'#{step} DONE {R.uniform(1, 4):.1f}s')
    o.opt(f, '', f'#{step + 1} exporting to image', f'#{step + 1} exporting layers {R.uniform(1, 5):.1f}s done',
          f'#{step + 1} writing image sha256:{hexs(64)} done', f'#{step + 1} naming to registry.{DOMAIN}/{img}:{hexs(7)} done',
          f'#{step + 1} DONE {R.uniform(1, 6):.1f}s')


def ruff_block(o, heavy=True):
    f = 'ruff'
    o.step(f, 'ruff check --output-format=full .')
    if not heavy:
        o.txt(f, f'src/intake/hl7/segments.py:{ri(10, 300)}:{ri(1, 40)}: F401 [*] `typing.Optional` imported but unused',
              f'src/intake/api/routes.py:{ri(10, 300)}:{ri(1, 40)}: B008 Do not perform function call `Depends` in argument defaults',
              'Found 2 errors.', '[*] 1 fixable with the `--fix` option.')
        return
    fn = ch(['tests/fixtures/members.py', 'tests/fixtures/prod_patients.py', 'tests/conftest.py'])
    ln = ri(14, 90)

    def rec_line(num, q):
        L = o.ln(f).t(f'{num:>2} |     {{"mrn": "').p(q.mrn, q.c('mrn')).t('", "name": "').p(*q.name('full')).t('", "dob": "')
        L.p(*q.D('iso')).t('", "ssn": "').p(q.ssn, q.c('ssn')).t('"},')
    o.txt(f, f'{fn}:{ln}:89: E501 Line too long ({ri(100, 180)} > 88)', '   |')
    if R.random() < 0.5:
        o.txt(f, f'{ln - 2:>2} | PATIENTS = [')
    else:
        rec_line(ln - 2, person(0.05))
    rec_line(ln - 1, person(0.05))
    rec_line(ln, person(0.05))
    o.txt(f, '   |' + ' ' * 89 + '^' * ri(10, 40) + ' E501')
    rec_line(ln + 1, person(0.05))
    if R.random() < 0.5:
        rec_line(ln + 2, person(0.05))
    else:
        o.txt(f, f'{ln + 2:>2} | ]')
    o.txt(f, '   |', '')
    if R.random() < 0.6:
        q = person(0.05)
        o.txt(f, f'{fn}:{ln + 3}:5: ERA001 Found commented-out code', '   |')
        L = o.ln(f).t(f'{ln + 3:>2} |     # {{"mrn": "').p(q.mrn, q.c('mrn')).t('", "email": "').p(q.email, q.c('email'))
        L.t('", "phone": "').p(*q.phone('dash')).t('"},')
        o.txt(f, '   |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ERA001', '   |',
              '   = help: Remove commented-out code', '')
    o.txt(f, f'Found {ri(2, 5)} errors.')


def gitleaks_block(o, heavy=True):
    f = 'gitleaks'
    o.step(f, 'gitleaks detect --source . --redact=0 -v --log-opts="origin/main..HEAD"')
    if R.random() < 0.4:
        o.txt(f, '', '    ○', '    │╲', '    │ ○', '    ○ ░', '    ░    gitleaks', '')
    if not heavy:
        o.txt(f, f'{o.t.strftime("%I:%M%p")} INF {ri(3, 30)} commits scanned.',
              f'{o.t.strftime("%I:%M%p")} INF scan completed in {ri(80, 900)}ms', f'{o.t.strftime("%I:%M%p")} INF no leaks found')
        return
    if R.random() < 0.6:
        o.txt(f, f'{o.t.strftime("%I:%M%p")} WRN leaks found: {ri(6, 30)}')
        o.step(f, "jq -r '.[] | [.RuleID, .File, .StartLine, .Secret] | @tsv' gitleaks-report.json | sort -u | head -n 10")
        for _ in range(ri(5, 9)):
            q = person(0)
            kind = ch(['ssn', 'ssn', 'card', 'mbi', 'dl', 'email', 'phone'])
            if kind == 'mbi' and not q.mbi:
                kind = 'ssn'
            rule, fp, (val, cat) = {'ssn': ('us-ssn', 'seed/prod_export_2024-08.csv', q.v('ssn', 'ssn')),
                                    'card': ('credit-card', 'tests/fixtures/billing_cases.json', q.v('card', 'account')),
                                    'mbi': ('medicare-mbi', 'src/test/resources/fixtures/members-834.json', q.v('mbi', 'health_plan')),
                                    'dl': ('us-drivers-license', 'cypress/fixtures/patients.json', q.v('dl', 'license')),
                                    'email': ('pii-email', 'cypress/fixtures/patients.json', q.v('email', 'email')),
                                    'phone': ('us-phone-number', 'tests/fixtures/prod_sample_0412.json', q.phone('paren'))}[kind]
            o.ln(f).t(f'{rule}\t{fp}\t{ri(2, 400)}\t').p(val, cat)
        return
    p = person(0)
    eng = ch(ENGINEERS)
    commit = sha40()
    kinds = ['ssn', 'card', 'mbi', 'natid', 'dl', 'iban', 'dob', 'fax']
    avail = [k for k in kinds if {'iban': p.iban, 'mbi': p.mbi, 'natid': p.natid, 'fax': p.faxno}.get(k, True)]
    fp = ch(['tests/fixtures/prod_sample_0412.json', 'src/test/resources/fixtures/members-834.json',
             'cypress/fixtures/patients.json'])
    ln = ri(3, 400)
    for kind in R.sample(avail, 2):
        key, rule, cat, val = {'ssn': ('ssn', 'us-ssn', 'ssn', p.ssn),
                               'card': ('cardNumber', 'credit-card', 'account', p.card),
                               'iban': ('iban', 'iban', 'account', p.iban),
                               'mbi': ('mbi', 'medicare-mbi', 'health_plan', p.mbi),
                               'natid': ((p.natid_kind or '').lower(), 'national-id', 'other_id', p.natid),
                               'dl': ('driversLicense', 'us-drivers-license', 'license', p.dl),
                               'dob': ('dateOfBirth', 'pii-dob', 'date', fmt_date(p.dob, 'iso')),
                               'fax': ('fax', 'us-phone-number', 'fax', f'({p.area}) 555-{p.faxno}')}[kind]
        ln += ri(1, 6)
        o.ln(f).t(f'Finding:     "{key}": "').p(val, cat).t('",')
        o.ln(f).t('Secret:      ').p(val, cat)
        o.txt(f, f'RuleID:      {rule}', f'Entropy:     {R.uniform(2.5, 3.9):.6f}', f'File:        {fp}',
              f'Line:        {ln}', f'Commit:      {commit}', f'Author:      {eng[0]}',
              f'Email:       {eng[1]}@{DOMAIN}',
              f'Date:        2024-09-{ri(10, 17)}T{ri(10, 23)}:{ri(10, 59)}:{ri(10, 59)}Z',
              f'Fingerprint: {commit}:{fp}:{rule}:{ln}', '')
    o.txt(f, f'{o.t.strftime("%I:%M%p")} INF {ri(3, 30)} commits scanned.',
          f'{o.t.strftime("%I:%M%p")} INF scan completed in {ri(80, 900)}ms',
          f'{o.t.strftime("%I:%M%p")} WRN leaks found: {ri(1, 14)}')
    o.annotate_error('gitleaks: leaks found')


def eslint_block(o, heavy=True):
    f = 'eslint'
    o.step(f, 'npx eslint . --max-warnings=0')
    base = '/home/runner/work/patient-portal/patient-portal'
    o.txt(f, '', f'{base}/src/components/InsuranceCard.tsx',
          f'  {ri(10, 99)}:{ri(1, 30)}  warning  Unexpected console statement  no-console',
          f"  {ri(100, 200)}:{ri(1, 30)}  error    'coverage' is assigned a value but never used  @typescript-eslint/no-unused-vars", '')
    if heavy:
        o.txt(f, f'{base}/src/fixtures/patients.ts')
        r0 = ri(5, 20)
        nerr = ri(2, 4)
        for _ in range(nerr):
            p = person(0.05)
            r0 += ri(3, 12)
            L = o.ln(f).t(f"  {r0}:{ri(3, 20)}  error    Unexpected string literal '")
            if p.photo and p.real and R.random() < 0.7:
                L.t('data:image/png;base64,').p(png_b64(ri(200, 600)), 'photo')
                L.t("' exceeds max-len of 120  max-len")
            else:
                kind = ch(['email', 'ssn', 'phone'] + (['url'] if p.url else []))
                val = {'email': p.v('email', 'email'), 'ssn': p.v('ssn', 'ssn'), 'phone': p.phone('paren'),
                       'url': p.v('url', 'url')}[kind]
                L.p(*val).t("' in fixture, use faker  local-rules/no-literal-pii")
        o.txt(f, '')
    else:
        nerr = 0
    o.txt(f, f'✖ {nerr + 2} problems ({nerr + 1} errors, 1 warning)', '')


def noise_block(o, heavy=False):
    kind = ch(['npm', 'pip', 'coverage', 'hadolint', 'npm', 'coverage', 'hadolint', 'cache'])
    if kind == 'npm':
        f = 'npm'
        o.step(f, 'npm ci --no-audit --prefer-offline')
        o.txt(f, 'npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory. Do not use it. Check out lru-cache if you want a good and tested way to coalesce async requests by a key value, which is much more comprehensive and powerful.',
              'npm warn deprecated glob@7.2.3: Glob versions prior to v9 are no longer supported', '',
              f'added {ri(800, 1600)} packages in {ri(10, 60)}s', '', f'{ri(150, 260)} packages are looking for funding',
              '  run `npm fund` for details')
    elif kind == 'pip':
        f = 'pip'
        o.step(f, 'python -m pip install -r requirements-dev.txt')
        for pk in R.sample(['pytest==8.3.2', 'hl7apy==1.3.5', 'fhir.resources==7.1.0', 'pydantic==2.8.2',
                            'SQLAlchemy==2.0.32', 'psycopg[binary]==3.2.1', 'freezegun==1.5.1'], 4):
            nm, ver = pk.split('==')
            o.txt(f, f'Collecting {pk}', f'  Downloading {nm.split("[")[0].replace(".", "_")}-{ver}-py3-none-any.whl.metadata ({R.uniform(1, 30):.1f} kB)')
        o.txt(f, 'Installing collected packages: iniconfig, pluggy, pytest, hl7apy, pydantic-core, pydantic',
              'Successfully installed hl7apy-1.3.5 iniconfig-2.0.0 pluggy-1.5.0 pydantic-2.8.2 pydantic-core-2.20.1 pytest-8.3.2')
    elif kind == 'coverage':
        f = 'coverage'
        o.txt(f, '', '---------- coverage: platform linux, python 3.11.9-final-0 ----------',
              'Name                                 Stmts   Miss  Cover')
        tot_s = tot_m = 0
        for m in R.sample(['src/intake/normalize.py', 'src/intake/hl7/adt.py', 'src/intake/fhir/export.py',
                           'src/intake/eligibility.py', 'src/intake/dedupe.py', 'src/intake/api/routes.py'], 4):
            s, mm = ri(40, 400), ri(0, 40)
            tot_s += s
            tot_m += mm
            o.txt(f, f'{m.ljust(36)} {s:5d}  {mm:5d}   {100 * (s - mm) // s:3d}%')
        o.txt(f, '-' * 57, f'{"TOTAL".ljust(36)} {tot_s:5d}  {tot_m:5d}   {100 * (tot_s - tot_m) // tot_s:3d}%',
              'Coverage XML written to file coverage.xml')
    elif kind == 'hadolint':
        f = 'hadolint'
        o.step(f, 'hadolint Dockerfile')
        o.txt(f, f'Dockerfile:{ri(3, 20)} DL3008 warning: Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`',
              f'Dockerfile:{ri(21, 40)} DL3013 warning: Pin versions in pip. Instead of `pip install <package>` use `pip install <package>==<version>` or `pip install --requirement <requirements file>`')
    else:
        f = 'gha'
        o.txt(f, '##[group]Run actions/cache@v4', 'with:', '  path: ~/.cache/pip', f'  key: pip-Linux-{hexs(64)}',
              '  enableCrossOsArchive: false', '  fail-on-cache-miss: false', '  lookup-only: false',
              '  save-always: false', '##[endgroup]',
              f'Cache restored successfully', f"Cache restored from key: pip-Linux-{hexs(64)}")


def compose_logs_block(o, heavy=True):
    f = 'compose'
    o.step(f, 'docker compose -f docker-compose.ci.yml logs --no-color --tail=40 api worker')
    if not heavy or R.random() < 0.3:
        o.txt(f, f'api-1     | INFO:     Started server process [{ri(1, 40)}]', 'api-1     | INFO:     Waiting for application startup.',
              'api-1     | INFO:     Application startup complete.',
              'api-1     | INFO:     Uvicorn running on http://0.0.0.0:8080 (Press CTRL+C to quit)')
    if not heavy:
        for _ in range(ri(3, 6)):
            o.txt(f, f'api-1     | INFO:     {ch(PRIV_IPS)}:{ri(30000, 60000)} - "{ch(["GET /healthz", "GET /v2/slots?clinic=LRK-04", "POST /v2/eligibility/batch", "GET /metrics"])} HTTP/1.1" {ch(["200 OK", "200 OK", "204 No Content"])}')
        return
    style = ch(['json', 'json', 'pylog'])
    for _ in range(ri(12, 22)):
        q = person(0.07)
        ts = o.t.strftime('%Y-%m-%dT%H:%M:%S.') + f'{o.t.microsecond // 1000:03d}Z'
        rid = 'req_' + hexs(16)
        kind = ch(['upsert', 'dedupe', 'elig', 'login', 'access', 'sms'])
        extra = [k for k, ok in (('bio', q.bio), ('photo', q.photo), ('fax', q.faxno), ('url', q.url),
                                 ('valet', q.vin), ('age', q.age > 89)) if ok and q.real]
        if extra and R.random() < 0.55:
            kind = ch(extra)
        if kind == 'access' and not q.rel:
            kind = 'upsert'
        if kind in ('bio', 'photo', 'fax', 'url', 'valet', 'age'):
            L = o.ln(f).t('api-1     | ')
            if kind == 'bio':
                items = [('level', 'info', None), ('ts', ts, None), ('logger', 'idv.enroll', None),
                         ('msg', 'biometric template stored', None), ('memberId', q.member, 'health_plan'),
                         ('modality', ch(['voice', 'face', 'finger']), None),
                         ('template', base64.b64encode(b'BIOT' + rbytes(ri(60, 150))).decode(), 'biometric')]
            elif kind == 'photo':
                items = [('level', 'debug', None), ('ts', ts, None), ('logger', 'portal.profile', None),
                         ('msg', 'avatar updated', None), ('patientId', q.portal_id, 'mrn'),
                         ('avatar', 'data:image/jpeg;base64,' + jpeg_b64(ri(150, 400)), None)]
            elif kind == 'fax':
                items = [('level', 'info', None), ('ts', ts, None), ('logger', 'roi.delivery', None),
                         ('msg', 'records release queued', None), ('mrn', q.mrn, 'mrn'),
                         ('deliverTo', 'patient', None), ('faxNumber', f'+1{q.area}555{q.faxno}', 'fax'),
                         ('pages', ri(2, 40), None), ('clinicFax', '+18885550100', None)]
            elif kind == 'url':
                items = [('level', 'warn', None), ('ts', ts, None), ('logger', 'portal.links', None),
                         ('msg', 'external link in patient profile blocked', None), ('username', q.user, 'other_id'),
                         ('href', q.url, 'url')]
            elif kind == 'valet':
                items = [('level', 'info', None), ('ts', ts, None), ('logger', 'parking.valet', None),
                         ('msg', 'vehicle registered', None), ('mrn', q.mrn, 'mrn'), ('plate', q.plate, 'vehicle'),
                         ('plateState', q.state, None), ('vin', q.vin, 'vehicle'), ('garage', 'P2', None)]
            else:
                items = [('level', 'info', None), ('ts', ts, None), ('logger', 'intake.risk', None),
                         ('msg', 'falls risk screen', None), ('mrn', q.mrn, 'mrn'), ('age', q.age, 'age'),
                         ('score', ri(30, 80), None)]
            if kind == 'photo':
                # the data URI is a face image: label only the base64 payload
                L.t('{')
                for i, (k, v, c) in enumerate(items[:-1]):
                    L.t((',' if i else '') + json.dumps(k) + ':')
                    jval(L, v, c)
                b64 = items[-1][1][len('data:image/jpeg;base64,'):]
                L.t(',"avatar":"data:image/jpeg;base64,').p(b64, 'photo').t('"}')
            else:
                w_json(L, items)
            continue
        if style == 'json':
            L = o.ln(f).t('api-1     | ')
            if kind == 'upsert':
                items = [('level', 'info', None), ('ts', ts, None), ('logger', 'intake.api', None),
                         ('msg', 'patient upserted', None), ('request_id', rid, None), ('mrn', q.mrn, q.c('mrn')),
                         ('given', q.first, q.c('name')), ('family', q.last, q.c('name')),
                         ('birthDate', fmt_date(q.dob, 'iso'), q.c('date')), ('duration_ms', ri(3, 300), None)]
            elif kind == 'dedupe':
                o2 = person(0)
                items = [('level', 'warn', None), ('ts', ts, None), ('logger', 'intake.mpi', None),
                         ('msg', 'duplicate patient candidate', None), ('mrn', q.mrn, q.c('mrn')),
                         ('candidateMrn', o2.mrn, 'mrn'), ('score', round(R.uniform(0.8, 0.99), 2), None),
                         ('ssnLast4Match', True, None), ('dob', fmt_date(q.dob, 'iso'), q.c('date'))]
            elif kind == 'elig':
                items = [('level', 'info', None), ('ts', ts, None), ('logger', 'claims.x12', None),
                         ('msg', '271 received', None), ('memberId', q.mbi or q.member, q.c('health_plan')),
                         ('payer', q.plan_name, None), ('groupNumber', q.group, None),
                         ('subscriber', f'{q.last.upper()}, {q.first.upper()}', q.c('name')),
                         ('traceId', hexs(32), None)]
            elif kind == 'login':
                items = [('level', 'info', None), ('ts', ts, None), ('logger', 'portal.auth', None),
                         ('msg', 'login succeeded', None), ('username', q.user, q.c('other_id')),
                         ('clientIp', q.ip, q.c('ip')), ('userAgent', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X)', None),
                         ('mfa', 'sms', None)]
            elif kind == 'access':
                items = [('level', 'info', None), ('ts', ts, None), ('logger', 'portal.proxy', None),
                         ('msg', 'proxy access granted', None), ('patientId', q.portal_id, q.c('mrn')),
                         ('proxyName', q.rel[0] if q.rel else 'Jane Doe', q.c('name') if q.rel else None),
                         ('proxyRelationship', q.rel[1] if q.rel else 'spouse', None),
                         ('grantedBy', ch(CLINICIANS), None)]
            else:
                items = [('level', 'info', None), ('ts', ts, None), ('logger', 'notify.twilio', None),
                         ('msg', 'appointment reminder queued', None), ('to', f'+1{q.area}555{q.cell_line}', q.c('phone')),
                         ('appointmentDate', fmt_date(q.appt, 'iso'), q.c('date')),
                         ('from', '+18885550142', None), ('sid', 'SM' + hexs(32), None)]
            w_json(L, items)
        else:
            L = o.ln(f).t('worker-1  | ' + o.t.strftime('%Y-%m-%d %H:%M:%S,') + f'{o.t.microsecond // 1000:03d} ')
            if kind in ('upsert', 'dedupe', 'login'):
                L.t('INFO [intake.tasks] upsert patient mrn=').p(q.mrn, q.c('mrn')).t(' name=').p(*q.name('lf'))
                L.t(' dob=').p(*q.D('us')).t(f' task_id={uuid4()}')
            elif kind == 'elig':
                L.t('INFO [eligibility] 270 sent for member ').p(q.mbi or q.member, q.c('health_plan')).t(' (')
                L.p(*q.name('lf')).t(f') payer="{q.plan_name}" isa13={digits(9)}')
            elif kind == 'access':
                L.t('WARNING [address] USPS standardization changed ').p(q.street, q.c('address')).t(', ')
                L.p(q.city, q.c('address')).t(f' {q.state} ').p(q.zip, q.c('zip')).t(' -> ')
                L.p(q.street.upper(), q.c('address')).t(' ').p(q.city.upper(), q.c('address')).t(f' {q.state} ')
                L.p(q.zip, q.c('zip')).t('-').p(q.zip4, q.c('zip'))
            else:
                L.t('INFO [notify] sms reminder to ').p(*q.phone('e164', 'cell')).t(' for appt on ')
                L.p(*q.D('us', 'appt')).t(f' clinic=LRK-{ri(1, 12):02d} provider="{ch(CLINICIANS)}"')
    if R.random() < 0.5:
        o.txt(f, f'api-1     | INFO:     {ch(PRIV_IPS)}:{ri(30000, 60000)} - "GET /healthz HTTP/1.1" 200 OK')


def fixture_dump_block(o, heavy=True):
    f = 'fixture-dump'
    fx = ch(['tests/fixtures/prod_sample_0412.json', 'cypress/fixtures/patients.json',
             'src/test/resources/fixtures/members.json'])
    if not heavy:
        o.step(f, f'jq length {fx}')
        o.txt(f, str(ri(4, 40)))
        return
    if R.random() < 0.5:
        o.step(f, f"jq -c '.[]' {fx} | head -n 15")
        ks = ch(['camel', 'snake', 'abbr'])
        asc = R.random() < 0.35  # written by python json.dump (ensure_ascii) vs node
        dfmt, pfmt = ch(['iso', 'iso', 'us']), ch(['paren', 'dash', 'e164'])
        cam = ks == 'camel'
        for _ in range(ri(9, 15)):
            q = person(0.06)
            flds = ['id', 'mrn', 'first', 'last', 'dob', 'sex', 'ssn', 'phone', 'email', 'street', 'city', 'state', 'zip', 'member', 'group']
            items = rec(q, ks, flds, dfmt, pfmt)
            items.insert(5, ('age', q.age, q.c('age') if q.age > 89 else None))
            if q.faxno and q.real:
                items.insert(9, ('fax', q.phone(pfmt, 'fax')[0], 'fax'))
            if q.url and q.real and R.random() < 0.7:
                items.append(('website', q.url, 'url'))
            if q.dl and R.random() < 0.4:
                items.append(('driversLicense' if cam else 'dl_no', q.dl, q.c('license')))
            if R.random() < 0.3:
                items.append(('lastLoginIp' if cam else 'last_login_ip', q.ip, q.c('ip')))
            if q.real and q.vin and R.random() < 0.5:
                items.append(('vehiclePlate' if cam else 'plate_no', q.plate, 'vehicle'))
            if q.real and q.bio and R.random() < 0.5:
                items.append(('voiceprintB64' if cam else 'voiceprint_b64',
                              base64.b64encode(b'VPRT' + rbytes(ri(60, 140))).decode(), 'biometric'))
            if q.real and q.photo and R.random() < 0.35:
                items.append(('photoB64' if cam else 'photo_b64', jpeg_b64(ri(200, 500)), 'photo'))
            L = o.ln(f)
            w_json(L, items, ascii_=asc)
    else:
        nrow = ri(9, 14)
        o.step(f, f'head -n {nrow + 1} seed/prod_export_2024-08.csv')
        cols = ['patient_id', 'mrn', 'last_name', 'first_name', 'dob', 'sex', 'ssn', 'street', 'city', 'state',
                'zip', 'home_phone', 'fax', 'payer', 'member_id', 'group_no', 'admit_dt', 'discharge_dt']
        o.txt(f, ','.join(cols))
        for _ in range(nrow):
            q = person(0.06)
            L = o.ln(f)
            vals = [(q.uuid, None), (q.mrn, q.c('mrn')), (q.last, q.c('name')), (q.first, q.c('name')),
                    (fmt_date(q.dob, 'us'), q.c('date')), (q.sex, None), (q.ssn, q.c('ssn')),
                    (q.street, q.c('address')), (q.city, q.c('address')), (q.state, None), (q.zip, q.c('zip')),
                    q.phone('dash'), (q.phone('dash', 'fax') if q.faxno else ('', None)),
                    (q.plan_name, None), (q.member, q.c('health_plan')), (q.group, None),
                    (fmt_date(q.admit, 'us'), q.c('date')), (fmt_date(q.disch, 'us'), q.c('date'))]
            for i, (v, c) in enumerate(vals):
                if i:
                    L.t(',')
                if ',' in v or "'" in v:
                    L.t('"').p(v, c).t('"')
                else:
                    L.p(v, c)


def pprint_record(o, f, p):
    """pprint.pprint() of a nested dict as printed from a debugging test"""
    ks = ch(['snake', 'abbr'])
    K = KEYS[ks]
    addr = [('city', p.city, p.c('address')), ('line1', p.street, p.c('address')),
            ('postal_code', p.zip, p.c('zip')), ('state', p.state, None)]
    top = [(K['dob'], fmt_date(p.dob, 'iso'), p.c('date')), (K['first'], p.first, p.c('name')),
           (K['last'], p.last, p.c('name')), (K['mrn'], p.mrn, p.c('mrn')), (K['phone'], p.phone('dash')[0], p.c('phone')),
           (K['ssn'], p.ssn, p.c('ssn'))]
    if p.rel:
        top.append(('emergency_contact', p.rel[0], p.c('name')))
    top.sort()
    pad = ' ' * (len("{'address': {") )
    for i, (k, v, c) in enumerate(addr):
        L = o.ln(f)
        L.t("{'address': {" if i == 0 else pad)
        L.t(repr(k) + ': ')
        pyval(L, v, c)
        L.t('},' if i == len(addr) - 1 else ',')
    for i, (k, v, c) in enumerate(top):
        L = o.ln(f).t(' ' + repr(k) + ': ')
        pyval(L, v, c)
        L.t('}' if i == len(top) - 1 else ',')


def node_inspect(o, f, p, indent='    '):
    """console.log() of an object as printed by Node's util.inspect in jest"""
    def q(v):
        return ('"', '"') if "'" in v else ("'", "'")
    items = [('patientId', p.portal_id, p.c('mrn')), ('mrn', p.mrn, p.c('mrn')), ('givenName', p.first, p.c('name')),
             ('familyName', p.last, p.c('name')), ('birthDate', fmt_date(p.dob, 'iso'), p.c('date')),
             ('sex', p.sex, None), ('email', p.email, p.c('email')),
             ('mobile', p.phone('e164', 'cell')[0], p.c('phone'))]
    if p.real and R.random() < 0.5:
        items.append(('lastLoginIp', p.ip, 'ip'))
    o.txt(f, indent + '{')
    for k, v, c in items:
        a, b = q(v)
        o.ln(f).t(indent + '  ' + k + ': ' + a).p(v, c).t(b + ',')
    o.ln(f).t(indent + '  address: { line: [ ').t("'").p(p.street, p.c('address')).t("' ], city: '").p(p.city, p.c('address'))\
        .t(f"', state: '{p.state}', postalCode: '").p(p.zip, p.c('zip')).t("' },")
    o.txt(f, indent + f"  createdAt: 2024-0{ri(1, 8)}-{ri(10, 28)}T{ri(10, 23)}:{ri(10, 59)}:{ri(10, 59)}.{ri(100, 999)}Z", indent + '}')


def hl7_dump_block(o, heavy=True):
    f = 'gotest'
    mod = f'github.com/{ORG}/hl7-bridge'
    o.step(f, 'go test -v -run TestReplayProdMessages ./internal/replay/...')
    o.opt(f, '=== RUN   TestReplayProdMessages')
    for _ in range(ri(1, 2) if EXCERPT[0] else ri(2, 3)):
        p = person(0.05)
        ctl = 'MSG' + digits(8)
        ts = o.t.strftime('%Y%m%d%H%M%S')
        o.txt(f, f'=== RUN   TestReplayProdMessages/{ctl}')
        o.txt(f, f'    replay_test.go:{ri(40, 90)}: raw message:',
              f'        MSH|^~\\&|EPIC|LRK|HL7BRIDGE|LRK|{ts}||ADT^A08^ADT_A01|{ctl}|P|2.5.1',
              f'        EVN|A08|{ts}|||{ch(["JSMITH", "INTERFACE", "ADTBATCH"])}')
        L = o.ln(f).t('        PID|1||').p(p.mrn, p.c('mrn')).t('^^^LRK^MR~').p(p.ssn.replace('-', ''), p.c('ssn'))
        L.t('^^^SSA^SS||').p(*p.name('hl7')).t('||').p(*p.D('hl7')).t(f'|{p.sex}|||').p(p.street, p.c('address'))
        L.t('^^').p(p.city, p.c('address')).t(f'^{p.state}^').p(p.zip, p.c('zip')).t('^USA^H||').p(*p.phone('hl7'))
        L.t('^PRN^PH~^NET^Internet^').p(p.email, p.c('email')).t('||EN|M||').p(p.portal_id, p.c('mrn')).t('|')
        if p.rel:
            rl, rf = p.rel[0].split(' ', 1)[1].upper(), p.rel[0].split(' ', 1)[0].upper()
            L = o.ln(f).t('        NK1|1|').p(f'{rl}^{rf}', p.c('name')).t(f'|{p.rel[1].upper()[:3]}^{p.rel[1]}^HL70063|')
            L.p(p.street, p.c('address')).t('^^').p(p.city, p.c('address')).t(f'^{p.state}^').p(p.zip, p.c('zip'))
            L.t('|').p(*p.phone('hl7', 'rel')).t('||EC^Emergency Contact^HL70131')
        doc = ch(['1467583920^RAMAN^PRIYA^^^DR', '1982746150^WHITFIELD^SAMUEL^^^DR', '1730492868^NWOSU^ADAEZE^^^DR'])
        adm = dt.datetime.combine(p.admit, dt.time(ri(0, 23), ri(0, 59)))
        L = o.ln(f).t(f'        PV1|1|I|4W^{ri(400, 480)}^B^LRK||||{doc}|||MED||||1|||{doc}|IN||{ch(["SELF", "MCR", "COM"])}|||||||||||||||||||LRK||||||')
        L.p(adm.strftime('%Y%m%d%H%M') if p.real else '202001010000', p.c('date'))
        mid = p.mbi or p.member
        L = o.ln(f).t(f'        IN1|1|{ch(["PPO01", "HMO02", "MCR"])}|{digits(5)}|{p.plan_name.upper()}|PO BOX {ri(1000, 99999)}^^LEXINGTON^KY^40512||(888)555-01{ri(10, 99)}|{p.group}||||||||')
        L.p(*p.name('hl7')).t('|01|').p(*p.D('hl7')).t('|').p(p.street, p.c('address')).t('^^').p(p.city, p.c('address'))
        L.t(f'^{p.state}^').p(p.zip, p.c('zip')).t('|||||||||||||||||').p(mid, p.c('health_plan'))
        if p.real and R.random() < 0.4:
            L = o.ln(f).t('        GT1|1||').p(*p.name('hl7')).t('||').p(p.street, p.c('address')).t('^^').p(p.city, p.c('address'))
            L.t(f'^{p.state}^').p(p.zip, p.c('zip')).t('|').p(*p.phone('hl7')).t('|||||SE^Self^HL70063||||||||||||||||||').p(p.billing_acct, 'account')
        o.txt(f, f'    --- PASS: TestReplayProdMessages/{ctl} ({R.uniform(0, 0.05):.2f}s)' if R.random() < 0.7 else
              f'    --- FAIL: TestReplayProdMessages/{ctl} ({R.uniform(0, 0.05):.2f}s)')
    o.opt(f, f'--- PASS: TestReplayProdMessages ({R.uniform(0.01, 0.2):.2f}s)', 'PASS',
          f'ok  \t{mod}/internal/replay\t{R.uniform(0.02, 0.9):.3f}s')


def jest_console_block(o, heavy=True):
    f = 'jest'
    o.step(f, 'npx jest src/lib/fhir --ci')
    o.txt(f, f' PASS  src/lib/fhir/__tests__/toPortalPatient.test.ts ({R.uniform(1, 6):.3f} s)')
    for _ in range(1 if EXCERPT[0] else ri(1, 2)):
        p = person(0.08)
        o.txt(f, '  ● Console', '', '    console.log')
        node_inspect(o, f, p, '      ')
        o.txt(f, '', f'      at Object.log (src/lib/fhir/__tests__/toPortalPatient.test.ts:{ri(20, 90)}:{ri(9, 17)})', '')
    a = ri(3, 12)
    o.opt(f, 'Test Suites: 1 passed, 1 total', f'Tests:       {a} passed, {a} total', 'Snapshots:   0 total',
          f'Time:        {R.uniform(2, 9):.3f} s', 'Ran all test suites matching /src\\/lib\\/fhir/i.')


HEAVY = [pytest_block, pytest_block, jest_block, vitest_block, surefire_block, gotest_block, playwright_block,
         cypress_block, flyway_block, liquibase_block, terraform_block, docker_block, ruff_block, gitleaks_block,
         eslint_block, jest_console_block, hl7_dump_block]
DENSE = [fixture_dump_block, fixture_dump_block, compose_logs_block, compose_logs_block, liquibase_block,
         docker_block]
LIGHT = [pytest_block, jest_block, vitest_block, surefire_block, gotest_block, playwright_block, cypress_block,
         flyway_block, liquibase_block, terraform_block, docker_block, ruff_block, gitleaks_block, eslint_block,
         noise_block, noise_block, noise_block, compose_logs_block, fixture_dump_block]


def phi_share(o):
    if not o.lines:
        return 0.0
    return sum(1 for L in o.lines if L.spans) / len(o.lines)


def build(limit=N_LINES):
    o = Out()
    sched = [pytest_block, pytest_block, jest_block, vitest_block, surefire_block, gotest_block, hl7_dump_block,
             playwright_block, cypress_block, flyway_block, liquibase_block, terraform_block, docker_block,
             ruff_block, gitleaks_block, eslint_block, compose_logs_block, fixture_dump_block, jest_console_block]
    R.shuffle(sched)
    sched = [(fn, True) for fn in sched]
    for fn in (noise_block, ch([surefire_block, gotest_block, flyway_block, pytest_block])):
        sched.insert(ri(0, len(sched)), (fn, False))
    dense_cycle = []
    while len(o.lines) < limit:
        ci = ch(['gha', 'gha', 'gha', 'jenkins', 'jenkins', 'plain'])
        repo = ch(['intake-service', 'patient-portal', 'claims-service', 'hl7-bridge', 'portal-e2e', 'ehr-db', 'infra-live'])
        if ci == 'gha':
            gha_start(o, repo, ch(['test (3.11)', 'unit', 'e2e (chromium)', 'lint', 'build-and-push', 'plan (stg)']))
        elif ci == 'jenkins':
            jenkins_start(o, repo, person(0) if R.random() < 0.35 else None)
        else:
            o.wrap = 'plain'
            o.jump()
        for _ in range(ri(3, 5)):
            if len(o.lines) >= limit:
                break
            if sched and not (phi_share(o) < DIVERT and len(o.lines) > 60):
                fn, heavy = sched.pop(0)
                EXCERPT[0] = heavy and R.random() < EXCERPT_P
                fn(o, heavy)
                EXCERPT[0] = False
            elif phi_share(o) < 0.45:
                if not dense_cycle:
                    dense_cycle = DENSE[:]
                    R.shuffle(dense_cycle)
                dense_cycle.pop()(o, True)
            else:
                ch(LIGHT)(o, False)
        if ci == 'gha':
            gha_end(o, R.random() < 0.7)
        elif ci == 'jenkins':
            jenkins_end(o, R.random() < 0.7)
    return o.lines[:limit], sched


def main():
    R.seed(BUILD_SEED)
    lines, left = build()
    assert not left, [fn.__name__ for fn, _ in left]
    assert len(lines) == N_LINES
    log_parts, lab_parts = [], []
    for i, L in enumerate(lines, 1):
        b = bytes(L.buf)
        assert b'\n' not in b and b'\r' not in b, (i, b)
        assert len(b) <= 4000, (i, len(b))
        prev = 0
        spans = []
        for s, e, cat, val in sorted(L.spans):
            assert b[s:e] == val, (i, s, e, val)
            assert s >= prev, ('overlap', i)
            assert e > s
            prev = e
            spans.append({'s': s, 'e': e, 'cat': cat})
        b.decode('utf-8')
        log_parts.append(b + b'\n')
        lab_parts.append(json.dumps({'line': i, 'family': L.family, 'spans': spans}, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, f'{ID}.log'), 'wb') as fh:
        fh.write(b''.join(log_parts))
    with open(os.path.join(HERE, f'{ID}.labels.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(''.join(lab_parts))


if __name__ == '__main__':
    main()
