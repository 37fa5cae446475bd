#!/usr/bin/env python3
"""Generate nj.log / nj.labels.jsonl: synthetic logs of "Red Mesa Recovery Partners",
an addiction-recovery company (sober living homes in NM/AZ + the StepWise recovery app).

Systems simulated: Elixir/Phoenix API (Logger console format, Ecto query logs, Phoenix
channel/LiveView logs, GenServer crash reports), Oban job JSON, Broadway/RabbitMQ pipeline,
RabbitMQ server log, Redis server log and MONITOR output, Kotlin Android logcat (incl. OkHttp
logging interceptor, AndroidRuntime crashes), Swift iOS unified log (CoreBluetooth,
CoreLocation descriptions), HL7 v2.5.1 ORU^R01 from a toxicology lab (one segment per
physical line), pdftotext output of lab PDF reports, house-manager incident CSV exports,
peer-coach chat (Phoenix channel + JSONL export with escaped newlines), probation/court
compliance XML and mailer logs, logfmt geofence alerts, nginx access logs and JSON audit
events of the family portal, Stripe/payment-plan logs, X12 837P Medicaid claims for peer
support (H0038) one segment per line, 277CA rejections, Twilio SMS logs, ignition-interlock
webhooks, Prometheus metrics, Kubernetes/deploy noise.

All people, numbers and places-of-residence are synthetic. Standard library only,
deterministic (fixed seed).

Labeling decisions:
- Labeled persons: members/clients (residents, app users), their relatives, guarantors,
  emergency contacts and other private persons named in members' messages (sponsor, cousin).
  Not labeled: house managers, peer recovery coaches, MROs, lab scientists, probation
  officers, judges, billing staff and their work phones/emails/certificate numbers; company,
  lab, court, payer names, NPIs, tax IDs, vendor support contacts.
- Sober-living house addresses/coordinates/geofence centres in facility context (house
  directory, zone config) are business data -> not labeled. An address given as a person's
  address (HL7 PID-11, X12 N3/N4, intake, payment-plan guarantor) -> address (+ zip).
  Street line and city may be separate spans; ZIP is always its own "zip" span; state alone
  is not labeled.
- GPS fixes of a member (lat/lng from check-ins, geofence events, Redis GEOADD, iOS
  CLLocation) -> address (geocode). A contiguous "lat,lng" pair is one span, separate
  fields are separate spans.
- Internal numeric member IDs (member_id, memberId, client_ref, Redis keys, channel topics,
  URL paths) -> other_id. Client record numbers (RM-######) and the lab's donor/patient ID
  in PID-3 -> mrn. App/portal usernames and family-portal user IDs (fu_####) -> other_id.
  Court case numbers and probation/DOC offender numbers -> other_id.
- Medicaid IDs (NM Medicaid, AZ AHCCCS), X12 NM1*IL MI values -> health_plan.
- Patient control numbers (CLM01), PID-18 patient account, payment-plan IDs (PP-),
  Stripe customer IDs (cus_), bank account numbers and full card numbers -> account.
  Masked values (****4411, last4, ***-**-1234) are not labeled. Public test card
  4242424242424242 is not labeled.
- Breathalyzer assigned to a member (serial, BLE MAC, iOS CBPeripheral identifier),
  member phone identifiers (Android ID, IDFV, APNs token) and ignition-interlock serials
  -> device. House-owned shared breathalyzers (serial prefix HSE-) -> not labeled.
- Check-in selfie base64 -> photo. Face embedding vectors and enrolled face-template IDs
  (Rekognition FaceId) -> biometric. Match scores, bounding boxes, photo hashes -> no label.
- Dates tied to a person: DOB, specimen collection/received dates, dates of service,
  move-in/discharge, sobriety date, hearing/court dates, incident dates written in
  reports -> date. Machine event timestamps (log timestamps, check-in taken_at, MSH-7,
  Ecto ~U[] inserted_at, geofence event times, epoch values) -> not labeled.
  Year alone, ISO week ("2024-W10") not labeled.
- Ages labeled only when > 89. Public client IPs of members/family -> ip; private
  10.x/172.x infrastructure IPs -> not labeled. Personal URLs (social profile,
  fundraiser page) -> url; API/portal URLs -> not labeled.
- Lab order, accession, specimen, chain-of-custody, consent, incident, claim-batch and
  message-control IDs are document identifiers -> not labeled (look-alikes).
- Person names in HL7 (LAST^FIRST^M) are one span; in X12 NM1 last and first are
  separate spans. Names inside usernames/emails are labeled as username/email only.
- VIN and licence plates of a member's vehicle -> vehicle; member driver's licence -> license.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random

SEED = 21_0311_2024
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "nj"
N_LINES = 500


# ----------------------------------------------------------------------------- builder
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        b = len(s.encode("utf-8"))
        if cat:
            self.spans.append((self.n, self.n + b, cat, s))
        self.buf.append(s)
        self.n += b
        return self

    def text(self):
        return "".join(self.buf)


class P:
    """A labeled value (cat may be None)."""
    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class M:
    """A quoted string made of plain parts and P parts."""
    def __init__(self, *parts):
        self.parts = parts


class Seq:
    """Unquoted raw sequence of plain parts and P parts."""
    def __init__(self, *parts):
        self.parts = parts


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def exesc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def emit_parts(L, parts, esc):
    for part in parts:
        if isinstance(part, P):
            L.p(esc(str(part.v)), part.cat)
        else:
            L.t(esc(part))


def emit_json(L, o, sep=(",", ":")):
    if isinstance(o, P):
        if isinstance(o.v, str):
            L.t('"'); L.p(jesc(o.v), o.cat); L.t('"')
        else:
            L.p(json.dumps(o.v), o.cat)
    elif isinstance(o, M):
        L.t('"'); emit_parts(L, o.parts, jesc); L.t('"')
    elif isinstance(o, Seq):
        emit_parts(L, o.parts, lambda x: x)
    elif isinstance(o, dict):
        L.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k, ensure_ascii=False) + sep[1])
            emit_json(L, v, sep)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(sep[0])
            emit_json(L, v, sep)
        L.t("]")
    else:
        L.t(json.dumps(o, ensure_ascii=False))


def emit_ex(L, o, atom_keys=False):
    """Elixir inspect()-like rendering (maps sorted by key)."""
    if isinstance(o, P):
        if isinstance(o.v, str):
            L.t('"'); L.p(exesc(o.v), o.cat); L.t('"')
        else:
            L.p(str(o.v), o.cat)
    elif isinstance(o, M):
        L.t('"'); emit_parts(L, o.parts, exesc); L.t('"')
    elif isinstance(o, Seq):
        emit_parts(L, o.parts, lambda x: x)
    elif isinstance(o, dict):
        L.t("%{")
        for i, k in enumerate(sorted(o)):
            if i:
                L.t(", ")
            L.t(f"{k}: " if atom_keys else f'"{k}" => ')
            emit_ex(L, o[k], atom_keys)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(", ")
            emit_ex(L, v, atom_keys)
        L.t("]")
    elif isinstance(o, bool):
        L.t("true" if o else "false")
    elif o is None:
        L.t("nil")
    elif isinstance(o, (int, float)):
        L.t(str(o))
    else:
        L.t('"' + exesc(str(o)) + '"')


# ----------------------------------------------------------------------------- clock
CLOCK = [dt.datetime(2024, 3, 11, 12, 58, 12, 104233)]  # UTC


def tick(lo=1, hi=35):
    CLOCK[0] += dt.timedelta(seconds=R.randint(lo, hi), microseconds=R.randint(0, 999999))
    return CLOCK[0]


def now():
    return CLOCK[0]


def ms(t):
    return f"{t.microsecond // 1000:03d}"


def ex_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t)


def iso_z(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "Z"


def local(t, off=-6):
    return t + dt.timedelta(hours=off)


def logcat_ts(t, off=-6):
    lt = local(t, off)
    return lt.strftime("%m-%d %H:%M:%S.") + ms(lt)


def ios_ts(t, off=-6):
    lt = local(t, off)
    return lt.strftime("%Y-%m-%d %H:%M:%S.") + f"{lt.microsecond:06d}" + ("-0600" if off == -6 else "-0700")


def redis_ts(t):
    return t.strftime("%d %b %Y %H:%M:%S.") + ms(t)


def rabbit_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond:06d}+00:00"


def nginx_ts(t, off=-6):
    lt = local(t, off)
    return lt.strftime("%d/%b/%Y:%H:%M:%S ") + ("-0600" if off == -6 else "-0700")


def epoch(t):
    e = (t - dt.datetime(1970, 1, 1)).total_seconds()
    return f"{e:.6f}"


# ----------------------------------------------------------------------------- data pools
FIRST_F = ["Nizhoni", "Doli", "Yanaba", "Shaandiin", "Ashley", "Kayla", "Amber", "Mei-Ling",
           "Priya", "Siobhan", "Fatima", "Rosalinda", "Guadalupe", "María José", "Xóchitl",
           "Itzel", "Araceli", "Ximena", "Leilani", "Marisol", "Brianna", "Renée", "Oluwaseun",
           "Tamika", "Krystal", "Dezbah"]
FIRST_M = ["Ahiga", "Hastiin", "Darnell", "Brandon", "Tyler", "Dustin", "Cody", "Hoang",
           "Aleksandr", "Jamal", "José Luis", "Ezequiel", "Joaquín", "Dmitri", "Kwame", "Tomasz",
           "Wyatt", "Colton", "Ricardo", "Juan Carlos", "Kee", "Shane", "Delbert", "Marcelino"]
LAST = ["Begay", "Yazzie", "Tsosie", "Benally", "Nez", "Tso", "Etsitty", "Bitsui", "Manygoats",
        "Yellowhair", "Chee", "Peshlakai", "Todacheenie", "Bedonie", "Kinlichee", "Wauneka",
        "García-Montoya", "de la Cruz", "Ochoa", "Ibáñez", "Archuleta", "Trujillo", "Chávez",
        "Martínez Salazar", "Vigil", "Lucero", "Quintana", "Sandoval", "O'Connell", "Nguyen",
        "Okafor", "Kowalski", "van der Berg", "McAllister", "Haddad", "Petrov", "Schmidt-Lange",
        "Nakamura", "Washington", "St. Clair", "Abernathy-Cole", "Lindqvist", "Dineyazhe",
        "Maestas", "Begaye"]

CITIES = [("Shiprock", "NM", "87420"), ("Kirtland", "NM", "87417"), ("Window Rock", "AZ", "86515"),
          ("Chinle", "AZ", "86503"), ("Tuba City", "AZ", "86045"), ("Kayenta", "AZ", "86033"),
          ("Crownpoint", "NM", "87313"), ("Gallup", "NM", "87301"), ("Farmington", "NM", "87402"),
          ("Aztec", "NM", "87410"), ("Bloomfield", "NM", "87413"), ("Albuquerque", "NM", "87105"),
          ("Santa Fe", "NM", "87507"), ("Española", "NM", "87532"), ("Las Cruces", "NM", "88001"),
          ("Phoenix", "AZ", "85008"), ("Mesa", "AZ", "85201"), ("Tucson", "AZ", "85705"),
          ("Flagstaff", "AZ", "86004"), ("El Paso", "TX", "79912"), ("Cortez", "CO", "81321"),
          ("Thoreau", "NM", "87323"), ("Ganado", "AZ", "86505")]
STREETS = ["W Apache St", "N Butler Ave", "E Main St", "Calle del Sol", "Camino de los Pueblitos",
           "Piñon Hills Blvd", "S Oak St", "Isleta Blvd SW", "Avenida Cesar Chavez", "Mesa Verde Ave",
           "Navajo Blvd", "Indian Hills Dr", "N Cedar St", "Rio Grande Blvd NW", "E Cactus Wren Dr",
           "Old Highway 66", "Arroyo Seco Rd", "Sagebrush Ln"]

HOUSES = [
    {"id": 12, "name": "Hózhó House", "street": "2207 E Aztec Ave", "city": "Gallup", "st": "NM",
     "zip": "87301", "lat": 35.52811, "lng": -108.71744, "off": -6,
     "mgr": "Marcus Whitfield", "mgr_phone": "505-555-0199"},
    {"id": 7, "name": "Casa Esperanza", "street": "615 N Allen Ave", "city": "Farmington", "st": "NM",
     "zip": "87401", "lat": 36.73207, "lng": -108.20133, "off": -6,
     "mgr": "Loretta Yazzie-Harvey", "mgr_phone": "(505) 555-0182"},
    {"id": 19, "name": "Juniper Ridge Men's Home", "street": "1830 N Fremont St", "city": "Flagstaff",
     "st": "AZ", "zip": "86001", "lat": 35.21460, "lng": -111.63810, "off": -7,
     "mgr": "Gilbert Sandoval Jr.", "mgr_phone": "928-555-0144"},
    {"id": 3, "name": "Sandia Women's Residence", "street": "4410 Lomas Blvd NE", "city": "Albuquerque",
     "st": "NM", "zip": "87110", "lat": 35.08590, "lng": -106.58420, "off": -6,
     "mgr": "Anita Montoya", "mgr_phone": "505.555.0121"},
]
COACHES = [("Rita Valdez", "rvaldez@redmesarecovery.com", "CPSW-1187"),
           ("Lorenzo Tapahe", "ltapahe@redmesarecovery.com", "CPSW-0962"),
           ("Jolene Skeet", "jskeet@redmesarecovery.com", "CPRS-2210"),
           ("Tomás Ybarra", "tybarra@redmesarecovery.com", "CPSW-1409")]
POS = [("Dana Kettleman", "San Juan County Adult Probation", "dkettleman@sjcprobation.example.org",
        "505-555-0160", "505-555-0161"),
       ("Gilbert Manuelito", "NMCD Probation & Parole Region 1", "gilbert.manuelito@cd.example.nm.us",
        "505-555-0170", "505-555-0171"),
       ("Sharon Oyelaran", "Coconino County Adult Probation", "soyelaran@coconino.example.az.us",
        "928-555-0110", "928-555-0111")]
JUDGES = ["Hon. Curtis R. Gurley", "Hon. Marie Hanrahan-Ortiz", "Hon. Leonard Sam"]
REL_SEX = {"mother": "F", "sister": "F", "wife": "F", "aunt": "F", "grandmother": "F", "daughter": "F",
           "father": "M", "brother": "M", "husband": "M", "uncle": "M", "son": "M"}
RELS = ["mother", "father", "sister", "brother", "wife", "husband", "partner", "aunt", "uncle",
        "grandmother", "daughter", "son", "cousin"]


def hexs(n, upper=True):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def uuid4():
    h = hexs(32, upper=False)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


def mk_phone():
    area = R.choice(["505", "505", "575", "928", "928", "480", "602", "520", "915", "970"])
    if R.random() < 0.35:
        return area + "555" + "01" + digits(2)
    ex = str(R.randint(201, 989))
    while ex == "555":
        ex = str(R.randint(201, 989))
    return area + ex + digits(4)


def fmt_phone(d, style=None):
    style = style if style is not None else R.randint(0, 6)
    a, b, c = d[:3], d[3:6], d[6:]
    return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", d, f"+1{d}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}",
            f"1-{a}-{b}-{c}"][style]


def mk_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


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


def mk_vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["1FT", "3GC", "5NP", "1N4", "JTD", "1GC", "3C6", "2T1"])
    v = list(wmi + "".join(R.choice(chars) for _ in range(5)) + "0" + R.choice("JKLMNP")
             + R.choice(chars) + digits(6))
    tr = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    s = sum((int(c) if c.isdigit() else tr[c]) * w[i] for i, c in enumerate(v))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)


def mk_public_ip():
    first = R.choice([24, 67, 68, 71, 73, 75, 97, 98, 107, 166, 172, 174, 184, 199, 208])
    second = R.randint(0, 254)
    if first == 172:
        second = R.randint(58, 250)  # stay out of 172.16/12
    return f"{first}.{second}.{R.randint(0, 254)}.{R.randint(1, 254)}"


def dfmt(d, style=None):
    style = style if style is not None else R.randint(0, 7)
    mon = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"][d.month - 1]
    return [d.strftime("%Y-%m-%d"), f"{d.month}/{d.day}/{d.year}", d.strftime("%m/%d/%Y"),
            d.strftime("%d-%b-%Y").upper(), f"{mon} {d.day}, {d.year}", d.strftime("%Y%m%d"),
            f"{d.month}/{d.day}/{d.strftime('%y')}", d.strftime("%d.%m.%Y")][style]


def rand_date(y0, y1):
    start = dt.date(y0, 1, 1)
    return start + dt.timedelta(days=R.randint(0, (dt.date(y1, 12, 31) - start).days))


def jpeg_b64(n):
    raw = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb0043000806060706050806070709")
    raw += bytes(R.randrange(256) for _ in range(n))
    return base64.b64encode(raw).decode()


def embedding(k):
    return "[" + ", ".join(f"{R.uniform(-0.25, 0.25):.4f}" for _ in range(k)) + "]"


def strip_accents(s):
    tr = str.maketrans("áéíóúñÁÉÍÓÚÑü", "aeiounAEIOUNu")
    return s.translate(tr)


def person_email(first, last, dob):
    base = strip_accents(first.split(" ")[0]).lower()
    lb = strip_accents(last).lower().replace(" ", "").replace("'", "")
    return R.choice([f"{base}.{lb}@gmail.com", f"{base}{lb[:1]}{dob.year % 100:02d}@yahoo.com",
                     f"{base[:1]}{lb}@outlook.com", f"{lb}.{base}{R.randint(1, 99)}@icloud.com",
                     f"{base}_{lb}@hotmail.com", f"{base}{lb}@protonmail.com"])


def mk_person(sex=None, y0=1962, y1=2003):
    sex = sex or R.choice("FM")
    first = R.choice(FIRST_F if sex == "F" else FIRST_M)
    last = R.choice(LAST)
    city, st, z = R.choice(CITIES)
    if R.random() < 0.18 and st in ("AZ", "NM") and city in ("Shiprock", "Chinle", "Kayenta", "Crownpoint", "Ganado", "Tuba City", "Window Rock", "Thoreau"):
        street = R.choice([f"HC 61 Box {R.randint(100, 9999)}", f"PO Box {R.randint(100, 4999)}",
                           f"Navajo Route {R.choice([12, 64, 191, 371, 9])} Mile {R.randint(1, 40)}"])
    else:
        street = f"{R.randint(12, 9899)} {R.choice(STREETS)}"
        if R.random() < 0.2:
            street += f" Apt {R.randint(1, 40)}{R.choice(['', 'B', 'C'])}"
    base = strip_accents(first.split(" ")[0]).lower()
    lb = strip_accents(last).lower().replace(" ", "").replace("'", "")
    dob = rand_date(y0, y1)
    email = R.choice([f"{base}.{lb}@gmail.com", f"{base}{lb[:1]}{dob.year % 100:02d}@yahoo.com",
                      f"{base[:1]}{lb}@outlook.com", f"{lb}.{base}{R.randint(1, 99)}@icloud.com",
                      f"{base}_{lb}@hotmail.com", f"{base}{lb}@protonmail.com"])
    return {"sex": sex, "first": first, "last": last, "mi": R.choice("ABCDEJKLMRSTW"),
            "street": street, "city": city, "st": st, "zip": z, "dob": dob,
            "phone": mk_phone(), "email": email, "ip": mk_public_ip()}


def mk_member(i):
    m = mk_person()
    m["id"] = str(40000 + R.randint(100, 19999))
    m["crn"] = f"RM-{R.randint(200000, 299999)}"
    m["donor"] = f"SW{R.randint(1000000, 9999999)}"
    m["house"] = R.choice(HOUSES)
    m["serial"] = f"BT2-{hexs(8)}"
    m["mac"] = ":".join(hexs(2) for _ in range(6))
    m["periph"] = uuid4().upper()
    m["platform"] = R.choice(["android", "ios"])
    m["android_id"] = hexs(16, upper=False)
    m["idfv"] = uuid4().upper()
    base = strip_accents(m["first"].split(" ")[0]).lower()
    lb = strip_accents(m["last"]).lower().replace(" ", "").replace("'", "")
    m["username"] = R.choice([f"{base}.{lb}{m['dob'].year % 100:02d}", f"{base[0]}{m['mi'].lower()}{lb}",
                              f"{base}_{lb[:1]}{R.randint(1, 999)}", f"{lb}{base[:3]}"])
    if m["house"]["st"] == "AZ" or R.random() < 0.25:
        m["medicaid"] = f"A{digits(8)}"
        m["payer"] = "AHCCCS"
    else:
        m["medicaid"] = f"9{digits(9)}"
        m["payer"] = "NMMCD"
    m["dl"] = (f"D{digits(8)}" if m["st"] == "AZ" else digits(9))
    m["ssn"] = mk_ssn()
    m["move_in"] = rand_date(2023, 2023) if R.random() < 0.6 else dt.date(2024, R.randint(1, 2), R.randint(1, 28))
    m["detox_gap"] = R.randint(1, 5)
    m["sober"] = m["move_in"] - dt.timedelta(days=R.randint(3, 60))
    po = R.choice(POS)
    m["po"] = po
    if "San Juan" in po[1]:
        m["case"] = f"D-1116-CR-{R.choice([2022, 2023])}-{R.randint(100, 999):05d}"
    elif "NMCD" in po[1]:
        m["case"] = f"D-202-CR-{R.choice([2021, 2022, 2023])}-{R.randint(1000, 4999):05d}"
    else:
        m["case"] = f"CR{R.choice([2022, 2023])}-{R.randint(1, 9999):06d}"
    m["offender"] = f"{R.randint(40000, 99999)}" if "NMCD" in po[1] else f"P{R.randint(100000, 999999)}"
    m["vin"] = mk_vin()
    m["plate"] = (f"{''.join(R.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))}-{digits(3)}"
                  if m["st"] != "AZ" else f"{''.join(R.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))}{digits(4)}")
    m["iid"] = f"LS-20-{digits(7)}"
    m["stripe"] = "cus_" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    m["plan"] = f"PP-2024-{R.randint(100, 1999):05d}"
    m["pcn"] = f"{m['crn'][3:]}{R.choice('ABCDEFGH')}{digits(3)}"
    m["acct"] = f"SWA{digits(7)}"
    m["faceid"] = uuid4()
    m["apns"] = hexs(64, upper=False)
    rel = R.choice(RELS)
    fam = mk_person(sex=REL_SEX.get(rel), y0=1950, y1=2004)
    fam["rel"] = rel
    if fam["rel"] in ("mother", "father", "sister", "brother", "son", "daughter", "aunt", "uncle") and R.random() < 0.6:
        fam["last"] = m["last"]
    if fam["rel"] == "grandmother":
        fam["dob"] = rand_date(1929, 1933)
        fam["sex"] = "F"
        fam["first"] = R.choice(["Ruth", "Dorothy", "Hazel", "Loretta", "Esperanza", "Lula", "Mae"])
    fam["email"] = person_email(fam["first"], fam["last"], fam["dob"])
    fam["fu"] = f"fu_{R.randint(1000, 9999)}"
    fb = strip_accents(fam["first"].split(" ")[0]).lower()
    fam["username"] = f"{fb}.{strip_accents(fam['last']).lower().replace(' ', '').replace(chr(39), '')}"
    m["fam"] = fam
    return m


MEMBERS = [mk_member(i) for i in range(38)]
# one nonagenarian grandmother guaranteed
MEMBERS[5]["fam"].update({"rel": "grandmother", "first": "Hazel", "sex": "F", "dob": dt.date(1930, 8, 2)})
MEMBERS[17]["fam"].update({"rel": "grandmother", "first": "Esperanza", "sex": "F", "dob": dt.date(1932, 1, 19)})
for _i in (5, 17):
    _f = MEMBERS[_i]["fam"]
    _f["email"] = person_email(_f["first"], _f["last"], _f["dob"])
    _f["username"] = f"{strip_accents(_f['first']).lower()}.{strip_accents(_f['last']).lower().replace(' ', '')}"


def age_of(d, ref=dt.date(2024, 3, 11)):
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


def nm(p, style=None):
    style = style if style is not None else R.choice(["fl", "fl", "lf", "LF", "fml", "il", "lower", "UP", "f"])
    f, l, mi = p["first"], p["last"], p.get("mi", "J")
    return {"fl": f"{f} {l}", "lf": f"{l}, {f}", "LF": f"{l.upper()}, {f.upper()}",
            "fml": f"{f} {mi}. {l}", "il": f"{f[0]}. {l}", "lower": f"{f} {l}".lower(),
            "UP": f"{f} {l}".upper(), "f": f, "hl7": f"{l.upper()}^{f.upper()}^{mi}"}[style]


def mem():
    return R.choice(MEMBERS)


def geo(m, jitter=0.03):
    h = m["house"]
    return (round(h["lat"] + R.uniform(-jitter, jitter), R.choice([5, 6])),
            round(h["lng"] + R.uniform(-jitter, jitter), R.choice([5, 6])))


def req_id():
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "F" + "".join(R.choice(al) for _ in range(19))


def ex_prefix(L, level, rid=True, extra=None):
    t = tick()
    L.t(ex_ts(t) + " ")
    if rid:
        L.t(f"request_id={req_id()} ")
    if extra:
        for k, v, c in extra:
            L.t(f"{k}="); L.p(v, c); L.t(" ")
    L.t(f"[{level}] ")
    return t


INTERNAL_IPS = ["10.20.3.14", "10.20.3.15", "10.20.4.7", "10.20.1.5", "10.30.1.20", "172.17.0.4"]


# ============================================================================ NOISE generators
def n_phoenix():
    L = Line("phoenix")
    path = R.choice(["/health", "/healthz", "/api/v1/houses/12/occupancy", "/metrics", "/api/v1/app_config",
                     "/api/v1/meetings?near=gallup", "/live/websocket", "/api/v1/version"])
    meth = "GET"
    ex_prefix(L, "info")
    L.t(f"{meth} {path}")
    L2 = Line("phoenix")
    ex_prefix(L2, "info")
    L2.t(f"Sent {R.choice([200, 200, 200, 304, 204])} in {R.choice([str(R.randint(1, 900)) + 'µs', str(R.randint(1, 45)) + 'ms'])}")
    return [L, L2]


def n_phoenix_boot():
    L = Line("phoenix")
    ex_prefix(L, "info", rid=False)
    L.t(R.choice([
        "Running RedMesaWeb.Endpoint with Bandit 1.4.2 at :::4000 (http)",
        "Access RedMesaWeb.Endpoint at https://api.redmesarecovery.com",
        "Migrations already up",
        "[libcluster:k8s_dns] connected to :\"red_mesa@10.20.3.15\"",
        "Application red_mesa started at :nonode@nohost",
        "Oban started queues=[checkins: 20, lab: 5, billing: 2, notify: 10, reports: 1] plugins=[Pruner, Cron, Lifeline]",
        "Tzdata has updated the release from 2024a to 2024a",
        "Postgrex.Protocol (#PID<0.3112.0>) disconnected: ** (DBConnection.ConnectionError) client #PID<0.9981.0> timed out because it queued and checked out the connection for longer than 15000ms",
        "RedMesa.Feature flags loaded: face_match=true geofence_v2=true family_portal_chat=false",
        "Finch pool started for https://api.stripe.com size=25 count=1",
    ]))
    return [L]


def n_ecto():
    L = Line("ecto")
    ex_prefix(L, "debug", rid=R.random() < 0.5)
    src, sql = R.choice([
        ("oban_jobs", 'UPDATE "public"."oban_jobs" AS o0 SET "state" = $1 WHERE (o0."id" = ANY($2)) ["available", [99812, 99813]]'),
        ("houses", 'SELECT h0."id", h0."name", h0."capacity", h0."occupied" FROM "houses" AS h0 WHERE (h0."active" = TRUE) []'),
        ("schema_migrations", 'SELECT s0."version"::bigint FROM "schema_migrations" AS s0 FOR UPDATE []'),
        ("zones", 'SELECT z0."id", z0."house_id", z0."radius_m" FROM "zones" AS z0 WHERE (z0."kind" = $1) ["house"]'),
        ("invoices", f'SELECT count(*) FROM "invoices" AS i0 WHERE (i0."status" = $1) ["past_due"]'),
    ])
    L.t(f'QUERY OK source="{src}" db={R.uniform(0.3, 9):.1f}ms queue={R.uniform(0.1, 2):.1f}ms idle={R.uniform(100, 3000):.1f}ms')
    L2 = Line("ecto").t(sql)
    return [L, L2]


def n_oban():
    L = Line("oban_json")
    tick()
    w = R.choice(["Oban.Plugins.Pruner", "RedMesa.Workers.DailyRollup", "RedMesa.Workers.SyncMeetingDirectory",
                  "RedMesa.Workers.ClaimBatchSubmit", "RedMesa.Workers.PurgeExpiredPhotos", "RedMesa.Workers.RefreshHouseOccupancy"])
    ev = R.choice(["job:stop", "job:stop", "job:stop", "job:exception"])
    emit_json(L, {"args": {"batch": R.randint(1, 40)} if "Claim" in w else {}, "attempt": 1,
                  "duration": R.randint(200, 900000), "event": ev,
                  "id": R.randint(90000, 120000), "max_attempts": 20, "meta": {}, "queue": R.choice(["reports", "billing", "default"]),
                  "queue_time": R.randint(10, 9000), "source": "oban", "state": "success" if ev == "job:stop" else "retryable", "system_time": int((now() - dt.datetime(1970, 1, 1)).total_seconds() * 1e9),
                  "tags": [], "worker": w})
    return [L]


def n_redis():
    L = Line("redis_log")
    t = tick()
    pid = R.choice(["1", "1", "2231", "2290"])
    role = "M" if pid == "1" else "C"
    L.t(f"{pid}:{role} {redis_ts(t)} ")
    L.t(R.choice([
        "* 100 changes in 300 seconds. Saving...",
        "* Background saving started by pid 2231",
        "* DB saved on disk",
        "* Fork CoW for RDB: current 2 MB, peak 2 MB, average 1 MB",
        "* Background saving terminated with success",
        "# WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition.",
        "* Ready to accept connections tcp",
        "* Replica 10.20.3.22:6379 asks for synchronization",
        "* Synchronization with replica 10.20.3.22:6379 succeeded",
        "# Connection with replica 10.20.3.22:6379 lost.",
    ]))
    return [L]


def n_redis_monitor():
    L = Line("redis_monitor")
    t = tick()
    L.t(f'{epoch(t)} [0 {R.choice(INTERNAL_IPS[:4])}:{R.randint(40000, 60000)}] ')
    L.t(R.choice([
        '"PING"',
        f'"INCR" "ratelimit:api:{hexs(12, False)}"',
        '"GET" "feature_flags:v3"',
        f'"EXPIRE" "session:{hexs(24, False)}" "86400"',
        '"ZREMRANGEBYSCORE" "oban:producers" "-inf" "1710162000"',
        f'"SET" "lock:claim_batch:{R.randint(4000, 4200)}" "{uuid4()}" "NX" "PX" "30000"',
    ]))
    return [L]


def n_rabbit():
    L = Line("rabbitmq")
    t = tick()
    pid = f"<0.{R.randint(800, 30000)}.0>"
    ip = R.choice(INTERNAL_IPS[:3])
    port = R.randint(40000, 60000)
    lvl, msg = R.choice([
        ("info", f"accepting AMQP connection {pid} ({ip}:{port} -> 10.20.1.5:5672)"),
        ("info", f"connection {pid} ({ip}:{port} -> 10.20.1.5:5672): user 'redmesa_app' authenticated and granted access to vhost '/recovery'"),
        ("info", f"closing AMQP connection {pid} ({ip}:{port} -> 10.20.1.5:5672, vhost: '/recovery', user: 'redmesa_app')"),
        ("error", f"Channel error on connection {pid} ({ip}:{port} -> 10.20.1.5:5672, vhost: '/recovery', user: 'redmesa_app'), channel 2:\\noperation basic.ack caused a channel exception precondition_failed: unknown delivery tag {R.randint(2, 90)}"),
        ("warning", "memory resource limit alarm set on node rabbit@rmq-0."),
        ("info", "Queue 'lab.results.oru' in vhost '/recovery': policy 'dlx-lab' applied, x-dead-letter-exchange=lab.dlx"),
        ("info", "Server startup complete; 6 plugins started."),
        ("warning", f"closing AMQP connection {pid} ({ip}:{port} -> 10.20.1.5:5672, vhost: '/recovery', user: 'redmesa_app'):\\nclient unexpectedly closed TCP connection"),
    ])
    L.t(f"{rabbit_ts(t)} [{lvl}] {pid} ")
    L.t(msg)
    return [L]


def n_logcat():
    L = Line("logcat")
    t = tick()
    pid = R.choice([5120, 6644, 7031])
    L.t(f"{logcat_ts(t)}  {pid}  {pid + R.randint(1, 120)} ")
    L.t(R.choice([
        "I Choreographer: Skipped 41 frames!  The application may be doing too much work on its main thread.",
        "D OkHttp  : <-- 200 https://api.redmesarecovery.com/api/v1/app_config (88ms)",
        "D OkHttp  : --> GET https://api.redmesarecovery.com/api/v1/meetings?near=36.7,-108.2",
        "I WorkManager: Worker result SUCCESS for Work [ id=" + uuid4() + ", tags={ com.redmesa.stepwise.sync.MeetingSyncWorker } ]",
        "W System  : A resource failed to call close.",
        "D BleBreathalyzer: startScan filter=[serviceUuid=0000fff0-0000-1000-8000-00805f9b34fb] mode=LOW_LATENCY",
        "I StepWiseApp: build=2024.03.2 (40312) flavor=prod sdk=34 device=SM-A146U",
        "E BleBreathalyzer: onConnectionStateChange status=133 newState=0 (GATT_ERROR), retry 2/3",
        "D CameraX : Camera state=OPEN lensFacing=FRONT resolution=1280x720",
        "I FirebaseCrashlytics: Crashlytics report upload complete: " + hexs(32),
        "W CheckinRepo: network unavailable, queued checkin localId=" + str(R.randint(100, 999)) + " for retry",
    ]))
    return [L]


def n_android_crash():
    t = tick()
    pid = 5120
    tid = pid + 17
    out = []
    for s in ["E AndroidRuntime: FATAL EXCEPTION: DefaultDispatcher-worker-3",
              "E AndroidRuntime: Process: com.redmesa.stepwise, PID: 5120",
              "E AndroidRuntime: kotlinx.serialization.MissingFieldException: Field 'lng' is required for type with serial name 'com.redmesa.stepwise.checkin.CheckinRequest', but it was missing at path: $.location",
              "E AndroidRuntime: \tat com.redmesa.stepwise.checkin.CheckinRepository$upload$2.invokeSuspend(CheckinRepository.kt:118)",
              "E AndroidRuntime: \tat kotlin.coroutines.jvm.internal.BaseContinuationImpl.resumeWith(ContinuationImpl.kt:33)",
              "E AndroidRuntime: \tat kotlinx.coroutines.DispatchedTask.run(DispatchedTask.kt:108)"]:
        L = Line("logcat")
        L.t(f"{logcat_ts(t)}  {pid}  {tid} ")
        L.t(s)
        out.append(L)
    return out


def n_ios():
    L = Line("ios_oslog")
    t = tick()
    L.t(f"{ios_ts(t)} StepWise[{R.choice([1832, 2207, 914])}:{R.randint(40000, 90000)}] ")
    L.t(R.choice([
        "[Net] Task <" + uuid4().upper() + ">.<12> finished with error [-1001] Error Domain=NSURLErrorDomain Code=-1001 \"The request timed out.\"",
        "[Lifecycle] scene willEnterForeground",
        "[BGTask] submitted com.redmesa.stepwise.refresh earliestBeginDate=900s",
        "[BLE] centralManagerDidUpdateState: poweredOn",
        "[Camera] AVCaptureSession started preset=AVCaptureSessionPreset1280x720 position=front",
        "[Config] remote config fetched etag=W/\"5f3a-" + hexs(8, False) + "\" faceMatchThreshold=0.85",
        "[Push] didReceiveRemoteNotification category=CHECKIN_DUE",
        "[Sentry] Event " + hexs(32, False) + " sent (status 200)",
    ]))
    return [L]


def n_metrics():
    L = Line("prometheus")
    L.t(R.choice([
        f'redmesa_checkins_total{{result="pass",platform="android"}} {R.randint(10000, 90000)}',
        f'redmesa_checkins_total{{result="fail",platform="ios"}} {R.randint(100, 900)}',
        f'redmesa_face_match_seconds_bucket{{le="0.5"}} {R.randint(1000, 9000)}',
        f'phoenix_endpoint_stop_duration_milliseconds_sum{{route="/api/v1/checkins"}} {R.uniform(1e5, 9e5):.3f}',
        f'vm_memory_total_bytes {R.randint(300000000, 900000000)}',
        f'rabbitmq_queue_messages_ready{{queue="lab.results.oru",vhost="/recovery"}} {R.randint(0, 40)}',
        f'redis_connected_clients {R.randint(20, 120)}',
        f'oban_jobs_available{{queue="notify"}} {R.randint(0, 300)}',
        f'redmesa_geofence_alerts_total{{kind="exit",house="12"}} {R.randint(5, 400)}',
    ]))
    return [L]


def n_k8s():
    L = Line("nginx_access")
    t = tick()
    ip = R.choice(["10.20.0.1", "10.20.0.2", "172.17.0.1"])
    path = R.choice(["/healthz", "/health", "/metrics"])
    L.t(f'{ip} - - [{t.strftime("%d/%b/%Y:%H:%M:%S")} +0000] "GET {path} HTTP/1.1" 200 {R.randint(2, 900)} "-" "kube-probe/1.29" rt={R.uniform(0.001, 0.02):.3f} uid=-')
    return [L]


def n_deploy():
    L = Line("ci_deploy")
    tick()
    L.t(R.choice([
        f"#14 [build 7/9] RUN mix release --overwrite",
        f"#14 DONE 48.3s",
        f"pushing ghcr.io/redmesa/red_mesa:2024.03.11-{hexs(7, False)} digest: sha256:{hexs(64, False)} size: 2205",
        f"deployment.apps/red-mesa-api image updated (rev 412 -> 413)",
        f"Waiting for deployment \"red-mesa-api\" rollout to finish: 2 of 3 updated replicas are available...",
        f"* assembling red_mesa-1.18.3 on MIX_ENV=prod",
        f"==> stepwise-android: ./gradlew :app:bundleProdRelease versionCode=40312 versionName=2024.03.2",
        f"fastlane: Successfully uploaded build 2024.03.2 (1187) to App Store Connect",
    ]))
    return [L]


def n_staff_contact():
    h = R.choice(HOUSES)
    c = R.choice(COACHES)
    po = R.choice(POS)
    L = Line(R.choice(["phoenix", "logfmt"]))
    v = R.randint(0, 3)
    if L.family == "phoenix":
        ex_prefix(L, "info", rid=False)
        if v == 0:
            L.t(f'[RedMesa.Houses] directory sync house_id={h["id"]} name="{h["name"]}" addr="{h["street"]}, {h["city"]}, {h["st"]} {h["zip"]}" manager="{h["mgr"]}" manager_phone={h["mgr_phone"]}')
        elif v == 1:
            L.t(f'[RedMesa.Staff] on-call rotation updated: {c[0]} <{c[1]}> cert={c[2]} shift=2024-03-11T18:00/2024-03-12T06:00')
        elif v == 2:
            L.t(f'[RedMesa.Courts] agency contact refreshed agency="{po[1]}" officer="{po[0]}" email={po[2]} phone={po[3]} fax={po[4]}')
        else:
            L.t('[RedMesa.Lab] vendor SWTL client services phone=1-800-555-0134 fax=(505) 555-0135 mro="Howard Finch, MD" clia=32D2094417')
    else:
        t = tick()
        L.t(f'ts={iso_z(t)} level=info app=geofence_tracker msg="zone config loaded" zone_id=house:{h["id"]} kind=house center_lat={h["lat"]} center_lng={h["lng"]} radius_m={R.choice([75, 120, 150])} curfew="22:00-06:00" tz=America/{"Phoenix" if h["off"] == -7 else "Denver"}')
    return [L]


def n_lookalike():
    L = Line(R.choice(["logfmt", "phoenix", "stripe"]))
    t = tick()
    if L.family == "logfmt":
        L.t(f'ts={iso_z(t)} level=info msg="span finished" trace_id={hexs(32, False)} span_id={hexs(16, False)} name=lab.oru.ingest duration_ms={R.randint(3, 900)} accession=SWA24-{R.randint(20000, 49999):07d}')
    elif L.family == "phoenix":
        ex_prefix(L, "info", rid=False)
        L.t(R.choice([
            f"[RedMesa.Billing] claim batch {R.randint(4000, 4200)} submitted to clearinghouse ctrl=000004{R.randint(100, 999)} claims={R.randint(20, 140)} total_cents={R.randint(100000, 2000000)}",
            f"[RedMesa.Lab] order RM-ORD-{R.randint(70000, 79999)} status=in_transit carrier=FedEx tracking=7749{digits(8)}",
            f"[RedMesa.Store] order #{R.randint(100000, 999999)} shipped sku=BT2-MOUTHPIECE-50 qty=2",
            "[RedMesa.Billing] staging smoke test card=4242424242424242 customer=cus_TESTsmoke0001 result=succeeded env=staging",
            f"[RedMesa.Audit] sha256={hexs(64, False)} archive=audit-2024-03-10.jsonl.gz size={R.randint(1, 90)}MB",
        ]))
    else:
        ex_prefix(L, "info", rid=False)
        L.t(f"[RedMesa.Billing.StripeWebhook] evt_{hexs(24, False)} type=payout.paid payout=po_{hexs(24, False)} amount=4821300 currency=usd arrival_date=1710201600")
    return [L]


def n_error_noperson():
    L = Line("elixir_crash")
    ex_prefix(L, "error", rid=False)
    L.t(R.choice([
        "** (Redix.ConnectionError) the connection to Redis is closed",
        "[RedMesa.Pipelines.LabResults] Broadway producer down: {:shutdown, :connection_closed}; reconnecting in 2000ms",
        "** (DBConnection.ConnectionError) tcp recv (idle): closed",
        "[RedMesa.Lab.MLLPListener] socket 10.30.1.20:6661 closed by peer after 0 messages",
        "Ranch listener RedMesaWeb.Endpoint.HTTP had connection process started with :cowboy_clear:start_link/4 at #PID<0.10231.0> exit with reason: {:timeout, {:gen_server, :call, [RedMesa.FaceMatch.Pool, :checkout, 5000]}}",
    ]))
    return [L]


def n_staging_card():
    L = Line("stripe")
    ex_prefix(L, "info", rid=False)
    L.t("[RedMesa.Billing] staging smoke test card=4242424242424242 exp=12/34 cvc=[FILTERED] customer=cus_TESTsmoke0001 result=succeeded env=staging")
    return [L]


def n_incident_header():
    L = Line("incident_csv")
    L.t("incident_id,house_id,reported_by,occurred_at,severity,category,resident_ids,device,summary")
    return [L]


def n_chat_meta():
    L = Line("phoenix_channel")
    ex_prefix(L, "info", rid=False)
    L.t(R.choice([
        f"CONNECTED TO RedMesaWeb.UserSocket in {R.randint(100, 900)}µs\\n  Transport: :websocket\\n  Serializer: Phoenix.Socket.V2.JSONSerializer",
        f"Replied coach_chat:lobby :ok",
        f"[RedMesa.Chat] moderation model loaded version=2024-02-28 labels=[self_harm, threats, contraband]",
    ]))
    return [L]


# ============================================================================ PHI generators
def p_checkin_phoenix():
    m = mem()
    out = []
    L = Line("phoenix")
    rid = req_id()
    t = tick()
    L.t(ex_ts(t) + f" request_id={rid} remote_ip="); L.p(m["ip"], "ip"); L.t(" [info] POST /api/v1/checkins")
    out.append(L)
    L = Line("phoenix")
    L.t(ex_ts(t) + f" request_id={rid} [debug] Processing with RedMesaWeb.CheckinController.create/2")
    out.append(L)
    lat, lng = geo(m)
    b64 = jpeg_b64(R.randint(40, 80))
    params = {"brac": f"0.0{R.randint(0, 2)}{R.randint(0, 9)}", "device_serial": P(m["serial"], "device"),
              "lat": P(lat, "address"), "lng": P(lng, "address"), "member_id": P(m["id"], "other_id"),
              "photo": Seq('"', P(b64, "photo"), '" <> ...'),
              "taken_at": iso_z(t - dt.timedelta(seconds=14)), "app_version": "2024.03.2"}
    L = Line("phoenix")
    L.t("  Parameters: ")
    emit_ex(L, params)
    out.append(L)
    out.append(Line("phoenix").t("  Pipelines: [:api, :member_auth]"))
    L = Line("phoenix")
    L.t(ex_ts(tick(0, 1)) + f" request_id={rid} [info] Sent 201 in {R.randint(60, 400)}ms")
    out.append(L)
    return out


def p_ecto():
    m = mem()
    L = Line("ecto")
    ex_prefix(L, "debug")
    v = R.randint(0, 3)
    src = ["members", "checkins", "family_links", "members"][v]
    L.t(f'QUERY OK source="{src}" db={R.uniform(0.3, 9):.1f}ms queue={R.uniform(0.1, 2):.1f}ms idle={R.uniform(100, 3000):.1f}ms')
    L2 = Line("ecto")
    if v == 0:
        L2.t('SELECT m0."id", m0."first_name", m0."last_name", m0."dob", m0."house_id" FROM "members" AS m0 WHERE (m0."phone" = $1) ["')
        L2.p("+1" + m["phone"], "phone"); L2.t('"]')
    elif v == 1:
        lat, lng = geo(m)
        L2.t('INSERT INTO "checkins" ("brac","device_serial","lat","lng","member_id","result","inserted_at") VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING "id" [0.0, "')
        L2.p(m["serial"], "device"); L2.t('", '); L2.p(lat, "address"); L2.t(", "); L2.p(lng, "address"); L2.t(", ")
        L2.p(m["id"], "other_id"); L2.t(f', :pass, ~U[{now().strftime("%Y-%m-%d %H:%M:%S")}Z]]')
    elif v == 2:
        f = m["fam"]
        L2.t('SELECT f0."id", f0."member_id", f0."relationship", f0."consent_id" FROM "family_links" AS f0 WHERE (lower(f0."email") = $1) ["')
        L2.p(f["email"].lower(), "email"); L2.t('"]')
    else:
        L2.t('UPDATE "members" SET "last_name" = $1, "dob" = $2, "updated_at" = $3 WHERE "id" = $4 ["')
        L2.p(m["last"], "name"); L2.t('", ~D['); L2.p(m["dob"].isoformat(), "date"); L2.t(f'], ~U[{now().strftime("%Y-%m-%d %H:%M:%S")}Z], ')
        L2.p(m["id"], "other_id"); L2.t("]")
    L3 = Line("ecto").t(["↳ RedMesa.Accounts.get_by_phone/1, at: lib/red_mesa/accounts.ex:88",
                         "↳ RedMesa.Checkins.record/2, at: lib/red_mesa/checkins.ex:141",
                         "↳ RedMesaWeb.FamilyAuth.fetch_link/1, at: lib/red_mesa_web/family_auth.ex:57",
                         "↳ RedMesa.Accounts.update_member/2, at: lib/red_mesa/accounts.ex:203"][v])
    return [L, L2, L3] if R.random() < 0.6 else [L, L2]


def p_oban_sms():
    m = mem()
    L = Line("oban_json")
    tick()
    to_fam = R.random() < 0.5
    who = m["fam"] if to_fam else m
    args = {"member_id": P(int(m["id"]), "other_id"), "template": R.choice(["checkin_due", "missed_checkin_family", "ua_scheduled"]),
            "to": P(fmt_phone(who["phone"], 3), "phone")}
    if to_fam:
        args["recipient_name"] = P(nm(who, "f"), "name")
    ev = R.choice(["job:stop", "job:stop", "job:exception"])
    emit_json(L, {"args": args, "attempt": R.choice([1, 1, 2]), "duration": R.randint(30000, 800000),
                  "event": ev, "id": R.randint(90000, 120000),
                  "queue": "notify", "queue_time": R.randint(10, 3000), "source": "oban",
                  "state": "success" if ev == "job:stop" else "retryable", "worker": "RedMesa.Workers.SendSms"})
    return [L]


def p_redis_monitor():
    m = mem()
    L = Line("redis_monitor")
    t = tick()
    L.t(f'{epoch(t)} [0 {R.choice(INTERNAL_IPS[:3])}:{R.randint(40000, 60000)}] ')
    v = R.randint(0, 4)
    lat, lng = geo(m)
    if v == 0:
        L.t('"HSET" "member:'); L.p(m["id"], "other_id"); L.t(':last_checkin" "serial" "'); L.p(m["serial"], "device")
        L.t('" "brac" "0.000" "lat" "'); L.p(lat, "address"); L.t('" "lng" "'); L.p(lng, "address"); L.t('"')
    elif v == 1:
        L.t('"GEOADD" "geo:members:live" "'); L.p(lng, "address"); L.t('" "'); L.p(lat, "address"); L.t('" "'); L.p(m["id"], "other_id"); L.t('"')
    elif v == 2:
        L.t('"SETEX" "otp:family:'); L.p("+1" + m["fam"]["phone"], "phone"); L.t(f'" "300" "{digits(6)}"')
    elif v == 3:
        L.t('"PUBLISH" "geofence:alerts" "{\\"member_id\\":'); L.p(m["id"], "other_id")
        L.t(f',\\"zone\\":\\"house:{m["house"]["id"]}\\",\\"transition\\":\\"exit\\",\\"lat\\":'); L.p(lat, "address")
        L.t(',\\"lng\\":'); L.p(lng, "address"); L.t('}"')
    else:
        L.t('"SET" "session:family:'); L.p(m["fam"]["fu"], "other_id"); L.t('" "{\\"email\\":\\"'); L.p(m["fam"]["email"], "email")
        L.t('\\",\\"member_ids\\":['); L.p(m["id"], "other_id"); L.t(']}" "EX" "3600"')
    return [L]


def p_broadway():
    m = mem()
    L = Line("broadway")
    ex_prefix(L, "error", rid=False)
    L.t(f'[RedMesa.Pipelines.LabResults] message nacked queue=lab.results.oru reason="no member matched donor_id" payload=')
    emit_ex(L, {"accession": f"SWA24-{R.randint(20000, 49999):07d}", "donor_id": P(m["donor"], "mrn"),
                "donor_name": P(nm(m, "LF"), "name"), "dob": P(dfmt(m["dob"], 0), "date"),
                "collected": P(dfmt(dt.date(2024, 3, R.randint(4, 10)), 0), "date"), "result": R.choice(["NEGATIVE", "POSITIVE", "DILUTE"])})
    out = [L]
    if R.random() < 0.5:
        L2 = Line("rabbitmq_mgmt")
        tick()
        L2.t('{"payload_bytes":'+str(R.randint(300, 900))+',"redelivered":true,"exchange":"lab.dlx","routing_key":"lab.results.oru","message_count":'+str(R.randint(0, 9))+',"properties":{"headers":{"x-death":[{"count":3,"reason":"rejected","queue":"lab.results.oru"}]},"content_type":"application/json"},"payload":"{\\"member_id\\":')
        L2.p(m["id"], "other_id"); L2.t(',\\"donor_id\\":\\"'); L2.p(m["donor"], "mrn"); L2.t('\\",\\"client_record\\":\\"'); L2.p(m["crn"], "mrn")
        L2.t('\\"}","payload_encoding":"string"}')
        out.append(L2)
    return out


def p_logcat_checkin():
    m = mem()
    t = tick()
    pid = R.choice([5120, 6644])
    out = []

    def lc(tag_msg_builder):
        L = Line("logcat")
        tt = tick(0, 2)
        L.t(f"{logcat_ts(tt, m['house']['off'])}  {pid}  {pid + R.randint(1, 90)} ")
        tag_msg_builder(L)
        out.append(L)
    lc(lambda L: (L.t("D BluetoothGatt: connect() - device: "), L.p(m["mac"], "device"), L.t(", auto: false")))
    lc(lambda L: (L.t("I BreathTestVM: device info serial="), L.p(m["serial"], "device"), L.t(f" fw=2.4.{R.randint(0, 3)} battery={R.randint(20, 99)}")))
    lat, lng = geo(m)
    if R.random() < 0.6:
        lc(lambda L: L.t(f"D OkHttp  : --> POST https://api.redmesarecovery.com/api/v1/checkins ({R.randint(30000, 90000)}-byte body)"))
        def body(L):
            L.t("D OkHttp  : ")
            emit_json(L, {"memberId": P(int(m["id"]), "other_id"), "deviceSerial": P(m["serial"], "device"),
                          "brac": 0.0, "location": {"lat": P(lat, "address"), "lng": P(lng, "address"), "accuracy": round(R.uniform(3, 30), 1)},
                          "androidId": P(m["android_id"], "device"),
                          "selfie": Seq('"', P(jpeg_b64(R.randint(30, 60)), "photo"), '…"')})
        lc(body)
        lc(lambda L: L.t(f"D OkHttp  : <-- 201 https://api.redmesarecovery.com/api/v1/checkins ({R.randint(60, 900)}ms)"))
    else:
        lc(lambda L: (L.t("I CheckinRepo: fix acquired provider=fused lat="), L.p(lat, "address"), L.t(" lng="), L.p(lng, "address"),
                      L.t(f" acc={R.uniform(3, 40):.1f}m user="), L.p(m["username"], "other_id")))
    return out


def p_logcat_misc():
    m = mem()
    L = Line("logcat")
    t = tick()
    pid = R.choice([5120, 6644, 7031])
    L.t(f"{logcat_ts(t, m['house']['off'])}  {pid}  {pid + R.randint(1, 90)} ")
    v = R.randint(0, 3)
    if v == 0:
        L.t("W GeofenceReceiver: transition=EXIT requestId=house_"); L.t(str(m["house"]["id"])); L.t(" member=")
        L.p(m["id"], "other_id"); L.t(" triggeringLocation=Location[fused ")
        lat, lng = geo(m, 0.01)
        L.p(f"{lat:.6f},{lng:.6f}", "address"); L.t(f" hAcc={R.randint(4, 40)} et=+{R.randint(1, 9)}d{R.randint(0, 23)}h]")
    elif v == 1:
        L.t("I AuthRepo: login ok user="); L.p(m["username"], "other_id"); L.t(" memberId="); L.p(m["id"], "other_id")
        L.t(" tokenExp=3600")
    elif v == 2:
        L.t("D FcmService: onNewToken registered for member "); L.p(m["id"], "other_id"); L.t(" androidId="); L.p(m["android_id"], "device")
    else:
        L.t(f"E FaceCaptureVM: match rejected score={R.uniform(0.4, 0.84):.2f} threshold=0.85 member="); L.p(m["id"], "other_id")
        L.t(" faceId="); L.p(m["faceid"], "biometric")
    return [L]


def p_ios():
    m = mem()
    off = m["house"]["off"]
    out = []
    v = R.randint(0, 4)
    L = Line("ios_oslog")
    t = tick()
    L.t(f"{ios_ts(t, off)} StepWise[{R.choice([1832, 2207])}:{R.randint(40000, 90000)}] ")
    if v == 0:
        L.t(f"[BLE] didConnect peripheral <CBPeripheral: 0x28{hexs(7, False)}, identifier = "); L.p(m["periph"], "device")
        L.t(", name = "); L.p(m["serial"], "device"); L.t(", mtu = 185, state = connected>")
    elif v == 1:
        lat, lng = geo(m)
        lt = local(t, off)
        L.t("[Location] didUpdateLocations <"); L.p(f"{lat:+.8f},{lng:+.8f}", "address")
        L.t(f"> +/- {R.uniform(3, 30):.2f}m (speed 0.00 mps / course -1.00) @ {lt.month}/{lt.day}/24, {lt.strftime('%-I:%M:%S %p')} {'Mountain Daylight Time' if off == -6 else 'Mountain Standard Time'}")
    elif v == 2:
        L.t("[Auth] signed in user="); L.p(m["username"], "other_id"); L.t(" idfv="); L.p(m["idfv"], "device")
        L.t(" apns="); L.p(m["apns"], "device")
    elif v == 3:
        L.t(f"[FaceMatch] VNFaceObservation count=1 yaw={R.uniform(-0.1, 0.1):.2f} roll={R.uniform(-0.1, 0.1):.2f}; server score={R.uniform(0.86, 0.99):.3f} threshold=0.85 memberId=")
        L.p(m["id"], "other_id")
    else:
        L.t("[Checkin] upload failed, retrying: Error Domain=StepWise.APIError Code=422 \"device_serial "); L.p(m["serial"], "device")
        L.t(" not assigned to member "); L.p(m["id"], "other_id"); L.t("\"")
    out.append(L)
    return out


def p_hl7():
    m = mem()
    out = []
    t = tick()
    hdr = Line("phoenix")
    hdr.t(ex_ts(t) + f" [info] [RedMesa.Lab.MLLPListener] received ORU^R01 from 10.30.1.20:{R.randint(40000, 60000)} bytes={R.randint(900, 3000)}")
    out.append(hdr)
    ctrl = f"SWTL{t.strftime('%m%d')}-{R.randint(10000, 99999)}"
    out.append(Line("hl7_oru").t(f"MSH|^~\\&|SWTL-LIS|SWTL^32D2094417^CLIA|STEPWISE|REDMESA|{(t - dt.timedelta(hours=6)).strftime('%Y%m%d%H%M%S')}-0600||ORU^R01^ORU_R01|{ctrl}|P|2.5.1|||AL|NE"))
    L = Line("hl7_oru")
    L.t("PID|1||"); L.p(m["donor"], "mrn"); L.t("^^^SWTL^MR~"); L.p(m["crn"], "mrn"); L.t("^^^REDMESA^PI||")
    L.p(nm(m, "hl7"), "name"); L.t("||"); L.p(m["dob"].strftime("%Y%m%d"), "date"); L.t(f"|{m['sex']}|||")
    L.p(m["street"], "address"); L.t("^^"); L.p(m["city"], "address"); L.t(f"^{m['st']}^"); L.p(m["zip"], "zip"); L.t("||")
    L.p(m["phone"], "phone"); L.t("|||||")
    if R.random() < 0.5:
        L.p(m["acct"], "account")
    out.append(L)
    coll = dt.datetime(2024, 3, R.randint(4, 10), R.randint(6, 19), R.choice([0, 15, 30, 45]))
    recv = coll + dt.timedelta(hours=R.randint(18, 40))
    placer = f"RM-ORD-{R.randint(70000, 79999)}"
    filler = f"SWA24-{R.randint(20000, 49999):07d}"
    out.append(Line("hl7_oru").t(f"ORC|RE|{placer}|{filler}||CM"))
    L = Line("hl7_oru")
    L.t(f"OBR|1|{placer}|{filler}|TOX12U^12-Panel Urine Drug Screen w/ LC-MS/MS Confirm^L|||"); L.p(coll.strftime("%Y%m%d%H%M"), "date")
    L.t("|||||||"); L.p(recv.strftime("%Y%m%d%H%M"), "date"); L.t(f"|UR&Urine&HL70070|1679543210^FINCH^HOWARD^^^^MD||||||{(t - dt.timedelta(hours=6)).strftime('%Y%m%d%H%M')}||TX|F")
    out.append(L)
    pos = R.random() < 0.4
    analytes = [("AMP", "Amphetamines", "500"), ("BUP", "Buprenorphine", "5"), ("FEN", "Fentanyl", "1"),
                ("ETG", "Ethyl Glucuronide", "500"), ("MTD", "Methadone", "300"), ("OXY", "Oxycodone", "100")]
    R.shuffle(analytes)
    for i, (code, name, cut) in enumerate(analytes[:R.randint(2, 4)], 1):
        res = "POSITIVE" if (pos and i == 1) else "NEGATIVE"
        out.append(Line("hl7_oru").t(f"OBX|{i}|ST|{code}^{name}^L||{res}||cutoff {cut} ng/mL|{'A' if res == 'POSITIVE' else 'N'}|||F"))
    out.append(Line("hl7_oru").t(f"OBX|{i + 1}|NM|CREA^Creatinine^L||{R.randint(18, 240)}|mg/dL|>=20|N|||F"))
    if R.random() < 0.5:
        out.append(Line("hl7_oru").t(R.choice(["NTE|1|L|Confirmed by LC-MS/MS. Certifying scientist: L. Ramaswamy, C(ASCP). Reviewed by MRO.",
                                               "NTE|1|L|Specimen dilute per SAMHSA criteria; recollect under direct observation recommended.",
                                               "NTE|1|L|Donor reported prescription: buprenorphine/naloxone 8-2 mg SL daily (verified by MRO)."])))
    return out


def p_pdf():
    m = mem()
    out = []
    t = tick()
    acc = f"SWA24-{R.randint(20000, 49999):07d}"
    L = Line("pdf_parse")
    L.t(ex_ts(t) + f" [info] [RedMesa.Lab.PdfParser] file=SWTL_{t.strftime('%Y%m%d')}_{acc[-7:]}.pdf pages=2 sha256={hexs(64, False)} parser=pdftotext-4.04")
    out.append(L)
    coll = dt.date(2024, 3, R.randint(4, 10))
    lines = R.randint(0, 2)
    L = Line("pdf_parse")
    L.t(ex_ts(tick(0, 1)) + ' [debug] [RedMesa.Lab.PdfParser] p1 L07 "Donor Name: '); L.p(nm(m, "LF") + f" {m['mi']}", "name")
    L.t("        Donor ID: "); L.p(m["donor"], "mrn"); L.t('"')
    out.append(L)
    L = Line("pdf_parse")
    L.t(ex_ts(tick(0, 1)) + ' [debug] [RedMesa.Lab.PdfParser] p1 L08 "DOB: '); L.p(m["dob"].strftime("%m/%d/%Y"), "date")
    L.t("   Collected: "); L.p(coll.strftime("%m/%d/%Y") + f" {R.randint(6, 11):02d}:{R.choice(['05', '15', '40'])}", "date")
    L.t(f"   Accession: {acc}\"")
    out.append(L)
    if lines >= 1:
        L = Line("pdf_parse")
        L.t(ex_ts(tick(0, 1)) + f' [warning] [RedMesa.Lab.PdfParser] regex miss field=received_at raw="')
        L.p(f"{coll.month}/{coll.day + 1}/24 9:1{R.randint(0, 9)}a", "date"); L.t(f'" accession={acc}')
        out.append(L)
    L = Line("pdf_parse")
    L.t(ex_ts(tick(0, 1)) + " [info] [RedMesa.Lab.PdfParser] extracted ")
    emit_ex(L, {"accession": acc, "donor_dob": Seq("~D[", P(m["dob"].isoformat(), "date"), "]"),
                "donor_name": P(nm(m, "UP"), "name"), "result": Seq(R.choice([":negative", ":positive", ":dilute"])),
                "analytes": ["FEN", "NORFEN"] if R.random() < 0.3 else [], "client_record": P(m["crn"], "mrn")}, atom_keys=True)
    out.append(L)
    return out


NARR_EN = [
    ("Resident {n} returned after curfew ({tm}), slurred speech. BrAC {b} on house device {hs}. Called {pro} {rel} {fn} at {ph}.", True),
    ("{n} found with unlabeled pill bottle in room 3B. Items bagged, photos uploaded. {n2} witnessed.", False),
    ("Verbal altercation between {n} and {n2} in kitchen, de-escalated by HM. No injuries.", False),
    ("{n} missed 3 check-ins, phone off. Emergency contact {fn} ({rel}) reached at {ph}; says {n_f} is staying at {fpro} place in Shiprock.", True),
]
NARR_ES = [
    ("{n} llegó tarde (después de las 22:00) y se negó a la prueba de aliento. Se avisó a su {rel_es} {fn} al {ph}.", True),
    ("Pelea verbal entre {n} y {n2} en la sala. Se calmó la situación, sin lesiones.", False),
]
REL_ES = {"mother": "mamá", "father": "papá", "sister": "hermana", "brother": "hermano", "wife": "esposa",
          "husband": "esposo", "partner": "pareja", "aunt": "tía", "uncle": "tío", "grandmother": "abuela",
          "daughter": "hija", "son": "hijo", "cousin": "prima"}


def p_incident():
    m = mem()
    m2 = R.choice([x for x in MEMBERS if x is not m])
    h = m["house"]
    L = Line("incident_csv")
    tick()
    occ = dt.datetime(2024, 3, R.randint(8, 10), R.randint(0, 23), R.randint(0, 59))
    L.t(f"INC-2024-{R.randint(300, 700):04d},{h['id']},{h['mgr']},"); L.p(occ.strftime("%Y-%m-%d %H:%M"), "date")
    sev = R.choice(["low", "medium", "high"])
    L.t(f",{sev},{R.choice(['curfew', 'relapse_suspected', 'contraband', 'conflict', 'missed_checkin'])},")
    L.p(m["id"], "other_id"); L.t(";"); L.p(m2["id"], "other_id")
    L.t(f",HSE-{hexs(6)},\"")
    es = R.random() < 0.3
    tmpl, _ = R.choice(NARR_ES if es else NARR_EN)
    f = m["fam"]
    # tokenise template
    i = 0
    import re
    for mt in re.finditer(r"\{(\w+)\}", tmpl):
        L.t(tmpl[i:mt.start()])
        k = mt.group(1)
        if k == "n":
            L.p(nm(m, R.choice(["fl", "fl", "il", "f"])), "name")
        elif k == "n2":
            L.p(nm(m2, R.choice(["fl", "f"])), "name")
        elif k == "n_f":
            L.p(m["first"], "name")
        elif k == "fn":
            L.p(nm(f, R.choice(["f", "fl"])), "name")
        elif k == "ph":
            L.p(fmt_phone(f["phone"], R.choice([0, 1, 2, 4])), "phone")
        elif k == "rel":
            L.t(f["rel"])
        elif k == "pro":
            L.t("her" if m["sex"] == "F" else "his")
        elif k == "fpro":
            L.t("her" if f["sex"] == "F" else "his")
        elif k == "rel_es":
            L.t(REL_ES[f["rel"]])
        elif k == "tm":
            L.t(f"{R.randint(22, 23)}:{R.randint(10, 59)}")
        elif k == "b":
            L.t(f"0.0{R.randint(2, 9)}{R.randint(0, 9)}")
        elif k == "hs":
            L.t(f"HSE-{hexs(6)}")
        i = mt.end()
    L.t(tmpl[i:]); L.t('"')
    return [L]


CHAT_MEMBER = [
    "hey {coach} rough night. my cousin {p} came by with pills, I didn't take any but I left the house for a bit",
    "Hola {coach}, mañana tengo cita con la jueza a las 9, ¿me puedes dar permiso de salir? Mi hermana {pf} me lleva.",
    "Yá'át'ééh {coach}, ahéhee' for checking on me. My sponsor {p} is picking me up for the 7pm meeting",
    "can u tell the PO my UA on {d} was a false positive?? I only took the cold medicine",
    "{coach} my grandma {pg} is in the hospital in {city}, can I get a pass this weekend",
    "my shimásání {pg} turned {age} on sunday, can she come visit at the house? she uses a walker",
    "new number btw {ph}",
    "here's my page if anyone wants to donate for rent {url}",
]
CHAT_COACH = [
    "Proud of you for reaching out. Let's do a call at 4, I'll ping you. - {coach}",
    "Reminder: house meeting tonight 7pm, bring your step work.",
    "I talked to {hm} about the pass, fill the form in the app and I'll approve it.",
    "Buen trabajo esta semana, sigue así. Nos vemos el jueves.",
]


def p_chat(force_tmpl=None):
    m = mem()
    coach = R.choice(COACHES)
    out = []
    L = Line("phoenix_channel")
    ex_prefix(L, "debug", rid=False)
    from_member = R.random() < 0.7
    L.t('INCOMING "new_msg" on "coach_chat:'); L.p(m["id"], "other_id"); L.t('" to RedMesaWeb.CoachChatChannel')
    out.append(L)
    L = Line("phoenix_channel")
    L.t("  Parameters: ")
    if force_tmpl:
        from_member = True
        tmpl = force_tmpl
    elif from_member:
        tmpl = R.choice(CHAT_MEMBER)
    else:
        tmpl = R.choice(CHAT_COACH)
    parts = build_msg(tmpl, m, coach)
    emit_ex(L, {"body": M(*parts), "client_msg_id": uuid4(), "sender": "member" if from_member else "coach"})
    out.append(L)
    return out


def build_msg(tmpl, m, coach):
    import re
    parts = []
    i = 0
    for mt in re.finditer(r"\{(\w+)\}", tmpl):
        parts.append(tmpl[i:mt.start()])
        k = mt.group(1)
        if k == "coach":
            parts.append(coach[0].split()[0])
        elif k == "hm":
            parts.append(m["house"]["mgr"].split()[0])
        elif k in ("p", "pf"):
            other = mk_person(sex="F" if k == "pf" else None)
            parts.append(P(R.choice([other["first"], other["first"], nm(other, "fl")]), "name"))
        elif k == "pg":
            parts.append(P(R.choice(["Ruth", "Dorothy", "Lula", "Mae", "Esperanza", "Bessie Yazzie", "Annie Tsosie",
                                     "Guadalupe", "Fannie Nez", "Hazel"]), "name"))
        elif k == "age":
            parts.append(P(str(R.randint(90, 97)), "age"))
        elif k == "d":
            parts.append(P(dfmt(dt.date(2024, 3, R.randint(1, 9)), R.choice([1, 6])), "date"))
        elif k == "city":
            parts.append(R.choice(["Gallup", "Farmington", "Chinle", "Tuba City"]))
        elif k == "ph":
            parts.append(P(fmt_phone(m["phone"], R.choice([0, 1, 2, 4])), "phone"))
        elif k == "url":
            b = strip_accents(m["first"].split()[0]).lower()
            parts.append(P(R.choice([f"https://www.gofundme.com/f/help-{b}-stay-sober",
                                     f"instagram.com/{b}.{strip_accents(m['last']).lower().replace(' ', '')}_art",
                                     f"https://facebook.com/{b}.{R.randint(10, 99)}"]), "url"))
        i = mt.end()
    parts.append(tmpl[i:])
    return parts


def p_chat_export():
    m = mem()
    coach = R.choice(COACHES)
    L = Line("chat_jsonl")
    t = tick()
    tmpl = R.choice(CHAT_MEMBER[:5])
    parts = build_msg(tmpl, m, coach)
    # add a second paragraph (escaped newline in JSON)
    parts = list(parts) + ["\n\nsent from ", P(m["username"], "other_id"), "'s phone"] if R.random() < 0.4 else list(parts)
    emit_json(L, {"ts": iso_z(t), "room": Seq('"coach_chat:', P(m["id"], "other_id"), '"'), "sender": "member",
                  "sender_name": P(nm(m, R.choice(["fl", "lower", "f"])), "name"), "text": M(*parts),
                  "flags": R.choice([[], ["contraband"], ["self_harm_review"]]), "coach": coach[0]}, sep=(", ", ": "))
    return [L]


def p_court_xml():
    m = mem()
    po = m["po"]
    L = Line("court_xml")
    t = tick()
    hearing = dt.date(2024, R.randint(3, 5), R.randint(1, 28))
    L.t(f'<ComplianceReport xmlns="urn:redmesa:probation:v2" generated="{(t - dt.timedelta(hours=6)).strftime("%Y-%m-%dT%H:%M:%S")}-06:00" week="2024-W10">')
    L.t("<Case><CaseNumber>"); L.p(m["case"], "other_id"); L.t(f"</CaseNumber><Judge>{R.choice(JUDGES)}</Judge></Case>")
    L.t("<Client><Name>"); L.p(nm(m, R.choice(["LF", "fl", "lf"])), "name"); L.t("</Name><DOB>"); L.p(m["dob"].isoformat(), "date")
    L.t("</DOB><OffenderId>"); L.p(m["offender"], "other_id"); L.t("</OffenderId></Client>")
    L.t(f"<Officer><Name>{po[0]}</Name><Agency>{po[1].replace('&', '&amp;')}</Agency><Email>{po[2]}</Email></Officer>")
    L.t(f'<BreathTests scheduled="21" completed="{R.randint(17, 21)}" positive="{R.choice([0, 0, 1])}"/>')
    L.t('<UA collected="'); L.p(dt.date(2024, 3, R.randint(4, 9)).isoformat(), "date"); L.t(f'" result="{R.choice(["NEGATIVE", "NEGATIVE", "POSITIVE-ETG"])}"/>')
    L.t("<NextHearing>"); L.p(hearing.isoformat(), "date"); L.t("</NextHearing></ComplianceReport>")
    return [L]


def p_court_mail():
    m = mem()
    po = m["po"]
    L = Line("phoenix")
    ex_prefix(L, "info", rid=False)
    v = R.randint(0, 2)
    if v == 0:
        L.t("[RedMesa.Courts.Mailer] delivered weekly compliance report case="); L.p(m["case"], "other_id")
        L.t(f" client="); L.p(nm(m, "lf"), "name"); L.t(f' to="{po[0]} <{po[2]}>" via=swoosh/postmark message_id=<{uuid4()}@pm.mtasv.net>')
    elif v == 1:
        L.t("[RedMesa.Courts.Inbound] email from "); L.t(po[2]); L.t(' subject="RE: ')
        L.p(nm(m, R.choice(["LF", "lf"])), "name"); L.t(" – "); L.p(m["case"], "other_id"); L.t(' – pls confirm UA from ')
        L.p(dfmt(dt.date(2024, 3, R.randint(4, 9)), 6), "date"); L.t(' and hearing ')
        L.p(dfmt(dt.date(2024, 4, R.randint(1, 28)), 1), "date"); L.t('" attachments=0')
    else:
        L.t(f"[RedMesa.Courts.Fax] sent to {po[1]} fax={po[4]} pages=3 status=delivered re=")
        L.p(m["case"], "other_id"); L.t(" offender="); L.p(m["offender"], "other_id")
    return [L]


def p_geofence():
    m = mem()
    L = Line("logfmt")
    t = tick()
    lat, lng = geo(m, 0.02)
    L.t(f"ts={iso_z(t)} level=warn app=geofence_tracker msg=\"zone {R.choice(['exit', 'exit', 'curfew_violation', 'exclusion_enter'])}\" member_id=")
    L.p(m["id"], "other_id"); L.t(f" zone_id=house:{m['house']['id']} lat="); L.p(lat, "address"); L.t(" lng="); L.p(lng, "address")
    L.t(f" acc_m={R.randint(4, 60)} curfew_active={R.choice(['true', 'false'])} notify=house_manager")
    if R.random() < 0.5:
        L.t(",family family_phone="); L.p(fmt_phone(m["fam"]["phone"], 3), "phone")
    L.t(f" trace_id={hexs(32, False)}")
    return [L]


def p_twilio():
    m = mem()
    L = Line("phoenix")
    ex_prefix(L, "info", rid=False)
    fam = R.random() < 0.6
    who = m["fam"] if fam else m
    L.t(f"[RedMesa.Notify.SMS] Twilio 201 sid=SM{hexs(32, False)} to="); L.p("+1" + who["phone"], "phone")
    L.t(' status=queued body="')
    if fam:
        L.t("StepWise: "); L.p(m["first"], "name"); L.t(R.choice([" missed the 7:00 PM check-in. Reply STOP to opt out.",
                                                            " completed today's check-in ✅",
                                                            " left the house zone after curfew. House manager has been notified."]))
    else:
        L.t(R.choice(["StepWise: time for your check-in. Open the app within 15 min.",
                      "Recordatorio: tu prueba de aliento es a las 7:00 PM."]))
    L.t('"')
    return [L]


def p_family_nginx():
    m = mem()
    f = m["fam"]
    L = Line("nginx_access")
    t = tick()
    L.p(f["ip"], "ip"); L.t(" - - [" + nginx_ts(t) + '] "GET /family/api/members/'); L.p(m["id"], "other_id")
    L.t(f'/{R.choice(["checkins?days=7", "ua_results", "payments", "messages"])} HTTP/2.0" {R.choice([200, 200, 304, 403])} {R.randint(200, 9000)} "https://family.redmesarecovery.com/dashboard" "')
    L.t(R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
                  "Mozilla/5.0 (Linux; Android 13; moto g stylus 5G) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Mobile Safari/537.36",
                  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"]))
    L.t(f'" rt={R.uniform(0.01, 0.5):.3f} uid='); L.p(f["username"], "other_id")
    return [L]


def p_family_audit(m=None):
    m = m or mem()
    f = m["fam"]
    L = Line("portal_audit_json")
    t = tick()
    ev = R.choice(["family.login", "family.view_ua_results", "family.invite_accepted", "family.message_sent"])
    o = {"@timestamp": iso_z(t), "event": ev,
         "actor": {"type": "family", "id": P(f["fu"], "other_id"), "email": P(f["email"], "email"),
                   "name": P(nm(f, R.choice(["fl", "lf", "UP"])), "name"), "relationship": f["rel"]},
         "member_id": P(int(m["id"]), "other_id"), "consent": {"id": f"CNS-2024-{R.randint(100, 999):04d}", "cfr42_part2": True},
         "src_ip": P(f["ip"], "ip"), "mfa": R.choice(["totp", "sms", "none"]), "locale": R.choice(["en-US", "es-US"])}
    if ev == "family.message_sent":
        o["message"] = M(*R.choice([["Mijo, estoy muy orgullosa de ti. Te quiero. – ", P(nm(f, "f"), "name")],
                                    ["Proud of you ", P(m["first"], "name"), ", see you Sunday"],
                                    ["Ahéhee' to the staff for helping ", P(m["first"], "name"), "."]]))
    age = age_of(f["dob"])
    if age > 89:
        o["actor"]["age"] = P(age, "age")
        o["actor"]["accessibility"] = "large_text"
    elif ev == "family.invite_accepted":
        o["actor"]["phone"] = P(fmt_phone(f["phone"], 1), "phone")
    emit_json(L, o)
    return [L]


def p_payment(force_v=None, force_fax=False):
    m = mem()
    f = m["fam"]
    L = Line("stripe")
    v = R.randint(0, 4) if force_v is None else force_v
    ex_prefix(L, R.choice(["info", "warning"]), rid=False)
    if v == 0:
        L.t(f"[RedMesa.Billing.StripeWebhook] evt_{hexs(24, False)} type=invoice.payment_failed customer=")
        L.p(m["stripe"], "account"); L.t(" customer_email="); L.p(f["email"], "email")
        L.t(f" amount_due={R.choice([15000, 22500, 30000])} attempt_count={R.randint(1, 3)} card=visa ****{digits(4)}")
    elif v == 1:
        L.t("[RedMesa.Billing.PaymentPlans] plan created ")
        o = {"plan_id": P(m["plan"], "account"), "member_id": P(m["id"], "other_id"),
             "guarantor": {"name": P(nm(f, "fl"), "name"), "relationship": f["rel"],
                           "address": Seq('"', P(f["street"], "address"), ", ", P(f["city"], "address"), f", {f['st']} ", P(f["zip"], "zip"), '"'),
                           "phone": P(fmt_phone(f["phone"], 0), "phone")},
             "installment_cents": R.choice([7500, 15000, 20000]), "schedule": "biweekly",
             "ach": {"routing": "107002192", "account_last4": digits(4)}}
        if force_fax or R.random() < 0.3:
            o["guarantor"]["statement_fax"] = P(fmt_phone(mk_phone(), 1), "fax")
        emit_json(L, o, sep=(", ", ": "))
    elif v == 2:
        L.t("[RedMesa.Billing.ACH] return R01 (insufficient funds) plan="); L.p(m["plan"], "account")
        L.t(" account_number="); L.p(digits(R.choice([9, 10, 12])), "account"); L.t(" routing=102000021 amount=150.00")
    elif v == 3:
        L.t("** (Stripe.Error) card_declined: Your card was declined. request_params=")
        emit_ex(L, {"customer": P(m["stripe"], "account"), "number": P(luhn_complete(R.choice(["4", "51", "37"]), 15 if False else 16), "account"),
                    "exp_month": R.randint(1, 12), "exp_year": 2027, "cvc": "[FILTERED]"})
    else:
        L.t(f"[RedMesa.Billing.PaymentPlans] installment {R.randint(2, 12)}/12 posted plan=")
        L.p(m["plan"], "account"); L.t(" payer="); L.p(nm(f, R.choice(["lf", "LF", "fl"])), "name")
        L.t(f" method=card brand=visa last4={digits(4)} amount_cents={R.choice([7500, 15000, 20000])}")
    return [L]


def p_x12():
    m = mem()
    t = tick()
    out = []
    ctrl = f"{R.randint(4000, 9999):09d}"
    az = m["payer"] == "AHCCCS"
    recv = "AHCCCS" if az else "NMMEDICAID"
    ymd = t.strftime("%Y%m%d")
    hdr = Line("phoenix")
    hdr.t(ex_ts(t) + f" [info] [RedMesa.Billing.X12] built 837P ctrl={ctrl} payer={recv} claims=1 segments follow")
    out.append(hdr)

    def seg(s=None, build=None):
        L = Line("x12_837")
        if build:
            build(L)
        else:
            L.t(s)
        out.append(L)
    seg(f"ISA*00*          *00*          *ZZ*REDMESA0421    *ZZ*{recv:<15}*{t.strftime('%y%m%d')}*{t.strftime('%H%M')}*^*00501*{ctrl}*0*P*:~")
    seg(f"GS*HC*REDMESA0421*{recv}*{ymd}*{t.strftime('%H%M')}*{int(ctrl)}*X*005010X222A1~")
    seg("ST*837*0001*005010X222A1~")
    seg(f"BHT*0019*00*RM{t.strftime('%y%m%d')}-{int(ctrl)}*{ymd}*{t.strftime('%H%M')}*CH~")
    seg("NM1*85*2*RED MESA RECOVERY PARTNERS LLC*****XX*1093817265~")
    seg(f"SBR*P*18*******MC~")
    seg(build=lambda L: (L.t("NM1*IL*1*"), L.p(strip_accents(m["last"]).upper(), "name"), L.t("*"),
                         L.p(strip_accents(m["first"]).upper(), "name"), L.t(f"*{m['mi']}***MI*"), L.p(m["medicaid"], "health_plan"), L.t("~")))
    seg(build=lambda L: (L.t("N3*"), L.p(strip_accents(m["street"]).upper(), "address"), L.t("~")))
    seg(build=lambda L: (L.t("N4*"), L.p(strip_accents(m["city"]).upper(), "address"), L.t(f"*{m['st']}*"), L.p(m["zip"], "zip"), L.t("~")))
    seg(build=lambda L: (L.t("DMG*D8*"), L.p(m["dob"].strftime("%Y%m%d"), "date"), L.t(f"*{m['sex']}~")))
    seg(f"NM1*PR*2*{'AHCCCS' if az else 'NM MEDICAID'}*****PI*{'866004791' if az else 'NMMCD'}~")
    units = R.choice([2, 4, 6, 8])
    seg(build=lambda L: (L.t("CLM*"), L.p(m["pcn"], "account"), L.t(f"*{units * 20}***{R.choice(['11', '55', '02'])}:B:1*Y*A*Y*Y~")))
    dos = dt.date(2024, 3, R.randint(1, 8))
    if R.random() < 0.5:
        seg(build=lambda L: (L.t("DTP*472*D8*"), L.p(dos.strftime("%Y%m%d"), "date"), L.t("~")))
    else:
        seg(build=lambda L: (L.t("DTP*472*RD8*"), L.p(dos.strftime("%Y%m%d"), "date"), L.t("-"),
                             L.p((dos + dt.timedelta(days=6)).strftime("%Y%m%d"), "date"), L.t("~")))
    seg(f"HI*ABK:{R.choice(['F1020', 'F1120', 'F1520', 'F1120', 'F10239'])}~")
    seg("LX*1~")
    seg(f"SV1*HC:H0038:{R.choice(['HQ', 'U8', 'HF', 'HQ:HF'])}*{units * 20}*UN*{units}***1~")
    coach = R.choice(COACHES)
    cl, cf = coach[0].split()[1].upper(), strip_accents(coach[0].split()[0]).upper()
    seg(f"NM1*82*1*{cl}*{cf}****XX*1{digits(9)}~")
    seg(f"SE*{len(out) - 2}*0001~")
    return out


def p_277():
    m = mem()
    L = Line("phoenix")
    ex_prefix(L, "warning", rid=False)
    L.t("[RedMesa.Billing.X12] 277CA rejected claim pcn="); L.p(m["pcn"], "account")
    L.t(" STC*A7:562:IL "); L.t(R.choice(["\"Entity's Medicaid ID invalid\"", "\"Subscriber DOB mismatch\""]))
    L.t(" subscriber="); L.p(m["medicaid"], "health_plan"); L.t(" dob_sent="); L.p(dfmt(m["dob"], 5), "date")
    L.t(" svc=H0038")
    return [L]


def p_eligibility():
    m = mem()
    L = Line("phoenix")
    ex_prefix(L, "debug", rid=False)
    L.t("[RedMesa.Billing.Eligibility] POST https://api.availity.com/availity/v1/coverages body=")
    emit_json(L, {"payerId": "NMMCD" if m["payer"] != "AHCCCS" else "AZAHC", "memberId": P(m["medicaid"], "health_plan"),
                  "patientFirstName": P(strip_accents(m["first"]).upper(), "name"), "patientLastName": P(strip_accents(m["last"]).upper(), "name"),
                  "patientBirthDate": P(m["dob"].isoformat(), "date"), "patientSSN": P(m["ssn"].replace("-", ""), "ssn"),
                  "serviceType": "MH", "providerNpi": "1093817265", "asOfDate": "2024-03-11"})
    return [L]


def p_intake():
    m = mem()
    L = Line("phoenix")
    ex_prefix(L, "info")
    L.t("[RedMesa.Intake] member created crn="); L.p(m["crn"], "mrn"); L.t(" id="); L.p(m["id"], "other_id")
    L.t(f" house={m['house']['id']} move_in="); L.p(dfmt(m["move_in"], 0), "date")
    L.t(" sobriety_date="); L.p(dfmt(m["sober"], R.choice([0, 1, 4])), "date")
    L.t(f" age={age_of(m['dob'])} dl={m['st']}:"); L.p(m["dl"], "license"); L.t(f" ssn=***-**-{m['ssn'][-4:]}")
    L.t(" emergency_contact="); L.p(nm(m["fam"], "fl"), "name"); L.t(f" ({m['fam']['rel']}) ")
    L.p(fmt_phone(m["fam"]["phone"], R.choice([0, 1, 4])), "phone")
    return [L]


def p_intake_form():
    m = mem()
    L = Line("intake_kv")
    t = tick()
    # legacy intake form export from the house paper form scanner (key=value, legacy abbreviations)
    L.t(f"{iso_z(t)} FORMSCAN v3.2 form=INTAKE-SLH page=1 pt_nm=")
    L.p(nm(m, "LF"), "name"); L.t(" pt_dob="); L.p(dfmt(m["dob"], 1), "date"); L.t(" pt_ssn=")
    L.p(m["ssn"] if R.random() < 0.5 else m["ssn"].replace("-", ""), "ssn")
    L.t(" pt_addr1=\""); L.p(m["street"], "address"); L.t("\" pt_city="); L.p(m["city"].replace(" ", "_"), "address")
    L.t(f" pt_st={m['st']} pt_zip="); L.p(m["zip"], "zip"); L.t(" pt_tel="); L.p(fmt_phone(m["phone"], 4), "phone")
    L.t(" pt_email="); L.p(m["email"], "email")
    L.t(" dischg_dt="); L.p(dfmt(m["move_in"] - dt.timedelta(days=m["detox_gap"]), 3), "date")
    L.t(" ref_src=SJRMC_detox ocr_conf=0.9" + str(R.randint(1, 9)))
    return [L]


def p_interlock():
    m = mem()
    L = Line("interlock_json")
    tick()
    L.t("[interlock-webhook] ")
    emit_json(L, {"vendor": "LifeSafer", "event": R.choice(["ROLLING_RETEST_FAIL", "START_FAIL", "CIRCUMVENTION", "CALIBRATION_OK"]),
                  "device_sn": P(m["iid"], "device"), "vin": P(m["vin"], "vehicle"),
                  "plate": Seq('"', f"{m['st']} ", P(m["plate"], "vehicle"), '"'),
                  "client_ref": P(m["id"], "other_id"), "brac": round(R.uniform(0, 0.06), 3),
                  "gps": Seq('"', P(f"{geo(m, 0.05)[0]},{geo(m, 0.05)[1]}", "address"), '"'),
                  "event_time": iso_z(now())}, sep=(", ", ": "))
    return [L]


def p_facematch():
    m = mem()
    L = Line("phoenix")
    ex_prefix(L, "debug")
    v = R.randint(0, 2)
    if v == 0:
        L.t("[RedMesa.FaceMatch] rekognition CompareFaces member="); L.p(m["id"], "other_id")
        L.t(f" similarity={R.uniform(80, 99.9):.2f} source_key=s3://rm-checkin-photos/")
        L.p(m["id"], "other_id"); L.t(f"/{now().strftime('%Y%m%dT%H%M%S')}.jpg enrolled_face_id="); L.p(m["faceid"], "biometric")
    elif v == 1:
        L.t("[RedMesa.FaceMatch] local fallback embedding for "); L.p(m["crn"], "mrn"); L.t(" vec=")
        L.p(embedding(R.randint(8, 12)), "biometric"); L.t(f" … (512 dims) model=arcface_r50 score={R.uniform(0.5, 0.99):.3f}")
    else:
        L.t("[RedMesa.FaceMatch] low-confidence match queued for staff review ")
        emit_ex(L, {"member_id": P(int(m["id"]), "other_id"), "score": round(R.uniform(0.6, 0.84), 3),
                    "thumb": Seq('"data:image/jpeg;base64,', P(jpeg_b64(R.randint(36, 60)), "photo"), '" <> ...'),
                    "photo_sha256": hexs(64, False)}, atom_keys=True)
    return [L]


def p_genserver_crash():
    m = mem()
    out = []
    L = Line("elixir_crash")
    ex_prefix(L, "error", rid=False)
    L.t("GenServer RedMesa.Geofence.Tracker terminating")
    out.append(L)
    out.append(Line("elixir_crash").t("** (ArithmeticError) bad argument in arithmetic expression"))
    out.append(Line("elixir_crash").t("    (red_mesa 1.18.3) lib/red_mesa/geofence/haversine.ex:22: RedMesa.Geofence.Haversine.distance/2"))
    out.append(Line("elixir_crash").t("    (stdlib 5.2) gen_server.erl:1103: :gen_server.try_handle_cast/3"))
    lat, lng = geo(m)
    L = Line("elixir_crash")
    L.t('Last message: {:"$gen_cast", {:position, '); L.p(m["id"], "other_id"); L.t(", %{acc: 12.0, lat: nil, lng: ")
    L.p(lng, "address"); L.t(", serial: "); L.t('"'); L.p(m["serial"], "device"); L.t('"}}}')
    out.append(L)
    out.append(Line("elixir_crash").t(f"State: %{{members: {R.randint(120, 400)}, zone_cache: #Reference<0.{R.randint(1000, 9999)}.{R.randint(1000, 9999)}.1>, last_flush: {R.randint(1000, 99999)}}}"))
    return out


def p_liveview():
    m = mem()
    out = []
    L = Line("phoenix_liveview")
    ex_prefix(L, "debug", rid=False)
    L.t('HANDLE EVENT "approve_pass" in RedMesaWeb.HouseLive.Show')
    out.append(L)
    L = Line("phoenix_liveview")
    L.t("  Parameters: ")
    d = dt.date(2024, 3, R.randint(12, 17))
    emit_ex(L, {"member_id": P(m["id"], "other_id"),
                "reason": M(*R.choice([["AA meeting at St. Mary's 7pm"],
                                       ["court date ", P(dfmt(d, 1), "date")],
                                       ["family visit ", P(dfmt(d, 6), "date"), " with ", P(nm(m["fam"], "fl"), "name")],
                                       ["IOP intake at Presbyterian on ", P(dfmt(d, 4), "date")],
                                       ["ride to Shiprock with my ", m["fam"]["rel"], " ", P(nm(m["fam"], "f"), "name")]])),
                "return_by": "21:30"})
    out.append(L)
    L = Line("phoenix_liveview")
    L.t(ex_ts(tick(0, 1)) + f" [debug] Replied in {R.randint(200, 9000)}µs")
    out.append(L)
    return out


NOISE = [(n_phoenix, 8), (n_phoenix_boot, 5), (n_ecto, 5), (n_oban, 6), (n_redis, 6), (n_redis_monitor, 4),
         (n_rabbit, 6), (n_logcat, 7), (n_android_crash, 1), (n_ios, 6), (n_metrics, 6), (n_k8s, 4),
         (n_deploy, 3), (n_staff_contact, 6), (n_lookalike, 6), (n_error_noperson, 3), (n_chat_meta, 2)]
PHI = [(p_checkin_phoenix, 4), (p_ecto, 5), (p_oban_sms, 5), (p_redis_monitor, 6), (p_broadway, 4),
       (p_logcat_checkin, 4), (p_logcat_misc, 5), (p_ios, 7), (p_hl7, 3), (p_pdf, 3), (p_incident, 6),
       (p_chat, 6), (p_chat_export, 4), (p_court_xml, 4), (p_court_mail, 5), (p_geofence, 6), (p_twilio, 5),
       (p_family_nginx, 6), (p_family_audit, 5), (p_payment, 6), (p_x12, 2), (p_277, 3), (p_eligibility, 3),
       (p_intake, 3), (p_intake_form, 3), (p_interlock, 4), (p_facematch, 5), (p_genserver_crash, 1),
       (p_liveview, 3)]


def pick(table):
    tot = sum(w for _, w in table)
    x = R.uniform(0, tot)
    for f, w in table:
        x -= w
        if x <= 0:
            return f
    return table[-1][0]


FORCED = [lambda: p_family_audit(MEMBERS[5]), lambda: p_family_audit(MEMBERS[17]),
          lambda: p_chat(CHAT_MEMBER[5]), lambda: p_chat(CHAT_MEMBER[7]), lambda: p_payment(1, True),
          lambda: p_chat(CHAT_MEMBER[7]), lambda: p_payment(1, True),
          lambda: p_payment(3), p_intake, p_intake_form, p_hl7, p_interlock, p_ios, p_interlock, lambda: p_chat(CHAT_MEMBER[1])]


def main():
    lines = []
    forced = list(FORCED)
    forced_noise = [n_staging_card, n_android_crash, n_staging_card]
    caps = {p_x12: 2, p_hl7: 3, p_pdf: 4, n_android_crash: 1, p_genserver_crash: 1, n_incident_header: 1}
    used = {}
    # a few fixed openers
    lines += n_phoenix_boot() + n_redis() + n_rabbit()
    incident_header_done = False
    while len(lines) < N_LINES:
        rem = N_LINES - len(lines)
        noise = sum(1 for L in lines if not L.spans)
        want_noise = noise < 0.55 * (len(lines) + 1)
        table = NOISE if want_noise else PHI
        for _ in range(50):
            g = pick(table)
            if not want_noise and forced and R.random() < 0.12:
                g = forced.pop(0)
            if want_noise and forced_noise and R.random() < 0.02:
                g = forced_noise.pop(0)
            if g is p_incident and not incident_header_done:
                g = n_incident_header
                incident_header_done = True
            if g in caps and used.get(g, 0) >= caps[g]:
                continue
            got = g()
            if len(got) <= rem:
                used[g] = used.get(g, 0) + 1
                break
        else:
            got = (n_metrics() if want_noise else p_geofence())
        lines += got
    assert len(lines) == N_LINES
    out_log = os.path.join(HERE, f"{ID}.log")
    out_lab = os.path.join(HERE, f"{ID}.labels.jsonl")
    texts = []
    labels = []
    for i, L in enumerate(lines, 1):
        s = L.text()
        assert s and "\n" not in s and "\r" not in s, (i, s)
        b = s.encode("utf-8")
        prev = 0
        for (st, en, cat, val) in L.spans:
            assert b[st:en].decode("utf-8") == val, (i, st, en, val)
            assert st >= prev, (i, "overlap")
            prev = en
        texts.append(s)
        labels.append({"line": i, "family": L.family,
                       "spans": [{"s": st, "e": en, "cat": cat} for (st, en, cat, _v) in L.spans]})
    with open(out_log, "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(texts))
    with open(out_lab, "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(json.dumps(x, ensure_ascii=False) for x in labels) + "\n")
    # summary
    cats = {}
    fams = {}
    for x in labels:
        fams[x["family"]] = fams.get(x["family"], 0) + 1
        for sp in x["spans"]:
            cats[sp["cat"]] = cats.get(sp["cat"], 0) + 1
    nophi = sum(1 for x in labels if not x["spans"])
    print(f"lines={len(labels)} no_phi={nophi} ({100 * nophi / len(labels):.1f}%) families={len(fams)}")
    print("cats", dict(sorted(cats.items(), key=lambda kv: -kv[1])))
    print("families", dict(sorted(fams.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
