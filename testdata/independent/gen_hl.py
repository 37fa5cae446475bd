#!/usr/bin/env python3
"""gen_hl.py - synthetic, labeled log corpus for a PHI detector.

Theme: a hospital's interactive patient care (IPC) platform - bedside TVs / set-top
boxes / tablets.  ADT feeds (HL7 A01/A02/A03/A08) through a Mirth interface engine,
Android TV logcat, embedded-Linux STB syslog, patient education assignments, meal
ordering, digital whiteboard, pillow-speaker nurse calls, satisfaction surveys,
family video calls (coturn), a Node.js backend (pino, winston), a .NET integration
service (Serilog text + CLEF), nginx, MQTT (mosquitto + room gateway) and nightly
CSV / pipe exports to the data warehouse (Python ETL).

All people, numbers and addresses are synthetic.  Deterministic (fixed seed).
Writes hl.log (500 lines) and hl.labels.jsonl next to this script.

Labeling decisions:
- Labeled people: patients, their relatives / emergency contacts / guarantors /
  insured subscribers, family members joining video calls, survey respondents.
  Clinicians and staff (RN, MD, PCT, dietitian, biomed, IT, interface analysts),
  vendors, payers and the hospital are never labeled (names, phones, e-mails,
  addresses, user IDs).
- name: one span per written name form ("OKONKWO, CHIDI", "Chidi E. Okonkwo",
  HL7 "OKONKWO^CHIDI^E" as one span).  When a format splits the name into separate
  fields/elements (CSV columns, XML elements, python dict keys) each part is its own
  span.  Honorifics (Mr., Mrs.), relationship words and credentials stay outside.
  First name alone, preferred name / nickname, "Chidi O." and the first name
  inside a personal device name ("Chidi's iPhone") are labeled.
- address: street line (incl. apartment/unit when written with it), city and
  county are address spans (separately); state and country are not labeled; ZIP
  is zip.  Business addresses (hospital, payer) are not labeled.
- date: birth, admit, discharge, expected discharge, diagnosis and follow-up
  appointment dates of a patient, any format, with or without time, including
  wrongly entered / mismatching values quoted in validation errors.  Log
  timestamps, HL7 MSH-7 / EVN-2 message times, menu dates, export run dates and
  partition dates (dt=...) are not labeled.
- age: only ages of 90 or more; the number only.  Younger ages are left unlabeled.
- mrn: the hospital MRN in every written form (with or without leading zeros).
- other_id: visit/encounter numbers, the platform's per-patient UUID (patientId /
  patient_uuid), patient/family usernames (portal, TURN), family video-call invite
  codes, palm-vein enrolment reference.  Record IDs of events (meal order numbers,
  nurse call IDs, education assignment IDs, survey response IDs, HL7 control IDs,
  trace/span/request IDs, job run IDs) are not labeled.
- account: hospital account (PID-18 / HAR) numbers, guarantor numbers, full card
  numbers of a patient or relative.  Masked card numbers (last 4) are not labeled.
- health_plan: member / subscriber IDs, Medicare MBI, Medicaid IDs.  Group
  numbers, payer IDs and plan codes are not labeled.
- ssn: full SSN in any format, and an SSN last-4 written as such.
- license: a patient's/relative's driver's licence number (PID-20, visitor desk).
- vehicle: licence plates and VINs of a patient's/relative's car.
- device: the patient's/relative's own devices (BYOD MAC, IMEI, personal CGM /
  insulin pump serials).  Hospital equipment (STBs, TVs, pillow speakers,
  tablets, their MACs/serials/hostnames) is not labeled.
- ip: public IPs of a patient's/relative's device (family portal, TURN peers).
  Private addresses and hospital server addresses are not labeled.
- url: personal URLs of the patient/family (CaringBridge page, shared album).
  Hospital, CDN, API and vendor URLs are not labeled.
- photo: the base64 payload of a patient's face image (not the "data:" prefix).
  biometric: the voice-embedding vector / palm-vein template payload.
- fax: a patient's or relative's fax number.  phone/email likewise for them only.
- Free text (goals, comments, transcripts, error strings) is labeled the same way;
  staff names inside the same text are not.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import re
import unicodedata
import uuid
import random

R = random.Random(149)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "hl"
N_LINES = 500
TARGET_NOPHI = 0.55


# ----------------------------------------------------------------- line builder
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []
        self.vals = []

    def t(self, s):
        self.buf += str(s).encode("utf-8")
        return self

    def p(self, s, cat):
        b = str(s).encode("utf-8")
        assert b, cat
        st = len(self.buf)
        self.buf += b
        self.spans.append({"s": st, "e": len(self.buf), "cat": cat})
        self.vals.append(b)
        return self

    def x(self, s, cat=None):
        return self.p(s, cat) if cat else self.t(s)


PH = re.compile(r"\{\{(\w+)(?::(\w+))?\}\}")


def T(fam, tmpl, **kw):
    """Template: {{key}} plain, {{key:cat}} labeled; a (value, cat|None) tuple
    passed for {{key}} gives a dynamic category."""
    L = Line(fam)
    pos = 0
    for m in PH.finditer(tmpl):
        L.t(tmpl[pos:m.start()])
        v = kw[m.group(1)]
        cat = m.group(2)
        if isinstance(v, tuple):
            v, cat = v
        if cat:
            L.p(v, cat)
        else:
            L.t(v)
        pos = m.end()
    L.t(tmpl[pos:])
    return L


# ----------------------------------------------------------------- randomness
def dig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
    return "".join(R.choice(chars) for _ in range(n))


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128)


def luhn_complete(payload):
    s = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return payload + str((10 - s % 10) % 10)


def card():
    pre = R.choice(["4", "4", "51", "53", "37"])
    ln = 15 if pre == "37" else 16
    return luhn_complete(pre + dig(ln - len(pre) - 1))


def fmt_card(c):
    if len(c) == 15:
        return R.choice([c, f"{c[:4]} {c[4:10]} {c[10:]}"])
    return R.choice([c, " ".join(c[i:i + 4] for i in range(0, 16, 4)), "-".join(c[i:i + 4] for i in range(0, 16, 4))])


def ssn_raw():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}", f"{R.randint(1, 99):02d}", f"{R.randint(1, 9999):04d}"


def fmt_ssn(t, style=None):
    style = style or R.choice(["dash", "dash", "plain", "space"])
    return {"dash": "-".join(t), "plain": "".join(t), "space": " ".join(t)}[style]


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN = A + "0123456789"
    N = "0123456789"
    return (R.choice("123456789") + R.choice(A) + R.choice(AN) + R.choice(N) + R.choice(A)
            + R.choice(AN) + R.choice(N) + R.choice(A) + R.choice(A) + R.choice(N) + R.choice(N))


VIN_T = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
         "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
         "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["1HG", "1FT", "2T1", "3VW", "5YJ", "1G1", "JTD", "KM8"]) + alnum(5, chars) + "0"
             + R.choice("LMNPR") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + dig(6))
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def mac(oui=None):
    o = oui or R.choice(["F0:99:B6", "3C:22:FB", "A4:83:E7", "DC:A6:32", "8C:85:90", "58:40:4E"])
    return o + ":" + ":".join(f"{R.randrange(256):02X}" for _ in range(3))


def imei():
    return luhn_complete(R.choice(["35", "35", "86", "01"]) + dig(12))


def public_ip():
    while True:
        a = R.choice([24, 47, 67, 68, 73, 75, 76, 97, 98, 99, 107, 108, 174, 184])
        ip = f"{a}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}"
        return ip


def b64_jpeg(n=150):
    hdr = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00"
    return base64.b64encode(hdr + bytes(R.randrange(256) for _ in range(n))).decode()


# ----------------------------------------------------------------- clock
UTC = dt.timezone.utc
EDT = dt.timezone(dt.timedelta(hours=-4))
CLK = [dt.datetime(2024, 10, 15, 5, 48, 13, 417000, tzinfo=UTC)]


def adv(lo=120, hi=100000):
    CLK[0] += dt.timedelta(milliseconds=R.randint(lo, hi))


def small():
    adv(3, 900)


def loc():
    return CLK[0].astimezone(EDT)


def ms3(t):
    return f"{t.microsecond // 1000:03d}"


def ts_isoz():
    t = CLK[0]
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms3(t) + "Z"


def ts_iso_local():
    t = loc()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms3(t) + "-04:00"


def ts_ms():
    return str(int(CLK[0].timestamp() * 1000))


def ts_s():
    return str(int(CLK[0].timestamp()))


def ts_logcat():
    t = loc()
    return t.strftime("%m-%d %H:%M:%S.") + ms3(t)


def ts_syslog(host=None):
    t = loc()
    return f"{t:%b} {t.day:2d} {t:%H:%M:%S}"


def ts_serilog():
    t = loc()
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms3(t) + " -04:00"


def ts_clef():
    t = CLK[0]
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}0Z"


def ts_nginx():
    return loc().strftime("%d/%b/%Y:%H:%M:%S -0400")


def ts_nginx_err():
    return loc().strftime("%Y/%m/%d %H:%M:%S")


def ts_comma():
    t = loc()
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms3(t)


def ts_hl7():
    return loc().strftime("%Y%m%d%H%M%S")


def ts_winston_simple():
    t = loc()
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms3(t)


# ----------------------------------------------------------------- reference data
REF = dt.date(2024, 10, 15)
FIRST = [("Chidi", "M"), ("Adaeze", "F"), ("María Elena", "F"), ("José", "M"), ("Guadalupe", "F"),
         ("Thi Lan", "F"), ("Minh", "M"), ("Xiaoling", "F"), ("Wei", "M"), ("Priyanka", "F"),
         ("Venkatesh", "M"), ("Fatima", "F"), ("Yousef", "M"), ("Tomasz", "M"), ("Agnieszka", "F"),
         ("Siobhan", "F"), ("Pádraig", "M"), ("Ji-woo", "F"), ("Dmitri", "M"), ("Svetlana", "F"),
         ("Abdirahman", "M"), ("Hodan", "F"), ("Eleni", "F"), ("Konstantinos", "M"), ("Hiroshi", "M"),
         ("Keiko", "F"), ("Maricel", "F"), ("Tsion", "F"), ("Abebe", "M"), ("Keoni", "M"),
         ("Dorothy", "F"), ("Harold", "M"), ("Margaret", "F"), ("Earl", "M"), ("Brittany", "F"),
         ("DeShawn", "M"), ("Lakisha", "F"), ("Jean-Baptiste", "M"), ("Anneliese", "F"), ("Björn", "M"),
         ("Oluwaseun", "M"), ("Rosa", "F"), ("Mildred", "F"), ("Clarence", "M"), ("Nizhoni", "F"),
         ("Aarav", "M"), ("Zofia", "F"), ("Gerald", "M"), ("Bo", "M"), ("Ngozi", "F"), ("Rafael", "M"),
         ("Imelda", "F"), ("Lars", "M"), ("Yasmin", "F")]
LAST = ["Okonkwo", "García-López", "van der Meer", "O'Sullivan", "Nguyen", "Zhang", "Raghunathan",
        "Al-Hashimi", "de la Cruz", "MacAllister", "Petrov", "Yamamoto", "Haile", "Mohamed",
        "Papadopoulos", "Rossi", "Schmidt", "Kealoha", "dos Santos", "Smith-Whitfield", "Begay",
        "Lindqvist", "Abernathy", "Tran", "Kim", "Osei-Bonsu", "LeBlanc", "St. Pierre", "D'Angelo",
        "Washington", "Johnson", "Bouchard", "Wiśniewski", "Ó Briain", "Fitzgerald", "Hernández",
        "Yilmaz", "Castellanos", "Mbeki-Ross", "von Hagen", "Pham", "Baptiste", "Szabo", "Iyer",
        "Horvath", "Abdi", "Delacroix-Hale", "Ng", "Li", "Wojcik", "ten Brink", "Oyelaran"]
NICK = {"Margaret": "Peggy", "Dorothy": "Dot", "Harold": "Hal", "Gerald": "Gerry", "Konstantinos": "Kostas",
        "Oluwaseun": "Seun", "María Elena": "Malena", "Clarence": "Clancy", "Mildred": "Millie",
        "Abdirahman": "Abdi", "Jean-Baptiste": "JB", "Venkatesh": "Venky", "Svetlana": "Sveta"}
STREETS = ["Larkspur Ln", "Monroe St", "Secor Rd", "Glendale Ave", "Dorr St", "Heatherdowns Blvd",
           "Sylvania Ave", "Byrne Rd", "River Rd", "Front St", "Anthony Wayne Trl", "Talmadge Rd",
           "Cherry St", "Summit St", "Woodville Rd", "Navarre Ave", "Reynolds Rd", "Holland-Sylvania Rd",
           "Indian Wood Cir", "Bancroft St", "Wildwood Ln", "Telegraph Rd", "N Custer Rd", "Maplewood Dr",
           "W Alexis Rd", "Oak Hollow Ct", "Stadium Dr", "County Road 11"]
CITIES = [("Toledo", "OH", ["43604", "43606", "43607", "43609", "43612", "43613", "43614", "43615", "43623"], "Lucas"),
          ("Maumee", "OH", ["43537"], "Lucas"), ("Sylvania", "OH", ["43560"], "Lucas"),
          ("Perrysburg", "OH", ["43551"], "Wood"), ("Bowling Green", "OH", ["43402"], "Wood"),
          ("Oregon", "OH", ["43616"], "Lucas"), ("Fremont", "OH", ["43420"], "Sandusky"),
          ("Holland", "OH", ["43528"], "Lucas"), ("Port Clinton", "OH", ["43452"], "Ottawa"),
          ("Monroe", "MI", ["48161", "48162"], "Monroe"), ("Temperance", "MI", ["48182"], "Monroe"),
          ("Adrian", "MI", ["49221"], "Lenawee"), ("Swanton", "OH", ["43558"], "Fulton")]
AREAS = ["419", "419", "419", "567", "734", "517"]
MAILS = ["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com",
         "hotmail.com", "bex.net", "proton.me"]
RELS = [("SPO", "Spouse", "U"), ("DAU", "Daughter", "F"), ("SON", "Son", "M"), ("SIS", "Sister", "F"), ("BRO", "Brother", "M"),
        ("DOM", "Domestic partner", "U"), ("FND", "Friend", "U"), ("NCH", "Nephew", "M"), ("GRD", "Guardian", "U"),
        ("MTH", "Mother", "F"), ("FTH", "Father", "M"), ("GCH", "Grandchild", "U"), ("NIE", "Niece", "F")]
STAFF = [("Tamsin", "Achebe", "RN", "tachebe"), ("Grant", "Hollis", "MD", "ghollis"),
         ("Priya", "Natarajan", "RN", "pnatara"), ("Helena", "Vasquez-Roth", "MD", "hvasquez"),
         ("Marcus", "Feld", "RD", "mfeld"), ("Li-Na", "Cho", "NP", "lcho"),
         ("Ravi", "Subramanian", "MD", "rsubram"), ("Colette", "Durand", "CN", "cdurand"),
         ("Ibrahim", "Sesay", "PCT", "isesay"), ("Kasia", "Nowak", "RN", "knowak"),
         ("Rachel", "Odum", "CM", "rodum"), ("Mateo", "Ferreira", "PT", "mferreira"),
         ("Janelle", "Pruitt", "RN", "jpruitt"), ("Sven", "Aalto", "RN", "saalto"),
         ("Nomvula", "Dlamini", "MD", "ndlamini"), ("Ethan", "Brightwater", "PCT", "ebright")]
UNITS = {"4W": (401, 432), "5E": (501, 530), "6N": (601, 628), "3S": (301, 322), "ICU2": (201, 216)}
UNIT_NAME = {"4W": "4 WEST CARDIAC", "5E": "5 EAST MED/SURG", "6N": "6 NORTH ORTHO", "3S": "3 SOUTH ONC",
             "ICU2": "ICU 2"}
VIDEOS = [("KRM-HF-102", "Living with Heart Failure", 11), ("KRM-FALL-01", "Preventing Falls in the Hospital", 6),
          ("EMMI-THR-22", "Your Hip Replacement: Going Home", 14), ("KRM-INS-07", "Insulin Pen Basics", 9),
          ("KRM-IS-03", "Using Your Incentive Spirometer", 5), ("EMMI-WAR-11", "Warfarin Safety at Home", 12),
          ("KRM-HH-01", "Hand Hygiene for Patients and Visitors", 4), ("EMMI-COPD-05", "COPD: Breathing Easier", 13),
          ("KRM-SS-09", "Stroke: Know the Signs (BE FAST)", 8), ("KRM-DVT-02", "Preventing Blood Clots", 7)]
DIETS = ["CARDIAC_2G_NA", "CARB_CONSISTENT_60G", "RENAL_2G_K", "CLEAR_LIQUID", "REGULAR", "DYSPHAGIA_L5_MINCED",
         "FULL_LIQUID", "LOW_FAT", "HALAL_REGULAR", "KOSHER_CARDIAC"]
ITEMS = ["Scrambled Egg Beaters", "Oatmeal w/ Brown Sugar", "Turkey Club (no bacon)", "Sugar-free Jello",
         "2% Milk 8oz", "Chicken Noodle Soup (low sodium)", "Baked Cod w/ Lemon", "Garden Salad", "Apple Juice 4oz",
         "Vanilla Ensure", "Black Coffee", "Whole Wheat Toast", "Rice Pilaf", "Steamed Broccoli"]
PAYERS = [("BCBSOH", "ANTHEM BLUE CROSS BLUE SHIELD", "PO BOX 105187^^ATLANTA^GA^30348", "(800)676-2583"),
          ("MCR01", "MEDICARE PART A", "PO BOX 6727^^INDIANAPOLIS^IN^46206", "(866)234-7331"),
          ("PARAMT", "PARAMOUNT ADVANTAGE", "PO BOX 497^^TOLEDO^OH^43697", "(800)462-3589"),
          ("BKEYE", "BUCKEYE HEALTH PLAN MEDICAID", "PO BOX 6200^^FARMINGTON^MO^63640", "(866)246-4358"),
          ("UHCCP", "UNITEDHEALTHCARE COMMUNITY PLAN", "PO BOX 8207^^KINGSTON^NY^12402", "(800)600-9007")]


def mk_person(first=None, sex=None, last=None):
    if first is None:
        first, sex = R.choice(FIRST)
    last = last or R.choice(LAST)
    city, st, zips, county = R.choice(CITIES)
    num = str(R.choice([R.randint(10, 999), R.randint(1000, 9999), R.randint(10000, 29999)]))
    apt = R.choice(["", "", "", "Apt " + str(R.randint(1, 24)) + R.choice("ABCD"), "Unit " + str(R.randint(1, 40)),
                    "#" + str(R.randint(100, 412)), "Lot " + str(R.randint(1, 90))])
    fa = ascii_fold(first).lower().replace(" ", "").replace("-", "")
    la = ascii_fold(last).lower().replace(" ", "").replace("'", "").replace(".", "").replace("-", "")
    email = R.choice([f"{fa}.{la}{R.randint(1, 99)}", f"{fa[0]}{la}", f"{la}.{fa}", f"{fa}{la[:4]}{R.randint(50, 99)}",
                      f"{fa}_{la}"]) + "@" + R.choice(MAILS)
    return {"first": first, "last": last, "sex": sex, "mid": R.choice("ABCDEFGHJKLMNPRSTW"),
            "street": f"{num} {R.choice(STREETS)}", "apt": apt, "city": city, "state": st,
            "zip": R.choice(zips), "county": county,
            "phone": R.choice(AREAS) + str(R.randint(201, 989)).replace("555", "556") + dig(4),
            "cell": R.choice(AREAS) + str(R.randint(201, 989)).replace("555", "557") + dig(4),
            "email": email}


def mk_patient(old):
    p = mk_person()
    if old:
        dob = dt.date(R.randint(1925, 1933), R.randint(1, 12), R.randint(1, 28))
    else:
        dob = dt.date(R.randint(1938, 2004), R.randint(1, 12), R.randint(1, 28))
    age = REF.year - dob.year - ((REF.month, REF.day) < (dob.month, dob.day))
    unit = R.choice(list(UNITS))
    lo, hi = UNITS[unit]
    admit = dt.datetime(2024, 10, R.randint(7, 15), R.randint(0, 23), R.choice([0, 5, 12, 20, 33, 41, 47, 58]))
    if admit.date() == REF and admit.hour > 5:
        admit = admit.replace(hour=R.randint(0, 5))
    edd = REF + dt.timedelta(days=R.randint(1, 5))
    if age >= 65:
        plan = PAYERS[1] if R.random() < 0.7 else PAYERS[2]
        member = mbi() if plan[0] == "MCR01" else "P" + dig(9)
    else:
        plan = R.choice([PAYERS[0], PAYERS[3], PAYERS[4], PAYERS[2]])
        member = {"BCBSOH": R.choice(["ZGP", "YRH", "JQM"]) + dig(9), "BKEYE": "10" + dig(10),
                  "UHCCP": dig(9) + "01", "PARAMT": "P" + dig(9)}[plan[0]]
    fa = ascii_fold(p["first"]).lower().replace(" ", "").replace("-", "")
    la = ascii_fold(p["last"]).lower().replace(" ", "").replace("'", "").replace(".", "").replace("-", "")
    rels = []
    for _ in range(R.choice([1, 1, 2])):
        q = mk_person(last=p["last"] if R.random() < 0.6 else None)
        code, rtext = R.choice([r for r in RELS if r[2] in (q["sex"], "U")])[:2]
        if R.random() < 0.5:
            for k in ("street", "apt", "city", "state", "zip", "county"):
                q[k] = p[k]
        q["rel"] = code
        q["reltext"] = rtext
        q["turn"] = R.choice([f"{ascii_fold(q['first']).lower().replace(' ', '')}.{la}", f"fam-{la}-{R.randint(10, 99)}",
                              f"{ascii_fold(q['first'])[0].lower()}{la}{R.randint(1, 9)}"])
        q["invite"] = alnum(4) + "-" + alnum(4)
        q["ip"] = public_ip()
        q["dl"] = R.choice(["R", "S", "T"]) + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + dig(6)
        q["plate"] = R.choice([alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + dig(4), alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + " " + dig(4),
                               dig(3) + alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ")])
        q["card"] = card()
        rels.append(q)
    p.update({
        "dob": dob, "age": age, "mrn": f"{R.randint(104000, 2899999):08d}", "ssn": ssn_raw(),
        "acct": R.choice(["40", "41"]) + dig(8), "visit": "V24" + dig(7), "csn": "31" + dig(8),
        "uuid": uid(), "portal": R.choice([f"{fa[0]}{la}{dob.year % 100:02d}", f"{fa}.{la}", f"{la}{fa[:3]}{R.randint(1, 99)}"]),
        "unit": unit, "room": str(R.randint(lo, hi)), "bed": R.choice("AB"), "admit": admit, "edd": edd,
        "plan": plan, "member": member, "group": R.choice(["", "0" + dig(6), "G" + dig(5), "7" + dig(4) + "-00"]),
        "rels": rels, "dl": R.choice(["R", "S", "T"]) + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + dig(6)
        if p["state"] == "OH" else R.choice("BDHKLMPRSW") + dig(12),
        "fax": R.choice(AREAS) + str(R.randint(201, 989)) + dig(4), "mac": mac(), "imei": imei(),
        "cgm": R.choice(["G7", "G6", "FSL3"]) + "-" + alnum(10, "0123456789ABCDEF"),
        "pref": NICK.get(p["first"], p["first"].split()[0].split("-")[0]),
        "vin": vin(), "palm": "PS-" + dig(10),
    })
    return p


PATIENTS = [mk_patient(i < 9) for i in range(46)]


# ----------------------------------------------------------------- formatting helpers
def nm(p, style=None):
    f, l, m = p["first"], p["last"], p["mid"]
    s = style or R.choice(["fl", "LF", "Lf", "fml", "Fl", "lower", "LfM", "UPPER", "fl", "Lf"])
    return {"fl": f"{f} {l}", "LF": f"{l.upper()}, {f.upper()}", "Lf": f"{l}, {f}", "fml": f"{f} {m}. {l}",
            "Fl": f"{f[0]}. {l}", "lower": f"{f} {l}".lower(), "LfM": f"{l}, {f} {m}", "UPPER": f"{f} {l}".upper(),
            "fL": f"{f} {l[0]}.", "LFnospace": f"{l.upper()},{f.upper()}"}[s]


def xpn(p):
    return f"{p['last'].upper()}^{p['first'].upper()}^{p['mid']}"


def ph(n, style=None):
    a, b, c = n[:3], n[3:6], n[6:]
    s = style or R.choice(["paren", "dash", "dot", "plain", "e164", "intl", "paren2", "dash"])
    return {"paren": f"({a}) {b}-{c}", "paren2": f"({a}){b}-{c}", "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}",
            "plain": n, "e164": f"+1{n}", "intl": f"+1 {a} {b} {c}", "sp": f"{a} {b} {c}", "one": f"1-{a}-{b}-{c}"}[s]


DOB_STYLES = ["iso", "us", "usn", "us2", "hl7", "dmy", "long", "eu", "isoT", "us"]
EDD_STYLES = ["iso", "us", "md", "dow", "short", "long", "usn", "iso"]


def df(d, style=None, styles=DOB_STYLES):
    s = style or R.choice(styles)
    return {"iso": d.strftime("%Y-%m-%d"), "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
            "usn": f"{d.month}/{d.day}/{d.year}", "us2": f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}",
            "hl7": d.strftime("%Y%m%d"), "dmy": d.strftime("%d-%b-%Y").upper(), "long": f"{d:%B} {d.day}, {d.year}",
            "short": f"{d:%b} {d.day}", "md": f"{d.month}/{d.day}", "dow": f"{d:%a} {d.month}/{d.day}",
            "eu": f"{d.day:02d}.{d.month:02d}.{d.year}", "isoT": d.strftime("%Y-%m-%dT00:00:00")}[s]


def AGE(p):
    return (str(p["age"]), "age" if p["age"] >= 90 else None)


def room(p, sep="-"):
    return f"{p['unit']}{sep}{p['room']}{sep}{p['bed']}"


def stb(p):
    return f"stb-{p['unit'].lower()}-{p['room']}{p['bed'].lower()}"


def rel(p):
    return R.choice(p["rels"])


def staff():
    return R.choice(STAFF)


def pick():
    return R.choice(PATIENTS)


def old():
    return R.choice([p for p in PATIENTS if p["age"] >= 90])


def pick_age():
    return old() if R.random() < 0.5 else pick()


def any_room():
    u = R.choice(list(UNITS))
    lo, hi = UNITS[u]
    return u, str(R.randint(lo, hi)), R.choice("AB")


def priv_ip():
    return f"10.{R.choice([31, 31, 32, 33])}.{R.randint(1, 40)}.{R.randint(2, 250)}"


def order_no():
    return "M-" + str(R.randint(770000, 789999))


def call_id():
    return "NC-" + str(R.randint(880000, 899999))


def trace():
    return hexs(32)


def sha():
    return hashlib.sha256(str(R.random()).encode()).hexdigest()


# ================================================================ families
# ---------------------------------------------------------------- HL7 raw segments
def seg(fam, fields):
    """fields: list of str or list of (text, cat) pieces; joined with '|'."""
    L = Line(fam)
    for i, f in enumerate(fields):
        if i:
            L.t("|")
        if isinstance(f, str):
            L.t(f)
        else:
            for txt, cat in f:
                L.x(txt, cat)
    return L


def xad_pieces(q, with_county=False):
    pcs = [(q["street"], "address")]
    if q["apt"]:
        pcs += [("^", None), (q["apt"], "address")]
    else:
        pcs += [("^", None)]
    pcs += [("^", None), (q["city"], "address"), ("^" + q["state"] + "^", None), (q["zip"], "zip"), ("^USA^H", None)]
    if with_county:
        pcs += [("^^", None), (q["county"].upper(), "address")]
    return pcs


def msh(ev, ctl, struct=None):
    return seg("hl7v2", ["MSH", "^~\\&", R.choice(["EPIC", "EPICADT", "CERNER"]), "LMMC", "IPC_ENGINE", "BEDSIDEONE",
                         ts_hl7(), "", f"ADT^{ev}^{struct or 'ADT_' + ev}", ctl, "P", "2.5.1", "", "", "AL", "NE"])


def evn(ev):
    s = staff()
    return seg("hl7v2", ["EVN", ev, ts_hl7(), "", R.choice(["", "01", "ADM"]), f"{s[3].upper()}^{s[1].upper()}^{s[0].upper()}^^^^^^LMMC"])


def pid(p, rich=True):
    f = ["PID", "1", ""]
    ids = [(p["mrn"], "mrn"), ("^^^LMMC^MR", None)]
    if rich and R.random() < 0.4:
        ids += [("~", None), (p["uuid"], "other_id"), ("^^^IPC^PI", None)]
    f.append(ids)
    f.append("")
    f.append([(xpn(p), "name"), ("^^^L", None)])
    f.append([(p["rels"][0]["last"].upper(), "name")] if R.random() < 0.3 else "")  # mother's maiden/alias
    f.append([(p["dob"].strftime("%Y%m%d"), "date")])
    f.append(p["sex"])
    f += ["", R.choice(["2106-3^White^CDCREC", "2054-5^Black or African American^CDCREC", "2028-9^Asian^CDCREC", ""])]
    f.append(xad_pieces(p))
    f.append([(p["county"].upper(), "address")] if rich and R.random() < 0.5 else "")
    tel = [(ph(p["phone"], "paren2"), "phone"), ("^PRN^PH", None)]
    if R.random() < 0.5:
        tel += [("~", None), (ph(p["cell"], "paren2"), "phone"), ("^PRN^CP", None)]
    if R.random() < 0.4:
        tel += [("~^NET^Internet^", None), (p["email"], "email")]
    if R.random() < 0.35:
        tel += [("~", None), (ph(p["fax"], "paren2"), "fax"), ("^PRN^FX", None)]
    f.append(tel)
    f.append("")
    f.append(R.choice(["eng^English^ISO639", "spa^Spanish^ISO639", "vie^Vietnamese^ISO639", "ara^Arabic^ISO639", "pol^Polish^ISO639"]))
    f.append(R.choice(["M", "S", "W", "D", ""]))
    f.append(R.choice(["CAT", "BAP", "MUS", "NON", ""]))
    f.append([(p["acct"], "account"), ("^^^LMMC^AN", None)])
    f.append([(fmt_ssn(p["ssn"], "dash"), "ssn")] if rich else "")
    if rich and R.random() < 0.6:
        f.append([(p["dl"], "license"), ("^" + p["state"] + "^" + dt.date(2027, p["dob"].month, p["dob"].day).strftime("%Y%m%d"), None)])
    return seg("hl7v2", f)


def pv1(p, ev):
    s = R.choice([x for x in STAFF if x[2] == "MD"])
    f = ["PV1", "1", R.choice(["I", "I", "O", "E"]),
         f"{p['unit']}^{p['room']}^{p['bed']}^LMMC^^^^^{UNIT_NAME[p['unit']]}", R.choice(["E", "U", "R"]), "",
         ""]
    if ev == "A02":
        u, r, b = any_room()
        f[6] = f"{u}^{r}^{b}^LMMC"
    f += [f"{dig(7)}^{s[1].upper()}^{s[0].upper()}^^^^MD", "", "", R.choice(["MED", "CAR", "ORT", "ONC", "SUR"]),
          "", "", "", R.choice(["1", "7", "2"]), "", "", f"{dig(7)}^{s[1].upper()}^{s[0].upper()}^^^^MD",
          R.choice(["IN", "OBS"]), [(p["visit"], "other_id"), ("^^^LMMC^VN", None)], R.choice(["MC", "BC", "MD", "SP"])]
    f += [""] * 15  # PV1-21..35
    f += [R.choice(["01", "03", "06", ""]) if ev == "A03" else ""]  # 36
    f += [""] * 5  # 37..41
    f += [""]  # 42
    f += [""]  # 43
    f.append([(p["admit"].strftime("%Y%m%d%H%M"), "date")])  # 44
    if ev == "A03":
        f.append([(dt.datetime.combine(REF, dt.time(R.randint(9, 15), R.choice([0, 15, 30, 45]))).strftime("%Y%m%d%H%M"), "date")])
    return seg("hl7v2", f)


def pv2(p):
    return seg("hl7v2", ["PV2", "", "", R.choice(["^CHF exacerbation", "^Pneumonia", "^R hip fx", "^Sepsis r/o", "^COPD exac", "^Chest pain"]),
                         "", "", "", "", "", [(p["edd"].strftime("%Y%m%d"), "date")]])


def nk1(p, i=1):
    q = p["rels"][(i - 1) % len(p["rels"])]
    f = ["NK1", str(i), [(xpn(q), "name"), ("^^^L", None)], f"{q['rel']}^{q['reltext']}^HL70063", xad_pieces(q),
         [(ph(q["phone"], "paren2"), "phone")], [(ph(q["cell"], "paren2"), "phone"), ("^WPN^PH", None)] if R.random() < 0.5 else "",
         "EC^Emergency Contact^HL70131"]
    return seg("hl7v2", f)


def in1(p):
    pl = p["plan"]
    self_ins = R.random() < 0.75 or p["rels"][0]["rel"] not in ("SPO", "DOM", "MTH", "FTH", "GRD")
    ins = p if self_ins else p["rels"][0]
    f = ["IN1", "1", pl[0] + "^" + pl[1].title(), dig(5), pl[1], pl[2], "", pl[3], p["group"], "", "", "",
         "20240101", "", "", R.choice(["HMO", "PPO", "MCR", "MCD"]), [(xpn(ins), "name")],
         "SEL^Self" if self_ins else f"{ins['rel']}^{ins['reltext']}"]
    f.append([(p["dob"].strftime("%Y%m%d"), "date")] if self_ins else "")
    f.append(xad_pieces(ins))
    f += [""] * 16  # 20..35
    f.append([(p["member"], "health_plan")])  # 36
    return seg("hl7v2", f)


def gt1(p):
    g = p if R.random() < 0.6 or p["rels"][0]["rel"] not in ("SPO", "DOM", "MTH", "FTH", "GRD", "DAU", "SON") else p["rels"][0]
    f = ["GT1", "1", [("G" + p["acct"][2:], "account")], [(xpn(g), "name")], "", xad_pieces(g),
         [(ph(g["phone"], "paren2"), "phone")], "", [(p["dob"].strftime("%Y%m%d"), "date")] if g is p else "",
         g["sex"] or "U", "P", "SEL^Self" if g is p else f"{g['rel']}^{g['reltext']}",
         [(fmt_ssn(p["ssn"], "dash"), "ssn")] if g is p else ""]
    return seg("hl7v2", f)


def al1():
    return seg("hl7v2", ["AL1", "1", R.choice(["DA", "FA", "EA"]),
                         R.choice(["^Penicillin", "^Sulfa Drugs", "^Peanut", "^Latex", "^Shellfish", "^Codeine"]),
                         R.choice(["SV", "MO", "MI"]), R.choice(["Hives", "Anaphylaxis", "Rash", "Nausea", ""])])


def dg1(p):
    return seg("hl7v2", ["DG1", "1", "", R.choice(["I50.23^Acute on chronic systolic (congestive) heart failure^I10",
                                                   "J18.9^Pneumonia, unspecified organism^I10", "S72.001A^Fracture of unsp part of neck of right femur^I10",
                                                   "J44.1^COPD with (acute) exacerbation^I10", "A41.9^Sepsis, unspecified organism^I10",
                                                   "E11.65^Type 2 diabetes mellitus with hyperglycemia^I10"]),
                         "", [(p["admit"].strftime("%Y%m%d"), "date")], "A"])


def mirth_thread(ch="ADT_to_IPC"):
    return R.choice([f"Channel Dispatch Thread on {ch} (8c6b1f0e-2d4a-4a8e-9b1c-3e0f7d5a21c4) < pool-3-thread-{R.randint(1, 8)}",
                     f"{ch} JavaScript Transformer Step {R.randint(1, 9)} on {ch} (8c6b1f0e-2d4a-4a8e-9b1c-3e0f7d5a21c4), Destination {R.randint(1, 3)} (IPC REST)",
                     "TCP Receiver Thread on ADT_to_IPC (8c6b1f0e-2d4a-4a8e-9b1c-3e0f7d5a21c4) < pool-2-thread-1"])


def mirth(lvl, cls, msg_tmpl, **kw):
    if cls.endswith("TcpReceiver"):
        th = "TCP Receiver Thread on ADT_to_IPC (8c6b1f0e-2d4a-4a8e-9b1c-3e0f7d5a21c4) < pool-2-thread-1"
    elif cls.endswith("HttpDispatcher"):
        th = f"Destination 1 Queue Thread on ADT_to_IPC (8c6b1f0e-2d4a-4a8e-9b1c-3e0f7d5a21c4), IPC REST (1)"
    elif cls in ("transformer", "filter"):
        th = f"ADT_to_IPC JavaScript {'Transformer' if cls == 'transformer' else 'Filter'} Step {R.randint(1, 9)} on ADT_to_IPC (8c6b1f0e-2d4a-4a8e-9b1c-3e0f7d5a21c4), Source"
    elif "Pruner" in cls:
        th = "Data Pruner Thread"
    elif cls.endswith(".Mirth"):
        th = "Main Server Thread"
    elif cls.endswith("Channel"):
        th = "Deploy Thread"
    else:
        th = mirth_thread()
    return T("mirth", f"{lvl:<5} {ts_comma()} [{th}] {cls}: " + msg_tmpl, **kw)


def hl7_block():
    p = pick()
    ev = R.choice(["A01", "A02", "A03", "A08", "A01", "A02"])
    ctl = "LMMC" + loc().strftime("%Y%m%d%H%M%S") + dig(3)
    out = [mirth("INFO", "com.mirth.connect.connectors.tcp.TcpReceiver",
                 "Message received on ADT_to_IPC from 10.20.4.15:{{port}} ({{n}} bytes, MLLP)", port=R.randint(49152, 65000),
                 n=R.randint(900, 3400))]
    small()
    out.append(msh(ev, ctl, "ADT_A01" if ev in ("A01", "A08") else None))
    out.append(evn(ev))
    out.append(pid(p))
    if ev in ("A01", "A08") and R.random() < 0.8:
        for i in range(1, len(p["rels"]) + 1):
            out.append(nk1(p, i))
    out.append(pv1(p, ev))
    if ev in ("A01", "A02", "A08") and R.random() < 0.7:
        out.append(pv2(p))
    if ev in ("A01", "A08"):
        if R.random() < 0.6:
            out.append(al1())
        if R.random() < 0.6:
            out.append(dg1(p))
        out.append(in1(p))
        if R.random() < 0.5:
            out.append(gt1(p))
    small()
    out.append(mirth("INFO", "com.mirth.connect.connectors.http.HttpDispatcher",
                     "Destination 1 (IPC REST) POST http://ipc-api.lmmc.local:3000/api/v2/adt -> 202 Accepted in {{ms}} ms (MSA|AA|{{ctl}})",
                     ms=R.randint(8, 240), ctl=ctl))
    return out


# ---------------------------------------------------------------- mirth single lines
def mirth_noise():
    c = R.randrange(9)
    if c == 0:
        return [mirth("INFO", "com.mirth.connect.donkey.server.channel.Channel",
                      "Channel {{ch}} ({{cid}}) deployed and started", ch=R.choice(["ADT_to_IPC", "DIET_ORM_to_IPC", "IPC_EDU_to_EPIC_MDM", "NURSECALL_ADT_FANOUT"]), cid=uid())]
    if c == 1:
        return [mirth("INFO", "com.mirth.connect.connectors.tcp.TcpReceiver",
                      "Connection established from 10.20.4.15:{{p}} to 0.0.0.0:6661 (ADT_to_IPC)", p=R.randint(49152, 65000))]
    if c == 2:
        return [mirth("WARN", "com.mirth.connect.connectors.http.HttpDispatcher",
                      "Error connecting to http://ipc-api.lmmc.local:3000/api/v2/adt: java.net.SocketTimeoutException: Read timed out (queued, attempt {{a}} of 10)",
                      a=R.randint(1, 9))]
    if c == 3:
        u, r, b = any_room()
        return [mirth("INFO", "transformer", "{{ev}} routed ctl=LMMC{{ctl}} unit={{u}} room={{r}} bed={{b}} -> topic lmmc/ipc/rooms/{{u}}/{{r}}{{b}}/adt",
                      ev=R.choice(["A01", "A02", "A03", "A08"]), ctl=loc().strftime("%Y%m%d%H%M%S") + dig(3), u=u, r=r, b=b)]
    if c == 4:
        return [mirth("ERROR", "com.mirth.connect.server.util.javascript.JavaScriptUtil",
                      "Error evaluating transformer (ADT_to_IPC-Transformer#{{n}}): TypeError: Cannot read property \"PV2.9.1\" from undefined (ADT_to_IPC-Transformer#{{n}}#{{l}})",
                      n=R.randint(3, 20), l=R.randint(10, 90))]
    if c == 5:
        return [mirth("INFO", "com.mirth.connect.plugins.datapruner.DataPruner",
                      "Pruned {{n}} messages and {{m}} attachments from channel ADT_to_IPC in {{s}} s",
                      n=R.randint(2000, 40000), m=R.randint(0, 20), s=f"{R.uniform(0.4, 12):.2f}")]
    if c == 6:
        return [mirth("INFO", "com.mirth.connect.server.Mirth",
                      "Mirth Connect 4.4.2 (Built on August 14, 2023) server successfully started. Java 17.0.9 / heap {{h}}m", h=R.choice([2048, 4096]))]
    if c == 7:
        return [mirth("WARN", "filter", "A08 filtered: PV1-3 bed blank, ctl=LMMC{{ctl}}, sending app EPICADT (no room change)",
                      ctl=loc().strftime("%Y%m%d%H%M%S") + dig(3))]
    return [mirth("INFO", "com.mirth.connect.donkey.server.queue.DestinationQueue",
                  "Queue ADT_to_IPC/Destination 2 (MQTT fanout) depth={{d}} processed={{pr}} errored={{e}}",
                  d=R.randint(0, 40), pr=R.randint(1000, 9000), e=R.randint(0, 3))]


def mirth_phi():
    p = pick()
    c = R.randrange(6)
    if c == 0:
        return [mirth("INFO", "transformer", "A01 admit {{mrn:mrn}} {{n:name}} -> {{rm}} (visit {{v:other_id}})",
                      mrn=p["mrn"], n=xpn(p), rm=room(p), v=p["visit"])]
    if c == 1:
        return [mirth("WARN", "filter", "Dropping A08 for {{n:name}} (MRN {{mrn:mrn}}): PV1-3 bed blank",
                      n=nm(p, "LF"), mrn=p["mrn"])]
    if c == 2:
        d2 = p["dob"] + dt.timedelta(days=R.choice([1, 31, -365, 3650]))
        return [mirth("ERROR", "com.mirth.connect.connectors.http.HttpDispatcher",
                      'IPC API rejected patient {{mrn:mrn}}: 422 {"error":"dob_mismatch","sent":"{{d1:date}}","onFile":"{{d2:date}}"}',
                      mrn=p["mrn"].lstrip("0"), d1=df(p["dob"], "iso"), d2=df(d2, "iso"))]
    if c == 3:
        return [mirth("INFO", "transformer", "A03 discharge {{mrn:mrn}} disp={{d}} dc={{dc:date}} -> clear room {{rm}}",
                      mrn=p["mrn"], d=R.choice(["01", "03", "06"]), dc=df(REF, "hl7") + loc().strftime("%H%M"), rm=room(p))]
    if c == 4:
        return [mirth("WARN", "transformer", "Duplicate MRN suspected: {{m1:mrn}} and {{m2:mrn}} share name {{n:name}} and DOB {{d:date}}; routed to HIM merge queue",
                      m1=p["mrn"], m2=f"{R.randint(104000, 2899999):08d}", n=xpn(p), d=df(p["dob"], "hl7"))]
    return [mirth("INFO", "transformer", "A02 transfer {{n:name}} {{mrn:mrn}} {{a}} -> {{b}}",
                  n=nm(p, "LF"), mrn=p["mrn"], a="-".join(any_room()), b=room(p))]


# ---------------------------------------------------------------- HL7 XML (mirth debug)
def xml_phi():
    p = pick()
    L = Line("hl7-xml")
    L.t(f"DEBUG {ts_comma()} [{mirth_thread('ADT_to_IPC')}] transformer: msg.toString()=<HL7Message><MSH><MSH.9><MSH.9.1>ADT</MSH.9.1><MSH.9.2>{R.choice(['A01', 'A08'])}</MSH.9.2></MSH.9>")
    L.t(f"<MSH.10>LMMC{loc().strftime('%Y%m%d%H%M%S')}{dig(3)}</MSH.10></MSH><PID><PID.3><PID.3.1>").p(p["mrn"], "mrn")
    L.t("</PID.3.1><PID.3.5>MR</PID.3.5></PID.3><PID.5><PID.5.1><PID.5.1.1>").p(p["last"].upper(), "name")
    L.t("</PID.5.1.1></PID.5.1><PID.5.2>").p(p["first"].upper(), "name").t("</PID.5.2></PID.5><PID.7><PID.7.1>")
    L.t("").p(p["dob"].strftime("%Y%m%d"), "date").t("</PID.7.1></PID.7><PID.8>" + p["sex"] + "</PID.8>")
    if R.random() < 0.6:
        L.t("<PID.11><PID.11.1><PID.11.1.1>").p(p["street"], "address").t("</PID.11.1.1></PID.11.1><PID.11.3>")
        L.p(p["city"], "address").t(f"</PID.11.3><PID.11.4>{p['state']}</PID.11.4><PID.11.5>").p(p["zip"], "zip")
        L.t("</PID.11.5></PID.11>")
    L.t("<PID.13><PID.13.1>").p(ph(p["phone"]), "phone").t("</PID.13.1></PID.13></PID><PV1><PV1.3><PV1.3.1>")
    L.t(f"{p['unit']}</PV1.3.1><PV1.3.2>{p['room']}</PV1.3.2><PV1.3.3>{p['bed']}</PV1.3.3></PV1.3><PV1.19><PV1.19.1>")
    L.p(p["visit"], "other_id").t("</PV1.19.1></PV1.19></PV1></HL7Message>")
    return [L]


def xml_noise():
    c = R.randrange(3)
    if c == 0:
        return [T("hl7-xml", "<channelStatistics><serverId>{{sid}}</serverId><channelId>{{cid}}</channelId><received>{{r}}</received><filtered>{{f}}</filtered><sent>{{s}}</sent><error>{{e}}</error></channelStatistics>",
                  sid=uid(), cid="8c6b1f0e-2d4a-4a8e-9b1c-3e0f7d5a21c4", r=R.randint(5000, 9000), f=R.randint(10, 300), s=R.randint(4000, 8000), e=R.randint(0, 5))]
    if c == 1:
        return [T("hl7-xml", "DEBUG {{ts}} [Destination 2 Queue] transformer: ACK <HL7Message><MSH><MSH.9><MSH.9.1>ACK</MSH.9.1></MSH.9><MSH.10>{{c}}</MSH.10></MSH><MSA><MSA.1>AA</MSA.1><MSA.2>LMMC{{c2}}</MSA.2></MSA></HL7Message>",
                  ts=ts_comma(), c=hexs(12).upper(), c2=loc().strftime("%Y%m%d%H%M%S") + dig(3))]
    return [T("hl7-xml", '<?xml version="1.0" encoding="UTF-8"?><menu unit="{{u}}" date="{{d}}" period="{{per}}"><item code="{{ic}}" kcal="{{k}}" na_mg="{{na}}">{{it}}</item></menu>',
              u=R.choice(list(UNITS)), d=REF.isoformat(), per=R.choice(["BREAKFAST", "LUNCH", "DINNER"]), ic="MI-" + dig(4),
              k=R.randint(40, 650), na=R.randint(5, 900), it=R.choice(ITEMS).replace("&", "and"))]


# ---------------------------------------------------------------- Android TV logcat
PKG = "com.lmmc.ipc.bedside"


def lc(lvl, tag, msg_tmpl, brief=False, **kw):
    pid_, tid = 4412, R.choice([4412, 4437, 4461, 4502, 4519])
    if brief:
        return T("logcat", f"{lvl}/{tag}({pid_:5d}): " + msg_tmpl, **kw)
    return T("logcat", f"{ts_logcat()}  {pid_:4d}  {tid:4d} {lvl} {tag}: " + msg_tmpl, **kw)


def logcat_noise():
    c = R.randrange(13)
    u, r, b = any_room()
    v = R.choice(VIDEOS)
    if c == 0:
        return [T("logcat", f"{ts_logcat()}  1021  1388 I ActivityManager: Start proc 4412:{PKG}/u0a92 for top-activity {{{PKG}/{PKG}.home.HomeActivity}}")]
    if c == 1:
        return [lc("D", "ExoPlayerImpl", "Init {{h}} [ExoPlayerLib/2.19.1] [lumaris_lh43, LH43-PRO, Lumaris, 30]", h=hexs(7))]
    if c == 2:
        return [lc("I", "EduPlayer", "playback state=READY video={{v}} bitrate={{br}} droppedFrames={{d}} pos={{pos}}ms",
                   v=v[0], br=R.choice([1200000, 2400000, 4800000]), d=R.randint(0, 14), pos=R.randint(0, 600000))]
    if c == 3:
        return [lc("W", "MqttAndroidService", "Connection lost (32109) - java.io.EOFException; reconnect in {{s}}s (clientId={{cid}})",
                   s=R.choice([2, 4, 8, 16]), cid=f"tab-{u.lower()}-{r}{b.lower()}")]
    if c == 4:
        return [lc("I", "WhiteboardView", "render careTeam=[RN {{a}}, MD {{b}}, PCT {{c}}] pain={{p}} in {{ms}}ms",
                   a=staff()[0] + " " + staff()[1][0] + ".", b=R.choice(STAFF)[1], c=R.choice(STAFF)[0], p=R.randint(0, 10), ms=R.randint(6, 60))]
    if c == 5:
        return [T("logcat", f"{ts_logcat()}   733   733 I HdmiControlService: ---> cec message:<Active Source> src: 4 dst: 15 params: 1000 (hotplug)")]
    if c == 6:
        return [lc("D", "MenuRepository", "menu cache refreshed unit={{u}} period={{per}} items={{n}} etag=W/\"{{e}}\"",
                   u=u, per=R.choice(["BREAKFAST", "LUNCH", "DINNER"]), n=R.randint(20, 70), e=hexs(16))]
    if c == 7:
        return [lc("I", "PillowSpeaker", "key {{k}} from PS-{{u}}{{r}}{{b}} (usb 1-1.3)", k=R.choice(["CH_UP", "CH_DOWN", "VOL_UP", "POWER", "NURSE", "TV_CC"]), u=u, r=r, b=b)]
    if c == 8:
        return [T("logcat", f"{ts_logcat()}  1021  1244 D ConnectivityService: NetworkAgentInfo [WIFI () - 1{R.randint(10, 99)}] validation passed, SSID=\"LMMC-IPC\" rssi=-{R.randint(40, 75)}")]
    if c == 9:
        exc = R.choice([("java.lang.IllegalStateException", "Menu not loaded for mealPeriod=LUNCH", "com.lmmc.ipc.meals.MenuRepository.current", "MenuRepository.kt"),
                        ("java.net.UnknownHostException", "Unable to resolve host \"ipc-api.lmmc.local\": No address associated with hostname", "com.lmmc.ipc.net.ApiClient.get", "ApiClient.kt"),
                        ("kotlinx.serialization.MissingFieldException", "Field 'dischargeDate' is required for type with serial name 'WhiteboardDto'", "com.lmmc.ipc.wb.WhiteboardRepo.parse", "WhiteboardRepo.kt")])
        out = [lc("E", "AndroidRuntime", "FATAL EXCEPTION: DefaultDispatcher-worker-{{w}}", w=R.randint(1, 4)),
               lc("E", "AndroidRuntime", "Process: {{pk}}, PID: 4412", pk=PKG),
               lc("E", "AndroidRuntime", "{{e}}: {{m}}", e=exc[0], m=exc[1]),
               lc("E", "AndroidRuntime", "\tat {{f}}({{file}}:{{n}})", f=exc[2], file=exc[3], n=R.randint(20, 300)),
               lc("E", "AndroidRuntime", "\tat kotlin.coroutines.jvm.internal.BaseContinuationImpl.resumeWith(ContinuationImpl.kt:33)")]
        return out
    if c == 10:
        return [lc("I", "OtaUpdater", "app {{pk}} versionName=3.12.{{n}} versionCode=3120{{n}} build=2024.10.{{b}} up to date", pk=PKG, n=R.randint(0, 9), b=R.randint(1, 14), brief=True)]
    if c == 11:
        return [lc("D", "VideoCallSvc", "ICE state CONNECTED relay=turn.lmmc-ipc.net:3478 rtt={{rtt}}ms codec=VP8 {{w}}x{{h}}",
                   rtt=R.randint(18, 140), w=1280, h=720)]
    return [lc("W", "EduPlayer", "HLS segment timeout https://cdn.lmmc-ipc.net/edu/{{v}}/720p/seg_{{n}}.ts after {{ms}}ms, retry 1/3",
               v=v[0], n=f"{R.randint(0, 200):05d}", ms=R.randint(4000, 12000))]


def logcat_phi():
    p = pick()
    c = R.randrange(11)
    if c == 0:
        return [lc("I", "BedsideHome", 'room context updated room={{rm}} banner="Welcome, {{n:name}}!" lang={{l}}',
                   rm=f"{p['unit']}-{p['room']}", n=R.choice([p["pref"], p["first"]]),
                   l=R.choice(["en", "es", "vi", "ar", "pl"]))]
    if c == 1:
        return [lc("D", "MealOrderVM", "submit orderNo={{o}} mrn={{mrn:mrn}} diet={{d}} items={{n}}", o=order_no(), mrn=p["mrn"],
                   d=R.choice(DIETS), n=R.randint(1, 6))]
    if c == 2:
        q = rel(p)
        return [lc("I", "VideoCallSvc", 'incoming call from "{{n:name}}" <{{e:email}}> callId={{cid}}', n=nm(q, "fl"), e=q["email"], cid=uid())]
    if c == 3:
        d = p["dob"].replace(year=p["dob"].year + R.choice([1, 10, -1])) if p["dob"].month != 2 or p["dob"].day < 29 else p["dob"]
        return [lc("W", "PatientAuth", "DOB challenge failed for mrn={{mrn:mrn}} entered={{d:date}} attempts={{a}}/3", mrn=p["mrn"],
                   d=df(d, R.choice(["us", "usn"])), a=R.randint(1, 3))]
    if c == 4:
        emb = ",".join(f"{R.uniform(-0.3, 0.3):.4f}" for _ in range(12))
        return [lc("D", "VoiceEnroll", "speaker profile saved patientId={{u:other_id}} dims=192 embedding=[{{e:biometric}}] (truncated)",
                   u=p["uuid"], e=emb)]
    if c == 5:
        return [lc("I", "ByodPairing", "paired personal device mac={{m:device}} name=\"{{n:name}}'s {{d}}\" rssi=-{{r}}",
                   m=p["mac"], n=p["pref"], d=R.choice(["iPhone", "Galaxy S23", "Pixel 8", "iPad"]), r=R.randint(40, 70))]
    if c == 6:
        v = R.choice(VIDEOS)
        return [lc("E", "EduPlayer", "completion POST failed assignment=A-{{a}} video={{v}} patient={{n:name}}: HTTP 503",
                   a=R.randint(88000, 89999), v=v[0], n=nm(p, R.choice(["LF", "Lf"])))]
    if c == 7:
        return [lc("I", "WhiteboardView", 'edd={{d:date}} goal="{{g}}" pain={{pn}}', brief=True, d=df(p["edd"], styles=EDD_STYLES),
                   g=R.choice(["Walk to nurses station x3", "Sit up in chair for meals", "Use incentive spirometer 10x/hr", "Pain < 4 with oral meds"]),
                   pn=R.randint(0, 9))]
    if c == 8:
        return [lc("D", "DeviceBridge", "BLE personal CGM detected serial={{s:device}} owner mrn {{mrn:mrn}} glucose={{g}} mg/dL",
                   s=p["cgm"], mrn=p["mrn"], g=R.randint(70, 310))]
    if c == 9:
        q = rel(p)
        return [lc("I", "VideoCallSvc", "call ended with {{n:name}} ({{rl}}) duration={{d}}s quality=GOOD imei={{i:device}}",
                   n=q["first"], rl=q["reltext"].lower(), d=R.randint(30, 2400), i=q.get("imei") or imei())]
    p = pick_age()
    return [lc("I", "SurveyActivity", "HCAHPS-IPC survey opened for {{n:name}} age={{a}} visit={{v:other_id}}", n=nm(p, "fl"), a=AGE(p), v=p["visit"])]


# ---------------------------------------------------------------- STB syslog (embedded linux)
def sl(host, proc, msg_tmpl, **kw):
    return T("syslog", f"{ts_syslog()} {host} {proc}: " + msg_tmpl, **kw)


def rand_stb():
    u, r, b = any_room()
    return f"stb-{u.lower()}-{r}{b.lower()}", u, r, b


def syslog_noise():
    h, u, r, b = rand_stb()
    c = R.randrange(11)
    if c == 0:
        return [sl(h, "kernel", "[{{up}}] hdmi-tx: hotplug detected, EDID ok (1920x1080@60)", up=f"{R.uniform(100, 90000):12.6f}")]
    if c == 1:
        return [sl(h, f"udhcpc[{R.randint(300, 500)}]", "lease of {{ip}} obtained, lease time 86400", ip=priv_ip())]
    if c == 2:
        return [sl(h, f"ntpd[{R.randint(300, 500)}]", "adjusting local clock by {{o}}s", o=f"{R.uniform(-0.05, 0.05):.6f}")]
    if c == 3:
        return [sl(h, "ipc-stb-agent[812]", "mqtt connected broker=mqtts://mq.lmmc-ipc.local:8883 clientId={{h}} keepalive=60 tls=1.3", h=h)]
    if c == 4:
        return [sl(h, "ipc-stb-agent[812]", "heartbeat seq={{s}} uptime={{u}}s temp={{t}}C mem_free={{m}}MB fw=3.8.14-lmmc",
                   s=R.randint(1000, 99999), u=R.randint(1000, 900000), t=f"{R.uniform(41, 66):.1f}", m=R.randint(90, 400))]
    if c == 5:
        return [sl(h, f"dropbear[{R.randint(900, 1400)}]", "Password auth succeeded for 'svc-biomed' from {{ip}}:{{p}}", ip=f"10.40.2.{R.randint(2, 60)}", p=R.randint(40000, 60000))]
    if c == 6:
        return [sl(h, "ipc-stb-agent[812]", "OTA check: firmware 3.8.14 up to date (sha256={{s}})", s=sha())]
    if c == 7:
        return [sl(h, "pillowspkr[633]", "PS-{{u}}{{r}}{{b}} serial=PS2-{{sn}} link up, firmware 2.1.7, nurse button self-test OK", u=u, r=r, b=b, sn=dig(7))]
    if c == 8:
        return [sl(h, "crond[301]", "(root) CMD (/usr/sbin/logrotate /etc/logrotate.conf)")]
    if c == 9:
        return [T("syslog", "<{{pri}}>1 {{ts}} {{h}} ipc-stb-agent 812 TV [meta sequenceId=\"{{s}}\"] tv power=on input=HDMI1 mac={{m}} serial=LMTV43A{{sn}}",
                  pri=R.choice([134, 134, 132]), ts=ts_iso_local(), h=h, s=R.randint(1000, 99999), m=mac("00:1A:79"), sn=dig(7))]
    return [sl(h, "ipc-stb-agent[812]", "cec: TV standby after {{m}} min idle (quiet hours 22:00-06:00)", m=R.choice([30, 45, 60]))]


def syslog_phi():
    p = pick()
    h = stb(p)
    c = R.randrange(6)
    if c == 0:
        return [sl(h, "ipc-stb-agent[812]", 'room assignment applied: bed={{b}} patient="{{n:name}}" mrn={{mrn:mrn}} admit={{a:date}}',
                   b=p["bed"], n=nm(p, R.choice(["LF", "Lf", "fl"])), mrn=p["mrn"], a=p["admit"].strftime(R.choice(["%Y-%m-%d %H:%M", "%m/%d/%Y"])))]
    if c == 1:
        t = "Mr." if p["sex"] == "M" else R.choice(["Mrs.", "Ms."])
        return [sl(h, "ipc-stb-agent[812]", 'welcome screen rendered: "Good morning, {{t}} {{l:name}}"', t=t, l=p["last"])]
    if c == 2:
        return [sl(h, "pillowspkr[633]", "nurse call NORMAL bed={{b}} pt={{n:name}} fall_risk={{f}}", b=p["bed"], n=nm(p, "LFnospace"), f=R.choice(["Y", "N"]))]
    if c == 3:
        return [sl(h, "ipc-stb-agent[812]", "clearing room after A03 for {{n:name}}, purge cache /data/ipc/{{u:other_id}}",
                   n=nm(p, R.choice(["fl", "Lf"])), u=p["uuid"])]
    if c == 4:
        p = pick_age()
        h = stb(p)
        return [T("syslog", "<134>1 {{ts}} {{h}} ipc-stb-agent 812 ROOM [meta sequenceId=\"{{s}}\"] banner age={{a}} sex={{sx}} fall_risk=HIGH allergy_band=Y name=\"{{n:name}}\"",
                  ts=ts_iso_local(), h=h, s=R.randint(1000, 99999), a=AGE(p), sx=p["sex"], n=nm(p, "fL"))]
    q = rel(p)
    return [sl(h, "ipc-stb-agent[812]", "family photo slideshow from {{u:url}} ({{n}} images) shared by {{r:name}}",
               u=R.choice([f"https://photos.app.goo.gl/{alnum(17, 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789')}",
                           f"https://www.caringbridge.org/visit/{ascii_fold(p['first']).lower().replace(' ', '')}{ascii_fold(p['last']).lower().replace(' ', '').replace(chr(39), '')}"]),
               n=R.randint(4, 60), r=nm(q, "fl"))]


# ---------------------------------------------------------------- pino (ipc-api)
PINO_HOSTS = ["ipc-api-7c9d5f8b6-x2kqp", "ipc-api-7c9d5f8b6-m8zrt", "ipc-api-7c9d5f8b6-q4jwn"]


def pino_pre(level):
    return '{"level":%d,"time":%s,"pid":%d,"hostname":"%s",' % (level, ts_ms(), R.choice([1, 1, 19, 23]), R.choice(PINO_HOSTS))


def pino_noise():
    c = R.randrange(9)
    u, r, b = any_room()
    if c in (0, 1):
        url = R.choice([f"/api/v2/rooms/{u}-{r}/context", f"/api/v2/menus/{REF.isoformat()}?unit={u}", "/api/v2/edu/catalog?lang=es",
                        f"/api/v2/whiteboard/{u}-{r}-{b}", "/healthz", "/api/v2/surveys/templates/HCAHPS-IPC-3", f"/api/v2/rooms/{u}-{r}/tv/state"])
        return [T("pino", pino_pre(30) + '"req":{"id":{{id}},"method":"{{m}}","url":"{{url}}","remoteAddress":"::ffff:{{ip}}","remotePort":{{rp}}},"res":{"statusCode":{{sc}}},"responseTime":{{rt}},"msg":"request completed"}',
                  id=R.randint(1000, 99999), m=R.choice(["GET", "GET", "PUT"]), url=url, ip=priv_ip(), rp=R.randint(32768, 60999),
                  sc=R.choice([200, 200, 200, 304, 204, 404]), rt=R.randint(1, 300))]
    if c == 2:
        return [T("pino", pino_pre(30) + '"module":"health","db":"up","redis":"up","mqtt":"connected","uptimeSec":{{u}},"rssMb":{{m}},"msg":"healthcheck ok"}',
                  u=R.randint(100, 900000), m=R.randint(120, 480))]
    if c == 3:
        return [T("pino", pino_pre(30) + '"module":"mqtt","published":{{p}},"inflight":{{i}},"retained":{{r}},"msg":"mqtt stats"}',
                  p=R.randint(1000, 90000), i=R.randint(0, 12), r=R.randint(300, 900))]
    if c == 4:
        return [T("pino", pino_pre(50) + '"err":{"type":"Error","message":"connect ECONNREFUSED 10.40.1.20:6379","stack":"Error: connect ECONNREFUSED 10.40.1.20:6379\\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)","code":"ECONNREFUSED"},"msg":"redis connection failed"}')]
    if c == 5:
        return [T("pino", pino_pre(30) + '"port":3000,"env":"production","version":"4.{{mi}}.{{pa}}","commit":"{{c}}","node":"v20.17.0","msg":"server listening"}',
                  mi=R.randint(10, 19), pa=R.randint(0, 9), c=hexs(7))]
    if c == 6:
        s = staff()
        return [T("pino", pino_pre(30) + '"module":"whiteboard","actor":{"userId":"{{uid}}","role":"{{role}}","displayName":"{{dn}}"},"room":"{{rm}}","field":"careTeam","msg":"care team updated"}',
                  uid=s[3], role=s[2], dn=f"{s[0]} {s[1]}", rm=f"{u}-{r}-{b}")]
    if c == 7:
        return [T("pino", pino_pre(40) + '"module":"edu","videoId":"{{v}}","cdn":"https://cdn.lmmc-ipc.net/edu/{{v}}/master.m3u8","ttfbMs":{{t}},"traceparent":"00-{{tr}}-{{sp}}-01","msg":"HLS manifest slow"}',
                  v=R.choice(VIDEOS)[0], t=R.randint(1500, 9000), tr=trace(), sp=hexs(16))]
    return [T("pino", pino_pre(30) + '"module":"meals","orderNo":"{{o}}","room":"{{rm}}","status":"{{s}}","trayEta":"{{eta}}","msg":"meal order status changed"}',
              o=order_no(), rm=f"{u}-{r}-{b}", s=R.choice(["ACCEPTED", "IN_PREP", "ON_CART", "DELIVERED"]), eta=(loc() + dt.timedelta(minutes=R.randint(10, 50))).strftime("%H:%M"))]


GOALS = ["Walk to nurses station 3x today with {{rel:name}}", "Call {{rel:name}} at {{relph:phone}} before discharge",
         "Discharge home {{dd:date}} with {{rel:name}} driving", "Up in chair for lunch", "Use incentive spirometer 10x/hr",
         "Pain 3 or less so {{gpf:name}} can sleep", "Teach-back insulin pen with {{rl}} {{rel:name}}", "Ask Dr. {{sl}} about home O2"]


def goal_text(p):
    q = rel(p)
    g = R.choice(GOALS)
    kw = {"rl": q["reltext"].lower(), "rel": q["first"], "relph": ph(q["cell"]), "dd": df(p["edd"], styles=EDD_STYLES), "gpf": p["pref"], "sl": R.choice(STAFF)[1]}
    return g, kw


def pino_phi():
    p = pick()
    c = R.randrange(7)
    if c == 0:
        g, kw = goal_text(p)
        return [T("pino", pino_pre(30) + '"module":"whiteboard","patientId":"{{u:other_id}}","room":"{{rm}}","changes":{"painScore":{{ps}},"goal":"' + g + '","dischargeDate":"{{dd2:date}}"},"msg":"whiteboard updated"}',
                  u=p["uuid"], rm=room(p), ps=R.randint(0, 10), dd2=df(p["edd"], "iso"), **kw)]
    if c == 1:
        q = rel(p)
        return [T("pino", pino_pre(30) + '"module":"video","callId":"{{cid}}","from":{"displayName":"{{n:name}}","email":"{{e:email}}","ip":"{{ip:ip}}"},"to":{"room":"{{rm}}","patient":"{{pn:name}}"},"msg":"family call ringing"}',
                  cid=uid(), n=nm(q, "fl"), e=q["email"], ip=q["ip"], rm=room(p), pn=nm(p, "fL"))]
    if c == 2:
        return [T("pino", pino_pre(30) + '"module":"auth","method":"wristband","mrn":"{{mrn:mrn}}","room":"{{rm}}","dob_verified":true,"msg":"bedside sign-in"}',
                  mrn=p["mrn"], rm=room(p))]
    if c == 3:
        its = R.sample(ITEMS, R.randint(1, 3))
        return [T("pino", pino_pre(30) + '"module":"meals","orderNo":"{{o}}","mrn":"{{mrn:mrn}}","dietOrder":"{{d}}","items":{{its}},"kcal":{{k}},"msg":"meal order placed"}',
                  o=order_no(), mrn=p["mrn"], d=R.choice(DIETS), its=json.dumps(its, separators=(",", ":"), ensure_ascii=False), k=R.randint(200, 1100))]
    if c == 4:
        d2 = p["admit"].date() + dt.timedelta(days=R.randint(1, 3))
        return [T("pino", pino_pre(50) + '"err":{"type":"ValidationError","message":"dischargeDate {{a:date}} precedes admitDate {{b:date}} for patient {{n:name}}"},"module":"whiteboard","msg":"rejected whiteboard update"}',
                  a=df(p["admit"].date() - dt.timedelta(days=1), "us"), b=df(p["admit"].date(), "us"), n=nm(p, "Lf"))]
    if c == 5:
        return [T("pino", pino_pre(30) + '"module":"portal","username":"{{u:other_id}}","patientId":"{{pid:other_id}}","event":"tv_pairing","code":"{{c}}","msg":"patient portal linked to bedside TV"}',
                  u=p["portal"], pid=p["uuid"], c=dig(6))]
    q = rel(p)
    return [T("pino", pino_pre(40) + '"module":"video","invite":{"code":"{{c:other_id}}","sentTo":"{{e:email}}","sms":"{{ph:phone}}"},"patientId":"{{u:other_id}}","msg":"invite SMS bounced, e-mail sent instead"}',
              c=q["invite"], e=q["email"], ph=ph(q["cell"], "e164"), u=p["uuid"])]


# ---------------------------------------------------------------- winston (edu-svc, meal-svc, survey-svc, billing)
def win_json(level, message, svc, rest):
    return '{"level":"%s","message":"%s",%s"service":"%s","timestamp":"%s"}' % (level, message, rest, svc, ts_isoz())


def winston_noise():
    c = R.randrange(9)
    if c == 0:
        v = R.choice(VIDEOS)
        return [T("winston-json", win_json("info", "catalog sync complete", "edu-svc", '"added":%d,"updated":%d,"retired":%d,"source":"krames-api-v3","durationMs":%d,' % (R.randint(0, 12), R.randint(0, 40), R.randint(0, 3), R.randint(800, 9000))))]
    if c == 1:
        return [T("winston-json", win_json("warn", "menu item missing nutrient data", "meal-svc", '"itemCode":"MI-%s","field":"potassium_mg","menuDate":"%s",' % (dig(4), REF.isoformat())))]
    if c == 2:
        return [T("winston-text", "{{ts}} [meal-svc] info: Order {{o}} accepted for room {{rm}} (tray line {{tl}}, eta {{eta}} min)",
                  ts=ts_winston_simple(), o=order_no(), rm="-".join(any_room()), tl=R.choice(["A", "B", "C"]), eta=R.randint(15, 55))]
    if c == 3:
        return [T("winston-text", "{{ts}} [edu-svc] debug: cache hit ratio {{r}} over {{n}} lookups (redis 10.40.1.20:6379 db 3)",
                  ts=ts_winston_simple(), r=f"{R.uniform(0.6, 0.99):.3f}", n=R.randint(100, 5000))]
    if c == 4:
        return [T("winston-json", win_json("error", "survey vendor push failed", "survey-svc", '"vendor":"press-ganey-sftp","host":"sftp.vendor-pg.example.net","port":22,"error":"ETIMEDOUT","retryIn":"%ds",' % R.choice([30, 60, 120])))]
    if c == 5:
        return [T("winston-text", "{{ts}} [survey-svc] info: {{n}} HCAHPS-IPC responses queued for export, {{k}} partial, template v3.2",
                  ts=ts_winston_simple(), n=R.randint(5, 90), k=R.randint(0, 10))]
    if c == 6:
        return [T("winston-json", win_json("info", "escalation contact updated", "ops", '"team":"IPC support","oncall":"%s %s","phone":"419-291-44%s","email":"ipc-support@lumaris-health.com",' % (R.choice(STAFF)[0], R.choice(STAFF)[1], dig(2))))]
    if c == 7:
        return [T("winston-text", "{{ts}} [billing-svc] warn: movie rental charge retry job: {{n}} pending, oldest {{m}} min, gateway=stripe api 2024-06-20",
                  ts=ts_winston_simple(), n=R.randint(0, 9), m=R.randint(1, 300))]
    u, r, b = any_room()
    return [T("winston-json", win_json("info", "assignment auto-completed", "edu-svc", '"assignmentId":"A-%d","room":"%s-%s-%s","videoId":"%s","pctWatched":%d,' % (R.randint(88000, 89999), u, r, b, R.choice(VIDEOS)[0], R.randint(90, 100))))]


def winston_phi():
    p = pick()
    c = R.randrange(9)
    v = R.choice(VIDEOS)
    s = staff()
    if c == 0:
        return [T("winston-json", '{"level":"info","message":"education assigned","assignment":{"id":"A-{{a}}","videoId":"{{v}}","title":"{{ti}}"},"patient":{"mrn":"{{mrn:mrn}}","name":"{{n:name}}"},"assignedBy":"{{sb}}","service":"edu-svc","timestamp":"{{ts}}"}',
                  a=R.randint(88000, 89999), v=v[0], ti=v[1], mrn=p["mrn"], n=nm(p, R.choice(["Lf", "fl", "LF"])), sb=s[3], ts=ts_isoz())]
    if c == 1:
        return [T("winston-text", "{{ts}} [edu-svc] info: {{n:name}} ({{mrn:mrn}}) completed \"{{ti}}\" {{pct}}% teach-back={{tb}} witness={{w}}",
                  ts=ts_winston_simple(), n=nm(p, R.choice(["fl", "Fl", "fml"])), mrn=p["mrn"], ti=v[1], pct=R.randint(80, 100), tb=R.choice(["PASS", "NEEDS_REVIEW"]), w=f"{s[0]} {s[1]}, {s[2]}")]
    if c == 2:
        q = rel(p)
        return [T("winston-json", '{"level":"error","message":"charge failed: card_declined","service":"billing-svc","rental":{"title":"{{mt}}","priceCents":499},"pan":"{{pan:account}}","cardholder":"{{ch:name}}","room":"{{rm}}","timestamp":"{{ts}}"}',
                  mt=R.choice(["Top Gun: Maverick", "Encanto", "The Holdovers", "Oppenheimer"]), pan=fmt_card(q["card"]), ch=nm(q, R.choice(["UPPER", "fl"])), rm=room(p), ts=ts_isoz())]
    if c == 3:
        q = rel(p)
        return [T("winston-text", "{{ts}} [parking-svc] info: validation issued plate={{pl:vehicle}} state={{st}} for visitor {{n:name}} ({{rl}} of pt in {{rm}}) 72h",
                  ts=ts_winston_simple(), pl=q["plate"], st=q["state"], n=nm(q, "fl"), rl=q["reltext"].lower(), rm=f"{p['unit']}-{p['room']}")]
    if c == 4:
        comments = ["My {{rl}} {{r:name}} could not get the video call to work on the TV.", "Please call me back at {{ph:phone}} about the TV charge.",
                    "Nurse {{sf}} was amazing. Food was cold twice.", "Too noisy at night; the room 4 doors down had the TV loud.",
                    "Dr. {{sl}} explained everything. My {{rl}} {{r:name}} appreciated the video calls.", "Send the results to {{em:email}} please"]
        cm = R.choice(comments)
        q = rel(p)
        return [T("winston-json", '{"level":"info","message":"survey submitted","service":"survey-svc","surveyId":"S-' + dig(6) + '","visitNo":"{{v:other_id}}","scores":{"nurseCourtesy":{{a}},"quiet":{{b}},"overall":{{c}}},"comment":"' + cm + '","timestamp":"{{ts}}"}',
                  v=p["visit"], a=R.randint(1, 4), b=R.randint(1, 4), c=R.randint(0, 10), r=q["first"], rl=q["reltext"].lower(), ph=ph(p["cell"]), sf=R.choice(STAFF)[0], sl=R.choice(STAFF)[1], em=p["email"], ts=ts_isoz())]
    if c == 5:
        return [T("winston-text", "{{ts}} [meal-svc] warn: tray ticket reprint {{o}} {{n:name}} DOB {{d:date}} Rm {{rm}} diet {{di}} ALLERGY: {{al}}",
                  ts=ts_winston_simple(), o=order_no(), n=nm(p, "LF"), d=df(p["dob"], R.choice(["us", "us2", "usn"])), rm=f"{p['unit']}-{p['room']}{p['bed']}", di=R.choice(DIETS), al=R.choice(["NKFA", "PEANUT", "SHELLFISH", "GLUTEN"]))]
    if c == 6:
        return [T("winston-json", win_json("info", "follow-up appointment pushed to TV", "edu-svc", '"mrn":"{{mrn:mrn}}","appt":{"date":"{{d:date}}","time":"{{t}}","clinic":"LMMC Heart & Vascular, 2200 Jefferson Ave Suite 300","phone":"419-291-5300"},'),
                  mrn=p["mrn"], d=df(REF + dt.timedelta(days=R.randint(7, 30)), "iso"), t=R.choice(["09:20", "10:40", "13:15", "15:00"]))]
    if c == 7:
        return [T("winston-text", "{{ts}} [survey-svc] info: survey invite e-mailed to {{e:email}} (visit {{v:other_id}}, discharged {{d:date}})",
                  ts=ts_winston_simple(), e=p["email"], v=p["visit"], d=df(REF, R.choice(["iso", "us", "long"])))]
    q = rel(p)
    return [T("winston-json", win_json("warn", "visitor badge issued", "security-bridge", '"visitor":"{{n:name}}","dl":"{{dl:license}}","dlState":"%s","patientRoom":"%s","relationship":"%s",' % (q["state"], room(p), q["reltext"])),
              n=nm(q, "Lf"), dl=q["dl"])]


# ---------------------------------------------------------------- Serilog (.NET integration service)
SRC = ["Lmmc.Ipc.Integration.Adt.AdtConsumer", "Lmmc.Ipc.Integration.Rooms.RoomAssignmentHandler",
       "Lmmc.Ipc.Integration.Whiteboard.WhiteboardSync", "Lmmc.Ipc.Integration.NurseCall.RaulandBridge",
       "Lmmc.Ipc.Integration.Edu.EpicFlowsheetWriter", "Microsoft.Hosting.Lifetime", "Lmmc.Ipc.Integration.Identity.PatientSecureClient"]


def st(lvl, msg_tmpl, **kw):
    return T("serilog-text", f"{ts_serilog()} [{lvl}] " + msg_tmpl, **kw)


def serilog_noise():
    c = R.randrange(9)
    if c == 0:
        return [st("INF", "Now listening on: \"http://[::]:5080\"")]
    if c == 1:
        return [st("INF", "Consumed {{n}} messages from queue \"ipc.adt.inbound\" in {{ms}} ms (prefetch {{pf}})", n=R.randint(1, 60), ms=R.randint(5, 900), pf=R.choice([10, 20, 50]))]
    if c == 2:
        out = [st("ERR", "Flowsheet write to Epic failed for assignment \"A-{{a}}\"", a=R.randint(88000, 89999)),
               T("serilog-text", "System.Net.Http.HttpRequestException: Response status code does not indicate success: 502 (Bad Gateway)."),
               T("serilog-text", "   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()"),
               T("serilog-text", "   at Lmmc.Ipc.Integration.Edu.EpicFlowsheetWriter.WriteAsync(EduCompletion completion, CancellationToken ct) in /src/Lmmc.Ipc.Integration/Edu/EpicFlowsheetWriter.cs:line {{l}}", l=R.randint(40, 200))]
        return out
    if c == 3:
        return [T("serilog-clef", '{"@t":"{{t}}","@mt":"Health check {HealthCheckName} completed after {ElapsedMs}ms with status {Status}","HealthCheckName":"{{h}}","ElapsedMs":{{e}},"Status":"Healthy","SourceContext":"Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService","MachineName":"IPCINT0{{m}}"}',
                  t=ts_clef(), h=R.choice(["rabbitmq", "sqlserver", "epic-fhir", "mqtt"]), e=f"{R.uniform(0.5, 90):.4f}", m=R.randint(1, 2))]
    if c == 4:
        return [T("serilog-clef", '{"@t":"{{t}}","@mt":"Retrying {Operation} in {Delay} (attempt {Attempt})","@l":"Warning","Operation":"PublishRoomState","Delay":"00:00:0{{d}}","Attempt":{{a}},"SourceContext":"Lmmc.Ipc.Integration.Mqtt.RoomPublisher","TraceId":"{{tr}}","SpanId":"{{sp}}"}',
                  t=ts_clef(), d=R.randint(1, 8), a=R.randint(1, 5), tr=trace(), sp=hexs(16))]
    if c == 5:
        s = staff()
        return [st("INF", "Nurse call {{c}} answered by \"{{n}}\" ({{r}}) after {{s}}s at {{u}}", c=call_id(), n=f"{s[0]} {s[1]}", r=s[2], s=R.randint(15, 400), u="-".join(any_room()))]
    if c == 6:
        return [st("WRN", "Room {{rm}} has no active encounter; whiteboard set to VACANT template (build 2024.10.{{b}}+{{bn}})", rm="-".join(any_room()), b=R.randint(1, 14), bn=R.randint(1000, 9999))]
    if c == 7:
        return [st("DBG", "RabbitMQ channel {{ch}} basic.ack deliveryTag={{dt}} multiple=false", ch=R.randint(1, 9), dt=R.randint(1000, 90000))]
    return [T("serilog-clef", '{"@t":"{{t}}","@mt":"Application started. Hosting environment: {EnvName}; Content root path: {ContentRoot}","EnvName":"Production","ContentRoot":"C:\\\\Services\\\\IpcIntegration\\\\","SourceContext":"Microsoft.Hosting.Lifetime"}', t=ts_clef())]


def serilog_phi():
    p = pick()
    c = R.randrange(9)
    if c == 0:
        return [st("INF", "Received ADT {{ev}}: MSH|^~\\&|EPIC|LMMC|IPC_ENGINE|BEDSIDEONE|{{ts}}||ADT^{{ev}}|{{ctl}}|P|2.5.1\\rPID|1||{{mrn:mrn}}^^^LMMC^MR||{{n:name}}||{{d:date}}|{{sx}}\\rPV1|1|I|{{u}}^{{r}}^{{b}}^LMMC",
                   ev=R.choice(["A01", "A02", "A08"]), ts=ts_hl7(), ctl="LMMC" + ts_hl7() + dig(3), mrn=p["mrn"], n=xpn(p), d=df(p["dob"], "hl7"), sx=p["sex"], u=p["unit"], r=p["room"], b=p["bed"])]
    if c == 1:
        return [st("INF", "Room transfer for MRN \"{{mrn:mrn}}\" from \"{{a}}\" to \"{{b}}\" (visit \"{{v:other_id}}\")", mrn=p["mrn"], a="-".join(any_room()), b=room(p), v=p["visit"])]
    if c == 2:
        return [T("serilog-clef", '{"@t":"{{t}}","@mt":"Processed {EventType} for {Mrn} in {Elapsed:0.0} ms","EventType":"{{ev}}","Mrn":"{{mrn:mrn}}","Elapsed":{{e}},"PatientName":"{{n:name}}","SourceContext":"Lmmc.Ipc.Integration.Adt.AdtConsumer","MachineName":"IPCINT01","ThreadId":{{th}}}',
                  t=ts_clef(), ev=R.choice(["A01", "A02", "A03", "A08"]), mrn=p["mrn"], e=f"{R.uniform(2, 300):.3f}", n=nm(p, "Lf"), th=R.randint(4, 40))]
    if c == 3:
        tpl = base64.b64encode(b"PVT1" + bytes(R.randrange(256) for _ in range(60))).decode()
        return [T("serilog-clef", '{"@t":"{{t}}","@mt":"PatientSecure palm-vein match {Score} for {Mrn}","@l":"Debug","Score":0.{{sc}},"Mrn":"{{mrn:mrn}}","EnrollmentRef":"{{pr:other_id}}","Template":"{{tp:biometric}}","SourceContext":"Lmmc.Ipc.Integration.Identity.PatientSecureClient"}',
                  t=ts_clef(), sc=R.randint(900, 999), mrn=p["mrn"], pr=p["palm"], tp=tpl)]
    if c == 4:
        return [st("WRN", "Whiteboard sync: expected discharge \"{{d:date}}\" for {{n:name}} differs from Epic value \"{{d2:date}}\"; keeping Epic",
                   d=df(p["edd"], "us"), n=nm(p, "fl"), d2=df(p["edd"] + dt.timedelta(days=1), "us"))]
    if c == 5:
        p = pick_age()
        return [st("INF", "Nurse call {{c}} placed from pillow speaker for \"{{n:name}}\" age {{a}} at {{rm}}", c=call_id(), n=nm(p, "Lf"), a=AGE(p), rm=room(p))]
    if c == 6:
        out = [st("ERR", "Failed to publish whiteboard for patient {{mrn:mrn}} ({{n:name}})", mrn=p["mrn"], n=nm(p, "LF")),
               T("serilog-text", "MQTTnet.Exceptions.MqttCommunicationTimedOutException: Exception of type 'MQTTnet.Exceptions.MqttCommunicationTimedOutException' was thrown."),
               T("serilog-text", "   at MQTTnet.Client.MqttClient.PublishAsync(MqttApplicationMessage applicationMessage, CancellationToken cancellationToken)"),
               T("serilog-text", "   at Lmmc.Ipc.Integration.Mqtt.RoomPublisher.PublishAsync(String topic, Object payload) in /src/Lmmc.Ipc.Integration/Mqtt/RoomPublisher.cs:line {{l}}", l=R.randint(30, 140))]
        return out
    if c == 7:
        return [T("serilog-clef", '{"@t":"{{t}}","@mt":"Education completion written to flowsheet for {Mrn} / {Csn}","Mrn":"{{mrn:mrn}}","Csn":"{{csn:other_id}}","VideoId":"{{v}}","FlowsheetRowId":"{{fr}}","SourceContext":"Lmmc.Ipc.Integration.Edu.EpicFlowsheetWriter"}',
                  t=ts_clef(), mrn=p["mrn"], csn=p["csn"], v=R.choice(VIDEOS)[0], fr="IPC" + dig(5))]
    return [st("INF", "Discharge fax of TV education summary queued to patient home fax {{f:fax}} for {{n:name}} (SSN last4 {{s4:ssn}} verified)",
               f=ph(p["fax"]), n=nm(p, R.choice(["fl", "Lf"])), s4=p["ssn"][2])]


# ---------------------------------------------------------------- nginx
UA_STB = ["okhttp/4.12.0", "ipc-stb-agent/3.8.14 (Linux armv7l)", "Dalvik/2.1.0 (Linux; U; Android 11; LH43-PRO Build/RQ3A.211001.001)", "kube-probe/1.28"]
UA_FAM = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
          "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Mobile Safari/537.36",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36 Edg/129.0.0.0"]


def ngx(ip, req, code, size, ref, ua, catip=None):
    return ip, req, code, size, ref, ua


def nginx_noise():
    c = R.randrange(7)
    u, r, b = any_room()
    if c == 6:
        return [T("nginx-error", "{{ts}} [error] 31#31: *{{cn}} upstream timed out (110: Connection timed out) while reading response header from upstream, client: {{ip}}, server: ipc.lmmc.local, request: \"GET /api/v2/rooms/{{u}}-{{r}}/context HTTP/1.1\", upstream: \"http://10.40.1.12:3000/api/v2/rooms/{{u}}-{{r}}/context\", host: \"ipc.lmmc.local\"",
                  ts=ts_nginx_err(), cn=R.randint(1000, 99999), ip=priv_ip(), u=u, r=r)]
    if c == 5:
        return [T("nginx-error", "{{ts}} [warn] 31#31: *{{cn}} an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/{{a}}/{{b}}/00000{{d}} while reading upstream, client: {{ip}}, server: ipc.lmmc.local, request: \"GET /edu/hls/{{v}}/1080p/seg_00{{s}}.ts HTTP/1.1\"",
                  ts=ts_nginx_err(), cn=R.randint(1000, 99999), a=R.randint(0, 9), b=R.randint(10, 99), d=dig(5), ip=priv_ip(), v=R.choice(VIDEOS)[0], s=dig(3))]
    req = R.choice([f"GET /api/v2/rooms/{u}-{r}/context HTTP/1.1", "GET /healthz HTTP/1.1", f"GET /api/v2/menus/{REF.isoformat()}?unit={u} HTTP/1.1",
                    f"GET /edu/hls/{R.choice(VIDEOS)[0]}/720p/seg_{dig(5)}.ts HTTP/1.1", f"PUT /api/v2/rooms/{u}-{r}/tv/state HTTP/1.1",
                    "GET /family/static/js/main.8f3a2c1d.js HTTP/2.0", "POST /api/v2/telemetry/batch HTTP/1.1"])
    ip = "10.40.0.1" if "healthz" in req else priv_ip()
    ua = "kube-probe/1.28" if "healthz" in req else R.choice(UA_STB[:3])
    code = 200 if "healthz" in req else R.choice([200, 200, 200, 304, 204] if req.startswith("GET") else [200, 204, 201])
    return [T("nginx-access", '{{ip}} - - [{{ts}}] "{{req}}" {{c}} {{sz}} "-" "{{ua}}" rt={{rt}} uct={{uct}} urt={{rt}}',
              ip=ip, ts=ts_nginx(), req=req, c=code, sz=0 if code in (204, 304) else (2 if "healthz" in req else R.randint(80, 90000)), ua=ua,
              rt=f"{R.uniform(0.001, 0.6):.3f}", uct=f"{R.uniform(0, 0.004):.3f}")]


def nginx_phi():
    p = pick()
    q = rel(p)
    c = R.randrange(5)
    if c == 0:
        return [T("nginx-access", '{{ip}} - - [{{ts}}] "GET /api/v2/patients/{{mrn:mrn}}/education?status=assigned HTTP/1.1" 200 {{sz}} "-" "okhttp/4.12.0" rt={{rt}}',
                  ip=priv_ip(), ts=ts_nginx(), mrn=p["mrn"], sz=R.randint(200, 9000), rt=f"{R.uniform(0.003, 0.3):.3f}")]
    if c == 1:
        return [T("nginx-access", '{{ip:ip}} - - [{{ts}}] "POST /family/v1/calls/join HTTP/2.0" 200 {{sz}} "https://family.lmmc-ipc.net/invite/{{c:other_id}}" "{{ua}}" rt={{rt}}',
                  ip=q["ip"], ts=ts_nginx(), sz=R.randint(200, 2000), c=q["invite"], ua=R.choice(UA_FAM), rt=f"{R.uniform(0.01, 0.4):.3f}")]
    if c == 2:
        return [T("nginx-access", '{{ip:ip}} - - [{{ts}}] "GET /family/v1/invite/{{c:other_id}}?email={{e:email}}&utm_source=sms HTTP/2.0" 302 0 "-" "{{ua}}" rt=0.004',
                  ip=q["ip"], ts=ts_nginx(), c=q["invite"], e=q["email"].replace("@", "%40"), ua=R.choice(UA_FAM))]
    if c == 3:
        return [T("nginx-access", '{{ip}} - {{su}} [{{ts}}] "GET /api/v2/search?q={{n:name}}&dob={{d:date}} HTTP/1.1" 200 {{sz}} "https://ipc-admin.lmmc.local/census" "{{ua}}" rt={{rt}}',
                  ip=f"10.20.{R.randint(1, 9)}.{R.randint(2, 250)}", su=staff()[3], ts=ts_nginx(), n=ascii_fold(p["last"]).lower().replace(" ", "+").replace("'", "%27"),
                  d=df(p["dob"], "iso"), sz=R.randint(300, 3000), ua=UA_FAM[2], rt=f"{R.uniform(0.01, 0.4):.3f}")]
    return [T("nginx-error", '{{ts}} [error] 31#31: *{{cn}} limiting requests, excess: 10.{{ex}} by zone "family", client: {{ip:ip}}, server: family.lmmc-ipc.net, request: "GET /family/v1/invite/{{c:other_id}} HTTP/2.0", host: "family.lmmc-ipc.net"',
              ts=ts_nginx_err(), cn=R.randint(1000, 99999), ex=R.randint(100, 999), ip=q["ip"], c=q["invite"])]


# ---------------------------------------------------------------- mosquitto + room gateway payloads
def mosq_noise():
    h, u, r, b = rand_stb()
    ip = priv_ip()
    c = R.randrange(6)
    t = ts_s()
    if c == 0:
        return [T("mosquitto", "{{t}}: New connection from {{ip}}:{{p}} on port 8883.", t=t, ip=ip, p=R.randint(32768, 60999))]
    if c == 1:
        return [T("mosquitto", "{{t}}: New client connected from {{ip}}:{{p}} as {{h}} (p2, c0, k60, u'{{uu}}').", t=t, ip=ip, p=R.randint(32768, 60999), h=h, uu="stb-" + u.lower())]
    if c == 2:
        return [T("mosquitto", "{{t}}: Client {{h}} closed its connection.", t=t, h=h)]
    if c == 3:
        return [T("mosquitto", "{{t}}: Saving in-memory database to /mosquitto/data/mosquitto.db.", t=t)]
    if c == 4:
        return [T("mosquitto", "{{t}}: Client {{h}} has exceeded timeout, disconnecting.", t=t, h=h)]
    return [T("mosquitto", "{{t}}: Received PUBLISH from ipc-api-{{x}} (d0, q1, r1, m{{m}}, 'lmmc/ipc/rooms/{{u}}/{{r}}{{b}}/whiteboard', ... ({{n}} bytes))",
              t=t, x=hexs(6), m=R.randint(1, 60000), u=u, r=r, b=b, n=R.randint(200, 2400))]


def gw(topic, payload_tmpl, **kw):
    return T("mqtt-gw", f"{ts_iso_local()} room-gw PUB {topic} q1 r{R.choice([0, 1])} " + payload_tmpl, **kw)


def mqtt_noise():
    h, u, r, b = rand_stb()
    c = R.randrange(5)
    if c == 0:
        return [gw(f"lmmc/ipc/rooms/{u}/{r}{b}/cmd", '{"cmd":"tv.power","state":"{{s}}","src":"{{src}}","seq":{{q}}}', s=R.choice(["on", "off"]), src=R.choice(["nursecall", "schedule", "remote"]), q=R.randint(1, 99999))]
    if c == 1:
        return [gw(f"lmmc/ipc/rooms/{u}/{r}{b}/cmd", '{"cmd":"edu.play","videoId":"{{v}}","assignmentId":"A-{{a}}","autoplay":true}', v=R.choice(VIDEOS)[0], a=R.randint(88000, 89999))]
    if c == 2:
        return [gw(f"lmmc/ipc/units/{u}/menu", '{"date":"{{d}}","period":"{{per}}","etag":"{{e}}","items":{{n}}}', d=REF.isoformat(), per=R.choice(["BREAKFAST", "LUNCH", "DINNER"]), e=hexs(12), n=R.randint(20, 70))]
    if c == 3:
        return [gw(f"lmmc/ipc/rooms/{u}/{r}{b}/whiteboard", '{"v":3,"state":"VACANT","cleanStatus":"{{cs}}","evsTicket":"EVS-{{t}}"}', cs=R.choice(["DIRTY", "IN_PROGRESS", "CLEAN"]), t=dig(6))]
    s = staff()
    return [gw(f"lmmc/ipc/rooms/{u}/{r}{b}/careteam", '{"rn":{"name":"{{a}}","ext":"x4-{{e}}","photo":"https://cdn.lmmc-ipc.net/staff/{{sid}}.jpg"},"shift":"{{sh}}"}',
               a=f"{s[0]} {s[1][0]}.", e=dig(4), sid=dig(5), sh=R.choice(["DAY", "NIGHT"]))]


def mqtt_phi():
    p = pick()
    tp = f"lmmc/ipc/rooms/{p['unit']}/{p['room']}{p['bed']}"
    c = R.randrange(4)
    s = staff()
    if c == 0:
        p = pick_age()
        tp = f"lmmc/ipc/rooms/{p['unit']}/{p['room']}{p['bed']}"
        g, kw = goal_text(p)
        return [gw(tp + "/whiteboard", '{"v":3,"pt":{"name":"{{n:name}}","preferred":"{{pf:name}}","age":{{a}}},"rn":"' + f"{s[0]} {s[1][0]}." + '","goal":"' + g + '","pain":{{pn}},"edd":"{{ed:date}}"}',
                   n=nm(p, R.choice(["fL", "fl", "Fl"])), pf=p["pref"], a=AGE(p), pn=R.randint(0, 10), ed=df(p["edd"], "iso"), **kw)]
    if c == 1:
        return [gw(tp + "/adt", '{"event":"{{ev}}","mrn":"{{mrn:mrn}}","name":"{{n:name}}","dob":"{{d:date}}","from":"{{f}}","to":"{{to}}"}',
                   ev=R.choice(["A01", "A02"]), mrn=p["mrn"], n=nm(p, "LF"), d=df(p["dob"], "iso"), f="-".join(any_room()), to=room(p))]
    if c == 2:
        return [gw(tp + "/whiteboard/photo", '{"mime":"image/jpeg","purpose":"patient-id","data":"data:image/jpeg;base64,{{b:photo}}"}', b=b64_jpeg(R.randint(90, 180)))]
    return [gw(tp + "/survey", '{"open":true,"visit":"{{v:other_id}}","lang":"{{l}}","respondent":"{{n:name}}"}', v=p["visit"], l=R.choice(["en", "es", "ar"]), n=nm(p, "fl"))]


# ---------------------------------------------------------------- nurse call bridge (key=value)
def nc(lvl, kv_tmpl, **kw):
    return T("nursecall-kv", f"{ts_iso_local()} nc-bridge[2231] {lvl} " + kv_tmpl, **kw)


def nursecall_noise():
    u, r, b = any_room()
    c = R.randrange(5)
    cid = call_id()
    if c == 0:
        return [nc("INFO", "evt=CALL_PLACED callId={{c}} loc={{u}}-{{r}}-{{b}} src=PILLOW_SPEAKER dev=PS-{{u}}{{r}}{{b}} prio={{p}}", c=cid, u=u, r=r, b=b, p=R.choice(["NORMAL", "NORMAL", "BATH", "STAFF_ASSIST"]))]
    if c == 1:
        s = staff()
        return [nc("INFO", "evt=CALL_ANSWERED callId={{c}} by=\"{{n}}\" role={{ro}} badge=VB-{{bd}} resp_ms={{ms}}", c=cid, n=f"{s[1]}, {s[0]}", ro=s[2], bd=dig(5), ms=R.randint(8000, 400000))]
    if c == 2:
        return [nc("WARN", "evt=DEVICE_FAULT dev=PS-{{u}}{{r}}{{b}} fault=CORD_UNPLUGGED loc={{u}}-{{r}}-{{b}} ticket=BIOMED-{{t}}", u=u, r=r, b=b, t=dig(6))]
    if c == 3:
        return [nc("INFO", "evt=HEARTBEAT master=RAULAND-R5K-01 stations={{n}} active_calls={{a}} latency_ms={{l}}", n=R.randint(300, 420), a=R.randint(0, 25), l=R.randint(2, 80))]
    return [nc("INFO", "evt=CALL_CANCELED callId={{c}} loc={{u}}-{{r}}-{{b}} reason=PRESENCE dur={{d}}s", c=cid, u=u, r=r, b=b, d=R.randint(5, 600))]


def nursecall_phi():
    p = pick()
    c = R.randrange(4)
    q = rel(p)
    if c == 0:
        return [nc("INFO", "evt=CALL_PLACED callId={{c}} loc={{rm}} src=PILLOW_SPEAKER prio=NORMAL pt=\"{{n:name}}\" mrn={{mrn:mrn}}", c=call_id(), rm=room(p), n=nm(p, "LF"), mrn=p["mrn"])]
    if c == 1:
        return [nc("INFO", "evt=VOICE_REQUEST callId={{c}} loc={{rm}} transcript=\"please call my {{rl}} {{qn:name}} at {{ph:phone}} tell them I'm moving to {{nr}}\"",
                   c=call_id(), rm=room(p), rl=q["reltext"].lower(), qn=q["first"], ph=ph(q["cell"], R.choice(["sp", "dash", "plain"])), nr="room " + any_room()[1])]
    if c == 2:
        p = pick_age()
        return [nc("WARN", "evt=BED_EXIT loc={{rm}} pt={{n:name}} age={{a}} fall_risk=HIGH escalate=CHARGE_RN", rm=room(p), n=nm(p, "LFnospace"), a=AGE(p))]
    return [nc("INFO", "evt=ADT_SYNC loc={{rm}} pt_id={{mrn:mrn}} pt_name={{n:name}} enc={{v:other_id}} op=ASSIGN", rm=room(p), mrn=p["mrn"], n=xpn(p), v=p["visit"])]


# ---------------------------------------------------------------- coturn (family video calls)
def coturn_noise():
    s = f"{R.randint(0, 3):03d}" + f"{R.randint(0, 999999999999999):015d}"
    c = R.randrange(4)
    up = R.randint(1000, 900000)
    if c == 0:
        return [T("coturn", "{{u}}: : session {{s}}: closed (2nd stage), user <> realm <turn.lmmc-ipc.net> origin <>, local 10.40.1.30:3478, remote {{ip}}:{{p}}, reason: allocation timeout",
                  u=up, s=s, ip=priv_ip(), p=R.randint(30000, 60000))]
    if c == 1:
        return [T("coturn", "0: : IPv4. Listener opened on : 10.40.1.30:{{p}}", p=R.choice([3478, 5349]))]
    if c == 2:
        return [T("coturn", "{{u}}: : Total General servers: {{n}}, relay ports {{a}}-{{b}}", u=up, n=R.choice([4, 8]), a=49152, b=65535)]
    return [T("coturn", "{{u}}: : session {{s}}: refreshed, realm=<turn.lmmc-ipc.net>, username=<{{ts}}:stb-{{x}}>, lifetime=600",
              u=up, s=s, ts=int(CLK[0].timestamp()) + 3600, x="-".join(any_room()[:2]).lower() + "")]


def coturn_phi():
    p = pick()
    q = rel(p)
    s = f"{R.randint(0, 3):03d}" + f"{R.randint(0, 999999999999999):015d}"
    up = R.randint(1000, 900000)
    c = R.randrange(3)
    if c == 0:
        return [T("coturn", "{{u}}: : session {{s}}: realm <turn.lmmc-ipc.net> user <{{ex}}:{{un:other_id}}>: incoming packet ALLOCATE processed, success",
                  u=up, s=s, ex=int(CLK[0].timestamp()) + 86400, un=q["turn"])]
    if c == 1:
        return [T("coturn", "{{u}}: : session {{s}}: peer {{ip:ip}} lifetime updated: 600", u=up, s=s, ip=q["ip"])]
    return [T("coturn", "{{u}}: : session {{s}}: new, realm=<turn.lmmc-ipc.net>, username=<{{ex}}:{{un:other_id}}>, lifetime=600, remote {{ip:ip}}:{{pt}}",
              u=up, s=s, ex=int(CLK[0].timestamp()) + 86400, un=q["turn"], ip=q["ip"], pt=R.randint(30000, 60000))]


# ---------------------------------------------------------------- ETL (python logging) + CSV/PSV exports
def etl(lvl, logger, msg_tmpl, **kw):
    return T("etl-python", f"{ts_comma()} {lvl} {logger}: " + msg_tmpl, **kw)


def etl_noise():
    c = R.randrange(6)
    tbl = R.choice(["census", "edu_completions", "meal_orders", "nurse_calls", "surveys"])
    dd = (REF - dt.timedelta(days=1)).isoformat()
    if c == 0:
        return [etl("INFO", "dw_export.runner", "starting nightly export run_id={{r}} targets=[census,edu_completions,meal_orders,nurse_calls,surveys]", r=REF.strftime("%Y%m%d") + "-0200")]
    if c == 1:
        return [etl("INFO", "dw_export.writers", "wrote {{n}} rows to s3://lmmc-dw-landing/ipc/{{t}}/dt={{d}}/part-00000.csv.gz ({{m}} MiB, sha256={{s}})",
                    n=f"{R.randint(100, 20000):,}", t=tbl, d=dd, m=f"{R.uniform(0.1, 9):.1f}", s=sha())]
    if c == 2:
        return [etl("ERROR", "dw_export.snowflake", "COPY INTO IPC_RAW.{{t}} failed: Numeric value 'N/A' is not recognized  File '{{tl}}/dt={{d}}/part-00000.csv.gz', line {{l}}, character {{ch}}",
                    t=tbl.upper(), tl=tbl, d=dd, l=R.randint(2, 900), ch=R.randint(1, 200))]
    if c == 3:
        return [etl("INFO", "dw_export.runner", "finished in {{s}}s rows={{r}} rejected={{j}} exit=0", s=f"{R.uniform(60, 900):.1f}", r=R.randint(3000, 30000), j=R.randint(0, 8))]
    if c == 4:
        return [etl("WARNING", "botocore.credentials", "Refreshing temporary credentials failed during mandatory refresh period.")]
    return [etl("DEBUG", "dw_export.db", "SELECT ... FROM ipc.nurse_call_events WHERE closed_at >= %(start)s AND closed_at < %(end)s -- params start={{a}} end={{b}} rows={{n}}",
                a=dd + "T00:00:00", b=REF.isoformat() + "T00:00:00", n=R.randint(100, 3000))]


def etl_phi():
    p = pick()
    c = R.randrange(3)
    if c == 0:
        return [etl("WARNING", "dw_export.validate", "row {{r}} rejected: invalid birth_date '{{d:date}}' for mrn={{mrn:mrn}}", r=R.randint(2, 2000),
                    d=f"{R.choice([2, 4, 6, 9, 11])}/{R.choice([30, 31])}/{p['dob'].year}", mrn=p["mrn"])]
    if c == 1:
        m2 = f"{R.randint(104000, 2899999):08d}"
        return [etl("DEBUG", "dw_export.dedupe", "merged duplicate patient rows {'mrn': '{{m1:mrn}}', 'last_name': '{{l:name}}', 'first_name': '{{f:name}}', 'dob': '{{d:date}}'} <- {'mrn': '{{m2:mrn}}'}",
                    m1=p["mrn"], l=p["last"], f=p["first"], d=df(p["dob"], "iso"), m2=m2)]
    p = pick_age()
    return [etl("WARNING", "dw_export.validate", "census row for visit {{v:other_id}} has age {{a}} but no dob; name={{n:name}}", v=p["visit"], a=AGE(p), n=nm(p, "UPPER"))]


def csvq(s):
    return '"' + s + '"' if ("," in s or " " in s and R.random() < 0.3) else s


def csv_census_block(n):
    out = [T("csv", "mrn,visit_no,last_name,first_name,dob,age,unit,room,bed,admit_dt,expected_dc,attending,payer,member_id")]
    for _ in range(n):
        p = pick()
        a = R.choice([x for x in STAFF if x[2] == "MD"])
        L = Line("csv")
        L.p(p["mrn"], "mrn").t(",").p(p["visit"], "other_id").t(",")
        ln = csvq(p["last"])
        if ln.startswith('"'):
            L.t('"').p(p["last"], "name").t('"')
        else:
            L.p(p["last"], "name")
        L.t(",").p(p["first"], "name").t(",").p(df(p["dob"], "iso"), "date").t(",")
        L.x(str(p["age"]), "age" if p["age"] >= 90 else None)
        L.t(f",{p['unit']},{p['room']},{p['bed']},").p(p["admit"].strftime("%Y-%m-%d %H:%M"), "date").t(",").p(df(p["edd"], "iso"), "date")
        L.t(f",\"{a[1]}, {a[0]}\",{p['plan'][0]},").p(p["member"], "health_plan")
        out.append(L)
    return out


def csv_edu_block(n):
    out = [T("csv", "assignment_id;mrn;patient_name;unit;video_id;title;status;pct_watched;minutes;teach_back;assigned_by")]
    for _ in range(n):
        p = pick()
        v = R.choice(VIDEOS)
        st_ = R.choice(["COMPLETED", "IN_PROGRESS", "ASSIGNED"])
        out.append(T("csv", "A-{{a}};{{mrn:mrn}};{{n:name}};{{u}};{{v}};{{t}};{{s}};{{pc}};{{m}};{{tb}};{{ab}}",
                     a=R.randint(88000, 89999), mrn=p["mrn"].lstrip("0") if R.random() < 0.3 else p["mrn"], n=nm(p, R.choice(["Lf", "LF", "fl"])),
                     u=p["unit"], v=v[0], t=v[1], s=st_, pc={"COMPLETED": R.randint(85, 100), "IN_PROGRESS": R.randint(5, 80), "ASSIGNED": 0}[st_], m=R.randint(0, v[2]),
                     tb=R.choice(["Y", "N", ""]), ab=staff()[3]))
    return out


def csv_noise_block(n):
    kind = R.randrange(3)
    if kind == 0:
        out = [T("csv", "unit,service_date,avg_pain_score,nurse_calls,median_response_sec,p90_response_sec")]
        for u in R.sample(list(UNITS), min(n, 5)):
            out.append(T("csv", "{{u}},{{d}},{{a}},{{c}},{{m}},{{p}}", u=u, d=(REF - dt.timedelta(days=1)).isoformat(), a=f"{R.uniform(2, 5):.1f}",
                         c=R.randint(80, 420), m=R.randint(40, 160), p=R.randint(150, 600)))
        return out
    if kind == 1:
        out = [T("csv", "video_id,title,language,duration_min,assignments_7d,completion_rate")]
        for v in R.sample(VIDEOS, n):
            out.append(T("csv", '{{v}},"{{t}}",{{l}},{{d}},{{a}},{{c}}', v=v[0], t=v[1], l=R.choice(["en", "es"]), d=v[2], a=R.randint(5, 300), c=f"{R.uniform(0.3, 0.95):.2f}"))
        return out
    out = [T("csv", "order_no,meal_period,unit,room,bed,diet,item_count,kcal,carb_g,status")]
    for _ in range(n):
        u, r, b = any_room()
        out.append(T("csv", "{{o}},{{mp}},{{u}},{{r}},{{b}},{{d}},{{ic}},{{k}},{{cg}},{{s}}", o=order_no(), mp=R.choice(["BREAKFAST", "LUNCH", "DINNER"]), u=u, r=r, b=b,
                     d=R.choice(DIETS), ic=R.randint(1, 6), k=R.randint(150, 1100), cg=R.randint(10, 140), s=R.choice(["DELIVERED", "CANCELLED", "DELIVERED"])))
    return out


def psv_noise():
    u, r, b = any_room()
    s = staff()
    d = REF - dt.timedelta(days=1)
    return [T("psv", "{{c}}|{{ts}}|{{u}}|{{r}}|{{b}}|{{src}}|{{pr}}|00:0{{m}}:{{sec}}|{{sn}}|{{role}}",
              c=call_id(), ts=f"{d.isoformat()} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}", u=u, r=r, b=b,
              src=R.choice(["PILLOW", "BATH", "CORD", "STAFF"]), pr=R.choice(["NORMAL", "PRIORITY", "CODE"]), m=R.randint(0, 9), sec=f"{R.randint(0, 59):02d}",
              sn=f"{s[1]}, {s[0]}", role=s[2])]


def psv_phi():
    p = pick()
    kind = R.randrange(2)
    if kind == 0:
        L = Line("psv")
        L.p(p["visit"], "other_id").t("|").p(p["mrn"], "mrn").t("|").p(p["last"].upper(), "name").t("|").p(p["first"].upper(), "name").t("|")
        L.p(p["dob"].strftime("%Y%m%d"), "date").t(f"|{p['sex']}|").p(p["street"] + (" " + p["apt"] if p["apt"] else ""), "address").t("|").p(p["city"], "address")
        L.t(f"|{p['state']}|").p(p["zip"], "zip").t("|").p(ph(p["phone"], "plain"), "phone").t(f"|{p['unit']}|{p['room']}|{p['bed']}|")
        L.p(p["admit"].strftime("%Y%m%d%H%M"), "date").t("|")
        return [L]
    L = Line("psv")
    L.t(f"S-{dig(6)}|").p(p["visit"], "other_id").t("|").p(df(REF - dt.timedelta(days=R.randint(1, 3)), "iso"), "date")
    L.t(f"|{R.randint(1, 4)}|{R.randint(1, 4)}|{R.randint(0, 10)}|{R.choice(['Y', 'N'])}|")
    L.p(p["email"], "email").t("|").x(str(p["age"]), "age" if p["age"] >= 90 else None)
    return [L]


# ---------------------------------------------------------------- rare categories (vehicle VIN, device, url, fax ...)
def misc_phi():
    p = pick()
    q = rel(p)
    c = R.randrange(11)
    if c == 9:
        return [T("serilog-clef", '{"@t":"{{t}}","@mt":"Identity photo for {Mrn} synced to whiteboard ({Bytes} bytes)","Mrn":"{{mrn:mrn}}","Bytes":{{b}},"PhotoBase64":"{{ph:photo}}","SourceContext":"Lmmc.Ipc.Integration.Whiteboard.WhiteboardSync"}',
                  t=ts_clef(), mrn=p["mrn"], b=R.randint(18000, 60000), ph=b64_jpeg(R.randint(80, 140)))]
    if c == 10:
        return [T("pino", pino_pre(30) + '"module":"parking","room":"{{rm}}","request":{"plate":"{{pl:vehicle}}","state":"{{st}}","make":"{{mk}}","requestedFrom":"tv"},"msg":"family parking pass requested"}',
                  rm=room(p), pl=q["plate"], st=q["state"], mk=R.choice(["Honda", "Ford", "Toyota", "Chevrolet", "Subaru", "Kia"]))]
    if c == 5:
        vp = base64.b64encode(bytes(R.randrange(256) for _ in range(R.randint(48, 72)))).decode()
        return [nc("DEBUG", "evt=VOICE_ENROLL loc={{rm}} mrn={{mrn:mrn}} model=ecapa-tdnn-v2 voiceprint={{v:biometric}} consent=Y", rm=room(p), mrn=p["mrn"], v=vp)]
    if c == 6:
        p = old()
        return [st("INF", "Fall-risk banner pushed to {{h}}: \"{{n:name}}, {{a:age}} y/o {{sx}}, HIGH FALL RISK, bed alarm on\"", h=stb(p), n=nm(p, R.choice(["fl", "Fl", "fL"])), a=str(p["age"]), sx=p["sex"])]
    if c == 7:
        return [T("winston-json", '{"level":"info","message":"survey submitted","service":"survey-svc","surveyId":"S-' + dig(6) + '","visitNo":"{{v:other_id}}","scores":{"nurseCourtesy":4,"quiet":3,"overall":9},"comment":"Thank you 5 East! Friends can follow along at {{u:url}} - {{n:name}}","timestamp":"{{ts}}"}',
                  v=p["visit"], u=R.choice([f"https://gofund.me/{hexs(8)}", f"https://www.caringbridge.org/visit/{ascii_fold(p['last']).lower().replace(' ', '').replace(chr(39), '')}family",
                                            f"https://{ascii_fold(p['first']).lower().replace(' ', '')}{ascii_fold(p['last']).lower().replace(' ', '').replace(chr(39), '')}.blogspot.com"]),
                  n=R.choice([p["pref"], nm(p, "fl")]), ts=ts_isoz())]
    if c == 8:
        return [mirth("INFO", "transformer", "PID-20 driver's license {{dl:license}} ({{st}}) stored for {{mrn:mrn}}; PID-19 {{ss:ssn}} suppressed from IPC payload",
                      dl=p["dl"], st=p["state"], mrn=p["mrn"], ss=fmt_ssn(p["ssn"], R.choice(["dash", "plain"])))]
    if c == 0:
        return [T("winston-text", "{{ts}} [security-bridge] info: message to care team board: \"{{rl}} asked about car towed from lot C, VIN {{v:vehicle}}, pt {{n:name}} in {{rm}}\"",
                  ts=ts_winston_simple(), rl=f"Pt's {q['reltext'].lower()}", v=p["vin"], n=nm(p, "Fl"), rm=f"{p['unit']}-{p['room']}")]
    if c == 1:
        return [T("pino", pino_pre(30) + '"module":"whiteboard","patientId":"{{u:other_id}}","familyUpdates":"{{url:url}}","msg":"family update link pinned to TV home"}',
                  u=p["uuid"], url=f"https://www.caringbridge.org/visit/{ascii_fold(p['first']).lower().replace(' ', '')}{ascii_fold(p['last']).lower().replace(' ', '').replace(chr(39), '')}")]
    if c == 2:
        return [lc("I", "ByodPairing", "casting session from personal device imei={{i:device}} owner={{n:name}} to {{h}}", i=p["imei"], n=nm(p, "fl"), h=stb(p))]
    if c == 3:
        return [st("INF", "Guarantor update for account {{a:account}}: {{n:name}}, {{s:address}}, {{c:address}}, {{stt}} {{z:zip}}, phone {{ph:phone}}, fax {{f:fax}}",
                   a=p["acct"], n=nm(q, "Lf"), s=q["street"], c=q["city"], stt=q["state"], z=q["zip"], ph=ph(q["phone"]), f=ph(p["fax"]))]
    return [T("winston-json", win_json("info", "insurance card captured at bedside", "registration-kiosk", '"mrn":"{{mrn:mrn}}","payer":"%s","memberId":"{{m:health_plan}}","groupNo":"%s","subscriber":"{{s:name}}","subscriberDob":"{{d:date}}",' % (p["plan"][1], p["group"] or "N/A")),
              mrn=p["mrn"], m=p["member"], s=nm(p, "UPPER"), d=df(p["dob"], "us"))]


# ================================================================ assemble
NOISE_GENS = [(mirth_noise, 5), (xml_noise, 2), (logcat_noise, 9), (syslog_noise, 8), (pino_noise, 9), (winston_noise, 7),
              (serilog_noise, 7), (nginx_noise, 9), (mosq_noise, 6), (mqtt_noise, 5), (nursecall_noise, 5), (coturn_noise, 3),
              (etl_noise, 4), (lambda: csv_noise_block(R.randint(2, 4)), 1), (psv_noise, 3)]
PHI_GENS = [(hl7_block, 4), (mirth_phi, 4), (xml_phi, 2), (logcat_phi, 8), (syslog_phi, 6), (pino_phi, 7), (winston_phi, 8),
            (serilog_phi, 7), (nginx_phi, 5), (mqtt_phi, 4), (nursecall_phi, 4), (coturn_phi, 3), (etl_phi, 3),
            (lambda: csv_census_block(R.randint(2, 4)), 1), (lambda: csv_edu_block(R.randint(2, 4)), 1), (psv_phi, 3), (misc_phi, 9)]


def wchoice(gens):
    tot = sum(w for _, w in gens)
    x = R.uniform(0, tot)
    for g, w in gens:
        x -= w
        if x <= 0:
            return g
    return gens[-1][0]


def build():
    lines = []
    nophi = 0
    while len(lines) < N_LINES:
        adv()
        remaining = N_LINES - len(lines)
        frac = nophi / max(1, len(lines))
        gens = NOISE_GENS if (frac < TARGET_NOPHI + R.uniform(-0.06, 0.06)) else PHI_GENS
        block = wchoice(gens)()
        if len(block) > remaining:
            continue
        for L in block:
            lines.append(L)
            if not L.spans:
                nophi += 1
    return lines


def main():
    lines = build()
    assert len(lines) == N_LINES
    log_out, lab_out = [], []
    for i, L in enumerate(lines, 1):
        text = L.buf.decode("utf-8")
        assert text and "\n" not in text and "\r" not in text, (i, text)
        prev = 0
        for sp, v in zip(L.spans, L.vals):
            assert bytes(L.buf[sp["s"]:sp["e"]]) == v, (i, sp, v)
            assert sp["s"] >= prev, (i, sp)
            prev = sp["e"]
        log_out.append(text)
        lab_out.append(json.dumps({"line": i, "family": L.fam, "spans": L.spans}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(log_out))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lab_out) + "\n")


if __name__ == "__main__":
    main()
