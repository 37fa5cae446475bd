#!/usr/bin/env python3
"""gen_lt.py - synthetic, labeled log corpus for a PHI detector (ID=lt).

Theme: a pharmacy benefit manager ("Meridian Rx", fictitious) processing pharmacy
claims: NCPDP D.0 telecommunication requests/responses as switch logs print them
(separators shown as printable markers) and field-ID=value dumps, claim
adjudication engine traces (Java/logback/Spring, logstash JSON, Hibernate binds,
stack traces), DUR pipe records, ePA (NCPDP SCRIPT PA* XML), accumulator and
deductible files (fixed width), member eligibility loads (X12 834, pipe files,
loader logs), pharmacy network and MAC price updates, rebate invoices, mail-order
fulfilment, call-center CRM notes (English/Spanish), Kafka consumer logs, COBOL
batch SYSOUT (JES2), SFTP/sshd syslog and gpg output, nginx access logs.

Everything is synthetic: people, IDs, addresses, phones, SSNs (valid-looking,
random), card numbers (Luhn-valid, random).  Standard library only, fixed seed.
Writes lt.log (500 lines) and lt.labels.jsonl next to this script.

Labeling decisions:
- Labelled people: patients/members, cardholders/subscribers, dependents,
  relatives and caregivers who call about a member.  Not labelled: prescribers
  (names, NPI, DEA, office phone/fax), pharmacists, call-center agents, batch
  user IDs, pharmacies, plan sponsors, manufacturers, vendors, trading-partner
  SFTP accounts and their IPs, business e-mail/phone numbers.
- name: every rendering of a person's name (first and last as separate spans
  when they sit in separate fields; "LAST, FIRST" as one span when written
  together; names inside file names are labelled too).
- date: birth dates, dates of service / fill / previous fill, date written,
  member coverage effective and termination dates, PA authorization periods,
  ship/delivery dates of a member's order, dates inside free-text notes.
  Not labelled: log timestamps, file creation/run dates, MAC/network/rebate
  effective dates and periods, plan-year-only values, 9999-12-31 sentinels,
  query-filter dates in URLs.  NCPDP header 401-D1 (date of service) is a date.
  Malformed birth dates quoted in edit errors (19601329, 02/30/1987) are still
  labelled as date.
- age: only ages over 89; younger ages are left unlabelled.
- address: street line, unit line, city and county FIPS geocode (834 N4 CY)
  of a person, each a separate span; state is not labelled; zip is its own
  category (also a truncated/invalid zip quoted in a loader error).
- health_plan: cardholder/member/subscriber IDs (also when printed with a
  person code suffix only the ID part), Medicare MBI, Medicaid IDs.  Group IDs,
  BIN, PCN, plan IDs, person codes and relationship codes are not labelled.
- ssn: SSNs (834 NM1 qualifier 34, NCPDP 331-CX=01, CRM notes).
- license: patient driver's licence numbers (331-CX=02, ID checks).
- mrn: pharmacy/mail-order patient profile numbers and NCPDP 331-CX=EA IDs.
- account: full payment card numbers, member bank account numbers (DMR),
  patient billing account numbers.  Masked/last-4 values (cards and SSNs)
  are not labelled; bank routing numbers are not labelled.
- A middle initial standing alone in its own field (fixed-width MI column,
  834 NM105, MID_INIT) is not labelled; inside a written name it is part of
  the name span.
- other_id: prescription (Rx) numbers, PA case IDs/PA reference numbers, CRM
  case numbers about a member, member portal usernames, NCPDP 331-CX=99 IDs,
  the adjudication engine's internal member keys (memberKey=M...).
  Not labelled: claim IDs, switch authorization numbers, order numbers,
  tracking numbers, trace/span IDs, UUIDs, Kafka offsets, record IDs.
- device: serial numbers of a member's device (CGM, insulin pump, meter).
- ip: a member's public IP (portal logins).  Internal/partner IPs not labelled.
- email, phone, fax: the member's or relative's own contact data only.
- url: a personal URL of a member (fundraiser page).
- photo: base64 face images (ID-verification selfies); biometric: voiceprint
  templates.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import unicodedata
import uuid

R = random.Random(0x17142A)
TODAY = dt.date(2024, 3, 14)
CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}


# ---------------------------------------------------------------- line builder
class Line:
    __slots__ = ("fam", "buf", "spans")

    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        if cat is None:
            return self.t(s)
        assert cat in CATS, cat
        assert s and s == s.strip(), repr(s)
        st = len(self.buf)
        self.buf += s.encode("utf-8")
        self.spans.append((st, len(self.buf), cat, s))
        return self

    def add(self, *parts):
        for x in parts:
            if isinstance(x, tuple):
                self.p(x[0], x[1])
            else:
                self.t(x)
        return self


def mk(fam, *parts):
    return Line(fam).add(*parts)


# ---------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 14, 5, 58, 12, 118000)

    def tick(self, lo=0.004, hi=1.9):
        self.t += dt.timedelta(microseconds=int(R.uniform(lo, hi) * 1e6))
        return self.t


CLK = Clock()


def ts_iso(t):  # local CDT
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-05:00" % (t.microsecond // 1000)


def ts_sp(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)


def ts_comma(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def ts_z(t):
    u = t + dt.timedelta(hours=5)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (u.microsecond // 1000)


def ts_sys(t):
    return t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")


def ts_clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0500")


def epoch_ms(t):
    u = t + dt.timedelta(hours=5)
    return int((u - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


# ---------------------------------------------------------------- helpers
def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def ascii_up(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return s.upper()


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
    body = R.choice("12") + digits(8)
    return body + luhn_digit("80840" + body)


def card():
    pre = R.choice(["4", "4", "51", "53", "37", "6011"])
    ln = 15 if pre == "37" else 16
    body = pre + digits(ln - len(pre) - 1)
    return body + luhn_digit(body)


def opunch(cents):
    s = str(abs(cents))
    return s[:-1] + ("{ABCDEFGHI" if cents >= 0 else "}JKLMNOPQR")[int(s[-1])]


def money(c):
    return "%d.%02d" % (c // 100, c % 100)


MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONF = ["January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"]


def df(d, style):
    if style == "ccyymmdd":
        return d.strftime("%Y%m%d")
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "us_nz":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "dmon":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)
    if style == "mon_d_y":
        return "%s %d, %d" % (MONF[d.month - 1][:3], d.day, d.year)
    if style == "long":
        return "%s %d, %d" % (MONF[d.month - 1], d.day, d.year)
    if style == "mmddyy":
        return d.strftime("%m%d%y")
    if style == "mmddccyy":
        return d.strftime("%m%d%Y")
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "slash_iso":
        return d.strftime("%Y/%m/%d")
    if style == "es":
        meses = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
                 "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
        return "%d de %s de %d" % (d.day, meses[d.month - 1], d.year)
    raise ValueError(style)


def rdate_back(lo, hi):
    return TODAY - dt.timedelta(days=R.randint(lo, hi))


# ---------------------------------------------------------------- reference data
FIRST_F = ["María", "Guadalupe", "Thi Lan", "Nguyet", "Chiamaka", "Adaeze", "Priya",
           "Lakshmi", "Mei-Ling", "Xiaoyan", "Agnieszka", "Fatima", "Aisha", "Ji-woo",
           "Seo-yeon", "Tigist", "Siobhán", "Brigitte", "Maricel", "Leilani", "Yolanda",
           "Svetlana", "Eleni", "Marie-Claude", "Nadège", "Hodan", "Dolores", "Ruth",
           "Beatrice", "Zofia", "Ngozi", "Keiko", "Rosa", "Esperanza", "Gwendolyn",
           "Shirley", "Tamika", "Precious", "Anh", "Inés", "Kateryna", "Amara"]
FIRST_M = ["José", "Juan Carlos", "Minh", "Duc", "Chinedu", "Oluwaseun", "Rajesh",
           "Venkata", "Wei", "Jian", "Tomasz", "Mohammed", "Omar", "Min-jun", "Dawit",
           "Seamus", "Klaus", "Rodrigo", "Tevita", "Dmitri", "Giorgos", "Jean-Baptiste",
           "Wilner", "Abdirahman", "Earl", "Harold", "Cornelius", "DeShawn", "Kwame",
           "Hiroshi", "Ahmad", "Yusuf", "Aleksander", "Björn", "François", "Raúl",
           "Lorenzo", "Emeka", "Bao", "Santiago"]
LAST = ["González", "Nguyễn", "Okafor", "Adeyemi", "Patel", "Subramanian", "Chen",
        "Zhang", "Kowalczyk", "Al-Hassan", "Haddad", "Kim", "Park", "Tesfaye",
        "O'Sullivan", "McAllister", "Schäfer", "van der Berg", "De la Cruz",
        "dos Santos", "Fa'alogo", "Tupou", "Ivanova", "Papadopoulos", "Tremblay",
        "Jean-Louis", "Pierre", "Warsame", "Yazzie", "Begay", "Washington", "Johnson",
        "Rodríguez", "Hernández", "Tanaka", "Yamamoto", "Müller", "Nowak", "Abebe",
        "Mensah", "Boateng", "Tran", "Pham", "Singh", "Khan", "Ibrahim", "St. John",
        "D'Angelo", "Di Stefano", "MacLeod", "Lindqvist", "Kaur", "Whitehorse",
        "LaFleur", "Ruiz", "Castillo", "Oyelaran", "Brooks", "Delgado", "Novak",
        "Mbeki", "Reyes", "Vu", "Ferreira", "Kuznetsov"]
LAST_H = ["Brooks", "Okonkwo", "Márquez", "Lee", "Smith", "Cruz", "Nakamura", "Reid"]

LOCS = [  # city, state, zip3, county, fips, area codes
    ("Springfield", "IL", "627", "Sangamon", "17167", ["217"]),
    ("Chicago", "IL", "606", "Cook", "17031", ["312", "773", "872"]),
    ("Houston", "TX", "770", "Harris", "48201", ["713", "832", "281"]),
    ("San Antonio", "TX", "782", "Bexar", "48029", ["210", "726"]),
    ("Phoenix", "AZ", "850", "Maricopa", "04013", ["602", "480"]),
    ("Los Angeles", "CA", "900", "Los Angeles", "06037", ["213", "323", "310"]),
    ("Fresno", "CA", "937", "Fresno", "06019", ["559"]),
    ("Miami", "FL", "331", "Miami-Dade", "12086", ["305", "786"]),
    ("Orlando", "FL", "328", "Orange", "12095", ["407", "321"]),
    ("Brooklyn", "NY", "112", "Kings", "36047", ["718", "347", "929"]),
    ("Atlanta", "GA", "303", "Fulton", "13121", ["404", "678", "470"]),
    ("Columbus", "OH", "432", "Franklin", "39049", ["614", "380"]),
    ("Detroit", "MI", "482", "Wayne", "26163", ["313"]),
    ("Minneapolis", "MN", "554", "Hennepin", "27053", ["612"]),
    ("Seattle", "WA", "981", "King", "53033", ["206"]),
    ("Gallup", "NM", "873", "McKinley", "35031", ["505"]),
    ("Honolulu", "HI", "968", "Honolulu", "15003", ["808"]),
    ("Newark", "NJ", "071", "Essex", "34013", ["973", "862"]),
    ("Lowell", "MA", "018", "Middlesex", "25017", ["978", "351"]),
    ("Charlotte", "NC", "282", "Mecklenburg", "37119", ["704", "980"]),
    ("Denver", "CO", "802", "Denver", "08031", ["303", "720"]),
    ("Baton Rouge", "LA", "708", "East Baton Rouge", "22033", ["225"]),
    ("Salt Lake City", "UT", "841", "Salt Lake", "49035", ["801", "385"]),
    ("Saint Paul", "MN", "551", "Ramsey", "27123", ["651"]),
    ("Hialeah", "FL", "330", "Miami-Dade", "12086", ["305"]),
    ("Dearborn", "MI", "481", "Wayne", "26163", ["313"]),
]
STREETS = ["Elm St", "N Lake Shore Dr", "SW 8th St", "Old Mill Rd", "Martin Luther King Jr Blvd",
           "Cesar Chavez Ave", "W Lawrence Ave", "Maple Ave", "Kalakaua Ave", "Peachtree St NE",
           "Bergenline Ave", "E Colfax Ave", "Route 66", "Ocean Pkwy", "Fulton St",
           "S Halsted St", "Wisteria Ln", "Camino del Sol", "Rue Royale", "Michigan Ave",
           "Pine Ridge Rd", "Jefferson Davis Hwy", "Hwy 491", "Grand River Ave",
           "Avenida de las Americas", "Bayou Oaks Dr", "Schaefer Rd", "Via Verde"]
UNITS = ["Apt 4B", "Apt 12", "Unit 305", "# 3", "Ste 210", "Apt 2F", "Lot 17", "Bldg C Apt 8"]
MAILS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com",
         "comcast.net", "att.net"]

PLANS = [  # bin, pcn, group, plan_id, kind
    ("017142", "MRXCOMM", "ACME4471", "MRX3TIER", "W"),
    ("017142", "MRXCOMM", "GLOBEX02", "MRXHDHP", "W"),
    ("610433", "MEDDPRIME", "MDPD0231", "S4471-012", "MBI"),
    ("012884", "MCDRX", "STATEMCD", "MCD-FFS", "MCD"),
    ("600471", "MRXEGWP", "EGWPRET1", "H1234-001", "MBI"),
    ("017142", "MRXCOMM", "UNIONLOC7", "MRX4TIER", "Z"),
]

DRUGS = [  # ndc11, desc, unit cents (approx), qty, ds, ctrl
    ("00093505601", "ATORVASTATIN CALCIUM 40 MG TAB", 4, 30, 30, False),
    ("68180051301", "LISINOPRIL 10 MG TAB", 2, 90, 90, False),
    ("00378018110", "METFORMIN HCL 500 MG TAB", 2, 180, 90, False),
    ("00169413212", "OZEMPIC 1 MG/DOSE (4 MG/3 ML) PEN", 31800, 3, 28, False),
    ("00006027731", "JANUVIA 100 MG TAB", 1820, 30, 30, False),
    ("00074055402", "HUMIRA PEN 40 MG/0.4 ML", 347100, 2, 28, False),
    ("00406052301", "OXYCODONE HCL 5 MG TAB", 9, 60, 15, True),
    ("00056017270", "WARFARIN SODIUM 5 MG TAB", 12, 30, 30, False),
    ("59762503001", "FLUCONAZOLE 150 MG TAB", 95, 1, 1, False),
    ("00228202910", "ALPRAZOLAM 0.5 MG TAB", 3, 60, 30, True),
    ("00002879959", "HUMALOG KWIKPEN U-100 3 ML", 5300, 15, 30, False),
    ("00597007510", "JARDIANCE 25 MG TAB", 2010, 30, 30, False),
    ("00003089421", "ELIQUIS 5 MG TAB", 980, 60, 30, False),
    ("08627005303", "DEXCOM G7 SENSOR", 12000, 3, 30, False),
    ("50090349700", "SERTRALINE HCL 50 MG TAB", 3, 30, 30, False),
    ("00173088210", "BREO ELLIPTA 100-25 MCG INH", 39100, 1, 30, False),
    ("61958250101", "BIKTARVY 50-200-25 MG TAB", 132000, 30, 30, False),
    ("00781107101", "AMOXICILLIN 500 MG CAP", 6, 21, 7, False),
]

PRESCRIBERS = [("Rajiv", "Malhotra"), ("Susan", "Whitcombe"), ("Adebayo", "Ogunleye"),
               ("Carmen", "Ibáñez"), ("Peter", "Lindstrom"), ("Hye-jin", "Cho"),
               ("Michael", "Greenbaum"), ("Aaliyah", "Porter"), ("Thomas", "Nguyen")]
PRESCRIBERS = [(f, l, npi(), R.choice("ABFM") + l[0].upper() + digits(7)) for f, l in PRESCRIBERS]

PHARMACIES = []
for nm_, ad_, ci_, st_, zp_, ac_, disp_ in [
        ("CVS PHARMACY #04412", "1200 S MACARTHUR BLVD", "SPRINGFIELD", "IL", "62704", "217", "CVS #04412"),
        ("WALGREENS #10342", "4201 N BROADWAY", "CHICAGO", "IL", "60613", "773", "Walgreens #10342"),
        ("HEB PHARMACY #611", "5895 BABCOCK RD", "SAN ANTONIO", "TX", "78240", "210", "H-E-B #611"),
        ("KROGER PHARMACY 014-00822", "3417 N HIGH ST", "COLUMBUS", "OH", "43214", "614", "Kroger 014-00822"),
        ("NAVAJO NATION PHARMACY", "515 E ASPEN AVE", "GALLUP", "NM", "87301", "505", "Navajo Nation Pharmacy"),
        ("MERIDIAN RX HOME DELIVERY", "8800 WARD PKWY", "KANSAS CITY", "MO", "64114", "816", "Home Delivery"),
        ("FARMACIA LA ESPERANZA", "1790 W 49TH ST", "HIALEAH", "FL", "33012", "305", "Farmacia La Esperanza"),
        ("TIMES PHARMACY KAILUA", "590 KAILUA RD", "KAILUA", "HI", "96734", "808", "Times Pharmacy Kailua")]:
    PHARMACIES.append({"name": nm_, "addr": ad_, "city": ci_, "st": st_, "zip": zp_, "disp": disp_,
                       "ncpdp": digits(7), "npi": npi(), "phone": ac_ + str(R.randint(201, 989)) + digits(4)})

AGENTS = ["T. Whitfield", "R. Okonjo", "Luis Ferreira", "Bea Lindgren", "K. Ramaswamy, RPh",
          "Dana Oyelowo", "M. Castellanos", "J. Pruitt"]
AGENT_IDS = ["twhitfield", "rokonjo", "lferreira", "blindgren", "kramaswamy", "doyelowo",
             "mcastellanos", "jpruitt"]


class Person:
    pass


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    AN = A + N
    c = [R.choice("123456789"), R.choice(A), R.choice(AN), R.choice(N), R.choice(A),
         R.choice(AN), R.choice(N), R.choice(A), R.choice(A), R.choice(N), R.choice(N)]
    return "".join(c)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def dl_for(st):
    if st == "IL":
        return "%s%03d-%04d-%04d" % (R.choice("ABCDGKMRSW"), R.randint(0, 999), R.randint(0, 9999), R.randint(0, 9999))
    if st == "CA":
        return R.choice("ABDFGKMNRSTW") + digits(7)
    if st == "FL":
        return "%s%03d-%03d-%02d-%03d-0" % (R.choice("ABCGHMRS"), R.randint(0, 999), R.randint(0, 999), R.randint(0, 99), R.randint(0, 999))
    if st in ("TX", "NY", "GA"):
        return digits(8 if st == "TX" else 9)
    return R.choice("ABCDEFGHKLMNPRSTW") + digits(8)


def make_person(force_old=False):
    p = Person()
    p.sex = R.choice("FM")
    p.first = R.choice(FIRST_F if p.sex == "F" else FIRST_M)
    p.last = R.choice(LAST)
    if R.random() < 0.1:
        p.last = p.last.split()[-1] + "-" + R.choice(LAST_H)
    p.mi = R.choice("ABCDEFGHJKLMNPRSTVW") if R.random() < 0.65 else ""
    if force_old or R.random() < 0.1:
        age = R.randint(90, 98)
    else:
        age = R.choice([R.randint(1, 17), R.randint(18, 64), R.randint(18, 64), R.randint(50, 89), R.randint(65, 89)])
    p.dob = TODAY - dt.timedelta(days=age * 365 + R.randint(10, 350))
    p.age = (TODAY - p.dob).days // 365
    loc = R.choice(LOCS)
    p.city, p.st, z3, p.county, p.fips, acs = loc
    p.zip = z3 + "%02d" % R.randint(1, 99)
    p.street = "%d %s" % (R.randint(2, 9899), R.choice(STREETS))
    p.unit = R.choice(UNITS) if R.random() < 0.35 else ""
    p.phone = R.choice(acs) + str(R.randint(201, 989)) + "%04d" % R.randint(0, 9999)
    p.cell = R.choice(acs) + str(R.randint(201, 989)) + "%04d" % R.randint(0, 9999)
    fa = ascii_up(p.first).lower().replace(" ", "").replace("-", "")
    la = ascii_up(p.last).lower().replace(" ", "").replace("'", "").replace(".", "")
    p.email = R.choice([fa + "." + la, fa[0] + la + str(R.randint(1, 99)), la + fa[:3],
                        fa + str(p.dob.year % 100) + la[:1], fa + "_" + la]) + "@" + R.choice(MAILS)
    p.plan = R.choice(PLANS)
    kind = p.plan[4]
    if kind == "W":
        p.mid = "W" + digits(9)
    elif kind == "Z":
        p.mid = "ZQH" + digits(9)
    elif kind == "MBI":
        p.mid = mbi()
    else:
        p.mid = R.choice(["AB", "CK", "JL", "TX"]) + digits(5) + R.choice("CDKLMPQRTW")
    if p.age >= 65 and kind not in ("MBI",) and R.random() < 0.5:
        p.plan = R.choice([PLANS[2], PLANS[4]])
        p.mid = mbi()
    p.pc = "01" if p.age >= 18 or R.random() < 0.1 else R.choice(["02", "03", "04"])
    p.rel = "1" if p.pc == "01" else "3"
    sfirst = R.choice(FIRST_M + FIRST_F)
    p.sub_first = p.first if p.pc == "01" else sfirst
    p.sub_last = p.last
    p.ssn = ssn()
    p.dl = dl_for(p.st)
    p.mrn = R.choice(["PT", "", "MO"]) + digits(R.choice([8, 9]))
    p.rxs = [digits(7) for _ in range(3)]
    p.user = R.choice([fa + str(p.dob.year), fa[0] + la, la + "." + fa[:1] + str(R.randint(1, 99)), fa + "_" + la[:4]])
    p.ip = "%d.%d.%d.%d" % (R.choice([24, 47, 67, 68, 71, 73, 75, 76, 96, 98, 99, 107, 108, 172, 174, 184]),
                            R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    p.gcode = "2" if p.sex == "F" else "1"
    return p


PEOPLE = [make_person() for _ in range(70)] + [make_person(True) for _ in range(10)]


def person():
    return R.choice(PEOPLE)


def relative(p):
    q = Person()
    if p.age < 18:
        opts = [("mother", "madre", "F"), ("father", "padre", "M"), ("grandmother", "abuela", "F"), ("legal guardian", "tutora legal", "F")]
    elif p.age >= 65:
        opts = [("daughter", "hija", "F"), ("son", "hijo", "M"), ("caregiver", "cuidadora", "F"), ("niece", "sobrina", "F"),
                ("grandson", "nieto", "M"), ("POA", "apoderada", "F")]
        opts.append(("wife", "esposa", "F") if p.sex == "M" else ("husband", "esposo", "M"))
    else:
        opts = [("sister", "hermana", "F"), ("brother", "hermano", "M"), ("partner", "pareja", "F"), ("mother", "madre", "F")]
        opts.append(("wife", "esposa", "F") if p.sex == "M" else ("husband", "esposo", "M"))
    q.rel, q.rel_es, q.sex = R.choice(opts)
    q.first = R.choice(FIRST_F if q.sex == "F" else FIRST_M)
    q.last = p.last if R.random() < 0.7 else R.choice(LAST)
    q.phone = p.cell if R.random() < 0.3 else p.phone[:3] + str(R.randint(201, 989)) + "%04d" % R.randint(0, 9999)
    return q


def nm(p, style=None):
    f, l, mi = p.first, p.last, getattr(p, "mi", "")
    if style is None:
        style = R.choice(["fl", "fl", "LF", "Lf", "Lfm", "Fl", "fml", "lower", "UP"])
    if style == "fl":
        return "%s %s" % (f, l)
    if style == "LF":
        return "%s, %s" % (ascii_up(l), ascii_up(f))
    if style == "Lf":
        return "%s, %s" % (l, f)
    if style == "Lfm":
        return "%s, %s%s" % (l, f, (" " + mi + ".") if mi else "")
    if style == "Fl":
        return "%s. %s" % (f[0], l)
    if style == "fml":
        return "%s %s%s" % (f, (mi + ". ") if mi else "", l)
    if style == "lower":
        return ("%s %s" % (f, l)).lower()
    if style == "UP":
        return ascii_up("%s %s" % (f, l))
    if style == "L F":
        return "%s %s" % (ascii_up(l), ascii_up(f))
    raise ValueError(style)


def fmt_phone(ph, style=None):
    if style is None:
        style = R.choice(["paren", "dash", "raw", "dot", "intl", "paren"])
    a, b, c = ph[:3], ph[3:6], ph[6:]
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c), "raw": ph,
            "dot": "%s.%s.%s" % (a, b, c), "intl": "+1 %s %s %s" % (a, b, c),
            "e164": "+1" + ph}[style]


def pharm():
    return R.choice(PHARMACIES)


def drug():
    return R.choice(DRUGS)


def prescriber():
    return R.choice(PRESCRIBERS)


def claim_id():
    return "C24074" + digits(9)


def trx():
    return hexs(16)


# ================================================================ families
# ---------------------------------------------------------------- NCPDP switch
SWITCH_STYLES = {
    "relay01": {"FS": "<FS>", "GS": "<GS>", "SS": "<SS>"},
    "relay02": {"FS": "<1C>", "GS": "<1D>", "SS": "<1E>"},
    "codec": {"FS": "\\x1c", "GS": "\\x1d", "SS": "\\x1e"},
    "legacy": {"FS": "^\\", "GS": "^]", "SS": "^^"},
}


def amt_fields(d, qty):
    ing = max(d[2] * qty + R.randint(-50, 300), 35)
    fee = R.choice([0, 25, 50, 75, 100, 150, 175])
    uc = int(ing * R.uniform(1.1, 1.9)) + fee
    return ing, fee, uc


class Claim:
    def __init__(self, p, tc="B1"):
        self.p = p
        self.tc = tc
        self.ph = pharm()
        self.d = drug()
        self.pr = prescriber()
        self.dos = rdate_back(0, 2) if R.random() < 0.8 else rdate_back(3, 40)
        self.written = self.dos - dt.timedelta(days=R.randint(0, 200))
        self.rx = R.choice(p.rxs) if R.random() < 0.6 else digits(7)
        self.rx12 = self.rx.rjust(12, "0")
        self.fill = R.randint(0, 5)
        self.qty = self.d[3]
        self.ds = self.d[4]
        self.ing, self.fee, self.uc = amt_fields(self.d, self.qty)
        self.copay = R.choice([0, 500, 1000, 1500, 2500, 4700, 6000])
        self.trx = trx()
        self.cert = R.choice(["D012000001", "PIONEER001", "RX30V21A  ", "QS1NRX0042", "LIBRTY0777"])
        self.cx = R.choice([None, None, None, "01", "02", "06", "99", "EA"]) if True else None
        self.status = R.choice("PPPPPRRD")
        self.dur = R.choice([None, None, "ER", "DD", "TD", "HD"])
        self.prev_fill = self.dos - dt.timedelta(days=R.randint(9, 27))
        self.auth = "U" + digits(2) + R.choice("ABCDEFGH") + digits(10)


def pid_cat(cx):
    return {"01": "ssn", "02": "license", "06": "health_plan", "99": "other_id", "EA": "mrn"}[cx]


def pid_val(p, cx):
    return {"01": p.ssn.replace("-", ""), "02": p.dl.replace("-", ""), "06": p.mid,
            "99": "X" + digits(8), "EA": p.mrn}[cx]


def req_tokens(c):
    p = c.p
    toks = []
    bin_, pcn, grp, planid, kind = p.plan
    hdr = bin_ + "D0" + c.tc + pcn.ljust(10) + "1" + "01" + c.ph["npi"].ljust(15)
    toks.append((hdr, None))
    toks.append((df(c.dos, "ccyymmdd"), "date"))
    toks.append((c.cert.ljust(10), None))

    def seg(sid, fields):
        toks.append(("M", "SS"))
        toks.append(("M", "FS"))
        toks.append((sid, None))
        for fid, val, cat in fields:
            toks.append(("M", "FS"))
            toks.append((fid, None))
            toks.append((val, cat))

    ins = [("C2", p.mid, "health_plan")]
    if R.random() < 0.6:
        ins += [("CC", ascii_up(p.sub_first), "name"), ("CD", ascii_up(p.sub_last), "name")]
    ins += [("C1", grp, None), ("C3", p.pc[-1:] if False else p.pc, None), ("C6", p.rel, None)]
    if kind == "MBI" and R.random() < 0.5:
        ins.append(("FO", planid, None))
    seg("AM04", ins)
    if c.tc == "B2":
        toks.append(("M", "GS"))
        seg("AM07", [("EM", "1", None), ("D2", c.rx12, "other_id"), ("E1", "03", None),
                     ("D7", c.d[0], None), ("D3", "%02d" % c.fill, None)])
        return toks
    pat = []
    if c.cx:
        pat += [("CX", c.cx, None), ("CY", pid_val(p, c.cx), pid_cat(c.cx))]
    pat += [("C4", df(p.dob, "ccyymmdd"), "date"), ("C5", p.gcode, None),
            ("CA", ascii_up(p.first), "name"), ("CB", ascii_up(p.last), "name")]
    if R.random() < 0.55:
        pat += [("CM", ascii_up(p.street), "address"), ("CN", ascii_up(p.city), "address"),
                ("CO", p.st, None), ("CP", p.zip, "zip")]
    if R.random() < 0.45:
        pat += [("CQ", p.phone, "phone")]
    if R.random() < 0.12:
        pat += [("HN", p.email.upper(), "email")]
    pat += [("C7", "01", None), ("4X", "01", None)]
    seg("AM01", pat)
    if c.tc == "E1":
        return toks
    toks.append(("M", "GS"))
    seg("AM07", [("EM", "1", None), ("D2", c.rx12, "other_id"), ("E1", "03", None),
                 ("D7", c.d[0], None), ("E7", str(c.qty * 1000), None), ("D3", "%02d" % c.fill, None),
                 ("D5", str(c.ds), None), ("D6", "1", None), ("D8", R.choice("00015")[0], None),
                 ("DE", df(c.written, "ccyymmdd"), "date"), ("DF", str(R.randint(0, 11)), None),
                 ("DJ", R.choice("1235"), None), ("28", "EA", None), ("DI", "0", None)])
    seg("AM03", [("EZ", "01", None), ("DB", c.pr[2], None), ("DR", ascii_up(c.pr[1]), None)])
    seg("AM11", [("D9", opunch(c.ing), None), ("DC", opunch(c.fee), None),
                 ("DX", "0{", None), ("DQ", opunch(c.uc), None), ("DU", opunch(c.ing + c.fee), None),
                 ("DN", "01", None)])
    return toks


def rsp_tokens(c):
    p = c.p
    toks = []
    st = "R" if c.status == "R" and c.tc != "E1" else "A"
    toks.append(("D0" + c.tc + "1" + st + "01" + c.ph["npi"].ljust(15), None))
    toks.append((df(c.dos, "ccyymmdd"), "date"))

    def seg(sid, fields):
        toks.append(("M", "SS"))
        toks.append(("M", "FS"))
        toks.append((sid, None))
        for fid, val, cat in fields:
            toks.append(("M", "FS"))
            toks.append((fid, None))
            toks.append((val, cat))

    if c.tc == "E1":
        seg("AM25", [("C1", p.plan[2], None), ("FO", p.plan[3], None), ("J7", "01", None),
                     ("J8", digits(5), None), ("UV", p.plan[0], None), ("UW", p.plan[1], None),
                     ("NU", p.mid, "health_plan")])
        seg("AM29", [("CA", ascii_up(p.first), "name"), ("CB", ascii_up(p.last), "name"),
                     ("C4", df(p.dob, "ccyymmdd"), "date")])
        toks.append(("M", "GS"))
        seg("AM21", [("AN", "A", None)])
        return toks
    if R.random() < 0.5:
        msg = R.choice(["PLAN LIMITATIONS APPLY", "PREFERRED PRODUCT AVAILABLE", "MAINT MED - 90DS AT MAIL SAVES",
                        "CALL 800-555-0142 FOR PA", "GENERIC AVAILABLE", "DED MET FOR BENEFIT PERIOD"])
        seg("AM20", [("F4", msg, None)])
    if c.tc == "B1":
        seg("AM25", [("C1", p.plan[2], None), ("FO", p.plan[3], None), ("2F", "MRXNET" + digits(2), None)])
    if R.random() < 0.35 and c.tc == "B1":
        seg("AM29", [("CA", ascii_up(p.first), "name"), ("CB", ascii_up(p.last), "name"),
                     ("C4", df(p.dob, "ccyymmdd"), "date")])
    toks.append(("M", "GS"))
    if c.tc == "B2":
        seg("AM21", [("AN", "A" if c.status != "R" else "R", None)] +
            ([("FA", "1", None), ("FB", "87", None)] if c.status == "R" else []))
        seg("AM22", [("EM", "1", None), ("D2", c.rx12, "other_id")])
        return toks
    if c.status == "R":
        codes = R.choice([["79"], ["75"], ["76"], ["70"], ["65"], ["88"], ["52", "09"], ["MR"], ["569"]])
        f = [("AN", "R", None), ("FA", str(len(codes)), None)] + [("FB", x, None) for x in codes]
        seg("AM21", f)
    else:
        seg("AM21", [("AN", c.status, None), ("F3", c.auth, None)])
    seg("AM22", [("EM", "1", None), ("D2", c.rx12, "other_id")])
    if c.status != "R":
        ded = R.choice([0, 0, 0, 2500, 5000])
        seg("AM23", [("F5", opunch(c.copay), None), ("F6", opunch(c.ing), None),
                     ("F7", opunch(c.fee), None), ("F9", opunch(max(c.ing + c.fee - c.copay, 0)), None),
                     ("FM", "1", None), ("FI", opunch(c.copay - ded if c.copay > ded else c.copay), None),
                     ("FH", opunch(ded), None), ("FD", opunch(R.choice([0, 12500, 50000])), None)])
    if c.dur or (c.status == "R" and R.random() < 0.3):
        seg("AM24", [("E4", c.dur or "ER", None), ("FS", R.choice("123"), None), ("FT", R.choice("0134"), None),
                     ("FU", df(c.prev_fill, "ccyymmdd"), "date"), ("FV", str(c.qty * 1000), None),
                     ("FW", "1", None), ("FX", R.choice("0123"), None),
                     ("FY", R.choice(["WARFARIN SOD 5MG", "PREV FILL SAME PHCY", "MAX DAILY DOSE",
                                      "ALPRAZOLAM 0.5MG", "THERAPEUTIC DUP STATIN"]), None)])
    return toks


def raw_len(toks):
    n = 0
    for a, b in toks:
        n += 1 if a == "M" else len(a.encode())
    return n


def render(line, toks, style):
    for a, b in toks:
        if a == "M":
            line.t(style[b])
        else:
            line.p(a, b)


def gen_switch():
    host = R.choice(list(SWITCH_STYLES))
    style = SWITCH_STYLES[host]
    out = []
    for _ in range(R.randint(1, 2)):
        p = person()
        tc = R.choice(["B1"] * 6 + ["B2", "E1"])
        c = Claim(p, tc)
        rq = req_tokens(c)
        rs = rsp_tokens(c)
        t = CLK.tick()
        rt = R.randint(38, 1400)
        if host in ("relay01", "relay02"):
            pid = 2231 if host == "relay01" else 3318
            L = mk("ncpdp_switch", "%s swx-%s ncpdp-relay[%d]: >> REQ id=%s %s bin=%s pcn=%s src=%s len=%d msg="
                   % (ts_iso(t), host, pid, c.trx, tc, p.plan[0], p.plan[1], c.ph["ncpdp"], raw_len(rq)))
            render(L, rq, style)
            out.append(L)
            t2 = t + dt.timedelta(milliseconds=rt)
            CLK.t = max(CLK.t, t2)
            L = mk("ncpdp_switch", "%s swx-%s ncpdp-relay[%d]: << RSP id=%s %s status=%s rt=%dms len=%d msg="
                   % (ts_iso(t2), host, pid, c.trx, tc, "R" if c.status == "R" and tc != "E1" else "A", rt, raw_len(rs)))
            render(L, rs, style)
            out.append(L)
        elif host == "codec":
            L = mk("ncpdp_switch", "%s TRACE 7712 --- [nio-8443-exec-%d] c.m.switch.codec.D0FrameCodec       : inbound frame (%d bytes): "
                   % (ts_sp(t), R.randint(1, 12), raw_len(rq)))
            render(L, rq, style)
            out.append(L)
            if R.random() < 0.5:
                out.append(mk("ncpdp_switch", "%s DEBUG 7712 --- [nio-8443-exec-%d] c.m.switch.route.BinRouter           : route bin=%s pcn=%s -> processor=MRX-ADJ-%s queue=pbm.claims.%s.v2"
                              % (ts_sp(CLK.tick(0.001, 0.01)), R.randint(1, 12), p.plan[0], p.plan[1], R.choice(["EAST", "WEST"]), tc.lower())))
            t2 = t + dt.timedelta(milliseconds=rt)
            CLK.t = max(CLK.t, t2)
            L = mk("ncpdp_switch", "%s TRACE 7712 --- [nio-8443-exec-%d] c.m.switch.codec.D0FrameCodec       : outbound frame (%d bytes) after %d ms: "
                   % (ts_sp(t2), R.randint(1, 12), raw_len(rs), rt))
            render(L, rs, style)
            out.append(L)
        else:
            L = mk("ncpdp_switch", "[%s] RX 10.44.%d.%d:%d NCPDP %s len=%04d |" % (
                t.strftime("%d/%m/%Y %H:%M:%S.") + "%03d" % (t.microsecond // 1000), R.randint(0, 9), R.randint(2, 250),
                R.randint(30000, 61000), tc, raw_len(rq)))
            render(L, rq, style)
            L.t("|")
            out.append(L)
            t2 = t + dt.timedelta(milliseconds=rt)
            CLK.t = max(CLK.t, t2)
            L = mk("ncpdp_switch", "[%s] TX NCPDP %s len=%04d rc=%s |" % (
                t2.strftime("%d/%m/%Y %H:%M:%S.") + "%03d" % (t2.microsecond // 1000), tc, raw_len(rs),
                "R" if c.status == "R" and tc != "E1" else "A"))
            render(L, rs, style)
            L.t("|")
            out.append(L)
    # switch housekeeping noise
    for _ in range(R.randint(0, 2)):
        t = CLK.tick()
        out.append(mk("ncpdp_switch", R.choice([
            "%s swx-relay01 ncpdp-relay[2231]: HEARTBEAT peer=relayhealth-pri:5051 ok rtt=%dms seq=%d" % (ts_iso(t), R.randint(3, 40), R.randint(100000, 999999)),
            "%s swx-relay02 ncpdp-relay[3318]: stats window=60s in=%d out=%d rej=%d timeouts=%d p50=%dms p99=%dms" % (ts_iso(t), R.randint(900, 4000), R.randint(900, 4000), R.randint(20, 300), R.randint(0, 4), R.randint(90, 200), R.randint(600, 2900)),
            "%s swx-relay01 ncpdp-relay[2231]: TLS session resumed peer=10.44.3.17:%d cipher=TLS_AES_256_GCM_SHA384 proto=TLSv1.3" % (ts_iso(t), R.randint(30000, 60000)),
            "%s swx-relay02 ncpdp-relay[3318]: WARN processor MRX-ADJ-WEST slow response %dms (threshold 1500ms) id=%s" % (ts_iso(t), R.randint(1500, 4800), trx()),
            "%s swx-relay01 ncpdp-relay[2231]: bin table reloaded entries=%d sha1=%s" % (ts_iso(t), R.randint(300, 500), hexs(40)),
        ])))
    return out


# ---------------------------------------------------------------- NCPDP dumps
FNAMES = {"A1": "101-A1 BIN NUMBER", "A2": "102-A2 VERSION/RELEASE NUMBER", "A3": "103-A3 TRANSACTION CODE",
          "A4": "104-A4 PROCESSOR CONTROL NUMBER", "A9": "109-A9 TRANSACTION COUNT",
          "B2": "202-B2 SERVICE PROVIDER ID QUALIFIER", "B1": "201-B1 SERVICE PROVIDER ID",
          "D1": "401-D1 DATE OF SERVICE", "AK": "110-AK SOFTWARE VENDOR/CERTIFICATION ID",
          "C2": "302-C2 CARDHOLDER ID", "CC": "312-CC CARDHOLDER FIRST NAME", "CD": "313-CD CARDHOLDER LAST NAME",
          "C1": "301-C1 GROUP ID", "C3": "303-C3 PERSON CODE", "C6": "306-C6 PATIENT RELATIONSHIP CODE",
          "CX": "331-CX PATIENT ID QUALIFIER", "CY": "332-CY PATIENT ID", "C4": "304-C4 DATE OF BIRTH",
          "C5": "305-C5 PATIENT GENDER CODE", "CA": "310-CA PATIENT FIRST NAME", "CB": "311-CB PATIENT LAST NAME",
          "CM": "322-CM PATIENT STREET ADDRESS", "CN": "323-CN PATIENT CITY ADDRESS",
          "CO": "324-CO PATIENT STATE/PROVINCE ADDRESS", "CP": "325-CP PATIENT ZIP/POSTAL ZONE",
          "CQ": "326-CQ PATIENT PHONE NUMBER", "HN": "350-HN PATIENT E-MAIL ADDRESS",
          "C7": "307-C7 PLACE OF SERVICE", "4X": "384-4X PATIENT RESIDENCE",
          "EM": "455-EM PRESCRIPTION/SERVICE REFERENCE NUMBER QUALIFIER",
          "D2": "402-D2 PRESCRIPTION/SERVICE REFERENCE NUMBER", "E1": "436-E1 PRODUCT/SERVICE ID QUALIFIER",
          "D7": "407-D7 PRODUCT/SERVICE ID", "E7": "442-E7 QUANTITY DISPENSED", "D3": "403-D3 FILL NUMBER",
          "D5": "405-D5 DAYS SUPPLY", "D6": "406-D6 COMPOUND CODE",
          "D8": "408-D8 DISPENSE AS WRITTEN (DAW)/PRODUCT SELECTION CODE", "DE": "414-DE DATE PRESCRIPTION WRITTEN",
          "DF": "415-DF NUMBER OF REFILLS AUTHORIZED", "DJ": "419-DJ PRESCRIPTION ORIGIN CODE",
          "28": "600-28 UNIT OF MEASURE", "DI": "420-DK SUBMISSION CLARIFICATION CODE",
          "EZ": "466-EZ PRESCRIBER ID QUALIFIER", "DB": "411-DB PRESCRIBER ID", "DR": "427-DR PRESCRIBER LAST NAME",
          "D9": "409-D9 INGREDIENT COST SUBMITTED", "DC": "412-DC DISPENSING FEE SUBMITTED",
          "DX": "433-DX PATIENT PAID AMOUNT SUBMITTED", "DQ": "426-DQ USUAL AND CUSTOMARY CHARGE",
          "DU": "430-DU GROSS AMOUNT DUE", "DN": "423-DN BASIS OF COST DETERMINATION",
          "FO": "524-FO PLAN ID"}
SEGNAMES = {"AM04": "INSURANCE", "AM01": "PATIENT", "AM07": "CLAIM", "AM03": "PRESCRIBER", "AM11": "PRICING"}


def claim_fields(c):
    """list of (segment, fid, value, cat) from request tokens"""
    toks = req_tokens(c)
    p = c.p
    res = [("HDR", "A1", p.plan[0], None), ("HDR", "A2", "D0", None), ("HDR", "A3", c.tc, None),
           ("HDR", "A4", p.plan[1], None), ("HDR", "A9", "1", None), ("HDR", "B2", "01", None),
           ("HDR", "B1", c.ph["npi"], None), ("HDR", "D1", df(c.dos, "ccyymmdd"), "date"),
           ("HDR", "AK", c.cert.strip(), None)]
    seg = None
    i = 0
    # walk tokens after header (first 3)
    toks = toks[3:]
    while i < len(toks):
        a, b = toks[i]
        if a == "M" and b == "SS":
            seg = toks[i + 2][0]
            i += 3
            continue
        if a == "M" and b == "FS":
            fid = toks[i + 1][0]
            val, cat = toks[i + 2]
            res.append((seg, fid, val, cat))
            i += 3
            continue
        i += 1
    return res


def gen_dump():
    out = []
    p = person()
    c = Claim(p, R.choice(["B1", "B1", "B1", "B2"]))
    fields = claim_fields(c)
    tid = c.trx[:8]
    if R.random() < 0.55:
        t = CLK.tick()
        hh = t.strftime("%H:%M:%S.") + "%03d" % (t.microsecond // 1000)
        out.append(mk("ncpdp_dump", "%s [trx %s] ---- NCPDP D.0 REQUEST %s (%s) from NCPDP %s ----" % (
            hh, tid, c.tc, "BILLING" if c.tc == "B1" else "REVERSAL", c.ph["ncpdp"])))
        cur = None
        segs = [x for x in ("HDR", "AM04", "AM01", "AM07", "AM03", "AM11") if any(f[0] == x for f in fields)]
        keep = set(R.sample(segs, 1 if "HDR" in segs[:1] and R.random() < 0.6 else min(len(segs), R.randint(1, 2))))
        if len(keep) > 1:
            keep.discard("HDR")
        sel = [f for f in fields if f[0] in keep]
        for seg, fid, val, cat in sel:
            if seg != cur and seg != "HDR":
                out.append(mk("ncpdp_dump", "%s [trx %s] SEGMENT %s %s" % (hh, tid, seg, SEGNAMES.get(seg, ""))))
            cur = seg
            label = FNAMES.get(fid, fid)
            L = mk("ncpdp_dump", "%s [trx %s] %-4s %s%s: " % (hh, tid, seg, label, "." * max(2, 58 - len(label))))
            L.p(val, cat)
            out.append(L)
        out.append(mk("ncpdp_dump", "%s [trx %s] ---- END REQUEST fields=%d ----" % (hh, tid, len(sel))))
    else:
        t = CLK.tick()
        L = mk("ncpdp_dump", "%s INFO  [claim-gw-%d] c.m.gateway.ClaimGateway - %s fields {" % (ts_sp(t), R.randint(1, 8), c.tc))
        first = True
        for seg, fid, val, cat in fields:
            if not first:
                L.t(", ")
            first = False
            L.t(fid + "=")
            L.p(val, cat)
        L.t("}")
        out.append(L)
        if R.random() < 0.6:
            out.append(mk("ncpdp_dump", "%s DEBUG [claim-gw-%d] c.m.gateway.ClaimGateway - validated %d fields, 0 errors, forwarded txn=%s in %dms" % (
                ts_sp(CLK.tick()), R.randint(1, 8), len(fields), c.trx, R.randint(1, 40))))
    return out


# ---------------------------------------------------------------- Java adjudication
JTHREADS = ["adj-exec-%d", "claims-b1-consumer-%d", "pool-4-thread-%d", "ForkJoinPool.commonPool-worker-%d"]


def jhead(level, logger, style=None):
    t = CLK.tick(0.001, 0.4)
    th = R.choice(JTHREADS) % R.randint(1, 24)
    if style is None:
        style = R.choice(["logback", "spring"])
    if style == "logback":
        return "%s %-5s [%s] %s - " % (ts_sp(t), level, th, logger)
    return "%s %5s 18244 --- [%15s] %-40s : " % (ts_sp(t), level, th[-15:], abbrev(logger, 39))


def abbrev(logger, n):
    parts = logger.split(".")
    i = 0
    while len(".".join(parts)) > n and i < len(parts) - 1:
        parts[i] = parts[i][0]
        i += 1
    return ".".join(parts)


def gen_java():
    out = []
    p = person()
    c = Claim(p)
    sty = R.choice(["logback", "spring"])
    F = "adjud_java"
    mid = p.mid
    steps = []
    steps.append(lambda: mk(F, jhead("INFO", "c.m.claims.adjud.intake.ClaimIntakeListener", sty),
                            "Received %s txnId=%s bin=%s pcn=%s group=%s ncpdp=%s partition=%d offset=%d" % (
                                c.tc, c.trx, p.plan[0], p.plan[1], p.plan[2], c.ph["ncpdp"], R.randint(0, 11), R.randint(10 ** 7, 9 * 10 ** 7))))
    steps.append(lambda: mk(F, jhead("DEBUG", "c.m.claims.adjud.elig.EligibilityResolver", sty),
                            "Resolving member cardholderId=", (mid, "health_plan"), " personCode=%s dob=" % p.pc,
                            (df(p.dob, R.choice(["iso", "ccyymmdd"])), "date"), " gender=%s" % p.gcode))
    cov = dt.date(R.choice([2019, 2021, 2022, 2023, 2024]), R.choice([1, 1, 1, 4, 7, 10]), 1)
    steps.append(lambda: mk(F, jhead("DEBUG", "c.m.claims.adjud.elig.EligibilityResolver", sty),
                            "Member resolved memberKey=", ("M" + digits(9), "other_id"), " coverage=[", (df(cov, "iso"), "date"),
                            "..9999-12-31] plan=%s carrier=MRX account=%s group=%s otherCoverage=%s" % (
                                p.plan[3], p.plan[2][:4], p.plan[2], R.choice(["N", "N", "Y"]))))
    steps.append(lambda: mk(F, jhead("DEBUG", "c.m.claims.adjud.formulary.FormularyLookup", sty),
                            "ndc=%s gpi=%s tier=%d pa=%s st=%s ql=%s formulary=MRX-NAT-2024.03 cacheHit=%s" % (
                                c.d[0], digits(14), R.randint(1, 5), R.choice("NNNY"), R.choice("NNY"),
                                R.choice(["30/30", "90/90", "none", "4/28"]), R.choice(["true", "false"]))))
    steps.append(lambda: mk(F, jhead("DEBUG", "c.m.claims.adjud.pricing.PricingEngine", sty),
                            "basis=%s macList=RXM-2024-11 unitMac=%.5f awpUnit=%.5f ingredientCost=%s dispFee=%s ucc=%s lesserOf=%s" % (
                                R.choice(["MAC", "AWP-17%", "WAC+1%", "UCC"]), R.uniform(0.01, 3), R.uniform(0.1, 40),
                                money(c.ing), money(c.fee), money(c.uc), R.choice(["MAC", "UCC", "AWP"]))))
    if p.age > 89 and R.random() < 0.7:
        steps.append(lambda: mk(F, jhead("WARN", "c.m.claims.adjud.dur.DurEvaluator", sty),
                                "DUR HD (high dose / Beers) flagged ndc=%s patientAge=" % c.d[0], (str(p.age), "age"),
                                " severity=2 outcome=SOFT_EDIT txnId=%s" % c.trx))
    else:
        steps.append(lambda: mk(F, jhead("INFO", "c.m.claims.adjud.dur.DurEvaluator", sty),
                                "DUR %s ndc=%s prevFill=" % (c.dur or "ER", c.d[0]), (df(c.prev_fill, "iso"), "date"),
                                " otherPharmacy=%s severity=%s outcome=%s" % (R.choice(["true", "false"]), R.choice("123"),
                                                                             R.choice(["SOFT_EDIT", "REJECT_88", "OVERRIDE_1B"]))))
    steps.append(lambda: mk(F, jhead("INFO", "c.m.claims.adjud.accum.AccumulatorService", sty),
                            "Applied accumulators member=", (mid, "health_plan"),
                            "-%s ded=%s oop=%s ytdDed=%s/%s ytdOop=%s/%s planYear=2024" % (
                                p.pc, money(R.choice([0, 0, 2500, 4700])), money(c.copay), money(R.randint(0, 50000)),
                                "500.00", money(R.randint(0, 300000)), "3500.00")))
    steps.append(lambda: mk(F, jhead("INFO", "c.m.claims.adjud.respond.ClaimResponder", sty),
                            "Claim %s status=%s claimId=%s rx=" % (c.tc, "PAID" if c.status != "R" else "REJECTED", claim_id()),
                            (c.rx, "other_id"), " patientPay=%s planPaid=%s elapsed=%dms" % (
                                money(c.copay), money(max(c.ing + c.fee - c.copay, 0)), R.randint(12, 900))))
    r = R.random()
    if r < 0.3:
        steps.pop()  # no ClaimResponder line when adjudication fails
    n = R.randint(3, 6)
    idx = sorted(R.sample(range(len(steps)), n))
    for i in idx:
        out.append(steps[i]())
    if r < 0.3:
        # exception with stack trace
        exc = R.choice([
            ("c.m.claims.adjud.elig.MemberNotFoundException", "No active eligibility for cardholderId=%s dob=%s lastName=%s"),
            ("c.m.claims.adjud.elig.AmbiguousMemberException", "2 members match cardholderId=%s dob=%s lastName=%s"),
            ("org.springframework.dao.QueryTimeoutException", None),
            ("java.lang.IllegalStateException", None)])
        L = mk(F, jhead("ERROR", "c.m.claims.adjud.AdjudicationService", sty), "Adjudication failed txnId=%s" % c.trx)
        out.append(L)
        if exc[1]:
            out.append(mk(F, exc[0].replace("c.m.", "com.meridianrx.") + ": ",
                          exc[1].split("%s")[0], (mid, "health_plan"), " dob=", (df(p.dob, "ccyymmdd"), "date"),
                          " lastName=", (ascii_up(p.last), "name")))
        elif "Query" in exc[0]:
            out.append(mk(F, exc[0] + ": PreparedStatementCallback; SQL [select m.member_key from elig.member m where m.cardholder_id = ? and m.person_cd = ?]; ERROR: canceling statement due to statement timeout"))
        else:
            out.append(mk(F, exc[0] + ": accumulator snapshot version mismatch expected=%d actual=%d" % (R.randint(10, 99), R.randint(100, 200))))
        frames = ["com.meridianrx.claims.adjud.elig.EligibilityResolver.resolve(EligibilityResolver.java:%d)",
                  "com.meridianrx.claims.adjud.AdjudicationService.adjudicate(AdjudicationService.java:%d)",
                  "com.meridianrx.claims.adjud.intake.ClaimIntakeListener.onMessage(ClaimIntakeListener.java:%d)",
                  "org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.doInvokeOnMessage(KafkaMessageListenerContainer.java:%d)",
                  "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:%d)",
                  "java.base/java.lang.Thread.run(Thread.java:%d)"]
        for fr in frames[:R.randint(3, 6)]:
            out.append(mk(F, "\tat " + fr % R.randint(40, 2900)))
        if R.random() < 0.4:
            out.append(mk(F, "Caused by: org.postgresql.util.PSQLException: ERROR: canceling statement due to statement timeout"))
            out.append(mk(F, "\t... %d common frames omitted" % R.randint(12, 60)))
    elif r < 0.55:
        # hibernate binds
        out.append(mk(F, jhead("DEBUG", "org.hibernate.SQL", "logback"),
                      "select m1_0.member_key,m1_0.cardholder_id,m1_0.person_cd,m1_0.first_nm,m1_0.last_nm,m1_0.birth_dt from elig.member m1_0 where m1_0.cardholder_id=? and m1_0.person_cd=? and m1_0.birth_dt=?"))
        out.append(mk(F, jhead("TRACE", "org.hibernate.orm.jdbc.bind", "logback"), "binding parameter [1] as [VARCHAR] - [", (mid, "health_plan"), "]"))
        out.append(mk(F, jhead("TRACE", "org.hibernate.orm.jdbc.bind", "logback"), "binding parameter [2] as [VARCHAR] - [%s]" % p.pc))
        out.append(mk(F, jhead("TRACE", "org.hibernate.orm.jdbc.bind", "logback"), "binding parameter [3] as [DATE] - [", (df(p.dob, "iso"), "date"), "]"))
    elif r < 0.75:
        # logstash json
        t = CLK.tick()
        L = mk("adjud_json", '{"@timestamp":"%s","@version":"1","message":"claim adjudicated","logger_name":"com.meridianrx.claims.adjud.respond.ClaimResponder","thread_name":"adj-exec-%d","level":"INFO","level_value":20000,"traceId":"%s","spanId":"%s","txnId":"%s","claimId":"%s","memberId":"' % (
            ts_z(t), R.randint(1, 24), hexs(32), hexs(16), c.trx, claim_id()))
        L.p(mid, "health_plan")
        L.t('","personCode":"%s","rxNumber":"' % p.pc)
        L.p(c.rx, "other_id")
        L.t('","dateOfService":"')
        L.p(df(c.dos, "iso"), "date")
        L.t('","ndc":"%s","status":"%s","patientPayAmt":%s,"planPaidAmt":%s,"rejectCodes":[%s],"durationMs":%d}' % (
            c.d[0], "P" if c.status != "R" else "R", money(c.copay), money(max(c.ing + c.fee - c.copay, 0)),
            '"79"' if c.status == "R" else "", R.randint(9, 700)))
        out.append(L)
    else:
        # noise
        for _ in range(R.randint(1, 3)):
            out.append(mk(F, R.choice([
                jhead("INFO", "com.zaxxer.hikari.pool.HikariPool", "logback") + "HikariPool-1 - Pool stats (total=%d, active=%d, idle=%d, waiting=%d)" % (40, R.randint(3, 40), R.randint(0, 20), R.randint(0, 9)),
                jhead("INFO", "c.m.claims.adjud.metrics.ThroughputReporter", sty) + "tps=%.1f p95=%dms rejects=%.2f%% paid=%d inflight=%d" % (R.uniform(80, 450), R.randint(80, 900), R.uniform(8, 22), R.randint(2000, 9000), R.randint(0, 60)),
                jhead("WARN", "o.s.k.l.KafkaMessageListenerContainer", sty) + "Consumer poll took %dms (max.poll.interval.ms=300000)" % R.randint(5000, 90000),
                jhead("INFO", "c.m.claims.adjud.formulary.FormularyCache", sty) + "refreshed formulary MRX-NAT-2024.03 entries=%d checksum=%s in %dms" % (R.randint(30000, 48000), hexs(12), R.randint(200, 4000)),
                jhead("DEBUG", "o.s.b.a.health.HealthEndpointWebExtension", sty) + "GET /actuator/health -> UP (db=UP, kafka=UP, redis=UP, diskSpace=UP) %dms" % R.randint(1, 30),
                jhead("INFO", "c.m.claims.adjud.config.PlanConfigLoader", sty) + "loaded plan %s version=%d.%d.%d benefitYear=2024 copayTiers=[%d,%d,%d,%d]" % (R.choice(PLANS)[3], R.randint(1, 9), R.randint(0, 20), R.randint(0, 99), 5, 15, 45, 90),
            ])))
    return out


# ---------------------------------------------------------------- DUR pipe records
def gen_dur():
    out = []
    for _ in range(R.randint(1, 3)):
        p = person()
        c = Claim(p)
        t = CLK.tick()
        d2 = drug()
        L = mk("dur_pipe", "DUR|V3|%s|%s|MBR=" % (c.trx, t.strftime("%Y%m%d%H%M%S")), (p.mid, "health_plan"),
               "|PC=%s|AGE=" % p.pc)
        L.p(str(p.age), "age" if p.age > 89 else None)
        L.t("|SEX=%s|RSN=%s|SIG=%s|OPH=%s|PREV_DOS=" % (p.sex, c.dur or R.choice(["DD", "ER", "TD"]), R.choice("123"), R.choice("0134")))
        L.p(df(c.prev_fill, "ccyymmdd"), "date")
        L.t("|PREV_QTY=%d|DB=1|OPR=%s|NDC=%s|CONFL_NDC=%s|PPS=%s|RSLT=%s|MSG=%s" % (
            c.qty, R.choice("0123"), c.d[0], d2[0], R.choice(["M0", "R0", "PH", ""]), R.choice(["1B", "1G", "3N", ""]),
            R.choice(["INTERACTION " + d2[1][:18].rstrip(), "EARLY REFILL 71% USED", "THERAPEUTIC DUPLICATION", "HIGH DOSE ALERT"])))
        out.append(L)
    if R.random() < 0.5:
        out.append(mk("dur_pipe", "DUR|V3|STATS|%s|evaluated=%d|alerts=%d|rejects=%d|overrides=%d|fdb_ver=%s" % (
            CLK.tick().strftime("%Y%m%d%H%M%S"), R.randint(5000, 20000), R.randint(300, 2000), R.randint(20, 200),
            R.randint(10, 300), "FDB-%d.%02d" % (R.randint(2023, 2024), R.randint(1, 52)))))
    return out


# ---------------------------------------------------------------- ePA XML
def xml_lines(spec):
    out = []
    for ind, parts in spec:
        L = Line("epa_xml")
        L.t("  " * ind)
        L.add(*parts)
        out.append(L)
    return out


def gen_epa(kind=None):
    p = person()
    d = drug()
    pr = prescriber()
    case = "PA" + digits(2) + "-" + digits(7)
    kind = kind or "compact"
    msgid = hexs(32)
    spec = []
    if kind == "compact":
        t = CLK.tick()
        L = mk("epa_xml", "%s INFO  [epa-out-%d] c.m.epa.client.EpaClient - POST https://epa-hub.example.net/script/2017071 PAResponse payload=" % (ts_sp(t), R.randint(1, 6)))
        L.t('<PAResponse><PAReferenceID>')
        L.p(case, "other_id")
        L.t('</PAReferenceID><Patient><HumanPatient><Name><LastName>')
        L.p(ascii_up(p.last), "name")
        L.t('</LastName><FirstName>')
        L.p(ascii_up(p.first), "name")
        L.t('</FirstName></Name><DateOfBirth><Date>')
        L.p(df(p.dob, "iso"), "date")
        L.t('</Date></DateOfBirth></HumanPatient></Patient><PAStatus><Approved><ApprovedAuthorizationPeriod><StartDate><Date>')
        st = TODAY
        L.p(df(st, "iso"), "date")
        L.t('</Date></StartDate><EndDate><Date>')
        L.p(df(st + dt.timedelta(days=R.choice([90, 180, 365])), "iso"), "date")
        L.t('</Date></EndDate></ApprovedAuthorizationPeriod></Approved></PAStatus></PAResponse>')
        out = [L, mk("epa_xml", "%s INFO  [epa-out-%d] c.m.epa.client.EpaClient - 200 OK in %dms x-request-id=%s" % (
            ts_sp(CLK.tick()), R.randint(1, 6), R.randint(80, 2000), uid()))]
        return out
    spec.append((0, ['<?xml version="1.0" encoding="UTF-8"?>']))
    spec.append((0, ['<Message xmlns="http://www.ncpdp.org/schema/SCRIPT" DatatypeVersion="2017071" TransportVersion="2017071" TransactionDomain="SCRIPT" TransactionVersion="2017071" StructuresVersion="2017071" ECLVersion="2017071">']))
    spec.append((1, ["<Header>"]))
    spec.append((2, ['<To Qualifier="P">MRX%s</To>' % digits(5)]))
    spec.append((2, ['<From Qualifier="C">EHR%s</From>' % digits(6)]))
    spec.append((2, ["<MessageID>%s</MessageID>" % msgid]))
    spec.append((2, ["<SentTime>%s</SentTime>" % ts_z(CLK.tick())]))
    spec.append((2, ["<PrescriberOrderNumber>%s</PrescriberOrderNumber>" % digits(10)]))
    spec.append((1, ["</Header>"]))
    spec.append((1, ["<Body>"]))
    spec.append((2, ["<%s>" % kind]))
    if kind != "PAInitiationRequest":
        spec.append((3, ["<PAReferenceID>", (case, "other_id"), "</PAReferenceID>"]))
    spec.append((3, ["<Patient>"]))
    spec.append((4, ["<HumanPatient>"]))
    spec.append((5, ["<Name><LastName>", (p.last, "name"), "</LastName><FirstName>", (p.first, "name"), "</FirstName></Name>"]))
    spec.append((5, ["<Gender>%s</Gender>" % p.sex]))
    spec.append((5, ["<DateOfBirth><Date>", (df(p.dob, "iso"), "date"), "</Date></DateOfBirth>"]))
    if kind != "PAResponse":
        spec.append((5, ["<Address>"]))
        spec.append((6, ["<AddressLine1>", (p.street, "address"), "</AddressLine1>"]))
        if p.unit:
            spec.append((6, ["<AddressLine2>", (p.unit, "address"), "</AddressLine2>"]))
        spec.append((6, ["<City>", (p.city, "address"), "</City>"]))
        spec.append((6, ["<StateProvince>%s</StateProvince>" % p.st]))
        spec.append((6, ["<PostalCode>", (p.zip, "zip"), "</PostalCode>"]))
        spec.append((6, ["<CountryCode>US</CountryCode>"]))
        spec.append((5, ["</Address>"]))
        spec.append((5, ["<CommunicationNumbers><PrimaryTelephone><Number>", (p.phone, "phone"), "</Number></PrimaryTelephone></CommunicationNumbers>"]))
    spec.append((4, ["</HumanPatient>"]))
    spec.append((3, ["</Patient>"]))
    spec.append((3, ["<BenefitsCoordination>"]))
    spec.append((4, ["<PayerIdentification><PayerID>MRX%s</PayerID><IINNumber>%s</IINNumber><ProcessorIdentificationNumber>%s</ProcessorIdentificationNumber></PayerIdentification>" % (digits(5), p.plan[0], p.plan[1])]))
    spec.append((4, ["<PayerName>MERIDIAN RX</PayerName>"]))
    spec.append((4, ["<CardholderID>", (p.mid, "health_plan"), "</CardholderID>"]))
    spec.append((4, ["<GroupID>%s</GroupID>" % p.plan[2]]))
    spec.append((4, ["<PersonCode>%s</PersonCode>" % p.pc]))
    spec.append((3, ["</BenefitsCoordination>"]))
    if kind != "PAResponse":
        spec.append((3, ["<Prescriber>"]))
        spec.append((4, ["<NonVeterinarian>"]))
        spec.append((5, ["<Identification><NPI>%s</NPI><DEANumber>%s</DEANumber></Identification>" % (pr[2], pr[3])]))
        spec.append((5, ["<Name><LastName>%s</LastName><FirstName>%s</FirstName></Name>" % (pr[1], pr[0])]))
        spec.append((5, ["<CommunicationNumbers><PrimaryTelephone><Number>%s</Number></PrimaryTelephone><Fax><Number>%s</Number></Fax></CommunicationNumbers>" % (p.phone[:3] + digits(7), p.phone[:3] + digits(7))]))
        spec.append((4, ["</NonVeterinarian>"]))
        spec.append((3, ["</Prescriber>"]))
        spec.append((3, ["<MedicationPrescribed>"]))
        spec.append((4, ["<DrugDescription>%s</DrugDescription>" % d[1]]))
        spec.append((4, ["<DrugCoded><ProductCode><Code>%s</Code><Qualifier>ND</Qualifier></ProductCode></DrugCoded>" % d[0]]))
        spec.append((4, ["<Quantity><Value>%d</Value><CodeListQualifier>38</CodeListQualifier><QuantityUnitOfMeasure><Code>C48542</Code></QuantityUnitOfMeasure></Quantity>" % d[3]]))
        spec.append((4, ["<DaysSupply>%d</DaysSupply>" % d[4]]))
        spec.append((4, ["<WrittenDate><Date>", (df(rdate_back(0, 20), "iso"), "date"), "</Date></WrittenDate>"]))
        if kind == "PARequest":
            fail = rdate_back(200, 1200)
            spec.append((4, ["<PAQuestion><QuestionID>Q%d</QuestionID><QuestionText>Has the patient tried and failed metformin? Provide dates.</QuestionText>" % R.randint(1, 9)]))
            spec.append((5, ["<Answer><FreeTextAnswer>Yes - metformin 1000mg BID started ", (df(fail, "us"), "date"),
                             ", d/c'd due to GI intolerance. A1c %.1f%%</FreeTextAnswer></Answer>" % R.uniform(7.1, 10.8)]))
            spec.append((4, ["</PAQuestion>"]))
        spec.append((3, ["</MedicationPrescribed>"]))
    else:
        if R.random() < 0.5:
            st = TODAY
            en = st + dt.timedelta(days=R.choice([90, 180, 365]))
            spec.append((3, ["<PAStatus><Approved><ApprovedAuthorizationPeriod>"]))
            spec.append((4, ["<StartDate><Date>", (df(st, "iso"), "date"), "</Date></StartDate><EndDate><Date>", (df(en, "iso"), "date"), "</Date></EndDate>"]))
            spec.append((3, ["</ApprovedAuthorizationPeriod><PACaseID>", (case.replace("PA", "C"), "other_id"), "</PACaseID></Approved></PAStatus>"]))
        else:
            spec.append((3, ["<PAStatus><Denied><PACaseID>", (case.replace("PA", "C"), "other_id"), "</PACaseID>"]))
            spec.append((4, ["<DenialReason><ReasonCode>%s</ReasonCode><ReasonText>Step therapy not met: formulary alternatives required</ReasonText></DenialReason>" % R.choice(["ST", "CR", "NF"])]))
            spec.append((4, ["<AppealInstructions>Submit appeal within 180 days via fax 1-855-555-0173</AppealInstructions>"]))
            spec.append((3, ["</Denied></PAStatus>"]))
    spec.append((2, ["</%s>" % kind]))
    spec.append((1, ["</Body>"]))
    spec.append((0, ["</Message>"]))
    out = [mk("epa_xml", "%s INFO  [epa-in-%d] c.m.epa.gateway.ScriptInboundHandler - %s received messageId=%s bytes=%d, payload follows" % (
        ts_sp(CLK.tick()), R.randint(1, 6), kind, msgid, R.randint(2200, 9000)))]
    out += xml_lines(spec)
    return out


# ---------------------------------------------------------------- accumulator fixed width
def fw(v, n, right=False, fill=" "):
    v = v[:n]
    return v.rjust(n, fill) if right else v.ljust(n, fill)


def gen_accum():
    out = []
    F = "accum_fixed"
    t = CLK.tick()
    carrier = R.choice(["BCBSIL", "AETNA1", "UHCEXC", "CIGNAM"])
    if R.random() < 0.5:
        out.append(mk(F, "%s INFO  [accum-x] AccumExchangeJob - reading /data/accum/in/%s_MRX_ACCUM_%s_%s.dat recl=200" % (
            ts_sp(t), carrier, t.strftime("%Y%m%d"), "%03d" % R.randint(1, 24))))
    out.append(mk(F, "HDR" + fw(carrier, 10) + fw("MRXPBM", 10) + t.strftime("%Y%m%d%H%M%S") + "%06d" % R.randint(1, 999) + "P" + "D0ACC2.1" + " " * 40))
    n = R.randint(3, 6)
    tot = 0
    for i in range(n):
        p = person()
        L = Line(F)
        amt = R.choice([0, 1000, 2500, 4500, 12000, -1500, 32000])
        tot += amt
        ytd = R.randint(0, 350000)
        L.t("DTL" + "%09d" % (i + 1) + fw(carrier, 6))
        L.p(p.mid, "health_plan")
        L.t(" " * (20 - len(p.mid)) + fw(p.pc, 3))
        ln = ascii_up(p.last)[:25]
        fnm = ascii_up(p.first)[:15]
        L.p(ln, "name")
        L.t(" " * (25 - len(ln)))
        L.p(fnm, "name")
        L.t(" " * (15 - len(fnm)) + (p.mi or " "))
        L.p(df(p.dob, "ccyymmdd"), "date")
        L.t(p.gcode)
        L.p(df(rdate_back(0, 5), "ccyymmdd"), "date")
        L.t(fw(claim_id(), 15) + R.choice(["DED", "OOP", "DED", "MOP"]) + R.choice("IO") +
            opunch(amt).rjust(11, "0") + opunch(ytd).rjust(11, "0") + opunch(R.choice([50000, 350000, 700000])).rjust(11, "0") +
            R.choice(["  ", "A1", "  "]) + " " * 10)
        out.append(L)
    out.append(mk(F, "TRL" + "%09d" % n + opunch(tot).rjust(13, "0") + " " * 20))
    if R.random() < 0.6:
        # ack file
        out.append(mk(F, "%s INFO  [accum-x] AccumExchangeJob - writing ack %s_MRX_ACCUM_ACK_%s.dat" % (
            ts_sp(CLK.tick()), carrier, t.strftime("%Y%m%d"))))
        for _ in range(R.randint(1, 3)):
            p = person()
            ok = R.random() < 0.6
            L = Line(F)
            L.t("A")
            L.p(p.mid, "health_plan")
            L.t(" " * (20 - len(p.mid)) + p.pc)
            L.p(df(p.dob, "ccyymmdd"), "date")
            L.t(("000 ACCEPTED" if ok else R.choice(["012 MEMBER NOT FOUND   ", "027 DOB MISMATCH       ", "031 PLAN YEAR CLOSED   "])).ljust(24) +
                "%014d" % R.randint(1, 10 ** 12))
            out.append(L)
    return out


# ---------------------------------------------------------------- eligibility 834
def gen_834():
    out = []
    F = "elig_834"
    t = CLK.tick()
    ctl = "%09d" % R.randint(1, 999999)
    sponsor = R.choice([("ACME MANUFACTURING", "361234567", "ACME4471"), ("GLOBEX CORP", "522229081", "GLOBEX02"),
                        ("TEAMSTERS LOCAL 7 H&W", "366012345", "UNIONLOC7")])
    if R.random() < 0.7:
        out.append(mk(F, "ISA*00*          *00*          *ZZ*%-15s*ZZ*MERIDIANRX     *%s*%s*^*00501*%s*0*P*:~" % (
            sponsor[2], t.strftime("%y%m%d"), t.strftime("%H%M"), ctl)))
        out.append(mk(F, "GS*BE*%s*MERIDIANRX*%s*%s*%d*X*005010X220A1~" % (sponsor[2], t.strftime("%Y%m%d"), t.strftime("%H%M"), int(ctl))))
        out.append(mk(F, "ST*834*0001*005010X220A1~"))
        out.append(mk(F, "BGN*00*%s*%s*%s****%s~" % ("ELIG" + digits(8), t.strftime("%Y%m%d"), t.strftime("%H%M"), R.choice("24"))))
        out.append(mk(F, "REF*38*%s~" % sponsor[2]))
        out.append(mk(F, "N1*P5*%s*FI*%s~" % (sponsor[0], sponsor[1])))
        out.append(mk(F, "N1*IN*MERIDIAN RX LLC*FI*431998877~"))
    segs = 0
    for _ in range(R.choice([1, 1, 1, 2])):
        p = person()
        sub = p.pc == "01"
        eff = dt.date(R.choice([2022, 2023, 2024]), R.choice([1, 1, 2, 3, 6, 9]), 1)
        out.append(mk(F, "INS*%s*%s*%s*XN*A*%s**FT~" % ("Y" if sub else "N", "18" if sub else "19",
                                                       R.choice(["021", "030", "001", "024"]), R.choice(["E", "C", ""]))))
        out.append(mk(F, "REF*0F*", (p.mid, "health_plan"), "~"))
        out.append(mk(F, "REF*1L*%s~" % p.plan[2]))
        out.append(mk(F, "DTP*356*D8*", (df(eff, "ccyymmdd"), "date"), "~"))
        nmparts = ["NM1*IL*1*", (ascii_up(p.last), "name"), "*", (ascii_up(p.first), "name"), "*"]
        if p.mi:
            nmparts += [p.mi]
        if R.random() < 0.6:
            nmparts += ["***34*", (p.ssn.replace("-", ""), "ssn")]
        nmparts += ["~"]
        out.append(mk(F, *nmparts))
        if R.random() < 0.7:
            per = ["PER*IP**HP*", (p.phone, "phone")]
            if R.random() < 0.5:
                per += ["*EM*", (p.email, "email")]
            per += ["~"]
            out.append(mk(F, *per))
        n3 = ["N3*", (ascii_up(p.street), "address")]
        if p.unit:
            n3 += ["*", (ascii_up(p.unit), "address")]
        out.append(mk(F, *(n3 + ["~"])))
        out.append(mk(F, "N4*", (ascii_up(p.city), "address"), "*%s*" % p.st, (p.zip, "zip"), "**CY*", (p.fips, "address"), "~"))
        out.append(mk(F, "DMG*D8*", (df(p.dob, "ccyymmdd"), "date"), "*%s*%s~" % (p.sex, R.choice(["M", "I", "S", "U"]))))
        out.append(mk(F, "HD*030**PDG*%s*%s~" % (p.plan[3], R.choice(["FAM", "EMP", "ESP", "ECH"]))))
        out.append(mk(F, "DTP*348*D8*", (df(eff, "ccyymmdd"), "date"), "~"))
        if R.random() < 0.25:
            term = dt.date(2024, R.choice([3, 4]), 1) - dt.timedelta(days=1)
            out.append(mk(F, "DTP*349*D8*", (df(term, "ccyymmdd"), "date"), "~"))
        segs += 12
    if R.random() < 0.5:
        out.append(mk(F, "SE*%d*0001~" % (segs + 6)))
        out.append(mk(F, "GE*1*%d~" % int(ctl)))
        out.append(mk(F, "IEA*1*%s~" % ctl))
    return out


def gen_elig_pipe():
    out = []
    F = "elig_pipe"
    if R.random() < 0.6:
        out.append(mk(F, "MBR_ID|PERS_CD|REL_CD|LAST_NM|FIRST_NM|MID_INIT|DOB|GENDER|ADDR1|ADDR2|CITY|ST|ZIP|PHONE|EMAIL|GRP_ID|EFF_DT|TERM_DT"))
    for _ in range(R.randint(2, 4)):
        p = person()
        eff = dt.date(R.choice([2021, 2023, 2024]), R.choice([1, 1, 4, 7]), 1)
        L = Line(F)
        L.p(p.mid, "health_plan")
        L.t("|%s|%s|" % (p.pc, p.rel))
        L.p(ascii_up(p.last), "name")
        L.t("|")
        L.p(ascii_up(p.first), "name")
        L.t("|%s|" % p.mi)
        L.p(df(p.dob, "us"), "date")
        L.t("|%s|" % p.sex)
        L.p(ascii_up(p.street), "address")
        L.t("|")
        if p.unit:
            L.p(ascii_up(p.unit), "address")
        L.t("|")
        L.p(ascii_up(p.city), "address")
        L.t("|%s|" % p.st)
        L.p(p.zip + ("-" + digits(4) if R.random() < 0.3 else ""), "zip")
        L.t("|")
        if R.random() < 0.8:
            L.p(p.phone, "phone")
        L.t("|")
        if R.random() < 0.4:
            L.p(p.email, "email")
        L.t("|%s|" % p.plan[2])
        L.p(df(eff, "us"), "date")
        L.t("|12/31/9999")
        out.append(L)
    return out


def gen_elig_loader():
    out = []
    F = "elig_loader"
    sp = R.choice(["acme", "globex", "teamsters7", "statemcd"])
    for _ in range(R.randint(1, 4)):
        t = CLK.tick()
        r = R.random()
        p = person()
        if r < 0.35:
            out.append(mk(F, "%s ELIGLOAD[%s] WARN  rec=%06d E117 invalid ZIP '" % (ts_comma(t), sp, R.randint(1, 60000)),
                          (p.zip[:4], "zip"), "' for mbr ", (p.mid, "health_plan"), " %s - defaulted to prior address" % p.pc))
        elif r < 0.55:
            if p.dob.year < 1950 and not (p.dob.month == 2 and p.dob.day == 29):
                bad = df(p.dob.replace(year=p.dob.year + 100), "us")
            else:
                bad = "%02d/%02d/%d" % (p.dob.month, 30 if p.dob.month == 2 else (31 if p.dob.month in (4, 6, 9, 11) else R.choice([0, 32])), p.dob.year)
            out.append(mk(F, "%s ELIGLOAD[%s] ERROR rec=%06d E102 DOB '" % (ts_comma(t), sp, R.randint(1, 60000)),
                          (bad, "date"), "' fails edit (future/invalid) name='",
                          (nm(p, "LF"), "name"), "' - record rejected"))
        elif r < 0.7:
            a = ascii_up(p.last)
            k = R.randint(1, max(1, len(a) - 2))
            typo = a[:k] + a[k + 1] + a[k] + a[k + 2:] if len(a) > 2 and a[k] != a[k + 1] else a + "E"
            out.append(mk(F, "%s ELIGLOAD[%s] INFO  rec=%06d match: SSN hit, name mismatch ('" % (ts_comma(t), sp, R.randint(1, 60000)),
                          (a, "name"), "' vs '", (typo.strip(), "name"), "'), ssn=***-**-%s -> manual review queue ELIG-MR" % p.ssn[-4:]))
        else:
            out.append(mk(F, R.choice([
                "%s ELIGLOAD[%s] INFO  file=MRX_ELIG_%s_%s.txt read=%d adds=%d changes=%d terms=%d errors=%d elapsed=%ds" % (
                    ts_comma(t), sp, sp.upper(), t.strftime("%Y%m%d"), R.randint(2000, 90000), R.randint(10, 500),
                    R.randint(100, 3000), R.randint(5, 300), R.randint(0, 40), R.randint(20, 900)),
                "%s ELIGLOAD[%s] INFO  schema v4.2 detected, delimiter='|', header=true, encoding=UTF-8" % (ts_comma(t), sp),
                "%s ELIGLOAD[%s] WARN  term rate %.1f%% exceeds threshold 5.0%% - load held for approval (ticket CHG%07d)" % (ts_comma(t), sp, R.uniform(5.1, 14), R.randint(1, 9999999)),
                "%s ELIGLOAD[%s] INFO  committed batch %d/%d rows=%d db=elig_prd tx=%s" % (ts_comma(t), sp, R.randint(1, 40), 40, 2000, hexs(10)),
            ])))
    return out


# ---------------------------------------------------------------- network / MAC / rebate (noise)
def gen_mac(kind=None):
    out = []
    t = CLK.tick()
    if kind == "mac" or (kind is None and R.random() < 0.5):
        F = "mac_csv"
        if R.random() < 0.5:
            out.append(mk(F, "MAC_LIST_ID,NDC11,GPI14,DRUG_DESC,MAC_UNIT_PRICE,UOM,EFF_DT,PREV_PRICE,CHG_RSN"))
        for _ in range(R.randint(2, 5)):
            d = drug()
            pr = R.uniform(0.01, 4.5)
            out.append(mk(F, "RXM-2024-%02d,%s,%s,\"%s\",%.5f,%s,%s,%.5f,%s" % (
                R.randint(9, 12), d[0], digits(14), d[1], pr, "ML" if "ML" in d[1] else "EA", "2024-03-18",
                pr * R.uniform(0.8, 1.3), R.choice(["MKT", "NADAC", "APPEAL", "SUPPLY"]))))
        out.append(mk(F, "%s INFO  mac-loader: list RXM-2024-%02d staged rows=%d increases=%d decreases=%d unchanged=%d sha256=%s" % (
            ts_sp(CLK.tick()), R.randint(9, 12), R.randint(15000, 22000), R.randint(10, 400), R.randint(10, 400), R.randint(14000, 20000), hexs(64))))
    else:
        F = "network_pipe"
        if R.random() < 0.5:
            out.append(mk(F, "NCPDP_ID|NPI|DBA_NAME|ADDR1|CITY|ST|ZIP|PHONE|FAX|AFFIL|NETWORK_ID|EFF_DT|TERM_DT|ACTION"))
        for _ in range(R.randint(2, 4)):
            ph = pharm()
            out.append(mk(F, "%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s" % (
                ph["ncpdp"], ph["npi"], ph["name"], ph["addr"], ph["city"], ph["st"], ph["zip"], ph["phone"],
                ph["phone"][:3] + digits(7), R.choice(["039", "226", "A10", "   "]).strip(), R.choice(["MRXNAT01", "MRXPREF2", "MRXMEDD1"]),
                "20240401", R.choice(["", "20241231"]), R.choice(["ADD", "CHG", "TRM"]))))
        out.append(mk(F, "%s WARN  network-sync: NCPDP %s DEA registration expires in %d days, credentialing notified (cred-ops@meridianrx.com, x4410)" % (
            ts_sp(CLK.tick()), pharm()["ncpdp"], R.randint(5, 60))))
    return out


def gen_rebate():
    out = []
    F = "rebate_invoice"
    mfr = R.choice([("Novo Nordisk Inc", "00169"), ("Eli Lilly and Company", "00002"), ("AbbVie Inc", "00074"),
                    ("Boehringer Ingelheim", "00597"), ("Gilead Sciences", "61958"), ("GlaxoSmithKline", "00173")])
    inv = "MRX-RB-2023Q4-%05d" % R.randint(1, 2000)
    t = CLK.tick()
    out.append(mk(F, "%s INFO rebate.invoicing [invoice_builder.py:%d] building %s mfr=\"%s\" labeler=%s contract=CTR-%s period=2023-10-01..2023-12-31" % (
        ts_comma(t), R.randint(100, 400), inv, mfr[0], mfr[1], digits(6))))
    if R.random() < 0.6:
        out.append(mk(F, "invoice_no,labeler,ndc11,quarter,units,wac_unit,rebate_type,rate_pct,rebate_amt"))
    for _ in range(R.randint(2, 4)):
        units = R.randint(1000, 900000)
        out.append(mk(F, "%s,%s,%s%s,2023Q4,%d,%.4f,%s,%.2f,%.2f" % (
            inv, mfr[1], mfr[1], digits(6), units, R.uniform(1, 900), R.choice(["BASE", "PRICE_PROT", "ADMIN_FEE", "UTIL"]),
            R.uniform(2, 55), units * R.uniform(0.5, 80))))
    out.append(mk(F, "%s INFO rebate.invoicing [invoice_builder.py:%d] %s lines=%d total=$%s pdf=%s.pdf sent_to=rebates@%s.example.com cc=rebate-ops@meridianrx.com" % (
        ts_comma(CLK.tick()), R.randint(400, 600), inv, R.randint(40, 900), "{:,.2f}".format(R.uniform(1e5, 4e7)), inv,
        mfr[0].split()[0].lower())))
    if R.random() < 0.4:
        out.append(mk(F, "%s WARN rebate.invoicing [dispute.py:%d] %s disputed by labeler %s: %d claims flagged (340B duplicate discount), contact M. Delacroix 816-555-0190" % (
            ts_comma(CLK.tick()), R.randint(20, 200), inv, mfr[1], R.randint(10, 4000))))
    return out


# ---------------------------------------------------------------- mail order
def jpeg_b64(n=180):
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01,
                 0x00, 0x01, 0x00, 0x00, 0xFF, 0xDB]) + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def gen_mail(force=None):
    out = []
    F = "mailorder"
    p = person()
    d = drug()
    order = "MO24%03d-%07d" % (R.randint(60, 74), R.randint(1, 9999999))
    rxm = "RX" + digits(8)
    site = R.choice(["KCMO", "ORL2", "TMPE"])
    t = CLK.tick()
    r = R.random() if force is None else force
    lvl = "INFO "
    if r < 0.35:
        L = mk(F, "%s [%s-FUL-%02d] %s OrderRouter - order=%s created rx=" % (ts_comma(t), site, R.randint(1, 16), lvl, order),
               (rxm, "other_id"), " fill#%d patient=\"" % R.randint(0, 11), (nm(p, R.choice(["Lf", "LF", "fl"])), "name"),
               "\" pt_id=", (p.mrn, "mrn"), " ndc=%s qty=%d ds=%d priority=%s" % (d[0], d[3], d[4], R.choice(["STD", "STD", "EXPEDITE", "COLD"])))
        out.append(L)
        if p.age > 89:
            L.t(" note=\"easy-open caps + large print label, pt age ")
            L.p(str(p.age), "age")
            L.t("\"")
    elif r < 0.55:
        ship = TODAY + dt.timedelta(days=R.randint(0, 2))
        L = mk(F, '{"ts":"%s","svc":"fulfillment-shipping","event":"LABEL_CREATED","orderNo":"%s","shipTo":{"name":"' % (ts_z(t), order))
        L.p(nm(p, "UP"), "name")
        L.t('","line1":"')
        L.p(ascii_up(p.street), "address")
        L.t('","line2":"')
        if p.unit:
            L.p(ascii_up(p.unit), "address")
        L.t('","city":"')
        L.p(ascii_up(p.city), "address")
        L.t('","state":"%s","zip":"' % p.st)
        L.p(p.zip, "zip")
        L.t('","phone":"')
        L.p(fmt_phone(p.phone, "dash"), "phone")
        L.t('"},"carrier":"%s","service":"%s","tracking":"%s","promisedDelivery":"' % (
            R.choice(["UPS", "FEDEX", "USPS"]), R.choice(["2DAY", "GROUND", "PRIORITY_OVERNIGHT"]),
            R.choice(["1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(16)), "9400" + digits(18)])))
        L.p(df(ship, "iso"), "date")
        L.t('","coldChain":%s,"weightOz":%.1f}' % (R.choice(["true", "false"]), R.uniform(2, 60)))
        out.append(L)
    elif r < 0.63:
        c = card()
        out.append(mk(F, "%s [%s-PAY-01] ERROR CopayCollector - gateway decline code=05 order=%s amount=%s card=" % (
            ts_comma(t), site, order, money(R.choice([1000, 4500, 9000]))), (c, "account"),
            " exp=%02d/%02d avs=N name=\"" % (R.randint(1, 12), R.randint(25, 29)), (nm(p, "UP"), "name"), "\" (PAN logged by legacy adapter, INC%07d)" % R.randint(1, 9999999)))
    elif r < 0.7:
        out.append(mk(F, '{"ts":"%s","svc":"idv","event":"SELFIE_MATCH","orderNo":"%s","memberId":"' % (ts_z(t), order),
                      (p.mid, "health_plan"), '","dlNumber":"', (p.dl, "license"), '","dlState":"%s","score":%.3f,"selfieJpegB64":"' % (p.st, R.uniform(0.7, 0.99)),
                      (jpeg_b64(), "photo"), '"}'))
    elif r < 0.78:
        dev = R.choice([("Dexcom G7", "SN", lambda: digits(2) + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))),
                        ("Omnipod 5 PDM", "SN", lambda: "P5" + digits(9)),
                        ("t:slim X2", "SN", lambda: digits(8)),
                        ("FreeStyle Libre 3 reader", "SN", lambda: "MAGA" + digits(3) + "-" + digits(5))])
        out.append(mk(F, "%s [%s-FUL-%02d] WARN  DeviceReturnService - RMA %s: member " % (ts_comma(t), site, R.randint(1, 16), "RMA" + digits(7)),
                      (p.mid, "health_plan"), " reports %s failure, %s " % (dev[0], dev[1]), (dev[2](), "device"),
                      ", replacement order %s shipped overnight" % order))
    else:
        for _ in range(R.randint(2, 4)):
            out.append(mk(F, R.choice([
                "%s [%s-AUTO-%02d] INFO  VialFiller - station=%d canister=%s count=%d verify=OK cycle=%dms" % (ts_comma(CLK.tick()), site, R.randint(1, 8), R.randint(1, 24), "CAN-" + digits(5), R.choice([30, 60, 90, 180]), R.randint(900, 4000)),
                "%s [%s-AUTO-%02d] INFO  Capper - tote=%s bottles=%d labels=%d rejects=0" % (ts_comma(CLK.tick()), site, R.randint(1, 8), "T" + digits(6), R.randint(1, 9), R.randint(1, 9)),
                "%s [%s-RPH-01] INFO  VerificationQueue - depth=%d oldest=%dm rph_online=%d sla_breach=%d" % (ts_comma(CLK.tick()), site, R.randint(10, 900), R.randint(1, 180), R.randint(4, 30), R.randint(0, 20)),
                "%s [%s-FUL-%02d] INFO  OrderRouter - order=%s verified by %s (RPh) in %ds, released to pack line %d" % (ts_comma(CLK.tick()), site, R.randint(1, 16), order, R.choice(AGENT_IDS), R.randint(8, 300), R.randint(1, 6)),
                "%s [%s-SHP-01] INFO  Manifest - carrier=UPS pickup=%s packages=%d cold=%d manifest=%s" % (ts_comma(CLK.tick()), site, "16:30", R.randint(200, 4000), R.randint(0, 300), "MNF" + digits(8)),
                "%s [%s-SHP-01] WARN  TempMonitor - cooler zone %d at %.1fC (range 2.0-8.0C) sensor=%s" % (ts_comma(CLK.tick()), site, R.randint(1, 4), R.uniform(7.5, 9.4), "TMP-" + hexs(6)),
            ])))
    return out


# ---------------------------------------------------------------- CRM notes
def crm_text(p, force=None):
    """returns list of parts (free text)"""
    r = R.randint(0, 13) if force is None else force
    if r == 12:
        p = R.choice([x for x in PEOPLE if x.age >= 70])
    q = relative(p)
    rx = R.choice(p.rxs)
    dob = (df(p.dob, R.choice(["us", "us_short", "us_nz", "mon_d_y", "iso"])), "date")
    if r == 0:
        parts = ["Caller: ", (nm(q, "fl"), "name"), " (%s) calling on behalf of mbr " % q.rel, (nm(p), "name"), " DOB ", dob,
                 ". Verified HIPAA auth on file. Mbr is "]
        if p.age > 89:
            parts += [(str(p.age), "age"), " y/o"]
        else:
            parts += ["%d y/o" % p.age]
        parts += [", asked why %s copay went up - explained deductible reset 1/1. Callback " % drug()[1].split()[0].title(),
                  (fmt_phone(q.phone), "phone"), "."]
        return parts
    if r == 1:
        lf = rdate_back(5, 25)
        return ["Mbr ", (nm(p), "name"), " called re: rejected claim Rx# ", (rx, "other_id"),
                " at %s - reject 79 refill too soon, last fill " % pharm()["disp"], (df(lf, R.choice(["us_short", "mon_d_y", "us"])), "date"),
                ". Advised eligible on ", (df(lf + dt.timedelta(days=23), R.choice(["us_short", "mon_d_y"])), "date"), ". Mbr verbalized understanding."]
    if r == 2:
        parts = ["Member requests mail order refill ship to new addr ", (p.street, "address")]
        if p.unit:
            parts += [" ", (p.unit, "address")]
        parts += [", ", (p.city, "address"), ", %s " % p.st, (p.zip, "zip"), ". Updated address in RxClaim. Callback # ",
                  (fmt_phone(p.cell), "phone"), "."]
        return parts
    if r == 3:
        art = "La" if q.sex == "F" else "El"
        fam = "el afiliado" if p.sex == "M" else "la afiliada"
        return ["%s de habla hispana; se usó línea de intérprete (ID %d). %s %s, " % ("Afiliado" if p.sex == "M" else "Afiliada", R.randint(10000, 99999), art, q.rel_es),
                (nm(q, "fl"), "name"), ", indica que %s " % fam, (nm(p, "fl"), "name"), " (fecha de nac. ",
                (df(p.dob, "es"), "date"), ") no ha recibido el pedido %s. Se verificó dirección " % ("MO24" + digits(3) + "-" + digits(7)),
                (p.street, "address"), ", ", (p.city, "address"), ". Se reenvía por FedEx."]
    if r == 4:
        pr = prescriber()
        return ["PA case ", ("PA" + digits(2) + "-" + digits(7), "other_id"), " opened for %s; prescriber Dr. %s %s office fax %s. Member " % (
            drug()[1].split()[0].title(), pr[0], pr[1], fmt_phone(p.phone[:3] + digits(7))),
                (nm(p, "Lf"), "name"), " ID ", (p.mid, "health_plan"), " informed of 72h standard TAT."]
    if r == 5:
        return ["Member locked out of portal (username ", (p.user, "other_id"), "), 5 failed attempts from IP ", (p.ip, "ip"),
                ". Identity verified w/ DOB ", dob, " + zip ", (p.zip, "zip"), "; reset link sent to ", (p.email, "email"), "."]
    if r == 6:
        sn = "P5" + digits(9)
        return ["Escalation: ", (nm(p, "fl"), "name"), "'s Omnipod 5 PDM SN ", (sn, "device"),
                " failed (error 49). Replacement shipped overnight, Insulet case ref INS-%s." % digits(8)]
    if r == 7:
        acct = digits(R.choice([9, 10, 12]))
        return ["DMR paper claim received for mbr ", (p.mid, "health_plan"), " (", (nm(p, "LF"), "name"),
                "), receipts from CVS dated ", (df(rdate_back(20, 80), "us"), "date"), ". Reimbursement via ACH routing 071000013 acct ",
                (acct, "account"), ". Mbr SSN on form: ", (p.ssn, "ssn"), " - redacted in imaging."]
    if r == 8:
        fax = p.phone[:3] + str(R.randint(201, 989)) + "%04d" % R.randint(0, 9999)
        return ["Member ", (nm(p, "fml"), "name"), " asked that EOB and PA letter be faxed to home fax ",
                (fmt_phone(fax), "fax"), " instead of mailed. Preference updated."]
    if r == 9:
        return ["mbr's %s " % q.rel, (nm(q, "lower"), "name"), " says mbr hospitalized ", (df(rdate_back(3, 12), "us_short"), "date"),
                " - ", (df(rdate_back(0, 2), "us_short"), "date"), ", needs vacation/lost med override for ", (drug()[1].split()[0].lower(), None),
                ". Override 1-time approved, ref Rx ", (rx, "other_id"), "."]
    if r == 10:
        return ["Member referenced fundraiser ", ("https://www.gofundme.com/f/help-" + ascii_up(p.first).lower().replace(" ", "-") + "-" + ascii_up(p.last).lower().replace(" ", "-").replace("'", "") + "-insulin", "url"),
                " while asking about copay assistance; referred to manufacturer program. Pt acct ", ("PA" + digits(9) if False else "BA" + digits(10), "account"), "."]
    if r == 11:
        return ["IVR voice auth enrollment for ", (p.mid, "health_plan"), " completed; voiceprint template=",
                ("VPv3:" + base64.b64encode(bytes(R.getrandbits(8) for _ in range(48))).decode(), "biometric"), " quality=0.%d" % R.randint(70, 99)]
    if r == 12:
        return ["CARE COORD: ", (nm(p, "UP"), "name"), " age ", (str(p.age), "age" if p.age > 89 else None),
                ", DL ", (p.dl, "license"), " on file for C-II pickup auth; %s " % q.rel, (nm(q, "Fl"), "name"),
                " authorized to pick up at %s." % pharm()["disp"]]
    return [R.choice(["Outbound call attempt #2, no answer, left generic VM per policy (no PHI).",
                      "Pharmacy help desk: Walgreens #10342 asked for BIN/PCN for group ACME4471 - provided 017142/MRXCOMM.",
                      "Prescriber office (Dr. Whitcombe, ph 312-555-0181) asked PA fax number; gave 1-855-555-0173.",
                      "Call transferred to Specialty (warm transfer). Hold time 4m12s.",
                      "Caller disconnected before verification.",
                      "Llamada cortada antes de verificar identidad. Sin datos del afiliado."])]


def gen_crm(force=None):
    out = []
    for k in range(R.randint(1, 3) if force is None else 1):
        p = person()
        t = CLK.tick(1, 40)
        case = "%08d" % R.randint(800000, 999999)
        parts = crm_text(p, force)
        ag = R.randrange(len(AGENTS))
        sty = R.choice(["pipe", "csv", "json", "sf"])
        if sty == "pipe":
            L = mk("crm_note", "%s | CASE " % t.strftime("%Y-%m-%d %H:%M"))
            L.p(case, "other_id")
            L.t(" | Agent: %s (ext %d) | %s | " % (AGENTS[ag], R.randint(4000, 4999), R.choice(["Claims Inquiry", "Mail Order", "PA Status", "Billing", "Portal"])))
        elif sty == "csv":
            L = mk("crm_note", '"500Dn%s","' % "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(13)))
            L.p(case, "other_id")
            L.t('","%s","Inbound Call","%s","%s","' % (t.strftime("%Y-%m-%d %H:%M:%S"), R.choice(["Claims", "Benefits", "Home Delivery"]), AGENT_IDS[ag]))
        elif sty == "json":
            L = mk("crm_note", '{"caseNumber":"')
            L.p(case, "other_id")
            L.t('","createdBy":"%s","channel":"%s","createdDate":"%s","comment":"' % (AGENT_IDS[ag], R.choice(["PHONE", "CHAT", "EMAIL"]), ts_z(t)))
        else:
            L = mk("crm_note", "[%s] sfdc.CaseComment INSERT ok id=00a%s parent=" % (ts_z(t), hexs(12)))
            L.p(case, "other_id")
            L.t(" body=")
        # some notes get an escaped newline
        if sty in ("json", "csv") and R.random() < 0.4:
            parts = parts + ["\\nF/U: none needed."]
        L.add(*parts)
        if sty == "csv":
            L.t('","Closed"')
        elif sty == "json":
            L.t('","status":"%s"}' % R.choice(["Closed", "Open", "Escalated"]))
        out.append(L)
    if R.random() < 0.4:
        out.append(mk("crm_note", "%s | QUEUE | inbound_calls=%d asa=%ds abandon=%.1f%% agents_ready=%d (wfm-bot)" % (
            CLK.tick().strftime("%Y-%m-%d %H:%M"), R.randint(20, 400), R.randint(5, 400), R.uniform(0.5, 9), R.randint(3, 80))))
    return out


# ---------------------------------------------------------------- Kafka
def kts(t):
    return "[" + ts_comma(t) + "]"


def gen_kafka():
    out = []
    F = "kafka"
    gid, topic = R.choice([("adjud-claims", "pbm.claims.b1.v2"), ("accum-sync", "pbm.accum.events"),
                           ("elig-events", "pbm.member.events"), ("mo-orders", "pbm.mailorder.orders")])
    cid = "consumer-%s-%d" % (gid, R.randint(1, 9))
    part = R.randint(0, 11)
    for _ in range(R.randint(0, 2)):
        t = CLK.tick()
        out.append(mk(F, R.choice([
            "%s INFO [Consumer clientId=%s, groupId=%s] Setting offset for partition %s-%d to the committed offset FetchPosition{offset=%d, offsetEpoch=Optional[%d], currentLeader=LeaderAndEpoch{leader=Optional[kafka-%d.meridianrx.internal:9093 (id: %d rack: use2-az%d)], epoch=%d}} (org.apache.kafka.clients.consumer.internals.ConsumerUtils)" % (
                kts(t), cid, gid, topic, part, R.randint(10 ** 6, 10 ** 8), R.randint(3, 30), R.randint(1, 6), R.randint(1, 6), R.randint(1, 3), R.randint(3, 30)),
            "%s INFO [Consumer clientId=%s, groupId=%s] Successfully joined group with generation Generation{generationId=%d, memberId='%s-%s', protocol='cooperative-sticky'} (org.apache.kafka.clients.consumer.internals.ConsumerCoordinator)" % (
                kts(t), cid, gid, R.randint(10, 900), cid, uid()),
            "%s INFO [Consumer clientId=%s, groupId=%s] Notifying assignor about the new Assignment(partitions=[%s-%d, %s-%d]) (org.apache.kafka.clients.consumer.internals.ConsumerCoordinator)" % (
                kts(t), cid, gid, topic, part, topic, part + 1),
            "%s INFO [Consumer clientId=%s, groupId=%s] Request joining group due to: group is already rebalancing (org.apache.kafka.clients.consumer.internals.ConsumerCoordinator)" % (kts(t), cid, gid),
            "%s INFO [Consumer clientId=%s, groupId=%s] Node %d was unable to process the fetch request with (sessionId=%d, epoch=%d): FETCH_SESSION_ID_NOT_FOUND. (org.apache.kafka.clients.FetchSessionHandler)" % (
                kts(t), cid, gid, R.randint(1, 6), R.randint(10 ** 8, 2 * 10 ** 9), R.randint(100, 9000)),
            "%s INFO Kafka version: 3.6.1 (org.apache.kafka.common.utils.AppInfoParser)" % kts(t),
            "%s INFO Kafka commitId: 5e3c2b738d253ff5 (org.apache.kafka.common.utils.AppInfoParser)" % kts(t),
            "%s INFO Kafka startTimeMs: %d (org.apache.kafka.common.utils.AppInfoParser)" % (kts(t), epoch_ms(t)),
            "%s WARN [Consumer clientId=%s, groupId=%s] Offset commit failed on partition %s-%d at offset %d: The coordinator is not aware of this member. (org.apache.kafka.clients.consumer.internals.ConsumerCoordinator)" % (
                kts(t), cid, gid, topic, part, R.randint(10 ** 6, 10 ** 8)),
        ])))
    for _ in range(R.randint(1, 3)):
        r = R.random()
        p = person()
        t = CLK.tick()
        if r < 0.3:
            L = mk(F, "%s DEBUG c.m.elig.consumer.MemberEventListener - ConsumerRecord(topic = pbm.member.events, partition = %d, leaderEpoch = %d, offset = %d, CreateTime = %d, serialized key size = %d, serialized value size = %d, headers = RecordHeaders(headers = [RecordHeader(key = source, value = [69, 76, 73, 71])], isReadOnly = false), key = " % (
                ts_sp(t), part, R.randint(3, 20), R.randint(10 ** 6, 10 ** 8), epoch_ms(t), len(p.mid), R.randint(300, 900)))
            L.p(p.mid, "health_plan")
            L.t(', value = {"eventType":"%s","memberId":"' % R.choice(["MEMBER_UPSERT", "ADDRESS_CHANGED", "CONTACT_CHANGED"]))
            L.p(p.mid, "health_plan")
            L.t('","firstName":"')
            L.p(p.first, "name")
            L.t('","lastName":"')
            L.p(p.last, "name")
            L.t('","birthDate":"')
            L.p(df(p.dob, "iso"), "date")
            L.t('","address":{"line1":"')
            L.p(p.street, "address")
            L.t('","city":"')
            L.p(p.city, "address")
            L.t('","state":"%s","postalCode":"' % p.st)
            L.p(p.zip, "zip")
            L.t('"},"mobile":"')
            L.p("+1" + p.cell, "phone")
            L.t('","source":"ELIG_834"})')
            out.append(L)
        elif r < 0.5:
            out.append(mk(F, "%s ERROR 1 --- [ntainer#0-0-C-1] o.s.k.l.DeadLetterPublishingRecoverer   : Dead-letter publication to %s.DLT succeeded for: %s-%d@%d key=" % (
                ts_sp(t), topic, topic, part, R.randint(10 ** 6, 10 ** 8)), (p.mid, "health_plan"), " cause=%s" % R.choice([
                    "RecordDeserializationException: Error deserializing VALUE for partition", "MemberNotFoundException", "ConstraintViolation: birth_dt must be past"])))
        elif r < 0.65:
            out.append(mk(F, "%s INFO  c.m.accum.consumer.AccumEventHandler - accum event key=" % ts_sp(t), (p.mid, "health_plan"), ":%s type=%s delta=%s dos=" % (
                p.pc, R.choice(["DED", "OOP"]), money(R.randint(100, 9000))), (df(rdate_back(0, 4), "iso"), "date"),
                          " offset=%d lagMs=%d" % (R.randint(10 ** 6, 10 ** 8), R.randint(2, 9000))))
        elif r < 0.75:
            out.append(mk(F, "%s INFO  c.m.portal.events.LoginEventConsumer - portal login ok user=" % ts_sp(t), (p.user, "other_id"),
                          " clientIp=", (p.ip, "ip"), " mfa=%s ua=\"%s\"" % (R.choice(["SMS", "TOTP", "NONE"]), R.choice(["MeridianRx/5.12.0 (iOS 17.3.1)", "MeridianRx/5.11.2 (Android 14)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"]))))
        else:
            out.append(mk(F, "%s INFO  c.m.metrics.LagReporter - group=%s topic=%s lag=%s" % (
                ts_sp(t), gid, topic, ",".join("%d:%d" % (i, R.randint(0, 4000)) for i in range(R.randint(3, 6))))))
    return out


# ---------------------------------------------------------------- JES2 SYSOUT
def gen_sysout():
    out = []
    F = "jes_sysout"
    job = R.choice(["PBMACC01", "PBMELG02", "PBMRBT04", "PBMCLM9X"])
    jid = "JOB%05d" % R.randint(1000, 99999)
    t = CLK.tick(1, 20)
    hh = lambda: CLK.tick(0.2, 9).strftime("%H.%M.%S")
    out.append(mk(F, "                    J E S 2  J O B  L O G  --  S Y S T E M  P R D 1  --  N O D E  M R X N J E 1"))
    out.append(mk(F, "%s %s ---- THURSDAY,  14 MAR 2024 ----" % (t.strftime("%H.%M.%S"), jid)))
    out.append(mk(F, "%s %s  IRR010I  USERID PBMBATCH IS ASSIGNED TO THIS JOB." % (hh(), jid)))
    out.append(mk(F, "%s %s  $HASP373 %s STARTED - INIT %d    - CLASS A        - SYS PRD1" % (hh(), jid, job, R.randint(1, 9))))
    out.append(mk(F, "%s %s  IEF403I %s - STARTED - TIME=%s" % (hh(), jid, job, t.strftime("%H.%M.%S"))))
    # program output
    prog = {"PBMACC01": "ACCM0200", "PBMELG02": "ELGM0410", "PBMRBT04": "RBTM0100", "PBMCLM9X": "CLMR0900"}[job]
    out.append(mk(F, "1%s  %-40s RUN DATE 2024-03-14  PAGE %4d" % (prog, {"ACCM0200": "ACCUMULATOR DAILY EXCEPTION REPORT", "ELGM0410": "ELIGIBILITY LOAD EXCEPTIONS", "RBTM0100": "REBATE CLAIM EXTRACT", "CLMR0900": "CLAIM RECONCILIATION"}[prog], 1)))
    out.append(mk(F, " ----+----1----+----2----+----3----+----4----+----5----+----6----+----7----+----8"))
    if prog in ("ACCM0200", "ELGM0410", "CLMR0900"):
        for _ in range(R.randint(2, 4)):
            p = person()
            r = R.random()
            if r < 0.4:
                ln = nm(p, "LF")[:26].rstrip(" ,")
                out.append(mk(F, " %s-W MBR " % prog[:4], (p.mid, "health_plan"), " " * (13 - len(p.mid)) + p.pc + " ",
                              (ln, "name"), " " * (27 - len(ln)) + "DOB ", (df(p.dob, "us"), "date"),
                              " DED APPLIED EXCEEDS MAX - CAPPED AT 500.00"))
            elif r < 0.7:
                bad = df(p.dob, "ccyymmdd")
                bad = bad[:4] + "13" + bad[6:]
                out.append(mk(F, " %s-E INVALID DOB " % prog[:4], (bad, "date"), " FOR MBR ", (p.mid, "health_plan"),
                              " REC# %06d - RECORD BYPASSED" % R.randint(1, 90000)))
            else:
                out.append(mk(F, " %s-I RX " % prog[:4], (R.choice(p.rxs), "other_id"), " DOS ", (df(rdate_back(0, 30), "mmddccyy"), "date"),
                              " CLAIM %s REVERSED/REBILLED - NET $%s" % (claim_id(), money(R.randint(0, 90000)))))
    nread = R.randint(10 ** 4, 10 ** 6)
    nrej = R.randint(0, 90)
    out.append(mk(F, " %s-I RECORDS READ: %09d  WRITTEN: %09d  REJECTED: %09d" % (prog[:4], nread, nread - nrej, nrej)))
    if R.random() < 0.3:
        out.append(mk(F, "CEE3207S The system detected a data exception (System Completion Code=0C7)."))
        out.append(mk(F, "         From compile unit %s at entry point %s at compile unit offset +%08X at entry offset +%08X" % (prog, prog, R.randint(0, 0xFFFF), R.randint(0, 0xFFFF))))
        out.append(mk(F, "         at address %08X." % R.getrandbits(31)))
        rc = "ABEND=S0C7 U0000"
        cc = "0C7"
    else:
        rc = "RC=%04d" % R.choice([0, 0, 4, 8])
        cc = rc[3:]
    out.append(mk(F, "%s %s  IEF142I %s STEP010 - STEP WAS EXECUTED - COND CODE %s" % (hh(), jid, job, cc.rjust(4, "0") if cc != "0C7" else "S0C7")))
    out.append(mk(F, "%s %s  IGD104I PBM.PROD.%s.G%04dV00 RETAINED,  DDNAME=%s" % (hh(), jid, {"PBMACC01": "ACCUM.DAILY", "PBMELG02": "ELIG.LOAD", "PBMRBT04": "RBT.EXTR", "PBMCLM9X": "CLM.RECON"}[job], R.randint(1, 9999), {"PBMACC01": "ACCUMIN", "PBMELG02": "ELIGIN", "PBMRBT04": "RBTIN", "PBMCLM9X": "CLMIN"}[job])))
    out.append(mk(F, "%s %s  -JOBNAME  STEPNAME PROCSTEP    RC   EXCP    CPU    SRB  CLOCK   SERV  PG   PAGE   SWAP    VIO SWAPS" % (hh(), jid)))
    out.append(mk(F, "%s %s  -%s STEP010              %s  %5d    .%02d    .00    %.1f  %5d   0      0      0      0     0" % (
        hh(), jid, job, cc[-2:], R.randint(100, 90000), R.randint(1, 99), R.uniform(0.1, 30), R.randint(1000, 99999))))
    out.append(mk(F, "%s %s  IEF404I %s - ENDED - TIME=%s" % (hh(), jid, job, CLK.t.strftime("%H.%M.%S"))))
    out.append(mk(F, "%s %s  $HASP395 %s ENDED - %s" % (hh(), jid, job, rc)))
    out.append(mk(F, "IEF373I STEP/STEP010 /START 2024074.%s" % t.strftime("%H%M")))
    out.append(mk(F, "IEF374I STEP/STEP010 /STOP  2024074.%s CPU    0MIN %05.2fSEC SRB    0MIN 00.%02dSEC VIRT   %dK SYS   %dK EXT    %dK SYS   %dK" % (
        CLK.t.strftime("%H%M"), R.uniform(0, 59), R.randint(0, 99), R.randint(100, 900), R.randint(200, 400), R.randint(1000, 9000), R.randint(9000, 14000))))
    return out


# ---------------------------------------------------------------- SFTP / gpg
def gen_sftp():
    out = []
    partners = [("acmehealth_elig", "198.51.100.23"), ("bcbsil_accum", "192.0.2.77"), ("lilly_rebate", "203.0.113.140"),
                ("statemcd_elig", "198.51.100.201"), ("mrx_letters", "10.40.8.12")]
    user, ip = R.choice(partners)
    host = "sftp-gw0%d" % R.randint(1, 2)
    pid = R.randint(20000, 60000)
    port = R.randint(40000, 65000)
    F = "sftp_syslog"
    t = CLK.tick()
    fname = {"acmehealth_elig": "/inbound/elig/MRX_ELIG_ACME_%s_0600.834.pgp",
             "bcbsil_accum": "/inbound/accum/BCBSIL_MRX_ACCUM_%s_003.dat.pgp",
             "lilly_rebate": "/outbound/rebate/MRX-RB-2023Q4-%s.zip.pgp",
             "statemcd_elig": "/inbound/elig/MCD_834_%s.x12.gpg",
             "mrx_letters": "/outbound/letters/batch_%s.zip"}[user] % t.strftime("%Y%m%d")
    out.append(mk(F, "%s %s sshd[%d]: Accepted publickey for %s from %s port %d ssh2: ED25519 SHA256:%s" % (
        ts_sys(t), host, pid, user, ip, port, base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode().rstrip("="))))
    out.append(mk(F, "%s %s sftp-server[%d]: session opened for local user %s from [%s]" % (ts_sys(CLK.tick(0.01, 0.2)), host, pid + 2, user, ip)))
    if user == "mrx_letters" and R.random() < 0.8:
        for _ in range(R.randint(1, 3)):
            p = person()
            case = digits(7)
            L = mk(F, "%s %s sftp-server[%d]: open \"/outbound/letters/PA_%s_" % (ts_sys(CLK.tick(0.01, 0.3)), host, pid + 2, R.choice(["DENIAL", "APPROVAL"])))
            L.p(case, "other_id")
            L.t("_")
            L.p(ascii_up(p.last).replace(" ", "").replace("'", ""), "name")
            L.t("_")
            L.p(ascii_up(p.first).replace(" ", ""), "name")
            L.t("_")
            L.p(df(p.dob, "ccyymmdd"), "date")
            L.t(".pdf\" flags WRITE,CREATE,TRUNCATE mode 0640")
            out.append(L)
    else:
        out.append(mk(F, "%s %s sftp-server[%d]: open \"%s\" flags WRITE,CREATE,TRUNCATE mode 0640" % (ts_sys(CLK.tick(0.01, 0.3)), host, pid + 2, fname)))
        out.append(mk(F, "%s %s sftp-server[%d]: close \"%s\" bytes read 0 written %d" % (ts_sys(CLK.tick(1, 30)), host, pid + 2, fname, R.randint(10 ** 5, 10 ** 8))))
    out.append(mk(F, "%s %s sftp-server[%d]: session closed for local user %s from [%s]" % (ts_sys(CLK.tick(0.01, 2)), host, pid + 2, user, ip)))
    if R.random() < 0.5:
        out.append(mk(F, "%s %s sshd[%d]: Received disconnect from %s port %d:11: disconnected by user" % (ts_sys(CLK.tick(0.01, 0.1)), host, pid, ip, port)))
    if fname.startswith("/inbound") and fname.endswith((".pgp", ".gpg")) and R.random() < 0.8:
        G = "gpg"
        kid = hexs(16).upper()
        out.append(mk(G, "%s [pgp_decrypt.sh] INFO gpg --batch --decrypt --output %s %s" % (ts_comma(CLK.tick()), fname.replace("/inbound", "/data/work").rsplit(".", 1)[0], fname)))
        out.append(mk(G, "gpg: encrypted with rsa4096 key, ID %s, created 2022-09-01" % kid))
        out.append(mk(G, '      "Meridian Rx EDI Operations <edi-ops@meridianrx.com>"'))
        if R.random() < 0.8:
            out.append(mk(G, "gpg: Signature made Thu 14 Mar 2024 %s CDT" % CLK.t.strftime("%I:%M:%S %p")))
            out.append(mk(G, "gpg:                using RSA key %s" % hexs(40).upper()))
            out.append(mk(G, 'gpg: Good signature from "%s EDI <edi@%s.example.com>" [%s]' % (user.split("_")[0].upper(), user.split("_")[0], R.choice(["full", "unknown"]))))
            if R.random() < 0.4:
                out.append(mk(G, "gpg: WARNING: This key is not certified with a trusted signature!"))
            out.append(mk(G, "%s [pgp_decrypt.sh] INFO exit=0 sha256=%s size=%d" % (ts_comma(CLK.tick()), hexs(64), R.randint(10 ** 5, 10 ** 8))))
        else:
            out.append(mk(G, "gpg: decryption failed: No secret key"))
            out.append(mk(G, "%s [pgp_decrypt.sh] ERROR exit=2 file quarantined to /data/quarantine/ ticket opened for EDI ops (edi-ops@meridianrx.com)" % ts_comma(CLK.tick())))
    return out


# ---------------------------------------------------------------- nginx access
def gen_nginx():
    out = []
    F = "nginx_access"
    for _ in range(R.randint(1, 3)):
        t = CLK.tick()
        if R.random() < 0.45:
            p = person()
            L = Line(F)
            L.p(p.ip, "ip")
            L.t(" - ")
            L.p(p.user, "other_id")
            L.t(" [%s] \"GET /api/v2/members/" % ts_clf(t))
            L.p(p.mid, "health_plan")
            L.t("/%s HTTP/2.0\" 200 %d \"https://members.meridianrx.com/%s\" \"%s\" rt=%.3f" % (
                R.choice(["claims?from=2024-01-01&to=2024-03-14", "accumulators?planYear=2024", "orders?status=OPEN", "id-card"]),
                R.randint(300, 20000), R.choice(["claims", "dashboard", "orders"]),
                R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
                          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
                          "okhttp/4.12.0"]), R.uniform(0.01, 1.5)))
            out.append(L)
        else:
            req, ua = R.choice([("POST /epa/v1/PARequest HTTP/1.1", "CoverMyMeds-Integration/4.2"),
                                ("POST /epa/v1/PAInitiationRequest HTTP/1.1", "SurescriptsHub/2017071"),
                                ("GET /actuator/health HTTP/1.1", "kube-probe/1.28"), ("GET /metrics HTTP/1.1", "Prometheus/2.49.1"),
                                ("POST /ncpdp/v1/eligibility HTTP/1.1", "RelayHealth-E1/5.3")])
            out.append(mk(F, "10.20.%d.%d - - [%s] \"%s\" %d %d \"-\" \"%s\" rt=%.3f uct=\"%.3f\" upstream=%s" % (
                R.randint(0, 9), R.randint(2, 250), ts_clf(t), req,
                R.choice([200, 200, 200, 202, 400, 502, 504]), R.randint(50, 9000), ua,
                R.uniform(0.001, 3), R.uniform(0, 0.01), "10.20.%d.%d:8443" % (R.randint(0, 9), R.randint(2, 250)))))
    return out


# ================================================================ main
GENS = [
    ("switch", gen_switch, 9), ("dump", gen_dump, 2), ("java", gen_java, 10), ("dur", gen_dur, 3),
    ("epa", gen_epa, 1), ("accum", gen_accum, 3), ("834", gen_834, 3), ("eligpipe", gen_elig_pipe, 2),
    ("eligload", gen_elig_loader, 3), ("mac", gen_mac, 3), ("rebate", gen_rebate, 2), ("mail", gen_mail, 6),
    ("crm", gen_crm, 6), ("kafka", gen_kafka, 6), ("sysout", gen_sysout, 2), ("sftp", gen_sftp, 3),
    ("nginx", gen_nginx, 3),
]
_F = {g[0]: g[1] for g in GENS}
PHIPOOL = [(k, _F[k], w) for k, w in (("switch", 7), ("java", 5), ("crm", 9), ("dur", 3), ("eligpipe", 2),
                                       ("834", 0.5), ("accum", 1.5), ("dump", 2), ("eligload", 3), ("mail", 7),
                                       ("kafka", 3), ("nginx", 2), ("epa", 1.5), ("mac", 1), ("rebate", 0.7),
                                       ("sftp", 1.2))]
DENSE = [(k, _F[k], w) for k, w in (("switch", 3), ("crm", 4), ("dur", 2), ("eligpipe", 1.5), ("mail", 2),
                                     ("dump", 0.5), ("java", 1.5), ("eligload", 2), ("nginx", 1), ("kafka", 1.5),
                                     ("accum", 1))]
# rare identifier shapes that must appear at least once (queued into the PHI-side picks)
FORCED = [lambda: gen_mail(0.65), lambda: gen_mail(0.6), lambda: gen_mail(0.75), lambda: gen_crm(5),
          lambda: gen_crm(6), lambda: gen_crm(7), lambda: gen_crm(8), lambda: gen_crm(10), lambda: gen_crm(11),
          lambda: gen_crm(12), lambda: gen_crm(3), lambda: gen_elig_loader(), lambda: gen_nginx()]
NOISY = [(k, _F[k], w) for k, w in (("mac", 3), ("rebate", 2), ("sftp", 3), ("sysout", 1), ("kafka", 5),
                                     ("nginx", 3), ("mail", 4), ("java", 5), ("switch", 3), ("eligload", 2),
                                     ("crm", 1))]


def wchoice(pool):
    tot = sum(w for _, _, w in pool)
    x = R.uniform(0, tot)
    for name, fn, w in pool:
        x -= w
        if x <= 0:
            return fn
    return pool[-1][1]


def main():
    lines = []
    plan = [lambda: gen_epa("PARequest")]
    for name, n in (("switch", 8), ("java", 4), ("dump", 2), ("dur", 2), ("epa", 2), ("accum", 1), ("834", 1),
                    ("eligpipe", 1), ("eligload", 2), ("rebate", 1), ("mail", 3), ("crm", 3),
                    ("kafka", 4), ("sysout", 1), ("sftp", 2), ("nginx", 2)):
        plan += [_F[name]] * n
    plan += FORCED + [lambda: gen_mac("mac"), lambda: gen_mac("net")]
    del FORCED[:]
    R.shuffle(plan)
    picks = []
    for fn in plan:
        lines.extend(fn())
    while len(lines) < 500:
        phi = sum(1 for l in lines if l.spans)
        frac = phi / len(lines)
        pool = NOISY if frac > 0.455 else (PHIPOOL if frac > 0.44 else DENSE)
        if pool is not NOISY and FORCED and R.random() < 0.35:
            fn = FORCED.pop(0)
        else:
            fn = wchoice(pool)
        picks.append(fn.__name__)
        lines.extend(fn())
    assert not FORCED, len(FORCED)
    lines = lines[:500]
    here = os.path.dirname(os.path.abspath(__file__))
    logb = bytearray()
    labs = []
    for i, L in enumerate(lines, 1):
        b = bytes(L.buf)
        assert b and b"\n" not in b and b"\r" not in b, i
        assert b.strip(), i
        b.decode("utf-8")
        spans = []
        last = -1
        for s, e, cat, val in sorted(L.spans):
            assert b[s:e].decode("utf-8") == val, (i, val)
            assert s >= last, (i, "overlap")
            last = e
            spans.append({"s": s, "e": e, "cat": cat})
        labs.append({"line": i, "family": L.fam, "spans": spans})
        logb += b
        if i < len(lines):
            logb += b"\n"
    with open(os.path.join(here, "lt.log"), "wb") as f:
        f.write(bytes(logb))
    with open(os.path.join(here, "lt.labels.jsonl"), "w", encoding="utf-8") as f:
        for o in labs:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
