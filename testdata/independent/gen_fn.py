#!/usr/bin/env python3
"""Deterministic generator for held-out PHI test set `fn`.

Theme: ambulatory EHR vendor ("Calyx Health" / CalyxEHR) customer support and
engineering: Zendesk webhooks + comment exports, Jira webhooks, remote support
session logs, multi-tenant Rails / Node service logs, DB fix scripts and psql
output, Slack escalation events, status page + release notes.

Standard library only.  Writes fn.log and fn.labels.jsonl next to this file.
"""
import base64
import json
import os
import re
import random
import unicodedata
from datetime import date, datetime, timedelta, timezone

ID = 'fn'
R = random.Random(1805)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
TARGET_PHI_LINES = 221

CATS = {'name', 'address', 'zip', 'date', 'age', 'phone', 'fax', 'email', 'ssn', 'mrn',
        'health_plan', 'account', 'license', 'vehicle', 'device', 'url', 'ip', 'biometric',
        'photo', 'other_id'}


# ----------------------------------------------------------------------------
# segment machinery
# ----------------------------------------------------------------------------
class Ph:
    """A PHI value (string)."""
    def __init__(self, t, c):
        assert c in CATS, c
        self.t = str(t)
        self.c = c


class Num:
    """A bare (unquoted) literal, optionally PHI."""
    def __init__(self, t, c=None):
        self.t = str(t)
        self.c = c


class Rich:
    """A string value composed of segments."""
    def __init__(self, *parts):
        self.parts = flat(parts)


def flat(items):
    out = []
    for it in items:
        if it is None:
            continue
        if isinstance(it, str):
            out.append((it, None))
        elif isinstance(it, (Ph, Num)):
            out.append((it.t, it.c))
        elif isinstance(it, Rich):
            out.extend(it.parts)
        elif (isinstance(it, tuple) and len(it) == 2 and isinstance(it[0], str)
              and (it[1] is None or it[1] in CATS)):
            out.append(it)
        elif isinstance(it, (list, tuple)):
            out.extend(flat(it))
        else:
            raise TypeError(repr(it))
    return out


def T(tpl, **kw):
    """Template with <<key>> placeholders -> segments."""
    out = []
    pos = 0
    for m in re.finditer(r'<<(\w+)>>', tpl):
        if m.start() > pos:
            out.append((tpl[pos:m.start()], None))
        out.extend(flat([kw[m.group(1)]]))
        pos = m.end()
    if pos < len(tpl):
        out.append((tpl[pos:], None))
    return out


def jesc(s, ascii=False, slash=False):
    o = []
    for ch in s:
        c = ord(ch)
        if ch == '"':
            o.append('\\"')
        elif ch == '\\':
            o.append('\\\\')
        elif ch == '\n':
            o.append('\\n')
        elif ch == '\r':
            o.append('\\r')
        elif ch == '\t':
            o.append('\\t')
        elif c < 0x20:
            o.append('\\u%04x' % c)
        elif slash and ch == '/':
            o.append('\\/')
        elif ascii and c > 0x7e:
            if c > 0xffff:
                c -= 0x10000
                o.append('\\u%04x\\u%04x' % (0xd800 + (c >> 10), 0xdc00 + (c & 0x3ff)))
            else:
                o.append('\\u%04x' % c)
        else:
            o.append(ch)
    return ''.join(o)


def J(v, ascii=False, slash=False, sp=False):
    kw = dict(ascii=ascii, slash=slash, sp=sp)
    if isinstance(v, dict):
        out = [('{', None)]
        first = True
        for k, x in v.items():
            if not first:
                out.append((', ' if sp else ',', None))
            first = False
            out.append(('"' + jesc(k, ascii, slash) + '"' + (': ' if sp else ':'), None))
            out.extend(J(x, **kw))
        out.append(('}', None))
        return out
    if isinstance(v, list):
        out = [('[', None)]
        for i, x in enumerate(v):
            if i:
                out.append((', ' if sp else ',', None))
            out.extend(J(x, **kw))
        out.append((']', None))
        return out
    if isinstance(v, str):
        return [('"' + jesc(v, ascii, slash) + '"', None)]
    if isinstance(v, Ph):
        return [('"', None), (jesc(v.t, ascii, slash), v.c), ('"', None)]
    if isinstance(v, Num):
        return [(v.t, v.c)]
    if isinstance(v, Rich):
        return [('"', None)] + [(jesc(t, ascii, slash), c) for t, c in v.parts] + [('"', None)]
    if v is True:
        return [('true', None)]
    if v is False:
        return [('false', None)]
    if v is None:
        return [('null', None)]
    if isinstance(v, (int, float)):
        return [(json.dumps(v), None)]
    raise TypeError(repr(v))


def resc(s):
    return s.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n').replace('#{', '\\#{')


def RB(v):
    """Ruby Hash#inspect (Ruby 3.x, pre-3.4)."""
    if isinstance(v, dict):
        out = [('{', None)]
        for i, (k, x) in enumerate(v.items()):
            if i:
                out.append((', ', None))
            out.extend(RB(k))
            out.append(('=>', None))
            out.extend(RB(x))
        out.append(('}', None))
        return out
    if isinstance(v, list):
        out = [('[', None)]
        for i, x in enumerate(v):
            if i:
                out.append((', ', None))
            out.extend(RB(x))
        out.append((']', None))
        return out
    if isinstance(v, str):
        return [('"' + resc(v) + '"', None)]
    if isinstance(v, Ph):
        return [('"', None), (resc(v.t), v.c), ('"', None)]
    if isinstance(v, Num):
        return [(v.t, v.c)]
    if v is None:
        return [('nil', None)]
    if v is True:
        return [('true', None)]
    if v is False:
        return [('false', None)]
    if isinstance(v, (int, float)):
        return [(str(v), None)]
    raise TypeError(repr(v))


def htmlesc_segs(segs):
    def h(s):
        return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
                .replace('"', '&quot;').replace("'", '&#39;'))
    out = []
    for t, c in segs:
        if c is None:
            out.append((h(t).replace('\n', '</p><p>'), None))
        else:
            out.append((h(t), c))
    return out


OUT = []  # (ts, seq, family, bytes, spans)
SEQ = [0]


def mk(fam, *items):
    segs = flat(items)
    buf = bytearray()
    spans = []
    checks = []
    for t, c in segs:
        b = t.encode('utf-8')
        if c is not None and b:
            assert c in CATS
            spans.append({'s': len(buf), 'e': len(buf) + len(b), 'cat': c})
            checks.append(b)
        buf += b
    for sp, b in zip(spans, checks):
        assert bytes(buf[sp['s']:sp['e']]) == b, (sp, b)
    for a, b in zip(spans, spans[1:]):
        assert a['e'] <= b['s']
    assert b'\n' not in buf and b'\r' not in buf, buf[:200]
    assert len(buf) <= 4000, (fam, len(buf))
    return fam, bytes(buf), spans


def emit(ts, fam, *items):
    f, b, s = mk(fam, *items)
    SEQ[0] += 1
    OUT.append((ts, SEQ[0], f, b, s))


class Clock:
    def __init__(self, t):
        self.t = t

    def adv(self, a, b):
        self.t = self.t + timedelta(seconds=R.uniform(a, b))
        return self.t


# ----------------------------------------------------------------------------
# small generators
# ----------------------------------------------------------------------------
HEX = '0123456789abcdef'
CROCK = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'


def hx(n):
    return ''.join(R.choice(HEX) for _ in range(n))


def uuid4():
    return '%s-%s-4%s-%s%s-%s' % (hx(8), hx(4), hx(3), R.choice('89ab'), hx(3), hx(12))


def ulid():
    return ''.join(R.choice(CROCK) for _ in range(26))


def digits(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def card_number(kind):
    if kind == 'visa':
        body = '4' + digits(14)
    elif kind == 'mc':
        body = '5' + R.choice('12345') + digits(13)
    else:
        body = '3' + R.choice('47') + digits(12)
    return body + luhn_digit(body)


def imei():
    body = R.choice(['35', '86', '35', '01']) + digits(12)
    return body + luhn_digit(body)


VIN_TR = dict(zip('ABCDEFGHJKLMNPRSTUVWXYZ', [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'


def vin():
    wmi = R.choice(['1HG', '1FT', 'JTD', '5YJ', '3VW', 'KNA', '1G1', '2T1', '4T1', 'WBA'])
    vds = ''.join(R.choice(VIN_CH) for _ in range(5))
    yr = R.choice('BCDEFGHJKLMN')
    plant = R.choice(VIN_CH)
    serial = digits(6)
    v = wmi + vds + '0' + yr + plant + serial
    tot = 0
    for i, ch in enumerate(v):
        val = int(ch) if ch.isdigit() else VIN_TR[ch]
        tot += val * VIN_W[i]
    cd = tot % 11
    cd = 'X' if cd == 10 else str(cd)
    return v[:8] + cd + v[9:]


MBI_A = 'ACDEFGHJKMNPQRTUVWXY'
MBI_AN = MBI_A + '0123456789'


def mbi():
    s = (R.choice('123456789') + R.choice(MBI_A) + R.choice(MBI_AN) + R.choice('0123456789')
         + R.choice(MBI_A) + R.choice(MBI_AN) + R.choice('0123456789') + R.choice(MBI_A)
         + R.choice(MBI_A) + R.choice('0123456789') + R.choice('0123456789'))
    return s


def ssn():
    while True:
        a = R.randint(101, 899)
        if a != 666:
            break
    return '%03d-%02d-%04d' % (a, R.randint(1, 99), R.randint(1, 9999))


def mac():
    first = R.choice(['C4', 'D8', '3C', 'A4', 'F0', '00', 'E8'])
    return ':'.join([first] + [hx(2).upper() for _ in range(5)])


def pub_ip():
    while True:
        a = R.choice([73, 98, 24, 67, 108, 174, 71, 76, 99, 172, 50, 68, 75, 104])
        b = R.randint(1, 254)
        if a == 172 and 16 <= b <= 31:
            continue
        return '%d.%d.%d.%d' % (a, b, R.randint(0, 255), R.randint(1, 254))


def priv_ip():
    k = R.random()
    if k < 0.6:
        return '10.%d.%d.%d' % (R.choice([12, 20, 40, 48]), R.randint(0, 15), R.randint(2, 250))
    if k < 0.8:
        return '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250))
    return '192.168.%d.%d' % (R.randint(0, 10), R.randint(2, 250))


def b64_blob(header, n):
    raw = header + bytes(R.randrange(256) for _ in range(n))
    return base64.b64encode(raw).decode('ascii')


def jpeg_b64(n):
    hdr = (b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00'
           b'\xff\xdb\x00C\x00\x08\x06\x06\x07\x06\x05\x08\x07\x07\x07\t\t\x08\n\x0c')
    return b64_blob(hdr, n)


def png_b64(n, w=320, h=320):
    hdr = (b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' + w.to_bytes(4, 'big') + h.to_bytes(4, 'big')
           + b'\x08\x06\x00\x00\x00')
    return b64_blob(hdr, n)


def fmr_b64(n):
    hdr = b'FMR\x00 20\x00' + (n + 24).to_bytes(4, 'big') + b'\x00\x00\x01\xf4\x01\xf4\x00\xc5\x00\xc5\x01\x00'
    return b64_blob(hdr, n)


def fold(s):
    s = s.replace('ı', 'i').replace('ø', 'o').replace('ß', 'ss')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
         'October', 'November', 'December']


def fd(d, style):
    if style == 'us':
        return '%02d/%02d/%04d' % (d.month, d.day, d.year)
    if style == 'us1':
        return '%d/%d/%04d' % (d.month, d.day, d.year)
    if style == 'us2':
        return '%d/%d/%02d' % (d.month, d.day, d.year % 100)
    if style == 'iso':
        return d.isoformat()
    if style == 'x12':
        return '%04d%02d%02d' % (d.year, d.month, d.day)
    if style == 'mdy':
        return '%02d%02d%04d' % (d.month, d.day, d.year)
    if style == 'mdyd':
        return '%02d-%02d-%04d' % (d.month, d.day, d.year)
    if style == 'long':
        return '%s %d, %d' % (MON[d.month - 1], d.day, d.year)
    if style == 'dmon':
        return '%02d-%s-%04d' % (d.day, MON[d.month - 1], d.year)
    if style == 'md':
        return '%d/%d' % (d.month, d.day)
    raise ValueError(style)


def iso_ms(ts):
    return ts.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (ts.microsecond // 1000)


def iso_s(ts):
    return ts.strftime('%Y-%m-%dT%H:%M:%SZ')


def epoch_ms(ts):
    return int(ts.timestamp()) * 1000 + ts.microsecond // 1000


def loc(ts, off):
    return ts + timedelta(hours=off)


def offstr(off, colon=False):
    sign = '-' if off < 0 else '+'
    h = abs(off)
    return '%s%02d%s00' % (sign, h, ':' if colon else '')


# ----------------------------------------------------------------------------
# world
# ----------------------------------------------------------------------------
TODAY = date(2024, 3, 12)
BASE = datetime(2024, 3, 11, 14, 0, 0, tzinfo=timezone.utc)
WINDOW_S = 3 * 86400

VENDOR = {'support_phone': '(888) 555-0142', 'support_email': 'support@calyxehr.com',
          'addr': '1200 Larimer St Suite 400, Denver, CO 80204'}

TENANTS = [
    dict(tid='tnt_4f9a21', pid=112, name='Desert Bloom Family Practice', sub='desertbloom', city='Tucson', st='AZ',
         off=-7, tzname='America/Phoenix', phone='(520) 555-0100', fax='(520) 555-0109',
         street='2210 N Campbell Ave Ste 140', pzip='85719', ac='520', iin='636026',
         cities=[('Tucson', '85713'), ('Tucson', '85716'), ('Marana', '85653'), ('Oro Valley', '85737'), ('Sahuarita', '85629')],
         streets=['E Calle Ramona', 'N Alvernon Way', 'W Ina Rd', 'S Camino Seco', 'E Speedway Blvd'],
         staff=['Maria Ortega', 'Trini Valenzuela'], docs=['Dr. Farah Haddad', 'Dr. Kenji Mori'], dom='desertbloomfp.com',
         mrn=lambda: '%08d' % R.randint(100000, 999999)),
    dict(tid='tnt_7c03e8', pid=208, name='Lakeshore Pediatrics & Adolescent Medicine', sub='lakeshoreped', city='Duluth', st='MN',
         off=-5, tzname='America/Chicago', phone='(218) 555-0120', fax='(218) 555-0129',
         street='4800 Arrowhead Rd Bldg B', pzip='55811', ac='218', iin='636038',
         cities=[('Duluth', '55811'), ('Duluth', '55803'), ('Hermantown', '55811'), ('Proctor', '55810')],
         streets=['Woodland Ave', 'London Rd', 'Jean Duluth Rd', 'W Arrowhead Rd'],
         staff=['Kelsey Brandt', 'Joanne Pelletier'], docs=['Dr. Olusegun Bello', 'Dr. Rebecca Lindgren'], dom='lakeshoreped.org',
         mrn=lambda: 'LP-%06d' % R.randint(10000, 299999)),
    dict(tid='tnt_b18d55', pid=315, name='Harborview Internal Medicine Associates', sub='harborviewim', city='Portland', st='ME',
         off=-4, tzname='America/New_York', phone='(207) 555-0133', fax='(207) 555-0138',
         street='22 Bramhall St 3rd Floor', pzip='04102', ac='207', iin='636041',
         cities=[('Portland', '04101'), ('South Portland', '04106'), ('Westbrook', '04092'), ('Falmouth', '04105')],
         streets=['Forest Ave', 'Brighton Ave', 'Ocean St', 'Congress St'],
         staff=['Bridget Doucette', 'Sam Theriault'], docs=['Dr. Miriam Castellano', 'NP Owen Sayward'], dom='harborviewim.com',
         mrn=lambda: 'HIM%07d' % R.randint(100000, 9999999)),
    dict(tid='tnt_2e6f90', pid=341, name='Mauna Kea Ohana Health', sub='maunakeaohana', city='Hilo', st='HI',
         off=-10, tzname='Pacific/Honolulu', phone='(808) 555-0111', fax='(808) 555-0116',
         street='1190 Waianuenue Ave', pzip='96720', ac='808', iin='636047',
         cities=[('Hilo', '96720'), ('Keaau', '96749'), ('Pahoa', '96778'), ('Honokaa', '96727')],
         streets=['Kilauea Ave', 'Kinoole St', 'Ainaola Dr', 'Komohana St'],
         staff=['Leilani Akana', 'Dustin Furtado'], docs=['Dr. Grace Nakamura'], dom='mkohana.org',
         mrn=lambda: '%07d' % R.randint(1000000, 3999999)),
    dict(tid='tnt_91aa4c', pid=402, name='Cedar Ridge Orthopedics', sub='cedarridgeortho', city='Boise', st='ID',
         off=-6, tzname='America/Boise', phone='(208) 555-0150', fax='(208) 555-0159',
         street='6100 W Emerald St', pzip='83704', ac='208', iin='636050',
         cities=[('Boise', '83702'), ('Meridian', '83646'), ('Eagle', '83616'), ('Nampa', '83651')],
         streets=['W State St', 'N Eagle Rd', 'E Fairview Ave', 'W Ustick Rd'],
         staff=['Heather Kowalski', 'Dan Ybarra'], docs=['Dr. Stefan Amundsen', 'PA-C Rosa Delgado'], dom='cedarridgeortho.com',
         mrn=lambda: 'CRO-%05d' % R.randint(1000, 99999)),
    dict(tid='tnt_5d7e12', pid=417, name="Sunrise Women's Health", sub='sunrisewh', city='Fresno', st='CA',
         off=-7, tzname='America/Los_Angeles', phone='(559) 555-0172', fax='(559) 555-0177',
         street='7055 N Fresno St Ste 210', pzip='93720', ac='559', iin='636014',
         cities=[('Fresno', '93726'), ('Clovis', '93612'), ('Sanger', '93657'), ('Selma', '93662')],
         streets=['N Blackstone Ave', 'E Shields Ave', 'W Herndon Ave', 'N Cedar Ave'],
         staff=['Angelica Ruiz', 'Pang Xiong'], docs=['Dr. Harpreet Sandhu', 'CNM Elena Vasquez'], dom='sunrisewh.com',
         mrn=lambda: 'SWH%06d' % R.randint(100000, 999999)),
    dict(tid='tnt_c4b7f3', pid=455, name='Riverbend Cardiology Group', sub='riverbendcardio', city='San Antonio', st='TX',
         off=-5, tzname='America/Chicago', phone='(210) 555-0164', fax='(210) 555-0165',
         street='8401 Datapoint Dr Ste 600', pzip='78229', ac='210', iin='636015',
         cities=[('San Antonio', '78207'), ('San Antonio', '78228'), ('Converse', '78109'), ('Helotes', '78023')],
         streets=['Culebra Rd', 'Nogalitos St', 'Babcock Rd', 'Fredericksburg Rd'],
         staff=['Yesenia Cantu', 'Brandon Oyelaran'], docs=['Dr. Alejandro Saucedo', 'Dr. Priyanka Menon'], dom='riverbendcardio.com',
         mrn=lambda: 'RCG-%06d' % R.randint(100000, 999999)),
    dict(tid='tnt_0fe2d9', pid=468, name='Northgate Behavioral Health', sub='northgatebh', city='Spokane', st='WA',
         off=-7, tzname='America/Los_Angeles', phone='(509) 555-0190', fax='(509) 555-0191',
         street='5901 N Division St', pzip='99208', ac='509', iin='636045',
         cities=[('Spokane', '99205'), ('Spokane Valley', '99216'), ('Cheney', '99004'), ('Liberty Lake', '99019')],
         streets=['N Monroe St', 'E Sprague Ave', 'W Francis Ave', 'N Nevada St'],
         staff=['Rachel Sundquist', 'Marcus Oduya'], docs=['Dr. Ilse Van der Berg', 'LICSW Tamsin Reyes'], dom='northgatebh.org',
         mrn=lambda: 'NB%06d' % R.randint(100000, 999999)),
]
TBY = {t['tid']: t for t in TENANTS}

AGENTS = [
    dict(name='Dana Whitcomb', id=38291047261, login='dwhitcomb'),
    dict(name='Kofi Mensah', id=38291047302, login='kmensah'),
    dict(name='Lucía Ferrer', id=38291047355, login='lferrer'),
    dict(name='Greta Halvorsen', id=38291047419, login='ghalvorsen'),
]
ENGS = [
    dict(name='Tomasz Wiśniewski', login='twisniewski', slack='U04K7Q2M8PL', acct='5f8a1c2e9d3b7e0069a1b2c3'),
    dict(name='Jenny Wu', login='jwu', slack='U03H2D9RZ1A', acct='60b7f1d2c4a9e3006f7d8e21'),
    dict(name='Arjun Patel', login='apatel', slack='U02QW8E4N6T', acct='712020:3f0c9b2e-7a61-4d3e-9a8f-2c1d6e5b4a70'),
    dict(name='Sven Ekdahl', login='sekdahl', slack='U05M1X7KQ3B', acct='5d2e8f1a0b9c4d0071e6f5a3'),
    dict(name='Nadia Rahman', login='nrahman', slack='U01ZP4J6V9C', acct='62a1e0b3f8c7d5006e4b2a19'),
]

PAYERS = [('AETNA', '60054', 'aetna'), ('BCBSAZ', '53589', 'bcbs'), ('UHC', '87726', 'uhc'),
          ('CIGNA', '62308', 'cigna'), ('HUMANA', '61101', 'humana'), ('MEDICARE', 'CMS', 'mbi'),
          ('AHCCCS', 'AZM01', 'medicaid'), ('TXMCD', '617591011', 'medicaid')]

PATIENT_SEED = [
    ('Anna', 'Kowalczyk', 'F', date(1951, 2, 11), 0),
    ('Rafiq', 'Hossain', 'M', date(1939, 7, 3), 2),
    ('Chioma', 'Okafor', 'F', date(1986, 9, 24), 6),
    ('Guadalupe', 'Treviño', 'F', date(1956, 3, 14), 6),
    ('Hiroshi', 'Tanabe', 'M', date(1948, 11, 30), 3),
    ('Lan', 'Nguyễn', 'F', date(1972, 5, 8), 5),
    ('Siobhán', 'Ní Bhriain', 'F', date(1990, 1, 17), 2),
    ('Dmitri', 'Volkov', 'M', date(1963, 8, 22), 7),
    ('Fatima Zahra', 'El Idrissi', 'F', date(1979, 12, 5), 4),
    ('Kalani', 'Kahananui', 'M', date(1995, 6, 19), 3),
    ('Ingrid', 'Solberg', 'F', date(1931, 4, 2), 7),
    ('Mateus', 'Carvalho', 'M', date(1984, 10, 9), 5),
    ('Priya', 'Raghunathan', 'F', date(2001, 3, 27), 0),
    ('Yosef', 'Ben-David', 'M', date(1958, 2, 6), 2),
    ('Björn', 'Lindqvist', 'M', date(2011, 7, 15), 1),
    ('Aroha', 'Ngata', 'F', date(2016, 9, 2), 1),
    ('Emre', 'Yıldız', 'M', date(1969, 4, 11), 4),
    ('Zsófia', 'Horváth', 'F', date(1944, 10, 28), 0),
    ('Amadou', 'Diallo', 'M', date(1977, 1, 5), 7),
    ('Thabo', 'Mokoena', 'M', date(1952, 6, 7), 6),
    ('Wei-Ling', 'Chou', 'F', date(1988, 11, 11), 5),
    ('Eleanor', 'Whitfield', 'F', date(1929, 9, 18), 2),
    ('Oksana', 'Melnyk', 'F', date(1999, 8, 30), 4),
    ('Marisol', 'Quispe Mamani', 'F', date(1966, 12, 21), 0),
    ('Jerome', 'Baptiste', 'M', date(1933, 1, 9), 6),
    ('Tomás', 'Ó Súilleabháin', 'M', date(1974, 3, 3), 7),
    ('Noor', 'Al-Khatib', 'F', date(2009, 5, 14), 1),
]
RELATIVES = {
    'Treviño': ('Luis Treviño', 'son'), 'Okafor': ('Adaeze Okafor', 'sister'),
    'Lindqvist': ('Erik Lindqvist', 'father'), 'Ngata': ('Mere Ngata', 'mother'),
    'Al-Khatib': ('Samir Al-Khatib', 'father'), 'Whitfield': ('Margaret Whitfield-Ames', 'daughter'),
    'Solberg': ('Kari Solberg Dahl', 'daughter'), 'Hossain': ('Nasrin Hossain', 'wife'),
    'Baptiste': ('Marie-Claire Baptiste', 'daughter'), 'Kowalczyk': ('Piotr Kowalczyk', 'husband'),
}
DL_FMT = {'AZ': lambda: R.choice('ABDY') + digits(8), 'MN': lambda: R.choice('ABCHKS') + digits(12),
          'ME': lambda: digits(7), 'HI': lambda: 'H' + digits(8),
          'ID': lambda: ''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(2)) + digits(6) + R.choice('ABCDEFGH'),
          'CA': lambda: R.choice('ABDFGNRSY') + digits(7), 'TX': lambda: digits(8),
          'WA': lambda: 'WDL' + ''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(9))}


def age_of(d):
    return TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))


PATIENTS = []
used_pids = set()
for first, last, sex, dob, ti in PATIENT_SEED:
    t = TENANTS[ti]
    while True:
        pid = R.randint(20000, 689999)
        if pid not in used_pids:
            used_pids.add(pid)
            break
    city, z = R.choice(t['cities'])
    street = '%d %s' % (R.randint(12, 9899), R.choice(t['streets']))
    unit = R.choice(['', '', '', ' Apt %d%s' % (R.randint(1, 24), R.choice('ABCD')), ' Unit %d' % R.randint(100, 420)])
    fa, la = fold(first).lower().replace(' ', ''), fold(last).lower().replace(' ', '').replace('-', '')
    yy = '%02d' % (dob.year % 100)
    email = R.choice(['%s.%s%s@gmail.com' % (fa, la, yy), '%s%s@yahoo.com' % (fa[0], la),
                      '%s_%s@outlook.com' % (fa, la), '%s.%s@icloud.com' % (la, fa), '%s%s%d@proton.me' % (fa, la[:4], R.randint(1, 99))])
    age = age_of(dob)
    if age >= 65:
        plan_kind = 'mbi'
        member = mbi()
        payer = 'MEDICARE'
    else:
        payer, _, kind = R.choice([x for x in PAYERS if x[2] != 'mbi'])
        if kind == 'aetna':
            member = 'W' + digits(9)
        elif kind == 'bcbs':
            member = R.choice(['XOF', 'AZB', 'YRP', 'ZGP']) + digits(9)
        elif kind == 'uhc':
            member = digits(9)
        elif kind == 'cigna':
            member = 'U' + digits(8) + '01'
        elif kind == 'humana':
            member = 'H' + digits(8)
        else:
            member = 'A' + digits(8) if payer == 'AHCCCS' else digits(9)
        plan_kind = kind
    ph = '(%s) 555-01%02d' % (t['ac'], R.randint(0, 99))
    p = dict(first=first, last=last, full='%s %s' % (first, last), lf='%s, %s' % (last, first), sex=sex, dob=dob,
             age=age, t=t, pid=pid, mrn=t['mrn'](), street=street + unit, city=city, st=t['st'], zip=z,
             zip4=z + '-%04d' % R.randint(1000, 9999), phone=ph, phone_e164='+1' + re.sub(r'\D', '', ph),
             email=email, ssn=ssn(), member=member, payer=payer, plan_kind=plan_kind,
             group='%05d-%03d' % (R.randint(10000, 99999), R.randint(1, 120)),
             user='%s%s%s' % (fa[0], la[:10], yy), ip=pub_ip(), card=card_number(R.choice(['visa', 'visa', 'mc', 'amex'])),
             gacct='GA-%06d' % R.randint(100000, 999999), dl=DL_FMT[t['st']](),
             bp_serial=digits(10), cgm_serial=''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(10)),
             mac=mac(), imei=imei(), vin=vin(), plate=R.choice(['%s%s%s%s' % (digits(3), R.choice('ABCDEFGHJKLMNPRSTUVWXYZ'), R.choice('ABCDEFGHJKLMNPRSTUVWXYZ'), R.choice('ABCDEFGHJKLMNPRSTUVWXYZ')), '%s%s' % (''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3)), digits(4))]),
             fax='(%s) 555-01%02d' % (t['ac'], R.randint(0, 99)),
             pro='her' if sex == 'F' else 'his', subj='she' if sex == 'F' else 'he')
    p['rel'] = RELATIVES.get(last)
    if p['rel']:
        p['rel_phone'] = '(%s) 555-01%02d' % (t['ac'], R.randint(0, 99))
    PATIENTS.append(p)
PBY = {p['last']: p for p in PATIENTS}

COUNTERS = {'ticket': 48190, 'jira': 7712, 'sec': 318, 'zdc': 23948711204551, 'jid': 10471}


def new_ticket():
    COUNTERS['ticket'] += R.randint(1, 9)
    return COUNTERS['ticket']


def new_jira(proj='EHR'):
    if proj == 'SEC':
        COUNTERS['sec'] += 1
        return 'SEC-%d' % COUNTERS['sec']
    COUNTERS['jira'] += R.randint(1, 6)
    return '%s-%d' % (proj, COUNTERS['jira'])


def new_zdc():
    COUNTERS['zdc'] += R.randint(1000, 900000)
    return COUNTERS['zdc']


BUILDS = ['2024.3.1+4790', '2024.3.2+4812', '2024.3.2+4816', '2024.3.3+4831']
COMMITS = [hx(40) for _ in range(12)]
FLAGS = ['eligibility_v2', 'chart_cache_v2', 'elig_strip_member_suffix', 'portal_magic_link', 'erx_epcs_v3',
         'kiosk_biometric_checkin', 'fax_provider_srfax', 'rpm_autoassign', 'superbill_pdf_v4', 'ui_new_scheduler']
HOSTS_RAILS = ['web-%s-%s' % (hx(9), hx(5)) for _ in range(4)]
RAILS_PIDS = [R.randint(1000, 32000) for _ in range(6)]


# ----------------------------------------------------------------------------
# format helpers (families)
# ----------------------------------------------------------------------------
def rails_pre(ts, lvl, pid, tags):
    L = lvl[0]
    pre = '%s, [%s.%06d #%d] %5s -- : ' % (L, ts.strftime('%Y-%m-%dT%H:%M:%S'), ts.microsecond, pid, lvl)
    return pre + ''.join('[%s] ' % x for x in tags)


class RailsReq:
    def __init__(self, tenant, app='calyx-web'):
        self.t = tenant
        self.pid = R.choice(RAILS_PIDS)
        self.rid = uuid4()
        self.tags = [tenant['tid'], self.rid] if app == 'calyx-web' else ['portal', tenant['sub'], self.rid]

    def line(self, ts, lvl, *items):
        emit(ts, 'rails-log', rails_pre(ts, lvl, self.pid, self.tags), *items)

    def started(self, ts, method, path_items, ip_item):
        self.line(ts, 'INFO', 'Started %s "' % method, path_items, '" for ', ip_item,
                  ' at %s +0000' % ts.strftime('%Y-%m-%d %H:%M:%S'))

    def processing(self, ts, ctrl, fmt='HTML', prob=0.55):
        if ok(prob):
            self.line(ts, 'INFO', 'Processing by %s as %s' % (ctrl, fmt))

    def params(self, ts, h):
        self.line(ts, 'INFO', '  Parameters: ', RB(h))

    def completed(self, ts, code, text):
        v = R.uniform(5, 140)
        a = R.uniform(1, 60)
        self.line(ts, 'INFO', 'Completed %d %s in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)'
                  % (code, text, int(v + a + R.uniform(2, 30)), v, a, R.randint(1200, 90000)))


def pino(ts, svc, tenant, level, msg, extra, host=None):
    o = {'level': level, 'time': epoch_ms(ts), 'pid': R.randint(1, 60), 'hostname': host or '%s-%s-%s' % (svc, hx(9), hx(5))}
    if tenant is not None:
        o['tenantId'] = tenant['tid']
        o['practiceName'] = tenant['name']
    o.update(extra)
    o['msg'] = msg
    emit(ts, 'pino-json', J(o))


def winston(ts, level, message, svc, extra):
    o = {'level': level, 'message': message, 'service': svc}
    o.update(extra)
    o['timestamp'] = iso_ms(ts)
    emit(ts, 'winston-json', J(o))


def zd_webhook(ts, tk, subject, desc_segs, tenant, staff, priority='normal', tags=(), legacy=None):
    if legacy is None:
        legacy = R.random() < 0.5
    semail = '%s%s@%s' % (staff.split()[0][0].lower(), fold(staff.split()[-1]).lower(), tenant['dom'])
    if legacy:
        lt = loc(ts, tenant['off'])
        body = {'ticket_id': str(tk), 'url': 'calyxhealth.zendesk.com/agent/tickets/%d' % tk, 'subject': subject,
                'description': Rich(desc_segs), 'status': 'New', 'priority': priority.capitalize(),
                'requester': {'name': staff, 'email': semail}, 'organization': tenant['name'],
                'tenant_id': tenant['tid'], 'tags': ' '.join(tags), 'via': 'Web Form',
                'created_at': '%s %d, %d %s' % (MONTH[lt.month - 1], lt.day, lt.year, lt.strftime('%H:%M'))}
        emit(ts, 'zendesk-webhook', iso_ms(ts), ' INFO  [support-bridge] zendesk.webhook ticket_id=%d event=ticket_created body=' % tk, J(body))
    else:
        body = {'account_id': 10482913, 'detail': {
            'actor_id': str(R.randint(10 ** 12, 10 ** 13)), 'assignee_id': None, 'brand_id': '360004417731',
            'created_at': iso_s(ts), 'custom_status': '360009921338', 'description': Rich(desc_segs),
            'external_id': None, 'form_id': '360001882214', 'group_id': '360007719904', 'id': str(tk), 'is_public': True,
            'organization_id': str(9000000 + tenant['pid'] * 13), 'priority': priority.upper(),
            'requester_id': str(R.randint(10 ** 12, 10 ** 13)), 'status': 'NEW', 'subject': subject,
            'submitter_id': str(R.randint(10 ** 12, 10 ** 13)), 'tags': list(tags), 'type': 'INCIDENT',
            'updated_at': iso_s(ts), 'via': {'channel': 'web_form'}},
            'event': {}, 'id': ulid(), 'subject': 'zen:ticket:%d' % tk, 'time': iso_ms(ts),
            'type': 'zen:event-type:ticket.created', 'zendesk_event_version': '2022-11-06'}
        emit(ts, 'zendesk-webhook', J(body))


def zd_comment(ts, author_id, body_segs, public=False, attachments=None):
    cid = new_zdc()
    html = [('<div class="zd-comment" dir="auto"><p>', None)] + htmlesc_segs(body_segs) + [('</p></div>', None)]
    o = {'id': cid, 'type': 'Comment', 'author_id': author_id, 'body': Rich(body_segs), 'html_body': Rich(html),
         'plain_body': Rich(body_segs), 'public': public, 'attachments': attachments or [], 'audit_id': cid - 1,
         'via': {'channel': 'web', 'source': {'from': {}, 'to': {}, 'rel': None}}, 'created_at': iso_s(ts)}
    emit(ts, 'zendesk-comment-export', J(o))


JIRA_IDS = {}


def jira_issue_id(key):
    if key not in JIRA_IDS:
        JIRA_IDS[key] = str(10000 + int(key.split('-')[1]) * 3 + R.randint(0, 2))
    return JIRA_IDS[key]


def jira_user(e):
    return {'self': 'https://calyxhealth.atlassian.net/rest/api/2/user?accountId=%s' % e['acct'],
            'accountId': e['acct'], 'displayName': e['name'], 'active': True, 'timeZone': 'America/Denver',
            'accountType': 'atlassian'}


def jira_created(ts, key, who, summary, desc_segs, tenant, zd=None, labels=(), prio='High', itype='Bug'):
    iid = jira_issue_id(key)
    fields = {'summary': summary, 'issuetype': {'id': '10004', 'name': itype}, 'project': {'key': key.split('-')[0]},
              'priority': {'name': prio}, 'labels': list(labels), 'customfield_10057': tenant['tid'] if tenant else None,
              'customfield_10058': ('ZD-%d' % zd) if zd else None, 'description': Rich(desc_segs)}
    o = {'timestamp': epoch_ms(ts), 'webhookEvent': 'jira:issue_created', 'issue_event_type_name': 'issue_created',
         'user': jira_user(who), 'issue': {'id': iid, 'self': 'https://calyxhealth.atlassian.net/rest/api/2/issue/%s' % iid,
                                           'key': key, 'fields': fields}}
    emit(ts, 'jira-webhook', J(o))


def jira_comment(ts, key, who, body_segs, summary):
    iid = jira_issue_id(key)
    cid = str(R.randint(40000, 99999))
    o = {'timestamp': epoch_ms(ts), 'webhookEvent': 'comment_created',
         'comment': {'self': 'https://calyxhealth.atlassian.net/rest/api/2/issue/%s/comment/%s' % (iid, cid), 'id': cid,
                     'author': {'accountId': who['acct'], 'displayName': who['name']}, 'body': Rich(body_segs),
                     'created': ts.strftime('%Y-%m-%dT%H:%M:%S.') + '%03d+0000' % (ts.microsecond // 1000)},
         'issue': {'id': iid, 'key': key, 'fields': {'summary': summary}}}
    emit(ts, 'jira-webhook', J(o))


SLACK_CH = {'escalations': 'C05ESC4L8QX', 'eng-oncall': 'C02ONC7T1ZR', 'support-tier2': 'C04SUP2KD8M',
            'deploys': 'C01DPL0Y5GH', 'security': 'C03SEC9X2AB'}


def slack_ts(ts):
    return '%d.%06d' % (int(ts.timestamp()), ts.microsecond)


def slack(ts, channel, user, text_segs, thread=None):
    o = {'type': 'message', 'channel': SLACK_CH[channel], 'user': user, 'text': Rich(text_segs), 'ts': slack_ts(ts)}
    if thread:
        o['thread_ts'] = thread
    o['event_ts'] = slack_ts(ts)
    o['channel_type'] = 'channel'
    emit(ts, 'slack-event', J(o, ascii=True, slash=True))
    return o['ts']


def psql_table(cols, rows):
    """cols: list of (name, align 'l'|'r'); rows: list of lists of (text, cat|None). returns list of seg-lists."""
    w = [len(c[0]) for c in cols]
    for r in rows:
        for i, (t, _) in enumerate(r):
            w[i] = max(w[i], len(t))
    hdr = []
    for i, (cn, _) in enumerate(cols):
        lp = (w[i] - len(cn)) // 2
        cell = ' ' * lp + cn + ' ' * (w[i] - len(cn) - lp)
        if i == len(cols) - 1:
            cell = cell.rstrip()
        hdr.append(cell)
    lines = [[(' ' + ' | '.join(hdr), None)], [('+'.join('-' * (x + 2) for x in w), None)]]
    for r in rows:
        segs = [(' ', None)]
        for i, (t, c) in enumerate(r):
            if i:
                segs.append((' | ', None))
            pad = ' ' * (w[i] - len(t))
            if cols[i][1] == 'r':
                segs.append((pad, None))
                segs.append((t, c))
            else:
                segs.append((t, c))
                if i != len(cols) - 1:
                    segs.append((pad, None))
        lines.append(segs)
    lines.append([('(%d row%s)' % (len(rows), '' if len(rows) == 1 else 's'), None)])
    return lines


def psql(ts, *items):
    emit(ts, 'psql-session', *items)


def sqlfix(ts, *items):
    emit(ts, 'sql-fix-script', *items)


def nginx(ts, ip_item, method, path_items, status, size, ref, ua, tenant):
    emit(ts, 'nginx-access', ip_item, ' - - [%s +0000] "%s ' % (ts.strftime('%d/%b/%Y:%H:%M:%S'), method), path_items,
         ' HTTP/1.1" %d %d "%s" "%s" rt=%.3f uct=0.000 urt=%.3f tenant=%s' % (
             status, size, ref, ua, R.uniform(0.01, 0.9), R.uniform(0.01, 0.8), tenant['tid']))


UAS = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1',
       'Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36',
       'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.80',
       'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2.1 Safari/605.1.15']


def sidekiq(ts, pid, tid, cls, jid, lvl, *items):
    emit(ts, 'sidekiq-log', '%s pid=%d tid=%s class=%s jid=%s %s: ' % (iso_ms(ts), pid, tid, cls, jid, lvl), *items)


def teamviewer(ts, p1, p2, *items):
    emit(ts, 'teamviewer-log', '%s.%03d %5d %5d S0   ' % (ts.strftime('%Y/%m/%d %H:%M:%S'), ts.microsecond // 1000, p1, p2), *items)


def screenconnect(ts, sess, *items):
    emit(ts, 'screenconnect-audit', '%s\tSession=%s\t' % (ts.strftime('%Y-%m-%d %H:%M:%SZ'), sess), *items)


def serilog(ts, off, lvl, *items):
    lt = loc(ts, off)
    emit(ts, 'kiosk-serilog', '%s.%03d %s [%s] ' % (lt.strftime('%Y-%m-%d %H:%M:%S'), lt.microsecond // 1000, offstr(off, True), lvl), *items)


def appt_date():
    return TODAY + timedelta(days=R.randint(0, 9))


def dos_date():
    return TODAY - timedelta(days=R.randint(3, 60))


def ok(prob):
    return R.random() < prob


def rstaff(t):
    return R.choice(t['staff'])


# ----------------------------------------------------------------------------
# stories (PHI-bearing)
# ----------------------------------------------------------------------------
def st_dob_fix(p, t0):
    t = p['t']
    c = Clock(t0)
    tk = new_ticket()
    jk = new_jira()
    staff = rstaff(t)
    agent = R.choice(AGENTS)
    eng = R.choice(ENGS)
    right = p['dob']
    if right.day <= 12 and right.day != right.month:
        wrong = date(right.year, right.day, right.month)
        why = 'DD/MM swap from the ADT feed (PID-7 sent as DDMMYYYY by their old PM system)'
    else:
        wrong = date(right.year + 100, right.month, right.day)
        why = '2-digit year pivot in the CSV import (%s parsed into 20xx)' % ('yy')
    ap = appt_date()
    desc = T("Hi, patient <<nm>> DOB is showing <<w>> in the chart header but <<pro>> license says <<r>>. MRN <<mrn>>. "
             "<<S>> is on the schedule <<ap>> and eligibility keeps failing because of it. I tried to edit it and it gives an error.\n\n"
             "Thanks,\n<<staff>>\n<<prac>>\n<<pph>>",
             nm=Ph(p['full'], 'name'), w=Ph(fd(wrong, 'us'), 'date'), r=Ph(fd(right, 'us'), 'date'), pro=p['pro'],
             mrn=Ph(p['mrn'], 'mrn'), S=p['subj'].capitalize(), ap=Ph(fd(ap, 'md'), 'date'), staff=staff,
             prac=t['name'], pph=t['phone'])
    zd_webhook(c.adv(0, 2), tk, 'Patient DOB wrong in chart header - cannot edit', desc, t, staff, 'high', ['dob', 'demographics', 'eligibility'])
    rq = RailsReq(t)
    rq.started(c.adv(30, 300), 'PATCH', ['/patients/', Ph(p['pid'], 'mrn')], priv_ip())
    rq.processing(c.adv(0, 0.01), 'PatientsController#update')
    rq.params(c.adv(0, 0.01), {'authenticity_token': '[FILTERED]', 'patient': {
        'first_name': Ph(p['first'], 'name'), 'last_name': Ph(p['last'], 'name'), 'date_of_birth': Ph(fd(right, 'iso'), 'date'),
        'sex': p['sex']}, 'commit': 'Save', 'id': Ph(p['pid'], 'mrn')})
    if ok(0.7):
        rq.line(c.adv(0, 0.2), 'WARN', 'Validation failed: Date of birth is locked by interface (source=ADT, lock_id=%d)' % R.randint(1000, 99999))
    rq.completed(c.adv(0, 0.1), 422, 'Unprocessable Entity')
    zd_comment(c.adv(300, 1800), agent['id'], T(
        "Internal: confirmed in console, pt id <<pid>> dob stored as <<w>>, field locked by interface. Looks like <<why>>. "
        "Escalating to eng as <<jk>>. Told <<staff>> not to re-register the patient.",
        pid=Ph(p['pid'], 'mrn'), w=Ph(fd(wrong, 'iso'), 'date'), why=why, jk=jk, staff=staff.split()[0]))
    jdesc = T("*Tenant:* <<tid>> (<<prac>>)\n*ZD:* #<<tk>>\n*Patient id:* <<pid>>\n\nExpected DOB <<r>>, stored <<w>>. Root cause: <<why>>.\n\n"
              "{code:sql}\nUPDATE patients SET date_of_birth = '<<r2>>' WHERE id = <<pid2>> AND tenant_id = '<<tid>>';\n{code}\n"
              "Needs 2nd reviewer per runbook DB-07.",
              tid=t['tid'], prac=t['name'], tk=str(tk), pid=Ph(p['pid'], 'mrn'), r=Ph(fd(right, 'iso'), 'date'),
              w=Ph(fd(wrong, 'iso'), 'date'), why=why, r2=Ph(fd(right, 'iso'), 'date'), pid2=Ph(p['pid'], 'mrn'))
    jira_created(c.adv(60, 900), jk, R.choice(ENGS), 'DOB locked with wrong value after ADT import (%s)' % t['tid'], jdesc, t, tk,
                 ['data-fix', 'adt', 'sev3'])
    c.adv(600, 5400)
    psql(c.adv(0, 5), 'ehr_prod=> SELECT id, mrn, first_name, last_name, date_of_birth, dob_source, updated_at FROM patients WHERE id = ',
         Ph(p['pid'], 'mrn'), ";")
    rows = [[(str(p['pid']), 'mrn'), (p['mrn'], 'mrn'), (p['first'], 'name'), (p['last'], 'name'), (fd(wrong, 'iso'), 'date'),
             ('adt', None), ((t0 - timedelta(days=R.randint(20, 200))).strftime('%Y-%m-%d %H:%M:%S.%f')[:-3] + '+00', None)]]
    cols = [('id', 'r'), ('mrn', 'l'), ('first_name', 'l'), ('last_name', 'l'), ('date_of_birth', 'l'), ('dob_source', 'l'), ('updated_at', 'l')]
    for segs in psql_table(cols, rows):
        psql(c.adv(0, 0.01), segs)
    if ok(0.4):
        psql(c.adv(0, 0.01), 'Time: %.3f ms' % R.uniform(0.4, 9))
    if ok(0.6):
        sqlfix(c.adv(20, 120), '-- %s / ZD#%d: restore DOB for patient locked by ADT import, tenant %s (reviewed: %s)' % (jk, tk, t['tid'], R.choice(ENGS)['login']))
    txn = ok(0.5)
    if txn:
        sqlfix(c.adv(0, 1), 'BEGIN;')
    sqlfix(c.adv(0, 1), "UPDATE patients SET date_of_birth = '", Ph(fd(right, 'iso'), 'date'),
           "', dob_source = 'manual', updated_at = now() WHERE id = ", Ph(p['pid'], 'mrn'), " AND tenant_id = '%s';" % t['tid'])
    psql(c.adv(1, 3), 'UPDATE 1')
    if txn:
        sqlfix(c.adv(0, 1), 'COMMIT;')
        psql(c.adv(0, 1), 'COMMIT')
    slack(c.adv(30, 300), 'escalations', eng['slack'], T(
        "<@<<a>>> DOB fix applied for pt <<pid>> in `<<tid>>`, <https://calyxhealth.atlassian.net/browse/<<jk>>|<<jk>>> done. ZD <<tk>> can go back to the customer",
        a=ENGS[(ENGS.index(eng) + 1) % len(ENGS)]['slack'], pid=Ph(p['pid'], 'mrn'), tid=t['tid'], jk=jk, tk=str(tk)))
    if ok(0.5):
        zd_comment(c.adv(120, 1200), agent['id'], T(
        "Hi <<s>>,\n\nOur engineering team corrected the date of birth and removed the interface lock on that field. Please refresh the chart "
        "and re-run eligibility. If you see this again on another chart reply here with the MRN and we will check the ADT mapping.\n\n"
        "<<a>>\nCalyx Health Support | <<ph>>", s=staff.split()[0], a=agent['name'], ph=VENDOR['support_phone']), public=True)


def st_portal(p, t0):
    t = p['t']
    c = Clock(t0)
    tk = new_ticket()
    agent = R.choice(AGENTS)
    staff = rstaff(t)
    ua = R.choice(UAS)
    desc = T("Patient <<nm>> cannot log into the patient portal, says the reset email never comes. Email on file is <<em>>, "
             "cell <<ph>>. <<S>> thinks <<pro>> username is <<un>>. Can you unlock? <<S>> has been calling all week.\n-- <<staff>>, front desk",
             nm=Ph(p['full'], 'name'), em=Ph(p['email'], 'email'), ph=Ph(p['phone'], 'phone'), S=p['subj'].capitalize(),
             pro=p['pro'], un=Ph(p['user'], 'other_id'), staff=staff)
    zd_webhook(c.adv(0, 2), tk, 'Patient portal locked / reset email not received', desc, t, staff, 'normal', ['portal', 'login'])
    nginx(c.adv(-4000, -3000), Ph(p['ip'], 'ip'), 'POST', '/portal/password_resets', 302, 0,
          'https://%s.calyxehr.com/portal/password_resets/new' % t['sub'], ua, t)
    rq = RailsReq(t, 'portal')
    ts = c.adv(30, 90)
    nginx(ts, Ph(p['ip'], 'ip'), 'POST', '/portal/session', 401, 1843, 'https://%s.calyxehr.com/portal/login' % t['sub'], ua, t)
    rq.started(ts, 'POST', '/portal/session', Ph(p['ip'], 'ip'))
    rq.processing(c.adv(0, 0.01), 'Portal::SessionsController#create')
    rq.params(c.adv(0, 0.01), {'authenticity_token': '[FILTERED]', 'session': {'login': Ph(p['user'], 'other_id'), 'password': '[FILTERED]',
                                                                               'remember_me': '1'}, 'commit': 'Sign in'})
    rq.line(c.adv(0, 0.1), 'WARN', '[portal-auth] login failed login=', Ph(p['user'], 'other_id'), ' ip=', Ph(p['ip'], 'ip'),
            ' reason=locked failed_attempts=%d lock_expires_in=none' % R.randint(5, 9))
    rq.completed(c.adv(0, 0.1), 401, 'Unauthorized')
    c.adv(-3000, -2000)
    pino(c.adv(0, 1), 'notification-svc', t, 40, 'email event dropped', {
        'event': 'dropped', 'reason': 'Bounced Address', 'to': Ph(p['email'], 'email'), 'template': 'portal_password_reset',
        'sg_message_id': '%s.filterdrecv-%s-1-%s-2A.0' % (hx(22), hx(10), hx(8).upper()), 'reqId': 'req-%s' % hx(6)})
    c.adv(2500, 5000)
    zd_comment(c.adv(600, 2400), agent['id'], T(
        "Internal: SendGrid had <<em>> on the bounce suppression list since <<d>> (mailbox full). Removed it, unlocked portal user "
        "<<un>> and sent a fresh invite. Nothing wrong on the practice side.",
        em=Ph(p['email'], 'email'), d=(t0 - timedelta(days=R.randint(10, 50))).strftime('%Y-%m-%d'), un=Ph(p['user'], 'other_id')))
    if not ok(0.5):
        return
    rq2 = RailsReq(t, 'portal')
    ts = c.adv(600, 3600)
    nginx(ts, Ph(p['ip'], 'ip'), 'GET', '/portal/home', 200, R.randint(8000, 40000), 'https://%s.calyxehr.com/portal/login' % t['sub'], ua, t)
    rq2.started(ts, 'GET', '/portal/home', Ph(p['ip'], 'ip'))
    rq2.completed(c.adv(0, 0.3), 200, 'OK')


def st_remote_tv(p, t0):
    t = p['t']
    c = Clock(t0)
    agent = R.choice(AGENTS)
    p1, p2 = R.randint(2000, 9000), R.randint(2000, 9000)
    pid_tv = '%d %03d %03d' % (R.randint(1, 1), R.randint(100, 999), R.randint(100, 999))
    teamviewer(c.adv(0, 1), p1, p2, 'CIncomingConnection::Run: incoming session from partner ID %s, SessionID = -%d, ConnectionType = RemoteSupport'
               % (pid_tv, R.randint(10 ** 9, 2 * 10 ** 9)))
    teamviewer(c.adv(1, 20), p1, p2, 'CParticipantManagerBase participant %s (ID [%d,-%d]) was added with the role 3' % (
        '%s (Calyx Support)' % agent['name'], R.randint(10 ** 9, 2 * 10 ** 9), R.randint(10 ** 9, 2 * 10 ** 9)))
    dos = dos_date()
    kind = R.choice(['labs', 'referral', 'consult_note', 'outside_records'])
    fn = [Ph('%s_%s' % (fold(p['last']).replace(' ', ''), fold(p['first']).replace(' ', '')), 'name'), '_', Ph(fd(dos, 'mdyd'), 'date'), '_%s.pdf' % kind]
    teamviewer(c.adv(60, 400), p1, p2, "CFileTransferHandler::ReceiveFile: start 'C:\\Users\\frontdesk%d\\Desktop\\scans\\" % R.randint(1, 4),
               fn, "' size=%d" % R.randint(40000, 900000))
    if ok(0.6):
        teamviewer(c.adv(1, 8), p1, p2, 'CFileTransferHandler: transfer finished, 1 file(s), %.1f KB, 00:00:%02d' % (R.uniform(40, 900), R.randint(1, 9)))
    agebit = [', %s is ' % p['subj'], Ph(str(p['age']), 'age')] if p['age'] > 89 else [', %s is %d' % (p['subj'], p['age'])]
    teamviewer(c.adv(20, 120), p1, p2, 'CChatManager: message from [Guest]: this is the one that wont attach to the chart, its ',
               Ph('%s %s' % (p['first'].lower(), p['last'].lower()), 'name'), ' dob ', Ph(fd(p['dob'], 'us2'), 'date'),
               agebit if ok(0.5) else '')
    if ok(0.5):
        teamviewer(c.adv(30, 300), p1, p2, "CFileTransferHandler::SendFile: start 'C:\\CalyxSupport\\tools\\DocImportFix_v3.2.ps1' size=%d" % R.randint(4000, 20000))
    teamviewer(c.adv(200, 900), p1, p2, 'CLogin::run: session end, duration %s, bytes sent %d' % (
        str(timedelta(seconds=R.randint(500, 2400))), R.randint(10 ** 6, 9 * 10 ** 7)))


def st_remote_sc(p, t0):
    t = p['t']
    c = Clock(t0)
    agent = R.choice(AGENTS)
    sess = uuid4()
    ws = '%s-FRONT-%02d' % (t['sub'][:4].upper(), R.randint(1, 9))
    screenconnect(c.adv(0, 1), sess, 'Event=Connected\tParticipant=Guest\tName=%s\tNetworkAddress=%s' % (ws, priv_ip()))
    screenconnect(c.adv(5, 60), sess, 'Event=Connected\tParticipant=Host\tName=%s\tNetworkAddress=%s' % (agent['name'], priv_ip()))
    screenconnect(c.adv(20, 200), sess, 'Event=SentMessage\tParticipant=Guest\tData=pt is ', Ph(p['lf'], 'name'), ' ',
                  Ph(fd(p['dob'], 'us1'), 'date'), ' mrn ', Ph(p['mrn'], 'mrn'), ' the insurance card upload just spins')
    screenconnect(c.adv(30, 200), sess, 'Event=CopiedFiles\tParticipant=Host\tData=', Ph('%s_%s' % (fold(p['last']).replace(' ', ''), fold(p['first']).replace(' ', '')), 'name'),
                  '_ins_card_front.jpg (%.1f MB)' % R.uniform(0.4, 3.8))
    if ok(0.5):
        screenconnect(c.adv(20, 200), sess, 'Event=RanCommand\tParticipant=Host\tData=ipconfig /flushdns && certutil -urlcache * delete')
    screenconnect(c.adv(100, 600), sess, 'Event=Disconnected\tParticipant=Host\tName=%s\tDuration=%d' % (agent['name'], R.randint(300, 2400)))


def st_elig(p, t0):
    t = p['t']
    c = Clock(t0)
    trace = hx(32)
    pay = p['payer']
    payer_id = {x[0]: x[1] for x in PAYERS}[pay]
    if ok(0.7):
        winston(c.adv(0, 1), 'info', '270 request sent', 'eligibility-svc', {
        'tenantId': t['tid'], 'payer': pay, 'payerId': payer_id, 'clearinghouse': 'availity', 'traceId': trace,
        'controlNumber': digits(9), 'durationMs': R.randint(300, 4000)})
    dob = p['dob']
    winston(c.adv(1, 6), 'warn', '271 rejected: AAA*N**72*C Invalid/Missing Subscriber/Insured ID', 'eligibility-svc', {
        'tenantId': t['tid'], 'payer': pay, 'traceId': trace,
        'subscriber': {'memberId': Ph(p['member'], 'health_plan'), 'firstName': Ph(fold(p['first']).upper(), 'name'),
                       'lastName': Ph(fold(p['last']).upper(), 'name'), 'dob': Ph(fd(dob, 'x12'), 'date')},
        'groupNumber': p['group'], 'serviceTypeCodes': ['30', '98']})
    winston(c.adv(0, 0.1), 'debug', 'x12 271 dump', 'eligibility-svc', {'traceId': trace, 'segments': Rich(
        'ISA*00*          *00*          *ZZ*AVAILITY       *ZZ*CALYX%s*%s*1402*^*00501*%s*0*P*:~' % (' ' * 6, t0.strftime('%y%m%d'), digits(9)),
        'NM1*IL*1*', Ph(fold(p['last']).upper(), 'name'), '*', Ph(fold(p['first']).upper(), 'name'), '****MI*',
        Ph(p['member'], 'health_plan'), '~DMG*D8*', Ph(fd(dob, 'x12'), 'date'), '*%s~AAA*N**72*C~' % p['sex'])})
    tk = new_ticket()
    staff = rstaff(t)
    shown = p['member']
    if p['plan_kind'] == 'mbi' and ok(0.5):
        shown = '%s-%s-%s' % (shown[:4], shown[4:7], shown[7:])
    desc = T("Eligibility fails every time for <<nm>> DOB <<d>>. Member ID <<mid>>, group <<g>>, payer <<pay>>. "
             "Card looks right and the payer portal shows <<pro>> active. Visit is <<ap>>.",
             nm=Ph(p['full'], 'name'), d=Ph(fd(dob, 'us'), 'date'), mid=Ph(shown, 'health_plan'), g=p['group'],
             pay=pay, pro=p['pro'], ap=Ph(fd(appt_date(), 'us1'), 'date'))
    zd_webhook(c.adv(300, 3600), tk, 'Eligibility 271 rejected - member ID invalid', desc, t, staff, 'normal', ['eligibility', 'x12'])
    if R.random() < 0.6:
        jk = new_jira()
        eng = R.choice(ENGS)
        jira_comment(c.adv(600, 7200), jk, eng, T(
            "Payer returns AAA*72 for <<mid>> because we append the dependent suffix. Stripping it behind flag {{elig_strip_member_suffix}} "
            "fixes this member; rolling to <<tid>> first. Build <<b>> ({{<<sha>>}}).",
            mid=Ph(p['member'], 'health_plan'), tid=t['tid'], b=R.choice(BUILDS), sha=R.choice(COMMITS)[:10]),
            'Eligibility: member suffix rejected by %s' % pay)


def st_card(p, t0):
    t = p['t']
    c = Clock(t0)
    rel = p.get('rel')
    holder = rel[0] if rel and (p['age'] < 18 or R.random() < 0.7) else p['full']
    exp = '%02d/%02d' % (R.randint(1, 12), R.randint(25, 29))
    if ok(0.6):
        pino(c.adv(0, 1), 'payments-svc', t, 30, 'payment intent created', {
        'reqId': 'req-%s' % hx(6), 'intentId': 'pi_%s' % hx(24), 'amountCents': R.randint(2000, 45000), 'currency': 'usd',
        'source': 'front_desk', 'terminalId': 'tmr_%s' % hx(12)})
    pino(c.adv(0.2, 2), 'payments-svc', t, 50, 'card tokenization failed', {
        'reqId': 'req-%s' % hx(6), 'err': {'type': 'GatewayError', 'message': 'invalid_expiry_year', 'code': 'card_declined'},
        'payload': {'cardNumber': Ph(p['card'], 'account'), 'exp': exp, 'cardholderName': Ph(holder, 'name'),
                    'billingZip': Ph(p['zip'], 'zip'), 'guarantorAccount': Ph(p['gacct'], 'account'), 'patientId': Num(p['pid'], 'mrn')}})
    jk = new_jira('SEC')
    eng = R.choice(ENGS)
    jira_created(c.adv(3600, 20000), jk, eng, 'PCI: full PAN written to payments-svc logs',
                 T("payments-svc logged the raw tokenization payload on GatewayError (tenant <<tid>>). Example: guarantor acct <<ga>>, "
                   "card ending <<l4>>. Log group purged, redaction added in <<sha>>. Need to notify the practice per IR-3.",
                   tid=t['tid'], ga=Ph(p['gacct'], 'account'), l4=p['card'][-4:], sha=R.choice(COMMITS)[:12]),
                 t, None, ['pci', 'incident'], 'Highest', 'Security Incident')
    slack(c.adv(60, 600), 'security', eng['slack'], T(
        "purged `/ecs/payments-svc` log streams for <<d>> 10:00-14:00 UTC, tokens in vault unaffected. Redaction patch is <<sha>>, deploying with <<b>>",
        d=t0.strftime('%Y-%m-%d'), sha=R.choice(COMMITS)[:7], b=R.choice(BUILDS)))


def st_fax(p, t0):
    t = p['t']
    c = Clock(t0)
    pid = R.choice(RAILS_PIDS)
    tid = hx(4)
    jid = hx(24)
    doc = R.randint(100000, 999999)
    if ok(0.6):
        sidekiq(c.adv(0, 1), pid, tid, 'OutboundFaxJob', jid, 'INFO', 'start')
    fax_d = re.sub(r'\D', '', p['fax'])
    sidekiq(c.adv(0, 0.5), pid, tid, 'OutboundFaxJob', jid, 'INFO', 'sending records release to=', Ph('+1' + fax_d, 'fax'),
            ' recipient="', Ph(p['lf'], 'name'), '" pages=%d document_id=%d provider=srfax' % (R.randint(2, 40), doc))
    sidekiq(c.adv(30, 90), pid, tid, 'OutboundFaxJob', jid, 'WARN', 'fax delivery failed status=busy attempt=3/3 provider_ref=SRF%s' % digits(9))
    if ok(0.5):
        sidekiq(c.adv(0, 0.1), pid, tid, 'OutboundFaxJob', jid, 'INFO', 'fail: %.3f sec' % R.uniform(30, 95))
    tk = new_ticket()
    staff = rstaff(t)
    ag = Ph('%d y/o' % p['age'], 'age') if p['age'] > 89 else '%d y/o' % p['age']
    desc = T("Records request for <<nm>> (<<ag>>, DOB <<d>>) keeps failing. <<S>> wants them faxed to <<pro>> home fax <<fx>>, we confirmed the number twice. "
             "Our outgoing fax is <<pf>> if that matters.",
             nm=Ph(p['full'], 'name'), ag=ag, d=Ph(fd(p['dob'], 'us'), 'date'), S=p['subj'].capitalize(), pro=p['pro'],
             fx=Ph(p['fax'], 'fax'), pf=t['fax'])
    zd_webhook(c.adv(600, 7200), tk, 'Fax to patient failing', desc, t, staff, 'normal', ['fax', 'roi'])


def st_rpm(p, t0):
    t = p['t']
    c = Clock(t0)
    others = [x for x in PATIENTS if x['t'] is t and x is not p]
    q = R.choice(others) if others else R.choice(PATIENTS)
    host = 'device-ingest-%s-%s' % (hx(9), hx(5))
    pino(c.adv(0, 1), 'device-ingest', t, 30, 'reading ingested', {
        'patientId': Num(p['pid'], 'mrn'), 'device': {'model': 'UA-651BLE', 'vendor': 'A&D', 'serial': Ph(p['bp_serial'], 'device')},
        'systolic': R.randint(118, 168), 'diastolic': R.randint(70, 102), 'pulse': R.randint(55, 99), 'gatewayId': 'gw_%s' % hx(8)}, host)
    pino(c.adv(60, 900), 'device-ingest', t, 40, 'serial assigned to multiple patients, using most recent', {
        'serialNumber': Ph(p['bp_serial'], 'device'), 'btMac': Ph(p['mac'], 'device'),
        'candidates': [Num(q['pid'], 'mrn'), Num(p['pid'], 'mrn')]}, host)
    jk = new_jira()
    eng = R.choice(ENGS)
    jira_created(c.adv(1800, 9000), jk, eng, 'RPM: BP readings attached to wrong chart',
                 T("Cuff SN <<sn>> was re-issued by <<prac>> but the old assignment to <<q>> was never ended, so readings land on <<p1>> "
                   "instead of <<p2>>. Fix: end-date old assignment. Also {{rpm_autoassign}} should refuse duplicates.",
                   sn=Ph(p['bp_serial'], 'device'), prac=t['name'], q=Ph(q['pid'], 'mrn'), p1=Ph(q['pid'], 'mrn'), p2=Ph(p['pid'], 'mrn')),
                 t, None, ['rpm', 'data-fix'])
    sqlfix(c.adv(600, 3600), "UPDATE rpm_device_assignments SET ended_at = now() WHERE serial_number = '", Ph(p['bp_serial'], 'device'),
           "' AND patient_id = ", Ph(q['pid'], 'mrn'), ' AND ended_at IS NULL;')
    psql(c.adv(1, 3), 'UPDATE 1')
    sqlfix(c.adv(1, 30), 'UPDATE rpm_readings SET patient_id = ', Ph(p['pid'], 'mrn'), ' WHERE patient_id = ', Ph(q['pid'], 'mrn'),
           " AND device_serial = '", Ph(p['bp_serial'], 'device'), "' AND recorded_at >= '%s';" % (t0 - timedelta(days=R.randint(5, 20))).strftime('%Y-%m-%d'))
    psql(c.adv(1, 3), 'UPDATE %d' % R.randint(3, 60))


def st_mobile(p, t0):
    t = p['t']
    c = Clock(t0)
    ev = {'event_id': hx(32), 'timestamp': round(t0.timestamp(), 3), 'platform': 'javascript', 'level': 'error',
          'release': 'com.calyxehr.patient@4.%d.%d+%d' % (R.randint(10, 14), R.randint(0, 5), R.randint(700, 900)),
          'environment': 'production',
          'user': {'id': Ph(p['pid'], 'mrn'), 'username': Ph(p['user'], 'other_id'), 'email': Ph(p['email'], 'email'),
                   'ip_address': Ph(p['ip'], 'ip')},
          'tags': {'tenant': t['tid'], 'os': 'Android 13', 'device.imei': Ph(p['imei'], 'device')},
          'exception': {'values': [{'type': 'BleError', 'value': 'Device %s was disconnected' % p['mac'], 'mechanism': {'type': 'onunhandledrejection', 'handled': False}}]}}
    # the MAC inside the exception value must be labeled too -> build value as Rich
    ev['exception']['values'][0]['value'] = Rich('Device ', Ph(p['mac'], 'device'), ' was disconnected')
    emit(c.adv(0, 1), 'sentry-event', J(ev))
    pino(c.adv(1, 30), 'mobile-bff', t, 30, 'push token registered', {
        'userId': Num(p['pid'], 'mrn'), 'platform': 'fcm', 'appVersion': ev['release'].split('@')[1], 'tokenHash': hx(16)})


def st_kiosk(p, t0):
    t = p['t']
    c = Clock(t0)
    off = t['off']
    kid = 'KSK-%s-%02d' % (t['sub'][:3].upper(), R.randint(1, 6))
    sess = hx(8)
    if ok(0.7):
        serilog(c.adv(0, 1), off, 'INF', 'Check-in session %s started on %s (build 3.8.%d)' % (sess, kid, R.randint(100, 400)))
    serilog(c.adv(5, 40), off, 'INF', 'Patient matched {"PatientId": ', Num(p['pid'], 'mrn'), ', "Method": "dob+name", "Confidence": 0.%d}' % R.randint(80, 99))
    tpl = fmr_b64(R.randint(180, 420))
    serilog(c.adv(5, 40), off, 'DBG', 'Enroll request ', J({'PatientId': Num(p['pid'], 'mrn'), 'Template': {
        'Format': 'ISO19794-2', 'Finger': 'RightIndex', 'Data': Ph(tpl, 'biometric')}, 'Quality': R.randint(40, 95), 'KioskId': kid}, sp=True))
    photo = jpeg_b64(R.randint(500, 1000))
    serilog(c.adv(2, 10), off, 'DBG', 'Photo captured ', J({'PatientId': Num(p['pid'], 'mrn'), 'Photo': Ph('data:image/jpeg;base64,' + photo, 'photo'),
                                                          'Width': 480, 'Height': 640}, sp=True))
    if ok(0.9):
        face = base64.b64encode(b'NFT1' + bytes(R.randrange(256) for _ in range(R.randint(200, 380)))).decode('ascii')
        serilog(c.adv(1, 4), off, 'DBG', 'Face template extracted ', J({'PatientId': Num(p['pid'], 'mrn'), 'Engine': 'NeoFace 5.1',
                                                                       'TemplateB64': Ph(face, 'biometric'),
                                                                       'Liveness': round(R.uniform(0.7, 0.99), 2)}, sp=True))
    serilog(c.adv(1, 5), off, 'ERR', 'Biometric match failed score=0.%02d threshold=0.60 session=%s' % (R.randint(10, 59), sess))
    if ok(0.5):
        serilog(c.adv(1, 5), off, 'WRN', 'Falling back to front desk check-in for session %s' % sess)


def st_idscan(p, t0):
    t = p['t']
    c = Clock(t0)
    dob = p['dob']
    street_up = fold(p['street']).upper()
    city_up = fold(p['city']).upper()
    z9 = p['zip'] + '%04d' % R.randint(0, 9999)
    raw = ['@\n\x1e\rANSI %s080102DL00410278ZA03190008DLDAQ' % t['iin'], Ph(p['dl'], 'license'),
           '\nDCS', Ph(fold(p['last']).upper(), 'name'), '\nDDEN\nDAC', Ph(fold(p['first']).upper(), 'name'),
           '\nDDFN\nDADNONE\nDDGN\nDCAD\nDCBNONE\nDCDNONE\nDBB', Ph(fd(dob, 'mdy'), 'date'),
           '\nDBC%d\nDAU0%d IN\nDAYBRO\nDAG' % (1 if p['sex'] == 'M' else 2, R.randint(60, 74)), Ph(street_up, 'address'),
           '\nDAI', Ph(city_up, 'address'), '\nDAJ%s\nDAK' % t['st'], Ph(z9, 'zip'), '  \nDCGUSA\n']
    pino(c.adv(0, 1), 'registration-svc', t, 20, 'license barcode parsed', {
        'scannerModel': 'Honeywell Xenon 1950g', 'workstation': '%s-FRONT-%02d' % (t['sub'][:4].upper(), R.randint(1, 9)),
        'raw': Rich(raw), 'fieldsParsed': 17})
    rq = RailsReq(t)
    rq.started(c.adv(10, 60), 'PATCH', ['/patients/', Ph(p['pid'], 'mrn'), '/demographics'], priv_ip())
    rq.processing(c.adv(0, 0.01), 'Patients::DemographicsController#update', 'JSON')
    rq.params(c.adv(0, 0.01), {'demographics': {'address_line1': Ph(p['street'], 'address'), 'city': Ph(p['city'], 'address'),
                                                'state': t['st'], 'postal_code': Ph(p['zip'], 'zip'),
                                                'drivers_license_number': Ph(p['dl'], 'license'), 'drivers_license_state': t['st']},
                               'patient_id': Ph(p['pid'], 'mrn')})
    rq.completed(c.adv(0, 0.2), 200, 'OK')


def st_mva(p, t0):
    t = p['t']
    c = Clock(t0)
    acc = dos_date() - timedelta(days=R.randint(1, 30))
    claim = 'CLM-2024-%07d' % R.randint(1000, 99999)
    winston(c.adv(0, 1), 'error', 'CMS-1500 validation failed: box 10b auto accident requires accident state', 'claims-svc', {
        'tenantId': t['tid'], 'claimId': claim, 'batchId': 'B%s' % digits(8),
        'patient': {'id': Num(p['pid'], 'mrn'), 'accountNumber': Ph(p['gacct'], 'account')},
        'accident': {'type': 'AA', 'date': Ph(fd(acc, 'iso'), 'date'), 'state': None,
                     'vehicle': {'vin': Ph(p['vin'], 'vehicle'), 'plate': Ph(p['plate'], 'vehicle'), 'plateState': t['st']}},
        'payer': 'PROGRESSIVE PIP', 'payerClaimRef': None})
    jk = new_jira()
    eng = R.choice(ENGS)
    jira_comment(c.adv(3600, 30000), jk, eng, T(
        "Repro'd with <<cl>>: accident_state is null because the PIP intake form stores it under vehicle. Example VIN <<v>>, plate <<pl>>. "
        "Patch in {{claims/validators/accident.rb}}, ships in <<b>>.",
        cl=claim, v=Ph(p['vin'], 'vehicle'), pl=Ph(p['plate'], 'vehicle'), b=R.choice(BUILDS)),
        'Claims: box 10b auto accident validation rejects PIP claims')


def st_photo(p, t0):
    t = p['t']
    c = Clock(t0)
    tk = new_ticket()
    staff = rstaff(t)
    agent = R.choice(AGENTS)
    photo = jpeg_b64(R.randint(300, 560))
    zd_webhook(c.adv(0, 1), tk, 'Wrong photo on patient chart', T(
        "The photo on <<nm>>'s chart (MRN <<mrn>>) is somebody else. I re-uploaded and it still shows the old one. Correct photo is attached.",
        nm=Ph(p['full'], 'name'), mrn=Ph(p['mrn'], 'mrn')), t, staff, 'normal', ['photo', 'chart'])
    zd_comment(c.adv(5, 60), 10 ** 12 + R.randint(0, 10 ** 11), T(
        "correct one: ![image](<<img>>)", img=Ph('data:image/jpeg;base64,' + photo, 'photo')), public=True)
    rq = RailsReq(t)
    rq.started(c.adv(600, 3000), 'GET', ['/patients/', Ph(p['pid'], 'mrn'), '/photo?v=%d' % R.randint(1, 9)], priv_ip())
    if ok(0.5):
        rq.line(c.adv(0, 0.05), 'INFO', 'Redirected to https://calyx-phi-prod.s3.us-west-2.amazonaws.com/%s/photos/%s.jpg?X-Amz-Expires=300&X-Amz-Signature=%s'
            % (t['tid'], uuid4(), hx(64)))
    rq.completed(c.adv(0, 0.05), 302, 'Found')
    zd_comment(c.adv(300, 3000), agent['id'], T(
        "Internal: CDN was serving a cached photo object for pt <<pid>>. Purged CloudFront path /<<tid>>/photos/* and the new one shows now.",
        pid=Ph(p['pid'], 'mrn'), tid=t['tid']))


def st_merge(p, t0):
    t = p['t']
    c = Clock(t0)
    dup = R.randint(20000, 689999)
    dup_mrn = t['mrn']()
    jk = new_jira()
    eng = R.choice(ENGS)
    jira_created(c.adv(0, 1), jk, R.choice(ENGS), 'Duplicate chart created by HL7 SIU import (%s)' % t['tid'], T(
        "SIU^S12 with a missing PID-3 created a new chart instead of matching. Survivor <<a>> (MRN <<am>>), duplicate <<b>> (MRN <<bm>>). "
        "Same name/DOB/SSN. Merge via script, then close {{merge_requests.id}} manually.",
        a=Ph(p['pid'], 'mrn'), am=Ph(p['mrn'], 'mrn'), b=Ph(dup, 'mrn'), bm=Ph(dup_mrn, 'mrn')), t, None, ['data-fix', 'hl7', 'duplicate'])
    c.adv(1800, 9000)
    psql(c.adv(0, 1), "ehr_prod=> SELECT id, mrn, last_name, first_name, date_of_birth, ssn FROM patients WHERE tenant_id = '%s' AND last_name = '" % t['tid'],
         Ph(p['last'], 'name'), "' AND date_of_birth = '", Ph(fd(p['dob'], 'iso'), 'date'), "' ORDER BY id;")
    rows = [[(str(p['pid']), 'mrn'), (p['mrn'], 'mrn'), (p['last'], 'name'), (p['first'], 'name'), (fd(p['dob'], 'iso'), 'date'), (p['ssn'], 'ssn')],
            [(str(dup), 'mrn'), (dup_mrn, 'mrn'), (p['last'], 'name'), (p['first'], 'name'), (fd(p['dob'], 'iso'), 'date'), (p['ssn'], 'ssn')]]
    for segs in psql_table([('id', 'r'), ('mrn', 'l'), ('last_name', 'l'), ('first_name', 'l'), ('date_of_birth', 'l'), ('ssn', 'l')], rows):
        psql(c.adv(0, 0.01), segs)
    if ok(0.7):
        sqlfix(c.adv(30, 300), '-- %s merge duplicate chart into survivor; run inside txn, expect counts from dry run' % jk)
    sqlfix(c.adv(0, 1), 'BEGIN;')
    for tbl, n in [('appointments', R.randint(1, 6)), ('encounters', R.randint(1, 4)), ('documents', R.randint(1, 20))]:
        sqlfix(c.adv(0, 2), 'UPDATE %s SET patient_id = ' % tbl, Ph(p['pid'], 'mrn'), ' WHERE patient_id = ', Ph(dup, 'mrn'), ';')
        psql(c.adv(0, 1), 'UPDATE %d' % n)
    sqlfix(c.adv(0, 2), "UPDATE patients SET merged_into_id = ", Ph(p['pid'], 'mrn'), ", status = 'merged' WHERE id = ", Ph(dup, 'mrn'), ';')
    psql(c.adv(0, 1), 'UPDATE 1')
    sqlfix(c.adv(0, 1), 'COMMIT;')
    psql(c.adv(0, 1), 'COMMIT')
    slack(c.adv(60, 600), 'support-tier2', eng['slack'], T("merged <<b>> -> <<a>> for <<tid>> (<<jk>>), practice can re-open the chart",
                                                          b=Ph(dup, 'mrn'), a=Ph(p['pid'], 'mrn'), tid=t['tid'], jk=jk))


def st_sev1(p, t0):
    t = p['t']
    c = Clock(t0)
    others = [x for x in PATIENTS if x['t'] is t and x is not p]
    q = R.choice(others) if others else R.choice(PATIENTS)
    agent = R.choice(AGENTS)
    e1, e2 = R.sample(ENGS, 2)
    th = slack(c.adv(0, 1), 'escalations', 'U0%s' % ''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(9)), T(
        "<!here> <<prac>> says the chart for <<n1>> (DOB <<d1>>) is showing the med list of <<n2>>. Tenant `<<tid>>`. "
        "Started after this morning's deploy (<<b>>). sev1?",
        prac=t['name'], n1=Ph(p['full'], 'name'), d1=Ph(fd(p['dob'], 'us'), 'date'), n2=Ph(q['full'], 'name'), tid=t['tid'], b=BUILDS[1]))
    if ok(0.7):
        slack(c.adv(30, 180), 'escalations', e1['slack'], T("ack, looking. <@<<u>>> can you check `chart_cache_v2` keying?", u=e2['slack']), th)
    if ok(0.7):
        slack(c.adv(60, 400), 'escalations', e2['slack'], T(
        "confirmed: cache key uses practice_id + encounter_id, collides across providers. disabling flag for all actors and rolling back to <<b>>",
        b=BUILDS[0]), th)
    slack(c.adv(300, 1200), 'escalations', e1['slack'], T(
        "rollback done, hit rate back to normal. affected pts in <<tid>>: <<a>> and <<b>>, IR doc started",
        tid=t['tid'], a=Ph(p['pid'], 'mrn'), b=Ph(q['pid'], 'mrn')), th)


def st_age(p, t0):
    t = p['t']
    c = Clock(t0)
    tk = new_ticket()
    staff = rstaff(t)
    bad = date(p['dob'].year + 100, p['dob'].month, p['dob'].day)
    zd_webhook(c.adv(0, 1), tk, 'Age showing negative', T(
        "<<nm>> is <<a>> years old but the header says -<<neg>> y. DOB was entered as <<d>> and it saved as <<bad>>. "
        "Our scheduler <<st>> says this happens when you type a 2 digit year.",
        nm=Ph(p['full'], 'name'), a=Ph(str(p['age']), 'age'), neg=str(bad.year - TODAY.year),
        d=Ph(fd(p['dob'], 'us2'), 'date'), bad=Ph(fd(bad, 'us'), 'date'), st=staff.split()[0]), t, staff, 'normal', ['demographics', 'dob'])
    rq = RailsReq(t)
    rq.started(c.adv(-7200, -600), 'POST', '/patients', priv_ip())
    rq.processing(c.adv(0, 0.01), 'PatientsController#create')
    rq.params(c.adv(0, 0.01), {'authenticity_token': '[FILTERED]', 'patient': {
        'first_name': Ph(p['first'], 'name'), 'last_name': Ph(p['last'], 'name'), 'date_of_birth': Ph(fd(p['dob'], 'us2'), 'date'),
        'sex': p['sex'], 'preferred_language': 'en', 'phone_mobile': Ph(p['phone'], 'phone')}, 'commit': 'Create Patient'})
    rq.line(c.adv(0, 0.1), 'INFO', 'Redirected to https://%s.calyxehr.com/patients/' % t['sub'], Ph(p['pid'], 'mrn'))
    rq.completed(c.adv(0, 0.05), 302, 'Found')
    c.adv(8000, 9000)
    zd_comment(c.adv(300, 2000), R.choice(AGENTS)['id'], T(
        "Internal: Date.parse('<<d>>') -> 20xx. Known issue, fix in <<b>>. Corrected DOB manually to <<r>> (pt is <<a>>).",
        d=Ph(fd(p['dob'], 'us2'), 'date'), b=BUILDS[-1], r=Ph(fd(p['dob'], 'iso'), 'date'), a=Ph('%d yo' % p['age'], 'age')))


def st_labkit(p, t0):
    t = p['t']
    c = Clock(t0)
    kit = 'CG-%s-%s' % (''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(4)), digits(5))
    col = dos_date()
    pino(c.adv(0, 1), 'lab-integration', t, 30, 'ORU result received', {
        'lab': 'EXACT_SCIENCES', 'kitId': Ph(kit, 'other_id'), 'patientRef': Ph(str(p['pid']), 'mrn'), 'collectedOn': Ph(fd(col, 'iso'), 'date'),
        'orderNumber': 'ORD-%s' % digits(8), 'accession': 'A%s' % digits(9), 'status': 'F'})
    pino(c.adv(0, 0.2), 'lab-integration', t, 40, 'ordering provider NPI not found on tenant, routing to inbox of practice admin', {
        'orderNumber': 'ORD-%s' % digits(8), 'npi': '1%s' % digits(9), 'routeTo': 'practice_admin'})
    tk = new_ticket()
    staff = rstaff(t)
    zd_webhook(c.adv(3600, 20000), tk, 'Cologuard result in wrong inbox', T(
        "Result for <<nm>> kit <<k>> (collected <<cd>>) went to our admin inbox not to <<doc>>. Can you re-route?",
        nm=Ph(p['full'], 'name'), k=Ph(kit, 'other_id'), cd=Ph(fd(col, 'us1'), 'date'), doc=R.choice(t['docs'])), t, staff, 'low', ['labs', 'routing'])


def st_social(p, t0):
    t = p['t']
    c = Clock(t0)
    agent = R.choice(AGENTS)
    rel = p.get('rel')
    if rel:
        who = rel[0]
        slug = fold(who).lower().replace(' ', '.').replace('-', '')
        url = 'https://www.facebook.com/%s.%d' % (slug, R.randint(1, 99))
        body = T("Internal: heads up, the <<r>> of pt <<nm>> (<<rn>>) posted screenshots of the portal error on <<url>> . Legal asked us not to reply there. "
                 "Practice manager aware.", r=rel[1], nm=Ph(p['full'], 'name'), rn=Ph(who, 'name'), url=Ph(url, 'url'))
    else:
        slug = fold(p['first'] + p['last']).lower().replace(' ', '').replace('-', '')
        url = 'https://www.caringbridge.org/visit/%s' % slug
        body = T("Internal: pt <<nm>> linked <<pro>> page <<url>> in the portal message thread and the link preview broke the message list. "
                 "Repro'd on staging with any caringbridge link.", nm=Ph(p['full'], 'name'), pro=p['pro'], url=Ph(url, 'url'))
    zd_comment(c.adv(0, 1), agent['id'], body)
    inv = 'https://%s.calyxehr.com/portal/invite?first=%s&last=%s&dob=%s' % (
        t['sub'], fold(p['first']).replace(' ', '%20'), fold(p['last']).replace(' ', '%20'), fd(p['dob'], 'iso'))
    pino(c.adv(60, 3000), 'notification-svc', t, 30, 'portal invite link generated', {
        'reqId': 'req-%s' % hx(6), 'inviteUrl': Ph(inv, 'url'), 'expiresInHours': 72, 'channel': 'sms'})


def st_emerg(p, t0):
    t = p['t']
    c = Clock(t0)
    rel = p.get('rel') or (R.choice(['Ana Souza', 'Khalid Nasser', 'Mei Tanaka', 'Bogdan Petrescu']), R.choice(['spouse', 'friend', 'brother']))
    rph = p.get('rel_phone') or '(%s) 555-01%02d' % (t['ac'], R.randint(0, 99))
    rq = RailsReq(t)
    rq.started(c.adv(0, 1), 'PATCH', ['/patients/', Ph(p['pid'], 'mrn')], priv_ip())
    rq.processing(c.adv(0, 0.01), 'PatientsController#update')
    rq.params(c.adv(0, 0.01), {'authenticity_token': '[FILTERED]', 'patient': {
        'address_line1': Ph(p['street'], 'address'), 'city': Ph(p['city'], 'address'), 'state': t['st'], 'zip': Ph(p['zip4'], 'zip'),
        'home_phone': Ph(p['phone'], 'phone'), 'email': Ph(p['email'], 'email'),
        'emergency_contact_attributes': {'name': Ph(rel[0], 'name'), 'relationship': rel[1], 'phone': Ph(rph, 'phone'), 'id': str(R.randint(1000, 99999))},
        'coverages_attributes': [{'payer_code': p['payer'], 'member_id': Ph(p['member'], 'health_plan'), 'group_number': p['group'],
                                  'relationship_to_subscriber': 'self' if p['age'] >= 18 else 'child', 'id': str(R.randint(10000, 999999))}]},
        'id': Ph(p['pid'], 'mrn')})
    rq.line(c.adv(0, 0.05), 'DEBUG', '  Patient Update (%.1fms)  UPDATE "patients" SET "address_line1" = $1, "zip" = $2, "updated_at" = $3 WHERE "patients"."id" = $4  '
            % R.uniform(0.5, 4), J([['address_line1', Ph(p['street'], 'address')], ['zip', Ph(p['zip4'], 'zip')],
                                    ['updated_at', c.t.strftime('%Y-%m-%d %H:%M:%S.%f')], ['id', Num(p['pid'], 'mrn')]], sp=True))
    rq.line(c.adv(0, 0.05), 'INFO', '[audit] patient.update actor=user:%d fields=address_line1,zip,emergency_contact' % R.randint(1000, 9999))
    rq.completed(c.adv(0, 0.1), 302, 'Found')


def st_ssn(p, t0):
    t = p['t']
    c = Clock(t0)
    tk = new_ticket()
    staff = rstaff(t)
    zd_webhook(c.adv(0, 1), tk, 'SSN field says invalid', T(
        "Trying to register <<nm>> for <<pro>> Medicaid application and the SSN <<s>> gets rejected as invalid. It is on <<pro>> card exactly like that.",
        nm=Ph(p['full'], 'name'), pro=p['pro'], s=Ph(p['ssn'], 'ssn')), t, staff, 'normal', ['registration'])
    rq = RailsReq(t)
    rq.started(c.adv(-600, -60), 'PATCH', ['/patients/', Ph(p['pid'], 'mrn'), '/identifiers'], priv_ip())
    rq.params(c.adv(0, 0.01), {'identifiers': {'ssn': Ph(p['ssn'].replace('-', ''), 'ssn'), 'ssn_verified': '0',
                                               'dl_number': Ph(p['dl'], 'license'), 'dl_state': t['st']}, 'patient_id': Ph(p['pid'], 'mrn')})
    rq.line(c.adv(0, 0.05), 'WARN', 'SsnValidator: rejected value (reason=area_group_blocklist_v1)')
    rq.completed(c.adv(0, 0.05), 422, 'Unprocessable Entity')


def st_sms(p, t0):
    t = p['t']
    c = Clock(t0)
    ap = appt_date()
    pino(c.adv(0, 1), 'notification-svc', t, 50, 'sms send failed', {
        'reqId': 'req-%s' % hx(6), 'template': 'appt_reminder_48h', 'to': Ph(p['phone_e164'], 'phone'),
        'vars': {'firstName': Ph(p['first'], 'name'), 'apptDate': Ph(fd(ap, 'iso'), 'date'), 'apptTime': '%d:%02d' % (R.randint(8, 16), R.choice([0, 15, 20, 30, 40, 45])),
                 'provider': R.choice(t['docs']), 'location': t['street']},
        'err': {'type': 'TwilioError', 'code': 21610, 'message': 'Attempt to send to unsubscribed recipient', 'status': 400},
        'messagingServiceSid': 'MG%s' % hx(32)})
    if ok(0.5):
        pino(c.adv(0, 0.3), 'notification-svc', t, 30, 'reminder marked undeliverable', {
        'appointmentId': R.randint(1000000, 9999999), 'channel': 'sms', 'fallback': 'email'})


def st_intl(p, t0):
    t = p['t']
    c = Clock(t0)
    if p['last'] == 'Treviño':
        oid, lab = 'TEGG560314MNLRRD07', 'curp'
    else:
        oid, lab = R.choice('CDEFGHJKLMNP') + digits(8), 'passport_number'
    rq = RailsReq(t)
    rq.started(c.adv(0, 1), 'POST', ['/patients/', Ph(p['pid'], 'mrn'), '/identifiers'], priv_ip())
    rq.params(c.adv(0, 0.01), {'identifier': {'kind': lab, 'value': Ph(oid, 'other_id'), 'issuing_country': 'MX' if lab == 'curp' else 'other'},
                               'patient_id': Ph(p['pid'], 'mrn')})
    rq.line(c.adv(0, 0.05), 'ERROR', 'ActiveRecord::RecordInvalid (Validation failed: Kind is not included in the list):')
    rq.completed(c.adv(0, 0.05), 500, 'Internal Server Error')
    zd_comment(c.adv(1800, 7200), R.choice(AGENTS)['id'], T(
        "Internal: <<kind>> identifiers are not in the allowed list for US tenants. Workaround: store <<v>> in the Other ID field for pt <<pid>> until EHR ships the kind.",
        kind=lab, v=Ph(oid, 'other_id'), pid=Ph(p['pid'], 'mrn')))


def st_wc(p, t0):
    t = p['t']
    c = Clock(t0)
    case = 'WC-%d-%s' % (R.choice([2023, 2024]), digits(6))
    inj = dos_date() - timedelta(days=R.randint(10, 200))
    winston(c.adv(0, 1), 'warn', 'workers comp claim missing employer address', 'claims-svc', {
        'tenantId': t['tid'], 'claimId': 'CLM-2024-%07d' % R.randint(1000, 99999),
        'patientId': Num(p['pid'], 'mrn'), 'wcCaseNumber': Ph(case, 'other_id'), 'dateOfInjury': Ph(fd(inj, 'iso'), 'date'),
        'employer': R.choice(['Treasure Valley Concrete LLC', 'Gem State Logistics', 'Boise Cascade Yard 4', 'Northwest Pipe Fabricators']),
        'carrier': 'STATE INSURANCE FUND', 'carrierPhone': '(208) 555-0148'})
    tk = new_ticket()
    staff = rstaff(t)
    zd_webhook(c.adv(3600, 14000), tk, 'WC claim will not submit', T(
        "Work comp claim for <<nm>>, case # <<cs>>, DOI <<d>> keeps failing with employer address error but the employer is filled in.",
        nm=Ph(p['lf'], 'name'), cs=Ph(case, 'other_id'), d=Ph(fd(inj, 'us'), 'date')), t, staff, 'normal', ['claims', 'workers-comp'])


def st_cgm(p, t0):
    t = p['t']
    c = Clock(t0)
    pino(c.adv(0, 1), 'device-ingest', t, 40, 'CGM sensor serial not registered', {
        'partner': 'dexcom', 'sensorSerial': Ph(p['cgm_serial'], 'device'), 'patientExternalId': Ph(p['mrn'], 'mrn'),
        'readings': R.randint(40, 288), 'windowStart': iso_s(t0 - timedelta(hours=24)), 'windowEnd': iso_s(t0)})
    rq = RailsReq(t)
    rq.started(c.adv(600, 3600), 'POST', ['/patients/', Ph(p['pid'], 'mrn'), '/devices'], priv_ip())
    rq.params(c.adv(0, 0.01), {'device': {'kind': 'cgm', 'manufacturer': 'Dexcom', 'serial_number': Ph(p['cgm_serial'], 'device'),
                                          'phone_imei': Ph(p['imei'], 'device')}, 'patient_id': Ph(p['pid'], 'mrn')})
    rq.completed(c.adv(0, 0.2), 201, 'Created')


# ----------------------------------------------------------------------------
# noise (no PHI)
# ----------------------------------------------------------------------------
def n_rails_req(ts):
    t = R.choice(TENANTS)
    rq = RailsReq(t)
    c = Clock(ts)
    kind = R.randint(0, 5)
    if kind == 0:
        d = TODAY + timedelta(days=R.randint(-1, 6))
        rq.started(c.t, 'GET', '/schedule?date=%s&provider_id=%d&view=day' % (d.isoformat(), R.randint(300, 900)), priv_ip())
        rq.processing(c.adv(0, 0.01), 'SchedulesController#show')
        rq.line(c.adv(0, 0.02), 'DEBUG', '  Appointment Load (%.1fms)  SELECT "appointments".* FROM "appointments" WHERE "appointments"."tenant_id" = $1 AND "appointments"."starts_at" BETWEEN $2 AND $3  [["tenant_id", %d], ["starts_at", "%s 00:00:00"], ["starts_at", "%s 23:59:59"]]'
                % (R.uniform(0.5, 20), t['pid'], d.isoformat(), d.isoformat()))
        rq.completed(c.adv(0, 0.3), 200, 'OK')
    elif kind == 1:
        rq.started(c.t, 'GET', '/api/v1/claims/batches/%d/status' % R.randint(10000, 99999), priv_ip())
        rq.processing(c.adv(0, 0.01), 'Api::V1::ClaimBatchesController#status', 'JSON')
        rq.completed(c.adv(0, 0.2), 200, 'OK')
    elif kind == 2:
        f = R.choice(FLAGS)
        rq.line(c.t, 'INFO', 'Flipper feature :%s %s for actor Tenant;%s (rollout %d%%)' % (f, R.choice(['enabled', 'checked: true', 'checked: false']), t['tid'], R.choice([0, 10, 25, 50, 100])))
    elif kind == 3:
        rq.started(c.t, 'GET', '/encounters/%d/superbill.pdf' % R.randint(1000000, 9999999), priv_ip())
        rq.processing(c.adv(0, 0.01), 'SuperbillsController#show', 'PDF')
        rq.line(c.adv(0, 0.5), 'INFO', '  Rendered superbills/show.pdf.erb within layouts/pdf (Duration: %.1fms | Allocations: %d)' % (R.uniform(30, 500), R.randint(10000, 90000)))
        rq.completed(c.adv(0, 0.3), 200, 'OK')
    elif kind == 4:
        rq.line(c.t, 'DEBUG', '  Tenant Load (%.1fms)  SELECT "tenants".* FROM "tenants" WHERE "tenants"."subdomain" = $1 LIMIT $2  [["subdomain", "%s"], ["LIMIT", 1]]' % (R.uniform(0.2, 3), t['sub']))
    else:
        rq.started(c.t, 'POST', '/practice/settings/branding', priv_ip())
        rq.params(c.adv(0, 0.01), {'authenticity_token': '[FILTERED]', 'branding': {
            'logo_data_uri': 'data:image/png;base64,' + png_b64(R.randint(200, 500), 400, 120), 'primary_color': '#%s' % hx(6),
            'practice_phone': t['phone'], 'practice_fax': t['fax']}})
        rq.completed(c.adv(0, 0.3), 302, 'Found')


def n_pino(ts):
    t = R.choice(TENANTS)
    svc = R.choice(['scheduling-api', 'eligibility-svc', 'notification-svc', 'erx-gateway', 'document-svc'])
    k = R.randint(0, 4)
    if k == 0:
        d = (TODAY + timedelta(days=R.randint(0, 7))).isoformat()
        pino(ts, svc, t, 30, 'request completed', {'req': {'id': 'req-%s' % hx(6), 'method': 'GET',
                                                           'url': '/v2/appointments?tenant=%s&from=%s&limit=200' % (t['tid'], d)},
                                                   'res': {'statusCode': 200}, 'responseTime': R.randint(5, 900)})
    elif k == 1:
        pino(ts, 'erx-gateway', t, 40, 'Surescripts NewRx ack delayed', {'messageId': hx(32), 'prescriberNpi': '1%s' % digits(9),
                                                                         'latencyMs': R.randint(5000, 90000), 'queueDepth': R.randint(10, 400)})
    elif k == 2:
        pino(ts, svc, None, 30, 'feature flags refreshed', {'source': 'launchdarkly', 'flags': R.sample(FLAGS, 3), 'version': R.randint(100, 999)})
    elif k == 3:
        pino(ts, 'document-svc', t, 50, 'fax provider webhook signature mismatch', {'provider': 'srfax', 'remoteAddr': priv_ip(),
                                                                                      'signature': hx(40), 'expected': hx(40)})
    else:
        pino(ts, svc, t, 30, 'db pool stats', {'total': 20, 'idle': R.randint(0, 20), 'waiting': R.randint(0, 5), 'host': 'ehr-prod-%d.cluster-%s.us-west-2.rds.amazonaws.com' % (R.randint(1, 3), hx(12))})


def n_zd_ticket(ts):
    t = R.choice(TENANTS)
    tk = new_ticket()
    staff = rstaff(t)
    doc = R.choice(t['docs'])
    opts = [
        ('Label printer prints blank after update', "After last night's update (%s) our Zebra ZD421 prints blank labels. Driver 10.8.%d. Call %s ext %d."
         % (R.choice(BUILDS), R.randint(1, 9), t['phone'], R.randint(100, 299)), ['printing']),
        ('EPCS token not working for provider', "%s cannot sign controlled substances, token says out of sync. DEA %s%s%s, NPI 1%s." % (
            doc, R.choice('ABFM'), doc.split()[-1][0].upper(), digits(7), digits(9)), ['erx', 'epcs']),
        ('ERA import stuck', 'ERA file from %s dated %s stuck in processing since yesterday, batch B%s.' % (
            R.choice(['UHC', 'Aetna', 'BCBS']), (TODAY - timedelta(days=R.randint(1, 5))).strftime('%m/%d/%Y'), digits(8)), ['billing', 'era']),
        ('Feature request: bulk reschedule', 'When %s is out we need to move all of the day at once. Please add bulk reschedule.' % doc, ['feature-request']),
        ('Add new user', 'Please add our new MA %s, same permissions as %s. Start date %s.' % (
            R.choice(['Keanu Alapai', 'Sofia Marchetti', 'Jaylen Brooks', 'Ngozi Eze', 'Lars Becker']), staff,
            (TODAY + timedelta(days=R.randint(3, 20))).strftime('%m/%d'), ), ['users']),
        ('Fax line down', 'Incoming faxes to %s stopped around 9am. Outgoing still works.' % t['fax'], ['fax']),
    ]
    subj, desc, tags = R.choice(opts)
    zd_webhook(ts, tk, subj, [(desc + '\n\n%s\n%s\n%s, %s %s %s' % (staff, t['name'], t['street'], t['city'], t['st'], t['pzip']), None)],
               t, staff, R.choice(['low', 'normal', 'normal', 'high']), tags)


def n_zd_comment(ts):
    agent = R.choice(AGENTS)
    opts = ["Internal: reproduced on staging with build %s, attaching HAR. Not tenant specific." % R.choice(BUILDS),
            "Hi there,\n\nThanks for reaching out. Can you tell us which workstation this happens on and send a screenshot of the error? "
            "You can also reach us at %s.\n\n%s\nCalyx Health Support" % (VENDOR['support_phone'], agent['name']),
            "Internal: linked to EHR-%d, waiting for deploy. Set to On-hold." % R.randint(7000, 7800),
            "Internal: customer confirmed fixed after clearing Chrome cache. Solving.",
            "We have scheduled a remote session for tomorrow at 10:30 MT. The link will come from noreply@calyxehr.com."]
    att = []
    if R.random() < 0.3:
        att = [{'url': 'https://calyxhealth.zendesk.com/api/v2/attachments/%d.json' % R.randint(10 ** 13, 10 ** 14),
                'id': R.randint(10 ** 13, 10 ** 14), 'file_name': 'Screenshot %s at %d.%02d.%02d AM.png' % (TODAY.isoformat(), R.randint(8, 11), R.randint(0, 59), R.randint(0, 59)),
                'content_url': 'https://calyxhealth.zendesk.com/attachments/token/%s/?name=screenshot.png' % hx(25),
                'content_type': 'image/png', 'size': R.randint(20000, 900000), 'inline': False}]
    zd_comment(ts, agent['id'], [(R.choice(opts), None)], public=R.random() < 0.4, attachments=att)


def n_jira(ts):
    e = R.choice(ENGS)
    key = 'EHR-%d' % R.randint(6100, 6999)
    k = R.randint(0, 2)
    if k == 0:
        o = {'timestamp': epoch_ms(ts), 'webhookEvent': 'jira:issue_updated', 'issue_event_type_name': 'issue_generic',
             'user': jira_user(e), 'issue': {'id': jira_issue_id(key), 'key': key},
             'changelog': {'id': str(R.randint(100000, 999999)), 'items': [{'field': 'status', 'fieldtype': 'jira',
                                                                           'from': '3', 'fromString': 'In Progress', 'to': '10001', 'toString': 'In Review'}]}}
        emit(ts, 'jira-webhook', J(o))
    elif k == 1:
        jira_comment(ts, key, e, [('Fixed in %s, merged as %s. Deploying with build %s behind {{%s}}.' % (
            'PR #%d' % R.randint(3000, 5000), R.choice(COMMITS)[:8], R.choice(BUILDS), R.choice(FLAGS)), None)], 'Misc fix')
    else:
        jira_created(ts, key, e, R.choice(['Superbill PDF misaligned on Letter paper', 'Scheduler drag-drop loses provider color',
                                           'Upgrade pg gem to 1.5.6', 'ERA parser chokes on PLB*WO', 'Flaky spec: spec/models/claim_spec.rb:212']),
                     [('Repro on staging (%s). Stack:\n{noformat}\nNoMethodError: undefined method `id\' for nil:NilClass\n  app/services/claims/builder.rb:%d\n{noformat}' % (
                         R.choice(BUILDS), R.randint(20, 400)), None)], None, None, ['tech-debt'], 'Medium', 'Task')


def n_slack(ts):
    e = R.choice(ENGS)
    msgs = ['deploying %s (`%s`) to prod-usw2, canary 10%%' % (R.choice(BUILDS), R.choice(COMMITS)[:7]),
            'p95 on eligibility-svc back under 800ms after scaling to 6 tasks',
            '<!subteam^S01ONCALL> Surescripts reporting delays, statuspage incident opened',
            'flipped `%s` to 50%% of tenants' % R.choice(FLAGS),
            'reminder: DB fix scripts need a second reviewer, see <https://calyxhealth.atlassian.net/wiki/spaces/ENG/pages/1234567/Runbook+DB-07|Runbook DB-07>',
            'tenant `%s` reporting 502s on /schedule, looking' % R.choice(TENANTS)['tid']]
    slack(ts, R.choice(['eng-oncall', 'deploys', 'escalations']), e['slack'], [(R.choice(msgs), None)])


def n_status(ts):
    names = ['Delayed e-prescription transmissions', 'Elevated error rates on patient portal login', 'Clearinghouse (Availity) eligibility delays',
             'Scheduled maintenance: database upgrade']
    st = R.choice(['investigating', 'identified', 'monitoring', 'resolved'])
    o = {'meta': {'unsubscribe': 'https://status.calyxehr.com/?unsubscribe=%s' % hx(12),
                  'documentation': 'https://help.statuspage.io/knowledge_base/topics/webhook-notifications'},
         'page': {'id': 'y2j98763l443', 'status_indicator': R.choice(['none', 'minor', 'major']), 'status_description': R.choice(['All Systems Operational', 'Minor Service Outage', 'Partial System Outage'])},
         'incident': {'name': R.choice(names), 'status': st, 'created_at': iso_ms(ts - timedelta(minutes=R.randint(5, 300))),
                      'updated_at': iso_ms(ts), 'impact': R.choice(['minor', 'major', 'none']), 'shortlink': 'https://stspg.io/%s' % hx(7),
                      'id': hx(12), 'incident_updates': [{'body': 'We are %s the issue. Next update in 30 minutes.' % st, 'status': st,
                                                          'created_at': iso_ms(ts)}]}}
    emit(ts, 'statuspage-webhook', J(o))


RN_LINES = None


def n_release(ts):
    b = R.choice(BUILDS)
    opts = ['## CalyxEHR %s (build %s) - released %s' % (b.split('+')[0], b.split('+')[1], TODAY.strftime('%B %d, %Y')),
            '- **Scheduling:** Fixed an issue where recurring appointments skipped the first week after DST (EHR-%d)' % R.randint(7000, 7800),
            '- **Demographics:** Two-digit years in date of birth are now rejected instead of guessed (EHR-%d)' % R.randint(7000, 7800),
            '- **Billing:** ERA parser handles PLB adjustments with WO reason codes (EHR-%d)' % R.randint(7000, 7800),
            '- **Patient portal:** Password reset emails now retry via a secondary provider; feature flag `portal_magic_link` on for all tenants',
            '- **Devices:** Remote monitoring serials can no longer be assigned to two active patients (EHR-%d)' % R.randint(7000, 7800),
            '- Security: payments-svc no longer logs tokenization payloads (commit %s)' % R.choice(COMMITS)[:7],
            '> Support: %s | %s | %s' % (VENDOR['support_phone'], VENDOR['support_email'], VENDOR['addr'])]
    emit(ts, 'release-notes', R.choice(opts))


def n_gha(ts):
    b = R.choice(BUILDS)
    opts = ['##[group]Run bundle exec rake db:migrate',
            'Deploying calyx-web@%s to prod-usw2 (build %s)' % (R.choice(COMMITS)[:12], b),
            '== 20240311%06d AddDobSourceToPatients: migrated (%.4fs) ==' % (R.randint(0, 235959), R.uniform(0.001, 2)),
            'Successfully pushed %d.dkr.ecr.us-west-2.amazonaws.com/calyx-web:%s' % (R.randint(10 ** 11, 10 ** 12 - 1), b.replace('+', '-')),
            'ecs update-service --cluster prod-usw2 --service calyx-web --task-definition calyx-web:%d' % R.randint(800, 999),
            'Waiting for service calyx-web to become stable... (%ds)' % R.randint(10, 400)]
    emit(ts, 'gha-deploy', ts.strftime('%Y-%m-%dT%H:%M:%S.') + '%07dZ ' % (ts.microsecond * 10), R.choice(opts))


def n_psql(ts):
    c = Clock(ts)
    k = R.randint(0, 3)
    if k == 0:
        psql(c.t, "ehr_prod=> SELECT status, count(*) FROM claims WHERE tenant_id = '%s' AND created_at > '%s' GROUP BY 1;" % (R.choice(TENANTS)['tid'], (TODAY - timedelta(days=1)).isoformat()))
        rows = [[(s, None), (str(R.randint(0, 900)), None)] for s in ['accepted', 'rejected', 'pending']]
        for segs in psql_table([('status', 'l'), ('count', 'r')], rows):
            psql(c.adv(0, 0.01), segs)
    elif k == 1:
        psql(c.t, 'ehr_prod=> \\timing on')
        psql(c.adv(0, 0.1), 'Timing is on.')
    elif k == 2:
        psql(c.t, "ehr_prod=> SELECT id, subdomain, plan, created_at::date FROM tenants WHERE id = '%s';" % R.choice(TENANTS)['tid'])
        t = R.choice(TENANTS)
        for segs in psql_table([('id', 'l'), ('subdomain', 'l'), ('plan', 'l'), ('created_at', 'l')],
                               [[(t['tid'], None), (t['sub'], None), (R.choice(['growth', 'enterprise', 'starter']), None), ('20%d-%02d-%02d' % (R.randint(17, 22), R.randint(1, 12), R.randint(1, 28)), None)]]):
            psql(c.adv(0, 0.01), segs)
    else:
        psql(c.t, 'ehr_prod=> BEGIN;')
        psql(c.adv(0, 0.1), 'BEGIN')
        psql(c.adv(1, 20), 'ehr_prod=*> ROLLBACK;')
        psql(c.adv(0, 0.1), 'ROLLBACK')


def n_sidekiq(ts):
    c = Clock(ts)
    pid = R.choice(RAILS_PIDS)
    tid = hx(4)
    jid = hx(24)
    cls = R.choice(['EraImportJob', 'EligibilityBatchJob', 'ReminderDispatchJob', 'SearchReindexJob', 'HL7InboundJob'])
    sidekiq(c.t, pid, tid, cls, jid, 'INFO', 'start')
    sidekiq(c.adv(0.1, 30), pid, tid, cls, jid, 'INFO', 'done: %.3f sec' % R.uniform(0.05, 30))


def n_remote(ts):
    if R.random() < 0.5:
        p1, p2 = R.randint(2000, 9000), R.randint(2000, 9000)
        teamviewer(ts, p1, p2, R.choice(["CFileTransferHandler::SendFile: start 'C:\\CalyxSupport\\drivers\\ZDesigner_10.8.5_x64.exe' size=%d" % R.randint(10 ** 6, 9 * 10 ** 7),
                                         'CTcpConnectionBase[%d]::HandleRead(): Connection reset by peer' % R.randint(10, 99),
                                         'Activating Router carrier: router%d.teamviewer.com' % R.randint(1, 99)]))
    else:
        screenconnect(ts, uuid4(), R.choice(['Event=QueuedCommand\tParticipant=Host\tData=Get-Printer | Format-Table',
                                             'Event=Connected\tParticipant=Guest\tName=%s-FRONT-%02d\tNetworkAddress=%s' % (R.choice(TENANTS)['sub'][:4].upper(), R.randint(1, 9), priv_ip()),
                                             'Event=EndedSession\tParticipant=Host\tData=Reboot requested by host']))


def n_nginx(ts):
    t = R.choice(TENANTS)
    path = R.choice(['/healthz', '/assets/application-%s.js' % hx(16), '/api/v1/ping', '/cable'])
    emit(ts, 'nginx-access', '%s - - [%s +0000] "GET %s HTTP/1.1" %d %d "-" "%s" rt=%.3f uct=0.000 urt=%.3f tenant=%s' % (
        priv_ip(), ts.strftime('%d/%b/%Y:%H:%M:%S'), path, R.choice([200, 200, 304, 101]), R.randint(0, 90000),
        R.choice(['ELB-HealthChecker/2.0', UAS[2], 'kube-probe/1.28']), R.uniform(0, 0.05), R.uniform(0, 0.05), t['tid']))


def n_winston(ts):
    t = R.choice(TENANTS)
    winston(ts, R.choice(['info', 'info', 'warn']), R.choice(['claim batch submitted', '999 accepted', '277CA received', 'clearinghouse session refreshed']),
            R.choice(['claims-svc', 'eligibility-svc']), {'tenantId': t['tid'], 'batchId': 'B%s' % digits(8), 'claims': R.randint(1, 300),
                                                          'isaControl': digits(9), 'traceId': hx(32)})


def n_kiosk(ts):
    t = R.choice(TENANTS)
    serilog(ts, t['off'], R.choice(['INF', 'WRN']), R.choice(['Heartbeat ok kiosk=KSK-%s-%02d uptime=%dh cpu=%d%%' % (t['sub'][:3].upper(), R.randint(1, 6), R.randint(1, 400), R.randint(2, 60)),
                                                               'Card reader firmware 2.%d.%d detected' % (R.randint(0, 9), R.randint(0, 30)),
                                                               'Update channel stable, current 3.8.%d' % R.randint(100, 400)]))


NOISE = [(n_rails_req, 8), (n_pino, 10), (n_zd_ticket, 8), (n_zd_comment, 6), (n_jira, 6), (n_slack, 7), (n_status, 5),
         (n_release, 8), (n_gha, 7), (n_psql, 3), (n_sidekiq, 3), (n_remote, 4), (n_nginx, 6), (n_winston, 5), (n_kiosk, 3)]
SINGLE_NOISE = [n_pino, n_zd_ticket, n_zd_comment, n_slack, n_status, n_release, n_gha, n_remote, n_nginx, n_winston, n_kiosk]


# ----------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------
def rand_t0():
    return BASE + timedelta(seconds=R.uniform(3600, WINDOW_S - 6 * 3600))


def main():
    P = PBY
    plan = [
        (st_dob_fix, P['Kowalczyk']), (st_portal, P['Okafor']), (st_remote_tv, P['Hossain']), (st_elig, P['Tanabe']),
        (st_card, P['Treviño']), (st_fax, P['Whitfield']), (st_rpm, P['Mokoena']), (st_mobile, P['Chou']),
        (st_kiosk, P['Carvalho']), (st_idscan, P['Kowalczyk']), (st_mva, P['Yıldız']), (st_photo, P['Volkov']),
        (st_merge, P['Ben-David']), (st_sev1, P['Raghunathan']), (st_age, P['Solberg']), (st_labkit, P['Horváth']),
        (st_social, P['Okafor']), (st_emerg, P['Treviño']), (st_ssn, P['Diallo']), (st_sms, P['Kahananui']),
        (st_intl, P['Treviño']), (st_wc, P['El Idrissi']), (st_cgm, P['Lindqvist']), (st_remote_sc, P['Nguyễn']),
        (st_age, P['Baptiste']), (st_dob_fix, P['Ní Bhriain']), (st_portal, P['Melnyk']), (st_emerg, P['Ngata']),
        (st_elig, P['Quispe Mamani']), (st_kiosk, P['Ó Súilleabháin']), (st_social, P['Whitfield']), (st_mva, P['Melnyk']),
        (st_card, P['Al-Khatib']), (st_fax, P['Hossain']), (st_idscan, P['Diallo']), (st_kiosk, P['Kahananui']),
        (st_fax, P['Baptiste']), (st_idscan, P['Tanabe']), (st_mobile, P['Kahananui']), (st_elig, P['Whitfield']),
        (st_elig, P['Carvalho']),
    ]
    for fn, p in plan:
        fn(p, rand_t0())

    def phi_lines():
        return sum(1 for x in OUT if x[4])

    stories = [st_dob_fix, st_portal, st_remote_tv, st_remote_sc, st_elig, st_card, st_fax, st_rpm, st_mobile, st_kiosk,
               st_idscan, st_mva, st_photo, st_merge, st_sev1, st_labkit, st_social, st_emerg, st_ssn, st_sms, st_wc, st_cgm]
    min_age = {st_idscan: 16, st_mobile: 13, st_portal: 13, st_kiosk: 12, st_ssn: 16, st_wc: 18}
    while phi_lines() < TARGET_PHI_LINES:
        fn = R.choice(stories)
        pool = [x for x in PATIENTS if x['age'] >= min_age.get(fn, 0)]
        fn(R.choice(pool), rand_t0())

    assert len(OUT) <= N_LINES - 60, len(OUT)
    if os.environ.get('FN_DEBUG'):
        print('story lines', len(OUT), 'phi', phi_lines())
    weights = [w for _, w in NOISE]
    fns = [f for f, _ in NOISE]
    while len(OUT) < N_LINES:
        before = len(OUT)
        snapshot = list(OUT)
        if N_LINES - len(OUT) > 6:
            R.choices(fns, weights)[0](BASE + timedelta(seconds=R.uniform(0, WINDOW_S)))
        else:
            R.choice(SINGLE_NOISE)(BASE + timedelta(seconds=R.uniform(0, WINDOW_S)))
        if len(OUT) > N_LINES:
            OUT[:] = snapshot
        assert all(not x[4] for x in OUT[before:])

    OUT.sort(key=lambda x: (x[0], x[1]))
    assert len(OUT) == N_LINES
    with open(os.path.join(HERE, ID + '.log'), 'wb') as f:
        for x in OUT:
            f.write(x[3] + b'\n')
    with open(os.path.join(HERE, ID + '.labels.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for i, x in enumerate(OUT, 1):
            f.write(json.dumps({'line': i, 'family': x[2], 'spans': x[4]}, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
