#!/usr/bin/env python3
"""gen_ir.py -- synthetic, labeled log corpus (ID=ir).

Theme: a hospital's Nutrition & Food Services department ("Riverbend Medical Center",
fictitious): HL7 v2 diet orders (ORM^O01 with ODS/AL1, ADT transfers/discharges) through a
Mirth-style interface engine, room-service call center (Node/pino JSON), bedside tablet API
(nginx), tray ticket service (Spring Boot) and ZPL tray tickets / bottle labels, kitchen display
(key=value), tray line CSV, NICU breast-milk/formula tracking (JSON, scanner pipe rows),
dietitian consult notes, X12 837 MNT claims, cafeteria POS / payroll deduction, vendor
receiving (X12 856, German HACCP oven export), patient portal logins, SMS/e-mail notifications,
audit XML and infrastructure noise (syslog, PostgreSQL, k8s, Prometheus, redis, Python).

Writes ir.log (500 lines) and ir.labels.jsonl next to this script. Standard library only,
fixed seed, no clock/OS randomness. Every person and identifier is synthetic.

Labeling decisions:
- Labeled persons: patients (adult inpatients, NICU babies), their mothers/relatives/
  guarantors/emergency contacts and subscribers. Not labeled: dietitians, diet techs, nurses,
  physicians (incl. NPIs), call-center agents, cooks, cashiers, vendor reps, and staff who buy
  food at the cafeteria (payroll deduction names, employee IDs, badge numbers, staff palm-vein
  templates and staff emails/phones) -- no health information about them is in the line.
- Facility/business data is never labeled: hospital address, department extensions, vendor
  phones, PO/invoice numbers, lot numbers, printer/tablet/oven serials and MACs (hospital assets).
- Room, bed and unit (e.g. 4W-412B) are NOT labeled (facility location, not an address).
- Order numbers (placer/filler/diet order, room-service order, tray ticket, KDS ticket, POS
  check, call-center case, note IDs, bottle IDs, formula batch, donor-milk lot, meal voucher) are
  NOT labeled: they identify a transaction/container/document, not a person.
- Visit/encounter numbers (HL7 PV1-19 "V..."), patient tablet/guest-portal usernames and EHR FHIR
  patient resource IDs are other_id.
- Patient account numbers (PID-18, CLM01, room-charge "patAcct") and full card numbers of a
  relative paying for a patient's guest tray are account. Masked PANs (****1234) are not labeled.
- MRNs of patients, NICU babies and mothers are mrn; SSNs (PID-19/PID-3 SS) are ssn.
- Health plan member IDs / Medicare MBI are health_plan. Payer IDs are not labeled.
- Dates labeled as date: DOB, admit/discharge datetimes, diet-order start datetime (ORC-7),
  meal service date on a patient's ticket/order, dietitian note service date, claim service
  date, breast-milk expression and expiry datetimes, baby birth datetime. The whole written
  value (with time if written together) is one span. NOT labeled: log timestamps, HL7 MSH-7 /
  ORC-9 / EVN timestamps, record created/updated times, formula/food lot expiry dates.
- Ages are labeled only when > 89; the span is the number only ("93" in "93 y.o.").
- Names: each written occurrence is a span (full name in one span when written in one run:
  "Okafor, Chidi", "Baby Girl Nguyen", "T. NGUYEN", initials "M.G."); in HL7/X12 component
  names each component (family, given, middle) is its own span. Surname alone is labeled when it
  designates the patient. Names embedded in an e-mail/username are covered by that span only.
- Addresses: street line and city are separate address spans, state not labeled, ZIP is zip.
  URL-encoded values are labeled as written (e.g. ngozi.okafor%40gmail.com is email).
- Phones/faxes of patients and relatives (cell, home, caller ANI from an outside line) are
  labeled; in-house room phone extensions are not.
- IPs: only public IPs of patients/relatives (home portal, guest ordering) are ip; private
  10.x/172.16-31.x/192.168.x and vendor/service IPs are not labeled.
- device: a patient's or mother's own/issued device (insulin pump PDM serial, CGM transmitter,
  loaner breast-pump serial, personal phone MAC on the patient portal).
- biometric: a mother's fingerprint template for milk-freezer access. photo: base64 patient
  photos printed on tray tickets. license: a mother's driver's licence checked at milk release.
  vehicle: a relative's plate on a NICU family parking/meal pass. url: personal pages of a
  patient/family (CaringBridge, personal blog).
- Public test values (card 4111111111111111, 555-0100 test fixtures in QA lines) not labeled.
"""
import base64
import calendar
import datetime as dt
import json
import os
import random
import unicodedata
import uuid

ID = "ir"
R = random.Random(21031207)
HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = dt.date(2024, 3, 12)
T = dt.datetime(2024, 3, 12, 4, 52, 11, 118000)
TZ = "-04:00"  # EDT (DST began 2024-03-10)


# ------------------------------------------------------------------ line builder
class Line:
    def __init__(self, fam, parts):
        self.fam = fam
        self.spans = []
        buf = []
        n = 0

        def walk(p):
            nonlocal n
            if p is None:
                return
            if isinstance(p, str):
                buf.append(p)
                n += len(p.encode("utf-8"))
            elif isinstance(p, tuple):
                v, cat = p
                assert isinstance(v, str) and v, p
                b = len(v.encode("utf-8"))
                if cat:
                    self.spans.append({"s": n, "e": n + b, "cat": cat, "_v": v})
                buf.append(v)
                n += b
            else:
                for q in p:
                    walk(q)

        walk(parts)
        self.text = "".join(buf)
        assert "\n" not in self.text and "\r" not in self.text, self.text
        assert self.text.strip(), fam
        bt = self.text.encode("utf-8")
        for s in self.spans:
            assert bt[s["s"]:s["e"]].decode("utf-8") == s["_v"], (s, self.text)


def L(fam, *parts):
    return Line(fam, list(parts))


def nm(v): return (v, "name")
def ad(v): return (v, "address")
def zp(v): return (v, "zip")
def dte(v): return (v, "date")
def ag(v): return (v, "age")
def ph(v): return (v, "phone")
def fx(v): return (v, "fax")
def em(v): return (v, "email")
def sn(v): return (v, "ssn")
def mr(v): return (v, "mrn")
def hp(v): return (v, "health_plan")
def ac(v): return (v, "account")
def lic(v): return (v, "license")
def veh(v): return (v, "vehicle")
def dev(v): return (v, "device")
def url(v): return (v, "url")
def ip(v): return (v, "ip")
def bio(v): return (v, "biometric")
def pho(v): return (v, "photo")
def oid(v): return (v, "other_id")


class Raw(list):
    """pre-built JSON value parts (object/array), emitted as is"""


class Q(list):
    """string content parts, emitted inside double quotes"""


def jobj(*pairs):
    parts = ["{"]
    for i, pr in enumerate(pairs):
        k, v = pr[0], pr[1]
        cat = pr[2] if len(pr) > 2 else None
        if i:
            parts.append(",")
        parts.append(json.dumps(k) + ":")
        if isinstance(v, Raw):
            parts.extend(v)
        elif isinstance(v, Q):
            parts.append('"'); parts.extend(v); parts.append('"')
        elif isinstance(v, str) and cat:
            assert '"' not in v and "\\" not in v, v
            parts.append('"'); parts.append((v, cat)); parts.append('"')
        elif isinstance(v, str):
            parts.append(json.dumps(v, ensure_ascii=False))
        elif v is None or isinstance(v, bool):
            parts.append(json.dumps(v))
        else:
            s = json.dumps(v)
            parts.append((s, cat) if cat else s)
    parts.append("}")
    return Raw(parts)


def jarr(items):
    parts = ["["]
    for i, it in enumerate(items):
        if i:
            parts.append(",")
        if isinstance(it, Raw):
            parts.extend(it)
        else:
            parts.append(json.dumps(it, ensure_ascii=False))
    parts.append("]")
    return Raw(parts)


# ------------------------------------------------------------------ clock
def tick(a=4, b=95):
    global T
    T += dt.timedelta(seconds=R.randint(a, b) * 2.6, milliseconds=R.randint(0, 999))


def meal_at(ahead_h=0):
    h = (T + dt.timedelta(hours=ahead_h)).hour
    return "BREAKFAST" if h < 10 else "LUNCH" if h < 15 else "DINNER" if h < 20 else "SNACK_HS"


def ms():
    return f"{T.microsecond // 1000:03d}"


def ts_iso(): return T.strftime("%Y-%m-%dT%H:%M:%S.") + ms() + TZ
def ts_isoz(): return (T + dt.timedelta(hours=4)).strftime("%Y-%m-%dT%H:%M:%S.") + ms() + "Z"
def ts_java(): return T.strftime("%Y-%m-%d %H:%M:%S.") + ms()
def ts_mirth(): return T.strftime("%Y-%m-%d %H:%M:%S,") + ms()
def ts_sys(): return T.strftime("%b %d %H:%M:%S")
def ts_ngx(): return T.strftime("%d/%b/%Y:%H:%M:%S -0400")
def ts_hl7(): return T.strftime("%Y%m%d%H%M%S")
def ts_pg(): return T.strftime("%Y-%m-%d %H:%M:%S.") + ms() + " EDT"
def ts_plain(): return T.strftime("%Y-%m-%d %H:%M:%S")


def ts_epoch():
    return calendar.timegm((T + dt.timedelta(hours=4)).timetuple()) * 1000 + T.microsecond // 1000


# ------------------------------------------------------------------ helpers
def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
    return "".join(R.choice(chars) for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


_TR = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d"})


def A(s):
    s = s.translate(_TR)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def card_number():
    pre = R.choice(["4", "51", "53", "37"])
    ln = 15 if pre == "37" else 16
    while True:
        body = pre + digits(ln - len(pre) - 1)
        for c in "0123456789":
            if luhn_ok(body + c):
                return body + c


def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


AREAS = ["614", "380", "740", "937", "513", "216", "330", "419", "567", "220", "859", "304", "412", "317"]


def phone_raw():
    return R.choice(AREAS), f"{R.randint(201, 989)}", f"{R.randint(0, 9999):04d}"


def phone_fmt(p, style=None):
    a, b, c = p
    style = style or R.choice(["paren", "dash", "dot", "plain", "e164", "space", "intl"])
    return {"paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}",
            "plain": f"{a}{b}{c}", "e164": f"+1{a}{b}{c}", "space": f"{a} {b} {c}",
            "intl": f"+1 {a}-{b}-{c}", "hl7": f"({a}){b}-{c}"}[style]


def mbi():
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    return (str(R.randint(1, 9)) + R.choice(al) + R.choice(an) + str(R.randint(0, 9)) + R.choice(al)
            + R.choice(an) + str(R.randint(0, 9)) + R.choice(al) + R.choice(al)
            + str(R.randint(0, 9)) + str(R.randint(0, 9)))


def mac():
    return ":".join(f"{R.getrandbits(8):02x}" for _ in range(6))


def pub_ip():
    while True:
        a = R.choice([24, 45, 66, 67, 68, 71, 73, 74, 75, 76, 98, 99, 107, 108, 172, 174, 184])
        b = R.randint(0, 255)
        if a == 172 and 16 <= b <= 31:
            continue
        return f"{a}.{b}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def priv_ip():
    return R.choice([f"10.{R.choice([41, 60, 61, 70])}.{R.randint(1, 30)}.{R.randint(2, 250)}",
                     f"172.20.{R.randint(0, 15)}.{R.randint(2, 250)}"])


def fmt_date(d, style=None):
    style = style or R.choice(["iso", "us", "us_nz", "us_short", "dmon", "long", "eu", "hl7"])
    if style == "iso": return d.strftime("%Y-%m-%d")
    if style == "us": return d.strftime("%m/%d/%Y")
    if style == "us_nz": return f"{d.month}/{d.day}/{d.year}"
    if style == "us_short": return f"{d.month}/{d.day}/{d.strftime('%y')}"
    if style == "dmon": return d.strftime("%d-%b-%Y").upper() if R.random() < .5 else d.strftime("%d-%b-%Y")
    if style == "long": return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")
    if style == "eu": return d.strftime("%d.%m.%Y")
    if style == "hl7": return d.strftime("%Y%m%d")
    raise ValueError(style)


def age_of(dob):
    return TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))


def b64_jpeg(n):
    hdr = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00"
    return base64.b64encode(hdr + bytes(R.getrandbits(8) for _ in range(n))).decode()


def b64_fmr(n):
    hdr = b"FMR\x00 20\x00\x00\x01\x2c\x00\x00\x01\x00\x01\x90\x00\xc5\x00\xc5\x01\x00\x00\x00"
    return base64.b64encode(hdr + bytes(R.getrandbits(8) for _ in range(n))).decode()


# ------------------------------------------------------------------ pools
FIRST_F = ["María José", "Guadalupe", "Ngozi", "Adaeze", "Thi Lan", "Huong", "Priya", "Anjali",
           "Xiu Mei", "Seo-yeon", "Fatima", "Layla", "Agnieszka", "Svetlana", "Siobhan", "Eleanor",
           "Gertrude", "Dolores", "Keisha", "Ingrid", "Marie-Claire", "Zoë", "Ayşe", "Hodan",
           "Esperanza", "Thandiwe", "Akua", "Ifeoma", "Beatriz", "Yuki", "Rosa", "Mildred",
           "Bernadette", "Wanjiru", "Nadia", "Olga", "Kalani", "Chloé", "Imani", "Tuyet"]
FIRST_M = ["José", "Chidi", "Oluwaseun", "Minh", "Bao", "Rajesh", "Wei", "Jae-won", "Hamid",
           "Omar", "Stanisław", "Dmitri", "Pádraig", "Harold", "Tyrone", "DeShawn", "Lars",
           "Hans-Peter", "Jean-Luc", "Björn", "Mehmet", "Abdirahman", "Yusuf", "Kwame", "Emeka",
           "Gustavo", "Hiroshi", "Sven", "Earl", "Walter", "Kofi", "Arjun", "Thanh", "Mateo",
           "Ezekiel", "Rashid", "Viktor", "Francisco", "Tevita", "Cornelius"]
LAST = ["García-López", "Ramírez-Ortiz", "Nguyen", "Tran", "Okafor", "Adeyemi", "Okonkwo", "Patel",
        "Venkataraman", "Chen", "Li", "Kim", "Park", "Al-Sayed", "El-Amin", "Haddad", "Kowalczyk",
        "Wiśniewski", "Ivanova", "Petrov", "O'Connor", "MacAllister", "Smith-Okafor", "van der Berg",
        "de la Cruz", "dos Santos", "Da Silva", "Washington", "Yılmaz", "Öztürk", "Abdi", "Warsame",
        "Mensah", "Boateng", "Müller", "Dubois", "Lefèvre", "Tanaka", "Nakamura", "Hernández",
        "St. Pierre", "Pham", "Begay", "Jabłoński", "Fitzgerald", "Kealoha", "Johansson", "Rossi",
        "Mwangi", "Fofana", "Schwartz", "Ó Súilleabháin", "Bui", "Castellanos",
        "Delacroix-Whitfield", "Ahmed", "Gutiérrez"]
STREETS = ["Linden Ave", "E Broad St", "Cleveland Ave", "Sullivant Ave", "N High St", "Morse Rd",
           "Karl Rd", "Parsons Ave", "Hamilton Rd", "Oakland Park Ave", "W 5th Ave", "Refugee Rd",
           "E Livingston Ave", "Brice Rd", "Wilson Rd", "Cooper Rd", "Maple Ridge Ct",
           "Old Stone Mill Ln", "Saint Clair Ave", "Westerville Rd"]
CITIES = [("Columbus", "FRANKLIN", "432"), ("Whitehall", "FRANKLIN", "432"), ("Reynoldsburg", "LICKING", "430"),
          ("Grove City", "FRANKLIN", "431"), ("Hilliard", "FRANKLIN", "430"), ("Lancaster", "FAIRFIELD", "431"),
          ("Newark", "LICKING", "430"), ("Marion", "MARION", "433"), ("Chillicothe", "ROSS", "456"),
          ("Zanesville", "MUSKINGUM", "437"), ("Westerville", "DELAWARE", "430"), ("Circleville", "PICKAWAY", "431")]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "att.net", "hotmail.com", "proton.me"]
UNITS = {"4W": "4", "5E": "5", "6N": "6", "7S": "7", "ONC7": "7", "ORTH3": "3", "CVICU": "2", "MICU": "2"}
DIETS = [("REG", "Regular"), ("CCHO60", "Consistent Carbohydrate 60g/meal"), ("CARD2G", "Cardiac 2g Na"),
         ("RENAL", "Renal 2g Na 2g K 800mg Phos"), ("CLR", "Clear Liquid"), ("FULL", "Full Liquid"),
         ("IDDSI5", "IDDSI 5 Minced & Moist"), ("IDDSI4", "IDDSI 4 Pureed"), ("LOWFIB", "Low Fiber"),
         ("GF", "Gluten Free"), ("HEART", "Heart Healthy"), ("NEUT", "Low Microbial"),
         ("FR1500", "Fluid Restriction 1500 mL")]
ALLERGENS = ["PEANUT", "TREE NUT", "SHELLFISH", "EGG", "MILK", "SOY", "WHEAT", "SESAME", "FISH",
             "STRAWBERRY", "BANANA", "PORK (RELIGIOUS)"]
ITEMS = [("ENT-114", "Baked cod w/ lemon"), ("ENT-102", "Grilled chicken breast"), ("ENT-131", "Turkey club, no bacon"),
         ("BRK-011", "Oatmeal w/ brown sugar"), ("BRK-004", "Scrambled eggs"), ("ENT-155", "Vegetable lo mein"),
         ("SOU-021", "Tomato basil soup"), ("DES-007", "Gelatin, red"), ("DES-012", "Chocolate pudding"),
         ("SUP-301", "Ensure Plus vanilla"), ("SUP-305", "Glucerna shake"), ("SUP-310", "Nepro carb steady"),
         ("ENT-170", "Arroz con pollo"), ("ENT-181", "Dal tadka w/ rice"), ("BRK-030", "Congee w/ scallion"),
         ("SID-044", "Steamed green beans"), ("BEV-002", "Decaf coffee"), ("BEV-010", "Apple juice 4oz")]
DX = ["CHF exacerbation", "NSTEMI", "DKA", "sepsis 2/2 UTI", "COPD exacerbation", "hip fracture s/p ORIF",
      "acute pancreatitis", "AKI on CKD 4", "CVA with dysphagia", "SBO, resolved", "new dx AML, induction",
      "cirrhosis w/ ascites", "pneumonia"]

DIETITIANS = ["Simran Kaur, RD, LD", "Megan O'Rourke, MS, RDN", "Tomasz Nowak, RD, LD", "Aisha Bello, RDN, CNSC",
              "Lindsey Greer, RD"]
RD_IDS = ["rd.skaur", "rd.morourke", "rd.tnowak", "rd.abello", "rd.lgreer"]
AGENTS = [("cc-114", "mlopez"), ("cc-102", "jbarnes"), ("cc-121", "thuynh"), ("cc-108", "kwilliams2"), ("cc-117", "rdesai")]
DOCS = [("1447281934", "OBUYA", "GRACE", "A"), ("1639201857", "FELDMAN", "IRA", ""),
        ("1922047716", "RAGHUNATHAN", "VIVEK", "S"), ("1801176624", "LINDQVIST", "ANNA", "M")]
STAFF_BUY = [("20917", "0004419823", "HERNANDEZ", "JULIO", "7010-EVS"), ("31177", "0004420551", "MCKENZIE", "TARA", "6120-NURS-4W"),
             ("18842", "0004401198", "OYELARAN", "BISI", "8400-PHARM"), ("40311", "0004431007", "KRAUSE", "DANIEL", "7300-FNS"),
             ("27719", "0004415562", "NGUYEN", "KIM", "6300-NICU"), ("35520", "0004428340", "ABERNATHY", "ROSS", "9100-IT"),
             ("22468", "0004417769", "SHAH", "NEHA", "6200-ICU")]
NICU_RN = ["kpatel3", "abrennan", "lmorales", "tokafor2"]
DTECHS = ["dtech04", "dtech07", "dtech11", "dtech15"]


USED_NAMES = set()


def mk_person(sex, amin, amax, force_age=None):
    while True:
        first = R.choice(FIRST_F if sex == "F" else FIRST_M)
        last = R.choice(LAST)
        if (first, last) not in USED_NAMES:
            USED_NAMES.add((first, last))
            break
    age = force_age if force_age is not None else R.randint(amin, amax)
    dob = dt.date(TODAY.year - age - 1, 1, 1) + dt.timedelta(days=R.randint(0, 364))
    if age_of(dob) != age:
        dob = dob.replace(year=dob.year + (age_of(dob) - age))
    city, county, zpre = R.choice(CITIES)
    unit = R.choice(list(UNITS))
    p = {
        "first": first, "last": last, "mi": R.choice(["", "", "A", "B", "C", "D", "E", "J", "K", "L", "M", "R", "T"]),
        "sex": sex, "dob": dob, "age": age_of(dob),
        "mrn": f"{R.randint(100000, 9999999):08d}", "acct": str(R.randint(4000000000, 4099999999)),
        "visit": "V" + digits(9), "unit": unit, "room": f"{unit}-{UNITS[unit]}{R.randint(1, 40):02d}",
        "bed": R.choice("AB"), "diet": R.choice(DIETS), "allergies": R.sample(ALLERGENS, R.choice([0, 0, 1, 1, 2, 3])),
        "street": f"{R.randint(12, 9890)} {R.choice(STREETS)}" + R.choice(["", "", "", f" Apt {R.randint(1, 40)}{R.choice('ABCD')}", f" Unit {R.randint(100, 420)}"]),
        "city": city, "county": county, "zip": zpre + f"{R.randint(1, 99):02d}" + (f"-{R.randint(1, 9999):04d}" if R.random() < .25 else ""),
        "phone": phone_raw(), "ssn": ssn(),
        "admit": dt.datetime(2024, 3, 12, 4, 0) - dt.timedelta(minutes=R.randint(180, 13000)),
        "dx": R.choice(DX),
        "race": R.choice(["2106-3^White^HL70005", "2054-5^Black or African American^HL70005", "2028-9^Asian^HL70005", "2131-1^Other Race^HL70005", ""]),
        "lang": R.choice(["ENG^English", "SPA^Spanish", "VIE^Vietnamese", "SOM^Somali", "ARA^Arabic", "ENG"]),
        "marital": R.choice(["M", "S", "W", "D", ""]), "relig": R.choice(["CAT", "BAP", "MOS", "JEW", "NON", ""]),
        "fhir": "e" + alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") + "3",
    }
    loc = A(first).lower().replace(" ", "").replace("-", "")
    lst = A(last).lower().replace(" ", "").replace("'", "").replace(".", "")
    p["email"] = R.choice([f"{loc}.{lst}{R.randint(1, 99)}", f"{loc[0]}{lst}", f"{lst}.{loc}", f"{loc}{dob.year % 100:02d}"]) + "@" + R.choice(DOMAINS)
    p["username"] = R.choice([f"{loc[0]}{lst}{dob.year % 100:02d}", f"{loc}.{lst[:5]}", f"{lst}{R.randint(10, 999)}"])
    plan = R.choice(["MCR", "MCD", "ANTHEM", "UHC", "MEDMUTUAL"])
    p["plan"] = plan
    p["member"] = {"MCR": mbi(), "MCD": "10" + digits(10), "ANTHEM": "YRK" + digits(9),
                   "UHC": digits(9) + "01", "MEDMUTUAL": "MM" + digits(9)}[plan]
    return p


def mk_contact(p):
    sex = R.choice("FM")
    c = mk_person(sex, 25, 70)
    if R.random() < .6:
        c["last"] = p["last"]
    c["rel"] = R.choice(["daughter", "wife", "niece", "granddaughter", "sister"] if sex == "F" else ["son", "husband", "nephew", "grandson", "brother"])
    return c


ADULTS = []
for i in range(46):
    sex = R.choice("FM")
    if i % 5 == 3:
        person = mk_person(sex, 0, 0, force_age=R.randint(90, 101))
    else:
        person = mk_person(sex, 19, 89)
    person["contact"] = mk_contact(person)
    ADULTS.append(person)

NICU = []
for i in range(9):
    mom = mk_person("F", 18, 42)
    mom["unit"], mom["room"] = "MBU", f"MBU-3{R.randint(1, 30):02d}"
    sexb = R.choice(["Girl", "Boy"])
    bdob = dt.datetime.combine(TODAY - dt.timedelta(days=R.randint(2, 45)), dt.time(R.randint(0, 23), R.randint(0, 59)))
    baby_last = mom["last"] if R.random() < .7 else R.choice(LAST)
    twin = R.choice(["", "", "", " A", " B"])
    NICU.append({"mom": mom, "sex": sexb, "last": baby_last, "twin": twin, "bdob": bdob,
                 "mrn": f"{R.randint(3000000, 3999999):08d}", "bed": f"NICU-POD{R.randint(1, 4)}-{R.randint(1, 12):02d}",
                 "ga": f"{R.randint(24, 36)}+{R.randint(0, 6)}",
                 "pump": R.choice(["SYM", "MLN"]) + "-" + str(R.randint(2015, 2023)) + "-" + digits(7),
                 "dl": R.choice(["S", "T", "R", "P"]) + R.choice("ABCDEFGHJKLMNPRSTUVW") + digits(6),
                 "plate": R.choice([alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + " " + digits(4), alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(4)]),
                 "father": mk_person("M", 19, 48)})


def baby_name(b, style=None):
    style = style or R.choice(["bg", "upper", "lastfirst", "short"])
    last = b["last"]
    if style == "bg": return f"Baby {b['sex']} {last}{b['twin']}"
    if style == "upper": return f"{A(last).upper()}, BABY {b['sex'].upper()}{b['twin']}"
    if style == "lastfirst": return f"{last}, {b['sex']}{b['twin'] or ''}"
    return f"B{b['sex'][0]} {last}{b['twin']}"


def nm_as(p, style=None):
    f, l, m = p["first"], p["last"], p["mi"]
    style = style or R.choice(["First Last", "LAST, FIRST", "Last, First", "F. Last", "lower", "First M. Last", "LAST,FIRST"])
    if style == "First Last": return f"{f} {l}"
    if style == "LAST, FIRST": return f"{A(l).upper()}, {A(f).upper()}"
    if style == "LAST,FIRST": return f"{A(l).upper()},{A(f).upper()}" + (f" {m}" if m else "")
    if style == "Last, First": return f"{l}, {f}"
    if style == "F. Last": return f"{f[0]}. {l}"
    if style == "FL": return f"{f[0]}. {A(l).upper()}"
    if style == "lower": return f"{f} {l}".lower()
    if style == "First M. Last": return f"{f} {m + '. ' if m else ''}{l}"
    if style == "Last": return l
    if style == "First": return f
    if style == "initials": return f"{A(f)[0]}.{A(l)[0]}."
    raise ValueError(style)


def hl7_name(p):
    parts = [nm(A(p["last"]).upper()), "^", nm(A(p["first"]).upper())]
    if p["mi"]:
        parts += ["^", nm(p["mi"])]
    return parts


FORCE_P = []


def pick():
    if FORCE_P:
        return FORCE_P.pop()
    return R.choice(ADULTS)


def with_old(fn, *a):
    def run():
        FORCE_P.append(R.choice([p for p in ADULTS if p["age"] > 89]))
        out = fn(*a)
        FORCE_P.clear()
        return out
    return run


def pickn():
    return R.choice(NICU)


def hl7_dt(d):
    return d.strftime("%Y%m%d%H%M")


# ------------------------------------------------------------------ HL7
def seg_msh(typ, ctl, send="EPIC", sfac="RMC", recv="CBORD", rfac="RMC_NUTR"):
    return [f"MSH|^~\\&|{send}|{sfac}|{recv}|{rfac}|{ts_hl7()}||{typ}|{ctl}|P|2.3|||AL|NE"]


def seg_pid(p, full=True):
    parts = ["PID|1||", mr(p["mrn"]), "^^^RMC^MR"]
    if full and R.random() < .3:
        parts += ["~", sn(p["ssn"].replace("-", "")), "^^^USSSA^SS"]
    parts += ["||"] + hl7_name(p) + ["||", dte(p["dob"].strftime("%Y%m%d")), "|", p["sex"]]
    if not full:
        return parts
    parts += ["||", p["race"], "|", ad(A(p["street"]).upper()), "^^", ad(A(p["city"]).upper()), "^OH^", zp(p["zip"]), "^USA^H|"]
    if R.random() < .4:
        parts += [ad(p["county"])]
    parts += ["|", ph(phone_fmt(p["phone"], "hl7")), "^PRN^PH||", p["lang"], "|", p["marital"], "|", p["relig"], "|", ac(p["acct"])]
    if R.random() < .45:
        parts += ["|", sn(p["ssn"])]
    return parts


def seg_pv1(p, discharge=None):
    f = [""] * 46
    d = R.choice(DOCS)
    f[0] = "PV1"; f[1] = "1"; f[2] = "I"; f[3] = f"{p['unit']}^{p['room'].split('-')[1]}^{p['bed']}^RMC"
    f[7] = f"{d[0]}^{d[1]}^{d[2]}^{d[3]}^^^MD"; f[10] = R.choice(["MED", "CAR", "ONC", "SUR", "ORT"]); f[18] = "IP"
    parts = []
    for i, v in enumerate(f):
        if i:
            parts.append("|")
        if i == 19:
            parts.append(oid(p["visit"]))
        elif i == 44:
            parts.append(dte(hl7_dt(p["admit"])))
        elif i == 45 and discharge:
            parts.append(dte(discharge))
        elif v:
            parts.append(v)
    return parts


def orm_segments(p):
    ctl = digits(10)
    segs = [seg_msh("ORM^O01", ctl), seg_pid(p), seg_pv1(p)]
    d = R.choice(DOCS)
    start = p["admit"] + dt.timedelta(minutes=R.randint(30, 240))
    segs.append(["ORC|NW|", digits(9), "^EPIC||", "|SC||^^^", dte(hl7_dt(start)), "^^R||", ts_hl7(),
                 f"|{R.randint(100000, 999999)}^{R.choice(['MORALES', 'WU', 'BRANDT', 'IKE'])}^{R.choice(['T', 'L', 'J'])}||{d[0]}^{d[1]}^{d[2]}^^^^MD|{p['unit']}"])
    code, text = p["diet"]
    segs.append([f"ODS|D||{code}^{text}^RMCDIET|"])
    if R.random() < .5:
        segs.append([R.choice(["ODS|D||IDDSI2^Mildly Thick Liquids^RMCDIET|", "ODS|P||^No pork^RMCPREF|", "ODS|P||^Vegetarian^RMCPREF|",
                               "ODS|S|^^^^^^^^^TID|SUP301^Ensure Plus Vanilla 237 mL^RMCSUPP|", "ODS|D||FR1500^Fluid Restriction 1500 mL/24h^RMCDIET|",
                               "ODS|P||^Kosher meals^RMCPREF|Sealed double-wrapped"])])
    for i, a in enumerate(p["allergies"], 1):
        segs.append([f"AL1|{i}|FA|^{a}^RMCALG|{R.choice(['SV', 'MO', 'MI', 'U'])}|{R.choice(['HIVES', 'ANAPHYLAXIS', 'GI UPSET', 'RASH', ''])}|"])
    if R.random() < .45:
        c = p["contact"]
        segs.append(R.choice([
            ["NTE|1|L|", nm(nm_as(c, "First Last")), f" ({c['rel']}) brings food from home; ok per attending. Call ", ph(phone_fmt(c["phone"], "dash")), " before discharge teaching."],
            ["NTE|1|L|Pt fasting for Ramadan - trays before dawn & after sunset"],
            ["NTE|1|L|Thin liquids ok after SLP re-eval; see note"],
            ["NTE|1|L|Pt ", nm(nm_as(p, "Last")), " HOH - please speak to family (", nm(nm_as(c, "First")), ") for menu selections"],
            ["NTE|1|L|NPO after midnight for EGD 03/13"],
        ]))
    return ctl, segs


def ev_hl7_orm():
    tick()
    p = pick()
    ctl, segs = orm_segments(p)
    out = [L("mirth", ts_mirth(), f" INFO  [DIET_ORM_IN-tcp-{R.randint(1, 6)}] c.m.c.connectors.tcp.TcpReceiver: channel=DIET_ORM_IN received message id={R.randint(100000, 999999)} from 10.41.8.22:{R.randint(40000, 60000)} bytes={R.randint(700, 1900)}")]
    if R.random() < .3:
        parts = [ts_java(), " DEBUG [DietOrders.FromEpic] rhapsody.comm.Communicator - msg=\""]
        for i, s in enumerate(segs):
            if i:
                parts.append("\\r")
            parts.append(s)
        parts.append("\"")
        out.append(L("hl7_escaped", parts))
    else:
        for s in segs:
            out.append(L("hl7v2", s))
    tick(0, 2)
    out.append(L("mirth", ts_mirth(), f" INFO  [DIET_ORM_IN-dest-1] c.m.c.server.channel.Channel: channel=DIET_ORM_IN dest=CBORD_PSS status=SENT ack=AA ctl={ctl} latency_ms={R.randint(18, 420)}"))
    if R.random() < .35:
        out.append(L("hl7v2", f"MSH|^~\\&|CBORD|RMC_NUTR|EPIC|RMC|{ts_hl7()}||ACK^O01|ACK{digits(8)}|P|2.3"))
        out.append(L("hl7v2", f"MSA|AA|{ctl}"))
    return out


def ev_hl7_adt():
    tick()
    p = pick()
    typ = R.choice(["A02", "A03", "A02", "A08"])
    ctl = digits(10)
    out = [L("mirth", ts_mirth(), f" INFO  [ADT_NUTR_IN-tcp-1] c.m.c.connectors.tcp.TcpReceiver: channel=ADT_NUTR_IN received ADT^{typ} id={R.randint(100000, 999999)}")]
    out.append(L("hl7v2", seg_msh(f"ADT^{typ}", ctl)))
    out.append(L("hl7v2", f"EVN|{typ}|{ts_hl7()}|||{R.randint(100000, 999999)}^ADTUSER"))
    out.append(L("hl7v2", seg_pid(p, full=R.random() < .5)))
    dis = hl7_dt(T - dt.timedelta(minutes=R.randint(1, 50))) if typ == "A03" else None
    out.append(L("hl7v2", seg_pv1(p, dis)))
    if typ == "A08" or R.random() < .35:
        payer = {"MCR": ("MCR", "00112", "MEDICARE PART A"), "MCD": ("OHMCD", "CS01", "CARESOURCE OHIO MEDICAID"), "ANTHEM": ("ANTPPO", "ANT01", "ANTHEM BCBS OH"),
                 "UHC": ("UHCCP", "87726", "UNITEDHEALTHCARE"), "MEDMUTUAL": ("MMOPPO", "34009", "MEDICAL MUTUAL OF OHIO")}[p["plan"]]
        sub = p if R.random() < .6 else p["contact"]
        in1 = ["IN1|1|", payer[0], "|", payer[1], "|", payer[2], "|" * 12] + hl7_name(sub) + ["|", "SEL" if sub is p else R.choice(["SPO", "CHD", "OTH"]), "|", dte(sub["dob"].strftime("%Y%m%d")),
               "|" * 18, hp(p["member"])]
        out.append(L("hl7v2", in1))
    if typ == "A03":
        out.append(L("mirth", ts_mirth(), f" INFO  [ADT_NUTR_IN-dest-2] c.m.c.s.u.JavaScriptUtil: discharge -> cancelled {R.randint(1, 4)} future trays, released bed {p['room']}{p['bed']}"))
    return out


def ev_mirth_noise():
    tick()
    ch = R.choice(["DIET_ORM_IN", "ADT_NUTR_IN", "NUTR_NOTES_OUT", "MILK_ORU_OUT"])
    t = R.choice([
        f" INFO  [pool-2-thread-4] c.m.c.s.c.DataPruner: pruned {R.randint(1000, 90000)} messages from {ch} older than 30 days in {R.randint(2, 90)}s",
        f" WARN  [{ch}-dest-1] c.m.c.c.t.TcpDispatcher: MLLP connection to 10.41.12.9:6661 reset by peer; retry {R.randint(1, 5)}/5 in 5000 ms",
        f" INFO  [main] c.m.c.s.ExtensionLoader: channel {ch} deployed (rev {R.randint(40, 220)}) in {R.randint(90, 900)} ms",
        f" ERROR [{ch}-dest-1] c.m.c.c.t.TcpDispatcher: java.net.SocketTimeoutException: Read timed out (response timeout 30000 ms)",
        f" INFO  [qtp1923-41] c.m.c.s.a.ApiServer: GET /api/channels/statistics 200 {R.randint(3, 40)}ms user=mirth_monitor",
        f" INFO  [{ch}-queue] c.m.c.d.DestinationQueue: queued={R.randint(0, 40)} errored={R.randint(0, 3)} sent_last_hour={R.randint(80, 900)}",
    ])
    out = [L("mirth", ts_mirth(), t)]
    if R.random() < .35:
        p = pick()
        tick(0, 3)
        out.append(L("mirth", ts_mirth(), R.choice([
            [f" ERROR [DIET_ORM_IN-transformer] c.m.c.s.t.JavaScriptTransformer: step 'map diet code' failed: ODS-3 '{R.choice(['DYS3', 'DASH2', 'KETO'])}' not in RMCDIET table (MRN ", mr(p["mrn"]), ", visit ", oid(p["visit"]), ")"],
            [" WARN  [DIET_ORM_IN-filter] c.m.c.s.f.JavaScriptFilter: rejected ORM for ", nm(A(p["last"]).upper() + "^" + A(p["first"]).upper()), " - patient not on census (PID-3=", mr(p["mrn"]), ")"],
            [" ERROR [ADT_NUTR_IN-dest-1] c.m.c.c.d.DatabaseDispatcher: ORA-00001 unique constraint (PSS.PAT_ACCT_UK) violated for acct ", ac(p["acct"])],
        ])))
    return out


# ------------------------------------------------------------------ call center (pino)
def pino(level, extra, msg, host=None):
    host = host or R.choice(["rs-callctr-01", "rs-callctr-02"])
    return jobj(("level", level), ("time", ts_epoch()), ("pid", R.choice([2231, 2247, 3190])), ("hostname", host),
                ("name", "roomservice-cc"), *extra, ("msg", msg))


def ev_callcenter(force=None):
    tick()
    ag_id, ag_user = R.choice(AGENTS)
    rid = "req-" + hexs(4)
    k = R.random() if force is None else force
    if k < .45:
        t = R.choice([
            [("agentId", ag_id), ("from", "READY"), ("to", R.choice(["ON_CALL", "WRAP", "BREAK"])), ("queue", "ROOM_SERVICE")],
            [("queue", "ROOM_SERVICE"), ("waiting", R.randint(0, 9)), ("longestWaitSec", R.randint(0, 240)), ("agentsReady", R.randint(1, 7)), ("asaSec", round(R.uniform(8, 60), 1))],
            [("menuVersion", f"2024.03.{R.randint(10, 12)}-{R.randint(1, 4)}"), ("ttlMs", 300000)],
            [("reqId", rid), ("req", jobj(("method", "GET"), ("url", f"/v1/menus/{R.choice(['BREAKFAST', 'LUNCH', 'DINNER'])}?diet={R.choice(DIETS)[0]}"))), ("res", jobj(("statusCode", 200))), ("responseTime", R.randint(8, 140))],
            [("reqId", rid), ("err", jobj(("type", "FetchError"), ("message", "request to http://pss-api.nutrition.svc:8080/v1/menus failed, reason: connect ECONNREFUSED 10.96.14.2:8080"), ("code", "ECONNREFUSED")))],
            [("callId", "CA" + hexs(32)), ("durationSec", R.randint(40, 600)), ("disposition", R.choice(["ORDER_PLACED", "INFO_ONLY", "ABANDONED", "TRANSFERRED"]))],
        ])
        msg = {0: "agent state change", 1: "queue stats", 2: "menu cache stale; refetching", 3: "request completed", 4: "request failed", 5: "call ended"}
        keys = [a[0] for a in t]
        if "from" in keys: m = msg[0]; lv = 30
        elif "waiting" in keys: m = msg[1]; lv = 30
        elif "menuVersion" in keys: m = msg[2]; lv = 40
        elif "res" in keys: m = msg[3]; lv = 30
        elif "err" in keys: m = msg[4]; lv = 50
        else: m = msg[5]; lv = 30
        return [L("pino_json", pino(lv, t, m))]
    p = pick()
    c = p["contact"]
    if k < .62:
        outside = R.random() < .55
        ani = ("ani", phone_fmt(c["phone"] if R.random() < .6 else p["phone"], "e164"), "phone") if outside else ("ani", f"ext:{R.randint(40000, 49999)}")
        extra = [("reqId", rid), ("callId", "CA" + hexs(32)), ("agentId", ag_id), ani,
                 ("patient", jobj(("mrn", p["mrn"], "mrn"), ("name", nm_as(p, R.choice(["Last, First", "LAST, FIRST"])), "name"),
                                   ("room", p["room"] + p["bed"]), ("dob", p["dob"].isoformat(), "date"))),
                 ("verifyMethod", R.choice(["DOB+ROOM", "DOB+NAME", "ROOM+NAME"]))]
        if p["age"] > 89 and R.random() < .7:
            extra.append(("age", p["age"], "age"))
        return [L("pino_json", pino(30, extra, "patient verified"))]
    if k < .8:
        its = R.sample(ITEMS, R.randint(2, 4))
        sd = TODAY if R.random() < .7 else TODAY + dt.timedelta(days=1)
        extra = [("reqId", rid), ("orderId", f"RS-{TODAY.strftime('%y%m%d')}-{R.randint(1000, 9999):06d}"), ("mrn", p["mrn"], "mrn"),
                 ("serviceDate", sd.isoformat(), "date"), ("meal", meal_at(R.choice([0, 1, 3]))),
                 ("items", jarr([jobj(("sku", s), ("desc", d)) for s, d in its])), ("carbTotal", R.randint(30, 75)),
                 ("dietCheck", R.choice(["PASS", "PASS", "OVERRIDE"])), ("agentId", ag_id)]
        return [L("pino_json", pino(30, extra, "order submitted"))]
    if k < .9:
        extra = [("reqId", rid), ("rule", R.choice(["NA_2G", "K_2G", "CHO_60", "IDDSI_5", "ALLERGEN_PEANUT"])), ("patientName", nm_as(p, R.choice(["LAST, FIRST", "First Last"])), "name"),
                 ("mrn", p["mrn"], "mrn"), ("item", R.choice(ITEMS)[1]), ("sodiumMg", R.randint(400, 1400))]
        return [L("pino_json", pino(40, extra, "diet rule violation"))]
    pan = card_number()
    extra = [("reqId", rid), ("guestCount", R.randint(1, 3)), ("chargeTo", jobj(("acct", p["acct"], "account"), ("guarantor", nm_as(c, "Last, First"), "name"))),
             ("payment", jobj(("pan", pan, "account"), ("exp", f"{R.randint(1, 12):02d}/{R.randint(25, 29)}"), ("entry", "KEYED")))]
    return [L("pino_json", pino(30, extra, "guest tray charged"))]


# ------------------------------------------------------------------ bedside tablet API (nginx)
UA_TAB = ["Mozilla/5.0 (Linux; Android 11; SM-T500 Build/RP1A.200720.012; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/122.0.6261.105 Safari/537.36 MealTablet/3.8.2",
          "Mozilla/5.0 (iPad; CPU OS 16_7_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) MealTablet/3.8.1",
          "okhttp/4.12.0", "kube-probe/1.28", "Prometheus/2.49.1"]
UA_HOME = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
           "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0"]


def ngx(ipv, req, status, size, ua, rt, ref="-"):
    return [ipv, " - - [", ts_ngx(), "] \"", req, f"\" {status} {size} \"{ref}\" \"{ua}\" rt={rt:.3f}"]


def ev_tablet():
    tick(1, 40)
    k = R.random()
    tab = priv_ip()
    if k < .62:
        req = R.choice([f"GET /api/v2/menu/{R.choice(['breakfast', 'lunch', 'dinner'])}?unit={R.choice(list(UNITS))}&diet={R.choice(DIETS)[0]}&lang={R.choice(['en', 'es', 'so', 'vi'])} HTTP/1.1",
                        "GET /healthz HTTP/1.1", "POST /api/v2/telemetry HTTP/1.1", f"GET /static/js/app.{hexs(8)}.js HTTP/2.0",
                        "GET /api/v2/session HTTP/1.1", "GET /metrics HTTP/1.1", f"GET /api/v2/tablets/TAB-{R.randint(1000, 1400)}/config HTTP/1.1"])
        st = R.choice([200, 200, 200, 304, 401, 204, 502]) if "healthz" not in req else 200
        ua = UA_TAB[3] if "healthz" in req else UA_TAB[4] if "metrics" in req else R.choice(UA_TAB[:3])
        return [L("nginx", ngx(tab, req, st, R.randint(0, 48000), ua, R.uniform(0.001, 0.9)))]
    p = pick()
    if k < .82:
        d = fmt_date(p["dob"], R.choice(["hl7", "iso"]))
        req = ["GET /api/v2/patients/lookup?room=", p["room"], "&bed=", p["bed"], "&dob=", dte(d), " HTTP/1.1"] if R.random() < .5 else \
              ["GET /api/v2/patients/", mr(p["mrn"]), "/orders?meal=", R.choice(["LUNCH", "DINNER"]), "&date=", dte(TODAY.isoformat()), " HTTP/1.1"]
        return [L("nginx", ngx(tab, req, R.choice([200, 200, 404]), R.randint(200, 9000), R.choice(UA_TAB[:2]), R.uniform(0.01, 0.6)))]
    c = p["contact"]
    req = R.choice([
        ["GET /guest/order?last=", nm(A(p["last"]).replace(" ", "+").replace("'", "%27")), "&room=", p["room"], " HTTP/2.0"],
        ["GET /notify/unsubscribe?email=", em(c["email"].replace("@", "%40")), "&t=", hexs(24), " HTTP/2.0"],
        ["POST /guest/tray?patientMrn=", mr(p["mrn"]), " HTTP/2.0"],
    ])
    return [L("nginx", ngx(ip(pub_ip()), req, R.choice([200, 201, 302]), R.randint(300, 4000), R.choice(UA_HOME), R.uniform(0.02, 0.4), "https://meals.riverbendhealth.org/guest"))]


# ------------------------------------------------------------------ tray ticket service (Spring) + ZPL
def spring(level, thread, logger, *msg):
    return [ts_java(), f" {level:>5} {R.choice([18233, 18233, 20411])} --- [{thread:>15}] {logger:<40} : ", *msg]


def ev_ticket_svc(force=None):
    tick()
    k = R.random() if force is None else force
    if k < .5:
        ms_ = R.randint(800, 9000)
        msg = R.choice([
            ("INFO", "scheduling-1", "c.r.n.tray.TicketBatchJob", f"Printed {R.randint(8, 60)} tickets for meal={meal_at(2)} unit={R.choice(list(UNITS))} printer=TRAY-ZPL-0{R.randint(1, 4)} in {ms_} ms"),
            ("INFO", "main", "c.r.n.tray.TrayTicketApplication", f"Started TrayTicketApplication in {R.uniform(8, 20):.3f} seconds (process running for {R.uniform(20, 22):.1f})"),
            ("INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed."),
            ("WARN", "zpl-sender-2", "c.r.n.tray.print.ZplSocketPrinter", f"Printer TRAY-ZPL-0{R.randint(1, 4)} (10.41.20.{R.randint(50, 60)}:9100) status=PAPER_OUT; {R.randint(1, 20)} jobs held"),
            ("INFO", "scheduling-2", "c.r.n.tray.CutoffJob", f"Cutoff reached for {meal_at(1)}; {R.randint(2, 30)} default trays generated (no selection)"),
            ("WARN", "http-nio-8080-exec-7", "o.s.w.s.m.s.DefaultHandlerExceptionResolver", "Resolved [org.springframework.web.HttpMediaTypeNotSupportedException: Content-Type 'text/plain;charset=UTF-8' is not supported]"),
            ("ERROR", "zpl-sender-1", "c.r.n.tray.print.ZplSocketPrinter", "Send failed: java.net.ConnectException: Connection refused"),
        ])
        out = [L("spring", spring(msg[0], msg[1], msg[2], msg[3]))]
        if msg[0] == "ERROR" and R.random() < .6:
            for fr in ["java.net.ConnectException: Connection refused", "\tat java.base/sun.nio.ch.Net.connect0(Native Method)",
                       "\tat java.base/java.net.Socket.connect(Socket.java:633)",
                       "\tat com.riverbend.nutrition.tray.print.ZplSocketPrinter.send(ZplSocketPrinter.java:88)",
                       "\tat com.riverbend.nutrition.tray.print.PrintQueue.drain(PrintQueue.java:141)", "\t... 12 common frames omitted"][:R.randint(2, 4)]:
                out.append(L("java_stack", fr))
        return out
    p = pick()
    if k < .7:
        a = p["allergies"][0] if p["allergies"] else "PEANUT"
        tk = f"T-{TODAY.strftime('%y%m%d')}-{R.randint(1, 999):04d}"
        return [L("spring", spring("WARN", "http-nio-8080-exec-3", "c.r.n.tray.render.TicketRenderer",
                                   f"Allergy conflict on {tk} for ", nm(nm_as(p, "LAST, FIRST")), " (MRN ", mr(p["mrn"]), f", Rm {p['room']}{p['bed']}): item '{R.choice(['PB cookie', 'Shrimp stir fry', 'Egg salad', 'Sesame noodles'])}' contains {a} -> substituted"))]
    if k < .85:
        return [L("spring", spring("INFO", "http-nio-8080-exec-5", "c.r.n.tray.DefaultTrayService",
                                   "NPO lifted for pt ", mr(p["mrn"]), " at ", dte((T - dt.timedelta(minutes=R.randint(2, 40))).strftime("%Y-%m-%d %H:%M")), f"; advancing to {p['diet'][0]} tray"))]
    # debug payload with patient photo on ticket
    b = b64_jpeg(R.randint(60, 120))
    pl = jobj(("ticketId", f"T{TODAY.strftime('%y%m%d')}{R.randint(1, 999):04d}"), ("patientName", nm_as(p, "Last, First"), "name"),
              ("dob", fmt_date(p["dob"], "us"), "date"), ("room", p["room"] + p["bed"]), ("diet", p["diet"][1]),
              ("photo", Q(["data:image/jpeg;base64,", pho(b)])), ("photoTruncated", True))
    return [L("spring", spring("DEBUG", "http-nio-8080-exec-2", "c.r.n.tray.render.TicketPayloadLogger", "payload=", pl))]


def ev_zpl_ticket():
    return ev_zpl(1.0)


def ev_callcenter_verify():
    return ev_callcenter(.5)


def ev_zpl(force=None):
    tick(1, 10)
    k = R.random() if force is None else force
    if k < .3:
        return [L("zpl", R.choice(["~JC^XA^JUS^XZ", f"^XA^FO40,40^A0N,50,50^FDPRINTER TEST TRAY-ZPL-0{R.randint(1, 4)}^FS^FO40,110^A0N,30,30^FDfw V{R.randint(70, 80)}.20.{R.randint(1, 22)}Z^FS^XZ",
                                  "^XA^MMT^PW812^LL0406^LS0^XZ", f"^XA^FO30,30^A0N,40,40^FDLATE TRAY - {R.choice(list(UNITS))}^FS^FO30,80^A0N,30,30^FDTrays pending: {R.randint(1, 9)}^FS^XZ"]))]
    p = pick()
    meal = meal_at(2).replace("SNACK_HS", "BREAKFAST")
    parts = ["^XA^CI28^FO30,20^A0N,36,36^FDRM ", p["room"] + p["bed"], "^FS^FO30,60^A0N,44,44^FD", nm(nm_as(p, R.choice(["LAST, FIRST", "Last, First", "FL"]))),
             "^FS^FO30,110^A0N,28,28^FDDOB ", dte(fmt_date(p["dob"], R.choice(["us", "us_nz", "dmon"]))), "  MRN ", mr(p["mrn"])]
    if p["age"] > 89:
        parts += ["  AGE ", ag(str(p["age"]))]
    parts += [f"^FS^FO30,145^A0N,28,28^FDDIET: {p['diet'][1].upper()}^FS^FO30,180^A0N,30,30^FR^FDALLERGY: {', '.join(p['allergies']) or 'NKFA'}^FS",
              f"^FO30,215^A0N,28,28^FD{meal} ", dte(fmt_date(TODAY, R.choice(["us", "iso"]))), f"^FS^BY2^FO30,250^BCN,60,N,N^FDT{TODAY.strftime('%y%m%d')}{R.randint(1, 999):04d}^FS^XZ"]
    return [L("zpl", parts)]


# ------------------------------------------------------------------ kitchen display
def ev_kds():
    tick(1, 30)
    st = R.choice(["GRILL-1", "GRILL-2", "COLD-1", "SAUTE-1", "EXPO", "PUREE-1"])
    if R.random() < .6:
        t = R.choice([f"evt=heartbeat fw=2.14.1 uptime_s={R.randint(1000, 900000)} queue={R.randint(0, 14)}",
                      f"evt=bump ticket=K{R.randint(1000, 9999)} items={R.randint(1, 5)} elapsed_s={R.randint(60, 900)} room={pick()['room']}",
                      f"evt=recall ticket=K{R.randint(1000, 9999)} by=cook{R.randint(1, 12):02d}",
                      f"evt=sla_breach ticket=K{R.randint(1000, 9999)} target_s=1200 actual_s={R.randint(1201, 2600)}",
                      f"evt=ws_reconnect url=wss://kds-hub.nutr.rmc.local:8443/stream attempt={R.randint(1, 6)} backoff_ms={R.choice([500, 1000, 2000, 4000])}",
                      f"evt=86 item=\"{R.choice(ITEMS)[1]}\" by=chef_ramos remaining=0"])
        return [L("kds_kv", f"ts={ts_iso()} station={st} ", t)]
    p = pick()
    nmv = nm_as(p, R.choice(["FL", "F. Last", "Last", "initials"]))
    return [L("kds_kv", f"ts={ts_iso()} station={st} evt=new ticket=K{R.randint(1000, 9999)} room={p['room']}{p['bed']} pt=\"", nm(nmv),
              f"\" diet={p['diet'][0]} items=\"{'; '.join(i[1] for i in R.sample(ITEMS, 2))}\" alg={'|'.join(a.split()[0] for a in p['allergies']) or 'none'} prio={R.choice(['normal', 'STAT', 'late'])}")]


# ------------------------------------------------------------------ tray line CSV
TRAY_HDR = "tray_id,meal,unit,room,bed,patient_name,diet_code,texture,liq,allergens,checker,temp_hot_f,temp_cold_f,passed_at"


def ev_trayline():
    tick(1, 20)
    meal = meal_at(0)[0].replace("S", "D")
    if R.random() < .18:
        return [L("trayline_csv", TRAY_HDR)]
    if R.random() < .3:
        return [L("trayline_csv", f"# summary meal={meal} unit={R.choice(list(UNITS))} trays={R.randint(20, 45)} late={R.randint(0, 4)} accuracy={R.uniform(97, 100):.1f}% avg_ptw_min={R.uniform(18, 40):.1f}")]
    p = pick()
    tid = f"{TODAY.strftime('%y%m%d')}{meal}{R.randint(1, 600):04d}"
    if p["diet"][0] == "NPO" or R.random() < .12:
        return [L("trayline_csv", f"{tid},{meal},{p['unit']},{p['room'].split('-')[1]},{p['bed']},,NPO,,,,{R.choice(DTECHS)},,,")]
    n = nm_as(p, R.choice(["Last, First", "LAST, FIRST", "First Last", "F. Last"]))
    cell = ['"', nm(n), '"'] if "," in n else [nm(n)]
    return [L("trayline_csv", f"{tid},{meal},{p['unit']},{p['room'].split('-')[1]},{p['bed']},", cell,
              f",{p['diet'][0]},{R.choice(['REG', 'IDDSI5', 'IDDSI4', 'SOFT'])},{R.choice(['THIN', 'THIN', 'IDDSI2'])},{'|'.join(p['allergies'])},{R.choice(DTECHS)},{R.randint(138, 175)},{R.randint(33, 41)},{T.strftime('%H:%M:%S')}")]


# ------------------------------------------------------------------ NICU milk / formula
def ev_milk(force=None):
    tick(2, 60)
    b = pickn()
    mom = b["mom"]
    k = R.random() if force is None else force
    bottle = "BM-" + alnum(6)
    expr = T - dt.timedelta(minutes=R.randint(20, 2400), seconds=T.second)
    if k < .3:
        return [L("milk_json", R.choice([
            jobj(("ts", ts_isoz()), ("evt", "FORMULA_PREP"), ("batch", f"FP-{TODAY.strftime('%y%m%d')}-{R.randint(1, 20):02d}"),
                 ("product", R.choice(["Similac Special Care 24 HP", "Enfamil NeuroPro EnfaCare 22", "Prolacta +6 H2MF", "Similac HMF Concentrated Liquid"])),
                 ("lot", f"{R.randint(10000, 99999)}{alnum(2)}"), ("lotExp", f"2025-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"),
                 ("volMl", R.choice([240, 480, 960])), ("tech", R.choice(DTECHS)), ("verifiedBy", R.choice(DTECHS))),
            jobj(("ts", ts_isoz()), ("evt", "FREEZER_TEMP"), ("unit", f"NICU-FRZ-{R.randint(1, 3)}"), ("tempC", round(R.uniform(-24, -17), 1)), ("alarm", False)),
            jobj(("ts", ts_isoz()), ("evt", "DONOR_LOT_RECEIVED"), ("lot", f"OHMB-{R.randint(2400, 2499)}-{R.randint(10, 99)}"), ("bottles", R.randint(10, 40)),
                 ("kcalPerOz", 20), ("source", "Ohio Health Mothers' Milk Bank")),
        ]))]
    if k < .55:
        extra = [("ts", ts_isoz()), ("evt", "BOTTLE_LABEL_PRINTED"), ("bottleId", bottle), ("babyMrn", b["mrn"], "mrn"),
                 ("babyName", baby_name(b), "name"), ("motherMrn", mom["mrn"], "mrn"), ("motherName", nm_as(mom, R.choice(["First Last", "Last, First"])), "name"),
                 ("expressedAt", expr.strftime("%Y-%m-%dT%H:%M"), "date"),
                 ("expiresAt", (expr + dt.timedelta(hours=96)).strftime("%Y-%m-%dT%H:%M"), "date"),
                 ("fortifier", R.choice(["none", "Similac HMF 24kcal", "Prolacta +4"])), ("volumeMl", R.choice([20, 30, 45, 60, 90])),
                 ("location", f"NICU-FRG-{R.randint(1, 3)}")]
        return [L("milk_json", jobj(*extra))]
    if k < .7:
        other = pickn()
        res = "MISMATCH" if R.random() < .4 else "MATCH"
        mm = other["mrn"] if res == "MISMATCH" else b["mrn"]
        return [L("milk_scan", f"SCAN|HHS-{R.randint(1, 9):02d}|{ts_iso()}|BM|{bottle}|M:", mr(mom["mrn"]), "|B:", mr(mm), f"|RESULT={res}|RN={R.choice(NICU_RN)}" + ("|ALERT=SENT" if res == "MISMATCH" else ""))]
    if k < .8:
        d = expr
        return [L("zpl", "^XA^CI28^FO20,15^A0N,30,30^FDBREAST MILK / LECHE MATERNA^FS^FO20,50^A0N,34,34^FD", nm(baby_name(b, "upper")),
                  "^FS^FO20,88^A0N,24,24^FDBaby MRN ", mr(b["mrn"]), "  Bed ", b["bed"], "^FS^FO20,116^A0N,24,24^FDMom: ", nm(nm_as(mom, "Last, First")),
                  " MRN ", mr(mom["mrn"]), "^FS^FO20,144^A0N,24,24^FDPumped ", dte(d.strftime("%m/%d/%y %H:%M")), "^FS^BY2^FO20,175^BCN,50,N,N^FD", bottle, "^FS^XZ")]
    if k < .87:
        ph_ = phone_fmt(mom["phone"])
        return [L("milk_kv", f"{ts_plain()} PUMP_LOAN action=ISSUE pumpSn=", dev(b["pump"]), " model=\"Medela Symphony\" issuedTo=\"", nm(nm_as(mom, "First Last")),
                  "\" motherMrn=", mr(mom["mrn"]), " phone=", ph(ph_), f" dueBack={(TODAY + dt.timedelta(days=30)).isoformat()} by={R.choice(NICU_RN)}")]
    if k < .93:
        return [L("milk_json", jobj(("ts", ts_isoz()), ("evt", "FREEZER_ACCESS"), ("door", f"NICU-FRZ-{R.randint(1, 3)}"), ("method", "FINGERPRINT"), ("subject", "MOTHER"),
                                    ("motherMrn", mom["mrn"], "mrn"), ("templateFormat", "ISO19794-2"), ("template", b64_fmr(R.randint(40, 80)), "biometric"), ("score", R.randint(60, 99)), ("granted", True)))]
    if k < .97:
        return [L("milk_json", jobj(("ts", ts_isoz()), ("evt", "MILK_RELEASE_DISCHARGE"), ("babyMrn", b["mrn"], "mrn"), ("releasedTo", nm_as(mom, "First Last"), "name"),
                                    ("idChecked", Q(["OH DL ", lic(b["dl"])])), ("bottles", R.randint(3, 40)), ("rn", R.choice(NICU_RN))))]
    f = b["father"]
    return [L("milk_kv", f"{ts_plain()} FAMILY_PASS issued=MEAL+PARKING baby=\"", nm(baby_name(b, "bg")), "\" holder=\"", nm(nm_as(f, "First Last")),
              "\" rel=father plate=", veh(b["plate"]), f" state=OH garage=B validUntil={(TODAY + dt.timedelta(days=7)).isoformat()}")]


# ------------------------------------------------------------------ dietitian notes
NOTE_BODY_NOPHI = [
    "O: Ht {ht} cm, Wt {wt} kg (UBW {ubw} kg), BMI {bmi}. Na 131, K 5.4, BUN 38, Cr 2.1, Alb 2.9, A1c 8.4%.",
    "Estimated needs: 1500-1750 kcal (25-30 kcal/kg), 70-85 g protein (1.2-1.5 g/kg), fluid per MD.",
    "D: Moderate protein-calorie malnutrition r/t decreased appetite AEB intake <50% x 7 days and 8% wt loss x 1 mo.",
    "I: Diet changed to CCHO 60g + Glucerna BID; tray tickets updated; halal preference entered.",
    "D: Swallowing difficulty r/t CVA AEB SLP rec IDDSI 5 / mildly thick liquids.",
    "I: Recommend Nepro 1 carton BID, renal MVI, liberalize K to 3g while K <4.0.",
    "TF: Osmolite 1.5 @ 55 mL/h x 20h via NGT -> 1650 kcal, 69 g pro, 840 mL free water. Flush 30 mL q4h.",
    "M/E: Monitor PO intake, wt 2x/wk, BMP. RD to f/u in 3-4 days or sooner per consult.",
    "Malnutrition criteria (ASPEN/AND): energy intake <75% x >7 d, mild muscle wasting (temporal), moderate fat loss (orbital).",
]


def ev_note(force=None):
    tick(20, 200)
    p = pick()
    c = p["contact"]
    nid = f"NTE-{R.randint(40000, 99999):07d}"
    au = R.choice(DIETITIANS)
    svc = TODAY - dt.timedelta(days=R.randint(0, 1))
    out = []
    if force is None and R.random() < .25:
        # HL7 MDM with escaped line breaks
        sx = "F" if p["sex"] == "F" else "M"
        agep = ag(str(p["age"])) if p["age"] > 89 else str(p["age"])
        out.append(L("hl7v2", seg_msh("MDM^T02", digits(10), "CBORD", "RMC_NUTR", "EPIC", "RMC")))
        out.append(L("hl7v2", "TXA|1|NUTR^Nutrition Consult|TX|", dte(svc.strftime("%Y%m%d")), f"|||||||{nid}||||||AU"))
        out.append(L("hl7v2", "OBX|1|TX|NUTR^Nutrition Consult Note||A: ", agep, f" y.o. {sx} adm ", dte(fmt_date(p["admit"].date(), "us_short")),
                     f" w/ {p['dx']}.\\.br\\D: Inadequate oral intake r/t nausea AEB <50% meals x 4 d.\\.br\\I: {p['diet'][1]} + Ensure Plus TID.\\.br\\M/E: wt 2x/wk||||||F"))
        return out
    out.append(L("rd_note", f"{ts_plain()} NCM-NOTE id={nid} type=NUTRITION_{R.choice(['CONSULT', 'FOLLOWUP', 'SCREEN'])} status=SIGNED author=\"{au}\" pt=\"", nm(nm_as(p, "Last, First")),
                 "\" mrn=", mr(p["mrn"]), " svc=", dte(svc.isoformat())))
    pre = f"{nid} | "
    sx = "F" if p["sex"] == "F" else "M"
    a_line = [pre, "A: "] + ([nm(nm_as(p, R.choice(["First Last", "Last, First", "F. Last"]))), ", "] if R.random() < .4 else ["Pt is "]) \
        + ([ag(str(p["age"]))] if p["age"] > 89 else [str(p["age"])]) + [f" y.o. {sx} admitted ", dte(fmt_date(p["admit"].date(), R.choice(["us_short", "us_nz", "long", "dmon"]))), f" with {p['dx']}."]
    out.append(L("rd_note", a_line))
    body_phi = [
        [pre, "S: Pt reports poor appetite x1 wk, 'everything tastes like metal'. ", c["rel"].capitalize(), " ", nm(nm_as(c, "First")), " at bedside, states pt eating ~25% of trays."],
        [pre, "M/E: RD to call pt's ", c["rel"], " ", nm(nm_as(c, "First Last")), " at ", ph(phone_fmt(c["phone"])), " re: home TF supplies (Apria)."],
        [pre, f"Pt uses Omnipod 5 (PDM SN ", dev(alnum(3, "ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(7)), ") + Dexcom G7 (tx ", dev(alnum(6)), "); carb counting reviewed, 1u:12g ratio."],
        [pre, "Education handout 'Heart Healthy Eating' e-mailed to ", em(p["email"] if R.random() < .5 else c["email"]), " per pt request."],
        [pre, "Social: lives alone at ", ad(p["street"]), ", ", ad(p["city"]), " OH ", zp(p["zip"]), "; Meals on Wheels via LifeCare Alliance."],
        [pre, "Renal diet instructions faxed to pt's ", c["rel"], " (home fax ", fx(phone_fmt(phone_raw(), R.choice(["dash", "paren"]))), ") per request; original in chart."],
        [pre, "Family posts updates at ", url(f"https://www.caringbridge.org/site/{A(p['first']).lower().replace(' ', '')}{A(p['last']).lower().replace(' ', '').replace(chr(39), '')}"), " - asks that favorite foods (congee, flan) be offered."],
        [pre, "Nutrition-focused physical exam w/ pt ", nm(nm_as(p, "F. Last")), ": temporal wasting mild, clavicle prominent, no edema."],
    ]
    n = R.randint(1, 3)
    if force is not None:
        out.append(L("rd_note", body_phi[force]))
        n -= 1
    bp = R.sample(body_phi, 3)
    bn = R.sample(NOTE_BODY_NOPHI, 3)
    for _ in range(n):
        if R.random() < .45:
            out.append(L("rd_note", bp.pop()))
        else:
            t = bn.pop().format(ht=round(R.uniform(150, 190), 1), wt=round(R.uniform(45, 120), 1), ubw=R.randint(50, 125), bmi=round(R.uniform(16, 38), 1))
            out.append(L("rd_note", pre + t))
    return out


# ------------------------------------------------------------------ POS
def ev_pos():
    tick(1, 25)
    chk = R.randint(40000, 49999)
    term = R.choice(["CAF-01", "CAF-02", "CAF-03", "COFFEE-1", "GRAB-GO-2"])
    pre = f"{ts_java()} POS[{term}] CHK#{chk} "
    k = R.random()
    if k < .72:
        e = R.choice(STAFF_BUY)
        amt = round(R.uniform(2, 16), 2)
        t = R.choice([
            f"TENDER PAYROLL_DEDUCT badge={e[1]} empId={e[0]} name=\"{e[2]}, {e[3]}\" dept={e[4]} amt={amt:.2f} ytd={R.uniform(50, 590):.2f} limit=600.00 result=APPROVED",
            f"TENDER {R.choice(['VISA', 'MC', 'AMEX', 'DISC'])} pan=************{digits(4)} entry={R.choice(['CTLS', 'CHIP', 'SWIPE'])} auth={alnum(6)} amt={amt:.2f} result=APPROVED",
            f"OPEN emp=cashier{R.randint(1, 9):02d} rvc={R.choice(['MAIN_CAFE', 'COFFEE', 'GRAB_GO'])} items={R.randint(1, 6)} sub={amt:.2f} tax={amt * 0.075:.2f}",
            f"TENDER PAYROLL_DEDUCT badge={R.choice(STAFF_BUY)[1]} result=DECLINED reason={R.choice(['NOT_ENROLLED', 'LIMIT_EXCEEDED', 'BADGE_INACTIVE'])}",
            f"TENDER CASH amt={amt:.2f} given={round(amt + R.uniform(0, 10)):.2f} drawer=2",
            f"Z-REPORT rvc=MAIN_CAFE net={R.uniform(3000, 6000):.2f} checks={R.randint(400, 800)} payroll={R.uniform(1000, 2500):.2f} card={R.uniform(1500, 3000):.2f} cash={R.uniform(200, 600):.2f}",
            f"TENDER PAYROLL_DEDUCT badge={e[1]} empId={e[0]} name=\"{e[2]}, {e[3]}\" dept={e[4]} amt={amt:.2f} ytd={R.uniform(50, 590):.2f} limit=600.00 result=APPROVED",
            f"TENDER {R.choice(['VISA', 'MC'])} pan=************{digits(4)} entry=CTLS auth={alnum(6)} amt={amt:.2f} result=APPROVED",
            f"QA test TENDER VISA pan=4111111111111111 exp=12/29 env=UAT result=APPROVED (test card)" if R.random() < .4 else f"VOID line=2 item=\"{R.choice(['Coffee 16oz', 'Chicken wrap', 'Fruit cup', 'Soup of day 12oz'])}\" mgr=mgr{R.randint(1, 4):02d}",
            f"BIO palm-vein verify empId={e[0]} score={R.randint(70, 99)} template=PV1:{base64.b64encode(bytes(R.getrandbits(8) for _ in range(24))).decode()} result=MATCH",
        ])
        return [L("pos_kv", pre + t)]
    if k < .86:
        p = pick()
        return [L("pos_kv", pre, "TENDER ROOM_CHARGE guestTray=1 patAcct=", ac(p["acct"]), " pt=\"", nm(nm_as(p, "LAST, FIRST")), f"\" rm={p['room']} amt={R.uniform(6, 14):.2f} approvedBy=cc-supervisor")]
    b = pickn()
    return [L("pos_kv", pre, f"TENDER MEAL_VOUCHER voucher=NICU-FAM-{R.randint(100, 999):04d} issuedFor=\"", nm(baby_name(b, "bg")), f"\" amt=8.00 remaining={R.choice([0, 8, 16]):.2f}")]


def ev_payroll_csv():
    tick(1, 5)
    if R.random() < .3:
        return [L("payroll_csv", "EMPL_ID,BADGE_NO,LAST_NAME,FIRST_NAME,PAY_PERIOD_END,DED_CODE,AMOUNT")]
    e = R.choice(STAFF_BUY)
    return [L("payroll_csv", f"{e[0]},{e[1]},{e[2]},{e[3]},2024-03-16,CAFE,{R.uniform(5, 140):.2f}")]


# ------------------------------------------------------------------ vendors
def ev_vendor():
    tick(5, 120)
    k = R.random()
    po = f"45001{R.randint(20000, 29999)}"
    if k < .35:
        v = R.choice([("SYSCO COLUMBUS", "067"), ("US FOODS", "3W"), ("GORDON FOOD SERVICE", "OH2"), ("PRAIRIE FARMS DAIRY", "12"), ("ABBOTT NUTRITION", "DIST-4")])
        return [L("vendor_rcv", f"RCV|{ts_plain()}|PO={po}|VENDOR={v[0]}|DC={v[1]}|INV={R.randint(7000000, 7999999)}|LINES={R.randint(5, 60)}|SHORT={R.randint(0, 3)}|SUBS={R.randint(0, 2)}|TRUCK_TEMP_F={R.uniform(33, 40):.1f}|FRZ_TEMP_F={R.uniform(-8, 0):.1f}|RCVD_BY={R.choice(['jpaulsen', 'mtorres', 'dkline'])}")]
    if k < .55:
        rep = R.choice([("Dana Whitcomb", "614-555-0147"), ("Luis Ortega", "(937) 555-0182"), ("Priya Raman", "614.555.0109")])
        return [L("vendor_rcv", f"RCV-EXC PO={po} item=SYS#{R.randint(1000000, 9999999)} desc=\"{R.choice(['EGG LIQ WHL PAST 20LB', 'MILK 2% HALF PINT', 'THICKENER IDDSI 2 PKT', 'BREAD WHEAT SLICED'])}\" qty_ord={R.randint(4, 20)} qty_rcv={R.randint(0, 3)} reason={R.choice(['OUT_OF_STOCK', 'DAMAGED', 'TEMP_REJECT'])} rep=\"{rep[0]}\" rep_phone={rep[1]}")]
    if k < .8:
        asn = R.randint(1000000, 9999999)
        segs = [f"ST*856*{R.randint(1000, 9999)}~", f"BSN*00*{asn}*{TODAY.strftime('%Y%m%d')}*{R.randint(300, 600):04d}~", "HL*1**S~",
                f"TD5**2*SYSC*M*SYSCO TRUCK {R.randint(100, 400)}~", f"REF*BM*{R.randint(10 ** 9, 10 ** 10 - 1)}~", "HL*2*1*O~", f"PRF*{po}~",
                f"LIN**VN*{R.randint(1000000, 9999999)}*UP*{digits(12)}~", f"SN1**{R.randint(1, 20)}*CA~", "N1*ST*RIVERBEND MEDICAL CENTER FNS*92*0042~",
                "N3*2100 RIVERSIDE DR DOCK 4~", "N4*COLUMBUS*OH*43215~"]
        st = R.randint(0, len(segs) - 3)
        return [L("x12_856", s) for s in segs[st:st + R.randint(1, 3)]]
    kt = f"{R.uniform(70, 80):.1f}".replace(".", ",")
    prog = R.choice(["Hähnchenbrust sous-vide", "Rinderbraten", "Gemüse gedämpft", "Rührei", "Reis"])
    return [L("haccp_csv", f"{TODAY.strftime('%d.%m.%Y')};{T.strftime('%H:%M:%S')};iCombi Pro 10-1/1 E;SN E11SI22{digits(8)};Programm \"{prog}\";Kerntemperatur {kt} °C;Garraum {R.randint(80, 180)} °C;Dauer 0{R.randint(0, 2)}:{R.randint(10, 59)}:{R.randint(10, 59)};HACCP {R.choice(['OK', 'OK', 'ABWEICHUNG'])}")]


# ------------------------------------------------------------------ X12 837 MNT claim
def ev_837_sub():
    return ev_837((8, 15))


def ev_837(blk=None):
    tick(5, 60)
    p = pick()
    svc = TODAY - dt.timedelta(days=R.randint(2, 20))
    cl = f"PA{R.randint(10000, 99999)}"
    subs = [
        [f"ISA*00*          *00*          *ZZ*RMCNUTR        *ZZ*{R.choice(['CARESOURCE', 'AVAILITY'])}     *{TODAY.strftime('%y%m%d')}*{T.strftime('%H%M')}*^*00501*{digits(9)}*0*P*:~"],
        [f"GS*HC*RMCNUTR*{R.choice(['CARESOURCE', 'AVAILITY'])}*{TODAY.strftime('%Y%m%d')}*{T.strftime('%H%M')}*{R.randint(1, 9999)}*X*005010X222A1~"],
        [f"ST*837*0001*005010X222A1~"],
        [f"BHT*0019*00*{digits(6)}*{TODAY.strftime('%Y%m%d')}*{T.strftime('%H%M')}*CH~"],
        ["NM1*85*2*RIVERBEND MEDICAL CENTER OUTPT NUTRITION*****XX*1598742236~"],
        ["N3*2100 RIVERSIDE DR~"], ["N4*COLUMBUS*OH*432151104~"],
        ["PER*IC*BILLING OFFICE*TE*6145550190*FX*6145550191~"],
        [f"SBR*P*18*{R.choice(['GRP77120', ''])}******{R.choice(['MB', 'MC', 'CI', 'BL'])}~"],
        ["NM1*IL*1*", nm(A(p["last"]).upper()), "*", nm(A(p["first"]).upper()), "****MI*", hp(p["member"]), "~"],
        ["N3*", ad(A(p["street"]).upper()), "~"],
        ["N4*", ad(A(p["city"]).upper()), "*OH*", zp(p["zip"].replace("-", "")), "~"],
        ["DMG*D8*", dte(p["dob"].strftime("%Y%m%d")), "*", p["sex"], "~"],
        [f"NM1*PR*2*{R.choice(['CARESOURCE', 'ANTHEM BCBS OH', 'MEDICARE PART B', 'UNITEDHEALTHCARE'])}*****PI*{R.randint(10000, 99999)}~"],
        ["CLM*", ac(p["acct"]), f"*{R.choice([104, 156, 208])}.00***11:B:1*Y*A*Y*Y~"],
        ["HI*ABK:E1165*ABF:E43~"],
        [f"NM1*82*1*{R.choice(['KAUR*SIMRAN', 'NOWAK*TOMASZ', 'BELLO*AISHA'])}****XX*{R.randint(1100000000, 1999999999)}~"],
        [f"LX*1~"], [f"SV1*HC:{R.choice(['97802', '97803'])}*{R.choice([52, 104])}.00*UN*{R.randint(2, 4)}***1~"],
        ["DTP*472*D8*", dte(svc.strftime("%Y%m%d")), "~"],
        [f"SE*{R.randint(20, 40)}*0001~"],
    ]
    blk = blk or R.choice([(0, 8), (8, 15), (8, 15), (14, 21), (8, 21)])
    return [L("x12_837", s) for s in subs[blk[0]:blk[1]]]


# ------------------------------------------------------------------ infra
def ev_infra():
    tick(2, 90)
    host = R.choice(["nutr-app01", "nutr-app02", "nutr-db01", "nutr-print01"])
    k = R.random()
    if k < .3:
        t = R.choice([
            f"CRON[{R.randint(20000, 30000)}]: (root) CMD (/opt/rmc/nutrition/bin/purge_tray_tickets.sh --older-than 30d >/dev/null 2>&1)",
            f"sshd[{R.randint(20000, 30000)}]: Accepted publickey for svc_deploy from 10.40.2.{R.randint(2, 40)} port {R.randint(40000, 60000)} ssh2: ED25519 SHA256:{base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode()[:43]}",
            f"kernel: [{R.randint(1000000, 9999999)}.{digits(6)}] nvme0n1: I/O {R.randint(100, 900)} QID {R.randint(1, 8)} timeout, completion polled",
            "systemd[1]: Started Tray ticket print spooler (zpl-spool.service).",
            f"chronyd[812]: Selected source 10.40.0.10 (ntp1.rmc.local)",
            f"systemd[1]: cbord-pss-agent.service: Main process exited, code=exited, status=1/FAILURE",
            f"rsyslogd[1022]: action 'action-7-builtin:omfwd' resumed (module 'builtin:omfwd') [v8.2102.0 try https://www.rsyslog.com/e/2359 ]",
            f"sudo[{R.randint(20000, 30000)}]: rd_admin : TTY=pts/1 ; PWD=/home/rd_admin ; USER=root ; COMMAND=/usr/bin/systemctl restart dietsync",
        ])
        return [L("syslog", f"{ts_sys()} {host} ", t)]
    if k < .48:
        t = R.choice([
            f"[{R.randint(3000, 9000)}] LOG:  checkpoint complete: wrote {R.randint(100, 5000)} buffers ({R.uniform(0.5, 20):.1f}%); 0 WAL file(s) added, 0 removed, {R.randint(0, 4)} recycled; write={R.uniform(10, 200):.3f} s, sync=0.004 s, total={R.uniform(10, 200):.3f} s",
            f"[{R.randint(3000, 9000)}] pss@nutrition ERROR:  duplicate key value violates unique constraint \"tray_ticket_pkey\"",
            f"[{R.randint(3000, 9000)}] pss@nutrition DETAIL:  Key (ticket_id)=(T{TODAY.strftime('%y%m%d')}{R.randint(1, 999):04d}) already exists.",
            f"[{R.randint(3000, 9000)}] LOG:  automatic vacuum of table \"nutrition.public.menu_item_nutrient\": index scans: 1 pages: 0 removed, {R.randint(100, 4000)} remain",
            f"[{R.randint(3000, 9000)}] FATAL:  password authentication failed for user \"report_ro\"",
        ])
        out = [L("postgres", ts_pg(), " ", t)]
        if R.random() < .3:
            p = pick()
            out.append(L("postgres", ts_pg(), f" [{R.randint(3000, 9000)}] pss@nutrition LOG:  duration: {R.uniform(1000, 5000):.3f} ms  statement: SELECT o.* FROM diet_order o JOIN patient p ON p.id = o.patient_id WHERE p.last_name = '",
                         nm(A(p["last"]).replace("'", "''")), "' AND p.birth_date = '", dte(p["dob"].isoformat()), "'"))
        return out
    if k < .62:
        return [L("k8s_json", jobj(("kind", "Event"), ("apiVersion", "v1"), ("namespace", "nutrition"), ("reason", r), ("message", m), ("count", R.randint(1, 40)), ("lastTimestamp", ts_isoz()[:-5] + "Z")))
                for r, m in [R.choice([("BackOff", f"Back-off restarting failed container menu-sync in pod menu-sync-7c9f8d6b5-{alnum(5, 'abcdefghijklmnopqrstuvwxyz0123456789')}"),
                                       ("Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 503"),
                                       ("Pulled", f"Successfully pulled image \"registry.rmc.local/nutrition/tray-ticket:2.{R.randint(10, 19)}.{R.randint(0, 9)}\" in {R.uniform(1, 9):.3f}s"),
                                       ("OOMKilled", "Container dietsync exceeded memory limit 512Mi"),
                                       ("ScalingReplicaSet", f"Scaled up replica set roomservice-cc-5d8c7 to {R.randint(2, 5)}")])]]
    if k < .76:
        m = R.choice(["tray_tickets_printed_total{unit=\"%s\",meal=\"%s\",printer=\"TRAY-ZPL-0%d\"} %d" % (R.choice(list(UNITS)), R.choice(["BREAKFAST", "LUNCH", "DINNER"]), R.randint(1, 4), R.randint(10, 900)),
                      "# HELP roomservice_orders_total Room service orders submitted", "# TYPE roomservice_orders_total counter",
                      "roomservice_orders_total{channel=\"%s\"} %d" % (R.choice(["callcenter", "tablet", "guest_web"]), R.randint(100, 5000)),
                      "http_server_requests_seconds_sum{method=\"GET\",uri=\"/api/v2/menu/{meal}\",status=\"200\"} %.3f" % R.uniform(10, 900),
                      "kds_ticket_age_seconds_bucket{station=\"GRILL-2\",le=\"%s\"} %d" % (R.choice(["300", "600", "1200", "+Inf"]), R.randint(10, 400)),
                      "nicu_freezer_temp_celsius{unit=\"NICU-FRZ-%d\"} %.1f" % (R.randint(1, 3), R.uniform(-24, -17))])
        return [L("prom", m)]
    if k < .86:
        return [L("redis", f"1:M {T.strftime('%d %b %Y %H:%M:%S.')}{ms()} ", R.choice(["* 100 changes in 300 seconds. Saving...", f"* Background saving started by pid {R.randint(100, 999)}",
                                                                                 "* DB saved on disk", "* Background saving terminated with success", "# WARNING: 32 keys evicted (maxmemory-policy allkeys-lru)"]))]
    return [L("nginx", ngx(priv_ip(), R.choice(["GET /healthz HTTP/1.1", "GET /actuator/health HTTP/1.1", "GET /nginx_status HTTP/1.1"]), 200, R.randint(2, 200), UA_TAB[3], R.uniform(0.0, 0.01)))]


# ------------------------------------------------------------------ python dietsync
def ev_python():
    tick(3, 60)
    pre = f"{ts_mirth()} "
    k = R.random()
    if k < .55:
        t = R.choice([
            f"INFO dietsync.worker [pid 3321] cycle={R.randint(1000, 1400)} pulled {R.randint(80, 160)} active NutritionOrder resources from Epic FHIR in {R.uniform(0.8, 4):.2f}s",
            f"INFO dietsync.census census delta: +{R.randint(0, 9)} admits, -{R.randint(0, 9)} discharges, {R.randint(0, 6)} transfers; NPO count={R.randint(5, 30)}",
            f"ERROR dietsync.fhir GET https://fhir.rmc.local/api/FHIR/R4/NutritionOrder?status=active&_count=200 -> 401 Unauthorized (token expired, refreshing)",
            f"WARNING urllib3.connectionpool Retrying (Retry(total=2, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='fhir.rmc.local', port=443): Read timed out. (read timeout=30)\")': /api/FHIR/R4/AllergyIntolerance",
            f"INFO dietsync.menu menu cycle week {R.randint(1, 4)} loaded: {R.randint(300, 500)} items, {R.randint(20, 40)} recipes changed, nutrient db USDA SR28+FNDDS 2021-2023",
        ])
        out = [L("python_log", pre + t)]
        if "401" in t and R.random() < .6:
            for fr in ["Traceback (most recent call last):", "  File \"/opt/dietsync/dietsync/fhir.py\", line 212, in fetch_orders",
                       "    resp.raise_for_status()", "requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://fhir.rmc.local/api/FHIR/R4/NutritionOrder?status=active&_count=200"]:
                out.append(L("python_log", fr))
        return out
    p = pick()
    if k < .75:
        al = p["allergies"] or ["SESAME"]
        return [L("python_log", pre, "WARNING dietsync.allergy mismatch mrn=", mr(p["mrn"]), f" ehr={al + ['SHELLFISH']!r} pss={al!r} -> pushing update")]
    if k < .9:
        return [L("python_log", pre, f"DEBUG dietsync.map NutritionOrder/{R.randint(1000000, 9999999)} patient=Patient/", oid(p["fhir"]), " (", nm(nm_as(p, "Last, First")), ", DOB ",
                  dte(p["dob"].isoformat()), f") -> PSS diet {p['diet'][0]}")]
    return [L("python_log", pre, "ERROR dietsync.push PSS rejected update for ", nm(nm_as(p, "LAST,FIRST")), f" ({p['room']}): 409 Conflict - tray already on line")]


# ------------------------------------------------------------------ audit
def ev_audit():
    tick(2, 60)
    u = R.choice(RD_IDS + [a[1] for a in AGENTS])
    if R.random() < .4:
        return [L("audit_xml", f"<AuditEvent ts=\"{ts_iso()}\" user=\"{u}\" action=\"{R.choice(['LOGIN_SUCCESS', 'LOGOUT', 'LOGIN_FAILURE', 'REPORT_RUN'])}\" app=\"NCM\" ws=\"WS-FNS-{R.randint(1, 30):03d}\" outcome=\"0\"/>")]
    p = pick()
    return [L("audit_xml", f"<AuditEvent ts=\"{ts_iso()}\" user=\"{u}\" action=\"{R.choice(['VIEW_CHART', 'EDIT_DIET_PREF', 'PRINT_TICKET', 'VIEW_ALLERGY'])}\" app=\"NCM\"><Patient mrn=\"",
              mr(p["mrn"]), "\" name=\"", nm(nm_as(p, "Last, First")), "\"/><Reason>" + R.choice(["Consult", "Tray accuracy", "Menu selection", "Call center"]) + "</Reason></AuditEvent>")]


# ------------------------------------------------------------------ notifications
def ev_notify():
    tick(2, 60)
    k = R.random()
    qid = hexs(10).upper()
    if k < .4:
        return [L("postfix", f"{ts_sys()} nutr-mail01 postfix/smtp[{R.randint(2000, 9000)}]: {qid}: to=<{R.choice(['fns-managers', 'nutrition.services', 'tray.line.leads', 'purchasing'])}@riverbendhealth.org>, relay=mx1.riverbendhealth.org[10.40.1.25]:25, delay={R.uniform(0.1, 3):.2f}, delays=0.02/0/0.05/0.1, dsn=2.0.0, status=sent (250 2.0.0 OK)")]
    p = pick()
    c = p["contact"]
    if k < .7:
        who = R.choice([p, c])
        return [L("postfix", f"{ts_sys()} nutr-mail01 postfix/smtp[{R.randint(2000, 9000)}]: {qid}: to=<", em(who["email"]), f">, relay=gmail-smtp-in.l.google.com[142.250.{R.randint(0, 255)}.27]:25, delay={R.uniform(0.2, 4):.2f}, dsn=2.0.0, status=sent (250 2.0.0 OK {R.randint(1700000000, 1719999999)} {alnum(10)})")]
    return [L("sms_kv", f"{ts_iso()} twilio.status MessageSid=SM{hexs(32)} MessageStatus={R.choice(['delivered', 'sent', 'undelivered'])} To=", ph(phone_fmt(c["phone"], "e164")),
              " Body=\"Riverbend Meals: the tray for ", nm(nm_as(p, "First")), f" (Rm {p['room']}) is on its way. Reply STOP to opt out.\"")]


# ------------------------------------------------------------------ call center notes (free text, en/es)
def ev_ccnote():
    tick(10, 120)
    ag_id, ag_user = R.choice(AGENTS)
    case = f"CC-{TODAY.strftime('%y%m%d')}-{R.randint(100, 999):04d}"
    pre = f"[{ts_plain()}] CC-NOTE case={case} agent={ag_user} "
    if R.random() < .35:
        return [L("cc_note", pre + "lang=en :: " + R.choice(["Caller asked for cafeteria hours; transferred to ext 4-3310.", "Dropped call, no callback number.",
                                                          "Unit clerk 5E asked about late trays; escalated to tray line lead.", "Interpreter line used (Vietnamese, interpreter ID 41182); menu read aloud."]))]
    p = pick()
    c = p["contact"]
    if R.random() < .5:
        rel_es = {"daughter": "la hija", "wife": "la esposa", "niece": "la sobrina", "granddaughter": "la nieta", "sister": "la hermana",
                  "son": "el hijo", "husband": "el esposo", "nephew": "el sobrino", "grandson": "el nieto", "brother": "el hermano"}[c["rel"]]
        return [L("cc_note", pre, "lang=es :: Llamó ", rel_es, " de la paciente " if p["sex"] == "F" else " del paciente ", nm(nm_as(p, "First Last")), f" (hab. {p['room']}) desde ",
                  ph(phone_fmt(c["phone"], R.choice(["space", "dash", "plain"]))), "; ", R.choice(["pide caldo sin sal y gelatina", "pregunta si puede traer comida de casa",
                  "quiere cambiar la cena a arroz con pollo", "reporta que la bandeja llegó fría", "pide menú en español para la tableta"]), ". Confirmé dieta ", p["diet"][1], ". Fecha de nacimiento verificada: ", dte(p["dob"].strftime("%d/%m/%Y")), ".")]
    t = R.choice([
        ["lang=en :: Pt ", nm(nm_as(p, "First Last")), f" ({p['room']}{p['bed']}) requests kosher breakfast; verified by DOB ", dte(fmt_date(p["dob"], "us")), ". Ticket reprinted."],
        ["lang=en :: ", c["rel"].capitalize(), " ", nm(nm_as(c, "First Last")), " called re: guest tray for ", nm(nm_as(p, "Last")), "; callback ", ph(phone_fmt(c["phone"], "dot")), " after 4pm"],
        ["lang=en :: Pt is ", ag(str(p["age"])) if p["age"] > 89 else str(p["age"]), " and HOH; daughter orders meals. Pt name ", nm(nm_as(p, "LAST, FIRST")), ", MRN ", mr(p["mrn"]), "."],
        ["lang=en :: Guest ordered from home portal, login ", oid(p["username"]), "; reset PIN per pt request (", nm(nm_as(p, "F. Last")), ")."],
    ])
    return [L("cc_note", pre, t)]


# ------------------------------------------------------------------ patient portal / tablet login
def ev_portal():
    tick(2, 60)
    if R.random() < .4:
        return [L("portal_json", jobj(("ts", ts_isoz()), ("event", R.choice(["tablet_boot", "content_sync", "wifi_assoc"])), ("tabletId", f"TAB-{R.randint(1000, 1400)}"),
                                      ("tabletMac", mac()), ("ip", priv_ip()), ("appVersion", f"3.8.{R.randint(0, 2)}"), ("batteryPct", R.randint(5, 100))))]
    p = pick()
    if R.random() < .55:
        return [L("portal_json", jobj(("ts", ts_isoz()), ("event", "patient_login"), ("room", p["room"]), ("lastName", A(p["last"]), "name"),
                                      ("dobVerified", True), ("dob", fmt_date(p["dob"], "us"), "date"), ("clientMac", mac(), "device"), ("clientIp", priv_ip()), ("lang", R.choice(["en", "es", "so"]))))]
    return [L("portal_json", jobj(("ts", ts_isoz()), ("event", "guest_web_login"), ("username", p["username"], "other_id"), ("clientIp", pub_ip(), "ip"),
                                  ("mfa", R.choice(["sms", "email", "none"])), ("patientRoom", p["room"]), ("result", R.choice(["OK", "OK", "BAD_PASSWORD"]))))]


# ------------------------------------------------------------------ main
DECK = [
    (ev_hl7_orm, 6), (ev_hl7_adt, 5), (ev_mirth_noise, 12), (ev_callcenter, 26), (ev_tablet, 24), (ev_ticket_svc, 14),
    (ev_zpl, 13), (ev_kds, 16), (ev_trayline, 18), (ev_milk, 24), (ev_note, 2), (ev_pos, 22), (ev_payroll_csv, 5),
    (ev_vendor, 14), (ev_837, 3), (ev_infra, 44), (ev_python, 16), (ev_audit, 12), (ev_notify, 12), (ev_ccnote, 12), (ev_portal, 12),
]
FORCED = [lambda: ev_milk(.9), lambda: ev_note(2), lambda: ev_milk(.95), lambda: ev_note(5), lambda: ev_milk(.99),
          lambda: ev_note(6), lambda: ev_milk(.83), lambda: ev_ticket_svc(.9), with_old(ev_zpl_ticket), with_old(ev_note, 0), lambda: ev_milk(.91),
          lambda: ev_note(5), lambda: ev_milk(.96), with_old(ev_zpl_ticket), with_old(ev_callcenter_verify),
          lambda: ev_note(6), lambda: ev_milk(.995), lambda: ev_837_sub(), lambda: ev_ticket_svc(.95)]
SINGLES = [ev_vendor, ev_kds, ev_tablet, ev_zpl, ev_pos, ev_portal, ev_audit, ev_notify, ev_ccnote, ev_trayline]


def main():
    deck = [fn for fn, n in DECK for _ in range(n)]
    R.shuffle(deck)
    step = len(deck) // (len(FORCED) + 1)
    for k, f in enumerate(FORCED):
        deck.insert((k + 1) * step + k, f)
    lines = []
    for fn in deck:
        evs = fn()
        if len(lines) + len(evs) > 500:
            continue
        lines.extend(evs)
    while len(lines) < 500:
        evs = R.choice(SINGLES)()
        if len(lines) + len(evs) <= 500:
            lines.extend(evs)
    assert len(lines) == 500
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(l.text for l in lines))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, l in enumerate(lines, 1):
            f.write(json.dumps({"line": i, "family": l.fam, "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in l.spans]}) + "\n")


if __name__ == "__main__":
    main()
