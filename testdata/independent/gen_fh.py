#!/usr/bin/env python3
"""Deterministic generator of a labeled synthetic-PHI log corpus (id: fh).

Theme: a health system on the Microsoft stack (Dataverse / Dynamics 365 plug-in traces and
FetchXML, Power Automate run history, Application Insights, Azure Functions host output,
API Management gateway logs, Entra ID / B2C sign-in logs, SharePoint ULS, Teams bot
activities, SQL Server Agent job history, Dataverse audit exports).

Standard library only. Writes fh.log and fh.labels.jsonl next to this file.
Every line is built by concatenating segments; a labeled segment records its own byte
offsets, and every span is checked against the inserted bytes.
"""
import base64
import datetime as dt
import json
import os
import random

random.seed(27)
ID = 'fh'
HERE = os.path.dirname(os.path.abspath(__file__))
UTC = dt.timezone.utc
N_LINES = 500


# ----------------------------------------------------------------------------------------
# segment builder
# ----------------------------------------------------------------------------------------
class P:
    """A labeled value (PHI)."""
    __slots__ = ('v', 'cat', 'num')

    def __init__(self, v, cat, num=False):
        self.v = str(v)
        self.cat = cat
        self.num = num


class S:
    """A sequence of (text, category-or-None) segments."""
    __slots__ = ('segs',)

    def __init__(self, *parts):
        self.segs = []
        for x in parts:
            self.add(x)

    def t(self, s):
        s = str(s)
        if s:
            self.segs.append((s, None))
        return self

    def p(self, s, cat):
        s = str(s)
        assert s and cat in CATS, (s, cat)
        self.segs.append((s, cat))
        return self

    def add(self, x):
        if isinstance(x, S):
            self.segs.extend(x.segs)
        elif isinstance(x, P):
            self.p(x.v, x.cat)
        elif x is None:
            pass
        else:
            self.t(x)
        return self

    def map(self, fn):
        n = S()
        n.segs = [(fn(s), c) for s, c in self.segs]
        return n

    def has_phi(self):
        return any(c for _, c in self.segs)


class Raw:
    """Pre-serialized JSON fragment (number formatting etc.)."""
    __slots__ = ('s',)

    def __init__(self, s):
        self.s = s if isinstance(s, S) else S(s)


CATS = {'name', 'address', 'zip', 'date', 'age', 'phone', 'fax', 'email', 'ssn', 'mrn',
        'health_plan', 'account', 'license', 'vehicle', 'device', 'url', 'ip', 'biometric',
        'photo', 'other_id'}


def C(*parts):
    return S(*parts)


# ----------------------------------------------------------------------------------------
# JSON serialization onto segments
# ----------------------------------------------------------------------------------------
def _u16(ch, fmt):
    c = ord(ch)
    if c > 0xFFFF:
        c -= 0x10000
        return '\\u' + (fmt % (0xD800 + (c >> 10))) + '\\u' + (fmt % (0xDC00 + (c & 0x3FF)))
    return '\\u' + (fmt % c)


def jesc(s, mode=None):
    """mode None: Newtonsoft-like raw UTF-8; 'ascii': Python json default; 'stj': System.Text.Json default."""
    out = []
    for ch in s:
        c = ord(ch)
        if ch == '"':
            out.append('\\u0022' if mode == 'stj' else '\\"')
        elif ch == '\\':
            out.append('\\\\')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\r':
            out.append('\\r')
        elif ch == '\t':
            out.append('\\t')
        elif c < 0x20:
            out.append('\\u%04x' % c)
        elif mode == 'stj' and (c > 0x7E or ch in "<>&'+`"):
            out.append(_u16(ch, '%04X'))
        elif mode == 'ascii' and c > 0x7E:
            out.append(_u16(ch, '%04x'))
        else:
            out.append(ch)
    return ''.join(out)


COMPACT = (',', ':')
SPACED = (', ', ': ')


def J(v, sep=COMPACT, mode=None):
    out = S()
    _j(v, sep, mode, out)
    return out


def _j(v, sep, mode, out):
    if isinstance(v, dict):
        out.t('{')
        first = True
        for k, x in v.items():
            if not first:
                out.t(sep[0])
            first = False
            out.t('"' + jesc(k, mode) + '"' + sep[1])
            _j(x, sep, mode, out)
        out.t('}')
    elif isinstance(v, list):
        out.t('[')
        for i, x in enumerate(v):
            if i:
                out.t(sep[0])
            _j(x, sep, mode, out)
        out.t(']')
    elif isinstance(v, P):
        if v.num:
            out.p(v.v, v.cat)
        else:
            out.t('"')
            out.p(jesc(v.v, mode), v.cat)
            out.t('"')
    elif isinstance(v, S):
        out.t('"')
        out.add(v.map(lambda s: jesc(s, mode)))
        out.t('"')
    elif isinstance(v, Raw):
        out.add(v.s)
    elif v is None:
        out.t('null')
    elif v is True:
        out.t('true')
    elif v is False:
        out.t('false')
    elif isinstance(v, int):
        out.t(str(v))
    elif isinstance(v, float):
        out.t(json.dumps(v))
    else:
        out.t('"' + jesc(str(v), mode) + '"')


def jstr(v, sep=COMPACT, mode=None):
    """Serialize then embed as a JSON string value (stringified JSON)."""
    inner = J(v, sep, mode)
    return inner  # caller wraps with _j as S -> escaped again


def xml_attr(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('"', '&quot;')


def url_q(s, keep=''):
    """Percent-encode like .NET Uri.EscapeDataString."""
    out = []
    for b in s.encode('utf-8'):
        ch = chr(b)
        if ch.isalnum() and b < 128 or ch in '-_.~' or ch in keep:
            out.append(ch)
        else:
            out.append('%%%02X' % b)
    return ''.join(out)


# ----------------------------------------------------------------------------------------
# identifier helpers
# ----------------------------------------------------------------------------------------
def rhex(n, upper=False):
    s = ''.join(random.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


def guid(upper=False):
    h = rhex(32)
    h = h[:12] + '4' + h[13:16] + random.choice('89ab') + h[17:]
    g = '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return g.upper() if upper else g


def rdig(n):
    return ''.join(random.choice('0123456789') for _ in range(n))


def ralnum(n, alphabet='ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'):
    return ''.join(random.choice(alphabet) for _ in range(n))


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


def make_card(prefix, length=16):
    body = prefix + rdig(length - 1 - len(prefix))
    n = body + luhn_check(body)
    assert luhn_ok(n)
    return n


def make_imei(tac):
    body = tac + rdig(14 - len(tac))
    n = body + luhn_check(body)
    assert luhn_ok(n)
    return n


VIN_MAP = dict(zip('ABCDEFGHJKLMNPRSTUVWXYZ', [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def make_vin(wmi_vds, year_code):
    alpha = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
    v = list(wmi_vds + '0' + year_code + random.choice(alpha) + rdig(6))
    assert len(v) == 17
    tot = sum((int(c) if c.isdigit() else VIN_MAP[c]) * w for c, w in zip(v, VIN_W))
    r = tot % 11
    v[8] = 'X' if r == 10 else str(r)
    return ''.join(v)


def make_mbi():
    alpha = 'ACDEFGHJKMNPQRTUVWXY'
    num = '0123456789'
    an = alpha + num
    pat = [num[1:], alpha, an, num, alpha, an, num, alpha, alpha, num, num]
    return ''.join(random.choice(p) for p in pat)


def make_iban_se():
    bban = '5000' + rdig(16)
    conv = ''.join(str(int(c, 36)) for c in bban + 'SE00')
    chk = 98 - int(conv) % 97
    iban = 'SE%02d%s' % (chk, bban)
    conv2 = ''.join(str(int(c, 36)) for c in iban[4:] + iban[:4])
    assert int(conv2) % 97 == 1
    return iban


def make_pesel(d, male):
    yy = d.year % 100
    mm = d.month + (20 if d.year >= 2000 else 0)
    serial = rdig(3) + str(random.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8]))
    s = '%02d%02d%02d%s' % (yy, mm, d.day, serial)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10
    return s + str(c)


def curp_check(s17):
    dic = '0123456789ABCDEFGHIJKLMN\u00d1OPQRSTUVWXYZ'
    tot = sum(dic.index(ch) * (18 - i) for i, ch in enumerate(s17))
    return str((10 - tot % 10) % 10)


def gtin14(prefix13):
    tot = 0
    for i, ch in enumerate(reversed(prefix13)):
        tot += int(ch) * (3 if i % 2 == 0 else 1)
    return prefix13 + str((10 - tot % 10) % 10)


def jpeg_b64(nbytes):
    hdr = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b'JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00'
    body = bytes(random.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(hdr + b'\xff\xdb\x00\x43\x00' + body).decode()


def png_b64(nbytes):
    hdr = b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x60\x00\x00\x00\x60\x08\x02\x00\x00\x00'
    body = bytes(random.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(hdr + body).decode()


def rand_b64(nbytes, prefix=b''):
    return base64.b64encode(prefix + bytes(random.getrandbits(8) for _ in range(nbytes))).decode()


def b64url(nbytes):
    return rand_b64(nbytes).rstrip('=').replace('+', '-').replace('/', '_')


# ----------------------------------------------------------------------------------------
# time helpers
# ----------------------------------------------------------------------------------------
CLOCK = [dt.datetime(2024, 3, 11, 11, 2, 7, 118000, tzinfo=UTC)]
CDT = dt.timedelta(hours=-5)


def tick():
    CLOCK[0] += dt.timedelta(seconds=random.randint(1, 70), microseconds=random.randint(0, 999999))
    return CLOCK[0]


def iso(t, frac=3, z=True):
    s = t.strftime('%Y-%m-%dT%H:%M:%S')
    if frac:
        s += '.' + ('%06d' % t.microsecond + '0')[:frac]
    return s + ('Z' if z else '')


def ticks(t):
    d = t - dt.datetime(1, 1, 1, tzinfo=UTC)
    return (d.days * 86400 + d.seconds) * 10 ** 7 + d.microseconds * 10


def us_dt(t):
    h = t.hour % 12 or 12
    return '%d/%d/%d %d:%02d:%02d %s' % (t.month, t.day, t.year, h, t.minute, t.second, 'AM' if t.hour < 12 else 'PM')


def rfc1123(t):
    return t.strftime('%a, %d %b %Y %H:%M:%S GMT')


def dfmt(d, style):
    if style == 'iso':
        return d.strftime('%Y-%m-%d')
    if style == 'us':
        return d.strftime('%m/%d/%Y')
    if style == 'usnz':
        return '%d/%d/%d' % (d.month, d.day, d.year)
    if style == 'net':
        return '%d/%d/%d 12:00:00 AM' % (d.month, d.day, d.year)
    if style == 'isoT':
        return d.strftime('%Y-%m-%dT00:00:00Z')
    if style == 'isoT0':
        return d.strftime('%Y-%m-%dT00:00:00')
    if style == 'long':
        return '%s %d, %d' % (d.strftime('%B'), d.day, d.year)
    if style == 'short':
        return '%d/%d/%02d' % (d.month, d.day, d.year % 100)
    if style == 'msjson':
        ms = (d - dt.date(1970, 1, 1)).days * 86400000
        return '/Date(%d)/' % ms
    raise ValueError(style)


def appt_dt():
    d = dt.date(2024, 3, 12) + dt.timedelta(days=random.randint(0, 45))
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    h = random.choice([8, 9, 9, 10, 11, 13, 14, 15, 16])
    m = random.choice([0, 15, 30, 45])
    return dt.datetime(d.year, d.month, d.day, h, m)


def hm12(t):
    h = t.hour % 12 or 12
    return '%d:%02d %s' % (h, t.minute, 'AM' if t.hour < 12 else 'PM')


def past_date(days_lo=1, days_hi=400):
    return dt.date(2024, 3, 11) - dt.timedelta(days=random.randint(days_lo, days_hi))


# ----------------------------------------------------------------------------------------
# organisation, tenants, staff
# ----------------------------------------------------------------------------------------
ORG = dict(name='Lakeshore Health', domain='lakeshorehealth.org', street='1500 N Lake Shore Dr',
           city='Chicago', state='IL', zip='60610', phone='(312) 555-0100', fax='(312) 555-0199',
           phone_e164='+13125550100', sched='(312) 555-0123')
CRM = 'lakeshorehealth.crm.dynamics.com'
B2C = 'lakeshorepatients'
TEN_STAFF = guid()
TEN_B2C = guid()
SUBS = guid()
APP_PORTAL = guid()
APP_PATIENT_API = guid()
APP_CRM = '00000007-0000-0000-c000-000000000000'  # Dynamics CRM first-party app id
APP_TEAMS = '1fec8e78-bce4-4aaf-ab1b-5451cc387264'  # Teams client
APP_OFFICE = '4765445b-32c6-49b0-83e6-1d93765276ca'  # OfficeHome
APP_BOT = guid()
AI_APPID = guid()
AI_IKEY = guid()
LA_WS = guid()
FLOW_ENV = 'Default-' + TEN_STAFF
WF_REMIND = rhex(32)
WF_INTAKE = rhex(32)
WF_KIOSK = rhex(32)
APIM_HOST = 'apim-lhs-pe-prod.azure-api.net'
FUNC_HOST = 'func-lhs-pe-prod.azurewebsites.net'
SP = 'sp.lakeshorehealth.org'
MI_FUNC = guid()
SP_FLOWSVC = guid()

STAFF = [
    ('Priya', 'Raman', 'Dr.', 'Cardiologist'),
    ('Marcus', 'Feld', '', 'RN'),
    ('Keisha', 'Brown', '', 'Care Coordinator'),
    ('Daniel', 'Cho', '', 'Dynamics Administrator'),
    ('Sofia', 'Lindgren', '', 'Scheduler'),
    ('Rahul', 'Mehta', '', 'Integration Developer'),
    ('Grace', 'Whitfield', '', 'Nurse Navigator'),
    ('Yusuf', 'Demir', '', 'Pharmacist'),
    ('Amelia', 'Torres', '', 'Patient Access Rep'),
    ('Oluwaseun', 'Adeyemi', 'Dr.', 'Hospitalist'),
    ('Ingrid', 'Haugen', '', 'Social Worker'),
    ('Mateo', 'Ferrari', '', 'Revenue Cycle Analyst'),
]
STAFF_OBJ = {s[1]: guid() for s in STAFF}
STAFF_IP = {}
for _s in STAFF:
    STAFF_IP[_s[1]] = random.choice(['64.107.53.', '107.191.22.', '12.47.210.', '208.87.31.']) + str(random.randint(10, 250))
HOSPITAL_EGRESS = '12.47.210.66'


def staff():
    return random.choice(STAFF)


def sname(s):
    return s[0] + ' ' + s[1]


def supn(s):
    return (s[0][0] + '.' + s[1]).lower() + '@' + ORG['domain']


def ssam(s):
    return 'LAKESHORE\\' + (s[0][0] + s[1]).lower()


PRIVATE_IPS = ['10.40.2.%d', '10.40.3.%d', '10.62.0.%d', '172.20.14.%d', '192.168.50.%d']


def priv_ip():
    return random.choice(PRIVATE_IPS) % random.randint(4, 250)


# ----------------------------------------------------------------------------------------
# patients (synthetic)
# ----------------------------------------------------------------------------------------
def D(y, m, d):
    return dt.date(y, m, d)


PATIENTS = [
    dict(first='Ngozi', last='Okafor', sex='F', dob=D(1957, 3, 2), street='1822 Asbury Ave', city='Evanston',
         zip='60201', phone=('847', '0131'), email='ngozi.okafor57@gmail.com', mrn='00482913', ssn='412-58-7730',
         plan='medicare', ec=('Chidi Okafor', 'Son', ('847', '0166')), user='nokafor57',
         ips=['73.45.201.18', '2601:240:c481:9f10:5d2e:1a3b:77c4:e210'], browser='Edge 122.0.0'),
    dict(first='Lan', last='Nguyen', sex='F', dob=D(1984, 2, 14), street='4417 N Kenmore Ave Apt 3B', city='Chicago',
         zip='60640', phone=('773', '0142'), email='lan.nguyen84@outlook.com', mrn='00731552', ssn='338-21-9046',
         plan='commercial', plan_prefix='XOF', ec=('Minh Tran', 'Spouse', ('773', '0179')), user='lannguyen84',
         ips=['98.212.33.140'], browser='Mobile Safari 17.3', device='cgm'),
    dict(first='José', last='Álvarez Ruiz', sex='M', dob=D(1978, 4, 12), street='2615 S Millard Ave', city='Chicago',
         zip='60623', phone=('773', '0187'), email='jalvarezruiz@yahoo.com', mrn='01029384', ssn='527-33-1904',
         plan='medicaid', ec=('Guadalupe Ruiz Ochoa', 'Mother', ('773', '0115')), user='jalvarez78',
         ips=['24.15.88.201'], browser='Chrome Mobile 122.0.6261', curp=True),
    dict(first='Siobhán', last="O'Connell", sex='F', dob=D(1969, 11, 23), street='731 S Grove Ave', city='Oak Park',
         zip='60304', phone=('708', '0119'), email='siobhan.oconnell@icloud.com', mrn='00655017', ssn='356-90-4418',
         plan='commercial', plan_prefix='UHC', ec=('Declan O\'Connell', 'Brother', ('708', '0152')), user='soconnell',
         ips=['67.175.92.31'], browser='Safari 17.2', card=True),
    dict(first='Hiroshi', last='Tanaka', sex='M', dob=D(1949, 7, 30), street='9140 Kenton Ave', city='Skokie',
         zip='60076', phone=('847', '0158'), email='h.tanaka49@comcast.net', mrn='00390266', ssn='324-77-5180',
         plan='medicare', ec=('Keiko Tanaka', 'Wife', ('847', '0159')), user='htanaka49',
         ips=['73.110.58.7'], browser='Chrome 122.0.0', device='imei'),
    dict(first='Fatima', last='Al-Sayed', sex='F', dob=D(1991, 5, 6), street='1306 W Jefferson St', city='Joliet',
         zip='60435', phone=('815', '0124'), email='fatima.alsayed@proton.me', mrn='01188470', ssn='361-44-2087',
         plan='commercial', plan_prefix='W', ec=('Omar Al-Sayed', 'Husband', ('815', '0163')), user='falsayed',
         ips=['108.91.176.44'], browser='Firefox 123.0', dl='A236-4718-5906'),
    dict(first='Dmitri', last='Volkov', sex='M', dob=D(1962, 9, 18), street='2230 Sheridan Rd', city='Kenosha',
         state='WI', zip='53140', phone=('262', '0173'), email='dvolkov62@gmail.com', mrn='00847120', ssn='391-52-6648',
         plan='commercial', plan_prefix='HUM', ec=('Irina Volkova', 'Wife', ('262', '0174')), user='dvolkov',
         ips=['71.87.140.219'], browser='Chrome 121.0.0', vehicle=True),
    dict(first='Aroha', last='Ngata', sex='F', dob=D(2001, 1, 9), street='415 Washington St', city='Waukegan',
         zip='60085', phone=('224', '0136'), email='aroha.ngata01@gmail.com', mrn='01302291', ssn='318-06-7723',
         plan='commercial', plan_prefix='BCI', ec=('Mere Ngata', 'Mother', ('224', '0190')), user='arohan01',
         ips=['174.203.12.96'], browser='Chrome Mobile 122.0.6261', social=True),
    dict(first='Zoë', last='Müller', sex='F', dob=D(1988, 6, 21), street='1141 Maple Ave', city='Berwyn',
         zip='60402', phone=('708', '0150'), email='zoe.mueller88@gmx.net', mrn='00912455', ssn='343-19-8850',
         plan='commercial', plan_prefix='XOF', ec=('Lukas Müller', 'Partner', ('708', '0151')), user='zmueller',
         ips=['50.204.77.13'], browser='Firefox 123.0'),
    dict(first='Kwame', last='Mensah', sex='M', dob=D(1975, 12, 3), street='5329 W Cermak Rd', city='Cicero',
         zip='60804', phone=('708', '0194'), email='kwame.mensah@gmail.com', mrn='00577810', ssn='330-85-1276',
         plan='commercial', plan_prefix='CIG', ec=('Abena Mensah', 'Wife', ('708', '0195')), user='kmensah',
         ips=['99.141.60.205'], browser='Edge 122.0.0', card=True),
    dict(first='Evelyn', last='Hargreaves', sex='F', dob=D(1931, 8, 15), street='250 W Jefferson Ave', city='Naperville',
         zip='60540', phone=('630', '0112'), fax=('630', '0113'), email='', mrn='00128841', ssn='318-22-0457',
         plan='medicare', ec=('Margaret Hargreaves-Lowe', 'Daughter', ('630', '0177')), ec_email='margaret.lowe@att.net',
         user='mlowe_proxy', ips=['76.29.183.54'], browser='Safari 16.6'),
    dict(first='Tomasz', last='Wiśniewski', sex='M', dob=D(1980, 3, 27), street='3014 N Milwaukee Ave', city='Chicago',
         zip='60618', phone=('773', '0163'), email='tomasz.wisniewski80@wp.pl', mrn='01066342', ssn='349-61-2293',
         plan='commercial', plan_prefix='BCI', ec=('Anna Wiśniewska', 'Wife', ('773', '0164')), user='twisniewski',
         ips=['73.9.214.160'], browser='Chrome 122.0.0', pesel=True),
    dict(first='Björn', last='Lindqvist', sex='M', dob=D(1970, 10, 4), street='812 Elm St', city='Winnetka',
         zip='60093', phone=('847', '0109'), email='bjorn.lindqvist@telia.se', mrn='01240057', ssn='366-48-9102',
         plan='selfpay', ec=('Karin Lindqvist', 'Wife', ('847', '0108')), user='blindqvist',
         ips=['81.228.9.142'], browser='Safari 17.3', iban=True),
    dict(first='Leilani', last='Kahale', sex='F', dob=D(1995, 8, 11), street='1620 Oak Ave Unit 2', city='Evanston',
         zip='60201', phone=('847', '0185'), email='leilani.kahale95@gmail.com', mrn='01377719', ssn='340-73-5561',
         plan='commercial', plan_prefix='AET', ec=('Kainoa Kahale', 'Father', ('808', '0140')), user='lkahale',
         ips=['107.77.205.18'], browser='Mobile Safari 17.3', device='mac'),
    dict(first='Amara', last='Diallo', sex='F', dob=D(1958, 2, 28), street='7438 S Cornell Ave', city='Chicago',
         zip='60649', phone=('773', '0121'), email='amara.diallo58@yahoo.fr', mrn='00704538', ssn='355-12-8874',
         plan='medicare', ec=('Ibrahim Diallo', 'Son', ('773', '0122')), user='adiallo58',
         ips=['162.230.44.77'], browser='Chrome 122.0.0', device='udi'),
    dict(first='Wei-Ling', last='Chen', sex='F', dob=D(1966, 12, 19), street='2130 S Wentworth Ave', city='Chicago',
         zip='60616', phone=('312', '0148'), email='weiling.chen66@hotmail.com', mrn='00268803', ssn='320-58-4419',
         plan='commercial', plan_prefix='XOF', ec=('Chen Jun', 'Husband', ('312', '0147')), user='wlchen',
         ips=['69.243.18.222'], browser='Edge 121.0.0'),
    dict(first='Rafael', last='Delgado-Marín', sex='M', dob=D(1939, 1, 5), street='6051 N Ridge Ave', city='Chicago',
         zip='60660', phone=('773', '0197'), email='rdelgadomarin@sbcglobal.net', mrn='00159936', ssn='327-40-3365',
         plan='medicare', ec=('Lucía Delgado', 'Daughter', ('773', '0198')), user='rdelgado39',
         ips=['108.216.71.9'], browser='Chrome 120.0.0'),
    dict(first='Walter', last='Pruitt', sex='M', dob=D(1933, 4, 20), street='18 Lincoln Ct', city='Oak Park',
         zip='60302', phone=('708', '0106'), fax=('708', '0107'), email='wpruitt33@aol.com', mrn='00104472',
         ssn='331-09-6652', plan='medicare', ec=('Denise Pruitt', 'Daughter-in-law', ('708', '0127')),
         user='wpruitt', ips=['73.51.10.118'], browser='Edge 122.0.0'),
]

TODAY = dt.date(2024, 3, 11)
for _p in PATIENTS:
    _p.setdefault('state', 'IL')
    _p['age'] = TODAY.year - _p['dob'].year - ((TODAY.month, TODAY.day) < (_p['dob'].month, _p['dob'].day))
    _p['contactid'] = guid()
    _p['b2c_oid'] = guid()
    _p['full'] = _p['first'] + ' ' + _p['last']
    if _p['plan'] == 'medicare':
        _p['member'] = make_mbi()
    elif _p['plan'] == 'medicaid':
        _p['member'] = rdig(9)
    elif _p['plan'] == 'commercial':
        _p['member'] = _p['plan_prefix'] + rdig(9 if len(_p['plan_prefix']) == 3 else 10)
    else:
        _p['member'] = None
    _p['group'] = random.choice(['GRP-', '', '0']) + rdig(6) if _p['member'] else None
    _p['acct'] = '30' + rdig(9)   # guarantor / hospital billing account
    _p['case'] = 'CAS-%05d-%s' % (random.randint(1000, 99999), ralnum(6, 'ABCDEFGHJKLMNPQRSTVWXYZ0123456789'))
    if _p.get('card'):
        _p['card_no'] = make_card(random.choice(['4', '4', '51', '55']))
    if _p.get('iban'):
        _p['iban_no'] = make_iban_se()
    if _p.get('pesel'):
        _p['pesel_no'] = make_pesel(_p['dob'], True)
    if _p.get('curp'):
        s17 = 'AARJ780412HJCLZS0'
        _p['curp_no'] = s17 + curp_check(s17)
    dev = _p.get('device')
    if dev == 'cgm':
        _p['dev_sn'] = ralnum(10)
    elif dev == 'imei':
        _p['dev_sn'] = make_imei('35' + rdig(6))
    elif dev == 'mac':
        _p['dev_sn'] = ':'.join('%02X' % random.randint(0, 255) for _ in range(6))
    elif dev == 'udi':
        g = gtin14('0' + '0' + '763000' + rdig(5))
        _p['udi_gtin'] = g
        _p['dev_sn'] = 'NG' + rdig(7) + 'H'
        _p['dev_udi'] = '(01)%s(17)270131(10)%s(21)%s' % (g, 'LOT' + rdig(5), _p['dev_sn'])
    if _p.get('vehicle'):
        _p['vin'] = make_vin('1FTFW1E5', 'M')
        _p['plate'] = 'AKR-%04d' % random.randint(1000, 9999)
    else:
        _p['plate'] = random.choice(['%s %05d', '%s%05d']) % (ralnum(2, 'ABCDEFGHJKLMNPRSTVWXYZ'), random.randint(10000, 99999))
    _p['website'] = random.choice(['https://www.linkedin.com/in/%s-%s-%d', 'https://%s%s.substack.com/?%d', 'https://www.facebook.com/%s.%s.%d']) % (
        _p['first'].lower().replace('é', 'e').replace('ë', 'e').replace('ö', 'o').replace('á', 'a'),
        _p['last'].lower().replace(' ', '').replace("'", '').replace('á', 'a').replace('ü', 'u').replace('ś', 's').replace('í', 'i').replace('Á', 'a'),
        random.randint(10, 99))
    if _p.get('dl') is None and random.random() < 0.5:
        _p['dl'] = '%s%03d-%04d-%04d' % (_p['last'][0].upper().replace('Á', 'A'), random.randint(100, 999),
                                         random.randint(0, 9999), random.randint(0, 9999))
    _p['portal_url'] = 'https://my.lakeshorehealth.org/profile/' + _p['user']

ELDERS = [p for p in PATIENTS if p['age'] > 89]
assert len(ELDERS) == 2, [(p['last'], p['age']) for p in PATIENTS]
NOT_OLD = [p for p in PATIENTS if p['age'] <= 89]


def pat():
    return random.choice(PATIENTS)


def phone_fmt(ph, style=None):
    a, x = ph
    style = style or random.choice(['paren', 'dash', 'e164', 'dot', 'paren', 'dash'])
    if style == 'paren':
        return '(%s) 555-%s' % (a, x)
    if style == 'dash':
        return '%s-555-%s' % (a, x)
    if style == 'e164':
        return '+1%s555%s' % (a, x)
    if style == 'dot':
        return '%s.555.%s' % (a, x)
    if style == 'plain':
        return '%s555%s' % (a, x)
    raise ValueError(style)


def ssn_fmt(p, dashed=True):
    return p['ssn'] if dashed else p['ssn'].replace('-', '')


def member_of(p):
    return p['member']


# ----------------------------------------------------------------------------------------
# shared look-alike pools
# ----------------------------------------------------------------------------------------
FUNCS = ['PatientMatch', 'RpmIngest', 'AppointmentReminderDispatch', 'CoverageEligibility', 'PortalProfileSync',
         'KioskCheckIn', 'FhirBridge']
ROLE_INST = ['dw1sdwk0000AJ', 'dw1sdwk0000BF', 'pd2mdwk00007K', 'lw0sdlwk0002Q']
SDK = 'azurefunctions: 4.31.1.22191'


def etag():
    return 'W/"%d"' % random.randint(40000000, 99999999)


def flow_ctid():
    return '08584' + rdig(24) + 'CU' + rdig(2)


def ai_rowmeta(op_name, role='func-lhs-pe-prod'):
    return {'operation_Name': op_name, 'operation_Id': rhex(32), 'operation_ParentId': rhex(16),
            'session_Id': '', 'user_Id': '', 'client_Type': 'PC', 'client_IP': '0.0.0.0',
            'cloud_RoleName': role, 'cloud_RoleInstance': random.choice(ROLE_INST),
            'appId': AI_APPID, 'appName': 'appi-lhs-pe-prod', 'iKey': AI_IKEY, 'sdkVersion': SDK,
            'itemId': guid(), 'itemCount': 1}


# ========================================================================================
# Family: dv-plugintrace
# ========================================================================================
PLUGINS = ['Lakeshore.Crm.Plugins.ContactPreValidate', 'Lakeshore.Crm.Plugins.ContactPostCreate',
           'Lakeshore.Crm.Plugins.DuplicatePatientCheck', 'Lakeshore.Crm.Plugins.AppointmentReminderScheduler',
           'Lakeshore.Crm.Plugins.CoverageSync', 'Lakeshore.Crm.Plugins.CaseAutoRoute']
PKT = 'PublicKeyToken=3c1a9f0e5b7d2a64'


def contact_attr_segs(p, style, n=None):
    """Serialized contact attributes; returns list of (name, S-value) pairs."""
    keys = ['firstname', 'lastname', 'birthdate', 'msemr_medicalrecordnumber', 'mobilephone', 'emailaddress1',
            'address1_line1', 'address1_city', 'address1_postalcode', 'governmentid', 'fax', 'lhs_emergencycontactname',
            'lhs_emergencycontactphone', 'lhs_driverslicense', 'msemr_azurefhirid']
    order = keys[:]
    random.shuffle(order)
    order = order[:n or random.randint(4, 8)]
    if p.get('fax') and 'fax' not in order:
        order.append('fax')
    order = sorted(order, key=keys.index)
    out = []
    for k in order:
        if k == 'firstname':
            v = P(p['first'], 'name')
        elif k == 'lastname':
            v = P(p['last'], 'name')
        elif k == 'birthdate':
            v = P(dfmt(p['dob'], style), 'date')
        elif k == 'msemr_medicalrecordnumber':
            v = P(p['mrn'], 'mrn')
        elif k == 'mobilephone':
            v = P(phone_fmt(p['phone']), 'phone')
        elif k == 'emailaddress1':
            if not p['email']:
                continue
            v = P(p['email'], 'email')
        elif k == 'address1_line1':
            v = P(p['street'], 'address')
        elif k == 'address1_city':
            v = P(p['city'], 'address')
        elif k == 'address1_postalcode':
            v = P(p['zip'], 'zip')
        elif k == 'governmentid':
            v = P(ssn_fmt(p, random.random() < 0.6), 'ssn')
        elif k == 'fax':
            if not p.get('fax'):
                continue
            v = P(phone_fmt(p['fax']), 'fax')
        elif k == 'lhs_emergencycontactname':
            v = P(p['ec'][0], 'name')
        elif k == 'lhs_emergencycontactphone':
            v = P(phone_fmt(p['ec'][2]), 'phone')
        elif k == 'lhs_driverslicense':
            if not p.get('dl'):
                continue
            v = P(p['dl'], 'license')
        elif k == 'msemr_azurefhirid':
            v = guid()  # record id, not PHI
        out.append((k, v))
    return out


def fam_plugintrace(phi, t):
    plugin = random.choice(PLUGINS)
    corr, req = guid(), guid()
    kind = random.choice(['json', 'json', 'text'])
    if phi:
        p = pat()
        variant = random.choice(['target', 'target', 'dup', 'appt', 'case', 'image', 'image', 'imgdiff'])
        mb = S()
        exc = S()
        msg, ent = 'Update', 'contact'
        if variant == 'target':
            msg = random.choice(['Create', 'Update'])
            mb.t('Entered %s.Execute(), Correlation Id: %s, Initiating User: %s\r\n' % (plugin, corr, STAFF_OBJ[staff()[1]]))
            mb.t('Target contact (%s) attributes:\r\n' % p['contactid'])
            for k, v in contact_attr_segs(p, random.choice(['net', 'net', 'isoT0'])):
                mb.t('  %s = ' % k).add(v).t('\r\n')
            mb.t('  gendercode = OptionSetValue(%d)\r\n' % (2 if p['sex'] == 'F' else 1))
            mb.t('  modifiedon = %s\r\n' % us_dt(t - dt.timedelta(seconds=1)))
            mb.t('Exiting %s.Execute(), Correlation Id: %s' % (plugin, corr))
        elif variant == 'dup':
            msg = 'Create'
            plugin = 'Lakeshore.Crm.Plugins.DuplicatePatientCheck'
            other = guid()
            mb.t('Entered %s.Execute()\r\nDuplicate rule matched 1 record(s) in 38 ms (rule id %s)\r\n' % (plugin, guid()))
            exc.t('Microsoft.Xrm.Sdk.InvalidPluginExecutionException: A patient with MRN ').p(p['mrn'], 'mrn')
            exc.t(' already exists (contact %s, ' % other).p(p['last'], 'name').t(', ').p(p['first'], 'name')
            exc.t(', DOB ').p(dfmt(p['dob'], 'us'), 'date').t(').\r\n   at Lakeshore.Crm.Plugins.DuplicatePatientCheck.Execute(IServiceProvider serviceProvider)\r\n   at Microsoft.Crm.Extensibility.V5PluginProxyStep.ExecuteInternal(PipelineExecutionContext context)')
        elif variant == 'appt':
            msg, ent = 'Create', 'msemr_appointmentemr'
            plugin = 'Lakeshore.Crm.Plugins.AppointmentReminderScheduler'
            a = appt_dt()
            mb.t('Entered %s.Execute()\r\nmsemr_appointmentemr %s\r\n  msemr_starttime = ' % (plugin, guid()))
            mb.p(us_dt(a), 'date').t('\r\n  msemr_patient = EntityReference(contact, %s) \'' % p['contactid'])
            mb.p(p['full'], 'name').t('\'\r\n  msemr_appointmenttype = OptionSetValue(935000%03d)\r\n' % random.randint(0, 12))
            mb.t('  msemr_practitioner = EntityReference(msemr_practitioner, %s) \'Dr. %s\'\r\n' % (guid(), sname(STAFF[0])))
            mb.t('Reminder queued for ').p(phone_fmt(p['phone'], 'e164'), 'phone').t(' at T-24h (ticks %d)' % ticks(t))
        elif variant == 'case':
            msg, ent = 'Create', 'incident'
            plugin = 'Lakeshore.Crm.Plugins.CaseAutoRoute'
            mb.t('Entered %s.Execute()\r\nincident ticketnumber=' % plugin).p(p['case'], 'other_id')
            mb.t(' customerid=contact:%s title="Billing question - ' % p['contactid']).p(p['full'], 'name')
            mb.t('"\r\n  description: "Patient called from ').p(phone_fmt(p['phone']), 'phone')
            mb.t(' about statement for account ').p(p['acct'], 'account').t('; requests callback."\r\n')
            mb.t('Routed to queue <Patient Financial Services> (%s), prioritycode=2, caseorigincode=1' % guid())
        elif variant == 'image':
            msg = 'Update'
            plugin = 'Lakeshore.Crm.Plugins.ContactPostCreate'
            mb.t('Entered %s.Execute()\r\nentityimage changed for contact %s (' % (plugin, p['contactid']))
            mb.p(p['full'], 'name').t('), pushing to portal blob\r\n  entityimage_b64 = ')
            mb.p(jpeg_b64(random.randint(180, 320)), 'photo').t('\r\n  entityimage_timestamp = %d' % random.randint(10 ** 12, 10 ** 13))
        else:
            msg = 'Update'
            plugin = 'Lakeshore.Crm.Plugins.ContactPreValidate'
            mb.t('Entered %s.Execute()\r\nPreImage vs Target diff for contact %s:\r\n' % (plugin, p['contactid']))
            choice = random.choice(['phone', 'addr', 'email'])
            if choice == 'phone':
                mb.t("  mobilephone: '").p(phone_fmt(p['phone'], 'paren'), 'phone').t("' -> '").p(phone_fmt((p['phone'][0], '01%02d' % random.randint(50, 99)), 'paren'), 'phone').t("'\r\n")
            elif choice == 'addr':
                mb.t("  address1_line1: '").p(p['street'], 'address').t("' -> '").p('%d %s' % (random.randint(100, 9999), random.choice(['W Belmont Ave', 'N Clark St', 'S Halsted St', 'Church St'])), 'address').t("'\r\n")
                mb.t("  address1_postalcode: '").p(p['zip'], 'zip').t("' (unchanged)\r\n")
            else:
                mb.t("  emailaddress1: '").p(p['email'] or p['ec_email'], 'email').t("' -> null\r\n")
            mb.t('  versionnumber: %d\r\nExiting' % random.randint(40000000, 99999999))
        if kind == 'text':
            s = S('[%s] ' % iso(t, 3), '%s | %s %s | corr=%s depth=%d | ' % (plugin.split('.')[-1], msg, ent, corr, random.randint(1, 3)))
            s.add(mb.map(lambda x: x.replace('\r\n', ' | ')))
            if exc.segs:
                s.t(' || ').add(exc.map(lambda x: x.replace('\r\n', ' ')))
            return s
    else:
        variant = random.choice(['skip', 'timing', 'fault', 'nochange', 'shared'])
        msg, ent = random.choice([('Update', 'contact'), ('Create', 'msemr_appointmentemr'), ('Update', 'msemr_coverage'), ('Create', 'incident')])
        mb, exc = S(), S()
        mb.t('Entered %s.Execute(), Correlation Id: %s, Initiating User: %s\r\n' % (plugin, corr, STAFF_OBJ[staff()[1]]))
        if variant == 'skip':
            mb.t('Depth %d > 1, exiting to avoid recursion\r\n' % random.randint(2, 4))
        elif variant == 'timing':
            mb.t('RetrieveMultiple(msemr_coverage) returned %d rows in %d ms\r\nUpdated %d attribute(s): statuscode=%d, msemr_coveragestatus=935000001\r\n' % (random.randint(0, 4), random.randint(8, 160), random.randint(1, 3), random.choice([1, 2, 935000000])))
        elif variant == 'fault':
            exc.t('System.ServiceModel.FaultException`1[Microsoft.Xrm.Sdk.OrganizationServiceFault]: The plug-in execution failed because the operation has timed-out at the Sandbox Host. (Fault Detail is equal to Exception details: \r\nErrorCode: 0x80040265\r\nMessage: Sandbox Worker process crashed; ActivityId: %s\r\nTimeStamp: %s)' % (guid(), iso(t, 7)))
        elif variant == 'nochange':
            mb.t('No PHI-relevant attributes in Target (%d attributes: statecode, statuscode, modifiedby, modifiedon), skipping FHIR sync\r\n' % random.randint(3, 5))
        else:
            mb.t('SharedVariables: {IsIntegrationUser=False, ParentTicks=%d, Source=PowerAutomate, FlowRunId=%s}\r\n' % (ticks(t), flow_ctid()))
        mb.t('Exiting %s.Execute(), Correlation Id: %s' % (plugin, corr))
        if kind == 'text':
            s = S('[%s] ' % iso(t, 3), '%s | %s %s | corr=%s depth=%d | ' % (plugin.split('.')[-1], msg, ent, corr, random.randint(1, 3)))
            s.add(mb.map(lambda x: x.replace('\r\n', ' | ')))
            if exc.segs:
                s.t(' || ').add(exc.map(lambda x: x.replace('\r\n', ' ')))
            return s
    rec = {
        '@odata.etag': etag(),
        'plugintracelogid': guid(),
        'typename': '%s, Lakeshore.Crm.Plugins, Version=2.4.%d.0, Culture=neutral, %s' % (plugin, random.randint(0, 9), PKT),
        'messagename': msg,
        'primaryentity': ent,
        'mode': 0 if random.random() < 0.8 else 1,
        'operationtype': 1,
        'depth': random.randint(1, 2),
        'correlationid': corr,
        'requestid': req,
        'pluginstepid': guid(),
        'performanceexecutionstarttime': iso(t, 0),
        'performanceexecutionduration': random.randint(3, 2400),
        'messageblock': mb,
        'exceptiondetails': exc,
        'createdon': iso(t, 0),
    }
    return J(rec)


# ========================================================================================
# Family: fetchxml
# ========================================================================================
def fetch_xml(entity, attrs, conds, top=None, link=None, order=None, quote='"'):
    q = quote
    s = S('<fetch version=%s1.0%s mapping=%slogical%s' % (q, q, q, q))
    if top:
        s.t(' top=%s%d%s' % (q, top, q))
    s.t(' no-lock=%strue%s><entity name=%s%s%s>' % (q, q, q, entity, q))
    for a in attrs:
        s.t('<attribute name=%s%s%s />' % (q, a, q))
    if order:
        s.t('<order attribute=%s%s%s descending=%sfalse%s />' % (q, order, q, q, q))
    s.t('<filter type=%sand%s>' % (q, q))
    for a, op, v in conds:
        s.t('<condition attribute=%s%s%s operator=%s%s%s' % (q, a, q, q, op, q))
        if v is None:
            s.t(' />')
        else:
            s.t(' value=%s' % q)
            if isinstance(v, P):
                s.p(xml_attr(v.v), v.cat)
            else:
                s.t(xml_attr(v))
            s.t('%s />' % q)
    s.t('</filter>')
    if link:
        s.add(link)
    s.t('</entity></fetch>')
    return s


def phi_conditions(p):
    opts = [
        [('lastname', 'eq', P(p['last'], 'name')), ('birthdate', 'on', P(dfmt(p['dob'], 'iso'), 'date'))],
        [('firstname', 'eq', P(p['first'], 'name')), ('lastname', 'eq', P(p['last'], 'name')), ('statecode', 'eq', '0')],
        [('msemr_medicalrecordnumber', 'eq', P(p['mrn'], 'mrn'))],
        [('emailaddress1', 'eq', P(p['email'] or p['ec_email'], 'email')), ('statecode', 'eq', '0')],
        [('mobilephone', 'like', P('%' + p['phone'][0] + '555' + p['phone'][1], 'phone'))],
        [('governmentid', 'eq', P(p['ssn'].replace('-', ''), 'ssn'))],
        [('address1_postalcode', 'eq', P(p['zip'], 'zip')), ('address1_line1', 'like', P(p['street'].split(' Apt')[0].split(' Unit')[0], 'address'))],
        [('lastname', 'like', P(p['last'], 'name')), ('birthdate', 'on', P(dfmt(p['dob'], 'iso'), 'date')), ('gendercode', 'eq', '2' if p['sex'] == 'F' else '1')],
    ]
    c = random.choice(opts)
    # like-operands keep their wildcard outside the span
    out = []
    for a, op, v in c:
        if isinstance(v, P) and op == 'like' and not v.v.startswith('%'):
            out.append((a, op, v))
        else:
            out.append((a, op, v))
    return out


def like_fix(conds):
    """Move '%' wildcards out of labeled spans: returns conds with S values."""
    res = []
    for a, op, v in conds:
        if isinstance(v, P) and op == 'like':
            core = v.v.strip('%')
            res.append((a, op, S('%').p(core, v.cat).t('%')))
        else:
            res.append((a, op, v))
    return res


def fetch_xml2(entity, attrs, conds, top=None, link=None, order=None):
    # like fetch_xml but supports S values
    s = S('<fetch version="1.0" output-format="xml-platform" mapping="logical" distinct="false"')
    if top:
        s.t(' top="%d"' % top)
    s.t('><entity name="%s">' % entity)
    for a in attrs:
        s.t('<attribute name="%s" />' % a)
    if order:
        s.t('<order attribute="%s" descending="true" />' % order)
    s.t('<filter type="and">')
    for a, op, v in conds:
        s.t('<condition attribute="%s" operator="%s"' % (a, op))
        if v is None:
            s.t(' />')
        else:
            s.t(' value="')
            if isinstance(v, P):
                s.p(xml_attr(v.v), v.cat)
            elif isinstance(v, S):
                s.add(v.map(xml_attr))
            else:
                s.t(xml_attr(v))
            s.t('" />')
    s.t('</filter>')
    if link:
        s.add(link)
    s.t('</entity></fetch>')
    return s


def fam_fetchxml(phi, t):
    caller = staff()
    attrs_c = ['fullname', 'contactid', 'msemr_medicalrecordnumber', 'birthdate', 'emailaddress1']
    if phi:
        p = pat()
        conds = like_fix(phi_conditions(p))
        fx = fetch_xml2('contact', random.sample(attrs_c, 3), conds, top=random.choice([None, 5, 25, 50]))
    else:
        kind = random.choice(['appts', 'cases', 'owner', 'cov', 'byid', 'recent'])
        if kind == 'appts':
            d0 = TODAY + dt.timedelta(days=random.randint(0, 3))
            link = S('<link-entity name="contact" from="contactid" to="msemr_patient" link-type="inner" alias="pt"><attribute name="mobilephone" /><attribute name="preferredcontactmethodcode" /></link-entity>')
            fx = fetch_xml2('msemr_appointmentemr', ['msemr_appointmentemrid', 'msemr_starttime', 'msemr_patient'],
                            [('msemr_starttime', 'on-or-after', d0.isoformat()), ('msemr_starttime', 'on-or-before', (d0 + dt.timedelta(days=1)).isoformat()),
                             ('statuscode', 'eq', str(random.choice([1, 935000001])))], link=link, order='msemr_starttime')
        elif kind == 'cases':
            fx = fetch_xml2('incident', ['ticketnumber', 'title', 'prioritycode'], [('ownerid', 'eq-userid', None), ('statecode', 'eq', '0'), ('createdon', 'last-x-days', str(random.choice([7, 14, 30])))], top=50, order='createdon')
        elif kind == 'owner':
            fx = fetch_xml2('contact', ['fullname', 'contactid'], [('ownerid', 'eq', '{%s}' % guid().upper()), ('statecode', 'eq', '0')], top=250)
        elif kind == 'cov':
            fx = fetch_xml2('msemr_coverage', ['msemr_coverageid', 'msemr_payor', 'msemr_coveragestatus'], [('msemr_beneficiary', 'eq', '{%s}' % guid().upper()), ('msemr_coveragestatus', 'eq', '935000000'), ('msemr_periodend', 'on-or-after', TODAY.isoformat())])
        elif kind == 'byid':
            fx = fetch_xml2('contact', random.sample(attrs_c, 3), [('contactid', 'eq', guid())])
        else:
            fx = fetch_xml2('lhs_portalaudit', ['lhs_portalauditid', 'lhs_action', 'createdon'], [('createdon', 'on-or-after', (TODAY - dt.timedelta(days=1)).isoformat()), ('lhs_action', 'eq', str(random.choice([100000000, 100000001, 100000004])))], top=5000)
    style = random.choice(['serilog', 'clef', 'urlenc', 'plugin'])
    rid = '0HN%s:%08X' % (ralnum(10), random.randint(1, 40))
    if style == 'serilog':
        return S('%s +00:00 [DBG] Lakeshore.PatientSearch.Dataverse.ContactRepository RetrieveMultiple FetchXml: ' % (t.strftime('%Y-%m-%d %H:%M:%S.') + '%03d' % (t.microsecond // 1000)),
                 fx, ' (RequestId: %s, Elapsed: %d ms)' % (rid, random.randint(12, 900)))
    if style == 'clef':
        rec = {'@t': iso(t, 7), '@mt': 'Executing FetchXml {FetchXml} for {Caller}', '@l': 'Debug', 'FetchXml': fx,
               'Caller': supn(caller), 'SourceContext': 'Lakeshore.PatientSearch.Dataverse.ContactRepository',
               'RequestId': rid, 'RequestPath': '/api/search', 'ConnectionId': rid.split(':')[0]}
        return J(rec)
    if style == 'urlenc':
        plain = ''.join(s for s, _ in fx.segs)
        ent = {'contact': 'contacts', 'incident': 'incidents', 'msemr_coverage': 'msemr_coverages',
               'msemr_appointmentemr': 'msemr_appointmentemrs', 'lhs_portalaudit': 'lhs_portalaudits'}[plain.split('entity name="')[1].split('"')[0]]
        enc = fx.map(lambda x: url_q(x))
        return S('%s %s GET https://%s/api/data/v9.2/%s?fetchXml=' % (iso(t, 3), random.choice(['INFO ', 'DEBUG']), CRM, ent), enc,
                 ' -> 200 (%d ms) x-ms-service-request-id: %s' % (random.randint(20, 400), guid()))
    return S('[%s] Lakeshore.Crm.Plugins.DuplicatePatientCheck | Create contact | corr=%s depth=1 | FetchXML query: ' % (iso(t, 3), guid()),
             fx, ' | returned %d record(s)' % random.randint(0, 2))


# ========================================================================================
# Family: flow-run (Power Automate run history)
# ========================================================================================
def flow_action_envelope(wf, run, name, t, status, code, inputs, outputs, error=None):
    props = {'inputs': inputs, 'outputs': outputs} if inputs is not None else {'outputs': outputs}
    if outputs is None:
        props.pop('outputs')
    props['startTime'] = iso(t - dt.timedelta(milliseconds=random.randint(100, 4000)), 7)
    props['endTime'] = iso(t, 7)
    props['correlation'] = {'actionTrackingId': guid(), 'clientTrackingId': run}
    props['status'] = status
    props['code'] = code
    if error:
        props['error'] = error
    return {'id': '/workflows/%s/runs/%s/actions/%s' % (wf, run, name), 'name': name,
            'type': 'Microsoft.Logic/workflows/runs/actions', 'properties': props}


def fam_flow(phi, t):
    run = flow_ctid()
    if phi:
        p = pat()
        kind = random.choice(['email', 'email', 'getrow', 'sms', 'kiosk', 'compose', 'intake'])
        if kind == 'email':
            a = appt_dt()
            to = P(p['email'] or p['ec_email'], 'email')
            greet = p['first'] if p['email'] else p['ec'][0].split()[0]
            subj = S('Appointment reminder: ').p(a.strftime('%m/%d/%Y'), 'date').t(' at ' + hm12(a))
            body = S('<p>Dear ').p(greet, 'name').t(',</p><p>This is a reminder of ')
            if not p['email']:
                body.p(p['full'], 'name').t("'s ")
            else:
                body.t('your ')
            body.t('appointment on ').p(dfmt(a.date(), 'long'), 'date').t(' at %s with Dr. Priya Raman, Lakeshore Cardiology, %s, %s, %s %s.</p><p>MRN: ' % (hm12(a), ORG['street'], ORG['city'], ORG['state'], ORG['zip']))
            body.p(p['mrn'], 'mrn').t('</p><p>Questions? Call %s. Please do not reply to this message.</p>' % ORG['sched'])
            inputs = {'host': {'connectionReferenceName': 'shared_office365', 'operationId': 'SendEmailV2'},
                      'parameters': {'emailMessage/To': to, 'emailMessage/Subject': subj, 'emailMessage/Body': body,
                                     'emailMessage/From': 'noreply@lakeshorehealth.org', 'emailMessage/Importance': 'Normal'}}
            outputs = {'statusCode': 200, 'headers': {'Pragma': 'no-cache', 'x-ms-request-id': guid(), 'Cache-Control': 'no-store, no-cache',
                                                      'Timing-Allow-Origin': '*', 'x-ms-apihub-cached-response': 'true', 'Date': rfc1123(t), 'Content-Length': '0'}}
            env = flow_action_envelope(WF_REMIND, run, 'Send_an_email_(V2)', t, 'Succeeded', 'OK', inputs, outputs)
        elif kind == 'getrow':
            addr = S().p(p['street'], 'address').t('\r\n').p(p['city'], 'address').t(', %s ' % p['state']).p(p['zip'], 'zip').t('\r\nUS')
            body = {'@odata.context': 'https://%s/api/data/v9.1/$metadata#contacts/$entity' % CRM,
                    '@odata.etag': etag(), 'ItemInternalId': p['contactid'], 'contactid': p['contactid'],
                    'fullname': P(p['full'], 'name'), 'birthdate': P(dfmt(p['dob'], 'iso'), 'date'),
                    'mobilephone': P(phone_fmt(p['phone']), 'phone'),
                    'address1_composite': addr, 'msemr_medicalrecordnumber': P(p['mrn'], 'mrn'),
                    'gendercode': 2 if p['sex'] == 'F' else 1, '_gendercode_label': 'Female' if p['sex'] == 'F' else 'Male',
                    'preferredcontactmethodcode': 3, '_preferredcontactmethodcode_label': 'Phone',
                    'statecode': 0, '_ownerid_value': STAFF_OBJ[staff()[1]], '_ownerid_type': 'systemusers',
                    'modifiedon': iso(t - dt.timedelta(days=random.randint(1, 60), seconds=random.randint(0, 86400)), 0),
                    'versionnumber': random.randint(40000000, 99999999)}
            if p['email']:
                body['emailaddress1'] = P(p['email'], 'email')
            inputs = {'host': {'connectionReferenceName': 'shared_commondataserviceforapps', 'operationId': 'GetItem'},
                      'parameters': {'entityName': 'contacts', 'recordId': p['contactid'],
                                     '$select': 'fullname,birthdate,mobilephone,emailaddress1,address1_composite,msemr_medicalrecordnumber'}}
            outputs = {'statusCode': 200, 'headers': {'OData-Version': '4.0', 'Preference-Applied': 'odata.include-annotations="*"', 'x-ms-service-request-id': guid(), 'ETag': etag()}, 'body': body}
            env = flow_action_envelope(WF_INTAKE, run, 'Get_a_row_by_ID', t, 'Succeeded', 'OK', inputs, outputs)
        elif kind == 'sms':
            a = appt_dt()
            msg = S('Hi ').p(p['first'], 'name').t(', reminder: appt ').p(a.strftime('%m/%d'), 'date').t(' %s at Lakeshore Cardiology. Reply C to confirm or call %s.' % (hm12(a), ORG['sched']))
            inputs = {'method': 'POST', 'uri': 'https://acs-lhs-prod.communication.azure.com/sms?api-version=2021-03-07',
                      'headers': {'Content-Type': 'application/json'},
                      'body': {'from': ORG['phone_e164'], 'smsRecipients': [{'to': P(phone_fmt(p['phone'], 'e164'), 'phone'), 'repeatabilityRequestId': guid(), 'repeatabilityFirstSent': rfc1123(t)}],
                               'message': msg, 'smsSendOptions': {'enableDeliveryReport': True, 'tag': 'appt-reminder'}},
                      'authentication': {'type': 'ManagedServiceIdentity', 'audience': 'https://communication.azure.com'}}
            outputs = {'statusCode': 202, 'headers': {'MS-CV': b64url(16), 'x-ms-request-id': guid()},
                       'body': {'value': [{'to': P(phone_fmt(p['phone'], 'e164'), 'phone'), 'messageId': 'Outgoing_%s_noam' % (t.strftime('%Y%m%d%H%M%S') + rdig(3) + guid()), 'httpStatusCode': 202, 'successful': True}]}}
            env = flow_action_envelope(WF_REMIND, run, 'HTTP_-_Send_SMS', t, 'Succeeded', 'Accepted', inputs, outputs)
        elif kind == 'kiosk':
            if random.random() < 0.5:
                bio = rand_b64(random.randint(120, 200), b'FMR\x00 20\x00')
                ibody = {'kioskId': 'KSK-LOBBY-0%d' % random.randint(1, 4), 'templateFormat': 'ISO19794-2',
                         'fingerTemplate': P(bio, 'biometric'), 'claimedMrn': P(p['mrn'], 'mrn'),
                         'claimedDob': P(dfmt(p['dob'], 'iso'), 'date')}
            else:
                ibody = {'kioskId': 'KSK-LOBBY-0%d' % random.randint(1, 4), 'captureMode': 'face',
                         'faceImage': P('data:image/jpeg;base64,' + jpeg_b64(random.randint(200, 340)), 'photo'),
                         'claimedMrn': P(p['mrn'], 'mrn'), 'claimedDob': P(dfmt(p['dob'], 'iso'), 'date')}
            inputs = {'method': 'POST', 'uri': 'https://%s/kiosk/v1/identify' % APIM_HOST,
                      'headers': {'Ocp-Apim-Subscription-Key': rhex(32), 'Content-Type': 'application/json'},
                      'body': ibody}
            outputs = {'statusCode': 200, 'body': {'match': True, 'score': round(random.uniform(0.85, 0.99), 3), 'contactId': p['contactid']}}
            env = flow_action_envelope(WF_KIOSK, run, 'HTTP_Identify', t, 'Succeeded', 'OK', inputs, outputs)
        elif kind == 'compose':
            s = S('Patient: ').p(p['last'], 'name').t(', ').p(p['first'], 'name').t(' | DOB: ').p(dfmt(p['dob'], 'us'), 'date')
            s.t(' | Member ID: ')
            if p['member']:
                s.p(p['member'], 'health_plan')
            else:
                s.t('SELF-PAY')
            s.t(' | Group: %s | Payer: %s' % (p['group'] or 'n/a', random.choice(['BCBSIL', 'Aetna', 'UHC', 'CMS', 'HFS'])))
            env = flow_action_envelope(WF_INTAKE, run, 'Compose_-_Eligibility_summary', t, 'Succeeded', 'OK', s, s)
        else:
            trig = {'headers': {'x-ms-dynamics-organization': CRM, 'x-ms-dynamics-entity-name': 'lhs_portalintake',
                                'x-ms-dynamics-request-name': 'Create', 'x-ms-correlation-id': guid(), 'x-ms-user-id': guid()},
                    'body': {'@odata.type': '#Microsoft.Dynamics.CRM.lhs_portalintake', 'lhs_portalintakeid': guid(),
                             'lhs_firstname': P(p['first'], 'name'), 'lhs_lastname': P(p['last'], 'name'),
                             'lhs_dateofbirth': P(dfmt(p['dob'], 'isoT'), 'date'),
                             'lhs_phone': P(phone_fmt(p['phone']), 'phone'),
                             'lhs_insurancememberid': P(p['member'], 'health_plan') if p['member'] else None,
                             'lhs_emergencycontact': P(p['ec'][0], 'name'), 'lhs_relationship': p['ec'][1],
                             'lhs_source': 100000002, 'statecode': 0, 'statuscode': 1, 'createdon': iso(t, 0),
                             'SdkMessage': 'Create', 'RunAsSystemUserId': guid()}}
            env = {'name': 'When_a_row_is_added,_modified_or_deleted', 'type': 'Microsoft.Logic/workflows/runs/triggers',
                   'properties': {'startTime': iso(t, 7), 'endTime': iso(t, 7), 'originHistoryName': run,
                                  'correlation': {'clientTrackingId': run}, 'status': 'Succeeded', 'outputs': trig}}
        return J(env)
    kind = random.choice(['recurrence', 'listrows', 'cond', 'failed', 'runsummary', 'initvar', 'attach'])
    wf = random.choice([WF_REMIND, WF_INTAKE, WF_KIOSK])
    if kind == 'recurrence':
        env = {'name': 'Recurrence', 'type': 'Microsoft.Logic/workflows/runs/triggers',
               'properties': {'scheduledTime': iso(t.replace(second=0, microsecond=0), 0), 'startTime': iso(t, 7), 'endTime': iso(t, 7),
                              'originHistoryName': run, 'correlation': {'clientTrackingId': run}, 'status': 'Succeeded', 'code': 'OK'}}
    elif kind == 'listrows':
        d0 = TODAY + dt.timedelta(days=1)
        inputs = {'host': {'connectionReferenceName': 'shared_commondataserviceforapps', 'operationId': 'ListRecords'},
                  'parameters': {'entityName': 'msemr_appointmentemrs', '$select': 'msemr_appointmentemrid,msemr_starttime,_msemr_patient_value',
                                 '$filter': 'msemr_starttime ge %sT00:00:00Z and msemr_starttime lt %sT00:00:00Z and statuscode eq 935000001' % (d0, d0 + dt.timedelta(days=1)),
                                 '$top': 5000}}
        outputs = {'statusCode': 200, 'headers': {'OData-Version': '4.0', 'x-ms-service-request-id': guid()},
                   'body': {'@odata.context': 'https://%s/api/data/v9.1/$metadata#msemr_appointmentemrs' % CRM, '@odata.count': random.randint(0, 300), 'value': '[...]'}}
        env = flow_action_envelope(wf, run, 'List_rows_-_Tomorrow_appointments', t, 'Succeeded', 'OK', inputs, outputs)
    elif kind == 'cond':
        env = flow_action_envelope(wf, run, random.choice(['Condition_-_Has_mobile', 'Condition_-_Opted_in_SMS', 'Check_coverage_active']), t, 'Succeeded', 'OK',
                                   {'expressionResult': random.choice([True, False])}, None)
    elif kind == 'failed':
        err = {'code': random.choice(['InvalidTemplate', 'ActionFailed', 'BadGateway']),
               'message': random.choice([
                   "Unable to process template language expressions in action 'Compose_-_Eligibility_summary' inputs at line '0' and column '0': 'The template language function 'formatDateTime' expects its first parameter to be of type string. The provided value is of type 'Null'.'",
                   "An action failed. No dependent actions succeeded.",
                   "Http request failed: the server did not respond within the timeout limit. Please see logic app limits at https://aka.ms/logic-apps-limits-and-config#http-limits"])}
        env = flow_action_envelope(wf, run, 'Compose_-_Eligibility_summary', t, 'Failed', err['code'], None, None, err)
    elif kind == 'runsummary':
        env = {'id': '/providers/Microsoft.ProcessSimple/environments/%s/flows/%s/runs/%s' % (FLOW_ENV, guid(), run), 'name': run,
               'type': 'Microsoft.ProcessSimple/environments/flows/runs',
               'properties': {'startTime': iso(t - dt.timedelta(seconds=random.randint(2, 90)), 7), 'endTime': iso(t, 7),
                              'status': random.choice(['Succeeded', 'Succeeded', 'Failed', 'Cancelled']),
                              'correlation': {'clientTrackingId': run},
                              'trigger': {'name': 'Recurrence', 'startTime': iso(t - dt.timedelta(seconds=95), 7), 'status': 'Succeeded', 'code': 'OK'},
                              'remainingWaitTime': 0}}
    elif kind == 'initvar':
        env = flow_action_envelope(wf, run, 'Initialize_variable_-_RunTicks', t, 'Succeeded', 'OK',
                                   {'variables': [{'name': 'RunTicks', 'type': 'Integer', 'value': ticks(t)}]}, None)
    else:
        inputs = {'host': {'connectionReferenceName': 'shared_office365', 'operationId': 'SendEmailV2'},
                  'parameters': {'emailMessage/To': 'pfs-team@lakeshorehealth.org;%s' % supn(staff()),
                                 'emailMessage/Subject': 'Daily reminder run: %d sent, %d failed' % (random.randint(20, 300), random.randint(0, 6)),
                                 'emailMessage/Attachments': [{'Name': 'Lakeshore_Visitor_Policy_2024.pdf', 'ContentBytes': rand_b64(90, b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')}]}}
        env = flow_action_envelope(wf, run, 'Send_summary_to_team', t, 'Succeeded', 'OK', inputs, {'statusCode': 200})
    return J(env)


# ========================================================================================
# Family: appinsights (traces / exceptions / requests / dependencies)
# ========================================================================================
def ai_trace(t, msg, sev, cdims, op, classic=True):
    if classic:
        row = {'timestamp': iso(t, 7), 'message': msg, 'severityLevel': sev, 'itemType': 'trace', 'customDimensions': cdims}
        row.update(ai_rowmeta(op))
        return row
    row = {'TenantId': LA_WS, 'TimeGenerated': iso(t, 7), 'Message': msg, 'SeverityLevel': sev, 'Properties': cdims,
           'OperationName': op, 'OperationId': rhex(32), 'ParentId': rhex(16), 'AppRoleName': 'func-lhs-pe-prod',
           'AppRoleInstance': random.choice(ROLE_INST), 'ClientIP': '0.0.0.0', 'ClientType': 'PC', 'SDKVersion': SDK,
           'ResourceGUID': AI_APPID, 'IKey': AI_IKEY, 'ItemCount': 1, 'SourceSystem': 'Azure', 'Type': 'AppTraces',
           '_ResourceId': '/subscriptions/%s/resourcegroups/rg-lhs-pe-prod/providers/microsoft.insights/components/appi-lhs-pe-prod' % SUBS}
    return row


def fn_dims(fn, extra):
    d = {'Category': 'Function.%s.User' % fn, 'LogLevel': random.choice(['Information', 'Warning']),
         'HostInstanceId': guid(), 'InvocationId': guid(), 'ProcessId': str(random.randint(1000, 9000))}
    d.update(extra)
    return d


def fam_appinsights(phi, t):
    classic = random.random() < 0.65
    if phi:
        p = pat()
        kind = random.choice(['match', 'rpm', 'elig', 'req', 'dep', 'exc', 'voice', 'elder', 'portal', 'portal'])
        if kind == 'match':
            dob = dfmt(p['dob'], 'iso')
            msg = S('Patient ').p(p['mrn'], 'mrn').t(' matched on DOB ').p(dob, 'date').t(' and surname ').p(p['last'], 'name').t(' (score %.2f)' % random.uniform(0.9, 1))
            cd = fn_dims('PatientMatch', {'prop__{OriginalFormat}': 'Patient {Mrn} matched on DOB {Dob} and surname {Surname} (score {Score:0.00})',
                                         'prop__Mrn': P(p['mrn'], 'mrn'), 'prop__Dob': P(dob, 'date'), 'prop__Surname': P(p['last'], 'name'),
                                         'prop__Score': '%.4f' % random.uniform(0.9, 1)})
            row = ai_trace(t, msg, 1, cd, 'PatientMatch', classic)
        elif kind == 'rpm':
            sn = p.get('dev_sn') or make_imei('35' + rdig(6))
            label = 'device'
            mid = p['member']
            msg = S('Reading accepted from device ').p(sn, label).t(' for member ')
            if mid:
                msg.p(mid, 'health_plan')
            else:
                msg.p(p['mrn'], 'mrn')
            sysv, dia = random.randint(110, 168), random.randint(64, 98)
            msg.t(': systolic=%d diastolic=%d pulse=%d' % (sysv, dia, random.randint(55, 99)))
            cd = fn_dims('RpmIngest', {'prop__{OriginalFormat}': 'Reading accepted from device {DeviceSerial} for member {MemberId}: systolic={Sys} diastolic={Dia} pulse={Pulse}',
                                      'prop__DeviceSerial': P(sn, label),
                                      'prop__MemberId': P(mid, 'health_plan') if mid else P(p['mrn'], 'mrn'),
                                      'prop__Sys': str(sysv), 'prop__Dia': str(dia), 'prop__EnqueuedTicks': str(ticks(t) - random.randint(10 ** 6, 10 ** 8))})
            row = ai_trace(t, msg, 1, cd, 'RpmIngest', classic)
        elif kind == 'elig':
            if not p['member']:
                p = random.choice([x for x in PATIENTS if x['member']])
            msg = S('270 eligibility request for subscriber ').p(p['member'], 'health_plan').t(' (').p(p['last'], 'name').t(', ').p(p['first'], 'name').t(') returned AAA*Y**72*C')
            cd = fn_dims('CoverageEligibility', {'prop__SubscriberId': P(p['member'], 'health_plan'), 'prop__GroupNumber': p['group'],
                                                'prop__TraceNumber': '1' + rdig(14), 'prop__PayerId': random.choice(['00621', '60054', '87726', 'CMS'])})
            row = ai_trace(t, msg, 2, cd, 'CoverageEligibility', classic)
        elif kind == 'req':
            q = random.choice(['mrn', 'email', 'dob'])
            url = S('https://%s/api/patients/lookup?' % FUNC_HOST)
            if q == 'mrn':
                url.t('mrn=').p(p['mrn'], 'mrn')
            elif q == 'email':
                url.t('email=').p(url_q(p['email'] or p['ec_email'], '@'), 'email')
            else:
                url.t('family=').p(url_q(p['last']), 'name').t('&birthdate=').p(dfmt(p['dob'], 'iso'), 'date')
            url.t('&code=%s==' % b64url(40))
            row = {'timestamp': iso(t, 7), 'id': rhex(16), 'name': 'PatientLookup', 'url': url, 'success': True,
                   'resultCode': '200', 'duration': round(random.uniform(20, 900), 4), 'performanceBucket': '250ms-500ms',
                   'itemType': 'request', 'customDimensions': {'FullName': 'Functions.PatientLookup', 'TriggerReason': 'This function was programmatically called via the host APIs.', 'InvocationId': guid(), 'HostInstanceId': guid(), 'ProcessId': str(random.randint(1000, 9000))}}
            row.update(ai_rowmeta('PatientLookup'))
        elif kind == 'dep':
            flt = S('(emailaddress1%20eq%20%27').p(url_q(p['email'] or p['ec_email'], '@'), 'email').t('%27%20and%20birthdate%20eq%20').p(dfmt(p['dob'], 'iso'), 'date').t(')')
            data = S('https://%s/api/data/v9.2/contacts?$select=contactid,fullname,msemr_medicalrecordnumber&$filter=' % CRM).add(flt)
            row = {'timestamp': iso(t, 7), 'id': rhex(16), 'target': CRM, 'type': 'Http', 'name': 'GET /api/data/v9.2/contacts',
                   'data': data, 'success': True, 'resultCode': '200', 'duration': round(random.uniform(30, 700), 4),
                   'performanceBucket': '250ms-500ms', 'itemType': 'dependency', 'customDimensions': {'_MS.ProcessedByMetricExtractors': '(Name:\'Dependencies\', Ver:\'1.1\')'}}
            row.update(ai_rowmeta('PortalProfileSync'))
        elif kind == 'exc':
            outer = S("Dataverse Upsert failed for contact with emailaddress1 '").p(p['email'] or p['ec_email'], 'email').t("': Duplicate record found for entity contact with key msemr_medicalrecordnumber=").p(p['mrn'], 'mrn')
            row = {'timestamp': iso(t, 7), 'problemId': 'Microsoft.PowerPlatform.Dataverse.Client.Utils.DataverseOperationException at Lakeshore.Functions.PortalProfileSync.RunAsync',
                   'handledAt': 'UserCode', 'type': 'Microsoft.PowerPlatform.Dataverse.Client.Utils.DataverseOperationException',
                   'assembly': 'Microsoft.PowerPlatform.Dataverse.Client, Version=1.1.17.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35',
                   'method': 'Lakeshore.Functions.PortalProfileSync.RunAsync', 'outerType': 'Microsoft.PowerPlatform.Dataverse.Client.Utils.DataverseOperationException',
                   'outerMessage': outer, 'outerMethod': 'Lakeshore.Functions.PortalProfileSync.RunAsync',
                   'innermostType': 'System.ServiceModel.FaultException`1[[Microsoft.Xrm.Sdk.OrganizationServiceFault]]', 'innermostMessage': 'Duplicate Record: 0x80040333',
                   'severityLevel': 3, 'itemType': 'exception', 'customDimensions': fn_dims('PortalProfileSync', {'prop__ErrorCode': '-2147220685'})}
            row.update(ai_rowmeta('PortalProfileSync'))
        elif kind == 'voice':
            vp = rand_b64(random.randint(150, 260), b'VPRT\x02\x00')
            msg = S('Voiceprint enrolled for caller ').p(phone_fmt(p['phone'], 'e164'), 'phone').t(' (MRN ').p(p['mrn'], 'mrn').t(')')
            cd = fn_dims('IvrVoiceVerify', {'prop__CallerAni': P(phone_fmt(p['phone'], 'e164'), 'phone'), 'prop__VoiceprintB64': P(vp, 'biometric'),
                                           'prop__Engine': 'nuance-gk 11.4', 'prop__CallId': guid()})
            row = ai_trace(t, msg, 1, cd, 'IvrVoiceVerify', classic)
        elif kind == 'elder':
            p = random.choice(ELDERS)
            msg = S('Fall-risk outreach queued for ').p(p['full'], 'name').t(' age ').p(str(p['age']), 'age').t(', home phone ').p(phone_fmt(p['phone'], 'paren'), 'phone')
            cd = fn_dims('AppointmentReminderDispatch', {'prop__PatientAge': P(str(p['age']), 'age'), 'prop__ContactId': p['contactid'], 'prop__Program': 'FALLS-65+'})
            row = ai_trace(t, msg, 1, cd, 'AppointmentReminderDispatch', classic)
        else:
            msg = S('Profile page rendered for ').p(p['portal_url'], 'url').t(' user ').p(p['user'], 'other_id')
            cd = fn_dims('PortalProfileSync', {'prop__PortalUser': P(p['user'], 'other_id'), 'prop__B2cObjectId': p['b2c_oid'], 'prop__Tenant': '%s.onmicrosoft.com' % B2C})
            row = ai_trace(t, msg, 1, cd, 'PortalProfileSync', classic)
        return J(row)
    kind = random.choice(['lease', 'exec', 'done', 'req', 'dep', 'exc', 'metric', 'age'])
    fn = random.choice(FUNCS)
    if kind == 'lease':
        row = ai_trace(t, "Host lock lease acquired by instance ID '%s'." % ('0' * 24 + rhex(8)), 1,
                       {'Category': 'Host.Startup', 'LogLevel': 'Information', 'HostInstanceId': guid(), 'ProcessId': str(random.randint(1000, 9000))}, '', classic)
    elif kind == 'exec':
        inv = guid()
        row = ai_trace(t, "Executing 'Functions.%s' (Reason='New events detected on Event Hub rpm-telemetry.', Id=%s)" % (fn, inv), 1,
                       {'Category': 'Function.%s' % fn, 'LogLevel': 'Information', 'InvocationId': inv, 'HostInstanceId': guid(), 'ProcessId': str(random.randint(1000, 9000)), 'prop__functionName': 'Functions.%s' % fn, 'prop__reason': 'New events detected on Event Hub rpm-telemetry.'}, fn, classic)
    elif kind == 'done':
        inv = guid()
        ms = random.randint(4, 3000)
        row = ai_trace(t, "Executed 'Functions.%s' (Succeeded, Id=%s, Duration=%dms)" % (fn, inv, ms), 1,
                       {'Category': 'Function.%s' % fn, 'LogLevel': 'Information', 'InvocationId': inv, 'prop__succeeded': 'True', 'prop__executionDuration': str(ms)}, fn, classic)
    elif kind == 'req':
        url = 'https://%s/api/%s?code=%s==' % (FUNC_HOST, random.choice(['health', 'slots/search', 'coverage/refresh', 'reminders/dispatch']), b64url(40))
        row = {'timestamp': iso(t, 7), 'id': rhex(16), 'name': fn, 'url': url, 'success': True, 'resultCode': random.choice(['200', '200', '204', '429']),
               'duration': round(random.uniform(2, 400), 4), 'performanceBucket': '<250ms', 'itemType': 'request',
               'customDimensions': {'FullName': 'Functions.%s' % fn, 'TriggerReason': 'This HTTP triggered function executed successfully.', 'InvocationId': guid()}}
        row.update(ai_rowmeta(fn))
    elif kind == 'dep':
        target = random.choice(['stlhspeprod.blob.core.windows.net', 'sb-lhs-pe-prod.servicebus.windows.net', CRM, 'kv-lhs-pe-prod.vault.azure.net'])
        data = {'stlhspeprod.blob.core.windows.net': 'https://stlhspeprod.blob.core.windows.net/azure-webjobs-hosts/locks/func-lhs-pe-prod/host?comp=lease',
                'sb-lhs-pe-prod.servicebus.windows.net': 'sb://sb-lhs-pe-prod.servicebus.windows.net/reminders-outbound',
                CRM: 'https://%s/api/data/v9.2/msemr_appointmentemrs(%s)?$select=statuscode' % (CRM, guid()),
                'kv-lhs-pe-prod.vault.azure.net': 'https://kv-lhs-pe-prod.vault.azure.net/secrets/DataverseClientSecret/%s' % rhex(32)}[target]
        row = {'timestamp': iso(t, 7), 'id': rhex(16), 'target': target, 'type': 'Azure blob' if 'blob' in target else 'Http', 'name': 'PUT host',
               'data': data, 'success': True, 'resultCode': '200', 'duration': round(random.uniform(1, 120), 4), 'itemType': 'dependency'}
        row.update(ai_rowmeta(fn))
    elif kind == 'exc':
        row = {'timestamp': iso(t, 7), 'problemId': 'System.Threading.Tasks.TaskCanceledException at Lakeshore.Functions.%s.RunAsync' % fn,
               'type': 'System.Threading.Tasks.TaskCanceledException', 'outerMessage': 'The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.',
               'innermostMessage': 'The operation was canceled.', 'severityLevel': 3, 'itemType': 'exception',
               'customDimensions': {'Category': 'Function.%s' % fn, 'InvocationId': guid(), 'prop__RetryCount': str(random.randint(1, 5))}}
        row.update(ai_rowmeta(fn))
    elif kind == 'metric':
        row = {'timestamp': iso(t, 7), 'name': '%s Successes' % fn, 'value': random.randint(0, 400), 'valueCount': 1, 'itemType': 'customMetric',
               'customDimensions': {'Category': 'Host.Aggregator', 'LogLevel': 'Information'}}
        row.update(ai_rowmeta(fn))
    else:
        a = random.randint(18, 88)
        row = ai_trace(t, 'Cohort refresh: %d patients, median age %d, oldest bucket 85+ count %d' % (random.randint(900, 9000), a, random.randint(10, 90)), 1,
                       {'Category': 'Function.CohortRefresh.User', 'prop__MedianAge': str(a), 'prop__BatchTicks': str(ticks(t))}, 'CohortRefresh', classic)
    return J(row)


# ========================================================================================
# Family: func-host (Azure Functions host console / log stream)
# ========================================================================================
def fh_ts(t):
    return t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03d' % (t.microsecond // 1000)


def fam_funchost(phi, t):
    pre = '%s [%s] ' % (fh_ts(t), '%s')
    if phi:
        p = pat()
        kind = random.choice(['lowscore', 'upsertfail', 'macunknown', 'body', 'udi', 'plate', 'card', 'idproof', 'cgm', 'fax', 'fax', 'palm', 'avatar'])
        if kind == 'fax':
            q = random.choice([x for x in PATIENTS if x.get('fax')])
            return S(pre % 'Information', 'FaxOutbound: job RF-%d queued, %d page(s) from %s to ' % (random.randint(100000, 999999), random.randint(1, 9), ORG['fax'])).p(phone_fmt(q['fax'], random.choice(['paren', 'e164', 'dash'])), 'fax').t(' (recipient: ').p(q['full'], 'name').t(', home), coversheet=Discharge')
        if kind == 'palm':
            return S(pre % 'Information', 'KioskCheckIn: PalmSecure enrollment for MRN ').p(p['mrn'], 'mrn').t(' template=').p(rand_b64(random.randint(100, 180), b'PSV1'), 'biometric').t(' quality=%d' % random.randint(60, 99))
        if kind == 'avatar':
            return S(pre % 'Debug', 'PortalProfileSync: avatar updated for user ').p(p['user'], 'other_id').t(' src=').p('data:image/png;base64,' + png_b64(random.randint(160, 300)), 'photo')
        if kind == 'idproof':
            if not p.get('dl'):
                p = random.choice([x for x in PATIENTS if x.get('dl')])
            return S(pre % 'Information', 'IdentityProofing: document=DriverLicense jurisdiction=US-%s number=' % p['state']).p(p['dl'], 'license').t(' name=').p(p['full'].upper(), 'name').t(' dob=').p(dfmt(p['dob'], 'iso'), 'date').t(' result=Verified vendorRef=%s' % rhex(24))
        if kind == 'cgm':
            q = [x for x in PATIENTS if x.get('device') == 'cgm'][0]
            return S(pre % 'Information', 'RpmIngest: CGM transmitter ').p(q['dev_sn'], 'device').t(' uploaded %d readings for MRN ' % random.randint(12, 288)).p(q['mrn'], 'mrn').t(', last glucose %d mg/dL' % random.randint(70, 260))
        if kind == 'lowscore':
            return S(pre % 'Warning', 'Match score %.2f below threshold 0.90 for candidate ' % random.uniform(0.6, 0.89)).p(p['mrn'], 'mrn').t(' (').p(p['last'], 'name').t(', ').p(p['first'], 'name').t(', DOB ').p(dfmt(p['dob'], 'us'), 'date').t(')')
        if kind == 'upsertfail':
            return S(pre % 'Error', 'Failed to upsert contact for ').p(p['email'] or p['ec_email'], 'email').t(": Microsoft.PowerPlatform.Dataverse.Client.Utils.DataverseOperationException: The user with SystemUserId=%s does not have prvWritecontact privilege (ErrorCode 0x80040220). Id=%s" % (guid(), guid()))
        if kind == 'macunknown':
            if p.get('device') != 'mac':
                p = [x for x in PATIENTS if x.get('device') == 'mac'][0]
            return S(pre % 'Warning', 'BLE gateway %s reported scale ' % ('GW-' + rhex(6, True))).p(p['dev_sn'], 'device').t(' for ').p(p['full'], 'name').t('; weight 71.4 kg; gateway RSSI -67 dBm')
        if kind == 'body':
            mode = random.choice(['stj', None])
            body = {'resourceType': 'Patient', 'identifier': [{'system': 'urn:oid:2.16.840.1.113883.3.8472.1', 'value': P(p['mrn'], 'mrn')}],
                    'name': [{'family': P(p['last'], 'name'), 'given': [P(p['first'], 'name')]}],
                    'telecom': [{'system': 'phone', 'value': P(phone_fmt(p['phone'], 'e164'), 'phone'), 'use': 'mobile'}],
                    'gender': 'female' if p['sex'] == 'F' else 'male', 'birthDate': P(dfmt(p['dob'], 'iso'), 'date'),
                    'address': [{'line': [P(p['street'], 'address')], 'city': P(p['city'], 'address'), 'state': p['state'], 'postalCode': P(p['zip'], 'zip')}]}
            return S(pre % 'Debug', 'FhirBridge outbound POST https://fhir-lhs-prod.fhir.azurehealthcareapis.com/Patient body=', J(body, COMPACT, mode))
        if kind == 'udi':
            if p.get('device') != 'udi':
                p = [x for x in PATIENTS if x.get('device') == 'udi'][0]
            return S(pre % 'Information', 'Implant registry sync: UDI ').p(p['dev_udi'], 'device').t(' linked to patient ').p(p['mrn'], 'mrn').t(' (GUDID lookup 200, %d ms)' % random.randint(40, 600))
        if kind == 'plate':
            if not p.get('vehicle'):
                p = [x for x in PATIENTS if x.get('vehicle')][0]
            return S(pre % 'Information', 'Valet/parking validation for visit %s: plate WI ' % guid()).p(p['plate'], 'vehicle').t(', VIN ').p(p['vin'], 'vehicle').t(' (MVA claim ').p(p['case'], 'other_id').t(')')
        if not p.get('card'):
            p = random.choice([x for x in PATIENTS if x.get('card')])
        return S(pre % 'Error', 'PaymentPosting: processor declined card ').p(p['card_no'], 'account').t(' exp 0%d/2%d for guarantor account ' % (random.randint(1, 9), random.randint(5, 9))).p(p['acct'], 'account').t(' (resp 05, authId none, Id=%s)' % guid())
    kind = random.choice(['exec', 'executed', 'trigger', 'lease', 'start', 'scale', 'retry', 'worker'])
    fn = random.choice(FUNCS)
    inv = guid()
    if kind == 'exec':
        return S(pre % 'Information', "Executing 'Functions.%s' (Reason='%s', Id=%s)" % (fn, random.choice(['Timer fired at %s+00:00' % t.strftime('%Y-%m-%dT%H:%M:%S.') + rdig(7), 'This function was programmatically called via the host APIs.', 'New ServiceBus message detected on \'reminders-outbound\'.']), inv))
    if kind == 'executed':
        return S(pre % random.choice(['Information', 'Information', 'Error']), "Executed 'Functions.%s' (%s, Id=%s, Duration=%dms)" % (fn, random.choice(['Succeeded', 'Succeeded', 'Failed']), inv, random.randint(3, 9000)))
    if kind == 'trigger':
        seq = random.randint(40000, 900000)
        off = random.randint(10 ** 6, 10 ** 9)
        return S(pre % 'Information', 'Trigger Details: PartionId: %d, Offset: %d-%d, EnqueueTimeUtc: %s+00:00-%s+00:00, SequenceNumber: %d-%d, Count: %d' % (
            random.randint(0, 7), off, off + random.randint(100, 5000), iso(t - dt.timedelta(seconds=2), 7, False), iso(t, 7, False), seq, seq + 6, 7))
    if kind == 'lease':
        return S(pre % 'Information', "Host lock lease acquired by instance ID '%s'." % ('0' * 24 + rhex(8, True)))
    if kind == 'start':
        return S(pre % 'Information', 'Host started (%dms)' % random.randint(200, 4000))
    if kind == 'scale':
        return S(pre % 'Information', 'Scale monitor: worker count 3 -> %d, target metric EventCount=%d (ticks %d)' % (random.randint(2, 8), random.randint(0, 40000), ticks(t)))
    if kind == 'retry':
        return S(pre % 'Warning', 'Retry 2 of 5 for Dataverse call (x-ms-service-request-id: %s, 429 Too Many Requests, Retry-After: %d)' % (guid(), random.randint(1, 30)))
    return S(pre % 'Information', 'Worker process started and initialized. Language worker dotnet-isolated version 1.19.0, PID %d, listening on 127.0.0.1:%d' % (random.randint(1000, 9999), random.randint(30000, 60000)))


# ========================================================================================
# Family: apim-gateway (GatewayLogs resource log)
# ========================================================================================
APIS = [('patient-api', 'patients/v1'), ('fhir-facade', 'fhir'), ('appointments-api', 'appointments/v1'), ('kiosk-api', 'kiosk/v1')]


def fam_apim(phi, t):
    corr = guid()
    method = 'GET'
    rc = random.choice([200, 200, 200, 200, 201, 204, 304, 401, 404, 429, 500])
    if phi:
        p = pat()
        caller = P(random.choice(p['ips']), 'ip')
        kind = random.choice(['me', 'me', 'search', 'bymrn', 'appts'])
        api, base = random.choice(APIS[:3])
        if kind == 'me':
            path = S('/%s/me/%s' % ('patients/v1', random.choice(['appointments', 'coverage', 'messages', 'profile'])))
            op = 'get-me'
            api = 'patient-api'
        elif kind == 'search':
            path = S('/fhir/Patient?family=').p(url_q(p['last']), 'name').t('&given=').p(url_q(p['first']), 'name').t('&birthdate=').p(dfmt(p['dob'], 'iso'), 'date')
            op, api = 'search-patient', 'fhir-facade'
        elif kind == 'bymrn':
            path = S('/patients/v1/by-mrn/').p(p['mrn'], 'mrn')
            op, api = 'get-by-mrn', 'patient-api'
        else:
            path = S('/appointments/v1/appointments?patientEmail=').p(url_q(p['email'] or p['ec_email'], '@'), 'email').t('&from=%s' % TODAY.isoformat())
            op, api = 'list-appointments', 'appointments-api'
        sub = 'portal-b2c'
    else:
        caller = priv_ip()
        api, base = random.choice(APIS)
        kind = random.choice(['byid', 'health', 'slots', 'meta', 'post'])
        if kind == 'byid':
            path = S('/%s/Patient/%s' % (base, guid()))
            op = 'get-patient'
        elif kind == 'health':
            path = S('/%s/health' % base)
            op = 'health-probe'
        elif kind == 'slots':
            path = S('/appointments/v1/slots?clinicId=CARD-0%d&date=%s' % (random.randint(1, 6), (TODAY + dt.timedelta(days=random.randint(1, 20))).isoformat()))
            op = 'search-slots'
        elif kind == 'meta':
            path = S('/fhir/metadata')
            op = 'capability'
        else:
            path = S('/kiosk/v1/heartbeat')
            op = 'kiosk-heartbeat'
            method = 'POST'
        sub = random.choice(['internal-functions', 'power-automate', 'kiosk-fleet'])
    url = S('https://%s' % APIM_HOST).add(path)
    burl = S('https://%s/api' % FUNC_HOST).add(path)
    bt = random.randint(8, 900)
    props = {'method': method, 'url': url, 'backendResponseCode': rc, 'responseCode': rc, 'responseSize': random.randint(200, 40000),
             'cache': 'none', 'backendTime': bt, 'requestSize': random.randint(300, 2400), 'apiId': api, 'operationId': op,
             'clientProtocol': 'HTTP/1.1', 'backendProtocol': 'HTTP/1.1', 'apiRevision': str(random.randint(1, 6)),
             'clientTlsVersion': '1.2', 'backendMethod': method, 'backendUrl': burl, 'apimSubscriptionId': sub}
    if rc >= 400:
        props['lastError'] = {'elapsed': bt, 'source': random.choice(['validate-jwt', 'rate-limit-by-key', 'forward-request']),
                              'reason': random.choice(['TokenExpired', 'RateLimitExceeded', 'BackendConnectionFailure']),
                              'message': random.choice(['JWT not present.', 'Rate limit is exceeded. Try again in 14 seconds.', 'The underlying connection was closed.']),
                              'section': 'inbound'}
    rec = {'DeploymentVersion': '0.41.16875.0', 'Level': 4, 'isRequestSuccess': rc < 400, 'time': iso(t, 7),
           'operationName': 'Microsoft.ApiManagement/GatewayLogs', 'category': 'GatewayLogs', 'durationMs': bt + random.randint(1, 40),
           'callerIpAddress': caller, 'correlationId': corr, 'location': 'North Central US', 'properties': props,
           'resourceId': '/SUBSCRIPTIONS/%s/RESOURCEGROUPS/RG-LHS-PE-PROD/PROVIDERS/MICROSOFT.APIMANAGEMENT/SERVICE/APIM-LHS-PE-PROD' % SUBS.upper()}
    return J(rec)


# ========================================================================================
# Family: aad-signin (Entra ID workforce + B2C tenant sign-in logs, Graph JSON)
# ========================================================================================
CITIES_STAFF = [('Chicago', 'Illinois'), ('Evanston', 'Illinois'), ('Schaumburg', 'Illinois')]


def fam_signin(phi, t):
    if phi:
        if random.random() < 0.6:
            p = pat()
            social = p.get('social') or random.random() < 0.3
            if p['email'] and social:
                dom = p['email'].split('@')[1]
                upn = P(p['email'].replace('@', '_') + '#EXT#@%s.onmicrosoft.com' % B2C, 'email')
                idp = 'google.com' if 'gmail' in dom else 'live.com'
            else:
                upn = P(p['email'] or p['ec_email'], 'email')
                idp = '%s.onmicrosoft.com' % B2C
            ip = random.choice(p['ips'])
            err = random.choice([0, 0, 0, 0, 50126, 50053, 90095])
            rec = {'id': guid(), 'createdDateTime': iso(t, 0), 'userDisplayName': P(p['full'], 'name'), 'userPrincipalName': upn,
                   'userId': p['b2c_oid'], 'appId': APP_PORTAL, 'appDisplayName': 'Lakeshore MyHealth Portal', 'ipAddress': P(ip, 'ip'),
                   'clientAppUsed': 'Browser', 'correlationId': guid(), 'conditionalAccessStatus': 'notApplied', 'isInteractive': True,
                   'riskDetail': 'none', 'riskLevelAggregated': 'none', 'riskLevelDuringSignIn': 'none', 'riskState': 'none',
                   'riskEventTypes_v2': [], 'resourceDisplayName': 'Lakeshore Patient API', 'resourceId': APP_PATIENT_API,
                   'status': {'errorCode': err, 'failureReason': {0: 'Other.', 50126: 'Error validating credentials due to invalid username or password.', 50053: 'The account is locked.', 90095: 'Admin consent is required for the permissions requested by an app.'}[err], 'additionalDetails': None},
                   'deviceDetail': {'deviceId': '', 'displayName': '', 'operatingSystem': random.choice(['Windows10', 'iOS 17', 'Android 14', 'MacOs']), 'browser': p['browser'], 'isCompliant': False, 'isManaged': False, 'trustType': ''},
                   'location': {'city': P(p['city'], 'address'), 'state': 'Illinois' if p['state'] == 'IL' else 'Wisconsin', 'countryOrRegion': 'US'},
                   'appliedConditionalAccessPolicies': [], 'signInIdentifier': P(p['email'] or p['ec_email'], 'email') if random.random() < 0.4 else '',
                   'homeTenantId': TEN_B2C, 'resourceTenantId': TEN_B2C, 'crossTenantAccessType': 'none', 'identityProvider': idp}
            if not rec['signInIdentifier']:
                del rec['signInIdentifier']
            if err == 0:
                rec['status']['failureReason'] = 'Other.'
            return J(rec)
        s = staff()
        app = random.choice([('Dynamics CRM', APP_CRM), ('Microsoft Teams', APP_TEAMS), ('OfficeHome', APP_OFFICE)])
        city, state = random.choice(CITIES_STAFF)
        ip = STAFF_IP[s[1]] if random.random() < 0.5 else HOSPITAL_EGRESS
        rec = {'id': guid(), 'createdDateTime': iso(t, 0), 'userDisplayName': sname(s), 'userPrincipalName': supn(s),
               'userId': STAFF_OBJ[s[1]], 'appId': app[1], 'appDisplayName': app[0], 'ipAddress': P(ip, 'ip'),
               'clientAppUsed': random.choice(['Browser', 'Mobile Apps and Desktop clients']), 'correlationId': guid(),
               'conditionalAccessStatus': 'success', 'isInteractive': random.choice([True, False]), 'riskDetail': 'none',
               'riskLevelAggregated': 'none', 'riskLevelDuringSignIn': 'none', 'riskState': 'none', 'riskEventTypes_v2': [],
               'resourceDisplayName': app[0], 'resourceId': app[1],
               'status': {'errorCode': 0, 'failureReason': 'Other.', 'additionalDetails': 'MFA requirement satisfied by claim in the token'},
               'deviceDetail': {'deviceId': guid(), 'displayName': 'LHS-%s%05d' % (random.choice(['WS', 'LT']), random.randint(1, 99999)), 'operatingSystem': 'Windows10', 'browser': 'Edge 122.0.0', 'isCompliant': True, 'isManaged': True, 'trustType': 'Hybrid Azure AD joined'},
               'location': {'city': city, 'state': state, 'countryOrRegion': 'US',
                            'geoCoordinates': {'altitude': None, 'latitude': round(random.uniform(41.8, 42.1), 5), 'longitude': round(random.uniform(-88.1, -87.6), 5)}},
               'appliedConditionalAccessPolicies': [{'id': guid(), 'displayName': 'CA001: Require MFA for clinical apps', 'enforcedGrantControls': ['Mfa'], 'enforcedSessionControls': [], 'result': 'success'}],
               'homeTenantId': TEN_STAFF, 'resourceTenantId': TEN_STAFF}
        return J(rec)
    kind = random.choice(['mi', 'sp', 'mi'])
    if kind == 'mi':
        rec = {'id': guid(), 'createdDateTime': iso(t, 0), 'appId': guid(), 'appDisplayName': '', 'servicePrincipalId': MI_FUNC,
               'servicePrincipalName': 'func-lhs-pe-prod', 'ipAddress': '', 'correlationId': guid(),
               'resourceDisplayName': random.choice(['Azure Key Vault', 'Azure Storage', 'Dataverse']), 'resourceId': guid(),
               'status': {'errorCode': 0, 'failureReason': None, 'additionalDetails': None}, 'federatedCredentialId': '',
               'managedIdentityType': 'systemAssigned', 'signInEventTypes': ['managedIdentity'], 'location': {'city': '', 'state': '', 'countryOrRegion': ''}}
    else:
        rec = {'id': guid(), 'createdDateTime': iso(t, 0), 'appId': guid(), 'appDisplayName': 'Lakeshore Flow Service Connection',
               'servicePrincipalId': SP_FLOWSVC, 'servicePrincipalName': 'spn-lhs-flow-dataverse', 'ipAddress': priv_ip(),
               'correlationId': guid(), 'resourceDisplayName': 'Dataverse', 'resourceId': guid(),
               'status': {'errorCode': random.choice([0, 0, 7000215]), 'failureReason': None, 'additionalDetails': None},
               'servicePrincipalCredentialKeyId': guid(), 'servicePrincipalCredentialThumbprint': rhex(40, True),
               'signInEventTypes': ['servicePrincipal'], 'location': {'city': '', 'state': '', 'countryOrRegion': ''}}
    return J(rec)


# ========================================================================================
# Family: sp-uls (SharePoint Server ULS)
# ========================================================================================
def uls_line(t, area, cat, eid, level, msg, corr=None):
    lt = t + CDT
    ts = lt.strftime('%m/%d/%Y %H:%M:%S.') + '%02d' % (lt.microsecond // 10000)
    proc = random.choice(['w3wp.exe (0x2A5C)', 'w3wp.exe (0x1F40)', 'OWSTIMER.EXE (0x0B2C)', 'mssearch.exe (0x17E8)'])
    tid = '0x%04X' % random.randint(0x0100, 0x3FFF)
    return S('%s \t%-40s\t%-6s\t%-30s\t%-30s\t%s\t%-10s\t' % (ts, proc, tid, area, cat, eid, level), msg,
             '\t%s' % (corr if corr is not None else guid()))


def fam_uls(phi, t):
    if phi:
        p = pat()
        s = staff()
        kind = random.choice(['item', 'search', 'file', 'file', 'alert', 'sqlerr', 'crawl'])
        if kind == 'item':
            msg = S("Item updated in list 'Referrals' (ID %d) by %s: Title='" % (random.randint(100, 9000), ssam(s))).p(p['last'], 'name').t(', ').p(p['first'], 'name')
            msg.t(' DOB ').p(dfmt(p['dob'], 'us'), 'date').t(" - %s'" % random.choice(['cardiology f/u', 'fall risk', 'home O2 eval', 'needs interpreter', 'PT referral']))
            return uls_line(t, 'SharePoint Foundation', 'General', 'a3ti', 'Verbose', msg)
        if kind == 'search':
            msg = S("Search query processed: QueryText='\"").p(p['full'], 'name').t('" ').p(p['mrn'], 'mrn').t("', SourceId=%s, RowLimit=10, Results=%d, User=%s" % (guid(), random.randint(0, 6), ssam(s)))
            return uls_line(t, 'SharePoint Server Search', 'Query', 'dka5', 'Medium', msg)
        if kind == 'file':
            fname = '%s_%s_%s.pdf' % (p['last'].replace(' ', '').replace("'", ''), p['first'], dfmt(p['dob'], 'iso'))
            u = 'https://%s/sites/CareCoord/Shared Documents/Referrals/%s' % (SP, fname)
            msg = S('Name=Request (PUT:').p(u, 'url').t(')')
            return uls_line(t, 'SharePoint Foundation', 'Monitoring', 'nasq', 'Medium', msg)
        if kind == 'alert':
            msg = S("Alert email queued to %s for item '" % supn(s)).p(p['last'] + ' ' + p['first'][0], 'name').t(' - home health - ').p(p['street'], 'address').t(' ').p(p['city'], 'address').t(' ').p(p['zip'], 'zip').t("' (alert id %s)" % guid())
            return uls_line(t, 'SharePoint Foundation', 'E-Mail', 'fs0v', 'Medium', msg)
        if kind == 'sqlerr':
            msg = S("Unknown SQL Exception 2627 occurred. Additional error information from SQL Server is included below. Violation of UNIQUE KEY constraint 'UQ_PatientContacts_Phone'. Cannot insert duplicate key in object 'dbo.PatientContacts'. The duplicate key value is (").p(phone_fmt(p['phone'], 'dash'), 'phone').t(').')
            return uls_line(t, 'SharePoint Foundation', 'Database', '5586', 'Unexpected', msg)
        msg = S('Crawled item https://%s/sites/CareCoord/Lists/Intake/DispForm.aspx?ID=%d, Title: Intake - ' % (SP, random.randint(100, 9000))).p(p['full'], 'name').t(' - SSN ').p(p['ssn'], 'ssn').t(' - docid %s' % guid())
        return uls_line(t, 'SharePoint Server Search', 'Crawler:Gatherer Plugin', 'e5ho', 'Verbose', msg)
    kind = random.choice(['req', 'leave', 'auth', 'micro', 'sqlconn', 'timer', 'search'])
    s = staff()
    if kind == 'req':
        return uls_line(t, 'SharePoint Foundation', 'Monitoring', 'nasq', 'Medium', S('Name=Request (%s:https://%s:443/sites/CareCoord/%s)' % (random.choice(['GET', 'POST']), SP, random.choice(['_layouts/15/start.aspx', 'Lists/Referrals/AllItems.aspx', '_vti_bin/client.svc/ProcessQuery', '_api/web/lists/getbytitle(\'Referrals\')/items?$top=100']))))
    if kind == 'leave':
        return uls_line(t, 'SharePoint Foundation', 'Monitoring', 'b4ly', 'Medium', S('Leaving Monitored Scope (Request (GET:https://%s:443/sites/CareCoord/Lists/Referrals/AllItems.aspx)). Execution Time=%.4f' % (SP, random.uniform(5, 900))))
    if kind == 'auth':
        return uls_line(t, 'SharePoint Foundation', 'Authentication Authorization', 'agb9s', 'Medium', S('Non-OAuth request. IsAuthenticated=True, UserIdentityName=0#.w|%s, ClaimsCount=%d' % (ssam(s).lower(), random.randint(20, 60))))
    if kind == 'micro':
        return uls_line(t, 'SharePoint Foundation', 'Micro Trace', 'uls4', 'Medium', S('Micro Trace Tags: 0 nasq,%d agb9s,%d ak8dj,%d b4ly' % (random.randint(1, 9), random.randint(10, 40), random.randint(40, 900))))
    if kind == 'sqlconn':
        return uls_line(t, 'SharePoint Foundation', 'Database', 'ahjqp', 'Verbose', S('SQL connection time: %.4f for Data Source=SQLSP01\\SHAREPOINT;Initial Catalog=WSS_Content_CareCoord;Integrated Security=True;Enlist=False;Pooling=True;Min Pool Size=0;Max Pool Size=100;Connect Timeout=15' % random.uniform(0.1, 3)))
    if kind == 'timer':
        return uls_line(t, 'SharePoint Foundation', 'Timer', '6398', 'Verbose', S("Job definition Microsoft.SharePoint.Administration.SPUsageImportJobDefinition, id %s has completed in %d ms." % (guid(), random.randint(20, 9000))))
    return uls_line(t, 'SharePoint Server Search', 'Query', 'dka5', 'Medium', S("Search query processed: QueryText='referral status open', SourceId=%s, RowLimit=10, Results=%d, User=%s" % (guid(), random.randint(0, 200), ssam(s))))


# ========================================================================================
# Family: teams-bot (Bot Framework activities logged by CareNavBot)
# ========================================================================================
TEAM_ID = '19:%s@thread.tacv2' % rhex(32)
CHANNELS = ['19:%s@thread.tacv2' % rhex(32) for _ in range(3)]


def teams_text(p):
    k = random.choice(['lookup', 'callback', 'ec', 'fax', 'fax', 'homehealth', 'portal', 'ssn', 'elder', 'coverage', 'photo', 'dl', 'url', 'billing', 'parking'])
    s = S()
    if k == 'lookup':
        s.t('lookup ').p(p['full'], 'name').t(' DOB ').p(dfmt(p['dob'], random.choice(['usnz', 'us', 'short'])), 'date')
    elif k == 'callback':
        s.t('pt ').p(p['full'], 'name').t(' MRN ').p(p['mrn'], 'mrn').t(' called re: refill, pls cb ').p(phone_fmt(p['phone'], random.choice(['dash', 'paren', 'dot'])), 'phone')
    elif k == 'ec':
        s.t('can someone call ').p(p['first'], 'name').t("'s %s " % p['ec'][1].lower()).p(p['ec'][0], 'name').t(' at ').p(phone_fmt(p['ec'][2], 'dash'), 'phone').t(' - listed as emergency contact')
    elif k == 'fax':
        if not p.get('fax'):
            p = random.choice([x for x in PATIENTS if x.get('fax')])
        s.t('fax the d/c summary for ').p(p['last'], 'name').t(' (').p(p['mrn'], 'mrn').t(') to home fax ').p(phone_fmt(p['fax'], 'dash'), 'fax').t(', family asked')
    elif k == 'homehealth':
        s.t('home health referral: ').p(p['full'], 'name').t(', ').p(p['street'], 'address').t(', ').p(p['city'], 'address').t(' %s ' % p['state']).p(p['zip'], 'zip')
        if p['plan'] == 'medicare':
            s.t(', Medicare ').p(p['member'], 'health_plan')
    elif k == 'portal':
        s.t("anyone know why ").p(p['email'] or p['ec_email'], 'email').t(" can't log into MyHealth? username ").p(p['user'], 'other_id')
    elif k == 'ssn':
        s.t('SSN on file for ').p(p['full'], 'name').t(' is wrong, should be ').p(ssn_fmt(p, random.random() < 0.7), 'ssn').t(' per pt')
    elif k == 'elder':
        e = random.choice(ELDERS)
        s.p(e['full'], 'name').t(' in 4W bed %d is ' % random.randint(2, 30)).p(str(e['age']), 'age').t('yo, admitted ').p(dfmt(past_date(1, 6), 'usnz'), 'date').t(', daughter wants update')
    elif k == 'coverage':
        if not p['member']:
            p = random.choice([x for x in PATIENTS if x['member']])
        s.t('coverage check pls: ').p(p['full'], 'name').t(' member ID ').p(p['member'], 'health_plan').t(' group %s' % p['group'])
    elif k == 'dl':
        if not p.get('dl'):
            p = random.choice([x for x in PATIENTS if x.get('dl')])
        s.t('front desk scanned ID for ').p(p['full'], 'name').t(': %s DL ' % p['state']).p(p['dl'], 'license').t(', address matches chart')
    elif k == 'url':
        slug = ('help-%s-%s-recover' % (p['first'], p['last'])).lower().replace(' ', '-').replace("'", '')
        slug = slug.translate(str.maketrans('éëöüáíśń', 'eeouaisn'))
        s.t('FYI family set up a fundraiser for ').p(p['first'], 'name').t(' - ').p('https://www.gofundme.com/f/' + slug, 'url').t(' - SW to follow up re: financial assistance')
    elif k == 'parking':
        s.t("valet has keys for ").p(p['last'], 'name').t("'s car, plate ").p(p['plate'], 'vehicle').t(', pt admitted to 5E - pls move to long-term lot')
    elif k == 'billing':
        s.t('PFS: guarantor acct ').p(p['acct'], 'account').t(' for ').p(p['full'], 'name').t(' shows $%d.%02d balance, pt disputes' % (random.randint(20, 4000), random.randint(0, 99)))
    else:
        s.t('new badge photo for ').p(p['full'], 'name').t(' uploaded to chart')
    return s


def fam_teams(phi, t):
    s = staff()
    chan = random.choice(CHANNELS)
    mid = str(int(t.timestamp() * 1000))
    if phi:
        p = pat()
        txt = teams_text(p)
        att_html = None
        if random.random() < 0.45:
            att_html = S('<div><div><at>CareNavBot</at> ').add(txt.map(lambda x: x.replace('&', '&amp;').replace("'", '&#39;'))).t('</div></div>')
        text = S('<at>CareNavBot</at> ').add(txt)
        attachments = [{'contentType': 'text/html', 'content': att_html}] if att_html else []
        if 'badge photo' in ''.join(x for x, _ in txt.segs):
            attachments.append({'contentType': 'image/*', 'contentUrl': 'https://us-api.asm.skype.com/v1/objects/0-cus-d%d-%s/views/imgo' % (random.randint(1, 9), rhex(32)),
                                'name': 'image.png', 'thumbnail': P('data:image/png;base64,' + png_b64(random.randint(150, 260)), 'photo')})
        act = {'text': text, 'textFormat': 'plain', 'attachments': attachments, 'type': 'message', 'timestamp': iso(t, 7),
               'localTimestamp': iso(t + CDT, 7, False) + '-05:00', 'id': mid, 'channelId': 'msteams', 'serviceUrl': 'https://smba.trafficmanager.net/amer/',
               'from': {'id': '29:1%s' % b64url(60), 'name': sname(s), 'aadObjectId': STAFF_OBJ[s[1]]},
               'conversation': {'isGroup': True, 'conversationType': 'channel', 'tenantId': TEN_STAFF, 'id': '%s;messageid=%s' % (chan, mid)},
               'recipient': {'id': '28:%s' % APP_BOT, 'name': 'CareNavBot'},
               'entities': [{'mentioned': {'id': '28:%s' % APP_BOT, 'name': 'CareNavBot'}, 'text': '<at>CareNavBot</at>', 'type': 'mention'},
                            {'locale': 'en-US', 'country': 'US', 'platform': 'Web', 'timezone': 'America/Chicago', 'type': 'clientInfo'}],
               'channelData': {'teamsChannelId': chan, 'teamsTeamId': TEAM_ID, 'channel': {'id': chan}, 'team': {'id': TEAM_ID}, 'tenant': {'id': TEN_STAFF}},
               'locale': 'en-US', 'localTimezone': 'America/Chicago'}
        if random.random() < 0.35:
            return S('%s INFO  CareNavBot.TurnHandler - inbound activity from=%s conv=%s text="' % (iso(t, 3), sname(s), chan)).add(text.map(lambda x: x.replace('"', '\\"'))).t('"')
        return J(act)
    kind = random.choice(['msg', 'msg', 'typing', 'convupdate', 'invoke', 'reply'])
    base = {'type': 'message', 'timestamp': iso(t, 7), 'id': mid, 'channelId': 'msteams', 'serviceUrl': 'https://smba.trafficmanager.net/amer/',
            'from': {'id': '29:1%s' % b64url(60), 'name': sname(s), 'aadObjectId': STAFF_OBJ[s[1]]},
            'conversation': {'isGroup': True, 'conversationType': 'channel', 'tenantId': TEN_STAFF, 'id': '%s;messageid=%s' % (chan, mid)},
            'recipient': {'id': '28:%s' % APP_BOT, 'name': 'CareNavBot'}}
    if kind == 'msg':
        txt = random.choice(['census 4W', 'who is covering 5E tonight?', 'help', 'status INC%07d' % random.randint(10000, 99999),
                             'Dynamics maintenance window Sat %s 22:00-02:00 CT, portal read-only' % (TODAY + dt.timedelta(days=5)).strftime('%m/%d'),
                             'bed board refresh is stuck again, last update %s' % hm12(t + CDT), 'page pharmacy: %s' % sname(STAFF[7]),
                             'how many reminders went out for %s?' % (TODAY + dt.timedelta(days=1)).strftime('%m/%d/%Y')])
        base['text'] = '<at>CareNavBot</at> ' + txt
        base['textFormat'] = 'plain'
        return J(base)
    if kind == 'typing':
        base['type'] = 'typing'
        return J(base)
    if kind == 'convupdate':
        base['type'] = 'conversationUpdate'
        base['membersAdded'] = [{'id': '29:1%s' % b64url(60), 'aadObjectId': STAFF_OBJ[staff()[1]]}]
        base['channelData'] = {'eventType': 'teamMemberAdded', 'team': {'id': TEAM_ID}, 'tenant': {'id': TEN_STAFF}}
        return J(base)
    if kind == 'invoke':
        base['type'] = 'invoke'
        base['name'] = 'adaptiveCard/action'
        base['value'] = {'action': {'type': 'Action.Execute', 'verb': random.choice(['ackTask', 'assignToMe', 'snooze']), 'data': {'taskId': guid(), 'etag': etag()}}}
        return J(base)
    return S('%s INFO  CareNavBot.TurnHandler - reply sent activityId=1:%s conv=%s latencyMs=%d' % (iso(t, 3), b64url(30), chan, random.randint(40, 2000)))


# ========================================================================================
# Family: sqlagent-history
# ========================================================================================
JOBS = [('LHS_Nightly_MPI_Merge', ['Stage contacts from Dataverse', 'Merge staged patients', 'Rebuild identifier index', 'Update statistics']),
        ('LHS_Coverage_835_Load', ['Load 835 files', 'Post remittance', 'Archive']),
        ('LHS_Portal_Audit_Purge', ['Purge > 400 days']),
        ('syspolicy_purge_history', ['Verify that automation is enabled.', 'Purge history.', 'Erase Phantom System Health Records.'])]
SQLSRV = 'SQLPE01\\MPI'


def sql_row(t, job, step, stepname, msg, dur, sev, msgid, csv=True):
    lt = t + CDT
    if csv:
        d = lt.strftime('%m/%d/%Y %H:%M:%S')
        m = S('"').add(msg.map(lambda x: x.replace('"', '""'))).t('"')
        return S('%s,Job History (%s),%d,%s,%s,%s,,' % (d, job, step, SQLSRV, job, stepname), m,
                 ',%02d:%02d:%02d,%d,%d,,,,0' % (dur // 3600, dur // 60 % 60, dur % 60, sev, msgid))
    rd = int(lt.strftime('%Y%m%d'))
    rt = int(lt.strftime('%H%M%S'))
    return S('%d\t%s\t%d\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t' % (random.randint(100000, 999999), job, step, stepname, msgid, sev,
                                                           1 if sev == 0 else 0, rd, rt, dur // 60 * 100 + dur % 60), msg)


def fam_sql(phi, t):
    csv = random.random() < 0.6
    if phi:
        p = pat()
        job = 'LHS_Nightly_MPI_Merge'
        kind = random.choice(['dupmrn', 'trunc', 'conv', 'dupssn', 'msg', 'dupemail'])
        if kind == 'dupmrn':
            msg = S("Executed as user: LAKESHORE\\svc-sqlagent. Violation of PRIMARY KEY constraint 'PK_PatientIdentifier'. Cannot insert duplicate key in object 'dbo.PatientIdentifier'. The duplicate key value is (MRN, ").p(p['mrn'], 'mrn').t("). [SQLSTATE 23000] (Error 2627)  The statement has been terminated. [SQLSTATE 01000] (Error 3621).  The step failed.")
            return sql_row(t, job, 2, 'Merge staged patients', msg, random.randint(1, 40), 14, 2627, csv)
        if kind == 'trunc':
            which = random.choice(['addr', 'name'])
            msg = S("Executed as user: LAKESHORE\\svc-sqlagent. String or binary data would be truncated in table 'MPI.dbo.PatientStage', column '%s'. Truncated value: '" % ('AddressLine1' if which == 'addr' else 'LastName'))
            if which == 'addr':
                v = p['street'][:18].rstrip()
                msg.p(v, 'address')
            else:
                v = (p['last'] + ' ' + p['first'])[:12].rstrip()
                msg.p(v, 'name')
            msg.t("'. [SQLSTATE 22001] (Error 2628)  The statement has been terminated. [SQLSTATE 01000] (Error 3621).  The step failed.")
            return sql_row(t, job, 1, 'Stage contacts from Dataverse', msg, random.randint(1, 400), 16, 2628, csv)
        if kind == 'conv':
            msg = S("Executed as user: LAKESHORE\\svc-sqlagent. Conversion failed when converting the nvarchar value '").p(phone_fmt(p['phone'], 'dash'), 'phone').t("' to data type bigint. [SQLSTATE 22018] (Error 245).  The step failed.")
            return sql_row(t, job, 2, 'Merge staged patients', msg, random.randint(1, 60), 16, 245, csv)
        if kind == 'dupssn':
            msg = S("Executed as user: LAKESHORE\\svc-sqlagent. Cannot insert duplicate key row in object 'dbo.Patient' with unique index 'UX_Patient_SSN'. The duplicate key value is (").p(p['ssn'].replace('-', ''), 'ssn').t("). [SQLSTATE 23000] (Error 2601)  The statement has been terminated. [SQLSTATE 01000] (Error 3621).  The step failed.")
            return sql_row(t, job, 2, 'Merge staged patients', msg, random.randint(1, 60), 14, 2601, csv)
        if kind == 'dupemail':
            msg = S("Executed as user: LAKESHORE\\svc-sqlagent. Cannot insert duplicate key row in object 'dbo.PortalAccount' with unique index 'UX_PortalAccount_Email'. The duplicate key value is (").p(p['email'] or p['ec_email'], 'email').t(", ").p(p['user'], 'other_id').t("). [SQLSTATE 23000] (Error 2601).  The step failed.")
            return sql_row(t, job, 2, 'Merge staged patients', msg, random.randint(1, 60), 14, 2601, csv)
        msg = S("Executed as user: LAKESHORE\\svc-sqlagent. Merge candidate pair: ").p(p['mrn'], 'mrn').t(" <-> E%07d (" % random.randint(10 ** 6, 10 ** 7 - 1)).p(p['last'], 'name').t(", DOB ").p(dfmt(p['dob'], 'iso'), 'date').t(") requires manual review [SQLSTATE 01000] (Message 50001).  The step succeeded.")
        return sql_row(t, job, 2, 'Merge staged patients', msg, random.randint(1, 60), 0, 50001, csv)
    job, steps = random.choice(JOBS)
    kind = random.choice(['outcome', 'step', 'dbcc', 'rows', 'fail'])
    if kind == 'outcome':
        msg = S('The job %s.  The Job was invoked by Schedule %d (%s).  The last step to run was step %d (%s).' % (
            random.choice(['succeeded', 'succeeded', 'failed']), random.randint(8, 30), job.replace('_', ' ') + ' 0200', len(steps), steps[-1]))
        return sql_row(t, job, 0, '(Job outcome)', msg, random.randint(5, 3000), 0, 0, csv)
    if kind == 'step':
        msg = S('Executed as user: LAKESHORE\\svc-sqlagent. Warning: Null value is eliminated by an aggregate or other SET operation. [SQLSTATE 01003] (Message 8153).  The step succeeded.')
    elif kind == 'dbcc':
        msg = S('Executed as user: LAKESHORE\\svc-sqlagent. DBCC execution completed. If DBCC printed error messages, contact your system administrator. [SQLSTATE 01000] (Message 2528).  The step succeeded.')
    elif kind == 'rows':
        msg = S('Executed as user: LAKESHORE\\svc-sqlagent. (%d rows affected) [SQLSTATE 01000] (Message 0)  batch %s, watermark ticks %d.  The step succeeded.' % (random.randint(0, 90000), guid(), ticks(t)))
    else:
        msg = S("Executed as user: LAKESHORE\\svc-sqlagent. Login timeout expired [SQLSTATE HYT00] (Error 0)  A network-related or instance-specific error has occurred while establishing a connection to SQL Server 'SQLPE02,1433'. [SQLSTATE 08001] (Error 53).  The step failed.")
    st = random.randint(1, len(steps))
    return sql_row(t, job, st, steps[st - 1], msg, random.randint(0, 2000), 0 if kind != 'fail' else 16, 0 if kind != 'fail' else 53, csv)


# ========================================================================================
# Family: dv-audit (Audit History export CSV)
# ========================================================================================
AUDIT_FIELDS = {
    'Mobile Phone': lambda p: (P(phone_fmt(p['phone'], 'paren'), 'phone'), P(phone_fmt((p['phone'][0], '01%02d' % random.randint(50, 99)), 'paren'), 'phone')),
    'Email': lambda p: (P(p['email'] or p['ec_email'], 'email'), ''),
    'Address 1: Street 1': lambda p: (P(p['street'], 'address'), P('%d %s' % (random.randint(100, 9999), random.choice(['N Sheridan Rd', 'W Lawrence Ave', 'Davis St'])), 'address')),
    'Birthday': lambda p: ('', P(dfmt(p['dob'], 'usnz'), 'date')),
    'Medical Record Number': lambda p: ('', P(p['mrn'], 'mrn')),
    'Government ID': lambda p: ('', P(ssn_fmt(p, True), 'ssn')),
    'Insurance Member ID': lambda p: ('', P(p['member'], 'health_plan') if p['member'] else 'SELF-PAY'),
    "Driver's License": lambda p: ('', P(p['dl'], 'license') if p.get('dl') else ''),
    'Bank Account (IBAN)': lambda p: ('', P(p['iban_no'], 'account') if p.get('iban_no') else ''),
    'National ID (foreign)': lambda p: ('', P(p.get('pesel_no') or p.get('curp_no') or '', 'other_id') if (p.get('pesel_no') or p.get('curp_no')) else ''),
    'Emergency Contact Phone': lambda p: (P(phone_fmt(p['ec'][2], 'dash'), 'phone'), ''),
    'Fax': lambda p: ('', P(phone_fmt(p['fax'], 'paren'), 'fax') if p.get('fax') else ''),
    'Guarantor Account Number': lambda p: ('', P(p['acct'], 'account')),
    'Website': lambda p: ('', P(p['website'], 'url')),
    'Parking Permit Plate': lambda p: (P(p['plate'], 'vehicle'), ''),
    'Home Monitoring Device': lambda p: ('', P(p['dev_sn'], 'device') if p.get('dev_sn') else ''),
}


def csvq(x):
    if isinstance(x, (S, P)):
        inner = x if isinstance(x, S) else S(x)
        plain = ''.join(a for a, _ in inner.segs)
        if any(c in plain for c in ',"'):
            return S('"').add(inner.map(lambda a: a.replace('"', '""'))).t('"')
        return inner
    x = str(x)
    if any(c in x for c in ',"'):
        return S('"' + x.replace('"', '""') + '"')
    return S(x)


def fam_audit(phi, t):
    lt = t + CDT
    when = '%d/%d/%d %d:%02d %s' % (lt.month, lt.day, lt.year, lt.hour % 12 or 12, lt.minute, 'AM' if lt.hour < 12 else 'PM')
    s = staff()
    if phi:
        p = pat()
        field = random.choice(list(AUDIT_FIELDS))
        need = {'Fax': 'fax', "Driver's License": 'dl', 'Bank Account (IBAN)': 'iban_no', 'Home Monitoring Device': 'dev_sn',
                'National ID (foreign)': 'pesel_no' if random.random() < 0.5 else 'curp_no'}.get(field)
        if need:
            p = random.choice([x for x in PATIENTS if x.get(need)])
        old, new = AUDIT_FIELDS[field](p)
        if not isinstance(old, P) and not isinstance(new, P):
            field = 'Mobile Phone'
            old, new = AUDIT_FIELDS[field](p)
        rec = random.choice([P(p['full'], 'name'), S().p(p['last'], 'name').t(', ').p(p['first'], 'name')])
        cols = [when, sname(s), rec, 'Contact', 'Update', field, old, new]
    else:
        kind = random.choice(['status', 'owner', 'account', 'queue', 'guid'])
        if kind == 'status':
            cols = [when, sname(s), 'APPT-%06d' % random.randint(1000, 999999), 'Appointment (EMR)', 'Update', 'Status Reason', 'Proposed', random.choice(['Booked', 'Cancelled', 'Fulfilled'])]
        elif kind == 'owner':
            cols = [when, sname(s), guid(), 'Contact', 'Assign', 'Owner', sname(staff()), sname(staff())]
        elif kind == 'account':
            cols = [when, sname(s), 'Lakeshore Cardiology - Evanston', 'Account', 'Update', 'Main Phone', '(847) 555-0140', '(847) 555-0141']
        elif kind == 'queue':
            cols = [when, '# Lakeshore Integration', 'Patient Financial Services', 'Queue', 'Update', 'Incoming Email', 'pfs@lakeshorehealth.org', 'pfs-queue@lakeshorehealth.org']
        else:
            cols = [when, '# Lakeshore Integration', guid(), 'Coverage (EMR)', 'Update', 'Coverage Status', '935000000', '935000001']
    out = S()
    for i, c in enumerate(cols):
        if i:
            out.t(',')
        out.add(csvq(c))
    return out


# ========================================================================================
# assemble
# ========================================================================================
FAMILIES = [
    ('dv-plugintrace', fam_plugintrace, 50, 0.46),
    ('fetchxml', fam_fetchxml, 40, 0.42),
    ('flow-run', fam_flow, 50, 0.42),
    ('appinsights', fam_appinsights, 55, 0.42),
    ('func-host', fam_funchost, 45, 0.38),
    ('apim-gateway', fam_apim, 45, 0.45),
    ('aad-signin', fam_signin, 45, 0.62),
    ('sp-uls', fam_uls, 45, 0.40),
    ('teams-bot', fam_teams, 45, 0.45),
    ('sqlagent-history', fam_sql, 40, 0.40),
    ('dv-audit', fam_audit, 40, 0.45),
]


def finalize(seg):
    b = bytearray()
    spans = []
    for txt, cat in seg.segs:
        enc = txt.encode('utf-8')
        st = len(b)
        b += enc
        if cat:
            spans.append((st, len(b), cat, enc))
    for st, e, cat, enc in spans:
        assert bytes(b[st:e]) == enc, (st, e, cat)
        assert e > st
    for (s1, e1, _, _), (s2, e2, _, _) in zip(spans, spans[1:]):
        assert e1 <= s2
    assert b'\n' not in b and b'\r' not in b, bytes(b)[:200]
    assert len(b) <= 4000, (len(b), bytes(b)[:200])
    return bytes(b), [{'s': s, 'e': e, 'cat': c} for s, e, c, _ in spans]


def main():
    fams = []
    for name, fn, n, pphi in FAMILIES:
        k = round(n * pphi)
        flags = [True] * k + [False] * (n - k)
        random.shuffle(flags)
        fams.extend((name, fn, f) for f in flags)
    assert len(fams) == N_LINES
    random.shuffle(fams)
    lines, labels = [], []
    for i, (name, fn, phi) in enumerate(fams, 1):
        t = tick()
        seg = fn(phi, t)
        b, spans = finalize(seg)
        assert bool(spans) == phi, (name, phi, b[:300])
        lines.append(b)
        labels.append({'line': i, 'family': name, 'spans': spans})
    with open(os.path.join(HERE, ID + '.log'), 'wb') as f:
        for b in lines:
            f.write(b + b'\n')
    with open(os.path.join(HERE, ID + '.labels.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
