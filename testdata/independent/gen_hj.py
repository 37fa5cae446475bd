#!/usr/bin/env python3
"""gen_hj.py -- synthetic, labeled log corpus for a PHI detector.

Theme: a life & disability insurance paramedical-exam and underwriting-data
vendor ("VitalPath Paramedical Services", fictitious): examiner mobile app logs
(Android logcat, iOS unified log / NSLog), scheduling and call-center notes, lab
kit and specimen tracking (LIMS pipe rows, HL7 v2 ORU), ACORD TXLife XML
(103 / 121 / 1122), MIB checking batch records, prescription-history JSON, motor
vehicle reports, APS requests and fax-gateway logs, a Rails portal (lograge
key=value and JSON, Sidekiq), a Java integration layer (log4j2 JsonLayout and
ECS layout), SFTP deliveries to carriers (OpenSSH internal-sftp syslog), billing
CSVs, SMS reminders, e-signature webhooks, nginx access logs, underwriter notes.

Everything is synthetic. Standard library only, deterministic (fixed seed).
Writes hj.log (500 lines) and hj.labels.jsonl next to this script.

Labeling decisions:
- Label identifiers of the proposed insured / applicant and of other people the
  health information is about: relatives, beneficiaries, policy owners/payors,
  spouses answering the phone, emergency contacts.
- Not labeled: examiners, call-center agents, underwriters, lab and APS staff,
  attending physicians and their offices (names, NPIs, office phone/fax
  numbers), producers/agents, carriers, labs, the vendor and its contact data,
  carrier SFTP accounts and business IPs, internal 10.x/172.x addresses.
- Applicant case numbers (VP-24-0381772 and the compact VP240381772 form used in
  filenames/HL7), carrier policy numbers, specimen IDs (HRL...), portal
  usernames and DI claim numbers are other_id.
- Not labeled (look-alikes): vendor work-order numbers (ORD-...), invoice
  numbers, kit IDs and kit lot numbers, TransRefGUIDs, MIB batch / tracking
  numbers, Rx vendor order IDs, fax job IDs, FedEx tracking numbers, trace /
  span / request IDs, UUIDs, examiner IDs (EX-....), NPIs, party ids (Party_1).
- Lab patient IDs (HL7 PID-3) and physician-office chart numbers are mrn.
- Pharmacy-benefit member IDs and Medicare MBIs are health_plan; a life or DI
  policy number is other_id, not health_plan.
- Dates: birth dates, appointment / exam / collection / specimen-receipt dates,
  fill dates, violation / accident dates, diagnosis / treatment dates (including
  month/year like 03/2021), APS records-from dates, authorization signature
  dates, requirement FulfilledDate. Not labeled: log timestamps, TransExeDate,
  StatusDate, batch / file / invoice dates, kit expiry dates, bare years.
- Ages are labeled only when over 89 (mostly relatives in family history).
- Applicant street, city, county and geocodes (lat/lon) are address (one span
  per component as written; a street line with its unit is one span); ZIP (5 or
  9 digits) is zip; a state alone is not labeled; examiner territory ZIP3s and
  coverage ZIPs are not labeled.
- Phone split into AreaCode/DialNumber (ACORD) is labeled as two phone spans.
- Names: full names, "Last, First", HL7 LAST^FIRST^M, MIB LAST/FIRST/M and
  initials are one name span each; names embedded in file names are labeled
  (the name part only). A first name alone addressing the applicant is labeled.
- ip: public IPs of applicants (self-service portal /portal/ requests,
  tele-interview and e-signature clients). Requests to /admin/ are staff, /api/
  are carrier systems: not labeled.
- url: personal profile URLs and personalized applicant links (self-schedule,
  e-sign) sent to the applicant; generic portal URLs are not labeled.
- Masked values (***-**-1234, "[FILTERED]", card ending 4242) are not labeled;
  a full card or bank account number of the applicant is account; routing
  numbers are not labeled.
- fax: a fax number of the applicant (home fax for a copy of results) is fax;
  physician-office and vendor fax numbers are not labeled.
- device: serials of the applicant's implanted / medical devices; the examiner
  tablet's serial/IMEI is not labeled.
- license: applicant driver's licence numbers and professional licence numbers
  of DI applicants. vehicle: plates and VINs from MVR / underwriting notes.
- photo: base64 face image of the applicant; biometric: fingerprint templates and
  voiceprint enrollment templates.
"""
import base64
import datetime as dt
import json
import os
import unicodedata

import random

SEED = 2103
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "hj"

# ---------------------------------------------------------------- span markers
CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}


def m(v, cat):
    v = str(v)
    assert cat in CATS, cat
    assert "\x00" not in v and "\x01" not in v and "\x02" not in v
    return "\x00" + cat + "\x01" + v + "\x02"


def NM(v): return m(v, "name")
def AD(v): return m(v, "address")
def ZP(v): return m(v, "zip")
def DT(v): return m(v, "date")
def AG(v): return m(v, "age")
def PH(v): return m(v, "phone")
def FX(v): return m(v, "fax")
def EM(v): return m(v, "email")
def SS(v): return m(v, "ssn")
def MR(v): return m(v, "mrn")
def HP(v): return m(v, "health_plan")
def AC(v): return m(v, "account")
def LI(v): return m(v, "license")
def VH(v): return m(v, "vehicle")
def DV(v): return m(v, "device")
def UR(v): return m(v, "url")
def IP(v): return m(v, "ip")
def BI(v): return m(v, "biometric")
def PHO(v): return m(v, "photo")
def OI(v): return m(v, "other_id")


def parse(s):
    out = bytearray()
    spans = []
    i = 0
    while True:
        j = s.find("\x00", i)
        if j < 0:
            out += s[i:].encode("utf-8")
            break
        out += s[i:j].encode("utf-8")
        k = s.index("\x01", j)
        e = s.index("\x02", k)
        cat, val = s[j + 1:k], s[k + 1:e]
        st = len(out)
        out += val.encode("utf-8")
        spans.append({"s": st, "e": len(out), "cat": cat, "_v": val})
        i = e + 1
    return bytes(out), spans


# ---------------------------------------------------------------- clock
LOCAL0 = dt.datetime(2024, 3, 18, 6, 57, 41, 118000)
_now = [LOCAL0]


def clk(lo=0.4, hi=52.0):
    _now[0] = _now[0] + dt.timedelta(seconds=R.uniform(lo, hi))
    return _now[0]


def utc(t): return t + dt.timedelta(hours=5)
def ms(t): return "%03d" % (t.microsecond // 1000)
def ts_logcat(t): return t.strftime("%m-%d %H:%M:%S.") + ms(t)
def ts_ios(t): return t.strftime("%Y-%m-%d %H:%M:%S.%f") + "-0500"
def ts_nslog(t): return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t)
def ts_sys(t): return "%s %2d %s" % (t.strftime("%b"), t.day, t.strftime("%H:%M:%S"))
def ts_z(t): u = utc(t); return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"
def ts_off(t): return t.strftime("%Y-%m-%dT%H:%M:%S") + "-05:00"
def ts_l4j(t): return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)
def ts_nginx(t): return t.strftime("[%d/%b/%Y:%H:%M:%S -0500]")
def epoch(t): return int((utc(t) - dt.datetime(1970, 1, 1)).total_seconds())


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def dfmt(d, style=None):
    if style is None:
        style = R.choice(["iso", "us", "us_np", "us2", "compact", "dmy_b", "long", "d_b_y", "mdy_dash"])
    if style == "iso": return "%04d-%02d-%02d" % (d.year, d.month, d.day)
    if style == "us": return "%02d/%02d/%04d" % (d.month, d.day, d.year)
    if style == "us_np": return "%d/%d/%04d" % (d.month, d.day, d.year)
    if style == "us2": return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "compact": return "%04d%02d%02d" % (d.year, d.month, d.day)
    if style == "mmddyyyy": return "%02d%02d%04d" % (d.month, d.day, d.year)
    if style == "dmy_b": return "%02d-%s-%04d" % (d.day, MON[d.month - 1].upper(), d.year)
    if style == "long": return "%s %d, %04d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "d_b_y": return "%d %s %04d" % (d.day, MON[d.month - 1], d.year)
    if style == "mdy_dash": return "%02d-%02d-%04d" % (d.month, d.day, d.year)
    if style == "md": return "%d/%d" % (d.month, d.day)
    if style == "my": return "%02d/%04d" % (d.month, d.year)
    raise ValueError(style)


def pfmt(ph, style=None):
    a, b, c = ph[:3], ph[3:6], ph[6:]
    if style is None:
        style = R.choice(["paren", "dash", "dot", "raw", "e164", "intl", "space", "1dash"])
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "dot": "%s.%s.%s" % (a, b, c), "raw": ph, "e164": "+1" + ph,
            "intl": "+1 %s %s %s" % (a, b, c), "space": "%s %s %s" % (a, b, c),
            "1dash": "1-%s-%s-%s" % (a, b, c)}[style]


def sfmt(s, style=None):
    if style is None:
        style = R.choice(["dash", "dash", "raw", "space"])
    return {"dash": "%s-%s-%s" % (s[:3], s[3:5], s[5:]), "raw": s,
            "space": "%s %s %s" % (s[:3], s[3:5], s[5:])}[style]


def asciify(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ð", "d").replace("ł", "l").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def hexs(n): return "".join(R.choice("0123456789abcdef") for _ in range(n))
def digits(n): return "".join(R.choice("0123456789") for _ in range(n))
def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


# ---------------------------------------------------------------- reference data
CITIES = [
    ("Naperville", "IL", "60540", "DuPage County", "630", 41.7508, -88.1535),
    ("Tulsa", "OK", "74105", "Tulsa County", "918", 36.0983, -95.9660),
    ("Fresno", "CA", "93704", "Fresno County", "559", 36.7990, -119.8010),
    ("Lowell", "MA", "01852", "Middlesex County", "978", 42.6334, -71.3162),
    ("Bismarck", "ND", "58501", "Burleigh County", "701", 46.8083, -100.7837),
    ("Chattanooga", "TN", "37405", "Hamilton County", "423", 35.0781, -85.3397),
    ("Provo", "UT", "84604", "Utah County", "801", 40.2669, -111.6493),
    ("Savannah", "GA", "31405", "Chatham County", "912", 32.0420, -81.1257),
    ("Spokane", "WA", "99203", "Spokane County", "509", 47.6289, -117.4010),
    ("El Paso", "TX", "79912", "El Paso County", "915", 31.8405, -106.5337),
    ("Allentown", "PA", "18104", "Lehigh County", "610", 40.6050, -75.5275),
    ("Des Moines", "IA", "50310", "Polk County", "515", 41.6236, -93.6791),
    ("Albuquerque", "NM", "87110", "Bernalillo County", "505", 35.1099, -106.5780),
    ("Hialeah", "FL", "33012", "Miami-Dade County", "305", 25.8662, -80.3045),
    ("Dearborn", "MI", "48126", "Wayne County", "313", 42.3223, -83.1763),
    ("Edison", "NJ", "08817", "Middlesex County", "732", 40.5187, -74.4121),
    ("Flushing", "NY", "11355", "Queens County", "718", 40.7510, -73.8200),
    ("Honolulu", "HI", "96816", "Honolulu County", "808", 21.2880, -157.7960),
    ("Anchorage", "AK", "99508", "Anchorage Municipality", "907", 61.2030, -149.8160),
    ("Baton Rouge", "LA", "70808", "East Baton Rouge Parish", "225", 30.4083, -91.1464),
    ("St. Paul", "MN", "55105", "Ramsey County", "651", 44.9340, -93.1680),
    ("Overland Park", "KS", "66212", "Johnson County", "913", 38.9580, -94.6840),
    ("Chicago", "IL", "60625", "Cook County", "773", 41.9720, -87.7000),
    ("Houston", "TX", "77036", "Harris County", "713", 29.6990, -95.5360),
    ("Los Angeles", "CA", "90026", "Los Angeles County", "213", 34.0770, -118.2600),
]
STATES = sorted(["AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
                 "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
                 "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN",
                 "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY"])
STATE_TC = {s: i + 1 for i, s in enumerate(STATES)}

STREETS = ["W Maple Ave", "Oak Ridge Dr", "N Kedzie Ave", "Old Post Rd", "Birchwood Ct", "SE 14th St",
           "Kalakaua Ave", "Riverside Blvd", "Peachtree Ln", "Elm St", "Lakeshore Dr",
           "Cedar Hollow Rd", "Avenida Cesar Chavez", "Martin Luther King Jr Blvd", "Pine Crest Way",
           "E Washington St", "Calle Del Norte", "Sandpiper Cir", "County Road 14", "Hillcrest Ter",
           "Willow Bend Pkwy", "S Broadway", "Quail Run", "Main St", "Kings Hwy"]
UNITS = ["", "", "", "Apt 3B", "Unit 204", "#12", "Apt 1107", "Ste 5", "Lot 44", "Apt C"]

FIRST_M = ["Haruto", "Darnell", "Mateo", "Oluwaseun", "Wojciech", "Rajesh", "Tomás", "Liam", "Dmitri",
           "Kwame", "Giuseppe", "Jean-Luc", "Ahmad", "Bao", "Seamus", "Lars", "Tevita", "José",
           "Chidi", "Björn", "Arjun", "Emre", "Santiago", "Kofi", "Marcus", "Yusuf", "Pieter",
           "Hyun-woo", "Caleb", "DeShawn", "Søren", "Ignacio"]
FIRST_F = ["Ana", "Priya", "Siobhan", "Mei-Ling", "Fatima", "Zofia", "Aaliyah", "Ngozi", "Ingrid",
           "Camille", "Yuki", "Leilani", "Marisol", "Ewa", "Chiamaka", "Anneliese", "Roxana",
           "Dolores", "Kateryna", "Amira", "Hana", "Brianna", "Guadalupe", "Margarethe", "Renée",
           "Zoë", "Beatriz", "Thi Hoa", "Nkechi", "Astrid"]
LAST = ["Gutierrez", "Raghunathan", "Sato", "Okonkwo", "Kowalczyk", "van der Berg", "de la Cruz",
        "O'Neill", "Al-Sayed", "Nguyễn", "Ólafsdóttir", "Zhang", "Papadopoulos", "Hernández-López",
        "Yamamoto", "da Silva", "LeBlanc", "Abernathy-Cole", "Bjørnstad", "McAllister", "St. Clair",
        "Mbeki", "Fitzgerald", "Kim", "Haddad", "Schäfer", "Dubois", "Castellanos", "Nakamura",
        "Oyelaran", "Petrov", "Ferreira", "Iyer", "Washington", "Begay", "Kealoha", "Moreno-Vega",
        "Lindqvist", "Tran", "Brzezinski", "Van Buren", "Abdullah", "Quintero", "Whitfield",
        "Ó Briain", "Delacroix", "Mahlangu", "Ruiz", "Goldberg", "Krishnamurthy", "Wiśniewski"]
SUFFIX = ["", "", "", "", "", "", "", "Jr.", "III", "Sr."]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "comcast.net",
             "proton.me", "aol.com", "att.net", "sbcglobal.net"]
CARRIERS = [("NBML", "Northbridge Mutual Life"), ("CSCL", "Cascadia Life and Annuity"),
            ("SHIC", "Summit Heritage Insurance Co."), ("PSLI", "Prairie Shield Life"),
            ("MGDI", "Meridian Guardian Disability")]
EXAMINERS = [("EX-4471", "Tamika Burrell"), ("EX-2290", "Oleksandr Hrytsenko"), ("EX-3105", "Maribel Acosta"),
             ("EX-5512", "Dwayne Pettiford"), ("EX-1876", "Kiran Bhatt"), ("EX-6034", "Lorraine Tsosie"),
             ("EX-7120", "Gustavo Reyes"), ("EX-2957", "Hannah Lindgren")]
AGENTS = ["kbrandt", "jlopez", "a.nwosu", "mfitzpatrick", "s.yilmaz", "dquach", "tmarsh"]
UWS = ["jmoreau", "rcastellano", "wli", "tbeaulieu", "pokafor"]
DOCS = [("Dr. Anil Shah", "Lakeview Internal Medicine", "3125550199"),
        ("Dr. Rebecca Thornton", "Prairie Family Health", "6305550123"),
        ("Dr. Emeka Okafor", "Riverbend Cardiology Assoc.", "9185550176"),
        ("Dr. Lucía Ferrer", "Clinica Familiar del Valle", "9155550142"),
        ("Dr. Hiroshi Tanaka", "Kapiolani Primary Care", "8085550110"),
        ("Dr. Margaret O'Hara", "North Shore Pulmonology", "7815550188"),
        ("Dr. Viktor Ilyin", "Summit Orthopedics", "6515550134"),
        ("Dr. Aisha Rahman", "Eastside Endocrinology", "7325550167")]
DRUGS = [("Lisinopril 10 MG Oral Tablet", "68180051301"), ("Atorvastatin Calcium 20 MG", "00093505798"),
         ("Metformin HCl 500 MG", "00093104801"), ("Sertraline HCl 50 MG", "16729000110"),
         ("Amlodipine Besylate 5 MG", "69238115601"), ("Levothyroxine Sodium 75 MCG", "00378180301"),
         ("Albuterol HFA 90 MCG/ACT", "00173068220"), ("Omeprazole DR 20 MG", "62175013643"),
         ("Bupropion XL 150 MG", "00591331630"), ("Hydrocodone-APAP 5-325 MG", "00406012301"),
         ("Losartan Potassium 50 MG", "13668011390"), ("Escitalopram 10 MG", "00093585101"),
         ("Insulin Glargine 100 UNIT/ML", "00088221905"), ("Montelukast 10 MG", "00006011731")]
PHARMACIES = ["WALGREENS #04412", "CVS/PHARMACY #08817", "KROGER PHARMACY 621", "WALMART PHARMACY 10-2290",
              "H-E-B PHARMACY #118", "COSTCO PHARMACY #331", "PUBLIX PHARMACY #1187"]
PBMS = ["EXPRESS SCRIPTS", "CAREMARK", "OPTUMRX", "PRIME THERAPEUTICS", "MEDIMPACT"]


def dl_for(st):
    L = "ABCDEFGHJKLMNPRSTWZ"
    if st == "IL": return "%s%s-%s-%s" % (R.choice(L), digits(3), digits(4), digits(4))
    if st == "CA": return R.choice(L) + digits(7)
    if st == "TX": return digits(8)
    if st == "FL": return "%s%s-%s-%s-%s-%s" % (R.choice(L), digits(3), digits(3), digits(2), digits(3), digits(1))
    if st == "NY": return "%s %s %s" % (digits(3), digits(3), digits(3))
    if st == "WA": return "WDL" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))
    if st == "MI": return "%s %s %s %s %s" % (R.choice(L), digits(3), digits(3), digits(3), digits(3))
    if st == "PA": return "%s %s %s" % (digits(2), digits(3), digits(3))
    if st in ("GA", "NM", "LA", "OK"): return digits(9)
    if st == "MN": return R.choice(L) + digits(12)
    if st == "NJ": return R.choice(L) + digits(14)
    return R.choice(L) + digits(8)


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_T = dict(zip("ABCDEFGH", range(1, 9)))
VIN_T.update(dict(zip("JKLMN", range(1, 6))))
VIN_T.update({"P": 7, "R": 9})
VIN_T.update(dict(zip("STUVWXYZ", range(2, 10))))
VIN_T.update({str(i): i for i in range(10)})
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def gen_vin():
    v = [R.choice("1245JKS3"), R.choice("FGHNT")] + [R.choice(VIN_CH) for _ in range(15)]
    v[9] = R.choice("LMNPR")  # model year 2020-2024
    for i in range(11, 17):
        v[i] = R.choice("0123456789")
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def gen_plate():
    return R.choice(["%s%s%s" % (digits(1), "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)), digits(3)),
                     "%s-%s" % ("".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)), digits(4)),
                     "%s %s" % ("".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)), digits(4))])


def gen_mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN = A + "0123456789"
    c = [str(R.randint(1, 9)), R.choice(A), R.choice(AN), digits(1), "-", R.choice(A), R.choice(AN), digits(1), "-",
         R.choice(A), R.choice(A), digits(1), digits(1)]
    return "".join(c)


def gen_ip():
    first = R.choice([24, 67, 68, 71, 73, 76, 98, 99, 107, 108, 162, 174, 184, 50, 69, 97])
    if R.random() < 0.12:
        return "2601:%x:%x:%x::%x" % (R.randint(0x100, 0xfff), R.randint(0x1000, 0xffff),
                                       R.randint(0x1000, 0xffff), R.randint(1, 0xff))
    return "%d.%d.%d.%d" % (first, R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))


def gen_phone(area):
    if R.random() < 0.5:
        return area + "555" + "01%02d" % R.randint(0, 99)
    return area + str(R.randint(2, 9)) + digits(2) + digits(4)


class Person:
    pass


def make_person(i):
    p = Person()
    p.sex = R.choice("MF")
    p.first = R.choice(FIRST_M if p.sex == "M" else FIRST_F)
    p.mid = R.choice("ABCDEFGHJKLMNPRSTW")
    p.last = R.choice(LAST)
    p.suffix = R.choice(SUFFIX) if p.sex == "M" else ""
    p.dob = dt.date(R.randint(1952, 2003), R.randint(1, 12), R.randint(1, 28))
    c = R.choice(CITIES)
    p.city, p.st, p.zip, p.county, area, la, lo = c
    p.zip4 = p.zip + digits(4)
    p.street = "%d %s" % (R.choice([R.randint(10, 99), R.randint(100, 999), R.randint(1000, 19999)]), R.choice(STREETS))
    p.unit = R.choice(UNITS)
    p.lat = "%.5f" % (la + R.uniform(-0.05, 0.05))
    p.lon = "%.5f" % (lo + R.uniform(-0.05, 0.05))
    p.phone = gen_phone(area)
    p.phone2 = gen_phone(area)
    fa, la_ = asciify(p.first).lower().replace(" ", "").replace("-", ""), asciify(p.last).lower().replace(" ", "").replace("'", "").replace("-", "").replace(".", "")
    p.email = R.choice(["%s.%s@%s" % (fa, la_, R.choice(EMAIL_DOM)),
                        "%s%s%02d@%s" % (fa[0], la_, p.dob.year % 100, R.choice(EMAIL_DOM)),
                        "%s_%s%d@%s" % (la_, fa, R.randint(1, 999), R.choice(EMAIL_DOM)),
                        "%s%s@%s" % (fa, p.dob.year, R.choice(EMAIL_DOM))])
    p.user = R.choice(["%s%s%02d" % (fa[:3], la_[:4], p.dob.year % 100), "%s.%s" % (fa[0], la_), "%s_%s" % (la_, fa[:1])])
    p.ssn = gen_ssn()
    p.dl = dl_for(p.st)
    p.case = "VP-24-%07d" % R.randint(300000, 499999)
    p.casec = p.case.replace("-", "")
    p.carrier = R.choice(CARRIERS)
    code = p.carrier[0]
    p.pol = {"NBML": lambda: "NB" + digits(8), "CSCL": lambda: "C" + digits(9),
             "SHIC": lambda: "SH-" + digits(7), "PSLI": lambda: "PSL" + digits(8),
             "MGDI": lambda: "DI" + digits(7) + R.choice("ABC")}[code]()
    p.exam = dt.date(2024, R.choice([2, 3]), R.randint(1, 16))
    p.spec = "HRL24%02d%02d%04d" % (p.exam.month, p.exam.day, R.randint(0, 9999))
    p.labpid = "P%08d" % R.randint(1000000, 99999999)
    p.appt = dt.datetime(2024, 3, R.choice([19, 20, 21, 22, 23, 25, 26, 27, 28, 29]), R.randint(7, 15), R.choice([0, 30]))
    p.ip = gen_ip()
    p.ht = R.randint(60, 76)
    p.wt = R.randint(112, 290)
    p.spouse = R.choice(FIRST_F if p.sex == "M" else FIRST_M)
    p.order = "ORD-%07d" % R.randint(5000000, 5999999)
    p.kit = "K24C%03d-%05d" % (R.randint(100, 140), R.randint(1, 900))
    p.examiner = R.choice(EXAMINERS)
    p.doc = R.choice(DOCS)
    p.chart = R.choice(["%s-%07d" % ("".join(w[0] for w in p.doc[1].split()[:3]).upper(), R.randint(1, 9999999)),
                        "MRN%08d" % R.randint(1, 99999999), "%d" % R.randint(100000, 9999999)])
    p.member = R.choice(["%s%09d" % (R.choice(["XOJ", "ZGP", "W", "H", "YRB"]), R.randint(1, 999999999)),
                         "%011d" % R.randint(1, 10 ** 11 - 1), "A%08d01" % R.randint(1, 10 ** 8 - 1)])
    p.age_rel = R.randint(90, 101)
    return p


PEOPLE = [make_person(i) for i in range(72)]


def pick():
    return R.choice(PEOPLE)


def full(p): return "%s %s" % (p.first, p.last)
def full_m(p): return "%s %s. %s" % (p.first, p.mid, p.last)
def lf(p): return "%s, %s" % (p.last, p.first)
def LFU(p): return "%s, %s" % (p.last.upper(), p.first.upper())
def fl_lower(p): return "%s %s" % (p.first.lower(), p.last.lower())
def initials(p): return "%s%s" % (p.first[0], p.last[0].upper() if p.last[0].isalpha() else p.last[1])
def fileslug(p): return asciify(p.last).upper().replace(" ", "").replace("'", "").replace(".", "")


def name_any(p):
    return R.choice([full(p), full_m(p), lf(p), LFU(p), "%s. %s" % (p.first[0], p.last),
                     "%s, %s %s." % (p.last, p.first, p.mid), fl_lower(p),
                     "%s %s" % (p.first.upper(), p.last.upper())])


def b64_photo():
    hdr = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00\x08\x06\x06\x07\x06\x05\x08"
    return base64.b64encode(hdr + R.randbytes(R.randint(90, 150))).decode()


def b64_fmr():
    return base64.b64encode(b"FMR\x00 20\x00\x00\x01\x2c\x00\x00" + R.randbytes(R.randint(60, 110))).decode()


def hm(t): return "%d:%02d %s" % ((t.hour - 1) % 12 + 1, t.minute, "AM" if t.hour < 12 else "PM")
def appt_iso(p): return p.appt.strftime("%Y-%m-%dT%H:%M")
def lc_ts(): return ts_logcat(clk())


APP_PID = 8812
IOS_PID = 812

# ================================================================= generators
# Each returns a list of (family, marked_line).


# ---- Android logcat --------------------------------------------------------
def lc(level, tag, msg, tid=None):
    return "%s %5d %5d %s %-8s: %s" % (lc_ts(), APP_PID, tid or R.randint(8813, 9400), level, tag, msg)


def android_phi():
    p = pick()
    v = R.randrange(12)
    if v == 11:
        s = lc("W", "EcgCapture", "EKG skipped case=%s reason=IMPLANTED_DEVICE model=%s sn=%s (per protocol P-17)" % (
            OI(p.case), R.choice(["Medtronic Azure XT DR", "Abbott Assurity MRI", "Boston Sci. Accolade"]), DV(R.choice(["PJN%06dH" % R.randint(0, 999999), "%07d" % R.randint(0, 9999999), "RNT%07d" % R.randint(0, 9999999)]))))
    elif v == 0:
        s = lc("I", "ExamSessionVM", 'loadCase caseId=%s applicant="%s" dob=%s apptAt=%s examiner=%s' % (
            OI(p.case), NM(lf(p)), DT(dfmt(p.dob, "iso")), DT(appt_iso(p)), p.examiner[0]))
    elif v == 1:
        body = '{"caseNumber":"%s","applicant":{"firstName":"%s","lastName":"%s","mobilePhone":"%s"},"examType":"PARAMED_BLOOD_URINE","address":{"line1":"%s","city":"%s","state":"%s","zip":"%s"}}' % (
            OI(p.case), NM(p.first), NM(p.last), PH(pfmt(p.phone, "paren")), AD(p.street), AD(p.city), p.st, ZP(p.zip))
        s = lc("D", "OkHttp", body)
    elif v == 2:
        s = lc("I", "BarcodeScanner", "specimen %s bound to case %s tubes=SST,URINE kit=%s" % (OI(p.spec), OI(p.case), p.kit))
    elif v == 3:
        s = lc("W", "VitalsEntry", "BP recheck required case=%s r1=168/102 r2=161/99 applicant=%s" % (OI(p.case), NM(full(p))))
    elif v == 4:
        s = lc("I", "LocationSvc", "geofence ENTER exam site lat=%s lng=%s acc=11.8m case=%s" % (AD(p.lat), AD(p.lon), OI(p.case)))
    elif v == 5:
        s = lc("I", "IdVerify", "AAMVA PDF417 ok DAQ=%s DCS=%s DAC=%s DBB=%s DAJ=%s DAK=%s" % (
            LI(p.dl.replace(" ", "").replace("-", "")), NM(p.last.upper()), NM(p.first.upper()), DT(dfmt(p.dob, "mmddyyyy")), p.st, ZP(p.zip4)))
    elif v == 6:
        s = lc("I", "PhotoCapture", "face capture ok case=%s quality=0.93 jpeg_b64=%s" % (OI(p.case), PHO(b64_photo())))
    elif v == 7:
        s = lc("I", "Biometrics", "template captured finger=R_INDEX fmt=ISO_19794_2 nfiq=2 case=%s tmpl=%s" % (OI(p.case), BI(b64_fmr())))
    elif v == 8:
        s = lc("I", "ExamSync", "upload complete case=%s docs=[Part2_%s.pdf, HIPAA_Auth.pdf, ECG_12lead.xml] bytes=%d" % (
            OI(p.casec), NM(fileslug(p)), R.randint(200000, 2400000)))
    elif v == 9:
        s = lc("I", "SignaturePad", "signature saved signer=\"%s\" role=PROPOSED_INSURED signedOn=%s strokes=%d" % (
            NM(full_m(p)), DT(dfmt(p.exam, "us")), R.randint(9, 40)))
    else:
        s = lc("W", "ApptCheckIn", "no answer at door, called applicant %s at %s, left VM (case %s)" % (
            NM(p.first), PH(pfmt(p.phone)), OI(p.case)))
    return [("android_logcat", s)]


def android_noise():
    v = R.randrange(12)
    if v == 0:
        s = lc("I", "WM-WorkerWrapper", "Worker result SUCCESS for Work [ id=%s, tags={ com.vitalpath.exampro.sync.UploadWorker } ]" % uuid4())
    elif v == 1:
        s = lc("D", "OkHttp", "<-- %d https://api.vitalpath-exam.com/v3/appointments?since=%s&examiner=%s (%dms)" % (
            R.choice([200, 200, 200, 304, 401]), ts_z(_now[0]), R.choice(EXAMINERS)[0], R.randint(80, 2400)))
    elif v == 2:
        s = lc("I", "Choreographer", "Skipped %d frames!  The application may be doing too much work on its main thread." % R.randint(31, 120))
    elif v == 3:
        s = lc("W", "ConnMonitor", "network lost (WIFI -> NONE), queued uploads=%d, backoff=%ds" % (R.randint(1, 9), R.choice([30, 60, 120])))
    elif v == 4:
        s = lc("I", "ExamPro", "app start version=5.14.%d (build 5140%d) sdk=34 device=SM-T227U examiner=%s" % (R.randint(0, 4), R.randint(0, 9), R.choice(EXAMINERS)[0]))
    elif v == 5:
        s = lc("D", "Room", "migration 41 -> 42 completed in %dms (tables=appointments,kits,vitals)" % R.randint(20, 300))
    elif v == 6:
        s = lc("E", "SyncWorker", "upload attempt %d/5 failed: HTTP 503 Service Unavailable x-trace-id=%s" % (R.randint(1, 5), hexs(32)))
    elif v == 7:
        s = lc("I", "BarcodeScanner", "camera init ok model=barcode-scanning:17.2.0 formats=[CODE_128, PDF417, QR_CODE] %dms" % R.randint(90, 600))
    elif v == 8:
        s = lc("D", "KitInventory", "examiner %s on hand: BLOOD_URINE=%d URINE_ONLY=%d ORAL_FLUID=%d lot=24C%d exp=2025-0%d-28" % (
            R.choice(EXAMINERS)[0], R.randint(0, 9), R.randint(0, 5), R.randint(0, 4), R.randint(100, 140), R.randint(1, 9)))
    elif v == 9:
        s = lc("I", "FirebaseMessaging", "FCM token refreshed (len=163), topics=[examiner_broadcast, region_%s]" % R.choice(["midwest", "south", "west", "northeast"]))
    elif v == 10:
        s = lc("W", "GnssLocationProvider", "Unable to inject time, NTP server 2.android.pool.ntp.org unreachable")
    else:
        s = lc("I", "ECGBridge", "BLE connected to ECG device CardioCard-%s fw=3.2.%d battery=%d%% (examiner equipment)" % (hexs(4).upper(), R.randint(0, 9), R.randint(20, 100)))
    return [("android_logcat", s)]


# ---- iOS --------------------------------------------------------------------
def ios_unified(subsys_cat, msg, level="Default"):
    t = clk()
    return "%s 0x%x     %-11s 0x0                  %d    0    ExamPro: (VitalPathCore) [com.vitalpath.exampro:%s] %s" % (
        ts_ios(t), R.randint(0x20000, 0x3ffff), level, IOS_PID, subsys_cat, msg)


def nslog(cat, msg):
    t = clk()
    return "%s ExamPro[%d:%d] [%s] %s" % (ts_nslog(t), IOS_PID, R.randint(44100, 44400), cat, msg)


def ios_phi():
    p = pick()
    v = R.randrange(10)
    if v == 0:
        unit = (" " + p.unit) if p.unit else ""
        return [("ios_nslog", nslog("Schedule", "Appointment confirmed for %s at %s, %s, %s %s on %s" % (
            NM(full(p)), AD(p.street + unit), AD(p.city), p.st, ZP(p.zip), DT(p.appt.strftime("%b %d, %Y %I:%M %p")))))]
    if v == 1:
        return [("ios_unified", ios_unified("Vitals", "saved vitals case=%s ht=%din wt=%dlb pulse=%d bp=%d/%d" % (
            OI(p.case), p.ht, p.wt, R.randint(55, 98), R.randint(108, 160), R.randint(66, 98)), "Info"))]
    if v == 2:
        return [("ios_nslog", nslog("Network", 'POST /v3/teleinterview/start body={"applicantEmail":"%s","callbackNumber":"%s","locale":"es-US"}' % (
            EM(p.email), PH(pfmt(p.phone, "e164")))))]
    if v == 3:
        return [("ios_unified", ios_unified("Consent", "HIPAA authorization signed by %s on %s (form AUTH-HIPAA-2023-07)" % (
            NM(name_any(p)), DT(dfmt(p.exam, "long")))))]
    if v == 4:
        d = dt.date(R.randint(2019, 2023), R.randint(1, 12), 1)
        return [("ios_unified", ios_unified("Questionnaire", 'case=%s Q14 answer="%s, %s - annual physical %s, told BP borderline"' % (
            OI(p.case), p.doc[0], p.doc[1], DT(dfmt(d, "my")))))]
    if v == 5:
        sn = R.choice(["PJN%06dH" % R.randint(0, 999999), "RNT%07d" % R.randint(0, 9999999), "%011d" % R.randint(10 ** 10, 10 ** 11 - 1)])
        dev = R.choice(["implanted pacemaker (Medtronic Azure)", "ICD", "CPAP (ResMed AirSense 10)", "insulin pump"])
        return [("ios_unified", ios_unified("Questionnaire", "case=%s applicant reports %s, serial %s, last check %s" % (
            OI(p.case), dev, DV(sn), DT(dfmt(dt.date(2023, R.randint(1, 12), R.randint(1, 28)), "us")))))]
    if v == 6:
        return [("ios_nslog", nslog("TeleInterview", "callback dialed %s (applicant %s), interviewer=RN K. Mensah, client ip=%s" % (
            PH(pfmt(p.phone, "intl")), NM(lf(p)), IP(p.ip))))]
    if v == 9:
        return [("ios_nslog", nslog("IdCapture", "selfie match score=0.%d case=%s name=\"%s\" img=data:image/jpeg;base64,%s" % (
            R.randint(80, 99), OI(p.case), NM(LFU(p)), PHO(b64_photo()))))]
    if v == 7:
        return [("ios_unified", ios_unified("VoiceID", "voiceprint enrolled case=%s model=vp-2.1 template=%s" % (
            OI(p.case), BI(base64.b64encode(b"VPRT\x02" + R.randbytes(48)).decode())), "Info"))]
    return [("ios_nslog", nslog("Kit", "Kit %s scanned, specimen %s, collected %s %s, fasting=%s" % (
        p.kit, OI(p.spec), DT(dfmt(p.exam, "iso")), R.choice(["08:12", "09:41", "07:55", "10:20"]), R.choice(["Y", "N"]))))]


def ios_noise():
    v = R.randrange(9)
    if v == 0:
        return [("ios_nslog", nslog("BackgroundTasks", "BGAppRefreshTask com.vitalpath.exampro.refresh completed in %.2fs" % R.uniform(0.4, 9)))]
    if v == 1:
        return [("ios_nslog", nslog("Network", 'Task <%s>.<%d> finished with error [-1001] Error Domain=NSURLErrorDomain Code=-1001 "The request timed out."' % (uuid4().upper(), R.randint(1, 40))))]
    if v == 2:
        return [("ios_unified", ios_unified("CoreData", "saved context inserted=%d updated=%d deleted=%d" % (R.randint(0, 6), R.randint(0, 4), R.randint(0, 2)), "Debug"))]
    if v == 3:
        return [("ios_unified", ios_unified("Push", "APNs token registered (32 bytes) env=production"))]
    if v == 4:
        return [("ios_nslog", nslog("Config", "remote config fetched minAppVersion=5.12.0 featureTeleVitals=%s ecgUploadChunkKB=%d" % (R.choice(["true", "false"]), R.choice([256, 512]))))]
    if v == 5:
        return [("ios_unified", ios_unified("Upload", "multipart upload part %d/%d etag=\"%s\" %.1f KB/s" % (R.randint(1, 8), 8, hexs(32), R.uniform(80, 900)), "Info"))]
    if v == 6:
        return [("ios_nslog", nslog("Auth", "examiner session refreshed for %s, token ttl=3600s" % R.choice(EXAMINERS)[0]))]
    if v == 7:
        return [("ios_unified", ios_unified("Bluetooth", "peripheral CardioCard-%s disconnected reason=0x08 (supervision timeout)" % hexs(4).upper(), "Error"))]
    return [("ios_nslog", nslog("Schedule", "route optimized stops=%d total=%.1f mi eta_first=%s" % (R.randint(2, 7), R.uniform(12, 140), (_now[0] + dt.timedelta(minutes=R.randint(20, 80))).strftime("%H:%M"))))]


# ---- call center -------------------------------------------------------------
def cc_prefix(t):
    return "%s cc-notes[%d]: " % (ts_off(t), R.randint(3000, 3100))


def callcenter_phi():
    p = pick()
    t = clk()
    v = R.randrange(7)
    if v == 0:
        note = "Spoke with insured %s, confirmed %s %s fasting, exam at home %s. Wants text reminders to %s." % (
            NM(full(p)), DT(dfmt(p.appt.date(), "md")), hm(p.appt).replace(" ", "").lower(), AD(p.street + (" " + p.unit if p.unit else "")), PH(pfmt(p.phone, "dot")))
        dispo = "APPT_SET"
    elif v == 1:
        note = "Applicant's %s (%s) answered, %s works nights, call back after 2pm CT at %s" % (
            "wife" if p.sex == "M" else "husband", NM(p.spouse), "he" if p.sex == "M" else "she", PH(pfmt(p.phone2, "space")))
        dispo = "CALLBACK"
    elif v == 2:
        note = ("Llamé a " + ("el Sr." if p.sex == "M" else "la Sra.") + " %s para reprogramar; prefiere español y cita el %s por la mañana. Tel. alterno %s") % (
            NM(p.last), DT(dfmt(p.appt.date(), "d_b_y")), PH(pfmt(p.phone2, "dash")))
        dispo = "RESCHED"
    elif v == 3:
        note = "Caller verified DOB %s and last4 SSN; requested exam at work: %s, %s. Gate code given." % (
            DT(dfmt(p.dob, "us")), AD("%d %s" % (R.randint(100, 9999), R.choice(STREETS))), AD(p.city))
        dispo = "ADDR_CHANGE"
    elif v == 4:
        note = ("%s says " + ("he" if p.sex == "M" else "she") + " already did bloodwork for another carrier %s, asked if we can reuse. Advised carrier %s needs own specimen.") % (
            NM(p.first), DT(dfmt(p.exam, "us2")), p.carrier[0])
        dispo = "INFO"
    elif v == 5:
        note = "Applicant declined exam, no longer wants coverage. Email confirmation to %s. Notified agent." % EM(p.email)
        dispo = "CANCEL_BY_APPLICANT"
    else:
        note = ("Interpreter needed (Vietnamese). Applicant %s hard of hearing, %s y/o father %s lives with " + ("him" if p.sex == "M" else "her") + ", do not call before 10am.") % (
            NM(lf(p)), AG(p.age_rel), NM("%s %s" % (R.choice(FIRST_M), p.last)))
        dispo = "NOTE"
    ani = PH(pfmt(p.phone, "e164")) if v in (0, 2, 5) else "anonymous"
    s = cc_prefix(t) + 'call_id=CL-%d agent=%s queue=%s ani=%s dnis=8005550100 case=%s dispo=%s note="%s"' % (
        R.randint(88000000, 88999999), R.choice(AGENTS), "SPANISH" if v == 2 else R.choice(["SCHED_OUTBOUND", "SCHED_INBOUND", "ESCALATIONS"]),
        ani, OI(p.case), dispo, note)
    return [("callcenter_kv", s)]


def callcenter_noise():
    t = clk()
    v = R.randrange(5)
    if v == 0:
        s = cc_prefix(t) + "queue=%s waiting=%d longest_wait=00:0%d:%02d agents_ready=%d sla_pct=%.1f" % (
            R.choice(["SCHED_OUTBOUND", "SCHED_INBOUND", "SPANISH"]), R.randint(0, 30), R.randint(0, 9), R.randint(0, 59), R.randint(2, 20), R.uniform(60, 99))
    elif v == 1:
        s = cc_prefix(t) + "call_id=CL-%d agent=%s dispo=NO_ANSWER attempts=%d next_attempt=+%dh" % (R.randint(88000000, 88999999), R.choice(AGENTS), R.randint(1, 6), R.choice([2, 4, 24]))
    elif v == 2:
        s = cc_prefix(t) + "agent=%s state=%s reason=%s" % (R.choice(AGENTS), R.choice(["READY", "NOT_READY", "AFTER_CALL_WORK"]), R.choice(["Lunch", "Training", "Coaching", "-"]))
    elif v == 3:
        s = cc_prefix(t) + "dialer campaign=NB_FIRST_CONTACT loaded=%d dialed=%d connects=%d abandon_rate=%.2f%%" % (R.randint(400, 900), R.randint(100, 400), R.randint(40, 120), R.uniform(0.5, 3))
    else:
        s = cc_prefix(t) + 'note="Reminder: carrier %s changed fasting requirement to 4h effective 04/01. Escalations to supervisor Dana Whitcomb x4417."' % R.choice(CARRIERS)[0]
    return [("callcenter_kv", s)]


def crm_phi():
    p = pick()
    t = clk()
    body = R.choice([
        "Applicant %s called re: exam results copy. Fax to %s (home office) or mail to %s, %s %s." % (
            NM(full(p)), FX(pfmt(p.phone2, "paren")), AD(p.street), AD(p.city), ZP(p.zip)),
        "Payor %s asked to move premium draft to new checking acct %s (routing %s), effective next draft." % (
            NM(full(p)), AC(digits(R.choice([8, 10, 12]))), R.choice(["071000013", "121000358", "026009593"])),
        "Owner is applicant's employer; insured %s DOB %s. Payor contact is the insured, not the agent." % (NM(lf(p)), DT(dfmt(p.dob, "dmy_b"))),
        "Beneficiary change requested: primary %s (spouse), contingent %s (son). Forwarded to carrier." % (
            NM("%s %s" % (p.spouse, p.last)), NM("%s %s" % (R.choice(FIRST_M), p.last))),
        "Applicant %s wears a Dexcom G7 CGM (sensor SN %s) on left arm, examiner to draw from right. Appt %s." % (
            NM(full(p)), DV("%s%s" % (R.choice("123456789"), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(11)))), DT(dfmt(p.appt.date(), "us"))),
        "Examiner no-show on %s; applicant %s very upset, waived rescheduling fee. New slot pending." % (
            DT(dfmt(p.appt.date(), "us")), NM(p.first + " " + p.last.upper())),
    ])
    s = '{"ts":"%s","noteId":%d,"createdBy":"agent.%s","caseRef":"%s","channel":"%s","body":"%s"}' % (
        ts_z(t), R.randint(1000000, 1999999), R.choice(AGENTS), OI(p.case), R.choice(["phone", "email", "chat"]), body)
    return [("crm_note_json", s)]


def crm_noise():
    t = clk()
    body = R.choice(["Carrier %s portal outage 09:10-09:40 CT, holding status updates." % R.choice(CARRIERS)[0],
                     "Template SCHED_CONFIRM_ES updated by ops (v7).",
                     "Bulk reassignment of %d cases from EX-2290 to EX-7120 (territory change)." % R.randint(5, 40),
                     "Agent callback line for producers: 800-555-0144 opt 3."])
    s = '{"ts":"%s","noteId":%d,"createdBy":"ops.%s","caseRef":null,"channel":"internal","body":"%s"}' % (
        ts_z(t), R.randint(1000000, 1999999), R.choice(AGENTS), body)
    return [("crm_note_json", s)]


# ---- scheduling syslog ------------------------------------------------------
def sched_phi():
    p = pick()
    t = clk()
    v = R.randrange(3)
    if v == 0:
        msg = "booked order=%s case=%s examiner=%s slot=%s zip=%s dist_mi=%.1f" % (
            p.order, OI(p.case), p.examiner[0], DT(p.appt.strftime("%Y-%m-%dT%H:%M:00-05:00")), ZP(p.zip), R.uniform(1, 40))
    elif v == 1:
        msg = "geocode ok case=%s addr=\"%s, %s, %s %s\" county=\"%s\" -> %s,%s" % (
            OI(p.case), AD(p.street), AD(p.city), p.st, ZP(p.zip), AD(p.county), AD(p.lat), AD(p.lon))
    else:
        msg = "reschedule case=%s from %s to %s reason=APPLICANT_REQUEST by=%s" % (
            OI(p.case), DT(dfmt(p.appt.date(), "iso")), DT(dfmt((p.appt + dt.timedelta(days=R.randint(1, 6))).date(), "iso")), R.choice(AGENTS))
    return [("sched_syslog", "%s sched-02 slotter[2211]: %s" % (ts_sys(t), msg))]


def sched_noise():
    t = clk()
    v = R.randrange(4)
    if v == 0:
        msg = "optimizer run territory=%s examiners=%d open_slots=%d filled=%d took=%.2fs" % (
            R.choice(["CHI-W", "TUL", "FRE", "BOS-N", "ELP", "HNL"]), R.randint(5, 50), R.randint(50, 400), R.randint(20, 380), R.uniform(0.3, 4))
    elif v == 1:
        msg = "capacity zip3=%03d next_available=2024-03-%d examiners_active=%d" % (R.randint(100, 999), R.randint(19, 29), R.randint(1, 12))
    elif v == 2:
        msg = "examiner %s coverage zips=[%s] max_daily=%d" % (R.choice(EXAMINERS)[0], ",".join(R.choice(CITIES)[2] for _ in range(4)), R.randint(4, 9))
    else:
        msg = "holiday calendar loaded 2024 (11 entries), blackout=2024-05-27"
    return [("sched_syslog", "%s sched-02 slotter[2211]: %s" % (ts_sys(t), msg))]


# ---- LIMS pipe ----------------------------------------------------------------
LIMS_HDR = "KIT_ID|SPECIMEN_ID|CASE_NO|APPL_INIT|DOB|SEX|COLLECTED|RECEIVED|TEMP_C|STATUS"


def lims_phi():
    p = pick()
    clk()
    col = dt.datetime.combine(p.exam, dt.time(R.randint(7, 12), R.randint(0, 59)))
    rec = col + dt.timedelta(hours=R.randint(18, 40), minutes=R.randint(0, 59))
    s = "%s|%s|%s|%s|%s|%s|%s|%s|%.1f|%s" % (
        p.kit, OI(p.spec), OI(p.case), NM(initials(p)), DT(dfmt(p.dob, "iso")), p.sex,
        DT(col.strftime("%Y-%m-%d %H:%M")), DT(rec.strftime("%Y-%m-%d %H:%M")), R.uniform(2, 8),
        R.choice(["ACCESSIONED", "ACCESSIONED", "RESULTED", "HEMOLYZED", "QNS"]))
    return [("lims_psv", s)]


def lims_noise():
    clk()
    v = R.randrange(4)
    if v == 0:
        return [("lims_psv", LIMS_HDR)]
    if v == 1:
        return [("lims_psv", "STATUS_SUMMARY|2024-03-18|RECEIVED=%d|REJECTED=%d|QNS=%d|HEMOLYZED=%d|TAT_P50_H=%.1f" % (
            R.randint(300, 500), R.randint(0, 6), R.randint(0, 4), R.randint(0, 5), R.uniform(20, 40)))]
    if v == 2:
        return [("lims_psv", "MANIFEST|MAN-240318-%02d|FEDEX|%s %s %s|PIECES=%d|ORIGIN=%s|DEST=HRL-LENEXA" % (
            R.randint(1, 30), digits(4), digits(4), digits(4), R.randint(3, 30), R.choice(EXAMINERS)[0]))]
    return [("lims_psv", "KIT_LOT|24C%d|SKU=%s|QTY=%d|EXPIRES=2025-%02d-28|WAREHOUSE=KC2" % (
        R.randint(100, 140), R.choice(["BU-STD", "UO-STD", "OF-SAL", "DBS-A1C"]), R.randint(50, 900), R.randint(1, 12)))]


# ---- HL7 ORU ------------------------------------------------------------------
def hl7_block():
    p = pick()
    t = clk()
    out = []
    out.append(("hl7_oru", "MSH|^~\\&|HRL-LIS|HRL|VITALPATH|VP|%s||ORU^R01^ORU_R01|MSG%09d|P|2.5.1" % (t.strftime("%Y%m%d%H%M%S"), R.randint(1, 10 ** 9))))
    addr = "%s^%s^%s^%s^%s" % (AD(p.street.upper()), AD(p.unit.upper()) if p.unit else "", AD(p.city.upper()), p.st, ZP(p.zip))
    xpn = "%s^%s^%s" % (p.last.upper(), p.first.upper(), p.mid)
    out.append(("hl7_oru", "PID|1||%s^^^HRL^MR~%s^^^VP^AN||%s||%s|%s|||%s||%s|||||||%s" % (
        MR(p.labpid), OI(p.casec), NM(xpn), DT(dfmt(p.dob, "compact")), p.sex, addr, PH(pfmt(p.phone, "paren")), SS(sfmt(p.ssn, "dash")))))
    col = dt.datetime.combine(p.exam, dt.time(R.randint(7, 11), R.randint(0, 59)))
    out.append(("hl7_oru", "OBR|1|%s|%s|LIPID^Lipid Panel^L|||%s|||||||%s||^%s" % (
        OI(p.casec), OI(p.spec), DT(col.strftime("%Y%m%d%H%M")), DT((col + dt.timedelta(hours=26)).strftime("%Y%m%d%H%M")), "%s^%s^%s" % (p.examiner[0], p.examiner[1].split()[-1].upper(), p.examiner[1].split()[0].upper()))))
    tests = [("2093-3", "Cholesterol", "mg/dL", "<200", 150, 280), ("2571-8", "Triglycerides", "mg/dL", "<150", 60, 400),
             ("2085-9", "HDL Cholesterol", "mg/dL", ">39", 28, 90), ("4548-4", "Hemoglobin A1c", "%", "<5.7", 4.6, 9.8),
             ("1920-8", "AST", "U/L", "10-40", 12, 90), ("2324-2", "GGT", "U/L", "8-61", 10, 180),
             ("14957-5", "Microalbumin, Urine", "mg/L", "<30", 2, 80)]
    for i, (code, nm, unit, rng, lo, hi) in enumerate(R.sample(tests, R.randint(2, 4)), 1):
        val = R.uniform(lo, hi)
        val = ("%.1f" % val) if hi < 20 else str(int(val))
        out.append(("hl7_oru", "OBX|%d|NM|%s^%s^LN||%s|%s|%s|%s|||F" % (i, code, nm, val, unit, rng, R.choice(["N", "N", "H"]))))
    return out


# ---- ACORD TXLife -------------------------------------------------------------
def txlife_103_block():
    p = pick()
    clk()
    owner = R.random() < 0.3
    out = [
        '<TXLife xmlns="http://ACORD.org/Standards/Life/2" Version="2.42.00">',
        '  <TXLifeRequest PrimaryObjectID="Holding_1">',
        '    <TransRefGUID>%s</TransRefGUID>' % uuid4(),
        '    <TransType tc="103">New Business Submission</TransType>',
        '    <TransExeDate>2024-03-18</TransExeDate><TransExeTime>%s</TransExeTime>' % _now[0].strftime("%H:%M:%S"),
        '    <OLifE>',
        '      <Holding id="Holding_1"><HoldingTypeCode tc="2">Policy</HoldingTypeCode><Policy><PolNumber>%s</PolNumber><LineOfBusiness tc="%d">%s</LineOfBusiness><CarrierCode>%s</CarrierCode><ProductCode>%s</ProductCode></Policy></Holding>' % (
            OI(p.pol), 1 if p.carrier[0] != "MGDI" else 5, "Life" if p.carrier[0] != "MGDI" else "Disability Income", p.carrier[0], R.choice(["TERM20", "UL-GUAR", "TERM30", "WL-PAR"]) if p.carrier[0] != "MGDI" else R.choice(["IDI-OWNOCC", "IDI-MODOCC"])),
        '      <Party id="Party_1"><PartyTypeCode tc="1">Person</PartyTypeCode><FullName>%s</FullName><GovtID>%s</GovtID><GovtIDTC tc="1">Social Security Number</GovtIDTC>' % (
            NM(full_m(p)), SS(p.ssn)),
        '        <Person><FirstName>%s</FirstName><MiddleName>%s</MiddleName><LastName>%s</LastName><Gender tc="%d">%s</Gender><BirthDate>%s</BirthDate><DriversLicenseNum>%s</DriversLicenseNum><DriversLicenseState tc="%d">%s</DriversLicenseState></Person>' % (
            NM(p.first), NM(p.mid), NM(p.last), 1 if p.sex == "M" else 2, "Male" if p.sex == "M" else "Female", DT(dfmt(p.dob, "iso")), LI(p.dl), STATE_TC[p.st], p.st),
        '        <Address><AddressTypeCode tc="1">Residence</AddressTypeCode><Line1>%s</Line1>%s<City>%s</City><AddressStateTC tc="%d">%s</AddressStateTC><Zip>%s</Zip></Address>' % (
            AD(p.street), ("<Line2>%s</Line2>" % AD(p.unit)) if p.unit else "", AD(p.city), STATE_TC[p.st], p.st, ZP(p.zip)),
        '        <Phone><PhoneTypeCode tc="12">Mobile</PhoneTypeCode><AreaCode>%s</AreaCode><DialNumber>%s</DialNumber></Phone><EMailAddress><EMailType tc="2">Personal</EMailType><AddrLine>%s</AddrLine></EMailAddress>' % (
            PH(p.phone[:3]), PH(p.phone[3:]), EM(p.email)),
        '      </Party>',
        '      <Party id="Party_2"><PartyTypeCode tc="1">Person</PartyTypeCode><FullName>%s</FullName><Person><BirthDate>%s</BirthDate></Person></Party>' % (
            NM("%s %s" % (p.spouse, p.last)), DT(dfmt(dt.date(p.dob.year + R.randint(-4, 4), R.randint(1, 12), R.randint(1, 28)), "iso"))),
        '      <Relation id="Relation_2" OriginatingObjectID="Holding_1" RelatedObjectID="Party_2"><RelationRoleCode tc="34">Primary Beneficiary</RelationRoleCode><InterestPercent>100</InterestPercent></Relation>',
    ]
    if owner:
        out.append('      <Banking id="Banking_1"><AccountNumber>%s</AccountNumber><RoutingNum>%s</RoutingNum><BankAcctType tc="1">Checking</BankAcctType><AcctHolderName>%s</AcctHolderName></Banking>' % (
            AC(digits(R.choice([9, 10, 12]))), R.choice(["071000013", "021000021", "122000247", "111000614"]), NM(full(p))))
    out += ['    </OLifE>', '  </TXLifeRequest>', '</TXLife>']
    return [("txlife_xml", s) for s in out]


REQS = [("11", "Paramedical Exam"), ("6", "Blood Profile"), ("7", "Urinalysis"), ("9", "Electrocardiogram"),
        ("62", "Attending Physician Statement"), ("41", "Motor Vehicle Report"), ("47", "Prescription History"),
        ("35", "MIB Check")]


def txlife_121_phi():
    p = pick()
    clk()
    rc = R.choice(REQS)
    s = '<TXLifeRequest><TransRefGUID>%s</TransRefGUID><TransType tc="121">General Requirement Order Request</TransType><OLifE><Holding id="Holding_1"><Policy><PolNumber>%s</PolNumber><RequirementInfo id="Req_1"><ReqCode tc="%s">%s</ReqCode><ReqStatus tc="1">Ordered</ReqStatus><AppliesToPartyID>Party_1</AppliesToPartyID></RequirementInfo></Policy></Holding><Party id="Party_1"><Person><FirstName>%s</FirstName><LastName>%s</LastName><BirthDate>%s</BirthDate></Person><Address><Zip>%s</Zip></Address></Party></OLifE></TXLifeRequest>' % (
        uuid4(), OI(p.pol), rc[0], rc[1], NM(p.first), NM(p.last), DT(dfmt(p.dob, "iso")), ZP(p.zip))
    return [("txlife_xml", s)]


def txlife_1122_phi():
    p = pick()
    clk()
    rc = R.choice(REQS)
    s = '<TransType tc="1122">Requirement Status Update</TransType><OLifE><Holding><Policy><PolNumber>%s</PolNumber><RequirementInfo id="Req_%d"><ReqCode tc="%s">%s</ReqCode><ReqStatus tc="%s">%s</ReqStatus><StatusDate>2024-03-18</StatusDate><FulfilledDate>%s</FulfilledDate><RequirementAcctNum>%s</RequirementAcctNum></RequirementInfo></Policy></Holding></OLifE>' % (
        OI(p.pol), R.randint(1, 6), rc[0], rc[1], *R.choice([("4", "Completed"), ("15", "Received"), ("21", "Reviewed")]), DT(dfmt(p.exam, "iso")), OI(p.case))
    return [("txlife_xml", s)]


def txlife_noise():
    clk()
    v = R.randrange(5)
    if v == 0:
        s = '<TXLifeResponse><TransRefGUID>%s</TransRefGUID><TransType tc="1122">Requirement Status Update</TransType><TransResult><ResultCode tc="1">Success</ResultCode></TransResult></TXLifeResponse>' % uuid4()
    elif v == 1:
        s = '<TransResult><ResultCode tc="5">Failure</ResultCode><ResultInfo><ResultInfoCode tc="200">Invalid Data</ResultInfoCode><ResultInfoDesc>cvc-complex-type.2.4.a: Invalid content was found starting with element \'ReqStatus\'</ResultInfoDesc></ResultInfo></TransResult>'
    elif v == 2:
        rc = R.choice(REQS)
        s = '<RequirementInfo id="Req_%d"><ReqCode tc="%s">%s</ReqCode><RequirementDetails>%s</RequirementDetails><ReqStatus tc="1">Ordered</ReqStatus><AppliesToPartyID>Party_1</AppliesToPartyID></RequirementInfo>' % (
            R.randint(1, 6), rc[0], rc[1], R.choice(["Blood, urine, EKG; fasting 8h", "Vitals and Part B questionnaire", "Last 5 years of records", "Standard"]))
    elif v == 3:
        s = '<UserAuthRequest><UserLoginName>VPGW_%s</UserLoginName><VendorApp><VendorName VendorCode="VP77">VitalPath</VendorName><AppName>VP-Integration</AppName><AppVer>3.18.2</AppVer></VendorApp></UserAuthRequest>' % R.choice(CARRIERS)[0]
    else:
        s = '<?xml version="1.0" encoding="UTF-8"?>'
    return [("txlife_xml", s)]


# ---- MIB batch -----------------------------------------------------------------
MIB_CODES = ["311ZZ", "504GX", "960QS", "212PZ", "401AB", "730T#", "160Z*"]


def mib_phi():
    p = pick()
    clk()
    if R.random() < 0.5:
        s = "R|%s|0318A|%06d|%s|%s|%s|%s|%s|%s|H|%s" % (
            p.carrier[0], R.randint(1, 400), NM(asciify(p.last).upper()), NM(asciify(p.first).upper()), NM(p.mid),
            DT(dfmt(p.dob, "compact")), R.choice(STATES), ZP(p.zip), ";".join(R.sample(MIB_CODES, R.randint(1, 3))))
    else:
        s = "RESP trk=MIB2403180%04d co=%s subj=\"%s\" dob=%s bst=%s zip=%s rc=%s" % (
            R.randint(0, 9999), p.carrier[0], NM("%s/%s/%s" % (asciify(p.last).upper(), asciify(p.first).upper(), p.mid)),
            DT(dfmt(p.dob, "compact")), R.choice(STATES), ZP(p.zip), R.choice(["NO_HIT", "HIT codes=311ZZ", "HIT codes=504GX,960QS", "TRY_AGAIN"]))
    return [("mib_batch", s)]


def mib_noise():
    clk()
    return [("mib_batch", R.choice([
        "H|MIB|IAI|20240318|0318A|v3.1|VP77",
        "T|0318A|%06d|%06d|%06d" % (R.randint(150, 400), R.randint(5, 40), R.randint(0, 3)),
        "MIB IAI batch 0318%s submitted: %d inquiries, %d hits, %d errors (%.1fs)" % (R.choice("ABCD"), R.randint(100, 300), R.randint(3, 30), R.randint(0, 2), R.uniform(1, 9)),
        "C|311ZZ|Hypertension, treated|C|504GX|Diabetes mellitus type 2 reported",
    ]))]


# ---- Rx history JSON -------------------------------------------------------------
def rx_phi():
    p = pick()
    t = clk()
    fills = []
    for _ in range(R.randint(1, 3)):
        dn, ndc = R.choice(DRUGS)
        fd = dt.date(R.choice([2022, 2023, 2024]), R.randint(1, 12), R.randint(1, 28))
        if fd > dt.date(2024, 3, 15):
            fd = dt.date(2023, fd.month, fd.day)
        doc = R.choice(DOCS)
        fills.append('{"ndc":"%s","drug":"%s","fillDate":"%s","qty":%d,"daysSupply":%d,"prescriber":{"name":"%s","npi":"1%s"},"pharmacy":"%s"}' % (
            ndc, dn, DT(dfmt(fd, "iso")), R.choice([30, 60, 90]), R.choice([30, 90]), doc[0], digits(9), R.choice(PHARMACIES)))
    s = '{"orderId":"RX-%s","status":"COMPLETE","receivedAt":"%s","subject":{"first":"%s","last":"%s","dob":"%s","gender":"%s","zip":"%s"},"pbm":{"name":"%s","memberId":"%s"},"riskScore":%d,"fills":[%s]}' % (
        digits(9), ts_z(t), NM(p.first), NM(p.last), DT(dfmt(p.dob, "iso")), p.sex, ZP(p.zip), R.choice(PBMS), HP(p.member), R.randint(5, 95), ",".join(fills))
    return [("rx_json", s)]


def rx_noise():
    t = clk()
    return [("rx_json", R.choice([
        '{"orderId":"RX-%s","status":"NO_HIT","receivedAt":"%s","elapsedMs":%d}' % (digits(9), ts_z(t), R.randint(300, 4000)),
        '{"orderId":"RX-%s","status":"ERROR","error":{"code":"UPSTREAM_TIMEOUT","retryable":true},"attempt":%d}' % (digits(9), R.randint(1, 3)),
        '{"metric":"rx.vendor.latency","p50":%d,"p95":%d,"window":"5m","carrier":"%s"}' % (R.randint(400, 900), R.randint(1500, 5000), R.choice(CARRIERS)[0]),
    ]))]


# ---- MVR --------------------------------------------------------------------------
def mvr_phi():
    p = pick()
    clk()
    viol = []
    for _ in range(R.randint(0, 2)):
        d = dt.date(R.randint(2019, 2023), R.randint(1, 12), R.randint(1, 28))
        viol.append(R.choice(["SPD 11-15 OVER", "SPD 21+ OVER", "FAIL TO YIELD", "DUI BAC .09", "IMPROPER LANE CHG"]) + " " + DT(dfmt(d, "us")))
    if R.random() < 0.35:
        d = dt.date(R.randint(2020, 2023), R.randint(1, 12), R.randint(1, 28))
        viol.append("ACC %s AT-FAULT PLATE %s" % (DT(dfmt(d, "us")), VH(gen_plate())))
    s = "MVR|%s|DL:%s|NAME:%s|DOB:%s|STATUS:%s|CLASS:%s|PTS:%d|VIOL:%s" % (
        p.st, LI(p.dl), NM("%s, %s %s" % (asciify(p.last).upper(), asciify(p.first).upper(), p.mid)), DT(dfmt(p.dob, "us")),
        R.choice(["VALID", "VALID", "SUSPENDED", "EXPIRED"]), R.choice(["C", "D", "CDL-A"]), R.randint(0, 8), ";".join(viol) if viol else "NONE")
    return [("mvr_rec", s)]


def mvr_noise():
    clk()
    return [("mvr_rec", R.choice([
        "MVR vendor latency p50=%dms p95=%dms states_down=[%s]" % (R.randint(500, 1200), R.randint(2000, 6000), ",".join(R.sample(["MA", "NH", "PA", "WA", "DE"], 2))),
        "MVR|HDR|VP77|BATCH 0318-%02d|RECS=%d|FMT=2.3" % (R.randint(1, 12), R.randint(20, 120)),
        "MVR|TRL|RECS=%d|HITS=%d|NOREC=%d" % (R.randint(20, 120), R.randint(5, 40), R.randint(0, 6)),
    ]))]


# ---- fax gateway & APS --------------------------------------------------------------
def fax_prefix(t): return "%s [faxgw] " % ts_l4j(t)


def fax_phi():
    p = pick()
    t = clk()
    doc = p.doc
    v = R.randrange(3)
    if v == 0:
        s = fax_prefix(t) + 'OUT jobId=FX%s to=1%s pages=%d result=0 "Success" csid="%s" docName="APS_REQ_%s_%s.pdf"' % (
            digits(11), doc[2], R.randint(3, 9), doc[1].upper()[:20], OI(p.casec), NM(fileslug(p)))
    elif v == 1:
        s = fax_prefix(t) + "IN jobId=FX%s from=%s pages=%d routed=APS_INBOX ocr_case=%s ocr_patient=\"%s\" conf=0.%d" % (
            digits(11), doc[2], R.randint(8, 90), OI(p.case), NM(LFU(p)), R.randint(70, 99))
    else:
        s = fax_prefix(t) + "OUT jobId=FX%s to=%s pages=2 result=0 \"Success\" docName=\"ExamCopy_%s.pdf\" note=\"applicant-requested copy to home fax\"" % (
            digits(11), FX(pfmt(p.phone2, "raw")), NM(fileslug(p)))
    return [("fax_log", s)]


def fax_noise():
    t = clk()
    return [("fax_log", fax_prefix(t) + R.choice([
        'OUT jobId=FX%s to=1%s pages=%d result=%d "%s" retries=%d' % (digits(11), R.choice(DOCS)[2], R.randint(2, 9), R.choice([3, 5, 7]), R.choice(["NO CARRIER", "BUSY", "Remote hangup"]), R.randint(1, 3)),
        'IN jobId=FX%s from=anonymous pages=0 result=11 "Receive aborted"' % digits(11),
        "modem pool status lines=24 busy=%d idle=%d errors_1h=%d" % (R.randint(0, 24), R.randint(0, 24), R.randint(0, 9)),
        'cover sheet template APS_COVER_v5 loaded; return fax 866-555-0142 (VitalPath APS Unit)',
    ]))]


def aps_phi():
    p = pick()
    t = clk()
    v = R.randrange(3)
    doc = p.doc
    if v == 0:
        s = '{"ts":"%s","apsRequestId":"APS-240318-%04d","provider":"%s","providerFax":"%s","patient":"%s","dob":"%s","chartNo":"%s","recordsFrom":"%s","authSigned":"%s","status":"SENT"}' % (
            ts_z(t), R.randint(1, 9999), doc[1], pfmt(doc[2], "paren"), NM(full_m(p)), DT(dfmt(p.dob, "us")), MR(p.chart),
            DT(dfmt(dt.date(2019, 1, 1), "iso")), DT(dfmt(p.exam, "iso")))
    elif v == 1:
        s = '{"ts":"%s","apsRequestId":"APS-240318-%04d","event":"RECORDS_RECEIVED","pages":%d,"patient":{"name":"%s","medicareId":"%s"},"caseNo":"%s"}' % (
            ts_z(t), R.randint(1, 9999), R.randint(10, 120), NM(lf(p)),
            HP(gen_mbi()),
            OI(p.case))
    else:
        s = '{"ts":"%s","apsRequestId":"APS-240318-%04d","event":"FOLLOW_UP","note":"2nd f/u - %s office says chart for %s (DOB %s) was sent %s; not received. Re-faxed auth."}' % (
            ts_z(t), R.randint(1, 9999), doc[0], NM(full(p)), DT(dfmt(p.dob, "us2")), dfmt(dt.date(2024, 3, R.randint(4, 15)), "md"))
    return [("aps_json", s)]


def aps_noise():
    t = clk()
    return [("aps_json", R.choice([
        '{"ts":"%s","job":"ApsAgingReport","open":%d,"over30d":%d,"over60d":%d}' % (ts_z(t), R.randint(200, 900), R.randint(40, 200), R.randint(5, 60)),
        '{"ts":"%s","apsRequestId":"APS-240318-%04d","event":"PROVIDER_FEE_INVOICE","amount":%d.00,"provider":"%s","providerNpi":"1%s"}' % (ts_z(t), R.randint(1, 9999), R.choice([25, 35, 50, 75]), R.choice(DOCS)[1], digits(9)),
        '{"ts":"%s","event":"PROVIDER_DIRECTORY_SYNC","updated":%d,"source":"NPPES","durationMs":%d}' % (ts_z(t), R.randint(10, 500), R.randint(800, 9000)),
    ]))]


# ---- Rails portal --------------------------------------------------------------------
def rails_prefix(t):
    return "I, [%s #%d]  INFO -- : [%s] " % (t.strftime("%Y-%m-%dT%H:%M:%S.%f"), R.choice([2211, 2214, 2219]), uuid4())


def rails_phi():
    p = pick()
    t = clk()
    v = R.randrange(5)
    if v == 4:
        s = "E, [%s #%d] ERROR -- : [%s] ActiveRecord::RecordNotUnique (PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint \"index_applicants_on_ssn_and_carrier_id\" DETAIL:  Key (ssn, carrier_id)=(%s, %d) already exists.)" % (
            t.strftime("%Y-%m-%dT%H:%M:%S.%f"), R.choice([2211, 2214, 2219]), uuid4(), SS(p.ssn), CARRIERS.index(p.carrier) + 1)
    elif v == 0:
        s = rails_prefix(t) + 'method=POST path=/portal/appointments format=html controller=Portal::AppointmentsController action=create status=302 duration=%.2f view=0.00 db=%.2f location=https://portal.vitalpath-exam.com/portal/appointments/confirm remote_ip=%s params={"appointment"=>{"case_number"=>"%s", "preferred_date"=>"%s", "phone"=>"%s", "ssn_last4"=>"[FILTERED]"}}' % (
            R.uniform(40, 300), R.uniform(3, 40), IP(p.ip), OI(p.case), DT(dfmt(p.appt.date(), "iso")), PH(pfmt(p.phone, "raw")))
    elif v == 1:
        s = rails_prefix(t) + 'method=GET path=/admin/cases/%s format=html controller=Admin::CasesController action=show status=200 duration=%.2f view=%.2f db=%.2f user_id=%d remote_ip=10.40.%d.%d' % (
            OI(p.case), R.uniform(40, 300), R.uniform(20, 200), R.uniform(3, 40), R.randint(100, 900), R.randint(0, 9), R.randint(2, 250))
    elif v == 2:
        s = rails_prefix(t) + 'method=PATCH path=/portal/profile format=json controller=Portal::ProfilesController action=update status=422 duration=%.2f view=%.2f db=%.2f remote_ip=%s params={"profile"=>{"email"=>"%s", "dob"=>"%s", "password"=>"[FILTERED]"}} errors="Dob does not match our records"' % (
            R.uniform(20, 90), R.uniform(1, 5), R.uniform(1, 10), IP(p.ip), EM(p.email), DT(dfmt(p.dob, "us")))
    else:
        s = rails_prefix(t) + 'method=POST path=/portal/sessions format=html controller=Portal::SessionsController action=create status=302 duration=%.2f view=0.00 db=%.2f remote_ip=%s params={"session"=>{"username"=>"%s", "password"=>"[FILTERED]"}}' % (
            R.uniform(100, 400), R.uniform(3, 20), IP(p.ip), OI(p.user))
    return [("rails_lograge", s)]


def rails_noise():
    t = clk()
    v = R.randrange(5)
    if v == 0:
        s = rails_prefix(t) + "method=GET path=/up format=html controller=Rails::HealthController action=show status=200 duration=%.2f view=%.2f db=0.00" % (R.uniform(0.5, 3), R.uniform(0.2, 1))
    elif v == 1:
        s = rails_prefix(t) + "method=GET path=/portal/faq format=html controller=Portal::PagesController action=faq status=200 duration=%.2f view=%.2f db=%.2f" % (R.uniform(10, 60), R.uniform(5, 50), R.uniform(0, 3))
    elif v == 2:
        s = rails_prefix(t) + "method=GET path=/admin/reports/tat format=csv controller=Admin::ReportsController action=tat status=200 duration=%.2f view=%.2f db=%.2f user_id=%d remote_ip=10.40.%d.%d" % (
            R.uniform(300, 3000), R.uniform(10, 300), R.uniform(200, 2500), R.randint(100, 900), R.randint(0, 9), R.randint(2, 250))
    elif v == 3:
        s = "W, [%s #%d]  WARN -- : Rack::Attack throttled portal/sessions discriminator=%s count=%d period=60" % (
            t.strftime("%Y-%m-%dT%H:%M:%S.%f"), 2211, hexs(16), R.randint(11, 40))
    else:
        s = "I, [%s #%d]  INFO -- : Puma starting in cluster mode... * Puma version: 6.4.2 (ruby 3.2.3-p157) (\"The Eagle of Durango\") * Min threads: 5 * Max threads: 5 * Environment: production * Workers: 4" % (
            t.strftime("%Y-%m-%dT%H:%M:%S.%f"), R.randint(1800, 1900))
    return [("rails_lograge", s)]


def lograge_json_phi():
    p = pick()
    t = clk()
    s = '{"method":"GET","path":"/api/v2/cases/%s/requirements","format":"json","controller":"Api::V2::RequirementsController","action":"index","status":200,"duration":%.2f,"view":%.2f,"db":%.2f,"carrier":"%s","request_id":"%s","@timestamp":"%s","params":{"insured_last_name":"%s","insured_dob":"%s"}}' % (
        OI(p.case), R.uniform(20, 300), R.uniform(5, 100), R.uniform(2, 60), p.carrier[0], uuid4(), ts_z(t), NM(p.last), DT(dfmt(p.dob, "iso")))
    return [("lograge_json", s)]


def lograge_json_noise():
    t = clk()
    s = '{"method":"%s","path":"%s","format":"json","controller":"%s","action":"%s","status":%d,"duration":%.2f,"view":%.2f,"db":%.2f,"carrier":"%s","request_id":"%s","@timestamp":"%s"}' % (
        *R.choice([("GET", "/api/v2/status", "Api::V2::StatusController", "show"), ("POST", "/api/v2/txlife", "Api::V2::TxlifeController", "create"),
                   ("GET", "/api/v2/examiners/availability", "Api::V2::AvailabilityController", "index")]),
        R.choice([200, 200, 201, 401, 429]), R.uniform(3, 900), R.uniform(1, 80), R.uniform(1, 300), R.choice(CARRIERS)[0], uuid4(), ts_z(t))
    return [("lograge_json", s)]


def sidekiq_phi():
    p = pick()
    t = clk()
    s = '%s pid=%d tid=%s WARN: {"context":"Job raised exception","job":{"class":"%s","args":["%s","%s"],"retry":5,"queue":"default","jid":"%s","retry_count":%d},"error":"Twilio::REST::RestError: [HTTP 400] 21211 : Invalid \'To\' Phone Number"}' % (
        ts_z(t), R.choice([3301, 3302]), "".join(R.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(4)),
        R.choice(["AppointmentReminderJob", "SelfScheduleInviteJob"]), OI(p.case), PH(pfmt(p.phone, "e164")), hexs(24), R.randint(0, 4))
    return [("sidekiq", s)]


def sidekiq_noise():
    t = clk()
    cls = R.choice(["FaxStatusPollJob", "ApsFollowUpJob", "CarrierStatusExportJob", "KitReorderJob", "SftpDeliveryJob", "InvoiceBuildJob"])
    jid = hexs(24)
    s = "%s pid=%d tid=%s class=%s jid=%s %s" % (ts_z(t), R.choice([3301, 3302]), "".join(R.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(4)), cls, jid,
                                                  R.choice(["INFO: start", "elapsed=%.3f INFO: done" % R.uniform(0.05, 30)]))
    return [("sidekiq", s)]


# ---- Java integration layer (log4j2) -------------------------------------------------
def l4j(level, logger, thread, message, ctx=None, thrown=None):
    t = clk()
    e = epoch(t)
    out = '{"instant":{"epochSecond":%d,"nanoOfSecond":%d},"thread":"%s","level":"%s","loggerName":"%s","message":"%s",' % (
        e, (t.microsecond * 1000), thread, level, logger, message)
    if thrown:
        out += '"thrown":%s,' % thrown
    out += '"endOfBatch":false,"loggerFqcn":"org.apache.logging.log4j.spi.AbstractLogger","contextMap":{%s},"threadId":%d,"threadPriority":5}' % (
        ctx or '"traceId":"%s","spanId":"%s"' % (hexs(32), hexs(16)), R.randint(20, 90))
    return out


def ecs(level, logger, thread, message, extra=""):
    t = clk()
    return '{"@timestamp":"%s","ecs.version":"1.2.0","log.level":"%s","message":"%s","process.thread.name":"%s","log.logger":"%s","service.name":"vp-integration","trace.id":"%s"%s}' % (
        ts_z(t), level, message, thread, logger, hexs(32), extra)


def java_phi():
    p = pick()
    v = R.randrange(8)
    if v == 0:
        return [("log4j2_json", l4j("INFO", "com.vitalpath.integration.acord.TxLifeInboundRouter", "kafka-acord-3",
                                    "TXLife 103 accepted polNumber=%s insured=%s ssn=%s dob=%s carrier=%s" % (
                                        OI(p.pol), NM(LFU(p)), SS(sfmt(p.ssn)), DT(dfmt(p.dob, "iso")), p.carrier[0])))]
    if v == 1:
        return [("log4j2_json", l4j("INFO", "com.vitalpath.integration.req.RequirementOrderService", "http-nio-8443-exec-%d" % R.randint(1, 40),
                                    "121 order created reqCode=PARAMED case=%s party=%s zip=%s order=%s" % (OI(p.case), NM(full(p)), ZP(p.zip), p.order)))]
    if v == 2:
        return [("log4j2_json", l4j("DEBUG", "com.vitalpath.integration.mib.MibRequestBuilder", "mib-worker-%d" % R.randint(1, 4),
                                    'MIB inquiry built: {\\"lastName\\":\\"%s\\",\\"firstName\\":\\"%s\\",\\"dob\\":\\"%s\\",\\"birthState\\":\\"%s\\",\\"zip\\":\\"%s\\"}' % (
                                        NM(asciify(p.last).upper()), NM(asciify(p.first).upper()), DT(dfmt(p.dob, "compact")), R.choice(STATES), ZP(p.zip))))]
    if v == 3:
        rec = "MVR|%s|%s|%s|%s" % (p.st, LI(p.dl), NM(asciify(p.last).upper()), DT(dfmt(p.dob, "us")))
        thrown = '{"commonElementCount":0,"localizedMessage":"Unexpected token at col 41","message":"Unexpected token at col 41","name":"com.vitalpath.integration.mvr.MvrParseException","extendedStackTrace":"com.vitalpath.integration.mvr.MvrParseException: Unexpected token at col 41\\n\\tat com.vitalpath.integration.mvr.MvrRecordParser.parse(MvrRecordParser.java:118)\\n\\tat com.vitalpath.integration.mvr.MvrPoller.poll(MvrPoller.java:64)"}'
        return [("log4j2_json", l4j("ERROR", "com.vitalpath.integration.mvr.MvrPoller", "mvr-poller-1",
                                    "Failed to parse MVR record: %s" % rec, thrown=thrown))]
    if v == 4:
        return [("log4j2_ecs", ecs("WARN", "com.vitalpath.integration.address.AddressNormalizer", "pool-4-thread-%d" % R.randint(1, 8),
                                   "City '%s' not found in county table for zip %s, using USPS fallback (party=%s)" % (AD(p.city), ZP(p.zip), NM(full(p)))))]
    if v == 5:
        lic = R.choice(["RN%07d" % R.randint(0, 9999999), "DDS.%06d" % R.randint(0, 999999), "PE-%05d" % R.randint(0, 99999), "CPA %06d" % R.randint(0, 999999)])
        return [("log4j2_ecs", ecs("INFO", "com.vitalpath.integration.di.OccupationVerifier", "di-verify-%d" % R.randint(1, 3),
                                   "DI occupation verified case=%s licenseNo=%s state=%s insured=%s" % (OI(p.case), LI(lic), p.st, NM(lf(p))),
                                   ',"labels":{"carrier":"MGDI"}'))]
    if v == 6:
        return [("log4j2_ecs", ecs("INFO", "com.vitalpath.integration.di.TaxTranscriptClient", "di-verify-%d" % R.randint(1, 3),
                                   "4506-C request queued tin=%s taxYears=2022,2023 case=%s claimNo=%s" % (
                                       SS(sfmt(p.ssn, "dash")), OI(p.case), OI("DIC-%08d" % R.randint(0, 10 ** 8 - 1)))))]
    card = "4%s" % digits(14)
    tot = 0
    for i, ch in enumerate(reversed(card)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    card += str((10 - tot % 10) % 10)
    return [("log4j2_json", l4j("ERROR", "com.vitalpath.integration.premium.InitialPremiumGateway", "http-nio-8443-exec-%d" % R.randint(1, 40),
                                "Gateway declined cardNumber=%s exp=%02d/%02d holder=%s polNumber=%s code=05" % (
                                    AC(card), R.randint(1, 12), R.randint(25, 29), NM(full(p).upper()), OI(p.pol))))]


def java_noise():
    v = R.randrange(10)
    if v == 0:
        return [("log4j2_json", l4j("INFO", "org.springframework.boot.StartupInfoLogger", "main", "Started IntegrationApplication in %.3f seconds (process running for %.2f)" % (R.uniform(9, 20), R.uniform(20, 24))))]
    if v == 1:
        return [("log4j2_json", l4j("INFO", "com.zaxxer.hikari.HikariDataSource", "main", "HikariPool-1 - Start completed."))]
    if v == 2:
        return [("log4j2_json", l4j("INFO", "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator", "kafka-acord-%d" % R.randint(0, 5),
                                    "[Consumer clientId=acord-inbound-%d, groupId=acord-inbound] Adding newly assigned partitions: acord.txlife.inbound-0, acord.txlife.inbound-1" % R.randint(0, 5)))]
    if v == 3:
        return [("log4j2_json", l4j("INFO", "com.vitalpath.integration.acord.StatusDispatcher", "scheduling-1",
                                    "1122 batch dispatched carrier=%s count=%d elapsedMs=%d" % (R.choice(CARRIERS)[0], R.randint(5, 200), R.randint(100, 5000))))]
    if v == 4:
        return [("log4j2_ecs", ecs("INFO", "com.vitalpath.integration.acord.SchemaValidator", "kafka-acord-%d" % R.randint(0, 5),
                                   "Schema validation passed TXLife2.42.00.xsd transRefGUID=%s" % uuid4()))]
    if v == 5:
        return [("log4j2_ecs", ecs("WARN", "io.github.resilience4j.circuitbreaker.internal.CircuitBreakerStateMachine", "mib-worker-%d" % R.randint(1, 4),
                                   "CircuitBreaker 'mibClient' changed state from CLOSED to OPEN"))]
    if v == 6:
        return [("log4j2_ecs", ecs("INFO", "com.vitalpath.integration.sftp.DeliverySweep", "scheduling-1",
                                   "sftpDeliverySweep completed delivered=%d failed=%d carriers=%d" % (R.randint(0, 60), R.randint(0, 3), R.randint(1, 5))))]
    if v == 7:
        return [("log4j2_ecs", ecs("WARN", "org.springframework.web.client.RestTemplate", "rx-client-%d" % R.randint(1, 4),
                                   "Retrying POST https://api.rx-vendor.example/v2/orders (attempt %d/3) status=502 latencyMs=%d" % (R.randint(1, 3), R.randint(1000, 30000))))]
    if v == 8:
        return [("log4j2_json", l4j("ERROR", "com.vitalpath.integration.acord.TxLifeInboundRouter", "kafka-acord-%d" % R.randint(0, 5),
                                    "Unsupported TransType tc=%d from carrier %s; message sent to DLQ offset=%d" % (R.choice([151, 228, 510]), R.choice(CARRIERS)[0], R.randint(10000, 99999))))]
    return [("log4j2_json", l4j("INFO", "com.vitalpath.integration.config.CarrierConfig", "main",
                                "Loaded carrier config %s: sftpHost=sftp.%s.example:22 pgpKeyId=0x%s contact=nb-ops@%s.example" % (
                                    (lambda c: (c, c.lower(), hexs(16).upper(), c.lower()))(R.choice(CARRIERS)[0]))))]


# ---- SFTP deliveries --------------------------------------------------------------------
def sftp_pfx(t): return "%s sftp-gw01 internal-sftp[%d]: " % (ts_sys(t), R.choice([41822, 41907, 42015]))


def sftp_phi():
    p = pick()
    t = clk()
    c = p.carrier[0]
    path = '/outbound/%s/2024-03-18/%s_%s_%s_%s.pdf' % (c.lower(), c, OI(p.casec), NM(fileslug(p)), R.choice(["PARAMED", "LABS", "APS", "EKG", "RXHX"]))
    if R.random() < 0.5:
        s = sftp_pfx(t) + 'open "%s" flags WRITE,CREATE,TRUNCATE mode 0640' % path
    else:
        s = sftp_pfx(t) + 'close "%s" bytes read 0 written %d' % (path, R.randint(40000, 3000000))
    return [("sftp_syslog", s)]


def sftp_noise():
    t = clk()
    c = R.choice(CARRIERS)[0].lower()
    v = R.randrange(5)
    if v == 0:
        s = "%s sftp-gw01 sshd[%d]: Accepted publickey for carrier_%s from 203.0.113.%d port %d ssh2: ED25519 SHA256:%s" % (
            ts_sys(t), R.randint(40000, 43000), c, R.randint(2, 250), R.randint(40000, 65000), base64.b64encode(R.randbytes(32)).decode().rstrip("="))
    elif v == 1:
        s = sftp_pfx(t) + "session opened for local user carrier_%s from [198.51.100.%d]" % (c, R.randint(2, 250))
    elif v == 2:
        s = sftp_pfx(t) + 'close "/outbound/%s/2024-03-18/%s_DAILY_STATUS_20240318.csv" bytes read 0 written %d' % (c, c.upper(), R.randint(2000, 90000))
    elif v == 3:
        s = sftp_pfx(t) + "session closed for local user carrier_%s" % c
    else:
        s = sftp_pfx(t) + 'rename old "/outbound/%s/2024-03-18/.part_%s" new "/outbound/%s/2024-03-18/%s_MANIFEST_%s.txt"' % (c, hexs(8), c, c.upper(), _now[0].strftime("%H%M"))
    return [("sftp_syslog", s)]


# ---- billing CSV -----------------------------------------------------------------------
BILL_HDR = "invoice_no,carrier_code,case_no,policy_no,insured_name,service_code,service_date,units,amount,examiner_id"
SVC = [("PARAMED_BLOOD_URINE", 85.00), ("PARAMED_ONLY", 55.00), ("EKG_RESTING", 45.00), ("APS_RETRIEVAL", 32.50),
       ("MIB_CHECK", 6.75), ("RX_HISTORY", 9.25), ("MVR", 12.00), ("TELE_INTERVIEW", 38.00), ("SPECIMEN_ONLY", 40.00)]


def billing_phi():
    p = pick()
    clk()
    svc, amt = R.choice(SVC)
    if R.random() < 0.6:
        s = 'INV-2024-03-%04d,%s,%s,%s,"%s",%s,%s,1,%.2f,%s' % (
            R.randint(1, 999), p.carrier[0], OI(p.case), OI(p.pol), NM(lf(p)), svc, DT(dfmt(p.exam, "iso")), amt, p.examiner[0])
    else:
        s = "%s;%s;%s;%s;%s;%s;%s" % (p.carrier[0], OI(p.pol), NM(LFU(p)), DT(dfmt(p.exam, "us")), svc, "%.2f" % amt, "USD")
    return [("billing_csv", s)]


def billing_noise():
    clk()
    return [("billing_csv", R.choice([
        BILL_HDR,
        "TOTAL,%s,,,,,,%d,%.2f," % (R.choice(CARRIERS)[0], R.randint(100, 900), R.uniform(8000, 70000)),
        "fee_schedule,%s,%.2f,effective 2024-01-01,contract %s-2024-R2" % (*R.choice(SVC), R.choice(CARRIERS)[0]),
        "carrier;policy;insured;service_date;service;amount;currency",
        "remit,%s,ACH trace %s,%.2f,posted 2024-03-15" % (R.choice(CARRIERS)[0], digits(15), R.uniform(5000, 90000)),
    ]))]


# ---- SMS & e-sign -------------------------------------------------------------------------
def sms_phi():
    p = pick()
    t = clk()
    link = "https://vp.link/s/%s" % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789") for _ in range(8))
    body = R.choice([
        "VitalPath: Hi %s, your exam is %s %s at %s. Please fast 8 hrs. Reschedule: %s" % (
            NM(p.first), p.appt.strftime("%a"), DT(dfmt(p.appt.date(), "md")), hm(p.appt), UR(link)),
        "VitalPath: Hola %s, su examen es el %s. Para cambiar la cita: %s" % (NM(p.first), DT(dfmt(p.appt.date(), "md")), UR(link)),
    ])
    s = '%s sms-out sid=SM%s to=%s from=+18005550100 status=queued segments=%d body="%s"' % (
        ts_off(t), hexs(32), PH(pfmt(p.phone, "e164")), R.randint(1, 2), body)
    return [("sms_kv", s)]


def sms_noise():
    t = clk()
    return [("sms_kv", R.choice([
        "%s sms-callback sid=SM%s status=%s error_code=%s" % (ts_off(t), hexs(32), R.choice(["delivered", "undelivered", "sent"]), R.choice(["-", "30003", "30005"])),
        "%s sms-out rate_limit mps=%d queued=%d messaging_service=MG%s" % (ts_off(t), R.randint(10, 50), R.randint(0, 300), hexs(32)),
    ]))]


def esign_phi():
    p = pick()
    t = clk()
    s = '{"event":"recipient-completed","apiVersion":"v2.1","generatedDateTime":"%s","data":{"envelopeId":"%s","recipientId":"1","name":"%s","email":"%s","clientIPAddress":"%s","customFields":{"caseNumber":"%s","form":"Part II Medical"}}}' % (
        ts_z(t), uuid4(), NM(full(p)), EM(p.email), IP(p.ip), OI(p.case))
    return [("esign_json", s)]


def esign_noise():
    t = clk()
    return [("esign_json", '{"event":"envelope-sent","apiVersion":"v2.1","generatedDateTime":"%s","data":{"envelopeId":"%s","templateId":"%s","accountId":"%s"}}' % (
        ts_z(t), uuid4(), uuid4(), uuid4()))]


# ---- nginx ---------------------------------------------------------------------------------
UA = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1',
      'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0']


def nginx_phi():
    p = pick()
    t = clk()
    path = R.choice(["/portal/appointments/new", "/portal/appointments", "/portal/documents/hipaa-auth", "/portal/results/summary"])
    s = '%s - - %s "%s %s HTTP/1.1" %d %d "https://portal.vitalpath-exam.com/portal" "%s" rt=%.3f' % (
        IP(p.ip), ts_nginx(t), R.choice(["GET", "POST"]), path, R.choice([200, 200, 302]), R.randint(400, 40000), R.choice(UA), R.uniform(0.01, 0.9))
    return [("nginx_access", s)]


def nginx_noise():
    t = clk()
    return [("nginx_access", R.choice([
        '10.40.0.%d - - %s "GET /up HTTP/1.1" 200 2 "-" "ELB-HealthChecker/2.0" rt=0.00%d' % (R.randint(2, 20), ts_nginx(t), R.randint(1, 9)),
        '203.0.113.%d - carrier_%s %s "POST /api/v2/txlife HTTP/1.1" %d %d "-" "Apache-HttpClient/5.2.1 (Java/17.0.9)" rt=%.3f' % (
            R.randint(2, 250), R.choice(CARRIERS)[0].lower(), ts_nginx(t), R.choice([200, 202, 400]), R.randint(300, 4000), R.uniform(0.05, 2)),
        '10.40.%d.%d - - %s "GET /admin/dashboard HTTP/1.1" 200 %d "-" "%s" rt=%.3f' % (R.randint(0, 9), R.randint(2, 250), ts_nginx(t), R.randint(5000, 90000), UA[2], R.uniform(0.05, 1)),
        '45.%d.%d.%d - - %s "GET /wp-login.php HTTP/1.1" 404 153 "-" "Mozilla/5.0 zgrab/0.x" rt=0.001' % (R.randint(1, 254), R.randint(1, 254), R.randint(1, 254), ts_nginx(t)),
    ]))]


# ---- underwriter notes -------------------------------------------------------------------
def uw_phi():
    p = pick()
    t = clk()
    uw = R.choice(UWS)
    head = "[UW] %s %s: " % (t.strftime("%Y-%m-%d %H:%M"), uw)
    v = R.randrange(7)
    if v == 0:
        s = head + "Case %s / Pol %s - %s (%s, DOB %s). Paramed BP %d/%d, %d/%d; Rx hx amlodipine since %s; MIB 311 hit. Father deceased age %s (CVA). Order APS from %s. Tentative Std NT." % (
            OI(p.case), OI(p.pol), NM(lf(p)), p.sex, DT(dfmt(p.dob, "us")), R.randint(140, 160), R.randint(88, 98), R.randint(138, 155), R.randint(86, 96),
            DT(dfmt(dt.date(2021, R.randint(1, 12), 1), "my")), AG(p.age_rel), p.doc[0])
    elif v == 1:
        d = dt.date(R.randint(2020, 2023), R.randint(1, 12), R.randint(1, 28))
        s = head + "MVR shows DUI %s, plate %s, VIN %s (vehicle totaled). Applicant %s disclosed on Part I. Postpone 2 yrs from conviction." % (
            DT(dfmt(d, "d_b_y")), VH(gen_plate()), VH(gen_vin()), NM(full(p)))
    elif v == 2:
        s = head + "Avocation check: %s posts skydiving jumps at %s (~200 jumps/yr). Aviation questionnaire required." % (
            NM(p.first + " " + p.last), UR(R.choice(["https://www.instagram.com/%s_%s" % (asciify(p.first).lower().replace(" ", ""), asciify(p.last).lower().replace(" ", "").replace("'", "")),
                                                     "https://www.strava.com/athletes/%s" % digits(8),
                                                     "https://www.youtube.com/@%s%sJumps" % (asciify(p.first).replace(" ", ""), asciify(p.last).replace(" ", "").replace("'", ""))])))
    elif v == 3:
        s = head + "DI own-occ: %s, dental hygienist, income $%d verified via 4506-C. Lumbar fusion %s per APS (chart %s). Exclude back. Mother living age %s." % (
            NM(lf(p)), R.randint(60, 140) * 1000, DT(dfmt(dt.date(R.randint(2015, 2022), R.randint(1, 12), R.randint(1, 28)), "us")), MR(p.chart), AG(p.age_rel))
    elif v == 4:
        s = head + "ICD placed %s (serial %s). EF 35%%. Decline life; refer to reinsurer facultative. Notify agent, not applicant %s." % (
            DT(dfmt(dt.date(R.randint(2018, 2023), R.randint(1, 12), R.randint(1, 28)), "dmy_b")), DV("RNT%07d" % R.randint(0, 9999999)), NM(p.last.upper()))
    elif v == 5:
        s = head + "Build %d in / %d lb. A1c 7.4 on labs of %s, Rx metformin + glargine. Table 4 offer. Spouse %s also applying (case %s)." % (
            p.ht, p.wt, DT(dfmt(p.exam, "us2")), NM(p.spouse + " " + p.last), OI(R.choice(PEOPLE).case))
    else:
        s = head + "Identity mismatch: app SSN %s vs MIB; lab PID %s. Hold until carrier confirms with %s at %s." % (
            SS(sfmt(p.ssn)), MR(p.labpid), NM(full(p)), PH(pfmt(p.phone)))
    return [("uw_note", s)]


def uw_noise():
    t = clk()
    head = "[UW] %s %s: " % (t.strftime("%Y-%m-%d %H:%M"), R.choice(UWS + ["system"]))
    return [("uw_note", head + R.choice([
        "rules engine v4.12 loaded 1,284 rules; table ratings map refreshed",
        "queue NB-STD depth=%d oldest=%dd%dh; NB-JUMBO depth=%d" % (R.randint(20, 90), R.randint(0, 6), R.randint(0, 23), R.randint(0, 15)),
        "Reminder: A1c > 6.4 routes to senior UW per guideline UG-2024-07 (effective 2024-03-01).",
        "Reinsurance treaty RGA-2019-AUTO limit raised to $5,000,000 for ages 18-60.",
        "Discussed with Dr. Feld (medical director): new build chart applies to all apps received after 03/15.",
        "Auto-accept: %d cases cleared without paramed (accelerated UW pilot, carrier %s)." % (R.randint(10, 80), R.choice(CARRIERS)[0]),
    ]))]


# ================================================================= assembly
PHI_GENS = [
    (android_phi, 15), (ios_phi, 13), (callcenter_phi, 8), (crm_phi, 4), (sched_phi, 6), (lims_phi, 7),
    (hl7_block, 2), (txlife_121_phi, 3), (txlife_1122_phi, 3), (mib_phi, 5), (rx_phi, 6),
    (mvr_phi, 5), (fax_phi, 6), (aps_phi, 6), (rails_phi, 7), (lograge_json_phi, 3), (sidekiq_phi, 2),
    (java_phi, 10), (sftp_phi, 6), (billing_phi, 6), (sms_phi, 4), (esign_phi, 3), (nginx_phi, 4), (uw_phi, 10),
]
NOISE_GENS = [
    (android_noise, 17), (ios_noise, 13), (callcenter_noise, 6), (crm_noise, 3), (sched_noise, 6), (lims_noise, 8),
    (txlife_noise, 4), (mib_noise, 4), (rx_noise, 5), (mvr_noise, 4), (fax_noise, 6), (aps_noise, 5),
    (rails_noise, 10), (lograge_json_noise, 5), (sidekiq_noise, 8), (java_noise, 16), (sftp_noise, 10),
    (billing_noise, 6), (sms_noise, 4), (esign_noise, 2), (nginx_noise, 8), (uw_noise, 6),
]


def wchoice(gens):
    tot = sum(w for _, w in gens)
    x = R.uniform(0, tot)
    for g, w in gens:
        x -= w
        if x <= 0:
            return g
    return gens[-1][0]


def main():
    N = 500
    TARGET_NOPHI = 0.55
    recs = []  # (family, bytes, spans)
    nophi = 0
    forced = [150, 380]  # positions after which a multi-line 103 submission is logged
    while len(recs) < N:
        rem = N - len(recs)
        done = len(recs)
        # steer toward the target share of PHI-free lines
        want_noise = (nophi + 1) / (done + 1) < TARGET_NOPHI + R.uniform(-0.04, 0.04)
        gen = wchoice(NOISE_GENS if want_noise else PHI_GENS)
        if forced and done >= forced[0]:
            forced.pop(0)
            gen, want_noise = txlife_103_block, False
        block = gen()
        if len(block) > rem:
            continue
        parsed = [(fam,) + parse(s) for fam, s in block]
        if not want_noise:
            assert any(sp for _, _, sp in parsed), gen.__name__
        else:
            assert not any(sp for _, _, sp in parsed), gen.__name__
        for fam, b, sp in parsed:
            recs.append((fam, b, sp))
            if not sp:
                nophi += 1
    assert len(recs) == N

    log_lines = []
    labels = []
    for i, (fam, b, sp) in enumerate(recs, 1):
        assert b, "empty line %d" % i
        assert b"\n" not in b and b"\r" not in b, i
        b.decode("utf-8")
        for x in sp:
            assert b[x["s"]:x["e"]] == x["_v"].encode("utf-8"), (i, x)
            assert x["e"] > x["s"]
        log_lines.append(b)
        labels.append({"line": i, "family": fam, "spans": [{"s": x["s"], "e": x["e"], "cat": x["cat"]} for x in sp]})

    with open(os.path.join(HERE, ID + ".log"), "wb") as f:
        f.write(b"\n".join(log_lines))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # re-verify from disk
    with open(os.path.join(HERE, ID + ".log"), "rb") as f:
        disk = f.read().split(b"\n")
    assert len(disk) == N
    cats = {}
    fams = {}
    for rec, line in zip(labels, disk):
        fams[rec["family"]] = fams.get(rec["family"], 0) + 1
        for sp in rec["spans"]:
            cats[sp["cat"]] = cats.get(sp["cat"], 0) + 1
    print("lines", N, "no-PHI", nophi, "(%.1f%%)" % (100.0 * nophi / N))
    print("families", len(fams), dict(sorted(fams.items())))
    print("spans", sum(cats.values()), dict(sorted(cats.items())))


if __name__ == "__main__":
    main()
