#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
Held-out corpus "g" for a PHI detector: healthcare integration-engine logs.

Families: InterSystems IRIS/HealthShare (Ens traces, messages.log, ^global ZWRITE
dumps, SDA3), Rhapsody, Cloverleaf, Epic Bridges, Epic Interconnect, Corepoint,
raw HL7 v2 segments (NK1/GT1/IN1/IN2/PV1/MRG/PID/...), full HL7 messages,
MLLP wire traces, C-CDA XML, FHIR XML, NCPDP SCRIPT NewRx, CMS-1500 and UB-04
claim dumps, and prose integration errors.

Standard library only, fixed seed, byte-for-byte reproducible.
Writes g.log and g.labels.jsonl next to this file.

Label policy (summary):
  * HL7 XPN names are one span "LAST^FIRST[^MIDDLE]"; prose names one span.
  * Street line, unit/apartment line and city are separate "address" spans;
    state and country are not labelled; ZIP / ZIP+4 is "zip".
  * v2.5 split XTN "^PRN^PH^^1^312^5550143" -> one phone span "312^5550143";
    CDA "tel:"/"mailto:"/"fax:" prefixes are excluded from the span.
  * Log timestamps, MSH-7, EVN-2, FHIR meta/lastUpdated, system $H
    timestamps are not labelled; person dates (birth, death, admit,
    discharge, service, written Rx, illness onset) are, incl. $H integers.
  * Clinician names/NPIs, facility/payer names, addresses and phones,
    group numbers, message/control IDs, internal ^global row ids: unlabelled.
  * DEA numbers (prescriber) -> license, as the brief lists DEA there.
  * Visit numbers, Epic CSN, guarantor number, FHIR logical ids, MyChart
    user names -> other_id; EPI/MPIID enterprise ids -> mrn; PID-18 / HAR /
    UB-04 FL3a / CMS-1500 box 26 -> account.
  * Ages only when > 89.

Each line is composed from pieces (text, category-or-None); span offsets are
computed from the composed line in UTF-8 bytes and every span is re-checked
against the written line.
"""
import base64
import collections
import datetime as dt
import json
import os
import random
import unicodedata

SEED = 4471023
R = random.Random(SEED)
OUT_DIR = os.path.dirname(os.path.abspath(__file__))
LOG_PATH = os.path.join(OUT_DIR, "g.log")
LAB_PATH = os.path.join(OUT_DIR, "g.labels.jsonl")
N_LINES = 600
N_CLEAN = 270          # 45 % PHI-free

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"]

# ---------------------------------------------------------------- pieces ----
def T(s):
    return [(s, None)]


def P(s, cat):
    assert cat in CATS, cat
    return [(s, cat)]


def C(*xs):
    out = []
    for x in xs:
        if x is None:
            continue
        if isinstance(x, str):
            out.append((x, None))
        else:
            out.extend(x)
    return out


def J(sep, xs):
    out = []
    for i, x in enumerate(xs):
        if i:
            out.append((sep, None))
        out.extend(C(x))
    return out


def ch(*xs):
    return R.choice(xs)


# ------------------------------------------------------------------ clock ----
CLOCK = [dt.datetime(2024, 3, 14, 5, 58, 11, 407000)]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def tick():
    CLOCK[0] += dt.timedelta(milliseconds=R.randint(30, 52000))


def now():
    return CLOCK[0]


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def TS(kind):
    t = now()
    if kind == "iso":
        return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t)
    if kind == "isoT":
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "Z"
    if kind == "isoTz":
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "-05:00"
    if kind == "comma":
        return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)
    if kind == "iris":
        return t.strftime("%m/%d/%y-%H:%M:%S:") + ms(t)
    if kind == "clover":
        return t.strftime("%m/%d/%Y %H:%M:%S")
    if kind == "us12":
        h = t.hour % 12 or 12
        return "%d/%d/%d %d:%02d:%02d.%s %s" % (t.month, t.day, t.year, h, t.minute,
                                                 t.second, ms(t), "AM" if t.hour < 12 else "PM")
    if kind == "syslog":
        return "%s %2d %s" % (MON[t.month - 1], t.day, t.strftime("%H:%M:%S"))
    if kind == "hl7":
        return t.strftime("%Y%m%d%H%M%S")
    if kind == "hl7ms":
        return t.strftime("%Y%m%d%H%M%S.") + ms(t) + "-0500"
    raise ValueError(kind)


# ------------------------------------------------------- date formatting ----
def d_hl7(d):
    return "%04d%02d%02d" % (d.year, d.month, d.day)


def d_iso(d):
    return "%04d-%02d-%02d" % (d.year, d.month, d.day)


def d_us(d):
    return "%02d/%02d/%04d" % (d.month, d.day, d.year)


def d_cms(d, yy=False):
    return "%02d %02d %s" % (d.month, d.day, ("%02d" % (d.year % 100)) if yy else "%04d" % d.year)


def d_ub6(d):
    return "%02d%02d%02d" % (d.month, d.day, d.year % 100)


def d_ub8(d):
    return "%02d%02d%04d" % (d.month, d.day, d.year)


def d_mon(d):
    return "%02d-%s-%04d" % (d.day, MON[d.month - 1], d.year)


def d_any(d):
    return ch(d_iso, d_us, d_hl7, d_mon)(d)


def dt_hl7(t, secs=False):
    return t.strftime("%Y%m%d%H%M%S" if secs else "%Y%m%d%H%M")


def horolog(d):
    return (d - dt.date(1840, 12, 31)).days


# ----------------------------------------------------------- generators ----
DIG = "0123456789"


def digits(n):
    return "".join(R.choice(DIG) for _ in range(n))


def nz_digits(n):
    return R.choice("123456789") + digits(n - 1)


def luhn_digit(payload):
    total = 0
    for i, c in enumerate(reversed(payload)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


AREA_CODES = ["212", "312", "404", "415", "503", "602", "617", "702", "713", "720", "786", "801", "813",
              "901", "952", "971", "224", "330", "410", "469", "614", "708", "862", "929", "347", "539"]


def gen_npa():
    return R.choice(AREA_CODES)


def gen_nxx():
    while True:
        v = "%d%d%d" % (R.randint(2, 9), R.randint(0, 9), R.randint(0, 9))
        if v[1:] == "11":
            continue
        if v == "555" and R.random() < 0.6:
            continue
        return v


def gen_phone(npa=None):
    return (npa or gen_npa(), gen_nxx(), digits(4))


def fp(ph, style=None):
    a, e, l = ph
    style = style or ch("paren", "paren_sp", "dash", "dash", "dot", "plain", "e164", "intl")
    return {
        "paren": "(%s)%s-%s" % (a, e, l),
        "paren_sp": "(%s) %s-%s" % (a, e, l),
        "dash": "%s-%s-%s" % (a, e, l),
        "dot": "%s.%s.%s" % (a, e, l),
        "plain": a + e + l,
        "e164": "+1" + a + e + l,
        "intl": "+1-%s-%s-%s" % (a, e, l),
        "one": "1-%s-%s-%s" % (a, e, l),
    }[style]


def gen_card():
    kind = ch("visa", "visa", "mc", "amex", "disc")
    if kind == "visa":
        pay = "4" + digits(14)
    elif kind == "mc":
        pay = "5" + str(R.randint(1, 5)) + digits(13)
    elif kind == "amex":
        pay = "3" + ch("4", "7") + digits(12)
    else:
        pay = "6011" + digits(11)
    num = pay + luhn_digit(pay)
    assert luhn_ok(num)
    return kind, num


def fmt_card(num, grouped):
    if not grouped:
        return num
    if len(num) == 15:
        return "%s %s %s" % (num[:4], num[4:10], num[10:])
    return " ".join(num[i:i + 4] for i in range(0, 16, 4))


def gen_npi():
    base = ch("1", "2") + digits(8)
    return base + luhn_digit("80840" + base)


def gen_dea(last):
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return ch("A", "B", "F", "G") + last[0].upper() + "".join(map(str, d)) + str(chk)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def gen_mbi():
    A = lambda: R.choice(MBI_A)
    N = lambda: R.choice(DIG)
    AN = lambda: R.choice(MBI_A + DIG)
    return R.choice("123456789") + A() + AN() + N() + A() + AN() + N() + A() + A() + N() + N()


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_T = dict(A=1, B=2, C=3, D=4, E=5, F=6, G=7, H=8, J=1, K=2, L=3, M=4, N=5, P=7, R=9,
             S=2, T=3, U=4, V=5, W=6, X=7, Y=8, Z=9)
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_val(c):
    return int(c) if c.isdigit() else VIN_T[c]


def gen_vin():
    wmi = ch("1HG", "1FT", "1G1", "2T1", "3VW", "5YJ", "JTD", "KNA", "WBA", "4T1", "1C4", "5NP", "2HK")
    vds = "".join(R.choice(VIN_CH) for _ in range(5))
    v = wmi + vds + "0" + R.choice("ABCDEFGHJKLMNPRS") + R.choice(VIN_CH[:23]) + digits(6)
    s = sum(vin_val(c) * VIN_W[i] for i, c in enumerate(v)) % 11
    v = v[:8] + ("X" if s == 10 else str(s)) + v[9:]
    assert sum(vin_val(c) * VIN_W[i] for i, c in enumerate(v)) % 11 == (10 if v[8] == "X" else int(v[8]))
    return v


def gen_plate(st):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    f = {
        "CA": lambda: str(R.randint(1, 9)) + "".join(R.choice(L) for _ in range(3)) + digits(3),
        "TX": lambda: "".join(R.choice(L) for _ in range(3)) + "-" + digits(4),
        "NY": lambda: "".join(R.choice(L) for _ in range(3)) + "-" + digits(4),
        "IL": lambda: "".join(R.choice(L) for _ in range(2)) + " " + digits(5),
        "FL": lambda: "".join(R.choice(L) for _ in range(3)) + " " + "".join(R.choice(L + DIG) for _ in range(3)),
    }.get(st, lambda: digits(3) + " " + "".join(R.choice(L) for _ in range(3)))
    return f()


def gen_imei():
    pay = ch("35693803", "35332510", "86753104", "35891209", "01326300", "35407115") + digits(6)
    v = pay + luhn_digit(pay)
    assert luhn_ok(v)
    return v


def gen_mac(sep=":"):
    oui = ch("00:1B:44", "D8:80:39", "B8:27:EB", "AC:23:3F", "F0:9F:C2", "00:17:88", "C4:7C:8D", "E4:5F:01")
    tail = ":".join("%02X" % R.randrange(256) for _ in range(3))
    m = oui + ":" + tail
    if sep == "-":
        m = m.replace(":", "-")
    elif sep == "lower":
        m = m.lower()
    elif sep == ".":
        h = m.replace(":", "").lower()
        m = "%s.%s.%s" % (h[:4], h[4:8], h[8:])
    return m


def gtin14():
    pay = ch("0", "1") + ch("0884521", "0381780", "0855124", "0190776", "0841732") + digits(5)
    total = 0
    for i, c in enumerate(reversed(pay)):
        total += int(c) * (3 if i % 2 == 0 else 1)
    return pay + str((10 - total % 10) % 10)


def gen_udi():
    exp = dt.date(2025, 1, 1) + dt.timedelta(days=R.randint(0, 1400))
    lot = ch("A", "L", "B", "") + digits(R.randint(4, 6))
    return "(01)%s(17)%02d%02d%02d(10)%s(21)%s" % (gtin14(), exp.year % 100, exp.month, exp.day,
                                                  lot, ch("SN", "", "") + digits(R.randint(6, 9)))


def gen_devserial():
    return ch("BPM", "GLU", "SPO2", "WT", "CGM", "ICD") + "-" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4)) + "-" + digits(6)


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def gen_photo(kind="jpeg", n=None):
    n = n or R.randint(66, 150)
    if kind == "jpeg":
        head = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    else:
        head = bytes.fromhex("89504e470d0a1a0a0000000d49484452")
    return base64.b64encode(head + rbytes(n)).decode()


def gen_fmr(n=None):
    head = b"FMR\x00 20\x00" + bytes([0, 0, 1, 0x2c])
    return base64.b64encode(head + rbytes(n or R.randint(54, 96))).decode()


def gen_public_ip():
    while True:
        a = ch(24, 47, 67, 68, 69, 70, 71, 73, 74, 75, 76, 96, 97, 98, 99, 107, 108, 174, 184, 208, 209)
        ip = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        return ip


def gen_private_ip():
    k = R.randrange(4)
    if k == 0:
        return "10.%d.%d.%d" % (R.randint(0, 60), R.randint(0, 255), R.randint(2, 250))
    if k == 1:
        return "192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 250))
    if k == 2:
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250))
    return "127.0.0.1"


def uuid4():
    h = "%032x" % R.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128)


# ------------------------------------------------------------ name pools ----
FIRST_F = ["Grace", "Adaeze", "Amara", "Thandiwe", "Mei", "Xiaoling", "Yuki", "Sakura", "Seo-yeon",
           "Priya", "Ananya", "Farah", "Layla", "Fatima", "Elif", "Svetlana", "Olga", "Ingrid",
           "Astrid", "María", "Lucía", "Guadalupe", "Linh", "Malia", "Aroha", "Siobhan", "Aoife",
           "Margaret", "Dolores", "Beatrice", "Francesca", "Zofia", "Agnieszka", "Esperanza", "Nadia",
           "Ximena", "Nomvula", "Anneliese", "Geneviève", "Hélène", "Zainab", "Deepika", "Sunita",
           "Moana", "Dagny", "Pilar", "Rosalind", "Mabel", "Winifred", "Dorothea", "Tamar", "Noor",
           "Ifeoma", "Kalani", "Ayesha", "Henrike", "Rukhsana", "Yolanda", "Oksana", "Marisol"]
FIRST_M = ["Kwame", "Chidi", "Oluwaseun", "Sipho", "Wei", "Haruto", "Min-jun", "Arjun", "Rohan",
           "Omar", "Yusuf", "Ahmet", "Mehmet", "Dmitri", "Nikolai", "Lars", "Björn", "José", "Joaquín",
           "Tuan", "Bao", "Keanu", "Tane", "Ciarán", "Declan", "Harold", "Eugene", "Walter",
           "Giuseppe", "Matteo", "Wojciech", "Tomasz", "Rafael", "Ayodele", "Tendai", "Jürgen",
           "Émile", "Rashid", "Bilal", "Ravi", "Kiran", "Hemi", "Ezekiel", "Otis", "Cornelius",
           "Thaddeus", "Anselm", "Tevita", "Bongani", "Hamza", "Viktor", "Santiago", "Dae-ho",
           "Kofi", "Ignatius", "Leopold", "Arturo", "Soren"]
LAST = ["Okafor", "Adeyemi", "Mensah", "Nkosi", "Dlamini", "Chen", "Wang", "Liu", "Tanaka", "Sato",
        "Kim", "Park", "Patel", "Sharma", "Iyer", "Reddy", "Haddad", "Al-Masri", "Khalil", "Yilmaz",
        "Demir", "Ivanova", "Petrov", "Kuznetsov", "Lindqvist", "Johansson", "Haugen", "García",
        "Hernández", "López", "Nguyen", "Tran", "Pham", "Kahananui", "Ngata", "O'Sullivan", "Byrne",
        "MacLeod", "Whitaker", "Fitzgerald", "Rossi", "Esposito", "Kowalski", "Nowak", "Wiśniewski",
        "Müller", "Schröder", "Dubois", "Lefèvre", "Abernathy", "Castellanos", "Mwangi", "Otieno",
        "Baptiste", "Desrosiers", "Goldberg", "Rosenthal", "Van der Berg", "De Souza", "Santos",
        "Oyelaran-Smith", "St. Clair", "Delacroix-Moreau", "Tupou", "Begay", "Yazzie", "Tsosie",
        "Kealoha", "Szabó", "Horváth", "Papadopoulos", "Georgiou", "Mahlangu", "Abubakar", "Bello",
        "Rahman", "Chowdhury", "Ferreira", "Quispe", "Mamani", "Vu", "Hoang", "Takahashi", "Lim",
        "Ong", "Fa'atasi", "Balogun", "Sandoval"]
CLIN = [("HALVORSEN", "ERIK"), ("BRANNIGAN", "PAULA"), ("OSEI", "NANA"), ("VARGHESE", "ANIL"),
        ("LINDGREN", "KARIN"), ("MORETTI", "LUCA"), ("TAKEDA", "HIRO"), ("OKONJO", "BISI"),
        ("FALKOWSKI", "ADAM"), ("REYES", "CARMEN")]

STREETS = ["Damen", "Magnolia", "Elmhurst", "Cottonwood", "Kilbourn", "Pleasant Valley", "Saint Clair",
           "Old Mill", "Harbor View", "Juniper", "Calle del Sol", "Kamehameha", "Martin Luther King Jr",
           "Oak Knoll", "Peachtree", "Wabash", "Chestnut Ridge", "Bayou Oaks", "Prairie Wind",
           "Sandpiper", "Tamarack", "Las Palmas", "Hickory Hollow", "Northgate", "Mesquite", "Larkspur",
           "Cedar Bluff", "Willow Creek", "Ponce de León", "Algonquin"]
STYPES = ["St", "Ave", "Blvd", "Rd", "Dr", "Ct", "Ln", "Way", "Pl", "Ter", "Pkwy", "Cir", "Hwy"]
CITIES = [("Chicago", "IL", "606", "773"), ("Evanston", "IL", "602", "847"), ("Dayton", "OH", "454", "937"),
          ("Toledo", "OH", "436", "419"), ("Tucson", "AZ", "857", "520"), ("Fresno", "CA", "937", "559"),
          ("Oakland", "CA", "946", "510"), ("Worcester", "MA", "016", "508"), ("Boise", "ID", "837", "208"),
          ("Coeur d'Alene", "ID", "838", "208"), ("Hilo", "HI", "967", "808"), ("Bangor", "ME", "044", "207"),
          ("Lubbock", "TX", "794", "806"), ("El Paso", "TX", "799", "915"), ("Duluth", "MN", "558", "218"),
          ("St. Paul", "MN", "551", "651"), ("Savannah", "GA", "314", "912"), ("Spokane", "WA", "992", "509"),
          ("Albuquerque", "NM", "871", "505"), ("Paterson", "NJ", "075", "973"), ("Flint", "MI", "485", "810"),
          ("Mobile", "AL", "366", "251"), ("Provo", "UT", "846", "801"), ("Winston-Salem", "NC", "271", "336"),
          ("Brooklyn", "NY", "112", "718"), ("Rochester", "NY", "146", "585"), ("Gallup", "NM", "873", "505"),
          ("Anchorage", "AK", "995", "907"), ("Baton Rouge", "LA", "708", "225"),
          ("Sioux Falls", "SD", "571", "605"), ("Miami", "FL", "331", "305"), ("Ocala", "FL", "344", "352"),
          ("Pueblo", "CO", "810", "719"), ("Burlington", "VT", "054", "802"), ("Wheeling", "WV", "260", "304"),
          ("Bayamón", "PR", "009", "787")]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com",
             "comcast.net", "proton.me", "att.net", "sbcglobal.net"]
FACS = [("NVH", "NORTH VALLEY HEALTH"), ("SBMC", "ST BRENDAN MEDICAL CENTER"),
        ("LRH", "LAKESHORE REGIONAL HOSPITAL"), ("MRH", "MERCY RIDGE HOSPITAL"),
        ("DSC", "DESERT SUN CLINIC")]
PAYERS = [("BCBSIL", "BLUE CROSS BLUE SHIELD OF ILLINOIS", "XOF"), ("UHC", "UNITEDHEALTHCARE", ""),
          ("AETNA", "AETNA", "W"), ("CIGNA", "CIGNA", "U"), ("HUMANA", "HUMANA", "H"),
          ("MCR", "MEDICARE PART A", None), ("MCD", "MEDICAID", "MCD"), ("KAISER", "KAISER PERMANENTE", "KP")]
PAYER_ADDR = {"BCBSIL": ["PO BOX 805107", "", "CHICAGO", "IL", "60680"], "UHC": ["PO BOX 30555", "", "SALT LAKE CITY", "UT", "84130"],
              "AETNA": ["PO BOX 981106", "", "EL PASO", "TX", "79998"], "CIGNA": ["PO BOX 188061", "", "CHATTANOOGA", "TN", "37422"],
              "HUMANA": ["PO BOX 14601", "", "LEXINGTON", "KY", "40512"], "MCR": ["PO BOX 6475", "", "INDIANAPOLIS", "IN", "46206"],
              "MCD": ["PO BOX 19105", "", "SPRINGFIELD", "IL", "62794"], "KAISER": ["PO BOX 23280", "", "OAKLAND", "CA", "94623"]}
FAC_ADDR = {"NVH": "1200 W HARRISON ST CHICAGO IL 60607", "SBMC": "455 ST MICHAELS DR SANTA FE NM 87505",
            "LRH": "2800 LAKESHORE BLVD TOLEDO OH 43611", "MRH": "9 MERCY RIDGE PKWY BOISE ID 83704",
            "DSC": "1701 N CAMPBELL AVE TUCSON AZ 85719"}
FAC_PH = {"NVH": "(312) 555-0100", "SBMC": "(505) 555-0148", "LRH": "(419) 555-0172", "MRH": "(208) 555-0190", "DSC": "(520) 555-0123"}
REL = [("SPO", "Spouse"), ("CHD", "Child"), ("PAR", "Parent"), ("SIB", "Sibling"), ("DOM", "Life partner"),
       ("GRD", "Guardian"), ("FND", "Friend"), ("EXF", "Extended family")]
DRUGS = [("atorvastatin 40 mg tablet", "00378395205"), ("lisinopril 10 mg tablet", "68180051301"),
         ("metformin 500 mg tablet", "00093101701"), ("amlodipine 5 mg tablet", "69097012705"),
         ("sertraline 50 mg tablet", "16729000101"), ("apixaban 5 mg tablet", "00003089421"),
         ("levothyroxine 75 mcg tablet", "00378180301"), ("albuterol HFA 90 mcg/actuation", "00173068220")]
ICD = ["I10", "E11.9", "N18.3", "J44.1", "I50.9", "M17.11", "F32.A", "Z79.01", "E78.5", "R07.9", "S72.001A"]
CPT = ["99213", "99214", "99284", "93000", "80053", "71046", "36415", "G0439", "97110"]


class Obj(object):
    pass


def gen_dl(st, last):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    ini = (ascii_fold(last).upper() + "X")[0]
    if not ini.isalpha():
        ini = "X"
    if st == "CA":
        return R.choice(L) + digits(7)
    if st == "IL":
        d = digits(11)
        return "%s%s-%s-%s" % (ini, d[:3], d[3:7], d[7:])
    if st == "NY":
        d = digits(9)
        return ch(d, "%s %s %s" % (d[:3], d[3:6], d[6:]))
    if st == "TX":
        return digits(8)
    if st == "FL":
        d = digits(12)
        return "%s%s-%s-%s-%s-%s" % (ini, d[:3], d[3:6], d[6:8], d[8:11], d[11])
    if st == "WA":
        return "WDL" + "".join(R.choice(L + DIG) for _ in range(9))
    if st == "OH":
        return R.choice(L) + R.choice(L) + digits(6)
    if st == "MA":
        return "S" + digits(8)
    if st == "MI":
        d = digits(12)
        return "%s %s %s %s %s" % (ini, d[:3], d[3:6], d[6:9], d[9:])
    return R.choice(L) + digits(8)


def gen_email(first, last, dob):
    f = ascii_fold(first).lower().replace(" ", "").replace("'", "").replace("-", "")
    l = ascii_fold(last).lower().replace(" ", "").replace("'", "").replace(".", "")
    local = ch(f + "." + l, f[0] + l + "%02d" % (dob.year % 100), l + f[0] + str(R.randint(1, 999)),
               f + "_" + l, f + l[:4] + str(R.randint(10, 99)), f + "." + l + str(dob.year))
    return local + "@" + R.choice(EMAIL_DOM)


def mk_member(payer, p):
    code, name, pfx = payer
    if pfx is None:
        return p.mbi
    if code == "UHC":
        return nz_digits(9)
    if code == "MCD":
        return nz_digits(9)
    if code == "CIGNA":
        return "U" + digits(8) + "01"
    return pfx + digits(9)


def gen_street():
    k = R.random()
    if k < 0.07:
        return "PO Box %d" % R.randint(100, 99999)
    if k < 0.1:
        return "RR %d Box %d" % (R.randint(1, 9), R.randint(10, 400))
    num = str(R.randint(1, 19999))
    d = ch("", "", "", "N ", "S ", "E ", "W ", "NE ", "SW ")
    return "%s %s%s %s" % (num, d, R.choice(STREETS), R.choice(STYPES))


def gen_unit():
    return ch("", "", "", "Apt 2B", "Unit 14", "#304", "Apt #4B", "Lot 17", "Apt 1102", "Ste 5", "Trlr 9")


def make_person(old=None):
    p = Obj()
    p.sex = ch("F", "M")
    p.first = R.choice(FIRST_F if p.sex == "F" else FIRST_M)
    p.last = R.choice(LAST)
    k = R.random()
    p.mid = "" if k < 0.35 else (R.choice("ABCDEFGHJKLMNPRSTW") if k < 0.8 else R.choice(FIRST_F if p.sex == "F" else FIRST_M))
    p.maiden = R.choice(LAST)
    if old is None:
        old = R.random() < 0.14
    if old:
        p.dob = dt.date(1924, 1, 1) + dt.timedelta(days=R.randint(0, 3650))
    else:
        p.dob = dt.date(1934, 4, 1) + dt.timedelta(days=R.randint(0, 31000))
    ref = dt.date(2024, 3, 14)
    p.age = ref.year - p.dob.year - ((ref.month, ref.day) < (p.dob.month, p.dob.day))
    p.dod = (dt.date(2024, 1, 1) + dt.timedelta(days=R.randint(0, 72))) if R.random() < 0.08 else None
    p.street = gen_street()
    p.unit = gen_unit() if not p.street.startswith(("PO", "RR")) else ""
    p.city, p.state, zp, area = R.choice(CITIES)
    p.zip = zp + digits(2)
    if R.random() < 0.2:
        p.zip += "-" + digits(4)
    p.phone = gen_phone(area)
    p.cell = gen_phone(ch(area, gen_npa()))
    p.work = gen_phone()
    p.fax = gen_phone(area)
    p.email = gen_email(p.first, p.last, p.dob)
    p.ssn = gen_ssn()
    p.fac, p.facname = R.choice(FACS)
    k = R.random()
    if k < 0.5:
        p.mrn = digits(8)
    elif k < 0.7:
        p.mrn = "E" + nz_digits(7)
    elif k < 0.85:
        p.mrn = "MRN" + digits(9)
    else:
        p.mrn = nz_digits(7)
    p.prior_mrn = digits(len(p.mrn)) if p.mrn.isdigit() else p.mrn[:-4] + digits(4)
    p.epi = "1" + digits(8)
    p.acct = nz_digits(10)
    p.har = "44" + digits(8)
    p.visit = ch("V", "", "") + nz_digits(9)
    p.csn = "10" + digits(8)
    p.guar = "G" + digits(7)
    p.fhir = ch(str(R.randint(100000, 9999999)), "e" + "".join(R.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(22)) + "3",
                uuid4())
    p.mbi = gen_mbi()
    p.medicaid = nz_digits(9) if R.random() < 0.5 else ch("RIN", "MA", "") + digits(9)
    p.payer = R.choice(PAYERS) if p.age < 65 else ch(PAYERS[5], PAYERS[5], PAYERS[0], PAYERS[4])
    p.member = mk_member(p.payer, p)
    p.group = ch("", "GRP") + digits(ch(5, 6, 8))
    p.dl = gen_dl(p.state, p.last)
    p.admit = dt.datetime(2024, 3, 1, 0, 0) + dt.timedelta(minutes=R.randint(0, 13 * 1440))
    p.disch = p.admit + dt.timedelta(minutes=R.randint(300, 7 * 1440))
    p.svc = (p.admit - dt.timedelta(days=R.randint(0, 30))).date()
    p.ip = gen_public_ip()
    p.card_kind, p.card = gen_card()
    p.bank = digits(ch(9, 10, 12))
    p.routing = ch("071000013", "121000358", "011000138", "026009593", "044000037")
    p.imei = gen_imei()
    p.mac = gen_mac(ch(":", ":", "-", "lower"))
    p.devsn = gen_devserial()
    p.udi = gen_udi()
    p.vin = gen_vin()
    p.plate = gen_plate(p.state)
    # next of kin / relative
    nk = Obj()
    nk.rel = R.choice(REL)
    nk.sex = ch("F", "M")
    nk.first = R.choice(FIRST_F if nk.sex == "F" else FIRST_M)
    nk.last = p.last if nk.rel[0] in ("SPO", "CHD", "PAR", "SIB") and R.random() < 0.7 else R.choice(LAST)
    nk.mid = ch("", R.choice("ABCDEFGHJKLMNPRSTW"))
    nk.dob = dt.date(1940, 1, 1) + dt.timedelta(days=R.randint(0, 24000))
    nk.phone = gen_phone(p.phone[0])
    nk.cell = gen_phone()
    nk.ssn = gen_ssn()
    nk.email = gen_email(nk.first, nk.last, nk.dob)
    nk.same_addr = R.random() < 0.5
    nk.street = p.street if nk.same_addr else gen_street()
    nk.unit = p.unit if nk.same_addr else ""
    if nk.same_addr:
        nk.city, nk.state, nk.zip = p.city, p.state, p.zip
    else:
        nk.city, nk.state, zp, _ = R.choice(CITIES)
        nk.zip = zp + digits(2)
    p.nk = nk
    p.clin = R.choice(CLIN)
    p.clin_npi = gen_npi()
    p.clin_dea = gen_dea(p.clin[0])
    return p


def old(p, prob=0.8):
    """Templates that show an age swap in a 90+ patient most of the time."""
    if p.age <= 89 and R.random() < prob:
        return make_person(old=True)
    return p


def nm_fl(p):
    return P(p.first + " " + p.last, "name")


def nm_lf(p, upper=False, mid=False):
    s = p.last + ", " + p.first + ((" " + p.mid) if (mid and p.mid) else "")
    return P(s.upper() if upper else s, "name")


def age_piece(p, txt=None):
    txt = txt if txt is not None else str(p.age)
    return P(txt, "age") if p.age > 89 else T(txt)


# ------------------------------------------------------------- HL7 v2 ----
class Sep(object):
    def __init__(self, f, c, r, e, s):
        self.f, self.c, self.r, self.e, self.s = f, c, r, e, s
        self.enc = c + r + e + s


STD = Sep("|", "^", "~", "\\", "&")
ALTS = [Sep("#", "^", "~", "\\", "&"), Sep("|", "^", "~", "\\", "#"), Sep("|", "$", "~", "\\", "&"),
        Sep("!", "^", "~", "\\", "&")]


def pick_sep(alt_p=0.25):
    return R.choice(ALTS) if R.random() < alt_p else STD


def esc(s, S):
    out = []
    for c in s:
        if c == S.e:
            out.append(S.e + "E" + S.e)
        elif c == S.f:
            out.append(S.e + "F" + S.e)
        elif c == S.c:
            out.append(S.e + "S" + S.e)
        elif c == S.r:
            out.append(S.e + "R" + S.e)
        elif c == S.s:
            out.append(S.e + "T" + S.e)
        else:
            out.append(c)
    return "".join(out)


def seg(name, f, S):
    n = max(f) if f else 0
    parts = [T(name)] + [f.get(i, T("")) for i in range(1, n + 1)]
    return J(S.f, parts)


def msh(S, mtype, ctrl=None, sapp=None, sfac=None, rapp=None, rfac=None, ver=None, utf=False):
    ctrl = ctrl or ch("MSG" + digits(8), digits(10), TS("hl7") + digits(3), "Q" + digits(9) + "T" + digits(9))
    sapp = sapp or ch("EPIC", "EPICADT", "CERNER", "MEDITECH", "HSIRIS", "RHAPSODY", "CLOVERLEAF", "LABSYS")
    rapp = rapp or ch("LAB", "RADIS", "HIS", "BILLING", "PACS", "PHARM", "HIE_GW", "EMPI")
    sfac = sfac or R.choice(FACS)[0]
    rfac = rfac or R.choice(FACS)[0]
    ver = ver or ch("2.5.1", "2.5.1", "2.5", "2.3", "2.4")
    ts = ch(TS("hl7"), TS("hl7"), TS("hl7ms"))
    parts = ["MSH", S.enc, sapp, sfac, rapp, rfac, ts, "", mtype.replace("^", S.c), ctrl, ch("P", "P", "T"), ver]
    s = S.f.join(parts[:1]) + S.f + S.f.join(parts[1:])
    if utf:
        s += S.f * 6 + "UNICODE UTF-8"
    return T(s)


def xpn(p, S, upper=True, mid=True, ntype=True):
    comps = [p.last, p.first] + ([p.mid] if (mid and p.mid) else [])
    if upper:
        comps = [c.upper() for c in comps]
    v = S.c.join(esc(c, S) for c in comps)
    tail = (S.c * (7 - len(comps)) + "L") if ntype and R.random() < 0.5 else ""
    return C(P(v, "name"), T(tail))


def xad(who, S, typ=True):
    out = C(P(esc(who.street.upper(), S), "address"), T(S.c))
    if who.unit:
        out = C(out, P(esc(who.unit.upper(), S), "address"))
    out = C(out, T(S.c), P(esc(who.city.upper(), S), "address"), T(S.c + who.state + S.c), P(who.zip, "zip"))
    if typ:
        out = C(out, T(ch(S.c + "USA" + S.c + "H", S.c + "US" + S.c + "P", S.c + "USA", "")))
    return out


def xtn(ph, S, use="PRN", eq="PH", cat="phone"):
    if R.random() < 0.6:
        return C(P(fp(ph, ch("paren", "paren", "dash", "plain")), cat), T(S.c + use + S.c + eq))
    return C(T(S.c + use + S.c + eq + S.c + S.c + "1" + S.c), P(ph[0] + S.c + ph[1] + ph[2], cat))


def xtn_email(email, S):
    return C(T(S.c + "NET" + S.c + "Internet" + S.c), P(email, "email"))


def xcn_clin(p, S):
    n = p.clin
    return T(S.c.join([p.clin_npi, n[0], n[1], "", "", ch("DR", ""), "MD"]))


def pid_seg(p, S, full=True):
    f = {1: T("1")}
    ident = C(P(p.mrn, "mrn"), T(S.c * 3 + p.fac + S.c + "MR"))
    if R.random() < 0.25:
        ident = C(ident, T(S.r), P(p.ssn.replace("-", ""), "ssn"), T(S.c * 3 + "SSA" + S.c + "SS"))
    if R.random() < 0.25:
        ident = C(ident, T(S.r), P(p.epi, "mrn"), T(S.c * 3 + "EPI" + S.c + "PI"))
    f[3] = ident
    f[5] = xpn(p, S)
    if full and R.random() < 0.3:
        f[6] = P(esc(p.maiden.upper(), S), "name")
    f[7] = P(d_hl7(p.dob), "date")
    f[8] = T(p.sex)
    if full:
        f[10] = T(ch("2106-3", "2054-5", "2028-9", "1002-5", "2131-1") + S.c + ch("White", "Black", "Asian", "AmInd", "Other") + S.c + "CDCREC")
        f[11] = xad(p, S)
        tel = xtn(p.phone, S)
        if R.random() < 0.4:
            tel = C(tel, T(S.r), xtn(p.cell, S, "PRN", "CP"))
        if R.random() < 0.35:
            tel = C(tel, T(S.r), xtn(p.fax, S, "PRN", "FX", "fax"))
        if R.random() < 0.4:
            tel = C(tel, T(S.r), xtn_email(p.email, S))
        f[13] = tel
        f[15] = T(ch("ENG", "SPA", "VIE", "KOR", "POL", "ARA", "YOR"))
        f[16] = T(ch("M", "S", "W", "D", ""))
        if R.random() < 0.6:
            f[18] = C(P(p.acct, "account"), T(S.c * 3 + p.fac + S.c + "AN"))
        if R.random() < 0.6:
            f[19] = P(ch(p.ssn, p.ssn.replace("-", "")), "ssn")
        if R.random() < 0.35:
            f[20] = C(P(p.dl, "license"), T(S.c + p.state))
        if p.dod:
            f[29] = P(d_hl7(p.dod) + ch("", "0415", "2250"), "date")
            f[30] = T("Y")
    return seg("PID", f, S)


def nk1_seg(p, S, i=1):
    nk = p.nk
    f = {1: T(str(i))}
    f[2] = xpn(nk, S, mid=bool(nk.mid))
    f[3] = T(nk.rel[0] + S.c + nk.rel[1].upper() + S.c + "HL70063")
    if R.random() < 0.7:
        f[4] = xad(nk, S, typ=False)
    tel = xtn(nk.phone, S)
    if R.random() < 0.4:
        tel = C(tel, T(S.r), xtn(nk.cell, S, "PRN", "CP"))
    if R.random() < 0.3:
        tel = C(tel, T(S.r), xtn_email(nk.email, S))
    f[5] = tel
    f[7] = T(ch("NOK" + S.c + "NEXT OF KIN", "EC" + S.c + "EMERGENCY CONTACT", "C" + S.c + "EMERGENCY CONTACT" + S.c + "HL70131"))
    if R.random() < 0.4:
        f[15] = T(nk.sex)
        f[16] = P(d_hl7(nk.dob), "date")
    if R.random() < 0.2:
        f[37] = P(nk.ssn.replace("-", ""), "ssn")
    return seg("NK1", f, S)


def gt1_seg(p, S):
    self_pay = R.random() < 0.5
    g = p if self_pay else p.nk
    f = {1: T("1"), 2: P(p.guar, "other_id"), 3: xpn(g, S, mid=bool(g.mid))}
    f[5] = xad(g, S, typ=False)
    f[6] = xtn(g.phone, S)
    if R.random() < 0.5:
        f[8] = P(d_hl7(g.dob), "date")
        f[9] = T(g.sex)
    f[10] = T(ch("P", "I", ""))
    f[11] = T("SEL" + S.c + "SELF" if self_pay else g.rel[0] + S.c + g.rel[1].upper())
    if R.random() < 0.7:
        f[12] = P(ch(g.ssn, g.ssn.replace("-", "")), "ssn")
    if R.random() < 0.4:
        f[16] = T(esc(ch("Lee & Park Dental", "Acme Tool & Die", "Smith & Nephew Inc", "Self-employed", "RETIRED"), S))
    return seg("GT1", f, S)


def in1_seg(p, S):
    code, pname, _ = p.payer
    f = {1: T("1"), 2: T(code + ch("PPO", "HMO", "", "01") + S.c + pname), 3: T(digits(5)), 4: T(esc(pname, S))}
    f[5] = T(S.c.join(PAYER_ADDR[code]))
    f[7] = T(fp(("800", gen_nxx(), digits(4)), "paren"))
    if p.payer[2] is not None and R.random() < 0.7:
        f[8] = T(p.group)
    f[15] = T(ch("PPO", "HMO", "MC", "MA", "EPO"))
    f[16] = xpn(p, S, mid=bool(p.mid))
    f[17] = T(ch("SEL", "01") + S.c + "SELF")
    f[18] = P(d_hl7(p.dob), "date")
    if R.random() < 0.6:
        f[19] = xad(p, S, typ=False)
    f[20] = T("Y")
    f[22] = T("1")
    f[36] = P(p.member, "health_plan")
    if R.random() < 0.5:
        f[43] = T(p.sex)
        f[49] = C(P(p.member, "health_plan"), T(S.c * 3 + code))
    return seg("IN1", f, S)


def in2_seg(p, S):
    f = {}
    if R.random() < 0.7:
        f[2] = P(p.ssn.replace("-", ""), "ssn")
    if p.age >= 65 or R.random() < 0.3:
        f[6] = P(p.mbi, "health_plan")
    if R.random() < 0.35:
        f[7] = xpn(p, S, mid=False, ntype=False)
        f[8] = P(p.medicaid, "health_plan")
    if R.random() < 0.5 or not f:
        f[61] = P(p.member, "health_plan")
        f[63] = xtn(p.phone, S)
    f[1] = T(ch("", digits(6)))
    return seg("IN2", f, S)


def pv1_seg(p, S):
    f = {1: T("1"), 2: T(ch("I", "O", "E", "O"))}
    f[3] = T(S.c.join([ch("4W", "ICU", "ED", "MS3", "CARD"), str(R.randint(100, 499)), ch("A", "B", "1"), p.fac]))
    f[4] = T(ch("E", "R", "U", "3"))
    if R.random() < 0.6:
        f[7] = xcn_clin(p, S)
    f[10] = T(ch("MED", "SUR", "CAR", "ONC", "EMR"))
    f[14] = T(ch("1", "7", "2"))
    f[18] = T(ch("IP", "OP", "ER"))
    f[19] = C(P(p.visit, "other_id"), T(ch("", S.c * 3 + p.fac + S.c + "VN")))
    f[20] = T(ch("SP", "MC", "BC", "CO"))
    f[39] = T(p.fac)
    f[44] = P(dt_hl7(p.admit, R.random() < 0.4), "date")
    if R.random() < 0.5:
        f[45] = P(dt_hl7(p.disch), "date")
    return seg("PV1", f, S)


def mrg_seg(p, S):
    f = {1: C(P(p.prior_mrn, "mrn"), T(S.c * 3 + p.fac + S.c + "MR"))}
    if R.random() < 0.5:
        f[3] = P(nz_digits(10), "account")
    if R.random() < 0.4:
        f[5] = P(ch("V", "") + nz_digits(9), "other_id")
    if R.random() < 0.6:
        f[7] = xpn(p, S, mid=False, ntype=False)
    return seg("MRG", f, S)


def obx_age_seg(p, S):
    return C(T("OBX" + S.f + "1" + S.f + "NM" + S.f + "30525-0" + S.c + "Age" + S.c + "LN" + S.f + S.f),
             age_piece(p), T(S.f + "a" + S.c + "year" + S.c + "UCUM" + S.f * 6 + "F"))


def obx_udi_seg(p, S):
    return C(T(S.f.join(["OBX", str(R.randint(1, 9)), "ST", "74711-3" + S.c + "Safety Data UDI" + S.c + "LN", "", ""])),
             P(p.udi, "device"), T(S.f * 6 + "F"))


def obx_photo_seg(p, S):
    return C(T(S.f.join(["OBX", "1", "ED", "72170-4" + S.c + "Photographic image" + S.c + "LN", "", ""]) + S.c + "IM" + S.c + "JPEG" + S.c + "Base64" + S.c),
             P(gen_photo("jpeg", R.randint(48, 96)), "photo"), T(S.f * 6 + "F"))


def nte_phi_seg(p, S):
    e = S.e
    nk = p.nk
    return C(T("NTE" + S.f + "1" + S.f + "P" + S.f + "Call " + nk.rel[1].lower() + " "), P(nk.first + " " + nk.last, "name"),
             T(" at "), P(fp(nk.phone, ch("dash", "paren_sp")), "phone"),
             T(e + ".br" + e + "Prefers AM " + e + "T" + e + " interpreter (" + ch("Spanish", "Tagalog", "Amharic", "Vietnamese") + ")"))


# clean HL7 segments ---------------------------------------------------------
def clean_segment(S):
    k = R.randrange(12)
    c, f = S.c, S.f
    if k == 0:
        return msh(S, ch("ADT^A08^ADT_A01", "ADT^A04^ADT_A01", "ORU^R01^ORU_R01", "DFT^P03^DFT_P03", "SIU^S12^SIU_S12"))
    if k == 1:
        return T(f.join(["EVN", ch("A08", "A04", "A03", "A40"), TS("hl7"), "", ch("01", ""), ch("INTF01", "HL7SVC", "ADTBATCH")]))
    if k == 2:
        return T(f.join(["MSA", ch("AA", "AE", "AR", "CA"), "MSG" + digits(8), ch("", "Message accepted", "Duplicate message")]))
    if k == 3:
        return T(f.join(["ERR", "", "PID" + c + "1" + c + ch("3", "5", "7", "11") + c + "1", ch("101", "102", "103", "207") + c + ch("Required field missing", "Data type error", "Table value not found", "Application internal error") + c + "HL70357", ch("E", "W")]))
    if k == 4:
        code, name, lo, hi, unit, rng = R.choice([("2345-7", "Glucose", 55, 240, "mg/dL", "70-99"), ("718-7", "Hemoglobin", 7, 17, "g/dL", "12.0-15.5"),
                                                   ("2160-0", "Creatinine", 0, 4, "mg/dL", "0.6-1.3"), ("6690-2", "WBC", 2, 19, "10*3/uL", "4.0-11.0")])
        return T(f.join(["OBX", str(R.randint(1, 12)), "NM", code + c + name + c + "LN", "", "%d.%d" % (R.randint(lo, hi), R.randint(0, 9)), unit, rng,
                         ch("N", "H", "L", ""), "", "", "F"]))
    if k == 5:
        return T(f.join(["AL1", str(R.randint(1, 4)), ch("DA", "FA", "EA"), ch("70618" + c + "Penicillin" + c + "RXNORM", "2670" + c + "Codeine" + c + "RXNORM", "LATEX" + c + "Latex"), ch("MO", "SV", "MI"), ch("Hives", "Anaphylaxis", "Rash", "")]))
    if k == 6:
        return T(f.join(["DG1", str(R.randint(1, 5)), "", R.choice(ICD) + c + ch("Essential hypertension", "Type 2 diabetes", "CKD stage 3", "COPD w exacerbation") + c + "I10", "", "", ch("A", "W", "F")]))
    if k == 7:
        return T(f.join(["PV1", "1", ch("O", "I", "E"), c.join([ch("CARD", "ONC", "ED"), "", "", R.choice(FACS)[0]]), ch("R", "E"), "", "", "", "", "", ch("CAR", "MED"), "", "", "", "", "", "", "", ch("OP", "IP")]))
    if k == 8:
        return T(f.join(["IN1", "1", "MCR" + c + "MEDICARE", "CMS", "MEDICARE PART A", "PO BOX 6475" + c + c + "INDIANAPOLIS" + c + "IN" + c + "46206", "", "(800)633-4227", "", "", "", "", "", "", "", "MC"]))
    if k == 9:
        return T(f.join(["NTE", "1", "L", ch("Specimen received in lab", "Hemolyzed specimen, recollect requested", "Result verified by second technologist", "Interface test message - disregard")]))
    if k == 10:
        return T(f.join(["ORC", ch("NW", "CA", "SC"), "", "", "", ch("IP", "CM", "SC"), ch("", "E"), "", "", "", "", "", "", "", "", "", "", ch("CARD", "ONC", "ED")]))
    return T(f.join(["FT1", "1", "", "", "", "", "CG", R.choice(CPT) + c + "OFFICE VISIT" + c + "CPT", "", "", "1", "", "%d.00" % R.randint(40, 900)]))


SEGSEP = ["<CR>", "\\r", "\\x0d", "[CR]", "<0D>", "\\r\\n", "\u21b5"]
SB = [("<VT>", "<FS><CR>"), ("\\x0b", "\\x1c\\x0d"), ("[0B]", "[1C][0D]"), ("<SB>", "<EB><CR>"), ("^K", "^\\^M")]


def hl7_message(p, S, kind, segsep):
    segs = []
    utf = any(ord(c) > 127 for c in p.first + p.last) and R.random() < 0.7
    if kind == "A01":
        ev = ch("A01", "A04", "A08")
        segs.append(msh(S, "ADT^%s^ADT_A01" % ev, utf=utf))
        segs.append(T(S.f.join(["EVN", ev, TS("hl7")])))
        segs.append(pid_seg(p, S))
        if R.random() < 0.7:
            segs.append(nk1_seg(p, S))
        segs.append(pv1_seg(p, S))
        if R.random() < 0.6:
            segs.append(in1_seg(p, S))
    elif kind == "A40":
        segs.append(msh(S, "ADT^A40^ADT_A39", utf=utf))
        segs.append(T(S.f.join(["EVN", "A40", TS("hl7")])))
        segs.append(pid_seg(p, S, full=R.random() < 0.4))
        segs.append(mrg_seg(p, S))
    elif kind == "P03":
        segs.append(msh(S, "DFT^P03^DFT_P03", utf=utf))
        segs.append(T(S.f.join(["EVN", "P03", TS("hl7")])))
        segs.append(pid_seg(p, S, full=False))
        segs.append(pv1_seg(p, S))
        segs.append(C(T(S.f.join(["FT1", "1", "", "", ""])), P(d_hl7(p.svc), "date"),
                      T(S.f.join(["", "", "CG", R.choice(CPT) + S.c + "SERVICE" + S.c + "CPT", "", "", "1", "", "%d.00" % R.randint(40, 900)]))))
        segs.append(gt1_seg(p, S))
        if R.random() < 0.6:
            segs.append(in1_seg(p, S))
            if R.random() < 0.5:
                segs.append(in2_seg(p, S))
    else:  # ORU with age obx
        segs.append(msh(S, "ORU^R01^ORU_R01", utf=utf))
        segs.append(pid_seg(p, S, full=False))
        segs.append(T(S.f.join(["OBR", "1", "", "", "80053" + S.c + "CMP" + S.c + "CPT"])))
        segs.append(obx_age_seg(p, S))
        segs.append(T(S.f.join(["OBX", "2", "NM", "2345-7" + S.c + "Glucose" + S.c + "LN", "", str(R.randint(60, 240)), "mg/dL", "70-99", "", "", "", "F"])))
    return J(segsep, segs)


def clean_message(S, segsep):
    k = R.randrange(3)
    if k == 0:
        segs = [msh(S, ch("ACK^A01^ACK", "ACK^A08^ACK", "ACK^R01^ACK", "ACK")),
                T(S.f.join(["MSA", ch("AA", "AE", "AR"), "MSG" + digits(8)]))]
        if R.random() < 0.5:
            segs.append(T(S.f.join(["ERR", "", "PID" + S.c + "1" + S.c + "3", "101" + S.c + "Required field missing" + S.c + "HL70357", "E"])))
    elif k == 1:
        segs = [msh(S, "NMD^N02^NMD_N02"), T(S.f.join(["NCK", TS("hl7")])),
                T(S.f.join(["NST", ch("Y", "N"), "", "", str(R.randint(0, 900)), str(R.randint(0, 900)), "0", "0"]))]
    else:
        segs = [msh(S, "MFN^M02^MFN_M02"), T(S.f.join(["MFI", "PRA" + S.c + "PRACTITIONER MASTER FILE" + S.c + "HL70175", "", "UPD", "", "", "NE"])),
                T(S.f.join(["MFE", "MUP", "", "", str(R.randint(1000, 9999)) + S.c + "DEPT"]))]
    return J(segsep, segs)


# ---------------------------------------------------------- templates -----
REG = collections.OrderedDict()


def reg(fam, phi):
    def d(fn):
        REG.setdefault((fam, phi), []).append(fn)
        return fn
    return d


ENS_ITEMS = ["HL7.In.ADT.Epic", "HL7.Router.ADT", "HL7.Out.Lab.TCP", "HL7.Out.Rad.TCP", "HS.Gateway.HSI.Hub",
             "HS.Hub.Push.Evaluator", "HS.Hub.MPI.Manager", "HL7.In.ORU.Lab", "HL7.Out.Billing.File"]


def ens_prefix(level="Trace"):
    k = R.randrange(4)
    mh = R.randint(40000000, 49999999)
    if k == 0:
        return "%s [%s] %s [Ens.MessageHeader:%d] " % (TS("iso"), level, R.choice(ENS_ITEMS), mh)
    if k == 1:
        return "%s %-7s Job %d %s: " % (TS("iso"), level, R.randint(2000, 65000), R.choice(ENS_ITEMS))
    if k == 2:
        return "[%s] ens.%s session=%d hdr=%d cfg=%s :: " % (TS("isoT"), level.lower(), mh - R.randint(0, 12), mh, R.choice(ENS_ITEMS))
    return "%s (%d) %d [Ens.%s] " % (TS("iris"), R.randint(2000, 65000), ch(0, 0, 1), ch("Trace", "Info", "Alert"))


# ---------------- iris_ens
@reg("iris_ens", True)
def _(p):
    S = STD
    return C(T(ens_prefix() + ch("EnsLib.HL7.Service.TCPService: Got segment ", "Parsed ", "Source doc segment 3: ")), pid_seg(p, S, full=R.random() < 0.5))


@reg("iris_ens", True)
def _(p):
    return C(T(ens_prefix("Info") + "HS.Registry.Patient: MPI link MPIID="), P(p.epi, "mrn"), T(" Facility=%s AssigningAuthority=%s MRN=" % (p.fac, p.fac)),
             P(p.mrn, "mrn"), T(' Name="'), P(p.last.upper() + "," + p.first.upper(), "name"), T('" DOB='), P(d_iso(p.dob), "date"),
             T(" Sex=%s Score=%d" % (p.sex, R.randint(14, 31))))


@reg("iris_ens", True)
def _(p):
    return C(T(ens_prefix() + "Transform HL7.DTL.ADTtoHIS: source PID:5 '"), P(p.last.upper() + "^" + p.first.upper(), "name"),
             T("' -> target PatientName '"), nm_fl(p), T("', PID:7 '"), P(d_hl7(p.dob), "date"), T("' -> BirthDate '"),
             P(d_iso(p.dob), "date"), T("'"))


@reg("iris_ens", True)
def _(p):
    return C(T(ens_prefix("Info") + "HS.Gateway.Access: PatientSearch user=%s LastName=" % ch("HSVIEWER1", "clinviewer", "svc_hie")), P(p.last, "name"),
             T(" FirstName="), P(p.first, "name"), T(" DOB="), P(d_iso(p.dob), "date"), T(" Zip="), P(p.zip[:5], "zip"),
             T(" -> %d candidate MPIID(s) in %dms" % (R.randint(0, 4), R.randint(20, 900))))


@reg("iris_ens", True)
def _(p):
    return C(T(ens_prefix() + "HS.Hub.Push: RPM observation DeviceId="), P(p.imei, "device"), T(" hubMAC="), P(p.mac, "device"),
             T(" code=8867-4 value=%d /min linked to MRN " % R.randint(48, 130)), P(p.mrn, "mrn"))


@reg("iris_ens", True)
def _(p):
    return C(T(ens_prefix() + 'Ens.MessageHeader Id=%d SessionId=%d BodyClass=EnsLib.HL7.Message BodyId=%d Description="ADT^A%02d ' %
               (R.randint(40000000, 49999999), R.randint(40000000, 49999999), R.randint(9000000, 9999999), ch(1, 3, 4, 8))),
             P(p.last.upper() + "," + p.first.upper(), "name"), T(" "), P(p.mrn, "mrn"), T('" Status=%s' % ch("Completed", "Delivered", "Error")))


@reg("iris_ens", True)
def _(p):
    return C(T(ens_prefix("Error") + "ERROR <EnsHL7>ValidationError: PID:19 value '"), P(p.ssn, "ssn"),
             T("' fails DataType ST(9) for doc %d; SSN copied to PID:3(2) for patient " % R.randint(9000000, 9999999)), P(p.mrn, "mrn"))


@reg("iris_ens", True)
def _(p):
    return C(T(ens_prefix() + "SDA3 <Patient><Name><FamilyName>"), P(p.last, "name"), T("</FamilyName><GivenName>"), P(p.first, "name"),
             T("</GivenName></Name><Gender><Code>%s</Code></Gender><BirthTime>" % p.sex), P(d_iso(p.dob) + "T00:00:00", "date"),
             T("</BirthTime><Addresses><Address><Street>"), P(p.street, "address"), T("</Street><City><Code>"), P(p.city, "address"),
             T("</Code></City><State><Code>%s</Code></State><Zip><Code>" % p.state), P(p.zip, "zip"), T("</Code></Zip></Address></Addresses>"))


@reg("iris_ens", True)
def _(p):
    return C(T(ens_prefix() + "SDA3 <ContactInfo><HomePhoneNumber>"), P(fp(p.phone), "phone"), T("</HomePhoneNumber><MobilePhoneNumber>"),
             P(fp(p.cell), "phone"), T("</MobilePhoneNumber><EmailAddress>"), P(p.email, "email"), T("</EmailAddress></ContactInfo>"))


@reg("iris_ens", True)
def _(p):
    return C(T(ens_prefix() + "SDA3 <Encounter><EncounterNumber>"), P(p.visit, "other_id"), T("</EncounterNumber><EncounterType>%s</EncounterType><FromTime>" % ch("I", "E", "O")),
             P(p.admit.strftime("%Y-%m-%dT%H:%M:00"), "date"), T("</FromTime><EnteredAt><Code>%s</Code></EnteredAt></Encounter>" % p.fac))


@reg("iris_ens", True)
def _(p):
    return C(T(ens_prefix("Info") + "HS.Gateway.Access: Patient portal request from "), P(p.ip, "ip"), T(" (via %s) MPIID=" % gen_private_ip()), P(p.epi, "mrn"),
             T(" reason=%s" % ch("Self-access", "Proxy access", "Download CCD")))


@reg("iris_ens", False)
def _(p):
    return T(ens_prefix() + "Ens.MessageHeader Id=%d SessionId=%d SourceConfigName=%s TargetConfigName=%s MessageBodyClassName=EnsLib.HL7.Message MessageBodyId=%d Priority=Async Status=%s TimeCreated=%s" %
             (R.randint(40000000, 49999999), R.randint(40000000, 49999999), R.choice(ENS_ITEMS), R.choice(ENS_ITEMS), R.randint(9000000, 9999999),
              ch("Completed", "Delivered", "Queued"), TS("iso")))


@reg("iris_ens", False)
def _(p):
    return T(ens_prefix("Info") + "Rule HL7.Rules.ADTRouting matched rule #%d (%s -> %s), transform HL7.DTL.%s applied in %dms" %
             (R.randint(1, 14), ch("A08", "A04", "A03", "R01"), R.choice(ENS_ITEMS), ch("ADTtoLab", "ADTtoHIS", "ORUtoSDA3"), R.randint(1, 90)))


@reg("iris_ens", False)
def _(p):
    return T(ens_prefix("Info") + "EnsLib.HL7.Service.TCPService: Connection established from %s:%d on port %d, Job %d" %
             (gen_private_ip(), R.randint(30000, 65000), ch(6661, 6662, 7001, 5555), R.randint(2000, 65000)))


@reg("iris_ens", False)
def _(p):
    return T(ens_prefix("Warning") + "Queue %s count=%d active=%d suspended=%d (alert threshold %d)" %
             (R.choice(ENS_ITEMS), R.randint(0, 900), R.randint(0, 2), R.randint(0, 3), ch(500, 1000)))


@reg("iris_ens", False)
def _(p):
    S = STD
    return C(T(ens_prefix() + "Sent ACK '"), J("<CR>", [msh(S, "ACK^A08^ACK", sapp="HSIRIS"), T("MSA|AA|MSG" + digits(8))]), T("'"))


@reg("iris_ens", False)
def _(p):
    return T(ens_prefix("Error") + "ERROR #5002: ObjectScript error: <UNDEFINED>Transform+%d^HL7.DTL.%s.1 *source.{PID:%d}" %
             (R.randint(3, 90), ch("ADTtoLab", "ADTtoHIS"), ch(3, 5, 11, 13)))


@reg("iris_ens", False)
def _(p):
    return T("%s (%d) 0 [Utility.Event] %s" % (TS("iris"), R.randint(2000, 65000), ch(
        "Journal file switched to /iris/journal/20240314.%03d" % R.randint(1, 9),
        "Production 'HSEDGE1.FoundationProduction' started",
        "ECP connection to %s re-established" % gen_private_ip(),
        "Purge of Ens messages older than 30 days removed %d headers" % R.randint(1000, 900000),
        "Mirror member IRISPRD02 is now Backup (latency %dms)" % R.randint(1, 40),
        "Licence usage %d/%d" % (R.randint(100, 400), 500))))


@reg("iris_ens", False)
def _(p):
    return T(ens_prefix() + "SDA3 <Encounter><EncounterType>%s</EncounterType><EnteredAt><Code>%s</Code><Description>%s</Description></EnteredAt><UpdatedOn>%s</UpdatedOn></Encounter> (no patient keys in fragment)" %
             (ch("I", "E", "O"), R.choice(FACS)[0], R.choice(FACS)[1], TS("isoT")))


# ---------------- iris_global
def zw_prefix():
    return ch("", "", "", "%s>" % ch("HSPROD", "USER", "HSEDGE1"), "%s zw: " % TS("iso"))


@reg("iris_global", True)
def _(p):
    pid = R.randint(1000, 99999)
    k = R.randrange(13)
    g = '^Patient(%d,' % pid
    pre = zw_prefix()
    if k == 0:
        return C(T(pre + g + '"Name")="'), P(p.last.upper() + "," + p.first.upper() + ((" " + p.mid.upper()) if p.mid else ""), "name"), T('"'))
    if k == 1:
        if R.random() < 0.5:
            return C(T(pre + g + '"DOB")='), P(str(horolog(p.dob)), "date"))
        return C(T(pre + g + '"DOB")="'), P(d_iso(p.dob), "date"), T('"'))
    if k == 2:
        return C(T(pre + g + '"Addr",1)="'), P(p.street.upper(), "address"), T('"'))
    if k == 3:
        return C(T(pre + g + '"Addr","City")="'), P(p.city.upper(), "address"), T('"'))
    if k == 4:
        return C(T(pre + g + '"Addr","Zip")="'), P(p.zip, "zip"), T('"'))
    if k == 5:
        return C(T(pre + g + '"SSN")="'), P(p.ssn.replace("-", ""), "ssn"), T('"'))
    if k == 6:
        return C(T(pre + g + '"Phone","Home")="'), P(fp(p.phone), "phone"), T('"'))
    if k == 7:
        return C(T(pre + '^Patient(%d)=$lb("' % pid), P(p.mrn, "mrn"), T('","'), P(p.last.upper(), "name"), T('","'), P(p.first.upper(), "name"),
                 T('",'), P(str(horolog(p.dob)), "date"), T(',"%s","' % p.sex), P(p.ssn.replace("-", ""), "ssn"), T('")'))
    if k == 8:
        return C(T(pre + '^MRNIndex("%s","' % p.fac), P(p.mrn, "mrn"), T('")=%d' % pid))
    if k == 9:
        return C(T(pre + '^Patient.NameI(" '), P(p.last.upper(), "name"), T('"," '), P(p.first.upper(), "name"), T('",%d)=""' % pid))
    if k == 10:
        return C(T(pre + g + '"Email")="'), P(p.email, "email"), T('"'))
    if k == 11:
        return C(T(pre + g + '"Ins",1)=$lb("%s","' % p.payer[0]), P(p.member, "health_plan"), T('","%s")' % p.group))
    if R.random() < 0.5:
        p = old(p, 1.0)
        return C(T(pre + g + '"Age")='), P(str(p.age), "age"))
    kk = R.randrange(3)
    if kk == 0:
        return C(T(pre + g + '"Photo",1)="'), P(gen_photo("jpeg", R.randint(50, 90)), "photo"), T('"'))
    if kk == 1:
        return C(T(pre + g + '"Bio","FP",1)="'), P(gen_fmr(), "biometric"), T('"'))
    return C(T(pre + '^EnsLib.H.SegmentD(%d)="|^~\\&' % R.randint(70000000, 79999999)), pid_seg(p, STD, full=False), T('"'))


@reg("iris_global", True)
def _(p):
    pid = R.randint(1000, 99999)
    return C(T(zw_prefix() + '^HS.Registry.Patient.MPIID("'), P(p.epi, "mrn"), T('")=$lb("%s","' % p.fac), P(p.mrn, "mrn"),
             T('","'), P(p.last.upper(), "name"), T('","'), P(p.first.upper(), "name"), T('","'), P(d_hl7(p.dob), "date"),
             T('","'), P(p.zip[:5], "zip"), T('",%d)' % pid))


@reg("iris_global", True)
def _(p):
    pid = R.randint(1000, 99999)
    return C(T(zw_prefix() + '^Patient(%d,"Visits",%d)=$lb("' % (pid, R.randint(1, 40))), P(p.visit, "other_id"), T('","'),
             P(d_iso(p.admit.date()), "date"), T('","'), P(d_iso(p.disch.date()), "date"), T('","%s")' % ch("I", "O", "E")))


@reg("iris_global", False)
def _(p):
    pid = R.randint(1000, 99999)
    k = R.randrange(12)
    pre = zw_prefix()
    if k == 0:
        return T(pre + '^Patient(%d,"Sex")="%s"' % (pid, ch("F", "M", "U")))
    if k == 1:
        return T(pre + '^Patient(%d,"Status")="%s"' % (pid, ch("A", "I", "M")))
    if k == 2:
        return T(pre + '^Patient(0)=%d' % R.randint(40000, 99999))
    if k == 3:
        return T(pre + '^Ens.MessageHeaderD=%d' % R.randint(40000000, 49999999))
    if k == 4:
        return T(pre + '^Ens.Config.ItemD(%d)=$lb("","%s","EnsLib.HL7.Service.TCPService",1,"","%s")' % (R.randint(1, 80), R.choice(ENS_ITEMS), ch("HL7.Schemas", "2.5.1")))
    if k == 5:
        return T(pre + '^%%SYS("JOURNAL","CURRENT")="1^/iris/journal/20240314.%03d"' % R.randint(1, 9))
    if k == 6:
        return T(pre + '^Ens.Runtime("ConfigItem","%s","QueueCount")=%d' % (R.choice(ENS_ITEMS), R.randint(0, 800)))
    if k == 7:
        return T(pre + '^ROUTINE("ZPATMERGE",0)="%d,%d.%03d"' % (R.randint(66000, 67200), R.randint(0, 86399), R.randint(0, 999)))
    if k == 8:
        return T(pre + '^Patient(%d,"Age")=%d' % (pid, R.randint(1, 88)))
    if k == 9:
        return T(pre + '^Patient(%d,"Lang")="%s"' % (pid, ch("ENG", "SPA", "VIE", "KOR")))
    if k == 10:
        return T(pre + '^Patient(%d,"LastUpd")="%d,%d"' % (pid, R.randint(66000, 67200), R.randint(0, 86399)))
    return T(pre + '^EnsLib.H.MessageD(%d)=$lb("","%s","%s",%d,"%s")' % (R.randint(9000000, 9999999), ch("2.5.1", "2.3"), ch("ADT_A01", "ORU_R01"), R.randint(3, 30), R.choice(FACS)[0]))


# ---------------- rhapsody
RH_CP = ["Epic ADT In", "Lab ADT Out", "Pharmacy Out", "Billing DFT Out", "RPM Device Feed In", "EMPI Web Service", "Trauma Registry Out"]


def rh_prefix(level="INFO"):
    k = R.randrange(3)
    if k == 0:
        return "%s %-5s [Thread-%d] com.orionhealth.rhapsody.engine.route.%s - " % (TS("comma"), level, R.randint(1, 120), ch("RouteExecutor", "FilterRunner", "MessageTracker"))
    if k == 1:
        return "%s %-5s [Communication Point: %s] " % (TS("comma"), level, R.choice(RH_CP))
    return "%s %s [Route: %s] [Filter: %s] " % (TS("comma"), level, ch("ADT_Inbound", "DFT_Billing", "RPM_Obs"), ch("Validate PID", "Normalize NK1", "Map GT1", "Javascript"))


@reg("rhapsody", True)
def _(p):
    g = p.nk if R.random() < 0.5 else p
    return C(T(rh_prefix("ERROR") + "Message %d moved to error queue: Filter 'Validate GT1' failed - GT1-12 SSN '" % R.randint(1000000, 9999999)),
             P(g.ssn, "ssn"), T("' already on file for guarantor "), nm_lf(g))


@reg("rhapsody", True)
def _(p):
    nk = p.nk
    return C(T(rh_prefix("DEBUG") + "JavaScript filter 'Normalize NK1': NK1-2 '"), P(nk.last.upper() + "^" + nk.first.upper(), "name"),
             T("' NK1-3 '%s' NK1-5 '" % nk.rel[0]), P(fp(nk.phone, ch("paren", "plain", "dash")), "phone"), T("'"))


@reg("rhapsody", True)
def _(p):
    return C(T(rh_prefix() + "Lookup 'EMPI Lookup' returned MRN "), P(p.mrn, "mrn"), T(" for "), nm_fl(p), T(" DOB "), P(d_us(p.dob), "date"),
             T(" (score %d.%d)" % (R.randint(80, 99), R.randint(0, 9))))


@reg("rhapsody", True)
def _(p):
    return C(T(rh_prefix() + "Mapper 'ADT to Billing': IN1-36 "), P(p.member, "health_plan"), T(" IN2-6 "), P(p.mbi, "health_plan"),
             T(" IN1-16 "), P(p.last.upper() + "^" + p.first.upper(), "name"))


@reg("rhapsody", True)
def _(p):
    return C(T(rh_prefix("WARN") + "RPM obs dropped: device serial "), P(p.devsn, "device"), T(" (IMEI "), P(p.imei, "device"),
             T(") not registered to MRN "), P(p.mrn, "mrn"))


@reg("rhapsody", True)
def _(p):
    return C(T(rh_prefix() + "Trauma Registry Out: MVC case "), nm_lf(p, upper=True), T(" plate "), P(p.plate, "vehicle"),
             T(" (%s) VIN " % p.state), P(p.vin, "vehicle"), T(" arrival "), P(p.admit.strftime("%Y-%m-%d %H:%M"), "date"))


@reg("rhapsody", True)
def _(p):
    p = old(p, 0.5)
    return C(T(rh_prefix("DEBUG") + "Message properties: patientName="), P(p.last + "^" + p.first, "name"), T(", mrn="), P(p.mrn, "mrn"),
             T(", visit="), P(p.visit, "other_id"), T(", age="), age_piece(p), T(", msgType=ADT^A0%d" % ch(1, 3, 4, 8)))


@reg("rhapsody", True)
def _(p):
    return C(T(rh_prefix() + "Message %d body: " % R.randint(1000000, 9999999)), gt1_seg(p, STD))


@reg("rhapsody", False)
def _(p):
    return T(rh_prefix() + "Message %d received (%s bytes) on %s" % (R.randint(1000000, 9999999), "{:,}".format(R.randint(300, 40000)), R.choice(RH_CP)))


@reg("rhapsody", False)
def _(p):
    return T(rh_prefix() + "Message %d sent to %s; ACK %s in %dms" % (R.randint(1000000, 9999999), R.choice(RH_CP), ch("AA", "AA", "AE"), R.randint(4, 2400)))


@reg("rhapsody", False)
def _(p):
    return T(rh_prefix("ERROR") + "Communication point '%s' stopped: java.net.ConnectException: Connection refused (%s:%d)" % (R.choice(RH_CP), gen_private_ip(), ch(7701, 6661, 5000)))


@reg("rhapsody", False)
def _(p):
    return T(rh_prefix() + "Rhapsody Engine %s (build %d) started on rhap-prd-%02d, JVM 17.0.%d, heap %dMB" % (ch("7.1.2", "7.2.0", "6.5.3"), R.randint(20000, 29999), R.randint(1, 4), R.randint(2, 9), ch(4096, 8192)))


@reg("rhapsody", False)
def _(p):
    return T(rh_prefix("WARN") + "Error queue count %d (threshold %d); oldest message %d queued %d min ago" % (R.randint(1, 60), 50, R.randint(1000000, 9999999), R.randint(1, 300)))


@reg("rhapsody", False)
def _(p):
    return T(rh_prefix("DEBUG") + "JavaScript filter '%s' completed in %dms (%d segments, %d repeats)" % (ch("Normalize NK1", "Strip Z segments", "Map GT1"), R.randint(1, 40), R.randint(4, 40), R.randint(0, 6)))


# ---------------- cloverleaf
CL_TH = ["ib_adt_epic", "ob_lab_adt", "ob_rad_orm", "xlt_adt_lab", "tps_adt_filter", "ib_oru_lab", "ob_bill_dft", "hcimonitord"]


def cl_prefix(kind=None, lvl="INFO"):
    kind = kind or ch("pti :sche", "pd  :PDTC", "msg :Msg ", "tcl :out ", "xlt :xlat", "icl :tcpi", "dbi :rlog")
    return "[%s:%s/%d:%s:%s] " % (kind, lvl, ch(0, 0, 1, 2), R.choice(CL_TH), TS("clover"))


def cl_fmt_msg(p):
    segsep = ch("\\r", "\\r", "\\n")
    S = STD
    segs = [msh(S, ch("ADT^A08", "ADT^A01", "ADT^A04"))]
    segs.append(pid_seg(p, S, full=R.random() < 0.6))
    if R.random() < 0.5:
        segs.append(nk1_seg(p, S))
    return J(segsep, segs)


@reg("cloverleaf", True)
def _(p):
    return C(T(cl_prefix("tcl :out ") + "tps_pid_check: PID-5 '"), P(p.last.upper() + "^" + p.first.upper(), "name"), T("' PID-7 '"),
             P(d_hl7(p.dob), "date"), T("' -> %s" % ch("CONTINUE", "KILL (test patient filter)", "CONTINUE")))


@reg("cloverleaf", True)
def _(p):
    return C(T(ch("    message           : '", "message: '")), cl_fmt_msg(p), T("'"))


@reg("cloverleaf", True)
def _(p):
    return C(T(cl_prefix("xlt :xlat", "ERR ") + "Xlate error in adt_25_to_lab.xlt: PID.#11(0).[2] value '"), P(p.city.upper(), "address"),
             T("' plus '"), P(p.street.upper(), "address"), T("' exceeds 30 chars for MRN "), P(p.mrn, "mrn"))


@reg("cloverleaf", True)
def _(p):
    return C(T(cl_prefix("tcl :out ", "DBUG") + "tps_gt1_build: guarantor "), P(p.nk.last.upper() + "," + p.nk.first.upper(), "name"),
             T(" rel=%s ssn=" % p.nk.rel[0]), P(p.nk.ssn.replace("-", ""), "ssn"), T(" acct="), P(p.acct, "account"))


@reg("cloverleaf", True)
def _(p):
    return C(T(cl_prefix("msg :Msg ", "DBUG") + "hcitpstest ob data: "), in1_seg(p, STD), T(ch("\\r", "")))


@reg("cloverleaf", True)
def _(p):
    p = old(p)
    return C(T(cl_prefix("tcl :out ") + "tps_age_flag: MRN "), P(p.mrn, "mrn"), T(" age "), age_piece(p),
             T(" -> ZPD-4 %s" % ("ELDERLY" if p.age >= 80 else "ADULT")))


@reg("cloverleaf", True)
def _(p):
    return C(T(cl_prefix("tcl :out ") + "tps_merge: MRG-1 "), P(p.prior_mrn, "mrn"), T(" -> PID-3 "), P(p.mrn, "mrn"), T(" (" + ch("A34", "A40") + ") "),
             P(p.last.upper() + "^" + p.first.upper(), "name"))


@reg("cloverleaf", False)
def _(p):
    return T(cl_prefix(ch("pd  :PDTC", "pti :sche")) + ch("Thread has started", "Listening on port %d" % ch(6661, 6662, 5010),
                                                       "Thread has stopped", "Process restarted by hcimonitord (pid %d)" % R.randint(2000, 60000)))


@reg("cloverleaf", False)
def _(p):
    return T(cl_prefix("icl :tcpi", "ERR ") + "Unable to connect to %s:%d - Connection refused (retry %d of %d)" % (gen_private_ip(), ch(5500, 6661, 7002), R.randint(1, 5), 5))


@reg("cloverleaf", False)
def _(p):
    return T(cl_prefix("xlt :xlat") + "Xlate '%s' loaded (%d ops)" % (ch("adt_25_to_lab.xlt", "oru_to_pacs.xlt", "dft_bill.xlt"), R.randint(40, 900)))


@reg("cloverleaf", False)
def _(p):
    return T(cl_prefix("dbi :rlog") + "Msg 0x%08x written to recovery db (state %d), %d msgs in error db" % (R.getrandbits(32), ch(2, 14, 16), R.randint(0, 40)))


@reg("cloverleaf", False)
def _(p):
    k = R.randrange(10)
    key, val = [
        ("msgType", ch("DATA", "REPLY", "CONTROL")), ("msgClass", "ENGINE"), ("msgState", ch("IB pre-SMS (1)", "OB post-SMS (14)", "OB delivered OK (16)")),
        ("msgPriority", str(ch(5120, 5121))), ("msgFlags", "0x%04x" % R.randint(0, 65535)), ("msgMid", "[0.0.%d]" % R.randint(1000, 999999)),
        ("msgOrigSrcThread", R.choice(CL_TH)), ("msgTimeStartIb", "%d.%03d" % (1710400000 + R.randint(0, 99999), R.randint(0, 999))),
        ("msgNumRetries", str(R.randint(0, 3))), ("msgData (BO)", "0x%08x" % R.getrandbits(32))][k]
    return T("    %-18s: %s" % (key, val))


@reg("cloverleaf", False)
def _(p):
    return T(cl_prefix("msg :Msg ", "DBUG") + "msg: 0x%08x  len %d  %s" % (R.getrandbits(32), R.randint(200, 9000), ch("'MSH|^~\\&|EPIC|NVH|LAB|NVH|%s||ACK^A08|ACK%s|P|2.5.1\\rMSA|AA|MSG%s'" % (TS("hl7"), digits(8), digits(8)), "(no data)")))


# ---------------- epic_bridges
BR_IF = [(1204, "ADT OUT TO LAB"), (1207, "ADT OUT TO RAD"), (3310, "RESULTS IN"), (2207, "SIU OUT"), (4102, "DFT OUT TO PB"),
         (5120, "ADT IN FROM EMPI"), (6001, "ELIG 270/271")]


def br_prefix():
    i = R.choice(BR_IF)
    k = R.randrange(3)
    if k == 0:
        return "%s [BRIDGES] Interface %d (%s) " % (TS("clover"), i[0], i[1])
    if k == 1:
        return "%s INT%d %-18s| " % (TS("iso"), i[0], i[1])
    return "%s EpicBridges.%s[%d]: " % (TS("syslog"), ch("Outbound", "Inbound", "Monitor"), R.randint(1000, 40000))


@reg("epic_bridges", True)
def _(p):
    return C(T(br_prefix() + "Msg %d Event %s Pat MRN " % (R.randint(80000000, 89999999), ch("A08", "A04", "A03", "A01"))), P(p.mrn, "mrn"),
             T(" CSN "), P(p.csn, "other_id"), T(" -> Queued"))


@reg("epic_bridges", True)
def _(p):
    return C(T(br_prefix() + "Error 7101 filing message %d to EPT: MRN " % R.randint(80000000, 89999999)), P(p.mrn, "mrn"),
             T(" not found; name on message "), P(p.last.upper() + "," + p.first.upper(), "name"), T(", DOB "), P(d_us(p.dob), "date"))


@reg("epic_bridges", True)
def _(p):
    return C(T(br_prefix() + "Outbound ADT^A04 EPI "), P(p.epi, "mrn"), T(" / CSN "), P(p.csn, "other_id"), T(" HAR "), P(p.har, "account"),
             T(" dept %d" % R.randint(101000100, 101999999)))


@reg("epic_bridges", True)
def _(p):
    return C(T(br_prefix() + "Coverage filing: member ID "), P(p.member, "health_plan"), T(" subscriber "), nm_lf(p, upper=True),
             T(" (self) payor %d plan %d" % (R.randint(1000, 9999), R.randint(100000, 999999))))


@reg("epic_bridges", True)
def _(p):
    return C(T(br_prefix() + "PatientSecure enrollment MRN "), P(p.mrn, "mrn"), T(" palm-vein template="), P(gen_fmr(R.randint(40, 70)), "biometric"))


@reg("epic_bridges", True)
def _(p):
    return C(T(br_prefix() + "Patient match warning: weak match (score %d) incoming " % R.randint(10, 18)), nm_lf(p, upper=True), T(" "),
             P(d_us(p.dob), "date"), T(" SSN "), P(p.ssn, "ssn"), T(" vs existing MRN "), P(p.mrn, "mrn"))


@reg("epic_bridges", True)
def _(p):
    return C(T(br_prefix() + "Discharge event A03 CSN "), P(p.csn, "other_id"), T(" adm "), P(p.admit.strftime("%m/%d/%Y %H%M"), "date"),
             T(" disch "), P(p.disch.strftime("%m/%d/%Y %H%M"), "date"))


@reg("epic_bridges", True)
def _(p):
    p = old(p, 1.0)
    return C(T(br_prefix() + "Msg %d Event A08 MRN " % R.randint(80000000, 89999999)), P(p.mrn, "mrn"), T(" PatAge "), P(str(p.age), "age"),
             T("Y > 89: ZPD-7 age bucket set, PID-7 suppressed for RESEARCH_DW"))


@reg("epic_bridges", False)
def _(p):
    return T(br_prefix() + "status RUNNING, queue depth %d, last ACK %s" % (R.randint(0, 300), now().strftime("%H:%M:%S")))


@reg("epic_bridges", False)
def _(p):
    return T(br_prefix() + "Error Queue: %d new, %d resolved, %d total" % (R.randint(0, 12), R.randint(0, 40), R.randint(0, 200)))


@reg("epic_bridges", False)
def _(p):
    return T(br_prefix() + "filtered msg %d: Department %d not in outbound dept list" % (R.randint(80000000, 89999999), R.randint(101000100, 101999999)))


@reg("epic_bridges", False)
def _(p):
    return T(br_prefix() + "Restart requested by service account EPICBRG01; TCP client connected to %s:%d" % (gen_private_ip(), ch(6661, 7001, 9100)))


@reg("epic_bridges", False)
def _(p):
    return T(br_prefix() + "Msg %d Event A08 skipped: no changed items (I EPT 110, 115, 200)" % R.randint(80000000, 89999999))


# ---------------- epic_interconnect
IC_SITES = ["mychart.northvalleyhealth.org", "mychart.stbrendanmc.org", "portal.lakeshoreregional.org"]
IC_FHIR = ["fhir.northvalleyhealth.org/interconnect-fhir-prd/api/FHIR/R4", "epicproxy.mercyridge.org/FHIRProxy/api/FHIR/R4"]


def ic_prefix(level="INFO"):
    k = R.randrange(2)
    if k == 0:
        return "%s [%s] [%d] Epic.Interconnect.Runtime.Web - " % (TS("iso"), level, R.randint(5, 200))
    return "%s %-5s %s Interconnect-PRD-%s: " % (TS("comma"), level, ch("w3wp", "ICWEB01", "ICWEB02"), ch("MyChart", "FHIR", "Clinical"))


@reg("epic_interconnect", True)
def _(p):
    return C(T(ic_prefix("DEBUG") + 'Request body: {"PatientID":"'), P(p.mrn, "mrn"), T('","PatientIDType":"%s","UserID":"1","UserIDType":"EXTERNAL"}' % ch("MRN", "EPI", "CID")))


@reg("epic_interconnect", True)
def _(p):
    return C(T(ic_prefix("DEBUG") + 'Response GETPATIENTDEMOGRAPHICS: {"Name":"'), nm_lf(p), T('","DateOfBirth":"'), P(d_iso(p.dob), "date"),
             T('","Gender":"%s","Addresses":[{"Street":["' % ("Female" if p.sex == "F" else "Male")), P(p.street, "address"), T('"],"City":"'),
             P(p.city, "address"), T('","State":"%s","Zip":"' % p.state), P(p.zip, "zip"), T('"}]}'))


@reg("epic_interconnect", True)
def _(p):
    return C(T(ic_prefix() + "MyChart login success account "), P(ascii_fold(p.first[0] + p.last).lower().replace(" ", "").replace("'", "") + str(p.dob.year % 100), "other_id"),
             T(" from "), P(p.ip, "ip"), T(" UA=\"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)\" 2FA=%s" % ch("SMS", "email", "none")))


@reg("epic_interconnect", True)
def _(p):
    return C(T(ic_prefix() + "GET "), P("https://%s/Patient/%s" % (R.choice(IC_FHIR), p.fhir), "url"), T(" 200 %dms client_ip=" % R.randint(20, 900)), P(p.ip, "ip"))


@reg("epic_interconnect", True)
def _(p):
    site = R.choice(IC_SITES)
    return C(T(ic_prefix() + "Proxy access link generated: "), P("https://%s/MyChart/Billing/Details?hspAcct=%s&pid=%s" % (site, p.har, p.mrn), "url"), T(" ttl=900"))


@reg("epic_interconnect", True)
def _(p):
    return C(T(ic_prefix("WARN") + "Guest pay: card "), P(fmt_card(p.card, R.random() < 0.5), "account"), T(" declined (%s) for HAR " % ch("05", "51", "54")),
             P(p.har, "account"), T(" remote "), P(p.ip, "ip"))


@reg("epic_interconnect", True)
def _(p):
    return C(T(ic_prefix("DEBUG") + 'GETPATIENTPHOTO response {"PatientID":"'), P(p.mrn, "mrn"), T('","ContentType":"image/jpeg","Photo":"'),
             P(gen_photo("jpeg"), "photo"), T('"}'))


@reg("epic_interconnect", True)
def _(p):
    return C(T(ic_prefix("DEBUG") + 'SETPATIENTCONTACT {"Email":"'), P(p.email, "email"), T('","HomePhone":"'), P(fp(p.phone, "dash"), "phone"),
             T('","MobilePhone":"'), P(fp(p.cell, "dash"), "phone"), T('"}'))


@reg("epic_interconnect", True)
def _(p):
    p = old(p, 0.7)
    return C(T(ic_prefix("DEBUG") + 'GETPATIENTINFO response {"PatientID":"'), P(p.mrn, "mrn"), T('","Age":"'), age_piece(p),
             T(' y.o.","Sex":"%s","DriversLicense":{"Number":"' % p.sex), P(p.dl, "license"), T('","State":"%s"}}' % p.state))


@reg("epic_interconnect", True)
def _(p):
    code = "-".join("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5)) for _ in range(3))
    return C(T(ic_prefix() + "MyChart activation email queued to "), P(p.email, "email"), T(" link="),
             P("https://%s/MyChart/signup?activationcode=%s&mrn=%s" % (R.choice(IC_SITES), code, p.mrn), "url"))


@reg("epic_interconnect", False)
def _(p):
    return T(ic_prefix() + "GET /Interconnect-PRD-FHIR/api/FHIR/R4/metadata 200 %dms" % R.randint(20, 300))


@reg("epic_interconnect", False)
def _(p):
    return T(ic_prefix() + "OAuth2 token issued client_id=%s scope=system/Patient.read system/Observation.read expires_in=3600" % uuid4())


@reg("epic_interconnect", False)
def _(p):
    return T(ic_prefix() + "Health check OK (DB latency %dms, cache hit %d%%) X-Forwarded-For: %s" % (R.randint(1, 30), R.randint(60, 99), gen_private_ip()))


@reg("epic_interconnect", False)
def _(p):
    return T(ic_prefix("ERROR") + "System.TimeoutException: The operation has timed out after %d ms at Epic.Interconnect.Runtime.Web.ServiceHost.Invoke (correlation %s)" % (ch(30000, 60000), uuid4()))


@reg("epic_interconnect", False)
def _(p):
    return T(ic_prefix() + "POST /Interconnect-PRD/api/epic/2014/Clinical/Patient/GETPATIENTDEMOGRAPHICS/Demographics %d %dms bytes=%d" % (ch(200, 200, 400, 500), R.randint(20, 900), R.randint(200, 9000)))


# ---------------- corepoint
CP_CONN = ["ADT_Epic_Inbound", "LAB_OUT", "RAD_OUT", "AL_ADT_Route", "DB_Demographics", "EMPI_WS", "RPM_Inbound"]


def cp_prefix(level="Info", conn=None):
    conn = conn or R.choice(CP_CONN)
    k = R.randrange(2)
    if k == 0:
        return "%s | %-7s | %-18s | " % (TS("us12"), level, conn)
    return "%s  %-5s  [%s]  " % (TS("iso"), level.upper(), conn)


@reg("corepoint", True)
def _(p):
    return C(T(cp_prefix("Info", "AL_ADT_Route") + "Log Message: Merge received MRG-1 "), P(p.prior_mrn, "mrn"), T(" -> PID-3 "), P(p.mrn, "mrn"),
             T(" ("), P(p.last.upper() + "^" + p.first.upper(), "name"), T(")"))


@reg("corepoint", True)
def _(p):
    return C(T(cp_prefix("Warning") + "Alert 'Missing Insurance' raised for "), nm_lf(p), T(" MRN "), P(p.mrn, "mrn"), T(" visit "), P(p.visit, "other_id"))


@reg("corepoint", True)
def _(p):
    return C(T(cp_prefix("Debug", "DB_Demographics") + "SQL: UPDATE dbo.patient SET home_phone='"), P(fp(p.phone, ch("dash", "plain")), "phone"),
             T("', email='"), P(p.email, "email"), T("', zip='"), P(p.zip, "zip"), T("' WHERE mrn='"), P(p.mrn, "mrn"), T("'"))


@reg("corepoint", True)
def _(p):
    return C(T(cp_prefix("Info", "RPM_Inbound") + "Device observation: udi="), P(p.udi, "device"), T(" mac="), P(p.mac, "device"),
             T(" patient="), P(p.mrn, "mrn"), T(" spo2=%d%%" % R.randint(85, 100)))


@reg("corepoint", True)
def _(p):
    return C(T(cp_prefix("Debug") + "Message Received: "), pid_seg(p, pick_sep(0.3), full=R.random() < 0.5))


@reg("corepoint", True)
def _(p):
    return C(T(cp_prefix("Info", "EMPI_WS") + "EMPI response: enterpriseId="), P(p.epi, "mrn"), T(" localIds=["), P(p.mrn, "mrn"),
             T("@%s, " % p.fac), P(p.prior_mrn, "mrn"), T("@%s] deceased=%s" % (R.choice(FACS)[0], "Y" if p.dod else "N")),
             (C(T(" dod="), P(d_iso(p.dod), "date")) if p.dod else T("")))


@reg("corepoint", True)
def _(p):
    return C(T(cp_prefix("Info", "Biometrics_In") + "PatientSecure palm scan matched MRN "), P(p.mrn, "mrn"), T(" (FAR 1e-6) template="),
             P(gen_fmr(R.randint(40, 64)), "biometric"), T(" station=%s" % ch("ED-REG-02", "ADM-KIOSK-7", "ONC-FRONT-1")))


@reg("corepoint", True)
def _(p):
    return C(T(cp_prefix("Warning", "Trauma_Out") + "NTDS export: "), nm_lf(p, upper=True), T(" MVC restrained driver, veh "), P(p.vin, "vehicle"),
             T(" tag "), P(p.plate, "vehicle"), T(" %s, arrival " % p.state), P(p.admit.strftime("%m/%d/%Y %H:%M"), "date"))


@reg("corepoint", False)
def _(p):
    return T(cp_prefix() + "Message Received (ControlId: MSG%s, %d bytes)" % (digits(8), R.randint(300, 9000)))


@reg("corepoint", False)
def _(p):
    return T(cp_prefix("Info", "Monitor") + "Connection '%s' idle 00:%02d:00 (threshold 00:15:00)" % (R.choice(CP_CONN), R.randint(1, 30)))


@reg("corepoint", False)
def _(p):
    return T(cp_prefix("Info", "Service") + "Corepoint Integration Engine service started, version %s, %d connections, %d action lists" % (ch("2023.1.2.0", "2022.4.1.7"), R.randint(20, 140), R.randint(30, 200)))


@reg("corepoint", False)
def _(p):
    return T(cp_prefix("Error") + "Outbound connection %s:%d reset by peer; %d messages requeued" % (gen_private_ip(), ch(6661, 5000, 7100), R.randint(1, 60)))


@reg("corepoint", False)
def _(p):
    return T(cp_prefix("Info", "AL_ADT_Route") + "Action 'Route by MSH-9' sent message to %s (%d ms)" % (R.choice(CP_CONN), R.randint(1, 200)))


# ---------------- hl7v2_segment
def seg_prefix(name):
    return ch("", "", "%s DEBUG seg[%d] " % (TS("iso"), R.randint(1, 9)), "%s TRACE HL7Parser - segment %s: " % (TS("comma"), name),
              "%s  >> " % name, "%s %s " % (TS("isoT"), ch("parsed", "out", "in")))


@reg("hl7v2_segment", True)
def _(p):
    k = R.randrange(11)
    S = pick_sep(0.2)
    b = [pid_seg, nk1_seg, gt1_seg, in1_seg, in2_seg, pv1_seg, mrg_seg, obx_age_seg, obx_udi_seg, nte_phi_seg, obx_photo_seg][k]
    if k == 7:
        p = old(p)
        if p.age <= 89:
            b = nk1_seg
    body = b(p, S)
    name = body[0][0][:3]
    pre = seg_prefix(name)
    if S is not STD:
        pre = pre + "[enc %s%s] " % (S.f, S.enc)
    return C(T(pre), body)


@reg("hl7v2_segment", False)
def _(p):
    S = STD
    body = clean_segment(S)
    return C(T(seg_prefix(body[0][0][:3])), body)


# ---------------- hl7v2_message
def msg_prefix():
    return ch("%s INBOUND %s <<< " % (TS("iso"), ch("ADT_EPIC", "ORU_LAB", "DFT_PB")),
              "%s OUT -> %s: " % (TS("comma"), ch("LAB", "HIE", "BILLING")),
              "%s hl7-listener[%d]: msg=" % (TS("syslog"), R.randint(1000, 40000)),
              "%s Raw message: " % TS("isoT"), "")


@reg("hl7v2_message", True)
def _(p):
    S = pick_sep(0.35)
    segsep = R.choice(SEGSEP)
    kind = ch("A01", "A01", "A40", "P03", "ORU")
    if kind == "ORU":
        p = old(p, 1.0)
    body = hl7_message(p, S, kind, segsep)
    return C(T(msg_prefix()), body, T(ch("", segsep)))


@reg("hl7v2_message", False)
def _(p):
    S = pick_sep(0.2)
    segsep = R.choice(SEGSEP)
    return C(T(msg_prefix()), clean_message(S, segsep))


# ---------------- mllp_trace
def hexdump_line(off, b):
    hx = " ".join("%02x" % x for x in b)
    asc = "".join(chr(x) if 32 <= x < 127 else "." for x in b)
    return "%04x  %-47s  " % (off, hx), asc


@reg("mllp_trace", True)
def _(p):
    sb, eb = R.choice(SB)
    S = STD
    segsep = ch("<CR>", "\\r", "[0D]")
    body = J(segsep, [msh(S, ch("ADT^A08", "ADT^A01")), pid_seg(p, S, full=R.random() < 0.5)] + ([pv1_seg(p, S)] if R.random() < 0.4 else []))
    n = R.randint(400, 3000)
    return C(T("%s TCP recv %s:%d -> :%d len=%d %s" % (TS("iso"), gen_private_ip(), R.randint(30000, 65000), ch(6661, 2575), n, sb)), body, T(segsep + eb))


@reg("mllp_trace", True)
def _(p):
    # hexdump row whose ASCII column shows an MRN fully
    mrn = p.mrn
    lead = "PID|1||"
    row = (lead + mrn + "^^^")[:16]
    if len(lead + mrn) > 16:
        row = ("||" + mrn + "^^^" + p.fac)[:16]
    assert mrn in row
    b = row.encode()
    off = R.randint(4, 40) * 16
    pre, asc = hexdump_line(off, b)
    i = asc.index(mrn)
    return C(T("%s mllp-dump %s" % (TS("iso"), pre)), T(asc[:i]), P(mrn, "mrn"), T(asc[i + len(mrn):]))


@reg("mllp_trace", True)
def _(p):
    sb, eb = R.choice(SB)
    return C(T("%s MLLP frame incomplete after %dms, partial=%s" % (TS("iso"), R.randint(5000, 30000), sb)),
             T("MSH|^~\\&|EPIC|%s|HIE|%s|%s||ADT^A04|%s|P|2.5.1<CR>PID|1||" % (p.fac, p.fac, TS("hl7"), digits(10))),
             P(p.mrn, "mrn"), T("^^^%s^MR||" % p.fac), P(p.last.upper() + "^" + p.first.upper(), "name"), T("||"), P(d_hl7(p.dob), "date"), T("|%s|..." % p.sex))


@reg("mllp_trace", False)
def _(p):
    k = R.randrange(5)
    if k == 0:
        return T("%s MLLP: discarded %d bytes before start block 0x0B from %s:%d" % (TS("iso"), R.randint(1, 40), gen_private_ip(), R.randint(30000, 65000)))
    if k == 1:
        return T("%s MLLP: missing end block (0x1C 0x0D) after %d bytes; resync" % (TS("iso"), ch(65536, 131072, 1048576)))
    if k == 2:
        sb, eb = R.choice(SB)
        return C(T("%s TCP send %s:%d len=%d %s" % (TS("iso"), gen_private_ip(), ch(6661, 2575), R.randint(60, 200), sb)),
                 J("<CR>", [msh(STD, "ACK^A08^ACK"), T("MSA|AA|MSG" + digits(8))]), T("<CR>" + eb))
    if k == 3:
        s = "\x0bMSH|^~\\&|%s|%s|" % (ch("EPIC", "LAB"), R.choice(FACS)[0])
        b = s.encode()[:16]
        pre, asc = hexdump_line(0, b)
        return T("%s mllp-dump %s%s" % (TS("iso"), pre, asc))
    return T("%s keepalive %s:%d ok rtt=%.1fms" % (TS("iso"), gen_private_ip(), ch(6661, 2575), R.uniform(0.2, 9.0)))


# ---------------- ccda_xml
def cda_prefix():
    return ch("%s DEBUG [pool-%d-thread-%d] c.n.cda.CcdaParser - " % (TS("comma"), R.randint(1, 6), R.randint(1, 20)),
              "%s INFO  CDA.Validate recordTarget: " % TS("iso"),
              "%s [%s] HS.IHE.XDSb.Repository: doc fragment " % (TS("iso"), ch("Trace", "Info")),
              "%s mirth[%d] channel=%s: " % (TS("syslog"), R.randint(1000, 40000), ch("CCDA_Inbound", "XDS_Retrieve")))


@reg("ccda_xml", True)
def _(p):
    return C(T(cda_prefix() + '<patientRole><id extension="'), P(p.mrn, "mrn"), T('" root="2.16.840.1.113883.19.5.99999.2"/><addr use="HP"><streetAddressLine>'),
             P(p.street, "address"), T("</streetAddressLine><city>"), P(p.city, "address"), T("</city><state>%s</state><postalCode>" % p.state),
             P(p.zip, "zip"), T("</postalCode><country>US</country></addr>"))


@reg("ccda_xml", True)
def _(p):
    mid = C(T("<given>"), P(p.mid, "name"), T("</given>")) if p.mid and len(p.mid) > 1 else T("")
    return C(T(cda_prefix() + '<patient><name use="L"><given>'), P(p.first, "name"), T("</given>"), mid, T("<family>"), P(p.last, "name"),
             T('</family></name><administrativeGenderCode code="%s" codeSystem="2.16.840.1.113883.5.1"/><birthTime value="' % p.sex),
             P(d_hl7(p.dob), "date"), T('"/>'))


@reg("ccda_xml", True)
def _(p):
    tel = C(T('<telecom use="HP" value="tel:'), P(fp(p.phone, ch("intl", "paren", "e164")), "phone"), T('"/>'))
    if R.random() < 0.5:
        tel = C(tel, T('<telecom use="MC" value="tel:'), P(fp(p.cell, "intl"), "phone"), T('"/>'))
    if R.random() < 0.4:
        tel = C(tel, T('<telecom use="HP" value="mailto:'), P(p.email, "email"), T('"/>'))
    if R.random() < 0.25:
        tel = C(tel, T('<telecom use="HP" value="fax:'), P(fp(p.fax, "intl"), "fax"), T('"/>'))
    return C(T(cda_prefix()), tel)


@reg("ccda_xml", True)
def _(p):
    return C(T(cda_prefix() + '<id root="2.16.840.1.113883.4.1" extension="'), P(p.ssn, "ssn"), T('"/><id root="2.16.840.1.113883.4.572" extension="'),
             P(p.mbi, "health_plan"), T('"/>'))


@reg("ccda_xml", True)
def _(p):
    nk = p.nk
    return C(T(cda_prefix() + '<guardian><code code="%s" codeSystem="2.16.840.1.113883.5.111" displayName="%s"/><telecom value="tel:' % (nk.rel[0], nk.rel[1].lower())),
             P(fp(nk.phone, "intl"), "phone"), T('"/><guardianPerson><name><given>'), P(nk.first, "name"), T("</given><family>"), P(nk.last, "name"),
             T("</family></name></guardianPerson></guardian>"))


@reg("ccda_xml", True)
def _(p):
    return C(T(cda_prefix() + '<encompassingEncounter><id extension="'), P(p.visit, "other_id"), T('" root="2.16.840.1.113883.19.5.99999.19"/><effectiveTime><low value="'),
             P(dt_hl7(p.admit), "date"), T('"/><high value="'), P(dt_hl7(p.disch), "date"), T('"/></effectiveTime>'))


@reg("ccda_xml", True)
def _(p):
    return C(T(cda_prefix() + '<observationMedia classCode="OBS" moodCode="EVN" ID="MM%d"><value mediaType="image/%s" representation="B64">' % (R.randint(1, 9), "jpeg")),
             P(gen_photo("jpeg"), "photo"), T("</value></observationMedia>"))


@reg("ccda_xml", True)
def _(p):
    p = old(p, 0.6)
    return C(T(cda_prefix() + 'Schematron warning CONF:1198-5299 birthTime precision for patient '), nm_fl(p), T(' value="'), P(d_hl7(p.dob), "date"),
             T('" (age '), age_piece(p), T(")"))


@reg("ccda_xml", True)
def _(p):
    return C(T(cda_prefix() + '<participant typeCode="IND"><associatedEntity classCode="NOK"><addr><streetAddressLine>'), P(p.nk.street, "address"),
             T("</streetAddressLine><city>"), P(p.nk.city, "address"), T("</city><state>%s</state><postalCode>" % p.nk.state), P(p.nk.zip, "zip"),
             T("</postalCode></addr><associatedPerson><name>"), P(p.nk.first + " " + p.nk.last, "name"), T("</name></associatedPerson></associatedEntity></participant>"))


@reg("ccda_xml", False)
def _(p):
    return T(cda_prefix() + ch('<realmCode code="US"/><typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/><templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>',
                               '<code code="34133-9" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="Summarization of Episode Note"/>',
                               '<id root="%s"/><setId root="%s"/><versionNumber value="%d"/>' % (uuid4(), uuid4(), R.randint(1, 4)),
                               '<confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/><languageCode code="en-US"/>',
                               '<section><templateId root="2.16.840.1.113883.10.20.22.2.1.1" extension="2014-06-09"/><code code="10160-0" codeSystem="2.16.840.1.113883.6.1"/><title>MEDICATIONS</title>'))


@reg("ccda_xml", False)
def _(p):
    return T(cda_prefix() + "Schematron %s CONF:%d-%d (%s) at /ClinicalDocument/component/structuredBody/component[%d]" %
             (ch("warning", "error"), ch(1198, 81), R.randint(5000, 32999), ch("SHALL contain exactly one [1..1] statusCode", "SHOULD contain zero or one [0..1] effectiveTime", "SHALL contain at least one [1..*] entry"), R.randint(1, 12)))


@reg("ccda_xml", False)
def _(p):
    f = R.choice(FACS)
    return T(cda_prefix() + '<custodian><assignedCustodian><representedCustodianOrganization><id root="2.16.840.1.113883.4.6" extension="%s"/><name>%s</name></representedCustodianOrganization></assignedCustodian></custodian>' % (gen_npi(), f[1].title()))


@reg("ccda_xml", False)
def _(p):
    return T(cda_prefix() + '<assignedAuthoringDevice><manufacturerModelName>%s</manufacturerModelName><softwareName>%s</softwareName></assignedAuthoringDevice>' % (ch("Epic", "athenahealth", "Cerner Millennium"), ch("Epic 2023", "CCDA Builder 4.2", "HealthShare 2023.1")))


@reg("ccda_xml", False)
def _(p):
    d = R.choice(DRUGS)
    return T(cda_prefix() + '<manufacturedMaterial><code code="%d" codeSystem="2.16.840.1.113883.6.88" displayName="%s"/></manufacturedMaterial>' % (R.randint(197000, 1990000), d[0]))


# ---------------- fhir_xml
def fhir_prefix():
    return ch("%s [http-nio-8080-exec-%d] INFO  fhirtest.access - Operation[create Patient] ResponseEncoding[XML] Body: " % (TS("iso"), R.randint(1, 40)),
              "%s DEBUG ca.uhn.fhir.rest.server.RestfulServer - Request body: " % TS("comma"),
              "%s [Trace] HS.FHIRServer.Interop.Service: payload " % TS("iso"),
              "%s fhir-gw[%d]: upstream response: " % (TS("syslog"), R.randint(1000, 40000)))


@reg("fhir_xml", True)
def _(p):
    return C(T(fhir_prefix() + '<Patient xmlns="http://hl7.org/fhir"><id value="'), P(p.fhir, "other_id"), T('"/><name><use value="official"/><family value="'),
             P(p.last, "name"), T('"/><given value="'), P(p.first, "name"), T('"/></name><gender value="%s"/><birthDate value="' % ("female" if p.sex == "F" else "male")),
             P(d_iso(p.dob), "date"), T('"/></Patient>'))


@reg("fhir_xml", True)
def _(p):
    return C(T(fhir_prefix() + '<identifier><use value="usual"/><type><coding><system value="http://terminology.hl7.org/CodeSystem/v2-0203"/><code value="MR"/></coding></type><system value="urn:oid:2.16.840.1.113883.19.5"/><value value="'),
             P(p.mrn, "mrn"), T('"/></identifier><identifier><system value="http://hl7.org/fhir/sid/us-ssn"/><value value="'), P(p.ssn, "ssn"), T('"/></identifier>'))


@reg("fhir_xml", True)
def _(p):
    line2 = C(T('<line value="'), P(p.unit, "address"), T('"/>')) if p.unit else T("")
    return C(T(fhir_prefix() + '<address><use value="home"/><line value="'), P(p.street, "address"), T('"/>'), line2, T('<city value="'), P(p.city, "address"),
             T('"/><state value="%s"/><postalCode value="' % p.state), P(p.zip, "zip"), T('"/><country value="US"/></address>'))


@reg("fhir_xml", True)
def _(p):
    out = C(T(fhir_prefix() + '<telecom><system value="phone"/><value value="'), P(fp(p.phone), "phone"), T('"/><use value="home"/></telecom>'))
    r = R.random()
    if r < 0.4:
        out = C(out, T('<telecom><system value="email"/><value value="'), P(p.email, "email"), T('"/></telecom>'))
    elif r < 0.7:
        out = C(out, T('<telecom><system value="fax"/><value value="'), P(fp(p.fax), "fax"), T('"/><use value="home"/></telecom>'))
    return out


@reg("fhir_xml", True)
def _(p):
    return C(T(fhir_prefix() + '<Coverage xmlns="http://hl7.org/fhir"><status value="active"/><subscriberId value="'), P(p.member, "health_plan"),
             T('"/><beneficiary><reference value="Patient/'), P(p.fhir, "other_id"), T('"/></beneficiary><payor><display value="%s"/></payor></Coverage>' % p.payer[1].title()))


@reg("fhir_xml", True)
def _(p):
    return C(T(fhir_prefix() + '<photo><contentType value="image/%s"/><data value="' % ch("jpeg", "png")), P(gen_photo(ch("jpeg", "png")), "photo"), T('"/></photo>'))


@reg("fhir_xml", True)
def _(p):
    return C(T(fhir_prefix() + '<entry><fullUrl value="'), P("https://%s/Patient/%s" % (R.choice(IC_FHIR), p.fhir), "url"),
             T('"/><resource><Patient><deceasedDateTime value="'), P((p.dod or p.disch.date()).isoformat() + "T%02d:%02d:00-05:00" % (R.randint(0, 23), R.randint(0, 59)), "date"), T('"/></Patient></resource></entry>'))


@reg("fhir_xml", True)
def _(p):
    return C(T(fhir_prefix() + '<Encounter xmlns="http://hl7.org/fhir"><identifier><value value="'), P(p.csn, "other_id"), T('"/></identifier><status value="finished"/><period><start value="'),
             P(p.admit.strftime("%Y-%m-%dT%H:%M:00-05:00"), "date"), T('"/><end value="'), P(p.disch.strftime("%Y-%m-%dT%H:%M:00-05:00"), "date"), T('"/></period></Encounter>'))


@reg("fhir_xml", True)
def _(p):
    return C(T(fhir_prefix() + '<Device xmlns="http://hl7.org/fhir"><udiCarrier><carrierHRF value="'), P(p.udi, "device"), T('"/></udiCarrier><serialNumber value="'),
             P(p.devsn, "device"), T('"/><patient><reference value="Patient/'), P(p.fhir, "other_id"), T('"/></patient></Device>'))


@reg("fhir_xml", True)
def _(p):
    return C(T("%s [http-nio-8080-exec-%d] INFO  fhirtest.access - Path[/fhir/R4] Source[] Operation[read  Patient/" % (TS("iso"), R.randint(1, 40))),
             P(p.fhir, "other_id"), T("] UA[%s] Params[] ResponseEncoding[XML] RemoteAddr[" % ch("Apple Health/2041", "okhttp/4.12.0", "CommonHealth/1.9")),
             P(p.ip, "ip"), T("]"))


@reg("fhir_xml", False)
def _(p):
    return T(fhir_prefix() + '<OperationOutcome xmlns="http://hl7.org/fhir"><issue><severity value="error"/><code value="processing"/><diagnostics value="%s"/></issue></OperationOutcome>' %
             ch("HAPI-0450: Failed to parse request body as XML resource", "HAPI-0389: Failed to call access method", "Resource Patient: profile http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient not met"))


@reg("fhir_xml", False)
def _(p):
    return T(fhir_prefix() + '<CapabilityStatement xmlns="http://hl7.org/fhir"><status value="active"/><date value="%s"/><fhirVersion value="4.0.1"/><format value="xml"/><format value="json"/></CapabilityStatement>' % TS("isoTz"))


@reg("fhir_xml", False)
def _(p):
    return T(fhir_prefix() + '<Bundle xmlns="http://hl7.org/fhir"><id value="%s"/><meta><lastUpdated value="%s"/></meta><type value="searchset"/><total value="%d"/><link><relation value="self"/><url value="https://%s/Observation?code=http://loinc.org|8867-4&amp;_count=50"/></link></Bundle>' %
             (uuid4(), TS("isoTz"), R.randint(0, 400), R.choice(IC_FHIR)))


@reg("fhir_xml", False)
def _(p):
    return T(fhir_prefix() + '<Medication xmlns="http://hl7.org/fhir"><code><coding><system value="http://www.nlm.nih.gov/research/umls/rxnorm"/><code value="%d"/><display value="%s"/></coding></code></Medication>' % (R.randint(197000, 1990000), R.choice(DRUGS)[0]))


# ---------------- ncpdp_script
def ncpdp_prefix():
    return ch("%s INFO  [surescripts-out-%d] c.n.erx.SurescriptsClient - NewRx payload: " % (TS("comma"), R.randint(1, 8)),
              "%s [Trace] HS.NCPDP.Operation: " % TS("iso"),
              "%s erx-gw[%d]: > " % (TS("syslog"), R.randint(1000, 40000)))


@reg("ncpdp_script", True)
def _(p):
    return C(T(ncpdp_prefix() + "<Patient><HumanPatient><Identification><MedicalRecordIdentificationNumberEHR>"), P(p.mrn, "mrn"),
             T("</MedicalRecordIdentificationNumberEHR></Identification><Name><LastName>"), P(p.last, "name"), T("</LastName><FirstName>"), P(p.first, "name"),
             T("</FirstName></Name><Gender>%s</Gender><DateOfBirth><Date>" % p.sex), P(d_iso(p.dob), "date"), T("</Date></DateOfBirth>"))


@reg("ncpdp_script", True)
def _(p):
    a2 = C(T("<AddressLine2>"), P(p.unit, "address"), T("</AddressLine2>")) if p.unit else T("")
    return C(T(ncpdp_prefix() + "<Address><AddressLine1>"), P(p.street, "address"), T("</AddressLine1>"), a2, T("<City>"), P(p.city, "address"),
             T("</City><StateProvince>%s</StateProvince><PostalCode>" % p.state), P(p.zip.replace("-", ""), "zip"), T("</PostalCode><CountryCode>US</CountryCode></Address>"))


@reg("ncpdp_script", True)
def _(p):
    out = C(T(ncpdp_prefix() + "<CommunicationNumbers><PrimaryTelephone><Number>"), P(fp(p.phone, "plain"), "phone"), T("</Number></PrimaryTelephone>"))
    if R.random() < 0.5:
        out = C(out, T("<ElectronicMail>"), P(p.email, "email"), T("</ElectronicMail>"))
    return C(out, T("</CommunicationNumbers></HumanPatient></Patient>"))


@reg("ncpdp_script", True)
def _(p):
    return C(T(ncpdp_prefix() + "<BenefitsCoordination><PayerIdentification><IINNumber>%s</IINNumber><ProcessorIdentificationNumber>%s</ProcessorIdentificationNumber></PayerIdentification><PayerName>%s</PayerName><CardholderID>" %
               (ch("610014", "004336", "610502", "003858"), ch("ADV", "MEDDPRIME", "A4"), p.payer[1].title())), P(p.member, "health_plan"),
             T("</CardholderID><GroupID>%s</GroupID><CardHolderName><LastName>" % p.group), P(p.last, "name"), T("</LastName><FirstName>"), P(p.first, "name"),
             T("</FirstName></CardHolderName></BenefitsCoordination>"))


@reg("ncpdp_script", True)
def _(p):
    d = R.choice(DRUGS)
    return C(T(ncpdp_prefix() + "<NewRx><Prescriber><NonVeterinarian><Identification><NPI>%s</NPI><DEANumber>" % p.clin_npi), P(p.clin_dea, "license"),
             T("</DEANumber></Identification><Name><LastName>%s</LastName><FirstName>%s</FirstName></Name></NonVeterinarian></Prescriber><Patient><HumanPatient><Name><LastName>" % (p.clin[0].title(), p.clin[1].title())),
             P(p.last, "name"), T("</LastName><FirstName>"), P(p.first, "name"), T("</FirstName></Name><DateOfBirth><Date>"), P(d_iso(p.dob), "date"),
             T("</Date></DateOfBirth></HumanPatient></Patient><MedicationPrescribed><DrugDescription>%s</DrugDescription><WrittenDate><Date>" % d[0]),
             P(d_iso(p.svc), "date"), T("</Date></WrittenDate></MedicationPrescribed></NewRx>"))


@reg("ncpdp_script", True)
def _(p):
    return C(T(ncpdp_prefix() + "RxFill response MessageID=%s: patient " % uuid4().replace("-", "")[:24]), nm_lf(p), T(" DOB "), P(d_iso(p.dob), "date"),
             T(" FillStatus=%s" % ch("Dispensed", "NotDispensed", "PartiallyDispensed")))


@reg("ncpdp_script", False)
def _(p):
    return T(ncpdp_prefix() + '<Message xmlns="http://www.ncpdp.org/schema/SCRIPT" DatatypeVersion="20170715" TransportVersion="20170715" TransactionDomain="SCRIPT" TransactionVersion="20170715"><Header><To Qualifier="P">%s</To><From Qualifier="C">%s</From><MessageID>%s</MessageID><SentTime>%s</SentTime></Header>' %
             (digits(7), digits(10), uuid4().replace("-", ""), TS("isoT")))


@reg("ncpdp_script", False)
def _(p):
    d = R.choice(DRUGS)
    return T(ncpdp_prefix() + "<MedicationPrescribed><DrugDescription>%s</DrugDescription><DrugCoded><ProductCode><Code>%s</Code><Qualifier>ND</Qualifier></ProductCode></DrugCoded><Quantity><Value>%d</Value><CodeListQualifier>38</CodeListQualifier><QuantityUnitOfMeasure><Code>C48542</Code></QuantityUnitOfMeasure></Quantity><DaysSupply>%d</DaysSupply><Sig><SigText>%s</SigText></Sig></MedicationPrescribed>" %
             (d[0], d[1], ch(30, 60, 90), ch(30, 90), ch("Take 1 tablet by mouth daily", "Take 1 tablet by mouth at bedtime", "Inhale 2 puffs every 4 hours as needed")))


@reg("ncpdp_script", False)
def _(p):
    return T(ncpdp_prefix() + "<Error><Code>%s</Code><DescriptionCode>%s</DescriptionCode><Description>%s</Description></Error>" %
             (ch("900", "601", "602"), ch("1000", "210", "220"), ch("Unable to identify based on information submitted", "Receiver unable to process", "Transaction timed out")))


@reg("ncpdp_script", False)
def _(p):
    return T(ncpdp_prefix() + "<Status><Code>%s</Code></Status> RelatesToMessageID=%s latency=%dms" % (ch("000", "010"), uuid4().replace("-", ""), R.randint(100, 9000)))


# ---------------- cms1500_dump
def cms_prefix():
    return ch("%s claimscrub[%d]: batch 837P_20240314_%03d seq %d CMS1500 " % (TS("iso"), R.randint(1000, 40000), R.randint(1, 20), R.randint(1, 400)),
              "%s INFO  ClaimDump - " % TS("comma"), "CMS-1500 | ")


@reg("cms1500_dump", True)
def _(p):
    k = R.randrange(9)
    pre = cms_prefix()
    if k == 0:
        return C(T(pre + "BOX01A INSURED'S ID NUMBER: "), P(p.member, "health_plan"))
    if k == 1:
        return C(T(pre + "BOX02 PATIENT'S NAME: "), nm_lf(p, upper=True, mid=True))
    if k == 2:
        return C(T(pre + "BOX03 PATIENT'S BIRTH DATE: "), P(d_cms(p.dob), "date"), T(" SEX: %s" % p.sex))
    if k == 3:
        return C(T(pre + "BOX05 PATIENT'S ADDRESS: "), P(p.street.upper(), "address"), T(" | CITY: "), P(p.city.upper(), "address"),
                 T(" | STATE: %s | ZIP CODE: " % p.state), P(p.zip, "zip"), T(" | TELEPHONE: "), P(fp(p.phone, "paren_sp"), "phone"))
    if k == 4:
        return C(T(pre + "BOX24A DATES OF SERVICE FROM: "), P(d_cms(p.svc, True), "date"), T(" TO: "), P(d_cms(p.svc, True), "date"),
                 T(" POS: %s CPT: %s DX PTR: A" % (ch("11", "22", "23"), R.choice(CPT))))
    if k == 5:
        return C(T(pre + "BOX26 PATIENT'S ACCOUNT NO.: "), P(p.acct, "account"), T(" BOX27 ACCEPT ASSIGNMENT: YES"))
    if k == 6:
        return C(T(pre + "BOX04 INSURED'S NAME: "), P((p.nk.last + ", " + p.nk.first).upper(), "name"), T(" BOX06 REL: %s BOX11A INSURED DOB: " % ch("SPOUSE", "OTHER")),
                 P(d_cms(p.nk.dob), "date"))
    if k == 7:
        return C(T(pre + "BOX14 DATE OF CURRENT ILLNESS: "), P(d_cms(p.svc, True), "date"), T(" QUAL: 431 BOX18 HOSPITALIZATION FROM: "), P(d_cms(p.admit.date(), True), "date"),
                 T(" TO: "), P(d_cms(p.disch.date(), True), "date"))
    return C(T(pre + "BOX07 INSURED'S ADDRESS: "), P(p.nk.street.upper(), "address"), T(", "), P(p.nk.city.upper(), "address"), T(", %s " % p.nk.state), P(p.nk.zip, "zip"))


@reg("cms1500_dump", False)
def _(p):
    f = R.choice(FACS)
    k = R.randrange(8)
    pre = cms_prefix()
    if k == 0:
        return T(pre + "BOX25 FEDERAL TAX I.D. NUMBER: %s-%s EIN" % (digits(2), digits(7)))
    if k == 1:
        return T(pre + "BOX33A NPI: %s BOX33B: %s" % (gen_npi(), ch("207Q00000X", "208D00000X", "261QM1300X")))
    if k == 2:
        return T(pre + "BOX21 ICD IND: 0 A. %s B. %s C. %s" % (R.choice(ICD), R.choice(ICD), R.choice(ICD)))
    if k == 3:
        return T(pre + "BOX28 TOTAL CHARGE: %d.%02d BOX29 AMOUNT PAID: 0.00" % (R.randint(60, 9000), R.randint(0, 99)))
    if k == 4:
        return T(pre + "BOX24D CPT/HCPCS: %s MOD: %s BOX24F CHARGES: %d.00 BOX24G UNITS: %d" % (R.choice(CPT), ch("25", "59", ""), R.randint(40, 900), R.randint(1, 4)))
    if k == 5:
        return T(pre + "BOX32 SERVICE FACILITY: %s %s BOX32A NPI: %s" % (f[1], FAC_ADDR[f[0]], gen_npi()))
    if k == 6:
        return T(pre + "BOX11 INSURED'S POLICY GROUP OR FECA NUMBER: %s BOX11C PLAN: %s" % (ch("", "GRP") + digits(6), R.choice(PAYERS)[1]))
    return T(pre + "BOX33 BILLING PROVIDER INFO & PH #: %s %s" % (f[1], FAC_PH[f[0]]))


# ---------------- ub04_dump
def ub_prefix():
    return ch("%s ub04-print[%d]: " % (TS("iso"), R.randint(1000, 40000)), "%s DEBUG UB04Writer - " % TS("comma"), "UB-04 ")


@reg("ub04_dump", True)
def _(p):
    k = R.randrange(10)
    pre = ub_prefix()
    if k == 0:
        return C(T(pre + "FL03a PAT CNTL #: "), P(p.acct, "account"), T("  FL03b MED. REC. #: "), P(p.mrn, "mrn"))
    if k == 1:
        return C(T(pre + "FL06 STATEMENT COVERS PERIOD FROM: "), P(d_ub6(p.admit.date()), "date"), T(" THROUGH: "), P(d_ub6(p.disch.date()), "date"))
    if k == 2:
        return C(T(pre + "FL08 PATIENT NAME: a "), P(p.mrn, "mrn"), T(" b "), nm_lf(p, upper=True, mid=True))
    if k == 3:
        return C(T(pre + "FL09 PATIENT ADDRESS: a "), P(p.street.upper(), "address"), T(" b "), P(p.city.upper(), "address"), T(" c %s d " % p.state), P(p.zip.replace("-", ""), "zip"), T(" e US"))
    if k == 4:
        return C(T(pre + "FL10 BIRTHDATE: "), P(d_ub8(p.dob), "date"), T(" FL11 SEX: %s FL12 ADMISSION DATE: " % p.sex), P(d_ub6(p.admit.date()), "date"),
                 T(" FL13 HR: %02d FL14 TYPE: %s FL15 SRC: %s" % (p.admit.hour, ch("1", "2", "3"), ch("1", "7"))))
    if k == 5:
        return C(T(pre + "FL42 REV CD 0450 FL43 EMERGENCY ROOM FL44 HCPCS 99284 FL45 SERV DATE "), P(d_ub6(p.svc), "date"), T(" FL46 UNITS 1 FL47 TOTAL %d.00" % R.randint(300, 4000)))
    if k == 6:
        return C(T(pre + "FL58 INSURED'S NAME: "), nm_lf(p, upper=True), T("  FL59 P. REL: 18  FL60 INSURED'S UNIQUE ID: "), P(p.member, "health_plan"))
    if k == 7:
        return C(T(pre + "FL80 REMARKS: MVA - INSURED VEH VIN "), P(p.vin, "vehicle"), T(" PLATE "), P(p.plate, "vehicle"), T(" AUTO CARRIER %s CLAIM PENDING" % ch("STATE FARM", "GEICO", "PROGRESSIVE")))
    if k == 8:
        p = old(p, 0.6)
        if p.age > 89:
            return C(T(pre + "FL80 REMARKS: PT AGE "), P(str(p.age), "age"), T(" CONFIRMED W/ FAMILY; DOB "), P(d_ub8(p.dob), "date"))
        return C(T(pre + "FL80 REMARKS: PT AGE %d; DOB " % p.age), P(d_ub8(p.dob), "date"), T(" VERIFIED"))
    return C(T(pre + "FL31 OCCURRENCE CODE 11 DATE "), P(d_ub6(p.svc), "date"), T(" FL35 SPAN CODE 74 FROM "), P(d_ub6(p.admit.date()), "date"), T(" THROUGH "), P(d_ub6(p.disch.date()), "date"))


@reg("ub04_dump", False)
def _(p):
    f = R.choice(FACS)
    k = R.randrange(7)
    pre = ub_prefix()
    if k == 0:
        return T(pre + "FL01 PROVIDER: %s %s %s" % (f[1], FAC_ADDR[f[0]], FAC_PH[f[0]]))
    if k == 1:
        return T(pre + "FL04 TYPE OF BILL: %s  FL05 FED TAX NO: %s-%s" % (ch("0111", "0131", "0831"), digits(2), digits(7)))
    if k == 2:
        return T(pre + "FL50 PAYER NAME: %s  FL51 HEALTH PLAN ID: %s  FL54 PRIOR PAYMENTS: 0.00" % (R.choice(PAYERS)[1], digits(5)))
    if k == 3:
        return T(pre + "FL56 NPI: %s  FL57 OTHER PRV ID: %s" % (gen_npi(), digits(6)))
    if k == 4:
        return T(pre + "FL66 DX VERSION QUALIFIER: 0  FL67 PRIN DIAG: %s  FL67A-Q: %s %s" % (R.choice(ICD), R.choice(ICD), R.choice(ICD)))
    if k == 5:
        return T(pre + "FL42 REV CD 0001 TOTAL CHARGES %d.%02d  PAGE 1 OF 1  CREATION DATE %s" % (R.randint(500, 90000), R.randint(0, 99), now().strftime("%m%d%y")))
    return T(pre + "FL62 INSURANCE GROUP NO.: %s  FL65 EMPLOYER NAME: %s" % (ch("", "GRP") + digits(6), ch("CITY OF DAYTON", "ACME TOOL & DIE", "RETIRED")))


# ---------------- integration_error
def ie_prefix(level="ERROR"):
    return ch("%s %s " % (TS("iso"), level), "%s [%s] " % (TS("comma"), level), "%s interface-alert: " % TS("syslog"), "")


@reg("integration_error", True)
def _(p):
    p = old(p, 1.0)
    return C(T(ie_prefix("WARN") + "Fall-risk alert not delivered: "), age_piece(p), T(" y/o %s " % p.sex), nm_fl(p), T(", bed %s-%d, MRN " % (ch("4W", "MS3", "ICU"), R.randint(100, 499))), P(p.mrn, "mrn"))


@reg("integration_error", True)
def _(p):
    return C(T(ie_prefix() + "ACK AE: PID-3 missing for patient "), nm_lf(p), T(" DOB "), P(d_iso(p.dob), "date"))


@reg("integration_error", True)
def _(p):
    return C(T(ie_prefix() + "ACK AR from %s: MRG-1 prior MRN " % ch("EMPI", "LAB", "HIE_GW")), P(p.prior_mrn, "mrn"), T(" not found; merge into "), P(p.mrn, "mrn"),
             T(" ("), nm_lf(p, upper=True), T(") rejected"))


@reg("integration_error", True)
def _(p):
    return C(T(ie_prefix("WARN") + "Eligibility 271 AAA*Y**75*C (Subscriber Not Found): member "), P(p.member, "health_plan"), T(" / "), nm_fl(p), T(" DOB "), P(d_us(p.dob), "date"))


@reg("integration_error", True)
def _(p):
    return C(T(ie_prefix("WARN") + "Duplicate patient suspected: "), nm_lf(p, upper=True), T(" and "), P((p.last + ", " + p.first[0]).upper(), "name"),
             T(" share SSN "), P(p.ssn, "ssn"))


@reg("integration_error", True)
def _(p):
    return C(T(ie_prefix("WARN") + "Address validation failed for '"), P(p.street, "address"), T(", "), P(p.city, "address"), T(" %s " % p.state), P(p.zip, "zip"),
             T("': USPS DPV %s" % ch("N", "D", "S")))


@reg("integration_error", True)
def _(p):
    return C(T(ie_prefix() + "NAK: PID-13 phone '"), P(fp(p.phone), "phone"), T("' fails pattern for "), nm_fl(p), T(" (MRN "), P(p.mrn, "mrn"), T(")"))


@reg("integration_error", True)
def _(p):
    return C(T(ie_prefix() + "Trauma registry export rejected: MVC record for "), nm_lf(p), T(" missing vehicle plate; VIN "), P(p.vin, "vehicle"), T(" present"))


@reg("integration_error", True)
def _(p):
    return C(T(ie_prefix("WARN") + "Portal invite email to "), P(p.email, "email"), T(" bounced (550 5.1.1 user unknown) for MRN "), P(p.mrn, "mrn"))


@reg("integration_error", True)
def _(p):
    p = old(p)
    return C(T(ie_prefix("INFO") + "Age rule: "), nm_lf(p), T(" is "), age_piece(p), T(" years old (DOB "), P(d_us(p.dob), "date"), T("); routed to %s queue" % ("geriatric" if p.age > 75 else "default")))


@reg("integration_error", True)
def _(p):
    return C(T(ie_prefix() + "Discharge summary delivery failed: "), nm_lf(p), T(" discharged "), P(d_iso(p.disch.date()), "date"),
             T(" - fax to patient's home fax "), P(fp(p.fax, "paren_sp"), "fax"), T(" returned NO CARRIER"))


@reg("integration_error", True)
def _(p):
    return C(T(ie_prefix() + "Payment posting error: card "), P(fmt_card(p.card, R.random() < 0.6), "account"), T(" declined for guarantor "), nm_fl(p),
             T(" acct "), P(p.acct, "account"))


@reg("integration_error", True)
def _(p):
    return C(T(ie_prefix() + "ERA 835 auto-post failed: EFT to routing %s account " % p.routing), P(p.bank, "account"), T(" for patient refund "), nm_lf(p, upper=True))


@reg("integration_error", True)
def _(p):
    return C(T(ie_prefix("WARN") + "Duplicate device: IMEI "), P(p.imei, "device"), T(" already assigned to "), nm_lf(p), T(" (MRN "), P(p.mrn, "mrn"), T(")"))


@reg("integration_error", True)
def _(p):
    return C(T(ie_prefix("INFO") + "HIE query for "), nm_fl(p), T(", DOB "), P(d_mon(p.dob), "date"), T(", ZIP "), P(p.zip[:5], "zip"),
             T(", gender %s returned %d candidates" % (p.sex, R.randint(0, 5))))


@reg("integration_error", True)
def _(p):
    return C(T(ie_prefix("WARN") + "Driver's license "), P(p.dl, "license"), T(" (%s) on registration for " % p.state), nm_lf(p), T(" failed ID verification"))


@reg("integration_error", True)
def _(p):
    return C(T(ie_prefix("WARN") + "Patient portal session from "), P(p.ip, "ip"), T(" (X-Forwarded-For, upstream %s) opened " % gen_private_ip()),
             P("https://%s/MyChart/Messaging/Inbox?patId=%s" % (R.choice(IC_SITES), p.epi), "url"))


@reg("integration_error", True)
def _(p):
    return C(T(ie_prefix() + "Biometric enrollment rejected (NFIQ %d): ISO 19794-2 fingerprint template " % R.randint(4, 5)), P(gen_fmr(R.randint(36, 60)), "biometric"),
             T(" for MRN "), P(p.mrn, "mrn"))


@reg("integration_error", False)
def _(p):
    return T(ie_prefix() + ch("ACK AE: MSH-9 message type ADT^A99 not supported by receiver LAB_OUT",
                              "ACK AR: MSH-12 version 2.3 not accepted (expected 2.5.1) from %s" % ch("RADIS", "PACS"),
                              "ERR|1||100^Segment sequence error^HL70357|E|||PV1 before PID",
                              "Schema validation: element 'Patient/HumanPatient/Name/LastName' is required but missing in %d of %d messages" % (R.randint(1, 9), R.randint(100, 900))))


@reg("integration_error", False)
def _(p):
    return T(ie_prefix() + "NAK received from %s:%d after %d retries; message MSG%s queued (queue depth %d)" % (gen_private_ip(), ch(6661, 2575), R.randint(2, 5), digits(8), R.randint(1, 400)))


@reg("integration_error", False)
def _(p):
    return T(ie_prefix() + "999 rejected: IK5*R*5~ AK9*R*1*1*0~ segment count mismatch in batch 837P_20240314_%03d (ISA13 %s)" % (R.randint(1, 20), digits(9)))


@reg("integration_error", False)
def _(p):
    return T(ie_prefix() + "SFTP upload to %s:/inbound/claims/837I_20240314_%02d.edi failed: Permission denied (publickey)" % (gen_private_ip(), R.randint(1, 9)))


@reg("integration_error", False)
def _(p):
    return T(ie_prefix() + "TLS handshake with hie-gw.internal (%s:443) failed: certificate expired notAfter=2024-03-01T00:00:00Z" % gen_private_ip())


@reg("integration_error", False)
def _(p):
    return T(ie_prefix("INFO") + "Patient matching job finished: %d records, %d potential duplicates, 0 auto-merged, elapsed 00:%02d:%02d" % (R.randint(10000, 90000), R.randint(0, 80), R.randint(1, 59), R.randint(0, 59)))


@reg("integration_error", False)
def _(p):
    return T(ie_prefix("WARN") + "Alert emailed to interface-oncall@northvalleyhealth.org: %s queue > %d" % (R.choice(ENS_ITEMS), ch(500, 1000)))


@reg("integration_error", False)
def _(p):
    return T(ie_prefix("WARN") + "Eligibility 271 AAA*N**42 (Unable to Respond at Current Time) from payer %s, retry in %ds" % (R.choice(PAYERS)[0], ch(30, 60, 300)))


# ----------------------------------------------------------------- main ----
FAMILY_COUNTS = [("iris_ens", 50), ("iris_global", 45), ("rhapsody", 40), ("cloverleaf", 40), ("epic_bridges", 35),
                 ("epic_interconnect", 30), ("corepoint", 30), ("hl7v2_segment", 80), ("hl7v2_message", 30),
                 ("mllp_trace", 25), ("ccda_xml", 45), ("fhir_xml", 40), ("ncpdp_script", 30), ("cms1500_dump", 25),
                 ("ub04_dump", 20), ("integration_error", 35)]


def render(pieces):
    text = "".join(t for t, _ in pieces)
    spans = []
    pos = 0
    for t, cat in pieces:
        n = len(t.encode("utf-8"))
        if cat is not None and t:
            spans.append({"s": pos, "e": pos + n, "cat": cat, "_v": t})
        pos += n
    return text, spans


DECKS = {}


def draw(fam, phi):
    """Round-robin over a family's templates (reshuffled each cycle) for even coverage."""
    key = (fam, phi)
    if not DECKS.get(key):
        deck = list(REG[key])
        R.shuffle(deck)
        DECKS[key] = deck
    return DECKS[key].pop()


def main():
    assert sum(c for _, c in FAMILY_COUNTS) == N_LINES
    slots = []
    for fam, c in FAMILY_COUNTS:
        slots += [fam] * c
    R.shuffle(slots)
    clean = set(R.sample(range(N_LINES), N_CLEAN))
    p = make_person()
    lines, labels = [], []
    for i, fam in enumerate(slots):
        tick()
        if R.random() < 0.45:
            p = make_person()
        phi = i not in clean
        fn = draw(fam, phi)
        text, spans = render(fn(p))
        assert "\n" not in text and "\r" not in text, (fam, text)
        b = text.encode("utf-8")
        last = 0
        for sp in spans:
            assert sp["s"] >= last and sp["e"] > sp["s"], (text, sp)
            assert b[sp["s"]:sp["e"]].decode("utf-8") == sp["_v"], (text, sp)
            last = sp["e"]
        if phi:
            assert spans, (fam, text)
        else:
            assert not spans, (fam, text)
        lines.append(text)
        labels.append({"line": i + 1, "family": fam,
                       "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in spans]})
    with open(LOG_PATH, "w", encoding="utf-8", newline="\n") as f:
        for t in lines:
            f.write(t + "\n")
    with open(LAB_PATH, "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False, separators=(", ", ": ")) + "\n")
    # re-read and verify against the written file
    with open(LOG_PATH, "rb") as f:
        raw = f.read().split(b"\n")
    assert raw[-1] == b"" and len(raw) - 1 == N_LINES
    with open(LAB_PATH, encoding="utf-8") as f:
        labs = [json.loads(x) for x in f]
    cnt = collections.Counter()
    phi_lines = 0
    for lab, line in zip(labs, raw):
        for sp in lab["spans"]:
            assert 0 <= sp["s"] < sp["e"] <= len(line)
            line[sp["s"]:sp["e"]].decode("utf-8")
            cnt[sp["cat"]] += 1
        phi_lines += bool(lab["spans"])
    print("lines=%d phi_lines=%d (%.1f%%) clean=%d" % (N_LINES, phi_lines, 100.0 * phi_lines / N_LINES, N_LINES - phi_lines))
    for c in CATS:
        print("  %-12s %d" % (c, cnt[c]))


if __name__ == "__main__":
    main()
