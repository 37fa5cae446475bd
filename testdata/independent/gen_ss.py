#!/usr/bin/env python3
"""gen_ss.py - synthetic labeled log corpus "ss".

Theme: "Ridge to River Ride 2024", a three-day charity bike ride (Olympia WA ->
Astoria OR, 14-16 June 2024) run by the Northbound Cycling Foundation, with its
medical support.  The file ss.log is a SIEM export (one shipper, sorted by
time) covering registration (April-June), the event days and the post-event
insurance claims (June-July).  ss.labels.jsonl holds the PHI spans.

Systems simulated (family names in the labels file):
  reg_api       registration API, Python structlog JSON (signup, bib, packet
                pickup AAMVA licence scan, medical profile, support vehicle,
                headshot, fundraising page) + non-PHI request logs
  nginx         nginx access log of register.ridgetoriver.org
  payments      donation webhook worker, Node pino JSON (Stripe-like objects)
  legacy_donate legacy PHP donation form, Monolog lines
  esign         e-signature gateway, key=value lines (rider waivers)
  java_trace    Spring Boot fundraising / tracker services, log line + stack
                trace, one frame per line
  postgres      PostgreSQL server log (slow statements, checkpoints)
  trackd        GPS tracker platform, logfmt (rider IMEI trackers, marshal
                moto units, raw NMEA of marshal units, gateway stats)
  marshal_app   motorcycle marshal incident app, JSON
  radio         ops radio transcription logger, free text
  medtent_csv   rest-stop medical tent encounter export, CSV (with headers)
  sagdispatch   sweep (SAG) vehicle dispatch, RFC3164 syslog
  notify        SMS/e-mail notifier, Go zap JSON (Twilio / SES)
  slack         #med-ops / #course-ops Slack export, JSON lines
  hl7           HL7 v2.5 ADT^A04 transfer summaries to receiving hospital
  fhir          FHIR R4 resources (Patient, Encounter, Observation), 1 line each
  infra         kubelet / ingress / cert-manager / sshd / alertmanager / CDN
  inventory     rest-stop supply inventory, fixed width
  x12_837       X12 005010X222A1 837P claims to the accident insurer
  fnol_xml      insurer first-notice-of-loss XML, one record per line
  claims_psv    claims portal export, pipe-separated (with header)

Labeling decisions (grey cases):
  * Persons served = riders (registered participants), their emergency
    contacts / relatives / support-car drivers, and donors.  All their
    identifiers are labeled.  Staff, volunteers, motorcycle marshals, SAG
    drivers, medical tent clinicians (with NPIs), adjusters, corporate
    sponsors and the foundation itself (addresses, phones, e-mails, vans and
    their plates) are not.
  * A third-party motorist in a crash report is not a rider, relative or
    household member: his name and plate are NOT labeled.
  * Bib numbers (also when spoken as words on the radio), rider IDs
    (RDR-24-nnnnn), donor IDs, waiver IDs, marshal incident report IDs and
    insurance claim numbers -> other_id.  Medical tent encounter IDs and
    hospital / FHIR patient IDs -> mrn.  SAG run IDs (one van run, several
    riders), processor object IDs (evt_, ch_, pi_), envelope UUIDs, request
    IDs and trace IDs are software/operational identifiers -> not labeled.
  * Bib number ranges/aggregates not tied to a rider are not labeled.
  * Rider GPS positions (lat and lon, each its own span) and incident
    locations given as road + town are geocodes below state -> address.
    Course mile markers, rest-stop names and positions of marshal / SAG
    vehicles are the organisation's own sites/assets -> not labeled.
  * IMEIs of trackers carried by a rider, insulin pump serials, CGM
    transmitter IDs and bicycle frame serials -> device.  Tracker / radio
    IMEIs of marshal units -> not labeled.
  * Plates and VINs of a rider's registered support car -> vehicle.
  * Client IPs are labeled only on lines attributable to a rider/donor (the
    request names the rider or the e-sign/donation was theirs).  Non-PHI
    access lines only come from load balancers, monitors, crawlers and the CDN.
  * A URL or request path that carries a rider's identifier or name slug is
    one url span (the path, or the full URL).  A bare name slug outside a URL
    (e.g. in a SQL error) -> name.
  * Dates: DOB, date of service / arrival at a tent, incident / loss /
    onset / admission dates, claim service dates -> date (the whole
    date or date-time value).  The log line's own timestamp, HL7 MSH/EVN
    message times, X12 ISA/GS/BHT creation dates, inventory expiry dates and
    event schedule dates are not labeled.
  * Ages are labeled only when > 89.  Masked values (last4 of a card,
    ***-***-0187) are not labeled.  Full card numbers are labeled account even
    when they fail Luhn (junk keyed by a donor).  Patient control numbers (X12
    CLM01) -> account.
  * One span per delimited field: HL7 XPN/XAD fields are one span (for XAD
    the street^^city run; the ZIP component is its own zip span); separate
    JSON keys, CSV/PSV columns and X12 elements (NM103/NM104) are separate
    spans.  Middle initials in their own X12 element are labeled name.
  * A base64 headshot thumbnail -> photo.  Relationship words (spouse,
    mother), injuries, diagnoses and ICD-10 codes are not identifiers.
"""
import base64
import datetime as dtm
import hashlib
import json
import random
import sys
import urllib.parse
import uuid

R = random.Random(20240614)
ID = "ss"


# ---------------------------------------------------------------- primitives
class P:
    """A PHI value inside a JSON structure."""
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class Obj:
    def __init__(self, pairs):
        self.pairs = pairs


class Txt:
    """A JSON string made of parts (str or (text, cat))."""
    def __init__(self, *parts):
        self.parts = parts


def jstr(s, asc):
    return json.dumps(s, ensure_ascii=asc)[1:-1]


def jval(v, asc, sep):
    if isinstance(v, P):
        if isinstance(v.v, str):
            e = jstr(v.v, asc)
            assert json.loads('"' + e + '"') == v.v
            return ['"', (e, v.cat), '"']
        return [(json.dumps(v.v), v.cat)]
    if isinstance(v, Txt):
        out = ['"']
        for p in v.parts:
            if isinstance(p, tuple):
                out.append((jstr(p[0], asc), p[1]))
            else:
                out.append(jstr(p, asc))
        out.append('"')
        return out
    if isinstance(v, Obj):
        return J(v.pairs, asc, sep)
    if isinstance(v, list):
        out = ['[']
        for i, x in enumerate(v):
            if i:
                out.append(sep[0])
            out += jval(x, asc, sep)
        out.append(']')
        return out
    return [json.dumps(v, ensure_ascii=asc)]


def J(pairs, asc=False, sep=(',', ':')):
    out = ['{']
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(sep[0])
        out.append(json.dumps(k) + sep[1])
        out += jval(v, asc, sep)
    out.append('}')
    return out


def xe(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def flatten(parts):
    for p in parts:
        if isinstance(p, list):
            yield from flatten(p)
        else:
            yield p


ENTRIES = []
_seq = [0]


def emit(dt, fam, *parts):
    _seq[0] += 1
    ENTRIES.append((dt, _seq[0], fam, list(flatten(parts))))


# ---------------------------------------------------------------- ids/checks
def luhn_digit(payload):
    tot = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def digits(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def card(kind):
    if kind == 'visa':
        p = '4' + digits(14)
    elif kind == 'mc':
        p = str(R.randint(51, 55)) + digits(13)
    else:
        p = R.choice(['34', '37']) + digits(12)
    return p + luhn_digit(p)


def imei():
    p = R.choice(['35', '86', '35']) + digits(12)
    return p + luhn_digit(p)


def npi():
    p = R.choice('12') + digits(8)
    return p + luhn_digit('80840' + p)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return '%03d-%02d-%04d' % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_A = 'ACDEFGHJKMNPQRTUVWXY'
MBI_AN = MBI_A + '0123456789'


def mbi():
    c = [R.choice('123456789'), R.choice(MBI_A), R.choice(MBI_AN), R.choice('0123456789'),
         R.choice(MBI_A), R.choice(MBI_AN), R.choice('0123456789'), R.choice(MBI_A),
         R.choice(MBI_A), R.choice('0123456789'), R.choice('0123456789')]
    return ''.join(c)


VIN_T = dict(zip('ABCDEFGHJKLMNPRSTUVWXYZ', [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi):
    chars = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
    v = list(wmi + ''.join(R.choice(chars) for _ in range(5)) + '0' + R.choice('LMNPR') +
             R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') + digits(6))
    s = sum((int(ch) if ch.isdigit() else VIN_T[ch]) * w for ch, w in zip(v, VIN_W))
    v[8] = 'X' if s % 11 == 10 else str(s % 11)
    return ''.join(v)


def hexs(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def alnum(n, alphabet='ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'):
    return ''.join(R.choice(alphabet) for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def nmea_ck(body):
    c = 0
    for ch in body:
        c ^= ord(ch)
    return '%02X' % c


# ---------------------------------------------------------------- time fmt
UTC = dtm.timezone.utc
PDT = dtm.timezone(dtm.timedelta(hours=-7))


def D(y, mo, d, h=0, mi=0, s=0, us=0):
    return dtm.datetime(y, mo, d, h, mi, s, us, tzinfo=UTC)


def iso_ms(t):
    return t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (t.microsecond // 1000)


def iso_s(t):
    return t.strftime('%Y-%m-%dT%H:%M:%SZ')


def local(t):
    return t.astimezone(PDT)


def syslog_ts(t):
    l = local(t)
    return l.strftime('%b ') + ('%2d' % l.day) + l.strftime(' %H:%M:%S')


def nginx_ts(t):
    return t.strftime('%d/%b/%Y:%H:%M:%S +0000')


def epoch_ms(t):
    return int(t.timestamp() * 1000)


def jitter(t, a, b):
    return t + dtm.timedelta(seconds=R.uniform(a, b))


# ---------------------------------------------------------------- people
FIRST_F = ['Marisol', 'Aoife', 'Ingrid', 'Rashida', 'Hye-jin', 'Summer', 'Grace', 'Faith', 'Rose',
           'Destiny', 'Thandiwe', 'Zoë', 'Siobhán', 'Lan', 'Aiyana', 'Priya', 'Anneliese', 'Dagny',
           'Esperanza', 'Malia', 'Noor', 'Teodora', 'Ivy', 'Autumn', 'Brook', 'Oluwaseun', 'Honor']
FIRST_M = ['Dev', 'Tobias', 'Keanu', 'Mateo', 'Bartholomew', 'Hunter', 'Colt', 'Björn', 'José Ángel',
           'Mehmet', 'Kwame', 'Yusuf', 'Ruairí', 'Wei', 'Levi', 'Bao', 'Iker', 'Chidi', 'Sterling',
           'Forrest', 'Dusty', 'Harold', 'August', 'Lincoln', 'Ezra', 'Tavita']
LAST = ['Ferreira-Lund', 'Okonkwo', 'Baker', 'Stone', 'Wolf', 'Mills', 'Bishop', 'Cross',
        'Ní Bhriain', 'Nguyễn', 'Åkesson', 'Öztürk', 'Redcloud', 'Mensah-Bonsu', 'Raghunathan',
        'Adeyemi', 'van der Berg', 'de la Cruz', "O'Connell", 'MacAllister', 'Kowalczyk', 'Haddad',
        'Yamamoto-Reyes', 'Lightfoot', 'Fairweather', 'Rivers', 'Church', 'Summers', 'Young', 'King',
        'Sandoval Ortiz', 'Petrov', 'Kealoha', 'Abernathy', 'St. Clair', 'Dubois', 'Møller',
        'Castillo-Brandt', 'Goldberg', 'Mahmoud', 'Tran', 'Whitehorse', 'Law', 'Hill', 'Page', 'Banks',
        'Fa\'amausili', 'Szabó', 'Lindqvist', 'Achterberg']
CITIES = [('Tacoma', 'WA', ['98406', '98403', '98418'], '253'), ('Seattle', 'WA', ['98115', '98107', '98144'], '206'),
          ('Olympia', 'WA', ['98501', '98502'], '360'), ('Spokane', 'WA', ['99203', '99205'], '509'),
          ('Bellingham', 'WA', ['98225', '98229'], '360'), ('Vancouver', 'WA', ['98661', '98683'], '360'),
          ('Portland', 'OR', ['97214', '97202', '97217'], '503'), ('Eugene', 'OR', ['97405', '97403'], '541'),
          ('Bend', 'OR', ['97702', '97701'], '541'), ('Hood River', 'OR', ['97031'], '541'),
          ('Boise', 'ID', ['83702', '83706'], '208'), ('Missoula', 'MT', ['59801', '59803'], '406'),
          ('Sacramento', 'CA', ['95818', '95819'], '916'), ('Oakland', 'CA', ['94610', '94611'], '510'),
          ('Anchorage', 'AK', ['99508'], '907'), ('Walla Walla', 'WA', ['99362'], '509'),
          ('Lacey', 'WA', ['98503'], '360'), ('Gig Harbor', 'WA', ['98335'], '253')]
STREETS = ['N Alder St', 'Evergreen Park Dr SW', 'SE Hawthorne Blvd', 'Fircrest Ln', 'Old Military Rd NE',
           'Cherry St', 'NE 65th St', 'Larch Mountain Rd', 'W Riverside Ave', 'Kalakala Ct', 'Harbor View Dr',
           'Quail Run Loop', 'Madrona Way', 'E Pike St', 'Division St', 'Bayview Ter', 'Cascade Ave',
           'Prospect Hill Rd', 'SW Vermont St', 'Tolt Ave', 'Salmonberry Ln', 'Capitol Blvd S']
REL = ['spouse', 'mother', 'father', 'partner', 'sister', 'brother', 'daughter', 'son', 'friend', 'wife', 'husband']
INSURERS = [('Premera Blue Cross', 'PRM'), ('Regence BlueShield', 'RGN'), ('Kaiser Permanente NW', 'KPN'),
            ('PacificSource', 'PSH'), ('Moda Health', 'MOD'), ('Aetna', 'AET'), ('Cigna', 'CGN')]
BIKES = [('Trek', 'Domane SL 6', 'WTU'), ('Specialized', 'Roubaix Sport', 'WSBC'), ('Cannondale', 'Synapse', 'GS'),
         ('Giant', 'Defy Advanced 2', 'GT'), ('Surly', 'Long Haul Trucker', 'GS'), ('Salsa', 'Warbird', 'SL')]

AGE_REF = dtm.date(2024, 6, 14)


def phone_fmt(area, style=None):
    ex = str(R.randint(2, 9)) + digits(2)
    ln_ = digits(4)
    style = style if style is not None else R.randint(0, 3)
    return [f'+1{area}{ex}{ln_}', f'({area}) {ex}-{ln_}', f'{area}-{ex}-{ln_}', f'{area}.{ex}.{ln_}'][style]


def deaccent(s):
    import unicodedata
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.replace('ø', 'o').replace('Ø', 'O').replace('đ', 'd')


class Rider:
    pass


used_names = set()
used_bibs = set()


def make_rider(i, old=False):
    r = Rider()
    r.sex = R.choice('FM')
    while True:
        r.first = R.choice(FIRST_F if r.sex == 'F' else FIRST_M)
        r.last = R.choice(LAST)
        if (r.first, r.last) not in used_names:
            used_names.add((r.first, r.last))
            break
    if old:
        r.first = 'Harold' if i == 0 else 'Honor'
        r.sex = 'M' if i == 0 else 'F'
        r.dob = dtm.date(1931 + i * 2, R.randint(1, 5), R.randint(1, 28))
    else:
        r.dob = dtm.date(R.randint(1949, 2006), R.randint(1, 12), R.randint(1, 28))
    r.age = AGE_REF.year - r.dob.year - ((AGE_REF.month, AGE_REF.day) < (r.dob.month, r.dob.day))
    r.mi = R.choice('ABCDEJKLMRST')
    c = R.choice(CITIES)
    r.city, r.state, r.zip, r.area = c[0], c[1], R.choice(c[2]), c[3]
    r.street = f'{R.randint(12, 24999)} {R.choice(STREETS)}'
    r.apt = R.choice(['', '', '', f'Apt {R.randint(1, 40)}{R.choice("ABC")}', f'Unit {R.randint(100, 420)}'])
    r.zip4 = digits(4)
    r.phone = phone_fmt(r.area)
    r.e164 = '+1' + ''.join(ch for ch in r.phone if ch.isdigit())[-10:]
    dom = R.choice(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'comcast.net', 'proton.me', 'hey.com'])
    fa, la = deaccent(r.first).lower().replace(' ', ''), deaccent(r.last).lower().replace(' ', '').replace("'", '').replace('.', '')
    r.email = R.choice([f'{fa}.{la}@{dom}', f'{fa[0]}{la}{R.randint(1, 99)}@{dom}', f'{la}.{fa}{r.dob.year % 100:02d}@{dom}',
                        f'{fa}{la[:3]}@{dom}'])
    r.rid = 'RDR-24-%05d' % R.randint(1000, 38999)
    while True:
        b = R.randint(1001, 2650)
        if b not in used_bibs:
            used_bibs.add(b)
            break
    r.bib = str(b)
    r.ec_rel = R.choice(REL)
    ecf = R.choice(FIRST_F + FIRST_M)
    r.ec_name = f'{ecf} {r.last}' if r.ec_rel in ('spouse', 'wife', 'husband', 'mother', 'father', 'son', 'daughter', 'brother', 'sister') and R.random() < 0.7 else f'{ecf} {R.choice(LAST)}'
    r.ec_first = ecf
    r.ec_phone = phone_fmt(r.area if R.random() < 0.7 else R.choice(CITIES)[3])
    r.imei = imei()
    ins = R.choice(INSURERS)
    r.ins_name = ins[0]
    r.member = ins[1] + digits(9) if ins[1] != 'KPN' else '1' + digits(7)
    if r.age >= 65:
        r.ins_name, r.member = 'Medicare Part B', mbi()
    r.ssn = ssn()
    st = r.state
    if st == 'WA':
        r.dl = 'WDL' + alnum(9)
    elif st == 'OR':
        r.dl = digits(7)
    elif st == 'CA':
        r.dl = R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') + digits(7)
    elif st == 'ID':
        r.dl = alnum(2, 'ABCDEFGHJKLMNPRSTUVWXYZ') + digits(6) + R.choice('ABCDEFGH')
    else:
        r.dl = digits(R.choice([7, 9, 13]))
    bk = R.choice(BIKES)
    r.bike = f'{bk[0]} {bk[1]}'
    r.bike_sn = bk[2] + alnum(3, '0123456789') + R.choice('ABCDEFGHJK') + digits(4) + R.choice('ABCDEFGHJK')
    r.mrn = 'RTR' + digits(7)
    r.enc = None
    r.slug = (fa + '-' + la).replace("'", '')
    r.page = f'https://give.ridgetoriver.org/fundraise/{r.slug}-{r.rid[-5:]}'
    r.ip = f'{R.choice([73, 24, 67, 98, 71, 76, 174, 50])}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}'
    return r


RIDERS = [make_rider(i) for i in range(58)] + [make_rider(0, old=True), make_rider(1, old=True)]
OLD = RIDERS[-2:]

# ---------------------------------------------------------------- staff / org
STAFF_MARSHAL = {'MOTO-03': 'Dale Okafor', 'MOTO-05': 'Trish Vandermeer', 'MOTO-07': 'Luis Abernethy-Ramos',
                 'MOTO-09': 'Gwen Halvorsen', 'MOTO-11': 'Sam Whitcombe'}
MOTO_IMEI = {u: imei() for u in STAFF_MARSHAL}
CLIN = [('Hallie Voss', 'MD', npi()), ('Kemi Abara', 'RN', None), ('Jon-Erik Strand', 'EMT-P', None),
        ('Maya Lin Chou', 'RN', None), ('Raymond Teague', 'PA-C', npi())]
SAG = {'SAG-1': ('Pete Lindgren', 'C83127K'), 'SAG-2': ('Ana Ruiz', 'C91045K'), 'SAG-3': ('Curtis Bell', 'C77302K'),
       'SAG-4': ('Mo Farrah-Jensen', 'C80218K')}
ORG_PHONE = '+12535720140'
ORG_MED = '+13603507719'
ORG_ADDR = ('1420 Commerce St Ste 300', 'Tacoma', 'WA', '98402')
ORG_NPI = npi()
ORG_TIN = '91-1734208'
RESTS = [('RS1', 'Tenino Depot Park', 46.8569, -122.8493), ('RS2', 'Fort Borst Park Centralia', 46.7210, -122.9760),
         ('RS3', 'Winlock Egg Plaza', 46.4912, -122.9379), ('RS4', 'Castle Rock Fairgrounds', 46.2756, -122.9070),
         ('RS5', 'Clatskanie City Park', 46.1015, -123.2068), ('RS6', 'Westport Ferry Landing', 46.1318, -123.3723)]
HOSP = [('Providence St. Peter Hospital', 'PSPH', '413 Lilly Rd NE, Olympia'),
        ('PeaceHealth St. John Medical Center', 'PHSJ', '1615 Delaware St, Longview'),
        ('Providence Centralia Hospital', 'PCH', '914 S Scheuber Rd, Centralia')]
SERVER_IPS = ['10.40.2.11', '10.40.2.12', '10.40.3.7', '10.40.8.21', '172.20.0.5']
PUBLIC_SRV = ['34.212.88.140', '52.41.199.17', '44.235.10.92']

DAY = [None, dtm.date(2024, 6, 14), dtm.date(2024, 6, 15), dtm.date(2024, 6, 16)]


def course_pos(day, frac):
    # Day1 Olympia->Castle Rock, Day2 Castle Rock->Clatskanie, Day3 ->Astoria
    legs = {1: ((47.0379, -122.9007), (46.2756, -122.9070)), 2: ((46.2756, -122.9070), (46.1015, -123.2068)),
            3: ((46.1015, -123.2068), (46.1879, -123.8313))}
    (a, b), (c, d) = legs[day]
    return round(a + (c - a) * frac + R.uniform(-0.012, 0.012), 5), round(b + (d - b) * frac + R.uniform(-0.012, 0.012), 5)


def fmt_coord(x):
    return '%.5f' % x


# ================================================================ systems
UA = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15',
      'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36']


def reg_json(t, event, pairs, level='info', logger='registration.views'):
    asc = R.random() < 0.5
    base = [('timestamp', iso_ms(t)), ('level', level), ('logger', logger), ('event', event)]
    emit(t, 'reg_api', J(base + pairs + [('request_id', ruuid())], asc=asc, sep=(', ', ': ') if asc else (',', ':')))


def reg_signup(r, t):
    addr = [('line1', P(r.street, 'address'))]
    if r.apt:
        addr.append(('line2', P(r.apt, 'address')))
    addr += [('city', P(r.city, 'address')), ('region', r.state), ('postal_code', P(r.zip, 'zip')), ('country', 'US')]
    reg_json(t, 'rider.registered', [
        ('rider_id', P(r.rid, 'other_id')), ('route', R.choice(['3-day', '3-day', '2-day-express'])),
        ('first_name', P(r.first, 'name')), ('last_name', P(r.last, 'name')), ('email', P(r.email, 'email')),
        ('dob', P(r.dob.isoformat(), 'date')), ('mobile', P(r.phone, 'phone')), ('address', Obj(addr)),
        ('emergency_contact', Obj([('name', P(r.ec_name, 'name')), ('relationship', r.ec_rel), ('phone', P(r.ec_phone, 'phone'))])),
        ('jersey_size', R.choice(['XS', 'S', 'M', 'L', 'XL'])), ('team', R.choice([None, 'Spokes of Hope', 'Team Tacoma Brewing', 'PeaceHealth Pedalers'])),
        ('waiver_version', '2024.2'), ('fee_cents', 9500), ('duration_ms', R.randint(80, 900))])


def reg_requests(t, n=1):
    paths = ['/api/v2/routes', '/api/v2/health', '/api/v2/teams?page=2', '/api/v2/config/public', '/api/v2/faq',
             '/api/v2/events/rtr-2024/schedule', '/api/v2/sponsors']
    for _ in range(n):
        t = jitter(t, 1, 60)
        reg_json(t, 'request.finished', [('method', 'GET'), ('path', R.choice(paths)), ('status', 200),
                                          ('duration_ms', round(R.uniform(3, 180), 2)), ('worker', f'gunicorn-{R.randint(1, 8)}'),
                                          ('release', 'reg-api@3.14.2+build.8817')], logger='django.request')


def nginx_line(t, ip, path, status, size, ref, ua, phi_path=False, phi_ip=False, method='GET'):
    parts = [(ip, 'ip') if phi_ip else ip, ' - - [', nginx_ts(t), '] "', method, ' ',
             (path, 'url') if phi_path else path, ' HTTP/2.0" ', str(status), ' ', str(size), ' "', ref, '" "', ua,
             '" rt=%.3f uct=0.000 uht=%.3f' % (R.uniform(0.002, 0.6), R.uniform(0.001, 0.5))]
    emit(t, 'nginx', parts)


def nginx_noise(t):
    k = R.randint(0, 5)
    if k == 0:
        nginx_line(t, R.choice(['10.40.0.2', '10.40.0.3']), '/healthz', 200, 2, '-', 'ELB-HealthChecker/2.0')
    elif k == 1:
        nginx_line(t, R.choice(['104.16.88.20', '172.68.134.11', '162.158.90.4']), R.choice(['/static/js/app.4f9c2e1.js', '/static/css/main.91ab0c.css', '/static/img/route-day2.webp']), 200, R.randint(8000, 240000), 'https://register.ridgetoriver.org/', 'Cloudflare-Traffic-Manager/1.0')
    elif k == 2:
        nginx_line(t, '66.249.66.' + str(R.randint(1, 200)), R.choice(['/robots.txt', '/sitemap.xml', '/faq', '/route']), 200, R.randint(300, 9000), '-', 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)')
    elif k == 3:
        nginx_line(t, '18.144.' + str(R.randint(1, 250)) + '.' + str(R.randint(1, 250)), '/', 200, 14233, '-', 'Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)')
    elif k == 4:
        nginx_line(t, '45.155.205.' + str(R.randint(1, 250)), R.choice(['/wp-login.php', '/.env', '/phpmyadmin/index.php', '/.git/config']), 404, 162, '-', 'Mozilla/5.0 zgrab/0.x')
    else:
        nginx_line(t, '10.40.0.' + str(R.randint(2, 3)), '/api/v2/metrics', 200, R.randint(2000, 5000), '-', 'Prometheus/2.51.1')


def nginx_rider(r, t):
    k = R.randint(0, 3)
    if k == 0:
        p = f'/api/v2/riders/{r.rid}/waiver'
    elif k == 1:
        p = f'/fundraise/{r.slug}-{r.rid[-5:]}'
    elif k == 2:
        p = f'/api/v2/riders/{r.rid}/emergency-contact'
    else:
        p = '/account/lookup?email=' + urllib.parse.quote(r.email, safe='')
    nginx_line(t, r.ip, p, R.choice([200, 200, 200, 304]), R.randint(400, 20000), 'https://register.ridgetoriver.org/account', R.choice(UA), phi_path=True, phi_ip=True,
               method='PUT' if 'emergency' in p else 'GET')


def esign_completed(r, t):
    wid = 'WV-24-' + alnum(6)
    r.waiver = wid
    emit(t, 'esign', iso_ms(t), ' esign-gw level=info msg="envelope completed" envelope_id=', ruuid(),
         ' template=RTR-2024-WAIVER-v2 waiver_id=', (wid, 'other_id'), ' signer_name="', (r.first + ' ' + r.last, 'name'),
         '" signer_email=', (r.email, 'email'), ' signer_ip=', (r.ip, 'ip'), ' auth=sms_otp otp_to=***-***-',
         r.e164[-4:], ' pages=4 initials=3 minor=false')


def esign_noise(t):
    k = R.randint(0, 2)
    if k == 0:
        emit(t, 'esign', iso_ms(t), ' esign-gw level=info msg="webhook delivered" url=https://register.ridgetoriver.org/hooks/esign status=200 latency_ms=', str(R.randint(40, 400)), ' attempt=1 envelope_id=', ruuid())
    elif k == 1:
        emit(t, 'esign', iso_ms(t), ' esign-gw level=warn msg="webhook retry scheduled" status=502 backoff_s=30 attempt=2 envelope_id=', ruuid())
    else:
        emit(t, 'esign', iso_ms(t), ' esign-gw level=info msg="template published" template=RTR-2024-WAIVER-v2 version=7 sha256=', hexs(64), ' by=ops@ridgetoriver.org')


def pino(t, msg, pairs, level=30):
    base = [('level', level), ('time', epoch_ms(t)), ('pid', 41), ('hostname', 'pay-worker-6d9f7c-x2k4p'), ('svc', 'donations')]
    emit(t, 'payments', J(base + pairs + [('msg', msg)]))


def donation(t, donor_name, donor_email, rider, brand):
    did = 'DNR-' + digits(7)
    pino(t, 'webhook charge.succeeded', [
        ('evt', 'evt_3P' + alnum(22, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')),
        ('charge', 'ch_3P' + alnum(22, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')),
        ('amount', R.choice([2500, 5000, 10000, 2000, 15000])), ('currency', 'usd'),
        ('donor', Obj([('id', P(did, 'other_id')), ('name', P(donor_name, 'name')), ('email', P(donor_email, 'email'))])),
        ('beneficiary_rider', P(rider.rid, 'other_id')),
        ('card', Obj([('brand', brand), ('last4', digits(4)), ('exp', '%02d/%02d' % (R.randint(1, 12), R.randint(25, 30)))])),
        ('receipt', True)])


def payments_noise(t):
    k = R.randint(0, 2)
    if k == 0:
        pino(t, 'webhook payout.paid', [('evt', 'evt_1P' + alnum(22, 'abcdefghijklmnopqrstuvwxyz0123456789')), ('payout', 'po_1P' + alnum(20, 'abcdefghijklmnopqrstuvwxyz0123456789')),
                                        ('amount', R.randint(300000, 2500000)), ('arrival_date', '2024-05-%02d' % R.randint(1, 31)), ('bank', 'WASHINGTON FEDERAL ****4410')])
    elif k == 1:
        pino(t, 'corporate match recorded', [('sponsor', 'Evergreen Timber Co'), ('contact', 'giving@evergreentimber.com'), ('match_id', 'CM-2024-' + digits(4)), ('amount', 250000)])
    else:
        pino(t, 'idempotency key replay ignored', [('key', ruuid()), ('route', 'POST /v1/donations')], level=40)


def java_trace_slug(r, t):
    ts = local(t).strftime('%Y-%m-%d %H:%M:%S.') + '%03d' % (t.microsecond // 1000)
    emit(t, 'java_trace', ts, ' ERROR 1 --- [nio-8080-exec-7] o.n.r.fundraise.PageService              : Failed to create fundraising page for rider ', (r.rid, 'other_id'))
    emit(t, 'java_trace', 'org.springframework.dao.DuplicateKeyException: PreparedStatementCallback; SQL [insert into fundraising_page (rider_id, slug, goal_cents) values (?, ?, ?)]; ERROR: duplicate key value violates unique constraint "fundraising_page_slug_key"')
    emit(t, 'java_trace', '  Detail: Key (slug)=(', (r.slug, 'name'), ') already exists.')
    for fr in ['org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator.doTranslate(SQLErrorCodeSQLExceptionTranslator.java:247)',
               'org.springframework.jdbc.core.JdbcTemplate.update(JdbcTemplate.java:1020)',
               'org.northbound.rtr.fundraise.PageRepository.insert(PageRepository.java:88)',
               'org.northbound.rtr.fundraise.PageService.create(PageService.java:131)']:
        emit(t, 'java_trace', '\tat ', fr)
    emit(t, 'java_trace', 'Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "fundraising_page_slug_key"')
    emit(t, 'java_trace', '\t... 87 common frames omitted')


def java_trace_npe(t):
    ts = local(t).strftime('%Y-%m-%d %H:%M:%S.') + '%03d' % (t.microsecond // 1000)
    emit(t, 'java_trace', ts, ' WARN 1 --- [   scheduling-1] o.n.r.leaderboard.LeaderboardJob         : leaderboard refresh failed, will retry in 300s (traceId=', hexs(32), ')')
    emit(t, 'java_trace', 'java.lang.NullPointerException: Cannot invoke "java.math.BigDecimal.add(java.math.BigDecimal)" because "team.total" is null')
    for fr in ['org.northbound.rtr.leaderboard.TeamAggregator.sum(TeamAggregator.java:54)',
               'java.base/java.util.stream.ReduceOps$3ReducingSink.accept(ReduceOps.java:169)',
               'org.northbound.rtr.leaderboard.LeaderboardJob.run(LeaderboardJob.java:37)']:
        emit(t, 'java_trace', '\tat ', fr)


def java_trace_imei(r, t):
    ts = local(t).strftime('%Y-%m-%d %H:%M:%S.') + '%03d' % (t.microsecond // 1000)
    emit(t, 'java_trace', ts, ' ERROR 1 --- [tracker-ingest-3] o.n.r.tracker.FrameDecoder               : dropping frame from imei=', (r.imei, 'device'), ' len=57')
    emit(t, 'java_trace', 'org.northbound.rtr.tracker.InvalidFrameException: CRC mismatch expected=0x9C1E actual=0x9C0E (fw=GL320M_v4.18)')
    for fr in ['org.northbound.rtr.tracker.FrameDecoder.decode(FrameDecoder.java:212)',
               'io.netty.handler.codec.ByteToMessageDecoder.callDecode(ByteToMessageDecoder.java:529)']:
        emit(t, 'java_trace', '\tat ', fr)


def pg_ts(t):
    return t.strftime('%Y-%m-%d %H:%M:%S.') + '%03d UTC' % (t.microsecond // 1000)


def pg_update(r, t):
    col, val, cat = R.choice([('ec_phone', r.ec_phone, 'phone'), ('ec_name', r.ec_name, 'name'), ('email', r.email, 'email')])
    esc = val.replace("'", "''")
    emit(t, 'postgres', pg_ts(t), ' [', str(R.randint(2000, 9000)), '] rtr_app@rtr_prod LOG:  duration: %.3f ms  statement: UPDATE riders SET ' % R.uniform(500, 2600),
         col, " = '", (esc, cat), "', updated_at = now() WHERE rider_id = '", (r.rid, 'other_id'), "'")


def pg_insert_med(r, t, serial):
    pid = str(R.randint(2000, 9000))
    emit(t, 'postgres', pg_ts(t), ' [', pid, '] rtr_app@rtr_prod LOG:  duration: %.3f ms  execute <unnamed>: INSERT INTO rider_medical (rider_id, conditions, device_serial, dob) VALUES ($1, $2, $3, $4)' % R.uniform(500, 1500))
    emit(t, 'postgres', pg_ts(t), ' [', pid, "] rtr_app@rtr_prod DETAIL:  parameters: $1 = '", (r.rid, 'other_id'),
         "', $2 = '{\"type 1 diabetes\"}', $3 = '", (serial, 'device'), "', $4 = '", (r.dob.isoformat(), 'date'), "'")


def pg_noise(t):
    k = R.randint(0, 3)
    pid = str(R.randint(20, 900))
    if k == 0:
        emit(t, 'postgres', pg_ts(t), ' [', pid, '] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=%.3f s, sync=0.004 s, total=%.3f s' % (R.randint(100, 4000), R.uniform(0.1, 6), R.uniform(1, 30), R.uniform(1, 31)))
    elif k == 1:
        emit(t, 'postgres', pg_ts(t), ' [', pid, '] LOG:  automatic vacuum of table "rtr_prod.public.tracker_positions": index scans: 1, pages: 0 removed, %d remain' % R.randint(10000, 90000))
    elif k == 2:
        emit(t, 'postgres', pg_ts(t), ' [', pid, '] LOG:  connection authorized: user=metabase_ro database=rtr_prod application_name=Metabase v0.49.6 SSL enabled (protocol=TLSv1.3)')
    else:
        emit(t, 'postgres', pg_ts(t), ' [', pid, '] rtr_app@rtr_prod LOG:  duration: %.3f ms  statement: SELECT count(*) FROM riders WHERE route = $1 AND checked_in' % R.uniform(500, 900))


def trackd(t, lvl, msg, rest):
    emit(t, 'trackd', 'ts=', iso_ms(t), ' svc=trackd lvl=', lvl, ' msg=', msg, ' ', rest)


def track_pos(r, t, day, frac, msg='pos', lvl='info', extra=''):
    la, lo = course_pos(day, frac)
    trackd(t, lvl, msg, ['imei=', (r.imei, 'device'), ' bib=', (r.bib, 'other_id'), ' lat=', (fmt_coord(la), 'address'),
                         ' lon=', (fmt_coord(lo), 'address'), ' spd_kph=%.1f hdg=%d batt=%d sats=%d hdop=%.1f' % (R.uniform(0, 38), R.randint(0, 359), R.randint(15, 100), R.randint(5, 14), R.uniform(0.6, 2.4)), extra])


def track_moto(t, day):
    u = R.choice(list(STAFF_MARSHAL))
    la, lo = course_pos(day, R.random())
    if R.random() < 0.5:
        trackd(t, 'info', 'pos', ['unit=', u, ' imei=', MOTO_IMEI[u], ' lat=', fmt_coord(la), ' lon=', fmt_coord(lo), ' spd_kph=%.1f role=marshal' % R.uniform(20, 80)])
    else:
        lat_d, lat_m = int(abs(la)), (abs(la) - int(abs(la))) * 60
        lon_d, lon_m = int(abs(lo)), (abs(lo) - int(abs(lo))) * 60
        body = 'GPRMC,%s.00,A,%02d%07.4f,N,%03d%07.4f,W,%.1f,%.1f,%s,,,A' % (t.strftime('%H%M%S'), lat_d, lat_m, lon_d, lon_m, R.uniform(10, 45), R.uniform(0, 359), t.strftime('%d%m%y'))
        trackd(t, 'debug', 'raw', ['unit=', u, ' nmea="$', body, '*', nmea_ck(body), '"'])


def track_gw(t):
    rs = R.choice(RESTS)[0]
    trackd(t, 'info', '"uplink stats"', ['gw=', rs, '-LTE rx=', str(R.randint(800, 4000)), ' dropped=', str(R.randint(0, 30)), ' rssi_dbm=', str(R.randint(-105, -70)), ' carrier=Verizon band=13 uptime_s=', str(R.randint(2000, 50000))])


def tracker_assign(r, t):
    trackd(t, 'info', '"tracker assigned"', ['imei=', (r.imei, 'device'), ' bib=', (r.bib, 'other_id'), ' rider_id=', (r.rid, 'other_id'), ' model=GL320MG fw=4.18 kit=RTR-KIT-', str(R.randint(100, 999))])


def marshal_report(r, t, day, frac, unit, desc, injuries, inc, third=None):
    la, lo = course_pos(day, frac)
    loc = [('lat', P(round(la, 5), 'address')), ('lon', P(round(lo, 5), 'address')), ('desc', P(desc, 'address')),
           ('course', 'D%d mi %.1f' % (day, 8 + frac * 70))]
    pairs = [('report_id', P(inc, 'other_id')), ('unit', unit), ('marshal', STAFF_MARSHAL[unit]), ('created', iso_s(t)),
             ('bib', P(int(r.bib), 'other_id')), ('rider', P(r.first + ' ' + r.last, 'name')), ('loc', Obj(loc)),
             ('mechanism', R.choice(['solo fall, front wheel caught rail gap', 'touched wheels in paceline', 'dooring, parked car', 'loose gravel on descent'])),
             ('conscious', True), ('helmet', R.choice(['intact', 'cracked shell'])), ('injuries', injuries),
             ('ems_requested', len(injuries) > 1), ('app', 'MarshalPro 2.7.1 (iOS)')]
    if third:
        pairs.insert(8, ('third_party', Obj([('driver', third[0]), ('plate', third[1]), ('insurer', 'Progressive')])))
    emit(t, 'marshal_app', J(pairs, sep=(', ', ': ')))


def radio(t, ch, frm, to, parts):
    emit(t, 'radio', local(t).strftime('%Y-%m-%d %H:%M:%S'), ' ', ch, ' ', frm, ' > ', to, ': ', parts)


NUMW = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']


def bib_words(b):
    return '-'.join(NUMW[int(c)] for c in b)


MT_HDR = 'enc_id,tent,arrived,bib,surname,given,dob,age,cc,bp,hr,spo2,temp_c,tx,dispo,clin'


def csv_q(s):
    return '"' + s.replace('"', '""') + '"' if (',' in s or '"' in s) else s


def medtent_row(r, t, tent, cc, tx, dispo, clin):
    if r.enc is None:
        r.enc = 'MT-%s-%03d' % (tent, R.randint(1, 60))
    age = str(r.age)
    arrived = local(t).strftime('%Y-%m-%d %H:%M')
    emit(t, 'medtent_csv', (r.enc, 'mrn'), ',', tent, ',', (arrived, 'date'), ',', (r.bib, 'other_id'), ',', (csv_q(r.last), 'name'), ',',
         (csv_q(r.first), 'name'), ',', (r.dob.strftime('%m/%d/%Y'), 'date'), ',', (age, 'age') if r.age > 89 else age, ',', csv_q(cc), ',',
         '%d/%d' % (R.randint(98, 165), R.randint(58, 98)), ',', str(R.randint(58, 128)), ',', str(R.randint(93, 100)), ',', '%.1f' % R.uniform(36.2, 39.4),
         ',', csv_q(tx), ',', dispo, ',', clin)


def syslog(t, host, app, pid, parts, pri=134):
    emit(t, 'sagdispatch', '<%d>' % pri, syslog_ts(t), ' ', host, ' ', app, '[', str(pid), ']: ', parts)


def sag_pickup(r, t, veh, where, reason, run):
    syslog(t, 'sag-cad01', 'sagdispatch', 3310, ['PICKUP run=', run, ' veh=', veh, ' driver="', SAG[veh][0], '" bib=', (r.bib, 'other_id'),
                                                 ' rider="', (r.last + ', ' + r.first, 'name'), '" loc="', where, '" reason=', reason,
                                                 ' bike="', r.bike, '" frame_sn=', (r.bike_sn, 'device'), ' rack=%d/6' % R.randint(1, 6)])


def sag_noise(t):
    veh = R.choice(list(SAG))
    k = R.randint(0, 2)
    if k == 0:
        la, lo = course_pos(R.randint(1, 3), R.random())
        syslog(t, 'sag-cad01', 'sagdispatch', 3310, ['STATUS veh=', veh, ' plate=WA-', SAG[veh][1], ' odo=', str(R.randint(40000, 90000)), ' fuel=%.2f onboard=%d lat=%.5f lon=%.5f' % (R.random(), R.randint(0, 5), la, lo)])
    elif k == 1:
        syslog(t, 'sag-cad01', 'sagdispatch', 3310, ['SHIFT veh=', veh, ' driver="', SAG[veh][0], '" state=', R.choice(['ON', 'OFF', 'BREAK']), ' radio=CH4'])
    else:
        syslog(t, 'sag-cad01', 'sagdispatch', 3310, ['SWEEP veh=', veh, ' passed=', R.choice(RESTS)[0], ' riders_behind=', str(R.randint(0, 12)), ' course_close=', (local(t) + dtm.timedelta(minutes=R.randint(20, 90))).strftime('%H:%M')], pri=133)


def zap(t, caller, msg, pairs):
    base = [('level', 'info'), ('ts', round(t.timestamp(), 4)), ('caller', caller), ('msg', msg)]
    emit(t, 'notify', J(base + pairs))


def sms(t, to, body_parts):
    zap(t, 'sms/twilio.go:88', 'sms sent', [('sid', 'SM' + hexs(32)), ('to', P(to, 'phone')), ('from', ORG_MED), ('segments', R.randint(1, 3)),
                                            ('body', Txt(*body_parts)), ('status', 'queued')])


def notify_noise(t):
    k = R.randint(0, 2)
    if k == 0:
        zap(t, 'sms/campaign.go:212', 'campaign finished', [('campaign', R.choice(['d2-fog-delay', 'd1-start-reminder', 'd3-finish-party'])), ('sent', R.randint(900, 1500)), ('failed', R.randint(0, 14)), ('opt_out', R.randint(0, 5))])
    elif k == 1:
        zap(t, 'mail/ses.go:142', 'ses bounce rate', [('window', '1h'), ('rate', round(R.uniform(0, 0.03), 4)), ('config_set', 'rtr-transactional')])
    else:
        zap(t, 'sms/twilio.go:140', 'status callback', [('sid', 'SM' + hexs(32)), ('status', 'delivered'), ('err', None)])


def ses_delivery(r, t, template, subject_parts):
    zap(t, 'mail/ses.go:97', 'ses delivery', [('message_id', '0100018f' + hexs(8) + '-' + ruuid() + '-000000'), ('recipient', P(r.email, 'email')),
                                               ('template', template), ('subject', Txt(*subject_parts)), ('smtp_response', '250 2.0.0 OK')])


SLACK_USERS = {'Hallie Voss': 'U04K2M9QX', 'Kemi Abara': 'U05AB77RT', 'Jon-Erik Strand': 'U03ZZ81LM', 'Curtis Bell': 'U05QQ12AA', 'Priscilla Odom': 'U02HC0FFEE'}


def slack(t, channel, user, parts):
    emit(t, 'slack', J([('ts', '%.6f' % t.timestamp()), ('channel', channel), ('user', SLACK_USERS[user]), ('user_name', user), ('text', Txt(*parts)), ('type', 'message')]))


def hl7_msg(r, t, hosp, dx, dxtext, arrive):
    mid = 'RTR' + t.strftime('%Y%m%d%H%M%S') + digits(3)
    ts = local(t).strftime('%Y%m%d%H%M%S-0700')
    addr = r.street + ('^' + r.apt if r.apt else '^') + '^' + r.city
    emit(t, 'hl7', 'MSH|^~\\&|RTRMED|RTR_FIELD|', hosp[1], '_ADT|', hosp[1], '|', ts, '||ADT^A04^ADT_A01|', mid, '|P|2.5|||AL|NE')
    emit(t, 'hl7', 'EVN|A04|', ts, '|||', 'VOSS^HALLIE^^^^MD')
    emit(t, 'hl7', 'PID|1||', (r.mrn + '^^^RTR^MR', 'mrn'), '~', (r.rid + '^^^RTRREG^PI', 'other_id'), '||', (deaccent(r.last).upper() + '^' + deaccent(r.first).upper() + '^' + r.mi, 'name'),
         '||', (r.dob.strftime('%Y%m%d'), 'date'), '|', r.sex, '|||', (addr, 'address'), '^', r.state, '^', (r.zip, 'zip'), '^USA||', (r.phone, 'phone'), '^PRN^PH|||||||||||')
    emit(t, 'hl7', 'NK1|1|', (r.ec_name.split(' ', 1)[-1].upper() + '^' + r.ec_name.split(' ', 1)[0].upper(), 'name'), '|', r.ec_rel.upper()[:3], '^', r.ec_rel.title(), '|||', (r.ec_phone, 'phone'), '^PRN^PH||EC^Emergency Contact')
    emit(t, 'hl7', 'PV1|1|E|', hosp[1], '^ED^^', hosp[1], '||||', CLIN[0][2], '^VOSS^HALLIE^^^^MD|||||||', 'AMB', '||||||||||||||||||||||||||', (arrive.strftime('%Y%m%d%H%M'), 'date'))
    emit(t, 'hl7', 'DG1|1|I10|', dx, '^', dxtext, '^I10||', (arrive.strftime('%Y%m%d'), 'date'), '|W')
    emit(t, 'hl7', 'OBX|1|NM|8867-4^Heart rate^LN||', str(R.randint(70, 130)), '|/min|||||F')
    emit(t, 'hl7', 'OBX|2|NM|59408-5^SpO2^LN||', str(R.randint(92, 99)), '|%|||||F')


def fhir_patient(r, t):
    pid = 'rtr-' + r.mrn[3:]
    emit(t, 'fhir', J([('resourceType', 'Patient'), ('id', P(pid, 'mrn')), ('meta', Obj([('versionId', '1'), ('lastUpdated', iso_s(t))])),
                       ('identifier', [Obj([('system', 'urn:oid:2.16.840.1.113883.3.9931.1'), ('value', P(r.mrn, 'mrn'))])]),
                       ('name', [Obj([('family', P(r.last, 'name')), ('given', [P(r.first, 'name')])])]), ('gender', 'female' if r.sex == 'F' else 'male'),
                       ('birthDate', P(r.dob.isoformat(), 'date')), ('telecom', [Obj([('system', 'phone'), ('value', P(r.phone, 'phone')), ('use', 'mobile')])])]))
    return pid


def fhir_encounter(r, pid, t, start, tent):
    emit(t, 'fhir', J([('resourceType', 'Encounter'), ('id', hexs(8) + '-' + hexs(4)), ('status', 'finished'),
                       ('class', Obj([('system', 'http://terminology.hl7.org/CodeSystem/v3-ActCode'), ('code', 'FLD'), ('display', 'field')])),
                       ('subject', Obj([('reference', Txt('Patient/', (pid, 'mrn')))])),
                       ('period', Obj([('start', P(start.isoformat(), 'date'))])),
                       ('location', [Obj([('display', 'RTR Medical Tent ' + tent)])]),
                       ('participant', [Obj([('individual', Obj([('display', 'Kemi Abara RN')]))])])]))


def fhir_obs(pid, t, code, disp, val, unit):
    emit(t, 'fhir', J([('resourceType', 'Observation'), ('id', hexs(12)), ('status', 'final'),
                       ('code', Obj([('coding', [Obj([('system', 'http://loinc.org'), ('code', code), ('display', disp)])])])),
                       ('subject', Obj([('reference', Txt('Patient/', (pid, 'mrn')))])),
                       ('valueQuantity', Obj([('value', val), ('unit', unit)]))]))


def infra(t):
    k = R.randint(0, 9)
    host = R.choice(['ip-10-40-2-11', 'ip-10-40-3-7', 'ip-10-40-8-21'])
    if k == 0:
        emit(t, 'infra', syslog_ts(t), ' ', host, ' kubelet[1187]: I0', local(t).strftime('%m%d %H:%M:%S.') + '%06d' % t.microsecond,
             '    1187 kubelet.go:2437] "SyncLoop (PLEG): event for pod" pod="rtr/reg-api-7f9c8d6b54-', alnum(5, 'bcdfghjklmnpqrstvwxz2456789'), '" event={"ID":"', ruuid(), '","Type":"ContainerStarted","Data":"', hexs(64), '"}')
    elif k == 1:
        emit(t, 'infra', syslog_ts(t), ' ', host, ' sshd[', str(R.randint(10000, 40000)), ']: Accepted publickey for ', R.choice(['pmorales', 'deploy', 'jnakamura']), ' from ', R.choice(['10.40.0.50', '10.8.0.14']), ' port ', str(R.randint(40000, 65000)), ' ssh2: ED25519 SHA256:', base64.b64encode(R.randbytes(32)).decode().rstrip('='))
    elif k == 2:
        emit(t, 'infra', J([('receiver', 'pagerduty-ops'), ('status', R.choice(['firing', 'resolved'])), ('alertname', R.choice(['TrackerIngestLag', 'HighLatencyRegAPI', 'LTEGatewayDown'])),
                            ('severity', 'warning'), ('startsAt', iso_s(t)), ('fingerprint', hexs(16)), ('generatorURL', 'http://prometheus.rtr.internal:9090/graph?g0.expr=histogram_quantile')]))
    elif k == 3:
        emit(t, 'infra', iso_ms(t), ' cert-manager I', local(t).strftime('%m%d'), ' controller.go:162] "certificate renewed" certificate="rtr/register-ridgetoriver-org-tls" notAfter="2024-', '%02d' % R.randint(8, 10), '-', '%02d' % R.randint(1, 28), 'T00:00:00Z" serial=', hexs(36))
    elif k == 4:
        emit(t, 'infra', iso_ms(t), ' ingress-nginx-controller-5b8f9 I', local(t).strftime('%m%d'), ' store.go:440] "Found valid IngressClass" ingress="rtr/tracker-map" ingressclass="nginx" backend=', R.choice(PUBLIC_SRV), ':443')
    elif k == 5:
        emit(t, 'infra', J([('ClientIP', R.choice(['162.158.90.4', '172.68.134.11'])), ('ClientRequestHost', 'map.ridgetoriver.org'), ('ClientRequestURI', '/tiles/13/1298/2891.pbf'),
                            ('EdgeResponseStatus', 200), ('CacheCacheStatus', R.choice(['hit', 'miss'])), ('RayID', hexs(16)), ('EdgeStartTimestamp', epoch_ms(t) * 1000000)]))
    elif k == 6:
        emit(t, 'infra', syslog_ts(t), ' ', host, ' systemd[1]: Started node_exporter.service - Prometheus Node Exporter v1.7.0.')
    elif k == 7:
        emit(t, 'infra', iso_ms(t), ' weather-poller level=info station=KOLM temp_c=%.1f wind_kph=%d gust=%d precip_mm=%.1f aqi=%d source=api.weather.gov' % (R.uniform(9, 27), *(lambda w: (w, w + R.randint(3, 20)))(R.randint(0, 30)), R.uniform(0, 4), R.randint(10, 60)))
    elif k == 8:
        emit(t, 'infra', syslog_ts(t), ' ', host, ' containerd[902]: time="', iso_s(t), '" level=info msg="ImageCreate event name:\\"ghcr.io/northbound/trackd:v2.9.0\\" labels:{key:\\"io.cri-containerd.image\\"}" digest=sha256:', hexs(64))
    else:
        emit(t, 'infra', iso_ms(t), ' reg-api-7f9c8d6b54 celery.worker INFO Task rtr.tasks.sync_leaderboard[', ruuid(), '] succeeded in %.3fs: {\'teams\': %d, \'riders\': %d}' % (R.uniform(0.2, 9), R.randint(80, 120), R.randint(1300, 1500)))


INV_ITEMS = [('SKU-ELY-0200', 'Electrolyte tabs (Nuun) lemon'), ('SKU-GEL-0110', 'Clif Shot gel razz 34g'), ('SKU-BND-0032', 'Ace elastic bandage 3in'),
             ('SKU-ICE-0001', 'Bagged ice 10lb'), ('SKU-TYL-0500', 'Acetaminophen 500mg blister x2'), ('SKU-SUN-0050', 'Banana Boat SPF50 pkt'),
             ('SKU-GLU-0015', 'Glucose gel 15g (Insta-Glucose)'), ('SKU-TUB-7002', 'Tube 700x25-32 presta 48mm'), ('SKU-WAT-0500', 'Water 0.5L case/24')]


def inventory(t, rest):
    sku, desc = R.choice(INV_ITEMS)
    lot = 'LOT ' + R.choice(['24', '23']) + R.choice('ABCDEFGHJK') + digits(3)
    who = R.choice(['J.Nakamura', 'B.Osei', 'T.Oyelaran', 'K.Fitzgerald-Ho'])
    emit(t, 'inventory', '%-4s%-17s%-14s%-34s%-11sQTY%6d  EXP %s  %-4s chk:%s' % (rest, local(t).strftime('%Y-%m-%d %H:%M'), sku, desc, lot, R.randint(-40, 600), '20%d-%02d' % (R.randint(25, 27), R.randint(1, 12)), R.choice(['IN', 'OUT', 'CNT']), who))


def x12_claim(r, t, icn, onset, svc, dx, cpt, amt):
    ts = local(t)
    ctl = '%09d' % R.randint(1, 999999999)
    pcn = 'RTR24' + digits(5)
    seg = []

    def S(*p):
        seg.append(list(p) + ['~'])
    S('ISA*00*          *00*          *ZZ*NBCF0001       *ZZ*GAPUW          *', ts.strftime('%y%m%d'), '*', ts.strftime('%H%M'), '*^*00501*', ctl, '*0*P*:')
    S('GS*HC*NBCF0001*GAPUW*', ts.strftime('%Y%m%d'), '*', ts.strftime('%H%M'), '*', str(int(ctl) % 100000), '*X*005010X222A1')
    S('ST*837*0001*005010X222A1')
    S('BHT*0019*00*', icn, '*', ts.strftime('%Y%m%d'), '*', ts.strftime('%H%M'), '*CH')
    S('NM1*41*2*NORTHBOUND CYCLING FOUNDATION*****46*NBCF0001')
    S('PER*IC*PRISCILLA ODOM*TE*2535720140*EM*claims@ridgetoriver.org')
    S('NM1*85*2*RTR EVENT MEDICAL SERVICES*****XX*', ORG_NPI)
    S('N3*', ORG_ADDR[0].upper())
    S('N4*', ORG_ADDR[1].upper(), '*', ORG_ADDR[2], '*', ORG_ADDR[3] + '2214')
    S('REF*EI*', ORG_TIN.replace('-', ''))
    S('HL*2*1*22*0')
    S('SBR*P*18*GAP-EVT-2024-0031******CI')
    S('NM1*IL*1*', (deaccent(r.last).upper(), 'name'), '*', (deaccent(r.first).upper(), 'name'), '*', (r.mi, 'name'), '***MI*', (r.member, 'health_plan'))
    S('N3*', (deaccent(r.street).upper(), 'address'))
    S('N4*', (r.city.upper(), 'address'), '*', r.state, '*', (r.zip + r.zip4, 'zip'))
    S('DMG*D8*', (r.dob.strftime('%Y%m%d'), 'date'), '*', r.sex)
    S('REF*SY*', (r.ssn.replace('-', ''), 'ssn'))
    S('CLM*', (pcn, 'account'), '*', '%.2f' % amt, '***11:B:1*Y*A*Y*Y*P*AA:::WA')
    S('DTP*431*D8*', (onset.strftime('%Y%m%d'), 'date'))
    S('HI*ABK:', dx.replace('.', ''))
    S('LX*1')
    S('SV1*HC:', cpt, '*', '%.2f' % amt, '*UN*1***1')
    S('DTP*472*D8*', (svc.strftime('%Y%m%d'), 'date'))
    S('SE*', str(len(seg) - 1), '*0001')
    S('GE*1*', str(int(ctl) % 100000))
    S('IEA*1*', ctl)
    for s in seg:
        emit(t, 'x12_837', s)


def fnol(r, t, claim, loss, where, desc, third=None):
    p = ['<FNOL xmlns="urn:gapuw:fnol:2"><ClaimNumber>', (claim, 'other_id'), '</ClaimNumber><Policy>GAP-EVT-2024-0031</Policy><Insured>Northbound Cycling Foundation</Insured>',
         '<Claimant><Name>', (xe(r.first + ' ' + r.last), 'name'), '</Name><BirthDate>', (r.dob.isoformat(), 'date'), '</BirthDate><Phone>', (r.phone, 'phone'), '</Phone>',
         '<Email>', (r.email, 'email'), '</Email><Address><Line1>', (xe(r.street), 'address'), '</Line1><City>', (r.city, 'address'), '</City><State>', r.state,
         '</State><Zip>', (r.zip, 'zip'), '</Zip></Address></Claimant><LossDate>', (loss.isoformat(), 'date'), '</LossDate><LossLocation>', (xe(where), 'address'),
         '</LossLocation><Description>', xe(desc), '</Description>']
    if third:
        p += ['<ThirdParty><Driver>', third[0], '</Driver><Plate>', third[1], '</Plate></ThirdParty>']
    p += ['<ReportedBy>Priscilla Odom, Event Director</ReportedBy></FNOL>']
    emit(t, 'fnol_xml', p)


PSV_HDR = 'claim_no|opened|status|last|first|dob|member_id|plan|ssn|desc|billed|adjuster'


def claims_row(r, t, claim, status, desc, billed, adj, bad_ssn=None):
    s = bad_ssn if bad_ssn else r.ssn
    emit(t, 'claims_psv', (claim, 'other_id'), '|', local(t).strftime('%Y-%m-%d'), '|', status, '|', (r.last, 'name'), '|', (r.first, 'name'), '|',
         (r.dob.strftime('%Y%m%d'), 'date'), '|', (r.member, 'health_plan'), '|', r.ins_name, '|', (s, 'ssn'), '|', desc, '|', '%.2f' % billed, '|', adj)


# ================================================================ timeline
def rand_t(a, b):
    return a + dtm.timedelta(seconds=R.uniform(0, (b - a).total_seconds()))


def build_timeline():
    riders = RIDERS[:]
    R.shuffle(riders)
    # --- Registration phase: 2024-04-01 .. 2024-06-10
    A, B = D(2024, 4, 1, 15), D(2024, 6, 11, 5)
    signup = riders[:15] + OLD
    for r in signup:
        t = rand_t(A, B)
        reg_signup(r, t)
        if R.random() < 0.6:
            nginx_rider(r, jitter(t, 30, 4000))
        if R.random() < 0.5:
            esign_completed(r, jitter(t, 120, 900))
            if R.random() < 0.4:
                ses_delivery(r, jitter(t, 1000, 1100), 'waiver-receipt', ['Your Ridge to River waiver is signed, ', (r.first, 'name'), '!'])
    for r in R.sample(riders, 4):
        t = rand_t(A, B)
        reg_json(t, 'fundraising.page.created', [('rider_id', P(r.rid, 'other_id')), ('page_url', P(r.page, 'url')), ('goal_usd', R.choice([1500, 2500, 5000]))], logger='fundraise.pages')
    for r in R.sample(riders, 3):
        pg_update(r, rand_t(A, B))
    for r in R.sample(riders, 2):
        nginx_rider(r, rand_t(A, B))
    # donors
    for _ in range(7):
        r = R.choice(riders)
        dn = R.choice(FIRST_F + FIRST_M) + ' ' + R.choice(LAST)
        dfirst, dlast = dn.split(' ', 1)
        de = deaccent(dfirst).lower().replace(' ', '') + '.' + deaccent(dlast).lower().replace(' ', '').replace("'", '') + R.choice(['@gmail.com', '@comcast.net', '@outlook.com'])
        donation(rand_t(A, B), dn, de, r, R.choice(['visa', 'mastercard', 'amex']))
    # legacy donate form with card leak
    for j in range(3):
        t = rand_t(A, B)
        dn = R.choice(FIRST_F + FIRST_M) + ' ' + R.choice(LAST)
        cn = card(R.choice(['visa', 'mc', 'amex']))
        if j == 2:  # junk keyed number, fails Luhn
            cn = cn[:-1] + str((int(cn[-1]) + 3) % 10)
            assert not luhn_ok(cn)
        else:
            assert luhn_ok(cn)
        ip = f'{R.choice([73, 97, 174])}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}'
        z = R.choice(CITIES)[2][0]
        lvl = 'ERROR' if j == 2 else 'DEBUG'
        msg = 'card declined: invalid_number' if j == 2 else 'POST /donate.php'
        emit(t, 'legacy_donate', '[', local(t).strftime('%Y-%m-%d %H:%M:%S'), '] legacy-donate.', lvl, ': ', msg, ' card_number=', (cn, 'account'), ' exp=%02d%02d' % (R.randint(1, 12), R.randint(25, 29)),
             ' name_on_card="', (dn, 'name'), '" billing_zip=', (z, 'zip'), ' amount=', R.choice(['50.00', '100.00', '25.00']), ' {"ip":"', (ip, 'ip'), '","ua":"PHP-Form/5.6"} []')
    for r in R.sample(riders, 1):
        java_trace_slug(r, rand_t(A, B))
    java_trace_npe(rand_t(A, B))
    # medical profiles: T1D riders with pumps / CGMs
    t1d = R.sample(riders, 3)
    for r in t1d:
        r.pump = R.choice(['NG', 'HXS']) + digits(7) + R.choice('HK')
        r.cgm = '8G' + alnum(4)
        t = rand_t(A, B)
        reg_json(t, 'medical_profile.updated', [('rider_id', P(r.rid, 'other_id')), ('conditions', ['type 1 diabetes']),
                                               ('devices', [Obj([('kind', 'insulin_pump'), ('model', R.choice(['Tandem t:slim X2', 'Omnipod 5', 'MiniMed 780G'])), ('serial', P(r.pump, 'device'))]),
                                                            Obj([('kind', 'cgm'), ('model', 'Dexcom G7'), ('transmitter', P(r.cgm, 'device'))])]),
                                               ('med_consent', True)], logger='registration.medical')
    pg_insert_med(t1d[0], rand_t(A, B), t1d[0].pump)
    # support vehicles
    for r in R.sample(riders, 3):
        t = rand_t(A, B)
        plate = R.choice(['C', 'B', 'D']) + R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') + R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') + digits(4) if r.state == 'WA' else digits(3) + ' ' + alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')
        wmi, mk = R.choice([('4S4', 'Subaru Outback'), ('JTM', 'Toyota RAV4'), ('1FT', 'Ford F-150'), ('7SA', 'Tesla Model Y')])
        reg_json(t, 'support_vehicle.registered', [('rider_id', P(r.rid, 'other_id')), ('plate', P(plate, 'vehicle')), ('plate_state', r.state),
                                                  ('vin', P(vin(wmi), 'vehicle')), ('make_model', mk),
                                                  ('driver', P(r.ec_name, 'name')), ('driver_phone', P(r.ec_phone, 'phone'))], logger='registration.support')
    # headshot
    for r in R.sample(riders, 2):
        t = rand_t(A, B)
        img = b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00' + R.randbytes(R.randint(90, 140))
        reg_json(t, 'headshot.uploaded', [('rider_id', P(r.rid, 'other_id')), ('content_type', 'image/jpeg'), ('w', 96), ('h', 96),
                                          ('thumb_b64', P(base64.b64encode(img).decode(), 'photo')), ('sha1', hashlib.sha1(img).hexdigest())], logger='registration.media')
    # noise in registration phase
    for _ in range(20):
        reg_requests(rand_t(A, B))
    for _ in range(34):
        nginx_noise(rand_t(A, B))
    for _ in range(6):
        esign_noise(rand_t(A, B))
    for _ in range(6):
        payments_noise(rand_t(A, B))
    for _ in range(10):
        pg_noise(rand_t(A, B))
    for _ in range(4):
        notify_noise(rand_t(A, B))

    # --- Packet pickup 2024-06-13 (Olympia)
    P0, P1 = D(2024, 6, 13, 22), D(2024, 6, 14, 2)
    event_riders = riders[:40] + OLD
    for r in event_riders[:12]:
        t = rand_t(P0, P1)
        reg_json(t, 'bib.assigned', [('rider_id', P(r.rid, 'other_id')), ('bib', P(int(r.bib), 'other_id')), ('wave', R.choice(['A', 'B', 'C'])), ('station', 'PKT-0' + str(R.randint(1, 6)))], logger='checkin.packet')
        tracker_assign(r, jitter(t, 5, 60))
    for r in R.sample(event_riders[:12], 4):
        t = rand_t(P0, P1)
        aamva = [('DAQ', P(r.dl, 'license')), ('DCS', P(deaccent(r.last).upper(), 'name')), ('DAC', P(deaccent(r.first).upper(), 'name')),
                 ('DBB', P(r.dob.strftime('%m%d%Y'), 'date')), ('DAG', P(deaccent(r.street).upper(), 'address')), ('DAI', P(r.city.upper(), 'address')),
                 ('DAJ', r.state), ('DAK', Txt((r.zip + r.zip4, 'zip'), '  ')), ('DCF', alnum(10)), ('DBA', '0%d%02d20%d' % (R.randint(1, 9), R.randint(1, 28), R.randint(26, 31)))]
        reg_json(t, 'checkin.id_scanned', [('rider_id', P(r.rid, 'other_id')), ('scanner', 'Zebra DS2278 s/n 22314523016042'), ('aamva', Obj(aamva)), ('age_ok', True)], logger='checkin.packet')
    # age > 89 rider profile line
    for r in OLD:
        t = rand_t(P0, P1)
        reg_json(t, 'checkin.flag', [('rider_id', P(r.rid, 'other_id')), ('bib', P(int(r.bib), 'other_id')), ('age_on_event_day', P(r.age, 'age') if r.age > 89 else r.age),
                                     ('flag', 'senior_escort_offered'), ('note', 'legacy rider, 12th ride')], logger='checkin.packet')
    for _ in range(8):
        infra(rand_t(P0, P1))
    for _ in range(4):
        inventory(rand_t(P0, P1), R.choice(RESTS)[0])

    # --- Event days
    med_seq = 0
    inc_seq = 0
    claims_list = []
    hl7_list = []
    for day in (1, 2, 3):
        d = DAY[day]
        E0 = dtm.datetime(d.year, d.month, d.day, 13, 0, tzinfo=UTC)  # 06:00 PDT
        E1 = dtm.datetime(d.year, d.month, d.day, 2, 0, tzinfo=UTC) + dtm.timedelta(days=1)  # 19:00 PDT
        for _ in range(6):
            r = R.choice(event_riders)
            t = rand_t(E0, E1)
            track_pos(r, t, day, (t - E0).total_seconds() / (E1 - E0).total_seconds())
        for _ in range(7):
            track_moto(rand_t(E0, E1), day)
        for _ in range(4):
            track_gw(rand_t(E0, E1))
        for _ in range(8):
            infra(rand_t(E0, E1))
        for _ in range(5):
            inventory(rand_t(E0, E1), R.choice(RESTS)[0])
        for _ in range(6):
            sag_noise(rand_t(E0, E1))
        for _ in range(2):
            notify_noise(rand_t(E0, E1))
        for _ in range(4):
            nginx_noise(rand_t(E0, E1))
        # stationary alert
        r = R.choice(event_riders)
        t = rand_t(E0, E1)
        track_pos(r, t, day, R.random(), msg='"stationary off-course"', lvl='warn', extra=' dist_off_course_m=%d idle_s=%d' % (R.randint(150, 900), R.randint(600, 1500)))
        slack(jitter(t, 20, 90), '#course-ops', 'Priscilla Odom', ['tracker alert: bib ', (r.bib, 'other_id'), ' idle off-course ', str(R.randint(10, 25)), ' min, can a moto check? last ping near ', R.choice(RESTS)[1]])
        # medical tent encounters
        tent_r = R.sample(event_riders, 6 if day != 3 else 4)
        if day == 1:
            tent_r[0] = OLD[0]
        first_tent = True
        for r in tent_r:
            rs = R.choice(RESTS[(day - 1) * 2:(day - 1) * 2 + 2])
            t = rand_t(E0 + dtm.timedelta(hours=2), E1 - dtm.timedelta(hours=1))
            if first_tent:
                emit(t - dtm.timedelta(seconds=1), 'medtent_csv', MT_HDR)
                first_tent = False
            cc, tx = R.choice([('heat exhaustion', 'shade, oral rehydration 1L, ice packs'), ('leg cramps', 'electrolytes, stretching'),
                               ('road rash L hip', 'irrigation, Tegaderm'), ('hypoglycemia', 'glucose gel 15g x2, recheck 15 min'),
                               ('bee sting R hand', 'cold pack, cetirizine 10mg'), ('saddle sore', 'zinc oxide, chamois cream'),
                               ('chest tightness', '12-lead, ASA 324mg, EMS activated'), ('knee pain', 'ice, ibuprofen 400mg')])
            dispo = R.choice(['RTR', 'RTR', 'SAG', 'TRANSPORT']) if cc != 'chest tightness' else 'TRANSPORT'
            clin = R.choice(CLIN)
            r.enc = 'MT-D%d-%s-%03d' % (day, rs[0], med_seq + 1)
            med_seq += 1
            medtent_row(r, t, rs[0], cc, tx, dispo, f'{clin[0]} {clin[1]}')
            if r in OLD and r.age > 89:
                slack(jitter(t, 30, 200), '#med-ops', 'Kemi Abara', [rs[0], ' tent: our ', (str(r.age), 'age'), 'yo legend (bib ', (r.bib, 'other_id'), ') in for ', cc, ', vitals fine, ' + ('he' if r.sex == 'M' else 'she') + ' wants to keep riding. Dr Voss ok?'])
            elif cc == 'hypoglycemia':
                extra = []
                if getattr(r, 'cgm', None):
                    extra = [', CGM tx ', (r.cgm, 'device')]
                slack(jitter(t, 30, 200), '#med-ops', 'Hallie Voss', [rs[0], ': ', (r.first + ' ' + r.last, 'name'), ' BG 54 -> 112 after gel'] + extra + [', cleared to continue w/ escort'])
            elif dispo == 'SAG':
                sag_pickup(r, jitter(t, 300, 1500), R.choice(list(SAG)), rs[0] + ' ' + rs[1], R.choice(['medical_hold', 'cramping', 'heat']), 'RUN-D%d-%s-%02d' % (day, R.choice(list(SAG)), R.randint(1, 9)))
            elif dispo == 'TRANSPORT':
                hl7_list.append((r, jitter(t, 1200, 2400), t, ('R07.89', 'Other chest pain') if cc == 'chest tightness' else ('T67.5XXA', 'Heat exhaustion, unspecified, init')))
                sms(jitter(t, 600, 900), r.ec_phone, ['Hi ', (r.ec_first, 'name'), ', this is the Ridge to River medical team. ', (r.first, 'name'),
                                                      ' was seen at our ', rs[0], ' tent and is being taken to ', R.choice(HOSP)[0], ' as a precaution. Please call ', '360-350-7719', ' for updates.'])
        # SAG pickups mechanical
        for _ in range(3):
            r = R.choice(event_riders)
            rs = R.choice(RESTS)
            sag_pickup(r, rand_t(E0, E1), R.choice(list(SAG)), rs[0] + ' ' + rs[1], R.choice(['mechanical:derailleur', 'mechanical:flat_x3', 'fatigue', 'broken_spoke']), 'RUN-D%d-%s-%02d' % (day, R.choice(list(SAG)), R.randint(1, 9)))
        # crash incidents
        inc_times = sorted(rand_t(E0 + dtm.timedelta(hours=1), E1 - dtm.timedelta(hours=2)) for _ in range(2 if day != 3 else 1))
        for t in inc_times:
            r = R.choice(event_riders)
            unit = R.choice(list(STAFF_MARSHAL))
            inc_seq += 1
            inc = 'INC-D%d-%03d' % (day, inc_seq)
            frac = R.uniform(0.1, 0.9)
            road = R.choice(['SR-507 nr Bucoda, 0.3 mi S of Tenino Rd', 'Jackson Hwy at Hwy 505, Toledo', 'Old Pacific Hwy 0.5 mi N of Kalama',
                             'US-30 W of Rainier at Alston Mayger Rd', 'Lewis & Clark Rd, Astoria', 'Military Rd SE, Tenino'])
            injuries = R.choice([['abrasion L forearm'], ['abrasion R knee', 'possible clavicle fx'], ['head strike', 'confused at scene'], ['laceration chin']])
            third = None
            if 'dooring' in road or R.random() < 0.25:
                third = (R.choice(['Gary Holcomb', 'Denise Trujillo']), R.choice(['BRK4471', '784 MXD']))
            radio(jitter(t, -120, -30), 'CH3', unit, 'CONTROL', ['rider down, bib ', (bib_words(r.bib), 'other_id'), ', at ', (road.split(',')[0], 'address'), ', conscious, ', injuries[0], ', request med ', R.choice(['1', '2'])])
            radio(jitter(t, -25, -5), 'CH3', 'CONTROL', unit, ['copy ', unit.replace('MOTO-0', 'moto ').replace('MOTO-', 'moto '), ', med 2 rolling from ', R.choice(RESTS)[0], ', ETA ', str(R.randint(4, 15)), ' min'])
            marshal_report(r, t, day, frac, unit, road, injuries, inc, third)
            slack(jitter(t, 60, 300), '#med-ops', 'Jon-Erik Strand', ['on scene ', (inc, 'other_id'), ', ', injuries[-1], ', bib ', (r.bib, 'other_id'), ' ', ('transporting' if len(injuries) > 1 else 'patched up, rider continuing')])
            claims_list.append((len(injuries) > 1, r, t, road, injuries, third))
            if len(injuries) > 1:
                hl7_list.append((r, jitter(t, 1800, 3000), t, ('S06.0X0A', 'Concussion w/o LOC, init') if 'head' in injuries[0] else ('S42.001A', 'Fracture of unsp part of right clavicle, init')))
                sms(jitter(t, 900, 1200), r.ec_phone, ['Ridge to River medical: ', (r.first + ' ' + r.last, 'name'), ' (bib ', (r.bib, 'other_id'), ') was injured in a fall and is being transported. Call ', '360-350-7719', '.'])
        # slack non-phi
        for _ in range(4):
            t = rand_t(E0, E1)
            slack(t, R.choice(['#med-ops', '#course-ops']), R.choice(list(SLACK_USERS)), [R.choice([
                'need 4 more bags of ice at RS2, out by 1pm', 'radar shows a cell over Napavine, moving NE ~20 mph', 'sweep 3 heading back to base w/ 2 bikes',
                'moto 5 fuel stop in Toledo, 10 min', 'RS4 porta-potties serviced, ok', 'reminder: tent logs export at 19:00 to the shared drive',
                'AED at RS3 passed self-test (Zoll AED Plus s/n X11G123456)', 'course closes at RS5 at 17:30 sharp'])])
    # HL7 & FHIR for transports (cap)
    seen = set()
    for (r, t, arrive, dx) in hl7_list[:3]:
        if r.rid in seen:
            continue
        seen.add(r.rid)
        hl7_msg(r, t, R.choice(HOSP), dx[0], dx[1], local(arrive))
    for (r, t, arrive, _dx) in hl7_list[:2]:
        pid = fhir_patient(r, jitter(t, 60, 120))
        fhir_encounter(r, pid, jitter(t, 121, 150), local(arrive).replace(microsecond=0), r.enc.split('-')[2] if r.enc else 'RS3')
        fhir_obs(pid, jitter(t, 151, 170), '8480-6', 'Systolic blood pressure', R.randint(100, 160), 'mm[Hg]')
    java_trace_imei(R.choice(event_riders), rand_t(D(2024, 6, 15, 14), D(2024, 6, 15, 23)))
    # --- Post event: claims
    Q0, Q1 = D(2024, 6, 18, 15), D(2024, 7, 26, 23)
    first_psv = True
    claims_list.sort(key=lambda c: not c[0])
    for k, (_, r, t_inc, road, injuries, third) in enumerate(claims_list[:2]):
        claim = 'GAP-CL-24-%06d' % R.randint(1000, 99999)
        t = rand_t(Q0, Q1)
        fnol(r, t, claim, local(t_inc).date(), road, '; '.join(injuries) + ' after fall during charity ride', third)
        if first_psv:
            emit(t + dtm.timedelta(days=1), 'claims_psv', PSV_HDR)
            first_psv = False
        claims_row(r, t + dtm.timedelta(days=1, seconds=5), claim, 'OPEN', 'ED visit + imaging', R.uniform(900, 4200), R.choice(['T.Whitfield', 'M.Oduya']),
                   bad_ssn=('000-' + r.ssn[4:]) if k == 1 else None)
        x12_claim(r, t + dtm.timedelta(days=R.randint(3, 9)), digits(10), local(t_inc).date(), local(t_inc).date(), 'S06.0X0A' if 'head' in injuries[0] else 'S42.001A', R.choice(['99284', '99283']), R.uniform(400, 1200))
    # extra PSV rows for tent riders who filed small claims
    tent_claim = [r for r in event_riders if r.enc][:4]
    for r in tent_claim:
        claim = 'GAP-CL-24-%06d' % R.randint(1000, 99999)
        t = rand_t(Q0, Q1)
        if first_psv:
            emit(t - dtm.timedelta(seconds=1), 'claims_psv', PSV_HDR)
            first_psv = False
        claims_row(r, t, claim, R.choice(['OPEN', 'PENDING_DOCS', 'CLOSED_PAID']), 'medical tent + OTC supplies', R.uniform(40, 300), R.choice(['T.Whitfield', 'M.Oduya']))
    for _ in range(14):
        infra(rand_t(Q0, Q1))
    for _ in range(4):
        emit_t = rand_t(Q0, Q1)
        emit(emit_t, 'claims_psv', 'CLM-BATCH|', local(emit_t).strftime('%Y-%m-%d'), '|EXPORT|||||||rows=', str(R.randint(3, 40)), '|sha256=', hexs(16), '|svc-claims-export')
    for _ in range(5):
        pg_noise(rand_t(Q0, Q1))
    for _ in range(3):
        payments_noise(rand_t(Q0, Q1))
    for _ in range(3):
        reg_requests(rand_t(Q0, Q1))
    for r in R.sample(event_riders, 3):
        ses_delivery(r, rand_t(Q0, Q1), 'post-ride-survey', ['Thank you for riding, ', (r.first, 'name'), ' - tell us about your weekend'])


# ================================================================ output
def fill_to(n, lo, hi):
    """Add non-PHI infra lines (or drop them) to get exactly n lines."""
    while len(ENTRIES) < n:
        infra(rand_t(lo, hi))
    if len(ENTRIES) > n:
        droppable = [i for i, e in enumerate(ENTRIES) if e[2] in ('infra', 'nginx', 'inventory', 'trackd', 'sagdispatch', 'postgres', 'reg_api', 'esign', 'payments', 'notify', 'slack') and not any(isinstance(p, tuple) for p in e[3])]
        drop = set(R.sample(droppable, len(ENTRIES) - n))
        ENTRIES[:] = [e for i, e in enumerate(ENTRIES) if i not in drop]


def main():
    build_timeline()
    if '-v' in sys.argv:
        ph = sum(1 for e in ENTRIES if any(isinstance(p, tuple) for p in e[3]))
        print('generated', len(ENTRIES), 'phi lines', ph, file=sys.stderr)
    fill_to(500, D(2024, 4, 1), D(2024, 7, 26))
    ENTRIES.sort(key=lambda e: (e[0], e[1]))
    lines, labels = [], []
    for n, (_, _, fam, parts) in enumerate(ENTRIES, 1):
        buf = bytearray()
        spans = []
        for p in parts:
            if isinstance(p, tuple):
                text, cat = p
                b = text.encode('utf-8')
                if not b:
                    raise SystemExit(f'empty span line {n}')
                spans.append((len(buf), len(buf) + len(b), cat, text))
                buf += b
            else:
                buf += p.encode('utf-8')
        bb = bytes(buf)
        if not bb or b'\n' in bb or b'\r' in bb:
            raise SystemExit(f'bad line {n}: {bb[:80]!r}')
        last = 0
        for s, e, cat, text in spans:
            if not (0 <= s < e <= len(bb)):
                raise SystemExit(f'span out of range line {n}')
            if s < last:
                raise SystemExit(f'overlap line {n}')
            if bb[s:e].decode('utf-8') != text:
                raise SystemExit(f'span mismatch line {n}: {bb[s:e]!r} vs {text!r}')
            last = e
        lines.append(bb)
        labels.append({'line': n, 'family': fam, 'spans': [{'s': s, 'e': e, 'cat': c} for s, e, c, _ in spans]})
    if len(lines) != 500:
        raise SystemExit(f'expected 500 lines, got {len(lines)}')
    with open(f'{ID}.log', 'wb') as f:
        f.write(b'\n'.join(lines) + b'\n')
    with open(f'{ID}.labels.jsonl', 'w', encoding='utf-8', newline='\n') as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
