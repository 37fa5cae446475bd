#!/usr/bin/env python3
"""gen_ql.py - synthetic labeled log corpus "ql".

Organisation: Meridian SeaCare Telemedical Ltd (fictional), a maritime
telemedical assistance service (TMAS) for cargo-ship and offshore-platform
crews; offices in Aberdeen (UK) and Houston (US).  Everything is synthetic.

Writes ql.log (500 lines) and ql.labels.jsonl in the current directory.
Standard library only, fixed seed: byte-identical output on every run.

Systems simulated (family names in the labels file)
  consult_gw    Node/pino JSON of the satellite-link consult gateway
  vsat_syslog   RFC3164 syslog of the VSAT / FleetBroadband / LEO network
  nginx         combined access log of crew app and clinician console
  medchest_csv  ship medicine-chest inventory export (WHO IMGS chest A/B/C)
  medchest_disp medicine-chest dispensing rows (semicolon CSV)
  crewcert_pipe crew medical certificate register (ENG1/ML5-like, pipe rows)
  hl7           HL7 v2.5.1 ADT/ORU, one segment per line
  fhir          FHIR R4 resources (HAPI server audit), one JSON per line
  x12           X12 837P claims to a US crew health plan, one segment per line
  medevac       MRCC / coast guard MEDEVAC telex-style messages
  sitrep_kv     coast guard SITREP key=value feed
  pni_logfmt    P&I club claims bridge, logfmt
  java_trace    Spring Boot claims-export job with stack traces
  postgres      PostgreSQL server log with statements
  shipchat      ship-to-shore chat client (plain text)
  slack_json    internal duty channel export (Python json, \\u escapes)
  sms_gw        SMS gateway (next-of-kin updates, pages, delivery receipts)
  crewlist_fw   IMO FAL Form 5 crew list export, fixed width
  tmas_xml      TMAS advice report / ack XML
  vitals_kv     vitals-upload gateway key=value (ship kit and crew wearables)
  pob_csv       offshore POB / heliport check-in CSV (card, biometric, car)
  radius        crew-WiFi captive-portal RADIUS log
  payments      private consult card payments (json-ish logger)
  ops           k8s events, cron, certbot, backup lines

Labeling decisions (grey cases)
  * Patients are crew members (seafarers, offshore workers) and, in P&I
    death/illness claims and SMS, their relatives / next of kin (NOK).
  * Ship masters, OIMs, ship medical officers, clinicians, coordinators,
    coast guard and SAR crews acting at work are staff: not PHI.  So are
    clinician NPIs and GMC numbers, and the organisation's own addresses,
    phones and emails, MRCC phones and faxes.
  * Vessel name, IMO number, vessel MMSI, call sign, platform name, ship
    position (lat/lon) and the ship's VSAT terminal/public IP are the
    vessel's, not the person's: not PHI (a ship is a workplace).  Cabin
    numbers and crew ranks are not PHI.  Nationality (country) is not PHI.
  * Helicopter registrations and SAR callsigns are not PHI.  A coast
    guard SAR case number of a single-patient MEDEVAC is other_id (a case
    number of the person), like our TMAS case refs.
  * P&I club "member" numbers identify the shipowner (the club member),
    not the crew: not PHI.  The P&I claim reference of a crew member's
    claim is other_id.  Employer group/plan numbers are not PHI; a
    person's crew-plan member ID / PhilHealth number / MBI is health_plan.
  * Our MRN (MSC + 7 digits) and FHIR Patient logical ids built from it
    are mrn.  TMAS case refs (TMA-yy-nnnnn), employer crew numbers (SN-),
    crew-WiFi user names derived from them, passport numbers, dispense
    ids tied to a crew member and P&I claim refs are other_id.  Random
    UUID session / trace ids are software ids: not PHI.
  * Seafarer's discharge book / SIRB / CDC numbers and medical-certificate
    numbers are license.  Certificate issue/expiry dates, sign-on dates,
    injury/onset, dispense, service and birth dates are date.
  * Place of birth (a city) is address.  A state or country alone is not.
  * HL7/X12/FHIR/pipe rows that split family and given name into separate
    fields get one name span per field; a name written in one run
    ("Haugland, Sindre", "Sindre Haugland") is one span.  A first name
    alone, when it refers to the patient, is a name span.
  * A patient id inside a path/query of an access log is labeled with its
    own category (mrn/other_id/name, percent-encoded where it is); a full
    absolute URL (scheme+host) carrying a patient identifier is one url
    span.  Client IPs are ip only on crew-app requests tied to a crew
    member (carrier IPs on leave); clinician, LB and ship IPs are not.
  * Ship-kit device serials (monitor, AED, ECG) are the ship's: not PHI.
    A crew member's own device (CGM, phone IMEI, WiFi MAC, personal
    locator beacon UIN, AIS man-overboard beacon MMSI 972xxxxxx) is device.
  * Wound photos sent for consults are clinical images, not face images:
    not labeled.  POB badge face photos (base64) are photo; fingerprint
    templates are biometric.
  * Masked card numbers (last 4) are not PHI; a full PAN leaked in a debug
    line is account; patient billing account numbers are account.
  * Junk values in a patient field (impossible date, SSN with area 000)
    are still labeled with the field's category.
  * Ages are labeled only when over 89 (a few relatives in P&I claims).
"""
import base64
import datetime as dt
import hashlib
import json
import random
import sys
import urllib.parse
from xml.sax.saxutils import escape as xml_escape, unescape as xml_unescape

SEED = 7142024
R = random.Random(SEED)
N_LINES = 500

# --------------------------------------------------------------------------
# line builder with byte-offset spans
# --------------------------------------------------------------------------


def _enc(v, enc):
    if enc == 'raw':
        return v
    if enc == 'json':
        return json.dumps(v)[1:-1]
    if enc == 'jsonu':
        return json.dumps(v, ensure_ascii=False)[1:-1]
    if enc == 'pct':
        return urllib.parse.quote(v, safe='')
    if enc == 'xml':
        return xml_escape(v, {"'": '&apos;', '"': '&quot;'})
    raise ValueError(enc)


def _dec(s, enc):
    if enc == 'raw':
        return s
    if enc in ('json', 'jsonu'):
        return json.loads('"' + s + '"')
    if enc == 'pct':
        return urllib.parse.unquote(s)
    if enc == 'xml':
        return xml_unescape(s, {'&apos;': "'", '&quot;': '"'})
    raise ValueError(enc)


class P:
    """a labeled value"""
    __slots__ = ('v', 'cat', 'enc')

    def __init__(self, v, cat, enc=None):
        self.v = str(v)
        self.cat = cat
        self.enc = enc


class S:
    """a composite string (inside JSON quotes etc.) of str and P parts"""

    def __init__(self, *parts):
        self.parts = parts


class Line:
    def __init__(self, family):
        self.family = family
        self.b = bytearray()
        self.spans = []

    def t(self, s):
        self.b += s.encode('utf-8')
        return self

    def p(self, v, cat, enc='raw'):
        v = str(v)
        txt = _enc(v, enc)
        st = len(self.b)
        self.b += txt.encode('utf-8')
        self.spans.append((st, len(self.b), cat, v, enc))
        return self

    def add(self, *parts, enc='raw'):
        for x in parts:
            if isinstance(x, P):
                self.p(x.v, x.cat, x.enc or enc)
            elif isinstance(x, S):
                self.add(*x.parts, enc=enc)
            else:
                self.t(x if enc in ('raw',) else _enc(x, enc))
        return self


def mk(family, *parts):
    return Line(family).add(*parts)


def jw(L, obj, ea):
    je = 'json' if ea else 'jsonu'
    if isinstance(obj, P):
        if obj.enc == 'num':
            L.p(obj.v, obj.cat, 'raw')
        else:
            L.t('"')
            L.p(obj.v, obj.cat, je)
            L.t('"')
    elif isinstance(obj, S):
        L.t('"')
        L.add(*obj.parts, enc=je)
        L.t('"')
    elif isinstance(obj, dict):
        L.t('{')
        for i, (k, v) in enumerate(obj.items()):
            if i:
                L.t(',')
            L.t(json.dumps(k) + ':')
            jw(L, v, ea)
        L.t('}')
    elif isinstance(obj, list):
        L.t('[')
        for i, v in enumerate(obj):
            if i:
                L.t(',')
            jw(L, v, ea)
        L.t(']')
    else:
        L.t(json.dumps(obj, ensure_ascii=ea))


def jline(family, obj, ea=False):
    L = Line(family)
    jw(L, obj, ea)
    return L


def N(v, cat):
    """labeled JSON number"""
    return P(v, cat, 'num')


# --------------------------------------------------------------------------
# checksummed numbers
# --------------------------------------------------------------------------


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


def mk_npi():
    base = '1' + ''.join(R.choice('0123456789') for _ in range(8))
    return base + luhn_digit('80840' + base)


def mk_imo():
    d = [R.randint(0, 9) for _ in range(6)]
    d[0] = R.choice([9, 9, 9, 8])
    c = sum(x * (7 - i) for i, x in enumerate(d)) % 10
    return ''.join(map(str, d)) + str(c)


def mk_imei():
    tac = R.choice(['35332511', '86754304', '35891810', '35420911'])
    body = tac + ''.join(R.choice('0123456789') for _ in range(6))
    return body + luhn_digit(body)


def mk_pan(prefix='4'):
    body = prefix + ''.join(R.choice('0123456789') for _ in range(15 - len(prefix)))
    return body + luhn_digit(body)


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip('ABCDEFGH', range(1, 9))), **dict(zip('JKLMN', range(1, 6))),
           'P': 7, 'R': 9, **dict(zip('STUVWXYZ', range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def mk_vin(wmi):
    al = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
    v = list(wmi + ''.join(R.choice(al) for _ in range(5)) + '0'
             + R.choice('PRSTVWXY') + R.choice('ABCDEFGHJKLMNPRSTUVWXYZ')
             + ''.join(R.choice('0123456789') for _ in range(6)))
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = 'X' if s == 10 else str(s)
    return ''.join(v)


def mk_ssn(valid=True):
    if not valid:
        return '000-%02d-%04d' % (R.randint(1, 99), R.randint(1, 9999))
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return '%03d-%02d-%04d' % (a, R.randint(1, 99), R.randint(1, 9999))


def mk_mbi():
    L = 'ACDEFGHJKMNPQRTUVWXY'
    A = L + '0123456789'
    D = '0123456789'
    pat = [('123456789'), L, A, D, L, A, D, L, L, D, D]
    return ''.join(R.choice(p) for p in pat)


def rd(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def ruuid():
    return '%s-%s-4%s-%s%s-%s' % (rhex(8), rhex(4), rhex(3), R.choice('89ab'), rhex(3), rhex(12))


# --------------------------------------------------------------------------
# reference data: organisation, staff, vessels
# --------------------------------------------------------------------------

ORG = 'Meridian SeaCare Telemedical Ltd'
ORG_PHONE = '+44 1224 555 0190'
ORG_US_PHONE = '+1 713 555 0164'
CLINICIANS = [  # display, login, gmc/npi
    ('Dr Ingrid Solberg', 'isolberg', 'GMC 7012345'),
    ('Dr Rahul Menon', 'rmenon', 'GMC 6934410'),
    ('Dr Aoife Brennan', 'abrennan', 'GMC 7120988'),
    ('Dr Tomás Ibarra', 'tibarra', 'NPI ' + mk_npi()),
    ('Dr Kemi Adebayo-Hart', 'kadebayohart', 'GMC 7233019'),
]
US_DOCS = [('IBARRA', 'TOMAS', mk_npi()), ('WHITFIELD', 'CAROLINE', mk_npi())]
COORDS = ['lvik', 'praman', 'mcgowan.j', 'tkowalczyk', 'sfarah']
MASTERS = ['Capt. A. Lindqvist', 'Capt. D. Mavros', 'Capt. R. Soriano',
           'Master S. Chaudhry', 'OIM K. Fraser', 'Capt. M. Ferreira', '2/O J. Tan (MO)',
           'C/O P. Ivanov (MO)']

VESSELS = []
for name, kind, mid, cs in [
        ('NORDIC HERON', 'bulk', '257', 'LAXY7'), ('AEGEAN SPIRIT', 'tanker', '241', 'SVBT4'),
        ('KOTA MAS', 'container', '563', '9VKM2'), ('CAPE ALDER', 'bulk', '538', 'V7QA9'),
        ('STAR OF LAGOS', 'tanker', '636', 'A8ZK3'), ('POLAR TERN', 'PSV', '235', 'MGTR6'),
        ('GULF PROVIDER', 'OSV', '367', 'WDK4412'), ('BALTIC MERIDIAN', 'ro-ro', '229', '9HBM5'),
        ('HALDOR FPSO', 'fpso', '257', 'LFHQ3')]:
    VESSELS.append(dict(name=name, kind=kind, imo=mk_imo(), mmsi=mid + rd(6), cs=cs,
                        ip='%d.%d.%d.%d' % (R.choice([161, 195, 149]), R.randint(16, 250),
                                              R.randint(0, 255), R.randint(2, 250)),
                        did=R.randint(20000, 39999)))
PLATFORMS = ['BRAGE ALPHA', 'THUNDER RIDGE SPAR', 'VESTRE GRIP B', 'MORAY DEEP 2']

# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------

ORIG = {
    'PHL': dict(first=['Jomar', 'Rhea', 'Marvin', 'Joy', 'Arnel', 'Rodel', 'Jennylyn', 'Ramil'],
                last=['dela Cruz', 'Santos-Reyes', 'Bautista', 'Villanueva', 'Magbanua',
                      'Dimaculangan', 'de Guzman', 'Pacquing'],
                mail=['gmail.com', 'yahoo.com.ph']),
    'IND': dict(first=['Sandeep', 'Arjun', 'Priyanka', 'Vikram', 'Naveen', 'Joseph'],
                last=['Pillai', 'Fernandes', 'Nair-Kurup', 'Chatterjee', "D'Souza"],
                mail=['rediffmail.com', 'gmail.com']),
    'UKR': dict(first=['Oleksandr', 'Mykola', 'Iryna', 'Dmytro', 'Andrii'],
                last=['Kovalenko', 'Shevchuk', 'Bondarenko-Lysenko', 'Tkachuk'],
                mail=['ukr.net', 'gmail.com']),
    'POL': dict(first=['Łukasz', 'Grzegorz', 'Agnieszka', 'Paweł'],
                last=['Wróbel', 'Nowak-Zielińska', 'Krawczyk', 'Sęk'],
                mail=['wp.pl', 'onet.pl']),
    'GRC': dict(first=['Ioannis', 'Georgios', 'Eleni', 'Stavros'],
                last=['Papadopoulos', 'Karagiannis', 'Vlachou', 'Economou'],
                mail=['otenet.gr', 'gmail.com']),
    'NOR': dict(first=['Øystein', 'Sindre', 'Ingvild', 'Kjetil', 'Tor Erik'],
                last=['Brække', 'Haugland', 'Sæther', 'Lie', 'Moe'],
                mail=['online.no', 'gmail.com']),
    'GBR': dict(first=['Callum', 'Fraser', 'Mhairi', 'Will', 'Grace', 'Hope'],
                last=['MacLeod', "O'Neill", 'Baker', 'Fisher', 'Bell', 'Mason'],
                mail=['btinternet.com', 'gmail.com']),
    'USA': dict(first=['Travis', 'Dewayne', 'Brandi', 'Cody', 'Rich', 'Faith'],
                last=['Thibodeaux', 'Boudreaux', 'LeBlanc', 'Hunter', 'Cook', 'Guidry-Landry'],
                mail=['gmail.com', 'att.net']),
    'IDN': dict(first=['Agus', 'Putu', 'Wahyu', 'Dewi'],
                last=['Setiawan', 'Nugroho', 'Hartono'],
                mail=['yahoo.co.id', 'gmail.com']),
    'HRV': dict(first=['Dragan', 'Ante', 'Ivana', 'Marko'],
                last=['Kovačević', 'Jurić', 'Perišić-Babić'],
                mail=['net.hr', 'gmail.com']),
    'NGA': dict(first=['Chukwuemeka', 'Oluwaseun', 'Ngozi', 'Tunde'],
                last=['Okonkwo', 'Adeyemi-Bello', 'Eze'],
                mail=['yahoo.com', 'gmail.com']),
    'CHN': dict(first=['Wei', 'Jianguo', 'Xiaoling', 'Haoran'],
                last=['Zhang', 'Liu', 'Chen', 'Ouyang'],
                mail=['163.com', 'qq.com']),
    'MMR': dict(first=['Kyaw Min', 'Aung Ko', 'Thandar', 'Zaw Lin'],
                last=['Htet', 'Oo', 'Win', 'Naing'],
                mail=['gmail.com']),
    'LVA': dict(first=['Jānis', 'Edgars', 'Ilze'],
                last=['Bērziņš', 'Ozoliņš', 'Kalniņa'],
                mail=['inbox.lv', 'gmail.com']),
    'BRA': dict(first=['João Pedro', 'Thiago', 'Luana'],
                last=['da Silva Moreira', 'Albuquerque', 'Rocha Lima'],
                mail=['uol.com.br', 'gmail.com']),
}
FEMALE = {'Rhea', 'Joy', 'Jennylyn', 'Priyanka', 'Iryna', 'Agnieszka', 'Eleni', 'Ingvild', 'Mhairi', 'Grace',
          'Hope', 'Brandi', 'Faith', 'Dewi', 'Ivana', 'Ngozi', 'Xiaoling', 'Thandar', 'Ilze', 'Luana'}
GREEK_SCRIPT = {'Ioannis': 'Ιωάννης', 'Georgios': 'Γεώργιος', 'Eleni': 'Ελένη', 'Stavros': 'Σταύρος',
                'Papadopoulos': 'Παπαδόπουλος', 'Karagiannis': 'Καραγιάννης', 'Vlachou': 'Βλάχου',
                'Economou': 'Οικονόμου'}


CITY_ZIP = {'Marikina City': '1800', 'Iloilo City': '5000', 'Cavite City': '4100', 'Tacloban City': '6500',
            'Breaux Bridge': '70517', 'Houma': '70360', 'Galliano': '70354', 'New Iberia': '70560',
            'Aberdeen': 'AB24 4NJ', 'Peterhead': 'AB42 1XT', 'Stornoway': 'HS1 2QD', 'Lerwick': 'ZE1 0RB',
            'Haugesund': '5527', 'Stord': '5411', 'Ålesund': '6002', 'Gdynia': '81-323', 'Szczecin': '70-001',
            'Gdańsk': '80-827', 'Piraeus': '185 36', 'Chios': '821 00', 'Syros': '841 00', 'Kochi': '682001',
            'Navi Mumbai': '400706', 'Goa Velha': '403108', 'Odesa': '65026', 'Mykolaiv': '54001', 'Kherson': '73000',
            'Semarang': '50132', 'Surabaya': '60175', 'Makassar': '90111', 'Rijeka': '51000', 'Split': '21000',
            'Zadar': '23000', 'Victoria Island, Lagos': '101241', 'Apapa, Lagos': '102272', 'Port Harcourt': '500001',
            'Dalian': '116001', 'Qingdao': '266001', 'Ningbo': '315000', 'Yangon': '11182', 'Thanlyin': '11291',
            'Rīga': 'LV-1001', 'Liepāja': 'LV-3401', 'Ventspils': 'LV-3601', 'Santos': '11010-050',
            'Macaé': '27910-970', 'Rio Grande': '96200-000'}


def mk_address(nat):
    a, _ = _mk_address(nat)
    for city, z in CITY_ZIP.items():
        if a.endswith(', ' + city):
            return a, z
    raise ValueError(a)


def _mk_address(nat):
    n = R.randint(2, 240)
    if nat == 'PHL':
        return ('Blk %d Lot %d %s St, Brgy. %s, %s' % (R.randint(1, 30), R.randint(1, 40),
                R.choice(['Mabini', 'Rizal', 'Sampaguita', 'Narra']),
                R.choice(['San Roque', 'Malanday', 'Poblacion', 'Sto. Niño']),
                R.choice(['Marikina City', 'Iloilo City', 'Cavite City', 'Tacloban City'])),
                R.choice(['1801', '5000', '4100', '6500']))
    if nat == 'USA':
        return ('%d %s, %s' % (n * 7, R.choice(['Bayou Teche Rd', 'Cypress Bend Dr', 'Old Spanish Trl',
                                                 'Pelican Way']),
                               R.choice(['Breaux Bridge', 'Houma', 'Galliano', 'New Iberia'])),
                R.choice(['70517', '70360', '70354', '70560']))
    if nat == 'GBR':
        return ('%d %s, %s' % (n, R.choice(['Hilton Drive', 'Ferryhill Road', 'Links View', 'Cairnfield Place']),
                               R.choice(['Aberdeen', 'Peterhead', 'Stornoway', 'Lerwick'])),
                R.choice(['AB24 4NJ', 'AB42 1XT', 'HS1 2QD', 'ZE1 0RB']))
    if nat == 'NOR':
        return ('%s %d%s, %s' % (R.choice(['Storgata', 'Smedasundet', 'Kirkevegen']), n % 60, R.choice(['', 'B']),
                                 R.choice(['Haugesund', 'Stord', 'Ålesund'])),
                R.choice(['5527', '5411', '6002']))
    if nat == 'POL':
        return ('ul. %s %d/%d, %s' % (R.choice(['Morska', 'Świętojańska', 'Portowa']), n % 90, R.randint(1, 30),
                                      R.choice(['Gdynia', 'Szczecin', 'Gdańsk'])),
                R.choice(['81-323', '70-001', '80-827']))
    if nat == 'GRC':
        return ('%s %d, %s' % (R.choice(['Akti Miaouli', 'Odos Karaiskou', 'Grigoriou Lambraki']), n % 120,
                               R.choice(['Piraeus', 'Chios', 'Syros'])),
                R.choice(['185 36', '821 00', '841 00']))
    if nat == 'IND':
        return ('Flat %d%s, %s, %s' % (R.randint(1, 12), R.choice('ABC'), R.choice(['Sea Breeze Apts', 'Marine Heights',
                                                                               'Sai Krupa CHS']),
                                       R.choice(['Kochi', 'Navi Mumbai', 'Goa Velha'])),
                R.choice(['682001', '400706', '403108']))
    if nat == 'UKR':
        return ('vul. %s %d, kv. %d, %s' % (R.choice(['Derybasivska', 'Morska', 'Admiralska']), n % 80,
                                            R.randint(1, 90), R.choice(['Odesa', 'Mykolaiv', 'Kherson'])),
                R.choice(['65026', '54001', '73000']))
    if nat == 'IDN':
        return ('Jl. %s No. %d, %s' % (R.choice(['Pemuda', 'Diponegoro', 'Pelabuhan']), n % 99,
                                       R.choice(['Semarang', 'Surabaya', 'Makassar'])),
                R.choice(['50132', '60175', '90111']))
    if nat == 'HRV':
        return ('%s %d, %s' % (R.choice(['Ulica Ivana Zajca', 'Obala kneza Branimira', 'Put Firula']), n % 50,
                               R.choice(['Rijeka', 'Split', 'Zadar'])),
                R.choice(['51000', '21000', '23000']))
    if nat == 'NGA':
        return ('%d %s, %s' % (n % 60, R.choice(['Adeola Odeku St', 'Marine Rd', 'Creek Rd']),
                               R.choice(['Victoria Island, Lagos', 'Apapa, Lagos', 'Port Harcourt'])),
                R.choice(['101241', '102272', '500001']))
    if nat == 'CHN':
        return ('Room %d, %d %s, %s' % (R.randint(101, 2408), n, R.choice(['Haimen Rd', 'Gangwan St', 'Zhongshan Rd']),
                                        R.choice(['Dalian', 'Qingdao', 'Ningbo'])),
                R.choice(['116001', '266001', '315000']))
    if nat == 'MMR':
        return ('No. %d %s, %s' % (n % 150, R.choice(['Bo Aung Kyaw St', 'Strand Rd', 'Pansodan St']),
                                   R.choice(['Yangon', 'Thanlyin'])),
                R.choice(['11182', '11291']))
    if nat == 'LVA':
        return ('%s %d-%d, %s' % (R.choice(['Brīvības iela', 'Ostas iela', 'Kuģu iela']), n, R.randint(1, 40),
                                  R.choice(['Rīga', 'Liepāja', 'Ventspils'])),
                R.choice(['LV-1001', 'LV-3401', 'LV-3601']))
    # BRA
    return ('Rua %s %d, %s' % (R.choice(['do Porto', 'XV de Novembro', 'Almirante Barroso']), n,
                               R.choice(['Santos', 'Macaé', 'Rio Grande'])),
            R.choice(['11010-050', '27910-970', '96200-000']))


def mk_phone(nat):
    f = {
        'PHL': lambda: '+63 9%d %s %s' % (R.randint(15, 99), rd(3), rd(4)),
        'USA': lambda: '+1 %s-555-01%s' % (R.choice(['337', '985', '504', '225']), rd(2)),
        'GBR': lambda: '+44 7700 900%s' % rd(3),
        'NOR': lambda: '+47 %s %s %s' % (R.choice(['41', '92', '98']) + rd(1), rd(2), rd(3)),
        'POL': lambda: '+48 %s %s %s' % ('5' + rd(2), rd(3), rd(3)),
        'GRC': lambda: '+30 69%s %s' % (rd(2), rd(6)),
        'IND': lambda: '+91 9%s %s' % (rd(4), rd(5)),
        'UKR': lambda: '+380 %s %s %s %s' % (R.choice(['50', '67', '93']), rd(3), rd(2), rd(2)),
        'IDN': lambda: '+62 812-%s-%s' % (rd(4), rd(4)),
        'HRV': lambda: '+385 9%s %s %s' % (rd(1), rd(3), rd(4)),
        'NGA': lambda: '+234 80%s %s %s' % (rd(1), rd(3), rd(4)),
        'CHN': lambda: '+86 13%s %s %s' % (rd(1), rd(4), rd(4)),
        'MMR': lambda: '+95 9 %s %s' % (rd(3), rd(4)),
        'LVA': lambda: '+371 2%s %s' % (rd(3), rd(4)),
        'BRA': lambda: '+55 13 9%s-%s' % (rd(4), rd(4)),
    }[nat]
    return f()


def ascii_fold(s):
    tbl = str.maketrans({'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'å': 'a', 'Å': 'A', 'ł': 'l', 'Ł': 'L', 'ó': 'o',
                         'ń': 'n', 'ę': 'e', 'ą': 'a', 'ś': 's', 'Ś': 'S', 'ż': 'z', 'č': 'c', 'ć': 'c',
                         'š': 's', 'ā': 'a', 'ē': 'e', 'ī': 'i', 'ņ': 'n', 'ļ': 'l', 'š': 's', 'é': 'e',
                         'í': 'i', 'ã': 'a', "'": '', ' ': ''})
    return s.translate(tbl)


RANKS = ['AB', 'OS', 'Bosun', '2/E', '3/E', 'Oiler', 'Cook', 'Messman', 'Fitter', '3/O', 'ETO',
         'Motorman', 'Roustabout', 'Scaffolder', 'Crane Op', 'Driller', 'Catering']
PEOPLE = []


def mk_person(nat, first=None, last=None):
    o = ORIG[nat]
    first = first if first is not None else R.choice(o['first'])
    last = last or R.choice(o['last'])
    by = R.randint(1962, 2003) if nat != 'USA' else R.randint(1955, 2000)
    dob = dt.date(by, R.randint(1, 12), R.randint(1, 28))
    addr, zp = mk_address(nat)
    p = dict(nat=nat, first=first, last=last, dob=dob, sex='F' if first in FEMALE else 'M',
             mrn='MSC' + rd(7), case='TMA-24-0%s' % rd(4), crew_id='SN-%s' % rd(6),
             book={'PHL': 'C0%s' % rd(6), 'IND': 'MUM %s' % rd(6), 'UKR': 'AB %s' % rd(6),
                   'POL': 'PL%s' % rd(7), 'NOR': 'N%s' % rd(8)}.get(nat, '%s%s' % (nat[:2], rd(7))),
             medcert=R.choice(['NM%s' % rd(6), 'DMF-%s' % rd(5), 'ML5/%s/24' % rd(5)]),
             passport='%s%s' % (R.choice(['P', 'EC', 'FA', 'X', 'GB']), rd(7)),
             phone=mk_phone(nat), addr=addr, zip=zp,
             email='%s.%s%s@%s' % (ascii_fold(first).lower(), ascii_fold(last).lower(), rd(2),
                                   R.choice(o['mail'])),
             rank=R.choice(RANKS), vessel=R.choice(VESSELS), acct='A%s' % rd(8),
             imei=mk_imei(), mac=':'.join(rhex(2) for _ in range(6)),
             plb='%s' % ''.join(R.choice('0123456789ABCDEF') for _ in range(15)),
             mob='972' + rd(6), claim='PI/24/%s' % rd(5))
    nok_last = last if R.random() < 0.6 else R.choice(o['last'])
    p['nok'] = (R.choice(o['first']), nok_last)
    p['nok_rel'] = R.choice(['wife', 'husband', 'mother', 'father', 'sister', 'brother', 'partner'])
    p['nok_phone'] = mk_phone(nat)
    if nat == 'PHL':
        p['hp'] = '%s-%s-%s' % (rd(2), rd(9), rd(1))
    elif nat == 'USA':
        p['hp'] = 'XKJ%s' % rd(9)
        p['ssn'] = mk_ssn()
        if dob.year < 1960:
            p['mbi'] = mk_mbi()
    else:
        p['hp'] = 'SWP%s' % rd(8)
    p['age'] = 2024 - dob.year - (1 if (dob.month, dob.day) > (3, 14) else 0)
    PEOPLE.append(p)
    return p


for nat in ORIG:
    for _ in range(2):
        mk_person(nat)
mk_person('IDN', first='', last='Sutrisno')          # mononym
mk_person('USA', first='Faith', last='Hunter')       # names that are words
mk_person('GBR', first='Will', last='Mason')
mk_person('GRC', first='Stavros', last='Economou')
for p in R.sample(PEOPLE, 5):
    p['cgm'] = R.choice(['3MH', '0K1']) + ''.join(R.choice('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(8))
OFFSHORE = [p for p in PEOPLE if p['nat'] in ('GBR', 'NOR', 'USA')]
for p in OFFSHORE:
    p['platform'] = R.choice(PLATFORMS)
    if p['nat'] == 'GBR':
        p['plate'] = '%s%s %s' % (R.choice(['SV', 'SK', 'SA']), rd(2), ''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3)))
        p['vin'] = mk_vin(R.choice(['WVW', 'SAL', 'VF1']))
    elif p['nat'] == 'NOR':
        p['plate'] = '%s %s' % (R.choice(['EV', 'SU', 'RF']), rd(5))
        p['vin'] = mk_vin(R.choice(['YV1', 'WBA', 'JTM']))
    else:
        p['plate'] = '%s%s' % (rd(3), ''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3)))
        p['vin'] = mk_vin(R.choice(['1FT', '1GC', '3C6']))


def full(p):
    return (p['first'] + ' ' + p['last']).strip()


def lastfirst(p):
    return '%s, %s' % (p['last'], p['first']) if p['first'] else p['last']


def up_lf(p):
    if p['nat'] in ('CHN',):
        return '%s %s' % (p['last'].upper(), p['first'])
    return ('%s %s' % (p['last'].upper(), p['first'].upper())).strip()


def ppl():
    return R.choice(PEOPLE)


# --------------------------------------------------------------------------
# clock
# --------------------------------------------------------------------------

T = dt.datetime(2024, 3, 14, 0, 0, 7, 113000)


def tick():
    global T
    T += dt.timedelta(seconds=R.randint(2, 300), milliseconds=R.randint(0, 999))


def iso(ms=True):
    return T.strftime('%Y-%m-%dT%H:%M:%S') + ('.%03dZ' % (T.microsecond // 1000) if ms else 'Z')


def syslog_ts():
    return T.strftime('%b %d %H:%M:%S').replace(' 0', '  ', 1) if T.day < 10 else T.strftime('%b %d %H:%M:%S')


def epoch_ms():
    return int((T - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


def rdate(start=dt.date(2024, 3, 1), days=13):
    return start + dt.timedelta(days=R.randint(0, days))


def d_iso(d):
    return d.strftime('%Y-%m-%d')


# --------------------------------------------------------------------------
# families
# --------------------------------------------------------------------------


def consult_gw():
    v = R.choice(VESSELS)
    base = {'level': 30, 'time': epoch_ms(), 'pid': R.choice([41, 43]),
            'hostname': 'consult-gw-7c9f8d6b5-' + R.choice(['x2lqk', 'p8rtn', 'mm4zd']),
            'name': 'consult-gw', 'sessionId': ruuid()}
    r = R.random()
    if r < 0.45:
        base.update({'vessel': v['name'], 'imo': int(v['imo']), 'link': R.choice(['FBB500', 'VSAT-Ku', 'LEO', 'VSAT-Ka']),
                     'rttMs': R.randint(38, 780), 'kbps': R.choice([128, 256, 384, 512, 1024]),
                     'lossPct': round(R.random() * 3, 2), 'msg': 'session.media.stats'})
        return [jline('consult_gw', base)]
    if r < 0.6:
        base.update({'level': 40, 'vessel': v['name'], 'msg': 'session.bitrate.downgrade',
                     'from': 'video720p', 'to': R.choice(['video360p', 'audio-only']), 'reason': 'rtt>600ms'})
        return [jline('consult_gw', base)]
    if r < 0.7:
        base.update({'msg': 'session.recording.stored',
                     'uri': 's3://msc-consult-rec-eu/%s/%s.webm' % (T.strftime('%Y/%m/%d'), base['sessionId']),
                     'bytes': R.randint(2_000_000, 90_000_000), 'sha256': rhex(64)})
        return [jline('consult_gw', base)]
    p = ppl()
    doc = R.choice(CLINICIANS)
    base.update({'vessel': p['vessel']['name'], 'imo': int(p['vessel']['imo']), 'msg': 'session.open',
                 'caseRef': P(p['case'], 'other_id'),
                 'patient': {'name': P(full(p), 'name'), 'dob': P(d_iso(p['dob']), 'date'),
                             'mrn': P(p['mrn'], 'mrn'), 'rank': p['rank'], 'nat': p['nat']},
                 'clinician': doc[0], 'priority': R.choice(['P1', 'P2', 'P3'])})
    if R.random() < 0.4:
        base['patient'].pop('dob')
        base['reporter'] = R.choice(MASTERS)
    return [jline('consult_gw', base)]


def vsat_syslog():
    v = R.choice(VESSELS)
    host = R.choice(['nms-abz-01', 'nms-abz-02', 'hub-gw-hou1'])
    c = R.randint(0, 5)
    if c == 0:
        m = "iDirect-NMS[2231]: remote '%s' (did %d) C/N0 %.1f dBHz tx_power %.1f dBm state=IN_NET" % (
            v['name'], v['did'], R.uniform(55, 72), R.uniform(-18, -4))
    elif c == 1:
        m = 'fbb-mon[881]: terminal imsi=9011120%s pdp ctx up apn=msc.tmas.priv qos=streaming-128k ip=%s' % (
            rd(8), v['ip'])
    elif c == 2:
        m = 'starlink-agent[3011]: dish %s obstruction_pct=%.2f pop=%s downlink_mbps=%.1f' % (
            'ut' + rhex(8) + '-' + rhex(8), R.random() * 4, R.choice(['lndngbr1', 'osloNor1', 'dllsTX1']), R.uniform(40, 220))
    elif c == 3:
        m = 'qosd[612]: vessel=%s vlan=30 class=TELEMED prio=EF cir=512k burst=%dk drops=%d' % (
            v['cs'], R.choice([64, 128, 256]), R.randint(0, 40))
    elif c == 4:
        m = 'iDirect-NMS[2231]: beam switch remote %d from %s to %s lat=%.2f lon=%.2f' % (
            v['did'], R.choice(['IS-37e-B14', 'E10B-EU3']), R.choice(['IS-37e-B15', 'T19V-NA2']),
            R.uniform(-40, 65), R.uniform(-80, 120))
    else:
        m = 'charon[1207]: 09[IKE] IKE_SA msc-ship-%s[%d] established between 62.173.41.%d[hub]...%s[%s]' % (
            v['cs'].lower(), R.randint(100, 999), R.randint(2, 30), v['ip'], v['cs'].lower())
    return [mk('vsat_syslog', '<%d>%s %s %s' % (R.choice([30, 134, 29]), syslog_ts(), host, m))]


UA = ['SeaCareCrew/3.8.2 (Android 13; SM-A146B)', 'SeaCareCrew/3.8.1 (iOS 17.3; iPhone12,1)',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36',
      'kube-probe/1.28', 'ELB-HealthChecker/2.0']


def nginx():
    ts = T.strftime('[%d/%b/%Y:%H:%M:%S +0000]')
    r = R.random()
    if r < 0.3:
        return [mk('nginx', '10.40.%d.%d - - %s "GET /healthz HTTP/1.1" 200 2 "-" "%s" %.3f' % (
            R.randint(0, 3), R.randint(2, 250), ts, R.choice(UA[3:]), R.random() / 100))]
    if r < 0.45:
        path = R.choice(['/static/js/main.4f9a1c2e.js', '/api/v2/vessels/%s/medchest' % R.choice(VESSELS)['imo'],
                         '/api/v2/formulary?chest=B', '/favicon.ico', '/api/v2/stats/cases?range=24h'])
        return [mk('nginx', '10.20.%d.%d - %s %s "GET %s HTTP/2.0" 200 %d "-" "%s" %.3f' % (
            R.randint(0, 9), R.randint(2, 250), R.choice(COORDS), ts, path, R.randint(200, 90000), UA[2],
            R.random()))]
    p = ppl()
    if r < 0.72:
        ip = '%d.%d.%d.%d' % (R.choice([49, 112, 176, 88, 41, 223]), R.randint(1, 254), R.randint(0, 255), R.randint(1, 254))
        path = '/api/v2/crew/'
        tail = R.choice(['/appointments', '/certificates', '/prescriptions', '/documents'])
        return [mk('nginx', P(ip, 'ip'), ' - - %s "GET %s' % (ts, path), P(p['crew_id'], 'other_id'),
                   '%s HTTP/2.0" %d %d "-" "%s" %.3f' % (tail, R.choice([200, 200, 304, 401]), R.randint(90, 9000),
                                                          R.choice(UA[:2]), R.random()))]
    if r < 0.86:
        return [mk('nginx', '10.20.%d.%d - %s %s "GET /console/patients?q=' % (
            R.randint(0, 9), R.randint(2, 250), R.choice(CLINICIANS)[1], ts),
            P(full(p), 'name', 'pct'), '&limit=20 HTTP/2.0" 200 %d "-" "%s" %.3f' % (
            R.randint(400, 9000), UA[2], R.random()))]
    return [mk('nginx', '10.20.%d.%d - %s %s "POST /console/cases/' % (
        R.randint(0, 9), R.randint(2, 250), R.choice(CLINICIANS)[1], ts), P(p['case'], 'other_id'),
        '/notes HTTP/2.0" 201 %d "' % R.randint(80, 400),
        P('https://console.meridianseacare.example/patients/%s/timeline' % p['mrn'], 'url'),
        '" "%s" %.3f' % (UA[2], R.random()))]


DRUGS = [('A-01', 'Adrenaline 1mg/ml inj', 'AMP'), ('A-04', 'Ceftriaxone 1g inj', 'VIAL'),
         ('A-12', 'Paracetamol 500mg tab', 'TAB'), ('B-17', 'Amoxicillin 500mg caps', 'CAP'),
         ('A-22', 'Morphine 10mg/ml inj', 'AMP'), ('B-31', 'Ondansetron 4mg ODT', 'TAB'),
         ('C-05', 'Chlorhexidine 0.05% sol 100ml', 'BTL'), ('A-30', 'Glyceryl trinitrate spray', 'BTL'),
         ('B-08', 'Doxycycline 100mg caps', 'CAP'), ('A-19', 'Tramadol 50mg caps', 'CAP'),
         ('B-44', 'Loperamide 2mg caps', 'CAP'), ('C-11', 'Silver sulfadiazine 1% cream', 'TUBE')]


def medchest_csv():
    v = R.choice(VESSELS)
    d = R.choice(DRUGS)
    exp = dt.date(R.choice([2024, 2025, 2026]), R.randint(1, 12), 28)
    req = R.randint(2, 60)
    qty = max(0, req - R.randint(0, 8))
    st = 'OK' if qty >= req else ('LOW' if qty else 'OUT')
    if exp < dt.date(2024, 6, 1):
        st = 'EXPIRING'
    return [mk('medchest_csv', '%s,%s,%s,MC-%s,%s,%s,%d,%d,LOT %s%s,%s,%s,%s' % (
        v['imo'], v['name'], d[0][0], d[0], d[1], d[2], qty, req, R.choice(['A', 'K', 'B']), rd(2) + R.choice('KMX') + rd(3),
        d_iso(exp), st, iso(False)))]


def medchest_disp():
    p = ppl()
    d = R.choice(DRUGS)
    when = dt.datetime.combine(rdate(dt.date(2024, 3, 8), 5), dt.time(R.randint(0, 23), R.randint(0, 59)))
    return [mk('medchest_disp', 'DSP;%s;%s;MC-%s;%s;%d;%s;' % (
        rd(7), p['vessel']['imo'], d[0], d[1], R.randint(1, 6), d[2]),
        P(when.strftime('%Y-%m-%d %H:%M'), 'date'), ';', P(up_lf(p), 'name'), ';', P(p['crew_id'], 'other_id'),
        ';', P(p['case'], 'other_id'), ';', R.choice(MASTERS))]


def crewcert_pipe():
    p = ppl()
    iss = rdate(dt.date(2022, 6, 1), 640)
    exp = iss + dt.timedelta(days=730 - 1)
    doc = R.choice(CLINICIANS[:3] + CLINICIANS[4:])
    status = R.choice(['FIT', 'FIT', 'FIT', 'FIT-R', 'TEMP-UNFIT'])
    restr = {'FIT': 'NONE', 'FIT-R': R.choice(['NO LOOKOUT', 'NEAR COASTAL ONLY', 'SPECTACLES REQ']),
             'TEMP-UNFIT': 'REVIEW 3M'}[status]
    L = mk('crewcert_pipe', 'CERT|', P(p['medcert'], 'license'), '|', P(p['last'].upper(), 'name'), '|')
    if p['first']:
        L.add(P(p['first'], 'name'))
    L.add('|', P(d_iso(p['dob']), 'date'), '|%s|%s|%s|' % (p['nat'], status, restr),
          P(d_iso(iss), 'date'), '|', P(d_iso(exp), 'date'), '|%s %s|ABZ|v3' % (doc[0], doc[2]))
    return [L]


def hl7():
    p = ppl()
    doc = R.choice(US_DOCS)
    ts = T.strftime('%Y%m%d%H%M%S')
    cid = 'MSG%s' % rd(7)
    typ = R.choice(['ADT^A04^ADT_A01', 'ORU^R01^ORU_R01'])
    out = [mk('hl7', 'MSH|^~\\&|SEACARE-TMS|MSC-ABZ|NHSG-TRAK|ARI|%s||%s|%s|P|2.5.1|||AL|NE' % (ts, typ, cid))]
    addr_parts = p['addr'].split(', ')
    street = addr_parts[0]
    city = addr_parts[-1]
    other = ', '.join(addr_parts[1:-1])
    L = mk('hl7', 'PID|1||', P(p['mrn'], 'mrn'), '^^^MSC^MR~', P(p['passport'], 'other_id'),
           '^^^%s^PPN||' % p['nat'], P(p['last'].upper(), 'name'), '^')
    if p['first']:
        L.add(P(p['first'].upper(), 'name'))
    L.add('||', P(p['dob'].strftime('%Y%m%d'), 'date'), '|%s|||' % p['sex'], P(street, 'address'), '^')
    if other:
        L.add(P(other, 'address'))
    L.add('^', P(city, 'address'), '^^', P(p['zip'], 'zip'), '^%s^H||' % p['nat'],
          P(p['phone'], 'phone'), '^PRN^CP|||||', P(p['acct'], 'account'))
    if 'ssn' in p:
        L.add('|', P(p['ssn'].replace('-', ''), 'ssn'))
    out.append(L)
    if typ.startswith('ADT'):
        plan = {'PHL': 'PHILHEALTH^PhilHealth OFW', 'USA': 'GULFCREWHP^Gulf Crew Health Plan'}.get(
            p['nat'], 'SWP^Seafarers Welfare Plan')
        out.append(mk('hl7', 'IN1|1|%s|%s|%s||||GRP-%s|||||||' % (plan.split('^')[0], plan.split('^')[0], plan.split('^')[1], rd(5)),
                      P(p['last'].upper(), 'name'), '^', *([P(p['first'].upper(), 'name')] if p['first'] else []), '|18|||||||||||||||||||', P(p['hp'], 'health_plan')))
    vn = 'V24' + rd(6)
    out.append(mk('hl7', 'PV1|1|O|TELEMED^^^MSC^^^^^%s||||%s^%s^%s^^^DR^^^NPI|||||||||||' % (
        p['vessel']['name'].replace(' ', '_'), doc[2], doc[0], doc[1]), P(vn, 'other_id'),
        '|||||||||||||||||||||||||', P(T.strftime('%Y%m%d') + '%02d%02d' % (R.randint(0, 23), R.randint(0, 59)), 'date')))
    if typ.startswith('ORU'):
        for code, nm, val, unit, rng in R.sample([('8867-4', 'Heart rate', R.randint(58, 128), '/min', '60-100'),
                                                  ('59408-5', 'SpO2', R.randint(88, 99), '%', '94-100'),
                                                  ('8310-5', 'Body temperature', round(R.uniform(36.1, 39.8), 1), 'Cel', '36.1-37.5'),
                                                  ('9279-1', 'Resp rate', R.randint(12, 28), '/min', '12-20')], 3):
            out.append(mk('hl7', 'OBX|%d|NM|%s^%s^LN||%s|%s|%s|%s|||F|||%s' % (
                R.randint(1, 4), code, nm, val, unit, rng, 'H' if float(val) > float(rng.split('-')[1]) else ('L' if float(val) < float(rng.split('-')[0]) else 'N'), ts)))
    return out


def fhir():
    r = R.random()
    if r < 0.3:
        oo = {'resourceType': 'OperationOutcome', 'issue': [{'severity': 'error', 'code': 'processing',
              'diagnostics': 'HAPI-0389: Failed to call access method: ca.uhn.fhir.rest.server.exceptions.'
                             'ResourceVersionConflictException: HAPI-0550: version conflict, expected %d' % R.randint(2, 9)}],
              'meta': {'tag': [{'system': 'urn:msc:trace', 'code': rhex(32)}]}}
        if R.random() < 0.5:
            oo = {'resourceType': 'Medication', 'id': 'med-%s' % d_iso(T.date()) + '-' + rd(3),
                  'code': {'coding': [{'system': 'http://snomed.info/sct', 'code': rd(9), 'display': R.choice(DRUGS)[1]}]},
                  'batch': {'lotNumber': 'K%s' % rd(6), 'expirationDate': '2026-0%d-28' % R.randint(1, 9)}}
        return [jline('fhir', oo)]
    p = ppl()
    ref = P('msc-' + p['mrn'][3:], 'mrn')
    if r < 0.55:
        res = {'resourceType': 'Patient', 'id': ref, 'meta': {'versionId': str(R.randint(1, 6)), 'lastUpdated': iso()},
               'identifier': [{'system': 'https://fhir.meridianseacare.example/id/mrn', 'value': P(p['mrn'], 'mrn')},
                              {'system': 'urn:msc:seafarer-book', 'value': P(p['book'], 'license')}],
               'name': [{'use': 'official', 'family': P(p['last'], 'name'),
                         'given': [P(p['first'], 'name')] if p['first'] else []}],
               'telecom': [{'system': 'phone', 'value': P(p['phone'], 'phone'), 'use': 'mobile'},
                           {'system': 'email', 'value': P(p['email'], 'email')}],
               'gender': 'male' if p['sex'] == 'M' else 'female', 'birthDate': P(d_iso(p['dob']), 'date'),
               'address': [{'line': [P(p['addr'].rsplit(', ', 1)[0], 'address')], 'city': P(p['addr'].rsplit(', ', 1)[1], 'address'),
                            'postalCode': P(p['zip'], 'zip'), 'country': p['nat']}]}
        return [jline('fhir', res)]
    if r < 0.63:
        res = {'resourceType': 'Coverage', 'id': ruuid(), 'status': 'active', 'beneficiary': {'reference': S('Patient/', ref)},
               'subscriberId': P(p['hp'], 'health_plan'),
               'payor': [{'display': {'PHL': 'PhilHealth', 'USA': 'Gulf Crew Health Plan'}.get(p['nat'], 'Seafarers Welfare Plan')}],
               'relationship': {'coding': [{'code': 'self'}]}, 'period': {'start': P(d_iso(rdate(dt.date(2023, 1, 1), 400)), 'date')}}
        return [jline('fhir', res)]
    if r < 0.8:
        st = dt.datetime.combine(T.date(), dt.time(R.randint(0, 23), R.randint(0, 59)))
        res = {'resourceType': 'Encounter', 'id': ruuid(), 'status': R.choice(['in-progress', 'finished']),
               'class': {'system': 'http://terminology.hl7.org/CodeSystem/v3-ActCode', 'code': 'VR', 'display': 'virtual'},
               'subject': {'reference': S('Patient/', ref)},
               'identifier': [{'system': 'urn:msc:tmas-case', 'value': P(p['case'], 'other_id')}],
               'period': {'start': P(st.strftime('%Y-%m-%dT%H:%M:00Z'), 'date')},
               'serviceProvider': {'display': ORG}, 'location': [{'location': {'display': 'MV ' + p['vessel']['name']}}]}
        return [jline('fhir', res)]
    d = R.choice(DRUGS)
    res = {'resourceType': 'MedicationDispense', 'id': ruuid(), 'status': 'completed',
           'medicationCodeableConcept': {'text': d[1]}, 'subject': {'reference': S('Patient/', ref)},
           'quantity': {'value': R.randint(1, 20), 'unit': d[2]},
           'whenHandedOver': P(dt.datetime.combine(T.date(), dt.time(R.randint(0, 23), R.randint(0, 59))).strftime('%Y-%m-%dT%H:%M:00Z'), 'date'),
           'performer': [{'actor': {'display': R.choice(MASTERS)}}], 'note': [{'text': 'from ship medicine chest, TMAS advice'}]}
    return [jline('fhir', res)]


def x12():
    us = [p for p in PEOPLE if p['nat'] == 'USA']
    p = R.choice(us)
    doc = R.choice(US_DOCS)
    ctl = rd(9)
    d8 = T.strftime('%Y%m%d')
    onset = rdate(dt.date(2024, 3, 1), 10)
    svc = onset + dt.timedelta(days=R.randint(0, 2))
    street, city = p['addr'].rsplit(', ', 1)
    ssn = p['ssn'] if R.random() < 0.8 else mk_ssn(False)
    out = [
        mk('x12', 'ISA*00*          *00*          *ZZ*MSCTMAS0001    *ZZ*GULFCREWHP     *%s*%s*^*00501*%s*0*P*:~' % (
            T.strftime('%y%m%d'), T.strftime('%H%M'), ctl)),
        mk('x12', 'GS*HC*MSCTMAS0001*GULFCREWHP*%s*%s*%d*X*005010X222A1~' % (d8, T.strftime('%H%M'), int(ctl) % 10000)),
        mk('x12', 'ST*837*0001*005010X222A1~'),
        mk('x12', 'BHT*0019*00*B%s*%s*%s*CH~' % (rd(8), d8, T.strftime('%H%M'))),
        mk('x12', 'NM1*41*2*MERIDIAN SEACARE TELEMEDICAL*****46*MSCT0001~'),
        mk('x12', 'PER*IC*CLAIMS DESK*TE*7135550164*EM*claims@meridianseacare.example~'),
        mk('x12', 'NM1*85*2*MERIDIAN SEACARE TELEMEDICAL*****XX*%s~' % mk_npi()),
        mk('x12', 'N3*2200 CLINTON DR STE 410~'),
        mk('x12', 'N4*HOUSTON*TX*770203311~'),
        mk('x12', 'SBR*P*18*GCP55012******CI~'),
        mk('x12', 'NM1*IL*1*', P(p['last'].upper(), 'name'), '*', P(p['first'].upper(), 'name'),
           '****MI*', P(p['hp'], 'health_plan'), '~'),
        mk('x12', 'N3*', P(street.upper(), 'address'), '~'),
        mk('x12', 'N4*', P(city.upper(), 'address'), '*LA*', P(p['zip'], 'zip'), '~'),
        mk('x12', 'DMG*D8*', P(p['dob'].strftime('%Y%m%d'), 'date'), '*%s~' % p['sex']),
        mk('x12', 'REF*SY*', P(ssn.replace('-', ''), 'ssn'), '~'),
        mk('x12', 'CLM*', P(p['acct'], 'account'), '*%d***02:B:1*Y*A*Y*Y~' % R.choice([95, 185, 240])),
        mk('x12', 'DTP*431*D8*', P(onset.strftime('%Y%m%d'), 'date'), '~'),
        mk('x12', 'HI*ABK:%s~' % R.choice(['S6291XA', 'K3580', 'R1013', 'T7840XA'])),
        mk('x12', 'NM1*82*1*%s*%s****XX*%s~' % (doc[0], doc[1], doc[2])),
        mk('x12', 'LX*1~'),
        mk('x12', 'SV1*HC:%s*%d*UN*1***1~' % (R.choice(['99443', '99213', 'G2012']), R.choice([95, 185]))),
        mk('x12', 'DTP*472*D8*', P(svc.strftime('%Y%m%d'), 'date'), '~'),
        mk('x12', 'SE*22*0001~'),
        mk('x12', 'GE*1*%d~' % (int(ctl) % 10000)),
        mk('x12', 'IEA*1*%s~' % ctl),
    ]
    if 'mbi' in p:
        out.insert(10, mk('x12', 'REF*1W*', P(p['mbi'], 'health_plan'), '~'))
    return out


def pos():
    la, lo = R.uniform(-35, 62), R.uniform(-90, 130)
    return '%02d-%04.1f%s %03d-%04.1f%s' % (abs(int(la)), (abs(la) % 1) * 60, 'N' if la >= 0 else 'S',
                                           abs(int(lo)), (abs(lo) % 1) * 60, 'E' if lo >= 0 else 'W')


def medevac():
    p = ppl()
    v = p['vessel']
    mrcc = R.choice(['MRCC FALMOUTH', 'JRCC STAVANGER', 'USCG D8 NEW ORLEANS', 'MRCC PIRAEUS', 'MRCC SINGAPORE'])
    dtg = T.strftime('%d%H%MZ %b %y').upper()
    r = R.random()
    if r < 0.4:
        return [mk('medevac', '%s FM %s TO MSC TMAS // SITREP %d // MEDEVAC %s // HELO %s AIRBORNE ETA %s // POSN %s' % (
            dtg, mrcc, R.randint(1, 5), R.choice(['IN PROGRESS', 'COMPLETE PT HANDED TO AMBULANCE', 'POSTPONED WX']),
            R.choice(['R101', 'R924', 'LN-OSR', 'CG6532', 'G-MCGK']), (T + dt.timedelta(minutes=R.randint(20, 120))).strftime('%H%MZ'),
            pos()))]
    doc = R.choice(CLINICIANS)
    dob = p['dob'].strftime('%d%b%Y').upper()
    return [mk('medevac', '%s FM MSC TMAS ABERDEEN TO %s // MEDEVAC REQ // VSL %s IMO %s CS %s // POSN %s // PT ' % (
        dtg, mrcc, v['name'], v['imo'], v['cs'], pos()), P(lastfirst(p).upper(), 'name'),
        ' %s DOB ' % p['sex'], P(dob, 'date'), ' AGE %d NAT %s RANK %s // COND: %s // TMAS REF ' % (
        p['age'], p['nat'], p['rank'].upper(),
        R.choice(['SUSP APPENDICITIS T 38.9 PAIN 8/10', 'CRUSH INJ L HAND OPEN FX', 'CHEST PAIN ST ELEV ON ECG',
                  'HEAD INJ GCS 13 FALL FROM LADDER 3M', 'SEVERE BURNS 12PCT TBSA ENG ROOM'])),
        P(p['case'], 'other_id'), ' // ADV: %s // %s %s' % (R.choice(['HELO EVAC REC', 'DIVERT TO NEAREST PORT',
                                                                          'BOAT TRANSFER AT PILOT STN']),
                                                              doc[0].upper(), ORG_PHONE))]


def sitrep_kv():
    r = R.random()
    if r < 0.5:
        return [mk('sitrep_kv', 'ts=%s src=uscg-d8-feed case_no=' % iso(False), P('D8-24-' + rd(4), 'other_id'),
                   ' type=MEDEVAC asset=CG6532 status=%s lat=%.4f lon=%.4f wx_wind_kt=%d sea_ft=%d' % (R.choice(['ASSIGNED', 'ON_SCENE', 'RTB']), R.uniform(26, 29.5), R.uniform(-94, -88),
            R.randint(5, 35), R.randint(2, 14)))]
    p = ppl()
    return [mk('sitrep_kv', 'ts=%s src=jrcc-feed type=MEDEVAC vessel="%s" pob=%d patient_count=1 patient="' % (
        iso(False), p['vessel']['name'], R.randint(14, 160)), P(full(p), 'name'), '" patient_dob=',
        P(d_iso(p['dob']), 'date'), ' receiving="%s" tmas_ref=' % R.choice(['Haukeland universitetssjukehus', 'Aberdeen Royal Infirmary',
                                                                            'Ochsner Medical Center', 'Stavanger universitetssjukehus']),
        P(p['case'], 'other_id'))]


def pni_logfmt():
    r = R.random()
    ts = iso()
    if r < 0.35:
        return [mk('pni_logfmt', 'ts=%s level=info svc=pni-bridge msg=%s %s' % (ts, R.choice(['"fx rates refreshed"', '"batch export done"', '"club api token renewed"']),
                                                                          'count=%d duration_ms=%d source=ecb' % (R.randint(1, 40), R.randint(80, 4000))))]
    p = ppl()
    club = R.choice(['NSPI', 'BRITMUT', 'GULFSTD'])
    inc = rdate(dt.date(2024, 2, 20), 22)
    if r < 0.7:
        nm = full(p)
        if p['nat'] == 'GRC' and R.random() < 0.6:
            nm = GREEK_SCRIPT[p['last']] + ' ' + GREEK_SCRIPT[p['first']]
        return [mk('pni_logfmt', 'ts=%s level=info svc=pni-bridge club=%s member_no=%s-OW-%s vessel_imo=%s claim_ref=' % (
            ts, club, club, rd(5), p['vessel']['imo']), P(p['claim'], 'other_id'), ' crew="', P(nm, 'name'),
            '" rank="%s" incident_date=' % p['rank'], P(d_iso(inc), 'date'),
            ' type=%s reserve_usd=%d msg="claim notified"' % (R.choice(['illness', 'injury', 'repatriation']), R.randint(2, 90) * 500))]
    nok_f, nok_l = p['nok']
    dep_age = R.choice([91, 93, 90, 62, 58, 95])
    L = mk('pni_logfmt', 'ts=%s level=warn svc=pni-bridge club=%s claim_ref=' % (ts, club), P(p['claim'], 'other_id'),
           ' type=death_in_service crew="', P(lastfirst(p), 'name'), '" dod=', P(d_iso(inc), 'date'),
           ' dependant="', P('%s %s' % (nok_f, nok_l), 'name'), '" dep_rel=%s dep_age=' % R.choice(['mother', 'father', 'grandmother']))
    if dep_age > 89:
        L.add(P(str(dep_age), 'age'))
    else:
        L.add(str(dep_age))
    L.add(' dep_fax=', P(p['nok_phone'].replace('+', '00').replace(' ', ''), 'fax'), ' msg="dependant benefit pending docs"')
    return [L]


def java_trace():
    p = ppl()
    ts = T.strftime('%Y-%m-%d %H:%M:%S.') + '%03d' % (T.microsecond // 1000)
    bad = '%d-02-30' % p['dob'].year
    out = [mk('java_trace', '%s ERROR 1 --- [pool-3-thread-%d] c.m.s.claims.export.PniExportJob        : Export failed for claim ' % (ts, R.randint(1, 4)),
              P(p['claim'], 'other_id'))]
    out.append(mk('java_trace', "com.meridianseacare.claims.export.ValidationException: Field 'crewDob' invalid: '", P(bad, 'date'),
                  "' for crew ", P(lastfirst(p), 'name')))
    for fr in ['com.meridianseacare.claims.export.PniMapper.map(PniMapper.java:214)',
               'com.meridianseacare.claims.export.PniExportJob.lambda$run$2(PniExportJob.java:88)',
               'java.base/java.util.stream.ReferencePipeline$3$1.accept(ReferencePipeline.java:197)']:
        out.append(mk('java_trace', '\tat ' + fr))
    out.append(mk('java_trace', "Caused by: java.time.format.DateTimeParseException: Text '", P(bad, 'date'),
                  "' could not be parsed: Invalid date 'FEBRUARY 30'"))
    out.append(mk('java_trace', '\tat java.base/java.time.format.DateTimeFormatter.createError(DateTimeFormatter.java:2023)'))
    out.append(mk('java_trace', '\t... 14 common frames omitted'))
    return out


def java_info():
    ts = T.strftime('%Y-%m-%d %H:%M:%S.') + '%03d' % (T.microsecond // 1000)
    m = R.choice(['o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port(s): 8080 (http) with context path \'\'',
                  'c.m.s.claims.export.PniExportJob        : Export window 00:00-06:00 UTC, batch size 50, club endpoints 3',
                  'com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Start completed.',
                  'c.m.s.claims.ClaimsApplication          : Started ClaimsApplication in 7.412 seconds (process running for 8.03)'])
    return [mk('java_trace', '%s  INFO 1 --- [           main] %s' % (ts, m))]


def postgres():
    ts = T.strftime('%Y-%m-%d %H:%M:%S.') + '%03d UTC' % (T.microsecond // 1000)
    pid = R.randint(10000, 40000)
    r = R.random()
    if r < 0.45:
        m = R.choice(['LOG:  checkpoint complete: wrote %d buffers (0.%d%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=%.3f s' % (
            R.randint(100, 4000), R.randint(1, 9), R.uniform(1, 30)),
            'LOG:  automatic vacuum of table "tms.public.medchest_item": index scans: 1',
            'LOG:  connection authorized: user=tmsapp database=tms application_name=consult-gw SSL enabled (protocol=TLSv1.3)',
            'LOG:  duration: %.3f ms  statement: SELECT count(*) FROM tmas_case WHERE status = \'OPEN\'' % R.uniform(0.2, 40)])
        return [mk('postgres', '%s [%d] %s' % (ts, pid, m))]
    p = ppl()
    if r < 0.7:
        return [mk('postgres', "%s [%d] tmsapp@tms LOG:  duration: %.3f ms  execute <unnamed>: SELECT id, family_name, given_name, dob FROM patient WHERE mrn = '" % (
            ts, pid, R.uniform(0.3, 12)), P(p['mrn'], 'mrn'), "'")]
    if r < 0.85:
        L = mk('postgres', "%s [%d] certsvc@tms ERROR:  duplicate key value violates unique constraint \"crew_certificate_cert_no_key\" DETAIL:  Key (cert_no)=(" % (ts, pid),
               P(p['medcert'], 'license'), ") already exists.")
        return [L]
    esc = p['last'].replace("'", "''")
    return [mk('postgres', "%s [%d] rmenon@tms LOG:  statement: UPDATE patient SET phone = '" % (ts, pid), P(p['phone'], 'phone'),
               "' WHERE family_name = '", P(esc, 'name'), "' AND dob = '", P(d_iso(p['dob']), 'date'), "'")]


def shipchat():
    p = ppl()
    ts = T.strftime('[%Y-%m-%d %H:%M:%S]')
    m = R.choice(MASTERS)
    v = p['vessel']['name']
    doc = R.choice(CLINICIANS)
    r = R.random()
    if r < 0.4:
        return [mk('shipchat', '%s <%s> %s' % (ts, doc[0], R.choice([
            'Give paracetamol 1g PO from chest item A-12, recheck temp in 1 hour and send new vitals.',
            'Please photograph the wound with the ruler next to it and upload via the kit tablet.',
            'Start ceftriaxone 1g IM (A-04). Document batch number in the medical log.',
            'Keep him nil by mouth, lying on his left side, obs every 15 min.',
            'Understood. I am calling the MRCC now, stand by on this channel.']))),]
    if r < 0.75:
        return [mk('shipchat', '%s <%s @ %s> Patient is ' % (ts, m, v), P(full(p), 'name'), ', %s, %d y, %s' % (
            p['rank'], p['age'], R.choice(['pain RLQ since 0200, vomited twice', 'cut to forearm from wire rope, bleeding controlled',
                                           'fever 39.2 and rigors since yesterday', 'fell in hold, cannot bear weight on R ankle'])))]
    return [mk('shipchat', '%s <%s @ %s> His wife is asking for news, can you call her on ' % (ts, m, v),
               P(p['nok_phone'], 'phone'), '? Name ', P('%s %s' % p['nok'], 'name'), '. Crew no ', P(p['crew_id'], 'other_id'))]


def slack_json():
    p = ppl()
    r = R.random()
    u = R.choice(COORDS + [c[1] for c in CLINICIANS])
    base = {'type': 'message', 'channel': 'C04TMASDUTY', 'user': u, 'ts': '%d.%06d' % (epoch_ms() // 1000, R.randint(0, 999999))}
    if r < 0.45:
        base['text'] = R.choice(['Handover done, 3 open cases, nothing P1.', 'VSAT hub ABZ maintenance 02:00-02:30Z, consults fail over to LEO.',
                                 'Reminder: chest B restock orders for Q2 due Friday.',
                                 'Anyone seen the formulary diff for v2024.03? \u00e7a bloque la validation.'])
        return [jline('slack_json', base, ea=True)]
    base['text'] = S('New P%d case ' % R.randint(1, 3), P(p['case'], 'other_id'), ' from %s: ' % p['vessel']['name'],
                     P(full(p), 'name'), ' (', P(p['mrn'], 'mrn'), ') \u2013 %s' % R.choice(['query fracture', 'chest pain', 'dental abscess', 'eye injury']))
    return [jline('slack_json', base, ea=True)]


def sms_gw():
    p = ppl()
    ts = iso(False)
    sid = 'SM' + rhex(32)
    r = R.random()
    if r < 0.35:
        return [mk('sms_gw', '%s sms-gw INFO dlr sid=%s status=%s err=%d carrier=%s' % (
            ts, sid, R.choice(['delivered', 'delivered', 'undelivered', 'sent']), R.choice([0, 0, 0, 30003]),
            R.choice(['Globe', 'Vodafone UK', 'Telenor', 'AT&T', 'Kyivstar']))),]
    if r < 0.5:
        return [mk('sms_gw', '%s sms-gw INFO out to=%s from=MSCTMAS sid=%s status=queued body="PAGE %s: new TMAS case P%d vessel %s, open console"' % (
            ts, '+44 7700 900%s' % rd(3), sid, R.choice(CLINICIANS)[0], R.randint(1, 3), p['vessel']['name']))]
    nf, nl = p['nok']
    dear = nf + ' ' + nl
    pt = p['first'] or p['last']
    if r < 0.85:
        return [mk('sms_gw', '%s sms-gw INFO out to=' % ts, P(p['nok_phone'], 'phone'), ' from=MSCTMAS sid=%s status=queued body="Dear ' % sid,
                   P(dear, 'name'), ', ', P(pt, 'name'), R.choice([' is stable and is being transferred to hospital ashore.',
                                                                  ' has been seen by our doctor and is recovering on board.',
                                                                  ' will be signed off at the next port for treatment.']),
                   ' Ref ', P(p['case'], 'other_id'), '. Meridian SeaCare %s"' % ORG_PHONE)]
    appt = rdate(dt.date(2024, 3, 18), 20)
    return [mk('sms_gw', '%s sms-gw INFO out to=' % ts, P(p['phone'], 'phone'), ' from=MSCTMAS sid=%s status=queued body="Your ENG1 medical is booked ' % sid,
               P(appt.strftime('%d/%m/%Y'), 'date'), ' 09:30 at Aberdeen clinic, 14 Quayside AB11 5PF. Cert ',
               P(p['medcert'], 'license'), ' expires ', P(d_iso(appt + dt.timedelta(days=R.randint(10, 40))), 'date'), '. Reply STOP to opt out"')]


def crewlist_fw():
    v = R.choice(VESSELS)
    out = []
    if R.random() < 0.5:
        out.append(mk('crewlist_fw', 'FAL5 CREW LIST  VSL %-20s IMO %s  PORT OF ARRIVAL %-12s DATE %s  PAGE 1/1' % (
            v['name'], v['imo'], R.choice(['ROTTERDAM', 'ABERDEEN', 'PORT FOURCHON', 'SINGAPORE']), T.strftime('%d.%m.%Y'))))
        out.append(mk('crewlist_fw', 'NO  FAMILY NAME          GIVEN NAMES      RANK     NAT  DOB        PLACE OF BIRTH ID DOC NO.'))
    for i in range(R.randint(2, 4)):
        p = ppl()
        fam = p['last'].upper()[:20]
        giv = p['first'].upper()[:16]
        pob = p['addr'].rsplit(', ', 1)[-1].upper()[:14]
        L = mk('crewlist_fw', '%03d ' % (i + 1), P(fam, 'name'), ' ' * (20 - len(fam)) + ' ')
        if giv:
            L.add(P(giv, 'name'))
        L.add(' ' * (16 - len(giv)) + ' ' + '%-8s %-4s ' % (p['rank'].upper()[:8], p['nat']), P(p['dob'].strftime('%d.%m.%Y'), 'date'),
              ' ', P(pob, 'address'), ' ' * (14 - len(pob)) + ' SB ', P(p['book'], 'license'))
        out.append(L)
    return out


def tmas_xml():
    r = R.random()
    if r < 0.4:
        return [mk('tmas_xml', '<?xml version="1.0"?><ack xmlns="urn:msc:tmas:1.3" msgId="%s" status="%s" received="%s"/>' % (
            ruuid(), R.choice(['OK', 'OK', 'DUPLICATE']), iso()))]
    p = ppl()
    doc = R.choice(CLINICIANS)
    adv = R.choice(['Continue oral antibiotics 7 days & review', 'Immobilise, analgesia, sign off at next port',
                    'Urgent evacuation; keep NBM & monitor obs q15min'])
    L = mk('tmas_xml', '<tmasReport xmlns="urn:msc:tmas:1.3" id="%s"><case ref="' % ruuid(), P(p['case'], 'other_id'),
           '"/><vessel imo="%s" name="%s"/><patient><name>' % (p['vessel']['imo'], p['vessel']['name']),
           P(full(p), 'name', 'xml'), '</name><dob>', P(d_iso(p['dob']), 'date'), '</dob><rank>%s</rank><signOn>' % p['rank'],
           P(d_iso(rdate(dt.date(2023, 11, 1), 120)), 'date'), '</signOn></patient><advice>%s</advice><clinician gmc="%s">%s</clinician></tmasReport>' % (
           xml_escape(adv), doc[2].split()[-1], doc[0]))
    return [L]


def vitals_kv():
    p = ppl()
    r = R.random()
    ts = iso()
    if r < 0.55:
        return [mk('vitals_kv', '%s vitals-gw INFO dev=%s sn=%s vessel=%s upl_bytes=%d hr=%d spo2=%d nibp=%d/%d temp=%.1f rr=%d fw=%s' % (
            ts, R.choice(['TempusPro', 'CorPuls3', 'LP15']), R.choice(['TP-20-', 'CP3-', 'LP15-']) + rd(6), p['vessel']['imo'],
            R.randint(4000, 400000), R.randint(55, 130), R.randint(88, 100), R.randint(100, 170), R.randint(60, 100),
            R.uniform(36, 39.6), R.randint(10, 28), R.choice(['4.2.1', '2.11.0-b118']))),]
    if r < 0.8:
        return [mk('vitals_kv', '%s vitals-gw INFO dev=%s sn=%s vessel=%s case=' % (
            ts, R.choice(['TempusPro', 'CorPuls3']), 'TP-20-' + rd(6), p['vessel']['imo']), P(p['case'], 'other_id'),
            ' ecg_leads=12 upl_bytes=%d status=attached' % R.randint(80000, 400000))]
    cp = [q for q in PEOPLE if 'cgm' in q]
    q = R.choice(cp)
    return [mk('vitals_kv', '%s vitals-gw INFO dev=%s sn=' % (ts, R.choice(['Libre3', 'DexcomG7'])), P(q['cgm'], 'device'),
               ' owner_crew=', P(q['crew_id'], 'other_id'), ' glucose_mmol=%.1f trend=%s sync=satellite' % (
               R.uniform(3.2, 16), R.choice(['flat', 'rising', 'falling'])))]


def pob_csv():
    r = R.random()
    ts = iso(False)
    if r < 0.3:
        return [mk('pob_csv', 'POBSUM,%s,%s,total=%d,day=%d,night=%d,muster=%s' % (
            ts, R.choice(PLATFORMS).replace(' ', '-'), R.randint(60, 180), R.randint(30, 100), R.randint(20, 80), R.choice(['OK', 'OK', 'DRILL']))),]
    p = R.choice(OFFSHORE)
    if r < 0.55:
        return [mk('pob_csv', 'HELIPARK,%s,ABZ-DYCE,' % ts, P(full(p), 'name'), ',', P(p['plate'], 'vehicle'), ',', P(p['vin'], 'vehicle'),
                   ',bay %d,flight %s' % (R.randint(1, 400), R.choice(['BHL71B', 'CHC912', 'ERA440'])))]
    fp = base64.b64encode(hashlib.sha512((p['crew_id'] + 'fp').encode()).digest() * 2).decode()
    L = mk('pob_csv', 'POB,%s,%s,%s,' % (ts, p['platform'].replace(' ', '-'), R.choice(['IN', 'OUT'])), P(up_lf(p), 'name'), ',',
           P(p['crew_id'], 'other_id'), ',fp_tpl=', P(fp, 'biometric'))
    if R.random() < 0.4:
        img = base64.b64encode(b'\xff\xd8\xff\xe0\x00\x10JFIF\x00' + hashlib.sha256(p['mrn'].encode()).digest() * 3).decode()
        L.add(',badge_photo=data:image/jpeg;base64,', P(img, 'photo'))
    if R.random() < 0.5:
        L.add(',plb_uin=', P(p['plb'], 'device'), ',ais_mob=', P(p['mob'], 'device'))
    return [L]


def radius():
    p = ppl()
    v = p['vessel']
    ts = T.strftime('%a %b %d %H:%M:%S %Y')
    if R.random() < 0.4:
        return [mk('radius', '%s : Info: rlm_sql (sql): Closing connection (%d): Hit idle_timeout, was idle for %d seconds' % (
            ts, R.randint(1, 30), R.randint(60, 900)))]
    user = p['crew_id'].replace('-', '').lower()
    return [mk('radius', '%s : Auth: (%d) Login OK: [' % (ts, R.randint(100, 99999)), P(user, 'other_id'),
               '] (from client crew-ap-%s-%02d port 0 cli ' % (v['cs'].lower(), R.randint(1, 8)), P(p['mac'].upper().replace(':', '-'), 'device'), ')')]


def payments():
    p = ppl()
    ts = iso()
    r = R.random()
    amt = R.choice(['95.00 GBP', '140.00 USD', '60.00 EUR'])
    if r < 0.55:
        return [mk('payments', '%s payments INFO charge ok id=ch_%s amount=%s card=************%s brand=%s order=ORD-%s' % (
            ts, rhex(24), amt, rd(4), R.choice(['visa', 'mastercard']), rd(8)))]
    if r < 0.8:
        return [mk('payments', '%s payments INFO invoice issued inv=INV-2024-%s account=' % (ts, rd(5)), P(p['acct'], 'account'),
                   ' amount=%s payer_email=' % amt, P(p['email'], 'email'))]
    pan = mk_pan(R.choice(['4', '51', '37']) if False else R.choice(['4', '52']))
    return [mk('payments', '%s payments DEBUG tokenize request pan=' % ts, P(pan, 'account'),
               ' exp=%02d/%02d name="' % (R.randint(1, 12), R.randint(25, 29)), P(full(p).upper(), 'name'), '" device_imei=',
               P(p['imei'], 'device'))]


def ops():
    ts = iso()
    m = R.choice([
        '%s k8s Normal Pulled pod/consult-gw-7c9f8d6b5-%s Successfully pulled image "registry.meridianseacare.example/consult-gw:3.14.2" in 2.%ds' % (ts, rhex(5), R.randint(1, 9)),
        '%s k8s Warning BackOff pod/pni-bridge-5d7b9-%s Back-off restarting failed container' % (ts, rhex(5)),
        '%s cron[%d]: (root) CMD (/opt/msc/bin/medchest-sync --since 24h --fleet all)' % (ts, R.randint(1000, 9000)),
        '%s certbot: Certificate for console.meridianseacare.example renewed, expires 2024-06-12' % ts,
        '%s restic: snapshot %s saved, files new: %d, changed: %d, added %.2f MiB' % (ts, rhex(8), R.randint(0, 900), R.randint(0, 400), R.uniform(1, 900)),
        '%s deploy: rolled out tms-api build 2024.03.14-1 (git %s) to prod-eu-west-2' % (ts, rhex(12)),
        '%s procurement: PO-%s to Seamed Supplies BV, Waalhaven Z.z. 44, 3089 JH Rotterdam, +31 10 555 0118, lines=%d' % (ts, rd(6), R.randint(3, 40)),
    ])
    return [mk('ops', m)]


FAMILIES = [
    (consult_gw, 10), (vsat_syslog, 8), (nginx, 9), (medchest_csv, 7), (medchest_disp, 3), (crewcert_pipe, 4),
    (hl7, 1.6), (fhir, 5), (x12, 0.45), (medevac, 4), (sitrep_kv, 3), (pni_logfmt, 5), (java_trace, 0.6),
    (java_info, 2), (postgres, 6), (shipchat, 5), (slack_json, 4), (sms_gw, 5), (crewlist_fw, 1.5),
    (tmas_xml, 3), (vitals_kv, 4), (pob_csv, 6), (radius, 4), (payments, 3), (ops, 6),
]


def build():
    lines = []
    fns = [f for f, _ in FAMILIES]
    ws = [w for _, w in FAMILIES]
    while len(lines) < N_LINES:
        tick()
        f = R.choices(fns, ws)[0]
        grp = f()
        if len(lines) + len(grp) > N_LINES:
            continue
        lines.extend(grp)
    return lines


def check(lines):
    for n, L in enumerate(lines, 1):
        b = bytes(L.b)
        if b'\n' in b or b'\r' in b or not b:
            raise SystemExit('line %d: newline or empty' % n)
        b.decode('utf-8')
        prev = 0
        for (s, e, cat, v, enc) in sorted(L.spans):
            if not (0 <= s < e <= len(b)):
                raise SystemExit('line %d: bad bounds %r' % (n, (s, e)))
            if s < prev:
                raise SystemExit('line %d: overlap at %d' % (n, s))
            prev = e
            got = _dec(b[s:e].decode('utf-8'), enc)
            if got != v:
                raise SystemExit('line %d: span %r decodes to %r, expected %r' % (n, (s, e, cat), got, v))
            if cat == 'account' and v.isdigit() and len(v) >= 15 and not luhn_ok(v):
                raise SystemExit('line %d: PAN fails Luhn' % n)


def main():
    lines = build()
    check(lines)
    with open('ql.log', 'wb') as f:
        for L in lines:
            f.write(bytes(L.b) + b'\n')
    with open('ql.labels.jsonl', 'w', encoding='utf-8', newline='\n') as f:
        for n, L in enumerate(lines, 1):
            f.write(json.dumps({'line': n, 'family': L.family,
                                'spans': [{'s': s, 'e': e, 'cat': c} for (s, e, c, _, _) in sorted(L.spans)]}) + '\n')
    nphi = sum(1 for L in lines if not L.spans)
    print('lines=%d no_phi=%d (%.1f%%)' % (len(lines), nphi, 100.0 * nphi / len(lines)), file=sys.stderr)


if __name__ == '__main__':
    main()
