#!/usr/bin/env python3
"""Synthetic labeled log corpus "rc": Brennard County Health Department (Ohio,
fictional county) animal-bite reporting and rabies post-exposure prophylaxis
(PEP) program.  Writes rc.log (500 lines) and rc.labels.jsonl.

Systems simulated (one physical line per log line):
  hl7        ER bite reports, HL7 v2.5.1 ADT^A04 segments (MSH/EVN/PID/NK1/PV1/OBX/NTE)
             from Millbrook Mercy ED, St. Brigid Regional ED, Calder Valley UC
  mirth      Mirth Connect engine log incl. Java/HAPI stack traces
  cad        Animal control (dog warden) CAD, RFC5424 syslog key=value
  biteform   Online bite-report form, pino JSON (node)
  lims       State Public Health Lab specimen tracking, pipe-delimited rows
  pepsched   PEP regimen scheduler (python logging)
  sms        SMS gateway webhooks (Twilio-style JSON), English/Spanish bodies
  remind     Reminder/push worker (Go, logfmt)
  inventory  Vaccine / RIG inventory ledger (CSV)
  casenote   RabiesTrak case-investigation notes (free text)
  nedss      State reportable-disease interface (XML case notification + ACK)
  fhir       FHIR R4 Immunization/OperationOutcome to state immunization registry
  nginx      Public portal access log (combined format)
  postgres   RabiesTrak PostgreSQL log
  x12        X12 270/271 eligibility for RIG billing (one segment per line)
  immreg     Fixed-width nightly immunization registry extract
  chat       Teams channel export (TSV)
  postfix    Mail relay syslog
  fax        RightFax inbound log
  payment    Self-pay portal payment processor (key=value)
  sshd       Bastion auth syslog (SIEM)

Labeling decisions (grey cases):
  * The bite victim (patient/client) and their relatives, guardians and
    household members are PHI.  The owner of the biting animal is treated as
    PHI too (name, address, phone, licence, plate): the owner is a subject of
    the department's investigation / quarantine order and the owner record is
    part of the case.  Animal names ("Biscuit") are NOT PHI.
  * Rabies-vaccination tag numbers and pet microchip numbers resolve to the
    owner through registries -> other_id.  County dog-licence numbers are a
    licence issued to the owner -> license.
  * Case numbers (county case, CAD call number of a bite call, NEDSS
    investigation ID, state case ID, PEP regimen ID) -> other_id.  CAD calls
    that involve no person (stray pickup, dead-animal pickup) are not PHI.
  * State-lab accession numbers -> other_id when the specimen is tied to a
    human exposure (EXPOSURE=Y / case number present); wildlife surveillance
    specimens with EXPOSURE=N are not PHI.
  * Exposure location street addresses -> address (tied to the person's
    exposure); named public venues without a street address are not labeled.
    A county of residence of a patient is address; the department's own county
    name in its organisation name is not.
  * Dates tied to the person (DOB, bite/exposure date, ER visit, dose and
    appointment dates, incl. short forms like "9/22") -> date.  Log record
    timestamps, MSH/ISA creation times, lot expiry dates, "day 3"/"dose #3"
    labels and clock times are not.  A malformed DOB quoted in a parser
    error is still labeled date.
  * Ages: only >89 labeled (age); ages 89 and under are not.
  * Hospital MRNs and county clinic patient numbers -> mrn; FHIR
    "Patient/<id>" references label the id only.  Visit / encounter numbers and
    card PANs -> account; masked PANs (last four) are not labeled.
  * Medicaid IDs, MBIs, commercial member IDs -> health_plan.
  * Placeholder SSNs (999-99-9999, 000-00-0000) are junk, not labeled.
  * X12 NM103/NM104 and fixed-width last/first name fields are separate
    values -> two name spans; an HL7 XPN field (LAST^FIRST^MIDDLE) is one span.
    HL7 XAD: street^^city is one address span, ZIP its own span.
  * Personal links sent to a patient (https://.../r/<token>) -> url.  A case
    or patient identifier inside a request path is labeled by its own
    category (other_id/mrn), not the whole path.
  * Patient IPs in the portal access log -> ip; ER/staff/server IPs are not.
  * Patient phone push-registration device IDs -> device.  Staff, ER
    clinicians (with NPIs), ACOs, vets and their clinics, vendors, hospitals,
    the lab, vaccine lot numbers, NDCs, trace IDs, UUIDs of messages are not PHI.
  * A patient's name inside an upload file name (okoye_darnell_hand.jpg) ->
    name (only the name part).  Wound photos are not face photos: not labeled.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import unicodedata
from xml.sax.saxutils import escape as xesc

R = random.Random(20240916)
W0 = dt.datetime(2024, 9, 16, 0, 0, 0)
WSPAN = 3 * 86400 - 1
TODAY = dt.date(2024, 9, 16)

# --------------------------------------------------------------------------
# line building


class V:
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


def jparts(o, ea=True, sp=False):
    out = []
    kv = ": " if sp else ":"
    cm = ", " if sp else ","

    def w(x):
        if isinstance(x, V):
            if isinstance(x.v, str):
                enc = json.dumps(x.v, ensure_ascii=ea)
                out.extend(['"', (enc[1:-1], x.cat), '"'])
            else:
                out.append((json.dumps(x.v), x.cat))
        elif isinstance(x, dict):
            out.append("{")
            for i, (k, v) in enumerate(x.items()):
                if i:
                    out.append(cm)
                out.append(json.dumps(k, ensure_ascii=ea) + kv)
                w(v)
            out.append("}")
        elif isinstance(x, list):
            out.append("[")
            for i, v in enumerate(x):
                if i:
                    out.append(cm)
                w(v)
            out.append("]")
        else:
            out.append(json.dumps(x, ensure_ascii=ea))

    w(o)
    return out


def flat(parts):
    for p in parts:
        if isinstance(p, list):
            yield from flat(p)
        else:
            yield p


def X(v, cat):
    return (xesc(v, {'"': "&quot;"}), cat)


ENTRIES = []  # (ts, seq, family, parts, is_noise)
SEQ = [0]
NOISE_MODE = [False]


def emit(ts, family, *parts):
    SEQ[0] += 1
    ENTRIES.append((ts, SEQ[0], family, list(flat(parts)), NOISE_MODE[0]))


def build(parts):
    buf = bytearray()
    spans = []
    for p in parts:
        if isinstance(p, tuple):
            txt, cat = p
            b = txt.encode("utf-8")
            if cat:
                spans.append({"s": len(buf), "e": len(buf) + len(b), "cat": cat, "_v": txt})
            buf += b
        else:
            buf += p.encode("utf-8")
    return bytes(buf), spans


# --------------------------------------------------------------------------
# value generators

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


def npi():
    base = "1" + "".join(R.choice("0123456789") for _ in range(8))
    return base + luhn_digit("80840" + base)


def pan(prefix="4", n=16):
    s = prefix + "".join(R.choice("0123456789") for _ in range(n - len(prefix) - 1))
    return s + luhn_digit(s)


def imei():
    s = "35" + "".join(R.choice("0123456789") for _ in range(12))
    return s + luhn_digit(s)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + "0123456789"
    d = "0123456789"
    return (R.choice("123456789") + R.choice(MBI_A) + R.choice(an) + R.choice(d)
            + R.choice(MBI_A) + R.choice(an) + R.choice(d) + R.choice(MBI_A)
            + R.choice(MBI_A) + R.choice(d) + R.choice(d))


VIN_T = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6,
         "G": 7, "H": 8, "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2,
         "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(valid=True):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["1FT", "1GC", "3C6", "1HG", "2T3", "5YJ", "1C4", "JTD"])
    v = list(wmi + "".join(R.choice(chars) for _ in range(5)) + "0"
             + R.choice("NPRS") + R.choice(chars) + "".join(R.choice("0123456789") for _ in range(6)))
    tot = sum(VIN_T[c] * w for c, w in zip(v, VIN_W))
    cd = tot % 11
    v[8] = "X" if cd == 10 else str(cd)
    if not valid:
        v[8] = R.choice([c for c in "0123456789X" if c != v[8]])
    return "".join(v)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


FIRST_F = ["Adaeze", "Lucía", "Rosa", "Mei-Ling", "Zoë", "Harper", "Summer", "Ingrid", "Fatima",
           "Nguyệt", "Brianna", "Dolores", "Keisha", "Autumn", "Siobhán", "Marisol", "Olga",
           "Precious", "Hope", "Amara", "Ruth", "Wren", "Yasmin", "Ebony", "Leilani", "Jovana"]
FIRST_M = ["Darnell", "Mateo", "Tomasz", "Hunter", "Kwame", "Dale", "Luis", "Aarav", "Colt",
           "Bao", "Ezekiel", "Rustam", "Cody", "Jamal", "Oisín", "Ignacio", "Bernard", "Tanner",
           "Rahul", "Mason", "Obi", "Wolfgang", "Deshawn", "Pierce", "Elijah", "Yusuf"]
LAST = ["Okoye", "Ferreira-Nunes", "Pruitt", "Abernathy-Stone", "Baker", "Kowalczyk", "Rose",
        "Nguyen", "de la Cruz", "Van der Berg", "Hunter", "Oduya", "Castellano", "Summers",
        "Brightman", "Haddad", "Fox", "Lindgren", "O'Rourke", "Mbeki-Jones", "Delgado",
        "Page", "Szabo", "Whitehorse", "Gallagher", "Petrosyan", "Bishop", "Ramírez Ortega",
        "Snow", "Takahashi", "Wolfe", "Mendoza", "Yoder", "Hershberger", "Chaudhry",
        "St. Pierre", "Little", "Kraus", "Oyelowo", "Marsh"]
STREETS = ["Tanner Mill Rd", "Quarry Ln", "Oak Hollow Dr", "E Main St", "Sycamore Ct",
           "Township Rd 114", "County Rd 22", "Bramble Way", "Hickory Ridge Ln", "W 3rd St",
           "Creekbend Dr", "Salt Lick Rd", "Orchard Ave", "Pleasant Valley Rd", "Fairview Ter",
           "Limestone Pike", "Raccoon Run Rd", "Cherry St", "Heron Pointe Blvd", "Old State Rte 93"]
CITIES = [("Millbrook", "43761"), ("Calder Springs", "43764"), ("Pike Hollow", "43758"),
          ("Ashgrove", "43732"), ("New Dunmore", "43766"), ("Tanner's Ford", "43771"),
          ("Zanesville", "43701")]
MAILDOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "frontier.com"]
AREAS = ["740", "740", "740", "614", "330", "937"]

STAFF = [("Jolene Moreau", "jmoreau", "EPI"), ("Thao Nguyen", "tnguyen", "RN"),
         ("Marcus Bledsoe", "mbledsoe", "RN"), ("Priya Raman", "praman", "EPI"),
         ("Gordon Ashby", "gashby", "IT"), ("Renata Vukovic", "rvukovic", "PHN")]
ACOS = ["Sgt. Lena Varga", "ACO Devin Castellanos", "ACO Ruth Ann Fiske", "ACO Terrence Ogg"]
ER_DOCS = [("ACHTERBERG", "SAMUEL"), ("PATEL-REYES", "NINA"), ("OKONKWO", "CHIDI"),
           ("HALLORAN", "BRIDGET")]
ER_DOC_NPI = {d: npi() for d in ER_DOCS}
FACS = [("MMH", "Millbrook Mercy Hospital ED", "MM-%08d"), ("SBR", "St. Brigid Regional ED", "SB%07d"),
        ("CVUC", "Calder Valley Urgent Care", "CV%06d")]
VETS = ["Pike Hollow Animal Clinic (Dr. H. Brightwater DVM)", "Millbrook Veterinary Hospital",
        "Countryside Large Animal Svc (Dr. R. Amsel)", "Banfield Pet Hospital #1172"]
BCHD_NPI = npi()
PRODUCTS = [("Imovax Rabies", "49281-0250-51", "175"), ("RabAvert", "50090-3452-0", "176"),
            ("HyperRAB 300 IU/mL", "13533-0318-01", "RIG"), ("KEDRAB 150 IU/mL", "71508-0003-01", "RIG")]
LOTS = {p[0]: ["%s%d" % (alnum(1, "ABCDEFGHKLMNRSTUVWXY"), R.randint(10000, 99999)) for _ in range(2)]
        for p in PRODUCTS}
SERVERS = {"bchd-rt-app01": "10.40.2.11", "bchd-rt-db01": "10.40.2.21", "bchd-mirth01": "10.40.3.5",
           "bchd-portal": "198.51.100.34", "ac-cad01": "10.40.8.7"}
ANIMALS_DOM = [("dog", ["Biscuit", "Tank", "Luna", "Duke", "Rocco", "Pepper", "Zeus", "Bella", "Chief"]),
               ("cat", ["Mittens", "Smokey", "Cleo", "Oliver", "Tigger"]),
               ("ferret", ["Noodle"])]
BREEDS = {"dog": ["Lab mix", "Pit bull mix", "German Shepherd", "Chihuahua", "Heeler", "Husky", "Beagle"],
          "cat": ["DSH", "DLH", "Siamese mix"], "ferret": ["ferret"]}
WILD = ["bat (Eptesicus fuscus)", "raccoon", "skunk", "red fox", "groundhog", "bat (unidentified)"]
SITES = ["L hand", "R hand", "R index finger", "L calf", "R thigh", "face/cheek", "L forearm", "ankle"]


def rdate(a, b):
    return a + dt.timedelta(days=R.randint(0, (b - a).days))


def phone(area=None):
    a = area or R.choice(AREAS)
    ex = R.choice(["555", str(R.randint(201, 989))])
    if ex == "555":
        return a, ex, "01%02d" % R.randint(0, 99)
    return a, ex, "%04d" % R.randint(0, 9999)


class Person:
    def __init__(self, minage=1, maxage=88, sex=None, last=None, addr=None):
        self.sex = sex or R.choice("FM")
        self.first = R.choice(FIRST_F if self.sex == "F" else FIRST_M)
        self.middle = R.choice("ABCDEJKLMRSTW") if R.random() < 0.6 else ""
        self.last = last or R.choice(LAST)
        age = R.randint(minage, maxage)
        self.dob = dt.date(TODAY.year - age, 1, 1) + dt.timedelta(days=R.randint(0, 364))
        self.age = (TODAY - self.dob).days // 365
        if addr:
            self.street, self.city, self.zip = addr
        else:
            apt = R.choice(["", "", "", " Apt %d" % R.randint(1, 24), " Lot %d" % R.randint(1, 60)])
            self.street = "%d %s%s" % (R.randint(12, 9899), R.choice(STREETS), apt)
            self.city, self.zip = R.choice(CITIES)
        self.ph = phone()
        self.email = "%s.%s%d@%s" % (ascii_fold(self.first).lower(), ascii_fold(self.last).lower().replace(" ", "").replace("'", ""),
                                     R.randint(1, 99), R.choice(MAILDOM))
        self.lang = "es" if self.last in ("Ramírez Ortega", "Delgado", "Mendoza", "Castellano", "de la Cruz") or self.first in ("Lucía", "Marisol", "Ignacio") else "en"
        self.ssn = ssn() if R.random() < 0.5 else R.choice(["999-99-9999", "000-00-0000", ssn()])
        r = R.random()
        if self.age >= 65:
            self.plan = ("MCR", "Medicare Part B", mbi())
        elif r < 0.35:
            self.plan = ("MCD", "Ohio Medicaid", "%012d" % R.randint(10**11, 10**12 - 1))
        elif r < 0.85:
            pfx = R.choice(["XJK", "ZGP", "MOH", "W"])
            self.plan = ("COM", R.choice(["Anthem BCBS", "Medical Mutual", "UnitedHealthcare", "Aetna"]),
                         pfx + "".join(R.choice("0123456789") for _ in range(9)))
        else:
            self.plan = ("SP", "Self-pay", "")

    @property
    def name(self):
        return "%s %s" % (self.first, self.last)

    def phone_fmt(self, style):
        a, e, n = self.ph
        return {"dash": "%s-%s-%s" % (a, e, n), "e164": "+1%s%s%s" % (a, e, n),
                "paren": "(%s) %s-%s" % (a, e, n), "dot": "%s.%s.%s" % (a, e, n),
                "raw": "%s%s%s" % (a, e, n)}[style]

    def hl7name(self):
        return "%s^%s^%s" % (ascii_fold(self.last).upper(), ascii_fold(self.first).upper(), self.middle)


def ts_iso(t, frac=3, z="Z"):
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    if frac:
        s += ".%0*d" % (frac, R.randint(0, 10 ** frac - 1))
    return s + z


def at(base, secs):
    return base + dt.timedelta(seconds=secs)


def rand_t():
    return W0 + dt.timedelta(seconds=R.randint(0, WSPAN))


def clamp(t):
    end = W0 + dt.timedelta(seconds=WSPAN)
    if t > end:
        return end - dt.timedelta(seconds=R.randint(0, 5400))
    return t


def d_us(d):
    return "%d/%d/%04d" % (d.month, d.day, d.year)


def d_short(d):
    return "%d/%d" % (d.month, d.day)


# --------------------------------------------------------------------------
# case events

CASE_N = [400]
CAD_N = [3800]
ACC_N = [4500]
RG_N = [800]
MIRTH_N = [48200]


class Case:
    def __init__(self):
        CASE_N[0] += R.randint(1, 4)
        self.case_id = "BCHD-RB-24-%04d" % CASE_N[0]
        child = R.random() < 0.3
        old = R.random() < 0.15
        if child:
            self.victim = Person(1, 15)
            self.guardian = Person(24, 52, last=self.victim.last,
                                   addr=(self.victim.street, self.victim.city, self.victim.zip))
            self.guardian.ph = phone()
            self.grel = R.choice(["mother", "father", "grandmother", "legal guardian"])
            if self.grel in ("mother", "grandmother"):
                self.guardian.sex = "F"
                self.guardian.first = R.choice(FIRST_F)
            elif self.grel == "father":
                self.guardian.sex = "M"
                self.guardian.first = R.choice(FIRST_M)
        elif old:
            self.victim = Person(90, 97)
            self.guardian = Person(50, 70, last=R.choice([self.victim.last, R.choice(LAST)]))
            self.grel = R.choice(["daughter", "son"])
        else:
            self.victim = Person(16, 86)
            self.guardian = None
            self.grel = None
        v = self.victim
        self.exp_date = rdate(dt.date(2024, 8, 26), dt.date(2024, 9, 16))
        self.wild = R.random() < 0.35
        if self.wild:
            self.species = R.choice(WILD)
            self.animal_name = None
            self.owner = None
            self.exp_addr = (v.street, v.city, v.zip) if R.random() < 0.6 else (
                "%d %s" % (R.randint(10, 9000), R.choice(STREETS)), R.choice(CITIES)[0], None)
        else:
            sp, names = R.choice(ANIMALS_DOM)
            self.species = sp
            self.animal_name = R.choice(names)
            self.breed = R.choice(BREEDS[sp])
            if R.random() < 0.3:
                self.owner = Person(20, 80, last=v.last, addr=(v.street, v.city, v.zip))
                self.owner_rel = "household"
                self.exp_addr = (v.street, v.city, v.zip)
            else:
                self.owner = Person(20, 80)
                self.owner_rel = "neighbor" if R.random() < 0.6 else "unknown-to-victim"
                self.exp_addr = (self.owner.street, self.owner.city, self.owner.zip)
            self.tag = "RT%02d-%05d" % (R.choice([22, 23, 24]), R.randint(100, 99999))
            self.chip = "985%012d" % R.randint(10**10, 10**12 - 1) if R.random() < 0.5 else None
            self.doglic = "2024-%06d" % R.randint(1000, 60000)
            self.owner_dl = "%s%06d" % (alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ"), R.randint(0, 999999))
            self.plate = "%s %04d" % (alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), R.randint(0, 9999))
        self.site = R.choice(SITES)
        self.fac = R.choice(FACS)
        self.hosp_mrn = self.fac[2] % R.randint(1, 10**6 - 1)
        self.visit = "V%s%04d" % (self.exp_date.strftime("%y%m%d"), R.randint(1, 9999))
        self.clin_mrn = "BC%07d" % R.randint(10000, 999999)
        CAD_N[0] += R.randint(1, 9)
        self.cad = "AC24-%05d" % CAD_N[0]
        ACC_N[0] += R.randint(1, 7)
        self.acc = "R24-%06d" % ACC_N[0]
        RG_N[0] += R.randint(1, 3)
        self.rg = "RG-%05d" % RG_N[0]
        self.nedss = "CAS%08dOH01" % R.randint(10**7, 10**8 - 1)
        self.state_case = "OH-24-RAB-%05d" % R.randint(100, 20000)
        self.d0 = self.exp_date + dt.timedelta(days=R.choice([0, 0, 1, 1, 2, 4]))
        self.sched = [self.d0 + dt.timedelta(days=k) for k in (0, 3, 7, 14)]
        self.pep = self.wild or R.random() < 0.35
        self.base = rand_t()
        self.token = alnum(7, "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        self.ip = "%d.%d.%d.%d" % (R.choice([73, 98, 174, 24, 68, 107, 172]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        self.contact = self.guardian if self.guardian else self.victim


def seg(t, name, fields):
    parts = [name]
    for f in fields:
        parts.append("|")
        parts.append(f)
    emit(t, "hl7", parts)


def ev_hl7(c, t):
    v = c.victim
    fac = c.fac
    MIRTH_N[0] += R.randint(1, 5)
    ctl = "%s%s%04d" % (fac[0], t.strftime("%Y%m%d%H%M%S"), R.randint(0, 9999))
    stamp = t.strftime("%Y%m%d%H%M%S")
    emit(t, "hl7", "MSH|^~\\&|%s|%s|BCHD_RT|BCHD|%s-0400||ADT^A04^ADT_A01|%s|P|2.5.1|||AL|NE" % (
        "EPIC" if fac[0] != "CVUC" else "ATHENA", fac[0], stamp, ctl))
    emit(t, "hl7", "EVN|A04|%s-0400" % stamp)
    a, e, n = v.ph
    ssn_f = ""
    if R.random() < 0.5:
        s = v.ssn
        ssn_f = (s.replace("-", "") if R.random() < 0.5 else s, None if s in ("999-99-9999", "000-00-0000") else "ssn")
    race = R.choice(["2106-3^White^CDCREC", "2054-5^Black or African American^CDCREC", "2131-1^Other Race^CDCREC", ""])
    seg(t, "PID", ["1", "", [(c.hosp_mrn, "mrn"), "^^^%s^MR" % fac[0]], "", (v.hl7name(), "name"), "",
                   (v.dob.strftime("%Y%m%d"), "date"), v.sex, "", race,
                   [(("%s^^%s" % (v.street, v.city)).upper(), "address"), "^OH^", (v.zip, "zip"), "^USA^H"], "",
                   [("(%s)%s-%s" % (a, e, n), "phone"), "^PRN^PH"], "", "", "", "", (c.visit, "account"), ssn_f])
    if c.guardian:
        g = c.guardian
        ga, ge, gn = g.ph
        rel = {"mother": "MTH^Mother", "father": "FTH^Father", "grandmother": "GRD^Guardian",
               "legal guardian": "GRD^Guardian", "daughter": "CHD^Child", "son": "CHD^Child"}[c.grel]
        seg(t, "NK1", ["1", (g.hl7name(), "name"), rel + "^HL70063",
                       [(("%s^^%s" % (g.street, g.city)).upper(), "address"), "^OH^", (g.zip, "zip")],
                       ("(%s)%s-%s" % (ga, ge, gn), "phone"), "", "EC^Emergency Contact^HL70131"])
    doc = R.choice(ER_DOCS)
    adm = t - dt.timedelta(minutes=R.randint(20, 360))  # ED arrival shortly before the A04 is sent
    f = ["1", "E", "%s^ED^%02d" % (fac[0], R.randint(1, 30)), "", "", "",
         "%s^%s^%s^^^^MD^^^^NPI" % (ER_DOC_NPI[doc], doc[0], doc[1])] + [""] * 11 + [(c.visit, "account")] + [""] * 24 + [(adm.strftime("%Y%m%d%H%M"), "date")]
    seg(t, "PV1", f)
    emit(t, "hl7", "OBX|1|CWE|ANIMAL_SPECIES^Biting animal^L||%s||||||F" % (c.species.split(" (")[0].upper()))
    emit(t, "hl7", "OBX|2|DT|DATE_EXPOSURE^Date of exposure^L||", (c.exp_date.strftime("%Y%m%d"), "date"), "||||||F")
    if R.random() < 0.6:
        note = "NTE|1|L|Pt states %s bit %s%s. Wound irrigated, Td given. " % (
            "a bat" if "bat" in c.species else "a " + c.species.split(" ")[0],
            c.site, "" if c.wild else " at owner's residence")
        if c.owner and R.random() < 0.6:
            emit(t, "hl7", note, "Owner ", (c.owner.name, "name"), " ph ", (c.owner.phone_fmt("dash"), "phone"))
        else:
            emit(t, "hl7", note + "RPEP recommended per ACIP, referred to county HD.")
    emit(at(t, 1), "mirth", "INFO  %s [ER_BITE_IN Destination 1] c.m.c.s.c.DestinationConnector: message %d sent to RabiesTrak (msh10=%s) in %dms" % (
        at(t, 1).strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % R.randint(0, 999), MIRTH_N[0], ctl, R.randint(40, 900)))


def ev_mirth_err(c, t):
    MIRTH_N[0] += 1
    bad = c.victim.dob.strftime("%Y") + "%02d%02d" % (R.choice([13, 14, 0]), R.randint(1, 28))
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % R.randint(0, 999)
    emit(t, "mirth", "ERROR %s [ER_BITE_IN Source Reader] c.m.s.c.DonkeyEngineController: Error processing message %d from %s, patient MRN " % (ts, MIRTH_N[0], c.fac[0]),
         (c.hosp_mrn, "mrn"))
    emit(t, "javatrace", "ca.uhn.hl7v2.model.DataTypeException: Failed validation rule for value \"", (bad, "date"), "\": Invalid date/time (PID-7)")
    for fr in ["\tat ca.uhn.hl7v2.model.primitive.CommonTS.setValue(CommonTS.java:302)",
               "\tat ca.uhn.hl7v2.model.primitive.TSComponentOne.setValue(TSComponentOne.java:61)",
               "\tat com.mirth.connect.plugins.datatypes.hl7v2.ER7Serializer.toXML(ER7Serializer.java:213)",
               "\t... 14 more"][: R.randint(2, 4)]:
        emit(t, "javatrace", fr)


def ev_biteform(c, t):
    v = c.victim
    ea = R.random() < 0.6
    rep = R.choice([("ER", c.fac[1], "RN " + R.choice(["K. Dalby", "T. Osei", "M. Farrow"])),
                    ("PHYSICIAN", "Calder Family Practice", "Dr. E. Lindqvist"),
                    ("SELF", None, None)])
    rep_obj = {"type": rep[0]}
    if rep[0] != "SELF":
        rep_obj["facility"] = rep[1]
        rep_obj["name"] = rep[2]
        rep_obj["phone"] = "740-555-0%03d" % R.randint(150, 199)
    else:
        rep_obj["name"] = V(c.contact.name, "name")
        rep_obj["phone"] = V(c.contact.phone_fmt(R.choice(["dash", "paren"])), "phone")
    victim = {"first": V(v.first, "name"), "last": V(v.last, "name"), "dob": V(v.dob.isoformat(), "date"),
              "age": V(v.age, "age" if v.age > 89 else None), "sex": v.sex, "addr1": V(v.street, "address"), "city": V(v.city, "address"), "state": "OH",
              "zip": V(v.zip, "zip")}
    if R.random() < 0.5:
        victim["email"] = V(v.email, "email")
    exp = {"date": V(c.exp_date.isoformat(), "date"), "site": c.site, "provoked": R.choice([True, False]),
           "animal": c.species}
    if c.owner:
        exp["owner"] = {"name": V(c.owner.name, "name"), "phone": V(c.owner.phone_fmt("dash"), "phone"),
                        "address": V("%s, %s" % (c.owner.street, c.owner.city), "address")}
        exp["animal_name"] = c.animal_name
    obj = {"level": 30, "time": int(t.timestamp() * 1000) + R.randint(0, 999), "pid": R.randint(1000, 30000),
           "hostname": "biteform-%d" % R.randint(1, 3), "reqId": "req-" + hexs(6), "msg": "bite report submitted",
           "reportNo": V("BR-%06d" % R.randint(10000, 99999), "other_id"), "victim": victim, "exposure": exp,
           "reporter": rep_obj}
    emit(t, "biteform", jparts(obj, ea=ea))
    if R.random() < 0.4:
        fn = "%s_%s" % (ascii_fold(v.last).lower().replace(" ", "").replace("'", ""), ascii_fold(v.first).lower())
        emit(at(t, 2), "biteform", jparts({"level": 30, "time": int(t.timestamp() * 1000) + 2100, "hostname": "biteform-1",
                                           "msg": "upload stored", "bucket": "bchd-biteform-uploads"}, ea=True)[:-1],
             ',"key":"2024/09/%s/' % t.strftime("%d"), (fn, "name"),
             '_%s.jpg","bytes":%d,"sha256":"%s"}' % (R.choice(["hand", "wound", "bite"]), R.randint(200000, 4000000), hexs(64)))


def ev_cad(c, t):
    host = "ac-cad01"
    pri = R.choice(["<134>", "<133>"])
    stamp = t.strftime("%Y-%m-%dT%H:%M:%S") + "-04:00"
    tp = "BITE-" + ("WILD" if c.wild else c.species.upper())
    rp = c.contact
    loc = c.exp_addr
    emit(t, "cad", "%s1 %s %s CADSvc %d - - call=" % (pri, stamp, host, R.randint(2000, 9000)), (c.cad, "other_id"),
         " type=%s pri=%d loc=\"" % (tp, R.randint(2, 4)), ("%s, %s" % (loc[0], loc[1]), "address"),
         "\" rp=\"", (rp.name, "name"), "\" rp_ph=", (rp.phone_fmt("raw"), "phone"),
         " unit=ACO%d officer=\"%s\"" % (R.randint(1, 14), R.choice(ACOS)))
    if c.owner:
        t2 = clamp(at(t, R.randint(1800, 9000)))
        stamp2 = t2.strftime("%Y-%m-%dT%H:%M:%S") + "-04:00"
        chip = [" chip=", (c.chip, "other_id")] if c.chip else [" chip=NONE"]
        emit(t2, "cad", "%s1 %s %s CADSvc %d - - call=" % (pri, stamp2, host, R.randint(2000, 9000)), (c.cad, "other_id"),
             " disp=QUAR-%s days=10 animal=\"%s\" breed=\"%s\" owner=\"" % (R.choice(["HOME", "HOME", "SHELTER", "VET"]), c.animal_name, c.breed),
             (c.owner.name, "name"), "\" rabies_tag=", (c.tag, "other_id"), chip, " dog_lic=",
             (c.doglic, "license") if c.species == "dog" else "N/A", " vax_status=%s" % R.choice(["CURRENT", "EXPIRED", "UNKNOWN"]))
        if R.random() < 0.45:
            t3 = clamp(at(t2, 600))
            emit(t3, "cad", "%s1 %s %s CADSvc %d - - call=" % (pri, t3.strftime("%Y-%m-%dT%H:%M:%S") + "-04:00", host, R.randint(2000, 9000)),
                 (c.cad, "other_id"), " citation=ORC955.22 issued_to=\"", (c.owner.name, "name"), "\" ol=OH:", (c.owner_dl, "license"),
                 " veh_plate=OH:", (c.plate, "vehicle"), " officer=\"%s\"" % R.choice(ACOS))


def ev_lims(c, t):
    stamp = t.strftime("%Y-%m-%dT%H:%M:%S")
    sp = c.species.split(" (")[0].upper()
    emit(t, "lims", "SPEC|%s|ACC=" % stamp, (c.acc, "other_id"), "|SUBMITTER=BRENNARD CO HD|SPECIES=%s|SPEC_TYPE=%s|EXPOSURE=Y|CASE=" % (
        sp, "WHOLE BODY" if "bat" in c.species else "HEAD"), (c.case_id, "other_id"),
         "|COND=%s|COURIER=FEDEX %s|STATUS=RECEIVED" % (R.choice(["GOOD", "GOOD", "DECOMP-MILD", "FROZEN"]), "".join(R.choice("0123456789") for _ in range(12))))
    t2 = clamp(at(t, R.randint(4 * 3600, 26 * 3600)))
    res = R.choice(["NEGATIVE", "NEGATIVE", "NEGATIVE", "POSITIVE", "UNSATISFACTORY"])
    emit(t2, "lims", "RSLT|%s|ACC=" % t2.strftime("%Y-%m-%dT%H:%M:%S"), (c.acc, "other_id"),
         "|TEST=DFA|RESULT=%s|VARIANT=%s|TECH=%s|REVIEWED=%s|NOTIFY=BCHD-EPI" % (
             res, "Big brown bat" if res == "POSITIVE" and "bat" in c.species else ("Raccoon" if res == "POSITIVE" else ""),
             R.choice(["MOYELARAN", "KLINDQVIST", "DTRAN"]), R.choice(["JHOLLOWAY", "SMARCH"])))
    c.lab_result = res


def ev_pepsched(c, t):
    v = c.victim
    stamp = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % R.randint(0, 999)
    wt = round(R.uniform(14, 110) if v.age < 14 else R.uniform(48, 120), 1)
    verb = "created" if c.d0 >= t.date() - dt.timedelta(days=1) else R.choice(["recalculated", "loaded"])
    emit(t, "pepsched", "%s INFO pepsched.regimen: %s regimen=" % (stamp, verb), (c.rg, "other_id"), " case=", (c.case_id, "other_id"),
         " pt=", (c.clin_mrn, "mrn"), " schedule=ESSEN-4 d0=", (c.sched[0].isoformat(), "date"), " d3=", (c.sched[1].isoformat(), "date"),
         " d7=", (c.sched[2].isoformat(), "date"), " d14=", (c.sched[3].isoformat(), "date"),
         " hrig=%s wt_kg=%.1f hrig_iu=%d" % ("Y", wt, int(wt * 20)))
    t2 = clamp(at(t, R.randint(60, 40000)))
    past = [k for k in range(4) if c.sched[k] <= t2.date()]
    if not past:
        return
    k = past[-1]
    prod = R.choice(PRODUCTS[:2])
    emit(t2, "pepsched", "%s INFO pepsched.doses: dose recorded regimen=" % (t2.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % R.randint(0, 999)),
         (c.rg, "other_id"), " dose=%d/4 product=\"%s\" lot=%s site=deltoid by=%s given_on=" % (k + 1, prod[0], R.choice(LOTS[prod[0]]), R.choice(STAFF[1:3])[1]),
         (c.sched[k].isoformat(), "date"))
    t3 = clamp(at(t2, R.randint(60, 20000)))
    if R.random() < 0.3 and k < 3 and c.sched[k + 1] < t3.date() - dt.timedelta(days=2):
        emit(t3, "pepsched", "%s WARNING pepsched.doses: missed window regimen=" % (t3.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % R.randint(0, 999)),
             (c.rg, "other_id"), " dose=%d due=" % (k + 2), (c.sched[k + 1].isoformat(), "date"),
             " grace_days=2 -> escalate to PHN queue")


def ev_sms(c, t):
    p = c.contact
    fut = [k for k in range(1, 4) if c.sched[k] > t.date()]
    if not fut:
        return
    k = fut[0]
    d = c.sched[k]
    when = "%s %s" % (d.strftime("%a"), d_short(d))
    hh = R.choice(["9:30 AM", "10:00 AM", "1:15 PM", "3:45 PM"])
    sid = "SM" + hexs(32)
    if p.lang == "es":
        body = ["Salud del Condado Brennard: Recordatorio, su dosis #%d de la vacuna antirrábica es el %s " % (k + 1, d.strftime("%a").lower()),
                (d_short(d), "date"), " a las %s, 400 Courthouse Sq. Info: " % hh, ("https://bchd.health/r/" + c.token, "url"), " Responda C para confirmar"]
    else:
        body = ["Brennard Co Health: Reminder, rabies vaccine dose #%d is due %s " % (k + 1, d.strftime("%a")), (d_short(d), "date"),
                " at %s, 400 Courthouse Sq. Details: " % hh, ("https://bchd.health/r/" + c.token, "url"), " Reply C to confirm, STOP to opt out"]
    bparts = []
    for b in body:
        if isinstance(b, tuple):
            bparts.append(V(b[0], b[1]))
        else:
            bparts.append(b)
    # build the JSON with a composite body: serialize manually
    head = jparts({"event": "message.queued", "MessageSid": sid, "AccountSid": "AC" + hexs(32),
                   "From": "+17405550100", "To": V(p.phone_fmt("e164"), "phone")}, ea=False)[:-1]
    bodyparts = [',"Body":"']
    for b in bparts:
        if isinstance(b, V):
            bodyparts.append((json.dumps(b.v, ensure_ascii=False)[1:-1], b.cat))
        else:
            bodyparts.append(json.dumps(b, ensure_ascii=False)[1:-1])
    bodyparts.append('","NumSegments":"2","ts":"%s"}' % ts_iso(t))
    emit(t, "sms", head, bodyparts)
    t2 = at(t, R.randint(2, 40))
    st = R.choice(["delivered", "delivered", "delivered", "undelivered"])
    emit(t2, "sms", jparts({"event": "message.status", "MessageSid": sid, "MessageStatus": st,
                             "ErrorCode": None if st == "delivered" else "30005", "To": V(p.phone_fmt("e164"), "phone"),
                             "ts": ts_iso(t2)}))
    if st == "delivered" and R.random() < 0.5:
        t3 = clamp(at(t2, R.randint(60, 5000)))
        if R.random() < 0.5:
            txt = [R.choice(["C", "c", "Confirm", "yes"])]
        else:
            alt = d + dt.timedelta(days=1)
            if p.lang == "es":
                txt = ["no puedo ese dia, puedo ir el ", (d_short(alt), "date"), "? - ", (p.first, "name")]
            else:
                txt = ["cant make it that day can i come ", (d_short(alt), "date"), " instead?? this is ", (p.name, "name")]
        head = jparts({"event": "message.inbound", "MessageSid": "SM" + hexs(32), "From": V(p.phone_fmt("e164"), "phone"),
                       "To": "+17405550100"}, ea=False)[:-1]
        parts = [',"Body":"']
        for x in txt:
            if isinstance(x, tuple):
                parts.append((json.dumps(x[0], ensure_ascii=False)[1:-1], x[1]))
            else:
                parts.append(json.dumps(x, ensure_ascii=False)[1:-1])
        parts.append('","ts":"%s"}' % ts_iso(t3))
        emit(t3, "sms", head, parts)


def ev_remind(c, t):
    p = c.contact
    stamp = ts_iso(t, 3)
    r = R.random()
    if r < 0.45:
        emit(t, "remind", "ts=%s level=warn caller=worker/send.go:%d msg=\"undeliverable\" regimen=" % (stamp, R.randint(80, 240)), (c.rg, "other_id"),
             " to=", (p.phone_fmt("e164"), "phone"), " err=\"%s\" retry=%s" % (R.choice(["30006 landline or unreachable carrier", "30003 unreachable handset", "21610 opted out"]), R.choice(["false", "true"])))
    elif r < 0.75:
        emit(t, "remind", "ts=%s level=info caller=push/register.go:%d msg=\"push register\" regimen=" % (stamp, R.randint(30, 99)), (c.rg, "other_id"),
             " platform=%s device_id=" % R.choice(["android", "ios"]), (uuid4().upper() if R.random() < 0.5 else hexs(16), "device"),
             [" imei=", (imei(), "device")] if R.random() < 0.3 else "",
             " app=\"BCHD Shots %s\"" % R.choice(["2.3.1", "2.4.0"]))
    else:
        emit(t, "remind", "ts=%s level=info caller=mail/send.go:%d msg=\"letter emailed\" regimen=" % (stamp, R.randint(30, 99)), (c.rg, "other_id"),
             " template=pep_schedule_v3 rcpt=", (p.email, "email"), " bytes=%d" % R.randint(20000, 90000))


def ev_inventory(c, t):
    prod = R.choice(PRODUCTS)
    rig = prod[2] == "RIG"
    emit(t, "inventory", "%s,BCHD-CLINIC-%s,%s,%s,%s,%s,ADMIN,-%s,%d,pt=" % (
        t.strftime("%Y-%m-%d %H:%M"), R.choice("AB"), prod[0], prod[1], R.choice(LOTS[prod[0]]),
        "2025-%02d-28" % R.randint(1, 12), "1" if not rig else "%d" % R.randint(2, 6), R.randint(3, 40)),
         (c.clin_mrn, "mrn"), ",by=%s" % R.choice(STAFF[1:3])[1])


def ev_note(c, t):
    st = R.choice(STAFF[:2] + STAFF[3:4] + STAFF[5:6])
    v = c.victim
    hdr = "[RabiesTrak note] case=%s %s %s/%s: " % ("{C}", t.strftime("%m/%d/%Y %H:%M"), st[0].split()[0][0] + ". " + st[0].split()[1], st[2])
    h1, h2 = hdr.split("{C}")
    parts = [h1, (c.case_id, "other_id"), h2]
    if c.guardian:
        g = c.guardian
        parts += ["Spoke w/ %s (" % c.grel, (g.name, "name"), ", ", (g.phone_fmt(R.choice(["dash", "dot"])), "phone"), ") re: "]
        if v.age >= 90:
            parts += ["pt ", (v.name, "name"), ", ", (str(v.age), "age"), " y/o, lives w/ %s. " % c.grel]
        else:
            parts += ["%s " % ("son" if v.sex == "M" else "daughter"), (v.first, "name"), ", %dyo. " % v.age]
    else:
        parts += ["Called pt ", (v.name, "name"), " at ", (v.phone_fmt(R.choice(["dash", "paren"])), "phone"), ". "]
    if c.wild:
        parts += ["%s exposure on " % c.species.split(" (")[0].capitalize(), (d_short(c.exp_date), "date"), " at ",
                  ("%s, %s" % (c.exp_addr[0], c.exp_addr[1]), "address"), ". "]
        if "bat" in c.species:
            parts += ["Bat found in bedroom in AM, pt asleep; bat captured by pt in tupperware, ACO picked up. "]
        parts += ["Specimen sent to state lab. RPEP %s." % R.choice(["started at ED, HRIG given", "recommended, pt agreed", "deferred pending lab result"])]
    else:
        parts += ["Bitten by %s %s '%s' on " % (c.owner_rel == "household" and "own" or "neighbor's" if c.owner_rel != "unknown-to-victim" else "a", c.species, c.animal_name),
                  (d_short(c.exp_date), "date"), " at ", ("%s, %s" % (c.exp_addr[0], c.exp_addr[1]), "address"), ". Owner ",
                  (c.owner.name, "name"), " (", (c.owner.phone_fmt("dash"), "phone"), ") states animal UTD, tag ", (c.tag, "other_id"),
                  "; will verify w/ %s. 10-day obs started, release %s." % (R.choice(VETS), "pending")]
    emit(t, "casenote", parts)


def ev_nedss(c, t):
    v = c.victim
    mid = uuid4()
    cond = "10190" if R.random() < 0.5 else "10340"
    county = R.choice(["Brennard", "Brennard", "Muskingum"])
    emit(t, "nedss", '<CaseNotification xmlns="urn:oh:odh:ohdrs:1.3" msgId="%s" created="%s"><Condition code="%s">%s</Condition><LocalCaseId>' % (
        mid, ts_iso(t, 0, "-04:00"), cond, "Animal bite - PEP" if cond == "10190" else "Rabies, human exposure"),
         X(c.case_id, "other_id"), "</LocalCaseId><Subject><Name><Family>", X(v.last, "name"), "</Family><Given>", X(v.first, "name"),
         "</Given></Name><BirthDate>", X(v.dob.isoformat(), "date"), '</BirthDate><Age units="a">', X(str(v.age), "age" if v.age > 89 else None),
         "</Age><Sex>%s</Sex><Address><Street>" % v.sex,
         X(v.street, "address"), "</Street><City>", X(v.city, "address"), "</City><County>", X(county, "address"),
         "</County><State>OH</State><Zip>", X(v.zip, "zip"), "</Zip></Address></Subject><Exposure><Date>",
         X(c.exp_date.isoformat(), "date"), "</Date><Animal>%s</Animal><PEP>%s</PEP></Exposure><Reporter>BCHD-EPI</Reporter></CaseNotification>" % (
             xesc(c.species), "Y" if c.pep else "N"))
    t2 = at(t, R.randint(3, 120))
    emit(t2, "nedss", '<ack xmlns="urn:oh:odh:ohdrs:1.3" status="AA" msgId="%s" investigationId="' % mid, X(c.nedss, "other_id"),
         '" stateCaseId="', X(c.state_case, "other_id"), '" received="%s"/>' % ts_iso(t2, 0, "-04:00"))


def ev_fhir(c, t):
    prod = R.choice(PRODUCTS[:2])
    past = [k for k in range(4) if c.sched[k] <= t.date()]
    if not past:
        return
    k = R.choice(past)
    obj = {"resourceType": "Immunization", "id": uuid4(), "meta": {"lastUpdated": ts_iso(t, 3, "-04:00")},
           "status": "completed", "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": prod[2],
                                                               "display": "rabies, intramuscular injection"}]},
           "patient": {"reference": "Patient/"}, "occurrenceDateTime": V(c.sched[k].isoformat() + "T%02d:%02d:00-04:00" % (R.randint(8, 16), R.choice([0, 15, 30, 45])), "date"),
           "lotNumber": R.choice(LOTS[prod[0]]), "doseQuantity": {"value": 1.0, "unit": "mL"},
           "performer": [{"actor": {"display": R.choice(["Nguyen, Thao RN", "Bledsoe, Marcus RN"])}}],
           "protocolApplied": [{"series": "Rabies PEP 4-dose", "doseNumberPositiveInt": k + 1}]}
    parts = jparts(obj, ea=True)
    # splice patient id into the reference value
    i = parts.index('"Patient/"')
    parts[i:i + 1] = ['"Patient/', (c.clin_mrn, "mrn"), '"']
    pre = "%s POST https://immreg.odh.ohio.example/fhir/Immunization 201 %dms body=" % (ts_iso(t), R.randint(80, 1400))
    emit(t, "fhir", pre, parts)


def ev_nginx(c, t):
    stamp = t.strftime("%d/%b/%Y:%H:%M:%S -0400")
    ua = R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
                   "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.127 Mobile Safari/537.36",
                   "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36"])
    if R.random() < 0.5:
        emit(t, "nginx", (c.ip, "ip"), " - - [%s] \"GET /r/" % stamp, (c.token, "url"), " HTTP/2.0\" 302 0 \"-\" \"%s\"" % ua)
    else:
        emit(t, "nginx", (c.ip, "ip"), " - - [%s] \"GET /pep/schedule?case=" % stamp, (c.case_id, "other_id"),
             "&lang=%s HTTP/2.0\" 200 %d \"https://bchd.health/r/\" \"%s\"" % (c.contact.lang, R.randint(3000, 9000), ua))


def ev_postgres(c, t):
    v = c.victim
    pid = R.randint(10000, 40000)
    stamp = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d EDT" % R.randint(0, 999)
    r = R.random()
    user = R.choice(STAFF)[1]
    if r < 0.4:
        emit(t, "postgres", "%s [%d] rt_app@rabiestrak LOG:  duration: %.3f ms  statement: SELECT c.case_id, c.status FROM bite_case c JOIN person p ON p.id = c.victim_id WHERE lower(p.last_name) = '" % (stamp, pid, R.uniform(0.5, 900)),
             (ascii_fold(v.last).lower().replace("'", "''"), "name"), "' AND p.dob = '", (v.dob.isoformat(), "date"), "' /* user=%s */" % user)
    elif r < 0.7:
        emit(t, "postgres", "%s [%d] rt_app@rabiestrak LOG:  statement: UPDATE person SET phone_primary = '" % (stamp, pid),
             (v.phone_fmt("dash"), "phone"), "', updated_by = '%s' WHERE mrn = '" % user, (c.clin_mrn, "mrn"), "'")
    else:
        emit(t, "postgres", "%s [%d] rt_app@rabiestrak ERROR:  duplicate key value violates unique constraint \"uq_person_name_dob\"" % (stamp, pid))
        emit(t, "postgres", "%s [%d] rt_app@rabiestrak DETAIL:  Key (last_name, first_name, dob)=(" % (stamp, pid),
             (v.last, "name"), ", ", (v.first, "name"), ", ", (v.dob.isoformat(), "date"), ") already exists.")


def ev_x12(c, t):
    v = c.victim
    if v.plan[0] == "SP":
        return
    ctl = "%09d" % R.randint(1, 999999999)
    emit(t, "x12", "ISA*00*          *00*          *ZZ*BCHD%s*ZZ*%s*%s*%s*^*00501*%s*0*P*:~" % (
        " " * 11, {"MCR": "CMS            ", "MCD": "OHMCD          "}.get(v.plan[0], "AVAILITY       "),
        t.strftime("%y%m%d"), t.strftime("%H%M"), ctl))
    if R.random() < 0.5:
        emit(t, "x12", "ST*270*%04d*005010X279A1~" % R.randint(1, 9999))
    emit(t, "x12", "NM1*PR*2*%s*****PI*%s~" % (v.plan[1].upper(), {"MCR": "15202", "MCD": "OHMCD", "COM": {"Anthem BCBS": "00834", "Medical Mutual": "29076", "UnitedHealthcare": "87726", "Aetna": "60054"}.get(v.plan[1], "00000")}[v.plan[0]]))
    if R.random() < 0.6:
        emit(t, "x12", "NM1*1P*2*BRENNARD COUNTY HEALTH DEPT*****XX*%s~" % BCHD_NPI)
    emit(t, "x12", "NM1*IL*1*", (ascii_fold(v.last).upper(), "name"), "*", (ascii_fold(v.first).upper(), "name"), "****MI*", (v.plan[2], "health_plan"), "~")
    emit(t, "x12", "DMG*D8*", (v.dob.strftime("%Y%m%d"), "date"), "*%s~" % v.sex)
    emit(t, "x12", "DTP*291*D8*", (c.sched[0].strftime("%Y%m%d"), "date"), "~")
    if R.random() < 0.5:
        emit(t, "x12", "EQ*30~")


def ev_immreg(c, t):
    v = c.victim
    past = [k for k in range(4) if c.sched[k] < t.date()]
    if not past:
        return
    k = R.choice(past)
    prod = R.choice(PRODUCTS[:2])
    last = ascii_fold(v.last).upper()[:20]
    first = ascii_fold(v.first).upper()[:14]
    emit(t, "immreg", "D", (c.clin_mrn, "mrn"), " " * (12 - len(c.clin_mrn)), (last, "name"), " " * (21 - len(last)),
         (first, "name"), " " * (15 - len(first)), (v.dob.strftime("%Y%m%d"), "date"), v.sex,
         (v.zip, "zip"), "%-4s%-10s" % (prod[2], R.choice(LOTS[prod[0]])), (c.sched[k].strftime("%Y%m%d"), "date"), "%02d" % (k + 1), "BCHD01")


def ev_chat(c, t):
    st = R.choice(STAFF)
    v = c.victim
    chan = R.choice(["#rabies-epi", "#phn-clinic", "#rabies-epi"])
    r = R.random()
    stamp = ts_iso(t, 0)
    if r < 0.35 and c.guardian and c.victim.age < 16:
        g = c.guardian
        emit(t, "chat", "%s\t%s\t%s\tcan someone call back the " % (stamp, chan, st[0]), (v.last, "name"),
             " family? %s's cell is " % c.grel, (g.phone_fmt("dash"), "phone"), ", kid was bit %s" % ("by a bat overnight, bat tested" if "bat" in c.species else "on the " + c.site))
    elif r < 0.7:
        emit(t, "chat", "%s\t%s\t%s\t" % (stamp, chan, st[0]), (c.case_id, "other_id"), " - ", (v.name, "name"),
             " needs HRIG, %s kg, do we have enough KEDRAB at clinic B or send to Mercy?" % (int(R.uniform(20, 110))))
    else:
        emit(t, "chat", "%s\t%s\t%s\tlab result back on " % (stamp, chan, st[0]), (c.acc, "other_id"), ": %s. %s" % (
            R.choice(["NEG", "negative", "NEG, stopping PEP"]), "ok to close out if 10-day obs done"))


def ev_postfix(c, t):
    p = c.contact
    qid = alnum(10, "0123456789ABCDEF")
    stamp = t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")
    emit(t, "postfix", "%s mail01 postfix/smtp[%d]: %s: to=<" % (stamp, R.randint(1000, 30000), qid), (p.email, "email"),
         ">, relay=%s[%s]:25, delay=%.1f, delays=0.1/0/0.4/%.1f, dsn=2.0.0, status=sent (250 2.0.0 OK)" % (
             R.choice(["gmail-smtp-in.l.google.com", "mx-aol.mail.gm0.yahoodns.net", "outlook-com.olc.protection.outlook.com"]),
             R.choice(["142.250.114.27", "67.195.204.72", "52.101.40.16"]), R.uniform(0.5, 3), R.uniform(0.1, 2)))


def ev_fax(c, t):
    o = c.owner or c.contact
    a, e, n = o.ph
    emit(t, "fax", "%s RightFax INBOUND id=%d csid=\"" % (t.strftime("%m/%d/%Y %H:%M:%S"), R.randint(100000, 999999)),
         (ascii_fold(o.last).upper(), "name"), " HOME\" ani=",
         ("%s%s%s" % (a, e, n), "fax"), " pages=%d dest=RABIES-EPI subject=\"vet rabies cert\"" % R.randint(1, 3))


def ev_payment(c, t):
    p = c.contact
    card = pan(R.choice(["4", "4", "51", "52"]), 16)
    last4 = card[-4:]
    if R.random() < 0.3:
        emit(t, "payment", "%s DEBUG payproc: authorize req amount=45.00 currency=USD pan=" % ts_iso(t), (card, "account"),
             " exp=%02d/%02d acct_ref=" % (R.randint(1, 12), R.randint(25, 30)), (c.case_id, "other_id"), " gateway=authnet")
    else:
        emit(t, "payment", "%s INFO payproc: approved txn=%d amount=45.00 card=************%s brand=%s payer=\"" % (
            ts_iso(t), R.randint(6 * 10**10, 7 * 10**10), last4, "VISA" if card[0] == "4" else "MC"), (p.name, "name"),
             "\" acct_ref=", (c.case_id, "other_id"))


EVENTS = [(ev_hl7, 0.45), (ev_biteform, 0.35), (ev_cad, 0.55), (ev_note, 0.7), (ev_pepsched, 0.5), (ev_sms, 0.5),
          (ev_remind, 0.5), (ev_inventory, 0.3), (ev_nedss, 0.3), (ev_fhir, 0.3), (ev_nginx, 0.35),
          (ev_postgres, 0.35), (ev_x12, 0.15), (ev_immreg, 0.2), (ev_chat, 0.35), (ev_postfix, 0.2),
          (ev_fax, 0.1), (ev_payment, 0.12), (ev_mirth_err, 0.08)]


def run_case():
    c = Case()
    t = c.base
    for fn, p in EVENTS:
        if fn is ev_lims:
            continue
        if fn in (ev_pepsched, ev_sms, ev_fhir, ev_immreg, ev_inventory, ev_remind) and not c.pep:
            continue
        if R.random() < p:
            fn(c, clamp(t))
            t = at(t, R.randint(60, 3600))
    if (c.wild or R.random() < 0.15) and R.random() < 0.7:
        ev_lims(c, clamp(at(c.base, R.randint(3600, 40000))))


# --------------------------------------------------------------------------
# noise (no PHI)

def n_mirth(t):
    r = R.random()
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % R.randint(0, 999)
    if r < 0.5:
        ch = R.choice(["ER_BITE_IN", "ELR_OUT_ODH", "IMMREG_VXU", "CAD_BRIDGE"])
        emit(t, "mirth", "INFO  %s [pool-%d-thread-%d] c.m.c.s.c.ChannelStatistics: channel=%s received=%d filtered=%d sent=%d errored=%d queued=%d" % (
            ts, R.randint(1, 4), R.randint(1, 12), ch, R.randint(10, 400), R.randint(0, 20), R.randint(10, 400), R.randint(0, 3), R.randint(0, 9)))
    elif r < 0.8:
        MIRTH_N[0] += 1
        emit(t, "hl7", "MSH|^~\\&|BCHD_RT|BCHD|%s|%s|%s-0400||ACK^A04^ACK|ACK%d|P|2.5.1" % (
            R.choice(["EPIC", "MEDITECH"]), R.choice(["MMH", "SBR", "CVUC"]), t.strftime("%Y%m%d%H%M%S"), R.randint(10**6, 10**7)))
        emit(t, "hl7", "MSA|AA|%s%s%04d|Message accepted" % (R.choice(["MMH", "SBR"]), t.strftime("%Y%m%d%H%M%S"), R.randint(0, 9999)))
    else:
        emit(t, "mirth", "WARN  %s [ELR_OUT_ODH Destination 1] c.m.c.c.h.HttpDispatcher: HTTP 503 from https://ohdrs.odh.ohio.example/phinms/receive, retry %d/5 in 30s" % (ts, R.randint(1, 4)))
        emit(t, "javatrace", "java.net.SocketTimeoutException: Read timed out")
        emit(t, "javatrace", "\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)")
        emit(t, "javatrace", "\tat org.apache.http.impl.io.SessionInputBufferImpl.fillBuffer(SessionInputBufferImpl.java:153)")


def n_cad(t):
    stamp = t.strftime("%Y-%m-%dT%H:%M:%S") + "-04:00"
    CAD_N[0] += 1
    r = R.random()
    if r < 0.6:
        emit(t, "cad", "<134>1 %s ac-cad01 CADSvc %d - - call=AC24-%05d type=%s pri=%d loc=\"%s\" unit=ACO%d officer=\"%s\" disp=%s" % (
            stamp, R.randint(2000, 9000), CAD_N[0], R.choice(["STRAY-PICKUP", "DOA-ANIMAL", "LOOSE-LIVESTOCK", "WELFARE-CHK-KENNEL"]),
            R.randint(3, 5), R.choice(["SR 93 @ MM 14", "2290 County Home Rd (Shelter)", "Millbrook Walmart lot, 1450 Maple Ave",
                                        "Riverside Park boat ramp", "I-70 WB ramp exit 155"]),
            R.randint(1, 14), R.choice(ACOS), R.choice(["GOA", "IMPOUNDED", "DISPOSED", "REFERRED-ODNR"])))
    else:
        emit(t, "cad", "<30>1 %s ac-cad01 avl-gw %d - - unit=ACO%d vin=%s lat=%.5f lon=%.5f spd_mph=%d ign=%s" % (
            stamp, R.randint(100, 999), R.randint(1, 14), vin(R.random() < 0.9), 39.9 + R.uniform(0, 0.3), -82.0 - R.uniform(0, 0.3),
            R.randint(0, 55), R.choice(["on", "off"])))


def n_lims(t):
    ACC_N[0] += 1
    stamp = t.strftime("%Y-%m-%dT%H:%M:%S")
    r = R.random()
    if r < 0.55:
        emit(t, "lims", "SPEC|%s|ACC=R24-%06d|SUBMITTER=%s|SPECIES=%s|SPEC_TYPE=HEAD|EXPOSURE=N|CASE=|COND=GOOD|COURIER=ODNR-WS|STATUS=RECEIVED" % (
            stamp, ACC_N[0], R.choice(["ODNR WILDLIFE SURV", "USDA WS ORV", "BRENNARD CO HD"]), R.choice(["RACCOON", "SKUNK", "FOX", "COYOTE"])))
    elif r < 0.8:
        emit(t, "lims", "QC|%s|INSTR=ZEISS-AXIO-02|CONJUGATE_LOT=FD%s|CTRL_POS=OK|CTRL_NEG=OK|TECH=%s" % (
            stamp, R.randint(1000, 9999), R.choice(["MOYELARAN", "KLINDQVIST", "DTRAN"])))
    else:
        emit(t, "lims", "BATCH|%s|RUN=DFA-%s-%02d|SPECIMENS=%d|POS=%d|NEG=%d|UNSAT=%d|RELEASED_BY=JHOLLOWAY" % (
            stamp, t.strftime("%y%m%d"), R.randint(1, 4), R.randint(6, 30), R.randint(0, 2), R.randint(5, 25), R.randint(0, 2)))


def n_pepsched(t):
    stamp = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % R.randint(0, 999)
    r = R.random()
    if r < 0.5:
        emit(t, "pepsched", "%s INFO pepsched.tick: due_today=%d overdue=%d reminders_queued=%d run_ms=%d" % (
            stamp, R.randint(3, 25), R.randint(0, 4), R.randint(3, 25), R.randint(40, 900)))
    elif r < 0.8:
        emit(t, "pepsched", "%s INFO pepsched.capacity: clinic=%s date=%s slots=%d booked=%d" % (
            stamp, R.choice(["A", "B"]), (t.date() + dt.timedelta(days=R.randint(0, 7))).isoformat(), 24, R.randint(4, 24)))
    else:
        emit(t, "pepsched", "%s ERROR pepsched.sync: inventory service timeout after 5000ms (trace_id=%s)" % (stamp, hexs(32)))


def n_sms(t):
    emit(t, "sms", jparts({"event": "account.usage", "AccountSid": "AC" + hexs(32), "category": "sms-outbound",
                           "count": str(R.randint(20, 300)), "price": "%.4f" % R.uniform(0.5, 9), "ts": ts_iso(t)}))


def n_remind(t):
    emit(t, "remind", "ts=%s level=info caller=worker/batch.go:%d msg=\"reminder batch\" due=%d sent=%d failed=%d dur=%.2fs build=2.4.0+g%s" % (
        ts_iso(t), R.randint(40, 70), R.randint(5, 40), R.randint(5, 40), R.randint(0, 3), R.uniform(0.2, 4), hexs(7)))


def n_inventory(t):
    prod = R.choice(PRODUCTS)
    r = R.random()
    kind = "RECEIPT" if r < 0.3 else ("TRANSFER" if r < 0.5 else ("COUNT" if r < 0.8 else "WASTE"))
    ref = "PO-%d" % R.randint(24000, 24999) if kind == "RECEIPT" else ("TR-%05d" % R.randint(100, 999) if kind == "TRANSFER" else "CNT-%s" % t.strftime("%m%d"))
    emit(t, "inventory", "%s,BCHD-CLINIC-%s,%s,%s,%s,%s,%s,%s%d,%d,ref=%s,by=%s" % (
        t.strftime("%Y-%m-%d %H:%M"), R.choice("AB"), prod[0], prod[1], R.choice(LOTS[prod[0]]), "2025-%02d-28" % R.randint(1, 12),
        kind, "+" if kind in ("RECEIPT", "TRANSFER") else "-", R.randint(1, 10), R.randint(3, 40), ref, R.choice(STAFF[1:3])[1]))


def n_nedss(t):
    emit(t, "nedss", '<heartbeat xmlns="urn:oh:odh:ohdrs:1.3" partner="BCHD" route="PHINMS-2.8.01" status="OK" queueDepth="%d" at="%s"/>' % (
        R.randint(0, 5), ts_iso(t, 0, "-04:00")))


def n_fhir(t):
    r = R.random()
    if r < 0.6:
        emit(t, "fhir", "%s GET https://immreg.odh.ohio.example/fhir/metadata 200 %dms body=" % (ts_iso(t), R.randint(40, 400)),
             jparts({"resourceType": "CapabilityStatement", "status": "active", "fhirVersion": "4.0.1",
                     "software": {"name": "ImmReg FHIR Gateway", "version": "5.2.%d" % R.randint(0, 9)}}))
    else:
        emit(t, "fhir", "%s POST https://immreg.odh.ohio.example/fhir/Immunization 422 %dms body=" % (ts_iso(t), R.randint(80, 900)),
             jparts({"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "invalid",
                                                                     "diagnostics": "Immunization.lotNumber not found in VTrckS for NDC %s" % R.choice(PRODUCTS)[1]}]}))


def n_nginx(t):
    stamp = t.strftime("%d/%b/%Y:%H:%M:%S -0400")
    r = R.random()
    if r < 0.4:
        emit(t, "nginx", "10.40.0.%d - - [%s] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\"" % (R.randint(2, 9), stamp))
    elif r < 0.7:
        emit(t, "nginx", "%s - %s [%s] \"POST /api/v2/bite-reports HTTP/1.1\" 201 %d \"https://bchd.health/report\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edg/128.0.2739.67\"" % (
            R.choice(["66.213.40.18", "66.213.40.19", "192.0.2.77"]), R.choice(["mmh_ed_intake", "sbr_ed_intake", "-"]), stamp, R.randint(80, 400)))
    else:
        emit(t, "nginx", "%d.%d.%d.%d - - [%s] \"GET %s HTTP/1.1\" %d %d \"-\" \"%s\"" % (
            R.randint(20, 200), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254), stamp,
            R.choice(["/wp-login.php", "/.env", "/static/js/app.4f1c2a.js", "/favicon.ico", "/report/es"]), R.choice([404, 404, 200]),
            R.randint(100, 90000), R.choice(["Mozilla/5.0 zgrab/0.x", "python-requests/2.31.0", "Mozilla/5.0 (compatible; bingbot/2.0)"])))


def n_postgres(t):
    stamp = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d EDT" % R.randint(0, 999)
    pid = R.randint(10000, 40000)
    emit(t, "postgres", R.choice([
        "%s [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=%.3f s" % (stamp, pid, R.randint(100, 4000), R.uniform(0, 5), R.uniform(1, 30)),
        "%s [%d] LOG:  automatic vacuum of table \"rabiestrak.public.dose_event\": index scans: 1" % (stamp, pid),
        "%s [%d] rt_app@rabiestrak LOG:  duration: %.3f ms  statement: SELECT count(*) FROM regimen WHERE status = 'ACTIVE'" % (stamp, pid, R.uniform(0.3, 50)),
        "%s [%d] rt_report@rabiestrak LOG:  duration: %.3f ms  execute <unnamed>: SELECT species, count(*) FROM bite_case WHERE exp_year = 2024 GROUP BY 1" % (stamp, pid, R.uniform(3, 400)),
    ]))


def n_sshd(t):
    stamp = t.strftime("%b %d %H:%M:%S")
    u = R.choice(STAFF)[1]
    emit(t, "sshd", R.choice([
        "%s bastion01 sshd[%d]: Accepted publickey for %s from 10.40.1.%d port %d ssh2: ED25519 SHA256:%s" % (stamp, R.randint(1000, 60000), u, R.randint(20, 80), R.randint(40000, 65000), base64.b64encode(bytes(R.randint(0, 255) for _ in range(32))).decode().rstrip("=")),
        "%s bastion01 sshd[%d]: Invalid user admin from 45.%d.%d.%d port %d" % (stamp, R.randint(1000, 60000), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254), R.randint(1024, 65000)),
        "%s bastion01 sudo[%d]:   %s : TTY=pts/%d ; PWD=/home/%s ; USER=root ; COMMAND=/usr/bin/systemctl restart pepsched" % (stamp, R.randint(1000, 60000), u, R.randint(0, 4), u),
    ]))


def n_chat(t):
    st = R.choice(STAFF)
    emit(t, "chat", "%s\t%s\t%s\t%s" % (ts_iso(t, 0), R.choice(["#phn-clinic", "#rabies-epi", "#it-help"]), st[0], R.choice([
        "HyperRAB lot %s arriving Thurs via McKesson, order %s" % (R.choice(LOTS["HyperRAB 300 IU/mL"]), "MCK-%d" % R.randint(7000000, 7999999)),
        "reminder: ACIP 4-dose schedule for immunocompetent, 5 for immunocompromised",
        "portal was slow this AM, ticket INC%07d opened w/ vendor" % R.randint(100000, 999999),
        "state lab courier cutoff moved to 2pm on Fridays",
        "Clinic B fridge temp log ok, 4.1C",
        "who has the Ashgrove dog-bite training at the library tomorrow 10am?",
        "Dr. Moreau out Wed, Priya covering on-call 740-555-0188",
    ])))


def n_postfix(t):
    stamp = t.strftime("%b %d %H:%M:%S")
    qid = alnum(10, "0123456789ABCDEF")
    emit(t, "postfix", R.choice([
        "%s mail01 postfix/qmgr[%d]: %s: from=<noreply@brennardhealth.org>, size=%d, nrcpt=1 (queue active)" % (stamp, R.randint(900, 2000), qid, R.randint(3000, 90000)),
        "%s mail01 postfix/smtp[%d]: %s: to=<lab.reports@odh.ohio.example>, relay=mx.odh.ohio.example[164.%d.%d.%d]:25, delay=0.8, dsn=2.0.0, status=sent" % (stamp, R.randint(900, 30000), qid, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
        "%s mail01 postfix/anvil[%d]: statistics: max connection rate 3/60s for (smtp:10.40.2.11) at %s" % (stamp, R.randint(900, 2000), stamp),
    ]))


def n_fax(t):
    emit(t, "fax", "%s RightFax INBOUND id=%d csid=\"%s\" ani=%s pages=%d dest=RABIES-EPI subject=\"%s\"" % (
        t.strftime("%m/%d/%Y %H:%M:%S"), R.randint(100000, 999999), R.choice(["MILLBROOK MERCY ED", "ST BRIGID ED", "PIKE HOLLOW ANML CLN"]),
        R.choice(["7405550192", "7405550177", "7405550163"]), R.randint(1, 6), R.choice(["bite report", "ED face sheet", "vet cert"])))


def n_x12(t):
    emit(t, "x12", R.choice(["TA1*%09d*%s*%s*A*000~" % (R.randint(1, 999999999), t.strftime("%y%m%d"), t.strftime("%H%M")),
                             "AK9*A*1*1*1~", "GE*1*%d~" % R.randint(1, 9999), "IEA*1*%09d~" % R.randint(1, 999999999)]))


def n_biteform(t):
    emit(t, "biteform", jparts({"level": R.choice([30, 40]), "time": int(t.timestamp() * 1000) + R.randint(0, 999), "pid": R.randint(1000, 30000),
                                "hostname": "biteform-%d" % R.randint(1, 3), "msg": R.choice(["request completed", "captcha verify ok", "rate limit near threshold"]),
                                "req": {"method": "GET", "url": R.choice(["/report", "/report/es", "/api/v2/species"])},
                                "res": {"statusCode": 200}, "responseTime": round(R.uniform(2, 300), 1)}))


def n_payment(t):
    emit(t, "payment", "%s INFO payproc: settlement batch=%d count=%d total=%.2f gateway=authnet merchant=BRENNARD CO HEALTH DEPT 400 COURTHOUSE SQ MILLBROOK OH 43761" % (
        ts_iso(t), R.randint(900000, 999999), R.randint(1, 12), R.randint(1, 12) * 45.0))


NOISE = [(n_mirth, 8), (n_cad, 8), (n_lims, 7), (n_pepsched, 7), (n_sms, 4), (n_remind, 5), (n_inventory, 14), (n_nedss, 4),
         (n_fhir, 4), (n_nginx, 10), (n_postgres, 8), (n_sshd, 6), (n_chat, 5), (n_postfix, 5), (n_fax, 3), (n_x12, 2),
         (n_biteform, 5), (n_payment, 2)]


def main():
    TARGET = 500
    while True:
        run_case()
        phi = sum(1 for e in ENTRIES if any(isinstance(p, tuple) and p[1] for p in e[3]))
        if phi >= 222:
            break
    # noise; stack traces / multi-line noise may add several lines
    fns = [f for f, w in NOISE for _ in range(w)]
    NOISE_MODE[0] = True
    while len(ENTRIES) < TARGET:
        R.choice(fns)(rand_t())
    ENTRIES.sort(key=lambda e: (e[0], e[1]))
    # trim excess noise-only lines (keep order), never PHI lines
    excess = len(ENTRIES) - TARGET
    if excess > 0:
        drop = set()
        for i in range(len(ENTRIES) - 1, -1, -1):
            if len(drop) == excess:
                break
            e = ENTRIES[i]
            if e[4] and e[2] in ("sshd", "nginx", "postgres", "inventory", "pepsched", "remind", "nedss"):
                drop.add(i)
        ENTRIES[:] = [e for i, e in enumerate(ENTRIES) if i not in drop]
    assert len(ENTRIES) == TARGET, len(ENTRIES)
    with open("rc.log", "wb") as fl, open("rc.labels.jsonl", "w", encoding="utf-8") as fj:
        for n, (ts, seq, fam, parts, _nz) in enumerate(ENTRIES, 1):
            b, spans = build(parts)
            if b"\n" in b or b"\r" in b or not b.strip():
                raise SystemExit("bad line %d" % n)
            last_e = 0
            for sp in spans:
                s, e = sp["s"], sp["e"]
                if not (0 <= s < e <= len(b)):
                    raise SystemExit("span out of range line %d %r" % (n, sp))
                if s < last_e:
                    raise SystemExit("overlap line %d %r" % (n, sp))
                if b[s:e].decode("utf-8") != sp["_v"]:
                    raise SystemExit("span text mismatch line %d %r" % (n, sp))
                if sp["_v"] != sp["_v"].strip():
                    raise SystemExit("span whitespace line %d %r" % (n, sp))
                last_e = e
            fl.write(b + b"\n")
            fj.write(json.dumps({"line": n, "family": fam, "spans": [{"s": x["s"], "e": x["e"], "cat": x["cat"]} for x in spans]}) + "\n")


if __name__ == "__main__":
    main()
