#!/usr/bin/env python3
"""gen_rb.py - labeled synthetic log corpus "rb".

Organisation: Roaring Brook Resort & Casino (fictional), 7700 Roaring Brook Pkwy,
Cinder Flats, NV 89031 - its on-site medical services as seen in one SIEM
export for the night of 14/15 June 2024 (America/Los_Angeles, -07:00).
Writes rb.log (500 lines) and rb.labels.jsonl in the current directory.
Standard library only, fixed seed: two runs are byte-identical.

Systems simulated (family names in the labels file)
  cad_kv        CAD dispatch engine, key=value event lines (incident create)
  cad_syslog    CAD unit status messages, RFC3164 syslog
  fa_json       First-aid station EMR "StationMD" (pino-style JSON, ensure_ascii)
  nemsis_xml    ePCR export, NEMSIS v3.5 XML, one record per line
  hl7v2         interface engine: ADT^A04 hand-off to Kessler County General
                and ORU^R01 drug-screen results from the tox lab (one segment/line)
  fhir_json     FHIR R4 message Bundle to the county HIE (raw UTF-8)
  pms_opera     hotel PMS / OXI interface log (log4j), incl. Java stack traces
  ptrk_logfmt   player-tracking / loyalty ("Brook Rewards") service, logfmt
  itrak_xml     surveillance-room incident reports (iTrak-like XML)
  vms_syslog    video management system (Genetec-like) events, RFC5424
  nginx_access  nginx combined+timing access log (guest portal, internal APIs)
  pgaudit       PostgreSQL pgaudit lines of the employee-health DB
  twilio_json   SMS gateway status-callback log (emergency-contact texts)
  teams_chat    Security/EMS Teams channel export, JSON per message
  kronos_fw     timeclock punches, fixed width
  aed_csv       AED inventory monthly check CSV
  lenel_syslog  door/badge controller, RFC5424 with structured data
  radius_syslog guest Wi-Fi RADIUS accounting (wireless LAN controller)
  ehc_note      employee health clinic free-text notes (RN/MRO)
  ehc_csv       drug-test random-selection rows and workers' comp FROI rows
  eccf_json     electronic custody-and-control form (drug test collection)
  x12_837       837P claim to the workers'-comp carrier, one segment per line

Labeling decisions
  * Persons served: resort guests/patrons (first-aid and EMS patients, and
    guests whose PMS/loyalty/surveillance records are pulled for an incident)
    and employees *in their role as patients/donors* of the employee health
    clinic (drug tests, work injuries). Their identifiers are PHI, as are
    those of their emergency contacts / relatives.
  * Staff at work (EMTs, RNs, MRO physician, security and surveillance
    officers, dealers, collectors) are not PHI: names, badge numbers,
    employee IDs, NPIs of staff at work stay unlabeled, even though staff
    employee IDs share the E###### format of employee-patients.
  * Employee ID of an employee-patient/donor -> other_id. Drug-test specimen
    (CCF) IDs and lab accession numbers -> other_id. Workers' comp claim
    numbers -> other_id.
  * Hotel room of a guest (e.g. "T2-1418", "TWR2 RM 1418") -> address (it is
    the guest's lodging). Public resort locations (casino zones, slot banks,
    table numbers, pool) are the organisation's site -> not PHI.
  * PMS confirmation numbers and Opera profile nameIds -> other_id; folio
    numbers, patient account numbers, claim CLM01 -> account; player-club
    card numbers -> account; payment card numbers -> account (the PMS error
    log leaks full PANs; a few fail Luhn as mistyped junk, still account).
  * Event numbers (CAD incident numbers, surveillance IR numbers, message
    control IDs, trace IDs) -> not PHI. Numbers that name the person or their
    care record (first-aid patient ID and county MRN -> mrn; ePCR/PCR number,
    encounter/visit numbers, FHIR Patient logical id -> other_id).
  * Dates: the log record's own timestamp, message header times (MSH-7,
    EVN-2, ISA/GS/BHT dates) and logger ts fields are not PHI. Dates in the
    body that describe the person (DOB, arrival/departure, injury date,
    service/collection date, admit time, ePCR patient-contact times, last card
    activity) -> date, even when equal to the log date.
  * Ages are labeled only when > 89. Sex, tier, chief complaint, vitals and
    diagnosis codes are not labeled.
  * Guest's own devices: phone MAC, insulin pump / pacemaker serials ->
    device. AED serials, pad lot numbers, radios, cameras are the resort's
    equipment -> not PHI.
  * Guest public IP in the guest portal access log -> ip, and the request
    URL carrying the confirmation number / surname -> url (one span). Server
    and vendor IPs (incl. public ones) -> not PHI.
  * Surveillance face-recognition templates -> biometric; snapshot JPEG
    base64 thumbnails -> photo. Guest vehicle plates / VIN -> vehicle;
    scanned driver licences -> license.
  * Guest Wi-Fi login (surname+room, e.g. "moon916") -> other_id. The
    drug-test notify-by time of a selected donor is that person's test
    appointment -> date. Staff punches, badge swipes, AED checks, radio and
    supply chat carry no PHI.
  * A first name alone (SMS to an emergency contact) is still a name.
    Junk values in PHI fields (e.g. SSN 999-99-9999 typed by a clerk) are
    still labeled with the field's category.
"""
import datetime as dt
import json
import random
import urllib.parse
import uuid

SEED = 20240614
R = random.Random(SEED)
TZ = dt.timezone(dt.timedelta(hours=-7))
BASE = dt.datetime(2024, 6, 14, 17, 0, 0, tzinfo=TZ)
WINDOW = 15 * 3600
REF = dt.date(2024, 6, 14)
N_LINES = 500


# ----------------------------------------------------------------- builder
class L:
    """A log line built from parts; spans come from the parts as placed."""

    def __init__(self, family):
        self.family = family
        self.parts = []  # (text, cat, raw, kind)

    def t(self, *ss):
        for s in ss:
            self.parts.append((str(s), None, None, None))
        return self

    def p(self, s, cat, raw=None, kind=None):
        self.parts.append((str(s), cat, raw, kind))
        return self

    def build(self):
        text = ''.join(x[0] for x in self.parts)
        spans = []
        pos = 0
        for s, cat, raw, kind in self.parts:
            n = len(s.encode('utf-8'))
            if cat is not None:
                spans.append({'s': pos, 'e': pos + n, 'cat': cat,
                              '_v': s, '_raw': raw, '_kind': kind})
            pos += n
        return text, spans


class P:
    """A labeled JSON value."""

    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class M:
    """A JSON string made of plain and labeled pieces."""

    def __init__(self, *pieces):
        self.pieces = pieces


def jesc(s, ea):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def js(l, v, ea=False, sep=(',', ':')):
    if isinstance(v, dict):
        l.t('{')
        for i, (k, x) in enumerate(v.items()):
            if i:
                l.t(sep[0])
            l.t(json.dumps(k), sep[1])
            js(l, x, ea, sep)
        l.t('}')
    elif isinstance(v, list):
        l.t('[')
        for i, x in enumerate(v):
            if i:
                l.t(sep[0])
            js(l, x, ea, sep)
        l.t(']')
    elif isinstance(v, P):
        if isinstance(v.v, str):
            l.t('"').p(jesc(v.v, ea), v.cat, v.v, 'json').t('"')
        else:
            l.p(json.dumps(v.v), v.cat)
    elif isinstance(v, M):
        l.t('"')
        for piece in v.pieces:
            if isinstance(piece, P):
                l.p(jesc(piece.v, ea), piece.cat, piece.v, 'json')
            else:
                l.t(jesc(piece, ea))
        l.t('"')
    else:
        l.t(json.dumps(v, ensure_ascii=ea))
    return l


# ----------------------------------------------------------------- helpers
def luhn_digit(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def digits(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def card_visa():
    body = '4' + digits(14)
    return body + luhn_digit(body)


def player_card():
    body = '4001' + digits(7)
    return body + luhn_digit(body)


def npi():
    body = digits(9)
    body = R.choice('12') + body[1:]
    return body + luhn_digit('80840' + body)


def ssn(valid=True):
    if not valid:
        return R.choice(['999-99-9999', '000-00-0000', '123-45-6789'])
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return '%03d-%02d-%04d' % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_A = 'ACDEFGHJKMNPQRTUVWXY'


def mbi():
    an = MBI_A + '0123456789'
    c = [R.choice('123456789'), R.choice(MBI_A), R.choice(an), R.choice('0123456789'),
         R.choice(MBI_A), R.choice(an), R.choice('0123456789'), R.choice(MBI_A),
         R.choice(MBI_A), R.choice('0123456789'), R.choice('0123456789')]
    return ''.join(c)


VIN_T = {**{str(i): i for i in range(10)},
         'A': 1, 'B': 2, 'C': 3, 'D': 4, 'E': 5, 'F': 6, 'G': 7, 'H': 8,
         'J': 1, 'K': 2, 'L': 3, 'M': 4, 'N': 5, 'P': 7, 'R': 9,
         'S': 2, 'T': 3, 'U': 4, 'V': 5, 'W': 6, 'X': 7, 'Y': 8, 'Z': 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
    v = list(R.choice(['1HG', '1FT', '5YJ', '3VW', 'JTD', '2T1', '1C4']) +
             ''.join(R.choice(chars) for _ in range(5)) + '0' + R.choice('PRS') +
             ''.join(R.choice(chars) for _ in range(1)) + digits(6))
    tot = sum(VIN_T[c] * w for c, w in zip(v, VIN_W))
    ck = tot % 11
    v[8] = 'X' if ck == 10 else str(ck)
    return ''.join(v)


def hexid(n):
    return '%0*x' % (n, R.getrandbits(4 * n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def mac():
    return ':'.join('%02X' % R.randint(0, 255) for _ in range(6))


# ------------------------------------------------------------ vocabularies
FIRST_F = ['Maria', 'Aaliyah', 'Siobhan', 'Priya', 'Guadalupe', 'Ingrid', 'Fatima',
           'Hye-jin', 'Chiara', 'Nadia', 'Precious', 'Anneliese', 'Marisol', 'Ngozi',
           'Carmen', 'Leilani', 'Dolores', 'Amara', 'Summer', 'Faith', 'Zofia',
           'Renée', 'Ximena', 'Bernadette', 'Mei-Ling', 'Olga', 'Joy']
FIRST_M = ['José', 'Dmitri', 'Kenji', 'Olumide', 'Thanh', 'Rowan', 'Mateo', 'Winston',
           'Bartholomew', 'Tevita', 'Earl', 'Lorenzo', 'Yusuf', 'Desmond', 'Bjørn',
           'Rafael', 'Walter', 'Jae-won', 'Hunter', 'Cletus', 'Eamon', 'Bishop',
           'Rusty', 'Amadou', 'Gunnar', 'Ferris']
LAST = ['Okonkwo', 'García-Márquez', 'Nguyen', 'Baptiste', 'Van der Berg', "O'Connell",
        'Kowalczyk', 'Church', 'Winter', 'Rose', 'Bell', 'Strong', 'Price', 'Long',
        'Young', 'Haddad', 'Whitfield-Ames', 'De la Cruz', 'Mäkinen', 'Takahashi',
        'Fairweather', 'Mbeki', 'St. Clair', 'Lightfoot', 'Ramírez', 'Kaur',
        'Oyelaran', 'Patel', 'Fox', 'Moon', 'Sparrow', 'MacAllister', 'Dubois-Laurent',
        'Iwu', 'Castellanos', 'Holm', 'Abernathy', 'Brooks', 'Vásquez Ortega',
        'Kealoha', 'Hunter', 'Story', 'Gold', 'Cash', 'Lucky', 'Nakamura-Reyes',
        'Szabó', 'Ó Briain', 'Tran', 'Delacroix']
MI = 'ABCDEFGHJKLMNPRSTW'
STREETS = ['Maple', 'Cottonwood', 'Juniper', 'Sagebrush', 'Harbor', 'Elm', 'Mission',
           'Lakeview', 'Pinecrest', 'Desert Willow', 'Martin Luther King Jr',
           'Old Spanish Trail', 'Quail Run', 'Calle Sonora', 'Birch Hollow', 'Canal']
STYPES = ['St', 'Ave', 'Blvd', 'Dr', 'Ln', 'Ct', 'Way', 'Rd', 'Pl']
UNITS = ['', '', '', ' Apt 4B', ' #212', ' Unit 7', ' Apt 1103', ' Spc 38']
CITIES = [('Fresno', 'CA', '937', '559'), ('Tucson', 'AZ', '857', '520'),
          ('Boise', 'ID', '837', '208'), ('Sacramento', 'CA', '958', '916'),
          ('Henderson', 'NV', '890', '702'), ('Salt Lake City', 'UT', '841', '801'),
          ('Albuquerque', 'NM', '871', '505'), ('Bakersfield', 'CA', '933', '661'),
          ('Spokane', 'WA', '992', '509'), ('Mesa', 'AZ', '852', '480'),
          ('Reno', 'NV', '895', '775'), ('Oxnard', 'CA', '930', '805'),
          ('El Paso', 'TX', '799', '915'), ('Portland', 'OR', '972', '503'),
          ('San José', 'CA', '951', '408'), ('Cinder Flats', 'NV', '890', '775')]
EMAIL_DOM = ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'comcast.net',
             'aol.com', 'protonmail.com']
REL = [('SPO', 'Spouse'), ('DAU', 'Daughter'), ('SON', 'Son'), ('SIS', 'Sister'),
       ('FND', 'Friend'), ('DOMPART', 'Domestic partner'), ('BRO', 'Brother')]

# staff at work (never labeled)
EMTS = [('Daniel', 'Okafor', 'EMT-P', 'E104432'), ('Lucia', 'Sandoval', 'EMT-B', 'E110287'),
        ('Trevor', 'Quist', 'AEMT', 'E098871'), ('Hana', 'Petrosyan', 'EMT-P', 'E115530'),
        ('Marcus', 'Ellwood', 'EMT-B', 'E120006')]
SEC = [('Kara', 'Whitaker', 'SURV-OP'), ('Juan', 'Morales', 'SEC-SUP'),
       ('Reggie', 'Tanaka', 'SEC-OFC'), ('Aisha', 'Boateng', 'SURV-SUP'),
       ('Colm', 'Fitzgerald', 'SEC-OFC')]
RN = [('Priscilla', 'Adeyemi', 'RN'), ('Gareth', 'Lund', 'NP'), ('Rosa', 'Ilunga', 'CMA')]
MRO = ('Erik', 'Halvorsen', 'MD', npi())
ED_DOC = [('Samantha', 'Ruiz-Abbott', npi()), ('Theo', 'Lindqvist', npi())]
UNITS_EMS = ['MED1', 'MED2', 'MED3', 'RESCUE7']
CC = [('FALL W/INJ', '17-B-1', 'fall from standing, lac to forehead', 'W19.XXXA'),
      ('SYNCOPE', '31-C-1', 'syncopal episode at slot machine', 'R55'),
      ('CHEST PAIN', '10-C-2', 'substernal chest pain radiating to L arm', 'R07.9'),
      ('DIABETIC', '13-C-1', 'hypoglycemia, BGL 41', 'E16.2'),
      ('ETOH/INTOX', '26-A-10', 'intoxicated, unable to ambulate', 'F10.129'),
      ('ALLERGIC RXN', '2-D-1', 'shellfish reaction at buffet, hives', 'T78.40XA'),
      ('SEIZURE', '12-D-2', 'witnessed tonic-clonic seizure', 'R56.9'),
      ('HEAT EXH', '20-B-1', 'heat exhaustion at pool deck', 'T67.5XXA'),
      ('CARDIAC ARREST', '9-E-1', 'witnessed arrest, AED 1 shock, ROSC', 'I46.9')]
PUBLIC_LOC = ['CASINO FLR Z3 SLOT BANK B07', 'BJ PIT 4 TBL 12', 'POOL DECK CABANA ROW',
              'HARVEST BUFFET TBL 31', 'SPORTSBOOK BAR', 'PKG GARAGE L3',
              'SHOWROOM SEC 104', 'CASINO FLR Z1 HIGH LIMIT', 'VALET LANE', 'SPA LOCKER RM']
DEPTS = ['Table Games', 'F&B - Harvest Buffet', 'Housekeeping', 'Security', 'Valet',
         'Engineering', 'Cage', 'Slots', 'Kitchen', 'Laundry']
BODY = [('Wrist', 'L', 'slip on wet floor near dish station'), ('Back - lumbar', '', 'lifting keg in Bldg C loading dock'),
        ('Knee', 'R', 'kneeling to restock slot bill validators'), ('Hand/finger', 'R', 'chip rack fell on hand'),
        ('Shoulder', 'L', 'repetitive pitching, 6 yrs dealer'), ('Ankle', 'R', 'twisted ankle on valet ramp')]


def fmt_phone(area, style):
    ex = R.randint(201, 989)
    ln = R.randint(0, 9999)
    if ex == 555:
        ex = 556
    return {0: '(%s) %03d-%04d', 1: '%s-%03d-%04d', 2: '+1%s%03d%04d',
            3: '%s.%03d.%04d'}[style] % (area, ex, ln)


def person(kind='guest', age=None):
    sex = R.choice('FM')
    first = R.choice(FIRST_F if sex == 'F' else FIRST_M)
    last = R.choice(LAST)
    if age is None:
        if kind == 'guest':
            r = R.random()
            age = R.randint(90, 96) if r < 0.2 else R.randint(21, 88)
        else:
            age = R.randint(21, 64)
    dob = REF - dt.timedelta(days=int(age * 365.25) + R.randint(1, 360))
    age = REF.year - dob.year - ((REF.month, REF.day) < (dob.month, dob.day))
    city, st, zp, area = R.choice(CITIES)
    d = dict(kind=kind, sex=sex, first=first, last=last, mi=R.choice(MI), age=age, dob=dob,
             street='%d %s %s%s' % (R.randint(10, 19999), R.choice(STREETS), R.choice(STYPES),
                                    R.choice(UNITS)),
             city=city, st=st, zip=zp + '%02d' % R.randint(1, 99),
             phone_area=area, email=None, ssn=ssn(R.random() > 0.06))
    d['phone'] = fmt_phone(area, R.randint(0, 3))
    local = (first.split('-')[0] + '.' + last.replace(' ', '').replace("'", '')).lower()
    local = local.encode('ascii', 'ignore').decode() + (str(R.randint(1, 99)) if R.random() < .5 else '')
    d['email'] = local + '@' + R.choice(EMAIL_DOM)
    ecl = last if R.random() < 0.6 else R.choice(LAST)
    ecf = R.choice(FIRST_F + FIRST_M)
    d['ec'] = dict(first=ecf, last=ecl, rel=R.choice(REL), phone=fmt_phone(area, R.choice([0, 1, 2])))
    if kind == 'guest':
        d['player'] = player_card()
        d['conf'] = str(R.randint(30000000, 99999999))
        d['nameid'] = str(R.randint(1000000, 9999999))
        d['folio'] = str(R.randint(400000, 999999))
        d['room'] = (R.choice(['T1', 'T2', 'T3']), '%d%02d' % (R.randint(3, 24), R.randint(1, 48)))
        d['fa_mrn'] = 'FA%07d' % R.randint(1, 99999)
        d['pcr'] = 'RB24-%05d' % R.randint(1000, 9999)
        d['kcg_mrn'] = '%08d' % R.randint(10000000, 99999999)
        d['visit'] = 'V%09d' % R.randint(10 ** 8, 10 ** 9 - 1)
        d['card'] = card_visa()
        d['mbi'] = mbi() if d['age'] >= 65 else None
        d['member'] = R.choice(['XEH', 'W', 'JQP', 'ZGB']) + digits(9) if d['mbi'] is None else None
        d['dl'] = {'CA': lambda: R.choice('ABDFNY') + digits(7), 'AZ': lambda: 'D' + digits(8),
                   'NV': lambda: digits(10), 'TX': lambda: digits(8)}.get(st, lambda: digits(9))()
        d['plate'] = {'CA': lambda: '%d%s%03d' % (R.randint(5, 9), ''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3)), R.randint(0, 999)),
                      'NV': lambda: '%03d%s%02d' % (R.randint(0, 999), R.choice('ABCDEFGHJKLMNPRSTUVWXYZ'), R.randint(0, 99))}.get(
            st, lambda: ''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3)) + '-' + digits(4))()
        d['vin'] = vin()
        d['mac'] = mac()
        d['ip'] = R.choice(['73.162.%d.%d', '98.207.%d.%d', '174.204.%d.%d', '24.120.%d.%d',
                            '172.58.%d.%d']) % (R.randint(1, 254), R.randint(1, 254))
    else:
        d['emp'] = 'E%06d' % R.randint(130000, 299999)
        d['dept'] = R.choice(DEPTS)
        d['ccf'] = digits(10)
        d['acc'] = 'DT%02d-%07d' % (24, R.randint(1, 9999999))
        d['claim'] = 'WC24-%06d' % R.randint(1, 999999)
        d['acct'] = 'EHC%06d' % R.randint(1, 999999)
    return d


def fullname(p):
    return p['first'] + ' ' + p['last']


# ----------------------------------------------------------------- time fmt
def at(sec):
    return BASE + dt.timedelta(seconds=sec)


def iso_ms(t):
    return t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03d' % (t.microsecond // 1000) + '-07:00'


def iso_s(t):
    return t.strftime('%Y-%m-%dT%H:%M:%S') + '-07:00'


def sysl(t):
    return t.strftime('%b %d %H:%M:%S').replace(' 0', '  ', 1) if t.day < 10 else t.strftime('%b %d %H:%M:%S')


def clf(t):
    return t.strftime('%d/%b/%Y:%H:%M:%S -0700')


def log4j(t):
    return t.strftime('%Y-%m-%d %H:%M:%S,') + '%03d' % (t.microsecond // 1000)


def hl7ts(t):
    return t.strftime('%Y%m%d%H%M%S')


def jitter(sec):
    return sec + R.randint(0, 999) / 1000.0


def opera_date(d):
    return d.strftime('%d-%b-%y').upper()


# ----------------------------------------------------------------- events
EVENTS = []  # (sec, group, idx, L)
GROUP = [0]


def emit(sec, lines):
    GROUP[0] += 1
    for i, l in enumerate(lines):
        EVENTS.append((sec, GROUP[0], i, l))


HDR = {}


# ---- CAD
def cad_create(t, p, inc, cc, loc_room, unit, rp):
    l = L('cad_kv').t(iso_ms(t), ' cad-app01 cadsvc[2231]: evt=INC_CREATE inc=', inc,
                       ' nature="', cc[0], '" det=', cc[1], ' loc="')
    if loc_room:
        l.t('HOTEL ').p('%sWR%s RM %s' % ('T', loc_room[0][1], loc_room[1]), 'address').t('"')
    else:
        l.t(R.choice(PUBLIC_LOC), '"')
    l.t(' unit=', unit, ' pri=', R.choice([1, 2, 2, 3]), ' rp="', rp[2], ' ', rp[1].upper(), '"')
    l.t(' pt_age=')
    if p['age'] > 89:
        l.p(p['age'], 'age')
    else:
        l.t(p['age'])
    l.t(' pt_sex=', p['sex'])
    if R.random() < 0.4:
        l.t(' pt_name="').p('%s, %s' % (p['last'].upper(), p['first'].upper()), 'name').t('"')
    l.t(' ani=ext%d src=RADIO' % R.randint(4400, 4499))
    return l


def cad_status(t, unit, inc, st, extra=''):
    return L('cad_syslog').t('<134>', sysl(t), ' cad-app01 cadsvc[2231]: UNIT ', unit, ' ', st,
                             ' inc=', inc, extra)


# ---- first aid EMR
def fa_encounter(t, p, cc, emt, disp, room):
    vit = {'hr': R.randint(58, 128), 'rr': R.randint(12, 26),
           'bp': '%d/%d' % (R.randint(92, 178), R.randint(54, 102)), 'spo2': R.randint(89, 100),
           'gcs': R.choice([15, 15, 15, 14, 13])}
    pt = {'pid': P(p['fa_mrn'], 'mrn'), 'fn': P(p['first'], 'name'), 'ln': P(p['last'], 'name'),
          'dob': P(p['dob'].strftime('%m/%d/%Y'), 'date'), 'sex': p['sex']}
    if p['age'] > 89:
        pt['age'] = P(p['age'], 'age')
    else:
        pt['age'] = p['age']
    if room:
        pt['hotel_rm'] = P('%s-%s' % room, 'address')
    else:
        pt['hotel_rm'] = None
    pt['brook_rewards'] = P(p['player'], 'account')
    if R.random() < 0.5:
        pt['home_zip'] = P(p['zip'], 'zip')
    obj = {'level': 30, 'time': int(t.timestamp() * 1000), 'pid': 1874, 'hostname': 'fa-stn-ws02',
           'name': 'stationmd', 'msg': 'encounter.saved', 'enc': 'enc_' + hexid(12),
           'pt': pt, 'cc': cc[2], 'vitals': vit, 'aed_used': cc[0] == 'CARDIAC ARREST',
           'disposition': disp, 'by': '%s %s' % (emt[2], emt[1]), 'v': '4.12.3'}
    if R.random() < 0.3:
        dev_kind = R.choice(['insulin_pump_sn', 'pacemaker_sn'])
        obj[dev_kind] = P(R.choice(['NG', 'PJN', 'RNB']) + digits(7), 'device')
    return js(L('fa_json'), obj, ea=True)


def fa_refusal(t, p, emt):
    obj = {'level': 40, 'time': int(t.timestamp() * 1000), 'pid': 1874, 'hostname': 'fa-stn-ws02',
           'name': 'stationmd', 'msg': 'refusal.signed',
           'pt': {'pid': P(p['fa_mrn'], 'mrn'), 'name': P('%s, %s' % (p['last'], p['first']), 'name')},
           'form': 'RMA-2', 'witness': '%s %s' % (emt[0], emt[1]), 'sig_img_bytes': R.randint(8000, 22000)}
    return js(L('fa_json'), obj, ea=True)


# ---- NEMSIS
def nemsis(t, p, cc, emt):
    l = L('nemsis_xml').t('<PatientCareReport xmlns="http://www.nemsis.org" UUID="', uid(),
                          '"><eRecord><eRecord.01>').p(p['pcr'], 'other_id').t(
        '</eRecord.01><eRecord.SoftwareApplicationGroup><eRecord.02>ImageTrend</eRecord.02><eRecord.03>Elite</eRecord.03><eRecord.04>2024.2.1</eRecord.04></eRecord.SoftwareApplicationGroup></eRecord>',
        '<ePatient><ePatient.PatientNameGroup><ePatient.02>').p(p['last'], 'name').t(
        '</ePatient.02><ePatient.03>').p(p['first'], 'name').t(
        '</ePatient.03></ePatient.PatientNameGroup><ePatient.05>').p(p['street'], 'address').t(
        '</ePatient.05><ePatient.06>').p(p['city'], 'address').t(
        '</ePatient.06><ePatient.08>', p['st'], '</ePatient.08><ePatient.09>').p(p['zip'], 'zip').t(
        '</ePatient.09><ePatient.13>', '9906001' if p['sex'] == 'F' else '9906003',
        '</ePatient.13><ePatient.AgeGroup><ePatient.15>')
    if p['age'] > 89:
        l.p(p['age'], 'age')
    else:
        l.t(p['age'])
    l.t('</ePatient.15><ePatient.16>2516009</ePatient.16></ePatient.AgeGroup><ePatient.17>').p(
        p['dob'].isoformat(), 'date').t('</ePatient.17></ePatient><eTimes><eTimes.07>').p(
        iso_s(t - dt.timedelta(minutes=R.randint(12, 25))), 'date').t(
        '</eTimes.07></eTimes><eSituation><eSituation.04>', cc[2],
        '</eSituation.04></eSituation><eCrew><eCrew.01>', emt[3], '</eCrew.01></eCrew>',
        '<eDisposition><eDisposition.01>Kessler County General Hospital</eDisposition.01></eDisposition></PatientCareReport>')
    return l


# ---- HL7 ADT
MSGN = [1000]


def hl7_adt(t, p, cc):
    MSGN[0] += R.randint(1, 9)
    out = []
    out.append(L('hl7v2').t('MSH|^~\\&|RBR_EMS|ROARINGBROOK|EPICADT|KESSLERCGH|', hl7ts(t),
                            '||ADT^A04^ADT_A01|RBE', MSGN[0], '|P|2.5.1|||AL|NE'))
    out.append(L('hl7v2').t('EVN|A04|', hl7ts(t), '|||', R.choice(EMTS)[3], '^INTERFACE'))
    l = L('hl7v2').t('PID|1||').p(p['kcg_mrn'], 'mrn').t('^^^KCGH^MR~').p(p['fa_mrn'], 'mrn').t(
        '^^^RBRFA^PI||').p('%s^%s^%s' % (p['last'].upper(), p['first'].upper(), p['mi']), 'name').t(
        '||').p(p['dob'].strftime('%Y%m%d'), 'date').t('|', p['sex'], '|||').p(p['street'], 'address').t(
        '^^').p(p['city'], 'address').t('^', p['st'], '^').p(p['zip'], 'zip').t('^USA^H||')
    ph = ''.join(c for c in p['phone'] if c.isdigit())[-10:]
    l.p('(%s)%s-%s' % (ph[:3], ph[3:6], ph[6:]), 'phone').t('^PRN^PH|||||')
    l.p('RB%08d' % R.randint(1, 10 ** 8 - 1), 'account').t('|')
    if R.random() < 0.7:
        l.p(p['ssn'].replace('-', ''), 'ssn')
    l.t('|')
    out.append(l)
    ec = p['ec']
    out.append(L('hl7v2').t('NK1|1|').p('%s^%s' % (ec['last'].upper(), ec['first'].upper()), 'name').t(
        '|', ec['rel'][0], '^', ec['rel'][1], '^HL70063|||').p(ec['phone'], 'phone').t('|EC^Emergency Contact^HL70131'))
    doc = R.choice(ED_DOC)
    out.append(L('hl7v2').t('PV1|1|E|ED^TRIAGE^04^KCGH||||', doc[2], '^', doc[1].upper(), '^', doc[0].upper(),
                            '^^^^MD|||||||AMB|||||').p(p['visit'], 'other_id').t(
        '|||||||||||||||||||||||||').p(hl7ts(t + dt.timedelta(minutes=R.randint(14, 30))), 'date'))
    out.append(L('hl7v2').t('OBX|1|NM|8867-4^Heart rate^LN||', R.randint(52, 130), '|/min^^UCUM|||||F'))
    out.append(L('hl7v2').t('OBX|2|TX|11283-9^Acuity assessment^LN||', cc[2].upper().replace('|', '/'),
                            '. RUN BY RBR MED UNIT.||||||F'))
    return out


# ---- FHIR
def fhir(t, p):
    given = [p['first']] + ([p['mi']] if R.random() < 0.4 else [])
    pat = {'resourceType': 'Patient', 'id': P(uid(), 'other_id'),
           'identifier': [{'system': 'urn:oid:2.16.840.1.113883.3.9921.4.1', 'value': P(p['kcg_mrn'], 'mrn')}],
           'name': [{'use': 'official', 'family': P(p['last'], 'name'), 'given': [P(g, 'name') for g in given]}],
           'gender': 'female' if p['sex'] == 'F' else 'male',
           'birthDate': P(p['dob'].isoformat(), 'date')}
    if R.random() < 0.7:
        pat['telecom'] = [{'system': 'phone', 'value': P(p['phone'], 'phone'), 'use': 'mobile'}]
        if R.random() < 0.5:
            pat['telecom'].append({'system': 'email', 'value': P(p['email'], 'email')})
    pat['address'] = [{'use': 'home', 'line': [P(p['street'], 'address')], 'city': P(p['city'], 'address'),
                       'state': p['st'], 'postalCode': P(p['zip'], 'zip'), 'country': 'US'}]
    entries = [{'fullUrl': 'urn:uuid:' + uid(), 'resource': {
        'resourceType': 'MessageHeader', 'eventCoding': {'system': 'http://example.org/fhir/event', 'code': 'ems-handoff'},
        'source': {'name': 'RBR StationMD', 'software': 'stationmd', 'version': '4.12.3',
                   'endpoint': 'https://fhir.roaringbrookresort.com/r4'}}}, {'resource': pat}]
    if p.get('mbi') or p.get('member'):
        cov = {'resourceType': 'Coverage', 'status': 'active'}
        if p.get('mbi'):
            cov['subscriberId'] = P(p['mbi'], 'health_plan')
            cov['payor'] = [{'display': 'Centers for Medicare & Medicaid Services'}]
        else:
            cov['subscriberId'] = P(p['member'], 'health_plan')
            cov['payor'] = [{'display': R.choice(['Anthem Blue Cross', 'Aetna', 'UnitedHealthcare', 'Cigna'])}]
        entries.append({'resource': cov})
    b = {'resourceType': 'Bundle', 'id': uid(), 'type': 'message', 'timestamp': iso_s(t), 'entry': entries}
    return js(L('fhir_json'), b, ea=False)


# ---- PMS
def pms_lookup(t, p, user):
    room = p['room']
    arr = REF - dt.timedelta(days=R.randint(0, 3))
    dep = REF + dt.timedelta(days=R.randint(1, 4))
    l = L('pms_opera').t(log4j(t), ' INFO  [OXI-HUB-worker-', R.randint(1, 12), '] c.m.o.ResvService - FetchReservation resort=RBRC confNo=')
    l.p(p['conf'], 'other_id').t(' nameId=').p(p['nameid'], 'other_id').t(' guest="')
    l.p('%s/%s' % (p['last'].upper(), p['first'].upper()), 'name').t(' ', 'MS' if p['sex'] == 'F' else 'MR', '" room=')
    l.p('%s-%s' % room, 'address').t(' arrival=').p(opera_date(arr), 'date').t(' departure=').p(opera_date(dep), 'date')
    l.t(' rateCode=', R.choice(['CMP-CAS', 'RACK', 'AAA', 'CONV-MED', 'PKG-SPA']), ' mktCode=CASINO vip=', R.randint(0, 5),
        ' status=CHECKED_IN user=', user, ' ms=', R.randint(12, 240))
    return l


def pms_alert(t, p, user):
    l = L('pms_opera').t(log4j(t), ' INFO  [OXI-HUB-worker-', R.randint(1, 12),
                         '] c.m.o.ProfileService - UpdateProfile nameId=').p(p['nameid'], 'other_id')
    l.t(' alertCode=MED alertText="GUEST MEDICAL - SEE SECURITY" ecName="').p(
        '%s %s' % (p['ec']['first'], p['ec']['last']), 'name').t('" ecPhone="').p(p['ec']['phone'], 'phone').t(
        '" user=', user)
    return l


def pms_stack(t, p):
    out = [L('pms_opera').t(log4j(t), ' ERROR [OXI-HUB-worker-', R.randint(1, 12),
                            '] c.m.o.FolioService - Folio post failed confNo=').p(p['conf'], 'other_id').t(
        ' window=1 amount=', '%.2f' % (R.randint(1500, 48000) / 100.0), ' pmtMethod=VA ccNumber=').p(
        p['card'] if R.random() < 0.8 else p['card'][:-1] + str((int(p['card'][-1]) + 3) % 10), 'account').t(
        ' ccExp=', '%02d/%02d' % (R.randint(1, 12), R.randint(25, 29)))]
    out.append(L('pms_opera').t('com.micros.opera.folio.FolioLockedException: Folio ').p(p['folio'], 'account').t(
        ' locked by session NA-', R.randint(100, 999), ' (NIGHT_AUDIT)'))
    for fr in ['com.micros.opera.folio.FolioService.post(FolioService.java:412)',
               'com.micros.opera.oxi.hub.PostingHandler.handle(PostingHandler.java:88)',
               'java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)']:
        out.append(L('pms_opera').t('\tat ', fr))
    out.append(L('pms_opera').t('Caused by: java.sql.SQLRecoverableException: IO Error: Connection reset by peer (opera-db02.rbrc.local:1521)'))
    out.append(L('pms_opera').t('\t... 14 common frames omitted'))
    return out


# ---- loyalty
def ptrk_lookup(t, p, user):
    l = L('ptrk_logfmt').t('ts=', iso_ms(t), ' level=info app=ptrk-svc env=prod msg="player lookup" player_id=')
    l.p(p['player'], 'account').t(' name="').p(fullname(p), 'name').t('" tier=', R.choice(['GOLD', 'PLATINUM', 'ONYX', 'CORE']))
    l.t(' last_card_in=').p(iso_s(t - dt.timedelta(minutes=R.randint(3, 90))), 'date')
    l.t(' last_asset=SL', R.randint(10000, 49999), ' ws=SURV-WS0', R.randint(1, 9), ' user=', user,
        ' dur_ms=', R.randint(8, 90), ' trace_id=', hexid(32))
    return l


def ptrk_profile(t, p):
    l = L('ptrk_logfmt').t('ts=', iso_ms(t), ' level=debug app=ptrk-svc env=prod msg="profile fetch" player_id=')
    l.p(p['player'], 'account').t(' dob=').p(p['dob'].isoformat(), 'date').t(' email=').p(p['email'], 'email')
    l.t(' home_zip=').p(p['zip'], 'zip').t(' comp_bal=', '%.2f' % (R.randint(0, 90000) / 100.0), ' span_id=', hexid(16))
    return l


# ---- surveillance
def itrak(t, p, inc, cc, op, room):
    ir = 'IR-24-06-%04d' % R.randint(100, 999)
    l = L('itrak_xml').t('<IncidentReport id="', ir, '" type="MEDICAL" created="', iso_s(t), '" author="', op[2], ' ',
                         op[0][0], '.', op[1], '" cadRef="', inc, '"><Location>')
    if room:
        l.t('Hotel ').p('Tower %s Room %s' % (room[0][1], room[1]), 'address')
    else:
        l.t(R.choice(PUBLIC_LOC).title().replace('"', ''))
    l.t('</Location><Camera>PTZ-', R.randint(1, 5), '-', R.randint(100, 399), '</Camera><Subject role="PATRON"><Name>')
    l.p(fullname(p), 'name').t('</Name><PlayerCard>').p(p['player'], 'account').t('</PlayerCard>')
    if R.random() < 0.6:
        l.t('<IdDoc type="DL" state="', p['st'], '">').p(p['dl'], 'license').t('</IdDoc><DOB>').p(
            p['dob'].strftime('%m/%d/%Y'), 'date').t('</DOB>')
    if R.random() < 0.35:
        l.t('<Vehicle plate="').p(p['plate'], 'vehicle').t('" state="', p['st'], '" vin="').p(p['vin'], 'vehicle').t('"/>')
    l.t('</Subject><Narrative>', cc[2].capitalize(), '. Security on scene, MED unit notified, coverage retained 72h.</Narrative></IncidentReport>')
    return l


def vms_face(t, p, inc):
    tmpl = ''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') for _ in range(88)) + '=='
    l = L('vms_syslog').t('<133>1 ', iso_ms(t), ' vms-arch01 SecurityCenter 3120 FRMATCH [fr@41577 cam="PTZ-',
                          R.randint(1, 5), '-', R.randint(100, 399), '" score="0.', R.randint(81, 99),
                          '" list="MED-FOLLOWUP" ref="', inc, '"] template=').p(tmpl, 'biometric')
    if R.random() < 0.5:
        thumb = '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL' + \
                ''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') for _ in range(120)) + '/9k='
        l.t(' thumb_b64=').p(thumb, 'photo')
    return l


# ---- comms
def sms(t, p, pcr, transported):
    ec = p['ec']
    if transported:
        body = M('Roaring Brook Resort Medical: ', P(p['first'], 'name'),
                 ' was taken by ambulance to Kessler County General ED (1200 Hospital Dr). Questions: 775-555-0188, ref ',
                 P(pcr, 'other_id'), '. Reply STOP to opt out.')
    else:
        body = M('Roaring Brook Resort Medical: we are with ', P(p['first'] + ' ' + p['last'], 'name'),
                 ' at the First Aid Station (Casino Level, near Cage B). Please call 775-555-0188.')
    e164 = '+1' + ''.join(c for c in ec['phone'] if c.isdigit())[-10:]
    obj = {'ts': iso_ms(t), 'event': 'message.status', 'MessageSid': 'SM' + hexid(32),
           'AccountSid': 'AC' + hexid(32), 'From': '+17755550100', 'To': P(e164, 'phone'),
           'MessageStatus': R.choice(['queued', 'sent', 'delivered']), 'Body': body, 'NumSegments': 2}
    return js(L('twilio_json'), obj, ea=False, sep=(', ', ': '))


def chat(t, who, content):
    obj = {'id': str(int(t.timestamp() * 1000) + R.randint(0, 999)), 'createdDateTime': t.astimezone(dt.timezone.utc).strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % R.randint(0, 999),
           'channel': 'SEC-EMS Ops', 'from': {'user': {'displayName': '%s %s' % (who[0], who[1])}},
           'body': {'contentType': 'text', 'content': content}}
    return js(L('teams_chat'), obj, ea=False)


def nginx_guest(t, p):
    path = R.choice([
        lambda: ('GET', '/myvisit/api/v2/folio?confNo=%s&ln=%s' % (p['conf'], urllib.parse.quote(p['last']))),
        lambda: ('GET', '/myvisit/api/v2/reservations/%s/summary' % p['conf']),
        lambda: ('POST', '/myvisit/api/v2/checkout?confNo=%s' % p['conf'])])()
    l = L('nginx_access').p(p['ip'], 'ip').t(' - - [', clf(t), '] "', path[0], ' ').p(path[1], 'url').t(
        ' HTTP/2.0" 200 ', R.randint(300, 9000), ' "https://myvisit.roaringbrookresort.com/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1" rt=0.0',
        R.randint(10, 99), ' uct=0.001 upstream=10.30.8.21:8443')
    return l


def wifi(t, p):
    l = L('radius_syslog').t('<134>1 ', iso_ms(t), ' wlc-core01 radiusd 811 - - Accounting-Start User-Name="').p(
        p['last'].lower().replace(' ', '') + p['room'][1], 'other_id').t('" Calling-Station-Id="').p(
        p['mac'].replace(':', '-'), 'device').t('" Framed-IP-Address=10.77.%d.%d NAS-Id=RBRC-GUEST-T%s' % (
            R.randint(0, 31), R.randint(2, 254), p['room'][0][1]))
    return l


# ----------------------------------------------------------------- chains
def guest_chain(t0):
    p = person('guest')
    cc = R.choice(CC)
    in_room = R.random() < 0.3
    room = p['room'] if in_room else None
    inc = 'RBC%s-%04d' % ('240614', R.randint(100, 999))
    unit = R.choice(UNITS_EMS)
    emt = R.choice(EMTS)
    op = R.choice(SEC)
    rp = R.choice(SEC)
    hotel = in_room or R.random() < 0.6
    transport = cc[0] in ('CHEST PAIN', 'SEIZURE', 'CARDIAC ARREST') or R.random() < 0.45
    t = lambda s: at(jitter(t0 + s))
    emit(t0, [cad_create(t(0), p, inc, cc, room, unit, rp)])
    emit(t0 + 15, [cad_status(t(15), unit, inc, 'DISP', ' crew=%s/%s' % (emt[1].upper(), R.choice(EMTS)[1].upper()))])
    emit(t0 + 70, [cad_status(t(70), unit, inc, 'ENRT')])
    emit(t0 + 200, [cad_status(t(200), unit, inc, 'ONSC')])
    if R.random() < 0.8:
        emit(t0 + 100, [ptrk_lookup(t(100), p, op[1].lower()[:6] + op[0][0].lower())])
    if R.random() < 0.35:
        emit(t0 + 110, [ptrk_profile(t(110), p)])
    if hotel:
        emit(t0 + 130, [pms_lookup(t(130), p, 'SEC.' + rp[1].upper())])
        if R.random() < 0.3:
            emit(t0 + 135, pms_stack(t(135), p))
        if R.random() < 0.4:
            emit(t0 + 500, [pms_alert(t(500), p, 'SEC.' + rp[1].upper())])
        if R.random() < 0.3:
            emit(t0 - R.randint(600, 5000), [nginx_guest(t(-R.randint(600, 5000)), p)])
        if R.random() < 0.25:
            emit(t0 - R.randint(1000, 9000), [wifi(t(-R.randint(1000, 9000)), p)])
    # chat
    choice = R.random()
    if choice < 0.35:
        emit(t0 + 160, [chat(t(160), op, M('Cam on it. Pt is ', P(fullname(p), 'name'), ', card ',
                                             P(p['player'], 'account'), ', ', cc[2], '.'))])
    elif choice < 0.6:
        emit(t0 + 160, [chat(t(160), op, '%s on scene for %s, need crowd control at %s' % (unit, inc, R.choice(PUBLIC_LOC).split(' ')[0].lower()))])
    elif choice < 0.75 and room:
        emit(t0 + 160, [chat(t(160), rp, M(('Husband says she' if p['sex'] == 'F' else 'Wife says he') + ' has a pacer, room ', P('%s %s' % (room[0], room[1]), 'address'),
                                             ', EC is ', P(p['ec']['first'] + ' ' + p['ec']['last'], 'name'), ' ',
                                             P(p['ec']['phone'], 'phone')))])
    emit(t0 + 420, [fa_encounter(t(420), p, cc, emt, 'TRANSPORT' if transport else R.choice(['RELEASED', 'REFUSED_AMA']), room)])
    emit(t0 + 600, [itrak(t(600), p, inc, cc, op, room)])
    if R.random() < 0.25:
        emit(t0 + 640, [vms_face(t(640), p, inc)])
    if transport:
        emit(t0 + 700, [cad_status(t(700), unit, inc, 'TRAN', ' dest=KCGH mileage_start=%d' % R.randint(40000, 90000))])
        emit(t0 + 760, [nemsis(t(760), p, cc, emt)])
        emit(t0 + 820, hl7_adt(t(820), p, cc))
        if R.random() < 0.75:
            emit(t0 + 830, [fhir(t(830), p)])
        emit(t0 + 1500, [cad_status(t(1500), unit, inc, 'ATHOSP', ' dest=KCGH')])
        emit(t0 + 2400, [cad_status(t(2400), unit, inc, 'AVAIL')])
        if R.random() < 0.8:
            emit(t0 + 1100, [sms(t(1100), p, p['pcr'], True)])
    else:
        if R.random() < 0.4:
            emit(t0 + 450, [fa_refusal(t(450), p, emt)])
        if R.random() < 0.4:
            emit(t0 + 480, [sms(t(480), p, p['pcr'], False)])
        emit(t0 + 900, [cad_status(t(900), unit, inc, 'AVAIL')])


def drug_test_chain(t0):
    e = person('emp')
    reason = R.choice(['RANDOM', 'RANDOM', 'POST-ACCIDENT', 'REASONABLE SUSPICION', 'PRE-EMPLOYMENT'])
    coll = R.choice(RN)
    t = lambda s: at(jitter(t0 + s))
    emit(t0, [L('ehc_csv').t('SEL-2406-', R.randint(10, 99), ',').p(e['emp'], 'other_id').t(',"').p(
        '%s, %s' % (e['last'], e['first']), 'name').t('",', e['dept'].replace(',', ''), ',', reason,
        ',10-PANEL-NONDOT,').p((REF + dt.timedelta(days=1)).isoformat() + 'T06:00', 'date')])
    ct = t(1800)
    obj = {'ts': iso_ms(ct), 'event': 'ccf.collection.complete', 'ccf_id': P(e['ccf'], 'other_id'),
           'donor': {'first': P(e['first'], 'name'), 'last': P(e['last'], 'name'), 'id_type': 'EMPLOYEE',
                     'id': P(e['emp'], 'other_id'), 'dob': P(e['dob'].isoformat(), 'date'),
                     'ph': P(e['phone'], 'phone')},
           'collected_at': P(iso_s(ct - dt.timedelta(minutes=R.randint(4, 20))), 'date'),
           'collector': '%s %s, %s' % (coll[0], coll[1], coll[2]), 'site': 'RBRC-EHC', 'reason': reason.replace(' ', '_').replace('-', '_'),
           'temp_ok': True, 'split': False, 'courier': 'QS-' + digits(6), 'app': 'eccf-bridge/2.8.0'}
    emit(t0 + 1800, [js(L('eccf_json'), obj, ea=False)])
    rt = t(5400)
    MSGN[0] += 3
    seg = [L('hl7v2').t('MSH|^~\\&|DSTOX|DESERTTOXLAB|EHC|RBRC|', hl7ts(rt), '||ORU^R01^ORU_R01|DTL', MSGN[0], '|P|2.5.1')]
    l = L('hl7v2').t('PID|1||').p(e['emp'], 'other_id').t('^^^RBRC^EI||').p(
        '%s^%s' % (e['last'].upper(), e['first'].upper()), 'name').t('||').p(e['dob'].strftime('%Y%m%d'), 'date').t(
        '|', e['sex'], '||||||||||||')
    if R.random() < 0.5:
        l.p(e['ssn'].replace('-', ''), 'ssn')
    seg.append(l)
    seg.append(L('hl7v2').t('OBR|1|').p(e['ccf'], 'other_id').t('|').p(e['acc'], 'other_id').t(
        '|DRUG10^10 PANEL URINE NON-DOT^L|||').p(hl7ts(ct), 'date').t('|||||||||', MRO[3], '^', MRO[1].upper(), '^', MRO[0].upper(), '||||||', hl7ts(rt), '|||F'))
    res = [('AMP', 'Amphetamines', '500'), ('THC', 'Marijuana metabolite', '50'), ('OPI', 'Opiates', '2000'),
           ('COC', 'Cocaine metabolite', '150'), ('BZO', 'Benzodiazepines', '300')]
    pos = R.random() < 0.15
    for i, (code, nm, cut) in enumerate(R.sample(res, 3)):
        val = 'POS' if pos and i == 0 else 'NEG'
        seg.append(L('hl7v2').t('OBX|', i + 1, '|ST|', code, '^', nm, '^L||', val, '|ng/mL|', cut, '|',
                                'A' if val == 'POS' else 'N', '|||F'))
    emit(t0 + 5400, seg)
    # pgaudit
    emit(t0 + 5600, [L('pgaudit').t(log4j(t(5600)).replace(',', '.'), ' PDT [', R.randint(20000, 39999),
                                   '] ehc_app@ehcdb LOG:  AUDIT: SESSION,', R.randint(100, 9999),
                                   ',1,READ,SELECT,,,"SELECT result, mro_status FROM dt_specimen WHERE ccf_no = \'').p(
        e['ccf'], 'other_id').t('\' AND donor_emp_id = \'').p(e['emp'], 'other_id').t('\'",<not logged>')])
    if R.random() < 0.8:
        vt = t(R.randint(7000, 12000))
        l = L('ehc_note').t('[EHC-NOTE] ', vt.strftime('%Y-%m-%d %H:%M'), ' MRO ', MRO[0][0], '. ', MRO[1], ', ', MRO[2],
                            ' (NPI ', MRO[3], ') | Donor ').p(e['emp'], 'other_id').t(' / CCF ').p(e['ccf'], 'other_id').t(
            ' | result ', 'POSITIVE - interview pending, donor to call 775-555-0190' if pos else 'NEGATIVE verified',
            ' | reason ', reason)
        emit(t0 + 9000, [l])


def injury_chain(t0):
    e = person('emp')
    bp = R.choice(BODY)
    rn = R.choice(RN[:2])
    doi = at(t0 - R.randint(1200, 7000))
    t = lambda s: at(jitter(t0 + s))
    note = L('ehc_note').t('[EHC-NOTE] ', t(0).strftime('%Y-%m-%d %H:%M'), ' ', rn[2], ' ', rn[0], ' ', rn[1], ' | Pt: ')
    note.p(fullname(e), 'name').t(' (EE#').p(e['emp'], 'other_id').t(', DOB ').p(e['dob'].strftime('%m/%d/%Y'), 'date')
    note.t(', ', e['dept'], ') c/o ', (bp[1] + ' ' if bp[1] else ''), bp[0].lower(), ' pain after ',
           bp[2],
           ', DOI ').p(doi.strftime('%m/%d/%Y %H%M'), 'date').t('. ', R.choice(['ROM limited, no deformity.', 'ice, wrap, modified duty x3d.',
                                                                                'x-ray referral to KCGH imaging.', 'post-accident UDS collected.']))
    emit(t0, [note])
    emit(t0 + 900, [L('ehc_csv').p(e['claim'], 'other_id').t(',').p(e['emp'], 'other_id').t(',').p(e['last'], 'name').t(',').p(
        e['first'], 'name').t(',').p(e['ssn'], 'ssn').t(',').p(doi.strftime('%Y-%m-%d'), 'date').t(
        ',', e['dept'].replace(',', ''), ',', bp[0], ',', R.choice(['STRAIN', 'SPRAIN', 'CONTUSION', 'LACERATION']),
        ',', R.choice(['SLIP/FALL', 'LIFTING', 'STRUCK BY', 'REPETITIVE']), ',', R.choice(SEC)[1].upper(), ',SILVER STATE MUTUAL')])
    # X12
    if R.random() < 0.75:
        t2 = t(3600)
        ctl = '%09d' % R.randint(400, 9999)
        d6 = t2.strftime('%y%m%d')
        d8 = t2.strftime('%Y%m%d')
        hm = t2.strftime('%H%M')
        segs = [L('x12_837').t('ISA*00*          *00*          *ZZ*RBRCEHC        *ZZ*SILVSTATEMUT   *', d6, '*', hm, '*^*00501*', ctl, '*0*P*:~'),
                L('x12_837').t('GS*HC*RBRCEHC*SILVSTATEMUT*', d8, '*', hm, '*', int(ctl), '*X*005010X222A1~'),
                L('x12_837').t('ST*837*', ctl[-4:], '*005010X222A1~'),
                L('x12_837').t('BHT*0019*00*EHC', d8[2:], '-', int(ctl), '*', d8, '*', hm, '*CH~'),
                L('x12_837').t('NM1*41*2*ROARING BROOK RESORT EMPLOYEE HEALTH*****46*RBRCEHC~'),
                L('x12_837').t('NM1*QC*1*').p(e['last'].upper(), 'name').t('*').p(e['first'].upper(), 'name').t('~'),
                L('x12_837').t('N3*').p(e['street'].upper(), 'address').t('~'),
                L('x12_837').t('N4*').p(e['city'].upper(), 'address').t('*', e['st'], '*').p(e['zip'], 'zip').t('~'),
                L('x12_837').t('DMG*D8*').p(e['dob'].strftime('%Y%m%d'), 'date').t('*', e['sex'], '~'),
                L('x12_837').t('REF*Y4*').p(e['claim'], 'other_id').t('~'),
                L('x12_837').t('CLM*').p(e['acct'], 'account').t('*', R.randint(140, 900), '***11:B:1*Y*A*Y*Y*EM~'),
                L('x12_837').t('DTP*439*D8*').p(doi.strftime('%Y%m%d'), 'date').t('~'),
                L('x12_837').t('HI*ABK:', R.choice(['S6390XA', 'S39012A', 'S8390XA', 'S93401A', 'S61219A']), '~'),
                L('x12_837').t('NM1*82*1*', RN[1][1].upper(), '*', RN[1][0].upper(), '****XX*', npi(), '~'),
                L('x12_837').t('SV1*HC:99203*185*UN*1***1~'),
                L('x12_837').t('DTP*472*D8*').p(d8, 'date').t('~'),
                L('x12_837').t('SE*15*', ctl[-4:], '~'),
                L('x12_837').t('GE*1*', int(ctl), '~'),
                L('x12_837').t('IEA*1*', ctl, '~')]
        emit(t0 + 3600, segs)


# ----------------------------------------------------------------- noise
AED_LOC = ['Casino Floor Z1 Cage A', 'Casino Floor Z3 Slot Bank B', 'Pool Deck Lifeguard Stand', 'Tower 2 Lobby',
           'Tower 3 Fl 14 Elevator Lobby', 'Showroom Lobby', 'Spa Reception', 'Parking Garage L1 Security Booth',
           'Sportsbook', 'Harvest Buffet Host Stand', 'Employee Dining Room', 'Convention Hall B']


def noise(sec):
    t = at(jitter(sec))
    k = R.random()
    if k < 0.16:
        ip = R.choice(['10.40.2.17', '10.40.2.18', '10.30.8.5', '10.20.4.15'])
        path, ua, code, sz = R.choice([
            ('/healthz', 'kube-probe/1.27', 200, 2), ('/metrics', 'Prometheus/2.51.2', 200, 18423),
            ('/api/v1/units/status', 'cad-mdt/7.3.0 (Android 13)', 200, 612),
            ('/myvisit/static/app.8f3c2d1e.js', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 304, 0),
            ('/api/v1/aed/inventory?site=RBRC', 'aed-check/1.4', 200, 2231),
            ('/wp-login.php', 'Mozilla/5.0 zgrab/0.x', 404, 153)])
        if path == '/wp-login.php':
            ip = R.choice(['45.148.10.%d', '185.220.101.%d', '194.26.29.%d']) % R.randint(2, 250)
        return L('nginx_access').t(ip, ' - - [', clf(t), '] "GET ', path, ' HTTP/1.1" ', code, ' ', sz, ' "-" "', ua,
                                   '" rt=0.00', R.randint(1, 9), ' uct=0.000 upstream=10.30.8.', R.randint(20, 24), ':8443')
    if k < 0.27:
        s = R.choice(EMTS + [(x[0], x[1], x[2], 'E0%05d' % R.randint(80000, 99999)) for x in SEC])
        return L('lenel_syslog').t('<134>1 ', iso_ms(t), ' lenel-og01 OnGuard 4412 ACCESS [evt@32473 badge="00', R.randint(1000, 9999),
                                   '" reader="', R.choice(['FIRST-AID-STN-D1', 'SURV-ROOM-MAIN', 'EHC-CLINIC-D2', 'MED-SUPPLY-CAGE', 'BOH-T2-SVC']),
                                   '" result="', R.choice(['GRANTED'] * 5 + ['DENIED_TZ']), '" cardholder="', s[1], ', ', s[0], '"]')
    if k < 0.36:
        s = R.choice(EMTS)
        return L('kronos_fw').t('%-8s%-10s%s %s  %-12s%-8s%-16s%s' % (s[3], R.choice(['PUNCH_IN', 'PUNCH_OUT', 'MEAL_OUT', 'MEAL_IN']),
                                                                     t.strftime('%Y%m%d'), t.strftime('%H%M'), 'TC-EMS-0' + str(R.randint(1, 3)),
                                                                     s[2], (s[1] + ' ' + s[0][0]).upper(), 'RBRC-EMS-%d' % R.randint(100, 130)))
    if k < 0.44:
        loc = R.choice(AED_LOC)
        i = AED_LOC.index(loc)
        return L('aed_csv').t('AED-%03d,"%s",%s,%s,PAD-LOT %d,%s,%s,%s,%s,ckd:%s' % (
            i + 1, loc, R.choice(['ZOLL AED Plus', 'Philips HeartStart FRx', 'Cardiac Science G5']),
            R.choice(['X', 'B', 'AX']) + digits(8), R.randint(2000000, 2999999),
            '20%d-%02d-28' % (R.randint(25, 27), R.randint(1, 12)), '20%d-%02d-01' % (R.randint(26, 29), R.randint(1, 12)),
            t.strftime('%Y-%m-%d'), R.choice(['PASS'] * 6 + ['PADS_EXP_<90D', 'BATT_LOW']), R.choice(RN)[1]))
    if k < 0.52:
        return L('vms_syslog').t('<13', R.choice('45'), '>1 ', iso_ms(t), ' vms-arch01 SecurityCenter 3120 ',
                                 R.choice(['CAM_HEALTH', 'ARCHIVE', 'BOOKMARK']), ' [vms@41577 cam="PTZ-', R.randint(1, 5), '-', R.randint(100, 399),
                                 '" fps="', R.choice(['15', '30', '7.5']), '" disk="ARC-', R.randint(1, 8), '" used_pct="', R.randint(40, 93),
                                 '" op="', R.choice(SEC)[1].upper(), '"] ', R.choice(['stream ok', 'retention 7d enforced',
                                                                                     'bookmark added by operator', 'frame drop 2.1%']))
    if k < 0.60:
        return L('ptrk_logfmt').t('ts=', iso_ms(t), ' level=info app=ptrk-svc env=prod msg="', R.choice([
            'tier recalc batch done', 'comp ledger sync', 'kiosk heartbeat', 'promo cache refresh']),
            '" batch_id=', uid(), ' rows=', R.randint(100, 40000), ' dur_ms=', R.randint(100, 90000), ' build=ptrk-3.18.', R.randint(100, 400),
            '+g', hexid(7), ' trace_id=', hexid(32))
    if k < 0.68:
        unit = R.choice(UNITS_EMS)
        return cad_status(t, unit, 'NONE', R.choice(['AVAIL', 'OOS-RESTOCK', 'POSTED', 'FUEL']),
                          ' post=%s lat=36.%04d lon=-114.%04d' % (R.choice(['FA-STN', 'T2-LOBBY', 'POOL', 'GARAGE']), R.randint(1000, 9999), R.randint(1000, 9999)))
    if k < 0.75:
        return L('pms_opera').t(log4j(t), ' INFO  [', R.choice(['NightAudit-1', 'OXI-HUB-worker-3', 'IFC8-Poller']), '] ',
                                R.choice(['c.m.o.NightAuditJob - step RollBusinessDate completed in %d ms' % R.randint(300, 90000),
                                          'c.m.o.oxi.Poller - polled 0 messages from queue OXI_IN (depth=%d)' % R.randint(0, 20),
                                          'c.m.o.ifc.IFC8 - POS interface alive, outlet=HARVEST seq=%d' % R.randint(1000, 99999),
                                          'c.m.o.RoomStatusSvc - rooms OOO=%d OOS=%d dirty=%d' % (R.randint(0, 9), R.randint(0, 6), R.randint(20, 400))]))
    if k < 0.81:
        return L('pgaudit').t(log4j(t).replace(',', '.'), ' PDT [', R.randint(20000, 39999), '] ', R.choice(['ehc_app@ehcdb', 'etl@ehcdb']),
                              ' LOG:  AUDIT: SESSION,', R.randint(100, 9999), ',1,', R.choice([
                                  'READ,SELECT,,,"SELECT count(*) FROM dt_specimen WHERE status = \'PENDING_MRO\'"',
                                  'WRITE,UPDATE,,,"UPDATE aed_check SET status = $1 WHERE aed_id = $2"',
                                  'DDL,VACUUM,,,"VACUUM (ANALYZE) clinic_visit"',
                                  'READ,SELECT,,,"SELECT id, sku, lot_no, exp_date FROM med_supply WHERE qty_on_hand < reorder_pt"']), ',<not logged>')
    if k < 0.87:
        who = R.choice(SEC + [(x[0], x[1], x[2]) for x in EMTS])
        return chat(t, who, R.choice([
            '%s back in service, restocked O2 and BVM' % R.choice(UNITS_EMS),
            'AED-%03d pads expire next month, ticket INC0%d opened' % (R.randint(1, 12), R.randint(100000, 999999)),
            'radio ch 3 is stepping on ch 4 again, engineering notified',
            'shift change brief at 2300 in surv room, bring the monthly stats',
            'anyone seen the spare glucometer? lot 24B117 strips are in cage',
            'Stryker stretcher SN 2206ST0412 back from service']))
    if k < 0.92:
        return L('fa_json').t('{"level":30,"time":%d,"pid":1874,"hostname":"fa-stn-ws02","name":"stationmd","msg":"%s","req_id":"%s","ms":%d,"v":"4.12.3"}' % (
            int(t.timestamp() * 1000), R.choice(['sync.ok', 'inventory.scan', 'printer.ready', 'session.renew']), uid(), R.randint(2, 900)))
    if k < 0.935:
        return L('ehc_csv').t(R.choice(['sel_batch,emp_id,emp_name,dept,reason,panel,notify_by',
                                        'claim_no,emp_id,last,first,ssn,doi,dept,body_part,nature,cause,reported_to,carrier',
                                        '# export generated by ehc-reports 1.9.2 host=ehc-app01 rows=%d' % R.randint(3, 40)]))
    return L('twilio_json').t('{"ts": "%s", "event": "message.status", "MessageSid": "SM%s", "AccountSid": "AC%s", "From": "+17755550100", "To": "+17755550142", "MessageStatus": "delivered", "Body": "RBRC EMS page: %s status %s", "NumSegments": 1}' % (
        iso_ms(t), hexid(32), hexid(32), R.choice(UNITS_EMS), R.choice(['AVAIL', 'OOS', 'POSTED'])))


# ----------------------------------------------------------------- main
def main():
    n_guest = 0
    chains = ([guest_chain] * 15) + ([drug_test_chain] * 6) + ([injury_chain] * 4)
    R.shuffle(chains)
    for fn in chains:
        fn(R.randint(1800, WINDOW - 14000))
    n_chain = len(EVENTS)
    if n_chain > N_LINES - 45:
        raise SystemExit("too many chain lines: %d phi=%d" % (n_chain, sum(1 for e in EVENTS if any(p[1] for p in e[3].parts))))
    while len(EVENTS) < N_LINES:
        s = R.uniform(0, WINDOW)
        emit(s, [noise(s)])
    EVENTS.sort(key=lambda x: (x[0], x[1], x[2]))
    logs, labels = [], []
    for n, (_, _, _, l) in enumerate(EVENTS, 1):
        text, spans = l.build()
        b = text.encode('utf-8')
        assert text and '\n' not in text and '\r' not in text, (n, text)
        last = 0
        for sp in spans:
            s, e = sp['s'], sp['e']
            if not (0 <= s < e <= len(b)):
                raise SystemExit('bad span bounds line %d %r' % (n, sp))
            if s < last:
                raise SystemExit('overlap line %d %r' % (n, sp))
            last = e
            if b[s:e].decode('utf-8') != sp['_v']:
                raise SystemExit('span text mismatch line %d %r' % (n, sp))
            if sp['_kind'] == 'json' and json.loads('"' + sp['_v'] + '"') != sp['_raw']:
                raise SystemExit('json decode mismatch line %d %r' % (n, sp))
        logs.append(text)
        labels.append({'line': n, 'family': l.family,
                       'spans': [{'s': x['s'], 'e': x['e'], 'cat': x['cat']} for x in spans]})
    assert len(logs) == N_LINES
    with open('rb.log', 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(logs) + '\n')
    with open('rb.labels.jsonl', 'w', encoding='utf-8', newline='\n') as f:
        for x in labels:
            f.write(json.dumps(x, ensure_ascii=False) + '\n')
    phi = sum(1 for x in labels if x['spans'])
    print('lines=%d chain_lines=%d phi_lines=%d no_phi_share=%.3f' % (len(logs), n_chain, phi, 1 - phi / len(logs)))


if __name__ == '__main__':
    main()
