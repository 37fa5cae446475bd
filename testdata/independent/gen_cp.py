#!/usr/bin/env python3
"""Deterministic generator for the held-out PHI test corpus `cp`.

Theme: digital pathology + a pathology-AI vendor ("Histoloom"): slide scanners,
image management, DICOM WSI dumps, LIS HL7 ORM/ORU, AI inference workers,
case routing, tumor board exports, frozen sections, consults, de-identification,
object storage, Kubernetes.  All people are synthetic.

Standard library only.  Writes cp.log and cp.labels.jsonl next to this file.
"""
import base64
import json
import os
import random
import unicodedata
from datetime import date, datetime, timedelta, timezone

ID = 'cp'
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
TARGET_PHI_SHARE = 0.45
R = random.Random(18112024)
TODAY = date(2024, 11, 18)


# --------------------------------------------------------------------------
# line builder: concatenation with byte offsets recorded at insertion time
# --------------------------------------------------------------------------
class Ln:
    __slots__ = ('fam', 'b', 'sp')

    def __init__(self, fam, *pieces):
        self.fam = fam
        self.b = bytearray()
        self.sp = []
        self.add(*pieces)

    def t(self, x):
        self.b += x.encode('utf-8')
        return self

    def p(self, x, cat):
        if not cat:
            return self.t(x)
        s = len(self.b)
        self.b += x.encode('utf-8')
        self.sp.append((s, len(self.b), cat, x))
        return self

    def add(self, *pieces):
        for pc in pieces:
            if pc is None or pc == '':
                continue
            if isinstance(pc, str):
                self.t(pc)
            elif isinstance(pc, list):
                self.add(*pc)
            elif isinstance(pc, tuple):
                self.p(pc[0], pc[1])
            else:
                raise TypeError(repr(pc))
        return self


class S:
    """A JSON string value made of pieces (str or (text, cat))."""
    def __init__(self, *pieces):
        self.pieces = pieces


class O:
    """An ordered JSON object: items are (key, value)."""
    def __init__(self, *items):
        self.items = [i for i in items if i is not None]


def esc(x, mode):
    if mode == 'py':      # python json.dumps default (ensure_ascii)
        return json.dumps(x)[1:-1]
    if mode == 'java':    # Jackson: raw UTF-8, no HTML escaping
        return json.dumps(x, ensure_ascii=False)[1:-1]
    if mode == 'go':      # encoding/json: raw UTF-8, HTML escaping on
        return (json.dumps(x, ensure_ascii=False)[1:-1]
                .replace('<', '\\u003c').replace('>', '\\u003e').replace('&', '\\u0026'))
    raise ValueError(mode)


def jw(ln, v, mode, sep):
    if isinstance(v, tuple):
        v = S(v)
    if isinstance(v, S):
        ln.t('"')
        for pc in v.pieces:
            if isinstance(pc, str):
                ln.t(esc(pc, mode))
            else:
                ln.p(esc(pc[0], mode), pc[1])
        ln.t('"')
    elif isinstance(v, O):
        ln.t('{')
        for i, (k, x) in enumerate(v.items):
            if i:
                ln.t(sep[0])
            ln.t(json.dumps(k) + sep[1])
            jw(ln, x, mode, sep)
        ln.t('}')
    elif isinstance(v, list):
        ln.t('[')
        for i, x in enumerate(v):
            if i:
                ln.t(sep[0])
            jw(ln, x, mode, sep)
        ln.t(']')
    elif isinstance(v, str):
        ln.t('"' + esc(v, mode) + '"')
    elif isinstance(v, bool) or v is None:
        ln.t(json.dumps(v))
    elif isinstance(v, float):
        ln.t(repr(v))
    elif isinstance(v, int):
        ln.t(str(v))
    else:
        raise TypeError(repr(v))


def jline(fam, obj, mode='py', sep=(', ', ': '), prefix=None):
    ln = Ln(fam)
    if prefix:
        ln.add(prefix)
    jw(ln, obj, mode, sep)
    return ln


PY = (', ', ': ')
COMPACT = (',', ':')

# --------------------------------------------------------------------------
# clock and timestamp formats (system timestamps: never labelled)
# --------------------------------------------------------------------------
CLK = [datetime(2024, 11, 18, 5, 58, 3, 118402, tzinfo=timezone.utc)]


def tick(lo=0.15, hi=15.0):
    CLK[0] += timedelta(microseconds=R.randint(int(lo * 1e6), int(hi * 1e6)))
    return CLK[0]


def ms(t):
    return f'{t.microsecond // 1000:03d}'


def f_java(t):
    return t.strftime('%Y-%m-%d %H:%M:%S.') + ms(t)


def f_log4j(t):
    return t.strftime('%Y-%m-%d %H:%M:%S,') + ms(t)


def f_iso(t):
    return t.strftime('%Y-%m-%dT%H:%M:%S.') + ms(t) + 'Z'


def f_rfc(t):
    return t.strftime('%Y-%m-%dT%H:%M:%SZ')


def f_epoch(t):
    return f'{t.timestamp():.7f}'


def f_klog(t, lvl='I'):
    return lvl + t.strftime('%m%d %H:%M:%S.') + f'{t.microsecond:06d}'


def f_nginx(t):
    return t.strftime('%d/%b/%Y:%H:%M:%S +0000')


def f_scanner(t):   # scanner PCs log local time (EST, UTC-5)
    lt = t - timedelta(hours=5)
    return lt.strftime('%m/%d/%Y %H:%M:%S.') + ms(lt)


def f_kubets(t):
    return t.strftime('%Y-%m-%dT%H:%M:%S.') + f'{t.microsecond:06d}' + f'{R.randint(0, 999):03d}Z'


# --------------------------------------------------------------------------
# identifier helpers
# --------------------------------------------------------------------------
def rd(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def ruuid():
    return f'{rhex(8)}-{rhex(4)}-4{rhex(3)}-{R.choice("89ab")}{rhex(3)}-{rhex(12)}'


ULID_CH = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'


def rulid():
    return '01JD' + ''.join(R.choice(ULID_CH) for _ in range(22))


def luhn_digit(payload):
    tot = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


MBI_A = 'ACDEFGHJKMNPQRTUVWXY'
MBI_AN = MBI_A + '0123456789'


def mbi():
    c = R.choice
    return (c('123456789') + c(MBI_A) + c(MBI_AN) + c('0123456789') + c(MBI_A) + c(MBI_AN)
            + c('0123456789') + c(MBI_A) + c(MBI_A) + c('0123456789') + c('0123456789'))


VIN_MAP = dict(zip('ABCDEFGHJKLMNPRSTUVWXYZ', [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(v):
    s = sum((int(ch) if ch.isdigit() else VIN_MAP[ch]) * w for ch, w in zip(v, VIN_W))
    cd = s % 11
    return 'X' if cd == 10 else str(cd)


def vin(prefix8):
    assert len(prefix8) == 8
    al = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
    v = prefix8 + '0' + R.choice('DEFGHJKL') + R.choice(al) + rd(6)
    assert len(v) == 17
    v = v[:8] + vin_check(v) + v[9:]
    assert vin_check(v) == v[8]
    return v


def gtin_check(d13):
    s = sum(int(ch) * (3 if i % 2 == 0 else 1) for i, ch in enumerate(reversed(d13)))
    return str((10 - s % 10) % 10)


def imei():
    tac = R.choice(['35391110', '35882010', '35467811', '86753104', '35332511'])
    body = tac + rd(6)
    return body + luhn_digit(body)


def iban_de():
    bban = R.choice(['37040044', '67250020', '50010517', '10020030']) + rd(10)
    chk = 98 - int(bban + '131400') % 97
    ib = f'DE{chk:02d}{bban}'
    assert int(ib[4:] + '1314' + ib[2:4]) % 97 == 1
    return ib


def card_pan():
    body = R.choice(['453914', '455673', '516732', '542418']) + rd(9)
    pan = body + luhn_digit(body)
    assert luhn_ok(pan)
    return pan


def ssn():
    area = R.randint(101, 665)
    return f'{area:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}'


def b64(nbytes, head=b''):
    return base64.b64encode(head + bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


JPEG_HEAD = b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00'


def fold(s):
    m = {'Ł': 'L', 'ł': 'l', 'ı': 'i', 'Đ': 'D', 'đ': 'd', 'ø': 'o', 'Ø': 'O', 'ß': 'ss'}
    s = ''.join(m.get(ch, ch) for ch in s)
    return ''.join(ch for ch in unicodedata.normalize('NFKD', s) if not unicodedata.combining(ch))


# --------------------------------------------------------------------------
# institutions, staff, equipment (none of this is PHI)
# --------------------------------------------------------------------------
INST = {
    'MERCY': dict(name='Mercy General Hospital', lis='COPATH', fac='MERCY_AP', tenant='mercy',
                  acc=lambda: f'S24-{R.randint(10000, 39999)}', mrn=lambda: '00' + rd(7),
                  addr='1500 Oakwood Blvd, Dearborn, MI 48124', phone='(313) 555-0100'),
    'LAKESHORE': dict(name='Lakeshore Regional Medical Center', lis='BEAKER', fac='LRMC_AP', tenant='lakeshore',
                      acc=lambda: f'SP-24-0{R.randint(10000, 99999)}', mrn=lambda: 'E' + rd(7),
                      addr='2200 Lakeshore Dr, Muskegon, MI 49441', phone='(231) 555-0130'),
    'STBRIGID': dict(name="St. Brigid's Hospital", lis='SUNQUEST', fac='SBH_LAB', tenant='stbrigid',
                     acc=lambda: f'BS24-{R.randint(1000, 19999):05d}', mrn=lambda: 'SB' + rd(7),
                     addr='801 N Superior St, Toledo, OH 43604', phone='(419) 555-0117'),
}
US_INST = ['MERCY', 'MERCY', 'LAKESHORE', 'STBRIGID']

PATHOLOGISTS = [('Priya', 'Raman', 'praman', '1629074183'), ('Ines', 'Carvalho', 'icarvalho', '1396825570'),
                ('Olusegun', 'Bello', 'obello', '1508862291'), ('Hye-jin', 'Kang', 'hkang', '1174609235'),
                ('Marcus', 'Feld', 'mfeld', '1952318846'), ('Aisha', 'Rahman', 'arahman', '1285736610'),
                ('Giulia', 'Conti', 'gconti', '1063527781'), ('Keiko', 'Mori', 'kmori', '1730948852')]
SURGEONS = [('Luis', 'Ortega', '1447283910'), ('Hannah', 'Kim', '1811920374'), ('Femi', 'Adebayo', '1356002817'),
            ('Rebecca', 'Stein', '1093817264'), ('Tomasz', 'Wrobel', '1265039187')]
TECHS = ['kpatel', 'rlopez', 'abarnes', 'sjohansson', 'dtanaka', 'mhoang', 'jfrancois']

SCN = {
    'MERCY': [('GT450-5800173', 'Leica Biosystems', 'Aperio GT 450', '5800173', '1.2.1.0012'),
              ('GT450-5800219', 'Leica Biosystems', 'Aperio GT 450', '5800219', '1.2.1.0012')],
    'LAKESHORE': [('NZS360-001142', 'Hamamatsu', 'NanoZoomer S360', '001142', '4.0.12.1041')],
    'STBRIGID': [('UFS-PH00417', 'Philips', 'IntelliSite UFS', 'PH00417', '1.8.6614.20230817')],
}

REFERRERS = [
    ('Lakeshore Regional Medical Center', '2200 Lakeshore Dr, Muskegon, MI 49441', '(231) 555-0130', '(231) 555-0131', 'Dr. Hye-jin Kang', 'pathology.referrals@lakeshorehealth.org'),
    ("St. Brigid's Hospital", '801 N Superior St, Toledo, OH 43604', '(419) 555-0117', '(419) 555-0118', 'Dr. Marcus Feld', 'ap-consults@stbrigid.org'),
    ('Northern Lakes Dermatology', '45 W Front St Ste 300, Traverse City, MI 49684', '(231) 555-0112', '(231) 555-0113', 'Dr. Rebecca Stein', 'frontdesk@nldermatology.com'),
    ('Universitätsklinikum Heidelberg, Pathologisches Institut', 'Im Neuenheimer Feld 224, 69120 Heidelberg', '+49 6221 56-0', '+49 6221 56-5251', 'Prof. Dr. Karin Vogt', 'konsil.pathologie@med.uni-heidelberg.example'),
]

MODELS = {
    'prostate-gleason': ('3.2.1', '2024-06-30'), 'breast-her2-ihc': ('2.0.4', '2024-04-15'),
    'crc-msi-predict': ('1.7.0', '2024-03-31'), 'lung-pdl1-tps': ('2.3.2', '2024-08-01'),
    'derm-bcc-screen': ('1.1.9', '2023-12-31'), 'thyroid-ptc': ('0.9.3', '2024-05-20'),
    'ln-metastasis-detect': ('4.0.1', '2024-07-12'), 'gi-dysplasia': ('1.4.0', '2024-02-29'),
}

SPECS = {
    'prostate_bx': dict(desc='Prostate, needle core biopsies (12)', dx='Prostatic adenocarcinoma, Gleason score 3+4=7 (Grade Group 2), involving 3 of 12 cores', model='prostate-gleason', sub='GU', sex='M', icd='C61', cpt='88305x12', stains=['HE', 'PIN4']),
    'breast_cnb': dict(desc='Breast, left, 2 o\'clock, ultrasound-guided core biopsy', dx='Invasive ductal carcinoma, Nottingham grade 2; ER positive (95%), PR positive (40%), HER2 negative (1+)', model='breast-her2-ihc', sub='BREAST', sex='F', icd='C50.212', cpt='88305,88360x3', stains=['HE', 'ER', 'PR', 'HER2']),
    'colon_res': dict(desc='Colon, sigmoid, resection', dx='Adenocarcinoma, moderately differentiated, invading pericolorectal tissue (pT3), 2 of 18 lymph nodes positive (pN1b)', model='crc-msi-predict', sub='GI', sex='', icd='C18.7', cpt='88309,88307', stains=['HE', 'MLH1', 'PMS2']),
    'lung_wedge': dict(desc='Lung, right upper lobe, wedge resection', dx='Invasive non-mucinous adenocarcinoma, acinar predominant, 1.8 cm, margins negative', model='lung-pdl1-tps', sub='THORACIC', sex='', icd='C34.11', cpt='88307,88360', stains=['HE', 'PD-L1', 'TTF1']),
    'skin_shave': dict(desc='Skin, left nasal ala, shave biopsy', dx='Basal cell carcinoma, nodular type, extending to peripheral margin', model='derm-bcc-screen', sub='DERM', sex='', icd='C44.311', cpt='88305', stains=['HE']),
    'thyroid_ft': dict(desc='Thyroid, total thyroidectomy', dx='Papillary thyroid carcinoma, classic type, 1.1 cm, confined to thyroid (pT1b)', model='thyroid-ptc', sub='ENDO', sex='', icd='C73', cpt='88307', stains=['HE']),
    'ln_sentinel': dict(desc='Lymph node, left axillary sentinel #1-3, excision', dx='Metastatic carcinoma in 1 of 3 sentinel lymph nodes (macrometastasis, 4 mm)', model='ln-metastasis-detect', sub='BREAST', sex='F', icd='C77.3', cpt='88307x3', stains=['HE', 'AE1/AE3']),
    'gi_bx': dict(desc='Colon, transverse, polypectomy', dx='Tubular adenoma with low-grade dysplasia; negative for high-grade dysplasia', model='gi-dysplasia', sub='GI', sex='', icd='D12.3', cpt='88305', stains=['HE']),
}

CITIES = [('Dearborn', 'Wayne County', 'MI', '481', '313'), ('Ann Arbor', 'Washtenaw County', 'MI', '481', '734'),
          ('Ypsilanti', 'Washtenaw County', 'MI', '481', '734'), ('Muskegon', 'Muskegon County', 'MI', '494', '231'),
          ('Grand Haven', 'Ottawa County', 'MI', '494', '616'), ('Toledo', 'Lucas County', 'OH', '436', '419'),
          ('Sandusky', 'Erie County', 'OH', '448', '419'), ('Lansing', 'Ingham County', 'MI', '489', '517'),
          ('Kalamazoo', 'Kalamazoo County', 'MI', '490', '269'), ('Fort Wayne', 'Allen County', 'IN', '468', '260'),
          ('Hamtramck', 'Wayne County', 'MI', '482', '313'), ('Bowling Green', 'Wood County', 'OH', '434', '419')]
STREETS = ['Birch Hollow Rd', 'Maple Ave', 'Telegraph Rd', 'Ferris St', 'Linden Ct', 'Huron River Dr',
           'Cherry Hill Rd', 'Division St', 'Westnedge Ave', 'Lakeview Dr', 'Prairie Ln', 'Michigan Ave',
           'Greenfield Rd', 'Sycamore Trl', 'Conant St', 'Monroe St', 'Harbor Pointe Dr', 'Sherman Blvd']
PUB_IP_PREFIX = ['73.162', '98.207', '24.11', '68.40', '99.61', '107.4', '174.51', '71.230', '67.149']

# first, middle, last, sex, yob, home institution, kin (name, relationship)
PEOPLE_SPEC = [
    ('Zofia', 'A', 'Nowak', 'F', 1933, 'MERCY', ('Piotr Nowak', 'SON')),
    ('Chinedu', '', 'Okafor', 'M', 1958, 'MERCY', ('Adaeze Okafor', 'SPO')),
    ('Hạnh', 'Thị', 'Nguyễn', 'F', 1971, 'LAKESHORE', ('Trần Văn Minh', 'SPO')),
    ('João', '', 'Pereira', 'M', 1949, 'MERCY', ('Ana Pereira', 'SPO')),
    ('Samir', '', 'Haddad', 'M', 1962, 'MERCY', ('Rania Haddad', 'SPO')),
    ('Aino', '', 'Virtanen', 'F', 1988, 'STBRIGID', ('Eero Virtanen', 'FTH')),
    ('Min-jun', '', 'Park', 'M', 1976, 'LAKESHORE', ('Seo-yeon Park', 'SPO')),
    ('Priyanka', '', 'Iyer', 'F', 1984, 'MERCY', ('Karthik Iyer', 'SPO')),
    ('Guadalupe', '', 'Ramírez', 'F', 1931, 'STBRIGID', ('Rosa Ramírez Soto', 'DAU')),
    ('Declan', 'P', "O'Sullivan", 'M', 1955, 'MERCY', ("Siobhan O'Sullivan", 'SPO')),
    ('Eleni', '', 'Papadopoulou', 'F', 1967, 'LAKESHORE', ('Nikos Papadopoulos', 'SPO')),
    ('Mehmet', '', 'Yılmaz', 'M', 1959, 'MERCY', ('Ayşe Yılmaz', 'SPO')),
    ('Haruto', '', 'Takahashi', 'M', 1944, 'STBRIGID', ('Yui Takahashi', 'DAU')),
    ('Tigist', '', 'Bekele', 'F', 1990, 'MERCY', ('Dawit Bekele', 'BRO')),
    ('Sigrún', '', 'Jónsdóttir', 'F', 1980, 'LAKESHORE', ('Gunnar Ólafsson', 'SPO')),
    ('Amélie', '', 'Dubois', 'F', 1973, 'MERCY', ('Louis Dubois', 'SON')),
    ('Kwame', '', 'Asante', 'M', 1947, 'STBRIGID', ('Akosua Asante', 'SPO')),
    ('Fatima Zahra', '', 'El Amrani', 'F', 1969, 'MERCY', ('Youssef El Amrani', 'SPO')),
    ('Dmitri', '', 'Volkov', 'M', 1961, 'LAKESHORE', ('Irina Volkova', 'SPO')),
    ('Maja', '', 'Lindqvist', 'F', 1979, 'MERCY', ('Erik Lindqvist', 'SPO')),
    ('Ahmad', '', 'Karimi', 'M', 1934, 'MERCY', ('Leila Karimi', 'DAU')),
    ('Lucía', '', 'Fernández', 'F', 1995, 'STBRIGID', ('Carmen Fernández', 'MTH')),
    ('Olumide', '', 'Adeyemi', 'M', 1966, 'MERCY', ('Funmilayo Adeyemi', 'SPO')),
    ('Anjali', '', 'Menon', 'F', 1957, 'LAKESHORE', ('Vikram Menon', 'SON')),
    ('Patrick', 'J', 'Brennan', 'M', 1928, 'MERCY', ('Maureen Brennan', 'DAU')),
    ('Ngozi', '', 'Eze', 'F', 1982, 'STBRIGID', ('Chiamaka Eze', 'SIS')),
    ('Wei', '', 'Chen', 'M', 1950, 'MERCY', ('Lin Chen', 'SPO')),
    ('Isabella', '', 'Rossi', 'F', 1963, 'LAKESHORE', ('Marco Rossi', 'SPO')),
    ('Hēmi', '', 'Walker', 'M', 1970, 'MERCY', ('Aroha Walker', 'SPO')),
    ('Astrid', '', 'Halvorsen', 'F', 1999, 'STBRIGID', ('Bjørn Halvorsen', 'FTH')),
]

USED_ACC = set()


def new_acc(inst):
    while True:
        a = INST[inst]['acc']()
        if a not in USED_ACC:
            USED_ACC.add(a)
            return a


def age_on(dob, d=TODAY):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


def make_case(p, inst):
    opts = [k for k, v in SPECS.items() if v['sex'] in ('', p['sex'])]
    spec = R.choice(opts)
    parts = 'ABCDEF'[:R.randint(1, 3)]
    blocks = []
    for pt in parts:
        for b in range(1, R.randint(1, 3) + 1):
            blocks.append(f'{pt}{b}')
    slides = []
    for blk in blocks:
        for st in SPECS[spec]['stains'][:R.randint(1, len(SPECS[spec]['stains']))]:
            slides.append((blk, len([s for s in slides if s[0] == blk]) + 1, st))
    coll = datetime(TODAY.year, TODAY.month, TODAY.day, R.randint(7, 16), R.choice([0, 5, 12, 20, 31, 44, 50])) - timedelta(days=R.randint(1, 9))
    return dict(acc=new_acc(inst), inst=inst, spec=spec, blocks=blocks, slides=slides, coll=coll,
                placer='EP' + rd(8), uuid=ruuid(), pathologist=R.choice(PATHOLOGISTS),
                surgeon=R.choice(SURGEONS))


def make_person(spec):
    first, middle, last, sex, yob, inst, kin = spec
    p = dict(first=first, middle=middle, last=last, sex=sex, inst=inst)
    p['dob'] = date(yob, R.randint(1, 10), R.randint(1, 28))
    p['age'] = age_on(p['dob'])
    city = R.choice(CITIES)
    p['street'] = f'{R.randint(100, 9899)} {R.choice(STREETS)}'
    p['apt'] = R.choice(['', '', '', 'Apt 4B', 'Unit 12', 'Apt 207', 'Lot 31'])
    p['city'], p['county'], p['state'] = city[0], city[1], city[2]
    p['zip'] = city[3] + rd(2)
    p['ph'] = (city[4], '555', f'01{R.randint(40, 99):02d}')
    p['fax'] = (city[4], '555', f'01{R.randint(40, 99):02d}') if R.random() < 0.4 else None
    dom = R.choice(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'proton.me', 'comcast.net'])
    fl = fold(first).lower().replace(' ', '').replace("'", '')
    ll = fold(last).lower().replace(' ', '').replace("'", '')
    p['email'] = R.choice([f'{fl}.{ll}{yob % 100}@{dom}', f'{fl[0]}{ll}{R.randint(1, 99)}@{dom}', f'{ll}.{fl}@{dom}'])
    p['ssn'] = ssn()
    p['mrn'] = INST[inst]['mrn']()
    p['acct'] = R.choice(['A', 'H', '7']) + rd(9)
    if p['age'] >= 65:
        p['plan'] = ('MCR', 'Medicare Part B', mbi(), '')
    else:
        p['plan'] = R.choice([('BCBSM', 'Blue Cross Blue Shield of Michigan', 'XYP' + rd(9), '0' + rd(6)),
                              ('PRIO', 'Priority Health', 'PH' + rd(9), 'G' + rd(5)),
                              ('AETNA', 'Aetna Choice POS II', 'W' + rd(9), rd(7) + '-010'),
                              ('MCD', 'Michigan Medicaid', rd(10), '')])
    st = p['state']
    if st == 'MI':
        p['dl'] = fold(last)[0].upper() + rd(12)
    elif st == 'OH':
        p['dl'] = R.choice('ABCDERST') + R.choice('ABCDERST') + rd(6)
    else:
        p['dl'] = rd(4) + '-' + rd(2) + '-' + rd(4)
    p['kin'] = kin
    p['kin_ph'] = (city[4], '555', f'01{R.randint(40, 99):02d}')
    p['user'] = f'{fl[0]}{ll}{yob % 100}'
    p['ip'] = f'{R.choice(PUB_IP_PREFIX)}.{R.randint(1, 254)}.{R.randint(1, 254)}'
    p['cases'] = [make_case(p, inst)]
    if R.random() < 0.3:
        p['cases'].append(make_case(p, inst))
    return p


PEOPLE = [make_person(s) for s in PEOPLE_SPEC]

# an international second-opinion patient (Germany) and an ME decedent
MUELLER = dict(first='Jürgen', middle='', last='Müller', sex='M', dob=date(1952, 3, 27), inst='EXT',
               street='Bergheimer Str. 58', apt='', city='Heidelberg', county='', state='BW', zip='69115',
               phone='+49 6221 5550142', email='j.mueller52@web.de', mrn='HD' + rd(8),
               outside_acc='E/2024/0' + rd(5), iban=iban_de(), user='jmueller52')
MUELLER['age'] = age_on(MUELLER['dob'])
DEMIR = dict(first='Yusuf', last='Demir', dob=date(1987, 8, 2), dod=date(2024, 11, 12), me='ME-24-0' + rd(4),
             vin=vin(R.choice(['1HGCV1F3', '3VWC57BU', '1FTEW1EP'])), plate=R.choice(['EKT4821', 'DNR 7714', 'CKY 2093']))
DEMIR['age'] = age_on(DEMIR['dob'], DEMIR['dod'])

RECENT = []


def pick():
    if RECENT and R.random() < 0.55:
        p = R.choice(RECENT[-6:])
    elif R.random() < 0.15:
        p = R.choice([x for x in PEOPLE if x['age'] > 89])
    else:
        p = R.choice(PEOPLE)
    RECENT.append(p)
    return p


def pick_case(p):
    return R.choice(p['cases'])


def phone(ph, style):
    a, b, c = ph
    return {'paren': f'({a}) {b}-{c}', 'dash': f'{a}-{b}-{c}', 'hl7': f'({a}){b}-{c}',
            'e164': f'+1{a}{b}{c}', 'dot': f'{a}.{b}.{c}', 'raw': f'{a}{b}{c}'}[style]


def hl7name(p):
    s = fold(p['last']).upper() + '^' + fold(p['first']).upper()
    if p.get('middle'):
        s += '^' + fold(p['middle']).upper()
    return s


def full(p):
    return f"{p['first']} {p['last']}"


def lastfirst(p, fold_=False, upper=False):
    s = f"{p['last']}, {p['first']}"
    if fold_:
        s = fold(s)
    return s.upper() if upper else s


def age_piece(age, text=None):
    text = text if text is not None else str(age)
    return (text, 'age') if age > 89 else text


def slide_of(c):
    return R.choice(c['slides'])


def hexs(n):
    return rhex(n)


def fam_ip():
    return f'10.{R.choice([12, 40, 41, 88])}.{R.randint(0, 15)}.{R.randint(2, 250)}'


# --------------------------------------------------------------------------
# event generators: each returns a list of Ln
# --------------------------------------------------------------------------
def ev_scanner(want):
    fam = 'scanner-text'
    if want:
        p = pick()
        c = pick_case(p)
        inst = c['inst']
    else:
        inst = R.choice(US_INST)
    sc = R.choice(SCN[inst])
    rack, slot = R.randint(1, 32), R.randint(1, 15)
    imgid = str(R.randint(700000, 899999))

    def pre(level='INFO', comp='ScanEngine'):
        return [f_scanner(tick(0.5, 20)), f' {level:<5} [{sc[0]}] {comp}: ']

    out = []
    nonphi = [
        lambda: Ln(fam, pre(), f'Rack {rack} loaded: {R.randint(8, 20)} slides detected, {R.randint(0, 2)} tilted, {R.randint(0, 1)} missing coverslip'),
        lambda: Ln(fam, pre(comp='FocusMap'), f'Rack {rack} slot {slot}: {R.randint(9, 40)} focus points, z-range {R.uniform(8, 22):.1f} um, tissue area {R.uniform(40, 480):.1f} mm2'),
        lambda: Ln(fam, pre(comp='Stitcher'), f'Stitching complete {R.choice([98304, 110592, 86016])}x{R.choice([71680, 64512, 79872])} px, {R.randint(180, 520)} stripes, {R.uniform(20, 90):.1f} s'),
        lambda: Ln(fam, pre(comp='Transfer'), f'Image {imgid} copied to \\\\ims-store01\\incoming\\{sc[0]} {R.uniform(0.4, 3.2):.2f} GB in {R.uniform(8, 60):.1f} s ({R.uniform(40, 110):.1f} MB/s)'),
        lambda: Ln(fam, pre('WARN', 'Barcode'), f'Rack {rack} slot {slot}: barcode decode failed (attempt {R.randint(1, 2)}/3), falling back to label OCR'),
        lambda: Ln(fam, pre(comp='Health'), f'Lamp hours {R.randint(1200, 9000)}; calibration profile CAL-2024-10-{R.randint(1, 28):02d} OK; firmware {sc[4]} serial {sc[3]}'),
        lambda: Ln(fam, pre('ERROR', 'Transfer'), f'SMB write to \\\\ims-store01\\incoming failed: STATUS_NETWORK_NAME_DELETED (0xC00000C9), retry in 30 s'),
    ]
    if want:
        blk, n, st = slide_of(c)
        acc = (c['acc'], 'other_id')
        tmpl = R.randint(0, 3)
        if tmpl == 0:
            out.append(Ln(fam, pre(comp='Barcode'), f"Rack {rack} slot {slot}: barcode '", acc, f";{blk};{n};{st}' decoded (DataMatrix, q={R.uniform(0.8, 0.99):.2f})"))
            out.append(R.choice(nonphi[1:3])())
        elif tmpl == 1:
            out.append(Ln(fam, pre(comp='ImageWriter'), f'Image {imgid} written: D:\\ScanOut\\', acc, f'_{blk}_{n}_{st}_{imgid}.svs ({R.uniform(0.4, 3.2):.2f} GB, 40x, 0.2628 mpp)'))
        elif tmpl == 2:
            out.append(Ln(fam, pre('WARN', 'QC'), 'Rescan queued for ', acc, f' block {blk} slide {n} ({st}): focus quality {R.uniform(0.4, 0.74):.2f} < 0.75, {R.randint(5, 40)}% tissue out of focus (operator {R.choice(TECHS)})'))
        else:
            out.append(R.choice(nonphi)())
            out.append(Ln(fam, pre(comp='LabelOCR'), f'slot {slot}: "', acc, f' {blk}-{n} {st}" matched LIS case, macro image saved as label_{imgid}.jpg'))
    else:
        for f in R.sample(nonphi, R.randint(1, 2)):
            out.append(f())
    return out


def dcm(fam, tag, vr, pieces, kw, kind='str', length=None, vm='1'):
    ln = Ln(fam, f'({tag}) {vr} ')
    if not isinstance(pieces, list):
        pieces = [pieces]
    text = ''.join(x if isinstance(x, str) else x[0] for x in pieces)
    if kind == 'str':
        shown = '[' + text + ']'
        if length is None:
            length = len(text.encode('utf-8'))
            length += length % 2
        ln.t('[')
        ln.add(pieces)
        ln.t(']')
    elif kind == 'uid':
        shown = '=' + text
        ln.t('=')
        ln.add(pieces)
    else:
        shown = text
        ln.add(pieces)
    pad = max(1, 41 - len(shown))
    ln.t(' ' * pad + f'#{length:4d}, {vm} {kw}')
    return ln


def pyd(fam, tag, desc, vr, pieces, quote=True):
    ln = Ln(fam, f'({tag[:4]}, {tag[5:]}) {desc:<35} {vr}: ')
    if quote:
        ln.t("'")
    ln.add(pieces)
    if quote:
        ln.t("'")
    return ln


def ev_dicom(want):
    fam = 'dicom-dump'
    if want:
        p = pick()
        c = pick_case(p)
        inst = c['inst']
    else:
        inst = R.choice(US_INST)
    sc = R.choice(SCN[inst])
    uidroot = '1.2.826.0.1.3680043.10.1187.'
    study_uid = uidroot + rd(6) + '.' + rd(10)
    sop = study_uid + '.' + str(R.randint(1, 9)) + '.' + rd(4)
    cols, rows = R.choice([98304, 110592, 86016]), R.choice([71680, 64512, 79872])
    out = []
    tick(0.5, 5)
    if R.random() < 0.6:
        # dcmdump
        out.append(Ln(fam, '# Dicom-File-Format'))
        out.append(Ln(fam, '# Dicom-Meta-Information-Header'))
        out.append(Ln(fam, '# Used TransferSyntax: Little Endian Explicit'))
        out.append(dcm(fam, '0002,0010', 'UI', 'JPEGBaseline8Bit', 'TransferSyntaxUID', kind='uid', length=22))
        out.append(Ln(fam, '# Dicom-Data-Set'))
        out.append(Ln(fam, '# Used TransferSyntax: JPEG Baseline'))
        out.append(dcm(fam, '0008,0016', 'UI', 'VLWholeSlideMicroscopyImageStorage', 'SOPClassUID', kind='uid', length=28))
        out.append(dcm(fam, '0008,0018', 'UI', sop, 'SOPInstanceUID'))
        if want:
            sd = c['coll'].strftime('%Y%m%d')
            out.append(dcm(fam, '0008,0020', 'DA', [(sd, 'date')], 'StudyDate'))
            out.append(dcm(fam, '0008,0050', 'SH', [(c['acc'], 'other_id')], 'AccessionNumber'))
        out.append(dcm(fam, '0008,0060', 'CS', 'SM', 'Modality'))
        out.append(dcm(fam, '0008,0070', 'LO', sc[1], 'Manufacturer'))
        if want:
            out.append(dcm(fam, '0008,0080', 'LO', INST[inst]['name'], 'InstitutionName'))
            ph = c['pathologist']
            out.append(dcm(fam, '0008,0090', 'PN', f"{ph[1]}^{ph[0]}", 'ReferringPhysicianName'))
        out.append(dcm(fam, '0008,1090', 'LO', sc[2], 'ManufacturerModelName'))
        if want:
            nm = hl7name(p) if R.random() < 0.6 else f"{p['last']}^{p['first']}"
            out.append(dcm(fam, '0010,0010', 'PN', [(nm, 'name')], 'PatientName'))
            out.append(dcm(fam, '0010,0020', 'LO', [(p['mrn'], 'mrn')], 'PatientID'))
            out.append(dcm(fam, '0010,0021', 'LO', INST[inst]['fac'], 'IssuerOfPatientID'))
            out.append(dcm(fam, '0010,0030', 'DA', [(p['dob'].strftime('%Y%m%d'), 'date')], 'PatientBirthDate'))
            out.append(dcm(fam, '0010,0040', 'CS', p['sex'], 'PatientSex'))
            a = f"{p['age']:03d}Y"
            out.append(dcm(fam, '0010,1010', 'AS', [age_piece(p['age'], a)], 'PatientAge'))
            if R.random() < 0.3:
                out.append(dcm(fam, '0010,2154', 'SH', [(phone(p['ph'], 'dash'), 'phone')], 'PatientTelephoneNumbers'))
        out.append(dcm(fam, '0018,1000', 'LO', sc[3], 'DeviceSerialNumber'))
        out.append(dcm(fam, '0018,1020', 'LO', sc[4], 'SoftwareVersions'))
        out.append(dcm(fam, '0020,000d', 'UI', study_uid, 'StudyInstanceUID'))
        if want:
            blk, n, st = slide_of(c)
            out.append(dcm(fam, '0040,0512', 'LO', [(c['acc'], 'other_id'), f'-{blk}-{n}'], 'ContainerIdentifier'))
        out.append(dcm(fam, '0048,0006', 'UL', str(cols), 'TotalPixelMatrixColumns', kind='num', length=4))
        out.append(dcm(fam, '0048,0007', 'UL', str(rows), 'TotalPixelMatrixRows', kind='num', length=4))
        out.append(dcm(fam, '0028,0010', 'US', '240', 'Rows', kind='num', length=2))
        if not want:
            out.append(dcm(fam, '0048,0001', 'FL', f'{cols * 0.00025:.6g}', 'ImagedVolumeWidth', kind='num', length=4))
            out.append(dcm(fam, '0048,0105', 'SQ', '(Sequence with explicit length #=1)', 'OpticalPathSequence', kind='num', length=R.randint(200, 400)))
    else:
        out.append(Ln(fam, f'Dataset.file_meta -------------------------------'))
        out.append(pyd(fam, '0002,0010', 'Transfer Syntax UID', 'UI', 'JPEG Baseline (Process 1)', quote=False))
        out.append(Ln(fam, '-------------------------------------------------'))
        out.append(pyd(fam, '0008,0016', 'SOP Class UID', 'UI', 'VL Whole Slide Microscopy Image Storage', quote=False))
        if want:
            out.append(pyd(fam, '0008,0020', 'Study Date', 'DA', [(c['coll'].strftime('%Y%m%d'), 'date')]))
            out.append(pyd(fam, '0008,0050', 'Accession Number', 'SH', [(c['acc'], 'other_id')]))
        out.append(pyd(fam, '0008,0070', 'Manufacturer', 'LO', sc[1]))
        if want:
            out.append(pyd(fam, '0010,0010', "Patient's Name", 'PN', [(f"{p['last']}^{p['first']}", 'name')]))
            out.append(pyd(fam, '0010,0020', 'Patient ID', 'LO', [(p['mrn'], 'mrn')]))
            out.append(pyd(fam, '0010,0030', "Patient's Birth Date", 'DA', [(p['dob'].strftime('%Y%m%d'), 'date')]))
            if R.random() < 0.5:
                oth = INST[R.choice([k for k in INST if k != inst])]['mrn']()
                out.append(pyd(fam, '0010,1000', 'Other Patient IDs', 'LO', [(oth, 'mrn')]))
        out.append(pyd(fam, '0018,1000', 'Device Serial Number', 'LO', sc[3]))
        out.append(pyd(fam, '0020,000d', 'Study Instance UID', 'UI', study_uid))
        out.append(pyd(fam, '0048,0006', 'Total Pixel Matrix Columns', 'UL', str(cols), quote=False))
        out.append(pyd(fam, '0048,0007', 'Total Pixel Matrix Rows', 'UL', str(rows), quote=False))
    return out


# ---------------- HL7 ----------------
def seg(name, fields):
    n = max(fields)
    out = [name]
    for i in range(1, n + 1):
        out.append('|')
        v = fields.get(i, '')
        out.append(v)
    return out


def xcn(doc):
    # staff: NPI^Last^First^^^^MD
    return f'{doc[-1]}^{doc[1]}^{doc[0]}^^^^MD'


def hl7_segments(p, c, kind, extras=False):
    inst = INST[c['inst']]
    now = CLK[0]
    mts = now.strftime('%Y%m%d%H%M%S')
    ctrl = f'{inst["lis"][:2]}{now.strftime("%m%d%H%M%S")}{R.randint(100, 999)}'
    mtype = 'ORU^R01^ORU_R01' if kind == 'ORU' else 'ORM^O01^ORM_O01'
    segs = [[f'MSH|^~\\&|{inst["lis"]}|{inst["fac"]}|HISTOLOOM|HLM_CLOUD|{mts}||{mtype}|{ctrl}|P|2.5.1|||AL|NE']]
    addr = [(p['street'], 'address'), '^']
    if p['apt']:
        addr.append((p['apt'], 'address'))
    addr += ['^', (p['city'], 'address'), f"^{p['state']}^", (p['zip'], 'zip'), '^USA']
    ph = [(phone(p['ph'], 'hl7'), 'phone'), '^PRN^PH']
    if p['fax'] and R.random() < 0.7:
        ph += ['~', (phone(p['fax'], 'hl7'), 'fax'), '^PRN^FX']
    if R.random() < 0.4:
        ph += ['~^NET^Internet^', (p['email'], 'email')]
    pid = {1: '1', 3: [(p['mrn'], 'mrn'), f'^^^{inst["fac"]}^MR'], 5: [(hl7name(p), 'name')],
           7: [(p['dob'].strftime('%Y%m%d'), 'date')], 8: p['sex'], 11: addr, 13: ph,
           15: 'eng^English^HL70296', 16: R.choice(['M', 'S', 'W', 'D'])}
    if R.random() < 0.7:
        pid[18] = [(p['acct'], 'account'), '^^^' + inst['fac'] + '^AN']
    if R.random() < 0.5:
        pid[19] = [(p['ssn'], 'ssn')]
    if R.random() < 0.5:
        pid[20] = [(p['dl'], 'license'), '^' + p['state']]
    segs.append(seg('PID', pid))
    segs.append(seg('PV1', {1: '1', 2: 'O', 3: f'SURG^^^{inst["fac"]}', 7: xcn(c['surgeon']), 10: 'SUR'}))
    if extras:
        kn, rel = p['kin']
        kparts = kn.split(' ', 1)
        segs.append(seg('NK1', {1: '1', 2: [(fold(kparts[-1]).upper() + '^' + fold(kparts[0]).upper(), 'name')],
                                3: f'{rel}^{ {"SPO": "Spouse", "SON": "Son", "DAU": "Daughter", "FTH": "Father", "MTH": "Mother", "BRO": "Brother", "SIS": "Sister"}[rel] }^HL70063',
                                5: [(phone(p['kin_ph'], 'hl7'), 'phone'), '^PRN^PH']}))
        code, pname, member, grp = p['plan']
        in1 = {1: '1', 2: code, 3: {'MCR': '00882', 'BCBSM': '00710', 'PRIO': '38217', 'AETNA': '60054', 'MCD': '00690'}[code],
               4: pname, 8: grp, 16: [(hl7name(p), 'name')], 17: 'SEL',
               18: [(p['dob'].strftime('%Y%m%d'), 'date')], 36: [(member, 'health_plan')]}
        segs.append(seg('IN1', in1))
        if R.random() < 0.5:
            segs.append(seg('GT1', {1: '1', 3: [(hl7name(p), 'name')], 5: addr, 6: [(phone(p['ph'], 'hl7'), 'phone')],
                                    8: [(p['dob'].strftime('%Y%m%d'), 'date')], 9: p['sex'], 11: 'SEL', 12: [(p['ssn'], 'ssn')]}))
    ordc = 'RE' if kind == 'ORU' else 'NW'
    segs.append(seg('ORC', {1: ordc, 2: c['placer'], 3: [(c['acc'], 'other_id')], 5: 'CM' if kind == 'ORU' else 'SC',
                            9: mts, 12: xcn(c['surgeon'])}))
    sp = SPECS[c['spec']]
    svc = '88305^Surgical pathology^CPT4' if kind == 'ORU' else f'HLM-{sp["sub"]}^Histoloom {sp["model"]} analysis^L'
    obr = {1: '1', 2: c['placer'], 3: [(c['acc'], 'other_id')], 4: svc,
           7: [(c['coll'].strftime('%Y%m%d%H%M'), 'date')], 16: xcn(c['surgeon']), 24: 'SP',
           25: 'F' if kind == 'ORU' else 'O'}
    if kind == 'ORU':
        pa = c['pathologist']
        obr[32] = f'{pa[3]}&{pa[1]}&{pa[0]}'
    segs.append(seg('OBR', obr))
    if kind == 'ORU':
        sexw = {'F': 'woman', 'M': 'man'}[p['sex']]
        hx = ['CLINICAL HISTORY: ', age_piece(p['age']), f'-year-old {sexw}, ' + R.choice(['r/o malignancy', 'abnormal imaging', 'elevated PSA 8.2 ng/mL', 'lesion enlarging over 3 months', 'screening'])]
        segs.append(seg('OBX', {1: '1', 2: 'FT', 3: '22636-5^Path report.relevant Hx^LN', 5: hx, 11: 'F'}))
        gross = [f'GROSS: Received in formalin labeled with the patient\'s name, "', (lastfirst(p, True, True), 'name'),
                 '", and "', sp['desc'].split(',')[0].lower(), f'" are {R.randint(1, 12)} tan-pink tissue fragments measuring {R.uniform(0.2, 4.5):.1f} cm in aggregate.\\.br\\Entirely submitted in cassettes {c["blocks"][0]}-{c["blocks"][-1]}.']
        if R.random() < 0.5:
            segs.append(seg('OBX', {1: '2', 2: 'FT', 3: '22634-0^Path report.gross observation^LN', 5: gross, 11: 'F'}))
        segs.append(seg('OBX', {1: '3', 2: 'FT', 3: '22637-3^Path report.final diagnosis^LN',
                                5: f'A. {sp["desc"].upper()}:\\.br\\- {sp["dx"]}.', 11: 'F'}))
    return segs


def ev_hl7(want):
    fam = 'hl7-mllp'
    out = []

    def pre(level='INFO', thread=None, logger='i.h.lis.hl7.MllpInbound', fast=False):
        t = tick(0.0005, 0.004) if fast else tick(0.1, 6)
        return [f_log4j(t), f' {level:<5} [{thread or "mllp-listener-" + str(R.randint(1, 4))}] {logger} - ']

    peer = f'/{fam_ip()}:{R.randint(40000, 65000)}'
    if want:
        p = pick()
        c = pick_case(p)
        kind = R.choice(['ORU', 'ORU', 'ORM'])
        segs = hl7_segments(p, c, kind, extras=(kind == 'ORM' or R.random() < 0.3))
        mode = R.random()
        if mode < 0.7:
            body = Ln(fam)
            for i, s in enumerate(segs):
                if i:
                    body.t('\\r')
                body.add(s)
            nchars = len(body.b.decode('utf-8')) - len(segs) + 1
            ln = Ln(fam, pre(), f'Received {kind}^{"R01" if kind == "ORU" else "O01"} from {peer} ({nchars} chars): ')
            for i, s in enumerate(segs):
                if i:
                    ln.t('\\r')
                ln.add(s)
            out.append(ln)
        else:
            th = f'mllp-listener-{R.randint(1, 4)}'
            out.append(Ln(fam, pre(thread=th), f'Inbound message from {peer}, {len(segs)} segments:'))
            for s in segs:
                out.append(Ln(fam, pre('DEBUG', th, 'i.h.lis.hl7.SegmentDumper', True), '  ', s))
        out.append(Ln(fam, pre(), f'ACK AA sent ctrl={segs[0][0].split("|")[9]} latency={R.randint(4, 60)}ms'))
    else:
        opts = [
            lambda: Ln(fam, pre(), f'Connection accepted from {peer}'),
            lambda: Ln(fam, pre(), f'Message validated: ORU^R01 v2.5.1 segments={R.randint(6, 14)} bytes={R.randint(900, 4800)}'),
            lambda: Ln(fam, pre('WARN'), f'Duplicate MSH-10 CP{R.randint(1000000000, 9999999999)}{R.randint(100, 999)} ignored (seen 00:00:{R.randint(10, 59)} ago)'),
            lambda: Ln(fam, pre(), f'Idle timeout, closing {peer} after 300000 ms'),
            lambda: Ln(fam, pre('ERROR', logger='i.h.lis.hl7.OrderMapper'), f'OBR-4 code HLM-XYZ not mapped for tenant {R.choice(list(INST.values()))["tenant"]}; message NAKed (AE) ctrl=BE{R.randint(10000000, 99999999)}'),
            lambda: Ln(fam, pre(logger='i.h.lis.hl7.MllpServer'), f'MLLP server listening on 0.0.0.0:2575 (tls=true, maxFrame=1048576, workers=8)'),
        ]
        for f in R.sample(opts, R.randint(1, 2)):
            out.append(f())
    return out


def ev_ai(want):
    fam = 'ai-inference-json'
    out = []
    p = pick() if want else None
    c = pick_case(p) if want else None
    spec = SPECS[c['spec']] if want else SPECS[R.choice(list(SPECS))]
    model = spec['model']
    ver, trained = MODELS[model]
    job = ruuid()
    sl = 'sl_' + rulid()[4:18].lower()
    pod = f'inference-worker-{rhex(9)}-{rhex(5)}'
    tenant = INST[c['inst']]['tenant'] if want else R.choice(['mercy', 'lakeshore', 'stbrigid'])

    def head(msg, level='INFO', name='histoloom.inference.worker'):
        t = tick(0.2, 9)
        return [('asctime', f_log4j(t)), ('name', name), ('levelname', level), ('message', msg)]

    nonphi = [
        lambda: O(*head('job claimed'), ('job_id', job), ('slide_id', sl), ('tenant', tenant), ('queue', R.choice(['inference-high', 'inference-batch'])), ('worker', pod), ('gpu', 'NVIDIA A100-SXM4-40GB'), ('attempt', 1)),
        lambda: O(*head('model loaded', name='histoloom.inference.models'), ('model', model), ('model_version', ver), ('weights_sha256', rhex(64)), ('trained_through', trained), ('load_ms', R.randint(900, 7000))),
        lambda: O(*head('tiling complete', name='histoloom.inference.tiler'), ('job_id', job), ('slide_id', sl), ('tiles', R.randint(8000, 120000)), ('tile_px', 224), ('mpp', 0.5), ('tissue_fraction', round(R.uniform(0.05, 0.6), 3)), ('skipped_background', R.randint(1000, 90000))),
        lambda: O(*head('inference complete'), ('job_id', job), ('model', f'{model}@{ver}'), ('tiles', R.randint(8000, 120000)), ('batches', R.randint(30, 480)), ('wall_s', round(R.uniform(20, 400), 2)), ('tiles_per_s', round(R.uniform(300, 1400), 1)), ('gpu_mem_peak_gib', round(R.uniform(9, 38), 1))),
        lambda: O(*head('heatmap written', name='histoloom.inference.artifacts'), ('job_id', job), ('uri', f's3://hl-artifacts-prod-use1/jobs/{job}/heatmap_l2.png'), ('bytes', R.randint(200000, 4000000)), ('levels', 3)),
        lambda: O(*head('result posted', name='histoloom.inference.callback'), ('job_id', job), ('url', f'https://api.histoloom.io/v2/results/{job}'), ('status', 201), ('score', round(R.random(), 3)), ('label', R.choice(['tumor_present', 'gleason_4_present', 'negative', 'her2_low', 'msi_high_probable'])), ('elapsed_ms', R.randint(40, 900))),
        lambda: O(*head('slow tile read', 'WARNING', 'histoloom.inference.io'), ('job_id', job), ('bucket', 'hl-wsi-prod-use1'), ('latency_ms', R.randint(1500, 9000)), ('range', f'bytes={R.randint(0, 10**9)}-{R.randint(10**9, 2 * 10**9)}'), ('retry', R.randint(1, 3))),
    ]
    if want:
        blk, n, st = slide_of(c)
        t = R.randint(0, 2)
        if t == 0:
            out.append(jline(fam, O(*head('job claimed'), ('job_id', job), ('slide_id', sl), ('slide_label', S((c['acc'], 'other_id'), f' {blk}-{n} {st}')), ('tenant', tenant), ('worker', pod), ('gpu', 'NVIDIA A100-SXM4-40GB'), ('attempt', 1))))
        elif t == 1:
            dropped = O(('patient_name', (hl7name(p), 'name')), ('patient_dob', (p['dob'].strftime('%Y%m%d'), 'date')))
            if R.random() < 0.5:
                dropped.items.append(('patient_mrn', (p['mrn'], 'mrn')))
            out.append(jline(fam, O(*head('payload contained PHI fields; dropped before persist', 'WARNING', 'histoloom.inference.sanitize'), ('job_id', job), ('source', f'lis-bridge/{tenant}'), ('dropped_fields', dropped), ('policy', 'phi-strip-v2'))))
        else:
            out.append(jline(fam, O(*head('heatmap written', name='histoloom.inference.artifacts'), ('job_id', job), ('uri', S(f's3://hl-artifacts-prod-use1/tenants/{tenant}/', (c['acc'], 'other_id'), f'/{blk}-{n}/{model}/heatmap.png')), ('bytes', R.randint(200000, 4000000)), ('levels', 3))))
        if R.random() < 0.5:
            out.append(jline(fam, R.choice(nonphi)()))
    else:
        for f in R.sample(nonphi, R.randint(1, 2)):
            out.append(jline(fam, f()))
    return out


def ev_gpu(want):
    fam = 'gpu-worker-stdout'
    out = []
    for _ in range(R.randint(1, 2)):
        t = tick(0.1, 4)
        opts = [
            f'INFO:histoloom.gpu:[cuda:{R.randint(0, 3)}] batch {R.randint(1, 400)}/{R.randint(400, 480)} bs=256 fwd={R.uniform(0.3, 1.2):.2f}s h2d={R.uniform(0.02, 0.2):.2f}s mem={R.uniform(8, 38):.1f}GiB util={R.randint(60, 100)}%',
            f'INFO:histoloom.gpu:CUDA 12.1, driver 550.54.15, torch 2.3.1+cu121, cudnn 8902, device NVIDIA A100-SXM4-40GB (GPU-{ruuid()})',
            f'WARNING:histoloom.gpu:[cuda:{R.randint(0, 3)}] ECC corrected errors {R.randint(1, 9)} since boot; node gke-prod-gpu-a100-pool-{rhex(8)}-{rhex(4)}',
            f'INFO:histoloom.dataloader:prefetch queue {R.randint(0, 64)}/64, workers=12, read {R.uniform(80, 900):.0f} MB/s from s3://hl-wsi-prod-use1',
            f'ERROR:histoloom.gpu:CUDA out of memory. Tried to allocate {R.uniform(0.5, 4):.2f} GiB (GPU 0; 39.39 GiB total capacity; {R.uniform(30, 38):.2f} GiB already allocated); retrying with bs=128',
        ]
        out.append(Ln(fam, f_kubets(t), ' ', R.choice(opts)))
    return out


def ev_router(want):
    fam = 'router-logfmt'
    out = []

    def pre(level='INFO'):
        t = tick(0.2, 8)
        return f'time={f_iso(t)} level={level} '
    if want:
        p = pick()
        c = pick_case(p)
        sp = SPECS[c['spec']]
        pa = c['pathologist']
        r = R.randint(0, 2)
        if r == 0:
            out.append(Ln(fam, pre(), 'msg="case routed" accession=', (c['acc'], 'other_id'),
                          f' case_id={c["uuid"]} tenant={INST[c["inst"]]["tenant"]} specimen={c["spec"]} priority={R.choice(["routine", "routine", "stat"])} queue={sp["sub"].lower()}-signout assignee="{pa[0]} {pa[1]}, MD" rule={sp["sub"].lower()}-subspecialty-v4 score={R.uniform(0.5, 0.99):.2f}'))
        elif r == 1:
            other = R.choice(PATHOLOGISTS)
            out.append(Ln(fam, pre('WARN'), 'msg="reassigned: pathologist out of office" accession=', (c['acc'], 'other_id'),
                          f' from={pa[2]} to={other[2]} until=2024-11-{R.randint(19, 29)} queue={sp["sub"].lower()}-signout'))
        else:
            out.append(Ln(fam, pre(), 'msg="ai pre-read attached" accession=', (c['acc'], 'other_id'),
                          f' slides={len(c["slides"])} model={sp["model"]}@{MODELS[sp["model"]][0]} flag={R.choice(["suspicious", "benign_likely", "needs_review"])} latency={R.randint(200, 9000)}ms'))
    else:
        q = R.choice(['gu', 'gi', 'breast', 'derm', 'thoracic', 'endo'])
        opts = [
            lambda: Ln(fam, pre(), f'msg="queue snapshot" queue={q}-signout depth={R.randint(0, 60)} oldest_age={R.randint(0, 30)}h{R.randint(0, 59)}m stat={R.randint(0, 4)}'),
            lambda: Ln(fam, pre(), f'msg="workload rebalance" moved={R.randint(1, 9)} from={R.choice(PATHOLOGISTS)[2]} to={R.choice(PATHOLOGISTS)[2]} reason=rvu_cap'),
            lambda: Ln(fam, pre(), f'msg="rules loaded" version=2024.11.{R.randint(1, 9)} rules={R.randint(60, 120)} source=configmap/router-rules checksum=sha256:{rhex(16)}'),
            lambda: Ln(fam, pre(), f'msg="availability refreshed" pathologists={R.randint(8, 16)} on_service={R.randint(4, 10)} source=qgenda sync_ms={R.randint(100, 900)}'),
            lambda: Ln(fam, pre('ERROR'), f'msg="lis callback failed" case_id={ruuid()} err="Post \\"https://lis-bridge.mercy.local:8443/v1/assign\\": context deadline exceeded" attempt={R.randint(1, 5)}'),
            lambda: Ln(fam, pre('DEBUG'), f'msg="http request" method=GET path=/v1/queues/{q}-signout status=200 dur={R.randint(1, 90)}ms remote={fam_ip()}:{R.randint(30000, 60000)} trace_id={rhex(32)}'),
        ]
        for f in R.sample(opts, R.randint(1, 2)):
            out.append(f())
    return out


def ev_tumorboard(want):
    fam = 'tumorboard-export'
    out = []
    board = R.choice(['THORACIC', 'BREAST', 'GI', 'GU', 'ENDOCRINE'])
    mid = f'TB-{board[:4]}-2024-{R.randint(40, 48)}'
    n = R.randint(2, 4)

    def pre(level='INFO', logger='i.h.tumorboard.ExportJob'):
        t = tick(0.05, 2)
        return t.strftime('%H:%M:%S.') + ms(t) + f' [tb-export-1] {level:<5} {logger} - '
    out.append(Ln(fam, pre(), f'Export started board={board} meetingId={mid} cases={n} requestedBy={R.choice(TECHS)} format=PDF+CSV'))
    if want:
        pool = R.sample(PEOPLE, n)
        for i, p in enumerate(pool, 1):
            c = pick_case(p)
            sp = SPECS[c['spec']]
            pres = R.choice(PATHOLOGISTS)
            if R.random() < 0.5:
                out.append(Ln(fam, pre(), f'row {i}/{n} patient="', (lastfirst(p, True, True), 'name'), '" mrn=', (p['mrn'], 'mrn'),
                              ' dob=', (p['dob'].isoformat(), 'date'), ' age=', age_piece(p['age']), ' acc=', (c['acc'], 'other_id'),
                              f' dx="{sp["dx"]}" presenter="Dr. {pres[0]} {pres[1]}" slides={len(c["slides"])}'))
            else:
                out.append(Ln(fam, pre('DEBUG', 'i.h.tumorboard.CsvWriter'), f'csv> {i},"', (lastfirst(p), 'name'), '",', (p['mrn'], 'mrn'), ',',
                              (p['dob'].strftime('%m/%d/%Y'), 'date'), ',', (c['acc'], 'other_id'), f',{c["spec"]},"{sp["icd"]}",{pres[2]}'))
    out.append(Ln(fam, pre(), f'Wrote tumorboard_{mid}.pdf ({n} cases, {R.randint(4, 20)} images, {R.uniform(0.8, 6):.1f} MB) -> https://hlexports.blob.core.windows.net/tumorboard/{mid}.pdf?sv=2022-11-02&se=2024-11-25T06%3A20%3A01Z&sr=b&sp=r&sig=REDACTED'))
    return out


def ev_frozen(want):
    fam = 'frozen-section-zap'
    out = []

    def head(msg, level='info', caller=None):
        t = tick(0.5, 20)
        return [('level', level), ('ts', float(f_epoch(t))), ('caller', caller or f'intraop/call.go:{R.randint(60, 220)}'), ('msg', msg)]
    room = f'OR-{R.randint(1, 18)}'
    if want:
        p = pick()
        c = pick_case(p)
        pa, su = c['pathologist'], c['surgeon']
        part = c['blocks'][0][0]
        dx = R.choice(['benign, no tumor identified', 'positive for carcinoma', 'margin negative, closest 0.4 cm', 'deferred to permanents', 'lymph node negative for metastatic carcinoma'])
        r = R.randint(0, 2)
        if r == 0:
            o = O(*head('intraop diagnosis called'), ('accession', (c['acc'], 'other_id')), ('part', part), ('frozen', f'FS{part}1'), ('room', room),
                  ('patient', (lastfirst(p, True, True), 'name')), ('diagnosis', dx), ('called_to', f'Dr. {su[0]} {su[1]}'),
                  ('called_by', f'Dr. {pa[0]} {pa[1]}'), ('readback', True), ('tat_sec', R.randint(600, 1500)))
        elif r == 1:
            o = O(*head('frozen specimen received'), ('accession', (c['acc'], 'other_id')), ('room', room),
                  ('mrn', (p['mrn'], 'mrn')), ('age', (str(p['age']), 'age') if p['age'] > 89 else str(p['age'])), ('specimen', SPECS[c['spec']]['desc']), ('received_by', R.choice(TECHS)), ('cryostat', f'CM1950-{R.randint(1, 3)}'))
        else:
            o = O(*head('two-identifier check failed', 'warn', 'intraop/verify.go:88'), ('room', room), ('label_name', (lastfirst(p, True, True), 'name')),
                  ('label_dob', (p['dob'].strftime('%m/%d/%Y'), 'date')), ('requisition_mrn', (p['mrn'], 'mrn')), ('action', 'hold_and_call_or'))
        out.append(jline(fam, o, 'go', COMPACT))
    else:
        opts = [
            lambda: O(*head('frozen timer started'), ('room', room), ('tech', R.choice(TECHS)), ('target_sec', 1200)),
            lambda: O(*head('cryostat status', caller='intraop/device.go:41'), ('device', f'CM1950-{R.randint(1, 3)}'), ('chamber_c', round(R.uniform(-25, -18), 1)), ('object_c', round(R.uniform(-22, -14), 1))),
            lambda: O(*head('TAT breach', 'warn'), ('room', room), ('elapsed_sec', R.randint(1210, 2400)), ('threshold_sec', 1200), ('page', f'pathology-fs-oncall')),
            lambda: O(*head('pager sent', caller='notify/pager.go:73'), ('to', f'Dr. {R.choice(PATHOLOGISTS)[1]}'), ('ext', f'4-{R.randint(1000, 9999)}'), ('provider', 'spok'), ('msg_id', rhex(12))),
        ]
        for f in R.sample(opts, R.randint(1, 2)):
            out.append(jline(fam, f(), 'go', COMPACT))
    return out


def consult_head(msg, level='INFO', logger='io.histoloom.consult.IntakeController'):
    t = tick(0.3, 12)
    return [('@timestamp', f_iso(t)), ('@version', '1'), ('message', msg), ('logger_name', logger),
            ('thread_name', f'http-nio-8443-exec-{R.randint(1, 12)}'), ('level', level),
            ('level_value', {'INFO': 20000, 'WARN': 30000, 'DEBUG': 10000}[level])]


def ref_obj(ref):
    return O(('name', ref[0]), ('address', ref[1]), ('phone', ref[2]), ('fax', ref[3]), ('contact', ref[4]), ('email', ref[5]))


def ev_consult(want, variant=None):
    fam = 'consult-json'
    out = []
    cid = 'cr_' + rulid()
    if not want:
        ref = R.choice(REFERRERS)
        opts = [
            lambda: O(*consult_head('consult status changed', logger='io.histoloom.consult.Workflow'), ('consultId', cid), ('from', 'REQUESTED'), ('to', 'SHIPPED'), ('carrier', 'UPS'), ('trackingNumber', '1Z' + ''.join(R.choice('0123456789ABCDEFGHJKRVWXY') for _ in range(16))), ('actor', R.choice(TECHS))),
            lambda: O(*consult_head('slides received', logger='io.histoloom.consult.Accessioning'), ('consultId', cid), ('expectedSlides', 7), ('receivedSlides', R.randint(5, 7)), ('blocks', R.randint(0, 3)), ('receivedBy', R.choice(TECHS))),
            lambda: O(*consult_head('consult assigned', logger='io.histoloom.consult.Workflow'), ('consultId', cid), ('pathologist', 'Dr. ' + ' '.join(R.choice(PATHOLOGISTS)[:2])), ('subspecialty', R.choice(['GU', 'DERM', 'HEME', 'GI'])), ('dueBy', f'2024-11-{R.randint(20, 29)}')),
            lambda: O(*consult_head('referring institution updated', logger='io.histoloom.consult.Directory'), ('institutionId', 'inst_' + rhex(10)), ('requestingInstitution', ref_obj(ref))),
            lambda: O(*consult_head('report faxed', logger='io.histoloom.consult.Outbound'), ('consultId', cid), ('to', ref[3]), ('pages', R.randint(2, 6)), ('provider', 'eFax Corporate'), ('jobId', rd(10)), ('status', 'DELIVERED')),
        ]
        for f in R.sample(opts, R.randint(1, 2)):
            out.append(jline(fam, f(), 'java', COMPACT))
        return out
    variant = variant or 'us'
    if variant == 'forensic':
        d = DEMIR
        o = O(*consult_head('consult request received'), ('consultId', cid),
              ('requestingInstitution', O(('name', 'Wayne County Medical Examiner'), ('address', '1300 E Warren Ave, Detroit, MI 48207'), ('phone', '(313) 555-0109'), ('contact', 'Dr. Farah Qureshi'))),
              ('decedent', O(('name', (f"{d['first']} {d['last']}", 'name')), ('age', d['age']), ('sex', 'M'), ('meCaseNumber', (d['me'], 'other_id')),
                             ('dateOfDeath', (d['dod'].isoformat(), 'date')),
                             ('circumstances', 'single-vehicle MVC'), ('vehicle', O(('vin', (d['vin'], 'vehicle')), ('plate', (d['plate'], 'vehicle')), ('plateState', 'MI'))))),
              ('service', 'neuropathology'), ('question', 'Diffuse axonal injury? beta-APP IHC requested'), ('slides', R.randint(8, 20)))
        out.append(jline(fam, o, 'java', COMPACT))
        out.append(jline(fam, O(*consult_head('chain-of-custody recorded', logger='io.histoloom.consult.Custody'), ('consultId', cid),
                                  ('meCaseNumber', (d['me'], 'other_id')), ('receivedBy', R.choice(TECHS)), ('sealIntact', True), ('containers', R.randint(1, 4))), 'java', COMPACT))
        return out
    if variant == 'de':
        p = MUELLER
        ref = REFERRERS[3]
        pat = O(('lastName', (p['last'], 'name')), ('firstName', (p['first'], 'name')), ('dateOfBirth', (p['dob'].isoformat(), 'date')), ('sex', 'M'),
                ('mrn', (p['mrn'], 'mrn')), ('phone', (p['phone'], 'phone')), ('email', (p['email'], 'email')),
                ('address', O(('line1', (p['street'], 'address')), ('postalCode', (p['zip'], 'zip')), ('city', (p['city'], 'address')), ('country', 'DE'))))
        acc = p['outside_acc']
        q = 'Second opinion requested by patient: Gleason grading, prostate biopsy'
    else:
        p = pick()
        c = pick_case(p)
        ref = R.choice(REFERRERS[:3])
        addr = O(('line1', (p['street'], 'address')), ('line2', (p['apt'], 'address')) if p['apt'] else None, ('city', (p['city'], 'address')),
                 ('county', (p['county'], 'address')) if R.random() < 0.3 else None, ('state', p['state']), ('postalCode', (p['zip'], 'zip')))
        code, pname, member, grp = p['plan']
        pat = O(('lastName', (p['last'], 'name')), ('firstName', (p['first'], 'name')), ('dateOfBirth', (p['dob'].isoformat(), 'date')), ('sex', p['sex']),
                ('mrn', (p['mrn'], 'mrn')), ('phone', (phone(p['ph'], R.choice(['paren', 'dash', 'e164'])), 'phone')),
                ('fax', (phone(p['fax'], 'paren'), 'fax')) if p['fax'] else None,
                ('email', (p['email'], 'email')) if R.random() < 0.6 else None, ('address', addr),
                ('insurance', O(('payer', pname), ('memberId', (member, 'health_plan')), ('groupNumber', grp or None))))
        acc = c['acc']
        q = R.choice(['Atypical melanocytic proliferation, r/o melanoma', 'Grading of prostatic adenocarcinoma', 'Lymphoma subtyping', 'Margin status, please review'])
        if p['age'] > 89:
            q = [(str(p['age']), 'age'), '-year-old, ' + q]
    extra = []
    if variant == 'photo':
        q = 'Pigmented lesion, left cheek, r/o lentigo maligna; clinical photo attached'
        extra.append(('clinicalPhotos', [O(('filename', f'IMG_{R.randint(1000, 9999)}.jpg'), ('contentType', 'image/jpeg'), ('view', 'face, left oblique'),
                                           ('data', ('data:image/jpeg;base64,' + b64(210, JPEG_HEAD), 'photo')))]))
    qv = S(*q) if isinstance(q, list) else S(q)
    o = O(*consult_head('consult request received'), ('consultId', cid), ('requestingInstitution', ref_obj(ref)), ('patient', pat),
          ('outsideAccession', (acc, 'other_id')), ('blocks', R.randint(0, 4)), ('slides', R.randint(2, 14)), ('question', qv), *extra, ('priority', R.choice(['ROUTINE', 'RUSH'])))
    out.append(jline(fam, o, 'java', COMPACT))
    return out


def ev_deid(want):
    fam = 'deid-pipeline'
    out = []
    job = f'dj-{rhex(6)}'

    def pre(level='INFO', name='deid.dicom'):
        t = tick(0.02, 3)
        return [f_log4j(t), f' [{level}] {name}: job={job} ']
    if want:
        p = pick()
        c = pick_case(p)
        f = f'in/{ruuid()}/{R.randint(1, 9):04d}.dcm'
        sn_keep = R.choice(SCN[c['inst']])[3]
        rows = [
            ('(0010,0010)', 'PatientName', [(hl7name(p), 'name')], f'ANON^{rhex(6).upper()}', 'replace'),
            ('(0010,0020)', 'PatientID', [(p['mrn'], 'mrn')], rhex(12), 'hash'),
            ('(0010,0030)', 'PatientBirthDate', [(p['dob'].strftime('%Y%m%d'), 'date')], '', 'remove'),
            ('(0008,0050)', 'AccessionNumber', [(c['acc'], 'other_id')], 'A' + rhex(9).upper(), 'hash'),
            ('(0008,0020)', 'StudyDate', [(c['coll'].strftime('%Y%m%d'), 'date')], '', 'remove'),
            ('(0008,0090)', 'ReferringPhysicianName', f'{c["pathologist"][1]}^{c["pathologist"][0]}', '', 'empty'),
            ('(0018,1000)', 'DeviceSerialNumber', sn_keep, sn_keep, 'keep'),
            ('(0008,0080)', 'InstitutionName', INST[c['inst']]['name'], INST[c['inst']]['name'], 'keep'),
        ]
        if p['age'] > 89:
            rows.append(('(0010,1010)', 'PatientAge', [(f'{p["age"]:03d}Y', 'age')], '', 'remove_age_gt89'))
        style = R.choice(['text', 'json'])
        for tag, kw, before, after, action in R.sample(rows, R.randint(2, 4)):
            if style == 'text':
                out.append(Ln(fam, pre(), f'file={f} {tag} {kw}: \'', before, f"' -> '{after}' (action={action})"))
            else:
                t = tick(0.02, 3)
                out.append(jline(fam, O(('ts', f_iso(t)), ('job', job), ('file', f), ('tag', tag), ('kw', kw), ('before', S(*(before if isinstance(before, list) else [before]))), ('after', after), ('action', action))))
        if R.random() < 0.4:
            blk, n, st = slide_of(c)
            out.append(Ln(fam, pre(name='deid.label_ocr'), f"slide={f} label tokens=['", (c['acc'], 'other_id'), f"', '{blk}-{n}', '",
                          (fold(p['last']).upper() + ' ' + fold(p['first'])[0].upper(), 'name'), f"', '{st}'] conf={R.uniform(0.7, 0.99):.2f} -> masked 3 regions, macro image dropped"))
    else:
        opts = [
            lambda: Ln(fam, pre(), f'profile=PS3.15-basic+retain-device-id+clean-descriptors options=[retain_uids=false, date_policy=remove] source=s3://hl-ingest-{R.choice(["mercy", "lakeshore"])}/2024/11/18/'),
            lambda: Ln(fam, pre(), f'done: {R.randint(20, 400)} files, {R.randint(200, 9000)} elements modified, 0 errors, {R.uniform(3, 300):.1f}s'),
            lambda: Ln(fam, pre('WARNING', 'deid.private_tags'), f'private creator "HAMAMATSU" block (0009,10xx) removed from {R.randint(1, 60)} files'),
            lambda: Ln(fam, pre(name='deid.verify'), f'post-check: 0 residual PN values, 0 DA values outside allowlist, burned-in annotation=NO on {R.randint(5, 200)} instances'),
            lambda: Ln(fam, pre('ERROR', 'deid.io'), f'failed to read in/{ruuid()}/0001.dcm: Invalid DICOM preamble; quarantined to s3://hl-quarantine-prod/{job}/'),
        ]
        for f in R.sample(opts, R.randint(1, 2)):
            out.append(f())
    return out


def ev_k8s(want):
    fam = 'k8s'
    out = []
    ns = R.choice(['histoloom-prod', 'histoloom-prod', 'ingest', 'monitoring'])
    pod = R.choice(['inference-worker', 'case-router', 'lis-bridge', 'deid-worker', 'ims-api', 'consult-api']) + f'-{rhex(9)}-{rhex(5)}'
    node = f'gke-prod-gpu-a100-pool-{rhex(8)}-{rhex(4)}'
    for _ in range(R.randint(1, 2)):
        t = tick(0.1, 6)
        opts = [
            f'{f_klog(t)}       1 event.go:307] "Event occurred" object="{ns}/{pod}" fieldPath="" kind="Pod" apiVersion="v1" type="Normal" reason="Scheduled" message="Successfully assigned {ns}/{pod} to {node}"',
            f'{f_klog(t, "E")}    2291 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"worker\\" with CrashLoopBackOff: \\"back-off 5m0s restarting failed container=worker pod={pod}_{ns}({ruuid()})\\"" pod="{ns}/{pod}" podUID="{ruuid()}"',
            f'{f_klog(t)}       1 scale_up.go:{R.randint(400, 700)}] Scale-up: setting group https://www.googleapis.com/compute/v1/projects/hlm-prod-3321/zones/us-east1-c/instanceGroups/gke-prod-gpu-a100-pool-{rhex(8)}-grp size to {R.randint(2, 8)} instead of {R.randint(1, 7)} (max: 8)',
            f'{f_klog(t, "W")}    2291 kubelet.go:2397] "Pod is using too much memory" pod="{ns}/{pod}" container="worker" usage="{R.randint(30, 60)}Gi" limit="64Gi"',
            f'{t.strftime("%Y-%m-%dT%H:%M:%SZ")}   Warning   OOMKilling   node/{node}   Memory cgroup out of memory: Killed process {R.randint(1000, 99999)} (python3) total-vm:{R.randint(10**7, 9 * 10**7)}kB, anon-rss:{R.randint(10**7, 6 * 10**7)}kB',
            f'{f_klog(t)}       1 controller.go:{R.randint(100, 400)}] "Reconciled" controller="inferencejob" namespace="{ns}" name="job-{rhex(8)}" reconcileID="{ruuid()}" phase="Succeeded"',
        ]
        out.append(Ln(fam, R.choice(opts)))
    return out


UAS = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
       'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15',
       'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
       'Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.86 Mobile Safari/537.36']


def ev_nginx(want):
    fam = 'nginx-access'
    out = []

    def line(ip, req, status, size, ref, ua):
        t = tick(0.05, 4)
        ipp = (ip, 'ip') if not ip.startswith('10.') else ip
        return Ln(fam, ipp, f' - - [{f_nginx(t)}] "', req, f'" {status} {size} "', ref, f'" "{ua}" rt={R.uniform(0.001, 0.9):.3f} uct="0.000" urt="{R.uniform(0.001, 0.9):.3f}"')
    if want:
        p = pick()
        c = pick_case(p)
        r = R.randint(0, 3)
        if r == 0:
            blk, n, st = slide_of(c)
            out.append(line(fam_ip(), ['GET /ims/viewer/case/', (c['acc'], 'other_id'), f'?slide={blk}-{n}&stain={st} HTTP/1.1'], 200, R.randint(3000, 40000), 'https://ims.mercy.local/worklist', UAS[0]))
        elif r == 1:
            out.append(line(p['ip'], ['GET /portal/api/v1/reports?mrn=', (p['mrn'], 'mrn'), '&dob=', (p['dob'].isoformat(), 'date'), ' HTTP/2.0'], 200, R.randint(800, 9000),
                            'https://my.mercyhealth.org/results', R.choice(UAS[1:])))
        elif r == 2:
            ref = [(f'https://my.mercyhealth.org/patients/{p["user"]}/pathology', 'url')]
            out.append(line(p['ip'], ['GET /portal/reports/', (c['acc'], 'other_id'), '/final.pdf HTTP/2.0'], 200, R.randint(40000, 300000), ref, R.choice(UAS[1:])))
        else:
            out.append(line(p['ip'], 'POST /portal/api/v1/auth/login HTTP/2.0', 401, 61, 'https://my.mercyhealth.org/login', R.choice(UAS[1:])))
    else:
        sid = ruuid()
        opts = [
            lambda: line(fam_ip(), f'GET /ims/api/v2/slides/{sid}/tiles/{R.randint(10, 17)}/{R.randint(0, 400)}/{R.randint(0, 300)}.jpeg HTTP/1.1', 200, R.randint(4000, 40000), f'https://ims.mercy.local/viewer/{sid}', UAS[0]),
            lambda: line(fam_ip(), f'GET /ims/api/v2/slides/{sid}/thumbnail?w=512 HTTP/1.1', 200, R.randint(20000, 90000), '-', UAS[0]),
            lambda: line(fam_ip(), 'GET /healthz HTTP/1.1', 200, 2, '-', 'kube-probe/1.29'),
            lambda: line(fam_ip(), f'POST /ims/api/v2/annotations HTTP/1.1', 201, R.randint(100, 900), f'https://ims.mercy.local/viewer/{sid}', UAS[1]),
            lambda: line(fam_ip(), f'GET /ims/api/v2/slides/{sid}.dzi HTTP/1.1', 304, 0, f'https://ims.mercy.local/viewer/{sid}', UAS[0]),
            lambda: line(fam_ip(), 'GET /metrics HTTP/1.1', 200, R.randint(20000, 80000), '-', 'Prometheus/2.53.1'),
        ]
        for f in R.sample(opts, R.randint(1, 3)):
            out.append(f())
    return out


def ev_storage(want):
    fam = 'storage-logrus'
    out = []

    def pre(level='info'):
        t = tick(0.1, 8)
        return f'time="{f_rfc(t)}" level={level} '
    if want:
        p = pick()
        c = pick_case(p)
        blk, n, st = slide_of(c)
        ten = INST[c['inst']]['tenant']
        if R.random() < 0.6:
            out.append(Ln(fam, pre(), f'msg="upload complete" bucket=hl-wsi-prod-use1 key="tenants/{ten}/slides/2024/11/18/', (c['acc'], 'other_id'),
                          f'/{blk}-{n}_{st}.svs" bytes={R.randint(4 * 10**8, 3 * 10**9)} parts={R.randint(40, 300)} etag="\\"{rhex(32)}-{R.randint(40, 300)}\\"" dur={R.uniform(5, 90):.1f}s'))
        else:
            out.append(Ln(fam, pre(), f'msg="blob committed" url="https://{ten}wsiarchive.blob.core.windows.net/wsi/2024/11/', (c['acc'], 'other_id'),
                          f'/{blk}-{n}_{st}.svs" tier=Hot blocks={R.randint(50, 400)} md5={base64.b64encode(bytes(R.getrandbits(8) for _ in range(16))).decode()}'))
    else:
        opts = [
            lambda: Ln(fam, pre(), f'msg="upload complete" bucket=hl-wsi-prod-use1 key="cas/sha256/{rhex(2)}/{rhex(2)}/{rhex(64)}" bytes={R.randint(10**8, 3 * 10**9)} parts={R.randint(10, 300)} dur={R.uniform(2, 90):.1f}s'),
            lambda: Ln(fam, pre(), f'msg="lifecycle pass" container=wsi moved_to_cool={R.randint(100, 4000)} moved_to_archive={R.randint(0, 900)} scanned={R.randint(10000, 90000)}'),
            lambda: Ln(fam, pre('debug'), f'msg="resolved endpoint" host=s3.us-east-1.amazonaws.com addr={R.choice(["52.217", "54.231", "3.5"])}.{R.randint(0, 255)}.{R.randint(1, 254)}:443 rtt={R.randint(1, 12)}ms'),
            lambda: Ln(fam, pre('warning'), f'msg="multipart retry" bucket=hl-wsi-prod-use1 upload_id={rhex(40)} part={R.randint(1, 200)} err="RequestTimeout: Your socket connection to the server was not read from or written to within the timeout period."'),
            lambda: Ln(fam, pre(), f'msg="sas token rotated" account=mercywsiarchive expires=2024-11-25T00:00:00Z permissions=rcw'),
        ]
        for f in R.sample(opts, R.randint(1, 2)):
            out.append(f())
    return out


def spring(level, thread, logger):
    t = tick(0.1, 7)
    lg = logger if len(logger) <= 40 else logger[-40:]
    return f'{f_java(t)} {level:>5} 1 --- [{thread[-15:]:>15}] {lg:<40} : '


def ev_signout(want):
    fam = 'lis-events-spring'
    out = []
    if want:
        p = pick()
        c = pick_case(p)
        sp = SPECS[c['spec']]
        pa = c['pathologist']
        r = R.randint(0, 2)
        if r == 0:
            out.append(Ln(fam, spring('INFO', 'ntainer#0-0-C-1', 'i.h.lis.events.SignoutListener'), 'CASE_SIGNED_OUT accession=', (c['acc'], 'other_id'),
                          f' tenant={INST[c["inst"]]["tenant"]} pathologist={pa[2]} parts={len(set(b[0] for b in c["blocks"]))} cpt=[{sp["cpt"]}] icd10=[{sp["icd"]}] synoptic={"CAP " + sp["sub"].title() + " 4.2.0.0" if R.random() < 0.5 else "none"}'))
        elif r == 1:
            out.append(Ln(fam, spring('INFO', 'ntainer#0-0-C-1', 'i.h.lis.events.SignoutListener'), 'CASE_AMENDED accession=', (c['acc'], 'other_id'),
                          f' reason="addendum: {R.choice(sp["stains"])} immunostain results" by={pa[2]} version={R.randint(2, 3)}'))
        else:
            out.append(Ln(fam, spring('WARN', 'ntainer#0-0-C-1', 'i.h.lis.events.PatientMatcher'), 'Demographic mismatch for accession ', (c['acc'], 'other_id'),
                          ': LIS name=', (hl7name(p), 'name'), ' dob=', (p['dob'].strftime('%Y%m%d'), 'date'), ' vs IMS name=', (fold(p['last']).upper() + '^' + fold(p['first'])[0].upper(), 'name'), ' dob=', (p['dob'].strftime('%Y%m%d'), 'date'), '; routing held'))
    else:
        opts = [
            lambda: Ln(fam, spring('INFO', 'ntainer#0-0-C-1', 'o.a.k.c.c.internals.ConsumerCoordinator'), f'[Consumer clientId=consumer-lis-events-1, groupId=lis-events] Adding newly assigned partitions: lis.events-0, lis.events-{R.randint(1, 5)}'),
            lambda: Ln(fam, spring('INFO', 'task-3', 'i.h.lis.webhook.WebhookDispatcher'), f'POST https://hooks.mercyhealth.org/ap/ai-results -> 200 in {R.randint(40, 900)} ms (event=evt_{rhex(16)}, attempt=1)'),
            lambda: Ln(fam, spring('INFO', 'main', 'i.h.lis.LisBridgeApplication'), f'Started LisBridgeApplication in {R.uniform(6, 30):.3f} seconds (process running for {R.uniform(7, 32):.3f})'),
            lambda: Ln(fam, spring('WARN', 'HikariPool-1 housekeeper', 'com.zaxxer.hikari.pool.HikariPool'), f'HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m{R.randint(1, 59)}s{R.randint(1, 999)}ms).'),
            lambda: Ln(fam, spring('ERROR', 'task-7', 'i.h.lis.webhook.WebhookDispatcher'), f'Delivery failed for evt_{rhex(16)}: I/O error on POST request for "https://hooks.lakeshorehealth.org/histoloom": Read timed out; will retry in 120s'),
        ]
        for f in R.sample(opts, R.randint(1, 2)):
            out.append(f())
    return out


def ev_ims(want):
    fam = 'ims-spring'
    out = []
    sl = 'sl_' + rulid()[4:18].lower()
    if want:
        p = pick()
        c = pick_case(p)
        blk, n, st = slide_of(c)
        sc = R.choice(SCN[c['inst']])
        r = R.randint(0, 2)
        if r == 0:
            out.append(Ln(fam, spring('INFO', 'exec-4', 'i.h.ims.ingest.SlideIngestService'), f'Registered slide {sl} barcode=', (c['acc'], 'other_id'),
                          f';{blk};{n};{st} imageId={R.randint(700000, 899999)} scanner={sc[0]} size={R.uniform(0.4, 3.2):.2f}GB'))
        elif r == 1:
            out.append(Ln(fam, spring('DEBUG', 'exec-2', 'i.h.ims.lis.PatientContextClient'), 'Patient context for ', (c['acc'], 'other_id'), ': {name=',
                          (lastfirst(p), 'name'), ', mrn=', (p['mrn'], 'mrn'), ', dob=', (p['dob'].isoformat(), 'date'), f', sex={p["sex"]}, age=', age_piece(p['age']), f', attending={c["surgeon"][1]}}}'))
        else:
            url = f'https://ims.histoloom.io/share?patient={fold(p["last"]).replace(" ", "%20")}%2C%20{fold(p["first"]).replace(" ", "%20")}&acc={c["acc"]}&exp=72h'
            out.append(Ln(fam, spring('INFO', 'exec-9', 'i.h.ims.share.ShareLinkService'), f'Share link created by {c["pathologist"][2]} for consult review: ', (url, 'url'), ' (expires in 72h)'))
    else:
        opts = [
            lambda: Ln(fam, spring('INFO', 'pyramid-2', 'i.h.ims.ingest.PyramidBuilder'), f'Pyramid built {sl} levels={R.randint(7, 10)} tiles={R.randint(40000, 300000):,} mpp=0.2628 in {R.uniform(20, 120):.1f}s'),
            lambda: Ln(fam, spring('INFO', 'exec-1', 'i.h.ims.thumb.ThumbnailService'), f'Thumbnail generated 1024x{R.randint(600, 900)} for {sl} (label image suppressed per tenant policy)'),
            lambda: Ln(fam, spring('INFO', 'cache-evict', 'i.h.ims.cache.TileCache'), f'Evicted {R.randint(1000, 90000)} tiles ({R.uniform(1, 30):.1f} GB) LRU, hit ratio {R.uniform(0.7, 0.98):.3f}'),
            lambda: Ln(fam, spring('DEBUG', 'HikariPool-1', 'com.zaxxer.hikari.pool.HikariPool'), f'HikariPool-1 - Pool stats (total=20, active={R.randint(0, 20)}, idle={R.randint(0, 20)}, waiting=0)'),
            lambda: Ln(fam, spring('WARN', 'exec-6', 'i.h.ims.ingest.SlideIngestService'), f'Scanner {R.choice(sum(SCN.values(), []))[0]} reported unknown barcode symbology; slide {sl} parked in unmatched queue'),
        ]
        for f in R.sample(opts, R.randint(1, 2)):
            out.append(f())
    return out


def ev_portal(want, variant=None):
    fam = 'portal-zerolog'
    out = []

    def head(level='info'):
        t = tick(0.3, 10)
        return [('level', level), ('time', f_rfc(t))]
    if not want:
        opts = [
            lambda: O(*head(), ('kid', rhex(16)), ('keys', 3), ('message', 'jwks refreshed')),
            lambda: O(*head('warn'), ('ip', fam_ip()), ('route', '/portal/api/v1/auth/login'), ('limit', '10/min'), ('message', 'rate limit exceeded')),
            lambda: O(*head(), ('removed', R.randint(5, 90)), ('message', 'expired sessions swept')),
            lambda: O(*head(), ('from', 'noreply@histoloom.io'), ('relay', 'smtp.sendgrid.net:587'), ('msg_id', f'<{rhex(20)}@histoloom.io>'), ('message', 'smtp relay ok')),
        ]
        for f in R.sample(opts, R.randint(1, 2)):
            out.append(jline(fam, f(), 'go', COMPACT))
        return out
    p = MUELLER if variant == 'de' else pick()
    variant = variant or R.choice(['login', 'login', 'reset', 'viewed'])
    if variant in ('login', 'de'):
        ip = p['ip'] if 'ip' in p else f'{R.choice(["88.130", "91.64"])}.{R.randint(1, 254)}.{R.randint(1, 254)}'
        o = O(*head(), ('user', (p['user'], 'other_id')), ('ip', (ip, 'ip')), ('mfa', R.choice(['sms', 'totp', 'email'])), ('ua', R.choice(UAS)), ('message', 'login succeeded'))
    elif variant == 'reset':
        o = O(*head(), ('email', (p['email'], 'email')), ('ip', (p['ip'], 'ip')), ('message', 'password reset link sent'))
    elif variant == 'viewed':
        c = pick_case(p)
        o = O(*head(), ('user', (p['user'], 'other_id')), ('accession', (c['acc'], 'other_id')), ('doc', 'final_report.pdf'), ('message', 'report viewed'))
    elif variant == 'face':
        o = O(*head(), ('user', (p['user'], 'other_id')), ('alg', 'arcface-r100'), ('dim', 512), ('template', (b64(256), 'biometric')), ('liveness', round(R.uniform(0.9, 0.99), 3)), ('message', 'face template enrolled'))
    elif variant == 'idproof':
        o = O(*head(), ('user', (p['user'], 'other_id')), ('vendor', 'id.me'), ('doc_type', 'drivers_license'), ('doc_number', (p['dl'], 'license')), ('doc_state', p['state']), ('match', 'PASS'), ('message', 'identity proofing completed'))
    elif variant == 'imei':
        o = O(*head(), ('user', (p['user'], 'other_id')), ('device', O(('model', R.choice(['iPhone14,5', 'SM-S918U', 'Pixel 8'])), ('imei', (imei(), 'device')))), ('file', f'IMG_{R.randint(1000, 9999)}.HEIC'), ('bytes', R.randint(900000, 4000000)), ('message', 'outside record upload'))
    out.append(jline(fam, o, 'go', COMPACT))
    return out


def ev_billing(want, variant=None):
    fam = 'billing-logback'
    out = []
    cid = 'cr_' + rulid()

    def pre(level='INFO', logger='i.h.billing.PaymentService'):
        t = tick(0.2, 9)
        return f'{f_java(t)} {level:<5} [pay-worker-{R.randint(1, 4)}] {logger} [consult={cid}] - '
    if not want:
        opts = [
            lambda: Ln(fam, pre(logger='i.h.billing.InvoiceService'), f'invoice INV-2024-{R.randint(100000, 199999)} issued amount={R.choice(["450.00 EUR", "380.00 USD", "295.00 USD"])} due=2024-12-{R.randint(10, 28)} status=OPEN'),
            lambda: Ln(fam, pre(logger='i.h.billing.StripeWebhook'), f'webhook evt_{rhex(24)} type=payment_intent.succeeded processed in {R.randint(10, 300)}ms'),
            lambda: Ln(fam, pre('WARN', 'i.h.billing.FxRates'), f'ECB rate feed stale ({R.randint(25, 70)}h); using cached EURUSD=1.0{R.randint(500, 999)}'),
        ]
        out.append(R.choice(opts)())
        return out
    if variant == 'iban' or (variant is None and R.random() < 0.5):
        p = MUELLER
        ib = p['iban']
        ibs = ' '.join(ib[i:i + 4] for i in range(0, len(ib), 4))
        out.append(Ln(fam, pre(), 'SEPA debit mandate created payer="', (full(p), 'name'), '" iban=', (ibs, 'account'),
                      f' amount=450.00 EUR mandateRef=HLM-2024-{R.randint(100, 999):06d} creditorId=DE98ZZZ09999999999'))
    else:
        p = pick()
        out.append(Ln(fam, pre(), 'charge authorized payer="', (full(p), 'name'), '" email=', (p['email'], 'email'), ' pan=', (card_pan(), 'account'),
                      f' exp={R.randint(1, 12):02d}/{R.randint(25, 29)} amount={R.choice(["380.00", "295.00"])} USD authCode={rd(6)} processorRef=ch_{rhex(24)}'))
    return out


def ev_device_oru(want=True):
    """ORU for an explanted device (gross only) -> device serial + UDI."""
    fam = 'hl7-mllp'
    p = pick()
    c = pick_case(p)
    inst = INST[c['inst']]
    t = tick(0.2, 5)
    sn = 'PJN' + rd(6) + R.choice('HGR')
    g13 = '0064316' + rd(6)
    udi = f'(01){g13}{gtin_check(g13)}(17)2{R.randint(6, 8)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}(21){sn}'
    mts = CLK[0].strftime('%Y%m%d%H%M%S')
    ln = Ln(fam, f_log4j(t), f' INFO  [mllp-listener-{R.randint(1, 4)}] i.h.lis.hl7.MllpInbound - Received ORU^R01 from /{fam_ip()}:{R.randint(40000, 65000)}: ',
            f'MSH|^~\\&|{inst["lis"]}|{inst["fac"]}|HISTOLOOM|HLM_CLOUD|{mts}||ORU^R01^ORU_R01|DV{rd(10)}|P|2.5.1\\rPID|1||', (p['mrn'], 'mrn'),
            f'^^^{inst["fac"]}^MR||', (hl7name(p), 'name'), '||', (p['dob'].strftime('%Y%m%d'), 'date'), f'|{p["sex"]}\\rOBR|1|EP{rd(8)}|', (new_acc(c['inst']), 'other_id'),
            '|88300^Surgical pathology, gross only^CPT4|||', (c['coll'].strftime('%Y%m%d%H%M'), 'date'),
            '\\rOBX|1|FT|22634-0^Path report.gross observation^LN||GROSS: Received is an explanted pacemaker generator, Medtronic Azure XT DR MRI, serial number ',
            (sn, 'device'), ', UDI ', (udi, 'device'), ', with two leads (52 cm, 58 cm). Device returned to manufacturer per request.||||||F')
    return [ln]


# --------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------
EVENTS = [  # (fn, weight, supports_phi, supports_nonphi)
    (ev_scanner, 8, True, True), (ev_dicom, 0.7, True, True), (ev_hl7, 6, True, True), (ev_ai, 10, True, True),
    (ev_gpu, 8, False, True), (ev_router, 8, True, True), (ev_tumorboard, 1, True, False), (ev_frozen, 5, True, True),
    (ev_consult, 6, True, True), (ev_deid, 6, True, True), (ev_k8s, 12, False, True), (ev_nginx, 8, True, True),
    (ev_storage, 6, True, True), (ev_signout, 5, True, True), (ev_ims, 6, True, True), (ev_portal, 4, True, True),
    (ev_billing, 2, False, True),
]

FORCED = [
    lambda: ev_consult(True, 'forensic'), lambda: ev_device_oru(), lambda: ev_portal(True, 'face'),
    lambda: ev_consult(True, 'photo'), lambda: ev_billing(True, 'iban'), lambda: ev_portal(True, 'imei'),
    lambda: ev_billing(True, 'card'), lambda: ev_consult(True, 'de'), lambda: ev_device_oru(),
    lambda: ev_portal(True, 'face'), lambda: ev_consult(True, 'photo'), lambda: ev_portal(True, 'de'),
    lambda: ev_billing(True, 'card'), lambda: ev_portal(True, 'imei'), lambda: ev_portal(True, 'idproof'),
    lambda: ev_portal(True, 'idproof'),
]


def build():
    lines = []
    forced = list(FORCED)
    step = N_LINES // (len(forced) + 1)
    next_forced = step
    while len(lines) < N_LINES:
        if forced and len(lines) >= next_forced:
            out = forced.pop(0)()
            next_forced += step
        else:
            nphi = sum(1 for l in lines if l.sp)
            if len(lines) < 8:
                want = R.random() < TARGET_PHI_SHARE
            else:
                want = nphi / len(lines) < TARGET_PHI_SHARE
            cands = [(f, w) for f, w, a, b in EVENTS if (a if want else b)]
            tot = sum(w for _, w in cands)
            x = R.uniform(0, tot)
            for f, w in cands:
                x -= w
                if x <= 0:
                    break
            out = f(want)
        lines.extend(out)
    return lines[:N_LINES]


def main():
    lines = build()
    log = bytearray()
    labels = []
    cats = {}
    for i, ln in enumerate(lines, 1):
        b = bytes(ln.b)
        assert b'\n' not in b and b'\r' not in b, i
        assert len(b) <= 4000, (i, len(b))
        b.decode('utf-8')
        prev = 0
        spans = []
        for s, e, cat, val in sorted(ln.sp):
            assert s >= prev and e > s, (i, s, e)
            assert b[s:e] == val.encode('utf-8'), (i, b[s:e], val)
            prev = e
            spans.append({'s': s, 'e': e, 'cat': cat})
            cats[cat] = cats.get(cat, 0) + 1
        log += b + b'\n'
        labels.append(json.dumps({'line': i, 'family': ln.fam, 'spans': spans}))
    with open(os.path.join(HERE, f'{ID}.log'), 'wb') as fh:
        fh.write(bytes(log))
    with open(os.path.join(HERE, f'{ID}.labels.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(labels) + '\n')
    nophi = sum(1 for l in lines if not l.sp)
    print(f'lines={len(lines)} no_phi={nophi} ({nophi / len(lines):.1%})')
    print(json.dumps(dict(sorted(cats.items())), indent=None))


if __name__ == '__main__':
    main()
