#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for held-out corpus 'bb'.

Theme: PHI inside free-text log and error messages written by developers,
across languages and logging libraries.  Standard library only, fixed seed,
byte-for-byte deterministic.  Writes bb.log (500 lines) and bb.labels.jsonl
next to this script.  Every span is verified against the line bytes at the end.
"""

import base64
import datetime as dt
import json
import os
import random
import re
import sys
import unicodedata
import urllib.parse

CID = 'bb'
SEED = 20240305
N_LINES = 500
N_CLEAN = 225            # 45 % of the lines carry no PHI
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

CATS = {'name', 'address', 'zip', 'date', 'age', 'phone', 'fax', 'email', 'ssn',
        'mrn', 'health_plan', 'account', 'license', 'vehicle', 'device', 'url',
        'ip', 'biometric', 'photo', 'other_id'}

# ============================================================== segments
# A segment is (text, cat_or_None, raw_value_or_None, escape_chain).
# `text` is what lands in the line; for a PHI segment `raw` is the intended
# value and `escape_chain` the escapes that were applied to it, so the final
# check can recompute the expected bytes independently.

PH_RE = re.compile(r'\{\{(\w+)\}\}')


def to_segs(v):
    if v is None:
        return []
    if isinstance(v, str):
        return [(v, None, None, ())]
    if isinstance(v, tuple):
        assert v[1] in CATS, v
        return [(v[0], v[1], v[0], ())]
    if isinstance(v, list):
        return v
    return [(str(v), None, None, ())]


def M(fmt, **kw):
    out, pos = [], 0
    for m in PH_RE.finditer(fmt):
        if m.start() > pos:
            out.append((fmt[pos:m.start()], None, None, ()))
        out.extend(to_segs(kw[m.group(1)]))
        pos = m.end()
    if pos < len(fmt):
        out.append((fmt[pos:], None, None, ()))
    return out


def C(*parts):
    out = []
    for p in parts:
        out.extend(to_segs(p))
    return out


def _gojson(s):
    s = json.dumps(s, ensure_ascii=False)[1:-1]
    return (s.replace('<', '\\u003c').replace('>', '\\u003e').replace('&', '\\u0026')
            .replace('\u2028', '\\u2028').replace('\u2029', '\\u2029'))


ESC = {
    'json': lambda s: json.dumps(s, ensure_ascii=False)[1:-1],
    'jsona': lambda s: json.dumps(s)[1:-1],
    'gojson': _gojson,
    'q': lambda s: s.replace('\\', '\\\\').replace('"', '\\"'),
    'pyr1': lambda s: s.replace('\\', '\\\\').replace("'", "\\'"),
    'pyr2': lambda s: s.replace('\\', '\\\\'),
    'url': lambda s: urllib.parse.quote(s, safe=''),
    'urlp': lambda s: urllib.parse.quote_plus(s),
    'sql': lambda s: s.replace("'", "''"),
}


def esc(v, kind):
    return [(ESC[kind](t), c, r, e + (kind,)) for (t, c, r, e) in to_segs(v)]


def J(v):
    return esc(v, 'json')


def JA(v):
    return esc(v, 'jsona')


def Q(v):
    return esc(v, 'q')


def PYR(v):
    """Python repr of a single string value, quotes outside the span."""
    segs = to_segs(v)
    raw = ''.join(t for t, _, _, _ in segs)
    q = repr(raw)[0]
    kind = 'pyr1' if q == "'" else 'pyr2'
    return [(q, None, None, ())] + esc(segs, kind) + [(q, None, None, ())]


def JSQ(v):
    """Node util.inspect style quoting: single quotes unless value has one."""
    segs = to_segs(v)
    raw = ''.join(t for t, _, _, _ in segs)
    q = '"' if "'" in raw else "'"
    return [(q, None, None, ())] + segs + [(q, None, None, ())]


def LF(v):
    """logfmt value: bare if no space/quote, else double-quoted+escaped."""
    segs = to_segs(v)
    raw = ''.join(t for t, _, _, _ in segs)
    if raw and not re.search(r'[\s"=\\]', raw):
        return segs
    return [('"', None, None, ())] + Q(segs) + [('"', None, None, ())]


# ============================================================== clock
MON = ['', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
MONTH = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
         'September', 'October', 'November', 'December']
DOW = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MES = ['', 'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto',
       'septiembre', 'octubre', 'noviembre', 'diciembre']
MOIS = ['', 'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
        'septembre', 'octobre', 'novembre', 'décembre']

CLK = [dt.datetime(2024, 3, 5, 8, 2, 11, 123456)]
EPOCH = dt.datetime(1970, 1, 1)


def tick():
    CLK[0] += dt.timedelta(microseconds=R.randint(2000, 25_000_000))


def now():
    return CLK[0]


def _ms(t):
    return t.microsecond // 1000


def ts_iso_z(t=None):
    t = t or now()
    return t.strftime('%Y-%m-%dT%H:%M:%S') + '.%03dZ' % _ms(t)


def ts_iso_us(t=None):
    t = t or now()
    return t.strftime('%Y-%m-%dT%H:%M:%S') + '.%06d' % t.microsecond


def ts_py(t=None):
    t = t or now()
    return t.strftime('%Y-%m-%d %H:%M:%S') + ',%03d' % _ms(t)


def epoch_parts(t=None):
    t = t or now()
    d = t - EPOCH
    return d.days * 86400 + d.seconds, d.microseconds


def ts_epoch_f():
    s, us = epoch_parts()
    return '%d.%06d' % (s, us)


def ts_epoch_ms():
    s, us = epoch_parts()
    return str(s * 1000 + us // 1000)


def ts_nano(t=None):
    t = t or now()
    return t.strftime('%Y-%m-%dT%H:%M:%S') + '.%06d%03dZ' % (t.microsecond, R.randint(0, 999))


def ts_syslog(t=None):
    t = t or now()
    return '%s %2d %s' % (MON[t.month], t.day, t.strftime('%H:%M:%S'))


# ============================================================== people
FIRST = ['Maria', 'Jane', 'José', 'Aisha', 'Chidi', 'Oluwaseun', 'Mei', 'Hiroshi', 'Priya',
         'Rahul', 'Fatima', 'Mohammed', 'Olga', 'Dmitri', 'Siobhan', 'Seán', 'Zoë', 'François',
         'Amélie', 'Łukasz', 'Björn', 'Ngozi', 'Kwame', 'Thanh', 'Minh', 'Ji-woo', 'Carmen',
         'Guadalupe', 'Rosa', 'Grace', 'Hope', 'Joy', 'Faith', 'Will', 'Mark', 'Rose', 'Summer',
         'April', 'June', 'Dawn', 'Hunter', 'Christian', 'Patience', 'Precious', 'Iris', 'Jade',
         'Ivy', 'Amber', 'Penny', 'Sunny', 'Bao', 'Esperanza', 'Tomasz', 'Yusuf', 'Leilani',
         'Aroha', 'Deepika', 'Ingrid', 'Kofi', 'Nadia', 'Omar', 'Sakura', 'Valentina', 'Xochitl',
         'Eamon', 'Marguerite', 'Dolores', 'Earl', 'Chase', 'Destiny', 'Gene', 'Bill', 'Sue',
         'Harry', 'Ruth', 'Rocky', 'Cherokee', 'Shanice', 'DeShawn', 'Tyrone', 'Wanda']
LAST = ['Lopez', 'Doe', 'Nguyen', 'Okafor', 'Kowalski', 'Haddad', 'Yamamoto', 'Singh', 'Ivanova',
        'Goldberg', 'Mensah', 'Papadopoulos', "O'Connell", 'Fernández', 'Kim', 'Chen', 'Abdullah',
        'Müller', 'Núñez', 'Dubois', 'Lefèvre', 'García-Márquez', 'Brown', 'White', 'Young',
        'Long', 'Price', 'Stone', 'Bell', 'Rice', 'Hill', 'Wood', 'Love', 'King', 'Little',
        'Black', 'Fox', 'Hunt', 'Park', 'Lee', 'Friday', 'Day', 'Sweet', 'Moody', 'Cook', 'Baker',
        'Mason', 'Bishop', 'Banks', 'Street', 'Church', 'Nash', 'Castillo', 'Adeyemi',
        'van der Berg', 'de la Cruz', 'Al-Rashid', 'Bianchi', 'Rossi', 'Jansen', 'Ødegaard',
        'Székely', 'Tran', 'Pham', 'Begay', 'Kealoha', 'Wójcik', 'Hernandez', 'Washington',
        'Jefferson', 'Guerrero', 'Christmas', 'Summers', 'Winter', 'Cash', 'Savage', "D'Angelo",
        'MacDonald', 'Nakamura-Reyes', 'Oyelaran']
ES_FIRST = ['Juan', 'María José', 'Guadalupe', 'Alejandro', 'Lucía', 'Javier', 'Inmaculada',
            'Jesús', 'Rocío', 'Íñigo', 'Begoña', 'Ximena', 'Dolores', 'Amparo', 'Consuelo']
ES_LAST = ['Pérez', 'Gutiérrez', 'Hernández Ruiz', 'Fernández', 'Martín', 'Ibáñez', 'Sánchez',
           'García López', 'Muñoz', 'Ortega', 'Núñez de Arce', 'Peña', 'Iglesias', 'Romero Soto']
FR_FIRST = ['Jean-Luc', 'Élodie', 'Benoît', 'Chloé', 'Marie-Thérèse', 'Loïc', 'Gaëlle', 'François',
            'Hélène', 'Noël', 'Céline', 'Aurélien', 'Blanche', 'Joséphine']
FR_LAST = ['Martin', 'Lefèvre', 'Girard', 'Moreau', 'Dubois', 'Fontaine', 'Chevalier', 'Lemaire',
           'Bonnet', 'Roux', 'Mercier', 'Boulanger', 'Lévêque', 'Faure']

CITIES = [('Springfield', 'IL', '627'), ('Dayton', 'OH', '454'), ('Tulsa', 'OK', '741'),
          ('Fresno', 'CA', '937'), ('Boise', 'ID', '837'), ('Eugene', 'OR', '974'),
          ('Akron', 'OH', '443'), ('Provo', 'UT', '846'), ('Macon', 'GA', '312'),
          ('Duluth', 'MN', '558'), ('Lowell', 'MA', '018'), ('Yonkers', 'NY', '107'),
          ('El Paso', 'TX', '799'), ('Paterson', 'NJ', '075'), ('Hialeah', 'FL', '330'),
          ('Chandler', 'AZ', '852'), ('Lansing', 'MI', '489'), ('Savannah', 'GA', '314'),
          ('Charlotte', 'NC', '282'), ('Marion', 'IN', '469'), ('Florence', 'AL', '356'),
          ('Jackson', 'MS', '392'), ('Austin', 'TX', '787'), ('Cambridge', 'MA', '021'),
          ('Santa Fe', 'NM', '875'), ('Kalamazoo', 'MI', '490'), ('Bangor', 'ME', '044'),
          ('Hilo', 'HI', '967'), ('Gallup', 'NM', '873')]
STREETS = ['Maple Ave', 'Elm St', 'Harbor View Rd', 'Oak Ridge Dr', 'Martin Luther King Jr Blvd',
           'Cedar Ln', 'Washington St', 'Old Mill Rd', 'Sunset Blvd', 'Pine Hollow Ct',
           'Calle Ocho', 'Lincoln Way', 'Jefferson Ave', 'Prospect Pl', 'W 3rd St', 'N Broadway',
           'County Road 12', 'Magnolia Cir', 'E Main St', 'Willow Creek Trl', 'Avenida del Sol']
UNITS = ['', '', '', ' Apt 3B', ' Unit 12', ' #204', ' Apt. 7', ' Lot 19', ' Fl 2']
ES_STREETS = ['Calle Mayor', 'Avda. de la Constitución', 'C/ Alcalá', 'Calle Ercilla', 'Paseo de Gracia',
              'Calle del Sol', 'Ronda de Triana']
ES_CITIES = [('Madrid', '280'), ('Sevilla', '410'), ('Barcelona', '080'), ('Valencia', '460'),
             ('Bilbao', '480'), ('Zaragoza', '500')]
FR_STREETS = ['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'impasse des Tilleuls',
              'rue de la République', 'chemin du Moulin', 'allée des Peupliers']
FR_CITIES = [('Lyon', '69003'), ('Marseille', '13006'), ('Lille', '59000'), ('Nantes', '44000'),
             ('Toulouse', '31000'), ('Rennes', '35000'), ('Besançon', '25000')]
EMAIL_DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'icloud.com', 'aol.com',
                 'comcast.net', 'proton.me', 'att.net', 'live.com']
RELS = ['mother', 'father', 'spouse', 'daughter', 'son', 'guardian', 'sister', 'grandson']


def rdate(y0, y1):
    d0 = dt.date(y0, 1, 1)
    return d0 + dt.timedelta(days=R.randint(0, (dt.date(y1, 12, 31) - d0).days))


def fold(s):
    s = (s.replace('Ł', 'L').replace('ł', 'l').replace('Ø', 'O').replace('ø', 'o')
         .replace('ß', 'ss').replace("'", '').replace(' ', '').replace('-', ''))
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


class Person:
    def __init__(self, loc='us'):
        self.loc = loc
        if loc == 'es':
            self.first, self.last = R.choice(ES_FIRST), R.choice(ES_LAST)
        elif loc == 'fr':
            self.first, self.last = R.choice(FR_FIRST), R.choice(FR_LAST)
        else:
            self.first, self.last = R.choice(FIRST), R.choice(LAST)
        self.mi = R.choice('ABCDEFGHJKLMNPRSTW')
        self.dob = rdate(1924, 2006)
        self.sex = R.choice('FM')
        if loc == 'es':
            city, z3 = R.choice(ES_CITIES)
            self.addr = ('%s %d' % (R.choice(ES_STREETS), R.randint(1, 140))
                         + R.choice(['', ', 3º B', ', 2º 1ª', ', bajo', ', 5º izq.']),
                         city, None, z3 + '%02d' % R.randint(1, 45))
        elif loc == 'fr':
            city, cp = R.choice(FR_CITIES)
            self.addr = ('%d%s %s' % (R.randint(1, 140), R.choice(['', '', ' bis', ' ter']),
                                      R.choice(FR_STREETS)), city, None, cp)
        else:
            city, st, z3 = R.choice(CITIES)
            z = z3 + '%02d' % R.randint(1, 99)
            if R.random() < 0.25:
                z += '-%04d' % R.randint(1, 9999)
            self.addr = ('%d %s%s' % (R.randint(2, 9899), R.choice(STREETS), R.choice(UNITS)),
                         city, st, z)

    def email(self):
        f = fold(self.first).lower()
        l = fold(self.last).lower()
        n = R.randint(1, 99)
        y = self.dob.year
        local = R.choice(['%s.%s' % (f, l), '%s%s%d' % (f, l, n), '%s%s' % (f[0], l),
                          '%s_%s%02d' % (f, l, y % 100), '%s.%s%d' % (l, f, y), '%s%02d' % (f, y % 100),
                          '%s.%s%d' % (f, l, n)])
        if self.loc == 'fr':
            dom = R.choice(['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'sfr.fr'])
        elif self.loc == 'es':
            dom = R.choice(['gmail.com', 'hotmail.es', 'yahoo.es', 'telefonica.net'])
        else:
            dom = R.choice(EMAIL_DOMAINS)
        return local + '@' + dom


def name_str(p, st=None):
    if st is None:
        st = R.choices(['full', 'lastfirst', 'upper', 'upper_lf', 'lower', 'first', 'mi', 'last',
                        'init_last'], weights=[40, 12, 6, 8, 6, 9, 8, 5, 3])[0]
    f, l = p.first, p.last
    return {
        'full': '%s %s' % (f, l),
        'lastfirst': '%s, %s' % (l, f),
        'lastfirst_ns': '%s,%s' % (l, f),
        'upper': ('%s %s' % (f, l)).upper(),
        'upper_lf': ('%s, %s' % (l, f)).upper(),
        'lower': ('%s %s' % (f, l)).lower(),
        'first': f,
        'last': l,
        'mi': '%s %s. %s' % (f, p.mi, l),
        'init_last': '%s. %s' % (f[0], l),
        'hl7': '%s^%s^%s' % (l.upper(), f.upper(), p.mi),
        'dicom': '%s^%s' % (l.upper(), f.upper()),
    }[st]


def N(p, st=None):
    return (name_str(p, st), 'name')


def ordn(n):
    suf = 'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')
    return '%d%s' % (n, suf)


def fd(d, st):
    y, m, dd = d.year, d.month, d.day
    if st == 'us': return '%02d/%02d/%d' % (m, dd, y)
    if st == 'us_short': return '%d/%d/%d' % (m, dd, y)
    if st == 'iso': return d.isoformat()
    if st == 'dmy_mon': return '%d %s %d' % (dd, MON[m], y)
    if st == 'mon_d_y': return '%s %d, %d' % (MON[m], dd, y)
    if st == 'month_d_y': return '%s %d, %d' % (MONTH[m], dd, y)
    if st == 'month_th': return '%s %s' % (MONTH[m], ordn(dd))
    if st == 'month_th_y': return '%s %s, %d' % (MONTH[m], ordn(dd), y)
    if st == 'dd_mon_yyyy': return '%02d-%s-%d' % (dd, MON[m], y)
    if st == 'compact': return '%d%02d%02d' % (y, m, dd)
    if st == 'eu_dot': return '%02d.%02d.%d' % (dd, m, y)
    if st == 'eu_slash': return '%02d/%02d/%d' % (dd, m, y)
    if st == 'ymd_slash': return '%d/%02d/%02d' % (y, m, dd)
    if st == 'us_2y': return '%02d-%02d-%02d' % (m, dd, y % 100)
    if st == 'mon_upper': return '%02d%s%d' % (dd, MON[m].upper(), y)
    if st == 'iso_midnight': return '%sT00:00:00Z' % d.isoformat()
    if st == 'java_date': return '%s %s %02d 00:00:00 %s %d' % (DOW[d.weekday()], MON[m], dd, R.choice(['EST', 'CST', 'PST', 'UTC']), y)
    if st == 'pydate': return 'datetime.date(%d, %d, %d)' % (y, m, dd)
    if st == 'rbdate': return 'Date.new(%d, %d, %d)' % (y, m, dd)
    if st == 'mon_d': return '%s %d' % (MON[m], dd)
    if st == 'dow_mon_d': return '%s, %s %d' % (DOW[d.weekday()], MON[m], dd)
    if st == 'iso_dt':
        return '%sT%02d:%02d:00%s' % (d.isoformat(), R.randint(7, 17), R.choice([0, 15, 30, 45]),
                                      R.choice(['-05:00', '-06:00', '-08:00', 'Z', '-04:00']))
    if st == 'us_dt':
        h = R.randint(7, 17)
        return '%02d/%02d/%d %d:%02d %s' % (m, dd, y, (h - 1) % 12 + 1, R.choice([0, 15, 30, 45]), 'AM' if h < 12 else 'PM')
    if st == 'es': return '%d de %s de %d' % (dd, MES[m], y)
    if st == 'es_nodate': return '%d de %s' % (dd, MES[m])
    if st == 'fr': return '%d %s %d' % (dd, MOIS[m], y)
    if st == 'fr_noyear': return '%d %s' % (dd, MOIS[m])
    raise ValueError(st)


DOB_STYLES = ['us', 'us', 'iso', 'iso', 'iso', 'dmy_mon', 'mon_d_y', 'us_short', 'dd_mon_yyyy',
              'compact', 'eu_dot', 'ymd_slash', 'us_2y', 'mon_upper', 'month_th_y', 'eu_slash',
              'month_d_y']
EVENT_STYLES = ['iso', 'iso', 'us', 'month_th', 'mon_d', 'dow_mon_d', 'iso_dt', 'us_short',
                'us_dt', 'mon_d_y', 'dmy_mon']


def DOB(p, styles=None):
    return (fd(p.dob, R.choice(styles or DOB_STYLES)), 'date')


def recent():
    """a past clinical event date (admission, death, coverage end, service)."""
    d0 = dt.date(2022, 6, 1)
    return d0 + dt.timedelta(days=R.randint(0, (dt.date(2024, 3, 4) - d0).days))


def upcoming():
    """an appointment date after the log's own date."""
    d0 = dt.date(2024, 3, 6)
    return d0 + dt.timedelta(days=R.randint(0, 120))


def EVD(styles=None, d=None):
    return (fd(d or recent(), R.choice(styles or EVENT_STYLES)), 'date')


def APPT(styles=None):
    return (fd(upcoming(), R.choice(styles or EVENT_STYLES)), 'date')


# ============================================================== identifiers
def digits(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def hexs(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def alnum(n, alphabet='ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'):
    return ''.join(R.choice(alphabet) for _ in range(n))


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
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def mrn_v():
    st = R.randrange(8)
    if st == 0: return '%08d' % R.randint(100000, 99999999)
    if st == 1: return 'MRN-%d' % R.randint(1000000, 9999999)
    if st == 2: return 'E%d' % R.randint(1000000, 9999999)
    if st == 3: return str(R.randint(100000000, 999999999))
    if st == 4: return '%d-%06d' % (R.randint(10, 99), R.randint(0, 999999))
    if st == 5: return 'H%07d' % R.randint(0, 9999999)
    if st == 6: return '%08d' % R.randint(100000, 99999999)
    return str(R.randint(1000000, 9999999))


def MRN(v=None):
    return (v or mrn_v(), 'mrn')


MBI_A = 'ACDEFGHJKMNPQRTUVWXY'
MBI_AN = MBI_A + '0123456789'


def mbi_v(dashes=False):
    c = [R.choice('123456789'), R.choice(MBI_A), R.choice(MBI_AN), R.choice('0123456789'),
         R.choice(MBI_A), R.choice(MBI_AN), R.choice('0123456789'), R.choice(MBI_A),
         R.choice(MBI_A), R.choice('0123456789'), R.choice('0123456789')]
    s = ''.join(c)
    return s[:4] + '-' + s[4:7] + '-' + s[7:] if dashes else s


def hp_v():
    st = R.randrange(9)
    if st == 0: return 'W' + digits(9)
    if st == 1: return R.choice(['XGH', 'YPX', 'ZQA', 'JQU', 'MKT']) + digits(9)
    if st == 2: return mbi_v()
    if st == 3: return mbi_v(True)
    if st == 4: return 'H%08d01' % R.randint(0, 99999999)
    if st == 5: return alnum(2, 'ABCDEFGHJKLMNPRSTUVWXYZ') + digits(5) + R.choice('ABCDEFGHJKLMNPRSTUVWXYZ')  # NY Medicaid CIN
    if st == 6: return '9' + digits(7) + R.choice('ABCDEFGHJKLMNPRSTUVWXYZ')  # CA Medi-Cal CIN
    if st == 7: return 'U' + digits(8) + '0' + str(R.randint(1, 4))
    return digits(3) + '-' + digits(2) + '-' + digits(4) + R.choice(['A', 'B', 'C1'])  # legacy HICN shape


def HP(v=None):
    return (v or hp_v(), 'health_plan')


def ssn_digits():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return '%03d' % a, '%02d' % R.randint(1, 99), '%04d' % R.randint(1, 9999)


def ssn_v(st=None):
    a, g, s = ssn_digits()
    st = st or R.choice(['dash', 'dash', 'dash', 'plain', 'space'])
    return {'dash': '%s-%s-%s', 'plain': '%s%s%s', 'space': '%s %s %s'}[st] % (a, g, s)


def SSN(st=None):
    return (ssn_v(st), 'ssn')


def nanp():
    while True:
        a = '%d%d%d' % (R.randint(2, 9), R.randint(0, 8), R.randint(0, 9))
        e = '%d%d%d' % (R.randint(2, 9), R.randint(0, 9), R.randint(0, 9))
        if a[1:] != '11' and e[1:] != '11':
            return a, e, digits(4)


def phone_v(st=None):
    a, e, l = nanp()
    st = st or R.choice(['paren', 'dash', 'dash', 'dot', 'plain', 'e164', 'e164', 'plus_sp',
                         'plus_paren', 'one_dash', 'space'])
    return {'paren': '(%s) %s-%s', 'dash': '%s-%s-%s', 'dot': '%s.%s.%s', 'plain': '%s%s%s',
            'e164': '+1%s%s%s', 'plus_sp': '+1 %s %s %s', 'plus_paren': '+1 (%s) %s-%s',
            'one_dash': '1-%s-%s-%s', 'space': '%s %s %s'}[st] % (a, e, l)


def PHN(st=None):
    return (phone_v(st), 'phone')


def FAX(st=None):
    return (phone_v(st), 'fax')


def es_phone():
    d = R.choice('67') + digits(8)
    return R.choice(['+34 %s %s %s' % (d[:3], d[3:6], d[6:]), d, '%s %s %s' % (d[:3], d[3:6], d[6:])])


def fr_phone():
    d = '0' + R.choice('67') + digits(8)
    return R.choice([' '.join(d[i:i + 2] for i in range(0, 10, 2)), d, '+33 %s %s %s %s %s' % (d[1], d[2:4], d[4:6], d[6:8], d[8:10]), '.'.join(d[i:i + 2] for i in range(0, 10, 2))])


def EM(p):
    return (p.email(), 'email')


def card_v():
    kind = R.choice(['visa', 'visa', 'mc', 'amex', 'disc'])
    if kind == 'visa':
        body = '4' + digits(14)
    elif kind == 'mc':
        body = '5' + str(R.randint(1, 5)) + digits(13)
    elif kind == 'amex':
        body = '3' + R.choice('47') + digits(12)
    else:
        body = '6011' + digits(11)
    n = body + luhn_check(body)
    assert luhn_ok(n)
    st = R.choice(['plain', 'plain', 'space', 'dash'])
    if st == 'plain':
        return n
    sep = ' ' if st == 'space' else '-'
    if kind == 'amex':
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def ACCT():
    st = R.randrange(6)
    v = ['%d' % R.randint(1000000000, 9999999999), 'ACCT-%08d' % R.randint(0, 99999999),
         'PA%08d' % R.randint(0, 99999999), '%d' % R.randint(40000000, 49999999),
         'HAR%d' % R.randint(100000000, 999999999), '%02d-%07d' % (R.randint(10, 99), R.randint(0, 9999999))][st]
    return (v, 'account')


def CARD():
    return (card_v(), 'account')


def BANK():
    return (digits(R.choice([9, 10, 12])), 'account')


def DL():
    st = R.randrange(6)
    v = ['%s%s' % (R.choice('ABCDEFGHJKLMNPRSTUVWXYZ'), digits(7)),
         '%s%s-%s-%s' % (R.choice('ABCDEFGHJKLMNPRSTUVWXYZ'), digits(3), digits(4), digits(4)),
         '%s%s-%s-%s-%s-%s' % (R.choice('ABCDEFGHJKLMNPRSTUVWXYZ'), digits(3), digits(3), digits(2), digits(3), digits(1)),
         '%s %s %s' % (digits(3), digits(3), digits(3)),
         digits(8),
         'WDL%s' % alnum(9)][st]
    return (v, 'license')


VIN_MAP = {c: v for c, v in zip('ABCDEFGHJKLMNPRSTUVWXYZ', [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'


def vin_val(c):
    return int(c) if c.isdigit() else VIN_MAP[c]


def vin_ok(v):
    s = sum(vin_val(c) * w for i, (c, w) in enumerate(zip(v, VIN_W)) if i != 8)
    return len(v) == 17 and v[8] == ('X' if s % 11 == 10 else str(s % 11))


def vin_v():
    wmi = R.choice(['1HG', '1FT', '2T1', '3VW', '5YJ', 'JHM', '1G1', '4T1', 'KMH', 'WBA', '1N4', '5NP'])
    vds = alnum(5, VIN_CH)
    year = R.choice('BCDEFGHJKLMNPR123456789')
    tail = R.choice(VIN_CH) + digits(6)
    v = list(wmi + vds + '0' + year + tail)
    s = sum(vin_val(c) * w for c, w in zip(v, VIN_W))
    chk = s % 11
    v[8] = 'X' if chk == 10 else str(chk)
    v = ''.join(v)
    assert vin_ok(v), v
    return v


def VIN():
    return (vin_v(), 'vehicle')


def PLATE():
    v = R.choice(['%d%s%s' % (R.randint(1, 9), alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ'), digits(3)),
                  '%s-%s' % (alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ'), digits(4)),
                  '%s %s' % (alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ'), digits(4))])
    return (v, 'vehicle')


def serial_v():
    return R.choice(['%s' % alnum(10), 'PJN%06dS' % R.randint(0, 999999), 'NG%07dH' % R.randint(0, 9999999),
                     '8G%s' % alnum(4), 'SN%s-%s' % (digits(4), alnum(4)), 'RNS%s' % digits(6)])


def SERIAL():
    return (serial_v(), 'device')


def MAC():
    oui = R.choice(['3C:22:FB', 'F4:5C:89', 'A4:83:E7', '00:1A:7D', 'DC:A6:32', '88:6B:0F'])
    return (oui + ':' + ':'.join('%02X' % R.randint(0, 255) for _ in range(3)), 'device')


def IMEI():
    b = R.choice(['35', '86', '01', '49']) + digits(12)
    return (b + luhn_check(b), 'device')


def gs1_check(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        tot += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - tot % 10) % 10)


def UDI():
    g = '0' + '0884838' + digits(5)
    g = g + gs1_check(g)
    return ('(01)%s(17)%s(10)%s(21)%s' % (g, '%02d%02d%02d' % (R.randint(25, 29), R.randint(1, 12), R.randint(1, 28)),
                                          alnum(5), alnum(8)), 'device')


PUB_FIRST = [24, 47, 50, 67, 68, 69, 71, 73, 75, 76, 96, 97, 98, 99, 104, 108, 136, 142, 162, 166, 173, 174, 184, 201, 208]


def IP():
    if R.random() < 0.12:
        return ('2601:%x:%x:%x::%x' % (R.randint(0x100, 0xfff), R.randint(0x1000, 0xffff), R.randint(0x10, 0xfff), R.randint(1, 0xff)), 'ip')
    return ('%d.%d.%d.%d' % (R.choice(PUB_FIRST), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), 'ip')


def PASSPORT():
    return (R.choice([digits(9), R.choice('ACEXZ') + digits(8)]), 'other_id')


def RX():
    return (str(R.randint(1000000, 9999999)), 'other_id')


def AGE():
    return (str(R.randint(90, 106)), 'age')


def URL(p, mrn=None, mid=None):
    f = fold(p.first).lower()
    l = fold(p.last).lower()
    st = R.randrange(6)
    if st == 0:
        v = 'https://mychart.lakesidehealth.org/MyChart/Patient/%s/Summary' % (mrn or mrn_v())
    elif st == 1:
        v = 'https://www.facebook.com/%s.%s.%d' % (f, l, R.randint(100, 9999))
    elif st == 2:
        v = 'https://pay.mercygeneral.org/bill?acct=%d&name=%s' % (R.randint(1000000000, 9999999999), urllib.parse.quote(p.first + ' ' + p.last))
    elif st == 3:
        v = 'https://api.payer.example.com/v2/members/%s/coverage' % (mid or hp_v())
    elif st == 4:
        v = 'https://portal.northsidefp.com/u/%s-%s-%d' % (f, l, R.randint(10, 99))
    else:
        v = 'https://records.stagnesmc.org/release?patient=%s&dob=%s' % (mrn or mrn_v(), p.dob.isoformat())
    return (v, 'url')


def BIO():
    raw = b'FMR\x00 20\x00\x00\x00\x01\x62' + bytes(R.randint(0, 255) for _ in range(60))
    return (base64.b64encode(raw).decode()[:72], 'biometric')


def PHOTO():
    raw = b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00' + bytes(R.randint(0, 255) for _ in range(70))
    return (base64.b64encode(raw).decode()[:96], 'photo')


def PHOTO_PNG():
    raw = b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x90\x00\x00\x01\x90\x08\x06\x00\x00\x00' + bytes(R.randint(0, 255) for _ in range(60))
    return (base64.b64encode(raw).decode()[:88], 'photo')


def VOICEVEC():
    return (','.join('%.4f' % R.uniform(-0.5, 0.5) for _ in range(R.randint(5, 8))), 'biometric')


def dni_v():
    n = R.randint(10000000, 99999999)
    return '%d%s' % (n, 'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23])


def nir_v(p, dept):
    sex = '1' if p.sex == 'M' else '2'
    body = '%s%02d%02d%s%03d%03d' % (sex, p.dob.year % 100, p.dob.month, dept, R.randint(1, 999), R.randint(1, 999))
    key = 97 - int(body) % 97
    return '%s %s %s %s %s %s %02d' % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key)


def cip_v(p):
    return '%s%s%s%02d%02d%02d%s' % (fold(p.last)[:2].upper(), fold(p.last)[-2:].upper(), p.sex == 'M' and '0' or '1',
                                     p.dob.year % 100, p.dob.month, p.dob.day, digits(6))


def ADDR(p):
    s, c, st, z = p.addr
    return (s, 'address'), (c, 'address'), st, (z, 'zip')


def npi():
    b = R.choice('12') + digits(8)
    return b + luhn_check('80840' + b)


# ============================================================== look-alike pools (no PHI)
HOSTS = ['maria-db-primary-0', 'jenkins-agent-07', 'ip-10-42-3-17.ec2.internal', 'austin-gw-02',
         'denver-ingest-1', 'paris-eu-proxy', 'sam-build-02', 'alice-api-6f9c7d8b5-x2k4q',
         'victoria-metrics-0', 'cassandra-2', 'grace-scheduler', 'hunter-worker-3', 'phoenix-web-1',
         'florence-batch-04', 'jackson-etl-01', 'madison-cache-2', 'ehr-app-03', 'george-bastion',
         'savannah-sftp-1', 'lincoln-ws-11']
SERVICES = ['athena-connector', 'cerner-bridge', 'epic-interconnect', 'mirth-hl7', 'redox-webhook',
            'phoenix-portal', 'orion-claims', 'atlas-scheduler', 'apollo-gateway', 'hermes-notify',
            'juno-billing', 'mercury-fax', 'minerva-mpi', 'aurora-labs', 'sirius-rx']
REGIONS = ['us-east-1', 'us-west-2', 'eu-west-3', 'ap-southeast-2', 'ca-central-1', 'westeurope',
           'eastus2', 'us-central1', 'europe-west4', 'sa-east-1', 'eu-south-2']
LATIN = ['lorem ipsum dolor sit amet', 'ad hoc', 'status quo', 'quorum', 'per diem', 'de facto',
         'in situ', 'pro rata', 'ex ante', 'sine qua non', 'caveat emptor', 'mea culpa', 'vice versa']
ERRCLS = ['NullPointerException', 'IntegrityError', 'ECONNRESET', 'ActiveRecord::RecordNotFound',
          'System.TimeoutException', 'DeadlineExceeded', 'ConcurrentModificationException',
          'JsonMappingException', 'OperationalError', 'EPIPE', 'SocketTimeoutException',
          'StaleObjectStateError', 'Errno::ECONNREFUSED', 'PDOException']
BRANCHES = ['feature/jordan-hl7-retry', 'bugfix/maria-db-timeout', 'hotfix/kevin-npe', 'release/2024.03.2',
            'feature/PLAT-4821-dedupe-mrn', 'chore/bump-jackson-2.16.1', 'fix/grace-period-tz',
            'feature/victoria-dashboards']
STAFF = ['Amanda Reyes', 'Raj Patel', 'Kim Oduya', 'Sarah Cho', 'James Whitfield', 'Chinwe Okonkwo',
         'Elena Sokolova', 'Marcus Bell', 'Hannah Lindqvist', 'Tomás Ibarra', 'Grace Kim', 'Will Hart']
ORGS = ['Lakeside Cardiology', 'Mercy General Hospital', 'Northside Family Practice', 'Blue Ridge Imaging',
        'St. Agnes Medical Center', 'Valley Health Plan', 'Summit Orthopedics', 'Harbor Pediatrics']
TENANTS = ['mercy-tulsa', 'lakeside-boise', 'stagnes-akron', 'northside-provo', 'valley-fresno']


def host(): return R.choice(HOSTS)
def svc(): return R.choice(SERVICES)
def region(): return R.choice(REGIONS)
def latin(): return R.choice(LATIN)
def errcls(): return R.choice(ERRCLS)
def branch(): return R.choice(BRANCHES)
def org(): return R.choice(ORGS)


def staff_cred():
    n = R.choice(STAFF)
    return R.choice(['Dr. %s' % n, '%s, MD' % n, '%s RN' % n, '%s, NP' % n, 'Dr. %s' % n.split()[-1], '%s, PA-C' % n])


def priv_ip():
    return R.choice(['10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                     '192.168.%d.%d' % (R.randint(0, 255), R.randint(1, 254)),
                     '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))])


def srv_ip():
    return R.choice(['52.23.194.7', '34.120.8.19', '13.107.42.14', '54.239.28.85', '35.186.224.25', '20.81.111.85'])


def port(): return str(R.choice([5432, 3306, 6379, 8080, 8443, 9092, 2575, 6661, 50051, 27017, 11211, 15672]))


def dur():
    return R.choice(['%.3fs' % R.uniform(0.01, 60), '%dms' % R.randint(1, 29999), '%dm%ds' % (R.randint(1, 9), R.randint(0, 59)),
                     '%.1fµs' % R.uniform(1, 999)])


def uuid4():
    h = hexs(32)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], R.choice('89ab'), h[17:20], h[20:32])


def ver():
    return R.choice(['v%d.%d.%d' % (R.randint(1, 4), R.randint(0, 30), R.randint(0, 20)),
                     '%d.%d.%d-rc.%d' % (R.randint(1, 3), R.randint(0, 30), R.randint(0, 9), R.randint(1, 4)),
                     '2024.03.%d' % R.randint(1, 9)])


def ticket():
    return R.choice(['PLAT-%d' % R.randint(100, 9999), 'INC%07d' % R.randint(0, 9999999),
                     'CHG%07d' % R.randint(0, 9999999), 'SR-%d' % R.randint(10000, 99999)])


def order_no():
    return R.choice(['ORD-2024-%06d' % R.randint(0, 999999), 'ORD%d' % R.randint(100000000, 999999999),
                     '#A-%d' % R.randint(10000, 99999)])


def migr():
    return '2024%02d%02d%02d%02d%02d' % (R.randint(1, 3), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def ctl():
    return '2024030%d%02d%02d%02d%03d' % (R.randint(1, 5), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


def orgfax():
    return phone_v(R.choice(['paren', 'dash', 'dot']))


NMSG = [
    lambda: 'connection to %s (%s:%s) timed out after %s' % (host(), priv_ip(), port(), dur()),
    lambda: 'upstream %s responded 503 in %dms trace_id=%s span_id=%s' % (svc(), R.randint(40, 30000), hexs(32), hexs(16)),
    lambda: 'retry %d/5 for job %s on queue %s-%s: %s' % (R.randint(1, 4), uuid4(), svc(), region(), errcls()),
    lambda: 'ticket %s auto-closed by Jenkins build #%d on branch %s' % (ticket(), R.randint(1000, 99999), branch()),
    lambda: 'Cassandra node cassandra-%d.%s marked DOWN; quorum lost for keyspace ehr_audit' % (R.randint(0, 5), region()),
    lambda: 'order %s signed by %s (NPI %s)' % (order_no(), staff_cred(), npi()),
    lambda: 'outbound fax to %s at %s queued (job %d, %d pages)' % (org(), orgfax(), R.randint(10000, 99999), R.randint(1, 12)),
    lambda: 'nightly-export finished: %d rows, %d bytes in %s' % (R.randint(10000, 99999), R.randint(100000000, 999999999), dur()),
    lambda: 'applied migration %s_add_index_on_encounters_admit_date' % migr(),
    lambda: "feature flag 'maria-db-failover' enabled in %s by deploy-bot" % region(),
    lambda: "template 'welcome_email_v3' still contains placeholder text '%s'" % latin(),
    lambda: 'Lambda concurrency quota %d/%d reached in %s' % ((lambda q: (q, q))(R.choice([1000, 3000, 5000])) + (region(),)),
    lambda: "%s while deserializing field 'dob' (value redacted)" % errcls(),
    lambda: "rejected payload: field 'ssn' failed pattern ^\\d{3}-\\d{2}-\\d{4}$ (value [REDACTED])",
    lambda: 'processed %d encounters for report date 2024-03-0%d in %s' % (R.randint(10000, 99999), R.randint(1, 4), dur()),
    lambda: 'HL7 ACK AA for MSH-10 control id %s from %s' % (ctl(), svc()),
    lambda: 'consumer group adt-ingest lag=%d partition=%d offset=%d' % (R.randint(0, 99999), R.randint(0, 11), R.randint(100000000, 999999999)),
    lambda: 'certificate for %s.internal expires 2024-04-01T00:00:00Z (27 days)' % host(),
    lambda: 'GC pause %dms, heap %dMB/4096MB on %s' % (R.randint(50, 2500), R.randint(512, 4000), host()),
    lambda: 'Dr. %s updated order set "Sepsis Bundle v2" (version %s)' % (R.choice(STAFF), ver()),
    lambda: 's3 PutObject s3://ehr-exports-%s/2024/03/05/batch-%d.parquet (%d bytes)' % (region(), R.randint(10000, 99999), R.randint(100000000, 999999999)),
    lambda: 'rate limit exceeded for client_id=%s from %s: 429' % (uuid4(), priv_ip()),
    lambda: 'deployed %s %s (%s) to %s' % (svc(), ver(), hexs(7), region()),
    lambda: 'appointment slots regenerated for %s, 2024-03-11..2024-03-17 (%d slots)' % (org(), R.randint(100, 999)),
    lambda: "MRN format check disabled for tenant '%s'" % R.choice(TENANTS),
    lambda: 'password reset template rendered in %dms (locale=es-MX)' % R.randint(1, 40),
    lambda: 'Stripe webhook evt_%s processed (type=invoice.paid, amount=%d)' % (alnum(24, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), R.randint(1000, 99999)),
    lambda: 'Sentry event %s dropped: rate limited' % hexs(32),
    lambda: 'worker %s heartbeat missed (last seen %ds ago)' % (host(), R.randint(10, 90)),
    lambda: 'Mercury fax gateway returned HTTP 502 Bad Gateway (retry in 30s)',
    lambda: 'disk /var/lib/postgresql %d%% full on %s' % (R.randint(90, 99), host()),
    lambda: 'census for unit 4B: %d patients, %d pending discharge' % (R.randint(10, 40), R.randint(0, 5)),
    lambda: 'Will retry in 2m: Grace period expired for lease %s' % uuid4(),
    lambda: 'git: branch %s is %d commits behind main' % (branch(), R.randint(1, 40)),
    lambda: '%s in %s (%s): %s' % (errcls(), svc(), region(), latin()),
    lambda: 'invoice INV-%d for %s paid via ACH' % (R.randint(100000, 999999), org()),
    lambda: 'zip code lookup table refreshed: %d rows (USPS 2024-0%d)' % (R.randint(40000, 43000), R.randint(1, 3)),
    lambda: 'referral fax from %s (%s) OCR confidence 0.%d below threshold' % (org(), orgfax(), R.randint(40, 79)),
    lambda: 'Jackson ObjectMapper registered module JavaTimeModule (Hibernate %s)' % ver(),
    lambda: 'tenant %s: %d of %d eligibility requests succeeded in %s' % (R.choice(TENANTS), R.randint(9000, 9999), 10000, region()),
]

GO_ERR_CLEAN = [
    lambda: 'dial tcp %s:5432: connect: connection refused' % priv_ip(),
    lambda: 'context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
    lambda: 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.96.0.10:53: i/o timeout"',
    lambda: 'pq: duplicate key value violates unique constraint "patients_mrn_key"',
    lambda: 'json: cannot unmarshal string into Go struct field Patient.dob of type time.Time',
    lambda: 'read tcp %s:%d->%s:443: read: connection reset by peer' % (priv_ip(), R.randint(32768, 60999), srv_ip()),
    lambda: 'x509: certificate has expired or is not yet valid: current time 2024-03-05T10:11:12Z is after 2024-03-04T23:59:59Z',
    lambda: 'redis: connection pool timeout',
    lambda: 'kafka: client has run out of available brokers to talk to (Is your cluster reachable?)',
    lambda: 'sql: Scan error on column index 4, name "dob": unsupported Scan, storing driver.Value type <nil> into type *time.Time',
]


def nmsg():
    return R.choice(NMSG)()


def go_err_clean():
    return R.choice(GO_ERR_CLEAN)()


# ============================================================== structured-field keys
KEYS = {
    'name': ['patientName', 'patient_name', 'pt_name', 'PATIENT_NAME', 'fullName', 'name', 'memberName',
             'subscriber_name', 'PatientFullName', 'ptNm', 'patient'],
    'first': ['firstName', 'first_name', 'fname', 'given', 'FIRST_NM', 'givenName'],
    'last': ['lastName', 'last_name', 'lname', 'family', 'LAST_NM', 'surname', 'familyName'],
    'dob': ['dob', 'DOB', 'birthDate', 'date_of_birth', 'dateOfBirth', 'birth_dt', 'BirthDate', 'ptDob', 'bday'],
    'mrn': ['mrn', 'MRN', 'medicalRecordNumber', 'mrNum', 'patientId', 'patient_id', 'chartNo', 'mrn_id', 'PatientID', 'ptId'],
    'ssn': ['ssn', 'SSN', 'social', 'socialSecurityNumber', 'ss_num', 'taxId', 'ssn_raw'],
    'phone': ['phone', 'phoneNumber', 'tel', 'cell', 'mobile', 'contact_phone', 'PhoneNumber', 'homePhone', 'to', 'msisdn'],
    'email': ['email', 'emailAddress', 'e_mail', 'contactEmail', 'Email', 'recipient', 'login'],
    'zip': ['zip', 'zipCode', 'postal_code', 'postalCode', 'ZIP', 'zip5'],
    'hp': ['memberId', 'member_id', 'subscriberID', 'MBR_ID', 'memberNumber', 'insuranceId', 'policyHolderId',
           'medicaidId', 'mbi', 'beneficiaryId', 'subscriber_id'],
    'acct': ['accountNumber', 'acct', 'account_no', 'guarantorAccount', 'HAR', 'billingAcct'],
    'ip': ['clientIp', 'remote_addr', 'ip', 'X-Forwarded-For', 'sourceIP'],
    'addr': ['address1', 'street', 'addr_line1', 'homeAddress', 'streetAddress'],
}


def pfield(p, kind=None):
    kind = kind or R.choice(['name', 'dob', 'mrn', 'phone', 'email', 'zip', 'hp', 'ssn', 'first', 'last', 'acct', 'addr'])
    key = R.choice(KEYS[kind])
    val = {
        'name': lambda: N(p, R.choice(['full', 'lastfirst', 'upper_lf', 'mi'])),
        'first': lambda: N(p, 'first'),
        'last': lambda: N(p, 'last'),
        'dob': lambda: DOB(p, ['iso', 'iso', 'us', 'compact', 'iso_midnight']),
        'mrn': lambda: MRN(),
        'ssn': lambda: SSN(),
        'phone': lambda: PHN(),
        'email': lambda: EM(p),
        'zip': lambda: (p.addr[3], 'zip'),
        'hp': lambda: HP(),
        'acct': lambda: ACCT(),
        'ip': lambda: IP(),
        'addr': lambda: (p.addr[0], 'address'),
    }[kind]()
    return key, val


def jfields(p, n, sep=',', kinds=None):
    """JSON "k":"v" pairs, escaped."""
    out = []
    used = set()
    kinds = kinds or []
    for i in range(n):
        k = kinds[i] if i < len(kinds) else None
        key, val = pfield(p, k)
        if key in used:
            continue
        used.add(key)
        out += C(sep, '"%s":"' % key, J(val), '"')
    return out


# ============================================================== generic English PHI messages
def addr_msg(p):
    s, c, st, z = ADDR(p)
    return R.choice([
        lambda: M('address verification failed: {{s}}, {{c}}, {{st}} {{z}} (USPS: ADDRESS NOT FOUND)', s=s, c=c, st=st, z=z),
        lambda: M('geocode miss for "{{s}} {{c}} {{st}} {{z}}"', s=s, c=c, st=st, z=z),
        lambda: M('returned mail: {{s}}, {{c}} {{z}} - patient moved, no forwarding address', s=s, c=c, z=z),
    ])()


EMSG_POOL = list(range(49)) + [8, 8, 8, 28]
# templates carrying the rarer categories (age, device, licence, vehicle, url, fax,
# other_id, photo, biometric); drawn half of the time so every category is exercised
EMSG_RARE = [15, 20, 21, 23, 24, 25, 26, 28, 31, 32, 34, 35, 39, 40, 41, 42, 43, 44, 45, 46, 48]


def emsg(p=None):
    p = p or Person()
    g = Person()
    c = R.choice(EMSG_RARE) if R.random() < 0.5 else R.choice(EMSG_POOL)
    if c == 0: return M('patient {{n}} not found', n=N(p))
    if c == 1: return M('Patient {{n}} not found in MPI (searched by DOB {{d}})', n=N(p), d=DOB(p))
    if c == 2: return M('duplicate MRN {{m}} for {{n}}', m=MRN(), n=N(p))
    if c == 3: return M('{{n}} not found', n=N(p, R.choice(['full', 'upper', 'lower'])))
    if c == 4: return M('no eligible coverage for member {{h}} on date of service {{d}}', h=HP(), d=EVD())
    if c == 5: return M('lookup: member {{h}}: not eligible', h=HP())
    if c == 6: return M('failed to deliver appointment reminder to {{ph}} for {{n}}: carrier rejected (30007)', ph=PHN(), n=N(p, 'first'))
    if c == 7: return M('bounce: <{{e}}> 550 5.1.1 mailbox unavailable', e=EM(p))
    if c == 8: return addr_msg(p)
    if c == 9: return M('SSN {{s}} already linked to MRN {{m}}', s=SSN(), m=MRN())
    if c == 10:
        return M('cannot merge {{a}} into {{b}}: names differ ({{n1}} vs {{n2}})', a=MRN(), b=MRN(),
                 n1=N(p, 'full'), n2=(name_str(p, 'upper_lf'), 'name'))
    if c == 11:
        return M('DOB {{d1}} for {{n}} does not match payer record ({{d2}})', d1=DOB(p, ['iso']), n=N(p),
                 d2=(fd(p.dob.replace(day=min(28, p.dob.month)), 'compact'), 'date'))
    if c == 12:
        return M('guarantor {{g}} (relationship: {{r}}) has no billing address for account {{a}}', g=N(g), r=R.choice(RELS), a=ACCT())
    if c == 13: return M('emergency contact {{c}} phone {{ph}} failed validation', c=N(g), ph=PHN())
    if c == 14: return M('payment declined for card {{cc}} (patient account {{a}})', cc=CARD(), a=ACCT())
    if c == 15: return M('age {{a}} out of range for readmission model (max 89)', a=AGE())
    if c == 16: return M('no match for {{n}} DOB {{d}}', n=N(p, 'lastfirst'), d=DOB(p))
    if c == 17:
        a = recent()
        return M('discharge summary missing for {{n}}: admitted {{a}}, discharged {{b}}', n=N(p),
                 a=EVD(['iso', 'us', 'mon_d'], a), b=EVD(['iso', 'us', 'mon_d'], a + dt.timedelta(days=R.randint(1, 9))))
    if c == 18:
        return M('date of death {{x}} precedes last visit {{v}} for MRN {{m}}', x=EVD(['iso', 'us']), v=EVD(['iso', 'us']), m=MRN())
    if c == 19:
        return M('subscriber {{n}} (ID {{s}}) coverage terminated {{d}}', n=N(g), s=HP(), d=EVD(['iso', 'us', 'mon_d_y']))
    if c == 20:
        return M('CGM transmitter {{dev}} paired to patient {{m}} stopped reporting at 03:14', dev=SERIAL(), m=MRN())
    if c == 21: return M('IMEI {{i}} not registered to member {{h}}', i=IMEI(), h=HP())
    if c == 22: return M('login from new IP {{ip}} for {{e}}', ip=IP(), e=EM(p))
    if c == 23: return M('driver license {{dl}} failed state verification for {{n}}', dl=DL(), n=N(p))
    if c == 24:
        return M('NEMT mileage claim for {{n}}: VIN {{v}} plate {{pl}} not on file', n=N(p), v=VIN(), pl=PLATE())
    if c == 25: return M('portal link {{u}} rejected: token expired', u=URL(p))
    if c == 26: return M('fax to patient {{n}} at {{f}} failed: no answer after 3 attempts', n=N(p), f=FAX())
    if c == 27: return M('MBI {{mbi}} for {{n}} failed format check', mbi=HP(mbi_v(R.random() < 0.5)), n=N(p))
    if c == 28:
        s, ci, st, z = ADDR(p)
        return M('{{n}}, {{a}} y/o, lives alone at {{s}}; home health referral pending', n=N(p), a=AGE(), s=s)
    if c == 29: return M('visitor {{v}} denied entry to unit 4B (visiting {{n}})', v=N(g), n=N(p))
    if c == 30: return M('TODO remove debug: pt={{n}} dob={{d}} ssn={{s}}', n=N(p), d=DOB(p), s=SSN())
    if c == 31: return M('passport {{pp}} on file for {{n}} expired', pp=PASSPORT(), n=N(p))
    if c == 32: return M('Rx {{rx}} for {{n}} rejected by pharmacy: refill too soon', rx=RX(), n=N(p))
    if c == 33: return M('ACH return R03 for guarantor {{g}}: account {{b}} (routing 021000021)', g=N(g), b=BANK())
    if c == 34: return M('photo upload failed for MRN {{m}}: data:image/jpeg;base64,{{ph}}... (413 Payload Too Large)', m=MRN(), ph=PHOTO())
    if c == 35: return M('fingerprint match failed for member {{h}}: template={{b}}... score=0.41', h=HP(), b=BIO())
    if c == 36: return M('Medicaid ID {{md}} inactive for {{n}} since {{d}}', md=HP(), n=N(p), d=EVD(['us', 'iso', 'mon_d_y']))
    if c == 37: return M('email {{e}} belongs to a different patient ({{m}})', e=EM(p), m=MRN())
    if c == 38: return M('{{n}} (DOB {{d}}, age 47) flagged as possible duplicate of MRN {{m}}', n=N(p, 'upper'), d=DOB(p), m=MRN())
    if c == 40:
        return M('identity proofing failed: DL {{dl}} ({{st}}) does not match {{n}}', dl=DL(), st=p.addr[2] or 'CA', n=N(p))
    if c == 41:
        return M('voiceprint enrollment rejected for caller {{ph}}: embedding=[{{v}}] below quality threshold', ph=PHN(), v=VOICEVEC())
    if c == 42:
        return M('Get "{{u}}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', u=URL(p))
    if c == 43: return M('UDI {{u}} not found in GUDID for implant on patient {{m}}', u=UDI(), m=MRN())
    if c == 44: return M('insulin pump {{s}} (BLE {{mac}}) battery critical for {{n}}', s=SERIAL(), mac=MAC(), n=N(p))
    if c == 45: return M('fax number {{f}} on file for {{n}} rejected by gateway (not a fax line)', f=FAX(), n=N(p))
    if c == 46: return M('{{n}} is {{a}} years old; age suppressed in export per policy', n=N(p, 'full'), a=AGE())
    if c == 47: return M('SSN mismatch for {{n}}: payer has {{a}}, EHR has {{b}}', n=N(p), a=SSN(), b=SSN())
    if c == 48:
        return M('avatar upload for {{e}} failed: data:image/png;base64,{{ph}}... (unsupported color profile)', e=EM(p), ph=PHOTO_PNG())
    return M('pacemaker {{s}} for {{n}} reported ERI; remote follow-up {{d}}', s=SERIAL(), n=N(p), d=EVD())


def go_err(p):
    c = R.randrange(12)
    if c == 0: m = M('lookup: member {{h}}: not eligible', h=HP())
    elif c == 1: m = M('get patient {{m}}: sql: no rows in result set', m=MRN())
    elif c == 2:
        d = DOB(p, ['us', 'eu_slash', 'dmy_mon', 'us_short', 'mon_d_y'])
        m = M('parse dob: parsing time "{{d}}" as "2006-01-02": cannot parse "{{d}}" as "2006"', d=d)
    elif c == 3: m = M("notify: send sms to {{ph}}: twilio: 21614: 'To' number is not a valid mobile number", ph=PHN('e164'))
    elif c == 4:
        s, ci, st, z = ADDR(p)
        m = M('address: verify "{{s}}, {{c}}, {{st}} {{z}}": smarty: no candidates', s=s, c=ci, st=st, z=z)
    elif c == 5: m = M('patientsvc.Create: duplicate mrn {{m}} for {{n}}', m=MRN(), n=N(p))
    elif c == 6: m = M('x12: 271 for subscriber {{s}} ({{n}}): AAA*Y**72*N', s=HP(), n=N(p, 'upper_lf'))
    elif c == 7: m = M('member {{h}}: dob {{d}}: mismatch with payer', h=HP(), d=DOB(p, ['iso']))
    elif c == 8: m = M('patient {{n}}: not found', n=N(p))
    elif c == 9: m = M('mpi: link {{a}} -> {{b}}: conflicting ssn {{s}}', a=MRN(), b=MRN(), s=SSN())
    elif c == 10: m = M('mailer: rcpt <{{e}}>: 550 5.1.1 user unknown', e=EM(p))
    else: m = M('eligibility: Get "{{u}}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', u=URL(p))
    prefix = R.choice(['', 'handler: ', 'rpc error: code = NotFound desc = ', 'eligibility: ', 'worker: process job %d: ' % R.randint(1000, 9999), 'reconcile: '])
    return C(prefix, m)


# ============================================================== families
def f_go_zap(phi):
    caller = R.choice(['eligibility/client.go:142', 'patient/store.go:88', 'notify/sms.go:61', 'intake/handler.go:203',
                       'claims/submit.go:317', 'mpi/link.go:77'])
    head = '{"level":"%s","ts":%s,"caller":"%s",' % (R.choice(['error', 'error', 'warn']), ts_epoch_f(), caller)
    if phi:
        p = Person()
        c = R.randrange(5)
        if c == 4:
            return C(head, '"msg":"identity verification failed","dlNumber":"', J(DL()), '","dlState":"%s","fullName":"' % (p.addr[2] or 'TX'), J(N(p)),
                     '","vendor":"socure","score":0.%02d}' % R.randint(1, 60))
        if c == 0:
            return C(head, '"msg":"%s","error":"' % R.choice(['eligibility check failed', 'request failed', 'reconcile failed', 'job failed']),
                     J(go_err(p)), '"}')
        if c == 1:
            return C(head, '"msg":"patient match ambiguous","candidates":%d' % R.randint(2, 4),
                     jfields(p, 2, kinds=['last', 'dob']), ',"trace_id":"%s"}' % hexs(32))
        if c == 2:
            return C(head, '"msg":"sms delivery failed","to":"', J(PHN('e164')),
                     '","error":"twilio: 21610 attempt to send to unsubscribed recipient","attempt":%d}' % R.randint(1, 5))
        return C(head, '"msg":"', J(emsg(p)), '","trace_id":"%s"' % hexs(32), jfields(p, 1), '}')
    c = R.randrange(3)
    if c == 0:
        return C(head, '"msg":"retrying upstream","error":"%s","attempt":%d,"backoff":"%s"}' % (
            ESC['json'](go_err_clean()), R.randint(1, 5), dur()))
    if c == 1:
        return C(head, '"msg":"request completed","method":"GET","path":"/v1/eligibility/batch/%d","status":200,"latency":"%s","trace_id":"%s"}' % (
            R.randint(10000, 99999), dur(), hexs(32)))
    return C(head, '"msg":"%s","region":"%s"}' % (ESC['json'](nmsg()), region()))


def f_go_logrus(phi):
    head = 'time="%s" level=%s ' % (now().strftime('%Y-%m-%dT%H:%M:%SZ'), R.choice(['error', 'warning', 'error', 'info']))
    if phi:
        p = Person()
        c = R.randrange(4)
        if c == 0:
            return C(head, 'msg="patient lookup failed" name=', LF(N(p)), ' error="not found" component=mpi')
        if c == 1:
            return C(head, 'msg="reminder send failed" phone=', LF(PHN()), ' patient=', LF(N(p, 'lastfirst')),
                     ' error="carrier rejected" attempt=%d' % R.randint(1, 5))
        if c == 2:
            return C(head, 'msg=', LF(go_err(p)), ' request_id=%s' % uuid4())
        key, val = pfield(p, R.choice(['hp', 'dob', 'ssn', 'email', 'mrn']))
        return C(head, 'msg=', LF(emsg(p)), ' %s=' % key, LF(val), ' svc=%s' % svc())
    c = R.randrange(3)
    if c == 0:
        return C(head, 'msg="upstream timeout" host=%s latency=%s retries=%d' % (host(), dur(), R.randint(1, 5)))
    if c == 1:
        return C(head, 'msg="cache miss" key="elig:batch:%d" ttl=300s region=%s' % (R.randint(10000, 99999), region()))
    return C(head, 'msg=', LF(nmsg()), ' error=', LF(go_err_clean()))


def f_go_stdlog(phi):
    head = now().strftime('%Y/%m/%d %H:%M:%S ')
    src = R.choice(['handler.go:88: ', 'main.go:41: ', 'worker.go:212: ', '', ''])
    if phi:
        p = Person()
        c = R.randrange(4)
        if c == 0:
            return C(head, src, R.choice(['get /patients: ', 'eligibility: ', 'sync: ']), go_err(p))
        if c == 1:
            return C(head, 'http: panic serving ', IP(), ':%d: runtime error: invalid memory address or nil pointer dereference' % R.randint(32768, 65000))
        if c == 2:
            return C(head, src, '[DEBUG] member=', HP(), ' name=%s' % '"', Q(N(p)), '" dob=', DOB(p, ['iso']))
        return C(head, src, emsg(p))
    c = R.randrange(4)
    if c == 0:
        return C(head, 'http: TLS handshake error from %s:%d: EOF' % (priv_ip(), R.randint(32768, 65000)))
    if c == 1:
        return C(head, 'listening on :8443 (build %s, commit %s, region %s)' % (ver(), hexs(7), region()))
    if c == 2:
        return C(head, src, go_err_clean())
    return C(head, src, nmsg())


def f_rust(phi):
    lvl = R.choice(['ERROR', ' WARN', 'ERROR', ' INFO'])
    head = '%s %s ' % (ts_iso_us() + 'Z', lvl)
    target = R.choice(['claims_svc::eligibility', 'intake::validate', 'mpi::linker', 'notify::sms'])
    span = R.choice(['', 'request{method=POST uri=/v1/intake trace_id=%s}: ' % hexs(16), 'job{id=%d}: ' % R.randint(10000, 99999)])
    if phi:
        p = Person()
        c = R.randrange(5)
        if c == 4:
            return C(head, span, 'nemt::dispatch: rider vehicle not insured rider="', Q(N(p)), '" plate="', Q(PLATE()), '" vin=', VIN())
        if c == 0:
            return C(head, span, target, ': member lookup failed member_id="', Q(HP()), '" dob=', DOB(p, ['iso']), ' error=NotEligible')
        if c == 1:
            return C(head, span, target, ': rejecting intake form email="', Q(EM(p)), '" reason="duplicate"')
        if c == 2:
            return C(head, span, target, ': patient=Patient { name: "', Q(N(p)), '", dob: ', DOB(p, ['iso']), ', mrn: "', Q(MRN()), '" } error=Conflict')
        return C(head, span, target, ': ', emsg(p))
    c = R.randrange(3)
    if c == 0:
        return C(head, 'hyper::server: listening on 0.0.0.0:%s' % port())
    if c == 1:
        return C(head, span, 'sqlx::query: slow statement elapsed=%s rows_affected=%d summary="SELECT * FROM patients WHERE mrn = $1"' % (dur(), R.randint(1, 99999)))
    return C(head, span, target, ': ', nmsg())


def f_python_logging(phi):
    fmt = R.randrange(3)
    logger = R.choice(['intake.views', 'mpi.match', 'billing.tasks', 'scheduling.reminders', 'eligibility.client'])
    lvl = R.choice(['ERROR', 'WARNING', 'ERROR', 'INFO'])
    if fmt == 0:
        head = '%s %s [%s] ' % (ts_py(), lvl, logger)
    elif fmt == 1:
        head = '%s:%s:' % (lvl, logger)
    else:
        head = '[%s] {%s.py:%d} %s - ' % (ts_py(), logger.split('.')[-1], R.randint(20, 400), lvl)
    if phi:
        p = Person()
        c = R.randrange(9)
        if c == 7: return C(head, M('Faxing records release to patient {{n}} at home fax {{f}} (requested by %s)' % staff_cred(), n=N(p), f=FAX()))
        if c == 8:
            s_, c_, st_, z_ = ADDR(p)
            return C(head, M('USPS CASS correction for {{n}}: "{{s}}" -> "{{s2}}", {{c}} {{st}} {{z}}', n=N(p, 'lastfirst'), s=(p.addr[0].upper(), 'address'), s2=s_, c=c_, st=st_, z=z_))
        if c == 0: return C(head, M('Patient {{n}} not found (dob={{d}})', n=N(p), d=DOB(p)))
        if c == 1: return C(head, 'Could not parse DOB ', PYR(DOB(p, ['us', 'dmy_mon', 'eu_dot', 'mon_d_y'])), ' for ', N(p))
        if c == 2: return C(head, M('Duplicate MRN {{m}} for {{n}}', m=MRN(), n=N(p)))
        if c == 3:
            return C(head, 'Failed to process Patient(mrn=', PYR(MRN()), ', name=', PYR(N(p, 'lastfirst')), ', dob=',
                     DOB(p, ['pydate']), ', zip=', PYR((p.addr[3], 'zip')), ')')
        if c == 4:
            return C(head, M('Eligibility 271 rejected for subscriber {{s}}: AAA*N**73*C (Invalid/Missing Subscriber Name) name={{n}}',
                             s=HP(), n=(name_str(p, 'upper_lf'), 'name')))
        if c == 5:
            return C(head, 'Sending SMS reminder for appointment on ', APPT(['month_th', 'mon_d', 'iso']), ' -> ', PHN())
        return C(head, emsg(p))
    c = R.randrange(4)
    if c == 0:
        return C(head, 'Retrying in 4.0s (attempt %d/5) after OperationalError: could not connect to server: Connection refused. Is the server running on host "maria-db-primary-0" (%s) and accepting TCP/IP connections on port 5432?' % (R.randint(1, 4), priv_ip()))
    if c == 1:
        return C(head, 'Scheduler: Sending due task nightly-export (billing.tasks.export_837) eta=2024-03-06T02:00:00+00:00')
    if c == 2:
        return C(head, 'Processed batch %d: %d ok, %d failed, took %s' % (R.randint(10000, 99999), R.randint(100, 5000), R.randint(0, 20), dur()))
    return C(head, nmsg())


def f_python_exc(phi):
    if phi:
        p = Person()
        c = R.randrange(11)
        if c == 9:
            return C('app.errors.DeviceConflict: IMEI ', IMEI(), ' already linked to patient ', MRN())
        if c == 10:
            return C('app.errors.AgeOutOfRange: age=', AGE(), ' for ', PYR(N(p)), ' exceeds model max 89')
        if c == 0:
            return C("ValueError: time data ", PYR(DOB(p, ['us', 'dmy_mon', 'us_short', 'eu_dot'])), " does not match format '%Y-%m-%d'")
        if c == 1:
            return C('KeyError: ', PYR(R.choice([EM(p), MRN(), SSN(), N(p)])))
        if c == 2:
            return C('app.errors.PatientNotFound: no patient named ', PYR(N(p)), ' with dob ', DOB(p, ['iso']))
        if c == 3:
            return C('sqlalchemy.exc.IntegrityError: (psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint "uq_patient_ssn" DETAIL:  Key (ssn)=(',
                     SSN('dash'), ') already exists.')
        if c == 4:
            return C("pydantic_core._pydantic_core.ValidationError: 1 validation error for Patient date_of_birth  Input should be a valid date or datetime, invalid character in year [type=date_from_datetime_parsing, input_value=",
                     PYR(DOB(p, ['dmy_mon', 'us', 'mon_d_y'])), ', input_type=str]')
        if c == 5:
            u = URL(p)
            return C('requests.exceptions.HTTPError: 404 Client Error: Not Found for url: ', u)
        if c == 6:
            return C('AssertionError: expected MRN ', MRN(), ', got ', MRN())
        if c == 7:
            d = p.dob
            d2 = d.replace(day=min(d.month, 28), month=min(d.day, 12))
            return C('ERROR:root:Unhandled exception: PatientMergeError(source=', PYR(MRN()), ', target=', PYR(MRN()),
                     ", reason='dob mismatch ", (d.isoformat(), 'date'), ' != ', (d2.isoformat(), 'date'), "')")
        return C('twilio.base.exceptions.TwilioRestException: HTTP 400 error: Unable to create record: The \'To\' number ',
                 PHN('e164'), ' is not a valid phone number.')
    return C(R.choice([
        lambda: 'ConnectionResetError: [Errno 104] Connection reset by peer',
        lambda: 'botocore.exceptions.ClientError: An error occurred (ThrottlingException) when calling the PutRecord operation (reached max retries: 4): Rate exceeded for stream hl7-ingest-%s' % region(),
        lambda: 'psycopg2.OperationalError: could not translate host name "maria-db-primary-0.ehr.svc.cluster.local" to address: Name or service not known',
        lambda: "KeyError: 'date_of_birth'",
        lambda: "TypeError: unsupported operand type(s) for -: 'datetime.date' and 'NoneType'",
        lambda: 'json.decoder.JSONDecodeError: Expecting value: line 1 column %d (char %d)' % ((lambda n: (n, n - 1))(R.randint(10000, 99999))),
        lambda: "ValueError: time data '' does not match format '%Y-%m-%d'",
        lambda: 'celery.exceptions.SoftTimeLimitExceeded: SoftTimeLimitExceeded()',
        lambda: "django.db.utils.IntegrityError: null value in column \"mrn\" of relation \"patients_patient\" violates not-null constraint",
        lambda: 'redis.exceptions.ConnectionError: Error 111 connecting to madison-cache-2:6379. Connection refused.',
    ])())


def f_python_json(phi):
    def line(msg_segs, extra):
        return C('{"asctime": "%s", "levelname": "%s", "name": "%s", "message": "' % (ts_py(), R.choice(['ERROR', 'WARNING']), R.choice(['intake.match', 'billing.statements', 'notify.sms', 'mpi.merge'])),
                 JA(msg_segs), '"', extra, '}')
    if phi:
        p = Person()
        c = R.randrange(3)
        extra = []
        for _ in range(R.randint(0, 2)):
            k, v = pfield(p)
            extra += C(', "%s": "' % k, JA(v), '"')
        if c == 0:
            return line(M('Patient {{n}} not found', n=N(p)), extra)
        if c == 1:
            return line(M('Statement for guarantor {{g}} returned undeliverable: {{s}}, {{c}} {{z}}', g=N(Person()),
                          s=(p.addr[0], 'address'), c=(p.addr[1], 'address'), z=(p.addr[3], 'zip')), extra)
        return line(emsg(p), extra)
    return line(nmsg(), ', "trace_id": "%s", "duration_ms": %d' % (hexs(32), R.randint(1, 99999)))


def f_structlog(phi):
    lvl = R.choice(['error', 'warning', 'info'])
    head = '%s [%-9s] ' % (now().strftime('%Y-%m-%d %H:%M:%S'), lvl)

    def ev(name):
        return '%-30s ' % name
    if phi:
        p = Person()
        c = R.randrange(6)
        if c == 4:
            return C(head, ev('age_capped'), 'age=', AGE(), ' mrn=', PYR(MRN()), " export='hedis_2024'")
        if c == 5:
            return C(head, ev('voice_auth_failed'), 'caller=', PYR(PHN()), ' embedding=', PYR(('[' + VOICEVEC()[0] + ']', 'biometric')), ' score=0.%d' % R.randint(10, 59))
        if c == 0:
            return C(head, ev('patient_merge_failed'), 'mrn=', PYR(MRN()), ' name=', PYR(N(p)), " reason='dob mismatch'")
        if c == 1:
            return C(head, ev('eligibility_denied'), 'member_id=', PYR(HP()), ' dob=', PYR(DOB(p, ['iso'])), ' payer=%s' % repr(R.choice(ORGS)))
        if c == 2:
            return C(head, ev('sms_failed'), 'to=', PYR(PHN()), ' first_name=', PYR(N(p, 'first')), " error='21610'")
        return C(head, ev('unhandled_error'), 'error=', PYR(emsg(p)), ' request_id=%s' % repr(uuid4()))
    c = R.randrange(2)
    if c == 0:
        return C(head, ev('request_finished'), 'duration_ms=%d path=/v1/health status=200 trace_id=%r' % (R.randint(1, 900), hexs(32)))
    return C(head, ev('job_failed'), 'error=%r job=%r' % (nmsg(), uuid4()))


def f_celery(phi):
    proc = R.choice(['ForkPoolWorker-%d' % R.randint(1, 16), 'MainProcess'])
    head = '[%s: %s/%s] ' % (ts_py(), R.choice(['ERROR', 'WARNING', 'INFO']), proc)
    task = R.choice(['reminders.tasks.send_sms', 'intake.tasks.import_patient', 'billing.tasks.post_payment', 'mpi.tasks.link_records'])
    tid = uuid4()
    if phi:
        p = Person()
        c = R.randrange(4)
        if c == 0:
            return C(head, 'Task %s[%s] raised unexpected: TwilioRestException("Unable to create record: The \'To\' number ' % (task, tid),
                     PHN('e164'), ' is not a valid phone number.")')
        if c == 1:
            return C(head, 'Task %s[%s] retry: Retry in %ds: PatientLockTimeout(\'lock held for MRN ' % (task, tid, R.choice([30, 60, 120])), MRN(), "')")
        if c == 2:
            return C(head, 'Task %s[%s] raised unexpected: ValueError("card ' % (task, tid), CARD(), ' declined for guarantor ',
                     N(Person()), '")')
        return C(head, 'Task %s[%s] raised unexpected: ' % (task, tid), emsg(p))
    c = R.randrange(3)
    if c == 0:
        return C(head, 'Task %s[%s] succeeded in %.3fs: None' % (task, tid, R.uniform(0.01, 30)))
    if c == 1:
        return C(head, 'Task %s[%s] received' % (task, tid))
    return C(head, 'consumer: Cannot connect to amqp://guest:**@rabbit-%s:5672//: [Errno 111] Connection refused. Trying again in %d.00 seconds... (%d/100)' % (region(), R.randint(2, 32), R.randint(1, 99)))


def f_pytest(phi):
    if phi:
        p = Person()
        c = R.randrange(5)
        if c == 0:
            return C('E       AssertionError: assert ', PYR(N(p)), ' == ', PYR((name_str(p, 'upper'), 'name')))
        if c == 1:
            d = p.dob
            d2 = d.replace(day=min(d.month, 28), month=min(d.day, 12))
            return C('FAILED tests/test_merge.py::test_merge_keeps_dob - AssertionError: assert ', (fd(d, 'pydate'), 'date'), ' == ', (fd(d2, 'pydate'), 'date'))
        if c == 2:
            return C('E       KeyError: ', PYR(R.choice([SSN(), MRN(), EM(p)])))
        if c == 3:
            return C("E         -   'phone': '", PHN('dash'), "',")
        return C('E       AssertionError: expected reminder for ', N(p), ' on ', EVD(['iso', 'month_th']), ', got None')
    return C(R.choice([
        lambda: 'tests/test_hl7.py::test_pid_parse PASSED                                 [ %d%%]' % R.randint(1, 99),
        lambda: '========== %d failed, %d passed, %d skipped in %.2fs ==========' % (R.randint(1, 5), R.randint(100, 900), R.randint(0, 20), R.uniform(10, 300)),
        lambda: 'E       assert 404 == 200',
        lambda: "E       AssertionError: assert 'pending' == 'signed'",
        lambda: 'tests/test_eligibility.py::test_timeout[us-east-1] FAILED                 [ %d%%]' % R.randint(1, 99),
    ])())


def f_java_logback(phi):
    thread = R.choice(['nio-8080-exec-%d' % R.randint(1, 10), 'main', 'scheduling-1', 'hl7-listener-3', 'task-%d' % R.randint(1, 8)])
    logger = R.choice(['c.a.ehr.patient.PatientService', 'c.a.claims.EligibilityClient', 'c.a.notify.SmsSender', 'c.a.mpi.MatchEngine'])
    head = '%s.%03d %5s %d --- [%15s] %-40s : ' % (now().strftime('%Y-%m-%d %H:%M:%S'), _ms(now()), R.choice(['ERROR', 'WARN', 'INFO']),
                                                    R.randint(1000, 9999), thread[-15:], logger)
    if phi:
        p = Person()
        c = R.randrange(8)
        if c == 6: return C(head, M('Risk score skipped for {{m}}: patient age {{a}} > 89 (model not validated)', m=MRN(), a=AGE()))
        if c == 7: return C(head, M('Pharmacy rejected Rx {{rx}} for {{n}} (prescriber {{doc}}): DUR conflict', rx=RX(), n=N(p), doc=staff_cred()))
        if c == 0: return C(head, M('Duplicate MRN {{m}} for {{n}}', m=MRN(), n=N(p)))
        if c == 1: return C(head, M('Eligibility check failed for subscriberId={{s}} dob={{d}}', s=HP(), d=DOB(p, ['iso', 'us'])))
        if c == 2:
            return C(head, M('Unable to match patient [lastName={{l}}, firstName={{f}}, dob={{d}}]', l=N(p, 'last'), f=N(p, 'first'), d=DOB(p, ['iso'])))
        if c == 3:
            return C(head, M('Patient[mrn={{m}}, name={{n}}, dob={{d}}] failed validation: zip {{z}} does not match state TX',
                             m=MRN(), n=N(p), d=DOB(p, ['iso']), z=(p.addr[3], 'zip')))
        if c == 4: return C(head, M('SMS to {{ph}} failed: 21211 (ordering provider Dr. {{doc}})', ph=PHN(), doc=R.choice(STAFF)))
        return C(head, emsg(p))
    return C(head, R.choice([
        lambda: 'HikariPool-1 - Connection is not available, request timed out after 30000ms.',
        lambda: 'Started EhrApplication in %.3f seconds (JVM running for %.3f)' % (R.uniform(5, 30), R.uniform(30, 40)),
        lambda: 'Tomcat started on port(s): 8080 (http) with context path \'\'',
        lambda: "Resolved [org.springframework.web.HttpMediaTypeNotSupportedException: Content type 'text/plain;charset=UTF-8' not supported]",
        lambda: 'Order %s co-signed by %s' % (order_no(), staff_cred()),
        lambda: nmsg(),
    ])())


def f_java_exc(phi):
    if phi:
        p = Person()
        c = R.randrange(10)
        if c == 8:
            return C('Caused by: com.acme.idv.LicenseMismatchException: driver license ', DL(), ' not issued to ', N(p, R.choice(['upper_lf', 'full'])))
        if c == 9:
            return C('com.acme.implant.UnknownDeviceException: UDI ', UDI(), ' not registered (patient ', MRN(), ')')
        if c == 0:
            return C('com.acme.ehr.patient.DuplicateMrnException: duplicate MRN ', MRN(), ' for ', N(p))
        if c == 1:
            return C("Caused by: java.time.format.DateTimeParseException: Text '", DOB(p, ['us', 'us_short', 'dmy_mon', 'eu_dot']), "' could not be parsed at index 0")
        if c == 2:
            return C('Caused by: java.lang.IllegalArgumentException: Invalid SSN: ', SSN())
        if c == 3:
            return C("Caused by: java.sql.SQLIntegrityConstraintViolationException: Duplicate entry '", esc(EM(p), 'sql'), "' for key 'patient.uk_patient_email'")
        if c == 4:
            return C('Caused by: com.acme.claims.MemberNotFoundException: member ', HP(), ' (', N(p, 'upper_lf'), ') not found')
        if c == 5:
            return C('javax.validation.ConstraintViolationException: register.arg0.phone: must be a mobile number, rejected value [', PHN('paren'), ']')
        if c == 6:
            return C('java.lang.IllegalStateException: Patient(id=null, firstName=', N(p, 'first'), ', lastName=', N(p, 'last'),
                     ', birthDate=', DOB(p, ['java_date']), ') is detached')
        return C('org.springframework.web.client.HttpClientErrorException$NotFound: 404 Not Found: "{"error":"no coverage","member":"',
                 HP(), '","dos":"', EVD(['iso']), '"}"')
    return C(R.choice([
        lambda: '\tat com.acme.ehr.patient.PatientService.merge(PatientService.java:%d)' % R.randint(40, 900),
        lambda: '\t... %d common frames omitted' % R.randint(5, 90),
        lambda: 'Caused by: java.net.SocketTimeoutException: Read timed out',
        lambda: 'Caused by: org.postgresql.util.PSQLException: FATAL: remaining connection slots are reserved for non-replication superuser connections',
        lambda: 'com.fasterxml.jackson.databind.exc.InvalidFormatException: Cannot deserialize value of type `java.time.LocalDate` from String "<redacted>"',
        lambda: 'org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_patient_email]',
        lambda: '\tat org.hibernate.internal.SessionImpl.firePersist(SessionImpl.java:%d) ~[hibernate-core-5.6.15.Final.jar:5.6.15.Final]' % R.randint(700, 800),
    ])())


def f_xunit(phi):
    if phi:
        p = Person()
        c = R.randrange(7)
        if c == 6:
            return C('    nemt_test.go:%d: vehicle mismatch: got VIN "' % R.randint(20, 300), VIN(), '", want "', VIN(), '"')
        if c == 0:
            d = p.dob
            d2 = d.replace(day=min(d.month, 28), month=min(d.day, 12))
            return C('org.opentest4j.AssertionFailedError: expected: <', (d.isoformat(), 'date'), '> but was: <', (d2.isoformat(), 'date'), '>')
        if c == 1:
            return C('org.opentest4j.AssertionFailedError: expected: <', N(p), '> but was: <', (name_str(p, 'upper'), 'name'), '>')
        if c == 2:
            return C('    patient_test.go:%d: got MRN "' % R.randint(20, 300), MRN(), '", want "', MRN(), '"')
        if c == 3:
            return C('     Failure/Error: expect(patient.dob).to eq(', DOB(p, ['rbdate']), ')')
        if c == 4:
            return C('        \tError:      \tNot equal: expected: "', SSN('dash'), '" actual  : "', SSN('dash'), '"')
        return C('       expected: "', Q(N(p)), '"   got: "', Q(N(p, 'lower')), '" (compared using ==)')
    return C(R.choice([
        lambda: 'Tests run: %d, Failures: %d, Errors: 0, Skipped: %d, Time elapsed: %.3f s - in com.acme.ehr.PatientServiceTest' % (R.randint(50, 500), R.randint(0, 3), R.randint(0, 12), R.uniform(1, 60)),
        lambda: '--- FAIL: TestEligibility_Timeout (%.2fs)' % R.uniform(1, 30),
        lambda: 'ok  \tgithub.com/acme/ehr/patient\t%.3fs' % R.uniform(0.1, 9),
        lambda: 'Finished in %.2f seconds (files took %.2f seconds to load) %d examples, %d failures' % (R.uniform(1, 99), R.uniform(1, 9), R.randint(100, 999), R.randint(0, 4)),
        lambda: 'org.opentest4j.AssertionFailedError: expected: <200> but was: <503>',
    ])())


def f_logcat(phi):
    head = '%s.%03d  %d  %d %s ' % (now().strftime('%m-%d %H:%M:%S'), _ms(now()), R.randint(1000, 30000), R.randint(1000, 30000), R.choice('EWID'))
    if phi:
        p = Person()
        c = R.randrange(6)
        if c == 5:
            return C(head, 'GeoFence: home address "', Q((p.addr[0], 'address')), ', ', (p.addr[1], 'address'), ' ', p.addr[2], ' ', (p.addr[3], 'zip'),
                     '" outside %d km service radius' % R.randint(20, 90))
        if c == 4:
            return C(head, 'ImplantScanner: scanned UDI ', UDI(), ' for ', N(p, 'lastfirst'))
        if c == 0:
            return C(head, 'PatientRepository: sync failed for ', N(p), ' (mrn=', MRN(), '): HTTP 409')
        if c == 1:
            return C(head, 'BleManager: bonded device ', MAC(), ' (Dexcom G7 SN ', SERIAL(), ') lost connection, rssi=-%d' % R.randint(60, 99))
        if c == 2:
            return C(head, 'FormValidator: dob=', DOB(p, ['us', 'iso']), ' zip=', (p.addr[3], 'zip'), ' phone=', PHN(), ' rejected')
        return C(head, 'DeviceRegistration: IMEI ', IMEI(), ' registered to ', EM(p))
    return C(head, R.choice([
        lambda: 'ActivityManager: Displayed com.acme.mychart/.MainActivity: +%dms' % R.randint(100, 2000),
        lambda: 'AndroidRuntime: FATAL EXCEPTION: main Process: com.acme.mychart, PID: %d' % R.randint(1000, 30000),
        lambda: 'System.err: java.net.UnknownHostException: Unable to resolve host "api.lakesidehealth.org": No address associated with hostname',
        lambda: 'BleManager: scan found 3 devices, strongest rssi=-%d' % R.randint(40, 90),
        lambda: 'OkHttp: <-- 200 OK https://api.lakesidehealth.org/v1/config (%dms)' % R.randint(20, 900),
    ])())


def f_kafka(phi):
    head = '%s %s [%s] ' % (ts_py(), R.choice(['ERROR', 'WARN', 'INFO']), R.choice(['adt-consumer-1', 'org.springframework.kafka.KafkaListenerEndpointContainer#0-0-C-1']))
    off = R.randint(100000000, 999999999)
    part = R.randint(0, 11)
    if phi:
        p = Person()
        c = R.randrange(4)
        if c == 0:
            return C(head, 'o.s.k.l.KafkaMessageListenerContainer - Error handler threw an exception; record=ConsumerRecord(topic = adt, partition = %d, offset = %d, key = ' % (part, off),
                     MRN(), ', value = {"pid5":"', N(p, 'hl7'), '","pid7":"', DOB(p, ['compact']), '"})')
        if c == 1:
            return C(head, 'o.s.k.l.DeadLetterPublishingRecoverer - Sending record key=', HP(), ' to DLT eligibility.DLT after 10 attempts')
        if c == 2:
            return C(head, 'c.a.adt.AdtListener - retrying record offset=%d partition=%d: patient \'' % (off, part), N(p, 'upper_lf'), "' dob ", DOB(p, ['compact']), ' already admitted')
        return C(head, 'c.a.adt.AdtListener - poison pill at adt-%d@%d: ' % (part, off), emsg(p))
    return C(head, R.choice([
        lambda: '[Consumer clientId=adt-consumer-1, groupId=adt-ingest] Seeking to offset %d for partition adt-%d' % (off, part),
        lambda: 'o.s.k.l.DefaultErrorHandler - Backoff FixedBackOff{interval=1000, currentAttempts=10, maxAttempts=9} exhausted for adt-%d@%d' % (part, off),
        lambda: '[Consumer clientId=adt-consumer-1, groupId=adt-ingest] Revoke previously assigned partitions adt-%d, adt-%d' % (part, (part + 1) % 12),
        lambda: 'o.a.k.c.NetworkClient - [Producer clientId=producer-1] Connection to node 2 (kafka-2.%s/%s:9092) could not be established.' % (region(), priv_ip()),
    ])())


def f_pino(phi):
    head = '{"level":%d,"time":%s,"pid":%d,"hostname":"%s",' % (R.choice([50, 50, 40]), ts_epoch_ms(), R.randint(1, 99), R.choice(['portal-api-6f9c7d8b5-x2k4q', 'scheduling-api-0', 'alice-api-6f9c7d8b5-x2k4q']))
    if phi:
        p = Person()
        c = R.randrange(6)
        if c == 5:
            return C(head, '"err":{"type":"PayloadTooLargeError","message":"request entity too large"},"body":{"mrn":"', J(MRN()),
                     '","photo":"data:image/jpeg;base64,', J(PHOTO()), '…"},"msg":"upload rejected"}')
        if c == 4:
            return C(head, '"err":{"type":"AxiosError","message":"Request failed with status code 404","code":"ERR_BAD_REQUEST","config":{"method":"get","url":"',
                     J(URL(p)), '"}},"msg":"coverage fetch failed"}')
        if c == 0:
            msg = M('Patient with email {{e}} not found', e=EM(p))
            return C(head, '"reqId":"req-%s","err":{"type":"NotFoundError","message":"' % alnum(4, 'abcdefghijklmnop0123456789'), J(msg),
                     '","stack":"NotFoundError: ', J(msg), '\\n    at PatientsService.findByEmail (/app/dist/patients/service.js:%d:13)"},"msg":"' % R.randint(20, 300), J(msg), '"}')
        if c == 1:
            return C(head, '"patient":{"firstName":"', J(N(p, 'first')), '","lastName":"', J(N(p, 'last')), '","dob":"', J(DOB(p, ['iso'])),
                     '"},"msg":"eligibility lookup failed"}')
        if c == 2:
            return C(head, '"msg":"', J(emsg(p)), '"', jfields(p, 1), '}')
        return C(head, '"req":{"method":"GET","url":"/api/patients/search?email=', J(esc(EM(p), 'url')), '"},"res":{"statusCode":404},"responseTime":%d,"msg":"request completed"}' % R.randint(3, 900))
    return C(head, R.choice([
        lambda: '"req":{"method":"GET","url":"/health"},"res":{"statusCode":200},"responseTime":%d,"msg":"request completed"}' % R.randint(1, 50),
        lambda: '"err":{"type":"Error","message":"connect ECONNREFUSED %s:%s"},"msg":"db unavailable"}' % (priv_ip(), port()),
        lambda: '"msg":"%s"}' % ESC['json'](nmsg()),
    ])())


def f_winston(phi):
    t = ts_iso_z()
    lvl = R.choice(['error', 'warn', 'info'])
    svcname = R.choice(['scheduling-api', 'portal-api', 'notify-svc'])
    if phi:
        p = Person()
        c = R.randrange(5)
        if c == 4:
            return C('%s %s: ' % (t, lvl), 'fax delivery to ', N(p), ' home fax ', FAX(), ' failed: busy (attempt %d/3) {"service":"%s"}' % (R.randint(1, 3), svcname))
        if c == 0:
            return C('%s %s: ' % (t, lvl), 'Patient ', N(p), ' not found {"service":"%s","' % svcname, R.choice(KEYS['mrn']), '":"', J(MRN()), '"}')
        if c == 1:
            return C('{"level":"%s","message":"' % lvl, J(M('user_message="We sent a verification code to {{ph}}. If this is not you, call us."', ph=PHN())),
                     '","service":"%s","timestamp":"%s"}' % (svcname, t))
        if c == 2:
            return C('%s [%s]: ' % (t, lvl), 'reminder for ', N(p, 'first'), ' on ', APPT(['month_th', 'dow_mon_d', 'us_dt']), ' not sent: no consent on file ({"service":"%s"})' % svcname)
        return C('%s %s: ' % (t, lvl), emsg(p), ' {"service":"%s"}' % svcname)
    return C('%s %s: %s {"service":"%s","trace_id":"%s"}' % (t, lvl, nmsg(), svcname, hexs(32)))


def f_nestjs(phi):
    t = now()
    h = t.hour
    head = '[Nest] %d  - %d/%d/%d, %d:%s %s   %s ' % (R.randint(1, 99999), t.month, t.day, t.year, (h - 1) % 12 + 1, t.strftime('%M:%S'),
                                                   'AM' if h < 12 else 'PM', R.choice(['ERROR', ' WARN', 'ERROR']))
    if phi:
        p = Person()
        c = R.randrange(5)
        if c == 4: return C(head, '[ParkingService] Visitor ', N(p), ' plate ', PLATE(), ' not validated for garage B (visiting room 4%02d)' % R.randint(1, 40))
        if c == 0: return C(head, '[PatientsService] Patient with email ', EM(p), ' not found')
        if c == 1: return C(head, '[ExceptionsHandler] Member ', HP(), ' not eligible on ', EVD(['iso', 'us']))
        if c == 2: return C(head, '[AppointmentsService] Cannot book ', N(p), ' (', DOB(p), ') on ', APPT(['iso', 'us_dt', 'dow_mon_d']), ': slot taken')
        return C(head, '[%s] ' % R.choice(['MpiService', 'BillingService', 'NotifyService']), emsg(p))
    head = head.replace('ERROR', '  LOG').replace(' WARN', '  LOG')
    return C(head, R.choice([
        lambda: '[RoutesResolver] PatientsController {/api/patients}: +%dms' % R.randint(0, 9),
        lambda: '[NestApplication] Nest application successfully started +%dms' % R.randint(1, 40),
        lambda: '[InstanceLoader] TypeOrmModule dependencies initialized +%dms' % R.randint(1, 90),
        lambda: '[ThrottlerGuard] %s' % nmsg(),
    ])())


def f_node_uncaught(phi):
    if phi:
        p = Person()
        c = R.randrange(5)
        if c == 0:
            return C('[UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "',
                     emsg(p), '".] { code: \'ERR_UNHANDLED_REJECTION\' }')
        if c == 1:
            return C("Error: ENOENT: no such file or directory, open '/var/app/uploads/", (('%s-%s' % (fold(p.last), fold(p.first))).lower(), 'name'), '-',
                     DOB(p, ['iso']), "-insurance-card.jpg'")
        if c == 2:
            return C("AxiosError: Request failed with status code 404 { config: { url: '", URL(p), "', method: 'get' } }")
        if c == 3:
            return C("SequelizeUniqueConstraintError: Validation error { errors: [ ValidationErrorItem { message: 'email must be unique', type: 'unique violation', path: 'email', value: ",
                     JSQ(EM(p)), ' } ] }')
        return C('Error: Guarantor ', N(Person()), ' has outstanding balance on account ', ACCT())
    return C(R.choice([
        lambda: "TypeError: Cannot read properties of undefined (reading 'dob')",
        lambda: '    at async PatientsService.findByMrn (/app/src/patients/patients.service.ts:%d:%d)' % (R.randint(10, 400), R.randint(5, 40)),
        lambda: 'PrismaClientKnownRequestError: Unique constraint failed on the fields: (`ssn`)',
        lambda: 'Error: connect ECONNREFUSED %s:%s' % (priv_ip(), port()),
        lambda: 'FetchError: request to https://%s.lakesidehealth.org/v1/ping failed, reason: socket hang up' % svc(),
        lambda: "RangeError [ERR_OUT_OF_RANGE]: The value of \"offset\" is out of range. It must be >= 0 and <= %d. Received %d" % (R.randint(1000, 9999), R.randint(10000, 99999)),
        lambda: 'Error: Cannot find module \'@acme/hl7-parser\' Require stack: - /app/dist/main.js',
        lambda: "[UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"%s\".] { code: 'ERR_UNHANDLED_REJECTION' }" % nmsg(),
    ])())


def f_jest(phi):
    if phi:
        p = Person()
        c = R.randrange(4)
        if c == 0: return C('    Expected: "', Q(N(p)), '"')
        if c == 1: return C('    Received: "', Q(N(p, R.choice(['upper', 'lower']))), '"')
        if c == 2: return C('    -   "dob": "', DOB(p, ['iso']), '",')
        return C('  ● PatientsService › findByEmail › throws when ', EM(p), ' is missing')
    return C(R.choice([
        lambda: 'Tests:       %d failed, %d passed, %d total' % ((lambda a, b: (a, b, a + b))(R.randint(1, 4), R.randint(100, 600))),
        lambda: 'PASS src/hl7/pid.spec.ts (%.3f s)' % R.uniform(0.5, 9),
        lambda: '    expect(received).toEqual(expected) // deep equality',
        lambda: 'FAIL src/eligibility/eligibility.service.spec.ts',
        lambda: '    Expected: 200',
    ])())


def f_rails(phi):
    pid = R.randint(1000, 99999)
    rid = uuid4()
    def hd(lt):
        full = {'E': 'ERROR', 'I': ' INFO', 'W': ' WARN'}[lt]
        return '%s, [%s #%d] %s -- : [%s] ' % (lt, ts_iso_us(), pid, full, rid)
    if phi:
        p = Person()
        c = R.randrange(9)
        head = hd('I' if c in (1, 2, 5, 7) else R.choice('EW'))
        if c == 8:
            return C(head, 'RxRefillJob: Surescripts error 900 for prescription ', RX(), ' (', N(p, 'lastfirst'), ', DOB ', DOB(p, ['us']), ')')
        if c == 7:
            return C(head, 'Redirected to ', URL(p))
        if c == 6:
            return C(head, 'ActiveRecord::RecordNotUnique (PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint "index_patients_on_drivers_license" DETAIL:  Key (drivers_license)=(',
                     DL(), ') already exists.):')
        if c == 0:
            return C(head, "ActiveRecord::RecordNotFound (Couldn't find Patient with 'mrn'=", MRN(), '):')
        if c == 1:
            return C(head, 'Started GET "/patients/search?last_name=', esc(N(p, 'last'), 'urlp'), '&first_name=', esc(N(p, 'first'), 'urlp'),
                     '&dob=', DOB(p, ['iso']), '" for ', IP(), ' at %s +0000' % now().strftime('%Y-%m-%d %H:%M:%S'))
        if c == 2:
            return C(head, 'Parameters: {"patient"=>{"first_name"=>"', Q(N(p, 'first')), '", "last_name"=>"', Q(N(p, 'last')), '", "dob"=>"',
                     DOB(p, ['us', 'iso']), '", "ssn"=>"[FILTERED]"}}')
        if c == 3:
            return C(head, 'ActiveRecord::RecordInvalid (Validation failed: Phone ', PHN('paren'), ' is not a mobile number):')
        if c == 4:
            return C(head, 'Net::SMTPFatalError (550 5.1.1 <', EM(p), '>: Recipient address rejected: User unknown in virtual mailbox table):')
        return C(head, 'PatientMailer#appointment_reminder: processed outbound mail in %.1fms to=' % R.uniform(1, 90), EM(p))
    head = hd(R.choice('IIW'))
    return C(head, R.choice([
        lambda: 'Completed 500 Internal Server Error in %dms (ActiveRecord: %.1fms | Allocations: %d)' % (R.randint(10, 5000), R.uniform(1, 99), R.randint(10000, 99999)),
        lambda: "NoMethodError (undefined method `zip' for nil:NilClass):",
        lambda: 'Processing by PatientsController#show as JSON',
        lambda: 'Parameters: {"id"=>"[FILTERED]", "ssn"=>"[FILTERED]", "locale"=>"es"}',
        lambda: 'Started GET "/up" for %s at %s +0000' % (priv_ip(), now().strftime('%Y-%m-%d %H:%M:%S')),
    ])())


def f_sidekiq(phi):
    head = '%s pid=%d tid=%s class=%s jid=%s ' % (ts_iso_z(), R.randint(1, 99), alnum(5, 'abcdefghijklmnopqrstuvwxyz0123456789'),
                                                  R.choice(['AppointmentReminderJob', 'EligibilityRefreshJob', 'StatementMailerJob']), hexs(24))
    if phi:
        p = Person()
        c = R.randrange(5)
        if c == 4:
            return C(head, 'WARN: FaxStatementJob: RingCentral 400 InvalidParameter for guarantor fax ', FAX(), ' (', N(Person()), ')')
        if c == 3:
            return C(head, 'WARN: Stripe::CardError: Your card was declined. (card ', CARD(), ', guarantor account ', ACCT(), ')')
        if c == 0:
            return C(head, "WARN: Twilio::REST::RestError: [HTTP 400] 21211 : Unable to create record The 'To' number ", PHN('e164'), ' is not a valid phone number.')
        if c == 1:
            return C(head, 'WARN: {"context":"Job raised exception","job":{"class":"ReminderJob","args":["', J(MRN()), '","', J(N(p)), '","', J(APPT(['iso_dt'])),
                     '"],"retry_count":%d,"queue":"default"},"error_message":"Net::ReadTimeout"}' % R.randint(1, 25))
        return C(head, 'WARN: moved to DeadSet after 25 retries: StatementMailerJob for guarantor ', N(Person()), ' <', EM(p), '>')
    return C(head, R.choice([
        lambda: 'INFO: start',
        lambda: 'INFO: done: %.3f sec' % R.uniform(0.01, 30),
        lambda: 'INFO: Sidekiq 7.2.2 connecting to Redis with options {:size=>10, :pool_name=>"internal", :url=>"redis://madison-cache-2:6379/0"}',
        lambda: 'WARN: Redis::TimeoutError: Connection timed out',
    ])())


def f_php(phi):
    t = now()
    head = '[%02d-%s-%d %s UTC] ' % (t.day, MON[t.month], t.year, t.strftime('%H:%M:%S'))
    path = R.choice(['/var/www/html/lib/roster.php', '/var/www/html/intake.php', '/var/www/html/src/PatientRepo.php', '/var/www/html/eligibility.php'])
    if phi:
        p = Person()
        c = R.randrange(6)
        if c == 5:
            return C(head, 'PHP Fatal error:  Uncaught InvalidArgumentException: Invalid driver license number ', DL(), ' for state %s in %s:%d' % (p.addr[2], path, R.randint(10, 400)))
        if c == 0:
            return C(head, 'PHP Notice:  Undefined index: ', N(p), ' in %s on line %d' % (path, R.randint(10, 400)))
        if c == 1:
            return C(head, 'PHP Warning:  Undefined array key "', HP(), '" in %s on line %d' % (path, R.randint(10, 400)))
        if c == 2:
            d = p.dob
            if d.day <= 12:
                d = d.replace(day=d.day + 12)
            return C(head, 'PHP Fatal error:  Uncaught Exception: DateTime::__construct(): Failed to parse time string (', (fd(d, 'eu_slash'), 'date'),
                     ') at position 0 (%s): Unexpected character in %s:%d' % (fd(d, 'eu_slash')[0], path, R.randint(10, 400)))
        if c == 3:
            return C(head, "PHP Fatal error:  Uncaught PDOException: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '", SSN('dash'),
                     "' for key 'patients.ssn' in %s:%d" % (path, R.randint(10, 400)))
        return C(head, 'PHP Warning:  mail(', EM(p), '): Failed to connect to mailserver at "localhost" port 25 in %s on line %d' % (path, R.randint(10, 400)))
    return C(head, R.choice([
        lambda: 'PHP Notice:  Undefined variable: dob in %s on line %d' % (path, R.randint(10, 400)),
        lambda: 'PHP Deprecated:  Function utf8_encode() is deprecated in %s on line %d' % (path, R.randint(10, 400)),
        lambda: 'PHP Warning:  Undefined array key "mrn" in %s on line %d' % (path, R.randint(10, 400)),
        lambda: 'PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate %d bytes) in %s on line %d' % (R.randint(10000, 9999999), path, R.randint(10, 400)),
    ])())


def f_laravel(phi):
    head = '[%s] %s.%s: ' % (now().strftime('%Y-%m-%d %H:%M:%S'), R.choice(['production', 'production', 'local']), R.choice(['ERROR', 'WARNING', 'ERROR']))
    if phi:
        p = Person()
        c = R.randrange(5)
        if c == 4:
            return C(head, 'Avatar upload rejected for patient ', MRN(), ' {"mime":"image/jpeg","photo":"data:image/jpeg;base64,', J(PHOTO()), '...","size":%d} []' % R.randint(2000000, 9000000))
        if c == 0:
            ph = PHN('plus_sp')
            e164 = (('+1' + re.sub(r'\D', '', ph[0])[1:]), 'phone')
            return C(head, 'Appointment reminder failed for ', N(p), ' (', ph, ') {"tenant":"%s","exception":"' % R.choice(TENANTS),
                     J(C("[object] (Twilio\\Exceptions\\RestException(code: 21211): [HTTP 400] Unable to create record: The 'To' number ", e164,
                         ' is not a valid phone number. at /var/www/vendor/twilio/sdk/src/Twilio/Version.php:88)')), '"} []')
        if c == 1:
            return C(head, 'Duplicate patient detected {"mrn":"', J(MRN()), '","name":"', J(N(p)), '","dob":"', J(DOB(p, ['iso'])), '"} []')
        if c == 2:
            return C(head, 'SQLSTATE[HY000] [2002] Connection refused (SQL: select * from `patients` where `last_name` = ', esc(N(p, 'last'), 'sql'),
                     ' and `dob` = ', DOB(p, ['iso']), ' limit 1) {"exception":"[object] (Illuminate\\\\Database\\\\QueryException(code: 2002))"} []')
        return C(head, emsg(p), ' [] []')
    return C(head, R.choice([
        lambda: 'SQLSTATE[HY000] [2002] Connection refused (SQL: select * from `patients` where `mrn` = ? limit 1) {"exception":"[object] (Illuminate\\\\Database\\\\QueryException(code: 2002))"} []',
        lambda: 'Queue job App\\Jobs\\SendStatement failed after %d attempts [] []' % R.randint(1, 5),
        lambda: '%s [] []' % nmsg(),
    ])())


def f_dotnet_console(phi):
    lvl = R.choice(['fail', 'warn', 'fail'])
    pre = R.choice(['', '[%s] ' % now().strftime('%H:%M:%S'), now().strftime('%Y-%m-%d %H:%M:%S ')])
    if phi:
        p = Person()
        c = R.randrange(6)
        if c == 5:
            return C(pre, 'warn: Acme.Kiosk.FaceMatch[2210] Face match below threshold for ', N(p), '; probe=data:image/jpeg;base64,', PHOTO(), '...')
        if c == 4:
            return C(pre, 'warn: Acme.Pharmacy.PdmpGate[3004] Prescription Rx#', RX(), ' for ', N(p), ' blocked: PDMP check failed')
        if c == 0: return C(pre, '%s: Acme.Ehr.Api.Controllers.PatientsController[0] Patient lookup failed for SSN ' % lvl, SSN())
        if c == 1:
            return C(pre, 'warn: Acme.Scheduling.ReminderService[1002] SMS to ', PHN('paren'), ' for ', N(p, 'first'), ' failed after 3 attempts')
        if c == 2:
            return C(pre, 'fail: Acme.Billing.StatementService[0] Statement for account ', ACCT(), ' (', N(p, 'lastfirst'), ') returned by USPS: ', (p.addr[0], 'address'))
        return C(pre, '%s: Acme.Ehr.Mpi.Linker[0] ' % lvl, emsg(p))
    return C(pre, R.choice([
        lambda: 'info: Microsoft.Hosting.Lifetime[14] Now listening on: http://[::]:8080',
        lambda: "fail: Microsoft.EntityFrameworkCore.Update[10000] An exception occurred in the database while saving changes for context type 'Acme.Ehr.Data.EhrDbContext'.",
        lambda: 'warn: Microsoft.AspNetCore.HttpsPolicy.HttpsRedirectionMiddleware[3] Failed to determine the https port for redirect.',
        lambda: 'info: Acme.Ehr.Jobs.Nightly[0] %s' % nmsg(),
    ])())


def f_serilog(phi):
    t = now()
    at = t.strftime('%Y-%m-%dT%H:%M:%S') + '.%06d%dZ' % (t.microsecond, R.randint(0, 9))
    if phi:
        p = Person()
        c = R.randrange(5)
        if c == 3:
            return C('{"@t":"%s","@mt":"Fingerprint enrollment failed for {PatientId}: {Reason}","@l":"Warning","PatientId":"' % at, J(MRN()),
                     '","Reason":"low minutiae count","TemplateB64":"', J(BIO()), '","SourceContext":"Acme.Kiosk.BiometricCheckIn"}')
        if c == 4:
            return C('{"@t":"%s","@mt":"Unknown pump serial {Serial} for {Mrn}","@l":"Warning","Serial":"' % at, J(SERIAL()), '","Mrn":"', J(MRN()),
                     '","SourceContext":"Acme.Devices.TelemetryIngest"}')
        if c == 0:
            mid = HP()
            return C('{"@t":"%s","@mt":"Eligibility failed for {MemberId} ({PatientName})","@l":"Error","@x":"System.Collections.Generic.KeyNotFoundException: The given key \'' % at,
                     J(mid), '\' was not present in the dictionary.","MemberId":"', J(mid), '","PatientName":"', J(N(p)), '","SourceContext":"Acme.Claims.EligibilityService"}')
        if c == 1:
            return C('{"@t":"%s","@m":"Patient ' % at, J(MRN()), ' merged into ', J(MRN()), '","@i":"%s","@l":"Warning","DateOfBirth":"' % hexs(8),
                     J(DOB(p, ['iso_midnight', 'iso'])), '","RequestId":"0HMV%s:00000002"}' % alnum(8))
        return C('{"@t":"%s","@mt":"{Error}","@l":"Error","Error":"' % at, J(emsg(p)), '","Application":"Acme.Portal"}')
    c = R.randrange(4)
    if c == 0:
        return C('{"@t":"%s","@mt":"HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms","RequestMethod":"GET","RequestPath":"/health","StatusCode":200,"Elapsed":%.4f,"SourceContext":"Serilog.AspNetCore.RequestLoggingMiddleware","RequestId":"0HMV%s:00000001"}' % (at, R.uniform(0.1, 99), alnum(8)))
    if c == 1:
        return C('{"@t":"%s","@mt":"Retrying {Operation} in {Delay}","@l":"Warning","Operation":"EligibilityPoll","Delay":"00:00:%02d","SourceContext":"Polly","MachineName":"FLORENCE-BATCH-04"}' % (at, R.randint(1, 59)))
    if c == 2:
        return C('{"@t":"%s","@mt":"Job {JobId} completed in {Elapsed} ms","JobId":"%s","Elapsed":%d,"MachineName":"%s","EnvironmentName":"Production"}' % (at, uuid4(), R.randint(100, 99999), host().upper()))
    return C('{"@t":"%s","@mt":"{Message}","@l":"Information","Message":"%s","Region":"%s"}' % (at, ESC['json'](nmsg()), region()))


def f_dotnet_exc(phi):
    if phi:
        p = Person()
        c = R.randrange(8)
        if c == 7:
            return C("Acme.Idv.LicenseMismatchException: License '", DL(), "' is registered to '", N(p), "', not the account holder.")
        if c == 6:
            return C("Acme.Nemt.VehicleNotFoundException: VIN '", VIN(), "' not found in vendor registry for rider ", N(p, 'lastfirst'))
        if c == 0:
            d = p.dob
            if d.day <= 12:
                d = d.replace(day=d.day + 12)
            return C("System.FormatException: String '", (fd(d, 'us'), 'date'), "' was not recognized as a valid DateTime.")
        if c == 1:
            return C("System.Collections.Generic.KeyNotFoundException: The given key '", HP(), "' was not present in the dictionary.")
        if c == 2:
            return C("Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details. ---> Microsoft.Data.SqlClient.SqlException (0x80131904): Cannot insert duplicate key row in object 'dbo.Patients' with unique index 'IX_Patients_Mrn'. The duplicate key value is (",
                     MRN(), ').')
        if c == 3:
            return C("System.ArgumentException: Patient '", N(p, 'lastfirst'), "' has no primary insurance. (Parameter 'patient')")
        if c == 4:
            return C("Acme.Ehr.Domain.PatientNotFoundException: No patient matches name '", N(p), "' and birth date ", DOB(p, ['us', 'us_short']), '.')
        return C('System.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.1.1 <', EM(p), '>: Recipient address rejected')
    return C(R.choice([
        lambda: '   at Acme.Ehr.Api.Controllers.PatientsController.GetAsync(String mrn) in /src/Acme.Ehr.Api/Controllers/PatientsController.cs:line %d' % R.randint(20, 400),
        lambda: 'System.Threading.Tasks.TaskCanceledException: The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.',
        lambda: '--- End of stack trace from previous location ---',
        lambda: 'System.Data.SqlClient.SqlException (0x80131904): A network-related or instance-specific error occurred while establishing a connection to SQL Server. (provider: TCP Provider, error: 40 - Could not open a connection to SQL Server)',
        lambda: "System.InvalidOperationException: Sequence contains no elements",
    ])())


def f_postgres(phi):
    head = '%s.%03d UTC [%d] ' % (now().strftime('%Y-%m-%d %H:%M:%S'), _ms(now()), R.randint(1000, 99999))
    if phi:
        p = Person()
        c = R.randrange(8)
        if c == 7:
            return C(head, 'DETAIL:  Key (guarantor_account_no)=(', ACCT(), ') is not present in table "accounts".')
        if c == 6:
            return C(head, 'DETAIL:  Key (address_line1, city, zip)=(', esc((p.addr[0], 'address'), 'sql'), ', ', (p.addr[1], 'address'), ', ', (p.addr[3], 'zip'),
                     ') already exists.')
        if c == 0: return C(head, 'DETAIL:  Key (email)=(', EM(p), ') already exists.')
        if c == 1:
            return C(head, 'DETAIL:  Key (last_name, first_name, dob)=(', N(p, 'last'), ', ', N(p, 'first'), ', ', DOB(p, ['iso']), ') already exists.')
        if c == 2:
            return C(head, "STATEMENT:  UPDATE patients SET phone = '", PHN('dash'), "' WHERE mrn = '", MRN(), "'")
        if c == 3:
            d = p.dob
            if d.day <= 12:
                d = d.replace(day=d.day + 12)
            return C(head, 'ERROR:  date/time field value out of range: "', (fd(d, 'eu_slash'), 'date'), '" at character %d' % R.randint(30, 200))
        if c == 4:
            return C(head, 'DETAIL:  Failing row contains (', MRN(), ', ', N(p, 'first'), ', ', N(p, 'last'), ', null, ', (p.addr[3], 'zip'), ').')
        return C(head, "DETAIL:  parameters: $1 = '", MRN(), "', $2 = '", esc(N(p, 'last'), 'sql'), "'")
    return C(head, R.choice([
        lambda: 'ERROR:  duplicate key value violates unique constraint "patients_email_key"',
        lambda: 'LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 3 recycled; write=%.3f s' % (R.randint(100, 9999), R.uniform(0, 40), R.uniform(1, 200)),
        lambda: 'FATAL:  password authentication failed for user "ehr_app"',
        lambda: 'LOG:  connection received: host=%s port=%d' % (priv_ip(), R.randint(32768, 65000)),
        lambda: 'ERROR:  canceling statement due to statement timeout',
        lambda: 'LOG:  duration: %.3f ms  execute <unnamed>: SELECT * FROM patients WHERE mrn = $1' % R.uniform(100, 9999),
        lambda: 'HINT:  Perhaps you need a different "datestyle" setting.',
    ])())


def f_mysql(phi):
    if phi:
        p = Person()
        c = R.randrange(5)
        if c == 4:
            return C("ERROR 1062 (23000): Duplicate entry '", DL(), "' for key 'patients.uq_drivers_license'")
        if c == 0:
            return C("ERROR 1062 (23000) at line %d: Duplicate entry '" % R.randint(1, 900), HP(), "' for key 'members.uq_member_id'")
        if c == 1:
            return C("ERROR 1292 (22007): Incorrect date value: '", DOB(p, ['us', 'eu_slash', 'dmy_mon']), "' for column 'dob' at row %d" % R.randint(1, 500))
        if c == 2:
            return C('%sZ %8d Query\tSELECT * FROM patients WHERE last_name = \'' % (ts_iso_us(), R.randint(10, 99999)), esc(N(p, 'last'), 'sql'),
                     "' AND dob = '", DOB(p, ['iso']), "'")
        return C("ERROR 1062 (23000): Duplicate entry '", esc(N(p, 'last'), 'sql'), '-', DOB(p, ['iso']), "' for key 'patients.uq_name_dob'")
    return C(R.choice([
        lambda: "ERROR 1406 (22001): Data too long for column 'last_name' at row %d" % R.randint(1, 500),
        lambda: 'ERROR 1452 (23000): Cannot add or update a child row: a foreign key constraint fails (`ehr`.`encounters`, CONSTRAINT `fk_enc_patient` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`))',
        lambda: "%sZ %d [Warning] [MY-010055] [Server] IP address '%s' could not be resolved: Name or service not known" % (ts_iso_us(), R.randint(1, 99), priv_ip()),
        lambda: 'ERROR 2013 (HY000): Lost connection to MySQL server during query',
    ])())


def f_mssql(phi):
    proc = R.choice(['', 'Procedure usp_AddMember, ', 'Procedure usp_UpsertPatient, '])
    head = 'Msg %d, Level %d, State 1, %sLine %d ' % (0, 14, proc, R.randint(1, 300))
    if phi:
        p = Person()
        c = R.randrange(4)
        if c == 0:
            return C(head.replace('Msg 0', 'Msg 2627'), "Violation of UNIQUE KEY constraint 'UQ_Member_SubscriberId'. Cannot insert duplicate key in object 'dbo.Member'. The duplicate key value is (",
                     HP(), ').')
        if c == 1:
            nm = name_str(p, 'last') + '-' + R.choice(LAST)
            nm = nm[:15].rstrip(' -')
            return C(head.replace('Msg 0', 'Msg 2628').replace('Level 14', 'Level 16'), "String or binary data would be truncated in table 'EHR.dbo.Patient', column 'LastName'. Truncated value: '",
                     esc((nm, 'name'), 'sql'), "'.")
        if c == 2:
            return C(head.replace('Msg 0', 'Msg 2601'), "Cannot insert duplicate key row in object 'dbo.Patient' with unique index 'IX_Patient_SSN'. The duplicate key value is (", SSN(), ').')
        return C(head.replace('Msg 0', 'Msg 2601'), "Cannot insert duplicate key row in object 'dbo.Patient' with unique index 'IX_Patient_NameDob'. The duplicate key value is (",
                 N(p, 'last'), ', ', N(p, 'first'), ', ', DOB(p, ['iso']), ').')
    return C(R.choice([
        lambda: head.replace('Msg 0', 'Msg 241').replace('Level 14', 'Level 16') + 'Conversion failed when converting date and/or time from character string.',
        lambda: "%s.%02d Logon       Login failed for user 'ehr_svc'. Reason: Password did not match that for the login provided. [CLIENT: %s]" % (now().strftime('%Y-%m-%d %H:%M:%S'), R.randint(0, 99), priv_ip()),
        lambda: head.replace('Msg 0', 'Msg 547').replace('Level 14', 'Level 16') + 'The INSERT statement conflicted with the FOREIGN KEY constraint "FK_Encounter_Patient". The conflict occurred in database "EHR", table "dbo.Patient", column \'PatientId\'.',
        lambda: head.replace('Msg 0', 'Msg 1205').replace('Level 14', 'Level 13') + 'Transaction (Process ID %d) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction.' % R.randint(50, 999),
    ])())


def f_elixir(phi):
    head = '%s.%03d %s' % (now().strftime('%H:%M:%S'), _ms(now()), R.choice(['', 'request_id=F%s ' % alnum(19, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')]))
    if phi:
        p = Person()
        c = R.randrange(4)
        if c == 0:
            return C(head, '[error] ** (Ecto.NoResultsError) expected at least one result but got none in query: from p0 in Ehr.Patient, where: p0.mrn == ^"', Q(MRN()), '"')
        if c == 1:
            appt = upcoming()
            return C(head, '[error] GenServer Ehr.ReminderWorker terminating ** (FunctionClauseError) no function clause matching in Ehr.Sms.send/2 Last message: {:send, %{phone: "',
                     Q(PHN('e164')), '", name: "', Q(N(p)), '", appt: ~U[', (appt.isoformat() + ' %02d:%02d:00Z' % (R.randint(13, 22), R.choice([0, 30])), 'date'), ']}}')
        if c == 2:
            return C(head, '[warning] #Ecto.Changeset<action: :insert, changes: %{dob: ~D[', DOB(p, ['iso']), '], email: "', Q(EM(p)),
                     '"}, errors: [email: {"has already been taken", [constraint: :unique, constraint_name: "patients_email_index"]}], data: #Ehr.Patient<>, valid?: false>')
        return C(head, '[error] ', emsg(p))
    return C(head, R.choice([
        lambda: '[info] Running EhrWeb.Endpoint with cowboy 2.10.0 at :::4000 (http)',
        lambda: '[error] Postgrex.Protocol (#PID<0.%d.0>) disconnected: ** (DBConnection.ConnectionError) tcp recv: closed' % R.randint(100, 999),
        lambda: '[info] Sent 200 in %dms' % R.randint(1, 900),
        lambda: '[info] GET /api/health',
    ])())


def f_api_validation(phi):
    head = '%s WARN %s ' % (ts_iso_z(), R.choice(['validation_failed', 'api.response', 'http.client']))
    if phi:
        p = Person()
        c = R.randrange(8)
        if c == 7:
            return C(head, '400 body={"errors":[{"field":"driversLicense","rejectedValue":"', J(DL()), '","defaultMessage":"does not match issuing state format"}]}')
        if c == 5:
            return C(head, '413 POST /v1/checkin/selfie rejected: {"mrn":"', J(MRN()), '","selfie":"data:image/jpeg;base64,', J(PHOTO()), '...<truncated %d bytes>"}' % R.randint(100000, 900000))
        if c == 6:
            return C(head, '422 body={"errors":[{"field":"age","message":"', J(AGE()), ' exceeds maximum enrollable age for plan ', J(HP()), '"}]}')
        if c == 0:
            return C(head, '422 Unprocessable Entity POST /v1/patients body={"detail":[{"type":"date_from_datetime_parsing","loc":["body","dob"],"msg":"Input should be a valid date or datetime, invalid character in year","input":"',
                     J(DOB(p, ['dmy_mon', 'us', 'mon_d_y', 'month_th_y'])), '"}]}')
        if c == 1:
            return C(head, '400 Bad Request body={"statusCode":400,"error":"Bad Request","message":"\\"memberId\\" with value \\"', J(Q(HP())),
                     '\\" fails to match the required pattern: /^W\\\\d{9}$/"}')
        if c == 2:
            e = p.email()
            e = e.rsplit('.', 1)[0]
            return C(head, '400 body={"timestamp":"%s","status":400,"error":"Bad Request","errors":[{"field":"email","rejectedValue":"' % (ts_iso_z()[:-1] + '+00:00'),
                     J((e, 'email')), '","defaultMessage":"must be a well-formed email address"}]}')
        if c == 3:
            return C(head, '422 body={"errors":{"phone":["', J(PHN('paren')), ' is not a valid mobile number"],"zip":["', J((p.addr[3], 'zip')), ' is outside service area"]}}')
        return C(head, 'user_message="', Q(M("We couldn't find an appointment for {{n}} on {{d}}. Please check the date and try again.", n=N(p, 'first'), d=APPT(['month_th', 'mon_d']))), '"')
    return C(head, R.choice([
        lambda: '422 body={"detail":[{"loc":["body","dob"],"msg":"field required","type":"value_error.missing"}]}',
        lambda: '400 body={"errors":[{"field":"ssn","defaultMessage":"must not be blank","rejectedValue":null}]}',
        lambda: '429 body={"message":"Too Many Requests","retryAfter":%d}' % R.randint(1, 60),
        lambda: 'user_message="Something went wrong on our end. Reference: %s"' % alnum(8),
    ])())


def f_graphql(phi):
    head = '%s ERROR graphql error: ' % ts_iso_z()
    loc = '"locations":[{"line":%d,"column":%d}]' % (R.randint(1, 9), R.randint(1, 20))
    if phi:
        p = Person()
        c = R.randrange(5)
        if c == 4:
            return C(head, '{"errors":[{"message":"Upload failed for variables {\\"patientId\\":\\"', J(MRN()), '\\",\\"image\\":\\"', J(PHOTO_PNG()),
                     '...\\"}",%s,"path":["uploadPatientPhoto"],"extensions":{"code":"PAYLOAD_TOO_LARGE"}}]}' % loc)
        if c == 3:
            return C(head, '{"errors":[{"message":"Address \\"', J(Q((p.addr[0], 'address'))), ', ', J((p.addr[1], 'address')), ', %s ' % p.addr[2], J((p.addr[3], 'zip')),
                     '\\" could not be geocoded",%s,"path":["updateHomeAddress"],"extensions":{"code":"BAD_USER_INPUT"}}]}' % loc)
        if c == 0:
            return C(head, '{"errors":[{"message":"Patient with MRN ', J(MRN()), ' not found",%s,"path":["patient","encounters"],"extensions":{"code":"NOT_FOUND"}}],"data":null}' % loc)
        if c == 1:
            return C(head, '{"errors":[{"message":"Variable \\"$input\\" got invalid value { name: \\"', J(Q(N(p))), '\\", dob: \\"', J(DOB(p, ['us', 'dmy_mon'])),
                     '\\" }; Field \\"dob\\" expected ISO-8601 date.",%s,"extensions":{"code":"BAD_USER_INPUT"}}]}' % loc)
        return C(head, '{"errors":[{"message":"', J(emsg(p)), '",%s,"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"patient":null}}' % loc)
    return C(head, R.choice([
        lambda: '{"errors":[{"message":"Cannot query field \\"ssn\\" on type \\"Patient\\".",%s,"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}' % loc,
        lambda: '{"errors":[{"message":"Not authorised!",%s,"path":["coverage"],"extensions":{"code":"FORBIDDEN","traceId":"%s"}}]}' % (loc, hexs(32)),
    ])())


def f_dlq(phi):
    head = '%s %s: ' % (ts_iso_z(), R.choice(['reminder-worker', 'hl7-router', 'claims-dispatcher', 'fax-sender']))
    mid = uuid4()
    if phi:
        p = Person()
        c = R.randrange(6)
        if c == 5:
            return C(head, 'webhook callback ', URL(p), ' returned 410 Gone; message %s parked' % mid)
        if c == 0:
            return C(head, 'moving message %s to DLQ reminders-dlq after 5 receives (last error: carrier rejected ' % mid, PHN(), ')')
        if c == 1:
            return C(head, '[dlq] message_id=%s receive_count=5 body={"patientName":"' % mid, J(N(p)), '","dob":"', J(DOB(p, ['iso', 'us'])), '","phone":"', J(PHN('dash')), '"}')
        if c == 2:
            return C(head, 'requeue=false x-death[0].count=%d routing_key=patient.updated payload.mrn=' % R.randint(2, 9), MRN())
        if c == 3:
            return C(head, 'giving up on eligibility re-check for member ', HP(), ' after 8 attempts (backoff 256s); parked in eligibility-dlq')
        return C(head, 'retry %d/5 for fax to guarantor ' % R.randint(1, 4), N(Person()), ' at ', FAX(), ' (statement for ', N(p), ')')
    return C(head, R.choice([
        lambda: 'redrive policy: maxReceiveCount=5 deadLetterTargetArn=arn:aws:sqs:%s:%s:reminders-dlq' % (region(), digits(12)),
        lambda: 'DLQ depth %d exceeds threshold 1000 on queue hl7-ingest-dlq (%s)' % (R.randint(1001, 99999), region()),
        lambda: 'retry %d/5 in %.1fs: ECONNRESET talking to mirth-hl7:6661' % (R.randint(1, 4), R.uniform(0.5, 30)),
        lambda: 'redriven %d messages from claims-dlq to claims (message ids %s..%s)' % (R.randint(2, 500), uuid4()[:8], uuid4()[:8]),
    ])())


def f_syslog3164(phi):
    pri = R.choice([11, 12, 13, 14, 27, 86, 131])
    h = R.choice(['ehr-app-03', 'intake-01', 'fax-gw-2', 'hunter-worker-3'])
    app = R.choice(['intake', 'faxd', 'eligd', 'scheduler'])
    head = '<%d>%s %s %s[%d]: ' % (pri, ts_syslog(), h, app, R.randint(100, 60000))
    if phi:
        return C(head, emsg())
    if R.random() < 0.3:
        return C('<86>%s %s sshd[%d]: Accepted publickey for deploy from %s port %d ssh2: RSA SHA256:%s' % (
            ts_syslog(), h, R.randint(100, 60000), priv_ip(), R.randint(32768, 65000),
            alnum(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')))
    return C(head, nmsg())


def f_syslog5424(phi):
    h = R.choice(['ehr-app-03', 'sched-01', 'notify-2'])
    app = R.choice(['scheduling', 'notify', 'mpi'])
    head = '<%d>1 %s %s %s %d %s ' % (R.choice([131, 132, 134, 11]), ts_iso_z(), h, app, R.randint(100, 60000), R.choice(['REMINDER', 'MERGE', '-']))
    if phi:
        p = Person()
        c = R.randrange(3)
        if c == 0:
            return C(head, '[meta sequenceId="%d"][patient mrn="' % R.randint(1, 99999), Q(MRN()), '" dob="', Q(DOB(p, ['iso'])), '"] SMS to ', PHN(), ' failed')
        if c == 1:
            return C(head, '[origin ip="%s"][subject email="' % priv_ip(), Q(EM(p)), '"] password reset requested from ', IP())
        return C(head, '- ', emsg(p))
    return C(head, '[meta sequenceId="%d"][origin ip="%s"] %s' % (R.randint(1, 99999), priv_ip(), nmsg()))


def f_nginx(phi):
    w = R.randint(1, 60)
    head = '%s [%s] %d#%d: *%d ' % (now().strftime('%Y/%m/%d %H:%M:%S'), R.choice(['error', 'warn', 'error']), w, w, R.randint(10000, 9999999))
    srv = R.choice(['portal.lakesidehealth.org', 'mychart.stagnesmc.org', 'pay.mercygeneral.org'])
    up = priv_ip()
    if phi:
        p = Person()
        c = R.randrange(3)
        if c == 0:
            m = MRN()
            d = DOB(p, ['iso'])
            return C(head, 'upstream timed out (110: Connection timed out) while reading response header from upstream, client: ', IP(), ', server: %s, request: "GET /api/patients/' % srv,
                     m, '/labs?dob=', d, ' HTTP/1.1", upstream: "http://%s:8080/api/patients/' % up, m, '/labs?dob=', d, '", host: "%s"' % srv)
        if c == 1:
            return C(head, 'FastCGI sent in stderr: "PHP message: PHP Warning:  Undefined array key \\"', N(p), '\\"" while reading response header from upstream, client: ',
                     IP(), ', server: %s, request: "POST /roster.php HTTP/1.1"' % srv)
        return C(head, 'client intended to send too large body: %d bytes, client: ' % R.randint(10000000, 99999999), IP(), ', server: %s, request: "POST /api/patients/' % srv,
                 MRN(), '/photo HTTP/2.0"')
    return C(head, R.choice([
        lambda: 'connect() failed (111: Connection refused) while connecting to upstream, client: %s, server: %s, request: "GET /health HTTP/1.1", upstream: "http://%s:8080/health"' % (priv_ip(), srv, up),
        lambda: 'open() "/usr/share/nginx/html/favicon.ico" failed (2: No such file or directory), client: %s, server: %s' % (priv_ip(), srv),
        lambda: 'SSL_do_handshake() failed (SSL: error:0A00006C:SSL routines::bad key share) while SSL handshaking, client: %s, server: 0.0.0.0:443' % priv_ip(),
    ])())


def f_c_printf(phi):
    prog = R.choice(['hl7d', 'faxd', 'printerd', 'dicomd'])
    head = '%s %s %s[%d]: ' % (ts_syslog(), R.choice(['lab-gw-01', 'rad-pacs-2', 'ward4b-print']), prog, R.randint(100, 60000))
    if phi:
        p = Person()
        c = R.randrange(7)
        if c == 6:
            return C(head, 'fp_enroll.c:%d: template upload failed for MRN ' % R.randint(40, 900), MRN(), ': FMR=', BIO(), '... (%d bytes, quality %d)' % (R.randint(300, 900), R.randint(10, 39)))
        if c == 5:
            return C(head, 'telemetry.c:%d: transmitter %s' % (R.randint(40, 900), ''), SERIAL(), ' (MAC ', MAC(), ') unpaired from patient ', MRN())
        if c == 0:
            return C(head, 'pid_segment.c:233: bad PID-7 "', DOB(p, ['compact']), '" for "', N(p, 'hl7'), '" (MRN ', MRN(), ')')
        if c == 1:
            return C(head, 'ERROR: fopen("/var/spool/fax/out/', (('%s_%s' % (fold(p.last), fold(p.first))).lower(), 'name'), '_', DOB(p, ['compact']),
                     '.tif"): No such file or directory')
        if c == 2:
            return C(head, 'job %d label "' % R.randint(1000, 9999), N(p, 'upper_lf'), '  DOB ', DOB(p, ['us']), '  MRN ', MRN(), '" sent to zebra-4b (%d bytes)' % R.randint(200, 900))
        if c == 3:
            return C(head, 'C-STORE rejected: PatientName=', N(p, 'dicom'), ' PatientID=', MRN(), ' PatientBirthDate=', DOB(p, ['compact']), ' status=0xA700')
        return C(head, 'warn: ORC/OBR mismatch for PID-3 ', MRN(), ' PID-19 ', SSN('plain'), ' (segment %d)' % R.randint(2, 30))
    return C(head, R.choice([
        lambda: 'listening on 0.0.0.0:2575 (MLLP), max_conn=%d' % R.randint(16, 256),
        lambda: 'modem ttyS1 reset, 33600 bps, %d jobs pending' % R.randint(0, 50),
        lambda: "association from STORESCU@%s:104 rejected: called AE title 'ORTHANC' unknown" % priv_ip(),
        lambda: 'mllp.c:%d: short read (%d of %d bytes), resetting connection' % (R.randint(50, 500), R.randint(1, 999), R.randint(1000, 9999)),
    ])())


def f_debug(phi):
    if phi:
        p = Person()
        c = R.randrange(8)
        if c == 7:
            return C("pp(intake) => {'passport_no': ", PYR(PASSPORT()), ", 'name': ", PYR(N(p)), ", 'nationality': 'MX'}")
        if c == 0:
            return C('>>> DEBUG patient= {', "'name': ", PYR(N(p)), ", 'dob': ", PYR(DOB(p, ['iso'])), ", 'ssn': ", PYR(SSN()), '}')
        if c == 1:
            return C('patient= { firstName: ', JSQ(N(p, 'first')), ', lastName: ', JSQ(N(p, 'last')), ', mrn: ', JSQ(MRN()), ', phone: ', JSQ(PHN('paren')), ' }')
        if c == 2:
            nm = name_str(p, 'full')
            return C('string(%d) "' % len(nm.encode('utf-8')), (nm, 'name'), '"')
        if c == 3:
            return C('HERE!!! #<Patient mrn: "', Q(MRN()), '", first_name: "', Q(N(p, 'first')), '", last_name: "', Q(N(p, 'last')), '", dob: "', DOB(p, ['iso']),
                     '", zip: "', (p.addr[3], 'zip'), '">')
        if c == 4:
            return C('DEBUG got member: {ID:', HP(), ' Name:', N(p), ' DOB:', DOB(p, ['iso']), ' Zip:', (p.addr[3], 'zip'), '}')
        if c == 5:
            return C('XXX remove before merge ---> ', N(p, 'lastfirst'), ' ', MRN())
        return C('HERE ', EM(p), ' ', IP())
    return C(R.choice([
        lambda: '>>> DEBUG got %d rows' % R.randint(0, 99999),
        lambda: 'HERE 1',
        lambda: 'TODO: handle 429 from athena-connector',
        lambda: "DEBUG config={'region': '%s', 'pool_size': 10, 'host': 'maria-db-primary-0'}" % region(),
        lambda: 'XXX why is this null?? key=dob',
        lambda: 'patient= { firstName: [Getter], lastName: [Getter], mrn: undefined }',
        lambda: 'string(0) ""',
    ])())


def f_es(phi):
    t = now()
    head = '%s,%03d %s [%s] ' % (t.strftime('%d/%m/%Y %H:%M:%S'), _ms(t), R.choice(['ERROR', 'WARN', 'ERROR', 'INFO']),
                                 R.choice(['AdmisionService', 'CitasService', 'FacturacionJob', 'HL7Receptor']))
    if phi:
        p = Person('es')
        c = R.randrange(13)
        if c == 12 or (c == 11 and R.random() < 0.4):
            nie = '%s%07d' % (R.choice('XYZ'), R.randint(0, 9999999))
            num = int({'X': '0', 'Y': '1', 'Z': '2'}[nie[0]] + nie[1:])
            return C(head, 'NIE ', (nie + 'TRWAGMYFPDXBNJZSQVHLCKE'[num % 23], 'other_id'), ' no válido para ', N(p))
        if c == 11: return C(head, 'Fax al paciente ', N(p), ' (', ('+34 9%s %s %s' % (digits(2), digits(3), digits(3)), 'fax'), ') sin respuesta')
        if c == 0: return C(head, 'Paciente ', N(p), ' no encontrado')
        if c == 1: return C(head, 'No se encontró al paciente con NHC ', MRN())
        if c == 2: return C(head, "Fecha de nacimiento inválida '", DOB(p, ['es', 'eu_slash', 'eu_dot']), "' para ", N(p))
        if c == 3: return C(head, 'DNI ', (dni_v(), 'other_id'), ' duplicado para ', N(p, R.choice(['full', 'upper'])))
        if c == 4: return C(head, 'Error al enviar SMS al ', (es_phone(), 'phone'), ' (paciente ', N(p), ')')
        if c == 5: return C(head, 'Edad ', AGE(), ' años fuera de rango para el protocolo de caídas (paciente ', N(p, 'first'), ')')
        if c == 6: return C(head, 'Cita del ', APPT(['es_nodate']), ' cancelada para ', N(p))
        if c == 7:
            return C(head, 'Dirección no válida: ', (p.addr[0], 'address'), ', ', (p.addr[3], 'zip'), ' ', (p.addr[1], 'address'))
        if c == 8: return C(head, 'Correo ', EM(p), ' rechazado por el servidor (550)')
        if c == 9: return C(head, 'Tarjeta sanitaria ', (cip_v(p), 'health_plan'), ' caducada para ', N(p))
        return C(head, 'No se pudo fusionar: ', N(p), ' aparece con NHC ', MRN(), ' y ', MRN())
    return C(head, R.choice([
        lambda: 'Tiempo de espera agotado al conectar con servidor-madrid-01 (%s:5432)' % priv_ip(),
        lambda: 'Reintentando lote %d (intento %d/5)' % (R.randint(10000, 99999), R.randint(1, 4)),
        lambda: 'Informe diario generado para el %02d/03/2024 en %d,%d s' % (R.randint(1, 4), R.randint(1, 40), R.randint(0, 9)),
        lambda: 'Dr. García firmó la orden %s' % order_no(),
        lambda: 'Región eu-south-2 sin capacidad; usando eu-west-3',
        lambda: 'Sevilla-worker-2 reiniciado tras OutOfMemoryError (heap %dMB)' % R.randint(512, 4096),
    ])())


def f_fr(phi):
    t = now()
    head = '[%s+01:00] app.%s: ' % (ts_iso_us(t), R.choice(['ERROR', 'WARNING', 'ERROR', 'INFO']))
    if phi:
        p = Person('fr')
        c = R.randrange(12)
        dept = p.addr[3][:2]
        if c == 11:
            return C(head, 'Passeport ', (R.choice(['%02d%s%05d' % (R.randint(10, 99), alnum(2, 'ABCDEFGHJKLMNPRSTUVWXYZ'), R.randint(0, 99999))]), 'other_id'), ' expiré pour ', N(p), ' [] []')
        if c == 10:
            return C(head, 'Télécopie vers ', N(p), ' au ', ('0%s %s %s %s %s' % (R.choice('12345'), digits(2), digits(2), digits(2), digits(2)), 'fax'), ' échouée (occupé) [] []')
        if c == 0: return C(head, 'Patient ', N(p), ' introuvable (IPP ', MRN(), ') [] []')
        if c == 1: return C(head, 'Date de naissance invalide « ', DOB(p, ['fr', 'eu_slash']), ' » pour ', N(p), ' [] []')
        if c == 2: return C(head, 'NIR ', (nir_v(p, dept), 'other_id'), ' déjà associé au dossier ', MRN(), ' [] []')
        if c == 3: return C(head, "Échec d'envoi du SMS au ", (fr_phone(), 'phone'), ' pour Mme ', N(p, R.choice(['full', 'upper', 'last'])), ' [] []')
        if c == 4: return C(head, 'âge ', AGE(), ' ans hors limites pour le score de Braden [] []')
        if c == 5:
            return C(head, 'adresse invalide : ', (p.addr[0], 'address'), ', ', (p.addr[3], 'zip'), ' ', (p.addr[1], 'address'), ' [] []')
        if c == 6: return C(head, 'courriel ', EM(p), ' rejeté (550 5.1.1) [] []')
        if c == 7: return C(head, 'Rendez-vous du ', APPT(['fr_noyear']), ' annulé pour M. ', N(p, R.choice(['last', 'full'])), ' [] []')
        if c == 8:
            return C(head, 'Doublon patient détecté {"ipp":"', J(MRN()), '","nom":"', J((p.last.upper(), 'name')), '","prenom":"', J(N(p, 'first')), '"} []')
        return C(head, 'Carte Vitale illisible pour ', N(p), ' (né(e) le ', DOB(p, ['fr', 'eu_slash']), ') [] []')
    return C(head, R.choice([
        lambda: "Délai d'attente dépassé pour serveur-lyon-02 (%s:3306) [] []" % priv_ip(),
        lambda: 'Nouvelle tentative %d/5 pour le lot %d [] []' % (R.randint(1, 4), R.randint(10000, 99999)),
        lambda: 'Rapport du %02d/03/2024 généré en %d,%d s [] []' % (R.randint(1, 4), R.randint(1, 40), R.randint(0, 9)),
        lambda: "Dr Martin a validé l'ordonnance %s [] []" % order_no(),
        lambda: 'Connexion au serveur Marseille-PACS rétablie après %s [] []' % dur(),
    ])())


INNER = None  # filled below


def f_docker(phi):
    inner = R.choice(INNER)(phi)
    return C('{"log":"', esc(inner, 'gojson'), '\\n","stream":"%s","time":"%s"}' % (R.choice(['stderr', 'stdout']), ts_nano()))


def f_cri(phi):
    inner = R.choice(INNER)(phi)
    return C('%s %s F ' % (ts_nano(), R.choice(['stderr', 'stdout'])), inner)


FAMILIES = {
    'go_zap_json': f_go_zap,
    'go_logrus_text': f_go_logrus,
    'go_stdlog': f_go_stdlog,
    'rust_tracing': f_rust,
    'python_logging': f_python_logging,
    'python_exception_repr': f_python_exc,
    'python_json_logger': f_python_json,
    'structlog_console': f_structlog,
    'celery_worker': f_celery,
    'pytest_output': f_pytest,
    'java_logback': f_java_logback,
    'java_exception_chain': f_java_exc,
    'xunit_assert': f_xunit,
    'android_logcat': f_logcat,
    'kafka_consumer_retry': f_kafka,
    'node_pino': f_pino,
    'node_winston': f_winston,
    'nestjs': f_nestjs,
    'node_uncaught': f_node_uncaught,
    'jest_assert': f_jest,
    'ruby_rails': f_rails,
    'sidekiq': f_sidekiq,
    'php_error_log': f_php,
    'laravel_monolog': f_laravel,
    'dotnet_console': f_dotnet_console,
    'serilog_clef': f_serilog,
    'dotnet_exception': f_dotnet_exc,
    'postgres_log': f_postgres,
    'mysql_log': f_mysql,
    'mssql_errors': f_mssql,
    'elixir_logger': f_elixir,
    'api_validation_json': f_api_validation,
    'graphql_error_json': f_graphql,
    'queue_dlq_note': f_dlq,
    'syslog_rfc3164': f_syslog3164,
    'syslog_rfc5424': f_syslog5424,
    'nginx_error': f_nginx,
    'c_printf_daemon': f_c_printf,
    'debug_print_dump': f_debug,
    'es_app_log': f_es,
    'fr_monolog': f_fr,
    'docker_json_wrap': f_docker,
    'cri_log': f_cri,
}
INNER = [f_python_logging, f_java_logback, f_go_stdlog, f_winston, f_nestjs, f_rails, f_c_printf, f_rust,
         f_go_logrus, f_structlog, f_celery, f_es, f_dotnet_console, f_pino, f_go_zap]


# ============================================================== assemble + verify
def apply_chain(raw, chain):
    for k in chain:
        raw = ESC[k](raw)
    return raw


def finalize(segs):
    line = ''.join(t for t, _, _, _ in segs)
    spans, off = [], 0
    for t, c, raw, chain in segs:
        b = len(t.encode('utf-8'))
        if c is not None:
            if b == 0:
                raise AssertionError('empty PHI segment')
            spans.append({'s': off, 'e': off + b, 'cat': c, '_want': apply_chain(raw, chain)})
        off += b
    return line, spans


MIN_PER_CAT = 6


def build(seed):
    R.seed(seed)
    CLK[0] = dt.datetime(2024, 3, 5, 8, 2, 11, 123456)
    fams = list(FAMILIES)
    order = []
    while len(order) < N_LINES:
        blk = fams[:]
        R.shuffle(blk)
        order.extend(blk)
    order = order[:N_LINES]
    flags = [True] * (N_LINES - N_CLEAN) + [False] * N_CLEAN
    R.shuffle(flags)

    lines, labels = [], []
    for i, (fam, phi) in enumerate(zip(order, flags), 1):
        tick()
        segs = FAMILIES[fam](phi)
        line, spans = finalize(segs)
        if '\n' in line or '\r' in line:
            raise AssertionError('newline inside line %d (%s)' % (i, fam))
        lb = line.encode('utf-8')
        if len(lb) > 4000:
            raise AssertionError('line %d too long' % i)
        if phi and not spans:
            raise AssertionError('PHI line %d (%s) has no span' % (i, fam))
        if not phi and spans:
            raise AssertionError('clean line %d (%s) has spans' % (i, fam))
        prev_e = -1
        for sp in spans:
            got = lb[sp['s']:sp['e']].decode('utf-8')
            if got != sp['_want']:
                raise AssertionError('span mismatch line %d: %r != %r' % (i, got, sp['_want']))
            if got != got.strip() or not got:
                raise AssertionError('span has surrounding whitespace line %d: %r' % (i, got))
            if sp['s'] < prev_e:
                raise AssertionError('overlapping spans line %d' % i)
            prev_e = sp['e']
        lines.append(line)
        if spans:
            labels.append({'line': i, 'family': fam, 'spans': [{'s': s['s'], 'e': s['e'], 'cat': s['cat']} for s in spans]})

    assert len(lines) == N_LINES
    return lines, labels


def main():
    # Deterministic: try SEED, SEED+1, ... and keep the first build in which
    # every category has at least MIN_PER_CAT spans.  Same result every run.
    for seed in range(SEED, SEED + 200):
        lines, labels = build(seed)
        cnt = {c: 0 for c in CATS}
        for lb in labels:
            for sp in lb['spans']:
                cnt[sp['cat']] += 1
        if min(cnt.values()) >= MIN_PER_CAT:
            break
    else:
        raise SystemExit('no seed met the category coverage target')
    with open(os.path.join(HERE, CID + '.log'), 'w', encoding='utf-8', newline='\n') as f:
        for ln in lines:
            f.write(ln + '\n')
    with open(os.path.join(HERE, CID + '.labels.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for lb in labels:
            f.write(json.dumps(lb, ensure_ascii=False, separators=(', ', ': ')) + '\n')

    # re-read from disk and verify once more
    with open(os.path.join(HERE, CID + '.log'), 'rb') as f:
        disk = f.read().split(b'\n')
    assert disk[-1] == b'' and len(disk) == N_LINES + 1
    for lb in labels:
        row = disk[lb['line'] - 1]
        for sp in lb['spans']:
            assert 0 <= sp['s'] < sp['e'] <= len(row)
    print('seed %d: wrote %d lines, %d labeled lines, %d spans' % (seed, len(lines), len(labels), sum(len(l['spans']) for l in labels)))


if __name__ == '__main__':
    main()
