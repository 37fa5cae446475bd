#!/usr/bin/env python3
"""gen_kg.py -- synthetic, labeled log corpus for a PHI detector (ID=kg).

Theme: a skilled nursing facility chain ("Brookhaven Care Partners", four
facilities in OH/PA/MI) running a PointClickCare-like platform ("CareAxis"):
MDS 3.0 XML submissions to iQIES and Final Validation Reports, HL7 v2 ADT and
pharmacy RDE/RDS feeds through Mirth Connect, census CSV exports, eMAR/TAR
records, wound and fall incident reports, therapy minutes logs, resident trust
fund ledgers, Medicaid pending applications and X12 271 eligibility replies,
family portal messages and audit, nurse call (syslog) and wander-guard logs,
RightFax, and .NET/Serilog/EF Core/IIS/SQL Server/Hangfire/Windows event noise.

Everything (people, IDs, addresses, numbers) is synthetic. Standard library
only, deterministic (fixed seed). Writes kg.log and kg.labels.jsonl next to
this script. Span offsets are UTF-8 byte offsets, end exclusive.

Labeling decisions:
- People whose identifiers are labeled: residents, and their relatives,
  representatives/POAs, guarantors, emergency contacts and visitors. Not
  labeled: staff (nurses, CNAs, therapists, physicians, MDS coordinators,
  DON, business office), their usernames, badge/employee/therapist IDs, NPIs
  and emails; facilities, pharmacies, payers, CMS/iQIES, vendors.
- name: each contiguous written person name is ONE span ("Okonkwo, Chidi",
  "Chidi E. Okonkwo", "C. Okonkwo", "okonkwo"); titles (Mr./Mrs./Dr.) and
  relation words are outside the span. Where a format splits name parts into
  separate fields (HL7 ^ components, MDS A0500A/B/C/D elements, X12 NM1
  elements, CSV LastName/FirstName/MI columns) each non-empty part is its own
  span (a middle initial alone and a suffix like JR are name spans; likewise
  an HL7 XTN phone split into area code and local number is two phone
  spans). A lone
  first name or preferred name (A1300C) of a resident/relative is labeled.
- address: street line, city and county are separate address spans; zip is
  zip; state codes, country, room/bed/unit numbers are NOT labeled.
- date: dates tied to a resident/relative: birth, admission/entry, discharge,
  transfer, ARD/target date, Medicare stay start, service and medication /
  treatment administration date-times, therapy DOS, wound assessment date,
  incident occurrence/notification dates, trust transaction dates, Medicaid
  application / eligibility dates, dispense dates. The whole written value
  (date, or date+time as one token) is one span, partial dates ("3/5") too.
  NOT labeled: log line timestamps, message/batch/file/submission/processing
  timestamps (MSH-7, EVN-2, ISA/GS/BHT dates, iQIES submission date/time),
  card expiry, bare years.
- age: only ages over 89 are labeled (the number only).
- mrn: facility resident number (ResidentNo / A1300A / PID-3 MR). other_id:
  iQIES Resident Internal ID, HL7 visit number (PV1-19), Medicaid case /
  application numbers, family-portal usernames. health_plan: Medicare MBI,
  Medicaid IDs, other member IDs (A0700 '+'/'N' markers are not values).
- account: patient billing account (PID-18), resident trust fund account,
  personal bank account numbers, payment card PANs. NOT: bank routing numbers,
  public test card numbers (4111111111111111), invoice numbers.
- device: resident-worn nurse-call pendant IDs, wander-guard transmitter tag
  IDs, implant UDIs -- labeled even when no name is on the line. NOT: room
  stations, door controllers, servers, printers, staff phones/badges.
- ip: public client IPs of family-portal users. NOT: private (10/8, 172.16/12,
  192.168/16) and server addresses.
- phone/fax/email/url of residents and relatives are labeled; those of the
  facility, pharmacy, staff, CMS are not.
- license: driver's licence / state ID numbers of residents or visitors;
  vehicle: VINs and plates of residents/relatives; photo: base64 face image;
  biometric: fingerprint template.
- NOT labeled (transaction IDs): order, prescription (Rx), dispense, fill,
  incident-report, invoice, message-control, submission, batch, job, trace/
  span IDs, UUIDs, hashes/pseudonymized tokens. Diagnoses, ICD-10, NDC, drug
  names, vitals and sex codes are not identifiers.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import unicodedata

SEED = 2121_0305
R = random.Random(SEED)
REF = dt.date(2024, 3, 5)
N_LINES = 500
NOISE_TARGET = 275  # 55 %

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email",
        "ssn", "mrn", "health_plan", "account", "license", "vehicle",
        "device", "url", "ip", "biometric", "photo", "other_id"}


# ---------------------------------------------------------------- line builder
class Ln:
    def __init__(self, fam, *parts):
        self.fam = fam
        self.parts = []
        self.spans = []
        self.nb = 0
        self.add(*parts)

    def add(self, *parts):
        for p in parts:
            if p is None:
                continue
            if isinstance(p, (list, Nest)):
                self.add(*p)
                continue
            if isinstance(p, tuple):
                txt, cat = p
                if cat is not None:
                    assert txt, ("empty span", cat)
                    assert cat in CATS, cat
                    b = len(txt.encode("utf-8"))
                    self.spans.append((self.nb, self.nb + b, cat, txt))
                    self.parts.append(txt)
                    self.nb += b
                    continue
                p = txt
            assert isinstance(p, str), repr(p)
            self.parts.append(p)
            self.nb += len(p.encode("utf-8"))
        return self

    def text(self):
        return "".join(self.parts)


class Nest(list):
    """pre-built parts used as a JSON value"""


def J(pairs, sp=False):
    """JSON object as parts. pairs: (key, value[, cat])."""
    c, k_sep = (", ", ": ") if sp else (",", ":")
    out = ["{"]
    for i, pr in enumerate(pairs):
        k, v = pr[0], pr[1]
        cat = pr[2] if len(pr) > 2 else None
        if i:
            out.append(c)
        out.append(json.dumps(k) + k_sep)
        if isinstance(v, Nest):
            out.extend(v)
        elif isinstance(v, str):
            enc = json.dumps(v, ensure_ascii=False)
            if cat:
                assert enc[1:-1] == v, v
                out += ['"', (v, cat), '"']
            else:
                out.append(enc)
        else:
            enc = json.dumps(v)
            out.append((enc, cat) if cat else enc)
    out.append("}")
    return Nest(out)


def JA(items):
    out = ["["]
    for i, it in enumerate(items):
        if i:
            out.append(",")
        out.extend(it if isinstance(it, Nest) else [json.dumps(it)])
    out.append("]")
    return Nest(out)


def KV(pairs, sep=" ", eq="=", q='"'):
    out = []
    for i, pr in enumerate(pairs):
        k, v = pr[0], pr[1]
        cat = pr[2] if len(pr) > 2 else None
        if i:
            out.append(sep)
        v = str(v)
        quote = q and (" " in v or "," in v)
        out.append(k + eq + (q if quote else ""))
        out.append((v, cat) if cat else v)
        if quote:
            out.append(q)
    return Nest(out)


# ---------------------------------------------------------------- helpers
def fold(s):
    s = (s.replace("Ł", "L").replace("ł", "l").replace("ø", "o")
         .replace("Ø", "O").replace("ß", "ss"))
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def fd(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_nz":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "us2":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "dmy":
        return f"{d.day:02d}-{MONS[d.month-1]}-{d.year}"
    if style == "DMY":
        return f"{d.day:02d}-{MONS[d.month-1].upper()}-{d.year}"
    if style == "long":
        return f"{MONTHS[d.month-1]} {d.day}, {d.year}"
    if style == "mon":
        return f"{MONS[d.month-1]} {d.day} {d.year}"
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    if style == "md":
        return f"{d.month}/{d.day}"
    if style == "ymd_slash":
        return d.strftime("%Y/%m/%d")
    raise ValueError(style)


def rdate(a, b):
    return a + dt.timedelta(days=R.randint(0, (b - a).days))


def age_on(dob, ref=REF):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


def hexs(n, up=True):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if up else s


def digits(n, first_nonzero=True):
    s = str(R.randint(1, 9)) if first_nonzero else str(R.randint(0, 9))
    return s + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


def uuid4():
    h = hexs(32, up=False)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    tot = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return body + str((10 - tot % 10) % 10)


def mk_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}", f"{R.randint(1, 99):02d}", f"{R.randint(1, 9999):04d}"


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mk_mbi():
    d = "0123456789"
    pat = [("C", "123456789"), ("A", MBI_A), ("AN", MBI_AN), ("N", d),
           ("A", MBI_A), ("AN", MBI_AN), ("N", d), ("A", MBI_A), ("A", MBI_A),
           ("N", d), ("N", d)]
    return "".join(R.choice(c) for _, c in pat)


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def mk_vin(wmi, vds, year_code):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    serial = R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6, False)
    v = list(wmi + vds + "0" + year_code + serial)
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    cd = s % 11
    v[8] = "X" if cd == 10 else str(cd)
    assert len(v) == 17 and all(c in chars for c in v)
    return "".join(v)


def fmt_phone(area, ex, num, style):
    return {
        0: f"({area}) {ex}-{num}",
        1: f"{area}-{ex}-{num}",
        2: f"{area}{ex}{num}",
        3: f"+1 {area} {ex} {num}",
        4: f"{area}.{ex}.{num}",
        5: f"({area}){ex}-{num}",
        6: f"1-{area}-{ex}-{num}",
        7: f"+1{area}{ex}{num}",
    }[style]


# ---------------------------------------------------------------- world
FACS = [
    dict(code="BRK0412", iq="OH0412", name="Brookhaven Care Center - Dayton", st="OH",
         npi="1578432219", ccn="365412", phone="937-278-4410", fax="937-278-4499",
         host="brk0412", medicaid="OHIO MEDICAID", mcd_payer="ODM", areas=["937", "937", "614"]),
    dict(code="BRK0415", iq="OH0415", name="Brookhaven Health & Rehab of Westerville", st="OH",
         npi="1396201847", ccn="366108", phone="614-891-2200", fax="614-891-2291",
         host="brk0415", medicaid="OHIO MEDICAID", mcd_payer="ODM", areas=["614", "614", "380"]),
    dict(code="BRK0521", iq="PA0521", name="Brookhaven at Cranberry", st="PA",
         npi="1831550926", ccn="395877", phone="724-776-3100", fax="724-776-3199",
         host="brk0521", medicaid="PA MEDICAL ASSISTANCE", mcd_payer="PADHS", areas=["724", "412", "878"]),
    dict(code="BRK0603", iq="MI0603", name="Brookhaven Gardens Grand Rapids", st="MI",
         npi="1265734018", ccn="235530", phone="616-942-0500", fax="616-942-0577",
         host="brk0603", medicaid="MICHIGAN MEDICAID", mcd_payer="MDHHS", areas=["616", "616", "269"]),
]

GEO = {
    "OH": [("Dayton", "Montgomery", ["45405", "45406", "45410", "45419"]),
           ("Kettering", "Montgomery", ["45429", "45440"]),
           ("Huber Heights", "Montgomery", ["45424"]),
           ("Xenia", "Greene", ["45385"]),
           ("Westerville", "Franklin", ["43081", "43082"]),
           ("Gahanna", "Franklin", ["43230"]),
           ("Columbus", "Franklin", ["43214", "43224"])],
    "PA": [("Cranberry Township", "Butler", ["16066"]),
           ("Wexford", "Allegheny", ["15090"]),
           ("Butler", "Butler", ["16001", "16002"]),
           ("Mars", "Butler", ["16046"]),
           ("Zelienople", "Butler", ["16063"])],
    "MI": [("Grand Rapids", "Kent", ["49503", "49506", "49507"]),
           ("Wyoming", "Kent", ["49509"]),
           ("Kentwood", "Kent", ["49508"]),
           ("Walker", "Kent", ["49534"]),
           ("Grandville", "Kent", ["49418"])],
}
STREETS = ["Parkridge Ave", "N Main St", "Wren Ct", "Salem Ave", "Ridgeway Rd",
           "Old Troy Pike", "Linden Ln", "Burnham Dr SE", "Far Hills Ave",
           "Shroyer Rd", "Cleveland Ave", "Schrock Rd", "Freedom Rd",
           "Rochester Rd", "Perry Hwy", "Plymouth Ave NE", "Eastern Ave SE",
           "Leonard St NW", "Kalamazoo Ave SE", "Wealthy St SE", "Wilmington Pike",
           "Dorothy Ln", "Smithville Rd", "Maple Ave", "Cherry St"]
UNITS = ["", "", "", " Apt 3B", " Unit 2", " Apt 114", " #7", " Lot 22"]

RES_SPECS = [
    ("Chidi", "Emeka", "Okonkwo", "M", ""), ("Hoa", "Thi", "Nguyen", "F", ""),
    ("María Elena", "", "García-López", "F", ""), ("Pieter", "Jan", "van der Berg", "M", ""),
    ("Margaret", "Rose", "O'Brien", "F", ""), ("Stanisław", "", "Kowalczyk", "M", ""),
    ("Fatima", "", "Abdullah", "F", ""), ("Hiroshi", "", "Yamamoto", "M", ""),
    ("Giuseppe", "Antonio", "Rossi", "M", ""), ("Jean-Baptiste", "", "Delacroix", "M", ""),
    ("Layla", "", "Haddad", "F", ""), ("Thandiwe", "Nomsa", "Mbeki", "F", ""),
    ("Ingrid", "", "Johansson", "F", ""), ("Rosalinda", "", "De la Cruz", "F", ""),
    ("Harshad", "Kumar", "Patel", "M", ""), ("Ursula", "", "Schmidt-Wagner", "F", ""),
    ("Ewan", "", "MacLeod", "M", ""), ("Soon-ja", "", "Kim", "F", ""),
    ("Lorraine", "", "Begay", "F", ""), ("Gisèle", "", "Tremblay", "F", ""),
    ("Eleni", "", "Papadopoulos", "F", ""), ("Miriam", "Ruth", "Cohen", "F", ""),
    ("Lyudmila", "", "Ivanova", "F", ""), ("Omar", "", "Al-Sayed", "M", ""),
    ("Eula Mae", "", "Washington", "F", ""), ("Bernadette", "", "Fitzgerald-Hughes", "F", ""),
    ("João", "", "da Silva", "M", ""), ("Åse", "", "Sørensen", "F", ""),
    ("Jürgen", "", "Müller", "M", ""), ("Wei", "", "Zhang", "M", ""),
    ("Consuelo", "", "Ramírez", "F", ""), ("Lucien", "", "St. Pierre", "M", ""),
    ("Earl", "Wayne", "Jones", "M", "JR"), ("Dorothy", "Mae", "Smith", "F", ""),
    ("Karl", "", "Lindqvist", "M", ""), ("Bożena", "", "Łukasiewicz", "F", ""),
    ("Folasade", "", "Adeyemi", "F", ""), ("Avraham", "", "Ben-David", "M", ""),
    ("Refugio", "", "Chávez", "M", "SR"), ("Doris", "", "McAllister", "F", ""),
]
REL_FIRST = [("Adaeze", "F"), ("Minh", "M"), ("Carlos", "M"), ("Annelies", "F"), ("Kevin", "M"),
             ("Tomasz", "M"), ("Yusuf", "M"), ("Naomi", "F"), ("Marco", "M"), ("Chloé", "F"),
             ("Rami", "M"), ("Sipho", "M"), ("Lars", "M"), ("Jolene", "F"), ("Priya", "F"),
             ("Heike", "F"), ("Fiona", "F"), ("Ji-woo", "F"), ("Darlene", "F"), ("Mathieu", "M"),
             ("Nikos", "M"), ("Rachel", "F"), ("Olga", "F"), ("Hana", "F"), ("Tyrone", "M"),
             ("Siobhan", "F"), ("Ana Paula", "F"), ("Mette", "F"), ("Stefan", "M"), ("Li", "F"),
             ("Guadalupe", "F"), ("Claude", "M"), ("Keisha", "F"), ("Brenda", "F"), ("Erik", "M"),
             ("Agnieszka", "F"), ("Tunde", "M"), ("Yael", "F"), ("Esperanza", "F"), ("Gary", "M")]
REL_MARRIED_LAST = ["Schultz", "Brennan-Ortiz", "Whitaker", "Le", "Hoffmann",
                    "Castellanos", "Ng", "Dubois", "Novak", "Reilly", "Achterberg"]
RELS = {"F": [("DAU", "Daughter"), ("DAU", "Daughter"), ("SPO", "Spouse"), ("NIE", "Niece"), ("SIS", "Sister"),
              ("GRD", "Guardian"), ("FND", "Friend"), ("POA", "Power of Attorney")],
        "M": [("SON", "Son"), ("SON", "Son"), ("SPO", "Spouse"), ("NEP", "Nephew"), ("BRO", "Brother"),
              ("GRD", "Guardian"), ("FND", "Friend"), ("POA", "Power of Attorney")]}
LANG = {"Nguyen": "vie", "García-López": "spa", "Kowalczyk": "pol", "Kim": "kor", "De la Cruz": "spa",
        "Ramírez": "spa", "Chávez": "spa", "Łukasiewicz": "pol", "Ivanova": "rus", "Al-Sayed": "ara",
        "Abdullah": "ara", "Zhang": "chi", "da Silva": "por", "Tremblay": "fre", "Papadopoulos": "gre"}
LANG_NAME = {"eng": "English", "vie": "Vietnamese", "spa": "Spanish", "pol": "Polish", "kor": "Korean",
             "rus": "Russian", "ara": "Arabic", "chi": "Chinese", "por": "Portuguese", "fre": "French", "gre": "Greek"}
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com",
             "hotmail.com", "att.net", "comcast.net", "sbcglobal.net", "proton.me"]
OTHER_AREAS = ["312", "917", "480", "703", "206", "305", "773", "513", "419", "216"]

STAFF = [("Joanna", "Kowalski", "RN", "jkowalski"), ("Samuel", "Okafor", "RN", "sokafor"),
         ("Maria", "Reyes", "CNA", "mreyes"), ("Brian", "Nguyen", "LPN", "bnguyen"),
         ("Megan", "Brennan", "DON", "mbrennan"), ("Tomás", "Herrera", "PT", "therrera"),
         ("Priya", "Raman", "OT", "praman"), ("Kelsey", "Voss", "SLP", "kvoss"),
         ("Aaron", "Feld", "RN", "afeld"), ("Destiny", "Coleman", "CNA", "dcoleman"),
         ("Olumide", "Bakare", "LPN", "obakare"), ("Hannah", "Lindgren", "RN", "hlindgren")]
DOCS = [("1457382910", "PATEL", "ANJALI"), ("1902847563", "WHITFIELD", "MARCUS"),
        ("1659320047", "OYELARAN", "BISI"), ("1336185520", "KRAMER", "DAVID")]
THER = ["T0231", "T0418", "T0507", "T0655", "T0712"]
PUB_IP_PREFIX = ["73.162", "24.31", "98.28", "76.181", "174.101", "71.72",
                 "108.49", "68.44", "99.122", "172.58"]


def pub_ip():
    p = R.choice(PUB_IP_PREFIX)
    return f"{p}.{R.randint(1, 254)}.{R.randint(1, 254)}"


def mk_phone(area=None):
    area = area or R.choice(OTHER_AREAS)
    if R.random() < 0.35:
        ex, num = "555", f"01{R.randint(0, 99):02d}"
    else:
        ex, num = str(R.randint(201, 989)), f"{R.randint(0, 9999):04d}"
    return area, ex, num


class Person:
    pass


def mk_relative(res, fac):
    p = Person()
    p.first, g = R.choice(REL_FIRST)
    p.rel = R.choice(RELS[g])
    if p.rel[0] == "SPO":
        p.last = res.last
    else:
        p.last = res.last if R.random() < 0.55 else R.choice(REL_MARRIED_LAST)
    area = R.choice(fac["areas"] + OTHER_AREAS[:4])
    p.ph = mk_phone(area)
    base = fold(p.first.split()[0]).lower().replace("-", "")
    lb = fold(p.last).lower().replace(" ", "").replace("'", "").replace("-", "")
    pat = R.randint(0, 4)
    local = [f"{base}.{lb}", f"{base[0]}{lb}", f"{base}{lb}{R.randint(40, 89)}",
             f"{lb}.{base}", f"{base}_{lb[:5]}{R.randint(1, 9)}"][pat]
    p.email = f"{local}@{R.choice(EMAIL_DOM)}"
    p.user = R.choice([local.split("@")[0], f"{base[0]}{lb}{R.randint(1, 99)}", f"{base}.{lb[:1]}"])
    p.ip = pub_ip()
    p.dl = R.choice(["OH", "PA", "MI"])
    p.dlno = {"OH": lambda: R.choice("ABCDEFGHJKLMNPRSTUVW") + R.choice("ABCDEFGHJKLMNPRSTUVW") + digits(6, False),
              "PA": lambda: digits(8, False),
              "MI": lambda: R.choice("BCDGHKLMNPRSTW") + " " + digits(3) + " " + digits(3) + " " + digits(3) + " " + digits(3)}[p.dl]()
    p.plate = R.choice([f"{R.choice('ABCDEFGHJKLMNPRSTVWXYZ')}{R.choice('ABCDEFGHJKLMNPRSTVWXYZ')}{R.choice('ABCDEFGHJKLMNPRSTVWXYZ')} {R.randint(1000, 9999)}",
                        f"{R.choice('ABCDEFGHJKLMNPRSTVWXYZ')}{R.choice('ABCDEFGHJKLMNPRSTVWXYZ')}{R.choice('ABCDEFGHJKLMNPRSTVWXYZ')}-{R.randint(1000, 9999)}",
                        f"{R.randint(1, 9)}{R.choice('ABCDEFGHJKLMNPRSTVWXYZ')}{R.choice('ABCDEFGHJKLMNPRSTVWXYZ')}{R.randint(100, 999)}"])
    p.fax = mk_phone(area)
    return p


RESIDENTS = []
used = set()


def uniq(fn):
    while True:
        v = fn()
        if v not in used:
            used.add(v)
            return v


for i, spec in enumerate(RES_SPECS):
    r = Person()
    r.first, r.middle, r.last, r.sex, r.suffix = spec
    r.fac = FACS[i % len(FACS)]
    st = r.fac["st"]
    # roughly 40 % older than 89
    if R.random() < 0.4:
        r.dob = rdate(dt.date(1924, 1, 1), dt.date(1933, 12, 31))
    else:
        r.dob = rdate(dt.date(1934, 6, 1), dt.date(1958, 12, 31))
    r.age = age_on(r.dob)
    r.mrn = uniq(lambda: R.choice(["1004", "1005", "1006"]) + digits(4, False))
    r.resint = uniq(lambda: digits(R.choice([7, 8, 9])))
    r.ssn = mk_ssn()
    r.mbi = mk_mbi()
    if st == "OH":
        r.mcd = uniq(lambda: digits(12))
    elif st == "PA":
        r.mcd = uniq(lambda: digits(10))
    else:
        r.mcd = uniq(lambda: "00" + digits(8))
    r.mcd_pending = R.random() < 0.25
    r.case = uniq(lambda: R.choice(["32", "41", "88"]) + digits(8, False))
    r.visit = uniq(lambda: "V" + digits(7))
    r.acct = uniq(lambda: "A" + digits(8))
    r.trust = uniq(lambda: f"TF{r.fac['code'][3:]}-{R.randint(100, 9999):05d}")
    r.bank = digits(R.choice([9, 10, 12]))
    r.pendant = uniq(lambda: "PND-" + hexs(6))
    r.wg = uniq(lambda: R.choice(["TX", "WG"]) + "-" + hexs(7))
    city, county, zips = R.choice(GEO[st])
    r.city, r.county, r.zip = city, county, R.choice(zips)
    r.street = f"{R.randint(12, 9899)} {R.choice(STREETS)}{R.choice(UNITS)}"
    r.ph = mk_phone(R.choice(r.fac["areas"]))
    r.admit = rdate(dt.date(2021, 5, 1), dt.date(2024, 3, 3))
    if R.random() < 0.35:
        r.admit = rdate(dt.date(2024, 2, 10), dt.date(2024, 3, 4))
    r.unit = R.choice(["1E", "1W", "2E", "2W", "MC", "REHAB"])
    r.room = f"{R.randint(1, 3)}{R.randint(0, 3)}{R.randint(1, 9)}"
    r.bed = R.choice("AB")
    r.dl = R.choice("ABCDEFGHJKLMNPRSTUVW") + R.choice("ABCDEFGHJKLMNPRSTUVW") + digits(6, False)
    r.rels = [mk_relative(r, r.fac) for _ in range(R.choice([1, 1, 2]))]
    r.lang = LANG.get(r.last, "eng")
    RESIDENTS.append(r)


def res(pred=None):
    pool = [x for x in RESIDENTS if pred is None or pred(x)]
    return R.choice(pool)


def full(r, style=None):
    """a single-span written name for a resident/relative"""
    style = style if style is not None else R.randint(0, 7)
    f = r.first
    m = getattr(r, "middle", "")
    if style == 0:
        return f"{r.last}, {f}"
    if style == 1:
        return f"{f} {r.last}"
    if style == 2:
        return f"{r.last.upper()}, {f.upper()}"
    if style == 3:
        return f"{f} {m[0]}. {r.last}" if m else f"{f} {r.last}"
    if style == 4:
        return f"{f[0]}. {r.last}"
    if style == 5:
        return f"{r.last}, {f[0]}"
    if style == 6:
        return f"{r.last.lower()}, {f.lower()}"
    return f"{r.last}, {f} {m[0]}." if m else f"{r.last}, {f}"


def ph(p, style=None):
    a, e, n = p
    return fmt_phone(a, e, n, R.randint(0, 7) if style is None else style)


def ssn_s(r, style=None):
    a, g, s = r.ssn
    st = R.randint(0, 2) if style is None else style
    return [f"{a}-{g}-{s}", f"{a}{g}{s}", f"{a} {g} {s}"][st]


def mbi_s(r):
    m = r.mbi
    return m if R.random() < 0.7 else f"{m[:4]}-{m[4:7]}-{m[7:]}"


def staff():
    return R.choice(STAFF)


# ---------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 5, 0, 3, 17)
        self.ms = 0

    def tick(self, lo=15, hi=240):
        self.t += dt.timedelta(seconds=R.randint(lo, hi))
        self.ms = R.randint(0, 999)

    def serilog(self):
        return f"{self.t:%Y-%m-%d %H:%M:%S}.{self.ms:03d} -05:00"

    def utc(self):
        return self.t + dt.timedelta(hours=5)

    def iis(self):
        return f"{self.utc():%Y-%m-%d %H:%M:%S}"

    def sql(self):
        return f"{self.t:%Y-%m-%d %H:%M:%S}.{self.ms // 10:02d}"

    def syslog(self):
        return f"{MONS[self.t.month-1]} {self.t.day:2d} {self.t:%H:%M:%S}"

    def isoz(self):
        return f"{self.utc():%Y-%m-%dT%H:%M:%S}.{self.ms:03d}Z"

    def isol(self):
        return f"{self.t:%Y-%m-%dT%H:%M:%S}.{self.ms:03d}-05:00"

    def mirth(self):
        return f"{self.t:%Y-%m-%d %H:%M:%S},{self.ms:03d}"

    def hl7(self):
        return f"{self.t:%Y%m%d%H%M%S}"

    def clef(self):
        return f"{self.utc():%Y-%m-%dT%H:%M:%S}.{self.ms:03d}{R.randint(0, 9999):04d}Z"


C = Clock()


def past_dt(min_minutes=10, max_hours=30, step=5):
    """a care-event time before the current log clock, rounded to `step` minutes"""
    d = C.t - dt.timedelta(minutes=R.randint(min_minutes, max_hours * 60))
    return d.replace(minute=d.minute - d.minute % step, second=0, microsecond=0)


# ============================================================ NOISE singles
def n_iis():
    path = R.choice([
        ("GET", "/health/ready", "-", "kube-probe/1.28", 200, 2),
        ("GET", "/Content/bundles/clinical.min.js", "v=24.2.0.1187", "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.0.0+Safari/537.36", 304, 4),
        ("POST", "/api/v2/emar/medpass/sync", "facId=12", "CareAxisMobile/6.14.2+(Android+14;+SM-T738U)", 200, 148),
        ("GET", "/api/v2/census/summary", f"facId={R.choice([12, 15, 21, 3])}&date=today", "Go-http-client/1.1", 200, 61),
        ("GET", "/signalr/negotiate", "clientProtocol=2.1&connectionData=%5B%7B%22name%22%3A%22nursecallhub%22%7D%5D", "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.0.0+Safari/537.36+Edg/122.0.0.0", 200, 9),
        ("GET", "/favicon.ico", "-", "Mozilla/5.0+(Macintosh;+Intel+Mac+OS+X+10_15_7)+AppleWebKit/605.1.15+(KHTML,+like+Gecko)+Version/17.3+Safari/605.1.15", 404, 1),
        ("POST", "/api/v2/mds/batches", "-", "CareAxis.Mds.Worker/24.2.0", 202, 233),
        ("GET", "/FamilyPortal/Account/Login", "ReturnUrl=%2FFamilyPortal%2FHome", "Mozilla/5.0+(iPhone;+CPU+iPhone+OS+17_3_1+like+Mac+OS+X)+AppleWebKit/605.1.15+(KHTML,+like+Gecko)+Version/17.3+Mobile/15E148+Safari/604.1", 200, 37),
        ("GET", "/api/v2/pharmacy/deliveries", "run=R2&facId=12", "RxNet-Connector/3.8", 401, 3),
    ])
    m, stem, q, ua, st, tt = path
    sub = 0 if st != 401 else 2
    user = {"/api/v2/census/summary": "BROOKHAVEN\\svc_census", "/api/v2/mds/batches": "BROOKHAVEN\\svc_mds",
            "/api/v2/emar/medpass/sync": "BROOKHAVEN\\" + R.choice(STAFF)[3], "/signalr/negotiate": "BROOKHAVEN\\" + R.choice(STAFF)[3],
            "/Content/bundles/clinical.min.js": "BROOKHAVEN\\" + R.choice(STAFF)[3]}.get(stem, "-")
    cip = R.choice(["10.20.4.7", "10.20.8.31", "10.40.2.18", "172.16.3.22", "10.20.1.5"])
    return Ln("iis_w3c", f"{C.iis()} 10.20.1.15 {m} {stem} {q} 443 {user} {cip} {ua} - {st} {sub} 0 {tt + R.randint(0, 40)}")


def n_serilog():
    lv, src, msg = R.choice([
        ("INF", "Microsoft.Hosting.Lifetime", "Now listening on: http://[::]:5080"),
        ("INF", "Microsoft.Hosting.Lifetime", "Application started. Press Ctrl+C to shut down."),
        ("INF", "Microsoft.Hosting.Lifetime", "Hosting environment: Production"),
        ("INF", "CareAxis.Census.NightlyExport", f"Census export for {R.choice(FACS)['code']} complete: rows={R.randint(90, 160)} occupied={R.randint(80, 140)} elapsed={R.randint(400, 3900)}ms"),
        ("INF", "CareAxis.Mds.Submission.BatchBuilder", f"Built batch {R.randint(7700, 7799)} with {R.randint(3, 22)} records, zip={R.randint(12000, 98000)} bytes, sha1={hexs(40, False)}"),
        ("WRN", "CareAxis.Integrations.RxNet.DeliveryPoller", f"Delivery manifest poll returned 429 Too Many Requests; backing off {R.choice([15, 30, 60])}s (attempt {R.randint(1, 4)}/5)"),
        ("INF", "CareAxis.NurseCall.Bridge", f"Responder bridge connected to ncs-{R.choice(FACS)['host']}:6100, {R.randint(40, 130)} stations registered"),
        ("DBG", "CareAxis.Emar.Sync.MedPassSynchronizer", f"Delta sync unit=2W since=rowversion 0x{hexs(16)} pulled={R.randint(0, 80)} pushed={R.randint(0, 40)}"),
        ("INF", "CareAxis.Trust.InterestPosting", f"Posted monthly interest for {R.randint(60, 140)} accounts, total=${R.randint(10, 99)}.{R.randint(0, 99):02d}, batch TI-202402-{R.randint(1, 9)}"),
        ("WRN", "CareAxis.Mds.Submission.IqiesClient", "iQIES token expires in 287s; refreshing via HARP client credentials"),
        ("INF", "CareAxis.Therapy.MinutesRollup", f"Rolled up therapy minutes for week ending 2024-03-02: PT={R.randint(3000, 9000)} OT={R.randint(3000, 9000)} SLP={R.randint(300, 2000)}"),
        ("ERR", "CareAxis.Integrations.WanderGuard.Listener", "Socket closed by remote host 10.20.9.40:7001 (ECONNRESET); reconnecting in 5000ms"),
        ("INF", "CareAxis.Portal.Notifications", f"Sent {R.randint(5, 60)} digest emails via SendGrid, {R.randint(0, 3)} bounced, message-id range {hexs(8, False)}..{hexs(8, False)}"),
        ("INF", "CareAxis.Scheduling.ShiftBoard", f"Shift swap approved for CNA {R.choice(STAFF)[0]} {R.choice(STAFF)[1]} (emp E{R.randint(10000, 19999)}) 3-11 -> 11-7"),
        ("DBG", "CareAxis.Infrastructure.Caching", f"Cache miss ratio 0.{R.randint(2, 19):02d} over 5m; keys={R.randint(4000, 9000)} evictions={R.randint(0, 200)}"),
    ])
    return Ln("serilog", f"{C.serilog()} [{lv}] {src}: {msg}")


def n_sql():
    spid = f"spid{R.randint(51, 140)}"
    msg = R.choice([
        f"{'Backup':<11} Log was backed up. Database: CareAxis_Clinical, creation date(time): 2021/06/14(09:12:44), first LSN: 88213:{R.randint(10000, 99999)}:1, last LSN: 88213:{R.randint(10000, 99999)}:1, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {{'\\\\nas01\\sqlbackup\\CA_Clinical_LOG_20240305_{C.t:%H%M}.trn'}}). This is an informational message only. No user action is required.",
        f"{'Logon':<11} Login failed for user 'rpt_reader'. Reason: Password did not match that for the login provided. [CLIENT: 10.20.6.{R.randint(10, 90)}]",
        f"{spid:<11} DBCC CHECKDB (CareAxis_Trust) WITH all_errormsgs, no_infomsgs executed by BROOKHAVEN\\svc_sqlagent found 0 errors and repaired 0 errors. Elapsed time: 0 hours {R.randint(1, 9)} minutes {R.randint(0, 59)} seconds.",
        f"{'spid18s':<11} SQL Server has encountered {R.randint(1, 9)} occurrence(s) of I/O requests taking longer than 15 seconds to complete on file [E:\\SQLData\\CareAxis_Clinical_2.ndf] in database id 7.  The OS file handle is 0x0000000000000F2C.  The offset of the latest long I/O is: 0x0000{hexs(8, False)}",
        f"{spid:<11} Setting database option RECOVERY to FULL for database 'CareAxis_Stage'.",
        f"{'spid9s':<11} AppDomain {R.randint(2, 30)} (mssqlsystemresource.dbo[runtime].{R.randint(1, 40)}) is marked for unload due to memory pressure.",
        f"{spid:<11} Recovery completed for database CareAxis_Reporting (database ID 9) in 2 second(s) (analysis 14 ms, redo 380 ms, undo 0 ms.) This is an informational message only. No user action is required.",
        f"{'Server':<11} SQL Server is now ready for client connections. This is an informational message; no user action is required.",
    ])
    return Ln("mssql_errorlog", f"{C.sql()} {msg}")


def n_efcore():
    ms = R.randint(1, 90)
    sql = R.choice(["SELECT [u].[UnitId], [u].[Code], [u].[BedCount] FROM [dbo].[Unit] AS [u] WHERE [u].[FacilityId] = @__facId_0",
                    "SELECT COUNT(*) FROM [dbo].[MedAdministration] AS [m] WHERE [m].[StatusCd] = N'LATE' AND [m].[ScheduledUtc] >= @__from_0",
                    "UPDATE [dbo].[MdsBatch] SET [StatusCd] = @p0, [RowVersion] = @p1 WHERE [BatchId] = @p2 AND [RowVersion] = @p3"])
    return Ln("efcore", f"{C.serilog()} [INF] Microsoft.EntityFrameworkCore.Database.Command: Executed DbCommand ({ms}ms) [Parameters=[@__facId_0='?' (DbType = Int32)], CommandType='Text', CommandTimeout='30'] {sql}")


def n_hangfire():
    msg = R.choice([
        f"Hangfire.Server.BackgroundServerProcess: Server brk-app0{R.randint(1, 3)}:{R.randint(1000, 9999)}:{hexs(8, False)} successfully announced in {R.randint(5, 90)}.{R.randint(0, 9)} ms",
        f"Hangfire.Server.RecurringJobScheduler: Recurring job 'census-nightly-export' triggered, job id {R.randint(400000, 499999)}",
        f"Hangfire.Processing.BackgroundExecution: Execution RecurringJobScheduler is in the Running state now",
        f"Hangfire.Server.Worker: Job {R.randint(400000, 499999)} (CareAxis.Mds.Jobs.PollFvrJob.Execute) succeeded in {R.randint(200, 9000)} ms",
        f"Hangfire.AutomaticRetryAttribute: Failed to process the job '{R.randint(400000, 499999)}': an exception occurred. Retry attempt {R.randint(1, 9)} of 10 will be performed in 00:0{R.randint(1, 9)}:{R.randint(10, 59)}.",
    ])
    return Ln("hangfire", f"{C.serilog()} [INF] {msg}")


def n_health():
    def e(st, ms):
        return Nest(J([("status", st), ("duration", f"00:00:00.{ms:07d}")]))
    entries = Nest(J([("sqlserver", e("Healthy", R.randint(10000, 90000))),
                      ("iqies-gateway", e(R.choice(["Healthy", "Healthy", "Degraded"]), R.randint(100000, 2900000))),
                      ("rxnet", e("Healthy", R.randint(20000, 400000))),
                      ("redis", e("Healthy", R.randint(1000, 9000)))]))
    return Ln("healthcheck_json", J([("status", "Healthy"), ("totalDuration", f"00:00:00.{R.randint(100000, 3000000):07d}"), ("entries", entries)]))


def n_mirth():
    ch = R.choice(["ADT_In_Hospital_Kettering", "ADT_Out_RxNet", "RDS_In_RxNet", "ORU_In_LabCorp", "MDS_Sftp_Poller"])
    msg = R.choice([
        f"com.mirth.connect.donkey.server.channel.Channel: Channel {ch} ({uuid4()}) started.",
        f"com.mirth.connect.connectors.tcp.TcpDispatcher: Sent message {R.randint(40000, 99999)} to 10.40.2.18:{R.choice([6661, 6662, 6670])} (ACK AA, {R.randint(3, 80)} ms)",
        f"com.mirth.connect.server.controllers.DonkeyMessageController: Pruned {R.randint(100, 9000)} messages from channel {ch}, {R.randint(0, 20)} errors archived",
        f"com.mirth.connect.connectors.tcp.TcpReceiver: Connection accepted from 10.50.{R.randint(1, 9)}.{R.randint(2, 250)}:{R.randint(40000, 65000)} on port 6661",
        f"com.mirth.connect.server.util.javascript.JavaScriptUtil: DB lookup RX_FORMULARY cache refreshed ({R.randint(1200, 4000)} NDCs)",
    ])
    lvl = "INFO " if "Pruned" not in msg else "WARN "
    return Ln("mirth", f" {lvl}{C.mirth()} [{ch} < pool-{R.randint(1, 6)}-thread-{R.randint(1, 12)}] {msg}")


def n_iqies():
    sid = R.randint(118200000, 118299999)
    rec = R.randint(2, 30)
    rej = R.choice([0, 0, 1, 2])
    v = R.choice([
        J([("submissionId", sid), ("facilityId", R.choice(FACS)["iq"]), ("status", R.choice(["RECEIVED", "PROCESSING", "COMPLETED"])),
           ("recordsReceived", rec), ("accepted", rec - rej), ("rejected", rej),
           ("fvrAvailable", True)]),
        J([("event", "token.refresh"), ("issuer", "https://harp.cms.gov/oauth2/default"), ("expires_in", 3600), ("scope", "iqies.mds.submit")]),
        J([("submissionId", sid), ("status", "ERROR"), ("code", "-1000"), ("message", "File is not a valid zip archive"), ("retryable", False)]),
    ])
    return Ln("iqies_api", f"{C.isoz()} iqies-client ", v)


def n_nursecall():
    host = R.choice(FACS)["host"]
    msg = R.choice([
        f"HEARTBEAT stations_online={R.randint(60, 120)} stations_offline={R.randint(0, 3)} dome_lights_ok=1",
        f"STATION_FAULT loc=\"{R.choice(['1E', '2W', 'MC'])} CORR DOME {R.randint(1, 8)}\" dev=DL-{hexs(5)} code=E17 lamp_open",
        f"CALL_CLEARED call_id={R.randint(8800000, 8899999)} loc=\"{R.choice(['2W', '1E'])} {R.randint(100, 330)}-{R.choice('AB')}\" type=BATH dev=WS-{hexs(5)} response=00:0{R.randint(0, 9)}:{R.randint(10, 59)} staff_badge={R.randint(200, 499):04d}",
        f"SIP_REG ok ext=4{R.randint(100, 999)} ua=\"Spectralink 8440 {R.randint(1, 9)}.{R.randint(0, 9)}.{R.randint(0, 9)}\"",
    ])
    return Ln("nursecall_syslog", f"<134>{C.syslog()} ncs-{host} responder[{R.randint(2000, 2999)}]: {msg}")


def n_wander():
    v = J([("ts", C.isoz()), ("site", R.choice(FACS)["code"]), ("event", R.choice(["DOOR_CONTROLLER_HEARTBEAT", "DOOR_BYPASS_KEYPAD", "EXCITER_TEST_OK"])),
           ("door", R.choice(["EAST-2", "MAIN-LOBBY", "MC-COURTYARD", "SERVICE-DOCK"])),
           ("controller", f"DC-{hexs(6)}"), ("fw", f"4.{R.randint(0, 9)}.{R.randint(0, 30)}"), ("rssi", -R.randint(40, 90))])
    return Ln("wanderguard_json", v)


def n_pharm():
    v = R.choice([
        f"{C.serilog()} [INF] CareAxis.Integrations.RxNet.CycleFill: Cycle fill manifest {R.choice(['R1', 'R2', 'R3'])}-{C.t:%Y%m%d} accepted: {R.randint(80, 420)} lines, {R.randint(0, 6)} exceptions, totes={R.randint(4, 20)}",
        f"{C.serilog()} [INF] CareAxis.Integrations.RxNet.FormularySync: NDC catalog delta applied: +{R.randint(0, 90)} -{R.randint(0, 30)} ~{R.randint(0, 200)} (catalog v{C.t:%Y.%m.%d}.{R.randint(1, 4)})",
        f"{C.serilog()} [WRN] CareAxis.Integrations.RxNet.Dispense: NDC 00093-{R.randint(1000, 9999)}-{R.randint(10, 99)} not in facility formulary; routed to pharmacist review queue",
    ])
    return Ln("pharmacy_log", v)


def n_winevent():
    v = J([("EventTime", f"{C.t:%Y-%m-%d %H:%M:%S}"), ("Hostname", R.choice(["BRK-APP01", "BRK-APP02", "BRK-WEB01"])),
           *[(k, v) for k, v in zip(("SourceName", "EventID", "Severity", "Message"), R.choice([
               ("WAS", 5186, "INFO", f"A worker process with process id of '{R.randint(2000, 9999)}' serving application pool 'CareAxisPortal' was shutdown due to inactivity."),
               ("Service Control Manager", 7036, "INFO", "The CareAxis NurseCall Bridge service entered the running state."),
               (".NET Runtime", 1026, "ERROR", "Application: w3wp.exe CoreCLR Version: 8.0.224.6711 Description: The process was terminated due to an unhandled exception. Exception Info: System.OutOfMemoryException"),
               ("ASP.NET 4.0.30319.0", 1309, "WARNING", "Event code: 3005 Event message: An unhandled exception has occurred. Application domain: /LM/W3SVC/2/ROOT-1-133542 Process name: w3wp.exe Exception type: TimeoutException"),
           ]))]])
    return Ln("win_eventlog", v)


def n_config():
    v = R.choice([
        "appsettings.Production.json loaded: ConnectionStrings:Clinical=Server=brk-sql01.brookhaven.local;Database=CareAxis_Clinical;User Id=careaxis_app;Password=***;Encrypt=True",
        "config: Iqies:BaseUrl=https://iqies.cms.gov/api Iqies:SubmitterId=BRKCARE01 Iqies:TimeoutSeconds=120 Iqies:MaxBatchRecords=250",
        f"config: Smtp:From=noreply@brookhavencare.com Smtp:ReplyTo=portal-support@brookhavencare.com Smtp:Host=smtp.sendgrid.net Smtp:Port=587",
        f"config: Payments:Gateway=authorize.net Payments:Sandbox=false Payments:QaCard=4111111111111111 Payments:MerchantPhone={R.choice(FACS)['phone']}",
        "config: RxNet:Endpoint=https://api.rxnet-pharmacy.example/v3 RxNet:AccountCode=BRK-OH-441 RxNet:Fax=1-800-555-0199",
        f"config: Fax:Provider=RightFax Fax:Server=brk-fax01 Fax:DefaultCoverSheet=HIPAA_v3 Fax:Facility={R.choice(FACS)['fax']}",
    ])
    return Ln("config_dump", f"{C.serilog()} [INF] CareAxis.Host.Startup: {v}")


def n_otel():
    tid, sid = hexs(32, False), hexs(16, False)
    v = J([("traceId", tid), ("spanId", sid), ("name", R.choice(["POST /api/v2/mds/batches", "GET /api/v2/census/summary", "RxNet.SubmitOrder", "sql CareAxis_Clinical"])),
           ("kind", R.choice(["SERVER", "CLIENT", "INTERNAL"])), ("durationMs", round(R.uniform(1, 900), 2)),
           ("status", R.choice(["OK", "OK", "UNSET", "ERROR"])), ("service.name", R.choice(["careaxis-clinical", "careaxis-portal", "careaxis-integrations"])),
           ("service.version", f"24.2.0.{R.randint(1100, 1199)}"), ("host.name", R.choice(["brk-app01", "brk-app02"]))])
    return Ln("otel_span", v)


def n_fax():
    ph_ = R.choice(["1-800-555-0199", "(937) 223-8810", "614.555.0166", "18665550142"])
    return Ln("rightfax", f"{C.t:%m/%d/%Y %I:%M:%S %p} RightFax[brk-fax01] Job {R.randint(440000, 449999)} owner=BROOKHAVEN\\{R.choice(STAFF)[3]} to=\"RxNet Pharmacy\" number={ph_} pages={R.randint(1, 9)} status={R.choice(['Sent OK', 'Sent OK', 'Busy - retry 1/3', 'No answer'])} duration={R.randint(20, 240)}s")


def n_emar_stats():
    f = R.choice(FACS)
    return Ln("emar_stats", KV([("ts", C.isoz()), ("svc", "emar-medpass"), ("fac", f["code"]), ("unit", R.choice(["1E", "1W", "2E", "2W", "MC", "REHAB"])),
                                ("pass", R.choice(["0800", "1200", "1700", "2100"])), ("due", R.randint(40, 160)), ("given", R.randint(30, 150)),
                                ("late", R.randint(0, 9)), ("held", R.randint(0, 6)), ("refused", R.randint(0, 4)), ("p95_ms", R.randint(80, 900))]))


def n_therapy_stats():
    return Ln("therapy_log", f"[{C.t:%Y-%m-%d %H:%M:%S}] therapy-sync INFO exported {R.randint(100, 900)} minute records to billing batch TB-{C.t:%Y%m%d}-{R.randint(1, 9):02d} (PT {R.randint(50, 400)} / OT {R.randint(50, 400)} / ST {R.randint(5, 90)}) in {R.uniform(0.4, 9.0):.1f}s")


def n_trust_stats():
    return Ln("trust_log", f"{C.serilog()} [INF] CareAxis.Trust.Reconciliation: {R.choice(FACS)['code']} operating acct vs trust ledger variance $0.00; deposits={R.randint(0, 40)} withdrawals={R.randint(0, 60)} checks={R.randint(0, 12)} period=2024-02")


def n_portal():
    return Ln("portal_audit", KV([("time", C.isoz()), ("app", "family-portal"), ("event", R.choice(["rate_limit", "csp_violation", "session_gc", "sendgrid_webhook"])),
                                   ("count", R.randint(1, 300)), ("node", R.choice(["web01", "web02"])), ("req_id", hexs(12, False))]))


def n_x12():
    return Ln("x12_log", f"{C.serilog()} [INF] CareAxis.Eligibility.X12Gateway: 270 batch {R.randint(4400, 4499)} sent to {R.choice(['ODMMITS', 'PAPROMISE', 'MICHAMPS'])}: {R.randint(5, 90)} inquiries, 999 accepted, control 0000{R.randint(4400, 4499)}")


def n_k8s():
    return Ln("dotnet_console", f"info: Microsoft.AspNetCore.Hosting.Diagnostics[2] Request finished HTTP/1.1 GET http://brk-app02:5080/health/live - 200 - text/plain {R.uniform(0.2, 4):.4f}ms")


NOISE_SINGLES = [(n_iis, 6), (n_serilog, 8), (n_sql, 5), (n_efcore, 2), (n_hangfire, 3), (n_health, 2),
                 (n_mirth, 4), (n_iqies, 3), (n_nursecall, 4), (n_wander, 3), (n_pharm, 3), (n_winevent, 2),
                 (n_config, 2), (n_otel, 3), (n_fax, 2), (n_emar_stats, 3), (n_therapy_stats, 2),
                 (n_trust_stats, 1), (n_portal, 2), (n_x12, 1), (n_k8s, 2)]


# ============================================================ PHI singles
DRUGS = [("Metoprolol Tartrate 25 mg tab", "00093-7180-56", "PO", "1 tab", "TAB^Tablet"),
         ("Apixaban 5 mg tab", "00003-0894-21", "PO", "1 tab", "TAB^Tablet"),
         ("Insulin Lispro 100 unit/mL", "00002-7510-01", "SubQ", "4 units", "VIAL^Vial"),
         ("Donepezil 10 mg tab", "00093-7321-56", "PO", "1 tab", "TAB^Tablet"),
         ("Furosemide 40 mg tab", "00054-4299-25", "PO", "1 tab", "TAB^Tablet"),
         ("Acetaminophen 650 mg ER", "00904-6723-61", "PO", "1 tab", "TAB^Tablet"),
         ("Levothyroxine 50 mcg tab", "00378-1803-01", "PO", "1 tab", "TAB^Tablet"),
         ("Sertraline 50 mg tab", "16729-0213-01", "PO", "1 tab", "TAB^Tablet"),
         ("Enoxaparin 40 mg/0.4 mL", "00075-0624-40", "SubQ", "0.4 mL", "SYR^Syringe"),
         ("Polyethylene Glycol 17 g", "00904-6926-62", "PO", "17 g", "PWD^Powder")]


def p_serilog_admit():
    r = res(lambda x: x.admit >= dt.date(2024, 2, 1))
    d = r.admit
    return Ln("serilog", f"{C.serilog()} [INF] CareAxis.Clinical.Admissions.AdmitHandler: Resident ", (r.mrn, "mrn"),
              f" admitted to {r.unit} {r.room}-{r.bed} effective ", (fd(d, R.choice(["iso", "us"])), "date"),
              f" (payer={R.choice(['MCR A', 'MCD', 'MCD PENDING', 'PRIVATE', 'HMO'])}, source=HOSP)")


def p_serilog_warn():
    r = res()
    return Ln("serilog", f"{C.serilog()} [WRN] CareAxis.Mds.Validation.ItemValidator: Resident '", (full(r, R.choice([0, 2, 7])), "name"),
              "' (ResNo ", (r.mrn, "mrn"), ") A0600A SSN blank; using A0600B Medicare number ", (mbi_s(r), "health_plan"),
              f" for matching (record {R.randint(1, 30)}, ARD ", (fd(rdate(REF - dt.timedelta(days=14), REF), "hl7"), "date"), ")")


def p_efcore():
    r = res(lambda x: "'" not in x.last)
    b = fd(r.dob, "iso") + "T00:00:00.0000000"
    mt = "Executed DbCommand ({elapsed}ms) [Parameters=[{parameters}], CommandType='{commandType}', CommandTimeout='{commandTimeout}']{newLine}{commandText}"
    sql = "SELECT TOP(@__p_2) [r].[ResidentId], [r].[ResidentNo], [r].[LastName], [r].[FirstName] FROM [dbo].[Resident] AS [r] WHERE ([r].[LastName] LIKE @__lastName_0 + N'%') AND [r].[BirthDate] = @__birthDate_1"
    return Ln("serilog_clef", '{"@t":"', C.clef(), '","@mt":', json.dumps(mt), ',"elapsed":"', str(R.randint(3, 80)),
              '","parameters":"@__lastName_0=\'', (r.last, "name"), "' (Size = 60), @__birthDate_1='", (b, "date"),
              "' (Nullable = true) (DbType = DateTime2), @__p_2='25'\",\"commandType\":\"Text\",\"commandTimeout\":30,\"newLine\":\"\\n\",\"commandText\":",
              json.dumps(sql), ',"EventId":{"Id":20101,"Name":"Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted"},"SourceContext":"Microsoft.EntityFrameworkCore.Database.Command","RequestId":"',
              f"0HN1{hexs(8)}:0000000{R.randint(1, 9)}", '","MachineName":"BRK-APP02"}')


def p_dup_ssn():
    r = res()
    return Ln("dotnet_exception", f"{C.serilog()} [ERR] CareAxis.Clinical.Admissions.AdmitHandler: Admit failed for ResNo ", (r.mrn, "mrn"),
              ": Microsoft.Data.SqlClient.SqlException (0x80131904): Violation of UNIQUE KEY constraint 'UQ_Resident_SSN'. Cannot insert duplicate key in object 'dbo.Resident'. The duplicate key value is (",
              (ssn_s(r, 1), "ssn"), f"). The statement has been terminated. ClientConnectionId:{uuid4()} Error Number:2627,State:1,Class:14")


def p_iis_portal():
    r = res()
    p = R.choice(r.rels)
    ua = R.choice(["Mozilla/5.0+(iPhone;+CPU+iPhone+OS+17_3_1+like+Mac+OS+X)+AppleWebKit/605.1.15+(KHTML,+like+Gecko)+Version/17.3+Mobile/15E148+Safari/604.1",
                   "Mozilla/5.0+(Linux;+Android+14;+Pixel+7)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.6261.64+Mobile+Safari/537.36",
                   "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.0.0+Safari/537.36"])
    return Ln("iis_w3c", f"{C.iis()} 10.20.1.16 GET /FamilyPortal/Resident/Messages residentNo=", (r.mrn, "mrn"),
              f"&thread={R.randint(55000, 59999)} 443 ", (p.user, "other_id"), " ", (p.ip, "ip"),
              f" {ua} https://family.brookhavencare.com/FamilyPortal/Home 200 0 0 {R.randint(40, 900)}")


def p_iis_search():
    r = res()
    s = staff()
    dob = fd(r.dob, "us").replace("/", "%2F")
    ln = fold(r.last).replace(" ", "+")
    if R.random() < 0.4:
        ln = ln.lower()
    return Ln("iis_w3c", f"{C.iis()} 10.20.1.15 GET /Clinical/Resident/Search lastName=", (ln, "name"), "&dob=", (dob, "date"),
              f"&facId={R.choice([12, 15, 21, 3])}&includeDischarged=true 443 BROOKHAVEN\\{s[3]} 10.20.8.{R.randint(10, 99)} Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.0.0+Safari/537.36 - 200 0 0 {R.randint(90, 2000)}")


def p_emar():
    r = res()
    s = staff()
    drug, ndc, route, dose, _ = R.choice(DRUGS)
    status = R.choice(["GIVEN", "GIVEN", "GIVEN", "HELD", "REFUSED", "LATE"])
    sched = past_dt(130, 10, 30)
    given = sched + dt.timedelta(minutes={"GIVEN": R.randint(-25, 40), "LATE": R.randint(61, 115)}.get(status, R.randint(0, 20)))
    pairs = [("evt", "emar.admin.recorded"), ("facId", r.fac["code"]), ("residentId", r.mrn, "mrn")]
    if R.random() < 0.6:
        pairs.append(("resName", full(r, R.choice([0, 2, 7])), "name"))
    pairs += [("orderId", f"ORD-{R.randint(5500000, 5599999)}"), ("drug", drug), ("ndc", ndc), ("route", route),
              ("dose", dose),
              ("schedTime", sched.strftime("%Y-%m-%dT%H:%M:00-05:00"), "date")]
    if status == "HELD":
        pairs.append(("adminTime", None))
    else:
        pairs.append(("adminTime", given.strftime("%Y-%m-%dT%H:%M:%S-05:00"), "date"))
    pairs += [("status", status), ("adminBy", s[3]), ("witness", None)]
    if status == "HELD":
        pairs.append(("reasonCd", R.choice(["HR<60", "NPO", "SBP<100", "LOA"])))
    elif status == "REFUSED":
        pairs.append(("reasonCd", "RES_REFUSED"))
    if "Metoprolol" in drug:
        pairs.append(("vitals", J([("bp", f"{R.randint(100, 160)}/{R.randint(55, 95)}"), ("hr", R.randint(52, 96))])))
    return Ln("emar_json", J(pairs))


def p_tar():
    r = res()
    s = staff()
    d = past_dt(5, 12)
    tx = R.choice(["Cleanse sacrum w/ NS, apply calcium alginate, cover w/ bordered foam", "Skin prep to bilateral heels q shift",
                   "Apply Triad paste to perineal area after each incontinent episode", "Compression stockings on in AM off at HS",
                   "Float heels while in bed", "Check pedal pulses BLE"])
    return Ln("tar_kv", f"{C.serilog()} [INF] CareAxis.Tar.Recorder: ", KV([
        ("res_no", r.mrn, "mrn"), ("unit", r.unit), ("tx_order", f"TX-{R.randint(200000, 299999)}"), ("treatment", tx),
        ("freq", R.choice(["QD", "Q-SHIFT", "Q3D", "PRN", "BID"])), ("done_at", d.strftime("%m/%d/%Y %H:%M"), "date"),
        ("by", s[3]), ("result", R.choice(["DONE", "DONE", "NOT_DONE_RES_OUT", "REFUSED"]))]))


def p_wound():
    r = res()
    d = rdate(REF - dt.timedelta(days=3), REF)
    site = R.choice(["sacrum", "L heel", "R heel", "coccyx", "R lateral malleolus", "L ischium"])
    stg = R.choice(["Stage 2", "Stage 3", "Stage 4", "unstageable", "DTI"])
    L_, W_, D_ = R.uniform(0.5, 6), R.uniform(0.4, 5), R.uniform(0.1, 1.5)
    who = R.choice([("Mrs. " if r.sex == "F" else "Mr. "), ""])
    agep = [(str(r.age), "age"), f"yo {r.sex}, "] if r.age > 89 and R.random() < 0.5 else []
    fmt = R.choice(["md", "us_nz", "us2"])
    tail = R.choice(["NP notified, orders unchanged.", "Dietitian consult for protein supplement.",
                     "Photo uploaded to wound gallery.", "Will re-measure in 7 days."])
    return Ln("wound_note", f"{C.serilog()} [INF] CareAxis.Clinical.Notes: note_type=WOUND author={staff()[3]} text=\"Wound rounds ",
              (fd(d, fmt), "date"), ": ", *agep, who, (full(r, R.choice([1, 4, 5])) if not who else r.last, "name"),
              f" {stg} pressure injury to {site}, {L_:.1f} x {W_:.1f} x {D_:.1f} cm, {R.choice(['scant', 'moderate', 'large'])} serous exudate, {R.randint(0, 60)}% slough. Tx: cleanse NS, collagen, bordered foam q3d. {tail}\"")


def p_fall_single():
    r = res(lambda x: x.age > 89) if R.random() < 0.6 else res()
    d = past_dt(30, 40)
    inj = R.choice(["no injury noted", "skin tear 2 cm L forearm", "c/o R hip pain, x-ray ordered", "small hematoma forehead, neuro checks initiated"])
    parts = [f"IR-2024-{R.randint(300, 499):04d} | Fall | {R.choice(['Unwitnessed', 'Witnessed', 'Assisted to floor'])} | ",
             (d.strftime("%m/%d/%Y %H:%M"), "date"), " | Res: ", (full(r, 0), "name"), " (#", (r.mrn, "mrn"), ") age "]
    if r.age > 89:
        parts.append((str(r.age), "age"))
    else:
        parts.append(str(r.age))
    parts.append(f" | Rm {r.room}{r.bed} | {inj}; bed low, mat in place, {R.choice(['family', 'son', 'daughter', 'POA'])} notified by {staff()[3]}")
    return Ln("fall_incident", f"{C.serilog()} [WRN] CareAxis.Risk.Incidents: ", *parts)


def p_therapy_kv():
    r = res()
    dos = rdate(REF - dt.timedelta(days=3), REF)
    disc = R.choice(["PT", "OT", "SLP"])
    return Ln("therapy_log", f"[{C.t:%Y-%m-%d %H:%M:%S}] therapy-sync WARN minutes exceed plan for resident ", (r.mrn, "mrn"), " (",
              (full(r, R.choice([2, 5, 6])), "name"), f") disc={disc} dos=", (fd(dos, "iso"), "date"),
              f" planned={R.choice([30, 45, 60])} logged={R.randint(61, 95)} therapist={R.choice(THER)} mode={R.choice(['IND', 'CONC', 'GRP'])}")


def p_trust_json():
    r = res()
    d = rdate(REF - dt.timedelta(days=4), REF)
    typ, amt, memo = R.choice([("WITHDRAWAL", -18.0, "Beauty shop"), ("WITHDRAWAL", -20.0, "Vending card reload"),
                               ("DEPOSIT", 943.0, "SSI direct deposit"), ("PNA_CREDIT", 50.0, "Personal needs allowance"),
                               ("CHECK", -300.0, "Refund to POA"), ("WITHDRAWAL", -35.0, "Podiatry copay")])
    pairs = [("type", "trust.txn.posted"), ("facility", r.fac["code"]), ("acctNo", r.trust, "account"), ("resNo", r.mrn, "mrn"),
             ("txnDate", fd(d, "iso"), "date"), ("txnType", typ), ("amount", amt),
             ("memo", memo),
             ("postedBy", R.choice(["bo_lwhite", "bo_jpark", "bo_mtorres"]))]
    if typ == "CHECK":
        p = R.choice(r.rels)
        pairs.append(("payee", f"{p.first} {p.last}", "name"))
    return Ln("trust_json", J(pairs, sp=True))


def p_medicaid():
    r = res(lambda x: x.mcd_pending) if R.random() < 0.4 else res()
    p = R.choice(r.rels)
    app = rdate(dt.date(2023, 11, 1), dt.date(2024, 2, 28))
    pairs = [("appId", f"MA-{R.randint(10000, 99999)}"), ("state", r.fac["st"]), ("caseNumber", r.case, "other_id"),
             ("residentNo", r.mrn, "mrn"), ("applicant", J([("last", r.last, "name"), ("first", r.first, "name"),
                                                            ("dob", fd(r.dob, "us"), "date"), ("ssn", ssn_s(r, 0), "ssn")])),
             ("applicationDate", fd(app, "iso"), "date"), ("status", R.choice(["PENDING_VERIFICATION", "PENDING_RFI", "SUBMITTED", "INTERVIEW_SCHEDULED"])),
             ("authorizedRep", J([("name", f"{p.first} {p.last}", "name"), ("relation", p.rel[1]), ("phone", ph(p.ph), "phone"), ("email", p.email, "email")]))]
    if R.random() < 0.5:
        pairs.append(("rfiDue", fd(app + dt.timedelta(days=R.randint(20, 60)), "iso"), "date"))
    pairs.append(("worker", R.choice(["bo_lwhite", "bo_jpark", "medicaid_liaison2"])))
    return Ln("medicaid_json", J(pairs))


def p_medicaid_assets():
    r = res()
    veh = R.choice([("1G4", "GC5ED", "B", "Buick", "LaCrosse", 2011), ("2HG", "FB2F5", "D", "Honda", "Civic", 2013),
                    ("1FM", "CU0GX", "E", "Ford", "Escape", 2014), ("JTD", "KB20U", "9", "Toyota", "Prius", 2009)])
    vin = mk_vin(veh[0], veh[1], veh[2])
    plate = R.choice(r.rels).plate
    bank = R.choice(["Fifth Third Bank", "Huntington National Bank", "PNC Bank", "Lake Michigan Credit Union", "Chase"])
    routing = R.choice(["042000314", "044000024", "043000096", "272489591", "072000326"])
    pairs = [("caseNumber", r.case, "other_id"), ("assetDeclaration", J([
        ("bankAccounts", JA([J([("bank", bank), ("type", "checking"), ("routing", routing), ("acctNo", r.bank, "account"),
                                 ("balance", round(R.uniform(300, 2400), 2))])])),
        ("vehicle", J([("year", veh[5]), ("make", veh[3]), ("model", veh[4]), ("vin", vin, "vehicle"), ("plate", plate, "vehicle")])),
        ("burialTrust", R.choice([True, False])), ("lookbackTransfers", R.randint(0, 3))])),
        ("idDoc", J([("type", f"{r.fac['st']}_DL"), ("number", r.dl, "license")]))]
    return Ln("medicaid_json", f"{C.isoz()} DEBUG medicaid-pending payload=", J(pairs))


def p_portal_msg():
    r = res()
    p = R.choice(r.rels)
    bodies = [
        lambda: ["Hi, this is ", (p.first, "name"), f" ({p.rel[1].lower()} of ", (r.first, "name"), f" in {r.room}). Could someone call me at ",
                 (ph(p.ph), "phone"), " about the care plan meeting? I can't make Thursday."],
        lambda: [f"Is {'Dad' if r.sex == 'M' else 'Mom'}'s hearing aid found yet? We labeled it with the name ", (r.last.upper(), "name"), ". Thanks - ", (p.first, "name")],
        lambda: ["Buenas tardes, soy ", (f"{p.first} {p.last}", "name"), ", familiar de ", (f"{r.first} {r.last}", "name"),
                 f" (cuarto {r.room}). ¿Me pueden llamar al ", (ph(p.ph, 3), "phone"), "? Gracias."],
        lambda: ["Please send the Medicaid paperwork for ", (full(r, 1), "name"), " to my email ", (p.email, "email"),
                 " and not the old address on ", (r.street, "address"), "."],
        lambda: [f"{'Dad' if r.sex == 'M' else 'Mom'} turns ", (str(r.age + 1), "age") if r.age + 1 > 89 else str(r.age + 1),
                 " on Saturday - can we bring a small cake to the dining room around 2? - ", (f"{p.first[0]}. {p.last}", "name")],
    ]
    if r.lang != "spa":
        del bodies[2]
    body = R.choice(bodies)()
    return portal_line(r, p, body)


def p_portal_url():
    r = res()
    p = R.choice(r.rels)
    slug = "".join(ch for ch in fold(r.first + r.last).lower() if ch.isalnum())
    url = R.choice([f"https://www.caringbridge.org/visit/{slug}", f"https://www.facebook.com/{fold(p.first).lower().replace(' ', '.')}.{fold(p.last).lower().replace(' ', '')}.{R.randint(10, 99)}",
                    f"https://www.gofundme.com/f/help-{slug}-with-care-costs"])
    body = [f"We posted an update on {'his' if r.sex == 'M' else 'her'} page ", (url, "url"), " - staff are welcome to read it. ", (p.first, "name")]
    return portal_line(r, p, body)


def portal_line(r, p, body):
    thread = R.randint(55000, 59999)
    return Ln("portal_msg", f"{C.isoz()} family-portal ", "{", f'"msgId":{R.randint(900000, 999999)},"threadId":{thread},"fromUser":"', (p.user, "other_id"),
              '","residentNo":"', (r.mrn, "mrn"), '","body":"', *body, f'","attachments":0,"clientIp":"', (p.ip, "ip"), '"}')


def p_portal_audit():
    r = res()
    p = R.choice(r.rels)
    ev = R.choice(["login_success", "login_failed", "mfa_sms_sent", "password_reset"])
    pairs = [("time", C.isoz()), ("app", "family-portal"), ("event", ev), ("user", p.user, "other_id"), ("src_ip", p.ip, "ip")]
    if ev == "mfa_sms_sent":
        pairs.append(("to", ph(p.ph, 7), "phone"))
    elif ev == "password_reset":
        pairs.append(("email", p.email, "email"))
    pairs.append(("linked_res", r.mrn, "mrn"))
    pairs.append(("ua", R.choice(["iOS/17.3 CareAxisFamily/3.9.1", "Chrome/122 Windows", "Android/14 CareAxisFamily/3.9.0"])))
    return Ln("portal_audit", KV(pairs))


def p_pharm_api():
    r = res()
    drug, ndc = R.choice(DRUGS)[:2]
    dd = rdate(REF - dt.timedelta(days=2), REF)
    pairs = [("dispenseId", f"D-{R.randint(880000, 889999)}"), ("rxNumber", str(R.randint(7700000, 7799999))),
             ("residentId", r.mrn, "mrn"),
             ("patient", J([("lastName", fold(r.last).upper(), "name"), ("firstName", fold(r.first).upper(), "name"), ("dob", fd(r.dob, "hl7"), "date")])),
             ("ndc", ndc.replace("-", "")), ("drug", drug), ("qty", R.choice([14, 28, 30, 60, 90])), ("daysSupply", R.choice([14, 28, 30])),
             ("dispensed", fd(dd, "iso"), "date"), ("cycleFill", R.choice([True, False])), ("deliveryRun", R.choice(["R1", "R2", "STAT"])),
             ("bin", "610502"), ("pcn", "MEDDPRIME")]
    if R.random() < 0.5:
        pairs.append(("partDMemberId", mbi_s(r), "health_plan"))
    return Ln("pharmacy_api", f"{C.serilog()} [DBG] CareAxis.Integrations.RxNet.Webhook: received ", J(pairs))


def p_nursecall():
    r = res()
    cid = R.randint(8800000, 8899999)
    ev = R.choice(["PLACED", "ANSWERED", "CLEARED", "ESCALATED"])
    parts = [f"<134>{C.syslog()} ncs-{r.fac['host']} responder[{R.randint(2000, 2999)}]: CALL_{ev} call_id={cid} loc=\"{r.unit} {r.room}-{r.bed}\" type={R.choice(['NORMAL', 'BATH', 'PENDANT', 'CORD_OUT'])} dev=",
             (r.pendant, "device")]
    if R.random() < 0.5:
        parts += [" resident=\"", (full(r, R.choice([5, 0])), "name"), "\""]
    if ev in ("CLEARED", "ANSWERED"):
        parts.append(f" staff_badge={R.randint(200, 499):04d} response=00:{R.randint(0, 14):02d}:{R.randint(0, 59):02d}")
    return Ln("nursecall_syslog", *parts)


def p_wander():
    r = res()
    ev = R.choice(["EXIT_ALARM", "LOITER", "TAG_LOW_BATTERY", "EXIT_ALARM_RESET", "TAG_ASSIGNED"])
    pairs = [("ts", C.isoz()), ("site", r.fac["code"]), ("event", ev), ("door", R.choice(["EAST-2", "MAIN-LOBBY", "MC-COURTYARD", "ELEV-1"])),
             ("tagId", r.wg, "device")]
    if ev in ("EXIT_ALARM", "TAG_ASSIGNED") or R.random() < 0.4:
        pairs.append(("resident", full(r, R.choice([0, 1, 5])), "name"))
    if ev == "TAG_ASSIGNED":
        pairs.append(("resNo", r.mrn, "mrn"))
    pairs += [("doorLocked", ev.startswith("EXIT")), ("ackBy", R.choice([None, "badge 0231", "badge 0418"]))]
    return Ln("wanderguard_json", J(pairs))


def p_wander_text():
    r = res()
    return Ln("wanderguard_text", f"{C.t:%m/%d/%y %H:%M:%S} WGSrv[{r.fac['code']}] ALARM Door MC-COURTYARD Tag ", (r.wg, "device"),
              " (", (full(r, R.choice([1, 3, 4])), "name"), f") in zone; door magnet engaged; pager group MC-NURSES notified ({R.randint(2, 5)} devices)")


def p_fax_poa():
    r = res()
    p = R.choice(r.rels)
    return Ln("rightfax", f"{C.t:%m/%d/%Y %I:%M:%S %p} RightFax[brk-fax01] Job {R.randint(440000, 449999)} owner=BROOKHAVEN\\bo_lwhite to=\"",
              (f"{p.first} {p.last}", "name"), " (POA)\" number=", (ph(p.fax, R.choice([1, 2, 6])), "fax"),
              f" pages={R.randint(3, 14)} cover=\"Medicaid RFI - ", (r.last, "name"), "\" status=Sent OK")


def p_mirth_err():
    r = res()
    return Ln("mirth", f"ERROR {C.mirth()} [ADT_Out_RxNet JavaScript Filter/Transformer on ADT_Out_RxNet ({uuid4()}) < pool-{R.randint(1, 6)}-thread-{R.randint(1, 12)}] transformer: Patient ",
              (fold(r.last).upper() + "^" + fold(r.first).upper(), "name"), " MRN ", (r.mrn, "mrn"),
              " rejected by RxNet: PID-7 birth date ", (fd(r.dob, "hl7"), "date"), " conflicts with pharmacy profile; message queued for review")


def p_iqies_rec():
    r = res()
    eid, sev = R.choice([("-3616a", "WARNING"), ("-3804", "WARNING"), ("-1007", "FATAL"), ("-3749", "WARNING"), ("-3877", "WARNING")])
    pairs = [("submissionId", R.randint(118200000, 118299999)), ("recordSeq", R.randint(1, 25)), ("resIntId", r.resint, "other_id"),
             ("stateCd", r.fac["st"]), ("a0310a", R.choice(["01", "02", "99"])), ("targetDate", fd(rdate(REF - dt.timedelta(days=20), REF), "iso"), "date"),
             ("status", "REJECTED" if sev == "FATAL" else "ACCEPTED"),
             ("errors", JA([J([("id", eid), ("severity", sev)])]))]
    return Ln("iqies_api", f"{C.isoz()} iqies-client ", J(pairs))


def p_kiosk():
    r = res()
    p = R.choice(r.rels)
    return Ln("visitor_kiosk", f"{C.isol()} kiosk-lobby-{r.fac['code'][3:]} visitor.checkin ", KV([
        ("visitor", f"{p.first} {p.last}", "name"), ("id_scan", f"{p.dl}-DL"), ("dl_no", p.dlno, "license"),
        ("plate", p.plate, "vehicle"), ("visiting_res", r.mrn, "mrn"), ("room", f"{r.room}{r.bed}"), ("screen", "PASS"), ("badge_printer", "ZD421-LOBBY")]))


def p_photo():
    r = res()
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00" + bytes(R.randint(0, 255) for _ in range(R.randint(90, 150)))
    b64 = base64.b64encode(raw).decode()
    return Ln("photo_upload", f"{C.serilog()} [DBG] CareAxis.Clinical.ResidentProfile: PUT /api/v2/residents/", (r.mrn, "mrn"),
              f"/photo body={{\"contentType\":\"image/jpeg\",\"capturedBy\":\"{staff()[3]}\",\"purpose\":\"ID_FACE\",\"data\":\"", (b64, "photo"),
              f"\"}} (truncated, {R.randint(38000, 92000)} bytes)")


def p_biometric():
    r = res()
    raw = b"FMR\x00 20\x00\x00\x01\x5c\x00\x00\x01\x3c\x01\x62\x00\xc5\x00\xc5\x01\x00\x00\x00" + bytes(R.randint(0, 255) for _ in range(60))
    b64 = base64.b64encode(raw).decode()
    return Ln("trust_kiosk", f"{C.isoz()} trust-kiosk-{r.fac['code'][3:]} ", J([
        ("op", "withdrawal.verify"), ("acct", r.trust, "account"), ("resNo", r.mrn, "mrn"), ("amount", R.choice([10, 20, 25, 40])),
        ("fpTemplateIso", b64, "biometric"), ("matchScore", R.randint(40, 99)), ("result", R.choice(["MATCH", "MATCH", "NO_MATCH"]))]))


def p_udi():
    r = res()
    item, gtin, pfx = R.choice([("Permanent pacemaker", "00643169007222", "PJN"), ("ICD", "00763000176331", "RNS"),
                                ("CPAP (home unit)", "00606959034417", "CPAP"), ("Insulin pump", "00763000176331", "HMF")])
    exp = f"{R.randint(25, 29)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}"
    sn = pfx + digits(7)
    udi = f"(01){gtin}(17){exp}(21){sn}"
    return Ln("admission_assessment", f"{C.serilog()} [INF] CareAxis.Clinical.Assessments: admit_nursing_assessment res=", (r.mrn, "mrn"),
              " section=implants item=\"", item, "\" udi=", (udi, "device"),
              f" verified_by={staff()[3]}")


def p_card():
    r = res()
    p = R.choice(r.rels)
    pre = R.choice(["4", "51", "53", "37"])
    pan = luhn_complete(pre, 15 if pre == "37" else 16)
    if R.random() < 0.5:
        pan_s = pan
    elif pre == "37":
        pan_s = f"{pan[:4]} {pan[4:10]} {pan[10:]}"
    else:
        pan_s = " ".join(pan[i:i + 4] for i in range(0, 16, 4))
    return Ln("dotnet_exception", f"{C.serilog()} [ERR] CareAxis.Portal.Payments.PrivatePayController: Gateway decline code 2 for invoice INV-{R.randint(202400000, 202499999)} payer=",
              (p.email, "email"), " card=", (pan_s, "account"), f" exp={R.randint(1, 12):02d}/{R.randint(25, 30)} amount={R.randint(200, 9800)}.00 resAcct=", (r.acct, "account"))


def p_win_1309():
    r = res()
    return Ln("win_eventlog", J([("EventTime", f"{C.t:%Y-%m-%d %H:%M:%S}"), ("Hostname", "BRK-WEB01"), ("SourceName", "ASP.NET 4.0.30319.0"), ("EventID", 1309),
                                  ("Severity", "WARNING"), ("Message", Nest(['"Event code: 3005 Event message: An unhandled exception has occurred. Request URL: https://clinical.brookhavencare.com/Legacy/FaceSheet.aspx?resno=',
                                                                              (r.mrn, "mrn"), "&last=", (fold(r.last).replace(" ", "%20"), "name"),
                                                                              ' Exception type: NullReferenceException Exception message: Object reference not set to an instance of an object."']))]))


def p_discharge_note():
    r = res()
    d = rdate(REF - dt.timedelta(days=2), REF)
    p = R.choice(r.rels)
    dest = R.choice(["home with home health", "to assisted living", "to acute hospital (Kettering Health Main Campus)", "home with family"])
    return Ln("discharge_note", f"{C.serilog()} [INF] CareAxis.Clinical.Notes: note_type=DC_SUMMARY author={staff()[3]} text=\"",
              (full(r, R.choice([1, 3])), "name"), f" discharged {dest} on ", (fd(d, R.choice(["long", "us", "dmy"])), "date"),
              ". Med list reviewed with ", (p.first, "name"), f" ({p.rel[1].lower()}), who will pick up meds from pharmacy. F/U PCP in 7 days. New address: ",
              (r.street, "address"), ", ", (r.city, "address"), f", {r.fac['st']} ", (r.zip, "zip"), ".\"")


def p_x12_single():
    r = res()
    return Ln("x12_log", f"{C.serilog()} [WRN] CareAxis.Eligibility.X12Gateway: 271 AAA*Y**72 (Invalid/Missing Subscriber/Insured ID) for NM1*IL*1*",
              (fold(r.last).upper(), "name"), "*", (fold(r.first).upper(), "name"), "****MI*", (r.mcd, "health_plan"), "~ DMG*D8*", (fd(r.dob, "hl7"), "date"), "*", r.sex, "~")


def p_census_single():
    r = res()
    return Ln("census_log", f"{C.serilog()} [WRN] CareAxis.Census.NightlyExport: skipped row, payer missing: ", KV([
        ("ResidentNo", r.mrn, "mrn"), ("Name", full(r, 0), "name"), ("DOB", fd(r.dob, "us"), "date"), ("AdmitDate", fd(r.admit, "us"), "date"), ("Unit", r.unit)], sep=", "))


def p_age_note():
    r = res(lambda x: x.age > 89)
    return Ln("progress_note", f"{C.serilog()} [INF] CareAxis.Clinical.Notes: note_type=NURSING author={staff()[3]} text=\"",
              (str(r.age), "age"), R.choice(["yo ", " y/o ", " year old "]), "F" if r.sex == "F" else "M",
              f" resting in bed, A&O x{R.randint(1, 3)}, denies pain. Daughter at bedside. Preferred name ", (r.first.split()[0], "name"), ".\"")


def p_mds_inline():
    r = res()
    code = R.choice(["-1007", "-3671", "-1018"])
    return Ln("mds_inline", f"{C.serilog()} [WRN] CareAxis.Mds.Validation.LocalEdits: record blocked before export ({code}): ",
              "<A0500A>", (fold(r.first).upper()[:12], "name"), "</A0500A><A0500C>", (fold(r.last).upper()[:18], "name"), "</A0500C><A0900>",
              (fd(r.dob, "hl7"), "date"), "</A0900><A1300A>", (r.mrn, "mrn"), "</A1300A><A1600>", (fd(r.admit, "hl7"), "date"),
              f"</A1600><A1805>{R.choice(['11', '-', '^'])}</A1805>")


def n_mds():
    return Ln("serilog", f"{C.serilog()} [INF] CareAxis.Mds.Validation.SchemaCache: loaded item set {R.choice(['NC', 'NQ', 'NP', 'ND', 'NS'])} v1.18.11 ({R.randint(400, 1200)} items, {R.randint(10, 40)} skip patterns, spec 3.00) in {R.randint(20, 400)} ms")


NOISE_SINGLES.append((n_mds, 2))

PHI_SINGLES = [(p_mds_inline, 2), (p_serilog_admit, 4), (p_serilog_warn, 3), (p_efcore, 3), (p_dup_ssn, 2), (p_iis_portal, 4), (p_iis_search, 3),
               (p_emar, 7), (p_tar, 4), (p_wound, 4), (p_fall_single, 3), (p_therapy_kv, 3), (p_trust_json, 4), (p_medicaid, 3),
               (p_medicaid_assets, 2), (p_portal_msg, 6), (p_portal_url, 1), (p_portal_audit, 4), (p_pharm_api, 4), (p_nursecall, 5), (p_wander, 4),
               (p_wander_text, 2), (p_fax_poa, 2), (p_mirth_err, 2), (p_iqies_rec, 3), (p_kiosk, 2), (p_photo, 1), (p_biometric, 1),
               (p_udi, 2), (p_card, 2), (p_win_1309, 1), (p_discharge_note, 2), (p_x12_single, 2), (p_census_single, 2), (p_age_note, 2)]


# ============================================================ multi-line blocks
def hl7seg(name, fields, rep_sep=None):
    """fields: dict idx -> parts list (or str)"""
    mx = max(fields)
    out = [name]
    for i in range(1, mx + 1):
        out.append("|")
        v = fields.get(i)
        if v is None:
            continue
        out.extend(v if isinstance(v, list) else [v])
    return out


def xpn(last, first, middle="", suffix=""):
    parts = [(fold(last).upper(), "name"), "^", (fold(first).upper(), "name")]
    if middle or suffix:
        parts.append("^")
        if middle:
            parts.append((fold(middle).upper()[:1] if R.random() < 0.5 else fold(middle).upper(), "name"))
    if suffix:
        parts += ["^", (suffix, "name")]
    return parts


def xad(r):
    return [(fold(r.street).upper() if R.random() < 0.5 else r.street, "address"), "^^", (r.city, "address"), "^", r.fac["st"], "^",
            (r.zip, "zip"), "^USA^H^^", (r.county.upper(), "address")]


def b_hl7_adt():
    r = res()
    ev = R.choice(["A01", "A01", "A03", "A02", "A08"])
    f = r.fac
    ctrl = f"CA{C.t:%Y%m%d}{R.randint(10000, 99999)}"
    s = staff()
    lines = [Ln("mirth", f" INFO {C.mirth()} [ADT_Out_RxNet < pool-2-thread-{R.randint(1, 9)}] com.mirth.connect.donkey.server.channel.Channel: Received message {R.randint(40000, 99999)} ({ev}) from CAREAXIS, {R.randint(5, 9)} segments")]
    lines.append(Ln("hl7_adt", *hl7seg("MSH", {1: "^~\\&", 2: "CAREAXIS", 3: f["code"], 4: "RXNET", 5: f"RXNET_{f['st']}", 6: C.hl7(), 8: f"ADT^{ev}^ADT_A01", 9: ctrl, 10: "P", 11: "2.5.1", 14: "AL", 15: "NE"})))
    lines.append(Ln("hl7_adt", *hl7seg("EVN", {1: ev, 2: C.hl7(), 5: f"{s[3]}^{fold(s[1]).upper()}^{fold(s[0]).upper()}"})))
    phone = [(f"({r.ph[0]}){r.ph[1]}-{r.ph[2]}", "phone")] if R.random() < 0.5 else ["^PRN^PH^^1^", (r.ph[0], "phone"), "^", (r.ph[1] + r.ph[2], "phone")]
    pid = {1: "1", 3: [(r.mrn, "mrn"), "^^^CAREAXIS^MR~", (ssn_s(r, 1), "ssn"), "^^^SSA^SS"], 5: xpn(r.last, r.first, r.middle, r.suffix),
           7: [(fd(r.dob, "hl7"), "date")], 8: r.sex,
           11: xad(r), 13: phone, 15: f"{r.lang}^{LANG_NAME[r.lang]}^ISO6392",
           16: R.choice(["W", "M", "S", "D"]), 18: [(r.acct, "account")]}
    if R.random() < 0.5:
        pid[19] = [(ssn_s(r, 0), "ssn")]
    lines.append(Ln("hl7_adt", *hl7seg("PID", pid)))
    doc = R.choice(DOCS)
    adm = dt.datetime.combine(r.admit, dt.time(R.randint(10, 19), R.choice([0, 15, 30, 45])))
    pv1 = {1: "1", 2: "I", 3: f"{r.unit}^{r.room}^{r.bed}^{f['code']}", 4: "R", 7: f"{doc[0]}^{doc[1]}^{doc[2]}^^^^MD", 10: "SNF", 14: "HOSP",
           17: f"{doc[0]}^{doc[1]}^{doc[2]}^^^^MD", 18: "LTC" if r.admit.year < 2024 else "SKL", 19: [(r.visit, "other_id")], 20: R.choice(["MCR", "MCD", "SP", "HMO"]),
           44: [(adm.strftime("%Y%m%d%H%M"), "date")]}
    if ev == "A03":
        pv1[36] = R.choice(["01", "06", "02", "20"])
        pv1[45] = [(dt.datetime.combine(REF, dt.time(R.randint(9, 15), R.choice([0, 30]))).strftime("%Y%m%d%H%M"), "date")]
    if ev == "A02":
        pv1[6] = f"{R.choice(['1E', 'REHAB'])}^{R.randint(100, 199)}^A^{f['code']}"
    lines.append(Ln("hl7_adt", *hl7seg("PV1", pv1)))
    for i, p in enumerate(r.rels[:R.choice([1, 2])], 1):
        nk = {1: str(i), 2: xpn(p.last, p.first), 3: f"{p.rel[0]}^{p.rel[1]}^HL70063", 5: [(f"({p.ph[0]}){p.ph[1]}-{p.ph[2]}" if R.random() < 0.5 else ph(p.ph, 2), "phone")],
              7: "EC^Emergency Contact^HL70131" if i == 1 else "N^Next-of-Kin^HL70131"}
        lines.append(Ln("hl7_adt", *hl7seg("NK1", nk)))
    if ev in ("A01", "A08"):
        lines.append(Ln("hl7_adt", *hl7seg("IN1", {1: "1", 2: "MCRA^Medicare Part A", 3: "CMS", 4: "MEDICARE", 16: xpn(r.last, r.first), 17: "01",
                                                    18: [(fd(r.dob, "hl7"), "date")], 36: [(r.mbi, "health_plan")]})))
        if not r.mcd_pending and R.random() < 0.6:
            lines.append(Ln("hl7_adt", *hl7seg("IN1", {1: "2", 2: "MCD^Medicaid", 3: f["mcd_payer"], 4: f["medicaid"], 17: "01", 36: [(r.mcd, "health_plan")]})))
    lines.append(Ln("mirth", f" INFO {C.mirth()} [ADT_Out_RxNet < pool-2-thread-{R.randint(1, 9)}] com.mirth.connect.connectors.tcp.TcpDispatcher: Sent message to 10.40.2.18:6661, ACK MSA|AA|{ctrl}"))
    return lines


def b_hl7_rds():
    r = res()
    f = r.fac
    drug, ndc, route, _, form = R.choice(DRUGS)
    doc = R.choice(DOCS)
    ctrl = f"RX{R.randint(10000000, 99999999)}"
    dd = rdate(REF - dt.timedelta(days=1), REF)
    lines = [Ln("mirth", f" INFO {C.mirth()} [RDS_In_RxNet < pool-4-thread-{R.randint(1, 9)}] com.mirth.connect.connectors.tcp.TcpReceiver: Received RDS^O13 ({R.randint(600, 1900)} bytes) from 10.50.3.{R.randint(2, 60)}")]
    lines.append(Ln("hl7_rds", *hl7seg("MSH", {1: "^~\\&", 2: "RXNET", 3: f"RXNET_{f['st']}", 4: "CAREAXIS", 5: f["code"], 6: C.hl7(), 8: "RDS^O13^RDS_O13", 9: ctrl, 10: "P", 11: "2.5.1"})))
    lines.append(Ln("hl7_rds", *hl7seg("PID", {1: "1", 3: [(r.mrn, "mrn"), "^^^CAREAXIS^MR"], 5: xpn(r.last, r.first), 7: [(fd(r.dob, "hl7"), "date")], 8: r.sex})))
    lines.append(Ln("hl7_rds", *hl7seg("PV1", {1: "1", 2: "I", 3: f"{r.unit}^{r.room}^{r.bed}^{f['code']}"})))
    lines.append(Ln("hl7_rds", *hl7seg("ORC", {1: "RE", 2: f"ORD-{R.randint(5500000, 5599999)}", 3: f"{R.randint(7700000, 7799999)}^RXNET", 5: "CM",
                                                12: f"{doc[0]}^{doc[1]}^{doc[2]}"})))
    lines.append(Ln("hl7_rds", *hl7seg("RXD", {1: "1", 2: f"{ndc.replace('-', '')}^{drug.upper()}^NDC", 3: [(fd(dd, "hl7"), "date")], 4: str(R.choice([14, 28, 30])),
                                                5: form, 7: str(R.randint(7700000, 7799999)), 9: "N", 10: "RPH221", 15: f"L{hexs(6)}"})))
    lines.append(Ln("hl7_rds", *hl7seg("RXR", {1: f"{route}^{route}^HL70162"})))
    return lines


def b_mds():
    r = res()
    f = r.fac
    discharge = R.random() < 0.33
    ard = rdate(REF - dt.timedelta(days=12), REF - dt.timedelta(days=1))
    fname = f"{f['iq']}_{C.t:%Y%m%d}_{R.randint(100, 999):06d}.xml"
    L = [Ln("serilog", f"{C.serilog()} [DBG] CareAxis.Mds.Export.XmlWriter: Wrote {fname} ({'ND' if discharge else 'NC'}) -- section A excerpt follows")]
    X = lambda tag, val, cat=None: Ln("mds_xml", f"<{tag}>", (val, cat) if cat else val, f"</{tag}>")
    L.append(Ln("mds_xml", '<?xml version="1.0" standalone="yes"?>'))
    L.append(Ln("mds_xml", "<ASSESSMENT>"))

    def opt(tag, val, pr=0.45):
        if R.random() < pr:
            L.append(X(tag, val))
    opt("ASMT_SYS_CD", "MDS")
    L.append(X("ITM_SBST_CD", "ND" if discharge else "NC"))
    opt("ITM_SET_VRSN_CD", "1.18.11")
    opt("SPEC_VRSN_CD", "3.00", 0.3)
    opt("PRODN_TEST_CD", "P", 0.3)
    L += [X("STATE_CD", f["st"]), X("FAC_ID", f["iq"])]
    opt("SFTWR_PROD_VRSN_CD", "24.2.0.1187", 0.3)
    opt("A0100A", f["npi"])
    L.append(X("A0100B", f["ccn"]))
    L.append(X("A0310A", "99" if discharge else R.choice(["01", "02", "03"])))
    opt("A0310B", "99", 0.3)
    L.append(X("A0310F", "10" if discharge else "99"))
    L += [X("A0500A", fold(r.first).upper()[:12], "name")]
    if r.middle:
        L.append(X("A0500B", fold(r.middle)[0].upper(), "name"))
    L.append(X("A0500C", fold(r.last).upper()[:18], "name"))
    if r.suffix:
        L.append(X("A0500D", r.suffix, "name"))
    L.append(X("A0600A", ssn_s(r, 1), "ssn"))
    L.append(X("A0600B", r.mbi, "health_plan"))
    if r.mcd_pending:
        L.append(X("A0700", "+"))
    else:
        L.append(X("A0700", r.mcd, "health_plan"))
    L += [X("A0800", "1" if r.sex == "M" else "2"), X("A0900", fd(r.dob, "hl7"), "date")]
    opt("A1110A", r.lang, 0.5)
    L.append(X("A1300A", r.mrn, "mrn"))
    opt("A1300B", f"{r.room}{r.bed}", 0.5)
    if R.random() < 0.6:
        L.append(X("A1300C", r.first.split()[0].upper() if R.random() < 0.5 else r.first.split()[0], "name"))
    L.append(X("A1600", fd(r.admit, "hl7"), "date"))
    opt("A1805", R.choice(["03", "05", "01"]), 0.5)
    L.append(X("A1900", fd(r.admit, "hl7"), "date"))
    if discharge:
        L += [X("A2105", R.choice(["01", "02", "03", "09"])), X("A2000", fd(ard, "hl7"), "date")]
    L.append(X("A2300", fd(ard, "hl7"), "date"))
    if not discharge and R.random() < 0.6:
        L.append(X("A2400B", fd(r.admit, "hl7"), "date"))
    opt("GG0130A1", R.choice(["04", "05", "06"]), 0.4)
    opt("I0020B", R.choice(["M62.81", "S72.001D", "I63.9", "J18.9"]), 0.5)
    L.append(Ln("mds_xml", "</ASSESSMENT>"))
    return L


def b_fvr():
    f = R.choice(FACS)
    sid = R.randint(118200000, 118299999)
    tot = R.randint(8, 24)
    rs = R.sample([x for x in RESIDENTS if x.fac is f] or RESIDENTS, k=3)
    L = [Ln("iqies_fvr", "*** iQIES MDS 3.0 Final Validation Report ***")]
    L.append(Ln("iqies_fvr", f"Submission Date/Time: {C.t:%m/%d/%Y %H:%M:%S}    Submission ID: {sid}    Submitter: MDSCOORD_{f['code']}"))
    L.append(Ln("iqies_fvr", f"Facility ID: {f['iq']}   CCN: {f['ccn']}   Facility Name: {f['name'].upper()}   State: {f['st']}"))
    L.append(Ln("iqies_fvr", f"Total Records: {tot}   Accepted: {tot - 1}   Rejected: 1   Warnings: {R.randint(2, 9)}"))
    msgs = [("-3804", "WARNING", "Medicare Number (A0600B) differs from the value on file for this resident."),
            ("-3616a", "WARNING", "Target date is out of sequence with the prior record for this resident."),
            ("-1007", "FATAL", "Invalid data value for item A1805."),
            ("-3749", "WARNING", "Record is a correction of a record that is not the most recent."),
            ("-3877", "WARNING", "SSN (A0600A) differs from the value on file; verify before correction.")]
    seqs = sorted(R.sample(range(1, tot + 1), 3))
    for k, r in enumerate(rs):
        seq = seqs[k]
        tgt = rdate(REF - dt.timedelta(days=14), REF)
        status = "Rejected" if k == 1 else "Accepted"
        nm = fold(f"{r.last}, {r.first}").upper() + (f" {fold(r.middle)[0].upper()}" if r.middle else "")
        L.append(Ln("iqies_fvr", f"Record #: {seq}   Resident: ", (nm, "name"), "   Res Int ID: ", (r.resint, "other_id"), "   Birth Date: ",
                    (fd(r.dob, "us"), "date"), f"   A0310A/B/F: {R.choice(['01/01/99', '02/99/99', '99/99/10'])}   Target Date: ", (fd(tgt, "us"), "date"),
                    f"   Status: {status}"))
        code, sev, text = R.choice(msgs[2:3] if status == "Rejected" else [msgs[0], msgs[1], msgs[3], msgs[4]])
        if code == "-3804":
            L.append(Ln("iqies_fvr", f"      {code} {sev}: {text} Submitted: ", (r.mbi, "health_plan")))
        else:
            L.append(Ln("iqies_fvr", f"      {code} {sev}: {text}"))
    L.append(Ln("iqies_fvr", f"      -1030 FATAL: 0 records with fatal XML structure errors in file {f['iq']}_{C.t:%Y%m%d}.zip"))
    L.append(Ln("iqies_fvr", f"Processing Completion Date/Time: {(C.t + dt.timedelta(minutes=R.randint(2, 30))):%m/%d/%Y %H:%M:%S}   *** End of Report ***"))
    return L


def b_census_csv():
    f = R.choice(FACS)
    rs = [x for x in RESIDENTS if x.fac is f]
    R.shuffle(rs)
    rs = rs[:R.randint(5, 7)]
    variant = R.choice([0, 1])
    L = []
    if variant == 0:
        L.append(Ln("census_csv", "FacilityID,Unit,Room,Bed,ResidentNo,LastName,FirstName,MI,DOB,Sex,AdmitDate,PayerCode,PayerPolicyNo,Status,LOA"))
        rows = rs + [None, None]
        R.shuffle(rows)
        for r in rows:
            if r is None:
                L.append(Ln("census_csv", f"{f['code']},{R.choice(['2 West', '1 East', 'Memory Care'])},{R.randint(100, 330)},{R.choice('AB')},,,,,,,,,,Vacant,N"))
                continue
            payer = "MCDP" if r.mcd_pending else R.choice(["MCRA", "MCD", "MCD", "PRIV", "HMO"])
            pol = {"MCRA": [(r.mbi, "health_plan")], "MCD": [(r.mcd, "health_plan")], "HMO": [(f"H{digits(9)}", "health_plan")]}.get(payer, [])
            last = r.last if "," not in r.last else f'"{r.last}"'
            unit_name = {'2W': '2 West', '2E': '2 East', '1E': '1 East', '1W': '1 West', 'MC': 'Memory Care', 'REHAB': 'Rehab'}[r.unit]
            L.append(Ln("census_csv", f"{f['code']},{unit_name},{r.room},{r.bed},",
                        (r.mrn, "mrn"), ",", (last, "name"), ",", (r.first, "name"), ",", (r.middle[:1], "name") if r.middle else "", ",",
                        (fd(r.dob, "us"), "date"), f",{r.sex},", (fd(r.admit, "us"), "date"), f",{payer},", *pol, ",Active,", R.choice(["N", "N", "N", "Y"])))
        L.append(Ln("census_csv", f"# census_export facility={f['code']} census_date=2024-03-05 rows={len(rows)} occupied={len(rs)} sha256={hashlib.sha256(str(R.random()).encode()).hexdigest()}"))
    else:
        L.append(Ln("census_csv", f"{C.serilog()} [INF] CareAxis.Census.PayerExport: writing payer_census_{f['code']}_{C.t:%Y%m%d}.csv (no header, ';' delimited, {len(rs)} rows)"))
        for r in rs:
            L.append(Ln("census_csv", f'"{f["code"]}";"', (f"{r.last}, {r.first}", "name"), '";"', (r.mrn, "mrn"), '";"', (fd(r.dob, "iso"), "date"), '";"',
                        (fd(r.admit, "iso"), "date"), f'";"{r.unit}-{r.room}{r.bed}";"', (r.mbi, "health_plan"), '";"',
                        *([(r.mcd, "health_plan")] if not r.mcd_pending else ["PENDING"]), f'";{R.randint(1, 1200)}'))
    return L


def b_therapy():
    f = R.choice(FACS)
    rs = [x for x in RESIDENTS if x.fac is f]
    L = [Ln("therapy_pipe", "RES_NO|RES_NAME|DISC|MODE|MIN|DOS|THER_ID|CPT|PAYER")]
    tot = 0
    for _ in range(R.randint(5, 7)):
        r = R.choice(rs)
        disc = R.choice(["PT", "OT", "SLP"])
        cpt = {"PT": R.choice(["97110", "97116", "97530"]), "OT": R.choice(["97535", "97530", "97110"]), "SLP": R.choice(["92526", "92507"])}[disc]
        m = R.choice([23, 30, 38, 45, 52, 60])
        tot += m
        nm = fold(f"{r.last}, {r.first}").upper()
        L.append(Ln("therapy_pipe", (r.mrn, "mrn"), "|", (nm, "name"), f"|{disc}|{R.choice(['IND', 'IND', 'CONC', 'GRP', 'COTX'])}|{m}|",
                    (fd(rdate(REF - dt.timedelta(days=2), REF), "hl7"), "date"), f"|{R.choice(THER)}|{cpt}|{R.choice(['MCRA', 'MCRB', 'HMO', 'MCD'])}"))
    L.append(Ln("therapy_pipe", f"TOTAL||||{tot}||||"))
    return L


def b_trust_csv():
    f = R.choice(FACS)
    rs = [x for x in RESIDENTS if x.fac is f]
    L = [Ln("trust_csv", "TxnID,AcctNo,Resident,TxnDate,TxnType,Memo,Amount,RunningBal")]
    for _ in range(R.randint(4, 6)):
        r = R.choice(rs)
        typ, memo, amt = R.choice([("WD", "Beauty shop", -18.0), ("DEP", "SSI direct deposit", 943.0), ("PNA", "Personal needs allowance", 50.0),
                                   ("WD", "Vending card", -20.0), ("CHK", "Refund to POA", -300.0), ("WD", "Cash - resident request", -25.0)])
        parts = [f"TF-2024-{R.randint(80000, 89999):07d},", (r.trust, "account"), ',"', (f"{r.last}, {r.first}", "name"), '",',
                 (fd(rdate(REF - dt.timedelta(days=6), REF), "us"), "date"), f",{typ},"]
        if typ == "CHK":
            p = R.choice(r.rels)
            parts += ['"Refund to POA ', (f"{p.first} {p.last}", "name"), '"']
        else:
            parts.append(memo)
        parts.append(f",{amt:.2f},{R.uniform(20, 3000):.2f}")
        L.append(Ln("trust_csv", *parts))
    return L


def b_stack():
    v = R.choice([0, 1, 2])
    L = []
    if v == 0:
        L.append(Ln("dotnet_exception", f"{C.serilog()} [ERR] CareAxis.Mds.Submission.IqiesUploader: Upload of batch {R.randint(7700, 7799)} failed after 3 attempts"))
        L.append(Ln("dotnet_exception", "System.Net.Http.HttpRequestException: Response status code does not indicate success: 503 (Service Unavailable)."))
        L.append(Ln("dotnet_exception", "   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()"))
        L.append(Ln("dotnet_exception", "   at CareAxis.Mds.Submission.IqiesClient.PostSubmissionAsync(SubmissionPackage pkg, CancellationToken ct) in D:\\a\\1\\s\\src\\CareAxis.Mds\\Submission\\IqiesClient.cs:line 214"))
        L.append(Ln("dotnet_exception", "   at Polly.Retry.AsyncRetryEngine.ImplementationAsync[TResult](Func`3 action, Context context, CancellationToken cancellationToken, ExceptionPredicates shouldRetryExceptionPredicates, ResultPredicates`1 shouldRetryResultPredicates)"))
        L.append(Ln("dotnet_exception", "   at CareAxis.Mds.Submission.IqiesUploader.ExecuteAsync(CancellationToken stoppingToken) in D:\\a\\1\\s\\src\\CareAxis.Mds\\Submission\\IqiesUploader.cs:line 88"))
    elif v == 1:
        r = res()
        L.append(Ln("dotnet_exception", f"{C.serilog()} [ERR] CareAxis.Billing.Claims.UB04Builder: Claim build failed for resident ", (full(r, 0), "name"), " (", (r.mrn, "mrn"), ")"))
        svc = fd(REF - dt.timedelta(days=R.randint(1, 9)), "iso")
        L.append(Ln("dotnet_exception", "System.InvalidOperationException: No active payer segment covering service date ", (svc, "date"), " for account ", (r.acct, "account"), "."))
        L.append(Ln("dotnet_exception", "   at CareAxis.Billing.Claims.PayerResolver.Resolve(Int64 residentId, DateOnly serviceDate) in D:\\a\\1\\s\\src\\CareAxis.Billing\\Claims\\PayerResolver.cs:line 57"))
        L.append(Ln("dotnet_exception", "   at CareAxis.Billing.Claims.UB04Builder.Build(ClaimContext ctx) in D:\\a\\1\\s\\src\\CareAxis.Billing\\Claims\\UB04Builder.cs:line 131"))
        L.append(Ln("dotnet_exception", "   at Hangfire.Server.CoreBackgroundJobPerformer.InvokeMethod(PerformContext context, Object instance, Object[] arguments)"))
    else:
        L.append(Ln("dotnet_exception", f"{C.serilog()} [ERR] Microsoft.AspNetCore.Server.IIS.Core.IISHttpServer: Connection ID \"{R.randint(10 ** 17, 10 ** 18)}\", Request ID \"{hexs(8)}:0000000{R.randint(1, 9)}\": An unhandled exception was thrown by the application."))
        L.append(Ln("dotnet_exception", "Microsoft.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding."))
        L.append(Ln("dotnet_exception", " ---> System.ComponentModel.Win32Exception (258): The wait operation timed out."))
        L.append(Ln("dotnet_exception", "   at Microsoft.Data.SqlClient.SqlCommand.<>c.<ExecuteDbDataReaderAsync>b__211_0(Task`1 result)"))
        L.append(Ln("dotnet_exception", "   at CareAxis.Census.Queries.DailyCensusQuery.HandleAsync(DailyCensusRequest req, CancellationToken ct) in D:\\a\\1\\s\\src\\CareAxis.Census\\Queries\\DailyCensusQuery.cs:line 42"))
        L.append(Ln("dotnet_exception", f"ClientConnectionId:{uuid4()}"))
        L.append(Ln("dotnet_exception", "Error Number:-2,State:0,Class:11"))
    return L


def b_deadlock():
    pfx = lambda: f"{C.sql()} spid27s     "
    p1, p2 = f"process{hexs(11, False)}", f"process{hexs(11, False)}"
    return [Ln("mssql_errorlog", pfx() + "deadlock-list"),
            Ln("mssql_errorlog", pfx() + f" deadlock victim={p1}"),
            Ln("mssql_errorlog", pfx() + "  process-list"),
            Ln("mssql_errorlog", pfx() + f"   process id={p1} taskpriority=0 logused=0 waitresource=KEY: 7:72057594045857792 ({hexs(12, False)}) waittime={R.randint(1000, 5000)} ownerId={R.randint(88000000, 88999999)} transactionname=user_transaction lockMode=S schedulerid=3 kpid={R.randint(4000, 9000)} status=suspended spid={R.randint(60, 140)} clientapp=Core Microsoft SqlClient Data Provider hostname=BRK-APP02 loginname=careaxis_app isolationlevel=read committed (2) currentdbname=CareAxis_Clinical"),
            Ln("mssql_errorlog", pfx() + "    frame procname=CareAxis_Clinical.dbo.usp_EMar_RecordAdministration line=48 stmtstart=3112 stmtend=3890 sqlhandle=0x03000700" + hexs(24, False)),
            Ln("mssql_errorlog", pfx() + f"   process id={p2} taskpriority=0 logused=2456 waitresource=KEY: 7:72057594045923328 ({hexs(12, False)}) lockMode=X spid={R.randint(60, 140)} clientapp=CareAxis.Emar.Sync hostname=BRK-APP01 loginname=careaxis_app currentdbname=CareAxis_Clinical"),
            Ln("mssql_errorlog", pfx() + "    frame procname=CareAxis_Clinical.dbo.usp_Tar_CloseShift line=112 stmtstart=8800 stmtend=9240 sqlhandle=0x03000700" + hexs(24, False))]


def b_x12_271():
    r = res(lambda x: x.fac["st"] == "OH")
    f = r.fac
    ctl = f"{R.randint(4400, 4499):09d}"
    act = not r.mcd_pending
    segs = [
        [f"ISA*00*          *00*          *ZZ*ODMMITS        *ZZ*{f['code']:<15}*{C.t:%y%m%d}*{C.t:%H%M}*^*00501*{ctl}*0*P*:~"],
        [f"GS*HB*ODMMITS*{f['code']}*{C.t:%Y%m%d}*{C.t:%H%M}*{int(ctl)}*X*005010X279A1~"],
        ["ST*271*0001*005010X279A1~"],
        [f"BHT*0022*11*EL{int(ctl)}-{R.randint(1, 9)}*{C.t:%Y%m%d}*{C.t:%H%M}~"],
        ["HL*1**20*1~"], ["NM1*PR*2*OHIO DEPARTMENT OF MEDICAID*****PI*ODM~"], ["HL*2*1*21*1~"],
        [f"NM1*1P*2*{f['name'].upper()}*****XX*{f['npi']}~"], ["HL*3*2*22*0~"],
        [f"TRN*2*EL{int(ctl)}-3*9{f['code']}00~"],
        ["NM1*IL*1*", (fold(r.last).upper(), "name"), "*", (fold(r.first).upper(), "name"), "****MI*", (r.mcd, "health_plan"), "~"],
        ["N3*", (fold(r.street).upper(), "address"), "~"],
        ["N4*", (r.city.upper(), "address"), "*OH*", (r.zip, "zip"), "~"],
        ["DMG*D8*", (fd(r.dob, "hl7"), "date"), f"*{r.sex}~"],
        [f"EB*{'1' if act else '6'}*IND*30**{'MEDICAID FFS' if act else 'NO ACTIVE COVERAGE'}~"],
    ]
    if act:
        segs.append(["DTP*291*D8*", (fd(r.admit, "hl7"), "date"), "~"])
    else:
        segs.append(["MSG*APPLICATION PENDING - CASE ", (r.case, "other_id"), "~"])
    n = len(segs) - 1
    segs += [[f"SE*{n}*0001~"], [f"GE*1*{int(ctl)}~"], [f"IEA*1*{ctl}~"]]
    L = [Ln("x12_log", f"{C.serilog()} [DBG] CareAxis.Eligibility.X12Gateway: raw 271 response ({len(segs)} segments):")]
    L += [Ln("x12_271", *s) for s in segs]
    return L


def b_fall_form():
    r = res(lambda x: x.age > 89)
    p = R.choice(r.rels)
    s1, s2 = staff(), staff()
    d = C.t - dt.timedelta(minutes=R.randint(120, 600))
    n1 = d + dt.timedelta(minutes=R.randint(20, 40))
    return [
        Ln("incident_form", f"----- Incident Report IR-2024-{R.randint(300, 499):04d} ({r.fac['code']}) exported {C.t:%Y-%m-%d %H:%M} -----"),
        Ln("incident_form", f"Type: Fall - Unwitnessed        Severity: {R.choice(['Minor injury', 'No injury', 'Major injury'])}"),
        Ln("incident_form", "Resident: ", (full(r, 0), "name"), "   Res#: ", (r.mrn, "mrn"), "   Age: ", (str(r.age), "age"), f"   Room: {r.room}-{r.bed}"),
        Ln("incident_form", "Occurred: ", (d.strftime("%m/%d/%Y %H:%M"), "date"), "   Location: Resident room, beside bed"),
        Ln("incident_form", f"Description: Res found seated on floor next to bed by CNA at {d:%H%M} rounds. States \"I was trying to get to the bathroom.\" ROM WNL x4 extremities, no LOC."),
        Ln("incident_form", "Notifications: MD (Dr. ", R.choice(DOCS)[1].title(), ") ", (fd(n1.date(), "md") + f" {n1:%H:%M}", "date"), f"; Family - {p.rel[1].lower()} ",
           (f"{p.first} {p.last}", "name"), " ", (ph(p.ph), "phone"), " left VM"),
        Ln("incident_form", "Interventions: bed low position, fall mat placed, toileting schedule q2h overnight, PT screen requested."),
        Ln("incident_form", f"Reported by: {s1[2]} {s1[0][0]}. {s1[1]}   Reviewed by: DON {STAFF[4][0][0]}. {STAFF[4][1]}"),
    ]


MULTI_BLOCKS = ([b_hl7_adt] * 5 + [b_hl7_rds] * 2 + [b_mds] * 2 + [b_fvr] * 2 + [b_census_csv] * 2 + [b_therapy, b_trust_csv]
                + [b_stack] * 3 + [b_deadlock, b_x12_271, b_fall_form])


EST = {"b_hl7_adt": 9, "b_hl7_rds": 7, "b_mds": 30, "b_fvr": 12, "b_census_csv": 9, "b_therapy": 8, "b_trust_csv": 6,
       "b_stack": 7, "b_deadlock": 7, "b_x12_271": 20, "b_fall_form": 8}


# ============================================================ assemble
def wchoice(pool):
    tot = sum(w for _, w in pool)
    x = R.uniform(0, tot)
    for fn, w in pool:
        x -= w
        if x <= 0:
            return fn
    return pool[-1][0]


MANDATORY = ([p_photo] * 2 + [p_biometric] * 2 + [p_udi] * 2 + [p_card] * 2 + [p_fax_poa] * 3 + [p_kiosk] * 3
             + [p_medicaid_assets] * 3 + [p_portal_url] * 3 + [p_age_note] * 3 + [p_fall_single] * 2 + [p_efcore] * 2
             + [p_dup_ssn] * 2 + [p_portal_msg] * 4 + [p_win_1309, p_mds_inline, p_wander_text, p_discharge_note, p_x12_single])


def main():
    blocks = MULTI_BLOCKS[:]
    R.shuffle(blocks)
    mandatory = MANDATORY[:]
    R.shuffle(mandatory)
    out = []
    noise = 0
    while len(out) < N_LINES:
        C.tick()
        left = N_LINES - len(out)
        if blocks:
            est = sum(EST[b.__name__] for b in blocks)
            free = left - est - 5
            if free <= 0 or R.random() < len(blocks) / (free + len(blocks)):
                blk = blocks.pop()()
                if len(blk) <= left:
                    out.extend(blk)
                    noise += sum(1 for x in blk if not x.spans)
                    continue
        need_noise = NOISE_TARGET - noise
        need_phi = (N_LINES - NOISE_TARGET) - (len(out) - noise)
        if need_noise <= 0:
            pick_noise = False
        elif need_phi <= 0:
            pick_noise = True
        else:
            pick_noise = R.random() < need_noise / (need_noise + need_phi)
        if not pick_noise and mandatory and R.random() < 0.4:
            ln = mandatory.pop()()
        else:
            ln = wchoice(NOISE_SINGLES if pick_noise else PHI_SINGLES)()
        out.append(ln)
        if not ln.spans:
            noise += 1
    assert len(out) == N_LINES, len(out)

    here = os.path.dirname(os.path.abspath(__file__))
    texts, labels = [], []
    for i, ln in enumerate(out, 1):
        t = ln.text()
        assert t and "\n" not in t and "\r" not in t, (i, t)
        b = t.encode("utf-8")
        for s, e, cat, val in ln.spans:
            assert b[s:e].decode("utf-8") == val, (i, s, e, val)
        texts.append(t)
        labels.append({"line": i, "family": ln.fam, "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in ln.spans]})
    with open(os.path.join(here, "kg.log"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(texts))
    with open(os.path.join(here, "kg.labels.jsonl"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(json.dumps(x, ensure_ascii=False) for x in labels) + "\n")
    # stats
    from collections import Counter
    cats = Counter(sp["cat"] for x in labels for sp in x["spans"])
    fams = Counter(x["family"] for x in labels)
    clean = sum(1 for x in labels if not x["spans"])
    print(f"lines={len(labels)} clean={clean} ({100 * clean / len(labels):.1f}%) families={len(fams)}")
    print(dict(sorted(cats.items(), key=lambda kv: -kv[1])))
    print(dict(sorted(fams.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
