#!/usr/bin/env python3
"""Synthetic labeled log corpus "ma": an air ambulance / critical care transport service
(Northern Plains Air Medical, a fictitious operator based in Billings, MT).

Systems represented: communication-center CAD (RFC5424 syslog), call recorder metadata (JSON),
ADS-B receiver output (SBS-1 BaseStation CSV and readsb JSON), Iridium SBD satellite position
reports, Garmin-like inReach IPC Outbound JSON, NEMSIS v3.5-like ePCR XML (one element per
line), ePCR PDF text (pdftotext -layout), weight & balance calculator (Python logging),
transfer-center acceptance notes, HL7 v2 ADT from sending hospitals, X12 837P/835 billing,
.NET services (Microsoft.Extensions.Logging console and Serilog), Python services (uvicorn,
celery, gunicorn member portal), membership program CSV exports, maintenance logs (pipe rows),
crew duty-time logs, base station router syslog (Cisco IOS, MikroTik, pfSense filterlog).

All people, numbers and identifiers are synthetic.  Standard library only, deterministic.

Labeling decisions:
- Labeled people: patients, their relatives / emergency contacts, guarantors, insurance
  subscribers, membership-program members and household members, family callers.
- Not labeled: flight nurses, paramedics, pilots, mechanics, dispatchers / comm specialists,
  physicians (sending, accepting, medical control), billing staff, and their IDs, certificate
  numbers, NPIs, staff e-mails and phones; facilities, agencies, payers, vendors and their
  phones / faxes / addresses.
- Aircraft tail numbers, ICAO hex codes, Iridium/inReach IMEIs and ESNs of company devices,
  serials of company medical equipment (monitors, ventilators, IABP consoles) are not labeled.
- Aircraft/device telemetry positions (ADS-B, satellite, inReach points) are never labeled,
  even when the aircraft is at a scene.  A scene/incident location entered for a patient
  (mile marker, road, ranch address, scene lat/lon, county) is labeled "address"; hospital
  and helipad locations are not.
- CAD incident numbers (26-00xxxx), flight/mission numbers, recording IDs, trace/span IDs and
  UUIDs are operational and not labeled.  ePCR numbers (PCR-...), hospital visit/encounter
  numbers, payer claim control numbers (ICN) and member-portal usernames are "other_id".
- Sending-hospital medical record numbers are "mrn".  Patient account numbers / X12 CLM01
  patient control numbers, full card numbers and bank account numbers of members are
  "account"; masked cards (last 4 only), bank routing numbers and public test card numbers
  (e.g. 4242 4242 4242 4242) are not labeled.
- Medicare MBIs, Medicaid IDs, commercial member/subscriber IDs and air-ambulance membership
  numbers (NPAM-M-...) are "health_plan"; group numbers and payer IDs are not labeled.
- Dates labeled "date": birth dates, dates of service/transport (incl. NEMSIS eTimes values and
  X12 DTP service dates), admission, membership enrollment/renewal dates of a member.  Log
  timestamps, build dates, maintenance and duty dates are not labeled.  Years alone never.
- Ages are labeled only when over 89; the whole number (without unit) is the span.
- Patient weight, vitals, diagnoses and ICD/HCPCS codes are not identifiers and not labeled.
- Patient driver's licence numbers "license"; patient vehicle plates/VINs "vehicle"; serials
  and UDIs of devices implanted in/worn by the patient (LVAD, ICD, insulin pump) "device";
  a member's public IP in portal logs "ip" (private 10.x/172.16.x addresses are not PHI);
  personal fundraising/web pages "url"; base64 patient photos "photo".
- Names are labeled as one span per written name (e.g. "GALLOWAY, RUTH A"); in XML/HL7/X12
  where first and last are separate fields each part is its own span.  County FIPS and GNIS
  city codes of a patient's residence are geocodes and labeled "address".
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

SEED = 21_0321
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "ma"
N_LINES = 500
TARGET_PHI = 225  # ~45 % lines with PHI


# ----------------------------------------------------------------------------- line builder
class L:
    def __init__(self, family):
        self.family = family
        self.parts = []
        self.spans = []
        self.blen = 0

    def t(self, s):
        s = str(s)
        self.parts.append(s)
        self.blen += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        start = self.blen
        self.t(s)
        self.spans.append((start, self.blen, cat, s))
        return self

    def v(self, s, cat=None):
        return self.p(s, cat) if cat else self.t(s)

    def text(self):
        return "".join(self.parts)


# ----------------------------------------------------------------------------- data pools
FIRST_F = ["Ruth", "Adaeze", "Siobhan", "Priya", "Wanda", "Ingrid", "Dolores", "Mei-Ling",
           "Fatima", "Nkechi", "Tallulah", "Guadalupe", "Eun-ji", "Aroha", "Marisol",
           "Esperanza", "Noor", "Ximena", "Shoshana", "Imani", "Agnieszka", "Thandiwe",
           "Birgit", "Leilani", "Hortense", "Magdalena", "Yuki", "Oona", "Zainab", "Inés"]
FIRST_M = ["Lars", "Mateo", "Hoang", "Tomasz", "Kekoa", "Yusuf", "Chayton", "Jean-Luc",
           "Aurelio", "Björn", "Rafael", "Dmitri", "Wendell", "Olusegun", "Casimir",
           "Thaddeus", "Keanu", "Ulrich", "Declan", "Raúl", "Emeka", "Anselm", "Tariq",
           "Ignatius", "Wiremu", "Cornelius", "Santiago", "Hamish", "Vo", "Ezekiel"]
LASTS = ["Galloway", "Bjørnstad", "Okonkwo", "de la Cruz", "O'Sullivan", "Nguyen",
         "Raghunathan", "Wiśniewski", "Two Bulls", "Kahananui", "Al-Hashimi", "van der Merwe",
         "Running Crane", "Hernández-Ruiz", "Thibodeaux", "Castellanos", "Haddad",
         "Lindqvist", "Eze", "MacGillivray", "St. Germain", "Petrov", "Zúñiga", "Featherstone",
         "Ngata", "Adeyemi", "Villanueva", "Kowalczyk", "Dos Santos", "Abernathy-Price",
         "Ben-Ami", "Yellowhorse", "Schoenberger", "Mahmoud", "Delacroix", "Oyelaran",
         "Sandoval", "Von Ahn", "Tanaka-Whitfield", "Ó Briain", "Hollowhorn", "Larsen",
         "Pretty On Top", "Mbeki", "Duchesne", "Kuznetsova", "Fairweather", "McIlhenny"]

# staff (never labeled) - kept disjoint from patient name pools
NURSES = ["Hollis Brandt RN, CFRN", "Jolene Achterberg RN, CCRN", "Marcus Whitlow RN, CFRN",
          "Priscilla Tsosie RN, CEN", "Gunnar Halvorsen RN, CFRN"]
MEDICS = ["Kaiya Morningstar NRP, FP-C", "Desmond Quaye NRP, FP-C", "Rory Fenwick NRP, FP-C",
          "Tessa Lindgren NRP, CCP-C"]
PILOTS = ["Capt. Dale Ostrander", "Capt. Renata Fiala", "Capt. Jim Halloran", "Capt. Sunil Varma"]
DISPATCH_USERS = ["kdorsey", "mrosales", "tbeaulieu", "jsnow", "aokafor"]
DOCS = ["Dr. Aaron Feld", "Dr. Miriam Castellano-Shaw", "Dr. Peter Vukovich", "Dr. Hana Sato",
        "Dr. Oluwaseun Bello", "Dr. Grace Whitehorse"]
BILLERS = ["lmarchetti", "dpham", "sgreyeagle"]

# city, county, state, zip, county_fips, gnis
CITIES = [("Glendive", "Dawson", "MT", "59330", "30021", "772077"),
          ("Miles City", "Custer", "MT", "59301", "30017", "774063"),
          ("Sidney", "Richland", "MT", "59270", "30083", "775881"),
          ("Wolf Point", "Roosevelt", "MT", "59201", "30085", "777652"),
          ("Lewistown", "Fergus", "MT", "59457", "30027", "773515"),
          ("Roundup", "Musselshell", "MT", "59072", "30065", "775465"),
          ("Hardin", "Big Horn", "MT", "59034", "30003", "772465"),
          ("Big Timber", "Sweet Grass", "MT", "59011", "30097", "769946"),
          ("Red Lodge", "Carbon", "MT", "59068", "30009", "775241"),
          ("Forsyth", "Rosebud", "MT", "59327", "30087", "771741"),
          ("Baker", "Fallon", "MT", "59313", "30025", "769586"),
          ("Jordan", "Garfield", "MT", "59337", "30033", "773151"),
          ("Plentywood", "Sheridan", "MT", "59254", "30091", "775024"),
          ("Sheridan", "Sheridan", "WY", "82801", "56033", "1609131"),
          ("Gillette", "Campbell", "WY", "82716", "56005", "1609036"),
          ("Cody", "Park", "WY", "82414", "56029", "1609017"),
          ("Belle Fourche", "Butte", "SD", "57717", "46019", "1267281"),
          ("Bowman", "Bowman", "ND", "58623", "38011", "1035957"),
          ("Dickinson", "Stark", "ND", "58601", "38089", "1036020"),
          ("Lame Deer", "Rosebud", "MT", "59043", "30087", "773380")]
STREETS = ["Old Highway 16", "Bear Creek Rd", "N Merrill Ave", "Prospect Ave", "Tongue River Rd",
           "Custer Ave", "County Road 340", "Sage Hen Ln", "W Main St", "Pine Ridge Dr",
           "Rattlesnake Butte Rd", "Elk Horn Trl", "S 4th St W", "Rosebud Creek Rd",
           "Little Missouri Rd", "Frontage Rd", "Cottonwood Loop", "Yellowstone Ave",
           "Bighorn Ave", "Buffalo Jump Rd"]

FACILITIES = [("Glendive Medical Center", "4063452200", "4063452290"),
              ("Holy Rosary Healthcare", "4062332000", "4062332399"),
              ("Sidney Health Center", "4064884000", "4064884141"),
              ("Central Montana Medical Center", "4065386500", "4065386532"),
              ("Big Horn Hospital", "4066651000", "4066659266"),
              ("Sheridan Memorial Hospital", "3076723473", "3076721060"),
              ("Campbell County Health", "3076882000", "3076881529"),
              ("West Park Hospital", "3075787000", "3075787040"),
              ("CHI St. Alexius Dickinson", "7014566000", "7014564712"),
              ("Roundup Memorial Healthcare", "4063232301", "4063234009")]
DESTS = ["Billings Clinic", "St. Vincent Healthcare", "Billings Clinic CVICU",
         "St. Vincent Healthcare NICU", "Sanford Medical Center Bismarck",
         "University of Utah Burn Center", "Mayo Clinic Hospital - Saint Marys"]
AIRCRAFT = [("N411LF", "A4F2C1", "LIFE4", "EC135 P2+", "1142", "300434063512870"),
            ("N722NP", "A9B0E7", "LIFE7", "Bell 407GXi", "54318", "300434063904190"),
            ("N93PA", "ACD1F3", "NPM93", "PC-12/47E", "1877", "300434060011260"),
            ("N618NP", "A81C55", "LIFE6", "AW119 Kx", "14917", "300434061773480")]
BASES = [("BIL", "base-bil-rtr01"), ("MLS", "base-mls-rtr01"), ("GDV", "base-gdv-rtr01"),
         ("SHR", "base-shr-rtr01")]
PLANS = [("MEDICARE PART B", "03402", "mbi"), ("MONTANA MEDICAID", "MTMCD", "mcd"),
         ("BCBS OF MONTANA", "00751", "comm"), ("WYOMING MEDICAID", "WYMCD", "mcd"),
         ("PACIFICSOURCE HEALTH PLANS", "93221", "comm"), ("UNITEDHEALTHCARE", "87726", "comm"),
         ("TRICARE WEST", "99726", "comm"), ("IHS/PRC CROW AGENCY", "IHSCR", "comm")]
DX = [("I21.4", "NSTEMI"), ("I21.09", "STEMI anterior"), ("I63.9", "acute ischemic stroke"),
      ("S06.5X0A", "traumatic SDH"), ("R57.0", "cardiogenic shock"), ("A41.9", "sepsis"),
      ("T31.30", "30% TBSA burns"), ("P07.32", "preterm 29 wk"), ("I71.01", "type A dissection"),
      ("K92.2", "GI hemorrhage"), ("S27.0XXA", "traumatic pneumothorax"), ("O14.23", "HELLP")]

REF = dt.date(2026, 3, 14)
CLOCK = dt.datetime(2026, 3, 14, 1, 52, 9, 118000)
TZ = "-06:00"


def tick(lo=1, hi=40):
    global CLOCK
    CLOCK += dt.timedelta(seconds=rng.randint(lo, hi), milliseconds=rng.randint(0, 999))
    return CLOCK


def iso(t, ms=True):
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    return (s + ".%03d" % (t.microsecond // 1000) if ms else s) + TZ


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:32]}"


FOLD = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss"}


def ascii_fold(s):
    s = "".join(FOLD.get(c, c) for c in s)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def fmt_phone(d, style=None):
    style = style if style is not None else rng.randint(0, 5)
    a, b, c = d[:3], d[3:6], d[6:]
    return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", d, f"{a}.{b}.{c}", f"+1 {a} {b} {c}",
            f"+1{d}"][style]


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_L = ["January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"]


def fmt_date(d, style=None):
    style = style if style is not None else rng.randint(0, 7)
    if style == 0:
        return d.strftime("%m/%d/%Y")
    if style == 1:
        return d.isoformat()
    if style == 2:
        return f"{d.day:02d}-{MONTHS[d.month-1]}-{d.year}"
    if style == 3:
        return f"{MONTHS_L[d.month-1]} {d.day}, {d.year}"
    if style == 4:
        return d.strftime("%Y%m%d")
    if style == 5:
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == 6:
        return d.strftime("%d.%m.%Y")
    return f"{d.month}/{d.day}/{d.year}"


def ssn():
    while True:
        a = rng.randint(101, 665)
        if a != 666:
            break
    return f"{a:03d}-{rng.randint(10, 99):02d}-{rng.randint(1000, 9998):04d}"


def mbi():
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    n = "0123456789"
    c = [rng.choice("123456789"), rng.choice(al), rng.choice(an), rng.choice(n),
         rng.choice(al), rng.choice(an), rng.choice(n), rng.choice(al), rng.choice(al),
         rng.choice(n), rng.choice(n)]
    return "".join(c)


def luhn_complete(prefix, length=16):
    body = prefix + digits(length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(body)):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return body + str((10 - tot % 10) % 10)


VIN_MAP = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6,
           "G": 7, "H": 8, "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2,
           "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = rng.choice(["1FT", "1GC", "3GT", "1C6", "5TF", "1HG", "2T1", "4S4"])
    v = list(wmi + "".join(rng.choice(chars) for _ in range(5)) + "0" +
             rng.choice("LMNPRST") + rng.choice(chars) + digits(6))
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def plate(state):
    if state == "MT":
        return f"{rng.randint(1, 56)}-{rng.randint(1000, 9999)}{rng.choice('ABCDEFGH')}"
    if state == "WY":
        return f"{rng.randint(1, 23)}-{rng.randint(1000, 99999)}"
    return f"{digits(3)} {''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}"


def dl(state):
    if state == "MT":
        return rng.choice([digits(13), f"{rng.choice('ABCDEFGHJKLMNPRSTW')}{digits(8)}"])
    if state == "WY":
        return f"{digits(6)}-{digits(3)}"
    if state == "ND":
        return f"{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{digits(6)}"
    return digits(8)


# ----------------------------------------------------------------------------- people
class Person:
    pass


used_names = set()


def mk_person(age=None):
    p = Person()
    p.sex = rng.choice("MF")
    while True:
        p.first = rng.choice(FIRST_F if p.sex == "F" else FIRST_M)
        p.last = rng.choice(LASTS)
        if (p.first, p.last) not in used_names:
            used_names.add((p.first, p.last))
            break
    p.mi = rng.choice("ABCDEFGHJKLMNPRSTW")
    if age is None:
        r = rng.random()
        if r < 0.06:
            age = rng.randint(90, 101)
        elif r < 0.24:
            age = rng.randint(0, 12)
        else:
            age = rng.randint(17, 89)
    p.age = age
    p.dob = REF - dt.timedelta(days=age * 365 + rng.randint(0, 360) + age // 4)
    p.age = (REF.year - p.dob.year) - ((REF.month, REF.day) < (p.dob.month, p.dob.day))
    c = rng.choice(CITIES)
    p.city, p.county, p.state, p.zip, p.fips, p.gnis = c
    p.street = f"{rng.randint(2, 48999)} {rng.choice(STREETS)}"
    if rng.random() < 0.15:
        p.street = f"HC {rng.randint(30, 89)} Box {rng.randint(100, 4999)}"
    area = {"MT": "406", "WY": "307", "SD": "605", "ND": "701"}[p.state]
    p.phone = area + str(rng.randint(200, 989)) + digits(4)
    p.cell = area + str(rng.randint(200, 989)) + digits(4)
    fl = ascii_fold(p.first).lower().replace("-", "").replace(" ", "")
    ll = ascii_fold(p.last).lower().replace(" ", "").replace("'", "").replace("-", "")
    p.email = rng.choice([f"{fl}.{ll}", f"{fl[0]}{ll}", f"{ll}{rng.randint(1, 99)}",
                          f"{fl}{ll[:4]}{p.dob.year % 100:02d}"]) + "@" + \
        rng.choice(["gmail.com", "yahoo.com", "midrivers.com", "nemont.net", "icloud.com",
                    "outlook.com", "rtconnect.net", "hotmail.com"])
    p.username = rng.choice([f"{fl[0]}{ll}", f"{fl}_{ll[:5]}", f"{ll}{p.dob.year % 100:02d}"])
    p.ssn = ssn()
    p.mrn = rng.choice([digits(8), "M" + digits(9), "E" + digits(7), digits(7)])
    pl = rng.choice(PLANS)
    p.plan, p.payer_id, kind = pl
    if p.age >= 65 and rng.random() < 0.8:
        p.plan, p.payer_id, kind = PLANS[0]
    if kind == "mbi":
        p.member_id = mbi()
    elif kind == "mcd":
        p.member_id = digits(9) if p.plan.startswith("MONTANA") else "WY" + digits(8)
    else:
        p.member_id = rng.choice(["XJH", "YPM", "W", "ZGB", "H"]) + digits(rng.choice([9, 10]))
    p.group = "GRP" + digits(6)
    p.npam_member = f"NPAM-M-{rng.randint(10000, 99999):06d}" if rng.random() < 0.6 else None
    p.dl = dl(p.state)
    p.wt_kg = rng.randint(3, 5) if p.age == 0 else (
        rng.randint(14, 45) if p.age <= 12 else rng.randint(46, 190))
    p.acct = rng.choice(["77" + digits(8), "PA" + digits(7), digits(10)])
    p.pcr = f"PCR-2026-{rng.randint(1000, 9999):07d}"
    p.visit = rng.choice(["V" + digits(10), digits(9), "ENC" + digits(8)])
    p.rel = Person()
    p.rel.relation = rng.choice(["daughter", "son", "wife", "husband", "mother", "father",
                                 "sister", "grandson", "niece", "partner"])
    rsex = "F" if p.rel.relation in ("daughter", "wife", "mother", "sister", "niece") else "M"
    p.rel.first = rng.choice(FIRST_F if rsex == "F" else FIRST_M)
    p.rel.last = p.last if rng.random() < 0.6 else rng.choice(LASTS)
    p.rel.phone = area + str(rng.randint(200, 989)) + digits(4)
    p.device = None
    r = rng.random()
    if r < 0.14:
        p.device = ("HeartMate 3 LVAD", f"MLP{digits(6)}")
    elif r < 0.24:
        p.device = ("t:slim X2 insulin pump", digits(8))
    elif r < 0.34:
        p.device = ("Medtronic Cobalt XT ICD", f"BWB{digits(6)}H")
    p.plate = plate(p.state)
    p.vin = vin()
    return p


def name(p, style=None):
    style = style if style is not None else rng.randint(0, 8)
    f, l, m = p.first, p.last, p.mi
    return [f"{f} {l}", f"{l}, {f}", f"{l.upper()}, {f.upper()} {m}", f"{f[0]}. {l}",
            f"{f.lower()} {l.lower()}", f"{f} {m}. {l}", f"{l.upper()} {f.upper()}",
            f"{l}, {f} {m}", f"{f.upper()} {l.upper()}"][style]


def rname(p, style=None):
    style = style if style is not None else rng.randint(0, 3)
    r = p.rel
    return [f"{r.first} {r.last}", f"{r.last}, {r.first}", f"{r.first.upper()} {r.last.upper()}",
            f"{r.first} {r.last[0]}."][style]


PATIENTS = [mk_person(age=rng.randint(90, 101) if i % 4 == 0 else None) for i in range(46)]


class Incident:
    pass


def mk_incident(i):
    x = Incident()
    x.no = f"26-{4400 + i * rng.randint(3, 9):06d}"
    x.pt = PATIENTS[i % len(PATIENTS)]
    x.type = rng.choice(["IFT", "IFT", "IFT", "SCENE"])
    if x.pt.age == 0:
        x.type = "IFT"
    x.ac = rng.choice(AIRCRAFT)
    x.send = rng.choice(FACILITIES)
    x.dest = rng.choice(DESTS)
    if x.pt.age == 0:
        x.dx = DX[7]
    elif x.pt.age <= 12:
        x.dx = rng.choice([DX[3], DX[5], DX[6], DX[10]])
    elif x.pt.sex == "M" or x.pt.age > 45:
        x.dx = rng.choice(DX[:7] + DX[8:11])
    else:
        x.dx = rng.choice(DX[:7] + DX[8:])
    x.rn = rng.choice(NURSES)
    x.medic = rng.choice(MEDICS)
    x.pilot = rng.choice(PILOTS)
    x.doc = rng.choice(DOCS)
    x.user = rng.choice(DISPATCH_USERS)
    x.lat = round(rng.uniform(44.6, 48.9), 4)
    x.lon = round(rng.uniform(-109.8, -103.2), 4)
    x.scene = rng.choice([f"MM {rng.randint(12, 240)} I-94 {rng.choice(['EB', 'WB'])}",
                          f"MM {rng.randint(3, 180)} US-212",
                          f"{x.pt.street}, {x.pt.city}",
                          f"Hwy {rng.choice(['59', '200', '7', '39', '16'])} & {rng.choice(STREETS)}",
                          f"{rng.choice(['Cottonwood', 'Rocker Six', 'Lazy JK', 'Sand Creek'])} Ranch, {rng.randint(2, 30)} mi S of {x.pt.city}"])
    x.miles = rng.randint(38, 310)
    x.date = REF if rng.random() < 0.8 else REF - dt.timedelta(days=rng.randint(1, 40))
    return x


INCIDENTS = [mk_incident(i) for i in range(46)]


def inc():
    return rng.choice(INCIDENTS)


# ============================================================================ generators
# Each generator returns a list of L.  phi generators mostly produce lines with spans.

def g_cad_noise():
    t = tick()
    x = inc()
    hdr = f"<134>1 {iso(t)} cad-app01 NPAM.CAD {rng.randint(2000, 9000)} "
    c = rng.randint(0, 7)
    b = L("cad_syslog").t(hdr)
    if c == 0:
        prev, cur = rng.choice([("REQ", "ACCEPTED"), ("DISP", "ENRT"), ("ENRT", "ONSCN"),
                                ("ONSCN", "PTCONTACT"), ("TRANSPORT", "ATDEST"),
                                ("ATDEST", "AVAIL"), ("ACCEPTED", "DISP")])
        b.t(f"INCSTAT - INC={x.no} unit={x.ac[2]} status={cur} prev={prev} "
            f"elapsed=00:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} pos=COMM-{rng.randint(1, 3)} user={x.user}")
    elif c == 1:
        b.t(f"WXCHK - base=BIL metar=\"KBIL {t.day:02d}{t.hour:02d}{rng.choice(['53', '56'])}Z "
            f"{rng.randint(18, 34)}0{rng.randint(5, 25):02d}KT 10SM FEW{rng.randint(40, 120):03d} "
            f"M0{rng.randint(1, 8)}/M{rng.randint(9, 15)} A29{rng.randint(70, 99)}\" decision=GO "
            f"min_ceiling_ft=800 min_vis_sm=2")
    elif c == 2:
        b.t(f"WXTURNDOWN - INC={x.no} unit={x.ac[2]} reason=\"ceiling {rng.choice([300, 400, 500])} ft "
            f"vis {rng.choice(['1', '1 1/2', '3/4'])}SM -FZDZ at {rng.choice(['KSDY', 'KGDV', 'KMLS', 'KGCC'])}\" "
            f"referred_to=\"ground CCT\" notify=sender")
    elif c == 3:
        b.t(f"UNITPOS - unit={x.ac[2]} tail={x.ac[0]} src=SKYTRAC lat={x.lat + 0.2:.4f} "
            f"lon={x.lon - 0.3:.4f} gs_kt={rng.randint(110, 150)} eta_min={rng.randint(8, 55)}")
    elif c == 4:
        b.t(f"AUDIT - user={x.user} action=LOGIN ws=CC-WS0{rng.randint(1, 6)} "
            f"ip=10.20.{rng.randint(1, 9)}.{rng.randint(10, 250)} result=OK mfa=duo")
    elif c == 5:
        b.t(f"SYNC - interface=ForeFlight OPS flights_pushed={rng.randint(1, 6)} "
            f"lat_ms={rng.randint(80, 900)} http=200 req_id={uuid4()}")
    elif c == 6:
        b.t(f"INCSTAT - INC={x.no} unit={x.ac[2]} status=CANCELLED reason=\"pt transported by "
            f"ground\" by={x.user}")
    else:
        b.t(f"ALERT - flight_following overdue unit={x.ac[2]} last_pos_age_s={rng.randint(900, 1300)} "
            f"action=\"radio check\" ack={x.user}")
    return [b]


def g_cad_phi():
    t = tick()
    x = inc()
    p = x.pt
    hdr = f"<134>1 {iso(t)} cad-app01 NPAM.CAD {rng.randint(2000, 9000)} "
    c = rng.randint(0, 3)
    b = L("cad_syslog").t(hdr)
    if c == 0 and x.type == "IFT":
        b.t(f"INCNEW - INC={x.no} type=IFT pri={rng.randint(1, 3)} svc={'FW' if x.ac[3].startswith('PC') else 'RW'} "
            f"req_fac=\"{x.send[0]}\" req_ph={x.send[1]} pt=\"").p(name(p, rng.choice([2, 6, 7])), "name")
        b.t("\" age=")
        b.v(p.age, "age" if p.age > 89 else None)
        b.t(f" sex={p.sex} wt_kg={p.wt_kg} dx=\"{x.dx[1]}\" dest=\"{x.dest}\" accept_md=\"{x.doc.split()[-1]}\"")
    elif c <= 1:
        b.t(f"INCNEW - INC={x.no} type=SCENE pri=1 svc=RW req_agency=\"{p.county} Co Sheriff\" loc=\"")
        b.p(x.scene, "address").t("\" county=").p(p.county, "address")
        b.t(" lat=").p(f"{x.lat:.4f}", "address").t(" lon=").p(f"{x.lon:.4f}", "address")
        b.t(f" lz=\"{rng.choice(['hwy closed, FD lighting LZ', 'hayfield N of residence', 'school football field'])}\" pt_count={rng.randint(1, 3)}")
    elif c == 2:
        b.t(f"CALLBK - INC={x.no} caller=\"").p(rname(p), "name")
        b.t(f" ({p.rel.relation})\" cb=").p(fmt_phone(p.rel.phone), "phone")
        b.t(" note=\"requesting ETA to " + x.dest + "; verified w/ pt PIN, advised to drive\"")
    else:
        b.t(f"PTUPD - INC={x.no} field=dob old=\"\" new=\"").p(fmt_date(p.dob, rng.choice([0, 1, 5])), "date")
        b.t(f"\" src=\"{x.send[0]} face sheet\" user={x.user}")
    return [b]


def g_callrec():
    t = tick()
    x = inc()
    p = x.pt
    b = L("call_recording_json")
    rec = uuid4()
    fam = rng.random() < 0.45
    b.t('{"recId":"' + rec + '","recorder":"NexLog-740","channel":' + str(rng.randint(1, 24)) +
        ',"position":"COMM-' + str(rng.randint(1, 3)) + '","start":"' +
        (t - dt.timedelta(seconds=200)).strftime("%Y-%m-%dT%H:%M:%SZ") +
        '","durationSec":' + str(rng.randint(14, 600)) + ',"direction":"' +
        rng.choice(["inbound", "outbound"]) + '","ani":"')
    if fam:
        b.p(p.rel.phone, "phone").t('","callerType":"FAMILY","callerName":"').p(rname(p, 0), "name")
    else:
        ct, cn, ani = rng.choice([("HOSPITAL", "ED charge RN", x.send[1]), ("HOSPITAL", "House supervisor", x.send[1]),
                                  ("PSAP", f"{x.pt.county} Co 911", "406" + str(rng.randint(200, 989)) + "0911"),
                                  ("EMS", f"Medic {rng.randint(1, 40)}", "406" + str(rng.randint(200, 989)) + digits(4))])
        b.t(ani + '","callerType":"' + ct + '"')
        b.t(',"callerName":"' + cn)
    b.t('","dnis":"8004424911","agent":"' + x.user + '","incident":"' + x.no +
        '","file":"/rec/2026/03/14/' + rec[:8] + '.wav","sha1":"' + hexs(40) + '"}')
    return [b]


def g_adsb():
    t = tick(1, 6)
    ac = rng.choice(AIRCRAFT)
    d = t.strftime("%Y/%m/%d")
    tm = t.strftime("%H:%M:%S.") + "%03d" % (t.microsecond // 1000)
    tm2 = t.strftime("%H:%M:%S.") + "%03d" % min(999, t.microsecond // 1000 + 22)
    ty = rng.choice([1, 3, 3, 4, 5])
    pre = f"MSG,{ty},1,1,{ac[1]},1,{d},{tm},{d},{tm2},"
    if ty == 1:
        body = f"{ac[2]},,,,,,,,,,0"
    elif ty == 3:
        body = (f",{rng.randint(38, 120) * 100},,,{rng.uniform(44.6, 48.9):.5f},"
                f"{rng.uniform(-109.8, -103.2):.5f},,,0,0,0,0")
    elif ty == 4:
        body = f",,{rng.randint(95, 160)},{rng.randint(0, 359)},,,{rng.choice([-512, 0, 64, 640])},,0,0,0,0"
    else:
        body = f",{rng.randint(38, 120) * 100},,,,,,,0,,0,0"
    return [L("adsb_sbs").t(pre + body)]


def g_readsb():
    t = tick(1, 6)
    ac = rng.choice(AIRCRAFT)
    j = {"now": round(t.timestamp(), 1), "hex": ac[1].lower(), "type": "adsb_icao",
         "flight": ac[2].ljust(8), "r": ac[0], "alt_baro": rng.randint(38, 120) * 100,
         "gs": round(rng.uniform(95, 160), 1), "track": round(rng.uniform(0, 359), 1),
         "squawk": rng.choice(["1200", "4652", "0217"]), "emergency": "none", "category": "A7",
         "lat": round(rng.uniform(44.6, 48.9), 6), "lon": round(rng.uniform(-109.8, -103.2), 6),
         "nic": 8, "rc": 186, "seen_pos": round(rng.uniform(0, 3), 1), "rssi": round(rng.uniform(-30, -8), 1)}
    return [L("readsb_json").t(json.dumps(j, separators=(",", ":")))]


def g_sat():
    t = tick()
    ac = rng.choice(AIRCRAFT)
    c = rng.randint(0, 2)
    if c < 2:
        s = (f"{t.strftime('%b %d %H:%M:%S')} ops-gw01 sbd-gw[2231]: MO imei={ac[5]} momsn={rng.randint(10000, 40000)} "
             f"cep={rng.randint(2, 9)}km tail={ac[0]} lat={rng.uniform(44.6, 48.9):.5f} lon={rng.uniform(-109.8, -103.2):.5f} "
             f"alt_ft={rng.randint(38, 120) * 100} gs_kt={rng.randint(90, 160)} hdg={rng.randint(0, 359):03d} "
             f"evt={rng.choice(['POS', 'POS', 'TOFF', 'LAND', 'ENG_START'])} sess={rng.randint(0, 2)}")
    else:
        s = (f"{t.strftime('%b %d %H:%M:%S')} ops-gw01 sbd-gw[2231]: DIRECTIP session error imei={ac[5]} "
             f"status=13 (session timed out) retry_in=30s")
    return [L("iridium_sbd").t(s)]


def g_inreach(phi):
    t = tick()
    x = inc()
    p = x.pt
    ac = x.ac
    ts = int(t.timestamp() * 1000)
    b = L("inreach_ipc")
    b.t('{"Version":"2.0","Events":[{"imei":"' + ac[5] + '","messageCode":')
    if not phi:
        code = rng.choice([0, 0, 3])
        b.t(str(code) + ',"freeText":"')
        if code == 3:
            b.t(rng.choice([f"{ac[2]} wheels up {x.send[0].split()[0]}, 3 souls, ETA {rng.randint(20, 70)}",
                            f"{ac[2]} fuel stop KGDV, {rng.randint(15, 30)} min",
                            f"{ac[2]} back in svc, RTB"]))
    else:
        b.t('3,"freeText":"')
        c = rng.randint(0, 2)
        if c == 0:
            b.t(f"{ac[2]} pt contact. pt ").p(name(p, rng.choice([0, 4, 3])), "name")
            b.t(f" {p.age if p.age <= 89 else ''}")
            if p.age > 89:
                b.p(str(p.age), "age")
            b.t(f"{p.sex} {x.dx[1]}, GCS {rng.randint(3, 15)}. ETA {x.dest.split()[0]} {rng.randint(25, 80)}")
        elif c == 1:
            b.t(f"{ac[2]} scene at ").p(x.scene, "address").t(", LZ secure, 1 pt")
        else:
            b.t("pls call pt wife/fam ").p(fmt_phone(p.rel.phone, 2), "phone").t(" re belongings")
    b.t('","timeStamp":' + str(ts) + ',"addresses":[{"address":"ops@npam-air.org"}],"point":{"latitude":' +
        f"{rng.uniform(44.6, 48.9):.5f}" + ',"longitude":' + f"{rng.uniform(-109.8, -103.2):.5f}" +
        ',"altitude":' + str(rng.randint(800, 3600)) + ',"gpsFix":2,"course":' + str(rng.randint(0, 359)) +
        ',"speed":' + str(rng.randint(0, 280)) + '},"status":{"autonomous":0,"lowBattery":0,"intervalChange":0,"resetDetected":0}}]}')
    return [b]


NEMSIS_NOISE = [
    lambda x: f"<eResponse.03>{x.no}</eResponse.03>",
    lambda x: f"<eResponse.05>{rng.choice(['2205001', '2205003', '2205005'])}</eResponse.05>",
    lambda x: f"<eResponse.13>{x.ac[2]}</eResponse.13>",
    lambda x: f"<eResponse.14>{x.ac[0]}</eResponse.14>",
    lambda x: f"<eVitals.06>{rng.randint(70, 180)}</eVitals.06>",
    lambda x: f"<eVitals.10>{rng.randint(48, 160)}</eVitals.10>",
    lambda x: f"<eVitals.12>{rng.randint(84, 100)}</eVitals.12>",
    lambda x: f"<eVitals.16>{rng.randint(22, 48)}</eVitals.16>",
    lambda x: f"<eSituation.11>{x.dx[0]}</eSituation.11>",
    lambda x: f"<eMedications.03>{rng.choice(['7052', '3992', '4337', '1815'])}</eMedications.03>",
    lambda x: f"<eDevice.02>{rng.choice(['ZOLL X', 'HAMILTON-T1', 'Arrow AC3'])} SN {rng.choice(['AR', 'T1-', 'AC3-'])}{digits(7)}</eDevice.02>",
    lambda x: f"<eCrew.01>{rng.choice(['FN', 'FP'])}{digits(4)}</eCrew.01>",
    lambda x: f"<eDisposition.01>{x.dest}</eDisposition.01>",
    lambda x: f"<eOutcome.01 NV=\"7701003\" xsi:nil=\"true\"/>",
    lambda x: f"<eState.01 CorrelationID=\"{uuid4()}\">{rng.randint(100, 999)}</eState.01>",
    lambda x: "</PatientCareReport>",
    lambda x: f"<PatientCareReport UUID=\"{uuid4()}\">",
    lambda x: "<Header><DemographicGroup><dAgency.01>MT-AM-0142</dAgency.01><dAgency.02>4412</dAgency.02></DemographicGroup>",
]


def g_nemsis_noise():
    x = inc()
    return [L("nemsis_xml").t(rng.choice(NEMSIS_NOISE)(x))]


def g_nemsis_phi():
    x = inc()
    p = x.pt
    out = []
    fields = rng.sample(range(16), rng.randint(2, 5))
    fields.sort()
    for f in fields:
        b = L("nemsis_xml")
        if f == 0:
            b.t("<eRecord.01>").p(p.pcr, "other_id").t("</eRecord.01>")
        elif f == 1:
            b.t("<ePatient.02>").p(p.last, "name").t("</ePatient.02>")
        elif f == 2:
            b.t("<ePatient.03>").p(p.first, "name").t("</ePatient.03>")
        elif f == 3:
            b.t("<ePatient.05><StreetAddress>").p(p.street, "address").t("</StreetAddress><City>") \
                .p(p.gnis, "address").t(f"</City><State>{p.state}</State><ZIP>").p(p.zip, "zip").t("</ZIP></ePatient.05>")
        elif f == 4:
            b.t("<ePatient.07>").p(p.fips, "address").t("</ePatient.07>")
        elif f == 5:
            b.t("<ePatient.09>").p(p.zip, "zip").t("</ePatient.09>")
        elif f == 6:
            b.t("<ePatient.12>").p(p.ssn.replace("-", ""), "ssn").t("</ePatient.12>")
        elif f == 7:
            b.t("<ePatient.15>").v(p.age, "age" if p.age > 89 else None).t("</ePatient.15>")
        elif f == 8:
            b.t("<ePatient.17>").p(p.dob.isoformat(), "date").t("</ePatient.17>")
        elif f == 9:
            b.t('<ePatient.18 PhoneNumberType="9913009">').p(fmt_phone(p.phone, 1), "phone").t("</ePatient.18>")
        elif f == 10:
            b.t('<ePatient.19 EmailAddressType="9904001">').p(p.email, "email").t("</ePatient.19>")
        elif f == 11:
            b.t(f"<ePatient.20>{p.state}</ePatient.20><ePatient.21>").p(p.dl, "license").t("</ePatient.21>")
        elif f == 12:
            if x.date == REF:
                ts = CLOCK - dt.timedelta(minutes=rng.randint(5, 110), seconds=rng.randint(0, 59))
            else:
                ts = dt.datetime.combine(x.date, dt.time(rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)))
            tn = rng.choice(["03", "05", "07", "11", "12"])
            b.t(f"<eTimes.{tn}>").p(ts.strftime("%Y-%m-%dT%H:%M:%S") + TZ, "date").t(f"</eTimes.{tn}>")
        elif f == 13:
            b.t("<ePayment.18>").p(p.member_id, "health_plan").t("</ePayment.18>")
        elif f == 14:
            b.t("<ePayment.19>").p(p.rel.last if rng.random() < 0.5 else p.last, "name").t("</ePayment.19>")
        else:
            b.t("<eNarrative.01>").t(rng.choice([
                f"Called to {x.send[0]} for IFT of {p.age if p.age <= 89 else ''}",
                f"Flight crew arrived at bedside; {p.age if p.age <= 89 else ''}"]))
            if p.age > 89:
                b.p(str(p.age), "age")
            b.t(f" y/o {'female' if p.sex == 'F' else 'male'} ").p(name(p, 0), "name")
            b.t(f" w/ {x.dx[1]}. Report received from {x.doc}. Pt packaged on vent, {rng.randint(2, 4)} drips.</eNarrative.01>")
        out.append(b)
    # add a noise element occasionally
    if rng.random() < 0.4:
        out.insert(rng.randint(0, len(out)), L("nemsis_xml").t(rng.choice(NEMSIS_NOISE)(x)))
    return out


def g_nemsis_photo():
    x = inc()
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00" + \
        bytes(rng.randint(0, 255) for _ in range(rng.randint(150, 260)))
    b64 = base64.b64encode(raw).decode()
    out = [L("nemsis_xml").t("<eOther.09>4509015</eOther.09><eOther.10>image/jpeg</eOther.10>")]
    out.append(L("nemsis_xml").t('<eOther.22 fileName="pt_id_photo.jpg">').p(b64, "photo").t("</eOther.22>"))
    return out


def g_pdf_noise():
    x = inc()
    c = rng.randint(0, 5)
    if c == 0:
        s = f"Page {rng.randint(1, 6)} of {rng.randint(6, 9)}                Northern Plains Air Medical        Incident # {x.no}"
    elif c == 1:
        s = f"Crew:  {x.rn};  {x.medic};  PIC {x.pilot}"
    elif c == 2:
        s = (f"  {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}    BP {rng.randint(70, 170)}/{rng.randint(40, 100)}   HR {rng.randint(50, 150)}"
             f"   RR {rng.randint(10, 30)}   SpO2 {rng.randint(86, 100)}%   EtCO2 {rng.randint(25, 48)}   GCS {rng.randint(3, 15)}")
    elif c == 3:
        s = f"Medication          Dose       Route    Time     Crew\n"[:-1]
    elif c == 4:
        s = f"  Norepinephrine      {rng.randint(2, 20)} mcg/min   IV       {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}    {x.rn.split(',')[0]}"
    else:
        s = f"Electronically signed by {x.rn} at {iso(tick(), False)}  (device iPad-FN-{rng.randint(10, 40)})"
    return [L("epcr_pdf_text").t(s)]


def g_pdf_phi():
    x = inc()
    p = x.pt
    c = rng.randint(0, 6)
    b = L("epcr_pdf_text")
    if c == 0:
        b.t("Patient:  ").p(name(p, rng.choice([2, 7, 5])), "name").t("          DOB:  ") \
            .p(fmt_date(p.dob, rng.choice([0, 7, 2])), "date").t("   Age:  ")
        b.v(p.age, "age" if p.age > 89 else None).t(f" Y     Sex: {p.sex}     Weight: {p.wt_kg} kg")
    elif c == 1:
        b.t("Home Address:  ").p(f"{p.street}, {p.city}", "address").t(f", {p.state} ").p(p.zip, "zip") \
            .t("     Phone:  ").p(fmt_phone(p.phone, 0), "phone")
    elif c == 2:
        b.t("PCR #:  ").p(p.pcr, "other_id").t("        Date of Service:  ").p(fmt_date(x.date, 0), "date") \
            .t(f"        Incident #:  {x.no}")
    elif c == 3:
        b.t("Insurance:  " + p.plan + "    Policy #:  ").p(p.member_id, "health_plan") \
            .t("    Insured:  ").p(name(p, 1) if rng.random() < 0.5 else rname(p, 1), "name")
    elif c == 5:
        b.t("Emergency Contact:  ").p(rname(p, rng.choice([0, 1])), "name").t(f" ({p.rel.relation.title()})   Ph: ") \
            .p(fmt_phone(p.rel.phone, rng.choice([0, 1, 3])), "phone")
    elif c == 6 and p.device:
        b.t(f"Implanted/Home Device:  {p.device[0]}   Serial:  ").p(p.device[1], "device") \
            .t("   Settings verified w/ sending RN")
    else:
        b.t("Sending MRN:  ").p(p.mrn, "mrn").t(f"     Sending Facility:  {x.send[0]}     Accepting:  {x.doc}")
    return [b]


def g_wb_noise():
    t = tick()
    x = inc()
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    c = rng.randint(0, 3)
    crew = rng.randint(290, 390)
    fuel = rng.randint(600, 1400)
    if c <= 1:
        pt = rng.randint(8, 420)
        gw = 3900 + crew + pt + fuel + rng.randint(100, 300)
        s = (f"{ts} INFO [wbcalc.engine] mission={x.no} acft={x.ac[0]} cfg={x.ac[3].replace(' ', '')}/ICU "
             f"pic_lb={rng.randint(150, 230)} crew_lb={crew} pt_lb={pt} equip_lb={rng.randint(60, 180)} "
             f"fuel_lb={fuel} gw_lb={gw} mgw_lb=6250 cg_long_in={rng.uniform(169.0, 176.5):.1f} "
             f"cg_lat_in={rng.uniform(-1.5, 1.5):+.1f} within={'True' if gw < 6250 else 'False'}")
    elif c == 2:
        s = f"{ts} DEBUG [wbcalc.fuel] burn_rate_pph={rng.randint(380, 520)} reserve_min=20 leg_nm={rng.randint(40, 260)} result=OK"
    else:
        s = f"{ts} WARNING [wbcalc.api] stale aircraft basic empty weight for {x.ac[0]}: last W&B report 2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}, recheck required"
    return [L("wb_python").t(s)]


def g_wb_phi():
    t = tick()
    x = inc()
    p = x.pt
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    b = L("wb_python").t(f"{ts} WARNING [wbcalc.engine] ")
    c = rng.randint(0, 1)
    if c == 0:
        b.t("patient weight exceeds litter limit: pt=").p(name(p, 1), "name") \
            .t(f" wt_lb={rng.randint(360, 520)} litter_max=350 mission={x.no} acft={x.ac[0]} -> bariatric config required")
    else:
        b.t(f"weight source mismatch mission={x.no} pcr=").p(p.pcr, "other_id") \
            .t(f" cad_kg={p.wt_kg} sender_kg={p.wt_kg + rng.randint(3, 14)} using=sender")
    return [b]


def g_transfer():
    t = tick()
    x = inc()
    p = x.pt
    b = L("transfer_note").t(f"{t.strftime('%Y-%m-%d %H:%M:%S')} [TC-NOTE] user={x.user} inc={x.no}: ")
    c = rng.randint(0, 3)
    if c == 0:
        spec = "NICU" if p.age == 0 else "PICU" if p.age <= 12 else rng.choice(
            ["cardiology", "neurosurgery", "trauma", "CT surgery"] + (["MFM"] if p.sex == "F" and p.age < 46 else []))
        b.t(f"ACCEPTED - {x.doc} ({spec}) accepts pt ")
        b.p(name(p, rng.choice([0, 5, 3])), "name").t(", ")
        b.v(p.age, "age" if p.age > 89 else None).t(f"{p.sex.lower()}, DOB ").p(fmt_date(p.dob, rng.choice([5, 7, 0])), "date")
        b.t(", MRN ").p(p.mrn, "mrn").t(f" from {x.send[0]} to {x.dest} bed {rng.randint(2, 40)}{rng.choice('ABC')}. "
                                          f"Callback {fmt_phone(x.send[1], 0)}, fax face sheet to {fmt_phone(x.send[2], 1)}.")
    elif c == 1:
        b.t("Spoke w/ pt's " + p.rel.relation + " ").p(rname(p, 0), "name").t(" at ").p(fmt_phone(p.rel.phone), "phone") \
            .t(" - family will drive to " + x.dest.split(" - ")[0] + ", given unit # and parking info.")
    elif c == 2:
        b.t(f"Sending RN reports pt (").p(name(p, 4), "name").t(") ")
        if p.device:
            tail = {"HeartMate 3 LVAD": "; LVAD coordinator notified, pump controller + spare batteries to travel w/ pt.",
                    "t:slim X2 insulin pump": "; pump suspended, insulin gtt per protocol, pump to travel in pt belongings bag.",
                    "Medtronic Cobalt XT ICD": "; 2 shocks prior to arrival, magnet available, rep paged."}[p.device[0]]
            b.t(f"has {p.device[0]} SN ").p(p.device[1], "device").t(tail)
        else:
            b.t(f"intubated {rng.randint(1, 9)} hrs ago, on {rng.choice(['levo', 'epi', 'vaso'])}, ABG pending. Admit date ") \
                .p(fmt_date(x.date - dt.timedelta(days=rng.randint(0, 3)), rng.choice([0, 5, 3])), "date").t(".")
    else:
        b.t("DECLINED by " + x.dest + " (no ICU beds); redirected to " + rng.choice([d for d in DESTS if d != x.dest]) +
            ". Pt ").p(name(p, rng.choice([3, 6])), "name").t(", ")
        b.v(p.age, "age" if p.age > 89 else None).t(f"{p.sex}, {x.dx[1]}.")
    return [b]


def g_transfer_noise():
    t = tick()
    x = inc()
    s = rng.choice([
        f"{t.strftime('%Y-%m-%d %H:%M:%S')} [TC-NOTE] user={x.user} inc={x.no}: bed board refreshed, {rng.randint(0, 6)} ICU beds open at {x.dest}",
        f"{t.strftime('%Y-%m-%d %H:%M:%S')} [TC-NOTE] user={x.user} inc={x.no}: conference call w/ {x.doc} and {x.send[0]} ED, line 1-800-442-4911 x{rng.randint(200, 299)}",
        f"{t.strftime('%Y-%m-%d %H:%M:%S')} [TC-NOTE] user={x.user} inc={x.no}: sender asked for blood products; 2u PRBC + 2u plasma loaded by {x.rn.split(',')[0]}",
    ])
    return [L("transfer_note").t(s)]


def g_hl7():
    x = inc()
    p = x.pt
    t = tick()
    ts = t.strftime("%Y%m%d%H%M%S")
    fac = "".join(w[0] for w in x.send[0].split()[:3]).upper()
    out = [L("hl7_adt").t(f"MSH|^~\\&|EPIC|{fac}|XFERCTR|NPAM|{ts}||ADT^A01^ADT_A01|{fac}{digits(7)}|P|2.5.1")]
    b = L("hl7_adt").t("PID|1||").p(p.mrn, "mrn").t(f"^^^{fac}^MR||").p(ascii_fold(p.last).upper(), "name").t("^") \
        .p(ascii_fold(p.first).upper(), "name").t(f"^{p.mi}||").p(p.dob.strftime("%Y%m%d"), "date") \
        .t(f"|{p.sex}|||").p(ascii_fold(p.street).upper(), "address").t("^^").p(p.city.upper(), "address") \
        .t(f"^{p.state}^").p(p.zip, "zip").t("^USA^H||").p(fmt_phone(p.phone, 0), "phone").t("|||||") \
        .p(p.acct, "account").t("|").p(p.ssn, "ssn")
    out.append(b)
    if rng.random() < 0.6:
        b = L("hl7_adt").t("NK1|1|").p(ascii_fold(p.rel.last).upper(), "name").t("^") \
            .p(ascii_fold(p.rel.first).upper(), "name").t(f"|{p.rel.relation[:3].upper()}^{p.rel.relation}||") \
            .p(fmt_phone(p.rel.phone, 0), "phone").t("||EC^Emergency Contact")
        out.append(b)
    d = x.doc.split()
    b = L("hl7_adt").t(f"PV1|1|E|ED^{rng.randint(1, 20)}^1^{fac}||||{digits(10)}^{ascii_fold(d[-1]).upper()}^{ascii_fold(d[1]).upper()}^^^MD|||||||||||") \
        .p(p.visit, "other_id").t("|||||||||||||||||||||||||") \
        .p((CLOCK - dt.timedelta(minutes=rng.randint(40, 4000))).strftime("%Y%m%d%H%M"), "date")
    out.append(b)
    if rng.random() < 0.5:
        out.append(L("hl7_adt").t(f"OBX|1|NM|29463-7^Body weight^LN||{p.wt_kg}|kg|||||F"))
    return out


def x12_name(s):
    return ascii_fold(s).upper()


def g_x12():
    x = inc()
    p = x.pt
    t = tick()
    out = []
    ctl = digits(9)
    if rng.random() < 0.3:
        out.append(L("x12_837").t(f"ISA*00*          *00*          *ZZ*NPAMBILL       *ZZ*AVAILITY       *"
                                  f"{t.strftime('%y%m%d')}*{t.strftime('%H%M')}*^*00501*{ctl}*0*P*:~"))
        out.append(L("x12_837").t(f"GS*HC*NPAMBILL*AVAILITY*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}*{int(ctl) % 100000}*X*005010X222A1~"))
    out.append(L("x12_837").t("NM1*85*2*NORTHERN PLAINS AIR MEDICAL*****XX*1639271845~"))
    sub_is_pt = rng.random() < 0.7
    b = L("x12_837").t("NM1*IL*1*")
    if sub_is_pt:
        b.p(x12_name(p.last), "name").t("*").p(x12_name(p.first), "name").t(f"*{p.mi}***MI*")
    else:
        b.p(x12_name(p.rel.last), "name").t("*").p(x12_name(p.rel.first), "name").t("****MI*")
    b.p(p.member_id, "health_plan").t("~")
    out.append(b)
    out.append(L("x12_837").t("N3*").p(x12_name(p.street), "address").t("~"))
    out.append(L("x12_837").t("N4*").p(x12_name(p.city), "address").t(f"*{p.state}*").p(p.zip + digits(4), "zip").t("~"))
    out.append(L("x12_837").t("DMG*D8*").p(p.dob.strftime("%Y%m%d"), "date").t(f"*{p.sex}~"))
    if rng.random() < 0.3:
        out.append(L("x12_837").t("REF*SY*").p(p.ssn.replace("-", ""), "ssn").t("~"))
    out.append(L("x12_837").t(f"NM1*PR*2*{p.plan}*****PI*{p.payer_id}~"))
    chg = rng.randint(28000, 72000)
    out.append(L("x12_837").t("CLM*").p(p.acct, "account").t(f"*{chg}***41:B:1*Y*A*Y*Y~"))
    out.append(L("x12_837").t(f"CR1*LB*{round(p.wt_kg * 2.2046)}**A*DH*{x.miles}****{x.dx[1].upper()[:40]}~"))
    out.append(L("x12_837").t(f"HI*ABK:{x.dx[0].replace('.', '')}~"))
    if x.type == "SCENE" and rng.random() < 0.6:
        out.append(L("x12_837").t("NM1*PW*2~"))
        out.append(L("x12_837").t("N3*").p(x12_name(x.scene), "address").t("~"))
    if rng.random() < 0.5:
        out.append(L("x12_837").t("LX*1~"))
    out.append(L("x12_837").t(f"SV1*HC:{'A0431' if x.ac[3][0] != 'P' else 'A0430'}:RH*{chg - x.miles * 95}*UN*1***1~"))
    out.append(L("x12_837").t("DTP*472*D8*").p(x.date.strftime("%Y%m%d"), "date").t("~"))
    if rng.random() < 0.5:
        out.append(L("x12_837").t(f"SV1*HC:{'A0436' if x.ac[3][0] != 'P' else 'A0435'}:RH*{x.miles * 95}*UN*{x.miles}***1~"))
    return out


def g_x12_noise():
    t = tick()
    c = rng.randint(0, 3)
    s = [f"SE*{rng.randint(22, 61)}*0001~", f"GE*1*{rng.randint(1000, 99999)}~",
         f"IEA*1*{digits(9)}~",
         f"TA1*{digits(9)}*{t.strftime('%y%m%d')}*{t.strftime('%H%M')}*A*000~"][c]
    return [L("x12_837").t(s)]


def g_835():
    x = inc()
    p = x.pt
    out = []
    paid = rng.randint(6000, 30000)
    out.append(L("x12_835").t("CLP*").p(p.acct, "account").t(f"*1*{rng.randint(28000, 72000)}*{paid}.{digits(2)}*0*MB*")
               .p(digits(13), "other_id").t("*41*1~"))
    out.append(L("x12_835").t("NM1*QC*1*").p(x12_name(p.last), "name").t("*").p(x12_name(p.first), "name")
               .t("****MI*").p(p.member_id, "health_plan").t("~"))
    out.append(L("x12_835").t(f"CAS*CO*45*{rng.randint(5000, 40000)}.00~"))
    out.append(L("x12_835").t("DTM*232*").p(x.date.strftime("%Y%m%d"), "date").t("~"))
    return out


def g_member_csv():
    p = rng.choice(PATIENTS)
    b = L("membership_csv")
    if p.npam_member is None:
        p.npam_member = f"NPAM-M-{rng.randint(10000, 99999):06d}"
    joined = REF - dt.timedelta(days=rng.randint(30, 3000))
    renew = dt.date(REF.year + 1, joined.month, min(joined.day, 28))
    plan = "SENIOR" if p.age >= 65 else rng.choice(["HOUSEHOLD", "INDIVIDUAL"])
    b.p(p.npam_member, "health_plan").t(f",{rng.choice(['ACTIVE', 'ACTIVE', 'LAPSED', 'PENDING'])},{plan},")
    b.t('"').p(name(p, 1), "name").t('",').p(p.dob.strftime("%m/%d/%Y"), "date").t(",")
    b.p(p.street, "address").t(",").p(p.city, "address").t(f",{p.state},").p(p.zip, "zip").t(",")
    b.p(fmt_phone(p.phone, 1), "phone").t(",")
    if rng.random() < 0.35:
        b.p(fmt_phone(p.cell, 1), "fax")
    b.t(",").p(p.email, "email").t(f",{rng.randint(1, 6)},").p(joined.isoformat(), "date").t(",") \
        .p(renew.isoformat(), "date").t(f",{rng.choice(['ACH', 'CARD', 'CHECK', 'PAYROLL-DED'])}")
    return [b]


def g_member_csv_noise():
    c = rng.randint(0, 2)
    t = tick()
    s = ["member_no,status,plan,primary_name,dob,addr1,city,state,zip,phone,fax,email,household_size,joined,renewal_date,pay_method",
         f"# export members_{t.strftime('%Y%m%d')}.csv rows={rng.randint(9000, 14000)} generated_by=memb-export 3.4.{rng.randint(0, 9)} sha256={hexs(64)}",
         f"# reciprocity file for AirMedCare partner feed, delimiter=',' quote='\"' encoding=utf-8 crc32={hexs(8)}"][c]
    return [L("membership_csv").t(s)]


def mel(level, cat, eid):
    return f"{level}: {cat}[{eid}]"


def g_dotnet_noise():
    t = tick()
    c = rng.randint(0, 6)
    out = []
    if c == 0:
        out.append(L("dotnet_mel").t(mel("info", "Microsoft.Hosting.Lifetime", 14)))
        out.append(L("dotnet_mel").t(f"      Now listening on: http://[::]:{rng.choice([5000, 8080, 5080])}"))
    elif c == 1:
        out.append(L("dotnet_mel").t(mel("fail", "Npam.Billing.AvailityClient", 0)))
        out.append(L("dotnet_mel").t("      System.Net.Http.HttpRequestException: Response status code does not indicate success: 503 (Service Unavailable)."))
        out.append(L("dotnet_mel").t("         at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()"))
        out.append(L("dotnet_mel").t("         at Npam.Billing.AvailityClient.SubmitAsync(X12Envelope env, CancellationToken ct) in /src/Npam.Billing/AvailityClient.cs:line 118"))
    elif c == 2:
        out.append(L("dotnet_mel").t(mel("warn", "Microsoft.EntityFrameworkCore.Database.Command", 20101)))
        out.append(L("dotnet_mel").t(f"      Executed DbCommand ({rng.randint(900, 4200)}ms) [Parameters=[@__batchId_0='{uuid4()}'], CommandType='Text', CommandTimeout='30']"))
    elif c == 3:
        out.append(L("dotnet_serilog").t(f"{t.strftime('%Y-%m-%d %H:%M:%S.')}{t.microsecond // 1000:03d} {TZ} [INF] "
                                         f"ClaimBatch {rng.randint(4000, 4999)} submitted: {rng.randint(3, 40)} claims, 999 ack pending, elapsed {rng.randint(200, 9000)} ms"))
    elif c == 4:
        j = {"@t": t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}0Z", "@mt": "Eligibility batch {BatchId} finished in {Elapsed} ms with {Errors} errors",
             "BatchId": rng.randint(10000, 99999), "Elapsed": rng.randint(300, 9000), "Errors": rng.randint(0, 3),
             "SourceContext": "Npam.Billing.EligibilityWorker", "TraceId": hexs(32), "SpanId": hexs(16)}
        out.append(L("dotnet_clef").t(json.dumps(j, separators=(",", ":"))))
    elif c == 5:
        out.append(L("dotnet_serilog").t(f"{t.strftime('%Y-%m-%d %H:%M:%S.')}{t.microsecond // 1000:03d} {TZ} [DBG] "
                                         f"Card gateway ping ok, test PAN 4242424242424242 tokenized in {rng.randint(80, 400)} ms (sandbox)"))
    else:
        out.append(L("dotnet_mel").t(mel("info", "Npam.Membership.RenewalJob", 3001)))
        out.append(L("dotnet_mel").t(f"      Renewal run {t.strftime('%Y%m%d')}: due={rng.randint(100, 400)} charged={rng.randint(80, 390)} declined={rng.randint(0, 12)} build=2026.3.{rng.randint(100, 300)}+{hexs(7)}"))
    return out


def g_dotnet_phi():
    t = tick()
    x = inc()
    p = x.pt
    c = rng.randint(0, 8)
    out = []
    if c == 0:
        out.append(L("dotnet_mel").t(mel("info", "Npam.Billing.ClaimBuilder", 1001)))
        b = L("dotnet_mel").t(f"      Built 837P for trip {x.no} patient ").p(name(p, 0), "name").t(" (acct ") \
            .p(p.acct, "account").t(f"), 2 service lines, total ${rng.randint(28000, 72000):,}.00")
        out.append(b)
    elif c == 1:
        j_pre = '{"@t":"' + t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}0Z" + \
            '","@mt":"271 received for {MemberId} ({PatientName}) coverage {Status}","@l":"Information","MemberId":"'
        b = L("dotnet_clef").t(j_pre).p(p.member_id, "health_plan").t('","PatientName":"').p(name(p, 8), "name") \
            .t('","Status":"' + rng.choice(["Active", "Inactive", "Active-MSP"]) + '","Payer":"' + p.plan +
               '","SourceContext":"Npam.Billing.EligibilityWorker","TraceId":"' + hexs(32) + '"}')
        out.append(b)
    elif c == 2:
        pre = rng.choice(["4", "51", "37", "6011"])
        card = luhn_complete(pre, 15 if pre == "37" else 16)
        b = L("dotnet_serilog").t(f"{t.strftime('%Y-%m-%d %H:%M:%S.')}{t.microsecond // 1000:03d} {TZ} [WRN] "
                                  "AutoRenew declined member ").p(p.npam_member or f"NPAM-M-{digits(6)}", "health_plan") \
            .t(" card ").p(card, "account").t(f" exp {rng.randint(1, 12):02d}/{rng.randint(26, 31)} code=05 do_not_honor")
        out.append(b)
    elif c == 3:
        b = L("dotnet_serilog").t(f"{t.strftime('%Y-%m-%d %H:%M:%S.')}{t.microsecond // 1000:03d} {TZ} [INF] "
                                  "ACH enrollment saved for ").p(name(p, 1), "name").t(f" routing=09210{digits(4)} acct=") \
            .p(digits(rng.randint(9, 12)), "account").t(" type=checking")
        out.append(b)
    elif c == 4:
        out.append(L("dotnet_mel").t(mel("fail", "Npam.Billing.ClaimValidator", 4002)))
        b = L("dotnet_mel").t("      Npam.Billing.ValidationException: Subscriber DOB '").p(fmt_date(p.dob, 4), "date") \
            .t("' does not match payer file for ").p(p.member_id, "health_plan").t(" (claim ").p(p.acct, "account").t(")")
        out.append(b)
        out.append(L("dotnet_mel").t("         at Npam.Billing.ClaimValidator.Validate(Claim claim) in /src/Npam.Billing/ClaimValidator.cs:line 77"))
    elif c == 6:
        out.append(L("dotnet_mel").t(mel("info", "Npam.Records.RoiService", 5104)))
        b = L("dotnet_mel").t(f"      ROI request ROI-{digits(6)} approved for ").p(name(p, 7), "name").t(" DOB ") \
            .p(fmt_date(p.dob, 0), "date").t("; deliver PCR copy via fax to ").p(fmt_phone(p.cell, rng.choice([0, 1, 2])), "fax") \
            .t(" (requested by patient, signed auth on file)")
        out.append(b)
    elif c == 7 and p.device:
        out.append(L("dotnet_serilog").t(f"{t.strftime('%Y-%m-%d %H:%M:%S.')}{t.microsecond // 1000:03d} {TZ} [INF] "
                                         f"Device vendor notified for trip {x.no}: {p.device[0]} serial ").p(p.device[1], "device")
                   .t(" (patient ").p(p.pcr, "other_id").t(") transported, event log download requested"))
    else:
        out.append(L("dotnet_mel").t(mel("info", "Npam.Billing.PatientStatements", 2200)))
        b = L("dotnet_mel").t("      Statement queued for guarantor ").p(rname(p, 0), "name").t(" ") \
            .p(f"{p.street}, {p.city}", "address").t(f" {p.state} ").p(p.zip, "zip") \
            .t(f" balance=${rng.randint(200, 9000)}.{digits(2)} patient=").p(p.pcr, "other_id")
        out.append(b)
    return out


def g_py_noise():
    t = tick()
    c = rng.randint(0, 6)
    x = inc()
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    if c == 0:
        s = (f"INFO:     10.40.{rng.randint(1, 9)}.{rng.randint(2, 250)}:{rng.randint(30000, 65000)} - "
             f"\"{rng.choice(['GET /healthz', 'GET /readyz', 'POST /v1/wb/calc', 'GET /v1/aircraft/' + x.ac[0] + '/basic-empty'])} HTTP/1.1\" {rng.choice([200, 200, 200, 204, 422])}")
    elif c == 1:
        s = (f"[{ts}: INFO/ForkPoolWorker-{rng.randint(1, 8)}] Task epcr.tasks.export_state[{uuid4()}] "
             f"succeeded in {rng.uniform(0.2, 9):.2f}s: {{'batch': {rng.randint(100, 999)}, 'accepted': {rng.randint(1, 20)}, 'rejected': 0}}")
    elif c == 2:
        s = f"{ts} INFO [epcr_export.nemsis] schema 3.5.0.211008CP3 loaded, schematron rules={rng.randint(900, 1300)} took {rng.randint(50, 900)}ms"
    elif c == 3:
        s = f"{ts} ERROR [adsb_ingest.feeder] connection to 10.30.0.{rng.randint(2, 40)}:30003 refused, retry {rng.randint(1, 5)}/5 in 5s"
    elif c == 4:
        s = f"{ts} INFO [adsb_ingest.stats] msgs/s={rng.randint(20, 400)} aircraft={rng.randint(2, 30)} tracked_fleet={rng.randint(1, 4)} max_range_nm={rng.randint(80, 210)}"
    elif c == 5:
        s = (f"10.40.1.{rng.randint(2, 250)} - - [{t.strftime('%d/%b/%Y:%H:%M:%S')} -0600] \"GET /static/app.{hexs(8)}.js HTTP/1.1\" 200 "
             f"{rng.randint(10000, 400000)} \"https://members.npam-air.org/\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\"")
    else:
        s = f"{ts} WARNING [inreach_bridge] IPC outbound webhook retry imei={x.ac[5]} http=502 attempt={rng.randint(1, 4)}"
    return [L("python_svc").t(s)]


UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Mobile Safari/537.36",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"]


def pub_ip():
    return f"{rng.choice([174, 67, 71, 97, 166, 209, 69, 184])}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"


def g_py_phi():
    t = tick()
    x = inc()
    p = x.pt
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    c = rng.randint(0, 4)
    b = L("python_svc")
    if c == 0:
        b.p(pub_ip(), "ip").t(" - ").p(p.username, "other_id").t(f" [{t.strftime('%d/%b/%Y:%H:%M:%S')} -0600] \"GET /member/card.pdf HTTP/1.1\" 200 {rng.randint(40000, 90000)} \"-\" \"{rng.choice(UA)}\"")
    elif c == 1:
        b.t(f"{ts} INFO [member_portal.auth] login ok user=").p(p.username, "other_id").t(" ip=").p(pub_ip(), "ip") \
            .t(f" mfa=sms session={hexs(24)}")
    elif c == 2:
        b.t(f"[{ts}: ERROR/ForkPoolWorker-{rng.randint(1, 8)}] Task epcr.tasks.export_state[{uuid4()}] raised ValidationError: "
            "ePatient.17 '").p(fmt_date(p.dob, 1), "date").t("' inconsistent with ePatient.15/ePatient.16 (nemSch_e015) for pcr ").p(p.pcr, "other_id")
    elif c == 3:
        b.t(f"{ts} INFO [member_portal.profile] updated contact for ").p(p.npam_member or f"NPAM-M-{digits(6)}", "health_plan") \
            .t(": email -> ").p(p.email, "email").t(", mobile -> ").p(fmt_phone(p.cell, 5), "phone")
    else:
        b.t(f"{ts} INFO [member_portal.donations] linked fundraiser ").p(
            f"https://www.gofundme.com/f/{ascii_fold(p.first).lower()}-{ascii_fold(p.last).lower().replace(' ', '-').replace(chr(39), '')}-medical-flight", "url") \
            .t(" to household of ").p(name(p, 0), "name")
    return [b]


def g_py_scene_vehicle():
    t = tick()
    x = inc()
    p = x.pt
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    b = L("python_svc").t(f"{ts} INFO [cad_bridge.scene] inc={x.no} mvc vehicle plate=").p(p.plate, "vehicle") \
        .t(f" st={p.state} vin=").p(p.vin, "vehicle").t(" driver_dl=").p(p.dl, "license") \
        .t(f" src=\"{p.county} Co SO\"")
    return [b]


def g_mx():
    t = tick()
    ac = rng.choice(AIRCRAFT)
    if rng.random() < 0.1:
        return [L("maintenance_log").t("rec|wo|date|tail|model|sn|aftt|ata|discrepancy|corrective_action|signoff|ref")]
    items = [("65-20", "Tail rotor gearbox chip detector light in flight", "removed/inspected plug, fuzz only, cleaned, 30 min ground run, no recurrence. RTS"),
             ("79-30", "Eng 2 oil press fluct 2-3 psi", "replaced oil press xmtr P/N 3030012-1, leak check good"),
             ("25-60", "Litter lock pin worn", "replaced pin IAW STC SR09812RC, ops check good"),
             ("05-20", "100 hr insp", "complied w/ CAMP 100 hr, no discrepancies"),
             ("34-50", "GPS 2 intermittent loss of WAAS", "reseated connector J2, db updated cycle 2603"),
             ("21-50", "Medical O2 low press warn", "refilled to 1850 psi, leak check ok")]
    a = rng.choice(items)
    s = (f"MX|WO-26-{rng.randint(100, 999):04d}|{(t - dt.timedelta(days=rng.randint(0, 6))).date().isoformat()}|{ac[0]}|{ac[3]}|SN {ac[4]}|"
         f"AFTT {rng.uniform(3000, 12000):.1f}|ATA {a[0]}|{a[1]}|{a[2]}|{rng.choice(['J. Pruitt A&P/IA 3412889', 'M. Okafor A&P 3820411', 'S. Delgado A&P 2994017'])}|CAMP {a[0].replace('-', '')}-0{rng.randint(1, 9)}")
    return [L("maintenance_log").t(s)]


def g_duty():
    t = tick()
    who = rng.choice([(n, "FN") for n in NURSES] + [(n, "FP") for n in MEDICS] + [(n, "PIC") for n in PILOTS])
    nm = who[0].split(" RN")[0].split(" NRP")[0].replace("Capt. ", "")
    c = rng.randint(0, 2)
    if c < 2:
        on = t - dt.timedelta(hours=rng.randint(2, 20))
        s = (f"{iso(t)} duty-svc[{rng.randint(900, 1800)}]: INFO crew_id={who[1]}-{rng.randint(100, 999):04d} name=\"{nm}\" role={who[1]} "
             f"base={rng.choice(BASES)[0]} on_duty={on.strftime('%Y-%m-%dT%H:%M')} elapsed_h={(t - on).seconds / 3600:.1f} "
             f"rest_prior_h={rng.uniform(10, 30):.1f} limit_h={'14' if who[1] == 'PIC' else '24'} "
             f"flight_h_24={rng.uniform(0, 8):.1f} status={rng.choice(['OK', 'OK', 'OK', 'WARN_APPROACHING_LIMIT'])}")
    else:
        s = f"crew_id,name,role,date,duty_start,duty_end,flight_hrs,rest_hrs,fatigue_score;{who[1]}-{rng.randint(100, 999):04d},{nm},{who[1]},{t.date().isoformat()},07:00,19:00,{rng.uniform(0, 6):.1f},{rng.uniform(10, 16):.1f},{rng.randint(1, 7)}"
    return [L("duty_log").t(s)]


def g_router():
    t = tick()
    base, host = rng.choice(BASES)
    c = rng.randint(0, 6)
    pri = rng.choice([187, 189, 190, 134])
    if c == 0:
        s = f"<{pri}>{rng.randint(1000, 99999)}: {host}: {t.strftime('%b %d %H:%M:%S.')}{t.microsecond // 1000:03d} MDT: %LINEPROTO-5-UPDOWN: Line protocol on Interface Cellular0/2/0, changed state to {rng.choice(['up', 'down'])}"
    elif c == 1:
        s = f"<{pri}>{rng.randint(1000, 99999)}: {host}: {t.strftime('%b %d %H:%M:%S.')}{t.microsecond // 1000:03d} MDT: %CRYPTO-5-SESSION_STATUS: Crypto tunnel is UP. Peer 4.{rng.randint(1, 250)}.{rng.randint(1, 250)}.{rng.randint(1, 250)}:500 Id: hq-vpn.npam-air.org"
    elif c == 2:
        s = (f"{t.strftime('%b %d %H:%M:%S')} {host} firewall,info forward: in:bridge out:lte1, src-mac {':'.join(hexs(2) for _ in range(6))}, "
             f"proto TCP (SYN), 10.{rng.randint(50, 59)}.1.{rng.randint(2, 250)}:{rng.randint(30000, 65000)}->52.{rng.randint(1, 250)}.{rng.randint(1, 250)}.{rng.randint(1, 250)}:443, len 60")
    elif c == 3:
        s = (f"{t.strftime('%b %d %H:%M:%S')} {host} filterlog[{rng.randint(10000, 99999)}]: 5,,,1000000103,igb1,match,block,in,4,0x0,,{rng.randint(40, 128)},"
             f"{rng.randint(1000, 65000)},0,none,6,tcp,60,{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)},"
             f"10.{rng.randint(50, 59)}.0.1,{rng.randint(1024, 65000)},{rng.choice([22, 23, 3389, 445])},0,S,{rng.randint(10 ** 8, 10 ** 9)},,64240,,mss")
    elif c == 4:
        s = f"{t.strftime('%b %d %H:%M:%S')} {host} dhcp,info dhcp-lan assigned 10.{rng.randint(50, 59)}.1.{rng.randint(20, 200)} to {':'.join(hexs(2).upper() for _ in range(6))} (iPad-FN-{rng.randint(10, 40)})"
    elif c == 5:
        s = f"<{pri}>{rng.randint(1000, 99999)}: {host}: {t.strftime('%b %d %H:%M:%S.')}{t.microsecond // 1000:03d} MDT: %SYS-5-CONFIG_I: Configured from console by netadmin on vty0 (10.20.0.{rng.randint(5, 30)})"
    else:
        s = f"{t.strftime('%b %d %H:%M:%S')} {host} lte,info lte1: RSRP {rng.randint(-118, -80)} dBm RSRQ {rng.randint(-15, -6)} dB SINR {rng.randint(-2, 22)} band B{rng.choice([2, 4, 12, 13, 66])} cell {rng.randint(10 ** 6, 10 ** 8)}"
    return [L("router_syslog").t(s)]


NOISE_GENS = [(g_cad_noise, 10), (g_adsb, 9), (g_readsb, 5), (g_sat, 6), (g_nemsis_noise, 4),
              (g_pdf_noise, 6), (g_wb_noise, 7), (g_transfer_noise, 3), (g_x12_noise, 3),
              (g_member_csv_noise, 1), (g_dotnet_noise, 7), (g_py_noise, 9), (g_mx, 6),
              (g_duty, 7), (g_router, 10), (lambda: g_inreach(False), 4)]
PHI_GENS = [(g_cad_phi, 9), (g_callrec, 6), (g_nemsis_phi, 7), (g_nemsis_photo, 1), (g_pdf_phi, 7),
            (g_wb_phi, 3), (g_transfer, 9), (g_hl7, 3), (g_x12, 1.0), (g_835, 1.2), (g_member_csv, 6),
            (g_dotnet_phi, 7), (g_py_phi, 7), (g_py_scene_vehicle, 2), (lambda: g_inreach(True), 4)]


def pick(gens):
    tot = sum(w for _, w in gens)
    r = rng.uniform(0, tot)
    for g, w in gens:
        r -= w
        if r <= 0:
            return g
    return gens[-1][0]


def main():
    lines = []
    n_phi = 0
    photo_done = 0
    caps = {g_x12: 4, g_835: 3, g_hl7: 5}
    used = {}
    while len(lines) < N_LINES:
        rem = N_LINES - len(lines)
        need = TARGET_PHI - n_phi
        if need > 0 and rng.random() < need / rem:
            g = pick(PHI_GENS)
            if g is g_nemsis_photo:
                if photo_done >= 2:
                    continue
                photo_done += 1
        else:
            g = pick(NOISE_GENS)
        if g in caps:
            if used.get(g, 0) >= caps[g]:
                continue
            used[g] = used.get(g, 0) + 1
        block = g()
        for b in block:
            if len(lines) >= N_LINES:
                break
            lines.append(b)
            if b.spans:
                n_phi += 1

    log_lines, label_lines = [], []
    for i, b in enumerate(lines, 1):
        text = b.text()
        assert "\n" not in text and "\r" not in text and text.strip(), (i, text)
        raw = text.encode("utf-8")
        spans = []
        for s, e, cat, val in b.spans:
            assert raw[s:e].decode("utf-8") == val, (i, s, e, val)
            assert val.strip() == val and val, (i, val)
            spans.append({"s": s, "e": e, "cat": cat})
        log_lines.append(text)
        label_lines.append(json.dumps({"line": i, "family": b.family, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(log_lines))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(label_lines) + "\n")
    clean = sum(1 for b in lines if not b.spans)
    print(f"lines={len(lines)} no_phi={clean} ({100.0 * clean / len(lines):.1f}%)")


if __name__ == "__main__":
    main()
