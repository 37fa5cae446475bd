#!/usr/bin/env python3
"""gen_qe.py - synthetic labeled log corpus "qe".

Organisation: Tri-River Hemophilia & Thrombosis Center (TRHTC) and its
specialty pharmacy for clotting factor concentrates (TriRiver Factor
Pharmacy, TRFP), Riverton OH.  One day (2024-03-14, EDT) of logs as they
land in the SIEM / log archive, interleaved by time.

Writes qe.log (500 lines) and qe.labels.jsonl in the current directory.
Standard library only, fixed seed: two runs give byte-identical output.

Systems simulated (family names used in the labels)
  hemolog_api     pino JSON of the "HemoLog" patient phone app backend
                  (infusion/bleed logs, push, login, GS1 vial scans)
  nginx           nginx access log in front of the app API
  courier_webhook JSON webhooks of the cold-chain courier (Frostline)
  temp_logger     CSV of shipment data loggers and pharmacy fridge probes
  rx_pipe         pipe-delimited dispensing export of the pharmacy system
  x12_278         X12 278 prior-authorisation request/response segments
  pa_logfmt       logfmt of the home-grown prior-auth tracker
  hl7v2           HL7 v2.5.1 ORU/ADT from the HTC EHR / coag lab, one
                  segment per line
  fhir_bridge     FHIR R4 bridge (app -> EHR) log lines with JSON bodies
  registry_xml    XML records/batches of the national registry upload
  syslog          RFC3164 syslog (sshd, CRON, postfix, kernel, systemd)
  comm_gw         SMS + IVR gateway (refill reminders, voice refill line)
  crm_notes       CSV export of care-coordinator / nurse CRM notes
  postgres        PostgreSQL server log of the pharmacy DB
  inventory_fw    fixed-width factor stock report (SKU/NDC/lot/expiry)
  fax             fax server job log (PA faxes to payers, vendor orders)
  teams_chat      JSON lines of the staff chat export
  willcall_kv     key=value will-call pickup / travel-assistance log
  payment_json    python-json-logger lines of copay / payment service
  java_trace      Spring (logback) errors + stack traces of the shipping
                  integration, one frame per line

Labeling decisions (grey cases)
  * People served: the patient (person with hemophilia / VWD / acquired
    hemophilia) and relatives, caregivers (parents logging infusions for
    children), household members, emergency contacts -> PHI.
  * Staff (hematologists, RNs, pharmacists, techs, coordinators), payer
    reviewers, courier drivers, vendors, the org and its sites, their
    addresses/phones/faxes/emails, prescriber NPIs -> not PHI.
  * A first name alone of a patient or relative ("Hi Jun,") is a name.
    HL7 "LAST^FIRST^M" and X12 "LAST*FIRST" are one name span each.
  * Identifiers: ids the HTC/EHR/pharmacy assign to the patient (MRN,
    pharmacy patient id PT-, FHIR Patient id) -> mrn.  Ids used by staff
    or the patient to find the patient's record or case: Rx numbers,
    PA case / payer authorisation numbers, registry participant ids, app
    account ids (usr_...), copay programme ids, travel-assistance claim
    ids, voice-refill ids -> other_id.  Machine/transaction ids (message
    control ids, X12 control/trace numbers, order/accession numbers,
    sales-order numbers, carrier tracking numbers, request ids) -> not PHI.
  * Visit numbers and patient billing account numbers, card numbers ->
    account (also Luhn-invalid card junk in a card field).
  * Payer member/subscriber ids, Medicaid ids, MBI -> health_plan.
  * Dates tied to the patient: birth, infusion/bleed onset, lab
    collection, visit/admit, appointment, scheduled delivery/ship date,
    PA validity period, fill date -> date (incl. short forms "3/15",
    "Fri 3/15" only the date part "3/15").  Timestamps of the log record
    itself, courier scan timestamps, batch creation times -> not PHI.
    Birth year alone -> not PHI.
  * Age only when > 89 (one acquired-hemophilia patient is 92).
  * Address: street lines, city of the person's address, county, and
    geocodes (courier proof-of-delivery lat/lon, each number a span).
    Delivery to an alternate address of the patient (school nurse,
    work) is labeled too.  ZIP always its own span.  State not labeled.
  * The patient's phone device: app installation id, push token, paired
    Bluetooth MAC, implanted port serial -> device.  Data-logger serials
    (reusable courier assets), fridge probes, product lots, GS1 vial
    serials (DSCSA package serials identify a vial) -> not PHI.
  * Client IP of a patient's phone in nginx/app logs -> ip; LB, probe,
    monitoring and server IPs -> not PHI.
  * A URL/request path that addresses a patient-specific resource by an
    identifier -> url (the whole path, id not labeled separately).  An
    email in a query string of a generic path -> email (percent-encoded
    bytes as written).
  * Voiceprint template ids of the IVR voice-refill line -> biometric.
    Base64 avatar images (face) -> photo (only the base64 payload).
  * Driver's licence numbers shown at will-call -> license; plates and
    VINs of family cars in travel assistance -> vehicle.
  * Malformed values in patient fields (bad ZIP, junk SSN) are labeled
    with the field's category.
"""
import base64
import datetime as dt
import json
import random
import string
import sys
import urllib.parse
import uuid

R = random.Random(0x9E2024)
N_LINES = 500
START = dt.datetime(2024, 3, 14, 5, 58, 11, 120000)
TODAY = dt.date(2024, 3, 14)


# ---------------------------------------------------------------- builder
class P:
    """A PHI value: raw value, category, optional escaper for output."""
    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.n = 0
        self.spans = []  # (s, e, cat, written, raw, esc)

    def t(self, x):
        x = str(x)
        self.buf.append(x)
        self.n += len(x.encode('utf-8'))
        return self

    def p(self, raw, cat, esc=None):
        raw = str(raw)
        w = esc(raw) if esc else raw
        b = len(w.encode('utf-8'))
        self.spans.append((self.n, self.n + b, cat, w, raw, esc))
        self.buf.append(w)
        self.n += b
        return self

    def w(self, *parts, esc=None):
        """Write a sequence of str / P pieces, each escaped with esc."""
        for x in parts:
            if isinstance(x, P):
                self.p(x.v, x.cat, esc)
            else:
                self.t(esc(str(x)) if esc else x)
        return self

    def text(self):
        return ''.join(self.buf)


def jesc_u(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jesc_a(s):
    return json.dumps(s, ensure_ascii=True)[1:-1]


class S:
    """A JSON string value made of several pieces (str / P)."""
    def __init__(self, *parts):
        self.parts = parts


def jw(L, o, ascii_=False, sep=(',', ':')):
    esc = jesc_a if ascii_ else jesc_u
    if isinstance(o, dict):
        L.t('{')
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(sep[0])
            L.t('"' + esc(k) + '"' + sep[1])
            jw(L, v, ascii_, sep)
        L.t('}')
    elif isinstance(o, list):
        L.t('[')
        for i, v in enumerate(o):
            if i:
                L.t(sep[0])
            jw(L, v, ascii_, sep)
        L.t(']')
    elif isinstance(o, P):
        if isinstance(o.v, str):
            L.t('"')
            L.p(o.v, o.cat, esc)
            L.t('"')
        else:
            L.p(json.dumps(o.v), o.cat)
    elif isinstance(o, S):
        L.t('"')
        L.w(*o.parts, esc=esc)
        L.t('"')
    else:
        L.t(json.dumps(o, ensure_ascii=ascii_))
    return L


def csvq(s):
    return s.replace('"', '""')


def lfq(s):
    return s.replace('\\', '\\\\').replace('"', '\\"')


def xmlq(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;'))


def pct(s):
    return urllib.parse.quote(s, safe='')


# ---------------------------------------------------------------- numbers
def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def card(prefix, length=16, valid=True):
    body = prefix + ''.join(R.choice(string.digits) for _ in range(length - len(prefix) - 1))
    c = luhn_digit(body)
    if not valid:
        c = str((int(c) + R.randint(1, 9)) % 10)
    return body + c


def npi():
    body = str(R.randint(1, 2)) + ''.join(R.choice(string.digits) for _ in range(8))
    return body + luhn_digit('80840' + body)


def ssn(valid=True):
    if not valid:
        return R.choice(['000-%02d-%04d' % (R.randint(1, 99), R.randint(1, 9999)),
                         '666-%02d-%04d' % (R.randint(1, 99), R.randint(1, 9999)),
                         '123-45-678'])
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return '%03d-%02d-%04d' % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_A = 'ACDEFGHJKMNPQRTUVWXY'
MBI_AN = MBI_A + '0123456789'


def mbi():
    d = string.digits
    return (R.choice('123456789') + R.choice(MBI_A) + R.choice(MBI_AN) + R.choice(d) +
            R.choice(MBI_A) + R.choice(MBI_AN) + R.choice(d) + R.choice(MBI_A) +
            R.choice(MBI_A) + R.choice(d) + R.choice(d))


VIN_T = dict(zip('ABCDEFGHJKLMNPRSTUVWXYZ',
                 [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
    v = [R.choice(['1', '2', '3', '5', 'J', 'K'])] + [R.choice(al) for _ in range(16)]
    v[9] = R.choice('LMNPR')  # model year 2020-2024
    tot = 0
    for i, ch in enumerate(v):
        val = int(ch) if ch.isdigit() else VIN_T[ch]
        tot += val * VIN_W[i]
    r = tot % 11
    v[8] = 'X' if r == 10 else str(r)
    return ''.join(v)


def rid(n, al=string.ascii_letters + string.digits):
    return ''.join(R.choice(al) for _ in range(n))


def hexid(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def pub_ip():
    return '%d.%d.%d.%d' % (R.choice([73, 74, 76, 98, 99, 107, 108, 172, 174, 24, 65, 70]),
                            R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def phone_parts():
    return (R.choice(['937', '740', '513', '614', '859', '606', '304', '765', '419']),
            str(R.randint(201, 989)), '%04d' % R.randint(0, 9999))


# ---------------------------------------------------------------- people
MALE = ['Jun', 'Mateo', 'Dario', 'Kwame', 'Aarav', 'Tobias', 'Hunter', 'Mason', 'Rhys',
        'Ezekiel', 'Oluwaseun', 'Bao', 'Ignacio', 'Finn', 'Chase', 'Royal', 'Bishop',
        'José', 'Søren', 'Elijah', 'Caleb', 'Yusuf', 'Wyatt', 'Amir', 'Colt', 'Nikolai',
        'Brooks', 'Dashiell', 'Thanh', 'Malik', 'Eamon', 'Gideon']
FEMALE = ['Leticia', 'Faith', 'Hope', 'Rose', 'Amara', 'Priya', 'Siobhan', 'Mei', 'Ngozi',
          'Dolores', 'Summer', 'Autumn', 'June', 'Paz', 'Zoë', 'Chloé', 'Ayako', 'Brandi',
          'Marisol', 'Tamsin', 'Fatima', 'Kateryna', 'Ivy', 'Grace']
LAST = ['Nakamura-Ellis', 'Ferreira-Santos', "O'Brien", 'de la Cruz', 'Van der Berg',
        'Okonkwo', 'Baker', 'Stone', 'Marsh', 'Bell', 'Fox', 'Hill', 'Rivers', 'Kowalczyk',
        'Abdi', 'Haddad', 'Nguyễn', 'Castellanos', 'Whitehorse', 'Lindqvist', 'Mbeki-Hart',
        'Sandoval', 'Patel', 'Novak', 'Brook', 'Winter', 'Church', 'Little', 'Young',
        'Strong', 'Mercer-Oyelaran', 'St. Clair', 'MacAulay', 'Hunter', 'Bright']
MIDS = ['', '', '', 'A', 'J', 'K', 'R', 'Lee', 'María', 'T']
CITIES = [('Hillsboro', 'OH', '45133', 'Highland'), ('Chillicothe', 'OH', '45601', 'Ross'),
          ('Portsmouth', 'OH', '45662', 'Scioto'), ('Ashland', 'KY', '41101', 'Boyd'),
          ('Maysville', 'KY', '41056', 'Mason'), ('Huntington', 'WV', '25701', 'Cabell'),
          ('Parkersburg', 'WV', '26101', 'Wood'), ('Lancaster', 'OH', '43130', 'Fairfield'),
          ('Zanesville', 'OH', '43701', 'Muskingum'), ('Marietta', 'OH', '45750', 'Washington'),
          ('Richmond', 'IN', '47374', 'Wayne'), ('Springfield', 'OH', '45502', 'Clark'),
          ('Athens', 'OH', '45701', 'Athens'), ('Gallipolis', 'OH', '45631', 'Gallia'),
          ('Morehead', 'KY', '40351', 'Rowan'), ('West Union', 'OH', '45693', 'Adams')]
STREETS = ['Willow Bend Rd', 'Oak St', 'County Rd 12', 'Sycamore Ln', 'Pleasant Valley Dr',
           'Mill Creek Pike', 'E 5th Ave', 'Shawnee Trl', 'Railroad St', 'Hickory Ridge Ct',
           'State Route 73', 'Cherry Blossom Way', 'N Paint St', 'Bluegrass Pkwy',
           'Old Stage Rd', 'Poplar Grove Ln']
UNITS = ['', '', '', '', ' Apt 4B', ' Unit 2', ' Lot 14', ' Apt 311']

STAFF = [('Imani', 'Okafor', 'MD', 'iokafor'), ('Ravi', 'Venkataraman', 'MD', 'rvenkataraman'),
         ('Katrin', 'Abernathy', 'RN', 'kabernathy'), ('Luis', 'Ibarra', 'RN', 'libarra'),
         ('Teresa', 'McDaniel', 'CPhT', 'tmcdaniel'), ('Owen', 'Strickland', 'PharmD', 'ostrickland'),
         ('Hana', 'Petrović', 'PharmD', 'hpetrovic'), ('Deshawn', 'Pruitt', 'LSW', 'dpruitt'),
         ('Marguerite', 'Ellsworth', 'PT', 'mellsworth'), ('Beatriz', 'Quintanilla', 'RN', 'bquintanilla')]
STAFF_NPI = {s[3]: npi() for s in STAFF}

PRODUCTS = [('ADVATE', 'FVIII', [1000, 1500, 2000, 3000]), ('ELOCTATE', 'FVIII', [2000, 3000, 4000]),
            ('ALTUVIIIO', 'FVIII', [2000, 3000, 4000]), ('JIVI', 'FVIII', [1000, 2000, 3000]),
            ('KOVALTRY', 'FVIII', [1000, 2000]), ('NUWIQ', 'FVIII', [1000, 2000, 2500]),
            ('ALPROLIX', 'FIX', [2000, 3000, 4000]), ('IDELVION', 'FIX', [1000, 2000, 3500]),
            ('REBINYN', 'FIX', [1000, 2000, 3000]), ('BENEFIX', 'FIX', [2000, 3000]),
            ('OBIZUR', 'FVIII-porcine', [500])]
PROD_NDC = {p[0]: '%05d-%04d' % (R.randint(10000, 79999), R.randint(1000, 9999)) for p in PRODUCTS}
LOTS = {p[0]: [R.choice(['TAB', 'K', '2P', 'L', 'XD']) + '%04d' % R.randint(100, 9999) +
               R.choice(['', 'A', 'X', 'B']) for _ in range(3)] for p in PRODUCTS}
PAYERS = [('Blue Meridian Health Plan', 'BLUMERID', 'XJH'), ('Ohio Medicaid - CareSource', 'OHMCD', ''),
          ('Medicare Part B', 'CMS', 'MBI'), ('Aetna Better Health KY', 'AETKY', 'W'),
          ('UnitedHealthcare', 'UHC', ''), ('WV Medicaid - Unicare', 'WVMCD', '')]


def rdate(y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(R.randint(a, b))


class Pt:
    pass


def mk_patient(i):
    p = Pt()
    p.sex = 'M' if R.random() < 0.82 else 'F'
    p.first = R.choice(MALE if p.sex == 'M' else FEMALE)
    p.mid = R.choice(MIDS)
    p.last = R.choice(LAST)
    if i == 7:  # acquired hemophilia A, elderly
        p.dob = dt.date(1931, 9, 2)
        p.first, p.last, p.sex, p.mid = 'Dolores', 'Whitcombe-Vance', 'F', 'R'
    elif R.random() < 0.55:
        p.dob = rdate(2006, 2021)
    else:
        p.dob = rdate(1950, 2005)
    p.age = (TODAY - p.dob).days // 365
    while p.first == p.last:
        p.last = R.choice(LAST)
    p.mrn = 'TR%07d' % R.randint(10000, 999999)
    p.ptid = 'PT-%06d' % R.randint(100000, 199999)
    p.uid = 'usr_' + rid(16)
    p.dev = str(uuid.UUID(int=R.getrandbits(128), version=4)).upper()
    p.push = rid(11, string.ascii_letters + string.digits + '-_') + ':APA91b' + rid(40, string.ascii_letters + string.digits + '-_')
    p.mac = ':'.join('%02X' % R.randint(0, 255) for _ in range(6))
    p.phone = phone_parts()
    p.email = (R.choice([p.first.lower().replace('é', 'e').replace('ë', 'e').replace('ø', 'o'), p.first[0].lower()]) +
               R.choice(['.', '_', '']) + p.last.lower().replace(' ', '').replace("'", '').replace('.', '').replace('ễ', 'e') +
               R.choice(['', '09', '84', '2011', '77']) + '@' +
               R.choice(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'frontier.com']))
    c = R.choice(CITIES)
    p.city, p.state, p.zip, p.county = c
    p.street = '%d %s%s' % (R.randint(3, 9899), R.choice(STREETS), R.choice(UNITS))
    pay = R.choice(PAYERS) if p.age < 65 else PAYERS[2]
    p.payer, p.payer_id, pre = pay
    if pre == 'MBI':
        p.member = mbi()
    elif pre:
        p.member = pre + '%09d' % R.randint(0, 999999999)
    else:
        p.member = '%010d' % R.randint(10 ** 9, 10 ** 10 - 1) if 'Medicaid' in p.payer else '9%08d' % R.randint(0, 10 ** 8)
    prod = R.choice(PRODUCTS[:10]) if i != 7 else PRODUCTS[10]
    p.prod, p.factor, strengths = prod
    p.dose = R.choice(strengths)
    p.rx = ['%07d' % R.randint(6000000, 6999999) for _ in range(2)]
    p.reg = 'NHRR-05-%06d' % R.randint(1, 4999)
    p.acct = '4%08d' % R.randint(0, 10 ** 8)
    p.ip = pub_ip()
    p.cg = None
    if p.age < 18:
        rel = R.choice(['Mother', 'Mother', 'Father', 'Grandmother'])
        first = R.choice(FEMALE if rel != 'Father' else MALE)
        last = p.last if R.random() < 0.7 else R.choice(LAST)
        p.cg = (first, last, rel, phone_parts())
    p.dl = R.choice(['S', 'T', 'R', 'P']) + R.choice('ABCDEFGHJKLMNPRST') + '%06d' % R.randint(0, 999999) \
        if p.state == 'OH' else R.choice('ABCDEFGH') + '%08d' % R.randint(0, 10 ** 8)
    p.plate = R.choice(['%s%s%s %04d', '%s%s%s-%04d']) % (R.choice('ABCDEFGHJKLMNPRSTUVWXYZ'), R.choice('ABCDEFGHJKLMNPRSTUVWXYZ'),
                                                          R.choice('ABCDEFGHJKLMNPRSTUVWXYZ'), R.randint(0, 9999))
    p.vin = vin()
    p.ssn = ssn()
    p.weight = round(R.uniform(18, 95), 1)
    p.port = 'PAC%08d' % R.randint(0, 10 ** 8) if p.age < 10 else None
    return p


PTS = [mk_patient(i) for i in range(38)]


def name_fl(p, mid=False):
    return p.first + (' ' + p.mid if mid and p.mid else '') + ' ' + p.last


def name_lf(p):
    return p.last + ', ' + p.first


def hl7_name(p):
    return '%s^%s' % (p.last.upper(), p.first.upper()) + ('^' + p.mid.upper() if p.mid else '')


def ph_fmt(ph, style):
    a, b, c = ph
    return {0: '(%s) %s-%s' % ph, 1: '%s-%s-%s' % ph, 2: '+1%s%s%s' % ph, 3: '%s.%s.%s' % ph,
            4: '(%s)%s-%s' % ph, 5: '%s%s%s' % ph}[style]


# ---------------------------------------------------------------- clock
now = START


def tick(mean=78):
    global now
    now += dt.timedelta(seconds=R.expovariate(1.0 / mean), microseconds=R.randint(0, 999999))


def utc(t=None):
    return (t or now) + dt.timedelta(hours=4)


def iso_z(t=None, ms=3):
    u = utc(t)
    s = u.strftime('%Y-%m-%dT%H:%M:%S')
    if ms == 3:
        s += '.%03d' % (u.microsecond // 1000)
    elif ms == 6:
        s += '.%06d' % u.microsecond
    return s + 'Z'


def iso_local(t=None):
    t = t or now
    return t.strftime('%Y-%m-%dT%H:%M:%S') + '.%03d-04:00' % (t.microsecond // 1000)


def epoch_ms(t=None):
    u = utc(t)
    return int((u - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


def sysl(t=None):
    t = t or now
    return t.strftime('%b %d %H:%M:%S').replace(' 0', '  ', 1) if t.day < 10 else t.strftime('%b %d %H:%M:%S')


def clf(t=None):
    return (t or now).strftime('%d/%b/%Y:%H:%M:%S -0400')


def past(hours_max=60, hours_min=1):
    return now - dt.timedelta(minutes=R.randint(hours_min * 60, hours_max * 60))


def future_date(d0=1, d1=10):
    return TODAY + dt.timedelta(days=R.randint(d0, d1))


def pick_pt():
    return R.choice(PTS)


def staff():
    return R.choice(STAFF)


# ================================================================ systems
API_PODS = ['hemolog-api-7c9f8d6b5-x2k4q', 'hemolog-api-7c9f8d6b5-m8wzt', 'hemolog-api-7c9f8d6b5-qq71c']
APP_VERS = ['4.12.1 (4121)', '4.12.0 (4118)', '4.11.7 (4097)']


def g_hemolog(phi):
    L = Line('hemolog_api')
    base = {'level': 30, 'time': epoch_ms(), 'pid': R.choice([17, 18, 23]), 'hostname': R.choice(API_PODS),
            'reqId': 'req-' + rid(6, string.ascii_lowercase + string.digits)}
    if not phi:
        k = R.randrange(6)
        if k == 0:
            base.update({'res': {'statusCode': R.choice([200, 200, 204, 304])}, 'responseTime': round(R.uniform(3, 180), 1),
                         'msg': 'request completed'})
        elif k == 1:
            base.update({'msg': 'sync batch processed', 'batch': {'id': ruuid(), 'records': R.randint(1, 40), 'dupes': R.randint(0, 2)},
                         'durationMs': R.randint(20, 900)})
        elif k == 2:
            base.update({'level': 40, 'msg': 'rate limit near threshold', 'route': '/api/v2/infusions', 'remaining': R.randint(3, 25)})
        elif k == 3:
            base.update({'msg': 'feature flags refreshed', 'flags': {'gs1Scan': True, 'bleedPhotos': False, 'emicizumabTracker': True},
                         'etag': 'W/"' + hexid(16) + '"'})
        elif k == 4:
            prod = R.choice(PRODUCTS)[0]
            base.update({'msg': 'gs1.scan.parsed', 'gtin': '0' + PROD_NDC[prod].replace('-', '') + '%03d' % R.randint(0, 999),
                         'lot': R.choice(LOTS[prod]), 'exp': '2026-%02d-28' % R.randint(1, 12), 'serial': rid(10, string.ascii_uppercase + string.digits),
                         'product': prod})
        else:
            base.update({'level': 50, 'msg': 'upstream timeout', 'upstream': 'fhir-bridge.trhtc.internal:8443',
                         'err': {'type': 'TimeoutError', 'message': 'socket hang up after 30000ms'}})
        return [jw(L, base)]
    p = pick_pt()
    k = R.randrange(6)
    if k in (0, 1):
        when = past(40)
        ev = {'product': p.prod, 'doseIU': p.dose * R.choice([1, 1, 2]), 'lot': R.choice(LOTS[p.prod]),
              'infusedAt': P(when.strftime('%Y-%m-%dT%H:%M:00-04:00'), 'date'),
              'reason': 'prophylaxis' if k == 0 else 'bleed'}
        if k == 1:
            ev['bleedSite'] = R.choice(['L ankle', 'R knee', 'R elbow', 'L hip', 'mouth', 'nose', 'muscle:L calf'])
            ev['cause'] = R.choice(['spontaneous', 'traumatic', 'unknown'])
        base.update({'msg': 'infusion.logged', 'userId': P(p.uid, 'other_id'), 'deviceId': P(p.dev, 'device'), 'event': ev,
                     'appVersion': R.choice(APP_VERS)})
        if p.cg:
            base['loggedBy'] = {'role': 'caregiver', 'displayName': P(p.cg[0] + ' ' + p.cg[1], 'name')}
    elif k == 2:
        base.update({'msg': 'push.sent', 'userId': P(p.uid, 'other_id'), 'fcmToken': P(p.push, 'device'),
                     'template': R.choice(['refill_due', 'log_reminder', 'shipment_out'])})
    elif k == 3:
        base.update({'msg': 'auth.login', 'userId': P(p.uid, 'other_id'), 'ip': P(p.ip, 'ip'),
                     'method': R.choice(['password', 'biometric', 'magic_link']), 'mfa': True})
    elif k == 4:
        b64 = base64.b64encode(b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01' + bytes(R.getrandbits(8) for _ in range(90))).decode()
        base.update({'msg': 'profile.updated', 'userId': P(p.uid, 'other_id'), 'fields': ['avatar', 'weightKg'],
                     'weightKg': p.weight, 'avatar': S('data:image/jpeg;base64,', P(b64, 'photo'))})
    else:
        base.update({'msg': 'ble.paired', 'userId': P(p.uid, 'other_id'), 'peripheral': {'kind': 'activity_tracker', 'mac': P(p.mac, 'device'),
                                                                                       'fw': '2.3.%d' % R.randint(0, 9)}})
    return [jw(L, base)]


def g_nginx(phi):
    L = Line('nginx')
    ua_app = 'HemoLog/%s CFNetwork/1494.0.7 Darwin/23.4.0' % R.choice(APP_VERS).split()[0] if R.random() < .5 else \
        'okhttp/4.12.0 HemoLog-Android/%s' % R.choice(APP_VERS).split()[0]
    tail = ' rt=%.3f uct=0.000 uht=%.3f upstream=10.20.3.%d:8080' % (R.uniform(.002, .4), R.uniform(.001, .3), R.randint(10, 40))
    if not phi:
        k = R.randrange(3)
        if k == 0:
            L.t('10.20.0.%d - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28"%s' % (R.randint(2, 9), clf(), tail))
        elif k == 1:
            L.t('52.14.%d.%d - - [%s] "HEAD /api/v2/status HTTP/1.1" 200 0 "-" "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)"%s'
                % (R.randint(0, 255), R.randint(1, 254), clf(), tail))
        else:
            L.t('10.20.0.%d - - [%s] "GET /static/js/main.%s.js HTTP/1.1" 200 %d "https://app.tririverhtc.org/" "Mozilla/5.0"%s'
                % (R.randint(2, 9), clf(), hexid(8), R.randint(90000, 400000), tail))
        return [L]
    p = pick_pt()
    L.p(p.ip, 'ip').t(' - - [%s] "' % clf())
    k = R.randrange(4)
    if k == 0:
        L.t('GET ').p('/api/v2/patients/%s/infusions?since=2024-03-01&limit=50' % p.mrn, 'url').t(' HTTP/2.0" 200 %d "-" "%s"' % (R.randint(300, 9000), ua_app))
    elif k == 1:
        L.t('POST /api/v2/me/infusions HTTP/2.0" 201 %d "-" "%s"' % (R.randint(80, 400), ua_app))
    elif k == 2:
        L.t('GET /api/v2/auth/reset?email=').p(p.email, 'email', pct).t('&src=ios HTTP/2.0" 202 18 "-" "%s"' % ua_app)
    else:
        L.t('GET ').p('/api/v2/users/%s/regimen' % p.uid, 'url').t(' HTTP/2.0" 304 0 "-" "%s"' % ua_app)
    L.t(tail)
    return [L]


COURIER_HUBS = ['COLUMBUS HUB OH', 'CINCINNATI GATEWAY OH', 'LEXINGTON KY', 'CHARLESTON WV']
TRACKS = ['FL77%08dUS' % R.randint(0, 10 ** 8) for _ in range(30)]
LOGGERS = ['TT4-%08d' % R.randint(0, 10 ** 8) for _ in range(12)]
SHIPPER = {'name': 'TriRiver Factor Pharmacy', 'addr': '4100 Lakeshore Medical Pkwy Ste 300', 'city': 'Riverton',
           'state': 'OH', 'zip': '45402', 'phone': '937-555-0100'}


def g_courier(phi):
    L = Line('courier_webhook')
    trk = R.choice(TRACKS)
    o = {'event': 'shipment.status', 'carrier': 'FRSTL', 'tracking': trk, 'ts': iso_z(ms=0)}
    if not phi:
        o.update({'status': R.choice(['IN_TRANSIT', 'ARRIVED_AT_HUB', 'DEPARTED_HUB', 'LABEL_CREATED']),
                  'location': R.choice(COURIER_HUBS), 'shipper': SHIPPER,
                  'logger': {'sn': R.choice(LOGGERS), 'maxC': round(R.uniform(5, 7.9), 1), 'minC': round(R.uniform(2.1, 4), 1),
                             'excursion': False}, 'service': 'COLD_2_8C_PRIORITY'})
        return [jw(L, o, sep=(', ', ': '))]
    p = pick_pt()
    k = R.randrange(3)
    if k == 0:
        o.update({'status': 'OUT_FOR_DELIVERY', 'eta': R.choice(['before 17:00', 'before 20:00', '%02d:00-%02d:00' % ((now.hour + 1) % 24, (now.hour + 3) % 24)]),
                  'consignee': {'name': P(name_fl(p).upper(), 'name'), 'addr1': P(p.street, 'address'), 'city': P(p.city, 'address'),
                                'state': p.state, 'zip': P(p.zip, 'zip'), 'phone': P(ph_fmt(p.phone, 1), 'phone')},
                  'logger': {'sn': R.choice(LOGGERS), 'excursion': False}})
    elif k == 1:
        o.update({'status': 'DELIVERED', 'pod': {'signedBy': P((p.cg[0] if p.cg else p.first)[0].upper() + '. ' + (p.cg[1] if p.cg else p.last).upper(), 'name'),
                                                  'lat': P(round(R.uniform(37.9, 40.2), 5), 'address'),
                                                  'lon': P(round(R.uniform(-84.8, -81.5), 5), 'address'),
                                                  'leftAt': R.choice(['FRONT_DOOR', 'HANDED_TO_RECIPIENT', 'SIDE_PORCH'])},
                  'driver': {'id': 'D%04d' % R.randint(100, 9999), 'name': R.choice(['Curtis Pham', 'Renee Albright', 'Tyrone Beck'])},
                  'logger': {'sn': R.choice(LOGGERS), 'maxC': round(R.uniform(4, 7.8), 1), 'excursion': False}})
    else:
        alt = ('Hillcrest Elementary, Attn School Nurse, 220 Maple Ave', 'school') if p.age < 18 else \
            R.choice([('c/o Dollar General DC, 1 Distribution Dr', 'work'), ('c/o Marietta Memorial Hosp, Dock 3, 401 Matthew St', 'work')])
        o.update({'status': 'ADDRESS_CHANGE_REQUESTED', 'requestedBy': 'shipper',
                  'consignee': {'name': P(name_fl(p), 'name'), 'addr1': P(alt[0], 'address'), 'city': P(p.city, 'address'), 'state': p.state,
                                'zip': P(p.zip, 'zip')}, 'reason': 'patient at ' + alt[1] + ' on delivery day',
                  'deliverOn': P(future_date(1, 3).isoformat(), 'date')})
    return [jw(L, o, sep=(', ', ': '))]


def g_temp(phi):
    L = Line('temp_logger')
    if R.random() < .5:
        L.t('%s,%s,%.1f,%s,%d,shipment=%s' % (R.choice(LOGGERS), iso_z(ms=0), R.uniform(2.5, 7.6), R.choice(['OK', 'OK', 'OK', 'HIGH_WARN']),
                                               R.randint(40, 99), R.choice(TRACKS)))
    else:
        L.t('FRIDGE-%02d;%s;%.2f C;door=%s;probe=GLYCOL;batt=%d%%;site=TRFP-Riverton' % (R.randint(1, 6), now.strftime('%m/%d/%Y %H:%M'),
                                                                                   R.uniform(3.1, 6.2), R.choice(['closed', 'closed', 'open']), R.randint(60, 100)))
    return [L]


def g_rx(phi):
    L = Line('rx_pipe')
    if not phi:
        L.t('BATCHHDR|TRFP|%s|seq=%04d|rows=%d|sys=PioneerRx-export v%s' % (now.strftime('%Y%m%d%H%M'), R.randint(1, 400), R.randint(5, 60),
                                                                          R.choice(['2024.2.1', '2024.2.3'])))
        return [L]
    p = pick_pt()
    s = staff()
    fill = now.date() - dt.timedelta(days=R.randint(0, 2))
    shipd = fill + dt.timedelta(days=R.randint(0, 2))
    L.t('DISP|').p('RX' + p.rx[0], 'other_id').t('|%02d|' % R.randint(0, 11)).p(p.ptid, 'mrn').t('|')
    L.p(p.last.upper() + '^' + p.first.upper(), 'name').t('|').p(p.dob.strftime('%Y%m%d'), 'date').t('|')
    L.t('%s-%02d|%s %dIU|%s|%s|%d|%d|%s|' % (PROD_NDC[p.prod], R.randint(1, 5), p.prod, p.dose, R.choice(LOTS[p.prod]),
                                          '2026%02d28' % R.randint(1, 12), R.randint(4, 16), p.dose * R.randint(4, 16), STAFF_NPI['iokafor']))
    L.p(fill.strftime('%Y%m%d'), 'date').t('|').p(shipd.strftime('%Y%m%d'), 'date').t('|%s|%s' % (R.choice(['CL', 'CL', 'WC']), s[3]))
    return [L]


ISA_N = [4410]


def g_x12(phi):
    ISA_N[0] += 1
    n = ISA_N[0]
    p = pick_pt()
    while p.payer_id == 'CMS':
        p = pick_pt()
    d = now.strftime('%Y%m%d')
    hm = now.strftime('%H%M')
    lines = []

    def seg(txt=None):
        L = Line('x12_278')
        if txt:
            L.t(txt)
        lines.append(L)
        return L
    resp = R.random() < 0.4
    sender, recv = ('TRIRIVERFP', p.payer_id) if not resp else (p.payer_id, 'TRIRIVERFP')
    seg('ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%09d*0*P*:~' % (sender, recv, d[2:], hm, n))
    seg('GS*HI*%s*%s*%s*%s*%d*X*005010X217~' % (sender, recv, d, hm, n))
    seg('ST*278*0001*005010X217~')
    seg('BHT*0007*%s*PA%s%05d*%s*%s~' % ('11' if resp else '13', d, R.randint(0, 99999), d, hm))
    seg('NM1*X3*2*%s*****PI*%05d~' % (p.payer.upper(), R.randint(10000, 99999)))
    seg('NM1*1P*2*TRIRIVER FACTOR PHARMACY*****XX*%s~' % STAFF_NPI['ostrickland'])
    seg().t('NM1*IL*1*').p(p.last.upper() + '*' + p.first.upper(), 'name').t('****MI*').p(p.member, 'health_plan').t('~')
    seg().t('DMG*D8*').p(p.dob.strftime('%Y%m%d'), 'date').t('*%s~' % p.sex)
    a = future_date(1, 3)
    b = a + dt.timedelta(days=182)
    if resp:
        seg().t('HCR*A1*').p('AUTH%s%04d' % (d[2:], R.randint(0, 9999)), 'other_id').t('~')
        seg().t('DTP*AAH*RD8*').p(a.strftime('%Y%m%d'), 'date').t('-').p(b.strftime('%Y%m%d'), 'date').t('~')
    else:
        seg('UM*HS*I*2*12:B~')
        seg().t('DTP*472*RD8*').p(a.strftime('%Y%m%d'), 'date').t('-').p(b.strftime('%Y%m%d'), 'date').t('~')
        seg('HI*ABK:%s~' % ('D66' if p.factor.startswith('FVIII') else 'D67'))
        seg('SV1*HC:%s*%d*UN*%d***1~' % ('J7204' if p.prod == 'ELOCTATE' else 'J7192', p.dose * 24, p.dose * 24))
    seg('SE*%d*0001~' % (len(lines) - 1))
    return lines


def g_pa(phi):
    L = Line('pa_logfmt')
    L.t('ts=%s level=%s svc=pa-tracker ' % (iso_z(), 'info'))
    if not phi:
        k = R.randrange(2)
        if k == 0:
            L.t('msg="payer portal poll complete" portal=%s pending=%d approved=%d denied=%d took=%.2fs' %
                (R.choice(['covermymeds', 'availity', 'navinet']), R.randint(5, 40), R.randint(0, 8), R.randint(0, 3), R.uniform(.5, 9)))
        else:
            L.t('msg="renewal sweep scheduled" window_days=30 due=%d job_id=%s' % (R.randint(3, 30), ruuid()))
        return [L]
    p = pick_pt()
    case = 'PA-2024-%07d' % R.randint(0, 10 ** 7)
    st = R.choice(['approved', 'pended', 'denied', 'submitted'])
    L.t('msg="determination received" case=').p(case, 'other_id').t(' payer="%s" member=' % p.payer).p(p.member, 'health_plan')
    L.t(' pt="').p(name_lf(p), 'name', lfq).t('" drug=%s strength=%dIU status=%s' % (p.prod, p.dose, st))
    if st == 'approved':
        a = future_date(1, 5)
        L.t(' valid_from=').p(a.isoformat(), 'date').t(' valid_to=').p((a + dt.timedelta(days=364)).isoformat(), 'date')
        L.t(' qty_limit="%d IU/28d"' % (p.dose * R.randint(8, 16)))
    elif st == 'denied':
        L.t(' reason="step therapy: trial of preferred agent required" appeal_due=').p(future_date(20, 40).isoformat(), 'date')
    else:
        L.t(' assignee=%s' % staff()[3])
    return [L]


HL7_N = [88100]


def g_hl7(phi):
    HL7_N[0] += 1
    p = pick_pt()
    lines = []

    def seg(txt=None):
        L = Line('hl7v2')
        if txt:
            L.t(txt)
        lines.append(L)
        return L
    adt = R.random() < 0.35
    ts = now.strftime('%Y%m%d%H%M%S')
    seg('MSH|^~\\&|EPIC|TRHTC|%s|%s|%s||%s|MSG%08d|P|2.5.1' % ('SUNQUEST' if not adt else 'TRFP_RX', 'TRHTC_LAB' if not adt else 'TRFP', ts,
                                                             'ORU^R01^ORU_R01' if not adt else 'ADT^A08^ADT_A01', HL7_N[0]))
    if adt:
        seg('EVN|A08|%s|||%s^%s^%s' % (ts, staff()[3].upper(), 'EPIC', 'USR'))
    L = seg().t('PID|1||').p(p.mrn, 'mrn').t('^^^TRHTC^MR~').p(p.ptid, 'mrn').t('^^^TRFP^PI||').p(hl7_name(p), 'name').t('||')
    L.p(p.dob.strftime('%Y%m%d'), 'date').t('|%s|||' % p.sex)
    L.p(p.street, 'address').t('^^').p(p.city, 'address').t('^%s^' % p.state).p(p.zip, 'zip').t('^USA^H^^').p(p.county.upper(), 'address').t('||')
    L.p(ph_fmt(p.phone, 4), 'phone').t('^PRN^PH^^1^').p(p.phone[0] + '^' + p.phone[1] + p.phone[2], 'phone')
    if adt and R.random() < .5:
        L.t('~^NET^Internet^').p(p.email, 'email')
    L.t('|')
    if p.age >= 18 and R.random() < .35:
        L.p(ph_fmt(phone_parts(), 4), 'fax').t('^WPN^FX')
    L.t('|%s|||' % R.choice(['ENG', 'SPA', 'ENG'])).p(p.acct, 'account').t('|')
    if adt:
        L.p(p.ssn, 'ssn')
    L.t('|')
    if p.cg and R.random() < .8:
        L = seg().t('NK1|1|').p('%s^%s' % (p.cg[1].upper(), p.cg[0].upper()), 'name').t('|%s^%s^HL70063||' % (
            {'Mother': 'MTH', 'Father': 'FTH', 'Grandmother': 'GRM'}[p.cg[2]], p.cg[2]))
        L.p(ph_fmt(p.cg[3], 4), 'phone').t('^PRN^PH|||EC^Emergency Contact^HL70131')
    s = R.choice(STAFF[:2])
    L = seg().t('PV1|1|O|HTC^INF^01^TRHTC||||%s^%s^%s^^^^MD|||HEM||||1|||%s^%s^%s^^^^MD|OP|' % (
        STAFF_NPI[s[3]], s[1].upper(), s[0].upper(), STAFF_NPI[s[3]], s[1].upper(), s[0].upper()))
    L.p('V%07d' % R.randint(0, 10 ** 7), 'account').t('^^^TRHTC^VN|||||||||||||||||||||||||')
    L.p((now - dt.timedelta(minutes=R.randint(20, 200))).strftime('%Y%m%d%H%M'), 'date')
    if adt:
        if p.port:
            seg().t('DG1|1||D66^Hereditary factor VIII deficiency^I10||%s|F' % TODAY.strftime('%Y%m%d')[:4])
            L = seg().t('PRB|AD|%s|Z95.828^Presence of other vascular implants^I10|1||||' % now.strftime('%Y%m%d'))
            L.t('|||||||||||Port-A-Cath SN ').p(p.port, 'device')
        return lines
    ordn = 'ORD%06d' % R.randint(0, 10 ** 6)
    acc = 'C24-%06d' % R.randint(0, 10 ** 6)
    coll = now - dt.timedelta(minutes=R.randint(30, 240))
    L = seg().t('ORC|RE|%s|%s||CM||||%s' % (ordn, acc, ts))
    L = seg().t('OBR|1|%s|%s|%s|||' % (ordn, acc, R.choice(['85240^FACTOR VIII ACTIVITY^CPT', '85335^BETHESDA INHIBITOR^CPT', '85250^FACTOR IX ACTIVITY^CPT'])))
    L.p(coll.strftime('%Y%m%d%H%M'), 'date').t('|||||||||%s^%s^%s' % (STAFF_NPI['iokafor'], 'OKAFOR', 'IMANI'))
    seg('OBX|1|NM|3209-7^Coagulation factor VIII activity actual/normal^LN||%d|%%|50-150|%s|||F|||%s' % (
        R.randint(0, 45), 'L', ts))
    seg('OBX|2|NM|3204-8^Factor VIII inhibitor [Units/volume] by Bethesda^LN||%.1f|BU|<0.6|%s|||F' % (R.choice([0.0, 0.3, 0.5, 1.2, 4.8]), 'N'))
    if R.random() < .5:
        seg('NTE|1||Trough level drawn ~72h post prophylaxis dose; chromogenic assay, Siemens BCS XP.')
    return lines


def g_fhir(phi):
    L = Line('fhir_bridge')
    L.t('%s INFO  [fhir-bridge] ' % iso_z())
    if not phi:
        k = R.randrange(2)
        if k == 0:
            L.t('GET /fhir/R4/metadata 200 %dms client=epic-interconnect' % R.randint(4, 60))
        else:
            L.t('subscription heartbeat id=sub-%s events=%d lag_ms=%d' % (hexid(8), R.randint(0, 30), R.randint(10, 3000)))
        return [L]
    p = pick_pt()
    if R.random() < .65:
        when = past(30)
        L.t('POST /fhir/R4/MedicationAdministration 201 %dms body=' % R.randint(30, 400))
        body = {'resourceType': 'MedicationAdministration', 'status': 'completed',
                'medicationCodeableConcept': {'coding': [{'system': 'http://hl7.org/fhir/sid/ndc', 'code': PROD_NDC[p.prod] + '-01',
                                                          'display': '%s %d IU' % (p.prod, p.dose)}]},
                'subject': {'reference': S('Patient/', P(p.mrn, 'mrn'))},
                'effectiveDateTime': P(when.strftime('%Y-%m-%dT%H:%M:00-04:00'), 'date'),
                'dosage': {'route': {'text': 'IV push'}, 'dose': {'value': p.dose, 'unit': 'IU'}},
                'note': [{'text': 'self-infused via HemoLog'}]}
        jw(L, body)
    else:
        L.t('PUT /fhir/R4/Patient/').p(p.mrn, 'mrn').t(' 200 %dms body=' % R.randint(30, 400))
        body = {'resourceType': 'Patient', 'id': P(p.mrn, 'mrn'),
                'name': [{'family': P(p.last, 'name'), 'given': [P(p.first, 'name')]}],
                'birthDate': P(p.dob.isoformat(), 'date'),
                'telecom': [{'system': 'phone', 'value': P(ph_fmt(p.phone, 0), 'phone')}, {'system': 'email', 'value': P(p.email, 'email')}] +
                ([{'system': 'fax', 'value': P(ph_fmt(phone_parts(), 1), 'fax'), 'use': 'work'}] if R.random() < .4 else []),
                'address': [{'line': [P(p.street, 'address')], 'city': P(p.city, 'address'), 'state': p.state, 'postalCode': P(p.zip, 'zip')}]}
        jw(L, body, ascii_=True)
    return [L]


def g_registry(phi):
    L = Line('registry_xml')
    if not phi:
        k = R.randrange(2)
        if k == 0:
            L.t('<Batch id="NHRR-2024Q1-05-1A" created="%s" records="%d" schemaVersion="3.2" htc="05-1A" sha256="%s"/>' % (
                iso_z(ms=0), R.randint(60, 180), hexid(64)))
        else:
            L.t('<SubmissionAck batch="NHRR-2024Q1-05-1A" status="%s" errors="%d" warnings="%d" receivedAt="%s"/>' % (
                R.choice(['ACCEPTED', 'ACCEPTED_WITH_WARNINGS']), 0, R.randint(0, 6), iso_z(ms=0)))
        return [L]
    p = pick_pt() if R.random() > .15 else PTS[7]
    vd = TODAY - dt.timedelta(days=R.randint(0, 80))
    L.t('<Record seq="%d" htc="05-1A" regId="' % R.randint(1, 180)).p(p.reg, 'other_id').t('" birthYr="%d" sex="%s" dx="%s" severity="%s" ' % (
        p.dob.year, p.sex, 'HA' if p.factor.startswith('FVIII') else 'HB', R.choice(['severe', 'moderate', 'mild'])))
    L.t('visitDt="').p(vd.isoformat(), 'date').t('" inhibitor="%s" hjhs="%d" prophylaxis="Y" product="%s"' % (R.choice('NNNY'), R.randint(0, 20), p.prod))
    if p.age > 89:
        L.t(' ageAtVisit="').p(str(p.age), 'age').t('"')
    if R.random() < .3:
        L.t(' residenceCounty="').p(p.county, 'address').t('"')
    L.t('/>')
    return [L]


def g_syslog(phi):
    L = Line('syslog')
    host = R.choice(['trfp-app01', 'trfp-db01', 'trhtc-mail01', 'trfp-sftp01'])
    if not phi:
        k = R.randrange(6)
        pid = R.randint(900, 60000)
        if k == 0:
            L.t('%s %s sshd[%d]: Accepted publickey for deploy from 10.30.4.%d port %d ssh2: ED25519 SHA256:%s' % (
                sysl(), host, pid, R.randint(2, 250), R.randint(40000, 65000), base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode().rstrip('=')))
        elif k == 1:
            L.t('%s %s CRON[%d]: (root) CMD (/opt/trfp/bin/rotate_exports.sh --keep 14)' % (sysl(), host, pid))
        elif k == 2:
            L.t('%s %s kernel: [%d.%06d] nvme0n1: I/O %d QID %d timeout, completion polled' % (sysl(), host, R.randint(1000, 999999), R.randint(0, 999999),
                                                                                              R.randint(1, 900), R.randint(1, 8)))
        elif k == 3:
            L.t('%s %s systemd[1]: Started Frostline label sync (frostline-sync.service).' % (sysl(), host))
        elif k == 4:
            L.t('%s trfp-sftp01 sshd[%d]: Received disconnect from 203.0.113.%d port %d:11: disconnected by user' % (sysl(), pid, R.randint(2, 250),
                                                                                                             R.randint(40000, 65000)))
        else:
            L.t('%s trhtc-mail01 postfix/smtp[%d]: %s: to=<orders@frostlinelogistics.com>, relay=mx1.frostlinelogistics.com[40.107.%d.%d]:25, delay=%.1f, status=sent (250 2.0.0 OK)' % (
                sysl(), pid, hexid(10).upper(), R.randint(0, 255), R.randint(1, 254), R.uniform(.2, 3)))
        return [L]
    p = pick_pt()
    L.t('%s trhtc-mail01 postfix/smtp[%d]: %s: to=<' % (sysl(), R.randint(900, 60000), hexid(10).upper())).p(p.email, 'email')
    L.t('>, relay=%s, delay=%.2f, delays=0.1/0/0.4/0.6, dsn=2.0.0, status=sent (250 2.0.0 OK %d %s)' % (
        R.choice(['gmail-smtp-in.l.google.com[142.250.%d.%d]:25' % (R.randint(0, 255), R.randint(1, 254)), 'mta7.am0.yahoodns.net[67.195.204.%d]:25' % R.randint(1, 254)]),
        R.uniform(.3, 3), R.randint(1710000000, 1710500000), rid(14)))
    return [L]


def g_comm(phi):
    L = Line('comm_gw')
    t = now.strftime('%Y-%m-%d %H:%M:%S')
    if not phi:
        k = R.randrange(3)
        if k == 0:
            L.t('%s [sms-gw] dir=DLR sid=SM%s status=%s err=%s' % (t, hexid(32), R.choice(['delivered', 'delivered', 'undelivered']), R.choice(['-', '-', '30003'])))
        elif k == 1:
            L.t('%s [ivr] trunk=sip:trfp-pbx.tririverhtc.org:5061 channels_busy=%d/%d mos=%.2f' % (t, R.randint(0, 12), 23, R.uniform(3.9, 4.4)))
        else:
            L.t('%s [sms-gw] campaign=refill_reminders batch=%s queued=%d throttled=%d from=+19375550100' % (t, hexid(8), R.randint(10, 80), R.randint(0, 5)))
        return [L]
    p = pick_pt()
    k = R.randrange(4)
    nm = p.cg[0] if p.cg else p.first
    if k == 0:
        d = future_date(1, 4)
        L.t('%s [sms-gw] dir=OUT msisdn=' % t).p(ph_fmt(p.cg[3] if p.cg else p.phone, 2), 'phone').t(' sid=SM%s seg=2 body="' % hexid(32))
        if p.cg and R.random() < .4:
            L.w('TriRiver Farmacia: Hola ', P(nm, 'name'), ', la entrega de ', p.prod, ' para ', P(p.first, 'name'), ' llega el ',
                P(d.strftime('%d/%m'), 'date'), ' entre 8-12. Responda C para confirmar.', esc=lfq).t('"')
        else:
            L.w('TriRiver Pharmacy: Hi ', P(nm, 'name'), ', your ', p.prod, ' delivery is set for ', d.strftime('%a'), ' ', P('%d/%d' % (d.month, d.day), 'date'),
                ' 8am-12pm. Keep cold 2-8C. Reply C to confirm, R to reschedule.', esc=lfq).t('"')
    elif k == 1:
        L.t('%s [sms-gw] dir=IN msisdn=' % t).p(ph_fmt(p.cg[3] if p.cg else p.phone, 2), 'phone').t(' sid=SM%s body="' % hexid(32))
        L.w(R.choice(['C', 'C thx', 'R - wont be home fri, can u do mon?', 'C. also pls send more mix2vials we r out',
                      'who is this', 'C!! ty']), '"', esc=None)
    elif k == 2:
        L.t('%s [ivr] call=CA%s ani=' % (t, hexid(32))).p(ph_fmt(p.phone, 5), 'phone').t(' menu=refill auth=voiceprint vp_template=').p(
            'VPT-%04d-%s' % (R.randint(0, 9999), hexid(4)), 'biometric').t(' score=%.2f rx=' % R.uniform(.8, .99)).p(p.rx[0], 'other_id').t(' result=REFILL_QUEUED')
    else:
        L.t('%s [ivr] call=CA%s ani=' % (t, hexid(32))).p(ph_fmt(p.phone, 5), 'phone').t(' menu=nurse_line transfer=ext4410 dob_entered=').p(
            p.dob.strftime('%m%d%Y'), 'date').t(' match=').p(p.mrn, 'mrn')
    return [L]


def g_notes(phi):
    L = Line('crm_notes')
    s = staff()
    L.t('"NTE-%06d","%s","%s","%s","' % (R.randint(0, 999999), now.strftime('%Y-%m-%d %H:%M'), s[3], R.choice(['Call', 'Note', 'Home Visit', 'Email'])))
    if not phi:
        L.t(csvq(R.choice([
            'Team huddle: %s lot %s recall check done, no pts affected.' % ('ALTUVIIIO', LOTS['ALTUVIIIO'][0]),
            'Frostline rep (Janelle Okoro, 800-555-0175) confirmed Sat delivery pilot starts 4/1.',
            'Reminder: HTC clinic moves to 2nd floor, Suite 210 beginning April. Update letterhead.',
            'Inventory: BENEFIX 3000IU below par (4 kits). PO 118822 to distributor.',
            'Patient education class "Bleeds 101" moved to Thurs 6pm, 12 families registered.'])))
        L.t('","%s"' % R.choice(['internal', 'ops']))
        return [L]
    p = pick_pt()
    d1 = TODAY - dt.timedelta(days=R.randint(1, 5))
    d2 = TODAY + dt.timedelta(days=R.randint(2, 14))
    k = R.randrange(4)
    if p.age > 89 or R.random() < .15:
        p = PTS[7]
        L.w('Pt ', P(name_fl(p), 'name'), ', ', P(str(p.age), 'age'), ' y/o F w/ acquired hemophilia A, on OBIZUR; daughter ', P('Marisol Vance-Ibe', 'name'),
            ' will pick up at will-call. Inhibitor titer f/u ', P('%d/%d' % (d2.month, d2.day), 'date'), '.', esc=csvq)
    elif k == 0 and p.cg:
        L.w('Spoke w/ ', p.cg[2].lower(), ' ', P(p.cg[0] + ' ' + p.cg[1], 'name'), ' re: ', P(p.first, 'name'), "'s L ankle bleed on ",
            P('%d/%d' % (d1.month, d1.day), 'date'), ', treated x2 w/ ', str(p.dose), ' IU. Advised RICE, f/u clinic ', P('%d/%d' % (d2.month, d2.day), 'date'), '.', esc=csvq)
    elif k == 1:
        L.w('Pt ', P(name_fl(p), 'name'), ' (DOB ', P(p.dob.strftime('%m/%d/%Y'), 'date'), ') requests delivery to new address ', P(p.street, 'address'), ', ',
            P(p.city, 'address'), ', ', p.state, ' ', P(p.zip, 'zip'), '. Verified by phone ', P(ph_fmt(p.phone, 0), 'phone'), '.', esc=csvq)
    elif k == 2:
        L.w('Llamé a ', P(name_fl(p), 'name'), ', dice que tuvo sangrado nasal el ', P(d1.strftime('%d/%m'), 'date'),
            '; usó 1 dosis. Le recordé registrar en HemoLog. "Todo bien" según el paciente.', esc=csvq)
    else:
        L.w('Pt ', P(p.last, 'name'), ' MRN ', P(p.mrn, 'mrn'), ': target joint R knee, HJHS %d. PT referral w/ M. Ellsworth. Next comprehensive visit ' % R.randint(2, 18),
            P(d2.strftime('%b %d'), 'date'), '.', esc=csvq)
    L.t('","clinical"')
    return [L]


def g_pg(phi):
    L = Line('postgres')
    t = now.strftime('%Y-%m-%d %H:%M:%S') + '.%03d EDT' % (now.microsecond // 1000)
    pid = R.randint(10000, 40000)
    if not phi:
        k = R.randrange(4)
        if k == 0:
            L.t('%s [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s' % (
                t, pid, R.randint(100, 9000), R.uniform(0.1, 9), R.randint(0, 3), R.uniform(1, 200)))
        elif k == 1:
            L.t('%s [%d] LOG:  automatic vacuum of table "rxdb.public.shipment_events": index scans: 1, pages: 0 removed, %d remain' % (t, pid, R.randint(1000, 90000)))
        elif k == 2:
            L.t('%s [%d] pharm_app@rxdb LOG:  duration: %.3f ms  execute <unnamed>: SELECT count(*) FROM rx_fills WHERE status = $1 AND fill_date >= $2' % (
                t, pid, R.uniform(0.2, 40)))
        else:
            L.t('%s [%d] LOG:  connection authorized: user=%s database=rxdb application_name=%s SSL enabled (protocol=TLSv1.3)' % (
                t, pid, R.choice(['pharm_app', 'etl_reader', 'metabase']), R.choice(['pa-tracker', 'psql', 'Metabase'])))
        return [L]
    p = pick_pt()
    k = R.randrange(3)
    L.t('%s [%d] pharm_app@rxdb ' % (t, pid))
    if k == 0:
        L.t("LOG:  duration: %.3f ms  statement: SELECT id, rx_no, product, next_fill FROM rx WHERE patient_mrn = '" % R.uniform(1, 300)).p(p.mrn, 'mrn').t("' ORDER BY next_fill")
    elif k == 1:
        L.t("ERROR:  duplicate key value violates unique constraint \"patients_email_key\" DETAIL:  Key (email)=(").p(p.email, 'email').t(') already exists.')
    else:
        L.t("LOG:  duration: %.3f ms  statement: UPDATE patients SET phone = '" % R.uniform(1, 50)).p(ph_fmt(p.phone, 1), 'phone').t("', updated_by = '%s' WHERE id = '" % staff()[3]).p(
            p.ptid, 'mrn').t("'")
    return [L]


def g_inv(phi):
    L = Line('inventory_fw')
    prod = R.choice(PRODUCTS)
    st = R.choice(prod[2])
    L.t('%-6s%-14s%-22s%-10s%-11s%5d %-8s%s' % ('TRFP', PROD_NDC[prod[0]] + '-01', '%s %dIU' % (prod[0], st), R.choice(LOTS[prod[0]]),
                                             '2026-%02d-28' % R.randint(1, 12), R.randint(0, 90), 'FR%02d-%s%d' % (R.randint(1, 6), R.choice('ABC'), R.randint(1, 5)),
                                             R.choice(['OK', 'OK', 'LOW', 'QUAR'])))
    return [L]


def g_fax(phi):
    L = Line('fax')
    job = R.randint(40000, 60000)
    L.t('%s RFX job=%d dir=out ' % (now.strftime('%m/%d/%Y %H:%M:%S'), job))
    if not phi:
        L.t('to=18005550199 csid="VENDOR ORDERS" pages=%d status=OK dur=%ds subj="PO %d - factor replenishment" user=%s' % (
            R.randint(1, 3), R.randint(30, 200), R.randint(110000, 119999), staff()[3]))
        return [L]
    p = pick_pt()
    L.t('to=1%s csid="%s PA DEPT" pages=%d status=%s subj="' % ('8%02d555%04d' % (R.randint(0, 99), R.randint(0, 9999)), p.payer.upper()[:18], R.randint(4, 14),
                                                            R.choice(['OK', 'OK', 'BUSY_RETRY'])))
    L.w('PA Req - ', P(name_lf(p).upper(), 'name'), ' DOB ', P(p.dob.strftime('%m/%d/%Y'), 'date'), ' Mbr ', P(p.member, 'health_plan'), esc=lfq)
    L.t('" user=%s' % staff()[3])
    return [L]


def g_chat(phi):
    L = Line('teams_chat')
    s = staff()
    o = {'id': str(epoch_ms()), 'createdDateTime': iso_z(), 'channel': R.choice(['HTC-Nursing', 'Pharmacy-Ops', 'PA-Team']),
         'from': {'user': {'displayName': '%s %s' % (s[0], s[1]), 'id': ruuid()}}}
    if not phi:
        o['body'] = {'contentType': 'text', 'content': R.choice([
            'pharmacy lunch-and-learn on Hemlibra dosing at 12 in conf B',
            'Frostline says I-71 closure may delay afternoon hub departures ~1h',
            'Who has the key to FRIDGE-04? alarm again, probe reading 8.3',
            'PA team: CoverMyMeds outage 2-3pm, use payer portals directly',
            'new Kovaltry lot %s received, QC ok' % LOTS['KOVALTRY'][1]])}
        return [jw(L, o)]
    p = pick_pt()
    k = R.randrange(3) if p.cg else R.randrange(1, 3)
    if k == 0:
        o['body'] = {'contentType': 'text', 'content': S('can someone check on the ', P(p.last, 'name'), ' kid? ', p.cg[2].lower(),
                                                        ' called about a head bump, ', 'he' if p.sex == 'M' else 'she', ' is on ', p.prod)}
    elif k == 1:
        o['body'] = {'contentType': 'text', 'content': S('PA for ', P(name_fl(p), 'name'), ' (', P(p.member, 'health_plan'), ') denied again, fax # on file wrong. ',
                                                        'Calling ', p.payer, ' now')}
    else:
        o['body'] = {'contentType': 'text', 'content': S('Frostline delivered to wrong house for ', P(p.first + ' ' + p.last[0] + '.', 'name'), ' - it went to ',
                                                        P(p.street, 'address'), ' instead of next door, temp logger ok. reshipping ', P(future_date(1, 1).strftime('%-m/%-d'), 'date'))}
    return [jw(L, o, ascii_=True)]


def g_willcall(phi):
    L = Line('willcall_kv')
    t = now.strftime('%Y-%m-%dT%H:%M:%S')
    if not phi:
        L.t('%s module=willcall event=shelf_audit bins=%d expired=0 tech=%s station=WC-1' % (t, R.randint(8, 30), staff()[3]))
        return [L]
    p = pick_pt()
    if R.random() < .6:
        who = (p.cg[0] + ' ' + p.cg[1], p.cg[2].lower()) if p.cg else (name_fl(p), 'self')
        L.t('%s module=willcall event=pickup rx=' % t).p(p.rx[1], 'other_id').t(' recipient="').p(who[0], 'name', lfq).t('" rel=%s id_type=DL id_state=%s id_no=' % (who[1], p.state))
        L.p(p.dl, 'license').t(' cooler=CB-%03d verified_by=%s' % (R.randint(1, 60), staff()[3]))
    else:
        L.t('%s module=travel_assist event=claim_submitted claim=' % t).p('TA-%05d' % R.randint(0, 99999), 'other_id').t(' family="').p(p.last, 'name', lfq)
        L.t('" miles=%d plate="%s ' % (R.randint(40, 260), p.state)).p(p.plate, 'vehicle').t('" vin=').p(p.vin, 'vehicle')
        L.t(' visit=').p((TODAY - dt.timedelta(days=R.randint(0, 10))).isoformat(), 'date').t(' approver=%s' % 'dpruitt')
    return [L]


def g_pay(phi):
    L = Line('payment_json')
    o = {'asctime': now.strftime('%Y-%m-%d %H:%M:%S') + ',%03d' % (now.microsecond // 1000), 'name': 'copay.gateway',
         'levelname': 'INFO', 'process': R.randint(2000, 9000)}
    if not phi:
        o.update({'message': 'settlement batch closed', 'batch': 'STL-%s-%02d' % (now.strftime('%Y%m%d'), R.randint(1, 6)),
                  'count': R.randint(3, 40), 'total': '%.2f' % R.uniform(100, 9000), 'processor': 'Elavon', 'merchant_id': '8001142%05d' % R.randint(0, 99999)})
        return [jw(L, o, sep=(', ', ': '))]
    p = pick_pt()
    k = R.randrange(3)
    if k == 0:
        valid = R.random() < .75
        o.update({'levelname': 'WARNING', 'message': 'card declined', 'card': P(card(R.choice(['4', '51', '6011', '37']), 16, valid), 'account'),
                  'exp': '%02d/%02d' % (R.randint(1, 12), R.randint(25, 29)), 'patient_acct': P(p.acct, 'account'), 'amount': '%.2f' % R.choice([35, 50, 0.0, 125]),
                  'avs': 'N', 'decline_code': R.choice(['05', '51', '14'])})
    elif k == 1:
        o.update({'message': 'copay program enrolled', 'program': '%s Copay Assist' % p.prod.title(),
                  'program_id': P('CPA-%05d-%04d' % (R.randint(0, 99999), R.randint(0, 9999)), 'other_id'),
                  'bin': '610020', 'pcn': 'PXXPDMI', 'group': '9999%04d' % R.randint(0, 9999), 'patient': P(name_fl(p), 'name'),
                  'dob': P(p.dob.strftime('%m/%d/%Y'), 'date')})
    else:
        o.update({'levelname': 'ERROR', 'message': 'benefits investigation payload rejected',
                  'field': 'subscriber.ssn', 'value': P(R.choice([p.ssn, ssn(False)]), 'ssn'),
                  'member_id': P(p.member, 'health_plan'), 'payer': p.payer})
    return [jw(L, o, sep=(', ', ': '))]


def g_java(phi):
    lines = []
    t = now.strftime('%Y-%m-%d %H:%M:%S') + ',%03d' % (now.microsecond // 1000)

    def ln(txt=None):
        L = Line('java_trace')
        if txt:
            L.t(txt)
        lines.append(L)
        return L
    so = 'SO-2024-%06d' % R.randint(100000, 130000)
    if phi:
        p = pick_pt()
        bad = p.zip[:4]
        ln('%s ERROR [http-nio-8443-exec-%d] c.t.rx.ship.ShipmentService - Failed to book cold-chain pickup for order %s' % (t, R.randint(1, 20), so))
        ln().t("com.tririver.rx.ship.CarrierException: 422 Unprocessable Entity: consignee.postalCode invalid '").p(bad, 'zip').t("' for consignee '").p(
            name_fl(p).upper(), 'name').t("'")
    else:
        ln('%s ERROR [scheduling-%d] c.t.rx.ship.LabelSyncJob - Label sync failed for order %s, will retry in 300s' % (t, R.randint(1, 4), so))
        ln('com.tririver.rx.ship.CarrierException: 503 Service Unavailable from https://api.frostlinelogistics.com/v3/labels (x-request-id=%s)' % ruuid())
    frames = ['\tat com.tririver.rx.ship.FrostlineClient.book(FrostlineClient.java:212)',
              '\tat com.tririver.rx.ship.ShipmentService.schedule(ShipmentService.java:148)',
              '\tat jdk.internal.reflect.GeneratedMethodAccessor412.invoke(Unknown Source)',
              '\tat org.springframework.aop.framework.ReflectiveMethodInvocation.proceed(ReflectiveMethodInvocation.java:184)',
              '\tat org.springframework.transaction.interceptor.TransactionInterceptor.invoke(TransactionInterceptor.java:119)']
    for f in frames[:R.randint(3, 5)]:
        ln(f)
    ln('\t... %d common frames omitted' % R.randint(40, 90))
    return lines


# weights: (gen, weight, can_phi, can_nophi, multi)
GENS = [(g_hemolog, 10, True, True), (g_nginx, 9, True, True), (g_courier, 6, True, True), (g_temp, 5, False, True),
        (g_rx, 5, True, True), (g_x12, 0.45, True, False), (g_pa, 4, True, True), (g_hl7, 2.2, True, False),
        (g_fhir, 4, True, True), (g_registry, 3.5, True, True), (g_syslog, 7, True, True), (g_comm, 5, True, True),
        (g_notes, 3.5, True, True), (g_pg, 5, True, True), (g_inv, 4, False, True), (g_fax, 2, True, True),
        (g_chat, 3.5, True, True), (g_willcall, 2.5, True, True), (g_pay, 3, True, True), (g_java, 0.8, True, True)]
MULTI = {g_x12, g_hl7, g_java}


def pick(phi, single=False):
    c = [(g, w) for g, w, cp, cn in GENS if (cp if phi else cn) and not (single and g in MULTI)]
    tot = sum(w for _, w in c)
    x = R.uniform(0, tot)
    for g, w in c:
        x -= w
        if x <= 0:
            return g
    return c[-1][0]


def main():
    out = []
    while len(out) < N_LINES:
        tick()
        phi = R.random() < 0.47
        rem = N_LINES - len(out)
        g = pick(phi, single=rem < 25)
        lines = g(phi)
        has = any(L.spans for L in lines)
        if phi and g not in (g_java,) and not has:
            raise SystemExit('generator %s produced no PHI' % g.__name__)
        if not phi and has:
            raise SystemExit('generator %s produced PHI in no-PHI mode' % g.__name__)
        out.extend(lines[:rem])
    # ---- verify
    with open('qe.log', 'wb') as f, open('qe.labels.jsonl', 'w', encoding='utf-8') as g:
        for i, L in enumerate(out, 1):
            txt = L.text()
            if not txt or '\n' in txt or '\r' in txt:
                raise SystemExit('bad line %d' % i)
            b = txt.encode('utf-8')
            spans = sorted(L.spans)
            last = 0
            for s, e, cat, w, raw, esc in spans:
                if not (0 <= s < e <= len(b)):
                    raise SystemExit('span out of range line %d' % i)
                if s < last:
                    raise SystemExit('overlap line %d' % i)
                last = e
                if b[s:e].decode('utf-8') != w or (esc and esc(raw) != w) or (not esc and raw != w):
                    raise SystemExit('span text mismatch line %d: %r' % (i, w))
                if esc is pct and urllib.parse.unquote(w) != raw:
                    raise SystemExit('pct mismatch line %d' % i)
                if esc in (jesc_a, jesc_u) and json.loads('"' + w + '"') != raw:
                    raise SystemExit('json mismatch line %d' % i)
            f.write(b + b'\n')
            g.write(json.dumps({'line': i, 'family': L.fam, 'spans': [{'s': s, 'e': e, 'cat': c} for s, e, c, *_ in spans]}) + '\n')
    # sanity of checksummed numbers in the pool
    for p in PTS:
        assert len(p.member) > 5
    for v in STAFF_NPI.values():
        assert luhn_ok('80840' + v)
    n0 = sum(1 for L in out if not L.spans)
    print('lines=%d no_phi=%d (%.1f%%)' % (len(out), n0, 100.0 * n0 / len(out)), file=sys.stderr)


if __name__ == '__main__':
    main()
