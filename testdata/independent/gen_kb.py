#!/usr/bin/env python3
"""Synthetic labeled log corpus "kb": a regional poison control center
(Cascadia Regional Poison Center, Oregon + SW Washington, one 24h day).

Systems covered: ACD call routing log, softphone (PJSIP dump + Finesse desktop
log), toxicology case management system (TCMS) JSON case saves and key=value
exports, NPDS-like pipe upload file with fixed codes, specialist (SPI) notes
typed during calls (English/Spanish clinical shorthand), follow-up call queue,
HL7 v2 from hospitals (segment per physical line and escaped one-line form),
fax server (HylaFAX xferfaxlog + RightFax indexer), SMS/web chat contacts,
surveillance cluster alerts, Poisindex/product substance lookups, state (OHA)
reporting extract CSV, audit log, Java/Spring services, PostgreSQL, nginx,
cron/syslog.

All people, numbers and addresses are synthetic. Deterministic (fixed seed).

Labeling decisions:
- Patients, callers who are the patient's relatives/friends/caregivers at
  home, texters/chatters asking about an exposure, next of kin and insurance
  subscribers are "persons"; their identifiers are labeled.
- Not labeled: specialists (SPIs), toxicologists, ED/ICU clinicians,
  hospital/EMS/facility names, phone and fax numbers of hospitals and other
  facilities (including the ANI of a call routed through the IVR "health care
  professional" branch, ivr=HCP / callerType=HCF), the public Poison Help line
  1-800-222-1222, staff usernames/extensions/agent IDs, workstation names.
- TCMS case numbers (24-0nnnnn, and the same number without dash in NPDS
  rows) -> other_id, wherever they appear (logs, audit, alerts, SQL).
- Telephony call IDs (UCID, SIP Call-ID, dialogId), chat session IDs, SMS
  MessageSid, follow-up queue item IDs (fu_id), HL7 control IDs, job IDs,
  trace/span IDs, fax job numbers -> not labeled (transaction handles).
- Hospital MRN -> mrn; HL7 PID-18 patient account -> account; HL7 PV1-19
  visit/encounter number -> other_id; insurance member/subscriber IDs and
  Oregon Health Plan (Medicaid) IDs -> health_plan; driver licence and
  pesticide applicator licence of the exposed person -> license.
- Dates tied to the case: birth date, exposure date, call/start date of a
  case as a case field, admission/visit date, scheduled follow-up due
  date/time -> date. Log line timestamps, file/batch dates, the year alone
  and ages expressed as "2yo" are not dates.
- Ages labeled (age) only when > 89, in any form (93, "91a", "92 y/o",
  NPDS age field). Younger ages are not labeled.
- Street addresses, city, county (as part of a person's location) -> address;
  each part is its own span when in separate fields, one span when written
  as one string. State abbreviations are not labeled. ZIP -> zip.
- Counties/regions in aggregate surveillance alerts (counts, baselines) are
  not labeled; case numbers listed in those alerts are.
- Caller-ID name (CNAM) of a public caller -> name, its number -> phone.
- Public client IP of a chat/SMS/web contact -> ip; private (10/8, 172.16/12,
  192.168/16) addresses of workstations, probes and proxies are not.
- Partial names used as search terms (e.g. SQL LIKE 'okonkwo%') -> name for
  the name part only (not the % wildcard). Initials of a patient -> name.
- Base64 image of a person's face sent by chat -> photo. Personal social
  media profile URL -> url. Patient's medical device serial -> device.
  Licence plate of a patient's vehicle -> vehicle. Personal fax -> fax.
- Substance names, Poisindex/product IDs, NPDS generic codes, lot numbers
  of products, order/queue/row counts are never labeled.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random

R = random.Random(0x4B42_2024)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "kb"
N_LINES = 500
TARGET_NOPHI = 0.55


# --------------------------------------------------------------------------
# line builder
class L:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []
        self.n = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        self.parts.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        b = len(s.encode("utf-8"))
        self.spans.append((self.n, self.n + b, cat, s))
        return self.t(s)

    def text(self):
        return "".join(self.parts)


def seg(fam, *parts):
    b = L(fam)
    for x in parts:
        if isinstance(x, tuple):
            if x[1] is None:
                b.t(x[0])
            else:
                b.p(x[0], x[1])
        else:
            b.t(x)
    return b


# --------------------------------------------------------------------------
# clock
DAY = dt.date(2024, 3, 11)
CLK = [dt.datetime(2024, 3, 11, 0, 0, 7)]


def tick(lo=20, hi=260):
    CLK[0] += dt.timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
    return CLK[0]


def now():
    return CLK[0]


def ts_iso_ms(t=None):
    t = t or now()
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)


def ts_iso_t(t=None, tz="-07:00"):
    t = t or now()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (t.microsecond // 1000) + tz


def ts_zulu(t=None):
    t = (t or now()) + dt.timedelta(hours=7)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def ts_comma(t=None):
    t = t or now()
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def ts_syslog(t=None):
    t = t or now()
    return t.strftime("%b %d %H:%M:%S")


def ts_nginx(t=None):
    t = t or now()
    return t.strftime("%d/%b/%Y:%H:%M:%S -0700")


def ts_nginx_err(t=None):
    t = t or now()
    return t.strftime("%Y/%m/%d %H:%M:%S")


def ts_pg(t=None):
    t = t or now()
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d PDT" % (t.microsecond // 1000)


def ts_hl7(t=None):
    t = t or now()
    return t.strftime("%Y%m%d%H%M%S")


# --------------------------------------------------------------------------
# pools
FIRST_F = ["Rosa", "Guadalupe", "Mai", "Thi Lan", "Fatuma", "Olena", "Aisha", "Keisha",
           "Priyanka", "Siobhan", "Hnub", "Ji-woo", "Marisol", "Yesenia", "Tatiana",
           "Ngozi", "Leilani", "Brittany", "Ingrid", "Xiomara", "Amara", "Zainab",
           "Kayla", "Mei", "Svetlana", "Ximena", "Anh", "Beatriz", "Dakota", "Ebony",
           "Harper", "Lucía", "María José", "Noor", "Pua", "Renée", "Sofía", "Tovah"]
FIRST_M = ["Mateo", "José Luis", "Minh", "Abdirahman", "Dmytro", "Tyrone", "Kwame",
           "Rajesh", "Cormac", "Tou", "Seung-hoon", "Jesús", "Ivan", "Chukwuemeka",
           "Keoni", "Brayden", "Lars", "Santiago", "Omar", "Wei", "Yusuf", "Aleksandr",
           "Bao", "Dante", "Elijah", "Hamza", "Jaxon", "Liam", "Nikolai", "Pedro",
           "Quang", "Tavita", "Wyatt", "Ángel", "Émile"]
LAST = ["Garcia", "Nguyen", "Hernández", "Okonkwo", "Kowalczyk", "Abdi", "Petrenko",
        "O'Brien", "Vang", "Kim", "Patel", "de la Cruz", "Van der Berg", "Tran-Pham",
        "Ramírez-Soto", "McAllister", "St. John", "al-Sayed", "D'Angelo", "Yazzie",
        "Fa'alogo", "Lindqvist", "Schmidt", "Castillo", "Oyelaran", "Haugen", "Lee",
        "Begay", "Mendoza", "Nakamura", "Ivanova", "Delgado", "Whitehorse", "Friesen",
        "Zhou", "Achebe", "Müller", "Ortiz", "Le", "Baptiste", "Nwosu", "Kaur",
        "von Ahn", "Da Silva", "Yilmaz", "Hughes", "Mahmoud", "Quispe", "Sandoval"]

# (city, county, state, zips, area codes)
PLACES = [
    ("Portland", "Multnomah", "OR", ["97202", "97206", "97217", "97230", "97266"], ["503", "971"]),
    ("Gresham", "Multnomah", "OR", ["97030", "97080"], ["503", "971"]),
    ("Beaverton", "Washington", "OR", ["97005", "97006"], ["503", "971"]),
    ("Hillsboro", "Washington", "OR", ["97123", "97124"], ["503"]),
    ("Salem", "Marion", "OR", ["97301", "97302", "97305"], ["503", "971"]),
    ("Woodburn", "Marion", "OR", ["97071"], ["503"]),
    ("Eugene", "Lane", "OR", ["97402", "97404"], ["541", "458"]),
    ("Springfield", "Lane", "OR", ["97477", "97478"], ["541"]),
    ("Medford", "Jackson", "OR", ["97501", "97504"], ["541", "458"]),
    ("Bend", "Deschutes", "OR", ["97701", "97702"], ["541"]),
    ("Klamath Falls", "Klamath", "OR", ["97601", "97603"], ["541"]),
    ("Hermiston", "Umatilla", "OR", ["97838"], ["541"]),
    ("Pendleton", "Umatilla", "OR", ["97801"], ["541"]),
    ("Coos Bay", "Coos", "OR", ["97420"], ["541"]),
    ("Astoria", "Clatsop", "OR", ["97103"], ["503"]),
    ("The Dalles", "Wasco", "OR", ["97058"], ["541"]),
    ("Ontario", "Malheur", "OR", ["97914"], ["541"]),
    ("Vancouver", "Clark", "WA", ["98660", "98682", "98684"], ["360"]),
    ("Longview", "Cowlitz", "WA", ["98632"], ["360"]),
]
STREETS = ["SE Division St", "NE Alberta St", "Oak Grove Rd", "Calle Willamette", "N Lombard St",
           "Hawthorne Ave", "Cedar Hills Blvd", "River Rd", "Lancaster Dr NE", "W 11th Ave",
           "Crater Lake Hwy", "NE Greenwood Ave", "Main St", "SW Baseline Rd", "Pine Cone Ln",
           "Marine Dr", "Fourth Plain Blvd", "Hwy 395 N", "Cherry Ave NE", "Gateway St"]
UNITS = ["", "", "", " Apt 4B", " #12", " Unit 305", " Sp 41", " Apt 2"]

HOSPITALS = [
    ("LEM", "Legacy Emanuel Medical Center", "5034132200", "5034134999"),
    ("OHSU", "OHSU Hospital", "5034948311", "5034947722"),
    ("PSV", "Providence St. Vincent", "5032163100", "5032164411"),
    ("SHMC", "Salem Health", "5035615200", "5035615787"),
    ("PSHMC", "PeaceHealth Sacred Heart RiverBend", "5412222000", "5412227066"),
    ("ARRMC", "Asante Rogue Regional", "5417892000", "5417895111"),
    ("SCB", "St. Charles Bend", "5413822000", "5413826690"),
    ("PHSW", "PeaceHealth Southwest", "3605141000", "3605147290"),
    ("GSRMC", "Good Samaritan Regional", "5417685111", "5417685380"),
]
SPIS = ["spi.mkowalski", "spi.tadeyemi", "jlaurent", "rn.hchen", "spi.rvaldez", "pharmd.sokafor",
        "spi.bthorsen", "spi.lmoreno", "rn.dquach"]
SPI_NAMES = {"spi.mkowalski": "M. Kowalski RN", "spi.tadeyemi": "T. Adeyemi PharmD",
             "jlaurent": "J. Laurent RN", "rn.hchen": "H. Chen RN", "spi.rvaldez": "R. Valdez RN",
             "pharmd.sokafor": "S. Okafor PharmD", "spi.bthorsen": "B. Thorsen RN",
             "spi.lmoreno": "L. Moreno RN CSPI", "rn.dquach": "D. Quach RN"}
TOXICOLOGISTS = ["Dr. Priya Raman", "Dr. Owen Achterberg", "Dr. Lucia Ferreira-Holt"]
ED_DOCS = ["Dr. Feld", "Dr. Abara", "Dr. Kristiansen", "Dr. Huang", "Dr. Mbeki-Ross", "Dr. Solis"]

# (display, poisindex id, npds generic code, kind)
SUBST = [
    ("Acetaminophen 160 mg/5 mL susp", "6921132", "0200451", "rx"),
    ("Ibuprofen 200 mg tab", "4310557", "0200620", "otc"),
    ("Diphenhydramine 25 mg", "1053301", "0201120", "otc"),
    ("Laundry detergent pod", "7742190", "0201980", "hh"),
    ("Sodium hypochlorite 6% bleach", "0561002", "0200780", "hh"),
    ("Carbon monoxide", "0007001", "0201440", "gas"),
    ("Button battery 20 mm lithium", "6611208", "0201360", "fb"),
    ("Melatonin gummies 5 mg", "8120413", "0203500", "otc"),
    ("Clonazepam 0.5 mg", "1480022", "0200270", "rx"),
    ("Sertraline 100 mg", "2230184", "0200131", "rx"),
    ("Metformin ER 500 mg", "3014467", "0201701", "rx"),
    ("Amlodipine 10 mg", "2774519", "0200930", "rx"),
    ("Oxycodone 5 mg", "1900346", "0200070", "rx"),
    ("THC edible (gummy, 10 mg)", "9001577", "0203750", "drug"),
    ("Ethanol hand sanitizer 70%", "6503312", "0201030", "hh"),
    ("Ethylene glycol antifreeze", "0332006", "0200890", "auto"),
    ("Amanita sp. mushroom", "0050113", "0202200", "bio"),
    ("Rattlesnake envenomation (Crotalus oreganus)", "0081220", "0202310", "bio"),
    ("Chlorpyrifos 44.9% EC", "5512043", "0202440", "pest"),
    ("Nicotine e-liquid 50 mg/mL", "7900328", "0201655", "hh"),
    ("Zolpidem 10 mg", "1611907", "0200290", "rx"),
    ("Lithium carbonate 300 mg", "1211155", "0200135", "rx"),
    ("Ferrous sulfate 325 mg", "4402318", "0200700", "otc"),
    ("Hydrofluoric acid rust remover", "0450071", "0200760", "hh"),
    ("Digoxin 0.125 mg", "2003368", "0200910", "rx"),
    ("Metoprolol tartrate 50 mg", "2840097", "0200940", "rx"),
    ("Glyphosate 41% concentrate", "5533019", "0202460", "pest"),
    ("Fentanyl (illicit, pressed tab)", "1999004", "0203820", "drug"),
]

REASONS = [("UG", "11", "Unintentional - general"), ("UT", "12", "Unintentional - therapeutic error"),
           ("IS", "21", "Intentional - suspected suicide"), ("IM", "22", "Intentional - misuse"),
           ("IA", "23", "Intentional - abuse"), ("UO", "13", "Unintentional - occupational"),
           ("UE", "14", "Unintentional - environmental"), ("BITE", "15", "Unintentional - bite/sting")]
SITES = [("OWN_RES", "01"), ("OTHER_RES", "02"), ("WORKPLACE", "03"), ("SCHOOL", "05"), ("HCF", "06"),
         ("PUBLIC", "08")]
MGMT = [("ON_SITE", "01"), ("HCF_ALREADY", "02"), ("REFERRED_HCF", "03"), ("OTHER", "04")]
OUTCOMES = [("NO_EFFECT", "01"), ("MINOR", "02"), ("MODERATE", "03"), ("MAJOR", "04"), ("DEATH", "05"),
            ("NOT_FOLLOWED_MINIMAL", "06"), ("UNABLE_TO_FOLLOW", "08"), ("PENDING", "00")]
ROUTES = ["ING", "INH", "DERM", "OCUL", "BITE", "PAR"]


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


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def rand_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


CASE_SEQ = [18210]


def new_case():
    CASE_SEQ[0] += R.randint(1, 4)
    return "24-0%05d" % CASE_SEQ[0]


OLD_CASES = []


def old_case():
    c = "24-0%05d" % R.randint(16000, 18200)
    return c


def fmt_phone(d, style=None):
    style = style if style is not None else R.randint(0, 7)
    a, b, c = d[:3], d[3:6], d[6:]
    return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}{b}{c}", f"+1{a}{b}{c}", f"{a}.{b}.{c}",
            f"1-{a}-{b}-{c}", f"{a} {b} {c}", f"({a}){b}-{c}"][style]


def fmt_date(d, style=None):
    style = style if style is not None else R.randint(0, 8)
    mon = d.strftime("%b")
    return [d.strftime("%Y-%m-%d"), d.strftime("%m/%d/%Y"), f"{d.month}/{d.day}/{d:%y}",
            d.strftime("%d-%b-%Y").upper(), f"{d:%B} {d.day}, {d.year}", d.strftime("%Y%m%d"),
            d.strftime("%m-%d-%Y"), f"{d.day} {mon} {d.year}", d.strftime("%d/%m/%Y")][style]


def fmt_date_es(d):
    meses = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
    return R.choice([d.strftime("%d/%m/%Y"), f"{d.day} {meses[d.month - 1]} {d.year}", f"{d.day}-{d.month}-{d:%y}"])


class P:
    """a synthetic person"""

    def __init__(self, kind=None, sex=None, last=None, place=None):
        kind = kind or R.choice(["toddler"] * 5 + ["child"] * 2 + ["teen"] * 2 + ["adult"] * 4 + ["elder"] * 2)
        self.sex = sex or R.choice("FM")
        self.first = R.choice(FIRST_F if self.sex == "F" else FIRST_M)
        self.last = last or R.choice(LAST)
        if R.random() < 0.12 and not last:
            self.last = self.last + "-" + R.choice(["Lopez", "Nguyen", "Smith", "Abara", "Cruz", "Park"])
        self.mid = R.choice("ABCDEJKLMRST")
        self.kind = kind
        if kind == "toddler":
            self.age = R.randint(0, 4)
        elif kind == "child":
            self.age = R.randint(5, 12)
        elif kind == "teen":
            self.age = R.randint(13, 19)
        elif kind == "adult":
            self.age = R.randint(20, 78)
        elif kind == "elder":
            self.age = R.choice([81, 84, 87, 90, 91, 92, 93, 94, 96, 97, 101])
        self.dob = DAY - dt.timedelta(days=self.age * 365 + R.randint(1, 360))
        self.place = place or R.choice(PLACES)
        self.city, self.county, self.state, zips, acs = self.place
        self.zip = R.choice(zips)
        self.phone = R.choice(acs) + str(R.randint(2, 9)) + rdig(2) + rdig(4)
        self.street = f"{R.randint(100, 24999)} {R.choice(STREETS)}{R.choice(UNITS)}"
        self.email = self.mk_email()
        self.mrn = R.choice(["E", "M", "", "00"]) + rdig(R.choice([7, 8]))
        self.ssn = rand_ssn()
        self.weight = {"toddler": round(R.uniform(8, 17), 1), "child": round(R.uniform(18, 40), 1),
                       "teen": round(R.uniform(40, 80), 1), "adult": round(R.uniform(50, 120), 1),
                       "elder": round(R.uniform(40, 80), 1)}[kind]

    def mk_email(self):
        f = self.first.split()[0].lower().replace("á", "a").replace("é", "e").replace("í", "i").replace("ó", "o").replace("ú", "u").replace("ñ", "n").replace("á", "a").replace("é", "e")
        l = self.last.lower().replace(" ", "").replace("'", "").replace("á", "a").replace("é", "e").replace("í", "i").replace("ü", "u").replace("ó", "o")
        dom = R.choice(["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "comcast.net", "icloud.com", "proton.me"])
        form = R.choice([f"{f}.{l}", f"{f[0]}{l}{R.randint(1, 99)}", f"{f}{l[:4]}{R.randint(70, 99)}", f"{l}.{f}", f"{f}_{R.randint(100, 999)}"])
        return f"{form}@{dom}"

    def name(self, style=None):
        style = style if style is not None else R.randint(0, 7)
        f, l = self.first, self.last
        return [f"{f} {l}", f"{l.upper()}, {f.upper()}", f"{l}, {f}", f"{f.lower()} {l.lower()}",
                f"{f[0]}. {l}", f"{l}, {f} {self.mid}.", f"{f} {self.mid}. {l}", f"{l.upper()} {f.upper()}"][style]

    def hl7name(self):
        return f"{self.last.upper()}^{self.first.upper()}^{self.mid}"

    def age_str(self):
        if self.age == 0:
            return "%dmo" % R.randint(7, 11)
        return "%dyo" % self.age


def caller_for(pt):
    """relative calling about pt (same last name usually)"""
    if pt.kind in ("toddler", "child"):
        rel = R.choice(["mother", "mother", "father", "grandmother", "aunt", "babysitter"])
    elif pt.kind == "elder":
        rel = R.choice(["daughter", "son", "caregiver", "wife", "granddaughter"])
    elif pt.kind == "teen":
        rel = R.choice(["mother", "father", "self"])
    else:
        rel = R.choice(["self", "self", "spouse", "roommate", "sister"])
    if rel == "self":
        return pt, rel
    sex = "F" if rel in ("mother", "grandmother", "aunt", "daughter", "wife", "granddaughter", "sister") else R.choice("FM")
    if rel in ("father", "son"):
        sex = "M"
    same = rel not in ("babysitter", "caregiver", "roommate") and R.random() < 0.8
    c = P(kind="adult", sex=sex, last=pt.last if same else None, place=pt.place)
    c.zip, c.street, c.city = pt.zip, pt.street, pt.city
    return c, rel


def pick_subst(pt):
    if pt.kind in ("toddler", "child"):
        pool = [s for s in SUBST if s[3] in ("otc", "hh", "fb", "rx", "drug")]
    elif pt.kind == "elder":
        pool = [s for s in SUBST if s[3] in ("rx",)]
    else:
        pool = SUBST
    return R.choice(pool)


# --------------------------------------------------------------------------
# ids and look-alikes
def ucid():
    return "0000" + rdig(16)


def uuid():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def trace():
    return hexs(32), hexs(16)


def priv_ip():
    return R.choice([f"10.20.{R.randint(1, 9)}.{R.randint(2, 250)}", f"172.18.{R.randint(0, 3)}.{R.randint(2, 250)}",
                     f"192.168.40.{R.randint(2, 250)}"])


def pub_ip():
    first = R.choice([24, 50, 67, 71, 73, 76, 97, 98, 107, 174, 184, 198])
    return f"{first}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}"


def ws():
    return "PCC-WS%02d" % R.randint(1, 24)


def ext():
    return str(R.randint(4401, 4438))


def thread_java():
    return R.choice(["http-nio-8443-exec-%d" % R.randint(1, 40), "http-nio-8443-exec-%d" % R.randint(1, 40),
                     "task-%d" % R.randint(1, 8), "kafka-listener-0-C-1"])


# --------------------------------------------------------------------------
# PHI event generators (each returns list of L)
def ev_acd_offer():
    t = tick()
    pt = P()
    c, rel = caller_for(pt)
    u = ucid()
    skill = R.choice(["SPI_EN", "SPI_EN", "SPI_ES", "SPI_OVFL"])
    ani = c.phone if R.random() < 0.7 else "1" + c.phone
    out = [seg("acd_log", ts_comma(t), " INFO  [ACD-EventListener-%d] c.p.acd.CallRouter - CALL_OFFERED ucid=" % R.randint(1, 6), u,
               " ani=", (ani, "phone"), " dnis=8002221222 vdn=41%02d ivr=PUBLIC lang=%s skill=%s queue_pos=%d"
               % (R.randint(1, 9), "es" if skill == "SPI_ES" else "en", skill, R.randint(1, 4)))]
    if R.random() < 0.6:
        tick(3, 40)
        out.append(seg("acd_log", ts_comma(), " INFO  [ACD-EventListener-%d] c.p.acd.CallRouter - CALL_ANSWERED ucid=" % R.randint(1, 6), u,
                       " agent=%s ext=%s wait=%ds ring=%ds" % (R.choice(SPIS), ext(), R.randint(2, 95), R.randint(1, 9))))
    return out


def ev_acd_hcf():
    # HCF caller: no PHI (facility trunk)
    t = tick()
    h = R.choice(HOSPITALS)
    return [seg("acd_log", ts_comma(t), " INFO  [ACD-EventListener-%d] c.p.acd.CallRouter - CALL_OFFERED ucid=" % R.randint(1, 6), ucid(),
                " ani=", h[2], " dnis=8002221222 vdn=4120 ivr=HCP lang=en skill=SPI_HCF queue_pos=1")]


def ev_acd_abandon():
    t = tick()
    pt = P(kind="adult")
    return [seg("acd_log", ts_comma(t), " WARN  [ACD-EventListener-%d] c.p.acd.CallRouter - CALL_ABANDONED ucid=" % R.randint(1, 6), ucid(),
                " ani=", (pt.phone, "phone"), " skill=SPI_%s waited=%ds callback_offered=%s" % (R.choice(["EN", "ES"]), R.randint(20, 140), R.choice(["true", "false"])))]


SIP_DUMPS = [0]


def ev_sip_dump():
    if SIP_DUMPS[0] >= 2:
        return ev_finesse()
    SIP_DUMPS[0] += 1
    t = tick()
    pt = P()
    c, rel = caller_for(pt)
    cid = hexs(8) + "-" + hexs(4) + "@10.20.1.5"
    cn = c.name(7)
    num = "+1" + c.phone
    tag = hexs(8)
    br = "z9hG4bK" + hexs(10)
    lines = [
        seg("softphone_pjsip", t.strftime("%H:%M:%S.") + "%03d" % (t.microsecond // 1000),
            "  pjsua_core.c  .RX 1128 bytes Request msg INVITE/cseq=%d (rdata0x7f%s) from UDP 10.20.1.5:5060:" % (R.randint(100, 999), hexs(8))),
        seg("softphone_pjsip", "INVITE sip:%s@10.20.4.%d:5060 SIP/2.0" % (ext(), R.randint(20, 90))),
        seg("softphone_pjsip", "Via: SIP/2.0/UDP 10.20.1.5:5060;rport;branch=", br),
        seg("softphone_pjsip", "From: \"", (cn, "name"), "\" <sip:", (num, "phone"), "@10.20.1.5>;tag=", tag),
        seg("softphone_pjsip", "To: <sip:8002221222@10.20.1.5>"),
        seg("softphone_pjsip", "Call-ID: ", cid),
        seg("softphone_pjsip", "CSeq: %d INVITE" % R.randint(100, 999)),
        seg("softphone_pjsip", "P-Asserted-Identity: \"", (cn, "name"), "\" <sip:", (num, "phone"), "@sbc.cascadiapc.local>"),
        seg("softphone_pjsip", "X-Genesys-IVR: path=1>2;lang=%s;ucid=%s" % (R.choice(["en", "es"]), ucid())),
        seg("softphone_pjsip", "Content-Length: 0"),
        seg("softphone_pjsip", "--end msg--"),
    ]
    return lines


def ev_finesse():
    t = tick()
    pt = P()
    c, rel = caller_for(pt)
    d = str(R.randint(16000000, 16999999))
    n = c.phone if R.random() < 0.5 else fmt_phone(c.phone, 3)
    return [seg("softphone_finesse", ts_iso_t(t), " [finesse.desktop] DIALOG_STATE ALERTING dialogId=", d,
                " fromAddress=", (n, "phone"), " toAddress=", ext(), " callVariable1=PUBLIC callVariable3=",
                R.choice(["en", "es"]), " user.callerName=", (c.name(7), "name"))]


def case_codes(pt, sub, hcf=None):
    """plausible (route, reason, site, mgmt, amount) for a patient/substance"""
    kind = sub[3]
    route = {"gas": "INH", "pest": R.choice(["DERM", "INH", "ING"]), "bio": "BITE" if "envenomation" in sub[0] else "ING"}.get(kind, "ING")
    if kind == "hh" and R.random() < 0.3:
        route = R.choice(["DERM", "OCUL"])
    rmap = {r[0]: r for r in REASONS}
    if pt.kind in ("toddler", "child"):
        reason = rmap[R.choice(["UG", "UG", "UG", "UT"])]
    elif kind == "pest":
        reason = rmap["UO"]
    elif kind == "gas":
        reason = rmap["UE"]
    elif route == "BITE":
        reason = rmap["BITE"]
    elif pt.kind == "elder":
        reason = rmap[R.choice(["UT", "UT", "UG"])]
    else:
        reason = rmap[R.choice(["IS", "IS", "IM", "IA", "UT", "UG"])]
    sites = dict(SITES)
    site = ("WORKPLACE", sites["WORKPLACE"]) if reason[0] == "UO" else ("OWN_RES", "01") if R.random() < 0.75 else ("OTHER_RES", "02")
    mg = dict(MGMT)
    if hcf:
        m = ("HCF_ALREADY", mg["HCF_ALREADY"])
    elif reason[0] in ("IS", "IA") or route == "BITE":
        m = ("REFERRED_HCF", mg["REFERRED_HCF"])
    else:
        m = R.choice([("ON_SITE", "01"), ("ON_SITE", "01"), ("REFERRED_HCF", "03")])
    amount = {"rx": R.choice(["unk", "~5 tabs", "max 10 tabs", "2 tabs", "1 tab"]), "otc": R.choice(["unk", "~15 mL", "max 8", "3"]),
              "hh": R.choice(["1 lick", "1 pod", "sip", "unk", "splash"]), "fb": "1", "gas": "n/a", "drug": R.choice(["unk", "1 gummy", "half tab"]),
              "auto": R.choice(["sip", "~30 mL"]), "bio": R.choice(["1 bite", "1 cap", "unk"]), "pest": R.choice(["unk", "spray drift"])}.get(kind, "unk")
    return route, reason, site, m, amount


def case_json_line(pt, c, rel, case, sub, spi, hcf=None):
    route, reason, site, mg, amount = case_codes(pt, sub, hcf)
    b = L("tcms_json")
    b.t('{"caseNumber":"').p(case, "other_id").t('","callStart":"').t(ts_iso_t(now())).t('","callerType":"')
    if hcf:
        b.t('HCF","facility":{"code":"%s","name":"%s","phone":"%s"}' % (hcf[0], hcf[1], fmt_phone(hcf[2], 1)))
    else:
        b.t('PUBLIC","caller":{"name":"').p(c.name(R.choice([0, 2, 6])), "name").t('","relationship":"%s","phone":"' % rel)
        b.p(fmt_phone(c.phone), "phone").t('","zip":"').p(c.zip, "zip").t('","county":"').p(c.county, "address").t('","state":"%s"}' % c.state)
    b.t(',"patient":{"lastName":"').p(pt.last, "name").t('","firstName":"').p(pt.first, "name").t('",')
    if R.random() < 0.5:
        b.t('"dob":"').p(pt.dob.isoformat(), "date").t('",')
    if pt.age > 89:
        b.t('"age":').p(str(pt.age), "age").t(',"ageUnit":"YR"')
    else:
        b.t('"age":%d,"ageUnit":"YR"' % pt.age)
    b.t(',"sex":"%s","weightKg":%s,"pregnant":%s}' % (pt.sex, pt.weight, "false" if pt.sex == "M" or pt.age < 12 else R.choice(["false", "null"])))
    b.t(',"exposure":{"date":"').p(fmt_date(DAY, R.choice([0, 1])), "date").t('","route":"%s","reason":"%s","site":"%s","chronicity":"ACUTE"}' % (
        route, reason[0], site[0]))
    b.t(',"substances":[{"poisindexId":"%s","genericCode":"%s","name":"%s","amount":"%s"}]' % (sub[1], sub[2], sub[0], amount))
    b.t(',"managementSite":"%s","outcome":"PENDING","spi":"%s","status":"OPEN"}' % (mg[0], spi))
    return b


def ev_tcms_json():
    tick()
    pt = P()
    c, rel = caller_for(pt)
    case = new_case()
    sub = pick_subst(pt)
    spi = R.choice(SPIS)
    hcf = R.choice(HOSPITALS) if R.random() < 0.25 else None
    b = case_json_line(pt, c, rel, case, sub, spi, hcf)
    if R.random() < 0.5:
        # wrapped as app log
        w = L("tcms_json")
        w.t(ts_iso_ms() + " DEBUG [%s] c.p.tcms.case.CaseService - persisted case payload=" % thread_java())
        off = w.n
        for s, e, cat, v in b.spans:
            w.spans.append((s + off, e + off, cat, v))
        w.t(b.text())
        return [w]
    return [b]


def ev_tcms_kv():
    tick()
    pt = P()
    c, rel = caller_for(pt)
    case = new_case()
    sub = pick_subst(pt)
    b = L("tcms_kv")
    b.t("case_no=").p(case, "other_id").t(" call_dt=").t(now().strftime("%Y%m%d%H%M"))
    b.t(" pt_last=").p(pt.last.upper().replace(" ", "_") if R.random() < 0.3 else '"' + pt.last.upper() + '"' if " " in pt.last else pt.last.upper(), "name")
    b.t(" pt_first=").p(pt.first.upper() if " " not in pt.first else pt.first.upper().replace(" ", "_"), "name")
    b.t(" dob=").p(fmt_date(pt.dob, R.choice([1, 2, 5])), "date")
    if pt.age > 89:
        b.t(" age=").p("%dy" % pt.age, "age")
    else:
        b.t(" age=%s" % ("%dy" % pt.age if pt.age else "%dm" % R.randint(6, 11)))
    b.t(" sex=%s wt_kg=%s" % (pt.sex, pt.weight))
    if rel != "self":
        b.t(" caller_rel=%s caller_nm=" % rel.upper()[:4]).p('"' + c.name(1) + '"', "name")
    else:
        b.t(" caller_rel=SELF")
    b.t(" cb_ph=").p(fmt_phone(c.phone, R.choice([2, 2, 4])), "phone")
    if R.random() < 0.5:
        b.t(" addr=").p('"' + pt.street + '"', "address")
    b.t(" city=").p(pt.city if " " not in pt.city else '"' + pt.city + '"', "address")
    b.t(" cnty=").p(pt.county.upper(), "address").t(" st=%s zip=" % pt.state).p(pt.zip, "zip")
    route, reason, site, mg, amount = case_codes(pt, sub)
    b.t(' subst1="%s" pdx1=%s amt1="%s" route=%s reas=%s site=%s outc=PEND spi=%s' % (sub[0].upper(), sub[1], amount, route, reason[0], site[1], R.choice(SPIS)))
    return [b]


def npds_row(pt, case, sub, with_zip=True):
    route, reason, site, mg, amount = case_codes(pt, sub)
    oc = R.choice(OUTCOMES[:4] + OUTCOMES[5:7])
    b = L("npds_upload")
    b.t("C|OR01|").p(case.replace("-", ""), "other_id").t("|")
    b.p(DAY.strftime("%Y%m%d"), "date").t("|%s|" % now().strftime("%H%M"))
    b.t("%s|" % pt.state)
    if with_zip:
        b.p(pt.zip, "zip")
    b.t("|")
    if pt.age > 89:
        b.p(str(pt.age), "age").t("|Y|")
    elif pt.age == 0:
        b.t("%d|M|" % R.randint(6, 11))
    else:
        b.t("%d|Y|" % pt.age)
    b.t("%s|%s|%s|%s|%s|%s|%s|%s|1|%s" % (pt.sex, R.choice(["01", "01", "02"]), reason[1], site[1], mg[1], oc[1],
                                      sub[1], sub[2], R.choice(["R01", "R02", "R04"])))
    return b


def ev_npds():
    tick(5, 30)
    pt = P()
    return [npds_row(pt, old_case(), pick_subst(pt), with_zip=R.random() < 0.8)]


def ev_npds_batch():
    tick()
    n = R.randint(2, 4)
    out = [seg("npds_upload", "H|NPDS|4.3|OR01|CASCADIA RPC|%s|%d" % (now().strftime("%Y%m%d%H%M%S"), R.randint(40, 120)))]
    for _ in range(n):
        pt = P()
        out.append(npds_row(pt, old_case(), pick_subst(pt), with_zip=R.random() < 0.85))
    return out


SHORT = {"6921132": "APAP susp", "4310557": "ibuprofen 200", "1053301": "diphenhydramine", "7742190": "laundry pod",
         "0561002": "bleach", "0007001": "CO", "6611208": "button batt", "8120413": "melatonin gummies",
         "1480022": "clonazepam 0.5", "2230184": "sertraline 100", "3014467": "metformin ER", "2774519": "amlodipine 10",
         "1900346": "oxycodone 5", "9001577": "THC gummies", "6503312": "hand sanitizer", "0332006": "antifreeze (EG)",
         "0050113": "wild mushroom", "0081220": "rattlesnake", "5512043": "chlorpyrifos", "7900328": "vape juice",
         "1611907": "zolpidem 10", "1211155": "lithium 300", "4402318": "iron tabs", "0450071": "HF rust remover",
         "2003368": "digoxin", "2840097": "metoprolol 50", "5533019": "glyphosate", "1999004": "blue M30s"}


def sname_of(pid):
    return SHORT[pid]


def subst_by(kinds):
    return R.choice([s for s in SUBST if s[3] in kinds])


def note_en(pt, c, rel):
    """English SPI shorthand; template chosen to fit patient age group"""
    cb = fmt_phone(c.phone, R.choice([1, 6, 2, 0]))
    small = pt.kind in ("toddler", "child")
    if pt.age > 89:
        s = sname_of(subst_by(("rx",))[1])
        return [(f"{pt.age}yo", "age"), f" {pt.sex} ", (pt.name(R.choice([0, 2])), "name"),
                f" took extra {s} per {rel}. HR {R.randint(44, 58)}, dizzy. ref ED d/t age + sx. {rel} cb ", (cb, "phone")]
    if small:
        k = R.choice(["bottle", "bite", "unk", "email", "eye", "ther", "co"])
    else:
        k = R.choice(["is", "ther", "pump", "car", "eye", "co", "is", "cgm"])
    if k == "bottle":
        s = sname_of(subst_by(("rx", "otc"))[1])
        return [f"{pt.age_str()} {pt.sex} found w/ open bottle {s}, max ~{R.randint(2, 12)} tabs. wt {pt.weight}kg. ",
                f"{rel} ", (c.name(R.choice([0, 4])), "name"), " states asx. HOBS, FU 4h. cb ", (cb, "phone")]
    if k == "bite":
        s = R.choice(["laundry pod", "button batt", "bleach wipe", "vape juice pod"])
        return ["caller ", {"mother": "mom", "father": "dad", "grandmother": "gma", "aunt": "aunt", "babysitter": "sitter"}.get(rel, rel), " ", (c.first, "name"), f" - pt {pt.age_str()} bit into {s}?? ",
                "lips red, no drooling, tolerating PO. wipe/rinse, fluids. cb ", (cb, "phone"), " FU 1h"]
    if k == "unk":
        s = sname_of(subst_by(("rx", "drug"))[1])
        return [f"{pt.age_str()} {pt.sex} got into {s}, unk amt. ", (pt.name(4), "name"),
                f" mildly sleepy per {rel}. ref ED d/t unk amt. {rel} ", (c.name(0), "name"),
                " will drive to ", R.choice(HOSPITALS)[0], ". ", (cb, "phone")]
    if k == "email":
        s = R.choice(["melatonin gummies", "crayon", "silica gel pkt", "ibuprofen 200", "diaper cream"])
        return ["caller ", (c.name(4), "name"), " (", rel, f") re {pt.age_str()} -- {s}, ~{R.randint(1, 4)} pcs. ",
                "below tox dose. no tx. email d/c info to ", (c.email, "email")]
    if k == "eye":
        s = R.choice(["bleach", "HF rust remover", "hand sanitizer", "oven cleaner"])
        fx = c.phone[:3] + str(R.randint(2, 9)) + rdig(6)
        return [f"{rel} req written instructions faxed to home fax ", (fmt_phone(fx, 1), "fax"),
                f". pt {pt.age_str()} {s} splash to eye, irrigated 15 min. no pain now."]
    if k == "ther":
        s = sname_of(subst_by(("rx", "otc"))[1])
        return ["THERAPEUTIC ERR: ", (pt.name(R.choice([1, 5])), "name"), f" double dosed {s} (2 doses 1h apart). ",
                "asx, HR nl per caller. obs home. FU ", (fmt_date(DAY + dt.timedelta(days=1), R.choice([1, 2])) + " 0900", "date")]
    if k == "co":
        return ["CO exp, gen running in garage @ ", (f"{c.street}, {c.city}", "address"),
                f" - household of {R.randint(3, 6)}, HA/nausea x2. advised leave home, call 911. FD on scene. cb ", (cb, "phone")]
    if k == "is":
        s = sname_of(subst_by(("rx",))[1])
        return ["pt ", (pt.name(R.choice([0, 2, 1])), "name"), f" {pt.age_str()} IS ingestion {s} x{R.randint(10, 40)} ~",
                f"{R.randint(1, 3)}h ago. en route to ED per EMS. dob ", (fmt_date(pt.dob, R.choice([1, 2])), "date"),
                ". notified ED charge RN."]
    if k == "cgm":
        sn = R.choice(["3MH0", "SM", "4K"]) + rdig(7) + R.choice(["", "X", "T"])
        return [(pt.name(R.choice([0, 4, 2])), "name"), f" {pt.age_str()} T1DM, took {R.randint(20, 60)}u insulin glargine instead of lispro. ",
                "CGM (Dexcom G7, tx serial ", (sn, "device"), f") reading {R.randint(45, 70)} trending down. ",
                "eat carbs now + q1h CGM checks x12h, ED if <54 or sx. cb ", (cb, "phone")]
    if k == "pump":
        return ["pt on insulin pump (t:slim X2 SN ", (str(R.randint(1000000, 9999999)), "device"),
                f") took {R.choice(['metformin ER', 'glipizide 10'])} x{R.randint(3, 9)} by mistake. {rel} ", (c.name(0), "name"),
                f" reports BG {R.randint(48, 66)}. oral glucose, recheck q15m. cb ", (cb, "phone")]
    return [f"{pt.age_str()} found in running car in closed garage, OR plate ", (R.choice(["482 LKT", "ACX 119", "731 BMR", "WMR 227"]), "vehicle"),
            ". EMS transporting to ", R.choice(HOSPITALS)[1], ". COHb pending. ", (pt.name(0), "name")]


def note_es(pt, c, rel):
    rel_es = {"mother": "mamá", "father": "papá", "grandmother": "abuela", "aunt": "tía", "babysitter": "niñera",
              "daughter": "hija", "son": "hijo", "caregiver": "cuidadora", "wife": "esposa", "granddaughter": "nieta",
              "self": "paciente", "spouse": "esposo/a", "roommate": "compañero", "sister": "hermana"}[rel]
    tel = fmt_phone(c.phone, R.choice([6, 1, 2]))
    nino = "niña" if pt.sex == "F" else "niño"
    small = pt.kind in ("toddler", "child")
    if pt.age > 89:
        s = R.choice(["digoxina", "metoprolol", "warfarina", "lisinopril"])
        return ["Pte ", (pt.name(0), "name"), " ", (f"{pt.age}a", "age"), f", confusión tras tomar doble dosis de {s}. ",
                f"Referido a urgencias. {rel_es} ", (c.name(0), "name"), " cel ", (tel, "phone")]
    k = R.choice(["jarabe", "capsula", "melatonina"]) if small else R.choice(["is", "campo", "vibora"])
    edad = f"{pt.age}a" if pt.age else f"{R.randint(7, 11)}m"
    if k == "jarabe":
        s = R.choice(["paracetamol", "ibuprofeno", "jarabe para la tos", "amoxicilina"])
        return [f"Llama {rel_es} ", (c.name(0), "name"), f", {nino} de {edad} tomó {s} ~{R.randint(2, 15)} mL hace 1h. ",
                "asintomático. Obs en casa, llamar si vómito. seguimiento 4h tel ", (tel, "phone")]
    if k == "capsula":
        return [f"{rel_es.capitalize()} refiere que {nino} ", (pt.first, "name"), f" ({edad}) mordió cápsula de detergente. tos leve. ",
                "lavar boca, agua. FU 2h al ", (tel, "phone")]
    if k == "melatonina":
        return [f"{rel_es} ", (c.name(0), "name"), f" pregunta por gomitas de melatonina, {nino} ", (pt.first, "name"),
                f" {edad} comió ~{R.randint(3, 10)}. somnolencia leve. obs casa. correo ", (c.email, "email")]
    if k == "is":
        s = R.choice(["sertralina", "clonazepam", "paracetamol", "quetiapina"])
        return ["Pte ", (pt.name(R.choice([0, 2])), "name"), f", {edad}, ingesta intencional de {s} x{R.randint(5, 30)} tabs. ",
                "Referido a urgencias ", R.choice(HOSPITALS)[0], ". fecha nac ", (fmt_date_es(pt.dob), "date")]
    if k == "campo":
        s = R.choice(["clorpirifos", "malatión", "paraquat"])
        return [f"Exposición a {s} en el trabajo (huerto), {edad}, náusea, miosis? dirección ", (f"{c.street}, {c.city}", "address"),
                ". Se recomienda ducha, quitar ropa, ED si empeora. tel ", (tel, "phone")]
    return ["mordedura de víbora (cascabel) en mano dcha, edema progresivo. pte ", (pt.name(1), "name"),
            f" {edad}. enviado a {R.choice(HOSPITALS)[1]}. CroFab x6 viales. {rel_es} cel ", (tel, "phone")]


def ev_spi_note():
    tick()
    pt = P()
    c, rel = caller_for(pt)
    sub = pick_subst(pt)
    case = new_case() if R.random() < 0.5 else old_case()
    spi = R.choice(SPIS)
    es = R.random() < 0.35
    parts = note_es(pt, c, rel) if es else note_en(pt, c, rel)
    style = R.randint(0, 2)
    b = L("spi_note")
    if style == 0:
        b.t(ts_iso_ms() + " INFO  [note-autosave] case=").p(case, "other_id").t(" spi=%s seq=%d lang=%s text=\"" % (spi, R.randint(1, 6), "es" if es else "en"))
        tail = "\""
    elif style == 1:
        b.t('{"ts":"%s","logger":"tcms.notes","level":"INFO","caseId":"' % ts_zulu()).p(case, "other_id")
        b.t('","author":"%s","noteType":"%s","body":"' % (spi, R.choice(["CALL", "FOLLOWUP", "HCF_CONSULT"])))
        tail = '"}'
    else:
        b.t("%s | NOTE | " % now().strftime("%m/%d/%Y %H:%M")).p(case, "other_id").t(" | %s | " % SPI_NAMES[spi])
        tail = ""
    for x in parts:
        if isinstance(x, tuple):
            b.p(x[0], x[1])
        else:
            b.t(x)
    b.t(tail)
    return [b]


def ev_followup():
    t = tick()
    pt = P()
    c, rel = caller_for(pt)
    case = old_case()
    due = now() + dt.timedelta(minutes=R.choice([30, 60, 120, 240, 480]))
    k = R.randint(0, 3)
    if k == 0:
        return [seg("followup_queue", ts_zulu(t), " INFO FollowUpScheduler - queued fu_id=%d case=" % R.randint(80000, 99999), (case, "other_id"),
                    " due=", (due.strftime("%Y-%m-%dT%H:%M"), "date"), " attempt=1/3 cb=", ("+1" + c.phone, "phone"),
                    " lang=%s pool=SPI_FU" % R.choice(["en", "es"]))]
    if k == 1:
        nxt = due + dt.timedelta(hours=1)
        return [seg("followup_queue", ts_zulu(t), " INFO FollowUpWorker - attempt case=", (case, "other_id"),
                    " result=%s vm=%s by=%s next_due=" % (R.choice(["NO_ANSWER", "BUSY", "VM_FULL"]), R.choice(["LEFT", "NONE"]), R.choice(SPIS)),
                    (nxt.strftime("%m/%d %H:%M"), "date"), " attempts=%d/3" % R.randint(1, 3))]
    if k == 2:
        return [seg("followup_queue", "FU|", (case, "other_id"), "|", (pt.name(1), "name"), "|", (fmt_phone(c.phone, 2), "phone"), "|",
                    (due.strftime("%m/%d/%Y %H:%M"), "date"), "|%s|%s|%s" % (R.choice(["HIGH", "ROUTINE"]), R.choice(SPIS), R.choice(pick_subst(pt)[0:1])))]
    was = now() - dt.timedelta(minutes=R.choice([15, 20, 35, 50, 75]))
    return [seg("followup_queue", ts_zulu(t), " WARN FollowUpWorker - overdue case=", (case, "other_id"), " pt=\"", (pt.name(4), "name"),
                "\" due_was=", (was.strftime("%m/%d %H:%M"), "date"), " escalating to charge SPI (ext %s)" % ext())]


def hl7_message(oneline=False):
    pt = P(kind=R.choice(["adult", "adult", "teen", "elder", "toddler"]))
    h = R.choice(HOSPITALS)
    nk, rel = caller_for(pt)
    if nk is pt:
        nk = P(kind="adult", last=pt.last)
        rel = "spouse"
    ctl = "MSG" + rdig(8)
    mt = R.choice(["ADT^A04^ADT_A01", "ADT^A01^ADT_A01", "ORU^R01^ORU_R01"])
    visit = "V" + rdig(9)
    acct = rdig(10)
    admit = now() - dt.timedelta(minutes=R.randint(30, 300))
    segs = []
    segs.append([f"MSH|^~\\&|EPIC|{h[0]}|TCMS|CASCADIA_RPC|{ts_hl7()}||{mt}|{ctl}|P|2.5.1"])
    segs.append([f"EVN|{mt[4:7]}|{ts_hl7()}"])
    pid = ["PID|1||", (pt.mrn, "mrn"), f"^^^{h[0]}^MR||", (pt.hl7name(), "name"), "||", (pt.dob.strftime("%Y%m%d"), "date"),
           f"|{pt.sex}|||", (pt.street.upper(), "address"), "^^", (pt.city.upper(), "address"), f"^{pt.state}^", (pt.zip, "zip"), "^USA^H||",
           (fmt_phone(pt.phone, R.choice([0, 2])), "phone"), "|||||", (acct, "account"), "|", (pt.ssn, "ssn")]
    if R.random() < 0.4:
        pid += ["|", ("OR" + rdig(7), "license"), "^OR"]
    segs.append(pid)
    segs.append(["NK1|1|", (nk.hl7name(), "name"), f"|{rel.upper()[:3]}||", (fmt_phone(nk.phone, 0), "phone")])
    doc = R.choice(ED_DOCS).split()[1].upper()
    segs.append([f"PV1|1|E|ED^^^{h[0]}||||{rdig(7)}^{doc}^^^^^MD|||EM||||||||", (visit, "other_id"), "|||||||||||||||||||||||||",
                 (admit.strftime("%Y%m%d%H%M"), "date")])
    if R.random() < 0.6:
        segs.append(["IN1|1|", R.choice(["OHPCCO^Oregon Health Plan", "REG01^Regence BCBS", "KP^Kaiser Permanente", "MODA^Moda Health"]),
                     "|||||||||||||", (pt.hl7name(), "name"), "|SEL|||||||||||||||||", (R.choice(["W", "XZ", "K", ""]) + rdig(9), "health_plan")])
    if mt.startswith("ORU"):
        for code, nm, v, u, rng in R.sample([("APAP", "Acetaminophen", R.randint(5, 260), "ug/mL", "10-30"),
                                            ("SALI", "Salicylate", R.randint(3, 60), "mg/dL", "<30"),
                                            ("ETOH", "Ethanol", R.randint(0, 320), "mg/dL", "<10"),
                                            ("K", "Potassium", round(R.uniform(2.9, 6.1), 1), "mmol/L", "3.5-5.1"),
                                            ("COHB", "Carboxyhemoglobin", round(R.uniform(1, 35), 1), "%", "0-3"),
                                            ("DIGX", "Digoxin", round(R.uniform(0.4, 4.8), 1), "ng/mL", "0.8-2.0")], 2):
            segs.append([f"OBX|{R.randint(1, 4)}|NM|{code}^{nm}^L||{v}|{u}|{rng}|{R.choice(['H', 'N', 'HH', 'L'])}|||F|||{ts_hl7()}"])
    fam = "hl7_v2"
    if oneline:
        b = L(fam)
        b.t(ts_iso_ms() + " INFO  [hl7-listener-%d] c.p.tcms.hl7.InboundHandler - ACK AA sent; raw=\"" % R.randint(1, 4))
        for i, s in enumerate(segs):
            if i:
                b.t("\\r")
            for x in s:
                if isinstance(x, tuple):
                    b.p(x[0], x[1])
                else:
                    b.t(x)
        b.t("\"")
        return [b]
    out = [seg(fam, ts_iso_ms(), " INFO  [mirth-HL7_IN_%s] MLLP message received from %s:%d (%d bytes)" % (h[0], priv_ip(), R.randint(40000, 60000), R.randint(700, 2400)))]
    for s in segs:
        out.append(seg(fam, *s))
    return out


def ev_hl7():
    tick()
    return hl7_message(oneline=R.random() < 0.3)


def ev_fax():
    t = tick()
    pt = P(kind=R.choice(["adult", "elder", "teen"]))
    h = R.choice(HOSPITALS)
    k = R.randint(0, 2)
    if k == 0:
        return [seg("fax_rightfax", ts_iso_ms(t), " [RightFax.Indexer] DocID=RF%s FromFax=%s Pages=%d Route=TOX_INBOX Subject=\"%s ED records - "
                    % (rdig(8), h[3], R.randint(2, 14), h[0]), (pt.name(1), "name"), " DOB ", (fmt_date(pt.dob, 1), "date"),
                    " MRN ", (pt.mrn, "mrn"), "\" matched_case=", (old_case(), "other_id"))]
    if k == 1:
        return [seg("fax_hylafax", t.strftime("%m/%d/%y %H:%M"), "\tSEND\t%08d\tttyIAX%d\tspi.fax\t\"%s\"\t\"" % (R.randint(1000, 99999), R.randint(0, 3), h[3]),
                    "Tox recs re: ", (pt.name(3 if R.random() < 0.5 else 0), "name"), " case ", (old_case(), "other_id"),
                    "\"\t0\t%d\t0:%02d\t0:%02d\t\"\"" % (R.randint(1, 4), R.randint(0, 2), R.randint(10, 59)))]
    return [seg("fax_hylafax", t.strftime("%m/%d/%y %H:%M"), "\tRECV\t%08d\tttyIAX%d\t\"%s\"\t\"%s\"\t14400\t%d\t%d:%02d\t0:00\t\"\""
                % (R.randint(1000, 99999), R.randint(0, 3), fmt_phone(h[3], 6), h[1].upper()[:20], R.randint(1, 9), R.randint(0, 3), R.randint(0, 59)))]


def b64_face():
    raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00" + bytes(R.randint(0, 255) for _ in range(R.randint(90, 150)))
    return base64.b64encode(raw).decode()


def ev_chat():
    t = tick()
    pt = P(kind=R.choice(["toddler", "toddler", "child", "teen", "adult"]))
    c, rel = caller_for(pt)
    ip = pub_ip()
    sub = pick_subst(pt)
    k = R.randint(0, 4)
    if k == 0:
        body = R.choice(["my+son+ate+a+%s+hes+%d" % (R.choice(["tide+pod", "crayon", "dog+heartworm+chew", "vape+cartridge"]), max(pt.age, 1)),
                         "mi+hija+se+tomo+%s+que+hago" % R.choice(["el+jarabe+de+tos", "cloro", "unas+pastillas+de+la+abuela"]),
                         "is+%s+toxic+to+a+toddler" % R.choice(["hand+sanitizer", "silica+gel", "pothos+plant", "diaper+cream"]),
                         "Hi%%2C+my+daughter+%s+ate+2+of+my+gummies+%%28melatonin%%29+she+seems+fine" % c.first.split()[0].lower()])
        return [seg("chat_sms", ts_zulu(t), " info: [sms-gateway] POST /twilio/inbound 200 ", "AccountSid=AC5f0e3c9a71d24b8e96a0c4d1e2b7f318&MessageSid=SM%s&From=" % hexs(32),
                    ("%2B1" + c.phone, "phone"), "&To=%2B18002221222&FromCity=", (c.city.upper().replace(" ", "+"), "address"),
                    "&FromZip=", (c.zip, "zip"), "&FromState=%s&NumMedia=0&Body=%s" % (c.state, body))]
    if k == 1:
        b = L("chat_web")
        b.t('{"ts":"%s","event":"chat.session.start","sessionId":"%s","visitor":{"displayName":"' % (ts_zulu(t), uuid()))
        b.p(c.first, "name").t('","email":"').p(c.email, "email").t('","ip":"').p(ip, "ip")
        b.t('","ua":"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)","referrer":"')
        if R.random() < 0.55:
            b.p("https://www.facebook.com/%s.%s.%d" % (c.first.split()[0].lower(), c.last.lower().replace(" ", "").replace("'", ""), R.randint(10, 9999)), "url")
        else:
            b.t("https://www.cascadiapoison.org/get-help")
        b.t('"},"queue":"WEBCHAT_%s","prechat":{"ageOfPatient":"%s","topic":"%s"}}' % (R.choice(["EN", "ES"]), pt.age_str(), sub[3]))
        return [b]
    if k == 2:
        return [seg("chat_web", ts_zulu(t), " INFO chat-svc [", uuid()[:8], "] msg from visitor ", (c.first, "name"), " <", (c.email, "email"), ">: \"",
                    R.choice(["she licked the %s, do I need to go to ER?" % R.choice(["bleach bottle cap", "dishwasher pod", "lipstick", "hand sanitizer"]),
                              "my mom took her %s twice this morning" % R.choice(["blood pressure pill", "metoprolol", "eliquis", "heart pill"]),
                              "ok we're heading to %s now" % R.choice(HOSPITALS)[1]]), "\"")]
    if k == 3:
        return [seg("chat_web", ts_zulu(t), " INFO chat-svc attachment received session=", uuid(), " from=", (ip, "ip"),
                    " type=image/jpeg name=IMG_%d.jpg caption=\"%s\" data=" % (R.randint(1000, 9999), R.choice(["rash on her face, around mouth", "this is him now, lips look swollen?", "foto de su cara, tiene la boca roja", "his face after the spray"])), (b64_face(), "photo"), "...(truncated)")]
    return [seg("chat_web", ts_zulu(t), " INFO chat-svc transcript saved session=", uuid(), " case=", (old_case(), "other_id"),
                " visitor=\"", (c.name(R.choice([0, 3, 4])), "name"), "\" phone=", (fmt_phone(c.phone, R.choice([1, 4, 2])), "phone"), " msgs=%d dur=%ds" % (R.randint(6, 40), R.randint(120, 1500)))]


def ev_surv():
    t = tick()
    n = R.randint(3, 6)
    pl = R.choice(PLACES)
    b = L("surveillance")
    sub = R.choice(["Carbon monoxide", "THC edible", "Fentanyl", "Amanita sp. mushroom", "Nicotine e-liquid"])
    b.t("%s WARN  [SurveillanceEngine] ALERT def=%s_CLUSTER_72H agent=\"%s\" region=\"%s County\" obs=%d exp=%.1f z=%.2f cases=["
        % (ts_iso_ms(t), sub.split()[0].upper(), sub, pl[1], n, R.uniform(0.5, 2.0), R.uniform(2.1, 5.5)))
    for i in range(n):
        if i:
            b.t(",")
        b.p(old_case(), "other_id")
    b.t("] notify=tox-oncall,ohaphepi")
    return [b]


def ev_subst_lookup():
    t = tick()
    case = R.choice([new_case, old_case])()
    sub = R.choice(SUBST)
    return [seg("substance_lookup", ts_iso_ms(t), " INFO  [%s] c.p.tcms.pdx.PoisindexClient - lookup mdx=%s case=" % (thread_java(), sub[1]), (case, "other_id"),
                " user=%s doc=TOMES cache=%s %dms" % (R.choice(SPIS), R.choice(["HIT", "MISS"]), R.randint(2, 900)))]


def ev_state_rows():
    tick()
    out = []
    if R.random() < 0.5:
        out.append(seg("state_extract_csv", "case_id,report_type,pt_last,pt_first,dob,sex,street,city,county,zip,phone,exposure_date,agent,occupation,applicator_lic,medicaid_id,outcome"))
    for _ in range(R.randint(1, 3)):
        rt = R.choice(["PESTICIDE", "CO", "CO", "LEAD", "PESTICIDE"])
        if rt == "PESTICIDE":
            pt = P(kind="adult")
        elif rt == "LEAD":
            pt = P(kind=R.choice(["toddler", "child"]))
        else:
            pt = P(kind=R.choice(["adult", "adult", "teen", "elder", "child"]))
        b = L("state_extract_csv")
        b.p(old_case(), "other_id").t(",%s," % rt).p(pt.last, "name").t(",").p(pt.first, "name").t(",")
        b.p(fmt_date(pt.dob, 0 if R.random() < 0.6 else 1), "date").t(",%s," % pt.sex)
        st = pt.street
        if "," in st or " " in st:
            b.t('"').p(st, "address").t('"')
        else:
            b.p(st, "address")
        b.t(",").p(pt.city, "address").t(",").p(pt.county, "address").t(",").p(pt.zip, "zip").t(",").p(fmt_phone(pt.phone, 2), "phone").t(",")
        b.p(fmt_date(DAY - dt.timedelta(days=R.randint(0, 6)), 0), "date").t(",")
        if rt == "PESTICIDE":
            b.t("%s,%s," % (R.choice(["Chlorpyrifos 44.9% EC", "Glyphosate 41%", "Paraquat"]).replace(",", ""), R.choice(["farmworker", "orchard applicator", "landscaper"])))
            if R.random() < 0.6:
                b.p("AG-L%s" % rdig(6), "license")
        elif rt == "CO":
            occ = "student" if pt.age < 19 else "retired" if pt.age > 66 else R.choice(["", "unemployed", "construction", "cook"])
            b.t("Carbon monoxide,%s," % occ)
        else:
            b.t("Lead (ingested paint chips),,")
        b.t(",")
        if R.random() < 0.5:
            b.p(R.choice(["XY", "AB", "QZ"]) + rdig(5) + R.choice("ABCDEF"), "health_plan")
        b.t(",%s" % R.choice(["MINOR", "MODERATE", "NO_EFFECT", "PENDING"]))
        out.append(b)
    return out


def ev_java_phi():
    t = tick()
    pt = P()
    case = R.choice([new_case, old_case])()
    k = R.randint(0, 3)
    if k == 0:
        return [seg("java_spring", ts_iso_ms(t), " ERROR %d --- [%s] c.p.tcms.case.CaseValidator          : Validation failed for case " % (R.randint(1000, 4000), thread_java()),
                    (case, "other_id"), ": patient.dob '", (fmt_date(pt.dob, 1), "date"),
                    "' after callStart? field=patient.dob code=DateOrder")]
    if k == 1:
        return [seg("java_spring", ts_iso_ms(t), "  WARN %d --- [%s] c.p.tcms.dedupe.PersonMatcher          : possible duplicate patient '" % (R.randint(1000, 4000), thread_java()),
                    (pt.name(2), "name"), "' dob=", (pt.dob.isoformat(), "date"), " score=0.%d existing=" % R.randint(81, 97), (old_case(), "other_id"), " new=", (new_case(), "other_id"))]
    if k == 2:
        c, rel = caller_for(pt)
        return [seg("java_spring", ts_iso_ms(t), "  INFO %d --- [%s] c.p.tcms.notify.MailService             : sent home-care instructions (template=%s) to " % (R.randint(1000, 4000), thread_java(), R.choice(["APAP_HOBS_EN", "DETERGENT_POD_ES", "BATTERY_EN", "GEN_OBS_ES"])),
                    (c.email, "email"), " case=", (case, "other_id"), " messageId=<", uuid(), "@mail.cascadiapoison.org>")]
    return [seg("java_spring", ts_iso_ms(t), " ERROR %d --- [%s] o.h.engine.jdbc.spi.SqlExceptionHelper   : ERROR: value too long for type character varying(40)  Where: column pt_last_name value '" % (R.randint(1000, 4000), thread_java()),
                (pt.last + " " + R.choice(LAST) + "-" + R.choice(LAST) + " y " + R.choice(LAST), "name"), "'")]


def ev_pg_phi():
    t = tick()
    pt = P()
    pid = R.randint(20000, 65000)
    k = R.randint(0, 3)
    if k == 0:
        return [seg("postgresql", ts_pg(t), " [%d] tcms_app@tcms_prod LOG:  duration: %d.%03d ms  execute <unnamed>: SELECT c.case_number, p.pt_last_name FROM tox.case c JOIN tox.patient p ON p.id = c.patient_id WHERE p.pt_last_name ILIKE '" % (pid, R.randint(1000, 9000), R.randint(0, 999)),
                    (pt.last.lower(), "name"), "%' AND p.pt_dob = '", (pt.dob.isoformat(), "date"), "'")]
    if k == 1:
        return [seg("postgresql", ts_pg(t), " [%d] tcms_app@tcms_prod DETAIL:  Key (case_number)=(" % pid, (new_case(), "other_id"), ") already exists.")]
    if k == 2:
        c, rel = caller_for(pt)
        return [seg("postgresql", ts_pg(t), " [%d] tcms_app@tcms_prod LOG:  duration: %d.%03d ms  statement: UPDATE tox.caller SET phone = '" % (pid, R.randint(500, 3000), R.randint(0, 999)),
                    (fmt_phone(c.phone, 2), "phone"), "', zip = '", (c.zip, "zip"), "' WHERE case_number = '", (old_case(), "other_id"), "'")]
    return [seg("postgresql", ts_pg(t), " [%d] reporting@tcms_prod ERROR:  invalid input syntax for type date: \"" % pid, (f"{pt.dob.month}/{pt.dob.day}/{pt.dob:%y}", "date"),
                "\" at character %d" % R.randint(60, 240))]


def ev_nginx_phi():
    t = tick()
    ip = pub_ip()
    k = R.randint(0, 3)
    if k == 0:
        return [seg("nginx_access", (ip, "ip"), " - - [%s] \"POST /webchat/api/v1/session HTTP/1.1\" 201 %d \"https://www.cascadiapoison.org/get-help\" \"Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 Chrome/122.0 Mobile Safari/537.36\" rt=0.%03d" % (ts_nginx(t), R.randint(200, 900), R.randint(10, 400)))]
    if k == 1:
        return [seg("nginx_error", ts_nginx_err(t), " [error] %d#%d: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: " % (R.randint(800, 2000), 0, R.randint(10000, 99999)),
                    (ip, "ip"), ", server: chat.cascadiapoison.org, request: \"GET /webchat/api/v1/poll?sid=%s HTTP/1.1\", upstream: \"http://10.20.6.11:8080/api/v1/poll\"" % uuid())]
    if k == 2:
        pt = P()
        return [seg("nginx_access", priv_ip(), " - spi.%s [%s] \"GET /tcms/api/cases/search?callerPhone=" % (R.choice(["lmoreno", "bthorsen", "mkowalski"]), ts_nginx(t)),
                    (pt.phone, "phone"), "&status=OPEN HTTP/1.1\" 200 %d \"-\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\" rt=0.%03d" % (R.randint(300, 5000), R.randint(10, 900)))]
    pt = P()
    return [seg("nginx_access", priv_ip(), " - - [%s] \"GET /tcms/api/patients?lastName=" % ts_nginx(t), (pt.last.replace(" ", "%20").replace("'", "%27"), "name"),
                "&dob=", (pt.dob.isoformat(), "date"), " HTTP/1.1\" 200 %d \"-\" \"TCMS-Desktop/7.4.2\" rt=0.%03d" % (R.randint(300, 5000), R.randint(10, 900)))]


def ev_audit():
    t = tick()
    k = R.random()
    if k < 0.6:
        return [seg("audit_log", "AUDIT|%s|%s|%s|" % (t.strftime("%Y-%m-%dT%H:%M:%S"), R.choice(SPIS), R.choice(["VIEW_CASE", "EDIT_CASE", "PRINT_CASE", "EXPORT_CASE", "CLOSE_CASE"])),
                    (R.choice([old_case, new_case])(), "other_id"), "|%s|%s|OK" % (ws(), priv_ip()))]
    pt = P()
    return [seg("audit_log", "AUDIT|%s|%s|SEARCH_PATIENT|q=\"" % (t.strftime("%Y-%m-%dT%H:%M:%S"), R.choice(SPIS)), (pt.name(2), "name"),
                "\"|%s|%s|hits=%d" % (ws(), priv_ip(), R.randint(0, 4)))]


# --------------------------------------------------------------------------
# noise generators (no PHI)
def nz_acd_agent():
    t = tick()
    st = R.choice([("AUX", "2 (Break)"), ("AUX", "7 (Training)"), ("AVAIL", "-"), ("ACW", "-"), ("AUX", "4 (Follow-up calls)"), ("LOGOUT", "-")])
    return [seg("acd_log", ts_comma(t), " INFO  [ACD-EventListener-%d] c.p.acd.AgentStateTracker - AGENT_STATE agentId=%s ext=%s state=%s reason=%s" % (R.randint(1, 6), R.choice(SPIS), ext(), st[0], st[1]))]


def nz_acd_stats():
    t = tick()
    return [seg("acd_log", ts_comma(t), " INFO  [stats-publisher] c.p.acd.SkillStats - SKILL_STATS skill=%s staffed=%d avail=%d waiting=%d oldest=%ds asa=%ds aband=%d sl20=%.1f%%" % (
        R.choice(["SPI_EN", "SPI_ES", "SPI_HCF", "SPI_OVFL"]), R.randint(2, 9), R.randint(0, 4), R.randint(0, 3), R.randint(0, 80), R.randint(6, 40), R.randint(0, 3), R.uniform(78, 100)))]


def nz_acd_warn():
    t = tick()
    return [seg("acd_log", ts_comma(t), R.choice([
        " WARN  [CTI-Link] c.p.acd.AesConnector - TSAPI link 2 heartbeat missed (3/5), server=aes01.cascadiapc.local:450",
        " INFO  [CTI-Link] c.p.acd.AesConnector - TSAPI session reestablished, streamId=%d" % R.randint(100, 999),
        " INFO  [ACD-EventListener-2] c.p.acd.CallRouter - VDN 4101 overflow to SPI_OVFL (threshold 120s) enabled by schedule NIGHT",
        " INFO  [ACD-EventListener-4] c.p.acd.CallRouter - CALL_ENDED ucid=%s dur=%ds disposition=CASE_CREATED" % (ucid(), R.randint(60, 1500)),
        " INFO  [ACD-EventListener-1] c.p.acd.CallRouter - TRANSFER ucid=%s from_ext=%s to=TOX_ONCALL consult=true" % (ucid(), ext()),
    ]))]


def nz_finesse():
    t = tick()
    return [seg("softphone_finesse", ts_iso_t(t), R.choice([
        " [finesse.desktop] XMPP connected to finesse-a.cascadiapc.local:7443 (BOSH) user=%s" % R.choice(SPIS),
        " [finesse.desktop] USER_STATE READY reasonCode=- user=%s ext=%s" % (R.choice(SPIS), ext()),
        " [finesse.desktop] DIALOG_STATE DROPPED dialogId=%d duration=%ds wrapUp=\"%s\"" % (R.randint(16000000, 16999999), R.randint(30, 1400), R.choice(["Case created", "Info only", "Follow-up", "Wrong number"])),
        " [jabber.sip] REGISTER 200 OK expires=3600 contact=sip:%s@10.20.4.%d:5060" % (ext(), R.randint(20, 90)),
        " [jabber.media] RTP stats remote=10.20.1.5:%d codec=G711U jitter=%dms loss=%.2f%% mos=%.1f" % (R.randint(16384, 32767), R.randint(1, 30), R.uniform(0, 1.5), R.uniform(3.6, 4.4)),
    ]))]


def nz_pjsip():
    t = tick()
    return [seg("softphone_pjsip", t.strftime("%H:%M:%S.") + "%03d" % (t.microsecond // 1000), R.choice([
        "  pjsua_acc.c  ....SIP outbound status for acc 0 is not active",
        "  pjsua_call.c  !Call %d state changed to DISCONNCTD [reason=200 (Normal call clearing)]" % R.randint(0, 3),
        "  pjsua_media.c  .Call %d: media 0 deactivated, RTP stats: rx %d pkts, tx %d pkts" % (R.randint(0, 3), R.randint(1000, 90000), R.randint(1000, 90000)),
        "  sip_endpoint.c  .Module \"mod-msg-print\" registered",
        "  tsx0x7f%s  .Timeout timer event" % hexs(8),
    ]))]


def nz_tcms_java():
    t = tick()
    pid = R.randint(1000, 4000)
    thr = thread_java()
    msgs = [
        ("INFO", "o.s.b.w.embedded.tomcat.TomcatWebServer ", "Tomcat started on port(s): 8443 (https) with context path '/tcms'"),
        ("INFO", "com.zaxxer.hikari.HikariDataSource       ", "HikariPool-1 - Start completed."),
        ("WARN", "com.zaxxer.hikari.pool.HikariPool        ", "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=%ds%dms)." % (R.randint(30, 90), R.randint(0, 999))),
        ("INFO", "c.p.tcms.case.CaseService                ", "case %s saved in %dms (substances=%d, notes=%d)" % ("#" + str(R.randint(900000, 999999)), R.randint(8, 400), R.randint(1, 4), R.randint(1, 6))),
        ("INFO", "c.p.tcms.sync.NpdsUploader               ", "upload batch %s accepted by npds: %d records, 0 rejected, receipt=%s" % (uuid()[:13], R.randint(20, 140), hexs(20).upper())),
        ("WARN", "o.h.e.j.e.i.JdbcEnvironmentInitiator     ", "HHH000342: Could not obtain connection to query metadata"),
        ("ERROR", "c.p.tcms.sync.NpdsUploader               ", "npds upload failed: HTTP 503 from https://upload.npds.example.org/api/v4/batches (attempt %d/5), retrying in %ds" % (R.randint(1, 4), R.choice([30, 60, 120]))),
        ("INFO", "c.p.tcms.pdx.PoisindexClient             ", "Micromedex token refreshed, expires_in=3599 tenant=cascadia-rpc"),
        ("DEBUG", "c.p.tcms.web.RequestLoggingFilter        ", "GET /tcms/api/lookups/substance-categories 200 %dms traceId=%s" % (R.randint(2, 80), hexs(32))),
        ("INFO", "c.p.tcms.report.StateReportJob           ", "generated OHA_weekly_20240311.csv rows=%d sha256=%s" % (R.randint(20, 90), hexs(64))),
        ("WARN", "o.s.web.servlet.PageNotFound             ", "No mapping for GET /tcms/favicon.ico"),
        ("INFO", "o.s.s.concurrent.ThreadPoolTaskScheduler ", "Initializing ExecutorService 'taskScheduler'"),
        ("ERROR", "o.a.c.c.C.[.[.[/tcms].[dispatcherServlet]", "Servlet.service() for servlet [dispatcherServlet] threw exception: java.net.SocketTimeoutException: Read timed out (pdx.micromedex.example.com:443)"),
        ("INFO", "c.p.tcms.hl7.InboundHandler              ", "channel HL7_IN_%s stats: received=%d acked=%d errored=%d" % (R.choice(HOSPITALS)[0], R.randint(10, 300), R.randint(10, 300), R.randint(0, 3))),
        ("INFO", "org.apache.kafka.clients.consumer.KafkaConsumer", "[Consumer clientId=tcms-events-0, groupId=tcms] Seeking to offset %d for partition case-events-%d" % (R.randint(10000, 999999), R.randint(0, 5))),
        ("INFO", "c.p.tcms.config.AppConfig                ", "app.version=7.4.2 build=%d git=%s profile=prod center=OR01" % (R.randint(1800, 2100), hexs(7))),
    ]
    lvl, lg, m = R.choice(msgs)
    for key, th in [("Tomcat started", "main"), ("Start completed", "main"), ("Thread starvation", "HikariPool-1 housekeeper"),
                    ("Initializing ExecutorService", "main"), ("Seeking to offset", "kafka-listener-0-C-1"), ("app.version=", "main"),
                    ("generated OHA_weekly", "scheduling-1"), ("upload batch", "scheduling-1"), ("npds upload failed", "scheduling-1"),
                    ("token refreshed", "scheduling-1"), ("HHH000342", "main")]:
        if key in m:
            thr = th
    return [seg("java_spring", "%s %5s %d --- [%s] %s : %s" % (ts_iso_ms(t), lvl, pid, thr, lg, m))]


def nz_java_stack():
    t = tick()
    lines = [seg("java_spring", "%s ERROR %d --- [%s] c.p.tcms.surv.SurveillanceEngine          : definition run failed def=%s" % (ts_iso_ms(t), R.randint(1000, 4000), "scheduling-1", R.choice(["CO_CLUSTER_72H", "THC_PEDS_7D", "FENT_ADULT_24H"])))]
    lines.append(seg("java_spring", "org.springframework.dao.QueryTimeoutException: PreparedStatementCallback; SQL [select count(*) from tox.case where call_start >= ? and generic_code = any(?)]; ERROR: canceling statement due to statement timeout"))
    for fr in R.sample(["\tat org.springframework.jdbc.support.SQLStateSQLExceptionTranslator.doTranslate(SQLStateSQLExceptionTranslator.java:99)",
                        "\tat org.springframework.jdbc.core.JdbcTemplate.execute(JdbcTemplate.java:658)",
                        "\tat com.pcc.tcms.surv.SurveillanceEngine.runDefinition(SurveillanceEngine.java:212)",
                        "\tat com.pcc.tcms.surv.SurveillanceEngine.lambda$sweep$3(SurveillanceEngine.java:147)",
                        "Caused by: org.postgresql.util.PSQLException: ERROR: canceling statement due to statement timeout",
                        "\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)"], R.randint(2, 4)):
        lines.append(seg("java_spring", fr))
    lines.append(seg("java_spring", "\t... %d common frames omitted" % R.randint(12, 40)))
    return lines


def nz_pg():
    t = tick()
    pid = R.randint(20000, 65000)
    return [seg("postgresql", ts_pg(t), R.choice([
        " [%d] LOG:  checkpoint starting: time" % pid,
        " [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s" % (pid, R.randint(100, 9000), R.uniform(0.1, 6), R.randint(0, 4), R.uniform(1, 270), R.uniform(0, 0.3), R.uniform(1, 270)),
        " [%d] LOG:  automatic vacuum of table \"tcms_prod.tox.case_note\": index scans: 1" % pid,
        " [%d] tcms_app@tcms_prod LOG:  connection authorized: user=tcms_app database=tcms_prod application_name=PostgreSQL JDBC Driver SSL enabled (protocol=TLSv1.3)" % pid,
        " [%d] LOG:  connection received: host=%s port=%d" % (pid, priv_ip(), R.randint(30000, 60000)),
        " [%d] tcms_app@tcms_prod LOG:  duration: %d.%03d ms  execute S_%d: SELECT count(*) FROM tox.followup WHERE due_at < now() AND status = 'QUEUED'" % (pid, R.randint(1, 900), R.randint(0, 999), R.randint(1, 40)),
        " [%d] reporting@tcms_prod ERROR:  permission denied for table patient" % pid,
        " [%d] tcms_app@tcms_prod LOG:  disconnection: session time: 0:%02d:%02d.%03d user=tcms_app database=tcms_prod host=%s port=%d" % (pid, R.randint(0, 59), R.randint(0, 59), R.randint(0, 999), priv_ip(), R.randint(30000, 60000)),
        " [%d] LOG:  archive command failed with exit code 1; DETAIL:  The failed archive command was: pgbackrest --stanza=tcms archive-push pg_wal/0000000100000A2B000000%02X" % (pid, R.randint(0, 255)),
    ]))]


def nz_nginx():
    t = tick()
    k = R.randint(0, 5)
    if k == 0:
        return [seg("nginx_access", "%s - - [%s] \"GET /actuator/health HTTP/1.1\" 200 %d \"-\" \"kube-probe/1.28\" rt=0.00%d" % (priv_ip(), ts_nginx(t), R.randint(15, 60), R.randint(1, 9)))]
    if k == 1:
        return [seg("nginx_access", "%s - - [%s] \"GET /static/js/main.%s.js HTTP/1.1\" 304 0 \"https://tcms.cascadiapc.local/tcms/\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\" rt=0.001" % (priv_ip(), ts_nginx(t), hexs(8)))]
    if k == 2:
        return [seg("nginx_access", "%s - spi.%s [%s] \"GET /tcms/api/lookups/substances?q=%s&limit=25 HTTP/1.1\" 200 %d \"-\" \"TCMS-Desktop/7.4.2\" rt=0.%03d" % (
            priv_ip(), R.choice(["lmoreno", "rvaldez", "mkowalski"]), ts_nginx(t), R.choice(["tide%20pod", "acetaminophen", "gabapentin", "zyrtec", "lamotrigine", "rat%20poison", "amanita"]), R.randint(400, 9000), R.randint(10, 900)))]
    if k == 3:
        return [seg("nginx_error", "%s [warn] %d#0: *%d an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/%d/%02d/%010d while reading upstream, client: %s, server: tcms.cascadiapc.local, request: \"GET /tcms/api/reports/npds/export HTTP/1.1\"" % (
            ts_nginx_err(t), R.randint(800, 2000), R.randint(10000, 99999), R.randint(0, 9), R.randint(0, 99), R.randint(1, 99999), priv_ip()))]
    if k == 4:
        return [seg("nginx_access", "%s - - [%s] \"GET /webchat/widget.js?v=3.2.%d HTTP/1.1\" 200 %d \"https://www.cascadiapoison.org/\" \"Mozilla/5.0\" rt=0.002" % ("172.18.0.%d" % R.randint(2, 40), ts_nginx(t), R.randint(0, 9), R.randint(30000, 90000)))]
    return [seg("nginx_error", "%s [notice] 1#1: signal process started; reloading config (nginx/1.24.0)" % ts_nginx_err(t))]


def nz_cron():
    t = tick()
    host = R.choice(["tcms-app01", "tcms-db01", "pcc-util02", "fax01"])
    pid = R.randint(1000, 40000)
    return [seg("syslog_cron", "%s %s %s" % (ts_syslog(t), host, R.choice([
        "CRON[%d]: (postgres) CMD (/usr/local/bin/pg_backup.sh --full --stanza=tcms)" % pid,
        "CRON[%d]: (tcms) CMD (/opt/tcms/bin/npds_upload.sh >> /var/log/tcms/npds_upload.log 2>&1)" % pid,
        "CRON[%d]: (root) CMD (   cd / && run-parts --report /etc/cron.hourly)" % pid,
        "CRON[%d]: (tcms) CMD (/opt/tcms/bin/state_extract.sh --agency OHA --period weekly)" % pid,
        "CRON[%d]: pam_unix(cron:session): session opened for user tcms(uid=1001) by (uid=0)" % pid,
        "CRON[%d]: pam_unix(cron:session): session closed for user postgres" % pid,
        "anacron[%d]: Job `cron.daily' terminated" % pid,
        "systemd[1]: Started tcms-followup.service - TCMS follow-up dialer worker.",
        "systemd[1]: tcms-hl7.service: Main process exited, code=exited, status=143/n/a",
        "kernel: [%d.%06d] EXT4-fs (dm-2): mounted filesystem with ordered data mode. Quota mode: none." % (R.randint(1000, 900000), R.randint(0, 999999)),
        "faxgetty[%d]: MODEM ttyIAX%d: Answer phone, ringing" % (pid, R.randint(0, 3)),
        "sshd[%d]: Accepted publickey for deploy from 10.20.9.14 port %d ssh2: ED25519 SHA256:%s" % (pid, R.randint(30000, 60000), base64.b64encode(bytes(R.randint(0, 255) for _ in range(32))).decode().rstrip("=")),
    ])))]


def nz_followup():
    t = tick()
    return [seg("followup_queue", ts_zulu(t), R.choice([
        " INFO FollowUpScheduler - sweep complete queued=%d overdue=%d closed=%d in %dms" % (R.randint(3, 30), R.randint(0, 5), R.randint(5, 60), R.randint(80, 900)),
        " INFO FollowUpWorker - pool SPI_FU: %d agents ready, %d items pending, oldest=%dm" % (R.randint(1, 4), R.randint(0, 22), R.randint(0, 90)),
        " WARN FollowUpWorker - dialer outbound trunk busy (SIP 486), backing off %ds" % R.choice([15, 30, 60]),
        " INFO FollowUpScheduler - rule FU_APAP_4H matched %d open cases; rule FU_PEDS_BATTERY_2H matched %d" % (R.randint(0, 9), R.randint(0, 3)),
        " DEBUG FollowUpWorker - lock acquired fu_id=%d owner=%s ttl=300s" % (R.randint(80000, 99999), R.choice(SPIS)),
    ]))]


def nz_npds():
    tick(5, 60)
    return [seg("npds_upload", R.choice([
        "T|OR01|%d|%s" % (R.randint(20, 140), hexs(40).upper()),
        "H|NPDS|4.3|OR01|CASCADIA RPC|%s|%d" % (now().strftime("%Y%m%d%H%M%S"), R.randint(20, 140)),
        "# fields: REC|CTR|CASE|CALLDT|CALLTM|ST|ZIP|AGE|AGEU|SEX|CALLER|REAS|SITE|MGMT|OUTC|PDX|GEN|NSUB|REF",
        "# codes REAS: 11=UG 12=UT 13=UO 14=UE 15=BITE 21=IS 22=IM 23=IA ; OUTC: 01=none 02=minor 03=mod 04=major 05=death",
    ]))]


def nz_surv():
    t = tick()
    pl = R.choice(PLACES)
    return [seg("surveillance", ts_iso_ms(t), R.choice([
        " INFO  [SurveillanceEngine] run complete defs=%d alerts=%d elapsed=%dms" % (R.randint(12, 30), R.randint(0, 2), R.randint(300, 9000)),
        " INFO  [SurveillanceEngine] def=THC_PEDS_7D agent=\"THC edible\" region=\"%s County\" obs=%d exp=%.1f z=%.2f below threshold" % (pl[1], R.randint(0, 4), R.uniform(0.5, 3), R.uniform(-1, 1.9)),
        " INFO  [SurveillanceEngine] baseline refresh: 5y same-week window, %d strata" % R.randint(100, 900),
        " WARN  [SurveillanceEngine] ALERT def=HCF_VOLUME_24H region=\"%s County\" obs=%d exp=%.1f z=%.2f (no case list: aggregate)" % (pl[1], R.randint(8, 20), R.uniform(2, 6), R.uniform(2.1, 4)),
        " INFO  [AlertNotifier] paged tox-oncall (%s) for alert %s via PagerDuty incident %s" % (R.choice(TOXICOLOGISTS), uuid()[:8], "P" + hexs(6).upper()),
    ]))]


def nz_lookup():
    t = tick()
    sub = R.choice(SUBST)
    return [seg("substance_lookup", ts_iso_ms(t), R.choice([
        " INFO  [%s] c.p.tcms.pdx.PoisindexClient - lookup mdx=%s doc=TOMES cache=%s %dms" % (thread_java(), sub[1], R.choice(["HIT", "MISS"]), R.randint(2, 900)),
        " INFO  [%s] c.p.tcms.pdx.ProductSearch - q=\"%s\" hits=%d top=%s gen=%s %dms" % (thread_java(), sub[0].split()[0].lower(), R.randint(1, 60), sub[1], sub[2], R.randint(5, 300)),
        " WARN  [%s] c.p.tcms.pdx.ProductSearch - UPC 0%s not found in Poisindex, falling back to manufacturer db" % (thread_java(), rdig(11)),
        " INFO  [%s] c.p.tcms.pdx.PoisindexClient - dataset version PDX-2024.1 (%d products) loaded" % (thread_java(), R.randint(390000, 420000)),
    ]))]


def nz_fax():
    t = tick()
    h = R.choice(HOSPITALS)
    return [seg("fax_hylafax", R.choice([
        "%s\tSEND\t%08d\tttyIAX%d\tspi.fax\t\"%s\"\t\"Cascadia RPC - Tox recommendations\"\t0\t%d\t0:%02d\t0:%02d\t\"\"" % (t.strftime("%m/%d/%y %H:%M"), R.randint(1000, 99999), R.randint(0, 3), h[3], R.randint(1, 4), R.randint(0, 2), R.randint(10, 59)),
        "%s\tSEND\t%08d\tttyIAX%d\tspi.fax\t\"%s\"\t\"\"\t1\t0\t0:00\t0:45\t\"No carrier detected\"" % (t.strftime("%m/%d/%y %H:%M"), R.randint(1000, 99999), R.randint(0, 3), h[3]),
        "%s [RightFax.Indexer] queue TOX_INBOX depth=%d ocr_pending=%d" % (ts_iso_ms(t), R.randint(0, 12), R.randint(0, 5)),
    ]))]


def nz_chat():
    t = tick()
    return [seg("chat_web", ts_zulu(t), R.choice([
        " INFO chat-svc queue WEBCHAT_EN depth=%d agents=%d est_wait=%ds" % (R.randint(0, 4), R.randint(1, 3), R.randint(0, 200)),
        " INFO chat-svc session %s closed reason=%s dur=%ds" % (uuid(), R.choice(["visitor_left", "agent_closed", "timeout"]), R.randint(60, 2000)),
        " WARN chat-svc websocket ping timeout session=%s, falling back to long-poll" % uuid(),
        " info: [sms-gateway] status callback MessageSid=SM%s MessageStatus=%s ErrorCode=%s" % (hexs(32), R.choice(["delivered", "sent", "undelivered"]), R.choice(["", "30003", "30005"])),
        " INFO chat-svc canned reply sent template=%s lang=%s agent=%s" % (R.choice(["WELCOME", "CALL_911", "HOBS_GENERIC"]), R.choice(["en", "es"]), R.choice(SPIS)),
    ]))]


def nz_audit():
    t = tick()
    return [seg("audit_log", "AUDIT|%s|%s|%s|-|%s|%s|OK" % (t.strftime("%Y-%m-%dT%H:%M:%S"), R.choice(SPIS), R.choice(["LOGIN", "LOGOUT", "RUN_REPORT:NPDS_DAILY", "RUN_REPORT:SHIFT_SUMMARY", "PWD_CHANGE"]), ws(), priv_ip()))]


def nz_state():
    t = tick()
    return [seg("state_extract_csv", R.choice([
        "county,agent,exposures,hcf_referred,week_ending",
        "\"%s\",Carbon monoxide,%d,%d,2024-03-09" % (R.choice(PLACES)[1], R.randint(0, 9), R.randint(0, 4)),
        "\"%s\",Pesticide,%d,%d,2024-03-09" % (R.choice(PLACES)[1], R.randint(0, 5), R.randint(0, 2)),
        "# OHA PARC/CO weekly extract, generated %s by state_extract.sh v2.3, sftp://sftp.oha.example.gov/inbound/pcc/" % ts_iso_ms(t),
    ]))]


def nz_staff():
    t = tick()
    tox = R.choice(TOXICOLOGISTS)
    return [seg("java_spring", "%s  INFO %d --- [scheduling-1] c.p.tcms.oncall.OnCallRoster           : on-call toxicologist %s pager 503-555-01%02d backup %s; center line 1-800-222-1222, admin fax 503-555-0187" % (
        ts_iso_ms(t), R.randint(1000, 4000), tox, R.randint(10, 99), R.choice([x for x in TOXICOLOGISTS if x != tox])))]


PHI_EVENTS = [
    (ev_acd_offer, 9), (ev_acd_abandon, 3), (ev_sip_dump, 1), (ev_finesse, 4), (ev_tcms_json, 8), (ev_tcms_kv, 7),
    (ev_npds, 5), (ev_npds_batch, 2), (ev_spi_note, 16), (ev_followup, 8), (ev_hl7, 4), (ev_fax, 4), (ev_chat, 8),
    (ev_surv, 2), (ev_subst_lookup, 3), (ev_state_rows, 3), (ev_java_phi, 5), (ev_pg_phi, 5), (ev_nginx_phi, 5),
    (ev_audit, 5),
]
NOISE_EVENTS = [
    (nz_acd_agent, 6), (nz_acd_stats, 4), (nz_acd_warn, 4), (ev_acd_hcf, 3), (nz_finesse, 5), (nz_pjsip, 3), (nz_tcms_java, 12),
    (nz_java_stack, 1), (nz_pg, 8), (nz_nginx, 8), (nz_cron, 6), (nz_followup, 5), (nz_npds, 2), (nz_surv, 4),
    (nz_lookup, 5), (nz_fax, 4), (nz_chat, 5), (nz_audit, 4), (nz_state, 2), (nz_staff, 2),
]


def wpick(lst):
    tot = sum(w for _, w in lst)
    x = R.uniform(0, tot)
    for f, w in lst:
        x -= w
        if x <= 0:
            return f
    return lst[-1][0]


def main():
    lines = []
    while len(lines) < N_LINES:
        total = len(lines)
        nophi = sum(1 for b in lines if not b.spans)
        want_noise = total == 0 or nophi / total < TARGET_NOPHI
        gen = wpick(NOISE_EVENTS if want_noise else PHI_EVENTS)
        ev = gen()
        if len(lines) + len(ev) > N_LINES:
            continue
        lines.extend(ev)
    assert len(lines) == N_LINES
    out_log, out_lab = [], []
    for i, b in enumerate(lines, 1):
        txt = b.text()
        assert "\n" not in txt and "\r" not in txt and txt.strip(), (i, txt)
        raw = txt.encode("utf-8")
        spans = []
        last_e = -1
        for s, e, cat, v in sorted(b.spans):
            assert raw[s:e].decode("utf-8") == v, (i, v)
            assert s >= last_e, ("overlap", i)
            last_e = e
            spans.append({"s": s, "e": e, "cat": cat})
        out_log.append(txt)
        out_lab.append(json.dumps({"line": i, "family": b.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out_log))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out_lab))


if __name__ == "__main__":
    main()
