#!/usr/bin/env python3
"""gen_su.py - synthetic labeled log corpus "su".

Organisation: Piedra Larga Vineyards & Winery (PLV), Paso Robles, CA - the
log archive (SIEM export) of its seasonal harvest workforce health programme
"Cosecha Salud", plus the tasting room's guest incident module.  All people,
numbers and addresses are invented.

Writes su.log (500 lines) and su.labels.jsonl in the current directory.
Standard library only, fixed seed: two runs give byte-identical output.

Systems simulated (label "family" in brackets)
  1. [wbgt_logfmt]   Kestrel heat-stress station gateway, logfmt (WBGT, heat index)
  2. [heatwear_json] ThermoGuard wearable heat-strain monitors (worn by workers), JSON
  3. [crewapp_csv]   crew-lead tablet app: water / rest / shade / symptom log, CSV
  4. [hl7_oru]       Central Coast Reference Lab cholinesterase results, HL7 v2.5.1 ORU^R01
  5. [pur_kv]        pesticide use / REI tracker (applications, REI postings, entry blocks), key=value
  6. [housing_pipe]  H-2A housing system (check-in, beds, inspections, work orders, parking, photos), pipe
  7. [fleet_json]    crew-bus telematics (GPS pings, rider manifests), Samsara-style JSON
  8. [tasting_note]  tasting-room incident / ops notes, free text
  9. [x12_837]       occupational clinic 837P workers'-comp bills, one segment per line
 10. [froi_fixed]    IAIABC-style FROI/SROI fixed-width workers'-comp EDI rows
 11. [fhir]          occupational clinic FHIR R4 resources (Patient, Observation, Encounter, Condition)
 12. [nginx_access]  worker portal "mi-salud" access log (combined + extras)
 13. [sms_json]      SMS gateway callbacks (heat alerts, worker replies), JSON
 14. [syslog]        RFC3164 syslog: cron, sshd, postgres, postfix, dnsmasq (housing Wi-Fi), ufw
 15. [java_log]      claims-sync Spring Boot service log with stack traces
 16. [pgaudit]       PostgreSQL pgaudit session log of salud_db
 17. [teams_chat]    chat export (safety coordinator, RN, crew leads), JSON per message
 18. [pisp_xml]      pesticide illness report to county ag commissioner / DPR PISP, XML on one line
 19. [structlog]     cosecha-salud Python app, structlog JSON with ensure_ascii (\\u escapes)
 20. [iclock]        ZKTeco biometric time-clock ADMS push bridge (punches, users, fingerprints)

Labeling decisions (grey cases)
  * Persons served = seasonal/H-2A harvest workers enrolled in the health
    programme, their emergency contacts and household members, and tasting-room
    guests involved in incidents.  Their identifiers are PHI anywhere in this
    archive (it is the programme's archive), including timeclock, transport
    and housing records.
  * Staff acting in role are NOT PHI: crew leads/foremen, bus drivers, RN,
    physicians (NPI), safety coordinator, HR/claims staff, tasting-room staff,
    county inspectors, pesticide applicators/handlers named as the person who
    performed an application (their applicator cert number in a PUR record is
    not PHI).  The same handler's training-card number in a medical
    monitoring record (HL7/FHIR/structlog about his cholinesterase) IS PHI
    (`license`).
  * The line's own timestamp is not PHI (first field / "ts" / syslog header,
    the CSV row time, the HL7 MSH-7 time).  Other date/datetime fields about
    a person (birth, arrival in the U.S., injury, specimen collection, service,
    baseline draw, onset, punch time inside a time-clock body, REI entry of a
    named worker) are `date`, the whole value labeled.
  * Housing site address: in facility records (inspection, work orders) it is
    the organisation's site, not PHI.  When it is given as a worker's address
    in a record about him (837 N3/N4, PISP residence) it is `address`/`zip`.
    Room/bed codes are not labeled.  Mexican home addresses: street/colonia/
    municipio are `address`, the C.P. is `zip`; Mexican states not labeled.
  * Geocodes: "loc" of a worn wearable is `address` (one span for "lat,lon").
    Fixed WBGT stations' and crew buses' lat/lon are not PHI (organisation equipment).
  * Wearable serials: `device` when the record ties the unit to a worker
    (assigned/worn); dock/charging/inventory lines of pool units are not PHI.
    Housing Wi-Fi clients are residents: MAC = `device`, leased IP = `ip`,
    a first name inside the DHCP hostname = `name` (only the name part).
    Time-clock and gateway serials belong to the org: not PHI.
  * Worker badge "W-1xxxx", time-clock PIN, RFID card no., WC claim numbers,
    PISP/Cal-OSHA case numbers, lab specimen accession numbers = `other_id`.
    Lab placer order numbers, reservation and ticket numbers, DOL H-2A case
    and USCIS receipt numbers (employer's) are not PHI.
  * Clinic MRN and FHIR Patient logical id = `mrn` (only the id part of
    "Patient/xxx").  Medi-Cal CIN, employer plan member id, MBI = `health_plan`.
    837 CLM01 patient control no., HL7 PID-18 account, card numbers, bank
    account for comp indemnity direct deposit = `account` (routing no. not).
  * Passport numbers, U.S. visa foil numbers, driver's licences, pesticide
    handler training cards (when about the worker) = `license`.
  * ITINs are labeled `ssn`.  The FROI placeholder SSN 999999999 and
    000000000 are junk, not labeled.
  * First name alone (SMS greeting, chat, DHCP host) of a person served = `name`.
    HL7 "LAST^FIRST^M" and X12 "LAST*FIRST*M" are one `name` span each;
    FHIR family/given are separate JSON values, so separate spans.
  * Portal access log: the client IP is `ip` only when the line ties it to a
    worker (uid field or worker id in path); kube probes/monitors are not.
    Bare request paths: only the identifier inside is labeled; a full URL
    (scheme+host) containing a worker id is one `url` span.  Percent-encoded
    values are labeled on their encoded bytes; JSON \\u escapes likewise.
  * Ages labeled only when > 89.  Years alone not labeled.
  * Base64 badge photos = `photo` (base64 part only); fingerprint templates =
    `biometric`.
"""
import base64
import hashlib
import json
import random
import sys
import uuid
from datetime import datetime, timedelta, timezone
from urllib.parse import quote

SEED = 2024091701
R = random.Random(SEED)
N_LINES = 500
PDT = timezone(timedelta(hours=-7))


# ---------------------------------------------------------------- line builder
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.pos = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.pos += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        start = self.pos
        self.t(s)
        self.spans.append((start, self.pos, cat, s))
        return self

    def text(self):
        return "".join(self.buf)


class P:
    """A PHI value to be placed inside JSON."""

    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class M:
    """A JSON string made of plain and PHI pieces."""

    def __init__(self, *parts):
        self.parts = parts


def jesc(s, ascii_):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def J(line, obj, ascii_=False, sep=(",", ":")):
    if isinstance(obj, P):
        if isinstance(obj.v, str):
            line.t('"').p(jesc(obj.v, ascii_), obj.cat).t('"')
        else:
            line.p(json.dumps(obj.v), obj.cat)
    elif isinstance(obj, M):
        line.t('"')
        for part in obj.parts:
            if isinstance(part, P):
                line.p(jesc(part.v, ascii_), part.cat)
            else:
                line.t(jesc(part, ascii_))
        line.t('"')
    elif isinstance(obj, dict):
        line.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                line.t(sep[0])
            line.t(json.dumps(k, ensure_ascii=ascii_)).t(sep[1])
            J(line, v, ascii_, sep)
        line.t("}")
    elif isinstance(obj, list):
        line.t("[")
        for i, v in enumerate(obj):
            if i:
                line.t(sep[0])
            J(line, v, ascii_, sep)
        line.t("]")
    else:
        line.t(json.dumps(obj, ensure_ascii=ascii_))
    return line


# ---------------------------------------------------------------- checksums
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


def npi():
    body = "1" + "".join(R.choice("0123456789") for _ in range(8))
    return body + luhn_digit("80840" + body)


def card(valid=True):
    body = "4" + "".join(R.choice("0123456789") for _ in range(14))
    d = luhn_digit(body)
    if not valid:
        d = str((int(d) + 3) % 10)
    return body + d


def imei():
    body = "35" + "".join(R.choice("0123456789") for _ in range(12))
    return body + luhn_digit(body)


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(prefix, valid=True):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(prefix + "".join(R.choice(chars) for _ in range(17 - len(prefix))))
    v[9] = R.choice("KLMNPR")  # model year 2019-2024
    for k in range(11, 17):
        v[k] = R.choice("0123456789")
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    cd = "X" if s == 10 else str(s)
    if not valid:
        cd = "7" if cd != "7" else "3"
    v[8] = cd
    return "".join(v)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def itin():
    return "9%02d-%02d-%04d" % (R.randint(0, 99), R.choice([70, 71, 72, 78, 81, 83, 88, 90, 94]),
                                R.randint(1, 9999))


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    A, N = MBI_L, "0123456789"
    AN = A + N
    return (R.choice("123456789") + R.choice(A) + R.choice(AN) + R.choice(N) + R.choice(A)
            + R.choice(AN) + R.choice(N) + R.choice(A) + R.choice(A) + R.choice(N) + R.choice(N))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def b64blob(n, head=b""):
    return base64.b64encode(head + bytes(R.getrandbits(8) for _ in range(n))).decode()


def strip_acc(s):
    tr = str.maketrans("áéíóúÁÉÍÓÚñÑüÜ", "aeiouAEIOUnNuU")
    return s.translate(tr)


# ---------------------------------------------------------------- people
FIRST_M = ["Efraín", "Baltazar", "Raúl", "Juan Carlos", "Isidro", "Fortino", "Nicasio", "Eleuterio",
           "Jesús", "Crescencio", "Marcelino", "Delfino", "Ángel", "Librado", "Teodoro", "Rey",
           "Omar", "Ubaldo", "Cruz", "Santos", "Desmond", "Winston", "Thabo", "Jun", "Abelardo"]
FIRST_F = ["Rosa", "Luz", "Amparo", "Guadalupe", "Paz", "Inés", "Nieves", "María Elena", "Yesenia",
           "Josefina", "Esperanza", "Marisela", "Dulce", "Reina"]
LAST = ["Ramírez Soto", "Cruz Aquino", "López Mendoza", "García-López", "de la Cruz", "Santiago Bautista",
        "Hernández de León", "Paz", "Flores", "Nieves Ortiz", "Mendoza", "Blanco", "Sierra Vidal",
        "Tapia Ruiz", "Villalobos", "Chávez-Olmos", "Morales Pérez", "Rey", "Campos", "Bautista Feliciano",
        "Ventura", "Luna", "Rosales", "Espinoza Reyes", "Ortega y Gasca", "Brown-Campbell", "Mokoena",
        "dela Peña", "Salinas", "Vásquez", "Castro de Santiago", "Pacheco", "Montes", "Guzmán Lara"]
MX_PLACES = [("San Juan Mixtepec", "Oaxaca", "69950"), ("Santiago Juxtlahuaca", "Oaxaca", "69700"),
             ("Tlapa de Comonfort", "Guerrero", "41304"), ("Cherán", "Michoacán", "60270"),
             ("Acámbaro", "Guanajuato", "38600"), ("Papantla", "Veracruz", "93400"),
             ("Comitán de Domínguez", "Chiapas", "30000"), ("San Martín Peras", "Oaxaca", "69980"),
             ("Zinapécuaro", "Michoacán", "58930"), ("Huajuapan de León", "Oaxaca", "69000")]
MX_AREA = {"Oaxaca": "951", "Guerrero": "757", "Michoacán": "443", "Guanajuato": "417",
           "Veracruz": "784", "Chiapas": "963"}
MX_STREETS = ["Calle Benito Juárez {n}", "Av. Independencia {n}-B", "Privada de los Pinos {n}",
              "Calle 5 de Mayo s/n", "Calle Morelos {n}", "Callejón del Sol {n}", "Av. Hidalgo {n}"]
COLONIAS = ["Col. Centro", "Barrio San Antonio", "Col. Emiliano Zapata", "Sección Segunda",
            "Barrio de la Soledad", "Col. Linda Vista"]
US_ADDR = [("1421 Spring St Apt 6", "Paso Robles", "93446"), ("318 N 6th St", "King City", "93930"),
           ("2210 Almond Dr", "Atascadero", "93422"), ("91 Calle Cielo", "Greenfield", "93927"),
           ("Lot 14, 5600 Cross Canyons Rd", "San Miguel", "93451"), ("47 Oak St #B", "Shandon", "93461")]
HOUSING = ("3300 Linne Rd", "Paso Robles", "93446")
CREWS = ["CR-01", "CR-02", "CR-03", "CR-04", "CR-05", "CR-07"]
BLOCKS = ["B03-Zinfandel", "B07-CabSauv", "B12-Syrah", "B14-Grenache", "B18-Mourvedre", "B21-Petite-Sirah",
          "B25-Tempranillo", "B09-Viognier"]


def dob(y0, y1):
    d = datetime(y0, 1, 1) + timedelta(days=R.randint(0, (y1 - y0) * 365))
    return d.date()


def mx_phone(state):
    a = MX_AREA.get(state, "951")
    return "+52 %s %s %s" % (a, digits(3), digits(4))


def us_phone():
    return "(%s) %s-%s" % (R.choice(["805", "559", "661", "831", "209"]), R.choice("2345678") + digits(2),
                           digits(4))


class Worker:
    pass


def make_worker(i):
    w = Worker()
    w.badge = "W-1%04d" % (400 + i * 7 + R.randint(0, 6))
    w.pin = w.badge[2:]
    female = R.random() < 0.22
    w.sex = "F" if female else "M"
    w.first = R.choice(FIRST_F if female else FIRST_M)
    w.mi = R.choice("ABCDEFGJMRST") if R.random() < 0.4 else ""
    w.last = LAST[i % len(LAST)] if i < len(LAST) else R.choice(LAST)
    w.h2a = R.random() < 0.75
    w.dob = dob(1966, 2004)
    muni, state, cp = R.choice(MX_PLACES)
    w.mx = (R.choice(MX_STREETS).format(n=R.randint(2, 240)), R.choice(COLONIAS), muni, state, cp)
    w.us = HOUSING if w.h2a else R.choice(US_ADDR)
    w.phone = mx_phone(state) if (w.h2a and R.random() < 0.6) else us_phone()
    w.email = None
    if R.random() < 0.45:
        w.email = "%s.%s%d@%s" % (strip_acc(w.first.split()[0]).lower(),
                                  strip_acc(w.last.split()[0]).lower().replace("-", ""),
                                  R.randint(1, 99), R.choice(["gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.com"]))
    w.passport = R.choice("GN") + digits(8)
    w.visa = digits(8)
    w.arr = datetime(2024, 8, R.randint(1, 31)).date()
    w.ssn = ssn() if (not w.h2a or R.random() < 0.5) else (itin() if R.random() < 0.5 else None)
    w.mrn = "OM%06d" % R.randint(100000, 999999)
    w.fhir_id = "pt-%d" % R.randint(1000, 9999)
    w.acct = "A%02d%05d" % (24, R.randint(10000, 99999))
    w.wear = "TG4-%s" % hexs(8).upper()
    w.imei = imei()
    w.mac = "%s:%s" % (R.choice(["a4:5e:60", "f8:04:2e", "3c:28:6d", "d0:c2:4e", "8c:79:f5"]),
                       ":".join(hexs(2) for _ in range(3)))
    w.crew = R.choice(CREWS)
    rel = R.choice(["esposa", "madre", "hermano", "padre", "hija", "esposo" if female else "tío"])
    w.ec_rel = rel
    w.ec_name = "%s %s" % (R.choice(FIRST_F if rel in ("esposa", "madre", "hija") else FIRST_M), R.choice(LAST))
    w.ec_phone = mx_phone(state) if w.h2a else us_phone()
    w.medical = None if w.h2a else "9%07d%s" % (R.randint(0, 9999999), R.choice("ABCDEFGHJ"))
    w.handler = "PHT-24-%05d" % R.randint(10000, 99999) if R.random() < 0.35 else None
    w.card = "00%08d" % R.randint(10000000, 99999999)
    w.dl = ("D%07d" % R.randint(0, 9999999)) if not w.h2a else None
    w.plate = None
    if R.random() < 0.25:
        w.plate = "%d%s%03d" % (R.randint(5, 9), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)),
                                R.randint(0, 999))
        w.vin = vin(R.choice(["1N4AL3AP", "3N1AB7AP", "1FTEW1EP", "5NPE24AF", "1HGCR2F3"]),
                    valid=R.random() < 0.85)
    w.claim = "WC24-%06d" % R.randint(100000, 199999)
    w.host = R.choice(["Galaxy-A14-de-{n}", "{n}-iPhone", "moto-g-{n}", "Redmi-Note-12-{n}"])
    w.bal_date = datetime(2024, R.choice([4, 5, 6]), R.randint(1, 28)).date()
    return w


def display(w, style):
    f, l = w.first, w.last
    if style == "LF":
        return "%s, %s" % (l, f)
    if style == "FL":
        return "%s %s" % (f, l)
    if style == "LFU":
        return ("%s, %s" % (l, f)).upper()
    if style == "ascii":
        return strip_acc("%s %s" % (f, l))
    if style == "FML":
        return "%s %s. %s" % (f, w.mi, l) if w.mi else "%s %s" % (f, l)
    return f


WORKERS = [make_worker(i) for i in range(44)]


class Guest:
    pass


G_NAMES = ["Harriet Okonkwo-Bell", "Graham Rose", "Mei-Ling Faulkner", "Dolores Winter", "Sunny Baker",
           "Bertrand Van der Berg", "Priya Castellanos-Hart", "Hope Marsh", "Augustin Lefebvre",
           "Nkechi Summers", "Walter Grant Jr.", "Siobhán McCarthy", "Ofelia Brooks", "Tadeusz Kowalczyk"]
G_CITIES = [("4410 Alameda de las Pulgas", "Menlo Park", "94025"), ("88 Vista Del Mar", "Pismo Beach", "93449"),
            ("1907 Hermosa Ave", "Fresno", "93704"), ("612 W 3rd St Unit 5", "Los Angeles", "90013"),
            ("27 Crestview Ln", "Morro Bay", "93442"), ("350 Bay St Apt 1204", "San Francisco", "94133")]


def make_guest(i):
    g = Guest()
    g.name = G_NAMES[i]
    old = i in (0, 3, 10)
    g.dob = dob(1929, 1934) if old else dob(1950, 1999)
    g.age = 2024 - g.dob.year - (1 if (g.dob.month, g.dob.day) > (9, 17) else 0)
    g.phone = us_phone() if R.random() < 0.7 else "(%s) %s-%s" % (R.choice(["415", "310", "916", "702"]),
                                                                     R.choice("2345678") + digits(2), digits(4))
    fn = strip_acc(g.name.split()[0]).lower()
    ln = strip_acc(g.name.split()[-1]).lower().replace("-", "").replace(".", "")
    g.email = "%s.%s@%s" % (fn, ln[:6], R.choice(["sbcglobal.net", "gmail.com", "icloud.com", "comcast.net"]))
    g.dl = R.choice(["B", "C", "D", "F", "Y"]) + digits(7)
    g.addr = R.choice(G_CITIES)
    g.card = card(valid=(i != 5))
    g.mbi = mbi()
    g.res = "T-%d" % R.randint(80000, 99999)
    g.fax = "(%s) 555-%s" % (R.choice(["415", "650"]), digits(4)) if i in (3, 8) else None
    return g


GUESTS = [make_guest(i) for i in range(len(G_NAMES))]

STAFF = {"leads": ["J. Ventura", "Rogelio Tapia", "Maricruz Beltrán", "Anselmo Quintero", "Leticia Paz", "Ezequiel Rosas"],
         "rn": "Teresa Albright-Nakamura, RN", "md": ("OKAFOR", "SAMUEL"), "md2": ("LINDQVIST", "KAREN"),
         "safety": "Marisol Etxeberria", "hr": "Dana Whitlock", "trmgr": "Devon Castellano",
         "drivers": ["Rogelio Tapia", "Hilario Benítez", "Pete Sorensen"],
         "applicators": [("H. Delgado", "QAC-148822"), ("C. Moreno", "QAC-151904"), ("B. Ostrowski", "QAL-139077")]}
NPI_MD = npi()
NPI_MD2 = npi()
NPI_CLINIC = npi()
BUSES = [("BUS-03", vin("1FBAX2CM")), ("BUS-07", vin("1FBAX2CM")), ("VAN-11", vin("1FBZX2ZM")),
         ("BUS-09", vin("1GB3GRBG"))]
STATIONS = ["KST5400-2291374", "KST5400-2291388", "KST5400-2304410", "KST5400-2304457"]
DOCK_UNITS = ["TG4-%s" % hexs(8).upper() for _ in range(6)]
ICLOCK_SN = ["CKJ5201960123", "CKJ5201960188"]


# ---------------------------------------------------------------- time helpers
T0 = datetime(2024, 9, 17, 4, 48, 11, tzinfo=PDT)


def iso_z(t):
    return t.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def iso_l(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S-07:00")


def sysl(t):
    return t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")


def clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0700")


def hl7ts(t):
    return t.strftime("%Y%m%d%H%M%S")


def pick_w():
    return R.choice(WORKERS)


def fdate(d, style):
    return {"iso": d.strftime("%Y-%m-%d"), "us": d.strftime("%m/%d/%Y"), "mx": d.strftime("%d/%m/%Y"),
            "d8": d.strftime("%Y%m%d"), "dmy": d.strftime("%d-%b-%Y").upper()}[style]


# ---------------------------------------------------------------- generators
def g_wbgt(t):
    st = R.choice(STATIONS)
    hour = t.hour
    base = 58 + max(0, hour - 5) * 2.6
    wbgt = round(base + R.uniform(-2, 3), 1)
    ta = round(wbgt + R.uniform(9, 14), 1)
    L = Line("wbgt_logfmt")
    L.t("ts=%s level=%s src=kestrel-link gw=LINK-GW-0%d station=%s block=%s lat=35.%04d lon=-120.%04d "
        "wbgt_f=%.1f ta_f=%.1f rh=%.1f ws_mph=%.1f hi_f=%d fw=1.4.12 batt=%d"
        % (iso_z(t), "warn" if ta >= 95 else "info", R.randint(1, 3), st, R.choice(BLOCKS),
           R.randint(6200, 6500), R.randint(7300, 7700), wbgt, ta, R.uniform(14, 45), R.uniform(0, 9),
           int(ta + R.uniform(-3, 2)), R.randint(30, 100)))
    if ta >= 95:
        L.t(' msg="high-heat procedures in effect (T8 CCR 3395(e)) notify=crew-leads"')
    return [L]


def g_heatwear(t):
    if R.random() < 0.25:
        L = Line("heatwear_json")
        J(L, {"ts": iso_z(t), "svc": "thermoguard-dock", "dock": "DOCK-%s" % R.choice("ABC"),
              "slot": R.randint(1, 12), "device_sn": R.choice(DOCK_UNITS),
              "event": R.choice(["charging", "fw_update_ok", "unassigned", "sanitized"]),
              "batt": R.randint(5, 100), "fw": "3.2.7"})
        return [L]
    w = pick_w()
    core = round(R.uniform(37.1, 39.3), 1)
    alert = "RED" if core >= 38.9 else ("AMBER" if core >= 38.4 else "NONE")
    L = Line("heatwear_json")
    J(L, {"ts": iso_z(t), "svc": "thermoguard-ingest", "msg_id": uid(), "device_sn": P(w.wear, "device"),
          "assigned_to": P(w.badge, "other_id"), "crew": w.crew, "est_core_c": core,
          "hr_bpm": R.randint(88, 158), "skin_c": round(R.uniform(33.5, 36.8), 1),
          "strain_idx": round(R.uniform(1.5, 8.9), 1),
          "loc": P("35.%05d,-120.%05d" % (R.randint(62000, 65000), R.randint(73000, 77000)), "address"),
          "alert": alert, "fw": "3.2.7"})
    return [L]


def g_crewapp(t):
    L = Line("crewapp_csv")
    lead = R.choice(STAFF["leads"])
    ts = t.strftime("%Y-%m-%d %H:%M:%S")
    if R.random() < 0.35:
        L.t('%s,%s,%s,,,%s,%d,,,"%s"' % (ts, R.choice(CREWS), lead,
                                          R.choice(["PRE_SHIFT_MEETING", "WATER_RESUPPLY", "SHADE_SETUP", "COOL_DOWN_ALL"]),
                                          R.choice([5, 10, 15]),
                                          R.choice(["topic=heat illness prevention; headcount=%d" % R.randint(12, 30),
                                                    "jugs=6x5gal; cups=200",
                                                    "canopy 10x20 at row 41; ground temp 104F",
                                                    "WBGT 86; mandatory 10 min every 2 h"])))
        return [L]
    w = pick_w()
    ev = R.choice(["SHADE_REST", "WATER", "SHADE_REST", "SYMPTOM", "ACCLIMATIZATION_CHECK"])
    L.t("%s,%s,%s," % (ts, w.crew, lead)).p(w.badge, "other_id").t(',"').p(display(w, "LF"), "name").t('",')
    if ev == "SYMPTOM":
        L.t('SYMPTOM,0,1,"%s","%s"' % (R.choice(["mareo;calambres", "dolor de cabeza", "nausea;sudor excesivo",
                                                   "cramps legs"]),
                                         R.choice(["acompañado a carpa de sombra; llamado RN",
                                                   "cooled with ice towels, obs 15 min",
                                                   "sent to first aid trailer"])))
    elif ev == "ACCLIMATIZATION_CHECK":
        L.t('ACCLIMATIZATION_CHECK,0,,,"day %d of 14; close observation"' % R.randint(1, 14))
    else:
        L.t('%s,%d,%d,ninguno,' % (ev, R.choice([5, 10, 15]), R.randint(1, 4)))
    return [L]


def g_hl7(t):
    w = pick_w()
    ctrl = "CCRL%s%05d" % (t.strftime("%y%m%d"), R.randint(0, 99999))
    order = "PLV-CH-%06d" % R.randint(100, 9999)
    acc = "CCRL-24-%07d" % R.randint(1000000, 9999999)
    coll = (t - timedelta(days=1, hours=R.randint(1, 6))).replace(minute=R.randint(0, 59))
    lines = []
    L = Line("hl7_oru")
    L.t("MSH|^~\\&|CCRL-LIS|CCRL|COSECHA-SALUD|PLV|%s||ORU^R01^ORU_R01|%s|P|2.5.1|||AL|NE" % (hl7ts(t), ctrl))
    lines.append(L)
    L = Line("hl7_oru")
    L.t("PID|1||").p(w.mrn, "mrn").t("^^^TAOC^MR")
    if w.handler:
        L.t("~").p(w.handler, "license").t("^^^CADPR^PHT")
    L.t("||").p(strip_acc("%s^%s^%s" % (w.last, w.first, w.mi)).upper().rstrip("^"), "name")
    L.t("||").p(fdate(w.dob, "d8"), "date").t("|%s|||" % w.sex)
    if w.h2a:
        a = w.mx
        L.p(strip_acc("%s^%s^%s" % (a[0], a[1], a[2])).upper(), "address").t("^%s^" % strip_acc(a[3])[:3].upper())
        L.p(a[4], "zip").t("^MEX")
    else:
        a = w.us
        L.p(("%s^^%s" % (a[0], a[1])).upper(), "address").t("^CA^").p(a[2], "zip").t("^USA")
    L.t("||").p(w.phone.replace(" ", "").replace("(", "").replace(")", "").replace("-", ""), "phone")
    L.t("|||||").p(w.acct, "account")
    lines.append(L)
    L = Line("hl7_oru")
    L.t("PV1|1|O|OCCMED^^^TAOC||||%s^%s^%s^^^DR^^^NPI|||||||||||||||||||||||||||||||||||||%s" % (
        NPI_MD, STAFF["md"][0], STAFF["md"][1], hl7ts(coll)))
    lines.append(L)
    L = Line("hl7_oru")
    L.t("ORC|RE|%s|" % order).p(acc, "other_id").t("||CM||||%s" % hl7ts(t))
    lines.append(L)
    L = Line("hl7_oru")
    L.t("OBR|1|%s|" % order).p(acc, "other_id").t("|CHOLP^Cholinesterase monitoring panel^L|||")
    L.p(hl7ts(coll)[:12], "date").t("|||||||||%s^%s^%s|||||||%s||CH|F" % (NPI_MD, STAFF["md"][0], STAFF["md"][1],
                                                                           hl7ts(t)[:12]))
    lines.append(L)
    rbc = round(R.uniform(22, 40), 1)
    pl = round(R.uniform(2.1, 6.5), 2)
    prbc = R.randint(62, 104)
    ppl = R.randint(55, 108)
    for i, (code, nm, val, unit, rng, flag) in enumerate([
            ("RBCACHE", "RBC Acetylcholinesterase", rbc, "U/g Hb", "28.0-42.0", "L" if rbc < 28 else "N"),
            ("PLCHE", "Plasma Cholinesterase", pl, "U/mL", "2.90-7.10", "L" if pl < 2.9 else "N"),
            ("RBCPCTB", "RBC AChE percent of baseline", prbc, "%", ">70", "L" if prbc <= 70 else "N"),
            ("PLPCTB", "Plasma ChE percent of baseline", ppl, "%", ">60", "L" if ppl <= 60 else "N")], 1):
        L = Line("hl7_oru")
        L.t("OBX|%d|NM|%s^%s^L||%s|%s|%s|%s|||F" % (i, code, nm, val, unit, rng, flag))
        lines.append(L)
    L = Line("hl7_oru")
    L.t("NTE|1|L|Baseline drawn ").p(fdate(w.bal_date, "iso"), "date")
    if prbc <= 70:
        L.t(". RBC AChE <=70% of baseline: remove from OP/carbamate handling per T3 CCR 6728; repeat in 2 wk.")
    else:
        L.t(". No work-practice change required.")
    lines.append(L)
    return lines


PRODUCTS = [("Imidan 70-W", "10163-169", "phosmet", 14 * 24, True), ("Lannate SP", "352-342", "methomyl", 48, True),
            ("Luna Experience", "264-1090", "fluopyram+tebuconazole", 12, False),
            ("Microthiol Disperss", "70506-187", "sulfur", 24, False), ("Movento", "264-1050", "spirotetramat", 24, False)]


def g_pur(t):
    L = Line("pur_kv")
    host = "host=agsync-01 app=pur-tracker"
    r = R.random()
    if r < 0.55:
        prod = R.choice(PRODUCTS)
        app, cert = R.choice(STAFF["applicators"])
        L.t('%s %s event=APPLICATION permit=40-24-400%04d site_id=%s acres=%.1f product="%s" epa_reg=%s ai=%s '
            'method=airblast applicator="%s" cert=%s rei_h=%d rei_end=%s posted=Y wind_mph=%d op_carb=%s'
            % (iso_l(t), host, R.randint(1000, 9999), R.choice(BLOCKS), R.uniform(3, 22), prod[0], prod[1], prod[2],
               app, cert, prod[3], (t + timedelta(hours=prod[3])).strftime("%Y-%m-%dT%H:%M"), R.randint(0, 8),
               "Y" if prod[4] else "N"))
    elif r < 0.75:
        L.t("%s %s event=REI_POSTING site_id=%s signs=%d sign_lot=SGN-%s checked_by=\"%s\" status=%s"
            % (iso_l(t), host, R.choice(BLOCKS), R.randint(4, 12), digits(5), R.choice(STAFF["leads"]),
               R.choice(["POSTED", "REMOVED", "POSTED"])))
    else:
        w = pick_w()
        L.t("%s %s event=REI_ENTRY_BLOCKED site_id=%s badge=" % (iso_l(t), host, R.choice(BLOCKS)))
        L.p(w.badge, "other_id").t(" attempted=").p((t - timedelta(minutes=R.randint(1, 9))).strftime("%Y-%m-%dT%H:%M"),
                                                    "date")
        L.t(" rei_remaining_h=%d gate=G%d action=DENY notify=%s" % (R.randint(1, 40), R.randint(1, 6),
                                                                    "safety@piedralarga.com"))
    return [L]


def g_housing(t):
    L = Line("housing_pipe")
    ts = iso_l(t)
    r = R.random()
    bld, rm = R.choice("ABCDE"), "%02d" % R.randint(1, 14)
    if r < 0.3:
        w = pick_w()
        L.t("HSG|%s|CHECKIN|RLE|%s|%s|B%d|" % (ts, bld, rm, R.randint(1, 4))).p(w.badge, "other_id").t("|")
        L.p(strip_acc(display(w, "LFU")), "name").t("|nat=MEX|ppt=").p(w.passport, "license")
        L.t("|visa=").p(w.visa, "license").t("|arr=").p(fdate(w.arr, "iso"), "date")
        L.t("|ec=").p(w.ec_name, "name").t(" (%s) " % w.ec_rel).p(w.ec_phone, "phone")
    elif r < 0.5:
        L.t("HSG|%s|INSPECT|RLE|%s||||||occ=%d/52|permit=HSG-SLO-0412|h2a_case=H-300-24198-512340|"
            "result=%s|inspector=K. Whitcombe (SLO County EHS)|site=%s, %s, CA %s"
            % (ts, bld, R.randint(40, 52), R.choice(["PASS", "PASS", "CORRECT_14D"]), HOUSING[0], HOUSING[1], HOUSING[2]))
    elif r < 0.72:
        L.t("HSG|%s|WORKORDER|RLE|%s|%s|||||wo=WO-24-%04d|issue=%s|prio=%s|vendor=%s" % (
            ts, bld, rm, R.randint(1000, 1999),
            R.choice(["swamp cooler not running temp_f=88", "water heater pilot out", "screen door torn",
                      "GFCI tripped kitchen 2", "potable water test due (coliform)"]),
            R.choice(["HIGH", "MED", "LOW"]), R.choice(["Valley HVAC Inc", "in-house", "Mid-Coast Plumbing"])))
    elif r < 0.85:
        ws = [w for w in WORKERS if w.plate]
        w = R.choice(ws)
        L.t("HSG|%s|PARKING|RLE||||" % ts).p(w.badge, "other_id").t("|").p(strip_acc(display(w, "LFU")), "name")
        L.t("|plate=CA ").p(w.plate, "vehicle").t("|vin=").p(w.vin, "vehicle").t("|permit=P-%03d|exp=2024-11-30"
                                                                                  % R.randint(1, 80))
    else:
        w = pick_w()
        L.t("HSG|%s|PHOTO|RLE||||" % ts).p(w.badge, "other_id").t("|cam=kiosk-2|w=480|h=640|img=data:image/jpeg;base64,")
        L.p(b64blob(150, b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00"), "photo")
        L.t("...(%d bytes truncated)" % R.randint(30000, 60000))
    return [L]


def g_fleet(t):
    bus, bvin = R.choice(BUSES)
    L = Line("fleet_json")
    if R.random() < 0.55:
        J(L, {"time": iso_z(t), "vehicle": {"id": "2814749774%05d" % R.randint(0, 99999), "name": bus, "vin": bvin},
              "event": "gps", "lat": round(R.uniform(35.58, 35.70), 5), "lon": round(R.uniform(-120.80, -120.62), 5),
              "speedMph": R.randint(0, 52), "engineState": "On",
              "driver": {"name": R.choice(STAFF["drivers"]), "id": "drv-%d" % R.randint(10, 19)}})
        return [L]
    riders = R.sample(WORKERS, R.randint(1, 3))
    J(L, {"time": iso_z(t), "vehicle": {"name": bus}, "event": "manifest.boarded",
          "stop": R.choice(["RLE Camp Gate", "Block 14 staging", "Shop yard", "Templeton clinic"]),
          "riders": [{"badge": P(w.badge, "other_id"), "name": P(display(w, "FL"), "name")} for w in riders],
          "count": len(riders), "seatbelt_ok": True, "driver": {"name": R.choice(STAFF["drivers"])}})
    return [L]


def g_tasting(t):
    L = Line("tasting_note")
    ts = t.strftime("[%Y-%m-%d %H:%M]")
    if R.random() < 0.4 or t.hour < 10:
        L.t("%s TR-OPS | %s" % (ts, R.choice([
            "Flight reset; 2021 Estate Grenache (SKU PLV-GR21-750, lot L21-114) opened bottle oxidized, 3 btl pulled.",
            "Club pickup batch CLB-0924 at %d%%; 41 orders remaining, call 805-555-0143 for overflow." % R.randint(40, 90),
            "Terrace closed 14:00-16:00 per heat plan; misters on; staff hydration check by Devon Castellano.",
            "POS terminal TR-POS-2 offline 3 min; Square receipt ord #%s re-sent." % hexs(10).upper(),
            "Tour group Wine Trails Tours (bus 22 pax) arrived; res T-%d." % R.randint(80000, 99999),
            "Sulfite allergen card reprinted (v3). First-aid kit restocked: EpiPen lot 3FA112, exp 2025-06."])))
        return [L]
    g = R.choices(GUESTS, [4 if x.age > 89 else 1 for x in GUESTS])[0]
    kind = R.choice(["slip", "allergy", "intox", "sting", "syncope"])
    L.t("%s TR-INC-%04d | %s | Reported by: %s (TR Mgr) | Guest: " % (
        ts, R.randint(150, 260), R.choice(["Terrace", "Barrel room", "Picnic lawn", "Bar"]), STAFF["trmgr"]))
    L.p(g.name, "name").t(", DOB ").p(fdate(g.dob, "us"), "date")
    if g.age > 89:
        L.t(" (age ").p(str(g.age), "age").t(")")
    else:
        L.t(" (age %d)" % g.age)
    L.t(", ph ").p(g.phone, "phone").t(" | ")
    if kind == "slip":
        L.t("Slipped on wet step near barrel room, L wrist pain. Ice applied, declined EMS. Follow-up email ")
        L.p(g.email, "email").t(". Res# %s party of %d." % (g.res, R.randint(2, 6)))
    elif kind == "allergy":
        L.t("Hives + throat tightness after cheese pairing; guest used own EpiPen, CAL FIRE Medic 31 transported to "
            "Twin Cities Community Hospital. Home: ")
        L.p("%s, %s" % (g.addr[0], g.addr[1]), "address").t(" CA ").p(g.addr[2], "zip").t(".")
    elif kind == "intox":
        L.t("Visibly intoxicated, service stopped. ID scanned: CA DL ").p(g.dl, "license")
        L.t(". Rideshare arranged; tab closed on card ").p(g.card, "account").t(" (manual key, reader down).")
    elif kind == "sting":
        L.t("Bee sting R forearm on picnic lawn, stinger removed, cold pack, no reaction after 20 min obs. ")
        if g.fax:
            L.t("Requests incident copy by fax ").p(g.fax, "fax").t(".")
        else:
            L.t("Copy of report to ").p(g.email, "email").t(".")
    else:
        L.t("Felt faint in sun during outdoor tasting, moved to AC lounge, water/electrolytes, recovered. "
            "Liability carrier Sec.111 query sent, MBI ").p(g.mbi, "health_plan").t(".")
    return [L]


def g_x12(t):
    w = pick_w()
    ctl = "%09d" % R.randint(4000, 4999)
    gs = str(int(ctl))
    d = t.strftime("%Y%m%d")
    doi = (t - timedelta(days=R.randint(1, 9))).date()
    segs = []

    def S(s=None):
        L = Line("x12_837")
        if s is not None:
            L.t(s)
        segs.append(L)
        return L

    S("ISA*00*          *00*          *ZZ*TAOCCMED       *ZZ*CCWCMUTUAL     *%s*%s*^*00501*%s*0*P*:~"
      % (t.strftime("%y%m%d"), t.strftime("%H%M"), ctl))
    S("GS*HC*TAOCCMED*CCWCMUTUAL*%s*%s*%s*X*005010X222A1~" % (d, t.strftime("%H%M"), gs))
    S("ST*837*0001*005010X222A1~")
    S("BHT*0019*00*TAO%s-%04d*%s*%s*CH~" % (t.strftime("%y%m%d"), R.randint(1, 999), d, t.strftime("%H%M")))
    S("NM1*41*2*TEMPLETON AGHEALTH OCCUPATIONAL CLINIC*****46*TAOC01~")
    S("PER*IC*BILLING OFFICE*TE*8055550178*FX*8055550179~")
    S("NM1*40*2*CENTRAL COAST WC MUTUAL*****46*CCWCM~")
    S("HL*1**20*1~")
    S("NM1*85*2*TEMPLETON AGHEALTH OCCUPATIONAL CLINIC*****XX*%s~" % NPI_CLINIC)
    S("N3*1450 LAS TABLAS RD STE 3~")
    S("N4*TEMPLETON*CA*934659701~")
    S("REF*EI*771234567~")
    S("HL*2*1*22*0~")
    S("SBR*P*******WC~")
    S("NM1*IL*2*PIEDRA LARGA VINEYARDS LLC*****FI*770455812~")
    S("NM1*PR*2*CENTRAL COAST WC MUTUAL*****PI*CCWCM~")
    S().t("REF*Y4*").p(w.claim, "other_id").t("~")
    S("HL*3*2*23*0~")
    S("PAT*20~")
    S().t("NM1*QC*1*").p(strip_acc("%s*%s" % (w.last, w.first)).upper() + ("*" + w.mi if w.mi else ""), "name").t("~")
    a = w.us
    S().t("N3*").p(a[0].upper() + (" BLDG C" if a is HOUSING else ""), "address").t("~")
    S().t("N4*").p(a[1].upper(), "address").t("*CA*").p(a[2], "zip").t("~")
    S().t("DMG*D8*").p(fdate(w.dob, "d8"), "date").t("*%s~" % w.sex)
    if w.ssn and not w.ssn.startswith("9"):
        S().t("REF*SY*").p(w.ssn.replace("-", ""), "ssn").t("~")
    amt = [(R.choice(["99203", "99213"]), R.choice([185, 142])), ("96360", 96), ("J7050", 38), ("80053", 44)]
    amt = amt[:R.randint(2, 4)]
    S().t("CLM*").p("PLV%s%02d" % (t.strftime("%y%m%d"), R.randint(1, 99)), "account").t(
        "*%.2f***11:B:1*Y*A*Y*Y*EM~" % sum(a_[1] for a_ in amt))
    S().t("DTP*439*D8*").p(fdate(doi, "d8"), "date").t("~")
    dx = R.choice(["T675XXA", "T6701XA", "T672XXA", "T600X1A"])
    S("HI*ABK:%s*ABN:X30XXXA~" % dx if dx != "T600X1A" else "HI*ABK:T600X1A~")
    S("NM1*82*1*%s*%s****XX*%s~" % (STAFF["md"][0], STAFF["md"][1], NPI_MD))
    for i, (cpt, c) in enumerate(amt, 1):
        S("LX*%d~" % i)
        S("SV1*HC:%s*%d*UN*1***1~" % (cpt, c))
        S().t("DTP*472*D8*").p(fdate(doi, "d8"), "date").t("~")
    n = len(segs) - 2 + 1
    S("SE*%d*0001~" % n)
    S("GE*1*%s~" % gs)
    S("IEA*1*%s~" % ctl)
    return segs


def fw(s, n):
    s = str(s)
    return (s + " " * n)[:n]


def g_froi(t):
    lines = []
    L = Line("froi_fixed")
    L.t("HD1" + fw("PLVCLAIMS", 15) + fw("CAWCIS", 15) + t.strftime("%Y%m%d%H%M%S") + fw("148", 8) + "T")
    lines.append(L)
    for w in R.sample(WORKERS, R.randint(1, 3)):
        L = Line("froi_fixed")
        if R.random() < 0.6:
            doi = (t - timedelta(days=R.randint(1, 12))).date()
            L.t("FROI" + "00" + "CA").p(w.claim, "other_id").t(" " * (15 - len(w.claim)))
            s = w.ssn.replace("-", "") if w.ssn else None
            if s:
                L.p(s, "ssn")
            else:
                L.t(R.choice(["999999999", "000000000"]))
            last, first = strip_acc(w.last).upper(), strip_acc(w.first).upper()
            L.p(last[:20], "name").t(" " * (20 - len(last[:20])))
            L.p(first[:15], "name").t(" " * (15 - len(first[:15])))
            L.t(fw(w.mi, 1)).p(fdate(w.dob, "d8"), "date").p(fdate(doi, "d8"), "date")
            L.t(fw(R.choice(["53", "52", "68", "40"]), 2) + fw(R.choice(["90", "31", "42", "66"]), 2)
                + fw(R.choice(["84", "81", "56", "97"]), 2) + "770455812" + t.strftime("%Y%m%d")
                + ("H2A" if w.h2a else "   "))
        else:
            L.t("SROI" + "IP" + "CA").p(w.claim, "other_id").t(" " * (15 - len(w.claim)))
            L.t("050" + "%011.2f" % R.uniform(300, 1400) + t.strftime("%Y%m%d") + "DD" + "121000358")
            L.p(digits(12), "account").t("C")
        lines.append(L)
    L = Line("froi_fixed")
    L.t("TR1" + "%06d" % (len(lines) + 1) + "%06d" % (len(lines) - 1))
    lines.append(L)
    return lines


def g_fhir(t):
    w = pick_w()
    L = Line("fhir")
    kind = R.choice(["Patient", "Observation", "Observation", "Encounter", "Condition"])
    meta = {"versionId": str(R.randint(1, 6)), "lastUpdated": iso_z(t)}
    subj = {"reference": M("Patient/", P(w.fhir_id, "mrn"))}
    onset = (t - timedelta(minutes=R.randint(20, 200))).strftime("%Y-%m-%dT%H:%M:00-07:00")
    if kind == "Patient":
        a = w.mx if w.h2a else w.us
        obj = {"resourceType": "Patient", "id": P(w.fhir_id, "mrn"), "meta": meta,
               "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7781.1.2", "value": P(w.mrn, "mrn")}],
               "name": [{"family": P(w.last, "name"), "given": [P(w.first, "name")]}],
               "telecom": [{"system": "phone", "value": P(w.phone, "phone"), "use": "mobile"}],
               "gender": "male" if w.sex == "M" else "female", "birthDate": P(fdate(w.dob, "iso"), "date")}
        if w.h2a:
            obj["address"] = [{"use": "home", "line": [P(a[0], "address"), P(a[1], "address")],
                               "city": P(a[2], "address"), "state": a[3], "postalCode": P(a[4], "zip"),
                               "country": "MX"}]
        else:
            obj["address"] = [{"use": "home", "line": [P(a[0], "address")], "city": P(a[1], "address"),
                               "state": "CA", "postalCode": P(a[2], "zip")}]
        obj["contact"] = [{"relationship": [{"text": w.ec_rel}], "name": {"text": P(w.ec_name, "name")},
                           "telecom": [{"system": "phone", "value": P(w.ec_phone, "phone")}]}]
        obj["communication"] = [{"language": {"coding": [{"system": "urn:ietf:bcp:47",
                                                          "code": R.choice(["es-MX", "mix", "trs", "es-MX"])}]}}]
    elif kind == "Observation":
        code, disp, val, unit = R.choice([("8310-5", "Body temperature", round(R.uniform(37.0, 40.1), 1), "Cel"),
                                          ("8867-4", "Heart rate", R.randint(70, 140), "/min"),
                                          ("8480-6", "Systolic blood pressure", R.randint(92, 150), "mm[Hg]")])
        obj = {"resourceType": "Observation", "id": "obs-" + hexs(12), "meta": meta, "status": "final",
               "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                         "code": "vital-signs"}]}],
               "code": {"coding": [{"system": "http://loinc.org", "code": code, "display": disp}]},
               "subject": subj, "effectiveDateTime": P(onset, "date"),
               "valueQuantity": {"value": val, "unit": unit, "system": "http://unitsofmeasure.org", "code": unit},
               "performer": [{"display": STAFF["rn"]}]}
    elif kind == "Encounter":
        obj = {"resourceType": "Encounter", "id": "enc-" + hexs(10), "meta": meta, "status": "finished",
               "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
               "serviceType": {"text": R.choice(["Heat illness eval", "Cholinesterase draw", "First aid",
                                                  "Return-to-work"])},
               "subject": subj, "period": {"start": P(onset, "date")},
               "participant": [{"individual": {"display": "Dr. Samuel Okafor"}}],
               "serviceProvider": {"display": "Templeton AgHealth Occupational Clinic"}}
    else:
        c = R.choice([("T67.5XXA", "Heat exhaustion, unspecified"), ("T67.01XA", "Heatstroke and sunstroke"),
                      ("T60.0X1A", "Toxic effect of organophosphate and carbamate insecticides, accidental"),
                      ("S61.412A", "Laceration without foreign body of left hand")])
        obj = {"resourceType": "Condition", "id": "cond-" + hexs(10), "meta": meta,
               "clinicalStatus": {"coding": [{"code": "active"}]},
               "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": c[0], "display": c[1]}]},
               "subject": subj, "onsetDateTime": P(onset, "date"),
               "note": [{"text": M("WC claim ", P(w.claim, "other_id"), "; employer Piedra Larga Vineyards")}]}
    J(L, obj)
    return [L]


UAS = ["Mozilla/5.0 (Linux; Android 13; SM-A146U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.127 Mobile Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 12; moto g play - 2023) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.6533.103 Mobile Safari/537.36",
       "CosechaSalud/2.4.1 (Android 14; Redmi Note 12)"]


def carrier_ip():
    return R.choice(["172.58.%d.%d", "174.204.%d.%d", "107.115.%d.%d", "166.205.%d.%d", "189.203.%d.%d"]) % (
        R.randint(0, 255), R.randint(1, 254))


def g_nginx(t):
    L = Line("nginx_access")
    rid = hexs(32)
    r = R.random()
    if r < 0.3:
        src, ua, path, st, sz = R.choice([("10.12.0.5", "kube-probe/1.29", "/healthz", 200, 2),
                                          ("10.12.0.6", "kube-probe/1.29", "/readyz", 200, 2),
                                          ("35.233.208.%d" % R.randint(2, 254), "UptimeRobot/2.0", "/", 200, 5120),
                                          ("10.12.3.44", "Prometheus/2.53.1", "/metrics", 200, 18811)])
        L.t('%s - - [%s] "GET %s HTTP/1.1" %d %d "-" "%s" rt=0.00%d uid=- rid=%s' % (
            src, clf(t), path, st, sz, ua, R.randint(1, 9), rid))
        return [L]
    if r < 0.45:
        L.t('%s - - [%s] "GET /static/%s HTTP/2.0" 200 %d "https://salud.piedralarga.com/mi-salud/" "%s" rt=0.00%d uid=- rid=%s'
            % (carrier_ip(), clf(t), R.choice(["js/app.3f9a1c.js", "css/main.77b0e2.css", "img/sombra-agua.svg",
                                               "fonts/NotoSans-Regular.woff2"]), R.randint(900, 240000),
               R.choice(UAS), R.randint(1, 9), rid))
        return [L]
    w = pick_w()
    L.p(carrier_ip(), "ip").t(" - - [%s] " % clf(t))
    k = R.choice(["results", "results", "contact", "alerts", "consent", "ref"])
    if k == "results":
        L.t('"GET /mi-salud/api/v2/workers/').p(w.badge, "other_id").t('/chole-results?lang=es HTTP/2.0" 200 %d '
                                                                         '"https://salud.piedralarga.com/mi-salud/resultados"'
                                                                         % R.randint(800, 3000))
    elif k == "contact":
        L.t('"POST /mi-salud/api/v2/contact?')
        if w.email:
            L.t("email=").p(quote(w.email, safe=""), "email").t("&")
        L.t("tel=")
        L.p(quote(w.phone.replace(" ", ""), safe=""), "phone").t(' HTTP/2.0" 204 0 "-"')
    elif k == "alerts":
        L.t('"GET /mi-salud/api/v2/alerts?crew=%s&since=%d HTTP/2.0" 200 %d "-"' % (
            w.crew, int(t.timestamp()) - 3600, R.randint(100, 900)))
    elif k == "consent":
        L.t('"POST /mi-salud/api/v2/consent/hipaa-auth HTTP/2.0" 201 %d "-"' % R.randint(40, 90))
    else:
        L.t('"GET /mi-salud/api/v2/me HTTP/2.0" 200 %d "' % R.randint(300, 900))
        L.p("https://salud.piedralarga.com/mi-salud/w/%s/inicio" % w.badge, "url").t('"')
    L.t(' "%s" rt=0.%03d uid=' % (R.choice(UAS), R.randint(8, 420))).p(w.badge, "other_id").t(" rid=%s" % rid)
    return [L]


def g_sms(t):
    L = Line("sms_json")
    sid = "SM" + hexs(32)
    r = R.random()
    if r < 0.3:
        J(L, {"ts": iso_z(t), "svc": "sms-gw", "dir": "outbound-api", "sid": "MG" + hexs(32),
              "to_list": "crew:%s" % R.choice(CREWS), "to_count": R.randint(12, 30), "from": "+18055550199",
              "status": "queued", "body": R.choice([
                  "PLV Salud: Alerta de calor ALTO hoy. Agua cada 15 min, sombra y descanso. Resp 2 si necesita ayuda.",
                  "PLV Health: High heat today. Drink water every 15 min. Reply 2 for help.",
                  "PLV: El autobus BUS-07 sale del campo 5:40am. Traiga gorra y agua."])})
        return [L]
    w = pick_w()
    if r < 0.7:
        J(L, {"ts": iso_z(t), "svc": "sms-gw", "dir": "outbound-api", "sid": sid,
              "to": P(w.phone.replace(" ", "").replace("(", "+1").replace(")", "").replace("-", ""), "phone"),
              "from": "+18055550199", "status": R.choice(["delivered", "sent", "undelivered"]),
              "segments": 2, "price": "-0.00790", "body": R.choice([
                  M("PLV Salud: ", P(w.first, "name"), ", su cita de colinesterasa es mañana 6:30am en la clínica de Templeton. Ayuno no necesario."),
                  M("PLV Salud: ", P(w.first, "name"), ", su resultado de colinesterasa está listo en mi-salud."),
                  M("Hola ", P(w.first, "name"), ", ¿cómo se siente? La enfermera Teresa le llamará hoy."),
              ])})
    else:
        J(L, {"ts": iso_z(t), "svc": "sms-gw", "dir": "inbound", "sid": sid,
              "from": P(w.phone.replace(" ", "").replace("(", "+1").replace(")", "").replace("-", ""), "phone"),
              "to": "+18055550199", "body": R.choice(["2 me duele la cabeza y tengo nausea", "1 ok gracias",
                                                      "2 mi compañero esta mareado fila 30", "STOP", "1"])})
    return [L]


def g_syslog(t):
    L = Line("syslog")
    h = sysl(t)
    r = R.random()
    if r < 0.35:
        w = pick_w()
        ip = "10.40.%d.%d" % (R.randint(1, 6), R.randint(20, 250))
        L.t("%s hsg-gw-rle dnsmasq-dhcp[812]: DHCPACK(br-res) " % h).p(ip, "ip").t(" ").p(w.mac, "device").t(" ")
        nm = strip_acc(w.first.split()[0])
        pre, post = w.host.split("{n}")
        L.t(pre).p(nm, "name").t(post)
        return [L]
    L.t(h + " " + R.choice([
        "salud-app-01 CRON[%d]: (root) CMD (/usr/local/bin/backup-pg.sh --target s3://plv-salud-bkp)" % R.randint(20000, 29999),
        "salud-db-01 postgres[1212]: [%d-1] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added"
        % (R.randint(2, 90), R.randint(100, 2000), R.uniform(0.5, 9)),
        "salud-app-01 sshd[%d]: Accepted publickey for deploy from 198.51.100.24 port %d ssh2: ED25519 SHA256:%s"
        % (R.randint(3000, 9000), R.randint(40000, 65000), b64blob(32)[:43]),
        "edge-fw-01 kernel: [UFW BLOCK] IN=eth0 OUT= SRC=45.155.205.%d DST=34.82.117.40 LEN=44 PROTO=TCP SPT=%d DPT=22"
        % (R.randint(1, 254), R.randint(1024, 65000)),
        "salud-mx-01 postfix/smtp[%d]: %s: to=<safety@piedralarga.com>, relay=aspmx.l.google.com[142.250.141.27]:25, "
        "delay=0.9, status=sent (250 2.0.0 OK)" % (R.randint(9000, 9999), hexs(10).upper()),
        "hsg-gw-rle dnsmasq-dhcp[812]: DHCPDISCOVER(br-mgmt) 00:17:88:%s:%s:%s no address available"
        % (hexs(2), hexs(2), hexs(2)),
        "salud-app-01 systemd[1]: Started cosecha-salud-worker.service - Cosecha Salud queue worker.",
    ]))
    if r > 0.92:
        g = R.choice(GUESTS)
        L = Line("syslog")
        L.t("%s salud-mx-01 postfix/smtp[%d]: %s: to=<" % (h, R.randint(9000, 9999), hexs(10).upper()))
        L.p(g.email, "email").t(">, relay=mx.%s[%s]:25, delay=1.2, status=sent (250 2.0.0 OK)"
                                % (g.email.split("@")[1], "67.195.%d.%d" % (R.randint(0, 255), R.randint(1, 254))))
    return [L]


def g_java(t):
    w = pick_w()
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % R.randint(0, 999)
    lines = []
    L = Line("java_log")
    L.t("%s ERROR 1 --- [claims-sync-%d] c.p.claims.CarrierSubmitter : Submission failed for claim " % (ts, R.randint(1, 4)))
    L.p(w.claim, "other_id").t(" (employee ").p(display(w, "LF"), "name").t(", DOI ")
    L.p((t - timedelta(days=R.randint(1, 8))).strftime("%Y-%m-%d"), "date").t(")")
    lines.append(L)
    L = Line("java_log")
    if w.ssn:
        L.t('com.piedralarga.claims.CarrierRejectException: 422 Unprocessable Entity: {"error":"SSN/ITIN mismatch for claimant ')
        L.p(w.ssn, "ssn").t('","code":"E-117"}')
    else:
        L.t('com.piedralarga.claims.CarrierRejectException: 422 Unprocessable Entity: {"error":"DOB missing","code":"E-104"}')
    lines.append(L)
    for fr in ["com.piedralarga.claims.CarrierSubmitter.submit(CarrierSubmitter.java:212)",
               "com.piedralarga.claims.CarrierSubmitter.lambda$drain$3(CarrierSubmitter.java:148)",
               "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
               "java.base/java.lang.Thread.run(Thread.java:1583)"]:
        lines.append(Line("java_log").t("\tat " + fr))
    lines.append(Line("java_log").t("Caused by: org.springframework.web.client.HttpClientErrorException$UnprocessableEntity: "
                                     "422 on POST request for \"https://edi.ccwcmutual.com/api/froi\""))
    lines.append(Line("java_log").t("\t... 6 common frames omitted"))
    return lines


def g_javainfo(t):
    L = Line("java_log")
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % R.randint(0, 999)
    L.t("%s  %s 1 --- [%s] %s" % (ts, R.choice(["INFO", "INFO", "WARN"]), R.choice(["main", "scheduling-1", "claims-sync-2"]),
                                  R.choice(["o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port 8080 (http) with context path '/'",
                                            "c.p.claims.CarrierSubmitter : drained 0 pending FROI, next run in PT5M",
                                            "c.p.claims.EdiPoller        : polled ack 999 batch=%d accepted=%d rejected=0" % (R.randint(100, 200), R.randint(1, 9)),
                                            "com.zaxxer.hikari.pool.HikariPool : HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=2)"])))
    return [L]


def g_pgaudit(t):
    L = Line("pgaudit")
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d PDT" % R.randint(0, 999)
    pid = R.randint(20000, 29999)
    n = R.randint(1, 900)
    r = R.random()
    if r < 0.4:
        L.t('%s [%d] cosecha_app@salud_db LOG:  AUDIT: SESSION,%d,1,%s' % (ts, pid, n, R.choice([
            'DDL,CREATE INDEX,INDEX,public.idx_heat_events_ts,"CREATE INDEX CONCURRENTLY idx_heat_events_ts ON heat_events (ts)",<not logged>',
            'READ,SELECT,TABLE,public.wbgt_readings,"SELECT station, max(wbgt_f) FROM wbgt_readings WHERE ts > now() - interval \'1 hour\' GROUP BY 1",<not logged>',
            'WRITE,INSERT,TABLE,public.rei_postings,"INSERT INTO rei_postings(site_id, signs, status) VALUES ($1,$2,$3)",<not logged>',
            'MISC,VACUUM,,,"VACUUM (ANALYZE) public.chole_results",<not logged>'])))
        return [L]
    w = pick_w()
    if r < 0.7:
        L.t("%s [%d] rn_portal@salud_db LOG:  AUDIT: SESSION,%d,1,READ,SELECT,TABLE,public.chole_results,"
            "\"SELECT r.* FROM chole_results r JOIN workers w USING (worker_id) WHERE w.badge = '" % (ts, pid, n))
        L.p(w.badge, "other_id").t("' ORDER BY drawn_at DESC LIMIT 5\",<not logged>")
    else:
        L.t("%s [%d] hr_admin@salud_db LOG:  AUDIT: SESSION,%d,1,WRITE,UPDATE,TABLE,public.workers,"
            "\"UPDATE workers SET phone = '" % (ts, pid, n))
        L.p(w.phone, "phone").t("', ec_name = '").p(w.ec_name.replace("'", "''"), "name").t("' WHERE badge = '")
        L.p(w.badge, "other_id").t("'\",<not logged>")
    return [L]


def g_chat(t):
    L = Line("teams_chat")
    r = R.random()
    frm = R.choice([STAFF["safety"], "Teresa Albright-Nakamura", R.choice(STAFF["leads"]), STAFF["hr"]])
    base = {"id": str(int(t.timestamp() * 1000)), "createdDateTime": iso_z(t),
            "from": {"user": {"displayName": frm, "id": uid()}}, "chatId": "19:plv-salud-ops@thread.v2"}
    if r < 0.4:
        body = R.choice(["WBGT at B14 hit 87 - switching crews 3 and 5 to 5am-1pm tomorrow",
                         "Ice chests restocked at staging; need 2 more canopies from shop (PO 24-1187)",
                         "Clinic confirmed Thursday cholinesterase draws 6:30-9:00, bring roster",
                         "Bus 07 AC fixed by Valle Fleet, invoice INV-55821",
                         "reminder: Cal/OSHA 300A posting until April; log is in SharePoint"])
        base["body"] = {"contentType": "text", "content": body}
    else:
        w = pick_w()
        base["body"] = {"contentType": "text", "content": R.choice([
            M("", P(display(w, "FL"), "name"), " (", P(w.badge, "other_id"), ") came back %d%% of baseline RBC, pull from Lannate/Imidan crews until recheck" % R.randint(58, 70)),
            M("Can someone drive ", P(w.first, "name"), " to Templeton clinic? heat cramps, stable, in shade at row 30"),
            M("Familiar de ", P(w.first + " " + w.last.split()[0], "name"), " llamó desde ", P(w.ec_phone, "phone"), ", pregunta por el reclamo ",
              P(w.claim, "other_id")),
            M("FYI ", P(display(w, "FL"), "name"), " DOB ", P(fdate(w.dob, "mx"), "date"), " - clinic needs it for the 5020"),
        ])}
    J(L, base)
    return [L]


def g_pisp(t):
    w = pick_w()
    L = Line("pisp_xml")
    case = "PISP-2024-SLO-%04d" % R.randint(100, 300)
    prod = R.choice(PRODUCTS[:2])
    exp = (t - timedelta(days=R.randint(1, 6))).date()
    L.t('<?xml version="1.0" encoding="UTF-8"?><PesticideIllnessReport xmlns="urn:ca:dpr:pisp:1.2" caseNo="')
    L.p(case, "other_id").t('" county="San Luis Obispo" submitted="%s"><Subject><Name>' % iso_l(t))
    L.p(display(w, "FML"), "name").t("</Name><DOB>").p(fdate(w.dob, "iso"), "date").t("</DOB><Sex>%s</Sex>" % w.sex)
    L.t("<Residence><Street>").p(HOUSING[0], "address").t("</Street><City>").p(HOUSING[1], "address")
    L.t("</City><State>CA</State><Zip>").p(HOUSING[2], "zip").t("</Zip></Residence><Phone>").p(w.phone, "phone")
    L.t("</Phone><Occupation>field worker - harvest</Occupation></Subject><Exposure date=\"").p(fdate(exp, "iso"), "date")
    L.t('" site="%s" activity="%s"/><Product name="%s" epaReg="%s"/><Symptoms>%s</Symptoms>'
        '<Employer>Piedra Larga Vineyards LLC, 8850 Adelaida Rd, Paso Robles, CA 93446</Employer>'
        '<ReportedBy>Samuel Okafor MD, NPI %s</ReportedBy></PesticideIllnessReport>'
        % (R.choice(BLOCKS), R.choice(["harvest-REI entry", "drift exposure adjacent block", "handler-mixing"]),
           prod[0], prod[1], R.choice(["nausea; miosis; headache", "eye irritation", "dizziness; sweating"]), NPI_MD))
    return [L]


def g_struct(t):
    L = Line("structlog")
    base = {"timestamp": iso_z(t), "logger": R.choice(["salud.api", "salud.tasks", "salud.ingest"]),
            "trace_id": hexs(32), "span_id": hexs(16)}
    r = R.random()
    if r < 0.35:
        base.update({"level": "info", "event": R.choice(["worker.heartbeat", "celery.task.succeeded",
                                                         "ingest.batch_done", "cache.warm"]),
                     "task_id": uid(), "duration_ms": R.randint(3, 2400), "app_version": "2.4.1+build.%d" % R.randint(300, 420),
                     "git_sha": hexs(40), "host": "salud-app-0%d" % R.randint(1, 3)})
        J(L, base, ascii_=True)
        return [L]
    w = pick_w()
    k = R.choice(["heat", "chole", "enroll", "guest", "photo", "baseline"])
    if k == "heat":
        base.update({"level": "warning", "event": "heat_alert.escalated", "worker": P(display(w, "FL"), "name"),
                     "badge": P(w.badge, "other_id"), "alert": "RED", "device_sn": P(w.wear, "device"),
                     "onset": P((t - timedelta(minutes=R.randint(3, 30))).strftime("%Y-%m-%dT%H:%M:%S-07:00"), "date"),
                     "paged": "Teresa Albright-Nakamura, RN"})
    elif k == "chole":
        base.update({"level": "info", "event": "chole_result.ingested", "mrn": P(w.mrn, "mrn"),
                     "name": P(display(w, "LF"), "name"), "rbc_pct_baseline": R.randint(60, 104),
                     "handler_card": P(w.handler, "license") if w.handler else None, "source": "CCRL-LIS"})
    elif k == "enroll":
        base.update({"level": "info", "event": "worker.enrolled", "badge": P(w.badge, "other_id"),
                     "name": P(display(w, "FL"), "name"), "imei": P(w.imei, "device"),
                     "dob": P(fdate(w.dob, "iso"), "date"), "lang": "es-MX"})
        if w.medical:
            base["medi_cal_cin"] = P(w.medical, "health_plan")
        elif w.email:
            base["email"] = P(w.email, "email")
    elif k == "guest":
        g = R.choice(GUESTS)
        base.update({"level": "info", "event": "tr_incident.liability_notice", "guest": P(g.name, "name"),
                     "mbi_query": P(g.mbi, "health_plan"), "dl": P(g.dl, "license"),
                     "carrier": "Golden State Mutual Liability", "policy": "GSL-CGL-0088213"})
    elif k == "photo":
        base.update({"level": "debug", "event": "badge_photo.uploaded", "badge": P(w.badge, "other_id"),
                     "photo_b64": P(b64blob(90, b"\xff\xd8\xff\xe0\x00\x10JFIF"), "photo"), "bytes": R.randint(30000, 60000)})
    else:
        base.update({"level": "info", "event": "baseline.due_reminder", "badge": P(w.badge, "other_id"),
                     "plan_member_id": P("PLV%07d-0%d" % (R.randint(0, 9999999), R.randint(1, 3)), "health_plan"),
                     "baseline_date": P(fdate(w.bal_date, "iso"), "date")})
    J(L, base, ascii_=True)
    return [L]


def g_iclock(t):
    L = Line("iclock")
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % R.randint(0, 999)
    sn = R.choice(ICLOCK_SN)
    r = R.random()
    if r < 0.3:
        L.t("%s INFO iclock GET /iclock/getrequest SN=%s INFO=Ver 8.0.4.2-20210813,%d,%d,3651,10.40.1.%d,10,7,12,11,111 status=200"
            % (ts, sn, R.randint(40, 60), R.randint(10, 30), R.randint(20, 29)))
        return [L]
    w = pick_w()
    if r < 0.75:
        punch = t - timedelta(seconds=R.randint(2, 50))
        L.t('%s INFO iclock POST /iclock/cdata SN=%s table=ATTLOG stamp=%d body="' % (ts, sn, R.randint(9000, 9999)))
        L.p(w.pin, "other_id").t("\\t").p(punch.strftime("%Y-%m-%d %H:%M:%S"), "date").t('\\t%d\\t1\\t0\\t0\\t0"'
                                                                                           % R.choice([0, 1]))
    elif r < 0.88:
        L.t('%s INFO iclock POST /iclock/cdata SN=%s table=OPERLOG body="USER PIN=' % (ts, sn)).p(w.pin, "other_id")
        L.t("\\tName=").p(strip_acc(display(w, "FL"))[:24], "name").t("\\tPri=0\\tPasswd=\\tCard=[").p(w.card, "other_id")
        L.t(']\\tGrp=1\\tTZ=0000000100000000"')
    else:
        L.t('%s INFO iclock POST /iclock/cdata SN=%s table=OPERLOG body="FP PIN=' % (ts, sn)).p(w.pin, "other_id")
        L.t("\\tFID=%d\\tSize=1184\\tValid=1\\tTMP=" % R.randint(0, 9)).p(b64blob(96, b"MSS21\x00\x00\x03"), "biometric")
        L.t('"')
    return [L]


GENS = [(g_wbgt, 14), (g_heatwear, 12), (g_crewapp, 9), (g_hl7, 1.2), (g_pur, 6), (g_housing, 6), (g_fleet, 7),
        (g_tasting, 6), (g_x12, 0.6), (g_froi, 1.5), (g_fhir, 6), (g_nginx, 12), (g_sms, 6), (g_syslog, 13),
        (g_java, 0.7), (g_javainfo, 5), (g_pgaudit, 5), (g_chat, 4), (g_pisp, 1), (g_struct, 9), (g_iclock, 8)]
CAPS = {g_x12: 1, g_hl7: 6, g_java: 3, g_pisp: 3}


def main():
    out = []
    used = {}
    t = T0
    fns = [g for g, _ in GENS]
    wts = [w for _, w in GENS]
    while len(out) < N_LINES:
        g = R.choices(fns, wts)[0]
        if g in CAPS and used.get(g, 0) >= CAPS[g]:
            continue
        if g is g_iclock and t.hour > 8 and R.random() < 0.6:
            continue
        lines = g(t)
        if len(out) + len(lines) > N_LINES:
            continue
        used[g] = used.get(g, 0) + 1
        out.extend(lines)
        t = t + timedelta(seconds=R.randint(4, 150), microseconds=R.randint(0, 999999))

    # ----- verify and write
    with open("su.log", "w", encoding="utf-8", newline="\n") as f_log, \
            open("su.labels.jsonl", "w", encoding="utf-8", newline="\n") as f_lab:
        for n, L in enumerate(out, 1):
            txt = L.text()
            b = txt.encode("utf-8")
            if not txt or "\n" in txt or "\r" in txt:
                sys.exit("line %d empty or has newline" % n)
            prev = 0
            spans = []
            for s, e, cat, val in sorted(L.spans):
                if not (0 <= s < e <= len(b)):
                    sys.exit("line %d bad span bounds %r" % (n, (s, e, cat)))
                if s < prev:
                    sys.exit("line %d overlapping spans" % n)
                if b[s:e].decode("utf-8") != val:
                    sys.exit("line %d span text mismatch %r != %r" % (n, b[s:e], val))
                if cat.startswith("_") is False and cat not in CATS:
                    sys.exit("line %d unknown cat %s" % (n, cat))
                prev = e
                spans.append({"s": s, "e": e, "cat": cat})
            f_log.write(txt + "\n")
            f_lab.write(json.dumps({"line": n, "family": L.family, "spans": spans}) + "\n")
    if len(out) != N_LINES:
        sys.exit("wrong line count")


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account",
        "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}

if __name__ == "__main__":
    main()
