#!/usr/bin/env python3
"""gen_sp.py - synthetic, labeled log corpus "sp".

Organisation: Harborline Veterinary Partners, a chain of veterinary hospitals in
central Ohio (sites HLV-EAST Eastgate 24/7 ER, HLV-NORTH Worthington,
HLV-WEST Hilliard, HLV-AMB ambulatory equine unit). One day (2024-10-17) of
the SIEM/log-archive export, all systems interleaved by time. Writes sp.log
(500 lines) and sp.labels.jsonl in the current directory. Standard library
only, fixed seed -> byte-identical output on every run.

Systems simulated (family names used in the labels):
  pims        VetCore PIMS application logger, JSON (ensure_ascii escapes, \\u00e9)
  portal      nginx combined access log of the client portal
  payrail     PayRail card gateway + financing, logfmt
  cslog       pharmacy controlled-substance log export, CSV rows
  ehs         SafeShift employee-health incident system, JSON (camelCase)
  hl7_titre   HL7 v2.5.1 ORU from the rabies titre (RFFIT) lab for staff
  hl7_reflab  HL7 v2.3 ORU from Vetrix Reference Labs (animal bloodwork)
  fhir_ph     FHIR R4 Bundle, zoonotic-exposure referral to county public health
  xml_odrs    XML referral to the state disease reporting system (ODRS)
  syslog      RFC3164 syslog (postfix, sshd, cron, systemd, kernel)
  notifyhub   SMS gateway JSON (reminders, two-way texting)
  pacs        DICOM store SCP log (radiology), key=value
  java        claims-svc Spring Boot log incl. multi-line stack traces
  pgaudit     PostgreSQL / pgaudit log lines
  cef         Windows logon events forwarded as CEF to the SIEM
  fixedwidth  collections agency placement file (H/D/T fixed-width records)
  teams       Teams chat export of the front desk channel
  claims      VetClaimDirect pet-insurance claim submissions, JSON
  inventory   Covetrus/ERP receiving and fridge-temperature CSV rows
  cdr         phone system call-detail records, pipe separated
  k8s         Go services' zap JSON (health checks, build/version info)

Who is the "person served": the animal OWNER (client) and the owner's
household / co-owners / emergency contacts. Staff are not PHI while working,
EXCEPT when they are the subject of an employee-health record (bite/scratch
injury report, rabies titre lab result, titre reminders): there the injured
or tested employee is the patient.

Labeling decisions (applied consistently):
 * Pet names (Biscuit, Sir Reginald...) are NOT labeled: not human identifiers.
   When a system writes the owner's surname with the pet (HL7 PID-5 and DICOM
   PatientName "BISCUIT^OKAFOR-REYES"), the owner surname component alone is
   labeled `name`.
 * Animal patient IDs / chart numbers (P-0048213), also inside free text, are
   `mrn` (provider-assigned record number of the client's record).
   Client numbers (C204113) and client invoice numbers (INV-...) are
   `account`. Full card PANs are `account` (also ones failing Luhn, which
   the gateway rejected); masked cards / last4 are NOT labeled.
 * Microchip numbers (15-digit ISO) are `device` (implant serial that
   resolves to the owner in the chip registry).
 * Rabies tag numbers, lab accession numbers (reference lab, titre lab, PACS
   AccessionNumber), insurance claim refs, public-health case numbers,
   employee-health incident IDs, HL7 placer order numbers of a person's order
   and the employee number INSIDE employee-health records are `other_id`.
   The titre lab's own patient number is `mrn`.
   Employee usernames/IDs in SIEM/logon/audit context are not PHI.
 * Pet-insurance policy numbers and the owner's Medicare MBI are `health_plan`.
 * Owner driver's licence shown at controlled-drug pickup -> `license`;
   owner's horse trailer plate / VIN on an ambulatory farm call -> `vehicle`.
   The hospital's own mobile-unit VIN is not PHI.
 * Dates tied to the client or the employee-patient (appointment, visit /
   service, dispensing, collection, exposure, injury, DOB, payment-plan
   dates, SMS "due on 10/24") are `date`; a full datetime value is one
   `date` span. Animal birth dates are NOT labeled (not a person's date).
   Log-record timestamps, file creation dates, lot expiry dates are not PHI.
   HL7 MSH-7 / OBR-22 (message and report times) are not labeled; OBR-7
   collection dates and the titre's OBX-14 observation date are labeled.
 * Ages: only human ages > 89 labeled `age`; animal ages never.
 * Owner address: street run is one `address` span, city separate `address`
   when in its own field, county -> `address`; ZIP always its own `zip`.
   State never labeled.
 * HL7 XTN phone "614^4471203" is one `phone` span.
 * Portal access log: a client's public IP is `ip`; a request target that
   embeds a client/patient identifier is one `url` span (the ID inside is not
   labeled separately). Probe/monitor/bot/internal IPs are not PHI.
 * Staff, vets (incl. DEA numbers), referring human physicians (NPI), public
   health officers, vendors, the organisation's addresses/phones/emails,
   DICOM UIDs, trace/span IDs, SMS SIDs, product names are NOT PHI.
 * Name fields split by the system (FHIR family/given, HL7 LAST^FIRST is
   one span since it is one field, fixed-width LAST and FIRST columns) get
   one span per field. A 3-letter first-name search prefix in an SQL
   ILIKE pattern ('Pri%') is not labeled (not an identifier by itself); the
   full surname in the same query is.
 * HL7 ordering-provider field (vet DEA^LAST^FIRST) is staff -> not labeled.
 * The ambulatory unit's GPS pings (hospital vehicle) are not PHI.
 * A client named inside staff chat ("Mrs. Haddad") is labeled (surname
   only; the honorific is not part of the span).
"""
import datetime as dt
import hashlib
import json
import random
import sys
import uuid

R = random.Random(20241017)
DAY = dt.date(2024, 10, 17)
TZ = dt.timedelta(hours=4)  # EDT -> UTC

# ---------------------------------------------------------------- lines
class L:
    def __init__(self, fam):
        self.fam, self.buf, self.n, self.sp = fam, [], 0, []

    def p(self, *parts):
        for x in parts:
            if isinstance(x, tuple):
                val, cat = x
                a = self.n
                self.buf.append(val)
                self.n += len(val.encode('utf-8'))
                if cat:
                    self.sp.append((a, self.n, cat, val))
            else:
                self.buf.append(x)
                self.n += len(x.encode('utf-8'))
        return self

    def text(self):
        return ''.join(self.buf)


class O:
    def __init__(self, *items):
        self.items = items


class A:
    def __init__(self, *els):
        self.els = els


def J(l, x, asc=False, sep=': ', isep=', '):
    if isinstance(x, O):
        l.p('{')
        for i, it in enumerate(x.items):
            if i:
                l.p(isep)
            l.p(json.dumps(it[0]) + sep)
            JV(l, it[1], it[2] if len(it) > 2 else None, asc, sep, isep)
        l.p('}')
    elif isinstance(x, A):
        l.p('[')
        for i, e in enumerate(x.els):
            if i:
                l.p(isep)
            if isinstance(e, tuple):
                JV(l, e[0], e[1], asc, sep, isep)
            else:
                JV(l, e, None, asc, sep, isep)
        l.p(']')
    return l


def JV(l, v, cat, asc, sep, isep):
    if isinstance(v, (O, A)):
        J(l, v, asc, sep, isep)
    elif isinstance(v, str):
        r = json.dumps(v, ensure_ascii=asc)
        l.p('"', (r[1:-1], cat), '"')
    else:
        l.p((json.dumps(v), cat))


# ---------------------------------------------------------------- helpers
def hexs(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def digs(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


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


def card(valid=True):
    kind = R.choice(['visa', 'visa', 'mc', 'amex', 'disc'])
    if kind == 'visa':
        base = '4' + digs(14)
    elif kind == 'mc':
        base = R.choice(['51', '52', '53', '54', '55']) + digs(13)
    elif kind == 'amex':
        base = R.choice(['34', '37']) + digs(12)
    else:
        base = '6011' + digs(11)
    c = base + luhn_digit(base)
    if not valid:
        c = c[:-1] + str((int(c[-1]) + 3) % 10)
    return kind, c


def ssn(valid=True):
    if valid:
        while True:
            a = R.randint(1, 899)
            if a != 666:
                break
        return '%03d-%02d-%04d' % (a, R.randint(1, 99), R.randint(1, 9999))
    return '%03d-%02d-%04d' % (R.randint(900, 999), R.randint(0, 99), R.randint(0, 9999))


def npi():
    base = R.choice('12') + digs(8)
    return base + luhn_digit('80840' + base)


def dea(last):
    d = [R.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return R.choice('ABFM') + last[0].upper() + ''.join(map(str, d)) + str(c)


def mbi():
    al = 'ACDEFGHJKMNPQRTUVWXY'
    an = al + '0123456789'
    pat = 'CAN' + 'NAAN' + 'AANN'
    pat = ['C', 'A', 'AN', 'N', 'A', 'AN', 'N', 'A', 'A', 'N', 'N']
    out = ''
    for t in pat:
        out += {'C': R.choice('123456789'), 'A': R.choice(al), 'N': R.choice('0123456789'),
                'AN': R.choice(an)}[t]
    return out


VIN_MAP = {**{str(i): i for i in range(10)},
           'A': 1, 'B': 2, 'C': 3, 'D': 4, 'E': 5, 'F': 6, 'G': 7, 'H': 8,
           'J': 1, 'K': 2, 'L': 3, 'M': 4, 'N': 5, 'P': 7, 'R': 9,
           'S': 2, 'T': 3, 'U': 4, 'V': 5, 'W': 6, 'X': 7, 'Y': 8, 'Z': 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(prefix):
    chars = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
    v = list(prefix + ''.join(R.choice(chars) for _ in range(8 - len(prefix))) + '0' +
             R.choice('RS') + R.choice(chars) + digs(6))
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = 'X' if s == 10 else str(s)
    return ''.join(v)


def fmt_phone(d10, style):
    a, b, c = d10[:3], d10[3:6], d10[6:]
    return {0: f'({a}) {b}-{c}', 1: f'{a}-{b}-{c}', 2: f'+1{d10}', 3: d10,
            4: f'{a}.{b}.{c}', 5: f'+1 {a}-{b}-{c}'}[style]


# ---------------------------------------------------------------- people
FIRST = ["Marisol", "Tobias", "Aaliyah", "Grzegorz", "Priya", "Dmitri", "Siobhán", "Kwame",
         "Mei-Ling", "Joaquín", "Hunter", "Summer", "Rose", "Joy", "Dale", "Faith", "Ngozi",
         "Björn", "Yusuf", "Chantelle", "Thanh", "Ravi", "Ingrid", "Lucía", "Amara", "Colt",
         "Bethany", "Hamid", "Noemí", "Wren", "Precious", "Otis", "Keanu", "Zoë", "Florentyna",
         "Dashiell", "Imani", "Sven", "Yolanda", "Rustam", "Brook", "Autumn", "Mercy", "Lamar"]
LAST = ["Okafor-Reyes", "Baker", "Bishop", "Mason", "Frost", "Nguyen", "Van der Berg",
        "De La Cruz", "Kowalczyk", "O'Donnell", "Abernathy-Cole", "Haddad", "Castillo Ortega",
        "Whitfield", "Park", "Oyelaran", "Lindqvist", "Brooks", "Stone", "Rivers", "Patel",
        "Morningstar", "Chavez-Lindgren", "Mbeki", "Takahashi", "Fontaine", "Szabo",
        "MacAllister", "Hill", "Sparrow", "Dupont", "Al-Farsi", "Gallagher", "Ibáñez", "Winter",
        "Fairweather", "Nakamura-Holt", "Price", "Cook", "Goodman", "Đặng", "Nowak-Schultz"]
STREETS = ["Hollyhock Ln", "Wickliffe Rd", "N High St", "Cleveland Ave", "Schrock Rd",
           "Karl Rd", "Tamarack Blvd", "Brice Rd", "Mill Run Dr", "Olentangy River Rd",
           "Refugee Rd", "Sawmill Pkwy", "E Main St", "Winchester Pike", "Lazelle Rd",
           "Chestnut Hill Ct", "Bexley Park Rd", "Hamilton Rd", "Oakmont Dr", "Fishinger Rd"]
CITIES = [("Columbus", "43215"), ("Columbus", "43224"), ("Gahanna", "43230"),
          ("Westerville", "43081"), ("Hilliard", "43026"), ("Dublin", "43017"),
          ("Worthington", "43085"), ("Grove City", "43123"), ("Reynoldsburg", "43068"),
          ("Pickerington", "43147"), ("Delaware", "43015"), ("Upper Arlington", "43221"),
          ("Lancaster", "43130"), ("Newark", "43055"), ("Canal Winchester", "43110"),
          ("Bexley", "43209")]
COUNTY = {"Columbus": "Franklin", "Gahanna": "Franklin", "Westerville": "Franklin",
          "Hilliard": "Franklin", "Dublin": "Franklin", "Worthington": "Franklin",
          "Grove City": "Franklin", "Reynoldsburg": "Franklin", "Pickerington": "Fairfield",
          "Delaware": "Delaware", "Upper Arlington": "Franklin", "Lancaster": "Fairfield",
          "Newark": "Licking", "Canal Winchester": "Franklin", "Bexley": "Franklin"}
AREA = ['614', '614', '614', '380', '740']
MAILD = ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'att.net', 'wowway.com',
         'columbus.rr.com', 'proton.me']
PETN = ["Biscuit", "Pepper", "Mochi", "Duke", "Luna", "Waffles", "Ziggy", "Bear", "Nala",
        "Tank", "Olive", "Gus", "Pickles", "Maple", "Rocco", "Cleo", "Bandit", "Juniper",
        "Sir Reginald", "Kiwi", "Hank", "Tofu", "Pretzel", "Dolly", "Chief", "Sunny"]
SPEC = [("Canine", "Labrador Retriever"), ("Feline", "DSH"), ("Canine", "French Bulldog"),
        ("Feline", "Maine Coon"), ("Avian", "Cockatiel"), ("Canine", "Pit Bull Mix"),
        ("Reptile", "Bearded Dragon"), ("Lagomorph", "Holland Lop"), ("Canine", "Goldendoodle"),
        ("Feline", "Siamese"), ("Equine", "Quarter Horse"), ("Canine", "German Shepherd")]

used = set()


def uniq(fn):
    while True:
        x = fn()
        if x not in used:
            used.add(x)
            return x


def ascii_fold(s):
    import unicodedata
    s = s.replace('Đ', 'D').replace('đ', 'd')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def mkowner():
    f, l = R.choice(FIRST), R.choice(LAST)
    city, z = R.choice(CITIES)
    street = f"{R.randint(12, 9899)} {R.choice(STREETS)}"
    if R.random() < 0.2:
        street += R.choice([" Apt ", " Unit ", " #"]) + str(R.randint(1, 40)) + R.choice(['', 'B', 'C'])
    lf = ascii_fold(l).lower().replace(' ', '').replace("'", '')
    ff = ascii_fold(f).lower()
    email = R.choice([f"{ff}.{lf}", f"{ff[0]}{lf}{R.randint(1, 99)}", f"{lf}.family",
                      f"{ff}{lf[:3]}{R.randint(70, 99)}"]) + '@' + R.choice(MAILD)
    pets = []
    for _ in range(R.choice([1, 1, 1, 2])):
        sp, br = R.choice(SPEC)
        pets.append(dict(name=R.choice(PETN), species=sp, breed=br,
                         pid=uniq(lambda: 'P-00' + digs(5)),
                         chip=uniq(lambda: R.choice(['985', '981', '900']) + digs(12)),
                         dob=dt.date(R.randint(2008, 2023), R.randint(1, 12), R.randint(1, 28)),
                         tag=f"24-{R.randint(100000, 199999)}"))
    kind, cno = card()
    return dict(first=f, last=l, city=city, zip=z, street=street, email=email,
                phone=R.choice(AREA) + str(R.randint(200, 989)) + digs(4),
                dob=dt.date(R.randint(1936, 2003), R.randint(1, 12), R.randint(1, 28)),
                acct=uniq(lambda: 'C' + str(R.randint(100000, 299999))),
                card=cno, brand=kind,
                ip=R.choice([f"{R.choice([73, 98, 174, 108, 24, 65, 66, 184])}.{R.randint(1, 254)}."
                             f"{R.randint(0, 254)}.{R.randint(1, 254)}",
                             f"2600:1702:{hexs(4)}:{hexs(4)}::{hexs(3)}"]),
                policy='PWM-' + digs(8), pets=pets)


OWNERS = [mkowner() for _ in range(70)]

STAFF = [("Helena", "Marsh", "DVM"), ("Arjun", "Venkataraman", "DVM"), ("Colleen", "Fitzpatrick", "DVM"),
         ("Rafael", "Quintero", "DVM"), ("Abigail", "Stroud", "DVM, DACVECC"),
         ("Jasmine", "Ortiz", "LVT"), ("Brandon", "Kessler", "LVT"), ("Tamsin", "Reyes", "CVA"),
         ("Oluwaseun", "Adeyemi", "LVT"), ("Kelsey", "Brandt", "CVA"), ("Marcus", "Lee", "LVT"),
         ("Dana", "Whitaker", "CSR"), ("Pilar", "Esquivel", "CSR"), ("Trent", "Holloway", "Kennel"),
         ("Yuki", "Sato", "LVT"), ("Gideon", "Archer", "Practice Mgr")]
STAFF = [dict(first=a, last=b, cred=c, user=(a[0] + b).lower(), emp='E1' + digs(4),
              dob=dt.date(R.randint(1968, 2002), R.randint(1, 12), R.randint(1, 28)),
              street=f"{R.randint(100, 8999)} {R.choice(STREETS)}", cz=R.choice(CITIES),
              phone=R.choice(AREA) + str(R.randint(200, 989)) + digs(4),
              dea=dea(b) if 'DVM' in c else None) for a, b, c in STAFF]
VETS = [s for s in STAFF if s['dea']]
TECHS = [s for s in STAFF if not s['dea']]
SITES = ['HLV-EAST', 'HLV-EAST', 'HLV-NORTH', 'HLV-WEST']
SITE_NAME = {'HLV-EAST': 'Harborline Eastgate', 'HLV-NORTH': 'Harborline Worthington',
             'HLV-WEST': 'Harborline Hilliard', 'HLV-AMB': 'Harborline Equine Ambulatory'}
ORG_PHONE = {'HLV-EAST': '6148824410', 'HLV-NORTH': '6144361180', 'HLV-WEST': '6145279032'}


def vet():
    return R.choice(VETS)


def sn(s):
    return f"Dr. {s['first']} {s['last']}" if s['dea'] else f"{s['first']} {s['last']}"


def owner():
    return R.choice(OWNERS)


def pet(o):
    return R.choice(o['pets'])


def fdate(d, style):
    return {0: d.strftime('%Y-%m-%d'), 1: d.strftime('%m/%d/%Y'), 2: d.strftime('%Y%m%d'),
            3: f"{d.month}/{d.day}/{d.year}"}[style]


def future(t, lo=1, hi=40):
    return t.date() + dt.timedelta(days=R.randint(lo, hi))


def past(t, lo=1, hi=20):
    return t.date() - dt.timedelta(days=R.randint(lo, hi))


def zts(t):  # UTC ISO with ms
    return (t + TZ).strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % R.randint(0, 999)


def lts(t):  # local ISO with offset
    return t.strftime('%Y-%m-%dT%H:%M:%S') + '.%03d-04:00' % R.randint(0, 999)


# ---------------------------------------------------------------- systems
def r_pims(t):
    o = owner(); pt = pet(o); site = R.choice(SITES)
    ev = R.choice(['appointment.booked', 'appointment.booked', 'patient.checkin', 'invoice.finalized',
                   'chip.lookup', 'record.viewed', 'heartbeat', 'heartbeat', 'reminder.batch',
                   'sync.hl7', 'patient.merge'])
    l = L('pims')
    head = [('@timestamp', zts(t)), ('level', 'INFO'), ('logger', 'vetcore.pims.' + ev.split('.')[0]),
            ('thread', f'http-nio-8443-exec-{R.randint(1, 40)}'), ('site', site), ('event', ev)]
    tail = [('trace_id', hexs(32)), ('span_id', hexs(16)), ('app_ver', R.choice(['7.14.3-b2231', '7.14.3-b2231', '7.14.2-b2190']))]
    if ev == 'appointment.booked':
        ad = future(t)
        body = [('client', O(('id', o['acct'], 'account'),
                             ('name', f"{o['last']}, {o['first']}", 'name'),
                             ('phone', fmt_phone(o['phone'], 0), 'phone'))),
                ('patient', O(('id', pt['pid'], 'mrn'), ('name', pt['name']), ('species', pt['species']))),
                ('appt', O(('start', f"{ad.isoformat()}T{R.randint(8, 18):02d}:{R.choice(['00', '15', '30', '45'])}:00", 'date'),
                           ('type', R.choice(['Wellness', 'Recheck', 'Dental', 'Sick', 'Vaccines'])),
                           ('provider', sn(vet())), ('room', R.randint(1, 12)))),
                ('channel', R.choice(['phone', 'portal', 'walk-in']))]
    elif ev == 'patient.checkin':
        body = [('client_id', o['acct'], 'account'), ('patient_id', pt['pid'], 'mrn'),
                ('patient_name', pt['name']), ('weight_kg', round(R.uniform(2, 48), 1)),
                ('checked_in_by', TECHS[R.randrange(len(TECHS))]['user']),
                ('visit_date', t.date().isoformat(), 'date')]
    elif ev == 'invoice.finalized':
        body = [('invoice_no', 'INV-' + digs(7), 'account'), ('client_id', o['acct'], 'account'),
                ('total', round(R.uniform(45, 2600), 2)), ('tax', round(R.uniform(1, 40), 2)),
                ('lines', R.randint(1, 14)), ('cashier', R.choice(TECHS)['user'])]
    elif ev == 'chip.lookup':
        body = [('microchip', pt['chip'], 'device'), ('registry', R.choice(['AAHA UPL', '24PetWatch', 'HomeAgain'])),
                ('match', True), ('registered_owner', f"{o['first']} {o['last']}", 'name'),
                ('owner_phone', fmt_phone(o['phone'], 2), 'phone'), ('found_as', 'stray intake')]
    elif ev == 'record.viewed':
        body = [('user', R.choice(STAFF)['user']), ('patient_id', pt['pid'], 'mrn'),
                ('section', R.choice(['SOAP', 'Labs', 'Imaging', 'Rx'])), ('ms', R.randint(20, 900))]
    elif ev == 'patient.merge':
        o2 = owner()
        body = [('survivor', pt['pid'], 'mrn'), ('merged', 'P-00' + digs(5), 'mrn'),
                ('client_id', o['acct'], 'account'), ('by', R.choice(STAFF)['user'])]
    elif ev == 'reminder.batch':
        body = [('queued', R.randint(80, 900)), ('suppressed_deceased', R.randint(0, 9)),
                ('template', 'RMD-VAX-v12'), ('duration_ms', R.randint(300, 9000))]
    elif ev == 'sync.hl7':
        body = [('peer', 'vetrix-mllp.vetrixlabs.net:6661'), ('acks', R.randint(1, 60)),
                ('naks', R.randint(0, 2)), ('queue_depth', R.randint(0, 30))]
    else:
        body = [('uptime_s', R.randint(1000, 900000)), ('heap_mb', R.randint(400, 3800)),
                ('db_pool_active', R.randint(1, 40)), ('host', f'pims-app-{R.randint(1, 6):02d}')]
    J(l, O(*(head + body + tail)), asc=True, sep=':', isep=',')
    return [l]


def r_portal(t):
    ts = t.strftime('[%d/%b/%Y:%H:%M:%S -0400]')
    l = L('portal')
    x = R.random()
    if x < 0.6:
        o = owner(); pt = pet(o)
        path = R.choice([f"/portal/clients/{o['acct']}/pets/{pt['pid']}/records",
                         f"/api/v2/appointments?client_id={o['acct']}&date={future(t).isoformat()}",
                         f"/portal/clients/{o['acct']}/invoices",
                         f"/portal/pets/{pt['pid']}/vaccines/certificate.pdf",
                         f"/api/v2/rx/refill?patient={pt['pid']}"])
        meth = 'POST' if 'refill' in path else 'GET'
        ua = R.choice(['Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
                       'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36',
                       'HarborlineApp/4.2.1 (Android 14; SM-S918U)'])
        l.p((o['ip'], 'ip'), ' - - ', ts, f' "{meth} ', (path, 'url'),
            f' HTTP/2.0" {R.choice([200, 200, 200, 304, 302])} {R.randint(300, 90000)} '
            f'"https://portal.harborlinevet.com/portal/home" "{ua}" rt={R.random():.3f} uct=0.001')
    elif x < 0.8:
        l.p(f'10.20.{R.randint(1, 4)}.{R.randint(2, 250)} - - {ts} "GET /healthz HTTP/1.1" 200 2 "-" '
            f'"kube-probe/1.29" rt=0.00{R.randint(1, 9)} uct=0.000')
    elif x < 0.9:
        l.p(f'216.144.250.150 - - {ts} "HEAD /locations/eastgate HTTP/1.1" 200 0 "-" '
            f'"Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)" rt=0.0{R.randint(10, 99)} uct=0.001')
    else:
        l.p(f'66.249.66.{R.randint(1, 200)} - - {ts} "GET /static/js/app.{hexs(8)}.js HTTP/1.1" 200 {R.randint(50000, 400000)} "-" '
            f'"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" rt=0.0{R.randint(10, 99)} uct=0.001')
    return [l]


def r_payrail(t):
    o = owner(); site = R.choice(SITES)
    l = L('payrail')
    pre = f'ts={zts(t)} svc=payrail-gw pid={R.randint(1000, 9999)} '
    x = R.random()
    if x < 0.45:
        l.p(pre, f'level=info msg="charge succeeded" merchant_id=HLV-000{SITES.index(site) + 1} terminal={site[4:]}-FD{R.randint(1, 3)} '
            f'amount={R.uniform(40, 1800):.2f} currency=USD brand={o["brand"]} last4={o["card"][-4:]} auth={hexs(6).upper()} client_acct=',
            (o['acct'], 'account'), ' invoice=', ('INV-' + digs(7), 'account'),
            f' latency_ms={R.randint(300, 2400)} req_id={uid()}')
    elif x < 0.57:
        valid = R.random() < 0.5
        kind, pan = card(valid)
        l.p(pre, 'level=error msg="tokenize failed" err="', 'invalid card number' if not valid else 'avs mismatch',
            '" pan=', (pan, 'account'), f' exp={R.randint(1, 12):02d}/{R.randint(25, 30)} cardholder="',
            (f"{ascii_fold(o['first']).upper()} {ascii_fold(o['last']).upper()}", 'name'), '" avs_zip=', (o['zip'], 'zip'),
            f' http_status=402 req_id={uid()}')
    elif x < 0.75:
        ok = R.random() < 0.8
        l.p(pre, 'level=info msg="financing application submitted" provider=', R.choice(['CareCredit', 'Scratchpay']),
            ' applicant="', (f"{o['first']} {o['last']}", 'name'), '" ssn=', (ssn(ok), 'ssn'),
            ' dob=', (o['dob'].isoformat(), 'date'), ' id_doc=OH-DL:',
            (R.choice('ABCDEFGHJKLMNPRST') + R.choice('ABCDEFGHJKLMNPRST') + digs(6), 'license'),
            f' requested={R.randint(5, 60) * 100} ',
            f'ssn_check={"pass" if ok else "fail_area_number"} decision_ms={R.randint(800, 5000)}')
    else:
        l.p(pre, f'level=info msg="settlement batch closed" batch=B{DAY.strftime("%y%m%d")}-{R.randint(1, 9)} '
            f'count={R.randint(20, 300)} gross={R.uniform(4000, 90000):.2f} fees={R.uniform(90, 2500):.2f} '
            f'processor=Fiserv host=payrail-gw-{R.randint(1, 3)} version=3.8.{R.randint(0, 12)}')
    return [l]


CS_DRUGS = [("Hydromorphone HCl 2 mg/mL", "CII", "mL"), ("Methadone 10 mg/mL", "CII", "mL"),
            ("Ketamine 100 mg/mL", "CIII", "mL"), ("Buprenorphine 0.3 mg/mL", "CIII", "mL"),
            ("Butorphanol 10 mg/mL", "CIV", "mL"), ("Midazolam 5 mg/mL", "CIV", "mL"),
            ("Tramadol 50 mg tab", "CIV", "tab"), ("Phenobarbital 60 mg tab", "CIV", "tab"),
            ("Alfaxalone 10 mg/mL", "CIV", "mL"), ("Euthasol 390 mg/mL", "CIII", "mL")]


def r_cslog(t):
    drug, sch, unit = R.choice(CS_DRUGS)
    v = vet(); w = R.choice([x for x in TECHS if x['cred'] in ('LVT', 'CVA')]); site = R.choice(SITES)
    lot = R.choice('HMKBTPAE') + digs(5)
    exp = dt.date(R.randint(2025, 2027), R.randint(1, 12), 28).strftime('%Y-%m')
    bal = f'{R.uniform(2, 80):.2f}'
    l = L('cslog')
    x = R.random()
    if x < 0.55:
        o = owner(); pt = pet(o)
        act = 'DISPENSE' if unit == 'tab' else 'ADMIN'
        qty = str(R.randint(10, 60)) if unit == 'tab' else f'{R.uniform(0.05, 2):.2f}'
        l.p((t.date().isoformat(), 'date'), f',{t.strftime("%H:%M")},{site},{drug},{sch},{lot},{exp},{qty},{unit},{act},',
            (pt['pid'], 'mrn'), f',{pt["name"]},"', (f"{o['last']}, {o['first']}", 'name'), '","',
            (f"{o['street']}, {o['city']}", 'address'), '",OH,', (o['zip'], 'zip'), ',')
        if act == 'DISPENSE':
            l.p('OH DL ', (R.choice('ABCDEFGHJKLMNPRST') + R.choice('ABCDEFGHJKLMNPRST') + digs(6), 'license'))
        l.p(f',{sn(v)},{v["dea"]},{w["first"][0]}. {w["last"]} {w["cred"]},{bal}')
    elif x < 0.85:
        l.p(f'{t.date().isoformat()},{t.strftime("%H:%M")},{site},{drug},{sch},{lot},{exp},{R.uniform(0.05, 1):.2f},{unit},WASTE,,,,,,,,'
            f'{sn(v)},{v["dea"]},{w["first"][0]}. {w["last"]} {w["cred"]},{bal}')
    else:
        l.p(f'{t.date().isoformat()},{t.strftime("%H:%M")},{site},{drug},{sch},{lot},{exp},0,{unit},COUNT,,,,,,,,'
            f'{sn(v)},{v["dea"]},{w["first"][0]}. {w["last"]} {w["cred"]},{bal},safe={site[4:]}-CS{R.randint(1, 2)} variance=0.00')
    return [l]


def r_ehs(t):
    s = R.choice(TECHS + VETS[:2]); o = owner(); pt = pet(o)
    l = L('ehs')
    x = R.random()
    if x < 0.55:
        occ = t - dt.timedelta(hours=R.randint(1, 40))
        J(l, O(('ts', lts(t)), ('source', 'safeshift-api'), ('eventType', 'INCIDENT_CREATED'),
               ('incidentId', f'INC-24-{R.randint(1000, 1999)}', 'other_id'),
               ('type', R.choice(['ANIMAL_BITE', 'CAT_SCRATCH', 'ANIMAL_BITE'])),
               ('employee', O(('name', f"{s['first']} {s['last']}", 'name'), ('employeeNo', s['emp'], 'other_id'),
                              ('dob', s['dob'].isoformat(), 'date'),
                              ('homePhone', fmt_phone(s['phone'], 1), 'phone'), ('jobTitle', s['cred']))),
               ('occurredAt', occ.strftime('%Y-%m-%dT%H:%M:00-04:00'), 'date'),
               ('site', R.choice(SITES)), ('bodyPart', R.choice(['left hand, dorsal', 'right forearm', 'R thumb', 'left calf'])),
               ('animal', O(('patientId', pt['pid'], 'mrn'), ('species', pt['species']),
                            ('rabiesVaxCurrent', R.random() < 0.7), ('ownerName', f"{o['first']} {o['last']}", 'name'),
                            ('ownerPhone', fmt_phone(o['phone'], 0), 'phone'), ('quarantineDays', 10))),
               ('firstAid', 'irrigated 15 min, povidone-iodine'), ('referredTo', 'OhioHealth WorkHealth Easton'),
               ('reportedBy', sn(vet())), ('schemaVersion', '2.3.0')))
    elif x < 0.8:
        J(l, O(('ts', lts(t)), ('source', 'safeshift-scheduler'), ('eventType', 'TITRE_DUE'),
               ('employee', f"{s['last']}, {s['first']}", 'name'), ('employeeNo', s['emp'], 'other_id'),
               ('lastTitreDate', past(t, 500, 800).isoformat(), 'date'),
               ('lastResultIUmL', round(R.uniform(0.3, 4.5), 1)), ('policy', 'RAB-TITRE-24MO'),
               ('notify', 'ehs@harborlinevet.com')))
    else:
        J(l, O(('ts', lts(t)), ('source', 'safeshift-sync'), ('eventType', 'SYNC_COMPLETE'),
               ('records', R.randint(3, 80)), ('durationMs', R.randint(200, 9000)),
               ('endpoint', 'https://api.safeshift.io/v3/tenants/harborline'), ('build', f'2024.10.{R.randint(1, 17)}')))
    return [l]


def r_hl7_titre(t):
    s = R.choice(TECHS + VETS)
    ts = t.strftime('%Y%m%d%H%M%S')
    ctl = 'PSRL' + ts + digs(2)
    lab_pid = f'RT24-{R.randint(10000, 99999)}'
    cd = past(t, 5, 12)
    res = round(R.uniform(0.2, 6.0), 1)
    out = []
    out.append(L('hl7_titre').p(f'MSH|^~\\&|PSRL|PSRL-LAB|EHS|HARBORLINE|{ts}||ORU^R01^ORU_R01|{ctl}|P|2.5.1|||AL|NE'))
    l = L('hl7_titre')
    city, z = s['cz']
    l.p('PID|1||', (s['emp'], 'other_id'), '^^^HLVEMP^EI~', (lab_pid, 'mrn'), '^^^PSRL^PI||',
        (f"{s['last'].upper()}^{s['first'].upper()}", 'name'), '||', (s['dob'].strftime('%Y%m%d'), 'date'),
        f"|{R.choice('MF')}|||", (s['street'], 'address'), '^^', (city, 'address'), '^OH^', (z, 'zip'),
        '||^PRN^PH^^1^', (f"{s['phone'][:3]}^{s['phone'][3:]}", 'phone'))
    out.append(l)
    l = L('hl7_titre')
    l.p('OBR|1|', (f'EHS-{R.randint(30000, 49999)}', 'other_id'), '|', (f'A24-{digs(6)}', 'other_id'),
        '|RFFIT^Rabies RFFIT^L|||', (cd.strftime('%Y%m%d') + '0900', 'date'),
        f'|||||||||^Archer^Gideon|||||||{ts}||F')
    out.append(l)
    l = L('hl7_titre')
    l.p(f'OBX|1|NM|RFFIT^Rabies Virus Neutralizing Ab^L||{res}|IU/mL|>=0.5|{"N" if res >= 0.5 else "L"}|||F|||',
        ((cd + dt.timedelta(days=R.randint(3, 5))).strftime('%Y%m%d'), 'date'))
    out.append(l)
    out.append(L('hl7_titre').p('NTE|1||' + ('Adequate response (>=0.5 IU/mL). Recheck per ACIP in 2 years.' if res >= 0.5
                                           else 'Below 0.5 IU/mL. Booster recommended; contact EHS.')))
    return out


ANALYTES = [("GLU", "Glucose", "mg/dL", "70-143"), ("BUN", "Urea Nitrogen", "mg/dL", "7-27"),
            ("CREA", "Creatinine", "mg/dL", "0.5-1.8"), ("ALT", "Alanine Aminotransferase", "U/L", "10-125"),
            ("ALKP", "Alkaline Phosphatase", "U/L", "23-212"), ("TP", "Total Protein", "g/dL", "5.2-8.2"),
            ("HCT", "Hematocrit", "%", "37.3-61.7"), ("WBC", "White Blood Cells", "K/uL", "5.05-16.76"),
            ("SDMA", "SDMA", "ug/dL", "0-14"), ("T4", "Total T4", "ug/dL", "1.0-4.0")]


def r_hl7_reflab(t):
    o = owner(); pt = pet(o); site = R.choice(SITES)
    ts = t.strftime('%Y%m%d%H%M')
    out = [L('hl7_reflab').p(f'MSH|^~\\&|VETRIX|VRL-COLUMBUS|VETCORE|{site}|{ts}||ORU^R01|VRL{digs(10)}|P|2.3')]
    l = L('hl7_reflab')
    l.p('PID|1||', (pt['pid'], 'mrn'), '^^^HLV||', f"{pt['name'].upper()}^", (o['last'].upper(), 'name'), '||',
        pt['dob'].strftime('%Y%m%d'), f"|{R.choice(['MN', 'FS', 'M', 'F'])}||{pt['species'].upper()}|",
        (o['street'], 'address'), '^^', (o['city'], 'address'), '^OH^', (o['zip'], 'zip'), '||',
        (o['phone'], 'phone'), '|||||', (o['acct'], 'account'))
    out.append(l)
    l = L('hl7_reflab')
    cd = past(t, 0, 2)
    ov = vet()
    l.p('OBR|1|', (f'ORD{digs(8)}', 'other_id'), '|', (f'VRL24-{digs(7)}', 'other_id'),
        f"|{R.choice(['CHEM25^Chem 25 + CBC', 'SDMA^SDMA Panel', 'LEPTO^Leptospira PCR', 'T4^Total T4'])}|||",
        (cd.strftime('%Y%m%d'), 'date'), f"|||||||||{ov['dea']}^{ov['last'].upper()}^{ov['first'].upper()}|||||||{ts}||F")
    out.append(l)
    for i, (c, n, u, rng) in enumerate(R.sample(ANALYTES, R.randint(1, 3)), 1):
        lo, hi = map(float, rng.split('-'))
        val = round(R.uniform(lo * 0.7, hi * 1.3), 1)
        flag = 'H' if val > hi else ('L' if val < lo else 'N')
        out.append(L('hl7_reflab').p(f'OBX|{i}|NM|{c}^{n}^VRL||{val}|{u}|{rng}|{flag}|||F'))
    return out


DISEASES = ["Leptospirosis", "Psittacosis (Chlamydia psittaci)", "Rabies exposure - bite by unvaccinated animal",
            "Salmonellosis (reptile-associated)", "Dermatophytosis (Microsporum canis)", "Brucella canis",
            "Q fever (Coxiella burnetii)"]


SPECIES_FOR = {DISEASES[1]: 'Avian', DISEASES[3]: 'Reptile', DISEASES[5]: 'Canine', DISEASES[0]: 'Canine',
               DISEASES[6]: 'Caprine'}


def r_fhir(t):
    o = owner(); pt = pet(o)
    dis = R.choice(DISEASES)
    l = L('fhir_ph')
    hdr = O(('fullUrl', 'urn:uuid:' + uid()),
            ('resource', O(('resourceType', 'MessageHeader'),
                           ('eventCoding', O(('system', 'https://fhir.harborlinevet.com/CodeSystem/events'),
                                             ('code', 'zoonotic-referral'))),
                           ('source', O(('name', 'Harborline VetCore'),
                                        ('endpoint', 'https://fhir.harborlinevet.com/ph/$process-message'))))))
    pat = O(('resourceType', 'Patient'),
            ('identifier', A(O(('system', 'urn:oid:2.16.840.1.113883.3.9999.4'),
                               ('value', f'FCPH-2024-{R.randint(1000, 9999):06d}', 'other_id')))),
            ('name', A(O(('family', o['last'], 'name'), ('given', A((o['first'], 'name')))))),
            ('telecom', A(O(('system', 'phone'), ('value', fmt_phone(o['phone'], 2), 'phone')),
                          O(('system', 'email'), ('value', o['email'], 'email')))),
            ('birthDate', o['dob'].isoformat(), 'date'),
            ('address', A(O(('line', A((o['street'], 'address'))), ('city', o['city'], 'address'),
                            ('state', 'OH'), ('postalCode', o['zip'], 'zip')))))
    sr = O(('resourceType', 'ServiceRequest'), ('status', 'active'), ('intent', 'order'),
           ('code', O(('text', 'Zoonotic exposure referral: ' + dis))),
           ('requester', O(('display', sn(vet()) + ', DVM'))),
           ('performer', A(O(('display', 'Franklin County Public Health - Epidemiology')))),
           ('occurrenceDateTime', past(t, 0, 6).isoformat(), 'date'))
    J(l, O(('resourceType', 'Bundle'), ('id', uid()), ('type', 'message'), ('timestamp', lts(t)),
           ('entry', A(hdr, O(('fullUrl', 'urn:uuid:' + uid()), ('resource', pat)),
                       O(('fullUrl', 'urn:uuid:' + uid()), ('resource', sr))))), sep=':', isep=',')
    return [l]


def r_xml(t):
    o = owner(); pt = pet(o)
    dis = R.choice(DISEASES)
    old = R.random() < 0.35
    age = R.randint(90, 97) if old else R.randint(24, 88)
    doc = npi()
    l = L('xml_odrs')
    esc = lambda s: s.replace('&', '&amp;').replace("'", '&apos;')
    l.p(f'<?xml version="1.0" encoding="UTF-8"?><ZoonoticReferral xmlns="urn:oh:odh:odrs:1.2" sent="{lts(t)}"><CaseNumber>',
        (f'ODRS-24-{R.randint(100000, 199999)}', 'other_id'), f'</CaseNumber><Condition>{dis}</Condition>'
        '<Contact role="owner"><Name>', (esc(f"{o['first']} {o['last']}"), 'name'), '</Name><Age unit="a">',
        (str(age), 'age' if age > 89 else None), '</Age>')
    if old:
        l.p('<MedicareId>', (mbi(), 'health_plan'), '</MedicareId>')
    l.p('<Phone>', (fmt_phone(o['phone'], 1), 'phone'), '</Phone><County>', (COUNTY[o['city']], 'address'),
        '</County><State>OH</State></Contact><Animal species="', SPECIES_FOR.get(dis, pt['species']), '" ref="', (pt['pid'], 'mrn'),
        '"/><ExposureDate>', (past(t, 2, 14).isoformat(), 'date'), '</ExposureDate><Reporter>',
        sn(vet()), ', DVM</Reporter><ReferredTo npi="', doc, '">Samuel Achebe, MD - OhioHealth Urgent Care</ReferredTo></ZoonoticReferral>')
    return [l]


def r_syslog(t):
    ts = t.strftime('%b %d %H:%M:%S').replace(' 0', '  ', 1) if t.day < 10 else t.strftime('%b %d %H:%M:%S')
    l = L('syslog')
    x = R.random()
    if x < 0.35:
        o = owner()
        qid = ''.join(R.choice('0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz') for _ in range(12))
        l.p(f'{ts} hlv-mx01 postfix/smtp[{R.randint(2000, 40000)}]: {qid}: to=<', (o['email'], 'email'),
            f'>, relay={R.choice(["gmail-smtp-in.l.google.com[142.250.112.27]:25", "mx-biz.mail.am0.yahoodns.net[67.195.204.72]:25", "outlook-com.olc.protection.outlook.com[52.101.40.29]:25"])}, '
            f'delay={R.uniform(0.3, 4):.1f}, delays=0.1/0/{R.uniform(0.1, 1):.1f}/{R.uniform(0.1, 2):.1f}, dsn=2.0.0, status=sent (250 2.0.0 OK)')
    elif x < 0.5:
        l.p(f'{ts} hlv-mx01 postfix/qmgr[1187]: {hexs(10).upper()}: from=<reminders@harborlinevet.com>, size={R.randint(4000, 60000)}, nrcpt=1 (queue active)')
    elif x < 0.65:
        l.p(f'{ts} hlv-bastion01 sshd[{R.randint(2000, 60000)}]: Accepted publickey for deploy from 10.40.{R.randint(1, 9)}.{R.randint(2, 250)} '
            f'port {R.randint(30000, 65000)} ssh2: ED25519 SHA256:{hexs(20)}')
    elif x < 0.8:
        l.p(f'{ts} hlv-pims-db02 CRON[{R.randint(2000, 60000)}]: (postgres) CMD (/usr/local/bin/pg_backup.sh --target s3://hlv-db-backups/pims >/dev/null 2>&1)')
    elif x < 0.9:
        l.p(f'{ts} hlv-k8s-node{R.randint(1, 6)} kernel: [{R.randint(100000, 999999)}.{digs(6)}] eth0: renamed from veth{hexs(7)}')
    else:
        l.p(f'{ts} hlv-fs01 systemd[1]: Started Harborline DICOM archive replicator (dicom-rsync@{R.randint(1, 4)}.service).')
    return [l]


def r_sms(t):
    o = owner(); pt = pet(o); site = R.choice(SITES)
    l = L('notifyhub')
    x = R.random()
    if x < 0.45:
        ad = future(t, 1, 20)
        hr = R.randint(8, 17)
        J(l, O(('ts', zts(t)), ('dir', 'outbound'), ('from', '+1' + ORG_PHONE[site]), ('to', '+1' + o['phone'], 'phone'),
               ('sid', 'SM' + hexs(32)), ('status', R.choice(['queued', 'sent', 'delivered'])), ('segments', 2),
               ('body', None)), sep=':', isep=',')
        # replace trailing null body with real body text containing labeled parts
        l.buf.pop(); l.buf.pop()  # remove 'null' and '}'
        l.n = len(''.join(l.buf).encode('utf-8'))
        l.p('"Hi ', (o['first'], 'name'), f"! {pt['name']} is due for {R.choice(['DHPP', 'Rabies', 'Bordetella', 'FVRCP', 'a dental recheck'])} at "
            f"{SITE_NAME[site]} on ", (f'{ad.month}/{ad.day}', 'date'),
            f' at {hr % 12 or 12}:{R.choice(["00", "30"])} {"AM" if hr < 12 else "PM"}. Reply C to confirm, R to reschedule."}}')
    elif x < 0.7:
        body = R.choice(['C', 'c', 'Can we move it to friday? he threw up again this morning',
                         'Is the lab back yet', 'STOP', 'running 10 min late sorry!!'])
        J(l, O(('ts', zts(t)), ('dir', 'inbound'), ('from', fmt_phone(o['phone'], 2), 'phone'),
               ('to', '+1' + ORG_PHONE[site]), ('sid', 'SM' + hexs(32)), ('body', body)), sep=':', isep=',')
    elif x < 0.85:
        J(l, O(('ts', zts(t)), ('evt', 'status_callback'), ('sid', 'SM' + hexs(32)), ('to', fmt_phone(o['phone'], 2), 'phone'),
               ('status', R.choice(['delivered', 'undelivered'])), ('error_code', R.choice([None, 30003, 30006]))), sep=':', isep=',')
    else:
        J(l, O(('ts', zts(t)), ('evt', 'queue.stats'), ('pending', R.randint(0, 400)), ('rate_per_s', R.randint(1, 30)),
               ('carrier_errors_5m', R.randint(0, 4)), ('ver', 'notifyhub 2.9.4')), sep=':', isep=',')
    return [l]


def r_pacs(t):
    ts = t.strftime('%Y-%m-%d %H:%M:%S') + ',%03d' % R.randint(0, 999)
    l = L('pacs')
    x = R.random()
    station = R.choice(['HLV-DR-EAST1', 'HLV-DR-EAST2', 'HLV-US-NORTH', 'HLV-CT-EAST'])
    if x < 0.55:
        o = owner(); pt = pet(o)
        mod = 'CT' if 'CT' in station else ('US' if 'US' in station else 'DX')
        l.p(f'{ts} INFO  [StoreSCP-{R.randint(1, 8)}] C-STORE RSP status=0000 calling={station} called=HLVPACS '
            f'SOPInstanceUID=1.2.826.0.1.3680043.8.498.{digs(20)} PatientName={pt["name"].upper().replace(" ", "_")}^',
            (ascii_fold(o['last']).upper(), 'name'), ' PatientID=', (pt['pid'], 'mrn'), ' AccessionNumber=',
            ('A' + t.strftime('%y%m%d') + digs(5), 'other_id'), ' StudyDate=', (t.strftime('%Y%m%d'), 'date'),
            f' Modality={mod} BodyPartExamined={R.choice(["THORAX", "ABDOMEN", "PELVIS", "SKULL", "STIFLE"])} bytes={R.randint(400000, 40000000)}')
    elif x < 0.8:
        l.p(f'{ts} INFO  [Assoc-{R.randint(100, 999)}] A-ASSOCIATE-RQ {station}->HLVPACS maxPDU=16384 '
            f'impl=1.2.276.0.7230010.3.0.3.6.{R.randint(1, 8)} ver=OFFIS_DCMTK_36{R.randint(1, 8)}')
    else:
        l.p(f'{ts} WARN  [Forwarder] radiologist read queue depth={R.randint(5, 60)} oldest_min={R.randint(10, 300)} '
            f'target=https://teleread.vetrad.example.net/api/studies')
    return [l]


def r_java(t):
    ts = t.strftime('%Y-%m-%d %H:%M:%S.') + '%03d' % R.randint(0, 999)
    out = []
    x = R.random()
    if x < 0.5:
        o = owner()
        l = L('java')
        l.p(f'{ts} ERROR 1 --- [claims-worker-{R.randint(1, 8)}] c.h.claims.SubmitClaimJob : Claim submission failed for policy ',
            (o['policy'], 'health_plan'), ' (client ', (o['acct'], 'account'), ')')
        out.append(l)
        out.append(L('java').p('com.harborline.claims.InsurerApiException: 422 Unprocessable Entity: '
                               '{"error":"policyholder_dob_mismatch","trace":"' + hexs(16) + '"}'))
        frames = ['com.harborline.claims.petwise.PetWiseClient.submit(PetWiseClient.java:214)',
                  'com.harborline.claims.SubmitClaimJob.process(SubmitClaimJob.java:88)',
                  'org.springframework.batch.item.support.CompositeItemProcessor.process(CompositeItemProcessor.java:63)',
                  'org.springframework.batch.core.step.item.SimpleChunkProcessor.doProcess(SimpleChunkProcessor.java:134)']
        for f in frames[:R.randint(2, 4)]:
            out.append(L('java').p('\tat ' + f))
        out.append(L('java').p(f'\t... {R.randint(8, 30)} common frames omitted'))
    elif x < 0.75:
        out.append(L('java').p(f'{ts} WARN 1 --- [scheduling-1] c.h.claims.EobPoller : EOB poll slow: {R.randint(2000, 9000)} ms '
                               f'(insurer=PetWise Mutual, batch={R.randint(10, 99)}, build=claims-svc:5.2.{R.randint(0, 9)}-{hexs(7)})'))
        out.append(L('java').p('java.net.SocketTimeoutException: Read timed out'))
        out.append(L('java').p('\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)'))
        out.append(L('java').p('\tat org.apache.hc.core5.http.impl.io.SessionInputBufferImpl.fillBuffer(SessionInputBufferImpl.java:149)'))
    else:
        out.append(L('java').p(f'{ts} INFO 1 --- [main] c.h.claims.ClaimsApplication : Started ClaimsApplication in {R.uniform(6, 30):.3f} seconds '
                               f'(process running for {R.uniform(7, 32):.3f})'))
    return out


def r_pgaudit(t):
    ts = t.strftime('%Y-%m-%d %H:%M:%S.') + '%03d EDT' % R.randint(0, 999)
    l = L('pgaudit')
    x = R.random()
    o = owner()
    pre = f'{ts} [{R.randint(2000, 90000)}] vetcore_app@pims LOG:  AUDIT: SESSION,{R.randint(1, 9999)},1,READ,SELECT,,,"'
    if x < 0.3:
        l.p(pre, "SELECT c.client_id, c.last_name, c.first_name FROM clients c WHERE c.phone_e164 = '",
            ('+1' + o['phone'], 'phone'), "' LIMIT 25\",<not logged>")
    elif x < 0.5:
        l.p(pre, "SELECT * FROM clients WHERE last_name ILIKE '", (o['last'].replace("'", "''"), 'name'),
            "%' AND first_name ILIKE '", (o['first'][:3], None), "%' ORDER BY last_visit DESC\",<not logged>")
    elif x < 0.75:
        l.p(f'{ts} [{R.randint(2000, 90000)}] vetcore_app@pims LOG:  duration: {R.uniform(0.2, 900):.3f} ms  statement: '
            f'SELECT count(*) FROM appointments WHERE site_id = {R.randint(1, 4)} AND status = \'CONFIRMED\'')
    else:
        l.p(f'{ts} [{R.randint(100, 900)}] LOG:  checkpoint complete: wrote {R.randint(100, 9000)} buffers ({R.uniform(0, 5):.1f}%); '
            f'0 WAL file(s) added, 0 removed, {R.randint(0, 4)} recycled; write={R.uniform(1, 200):.3f} s')
    return [l]


def r_cef(t):
    s = R.choice(STAFF)
    ev = R.choice([(4624, 'An account was successfully logged on', 3), (4625, 'An account failed to log on', 5),
                   (4634, 'An account was logged off', 1)])
    l = L('cef')
    l.p(f'CEF:0|Microsoft|Microsoft Windows|10.0.19045|{ev[0]}|{ev[1]}|{ev[2]}|rt={int((t + TZ).timestamp() * 1000)} '
        f'dvchost=HLV-DC01.harborline.local src=10.{R.choice([30, 40, 50])}.{R.randint(1, 20)}.{R.randint(2, 250)} '
        f'duser=HARBORLINE\\{s["user"]} dhost={R.choice(SITES)[4:]}-{R.choice(["FD", "TX", "DR", "SURG"])}{R.randint(1, 6)} '
        f'cs1Label=LogonType cs1={R.choice([2, 3, 10, 11])} cs2Label=AuthPackage cs2=Kerberos '
        f'externalId={R.randint(10 ** 8, 10 ** 9)}')
    return [l]


def r_fixed(t):
    out = []
    out.append(L('fixedwidth').p(f'H{"MIDWEST RECOVERY SVCS":<30}{"HLV0001":<10}{DAY.strftime("%Y%m%d")}{"PLACEMENT":<12}{"V3.1":<6}'))
    for _ in range(R.randint(2, 4)):
        o = owner()
        l = L('fixedwidth')
        last = ascii_fold(o['last']).upper()[:20]
        first = ascii_fold(o['first']).upper()[:15]
        street = o['street'].upper()[:30]
        l.p('D', (o['acct'], 'account'), ' ' * (10 - len(o['acct'])), (last, 'name'), ' ' * (20 - len(last)),
            (first, 'name'), ' ' * (15 - len(first)), (street, 'address'), ' ' * (30 - len(street)),
            (o['city'].upper(), 'address'), ' ' * (18 - len(o['city'])), 'OH', (o['zip'], 'zip'),
            (o['phone'], 'phone'), f'{R.randint(15000, 480000):010d}', (past(t, 90, 400).strftime('%Y%m%d'), 'date'))
        out.append(l)
    out.append(L('fixedwidth').p(f'T{len(out) - 1:06d}{R.randint(10 ** 6, 10 ** 7):012d}'))
    return out


def r_teams(t):
    s = R.choice(STAFF)
    hh = t.hour % 12 or 12
    pre = f'[{t.month}/{t.day}/{t.year} {hh}:{t.minute:02d} {"AM" if t.hour < 12 else "PM"}] {s["first"]} {s["last"]}: '
    l = L('teams')
    x = R.random()
    o = owner(); pt = pet(o)
    if x < 0.2:
        l.p(pre, R.choice(['Mrs. ', 'Mr. ']), (o['last'], 'name'), f" on line 2 asking if {pt['name']}'s biopsy is back")
    elif x < 0.35:
        l.p(pre, 'can someone call back ', (f"{o['first']} {o['last']}", 'name'), ' at ', (fmt_phone(o['phone'], 4), 'phone'),
            f" re: {pt['name']} ", (pt['pid'], 'mrn'), ' meds')
    elif x < 0.45:
        l.p(pre, f"heads up {pt['name']} (", (o['last'], 'name'), ') is a CAUTION cat, she got one of the techs yesterday, EHS report filed')
    else:
        l.p(pre, R.choice(['who has the key to the CS safe in treatment?',
                           'Vetrix courier is here, pickup bag is by the back door',
                           'Heska Element DC throwing error 41 again, using the backup',
                           'Covetrus order PO-2024-118834 arrived, 2 boxes of Simparica Trio short',
                           'lunch is here :pizza:',
                           'Dr. Marsh running ~20 behind in room 4',
                           'fridge 2 temp alarm cleared, was the door',
                           'reminder: CE on Apoquel vs Cytopoint at 6pm in the conf room']))
    return [l]


def r_claims(t):
    o = owner(); pt = pet(o)
    l = L('claims')
    if R.random() < 0.75:
        J(l, O(('timestamp', zts(t)), ('service', 'vetclaimdirect'), ('action', 'claim.submit'),
               ('claimRef', f'VCD-2410-{digs(6)}', 'other_id'), ('insurer', 'PetWise Mutual'),
               ('policyNumber', o['policy'], 'health_plan'),
               ('policyholder', O(('firstName', o['first'], 'name'), ('lastName', o['last'], 'name'),
                                  ('email', o['email'], 'email'))),
               ('pet', O(('name', pt['name']), ('species', pt['species'].lower()), ('breed', pt['breed']),
                         ('microchip', pt['chip'], 'device'))),
               ('invoiceNumber', 'INV-' + digs(7), 'account'), ('dateOfService', past(t, 0, 10).isoformat(), 'date'),
               ('amountClaimed', round(R.uniform(80, 4000), 2)), ('attachments', R.randint(1, 4)),
               ('responseMs', R.randint(200, 4000))))
    else:
        J(l, O(('timestamp', zts(t)), ('service', 'vetclaimdirect'), ('action', 'token.refresh'),
               ('insurer', R.choice(['PetWise Mutual', 'Trupanion', 'Nationwide Pet'])), ('expiresIn', 3600),
               ('requestId', uid())))
    return [l]


def r_inventory(t):
    l = L('inventory')
    if R.random() < 0.6:
        item = R.choice([('042716', 'Simparica Trio 5.6-11 lb 6pk'), ('019334', 'Bravecto Chew 22-44 lb'),
                         ('077120', 'Convenia 10 mL'), ('031009', 'Cerenia 10 mg/mL 20 mL'),
                         ('055281', 'Apoquel 16 mg 100ct'), ('088412', 'Nobivac Canine 1-DAPPv 25ds'),
                         ('060017', 'Rimadyl 75 mg caplets 180ct')])
        l.p(f'ITEMRCV,{t.strftime("%Y-%m-%dT%H:%M:%S")},{R.choice(SITES)},PO-2024-{R.randint(100000, 199999)},'
            f'{R.choice(["Covetrus", "MWI Animal Health", "Patterson Vet"])},SKU {item[0]},{item[1]},LOT {R.choice("ABCDKLMP")}{digs(2)}{R.choice("ABCDKLMP")}{digs(4)},'
            f'EXP {R.randint(2025, 2027)}-{R.randint(1, 12):02d},qty={R.randint(1, 48)},unit_cost={R.uniform(5, 400):.2f}')
    else:
        l.p(f'FRIDGE,{t.strftime("%Y-%m-%dT%H:%M:%S")},{R.choice(SITES)},VAX-FRIDGE-{R.randint(1, 3)},'
            f'sensor=TempTrak-{hexs(6).upper()},tempC={R.uniform(2.4, 7.6):.1f},min=2.0,max=8.0,ok=1')
    return [l]


def r_cdr(t):
    l = L('cdr')
    site = R.choice(SITES)
    dur = f'00:{R.randint(0, 14):02d}:{R.randint(0, 59):02d}'
    s = R.choice(STAFF[11:13] + TECHS[:3])
    cid = f'CALL-{R.randint(8000000, 8999999)}'
    x = R.random()
    if x < 0.55:
        o = owner()
        l.p(f'{t.strftime("%Y-%m-%d %H:%M:%S")}|{cid}|in|', (fmt_phone(o['phone'], 2), 'phone'),
            f'|{ORG_PHONE[site]}|Q-Reception-{site[4:]}|ext {R.randint(200, 260)} ({s["first"][0]}. {s["last"]})|{dur}|ANSWERED|rec=rec_{cid[5:]}.wav')
    elif x < 0.8:
        l.p(f'{t.strftime("%Y-%m-%d %H:%M:%S")}|{cid}|int|ext {R.randint(200, 260)}|ext {R.randint(200, 260)}|-|-|{dur}|ANSWERED|-')
    else:
        l.p(f'{t.strftime("%Y-%m-%d %H:%M:%S")}|{cid}|out|{ORG_PHONE[site]}|18004434339|Vendor-IDEXX-Support|ext {R.randint(200, 260)} '
            f'({s["first"][0]}. {s["last"]})|{dur}|ANSWERED|-')
    return [l]


def r_k8s(t):
    l = L('k8s')
    svc = R.choice(['notifyhub', 'portal-api', 'hl7-bridge', 'pims-sync'])
    x = R.random()
    if x < 0.6:
        J(l, O(('level', 'info'), ('ts', round((t + TZ).timestamp() + R.random(), 4)), ('caller', 'server/http.go:88'),
               ('msg', 'request served'), ('svc', svc), ('method', 'GET'), ('path', R.choice(['/healthz', '/readyz', '/metrics'])),
               ('status', 200), ('duration', f'{R.uniform(0.2, 9):.2f}ms'), ('trace_id', hexs(32)),
               ('version', f'{R.randint(1, 4)}.{R.randint(0, 20)}.{R.randint(0, 9)}+build.{R.randint(1000, 9999)}')), sep=':', isep=',')
    elif x < 0.85:
        J(l, O(('level', 'warn'), ('ts', round((t + TZ).timestamp() + R.random(), 4)), ('caller', 'mllp/conn.go:214'),
               ('msg', 'mllp ack timeout, retrying'), ('svc', 'hl7-bridge'), ('peer', '52.14.118.203:6661'),
               ('attempt', R.randint(1, 3)), ('backoff', f'{R.randint(1, 8)}s'), ('msg_ctl_id', 'VRL' + digs(10))), sep=':', isep=',')
    else:
        v = vin('1FTBW3X')
        J(l, O(('level', 'info'), ('ts', round((t + TZ).timestamp() + R.random(), 4)), ('caller', 'fleet/gps.go:51'),
               ('msg', 'telematics ping'), ('svc', 'fleet-tracker'), ('unit', 'HLV-AMB-2'), ('vin', v),
               ('lat', 40.0 + round(R.random() / 4, 4)), ('lon', -83.0 + round(R.random() / 4, 4)), ('speed_kph', R.randint(0, 90))), sep=':', isep=',')
    return [l]


def r_farm(t):
    # ambulatory equine farm-call record from the PIMS mobile app (logfmt)
    o = owner(); pt = pet(o)
    l = L('pims_mobile')
    plate = R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') + R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') + R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') + ' ' + digs(4)
    l.p(f'time={lts(t)} level=info app=vetcore-mobile unit=HLV-AMB-2 event=farmcall.closed dvm={vet()["user"]} client=',
        (o['acct'], 'account'), ' owner="', (f"{o['first']} {o['last']}", 'name'), '" farm_addr="',
        (f"{R.randint(1000, 19999)} {R.choice(['State Route 37', 'Boundary Rd', 'Ashley Rd', 'Old 3C Hwy'])}, {R.choice(['Sunbury', 'Galena', 'Ashley'])}", 'address'),
        '" zip=', (R.choice(['43074', '43021', '43003']), 'zip'), ' horse_trailer_plate="OH ', (plate, 'vehicle'), '"')
    if R.random() < 0.5:
        l.p(' trailer_vin=', (vin('4YDT'), 'vehicle'))
    l.p(' patient=', (pt['pid'], 'mrn'), f' coggins=neg miles={R.randint(4, 60)} dur_min={R.randint(20, 150)}')
    if not 7 <= t.hour < 20:
        l.p(' synced_offline=true emergency=true')
    return [l]


TYPES = [(r_pims, 14), (r_portal, 9), (r_payrail, 8), (r_cslog, 6), (r_ehs, 4), (r_hl7_titre, 0.6),
         (r_hl7_reflab, 1.6), (r_fhir, 2), (r_xml, 2), (r_syslog, 9), (r_sms, 7), (r_pacs, 5),
         (r_java, 1.5), (r_pgaudit, 4), (r_cef, 8), (r_fixed, 0.35), (r_teams, 6), (r_claims, 3),
         (r_inventory, 7), (r_cdr, 6), (r_k8s, 8), (r_farm, 1.5)]
SINGLE = {r_pims, r_portal, r_payrail, r_cslog, r_ehs, r_fhir, r_xml, r_syslog, r_sms, r_pacs, r_pgaudit,
          r_cef, r_teams, r_claims, r_inventory, r_cdr, r_k8s, r_farm}

# ---------------------------------------------------------------- assemble
def main():
    N = 500
    fns = [f for f, _ in TYPES]
    ws = [w for _, w in TYPES]

    def build(times):
        lines = []
        i = 0
        while len(lines) < N:
            t = times[min(i, len(times) - 1)]; i += 1
            f = R.choices(fns, ws)[0]
            rec = f(t)
            if len(lines) + len(rec) > N:
                while f not in SINGLE:
                    f = R.choices(fns, ws)[0]
                rec = f(t)
            lines.extend(rec)
        return lines, i

    # pass 1 counts records; pass 2 replays the same random stream with real
    # record times (busier in clinic hours; the Eastgate ER runs 24/7)
    state = R.getstate()
    _, nrec = build([dt.datetime.combine(DAY, dt.time(12))])
    R.setstate(state)
    RT = random.Random(1017)
    times = []
    for _ in range(nrec):
        if RT.random() < 0.75:
            sec = RT.randint(int(7.5 * 3600), 20 * 3600)
        else:
            sec = RT.randint(0, 86399)
        times.append(dt.datetime.combine(DAY, dt.time()) + dt.timedelta(seconds=sec))
    times.sort()
    lines, n2 = build(times)
    assert n2 == nrec, (n2, nrec)
    assert len(lines) == N, len(lines)

    with open('sp.log', 'wb') as lf, open('sp.labels.jsonl', 'w', encoding='utf-8', newline='\n') as jf:
        for no, l in enumerate(lines, 1):
            txt = l.text()
            b = txt.encode('utf-8')
            if not txt or '\n' in txt or '\r' in txt:
                sys.exit(f'bad line {no}: empty or has newline')
            if b != b''.join(x.encode('utf-8') for x in l.buf) or len(b) != l.n:
                sys.exit(f'length bookkeeping broken on line {no}')
            prev = 0
            spans = []
            for s, e, cat, val in sorted(l.sp):
                if not (0 <= s < e <= len(b)):
                    sys.exit(f'line {no}: span out of range {s},{e}')
                if s < prev:
                    sys.exit(f'line {no}: overlapping spans at {s}')
                if b[s:e].decode('utf-8') != val:
                    sys.exit(f'line {no}: span {s}-{e} decodes to {b[s:e]!r}, meant {val!r}')
                prev = e
                spans.append({'s': s, 'e': e, 'cat': cat})
            lf.write(b + b'\n')
            jf.write(json.dumps({'line': no, 'family': l.fam, 'spans': spans}) + '\n')
    # stats to stderr
    from collections import Counter
    c = Counter(sp[2] for l in lines for sp in l.sp)
    nophi = sum(1 for l in lines if not l.sp)
    fams = Counter(l.fam for l in lines)
    print(f'lines={len(lines)} no_phi={nophi} ({nophi / len(lines):.1%})', file=sys.stderr)
    print('spans:', dict(sorted(c.items())), 'total', sum(c.values()), file=sys.stderr)
    print('families:', dict(fams), file=sys.stderr)


if __name__ == '__main__':
    main()
