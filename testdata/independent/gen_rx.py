#!/usr/bin/env python3
"""gen_rx.py - synthetic labeled log corpus "rx".

Organisation: American Trailscouts (fictional national scouting organisation),
its Cimarron Ridge High Adventure Base (NM) and the Camp Wahpeton Lake summer
camp, plus the national Risk & Insurance Claims Office.  One SIEM/archive
export of five days in July 2024, interleaved by time.  Standard library only,
fixed seed: two runs give byte-identical rx.log / rx.labels.jsonl.

Systems simulated (family names in the labels file)
  reg_api      ScoutReg registration/check-in API, Node pino JSON logger
  nginx        family portal access log (combined + timing fields)
  ahmr         AHMR (Annual Health and Medical Record) form OCR/ingest, Python logging key=value
  ho_log       camp Health Officer log, TSV export of the Health Lodge logbook (free text)
  medbox       MedSafe LX2 medication lockbox audit, vendor pipe format
  sat_gw       satellite messenger gateway: IPC-Outbound style JSON webhooks + enrichment lines
  incident_xml backcountry incident report submissions (XML, one per line)
  sms_gw       guardian notification SMS service, logfmt
  postfix      guardian notification e-mail relay, syslog
  roster_csv   unit/crew roster uploads (CSV with header)
  x12          claims office EDI: 837P claims, 835 remittances to/from accident carrier
  hl7          HL7 v2.5.1 ADT feed from the regional hospital (one segment per line)
  fhir         TrailMed health-lodge EHR FHIR R4 resources (one resource per line)
  pg           PostgreSQL server log of the registration DB
  claims_java  ClaimsDesk Java worker (log4j lines and stack traces, one frame per line)
  chat         Mattermost export JSONL (staff channels)
  infra        traefik / kubelet / vector / certbot logfmt (no PHI)
  bordereau    weekly fixed-width enrollment file to the accident carrier
  lpr_gate     GateKeeper licence-plate gate camera and parking permits, key=value
  pos          Trading Post point-of-sale CSV

Labeling decisions
  * People served = youth and adult participants (scouts, adult advisors,
    Family Camp participants).  Their parents/guardians and emergency contacts
    are labeled too.  Staff (health officers, rangers, registrars, adjusters),
    physicians/clinicians (even the examining provider on AHMR Part C, with NPI),
    cashiers, vendors, the carrier, the organisation and its sites/addresses/
    phones/emails are NOT labeled.
  * Scouting member ID, registration ID (R24-...), incident report number
    (IR-...), carrier/payer claim number and case numbers -> other_id.
    Unit numbers (Troop 418), crew/trek numbers (708-C-03) and unit
    reservation numbers (RES-...) are group/business numbers -> not PHI.
  * Health-lodge record number (HL24-xxxxx, also as FHIR Patient id and in
    Patient/ references) and hospital MRN -> mrn.  Hospital account/visit
    numbers and X12 CLM01/CLP01 patient control numbers -> account.
  * Accident-carrier certificate numbers and personal health insurance member
    IDs, Medicare MBI -> health_plan.  Group numbers (GRP-...) are employer/
    organisation numbers -> not PHI.
  * Trading Post prepaid spending account (TPA-...) and full card numbers of a
    participant/guardian -> account.  Masked cards / last4 only -> not PHI.
  * Driver's licences and Wilderness First Aid / CPR certificate numbers of
    adult participants -> license.  Staff certifications -> not PHI.
  * Base-issued crew satellite messengers and the medication lockboxes are
    organisation assets: their IMEIs/serials are not PHI.  A participant-owned
    messenger IMEI, insulin pump / CGM serials -> device.
  * Lat/lon: routine crew track points are not PHI; coordinates given as the
    location of a named/identified ill or injured participant (SOS message,
    incident report) -> address (lat and lon one span each).
  * Dates: every date tied to a person (birth, incident, service, admission,
    discharge, arrival, coverage effective/termination, YPT expiry) -> date.
    Log record timestamps (incl. the date/time columns of the HO logbook and
    X12/HL7 envelope times) -> not PHI.  Session dates with no person -> not PHI.
  * Ages only > 89 (Family Camp grandparents) -> age.
  * First names alone in a message about the participant (SMS body) -> name.
    Partial names in SQL ILIKE patterns -> name.  X12 NM103/NM104 and
    fixed-width last/first fields are separate values (two spans); HL7 XPN
    (LAST^FIRST^MI) is one span; FHIR family and each given are separate.
  * Client IPs on family-portal requests (external, non-bot) -> ip; request
    targets carrying a participant identifier -> one url span.  Internal
    10.x, uptime monitor and crawler IPs -> not PHI.
  * Plates/VINs of participant/guardian vehicles (PARTICIPANT/GUARDIAN
    permits) -> vehicle; staff and vendor vehicles -> not PHI.
  * Kiosk face templates -> biometric; badge photos (base64 JPEG) -> photo.
    Staff fingerprint auth on the lockbox -> not PHI.
"""
import base64
import datetime as dt
import hashlib
import html
import json
import random
import sys
import unicodedata
import urllib.parse
import uuid

R = random.Random(20240708)
N_LINES = 500
MDT = dt.timezone(dt.timedelta(hours=-6))
UTC = dt.timezone.utc

# ----------------------------------------------------------------- spans core
class Phi:
    def __init__(self, v, cat, text=None, dec='raw', num=False):
        self.v = str(v); self.cat = cat
        self.text = self.v if text is None else text
        self.dec = dec; self.num = num

def P(v, cat):
    return Phi(v, cat)

def PN(v, cat):
    return Phi(v, cat, num=True)

class S:
    """composite string made of literal pieces and Phi pieces"""
    def __init__(self, *parts):
        self.parts = list(parts)
    def raw(self):
        return ''.join(p if isinstance(p, str) else p.v for p in self.parts)

def T(fmt, *args):
    bits = fmt.split('{}')
    assert len(bits) == len(args) + 1, fmt
    parts = []
    for i, b in enumerate(bits):
        if b:
            parts.append(b)
        if i < len(args):
            a = args[i]
            parts.append(a if isinstance(a, Phi) else str(a))
    return S(*parts)

DEC = {
    'raw': lambda t: t,
    'json': lambda t: json.loads('"' + t + '"'),
    'xml': html.unescape,
    'csv': lambda t: t.replace('""', '"'),
    'kv': lambda t: t.replace('\\"', '"'),
    'pct': urllib.parse.unquote,
}

def encparts(x, fn, dec):
    """encode a str / Phi / S with char-local encoder fn"""
    if isinstance(x, Phi):
        return [Phi(x.v, x.cat, text=fn(x.v), dec=dec)]
    if isinstance(x, S):
        out = []
        for p in x.parts:
            out += encparts(p, fn, dec)
        return out
    return [fn(str(x))]

def jenc(ascii_):
    return lambda s: json.dumps(s, ensure_ascii=ascii_)[1:-1]

def J(obj, ascii_=False, compact=True):
    out = []
    cs, kv = (',', ':') if compact else (', ', ': ')
    def w(o):
        if isinstance(o, dict):
            out.append('{')
            for i, (k, v) in enumerate(o.items()):
                if i:
                    out.append(cs)
                out.append(json.dumps(k, ensure_ascii=ascii_) + kv)
                w(v)
            out.append('}')
        elif isinstance(o, list):
            out.append('[')
            for i, v in enumerate(o):
                if i:
                    out.append(cs)
                w(v)
            out.append(']')
        elif isinstance(o, Phi) and o.num:
            out.append(Phi(o.v, o.cat, text=o.v))
        elif isinstance(o, (Phi, S)):
            out.append('"'); out.extend(encparts(o, jenc(ascii_), 'json')); out.append('"')
        else:
            out.append(json.dumps(o, ensure_ascii=ascii_))
    w(obj)
    return out

def rawstr(x):
    if isinstance(x, Phi):
        return x.v
    if isinstance(x, S):
        return x.raw()
    return str(x)

def KV(pairs, sep=' ', eq='=', always_quote=False):
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(sep)
        out.append(k + eq)
        r = rawstr(v)
        if isinstance(v, Phi) and v.num:
            out.append(Phi(v.v, v.cat)); continue
        q = always_quote or r == '' or any(c in r for c in ' ="\t')
        fn = (lambda s: s.replace('"', '\\"')) if q else (lambda s: s)
        if q:
            out.append('"')
        out.extend(encparts(v, fn, 'kv' if q else 'raw'))
        if q:
            out.append('"')
    return out

def CSV(vals, delim=',', quote_all=False):
    out = []
    for i, v in enumerate(vals):
        if i:
            out.append(delim)
        r = rawstr(v)
        q = quote_all or any(c in r for c in (delim, '"'))
        fn = (lambda s: s.replace('"', '""')) if q else (lambda s: s)
        if q:
            out.append('"')
        out.extend(encparts(v, fn, 'csv' if q else 'raw'))
        if q:
            out.append('"')
    return out

def XE(x, attr=False):
    fn = (lambda s: html.escape(s, quote=True)) if attr else (lambda s: html.escape(s, quote=False))
    return encparts(x, fn, 'xml')

def flat(parts):
    for p in parts:
        if isinstance(p, (list, tuple)):
            yield from flat(p)
        elif isinstance(p, S):
            yield from p.parts
        else:
            yield p

def mk(family, *parts):
    buf = bytearray(); spans = []
    for p in flat(parts):
        if isinstance(p, Phi):
            b = p.text.encode('utf-8')
            spans.append({'s': len(buf), 'e': len(buf) + len(b), 'cat': p.cat, '_v': p.v, '_d': p.dec})
            buf += b
        else:
            buf += str(p).encode('utf-8')
    return {'family': family, 'b': bytes(buf), 'spans': spans}

# ------------------------------------------------------------ check digits
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

def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]

def npi():
    base = '1' + ''.join(R.choice('0123456789') for _ in range(8))
    return base + luhn_digit('80840' + base)

def imei(prefix='30043406'):
    b = prefix + ''.join(R.choice('0123456789') for _ in range(14 - len(prefix)))
    return b + luhn_digit(b)

def card():
    b = R.choice(['4', '4', '51', '37']) 
    ln = 15 if b == '37' else 16
    b += ''.join(R.choice('0123456789') for _ in range(ln - 1 - len(b)))
    return b + luhn_digit(b)

VIN_MAP = {c: v for c, v in zip('ABCDEFGHJKLMNPRSTUVWXYZ', [1,2,3,4,5,6,7,8,1,2,3,4,5,7,9,2,3,4,5,6,7,8,9])}
VIN_W = [8,7,6,5,4,3,2,10,0,9,8,7,6,5,4,3,2]
def vin():
    chars = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
    wmi = R.choice(['1FT', '1GC', '5YJ', '2T3', 'JTM', '1C4', '3GN', 'KNM'])
    body = wmi + ''.join(R.choice(chars) for _ in range(5)) + '0' + R.choice('PRS') + R.choice('ABCDEFGHJ') + ''.join(R.choice('0123456789') for _ in range(6))
    tot = sum((int(c) if c.isdigit() else VIN_MAP[c]) * w for c, w in zip(body, VIN_W))
    cd = tot % 11
    cd = 'X' if cd == 10 else str(cd)
    return body[:8] + cd + body[9:]

def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"

MBI_A = 'ACDEFGHJKMNPQRTUVWXY'
def mbi():
    A = lambda: R.choice(MBI_A); N = lambda: R.choice('0123456789'); AN = lambda: R.choice(MBI_A + '0123456789')
    return str(R.randint(1, 9)) + A() + AN() + N() + A() + AN() + N() + A() + A() + N() + N()

def digits(n):
    return ''.join(R.choice('0123456789') for _ in range(n))

def hexs(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))

def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))

def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c)).replace('ø', 'o').replace('Ø', 'O')

# ------------------------------------------------------------------ people
YF = ['Ethan', 'Mateo', 'Liam', 'Aiden', 'Jayden', 'Hunter', 'Chase', 'Wyatt', 'Kai', 'Darnell', 'Rohan',
      'Tomás', 'Oluwaseun', 'Yusuf', 'Dmitri', 'Kenji', 'Aarav', 'Elijah', 'Brooks', 'River', 'Faith',
      'Summer', 'Maya', 'Priya', 'Zoë', 'Siobhán', 'Ximena', 'Léa', 'Amara', 'Chidi', 'Noah', 'Mason',
      'Hope', 'Rowan', 'Cruz', 'Bodhi', 'Tenzin', 'Jun', 'Malachi', 'Sawyer']
AF = ['Karen', 'Robert', 'Deshawn', 'Mei-Ling', 'Guadalupe', 'Terrence', 'Ingrid', 'Rajesh', 'Bonnie',
      'Carlos', 'Marisol', 'Gregory', 'Aisha', 'Wendell', 'Patrice', 'Dolores', 'Hiroshi', 'Ngozi',
      'Brent', 'Lucía', 'Stanley', 'Frances', 'Mark', 'Joy', 'Grant']
LN = ['Whitfield', 'Okonkwo', 'García-López', "O'Neill", 'Nguyen', 'Castellanos', 'Park', 'Van der Meer',
      'De la Cruz', 'Rivers', 'Banks', 'Stone', 'Bush', 'Baker', 'Fox', 'Hill', 'Young', 'Kowalczyk',
      'Abernathy-Shaw', 'Mahmoud', 'Pérez', 'Løvås', 'Yamamoto', 'MacKenzie', 'St. Clair', 'Kamakau',
      'Two Bulls', 'Begay', 'Tsosie', 'Hernández', 'Whitehorse', 'Patel', 'Adeyemi', 'Schultz-Romero',
      'Lachance', 'Moon', 'Story', 'Price', 'Wise', 'Goodnight']
CITIES = [('Gallup', 'NM', '87301'), ('Plano', 'TX', '75024'), ('Wichita', 'KS', '67212'),
          ('Rapid City', 'SD', '57701'), ('Flagstaff', 'AZ', '86001'), ('Boise', 'ID', '83702'),
          ('Lafayette', 'LA', '70503'), ('Dayton', 'OH', '45419'), ('Overland Park', 'KS', '66210'),
          ('Tulsa', 'OK', '74105'), ('Ogden', 'UT', '84403'), ('Colorado Springs', 'CO', '80920'),
          ('St. Paul', 'MN', '55105'), ('Chattanooga', 'TN', '37405'), ('Kailua', 'HI', '96734'),
          ('Window Rock', 'AZ', '86515'), ('Las Cruces', 'NM', '88011'), ('Amarillo', 'TX', '79109')]
STREETS = ['Juniper Loop', 'Oak St', 'Mesa Verde Dr', 'W 14th Ave', 'Cottonwood Ct', 'Prairie Rose Ln',
           'Old Santa Fe Trl', 'Maple Ave', 'Kalanianaole Hwy', 'Hickory Bend Rd', 'Calle del Sol',
           'N Elm St', 'Ridgecrest Blvd', 'Lakeview Ter', 'Bluebonnet Way']
CARRIERS = [('Blue Mesa Health', 'XJH', 9), ('Cordillera Health Plan', 'CHP', 10), ('Summit Mutual', 'SM', 11),
            ('Prairie Care Medicaid', 'NM', 9), ('TRICARE West', 'TW', 10)]
COUNCILS = ['Grand Canyon Council', 'Great Southwest Council', 'Quivira Council', 'Black Hills Area Council',
            'Circle Ten Council', 'Aloha Council', 'Northern Star Council', 'Cherokee Area Council']
RELS = ['Mother', 'Father', 'Stepmother', 'Grandmother', 'Aunt', 'Legal Guardian', 'Stepfather', 'Uncle']
FEM = {'Faith', 'Summer', 'Maya', 'Priya', 'Zoë', 'Siobhán', 'Ximena', 'Léa', 'Amara', 'Hope', 'Karen', 'Mei-Ling',
       'Guadalupe', 'Ingrid', 'Bonnie', 'Marisol', 'Aisha', 'Patrice', 'Dolores', 'Ngozi', 'Lucía', 'Frances', 'Joy'}
UNISEX = {'River', 'Rowan', 'Sawyer', 'Kai', 'Jun', 'Tenzin'}
MEDS = ['Methylphenidate ER 36mg', 'Albuterol HFA 90mcg', 'Cetirizine 10mg', 'Sertraline 50mg',
        'Epinephrine auto-inj 0.3mg', 'Lisdexamfetamine 30mg', 'Insulin lispro (pump)', 'Montelukast 10mg',
        'Levothyroxine 75mcg', 'Guanfacine ER 2mg', 'Lisinopril 10mg', 'Atorvastatin 20mg']
COMPLAINTS = ['headache x2d', 'blister L heel', 'sprained R ankle on descent', 'nausea/vomiting x3',
              'bee sting R forearm, local reaction', 'heat exhaustion', 'homesick, not eating',
              'laceration L thumb 2cm (knife)', 'altitude HA, SpO2 88%', 'rash both legs (poison ivy?)',
              'asthma exacerbation', 'diarrhea x4 since 0200']

def addr_parts():
    city, st, z = R.choice(CITIES)
    return f"{R.randint(12, 9870)} {R.choice(STREETS)}", city, st, z

def phone():
    return f"{R.choice(['505', '575', '972', '316', '605', '928', '208', '337', '937', '913', '918', '801', '719', '651', '423', '808'])}-555-{R.randint(100, 199):04d}"

def email_for(first, last):
    f = fold(first).lower().replace(' ', '').replace("'", '')
    l = fold(last).lower().replace(' ', '').replace("'", '')
    return R.choice([f"{f}.{l}{R.randint(1, 99)}@gmail.com", f"{f[0]}{l}@yahoo.com", f"{l}fam@outlook.com",
                     f"{f}{l[:4]}@icloud.com", f"{f}.{l}@protonmail.com"])

def rdate(y0, y1):
    return dt.date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))

class Person:
    pass

def mkperson(kind, crew=None):
    p = Person()
    p.kind = kind
    p.first = R.choice(YF if kind == 'youth' else AF)
    p.last = R.choice(LN)
    p.mi = R.choice('ABCDEJKLMRST')
    p.dob = rdate(2006, 2012) if kind == 'youth' else rdate(1950, 1990)
    p.sex = 'F' if p.first in FEM else ('M' if R.random() < .8 or p.first not in UNISEX else 'F')
    p.member = str(R.randint(100000000, 149999999))
    p.reg = f"R24-{R.randint(100, 999)}-{R.randint(10000, 99999)}"
    p.hl = f"HL24-{R.randint(100, 2999):05d}"
    p.street, p.city, p.state, p.zip = addr_parts()
    c = R.choice(CARRIERS)
    p.carrier = c[0]
    p.ins = c[1] + digits(c[2])
    p.grp = f"GRP-{digits(5)}"
    p.cert = f"ACC{digits(8)}"
    p.phone = phone()
    p.email = email_for(p.first, p.last)
    p.tpa = f"TPA-{R.randint(100, 999)}-{R.randint(10, 99)}"
    p.crew = crew
    p.age = (dt.date(2024, 7, 9) - p.dob).days // 365
    # guardian / emergency contact
    g = Person()
    g.first = R.choice(AF)
    g.last = p.last if R.random() < 0.7 else R.choice(LN)
    if g.first in FEM:
        g.rel = R.choice(['Mother', 'Stepmother', 'Grandmother', 'Aunt', 'Legal Guardian']) if kind == 'youth' else R.choice(['Spouse', 'Sister', 'Daughter', 'Partner'])
    else:
        g.rel = R.choice(['Father', 'Stepfather', 'Grandfather', 'Uncle', 'Legal Guardian']) if kind == 'youth' else R.choice(['Spouse', 'Brother', 'Son', 'Partner'])
    g.phone = phone(); g.email = email_for(g.first, g.last)
    p.g = g
    p.mbi = mbi() if p.dob.year < 1960 else None
    p.dl = R.choice(['NM', 'TX', 'KS', 'AZ', 'CO']) + '-' + (digits(9) if R.random() < .5 else R.choice('ABCDEFGHJKLMNPRS') + digits(7))
    p.wfa = f"WFA-{R.choice(['ECSI', 'NOLS', 'ARC'])}-{digits(7)}"
    p.plate = R.choice(['NM', 'TX', 'KS', 'AZ', 'CO', 'OK']) + ' ' + R.choice('ABCDEFGHJKLMNPRSTVWXYZ') * 1 + R.choice('ABCDEFGHJKLMNPRSTVWXYZ') + R.choice('ABCDEFGHJKLMNPRSTVWXYZ') + digits(4)
    p.vin = vin()
    p.pump = R.choice(['NG', 'PT']) + digits(7) + R.choice('HKM') if R.random() < 0.5 else None
    p.imei = imei() if kind == 'adult' and R.random() < 0.5 else None
    p.med = R.choice(MEDS)
    return p

def fullname(p):
    return f"{p.first} {p.last}"

UNITS = []
CREWS = []
for i in range(14):
    arr = R.choice(['707', '708', '709', '710'])
    crew = f"{arr}-{R.choice('ABCDEFGHJK')}-{R.randint(1, 9):02d}"
    unit = R.choice(['Troop', 'Troop', 'Crew', 'Ship']) + ' ' + str(R.randint(11, 999))
    council = R.choice(COUNCILS)
    youth = [mkperson('youth', crew) for _ in range(R.randint(5, 8))]
    adults = [mkperson('adult', crew) for _ in range(2)]
    CREWS.append({'crew': crew, 'unit': unit, 'council': council, 'youth': youth, 'adults': adults,
                  'imei': imei('30043406'), 'res': f"RES-24-{R.randint(1000, 1999)}",
                  'site': R.choice(['CR', 'CR', 'WL'])})
ALLP = [p for c in CREWS for p in c['youth'] + c['adults']]
for c in CREWS:
    for p in c['youth'] + c['adults']:
        p.c = c
FAMILY = []
for _ in range(3):
    fp = mkperson('adult')
    fp.dob = rdate(1926, 1934)
    fp.age = (dt.date(2024, 7, 9) - fp.dob).days // 365
    fp.mbi = mbi()
    FAMILY.append(fp)

STAFF = [('Renata Alvarado', 'ralvarado', 'RN', 'RA'), ('Hollis Joseph', 'hjoseph', 'EMT-B', 'HJ'),
         ('Priscilla Oyelaran', 'poyelaran', 'Paramedic', 'PO'), ('Colt Ames', 'cames', 'Ranger', 'CA'),
         ('Tessa Lindqvist', 'tlindqvist', 'Registrar', 'TL'), ('Sipho Dlamini', 'sdlamini', 'Trading Post', 'SD'),
         ('Fran Doyle', 'fdoyle', 'Claims Adjuster', 'FD'), ('Gideon Marsh', 'gmarsh', 'Risk Manager', 'GM'),
         ('Wren Castillo', 'wcastillo', 'Camp Director', 'WC')]
DOCS = [('Miles', 'Fenwick', npi()), ('Lena', 'Okafor', npi()), ('Arjun', 'Bhattacharya', npi()),
        ('Carol', 'Strand', npi())]
HO = STAFF[:3]
BASE_PHONE = '575-555-0100'
SITES = {'CR': 'Cimarron Ridge HAB', 'WL': 'Camp Wahpeton Lake'}
CAMPS = ['Ponil', 'Beaubien', 'Rayado', 'Dan Beard', 'Clarks Fork', 'Apache Springs', 'Miners Park', 'Harlan']

T0 = dt.datetime(2024, 7, 8, 5, 0, tzinfo=MDT)
T1 = dt.datetime(2024, 7, 12, 22, 0, tzinfo=MDT)
def rtime():
    return T0 + dt.timedelta(seconds=R.randint(0, int((T1 - T0).total_seconds())))

BLOCKS = []
SEQ = [0]
def emit(ts, *lines):
    SEQ[0] += 1
    BLOCKS.append((ts, SEQ[0], list(lines)))

def iso(ts, z=False, ms=True):
    if z:
        t = ts.astimezone(UTC)
        return t.strftime('%Y-%m-%dT%H:%M:%S') + (f".{R.randint(0, 999):03d}" if ms else '') + 'Z'
    return ts.strftime('%Y-%m-%dT%H:%M:%S') + (f".{R.randint(0, 999):03d}" if ms else '') + '-06:00'

def epoch_ms(ts):
    return int(ts.timestamp() * 1000) + R.randint(0, 999)

def anyp():
    return R.choice(ALLP)

def youth():
    return R.choice(R.choice(CREWS)['youth'])

def adult():
    return R.choice(R.choice(CREWS)['adults'])

def dfmt(d, style):
    return {'iso': d.strftime('%Y-%m-%d'), 'us': d.strftime('%m/%d/%Y'), 'hl7': d.strftime('%Y%m%d'),
            'mon': d.strftime('%d-%b-%Y')}[style]

# ================================================================ systems
PINO_HOST = ['reg-api-6c9f7d5b4-xk2lp', 'reg-api-6c9f7d5b4-q8r7m']

def reg_api(ts, phi):
    base = {'level': 30, 'time': epoch_ms(ts), 'pid': R.choice([4411, 4412]), 'hostname': R.choice(PINO_HOST),
            'reqId': f"req-{hexs(4)}"}
    if not phi:
        k = R.random()
        if k < 0.35:
            base.update({'req': {'method': R.choice(['GET', 'POST']), 'url': R.choice(['/api/v2/sessions', '/api/v2/units/search?council=quivira', '/api/v2/treks/availability?year=2025', '/healthz'])},
                         'res': {'statusCode': R.choice([200, 200, 304, 404])}, 'responseTime': R.randint(3, 900), 'msg': 'request completed'})
        elif k < 0.55:
            c = R.choice(CREWS)
            base.update({'msg': 'reservation balance updated', 'reservation': c['res'], 'unit': c['unit'], 'council': c['council'],
                         'order': f"ORD-{digits(7)}", 'amount': R.choice([1450, 725, 2900, 350]), 'card': {'brand': 'visa', 'last4': digits(4)}})
        elif k < 0.75:
            base.update({'level': 40, 'msg': 'slow upstream', 'upstream': 'payments.stripe-proxy.svc:8443', 'durationMs': R.randint(2000, 9000), 'traceId': hexs(32), 'spanId': hexs(16)})
        else:
            base.update({'msg': 'session cache refreshed', 'keys': R.randint(200, 4000), 'build': f"2024.7.{R.randint(1, 9)}+{hexs(7)}", 'node': 'v20.14.0'})
        return [mk('reg_api', J(base))]
    p = anyp(); c = p.c
    k = R.random()
    if k < 0.25:
        base.update({'msg': 'participant checked in', 'participant': {'memberId': P(p.member, 'other_id'), 'firstName': P(p.first, 'name'),
                     'lastName': P(p.last, 'name'), 'dob': P(dfmt(p.dob, 'iso'), 'date'), 'unit': c['unit'], 'crew': c['crew'],
                     'ahmr': {'partA': True, 'partB': True, 'partC': R.random() < .9}}, 'station': 'WC-KIOSK-2'})
    elif k < 0.4:
        jpg = base64.b64encode(b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00' + bytes(R.getrandbits(8) for _ in range(60))).decode()
        tmpl = base64.b64encode(b'FT03' + bytes(R.getrandbits(8) for _ in range(48))).decode()
        base.update({'msg': 'kiosk badge enrolment', 'registrationId': P(p.reg, 'other_id'),
                     'badge': {'photo': P('data:image/jpeg;base64,' + jpg, 'photo'), 'printed': True},
                     'faceMatch': {'engine': 'FaceCheck 4.2.1', 'score': round(R.uniform(.8, .99), 3), 'template': P(tmpl, 'biometric')}})
    elif k < 0.6:
        p = R.choice(c['adults'])
        base.update({'msg': 'transport driver verified', 'driver': {'name': P(fullname(p), 'name'), 'dl': P(p.dl, 'license'),
                     'dlState': p.dl[:2], 'vehiclePlate': P(p.plate, 'vehicle'), 'vin': P(p.vin, 'vehicle'), 'insuranceVerified': True}, 'unit': c['unit']})
    elif k < 0.7:
        base.update({'level': 20, 'msg': 'payment payload', 'order': f"ORD-{digits(7)}", 'payer': P(f"{p.g.first} {p.g.last}", 'name'),
                     'paymentMethod': {'number': P(card(), 'account'), 'exp': f"{R.randint(1, 12):02d}/{R.randint(25, 29)}"}, 'amount': 1450})
    elif k < 0.85:
        base.update({'level': 50, 'msg': 'duplicate registration', 'err': {'type': 'ConflictError', 'message': T('member {} already registered for trek {}', P(p.member, 'other_id'), c['crew'])},
                     'registrationId': P(p.reg, 'other_id')})
    else:
        base.update({'msg': 'emergency contact updated', 'memberId': P(p.member, 'other_id'),
                     'emergencyContact': {'name': P(f"{p.g.first} {p.g.last}", 'name'), 'relationship': p.g.rel, 'phone': P(p.g.phone, 'phone'), 'email': P(p.g.email, 'email')}})
    return [mk('reg_api', J(base))]

UAS = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
       'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
       'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.71 Mobile Safari/537.36']

def pub_ip():
    return f"{R.choice([24, 47, 67, 68, 71, 73, 98, 107, 174, 184])}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"

def nginx(ts, phi):
    t = ts.strftime('[%d/%b/%Y:%H:%M:%S -0600]')
    tail = f" rt={R.randint(1, 900) / 1000:.3f} uct=0.00{R.randint(0, 9)} urt={R.randint(1, 800) / 1000:.3f}"
    if not phi:
        k = R.random()
        if k < 0.4:
            return [mk('nginx', f'10.42.{R.randint(0, 3)}.{R.randint(2, 250)} - - {t} "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"{tail}')]
        if k < 0.7:
            return [mk('nginx', f'66.249.{R.randint(64, 79)}.{R.randint(1, 254)} - - {t} "GET /treks/{R.choice(["itinerary-12", "itinerary-27", "faq", "packing-list"])} HTTP/1.1" 200 {R.randint(4000, 40000)} "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"{tail}')]
        return [mk('nginx', f'52.{R.randint(0, 99)}.{R.randint(0, 254)}.{R.randint(1, 254)} - - {t} "HEAD / HTTP/1.1" 200 0 "-" "UptimeRobot/2.0"{tail}')]
    p = anyp()
    ip = pub_ip()
    k = R.random()
    if k < 0.5:
        path = P(f"/api/v2/participants/{p.member}/{R.choice(['health-form', 'ahmr/part-b.pdf', 'medications', 'emergency-contacts'])}", 'url')
    elif k < 0.7:
        path = P(f"/forms/ahmr?member={p.member}&lname={urllib.parse.quote(p.last)}", 'url')
    else:
        path = R.choice(['/dashboard', '/static/js/app.4f9c2e1b.js', '/api/v2/me', '/login'])
    st = R.choice([200, 200, 200, 206, 302, 401])
    return [mk('nginx', P(ip, 'ip'), f' - - {t} "{R.choice(["GET", "GET", "POST"])} ', path, f' HTTP/2.0" {st} {R.randint(200, 90000)} "https://my.ats-highadventure.org/dashboard" "{R.choice(UAS)}"{tail}')]

def ahmr(ts, phi, fam=None):
    t = ts.strftime('%Y-%m-%d %H:%M:%S') + f",{R.randint(0, 999):03d}"
    head = f"{t} INFO [ahmr.ingest] "
    if not phi:
        k = R.random()
        if k < 0.4:
            return [mk('ahmr', head, KV([('batch', f"b{digits(6)}"), ('processed', str(R.randint(20, 300))), ('failed', str(R.randint(0, 6))), ('duration_ms', str(R.randint(900, 40000))), ('queue', 'ahmr-scan')]))]
        if k < 0.7:
            return [mk('ahmr', f"{t} WARNING [ahmr.ocr] ", KV([('doc_id', uid()), ('page', str(R.randint(1, 4))), ('ocr_conf', f"{R.uniform(.4, .7):.2f}"), ('model', 'tesseract-5.3.4+ats-hmr-v3.2.1'), ('action', 'route_to_manual_review')]))]
        return [mk('ahmr', head, KV([('msg', 'form template loaded'), ('form', 'AHMR-680-001'), ('rev', '2024'), ('sha256', hashlib.sha256(str(R.random()).encode()).hexdigest()[:24])]))]
    p = fam or (R.choice(FAMILY) if R.random() < .08 else R.choice(ALLP))
    part = 'A' if fam else R.choice(['A', 'A', 'B', 'C'])
    pairs = [('doc_id', uid()), ('part', part)]
    if part == 'A':
        pairs += [('name', P(f"{p.last}, {p.first}", 'name')), ('dob', P(dfmt(p.dob, R.choice(['iso', 'us'])), 'date'))]
        if p.age > 89:
            pairs += [('age', P(str(p.age), 'age'))]
        else:
            pairs += [('age', str(p.age))]
        pairs += [('addr', P(f"{p.street}, {p.city}", 'address')), ('st', p.state), ('zip', P(p.zip, 'zip')),
                  ('ec1_name', P(f"{p.g.first} {p.g.last}", 'name')), ('ec1_rel', p.g.rel), ('ec1_phone', P(p.g.phone, 'phone'))]
        if p.kind == 'adult' and R.random() < .8:
            pairs += [('wfa_cert', P(p.wfa, 'license'))]
    elif part == 'B':
        if p.mbi and R.random() < .7:
            pairs += [('member', P(p.member, 'other_id')), ('ins_carrier', 'Medicare'), ('ins_mbi', P(p.mbi, 'health_plan'))]
        else:
            pairs += [('member', P(p.member, 'other_id')), ('ins_carrier', p.carrier), ('ins_member', P(p.ins, 'health_plan')), ('ins_group', p.grp)]
        pairs += [('meds', p.med), ('allergies', R.choice(['NKDA', 'peanuts (anaphylaxis)', 'penicillin', 'bees']))]
        if p.pump and R.random() < .6:
            pairs += [('device', 'insulin pump'), ('device_sn', P(p.pump, 'device'))]
    else:
        d = R.choice(DOCS)
        pairs += [('hl_mrn', P(p.hl, 'mrn')), ('exam_date', P(dfmt(rdate(2023, 2024).replace(year=R.choice([2023, 2024]), month=R.randint(1, 6)), 'us'), 'date')),
                  ('provider', f"{d[0]} {d[1]}, MD"), ('npi', d[2]), ('height_in', str(R.randint(55, 75))), ('weight_lb', str(R.randint(80, 260))),
                  ('bp', f"{R.randint(100, 140)}/{R.randint(60, 90)}"), ('cleared', R.choice(['Y', 'Y', 'Y', 'RESTRICTED']))]
    pairs += [('status', R.choice(['VALIDATED', 'VALIDATED', 'NEEDS_REVIEW']))]
    return [mk('ahmr', head, KV(pairs))]

def ho_log(ts, phi, fam=None):
    ho = R.choice(HO)
    site = R.choice(['HLTH-LODGE', 'HLTH-LODGE', 'WL-HEALTH', 'BACKCOUNTRY-RADIO'])
    cols = [ts.strftime('%Y-%m-%d'), ts.strftime('%H:%M'), ho[3], site]
    if not phi:
        e = R.choice([f"Restocked AED pads (lot {digits(7)}, exp 2026-0{R.randint(1, 9)}) at {R.choice(CAMPS)}.",
                      f"Lightning drill {R.randint(13, 16)}30-{R.randint(16, 17)}10, all crews accounted for.",
                      f"Water test {R.choice(CAMPS)}: free chlorine {R.uniform(0.4, 2.0):.1f} ppm, OK.",
                      f"Shift change, keys to lockbox HL-0{R.randint(1, 4)} handed to {R.choice(HO)[0]}.",
                      f"Fridge temp {R.uniform(2.5, 7.5):.1f}C, in range. Med count verified with {R.choice(HO)[1]}.",
                      f"Radio check with {R.choice(CAMPS)} staff camp OK, ch {R.randint(2, 9)}."])
        return [mk('ho_log', '\t'.join(cols) + '\t' + e)]
    p = fam or (R.choice(FAMILY) if R.random() < .12 else R.choice(ALLP))
    k = R.random()
    if p in FAMILY:
        e = T('Family Camp: {}, {} y/o, c/o dizziness after lunch. BP 148/88, HR 84. Rest in shade, fluids. {} {} at site.',
              P(fullname(p), 'name'), P(str(p.age), 'age') if p.age > 89 else str(p.age), p.g.rel, P(p.g.first + ' ' + p.g.last, 'name'))
    elif k < 0.45:
        c = p.c
        e = T('Crew {}: {} (DOB {}) c/o {}. T {}, HR {}. {}. Released to crew.', c['crew'], P(fullname(p), 'name'),
              P(dfmt(p.dob, 'us'), 'date'), R.choice(COMPLAINTS), f"{R.uniform(97.5, 100.9):.1f}", R.randint(60, 120),
              R.choice(['Ibuprofen 400mg per standing order', 'Cleaned, moleskin applied', 'Ice/elevate, ACE wrap', 'ORS, rest 2h']))
    elif k < 0.7:
        e = T('Called {} {} at {} re: {}\'s {}; {}.', p.g.rel.lower(), P(p.g.first + ' ' + p.g.last, 'name'), P(p.g.phone, 'phone'),
              P(p.first, 'name'), R.choice(['ankle', 'asthma', 'meds', 'fever', 'homesickness']), R.choice(['VM left', 'spoke w/ parent, agrees w/ plan', 'no answer, will retry 1900']))
    elif k < 0.85:
        e = T('Med pass 0700: {} {} - {} x1. Witness {}.', P(p.hl, 'mrn'), P(f"{p.last}, {p.first}", 'name'), p.med, R.choice(HO)[1])
    else:
        e = T('{} arrived {} w/o AHMR Part C; provisional clearance by Dr. {}. Fax to {} requested.', P(fullname(p), 'name'),
              P(dfmt(dt.date(2024, 7, R.randint(7, 10)), 'us'), 'date'), R.choice(DOCS)[1], R.choice(['family physician', 'home clinic']))
    return [mk('ho_log', '\t'.join(cols) + '\t', e)]

def medbox(ts, phi):
    box = R.choice(['HL-01', 'HL-02', 'HL-03', 'WL-01'])
    sn = {'HL-01': 'MSX4-0019823', 'HL-02': 'MSX4-0019877', 'HL-03': 'MSX4-0020114', 'WL-01': 'MSX4-0017402'}[box]
    head = f"MSLX2|{iso(ts, ms=False)}|{box}|SN:{sn}|"
    u = R.choice(HO)[1]
    if not phi:
        return [mk('medbox', head + R.choice([f"DOOR_OPEN|USR={u}|AUTH=FP|BIO=OK|RESULT=OK",
                                              f"DOOR_CLOSE|USR={u}|RESULT=OK",
                                              f"TEMP|T=+{R.uniform(2, 8):.1f}C|RH={R.randint(20, 50)}%|RESULT=OK",
                                              f"BATT|V={R.uniform(11.8, 13.2):.2f}|AC=1|RESULT=OK",
                                              f"SYNC|FW=4.10.7|PEND=0|RESULT=OK"]))]
    p = anyp()
    ev = R.choice(['DISPENSE', 'DISPENSE', 'DISPENSE', 'RETURN', 'WASTE', 'INTAKE'])
    return [mk('medbox', head, f"{ev}|USR={u}|PT=", P(f"{fold(p.last)}, {fold(p.first)}", 'name'), '|PTID=', P(p.hl, 'mrn'),
               f"|RX={p.med}|QTY={R.randint(1, 2)}|LOT={R.choice('ABCDEFGHK')}{digits(5)}{R.choice('ABC')}|EXP=202{R.randint(5, 7)}-{R.randint(1, 12):02d}|WIT={R.choice(HO)[1]}|DRAWER={R.randint(1, 6)}|RESULT=OK")]

def lat():
    return repr(round(R.uniform(36.30, 36.65), 5))

def lon():
    return repr(round(-R.uniform(104.95, 105.30), 5))

def sat_point(la, lo):
    return {'latitude': la, 'longitude': lo, 'altitude': round(R.uniform(2000, 3700), 1), 'gpsFix': 2, 'course': R.choice([0, 45.0, 180.0]), 'speed': round(R.uniform(0, 4), 1)}

def sat_gw(ts, phi):
    c = R.choice(CREWS)
    ev = {'imei': c['imei'], 'messageCode': 0, 'freeText': '', 'timeStamp': epoch_ms(ts), 'pingbackReceived': 0, 'pingbackResponded': 0,
          'addresses': [], 'point': None, 'status': {'autonomous': 0, 'lowBattery': R.choice([0, 0, 1]), 'intervalChange': 0, 'resetDetected': 0}}
    if not phi:
        ev['point'] = sat_point(float(lat()), float(lon()))
        if R.random() < .4:
            ev['messageCode'] = 3
            ev['freeText'] = R.choice([f"Crew {c['crew']} at {R.choice(CAMPS)}, all well", 'Summit done, heading down', 'Running late, camp by 1900', 'Water at Apache Springs low'])
            ev['addresses'] = [{'address': 'basecamp-ops@ats-highadventure.org'}]
        return [mk('sat_gw', J({'Version': '2.0', 'Events': [ev]}, ascii_=True))]
    p = R.choice(c['youth'] + c['adults'])
    k = R.random()
    if k < 0.5:
        la, lo = lat(), lon()
        ev['messageCode'] = R.choice([3, 4])
        ev['freeText'] = T('SOS {} {} - {}. Crew {}', P(fullname(p), 'name'), R.choice(['fell on scree', 'unresponsive 2 min, now alert', 'severe allergic rxn, epi given 1315', 'twisted knee cant walk']),
                           R.choice(['need evac', 'request medic', 'advise']), c['crew'])
        ev['point'] = {'latitude': PN(la, 'address'), 'longitude': PN(lo, 'address'), 'altitude': round(R.uniform(2000, 3700), 1), 'gpsFix': 2, 'course': 0, 'speed': 0.0}
        ev['addresses'] = [{'address': 'basecamp-ops@ats-highadventure.org'}]
        return [mk('sat_gw', J({'Version': '2.0', 'Events': [ev]}, ascii_=True))]
    if k < 0.75 and p.kind == 'adult':
        ev['imei'] = P(p.imei or imei(), 'device')
        ev['messageCode'] = 3
        ev['freeText'] = R.choice(['Made camp, all good. Love you', 'Out of cell range til Thu', 'Crew doing great'])
        ev['addresses'] = [{'address': P(p.g.email, 'email')}, {'address': P('+1' + p.g.phone.replace('-', ''), 'phone')}]
        ev['point'] = sat_point(float(lat()), float(lon()))
        return [mk('sat_gw', J({'Version': '2.0', 'Events': [ev]}, ascii_=True))]
    a = R.choice(c['adults'])
    return [mk('sat_gw', f"{iso(ts, z=True)} sat-gw enrich ", KV([('imei', P(a.imei or imei(), 'device')), ('src', 'participant-owned'),
               ('registered_to', P(fullname(a), 'name')), ('crew', c['crew']), ('plan', 'Safety'), ('lookup_ms', str(R.randint(2, 40)))]))]

def incident_xml(ts, phi, p=None):
    p = p or anyp(); c = p.c
    irn = f"IR-2024-{R.randint(300, 999):04d}"
    inc_d = ts.date()
    ho = R.choice(HO)
    parts = ['<?xml version="1.0" encoding="UTF-8"?><IncidentReport xmlns="urn:ats:risk:ir:1" id="', P(irn, 'other_id'), '" submittedAt="', iso(ts, ms=False), '">',
             '<Site>', SITES[c['site']], '</Site><Location><Camp>', R.choice(CAMPS), '</Camp><Lat>', P(lat(), 'address'), '</Lat><Lon>', P(lon(), 'address'), '</Lon></Location>',
             '<IncidentDate>', P(inc_d.isoformat(), 'date'), '</IncidentDate><Patient><Name>', XE(P(fullname(p), 'name')), '</Name><MemberID>', P(p.member, 'other_id'),
             '</MemberID><DOB>', P(dfmt(p.dob, 'iso'), 'date'), '</DOB><Unit>', c['unit'], '</Unit><Crew>', c['crew'], '</Crew></Patient>',
             '<Narrative>', XE(T('{} reports pt {} & {}; {}. {} notified.', ho[0], R.choice(COMPLAINTS), R.choice(['splinted', 'epi x1', 'O2 2L', 'observed 1h']),
                                R.choice(['evac by UTV to Health Lodge', 'carried out by crew', 'ambulance to Sangre Valley RMC']), P(p.g.first + ' ' + p.g.last, 'name'))),
             '</Narrative><Severity>', R.choice(['MINOR', 'MODERATE', 'SERIOUS']), '</Severity><ReportedBy>', ho[0], ', ', ho[2], '</ReportedBy></IncidentReport>']
    return [mk('incident_xml', parts)]

def sms_gw(ts, phi, p=None):
    head = [('ts', iso(ts, z=True)), ('level', 'info'), ('svc', 'notify-sms'), ('provider', 'twilio')]
    if not phi:
        k = R.random()
        if k < .5:
            return [mk('sms_gw', KV(head + [('msg', 'provider health ok'), ('latency_ms', str(R.randint(40, 400))), ('region', 'us1')]))]
        return [mk('sms_gw', KV(head[:1] + [('level', 'warn')] + head[2:] + [('msg', 'rate limited'), ('retry_after', f"{R.randint(1, 30)}s"), ('queue_depth', str(R.randint(1, 90))), ('trace_id', hexs(32))]))]
    p = p or youth()
    sid = 'SM' + hexs(32)
    to = P('+1' + p.g.phone.replace('-', ''), 'phone')
    k = R.random()
    if k < .55:
        body = R.choice([T('ATS Cimarron Ridge: {} was seen at the Health Lodge for {} and is doing OK. Questions? Call {}.', P(p.first, 'name'), R.choice(['a minor injury', 'a blister', 'a headache', 'an upset stomach']), BASE_PHONE),
                         T('ATS: {} {} is being transported to Sangre Valley RMC for evaluation. A staff member is with them. Call {} x221.', P(p.first, 'name'), P(p.last, 'name'), BASE_PHONE),
                         T('Camp Wahpeton Lake: reminder - {}\'s medication form is missing a dose time. Reply or call {}.', P(p.first, 'name'), '605-555-0140')])
        return [mk('sms_gw', KV(head + [('msg_sid', sid), ('to', to), ('from', '+15755550100'), ('status', 'queued'), ('segments', '2'), ('tmpl', 'guardian_notice'), ('body', body)]))]
    return [mk('sms_gw', KV(head + [('msg_sid', sid), ('to', to), ('status', R.choice(['delivered', 'delivered', 'undelivered'])), ('error_code', R.choice(['', '', '30003'])), ('price', '-0.00790')]))]

def postfix(ts, phi, p=None):
    t = ts.strftime('%b %e %H:%M:%S')
    qid = ''.join(R.choice('0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz') for _ in range(11))
    if not phi:
        return [mk('postfix', R.choice([f"{t} mx1 postfix/qmgr[{R.randint(1000, 9999)}]: {qid}: from=<noreply@ats-highadventure.org>, size={R.randint(3000, 40000)}, nrcpt=1 (queue active)",
                                         f"{t} mx1 postfix/cleanup[{R.randint(1000, 9999)}]: {qid}: message-id=<{uid()}@ats-highadventure.org>",
                                         f"{t} mx1 postfix/qmgr[{R.randint(1000, 9999)}]: {qid}: removed",
                                         f"{t} mx1 postfix/smtpd[{R.randint(1000, 9999)}]: connect from reg-api.internal[10.42.1.{R.randint(2, 250)}]"]))]
    p = p or anyp()
    return [mk('postfix', f"{t} mx1 postfix/smtp[{R.randint(1000, 9999)}]: {qid}: to=<", P(p.g.email, 'email'),
               f">, relay=gmail-smtp-in.l.google.com[142.250.{R.randint(0, 255)}.{R.randint(1, 254)}]:25, delay={R.uniform(0.2, 3):.1f}, delays=0.1/0/0.4/0.7, dsn=2.0.0, status=sent (250 2.0.0 OK  {int(ts.timestamp())} {hexs(12)}-{hexs(6)}si{digits(6)}.{R.randint(10, 99)} - gsmtp)")]

ROSTER_HDR = 'unit_type,unit_no,council,trek_no,position,first_name,last_name,dob,member_id,gender,swim_class,ahmr_abc,ypt_expires,shirt'
def roster_csv(ts, phi):
    c = R.choice(CREWS)
    out = [mk('roster_csv', ROSTER_HDR)]
    ut, un = c['unit'].split()
    for p in R.sample(c['youth'] + c['adults'], R.randint(3, 5)):
        vals = [ut, un, c['council'], c['crew'], 'Youth' if p.kind == 'youth' else R.choice(['Adult Advisor', 'Lead Advisor']),
                P(p.first, 'name'), P(p.last, 'name'), P(dfmt(p.dob, 'us'), 'date'), P(p.member, 'other_id'), p.sex,
                R.choice(['Swimmer', 'Swimmer', 'Beginner', 'Nonswimmer']), R.choice(['Y', 'Y', 'N']),
                P(dfmt(dt.date(2025, R.randint(1, 12), R.randint(1, 28)), 'us'), 'date') if p.kind == 'adult' else '',
                R.choice(['YM', 'AS', 'AM', 'AL', 'AXL'])]
        out.append(mk('roster_csv', CSV(vals)))
    return out

def x12_837(ts, p=None):
    p = p or anyp(); d = R.choice(DOCS)
    ctl = f"{R.randint(1, 999999999):09d}"
    svc = ts.date() - dt.timedelta(days=R.randint(1, 3))
    dx = R.choice(['S93401A', 'S82891A', 'T782XXA', 'L237', 'R51', 'S61012A'])
    pc = f"ATS-CL-24-{R.randint(100, 999):05d}"
    last, first = fold(p.last).upper(), fold(p.first).upper()
    seg = [f"ISA*00*          *00*          *ZZ*ATSCLAIMS      *ZZ*HARTWELLMA     *{ts:%y%m%d}*{ts:%H%M}*^*00501*{ctl}*0*P*:~",
           f"GS*HC*ATSCLAIMS*HARTWELLMA*{ts:%Y%m%d}*{ts:%H%M}*{int(ctl)}*X*005010X222A1~ST*837*0001*005010X222A1~BHT*0019*00*{hexs(10).upper()}*{ts:%Y%m%d}*{ts:%H%M}*CH~",
           "NM1*41*2*AMERICAN TRAILSCOUTS RISK OFFICE*****46*ATS0001~PER*IC*FRAN DOYLE*TE*9725550177~NM1*40*2*HARTWELL MUTUAL ACCIDENT*****46*HMA01~",
           f"HL*1**20*1~NM1*85*1*{d[1].upper()}*{d[0].upper()}****XX*{d[2]}~N3*17 RIDGE BASE RD~N4*CIMARRON RIDGE*NM*877140017~REF*EI*742118830~",
           "HL*2*1*22*0~SBR*P*18*GRP-ATS-2024-HA******CI~NM1*IL*1*", P(last, 'name'), '*', P(first, 'name'), '****MI*', P(p.cert, 'health_plan'), '~N3*', P(fold(p.street).upper(), 'address'),
           '~N4*', P(p.city.upper(), 'address'), f'*{p.state}*', P(p.zip, 'zip'), '~DMG*D8*', P(p.dob.strftime('%Y%m%d'), 'date'), f'*{p.sex}~']
    if p.kind == 'adult' and R.random() < .4:
        seg += ['REF*SY*', P(ssn().replace('-', ''), 'ssn'), '~']
    amt = R.choice([184.0, 420.0, 1840.0, 96.5, 2750.0])
    seg += ['NM1*PR*2*HARTWELL MUTUAL ACCIDENT*****PI*HMA01~CLM*', P(pc, 'account'), f'*{amt:.2f}***11:B:1*Y*A*Y*Y*P~DTP*439*D8*', P(svc.strftime('%Y%m%d'), 'date'),
            f'~HI*ABK:{dx}~LX*1~SV1*HC:{R.choice(["99283", "29515", "12002", "99213"])}*{amt:.2f}*UN*1***1~DTP*472*D8*', P(svc.strftime('%Y%m%d'), 'date'),
            f'~SE*{R.randint(20, 30)}*0001~GE*1*{int(ctl)}~IEA*1*{ctl}~']
    return mk('x12', seg)

def x12_835(ts, p=None):
    p = p or anyp()
    pc = f"ATS-CL-24-{R.randint(100, 999):05d}"
    svc = ts.date() - dt.timedelta(days=R.randint(3, 20))
    billed = R.choice([184.0, 420.0, 1840.0]); paid = round(billed * .8, 2)
    chk = digits(9)
    seg = [f"ISA*00*          *00*          *ZZ*HARTWELLMA     *ZZ*ATSCLAIMS      *{ts:%y%m%d}*{ts:%H%M}*^*00501*{digits(9)}*0*P*:~GS*HP*HARTWELLMA*ATSCLAIMS*{ts:%Y%m%d}*{ts:%H%M}*{R.randint(1, 9999)}*X*005010X221A1~",
           f"ST*835*0001~BPR*I*{paid:.2f}*C*ACH*CCP*01*{digits(9)}*DA*{digits(10)}*1060000000**01*107000262*DA*4471020019*{ts:%Y%m%d}~TRN*1*{chk}*1060000000~",
           "N1*PR*HARTWELL MUTUAL ACCIDENT~N3*PO BOX 30917~N4*HARTFORD*CT*061500917~N1*PE*AMERICAN TRAILSCOUTS*XX*1558472035~LX*1~CLP*", P(pc, 'account'),
           f"*1*{billed:.2f}*{paid:.2f}*{billed - paid:.2f}*12*", P('HMA' + digits(10), 'other_id'), '*11*1~NM1*QC*1*', P(fold(p.last).upper(), 'name'), '*', P(fold(p.first).upper(), 'name'),
           '****MI*', P(p.cert, 'health_plan'), '~DTM*232*', P(svc.strftime('%Y%m%d'), 'date'), f"~SVC*HC:99283*{billed:.2f}*{paid:.2f}~CAS*PR*1*{billed - paid:.2f}~SE*14*0001~GE*1*1~IEA*1*{digits(9)}~"]
    # BPR/TRN account and routing numbers are the organisation's and carrier's bank accounts (not PHI)
    return mk('x12', seg)

def x12(ts, phi):
    return [x12_837(ts) if R.random() < .6 else x12_835(ts)]

def hl7_block(ts, p=None):
    p = p or anyp(); c = p.c
    d = R.choice(DOCS)
    ctrl = f"SV{ts:%y%m%d%H%M%S}{R.randint(10, 99)}"
    mrn = f"SV{digits(8)}"
    acct = f"SVA{digits(9)}"
    ev = R.choice(['A04', 'A04', 'A03'])
    tsx = ts.strftime('%Y%m%d%H%M%S')
    lines = []
    lines.append(mk('hl7', f"MSH|^~\\&|SVRMC_ADT|SANGRE_VALLEY_RMC|TRAILMED|ATS_CIMARRON|{tsx}||ADT^{ev}^ADT_A01|{ctrl}|P|2.5.1|||AL|NE"))
    lines.append(mk('hl7', f"EVN|{ev}|{tsx}|||{R.choice(['JROMERO', 'KTRUJILLO', 'ADMREG2'])}"))
    name = f"{fold(p.last).upper()}^{fold(p.first).upper()}^{p.mi}"
    pid = ['PID|1||', P(mrn, 'mrn'), '^^^SVRMC^MR||', P(name, 'name'), '||', P(p.dob.strftime('%Y%m%d'), 'date'), f'|{p.sex}|||', P(f"{p.street}^^{p.city}", 'address'), f'^{p.state}^', P(p.zip, 'zip'),
           '^USA^H||', P(f"({p.phone[:3]}){p.phone[4:]}", 'phone'), '|||||', P(acct, 'account'), '|']
    if R.random() < .4:
        pid.append(P(ssn(), 'ssn'))
    lines.append(mk('hl7', pid))
    if p.kind == 'youth':
        lines.append(mk('hl7', 'NK1|1|', P(f"{fold(p.g.last).upper()}^{fold(p.g.first).upper()}", 'name'), f"|{p.g.rel[:3].upper()}^{p.g.rel}^HL70063||", P(f"({p.g.phone[:3]}){p.g.phone[4:]}", 'phone'), '||EC^Emergency Contact^HL70131'))
    adm = ts - dt.timedelta(hours=R.randint(0, 30))
    pv1 = ['PV1|1|E|ED^', str(R.randint(1, 14)).zfill(2), f"^01^SVRMC||||{d[2]}^{d[1].upper()}^{d[0].upper()}^^^^MD|||EM||||7|||{d[2]}^{d[1].upper()}^{d[0].upper()}^^^^MD|ER||",
           P(acct, 'account'), '|||||||||||||||||||||||||', P(adm.strftime('%Y%m%d%H%M'), 'date')]
    if ev == 'A03':
        pv1 += ['|', P(ts.strftime('%Y%m%d%H%M'), 'date')]
    lines.append(mk('hl7', pv1))
    lines.append(mk('hl7', 'IN1|1|ACC01^Accident Primary|HMA01|HARTWELL MUTUAL ACCIDENT|PO BOX 30917^^HARTFORD^CT^06150||(860)555-0400|GRP-ATS-2024-HA|AMERICAN TRAILSCOUTS|||20240101|20241231|||||||||||||||||||||||||', P(p.cert, 'health_plan')))
    lines.append(mk('hl7', f"DG1|1||{R.choice(['S93.401A^Sprain of unsp ligament of right ankle', 'T78.2XXA^Anaphylactic shock, unsp', 'R55^Syncope and collapse', 'S82.891A^Oth fracture of right lower leg'])}^I10||", P(adm.strftime('%Y%m%d'), 'date'), '|A'))
    return lines

def hl7(ts, phi):
    return hl7_block(ts)

def fhir(ts, phi):
    if not phi:
        return [mk('fhir', J({'resourceType': 'CapabilityStatement', 'status': 'active', 'date': '2024-06-30', 'software': {'name': 'TrailMed FHIR Gateway', 'version': '3.8.2'},
                                'fhirVersion': '4.0.1', 'format': ['json'], 'implementation': {'url': 'https://fhir.trailmed.example/r4'}}))]
    p = R.choice(ALLP + FAMILY)
    k = R.random()
    pid = p.hl.lower()
    if k < .4:
        given = [P(p.first, 'name')] + ([P(p.mi, 'name')] if R.random() < .4 else [])
        o = {'resourceType': 'Patient', 'id': P(pid, 'mrn'), 'meta': {'versionId': str(R.randint(1, 9)), 'lastUpdated': iso(ts, z=True)},
             'identifier': [{'system': 'urn:ats:healthlodge:mrn', 'value': P(p.hl, 'mrn')}, {'system': 'urn:ats:member', 'value': P(p.member, 'other_id')}],
             'name': [{'use': 'official', 'family': P(p.last, 'name'), 'given': given}], 'gender': 'male' if p.sex == 'M' else 'female',
             'birthDate': P(p.dob.isoformat(), 'date'),
             'telecom': [{'system': 'phone', 'value': P(p.phone, 'phone'), 'use': 'home'}],
             'address': [{'line': [P(p.street, 'address')], 'city': P(p.city, 'address'), 'state': p.state, 'postalCode': P(p.zip, 'zip')}],
             'contact': [{'relationship': [{'text': p.g.rel}], 'name': {'text': P(p.g.first + ' ' + p.g.last, 'name')}, 'telecom': [{'system': 'phone', 'value': P(p.g.phone, 'phone')}]}]}
        if p.pump and R.random() < .5:
            o['extension'] = [{'url': 'urn:ats:device-serial', 'valueString': P(p.pump, 'device')}]
    elif k < .75:
        st = ts - dt.timedelta(minutes=R.randint(5, 90))
        o = {'resourceType': 'Encounter', 'id': uid(), 'status': 'finished', 'class': {'system': 'http://terminology.hl7.org/CodeSystem/v3-ActCode', 'code': 'AMB'},
             'subject': {'reference': S('Patient/', P(pid, 'mrn'))}, 'period': {'start': P(st.isoformat(), 'date'), 'end': P(ts.isoformat(), 'date')},
             'reasonCode': [{'text': R.choice(COMPLAINTS)}], 'participant': [{'individual': {'display': R.choice(HO)[0]}}],
             'serviceProvider': {'display': 'ATS Cimarron Ridge Health Lodge'}}
    else:
        o = {'resourceType': 'MedicationAdministration', 'id': uid(), 'status': 'completed',
             'medicationCodeableConcept': {'text': p.med}, 'subject': {'reference': S('Patient/', P(pid, 'mrn'))},
             'effectiveDateTime': P((ts - dt.timedelta(minutes=R.randint(0, 30))).isoformat(), 'date'), 'performer': [{'actor': {'display': R.choice(HO)[0]}}]}
    return [mk('fhir', J(o))]

def pg(ts, phi):
    t = ts.strftime('%Y-%m-%d %H:%M:%S') + f".{R.randint(0, 999):03d} MDT [{R.randint(1000, 40000)}] "
    if not phi:
        return [mk('pg', t + R.choice(['LOG:  checkpoint complete: wrote 1823 buffers (11.1%); 0 WAL file(s) added, 0 removed, 2 recycled; write=179.812 s, sync=0.004 s, total=179.901 s',
                                        f'regsvc@ats_reg LOG:  duration: {R.uniform(500, 4000):.3f} ms  statement: SELECT count(*) FROM reservation WHERE season = 2025 AND status = \'HOLD\'',
                                        f'LOG:  automatic vacuum of table "ats_reg.public.audit_event": index scans: 1, pages: 0 removed, {R.randint(1000, 90000)} remain',
                                        'regsvc@ats_reg LOG:  connection authorized: user=regsvc database=ats_reg application_name=reg-api SSL enabled (protocol=TLSv1.3)']))]
    p = anyp(); k = R.random()
    if k < .4:
        return [mk('pg', t, f"regsvc@ats_reg LOG:  duration: {R.uniform(500, 4000):.3f} ms  statement: SELECT p.member_id, p.first_name, p.last_name FROM participant p WHERE p.last_name ILIKE '",
                   P(fold(p.last).lower()[:max(3, len(p.last) - 2)], 'name'), "%' AND p.dob = '", P(p.dob.isoformat(), 'date'), "'")]
    if k < .7:
        return [mk('pg', t, 'regsvc@ats_reg ERROR:  duplicate key value violates unique constraint "participant_member_id_key"'), mk('pg', t, 'regsvc@ats_reg DETAIL:  Key (member_id)=(', P(p.member, 'other_id'), ') already exists.')]
    return [mk('pg', t, "regsvc@ats_reg LOG:  execute <unnamed>: UPDATE emergency_contact SET phone = '", P(p.g.phone, 'phone'), "', updated_by = 'tlindqvist' WHERE member_id = '", P(p.member, 'other_id'), "'")]

def claims_java(ts, phi, p=None):
    t = ts.strftime('%Y-%m-%d %H:%M:%S') + f".{R.randint(0, 999):03d}"
    if not phi:
        return [mk('claims_java', f"{t} INFO  [claims-worker-{R.randint(1, 4)}] o.ats.claims.edi.Poller - SFTP poll sftp.hartwellmutual.example:22 files=0 elapsed={R.randint(100, 2000)}ms")]
    p = p or anyp()
    pc = f"ATS-CL-24-{R.randint(100, 999):05d}"
    k = R.random()
    if k < .5:
        out = [mk('claims_java', f"{t} ERROR [claims-worker-{R.randint(1, 4)}] o.ats.claims.edi.Submitter - 837 rejected for claim ", P(pc, 'account'), ' member=', P(p.cert, 'health_plan')),
               mk('claims_java', 'org.ats.claims.edi.ValidationException: Loop 2010BA DMG02 invalid: subscriber DOB ', P(p.dob.strftime('%Y%m%d'), 'date'), ' inconsistent with member age band Y (11-20)'),
               mk('claims_java', '\tat org.ats.claims.edi.X12Validator.checkDemographics(X12Validator.java:212)'),
               mk('claims_java', '\tat org.ats.claims.edi.X12Validator.validate(X12Validator.java:88)'),
               mk('claims_java', '\tat org.ats.claims.edi.Submitter.submit(Submitter.java:141)'),
               mk('claims_java', '\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)'),
               mk('claims_java', '\t... 4 common frames omitted')]
        return out
    if k < .75:
        return [mk('claims_java', f"{t} INFO  [claims-notify] o.ats.claims.notify.FaxSender - Sending EOB for claim ", P(pc, 'account'), ' to guardian fax ', P('+1-' + p.g.phone, 'fax'), f" via RightFax job {digits(7)}")]
    return [mk('claims_java', f"{t} WARN  [claims-intake] o.ats.claims.intake.FnolService - FNOL received case=", P(f"CASE-{digits(6)}", 'other_id'), ' claimant=', P(f"{p.last}, {p.first}", 'name'),
               ' loss_date=', P((ts.date() - dt.timedelta(days=R.randint(0, 5))).isoformat(), 'date'), ' policy=GRP-ATS-2024-HA no AHMR Part C on file')]

CH = ['health-lodge', 'backcountry-ops', 'registration', 'wl-camp-staff', 'claims']
def chat(ts, phi):
    u = R.choice(STAFF)
    base = {'type': 'post', 'post': {'team': 'cimarron-ridge', 'channel': R.choice(CH), 'user': u[1], 'message': '', 'create_at': epoch_ms(ts), 'props': {}}}
    if not phi:
        base['post']['message'] = R.choice(['Weather: afternoon t-storms after 1300, lightning protocol in effect', 'Who has the key to the AED cabinet at Dan Beard?',
                                            'Sysco truck at gate 2, send someone with the pallet jack', f'Build {R.randint(100, 400)} of the kiosk app is live, ping #it if badges misprint',
                                            'Reminder: HO meeting 1900 at the lodge', f'Ticket INC{digits(7)} opened with Starlink re: Ponil uplink'])
        return [mk('chat', J(base))]
    p = anyp(); c = p.c
    base['post']['message'] = R.choice([T('Heads up: {} ({}) forgot their {} in the lockbox, crew leaves {} at 0600', P(fullname(p), 'name'), c['crew'], p.med.split()[0], R.choice(CAMPS)),
                                        T('{} of {} called again ({}), wants daily updates. Can someone call back?', p.g.rel, P(p.first, 'name'), P(p.g.phone, 'phone')),
                                        T('{} is back from Sangre Valley, cast on R leg, cleared for base camp only until {}', P(fullname(p), 'name'), P(dfmt(dt.date(2024, 7, R.randint(10, 14)), 'us'), 'date')),
                                        T('Claim for {} (member {}) needs the IR number before Hartwell will open it', P(fullname(p), 'name'), P(p.member, 'other_id'))])
    return [mk('chat', J(base))]

def infra(ts, phi):
    t = iso(ts, z=True, ms=False)
    return [mk('infra', R.choice([
        f'time="{t}" level=info msg="Configuration loaded from flags." version=v3.0.4',
        f'{ts:%b %e %H:%M:%S} k8s-node-{R.randint(1, 3)} kubelet[{R.randint(800, 1500)}]: I{ts:%m%d} {ts:%H:%M:%S}.{digits(6)} {R.randint(800, 1500)} kubelet.go:2436] "SyncLoop (PLEG): event for pod" pod="reg/reg-api-6c9f7d5b4-{hexs(5)}" event={{"ID":"{uid()}","Type":"ContainerStarted"}}',
        f'ts={t} level=info component=vector sink=siem_s3 events_sent={R.randint(100, 9000)} bytes={R.randint(10000, 9000000)} duration_ms={R.randint(10, 900)} bucket=ats-siem-archive',
        f'{ts:%b %e %H:%M:%S} bastion sshd[{R.randint(1000, 40000)}]: Accepted publickey for deploy from 10.40.0.{R.randint(2, 200)} port {R.randint(30000, 65000)} ssh2: ED25519 SHA256:{base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode().rstrip("=")}',
        f'ts={t} level=warn component=certbot msg="certificate renewal due" domain=my.ats-highadventure.org days_left={R.randint(5, 29)}',
        f'ts={t} level=info svc=starlink-mon site=Ponil uplink=up latency_ms={R.randint(25, 90)} pop=dnvrcox1 obstruction={R.uniform(0, 3):.2f}%',
        f'{t} 198.51.100.{R.randint(2, 60)} fw01 action=allow proto=tcp src=10.42.{R.randint(0, 3)}.{R.randint(2, 250)} sport={R.randint(30000, 65000)} dst=34.117.{R.randint(0, 255)}.{R.randint(1, 254)} dport=443 bytes={R.randint(100, 90000)}']))]

def bordereau(ts, phi):
    if not phi:
        return [mk('bordereau', R.choice([f"HDR{'ATS-HA-2024':<12}{'HARTWELL MUTUAL':<20}{ts:%Y%m%d}{R.randint(1, 52):04d}V03",
                                            f"TRL{R.randint(50, 900):08d}{R.randint(1000, 99999):012d}"]))]
    p = anyp()
    last, first = fold(p.last).upper()[:20], fold(p.first).upper()[:15]
    eff = dt.date(2024, 7, R.randint(6, 10)); term = eff + dt.timedelta(days=R.choice([6, 11, 12]))
    return [mk('bordereau', 'D', f"{'ATS-HA-2024':<12}", P(p.cert, 'health_plan'), ' ' * (14 - len(p.cert)), P(last, 'name'), ' ' * (20 - len(last)),
               P(first, 'name'), ' ' * (15 - len(first)), P(p.dob.strftime('%Y%m%d'), 'date'), p.sex, P(eff.strftime('%Y%m%d'), 'date'), P(term.strftime('%Y%m%d'), 'date'),
               f"{p.c['crew']:<10}{'Y' if p.kind == 'youth' else 'A'}")]

def lpr_gate(ts, phi):
    head = f"{iso(ts, ms=True)} gatekeeper-lpr "
    cam = R.choice(['MAIN-GATE-1', 'MAIN-GATE-2', 'WL-ENTRY'])
    if not phi:
        k = R.random()
        pl = R.choice(['NM', 'CO', 'TX']) + ' ' + ''.join(R.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3)) + digits(3)
        if k < .5:
            return [mk('lpr_gate', head, KV([('cam', cam), ('plate', pl), ('conf', f"{R.uniform(.8, .99):.2f}"), ('permit', f"S24-{digits(4)}"), ('class', 'STAFF'), ('dir', R.choice(['IN', 'OUT']))]))]
        return [mk('lpr_gate', head, KV([('cam', cam), ('plate', pl), ('conf', f"{R.uniform(.8, .99):.2f}"), ('permit', 'VENDOR'), ('holder', R.choice(['Sysco Albuquerque', 'Waste Management', 'High Country Propane'])), ('dir', 'IN')]))]
    p = R.choice([c['adults'] for c in CREWS])[R.randint(0, 1)] if R.random() < .6 else youth()
    if p.kind == 'youth':
        return [mk('lpr_gate', head, KV([('cam', cam), ('plate', P(p.plate, 'vehicle')), ('conf', f"{R.uniform(.8, .99):.2f}"), ('permit', f"P24-{digits(4)}"), ('class', 'GUARDIAN'),
                                          ('holder', P(p.g.first + ' ' + p.g.last, 'name')), ('pickup_for', P(fullname(p), 'name')), ('dir', 'IN')]))]
    return [mk('lpr_gate', head, KV([('cam', cam), ('plate', P(p.plate, 'vehicle')), ('conf', f"{R.uniform(.8, .99):.2f}"), ('permit', f"P24-{digits(4)}"), ('class', 'PARTICIPANT'),
                                      ('holder', P(fullname(p), 'name')), ('unit', p.c['unit']), ('dir', R.choice(['IN', 'OUT']))]))]

SKUS = [('SAW-SP129', 'Sawyer Squeeze Water Filter', 41.99), ('LTH-WAVE+', 'Leatherman Wave+', 109.95), ('DT-1466', 'Darn Tough Hiker Micro Crew', 24.0),
        ('JW-FLC-M', 'Jack Wolfskin Fleece M', 64.5), ('MH-BEEF', 'Mountain House Beef Stroganoff', 12.49), ('ATS-PATCH-24', 'Cimarron Ridge 2024 Patch', 6.0),
        ('CLIF-CB', 'Clif Bar Chocolate Chip', 2.25), ('BEN-SPF50', 'Banana Boat SPF 50', 11.99)]
def pos(ts, phi):
    sku = R.choice(SKUS)
    base = ['TXN', ts.strftime('%Y-%m-%d %H:%M:%S'), R.choice(['TP-REG1', 'TP-REG2', 'WL-POS1']), f"cashier={R.choice(['sdlamini', 'tp_temp3', 'jbarela'])}", sku[0], sku[1], str(R.randint(1, 3)), f"{sku[2]:.2f}"]
    if not phi:
        return [mk('pos', CSV(base + [R.choice(['CASH', f"VISA ****{digits(4)}", f"MC ****{digits(4)}"]), f"rcpt={digits(8)}"]))]
    p = youth()
    return [mk('pos', CSV(base + ['TPACCT', S('acct=', P(p.tpa, 'account')), S('holder=', P(f"{fold(p.last).upper()}/{fold(p.first).upper()}", 'name')), f"bal={R.uniform(0, 120):.2f}"]))]

# ---------------------------------------------------------- incident stories
def story():
    c = R.choice(CREWS); p = R.choice(c['youth'])
    t = rtime()
    la, lo = lat(), lon()
    ev = {'imei': c['imei'], 'messageCode': 4, 'freeText': T('SOS {} {}. Crew {} need evac', P(fullname(p), 'name'), R.choice(['fall, ankle deformity', 'anaphylaxis epi given']), c['crew']),
          'timeStamp': epoch_ms(t), 'pingbackReceived': 0, 'pingbackResponded': 0, 'addresses': [{'address': 'basecamp-ops@ats-highadventure.org'}],
          'point': {'latitude': PN(la, 'address'), 'longitude': PN(lo, 'address'), 'altitude': 2911.4, 'gpsFix': 2, 'course': 0, 'speed': 0.0}, 'status': {'autonomous': 0, 'lowBattery': 0, 'intervalChange': 0, 'resetDetected': 0}}
    emit(t, mk('sat_gw', J({'Version': '2.0', 'Events': [ev]}, ascii_=True)))
    t2 = t + dt.timedelta(minutes=R.randint(3, 12))
    emit(t2, mk('ho_log', f"{t2:%Y-%m-%d}\t{t2:%H:%M}\t{R.choice(HO)[3]}\tBACKCOUNTRY-RADIO\t",
                T('SOS from crew {} re {}, pos {} {}. Ranger team + UTV dispatched.', c['crew'], P(fullname(p), 'name'), P(la, 'address'), P(lo, 'address'))))
    t3 = t2 + dt.timedelta(minutes=R.randint(30, 120))
    emit(t3, *sms_gw(t3, True, p))
    emit(t3 + dt.timedelta(seconds=20), *postfix(t3 + dt.timedelta(seconds=20), True, p))
    t4 = t3 + dt.timedelta(minutes=R.randint(40, 200))
    emit(t4, *hl7_block(t4, p))
    t5 = t4 + dt.timedelta(minutes=R.randint(30, 300))
    emit(t5, *incident_xml(t5, True, p))
    t6 = t5 + dt.timedelta(hours=R.randint(10, 40))
    emit(t6, x12_837(t6, p))
    emit(t6 + dt.timedelta(minutes=2), *claims_java(t6 + dt.timedelta(minutes=2), True, p))

GENS = [(reg_api, 9, .35), (nginx, 7, .35), (ahmr, 6, .5), (ho_log, 6, .5), (medbox, 6, .4), (sat_gw, 5, .3),
        (incident_xml, 1, 1.0), (sms_gw, 4, .5), (postfix, 4, .3), (roster_csv, 0.8, 1.0), (x12, 1.5, 1.0),
        (hl7, .3, 1.0), (fhir, 4, .7), (pg, 4, .4), (claims_java, 2, .3), (chat, 4, .4), (infra, 13, 0.0),
        (bordereau, 2.5, .7), (lpr_gate, 3, .35), (pos, 4, .3)]

def main():
    for _ in range(6):
        story()
    for fp in FAMILY:  # Family Camp grandparents: AHMR Part A at arrival, one Health Lodge visit
        t = rtime()
        emit(t, *ahmr(t, True, fp))
        t = rtime()
        emit(t, *ho_log(t, True, fp))
    total = sum(len(b[2]) for b in BLOCKS)
    W = [g[1] for g in GENS]
    while total < N_LINES + 40:
        g = R.choices(GENS, weights=W)[0]
        t = rtime()
        lines = g[0](t, R.random() < g[2])
        emit(t, *lines)
        total += len(lines)
    singles = [i for i, b in enumerate(BLOCKS) if len(b[2]) == 1 and b[2][0]['family'] not in ('incident_xml',)]
    R.shuffle(singles)
    drop = set()
    while total > N_LINES:
        i = singles.pop(); drop.add(i); total -= 1
    blocks = sorted((b for i, b in enumerate(BLOCKS) if i not in drop), key=lambda b: (b[0], b[1]))
    lines = [ln for b in blocks for ln in b[2]]
    assert len(lines) == N_LINES, len(lines)
    # ---- verification
    for n, ln in enumerate(lines, 1):
        b = ln['b']
        assert b and b'\n' not in b and b'\r' not in b, n
        b.decode('utf-8')
        prev = 0
        for sp in sorted(ln['spans'], key=lambda s: s['s']):
            s, e = sp['s'], sp['e']
            if not (0 <= s < e <= len(b)):
                raise SystemExit(f"line {n}: bad span {sp}")
            if s < prev:
                raise SystemExit(f"line {n}: overlapping span {sp}")
            prev = e
            got = DEC[sp['_d']](b[s:e].decode('utf-8'))
            if got != sp['_v']:
                raise SystemExit(f"line {n}: span text {got!r} != {sp['_v']!r}")
            if got != got.strip() or not got:
                raise SystemExit(f"line {n}: span has padding {got!r}")
    with open('rx.log', 'wb') as f:
        for ln in lines:
            f.write(ln['b'] + b'\n')
    with open('rx.labels.jsonl', 'w', encoding='utf-8', newline='\n') as f:
        for n, ln in enumerate(lines, 1):
            spans = [{'s': s['s'], 'e': s['e'], 'cat': s['cat']} for s in sorted(ln['spans'], key=lambda s: s['s'])]
            f.write(json.dumps({'line': n, 'family': ln['family'], 'spans': spans}) + '\n')
    nophi = sum(1 for ln in lines if not ln['spans'])
    cats = {}
    for ln in lines:
        for s in ln['spans']:
            cats[s['cat']] = cats.get(s['cat'], 0) + 1
    fams = {}
    for ln in lines:
        fams[ln['family']] = fams.get(ln['family'], 0) + 1
    print(f"lines={len(lines)} no_phi={nophi} ({nophi / len(lines):.1%})", file=sys.stderr)
    print('cats', dict(sorted(cats.items())), file=sys.stderr)
    print('families', dict(sorted(fams.items())), file=sys.stderr)

if __name__ == '__main__':
    main()
