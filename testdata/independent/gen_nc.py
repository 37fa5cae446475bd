#!/usr/bin/env python3
"""gen_nc.py - synthetic, labeled log corpus "nc" (county tuberculosis control program).

Writes nc.log (500 lines) and nc.labels.jsonl next to this script. Standard library only,
deterministic (fixed seed). Every person, number and address below is synthetic.

Systems imitated: vDOT (video directly observed therapy) backend in Node (pino JSON, winston
text + stack traces) and Python (Django logging, Celery workers, tracebacks), nginx access log,
PostgreSQL server log, QuantiFERON results as HL7 v2.5.1 ORU^R01 segments and CSV lab exports,
RVCT (CDC Report of Verified Case of TB) as XML and as fixed-key text, contact investigation
spreadsheets (CSV/TSV), chest x-ray modality worklist dumps (dcmtk findscu, Orthanc),
isoniazid/rifapentine (3HP) dispensing records, outreach worker field notes (English, Spanish,
Tagalog, Vietnamese), EDN class B immigrant follow-up notices, Mirth Connect server log,
PowerShell roster sync jobs (transcripts, Format-List, error records).

Labeling decisions:
- People labeled: TB patients and LTBI clients, people named as contacts in a contact
  investigation, class B arrivals, relatives / household members / emergency contacts.
  Not labeled: outreach workers, nurses, pharmacists, physicians, radiologists, reviewers and
  service accounts (their names, usernames, phones, emails), labs, clinics, resettlement
  agencies, employers, vendors, carriers' and Twilio's IPs.
- name: one span per written name, in whatever shape it is written ("Last, First",
  "LAST^FIRST^MIDDLE" as one span, initials, first name alone when it designates a labeled
  person, name embedded in a file name such as PHAM_MINH_TUAN). Honorifics and kinship words
  (Sra., Aling, ông, bà, Pt) stay outside the span.
- address: street line (with the unit when written in the same field) is one span; a unit in a
  separate field is its own span; city, county of residence, county FIPS code and residence
  lat/long are separate address spans. State names/codes are not labeled. Facility and business
  addresses are not labeled. zip: patient/relative ZIP codes (5 digits).
- date: every date tied to a person (birth, dose/observation, specimen collection/receipt,
  result, exposure, test, RVCT report/submission/therapy-start/count dates, US arrival incl.
  month-year, appointments, scheduled x-ray), in any written form including "3/6", "Mar 4" and
  epoch/"\\/Date(..)\\/" forms; a date with its time of day is one span. Not labeled: log line
  timestamps, HL7 MSH-7, transcript start times, job run times, lot expiry dates, build dates.
- age: only ages over 89; the span is the number (a DICOM AS "092Y" is labeled on "092").
- mrn: county EHR medical record number, as written (with or without the SJ prefix).
- other_id: HL7 PV1-19 visit numbers (encounter of one patient), vDOT patient ids (VD-nnnnn, and the bare number when the field is patient_id),
  patient app usernames, RVCT state and county case numbers (also linked cases), contact ids,
  EDN ids, USCIS A-numbers. Not labeled: internal row ids (dose_id, video_id, note id), HL7
  control ids, accession / placer / filler / Rx numbers, request, trace and job ids, hashes.
- health_plan: Medi-Cal CIN, Medicare MBI, insurance policy/member numbers.
- account: patient account numbers (HL7 PID-18, billing acct=), adherence-incentive card numbers.
- license: patient identity document numbers (driver licence, state ID, matricula consular,
  passport).
- device: identifiers of a patient's phone (IMEI, app install id, serial of a loaner phone).
- vehicle: licence plates and VINs of a patient's vehicle.
- url: a full URL that points at one person (social profile, signed URL of a dose video) is one
  url span, identifiers inside it are not labeled separately; in a bare request path only the
  embedded identifier is labeled.
- ip: public IP of a patient's app client; internal 10.x, ingress and staff/vendor IPs not.
- biometric: face-match embeddings/templates; photo: the base64 data of a selfie/ID image.
- phone/fax/email: only those of labeled people; clinic and staff contact data not labeled.
- biometric spans cover the whole logged vector/template as written (including a trailing
  "...]" of a truncated vector); photo spans stop before a "...(truncated" marker.
- Not labeled as look-alikes: dose counters ("7/12", "dose_no=6/12"), a 4-digit fragment of a
  ZIP in a validation error, NDC codes, lot numbers, NPI/CLIA numbers, build numbers.
"""
import json
import os
import random
import unicodedata
from datetime import date, datetime, timedelta

ID = 'nc'
N_LINES = 500
R = random.Random(19)


def blen(s):
    return len(s.encode('utf-8'))


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, *ss):
        for s in ss:
            s = str(s)
            self.buf.append(s)
            self.n += blen(s)
        return self

    def p(self, s, cat=None):
        s = str(s)
        if not cat:
            return self.t(s)
        assert s and s.strip() == s, repr(s)
        st = self.n
        self.t(s)
        self.spans.append((st, self.n, cat, s))
        return self

    def segs(self, seq, esc=None):
        for x in seq:
            if isinstance(x, tuple):
                v = esc(x[0]) if esc else x[0]
                self.p(v, x[1])
            else:
                self.t(esc(x) if esc else x)
        return self

    def pad(self, col):
        cur = len(self.text())
        self.t(' ' * max(1, col - cur))
        return self

    def text(self):
        return ''.join(self.buf)


class P:
    """A JSON / dict value that is a labeled span."""
    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


def jemit(ln, obj, ascii_=False, sep=(',', ':')):
    if isinstance(obj, dict):
        ln.t('{')
        for i, (k, v) in enumerate(obj.items()):
            if i:
                ln.t(sep[0])
            ln.t(json.dumps(k, ensure_ascii=ascii_), sep[1])
            jemit(ln, v, ascii_, sep)
        ln.t('}')
    elif isinstance(obj, list):
        ln.t('[')
        for i, v in enumerate(obj):
            if i:
                ln.t(sep[0])
            jemit(ln, v, ascii_, sep)
        ln.t(']')
    elif isinstance(obj, P):
        if isinstance(obj.v, str):
            enc = json.dumps(obj.v, ensure_ascii=ascii_)
            ln.t('"').p(enc[1:-1], obj.cat).t('"')
        else:
            ln.p(json.dumps(obj.v), obj.cat)
    else:
        ln.t(json.dumps(obj, ensure_ascii=ascii_))
    return ln


def pyemit(ln, obj):
    """Python repr() of dicts/lists/str/int with labeled values."""
    if isinstance(obj, dict):
        ln.t('{')
        for i, (k, v) in enumerate(obj.items()):
            if i:
                ln.t(', ')
            ln.t(repr(k), ': ')
            pyemit(ln, v)
        ln.t('}')
    elif isinstance(obj, list):
        ln.t('[')
        for i, v in enumerate(obj):
            if i:
                ln.t(', ')
            pyemit(ln, v)
        ln.t(']')
    elif isinstance(obj, P):
        if isinstance(obj.v, str):
            r = repr(obj.v)
            ln.t(r[0]).p(r[1:-1], obj.cat).t(r[-1])
        else:
            ln.p(repr(obj.v), obj.cat)
    else:
        ln.t(repr(obj))
    return ln


def fields(ln, items, sep='|'):
    """Delimited record: each item is str, (value, cat) or a list of str/(value, cat)."""
    for i, it in enumerate(items):
        if i:
            ln.t(sep)
        if isinstance(it, tuple):
            if it[0]:
                ln.p(it[0], it[1])
        elif isinstance(it, list):
            ln.segs(it)
        else:
            ln.t(it)
    return ln


# ----------------------------------------------------------------------------- clock
class Clock:
    t = datetime(2024, 3, 4, 16, 41, 7, 431000)  # UTC (08:41 local)


def tick(lo=0.05, hi=14.0):
    Clock.t += timedelta(microseconds=int(R.uniform(lo, hi) * 1e6))
    return Clock.t


def loc(t):
    return t - timedelta(hours=8)


def ms(t):
    return '%03d' % (t.microsecond // 1000)


def ts_iso(t):
    return t.strftime('%Y-%m-%dT%H:%M:%S.') + ms(t) + 'Z'


def ts_py(t):
    return loc(t).strftime('%Y-%m-%d %H:%M:%S,') + ms(t)


def epoch_ms(t):
    return int((t - datetime(1970, 1, 1)).total_seconds() * 1000)


def today():
    return loc(Clock.t).date()


def recent(lo=0, hi=6):
    return today() - timedelta(days=R.randint(lo, hi))


def soon(lo=1, hi=12):
    return today() + timedelta(days=R.randint(lo, hi))


# ----------------------------------------------------------------------------- helpers
def hexs(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def uuid4():
    h = hexs(32)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], R.choice('89ab'), h[17:20], h[20:])


def digits(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def luhn_check(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def imei():
    p = R.choice(['35332211', '35891709', '86753104', '35420911', '35904812']) + digits(6)
    return p + luhn_check(p)


def card():
    p = R.choice(['603507', '450623', '531260']) + digits(9)
    return p + luhn_check(p)


def mbi():
    L = 'ACDEFGHJKMNPQRTUVWXY'
    A = L + '0123456789'
    s = (str(R.randint(1, 9)) + R.choice(L) + R.choice(A) + str(R.randint(0, 9)) + R.choice(L)
         + R.choice(A) + str(R.randint(0, 9)) + R.choice(L) + R.choice(L) + digits(2))
    return s


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return '%03d-%02d-%04d' % (a, R.randint(1, 99), R.randint(1, 9999))


def pub_ip():
    first = R.choice([73, 76, 98, 99, 107, 108, 172, 174, 24, 67, 71, 162])
    if first == 172:
        return '172.%d.%d.%d' % (R.choice([56, 58, 59]), R.randint(0, 255), R.randint(1, 254))
    return '%d.%d.%d.%d' % (first, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def int_ip():
    return '10.42.%d.%d' % (R.randint(0, 9), R.randint(2, 250))


def plate():
    return R.choice(['%d%s%03d' % (R.randint(5, 9), ''.join(R.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3)), R.randint(0, 999)),
                     '%d%s%03d' % (R.randint(5, 9), ''.join(R.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3)), R.randint(0, 999))])


def vin():
    chars = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
    return R.choice(['1FD', '1GC', '2HG', '3VW', '5TD', '1FT']) + ''.join(R.choice(chars) for _ in range(6)) + R.choice('0123456789X') + R.choice('ABCDEFGHJ') + R.choice('CDFLMPRS') + digits(6)


def b64(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(R.choice(a) for _ in range(n))


def jpeg_b64(n=160):
    return '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/' + b64(n)


def embedding(k=8):
    return '[' + ', '.join('%.4f' % R.uniform(-0.35, 0.35) for _ in range(k)) + ', ...]'


MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
MONL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
        'October', 'November', 'December']


def fdate(d, st=None):
    st = st or R.choice(['iso', 'us', 'usn', 'us2', 'hl7', 'dmon', 'DMON', 'long', 'eu'])
    if st == 'iso':
        return d.isoformat()
    if st == 'us':
        return '%02d/%02d/%04d' % (d.month, d.day, d.year)
    if st == 'usn':
        return '%d/%d/%d' % (d.month, d.day, d.year)
    if st == 'us2':
        return '%d/%d/%02d' % (d.month, d.day, d.year % 100)
    if st == 'hl7':
        return d.strftime('%Y%m%d')
    if st == 'dmon':
        return '%02d-%s-%d' % (d.day, MON[d.month - 1], d.year)
    if st == 'DMON':
        return ('%02d-%s-%d' % (d.day, MON[d.month - 1], d.year)).upper()
    if st == 'long':
        return '%s %d, %d' % (MONL[d.month - 1], d.day, d.year)
    if st == 'eu':
        return '%02d.%02d.%d' % (d.day, d.month, d.year)
    if st == 'dmy':
        return '%02d/%02d/%d' % (d.day, d.month, d.year)
    if st == 'md':
        return '%d/%d' % (d.month, d.day)
    if st == 'dm':
        return '%02d/%02d' % (d.day, d.month)
    if st == 'mon_d':
        return '%s %d' % (MON[d.month - 1], d.day)
    if st == 'ym':
        return '%04d-%02d' % (d.year, d.month)
    if st == 'psdt':
        return '%d/%d/%d 12:00:00 AM' % (d.month, d.day, d.year)
    raise ValueError(st)


def fph(d, st=None):
    st = st or R.choice(['paren', 'dash', 'plain', 'e164', 'dot', 'sp', 'paren_nosp', 'intl_sp'])
    a, b, c = d[:3], d[3:6], d[6:]
    return {'paren': '(%s) %s-%s' % (a, b, c), 'paren_nosp': '(%s)%s-%s' % (a, b, c),
            'dash': '%s-%s-%s' % (a, b, c), 'plain': d, 'e164': '+1' + d,
            'dot': '%s.%s.%s' % (a, b, c), 'sp': '%s %s %s' % (a, b, c),
            'intl_sp': '+1 %s %s %s' % (a, b, c)}[st]


def phone10():
    return R.choice(['209'] * 7 + ['916', '510', '408', '559', '925']) + str(R.randint(200, 989)) + digits(4)


def fold(s):
    s = s.replace('Đ', 'D').replace('đ', 'd')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


STREETS = ['W Alpine Ave', 'E Harding Way', 'N El Dorado St', 'S Airport Way', 'Pacific Ave',
           'E Hammer Ln', 'W March Ln', 'N Wilson Way', 'E Main St', 'S Center St', 'W Charter Way',
           'Mariposa Rd', 'W Kettleman Ln', 'S Cherokee Ln', 'W Lockeford St', 'N Union Rd',
           'E Yosemite Ave', 'W 11th St', 'E Grant Line Rd', 'Tidewater Dr', 'Calle Linda Vista',
           'Rosemarie Ln', 'Cortez Ave', 'E Sonora St', 'Quail Lakes Dr', 'Del Rio Dr']
CITIES = [('Stockton', ['95202', '95203', '95204', '95205', '95206', '95207', '95210', '95215']),
          ('Stockton', ['95206', '95205', '95207']),
          ('Lodi', ['95240', '95242']), ('Manteca', ['95336', '95337']),
          ('Tracy', ['95376', '95377']), ('Lathrop', ['95330']), ('Ripon', ['95366']),
          ('Escalon', ['95320']), ('French Camp', ['95231'])]
APTS = ['', '', '', 'Apt 3', 'Apt 12B', '#7', 'Unit C', 'Spc 41', 'Rm 208', 'Apt 104']


class Person:
    def __init__(self, giv, mid, fam, origin, sex, byear=None):
        self.giv, self.mid, self.fam, self.origin, self.sex = giv, mid, fam, origin, sex
        y = byear or R.randint(1944, 2013)
        self.dob = date(y, R.randint(1, 12), R.randint(1, 28))
        self.mrn = '%08d' % R.randint(120000, 4999999)
        self.vid = R.randint(10000, 39999)
        self.phone = phone10()
        self.street = '%d %s' % (R.choice([R.randint(100, 9999), R.randint(10, 999)]), R.choice(STREETS))
        self.apt = R.choice(APTS)
        c = R.choice(CITIES)
        self.city, self.zip = c[0], R.choice(c[1])
        self.ip = pub_ip()
        self.ssn = ssn()
        self.case = '24CA%07d' % R.randint(1000, 99999)
        self.ccase = 'SJ-24-%04d' % R.randint(20, 400)
        self.anum = 'A%09d' % R.randint(200000000, 249999999)
        self.dl = R.choice('ABCDEFGY') + digits(7)
        self.imei = imei()
        self.install = uuid4().upper()
        self.acct = R.choice(['V', 'H', '']) + digits(9)
        self.card = card()
        self.cin = digits(8) + R.choice('ABCDEFGHJ')
        self.mbi = mbi()
        f = fold(giv.split()[0]).lower().replace("'", '')
        l = fold(fam.split()[-1]).lower().replace("'", '').replace('-', '')
        self.user = R.choice(['%s.%s%02d' % (f, l, self.dob.year % 100), '%s%s' % (f, l[0]),
                              '%s_%s' % (l, f[:3]), '%s%d' % (f, R.randint(1, 999))])
        self.email = R.choice(['%s.%s%d@gmail.com' % (f, l, R.randint(1, 99)),
                               '%s%s@yahoo.com' % (f[0], l), '%s_%s@hotmail.com' % (l, f),
                               '%s.%s@icloud.com' % (f, l), '%s%d@outlook.com' % (l, self.dob.year)])

    def age(self, ref=date(2024, 3, 4)):
        a = ref.year - self.dob.year
        if (ref.month, ref.day) < (self.dob.month, self.dob.day):
            a -= 1
        return a

    def first(self):
        return (self.mid + ' ' + self.giv).strip() if self.origin == 'vi' and self.mid else self.giv

    def nm(self, st=None):
        st = st or R.choice(['fl', 'lf', 'LF', 'fml', 'init', 'lower', 'native', 'fold'])
        g, m, f = self.giv, self.mid, self.fam
        if self.origin == 'vi':
            g, m = (m + ' ' + g).strip(), ''
        if st == 'fl':
            return '%s %s' % (g, f)
        if st == 'fml':
            return ('%s %s %s' % (g, m, f)) if m else '%s %s' % (g, f)
        if st == 'lf':
            return '%s, %s' % (f, g)
        if st == 'LF':
            return ('%s, %s' % (f, g)).upper()
        if st == 'LFa':
            return fold('%s, %s' % (f, g)).upper()
        if st == 'lfm':
            return ('%s, %s %s' % (f, g, m[0] + '.')) if m else '%s, %s' % (f, g)
        if st == 'init':
            return '%s. %s' % (g[0], f)
        if st == 'lower':
            return ('%s %s' % (g, f)).lower()
        if st == 'native':
            return '%s %s' % (f, g) if self.origin == 'vi' else '%s %s' % (g, f)
        if st == 'fold':
            return fold('%s %s' % (g, f))
        if st == 'hl7':
            return fold('%s^%s^%s' % (f, g, m)).upper().rstrip('^')
        if st == 'hl7u':
            return ('%s^%s^%s' % (f, g, m)).upper().rstrip('^')
        if st == 'first':
            return g
        if st == 'file':
            return fold('%s_%s' % (f, g)).upper().replace(' ', '_').replace('-', '_')
        raise ValueError(st)


SRC = [
    ('María José', '', 'Hernández Ruiz', 'es', 'F'), ('Guadalupe', '', 'Ortiz Saldaña', 'es', 'F'),
    ('Jesús Alberto', '', 'Ramírez', 'es', 'M'), ('Xóchitl', '', 'Coronado', 'es', 'F'),
    ('Juan Carlos', '', 'de la Rosa', 'es', 'M'), ('Rosalinda', '', 'Villaseñor', 'es', 'F'),
    ('Efraín', '', 'Quintanilla-Mora', 'es', 'M'), ('Maricel', 'Reyes', 'Bautista', 'tl', 'F'),
    ('Rodrigo', 'Santos', 'Dela Cruz', 'tl', 'M'), ('Jocelyn', 'Mae', 'Villanueva', 'tl', 'F'),
    ('Bayani', '', 'Macaraeg', 'tl', 'M'), ('Marilou', 'Aquino', 'de los Santos', 'tl', 'F'),
    ('Ernesto', 'Lim', 'Pangilinan', 'tl', 'M'), ('Lan', 'Thị', 'Nguyễn', 'vi', 'F'),
    ('Tuấn', 'Minh', 'Phạm', 'vi', 'M'), ('Anh', 'Ngọc', 'Lê', 'vi', 'F'),
    ('Đức', 'Minh', 'Võ', 'vi', 'M'), ('Mai', 'Thị', 'Huỳnh', 'vi', 'F'),
    ('Fadumo', '', 'Abdi Warsame', 'so', 'F'), ('Abdirahman', '', 'Mohamed', 'so', 'M'),
    ('Tigist', '', 'Tesfaye', 'am', 'F'), ('Gurpreet', '', 'Kaur', 'pa', 'F'),
    ('Harjinder', '', 'Singh Sandhu', 'pa', 'M'), ('Mei-Ling', '', 'Chou', 'zh', 'F'),
    ('Wei', '', 'Zhang', 'zh', 'M'), ('Aye Aye', '', 'Myint', 'my', 'F'),
    ('Oksana', '', 'Kovalenko', 'uk', 'F'), ('Jean-Robert', '', 'St. Fleur', 'ht', 'M'),
    ('Kalani', '', "O'Connor-Kealoha", 'en', 'F'), ('Pieter', '', 'van der Berg', 'nl', 'M'),
    ('Amina', '', 'Haidari', 'fa', 'F'), ('Chinedu', '', 'Okonkwo', 'ig', 'M'),
    ('Bwijtak', '', 'Kabua', 'mh', 'M'), ('Dale', 'Wayne', 'McAllister', 'en', 'M'),
    ('Sione', '', 'Fifita', 'to', 'M'), ('Nasrin', '', 'Rahimi', 'fa', 'F'),
    ('Hmwe', '', 'Paw', 'my', 'F'), ('José Luis', '', 'Ávila-Ybarra', 'es', 'M'),
]
ELDER = [('Ligaya', '', 'Manalo', 'tl', 'F', 1931), ('Hùng', 'Văn', 'Trần', 'vi', 'M', 1933),
         ('Shirley', 'Ann', 'Pruitt', 'en', 'F', 1929), ('Socorro', '', 'Galván', 'es', 'F', 1932)]
PTS = [Person(*s) for s in SRC]
OLD = [Person(*s) for s in ELDER]
PTS_ALL = PTS + OLD

REL_GIVEN = {'es': [('Xóchitl', 'F'), ('Lupita', 'F'), ('Héctor', 'M'), ('Ana Sofía', 'F'), ('Tomás', 'M'), ('Yesenia', 'F')],
             'tl': [('Ana Liza', 'F'), ('Jun-Jun', 'M'), ('Rowena', 'F'), ('Paolo', 'M'), ('Divina', 'F'), ('Carlo', 'M')],
             'vi': [('Khoa', 'M', 'Minh'), ('Hương', 'F', 'Thị'), ('Bảo', 'M', 'Quốc'), ('Vy', 'F', 'Thảo')],
             'so': [('Hodan', 'F'), ('Yusuf', 'M'), ('Ayaan', 'F'), ('Abdullahi', 'M')],
             'pa': [('Simran', 'F'), ('Manpreet', 'M'), ('Jaswinder', 'F'), ('Arjun', 'M')],
             'ht': [('Wideline', 'F'), ('Jean-Marc', 'M'), ('Roseline', 'F'), ('Ti-Pierre', 'M')],
             'en': [('Brenda', 'F'), ('Travis', 'M'), ('Kayla', 'F'), ('Cody', 'M')],
             'other': [('Noor', 'F'), ('Dawit', 'M'), ('Lily', 'F'), ('Kofi', 'M'), ('Mariam', 'F'), ('Tevita', 'M'), ('Ali', 'M'), ('Eden', 'F')]}
OTHER_FAM = ['Espinoza', 'Tran', 'Castillo', 'Ahmed', 'Ng', 'Sandoval', 'Baker', 'Ocampo',
             'Gill', 'Hussein', 'Duarte', 'Lopez-Pineda', 'Reyes', 'Nakamura']


def relative(pt, same=True, sex=None, exclude=()):
    key = pt.origin if (pt.origin in REL_GIVEN and same) else 'other'
    pool = [r for r in REL_GIVEN[key] if (sex is None or r[1] == sex) and r[0] not in exclude]
    if not pool:
        pool = [r for r in REL_GIVEN['other'] if (sex is None or r[1] == sex) and r[0] not in exclude]
    r = R.choice(pool)
    mid = r[2] if len(r) > 2 else ''
    fam = pt.fam if same else R.choice(OTHER_FAM)
    q = Person(r[0], mid, fam, pt.origin if pt.origin == 'vi' else 'x', r[1])
    q.street, q.apt, q.city, q.zip = pt.street, pt.apt, pt.city, pt.zip
    return q


def pick():
    return R.choice(PTS)


def lang_of(pt):
    return {'es': 'es', 'tl': 'tl', 'vi': 'vi', 'so': 'so', 'zh': 'zh', 'pa': 'pa', 'fa': 'fa', 'mh': 'mh', 'my': 'my', 'uk': 'uk', 'ht': 'ht', 'am': 'am', 'to': 'to'}.get(pt.origin, 'en')


def pick_any():
    return R.choice(PTS_ALL)


WORKERS = [('Rosa', 'Tolentino', 'rtolentino'), ('Marco', 'Aguilar', 'maguilar'),
           ('Thuy', 'Dang', 'tdang'), ('Joel', 'Sison', 'jsison'), ('Hoa', 'Lâm', 'hlam'),
           ('Fartun', 'Yusuf', 'fyusuf')]
DOCS = [('WHITFIELD', 'SARAH', '1417935628'), ('PATEL', 'ANIL', '1063529917'),
        ('OKAFOR', 'NGOZI', '1780664251')]
PODS = ['vdot-api-6d9f7b8c4-q2wzl', 'vdot-api-6d9f7b8c4-x8m4p', 'vdot-worker-7c5d9-kk2rt']
UAS = ['vDOT/3.4.1 (Android 13; SM-A135U)', 'vDOT/3.4.1 (iPhone; iOS 17.3.1)',
       'vDOT/3.3.9 (Android 12; moto g pure)', 'vDOT/3.4.0 (Android 14; Pixel 6a)',
       'okhttp/4.12.0']
CLINIC_PHONE = '(209) 468-3822'


# ============================================================================ generators
# each returns a list of Line

# ---------------- Node: pino JSON
def pino_base(level=30):
    t = tick()
    return {'level': level, 'time': epoch_ms(t), 'pid': R.choice([27, 28, 31]),
            'hostname': R.choice(PODS)}


def g_pino_noise():
    ln = Line('pino-json')
    o = pino_base()
    k = R.randint(0, 6)
    if k == 5:
        o.update({'reqId': 'req-' + hexs(6), 'req': {'method': 'POST', 'url': '/api/v2/auth/refresh', 'remoteAddress': '::ffff:' + int_ip()},
                  'res': {'statusCode': 401}, 'err': {'type': 'TokenExpiredError', 'message': 'jwt expired', 'expiredAt': '2024-03-04T%02d:%02d:00.000Z' % (R.randint(0, 9), R.randint(0, 59))},
                  'msg': 'request errored'})
    elif k == 6:
        o.update({'memory': {'rss': R.randint(150, 400) * 1048576, 'heapUsed': R.randint(60, 200) * 1048576}, 'eventLoopLagMs': round(R.uniform(0.5, 40), 2), 'msg': 'process stats'})
    elif k == 0:
        o.update({'req': {'id': R.randint(1000, 99999), 'method': 'GET',
                          'url': R.choice(['/healthz', '/readyz', '/metrics']),
                          'remoteAddress': '::ffff:' + int_ip(), 'remotePort': R.randint(30000, 65000)},
                  'res': {'statusCode': 200}, 'responseTime': round(R.uniform(0.4, 6), 3),
                  'msg': 'request completed'})
    elif k == 1:
        o.update({'queue': R.choice(['transcode', 'reminders', 'thumbnails']), 'jobId': str(R.randint(10000, 99999)),
                  'attemptsMade': 1, 'durationMs': R.randint(300, 9000), 'msg': 'job completed'})
    elif k == 2:
        o['level'] = 40
        o.update({'model': 'Dose', 'action': 'findMany', 'durationMs': R.randint(500, 2500),
                  'msg': 'prisma: slow query', 'query': 'SELECT "public"."Dose"."id" FROM "public"."Dose" WHERE "public"."Dose"."status" = $1 LIMIT $2'})
    elif k == 3:
        o.update({'bucket': 'sjc-vdot-media', 'key': 'v/%s/%s.mp4' % (today().strftime('%Y/%m/%d'), hexs(16)),
                  'etag': hexs(32), 'parts': R.randint(1, 6), 'msg': 's3 multipart upload complete'})
    else:
        o['level'] = 40
        o.update({'route': '/api/v2/auth/otp', 'limit': 5, 'windowMs': 900000, 'traceId': hexs(32),
                  'spanId': hexs(16), 'msg': 'rate limit exceeded'})
    return [jemit(ln, o)]


def g_pino_phi():
    ln = Line('pino-json')
    pt = pick()
    o = pino_base()
    k = R.randint(0, 4)
    if k == 4:
        o.update({'patientId': P('VD-%d' % pt.vid, 'other_id'), 'provider': 'rekognition-compat',
                  'similarity': round(R.uniform(81, 99.5), 2), 'faceTemplate': P(b64(R.randint(48, 88)) + '==', 'biometric'),
                  'msg': 'face match against enrollment selfie'})
    elif k == 0:
        o.update({'reqId': 'req-' + hexs(6),
                  'req': {'method': 'POST', 'url': '/api/v2/doses', 'remoteAddress': '::ffff:' + int_ip(),
                          'headers': {'x-forwarded-for': P(pt.ip, 'ip'), 'user-agent': R.choice(UAS)}},
                  'patientId': P('VD-%d' % pt.vid, 'other_id'), 'doseDate': P(recent(0, 1).isoformat(), 'date'),
                  'regimen': R.choice(['3HP', '4R', 'RIPE', '3HR']), 'videoSec': R.randint(18, 95),
                  'bytes': R.randint(900000, 9000000), 'msg': R.choice(['dose video accepted', 'late dose video accepted (outside window)'])})
    elif k == 1:
        o.update({'reqId': 'req-' + hexs(6), 'username': P(pt.user, 'other_id'),
                  'patientId': P('VD-%d' % pt.vid, 'other_id'), 'mfa': 'sms',
                  'ip': P(pt.ip, 'ip'), 'msg': 'patient login ok'})
    elif k == 2:
        mo = R.choice([('SM-A135U', 'Android 13'), ('iPhone12,8', 'iOS 17.3.1'), ('moto g pure', 'Android 12'), ('Pixel 6a', 'Android 14')])
        o.update({'patientId': P('VD-%d' % pt.vid, 'other_id'),
                  'device': {'installId': P(pt.install, 'device'), 'model': mo[0],
                             'os': mo[1], 'appVersion': '3.4.1'},
                  'msg': 'device registered'})
    else:
        o['level'] = 40
        o.update({'patientId': P('VD-%d' % pt.vid, 'other_id'), 'scheduled': P(soon(0, 0).isoformat() + 'T07:00:00-08:00', 'date'),
                  'reason': 'no upload within window', 'msg': 'dose window missed'})
    return [jemit(ln, o)]


# ---------------- Node: winston text + stack traces
def wpre(level, svc='vdot-api'):
    return '%s [%s] %s: ' % (ts_iso(tick()), svc, level)


def g_winston_noise():
    ln = Line('winston')
    k = R.randint(0, 13)
    if k >= 7:
        tpl = R.choice(WINSTON_EXTRA)
        ln.t(wpre(tpl[0], tpl[1]), tpl[2]())
        return [ln]
    if k == 0 and R.random() < 0.5:
        k = 1
    if k == 0:
        ln.t(wpre('info'), 'Server listening on :3000 (NODE_ENV=production, build 3.4.1+b%d, commit %s)' % (R.randint(1700, 1900), hexs(7)))
    elif k == 1:
        ln.t(wpre('info'), 'Connected to Redis redis://vdot-redis-master.vdot.svc.cluster.local:6379/2')
    elif k == 2:
        ln.t(wpre('info', 'vdot-worker'), 'transcode queue stats waiting=%d active=%d completed=%d failed=%d delayed=0' % (R.randint(0, 9), R.randint(0, 4), R.randint(18000, 19000), R.randint(3, 12)))
    elif k == 3:
        ln.t(wpre('warn'), 'JWKS cache miss kid=2024-03-a; refetching https://login.sjcphs.org/.well-known/jwks.json')
    elif k == 4:
        ln.t(wpre('info', 'vdot-worker'), 'S3 PutObject ok Bucket=sjc-vdot-media Key=thumb/%s.jpg ETag="%s" %dms' % (hexs(16), hexs(32), R.randint(40, 900)))
    elif k == 5:
        ln.t(wpre('info', 'vdot-scheduler'), 'reminder batch 07:00 America/Los_Angeles queued=%d skipped=%d (opted out) failed=0' % (R.randint(30, 60), R.randint(0, 5)))
    else:
        ln.t(wpre('warn'), 'Twilio webhook signature mismatch from 54.172.60.%d; ignoring (X-Twilio-Signature=%s=)' % (R.randint(1, 254), b64(27)))
    return [ln]


WINSTON_EXTRA = [
    ('info', 'vdot-api', lambda: 'twilio status callback MessageSid=SM%s MessageStatus=%s ErrorCode=%s' % (hexs(32), R.choice(['delivered', 'sent', 'undelivered']), R.choice(['', '30003', '30005']))),
    ('info', 'vdot-api', lambda: 'GET /api/v2/config/app 200 %d - %.3f ms (minVersion=3.3.0 latest=3.4.1)' % (R.randint(300, 900), R.uniform(1, 20))),
    ('warn', 'vdot-worker', lambda: 'ffmpeg stderr: [mov,mp4,m4a,3gp,3g2,mj2 @ 0x%s] stream 1, timescale not set' % hexs(12)),
    ('info', 'vdot-worker', lambda: 'job %s transcode done in %dms out=720p bitrate=%dk traceId=%s' % (R.randint(10000, 99999), R.randint(900, 9000), R.randint(500, 1200), hexs(32))),
    ('error', 'vdot-api', lambda: 'SequelizeConnectionAcquireTimeoutError: Operation timeout (pool max=20, acquire=60000ms)'),
    ('info', 'vdot-api', lambda: 'on-call escalation contact loaded: TB nurse line %s, tbcontrol@sjcphs.org (Thuy Dang, PHN)' % CLINIC_PHONE),
    ('debug', 'vdot-api', lambda: 'cache hit schedule:%s ttl=%ds' % (hexs(12), R.randint(10, 300))),
    ('info', 'vdot-scheduler', lambda: 'cron "*/15 * * * *" tick: %d reminders due, %d already sent, next run in 900000ms' % (R.randint(0, 20), R.randint(0, 10))),
    ('warn', 'vdot-api', lambda: 'deprecated client vDOT/3.2.%d detected; prompting upgrade' % R.randint(0, 9)),
]


def g_winston_stack():
    out = []
    ip = int_ip()
    ln = Line('winston').t(wpre('error', 'vdot-worker'), 'Redis connection lost: connect ECONNREFUSED %s:6379' % ip)
    out.append(ln)
    out.append(Line('winston').t('Error: connect ECONNREFUSED %s:6379' % ip))
    out.append(Line('winston').t('    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)'))
    if R.random() < 0.6:
        out.append(Line('winston').t('    at Socket.emit (node:events:517:28) {'))
        out.append(Line('winston').t("  errno: -111, code: 'ECONNREFUSED', syscall: 'connect', address: '%s', port: 6379" % ip))
        out.append(Line('winston').t('}'))
    return out


def g_winston_phi():
    pt = pick()
    k = R.randint(0, 7)
    ln = Line('winston')
    if k == 0:
        ln.t(wpre('info', 'vdot-scheduler'), '[reminders] SMS queued to ').p(fph(pt.phone, 'e164'), 'phone').t(' for ')
        ln.p(pt.nm(R.choice(['fl', 'fold', 'lf'])), 'name').t(' (').p('VD-%d' % pt.vid, 'other_id')
        ln.t(') lang=%s window=07:00-10:00 sid=SM%s' % (lang_of(pt), hexs(32)))
    elif k == 1:
        ln.t(wpre('info'), 'enrollment.created ')
        jemit(ln, {'patientId': P('VD-%d' % pt.vid, 'other_id'), 'firstName': P(pt.first(), 'name'),
                   'lastName': P(pt.fam, 'name'), 'dob': P(pt.dob.isoformat(), 'date'),
                   'mobile': P(fph(pt.phone, 'e164'), 'phone'), 'preferredLanguage': lang_of(pt), 'email': P(pt.email, 'email'),
                   'idDoc': {'type': R.choice(['CA_DL', 'CA_ID']), 'number': P(pt.dl, 'license')},
                   'installId': P(pt.install, 'device'), 'enrolledBy': R.choice(WORKERS)[2]})
    elif k == 2:
        ln.t(wpre('info'), 'loaner device assigned imei=').p(pt.imei, 'imei' and 'device')
        ln.t(' serial=').p('R58' + ''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(8)), 'device')
        ln.t(' patient=').p('VD-%d' % pt.vid, 'other_id').t(' assignedBy=%s' % R.choice(WORKERS)[2])
    elif k == 3:
        ln.t(wpre('error', 'vdot-scheduler'), '[reminders] Twilio error 21610 (Attempt to send to unsubscribed recipient) to=')
        ln.p(fph(pt.phone, 'e164'), 'phone').t(' patientId=').p('VD-%d' % pt.vid, 'other_id')
    elif k == 4:
        ln.t(wpre('debug'), 'identity.selfie received ')
        data = jpeg_b64(R.randint(120, 220))
        ln.t('{"patientId":"').p('VD-%d' % pt.vid, 'other_id').t('","mime":"image/jpeg","data":"')
        ln.p(data, 'photo').t('...(truncated %d bytes)"}' % R.randint(30000, 90000))
    elif k == 5:
        ln.t(wpre('info'), 'incentives.reload ')
        jemit(ln, {'patientId': P('VD-%d' % pt.vid, 'other_id'), 'cardNumber': P(pt.card, 'account'),
                   'amountUsd': R.choice([10, 15, 20, 25]), 'milestone': R.choice(['week4', 'week8', 'completion']),
                   'vendor': 'Tango', 'orderRef': 'RA-%s' % digits(9)})
    elif k == 6:
        url = 'https://sjc-vdot-media.s3.us-west-2.amazonaws.com/v/VD-%d/%s/dose.mp4?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=900&X-Amz-Signature=%s' % (pt.vid, recent(0, 2).isoformat(), hexs(64))
        ln.t(wpre('debug'), 'presigned GET for reviewer %s: ' % R.choice(WORKERS)[2]).p(url, 'url')
    else:
        ln.t(wpre('warn'), 'duplicate enrollment rejected: mobile ').p(fph(pt.phone, R.choice(['dash', 'paren'])), 'phone')
        ln.t(' already bound to ').p('VD-%d' % pt.vid, 'other_id').t(' (').p(pt.nm('lf'), 'name').t(')')
    return [ln]


# ---------------- nginx
def g_nginx_noise():
    t = tick()
    ln = Line('nginx')
    x = R.random()
    if x < 0.2:
        ln.t('%s - - [%s] "GET /api/v2/config/app HTTP/2.0" 200 %d "-" "%s" %.3f upstream=%s:3000' % (
            '10.42.0.1', loc(t).strftime('%d/%b/%Y:%H:%M:%S -0800'), R.randint(300, 900), R.choice(UAS), R.uniform(0.002, 0.05), int_ip()))
    elif x < 0.3:
        ln.t('%s - - [%s] "GET /wp-login.php HTTP/1.1" 404 153 "-" "Mozilla/5.0 zgrab/0.x" 0.000' % (
            '45.148.%d.%d' % (R.randint(0, 255), R.randint(1, 254)), loc(t).strftime('%d/%b/%Y:%H:%M:%S -0800')))
    elif x < 0.65:
        ln.t('%s - - [%s] "GET %s HTTP/1.1" 200 %d "-" "kube-probe/1.28" %.3f' % (
            int_ip(), loc(t).strftime('%d/%b/%Y:%H:%M:%S -0800'), R.choice(['/healthz', '/readyz']), R.randint(2, 30), R.uniform(0.001, 0.01)))
    else:
        ln.t('%s - - [%s] "GET /reviewer/static/js/main.%s.js HTTP/2.0" 304 0 "https://vdot.sjcphs.org/reviewer/queue" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36" %.3f' % (
            '207.104.%d.%d' % (R.randint(0, 255), R.randint(1, 254)), loc(t).strftime('%d/%b/%Y:%H:%M:%S -0800'), hexs(8), R.uniform(0.001, 0.02)))
    return [ln]


def g_nginx_phi():
    t = tick()
    pt = pick()
    ln = Line('nginx')
    ln.p(pt.ip, 'ip').t(' - - [%s] "' % loc(t).strftime('%d/%b/%Y:%H:%M:%S -0800'))
    k = R.randint(0, 2)
    if k == 0:
        ln.t('GET /api/v2/patients/').p('VD-%d' % pt.vid, 'other_id').t('/schedule HTTP/2.0" 200 %d' % R.randint(300, 900))
    elif k == 1:
        ln.t('POST /api/v2/doses HTTP/2.0" 201 %d' % R.randint(100, 600))
    else:
        ln.t('PUT /api/v2/patients/').p('VD-%d' % pt.vid, 'other_id').t('/side-effects HTTP/2.0" 204 0')
    ln.t(' "-" "%s" %.3f upstream=%s:3000' % (R.choice(UAS), R.uniform(0.02, 1.9), int_ip()))
    return [ln]


# ---------------- Python: Django
def dpre(level, logger):
    return '%s %s [%s] ' % (ts_py(tick()), level, logger)


def g_django_noise():
    ln = Line('django-log')
    k = R.randint(0, 9)
    if k == 6:
        ln.t(dpre('INFO', 'vdot.auth'), 'reviewer login ok user=%s sso=azuread tenant=%s' % (R.choice(WORKERS)[2], uuid4()))
    elif k == 7:
        ln.t(dpre('ERROR', 'vdot.storage'), 'botocore.exceptions.ReadTimeoutError: Read timeout on endpoint URL: "https://sjc-vdot-media.s3.us-west-2.amazonaws.com/v/%s/%s.mp4"' % (today().strftime('%Y/%m/%d'), hexs(16)))
    elif k == 8:
        ln.t(dpre('INFO', 'vdot.reports'), 'weekly adherence report generated: 58 patients, 812 expected doses, 764 observed (94.1%%), file=adherence_%s.xlsx sha256=%s' % (today().strftime('%Y%m%d'), hexs(64)))
    elif k == 9:
        ln.t(dpre('WARNING', 'py.warnings'), '/app/vdot/review/serializers.py:%d: RemovedInDjango51Warning: The USE_L10N setting is deprecated.' % R.randint(20, 300))
    elif k == 0:
        ln.t(dpre('INFO', 'django.server'), '"GET /reviewer/queue/?page=%d HTTP/1.1" 200 %d' % (R.randint(1, 5), R.randint(8000, 30000)))
    elif k == 1:
        ln.t(dpre('WARNING', 'vdot.transcode'), 'ffprobe duration missing for video_id=%d; defaulting to container duration' % R.randint(80000, 99999))
    elif k == 2:
        ln.t(dpre('WARNING', 'django.security.csrf'), 'Forbidden (CSRF token missing.): /reviewer/api/flags/')
    elif k == 3:
        ln.t(dpre('INFO', 'apscheduler.scheduler'), 'Added job "purge_expired_videos" to job store "default"')
    elif k == 4:
        ln.t(dpre('DEBUG', 'urllib3.connectionpool'), 'https://api.twilio.com:443 "POST /2010-04-01/Accounts/AC%s/Messages.json HTTP/1.1" 201 851' % hexs(32))
    else:
        ln.t(dpre('INFO', 'vdot.review.metrics'), 'queue_depth=%d oldest_unreviewed_min=%d reviewers_online=%d p95_review_sec=%.1f' % (R.randint(0, 40), R.randint(1, 300), R.randint(1, 5), R.uniform(20, 90)))
    return [ln]


def g_django_phi():
    pt = pick()
    ln = Line('django-log')
    k = R.randint(0, 4)
    if k == 4:
        ln.t(dpre('INFO', 'vdot.eligibility'), '271 received for ').p(pt.nm(R.choice(['LFa', 'fl'])), 'name').t(' CIN=').p(pt.cin, 'health_plan')
        ln.t(' status=%s plan="Health Plan of San Joaquin" member_id=' % R.choice(['ACTIVE', 'ACTIVE', 'TERMINATED'])).p('HP' + digits(9), 'health_plan')
        ln.t(' trace=%s' % digits(15))
    elif k == 0:
        ln.t(dpre('INFO', 'vdot.review.views'), 'reviewer=%s action=%s dose_id=%d patient_id=' % (R.choice(WORKERS)[2], R.choice(['mark_observed', 'mark_missed', 'request_resubmit']), R.randint(4400000, 4499999)))
        ln.p('VD-%d' % pt.vid, 'other_id').t(' dose_date=').p(recent(0, 2).isoformat(), 'date').t(' flags=[]')
    elif k == 1:
        ln.t(dpre('WARNING', 'vdot.review.adverse'), 'patient_id=').p('VD-%d' % pt.vid, 'other_id')
        ln.t(' reported symptom="%s" since ' % R.choice(['nausea, orange urine', 'rash on arms', 'dark urine, fatigue', 'flu-like symptoms after dose'])).p(fdate(recent(1, 5), 'us'), 'date')
        ln.t(' escalate_to=%s' % R.choice(WORKERS)[2])
    elif k == 2:
        ln.t(dpre('INFO', 'vdot.notify'), 'email sent to ').p(pt.email, 'email').t(' template=missed_dose_%s msg_id=<%s@sjcphs.org>' % (lang_of(pt) if lang_of(pt) in ('es', 'tl', 'vi') else 'en', hexs(20)))
    else:
        ln.t(dpre('INFO', 'vdot.review.views'), 'schedule changed for ').p(pt.nm(R.choice(['fl', 'lf', 'fold'])), 'name')
        ln.t(' (').p('VD-%d' % pt.vid, 'other_id').t(') next in-person visit ').p(fdate(soon(), R.choice(['iso', 'us', 'long'])), 'date')
    return [ln]


def g_py_traceback():
    pt = pick()
    out = [Line('django-log').t(dpre('ERROR', 'django.request'), 'Internal Server Error: /reviewer/api/doses/%d/observe' % R.randint(4400000, 4499999)),
           Line('django-log').t('Traceback (most recent call last):'),
           Line('django-log').t('  File "/usr/local/lib/python3.11/site-packages/django/db/backends/utils.py", line 89, in _execute'),
           Line('django-log').t('    return self.cursor.execute(sql, params)'),
           Line('django-log').t('psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "doses_patient_id_dose_date_uniq"')]
    ln = Line('django-log').t('DETAIL:  Key (patient_id, dose_date)=(').p(str(pt.vid), 'other_id').t(', ').p(recent(0, 2).isoformat(), 'date').t(') already exists.')
    out.append(ln)
    return out


# ---------------- Python: Celery
def cpre(level, proc=None):
    proc = proc or R.choice(['ForkPoolWorker-1', 'ForkPoolWorker-2', 'ForkPoolWorker-3', 'MainProcess'])
    return '[%s: %s/%s] ' % (ts_py(tick()), level, proc)


def g_celery_noise():
    ln = Line('celery')
    k = R.randint(0, 6)
    tid = uuid4()
    if k == 4:
        ln.t(cpre('INFO', 'MainProcess'), 'Connected to redis://vdot-redis-master.vdot.svc.cluster.local:6379/3')
    elif k == 5:
        ln.t(cpre('ERROR'), 'Task vdot.tasks.send_sms[%s] raised unexpected: TwilioRestException(status=429, code=20429, msg="Too Many Requests")' % tid)
    elif k == 6:
        ln.t(cpre('INFO'), "Task vdot.tasks.adherence_rollup[%s] succeeded in %.2fs: {'patients': %d, 'doses_expected': %d, 'doses_observed': %d}" % (tid, R.uniform(2, 30), R.randint(50, 70), R.randint(700, 900), R.randint(600, 800)))
    elif k == 0:
        ln.t(cpre('INFO'), "Task vdot.tasks.transcode_video[%s] succeeded in %.2fs: {'video_id': %d, 'status': 'ok', 'h264_kbps': %d}" % (tid, R.uniform(1, 9), R.randint(80000, 99999), R.randint(300, 900)))
    elif k == 1:
        ln.t(cpre('INFO', 'MainProcess'), 'Task vdot.tasks.purge_expired_videos[%s] received' % tid)
    elif k == 2:
        ln.t(cpre('WARNING'), 'vdot.tasks.thumbnail: ffmpeg exited 1 for video_id=%d (moov atom not found), retry 1/3 in 60s' % R.randint(80000, 99999))
    else:
        ln.t(cpre('INFO', 'MainProcess'), 'beat: Sending due task nightly-adherence-rollup (vdot.tasks.adherence_rollup)')
    return [ln]


def g_celery_phi():
    pt = pick()
    ln = Line('celery')
    k = R.randint(0, 2)
    if k == 0:
        ln.t(cpre('WARNING'), 'vdot.tasks.missed_dose_alert: %d consecutive missed doses for patient_id=' % R.randint(2, 4)).p(str(pt.vid), 'other_id')
        ln.t(" ('").p(pt.nm(R.choice(['lf', 'LFa'])), 'name').t("') last_observed=").p(recent(2, 5).isoformat(), 'date')
        ln.t('; notifying case manager %s' % R.choice(WORKERS)[2])
    elif k == 1:
        ln.t(cpre('INFO'), 'vdot.identity.verify patient=').p('VD-%d' % pt.vid, 'other_id')
        ln.t(' match=%.3f threshold=0.80 embedding=' % R.uniform(0.81, 0.99)).p(embedding(R.randint(6, 10)), 'biometric')
    else:
        ln.t(cpre('INFO'), "Task vdot.tasks.sync_patient[%s] succeeded in %.2fs: " % (uuid4(), R.uniform(0.1, 2)))
        pyemit(ln, {'patient_id': P(pt.vid, 'other_id'), 'mrn': P(pt.mrn, 'mrn'), 'changed': ['mobile'],
                    'mobile': P(fph(pt.phone, 'plain'), 'phone')})
    return [ln]


# ---------------- PostgreSQL
def pgpre(t=None):
    t = t or tick()
    return '%s.%s PST [%d] ' % (loc(t).strftime('%Y-%m-%d %H:%M:%S'), ms(t), R.randint(2000, 9000))


def g_pg_noise():
    ln = Line('postgres')
    k = R.randint(0, 5)
    if k == 3:
        ln.t(pgpre(), 'LOG:  connection received: host=%s port=%d' % (int_ip(), R.randint(30000, 65000)))
    elif k == 4:
        ln.t(pgpre(), 'LOG:  connection authorized: user=vdot_app database=vdot application_name=prisma SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)')
    elif k == 5:
        ln.t(pgpre(), 'FATAL:  terminating connection due to idle-in-transaction timeout')
    elif k == 0:
        ln.t(pgpre(), 'LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=%.3f s, sync=0.004 s, total=%.3f s' % (R.randint(100, 3000), R.uniform(0.5, 9), R.uniform(10, 200), R.uniform(10, 200)))
    elif k == 1:
        ln.t(pgpre(), 'LOG:  automatic vacuum of table "vdot.public.doses": index scans: 1')
    else:
        ln.t(pgpre(), 'LOG:  duration: %.3f ms  statement: SELECT count(*) FROM doses WHERE status = \'PENDING_REVIEW\'' % R.uniform(500, 3000))
    return [ln]


def g_pg_phi():
    pt = pick()
    t = tick()
    pre = pgpre(t)
    out = [Line('postgres').t(pre, 'ERROR:  duplicate key value violates unique constraint "patients_mobile_key"')]
    ln = Line('postgres').t(pre, 'DETAIL:  Key (mobile)=(').p(fph(pt.phone, 'e164'), 'phone').t(') already exists.')
    out.append(ln)
    ln = Line('postgres').t(pre, "STATEMENT:  INSERT INTO patients (first_name, last_name, dob, mobile, preferred_lang) VALUES ('")
    ln.p(fold(pt.first()), 'name').t("', '").p(fold(pt.fam), 'name').t("', '").p(pt.dob.isoformat(), 'date').t("', '")
    ln.p(fph(pt.phone, 'e164'), 'phone').t("', '%s')" % lang_of(pt))
    out.append(ln)
    return out


# ---------------- HL7 ORU (QuantiFERON)
OBX_CODES = [('71776-9', 'Nil IFN-g', 'NM', lambda: '%.2f' % R.uniform(0, 0.3), 'IU/mL'),
             ('71774-4', 'TB1 Ag minus Nil', 'NM', lambda: '%.2f' % R.uniform(0, 3), 'IU/mL'),
             ('88517-8', 'TB2 Ag minus Nil', 'NM', lambda: '%.2f' % R.uniform(0, 3), 'IU/mL'),
             ('71775-1', 'Mitogen minus Nil', 'NM', lambda: R.choice(['>10.00', '%.2f' % R.uniform(3, 10)]), 'IU/mL'),
             ('71773-6', 'M tb IFN-g Bld Ql', 'CWE', lambda: R.choice(['POS^Positive^L', 'NEG^Negative^L', 'IND^Indeterminate^L']), '')]


def g_hl7():
    pt = pick_any()
    t = tick()
    coll = datetime.combine(recent(2, 5), datetime.min.time()) + timedelta(minutes=R.randint(480, 960))
    ctrl = 'Q%s' % digits(10)
    placer, filler = 'SJ%s' % digits(7), 'WS%s' % digits(8)
    out = [Line('hl7-oru').t('MSH|^~\\&|QUEST|QDI-WSC^05D0642827^CLIA|MIRTH|SJCPHS-TB|%s||ORU^R01^ORU_R01|%s|P|2.5.1|||AL|NE' % (loc(t).strftime('%Y%m%d%H%M%S'), ctrl))]
    ln = Line('hl7-oru')
    pid3 = [(pt.mrn, 'mrn'), '^^^SJCPHS^MR']
    if R.random() < 0.6:
        pid3 += ['~', (pt.cin, 'health_plan'), '^^^CAMCD^MA']
    addr = [(fold(pt.street).upper(), 'address'), '^']
    if pt.apt:
        addr += [(pt.apt.upper(), 'address')]
    addr += ['^', (pt.city.upper(), 'address'), '^CA^', (pt.zip, 'zip'), '^USA^H']
    if R.random() < 0.5:
        addr += ['^^', ('06077', 'address')]
    f = ['PID', '1', '', pid3, '', [(pt.nm('hl7'), 'name')], '', [(pt.dob.strftime('%Y%m%d'), 'date')], pt.sex, '', '',
         addr, '', [(fph(pt.phone, 'paren_nosp'), 'phone'), '^PRN^PH'], '', '', '', '']
    if R.random() < 0.5:
        f += [[(pt.acct, 'account'), '^^^SJCPHS^AN'], (pt.ssn.replace('-', '') if R.random() < 0.5 else pt.ssn, 'ssn')]
    while f[-1] == '':
        f.pop()
    fields(ln, f)
    out.append(ln)
    d = DOCS[R.randint(0, 1)]
    ln = Line('hl7-oru').t('PV1|1|O|TBCLINIC^^^SJCPHS||||%s^%s^%s^^^^MD' % (d[2], d[0], d[1]))
    if R.random() < 0.5:
        ln.t('||||||||||||').p('V' + digits(8), 'other_id')
    out.append(ln)
    if R.random() < 0.4:
        ln = Line('hl7-oru')
        in1 = [''] * 37
        in1[0:5] = ['IN1', '1', 'MCAL^Medi-Cal FFS', '610442', 'DHCS MEDI-CAL']
        in1[16] = [(pt.nm('hl7'), 'name')]
        in1[17] = 'SEL'
        in1[18] = [(pt.dob.strftime('%Y%m%d'), 'date')]
        in1[36] = [(pt.cin, 'health_plan')]
        fields(ln, in1)
        out.append(ln)
    out.append(Line('hl7-oru').t('ORC|RE|%s|%s||CM' % (placer, filler)))
    ln = Line('hl7-oru').t('OBR|1|%s|%s|QFTPLUS^QuantiFERON-TB Gold Plus^L|||' % (placer, filler)).p(coll.strftime('%Y%m%d%H%M'), 'date')
    ln.t('|||||||').p((coll + timedelta(hours=R.randint(3, 20))).strftime('%Y%m%d%H%M'), 'date')
    ln.t('|Blood&Whole blood|%s^%s^%s^^^^MD||||||%s|||F' % (d[2], d[0], d[1], loc(t).strftime('%Y%m%d%H%M')))
    out.append(ln)
    n_obx = R.randint(3, 5)
    for i, (code, name, typ, val, unit) in enumerate(OBX_CODES[-n_obx:]):
        ln = Line('hl7-oru').t('OBX|%d|%s|%s^%s^LN||%s|%s|||||F' % (i + 1, typ, code, name, val(), unit))
        if i == n_obx - 1 and R.random() < 0.5:
            ln.t('|||').p(coll.strftime('%Y%m%d%H%M'), 'date').t('|05D0642827')
        out.append(ln)
    if R.random() < 0.5:
        out.append(Line('hl7-oru').t('NTE|1|L|QFT-Plus performed at Quest Diagnostics West Hills, 8401 Fallbrook Ave, West Hills CA 91304. Dir: K. Ishii MD'))
    return out


# ---------------- IGRA CSV
def g_igra_csv():
    out = []
    if R.random() < 0.55:
        out.append(Line('igra-csv').t('accession,collected,last_name,first_name,dob,sex,mrn,nil,tb1_nil,tb2_nil,mitogen_nil,result,reviewed_by'))
        for _ in range(R.randint(2, 5)):
            ln = Line('igra-csv')
            if R.random() < 0.2:
                ln.t('QC-%s-%s,%s 07:00,,,,,,%.2f,%.2f,%.2f,%.2f,QC PASS,auto' % (R.choice(['NEG', 'POS']), today().strftime('%y%m%d'), today().isoformat(), R.uniform(0, .1), R.uniform(0, 2), R.uniform(0, 2), R.uniform(5, 10)))
            else:
                pt = pick_any()
                c = recent(1, 4)
                last = pt.fam
                fields(ln, ['Q24-%s' % digits(7), [(c.isoformat() + ' %02d:%02d' % (R.randint(7, 16), R.choice([0, 15, 30, 45])), 'date')],
                            (last, 'name'), (pt.first(), 'name'),
                            (fdate(pt.dob, 'iso'), 'date'), pt.sex, (pt.mrn, 'mrn'), '%.2f' % R.uniform(0, .2), '%.2f' % R.uniform(0, 4),
                            '%.2f' % R.uniform(0, 4), R.choice(['>10.00', '%.2f' % R.uniform(2, 9)]), R.choice(['Positive', 'Negative', 'Negative', 'Indeterminate']),
                            R.choice(WORKERS)[2]], sep=',')
            out.append(ln)
    else:
        for _ in range(R.randint(2, 4)):
            pt = pick_any()
            ln = Line('igra-csv').t('"').p(pt.nm(R.choice(['LF', 'LFa', 'lfm'])), 'name').t('","').p(fdate(pt.dob, 'us'), 'date')
            ln.t('","').p(fdate(recent(1, 5), 'us'), 'date').t('","QFT-Plus","%s","%.2f","%.2f","%.2f","%s","SJ General Lab"' % (
                R.choice(['Negative', 'Positive', 'Negative']), R.uniform(0, .2), R.uniform(0, 3), R.uniform(0, 3), R.choice(['>10.00', '8.77', '6.12'])))
            out.append(ln)
    return out


# ---------------- RVCT XML
def g_rvct_xml():
    pt = pick_any()
    rep = recent(1, 6)
    start = rep - timedelta(days=R.randint(1, 10))
    fam = 'rvct-xml'
    if R.random() < 0.5:
        ln = Line(fam).t(dpre('DEBUG', 'rvct.export'), 'payload=<RVCTCase xmlns="urn:cdc:tb:rvct:2020"><StateCaseNumber>')
        ln.p(pt.case, 'other_id').t('</StateCaseNumber><DateReported>').p(rep.isoformat(), 'date').t('</DateReported><Residence><City>')
        ln.p(pt.city, 'address').t('</City><County>').p('San Joaquin', 'address').t('</County><State>CA</State><Zip>').p(pt.zip, 'zip')
        ln.t('</Zip></Residence><DateOfBirth>').p(pt.dob.isoformat(), 'date').t('</DateOfBirth><CountryOfBirth>%s</CountryOfBirth></RVCTCase>' % R.choice(['PH', 'MX', 'VN', 'IN', 'SO', 'ET', 'MM', 'US']))
        return [ln]
    out = [Line(fam).t('<?xml version="1.0" encoding="UTF-8"?>'),
           Line(fam).t('<RVCTCase xmlns="urn:cdc:tb:rvct:2020" version="2020.1" generatedBy="SJCPHS-TBReg 5.2.0">')]
    out.append(Line(fam).t('  <StateCaseNumber>').p(pt.case, 'other_id').t('</StateCaseNumber>'))
    out.append(Line(fam).t('  <CityCountyCaseNumber>').p(pt.ccase, 'other_id').t('</CityCountyCaseNumber>'))
    out.append(Line(fam).t('  <DateReported>').p(rep.isoformat(), 'date').t('</DateReported>'))
    out.append(Line(fam).t('  <Patient>'))
    out.append(Line(fam).t('    <Name><Last>').p(pt.fam, 'name').t('</Last><First>').p(pt.first(), 'name').t('</First></Name>'))
    ln = Line(fam).t('    <DateOfBirth>').p(pt.dob.isoformat(), 'date').t('</DateOfBirth><AgeAtReport units="years">')
    a = pt.age()
    ln.p(str(a), 'age' if a > 89 else None).t('</AgeAtReport>')
    out.append(ln)
    ln = Line(fam).t('    <Residence><Street>').p(pt.street, 'address').t('</Street><City>').p(pt.city, 'address')
    ln.t('</City><County>').p('San Joaquin', 'address').t('</County><State>CA</State><Zip>').p(pt.zip, 'zip').t('</Zip>')
    if R.random() < 0.5:
        ln.t('<Geo lat="').p('37.%04d' % R.randint(8800, 9999), 'address').t('" lon="').p('-121.%04d' % R.randint(2500, 3300), 'address').t('"/>')
    ln.t('</Residence>')
    out.append(ln)
    if pt.origin not in ('en',):
        out.append(Line(fam).t('    <CountryOfBirth>%s</CountryOfBirth><DateArrivedUS>' % R.choice(['PHL', 'MEX', 'VNM', 'IND', 'SOM', 'ETH', 'MMR', 'MHL'])).p(fdate(date(R.randint(1990, 2023), R.randint(1, 12), 1), 'ym'), 'date').t('</DateArrivedUS>'))
    out.append(Line(fam).t('  </Patient>'))
    out.append(Line(fam).t('  <Clinical><SiteOfDisease>%s</SiteOfDisease><SputumSmear>%s</SputumSmear><HIVStatus>%s</HIVStatus></Clinical>' % (
        R.choice(['Pulmonary', 'Pleural', 'Lymphatic: Cervical']), R.choice(['Positive', 'Negative', 'Not done']), R.choice(['Negative', 'Not offered', 'Refused']))))
    out.append(Line(fam).t('  <InitialRegimen drugs="INH RIF PZA EMB"><DateTherapyStarted>').p(start.isoformat(), 'date').t('</DateTherapyStarted></InitialRegimen>'))
    out.append(Line(fam).t('  <Reporter><Name>Thuy Dang, PHN</Name><Phone>%s</Phone><Email>tbcontrol@sjcphs.org</Email></Reporter>' % CLINIC_PHONE))
    out.append(Line(fam).t('</RVCTCase>'))
    return out


# ---------------- RVCT fixed-key text
def g_rvct_fixed():
    pt = pick_any()
    rep = recent(1, 6)
    fam = 'rvct-fixed'

    def kv(num, key, val=None, cat=None, raw=None):
        ln = Line(fam).t('%s %s: ' % (num, (key + ' ').ljust(22, '.')))
        if raw is not None:
            ln.t(raw)
        else:
            ln.p(val, cat)
        return ln
    out = [Line(fam).t('RVCT-2020 CASE RECORD -- SJCPHS TB CONTROL -- PRINTED %s BY svc_tbreg' % loc(Clock.t).strftime('%m/%d/%Y %H:%M'))]
    out.append(kv('01', 'DATE_REPORTED', fdate(rep, 'us'), 'date'))
    out.append(kv('02', 'DATE_SUBMITTED', fdate(rep + timedelta(days=R.randint(0, 3)), 'us'), 'date'))
    out.append(kv('03', 'CASE_STATUS', raw=R.choice(['VERIFIED (POSITIVE CULTURE)', 'VERIFIED (CLINICAL CASE DEFINITION)', 'VERIFIED (PROVIDER DIAGNOSIS)'])))
    out.append(kv('04', 'STATE_CASE_NO', pt.case, 'other_id'))
    out.append(kv('05', 'CITY_CNTY_CASE_NO', pt.ccase, 'other_id'))
    if R.random() < 0.5:
        out.append(kv('06', 'LINKING_STATE_NO', '23CA%07d' % R.randint(1000, 99999), 'other_id'))
    out.append(kv('07', 'RESIDENCE_CITY', pt.city.upper(), 'address'))
    out.append(kv('07', 'RESIDENCE_COUNTY', 'SAN JOAQUIN', 'address'))
    out.append(kv('07', 'RESIDENCE_ZIP', pt.zip, 'zip'))
    out.append(kv('08', 'DATE_OF_BIRTH', fdate(pt.dob, 'us'), 'date'))
    a = pt.age()
    out.append(kv('09', 'AGE_AT_REPORT', str(a), 'age' if a > 89 else None))
    out.append(kv('10', 'SEX_AT_BIRTH', raw=pt.sex))
    out.append(kv('15', 'HOMELESS_PAST_YEAR', raw=R.choice(['NO', 'NO', 'YES'])))
    out.append(kv('29', 'DATE_COUNTED', fdate(rep, 'ym'), 'date'))
    return out


# ---------------- contact investigation sheets
RELS = [('Spouse', True, None, (25, 70)), ('Daughter', True, 'F', (1, 30)), ('Son', True, 'M', (1, 30)),
        ('Mother', True, 'F', (45, 80)), ('Grandmother', True, 'F', (78, 95)), ('Nephew', True, 'M', (4, 25)),
        ('Roommate', False, None, (19, 60)), ('Coworker', False, None, (20, 64)), ('Carpool', False, None, (20, 64)),
        ('Friend', False, None, (16, 70))]


def g_contacts():
    idx = pick_any()
    out = []
    fam = 'contact-csv'
    if R.random() < 0.6:
        out.append(Line(fam).t('IDX_CASE,CNTCT_ID,CNTCT_NAME,REL,SETTING,PRIORITY,AGE,PHONE,ADDR,FIRST_EXP,LAST_EXP,TEST1,RES1,DT1,CXR,DISPO,NOTES'))
        used = []
        for i in range(R.randint(2, 5)):
            rel, same, sx, (a0, a1) = R.choice(RELS)
            c = relative(idx, same, sx, used)
            used.append(c.giv)
            age = R.randint(a0, a1)
            setting = 'Household' if same else R.choice(['Workplace - Pacific Coast Packing', 'Carpool', 'Church choir', 'Household'])
            ln = Line(fam)
            notes_seg = ['']
            if rel == 'Carpool' and R.random() < 0.7:
                notes_seg = ['"rides daily in pt\'s ', ('%d %s' % (R.randint(2004, 2019), R.choice(['Honda Odyssey', 'Toyota Sienna', 'Ford F-150'])), None), ' lic ', (plate(), 'vehicle'), '"']
            elif R.random() < 0.3:
                notes_seg = ['"window prophylaxis started"']
            addr_item = ['"', (c.street + ((' ' + c.apt) if c.apt else ''), 'address'), ', ', (c.city, 'address'), '"'] if same else ''
            exp1 = recent(60, 120)
            fields(ln, [(idx.ccase, 'other_id'), ('C%s-%02d' % (idx.ccase[-4:], i + 1), 'other_id'),
                        ['"', (c.nm('lf'), 'name'), '"'], rel, setting, R.choice(['HIGH', 'MEDIUM', 'LOW']),
                        (str(age), 'age' if age > 89 else None), (fph(c.phone, R.choice(['dash', 'plain', 'paren'])), 'phone'),
                        addr_item, (exp1.isoformat(), 'date'), (recent(5, 15).isoformat(), 'date'), R.choice(['IGRA', 'TST']),
                        R.choice(['NEG', 'POS', '']), (recent(1, 4).isoformat(), 'date'), R.choice(['', 'NL', 'PENDING']),
                        R.choice(['EVAL', 'LTBI TX', 'NO TX', 'LOST']), notes_seg], sep=',')
            out.append(ln)
        if R.random() < 0.5:
            out.append(Line(fam).t(',,,,,,,,,,,,,,,,TOTAL %d contacts / %d evaluated' % (len(out) - 1, max(1, len(out) - 2))))
    else:
        out.append(Line(fam).t('Nombre\tParentesco\tTeléfono\tFecha de exposición\tPrueba\tResultado\tPromotor'))
        used = []
        prom = R.choice(WORKERS)
        for i in range(R.randint(2, 3)):
            rel, sx = R.choice([('Esposo', 'M'), ('Esposa', 'F'), ('Hija', 'F'), ('Hijo', 'M'), ('Suegra', 'F'), ('Compañero de cuarto', 'M')])
            c = relative(idx, rel != 'Compañero de cuarto', sx, used)
            used.append(c.giv)
            ln = Line(fam)
            fields(ln, [(c.nm(R.choice(['fl', 'lower', 'LF'])), 'name'), rel, (fph(c.phone, R.choice(['sp', 'dash'])), 'phone'),
                        (fdate(recent(10, 40), 'dmy'), 'date'), R.choice(['IGRA', 'PPD']), R.choice(['negativo', 'positivo', 'pendiente']),
                        prom[0] + ' ' + prom[1]], sep='\t')
            out.append(ln)
    return out


# ---------------- DICOM MWL (dcmtk findscu) + Orthanc
def dcm(ln_fam, tag, vr, val, name, cat=None, indent=''):
    ln = Line(ln_fam).t('I: %s(%s) %s [' % (indent, tag, vr))
    ln.p(val, cat).t(']')
    blen_v = blen(val)
    blen_v += blen_v % 2
    ln.pad(52).t('# %3d, 1 %s' % (blen_v, name))
    return ln


def g_dicom():
    pt = R.choice(OLD) if R.random() < 0.35 else pick_any()
    fam = 'dcmtk-findscu'
    acc = 'A%s%s' % (today().strftime('%y%m%d'), digits(2))
    sched = soon(0, 6)
    out = [Line(fam).t('I: Find Response: %d (Pending)' % R.randint(1, 6)),
           Line(fam).t('I: # Dicom-Data-Set'),
           dcm(fam, '0008,0005', 'CS', 'ISO_IR 192', 'SpecificCharacterSet'),
           dcm(fam, '0008,0050', 'SH', acc, 'AccessionNumber'),
           dcm(fam, '0010,0010', 'PN', pt.nm(R.choice(['hl7', 'hl7u'])), 'PatientName', 'name'),
           dcm(fam, '0010,0020', 'LO', R.choice(['', 'SJ']) + pt.mrn, 'PatientID', 'mrn'),
           dcm(fam, '0010,0030', 'DA', pt.dob.strftime('%Y%m%d'), 'PatientBirthDate', 'date'),
           dcm(fam, '0010,0040', 'CS', pt.sex, 'PatientSex')]
    a = pt.age()
    ln = Line(fam).t('I: (0010,1010) AS [').p('%03d' % a, 'age' if a > 89 else None).t('Y]').pad(52).t('#   4, 1 PatientAge')
    out.append(ln)
    if R.random() < 0.4:
        out.append(dcm(fam, '0010,1000', 'LO', pt.anum, 'OtherPatientIDs', 'other_id'))
    out.append(dcm(fam, '0032,1060', 'LO', R.choice(['XR CHEST PA AND LAT', 'XR CHEST 1V TB FOLLOWUP', 'XR CHEST PA/LAT CLASS B EVAL']), 'RequestedProcedureDescription'))
    out.append(Line(fam).t('I: (0040,0100) SQ (Sequence with explicit length #=1)').pad(52).t('# 104, 1 ScheduledProcedureStepSequence'))
    out.append(dcm(fam, '0040,0002', 'DA', sched.strftime('%Y%m%d'), 'ScheduledProcedureStepStartDate', 'date', indent='    '))
    out.append(dcm(fam, '0040,0003', 'TM', R.choice(['0830', '0915', '1000', '1330']), 'ScheduledProcedureStepStartTime', indent='    '))
    d = DOCS[2]
    out.append(dcm(fam, '0040,0006', 'PN', '%s^%s^^^DR' % (d[0], d[1]), 'ScheduledPerformingPhysicianName', indent='    '))
    return out


def g_dicom_noise():
    fam = 'dcmtk-findscu'
    k = R.randint(0, 2)
    if k == 0:
        return [Line(fam).t('I: Requesting Association'), Line(fam).t('I: Association Accepted (Max Send PDV: 16372)'),
                Line(fam).t('I: Sending Find Request (MsgID %d)' % R.randint(1, 40))]
    if k == 1:
        return [Line(fam).t('I: Received Final Find Response (Success)'), Line(fam).t('I: Releasing Association')]
    t = tick()
    return [Line('orthanc').t('I%s %s.%06d OrthancWorklists.cpp:%d] Worklists: %d worklist(s) matched C-FIND from SJCXR01 (10.20.8.%d)' % (
        loc(t).strftime('%m%d'), loc(t).strftime('%H:%M:%S'), t.microsecond, R.randint(100, 400), R.randint(0, 9), R.randint(2, 200)))]


def g_orthanc_phi():
    pt = pick_any()
    t = tick()
    ln = Line('orthanc').t('W%s %s.%06d OrthancWorklists.cpp:%d] Worklists: ignoring /var/lib/orthanc/worklists/A%s.wl: missing (0040,0002) for ' % (
        loc(t).strftime('%m%d'), loc(t).strftime('%H:%M:%S'), t.microsecond, R.randint(100, 400), digits(8)))
    ln.p(pt.nm('hl7'), 'name').t(' (PatientID ').p(pt.mrn, 'mrn').t(')')
    return [ln]


# ---------------- dispensing
DRUGS = [('0088-2100-24', 'Priftin (rifapentine) 150 mg tab'), ('0555-0071-02', 'Isoniazid 300 mg tab'),
         ('51079-0082-20', 'Isoniazid 100 mg tab'), ('0904-6440-61', 'Pyridoxine 50 mg tab'),
         ('68180-0659-06', 'Rifampin 300 mg cap')]


def g_dispense_noise():
    t = tick()
    d = R.choice(DRUGS)
    ln = Line('dispense-kv').t('%s INVENTORY ndc=%s drug="%s" on_hand=%d par=%d lot=%s exp=%s location=TB-CLINIC-RX' % (
        loc(t).strftime('%Y-%m-%d %H:%M:%S'), d[0], d[1], R.randint(40, 600), R.choice([120, 240, 360]),
        R.choice('ABCDEFGHJK') + digits(1) + R.choice('ABCDEFGHJK') + digits(4), '2025-%02d-28' % R.randint(1, 12)))
    return [ln]


def g_dispense_phi():
    pt = pick_any()
    t = tick()
    k = R.randint(0, 2)
    d = R.choice(DRUGS[:3])
    if k == 0:
        ln = Line('dispense-kv').t('%s DISPENSE rx=RX%s ndc=%s drug="%s" qty=%d dose_no=%d/12 pt="' % (
            loc(t).strftime('%Y-%m-%d %H:%M:%S'), digits(7), d[0], d[1], R.choice([3, 6, 9]), R.randint(1, 12)))
        ln.p(pt.nm(R.choice(['LF', 'LFa', 'lf'])), 'name').t('" mrn=').p(pt.mrn, 'mrn').t(' dob=').p(fdate(pt.dob, 'us'), 'date')
        ln.t(' wt_kg=%.1f' % R.uniform(40, 95))
        if R.random() < 0.4:
            ln.t(' acct=').p(pt.acct, 'account')
        ln.t(' rph="K. Lam, RPh" site=TB-CLINIC')
        return [ln]
    if k == 1:
        ln = Line('dispense-pipe')
        fields(ln, ['DSP', loc(t).strftime('%Y%m%d%H%M%S'), d[1].upper(), 'NDC ' + d[0], 'QTY %d' % R.choice([3, 6, 12]),
                    ['PT ', (pt.mrn, 'mrn')], 'DOSE# %d/12' % R.randint(1, 12), 'BY KLAM'])
        return [ln]
    ln = Line('dispense-kv')
    dd = loc(Clock.t) - timedelta(minutes=R.randint(5, 90))
    jemit(ln, {'event': 'dot_dose', 'regimen': '3HP', 'dose_no': R.randint(1, 12), 'inh_mg': 900, 'rpt_mg': 900,
               'b6_mg': 50, 'pt_id': P(pt.mrn, 'mrn'), 'given_by': R.choice(WORKERS)[2],
               'dose_dt': P(dd.strftime('%Y-%m-%dT%H:%M'), 'date'), 'observed': True}, sep=(', ', ': '))
    return [ln]


# ---------------- field notes (outreach)
def note_segs(pt):
    lang = {'es': 'es', 'tl': 'tl', 'vi': 'vi'}.get(pt.origin, 'en')
    rel = relative(pt, True)
    sis = relative(pt, True, 'F')
    k = R.randint(0, 2)
    if lang == 'es':
        if k == 0:
            return lang, ['Visita domiciliaria: la Sra. ' if pt.sex == 'F' else 'Visita domiciliaria: el Sr. ', (pt.nm(R.choice(['fl', 'fml'])), 'name'), ' no estaba en ',
                          (pt.street, 'address'), '. Dejé recado con su ', 'hija ' if rel.sex == 'F' else 'hijo ', (rel.giv, 'name'), ' (tel. ',
                          (fph(rel.phone, R.choice(['sp', 'dash'])), 'phone'), '). Regreso el ', (fdate(soon(1, 5), 'dm'), 'date'), '.']
        if k == 1:
            return lang, ['Paciente ', (pt.nm('fl'), 'name'), ' refiere náuseas y orina anaranjada desde el ', (fdate(recent(1, 4), 'dmy'), 'date'),
                          '; se le explicó que la rifapentina cambia el color. Tomó dosis 7/12 frente a mí.']
        if pt.sex == 'M':
            rel = relative(pt, True, 'F')
        else:
            rel = relative(pt, True, 'M')
        return lang, ['Llamé al ', (fph(pt.phone, 'paren'), 'phone'), ' (celular de ', (pt.nm('first'), 'name'), '), contestó su ', 'esposo ' if rel.sex == 'M' else 'esposa ',
                      (rel.nm('fl'), 'name'), '. Dice que ya no viven en ', (pt.city, 'address'), ', se mudaron con familia en ',
                      (R.choice(['Modesto', 'Turlock', 'Galt']), 'address'), '. Nueva dirección pendiente.']
    if lang == 'tl':
        if k == 0:
            return lang, ['Kinausap ko si ', 'Aling ' if pt.sex == 'F' else 'Mang ', (pt.nm('fl'), 'name'), ' sa bahay niya sa ', (pt.street, 'address'),
                          '. Nakainom na raw siya ng gamot kahapon pero masakit ang tiyan. Babalik ako sa Huwebes.']
        if k == 1:
            return lang, ['Hindi sumasagot si ', (pt.nm('first'), 'name'), ' sa vDOT app mula ', (fdate(recent(2, 5), 'mon_d'), 'date'),
                          '. Tinawagan ko ang anak niyang si ', (rel.nm('fl'), 'name'), ' sa ', (fph(rel.phone, 'dash'), 'phone'),
                          '; sira daw ang cellphone. Binigyan ng loaner phone (IMEI ', (imei(), 'device'), ').']
        return lang, ['Nag-text si ', (pt.nm('fl'), 'name'), ' mula sa bagong number ', (fph(pt.phone, 'plain'), 'phone'),
                      ', lumipat na sila sa ', (pt.street + (', ' + pt.apt if pt.apt else ''), 'address'), ', ', (pt.city, 'address'), '. I-update ang chart.']
    if lang == 'vi':
        if k == 0:
            return lang, ['Đã gặp ', 'bà ' if pt.sex == 'F' else 'ông ', (pt.nm('native'), 'name'), ' tại nhà (', (pt.street, 'address'), ', ', (pt.city, 'address'),
                          '). Uống thuốc đủ 5 ngày. Con ', (rel.nm('native'), 'name'), ', sđt ', (fph(rel.phone, 'dot'), 'phone'), ', sẽ nhắc uống thuốc.']
        if k == 1:
            return lang, ['Bệnh nhân ', (pt.nm('native'), 'name'), ' hẹn chụp X-quang phổi ngày ', (fdate(soon(), 'dmy'), 'date'),
                          '. Cần thông dịch viên tiếng Việt.']
        return lang, ['Gọi ', (fph(pt.phone, 'sp'), 'phone'), ' không ai nghe. Gửi tin nhắn cho ', (pt.nm('fold'), 'name'), ' qua Zalo.']
    k = R.randint(0, 4)
    if k == 0:
        return 'en', ['Pt ', (pt.nm(R.choice(['fl', 'init'])), 'name'), ' states ', 'she' if pt.sex == 'F' else 'he', ' sleeps in car (white %d Camry, plate ' % R.randint(2003, 2014),
                      (plate(), 'vehicle'), ') behind the Walmart on ', ('W Kettleman Ln', 'address'), '. Will meet at clinic ', (fdate(soon(1, 4), 'md'), 'date'), ' 9am.']
    if k == 1:
        slug = fold(pt.giv.split()[0] + '.' + pt.fam.replace(' ', '')).lower().replace("'", '')
        return 'en', ['Located pt via Facebook ', ('https://www.facebook.com/%s.%d' % (slug, R.randint(1, 99)), 'url'), ' after 3 missed doses; agreed to resume vDOT. New number ',
                      (fph(pt.phone, 'dash'), 'phone'), '.']
    if k == 2:
        return 'en', ['Pt lives in RV, VIN ', (vin(), 'vehicle'), ', parked at ', (pt.street, 'address'), ' space %d. DOB verified ' % R.randint(2, 40), (fdate(pt.dob, 'us'), 'date'), ' (CA ID ', (pt.dl, 'license'), ').']
    if k == 3:
        return 'en', ['Called emergency contact ', (sis.nm('fl'), 'name'), ' (sister) at ', (fph(sis.phone, 'paren'), 'phone'), ', email ', (sis.email, 'email'),
                      ' - she will bring ', (pt.nm('first'), 'name'), ' to CXR appt ', (fdate(soon(), 'long'), 'date'), '.']
    return 'en', ['Pt ', (pt.nm('lfm'), 'name'), ' asked that clearance letter be faxed to home fax ', (fph(phone10(), 'dash'), 'fax'), ' (no email). Matricula consular #', (digits(8), 'license'), ' on file.']


def note_segs_elder(pt):
    rel = relative(pt, True, 'F')
    if pt.origin == 'vi':
        return 'vi', ['Bà ' if pt.sex == 'F' else 'Ông ', (pt.nm('native'), 'name'), ', ', (str(pt.age()), 'age'), ' tuổi, sống với cháu gái ', (rel.nm('native'), 'name'),
                      '. Không tự dùng app được, cháu quay video giúp.']
    if pt.origin == 'es':
        return 'es', ['Doña ', (pt.nm('fl'), 'name'), ' (', (str(pt.age()), 'age'), ' años) encamada; su nieta ', (rel.nm('fl'), 'name'), ' le da el 3HP los ',
                      'miércoles. Pidió cita a domicilio el ', (fdate(soon(), 'dmy'), 'date'), '.']
    return 'en', ['Pt ', (pt.nm('fl'), 'name'), ', age ', (str(pt.age()), 'age'), ', bedbound; granddaughter ', (rel.nm('fl'), 'name'), ' (', (fph(rel.phone, 'dot'), 'phone'),
                  ') administers doses and records video.']


NOISE_NOTES = [('en', 'No contact today, route cancelled (flooding on Hwy 12 near Terminous).'),
               ('en', 'Team huddle: 14 active vDOT pts, 3 in-person DOT, 2 pending enrollment. Loaner phone stock: 6.'),
               ('en', 'Dropped off 3HP blister packs at Lodi satellite clinic, signed by K. Lam RPh.'),
               ('es', 'Recordatorio: capacitación de vDOT para promotores el jueves 10:00 en sala B.'),
               ('tl', 'Paalala: dalhin ang N95 sa lahat ng home visit. Bagong stock sa cabinet 3.'),
               ('vi', 'Nhắc nhở: mang khẩu trang N95 khi đến thăm nhà.'),
               ('en', 'Van #3 mileage 48211, fuel card returned to front desk.'),
               ('en', 'Called Lodi Memorial radiology (209-334-3411) re: CXR reading backlog, ETA Thursday.'),
               ('es', 'Sin visitas hoy por capacitación obligatoria de HIPAA en la oficina central.'),
               ('tl', 'Naubos ang loaner phones sa Lodi; kumuha ng 4 pa sa main office.'),
               ('en', 'Order #PO-2024-0311 for 200 QFT-Plus tube sets received, stored in fridge 2.'),
               ('vi', 'Họp nhóm lúc 14:00, cập nhật danh sách bệnh nhân vDOT.'),
               ('en', 'Reminder: incentive gift cards audit due 3/15 (finance, ext 4471).')]


def emit_note(lang, segs, case=None):
    t = tick()
    w = R.choice(WORKERS)
    if R.random() < 0.5:
        ln = Line('field-notes')
        ln.t('%s fieldnote id=FN-%d worker=%s ' % (loc(t).strftime('%Y-%m-%dT%H:%M:%S-08:00'), R.randint(80000, 99999), w[2]))
        if case:
            ln.t('case=').p(case, 'other_id').t(' ')
        ln.t('lang=%s text="' % lang).segs(segs).t('"')
        return ln
    ln = Line('field-notes')
    o_pre = '{"noteId": %d, "author": %s, "visitType": "%s", "lang": "%s", "body": "' % (
        R.randint(80000, 99999), json.dumps(w[0] + ' ' + w[1], ensure_ascii=False), R.choice(['HOME', 'PHONE', 'FIELD']), lang)
    ln.t(o_pre).segs(segs, esc=lambda s: json.dumps(s, ensure_ascii=False)[1:-1]).t('", "synced": true}')
    return ln


def g_note_phi():
    if R.random() < 0.3:
        pt = R.choice(OLD)
        lang, segs = note_segs_elder(pt)
    else:
        pt = pick()
        lang, segs = note_segs(pt)
    return [emit_note(lang, segs, pt.ccase)]


_USED_NOTES = set()


def g_note_noise():
    avail = [n for n in NOISE_NOTES if n[1] not in _USED_NOTES] or NOISE_NOTES
    lang, txt = R.choice(avail)
    _USED_NOTES.add(txt)
    return [emit_note(lang, [txt])]


# ---------------- EDN class B
def g_classb_phi():
    pt = pick_any()
    t = tick()
    k = R.randint(0, 2)
    edn = 'EDN-2024-%05d' % R.randint(100, 999)
    arr = recent(8, 30)
    if k == 0:
        ln = Line('edn-classb')
        fields(ln, ['EDN', 'NOTIFY', loc(t).strftime('%Y-%m-%d'), ['ALIEN_NO=', (pt.anum, 'other_id')], ['NAME=', (pt.nm('LFa'), 'name')],
                    ['DOB=', (pt.dob.isoformat(), 'date')], 'SEX=' + pt.sex, 'CLASS=%s' % R.choice(['B1 TB, PULMONARY', 'B1 TB, EXTRAPULMONARY', 'B2 TB, LTBI EVAL']),
                    ['ARRIVAL=', (fdate(arr, 'iso'), 'date')], 'POE=%s' % R.choice(['SFO', 'LAX', 'SEA', 'HNL']),
                    ['DEST_ADDR=', (fold(pt.street).upper(), 'address'), ', ', (pt.city.upper(), 'address'), ', CA ', (pt.zip, 'zip')],
                    ['PHONE=', (fph(pt.phone, 'plain'), 'phone')]])
        if R.random() < 0.6:
            tie = relative(pt, R.random() < 0.7)
            ln.t('|US_TIE=').p(tie.nm('LFa'), 'name').t(' (%s) TEL ' % R.choice(['BROTHER', 'SISTER', 'COUSIN', 'SPONSOR', 'UNCLE'])).p(fph(tie.phone, 'dash'), 'phone')
            if R.random() < 0.5:
                ln.t(' FAX ').p(fph(phone10(), 'dash'), 'fax')
        ln.t('|RESETTLEMENT=IRC Sacramento TEL 916-482-0120')
        return [ln]
    if k == 1:
        ln = Line('edn-classb').t(dpre('INFO', 'classb.letters'), 'rendered template=ClassB_FollowUp_%s.docx case=' % (lang_of(pt) if lang_of(pt) in ('es', 'tl', 'vi', 'so') else 'en'))
        ln.p(edn, 'other_id').t(' out=\\\\sjcfs01\\TB\\ClassB\\2024\\').p(pt.nm('file'), 'name').t('_').p(pt.anum, 'other_id').t('.pdf pages=2')
        return [ln]
    ln = Line('edn-classb').t(dpre('INFO', 'classb.status'), 'update ')
    jemit(ln, {'ednId': P(edn, 'other_id'), 'alienNumber': P(pt.anum, 'other_id'), 'status': 'EVAL_COMPLETE',
               'evalDate': P(fdate(recent(0, 3), 'us'), 'date'), 'cxrResult': R.choice(['stable, no active TB', 'fibrotic changes RUL, sputa x3 ordered']),
               'outcome': R.choice(['LTBI - referred for 3HP', 'Class B1 - no TB', 'Pending sputum culture']),
               'passportNo': P(R.choice(['P', 'C', 'EC']) + digits(7), 'license')}, sep=(', ', ': '))
    return [ln]


def g_classb_noise():
    ln = Line('edn-classb')
    if R.random() < 0.5:
        ln.t(dpre('INFO', 'classb.poll'), '%d new notifications retrieved from EDN in %d ms, 0 errors; next poll in 3600s' % (R.randint(0, 5), R.randint(300, 1500)))
    else:
        ln.t(dpre('WARNING', 'classb.poll'), 'EDN SOAP fault ns1:Server.Unavailable (retry 2/5), endpoint https://edn.cdc.gov/EDNWS/NotificationService')
    return [ln]


# ---------------- Mirth Connect
CHANNELS = [('IGRA_Quest_ORU_In', uuid4()), ('VDOT_Roster_Sync', uuid4()), ('RVCT_NBS_Out', uuid4()), ('CXR_MWL_Feed', uuid4())]


def mpre(level, thread, cat):
    t = tick()
    return '%-5s %s.%s [%s] %s: ' % (level, loc(t).strftime('%Y-%m-%d %H:%M:%S'), ms(t), thread, cat)


def chthread(i=None):
    c = CHANNELS[i] if i is not None else R.choice(CHANNELS)
    return 'Channel Dispatch Thread on %s (%s) < TCP Receiver Thread on %s (%s) (%d)' % (c[0], c[1], c[0], c[1], R.randint(1, 4))


def g_mirth_noise():
    ln = Line('mirth')
    k = R.randint(0, 8)
    if k == 0 and R.random() < 0.6:
        k = 4
    if k == 5:
        c = CHANNELS[2]
        ln.t(mpre('INFO', 'Channel Dispatch Thread on %s (%s)' % c, 'com.mirth.connect.connectors.http.HttpDispatcher'), 'POST https://nbs.cdph.ca.gov/phinms/receive returned 202 Accepted in %d ms' % R.randint(200, 3000))
    elif k == 6:
        ln.t(mpre('ERROR', chthread(0), 'com.mirth.connect.server.controllers.DonkeyEngineController'), 'Error processing message %d: java.net.SocketTimeoutException: Read timed out' % R.randint(100000, 999999))
    elif k == 7:
        ln.t(mpre('INFO', 'qtp%d-%d' % (R.randint(100000, 999999), R.randint(10, 99)), 'com.mirth.connect.server.api.providers.MirthServerSessionListener'), 'User admin_ops logged in from 10.20.1.%d' % R.randint(2, 250))
    elif k == 8:
        ln.t(mpre('WARN', chthread(3), 'com.mirth.connect.connectors.file.FileReceiver'), 'File /mnt/mwl/in/%s.hl7 still being written, will retry' % hexs(10))
    elif k == 0:
        ln.t(mpre('INFO', 'Main Server Thread', 'com.mirth.connect.server.Mirth'), 'Mirth Connect 3.12.0 (Built on May 30, 2022) server successfully started.')
    elif k == 1:
        ln.t(mpre('INFO', chthread(), 'com.mirth.connect.connectors.tcp.TcpReceiver'), 'Connection accepted from 10.20.1.%d:%d' % (R.randint(2, 250), R.randint(30000, 65000)))
    elif k == 2:
        c = CHANNELS[1]
        ln.t(mpre('WARN', 'Database Reader Thread on %s (%s)' % c, 'db-connector'), 'Query returned 0 rows')
    elif k == 3:
        ln.t(mpre('INFO', 'pool-1-thread-%d' % R.randint(1, 5), 'com.mirth.connect.donkey.server.data.passthru.DataPruner'), 'Pruned %d messages from channel %s' % (R.randint(100, 5000), R.choice(CHANNELS)[0]))
    else:
        ln.t(mpre('INFO', chthread(), 'transformer'), 'ACK sent MSA|AA|Q%s, processing time %d ms' % (digits(10), R.randint(5, 200)))
    return [ln]


def g_mirth_phi():
    pt = pick_any()
    ln = Line('mirth')
    k = R.randint(0, 2)
    if k == 0:
        ln.t(mpre('INFO', chthread(0), 'js-transformer'), 'QFT POSITIVE routed to TB nurse queue: MRN ').p(pt.mrn, 'mrn').t(' ')
        ln.p(pt.nm('LFa'), 'name').t(' DOB ').p(pt.dob.strftime('%Y%m%d'), 'date')
    elif k == 1:
        ln.t(mpre('ERROR', chthread(0), 'js-connector'), 'Failed to parse message: MSH|^~\\&|QUEST|QDI-WSC|MIRTH|SJCPHS-TB|%s||ORU^R01|Q%s|P|2.5.1\\rPID|1||' % (loc(Clock.t).strftime('%Y%m%d%H%M%S'), digits(10)))
        ln.p(pt.mrn, 'mrn').t('^^^SJCPHS^MR||').p(pt.nm('hl7'), 'name').t('||').p(pt.dob.strftime('%Y%m%d'), 'date').t('|%s\\rOBR|1|||QFTPLUS... (truncated)' % pt.sex)
    else:
        ln.t(mpre('WARN', 'Database Reader Thread on %s (%s)' % CHANNELS[1], 'js-connector'), 'roster row skipped, invalid ZIP "')
        ln.t(pt.zip[:4]).t('" for ').p(pt.nm('lf'), 'name').t(' / VD-').p(str(pt.vid), 'other_id')
    return [ln]


# ---------------- PowerShell sync jobs
def g_ps_header():
    t = tick()
    fam = 'powershell'
    return [Line(fam).t('**********************'),
            Line(fam).t('Windows PowerShell transcript start'),
            Line(fam).t('Start time: %s' % loc(t).strftime('%Y%m%d%H%M%S')),
            Line(fam).t('Username: SJCPHS\\svc_tbsync'),
            Line(fam).t('Machine: TBSYNC01 (Microsoft Windows NT 10.0.17763.0)'),
            Line(fam).t('Host Application: C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -NoProfile -ExecutionPolicy Bypass -File D:\\Jobs\\Sync-VdotRoster.ps1'),
            Line(fam).t('Process ID: %d' % R.randint(2000, 9000)),
            Line(fam).t('PSVersion: 5.1.17763.5458'),
            Line(fam).t('**********************')]


def g_ps_footer():
    t = tick()
    return [Line('powershell').t('**********************'),
            Line('powershell').t('Windows PowerShell transcript end'),
            Line('powershell').t('End time: %s' % loc(t).strftime('%Y%m%d%H%M%S')),
            Line('powershell').t('**********************')]


def pspre(level):
    return '[%s] [%s] ' % (loc(tick()).strftime('%Y-%m-%d %H:%M:%S'), level)


def g_ps_noise():
    ln = Line('powershell')
    k = R.randint(0, 7)
    if k == 5:
        ln.t(pspre('INFO'), 'Module SqlServer 22.1.1 loaded; connecting to CLARITYPRD01\\CLARITY (Integrated Security)')
    elif k == 6:
        ln.t('VERBOSE: Performing the operation "Remove File" on target "D:\\Jobs\\tmp\\roster_%s.json".' % hexs(8))
    elif k == 7:
        ln.t(pspre('WARN'), 'TLS 1.2 forced via [Net.ServicePointManager]::SecurityProtocol; token expires in %d s' % R.randint(300, 3600))
    elif k == 0:
        ln.t(pspre('INFO'), 'Pulled %d active TB patients from Clarity (query %.2fs)' % (R.randint(40, 90), R.uniform(0.5, 4)))
    elif k == 1:
        ln.t('VERBOSE: GET https://vdot.sjcphs.local/api/v2/patients?status=active&page=%d with 0-byte payload' % R.randint(1, 4))
    elif k == 2:
        ln.t("Export-Csv : Access to the path '\\\\sjcfs01\\TB\\Sync\\roster_%s.csv' is denied." % today().strftime('%Y%m%d'))
    elif k == 3:
        ln.t(pspre('INFO'), 'Sync complete: created=%d updated=%d skipped=%d errors=%d elapsed=00:00:%02d' % (R.randint(0, 4), R.randint(2, 30), R.randint(0, 5), R.randint(0, 2), R.randint(5, 59)))
    else:
        ln.t('VERBOSE: received %d-byte response of content type application/json; charset=utf-8' % R.randint(200, 90000))
    return [ln]


def g_ps_phi():
    pt = pick_any()
    fam = 'powershell'
    k = R.randint(0, 4)
    if k == 0:
        ln = Line(fam).t("WARNING: Skipping '").p(pt.nm(R.choice(['lf', 'LF'])), 'name').t("' (MRN ").p(pt.mrn, 'mrn').t("): mobile '")
        ln.p(fph(pt.phone, R.choice(['dash', 'paren', 'dot'])), 'phone').t("' is a landline per carrier lookup; SMS reminders disabled")
        return [ln]
    if k == 1:
        return [Line(fam).t('VERBOSE: PATCH https://vdot.sjcphs.local/api/v2/patients/').p('VD-%d' % pt.vid, 'other_id').t(' with %d-byte payload' % R.randint(120, 600))]
    if k == 2:
        out = [Line(fam).t('Invoke-RestMethod : {"error":"patient not found","id":"').p('VD-%d' % pt.vid, 'other_id').t('"}'),
               Line(fam).t('At D:\\Jobs\\Sync-VdotRoster.ps1:142 char:17'),
               Line(fam).t('+         $resp = Invoke-RestMethod -Method Patch -Uri $uri -Body $body ...'),
               Line(fam).t('+                 ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~'),
               Line(fam).t('    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-RestMethod], WebException'),
               Line(fam).t('    + FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand')]
        return out
    if k == 3:
        out = [Line(fam).t('PatientName   : ').p(pt.nm('lf'), 'name'),
               Line(fam).t('MRN           : ').p(pt.mrn, 'mrn'),
               Line(fam).t('DateOfBirth   : ').p(fdate(pt.dob, 'psdt'), 'date'),
               Line(fam).t('MobilePhone   : ').p(pt.phone, 'phone'),
               Line(fam).t('VdotId        : ').p('VD-%d' % pt.vid, 'other_id'),
               Line(fam).t('SSN           : ').p(pt.ssn, 'ssn'),
               Line(fam).t('LastSync      : %s' % loc(Clock.t).strftime('%-m/%-d/%Y %-I:%M:%S %p'))]
        return out
    ln = Line(fam).t(pspre('DEBUG'), 'EHR payload: ')
    bd = datetime.combine(pt.dob, datetime.min.time())
    epoch = int((bd - datetime(1970, 1, 1)).total_seconds() * 1000)
    o = {'MRN': P(pt.mrn, 'mrn'), 'LastName': P(pt.fam, 'name'), 'FirstName': P(pt.first(), 'name'),
         'BirthDate': P('\\/Date(%d)\\/' % epoch, 'date'), 'SSN': P(pt.ssn, 'ssn'), 'HomeFax': None,
         'MediCalCIN': P(pt.cin, 'health_plan'), 'Address1': P(pt.street, 'address'), 'Zip': P(pt.zip, 'zip')}
    if R.random() < 0.6:
        o['HomeFax'] = P(fph(phone10(), 'paren'), 'fax')
    if R.random() < 0.3:
        o['MedicareMBI'] = P(pt.mbi, 'health_plan')
    # PowerShell ConvertTo-Json -Compress escapes '/' in dates as \/; write raw
    ln.t('{')
    for i, (kk, v) in enumerate(o.items()):
        if i:
            ln.t(',')
        ln.t('"%s":' % kk)
        if v is None:
            ln.t('null')
        else:
            ln.t('"').p(v.v if kk == 'BirthDate' else json.dumps(v.v, ensure_ascii=False)[1:-1], v.cat).t('"')
    ln.t('}')
    return [ln]


# ============================================================================ assembly
NOISE_GENS = [(g_pino_noise, 6), (g_winston_noise, 6), (g_winston_stack, 1), (g_nginx_noise, 6),
              (g_django_noise, 5), (g_celery_noise, 4), (g_pg_noise, 3), (g_dicom_noise, 1),
              (g_dispense_noise, 2), (g_note_noise, 3), (g_classb_noise, 2), (g_mirth_noise, 7),
              (g_ps_noise, 4), (g_ps_header, 1), (g_ps_footer, 1)]
CAPS = {g_ps_header: 2, g_ps_footer: 2, g_winston_stack: 3, g_dicom_noise: 4, g_py_traceback: 3,
        g_rvct_xml: 4, g_rvct_fixed: 2, g_hl7: 5, g_dicom: 3, g_igra_csv: 4, g_contacts: 4, g_pg_phi: 3}
PHI_GENS = [(g_pino_phi, 5), (g_winston_phi, 9), (g_nginx_phi, 5), (g_django_phi, 5), (g_py_traceback, 1),
            (g_celery_phi, 5), (g_pg_phi, 1), (g_hl7, 2), (g_igra_csv, 2), (g_rvct_xml, 1), (g_rvct_fixed, 1),
            (g_contacts, 2), (g_dicom, 1), (g_orthanc_phi, 2), (g_dispense_phi, 5), (g_note_phi, 9),
            (g_classb_phi, 3), (g_mirth_phi, 4), (g_ps_phi, 3)]


def wpick(gens):
    tot = sum(w for _, w in gens)
    x = R.uniform(0, tot)
    for g, w in gens:
        x -= w
        if x <= 0:
            return g
    return gens[-1][0]


def build():
    lines = []
    sched = [g for g, _ in PHI_GENS + NOISE_GENS] + [g_hl7, g_hl7, g_igra_csv, g_contacts, g_dicom,
                                                     g_rvct_xml, g_ps_phi, g_winston_phi, g_winston_phi,
                                                     g_note_phi, g_note_phi, g_dispense_phi, g_ps_noise]
    R.shuffle(sched)

    def phi_count():
        return sum(1 for l in lines if l.spans)
    used = {}
    for g in sched:
        if g is g_ps_footer:
            continue
        used[g] = used.get(g, 0) + 1
        lines.extend(g())
    guard = 0
    while len(lines) < N_LINES and guard < 5000:
        guard += 1
        room = N_LINES - len(lines)
        frac = phi_count() / max(1, len(lines))
        g = wpick(PHI_GENS if frac < 0.45 else NOISE_GENS)
        if used.get(g, 0) >= CAPS.get(g, 10 ** 6):
            continue
        if g is g_ps_footer and used.get(g_ps_header, 0) <= used.get(g_ps_footer, 0):
            continue
        used[g] = used.get(g, 0) + 1
        blk = g()
        if len(blk) > room:
            used[g] -= 1
            continue
        lines.extend(blk)
    assert len(lines) == N_LINES, len(lines)
    return lines


def main():
    lines = build()
    here = os.path.dirname(os.path.abspath(__file__))
    log_rows, lab_rows = [], []
    for i, ln in enumerate(lines, 1):
        txt = ln.text()
        assert txt.strip() and '\n' not in txt and '\r' not in txt, (i, txt)
        b = txt.encode('utf-8')
        assert len(b) == ln.n
        prev = 0
        spans = []
        for s, e, cat, val in sorted(ln.spans):
            assert s >= prev, ('overlap', i, txt)
            assert b[s:e].decode('utf-8') == val, (i, val, b[s:e])
            prev = e
            spans.append({'s': s, 'e': e, 'cat': cat})
        log_rows.append(txt)
        lab_rows.append(json.dumps({'line': i, 'family': ln.fam, 'spans': spans}, ensure_ascii=False))
    with open(os.path.join(here, ID + '.log'), 'w', encoding='utf-8', newline='') as f:
        f.write('\n'.join(log_rows))
    with open(os.path.join(here, ID + '.labels.jsonl'), 'w', encoding='utf-8', newline='') as f:
        f.write('\n'.join(lab_rows) + '\n')


if __name__ == '__main__':
    main()
