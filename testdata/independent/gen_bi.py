#!/usr/bin/env python3
"""gen_bi.py -- labeled synthetic PHI-in-logs test corpus, theme "bi":
PHI hidden in the encodings and escapings that log pipelines apply.

Standard library only, fixed seed, deterministic.  Writes next to itself:
  bi.log            500 lines
  bi.labels.jsonl   one JSON object per line: {"line","family","spans":[{"s","e","cat"}]}
Offsets are byte offsets into the UTF-8 encoded line, end exclusive.
Every line is built from segments; span offsets are computed while building
and are asserted against the written bytes (no searching afterwards).
"""
import base64
import datetime
import html
import html.entities
import json
import os
import random
import re
import unicodedata
from urllib.parse import quote, quote_plus

SEED = 0xB1_2025
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_CLEAN = 225                       # 45 % of the lines carry no PHI
REF = datetime.date(2025, 3, 4)     # "today" for ages
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
DOW = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

CATS = ['name', 'address', 'zip', 'date', 'age', 'phone', 'fax', 'email', 'ssn', 'mrn',
        'health_plan', 'account', 'license', 'vehicle', 'device', 'url', 'ip', 'biometric',
        'photo', 'other_id']
# most identifying first: decides the category of a base64/hex blob holding several values
PRIO = ['ssn', 'mrn', 'health_plan', 'other_id', 'account', 'license', 'vehicle', 'device',
        'biometric', 'photo', 'email', 'phone', 'fax', 'name', 'address', 'url', 'ip',
        'date', 'zip', 'age']


def blob_cat(cats):
    cats = [c for c in cats if c]
    assert cats
    return min(cats, key=PRIO.index)


# ---------------------------------------------------------------- line builder
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, *parts):
        for p in parts:
            self.buf += p.encode('utf-8')
        return self

    def v(self, text, cat=None):
        b = text.encode('utf-8')
        if cat is None:
            self.buf += b
            return self
        assert cat in CATS, cat
        assert len(b) > 0, (self.family, cat)
        s = len(self.buf)
        self.buf += b
        self.spans.append((s, len(self.buf), cat, b))
        return self

    def segs(self, segs, enc=lambda x: x):
        """segs: list of (text, cat-or-None); enc must be character-local."""
        for text, cat in segs:
            self.v(enc(text), cat)
        return self


def jkv(L, k, val, cat=None, enc=None, first=False):
    """append one JSON member; enc renders the string body (default ASCII json)."""
    enc = enc or jstr
    if not first:
        L.t(',')
    L.t('"', k, '":')
    if isinstance(val, bool):
        L.t('true' if val else 'false')
    elif isinstance(val, (int, float)):
        L.v(str(val), cat)
    elif val is None:
        L.t('null')
    else:
        L.t('"')
        L.v(enc(val), cat)
        L.t('"')


# ---------------------------------------------------------------- encoders
def jstr(s):
    return json.dumps(s, ensure_ascii=True)[1:-1]


def jstr_u(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jstr_slash(s):          # PHP json_encode default: escapes "/" and non-ASCII
    return jstr(s).replace('/', '\\/')


def juall(s, upper=False):  # every character as \uXXXX
    out = []
    for ch in s:
        cp = ord(ch)
        units = [cp] if cp <= 0xFFFF else [0xD800 + ((cp - 0x10000) >> 10), 0xDC00 + ((cp - 0x10000) & 0x3FF)]
        for u in units:
            out.append(('\\u%04X' if upper else '\\u%04x') % u)
    return ''.join(out)


def esapi_js(s):            # OWASP ESAPI encodeForJavaScript
    out = []
    for ch in s:
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif ord(ch) < 256:
            out.append('\\x%02X' % ord(ch))
        else:
            out.append('\\u%04X' % ord(ch))
    return ''.join(out)


def pct(s, safe=''):
    return quote(s, safe=safe)


def pctp(s):
    return quote_plus(s, safe='')


def pct_all(s):
    return ''.join('%%%02X' % b for b in s.encode('utf-8'))


def pct2(s):
    return quote(quote(s, safe=''), safe='')


def nginx_esc(s):
    return ''.join('\\x%02X' % b if (b < 0x20 or b >= 0x7f or b in (0x22, 0x5c)) else chr(b)
                   for b in s.encode('utf-8'))


def xesc_nonascii(s, upper=False):
    f = '\\x%02X' if upper else '\\x%02x'
    return ''.join(f % b if (b >= 0x80 or b < 0x20) else chr(b) for b in s.encode('utf-8'))


def xesc_all(s):
    return ''.join('\\x%02x' % b for b in s.encode('utf-8'))


def oct_nonascii(s):
    return ''.join('\\%03o' % b if (b >= 0x80 or b < 0x20) else chr(b) for b in s.encode('utf-8'))


def oct_all(s):
    return ''.join('\\%03o' % b for b in s.encode('utf-8'))


def pyrepr_body(s, q="'"):
    out = []
    for b in s.encode('utf-8'):
        if b == 0x5c:
            out.append('\\\\')
        elif b == ord(q):
            out.append('\\' + q)
        elif b == 9:
            out.append('\\t')
        elif b == 10:
            out.append('\\n')
        elif b == 13:
            out.append('\\r')
        elif 32 <= b < 127:
            out.append(chr(b))
        else:
            out.append('\\x%02x' % b)
    return ''.join(out)


def c_like(s, octal=False, sq=False):
    """redis-cli / strace / protobuf style escaping of a byte string."""
    out = []
    for b in s.encode('utf-8'):
        c = chr(b)
        if c == '\\' or c == '"' or (sq and c == "'"):
            out.append('\\' + c)
        elif b == 10:
            out.append('\\n')
        elif b == 13:
            out.append('\\r')
        elif b == 9:
            out.append('\\t')
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append(('\\%03o' % b) if octal else ('\\x%02x' % b))
    return ''.join(out)


def mysql_esc(s):           # mysqlbinlog -v rendering of string columns
    out = []
    for b in s.encode('utf-8'):
        c = chr(b)
        if c == "'":
            out.append("\\'")
        elif c == '\\':
            out.append('\\\\')
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append('\\x%02x' % b)
    return ''.join(out)


def ruby_bin(s):            # Ruby String#inspect of an ASCII-8BIT string
    out = []
    for b in s.encode('utf-8'):
        c = chr(b)
        if c in '"\\':
            out.append('\\' + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append('\\x%02X' % b)
    return ''.join(out)


def go_q(s, ascii_only=False):  # strconv.Quote / QuoteToASCII body
    out = []
    for ch in s:
        if ch in '"\\':
            out.append('\\' + ch)
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\t':
            out.append('\\t')
        elif ord(ch) < 0x20:
            out.append('\\x%02x' % ord(ch))
        elif ascii_only and ord(ch) > 0x7e:
            out.append('\\u%04x' % ord(ch) if ord(ch) <= 0xFFFF else '\\U%08x' % ord(ch))
        else:
            out.append(ch)
    return ''.join(out)


def html_min(s):
    return html.escape(s, quote=True)


def html_dec_all(s):
    return ''.join('&#%d;' % ord(c) for c in s)


def html_hex_all(s):
    return ''.join('&#x%x;' % ord(c) for c in s)


HTML_MIX = {'@': '&#64;', '/': '&#x2F;', '-': '&#45;', "'": '&#39;', '.': '&#46;', '&': '&amp;',
            '<': '&lt;', '>': '&gt;', '"': '&quot;', ':': '&#58;', '(': '&#40;', ')': '&#41;',
            '+': '&#43;', ',': '&#44;'}


def html_mix(s, named=True):
    out = []
    for ch in s:
        if ch in HTML_MIX:
            out.append(HTML_MIX[ch])
        elif ord(ch) > 0x7e:
            nm = html.entities.codepoint2name.get(ord(ch)) if named else None
            out.append('&%s;' % nm if nm else '&#%d;' % ord(ch))
        else:
            out.append(ch)
    return ''.join(out)


def xml_esc(s, apos='&apos;'):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
             .replace('"', '&quot;').replace("'", apos))


def qp_q(s):                # RFC 2047 "Q" encoding
    out = []
    for b in s.encode('utf-8'):
        c = chr(b)
        if b == 0x20:
            out.append('_')
        elif (c.isascii() and c.isalnum()) or c in '!*+-/':
            out.append(c)
        else:
            out.append('=%02X' % b)
    return ''.join(out)


def qp_body(s):             # RFC 2045 quoted-printable, no soft breaks
    return ''.join('=%02X' % b if (b == 0x3d or b >= 0x7f or (b < 0x20 and b not in (9, 10, 13))) else chr(b)
                   for b in s.encode('utf-8'))


def b64(s):
    if isinstance(s, str):
        s = s.encode('utf-8')
    return base64.b64encode(s).decode('ascii')


def b64url(s, pad=False):
    if isinstance(s, str):
        s = s.encode('utf-8')
    out = base64.urlsafe_b64encode(s).decode('ascii')
    return out if pad else out.rstrip('=')


def hexs(s, upper=False):
    if isinstance(s, str):
        s = s.encode('utf-8')
    h = s.hex()
    return h.upper() if upper else h


def csvq(s):
    return s.replace('"', '""')


def sqlq(s):
    return s.replace("'", "''")


def sh_sq(s):               # body of a single-quoted shell word
    return s.replace("'", "'\\''")


def sh_dq(s):               # body of a double-quoted shell word
    return re.sub(r'([\\"$`])', r'\\\1', s)


def sh_ansi(s):             # body of a bash $'...' word
    out = []
    for b in s.encode('utf-8'):
        c = chr(b)
        if c in "'\\":
            out.append('\\' + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append('\\x%02x' % b)
    return ''.join(out)


def ldap_dn(s):             # RFC 4514 value escaping, UTF-8 as \hh pairs
    out = []
    for ch in s:
        if ch in ',+"\\<>;=':
            out.append('\\' + ch)
        elif ord(ch) >= 0x80:
            out.append(''.join('\\%02x' % b for b in ch.encode('utf-8')))
        else:
            out.append(ch)
    return ''.join(out)


def hl7_esc(s):
    out = []
    buf = b''
    for ch in s:
        if ord(ch) >= 0x80:
            buf += ch.encode('utf-8')
            continue
        if buf:
            out.append('\\X' + buf.hex().upper() + '\\')
            buf = b''
        out.append({'\\': '\\E\\', '|': '\\F\\', '^': '\\S\\', '&': '\\T\\', '~': '\\R\\'}.get(ch, ch))
    if buf:
        out.append('\\X' + buf.hex().upper() + '\\')
    return ''.join(out)


def rsys_esc(s):            # rsyslog control-character escaping
    return ''.join('#%03o' % ord(c) if ord(c) < 0x20 else c for c in s)


def wire_esc(s):            # Apache HttpClient wire log
    out = []
    for b in s.encode('utf-8'):
        if b == 13:
            out.append('[\\r]')
        elif b == 10:
            out.append('[\\n]')
        elif b >= 0x80 or b < 0x20:
            out.append('[0x%x]' % b)
        else:
            out.append(chr(b))
    return ''.join(out)


def idna(domain):
    return domain.encode('idna').decode('ascii')


FOLD = str.maketrans({'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'ß': 'ss', 'æ': 'ae', 'Æ': 'AE',
                      'đ': 'd', 'Đ': 'D', 'ı': 'i', 'œ': 'oe'})


def fold(s):
    s = unicodedata.normalize('NFKD', s.translate(FOLD))
    return ''.join(c for c in s if not unicodedata.combining(c)).encode('ascii', 'ignore').decode()


def alnum(s):
    return re.sub('[^a-z0-9]', '', fold(s).lower())


# ---------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.t = datetime.datetime(2025, 3, 4, 6, 58, 12, 118000)

    def tick(self, r):
        self.t += datetime.timedelta(milliseconds=r.randint(30, 61000))
        return self.t


CLK = Clock()
EPOCH = datetime.datetime(1970, 1, 1)


def tick(r):
    return CLK.tick(r)


def ts_iso(t):
    return t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (t.microsecond // 1000)


def ts_iso6(t):
    return t.strftime('%Y-%m-%dT%H:%M:%S.%fZ')


def ts_java(t):
    return t.strftime('%Y-%m-%d %H:%M:%S,') + '%03d' % (t.microsecond // 1000)


def ts_dot(t):
    return t.strftime('%Y-%m-%d %H:%M:%S.') + '%03d' % (t.microsecond // 1000)


def ts_nginx(t):
    return '%02d/%s/%d:%s +0000' % (t.day, MON[t.month - 1], t.year, t.strftime('%H:%M:%S'))


def ts_sys(t):
    return '%s %2d %s' % (MON[t.month - 1], t.day, t.strftime('%H:%M:%S'))


def ts_apache(t):
    return '%s %s %02d %s.%06d %d' % (DOW[t.weekday()], MON[t.month - 1], t.day, t.strftime('%H:%M:%S'),
                                      t.microsecond, t.year)


def epoch_s(t):
    return (t - EPOCH).total_seconds()


def epoch_ms(t):
    return int(round(epoch_s(t) * 1000))


def fmt_date(d, style):
    if style == 'iso':
        return d.isoformat()
    if style == 'us':
        return '%02d/%02d/%d' % (d.month, d.day, d.year)
    if style == 'us_np':
        return '%d/%d/%d' % (d.month, d.day, d.year)
    if style == 'compact':
        return '%d%02d%02d' % (d.year, d.month, d.day)
    if style == 'mon':
        return '%s %d, %d' % (MON[d.month - 1], d.day, d.year)
    if style == 'dmon':
        return '%02d-%s-%d' % (d.day, MON[d.month - 1].upper(), d.year)
    if style == 'eu':
        return '%02d.%02d.%d' % (d.day, d.month, d.year)
    if style == 'dmy':
        return '%02d/%02d/%d' % (d.day, d.month, d.year)
    if style == 'mdy8':
        return '%02d%02d%d' % (d.month, d.day, d.year)
    if style == 'isoT':
        return d.isoformat() + 'T00:00:00Z'
    raise ValueError(style)


DSTYLES = ['iso', 'iso', 'us', 'us_np', 'compact', 'mon', 'dmon', 'eu']


# ---------------------------------------------------------------- pools
FIRST = ['José', 'María', 'Renée', 'Zoë', 'Chloé', 'Søren', 'Björn', 'Łukasz', 'Małgorzata', 'Siobhán',
         'Seán', 'Aoife', 'Niamh', 'Dmitri', 'Oleksandr', 'Yevgenia', 'Wei', 'Xiuying', 'Hiroshi', 'Yuki',
         'Min-jun', 'Seo-yeon', 'Thi Hoa', 'Oluwaseun', 'Chidinma', 'Kwame', 'Abena', 'Amara', 'Fatima',
         'Mohammed', 'Aisha', 'Omar', 'Priyanka', 'Rajesh', 'Lakshmi', 'Arjun', 'Santiago', 'Guadalupe',
         'Jesús', 'Ximena', 'Thandiwe', 'Kalani', 'Keanu', 'Leilani', 'Dakota', 'Giuseppe', 'Francesca',
         'Élodie', 'François', 'Jürgen', 'Ingrid', 'Astrid', 'Mehmet', 'Ayşe', 'Nikos', 'Eleni', 'Agnieszka',
         'Ngozi', 'Emeka', 'Layla', 'Yusuf', 'Shira', 'Moshe', 'Bao', 'Linh', 'Jamal', 'DeShawn', 'Latoya',
         'Bill', 'Rose', 'Summer', 'Hope', 'Faith', 'Grace', 'Hunter', 'Guy', 'Will', 'Mark', 'June', 'April',
         'Joy', 'Dawn', 'Ivy', 'Amber', 'Hazel', 'Robin', 'Chance', 'Precious', 'Anne-Marie', 'Jean-Luc',
         'Mary-Beth', 'Mary Kate', 'Bích Ngọc', 'Nnamdi', 'Ruth', 'Esther', 'Harold', 'Dorothy', 'Eugene',
         'Mildred', 'Walter', 'Gladys', 'Tadeusz', 'Bongani', 'Mariana', 'Aroha', 'Nahuel', 'Tenzin']
MIDDLE = ['Ann', 'Lee', 'Marie', 'James', 'Carmen', 'Josef', 'Kwabena', 'Ikechukwu', 'Jo', 'Ray',
          'Elizabeth', 'Tuấn', 'Inés', 'Wilhelmina']
LAST = ['García', 'Núñez', 'Nguyễn', 'Nguyen', 'Tran', 'Phạm', "O'Brien", "O'Connor", "D'Angelo",
        "D'Aubigné", 'McAllister', 'MacLeod', 'de la Cruz', 'van der Berg', 'Van Buren', 'del Río',
        'da Silva', 'dos Santos', 'Al-Hassan', 'Abu-Saleh', 'Smith-Jones', 'García-López', 'Whitaker-Ngata',
        'Ní Dhomhnaill', 'Ó Súilleabháin', 'Kowalski', 'Wróbel', 'Szymańska', 'Åström', 'Müller',
        'Schröder', 'Øvergaard', 'Papadopoulos', 'Yılmaz', 'Öztürk', 'Okonkwo', 'Adebayo', 'Mensah',
        'Zhang', 'Wang', 'Xu', 'Kim', 'Park', 'Tanaka', 'Yamamoto', 'Patel', 'Venkataraman',
        'Krishnamurthy', 'Hernández', 'Rodríguez', 'Begay', 'Yazzie', 'Kahananui', 'Cohen', 'Goldberg',
        'Baker', 'Cook', 'Hunter', 'Fisher', 'Brown', 'Green', 'White', 'Young', 'King', 'Rich', 'Bird',
        'Wolf', 'Fox', 'Rose', 'Love', 'Summers', 'Winter', 'Church', 'Money', 'Washington', 'Jackson',
        'Stone', 'Lamb', 'Bell', 'Street', 'Price', 'Best', 'Little', 'Long', 'Friend', 'Cash', 'Shevchenko',
        'Ivanova', 'Kuznetsov', 'St. John', 'Le Blanc', "N'Diaye", 'Ben-David', 'Abdul-Jabbar',
        'Ramírez Ortiz', 'Fernández de Córdoba', 'Nakamura-Reyes', 'Ngata', 'Tsosie', 'Haddad']
# (romanised given, romanised family, native given, native family)
NATIVE = [('Tarou', 'Yamada', '太郎', '山田'), ('Xiuying', 'Wang', '秀英', '王'), ('Min-jun', 'Kim', '민준', '김'),
          ('Dmitri', 'Ivanov', 'Дмитрий', 'Иванов'), ('Eleni', 'Papadopoulou', 'Ελένη', 'Παπαδοπούλου'),
          ('Yusuf', 'Haddad', 'يوسف', 'حداد'), ('Avraham', 'Levi', 'אברהם', 'לוי'),
          ('Lakshmi', 'Iyer', 'லட்சுமி', 'ஐயர்'), ('Mei', 'Chen', '美', '陈')]

CITIES = [
    ('Chicago', 'Cook County', 'IL', ['60614', '60647', '60625', '60608', '60629'], ['312', '773', '872']),
    ('Houston', 'Harris County', 'TX', ['77004', '77057', '77083', '77036'], ['713', '281', '832']),
    ('Phoenix', 'Maricopa County', 'AZ', ['85008', '85033', '85015'], ['602', '480', '623']),
    ('Philadelphia', 'Philadelphia County', 'PA', ['19104', '19143', '19120'], ['215', '267']),
    ('San Antonio', 'Bexar County', 'TX', ['78207', '78240', '78228'], ['210', '726']),
    ('San Diego', 'San Diego County', 'CA', ['92105', '92117', '92154'], ['619', '858']),
    ('Jacksonville', 'Duval County', 'FL', ['32207', '32210'], ['904']),
    ('Columbus', 'Franklin County', 'OH', ['43201', '43224'], ['614', '380']),
    ('Charlotte', 'Mecklenburg County', 'NC', ['28205', '28210'], ['704', '980']),
    ('Seattle', 'King County', 'WA', ['98103', '98118', '98144'], ['206']),
    ('Denver', 'Denver County', 'CO', ['80205', '80219'], ['303', '720']),
    ('Boston', 'Suffolk County', 'MA', ['02118', '02130', '02125'], ['617', '857']),
    ('Detroit', 'Wayne County', 'MI', ['48207', '48219'], ['313']),
    ('Nashville', 'Davidson County', 'TN', ['37206', '37211'], ['615', '629']),
    ('Portland', 'Multnomah County', 'OR', ['97214', '97229'], ['503', '971']),
    ('Albuquerque', 'Bernalillo County', 'NM', ['87106', '87121'], ['505']),
    ('Fresno', 'Fresno County', 'CA', ['93702', '93726'], ['559']),
    ('Omaha', 'Douglas County', 'NE', ['68104', '68131'], ['402', '531']),
    ('Honolulu', 'Honolulu County', 'HI', ['96813', '96817', '96822'], ['808']),
    ('Anchorage', 'Anchorage Municipality', 'AK', ['99501', '99508'], ['907']),
    ('Burlington', 'Chittenden County', 'VT', ['05401'], ['802']),
    ('Gallup', 'McKinley County', 'NM', ['87301'], ['505']),
    ('Hialeah', 'Miami-Dade County', 'FL', ['33012', '33016'], ['305', '786']),
    ('Brooklyn', 'Kings County', 'NY', ['11215', '11226', '11220'], ['718', '347', '929']),
    ('Bronx', 'Bronx County', 'NY', ['10451', '10467'], ['718', '347']),
    ('Newark', 'Essex County', 'NJ', ['07102', '07106'], ['973', '862']),
    ('Providence', 'Providence County', 'RI', ['02903', '02908'], ['401']),
    ('Saint Paul', 'Ramsey County', 'MN', ['55104', '55106'], ['651']),
    ("Coeur d'Alene", 'Kootenai County', 'ID', ['83814', '83815'], ['208']),
    ('Winston-Salem', 'Forsyth County', 'NC', ['27101', '27105'], ['336']),
    ('Española', 'Rio Arriba County', 'NM', ['87532'], ['505']),
    ('Cañon City', 'Fremont County', 'CO', ['81212'], ['719']),
    ('Dearborn', 'Wayne County', 'MI', ['48126'], ['313']),
    ('Flushing', 'Queens County', 'NY', ['11354', '11355'], ['718', '347']),
    ('Lowell', 'Middlesex County', 'MA', ['01852'], ['978']),
]
STREETS = ['N Kedzie Ave', 'Maple Ave', 'SW 8th St', 'Avenida César Chávez', 'Martin Luther King Jr Blvd',
           "O'Farrell St", 'Lake Shore Dr', 'Elm St', 'W 34th St', 'Old Mill Rd', 'Peachtree Rd NE',
           'Kalākaua Ave', 'Kamehameha Hwy', 'Wolf Creek Rd', 'Dauphine St', 'S Halsted St', 'Church St',
           'Love Ln', 'Hope St', 'Bell Ave', 'King Dr', 'Summer St', 'Winter Garden Rd', 'E Colfax Ave',
           'Cañon Rd', 'Ponce de León Blvd', 'Rue Saint-Ange', 'Jefferson Ave', 'Dutch Hollow Ln',
           'Pleasant Valley Rd', 'Calle Allende', "Smuggler's Notch Rd", 'Mulberry Ct', '3rd Ave N']
UNITS = ['Apt 4B', 'Unit 12', '#305', 'Apt 2R', 'Fl 3', 'Apt 11C', 'Ste 2', 'Trlr 14', 'Apt "B"', 'Rear']
EMAIL_DOMAINS = ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com',
                 'icloud.com', 'aol.com', 'comcast.net', 'proton.me', 'att.net', 'sbcglobal.net',
                 'verizon.net', 'msn.com', 'ymail.com']
IDN_DOMAINS = ['müller-post.de', 'bücherwurm.de', 'café-olé.fr', 'ñandú.com.ar', 'mañana-correo.es',
               'øresund-mail.dk', 'żółw.pl', 'почта.рф', 'ünlü.com.tr', 'köln-online.de']
ORGS = [('Mercy General Hospital', 'mercyhealth.org'), ('Lakeside Family Medicine', 'lakesidefm.com'),
        ("St. Brigid's Medical Center", 'stbrigids.org'), ('Riverbend Orthopaedics', 'riverbendortho.com'),
        ('Pinecrest Community Clinic', 'pinecrestclinic.org'), ('Harbor View Dialysis', 'harborviewdialysis.com')]
PAYERS = ['Northwind Health Plan', 'Blue Cross Blue Shield of Illinois', 'Aetna Better Health',
          'UnitedHealthcare Community Plan', 'Medicare Part B', 'Molina Healthcare', 'Cigna']
CLINICIANS = [('Priya', 'Raman', 'MD'), ('Samuel', 'Okafor', 'DO'), ('Helena', 'Vasquez-Brandt', 'MD'),
              ('Tomasz', 'Zieliński', 'MD'), ('Grace', 'Whitfield', 'NP'), ('Kenji', 'Morimoto', 'MD'),
              ('Adaeze', 'Nwosu', 'PA-C'), ('Luis', 'Ortega', 'RN'), ('Margaret', "O'Keefe", 'MD'),
              ('Rahul', 'Deshpande', 'MD')]
STAFF = ['svc_mirth', 'hl7-router', 'etl_batch', 'jkowalczyk', 'mtran', 'a.okonjo', 'svc_fhir_sync',
         'radsched01', 'svc_portal', 'dbadmin', 'rhernandez2', 'intake-kiosk-07']
ORG_PHONES = ['(617) 726-2000', '(312) 942-5000', '1-800-633-4227', '(206) 598-3300', '(773) 296-5000',
              '(505) 272-2111', '1-866-755-2680']
ORG_ADDR = [('1 Medical Center Dr', 'Lebanon', 'NH', '03756'), ('2500 N State St', 'Jackson', 'MS', '39216'),
            ('1740 W Taylor St', 'Chicago', 'IL', '60612'), ('600 N Wolfe St', 'Baltimore', 'MD', '21287'),
            ('4800 Sand Point Way NE', 'Seattle', 'WA', '98105'), ('1515 Holcombe Blvd', 'Houston', 'TX', '77030')]
UAS = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1',
       'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36',
       'Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36',
       'MyChart/10.4.1 (iOS 17.2; iPhone14,5)', 'okhttp/4.12.0', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15']
BOT_UAS = ['kube-probe/1.29', 'ELB-HealthChecker/2.0', 'Prometheus/2.49.1', 'curl/8.5.0',
           'Go-http-client/1.1', 'Datadog Agent/7.50.3', 'python-requests/2.31.0']


# ---------------------------------------------------------------- identifiers
def digits(r, n):
    return ''.join(str(r.randrange(10)) for _ in range(n))


def hexn(r, n):
    return ''.join('0123456789abcdef'[r.randrange(16)] for _ in range(n))


def alnum_tok(r, n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(alphabet[r.randrange(len(alphabet))] for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def uuid4(r):
    h = hexn(r, 32)
    h = h[:12] + '4' + h[13:16] + '89ab'[r.randrange(4)] + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def luhn_digit(partial):
    tot = 0
    for i, ch in enumerate(reversed(partial)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def make_ssn(r, dashes=True):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    return ('%03d-%02d-%04d' if dashes else '%03d%02d%04d') % (a, g, s)


def make_mrn(r):
    k = r.randrange(7)
    if k == 0:
        return '%08d' % r.randint(100000, 99999999)
    if k == 1:
        return 'MRN%07d' % r.randint(0, 9999999)
    if k == 2:
        return 'E%08d' % r.randint(0, 99999999)
    if k == 3:
        return 'MH-%06d' % r.randint(0, 999999)
    if k == 4:
        return '%d' % r.randint(1000000, 9999999)
    if k == 5:
        return 'P%09d' % r.randint(0, 999999999)
    return '%03d-%02d-%02d-%d' % (r.randint(100, 999), r.randint(0, 99), r.randint(0, 99), r.randrange(10))


MBI_A = 'ACDEFGHJKMNPQRTUVWXY'
MBI_AN = MBI_A + '0123456789'


def make_mbi(r):
    c = [str(r.randint(1, 9)), r.choice(MBI_A), r.choice(MBI_AN), str(r.randrange(10)), r.choice(MBI_A),
         r.choice(MBI_AN), str(r.randrange(10)), r.choice(MBI_A), r.choice(MBI_A), str(r.randrange(10)),
         str(r.randrange(10))]
    return ''.join(c)


def make_member(r):
    k = r.randrange(6)
    if k == 0:
        return r.choice(['XEH', 'XOF', 'ZGP', 'YIH', 'XOD']) + digits(r, 9)
    if k == 1:
        return 'W' + digits(r, 9)
    if k == 2:
        return digits(r, 9) + '-01'
    if k == 3:
        return 'U' + digits(r, 8) + '01'
    if k == 4:
        return 'NWH' + digits(r, 8)
    return make_mbi(r)


def make_medicaid(r, st):
    if st == 'NY':
        return alnum_tok(r, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ') + digits(r, 5) + alnum_tok(r, 1, 'ABCDEFGHJKLMNPRSTUVWXYZ')
    if st == 'CA':
        return '9' + digits(r, 7) + alnum_tok(r, 1, 'ABCDEFGH')
    if st == 'TX':
        return '5' + digits(r, 8)
    return digits(r, 10) if r.random() < 0.5 else digits(r, 12)


def make_card(r):
    k = r.randrange(4)
    if k == 0:
        pre, n = '4' + digits(r, 5), 16
    elif k == 1:
        pre, n = str(r.randint(51, 55)) + digits(r, 4), 16
    elif k == 2:
        pre, n = r.choice(['34', '37']) + digits(r, 4), 15
    else:
        pre, n = '6011' + digits(r, 2), 16
    body = pre + digits(r, n - 1 - len(pre))
    num = body + luhn_digit(body)
    assert luhn_ok(num)
    return num


def group_card(num, sep=' '):
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def iban(cc, bban):
    s = bban + cc + '00'
    n = int(''.join(str(int(ch, 36)) for ch in s))
    return cc + '%02d' % (98 - n % 97) + bban


def make_iban(r):
    k = r.randrange(4)
    if k == 0:
        v = iban('DE', digits(r, 8) + digits(r, 10))
    elif k == 1:
        v = iban('GB', r.choice(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + digits(r, 6) + digits(r, 8))
    elif k == 2:
        bank, br, acc = digits(r, 5), digits(r, 5), digits(r, 11)
        key = 97 - ((89 * int(bank) + 15 * int(br) + 3 * int(acc)) % 97)
        v = iban('FR', bank + br + acc + '%02d' % key)
    else:
        v = iban('NL', r.choice(['ABNA', 'INGB', 'RABO', 'TRIO']) + digits(r, 10))
    s = v[4:] + v[:4]
    assert int(''.join(str(int(ch, 36)) for ch in s)) % 97 == 1
    return v


def make_billing(r):
    k = r.randrange(4)
    if k == 0:
        return 'HAR%08d' % r.randint(0, 99999999)
    if k == 1:
        return 'GA-%07d' % r.randint(0, 9999999)
    if k == 2:
        return '%010d' % r.randint(0, 9999999999)
    return 'PB%d-%04d' % (r.randint(100000, 999999), r.randint(0, 9999))


def make_dl(r, st):
    if st == 'CA':
        return r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') + digits(r, 7)
    if st == 'IL':
        return r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') + digits(r, 3) + '-' + digits(r, 4) + '-' + digits(r, 4)
    if st == 'FL':
        return r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') + digits(r, 3) + '-' + digits(r, 3) + '-' + digits(r, 2) + '-' + digits(r, 3) + '-' + digits(r, 1)
    if st == 'NY':
        return digits(r, 3) + ' ' + digits(r, 3) + ' ' + digits(r, 3)
    if st == 'WA':
        return 'WDL' + alnum_tok(r, 9, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')
    if st == 'TX':
        return digits(r, 8)
    return r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') + digits(r, 8)


def make_plate(r, st):
    L3 = lambda: alnum_tok(r, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')
    if st == 'CA':
        return str(r.randint(5, 9)) + L3() + digits(r, 3)
    if st in ('TX', 'NY', 'PA', 'MI'):
        return L3() + '-' + digits(r, 4)
    if st == 'FL':
        return L3() + ' ' + alnum_tok(r, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')
    if st == 'IL':
        return alnum_tok(r, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ') + ' ' + digits(r, 5)
    return digits(r, 3) + ' ' + L3()


VIN_T = {c: v for c, v in zip('ABCDEFGHJKLMNPRSTUVWXYZ', [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(v):
    tot = sum((int(c) if c.isdigit() else VIN_T[c]) * w for c, w in zip(v, VIN_W))
    m = tot % 11
    return 'X' if m == 10 else str(m)


def make_vin(r):
    al = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
    wmi = r.choice(['1HG', '1FT', '5YJ', 'JTD', '3VW', '2T1', '1G1', 'KNA', '1C4', '4T1', 'WBA', '5FN'])
    vds = alnum_tok(r, 5, al)
    year = r.choice('BCDEFGHJKLMNPRS')
    plant = r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')
    seq = digits(r, 6)
    v = wmi + vds + '0' + year + plant + seq
    v = v[:8] + vin_check(v) + v[9:]
    assert vin_check(v) == v[8]
    return v


def gtin_check(s):
    tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(s)))
    return str((10 - tot % 10) % 10)


def make_udi(r, serial):
    g = '0' + '0' + digits(r, 11)
    g = g + gtin_check(g)
    exp = '%02d%02d%02d' % (r.randint(26, 29), r.randint(1, 12), r.randint(1, 28))
    return '(01)%s(17)%s(21)%s' % (g, exp, serial)


def make_serial(r):
    k = r.randrange(6)
    if k == 0:
        return r.choice(['PJN', 'RNB', 'BLR', 'CEL']) + digits(r, 6) + r.choice('SHGV')
    if k == 1:
        return '8G' + alnum_tok(r, 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')
    if k == 2:
        return 'NG' + digits(r, 7) + 'H'
    if k == 3:
        return '2317' + digits(r, 7)
    if k == 4:
        return 'SM' + digits(r, 8)
    return 'CN' + alnum_tok(r, 10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')


def make_imei(r):
    tac = r.choice(['35332511', '35925406', '86753103', '35467811', '35209018'])
    body = tac + digits(r, 6)
    return body + luhn_digit(body)


def make_mac(r, sep=':'):
    oui = r.choice(['F4:F5:D8', 'B8:27:EB', '3C:5A:B4', '00:1A:7D', 'AC:BC:32', '5C:CF:7F', 'D8:A0:1D', '00:17:88'])
    tail = ':'.join('%02X' % r.randrange(256) for _ in range(3))
    return (oui + ':' + tail).replace(':', sep)


def make_pub_ip(r):
    if r.random() < 0.15:
        return '2601:%x:%x:%x:%x:%x:%x:%x' % tuple([r.randint(0x100, 0xfff)] + [r.randrange(0x10000) for _ in range(6)])
    a = r.choice([24, 47, 50, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 107, 108, 162, 173, 174, 184, 189, 201])
    return '%d.%d.%d.%d' % (a, r.randrange(256), r.randrange(256), r.randint(1, 254))


def priv_ip(r):
    k = r.randrange(4)
    if k == 0:
        return '10.%d.%d.%d' % (r.randrange(256), r.randrange(256), r.randint(2, 254))
    if k == 1:
        return '172.%d.%d.%d' % (r.randint(16, 31), r.randrange(256), r.randint(2, 254))
    if k == 2:
        return '192.168.%d.%d' % (r.randrange(256), r.randint(2, 254))
    return '10.%d.%d.%d' % (r.randint(0, 40), r.randrange(16), r.randint(2, 254))


def doc_ip(r):
    return r.choice(['192.0.2.%d', '198.51.100.%d', '203.0.113.%d']) % r.randint(1, 254)


def make_cpf(r):
    d = [r.randrange(10) for _ in range(9)]
    s = sum(x * (10 - i) for i, x in enumerate(d)) % 11
    d.append(0 if s < 2 else 11 - s)
    s = sum(x * (11 - i) for i, x in enumerate(d)) % 11
    d.append(0 if s < 2 else 11 - s)
    t = ''.join(map(str, d))
    return '%s.%s.%s-%s' % (t[:3], t[3:6], t[6:9], t[9:])


def make_sin(r):
    body = str(r.randint(1, 7)) + digits(r, 7)
    n = body + luhn_digit(body)
    return '%s %s %s' % (n[:3], n[3:6], n[6:])


CURP_AL = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ'


def make_curp(r, first, last, dob, sex):
    f, l = fold(first).upper(), fold(last).upper().replace(' ', '').replace("'", '').replace('-', '')
    vow = [c for c in l[1:] if c in 'AEIOU'] or ['X']
    cons = lambda s: ([c for c in s[1:] if c.isalpha() and c not in 'AEIOU'] or ['X'])[0]
    s = (l[0] + vow[0] + (l[0] if len(l) < 2 else r.choice('ABCDEFGHIJKLMNOPRSTUVZ')) + f[0] +
         dob.strftime('%y%m%d') + ('M' if sex == 'F' else 'H') + r.choice(['DF', 'JC', 'NL', 'PL', 'GT', 'OC', 'MC']) +
         cons(l) + 'X' + cons(f) + (str(r.randrange(10)) if dob.year < 2000 else r.choice('ABCDEF')))
    tot = sum(CURP_AL.index(c) * (18 - i) for i, c in enumerate(s))
    return s + str((10 - tot % 10) % 10)


def make_rrn(r, dob, sex):
    g = ('2' if sex == 'F' else '1') if dob.year < 2000 else ('4' if sex == 'F' else '3')
    s = dob.strftime('%y%m%d') + g + digits(r, 5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(s, w)) % 11) % 10
    return s[:6] + '-' + s[6:] + str(c)


def make_other(r, P):
    k = r.randrange(5)
    if k == 0:
        return 'CPF', make_cpf(r)
    if k == 1:
        return 'SIN', make_sin(r)
    if k == 2:
        return 'CURP', make_curp(r, P.first, P.last, P.dob, P.sex)
    if k == 3:
        return 'RRN', make_rrn(r, P.dob, P.sex)
    return 'PASSPORT', r.choice(['5', '6', '4']) + digits(r, 8)


def npi(r):
    body = r.choice(['1', '2']) + digits(r, 8)
    return body + luhn_digit('80840' + body)


def dea(r, last):
    d = [r.randrange(10) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return r.choice('ABFGM') + fold(last)[0].upper() + ''.join(map(str, d)) + str(c)


def nanp(r, acs):
    a = r.choice(acs)
    while True:
        e = '%d%02d' % (r.randint(2, 9), r.randrange(100))
        if e[1:] != '11' and e != '555' and e != '950' and e != '958' and e != '959':
            break
    return a + e + digits(r, 4)


def fmt_phone(d, style):
    a, e, n = d[:3], d[3:6], d[6:]
    return {'paren': '(%s) %s-%s', 'dash': '%s-%s-%s', 'dot': '%s.%s.%s', 'e164': '+1%s%s%s',
            'intl': '+1 %s %s %s', 'plain': '%s%s%s', 'one': '1-%s-%s-%s', 'parenns': '(%s)%s-%s'}[style] % (a, e, n)


PSTYLES = ['paren', 'paren', 'dash', 'dot', 'e164', 'intl', 'plain', 'one', 'parenns']


def make_email(r, first, last):
    f, l = alnum(first), alnum(last)
    k = r.randrange(7)
    local = [f + '.' + l, f + l + str(r.randint(1, 99)), f[0] + l, l + '_' + f, f + '.' + l + str(r.randint(1950, 2005)),
             f + '_' + l[:4] + str(r.randint(10, 999)), (f[:3] + l[:3] + str(r.randint(1, 9)))][k]
    return local + '@' + r.choice(EMAIL_DOMAINS)


class Person:
    def __init__(self, r):
        self.r = r
        self.first = r.choice(FIRST)
        self.last = r.choice(LAST)
        self.middle = r.choice(MIDDLE) if r.random() < 0.25 else ''
        self.sex = r.choice('FM')
        y = r.randint(1921, 1934) if r.random() < 0.27 else r.randint(1936, 2021)
        self.dob = datetime.date(y, r.randint(1, 12), r.randint(1, 28))
        self.age = REF.year - y - ((REF.month, REF.day) < (self.dob.month, self.dob.day))
        self.city, self.county, self.state, zips, self.acs = r.choice(CITIES)
        self.zip = r.choice(zips)
        self.zip4 = '%04d' % r.randint(1, 9999)
        self.street = '%d %s' % (r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1000, 9999), r.randint(10000, 48999)]), r.choice(STREETS))
        self.unit = r.choice(UNITS) if r.random() < 0.35 else ''
        self.phone_d = nanp(r, self.acs)
        self.cell_d = nanp(r, self.acs)
        self.fax_d = nanp(r, self.acs)
        self.email = make_email(r, self.first, self.last)
        self.ssn = make_ssn(r)
        self.mrn = make_mrn(r)
        self.member = make_member(r)
        self.mbi = make_mbi(r)
        self.medicaid = make_medicaid(r, self.state)
        self.card = make_card(r)
        self.iban = make_iban(r)
        self.billing = make_billing(r)
        self.dl = make_dl(r, self.state)
        self.plate = make_plate(r, self.state)
        self.vin = make_vin(r)
        self.serial = make_serial(r)
        self.imei = make_imei(r)
        self.mac = make_mac(r)
        self.ip = make_pub_ip(r)
        self.appt = REF + datetime.timedelta(days=r.randint(-20, 70))
        self.admit = REF - datetime.timedelta(days=r.randint(1, 120))
        self.disch = self.admit + datetime.timedelta(days=r.randint(1, 14))
        self.rel_first = r.choice(FIRST)
        self.rel_last = self.last if r.random() < 0.6 else r.choice(LAST)
        self.relation = r.choice(['spouse', 'daughter', 'son', 'mother', 'father', 'guardian', 'sister', 'grandson'])
        self.rel_phone_d = nanp(r, self.acs)

    def full(self):
        return self.first + ' ' + self.last

    def phone(self, style=None):
        return fmt_phone(self.phone_d, style or self.r.choice(PSTYLES))

    def cell(self, style=None):
        return fmt_phone(self.cell_d, style or self.r.choice(PSTYLES))

    def fax(self, style=None):
        return fmt_phone(self.fax_d, style or self.r.choice(PSTYLES))

    def dob_s(self, style=None):
        return fmt_date(self.dob, style or self.r.choice(DSTYLES))

    def age_cat(self):
        return 'age' if self.age > 89 else None

    def hp(self):
        k = self.r.randrange(3)
        return [self.member, self.mbi, self.medicaid][k]


def clin(r):
    f, l, cred = r.choice(CLINICIANS)
    return f, l, cred


def org(r):
    return r.choice(ORGS)


# ================================================================ families
# Each family: f(r, phi) -> Line.  phi=False must produce a line with no PHI.

def f_nginx(r, phi):
    L = Line('nginx_combined')
    now = tick(r)
    _, dom = org(r)
    if phi:
        P = Person(r)
        v = r.randrange(9)
        if r.random() < 0.65:
            L.v(P.ip, 'ip')
        else:
            L.t(priv_ip(r))
        L.t(' - - [', ts_nginx(now), '] "')
        if v == 0:
            L.t('GET /portal/api/v1/patients/search?last_name=').v(pct(P.last), 'name')
            L.t('&first_name=').v(pct(P.first), 'name')
            L.t('&dob=').v(pct(P.dob_s(r.choice(['us', 'iso', 'us_np']))), 'date')
            L.t('&_=%d' % epoch_ms(now))
        elif v == 1:
            L.t('GET /patient/lookup?email=').v(pct2(P.email), 'email').t('&src=kiosk&enc=2')
        elif v == 2:
            L.t('GET /search?q=').v(nginx_esc((P.first + ' ' + P.last).replace(' ', '+')), 'name').t('&scope=patients&page=1')
        elif v == 3:
            L.t('GET /fhir/r4/Patient/').v(P.mrn, 'mrn').t('/$everything?_count=%d' % r.choice([50, 100, 200]))
        elif v == 4:
            L.t('GET /login?next=', pct('/portal/patients/')).v(pct(P.mrn), 'mrn')
            L.t(pct('/billing?acct=')).v(pct(pct(P.billing)), 'account').t('&reason=session_expired')
        elif v == 5:
            L.t('POST /api/v2/appointments/%d/confirm?phone=' % r.randint(1000000, 9999999)).v(pct(P.cell('e164')), 'phone').t('&channel=sms')
        elif v == 6:
            L.t('GET /account/reset?token=', alnum_tok(r, 32), '&u=').v(b64url(P.email), 'email')
        elif v == 7:
            L.t('GET /api/lookup?ssn=').v(pct_all(P.ssn), 'ssn').t('&fmt=json')
        else:
            L.t('GET /chart/by-name/').v(pct('%s, %s' % (P.last, P.first)), 'name').t('/dob/').v(pct(P.dob_s('us')), 'date').t('/summary')
        L.t(' HTTP/1.1" %d %d "' % (r.choice([200, 200, 200, 302, 404, 400]), r.randint(120, 48000)))
        if r.random() < 0.35:
            L.v('https://portal.%s/mychart/patients/%s/messages?folder=inbox' % (dom, P.mrn), 'url')
        else:
            L.t(r.choice(['-', 'https://portal.%s/mychart/home' % dom]))
        L.t('" "', r.choice(UAS), '" rt=%.3f uct="%.3f" upstream=%s:%d' % (r.uniform(0.002, 2.5), r.uniform(0, 0.01), priv_ip(r), r.choice([8080, 8443, 9000])))
        return L
    ip = r.choice([priv_ip(r), priv_ip(r), doc_ip(r), '127.0.0.1'])
    L.t(ip, ' - ', r.choice(['-', '-', r.choice(STAFF)]), ' [', ts_nginx(now), '] "')
    k = r.randrange(8)
    if k == 0:
        L.t('GET /healthz')
    elif k == 1:
        L.t('GET /static/js/main.%s.chunk.js' % hexn(r, 8))
    elif k == 2:
        d = REF + datetime.timedelta(days=r.randint(0, 30))
        L.t('GET /api/v1/appointments/slots?clinic_id=%d&date=%s&visit_type=NEW' % (r.randint(100, 999), d.isoformat()))
    elif k == 3:
        L.t('GET /api/v2/orders/ORD-%s-%05d/status' % (now.strftime('%Y%m%d'), r.randint(1, 99999)))
    elif k == 4:
        st = b64url(json.dumps({'csrf': alnum_tok(r, 22), 'return_to': '/home', 'v': 2}, separators=(',', ':')))
        L.t('GET /oauth/authorize?client_id=mychart-web&response_type=code&redirect_uri=%s&state=%s' % (pct('https://portal.%s/callback' % dom), st))
    elif k == 5:
        L.t('POST /api/v1/telemetry?build=2025.03.%d-%d&sdk=ios-4.18.2' % (r.randint(1, 9), r.randint(1000, 9999)))
    elif k == 6:
        f, l, c = clin(r)
        L.t('GET /find-a-doctor?q=', pct('Dr. %s %s' % (f, l)), '&specialty=cardiology')
    else:
        L.t('GET /locations/lakeside-family-medicine?utm_source=google&utm_campaign=', pct('flu shot 2025 – walk-in'))
    L.t(' HTTP/1.1" %d %d "-" "%s" rt=%.3f' % (r.choice([200, 200, 204, 304, 301]), r.randint(0, 90000), r.choice(BOT_UAS + UAS), r.uniform(0.0, 0.3)))
    return L


def f_modsec(r, phi):
    L = Line('apache_modsecurity')
    now = tick(r)
    host = 'portal.' + org(r)[1]
    L.t('[', ts_apache(now), '] [security2:error] [pid %d:tid %d] ' % (r.randint(1000, 30000), r.randint(139900000000000, 140299999999999)))
    if phi:
        P = Person(r)
        pub = r.random() < 0.7
        port = r.randint(1024, 65535)
        L.t('[client ')
        ip = P.ip if pub else priv_ip(r)
        L.v(ip, 'ip' if pub else None).t(':%d] [client ' % port).v(ip, 'ip' if pub else None).t('] ')
        k = r.randrange(5)
        if k == 0:
            arg, val, cat = 'last_name', P.last, 'name'
        elif k == 1:
            arg, val, cat = 'full_name', P.full(), 'name'
        elif k == 2:
            arg, val, cat = 'address1', P.street + ((' ' + P.unit) if P.unit else ''), 'address'
        elif k == 3:
            arg, val, cat = 'city', P.city, 'address'
        else:
            arg, val, cat = 'emergency_contact', P.rel_first + ' ' + P.rel_last, 'name'
        if re.fullmatch(r'[a-zA-Z0-9 .,-]*', val):
            L.t('ModSecurity: Warning. Matched phrase "%s" at ARGS_NAMES:%s. ' % (arg, arg))
            L.t('[file "/etc/modsecurity/local/PII-AUDIT.conf"] [line "12"] [id "9100041"] ')
            L.t('[msg "Custom: PII parameter submitted"] [data "ARGS:%s=' % arg)
        else:
            L.t('ModSecurity: Warning. Match of "rx ^[a-zA-Z0-9 .,-]*$" against "ARGS:%s" required. ' % arg)
            L.t('[file "/etc/modsecurity/crs/rules/REQUEST-920-PROTOCOL-ENFORCEMENT.conf"] [line "1164"] [id "920273"] ')
            L.t('[msg "Invalid character in request (outside of very strict set)"] [data "ARGS:%s=' % arg)
        L.v(xesc_nonascii(val).replace('"', '\\x22'), cat)
        L.t('"] [severity "CRITICAL"] [ver "OWASP_CRS/3.3.5"] [tag "paranoia-level/4"] ')
    else:
        ip = doc_ip(r)
        L.t('[client %s:%d] [client %s] ' % (ip, r.randint(1024, 65535), ip))
        k = r.randrange(3)
        if k == 0:
            L.t('ModSecurity: Warning. detected XSS using libinjection. [file "/etc/modsecurity/crs/rules/REQUEST-941-APPLICATION-ATTACK-XSS.conf"] [line "55"] [id "941100"] ')
            L.t('[msg "XSS Attack Detected via libinjection"] [data "Matched Data: XSS data found within ARGS:q: <script>alert(1)<\\x2fscript>"] [severity "CRITICAL"] ')
        elif k == 1:
            L.t('ModSecurity: Warning. Matched phrase "sqlmap" at REQUEST_HEADERS:User-Agent. [file "/etc/modsecurity/crs/rules/REQUEST-913-SCANNER-DETECTION.conf"] [line "33"] [id "913100"] ')
            L.t('[msg "Found User-Agent associated with security scanner"] [data "Matched Data: sqlmap found within REQUEST_HEADERS:User-Agent: sqlmap/1.7.11#stable (https:\\x2f\\x2fsqlmap.org)"] [severity "CRITICAL"] ')
        else:
            L.t('ModSecurity: Warning. Pattern match "(?i:\\\\b(?:union\\\\s+select))" at ARGS:sort. [file "/etc/modsecurity/crs/rules/REQUEST-942-APPLICATION-ATTACK-SQLI.conf"] [line "440"] [id "942190"] ')
            L.t('[msg "Detects MSSQL code execution and information gathering attempts"] [data "Matched Data: union select found within ARGS:sort: name union select 1,2,3--"] [severity "CRITICAL"] ')
        L.t('[ver "OWASP_CRS/3.3.5"] ')
    L.t('[hostname "%s"] [uri "/portal/%s"] [unique_id "%s"]' % (host, r.choice(['register', 'profile/update', 'guest/checkin', 'search']), alnum_tok(r, 27)))
    return L


def f_form_body(r, phi):
    L = Line('spring_request_logging')
    now = tick(r)
    L.t(ts_java(now), ' DEBUG %d --- [nio-8443-exec-%d] o.s.w.f.CommonsRequestLoggingFilter : After request [POST ' % (r.randint(1000, 9999), r.randint(1, 40)))
    if phi:
        P = Person(r)
        k = r.randrange(3)
        path = ['/portal/register', '/portal/parking/permit', '/intl/patient-intake'][k]
        L.t(path, ', client=')
        pub = r.random() < 0.5
        L.v(P.ip if pub else priv_ip(r), 'ip' if pub else None)
        L.t(', session=%s, payload=' % alnum_tok(r, 32, '0123456789ABCDEF'))
        items = [('_csrf', alnum_tok(r, 36), None)]
        if k == 0:
            items += [('first_name', P.first, 'name'), ('last_name', P.last, 'name'),
                      ('dob', P.dob_s(r.choice(['us', 'iso'])), 'date'), ('sex', P.sex, None),
                      ('email', P.email, 'email'), ('phone', P.phone(), 'phone'),
                      ('address1', P.street, 'address')]
            if P.unit:
                items.append(('address2', P.unit, 'address'))
            items += [('city', P.city, 'address'), ('state', P.state, None), ('zip', P.zip, 'zip')]
            if r.random() < 0.5:
                items.append(('ssn', P.ssn, 'ssn'))
            if r.random() < 0.5:
                items += [('insurance_member_id', P.member, 'health_plan'), ('payer', r.choice(PAYERS), None)]
            if r.random() < 0.4:
                items += [('guarantor_name', P.rel_first + ' ' + P.rel_last, 'name'), ('guarantor_rel', P.relation, None)]
            if r.random() < 0.45:
                items.append(('home_fax', P.fax(), 'fax'))
            items += [('password', '[PROTECTED]', None), ('consent_tos', 'on', None)]
        elif k == 1:
            items += [('patient_name', P.full(), 'name'), ('mrn', P.mrn, 'mrn'),
                      ('plate', P.plate, 'vehicle'), ('plate_state', P.state, None)]
            if r.random() < 0.6:
                items.append(('vin', P.vin, 'vehicle'))
            items += [('dl_number', P.dl, 'license'), ('vehicle_make', r.choice(['Honda Civic', 'Ford F-150', 'Toyota Camry', 'Tesla Model 3']), None),
                      ('clinic', 'Harbor View Dialysis', None), ('days', 'Mon,Wed,Fri', None)]
        else:
            kind, oid = make_other(r, P)
            ph, lang = {'CPF': ('+55 11 9%s-%s' % (digits(r, 4), digits(r, 4)), 'pt-BR'),
                        'SIN': ('+1 %s' % fmt_phone(nanp(r, ['514', '438', '416', '604']), 'dash'), 'fr-CA'),
                        'CURP': ('+52 55 %s %s' % (digits(r, 4), digits(r, 4)), 'es-MX'),
                        'RRN': ('+82 10-%s-%s' % (digits(r, 4), digits(r, 4)), 'ko-KR'),
                        'PASSPORT': ('+1 %s' % P.cell('dash'), 'en-US')}[kind]
            items += [('given', P.first, 'name'), ('family', P.last, 'name'), ('birth_date', P.dob_s('dmy'), 'date'),
                      ('id_type', kind, None), ('id_number', oid, 'other_id'), ('phone_intl', ph, 'phone'),
                      ('lang', lang, None)]
            if r.random() < 0.5:
                items.append(('age', str(P.age), P.age_cat()))
        for i, (kk, vv, cc) in enumerate(items):
            L.t('&' if i else '', kk, '=').v(pctp(vv), cc)
    else:
        k = r.randrange(3)
        L.t(['/portal/feedback', '/oauth2/token', '/api/v1/scheduler/jobs'][k], ', client=', priv_ip(r), ', payload=')
        if k == 0:
            f, l, c = clin(r)
            L.t('rating=%d&comment=%s&clinic=%s&provider=%s' % (r.randint(1, 5), pctp(r.choice(['Parking was hard to find', 'Will come back!', "Dr. %s was great & very patient" % l, 'Long wait – 45 min'])),
                                                               pctp(r.choice(ORGS)[0]), pctp('%s %s, %s' % (f, l, c))))
        elif k == 1:
            L.t('grant_type=client_credentials&client_id=%s&scope=%s&client_assertion_type=%s' % (r.choice(STAFF), pctp('system/*.read system/Observation.write'),
                                                                                                   pctp('urn:ietf:params:oauth:client-assertion-type:jwt-bearer')))
        else:
            L.t('job=%s&cron=%s&owner=%s&notify=%s' % (r.choice(['nightly-835-import', 'census-report', 'purge-temp']), pctp('0 2 * * *'), r.choice(STAFF), pctp('it-oncall@' + org(r)[1])))
    L.t(']')
    return L


def f_oauth(r, phi):
    L = Line('go_logfmt_oauth')
    now = tick(r)
    dom = org(r)[1]
    L.t('ts=', ts_iso(now), ' level=info caller=authorize.go:%d msg="authorize request" client_id=%s response_type=code ' % (r.randint(100, 400), r.choice(['mychart-ios', 'mychart-android', 'portal-web'])))
    L.t('redirect_uri=', pct('https://portal.%s/oauth/callback' % dom), ' scope="openid fhirUser launch/patient patient/*.read" ')
    if phi:
        P = Person(r)
        k = r.randrange(3)
        st = {'nonce': alnum_tok(r, 16)}
        cats = []
        if k in (0, 2):
            st['return_to'] = '/patients/%s/results' % P.mrn
            cats.append('mrn')
        if k in (1, 2):
            st['login_hint'] = P.email
            cats.append('email')
        st['ts'] = int(epoch_s(now))
        L.t('state=').v(b64url(json.dumps(st, separators=(',', ':'))), blob_cat(cats))
        if r.random() < 0.6:
            L.t(' login_hint=').v(pct(P.email), 'email')
        if r.random() < 0.4:
            L.t(' remote_ip=').v(P.ip, 'ip')
    else:
        st = {'csrf': alnum_tok(r, 22), 'return_to': r.choice(['/home', '/appointments', '/messages']), 'ts': int(epoch_s(now))}
        L.t('state=', b64url(json.dumps(st, separators=(',', ':'))), ' remote_ip=', priv_ip(r))
    L.t(' code_challenge=%s code_challenge_method=S256 trace_id=%s dur=%dms' % (b64url(rbytes(r, 32)), hexn(r, 32), r.randint(2, 90)))
    return L


def f_redirect(r, phi):
    L = Line('cas_redirect')
    now = tick(r)
    dom = org(r)[1]
    L.t(ts_java(now), ' INFO  [org.apereo.cas.web.flow.RedirectToServiceAction] - <Redirecting to service [')
    if phi:
        P = Person(r)
        k = r.randrange(3)
        if k == 0:
            inner = 'https://portal.%s/patients/%s/statements?account=%s' % (dom, P.mrn, P.billing)
        elif k == 1:
            inner = 'https://portal.%s/proxy/open?email=%s&view=results' % (dom, P.email)
        else:
            inner = 'https://telehealth.%s/join?visit=%d&pt=%s&dob=%s' % (dom, r.randint(100000, 999999), P.mrn, P.dob_s('compact'))
        mid = 'https://portal.%s/sso?return=%s' % (dom, pct(inner))
        loc = 'https://sso.%s/cas/login?service=%s' % (dom, pct(mid))
        L.v(loc, 'url')
    else:
        inner = 'https://portal.%s/%s' % (dom, r.choice(['dashboard', 'appointments?tab=upcoming', 'messages/inbox']))
        mid = 'https://portal.%s/sso?return=%s' % (dom, pct(inner))
        L.t('https://sso.%s/cas/login?service=%s' % (dom, pct(mid)))
    L.t('] with ticket [ST-%d-%s-cas%d]>' % (r.randint(1, 99999), alnum_tok(r, 20), r.randint(1, 4)))
    return L


def f_html(r, phi):
    L = Line('html_sanitizer')
    now = tick(r)
    L.t(ts_dot(now), ' WARN  [html-sanitizer] thread=msg-render-%d msg_id=%s removed=%d ' % (r.randint(1, 8), uuid4(r), r.randint(1, 4)))
    if phi:
        P = Person(r)
        k = r.randrange(3)
        if k == 0:
            enc = html_mix
            L.t('output="&lt;p&gt;Hello Dr. ', clin(r)[1], ', this is ').v(enc(P.full()), 'name')
            L.t(' &#40;DOB ').v(enc(P.dob_s(r.choice(['us', 'us_np']))), 'date').t(', age ').v(str(P.age), P.age_cat()).t('&#41;&#46; Please call me at ')
            L.v(enc(P.phone(r.choice(['dash', 'paren', 'dot']))), 'phone').t(' or email ').v(enc(P.email), 'email')
            L.t('&#46;&lt;&#x2F;p&gt;"')
        elif k == 1:
            enc = r.choice([html_dec_all, html_hex_all])
            L.t('output="&lt;a href=&quot;', enc('mailto:')).v(enc(P.email), 'email').t('&quot;&gt;')
            L.v(enc(P.full()), 'name').t('&lt;&#x2F;a&gt;" reason=obfuscated-mailto')
        else:
            L.t('output="&lt;div class=&quot;addr&quot;&gt;').v(html_min(P.street), 'address')
            if P.unit:
                L.t(', ').v(html_min(P.unit), 'address')
            L.t('&lt;br&gt;').v(html_min(P.city), 'address').t(', %s ' % P.state).v(P.zip, 'zip')
            L.t('&lt;br&gt;Emergency contact: ').v(html_min(P.rel_first + ' ' + P.rel_last), 'name')
            L.t(' &amp;mdash; ').v(html_mix(P.cell('dash')), 'phone')
            if r.random() < 0.5:
                L.t('&lt;br&gt;Home fax: ').v(html_mix(P.fax('paren')), 'fax')
            L.t('&lt;&#x2F;div&gt;"')
    else:
        oname, dom = org(r)
        k = r.randrange(3)
        if k == 0:
            L.t('output="&lt;p&gt;%s will be closed 12&#x2F;25 and 01&#x2F;01&#46; Call %s or email info&#64;%s&#46;&lt;&#x2F;p&gt;"' % (html_min(oname), html_mix(r.choice(ORG_PHONES)), dom.replace('.', '&#46;')))
        elif k == 1:
            f, l, c = clin(r)
            L.t('output="&lt;p&gt;Message from %s %s, %s: lab hours are Mon&ndash;Fri 7&#58;00&ndash;15&#58;30&lt;&#x2F;p&gt;"' % (html_mix(f), html_mix(l), c))
        else:
            a = r.choice(ORG_ADDR)
            L.t('output="&lt;footer&gt;%s &amp;middot; %s, %s, %s %s&lt;&#x2F;footer&gt;"' % (html_min(oname), a[0], a[1], a[2], a[3]))
    return L


def f_json_uall(r, phi):
    L = Line('json_js_escaped')
    now = tick(r)
    enc = r.choice([juall, lambda s: juall(s, True), esapi_js])
    L.t('{')
    jkv(L, '@timestamp', ts_iso(now), first=True)
    jkv(L, 'logger', 'com.vendor.portal.audit.SafeJsonAppender')
    jkv(L, 'level', 'INFO')
    jkv(L, 'encoder', 'js-strict' if enc is not esapi_js else 'esapi-js')
    if phi:
        P = Person(r)
        jkv(L, 'event', 'PROFILE_VIEW')
        jkv(L, 'actor', r.choice(STAFF))
        k = r.randrange(3)
        if k == 0:
            jkv(L, 'patientName', P.full(), 'name', enc)
            jkv(L, 'birthDate', P.dob_s('iso'), 'date', enc)
            jkv(L, 'homePhone', P.phone(), 'phone', enc)
        elif k == 1:
            rg, rf, ng, nf = r.choice(NATIVE)
            jkv(L, 'nameNative', nf + ng if ord(nf[0]) > 0x2e80 else ng + ' ' + nf, 'name', enc)
            jkv(L, 'nameLatin', rg + ' ' + rf, 'name', enc)
            jkv(L, 'mrn', P.mrn, 'mrn', enc)
            jkv(L, 'age', str(P.age), P.age_cat(), enc)
        else:
            kind, oid = make_other(r, P)
            jkv(L, 'idType', kind)
            jkv(L, 'idValue', oid, 'other_id', enc)
            jkv(L, 'email', P.email, 'email', enc)
            jkv(L, 'address', P.street, 'address', enc)
            if r.random() < 0.5:
                jkv(L, 'driversLicense', P.dl, 'license', enc)
                jkv(L, 'dlState', P.state)
        jkv(L, 'encounterCsn', str(r.randint(100000000, 999999999)))
    else:
        jkv(L, 'event', r.choice(['TEMPLATE_RENDER', 'SETTINGS_CHANGE', 'EXPORT_STARTED']))
        jkv(L, 'actor', r.choice(STAFF), None, enc)
        jkv(L, 'department', r.choice(['4 West Med/Surg', 'Radiology – CT', "Women's Health", 'Pharmacy']), None, enc)
        jkv(L, 'template', r.choice(['appt_reminder_v3', 'lab_ready_es', 'bill_stmt']), None, enc)
        jkv(L, 'build', '2025.03.%d+%s' % (r.randint(1, 9), hexn(r, 7)))
    jkv(L, 'traceId', hexn(r, 32))
    L.t('}')
    return L


def hl7_pid(r, P, upper=True):
    """returns list of (text, cat) segments for an HL7 v2 ADT body (MSH..PV1)."""
    n = lambda s: s.upper() if upper else s
    seg = [('MSH|^~\\&|EPIC|MERCY|LAB|QUEST|%s||ADT^A08^ADT_A01|MSG%08d|P|2.5.1\r' % (CLK.t.strftime('%Y%m%d%H%M%S'), r.randint(0, 99999999)), None),
           ('EVN|A08|%s\r' % CLK.t.strftime('%Y%m%d%H%M'), None),
           ('PID|1||', None), (P.mrn, 'mrn'), ('^^^MERCY^MR~', None), (P.ssn, 'ssn'), ('^^^SSA^SS||', None),
           (n(P.last) + '^' + n(P.first) + ('^' + n(P.middle) if P.middle else ''), 'name'), ('||', None),
           (P.dob_s('compact'), 'date'), ('|%s|||' % P.sex, None), (n(P.street), 'address'), ('^^', None),
           (n(P.city), 'address'), ('^%s^' % P.state, None), (P.zip, 'zip'), ('^USA||', None),
           (fmt_phone(P.phone_d, 'parenns'), 'phone')] + ([('^PRN^PH~', None), (fmt_phone(P.fax_d, 'parenns'), 'fax'), ('^PRN^FX', None)] if r.random() < 0.3 else []) + [
           ('|||||', None), (P.billing, 'account'), ('\r', None),
           ('PV1|1|I|4W^412^A^MERCY||||%s^%s^%s|||MED\r' % (npi(r), clin(r)[1].upper(), clin(r)[0].upper()), None)]
    return seg


def f_pybytes(r, phi):
    L = Line('python_bytes_repr')
    now = tick(r)
    L.t(ts_java(now), ' DEBUG hl7listener.mllp: recv from (%r, %d): ' % (priv_ip(r), r.randint(30000, 65000)))
    if phi:
        P = Person(r)
        segs = [('\x0b', None)] + hl7_pid(r, P, upper=r.random() < 0.5) + [('\x1c\r', None)]
        raw = ''.join(t for t, _ in segs)
        q = '"' if ("'" in raw and '"' not in raw) else "'"
        L.t('b', q).segs(segs, lambda s: pyrepr_body(s, q)).t(q)
    else:
        raw = '\x0bMSH|^~\\&|LAB|QUEST|EPIC|MERCY|%s||ACK^A08|ACK%08d|P|2.5.1\rMSA|AA|MSG%08d\r\x1c\r' % (now.strftime('%Y%m%d%H%M%S'), r.randint(0, 99999999), r.randint(0, 99999999))
        L.t('b', "'", pyrepr_body(raw), "'")
    return L


def f_sftp(r, phi):
    L = Line('sftp_server_octal')
    now = tick(r)
    L.t(ts_sys(now), ' sftp01 internal-sftp[%d]: ' % r.randint(1000, 60000))
    op = r.choice(['open', 'close', 'rename old'])
    if phi:
        P = Person(r)
        k = r.randrange(3)
        L.t(op, ' "/inbound/%s/' % r.choice(['referrals', 'scans', 'faxes', 'records-requests']))
        if k == 0:
            L.v(oct_nonascii(P.last.replace(' ', '_') + '_' + P.first.replace(' ', '_')), 'name').t('_').v(P.dob_s('compact'), 'date').t('_referral.pdf')
        elif k == 1:
            L.v(oct_nonascii('%s, %s' % (P.last, P.first)), 'name').t(' (MRN ').v(P.mrn, 'mrn').t(').tif')
        else:
            L.t('ROI_').v(oct_nonascii(P.full()), 'name').t('_DOS_').v(fmt_date(P.admit, 'iso'), 'date').t('.pdf')
        L.t('"')
    else:
        L.t(op, ' "', oct_nonascii(r.choice(['/inbound/835/remit_%s_batch%04d.edi' % (now.strftime('%Y%m%d'), r.randint(1, 999)),
                                                 '/outbound/formulary/Formulário_2025_v%d.pdf' % r.randint(1, 9),
                                                 '/inbound/eligibility/271_Northwind_%s.x12' % now.strftime('%Y%m%d'),
                                                 '/outbound/reports/Qualitätsbericht_Q4.xlsx'])), '"')
    if op == 'open':
        L.t(' flags WRITE,CREATE,TRUNCATE mode 0664')
    elif op == 'close':
        L.t(' bytes read 0 written %d' % r.randint(1000, 9000000))
    else:
        L.t(' new "/archive/%s.gpg"' % uuid4(r))
    return L


def f_postfix_mime(r, phi):
    L = Line('postfix_header_mime')
    now = tick(r)
    oname, dom = org(r)
    qid = alnum_tok(r, 11, '0123456789ABCDEF')
    L.t(ts_sys(now), ' mx02 postfix/cleanup[%d]: %s: warning: header ' % (r.randint(1000, 60000), qid))
    if phi:
        P = Person(r)
        k = r.randrange(3)
        if k == 0:     # B-encoded subject: whole blob
            subj = r.choice(['Recordatorio de cita: %s, %s' % (P.full(), fmt_date(P.appt, 'dmy')),
                             'Appointment reminder for %s on %s' % (P.full(), fmt_date(P.appt, 'us')),
                             'Ihre Laborergebnisse, %s %s' % (P.first, P.last)])
            L.t('Subject: =?UTF-8?B?').v(b64(subj), 'name').t('?=')
            L.t(' from portal-app01.%s[%s]; from=<no-reply@%s> to=<' % (dom, priv_ip(r), dom)).v(P.email, 'email').t('>')
        elif k == 1:   # Q-encoded subject: values labeled inside
            L.t('Subject: =?UTF-8?Q?').v(qp_q('Appointment reminder for '), None).v(qp_q(P.full()), 'name')
            L.t(qp_q(' on ')).v(qp_q(fmt_date(P.appt, 'us')), 'date').t('?=')
            L.t(' from portal-app01.%s[%s]; from=<no-reply@%s> to=<' % (dom, priv_ip(r), dom)).v(P.email, 'email').t('>')
        else:          # inbound message from the patient
            L.t('From: =?UTF-8?Q?').v(qp_q(P.full()), 'name').t('?= <').v(P.email, 'email').t('>')
            L.t(' from ')
            mx = r.choice(['mail-yw1-f171.google.com', 'sonic310-27.consmr.mail.ne1.yahoo.com', 'mail-dm6nam12on2091.outbound.protection.outlook.com'])
            L.t(mx, '[', doc_ip(r), ']; from=<').v(P.email, 'email').t('> to=<appointments@%s>' % dom)
    else:
        subj = r.choice(['Daily census – 4 West', 'Wöchentlicher Bericht: Bettenbelegung', 'Formulary update – March 2025',
                         'Reminder: flu shot clinic Friday', 'Ticket #%d resolved' % r.randint(10000, 99999)])
        if r.random() < 0.5:
            L.t('Subject: =?UTF-8?Q?', qp_q(subj), '?=')
        else:
            L.t('Subject: =?UTF-8?B?', b64(subj), '?=')
        L.t(' from reports01.%s[%s]; from=<reports@%s> to=<%s@%s>' % (dom, priv_ip(r), dom, r.choice(['4west-charge', 'it-oncall', 'pharmacy-ops', 'all-staff']), dom))
    L.t(' proto=ESMTP helo=<%s>' % r.choice(['portal-app01', 'reports01', 'mail-yw1-f171.google.com']))
    return L


def f_mail_qp(r, phi):
    L = Line('mail_archiver_qp_json')
    now = tick(r)
    dom = org(r)[1]
    L.t('{')
    jkv(L, 'ts', ts_iso(now), first=True)
    jkv(L, 'svc', 'mail-archiver')
    jkv(L, 'message_id', '<%s.%d@%s>' % (hexn(r, 16), r.randint(1000, 9999), dom))
    jkv(L, 'part', r.randint(1, 3))
    jkv(L, 'content_type', 'text/plain; charset=utf-8')
    jkv(L, 'cte', 'quoted-printable')
    L.t(',"preview":"')
    enc = lambda s: jstr(qp_body(s))
    if phi:
        P = Person(r)
        segs = [('Dear ', None), (P.full(), 'name'), (',\r\n\r\nYour results from your visit on ', None),
                (fmt_date(P.admit, 'us'), 'date'), (' are ready. ', None)]
        if r.random() < 0.6:
            segs += [('Your MRN is ', None), (P.mrn, 'mrn'), ('. ', None)]
        if r.random() < 0.5:
            segs += [('We will mail a copy to ', None), (P.street, 'address'), (', ', None), (P.city, 'address'),
                     (', %s ' % P.state, None), (P.zip, 'zip'), ('. ', None)]
        segs += [('Questions? Call %s.\r\n\r\n– %s' % (r.choice(ORG_PHONES), r.choice(ORGS)[0]), None)]
        L.segs(segs, enc)
    else:
        L.t(enc(r.choice(['Reminder: flu shot clinic on 10/14 – walk-ins welcome. Parking = free.\r\n\r\n— %s' % r.choice(ORGS)[0],
                          'Your statement is available online. Amount due: $0.00 (balance = 0)\r\nThank you for choosing us.',
                          'This mailbox is not monitored. Für Fragen wenden Sie sich an %s.' % r.choice(ORG_PHONES)])))
    L.t('"')
    jkv(L, 'size', r.randint(800, 90000))
    L.t('}')
    return L


def patient_event(r, P, kind=None):
    """a dict describing a patient event plus the categories it carries."""
    kind = kind if kind is not None else r.randrange(6)
    cats = []
    if kind == 0:
        d = {'event': 'ADT_A04', 'mrn': P.mrn, 'name': {'family': P.last, 'given': P.first}, 'birthDate': P.dob_s('iso'),
             'address': {'line': P.street, 'city': P.city, 'state': P.state, 'postalCode': P.zip}}
        cats = ['mrn', 'name', 'date', 'address', 'zip']
    elif kind == 1:
        d = {'type': 'eligibility.check', 'subscriber': {'memberId': P.hp(), 'name': P.full(), 'dob': P.dob_s('us')},
             'payer': r.choice(PAYERS)}
        cats = ['health_plan', 'name', 'date']
    elif kind == 2:
        d = {'kind': 'sms.outbound', 'to': P.cell('e164'), 'template': 'appt_reminder', 'vars': {'first': P.first, 'when': fmt_date(P.appt, 'iso') + 'T09:30'}}
        cats = ['phone', 'name', 'date']
    elif kind == 3:
        d = {'op': 'device.pair', 'patientId': P.mrn, 'device': {'serial': P.serial, 'mac': P.mac, 'model': r.choice(['G7', 'MiniMed 780G', 'Omron BP7450'])}}
        cats = ['mrn', 'device']
    elif kind == 4:
        kd, oid = make_other(r, P)
        d = {'type': 'intl.registration', 'nationalId': {'type': kd, 'value': oid}, 'name': P.full(), 'birthDate': P.dob_s('iso'), 'age': P.age}
        cats = ['other_id', 'name', 'date'] + (['age'] if P.age > 89 else [])
    else:
        d = {'type': 'parking.permit', 'holder': P.full(), 'vehicle': {'plate': P.plate, 'state': P.state, 'vin': P.vin}, 'valid': 'MWF'}
        cats = ['vehicle', 'name']
    return d, cats


def f_kafka(r, phi):
    L = Line('kafka_consumer_b64')
    now = tick(r)
    L.t('[', ts_java(now), '] DEBUG [Consumer clientId=adt-router-%d, groupId=adt-router] Consumed record topic=%s partition=%d offset=%d key=' % (
        r.randint(1, 6), r.choice(['ehr.adt.v2', 'ehr.events', 'notify.outbound', 'devices.pairing']), r.randrange(12), r.randint(100000, 9999999)))
    if phi:
        P = Person(r)
        d, cats = patient_event(r, P)
        if r.random() < 0.5 and 'mrn' in cats:
            L.v(P.mrn, 'mrn')
        else:
            L.t(uuid4(r))
        L.t(' headers=[traceparent=00-%s-%s-01, content-type=application/json] value(base64)=' % (hexn(r, 32), hexn(r, 16)))
        L.v(b64(json.dumps(d, ensure_ascii=r.random() < 0.5, separators=(',', ':'))), blob_cat(cats))
    else:
        L.t(uuid4(r), ' headers=[traceparent=00-%s-%s-01, content-type=application/json] value(base64)=' % (hexn(r, 32), hexn(r, 16)))
        d = r.choice([{'type': 'heartbeat', 'node': 'adt-router-%d' % r.randint(1, 6), 'lag': r.randint(0, 400)},
                      {'event': 'ORDER_STATUS', 'orderId': 'ORD-%s-%05d' % (now.strftime('%Y%m%d'), r.randint(1, 99999)), 'status': 'RESULTED', 'lab': 'Quest Diagnostics'},
                      {'op': 'bed.update', 'unit': '4W', 'bed': '412-A', 'state': 'dirty', 'by': r.choice(STAFF)}])
        L.t(b64(json.dumps(d, separators=(',', ':'))))
    L.t(' serializedValueSize=%d' % r.randint(80, 2000))
    return L


def f_pubsub(r, phi):
    L = Line('pubsub_push_json')
    now = tick(r)
    L.t('{"message":{"attributes":{"eventType":"%s","source":"%s"},"data":"' % (r.choice(['HL7V2_INGEST', 'FAX_RECEIVED', 'OBJECT_FINALIZE']), r.choice(['mllp-adapter', 'efax-gw', 'gcs'])))
    if phi:
        P = Person(r)
        k = r.randrange(3)
        if k == 0:
            raw = ''.join(t for t, _ in hl7_pid(r, P))
            cats = ['ssn', 'mrn', 'name']
        elif k == 1:
            raw = 'Fax from %s re: %s DOB %s, SSN %s. Please schedule echo.' % (r.choice(ORGS)[0], P.full(), P.dob_s('us'), P.ssn)
            cats = ['ssn', 'name', 'date']
        else:
            raw = 'CALLBACK %s %s – pt asks about refill; lives at %s, %s' % (P.full(), P.phone('dash'), P.street, P.city)
            cats = ['phone', 'name', 'address']
        L.v(b64(raw), blob_cat(cats))
    else:
        d = r.choice([{'bucket': 'mercy-exports', 'name': 'formulary/formulary_2025_%02d.csv' % r.randint(1, 12), 'size': str(r.randint(1000, 99999))},
                      'MSH|^~\\&|LAB|QUEST|EPIC|MERCY|%s||ACK|%d|P|2.5.1\rMSA|AA|%d' % (now.strftime('%Y%m%d%H%M%S'), r.randint(1, 9999999), r.randint(1, 9999999)),
                      {'job': 'census-report', 'status': 'SUCCEEDED', 'duration_ms': r.randint(100, 99999)}])
        L.t(b64(d if isinstance(d, str) else json.dumps(d)))
    L.t('","messageId":"%d","publishTime":"%s"},"subscription":"projects/mercy-prod/subscriptions/%s"}' % (r.randint(10 ** 15, 10 ** 16), ts_iso(now), r.choice(['hl7-in', 'efax-in', 'exports'])))
    return L


def jwt(r, payload):
    hdr = b64url(json.dumps({'alg': 'RS256', 'kid': hexn(r, 8), 'typ': 'JWT'}, separators=(',', ':')))
    return hdr, b64url(json.dumps(payload, separators=(',', ':'))), b64url(rbytes(r, 256))


def f_wire(r, phi):
    L = Line('httpclient_wire')
    now = tick(r)
    n = r.randint(1, 60)
    L.t(ts_java(now), ' DEBUG [pool-%d-thread-%d] org.apache.http.wire - http-outgoing-%d ' % (r.randint(1, 4), r.randint(1, 16), n))
    dom = org(r)[1]
    if phi:
        P = Person(r)
        k = r.randrange(5)
        L.t('>> "')
        if k == 4:
            L.t('X-Display-Name: ').v(b64(P.full()), 'name').t('[\\r][\\n]"')
            return L
        if k == 0:
            d = {'mrn': P.mrn, 'name': P.full(), 'dob': P.dob_s('iso'), 'encounter': str(r.randint(10 ** 8, 10 ** 9))}
            L.t('X-Patient-Context: ').v(b64(json.dumps(d, ensure_ascii=False)), 'mrn')
        elif k == 1:
            h, p, s = jwt(r, {'iss': 'https://auth.%s' % dom, 'sub': 'Patient/%s' % P.mrn, 'patient': P.mrn, 'fhirUser': 'Patient/%s' % P.mrn,
                              'name': P.full(), 'scope': 'launch/patient patient/*.read', 'exp': int(epoch_s(now)) + 3600})
            L.t('Authorization: Bearer ', h, '.').v(p, 'mrn').t('.', s)
        elif k == 2:
            L.t('X-Forwarded-For: ').v(P.ip, 'ip').t(', %s' % priv_ip(r))
        else:
            L.t('{"resourceType":"Patient","name":[{"family":"').v(wire_esc(P.last), 'name').t('","given":["').v(wire_esc(P.first), 'name')
            L.t('"]}],"birthDate":"').v(P.dob_s('iso'), 'date').t('","address":[{"city":"').v(wire_esc(P.city), 'address').t('","postalCode":"').v(P.zip, 'zip').t('"}]}')
        L.t('[\\r][\\n]"' if k != 3 else '"')
    else:
        k = r.randrange(4)
        if k == 0:
            L.t('>> "Host: fhir.%s[\\r][\\n]"' % dom)
        elif k == 1:
            L.t('<< "HTTP/1.1 %s[\\r][\\n]"' % r.choice(['200 OK', '201 Created', '404 Not Found', '429 Too Many Requests']))
        elif k == 2:
            h, p, s = jwt(r, {'iss': 'https://auth.%s' % dom, 'sub': r.choice(STAFF), 'client_id': 'svc-bulk-export', 'scope': 'system/*.read', 'exp': int(epoch_s(now)) + 300})
            L.t('>> "Authorization: Bearer %s.%s.%s[\\r][\\n]"' % (h, p, s))
        else:
            L.t('<< "{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"processing","diagnostics":"Caf[0xc3][0xa9] ', 'schema mismatch at Patient.birthDate"}]}"')
    return L


def f_cookie(r, phi):
    L = Line('set_cookie_session')
    now = tick(r)
    dom = org(r)[1]
    L.t(ts_iso(now), ' resp status=%d path=%s ' % (r.choice([200, 302]), r.choice(['/portal/login', '/portal/home', '/m/api/session'])))
    k = r.randrange(3)
    if phi:
        P = Person(r)
        d = {'patient_id': P.mrn, 'display_name': P.first, '_fresh': True}
        if r.random() < 0.4:
            d['dob'] = P.dob_s('iso')
        cats = ['mrn', 'name', 'date']
        if k == 0:     # Flask / itsdangerous
            L.t('set-cookie="session=').v(b64url(json.dumps(d, separators=(',', ':'))), 'mrn')
            L.t('.%s.%s; Domain=.%s; Secure; HttpOnly; Path=/; SameSite=Lax"' % (b64url(int(epoch_s(now)).to_bytes(4, 'big')), b64url(rbytes(r, 20)), dom))
        elif k == 1:   # Rails cookie store, percent-encoded base64
            L.t('set-cookie="_portal_session=').v(pct(b64(json.dumps(d))), 'mrn').t('--%s; path=/; secure; HttpOnly"' % hexn(r, 40))
        else:
            d2 = {'uid': P.email, 'mfa': 'sms', 'phone_hint': '***-***-' + P.cell_d[-4:]}
            L.t('cookie="pt_ctx=').v(pct(b64(json.dumps(d2))), 'email').t('; _ga=GA1.2.%d.%d"' % (r.randint(10 ** 8, 10 ** 9), int(epoch_s(now))))
    else:
        if k == 0:
            d = {'csrf_token': hexn(r, 40), '_fresh': False, 'locale': r.choice(['en', 'es', 'vi'])}
            L.t('set-cookie="session=%s.%s.%s; Domain=.%s; Secure; HttpOnly; Path=/"' % (b64url(json.dumps(d, separators=(',', ':'))), b64url(int(epoch_s(now)).to_bytes(4, 'big')), b64url(rbytes(r, 20)), dom))
        elif k == 1:
            L.t('set-cookie="connect.sid=s%%3A%s.%s; Path=/; HttpOnly"' % (alnum_tok(r, 32), pct(b64(rbytes(r, 32)).rstrip('='))))
        else:
            L.t('cookie="AWSALB=%s; _ga=GA1.2.%d.%d; consent=%s"' % (b64(rbytes(r, 90)), r.randint(10 ** 8, 10 ** 9), int(epoch_s(now)), pct(b64('{"analytics":false,"ads":false}'))))
    return L


def f_hex(r, phi):
    L = Line('hex_payload')
    now = tick(r)
    k = r.randrange(2)
    if k == 0:
        L.t(ts_sys(now), ' iface01 mllp-gw[%d]: rx conn=%s:%d len=' % (r.randint(1000, 9999), priv_ip(r), r.randint(30000, 65000)))
        if phi:
            P = Person(r)
            raw = '\x0b' + ''.join(t for t, _ in hl7_pid(r, P)) + '\x1c\r'
            L.t('%d hex=' % len(raw.encode())).v(hexs(raw, r.random() < 0.3), 'ssn')
        else:
            raw = '\x0bMSH|^~\\&|LAB|QUEST|EPIC|MERCY|%s||ACK^R01|%d|P|2.5.1\rMSA|AA|%d\r\x1c\r' % (now.strftime('%Y%m%d%H%M%S'), r.randint(1, 9999999), r.randint(1, 9999999))
            L.t('%d hex=%s' % (len(raw.encode()), hexs(raw)))
    else:
        L.t(ts_dot(now), ' UTC [%d] %s@ehr LOG:  execute <unnamed>: INSERT INTO outbox(id, topic, body) VALUES ($1, $2, $3)  ' % (r.randint(1000, 99999), r.choice(STAFF)))
        L.t("DETAIL:  parameters: $1 = '%d', $2 = '%s', $3 = '\\x" % (r.randint(1, 10 ** 7), r.choice(['notify.sms', 'portal.msg', 'billing.stmt'])))
        if phi:
            P = Person(r)
            d, cats = patient_event(r, P, r.choice([1, 2]))
            L.v(hexs(json.dumps(d, separators=(',', ':'))), blob_cat(cats))
        else:
            L.t(hexs(json.dumps({'status': 'queued', 'batch': r.randint(1, 999), 'sha256': hexn(r, 64)})))
        L.t("'")
    return L


def f_auditd(r, phi):
    L = Line('auditd_execve_hex')
    now = tick(r)
    serial = r.randint(10000, 999999)
    stamp = 'audit(%.3f:%d)' % (epoch_s(now), serial)
    if phi:
        P = Person(r)
        k = r.randrange(2)
        if k == 0:
            nm = P.full()
            if ' ' not in nm and all(ord(c) < 128 for c in nm):
                nm = P.last + ', ' + P.first
            L.t('type=EXECVE msg=%s: argc=6 a0="python3" a1="/opt/etl/reprint_label.py" a2="--mrn" a3="' % stamp).v(P.mrn, 'mrn')
            L.t('" a4="--name" a5=').v(hexs(nm, True), 'name')
        else:
            argv = ['/usr/local/bin/pdf-render', '--template', 'discharge', '--patient', P.full(), '--dob', P.dob_s('iso')]
            L.t('type=PROCTITLE msg=%s: proctitle=' % stamp).v(hexs('\x00'.join(argv), True), 'name')
    else:
        if r.random() < 0.5:
            L.t('type=EXECVE msg=%s: argc=3 a0="systemctl" a1="restart" a2="%s"' % (stamp, r.choice(['mirth-connect', 'nginx', 'postgresql@15-main'])))
        else:
            argv = r.choice([['/bin/sh', '-c', 'echo hello world > /tmp/probe'], ['/usr/bin/rsync', '-az', '/srv/exports/', 'backup01:/vol/exports/'],
                             ['/usr/bin/find', '/var/log/mirth', '-mtime', '+30', '-delete']])
            L.t('type=PROCTITLE msg=%s: proctitle=%s' % (stamp, hexs('\x00'.join(argv), True)))
    return L


def f_sudo(r, phi):
    L = Line('sudo_shell_quoted')
    now = tick(r)
    user = r.choice(['dkowalczyk', 'rhernandez2', 'mtran', 'a.okonjo'])
    L.t(ts_sys(now), ' etl02 sudo[%d]: %s : TTY=pts/%d ; PWD=/srv/etl ; USER=etl ; COMMAND=' % (r.randint(1000, 60000), user, r.randint(0, 9)))
    if phi:
        P = Person(r)
        L.t('/srv/etl/bin/', r.choice(['reprint-wristband', 'merge-patients', 'resend-statement']))
        q = r.randrange(3)
        if q == 0:
            L.t(" --name '").v(sh_sq(P.full()), 'name').t("'")
        elif q == 1:
            L.t(' --name "').v(sh_dq(P.full()), 'name').t('"')
        else:
            L.t(" --name $'").v(sh_ansi(P.full()), 'name').t("'")
        if r.random() < 0.6:
            L.t(' --dob ').v(P.dob_s('iso'), 'date')
        L.t(' --mrn "').v(P.mrn, 'mrn').t('"')
        if r.random() < 0.4:
            L.t(" --addr '").v(sh_sq(P.street), 'address').t("'")
        L.t(' --room 4W-%d' % r.randint(400, 430))
    else:
        L.t(r.choice(["/usr/bin/systemctl restart 'mirth-connect.service'", "/usr/bin/tail -n 200 '/var/log/mirth/mirth.log'",
                      "/usr/bin/psql -c 'VACUUM ANALYZE orders;'", "/srv/etl/bin/run-job --name 'nightly 835 import' --date %s" % now.strftime('%Y-%m-%d'),
                      "/usr/bin/grep -c \"it's\" /srv/etl/out/report.txt"]))
    return L


def f_postgres(r, phi):
    L = Line('postgres_statement')
    now = tick(r)
    L.t(ts_dot(now), ' UTC [%d] user=%s db=ehr app=%s ' % (r.randint(1000, 99999), r.choice(['interface_svc', 'etl', 'portal_rw']), r.choice(['mirth', 'psql', 'portal-api'])))
    if phi:
        P = Person(r)
        k = r.randrange(6)
        if k == 4:
            L.t("LOG:  statement: INSERT INTO parking_permits (patient_id, plate, plate_state, vin, note) VALUES (%d, '" % r.randint(1, 5000000))
            L.v(sqlq(P.plate), 'vehicle').t("', '%s', '" % P.state).v(P.vin, 'vehicle').t("', 'pt''s daughter drives')")
        elif k == 5:
            L.t("LOG:  duration: %.3f ms  statement: UPDATE coverage SET member_id = '" % r.uniform(0.1, 30)).v(sqlq(P.hp()), 'health_plan')
            L.t("', payer = '%s', subscriber_name = '" % sqlq(r.choice(PAYERS))).v(sqlq(P.rel_first + ' ' + P.rel_last), 'name')
            L.t("', subscriber_rel = '%s' WHERE coverage_id = %d" % (P.relation, r.randint(1, 900000)))
        elif k == 0:
            L.t("LOG:  statement: INSERT INTO patient_demographics (mrn, last_name, first_name, dob, age_at_reg, addr1, city, zip) VALUES ('")
            L.v(sqlq(P.mrn), 'mrn').t("', '").v(sqlq(P.last), 'name').t("', '").v(sqlq(P.first), 'name').t("', '").v(P.dob_s('iso'), 'date')
            L.t("', ").v(str(P.age), P.age_cat()).t(", '")
            L.v(sqlq(P.street), 'address').t("', '").v(sqlq(P.city), 'address').t("', '").v(P.zip, 'zip').t("')")
        elif k == 1:
            L.t('ERROR:  duplicate key value violates unique constraint "patients_ssn_key"  DETAIL:  Key (ssn)=(').v(P.ssn, 'ssn').t(') already exists.')
        elif k == 2:
            L.t("LOG:  duration: %.3f ms  execute S_%d: UPDATE patients SET last_name = $1, email = $2 WHERE id = $3  DETAIL:  parameters: $1 = '" % (r.uniform(0.1, 40), r.randint(1, 30)))
            L.v(sqlq(P.last), 'name').t("', $2 = '").v(sqlq(P.email), 'email').t("', $3 = '%d'" % r.randint(1, 5000000))
        else:
            L.t("LOG:  statement: SELECT id FROM patients WHERE lower(last_name) = lower(E'").v(P.last.replace("'", "\\'"), 'name')
            L.t("') AND dob = '").v(P.dob_s('iso'), 'date').t("'::date")
    else:
        k = r.randrange(3)
        if k == 0:
            L.t("LOG:  duration: %.3f ms  statement: SELECT count(*) FROM orders WHERE status = 'pending' AND note <> 'pt can''t tolerate contrast'" % r.uniform(0.1, 900))
        elif k == 1:
            L.t('LOG:  automatic vacuum of table "ehr.public.audit_log": index scans: 1 pages: 0 removed, %d remain' % r.randint(1000, 900000))
        elif r.random() < 0.5:
            L.t("LOG:  statement: UPDATE departments SET display_name = 'Women''s Health – Lakeside' WHERE id = %d" % r.randint(1, 400))
        else:
            f, l, c = clin(r)
            L.t("LOG:  statement: UPDATE prescribers SET dea = '%s', display = 'Dr. %s %s' WHERE npi = '%s'" % (dea(r, l), sqlq(f), sqlq(l), npi(r)))
    return L


def f_binlog(r, phi):
    L = Line('mysqlbinlog_verbose')
    tick(r)
    if phi:
        P = Person(r)
        k = r.randrange(10)
        if k == 9 and P.age <= 89:
            k = 5
        col = r.randint(2, 9)
        L.t('###   @%d=' % col)
        if k == 0:
            L.t("'").v(mysql_esc(P.last), 'name').t("' /* VARSTRING(400) meta=400 nullable=0 is_null=0 */")
        elif k == 1:
            L.t("'").v(mysql_esc(P.first), 'name').t("' /* VARSTRING(400) meta=400 nullable=0 is_null=0 */")
        elif k == 2:
            L.t("'").v(P.dob.strftime('%Y:%m:%d'), 'date').t("' /* DATE meta=0 nullable=1 is_null=0 */")
        elif k == 3:
            L.t("'").v(mysql_esc(P.street + ((' ' + P.unit) if P.unit else '')), 'address').t("' /* VARSTRING(1020) meta=1020 nullable=1 is_null=0 */")
        elif k == 4:
            L.t("'").v(P.ssn.replace('-', ''), 'ssn').t("' /* STRING(36) meta=65060 nullable=1 is_null=0 */")
        elif k == 5:
            L.t("'").v(mysql_esc(P.plate), 'vehicle').t("' /* VARSTRING(40) meta=40 nullable=1 is_null=0 */")
        elif k == 6:
            L.t("'").v(P.vin, 'vehicle').t("' /* STRING(68) meta=65092 nullable=1 is_null=0 */")
        elif k == 7:
            L.t("'").v(P.serial, 'device').t("' /* VARSTRING(128) meta=128 nullable=1 is_null=0 */")
        elif k == 8:
            L.t("'").v(P.hp(), 'health_plan').t("' /* VARSTRING(80) meta=80 nullable=1 is_null=0 */")
        else:
            L.v(str(P.age), 'age').t(' /* TINYINT meta=0 nullable=1 is_null=0 */')
    else:
        k = r.randrange(4)
        if k == 0:
            L.t('### UPDATE `ehr`.`patients`')
        elif k == 1:
            L.t('###   @1=%d /* INT meta=0 nullable=0 is_null=0 */' % r.randint(1, 5000000))
        elif k == 2:
            L.t("###   @%d='%s' /* DATETIME(3) meta=3 nullable=0 is_null=0 */" % (r.randint(8, 14), CLK.t.strftime('%Y-%m-%d %H:%M:%S.') + '%03d' % r.randrange(1000)))
        else:
            L.t("###   @%d='%s' /* VARSTRING(80) meta=80 nullable=1 is_null=0 */" % (r.randint(2, 9), mysql_esc(r.choice(["Women's Health", 'Radiología', 'svc_portal', "Dr. O'Keefe"]))))
    return L


def f_csv(r, phi):
    L = Line('etl_csv_reject')
    now = tick(r)
    L.t(ts_java(now), ' WARN  etl.loader [file=%s row=%d] reason="%s" raw: ' % (
        r.choice(['pt_extract_%s.csv' % now.strftime('%Y%m%d'), 'registrations.csv', 'orders_%s.csv' % now.strftime('%Y%m%d')]),
        r.randint(2, 90000), r.choice(['invalid date', 'duplicate key', 'column count 9 != 10', 'bad zip'])))
    if phi:
        P = Person(r)
        nick = r.choice(['Nay', 'Bobby', 'Lulu', 'Tito', 'Mimi', 'Junior'])
        nm = '%s, %s' % (P.last, P.first) + (' "%s"' % nick if r.random() < 0.5 else '')
        L.v(P.mrn, 'mrn').t(',"').v(csvq(nm), 'name').t('",').v(P.dob_s(r.choice(['iso', 'us'])), 'date').t(',').v(str(P.age), P.age_cat()).t(',"')
        street = P.street + ((', ' + P.unit) if P.unit else '')
        L.v(csvq(street), 'address').t('",').v(P.city if ',' not in P.city else '"' + P.city + '"', 'address')
        L.t(',%s,' % P.state).v(P.zip, 'zip').t(',').v(P.phone('dash'), 'phone')
        L.t(',"%s"' % csvq(r.choice(['Dr. %s %s' % clin(r)[:2], 'ER walk-in', '"VIP" flag'])))
    else:
        L.t('ORD-%s-%05d,"%s",%d,%d,"%s",pending,%s' % (now.strftime('%Y%m%d'), r.randint(1, 99999), csvq(r.choice(['Lab panel "CMP"', 'CBC w/ diff', 'Lipid panel, fasting', 'MRI "L-spine" w/o'])),
                                                      r.randint(1, 3), r.randint(1, 99), csvq(r.choice(['Quest Diagnostics, Inc.', 'LabCorp', '"In-house" lab'])), hexn(r, 12)))
    return L


def f_cda(r, phi):
    L = Line('cda_xml_cdata')
    now = tick(r)
    L.t(ts_java(now), ' INFO  [cda-outbound-%d] doc=%s ' % (r.randint(1, 4), uuid4(r)))
    if phi:
        P = Person(r)
        L.t('<recordTarget><patientRole><id extension="').v(xml_esc(P.mrn), 'mrn').t('" root="2.16.840.1.113883.19.5.99999.2"/>')
        if r.random() < 0.5:
            L.t('<id extension="').v(P.ssn, 'ssn').t('" root="2.16.840.1.113883.4.1"/>')
        L.t('<addr use="HP"><streetAddressLine>').v(xml_esc(P.street), 'address').t('</streetAddressLine><city>').v(xml_esc(P.city), 'address')
        if r.random() < 0.5:
            L.t('</city><county>').v(xml_esc(P.county), 'address').t('</county>')
        else:
            L.t('</city>')
        L.t('<state>%s</state><postalCode>' % P.state).v(P.zip, 'zip').t('</postalCode></addr>')
        L.t('<telecom use="HP" value="tel:').v(P.phone(r.choice(['dash', 'e164'])), 'phone').t('"/>')
        if r.random() < 0.3:
            L.t('<telecom use="HP" value="fax:').v(P.fax('dash'), 'fax').t('"/>')
        L.t('<patient><name><given>').v(xml_esc(P.first), 'name').t('</given><family>').v(xml_esc(P.last), 'name').t('</family></name>')
        L.t('<administrativeGenderCode code="%s"/><birthTime value="' % P.sex).v(P.dob_s('compact'), 'date').t('"/></patient></patientRole></recordTarget>')
        L.t('<text><![CDATA[Pt ').v(P.full(), 'name').t(', ')
        L.v('%d' % P.age, P.age_cat()).t(' y/o %s, admitted ' % P.sex).v(fmt_date(P.admit, 'us'), 'date')
        L.t(' for CHF exacerbation; seen by Dr. %s. <b>Code status: DNR</b>]]></text>' % clin(r)[1])
    else:
        f, l, c = clin(r)
        a = r.choice(ORG_ADDR)
        L.t('<author><time value="%s"/><assignedAuthor><id extension="%s" root="2.16.840.1.113883.4.6"/>' % (now.strftime('%Y%m%d%H%M%S'), npi(r)))
        L.t('<addr><streetAddressLine>%s</streetAddressLine><city>%s</city><state>%s</state><postalCode>%s</postalCode></addr>' % a)
        L.t('<telecom value="tel:%s"/><assignedPerson><name><given>%s</given><family>%s</family><suffix>%s</suffix></name></assignedPerson></assignedAuthor></author>' % (
            r.choice(ORG_PHONES), xml_esc(f), xml_esc(l), c))
        L.t('<text><![CDATA[Template v%d.%d; <i>no patient data</i> & no attachments]]></text>' % (r.randint(1, 4), r.randint(0, 9)))
    return L


def f_json_xml(r, phi):
    L = Line('json_escaped_fhir_xml')
    now = tick(r)
    L.t('{')
    jkv(L, 'time', ts_iso(now), first=True)
    jkv(L, 'level', 'error')
    jkv(L, 'msg', 'FHIR XML validation failed')
    jkv(L, 'validator', 'hapi-fhir-7.0.2')
    L.t(',"body":"')
    e = lambda s: jstr(xml_esc(s))   # XML-escaped, then JSON-escaped
    if phi:
        P = Person(r)
        L.t(jstr('<Patient xmlns="http://hl7.org/fhir"><identifier><system value="urn:oid:2.16.840.1.113883.19.5"/><value value="'))
        L.v(e(P.mrn), 'mrn').t(jstr('"/></identifier><name><family value="')).v(e(P.last), 'name')
        L.t(jstr('"/><given value="')).v(e(P.first), 'name').t(jstr('"/></name><telecom><system value="phone"/><value value="'))
        L.v(e(P.phone('intl')), 'phone').t(jstr('"/></telecom>'))
        if r.random() < 0.4:
            L.t(jstr('<telecom><system value="fax"/><value value="')).v(e(P.fax('intl')), 'fax').t(jstr('"/></telecom>'))
        L.t(jstr('<birthDate value="')).v(e(P.dob_s('iso')), 'date')
        if r.random() < 0.5:
            L.t(jstr('"/><address><line value="')).v(e(P.street), 'address').t(jstr('"/><city value="')).v(e(P.city), 'address')
            L.t(jstr('"/><postalCode value="')).v(P.zip, 'zip').t(jstr('"/></address>'))
        else:
            L.t(jstr('"/>'))
        L.t(jstr('<generalPractitioner><display value="Dr. %s"/></generalPractitioner></Patient>' % xml_esc(clin(r)[1])))
    else:
        f, l, c = clin(r)
        L.t(jstr('<Practitioner xmlns="http://hl7.org/fhir"><identifier><system value="http://hl7.org/fhir/sid/us-npi"/><value value="%s"/></identifier><name><family value="%s"/><given value="%s"/></name></Practitioner>' % (npi(r), xml_esc(l), xml_esc(f))))
    L.t('"')
    jkv(L, 'issues', r.randint(1, 5))
    jkv(L, 'trace_id', hexn(r, 32))
    L.t('}')
    return L


def f_k8s(r, phi):
    L = Line('k8s_json_in_json')
    now = tick(r)
    e2 = lambda s: jstr(jstr(s))     # value JSON-escaped twice
    L.t('{"log":"')
    L.t(jstr('{"level":"info","ts":%.6f,"logger":"patient-svc","msg":"%s",' % (epoch_s(now), r.choice(['patient updated', 'patient merged', 'demographics sync']))))
    if phi:
        P = Person(r)
        fields = [('id', P.mrn, 'mrn', True), ('name', P.full(), 'name', True), ('dob', P.dob_s('iso'), 'date', True)]
        if r.random() < 0.5:
            fields.append(('age', str(P.age), P.age_cat(), False))
        if r.random() < 0.5:
            fields.append(('email', P.email, 'email', True))
        L.t(jstr('"patient":{'))
        for i, (fk, fv, fc, isstr) in enumerate(fields):
            L.t(jstr((',' if i else '') + '"' + fk + '":' + ('"' if isstr else '')))
            L.v(e2(fv) if isstr else fv, fc)
            if isstr:
                L.t(jstr('"'))
        if r.random() < 0.4:
            L.t(jstr(',"phones":["')).v(e2(P.phone('e164')), 'phone').t(jstr('","')).v(e2(P.cell('e164')), 'phone').t(jstr('"]'))
        L.t(jstr('},"actor":"%s"}' % r.choice(STAFF)))
    else:
        note = r.choice(['Café \u2013 batch ok', 'retrying "shard 3"', 'übernommen: %d' % r.randint(1, 99), 'C:\\exports\\daily'])
        L.t(jstr('"patientCount":%d,"durationMs":%d,"actor":"%s","note":%s}' % (r.randint(0, 500), r.randint(1, 9000), r.choice(STAFF), json.dumps(note))))
    L.t('\\n","stream":"stdout","time":"%s"}' % ts_iso6(now))
    return L


def f_fhir(r, phi):
    L = Line('fhir_search_access')
    now = tick(r)
    L.t(ts_iso(now), ' fhir-gw INFO request method=GET path="/fhir/R4/')
    if phi:
        P = Person(r)
        k = r.randrange(3)
        if k == 0:
            L.t('Patient?family=').v(pct(P.last), 'name').t('&given=').v(pct(P.first), 'name').t('&birthdate=eq').v(P.dob_s('iso'), 'date')
        elif k == 1:
            sysid, val, cat = r.choice([('urn:oid:2.16.840.1.113883.4.1', P.ssn, 'ssn'), ('http://mercyhealth.org/fhir/mrn', P.mrn, 'mrn'),
                                        ('http://hl7.org/fhir/sid/us-mbi', P.mbi, 'health_plan')])
            L.t('Patient?identifier=', pct(sysid + '|')).v(pct(val), cat).t('&_elements=id,name')
        else:
            L.t('Patient?phone=').v(pct(P.phone('e164')), 'phone').t('&address-postalcode=').v(P.zip, 'zip')
            if r.random() < 0.5:
                L.t('&email=').v(pct(P.email), 'email')
        L.t('" status=200 total=%d' % r.randint(0, 3))
    else:
        k = r.randrange(3)
        if k == 0:
            L.t('Practitioner?identifier=%s" status=200 total=1' % pct('http://hl7.org/fhir/sid/us-npi|' + npi(r)))
        elif k == 1:
            L.t('metadata" status=200')
        else:
            L.t('Observation?code=%s&_summary=count" status=200 total=%d' % (pct('http://loinc.org|' + r.choice(['2345-7', '4548-4', '718-7'])), r.randint(0, 90000)))
    L.t(' client=%s dur_ms=%d' % (r.choice(['mychart-ios', 'svc_fhir_sync', 'cds-hooks']), r.randint(3, 900)))
    return L


def f_dicom(r, phi):
    L = Line('dicom_storescp')
    now = tick(r)
    L.t(ts_dot(now), ' INFO  - STORESCP<-%s(%d): ' % (r.choice(['CT_SCANNER_2', 'MR_3T_EAST', 'US_PORTABLE', 'DX_ROOM4']), r.randint(1, 900)))
    if phi:
        P = Person(r)
        L.t('C-STORE-RQ[iuid=1.2.840.113619.2.55.3.%d.%d.%d] SpecificCharacterSet="ISO_IR 192" PatientName="' % (r.randint(10 ** 8, 10 ** 9), r.randint(100, 999), int(epoch_s(now))))
        if r.random() < 0.4:
            rg, rf, ng, nf = r.choice(NATIVE)
            L.v('%s^%s=%s^%s' % (rf.upper(), rg.upper(), nf, ng), 'name')
        else:
            L.v('%s^%s' % (P.last.upper() if r.random() < 0.5 else P.last, P.first) + (('^' + P.middle) if P.middle else ''), 'name').t('^^')
        L.t('" PatientID="').v(P.mrn, 'mrn').t('" IssuerOfPatientID="MERCY" PatientBirthDate="').v(P.dob_s('compact'), 'date')
        L.t('" PatientSex="%s" PatientAge="' % P.sex).v('%03dY' % P.age, P.age_cat())
        L.t('" StudyDate="').v(CLK.t.strftime('%Y%m%d'), 'date').t('" AccessionNumber="A%d"' % r.randint(10 ** 7, 10 ** 8))
    else:
        if r.random() < 0.5:
            L.t('A-ASSOCIATE-RQ calling AET=%s called AET=PACS_MAIN max_pdu=%d' % (r.choice(['CT_SCANNER_2', 'MR_3T_EAST']), r.choice([16384, 65536, 131072])))
        else:
            L.t('C-ECHO-RQ[msgId=%d] -> status=0000H (Success) remote=%s:104' % (r.randint(1, 999), priv_ip(r)))
    return L


def f_winevt(r, phi):
    L = Line('windows_event_xml')
    now = tick(r)
    L.t('<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Microsoft-Windows-Security-Auditing"/>')
    L.t('<EventID>%d</EventID><TimeCreated SystemTime="%s"/><Computer>%s.mercy.local</Computer></System><EventData>' % (
        4663 if phi else r.choice([4624, 4634, 4663]), ts_iso6(now), r.choice(['FS01', 'SCAN-WS-12', 'HIM-PC07'])))
    L.t('<Data Name="SubjectUserName">%s</Data><Data Name="SubjectDomainName">MERCY</Data>' % r.choice(STAFF))
    if phi:
        P = Person(r)
        L.t('<Data Name="ObjectName">D:\\Scans\\Intake\\')
        k = r.randrange(2)
        if k == 0:
            L.v(xml_esc(P.last + '_' + P.first), 'name').t('_').v(P.dob_s('iso'), 'date').t('.tif')
        else:
            L.v(xml_esc('%s, %s' % (P.last, P.first)), 'name').t(' &amp; ').v(xml_esc(P.rel_first + ' ' + P.rel_last), 'name').t(' - consent.pdf')
        L.t('</Data><Data Name="AccessMask">0x2</Data>')
    else:
        L.t('<Data Name="ObjectName">D:\\Templates\\%s</Data><Data Name="LogonType">3</Data>' % xml_esc(r.choice(["Women's Health & Maternity.docx", 'Formulary <2025>.xlsx', 'Consent_Form_Blank_v7.pdf'])))
    L.t('<Data Name="ProcessName">C:\\Windows\\explorer.exe</Data></EventData></Event>')
    return L


def f_sms(r, phi):
    L = Line('sms_webhook_form')
    now = tick(r)
    L.t(ts_java(now), ' INFO  [sms-gw] POST /webhooks/twilio/status form="')
    sid = 'SM' + hexn(r, 32)
    org_num = '+1800%s' % digits(r, 7)
    if phi:
        P = Person(r)
        L.t('SmsSid=%s&AccountSid=AC%s&To=' % (sid, hexn(r, 32))).v(pctp(P.cell('e164')), 'phone').t('&From=', pctp(org_num), '&Body=')
        k = r.randrange(2)
        if k == 0:
            L.t(pctp('Hi ')).v(pctp(P.first), 'name').t(pctp(', reminder: your appointment on ')).v(pctp(fmt_date(P.appt, 'us')), 'date')
            L.t(pctp(' at 9:30 AM with Dr. %s. Reply C to confirm.' % clin(r)[1]))
        else:
            L.t(pctp('Results ready for ')).v(pctp(P.full()), 'name').t(pctp(' (DOB ')).v(pctp(P.dob_s('us')), 'date').t(pctp('). Log in at portal.mercyhealth.org'))
        L.t('&MessageStatus=delivered&ApiVersion=2010-04-01"')
    else:
        L.t('SmsSid=%s&AccountSid=AC%s&To=%s&From=%s&Body=%s&MessageStatus=%s&ErrorCode=%s"' % (
            sid, hexn(r, 32), pctp(org_num), pctp('+1800%s' % digits(r, 7)), pctp(r.choice(['STOP', 'Clinic closed Monday – call %s' % r.choice(ORG_PHONES), 'Test message #%d' % r.randint(1, 99)])),
            r.choice(['delivered', 'undelivered', 'failed']), r.choice(['', '30003', '30008'])))
    return L


def f_redis(r, phi):
    L = Line('redis_monitor')
    now = tick(r)
    L.t('%.6f [%d %s:%d] ' % (epoch_s(now), r.randrange(4), priv_ip(r), r.randint(30000, 65000)))
    if phi:
        P = Person(r)
        k = r.randrange(2)
        if k == 0:
            L.t('"SET" "sess:%s" "' % hexn(r, 24))
            L.t(c_like('{"uid":"')).v(c_like(P.mrn), 'mrn').t(c_like('","name":"')).v(c_like(P.full()), 'name')
            L.t(c_like('","email":"')).v(c_like(P.email), 'email').t(c_like('"}')).t('" "EX" "1800"')
        else:
            L.t('"HSET" "pt:').v(P.mrn, 'mrn').t('" "addr" "').v(c_like(P.street + ((', ' + P.unit) if P.unit else '')), 'address').t('" "city" "').v(c_like(P.city), 'address')
            L.t('" "dob" "').v(P.dob_s('iso'), 'date').t('" "age" "').v(str(P.age), P.age_cat()).t('"')
    else:
        L.t(r.choice(['"GET" "rate:%s:%s"' % (r.choice(STAFF), now.strftime('%Y%m%d%H')), '"PING"', '"EXPIRE" "sess:%s" "1800"' % hexn(r, 24),
                      '"SET" "cfg:banner" "%s"' % c_like('Clinic hours changed – see "Locations"')]))
    return L


def f_strace(r, phi):
    L = Line('strace_write')
    tick(r)
    pid = r.randint(1000, 60000)
    L.t('[pid %d] write(%d, "' % (pid, r.randint(3, 40)))
    if phi:
        P = Person(r)
        segs = [('{"mrn":"', None), (P.mrn, 'mrn'), ('","name":"', None), (P.full(), 'name'), ('","dob":"', None), (P.dob_s('iso'), 'date'),
                ('","age":', None), (str(P.age), P.age_cat())]
        if r.random() < 0.5:
            segs += [(',"note":"called ', None), (P.phone('dash'), 'phone'), (' re: refill\\n"', None)]
        segs += [('}\n', None)]
        raw = ''.join(t for t, _ in segs)
        L.segs(segs, lambda s: c_like(s, octal=True))
    else:
        raw = r.choice(['{"status":"ok","build":"2025.03.2","uptime_s":%d}\n' % r.randint(1, 10 ** 6), 'GET /healthz HTTP/1.1\r\nHost: localhost:8080\r\n\r\n',
                        'Fallo de conexión: reintentando en 5 s\n'])
        L.t(c_like(raw, octal=True))
    n = len(raw.encode())
    L.t('", %d) = %d' % (n, n))
    return L


def f_php_sess(r, phi):
    L = Line('php_session_serialized')
    now = tick(r)
    L.t('[%02d-%s-%d %s UTC] PHP Notice:  session dump sid=%s: ' % (now.day, MON[now.month - 1], now.year, now.strftime('%H:%M:%S'), alnum_tok(r, 26, 'abcdefghijklmnopqrstuv0123456789')))

    def s(val, cat):
        L.t('s:%d:"' % len(val.encode('utf-8'))).v(val, cat).t('";')
    if phi:
        P = Person(r)
        L.t('csrf|s:40:"%s";mrn|' % hexn(r, 40))
        s(P.mrn, 'mrn')
        L.t('name|')
        s(P.full(), 'name')
        if r.random() < 0.6:
            L.t('dob|')
            s(P.dob_s('iso'), 'date')
        if r.random() < 0.5:
            L.t('age|i:').v(str(P.age), P.age_cat()).t(';')
        if r.random() < 0.5:
            L.t('ins|a:2:{s:5:"payer";')
            p = r.choice(PAYERS)
            L.t('s:%d:"%s";s:6:"member";' % (len(p.encode()), p))
            s(P.hp(), 'health_plan')
            L.t('}')
        L.t('lang|s:2:"%s";' % r.choice(['en', 'es', 'vi']))
    else:
        L.t('csrf|s:40:"%s";cart|a:0:{}flash|s:%d:"%s";lang|s:2:"en";' % (hexn(r, 40), len('Änderungen gespeichert'.encode()), 'Änderungen gespeichert'))
    return L


def yq(s):                  # YAML single-quoted body
    return s.replace("'", "''")


def ydq(s):                 # YAML double-quoted body
    return s.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n')


def f_yaml(r, phi):
    L = Line('yaml_flow_jobspec')
    now = tick(r)
    L.t(ts_iso(now), ' batch-scheduler INFO submitting job=%s spec={' % r.choice(['reprint-letters', 'mail-merge', 'courier-pickup']))
    if phi:
        P = Person(r)
        L.t("recipient: '").v(yq(P.full()), 'name').t("', ")
        if P.unit or r.random() < 0.5:
            L.t('address: "').v(ydq(P.street + ('\n' + P.unit if P.unit else '')), 'address').t('", ')
        else:
            L.t("address: '").v(yq(P.street), 'address').t("', ")
        if "'" in P.city:
            L.t("city: '").v(yq(P.city), 'address').t("', ")
        else:
            L.t('city: ').v(P.city, 'address').t(', ')
        L.t('state: %s, zip: "' % P.state).v(P.zip, 'zip').t('"')
        if r.random() < 0.5:
            L.t(', dob: ').v(P.dob_s('iso'), 'date')
            if r.random() < 0.5:
                L.t(', age: ').v(str(P.age), P.age_cat())
        if r.random() < 0.3:
            L.t(", member_id: '").v(yq(P.hp()), 'health_plan').t("'")
        if r.random() < 0.4:
            L.t(", phone: '").v(P.phone(), 'phone').t("'")
        L.t(', template: %s' % r.choice(['bill_stmt_v2', 'roi_cover', 'welcome_es']))
    else:
        k = r.randrange(3)
        if k == 0:
            L.t("queue: 'print-%d', template: 'Women''s Health newsletter', copies: %d, cron: \"0 6 * * 1\", owner: %s" % (r.randint(1, 4), r.randint(1, 900), r.choice(STAFF)))
        elif k == 1:
            a = r.choice(ORG_ADDR)
            L.t("return_address: \"%s\\n%s, %s %s\", sender: '%s', phone: '%s', copies: %d" % (a[0], a[1], a[2], a[3], yq(r.choice(ORGS)[0]), r.choice(ORG_PHONES), r.randint(1, 5000)))
        else:
            L.t("pickup: {carrier: 'UPS', account: '%s', window: \"13:00-17:00\", dock: 'B-%d'}, owner: %s" % (alnum_tok(r, 6, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'), r.randint(1, 9), r.choice(STAFF)))
    L.t('} id=%s' % uuid4(r))
    return L


def f_rails(r, phi):
    L = Line('rails_params_inspect')
    now = tick(r)
    bin_ = r.random() < 0.5
    enc = ruby_bin if bin_ else (lambda s: s.replace('\\', '\\\\').replace('"', '\\"'))
    L.t('I, [%s #%d]  INFO -- : [%s] ' % (now.strftime('%Y-%m-%dT%H:%M:%S.%f'), r.randint(1000, 60000), uuid4(r)))
    if phi:
        P = Person(r)
        L.t('  Parameters: {"authenticity_token"=>"[FILTERED]", "patient"=>{"first_name"=>"').v(enc(P.first), 'name')
        L.t('", "last_name"=>"').v(enc(P.last), 'name')
        L.t('", "date_of_birth"=>"').v(P.dob_s('iso'), 'date')
        if r.random() < 0.4:
            L.t('", "age"=>"').v(str(P.age), P.age_cat())
        if r.random() < 0.6:
            L.t('", "mobile"=>"').v(enc(P.cell()), 'phone')
        if r.random() < 0.5:
            L.t('", "emergency_contact_attributes"=>{"name"=>"').v(enc(P.rel_first + ' ' + P.rel_last), 'name').t('", "relationship"=>"%s", "phone"=>"' % P.relation).v(P.rel_phone_d, 'phone').t('"}')
        else:
            L.t('"')
        L.t('}, "commit"=>"Save", "id"=>"%d"}' % r.randint(1, 900000))
    else:
        L.t('  Parameters: {"authenticity_token"=>"[FILTERED]", "q"=>"%s", "page"=>"%d", "locale"=>"%s"}' % (enc(r.choice(['cardiología', 'Dr. Raman', 'urgent care near me', 'Zoë’s café'])), r.randint(1, 9), r.choice(['en', 'es', 'vi'])))
    return L


def f_proto(r, phi):
    L = Line('grpc_protobuf_text')
    now = tick(r)
    e = lambda s: c_like(s, octal=True, sq=True)
    L.t(ts_iso(now), ' DEBUG grpc.server method=/ehr.v1.PatientService/%s peer=%s:%d req={' % (r.choice(['Upsert', 'Match', 'Get']), priv_ip(r), r.randint(30000, 65000)))
    if phi:
        P = Person(r)
        L.t('patient { mrn: "').v(e(P.mrn), 'mrn').t('" name { given: "').v(e(P.first), 'name').t('" family: "').v(e(P.last), 'name').t('" }')
        L.t(' birth_date: "').v(P.dob_s('iso'), 'date').t('" age_years: ').v(str(P.age), P.age_cat())
        if r.random() < 0.35:
            kind, oid = make_other(r, P)
            L.t(' national_id { system: "%s" value: "' % kind).v(e(oid), 'other_id').t('" }')
        if r.random() < 0.5:
            L.t(' address { line: "').v(e(P.street), 'address').t('" city: "').v(e(P.city), 'address').t('" state: "%s" postal_code: "' % P.state).v(P.zip, 'zip').t('" }')
        if r.random() < 0.4:
            L.t(' coverage { member_id: "').v(e(P.hp()), 'health_plan').t('" payer: "%s" }' % e(r.choice(PAYERS)))
        if r.random() < 0.3:
            L.t(' implant { udi: "').v(e(make_udi(r, P.serial)), 'device').t('" kind: "%s" }' % r.choice(['pacemaker', 'ICD', 'cochlear', 'insulin pump']))
        L.t(' }')
    else:
        L.t('page_size: %d page_token: "%s" filter { department: "%s" updated_after { seconds: %d } }' % (r.randint(10, 500), b64(rbytes(r, 12)), e(r.choice(["Women's Health", 'Cardiología', '4 West'])), int(epoch_s(now)) - 86400))
    L.t('} dur=%.1fms' % r.uniform(0.2, 80))
    return L


def f_logfmt(r, phi):
    L = Line('go_logfmt_quoted')
    now = tick(r)
    asc = r.random() < 0.5
    q = lambda s: go_q(s, asc)
    L.t('time=%s level=%s msg=' % (now.strftime('%Y-%m-%dT%H:%M:%S.') + '%03d' % (now.microsecond // 1000) + 'Z', r.choice(['WARN', 'INFO', 'ERROR'])))
    if phi:
        P = Person(r)
        k = r.randrange(3)
        if k == 0:
            L.t('"address validation failed" patient_id=').v(P.mrn, 'mrn').t(' input="').v(q(P.street + (' "rear"' if r.random() < 0.4 else '')), 'address')
            L.t('" city="').v(q(P.city), 'address').t('" zip=').v(P.zip, 'zip').t(' err="usps: no match"')
        elif k == 1:
            L.t('"guarantor lookup" guarantor="').v(q(P.rel_first + ' ' + P.rel_last), 'name').t('" relation=%s account=' % P.relation).v(P.billing, 'account')
            L.t(' card_last4=%s' % P.card[-4:])
        else:
            L.t('"device registered" owner_mrn=').v(P.mrn, 'mrn').t(' imei=').v(P.imei, 'device').t(' mac=').v(P.mac, 'device').t(' model="%s"' % q(r.choice(['Omron BP7450', 'iHealth Track', 'Dexcom G7'])))
    else:
        L.t('"%s" component=%s attempt=%d backoff=%s err=%s' % (q(r.choice(['upstream timeout', 'cache miss – refetching', 'config reloaded'])), r.choice(['scheduler', 'eligibility', 'notifier']),
                                                                r.randint(1, 5), r.choice(['250ms', '1.5s', '4s']), '"' + q('dial tcp %s:5432: i/o timeout' % priv_ip(r)) + '"'))
    L.t(' trace_id=%s' % hexn(r, 32))
    return L


def f_ldap(r, phi):
    L = Line('openldap_slapd')
    now = tick(r)
    L.t(ts_sys(now), ' ldap01 slapd[%d]: conn=%d op=%d ' % (r.randint(500, 9000), r.randint(1000, 99999), r.randint(0, 20)))
    if phi:
        P = Person(r)
        k = r.randrange(3)
        if k == 0:
            L.t('ADD dn="cn=').v(ldap_dn('%s, %s' % (P.last, P.first)), 'name').t(',ou=patients,dc=portal,dc=mercyhealth,dc=org"')
        elif k == 1:
            L.t('SRCH base="ou=patients,dc=portal,dc=mercyhealth,dc=org" scope=2 deref=0 filter="(&(objectClass=inetOrgPerson)(mail=').v(P.email, 'email').t('))"')
        else:
            L.t('MOD dn="uid=').v(P.mrn, 'mrn').t(',ou=patients,dc=portal,dc=mercyhealth,dc=org" attr=telephoneNumber mobile val="').v(P.cell('intl'), 'phone').t('"')
    else:
        L.t(r.choice(['BIND dn="uid=svc_portal,ou=services,dc=portal,dc=mercyhealth,dc=org" method=128',
                      'SRCH base="ou=groups,dc=portal,dc=mercyhealth,dc=org" scope=1 deref=0 filter="(cn=nurses\\2c 4 west)"',
                      'RESULT tag=97 err=49 text=', 'UNBIND']))
    return L


def f_cdisp(r, phi):
    L = Line('upload_content_disposition')
    now = tick(r)
    L.t(ts_java(now), ' INFO  [upload-%d] accepted part name="file" ' % r.randint(1, 9))
    if phi:
        P = Person(r)
        doc = r.choice(['insurance card', 'photo ID', 'referral', 'lab results'])
        L.t('Content-Disposition: attachment; filename="').v(fold(P.first + '_' + P.last).replace(' ', '_'), 'name').t('_%s.pdf"; filename*=UTF-8\'\'' % doc.replace(' ', '_'))
        L.v(pct(P.full()), 'name').t(pct(' - %s' % doc) + '.pdf')
        if r.random() < 0.5:
            L.t(' patient=').v(P.mrn, 'mrn')
    else:
        fn = r.choice(['Formulary – 2025.pdf', 'Política de privacidad.pdf', 'Visitor policy (rev. 3).docx'])
        L.t('Content-Disposition: attachment; filename="%s"; filename*=UTF-8\'\'%s' % (fold(fn.replace('–', '-')), pct(fn)))
    L.t(' size=%d sha256=%s' % (r.randint(5000, 9000000), hexn(r, 64)))
    return L


JPEG_HDR = b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00'
PNG_HDR = b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR'


def f_photo(r, phi):
    L = Line('photo_base64_json')
    now = tick(r)
    L.t('{')
    jkv(L, 'ts', ts_iso(now), first=True)
    jkv(L, 'svc', r.choice(['patient-photo', 'kiosk-checkin', 'fhir-store']))
    if phi:
        P = Person(r)
        k = r.randrange(2)
        img = JPEG_HDR + rbytes(r, r.randint(240, 900))
        if k == 0:
            jkv(L, 'resourceType', 'Patient')
            jkv(L, 'id', P.mrn, 'mrn')
            L.t(',"photo":[{"contentType":"image/jpeg","data":"').v(b64(img), 'photo').t('"}]')
        else:
            jkv(L, 'event', 'avatar.upload')
            jkv(L, 'patient', P.full(), 'name')
            jkv(L, 'avatar', 'data:image/jpeg;base64,' + b64(img), 'photo')
    else:
        svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><path fill="#0a5" d="M32 4 L60 60 H4 Z"/></svg>'
        jkv(L, 'event', 'branding.update')
        jkv(L, 'org', r.choice(ORGS)[0])
        if r.random() < 0.5:
            jkv(L, 'logo', 'data:image/svg+xml;base64,' + b64(svg))
        else:
            jkv(L, 'icon', 'data:image/png;base64,' + b64(PNG_HDR + rbytes(r, 60)))
    jkv(L, 'bytes', r.randint(300, 90000))
    L.t('}')
    return L


def f_biometric(r, phi):
    L = Line('biometric_enroll')
    now = tick(r)
    L.t(ts_iso(now), ' idsvc[%d]: ' % r.randint(100, 9999))
    if phi:
        P = Person(r)
        k = r.randrange(3)
        if k == 0:
            tpl = b'FMR\x00 20\x00' + rbytes(r, r.randint(120, 400))
            L.t('enroll ok subject=').v(P.mrn, 'mrn').t(' finger=R_INDEX fmt=ISO19794-2:2005 quality=%d template=' % r.randint(40, 100)).v(b64(tpl), 'biometric')
        elif k == 1:
            L.t('voice-auth enroll patient_phone=').v(P.phone('e164'), 'phone').t(' voiceprint=').v(b64url(b'VPRT\x02' + rbytes(r, 180)), 'biometric')
        else:
            L.t('palm-vein checkin kiosk=intake-kiosk-07 mrn=').v(P.mrn, 'mrn').t(' template_hex=').v(hexs(b'PV01' + rbytes(r, 96)), 'biometric')
    else:
        L.t(r.choice(['sensor selftest ok model=U.are.U 4500 fw=%d.%d.%d serial_hash=%s' % (r.randint(1, 5), r.randint(0, 9), r.randint(0, 99), hexn(r, 40)),
                      'enroll aborted subject=<none> reason=quality_below_threshold(%d) template=<discarded>' % r.randint(5, 30),
                      'firmware image sha256=%s sig=%s' % (hexn(r, 64), b64(rbytes(r, 64)))]))
    return L


def f_php_json(r, phi):
    L = Line('php_json_slashes')
    now = tick(r)
    dom = org(r)[1]
    L.t('[%s] portal.INFO: notification queued ' % now.strftime('%Y-%m-%dT%H:%M:%S.%f+00:00'))
    L.t('{')
    jkv(L, 'channel', r.choice(['email', 'sms', 'push']), first=True)
    if phi:
        P = Person(r)
        k = r.randrange(3)
        if k == 0:
            jkv(L, 'link', 'https://portal.%s/patients/%s/statements?acct=%s' % (dom, P.mrn, P.billing), 'url', jstr_slash)
        elif k == 1:
            jkv(L, 'link', 'https://www.facebook.com/%s.%s.%d' % (alnum(P.first), alnum(P.last), r.randint(1, 99)), 'url', jstr_slash)
            jkv(L, 'source', 'social_profile')
        else:
            jkv(L, 'link', 'https://telehealth.%s/join/%s?pt=%s' % (dom, alnum_tok(r, 10), P.mrn), 'url', jstr_slash)
        jkv(L, 'recipient', P.full(), 'name', jstr_slash)
        if r.random() < 0.5:
            L.t(',"address":"').v(jstr_slash(P.street), 'address').t('\\n').v(jstr_slash(P.city), 'address').t(', %s ' % P.state).v(P.zip, 'zip').t('"')
    else:
        jkv(L, 'link', 'https://www.%s/locations/%s?utm_source=portal' % (dom, r.choice(['lakeside', 'north-campus', 'women-s-health'])), None, jstr_slash)
        jkv(L, 'template', 'clinic_closure_%s' % r.choice(['es', 'en', 'vi']), None, jstr_slash)
        jkv(L, 'audience', 'all_active/2025', None, jstr_slash)
    L.t('} []')
    return L


def f_idn(r, phi):
    L = Line('idn_email_delivery')
    now = tick(r)
    qid = alnum_tok(r, 10, '0123456789ABCDEF')
    if phi:
        P = Person(r)
        dom = r.choice(IDN_DOMAINS)
        local = P.email.split('@')[0]
        k = r.randrange(3)
        if k == 0:
            L.t(ts_sys(now), ' mx01 postfix/smtp[%d]: %s: to=<' % (r.randint(1000, 60000), qid)).v(local + '@' + idna(dom), 'email')
            L.t('>, orig_to=<').v(local + '@' + dom, 'email').t('>, relay=%s[%s]:25, delay=%.1f, dsn=2.0.0, status=sent (250 OK)' % (r.choice(['mx00.ionos.de', 'mx.yandex.net', 'mx1.ovh.net']), doc_ip(r), r.uniform(0.1, 9)))
        elif k == 1:
            L.t(ts_iso(now), ' user-svc INFO signup accepted email_ascii="').v(local + '@' + idna(dom), 'email').t('" display="').v(go_q(P.full()), 'name')
            L.t('" locale=%s ip=' % r.choice(['de-DE', 'es-AR', 'fr-FR', 'ru-RU', 'pl-PL'])).v(P.ip, 'ip')
        else:
            L.t(ts_iso(now), ' portal-api WARN invalid email rejected value="').v(jstr(local + '@' + dom), 'email').t('" reason="IDN not normalised" patient=').v(P.mrn, 'mrn')
    else:
        dom = r.choice(['krankenhaus-köln.de', 'clínica-sãopaulo.com.br', 'hôpital-montréal.ca'])
        L.t(ts_sys(now), ' mx01 postfix/smtp[%d]: %s: to=<%s@%s>, relay=mx.%s[%s]:25, delay=%.1f, dsn=2.0.0, status=sent (250 OK)' % (
            r.randint(1000, 60000), qid, r.choice(['info', 'referrals', 'abrechnung']), idna(dom), idna(dom), doc_ip(r), r.uniform(0.1, 9)))
    return L


def f_java_exc(r, phi):
    L = Line('json_java_stacktrace')
    now = tick(r)
    L.t('{')
    jkv(L, '@timestamp', ts_iso(now), first=True)
    jkv(L, 'level', 'ERROR')
    jkv(L, 'logger_name', 'com.mercy.adt.mapping.PidMapper')
    jkv(L, 'thread_name', 'pool-3-thread-%d' % r.randint(1, 16))
    L.t(',"message":"')
    if phi:
        P = Person(r)
        segs = [('Failed to map PID-7 "', None)]
        bad = P.dob_s(r.choice(['us', 'dmon', 'mon']))
        segs += [(bad, 'date'), ('" for patient "', None), ('%s^%s' % (P.last, P.first), 'name'), ('" (MRN ', None), (P.mrn, 'mrn'), (')', None)]
        L.segs(segs, jstr)
    else:
        L.t(jstr('Failed to map PV1-3 "4W^412^A^MERCY^^^^^" – unknown bed status "X"'))
    L.t('"')
    trace = 'java.lang.IllegalArgumentException: %s\n\tat com.mercy.adt.mapping.PidMapper.map(PidMapper.java:%d)\n\tat com.mercy.adt.Router.route(Router.java:%d)\n\tat java.base/java.lang.Thread.run(Thread.java:1583)\n' % (
        'invalid date' if phi else 'bed status', r.randint(100, 400), r.randint(40, 200))
    jkv(L, 'stack_trace', trace)
    jkv(L, 'app_version', '4.%d.%d' % (r.randint(0, 9), r.randint(0, 30)))
    L.t('}')
    return L


def f_rsyslog(r, phi):
    L = Line('rsyslog_ctl_escaped')
    now = tick(r)
    L.t(ts_sys(now), ' ifc01 mirth[%d]: channel=%s inbound msg=' % (r.randint(1000, 9999), r.choice(['ADT_IN', 'ORU_OUT', 'SIU_IN'])))
    if phi:
        P = Person(r)
        segs = hl7_pid(r, P, upper=r.random() < 0.5)
        # drop MSH/EVN to keep the line short, keep PID/PV1
        i = next(j for j, (t, _) in enumerate(segs) if t.startswith('PID|'))
        segs = segs[i:]
        L.segs(segs, rsys_esc)
    else:
        L.t(rsys_esc('MSH|^~\\&|LAB|QUEST|EPIC|MERCY|%s||ACK|%d|P|2.5.1\rMSA|AA|%d\r' % (now.strftime('%Y%m%d%H%M%S'), r.randint(1, 9999999), r.randint(1, 9999999))))
    return L


def f_es_slow(r, phi):
    L = Line('elasticsearch_slowlog')
    now = tick(r)
    L.t('[%s][WARN ][index.search.slowlog.query] [es-data-%d] [%s][%d] took[%.1fs], took_millis[%d], total_hits[%d hits], search_type[QUERY_THEN_FETCH], total_shards[5], source[' % (
        now.strftime('%Y-%m-%dT%H:%M:%S,') + '%03d' % (now.microsecond // 1000), r.randint(1, 6), 'patients' if phi else r.choice(['audit-2025.03', 'orders']), r.randrange(5), r.uniform(1, 9), r.randint(1000, 9000), r.randint(0, 3)))
    if phi:
        P = Person(r)
        L.t('{"query":{"bool":{"must":[{"match":{"name":{"query":"').v(jstr(P.full()), 'name').t('","operator":"AND"}}}')
        k = r.randrange(3)
        if k == 0:
            L.t(',{"term":{"birth_date":"').v(P.dob_s('iso'), 'date').t('"}}')
        elif k == 1:
            L.t(',{"term":{"mrn":"').v(jstr(P.mrn), 'mrn').t('"}}')
        else:
            L.t(',{"wildcard":{"address.city":"').v(jstr(P.city.lower()), 'address').t('*"}}')
        L.t(']}}}')
    else:
        L.t('{"size":0,"query":{"range":{"@timestamp":{"gte":"now-1d/d"}}},"aggs":{"by_user":{"terms":{"field":"user.keyword","size":%d}}}}' % r.choice([10, 50, 100]))
    L.t('], id[%s],' % uuid4(r))
    return L


def f_graphql(r, phi):
    L = Line('graphql_request_json')
    now = tick(r)
    L.t(ts_iso(now), ' api-gw DEBUG graphql op=')
    if phi:
        P = Person(r)
        k = r.randrange(3)
        if k == 2:
            L.t('VerifyIdentity body={"operationName":"VerifyIdentity","variables":{"input":{"dlNumber":"').v(jstr(P.dl), 'license')
            L.t('","dlState":"%s","dob":"' % P.state).v(P.dob_s('iso'), 'date').t('","mrn":"').v(jstr(P.mrn), 'mrn')
            L.t('"}},"query":"mutation VerifyIdentity($input: IdInput!) { verifyIdentity(input: $input) { matched score } }"}')
        elif k == 0:
            L.t('FindPatient body={"operationName":"FindPatient","variables":{"ssn":"').v(P.ssn, 'ssn').t('","last":"').v(jstr(P.last), 'name')
            L.t('"},"query":"query FindPatient($ssn: String!, $last: String!) { patient(ssn: $ssn, lastName: $last) { id mrn } }"}')
        else:
            L.t('UpdateContact body={"query":"mutation { updateContact(mrn: \\"').v(P.mrn, 'mrn').t('\\", email: \\"').v(P.email, 'email')
            L.t('\\", phone: \\"').v(jstr(P.cell('paren')), 'phone').t('\\") { ok } }"}')
    elif r.random() < 0.4:
        f, l, c = clin(r)
        L.t('ProviderDirectory body={"operationName":"ProviderDirectory","variables":{"npi":"%s"},"query":"query ProviderDirectory($npi: String!) { provider(npi: $npi) { name phone } }"} resp={"data":{"provider":{"name":"%s","phone":"%s"}}}' % (
            npi(r), jstr('%s %s, %s' % (f, l, c)), r.choice(ORG_PHONES)))
    else:
        L.t('ListSlots body={"operationName":"ListSlots","variables":{"clinicId":%d,"from":"%s","visitType":"NEW"},"query":"query ListSlots($clinicId: Int!, $from: Date!) { slots(clinicId: $clinicId, from: $from) { start provider { name } } }"}' % (
            r.randint(100, 999), (REF + datetime.timedelta(days=r.randint(1, 20))).isoformat()))
    L.t(' dur_ms=%d' % r.randint(3, 900))
    return L


def f_hl7esc(r, phi):
    L = Line('hl7_escape_sequences')
    now = tick(r)
    L.t(ts_java(now), ' INFO  [ORU_OUT] sending ')
    if phi:
        P = Person(r)
        L.t('PID|1||').v(hl7_esc(P.mrn), 'mrn').t('^^^MERCY^MR||').v(hl7_esc(P.last) + '^' + hl7_esc(P.first), 'name').t('||').v(P.dob_s('compact'), 'date')
        L.t('|%s|||' % P.sex).v(hl7_esc(P.street + ((' & ' + P.unit) if P.unit and r.random() < 0.5 else '')), 'address').t('^^').v(hl7_esc(P.city), 'address')
        L.t('^%s^' % P.state).v(P.zip, 'zip').t(' | NK1|1|').v(hl7_esc(P.rel_last) + '^' + hl7_esc(P.rel_first), 'name').t('|%s|||' % P.relation.upper()[:3])
        L.v(fmt_phone(P.rel_phone_d, 'parenns'), 'phone')
        if r.random() < 0.5:
            L.t(' | OBX|1|TX|DEVICE^Implant||').v(hl7_esc(make_udi(r, P.serial)), 'device')
    else:
        f, l, c = clin(r)
        L.t('OBR|1|ORD%d|%d|80053^CMP^L|||%s||||||||%s^%s^%s|||||||F | NTE|1||%s' % (r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 6, 10 ** 7), now.strftime('%Y%m%d%H%M'), npi(r), hl7_esc(l), hl7_esc(f),
                                                                        hl7_esc(r.choice(['Specimen hemolyzed & recollected', 'Ref range: 3.5^5.0 | see lab', 'Café-au-lait spots noted (dermatology)']))))
    return L


def f_mqtt(r, phi):
    L = Line('mqtt_device_broker')
    now = tick(r)
    L.t('%d: ' % int(epoch_s(now)))
    if phi:
        P = Person(r)
        k = r.randrange(3)
        if k == 0:
            L.t('New client connected from ').v(P.ip, 'ip').t(':%d as cgm-gw-' % r.randint(30000, 65000)).v(P.mac.replace(':', ''), 'device').t(' (p2, c1, k60, u\'patient-gw\').')
        elif k == 1:
            L.t("Received PUBLISH from pump-bridge-%d (d0, q1, r0, m%d, 'devices/" % (r.randint(1, 9), r.randint(1, 999))).v(P.serial, 'device').t("/egv', ... (%d bytes))" % r.randint(20, 90))
        else:
            payload = json.dumps({'sn': P.serial, 'imei': P.imei, 'sys': r.randint(95, 180), 'dia': r.randint(55, 110), 'hr': r.randint(50, 120)}, separators=(',', ':'))
            L.t("Received PUBLISH from bp-hub-%s (d0, q0, r0, m0, 'home/bp/reading', ... (%d bytes)) payload_hex=" % (hexn(r, 6), len(payload))).v(hexs(payload), 'device')
    else:
        L.t(r.choice(["Client ops-metrics-collector closed its connection.", "Saving in-memory database to /var/lib/mosquitto/mosquitto.db.",
                      "New client connected from %s:%d as ops-metrics-collector (p2, c1, k60, u'metrics')." % (priv_ip(r), r.randint(30000, 65000)),
                      "Received PUBLISH from fw-updater (d0, q1, r1, m4, 'fw/cgm-gw/latest', ... (%d bytes)) sha256=%s" % (r.randint(100, 900), hexn(r, 64))]))
    return L


def f_payment(r, phi):
    L = Line('payment_gateway_form')
    now = tick(r)
    L.t(ts_iso(now), ' billing-api DEBUG outbound POST https://api.stripe.com/v1/payment_methods body="')
    if phi:
        P = Person(r)
        k = r.randrange(2)
        if k == 0:
            L.t('type=card&card%5Bnumber%5D=').v(r.choice([P.card, pctp(group_card(P.card))]), 'account')
            L.t('&card%%5Bexp_month%%5D=%02d&card%%5Bexp_year%%5D=%d&card%%5Bcvc%%5D=***&billing_details%%5Bname%%5D=' % (r.randint(1, 12), r.randint(2025, 2030))).v(pctp(P.full()), 'name')
            L.t('&billing_details%5Baddress%5D%5Bpostal_code%5D=').v(P.zip, 'zip')
            if r.random() < 0.5:
                L.t('&billing_details%5Bemail%5D=').v(pctp(P.email), 'email')
            L.t('&metadata%5Bguarantor_account%5D=').v(pctp(P.billing), 'account')
        else:
            L.t('type=sepa_debit&sepa_debit%5Biban%5D=').v(P.iban, 'account').t('&billing_details%5Bname%5D=').v(pctp(P.full()), 'name')
            L.t('&billing_details%5Baddress%5D%5Bcity%5D=').v(pctp(P.city), 'address').t('&metadata%5Bmrn%5D=').v(pctp(P.mrn), 'mrn')
        L.t('"')
    else:
        L.t('payment_intent=pi_%s&amount=%d&currency=usd&metadata%%5Binvoice%%5D=INV-%d&metadata%%5Bclaim%%5D=CLM%d&statement_descriptor=%s"' % (
            alnum_tok(r, 24), r.randint(500, 90000), r.randint(100000, 999999), r.randint(10 ** 9, 10 ** 10), pctp('MERCY HEALTH – COPAY')))
    L.t(' idempotency_key=%s' % uuid4(r))
    return L


def f_aamva(r, phi):
    L = Line('aamva_pdf417_scan')
    now = tick(r)
    L.t(ts_java(now), ' INFO  [intake-kiosk-%02d] id-scan ' % r.randint(1, 12))
    if phi:
        P = Person(r)
        up = lambda s: fold(s).upper()
        segs = [('@\n\x1e\rANSI 636014090102DL00410288ZC03290034DLDAQ', None), (P.dl.replace('-', '').replace(' ', ''), 'license'),
                ('\nDCS', None), (up(P.last), 'name'), ('\nDAC', None), (up(P.first), 'name'), ('\nDBB', None), (P.dob_s('mdy8'), 'date'),
                ('\nDBA%02d%02d2029\nDBC%s\nDAY%s\nDAG' % (P.dob.month, P.dob.day, '2' if P.sex == 'F' else '1', r.choice(['BRO', 'BLU', 'HAZ', 'GRN'])), None),
                (up(P.street), 'address'), ('\nDAI', None), (up(P.city), 'address'), ('\nDAJ%s\nDAK' % P.state, None),
                (P.zip + P.zip4, 'zip'), ('  \nDCGUSA\r', None)]
        L.t('raw="').segs(segs, jstr).t('"')
    else:
        L.t(r.choice(['decode failed: PDF417 checksum error (ecc level 5) frame=%d' % r.randint(1, 900),
                      'raw="@\\n\\u001e\\rANSI 636014090102DL00410288ZC03290034DL" truncated=true reason=glare',
                      'scanner ready model=Honeywell Xenon 1950g fw=%s' % ('CBF-%d.%02d' % (r.randint(1, 9), r.randint(0, 99)))]))
    return L


def f_x12(r, phi):
    L = Line('x12_270_eligibility')
    now = tick(r)
    ctl = r.randint(1, 999999999)
    L.t(ts_java(now), ' DEBUG [edi-out] 270 -> %s: ' % r.choice(['NORTHWINDHP', 'AVAILITY', 'CHANGEHC']))
    L.t('ISA*00*          *00*          *ZZ*MERCYHLTH      *ZZ*NORTHWINDHP    *%s*%s*^*00501*%09d*0*P*:~GS*HS*MERCYHLTH*NORTHWINDHP*%s*%s*%d*X*005010X279A1~ST*270*0001*005010X279A1~' % (
        now.strftime('%y%m%d'), now.strftime('%H%M'), ctl, now.strftime('%Y%m%d'), now.strftime('%H%M'), r.randint(1, 99999)))
    if phi:
        P = Person(r)
        up = lambda s: fold(s).upper()
        L.t('NM1*PR*2*NORTHWIND HEALTH PLAN*****PI*NWHP1~NM1*1P*2*MERCY GENERAL HOSPITAL*****XX*%s~' % npi(r))
        L.t('NM1*IL*1*').v(up(P.last), 'name').t('*').v(up(P.first), 'name').t('****MI*').v(P.hp(), 'health_plan').t('~')
        if r.random() < 0.5:
            L.t('N3*').v(up(P.street), 'address').t('~N4*').v(up(P.city), 'address').t('*%s*' % P.state).v(P.zip + (P.zip4 if r.random() < 0.5 else ''), 'zip').t('~')
        L.t('DMG*D8*').v(P.dob_s('compact'), 'date').t('*%s~DTP*291*D8*' % P.sex).v(fmt_date(P.appt, 'compact'), 'date').t('~EQ*30~SE*%d*0001~' % r.randint(10, 16))
    elif r.random() < 0.5:
        L.t('NM1*PR*2*NORTHWIND HEALTH PLAN*****PI*NWHP1~TRN*1*%d*9%09d~SE*5*0001~GE*1*%d~IEA*1*%09d~' % (r.randint(10 ** 6, 10 ** 7), r.randint(0, 10 ** 9), r.randint(1, 9999), ctl))
    else:
        L.t('AK1*HS*%d*005010X279A1~AK2*270*0001*005010X279A1~IK5*A~AK9*A*1*1*1~SE*6*0001~' % r.randint(1, 99999))
    return L


def f_lpr(r, phi):
    L = Line('parking_lpr_validation')
    now = tick(r)
    L.t(ts_iso(now), ' lpr-gw INFO cam=%s ' % r.choice(['garage-B-entry-2', 'garage-A-exit-1', 'surface-lot-3', 'ed-dropoff-1']))
    if phi:
        P = Person(r)
        k = r.randrange(3)
        if k == 0:
            L.t('plate_read conf=%.2f req="GET /api/v1/validate?plate=' % r.uniform(0.8, 0.99)).v(pct(P.plate), 'vehicle')
            L.t('&state=%s&permit=DIALYSIS&holder_mrn=' % P.state).v(pct(P.mrn), 'mrn').t('" result=valid')
        elif k == 1:
            d = {'plate': P.plate, 'st': P.state, 'vin': P.vin, 'permit': 'ONC-INFUSION', 'exp': (REF + datetime.timedelta(days=r.randint(10, 90))).isoformat()}
            L.t('ticket issued id=T-%d qr=' % r.randint(100000, 999999)).v(b64url(json.dumps(d, separators=(',', ':'))), 'vehicle')
        else:
            L.t('permit lookup holder="').v(go_q(P.last + ', ' + P.first), 'name').t('" vehicle="')
            L.t(go_q('{"plate":"')).v(go_q(P.plate), 'vehicle').t(go_q('","vin":"')).v(go_q(P.vin), 'vehicle')
            L.t(go_q('","make":"%s"}' % r.choice(['Honda Civic', 'Ford F-150', 'Toyota Camry', 'Subaru Outback'])), '"')
    else:
        L.t(r.choice(['gate=open ticket=T-%d paid=true amount_cents=%d' % (r.randint(100000, 999999), r.choice([0, 500, 1200, 2000])),
                      'plate_read conf=%.2f result=no_read reason=glare' % r.uniform(0.1, 0.5),
                      'camera heartbeat fw=4.%d.%d uptime=%ds temp_c=%d' % (r.randint(0, 9), r.randint(0, 20), r.randint(100, 10 ** 6), r.randint(20, 60)),
                      'occupancy level=P%d free=%d/%d' % (r.randint(1, 5), r.randint(0, 200), 240)]))
    L.t(' trace=%s' % hexn(r, 16))
    return L


# ================================================================ driver
FAMILIES = [f_nginx, f_modsec, f_form_body, f_oauth, f_redirect, f_html, f_json_uall, f_pybytes, f_sftp,
            f_postfix_mime, f_mail_qp, f_kafka, f_pubsub, f_wire, f_cookie, f_hex, f_auditd, f_sudo,
            f_postgres, f_binlog, f_csv, f_cda, f_json_xml, f_k8s, f_fhir, f_dicom, f_winevt, f_sms,
            f_redis, f_strace, f_php_sess, f_yaml, f_rails, f_proto, f_logfmt, f_ldap, f_cdisp, f_photo,
            f_biometric, f_php_json, f_idn, f_java_exc, f_rsyslog, f_es_slow, f_graphql, f_hl7esc,
            f_mqtt, f_payment, f_aamva, f_x12, f_lpr]


def finish(L, phi):
    line = bytes(L.buf)
    assert b'\n' not in line and b'\r' not in line, (L.family, line[:200])
    assert len(line) + 1 <= 20000, (L.family, len(line))
    line.decode('utf-8')
    spans = sorted(L.spans, key=lambda x: x[0])
    prev = 0
    for s, e, cat, val in spans:
        assert line[s:e] == val, (L.family, s, e, val)
        assert s >= prev, ('overlap', L.family)
        prev = e
    if phi:
        assert spans, ('phi line without spans', L.family)
    else:
        assert not spans, ('clean line with spans', L.family, spans)
    return line, [{'s': s, 'e': e, 'cat': c} for s, e, c, _ in spans]


def main():
    r = random.Random(SEED)
    fams = []
    while len(fams) < N_LINES:
        block = FAMILIES[:]
        r.shuffle(block)
        fams += block
    fams = fams[:N_LINES]
    flags = [True] * (N_LINES - N_CLEAN) + [False] * N_CLEAN
    r.shuffle(flags)
    lines, labels = [], []
    for i, (fn, phi) in enumerate(zip(fams, flags), 1):
        L = fn(r, phi)
        line, spans = finish(L, phi)
        lines.append(line)
        labels.append({'line': i, 'family': L.family, 'spans': spans})
    with open(os.path.join(HERE, 'bi.log'), 'wb') as f:
        for line in lines:
            f.write(line + b'\n')
    with open(os.path.join(HERE, 'bi.labels.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + '\n')
    # re-read and verify what was written
    data = open(os.path.join(HERE, 'bi.log'), 'rb').read()
    got = data.split(b'\n')
    assert got[-1] == b'' and len(got) == N_LINES + 1
    for line, lab, orig in zip(got, labels, lines):
        assert line == orig
        for sp in lab['spans']:
            assert 0 <= sp['s'] < sp['e'] <= len(line)
    print('wrote %d lines, %d clean' % (len(lines), sum(1 for l in labels if not l['spans'])))


if __name__ == '__main__':
    main()
