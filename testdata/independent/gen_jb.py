#!/usr/bin/env python3
"""gen_jb.py -- synthetic labeled log corpus (ID=jb).

Theme: an academic medical center's research data warehouse (RDW) and honest
broker (HB) service.  The aggregated log mixes: Airflow task logs, Spark driver
logs and show() tables, SQL Server Agent job output (i2b2 loads), de-identification
and date-shifting job reports (JSON and text), re-identification key tables and
crosswalk exports (CSV with header, pipe rows without header), IRB data-request
ticket comments (Jira / ServiceNow / e-mail), i2b2 CRC (WildFly) cohort-query
logs with PDO XML, REDCap access logs / API client logs / logging exports,
JupyterHub and papermill (printed pandas DataFrames), PostgreSQL slow-query logs
with bind parameters, HL7 v2 ADT feeds via Mirth, CMS linkage, a device
remote-monitoring feed, OMOP DQD results, honest-broker audit (logfmt), syslog /
cron / sftp noise.  Everything is synthetic; stdlib only; deterministic.

Labeling decisions:
- Labeled: identifiers of patients, research participants and their relatives,
  guarantors, insured subscribers and emergency contacts.  Not labeled: staff
  (analysts, PIs, coordinators, attending physicians in HL7 PV1), their
  usernames/e-mails/phones, payers, vendors, partner institutions, servers.
- Source-EHR identifiers are labeled: MRN and Epic enterprise ID -> mrn;
  hospital account (HAR, HL7 PID-18), participant payment card and bank
  numbers -> account; Epic encounter CSN / HL7 PV1-19 visit number -> other_id;
  tumour-registry accession, state death-certificate number -> other_id /
  license respectively; Medicare MBI and commercial member IDs -> health_plan.
- Warehouse / honest-broker surrogate keys are NOT labeled: OMOP person_id,
  visit_occurrence_id, i2b2 patient_num/encounter_num, honest-broker study IDs
  (HB-xxxxxx), REDCap record_id, note IDs, result_instance_id.  They are
  meaningless outside the warehouse (re-identification codes, 45 CFR
  164.514(c)).  Salted hashes/tokens of identifiers are not labeled either.
- Dates: any date of a patient event is labeled (birth, death, admission,
  discharge, service, device transmission, opt-out / consent request date),
  INCLUDING date-shifted dates (shifting is not Safe Harbor).  The span is the
  whole written value (with its time part if attached, e.g. HL7 TS or
  1939-05-02T00:00:00.000-04:00).  Log timestamps, run dates, logical dates,
  IRB approval/DUA dates, release schedules and a year alone are not labeled.
  A Python datetime.date(...) repr: the span is the argument list "1939, 5, 2".
- Ages: only numbers > 89 are labeled (span = digits only).  The Safe Harbor
  bucket text "90+" is not labeled.
- ZIP: 5-digit or ZIP+4 of a person -> zip; 3-digit ZIP prefixes kept by a
  limited data set are not labeled.  Street (with unit), city and county are
  separate address spans where they are separate fields, one span where they
  are written as one free-text run; state is never labeled.
- Names: one span per name as written (incl. middle initial and HL7 "^"
  component separators); titles (Mr./Mrs.) outside the span; separate
  first/last fields are separate spans; a name embedded in a file name
  (chart_review_LAST_First_MRN.ipynb) is one span "LAST_First".  A surname
  alone referring to a patient/relative is labeled.  In SQL literals the
  span is the escaped text as it appears.
- Phones/fax/e-mail: the value as written (fax when the field or text says
  fax).  IP: public IPs of participants (REDCap survey respondents) only;
  internal 10.x and partner/institution IPs not labeled.
- device: implant serials, UDIs, CGM/monitor serials and MACs of a patient's
  device.  vehicle: VIN and plate of a patient's vehicle.  license: driver's
  licence and death-certificate numbers.  biometric: fingerprint template
  payload.  photo: base64 JPEG of a participant's ID photo.  url: a
  patient's personal page/profile URL.
- Public test card numbers (4111 1111 1111 1111) and bank ABA routing
  numbers (identify the bank, not the person) are not labeled.
- Labeled also in otherwise technical lines (SQL parameters, exception text,
  malformed-record dumps): context is a patient record.
"""
import base64
import json
import os
import random
import re
from datetime import datetime, date, timedelta

ID = 'jb'
R = random.Random(0x6A62_2103)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
TARGET_PHI_FRAC = 0.45


# ----------------------------------------------------------------- line builder
class Line:
    __slots__ = ('fam', 'buf', 'nb', 'spans')

    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.nb = 0
        self.spans = []

    def t(self, x):
        x = str(x)
        self.buf.append(x)
        self.nb += len(x.encode('utf-8'))
        return self

    def p(self, x, cat):
        x = str(x)
        st = self.nb
        self.t(x)
        self.spans.append((st, self.nb, cat, x))
        return self

    def v(self, x, cat=None):
        return self.p(x, cat) if cat else self.t(x)

    def text(self):
        return ''.join(self.buf)


PH = re.compile(r'⟦(\w+)⟧')


def T(fam, fmt, **kw):
    """fmt with ⟦key⟧ placeholders; values: str, (str, cat|None) or callable(ln)."""
    ln = Line(fam)
    parts = PH.split(fmt)
    for i, part in enumerate(parts):
        if i % 2 == 0:
            if part:
                ln.t(part)
        else:
            val = kw[part]
            if isinstance(val, tuple):
                ln.v(val[0], val[1])
            elif callable(val):
                val(ln)
            else:
                ln.t(val)
    return ln


def J(ln, items, sep=', ', kv=': '):
    """Write a JSON object; items: (key, value[, cat]). value may be callable."""
    ln.t('{')
    for n, it in enumerate(items):
        k, val = it[0], it[1]
        cat = it[2] if len(it) > 2 else None
        if n:
            ln.t(sep)
        ln.t(json.dumps(k, ensure_ascii=False) + kv)
        if callable(val):
            val(ln)
        elif isinstance(val, str):
            e = json.dumps(val, ensure_ascii=False)
            if cat:
                ln.t('"').p(e[1:-1], cat).t('"')
            else:
                ln.t(e)
        else:
            ln.v(json.dumps(val), cat)
    ln.t('}')
    return ln


def seg(fam, fields, sep='|'):
    """HL7/pipe row: each field is str, (str, cat) or list of those (concatenated)."""
    ln = Line(fam)
    for n, f in enumerate(fields):
        if n:
            ln.t(sep)
        if not isinstance(f, list):
            f = [f]
        for piece in f:
            if isinstance(piece, tuple):
                ln.v(piece[0], piece[1])
            else:
                ln.t(piece)
    return ln


# ----------------------------------------------------------------- clock
CLK = [datetime(2024, 3, 12, 1, 46, 9, 418000)]


def tick(a=8, b=140):
    CLK[0] += timedelta(seconds=R.randint(a, b), milliseconds=R.randint(0, 999))


def loc():
    return CLK[0]


def utc():
    return CLK[0] + timedelta(hours=4)


def _ms(d):
    return '%03d' % (d.microsecond // 1000)


def ts_af():
    return utc().strftime('[%Y-%m-%d, %H:%M:%S UTC]')


def ts_spark():
    return loc().strftime('%y/%m/%d %H:%M:%S')


def ts_py():
    d = loc()
    return d.strftime('%Y-%m-%d %H:%M:%S') + ',' + _ms(d)


def ts_pg():
    d = loc()
    return d.strftime('%Y-%m-%d %H:%M:%S') + '.' + _ms(d) + ' EDT'


def ts_jh():
    d = utc()
    return d.strftime('%Y-%m-%d %H:%M:%S') + '.' + _ms(d)


def ts_isoz():
    d = utc()
    return d.strftime('%Y-%m-%dT%H:%M:%S') + '.' + _ms(d) + 'Z'


def ts_cri():
    CLK[0] += timedelta(microseconds=R.randint(40, 2500))
    d = utc()
    return d.strftime('%Y-%m-%dT%H:%M:%S') + '.%06d' % d.microsecond + '%03dZ' % R.randint(0, 999)


def ts_sqla():
    d = loc()
    return d.strftime('%Y-%m-%d %H:%M:%S') + '.%02d' % (d.microsecond // 10000)


def ts_sys():
    d = loc()
    return d.strftime('%b ') + ('%2d' % d.day) + d.strftime(' %H:%M:%S')


def ts_apache():
    return loc().strftime('%d/%b/%Y:%H:%M:%S -0400')


def ts_jira():
    d = loc()
    h = d.hour % 12 or 12
    return '%d/%s/%s %d:%02d %s' % (d.day, d.strftime('%b'), d.strftime('%y'), h, d.minute,
                                    'AM' if d.hour < 12 else 'PM')


def ts_hl7():
    return loc().strftime('%Y%m%d%H%M%S')


# ----------------------------------------------------------------- random helpers
def digits(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def hexs(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def uuid4():
    return '%s-%s-4%s-%s%s-%s' % (hexs(8), hexs(4), hexs(3), R.choice('89ab'), hexs(3), hexs(12))


def alnum(n, alphabet='ABCDEFGHJKLMNPQRSTUVWXYZ23456789'):
    return ''.join(R.choice(alphabet) for _ in range(n))


def luhn_complete(prefix, length=16):
    body = prefix + digits(length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip('ABCDEFGH', range(1, 9))), **dict(zip('JKLMN', range(1, 6))), 'P': 7, 'R': 9,
           **dict(zip('STUVWXYZ', range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
    wmi = R.choice(['1FT', '1HG', '2T1', '3VW', '5YJ', 'JTD', '1C4', 'KNA'])
    v = list(wmi + ''.join(R.choice(chars) for _ in range(5)) + '0' + R.choice('ABCDEFGHJKLMNPRSTVWXY') +
             R.choice(chars) + digits(6))
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    v[8] = 'X' if s % 11 == 10 else str(s % 11)
    return ''.join(v)


def mbi():
    L = 'ACDEFGHJKMNPQRTUVWXY'
    AN = L + '0123456789'
    return (R.choice('123456789') + R.choice(L) + R.choice(AN) + R.choice('0123456789') + R.choice(L) +
            R.choice(AN) + R.choice('0123456789') + R.choice(L) + R.choice(L) + digits(2))


def fake_ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        return '%03d-%02d-%04d' % (a, R.randint(1, 99), R.randint(1, 9999))


# ----------------------------------------------------------------- people
F_FIRST = ['Adebola', 'Marisol', 'Fatoumata', 'Thi Mai', 'Siobhán', 'Ekaterina', 'Priyanka', 'Zainab',
           'Dolores', 'Mary Ellen', 'Chloé', 'Consuelo', 'Layla', 'Aroha', 'Esperanza', 'Soo-jin', 'Ngozi',
           'Amara', 'Lucía', 'Renée', 'Margit', 'Thandiwe', 'Anne-Marie', 'Halina', 'Yasmin', 'Keiko',
           'Bernadette', 'Olamide', 'Rivka', 'Guadalupe']
M_FIRST = ['Hiroshi', 'Tadeusz', 'Jean-Baptiste', 'Giuseppe', 'Oluwaseun', 'Wei', 'Ahmad', 'Björn', 'Kwame',
           'Rahul', 'Dmitri', 'Tomasz', 'Keanu', 'Yusuf', 'Declan', 'Haruto', 'Henrik', 'Mehmet', 'Anh',
           'Francisco', 'Seamus', 'Emeka', 'Arjun', 'Luis Alberto', 'Nikolaos', 'Bao', 'Ibrahim', 'Matthias',
           'Desmond', 'Pál']
LAST = ['Oyelaran', 'Nakamura', 'Ruiz-Espinoza', 'Wojciechowski', 'Diallo', 'Hoang', "O'Sullivan",
        'van der Berg', 'de la Cruz', 'Papadopoulos', 'Okonkwo', 'Abernathy', 'Kowalczyk', 'Lindqvist',
        'Al-Hashimi', 'Nguyen', 'Fitzgerald-Moore', 'Da Silva', 'MacLeod', 'Chatterjee', 'Bello', 'Iwu', 'Kim',
        'Zhao', 'Haddad', 'Ferreira de Souza', 'St. Pierre', 'Goldberg', 'Kealoha', 'Tanaka', 'Gruber', 'Novák',
        'Castellanos', 'Adeyemi', 'Sørensen', 'Müller', 'Ó Briain', 'McAllister', 'Yılmaz', 'Petrov', 'Bianchi',
        'Mensah', 'Dubois', 'LeBlanc', 'Żukowski', 'Rosenthal', 'Abubakar', 'Quintero']
STREETS = ['Walnut St', 'Commonwealth Ave', 'Prospect St', 'Elm St', 'Blue Hill Ave', 'Dorchester Ave',
           'Main St', 'Pleasant St', 'Chestnut Hill Rd', 'Maple Ave', 'Washington St', 'Centre St', 'Salem St',
           'Highland Ave', 'Union Ave', 'Bay State Rd', 'Cedar Ln', 'Mystic Valley Pkwy', 'Water St',
           'Tremont St', 'Brook Rd', 'Summer St']
UNITS = ['', '', '', 'Apt 3', '#2R', 'Unit 12B', 'Fl 2', 'Apt 407', 'Apt C']
CITIES = [('Boston', 'Suffolk', '02134', 'MA'), ('Brighton', 'Suffolk', '02135', 'MA'),
          ('Quincy', 'Norfolk', '02169', 'MA'), ('Worcester', 'Worcester', '01604', 'MA'),
          ('Newton', 'Middlesex', '02458', 'MA'), ('Lawrence', 'Essex', '01841', 'MA'),
          ('New Bedford', 'Bristol', '02745', 'MA'), ('Brockton', 'Plymouth', '02301', 'MA'),
          ('Lynn', 'Essex', '01902', 'MA'), ('Nashua', 'Hillsborough', '03060', 'NH'),
          ('Pawtucket', 'Providence', '02860', 'RI'), ('Somerville', 'Middlesex', '02143', 'MA'),
          ('Chelsea', 'Suffolk', '02150', 'MA'), ('Framingham', 'Middlesex', '01702', 'MA'),
          ('Fall River', 'Bristol', '02720', 'MA'), ('Lowell', 'Middlesex', '01852', 'MA'),
          ('Salem', 'Essex', '01970', 'MA'), ('Cambridge', 'Middlesex', '02139', 'MA'),
          ('Stoughton', 'Norfolk', '02072', 'MA'), ('Methuen', 'Essex', '01844', 'MA')]
MAILS = ['gmail.com', 'yahoo.com', 'comcast.net', 'verizon.net', 'hotmail.com', 'icloud.com', 'aol.com',
         'outlook.com']
AREA = ['617', '508', '781', '978', '413', '603', '401', '857', '774', '339']
TODAY = date(2024, 3, 12)


def ascii_fold(s):
    tr = str.maketrans({'á': 'a', 'é': 'e', 'í': 'i', 'ö': 'o', 'ø': 'o', 'ü': 'u', 'ó': 'o', 'ı': 'i', 'ż': 'z',
                        'Ż': 'z', 'Ó': 'o', 'Á': 'a', 'ñ': 'n'})
    return s.translate(tr)


def mk_person(old=False, sex=None):
    sex = sex or R.choice('FM')
    first = R.choice(F_FIRST if sex == 'F' else M_FIRST)
    last = R.choice(LAST)
    if old:
        dob = date(R.randint(1924, 1933), R.randint(1, 12), R.randint(1, 28))
    else:
        dob = date(R.randint(1938, 2011), R.randint(1, 12), R.randint(1, 28))
    age = TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))
    city, county, zp, st = R.choice(CITIES)
    loc_part = re.sub(r"[^a-z]", '', ascii_fold(last.lower()))
    fpart = re.sub(r"[^a-z]", '', ascii_fold(first.lower()))
    email = R.choice([fpart + '.' + loc_part, fpart[0] + loc_part + str(dob.year % 100),
                      fpart + loc_part[:4] + digits(2), loc_part + '_' + fpart[:3]]) + '@' + R.choice(MAILS)
    area = R.choice(AREA)
    return {
        'sex': sex, 'first': first, 'last': last, 'mi': R.choice('ABCDEFGHJKLMNPRSTW'), 'dob': dob, 'age': age,
        'mrn': '%08d' % R.randint(100000, 99999999), 'epi': 'E' + digits(7), 'ssn': fake_ssn(),
        'street': '%d %s' % (R.randint(3, 2400), R.choice(STREETS)), 'unit': R.choice(UNITS), 'city': city,
        'county': county, 'zip': zp, 'zip4': zp + '-' + digits(4), 'state': st, 'email': email,
        'area': area, 'ph7': '555' + '01' + digits(2), 'csn': '10' + digits(8), 'har': '7' + digits(9),
        'plan': R.choice(['XGH' + digits(9), 'W' + digits(9), '1000' + digits(8), 'HPH' + digits(8) + '01',
                          'ZGP' + digits(9)]),
        'mbi': mbi(), 'pid': 1000000 + R.randint(1000, 99999), 'hb': 'HB-' + alnum(6),
        'shift': R.choice([-1, 1]) * R.randint(1, 30),
    }


POOL = [mk_person() for _ in range(34)] + [mk_person(old=True) for _ in range(9)]
OLD = [p for p in POOL if p['age'] > 89]


def pp(sex=None):
    return R.choice([p for p in POOL if sex is None or p['sex'] == sex])


def pdistinct(k):
    return R.sample(POOL, k)


def pold(sex=None):
    c = [p for p in OLD if sex is None or p['sex'] == sex]
    return R.choice(c or OLD)


def pnew():
    return mk_person(old=R.random() < 0.2)


def name_fmt(p, style=None):
    f, l, mi = p['first'], p['last'], p['mi']
    style = style or R.choice(['LF_UP', 'LF', 'FL', 'FML', 'lower', 'init', 'UP'])
    return {
        'LF_UP': '%s,%s %s' % (l.upper(), f.upper(), mi),
        'LF': '%s, %s' % (l, f),
        'FL': '%s %s' % (f, l),
        'FML': '%s %s. %s' % (f, mi, l),
        'lower': ('%s %s' % (f, l)).lower(),
        'init': '%s. %s' % (f[0], l),
        'UP': ('%s %s' % (f, l)).upper(),
        'hl7': '%s^%s^%s' % (l.upper(), f.upper(), mi),
    }[style]


MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']


def dfmt(d, style=None):
    style = style or R.choice(['iso', 'us', 'us2', 'compact', 'dmon', 'long', 'eu', 'usp'])
    if isinstance(d, datetime):
        dt = d
    else:
        dt = datetime(d.year, d.month, d.day)
    return {
        'iso': dt.strftime('%Y-%m-%d'),
        'us': dt.strftime('%m/%d/%Y'),
        'usp': '%d/%d/%d' % (dt.month, dt.day, dt.year),
        'us2': '%d/%d/%s' % (dt.month, dt.day, dt.strftime('%y')),
        'compact': dt.strftime('%Y%m%d'),
        'dmon': dt.strftime('%d-%b-%Y').upper() if R.random() < 0.5 else dt.strftime('%d-%b-%Y'),
        'long': '%s %d, %d' % (MONTHS[dt.month - 1], dt.day, dt.year),
        'eu': dt.strftime('%d.%m.%Y'),
        'sql': dt.strftime('%Y-%m-%d %H:%M:%S') + '.000',
        'i2b2': dt.strftime('%Y-%m-%dT%H:%M:%S') + '.000-0%d:00' % R.choice([4, 5]),
        'isot': dt.strftime('%Y-%m-%dT%H:%M:%S'),
        'hl7': dt.strftime('%Y%m%d%H%M%S') if (dt.hour or dt.minute) else dt.strftime('%Y%m%d'),
        'spark': dt.strftime('%Y-%m-%d %H:%M:%S'),
    }[style]


def phone(p, style=None, area=None, last4=None):
    a = area or p['area']
    x = p['ph7'] if last4 is None else '55501' + last4
    style = style or R.choice(['paren', 'dash', 'dot', 'plain', 'e164', 'paren_nosp', 'intl'])
    return {
        'paren': '(%s) %s-%s' % (a, x[:3], x[3:]),
        'paren_nosp': '(%s)%s-%s' % (a, x[:3], x[3:]),
        'dash': '%s-%s-%s' % (a, x[:3], x[3:]),
        'dot': '%s.%s.%s' % (a, x[:3], x[3:]),
        'plain': a + x,
        'e164': '+1' + a + x,
        'intl': '+1 %s %s %s' % (a, x[:3], x[3:]),
    }[style]


def other_phone(p):
    return dict(p, ph7='55501' + digits(2))


def adm_dates():
    adm = datetime(2024, R.choice([1, 2, 3]), R.randint(1, 28), R.randint(0, 23), R.choice([0, 5, 15, 30, 42]))
    if adm.date() >= TODAY:
        adm = adm.replace(month=2)
    dis = adm + timedelta(days=R.randint(1, 9), hours=R.randint(1, 10))
    if dis.date() >= TODAY:
        adm -= timedelta(days=14)
        dis -= timedelta(days=14)
    return adm, dis


STAFF = [('Priya Raghunathan', 'praghunathan'), ('Rohan Kapoor', 'rkapoor'), ('Lucie Moreau', 'lmoreau'),
         ('Megan Chen', 'mchen4'), ('Tom Brennan', 'tbrennan'), ('Kevin O\'Hara', 'kohara'),
         ('Adaeze Nwosu', 'anwosu'), ('Santiago Vélez', 'svelez2')]
PROTOCOLS = ['2019P001234', '2021P003311', '2023P002741', '2022P000918', '2024P000107']
TICKETS = ['RDR-2287', 'RDR-2291', 'RDR-2296', 'RDR-2302', 'RDR-2305']
RITMS = ['RITM0041877', 'RITM0041902', 'RITM0041933']


SUBDECKS = {}


def sub(key, n):
    """Next variant index for generator `key` from a shuffled deck of range(n)."""
    d = SUBDECKS.setdefault(key, [])
    if not d:
        d.extend(range(n))
        R.shuffle(d)
    return d.pop()


def staff():
    return R.choice(STAFF)


# ================================================================= families
# ---------------------------------------------------------------- Airflow
AF_DAGS = {
    'omop_etl_nightly': ['extract_clarity_person', 'load_person', 'load_visit_occurrence',
                         'load_condition_occurrence', 'load_measurement', 'load_drug_exposure',
                         'build_condition_era', 'run_achilles', 'run_dqd'],
    'i2b2_crc_refresh': ['stage_patient_dimension', 'load_patient_mapping', 'load_observation_fact',
                         'refresh_totalnum', 'swap_synonyms'],
    'hb_deid_notes': ['pull_clarity_notes', 'philter_scrub', 'apply_dateshift', 'qa_residual_sample',
                      'publish_lds'],
    'hb_crosswalk_export': ['resolve_protocol', 'build_xwalk', 'encrypt_and_stage', 'notify_requester'],
    'death_index_sync': ['fetch_state_registry', 'match_decedents', 'update_death_table'],
}
AF_LD = {'omop_etl_nightly': '2024-03-11T06:00:00+00:00', 'i2b2_crc_refresh': '2024-03-11T07:30:00+00:00',
         'hb_deid_notes': '2024-03-11T06:00:00+00:00', 'hb_crosswalk_export': '2024-03-12T13:00:00+00:00',
         'death_index_sync': '2024-03-11T09:00:00+00:00'}


def af_op(task):
    if task.startswith(('load_', 'build_')) and 'mapping' not in task:
        return 'SparkSubmitOperator'
    if task.startswith(('stage_', 'refresh_', 'swap_')) or 'mapping' in task:
        return 'MsSqlOperator'
    if task.startswith('run_'):
        return 'BashOperator'
    return 'PythonOperator'


def af(src, lvl, fmt, **kw):
    return T('airflow', ts_af() + ' {' + src + '} ' + lvl + ' - ' + fmt, **kw)


def ev_af_noise():
    tick(3, 60)
    dag = R.choice(list(AF_DAGS))
    task = R.choice(AF_DAGS[dag])
    ld = AF_LD[dag]
    op = af_op(task)
    att = R.choice([1, 1, 1, 2])
    jid = R.randint(88000, 89999)
    pid = R.randint(20000, 60000)
    rows = R.randint(1200, 9_800_000)
    ldc = ld[:19].replace('-', '').replace(':', '')
    seq = [
        ('taskinstance.py:1159', 'INFO', 'Dependencies all met for dep_context=non-requeueable deps ti=<TaskInstance: %s.%s scheduled__%s [queued]>' % (dag, task, ld)),
        ('taskinstance.py:1159', 'INFO', 'Dependencies all met for dep_context=requeueable deps ti=<TaskInstance: %s.%s scheduled__%s [queued]>' % (dag, task, ld)),
        ('taskinstance.py:1361', 'INFO', 'Starting attempt %d of 3' % att),
        ('taskinstance.py:1382', 'INFO', 'Executing <Task(%s): %s> on %s' % (op, task, ld.replace('T', ' '))),
        ('standard_task_runner.py:57', 'INFO', 'Started process %d to run task' % pid),
        ('standard_task_runner.py:84', 'INFO', "Running: ['airflow', 'tasks', 'run', '%s', '%s', 'scheduled__%s', '--job-id', '%d', '--raw', '--subdir', 'DAGS_FOLDER/%s.py', '--cfg-path', '/tmp/tmp%s']" % (dag, task, ld, jid, dag, alnum(8, 'abcdefghijklmnopqrstuvwxyz0123456789_'))),
        ('standard_task_runner.py:85', 'INFO', 'Job %d: Subtask %s' % (jid, task)),
        ('task_command.py:416', 'INFO', 'Running <TaskInstance: %s.%s scheduled__%s [running]> on host airflow-worker-%d.airflow-worker.rdw.svc.cluster.local' % (dag, task, ld, R.randint(0, 3))),
        ('taskinstance.py:1662', 'INFO', "Exporting env vars: AIRFLOW_CTX_DAG_OWNER='rdw-etl' AIRFLOW_CTX_DAG_ID='%s' AIRFLOW_CTX_TASK_ID='%s' AIRFLOW_CTX_EXECUTION_DATE='%s' AIRFLOW_CTX_TRY_NUMBER='%d' AIRFLOW_CTX_DAG_RUN_ID='scheduled__%s'" % (dag, task, ld, att, ld)),
    ]
    if op == 'MsSqlOperator':
        seq += [('base.py:73', 'INFO', "Using connection ID 'rdw_mssql_i2b2' for task execution."),
                ('sql.py:418', 'INFO', 'Running statement: EXEC dbo.usp_%s @load_id = %d, parameters: None' % (task, R.randint(4000, 4999))),
                ('sql.py:427', 'INFO', 'Rows affected: %d' % rows)]
    elif op == 'SparkSubmitOperator':
        app = 'application_1709876543210_%04d' % R.randint(300, 999)
        seq += [('base.py:73', 'INFO', "Using connection ID 'spark_rdw' for task execution."),
                ('spark_submit.py:341', 'INFO', 'Spark-Submit cmd: spark-submit --master yarn --name arrow-spark --conf spark.executor.memory=12g --conf spark.sql.shuffle.partitions=400 --deploy-mode cluster /opt/etl/jobs/%s.py' % task),
                ('spark_submit.py:491', 'INFO', 'Identified spark application id: %s' % app),
                ('spark_submit.py:539', 'INFO', 'Application report for %s (state: %s)' % (app, R.choice(['RUNNING', 'RUNNING', 'FINISHED'])))]
    elif op == 'BashOperator':
        seq += [('subprocess.py:63', 'INFO', 'Tmp dir root location: /tmp'),
                ('subprocess.py:75', 'INFO', "Running command: ['/usr/bin/bash', '-c', 'Rscript /opt/ohdsi/%s.R --cdm cdm_prod --results results']" % task),
                ('subprocess.py:86', 'INFO', 'Output:'),
                ('subprocess.py:93', 'INFO', 'Connecting using PostgreSQL driver'),
                ('subprocess.py:93', 'INFO', 'Analysis %d (%s) -- COMPLETE (%0.2f secs)' % (R.randint(1, 2200), R.choice(['Number of persons', 'Number of visit occurrence records, by visit_concept_id', 'Distribution of age at first observation period']), R.uniform(0.1, 88)))]
    else:
        seq += [('python.py:194', 'INFO', 'Done. Returned value was: None'),
                ('logging_mixin.py:188', 'INFO', 'fetched %d rows from clarity in %.1fs' % (rows, R.uniform(2, 400))),
                ('logging_mixin.py:188', 'WARNING', '/home/airflow/.local/lib/python3.11/site-packages/airflow/models/baseoperator.py:1201 RemovedInAirflow3Warning: Passing \'execution_date\' to a TaskInstance is deprecated.')]
    st = utc()
    seq += [
        ('taskinstance.py:1400', 'INFO', 'Marking task as SUCCESS. dag_id=%s, task_id=%s, execution_date=%s, start_date=%s, end_date=%s' % (dag, task, ldc, (st - timedelta(minutes=R.randint(3, 40))).strftime('%Y%m%dT%H%M%S'), st.strftime('%Y%m%dT%H%M%S'))),
        ('local_task_job_runner.py:228', 'INFO', 'Task exited with return code 0'),
        ('taskinstance.py:2778', 'INFO', '%d downstream tasks scheduled from follow-on schedule check' % R.randint(0, 3)),
    ]
    k = R.randint(2, 4)
    i = R.randint(0, len(seq) - k)
    out = []
    for src, lvl, msg in seq[i:i + k]:
        out.append(af(src, lvl, '⟦m⟧', m=msg))
        tick(0, 3)
    return out


def ev_af_phi():
    tick()
    p = pp()
    c = sub('ev_af_phi', 6)
    if c == 0:
        nm = name_fmt(p, 'LF_UP')
        d = p['dob']
        return [af('logging_mixin.py:188', 'INFO',
                   "[validate_person] rejected row {'pat_mrn_id': '⟦m⟧', 'pat_name': ⟦q1⟧⟦n⟧⟦q1⟧, 'birth_date': datetime.date(⟦d⟧), 'zip': '⟦z⟧', 'reason': 'gender_source_value is NULL'}",
                   m=(p['mrn'], 'mrn'), n=(nm, 'name'), q1='"' if "'" in nm else "'",
                   d=('%d, %d, %d' % (d.year, d.month, d.day), 'date'), z=(p['zip'], 'zip'))]
    if c == 1:
        return [af('taskinstance.py:1937', 'ERROR', 'Task failed with exception'),
                T('airflow', 'psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "person_person_source_value_key"'),
                T('airflow', 'DETAIL:  Key (person_source_value)=(⟦m⟧) already exists.', m=(p['mrn'], 'mrn'))]
    if c == 2:
        q = pold() if R.random() < 0.5 else p
        dod = date(2024, R.randint(1, 2), R.randint(1, 28))
        return [af('logging_mixin.py:188', 'INFO',
                   'match_decedents: MRN ⟦m⟧ matched state death record (score=0.%d) date_of_death=⟦dd⟧ certificate_no=⟦cn⟧ name_on_cert="⟦n⟧"' % R.randint(91, 99),
                   m=(q['mrn'], 'mrn'), dd=(dfmt(dod, 'iso'), 'date'),
                   cn=('2024-MA-%06d' % R.randint(1000, 99999), 'license'), n=(name_fmt(q, 'UP'), 'name'))]
    if c == 3:
        q = pp()
        sd = q['dob'] + timedelta(days=R.choice([-1, 1]) * R.randint(1, 30))
        dag_file = '/opt/airflow/dags/hb/dateshift.py'
        return [af('taskinstance.py:1937', 'ERROR', 'Task failed with exception'),
                T('airflow', 'Traceback (most recent call last):'),
                T('airflow', '  File "%s", line 88, in apply_shift' % dag_file),
                T('airflow', '    raise ShiftConflict(f"person_id={pid} already shifted ({old}d) but source DOB changed {a} -> {b} (MRN {mrn})")'),
                T('airflow', 'hb.dateshift.ShiftConflict: person_id=%d already shifted (%+dd) but source DOB changed ⟦a⟧ -> ⟦b⟧ (MRN ⟦m⟧)' % (q['pid'], q['shift']),
                  a=(dfmt(sd, 'iso'), 'date'), b=(dfmt(q['dob'], 'iso'), 'date'), m=(q['mrn'], 'mrn'))]
    if c == 4:
        return [af('python.py:194', 'INFO',
                   "Done. Returned value was: {'protocol': '%s', 'reid_rows': 1, 'sample': '%s -> ⟦m⟧ (⟦n⟧)'}" % (R.choice(PROTOCOLS), p['hb']),
                   m=(p['mrn'], 'mrn'), n=(name_fmt(p, 'LF_UP'), 'name'))]
    q = pold()
    return [af('logging_mixin.py:188', 'WARNING',
               'apply_dateshift: person_id=%d age at index ⟦a⟧ > 89 -> reporting age as "90+", birth_date ⟦d⟧ suppressed to year' % q['pid'],
               a=(str(q['age']), 'age'), d=(dfmt(q['dob'], 'iso'), 'date'))]


# ---------------------------------------------------------------- Spark
def sp(lvl, cls, fmt, **kw):
    return T('spark', ts_spark() + ' ' + lvl + ' ' + cls + ': ' + fmt, **kw)


def ev_spark_noise():
    tick(2, 50)
    out = []
    for _ in range(R.randint(1, 3)):
        st = R.randint(2, 40)
        c = sub('ev_spark_noise', 14)
        h = R.randint(11, 38)
        if c == 0:
            m = sp('INFO', 'TaskSetManager', 'Finished task %d.0 in stage %d.0 (TID %d) in %d ms on 10.40.2.%d (executor %d) (%d/400)' % (R.randint(0, 399), st, R.randint(100, 9000), R.randint(200, 90000), h, R.randint(1, 16), R.randint(1, 400)))
        elif c == 1:
            m = sp('INFO', 'DAGScheduler', 'Job %d finished: save at NativeMethodAccessorImpl.java:0, took %.6f s' % (R.randint(0, 40), R.uniform(0.5, 900)))
        elif c == 2:
            m = sp('INFO', 'BlockManagerInfo', 'Added broadcast_%d_piece0 in memory on 10.40.2.%d:%d (size: %.1f KiB, free: %.1f MiB)' % (R.randint(1, 90), h, R.randint(30000, 45000), R.uniform(5, 90), R.uniform(800, 6000)))
        elif c == 3:
            m = sp('INFO', 'CodeGenerator', 'Code generated in %.6f ms' % R.uniform(2, 80))
        elif c == 4:
            m = sp('INFO', 'FileFormatWriter', 'Write Job %s committed. Elapsed time: %d ms.' % (uuid4(), R.randint(300, 90000)))
        elif c == 5:
            m = sp('WARN', 'package', "Truncated the string representation of a plan since it was too large. This behavior can be adjusted by setting 'spark.sql.debug.maxToStringFields'.")
        elif c == 6:
            m = sp('INFO', 'SparkContext', 'Running Spark version 3.4.1')
        elif c == 7:
            m = sp('INFO', 'JDBCRelation', 'Number of partitions: 16, WHERE clauses of these partitions: "PAT_ID" < 1250000 or "PAT_ID" is null, "PAT_ID" >= 1250000 AND "PAT_ID" < 2500000, ...')
        elif c == 8:
            m = sp('WARN', 'TaskSetManager', 'Lost task %d.0 in stage %d.0 (TID %d) (10.40.2.%d executor %d): java.lang.OutOfMemoryError: Java heap space' % (R.randint(0, 399), st, R.randint(100, 9000), h, R.randint(1, 16)))
        elif c == 9:
            m = sp('INFO', 'YarnClientSchedulerBackend', 'Application application_1709876543210_%04d has started running.' % R.randint(300, 999))
        elif c == 10:
            m = sp('INFO', 'MemoryStore', 'Block broadcast_%d stored as values in memory (estimated size %.1f KiB, free %.1f MiB)' % (R.randint(1, 90), R.uniform(20, 400), R.uniform(800, 6000)))
        elif c == 11:
            m = sp('INFO', 'DAGScheduler', 'Submitting %d missing tasks from ResultStage %d (MapPartitionsRDD[%d] at save at NativeMethodAccessorImpl.java:0)' % (R.randint(16, 400), st, R.randint(40, 300)))
        elif c == 12:
            m = sp('INFO', 'PersonLoader', 'person: read %d rows from stage.clarity_patient, wrote %d to cdm_prod.cdm.person (%d rejected)' % (R.randint(900000, 1900000), R.randint(900000, 1900000), R.randint(0, 40)))
        else:
            m = sp('WARN', 'HiveConf', 'HiveConf of name hive.stats.jdbc.timeout does not exist')
        out.append(m)
        tick(0, 2)
    return out


def ev_spark_phi():
    tick(2, 50)
    c = sub('ev_spark_phi', 5)
    p = pp()
    if c == 0:
        ln = Line('spark')
        ln.t(ts_spark() + ' WARN PersonLoader: dropping malformed record at offset %d: "' % R.randint(1000, 9000000))
        ln.p(p['mrn'], 'mrn').t('|').p(p['last'].upper(), 'name').t('|').p(p['first'].upper(), 'name').t('|')
        ln.t(p['mi'] + '|').p(dfmt(p['dob'], 'iso'), 'date').t('|' + p['sex'] + '|').p(p['street'], 'address')
        ln.t('|').p(p['city'], 'address').t('|' + p['state'] + '|').p(p['zip'], 'zip').t('|')
        ln.p(phone(p, 'plain'), 'phone').t('|extra_field"')
        return [ln]
    if c == 1:
        return [sp('ERROR', 'Executor', 'Exception in task %d.0 in stage %d.0 (TID %d)' % (R.randint(0, 399), R.randint(2, 30), R.randint(100, 9000))),
                T('spark', 'org.apache.spark.SparkDateTimeException: [CAST_INVALID_INPUT] The value \'⟦d⟧\' of the type "STRING" cannot be cast to "DATE" because it is malformed. Correct the value as per the syntax, or change its target type. Use `try_cast` to tolerate malformed input and return NULL instead. == SQL(line 1, position 8) == to_date(birth_date_raw) for pat_mrn_id=\'⟦m⟧\'',
                  d=(dfmt(p['dob'], 'eu').replace('.', '/'), 'date'), m=(p['mrn'], 'mrn'))]
    if c == 2:
        # Spark show() of rejected encounters
        cols = ['pat_mrn_id', 'pat_enc_csn_id', 'hosp_admsn_time', 'hosp_disch_time', 'reject_code']
        rows = []
        for q in pdistinct(R.randint(2, 3)):
            a, d = adm_dates()
            a, d = d, a  # discharge before admit => rejected
            rows.append([(q['mrn'], 'mrn'), (q['csn'], 'other_id'), (dfmt(a, 'spark'), 'date'),
                         (dfmt(d, 'spark'), 'date'), ('DISCH_BEFORE_ADMIT', None)])
        widths = [max(len(c_), *(len(r[i][0]) for r in rows)) for i, c_ in enumerate(cols)]
        border = '+' + '+'.join('-' * w for w in widths) + '+'
        out = [sp('WARN', 'VisitLoader', '%d visit rows failed validation; sample follows' % R.randint(3, 80)),
               T('spark', border)]
        ln = Line('spark')
        ln.t('|' + '|'.join(c_.rjust(w) for c_, w in zip(cols, widths)) + '|')
        out += [ln, T('spark', border)]
        for r in rows:
            ln = Line('spark')
            ln.t('|')
            for (val, cat), w in zip(r, widths):
                ln.t(' ' * (w - len(val))).v(val, cat).t('|')
            out.append(ln)
        out += [T('spark', border), T('spark', 'only showing top %d rows' % len(rows))]
        return out
    if c == 3:
        dev_udi = '(01)00643169%06d(17)%s(10)%s(21)%s' % (R.randint(0, 999999), R.choice(['260930', '270331', '251231']), alnum(6), 'PJN' + digits(6) + 'S')
        return [sp('WARN', 'DeviceExposureLoader', 'unique_device_id longer than 50 chars, truncating for person_source_value=⟦m⟧: ⟦u⟧', m=(p['mrn'], 'mrn'), u=(dev_udi, 'device'))]
    q = pold()
    return [sp('INFO', 'PersonLoader', 'age_at_extract=⟦a⟧ > 89 for pat_mrn_id=⟦m⟧, setting year_of_birth=NULL (Safe Harbor)', a=(str(q['age']), 'age'), m=(q['mrn'], 'mrn'))]


# ---------------------------------------------------------------- SQL Server Agent
def ev_sqla_noise():
    tick(3, 70)
    c = sub('ev_sqla_noise', 10)
    job = R.choice(['I2B2_CRC_Nightly', 'DeID_DateShift', 'HB_Crosswalk_Refresh', 'Clarity_to_RDW_Stage', 'DBA - IndexOptimize - USER_DATABASES'])
    if c == 0:
        return [T('sqlagent', "Job '%s' : Step %d, '%s' : Began Executing %s" % (job, R.randint(1, 6), R.choice(['Load OBSERVATION_FACT', 'Load PATIENT_DIMENSION', 'Apply shift table', 'Rebuild indexes', 'Update statistics']), loc().strftime('%Y-%m-%d %H:%M:%S')))]
    if c == 1:
        return [T('sqlagent', '(%d rows affected)' % R.randint(0, 9_000_000))]
    if c == 2:
        return [T('sqlagent', 'Executed as user: RDW\\svc_sqlagent. Warning: Null value is eliminated by an aggregate or other SET operation. [SQLSTATE 01003] (Message 8153).  The step succeeded.')]
    if c == 3:
        return [T('sqlagent', '%s - ? [100] Microsoft SQLServerAgent version 15.0.4345.5 (X64 unicode retail build) : Process ID %d' % (loc().strftime('%Y-%m-%d %H:%M:%S'), R.randint(1000, 9000)))]
    if c == 4:
        return [T('sqlagent', '%s - + [396] An idle CPU condition has not been defined - OnIdle job schedules will have no effect' % loc().strftime('%Y-%m-%d %H:%M:%S'))]
    if c == 5:
        return [T('sqlagent', 'Msg 50000, Level 10, State 1, Server RDWSQL01\\I2B2, Procedure dbo.usp_refresh_totalnum, Line %d [SQLSTATE 01000]' % R.randint(40, 300)),
                T('sqlagent', 'totalnum refresh complete: %d concepts, %d ms' % (R.randint(10000, 90000), R.randint(200, 90000)))]
    if c == 6:
        return [T('sqlagent', "Executed as user: RDW\\svc_sqlagent. The transaction log for database 'I2B2_CRC' is full due to 'LOG_BACKUP'. [SQLSTATE 42000] (Error 9002).  The step failed.")]
    if c == 7:
        return [T('sqlagent', 'instance_id=%d job_name=%s step_id=%d run_status=%d run_date=%s run_time=%d run_duration=%d server=RDWSQL01\\I2B2' % (R.randint(880000, 899999), job.replace(' ', '_'), R.randint(0, 6), R.choice([1, 1, 1, 0]), loc().strftime('%Y%m%d'), R.randint(10000, 235959), R.randint(1, 20000)))]
    if c == 8:
        return [T('sqlagent', 'Conversion failed when converting date and/or time from character string. [SQLSTATE 22007] (Error 241).  The step failed.')]
    return [T('sqlagent', 'Date shift applied: PATIENT_NUM range %d-%d, %d rows, max |shift| = 30 [SQLSTATE 01000] (Message 0)' % (1000000 + R.randint(0, 50000), 1050000 + R.randint(0, 50000), R.randint(10000, 900000)))]


def ev_sqla_phi():
    tick(3, 70)
    p = pp()
    c = sub('ev_sqla_phi', 5)
    if c == 0:
        return [T('sqlagent', 'Msg 2627, Level 14, State 1, Server RDWSQL01\\I2B2, Procedure dbo.usp_load_patient_mapping, Line %d' % R.randint(100, 400)),
                T('sqlagent', "Violation of PRIMARY KEY constraint 'PATIENT_MAPPING_PK'. Cannot insert duplicate key in object 'dbo.PATIENT_MAPPING'. The duplicate key value is (⟦m⟧, EPIC, ACT_PROD). [SQLSTATE 23000] (Error 2627)",
                  m=(R.choice([p['mrn'], p['epi']]), 'mrn'))]
    if c == 1:
        return [T('sqlagent', "String or binary data would be truncated in table 'I2B2_CRC.dbo.PATIENT_DIMENSION', column 'ZIP_CD'. Truncated value: '⟦z⟧'. [SQLSTATE 22001] (Error 2628)", z=(p['zip'], 'zip'))]
    if c == 2:
        nm = name_fmt(p, 'LF_UP').replace("'", "''")
        return [T('sqlagent', "String or binary data would be truncated in table 'RDW_STAGE.dbo.EPIC_PATIENT', column 'PAT_NAME'. Truncated value: '⟦n⟧'. [SQLSTATE 22001] (Error 2628)", n=(nm, 'name'))]
    if c == 3:
        return [T('sqlagent', 'Unmatched MRN ⟦m⟧ in STG_EPIC_PATIENTS (DOB ⟦d⟧, ZIP ⟦z⟧) - skipped [SQLSTATE 01000] (Message 0)',
                  m=(p['mrn'], 'mrn'), d=(dfmt(p['dob'], R.choice(['iso', 'sql'])), 'date'), z=(p['zip'], 'zip'))]
    a, d = adm_dates()
    return [T('sqlagent', "Cannot insert the value NULL into column 'START_DATE', table 'I2B2_CRC.dbo.VISIT_DIMENSION'; column does not allow nulls. INSERT fails. ENCOUNTER_IDE=⟦c⟧ PATIENT_IDE=⟦m⟧ DISCHARGE=⟦d⟧ [SQLSTATE 23000] (Error 515)",
              c=(p['csn'], 'other_id'), m=(p['mrn'], 'mrn'), d=(dfmt(d, 'sql'), 'date'))]


# ---------------------------------------------------------------- de-id JSON report
def deid_json(items):
    ln = Line('deid_json')
    return J(ln, items, sep=',', kv=':')


def ev_deid_noise():
    tick(3, 80)
    c = sub('ev_deid_noise', 5)
    run = 'ds_20240312_0200'
    if c == 0:
        return [deid_json([('@timestamp', ts_isoz()), ('level', 'INFO'), ('logger', 'hb.deid.notes'), ('run_id', run),
                           ('stage', R.choice(['philter', 'regex_pass', 'name_dict', 'surrogate'])),
                           ('notes_in', R.randint(40000, 50000)), ('notes_out', R.randint(40000, 50000)),
                           ('phi_tokens_removed', R.randint(100000, 200000)), ('elapsed_s', round(R.uniform(10, 900), 1))])]
    if c == 1:
        return [deid_json([('@timestamp', ts_isoz()), ('level', 'INFO'), ('logger', 'hb.deid.dateshift'), ('msg', 'shift table loaded'),
                           ('persons', R.randint(900000, 1900000)), ('min_shift', -30), ('max_shift', 30), ('kid', 'hbk-2024-03'),
                           ('sha256', hexs(64))])]
    if c == 2:
        return [deid_json([('@timestamp', ts_isoz()), ('level', 'WARN'), ('logger', 'hb.deid.notes'), ('msg', 'note exceeds max_tokens; split'),
                           ('note_id', 'N%d' % R.randint(8000000, 8999999)), ('tokens', R.randint(8193, 30000)), ('parts', R.randint(2, 4))])]
    if c == 3:
        return [deid_json([('@timestamp', ts_isoz()), ('level', 'INFO'), ('logger', 'hb.deid.lds'), ('msg', 'limited data set written'),
                           ('protocol', R.choice(PROTOCOLS)), ('rows', R.randint(400, 90000)), ('zip3_only', True),
                           ('dates', 'shifted'), ('path', '/secure/hb/out/%s/lds_20240312.parquet' % R.choice(PROTOCOLS))])]
    return [deid_json([('@timestamp', ts_isoz()), ('level', 'INFO'), ('logger', 'hb.deid.qa'), ('msg', 'qa sample complete'),
                       ('sampled', 400), ('residual_hits', R.randint(0, 5)), ('precision', round(R.uniform(0.9, 0.99), 3)),
                       ('recall', round(R.uniform(0.95, 0.999), 4))])]


def ev_deid_phi():
    tick(3, 80)
    p = pp()
    c = sub('ev_deid_phi', 4)
    if c == 0:
        sd = p['dob'] + timedelta(days=p['shift'])
        return [deid_json([('@timestamp', ts_isoz()), ('level', 'DEBUG'), ('logger', 'hb.deid.dateshift'), ('person_id', p['pid']),
                           ('source_mrn', p['mrn'], 'mrn'), ('shift_days', p['shift']),
                           ('birth_date', dfmt(p['dob'], 'iso'), 'date'), ('birth_date_shifted', dfmt(sd, 'iso'), 'date')])]
    if c == 1:
        q = other_phone(pp())
        rel = mk_person()
        hits = lambda ln: (ln.t('['), J(ln, [('type', 'NAME'), ('text', '%s %s' % (rel['first'], p['last']), 'name'), ('start', R.randint(100, 3000))], ',', ':'),
                           ln.t(','), J(ln, [('type', 'PHONE'), ('text', phone(q, 'dash'), 'phone'), ('start', R.randint(100, 3000))], ',', ':'), ln.t(']'))
        return [deid_json([('@timestamp', ts_isoz()), ('level', 'WARN'), ('logger', 'hb.deid.qa'), ('msg', 'residual PHI in scrubbed note'),
                           ('note_id', 'N%d' % R.randint(8000000, 8999999)), ('hits', hits)])]
    if c == 2:
        fp = base64.b64encode(b'FMR\x00 20\x00\x00\x00\x01\x3c\x00\x00\x01\x00\x01\x68\x00\xc5\x00\xc5\x01\x00' + bytes(R.randint(0, 255) for _ in range(54))).decode()
        return [deid_json([('@timestamp', ts_isoz()), ('level', 'WARN'), ('logger', 'hb.deid.columns'), ('msg', 'biometric column dropped'),
                           ('table', 'EMPI.PATIENT_BIOMETRIC'), ('column', 'FP_TEMPLATE'), ('mrn', p['mrn'], 'mrn'),
                           ('sample', fp, 'biometric')])]
    a, d = adm_dates()
    return [deid_json([('@timestamp', ts_isoz()), ('level', 'DEBUG'), ('logger', 'hb.deid.dateshift'), ('visit_occurrence_id', R.randint(50000000, 99999999)),
                       ('csn', p['csn'], 'other_id'), ('admit', dfmt(a, 'isot'), 'date'),
                       ('admit_shifted', dfmt(a + timedelta(days=p['shift']), 'isot'), 'date'), ('shift_days', p['shift'])])]


DEID_REPORTS = [0]


def ev_deid_report():
    DEID_REPORTS[0] += 1
    if DEID_REPORTS[0] > 2:
        return ev_deid_phi()
    tick(5, 90)
    run = 'hb_deid_notes run %s' % loc().strftime('%Y%m%dT%H%M%S')
    out = [T('deid_report', '==== de-identification report :: %s ====' % run),
           T('deid_report', 'notes in ............ %s' % format(R.randint(40000, 50000), ',')),
           (lambda parts: T('deid_report', 'PHI tokens masked ... %s (NAME %s | DATE %s | PHONE %s | ADDR %s | ID %s)' % tuple(format(x, ',') for x in [sum(parts)] + parts)))([R.randint(30000, 60000), R.randint(60000, 120000), R.randint(2000, 6000), R.randint(4000, 9000), R.randint(20000, 50000)]),
           T('deid_report', 'date shift window ... [-30, +30] days, per person, key hbk-2024-03'),
           T('deid_report', 'QA sample ........... 400 notes, %d residual hits' % 2)]
    p = pp()
    rel = mk_person(sex='F')
    out.append(T('deid_report', '  residual #1 note N%d offset %d: "pt\'s daughter ⟦n⟧ at bedside, can be reached at ⟦ph⟧"' % (R.randint(8000000, 8999999), R.randint(100, 4000)),
                 n=('%s %s' % (rel['first'], p['last']), 'name'), ph=(phone(rel, R.choice(['dot', 'paren'])), 'phone')))
    q = pp('F')
    a, d = adm_dates()
    out.append(T('deid_report', '  residual #2 note N%d offset %d: "seen in clinic on ⟦d⟧ with her husband Mr. ⟦n⟧"' % (R.randint(8000000, 8999999), R.randint(100, 4000)),
                 d=(dfmt(a, R.choice(['us2', 'long', 'usp'])), 'date'), n=(q['last'], 'name')))
    out.append(T('deid_report', 'status .............. PASS (threshold 1.0%)'))
    return out


# ---------------------------------------------------------------- crosswalk exports
def ev_xwalk():
    tick(5, 90)
    proto = R.choice(PROTOCOLS)
    out = [T('xwalk_csv', 'study_id,mrn,last_name,first_name,birth_date,shift_days,protocol')]
    for p in pdistinct(R.randint(2, 4)):
        ln = Line('xwalk_csv')
        ln.t(p['hb'] + ',').p(p['mrn'], 'mrn').t(',')
        last = p['last'].upper()
        if ',' in last or ' ' in last or "'" in last:
            ln.t('"').p(last, 'name').t('"')
        else:
            ln.p(last, 'name')
        ln.t(',').p(p['first'].upper(), 'name').t(',').p(dfmt(p['dob'], 'iso'), 'date').t(',%d,%s' % (p['shift'], proto))
        out.append(ln)
    out.append(T('xwalk_csv', '# exported %d rows to /secure/hb/xwalk/%s_xwalk_%s.csv sha256=%s' % (len(out) - 1, proto, loc().strftime('%Y%m%d'), hexs(64))))
    return out


def ev_reid_psv():
    tick(5, 90)
    out = []
    for p in pdistinct(R.randint(1, 3)):
        out.append(seg('reid_key_psv', [p['hb'], (p['mrn'], 'mrn'), (p['epi'], 'mrn'), (p['last'].upper(), 'name'),
                                         (p['first'].upper(), 'name'), (dfmt(p['dob'], 'compact'), 'date'), (p['ssn'].replace('-', ''), 'ssn'),
                                         str(p['shift']), R.choice(PROTOCOLS), 'hbk-2024-03']))
    return out


def ev_gpg_noise():
    tick(5, 90)
    proto = R.choice(PROTOCOLS)
    c = sub('ev_gpg_noise', 4)
    if c == 0:
        return [T('gpg', 'gpg: encrypted with 4096-bit RSA key, ID 0x%s, created 2022-01-11' % hexs(16).upper()),
                T('gpg', '      "RDW Honest Broker Release Key <hb-release@amc-research.org>"')]
    if c == 1:
        return [T('gpg', '%s  %s_xwalk_%s.csv.gpg' % (hexs(64), proto, loc().strftime('%Y%m%d')))]
    if c == 2:
        return [T('gpg', 'study_id,mrn,last_name,first_name,birth_date,shift_days,protocol'),
                T('gpg', '# 0 rows for protocol %s (no approved re-identification requests)' % proto)]
    return [T('gpg', 'gpg: WARNING: recipient key 0x%s expires in 14 days' % hexs(16).upper())]


# ---------------------------------------------------------------- IRB / data request tickets
NOISE_COMMENTS = [
    'Approved by IRB on 3/8, protocol 2023P002741 (PI: Dr. Adaeze Nwosu). Waiver of HIPAA authorization granted for retrospective review. Moving to honest broker queue.',
    'i2b2 count is 1,432 patients (obfuscated +/-3). PI wants a limited data set with 3-digit ZIPs and shifted dates. @rkapoor can you take this one?',
    'DUA-2024-0118 with the partner site is fully executed. Release over SFTP once QA passes.',
    'Closing as duplicate of RDR-2287.',
    'Reminder: no screenshots of patient sets in Teams. Use the encrypted attachment area on the ticket.',
    'Spark job for measurement failed overnight (OOM in stage 4); data is current through 3/10. Told the requester.',
    'Re-ran the cohort with the corrected ICD-10 list (E11.*, E13.*). New count 18,231.',
    'Amendment AM-12 only adds two lab elements (A1c, eGFR). No new identifiers, so no HB review needed per Lucie.',
    'Please call the research data service desk at 617-555-0100 x4412 if the SFTP key does not work.',
    'Attached data dictionary v3.2 and the shift key fingerprint SHA256:9c1fe0b77a41.',
    'Scheduled the release for Thursday 3/14 after the nightly load finishes.',
    'PI asked whether exact ages are possible. Explained that anyone 90 or older is reported as 90+ under Safe Harbor.',
    'Moved to Waiting on Requester - need the signed data use attestation from the new RA.',
    'Row counts match between OMOP and i2b2 within 0.2%. QA passed, ready for release.',
    'Request is for aggregate counts only, no patient-level data. No honest broker involvement needed.',
    'Requester left the institution; reassigning to Dr. Nwosu as the new PI of record.',
]


def ticket_prefix(ln_fmt):
    c = sub('ticket_prefix', 3)
    name, user = staff()
    if c == 0:
        return '[%s] %s %s: ' % (R.choice(TICKETS), ts_jira(), name) + ln_fmt
    if c == 1:
        return '%s EDT - %s (Work notes) - %s: ' % (loc().strftime('%Y-%m-%d %H:%M:%S'), name, R.choice(RITMS)) + ln_fmt
    return 'From: %s@amc-research.org | Subject: RE: [%s] data request %s | ' % (user, R.choice(TICKETS), R.choice(PROTOCOLS)) + ln_fmt


def ev_ticket_noise():
    tick(30, 400)
    return [T('irb_ticket', ticket_prefix(R.choice(NOISE_COMMENTS).replace('⟦', '[')))]


def ev_ticket_phi():
    tick(30, 400)
    p = pp()
    c = sub('ev_ticket_phi', 14)
    P = lambda fmt, **kw: [T('irb_ticket', ticket_prefix(fmt), **kw)]
    if c == 0:
        q = pp()
        return P('PI e-mailed a spreadsheet of MRNs in plain text again (first rows ⟦a⟧, ⟦b⟧). I deleted it from the shared mailbox and asked her to use the secure upload.',
                 a=(p['mrn'], 'mrn'), b=(q['mrn'], 'mrn'))
    if c == 1:
        return P('Re-id approved by IRB for %s only. Subject is ⟦n⟧, DOB ⟦d⟧; the coordinator will call at ⟦ph⟧.' % p['hb'],
                 n=(name_fmt(p, R.choice(['LF', 'FL', 'LF_UP'])), 'name'), d=(dfmt(p['dob'], R.choice(['us', 'usp', 'long'])), 'date'),
                 ph=(phone(p, R.choice(['dash', 'paren'])), 'phone'))
    if c == 2:
        q = pold('F')
        rel = mk_person(sex='F')
        return P('Daughter (⟦r⟧, ⟦e⟧) called to withdraw her mother from the biobank. Mom is ⟦a⟧ and lives at ⟦s⟧, ⟦ci⟧ ⟦z⟧. Flagged MRN ⟦m⟧ in the opt-out table.',
                 r=('%s %s' % (rel['first'], q['last']), 'name'), e=(rel['email'], 'email'), a=(str(q['age']), 'age'),
                 s=(q['street'], 'address'), ci=(q['city'], 'address'), z=(q['zip'], 'zip'), m=(q['mrn'], 'mrn'))
    if c == 3:
        dod = date(2023, R.randint(1, 12), R.randint(1, 28))
        return P("Tumor registry accession ⟦acc⟧ doesn't match MRN ⟦m⟧ in the crosswalk - abstractor says the patient is ⟦n⟧ (DOD ⟦d⟧). Holding the release until resolved.",
                 acc=('%d-%06d' % (R.choice([2019, 2020, 2021]), R.randint(1, 20000)), 'other_id'), m=(p['mrn'], 'mrn'),
                 n=(name_fmt(p, 'LF'), 'name'), d=(dfmt(dod, R.choice(['us2', 'iso', 'dmon'])), 'date'))
    if c == 4:
        son = other_phone(p)
        return P('Son asked us to fax the signed consent to his home fax ⟦f⟧ instead of mailing it. Patient: ⟦n⟧, MRN ⟦m⟧. Not something we do - routing to Privacy.',
                 f=(phone(son, R.choice(['dash', 'paren', 'dot'])), 'fax'), n=(name_fmt(p, 'FL'), 'name'), m=(p['mrn'], 'mrn'))
    if c == 5:
        return P('Duplicate EMPI records: ⟦a⟧ and ⟦b⟧ both resolve to ⟦n⟧ born ⟦d⟧. HIM merge ticket INC0884123 opened.',
                 a=(p['mrn'], 'mrn'), b=(p['epi'], 'mrn'), n=(name_fmt(p, 'FML'), 'name'), d=(dfmt(p['dob'], 'dmon'), 'date'))
    if c == 6:
        a, d = adm_dates()
        return P('Coordinator wants ⟦n⟧ added to the cohort by hand: admitted ⟦a⟧, discharged ⟦d⟧ (CSN ⟦c⟧). i2b2 missed the encounter because it was still open at load time.',
                 n=(name_fmt(p, 'FL'), 'name'), a=(dfmt(a, 'usp'), 'date'), d=(dfmt(d, 'usp'), 'date'), c=(p['csn'], 'other_id'))
    if c == 7:
        slug = re.sub(r'[^a-z]', '', ascii_fold(p['first'].lower())) + re.sub(r'[^a-z]', '', ascii_fold(p['last'].lower()))
        url = R.choice(['https://www.caringbridge.org/visit/%s' % slug, 'https://www.gofundme.com/f/help-%s-beat-cancer' % slug,
                        'https://%s.wordpress.com/2024/02/my-trial-diary/' % slug])
        return P('Participant is blogging about the trial (⟦u⟧) and posted %s enrollment date. PI is aware; nothing for HB to do.' % ('her' if p['sex'] == 'F' else 'his'), u=(url, 'url'))
    if c == 8:
        return P("Requester needs Medicare IDs for the CMS linkage. Test record: ⟦n⟧, MBI ⟦b⟧. Please don't paste more of these here.",
                 n=(name_fmt(p, 'LF_UP'), 'name'), b=(p['mbi'], 'health_plan'))
    if c == 9:
        card = luhn_complete(R.choice(['5', '4']) + R.choice('12345'))
        return P('Participant ⟦n⟧ says %s ClinCard load never arrived; card on file is ⟦c⟧. Forwarding to the payments team.' % ('her' if p['sex'] == 'F' else 'his'),
                 n=(name_fmt(p, 'FL'), 'name'), c=(' '.join(card[i:i + 4] for i in range(0, 16, 4)), 'account'))
    if c == 10:
        q = pold()
        return P('Trauma registry pull: MVC patient ⟦n⟧ (⟦a⟧ y/o), vehicle VIN ⟦v⟧, plate ⟦pl⟧. PI wants to link to state crash data - that needs a separate DUA.',
                 n=(name_fmt(q, 'LF'), 'name'), a=(str(q['age']), 'age'), v=(vin(), 'vehicle'),
                 pl=(R.choice(['%d%s%d' % (R.randint(1, 9), alnum(3, 'ABCDEFGHJKLMNPRSTVWXY'), R.randint(10, 99)), '%d%s' % (R.randint(100, 999), alnum(3, 'ABCDEFGHJKLMNPRSTVWXY'))]), 'vehicle'))
    if c == 11:
        return P('Pacemaker serial ⟦s⟧ from the CareLink feed does not map to any person in device_exposure; source MRN ⟦m⟧.',
                 s=('PJN' + digits(6) + 'S', 'device'), m=(p['mrn'], 'mrn'))
    if c == 12:
        p = pp('M')
        wife = other_phone(p)
        return P("Patient's wife called from ⟦ph⟧ asking why he got a research survey. ⟦n⟧, ⟦ad⟧. Explained the opt-out process and added him to do-not-contact.",
                 ph=(phone(wife), 'phone'), n=(name_fmt(p, 'LF'), 'name'),
                 ad=('%s%s, %s' % (p['street'], (' ' + p['unit']) if p['unit'] else '', p['city']), 'address'))
    return P('Identity check for the record-release request failed: SSN on the consent (⟦s⟧) does not match Epic. Driver license ⟦dl⟧ (MA) matches. Asked Privacy to review.',
             s=(p['ssn'], 'ssn'), dl=('S' + digits(8), 'license'))


# ---------------------------------------------------------------- i2b2 CRC (WildFly)
def crc(lvl, cls, fmt, **kw):
    return T('i2b2_crc', ts_py() + ' ' + lvl.ljust(5) + ' [' + cls + '] (default task-%d) ' % R.randint(1, 64) + fmt, **kw)


def ev_crc_noise():
    tick(2, 60)
    qm = R.randint(48000, 49999)
    ri = R.randint(99000, 99999)
    user = staff()[1]
    c = sub('ev_crc_noise', 8)
    if c == 0:
        return [crc('INFO', 'edu.harvard.i2b2.crc.delegate.setfinder.QueryRequestDelegate', 'Query master id [%d] created by user [%s] in project [ACT_PROD]' % (qm, user))]
    if c == 1:
        return [crc('INFO', 'edu.harvard.i2b2.crc.dao.setfinder.QueryResultPatientSetGenerator', 'Set size for result instance %d: %d (obfuscated %d)' % (ri, R.randint(10, 20000), R.randint(10, 20000)))]
    if c == 2:
        return [crc('DEBUG', 'edu.harvard.i2b2.crc.dao.setfinder.CheckFilterUtil', 'Timing: PANEL %d took %d ms' % (R.randint(1, 4), R.randint(5, 9000)))]
    if c == 3:
        return [crc('INFO', 'edu.harvard.i2b2.crc.ejb.QueryExecutorMDB', 'Query status for query instance %d changed to %s' % (R.randint(60000, 69999), R.choice(['PROCESSING', 'FINISHED', 'FINISHED', 'ERROR', 'INCOMPLETE'])))]
    if c == 4:
        return [crc('DEBUG', 'edu.harvard.i2b2.crc.dao.setfinder.QueryResultPatientSetGenerator', 'insert into ACT_PROD.QT_PATIENT_SET_COLLECTION (result_instance_id, set_index, patient_num) select %d, ROW_NUMBER() over (order by patient_num), patient_num from #DX' % ri)]
    if c == 5:
        pats = ', '.join(str(1000000 + R.randint(1000, 99999)) for _ in range(R.randint(5, 9)))
        return [crc('DEBUG', 'edu.harvard.i2b2.crc.dao.pdo.PdoQueryPatientDao', 'patient set %d page 1: patient_num in (%s, ...)' % (ri, pats))]
    if c == 6:
        return [crc('WARN', 'edu.harvard.i2b2.crc.util.QueryProcessorUtil', 'Lockout check: user %s ran %d queries with set size < 10 in last 24h (threshold 7)' % (user, R.randint(1, 6)))]
    return [crc('INFO', 'edu.harvard.i2b2.common.util.axis2.ServiceClient', 'PM cell response OK for project ACT_PROD, roles=[DATA_LDS, USER] (%d ms)' % R.randint(10, 400))]


def ev_crc_phi():
    tick(2, 60)
    p = pp()
    c = sub('ev_crc_phi', 4)
    if c == 0:
        ps = [pp() for _ in range(R.randint(2, 3))]
        ln = Line('i2b2_crc')
        ln.t(ts_py() + ' DEBUG [edu.harvard.i2b2.crc.delegate.pdo.PdoQueryHandler] (default task-%d) request <ns2:patient_list max="100" min="0">' % R.randint(1, 64))
        for i, q in enumerate(ps):
            ln.t('<patient_id index="%d" source="EPIC_MRN">' % i).p(q['mrn'], 'mrn').t('</patient_id>')
        ln.t('</ns2:patient_list>')
        return [ln]
    if c == 1:
        ln = Line('i2b2_crc')
        ln.t(ts_py() + ' DEBUG [edu.harvard.i2b2.crc.dao.pdo.PdoQueryPatientDao] (default task-%d) <patient><patient_id source="HIVE">%d</patient_id>' % (R.randint(1, 64), p['pid']))
        ln.t('<param type="string" column="sex_cd" name="Sex">%s</param>' % p['sex'])
        ln.t('<param type="date" column="birth_date" name="Birth Date">').p(dfmt(p['dob'], 'i2b2'), 'date').t('</param>')
        ln.t('<param type="int" column="age_in_years_num" name="Age">').v(str(p['age']), 'age' if p['age'] > 89 else None).t('</param>')
        ln.t('<param type="string" column="zip_cd" name="Zip">').p(p['zip'], 'zip').t('</param></patient>')
        return [ln]
    if c == 2:
        return [crc('DEBUG', 'edu.harvard.i2b2.crc.dao.pdo.PatientMappingDao', 'Mapped patient_ide [⟦m⟧] source [EPIC] -> patient_num [%d]' % p['pid'], m=(p['mrn'], 'mrn'))]
    q = pold()
    return [crc('INFO', 'edu.harvard.i2b2.crc.dao.pdo.PdoQueryPatientDao', 'age_in_years_num=⟦a⟧ returned unmasked for patient_num %d to role DATA_DEID (expected 90+ bucket)' % q['pid'], a=(str(q['age']), 'age'))]


# ---------------------------------------------------------------- REDCap
RC_HOST = 'redcap.amc-research.org'
UA = ['python-requests/2.31.0', 'REDCapR/1.1.0 (R 4.3.2)', 'PyCap/2.6.0 python-requests/2.31.0',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36']
MOBILE_UA = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1',
             'Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36']


def pub_ip():
    return '%d.%d.%d.%d' % (R.choice([73, 24, 98, 66, 71, 108, 174, 50]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def ev_redcap_noise():
    tick(1, 40)
    c = sub('ev_redcap_noise', 7)
    ip = '10.40.%d.%d' % (R.choice([8, 12, 2]), R.randint(2, 250))
    if c == 0:
        return [T('redcap_access', '%s - - [%s] "POST /api/ HTTP/1.1" 200 %d "-" "%s"' % (ip, ts_apache(), R.randint(2, 90000), R.choice(UA[:3])))]
    if c == 1:
        return [T('redcap_access', '%s - - [%s] "GET /redcap_v13.10.4/DataEntry/record_home.php?pid=%d&id=%d HTTP/1.1" 200 %d "-" "%s"' % (ip, ts_apache(), R.randint(300, 500), R.randint(1, 900), R.randint(20000, 90000), UA[3]))]
    if c == 2:
        return [T('redcap_access', '%s - - [%s] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.27"' % ('10.42.0.1', ts_apache()))]
    if c == 3:
        return [T('redcap_client', '%s DEBUG urllib3.connectionpool: https://%s:443 "POST /api/ HTTP/1.1" %d %d' % (ts_py(), RC_HOST, R.choice([200, 200, 200, 400, 403]), R.randint(2, 90000)))]
    if c == 4:
        return [T('redcap_client', '%s INFO redcap_sync.push: imported %d records into pid=%d (arm 1) in %.2fs' % (ts_py(), R.randint(0, 90), R.randint(300, 500), R.uniform(0.2, 12)))]
    if c == 5:
        return [T('redcap_client', "%s WARNING redcap_sync.push: REDCap API error 400: {\"error\":\"The following fields were not found in the project as real data fields: mvc_plate\"}" % ts_py())]
    return [T('redcap_client', '%s DEBUG redcap_sync.pull: export_metadata pid=%d -> %d fields, %d instruments' % (ts_py(), R.randint(300, 500), R.randint(40, 400), R.randint(3, 30)))]


def ev_redcap_phi():
    tick(1, 40)
    p = pp()
    c = sub('ev_redcap_phi', 6)
    if c == 0:
        ip = pub_ip()
        s = alnum(10)
        return [T('redcap_access', '⟦ip⟧ - - [%s] "POST /surveys/?s=%s HTTP/1.1" 302 - "https://%s/surveys/?s=%s" "%s"' % (ts_apache(), s, RC_HOST, s, R.choice(MOBILE_UA)), ip=(ip, 'ip'))]
    if c == 1:
        q = p if R.random() < 0.5 else pold()
        items = [('record_id', str(R.randint(1, 900))), ('mrn', q['mrn'], 'mrn'), ('pt_first', q['first'], 'name'),
                 ('pt_last', q['last'], 'name'), ('dob', dfmt(q['dob'], 'us'), 'date'),
                 ('age_at_consent', str(q['age']), 'age' if q['age'] > 89 else None),
                 ('phone_home', phone(q, R.choice(['paren', 'plain', 'dash'])), 'phone'), ('email', q['email'], 'email'),
                 ('addr_street', q['street'] + ((' ' + q['unit']) if q['unit'] else ''), 'address'), ('addr_city', q['city'], 'address'),
                 ('addr_zip', q['zip4'] if R.random() < 0.3 else q['zip'], 'zip'), ('consent_complete', '2')]
        return [T('redcap_client', ts_py() + ' DEBUG redcap_sync.push: import_records pid=%d payload=[⟦pl⟧]' % R.randint(300, 500),
                  pl=lambda ln: J(ln, items, ',', ':'))]
    if c == 2:
        ip = pub_ip()
        return [T('redcap_log', '"%s","[survey respondent]","Updated Response %d","dob = \'⟦d⟧\', phone_cell = \'⟦ph⟧\', email = \'⟦e⟧\'","⟦ip⟧"' % (loc().strftime('%Y-%m-%d %H:%M'), R.randint(1, 900)),
                  d=(dfmt(p['dob'], 'iso'), 'date'), ph=(phone(p, 'plain'), 'phone'), e=(p['email'], 'email'), ip=(ip, 'ip'))]
    if c == 3:
        jpg = base64.b64encode(b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00\x08\x06\x06\x07\x06\x05\x08\x07\x07\x07\t\t\x08\n\x0c\x14\r\x0c\x0b\x0b\x0c\x19\x12\x13\x0f' + bytes(R.randint(0, 255) for _ in range(150))).decode()
        return [T('redcap_client', ts_py() + ' DEBUG redcap_sync.files: export_file pid=%d record=%d field=photo_id -> {"mime":"image/jpeg","bytes":%d,"b64":"⟦b⟧"}' % (R.randint(300, 500), R.randint(1, 900), R.randint(20000, 90000)),
                  b=(jpg, 'photo'))]
    if c == 4:
        items = [('record_id', str(R.randint(1, 900))), ('redcap_event_name', 'baseline_arm_1'), ('mvc_vin', vin(), 'vehicle'),
                 ('dl_number', 'S' + digits(8), 'license'), ('dl_state', 'MA'), ('injury_date', dfmt(adm_dates()[0], 'iso'), 'date')]
        return [T('redcap_client', ts_py() + ' DEBUG redcap_sync.pull: export_records trauma_registry row=⟦pl⟧', pl=lambda ln: J(ln, items, ',', ':'))]
    card = luhn_complete(R.choice(['5', '4']) + R.choice('12345'))
    items = [('record_id', str(R.randint(1, 900))), ('payee_name', name_fmt(p, 'FL'), 'name'), ('clincard_number', card, 'account'),
             ('aba_routing', '211' + digits(6)), ('bank_acct', digits(R.randint(9, 12)), 'account'), ('amount', '25.00')]
    return [T('redcap_client', ts_py() + ' DEBUG redcap_sync.payments: queued payment ⟦pl⟧', pl=lambda ln: J(ln, items, ',', ':'))]


def ev_redcap_logexport():
    tick(5, 60)
    out = [T('redcap_log', '"Time / Date","Username","Action","List of Data Changes OR Fields Exported","IP"')]
    for _ in range(R.randint(1, 3)):
        user = staff()[1]
        out.append(T('redcap_log', '"%s","%s","Data export","record_id, redcap_event_name, a1c_result, egfr_result (de-identified)","10.40.12.%d"' % (loc().strftime('%Y-%m-%d %H:%M'), user, R.randint(2, 250))))
    return out


# ---------------------------------------------------------------- JupyterHub + papermill
def jh(lvl, src, fmt, **kw):
    return T('jupyterhub', '[%s %s %s] ' % (lvl, ts_jh(), src) + fmt, **kw)


def ev_jh_noise():
    tick(2, 60)
    user = R.choice(STAFF)[1]
    c = sub('ev_jh_noise', 10)
    ip = '10.40.12.%d' % R.randint(2, 250)
    if c == 0:
        return [jh('I', 'JupyterHub log:191', '200 GET /hub/api/users (cull-idle@127.0.0.1) %.2fms' % R.uniform(2, 40))]
    if c == 1:
        return [jh('I', 'JupyterHub log:191', '302 GET /user/%s/lab -> /hub/user/%s/lab (@%s) %.2fms' % (user, user, ip, R.uniform(0.5, 5)))]
    if c == 2:
        return [jh('I', 'JupyterHub spawner:2511', 'Attempting to create pod jupyter-%s, with timeout 3' % user),
                jh('I', 'JupyterHub base:1090', 'User %s took %.3f seconds to start' % (user, R.uniform(3, 40)))]
    if c == 3:
        return [jh('I', 'JupyterHub proxy:319', "Adding user %s to proxy /user/%s/ => http://10.42.%d.%d:8888" % (user, user, R.randint(0, 9), R.randint(2, 250)))]
    if c == 4:
        return [jh('W', 'JupyterHub base:391', 'Invalid or expired cookie token')]
    if c == 5:
        return [jh('I', 'SingleUserLabApp kernelmanager:321', 'Kernel started: %s' % uuid4())]
    if c == 6:
        return [jh('I', 'SingleUserLabApp log:191', '201 POST /user/%s/api/sessions (%s@%s) %.2fms' % (user, user, ip, R.uniform(20, 200)))]
    if c == 7:
        return [jh('W', 'SingleUserLabApp zmqhandlers:227', 'WebSocket ping timeout after %d ms.' % R.randint(90000, 90100))]
    if c == 8:
        return [jh('I', 'SingleUserLabApp handlers:%d' % R.randint(100, 900), 'Saving file at /cohorts/%s/cohort_qc_v%d.ipynb' % (R.choice(PROTOCOLS), R.randint(1, 9)))]
    return [jh('I', 'JupyterHub app:3307', 'JupyterHub is now running at http://:8000')]


def ev_jh_phi():
    tick(2, 60)
    user = R.choice(STAFF)[1]
    p = pp()
    fn = '%s_%s_%s' % (re.sub(r'[^A-Za-z]', '', ascii_fold(p['last'])).upper(), re.sub(r'[^A-Za-z]', '', ascii_fold(p['first'])), p['mrn'])
    ln = Line('jupyterhub')
    ln.t('[I %s SingleUserLabApp handlers:%d] Saving file at /home/jovyan/scratch/chart_review_' % (ts_jh(), R.randint(100, 900)))
    a, b = fn.split('_', 1)
    nmpart, mrnpart = b.rsplit('_', 1)
    ln.p(a + '_' + nmpart, 'name').t('_').p(mrnpart, 'mrn').t('.ipynb')
    return [ln]


def cri_prefix(ln):
    ln.t(ts_cri() + ' stdout F ')


def ev_papermill_noise():
    tick(2, 40)
    c = sub('ev_papermill_noise', 3)
    out = []
    if c == 0:
        cell = R.randint(1, 30)
        out.append(T('papermill', '⟦p⟧Executing Cell %d---------------------------------------' % cell, p=cri_prefix))
        out.append(T('papermill', '⟦p⟧Ending Cell %d------------------------------------------' % cell, p=cri_prefix))
        return out
    if c == 1:
        n = R.randint(400, 90000)
        rows = ["<class 'pandas.core.frame.DataFrame'>", 'RangeIndex: %d entries, 0 to %d' % (n, n - 1),
                'Data columns (total 5 columns):', ' #   Column             Non-Null Count  Dtype  ',
                '---  ------             --------------  -----  ',
                ' 0   person_id          %d non-null  int64  ' % n,
                ' 1   visit_concept_id   %d non-null  int64  ' % n,
                ' 2   a1c_result         %d non-null  float64' % (n - R.randint(0, 300)),
                'dtypes: float64(1), int64(2)', 'memory usage: %.1f MB' % R.uniform(0.1, 90)]
        k = R.randint(0, 3)
        for r in rows[k:k + 5]:
            out.append(T('papermill', '⟦p⟧' + r, p=cri_prefix))
        return out
    cols = ['person_id', 'study_id', 'a1c_mean', 'n_visits', 'zip3']
    rows = [[str(1000000 + R.randint(1000, 99999)), 'HB-' + alnum(6), '%.2f' % R.uniform(5, 11), str(R.randint(1, 40)), R.choice(['021', '017', '018', '024', '030'])] for _ in range(R.randint(2, 4))]
    out += df_lines('papermill', cols, rows, lambda j, v: None)
    out.append(T('papermill', '⟦p⟧[%d rows x 5 columns]' % R.randint(400, 9000), p=cri_prefix))
    return out


def df_lines(fam, cols, rows, catfn, prefix=cri_prefix):
    widths = [max(len(c), *(len(r[i]) for r in rows)) for i, c in enumerate(cols)]
    idx = [str(i) for i in range(len(rows))]
    iw = max(len(x) for x in idx)
    out = []
    ln = Line(fam)
    prefix(ln)
    ln.t(' ' * iw + ''.join('  ' + c.rjust(w) for c, w in zip(cols, widths)))
    out.append(ln)
    for i, r in enumerate(rows):
        ln = Line(fam)
        prefix(ln)
        ln.t(idx[i].ljust(iw))
        for j, (val, w) in enumerate(zip(r, widths)):
            ln.t('  ' + ' ' * (w - len(val)))
            ln.v(val, catfn(j, val))
        out.append(ln)
    return out


def ev_papermill_phi():
    tick(2, 40)
    cols = ['person_id', 'mrn', 'last_name', 'first_name', 'birth_date', 'age', 'zip_cd']
    cats = [None, 'mrn', 'name', 'name', 'date', 'age', 'zip']
    rows = []
    ps = pdistinct(R.randint(2, 4))
    if not any(p['age'] > 89 for p in ps):
        ps[-1] = R.choice([p for p in OLD if p not in ps])
    for p in ps:
        rows.append([str(p['pid']), p['mrn'], p['last'].upper(), p['first'].upper(), dfmt(p['dob'], 'iso'), str(p['age']), p['zip']])

    def catfn(j, v):
        if cats[j] == 'age':
            return 'age' if int(v) > 89 else None
        return cats[j]
    out = [T('papermill', '⟦p⟧Executing Cell %d---------------------------------------' % R.randint(2, 20), p=cri_prefix)]
    out += df_lines('papermill', cols, rows, catfn)
    out.append(T('papermill', '⟦p⟧[%d rows x 7 columns]' % R.randint(400, 9000), p=cri_prefix))
    return out


# ---------------------------------------------------------------- PostgreSQL
def pg(pid, ud, lvl, fmt, **kw):
    return T('postgres', '%s [%d] %s %s:  ' % (ts_pg(), pid, ud, lvl) + fmt, **kw)


def ev_pg_noise():
    tick(1, 60)
    pid = R.randint(20000, 60000)
    ud = R.choice(['omop_etl@cdm_prod', 'achilles@cdm_prod', 'hb_broker@hb', 'atlas@cdm_prod'])
    c = sub('ev_pg_noise', 9)
    if c == 0:
        return [T('postgres', '%s [%d] LOG:  checkpoint starting: time' % (ts_pg(), pid))]
    if c == 1:
        b = R.randint(1000, 40000)
        return [T('postgres', '%s [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s; sync files=%d, longest=0.004 s, average=0.001 s; distance=%d kB, estimate=%d kB' % (ts_pg(), pid, b, b / 1310.72, R.randint(1, 30), R.uniform(20, 280), R.uniform(0, 0.1), R.uniform(20, 280), R.randint(40, 400), R.randint(10000, 900000), R.randint(10000, 900000)))]
    if c == 2:
        return [pg(pid, ud, 'LOG', 'duration: %.3f ms  statement: REFRESH MATERIALIZED VIEW CONCURRENTLY results.achilles_result_concept_count' % R.uniform(1000, 90000))]
    if c == 3:
        return [pg(pid, ud, 'LOG', 'duration: %.3f ms  execute <unnamed>: SELECT concept_id, concept_name FROM vocab.concept WHERE vocabulary_id = $1 AND concept_code = ANY($2)' % R.uniform(500, 9000)),
                pg(pid, ud, 'DETAIL', "parameters: $1 = 'ICD10CM', $2 = '{E11.9,E11.65,I10,N18.3}'")]
    if c == 4:
        return [T('postgres', '%s [%d] LOG:  connection received: host=10.40.%d.%d port=%d' % (ts_pg(), pid, R.choice([2, 8, 12]), R.randint(2, 250), R.randint(32768, 60999))),
                T('postgres', '%s [%d] %s LOG:  connection authorized: user=%s database=%s application_name=%s SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)' % (ts_pg(), pid, ud, ud.split('@')[0], ud.split('@')[1], R.choice(['psql', 'DatabaseConnector', 'PostgreSQL JDBC Driver'])))]
    if c == 5:
        return [T('postgres', '%s [%d] LOG:  automatic vacuum of table "cdm_prod.cdm.%s": index scans: 1' % (ts_pg(), pid, R.choice(['measurement', 'observation', 'visit_occurrence', 'drug_exposure'])))]
    if c == 6:
        return [pg(pid, ud, 'LOG', 'temporary file: path "base/pgsql_tmp/pgsql_tmp%d.%d", size %d' % (pid, R.randint(0, 30), R.choice([1073741824, 536870912, 268435456])))]
    if c == 7:
        return [pg(pid, ud, 'ERROR', 'canceling statement due to statement timeout'),
                pg(pid, ud, 'STATEMENT', 'SELECT person_id, count(*) FROM cdm.measurement WHERE measurement_concept_id = 3004410 GROUP BY person_id')]
    vid = R.randint(50000000, 99999999)
    return [pg(pid, ud, 'LOG', 'duration: %.3f ms  execute S_%d: SELECT * FROM cdm.visit_occurrence WHERE person_id = $1 AND visit_occurrence_id = $2' % (R.uniform(500, 9000), R.randint(1, 40))),
            pg(pid, ud, 'DETAIL', "parameters: $1 = '%d', $2 = '%d'" % (1000000 + R.randint(1000, 99999), vid))]


def sqlq(s):
    return s.replace("'", "''")


def ev_pg_phi():
    tick(1, 60)
    pid = R.randint(20000, 60000)
    p = pp()
    ud = 'hb_broker@hb'
    c = sub('ev_pg_phi', 6)
    dur = 'duration: %.3f ms  ' % R.uniform(500, 12000)
    if c == 0:
        return [pg(pid, ud, 'LOG', dur + 'execute <unnamed>: SELECT person_id, study_id FROM hb.reid_key WHERE mrn = $1'),
                pg(pid, ud, 'DETAIL', "parameters: $1 = '⟦m⟧'", m=(p['mrn'], 'mrn'))]
    if c == 1:
        return [pg(pid, ud, 'LOG', dur + 'execute <unnamed>: SELECT k.person_id FROM hb.reid_key k WHERE upper(k.last_name) = $1 AND upper(k.first_name) = $2 AND k.birth_date = $3'),
                pg(pid, ud, 'DETAIL', "parameters: $1 = '⟦l⟧', $2 = '⟦f⟧', $3 = '⟦d⟧'", l=(sqlq(p['last'].upper()), 'name'), f=(sqlq(p['first'].upper()), 'name'), d=(dfmt(p['dob'], 'iso'), 'date'))]
    if c == 2:
        return [pg(pid, ud, 'LOG', dur + 'execute S_7: INSERT INTO hb.optout_registry (mrn, full_name, requested_on, channel) VALUES ($1, $2, $3, $4)'),
                pg(pid, ud, 'DETAIL', "parameters: $1 = '⟦m⟧', $2 = '⟦n⟧', $3 = '⟦d⟧', $4 = '%s'" % R.choice(['phone', 'portal', 'letter']),
                   m=(p['mrn'], 'mrn'), n=(sqlq(name_fmt(p, 'LF')), 'name'), d=(dfmt(date(2024, R.randint(1, 3), R.randint(1, 11)), 'iso'), 'date'))]
    if c == 3:
        return [pg(pid, 'omop_etl@cdm_prod', 'ERROR', 'duplicate key value violates unique constraint "person_source_value_uq"'),
                pg(pid, 'omop_etl@cdm_prod', 'DETAIL', 'Key (person_source_value)=(⟦m⟧) already exists.', m=(p['mrn'], 'mrn'))]
    if c == 4:
        return [pg(pid, 'linkage@stage', 'LOG', dur + 'execute <unnamed>: SELECT pat_id, pat_mrn_id FROM stage.epic_patient WHERE ssn = $1 OR (birth_date = $2 AND zip = $3)'),
                pg(pid, 'linkage@stage', 'DETAIL', "parameters: $1 = '⟦s⟧', $2 = '⟦d⟧', $3 = '⟦z⟧'", s=(p['ssn'], 'ssn'), d=(dfmt(p['dob'], 'iso'), 'date'), z=(p['zip'], 'zip'))]
    return [pg(pid, 'omop_etl@cdm_prod', 'ERROR', 'invalid input syntax for type date: "⟦d⟧"', d=(dfmt(p['dob'], 'eu'), 'date')),
            pg(pid, 'omop_etl@cdm_prod', 'CONTEXT', "COPY person_stg, line %d, column birth_date: \"⟦d⟧\"" % R.randint(2, 900000), d=(dfmt(p['dob'], 'eu'), 'date'))]


# ---------------------------------------------------------------- HL7 via Mirth
def ev_mirth_noise():
    tick(1, 30)
    ch = R.choice(['ADT_IN_RDW', 'ORU_LAB_RDW', 'SIU_RESEARCH'])
    c = sub('ev_mirth_noise', 4)
    pref = 'INFO  %s [Channel Dispatch Thread on %s (%s) < pool-4-thread-%d] ' % (loc().strftime('%Y-%m-%d %H:%M:%S') + '.' + _ms(loc()), ch, uuid4(), R.randint(1, 8))
    if c == 0:
        return [T('mirth', pref + 'com.mirth.connect.connectors.tcp.TcpReceiver: Message received from 10.40.0.31:%d' % R.randint(40000, 60000))]
    if c == 1:
        return [T('mirth', pref + 'com.mirth.connect.server.channel.DestinationConnector: Destination "RDW stage DB" sent message %d (%d ms)' % (R.randint(800000, 900000), R.randint(3, 400)))]
    if c == 2:
        return [T('hl7', 'MSA|AA|%d' % R.randint(8800000, 8899999))]
    return [T('mirth', 'WARN  %s [Channel Dispatch Thread on %s] com.mirth.connect.server.controllers.DonkeyEngineController: Queue for destination 1 has %d messages' % (loc().strftime('%Y-%m-%d %H:%M:%S,') + _ms(loc()), ch, R.randint(10, 4000)))]


def ev_hl7():
    tick(1, 30)
    p = pp()
    a, d = adm_dates()
    ctl = R.randint(8800000, 8899999)
    out = [T('mirth', 'INFO  %s [Channel Dispatch Thread on ADT_IN_RDW (%s) < pool-4-thread-%d] com.mirth.connect.connectors.tcp.TcpReceiver: Message received from 10.40.0.31:%d' % (loc().strftime('%Y-%m-%d %H:%M:%S') + '.' + _ms(loc()), uuid4(), R.randint(1, 8), R.randint(40000, 60000))),
           T('hl7', 'MSH|^~\\&|EPIC|AMCMAIN|RDW_STAGE|HB|%s||ADT^A08^ADT_A01|%d|P|2.5.1' % (ts_hl7(), ctl)),
           T('hl7', 'EVN|A08|%s' % ts_hl7())]
    tel = [(phone(p, 'paren_nosp'), 'phone'), '^PRN^PH']
    if R.random() < 0.5:
        tel += ['~^NET^Internet^', (p['email'], 'email')]
    if R.random() < 0.35:
        fx = other_phone(p)
        tel += ['~', (phone(fx, 'paren_nosp'), 'fax'), '^PRN^FX']
    addr = [(p['street'], 'address'), '^']
    if p['unit']:
        addr += [(p['unit'], 'address')]
    addr += ['^', (p['city'], 'address'), '^' + p['state'] + '^', (p['zip'], 'zip'), '^USA^H^^', (p['county'].upper(), 'address')]
    out.append(seg('hl7', ['PID', '1', '', [(p['mrn'], 'mrn'), '^^^AMC^MR~', (p['epi'], 'mrn'), '^^^EPI^PI'], '',
                           [(name_fmt(p, 'hl7'), 'name'), '^^^L'], '', [(dfmt(p['dob'], 'compact'), 'date')], p['sex'], '', '',
                           addr, '', tel, '', 'ENG', R.choice(['M', 'S', 'W', 'D']), R.choice(['CAT', 'NON', 'JEW', 'MOS', 'UNK']),
                           [(p['har'], 'account')], [(p['ssn'], 'ssn')]]))
    if R.random() < 0.5:
        rel = mk_person()
        rel['last'] = p['last'] if R.random() < 0.7 else rel['last']
        relcode = R.choice(['SPO^Spouse^HL70063', 'DAU^Daughter^HL70063' if rel['sex'] == 'F' else 'SON^Son^HL70063', 'EMC^Emergency Contact^HL70063'])
        out.append(seg('hl7', ['NK1', '1', [(name_fmt(rel, 'hl7'), 'name')], relcode,
                               [(p['street'], 'address'), '^^', (p['city'], 'address'), '^' + p['state'] + '^', (p['zip'], 'zip')],
                               [(phone(other_phone(p), 'paren_nosp'), 'phone')]]))
    pv1 = ['PV1', '1', 'I', '7N^7%02d^A^AMCMAIN' % R.randint(1, 40), 'E', '', '', '1447203915^NWOSU^ADAEZE^^^^MD^^^^NPI', '', '', 'MED',
           '', '', '', '7', '', '', '1447203915^NWOSU^ADAEZE^^^^MD^^^^NPI', 'IN', [(p['csn'], 'other_id')], 'BCBS']
    pv1 += [''] * (44 - len(pv1))
    pv1.append([(dfmt(a, 'hl7'), 'date')])
    out.append(seg('hl7', pv1))
    if R.random() < 0.6:
        in1 = ['IN1', '1', 'BCBSMA01', '00412', 'BLUE CROSS BLUE SHIELD OF MASSACHUSETTS', 'PO BOX 986020^^BOSTON^MA^02298', '', '(800)262-2583',
               '%06d' % R.randint(1, 999999), 'MASS GENERAL BRIGHAM EMPLOYEES', '', '', '', '', '', '', [(name_fmt(p, 'hl7'), 'name')], 'SEL',
               [(dfmt(p['dob'], 'compact'), 'date')]]
        in1 += [''] * (36 - len(in1))
        in1.append([(p['plan'], 'health_plan')])
        out.append(seg('hl7', in1))
    return out


# ---------------------------------------------------------------- honest-broker audit (logfmt)
def ev_audit_noise():
    tick(3, 90)
    c = sub('ev_audit_noise', 5)
    pre = 'ts=%s level=info svc=hb-broker ' % ts_isoz()
    if c == 0:
        return [T('hb_audit', pre + 'event=key.rotate kid=hbk-2024-03 alg=AES-256-GCM status=ok')]
    if c == 1:
        proto = R.choice(PROTOCOLS)
        return [T('hb_audit', pre + 'event=release.package protocol=%s rows=%d files=%d sha256=%s dest=sftp://sftp.partner-site.org/incoming/%s' % (proto, R.randint(100, 90000), R.randint(1, 9), hexs(64), proto))]
    if c == 2:
        return [T('hb_audit', pre + 'event=reid.request requester=%s protocol=%s study_ids=%d approver=%s status=%s' % (staff()[1], R.choice(PROTOCOLS), R.randint(1, 12), R.choice(['lmoreau', 'kohara']), R.choice(['approved', 'pending', 'denied'])))]
    if c == 3:
        return [T('hb_audit', pre + 'event=session.start user=%s src=10.40.12.%d mfa=duo trace_id=%s span_id=%s' % (staff()[1], R.randint(2, 250), hexs(32), hexs(16)))]
    return [T('hb_audit', 'ts=%s level=warn svc=hb-broker event=ratelimit user=%s route=/api/v1/reid/lookup limit=60/min' % (ts_isoz(), staff()[1]))]


def ev_audit_phi():
    tick(3, 90)
    p = pp()
    c = sub('ev_audit_phi', 3)
    pre = 'ts=%s level=info svc=hb-broker ' % ts_isoz()
    if c == 0:
        return [T('hb_audit', pre + 'event=reid.lookup requester=%s protocol=%s study_id=%s mrn=⟦m⟧ match=exact' % (staff()[1], R.choice(PROTOCOLS), p['hb']), m=(p['mrn'], 'mrn'))]
    if c == 1:
        return [T('hb_audit', pre + 'event=optout.check mrn=⟦m⟧ name="⟦n⟧" dob=⟦d⟧ registry=research_optout result=%s' % R.choice(['OPTED_OUT', 'NOT_FOUND']),
                  m=(p['mrn'], 'mrn'), n=(name_fmt(p, 'LF'), 'name'), d=(dfmt(p['dob'], 'compact'), 'date'))]
    return [T('hb_audit', pre + 'event=contact.export protocol=%s study_id=%s phone=⟦ph⟧ email=⟦e⟧ reason=recontact_approved' % (R.choice(PROTOCOLS), p['hb']),
              ph=(phone(p, 'e164'), 'phone'), e=(p['email'], 'email'))]


# ---------------------------------------------------------------- CMS linkage / device feed
def ev_link_noise():
    tick(3, 90)
    c = sub('ev_link_noise', 3)
    if c == 0:
        return [T('linkage', '%s INFO [linkage.cms] loaded %d beneficiary rows from MBSF_ABCD_2022 (%d dropped: no SSN/DOB)' % (ts_py(), R.randint(100000, 900000), R.randint(0, 4000)))]
    if c == 1:
        return [T('linkage', '%s INFO [linkage.cms] blocking pass %d: %d candidate pairs, %d matched (threshold 0.92)' % (ts_py(), R.randint(1, 4), R.randint(10000, 900000), R.randint(1000, 90000)))]
    return [T('linkage', '%s WARNING [linkage.cms] %d beneficiaries matched >1 person_id; written to linkage.ambiguous for clerical review' % (ts_py(), R.randint(1, 90)))]


def ev_link_phi():
    tick(3, 90)
    p = pp()
    c = sub('ev_link_phi', 3)
    if c == 0:
        return [T('linkage', '%s INFO [linkage.cms] matched MBI ⟦b⟧ -> person_id %d (score 0.%d; fields ssn,dob,sex)' % (ts_py(), p['pid'], R.randint(92, 99)), b=(p['mbi'], 'health_plan'))]
    if c == 1:
        return [T('linkage', '%s DEBUG [linkage.payer] payer_plan_period: member_id=⟦m⟧ subscriber=⟦s⟧ rel=%s plan=%s' % (ts_py(), R.choice(['18', '01', '19']), R.choice(['BCBSMA PPO', 'HPHC HMO', 'MassHealth ACO'])),
                  m=(p['plan'], 'health_plan'), s=(name_fmt(p, 'LF_UP'), 'name'))]
    return [T('linkage', '%s WARNING [linkage.cms] clerical review: MBI ⟦b⟧ DOB ⟦d⟧ vs EHR DOB ⟦e⟧ (MRN ⟦m⟧)' % ts_py(),
              b=(p['mbi'], 'health_plan'), d=(dfmt(p['dob'] + timedelta(days=R.choice([1, 30, 365])), 'us'), 'date'), e=(dfmt(p['dob'], 'us'), 'date'), m=(p['mrn'], 'mrn'))]


def ev_device_phi():
    tick(3, 90)
    p = pp()
    mac = ':'.join('%02X' % R.randint(0, 255) for _ in range(6))
    ln = Line('device_feed')
    items = [('src', R.choice(['medtronic_carelink', 'dexcom_clarity', 'omron_connect'])), ('device_serial', R.choice(['PJN' + digits(6) + 'S', alnum(6), 'SG' + digits(8)]), 'device'),
             ('mac', mac, 'device'), ('person_src', p['mrn'], 'mrn'), ('transmission_dt', dfmt(datetime(2024, 3, R.randint(1, 11), R.randint(0, 23), R.randint(0, 59)), 'isot') + 'Z', 'date'),
             ('status', 'accepted')]
    ln.t(ts_isoz() + ' device-ingest ')
    return [J(ln, items)]


def ev_device_noise():
    tick(3, 90)
    ln = Line('device_feed')
    ln.t(ts_isoz() + ' device-ingest ')
    return [J(ln, [('src', R.choice(['medtronic_carelink', 'dexcom_clarity'])), ('batch', uuid4()), ('records', R.randint(10, 9000)),
                   ('rejected', R.randint(0, 12)), ('lag_s', R.randint(10, 9000)), ('fw_min', '4.2.%d' % R.randint(0, 9))])]


# ---------------------------------------------------------------- DQD / syslog / sftp noise
def ev_dqd_noise():
    tick(1, 30)
    tbl, fld = R.choice([('PERSON', 'PERSON_ID'), ('VISIT_OCCURRENCE', 'VISIT_START_DATE'), ('MEASUREMENT', 'UNIT_CONCEPT_ID'),
                         ('DRUG_EXPOSURE', 'DRUG_CONCEPT_ID'), ('CONDITION_OCCURRENCE', 'CONDITION_START_DATE')])
    chk = R.choice(['isRequired', 'cdmDatatype', 'isForeignKey', 'plausibleValueLow', 'plausibleDuringLife'])
    viol = R.choice([0, 0, 0, R.randint(1, 4000)])
    den = R.randint(100000, 90000000)
    ln = Line('dqd_json')
    return [J(ln, [('checkId', '%s_%s_%s' % (chk, tbl.lower(), fld.lower())), ('checkName', chk), ('cdmTableName', tbl), ('cdmFieldName', fld),
                   ('numViolatedRows', viol), ('pctViolatedRows', round(viol / den, 6)), ('numDenominatorRows', den),
                   ('executionTime', '%.3f secs' % R.uniform(0.05, 90)), ('failed', int(viol > 0)), ('thresholdValue', R.choice([0, 1, 5]))], ',', ':')]


def ev_sys_noise():
    tick(2, 90)
    c = sub('ev_sys_noise', 7)
    host = R.choice(['rdw-etl01', 'rdw-etl02', 'hb-sftp01', 'jhub-node3'])
    if c == 0:
        return [T('syslog', '%s %s CRON[%d]: (svc_etl) CMD (/opt/etl/bin/run_nightly.sh >> /var/log/etl/nightly.log 2>&1)' % (ts_sys(), host, R.randint(1000, 40000)))]
    if c == 1:
        return [T('syslog', '%s hb-sftp01 sshd[%d]: Accepted publickey for %s from 10.40.12.%d port %d ssh2: RSA SHA256:%s' % (ts_sys(), R.randint(1000, 40000), staff()[1], R.randint(2, 250), R.randint(32768, 60999), base64.b64encode(bytes(R.randint(0, 255) for _ in range(32))).decode().rstrip('=')))]
    if c == 2:
        proto = R.choice(PROTOCOLS)
        return [T('syslog', '%s hb-sftp01 internal-sftp[%d]: open "/outgoing/%s/lds_%s.csv.gpg" flags READ mode 0666' % (ts_sys(), R.randint(1000, 40000), proto, loc().strftime('%Y%m%d')))]
    if c == 3:
        return [T('syslog', '%s hb-sftp01 sshd[%d]: Accepted publickey for partner_xfer from 130.64.%d.%d port %d ssh2: ED25519 SHA256:%s' % (ts_sys(), R.randint(1000, 40000), R.randint(0, 255), R.randint(1, 254), R.randint(32768, 60999), base64.b64encode(bytes(R.randint(0, 255) for _ in range(32))).decode().rstrip('=')))]
    if c == 4:
        return [T('syslog', '%s %s systemd[1]: Started airflow-scheduler.service - Airflow scheduler daemon.' % (ts_sys(), host))]
    if c == 5:
        return [T('syslog', '%s %s kernel: [%d.%06d] Memory cgroup out of memory: Killed process %d (java) total-vm:%dkB, anon-rss:%dkB' % (ts_sys(), host, R.randint(100000, 900000), R.randint(0, 999999), R.randint(1000, 60000), R.randint(10000000, 40000000), R.randint(8000000, 16000000)))]
    return [T('syslog', '%s %s etl-config[%d]: payment gateway sandbox check card=4111 1111 1111 1111 result=approved (test mode)' % (ts_sys(), host, R.randint(1000, 40000)))]


# ================================================================= assembly
NOISE_EVENTS = [(ev_af_noise, 8), (ev_spark_noise, 7), (ev_sqla_noise, 6), (ev_deid_noise, 5), (ev_gpg_noise, 2),
                (ev_ticket_noise, 5), (ev_crc_noise, 6), (ev_redcap_noise, 7), (ev_redcap_logexport, 1), (ev_jh_noise, 7),
                (ev_papermill_noise, 2), (ev_pg_noise, 8), (ev_mirth_noise, 3), (ev_audit_noise, 4), (ev_link_noise, 2),
                (ev_device_noise, 2), (ev_dqd_noise, 3), (ev_sys_noise, 4)]
PHI_EVENTS = [(ev_af_phi, 5), (ev_spark_phi, 5), (ev_sqla_phi, 4), (ev_deid_phi, 4), (ev_deid_report, 1), (ev_xwalk, 2),
              (ev_reid_psv, 2), (ev_ticket_phi, 10), (ev_crc_phi, 4), (ev_redcap_phi, 6), (ev_jh_phi, 2), (ev_papermill_phi, 2),
              (ev_pg_phi, 6), (ev_hl7, 2), (ev_audit_phi, 3), (ev_link_phi, 3), (ev_device_phi, 2)]


class Deck:
    """Shuffled deck of event generators (weights = copies); low variance mix."""

    def __init__(self, evs):
        self.evs = evs
        self.cards = []

    def draw(self):
        if not self.cards:
            self.cards = [f for f, w in self.evs for _ in range(w)]
            R.shuffle(self.cards)
        return self.cards.pop()


def build():
    lines = []
    decks = {True: Deck(PHI_EVENTS), False: Deck(NOISE_EVENTS)}
    while len(lines) < N_LINES:
        nphi = sum(1 for l in lines if l.spans)
        want_phi = bool(lines) and nphi / len(lines) < TARGET_PHI_FRAC
        new = decks[want_phi].draw()()
        if len(lines) + len(new) > N_LINES:
            continue
        lines += new
    return lines


def main():
    lines = build()
    log_rows, lab_rows = [], []
    for i, ln in enumerate(lines, 1):
        txt = ln.text()
        assert txt and '\n' not in txt and '\r' not in txt, (i, txt)
        b = txt.encode('utf-8')
        spans = []
        for s, e, cat, val in ln.spans:
            assert b[s:e].decode('utf-8') == val, (i, s, e, val)
            spans.append({'s': s, 'e': e, 'cat': cat})
        log_rows.append(txt)
        lab_rows.append(json.dumps({'line': i, 'family': ln.fam, 'spans': spans}, ensure_ascii=False))
    assert len(log_rows) == N_LINES
    with open(os.path.join(HERE, ID + '.log'), 'w', encoding='utf-8', newline='') as f:
        f.write('\n'.join(log_rows))
    with open(os.path.join(HERE, ID + '.labels.jsonl'), 'w', encoding='utf-8', newline='') as f:
        f.write('\n'.join(lab_rows))


if __name__ == '__main__':
    main()
