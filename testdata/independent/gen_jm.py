#!/usr/bin/env python3
"""Synthetic labeled log corpus "jm": a retail clinic network inside pharmacies.

Systems imitated (one day at a few stores of the fictitious "QuickWell Clinic"
chain inside "Harbor Drug" pharmacies): walk-in kiosks and the SMS waitlist
relay, the Spring Boot queue / eRx / LIS-interface / custody services, the .NET
payments, eligibility (X12 270/271) and forms services (Microsoft.Extensions.
Logging console and Serilog CLEF), point-of-care analyzers (HL7 v2 ORU, ASTM
E1394 records), immunization registry feed (HL7 VXU), NCPDP SCRIPT-like NewRx
XML, DOT (MCSA-5875) and sports pre-participation physical exports, DOT drug
screen chain of custody (CCF), nurse-practitioner notes, nginx, postfix, Mirth,
syslog, Prometheus and the usual noise.  Every person and identifier is
synthetic.  Standard library only, fixed seed; writes jm.log and
jm.labels.jsonl next to this file.

Labeling decisions:
- Labeled: identifiers of patients, drug-screen donors, DOT drivers, athletes,
  and of their parents/guardians, relatives, emergency contacts, cardholders
  and insurance subscribers.
- Not labeled: nurse practitioners, collectors, MROs, pharmacists, PCPs named
  in a note, medical examiners and other staff, with their NPI/DEA/NRCME
  numbers, staff usernames, staff e-mails/phones; stores, pharmacies (NCPDP
  IDs), employers, schools, payers (payer IDs, group numbers), labs, couriers.
- Names: a whole written name ("Last, First", "LAST^FIRST^M" pieces excepted)
  is one span; in HL7/ASTM/X12/XML the family and given name components are
  separate spans and the delimiter between them is not labeled.  A first name
  alone in an SMS greeting is labeled.
- Dates: birth dates, visit/service, collection, result/observation,
  administration, written (Rx), LMP, certificate expiry and note signature
  dates inside a patient record are labeled (with their time part when
  written together).  Not labeled: log/transport timestamps (including HL7
  MSH-7 and ASTM header time), lot/cartridge expiry, VIS edition dates,
  build dates, the year alone.
- Coverage dates of a member (X12 DTP*346 plan begin) and the visit date of
  an eRx (WrittenDate) are person dates and are labeled.
- Ages: only ages over 89 are labeled ("93 yo", "age 91"); other ages are not.
- Addresses: street line and city are labeled as address (separately when
  they are separate fields), ZIP as zip; state alone is not labeled.  Twilio
  FromCity / FromZip of a patient's texting number are labeled.  Store and
  business addresses are not.
- Phones: patient/guardian numbers in any written form, including the
  URL-encoded "%2B1..." form and HL7 XTN "area^local" (one span).  Masked
  numbers (***-***-0143) are not labeled.
- mrn: clinic MRNs (HL7 PID-3 ID component, ASTM P-record patient ID,
  SCRIPT MedicalRecordIdentificationNumberEHR, "mrn=").
- health_plan: member / subscriber IDs, Medicaid IDs, Medicare MBIs.
- account: full card PANs of patients (Luhn-valid), patient / guarantor billing
  account numbers.  Last-4, card brand, auth codes, processor transaction IDs,
  settlement batch numbers are not labeled; the public test PAN 4111...1111 in
  sandbox traffic is not labeled.
- license: driver's licence / CDL numbers of patients and donors.
- vehicle: VINs and licence plates written in a donor's / driver's record.
- device: IMEI, Android ID and iOS identifierForVendor of a patient's phone in
  app telemetry.
  Kiosk, analyzer, payment-terminal serials belong to the business: not labeled.
- ip: public client IPs of patients (app telemetry, status-link clicks).
  Internal 10.x / pod / workstation IPs are not labeled.
- url / other_id: personal waitlist status links (full URL or bare /w/<token>
  path) are url.  other_id: encounter numbers, accession / specimen IDs of a
  patient's sample, CCF specimen IDs, Rx numbers, VXU filler order IDs, DOT
  exam IDs, eRx PrescriberOrderNumbers, a donor's employee ID, patient
  portal usernames and app user IDs.  Not labeled: X12 TRN trace / ISA
  control numbers, employer order IDs, receipt and refund IDs, courier
  tracking numbers.  Walk-in ticket numbers
  (W-017) are daily-reused queue slots and are not labeled; kiosk session
  UUIDs, trace/span IDs and message control IDs are not labeled.
- photo: base64 JPEG face crops; biometric: base64 fingerprint (ISO FMR)
  templates of a donor.
- ssn: full SSNs; masked SSNs (XXX-XX-1234) are not labeled.
"""
import json
import os
import random
import unicodedata
import base64
from datetime import datetime, timedelta, date

ID = "jm"
SEED = 2105_0521
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))


# ----------------------------------------------------------------- builder
class B:
    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []

    def add(self, *parts):
        for x in parts:
            if isinstance(x, tuple):
                v, cat = x
                assert v, (x, self.fam)
                s = len(self.buf)
                self.buf += v.encode("utf-8")
                self.spans.append((s, len(self.buf), cat, v))
            else:
                self.buf += x.encode("utf-8")
        return self


def NM(v): return (v, "name")
def DT(v): return (v, "date")
def PH(v): return (v, "phone")
def EM(v): return (v, "email")
def MR(v): return (v, "mrn")
def HP(v): return (v, "health_plan")
def AC(v): return (v, "account")
def LI(v): return (v, "license")
def VH(v): return (v, "vehicle")
def DV(v): return (v, "device")
def IP(v): return (v, "ip")
def UR(v): return (v, "url")
def OI(v): return (v, "other_id")
def AD(v): return (v, "address")
def ZP(v): return (v, "zip")
def SS(v): return (v, "ssn")
def AG(v): return (v, "age")


# ----------------------------------------------------------------- clock
CLOCK = [datetime(2024, 5, 14, 7, 52, 11, 304000)]
TODAY = date(2024, 5, 14)


def tick(a=1, b=25):
    CLOCK[0] += timedelta(seconds=rng.randint(a, b), microseconds=rng.randint(0, 999999))
    return CLOCK[0]


def now():
    return CLOCK[0]


def utc():
    return CLOCK[0] + timedelta(hours=7)  # stores are in Arizona (UTC-7)


def ts_spring2():
    return now().strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (now().microsecond // 1000)


def ts_spring3():
    return now().strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (now().microsecond // 1000) + "-07:00"


def ts_isoz(digits=3):
    u = utc()
    frac = "%06d" % u.microsecond
    if digits == 7:
        frac = frac + "%d" % rng.randint(0, 9)
    else:
        frac = frac[:digits]
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + frac + "Z"


def ts_nginx():
    return now().strftime("%d/%b/%Y:%H:%M:%S -0700")


def ts_syslog():
    return now().strftime("%b %d %H:%M:%S")


def ts_hl7(sec=True):
    return now().strftime("%Y%m%d%H%M%S" if sec else "%Y%m%d%H%M")


def ts_mirth():
    return now().strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (now().microsecond // 1000)


# ----------------------------------------------------------------- helpers
def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def b62(n):
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("Ł", "L").replace("ł", "l").replace("ø", "o").replace("Ø", "O")


def ssn():
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    AN = L + "0123456789"
    c = [str(rng.randint(1, 9)), rng.choice(L), rng.choice(AN), str(rng.randint(0, 9)),
         rng.choice(L), rng.choice(AN), str(rng.randint(0, 9)), rng.choice(L), rng.choice(L),
         str(rng.randint(0, 9)), str(rng.randint(0, 9))]
    return "".join(c)


def public_ip():
    first = rng.choice([24, 47, 67, 68, 70, 71, 73, 75, 97, 98, 99, 107, 172, 174, 184])
    if first == 172:
        return "172.%d.%d.%d" % (rng.choice([56, 58, 59]), rng.randint(0, 255), rng.randint(1, 254))
    return "%d.%d.%d.%d" % (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def fmt_date(d, style):
    m, dd, y = d.month, d.day, d.year
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return "%d/%d/%02d" % (m, dd, y % 100)
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "dmon":
        return d.strftime("%d-%b-%Y")
    if style == "DMONU":
        return d.strftime("%d%b%Y").upper()
    if style == "long":
        return d.strftime("%B ") + str(dd) + d.strftime(", %Y")
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    if style == "mon":
        return d.strftime("%b ") + str(dd) + d.strftime(" %Y")
    if style == "us_dash":
        return d.strftime("%m-%d-%Y")
    raise ValueError(style)


DSTYLES = ["iso", "us", "us_short", "dmon", "long", "eu", "mon", "us_dash", "DMONU"]


def fmt_phone(p, style):
    a, e, l = p[:3], p[3:6], p[6:]
    return {
        "paren": "(%s) %s-%s" % (a, e, l),
        "dash": "%s-%s-%s" % (a, e, l),
        "dot": "%s.%s.%s" % (a, e, l),
        "plain": p,
        "e164": "+1" + p,
        "intl": "+1 %s %s %s" % (a, e, l),
        "one": "1-%s-%s-%s" % (a, e, l),
        "space": "%s %s %s" % (a, e, l),
    }[style]


PSTYLES = ["paren", "dash", "dot", "plain", "e164", "intl", "one", "space"]


# ----------------------------------------------------------------- people
FIRST_F = ["Chiamaka", "Esperanza", "Fatima", "Ingrid", "Kateryna", "Lakshmi", "Siobhan", "Valentina",
           "Xochitl", "Zainab", "Aroha", "Renée", "Zoë", "Mei-Ling", "Anh", "Gabriela", "Nadia",
           "Precious", "Brianna", "Yuki", "Ayşe", "Marisol", "Keisha", "Olga", "Hannah", "Dolores",
           "Wilhelmina", "Imelda", "Naledi", "Guadalupe", "Sun-hee", "Amaya", "Tsosie"]
FIRST_M = ["Mateo", "Bogdan", "Dmitri", "Giovanni", "Hiroshi", "Jamal", "Oluwaseun", "Quentin", "Tomasz",
           "Yusuf", "Björn", "José", "Łukasz", "Søren", "Tariq", "DeShawn", "Kwame", "Arjun", "Liam",
           "Nikolai", "Cheveyo", "Ethan", "Rafael", "Minh", "Jean-Luc", "Ahmad", "Bartholomew",
           "Everett", "Thanh", "Emeka", "Rangi", "Iñaki"]
LAST = ["Okafor", "O'Connor", "van der Berg", "De la Cruz", "Al-Sayed", "Nakamura", "Kowalczyk",
        "Nguyen", "Papadopoulos", "Fernández-Ruiz", "Smith-Jones", "McAllister", "Dubois", "Haddad",
        "Patel", "Mbeki", "Abernathy", "St. Clair", "Ó Briain", "Müller", "Andersson", "Kim", "Tran",
        "Ramírez", "Ivanova", "Mahlangu", "Begay", "Kealoha", "Yazzie", "Schwartz", "Oyelaran",
        "Chaudhry", "Lindqvist", "dos Santos", "Romero", "Vu", "Hoang", "Delacroix", "Whitehorse",
        "Bianchi", "Castillo-Ortega", "Ng", "Eze", "Gutiérrez", "Kaczmarek", "al-Hashimi", "Le"]

CITIES = [("Phoenix", "AZ", "850", ["602", "480", "623"]), ("Mesa", "AZ", "852", ["480"]),
          ("Tempe", "AZ", "852", ["480"]), ("Chandler", "AZ", "852", ["480"]),
          ("Glendale", "AZ", "853", ["623"]), ("Tucson", "AZ", "857", ["520"]),
          ("Flagstaff", "AZ", "860", ["928"]), ("Austin", "TX", "787", ["512", "737"]),
          ("San Antonio", "TX", "782", ["210", "726"]), ("El Paso", "TX", "799", ["915"]),
          ("Las Cruces", "NM", "880", ["575"]), ("Albuquerque", "NM", "871", ["505"]),
          ("Columbus", "OH", "432", ["614", "380"]), ("Dayton", "OH", "454", ["937"])]
STREETS = ["W Camelback Rd", "E Baseline Rd", "N 7th St", "Calle Primavera", "S Congress Ave",
           "Riverside Dr", "E Broad St", "Avenida del Sol", "Martin Luther King Jr Blvd", "Oakwood Ln",
           "N Scottsdale Rd", "W Thunderbird Rd", "Paseo de Peralta", "Copper Sky Way", "E University Dr",
           "S Mill Ave", "Old Spanish Trl", "Mesquite Bend Cir", "N Central Ave", "W Mesa Verde Dr"]
UNITS = ["", "", "", " Apt 4B", " #210", " Unit 12", " Apt 1107", " Lot 38", " Spc 9"]
MAILDOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me", "hotmail.com", "aol.com",
           "cox.net", "att.net"]
PAYERS = [("Aetna", "60054"), ("BCBS of Arizona", "53589"), ("UnitedHealthcare", "87726"),
          ("Cigna", "62308"), ("AHCCCS", "AZM01"), ("Medicare Part B", "MCRB"), ("Humana", "61101"),
          ("Ambetter", "68069")]
DL_FMT = {"AZ": lambda: rng.choice("ABDS") + digits(8), "TX": lambda: digits(8),
          "NM": lambda: digits(9), "OH": lambda: rng.choice(["SP", "TR", "RK"]) + digits(6)}


class Person:
    pass


def mk_person(kind="adult"):
    p = Person()
    p.sex = rng.choice("FM")
    p.first = rng.choice(FIRST_F if p.sex == "F" else FIRST_M)
    p.last = rng.choice(LAST)
    p.mi = rng.choice("ABCDEFGHJKLMNPRSTW")
    if kind == "kid":
        p.dob = date(rng.randint(2006, 2012), rng.randint(1, 12), rng.randint(1, 28))
    elif kind == "old":
        p.dob = date(rng.randint(1928, 1933), rng.randint(1, 12), rng.randint(1, 28))
    else:
        p.dob = date(rng.randint(1950, 2003), rng.randint(1, 12), rng.randint(1, 28))
    p.age = TODAY.year - p.dob.year - ((TODAY.month, TODAY.day) < (p.dob.month, p.dob.day))
    city = rng.choice(CITIES)
    p.city, p.state = city[0], city[1]
    p.zip = city[2] + digits(2)
    p.zip4 = digits(4)
    p.phone = rng.choice(city[3]) + str(rng.randint(2, 9)) + digits(2) + digits(4)
    p.street = "%d %s%s" % (rng.randint(10, 19999), rng.choice(STREETS), rng.choice(UNITS))
    fa = fold(p.first).lower().replace(" ", "").replace("'", "")
    la = fold(p.last).lower().replace(" ", "").replace("'", "")
    p.email = rng.choice(["%s.%s%s", "%s%s%s", "%s_%s%s"]) % (fa, la, rng.choice(["", "", str(p.dob.year % 100), digits(2)])) + "@" + rng.choice(MAILDOM)
    p.username = rng.choice([fa[:1] + la, fa + "." + la[:1], fa + digits(2), la + fa[:1] + digits(3)])
    p.userid = "u_" + digits(6)
    p.mrn = digits(8)
    p.payer = rng.choice(PAYERS[:5] + PAYERS[6:]) if kind != "old" else PAYERS[5]
    pid = p.payer[1]
    if pid == "MCRB":
        p.member = mbi()
    elif pid == "60054":
        p.member = "W" + digits(9)
    elif pid == "53589":
        p.member = rng.choice(["XGH", "AZB", "YLH"]) + digits(9)
    elif pid == "87726":
        p.member = digits(9)
    elif pid == "62308":
        p.member = "U" + digits(8) + "01"
    elif pid == "AZM01":
        p.member = "A" + digits(8)
    elif pid == "61101":
        p.member = "H" + digits(8)
    else:
        p.member = "U7" + digits(9)
    p.group = digits(6) if rng.random() < 0.6 else "GRP-" + digits(5)
    p.ssn = ssn()
    p.dl_state = p.state
    p.dl = DL_FMT[p.state]()
    brand = rng.choice(["visa", "mastercard", "amex", "discover"])
    p.brand = brand
    p.pan = {"visa": lambda: luhn_complete("4", 16), "mastercard": lambda: luhn_complete(rng.choice(["51", "53", "55", "22"]), 16),
             "amex": lambda: luhn_complete(rng.choice(["34", "37"]), 15), "discover": lambda: luhn_complete("6011", 16)}[brand]()
    p.acct = rng.choice(["PA-", "GA", "HD-", ""]) + digits(7)
    p.imei = luhn_complete(rng.choice(["35693803", "35332811", "35391110", "86802503"]), 15)
    p.ip = public_ip()
    p.token = b62(6)
    return p


ADULTS = [mk_person("adult") for _ in range(70)]
KIDS = [mk_person("kid") for _ in range(14)]
OLDS = [mk_person("old") for _ in range(6)]
for k in KIDS:  # kids share a surname with a guardian
    g = mk_person("adult")
    if rng.random() < 0.75:
        g.last = k.last
        fa = fold(g.first).lower().replace(" ", "")
        la = fold(g.last).lower().replace(" ", "").replace("'", "")
        g.email = rng.choice(["%s.%s", "%s%s", "%s_%s"]) % (fa, la) + rng.choice(["", digits(2)]) + "@" + rng.choice(MAILDOM)
    k.guardian = g
    k.phone = g.phone
    k.street, k.city, k.state, k.zip = g.street, g.city, g.state, g.zip


def adult():
    return rng.choice(ADULTS)


def anyone():
    r = rng.random()
    if r < 0.12:
        return rng.choice(KIDS)
    if r < 0.2:
        return rng.choice(OLDS)
    return rng.choice(ADULTS)


def name_fmt(p, style=None):
    style = style or rng.choice(["fl", "lf", "LF", "fml", "lower", "il", "FL", "lfm"])
    return {
        "fl": "%s %s" % (p.first, p.last),
        "lf": "%s, %s" % (p.last, p.first),
        "LF": "%s, %s" % (p.last.upper(), p.first.upper()),
        "fml": "%s %s. %s" % (p.first, p.mi, p.last),
        "lower": ("%s %s" % (p.first, p.last)).lower(),
        "il": "%s. %s" % (p.first[0], p.last),
        "FL": ("%s %s" % (p.first, p.last)).upper(),
        "lfm": "%s, %s %s" % (p.last, p.first, p.mi),
    }[style]


def pick(seq):
    return rng.choice(seq)


# ----------------------------------------------------------------- business constants
STORES = [("4471", "1520 E Southern Ave, Tempe, AZ 85282", "(480) 555-0130"),
          ("4488", "3033 N 44th St, Phoenix, AZ 85018", "(602) 555-0187"),
          ("5102", "9250 N Lamar Blvd, Austin, TX 78753", "(512) 555-0144"),
          ("6015", "2120 W Henderson Rd, Columbus, OH 43220", "(614) 555-0162")]
NPS = [("Rachel Ostrowski", "APRN, FNP-C", "1881234567", "rostrowski"),
       ("Daniel Achterberg", "NP-C", "1396847210", "dachterberg"),
       ("Priyanka Venkataraman", "FNP-BC", "1578902346", "pvenkataraman"),
       ("Marcus Lightfoot", "PA-C", "1720458861", "mlightfoot"),
       ("Ana Lucía Ferreira", "APRN", "1932017745", "aferreira")]
COLLECTORS = ["D. Whitfield", "Tonya Briggs", "K. Oyama", "Luis Carrasco"]
MROS = ["Gerald Hutchins, MD", "Sandra Ekwueme, DO"]
EMPLOYERS = [("Sonoran Freight Lines LLC", "AZ-FMCSA-2281"), ("Cactus Valley Transit", "AZ-FTA-0413"),
             ("Lone Star Aggregates Inc", "TX-FMCSA-7720"), ("Buckeye Pipeline Services", "OH-PHMSA-1186"),
             ("Amazon Logistics DSP QWX7", "AZ-NONDOT-5531")]
DRUGS = [("Amoxicillin 500 MG Oral Capsule", "308191", "20", "Capsule", "Take 1 capsule by mouth twice daily for 10 days"),
         ("Nitrofurantoin Monohydrate/Macrocrystals 100 MG Oral Capsule", "1648755", "10", "Capsule", "Take 1 capsule by mouth twice daily for 5 days with food"),
         ("Azithromycin 250 MG Oral Tablet", "308460", "6", "Tablet", "Take 2 tablets on day 1, then 1 tablet daily on days 2-5"),
         ("Oseltamivir 75 MG Oral Capsule", "261315", "10", "Capsule", "Take 1 capsule by mouth twice daily for 5 days"),
         ("Cephalexin 500 MG Oral Capsule", "309114", "28", "Capsule", "Take 1 capsule by mouth every 6 hours for 7 days"),
         ("Benzonatate 100 MG Oral Capsule", "197400", "21", "Capsule", "Take 1 capsule by mouth three times daily as needed for cough"),
         ("Fluconazole 150 MG Oral Tablet", "197698", "1", "Tablet", "Take 1 tablet by mouth once")]
REASONS = ["Sore throat", "Painful urination", "Flu shot", "Sports physical", "DOT physical", "Drug screen",
           "Cough/cold", "Ear pain", "Pink eye", "TB test read", "Rash", "Vaccines - travel"]


NCPDP = {"4471": "0349871", "4488": "0351264", "5102": "4592817", "6015": "3621094"}


def reason_for(p):
    if p.age < 19:
        return pick(["Sports physical", "Sore throat", "Ear pain", "Pink eye", "Vaccines - school"])
    if p.age > 80:
        return pick(["Flu shot", "Cough/cold", "Rash", "Vaccines - shingles", "Ear pain"])
    return pick(REASONS)


def rel_for(g):
    return pick(["mother", "aunt", "grandmother", "legal_guardian"]) if g.sex == "F" else pick(["father", "uncle", "grandfather", "legal_guardian"])


def store():
    return rng.choice(STORES)


def spring(level, thread, logger, boot3=False, svc="queue-svc", pid=1):
    if boot3:
        return "%s %5s %d --- [%s] [%s] %-40s : " % (ts_spring3(), level, pid, svc, thread[-15:].rjust(15), logger[-40:])
    return "%s %5s %d --- [%s] %-40s : " % (ts_spring2(), level, pid, thread[-15:].rjust(15), logger[-40:])


def mel(level, cat, eid):
    return "%s: %s[%d]" % (level, cat, eid)


# ================================================================= PHI events
def ev_kiosk_checkin():
    p = anyone()
    st = store()
    b = B("kiosk_json")
    ds = pick(["iso", "us", "us_short"])
    b.add('{"ts":"%s","lvl":"INFO","evt":"kiosk.checkin.submitted","kioskId":"KSK-%s-0%d","storeNo":%s,"sessionId":"%s","ticket":"W-%03d","visitReason":"%s","patient":{"firstName":"'
          % (ts_isoz(), st[0], rng.randint(1, 2), st[0], uuid4(), rng.randint(1, 60), reason_for(p)),
          NM(p.first), '","lastName":"', NM(p.last), '","dateOfBirth":"', DT(fmt_date(p.dob, ds)),
          '","mobile":"', PH(fmt_phone(p.phone, pick(["plain", "paren", "dash"]))), '"')
    if rng.random() < 0.4:
        b.add(',"email":"', EM(p.email), '"')
    b.add(',"ageYears":', AG(str(p.age)) if p.age > 89 else str(p.age))
    b.add(',"smsOptIn":%s,"lang":"%s"},"insuranceOnFile":%s}' % (pick(["true", "false"]), pick(["en-US", "es-US", "vi-VN", "en-US"]), pick(["true", "false"])))
    return [b]


def ev_kiosk_idscan():
    p = adult()
    b = B("kiosk_json")
    raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00" + bytes(rng.randrange(256) for _ in range(rng.randint(90, 150)))
    img = base64.b64encode(raw).decode()
    b.add('{"ts":"%s","lvl":"DEBUG","evt":"kiosk.idscan.result","kioskId":"KSK-%s-01","vendor":"Intellicheck","docType":"DL","issuer":"%s","idNumber":"'
          % (ts_isoz(), store()[0], p.dl_state), LI(p.dl), '","nameOnId":"', NM(name_fmt(p, "LF")),
          '","dob":"', DT(fmt_date(p.dob, "hl7")), '","addr":"', AD(p.street.upper()), '","city":"', AD(p.city.upper()),
          '","postal":"', ZP(p.zip + p.zip4), '","faceCrop":"', (img, "photo"), '","faceCropTruncated":true,"matchScore":0.%s}' % digits(2))
    return [b]


def ev_sms_out():
    p = anyone()
    st = store()
    b = B("sms_gateway")
    b.add("%s sms-relay[%d]: INFO outbound sid=SM%s to=" % (ts_isoz(), 2211, hexs(32)), PH("+1" + p.phone),
          " from=+14805550100 segments=%d body=\"" % rng.randint(1, 2))
    fn = p.first if rng.random() < 0.8 else p.first.upper()
    k = rng.randint(0, 3)
    if k == 0:
        b.add("Hi ", NM(fn), ", you're #%d in line at QuickWell Clinic inside Harbor Drug #%s. Est. wait %d min. Track: " % (rng.randint(1, 9), st[0], rng.randint(5, 70)),
              UR("https://qwc.link/w/" + p.token), " Reply C to cancel, STOP to opt out.\"")
    elif k == 1:
        b.add("QuickWell: ", NM(fn), ", it's your turn! Please return to the clinic within 10 min or your spot will be released.\"")
    elif k == 2:
        b.add("Hola ", NM(fn), ", su lugar en la fila es #%d. Tiempo estimado: %d min. Ver estado: " % (rng.randint(1, 9), rng.randint(5, 45)), UR("https://qwc.link/w/" + p.token), "\"")
    else:
        b.add("QuickWell Clinic: reminder for ", NM(fn), " - your TB test read is due ", DT(fmt_date(TODAY + timedelta(days=rng.randint(2, 3)), pick(["mon", "us_short"]))),
              " between 48-72 hrs after placement. Reply STOP to opt out.\"")
    return [b]


def ev_sms_in():
    p = anyone()
    b = B("sms_gateway")
    body = pick(["C", "Running+late%2C+10+min", "Is+there+still+a+wait%3F", "YES", "Cancel+please", "Can+my+son+come+too%3F"])
    b.add("%s sms-relay[%d]: DEBUG inbound webhook ToCountry=US&ToState=AZ&SmsMessageSid=SM%s&NumMedia=0&ToCity=TEMPE&FromZip=" % (ts_isoz(), 2211, hexs(32)),
          ZP(p.zip), "&SmsSid=SM%s&FromState=%s&SmsStatus=received&FromCity=" % (hexs(32), p.state), AD(p.city.upper().replace(" ", "+")),
          "&Body=%s&FromCountry=US&To=%%2B14805550100&ToZip=85282&NumSegments=1&MessageSid=SM%s&AccountSid=AC%s&From=" % (body, hexs(32), hexs(32)),
          PH("%2B1" + p.phone), "&ApiVersion=2010-04-01")
    return [b]


def ev_queue_spring():
    p = anyone()
    st = store()
    k = rng.randint(0, 4)
    b = B("spring_boot")
    thread = "nio-8080-exec-%d" % rng.randint(1, 10)
    if k == 0:
        b.add(spring(" INFO", thread, "c.h.clinic.queue.WaitlistService", True), "Waitlist join store=%s ticket=W-%03d name='" % (st[0], rng.randint(1, 60)),
              NM(name_fmt(p, pick(["fl", "lower", "FL"]))), "' phone=", PH(fmt_phone(p.phone, pick(PSTYLES))),
              " reason=%s eta=%dm source=%s" % (pick(["UTI_SYMPTOMS", "SORE_THROAT", "VACCINE", "PHYSICAL_SPORTS", "PHYSICAL_DOT", "DRUG_SCREEN"]), rng.randint(3, 80), pick(["SMS", "WEB", "KIOSK"])))
    elif k == 1:
        b.add(spring("DEBUG", thread, "c.h.clinic.queue.match.PatientMatcher", True), "Candidate match lastName=",
              NM(p.last), " dob=", DT(fmt_date(p.dob, "iso")), " -> mrn=", MR(p.mrn), " score=0.%s rule=LN+DOB+PHONE4" % digits(2))
    elif k == 2:
        b.add(spring(" WARN", "scheduling-1", "c.h.clinic.queue.NoShowSweeper", True), "No response after 3 pings; releasing ",
              NM(name_fmt(p, "lf")), " (ticket W-%03d, store %s) from waitlist" % (rng.randint(1, 60), st[0]))
    elif k == 3:
        b.add(spring(" INFO", thread, "c.h.clinic.queue.web.CheckInController", True), "Check-in complete encounterId=",
              OI("E%s%s" % (TODAY.strftime("%y%m%d"), digits(5))), " mrn=", MR(p.mrn), " provider=%s room=EX%d" % (pick(NPS)[3], rng.randint(1, 2)))
    else:
        b.add(spring("ERROR", thread, "c.h.clinic.queue.web.GlobalExceptionHandler", True),
              "Validation failed for WaitlistRequest: field 'dateOfBirth' rejected value [", DT(fmt_date(p.dob, pick(["us_short", "eu", "us_dash"]))),
              "]; expected yyyy-MM-dd (patient ", NM(name_fmt(p, "fl")), ")")
    return [b]


def ev_erx_spring():
    p = anyone()
    dr = pick(DRUGS)
    b = B("spring_boot")
    st = store()
    rx = "RX-%s-%s" % (TODAY.strftime("%y"), digits(7))
    k = rng.randint(0, 2)
    if k == 0:
        b.add(spring(" INFO", "erx-outbound-%d" % rng.randint(1, 4), "c.h.c.erx.outbound.ScriptRouter", svc="erx-svc", pid=7),
              "NewRx queued rxId=", OI(rx), " patient=", NM(name_fmt(p, "LF")), " dob=", DT(fmt_date(p.dob, "us")),
              " drug=\"%s\" qty=%s pharmacyNcpdp=%s prescriberNpi=%s" % (dr[0], dr[2], NCPDP[st[0]], pick(NPS)[2]))
    elif k == 1:
        b.add(spring(" WARN", "erx-outbound-%d" % rng.randint(1, 4), "c.h.c.erx.outbound.ScriptRouter", svc="erx-svc", pid=7),
              "Pharmacy rejected NewRx rxId=", OI(rx), " code=900 desc='Patient not found in pharmacy system: ",
              NM(name_fmt(p, "fl")), " ", DT(fmt_date(p.dob, "us_short")), "' - retrying with demographics match")
    else:
        b.add(spring(" INFO", "kafka-listener-2", "c.h.c.erx.inbound.RxFillListener", svc="erx-svc", pid=7),
              "RxFill received for ", OI(rx), " status=%s member=" % pick(["Dispensed", "PartiallyDispensed", "NotDispensed"]),
              HP(p.member), " copay=%.2f" % pick([0, 5, 10, 12.5, 15]))
    return [b]


def erx_xml():
    p = anyone()
    dr = pick(DRUGS)
    np_ = pick(NPS)
    st = store()
    b = B("ncpdp_script")
    b.add(spring("DEBUG", "erx-outbound-%d" % rng.randint(1, 4), "c.h.c.erx.outbound.ScriptClient", svc="erx-svc", pid=7),
          'POST https://rx-hub.harbor.internal/script/v2017071 body=<?xml version="1.0" encoding="UTF-8"?><Message DatatypesVersion="2018041" TransportVersion="2018041" TransactionDomain="SCRIPT" TransactionVersion="2018041" StructuresVersion="2018041" ECLVersion="2018041"><Header><To Qualifier="P">%s</To><From Qualifier="C">QWC%s</From><MessageID>%s</MessageID><SentTime>%s</SentTime><PrescriberOrderNumber>'
          % (NCPDP[st[0]], st[0], hexs(32), ts_isoz()), OI("QW" + digits(9)),
          '</PrescriberOrderNumber></Header><Body><NewRx><Patient><HumanPatient><Identification><MedicalRecordIdentificationNumberEHR>', MR(p.mrn),
          '</MedicalRecordIdentificationNumberEHR></Identification><Name><LastName>', NM(p.last), '</LastName><FirstName>', NM(p.first), '</FirstName></Name><Gender>',
          p.sex, '</Gender><DateOfBirth><Date>', DT(fmt_date(p.dob, "iso")), '</Date></DateOfBirth><Address><AddressLine1>', AD(p.street),
          '</AddressLine1><City>', AD(p.city), '</City><StateProvince>', p.state, '</StateProvince><PostalCode>', ZP(p.zip),
          '</PostalCode><CountryCode>US</CountryCode></Address><CommunicationNumbers><PrimaryTelephone><Number>', PH(p.phone),
          '</Number></PrimaryTelephone></CommunicationNumbers></HumanPatient></Patient><Pharmacy><Identification><NCPDPID>%s</NCPDPID><NPI>14672930%s</NPI></Identification><BusinessName>Harbor Drug #%s</BusinessName></Pharmacy><Prescriber><NonVeterinarian><Identification><NPI>' % (NCPDP[st[0]], st[0][2:], st[0]),
          np_[2], '</NPI></Identification><Name><LastName>', np_[0].split()[-1], '</LastName><FirstName>', np_[0].split()[0],
          '</FirstName></Name></NonVeterinarian></Prescriber><MedicationPrescribed><DrugDescription>', dr[0],
          '</DrugDescription><DrugCoded><DrugDBCode><Code>', dr[1], '</Code><Qualifier>SCD</Qualifier></DrugDBCode></DrugCoded><Quantity><Value>', dr[2],
          '</Value><CodeListQualifier>38</CodeListQualifier></Quantity><WrittenDate><Date>', DT(fmt_date(TODAY, "iso")),
          '</Date></WrittenDate><Substitutions>0</Substitutions><NumberOfRefills>0</NumberOfRefills><Sig><SigText>', dr[4],
          '</SigText></Sig></MedicationPrescribed>')
    if rng.random() < 0.6:
        b.add('<BenefitsCoordination><PayerIdentification><PayerID>', p.payer[1], '</PayerID></PayerIdentification><PayerName>', p.payer[0],
              '</PayerName><CardholderID>', HP(p.member), '</CardholderID><GroupID>', p.group, '</GroupID></BenefitsCoordination>')
    b.add('</NewRx></Body></Message>')
    return [b]


def erx_status_noise():
    b = B("ncpdp_script")
    k = rng.randint(0, 2)
    if k == 0:
        b.add(spring("DEBUG", "erx-outbound-%d" % rng.randint(1, 4), "c.h.c.erx.outbound.ScriptClient", svc="erx-svc", pid=7),
              '200 OK body=<Message><Header><To Qualifier="C">QWC4471</To><From Qualifier="P">0349871</From><MessageID>%s</MessageID><RelatesToMessageID>%s</RelatesToMessageID><SentTime>%s</SentTime></Header><Body><Status><Code>010</Code></Status></Body></Message>'
              % (hexs(32), hexs(32), ts_isoz()))
    elif k == 1:
        b.add(spring(" WARN", "erx-outbound-%d" % rng.randint(1, 4), "c.h.c.erx.outbound.ScriptClient", svc="erx-svc", pid=7),
              '200 OK body=<Message><Header><MessageID>%s</MessageID><RelatesToMessageID>%s</RelatesToMessageID></Header><Body><Error><Code>601</Code><DescriptionCode>008</DescriptionCode><Description>Receiver unable to process - pharmacy system offline</Description></Error></Body></Message> (attempt %d/5, backoff %dms)'
              % (hexs(32), hexs(32), rng.randint(1, 4), pick([500, 1000, 2000, 4000])))
    else:
        b.add(spring(" INFO", "scheduling-2", "c.h.c.erx.directory.DirectorySync", svc="erx-svc", pid=7),
              "Directory sync finished: %d pharmacies upserted, %d deactivated, etag=W/\"%s\" in %d ms" % (rng.randint(800, 1600), rng.randint(0, 9), hexs(16), rng.randint(900, 6000)))
    return [b]


NOTE_TYPES = ["strep", "uti", "vaccine", "ppe", "dot", "flu"]


def note_body(p, typ):
    """Return list of lists of parts (one per physical line)."""
    age_parts = [AG(str(p.age))] if p.age > 89 else [str(p.age)]
    sx = {"F": "F", "M": "M"}[p.sex]
    lines = []
    if typ == "strep":
        lines.append(["CC: sore throat x2 days"])
        hpi = ["HPI: "] + age_parts + [" yo %s w/ odynophagia, Tmax 101.%d, no cough, + HA. Sibling " % (sx, rng.randint(0, 9))]
        sib = name_fmt(rng.choice(ADULTS), "fl").split()[0] + " " + p.last
        hpi += [NM(sib), " dx'd strep at this clinic %s." % pick(["last week", "on Friday", "3 days ago"])]
        lines.append(hpi)
        lines.append(["Exam: T 100.%d HR %d. Tonsillar exudate, tender ant cervical LAD. Centor 4. Rapid strep (Sofia 2) POSITIVE, lot 140%s." % (rng.randint(1, 9), rng.randint(88, 118), digits(4))])
        lines.append(["A/P: J02.0 strep pharyngitis. Amoxicillin 500 mg BID x10d eRx to Harbor Drug. Return to school/work after 24 h abx. Callback ",
                      PH(fmt_phone(p.phone, pick(PSTYLES))), "."])
    elif typ == "uti":
        lmp = TODAY - timedelta(days=rng.randint(6, 26))
        lines.append(["CC: burning w/ urination"])
        lines.append(["HPI: "] + age_parts + [" yo F dysuria, frequency x3d. Denies flank pain, fever, vaginal d/c. LMP ", DT(fmt_date(lmp, pick(["us_short", "us", "mon"]))), "."])
        lines.append(["Exam/POC: afebrile, no CVA tenderness. UA dip LE 2+, nitrite +, blood trace. Urine hCG NEG."])
        lines.append(["A/P: N30.00 acute cystitis. Nitrofurantoin 100 mg BID x5d. F/u with PCP Dr. Amara Whitfield if not improving in 48-72h."])
    elif typ == "vaccine":
        lines.append(["CC: vaccines"])
        hpi = ["HPI: "] + age_parts + [" yo %s here for %s. " % (sx, pick(["high-dose flu + COVID booster", "Tdap + Shingrix #2", "PCV20", "RSV (Arexvy)"]))]
        if p.age > 89:
            hpi += ["Daughter ", NM("%s %s" % (pick(FIRST_F), p.last)), " (HCPOA) present, phone ", PH(fmt_phone(p.phone, "dash")), "."]
        else:
            hpi += ["No prior reactions."]
        lines.append(hpi)
        lines.append(["Screening neg. VIS dated 08/06/2021 and 01/31/2024 provided. Administered L deltoid IM, observed 15 min, tolerated well."])
        lines.append(["Plan: record sent to state IIS. Next dose due ", DT(fmt_date(TODAY + timedelta(days=rng.randint(60, 180)), pick(["us", "long", "iso"]))), "."])
    elif typ == "ppe":
        g = getattr(p, "guardian", None) or adult()
        lines.append(["CC: pre-participation physical (%s)" % pick(["football", "volleyball", "cross country", "wrestling", "soccer", "basketball"])])
        lines.append(["HPI: "] + age_parts + [" yo %s, no syncope/chest pain w/ exertion, no FHx sudden cardiac death < 50. Accompanied by parent " % sx,
                                                NM(name_fmt(g, pick(["fl", "lf"]))), "."])
        lines.append(["Exam: BP %d/%d, HR %d, Snellen 20/20 OU, no murmur supine/standing, MSK wnl." % (rng.randint(102, 124), rng.randint(60, 80), rng.randint(58, 92))])
        lines.append(["A/P: Z02.5 cleared for all sports without restriction. AIA form signed; copy to ", EM(g.email), "."])
    elif typ == "dot":
        lines.append(["CC: DOT physical, CDL-%s renewal" % pick(["A", "B"])])
        lines.append(["HPI: "] + age_parts + [" yo %s driver, HTN on lisinopril, no OSA sx, no insulin. CDL " % sx, LI(p.dl), " (%s)." % p.dl_state])
        lines.append(["Exam: BP %d/%d recheck %d/%d, vision 20/25 OU w/o correction, whisper test pass, UA prot neg/gluc neg." % (rng.randint(136, 150), rng.randint(84, 96), rng.randint(128, 139), rng.randint(78, 89))])
        lines.append(["A/P: meets 49 CFR 391.41 with periodic monitoring; certified 1 year, exp ", DT(fmt_date(TODAY.replace(year=2025) - timedelta(days=1), pick(["us", "iso", "dmon"]))), "."])
    else:
        lines.append(["CC: fever, body aches"])
        lines.append(["HPI: "] + age_parts + [" yo %s onset yesterday, Tmax 102.%d, myalgias, dry cough. Household contact " % (sx, rng.randint(0, 9)),
                                                NM(name_fmt(rng.choice(ADULTS), pick(["fl", "il"]))), " flu+."])
        lines.append(["POC: ID NOW Influenza A POSITIVE, B negative. COVID Ag negative. SpO2 98%."])
        lines.append(["A/P: J10.1 influenza A. Oseltamivir 75 mg BID x5d. Work note ", DT(fmt_date(TODAY, "us")), " - ", DT(fmt_date(TODAY + timedelta(days=2), "us")), "."])
    return lines


def pick_note_patient(typ):
    if typ == "ppe":
        return rng.choice(KIDS)
    if typ == "vaccine" and rng.random() < 0.5:
        return rng.choice(OLDS)
    p = adult()
    if typ == "uti":
        while p.sex != "F":
            p = adult()
    return p


def ev_note_physical(typ=None, p=None):
    typ = typ or pick(NOTE_TYPES)
    p = p or pick_note_patient(typ)
    np_ = pick(NPS)
    enc = "E%s%s" % (TODAY.strftime("%y%m%d"), digits(5))
    out = []
    h = B("ehr_note")
    h.add(spring(" INFO", "note-signer-%d" % rng.randint(1, 3), "c.h.clinic.notes.NoteSignedListener", svc="clinical-svc", pid=1),
          "Signed note encounter=", OI(enc), " mrn=", MR(p.mrn), " patient=\"", NM(name_fmt(p, "lf")), "\" dob=", DT(fmt_date(p.dob, "iso")),
          " type=%s; text follows:" % typ.upper())
    out.append(h)
    for parts in note_body(p, typ):
        b = B("ehr_note")
        b.add(*parts)
        out.append(b)
    s = B("ehr_note")
    signed = now() + timedelta(minutes=rng.randint(1, 9))
    s.add("Electronically signed by %s, %s on " % (np_[0], np_[1]), DT(signed.strftime("%m/%d/%Y %H:%M")))
    out.append(s)
    return out


def ev_note_json():
    typ = pick(NOTE_TYPES)
    p = pick_note_patient(typ)
    np_ = pick(NPS)
    b = B("ehr_note_json")
    b.add('{"timestamp":"%s","level":"DEBUG","logger":"c.h.clinic.notes.NoteExportJob","thread":"note-export-1","message":"exporting note","noteId":"%s","encounterNo":"'
          % (ts_isoz(), uuid4()), OI("E%s%s" % (TODAY.strftime("%y%m%d"), digits(5))), '","visitDate":"', DT(fmt_date(TODAY, "iso")),
          '","author":"%s","text":"' % np_[0])
    first = True
    for parts in note_body(p, typ):
        if not first:
            b.add("\\n")
        first = False
        b.add(*parts)
    b.add('"}')
    return [b]


LOINC = {"strep": ("78012-2", "Streptococcus pyogenes Ag [Presence] in Throat by Rapid immunoassay", "87880", "Sofia2", "Strep A Ag rapid"),
         "flua": ("80382-5", "Influenza virus A Ag [Presence] in Upper respiratory specimen by Rapid immunoassay", "87804", "IDNOW", "Influenza A/B Ag rapid"),
         "a1c": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "83036", "Afinion2", "Hemoglobin A1c POC"),
         "covid": ("94558-4", "SARS-CoV-2 (COVID-19) Ag [Presence] in Respiratory specimen by Rapid immunoassay", "87811", "Sofia2", "SARS-CoV-2 Ag rapid"),
         "hcg": ("2106-3", "Choriogonadotropin (pregnancy test) [Presence] in Urine", "81025", "MANUAL", "hCG urine qual")}


def ev_hl7_oru():
    p = anyone()
    test = pick(["strep", "strep", "flua", "a1c", "covid", "hcg"])
    lo = LOINC[test]
    st = store()
    out = []
    ctl = "QW%s%s" % (st[0], digits(6))
    coll = now() - timedelta(minutes=rng.randint(8, 20))
    res = now() - timedelta(minutes=rng.randint(0, 4))
    acc = "P%s%s" % (TODAY.strftime("%y%j"), digits(4))
    out.append(B("hl7_oru").add(spring(" INFO", "hl7-mllp-2575-%d" % rng.randint(1, 4), "c.h.clinic.lis.MllpInboundHandler", svc="lis-iface", pid=1),
                                "Received ORU^R01 ctl=%s from %s_%s (%d bytes), segments follow" % (ctl, lo[3].upper(), st[0], rng.randint(700, 1400))))
    out.append(B("hl7_oru").add("MSH|^~\\&|%s|QW%s|HARBOR_LIS|HARBORHLTH|%s||ORU^R01^ORU_R01|%s|P|2.5.1|||AL|NE" % (lo[3].upper(), st[0], ts_hl7(), ctl)))
    b = B("hl7_oru")
    b.add("PID|1||", MR(p.mrn), "^^^QWC^MR||", NM(fold(p.last).upper()), "^", NM(fold(p.first).upper()), "^%s||" % p.mi, DT(fmt_date(p.dob, "hl7")),
          "|%s|||" % p.sex, AD(p.street), "^^", AD(p.city), "^%s^" % p.state, ZP(p.zip), "^USA||", PH("(%s)%s-%s" % (p.phone[:3], p.phone[3:6], p.phone[6:])))
    out.append(b)
    onp = pick(NPS)
    out.append(B("hl7_oru").add("ORC|RE|", OI(acc), "^QWC|", OI(acc), "^%s||CM||||" % lo[3].upper(), DT(coll.strftime("%Y%m%d%H%M")),
                                "|||%s^%s^%s^^^^^^NPI" % (onp[2], fold(onp[0].split()[-1]).upper(), fold(onp[0].split()[0]).upper())))
    out.append(B("hl7_oru").add("OBR|1|", OI(acc), "^QWC|", OI(acc), "^%s|%s^%s^C4|||" % (lo[3].upper(), lo[2], lo[4]), DT(coll.strftime("%Y%m%d%H%M")),
                                "||||||||||||||||", DT(res.strftime("%Y%m%d%H%M")), "||LAB|F"))
    if test == "a1c":
        val = "%.1f" % rng.uniform(5.2, 11.4)
        obx = "OBX|1|NM|%s^%s^LN||%s|%%^percent^UCUM|4.0-5.6|%s|||F|||" % (lo[0], lo[1], val, "H" if float(val) > 5.6 else "N")
    else:
        pos = rng.random() < 0.45
        obx = "OBX|1|CWE|%s^%s^LN||%s||||||F|||" % (lo[0], lo[1], "260373001^Detected^SCT" if pos else "260415000^Not detected^SCT")
    out.append(B("hl7_oru").add(obx, DT(res.strftime("%Y%m%d%H%M%S")), "||%s||%s^^%s" % (pick(["kyates", "operator1", "tmendoza"]), lo[3], "SN" + digits(6))))
    if rng.random() < 0.5:
        out.append(B("hl7_oru").add("NTE|1|L|Control lines valid. Internal QC lot %s passed %s." % (digits(6), now().strftime("%Y-%m-%d"))))
    return out


def ev_hl7_ack():
    ctl = "QW%s%s" % (store()[0], digits(6))
    b = B("hl7_oru")
    b.add("MSH|^~\\&|HARBOR_LIS|HARBORHLTH|%s|QW%s|%s||ACK^R01^ACK|ACK%s|P|2.5.1" % (pick(["SOFIA2", "AFINION2", "IDNOW"]), store()[0], ts_hl7(), digits(9)))
    b2 = B("hl7_oru")
    if rng.random() < 0.8:
        b2.add("MSA|AA|%s" % ctl)
    else:
        b2.add("MSA|AE|%s|Unknown observation identifier|||207^Application internal error^HL70357" % ctl)
    return [b, b2]


def ev_astm():
    p = anyone()
    out = []
    sn = "AF2-%s" % digits(5)
    out.append(B("astm_e1394").add("%s astm-drv[afinion-%s]: session open ENQ from %s, link=serial /dev/ttyUSB0 9600-8-N-1" % (ts_isoz(), store()[0], sn)))
    out.append(B("astm_e1394").add("H|\\^&|||Afinion 2^%s^5.4.1|||||||P|E1394-97|%s" % (sn, ts_hl7())))
    pt = B("astm_e1394")
    pt.add("P|1||", MR(p.mrn), "||", NM(fold(p.last)), "^", NM(fold(p.first)), "^", p.mi, "||", DT(fmt_date(p.dob, "hl7")), "|", p.sex)
    out.append(pt)
    sid = "S%s%s" % (TODAY.strftime("%y%m%d"), digits(4))
    coll = now() - timedelta(minutes=rng.randint(4, 10))
    out.append(B("astm_e1394").add("O|1|", OI(sid), "||^^^HbA1c|R|", DT(coll.strftime("%Y%m%d%H%M%S")), "|||||N||||Whole Blood"))
    v = "%.1f" % rng.uniform(5.0, 12.5)
    out.append(B("astm_e1394").add("R|1|^^^HbA1c^%%|%s|%%|4.0-5.6|%s||F||%s||" % (v, "H" if float(v) > 5.6 else "N", pick(["OP1", "kyates", "tmendoza"])),
                                   DT(now().strftime("%Y%m%d%H%M%S")), "|%s" % sn))
    out.append(B("astm_e1394").add("L|1|N"))
    return out


def ev_astm_qc():
    sn = "AF2-%s" % digits(5)
    out = [B("astm_e1394").add("H|\\^&|||Afinion 2^%s^5.4.1|||||||Q|E1394-97|%s" % (sn, ts_hl7())),
           B("astm_e1394").add("O|1|QC-%s-L%d||^^^HbA1c|R||||||Q||||Control" % (pick(["C1", "C2"]), rng.randint(1, 2))),
           B("astm_e1394").add("R|1|^^^HbA1c^%%|%.1f|%%|5.0-6.0|N||F||OP1||%s|%s" % (rng.uniform(5.2, 5.9), ts_hl7(), sn)),
           B("astm_e1394").add("L|1|N")]
    return out


def ev_vxu():
    p = pick([rng.choice(OLDS), rng.choice(KIDS), adult(), adult()])
    st = store()
    out = []
    out.append(B("hl7_vxu").add(" INFO  %s [Channel Dispatch Thread on IIS_Outbound_AZ (%s) < pool-3-thread-%d] transformer: built VXU for state IIS, segments:"
                                % (ts_mirth(), uuid4(), rng.randint(1, 8))))
    out.append(B("hl7_vxu").add("MSH|^~\\&|HARBOR_EHR|QW%s|ASIIS|AZDHS|%s-0700||VXU^V04^VXU_V04|%s|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS|QW%s" % (st[0], ts_hl7(), digits(12), st[0])))
    maiden = pick(LAST)
    b = B("hl7_vxu")
    b.add("PID|1||", MR(p.mrn), "^^^QWC^MR~", HP(p.member), "^^^%s^%s||" % ("MCR" if p.payer[1] == "MCRB" else "AZMA" if p.payer[1] == "AZM01" else "HPL", "MC" if p.payer[1] in ("MCRB", "AZM01") else "MB"),
          NM(fold(p.last).upper()), "^", NM(fold(p.first).upper()), "^%s^^^^L|" % p.mi, NM(fold(maiden).upper()), "^^^^^^M|", DT(fmt_date(p.dob, "hl7")),
          "|%s||2106-3^White^CDCREC|" % p.sex, AD(fold(p.street).upper()), "^^", AD(fold(p.city).upper()), "^%s^" % p.state, ZP(p.zip), "^USA^L||^PRN^PH^^^",
          PH(p.phone[:3] + "^" + p.phone[3:]), "|||||||||2186-5^Not Hispanic or Latino^CDCREC")
    out.append(b)
    if hasattr(p, "guardian"):
        g = p.guardian
        out.append(B("hl7_vxu").add("NK1|1|", NM(fold(g.last).upper()), "^", NM(fold(g.first).upper()), "^^^^^L|%s^%s^HL70063|" % pick([("MTH", "Mother") if g.sex == "F" else ("FTH", "Father"), ("GRD", "Guardian")]),
                                    AD(fold(g.street).upper()), "^^", AD(fold(g.city).upper()), "^%s^" % g.state, ZP(g.zip), "^USA^L|^PRN^PH^^^", PH(g.phone[:3] + "^" + g.phone[3:])))
    out.append(B("hl7_vxu").add("PD1|||||||||||02^Reminder/recall - any method^HL70215|N|", DT(fmt_date(TODAY, "hl7")), "|||A|", DT(fmt_date(TODAY, "hl7"))))
    vac = pick([("197", "Influenza, high-dose, quadrivalent", "SNF", "Sanofi Pasteur", "UT7" + digits(4) + "AA"),
                ("150", "Influenza, injectable, quadrivalent, preservative free", "SKB", "GlaxoSmithKline", "J" + digits(4) + "AC"),
                ("115", "Tdap", "SKB", "GlaxoSmithKline", "7" + digits(4) + "B2"),
                ("187", "Zoster recombinant", "SKB", "GlaxoSmithKline", "3" + digits(4) + "DG"),
                ("300", "COVID-19, mRNA, LNP-S, bivalent, PF, 50 mcg/0.5 mL", "MOD", "Moderna US, Inc.", digits(6) + "A")])
    out.append(B("hl7_vxu").add("ORC|RE||", OI("IZ" + digits(9)), "^QWC|||||||^%s^%s^^^^^^^^^^^^^^^^^RN|||||||QW%s" % ("LE", "KIRA", st[0])))
    given = now() - timedelta(minutes=rng.randint(5, 30))
    np_ = pick(NPS)
    out.append(B("hl7_vxu").add("RXA|0|1|", DT(given.strftime("%Y%m%d%H%M")), "||%s^%s^CVX|0.5|mL^mL^UCUM||00^New immunization record^NIP001|%s^%s^%s^^^^^^NPI|^^^QW%s||||%s|%s|%s^%s^MVX|||CP|A"
                                % (vac[0], vac[1], np_[2], fold(np_[0].split()[-1]).upper(), fold(np_[0].split()[0]).upper(), st[0], vac[4],
                                   (TODAY + timedelta(days=rng.randint(60, 400))).strftime("%Y%m%d"), vac[2], vac[3])))
    out.append(B("hl7_vxu").add("RXR|C28161^Intramuscular^NCIT|LD^Left Deltoid^HL70163"))
    out.append(B("hl7_vxu").add("OBX|1|CE|64994-7^Vaccine funding program eligibility category^LN|1|V01^Not VFC eligible^HL70064||||||F|||", DT(given.strftime("%Y%m%d")), "|||VXC40^Eligibility captured at the immunization level^CDCPHINVS"))
    return out


DOT_HEADER = "exam_id,exam_date,driver_last,driver_first,dob,age,cdl_state,cdl_number,cdl_class,me_name,nrcme_no,bp_sys,bp_dia,vision_ok,hearing_ok,determination,cert_expires"


def ev_dot_csv(with_header):
    out = []
    if with_header:
        out.append(B("dot_physical_csv").add("# export=mcsa5875_daily store=%s generated=%s rows=%d" % (store()[0], now().strftime("%Y-%m-%dT%H:%M:%S"), rng.randint(3, 9))))
        out.append(B("dot_physical_csv").add(DOT_HEADER))
    for _ in range(rng.randint(2, 3)):
        p = adult()
        ex = "MER-" + digits(8)
        det = pick(["MEETS_STANDARDS", "MEETS_STANDARDS_PERIODIC", "MEETS_STANDARDS", "DETERMINATION_PENDING"])
        exp = TODAY.replace(year=2026) if det == "MEETS_STANDARDS" else TODAY.replace(year=2025)
        b = B("dot_physical_csv")
        last = p.last
        q = '"' if "," in last or " " in last else ""
        b.add(OI(ex), ",", DT(fmt_date(TODAY, "iso")), ",", q, NM(last), q, ",", NM(p.first), ",", DT(fmt_date(p.dob, "us")), ",%d,%s," % (p.age, p.dl_state),
              LI(p.dl), ",%s,\"%s\",%s,%d,%d,Y,Y,%s," % (pick(["A", "B", "C"]), pick(["Ostrowski, Rachel", "Lightfoot, Marcus"]), digits(10), rng.randint(118, 158), rng.randint(70, 98), det))
        if det == "DETERMINATION_PENDING":
            b.add("")
        else:
            b.add(DT(fmt_date(exp, "iso")))
        out.append(b)
    return out


def ev_dot_form_dotnet():
    p = adult()
    b1 = B("dotnet_console").add(mel("info", "HarborHealth.Forms.Mcsa5875.SubmissionHandler", 3120))
    b2 = B("dotnet_console")
    b2.add("      MCSA-5875 section1 saved: Driver=", NM(name_fmt(p, pick(["LF", "fml", "fl"]))), ", DOB=", DT(fmt_date(p.dob, pick(["us", "us_dash"]))),
           ", DL#=", LI(p.dl), " (%s), Phone=" % p.dl_state, PH(fmt_phone(p.phone, pick(["paren", "dash", "dot"]))),
           ", Email=", EM(p.email), ", Addr=", AD("%s, %s" % (p.street, p.city)), " %s " % p.state, ZP(p.zip), ", CLP/CDL applicant=%s" % pick(["Yes", "No"]))
    return [b1, b2]


def ev_ppe():
    k = rng.choice(KIDS)
    g = k.guardian
    b1 = B("dotnet_console").add(mel("info", "HarborHealth.Forms.Ppe.PpeSubmissionHandler", 3100))
    b2 = B("dotnet_console")
    b2.add("      PPE form submitted athlete=\"", NM(name_fmt(k, pick(["fl", "lower", "LF"]))), "\" dob=", DT(fmt_date(k.dob, pick(["iso", "us"]))),
           " school=\"%s\" sport=%s grade=%d parent_guardian=\"" % (pick(["Desert Vista HS", "Marcos de Niza HS", "Anderson HS", "Whetstone HS", "Corona del Sol HS"]) if k.age >= 14 else pick(["Kyrene MS", "Fees College Prep MS", "Dominion MS"]),
                                                                        pick(["football", "volleyball", "soccer", "wrestling", "track"]), max(6, min(12, k.age - 5))),
           NM(name_fmt(g, pick(["fl", "lf"]))), "\" guardian_phone=", PH(fmt_phone(g.phone, pick(PSTYLES))), " clearance=%s" % pick(["FULL", "FULL", "FULL_PENDING_EVAL", "NOT_CLEARED"]))
    return [b1, b2]


def ev_ppe_kv():
    k = rng.choice(KIDS)
    g = k.guardian
    b = B("ppe_kv")
    b.add("ppe.emergency_contact athlete_mrn=", MR(k.mrn), " ec_name=", NM(name_fmt(g, "fl").replace(" ", "_")), " ec_rel=%s ec_phone_home=" % rel_for(g),
          PH(fmt_phone(g.phone, "plain")), " ec_phone_alt=", PH(fmt_phone(g.phone[:3] + str(rng.randint(2, 9)) + digits(6), "dash")), " ins_member=", HP(k.member),
          " physician_of_record=\"%s\" form_rev=AIA-PPE-2019" % pick(NPS)[0])
    return [b]


def ev_ccf_donor():
    p = adult()
    emp = pick(EMPLOYERS)
    ccf = pick(["", "A", "0"]) + digits(7)
    spec = digits(10)
    b = B("ccf_custody")
    b.add(spring(" INFO", "nio-8443-exec-%d" % rng.randint(1, 6), "c.h.c.custody.CcfService", svc="custody-svc", pid=1),
          '{"ccfNo":"', OI(ccf), '","specimenId":"', OI(spec), '","step":1,"employer":"%s","employerId":"%s","mro":"%s","reason":"%s","testPanel":"%s","donor":{'
          % (emp[0], emp[1], pick(MROS), pick(["PRE_EMPLOYMENT", "RANDOM", "POST_ACCIDENT", "REASONABLE_SUSPICION", "RETURN_TO_DUTY"]), pick(["THC,COC,PCP,OPI,AMP", "10-PANEL", "DOT-5"])))
    if rng.random() < 0.6:
        b.add('"ssn":"', SS(p.ssn if rng.random() < 0.6 else p.ssn.replace("-", "")), '"')
    else:
        b.add('"employeeId":"', OI("EMP" + digits(6)), '"')
    b.add(',"name":"', NM(name_fmt(p, pick(["LF", "fl", "lfm"]))), '","dob":"', DT(fmt_date(p.dob, pick(["us", "iso"]))), '","dayPhone":"',
          PH(fmt_phone(p.phone, pick(PSTYLES))), '","photoId":{"type":"DL","state":"%s","number":"' % p.dl_state, LI(p.dl), '"}},"collector":"%s"}' % pick(COLLECTORS))
    return [b]


def ev_ccf_step():
    b = B("ccf_custody")
    ccf = digits(7)
    step = rng.randint(2, 4)
    k = rng.random()
    if step == 2:
        b.add(spring(" INFO", "nio-8443-exec-%d" % rng.randint(1, 6), "c.h.c.custody.CcfService", svc="custody-svc", pid=1),
              '{"ccfNo":"', OI(ccf), '","step":2,"tempInRange":true,"collectionType":"%s","observed":%s,"collectedAt":"' % (pick(["SINGLE", "SPLIT"]), pick(["false", "false", "true"])),
              DT((now() - timedelta(minutes=3)).strftime("%Y-%m-%dT%H:%M")), '","remarks":"%s"}' % pick(["", "donor washed hands", "shy bladder 40oz fluids given", "bluing agent present"]))
    elif step == 3:
        b.add(spring(" INFO", "nio-8443-exec-%d" % rng.randint(1, 6), "c.h.c.custody.CcfService", svc="custody-svc", pid=1),
              '{"ccfNo":"', OI(ccf), '","step":3,"bottlesSealed":2,"donorInitialed":true,"sealTs":"', DT(now().strftime("%m/%d/%Y %H:%M")), '"}')
    else:
        b.add(spring(" INFO", "nio-8443-exec-%d" % rng.randint(1, 6), "c.h.c.custody.CcfService", svc="custody-svc", pid=1),
              '{"ccfNo":"', OI(ccf), '","step":4,"collector":"%s","releasedTo":"FedEx","tracking":"7%s","lab":"Clinical Reference Lab, Lenexa KS","releasedAt":"%s"}'
              % (pick(COLLECTORS), digits(11), ts_isoz()))
    return [b]


def ev_ccf_postaccident():
    p = adult()
    vin = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
    vin = pick(["1FUJGLDR", "3AKJHHDR", "1XKYD49X", "4V4NC9EH"]) + vin[8:]
    plate = "%s%s%s" % (pick(["AZ ", "TX ", ""]), "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.randint(2, 3))), digits(4))
    b = B("ccf_custody")
    b.add("%s custody-svc WARN  [CcfRemarks] ccf=" % ts_isoz(), OI(digits(7)), " reason=POST_ACCIDENT remarks=\"Donor ", NM(name_fmt(p, pick(["fl", "il"]))),
          " involved in %s at " % pick(["4-vehicle collision on I-10", "rear-end collision, Loop 202 EB", "backing incident at DC dock 14", "jackknife on US-60"]), DT((now() - timedelta(hours=rng.randint(2, 7))).strftime("%m/%d %H:%M")),
          "; unit VIN ", VH(vin), ", plate ", VH(plate), ". Collected within 8h window.\"")
    return [b]


def ev_ccf_bio():
    p = adult()
    raw = b"FMR\x00 20\x00\x00\x00\x01\x62\x00\x00\x01\x40\x01\xe0\x00\xc5\x00\xc5\x01\x00\x00\x00" + bytes(rng.randrange(256) for _ in range(rng.randint(60, 110)))
    t = base64.b64encode(raw).decode()
    b = B("ccf_custody")
    b.add('{"@t":"%s","@mt":"Donor identity verified via {Method} for CCF {CcfNo}","@l":"Debug","Method":"thumbprint","CcfNo":"' % ts_isoz(7), OI(digits(7)),
          '","DonorName":"', NM(name_fmt(p, "fl")), '","TemplateFormat":"ISO19794-2","Template":"', (t, "biometric"), '","SourceContext":"HarborHealth.Custody.IdentityVerifier","MachineName":"custody-kiosk-%s"}' % store()[0])
    return [b]


def ev_pay_dotnet():
    p = anyone()
    payer = p.guardian if hasattr(p, "guardian") else p
    amt = pick(["89.00", "139.00", "119.00", "35.00", "59.00", "165.00", "99.00", "210.00"])
    k = rng.randint(0, 3)
    if k == 0:
        b1 = B("dotnet_console").add(mel("info", "HarborHealth.Payments.SelfPay.CardCaptureService", 2001))
        b2 = B("dotnet_console").add("      Authorization approved txn=ch_%s amount=%s USD brand=%s last4=%s authCode=%s cardholder=\""
                                      % (b62(24), amt, payer.brand, payer.pan[-4:], digits(6)), NM(name_fmt(payer, "FL")), "\" patientAccount=", AC(payer.acct), " terminal=VX820-%s" % digits(8))
    elif k == 1:
        b1 = B("dotnet_console").add(mel("fail", "HarborHealth.Payments.Gateway.TokenizeClient", 5003))
        b2 = B("dotnet_console").add("      Tokenization failed (processor_error 1012 'invalid_expiry') request={\"pan\":\"", AC(payer.pan), "\",\"exp\":\"%02d/%02d\",\"zip\":\"" % (rng.randint(1, 12), rng.randint(22, 23)),
                                      ZP(payer.zip), "\",\"name\":\"", NM(name_fmt(payer, "FL")), "\"}")
    elif k == 2:
        b1 = B("dotnet_console").add(mel("warn", "HarborHealth.Payments.SelfPay.BalanceService", 2210))
        b2 = B("dotnet_console").add("      Guarantor balance mismatch for account ", AC(payer.acct), " (guarantor ", NM(name_fmt(payer, "lf")),
                                      ", DOS ", DT(fmt_date(TODAY - timedelta(days=rng.randint(1, 90)), "us")), "): ledger=%s statement=%s" % (amt, "0.00"))
    else:
        b1 = B("dotnet_console").add(mel("info", "HarborHealth.Payments.SelfPay.ReceiptMailer", 2400))
        b2 = B("dotnet_console").add("      Receipt R-%s for $%s emailed to " % (digits(8), amt), EM(payer.email), " (visit ", OI("E%s%s" % (TODAY.strftime("%y%m%d"), digits(5))), ")")
    return [b1, b2]


def ev_pay_serilog():
    p = anyone()
    payer = p.guardian if hasattr(p, "guardian") else p
    b = B("serilog_json")
    k = rng.randint(0, 2)
    if k == 0:
        b.add('{"@t":"%s","@mt":"Payment {Status} for {PatientAccount} amount {Amount}","Status":"captured","PatientAccount":"' % ts_isoz(7), AC(payer.acct),
              '","Amount":%s,"CardLast4":"%s","Cardholder":"' % (pick(["89.0", "139.0", "35.0", "119.0"]), payer.pan[-4:]))
        nm = name_fmt(payer, "fl")
        esc = "".join(c if ord(c) < 128 else "\\u%04x" % ord(c) for c in nm)
        b.add(NM(esc), '","TraceId":"%s","SpanId":"%s","SourceContext":"HarborHealth.Payments.SelfPay.CardCaptureService","MachineName":"pay-api-7d9f8c-%s"}' % (hexs(32), hexs(16), b62(5).lower()))
    elif k == 1:
        b.add('{"@t":"%s","@mt":"Eligibility {Outcome} for member {MemberId} payer {PayerId}","@l":"%s","Outcome":"%s","MemberId":"' % (ts_isoz(7), pick(["Information", "Warning"]), pick(["active", "inactive", "not_found"])),
              HP(p.member), '","PayerId":"%s","SubscriberDob":"' % p.payer[1], DT(fmt_date(p.dob, "iso")),
              '","DurationMs":%d,"SourceContext":"HarborHealth.Eligibility.EligibilityService","MachineName":"elig-api-5c6b9-%s"}' % (rng.randint(300, 4200), b62(5).lower()))
    else:
        b.add('{"@t":"%s","@mt":"Refund issued {RefundId} to {Email}","RefundId":"re_%s","Email":"' % (ts_isoz(7), b62(24)), EM(payer.email),
              '","Reason":"duplicate_copay","SourceContext":"HarborHealth.Payments.Refunds","MachineName":"pay-api-7d9f8c-%s"}' % b62(5).lower())
    return [b]


def x12_270(p):
    st = store()
    isa = digits(9)
    dob = fmt_date(p.dob, "hl7")
    parts = ["ISA*00*          *00*          *ZZ*QWCLINIC       *ZZ*CLEARHOUSE     *%s*%s*^*00501*%s*0*P*:~GS*HS*QWCLINIC*CLEARHOUSE*%s*%s*%d*X*005010X279A1~ST*270*0001*005010X279A1~BHT*0022*13*%s*%s*%s~HL*1**20*1~NM1*PR*2*%s*****PI*%s~HL*2*1*21*1~NM1*1P*2*QUICKWELL CLINIC %s*****XX*1508843316~HL*3*2*22*0~TRN*1*%s*9QWCLINIC00~NM1*IL*1*"
             % (utc().strftime("%y%m%d"), utc().strftime("%H%M"), isa, utc().strftime("%Y%m%d"), utc().strftime("%H%M"), rng.randint(1, 9999), hexs(10).upper(),
                utc().strftime("%Y%m%d"), utc().strftime("%H%M%S"), p.payer[0].upper(), p.payer[1], st[0], digits(10)),
             NM(fold(p.last).upper()), "*", NM(fold(p.first).upper()), "*%s***MI*" % p.mi, HP(p.member), "~DMG*D8*", DT(dob), "*%s~DTP*291*D8*" % p.sex,
             DT(fmt_date(TODAY, "hl7")), "~EQ*30~SE*13*0001~GE*1*1~IEA*1*%s~" % isa]
    return parts


def ev_x12_270():
    p = anyone()
    b1 = B("x12_edi").add(mel("dbug", "HarborHealth.Eligibility.X12.ClearinghouseClient", 4101))
    b2 = B("x12_edi").add("      Sending 270 (%d bytes): " % rng.randint(480, 620), *x12_270(p))
    return [b1, b2]


def ev_x12_271():
    p = anyone()
    out = [B("x12_edi").add(mel("dbug", "HarborHealth.Eligibility.X12.ClearinghouseClient", 4102)),
           B("x12_edi").add("      Received 271 ctl=%s, segments:" % digits(9))]
    segs = [["ST*271*0001*005010X279A1~"],
            ["BHT*0022*11*%s*%s*%s~" % (hexs(10).upper(), utc().strftime("%Y%m%d"), utc().strftime("%H%M%S"))],
            ["NM1*PR*2*%s*****PI*%s~" % (p.payer[0].upper(), p.payer[1])],
            ["NM1*IL*1*", NM(fold(p.last).upper()), "*", NM(fold(p.first).upper()), "*%s***MI*" % p.mi, HP(p.member), "~"],
            ["REF*6P*%s*%s~" % (p.group, pick(["ACME DISTRIBUTION", "STATE OF ARIZONA", "CITY OF TEMPE", "INDIVIDUAL"]))],
            ["N3*", AD(fold(p.street).upper()), "~"],
            ["N4*", AD(fold(p.city).upper()), "*%s*" % p.state, ZP(p.zip + p.zip4), "~"],
            ["DMG*D8*", DT(fmt_date(p.dob, "hl7")), "*%s~" % p.sex],
            ["DTP*346*D8*", DT("%d0101" % TODAY.year), "~"],
            ["EB*1*IND*30**%s~" % pick(["PPO", "HMO", "EPO", "MEDICARE PART B"])],
            ["EB*B*IND*UC*%s*27*%s~" % (pick(["HM", "PR"]), pick(["35", "50", "75"]))],
            ["EB*C*IND*30***23*%s~" % pick(["1500", "3000", "250"])],
            ["MSG*URGENT CARE/RETAIL CLINIC COPAY APPLIES~"],
            ["SE*14*0001~"]]
    for s in segs:
        out.append(B("x12_edi").add(*s))
    return out


def ev_nginx_phi():
    p = anyone()
    b = B("nginx_access")
    k = rng.randint(0, 2)
    ua = pick(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
               "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.113 Mobile Safari/537.36",
               "Mozilla/5.0 (Linux; Android 13; moto g power 5G - 2023) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36"])
    if k == 0:
        b.add(IP(p.ip), " - - [%s] \"GET " % ts_nginx(), UR("/w/" + p.token), " HTTP/2.0\" 200 %d \"-\" \"%s\" rt=0.0%d uct=0.000" % (rng.randint(3000, 9000), ua, rng.randint(10, 99)))
    elif k == 1:
        b.add(IP(p.ip), " - - [%s] \"GET /api/v1/waitlist/lookup?phone=" % ts_nginx(), PH(p.phone), "&dob=", DT(fmt_date(p.dob, "iso")),
              " HTTP/1.1\" %d %d \"https://quickwellclinic.example/waitlist\" \"%s\" rt=0.%03d" % (pick([200, 200, 404]), rng.randint(90, 900), ua, rng.randint(20, 400)))
    else:
        b.add(IP(p.ip), " - - [%s] \"POST /api/v1/waitlist HTTP/2.0\" 201 %d \"https://quickwellclinic.example/join?store=%s\" \"%s\" rt=0.%03d" % (ts_nginx(), rng.randint(200, 400), store()[0], ua, rng.randint(50, 700)))
    return [b]


def ev_audit_csv():
    p = anyone()
    np_ = pick(NPS)
    b = B("audit_csv")
    act = pick(["VIEW", "UPDATE", "PRINT", "EXPORT", "VIEW", "BREAK_GLASS"])
    ws = "10.%d.%d.%d" % (rng.randint(40, 49), rng.randint(0, 9), rng.randint(2, 250))
    b.add("%s,%s,%s,Patient," % (utc().strftime("%Y-%m-%dT%H:%M:%SZ"), np_[3], act), MR(p.mrn), ",\"", NM(name_fmt(p, "lf")), "\",%s,%s" % (ws, pick(["Chart opened from queue", "Demographics edited", "Visit summary printed", "Immunization record exported", "Chart opened outside assigned store"])))
    return [b]


def ev_postfix():
    p = anyone()
    qid = "4V" + b62(8)
    b = B("postfix")
    b.add("%s mail01 postfix/smtp[%d]: %s: to=<" % (ts_syslog(), rng.randint(10000, 32000), qid), EM(p.email),
          ">, relay=%s, delay=%.2f, delays=0.02/0.01/0.3/0.%d, dsn=%s, status=%s" % (
              pick(["gmail-smtp-in.l.google.com[142.250.115.27]:25", "mta7.am0.yahoodns.net[67.195.204.73]:25", "outlook-com.olc.protection.outlook.com[52.101.40.2]:25"]),
              rng.uniform(0.3, 3), rng.randint(1, 9), pick(["2.0.0", "2.0.0", "4.2.2", "5.1.1"]), pick(["sent (250 2.0.0 OK)", "sent (250 2.0.0 OK)", "deferred (mailbox full)", "bounced (user unknown)"])))
    return [b]


def ev_mirth_phi():
    p = anyone()
    b = B("mirth")
    k = rng.randint(0, 1)
    if k == 0:
        b.add(" WARN  %s [Channel Dispatch Thread on POC_Results_Inbound (%s) < pool-2-thread-%d] filter: dropped result, no open order for MRN " % (ts_mirth(), uuid4(), rng.randint(1, 8)),
              MR(p.mrn), " (", NM(fold(p.last).upper() + "^" + fold(p.first).upper()), ")")
    else:
        b.add("ERROR %s [Channel Dispatch Thread on IIS_Outbound_AZ (%s) < pool-3-thread-%d] js-connector: IIS returned ACK AE: 'PID-7 birth date " % (ts_mirth(), uuid4(), rng.randint(1, 8)),
              DT(fmt_date(p.dob, "hl7")), " is after RXA-3 administration date' for PID-3 ", MR(p.mrn), "; message queued for review")
    return [b]


def ev_app_telemetry():
    p = anyone()
    b = B("app_telemetry")
    ios = rng.random() < 0.5
    b.add('{"ts":%d,"event":"%s","app":"%s","appVersion":"5.12.%d (5120%03d)","userId":"' % (int(utc().timestamp() * 1000), pick(["waitlist.join", "waitlist.view", "visit.summary.open", "payment.sheet.shown"]), "quickwell-ios" if ios else "quickwell-android", rng.randint(0, 3), rng.randint(0, 999)),
          OI(p.userid), '","username":"', OI(p.username))
    if ios:
        b.add('","device":{"model":"%s","os":"iOS %s","idfv":"' % (pick(["iPhone15,3", "iPhone14,7", "iPhone16,1"]), pick(["17.4.1", "17.5", "16.7.8"])), DV(uuid4().upper()))
    elif rng.random() < 0.5:
        b.add('","device":{"model":"%s","os":"Android %d","androidId":"' % (pick(["SM-S918U", "Pixel 7a", "moto g stylus 5G"]), pick([13, 14])), DV(hexs(16)))
    else:
        b.add('","device":{"model":"%s","os":"Android 9","imei":"' % pick(["SM-J737T", "LM-X320"]), DV(p.imei))
    b.add('"},"clientIp":"', IP(p.ip), '","sessionId":"%s","traceId":"%s"}' % (uuid4(), hexs(32)))
    return [b]


def ev_stack_phi():
    p = anyone()
    out = [B("java_stacktrace").add(spring("ERROR", "nio-8080-exec-%d" % rng.randint(1, 10), "o.h.engine.jdbc.spi.SqlExceptionHelper", True, svc="queue-svc")
                                    + "ERROR: duplicate key value violates unique constraint \"uk_patient_mrn_store\""),
           B("java_stacktrace").add(spring("ERROR", "nio-8080-exec-%d" % rng.randint(1, 10), "c.h.clinic.queue.web.GlobalExceptionHandler", True, svc="queue-svc"),
                                    "Unhandled exception for POST /api/v1/patients"),
           B("java_stacktrace").add("org.springframework.dao.DataIntegrityViolationException: could not execute statement [ERROR: duplicate key value violates unique constraint \"uk_patient_mrn_store\"  Detail: Key (mrn, store_no)=(",
                                    MR(p.mrn), ", %s) already exists.] [insert into patient (dob,first_name,last_name,mobile,mrn,store_no,id) values (?,?,?,?,?,?,?)]" % store()[0])]
    for fr in ["\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:290)",
               "\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.translateExceptionIfPossible(HibernateJpaDialect.java:241)",
               "\tat com.harborhealth.clinic.queue.service.PatientService.register(PatientService.java:118)",
               "\tat com.harborhealth.clinic.queue.web.PatientController.create(PatientController.java:64)",
               "\t... 87 common frames omitted"]:
        out.append(B("java_stacktrace").add(fr))
    return out


def ev_elig_mel_phi():
    p = anyone()
    b1 = B("dotnet_console").add(mel("warn", "HarborHealth.Eligibility.EligibilityService", 4310))
    b2 = B("dotnet_console").add("      AAA*Y**72*C returned for subscriber ", NM(name_fmt(p, pick(["LF", "fl"]))), " member ", HP(p.member),
                                 " (Invalid/Missing Subscriber/Insured ID); falling back to self-pay quote for visit ", OI("E%s%s" % (TODAY.strftime("%y%m%d"), digits(5))))
    return [b1, b2]


def ev_old_flag():
    p = rng.choice(OLDS)
    b = B("spring_boot")
    k = rng.randint(0, 1)
    if k == 0:
        b.add(spring(" INFO", "nio-8080-exec-%d" % rng.randint(1, 10), "c.h.clinic.queue.AccessibilityFlagger", True),
              "Assist flag set ticket=W-%03d store=%s patient=" % (rng.randint(1, 60), store()[0]), NM(name_fmt(p, pick(["fl", "lf"]))),
              " age=", AG(str(p.age)), " mobility=WHEELCHAIR fallRisk=HIGH")
    else:
        b.add(spring(" WARN", "nio-8080-exec-%d" % rng.randint(1, 10), "c.h.clinic.queue.match.PatientMatcher", True),
              "Age sanity check: dob ", DT(fmt_date(p.dob, "iso")), " gives age ", AG(str(p.age)), " (>89) for mrn ", MR(p.mrn), "; accepted after staff confirmation")
    return [b]


def ev_ccf_order():
    p = adult()
    emp = pick(EMPLOYERS)
    b = B("ccf_custody")
    k = rng.randint(0, 1)
    if k == 0:
        b.add('{"@t":"%s","@mt":"Employer order {OrderId} authorized for donor {DonorName}","OrderId":"EO-%s","DonorName":"' % (ts_isoz(7), digits(9)),
              NM(name_fmt(p, pick(["fl", "LF"]))), '","DonorSsn":"', SS(p.ssn), '","DonorPhone":"', PH(fmt_phone(p.phone, pick(PSTYLES))),
              '","Employer":"%s","EmployerDer":"Safety Office (480) 555-0175","Panel":"DOT-5","ExpiresUtc":"%s","SourceContext":"HarborHealth.Custody.EmployerOrders"}'
              % (emp[0], (utc() + timedelta(days=3)).strftime("%Y-%m-%dT%H:%M:%SZ")))
    else:
        b.add('{"@t":"%s","@mt":"Employer order {OrderId} authorized for donor {DonorName}","OrderId":"EO-%s","DonorName":"' % (ts_isoz(7), digits(9)),
              NM(name_fmt(p, pick(["fl", "LF"]))), '","DonorSsnMasked":"XXX-XX-%s","DonorEmployeeId":"' % p.ssn[-4:], OI("%s-%s" % (pick(["SFL", "CVT", "LSA"]), digits(5))),
              '","Employer":"%s","Panel":"10-PANEL","SourceContext":"HarborHealth.Custody.EmployerOrders"}' % emp[0])
    return [b]


# ================================================================= noise events
def nz_spring():
    k = rng.randint(0, 11)
    b = B("spring_boot")
    svc, boot3 = pick([("queue-svc", True), ("erx-svc", False), ("lis-iface", False), ("custody-svc", False)])
    if k == 0:
        b.add(spring(" INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", boot3, svc), "Tomcat started on port 8080 (http) with context path ''")
    elif k == 1:
        b.add(spring("DEBUG", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", boot3, svc),
              "HikariPool-1 - Pool stats (total=10, active=%d, idle=%d, waiting=0)" % (rng.randint(0, 6), rng.randint(4, 10)))
    elif k == 2:
        b.add(spring(" INFO", "main", "c.h.clinic.%s.Application" % svc.split("-")[0], boot3, svc),
              "Started Application in %.3f seconds (process running for %.3f)" % (rng.uniform(5, 14), rng.uniform(6, 16)))
    elif k == 3:
        b.add(spring(" INFO", "scheduling-1", "c.h.clinic.queue.metrics.QueueStatsJob", boot3, svc),
              "store=%s depth=%d avgWaitMin=%.1f longestWaitMin=%d npOnDuty=%d kiosksOnline=2/2" % (store()[0], rng.randint(0, 12), rng.uniform(3, 55), rng.randint(5, 90), rng.randint(1, 2)))
    elif k == 4:
        b.add(spring(" INFO", "org.springframework.kafka.KafkaListenerEndpointContainer#0-0-C-1", "o.s.k.l.KafkaMessageListenerContainer", boot3, svc),
              "clinic-%s-group: partitions assigned: [clinic.visit.events-%d, clinic.visit.events-%d]" % (svc, rng.randint(0, 5), rng.randint(6, 11)))
    elif k == 5:
        b.add(spring(" WARN", "nio-8080-exec-%d" % rng.randint(1, 10), "o.s.w.s.m.s.DefaultHandlerExceptionResolver", boot3, svc),
              "Resolved [org.springframework.web.HttpMediaTypeNotSupportedException: Content-Type 'text/plain;charset=UTF-8' is not supported]")
    elif k == 6:
        b.add(spring("DEBUG", "nio-8080-exec-%d" % rng.randint(1, 10), "o.s.web.servlet.DispatcherServlet", boot3, svc),
              "Completed 200 OK GET /actuator/health traceId=%s spanId=%s" % (hexs(32), hexs(16)))
    elif k == 7:
        b.add(spring(" INFO", "main", "o.f.c.i.database.base.BaseDatabaseType", boot3, svc), "Database: jdbc:postgresql://pg-clinic-01.harbor.internal:5432/%s (PostgreSQL 15.6)" % svc.replace("-", "_"))
    elif k == 8:
        b.add(spring(" INFO", "scheduling-1", "c.h.clinic.lis.QcLockoutService", boot3, svc),
              "Analyzer %s (SN %s) QC valid until %s; lockout=false" % (pick(["Sofia2", "IDNOW", "Afinion2", "cobas liat"]), digits(8), (now() + timedelta(hours=rng.randint(4, 20))).strftime("%Y-%m-%dT%H:%M")))
    elif k == 9:
        b.add(spring("ERROR", "hl7-mllp-2575-%d" % rng.randint(1, 4), "c.h.clinic.lis.MllpInboundHandler", boot3, svc),
              "MLLP read timeout from 10.44.%d.%d:%d after 30000 ms; connection reset" % (rng.randint(0, 9), rng.randint(2, 250), rng.randint(40000, 60000)))
    elif k == 10:
        b.add(spring(" INFO", "task-%d" % rng.randint(1, 8), "c.h.clinic.common.cache.CacheStats", boot3, svc),
              "cache=payerDirectory size=%d hitRate=0.%s evictions=%d" % (rng.randint(100, 900), digits(3), rng.randint(0, 40)))
    else:
        b.add(spring(" WARN", "scheduling-1", "c.h.clinic.queue.sms.SmsRelayClient", boot3, svc),
              "sms-relay responded 429 Too Many Requests; retry-after=%ds (campaign CQ8ZP1M)" % rng.randint(1, 5))
    return [b]


def nz_dotnet():
    k = rng.randint(0, 8)
    if k == 0:
        return [B("dotnet_console").add(mel("info", "Microsoft.Hosting.Lifetime", 14)), B("dotnet_console").add("      Now listening on: http://[::]:8080")]
    if k == 1:
        return [B("dotnet_console").add(mel("info", "Microsoft.EntityFrameworkCore.Database.Command", 20101)),
                B("dotnet_console").add("      Executed DbCommand (%dms) [Parameters=[@__storeNo_0='?' (DbType = Int32), @__since_1='?' (DbType = DateTime2)], CommandType='Text', CommandTimeout='30']" % rng.randint(1, 60))]
    if k == 2:
        return [B("dotnet_console").add(mel("info", "System.Net.Http.HttpClient.Clearinghouse.LogicalHandler", 100)),
                B("dotnet_console").add("      Start processing HTTP request POST https://edi.clearinghouse.example/x12/realtime/270")]
    if k == 3:
        return [B("dotnet_console").add(mel("info", "System.Net.Http.HttpClient.Clearinghouse.ClientHandler", 101)),
                B("dotnet_console").add("      Received HTTP response headers after %.4fms - 200" % rng.uniform(300, 3000))]
    if k == 4:
        return [B("dotnet_console").add(mel("warn", "Microsoft.AspNetCore.DataProtection.Repositories.EphemeralXmlRepository", 50)),
                B("dotnet_console").add("      Using an in-memory repository. Keys will not be persisted to storage.")]
    if k == 5:
        return [B("dotnet_console").add(mel("info", "HarborHealth.Payments.Settlement.BatchCloser", 2600)),
                B("dotnet_console").add("      Batch %s closed: %d txns, gross $%s, refunds %d, merchant MID 4445%s" % (digits(10), rng.randint(20, 80), "{:,.2f}".format(rng.uniform(1500, 9000)), rng.randint(0, 3), digits(8)))]
    if k == 6:
        return [B("dotnet_console").add(mel("info", "HarborHealth.Payments.Gateway.SandboxProbe", 2900)),
                B("dotnet_console").add("      Sandbox auth probe pan=4111111111111111 exp=12/29 result=approved latencyMs=%d env=cert" % rng.randint(90, 700))]
    if k == 7:
        return [B("dotnet_console").add(mel("fail", "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", 1)),
                B("dotnet_console").add("      An unhandled exception has occurred while executing the request. System.TimeoutException: The operation has timed out after 00:00:15 (clearinghouse endpoint)")]
    return [B("dotnet_console").add(mel("dbug", "HarborHealth.Payments.Terminal.DeviceMonitor", 2750)),
            B("dotnet_console").add("      Terminal VX820-%s store %s: firmware 4.6.22, tamper=OK, paperLow=%s, lastHeartbeat=%s" % (digits(8), store()[0], pick(["false", "true"]), ts_isoz()))]


def nz_serilog():
    k = rng.randint(0, 4)
    b = B("serilog_json")
    if k == 0:
        b.add('{"@t":"%s","@mt":"Health check {HealthCheckName} completed after {ElapsedMilliseconds}ms with status {HealthStatus}","HealthCheckName":"%s","ElapsedMilliseconds":%.4f,"HealthStatus":"Healthy","SourceContext":"Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService"}'
              % (ts_isoz(7), pick(["sqlserver", "clearinghouse", "redis", "gateway"]), rng.uniform(0.5, 80)))
    elif k == 1:
        b.add('{"@t":"%s","@mt":"HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms","RequestMethod":"%s","RequestPath":"%s","StatusCode":%d,"Elapsed":%.4f,"RequestId":"0HN3%s:0000000%d","SourceContext":"Serilog.AspNetCore.RequestLoggingMiddleware"}'
              % (ts_isoz(7), pick(["GET", "POST"]), pick(["/api/payments/intents", "/api/eligibility/check", "/healthz", "/api/forms/ppe", "/metrics"]), pick([200, 200, 201, 400, 502]), rng.uniform(1, 1900), b62(8).upper(), rng.randint(1, 9)))
    elif k == 2:
        b.add('{"@t":"%s","@mt":"Settlement file {FileName} uploaded ({Bytes} bytes)","FileName":"settle_%s_%s.csv","Bytes":%d,"SourceContext":"HarborHealth.Payments.Settlement.Uploader"}'
              % (ts_isoz(7), now().strftime("%Y%m%d"), store()[0], rng.randint(3000, 90000)))
    elif k == 3:
        b.add('{"@t":"%s","@mt":"Retrying {Operation} after {Delay}","@l":"Warning","Operation":"ClearinghouseSend","Delay":"00:00:0%d","Attempt":%d,"SourceContext":"Polly"}'
              % (ts_isoz(7), rng.randint(1, 8), rng.randint(1, 3)))
    else:
        b.add('{"@t":"%s","@mt":"Payer directory refreshed: {Count} payers, version {Version}","Count":%d,"Version":"%s","SourceContext":"HarborHealth.Eligibility.PayerDirectory"}'
              % (ts_isoz(7), rng.randint(900, 1400), now().strftime("%Y.%m.%d") + "-" + digits(3)))
    return [b]


def nz_kiosk():
    b = B("kiosk_json")
    k = rng.randint(0, 3)
    st = store()
    if k == 0:
        b.add('{"ts":"%s","lvl":"INFO","evt":"kiosk.heartbeat","kioskId":"KSK-%s-0%d","serial":"ELO-%s","fw":"3.8.2","uptimeSec":%d,"printer":"%s","net":"wifi %ddBm","queueDepth":%d}'
              % (ts_isoz(), st[0], rng.randint(1, 2), digits(9), rng.randint(3000, 900000), pick(["OK", "OK", "PAPER_LOW"]), -rng.randint(45, 75), rng.randint(0, 12)))
    elif k == 1:
        b.add('{"ts":"%s","lvl":"INFO","evt":"kiosk.session.abandoned","kioskId":"KSK-%s-01","sessionId":"%s","lastStep":"%s","idleSec":90}'
              % (ts_isoz(), st[0], uuid4(), pick(["reason_select", "dob_entry", "insurance_photo", "consent"])))
    elif k == 2:
        b.add('{"ts":"%s","lvl":"WARN","evt":"kiosk.printer.error","kioskId":"KSK-%s-02","code":"E%d","msg":"thermal head temperature high"}' % (ts_isoz(), st[0], rng.randint(100, 400)))
    else:
        b.add('{"ts":"%s","lvl":"INFO","evt":"kiosk.ticket.printed","kioskId":"KSK-%s-01","ticket":"W-%03d","reason":"%s","waitEstimateMin":%d}'
              % (ts_isoz(), st[0], rng.randint(1, 60), pick(REASONS), rng.randint(5, 70)))
    return [b]


def nz_sms():
    b = B("sms_gateway")
    k = rng.randint(0, 3)
    if k == 0:
        b.add("%s sms-relay[2211]: INFO status callback sid=SM%s status=%s to=+1***%s errorCode=%s" % (ts_isoz(), hexs(32), pick(["delivered", "sent", "undelivered"]), digits(4), pick(["", "", "30007", "30003"])))
    elif k == 1:
        b.add("%s sms-relay[2211]: INFO throughput campaign=CQ8ZP1M brand=BQW7K1T tps=%.1f queued=%d sent_1h=%d failed_1h=%d" % (ts_isoz(), rng.uniform(0.5, 4), rng.randint(0, 9), rng.randint(40, 400), rng.randint(0, 6)))
    elif k == 2:
        b.add("%s sms-relay[2211]: WARN carrier filter 30007 count=%d last 1h, body template waitlist_turn_v3" % (ts_isoz(), rng.randint(1, 9)))
    else:
        b.add("%s sms-relay[2211]: DEBUG shortlink created code=%s ttl=86400 target=/waitlist/status" % (ts_isoz(), b62(6)))
    return [b]


def nz_nginx():
    b = B("nginx_access")
    k = rng.randint(0, 3)
    if k == 0:
        b.add("10.42.%d.1 - - [%s] \"GET /actuator/health/readiness HTTP/1.1\" 200 49 \"-\" \"kube-probe/1.28\" rt=0.00%d" % (rng.randint(0, 7), ts_nginx(), rng.randint(1, 9)))
    elif k == 1:
        b.add("10.42.%d.%d - - [%s] \"GET /metrics HTTP/1.1\" 200 %d \"-\" \"Prometheus/2.51.1\" rt=0.0%d" % (rng.randint(0, 7), rng.randint(2, 250), ts_nginx(), rng.randint(8000, 30000), rng.randint(10, 99)))
    elif k == 2:
        b.add("10.44.%d.%d - - [%s] \"POST /api/v1/kiosk/heartbeat HTTP/1.1\" 204 0 \"-\" \"QuickWellKiosk/3.8.2 (Elo I-Series 4)\" rt=0.00%d" % (rng.randint(0, 9), rng.randint(2, 250), ts_nginx(), rng.randint(1, 9)))
    else:
        b.add("10.42.%d.1 - - [%s] \"GET /static/js/main.%s.js HTTP/2.0\" 304 0 \"https://quickwellclinic.example/\" \"Mozilla/5.0\" rt=0.000" % (rng.randint(0, 7), ts_nginx(), hexs(8)))
    return [b]


def nz_syslog():
    b = B("syslog")
    k = rng.randint(0, 4)
    host = pick(["clinic-gw-4471", "clinic-gw-4488", "mail01", "lis-edge-5102"])
    if k == 0:
        b.add("%s %s systemd[1]: Started logrotate.service - Rotate log files." % (ts_syslog(), host))
    elif k == 1:
        b.add("%s %s CRON[%d]: (root) CMD (/usr/local/bin/backup-mirth.sh >/dev/null 2>&1)" % (ts_syslog(), host, rng.randint(1000, 40000)))
    elif k == 2:
        b.add("%s %s kernel: [%d.%06d] usb 1-1.2: FTDI USB Serial Device converter now attached to ttyUSB0" % (ts_syslog(), host, rng.randint(1000, 900000), rng.randint(0, 999999)))
    elif k == 3:
        b.add("%s %s sshd[%d]: Accepted publickey for deploy from 10.40.0.%d port %d ssh2: ED25519 SHA256:%s" % (ts_syslog(), host, rng.randint(1000, 40000), rng.randint(2, 250), rng.randint(30000, 65000), b62(43)))
    else:
        b.add("%s %s chronyd[%d]: Selected source 10.40.0.%d (time.harbor.internal)" % (ts_syslog(), host, rng.randint(300, 900), rng.randint(2, 9)))
    return [b]


def nz_postfix():
    b = B("postfix")
    qid = "4V" + b62(8)
    k = rng.randint(0, 2)
    if k == 0:
        b.add("%s mail01 postfix/qmgr[1184]: %s: from=<noreply@quickwellclinic.example>, size=%d, nrcpt=1 (queue active)" % (ts_syslog(), qid, rng.randint(3000, 40000)))
    elif k == 1:
        b.add("%s mail01 postfix/qmgr[1184]: %s: removed" % (ts_syslog(), qid))
    else:
        b.add("%s mail01 postfix/smtpd[%d]: connect from pay-api.harbor.internal[10.42.%d.%d]" % (ts_syslog(), rng.randint(10000, 32000), rng.randint(0, 7), rng.randint(2, 250)))
    return [b]


def nz_mirth():
    b = B("mirth")
    k = rng.randint(0, 2)
    if k == 0:
        b.add(" INFO  %s [Main Server Thread] com.mirth.connect.server.Mirth: Mirth Connect 4.5.0 (Built on March 4, 2024) server successfully started." % ts_mirth())
    elif k == 1:
        b.add(" INFO  %s [Data Pruner Thread] com.mirth.connect.plugins.datapruner.DataPruner: Pruned %d messages from channel POC_Results_Inbound in %d ms" % (ts_mirth(), rng.randint(100, 5000), rng.randint(200, 9000)))
    else:
        b.add(" WARN  %s [TCP Listener on 0.0.0.0:6661] com.mirth.connect.connectors.tcp.TcpReceiver: Client 10.44.%d.%d disconnected, socket timeout" % (ts_mirth(), rng.randint(0, 9), rng.randint(2, 250)))
    return [b]


def nz_prom():
    b = B("prometheus")
    st = store()[0]
    k = rng.randint(0, 4)
    if k == 0:
        b.add('clinic_queue_depth{store="%s",service="walkin"} %d' % (st, rng.randint(0, 14)))
    elif k == 1:
        b.add('http_server_requests_seconds_count{application="queue-svc",method="POST",outcome="SUCCESS",status="201",uri="/api/v1/waitlist"} %d' % rng.randint(100, 9000))
    elif k == 2:
        b.add('poc_results_total{analyzer="%s",store="%s",result="%s"} %d' % (pick(["sofia2", "idnow", "afinion2"]), st, pick(["positive", "negative", "invalid"]), rng.randint(0, 90)))
    elif k == 3:
        b.add('jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} %.6e' % rng.uniform(1e8, 6e8))
    else:
        b.add('hikaricp_connections_pending{pool="HikariPool-1"} 0.0')
    return [b]


def nz_staff():
    b = B("ops_text")
    np_ = pick(NPS)
    st = store()
    k = rng.randint(0, 3)
    if k == 0:
        b.add("%s roster-svc INFO on-call NP for store %s: %s, %s, pager %s, %s@quickwellclinic.example" % (ts_isoz(), st[0], np_[0], np_[1], fmt_phone("480555" + "01" + digits(2), "paren"), np_[3]))
    elif k == 1:
        b.add("%s roster-svc INFO store %s hours today 08:30-19:30, lunch 13:30-14:00; clinic phone %s; %s" % (ts_isoz(), st[0], st[2], st[1]))
    elif k == 2:
        b.add("%s deploy INFO build 2024.05.13-%d commit %s image harbor/queue-svc@sha256:%s rolled out 3/3" % (ts_isoz(), rng.randint(1000, 1300), hexs(7), hexs(64)))
    else:
        b.add("%s roster-svc WARN store %s collector %s certification (DOT 49 CFR Part 40) expires %s; renew via training portal" % (ts_isoz(), st[0], pick(COLLECTORS), (TODAY + timedelta(days=rng.randint(10, 60))).strftime("%Y-%m-%d")))
    return [b]


def nz_config():
    b = B("config_props")
    b.add(pick([
        "spring.datasource.url=jdbc:postgresql://pg-clinic-01.harbor.internal:5432/queue",
        "spring.kafka.bootstrap-servers=kafka-0.harbor.internal:9092,kafka-1.harbor.internal:9092",
        "clinic.waitlist.max-per-store=40",
        "clinic.sms.shortlink.base=https://qwc.link/w/",
        "clinic.lis.mllp.port=2575",
        "management.endpoints.web.exposure.include=health,info,prometheus",
        "erx.script.version=2017071",
        "custody.ccf.retention-days=1825",
        "payments.gateway.merchant-id=4445" + digits(8),
        "logging.level.com.harborhealth=INFO",
    ]))
    return [b]


def nz_stack():
    out = [B("java_stacktrace").add(spring("ERROR", "scheduling-1", "o.s.s.s.TaskUtils$LoggingErrorHandler", False, "lis-iface") + "Unexpected error occurred in scheduled task"),
           B("java_stacktrace").add("java.net.SocketTimeoutException: Connect timed out (analyzer gateway 10.44.%d.%d:6661)" % (rng.randint(0, 9), rng.randint(2, 250))),
           B("java_stacktrace").add("\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:546)"),
           B("java_stacktrace").add("\tat ca.uhn.hl7v2.llp.MinLowerLayerProtocol.getWriter(MinLowerLayerProtocol.java:53)"),
           B("java_stacktrace").add("\tat com.harborhealth.clinic.lis.AnalyzerPoller.poll(AnalyzerPoller.java:77)")]
    return out


def nz_ccf():
    b = B("ccf_custody")
    b.add(spring(" INFO", "scheduling-3", "c.h.c.custody.CourierManifestJob", False, "custody-svc"),
          "Manifest %s for store %s: %d specimens, courier FedEx pickup window 16:00-17:30, lab Clinical Reference Lab (LabCorp) Lenexa KS" % (digits(8), store()[0], rng.randint(0, 7)))
    return [b]


# ================================================================= assemble
def old_vax():
    return ev_note_physical("vaccine", rng.choice(OLDS))


DOT_STATE = {"header_done": False}


def dot_csv():
    first = not DOT_STATE["header_done"]
    DOT_STATE["header_done"] = True
    return ev_dot_csv(first)


# fixed plan: (event, how many times); the order is shuffled with the seed
PHI_PLAN = [
    (ev_kiosk_checkin, 14), (ev_kiosk_idscan, 2), (ev_sms_out, 11), (ev_sms_in, 5), (ev_queue_spring, 18),
    (ev_erx_spring, 8), (erx_xml, 4), (ev_note_physical, 5), (old_vax, 2), (ev_note_json, 3), (ev_hl7_oru, 5),
    (ev_astm, 2), (ev_vxu, 2), (dot_csv, 2), (ev_dot_form_dotnet, 2), (ev_ppe, 3), (ev_ppe_kv, 3),
    (ev_ccf_donor, 5), (ev_ccf_step, 4), (ev_ccf_postaccident, 2), (ev_ccf_bio, 2), (ev_ccf_order, 4),
    (ev_pay_dotnet, 8), (ev_pay_serilog, 7), (ev_x12_270, 3), (ev_x12_271, 1), (ev_nginx_phi, 7),
    (ev_audit_csv, 8), (ev_postfix, 5), (ev_mirth_phi, 4), (ev_app_telemetry, 5), (ev_stack_phi, 1),
    (ev_elig_mel_phi, 4), (ev_old_flag, 3),
]
NOISE_PLAN = [
    (nz_spring, 40), (nz_dotnet, 12), (nz_serilog, 16), (nz_kiosk, 16), (nz_sms, 12), (nz_nginx, 22), (nz_syslog, 12),
    (nz_postfix, 10), (nz_mirth, 7), (nz_prom, 12), (nz_staff, 9), (nz_config, 5), (nz_stack, 2), (nz_ccf, 5),
    (erx_status_noise, 8), (ev_hl7_ack, 4), (ev_astm_qc, 2),
]
PAD = [nz_spring, nz_nginx, nz_prom, nz_syslog, nz_kiosk, nz_serilog, nz_sms, nz_postfix]


def main():
    TARGET = 500
    plan = [f for f, n in PHI_PLAN for _ in range(n)] + [f for f, n in NOISE_PLAN for _ in range(n)]
    rng.shuffle(plan)
    # the DOT export header must come with the first dot_csv; the stack traces are not back to back
    events = []
    for f in plan:
        tick()
        events.append((f, f()))
    total = sum(len(e) for _, e in events)
    # trim single-line pad-type noise events if the plan overshoots, pad at the end if it falls short
    while total > TARGET:
        idx = [k for k, (f, e) in enumerate(events) if f in PAD and len(e) == 1]
        k = idx[rng.randrange(len(idx))]
        events.pop(k)
        total -= 1
    while total < TARGET:
        tick()
        e = rng.choice(PAD)()
        events.append((None, e))
        total += len(e)
    lines = [b for _, e in events for b in e]
    assert len(lines) == TARGET, len(lines)

    log_lines = []
    labels = []
    for i, b in enumerate(lines, 1):
        text = b.buf.decode("utf-8")
        assert text and "\n" not in text and "\r" not in text, (i, text)
        spans = []
        for s, e, cat, v in b.spans:
            assert b.buf[s:e].decode("utf-8") == v, (i, v)
            spans.append({"s": s, "e": e, "cat": cat})
        log_lines.append(text)
        labels.append({"line": i, "family": b.fam, "spans": spans})
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(log_lines))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
