#!/usr/bin/env python3
"""
gen_mc.py -- synthetic, labeled log corpus for a PHI detector.

Theme: an overnight telepharmacy service doing remote order verification for
rural critical-access hospitals.  The file interleaves, in time order, what
that service's systems write between 19:00 and 07:00 (US Central):
HL7 v2 RDE^O11 / ORM^O01 segments from MEDITECH, CPSI and Epic interfaces,
Mirth Connect engine logs (with escaped raw messages), FHIR R4
MedicationRequest resources (Cerner/Epic), the Node.js order-queue service
(pino JSON), the Go verification service (logrus key=value), the Go DUR
alert engine (zap JSON) and its CSV alert export, Go renal dosing
calculator (std log), intervention records (one-line XML), video session
gateway logs, pharmacist licensure / state board look-ups, cabinet
(Pyxis-like) override report CSV, e-fax webhooks with OCR text (escaped
newlines), shift hand-off notes, nginx access logs of the API gateway,
Windows Security / RDS event logs, Citrix StoreFront/VDA/session recording
logs and system health noise.

Everything is synthetic.  Standard library only, fixed seed; writes mc.log
and mc.labels.jsonl next to this file.

Labeling decisions:
- Label identifiers of patients and of people whose health information the
  line is about: relatives / next of kin, guarantors, insured subscribers,
  family members joining a counselling video call.  Never label
  pharmacists, nurses, prescribers, IT staff, vendors, facilities: their
  names, usernames (kosei, TPRX\\mlindahl, BSORENSEN), NPIs, DEA numbers,
  professional licence numbers, work phones / faxes / e-mails and
  workstation or server IPs stay unlabeled.
- A person's name written contiguously is one span including its internal
  separators (HL7 "HAUGEN^DELBERT^R", "Haugen, Delbert"); FHIR family and
  given are separate spans; patient initials ("D.H.") are labeled name.
  Lower-case names in URLs/query strings are labeled name too.
- Address: street line and city are "address" (separate spans when they are
  separate fields, one span "street, city" in prose); county names and
  county FIPS codes of a patient are "address"; the state is never
  labeled; ZIP is "zip".  Facility addresses are not labeled.
- Dates: birth, admission, discharge, death, procedure/surgery, last-dose
  given and appointment/follow-up dates of a patient are "date" (the time
  is included when written in the same token, e.g. PV1-44).  Workflow
  timestamps are NOT labeled: log prefixes, MSH-7, ORC-7/ORC-9/RXE-1
  timing, FHIR meta.lastUpdated / authoredOn, cabinet transaction and
  pharmacy-verified times, fax receipt times, verification times, the
  order date/time a prescriber writes on an order sheet.
- Ages are labeled only when over 89 (the number only, not "y"/"yo"); the
  date of birth of such a patient is labeled as a date as usual.
- MRN / unit numbers -> mrn.  Patient account, FIN, HAR, billing account
  (PID-18, cabinet "AcctNum", face-sheet "Acct#") -> account.  PV1-19 visit
  numbers, Epic CSNs, FHIR Patient/ and Encounter/ logical ids (also inside
  URLs) and video guest participant identities -> other_id.
- Mother's maiden name (PID-6), next-of-kin / emergency-contact / guardian
  names and the insured's name (IN1-16) are "name"; their phones are
  "phone" and their addresses "address"/"zip".
- Order numbers (placer/filler/queue ids), alert ids, fax ids, intervention
  ids, NDCs, RxCUIs, LOINC codes, rooms/beds, cabinet names and facility
  device serials, trace/span ids and UUIDs of requests are not labeled.
- Medicare MBI, Medicaid ids and commercial member/subscriber ids ->
  health_plan.  Patient driver's licence number -> license (state and
  expiry components excluded).  Serials of a patient's own implanted/home
  device -> device.  A patient's vehicle plate -> vehicle.  A family-guest
  join link carrying a personal token -> url.  Public IPs of a patient or
  family member joining a video call -> ip.  Patient fax numbers (HL7 XTN
  with FX) -> fax; patient e-mail -> email; SSNs -> ssn.
- Values garbled by OCR ("O4/l2/1931") are still labeled with their
  category.
- The nursing home (Riverbend Care Center), its nurses and the TeleRx
  e-fax number are businesses/staff and stay unlabeled.
- Weights, heights, serum creatinine, CrCl, doses, sex, race, language
  codes are not identifiers and are not labeled.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import uuid

SEED = 8080
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "mc"
N_LINES = 500


# ---------------------------------------------------------------- builder
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        if not cat:
            return self.t(s)
        st = len(self.buf)
        self.buf += s.encode("utf-8")
        self.spans.append({"s": st, "e": len(self.buf), "cat": cat, "_v": s})
        return self

    def parts(self, parts):
        for x in parts:
            if isinstance(x, str):
                self.t(x)
            else:
                self.p(x[0], x[1])
        return self


def L(family, *parts):
    return Line(family).parts(parts)


def pick(seq):
    return rng.choice(seq)


def chance(p):
    return rng.random() < p


def hexid(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- clock
TZ = dt.timezone(dt.timedelta(hours=-6))
NOW = [dt.datetime(2024, 11, 14, 19, 0, 7, 114000)]
TODAY = dt.date(2024, 11, 15)


def tick(lo=34, hi=205):
    NOW[0] += dt.timedelta(seconds=rng.randint(lo, hi), milliseconds=rng.randint(0, 999))


def now(off_ms=0):
    return NOW[0] + dt.timedelta(milliseconds=off_ms)


def ms3(d):
    return "%03d" % (d.microsecond // 1000)


def hhmm(off_min=0):
    return (now() + dt.timedelta(minutes=off_min)).strftime("%H%M")


def ts_iso(d=None):
    d = d or now()
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + ms3(d) + "-06:00"


def ts_z(d=None):
    d = (d or now()) + dt.timedelta(hours=6)
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + ms3(d) + "Z"


def epoch_ms(d=None):
    return int((d or now()).replace(tzinfo=TZ).timestamp() * 1000)


def ts_hl7(d=None):
    return (d or now()).strftime("%Y%m%d%H%M%S")


def ts_sys(d=None):
    d = d or now()
    return d.strftime("%b ") + ("%2d" % d.day) + d.strftime(" %H:%M:%S")


def ts_go(d=None):
    return (d or now()).strftime("%Y/%m/%d %H:%M:%S")


def ts_mirth(d=None):
    d = d or now()
    return d.strftime("%Y-%m-%d %H:%M:%S,") + ms3(d)


def ts_nginx(d=None):
    return (d or now()).strftime("%d/%b/%Y:%H:%M:%S -0600")


def ts_win(d=None):
    d = d or now()
    h = d.hour % 12 or 12
    return "%d/%d/%d %d:%02d:%02d %s" % (d.month, d.day, d.year, h, d.minute, d.second,
                                          "AM" if d.hour < 12 else "PM")


# ---------------------------------------------------------------- value formats
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def fdate(d, style):
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "us_nopad":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "dmon":
        return "%02d-%s-%d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    if style == "long":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "mon":
        return "%s %d %d" % (MONTHS[d.month - 1][:3], d.day, d.year)
    if style == "dash":
        return d.strftime("%m-%d-%Y")
    raise ValueError(style)


def fphone(area, num, style):
    a, b, c = area, num[:3], num[3:]
    return {
        "paren": "(%s) %s-%s" % (a, b, c),
        "paren_tight": "(%s)%s-%s" % (a, b, c),
        "dash": "%s-%s-%s" % (a, b, c),
        "dot": "%s.%s.%s" % (a, b, c),
        "plain": a + num,
        "e164": "+1" + a + num,
        "intl": "+1 %s %s %s" % (a, b, c),
    }[style]


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
    base = "1" + digits(8)
    return base + luhn_digit("80840" + base)


def ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    s = (str(rng.randint(1, 9)) + pick(MBI_A) + pick(MBI_AN) + str(rng.randint(0, 9)) +
         pick(MBI_A) + pick(MBI_AN) + str(rng.randint(0, 9)) + pick(MBI_A) + pick(MBI_A) +
         str(rng.randint(0, 9)) + str(rng.randint(0, 9)))
    return s


def mbi_dashed(s):
    return s[:4] + "-" + s[4:7] + "-" + s[7:]


ASCII = str.maketrans({"á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ñ": "n", "ø": "o",
                       "ö": "o", "ü": "u", "ð": "d", "Ø": "O", "å": "a", "æ": "ae",
                       "Ó": "O", "ł": "l", "ę": "e", "ń": "n", "ś": "s", "ź": "z", "ż": "z"})


def asciify(s):
    return s.translate(ASCII)


# ---------------------------------------------------------------- sites & staff
SITES = [
    dict(code="PRMH", name="Prairie Rose Memorial Hospital", city="Langdon", st="ND", ehr="MEDITECH",
         msg="RDE", area="701", phone="(701) 256-6100", fax="(701) 256-6190", fax164="+17012566190",
         ip="10.41.8.20", towns=[("Langdon", "Cavalier", "38019", "58249"), ("Munich", "Cavalier", "38019", "58352"),
                                  ("Walhalla", "Pembina", "38067", "58282"), ("Cando", "Towner", "38095", "58324"),
                                  ("Osnabrock", "Cavalier", "38019", "58269")]),
    dict(code="VCHC", name="Valley County Health Center", city="Glasgow", st="MT", ehr="CPSI",
         msg="ORM", area="406", phone="(406) 228-3500", fax="(406) 228-3559", fax164="+14062283559",
         ip="10.42.3.15", towns=[("Glasgow", "Valley", "30105", "59230"), ("Nashua", "Valley", "30105", "59248"),
                                  ("Hinsdale", "Valley", "30105", "59241"), ("Wolf Point", "Roosevelt", "30085", "59201"),
                                  ("Saco", "Phillips", "30071", "59261")]),
    dict(code="SHCH", name="Sandhills Community Hospital", city="Ainsworth", st="NE", ehr="CERNER",
         msg="ORM", area="402", phone="(402) 387-2800", fax="(402) 387-2845", fax164="+14023872845",
         ip="10.43.1.30", towns=[("Ainsworth", "Brown", "31017", "69210"), ("Long Pine", "Brown", "31017", "69217"),
                                  ("Bassett", "Rock", "31149", "68714"), ("Springview", "Keya Paha", "31103", "68778"),
                                  ("Valentine", "Cherry", "31031", "69201")]),
    dict(code="WRHS", name="Walworth Regional Health", city="Mobridge", st="SD", ehr="EPIC",
         msg="RDE", area="605", phone="(605) 845-3692", fax="(605) 845-8117", fax164="+16058458117",
         ip="10.44.1.20", towns=[("Mobridge", "Walworth", "46129", "57601"), ("Selby", "Walworth", "46129", "57472"),
                                  ("McLaughlin", "Corson", "46031", "57642"), ("Timber Lake", "Dewey", "46041", "57656"),
                                  ("Eureka", "McPherson", "46089", "57437")]),
    dict(code="NCMH", name="Niobrara County Memorial Hospital", city="Lusk", st="WY", ehr="MEDITECH",
         msg="RDE", area="307", phone="(307) 334-4000", fax="(307) 334-4027", fax164="+13073344027",
         ip="10.45.2.11", towns=[("Lusk", "Niobrara", "56027", "82225"), ("Lance Creek", "Niobrara", "56027", "82222"),
                                  ("Manville", "Niobrara", "56027", "82227"), ("Torrington", "Goshen", "56015", "82240"),
                                  ("Douglas", "Converse", "56009", "82633")]),
    dict(code="SCHS", name="Stevens County Hospital", city="Hugoton", st="KS", ehr="CPSI",
         msg="ORM", area="620", phone="(620) 544-8511", fax="(620) 544-8525", fax164="+16205448525",
         ip="10.46.0.40", towns=[("Hugoton", "Stevens", "20189", "67951"), ("Moscow", "Stevens", "20189", "67952"),
                                  ("Rolla", "Morton", "20129", "67954"), ("Elkhart", "Morton", "20129", "67950"),
                                  ("Liberal", "Seward", "20175", "67901")]),
]
SITE = {s["code"]: s for s in SITES}

PHARMACISTS = [
    dict(first="Kwame", last="Osei", user="kosei", lic={"ND": "R-9041", "MT": "PHA-RPH-LIC-41022", "NE": "23819", "SD": "RPH-7712", "WY": "RP-4188", "KS": "2-19932"}),
    dict(first="Maren", last="Lindahl", user="mlindahl", lic={"ND": "R-8127", "MT": "PHA-RPH-LIC-38871", "NE": "22407", "SD": "RPH-6950", "WY": "RP-3902", "KS": "2-18840"}),
    dict(first="Priyanka", last="Deshmukh", user="pdeshmukh", lic={"ND": "R-9766", "MT": "PHA-RPH-LIC-44310", "NE": "25118", "SD": "RPH-8031", "WY": "RP-4420", "KS": "2-21077"}),
    dict(first="Tomás", last="Echeverría", user="techeverria", lic={"ND": "R-9312", "MT": "PHA-RPH-LIC-42875", "NE": "24001", "SD": "RPH-7489", "WY": "RP-4276", "KS": "2-20315"}),
]
NIGHT_RPH = PHARMACISTS  # all four work overnight shifts
NURSES = {
    "PRMH": [("Becky", "Sorensen"), ("Jolene", "Fast Horse")],
    "VCHC": [("Ana Lucía", "Paredes"), ("Curtis", "Nygaard")],
    "SHCH": [("Dawn", "Kreikemeier"), ("Luis", "Portillo")],
    "WRHS": [("Tasha", "Red Bear"), ("Brent", "Vetter")],
    "NCMH": [("Hollis", "Pfeiffer"), ("Kayla", "Bettencourt")],
    "SCHS": [("Marisol", "Quintero"), ("Travis", "Unruh")],
}
PROVIDERS = {}
for _code, _lst in {
    "PRMH": [("Chidi", "Okafor", "MD"), ("Ellen", "Marquardt", "DO")],
    "VCHC": [("Rajesh", "Venkataraman", "MD"), ("Corinne", "Haaland", "FNP")],
    "SHCH": [("Nils", "Bergström", "DO"), ("Abigail", "Wurdeman", "PA-C")],
    "WRHS": [("Sarah", "Two Hearts", "PA-C"), ("Farid", "Nazari", "MD")],
    "NCMH": [("Gwen", "Lockhart", "MD"), ("Samuel", "Ibekwe", "MD")],
    "SCHS": [("Esteban", "Villalobos", "MD"), ("Karla", "Dyck", "APRN")],
}.items():
    PROVIDERS[_code] = [dict(first=f, last=l, cred=c, npi=npi(),
                             dea=pick("ABFM") + l[0].upper().replace(" ", "") + digits(7)) for f, l, c in _lst]

# ---------------------------------------------------------------- patients
FIRST = [("Delbert", "M"), ("Lorraine", "F"), ("Sigrún", "F"), ("Tadeusz", "M"), ("Guadalupe", "F"),
         ("Oluwaseun", "M"), ("Mei-Ling", "F"), ("Thi Lan", "F"), ("Arlene", "F"), ("Vernon", "M"),
         ("Bernadette", "F"), ("Kekoa", "M"), ("Fatima", "F"), ("Jean-Luc", "M"), ("Agnieszka", "F"),
         ("Haruto", "M"), ("Priya", "F"), ("Nnamdi", "M"), ("Søren", "M"), ("Ingrid", "F"), ("Mavis", "F"),
         ("Winona", "F"), ("Dmitri", "M"), ("Lucille", "F"), ("Orville", "M"), ("Esperanza", "F"),
         ("Takeshi", "M"), ("Aaliyah", "F"), ("Rosalind", "F"), ("Eldon", "M"), ("Marguerite", "F"),
         ("Yusuf", "M"), ("Hildegard", "F"), ("Clement", "M"), ("Nizhoni", "F"), ("Wendell", "M"),
         ("Leota", "F"), ("Arvid", "M"), ("Consuelo", "F"), ("Ambrose", "M")]
LAST = ["Haugen", "Dufresne", "Björnsdóttir", "Wójcik", "Ramírez-Ochoa", "Okonkwo", "Chen", "Nguyen",
        "Schmidt-Vogel", "van der Berg", "de la Cruz", "O'Neill", "Two Bulls", "Yellowbird", "Al-Masri",
        "Kowalczyk", "MacLeod", "Oyelaran", "Kaur", "Fitzgerald-Ng", "Brekke", "Running Crane", "Tanaka",
        "Ahmadi", "Lindgren", "St. Pierre", "Gutiérrez", "Zhou", "Nakamura", "Petrov", "Baptiste",
        "Amundson", "Delacroix", "Mbeki", "Østby", "Grünewald", "Iron Cloud", "Dvořák", "Hoffmeister",
        "Quiñones"]
KIN_F = ["Karen", "Rosa", "Darlene", "Lindsey", "Ngozi", "Trinh", "Ashley", "Yolanda", "Mariko", "Dolores", "Sunniva", "Aroha"]
KIN_M = ["Tom", "Mohammed", "Brandon", "Marek", "Erik", "Chayton", "Jens", "Obinna", "Rafael", "Duc"]
KIN_REL = [("DAU", "Daughter", "F"), ("SON", "Son", "M"), ("SPO", "Spouse", None), ("GRD", "Guardian", None),
           ("SIS", "Sister", "F"), ("BRO", "Brother", "M"), ("DAU", "Daughter", "F")]
STREETS = ["Main St", "2nd Ave NE", "Railway St", "3rd St SW", "Prairie View Dr", "Elm Ave", "Bison Trl",
           "Sunset Blvd", "Park Ave", "Division St", "Cottonwood Ln", "4th St E", "Willow Creek Rd",
           "Lincoln Ave", "Frontage Rd", "Oak St"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "midco.net", "nemont.net", "rrt.net", "hotmail.com",
           "icloud.com", "gvea.net", "wbsnet.org"]
RACE = ["2106-3^White^CDCREC", "1002-5^American Indian or Alaska Native^CDCREC", "2054-5^Black or African American^CDCREC",
        "2028-9^Asian^CDCREC", "2131-1^Other Race^CDCREC"]


def street():
    r = rng.random()
    if r < 0.12:
        return "RR %d Box %d" % (rng.randint(1, 4), rng.randint(2, 199))
    if r < 0.25:
        return "%d %s %d" % (rng.randint(10000, 39999), pick(["Hwy", "County Rd", "US Hwy"]), rng.randint(2, 89))
    s = "%d %s" % (rng.randint(12, 2999), pick(STREETS))
    if chance(0.12):
        s += " Apt %d" % rng.randint(1, 12)
    return s


def mk_mrn(site):
    e = site["ehr"]
    if site["code"] == "NCMH":
        return "NC%08d" % rng.randint(10000, 999999)
    if e == "MEDITECH":
        return "M%09d" % rng.randint(10000, 999999)
    if e == "CPSI":
        return "%06d" % rng.randint(100000, 999999)
    if e == "CERNER":
        return "%08d" % rng.randint(10000000, 29999999)
    return "100%06d" % rng.randint(0, 999999)


def mk_acct(site):
    e = site["ehr"]
    if e == "MEDITECH":
        return "V%011d" % rng.randint(10000000, 999999999)
    if e == "CPSI":
        return "%07d" % rng.randint(1000000, 9999999)
    if e == "CERNER":
        return "56%08d" % rng.randint(0, 99999999)
    return "3%09d" % rng.randint(0, 999999999)


def mk_visit(site):
    e = site["ehr"]
    if e == "MEDITECH":
        return "%s%08d" % (site["code"][:2], rng.randint(0, 9999999))
    if e == "CPSI":
        return "E%07d" % rng.randint(100000, 9999999)
    if e == "CERNER":
        return "%09d" % rng.randint(100000000, 399999999)
    return "10%08d" % rng.randint(0, 99999999)


def mk_dl(st):
    if st == "ND":
        return "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(6)
    if st == "MT":
        return digits(13)
    if st == "NE":
        return pick("ABEGHV") + digits(8)
    if st == "SD":
        return digits(8)
    if st == "WY":
        return digits(6) + "-" + digits(3)
    return "K" + digits(2) + "-" + digits(2) + "-" + digits(4)


def mk_plan(site, age):
    if age >= 65 and chance(0.8):
        return ("MCR", "Medicare Part A", mbi())
    r = rng.random()
    if r < 0.35:
        return ("MCD", site["st"] + " Medicaid", digits(9) if site["st"] != "KS" else "KS" + digits(9))
    if r < 0.7:
        return ("BCBS", "BCBS of " + site["st"], pick(["XNB", "YNB", "ZGS", "RPN"]) + digits(9))
    return ("SHP", "Sanford Health Plan", "SHP" + digits(8) + "01")


def mk_patient(site=None):
    site = site or pick(SITES)
    first, sex = pick(FIRST)
    last = pick(LAST)
    r = rng.random()
    if r < 0.3:
        y = rng.randint(1925, 1934)
    elif r < 0.75:
        y = rng.randint(1935, 1960)
    else:
        y = rng.randint(1961, 2005)
    dob = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
    age = TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))
    town = pick(site["towns"])
    p = dict(site=site, first=first, last=last, mi=pick("ABCDEFGHJKLMRSTW"), sex=sex, dob=dob, age=age,
             mrn=mk_mrn(site), acct=mk_acct(site), visit=mk_visit(site), street=street(), city=town[0],
             county=town[1], fips=town[2], zip=town[3], st=site["st"],
             phone=(site["area"], str(rng.randint(2, 9)) + digits(6)),
             cell=(site["area"] if chance(0.7) else pick(["612", "303", "515", "208"]), str(rng.randint(2, 9)) + digits(6)),
             email=None, ssn=ssn(), dl=mk_dl(site["st"]), plan=mk_plan(site, age),
             wt=round(rng.uniform(38, 131), 1), ht=rng.randint(148, 191), scr=round(rng.uniform(0.6, 4.8), 2),
             admit=dt.datetime(2024, 11, rng.randint(8, 14), rng.randint(0, 23), rng.randint(0, 59)),
             fhir_id=(str(rng.randint(10000000, 99999999)) if site["ehr"] == "CERNER" else
                      "e" + "".join(rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(22)) + "3"),
             kin=None)
    rel = pick(KIN_REL)
    g = rel[2] or ("F" if sex == "M" else "M")
    p["kin"] = (pick(KIN_F if g == "F" else KIN_M), last if chance(0.6) else pick(LAST), rel[:2],
                (site["area"], str(rng.randint(2, 9)) + digits(6)))
    p["race"] = pick(RACE)
    p["lang"] = pick(["ENG^English^HL70296", "SPA^Spanish^HL70296", "ENG", "ENG", "NAV", "ENG^English^HL70296"])
    p["marital"] = pick(["M", "W", "S", "D", "M", "W"])
    p["ethnic"] = pick(["N^Not Hispanic or Latino^HL70189", "H^Hispanic or Latino^HL70189", "U", "N^Not Hispanic or Latino^HL70189"])
    if chance(0.6):
        p["email"] = "%s.%s%d@%s" % (asciify(first.lower().replace(" ", "").replace("-", "")),
                                     asciify(last.lower().replace(" ", "").replace("'", "").replace(".", "")),
                                     dob.year % 100 if chance(0.5) else rng.randint(1, 99), pick(DOMAINS))
    return p


PATIENTS = [mk_patient(s) for s in SITES for _ in range(7)]
# a few very old patients guaranteed
for _p in rng.sample(PATIENTS, 6):
    _p["dob"] = dt.date(rng.randint(1927, 1933), _p["dob"].month, _p["dob"].day)
    _p["age"] = TODAY.year - _p["dob"].year - ((TODAY.month, TODAY.day) < (_p["dob"].month, _p["dob"].day))


def patient(site=None):
    if site:
        return pick([p for p in PATIENTS if p["site"] is site])
    return pick(PATIENTS)


def hl7name(p):
    return "%s^%s^%s" % (p["last"].upper(), p["first"].upper(), p["mi"])


def lastfirst(p, upper=False):
    s = "%s, %s" % (p["last"], p["first"])
    return s.upper() if upper else s


def firstlast(p):
    return "%s %s" % (p["first"], p["last"])


def initials(p):
    f = p["first"].replace("-", " ").split()[0][0]
    l = p["last"].replace("-", " ").replace("'", "").replace(".", "").split()
    l = [w for w in l if w[0].isupper()] or l
    return "%s.%s." % (f, l[0][0])


# ---------------------------------------------------------------- drugs
DRUGS = [
    dict(n="vancomycin", d="Vancomycin 1 g/200 mL IVPB", ndc="00338-3552-48", rx="1807516", dose=1250, u="mg", rt="IV", fq="Q12H", renal=True),
    dict(n="enoxaparin", d="Enoxaparin 40 mg/0.4 mL syringe", ndc="00075-8014-01", rx="854235", dose=40, u="mg", rt="SC", fq="Q24H", renal=True),
    dict(n="piperacillin-tazobactam", d="Piperacillin-tazobactam 4.5 g/100 mL", ndc="00206-8862-02", rx="1659149", dose=4.5, u="g", rt="IV", fq="Q6H", renal=True),
    dict(n="cefepime", d="Cefepime 2 g/100 mL IVPB", ndc="0409-9565-01", rx="1665093", dose=2, u="g", rt="IV", fq="Q8H", renal=True),
    dict(n="gabapentin", d="Gabapentin 300 mg capsule", ndc="0228-2665-11", rx="310431", dose=300, u="mg", rt="PO", fq="TID", renal=True),
    dict(n="levetiracetam", d="Levetiracetam 500 mg tablet", ndc="68180-0112-07", rx="311289", dose=1000, u="mg", rt="PO", fq="BID", renal=True),
    dict(n="heparin", d="Heparin 25,000 units/250 mL D5W", ndc="0409-7620-59", rx="1361615", dose=18, u="units/kg/h", rt="IV", fq="CONT", renal=False),
    dict(n="warfarin", d="Warfarin 5 mg tablet", ndc="0093-1721-01", rx="855332", dose=5, u="mg", rt="PO", fq="DAILY", renal=False),
    dict(n="fluconazole", d="Fluconazole 200 mg tablet", ndc="0172-5412-60", rx="197699", dose=400, u="mg", rt="PO", fq="DAILY", renal=True),
    dict(n="amiodarone", d="Amiodarone 150 mg/100 mL premix", ndc="10019-0525-03", rx="834385", dose=150, u="mg", rt="IV", fq="ONCE", renal=False),
    dict(n="potassium chloride", d="Potassium chloride 20 mEq ER tablet", ndc="0245-0058-11", rx="628958", dose=40, u="mEq", rt="PO", fq="ONCE", renal=False),
    dict(n="ketorolac", d="Ketorolac 30 mg/mL injection", ndc="0409-3795-01", rx="834022", dose=30, u="mg", rt="IV", fq="Q6H", renal=True),
    dict(n="famotidine", d="Famotidine 20 mg/2 mL injection", ndc="0143-9791-10", rx="310273", dose=20, u="mg", rt="IV", fq="Q12H", renal=True),
    dict(n="acyclovir", d="Acyclovir 500 mg/100 mL", ndc="63323-0325-10", rx="1868455", dose=10, u="mg/kg", rt="IV", fq="Q8H", renal=True),
    dict(n="meropenem", d="Meropenem 1 g vial", ndc="63323-0508-20", rx="1722939", dose=1, u="g", rt="IV", fq="Q8H", renal=True),
    dict(n="ciprofloxacin", d="Ciprofloxacin 400 mg/200 mL", ndc="0409-4765-86", rx="1665005", dose=400, u="mg", rt="IV", fq="Q12H", renal=True),
    dict(n="apixaban", d="Apixaban 5 mg tablet", ndc="0003-0894-21", rx="1364445", dose=5, u="mg", rt="PO", fq="BID", renal=True),
    dict(n="morphine", d="Morphine 4 mg/mL carpuject", ndc="0409-1890-01", rx="1732136", dose=4, u="mg", rt="IV", fq="Q4H PRN", renal=True),
    dict(n="ondansetron", d="Ondansetron 4 mg/2 mL injection", ndc="0409-4755-03", rx="312087", dose=4, u="mg", rt="IV", fq="Q6H PRN", renal=False),
    dict(n="ceftriaxone", d="Ceftriaxone 1 g vial", ndc="0409-7337-01", rx="1665021", dose=1, u="g", rt="IV", fq="Q24H", renal=False),
    dict(n="insulin glargine", d="Insulin glargine 100 units/mL pen", ndc="0088-5020-05", rx="847239", dose=18, u="units", rt="SC", fq="QHS", renal=False),
    dict(n="metformin", d="Metformin 500 mg tablet", ndc="0093-1048-01", rx="861007", dose=1000, u="mg", rt="PO", fq="BID", renal=True),
]
DRUG = {d["n"]: d for d in DRUGS}
DDI = [("warfarin", "fluconazole", "major", "Fluconazole inhibits CYP2C9; increased INR/bleeding risk"),
       ("amiodarone", "warfarin", "major", "Amiodarone inhibits warfarin metabolism"),
       ("ketorolac", "enoxaparin", "major", "Additive bleeding risk"),
       ("potassium chloride", "spironolactone", "moderate", "Risk of hyperkalemia"),
       ("ciprofloxacin", "tizanidine", "contraindicated", "CYP1A2 inhibition; hypotension/sedation"),
       ("ondansetron", "haloperidol", "major", "Additive QTc prolongation"),
       ("levetiracetam", "morphine", "moderate", "Additive CNS depression"),
       ("apixaban", "enoxaparin", "major", "Duplicate anticoagulation"),
       ("meropenem", "valproic acid", "major", "Carbapenems reduce valproate levels")]

ORDER_SEQ = [41000]
FORM = {"PO": "TAB", "SC": "SYR", "IV": "INJ"}
PERDAY = {"Q12H": 2, "Q24H": 1, "Q6H": 4, "Q8H": 3, "TID": 3, "BID": 2, "DAILY": 1, "QHS": 1, "ONCE": 1, "CONT": 24,
          "Q4H PRN": 6, "Q6H PRN": 4}


def queue_id():
    ORDER_SEQ[0] += rng.randint(1, 9)
    return "TQ-%s-%06d" % (now().strftime("%y%m%d"), ORDER_SEQ[0])


def placer():
    return str(rng.randint(1000000, 9999999))


def trace():
    return hexid(32)


def rph():
    return pick(NIGHT_RPH)


# ====================================================================== generators
def hl7_fields(line, seg, d, sep="|"):
    line.t(seg)
    n = max(d)
    for i in range(1, n + 1):
        line.t(sep)
        v = d.get(i, "")
        if isinstance(v, str):
            line.t(v)
        else:
            line.parts(v)


def pid_fields(p, full=True):
    s = p["site"]
    d = {1: "1"}
    mrn_parts = [(p["mrn"], "mrn"), "^^^%s^MR" % s["code"]]
    if chance(0.25):
        mrn_parts += ["~", (p["ssn"].replace("-", ""), "ssn"), "^^^USSSA^SS"]
    d[3] = mrn_parts
    d[5] = [(hl7name(p), "name"), "^^^L"]
    if full and chance(0.3):
        d[6] = [(pick(LAST).upper(), "name")]
    d[7] = [(fdate(p["dob"], "hl7"), "date")]
    d[8] = p["sex"]
    d[10] = p["race"]
    if full:
        addr = [(p["street"].upper(), "address"), "^^", (p["city"].upper(), "address"), "^" + p["st"] + "^",
                (p["zip"], "zip"), "^USA^H"]
        if chance(0.4):
            addr += ["^^", (p["fips"], "address")]
        d[11] = addr
        if chance(0.3):
            d[12] = [(p["fips"], "address")]
        r = rng.random()
        a, n = p["phone"]
        if r < 0.4:
            ph = [(fphone(a, n, "paren_tight"), "phone"), "^PRN^PH"]
        else:
            ph = ["^PRN^PH^^1^", (a + "^" + n, "phone")]
        if chance(0.35):
            ca, cn = p["cell"]
            ph += ["~^PRN^CP^^1^", (ca + "^" + cn, "phone")]
        if p["email"] and chance(0.8):
            ph += ["~^NET^Internet^", (p["email"], "email")]
        if chance(0.2):
            ph += ["~^PRN^FX^^1^", (a + "^" + str(int(n) + 1), "fax")]
        d[13] = ph
        d[15] = p["lang"]
        d[16] = p["marital"]
        d[18] = [(p["acct"], "account"), "^^^%s^AN" % s["code"]]
        if chance(0.55):
            d[19] = [(p["ssn"], "ssn")]
        if chance(0.4):
            d[20] = [(p["dl"], "license"), "^%s^%s" % (p["st"], fdate(dt.date(2027, p["dob"].month, p["dob"].day), "hl7"))]
        d[22] = p["ethnic"]
    return d


def pv1_fields(p, prov):
    s = p["site"]
    d = {1: "1", 2: pick(["I", "I", "O", "E"]), 3: "%s^%d^%s^%s" % (pick(["MED", "SURG", "ICU", "ER", "OBS"]), rng.randint(100, 130), pick("AB"), s["code"]),
         4: pick(["E", "U", "R"]), 7: "%s^%s^%s^^^^%s" % (prov["npi"], prov["last"].upper(), prov["first"].upper(), prov["cred"]),
         10: pick(["MED", "HOS", "SUR", "CAR"]), 14: pick(["1", "7", "2"]),
         17: "%s^%s^%s^^^^%s" % (prov["npi"], prov["last"].upper(), prov["first"].upper(), prov["cred"]),
         18: pick(["IN", "SWG", "OBS", "ER"]), 19: [(p["visit"], "other_id"), "^^^%s^VN" % s["code"]],
         20: pick(["MCR", "MCD", "COM", "SP"]), 39: s["code"], 41: "A",
         44: [(p["admit"].strftime("%Y%m%d%H%M"), "date")]}
    return d


def g_hl7():
    s = pick([x for x in SITES if x["ehr"] in ("MEDITECH", "CPSI", "EPIC")])
    p = patient(s)
    prov = pick(PROVIDERS[s["code"]])
    nurse = pick(NURSES[s["code"]])
    drug = pick(DRUGS)
    rde = s["msg"] == "RDE"
    fam = "hl7_rde" if rde else "hl7_orm"
    ctl = s["code"] + now().strftime("%Y%m%d%H%M%S") + digits(3)
    out = []
    app = {"MEDITECH": "MEDITECH", "CPSI": "CPSI_THRIVE", "EPIC": "EPIC"}[s["ehr"]]
    typ = "RDE^O11^RDE_O11" if rde else "ORM^O01^ORM_O01"
    ln = Line(fam)
    hl7_fields(ln, "MSH", {1: "^~\\&", 2: app, 3: s["code"], 4: "TPRX_VERIFY", 5: "TELERX", 6: ts_hl7(),
                           8: typ, 9: ctl, 10: "P", 11: "2.5.1", 14: "AL", 15: "NE"})
    out.append(ln)
    ln = Line(fam)
    hl7_fields(ln, "PID", pid_fields(p))
    out.append(ln)
    if chance(0.35):
        k = p["kin"]
        ln = Line(fam)
        d = {1: "1", 2: [("%s^%s" % (k[1].upper(), k[0].upper()), "name")], 3: "%s^%s^HL70063" % k[2]}
        if chance(0.5):
            d[4] = [(p["street"].upper(), "address"), "^^", (p["city"].upper(), "address"), "^%s^" % p["st"], (p["zip"], "zip")]
        d[5] = [(fphone(k[3][0], k[3][1], "paren_tight"), "phone")]
        d[7] = "EC^Emergency Contact^HL70131"
        hl7_fields(ln, "NK1", d)
        out.append(ln)
    ln = Line(fam)
    hl7_fields(ln, "PV1", pv1_fields(p, prov))
    out.append(ln)
    if chance(0.3):
        code, pname, mid = p["plan"]
        ln = Line(fam)
        hl7_fields(ln, "IN1", {1: "1", 2: code + "^" + pname, 3: digits(5), 4: pname.upper(),
                               16: [(hl7name(p), "name")], 17: "01^Self^HL70063",
                               18: [(fdate(p["dob"], "hl7"), "date")], 36: [(mid, "health_plan")]})
        out.append(ln)
    if chance(0.5):
        out.append(L(fam, "AL1|1|DA|%s|%s|%s" % (pick(["7980^Penicillin G^RXNORM", "2670^Codeine^RXNORM", "10180^Sulfamethoxazole^RXNORM", "1191^Aspirin^RXNORM", "^NKDA"]),
                                                   pick(["SV", "MO", "MI"]), pick(["Hives", "Anaphylaxis", "Rash", "GI upset", ""]))))
    if chance(0.6):
        out.append(L(fam, "OBX|1|NM|29463-7^Body weight^LN||%s|kg^kilogram^UCUM|||||F" % p["wt"]))
        out.append(L(fam, "OBX|2|NM|2160-0^Creatinine [Mass/volume] in Serum or Plasma^LN||%s|mg/dL|0.6-1.2|%s|||F" % (p["scr"], "H" if p["scr"] > 1.2 else "N")))
    start = now() + dt.timedelta(minutes=rng.randint(5, 90))
    plc = placer()
    ln = Line(fam)
    hl7_fields(ln, "ORC", {1: "NW", 2: plc + "^" + app, 3: "", 5: "IP", 7: "^%s^^%s^^%s" % (drug["fq"], ts_hl7(start), pick(["R", "S"])),
                           9: ts_hl7(), 10: "%s.%s^%s^%s^^^RN" % (s["code"], (nurse[0][0] + nurse[1]).upper().replace(" ", ""), nurse[1], nurse[0]),
                           12: "%s^%s^%s^^^^%s^^^^NPI" % (prov["npi"], prov["last"].upper(), prov["first"].upper(), prov["cred"]),
                           13: "%s^^^%s" % (pick(["MED", "ER", "ICU"]), s["code"]), 14: s["phone"].replace(" ", "")})
    out.append(ln)
    if rde:
        out.append(L(fam, "RXE|^%s^^%s^^R|%s^%s^NDC|%s||%s^%s^UCUM|%s|%s|||1|EA||||%s" % (
            drug["fq"], ts_hl7(start), drug["ndc"].replace("-", ""), drug["d"], drug["dose"], drug["u"], drug["u"],
            FORM[drug["rt"]], pick(["Pharmacy to dose per protocol", "Give over 60 minutes", "Hold for SBP<90", "", "Trough before 4th dose"]),
            digits(7))))
    else:
        out.append(L(fam, "RXO|%s^%s^NDC|%s||%s|%s|%s" % (drug["ndc"].replace("-", ""), drug["d"], drug["dose"], drug["u"],
                                                        FORM[drug["rt"]], pick(["", "Renal dosing consult", "Per pharmacy"]))))
    out.append(L(fam, "RXR|%s^%s^HL70162" % (drug["rt"], {"IV": "Intravenous", "PO": "Oral", "SC": "Subcutaneous"}[drug["rt"]])))
    if chance(0.3):
        out.append(L(fam, "NTE|1|L|%s" % pick(["Pharmacy to dose vancomycin - target AUC 400-600",
                                                  "Pt NPO after midnight for EGD", "Verify with remote RPh before first dose",
                                                  "Home med continued per med rec", "Dose per CrCl - see renal consult"])))
    return out


def g_mirth():
    s = pick(SITES)
    chan = "%s_%s_IN" % (s["code"], s["msg"])
    r = rng.random()
    pref = "[%s]  " % ts_mirth()
    if r < 0.22:
        return [L("mirth", pref + "INFO  (com.mirth.connect.connectors.tcp.TcpReceiver:712): Received message from %s:%d on channel '%s' (%d bytes)"
                  % (s["ip"], rng.randint(40000, 65000), chan, rng.randint(700, 2600)))]
    if r < 0.38:
        return [L("mirth", pref + "INFO  (com.mirth.connect.donkey.server.channel.Channel:1423): Sent ACK MSA|AA|%s%s%s for messageId=%d channel=%s"
                  % (s["code"], now().strftime("%Y%m%d%H%M%S"), digits(3), rng.randint(100000, 999999), chan))]
    if r < 0.48:
        return [L("mirth", pref + "WARN  (com.mirth.connect.connectors.tcp.TcpReceiver:498): Connection reset by peer /%s:%d, channel %s will wait for reconnect (keepAlive=true, timeout=30000ms)"
                  % (s["ip"], rng.randint(40000, 65000), chan))]
    if r < 0.56:
        return [L("mirth", pref + "INFO  (com.mirth.connect.server.controllers.DonkeyEngineController:1128): Channel %s (id %s) queue size=%d, errored=%d, pruned=%d"
                  % (chan, uid(), rng.randint(0, 9), rng.randint(0, 2), rng.randint(100, 4000)))]
    if r < 0.78:
        # raw message stored with escaped carriage returns
        p = patient(s)
        prov = pick(PROVIDERS[s["code"]])
        ln = Line("mirth")
        ln.t(pref + "DEBUG (com.mirth.connect.plugins.messagebuilder:88): channel=%s messageId=%d raw=\"" % (chan, rng.randint(100000, 999999)))
        hl7_fields(ln, "MSH", {1: "^~\\&", 2: s["ehr"], 3: s["code"], 4: "TPRX_VERIFY", 5: "TELERX", 6: ts_hl7(),
                               8: "RDE^O11" if s["msg"] == "RDE" else "ORM^O01", 9: digits(12), 10: "P", 11: "2.5.1"})
        ln.t("\\r")
        hl7_fields(ln, "PID", pid_fields(p, full=chance(0.5)))
        ln.t("\\r")
        hl7_fields(ln, "PV1", pv1_fields(p, prov))
        ln.t("\\r...(truncated %d bytes)\"" % rng.randint(300, 900))
        return [ln]
    p = patient(s)
    ln = Line("mirth")
    ln.t(pref + "ERROR (com.mirth.connect.server.transformers.JavaScriptTransformer:215): Transformer error in channel '%s' messageId=%d: "
         % (chan, rng.randint(100000, 999999)))
    k = rng.random()
    if k < 0.5:
        ln.t("TypeError: Cannot read property \"weight\" from undefined (OBX missing) for PID-3 ").p(p["mrn"], "mrn").t(" PID-5 ").p(hl7name(p), "name")
    else:
        ln.t("DataTypeException: Invalid date/time in PID-7 '").p(fdate(p["dob"], "iso"), "date").t("' (expected YYYYMMDD) patient=").p(
            lastfirst(p, upper=True), "name")
    return [ln]


def g_fhir():
    s = pick([x for x in SITES if x["ehr"] in ("CERNER", "EPIC")])
    p = patient(s)
    prov = pick(PROVIDERS[s["code"]])
    drug = pick(DRUGS)
    ln = Line("fhir_json")
    rid = str(rng.randint(100000000, 999999999)) if s["ehr"] == "CERNER" else "e" + hexid(20)
    oid = "urn:oid:2.16.840.1.113883.3.13.6" if s["ehr"] == "CERNER" else "urn:oid:1.2.840.114350.1.13.861.1.7.2.798268"
    ln.t('{"resourceType":"MedicationRequest","id":"%s","meta":{"versionId":"%d","lastUpdated":"%s"},' % (rid, rng.randint(1, 4), ts_z()))
    ln.t('"identifier":[{"system":"%s","value":"%s"}],"status":"%s","intent":"order","priority":"%s",' % (
        oid, placer(), pick(["active", "active", "on-hold", "draft"]), pick(["routine", "stat", "urgent"])))
    contained = chance(0.35)
    if contained:
        ln.t('"contained":[{"resourceType":"Patient","id":"pt1","identifier":[{"type":{"text":"MRN"},"system":"%s","value":"' % oid.replace(".798268", ".698084"))
        ln.p(p["mrn"], "mrn").t('"}],"name":[{"use":"official","family":"').p(p["last"], "name").t('","given":["').p(p["first"], "name").t('"]}],')
        ln.t('"gender":"%s","birthDate":"' % ("male" if p["sex"] == "M" else "female")).p(fdate(p["dob"], "iso"), "date").t('"')
        if chance(0.6):
            a, n = p["phone"]
            ln.t(',"telecom":[{"system":"phone","value":"').p(fphone(a, n, pick(["dash", "paren", "plain"])), "phone").t('","use":"home"}')
            if p["email"]:
                ln.t(',{"system":"email","value":"').p(p["email"], "email").t('"}')
            ln.t(']')
        if chance(0.5):
            ln.t(',"address":[{"line":["').p(p["street"], "address").t('"],"city":"').p(p["city"], "address").t(
                '","district":"').p(p["county"], "address").t('","state":"%s","postalCode":"' % p["st"]).p(p["zip"], "zip").t('"}]')
        ln.t('}],')
    ln.t('"medicationCodeableConcept":{"coding":[{"system":"http://www.nlm.nih.gov/research/umls/rxnorm","code":"%s","display":"%s"}],"text":"%s"},' % (
        drug["rx"], drug["d"], drug["d"]))
    if contained:
        ln.t('"subject":{"reference":"#pt1"')
    else:
        ln.t('"subject":{"reference":"Patient/').p(p["fhir_id"], "other_id").t('"')
    if chance(0.7):
        ln.t(',"display":"').p(lastfirst(p) if chance(0.6) else firstlast(p), "name").t('"')
    ln.t('},"encounter":{"reference":"Encounter/').p(p["visit"], "other_id").t('"},')
    ln.t('"authoredOn":"%s","requester":{"reference":"Practitioner/%d","display":"%s, %s %s"},' % (
        ts_iso(now(-rng.randint(60000, 3000000)))[:19] + "-06:00", rng.randint(1000000, 9999999), prov["last"], prov["first"], prov["cred"]))
    ln.t('"dosageInstruction":[{"text":"%s %s %s %s","timing":{"code":{"text":"%s"}},"route":{"text":"%s"},"doseAndRate":[{"doseQuantity":{"value":%s,"unit":"%s"}}]}]' % (
        drug["dose"], drug["u"], drug["rt"], drug["fq"].lower(), drug["fq"], drug["rt"], drug["dose"], drug["u"]))
    if chance(0.3):
        k = rng.random()
        ln.t(',"note":[{"text":"')
        if k < 0.4 and p["age"] > 89:
            ln.t("Pt is ").p(str(p["age"]), "age").t(" yo, wt %s kg; please renally adjust" % p["wt"])
        elif k < 0.7:
            ln.t("Last dose given at home ").p(fdate(now().date() - dt.timedelta(days=1), "us"), "date").t(" per family")
        else:
            ln.t("Pharmacy to dose; SCr %s" % p["scr"])
        ln.t('"}]')
    ln.t("}")
    return [ln]


def g_fhir_error():
    s = pick([x for x in SITES if x["ehr"] in ("CERNER", "EPIC")])
    return [L("fhir_json", '{"resourceType":"OperationOutcome","id":"%s","issue":[{"severity":"error","code":"%s","diagnostics":"%s"}]}' % (
        uid(), pick(["throttled", "security", "not-found", "timeout"]),
        pick(["Rate limit exceeded for client tprx-poller (120 req/min)", "Access token expired; re-authenticate via SMART backend services",
              "MedicationRequest/%d not found" % rng.randint(100000000, 999999999), "Upstream Millennium service timed out after 30000 ms"])))]


def pino(level, msg, extra, host=None, reqid=True):
    d = now()
    ln = Line("pino_json")
    ln.t('{"level":%d,"time":%d,"pid":%d,"hostname":"%s","name":"order-queue"' % (
        level, epoch_ms(d), 4127 if not host else 5310, host or "tprx-queue-0%d" % rng.randint(1, 3)))
    if reqid:
        ln.t(',"reqId":"req-%s"' % hexid(6))
    for item in extra:
        ln.parts([item] if isinstance(item, str) else [item])
    ln.t(',"msg":"%s"}' % msg)
    return ln


def g_pino():
    s = pick(SITES)
    r = rng.random()
    qid = queue_id()
    if r < 0.17:
        return [pino(30, "order enqueued", [',"orderId":"%s","site":"%s","ehr":"%s","priority":"%s","source":"%s","queueDepth":%d' % (
            qid, s["code"], s["ehr"].lower(), pick(["STAT", "ROUTINE", "ROUTINE", "NOW"]), pick(["hl7", "fhir", "efax"]), rng.randint(0, 22))])]
    if r < 0.27:
        ph = rph()
        return [pino(30, "order claimed", [',"orderId":"%s","site":"%s","pharmacist":"%s","waitMs":%d' % (qid, s["code"], ph["user"], rng.randint(8000, 900000))])]
    if r < 0.34:
        return [pino(40, "SLA breach: STAT order pending > 15m", [',"orderId":"%s","site":"%s","pendingSec":%d,"pagerDuty":{"incident":"P%s","escalation":"tprx-oncall"}' % (
            qid, s["code"], rng.randint(901, 2400), "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6)))])]
    if r < 0.41:
        return [pino(30, "ws client connected", [',"client":"console/%s","rph":"%s","ip":"10.20.%d.%d","ua":"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/130.0.0.0"' % (
            pick(["3.14.2", "3.14.3"]), rph()["user"], rng.randint(1, 9), rng.randint(10, 250))])]
    if r < 0.47:
        return [pino(30, "queue snapshot", [',"depth":{"STAT":%d,"NOW":%d,"ROUTINE":%d},"oldestSec":%d,"rphOnline":%d' % (
            rng.randint(0, 4), rng.randint(0, 6), rng.randint(0, 30), rng.randint(20, 1800), rng.randint(2, 4))], reqid=False)]
    if r < 0.52:
        return [pino(50, "redis connection lost", [',"err":{"type":"Error","message":"connect ECONNREFUSED 10.20.0.31:6379","stack":"Error: connect ECONNREFUSED 10.20.0.31:6379\\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)","code":"ECONNREFUSED"},"retryInMs":%d' % rng.randint(200, 5000)], reqid=False)]
    p = patient(s)
    k = rng.random()
    if k < 0.3:
        dd = pick(DRUGS)
        return [pino(30, "order normalized", [',"orderId":"%s","site":"%s","patient":{"mrn":"' % (qid, s["code"]), (p["mrn"], "mrn"),
                                               '","dob":"', (fdate(p["dob"], "iso"), "date"), '","sex":"%s"},"drug":"%s","dose":%s,"unit":"%s"' % (
                                                   p["sex"], dd["n"], dd["dose"], dd["u"])])]
    if k < 0.5:
        return [pino(40, "duplicate order suppressed", [',"orderId":"%s","dupOf":"%s","site":"%s","ptName":"' % (qid, queue_id(), s["code"]),
                                                         (lastfirst(p, upper=True), "name"), '","mrn":"', (p["mrn"], "mrn"), '"'])]
    if k < 0.7 and s["ehr"] in ("CERNER", "EPIC"):
        return [pino(50, "FHIR fetch failed", [',"url":"https://fhir.%s.example.org/R4/MedicationRequest?patient=' % s["code"].lower(),
                                               (p["fhir_id"], "other_id"), '&status=active","status":%d,"attempt":%d' % (pick([401, 429, 503, 504]), rng.randint(1, 3))])]
    if k < 0.85:
        return [pino(30, "weight missing, requested from site", [',"orderId":"%s","site":"%s","encounter":"' % (qid, s["code"]),
                                                                  (p["visit"], "other_id"), '","notify":"%s"' % (s["phone"])])]
    return [pino(30, "order verified", [',"orderId":"%s","site":"%s","rph":"%s","tatSec":%d,"patientInitials":"' % (qid, s["code"], rph()["user"], rng.randint(60, 1500)),
                                        (initials(p), "name"), '"'])]


def logrus(level, msg, kv):
    ln = Line("logrus_kv")
    ln.t('time="%s" level=%s msg="%s"' % (ts_iso()[:19] + "-06:00", level, msg))
    for item in kv:
        ln.parts([item])
    return ln


def g_verify():
    s = pick(SITES)
    r = rng.random()
    ph = rph()
    qid = queue_id()
    if r < 0.16:
        return [logrus("info", "verification decision recorded", [" order_id=%s site=%s decision=%s rph=%s tat_sec=%d interventions=0 span_id=%s" % (
            qid, s["code"], pick(["VERIFIED", "VERIFIED", "VERIFIED", "REJECTED_DUPLICATE"]), ph["user"], rng.randint(45, 1400), hexid(16))])]
    if r < 0.24:
        return [logrus("debug", "grpc request", [" method=/tprx.verify.v1.Verify/Submit peer=10.20.4.%d duration=%dms code=OK trace_id=%s" % (
            rng.randint(2, 60), rng.randint(3, 180), trace())])]
    if r < 0.3:
        return [logrus("info", "db pool stats", [" open=%d in_use=%d idle=%d wait_count=%d wait_duration=%dms max_open=40" % (
            rng.randint(10, 40), rng.randint(1, 20), rng.randint(1, 10), rng.randint(0, 30), rng.randint(0, 900))])]
    if r < 0.34:
        return [logrus("warn", "license check stale", [" rph=%s state=%s last_verified=%s max_age=24h" % (ph["user"], s["st"], ts_iso(now() - dt.timedelta(hours=rng.randint(25, 40)))[:19])])]
    p = patient(s)
    drug = pick([d for d in DRUGS if d["renal"]])
    k = rng.random()
    if k < 0.35:
        newdose = {"mg": int(drug["dose"] * 0.5) if isinstance(drug["dose"], int) else drug["dose"]}.get(drug["u"], drug["dose"])
        return [logrus("info", "intervention logged", [" order_id=%s site=%s type=RENAL_DOSE_ADJ drug=\"%s\" from=\"%s %s %s\" to=\"%s %s %s\" prescriber_contacted=\"%s\" accepted=%s patient_mrn=" % (
            qid, s["code"], drug["n"], drug["dose"], drug["u"], drug["fq"], newdose, drug["u"], pick(["Q24H", "Q48H", "Q12H"]),
            "Dr. " + pick(PROVIDERS[s["code"]])["last"], pick(["true", "true", "false"])), (p["mrn"], "mrn"), " rph=%s" % ph["user"]])]
    if k < 0.6:
        return [logrus("warn", "verification held: missing data", [" order_id=%s site=%s missing=%s pt_name=\"" % (qid, s["code"], pick(["weight", "scr", "allergies", "weight,height"])),
                                                                    (lastfirst(p, upper=True), "name"), "\" pt_dob=", (fdate(p["dob"], "iso"), "date"), " rph=%s" % ph["user"]])]
    if k < 0.8:
        return [logrus("error", "ehr writeback failed", [" order_id=%s site=%s ehr=%s acct=" % (qid, s["code"], s["ehr"].lower()), (p["acct"], "account"),
                                                          " err=\"HL7 NAK AE: ORC-2 placer number not found\" retry=%d" % rng.randint(1, 5)])]
    return [logrus("info", "verification decision recorded", [" order_id=%s site=%s decision=VERIFIED_WITH_INTERVENTION rph=%s patient=\"" % (qid, s["code"], ph["user"]),
                                                               (firstlast(p), "name"), "\" visit=", (p["visit"], "other_id"), " interventions=%d" % rng.randint(1, 3)])]


def zap(level, caller, msg, extra):
    ln = Line("zap_json")
    ln.t('{"level":"%s","ts":%d.%04d,"caller":"%s","msg":"%s"' % (level, epoch_ms() // 1000, rng.randint(0, 9999), caller, msg))
    for item in extra:
        ln.parts([item])
    ln.t("}")
    return ln


def g_dur():
    s = pick(SITES)
    r = rng.random()
    qid = queue_id()
    if r < 0.12:
        return [zap("info", "knowledgebase/loader.go:77", "drug knowledge base loaded", [',"vendor":"FDB MedKnowledge","build":"2024.11.07-r2","ddiPairs":%d,"doseRangeRows":%d,"elapsed":"%.3fs"' % (
            rng.randint(380000, 390000), rng.randint(91000, 93000), rng.uniform(1, 9))])]
    if r < 0.22:
        return [zap("debug", "alerts/cache.go:54", "alert cache stats", [',"hits":%d,"misses":%d,"evictions":%d,"sizeBytes":%d' % (
            rng.randint(1000, 90000), rng.randint(10, 900), rng.randint(0, 40), rng.randint(10**6, 10**8))])]
    if r < 0.5:
        a, b, sev, why = pick(DDI)
        return [zap("warn", "alerts/ddi.go:188", "drug-drug interaction", [',"orderId":"%s","site":"%s","severity":"%s","drugA":"%s","drugB":"%s","monograph":"%d","summary":"%s"' % (
            qid, s["code"], sev, a, b, rng.randint(100, 999), why)])]
    p = patient(s)
    drug = pick(DRUGS)
    k = rng.random()
    if k < 0.45:
        perday = PERDAY[drug["fq"]] * drug["dose"]
        extra = [',"orderId":"%s","drug":"%s","dose":%s,"unit":"%s","freq":"%s","dailyDose":%s,"maxDaily":%s,"crcl":%.1f,"patientAge":' % (
            qid, drug["n"], drug["dose"], drug["u"], drug["fq"], round(perday, 2), round(perday * rng.choice([0.5, 0.6, 0.75, 0.8]), 2), rng.uniform(9, 60))]
        extra.append((str(p["age"]), "age" if p["age"] > 89 else None))
        extra.append(',"mrn":"')
        extra.append((p["mrn"], "mrn"))
        extra.append('"')
        return [zap("warn", "alerts/doserange.go:131", "dose range check failed", extra)]
    if k < 0.7:
        a, b, sev, why = pick(DDI)
        return [zap("warn", "alerts/ddi.go:188", "drug-drug interaction", [',"orderId":"%s","site":"%s","severity":"%s","drugA":"%s","drugB":"%s","patient":{"mrn":"' % (qid, s["code"], sev, a, b),
                                                                           (p["mrn"], "mrn"), '","name":"', (lastfirst(p), "name"), '"}'])]
    if k < 0.85:
        return [zap("info", "alerts/allergy.go:62", "allergy cross-sensitivity", [',"orderId":"%s","drug":"cefepime","allergen":"penicillin","reaction":"hives","overriddenBy":"%s","encounterId":"' % (qid, rph()["user"]),
                                                                                   (p["visit"], "other_id"), '"'])]
    return [zap("error", "alerts/engine.go:214", "patient context incomplete", [',"orderId":"%s","fhirPatient":"' % qid, (p["fhir_id"], "other_id"),
                                                                                '","missing":["weight","scr"],"error":"cannot compute CrCl"'])]


DUR_HEADER = "alert_id,generated_at,site,order_id,severity,alert_type,drug_a,drug_b,patient_mrn,patient_name,action,override_reason,pharmacist"


def g_dur_csv():
    out = [L("dur_csv", DUR_HEADER)]
    for _ in range(rng.randint(2, 5)):
        tick(1, 20)
        s = pick(SITES)
        a, b, sev, why = pick(DDI)
        typ = pick(["DDI", "DDI", "DOSE_RANGE", "DUP_THERAPY", "ALLERGY"])
        ln = Line("dur_csv")
        if typ != "DDI":
            sev = pick(["minor", "moderate", "major"])
        ln.t("A%07d,%s,%s,%s,%s,%s,%s,%s," % (rng.randint(1000000, 9999999), now().strftime("%Y-%m-%d %H:%M:%S"), s["code"], queue_id(),
                                              sev.upper(), typ, a, b if typ == "DDI" else ""))
        if chance(0.7):
            p = patient(s)
            ln.p(p["mrn"], "mrn").t(',"').p(lastfirst(p, upper=chance(0.5)), "name").t('",')
        else:
            ln.t(",,")
        act = pick(["OVERRIDDEN", "ACCEPTED", "ORDER_CHANGED", "OVERRIDDEN"])
        ln.t('%s,"%s",%s' % (act, pick(["Benefit outweighs risk; monitor INR daily", "Prescriber aware", "Dose adjusted", "Home regimen, stable"]) if act == "OVERRIDDEN" else "",
                             rph()["user"]))
        out.append(ln)
    return out


def g_renal():
    s = pick(SITES)
    pref = ts_go() + " renalcalc: "
    r = rng.random()
    if r < 0.2:
        return [L("go_stdlog", pref + pick(["config loaded from /etc/tprx/renal.yaml (formula=cockcroft-gault, weight=auto, scr_floor=0.8 for age>=65)",
                                            "rounding SCr up to 1.0 mg/dL disabled per P&T 2023-09",
                                            "listening on :8087 (metrics on :9187)",
                                            "table vancomycin_auc.v7 loaded: 412 rows"]))]
    p = patient(s)
    drug = pick([d for d in DRUGS if d["renal"]])
    ibw = (50 if p["sex"] == "M" else 45.5) + 2.3 * ((p["ht"] / 2.54) - 60)
    scr = max(p["scr"], 0.8) if p["age"] >= 65 else p["scr"]
    crcl = (140 - min(p["age"], 120)) * min(p["wt"], ibw * 1.3) / (72 * scr) * (0.85 if p["sex"] == "F" else 1)
    ln = Line("go_stdlog")
    ln.t(pref)
    k = rng.random()
    idtag = []
    if k < 0.5:
        idtag = ["pt=", (p["mrn"], "mrn"), " "]
    elif k < 0.7:
        idtag = ["pt=", (initials(p), "name"), " "]
    elif k < 0.85:
        idtag = ["enc=", (p["visit"], "other_id"), " "]
    ln.parts(idtag)
    ln.t("age=").p(str(p["age"]), "age" if p["age"] > 89 else None)
    ln.t(" sex=%s wt=%.1fkg ht=%dcm ibw=%.1fkg scr=%.2f(used %.2f) crcl_cg=%.1f mL/min" % (p["sex"], p["wt"], p["ht"], ibw, p["scr"], scr, crcl))
    band = "<30" if crcl < 30 else ("30-50" if crcl < 50 else ">50")
    recs = {"<30": ["reduce to q24h", "50% dose reduction", "avoid; consider alternative", "extend interval to q48h"],
            "30-50": ["reduce to q12-24h", "25-50% dose reduction", "no change"], ">50": ["no change"]}[band]
    ln.t(" drug=%s band=%s rec=\"%s\"" % (drug["n"].replace(" ", "_"), band, pick(recs)))
    return [ln]


def g_intervention_xml():
    s = pick(SITES)
    p = patient(s)
    drug = pick(DRUGS)
    ph = rph()
    prov = pick(PROVIDERS[s["code"]])
    ln = Line("intervention_xml")
    typ, note, drug = pick([
        ("RenalDoseAdjust", "CrCl ~%d mL/min; changed to q24h" % rng.randint(12, 40), pick([d for d in DRUGS if d["renal"]])),
        ("DDIAvoided", "Fluconazole + warfarin - switched to micafungin, INR in AM", DRUG["fluconazole"]),
        ("DDIAvoided", "Dup anticoag with home apixaban - d/c'd enox", DRUG["enoxaparin"]),
        ("AllergyClarified", "Clarified PCN allergy as rash only; cefepime OK", DRUG["cefepime"]),
        ("DuplicateTherapy", "Famotidine + home pantoprazole - d/c'd famotidine", DRUG["famotidine"]),
        ("IVtoPO", "Tolerating diet; converted IV levetiracetam to PO", DRUG["levetiracetam"]),
        ("LabMonitoring", "Held KCl - K 5.4, repeat BMP 0600", DRUG["potassium chloride"])])
    ln.t('<Intervention id="INT-%d" site="%s" type="%s" severity="%s" rph="%s" prescriber="%s, %s %s" outcome="%s">' % (
        rng.randint(200000, 299999), s["code"], typ,
        pick(["2-Moderate", "3-Significant", "1-Minor"]), ph["user"], prov["last"], prov["first"], prov["cred"], pick(["Accepted", "Accepted", "Modified", "Declined"])))
    ln.t("<Patient mrn=\"").p(p["mrn"], "mrn").t("\" acct=\"").p(p["acct"], "account").t("\"><Name>").p(lastfirst(p), "name").t("</Name><DOB>").p(
        fdate(p["dob"], pick(["iso", "us"])), "date").t("</DOB>")
    if p["age"] > 89 and chance(0.7):
        ln.t("<Age unit=\"a\">").p(str(p["age"]), "age").t("</Age>")
    ln.t("</Patient><Drug ndc=\"%s\">%s</Drug><Note>%s</Note><TimeSavedMin>%d</TimeSavedMin></Intervention>" % (
        drug["ndc"], drug["d"], note.replace("'", "&apos;"), rng.randint(5, 45)))
    return [ln]


def g_video():
    s = pick(SITES)
    room = "rx-%s-%s" % (s["code"].lower(), hexid(6))
    pref = "%s video-gw[%d]: " % (ts_z(), rng.randint(2100, 2300))
    r = rng.random()
    if r < 0.25:
        ph = rph()
        return [L("video_session", pref + "room=%s event=participant_connected identity=rph:%s role=pharmacist region=us-central ip=10.20.%d.%d codec=VP8 simulcast=true" % (
            room, ph["user"], rng.randint(1, 9), rng.randint(10, 250)))]
    if r < 0.42:
        n = pick(NURSES[s["code"]])
        return [L("video_session", pref + "room=%s event=participant_connected identity=\"rn:%s %s\" role=site_nurse device=cart-%s-%02d ip=%s" % (
            room, n[0], n[1], s["code"].lower(), rng.randint(1, 6), s["ip"]))]
    if r < 0.56:
        return [L("video_session", pref + "room=%s event=stats bitrate_kbps=%d packet_loss=%.1f%% jitter_ms=%d rtt_ms=%d turn_relay=%s" % (
            room, rng.randint(300, 2400), rng.uniform(0, 4), rng.randint(2, 60), rng.randint(20, 240), pick(["true", "false"])))]
    if r < 0.64:
        return [L("video_session", pref + "room=%s event=room_ended duration_s=%d participants=%d recording=disabled reason=%s" % (
            room, rng.randint(60, 1800), rng.randint(2, 4), pick(["host_left", "idle_timeout", "completed"])))]
    if r < 0.67:
        return [L("video_session", pref + "event=turn_allocation_failed server=turn2.tprx-video.net:3478 err=\"401 Unauthorized: stale nonce\" retry=1")]
    # family/patient guest in a counselling session
    p = patient(s)
    k = p["kin"]
    rel = k[2][1].lower()
    ip = "%d.%d.%d.%d" % (pick([24, 63, 66, 67, 71, 73, 97, 104, 173, 184]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    q = rng.random()
    ln = Line("video_session")
    ln.t(pref)
    if q < 0.5:
        ln.t("room=%s event=guest_joined identity=" % room).p("guest:%s-%s" % (asciify(k[0].lower()), hexid(4)), "other_id").t(' displayName="').p(
            "%s %s" % (k[0], k[1]), "name").t(' (%s)" remote_ip=' % rel).p(ip, "ip").t(" ua=\"Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X)\"")
    elif q < 0.78:
        ln.t("room=%s event=invite_sent channel=%s to=" % (room, "email" if p["email"] else "sms"))
        if p["email"]:
            ln.p(p["email"], "email")
        else:
            ca, cn = p["cell"]
            ln.p(fphone(ca, cn, "e164"), "phone")
        tok = "%s%s" % (asciify(p["first"].lower().replace(" ", "")[:5]), hexid(8))
        ln.t(" url=").p("https://meet.tprx-video.net/g/%s" % tok, "url").t(" purpose=discharge_counseling lang=%s" % pick(["en", "en", "es"]))
    else:
        ln.t("room=%s event=interpreter_added vendor=LanguageLine lang=es patient=\"" % room).p(lastfirst(p), "name").t("\" mrn=").p(p["mrn"], "mrn").t(
            " note=\"paciente prefiere español\"")
    return [ln]


BOARDS = {"ND": "ND Board of Pharmacy", "MT": "MT Board of Pharmacy", "NE": "NE DHHS Licensure Unit", "SD": "SD Board of Pharmacy",
          "WY": "WY Board of Pharmacy", "KS": "KS Board of Pharmacy"}


def g_license():
    ph = rph()
    st = pick(list(BOARDS))
    r = rng.random()
    if r < 0.45:
        return [L("license_lookup", "%s INFO  [licensure-sync] verify source=nabp-eprofile eprofile_id=%s name=\"%s %s, PharmD\" state=%s license=%s status=ACTIVE expires=%s discipline=none latency_ms=%d" % (
            ts_iso(), digits(7), ph["first"], ph["last"], st, ph["lic"][st], pick(["2025-06-30", "2026-03-31", "2025-12-31", "2026-09-30"]), rng.randint(90, 900)))]
    if r < 0.7:
        return [L("license_lookup", '{"ts":"%s","svc":"board-lookup","board":"%s","query":{"lastName":"%s","licenseNo":"%s"},"result":{"licenseType":"Pharmacist","status":"Active","issueDate":"%s","expirationDate":"%s","nonresident":%s,"telepharmacyEndorsement":%s},"httpStatus":200}' % (
            ts_z(), BOARDS[st], ph["last"], ph["lic"][st], pick(["2011-07-14", "2015-06-02", "2019-08-20", "2008-05-30"]), pick(["2025-06-30", "2026-03-31"]),
            "true" if st != "ND" else "false", pick(["true", "false"])))]
    if r < 0.85:
        return [L("license_lookup", "%s WARN  [licensure-sync] board %s returned HTTP %d for license %s (holder %s %s); using cached result from %s" % (
            ts_iso(), st, pick([500, 502, 503, 429]), ph["lic"][st], ph["first"], ph["last"], (now() - dt.timedelta(days=rng.randint(1, 6))).strftime("%Y-%m-%d")))]
    s = pick(SITES)
    return [L("license_lookup", "%s INFO  [licensure-sync] site=%s requires active %s license for remote verification; on-shift coverage: %s" % (
        ts_iso(), s["code"], s["st"], ",".join("%s(%s)" % (x["user"], x["lic"][s["st"]]) for x in rng.sample(PHARMACISTS, 2))))]


PYXIS_HEADER = "TxnDateTime,Facility,Device,DrawerPocket,UserName,UserID,PatientName,MRN,AcctNum,MedDescription,Qty,UOM,OverrideReason,PharmacyVerifiedDT,MinToVerify"


def g_pyxis():
    s = pick(SITES)
    out = [L("cabinet_csv", "# Override Medication Report  facility=%s  range=%s 19:00-%s 07:00  generated=%s" % (
        s["code"], (TODAY - dt.timedelta(days=1)).strftime("%m/%d/%Y"), TODAY.strftime("%m/%d/%Y"), now().strftime("%m/%d/%Y %H:%M"))),
           L("cabinet_csv", PYXIS_HEADER)]
    n = rng.randint(2, 5)
    nver = 0
    for _ in range(n):
        p = patient(s)
        nf, nl = pick(NURSES[s["code"]])
        drug = pick(DRUGS)
        lo = max(dt.datetime(2024, 11, 14, 19, 0), now() - dt.timedelta(hours=6))
        t0 = lo + dt.timedelta(seconds=rng.randint(0, max(60, int((now() - lo).total_seconds()) - 300)))
        ver = t0 + dt.timedelta(minutes=rng.randint(3, 140))
        if ver <= now():
            nver += (ver - t0).seconds // 60 <= 60
        ln = Line("cabinet_csv")
        ln.t('%s,%s,%s-%s-MS%02d,D%d-P%d,"%s, %s RN",%s,"' % (t0.strftime("%m/%d/%Y %H:%M"), s["code"], s["code"], pick(["ER", "ICU", "MS"]), rng.randint(1, 3),
                                                         rng.randint(1, 6), rng.randint(1, 12), nl, nf, (nf.split()[0][0] + nl.replace(" ", "")).upper()))
        ln.p(lastfirst(p, upper=True), "name").t('",').p(p["mrn"], "mrn").t(",").p(p["acct"], "account")
        ln.t(',%s,%d,%s,"%s",%s,%d' % (drug["d"].upper(), rng.randint(1, 2), {"PO": "TAB", "SC": "SYR", "IV": pick(["VIAL", "EA", "BAG"])}[drug["rt"]],
                                      pick(["Emergency", "STAT - pharmacist unavailable", "Code Blue", "Pain 9/10", "Nausea/vomiting"]),
                                      ver.strftime("%m/%d/%Y %H:%M") if ver <= now() else "PENDING", (ver - t0).seconds // 60 if ver <= now() else 0))
        out.append(ln)
    out.append(L("cabinet_csv", "TOTAL,,,,,,,,,,%d,,,VerifiedWithin60Min=%d," % (n, nver)))
    return out


def ocr_garble(s):
    if chance(0.5):
        return s
    return s.replace("0", "O", 1).replace("1", "l", 1) if chance(0.5) else s.replace("/", "I", 1)


def g_efax():
    s = pick(SITES)
    fid = "FX%s%s" % (now().strftime("%y%m%d"), digits(6))
    r = rng.random()
    if r < 0.2:
        return [L("efax_json", '{"event":"fax.received","faxId":"%s","from":"%s","to":"+18775550142","pages":1,"receivedAt":"%s","csid":"%s PHARM","ocr":{"engine":"tesseract 5.3.4","confidence":%.2f,"text":"FAX COVER SHEET\\nTo: TeleRx Pharmacy  Fax: 877-555-0142\\nFrom: %s  %s\\nPages: 1 of 1\\nCONFIDENTIALITY NOTICE: This facsimile contains privileged information..."}}' % (
            fid, s["fax164"], ts_z(), s["code"], rng.uniform(0.6, 0.97), s["name"], s["fax"]))]
    if r < 0.3:
        return [L("efax_json", '{"event":"fax.delivery_failed","faxId":"%s","to":"%s","attempts":%d,"reason":"%s","receivedAt":"%s"}' % (
            fid, s["fax164"], rng.randint(1, 3), pick(["BUSY", "NO_ANSWER", "T.30 DCN received", "Page 2 transmission error"]), ts_z()))]
    p = patient(s)
    prov = pick(PROVIDERS[s["code"]])
    drug = pick(DRUGS)
    ln = Line("efax_json")
    ln.t('{"event":"fax.received","faxId":"%s","from":"%s","to":"+18775550142","pages":%d,"receivedAt":"%s","ocr":{"engine":"tesseract 5.3.4","confidence":%.2f,"text":"' % (
        fid, s["fax164"], rng.randint(2, 4), ts_z(), rng.uniform(0.55, 0.95)))
    k = rng.random()
    if k < 0.5:
        ln.t("%s\\n%s, %s  Ph %s  Fax %s\\nPHYSICIAN ORDERS\\nPatient Name: " % (s["name"].upper(), s["city"], s["st"], s["phone"], s["fax"]))
        ln.p(lastfirst(p, upper=True), "name").t("    DOB: ").p(ocr_garble(fdate(p["dob"], pick(["us", "us_short", "dash"]))), "date")
        ln.t("\\nMRN: ").p(p["mrn"], "mrn").t("   Rm: %d   Wt: %s kg  Allergies: %s\\n" % (rng.randint(100, 130), p["wt"], pick(["NKDA", "PCN (hives)", "Sulfa", "Codeine - nausea"])))
        ln.t("1. %s %s %s %s\\n2. BMP in AM\\n" % (drug["d"], drug["dose"], drug["u"], drug["fq"]))
        if chance(0.25):
            ln.t("3. Pt on home insulin pump (Omnipod 5) - PDM SN ").p(pick("ABCDEFGH") + digits(9), "device").t(" - may self-manage if alert\\n")
        if chance(0.4):
            ln.t("Admit date: ").p(fdate(p["admit"].date(), "us_short"), "date").t("\\n")
        ln.t("%s %s, %s  NPI %s  DEA %s\\nDate/Time: %s %s" % (prov["first"], prov["last"], prov["cred"], prov["npi"], prov["dea"], now().strftime("%m/%d/%y"), now().strftime("%H%M")))
    elif k < 0.8:
        a, n = p["phone"]
        code, pname, mid = p["plan"]
        ln.t("PATIENT FACE SHEET\\n%s\\nName: " % s["name"]).p("%s %s. %s" % (p["first"], p["mi"], p["last"]), "name")
        ln.t("   Sex: %s   DOB: " % p["sex"]).p(fdate(p["dob"], pick(["us", "long", "dmon"])), "date")
        if p["age"] > 89:
            ln.t("   Age: ").p(str(p["age"]), "age")
        ln.t("\\nAddress: ").p("%s, %s" % (p["street"], p["city"]), "address").t(", %s " % p["st"]).p(p["zip"], "zip")
        ln.t("\\nCounty: ").p(p["county"], "address").t("   Home Ph: ").p(fphone(a, n, pick(["paren", "dash", "dot"])), "phone")
        ln.t("\\nSSN: ").p(ocr_garble(p["ssn"]), "ssn").t("   Acct#: ").p(p["acct"], "account").t("   MRN: ").p(p["mrn"], "mrn")
        if chance(0.4):
            ln.t("   DL#: %s " % p["st"]).p(p["dl"], "license")
        ln.t("\\nPrimary Ins: %s   ID: " % pname).p(mbi_dashed(mid) if code == "MCR" and chance(0.5) else mid, "health_plan")
        ln.t("\\nEmergency Contact: ").p("%s %s" % (p["kin"][0], p["kin"][1]), "name").t(" (%s) " % p["kin"][2][1]).p(
            fphone(p["kin"][3][0], p["kin"][3][1], "dash"), "phone")
        ln.t("\\nAttending: %s %s %s" % (prov["first"], prov["last"], prov["cred"]))
    else:
        p = pick([x for x in PATIENTS if x["site"] is s and x["age"] >= 65] or [p])
        last = now() - dt.timedelta(hours=rng.randint(3, 20))
        ln.t("RIVERBEND CARE CENTER - MEDICATION ADMINISTRATION RECORD (transfer)\\nResident: ").p(lastfirst(p), "name")
        ln.t("  DOB ").p(fdate(p["dob"], "us_nopad"), "date").t("  Medicare ID ").p(p["plan"][2] if p["plan"][0] == "MCR" else mbi(), "health_plan")
        ln.t("\\napixaban 5 mg PO BID - last dose given ").p(fdate(last.date(), "us"), "date").t(" @ %s" % ("0900" if last.hour < 21 and last.hour >= 9 else "2100"))
        if chance(0.5):
            ln.t("\\nPacemaker: Medtronic Azure XT DR  SN ").p("RNB%s%s" % (digits(6), pick("SH")), "device")
        ln.t("\\nTomar 1 tableta dos veces al día\\nFaxed by: %s RN" % pick(["J. Moberg", "C. Eagle Elk", "R. Tschetter"]))
    ln.t('"}}')
    return [ln]


HANDOFFS = [(dt.datetime(2024, 11, 14, 22, 55), "evening->night"), (dt.datetime(2024, 11, 15, 2, 58), "mid-shift coverage"),
            (dt.datetime(2024, 11, 15, 6, 44), "night->day")]


def g_handoff(kind):
    ph_out, ph_in = rng.sample(PHARMACISTS, 2)
    out = [L("handoff_note", "=== TeleRx %s handoff %s | off: %s %s, RPh | on: %s %s, RPh ===" % (
        kind, now().strftime("%Y-%m-%d %H:%M"), ph_out["first"], ph_out["last"], ph_in["first"], ph_in["last"]))]
    sites = rng.sample(SITES, rng.randint(3, 5))
    kinds = rng.sample(["quiet", "trough", "renal", "admit", "ama", "pump", "counsel", "quiet2", "renal"], len(sites))
    for s, q in zip(sites, kinds):
        ln = Line("handoff_note")
        ln.t("- %s: " % s["code"])
        p = patient(s)
        drug = pick([d for d in DRUGS if d["renal"]])
        if q == "quiet":
            ln.t(pick(["Quiet night, no pending orders.", "Pyxis ER-MS01 drawer 3 failed sync ~%s, ticket INC00%d opened with BD." % (hhmm(-rng.randint(30, 200)), rng.randint(41000, 49999)),
                       "Night RN asked about heparin protocol v4 - sent the PDF to the unit fax."]))
        elif q == "quiet2":
            ln.t(pick(["Interface down %s-%s (Mirth reconnect), all orders backfilled and verified." % (hhmm(-rng.randint(100, 180)), hhmm(-rng.randint(40, 90))),
                       "2 overrides > 60 min, both reviewed; nothing to escalate.",
                       "Citrix VDA02 slow (ICA RTT > 300 ms) - used VDA03, ticket with IT."]))
        elif q == "trough":
            ln.t("Rm %d " % rng.randint(100, 130)).p(lastfirst(p, upper=True), "name").t(" (MRN ").p(p["mrn"], "mrn").t(
                ") vanc trough due 0800, last SCr %s; if >2.0 hold and call Dr. %s." % (p["scr"], pick(PROVIDERS[s["code"]])["last"]))
        elif q == "renal":
            ln.t("pt ").p(initials(p), "name").t(" ").p(str(p["age"]), "age" if p["age"] > 89 else None).t("yo %s, wt %s kg, CrCl ~%d - changed %s to %s, MD agreed." % (
                p["sex"], p["wt"], rng.randint(12, 45), drug["n"], pick(["q24h", "q48h", "half dose"])))
        elif q == "admit":
            ln.t("New admit ").p(firstlast(p), "name").t(", DOB ").p(fdate(p["dob"], pick(["us", "us_short", "mon"])), "date").t(
                " - home meds not reconciled (family bringing list). %s " % p["kin"][2][1]).p(p["kin"][0], "name").t(" ").p(
                fphone(p["kin"][3][0], p["kin"][3][1], pick(["dash", "plain", "paren"])), "phone").t(".")
        elif q == "ama":
            ln.t("ED pt ").p(p["last"], "name").t(" left AMA ~%s before enox dose; drove own truck (%s plate " % (hhmm(-rng.randint(20, 120)), p["st"])).p(
                "%d-%s%d" % (rng.randint(1, 89), pick("ABCDEFGHJKLMNPRSTUVWXYZ"), rng.randint(1000, 9999)), "vehicle").t("), RN notified.")
        elif q == "pump":
            ln.t("Insulin pump pt ").p(lastfirst(p), "name").t(" - home t:slim X2 SN ").p(digits(8), "device").t(
                ", basal 0.8 u/h; pump removed for MRI, glargine bridge verified.")
        else:
            ln.t("Discharge counseling for ").p(firstlast(p), "name").t(" set for ").p(
                fdate(TODAY + dt.timedelta(days=rng.randint(0, 2)), pick(["us_short", "mon"])), "date").t(
                " 1000 via video, Spanish interpreter needed (paciente prefiere español).")
        out.append(ln)
    return out


def g_nginx():
    s = pick(SITES)
    ip = "10.20.%d.%d" % (rng.randint(1, 9), rng.randint(10, 250))
    r = rng.random()
    ua = pick(['"tprx-console/3.14.2 (Windows NT 10.0)"', '"Go-http-client/1.1"', '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0.0.0 Safari/537.36"', '"node-fetch/1.0"'])
    pref = '%s - %s [%s] "' % (ip, pick(["-", rph()["user"]]), ts_nginx())
    if r < 0.15:
        return [L("nginx_access", '%s - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" rt=0.001 uct="0.000"' % ("10.20.0.%d" % rng.randint(2, 9), ts_nginx()))]
    if r < 0.42:
        return [L("nginx_access", pref + 'GET /api/v2/queue?site=%s&status=%s&limit=50 HTTP/1.1" 200 %d "-" %s rt=%.3f uct="0.001" req_id=%s' % (
            s["code"], pick(["pending", "claimed", "verified"]), rng.randint(300, 40000), ua, rng.uniform(0.003, 0.4), hexid(32)))]
    if r < 0.55:
        return [L("nginx_access", pref + 'POST /api/v2/orders/%s/decision HTTP/1.1" %d %d "https://console.tprx.net/queue" %s rt=%.3f' % (
            queue_id(), pick([200, 200, 409, 422]), rng.randint(40, 900), ua, rng.uniform(0.01, 0.9)))]
    if r < 0.6:
        return [L("nginx_access", pref + 'GET /static/js/main.%s.js HTTP/1.1" 304 0 "https://console.tprx.net/" %s rt=0.000' % (hexid(8), ua))]
    p = patient(s)
    ln = Line("nginx_access")
    ln.t(pref)
    k = rng.random()
    if k < 0.4:
        ln.t("GET /api/v2/patients/search?site=%s&last=" % s["code"]).p(asciify(p["last"].lower().replace(" ", "%20").replace("'", "%27")), "name").t("&dob=").p(
            fdate(p["dob"], "iso"), "date")
    elif k < 0.75:
        ln.t("GET /api/v2/patients/%s/" % s["code"]).p(p["mrn"], "mrn").t("/labs?loinc=2160-0,29463-7")
    elif s["ehr"] in ("CERNER", "EPIC"):
        ln.t("GET /fhir-proxy/%s/R4/Patient/" % s["code"].lower()).p(p["fhir_id"], "other_id").t("/$everything?_count=50")
    else:
        ln.t("GET /api/v2/orders?site=%s&acct=" % s["code"]).p(p["acct"], "account").t("&include=history")
    ln.t(' HTTP/1.1" 200 %d "https://console.tprx.net/orders/%s" %s rt=%.3f' % (rng.randint(500, 20000), queue_id(), ua, rng.uniform(0.01, 1.2)))
    return [ln]


def g_windows():
    s = pick(SITES)
    ph = rph()
    host = "TPRX-WS%02d" % rng.randint(1, 12)
    r = rng.random()
    pref = "<13>%s %s " % (ts_sys(), host)
    if r < 0.3:
        return [L("win_eventlog", pref + "Microsoft-Windows-Security-Auditing[4624]: An account was successfully logged on. Subject: Security ID: S-1-5-18 Account Name: %s$ Logon Type: 10 New Logon: Account Name: %s Account Domain: TPRX Logon ID: 0x%s Source Network Address: 10.20.%d.%d Source Port: %d Logon Process: User32 Authentication Package: Negotiate" % (
            host, ph["user"], hexid(7).upper(), rng.randint(1, 9), rng.randint(10, 250), rng.randint(49152, 65535)))]
    if r < 0.45:
        return [L("win_eventlog", pref + "Microsoft-Windows-TerminalServices-LocalSessionManager[%d]: Remote Desktop Services: %s User: TPRX\\%s Session ID: %d Source Network Address: 10.20.%d.%d" % (
            pick([21, 24, 25]), pick(["Session logon succeeded:", "Session has been disconnected:", "Session reconnection succeeded:"]), ph["user"], rng.randint(2, 9),
            rng.randint(1, 9), rng.randint(10, 250)))]
    if r < 0.6:
        return [L("win_eventlog", pref + "Microsoft-Windows-Security-Auditing[4625]: An account failed to log on. Account Name: %s Failure Reason: Unknown user name or bad password. Status: 0xC000006D Sub Status: 0xC000006A Logon Type: 10 Source Network Address: 185.%d.%d.%d" % (
            pick(["administrator", "admin", "scanner", "test"]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)))]
    if r < 0.72:
        return [L("win_eventlog", pref + "Microsoft-Windows-TerminalServices-Gateway[302]: The user \"TPRX\\%s\", on client computer \"10.20.%d.%d\", connected to resource \"%s-RDS01.%s.local\". Connection protocol used: \"HTTP\"." % (
            ph["user"], rng.randint(1, 9), rng.randint(10, 250), s["code"], s["code"].lower()))]
    if r < 0.85:
        return [L("win_eventlog", '%s,%s,Microsoft-Windows-Security-Auditing,4779,Other Logon/Logoff,"A session was disconnected from a Window Station. Account Name: %s Session Name: RDP-Tcp#%d Client Address: 10.20.%d.%d"' % (
            ts_win(), host, ph["user"], rng.randint(1, 40), rng.randint(1, 9), rng.randint(10, 250)))]
    return [L("win_eventlog", pref + "Microsoft-Windows-GroupPolicy[1502]: The Group Policy settings for the computer were processed successfully. There were %d new or changed GPOs. duration=%dms" % (
        rng.randint(0, 3), rng.randint(400, 6000)))]


def g_citrix():
    s = pick(SITES)
    ph = rph()
    r = rng.random()
    app = {"MEDITECH": "MEDITECH Expanse", "CPSI": "Evident Thrive", "CERNER": "PowerChart", "EPIC": "Epic Hyperspace"}[s["ehr"]]
    if r < 0.25:
        return [L("citrix", "%s Citrix.DeliveryServices.WebApplication  Information  Launch: user=TPRX\\%s app=\"%s - %s\" farm=CVAD-%s vda=%s-VDA%02d result=Success ica_file=%s.ica" % (
            ts_iso(), ph["user"], app, s["code"], s["st"], s["code"], rng.randint(1, 4), hexid(12)))]
    if r < 0.45:
        return [L("citrix", "%s [CtxBroker] SessionStateChange session=%s user=%s state=%s protocol=HDX latency_ms=%d icaRtt=%d bandwidth_kbps=%d" % (
            ts_iso(), uid(), ph["user"], pick(["Active", "Disconnected", "Reconnected"]), rng.randint(20, 180), rng.randint(20, 200), rng.randint(400, 9000)))]
    if r < 0.6:
        return [L("citrix", "%s ERROR [StoreFront] Authentication failed for TPRX\\%s: Netscaler gateway returned 'Session expired' (EventID 10, correlation %s)" % (
            ts_iso(), ph["user"], uid()))]
    if r < 0.62:
        return [L("citrix", "%s [VDA] %s-VDA%02d CPU=%d%% Mem=%d%% sessions=%d LoadIndex=%d registration=Registered ver=2402.0.100.629" % (
            ts_iso(), s["code"], rng.randint(1, 4), rng.randint(5, 95), rng.randint(30, 90), rng.randint(1, 12), rng.randint(1000, 9000)))]
    p = patient(s)
    ln = Line("citrix")
    ln.t("%s [SessionRecording] Agent=%s-VDA%02d user=%s event=ActiveWindowChanged process=%s title=\"" % (
        ts_iso(), s["code"], rng.randint(1, 4), ph["user"], {"MEDITECH": "Magic.exe", "CPSI": "Thrive.exe", "CERNER": "PowerChart.exe", "EPIC": "Hyperspace.exe"}[s["ehr"]]))
    k = rng.random()
    if k < 0.5:
        ln.t("%s - " % app).p("%s,%s" % (p["last"].upper(), p["first"].upper()), "name").t(" ").p(p["mrn"], "mrn").t(" - Order Verification\"")
    elif k < 0.8:
        ln.t("Pharmacy Order Entry - ").p(lastfirst(p), "name").t(" (").p(fdate(p["dob"], "us"), "date").t(")\"")
    else:
        ln.t("Medication Profile: ").p(p["last"], "name").t(" | Acct ").p(p["acct"], "account").t("\"")
    return [ln]


def g_sys():
    r = rng.random()
    host = pick(["tprx-queue-01", "tprx-queue-02", "tprx-verify-01", "tprx-dur-01", "tprx-renal-01", "tprx-fax-01"])
    if r < 0.15:
        return [L("syslog", "%s %s systemd[1]: Started Daily apt download activities." % (ts_sys(), host))]
    if r < 0.3:
        return [L("syslog", "%s %s kubelet[%d]: I%s %s.%06d  %d prober.go:107] \"Probe succeeded\" probeType=\"Readiness\" pod=\"tprx/%s-%s\" containerName=\"app\"" % (
            ts_sys(), host, rng.randint(800, 1200), now().strftime("%m%d"), now().strftime("%H:%M:%S"), rng.randint(0, 999999), rng.randint(800, 1200),
            pick(["order-queue", "verify", "dur-engine", "renal-calc"]), hexid(5)))]
    if r < 0.42:
        return [L("syslog", "%s %s CRON[%d]: (root) CMD (/opt/tprx/bin/pg_backup.sh --target s3://tprx-backups/pg/%s >/dev/null 2>&1)" % (
            ts_sys(), host, rng.randint(10000, 40000), now().strftime("%Y%m%d")))]
    if r < 0.55:
        return [L("syslog", "%s %s chronyd[%d]: Selected source 10.20.0.2 (ntp1.tprx.local), offset %+.6f s" % (ts_sys(), host, rng.randint(400, 900), rng.uniform(-0.01, 0.01)))]
    if r < 0.7:
        return [L("metrics", "tprx_queue_depth{site=\"%s\",priority=\"%s\"} %d %d" % (pick(SITES)["code"], pick(["stat", "routine"]), rng.randint(0, 20), epoch_ms()))]
    if r < 0.8:
        return [L("metrics", "go_memstats_heap_alloc_bytes{job=\"%s\",instance=\"10.20.4.%d:9187\"} %d" % (pick(["verify", "dur-engine", "renal-calc"]), rng.randint(2, 60), rng.randint(10**7, 10**9)))]
    if r < 0.9:
        return [L("syslog", "%s %s dockerd[%d]: time=\"%s\" level=info msg=\"ignoring event\" container=%s module=libcontainerd namespace=moby topic=/tasks/delete" % (
            ts_sys(), host, rng.randint(700, 900), ts_z(), hexid(64)))]
    return [L("syslog", "%s %s node[%d]: (node:%d) Warning: Setting the NODE_TLS_REJECT_UNAUTHORIZED environment variable to '0' makes TLS connections insecure. build=order-queue@3.14.2+%s" % (
        ts_sys(), host, rng.randint(4000, 6000), rng.randint(4000, 6000), hexid(7)))]


GENS = [
    (g_hl7, 5), (g_mirth, 10), (g_fhir, 9), (g_fhir_error, 2), (g_pino, 14), (g_verify, 13), (g_dur, 11), (g_dur_csv, 3),
    (g_renal, 9), (g_intervention_xml, 6), (g_video, 11), (g_license, 6), (g_pyxis, 2), (g_efax, 9),
    (g_nginx, 12), (g_windows, 9), (g_citrix, 8), (g_sys, 12),
]


def main():
    lines = []
    fns = [g for g, _ in GENS]
    wts = [w for _, w in GENS]
    while len(lines) < N_LINES:
        tick()
        if HANDOFFS and now() >= HANDOFFS[0][0]:
            out = g_handoff(HANDOFFS.pop(0)[1])
        else:
            g = rng.choices(fns, wts)[0]
            out = g()
        if len(lines) + len(out) > N_LINES:
            continue
        lines.extend(out)
    assert len(lines) == N_LINES
    log_rows, lab_rows = [], []
    for i, ln in enumerate(lines, 1):
        b = bytes(ln.buf)
        txt = b.decode("utf-8")
        assert "\n" not in txt and "\r" not in txt and txt.strip(), (i, txt)
        spans = []
        last_e = -1
        for sp in sorted(ln.spans, key=lambda x: x["s"]):
            assert b[sp["s"]:sp["e"]] == sp["_v"].encode("utf-8"), (i, sp)
            assert sp["s"] >= last_e, ("overlap", i, sp)
            assert sp["e"] > sp["s"]
            last_e = sp["e"]
            spans.append({"s": sp["s"], "e": sp["e"], "cat": sp["cat"]})
        log_rows.append(txt)
        lab_rows.append(json.dumps({"line": i, "family": ln.family, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(log_rows))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lab_rows) + "\n")


if __name__ == "__main__":
    main()
