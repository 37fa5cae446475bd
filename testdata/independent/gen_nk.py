#!/usr/bin/env python3
"""Generate nk.log / nk.labels.jsonl: a synthetic, labeled log corpus for an optical
retail chain with in-store optometry ("VistaNova Optical").

Systems represented: Java Spring Boot services (EHR exam service, eligibility service,
claims/EDI writer, lab-order service), Ruby on Rails storefront (+ lograge, Sidekiq),
AWS Lambda / CloudWatch (plain and structured JSON), ALB access logs, EHR exam JSON
events, X12 270/271/837P/999, Vision Council DCS (LMS) records, fixed-width lens-lab job
tickets, POS electronic-journal receipts, Shopify-like order webhooks, customer service
emails (English/Spanish), frame try-on app logs (Android logcat, iOS os_log, Segment
analytics), DICOM fundus-camera store/worklist dumps, HL7 v2, CSV batch files, EyeMed
SOAP/XML, agent ticket notes, syslog from the lab gateway.

All people, numbers and images are synthetic. Standard library only, deterministic.

Labeling decisions:
- Labeled persons: patients, customers, members/subscribers/dependents, guardians of
  minors, and family members named in a customer's message. Not labeled: optometrists
  (names, NPIs, state licence numbers), opticians, cashiers, CS agents, lab techs,
  the company, stores, payers, the lens lab, vendors (their phones, faxes, emails, addresses).
- Names: a full name is one span; when a format splits it into fields (X12 NM1, HL7 XPN,
  DICOM PN, JSON first/last, fixed-width columns) each part is its own span. A first name
  alone in a greeting or signature ("Hola Ximena,") is labeled name.
- Address: street line and city are separate address spans; state is not labeled;
  ZIP / ZIP+4 is a zip span. Store addresses and ZIPs are not labeled.
- Dates: dates about the person are labeled (birth, exam/service incl. DICOM StudyDate and
  X12 DTP*472/291/304, appointment incl. HL7 SCH timing with its time part, Rx issue and
  Rx expiration, coverage begin / next-eligible dates, "nació el"). Not labeled: log and
  record timestamps (created_at/updated_at, email Date: headers and quoted-reply dates,
  ISA/GS/BHT dates, HL7 MSH/EVN times), lab due dates, inventory count dates.
- Age: only ages over 89 are labeled; younger ages (minors, adults) are not.
- health_plan: VSP/EyeMed/Davis member and subscriber IDs, Medicaid IDs. Group numbers and
  plan codes are not labeled.
- mrn: EHR chart numbers (CH..., P-store-..., DICOM PatientID, HL7 PID-3).
- account: storefront customer IDs (Shopify-like numeric ids, cust_... userIds, fit-profile
  ids), loyalty numbers, full card PANs, X12 CLM01 patient control numbers, HL7 PID-18
  patient account numbers. Masked PANs showing only the last four digits are not labeled.
- other_id: encounter/visit numbers, imaging accession numbers, payer claim numbers,
  VSP/EyeMed authorization numbers, customer service ticket/case numbers, app usernames,
  Segment anonymousId of a customer's install. Retail order numbers, lab job numbers,
  tray numbers, tracking numbers, trace/request/span ids are NOT labeled.
- device: identifiers of a customer's own device (iOS identifierForVendor, Android ID,
  advertising ID, phone MAC). Clinic equipment serials (fundus cameras, tonometers,
  edgers, POS terminals) are not labeled.
- ip: public IPs of customers/patients (storefront, try-on app, portal). Private/internal
  addresses, load balancer targets and health checkers are not labeled.
- url: URLs that are personal (social profile of a customer, presigned link to one
  patient's Rx/document); the whole URL is one span. Generic API URLs are not labeled.
- photo: base64 face images (try-on snapshots); the span covers the base64 payload only,
  not the "data:image/jpeg;base64," prefix.
- biometric: retinal (fundus) photo thumbnails in base64, face-mesh landmark arrays and
  face embeddings. Pupillary distance, segment heights and other fitting measurements alone
  are not labeled.
- license: driver's licence / state ID numbers of patients or guardians.
- vehicle: licence plates given for curbside pickup.
- fax/phone/email: only those of the persons above (an email URL-encoded in a query string is
  labeled as it appears, e.g. name%40gmail.com). Prescriber, store and lab phones/faxes
  are not labeled.
- ssn: full SSNs (X12 REF*SY, intake forms); masked forms not labeled.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

ID = "nk"
R = random.Random(21021)
HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = dt.date(2024, 3, 11)


# ---------------------------------------------------------------- line builder
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.n = 0
        self.spans = []
        self.vals = []

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        if cat is None:
            return self.t(s)
        assert s, "empty span"
        s0 = self.n
        self.t(s)
        self.spans.append({"s": s0, "e": self.n, "cat": cat})
        self.vals.append(s)
        return self

    def text(self):
        return "".join(self.buf)


class T:
    """Tagged value for structured emitters."""

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


def emit(line, obj, sep=(",", ":"), ruby=False):
    if isinstance(obj, T):
        if isinstance(obj.v, str):
            enc = json.dumps(obj.v, ensure_ascii=False)
            assert enc[1:-1] == obj.v, obj.v
            line.t('"').p(obj.v, obj.cat).t('"')
        else:
            line.p(json.dumps(obj.v, ensure_ascii=False, separators=sep), obj.cat)
    elif isinstance(obj, dict):
        line.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                line.t(sep[0])
            line.t(json.dumps(k, ensure_ascii=False))
            line.t("=>" if ruby else sep[1])
            emit(line, v, sep, ruby)
        line.t("}")
    elif isinstance(obj, list):
        line.t("[")
        for i, v in enumerate(obj):
            if i:
                line.t(sep[0])
            emit(line, v, sep, ruby)
        line.t("]")
    elif ruby and obj is None:
        line.t("nil")
    else:
        line.t(json.dumps(obj, ensure_ascii=False))
    return line


# ---------------------------------------------------------------- helpers
def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def ch(seq):
    return R.choice(seq)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + ch("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def npi():
    base = ch("12") + digits(8)
    s = "80840" + base
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return base + str((10 - total % 10) % 10)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def fake_jpeg(n):
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
    return base64.b64encode(head + bytes(R.randrange(256) for _ in range(n))).decode()


def fake_png(n):
    head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x80\x00\x00\x00\x80\x08\x02\x00\x00\x00"
    return base64.b64encode(head + bytes(R.randrange(256) for _ in range(n))).decode()


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]


def dfmt(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_nz":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "d8":
        return d.strftime("%Y%m%d")
    if style == "es":
        return d.strftime("%d/%m/%Y")
    if style == "long":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "mon":
        return d.strftime("%d-%b-%Y").upper()
    if style == "es_long":
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "dash":
        return d.strftime("%m-%d-%Y")
    if style == "mdy8":
        return d.strftime("%m%d%Y")
    raise ValueError(style)


def pfmt(ph, style):
    a, b, c = ph[:3], ph[3:6], ph[6:]
    return {
        "paren": f"({a}) {b}-{c}",
        "dash": f"{a}-{b}-{c}",
        "plain": ph,
        "e164": f"+1{ph}",
        "intl": f"+1 {a} {b} {c}",
        "dot": f"{a}.{b}.{c}",
        "sp": f"{a} {b} {c}",
        "one": f"1-{a}-{b}-{c}",
    }[style]


# ---------------------------------------------------------------- reference data
FIRST_ES_F = ["María José", "Lucía", "Guadalupe", "Ximena", "Valentina", "Itzel", "Camila",
              "Renata", "Yolanda", "Maricela", "Nayeli", "Rocío", "Araceli", "Dulce María",
              "Concepción", "Esperanza", "Marisol", "Ana Sofía"]
FIRST_ES_M = ["José Luis", "Alejandro", "Santiago", "Jesús", "Mateo", "Héctor", "Rigoberto",
              "Óscar", "Ángel", "Juan Carlos", "Efraín", "Joaquín", "Tomás", "Rubén", "Iker"]
LAST_ES = ["García", "Hernández-Ortega", "Rodríguez Peña", "de la Cruz", "Quispe Mamani",
           "Villaseñor", "Núñez", "Ibarra", "Castañeda", "del Valle", "Zúñiga", "Olvera",
           "Martínez Soto", "Ayala", "Peña", "Robles-Gutiérrez", "Sepúlveda", "Montes de Oca",
           "Carrasco", "Báez"]
FIRST_O_F = ["Priya", "Hye-jin", "Chidinma", "Aisling", "Siobhan", "Anastasia", "Fatima",
             "Ingrid", "Zoë", "Brittany", "Keisha", "Olga", "Nilufar", "Esther", "Aaliyah",
             "Mary-Kate", "Thi Mai", "Yuki", "Dagny", "Precious", "Margaret", "Ruth"]
FIRST_O_M = ["Wei", "Haruto", "Oluwaseun", "Dmitri", "Mohammed", "Kwame", "Björn", "Tyler",
             "Darnell", "Giuseppe", "François", "Tariq", "Jean-Pierre", "Minh", "Rajesh",
             "Connor", "Emeka", "Lars", "Harold", "Walter"]
LAST_O = ["Nguyen", "Okafor", "O'Brien", "Van der Berg", "McAllister", "Kowalski", "Al-Rashid",
          "Patel", "Kim", "Tanaka", "Müller", "Novak", "Washington", "Schmidt-Larsen",
          "D'Angelo", "St. Clair", "van Houten", "Adeyemi", "Chen", "Lindqvist", "MacLeod",
          "Abernathy", "Bianchi", "Szymańska", "Yamamoto", "Haddad", "Petrov", "Johnson",
          "Williams", "Brown", "Tran", "Osei-Bonsu", "Fitzgerald", "Le"]

PLACES = [  # city, state, zip prefix list, area codes, street names
    ("Chicago", "IL", ["60618", "60623", "60608", "60632", "60647", "60625"], ["773", "312", "872"],
     ["N Kedzie Ave", "W 26th St", "S Pulaski Rd", "W Belmont Ave", "N Milwaukee Ave", "W Cermak Rd", "S Kostner Ave"]),
    ("Cicero", "IL", ["60804"], ["708"], ["W Cermak Rd", "S Cicero Ave", "W 31st St"]),
    ("Houston", "TX", ["77036", "77081", "77011", "77087"], ["713", "832", "281"],
     ["Bellaire Blvd", "Harrisburg Blvd", "Gessner Rd", "Telephone Rd", "Fondren Rd"]),
    ("Pasadena", "TX", ["77506"], ["713"], ["Shaver St", "Red Bluff Rd"]),
    ("El Paso", "TX", ["79912", "79905", "79936"], ["915"], ["Alameda Ave", "Zaragoza Rd", "Mesa St"]),
    ("San Antonio", "TX", ["78207", "78228", "78237"], ["210"], ["Guadalupe St", "Culebra Rd", "S Zarzamora St"]),
    ("Phoenix", "AZ", ["85033", "85009", "85041"], ["602", "623"], ["W Indian School Rd", "N 35th Ave", "W Baseline Rd"]),
    ("Mesa", "AZ", ["85204"], ["480"], ["E Broadway Rd", "S Dobson Rd"]),
    ("Los Angeles", "CA", ["90022", "90011", "90033", "90019"], ["323", "213"],
     ["E Cesar E Chavez Ave", "S Central Ave", "W Pico Blvd", "Whittier Blvd"]),
    ("Santa Ana", "CA", ["92704", "92701"], ["714"], ["S Bristol St", "W 1st St"]),
    ("Fresno", "CA", ["93706", "93702"], ["559"], ["E Kings Canyon Rd", "S Elm Ave"]),
    ("Hialeah", "FL", ["33012", "33010"], ["305", "786"], ["W 49th St", "E 4th Ave", "Palm Ave"]),
    ("Miami", "FL", ["33135", "33125"], ["305", "786"], ["SW 8th St", "NW 7th St", "SW 27th Ave"]),
    ("Orlando", "FL", ["32822", "32839"], ["407"], ["S Semoran Blvd", "Oak Ridge Rd"]),
    ("Denver", "CO", ["80219", "80204"], ["303", "720"], ["S Federal Blvd", "W Alameda Ave"]),
    ("Albuquerque", "NM", ["87105", "87121"], ["505"], ["Isleta Blvd SW", "Central Ave SW"]),
    ("Elizabeth", "NJ", ["07201", "07206"], ["908"], ["Elizabeth Ave", "Magnolia Ave"]),
    ("Bronx", "NY", ["10453", "10457"], ["718", "347"], ["Grand Concourse", "E Tremont Ave", "Webster Ave"]),
]

STORES = [
    ("0142", "Chicago", "IL", "2301 N Milwaukee Ave", "60647", "7735550100"),
    ("0157", "Houston", "TX", "6650 Bellaire Blvd Ste 110", "77074", "7135550190"),
    ("0203", "Phoenix", "AZ", "3320 W Indian School Rd", "85017", "6025550122"),
    ("0318", "Hialeah", "FL", "1140 W 49th St", "33012", "3055550177"),
    ("0411", "Los Angeles", "CA", "4720 Whittier Blvd", "90022", "3235550161"),
    ("0427", "El Paso", "TX", "7944 N Mesa St", "79932", "9155550133"),
]

DOCTORS = [(n, npi(), lic) for n, lic in [
    ("Renee Halvorsen", "IL 027-004418"), ("Anil Mehta", "TX OD-7731"), ("Carolina Ferrer", "AZ OPT-3318"),
    ("Samuel Osei", "FL OPT 6120"), ("Grace Liu", "CA OPT-15520"), ("Diego Arriaga", "TX OD-9102")]]
STAFF = ["Dana K.", "M. Oyelaran", "Kristen B.", "Luis F.", "T. Brandt", "Ana R.", "Jordan P.", "Sam W."]
AGENTS = [("Jordan Ellison", "j.ellison"), ("Paola Rivas", "p.rivas"), ("Marcus Lee", "m.lee"),
          ("Beatriz Cano", "b.cano")]
FRAMES = [("RB5154", "Ray-Ban Clubmaster", "49-21-140"), ("OX8046", "Oakley Airdrop", "55-18-143"),
          ("VN2210", "VistaNova Lennox", "52-19-145"), ("CK5975", "Calvin Klein CK5975", "53-17-140"),
          ("VN1107K", "VistaNova Kids Pip", "44-16-125"), ("GU2759", "Guess GU2759", "52-16-135"),
          ("TF2211", "Tiffany TF2211", "53-17-140"), ("VN3302", "VistaNova Marlowe", "54-18-145")]
LENSES = ["1.67 AR BLUE", "POLY SV AR", "TRIVEX SV", "1.74 HI-IDX", "VARILUX X", "POLY PAL CLR",
          "CR39 SV TR", "1.60 TRANS GEN S", "POLY SV KIDS"]
CLS = [("Acuvue Oasys 1-Day 90pk", "ACU-O1D-90", 8.5, 14.3), ("Dailies Total1 30pk", "DT1-30", 8.5, 14.1),
       ("Biofinity 6pk", "BIO-6", 8.6, 14.0), ("Air Optix HydraGlyde 6pk", "AOHG-6", 8.6, 14.2),
       ("MyDay Toric 90pk", "MYDT-90", 8.6, 14.5), ("Precision1 30pk", "PR1-30", 8.3, 14.2)]
PAYERS = {"VSP": ("VISION SERVICE PLAN", "VSP01"), "EyeMed": ("EYEMED VISION CARE", "EYEMD"),
          "Davis": ("DAVIS VISION", "DAVIS"), "Medicaid": ("TX MEDICAID", "TXMCD")}


# ---------------------------------------------------------------- people
class P:
    pass


def email_for(first, last, born):
    f = fold(first.split()[0]).lower().replace("'", "")
    l = fold(last.split()[-1]).lower().replace("'", "").replace(".", "")
    l2 = fold(last).lower().replace(" ", "").replace("'", "").replace(".", "")
    yy = born.year % 100
    u = ch([f"{f}.{l}", f"{f}{l2}{yy:02d}", f"{f[0]}{l}", f"{l}.{f}", f"{f}_{l}{R.randint(1, 99)}",
            f"{f}{l}{born.year}", f"{f[:4]}.{l2[:6]}"])
    dom = ch(["gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com",
              "aol.com", "live.com", "comcast.net", "prodigy.net.mx"])
    return f"{u}@{dom}"


def make_person(kind=None, last=None, place=None, sex=None):
    p = P()
    kind = kind or R.choices(["adult", "minor", "senior", "nonagenarian"], [70, 18, 6, 6])[0]
    p.kind = kind
    es = R.random() < 0.5
    p.lang = "es" if es and R.random() < 0.7 else "en"
    p.sex = sex or ch("FM")
    if es:
        p.first = ch(FIRST_ES_F if p.sex == "F" else FIRST_ES_M)
        p.last = last or ch(LAST_ES)
    else:
        p.first = ch(FIRST_O_F if p.sex == "F" else FIRST_O_M)
        p.last = last or ch(LAST_O)
    age = {"adult": R.randint(19, 74), "minor": R.randint(4, 16), "senior": R.randint(75, 88),
           "nonagenarian": R.randint(90, 97)}[kind]
    p.age = age
    p.dob = dt.date(TODAY.year - age - 1, 1, 1) + dt.timedelta(days=R.randint(70, 360))
    if (TODAY - p.dob).days // 365 != age:
        p.dob = dt.date(TODAY.year - age, 1, 5) if TODAY.year - age > 0 else p.dob
    p.age = (TODAY - p.dob).days // 365
    pl = place or ch(PLACES)
    p.city, p.state = pl[0], pl[1]
    p.zip = ch(pl[2])
    p.zip4 = f"{p.zip}-{R.randint(1000, 9999)}"
    p.phone = ch(pl[3]) + str(R.randint(2, 9)) + digits(2) + digits(4)
    p.street = f"{R.randint(100, 9899)} {ch(pl[4])}"
    p.unit = ch(["", "", "", f"Apt {R.randint(1, 40)}{ch(['', 'B', 'C'])}", f"Unit {R.randint(1, 12)}", "# 2R"])
    p.email = email_for(p.first, p.last, p.dob)
    p.chart = ch(["CH00", "CH00", "CH01"]) + digits(5) if R.random() < 0.8 else f"P-{ch(STORES)[0]}-{digits(5)}"
    p.plan = R.choices(["VSP", "EyeMed", "Davis", "Medicaid", None], [40, 30, 8, 8 if kind == "minor" else 1, 14])[0]
    if p.plan == "VSP":
        p.member = ch(["", "000"]) + digits(9)
    elif p.plan == "EyeMed":
        p.member = "1" + digits(9)
    elif p.plan == "Davis":
        p.member = "DV" + digits(9)
    elif p.plan == "Medicaid":
        p.member = digits(9)
    else:
        p.member = None
    p.group = ch(["12003456", "30088214", "00915522", "G77120", "40412-0001", "9931055"])
    p.ssn = ssn()
    p.cust = "7" + digits(12)
    p.loyalty = f"VNR{digits(4)}{digits(5)}"
    p.username = ch([fold(p.first.split()[0]).lower() + "." + fold(p.last.split()[-1]).lower().replace("'", ""),
                     fold(p.first.split()[0]).lower()[:4] + fold(p.last).lower().replace(" ", "").replace("'", "")[:5] + str(R.randint(1, 99)),
                     "lentes_" + fold(p.first.split()[0]).lower() + str(p.dob.year % 100)])
    p.ip = f"{ch([73, 98, 24, 67, 71, 108, 172, 189, 201, 47, 99, 76, 174])}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}"
    if p.ip.startswith("172.") and 16 <= int(p.ip.split(".")[1]) <= 31:
        p.ip = "174." + p.ip.split(".", 1)[1]
    p.idfv = uuid4().upper()
    p.android_id = hexs(16)
    p.dl = {"IL": lambda: f"{fold(p.last)[0].upper()}{digits(3)}-{digits(4)}-{digits(4)}",
            "TX": lambda: digits(8), "CA": lambda: ch("ABDEFGN") + digits(7),
            "FL": lambda: f"{fold(p.last)[0].upper()}{digits(3)}-{digits(3)}-{digits(2)}-{digits(3)}-0",
            "AZ": lambda: "D" + digits(8), "NY": lambda: digits(9)}.get(p.state, lambda: "S" + digits(8))()
    p.plate = ch([f"{ch('ABCDEFGHJKLMNPRSTVWXYZ')}{ch('ABCDEFGHJKLMNPRSTVWXYZ')}{ch('ABCDEFGHJKLMNPRSTVWXYZ')}-{digits(4)}",
                  f"{digits(1)}{ch('ABCDEFGHJKLMNPRSTVWXYZ')}{ch('ABCDEFGHJKLMNPRSTVWXYZ')}{ch('ABCDEFGHJKLMNPRSTVWXYZ')}{digits(3)}",
                  f"{ch('ABCDEFGHJKLMNPRSTVWXYZ')}{digits(2)} {digits(4)}"])
    p.guardian = None
    p.rel = None
    if kind == "minor":
        rel = ch(["MOTHER", "FATHER", "MOTHER", "GRANDMOTHER", "LEGAL GUARDIAN"])
        gsex = {"MOTHER": "F", "FATHER": "M", "GRANDMOTHER": "F"}.get(rel)
        g = make_person("adult", last=p.last.split()[0] if " " in p.last and p.last in LAST_ES and R.random() < .5 else p.last, place=pl, sex=gsex)
        g.age = R.randint(max(24, p.age + 19), p.age + 45) if rel != "GRANDMOTHER" else R.randint(p.age + 42, p.age + 60)
        g.dob = dt.date(TODAY.year - g.age - 1, 1, 1) + dt.timedelta(days=R.randint(70, 360))
        g.age = (TODAY - g.dob).days // 365
        g.phone, g.street, g.unit, g.zip, g.zip4, g.city = g.phone, p.street, p.unit, p.zip, p.zip4, p.city
        p.guardian = g
        p.rel = rel
        if p.plan not in (None, "Medicaid"):
            g.plan, g.member = p.plan, p.member
        p.email = g.email
        p.phone = g.phone
    p.exam = TODAY - dt.timedelta(days=ch([0, 0, 0, 1, 2, 3, 6, 13, 20, 34, 60, 120]))
    p.rx_exp = p.exam.replace(year=p.exam.year + (1 if R.random() < .6 else 2))
    p.appt = TODAY + dt.timedelta(days=R.randint(1, 45))
    p.encounter = ch([f"ENC{p.exam.strftime('%y%m%d')}{digits(5)}", f"E-{p.exam.year}-{digits(6)}", f"V{digits(8)}"])
    p.pd = round(R.uniform(54, 70) * 2) / 2 if kind != "minor" else round(R.uniform(46, 56) * 2) / 2
    return p


PEOPLE = [make_person() for _ in range(150)]
MINORS = [p for p in PEOPLE if p.kind == "minor"]
OLD = [p for p in PEOPLE if p.age > 89]
assert len(OLD) >= 4 and len(MINORS) >= 10


def person(kind=None):
    if kind == "minor":
        return ch(MINORS)
    if kind == "old":
        return ch(OLD)
    return ch(PEOPLE)


def nm(p, style=None):
    style = style or ch(["fl", "fl", "fl", "lf", "LF", "UP", "low", "init", "fi"])
    f, l = p.first, p.last
    return {"fl": f"{f} {l}", "lf": f"{l}, {f}", "LF": f"{fold(l).upper()}, {fold(f).upper()}",
            "UP": f"{f.upper()} {l.upper()}", "low": f"{f.lower()} {l.lower()}",
            "init": f"{f[0]}. {l}", "fi": f"{f} {l[0]}.", "LFraw": f"{l.upper()}, {f.upper()}"}[style]


def kid_word(p, lang):
    g = p.rel == "GRANDMOTHER"
    if lang == "es":
        return ("nieta" if p.sex == "F" else "nieto") if g else ("hija" if p.sex == "F" else "hijo")
    return ("granddaughter" if p.sex == "F" else "grandson") if g else ("daughter" if p.sex == "F" else "son")


REL_ES = {"MOTHER": "la mamá", "FATHER": "el papá", "GRANDMOTHER": "la abuela", "LEGAL GUARDIAN": "el tutor legal"}
REL_HL7 = {"MOTHER": "MTH^Mother", "FATHER": "FTH^Father", "GRANDMOTHER": "GRP^Grandparent", "LEGAL GUARDIAN": "GRD^Guardian"}
PLAN_NAMES = {"VSP": "VSP SIGNATURE PLAN", "EyeMed": "EYEMED INSIGHT", "Davis": "DAVIS VISION CORE"}


def rx_eye():
    sph = R.choice([x / 4 for x in range(-32, 17)])
    cyl = R.choice([0.0, 0.0, -0.25, -0.5, -0.75, -1.0, -1.25, -1.75, -2.25])
    ax = R.randint(1, 180) if cyl else 180
    return sph, cyl, ax


def fsph(x):
    return f"{x:+.2f}"


_CYC = {}


def cyc(key, n):
    """Cycle through n variants in shuffled rounds so every variant gets used."""
    bag = _CYC.setdefault(key, [])
    if not bag:
        bag.extend(R.sample(range(n), n))
    return bag.pop()


# ---------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 11, 13, 58, 2, 118000)

    def tick(self):
        self.t += dt.timedelta(microseconds=R.randint(40_000, 21_000_000))
        return self.t


CLK = Clock()


def iso_z(t, ms=3):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}"[:ms] + "Z"


def local(t):
    return t - dt.timedelta(hours=5)


# ---------------------------------------------------------------- generators
SPRING_LOGGERS = {
    "ehr": ["c.v.ehr.exam.web.ExamController", "c.v.ehr.exam.service.ExamService", "c.v.ehr.iop.IopAlertService",
            "c.v.e.patient.PatientMergeService", "c.v.ehr.consent.MinorConsentService"],
    "elig": ["c.v.ins.elig.EligibilityService", "c.v.ins.x12.X12Client", "c.v.ins.eyemed.EyeMedSoapClient"],
    "claims": ["c.v.claims.edi.X12Writer", "c.v.claims.submit.ClaimSubmitter"],
    "lab": ["c.v.lab.order.LabOrderService", "c.v.lab.dcs.DcsBridgeClient"],
}


def spring_prefix(line, lvl, logger, thread=None):
    t = local(CLK.tick())
    thread = thread or ch(["nio-8080-exec-" + str(R.randint(1, 10)), "nio-8080-exec-" + str(R.randint(1, 10)), "scheduling-1",
                           "task-" + str(R.randint(1, 8)), "elig-worker-" + str(R.randint(1, 4)), "kafka-listener-0-C-1"])
    if len(thread) > 15:
        thread = thread[-15:]
    lg = logger if len(logger) <= 40 else logger[:40]
    line.t(f"{t.strftime('%Y-%m-%d %H:%M:%S')}.{t.microsecond // 1000:03d} {lvl:>5} 1 --- [{thread:>15}] {lg:<40} : ")
    return line


def g_spring(phi):
    L = Line("spring_boot")
    if not phi:
        k = cyc(1, 14)
        if k == 0:
            spring_prefix(L, "INFO", "c.v.ehr.ExamServiceApplication", "main").t(
                f"Started ExamServiceApplication in {R.uniform(9, 22):.3f} seconds (JVM running for {R.uniform(22, 30):.3f})")
        elif k == 1:
            spring_prefix(L, "INFO", "com.zaxxer.hikari.HikariDataSource", "main").t("HikariPool-1 - Start completed.")
        elif k == 2:
            spring_prefix(L, "INFO", "o.s.b.w.embedded.tomcat.TomcatWebServer", "main").t(
                "Tomcat started on port(s): 8080 (http) with context path ''")
        elif k == 3:
            spring_prefix(L, "INFO", "o.s.web.servlet.DispatcherServlet").t(
                f"Completed initialization in {R.randint(1, 9)} ms")
        elif k == 4:
            spring_prefix(L, "INFO", ch(SPRING_LOGGERS["elig"]), "scheduling-1").t(
                f"EligibilityRetryJob finished: retried={R.randint(2, 30)} ok={R.randint(1, 20)} failed={R.randint(0, 4)} elapsed={R.randint(300, 9000)}ms")
        elif k == 5:
            spring_prefix(L, "WARN", "o.h.engine.jdbc.spi.SqlExceptionHelper").t("SQL Error: 0, SQLState: 57014")
        elif k == 6:
            spring_prefix(L, "WARN", "o.s.w.s.m.s.DefaultHandlerExceptionResolver").t(
                "Resolved [org.springframework.web.HttpMediaTypeNotSupportedException: Content type 'text/plain;charset=UTF-8' not supported]")
        elif k == 7:
            spring_prefix(L, "INFO", "i.g.r.c.CircuitBreakerStateMachine", "elig-worker-2").t(
                f"CircuitBreaker 'vspEligibility' changed state from {ch(['CLOSED to OPEN', 'OPEN to HALF_OPEN', 'HALF_OPEN to CLOSED'])}")
        elif k == 8:
            spring_prefix(L, "INFO", "o.a.k.c.c.internals.ConsumerCoordinator", "kafka-listener-0-C-1").t(
                f"[Consumer clientId=lab-order-svc-0, groupId=lab-orders] Setting offset for partition lab.jobs.v1-{R.randint(0, 5)} to the committed offset FetchPosition{{offset={R.randint(100000, 400000)}, offsetEpoch=Optional[7], currentLeader=LeaderAndEpoch{{leader=Optional[b-2.vn-msk.3k1x2p.c4.kafka.us-east-2.amazonaws.com:9094 (id: 2 rack: use2-az2)], epoch=7}}}}")
        elif k == 9:
            spring_prefix(L, "DEBUG", "c.v.lab.dcs.DcsBridgeClient").t(
                f"DCS session opened host=10.40.{R.randint(1, 9)}.{R.randint(10, 200)}:{ch([5001, 5003, 7070])} device=LMS-PCLL-01 proto=DCS-3.12 keepalive=30s")
        elif k == 10:
            spring_prefix(L, "INFO", "c.v.ehr.exam.service.ExamService").t(
                f"Refraction template v3.{R.randint(0, 4)} loaded ({R.randint(10, 16)} fields) for store {ch(STORES)[0]}")
        elif k == 11:
            spring_prefix(L, "ERROR", "c.v.ins.x12.X12Client", "elig-worker-3").t(
                f"Clearinghouse POST https://edi.vn-clearinghouse.example/x12/realtime failed: java.net.SocketTimeoutException: Read timed out (timeout={ch([8000, 15000])}ms) traceId={hexs(32)}")
        elif k == 12:
            spring_prefix(L, "INFO", "o.s.b.a.e.web.EndpointLinksResolver", "main").t(
                "Exposing 3 endpoint(s) beneath base path '/actuator'")
        else:
            spring_prefix(L, "INFO", ch(SPRING_LOGGERS["claims"])).t(
                f"837P batch {R.randint(3000, 9000)} built: claims={R.randint(3, 60)} bytes={R.randint(8000, 90000)} sha256={hexs(16)}... payer={ch(['VSP01', 'EYEMD'])}")
        return [L]
    p = person()
    k = cyc(2, 11)
    doc = ch(DOCTORS)
    if k == 10:
        spring_prefix(L, "INFO", "c.v.ehr.rx.RxReleaseService").t("Rx released in store to ").p(nm(p, ch(["fl", "LF", "init"])), "name") \
            .t(f" idCheck=DL/{p.state}/").p(p.dl, "license").t(" chart=").p(p.chart, "mrn").t(f" releasedBy={ch(STAFF)}")
    elif k == 0:
        spring_prefix(L, "INFO", "c.v.ehr.exam.service.ExamService").t("Finalized exam encounter=").p(p.encounter, "other_id") \
            .t(" chart=").p(p.chart, "mrn").t(" patient='").p(nm(p, "LF"), "name").t("' dos=").p(dfmt(p.exam, "iso"), "date") \
            .t(f" provider=NPI {doc[1]} codes=[92014,92015] durationMs={R.randint(30, 400)}")
    elif k == 1:
        bad = dfmt(p.dob, ch(["us_short", "es", "us_nz"]))
        spring_prefix(L, "WARN", "o.s.w.s.m.s.DefaultHandlerExceptionResolver").t(
            "Resolved [org.springframework.http.converter.HttpMessageNotReadableException: JSON parse error: Cannot deserialize value of type `java.time.LocalDate` from String \"") \
            .p(bad, "date").t(f"\": Failed to deserialize java.time.LocalDate: (java.time.format.DateTimeParseException) Text '").p(bad, "date") \
            .t("' could not be parsed at index 0]")
    elif k == 2:
        spring_prefix(L, "INFO", "c.v.ins.elig.EligibilityService", "elig-worker-1").t(
            f"270 queued payer={p.plan or 'VSP'} ").t("memberId=").p(p.member or p.ssn.replace("-", ""), "health_plan" if p.member else "ssn") \
            .t(" lastName=").p(fold(p.last).upper(), "name").t(" dob=").p(dfmt(p.dob, "d8"), "date").t(f" svc=AL,AM,AO trn={digits(10)}")
    elif k == 3:
        iop = (R.randint(22, 31), R.randint(19, 30))
        spring_prefix(L, "WARN", "c.v.ehr.iop.IopAlertService").t("IOP above threshold chart=").p(p.chart, "mrn") \
            .t(f" OD={iop[0]} OS={iop[1]} mmHg method=NCT threshold=21 -> task created for Dr. {doc[0]} (recheck GAT)")
    elif k == 4:
        m = person("minor")
        g = m.guardian
        spring_prefix(L, "INFO", "c.v.ehr.consent.MinorConsentService").t("consent recorded chart=").p(m.chart, "mrn") \
            .t(f" minorAge={m.age} guardian=\"").p(nm(g, "fl"), "name").t(f"\" relationship={m.rel} guardianPhone=") \
            .p(pfmt(g.phone, ch(["dash", "plain", "paren"])), "phone").t(" method=TOPAZ_SIGPAD")
    elif k == 5:
        o = person()
        spring_prefix(L, "INFO", "c.v.e.patient.PatientMergeService").t("merged duplicate chart ").p(o.chart, "mrn") \
            .t(" into ").p(p.chart, "mrn").t(" (matched name+dob '").p(nm(p, "UP"), "name").t("' ").p(dfmt(p.dob, "iso"), "date").t(")")
    elif k == 6:
        spring_prefix(L, "ERROR", "c.v.lab.order.LabOrderService").t(
            f"Lab rejected job {digits(7)}: CYL/AX mismatch OD (cyl=-0.75 ax=0) for patient ").p(nm(p, ch(["LF", "fl"])), "name") \
            .t(" rxDate=").p(dfmt(p.exam, "us"), "date")
    elif k == 7:
        spring_prefix(L, "DEBUG", "c.v.ins.eyemed.EyeMedSoapClient", "elig-worker-2").t("<<< response body: ")
        L.t('<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><EligibilityResponse><Member><MemberId>') \
            .p(p.member or ("1" + digits(9)), "health_plan").t("</MemberId><FirstName>").p(p.first.upper(), "name") \
            .t("</FirstName><LastName>").p(p.last.upper(), "name").t("</LastName><DateOfBirth>").p(dfmt(p.dob, "iso"), "date") \
            .t(f"</DateOfBirth><Relationship>{ch(['Member', 'Spouse', 'Dependent'])}</Relationship></Member><Benefits><Exam eligible=\"true\" copay=\"10.00\"/><Frame eligible=\"{ch(['true', 'false'])}\" allowance=\"130.00\"/><NextEligibleDate>") \
            .p(dfmt(p.rx_exp, "iso"), "date").t("</NextEligibleDate></Benefits></EligibilityResponse></soap:Body></soap:Envelope>")
    elif k == 8:
        spring_prefix(L, "WARN", "o.s.validation.DataBinder").t(
            "Field error in object 'intakeForm' on field 'subscriberSsn': rejected value [").p(p.ssn, "ssn") \
            .t("]; codes [Pattern.intakeForm.subscriberSsn]; default message [must match \"^\\d{9}$\"]")
    else:
        spring_prefix(L, "INFO", "c.v.claims.submit.ClaimSubmitter").t("claim accepted payer=VSP claimNo=").p(digits(11), "other_id") \
            .t(" authNo=").p(digits(10), "other_id").t(" member=").p(p.member or digits(9), "health_plan") \
            .t(" dos=").p(dfmt(p.exam, "us"), "date").t(f" billed=${R.randint(95, 420)}.00")
    return [L]


def g_x12_837(phi):
    L = Line("x12_837")
    t = local(CLK.tick())
    spring_prefix(L, "DEBUG", "c.v.claims.edi.X12Writer", "task-" + str(R.randint(1, 8)))
    ctrl = R.randint(1000, 99999)
    L.t(f"837P payload=ISA*00*          *00*          *ZZ*VISTANOVA      *ZZ*VSP01          *{t.strftime('%y%m%d')}*{t.strftime('%H%M')}*^*00501*{ctrl:09d}*0*P*:~"
        f"GS*HC*VISTANOVA*VSP01*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}*{ctrl}*X*005010X222A1~ST*837*0001*005010X222A1~"
        f"BHT*0019*00*{digits(8)}*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}*CH~")
    doc = ch(DOCTORS)
    L.t(f"NM1*85*2*VISTANOVA OPTICAL #{ch(STORES)[0]}*****XX*{npi()}~HL*2*1*22*0~SBR*P*18*{ch(['12003456', '30088214'])}******VS~NM1*IL*1*")
    p = person()
    L.p(fold(p.last).upper(), "name").t("*").p(fold(p.first).upper(), "name").t("****MI*").p(p.member or digits(9), "health_plan").t("~N3*") \
        .p(fold(p.street).upper(), "address").t("~N4*").p(fold(p.city).upper(), "address").t(f"*{p.state}*").p(p.zip, "zip") \
        .t("~DMG*D8*").p(dfmt(p.dob, "d8"), "date").t(f"*{p.sex}~NM1*PR*2*VISION SERVICE PLAN*****PI*VSP01~CLM*") \
        .p(f"{digits(6)}{ch('ABCDE')}", "account").t(f"*{R.randint(120, 480)}***11:B:1*Y*A*Y*Y~DTP*472*D8*").p(dfmt(p.exam, "d8"), "date") \
        .t("~REF*G1*").p(digits(10), "other_id") \
        .t(f"~HI*ABK:H5213*ABF:H524~NM1*82*1*{fold(doc[0].split()[-1]).upper()}*{doc[0].split()[0].upper()}****XX*{doc[1]}~LX*1~SV1*HC:92014*125*UN*1***1~LX*2~SV1*HC:V2020*80*UN*1***1~LX*3~SV1*HC:V2103*45*UN*2***1~SE*31*0001~GE*1*{ctrl}~IEA*1*{ctrl:09d}~")
    return [L]


def g_x12_270(phi):
    L = Line("x12_270")
    t = local(CLK.tick())
    spring_prefix(L, "DEBUG", "c.v.ins.x12.X12Client", "elig-worker-" + str(R.randint(1, 4))).t("outbound 270: ")
    p = person(ch(["minor", None, None]))
    payer = p.plan if p.plan in PAYERS else "VSP"
    pn, pid = PAYERS[payer]
    ctrl = R.randint(1000, 999999)
    L.t(f"ISA*00*          *00*          *ZZ*VISTANOVA      *ZZ*{pid:<15}*{t.strftime('%y%m%d')}*{t.strftime('%H%M')}*^*00501*{ctrl:09d}*0*P*:~"
        f"GS*HS*VISTANOVA*{pid}*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}*{ctrl}*X*005010X279A1~ST*270*0001*005010X279A1~"
        f"BHT*0022*13*{digits(9)}*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}~HL*1**20*1~NM1*PR*2*{pn}*****PI*{pid}~HL*2*1*21*1~"
        f"NM1*1P*2*VISTANOVA OPTICAL*****XX*{npi()}~HL*3*2*22*{1 if p.guardian else 0}~TRN*1*{digits(8)}-{digits(5)}*9VISTANOVA~NM1*IL*1*")
    sub = p.guardian or p
    L.p(fold(sub.last).upper(), "name").t("*").p(fold(sub.first).upper(), "name").t("****MI*").p(p.member or digits(9), "health_plan").t("~")
    if R.random() < 0.35:
        L.t("REF*SY*").p(sub.ssn.replace("-", ""), "ssn").t("~")
    L.t("DMG*D8*").p(dfmt(sub.dob, "d8"), "date").t(f"*{sub.sex}~")
    if p.guardian:
        L.t("HL*4*3*23*0~TRN*1*").t(f"{digits(8)}*9VISTANOVA~NM1*03*1*").p(fold(p.last).upper(), "name").t("*").p(fold(p.first).upper(), "name") \
            .t("~DMG*D8*").p(dfmt(p.dob, "d8"), "date").t(f"*{p.sex}~INS*N*19~")
    L.t("DTP*291*D8*").p(dfmt(p.exam, "d8"), "date").t(f"~EQ*AL~EQ*AM~EQ*AO~SE*{14 if p.guardian else 13}*0001~GE*1*{ctrl}~IEA*1*{ctrl:09d}~")
    return [L]


def g_x12_271(phi):
    """Raw 271 segments, one per physical line (EDI trace file)."""
    p = person()
    payer = p.plan if p.plan in ("VSP", "EyeMed", "Davis") else "EyeMed"
    pn, pid = PAYERS[payer]
    t = local(CLK.tick())
    out = []

    def seg(s=None):
        L = Line("x12_271")
        if s:
            L.t(s)
        out.append(L)
        return L

    stc = f"{R.randint(1, 9999):04d}"
    seg(f"ST*271*{stc}*005010X279A1~")
    seg(f"BHT*0022*11*{digits(9)}*{t.strftime('%Y%m%d')}*{t.strftime('%H%M%S')}~")
    seg(f"NM1*PR*2*{pn}*****PI*{pid}~")
    seg(f"NM1*1P*2*VISTANOVA OPTICAL*****XX*{npi()}~")
    seg(f"TRN*2*{digits(8)}-{digits(5)}*9VISTANOVA~")
    seg("NM1*IL*1*").p(fold(p.last).upper(), "name").t("*").p(fold(p.first).upper(), "name").t("****MI*").p(p.member or digits(10), "health_plan").t("~")
    if R.random() < .8:
        seg("N3*").p(fold(p.street).upper(), "address").t("~")
        seg("N4*").p(fold(p.city).upper(), "address").t(f"*{p.state}*").p(p.zip4.replace("-", "") if R.random() < .4 else p.zip, "zip").t("~")
    seg("DMG*D8*").p(dfmt(p.dob, "d8"), "date").t(f"*{p.sex}~")
    seg("INS*Y*18*001*25~")
    seg("DTP*346*D8*").p(f"{TODAY.year}0101", "date").t("~")
    seg(f"EB*1*IND*AL**{PLAN_NAMES[payer]}~")
    seg(f"EB*B*IND*AN***27*{ch([0, 10, 15, 20])}~")
    seg(f"EB*F*IND*AM***23*{ch([130, 150, 175, 200])}*****Y~")
    seg(f"MSG*FRAME ALLOWANCE ${ch([130, 150, 175])} EVERY 24 MONTHS~")
    if R.random() < .5:
        seg("EB*C*IND*AO~")
        seg("DTP*304*D8*").p(dfmt(p.exam - dt.timedelta(days=R.randint(380, 700)), "d8"), "date").t("~")
    seg(f"SE*{len(out) + 1}*{stc}~")
    return out


def g_x12_999(phi):
    L = Line("x12_999")
    t = local(CLK.tick())
    ctrl = R.randint(1000, 99999)
    ik5 = ch(["A", "A", "E", "R"])
    L.t(f"{t.strftime('%Y-%m-%d %H:%M:%S')},{t.microsecond // 1000:03d} INFO  [edi-poller] inbound 999 file=/sftp/in/VSP01/999_{ctrl}.x12 body=")
    L.t(f"ISA*00*          *00*          *ZZ*VSP01          *ZZ*VISTANOVA      *{t.strftime('%y%m%d')}*{t.strftime('%H%M')}*^*00501*{R.randint(1, 99999):09d}*0*P*:~"
        f"GS*FA*VSP01*VISTANOVA*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}*{ctrl}*X*005010X231A1~ST*999*0001*005010X231A1~AK1*HC*{R.randint(3000, 9000)}*005010X222A1~"
        f"AK2*837*0001*005010X222A1~IK5*{ik5}~AK9*{ik5}*1*1*{0 if ik5 == 'R' else 1}~SE*6*0001~GE*1*{ctrl}~IEA*1*{R.randint(1, 99999):09d}~")
    return [L]


def g_rails(phi):
    L = Line("rails")
    t = local(CLK.tick())
    rid = uuid4()
    pid = ch([12, 14, 19, 23])
    lvl = "INFO"
    L.t(f"I, [{t.strftime('%Y-%m-%dT%H:%M:%S')}.{t.microsecond:06d} #{pid}]  {lvl} -- : [{rid}] ")
    if not phi:
        k = cyc(3, 8)
        if k == 0:
            L.t(f"Started GET \"/health\" for 10.0.{R.randint(1, 4)}.{R.randint(2, 250)} at {t.strftime('%Y-%m-%d %H:%M:%S')} -0500")
        elif k == 1:
            L.t(f"Completed 200 OK in {R.randint(3, 700)}ms (Views: {R.uniform(0.1, 90):.1f}ms | ActiveRecord: {R.uniform(0, 60):.1f}ms | Allocations: {R.randint(300, 90000)})")
        elif k == 2:
            L.t(f"Processing by {ch(['ProductsController#show', 'CartsController#update', 'CheckoutsController#create', 'Api::V1::RxUploadsController#create', 'Account::OrdersController#index'])} as {ch(['HTML', 'JSON', 'TURBO_STREAM'])}")
        elif k == 3:
            L.t('  Parameters: {"id"=>"' + ch(["acuvue-oasys-1-day-90pk", "dailies-total1-30pk", "biofinity-toric-6pk", "rb5154-clubmaster"]) + '", "variant"=>"' + digits(14) + '"}')
        elif k == 4:
            L.t(f"  Rendered {ch(['products/show.html.erb', 'checkouts/_rx_form.html.erb', 'carts/_summary.html.erb'])} within layouts/application (Duration: {R.uniform(1, 40):.1f}ms | Allocations: {R.randint(400, 9000)})")
        elif k == 5:
            L.t(f"  Order Load ({R.uniform(0.2, 3):.1f}ms)  SELECT \"orders\".* FROM \"orders\" WHERE \"orders\".\"number\" = $1 LIMIT $2  [[\"number\", \"VN{digits(7)}\"], [\"LIMIT\", 1]]")
        elif k == 6:
            L.t(f"Started GET \"/products/{ch(['acuvue-oasys-1-day-90pk', 'precision1-30pk', 'vn2210-lennox'])}\" for 10.0.{R.randint(1, 4)}.{R.randint(2, 250)} at {t.strftime('%Y-%m-%d %H:%M:%S')} -0500")
        else:
            L.t(f"Enqueued ContactLensReminderJob (Job ID: {uuid4()}) to Sidekiq(default) at {iso_z(CLK.t)}")
        return [L]
    p = person()
    k = cyc(4, 5)
    if k == 0:
        L.t("Started POST \"/checkout\" for ").p(p.ip, "ip").t(f" at {t.strftime('%Y-%m-%d %H:%M:%S')} -0500")
    elif k == 1:
        L.t('  Parameters: {"authenticity_token"=>"[FILTERED]", "checkout"=>')
        emit(L, {"email": T(p.email, "email"), "shipping_address": {"first_name": T(p.first, "name"), "last_name": T(p.last, "name"),
                 "address1": T(p.street, "address"), "address2": p.unit or None, "city": T(p.city, "address"), "province": p.state,
                 "zip": T(p.zip, "zip"), "phone": T(pfmt(p.phone, ch(["paren", "dash", "plain"])), "phone")},
                 "rx": {"patient_dob": T(dfmt(p.dob, "iso"), "date"), "prescriber_name": "Dr. " + ch(DOCTORS)[0], "prescriber_phone": pfmt(ch(STORES)[5], "paren"),
                        "od_power": fsph(rx_eye()[0]), "os_power": fsph(rx_eye()[0]), "bc": "8.5"}}, sep=(", ", "=>"), ruby=True)
        L.t(', "commit"=>"Place order"}')
    elif k == 2:
        L.t(f"Rx verification fax queued to prescriber {pfmt(ch(STORES)[5], 'dash')} for customer_id=").p(p.cust, "account") \
            .t(" patient=\"").p(nm(p, "fl"), "name").t("\" dob=").p(dfmt(p.dob, "us"), "date")
    elif k == 3:
        L.t("Started PATCH \"/account/patients/").p(p.chart, "mrn").t("\" for ").p(p.ip, "ip").t(f" at {t.strftime('%Y-%m-%d %H:%M:%S')} -0500")
    else:
        L.t("Customer signed in: ").p(p.email, "email").t(" (customer_id=").p(p.cust, "account").t(") via ").t(ch(["password", "magic_link", "apple"]))
    return [L]


def g_lograge(phi):
    L = Line("lograge")
    if not phi:
        L.t(f"method=GET path={ch(['/health', '/products/biofinity-6pk', '/cart', '/stores/0142', '/api/v1/frames?shape=round'])} format={ch(['html', 'json'])} controller={ch(['HealthController', 'ProductsController', 'CartsController', 'StoresController'])} action={ch(['show', 'index'])} status=200 duration={R.uniform(2, 300):.2f} view={R.uniform(0, 80):.2f} db={R.uniform(0, 30):.2f} remote_ip=10.0.{R.randint(1, 4)}.{R.randint(2, 250)} request_id={uuid4()}")
        return [L]
    p = person()
    L.t(f"method=POST path={ch(['/checkout', '/api/v1/rx_uploads', '/account/subscriptions', '/appointments'])} format=json controller={ch(['CheckoutsController', 'Api::V1::RxUploadsController', 'AppointmentsController'])} action=create status={ch([200, 201, 302, 422])} duration={R.uniform(40, 900):.2f} view=0.00 db={R.uniform(2, 80):.2f} remote_ip=") \
        .p(p.ip, "ip").t(" user_id=").p(p.cust, "account")
    if R.random() < .5:
        L.t(" appt_date=").p(dfmt(p.appt, "iso"), "date").t(f" store={ch(STORES)[0]}")
    L.t(f" request_id={uuid4()}")
    return [L]


def g_sidekiq(phi):
    L = Line("sidekiq")
    t = CLK.tick()
    jid = hexs(24)
    cls = ch(["ContactLensReminderJob", "RxVerificationJob", "EligibilityCheckJob", "LabStatusSyncJob", "ShopifyOrderImportJob", "AppointmentSmsJob"])
    if not phi:
        L.t(f"{iso_z(t)} pid={ch([7, 8, 9])} tid={hexs(4)} class={cls} jid={jid} {ch(['INFO: start', 'elapsed=' + str(round(R.uniform(0.02, 9), 3)) + ' INFO: done', 'INFO: start'])}")
        return [L]
    p = person()
    k = cyc(5, 4)
    if k == 3:
        L.t(f"{iso_z(t)} pid=9 tid={hexs(4)} class=RxCopyFaxJob jid={jid} INFO: faxed Rx copy to customer fax ").p(pfmt(p.phone[:3] + str(R.randint(2, 9)) + digits(6), ch(["e164", "one", "dash"])), "fax") \
            .t(" customer_id=").p(p.cust, "account").t(f" pages=1 sfax_id={digits(12)}")
    elif k == 0:
        L.t(f"{iso_z(t)} pid=8 tid={hexs(4)} class=AppointmentSmsJob jid={jid} WARN: Twilio::REST::RestError: [HTTP 400] 21211 : Unable to create record: The 'To' number ") \
            .p(pfmt(p.phone, "e164"), "phone").t(" is not a valid phone number.")
    elif k == 1:
        L.t('{"ts":"' + iso_z(t) + '","pid":9,"tid":"' + hexs(4) + '","lvl":"WARN","msg":"retry","ctx":{"class":"RxVerificationJob","jid":"' + jid + '"},"args":[')
        emit(L, {"customer_id": T(int(p.cust), "account"), "patient_name": T(nm(p, "fl"), "name"), "dob": T(dfmt(p.dob, "us"), "date"),
                 "prescriber_fax": pfmt(ch(STORES)[5], "plain")})
        L.t('],"error_class":"Faraday::TimeoutError","retry_count":' + str(R.randint(1, 12)) + "}")
    else:
        L.t(f"{iso_z(t)} pid=7 tid={hexs(4)} class=AppointmentSmsJob jid={jid} INFO: sent reminder to ").p(pfmt(p.phone, "e164"), "phone") \
            .t(" lang=" + p.lang + " appt=").p(dfmt(p.appt, "iso"), "date").t(f" store={ch(STORES)[0]} sid=SM{hexs(32)}")
    return [L]


def g_lambda(phi):
    t = CLK.tick()
    rid = uuid4()
    out = []
    fn = ch(["retina-thumb", "tryon-snapshot-ingest", "rx-ocr", "lab-ticket-export"])
    if not phi:
        k = cyc(6, 5)
        L = Line("lambda")
        if k == 0:
            L.t(f"START RequestId: {rid} Version: $LATEST")
        elif k == 1:
            L.t(f"END RequestId: {rid}")
        elif k == 2:
            d = R.uniform(20, 3000)
            L.t(f"REPORT RequestId: {rid}\tDuration: {d:.2f} ms\tBilled Duration: {int(d) + 1} ms\tMemory Size: {ch([512, 1024, 2048])} MB\tMax Memory Used: {R.randint(80, 700)} MB" + (f"\tInit Duration: {R.uniform(200, 900):.2f} ms" if R.random() < .3 else ""))
        elif k == 3:
            L.t(f"[INFO]\t{iso_z(t)}\t{rid}\tProcessing s3://vn-retina-raw/store{ch(STORES)[0]}/{t.strftime('%Y/%m/%d')}/IMG_{R.randint(1, 9999):04d}.dcm size={R.randint(800000, 9000000)} etag={hexs(32)}")
        else:
            L.t(f"[WARNING]\t{iso_z(t)}\t{rid}\tPIL.Image.DecompressionBombWarning: Image size ({R.randint(90, 120)}000000 pixels) exceeds limit of 89478485 pixels, could be decompression bomb DOS attack.")
        return [L]
    p = person()
    k = cyc(7, 4)
    L = Line("lambda")
    if k == 0:
        L.t(f"[INFO]\t{iso_z(t)}\t{rid}\tthumbnail ok patient_id=").p(p.chart, "mrn").t(f" eye={ch(['OD', 'OS'])} w=128 h=128 thumb_b64=") \
            .p(fake_png(R.randint(110, 200)), "biometric")
    elif k == 1:
        L.t(f"[ERROR]\t{iso_z(t)}\t{rid}\tKeyError: 'dob' while parsing OCR result for upload ").p(
            f"https://vn-rx-uploads.s3.us-east-2.amazonaws.com/cust/{p.cust}/rx_{fold(p.last.split()[-1]).lower().replace(chr(39), '')}_{p.exam.strftime('%Y%m%d')}.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=900&X-Amz-Signature={hexs(64)}", "url") \
            .t(" fields_found=['patient_name', 'sph', 'cyl', 'axis'] patient_name=").p(nm(p, "UP"), "name")
    elif k == 2:
        L.t(f"[INFO]\t{iso_z(t)}\t{rid}\t")
        emit(L, {"event": "tryon.snapshot.stored", "user": T(p.username, "other_id"), "device_id": T(p.idfv, "device"),
                 "bucket": "vn-tryon-snapshots", "key": f"{t.strftime('%Y/%m/%d')}/{uuid4()}.jpg", "bytes": R.randint(40000, 200000)})
    else:
        L.t(f"[INFO]\t{iso_z(t)}\t{rid}\tOCR extracted Rx: name=").p(nm(p, ch(["fl", "UP"])), "name").t(" exam_date=").p(dfmt(p.exam, ch(["us", "us_nz"])), "date") \
            .t(" expires=").p(dfmt(p.rx_exp, ch(["us", "us_nz"])), "date").t(f" conf=0.{R.randint(70, 99)}")
    out.append(L)
    return out


def g_json_structured(phi):
    L = Line("json_structured")
    t = CLK.tick()
    if not phi:
        k = cyc(8, 5)
        if k == 0:
            emit(L, {"@timestamp": iso_z(t), "@version": "1", "message": f"GET /actuator/health 200 {R.randint(1, 20)}ms", "logger_name": "c.v.common.web.AccessLogFilter",
                     "thread_name": f"http-nio-8080-exec-{R.randint(1, 10)}", "level": "INFO", "level_value": 20000, "traceId": hexs(32), "spanId": hexs(16), "service": ch(["ehr-exam-svc", "elig-svc", "lab-order-svc"])})
        elif k == 1:
            emit(L, {"level": 30, "time": int(t.timestamp() * 1000), "pid": R.randint(10, 99), "hostname": f"tryon-api-{hexs(10)}-{hexs(5)}", "msg": "request completed",
                     "req": {"method": "GET", "url": f"/v2/frames?sku={ch(FRAMES)[0]}&color={R.randint(1, 9)}"}, "res": {"statusCode": 200}, "responseTime": R.randint(2, 300)})
        elif k == 2:
            emit(L, {"ts": iso_z(t), "svc": "pos-sync", "level": "info", "msg": "batch uploaded", "store": ch(STORES)[0], "txns": R.randint(3, 140), "bytes": R.randint(2000, 90000),
                     "build": f"2024.3.{R.randint(1, 30)}+{hexs(7)}"})
        elif k == 3:
            emit(L, {"@timestamp": iso_z(t), "level": "WARN", "logger_name": "c.v.lab.order.LabOrderService", "message": f"Lab PCLL ack late for job {digits(7)} ({R.randint(30, 600)}s)",
                     "lab": "Pacific Coast Lens Lab", "labPhone": "(562) 555-0148", "labAccount": "PCLL-" + digits(5), "traceId": hexs(32)})
        else:
            emit(L, {"level": 50, "time": int(t.timestamp() * 1000), "pid": R.randint(10, 99), "hostname": f"tryon-api-{hexs(10)}-{hexs(5)}", "msg": "mesh model load failed",
                     "err": {"type": "Error", "message": "ENOENT: no such file or directory, open '/models/face_landmarker_v2.task'", "code": "ENOENT"}})
        return [L]
    p = person()
    k = cyc(9, 9)
    if k == 5:
        m = person("minor") if R.random() < .5 else p
        who = m.guardian or m
        emit(L, {"ts": iso_z(t), "svc": "pos-pickup", "level": "info", "msg": "pickup.verified", "store": ch(STORES)[0], "order": f"VN{digits(7)}",
                 "patient": T(nm(m, "fl"), "name"), "pickedUpBy": T(nm(who, "fl"), "name"), "idType": "DL", "idState": who.state, "idNumber": T(who.dl, "license"),
                 "verifiedBy": ch(STAFF)})
        return [L]
    if k == 6:
        emit(L, {"level": 30, "time": int(t.timestamp() * 1000), "hostname": f"tryon-api-{hexs(10)}-{hexs(5)}", "msg": "snapshot received", "userId": T(p.username, "other_id"),
                 "sessionId": uuid4(), "mime": "image/jpeg", "image": T(fake_jpeg(R.randint(140, 240)), "photo"), "faceCount": 1})
        return [L]
    if k == 7:
        emit(L, {"ts": iso_z(t), "svc": "curbside", "level": "info", "msg": "curbside.arrived", "store": ch(STORES)[0], "order": f"VN{digits(7)}",
                 "customer": T(nm(p, ch(["fl", "fi"])), "name"), "plate": T(p.plate, "vehicle"), "vehicle": ch(["gray Honda CR-V", "white Nissan Sentra", "red Ford F-150", "black Toyota Camry"]),
                 "spot": R.randint(1, 6), "phone": T(pfmt(p.phone, "e164"), "phone")})
        return [L]
    if k == 8:
        emit(L, {"@timestamp": iso_z(t), "level": "INFO", "logger_name": "c.v.ehr.rx.RxReleaseService", "message": "Rx copy faxed at patient request",
                 "chartNo": T(p.chart, "mrn"), "toFax": T(pfmt(p.phone[:3] + str(R.randint(2, 9)) + digits(6), ch(["dash", "plain", "e164"])), "fax"), "pages": 1, "faxJobId": "FX" + digits(9)})
        return [L]
    if k == 0:
        emit(L, {"@timestamp": iso_z(t), "level": "INFO", "logger_name": "c.v.ehr.exam.service.ExamService", "message": "appointment booked",
                 "patientName": T(nm(p, "fl"), "name"), "chartNo": T(p.chart, "mrn"), "apptDate": T(dfmt(p.appt, "iso"), "date"), "apptTime": f"{R.randint(9, 18)}:{ch(['00', '15', '30', '45'])}",
                 "storeId": ch(STORES)[0], "examType": ch(["COMPREHENSIVE", "CL_FIT", "CL_FOLLOWUP", "PEDIATRIC"]), "traceId": hexs(32)})
    elif k == 1:
        emit(L, {"level": 30, "time": int(t.timestamp() * 1000), "hostname": f"tryon-api-{hexs(10)}-{hexs(5)}", "msg": "measurement saved",
                 "userId": T(p.username, "other_id"), "clientIp": T(p.ip, "ip"), "pdMm": p.pd, "monoPd": [p.pd / 2 - .5, p.pd / 2 + .5], "frameSku": ch(FRAMES)[0]})
    elif k == 2:
        pre = ch(["4", "51", "37"])
        card = luhn_complete(pre, 15 if pre == "37" else 16)
        emit(L, {"ts": iso_z(t), "svc": "pos-gateway", "level": "error", "msg": "tender declined", "store": ch(STORES)[0], "reg": R.randint(1, 4),
                 "pan": T(card, "account"), "exp": f"{R.randint(1, 12):02d}/{R.randint(25, 29)}", "resp": ch(["05", "51", "54"]), "terminal": f"VX820-{digits(8)}"})
    elif k == 3:
        o = person("old")
        emit(L, {"@timestamp": iso_z(t), "level": "INFO", "logger_name": "c.v.ehr.exam.service.ExamService", "message": "high-risk flag",
                 "chartNo": T(o.chart, "mrn"), "age": T(o.age, "age"), "flags": ["FALL_RISK", "LOW_VISION"], "dos": T(dfmt(o.exam, "iso"), "date")})
    else:
        emit(L, {"ts": iso_z(t), "svc": "loyalty", "level": "info", "msg": "points posted", "loyaltyNo": T(p.loyalty, "account"), "email": T(p.email, "email"),
                 "points": R.randint(10, 400), "orderNo": "VN" + digits(7)})
    return [L]


def g_alb(phi):
    L = Line("alb_access")
    t = CLK.tick()
    lb = "app/vn-web-prod/50dc6c495c0c9188"
    host = ch(["shop.vistanova-optical.com", "portal.vistanova-optical.com", "api.vistanova-optical.com"])
    tgt = f"10.0.{R.randint(1, 4)}.{R.randint(10, 250)}:{ch([8080, 3000])}"
    if not phi and R.random() < .45:
        L.t(f"https {iso_z(t, 6)} {lb} 10.0.{R.randint(0, 3)}.{R.randint(2, 250)}:{R.randint(20000, 65000)} {tgt} 0.000 {R.uniform(0.001, 0.3):.3f} 0.000 {ch([200, 304, 404])} {ch([200, 304, 404])} {R.randint(200, 600)} {R.randint(300, 90000)} \"GET https://{host}:443/{ch(['assets/application-' + hexs(16) + '.js', 'assets/tryon-' + hexs(8) + '.css', 'robots.txt', 'favicon.ico', 'api/v1/stores/' + ch(STORES)[0] + '/hours'])} HTTP/1.1\" \"Amazon CloudFront\" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-2:{digits(12)}:targetgroup/vn-web-tg/{hexs(16)} \"Root=1-{hexs(8)}-{hexs(24)}\" \"{host}\" \"-\" 0 {iso_z(t, 6)} \"forward\" \"-\" \"-\" \"{tgt}\" \"200\" \"-\" \"-\"")
        return [L]
    if not phi:
        L.t(f"https {iso_z(t, 6)} {lb} 10.0.{R.randint(0, 3)}.{R.randint(2, 250)}:{R.randint(20000, 65000)} {tgt} 0.000 0.00{R.randint(1, 9)} 0.000 200 200 0 {R.randint(100, 900)} \"GET https://{host}:443/health HTTP/1.1\" \"ELB-HealthChecker/2.0\" - - arn:aws:elasticloadbalancing:us-east-2:{digits(12)}:targetgroup/vn-web-tg/{hexs(16)} \"Root=1-{hexs(8)}-{hexs(24)}\" \"{host}\" \"-\" 0 {iso_z(t, 6)} \"forward\" \"-\" \"-\" \"{tgt}\" \"200\" \"-\" \"-\"")
        return [L]
    p = person()
    path = ch([f"/account/orders", "/checkout", f"/api/v1/rx_uploads", "/appointments/new", "/tryon/share"])
    L.t(f"https {iso_z(t, 6)} {lb} ").p(p.ip, "ip").t(f":{R.randint(20000, 65000)} {tgt} 0.000 {R.uniform(0.01, 0.9):.3f} 0.000 {ch([200, 200, 302, 404])} {ch([200, 302])} {R.randint(200, 9000)} {R.randint(300, 90000)} \"{ch(['GET', 'POST'])} https://{host}:443{path}")
    if R.random() < .5:
        L.t("?email=").p(p.email.replace("@", "%40"), "email")
    L.t(f" HTTP/2.0\" \"{ch(['Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1', 'Mozilla/5.0 (Linux; Android 14; SM-A546U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36', 'VistaNovaTryOn/3.8.1 (iPhone; iOS 17.3.1; Scale/3.00)'])}\" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-2:{digits(12)}:targetgroup/vn-web-tg/{hexs(16)} \"Root=1-{hexs(8)}-{hexs(24)}\" \"{host}\" \"arn:aws:acm:us-east-2:{digits(12)}:certificate/{uuid4()}\" 0 {iso_z(t, 6)} \"forward\" \"-\" \"-\" \"{tgt}\" \"200\" \"-\" \"-\"")
    return [L]


def g_ehr_json(phi):
    L = Line("ehr_exam_json")
    t = CLK.tick()
    if not phi:
        k = cyc(10, 3)
        if k == 0:
            emit(L, {"ts": iso_z(t), "svc": "ehr-exam", "event": "device.import", "device": ch(["Topcon KR-800", "Nidek ARK-1s", "Reichert 7CR", "Huvitz HDR-9000"]),
                     "serial": ch(["KR8", "ARK", "7CR", "HDR"]) + digits(6), "store": ch(STORES)[0], "room": ch(["PT1", "PT2", "EX1", "EX2"]), "records": R.randint(1, 12), "status": "ok"},
                 sep=(", ", ": "))
        elif k == 1:
            emit(L, {"ts": iso_z(t), "svc": "ehr-exam", "event": "template.published", "template": "comprehensive_adult", "version": f"3.{R.randint(0, 4)}.{R.randint(0, 9)}",
                     "fields": ["va_sc", "va_cc", "manifest", "iop", "cvf", "slitlamp", "dfe"], "publishedBy": "clinical.ops@vistanova-optical.com"}, sep=(", ", ": "))
        else:
            emit(L, {"ts": iso_z(t), "svc": "ehr-exam", "event": "queue.depth", "store": ch(STORES)[0], "waiting": R.randint(0, 9), "in_pretest": R.randint(0, 4), "avg_wait_min": round(R.uniform(2, 40), 1)},
                 sep=(", ", ": "))
        return [L]
    p = person(ch([None, None, "minor", "old"]))
    doc = ch(DOCTORS)
    od, os_ = rx_eye(), rx_eye()
    add = ch([None, None, 1.25, 1.75, 2.0, 2.5]) if p.age > 40 else None
    pat = {"chartNo": T(p.chart, "mrn"), "name": {"family": T(p.last, "name"), "given": T(p.first, "name")}, "dob": T(dfmt(p.dob, "iso"), "date"), "sex": p.sex, "lang": p.lang}
    if p.age > 89:
        pat["age"] = T(p.age, "age")
    else:
        pat["age"] = p.age
    if p.guardian:
        pat["guardian"] = {"name": T(nm(p.guardian, "fl"), "name"), "relationship": p.rel.lower(), "phone": T(pfmt(p.guardian.phone, ch(["paren", "dash"])), "phone")}
    rec = {"ts": iso_z(t), "svc": "ehr-exam", "event": "exam.finalized", "encounterId": T(p.encounter, "other_id"), "dos": T(dfmt(p.exam, "iso"), "date"),
           "patient": pat, "provider": {"npi": doc[1], "name": "Dr. " + doc[0] + ", OD"},
           "refraction": {"od": {"sph": od[0], "cyl": od[1], "axis": od[2], "add": add, "va": ch(["20/20", "20/25", "20/20-1", "20/30"])},
                          "os": {"sph": os_[0], "cyl": os_[1], "axis": os_[2], "add": add, "va": ch(["20/20", "20/25", "20/40"])}},
           "iop": {"od": R.randint(10, 22), "os": R.randint(10, 22), "method": ch(["NCT", "iCare", "GAT"]), "time": f"{R.randint(9, 18)}:{R.randint(0, 59):02d}"},
           "dx": ch([["H52.13"], ["H52.13", "H52.223"], ["H52.4", "H52.03"], ["H40.013"], ["H52.11", "H52.202"]]),
           "rxExpires": T(dfmt(p.rx_exp, "iso"), "date")}
    emit(L, rec, sep=(", ", ": "))
    return [L]


def g_retina(phi):
    """Fundus camera uploads in the EHR imaging module (JSON)."""
    L = Line("ehr_imaging_json")
    t = CLK.tick()
    p = person()
    emit(L, {"ts": iso_z(t), "svc": "ehr-imaging", "event": "fundus.ingested", "chart": T(p.chart, "mrn"), "accession": T("ACC" + p.exam.strftime("%y%m%d") + digits(5), "other_id"),
             "laterality": ch(["R", "L"]), "camera": {"model": ch(["Optos Daytona", "Topcon TRC-NW400", "Zeiss CLARUS 500"]), "sn": digits(7)},
             "studyUID": f"1.2.840.113619.2.{R.randint(100, 999)}.{R.randint(1000, 9999)}.{digits(10)}", "thumbnail": {"mime": "image/jpeg", "w": 96, "h": 96,
             "data": T(fake_jpeg(R.randint(120, 220)), "biometric")}})
    return [L]


def g_dcs(phi):
    t = CLK.tick()
    p = person()
    job = digits(7)
    od, os_ = rx_eye(), rx_eye()
    pd = (p.pd / 2 - 0.5, p.pd / 2 + 0.5)
    frame = ch(FRAMES)
    recs = [("REQ", "FIL"), ("JOB", job), ("DO", "B"), ("CLIENT", f"{fold(p.last).upper()}, {fold(p.first).upper()}" if phi else None),
            ("SPH", f"{od[0]:.2f};{os_[0]:.2f}"), ("CYL", f"{od[1]:.2f};{os_[1]:.2f}"), ("AX", f"{od[2]};{os_[2]}"),
            ("IPD", f"{pd[0]:.1f};{pd[1]:.1f}"), ("SEGHT", f"{R.uniform(17, 24):.1f};{R.uniform(17, 24):.1f}"),
            ("LNAM", ch(["PHYS-167-AR", "VARX-POLY-TR", "SV-POLY-BLU", "TRVX-SV"])), ("FTYP", ch(["1", "2", "3"])),
            ("HBOX", f"{R.uniform(44, 56):.2f};{R.uniform(44, 56):.2f}"), ("VBOX", f"{R.uniform(28, 40):.2f};{R.uniform(28, 40):.2f}"),
            ("DBL", f"{R.uniform(15, 21):.1f}"), ("ETYP", "1"), ("TRCFMT", "1;400;U;R;F"),
            ("R", ";".join(str(R.randint(2380, 2520)) for _ in range(8)))]
    recs = [r for r in recs if r[1] is not None]
    host = "lab-gw01"
    if R.random() < 0.45:
        L = Line("dcs")
        L.t(f"{local(t).strftime('%b %d %H:%M:%S')} {host} dcsd[{R.randint(2000, 4000)}]: >> PCLL packet len={R.randint(700, 2400)} data=")
        for k, v in recs:
            if k == "CLIENT":
                L.t("CLIENT=").p(v, "name").t("\\r\\n")
            else:
                L.t(f"{k}={v}\\r\\n")
        return [L]
    out = []
    sel = recs[:4] + R.sample(recs[4:], 4)
    for k, v in sel:
        L = Line("dcs")
        t2 = local(CLK.tick())
        L.t(f"{t2.strftime('%b %d %H:%M:%S')} {host} dcsd[3311]: >> ")
        if k == "CLIENT":
            L.t("CLIENT=").p(v, "name")
        else:
            L.t(f"{k}={v}")
        out.append(L)
    if not phi:
        L = Line("dcs")
        L.t(f"{local(CLK.tick()).strftime('%b %d %H:%M:%S')} {host} dcsd[3311]: << ANS=FIL;JOB={job};STATUS=0")
        out.append(L)
    return out


def g_syslog(phi):
    L = Line("syslog")
    t = local(CLK.tick())
    L.t(f"{t.strftime('%b %d %H:%M:%S')} lab-gw01 lmsbridge[{R.randint(2000, 4000)}]: ")
    if not phi:
        L.t(ch([f"job={digits(7)} state={ch(['SURFACING', 'COATING', 'EDGING', 'QC', 'SHIPPED'])} stage={ch(['GEN', 'POL', 'AR', 'EDG'])} tray=T{R.randint(1, 400):03d} eta={(TODAY + dt.timedelta(days=R.randint(1, 5))).isoformat()}",
                f"tracking 1Z{hexs(6).upper()}{digits(10)} created for store {ch(STORES)[0]} jobs={R.randint(1, 30)}",
                f"heartbeat ok peer=10.40.2.{R.randint(2, 200)}:5001 rtt={R.randint(2, 90)}ms queue={R.randint(0, 40)}",
                f"edger {ch(['Santinelli LE-1200', 'MEI Bisphera', 'Nidek Me 1500'])} sn={digits(8)} returned ERR{R.randint(100, 999)} on job {digits(7)}; rerouted"]))
        return [L]
    p = person()
    L.t(f"job={digits(7)} remake reason={ch(['AXIS', 'SCRATCH', 'PD', 'FRAME_BREAK'])} patient=\"").p(nm(p, ch(["LF", "LFraw"])), "name").t("\" rx_date=").p(dfmt(p.exam, "mdy8"), "date") \
        .t(f" store={ch(STORES)[0]} optician={ch(STAFF)}")
    return [L]


def g_fixed(phi):
    out = []
    t = local(CLK.tick())
    store = ch(STORES)[0]
    if not phi or R.random() < 0.4:
        L = Line("fixed_width_ticket")
        L.t(f"HD{t.strftime('%Y%m%d%H%M%S')}S{store}PCLL-{digits(5)}V2.3{' ' * 10}{R.randint(1, 60):05d}")
        out.append(L)
    if not phi:
        L = Line("fixed_width_ticket")
        L.t(f"JT{digits(8)}S{store}T{R.randint(1, 400):03d}{'STOCK':<20}{'':<12}{'':<8} R{fsph(rx_eye()[0]):>6}{'+0.00':>6}{'000':>3}{'':>5} L{fsph(rx_eye()[0]):>6}{'+0.00':>6}{'000':>3}{'':>5} {'':<9} {'UNCUT REPLEN':<24}{ch(LENSES):<18}{(TODAY + dt.timedelta(days=3)).strftime('%Y%m%d')}")
        out.append(L)
        L = Line("fixed_width_ticket")
        L.t(f"TR{R.randint(1, 60):05d}{R.randint(1000, 99999):09d}{' ' * 20}END")
        out.append(L)
        return out
    for _ in range(R.randint(1, 3)):
        p = person()
        od, os_ = rx_eye(), rx_eye()
        add = ch(["", "+2.00", "+1.75", "+2.50"]) if p.age > 42 else ""
        fr = ch(FRAMES)
        L = Line("fixed_width_ticket")
        last = fold(p.last).upper()[:20]
        first = fold(p.first).upper()[:12]
        L.t(f"JT{digits(8)}S{store}T{R.randint(1, 400):03d}").p(last, "name").t(" " * (20 - len(last))).p(first, "name").t(" " * (12 - len(first))) \
            .p(dfmt(p.exam, "mdy8"), "date") \
            .t(f" R{fsph(od[0]):>6}{od[1]:>6.2f}{od[2]:03d}{add:>5} L{fsph(os_[0]):>6}{os_[1]:>6.2f}{os_[2]:03d}{add:>5} {p.pd / 2 - .5:4.1f}/{p.pd / 2 + .5:4.1f} {(fr[0] + ' ' + fr[2]):<24}{(('POLY SV KIDS' if p.guardian else ch(LENSES[:-1]))):<18}{(TODAY + dt.timedelta(days=R.randint(2, 8))).strftime('%Y%m%d')}")
        out.append(L)
    return out


def g_pos(phi):
    store = ch(STORES)
    trans = f"{store[0]}-{R.randint(1, 4):02d}-{R.randint(100000, 999999)}"
    pre = f"EJ {store[0]}/{R.randint(1, 4):02d} {trans[-6:]} | "
    out = []

    def ln(txt=None):
        L = Line("pos_receipt")
        L.t(pre)
        if txt is not None:
            L.t(txt)
        out.append(L)
        return L

    t = local(CLK.tick())
    ln(f"VISTANOVA OPTICAL #{store[0]}")
    ln(f"{store[3].upper()}, {store[1].upper()} {store[2]} {store[4]}")
    ln(f"TEL {pfmt(store[5], 'paren')}   {t.strftime('%m/%d/%Y %I:%M %p')}")
    ln(f"TRANS {trans}  CASHIER: {ch(STAFF).upper()}")
    if not phi:
        for _ in range(R.randint(1, 3)):
            it = ch([("LENS CLEANER 2OZ", 7.99), ("MICROFIBER CLOTH", 4.50), ("CASE HARD SHELL", 12.00), ("SOLUTION OPTIFREE 10OZ", 13.49), ("NOSE PADS ADJ", 0.00)])
            ln(f"{it[0]:<28}{it[1]:>9.2f}")
        ln(f"{'TOTAL':<28}{R.uniform(5, 40):>9.2f}")
        ln(f"{ch(['VISA', 'MC', 'AMEX', 'DEBIT'])} ************{digits(4)}  AUTH {hexs(6).upper()}")
        ln(f"THANK YOU / GRACIAS  REF#{digits(12)}")
        return out
    p = person(ch(["minor", None, None]))
    ln("PATIENT: ").p(nm(p, "LFraw"), "name")
    if p.guardian:
        ln("RESP PARTY: ").p(nm(p.guardian, "UP"), "name").t(f" ({p.rel})")
        if R.random() < .6:
            ln("ID VERIFIED: ").t(f"{p.guardian.state} DL ").p(p.guardian.dl, "license")
    fr = ch(FRAMES)
    frame_price = R.randint(120, 320)
    ln(f"V2020 FRAME {fr[0]:<16}{frame_price:>9.2f}")
    ln(f"V2100 LENS SV PAIR {ch(LENSES):<10}{R.randint(80, 260):>9.2f}")
    if p.plan in ("VSP", "EyeMed", "Davis"):
        ln(f"{p.plan.upper()} MEMBER ID: ").p(p.member, "health_plan")
        ln(f"{p.plan.upper()} AUTH#: ").p(digits(10), "other_id")
        ln(f"{'PLAN FRAME ALLOWANCE':<28}{-ch([130, 150, 175]):>9.2f}")
    if R.random() < .4:
        ln("REWARDS #").p(p.loyalty, "account").t(f"  PTS EARNED {R.randint(10, 300)}")
    ln(f"{'TOTAL':<28}{R.uniform(20, 260):>9.2f}")
    ln(f"{ch(['VISA', 'MC', 'DEBIT'])} ************{digits(4)}  AUTH {hexs(6).upper()}")
    if R.random() < .5:
        ln("CURBSIDE PICKUP PLATE: ").p(p.plate, "vehicle").t(f" ({p.state})")
    ln(f"THANK YOU / GRACIAS  REF#{digits(12)}")
    return out


def g_shopify(phi):
    L = Line("shopify_webhook")
    t = CLK.tick()
    topic = "orders/create" if phi else ch(["products/update", "inventory_levels/update", "fulfillments/update"])
    L.t(f"{iso_z(t)} webhook topic={topic} shop=vistanova-lens.myshopify.com webhook_id={uuid4()} hmac_ok=true body=")
    if not phi:
        if topic == "products/update":
            emit(L, {"id": int("8" + digits(12)), "title": ch(CLS)[0], "vendor": ch(["Johnson & Johnson Vision", "Alcon", "CooperVision", "Bausch + Lomb"]),
                     "variants": [{"id": int("4" + digits(13)), "sku": ch(CLS)[1] + "-" + fsph(rx_eye()[0]), "price": f"{R.uniform(30, 120):.2f}", "inventory_quantity": R.randint(0, 300)}],
                     "updated_at": iso_z(t)})
        elif topic == "inventory_levels/update":
            emit(L, {"inventory_item_id": int("4" + digits(13)), "location_id": int("6" + digits(10)), "available": R.randint(0, 400), "updated_at": iso_z(t)})
        else:
            emit(L, {"id": int("5" + digits(12)), "order_id": int("5" + digits(12)), "status": "success", "tracking_company": "UPS", "tracking_number": f"1Z{hexs(6).upper()}{digits(10)}",
                     "name": f"#VN{digits(7)}.1", "shipment_status": ch(["in_transit", "delivered", "out_for_delivery"])})
        return [L]
    p = person(ch([None, None, "minor"]))
    buyer = p.guardian or p
    cl = ch(CLS)
    sph = fsph(rx_eye()[0])
    addr = {"first_name": T(buyer.first, "name"), "last_name": T(buyer.last, "name"), "address1": T(buyer.street, "address")}
    if buyer.unit:
        addr["address2"] = buyer.unit
    addr.update({"city": T(buyer.city, "address"), "province_code": buyer.state, "country_code": "US", "zip": T(buyer.zip, "zip"),
                 "phone": T(pfmt(buyer.phone, ch(["paren", "plain", "e164", "dot"])), "phone")})
    notes = [{"name": "rx_patient_name", "value": T(nm(p, "fl"), "name")}, {"name": "rx_patient_dob", "value": T(dfmt(p.dob, ch(["us", "iso", "us_nz"])), "date")},
             {"name": "prescriber", "value": "Dr. " + ch(DOCTORS)[0]}, {"name": "rx_expiration", "value": T(dfmt(p.rx_exp, ch(["us", "iso"])), "date")}]
    if R.random() < .4:
        notes.append({"name": "rx_upload", "value": T(f"https://vn-rx-uploads.s3.us-east-2.amazonaws.com/cust/{buyer.cust}/{uuid4()}.jpg?X-Amz-Expires=604800&X-Amz-Signature={hexs(64)}", "url")})
    emit(L, {"id": int("5" + digits(12)), "name": f"#VN{digits(7)}", "email": T(buyer.email, "email"), "created_at": iso_z(t), "browser_ip": T(buyer.ip, "ip"),
             "customer": {"id": T(int(buyer.cust), "account"), "first_name": T(buyer.first, "name"), "last_name": T(buyer.last, "name"), "orders_count": R.randint(1, 14)},
             "shipping_address": addr, "note_attributes": notes,
             "line_items": [{"sku": f"{cl[1]}{sph}", "title": cl[0], "quantity": ch([1, 2, 4]), "properties": [{"name": "eye", "value": ch(["OD", "OS"])}, {"name": "BC", "value": str(cl[2])}, {"name": "PWR", "value": sph}]}],
             "total_price": f"{R.uniform(60, 420):.2f}", "currency": "USD"})
    return [L]


def g_email(phi):
    out = []
    p = person(ch([None, "minor", None]))
    cust = p.guardian or p
    es = cust.lang == "es"
    agent = ch(AGENTS)
    case = str(R.randint(400000, 499999))
    t = local(CLK.tick())

    def ln(s=None):
        L = Line("email")
        if s is not None:
            L.t(s)
        out.append(L)
        return L

    inbound = R.random() < 0.7
    if inbound:
        disp = nm(cust, ch(["fl", "fl", "UP", "low"]))
        ln("From: \"").p(disp, "name").t("\" <").p(cust.email, "email").t(">")
        ln("To: VistaNova Care <care@vistanova-optical.com>")
    else:
        ln(f"From: {agent[0]} (VistaNova Care) <{agent[1]}@vistanova-optical.com>")
        ln("To: ").p(cust.email, "email")
    ln(f"Date: {t.strftime('%a, %d %b %Y %H:%M:%S')} -0500")
    order = f"VN{digits(7)}"
    if es:
        ln(f"Subject: {'Re: ' if R.random() < .5 else ''}{ch(['Pedido', 'Orden', 'Mi pedido'])} #{order} - {ch(['lentes de contacto', 'receta', 'reembolso VSP', 'cita'])}")
    else:
        ln(f"Subject: {'RE: ' if R.random() < .5 else ''}{ch(['Order', 'Question about order', 'Prescription for order'])} #{order}")
    ln(f"Message-ID: <{hexs(12)}.{R.randint(1000, 9999)}@{ch(['mail.gmail.com', 'vistanova-optical.com', 'outlook.com'])}>")
    ln('Content-Type: text/plain; charset="UTF-8"')
    if inbound:
        if es:
            ln(ch(["Hola, buenas tardes.", "Buenos días,", "Hola buen día"]))
            if p.guardian:
                ln(f"Hice un pedido de {ch(CLS)[0]} para mi {kid_word(p, 'es')} ").p(p.first, "name").t(" (nació el ").p(dfmt(p.dob, ch(["es", "es_long"])), "date").t(") y todavía no llega.")
            else:
                ln("Necesito una copia de mi receta del examen del ").p(dfmt(p.exam, ch(["es", "es_long"])), "date").t(", mi fecha de nacimiento es ").p(dfmt(p.dob, ch(["es", "dot"])), "date").t(".")
            if R.random() < .6:
                ln("Mi número es ").p(pfmt(cust.phone, ch(["sp", "dash", "plain"])), "phone").t(". La dirección es ").p(cust.street + (" " + cust.unit if cust.unit else ""), "address") \
                    .t(", ").p(cust.city, "address").t(f" {cust.state} ").p(cust.zip, "zip").t(".")
            if cust.member and R.random() < .6:
                ln(f"Mi número de miembro de {cust.plan} es ").p(cust.member, "health_plan")
            ln("Gracias,")
            ln().p(cust.first, "name")
            ln(f"> El {ch(['vie', 'jue', 'lun', 'mié'])}, {R.randint(1, 9)} mar 2024 a las {R.randint(1, 11)}:{R.randint(10, 59)} {ch(['a.m.', 'p.m.'])}, VistaNova Care <care@vistanova-optical.com> escribió:")
            ln("> Gracias por comunicarse con VistaNova Optical. Su número de caso es ").p(case, "other_id").t(".")
            ln("Enviado desde mi iPhone")
        else:
            ln(ch(["Hi,", "Hello -", "Good afternoon,"]))
            if p.guardian:
                ln(f"My {kid_word(p, 'en')} ").p(nm(p, "fl"), "name").t(" (DOB ").p(dfmt(p.dob, ch(["us", "us_nz", "long"])), "date") \
                    .t(f") had an exam on ").p(dfmt(p.exam, ch(["us_nz", "long"])), "date").t(" and the glasses broke already. Are they under warranty?")
            else:
                ln("I need a copy of my contact lens prescription from my exam on ").p(dfmt(p.exam, ch(["us_nz", "long", "us"])), "date").t(".")
                if p.age > 89 and R.random() < .7:
                    ln("I am ").p(str(p.age), "age").t(" years old and cannot drive to the store anymore, can you mail it?")
            if R.random() < .5:
                ln("Please fax it to my work fax ").p(pfmt(cust.phone[:3] + str(R.randint(2, 9)) + digits(6), ch(["dash", "paren"])), "fax").t(" or call me at ") \
                    .p(pfmt(cust.phone, ch(["paren", "dot", "dash"])), "phone")
            if cust.member and R.random() < .5:
                ln(f"{cust.plan} member ID ").p(cust.member, "health_plan").t(", DOB ").p(dfmt(cust.dob, ch(["us", "us_short"])), "date")
            ln(ch(["Thanks,", "Thank you,", "Best,"]))
            ln().p(nm(cust, ch(["fl", "fi"])), "name")
            if R.random() < .4:
                slug = fold(cust.first.split()[0]).lower() + "-" + fold(cust.last).lower().replace(" ", "-").replace("'", "") + "-" + hexs(6)
                ln().p(f"https://www.linkedin.com/in/{slug}", "url")
            qd = TODAY - dt.timedelta(days=R.randint(1, 12))
            ln(f"> On {qd.strftime('%a, %b')} {qd.day}, {qd.year} at {R.randint(1, 12)}:{R.randint(0, 59):02d} {ch(['AM', 'PM'])} VistaNova Care <care@vistanova-optical.com> wrote:")
            ln("> Thank you for contacting VistaNova Optical. Your case number is ").p(case, "other_id").t(".")
    else:
        if es:
            ln("Hola ").p(cust.first, "name").t(",")
            ln("Le confirmamos que su cita es el ").p(dfmt(p.appt, ch(["es", "es_long"])), "date").t(f" a las {R.randint(9, 17)}:{ch(['00', '30'])} en nuestra tienda #{ch(STORES)[0]}.")
            ln("Si necesita cambiarla, llame al " + pfmt(ch(STORES)[5], "paren") + ".")
            ln("Saludos,")
        else:
            ln("Hi ").p(cust.first, "name").t(",")
            ln("We received the prescription for ").p(nm(p, "fl"), "name").t("; it expires ").p(dfmt(p.rx_exp, ch(["long", "us"])), "date").t(" so we can ship your order today.")
            ln("Reply to this email or call " + pfmt(ch(STORES)[5], "dash") + " with any questions.")
            ln("Best regards,")
        ln(f"{agent[0]} | VistaNova Optical Customer Care | {agent[1]}@vistanova-optical.com")
        ln("Case #").p(case, "other_id")
    return out


def g_logcat(phi):
    L = Line("logcat")
    t = local(CLK.tick())
    pid = R.randint(3000, 30000)
    L.t(f"{t.strftime('%m-%d %H:%M:%S')}.{t.microsecond // 1000:03d} {pid:5d} {pid + R.randint(1, 200):5d} ")
    if not phi:
        pdv = R.uniform(54, 70)
        dd = R.uniform(-0.6, 0.6)
        L.t(ch([f"I FaceMeasure: pd={pdv:.1f}mm monoOD={pdv / 2 + dd:.1f} monoOS={pdv / 2 - dd:.1f} conf=0.{R.randint(70, 99)} frames={R.randint(20, 60)}",
                f"D TryOnUpload: POST https://api.vistanova-optical.com/tryon/v2/sessions -> 201 ({R.randint(80, 900)}ms)",
                f"W FaceLandmarker: GPU delegate unavailable, falling back to XNNPACK",
                f"I chromium: [INFO:CONSOLE(1)] \"frames loaded: {R.randint(20, 200)}\", source: https://shop.vistanova-optical.com/tryon (1)",
                f"E TryOnRenderer: EGL_BAD_SURFACE on frame {R.randint(100, 9999)}; recreating surface",
                f"I ActivityManager: Displayed com.vistanova.tryon/.ui.FrameCatalogActivity: +{R.randint(200, 900)}ms"]))
        return [L]
    p = person()
    k = cyc(11, 4)
    if k == 3:
        L.t("D SnapshotUploader: payload={\"user\":\"").p(p.username, "other_id").t("\",\"face_jpeg\":\"").p(fake_jpeg(R.randint(120, 220)), "photo").t("\",\"w\":240,\"h\":320}")
    elif k == 0:
        L.t("I TryOnSession: user=").p(p.username, "other_id").t(" androidId=").p(p.android_id, "device").t(f" sku={ch(FRAMES)[0]} pd={p.pd:.1f}mm")
    elif k == 1:
        pts = [[round(R.uniform(0.2, 0.8), 4), round(R.uniform(0.2, 0.8), 4), round(R.uniform(-0.08, 0.08), 4)] for _ in range(R.randint(5, 8))]
        L.t("D FaceMesh: landmarks(478) head=").p(json.dumps(pts, separators=(",", ":")), "biometric").t(" ... user=").p(p.username, "other_id")
    else:
        L.t("I ShareSheet: shared tryon look to ").p(f"https://www.instagram.com/{p.username.replace('.', '_')}/", "url").t(" adid=").p(uuid4(), "device")
    return [L]


def g_ios(phi):
    L = Line("ios_oslog")
    t = local(CLK.tick())
    L.t(f"{t.strftime('%Y-%m-%d %H:%M:%S')}.{t.microsecond:06d}-0500 VistaNovaTryOn[{R.randint(300, 2000)}:{R.randint(10000, 99999)}] ")
    if not phi:
        L.t(ch([f"[Measure] faceMesh captured vertices=1220 (ARKit) tracking=normal fps={R.randint(28, 60)}",
                f"[Network] GET /v2/frames?page={R.randint(1, 9)} 200 in {R.randint(40, 900)}ms etag=\"{hexs(16)}\"",
                f"[Config] remote config v{R.randint(100, 200)} applied: tryon.occlusion=true, measure.minConfidence=0.8{R.randint(0, 9)}",
                f"[Render] Metal device: Apple A{R.randint(14, 17)} GPU, frame budget {R.uniform(10, 16):.1f}ms",
                "[StoreKit] no pending transactions"]))
        return [L]
    p = person()
    k = cyc(12, 3)
    if k == 0:
        L.t("[Capture] snapshot for look share user=").p(p.username, "other_id").t(" idfv=").p(p.idfv, "device").t(" jpeg=data:image/jpeg;base64,") \
            .p(fake_jpeg(R.randint(150, 260)), "photo")
    elif k == 1:
        emb = [round(R.uniform(-0.3, 0.3), 3) for _ in range(R.randint(10, 16))]
        L.t("[FaceID-Fit] face embedding cached for fit profile ").p(p.cust, "account").t(" vec=").p(json.dumps(emb, separators=(",", ":")), "biometric")
    else:
        L.t("[Profile] saved fit profile name=").p(nm(p, "fl"), "name").t(f" pd={p.pd:.1f} idfv=").p(p.idfv, "device")
    return [L]


def g_segment(phi):
    L = Line("segment_json")
    t = CLK.tick()
    if not phi:
        emit(L, {"type": "track", "event": ch(["Catalog Synced", "Price Rule Applied", "Store Hours Updated"]), "userId": "system", "properties": {"store": ch(STORES)[0], "count": R.randint(1, 400)},
                 "messageId": "api-" + hexs(20), "timestamp": iso_z(t), "context": {"library": {"name": "analytics-ruby", "version": "2.4.0"}}})
        return [L]
    p = person()
    ev = ch(["Frame Tried On", "Measurement Completed", "Look Shared", "Product Added"])
    ctx = {"ip": T(p.ip, "ip"), "device": {"id": T(p.idfv, "device"), "manufacturer": "Apple", "model": ch(["iPhone14,5", "iPhone15,2", "iPhone13,2"])},
           "os": {"name": "iOS", "version": ch(["17.3.1", "17.2", "16.7.5"])}, "app": {"name": "VistaNova Try-On", "version": "3.8.1", "build": str(R.randint(400, 520))},
           "locale": ch(["es-US", "en-US", "es-MX"])}
    props = {"sku": ch(FRAMES)[0], "pd_mm": p.pd}
    if ev == "Measurement Completed" and R.random() < .6:
        props["face_mesh"] = T([[round(R.uniform(0.2, 0.8), 4), round(R.uniform(0.2, 0.8), 4), round(R.uniform(-0.08, 0.08), 4)] for _ in range(R.randint(4, 7))], "biometric")
        props["mesh_truncated"] = True
    emit(L, {"type": "track", "event": ev, "userId": T("cust_" + p.cust, "account"), "anonymousId": T(uuid4(), "other_id"), "properties": props,
             "context": ctx, "messageId": hexs(8) + "-" + hexs(4), "timestamp": iso_z(t)})
    return [L]


def g_dicom(phi):
    out = []
    t = local(CLK.tick())
    aet = ch(["FUNDUS_0142", "OPTOS_0157", "CLARUS_0203", "TRC_0318"])

    def ln(s=None):
        L = Line("dicom")
        if s is not None:
            L.t(s)
        out.append(L)
        return L

    ts = f"{t.strftime('%H:%M:%S')},{t.microsecond // 1000:03d}"
    if not phi:
        ln(f"{ts} INFO  - STORESCP<-{aet}({R.randint(1, 90)}): {R.randint(1, 90)}:C-STORE-RQ[pcid=1, prior=0")
        ln(f"  cuid=1.2.840.10008.5.1.4.1.1.77.1.5.1 - Ophthalmic Photography 8 Bit Image Storage")
        ln(f"  iuid=1.2.826.0.1.3680043.8.{R.randint(100, 999)}.{digits(12)}.{R.randint(1, 99)}")
        ln(f"{ts} INFO  - STORESCP->{aet}({R.randint(1, 90)}): {R.randint(1, 90)}:C-STORE-RSP[pcid=1, status=0H")
        return out[:R.randint(1, 4)] if R.random() < .5 else out
    p = person()
    ln(f"{ts} DEBUG - STORESCP<-{aet}({R.randint(1, 90)}): Dataset:")
    pn = f"{fold(p.last).upper()}^{fold(p.first).upper()}"
    ln("(0010,0010) PN [").p(fold(p.last).upper(), "name").t("^").p(fold(p.first).upper(), "name").t(f"]{' ' * max(1, 30 - len(pn))}# {len(pn):3d}, 1 PatientName")
    ln("(0010,0020) LO [").p(p.chart, "mrn").t(f"]{' ' * (30 - len(p.chart))}# {len(p.chart):3d}, 1 PatientID")
    ln("(0010,0030) DA [").p(dfmt(p.dob, "d8"), "date").t(f"]{' ' * 22}#   8, 1 PatientBirthDate")
    ln(f"(0010,0040) CS [{p.sex}]{' ' * 29}#   2, 1 PatientSex")
    acc = "ACC" + p.exam.strftime("%y%m%d") + digits(5)
    ln("(0008,0050) SH [").p(acc, "other_id").t(f"]{' ' * (30 - len(acc))}# {len(acc):3d}, 1 AccessionNumber")
    ln("(0008,0020) DA [").p(dfmt(p.exam, "d8"), "date").t(f"]{' ' * 22}#   8, 1 StudyDate")
    ln(f"(0020,0060) CS [{ch(['R', 'L'])}]{' ' * 29}#   2, 1 Laterality")
    ln(f"(0018,1000) LO [{digits(7)}]{' ' * 23}#   8, 1 DeviceSerialNumber")
    return out


def g_hl7(phi):
    out = []
    t = local(CLK.tick())
    p = person(ch([None, "minor"]))
    ctl = f"{t.strftime('%Y%m%d%H%M%S')}{R.randint(10, 99)}"
    typ = ch(["ADT^A04^ADT_A01", "ADT^A08^ADT_A01", "SIU^S12^SIU_S12"])

    def ln(s=None):
        L = Line("hl7v2")
        if s is not None:
            L.t(s)
        out.append(L)
        return L

    ln(f"MSH|^~\\&|VNPM|VN{ch(STORES)[0]}|VNEHR|VISTANOVA|{t.strftime('%Y%m%d%H%M%S')}||{typ}|{ctl}|P|2.5.1")
    if typ.startswith("SIU"):
        ln(f"SCH|{digits(8)}|{digits(8)}|||||{ch(['COMP^Comprehensive exam', 'CLFIT^Contact lens fitting', 'PEDS^Pediatric exam'])}|||30|MIN|^^30^").p(p.appt.strftime("%Y%m%d") + f"{R.randint(9, 17):02d}{ch(['00', '30'])}", "date")
    else:
        ln(f"EVN|{typ[4:7]}|{t.strftime('%Y%m%d%H%M%S')}")
    ln("PID|1||").p(p.chart, "mrn").t("^^^VNEHR^MR||").p(fold(p.last).upper(), "name").t("^").p(fold(p.first).upper(), "name").t("||") \
        .p(dfmt(p.dob, "d8"), "date").t(f"|{p.sex}|||").p(p.street, "address").t("^" + (p.unit or "") + "^").p(p.city, "address").t(f"^{p.state}^").p(p.zip, "zip") \
        .t("^USA||").p(pfmt(p.phone, "paren").replace(" ", ""), "phone").t(f"^PRN^PH||{'SPA^Spanish' if p.lang == 'es' else 'ENG^English'}")
    if R.random() < .5:
        out[-1].t("|||").p(digits(8), "account").t("^^^VNPM^AN|").p(p.ssn if R.random() < .5 else p.ssn.replace("-", ""), "ssn")
    if p.guardian:
        g = p.guardian
        ln("NK1|1|").p(fold(g.last).upper(), "name").t("^").p(fold(g.first).upper(), "name").t(f"|{REL_HL7[p.rel]}|||").p(pfmt(g.phone, "paren"), "phone").t("||G")
    doc = ch(DOCTORS)
    ln(f"PV1|1|O|{ch(STORES)[0]}^EX{R.randint(1, 3)}||||{doc[1]}^{fold(doc[0].split()[-1]).upper()}^{doc[0].split()[0].upper()}^^^^OD|||||||||||").p(p.encounter, "other_id")
    if p.member:
        sub = p if p.plan == "Medicaid" else (p.guardian or p)
        ln(f"IN1|1|{p.plan.upper()}|{PAYERS[p.plan][1]}|{PAYERS[p.plan][0]}|||||{p.group}|||||||").p(fold(sub.last).upper(), "name").t("^").p(fold(sub.first).upper(), "name") \
            .t(f"|{'19' if sub is not p else '18'}|").p(dfmt(sub.dob, "d8"), "date").t("|||||||||||||||||").p(p.member, "health_plan")
    return out


def g_csv(phi):
    out = []
    k = cyc(13, 3)
    if not phi:
        if k == 0:
            L = Line("csv")
            L.t("sku,upc,store,qty_on_hand,reorder_pt,last_count")
            out.append(L)
        for _ in range(R.randint(1, 3)):
            L = Line("csv")
            fr = ch(FRAMES)
            L.t(f"{fr[0]}-{R.randint(1000, 9999)}-{fr[2][:2]},{luhn_complete('8', 12)},{ch(STORES)[0]},{R.randint(0, 12)},{R.randint(1, 4)},{(TODAY - dt.timedelta(days=R.randint(1, 30))).isoformat()}")
            out.append(L)
        return out
    if k == 0:
        L = Line("csv")
        L.t("member_id,last_name,first_name,dob,relationship,plan_code,eligible,copay_exam,frame_allowance")
        out.append(L)
        for _ in range(R.randint(1, 3)):
            p = person()
            L = Line("csv")
            L.p(p.member or digits(9), "health_plan").t(",").p(p.last, "name").t(",").p(p.first, "name").t(",").p(dfmt(p.dob, "us"), "date") \
                .t(f",{ch(['SELF', 'SPOUSE', 'CHILD'])},{ch(['VSPSIG', 'EMINS', 'DVCORE'])},{ch(['Y', 'Y', 'N'])},{ch(['10.00', '0.00', '20.00'])},{ch(['130.00', '150.00', '175.00'])}")
            out.append(L)
    elif k == 1:
        for _ in range(R.randint(1, 3)):
            p = person()
            L = Line("csv")
            L.t(f"{ch(STORES)[0]},").p(dfmt(p.appt, "iso"), "date").t(f",{R.randint(9, 17):02d}:{ch(['00', '15', '30', '45'])},").p(p.first, "name").t(",") \
                .p(pfmt(p.phone, "e164"), "phone").t(f",{p.lang},{ch(['CONFIRM', 'REMIND_24H', 'RESCHEDULE'])}")
            out.append(L)
    elif k == 2 and R.random() < .5:
        L = Line("csv")
        L.t("SUBSCRIBER_SSN|MBR_LNAME|MBR_FNAME|MBR_DOB|ZIP|PLAN")
        out.append(L)
        for _ in range(R.randint(1, 2)):
            p = person()
            L = Line("csv")
            L.p(p.ssn.replace("-", ""), "ssn").t("|").p(fold(p.last).upper(), "name").t("|").p(fold(p.first).upper(), "name").t("|").p(dfmt(p.dob, "mdy8"), "date") \
                .t("|").p(p.zip, "zip").t(f"|{ch(['EMINS', 'EMACC', 'EMSEL'])}")
            out.append(L)
    else:
        L = Line("csv")
        L.t('"order_no";"customer";"email";"rx_exp";"status"')
        out.append(L)
        for _ in range(R.randint(1, 2)):
            p = person()
            L = Line("csv")
            L.t(f'"VN{digits(7)}";"').p(nm(p, "lf"), "name").t('";"').p(p.email, "email").t('";"').p(dfmt(p.rx_exp, "es"), "date").t(f'";"{ch(["RX_PENDING", "RX_VERIFIED", "SHIPPED"])}"')
            out.append(L)
    return out


def g_cs_note(phi):
    L = Line("cs_note")
    t = local(CLK.tick())
    agent = ch(AGENTS)
    tk = str(R.randint(400000, 499999))
    if not phi:
        L.t(f"{t.strftime('%Y-%m-%d %H:%M')}\tticket_comment\tagent={agent[1]}\t")
        L.t(ch(["Macro applied: 'Shipping delay - UPS weather'. No customer data changed.",
                f"Store {ch(STORES)[0]} reports lensometer down, exams rescheduled by store staff; escalate to facilities (ext {R.randint(2000, 2999)}).",
                "Nota interna: actualizar plantilla de respuesta en español para reembolsos de EyeMed.",
                f"Bulk closed {R.randint(3, 40)} tickets tagged 'spam'.",
                f"Lab PCLL confirmed AR coating backlog, ETA +2 business days for jobs after {digits(7)}.",
                f"Escalated to Tier 2 (queue 'VSP-claims'), SLA {R.randint(4, 48)}h. Auto-assigned by rule #{R.randint(10, 99)}.",
                f"Twilio outage {R.randint(10, 59)} min; SMS reminders for store {ch(STORES)[0]} resent by job at {R.randint(1, 5)}:{R.randint(10, 59)} PM.",
                "Recordatorio: no pedir SSN completo por teléfono, solo fecha de nacimiento y código postal.",
                f"Price-match policy v{R.randint(2, 5)}.{R.randint(0, 9)} published to help center (article {R.randint(100000, 999999)})."]))
        return [L]
    p = person(ch([None, "minor", "old", None]))
    L.t(f"{t.strftime('%Y-%m-%d %H:%M')}\tticket_comment\tagent={agent[1]}\tticket=").p(tk, "other_id").t("\t")
    k = cyc(14, 5)
    if p.guardian and k < 3:
        g = p.guardian
        if g.lang == "es":
            L.t("Llamó " + REL_ES[p.rel] + " ").p(nm(g, "fl"), "name").t(" por los lentes de ").p(p.first, "name") \
                .t(" (fecha de nac. ").p(dfmt(p.dob, "es"), "date").t("). Se verificó con los últimos 4 del teléfono. Se reenvió reclamo a ").t(p.plan or "VSP").t(".")
        else:
            L.t("Cust ").p(nm(g, ch(["fl", "UP"])), "name").t(f" ({p.rel.lower()}) called re: denial for ").p(p.first, "name").t(" DOB ").p(dfmt(p.dob, ch(["us", "us_nz"])), "date") \
                .t(". Verified w/ DL ").p(g.dl, "license").t(". Resubmitted claim.")
    elif k == 0:
        if p.age > 89:
            L.t("Pt is ").p(str(p.age), "age").t(" y/o, son ").p(nm(make_person("adult", last=p.last, sex="M"), "fl"), "name").t(" will pick up glasses curbside, plate ").p(p.plate, "vehicle").t(".")
        else:
            L.t("Pt wants curbside pickup, plate ").p(p.plate, "vehicle").t(", phone ").p(pfmt(p.phone, "dash"), "phone").t(".")
    elif k == 1:
        L.t("Cliente ").p(nm(p, "fl"), "name").t(" solo habla español. Su receta vence el ").p(dfmt(p.rx_exp, "es"), "date").t("; se le explicó que necesita nuevo examen. Cita ").p(dfmt(p.appt, "es"), "date").t(".")
    elif k == 2 and R.random() < .35:
        L.t("Cust left 1-star review ").p(f"https://www.yelp.com/user_details?userid={base64.urlsafe_b64encode(bytes(R.randrange(256) for _ in range(16))).decode()[:22]}", "url") \
            .t(" about wait time; ").p(nm(p, "fi"), "name").t(" offered $25 credit on acct ").p(p.cust, "account")
    elif k == 2:
        L.t("Updated email from ").p(p.email, "email").t(" to ").p(email_for(p.first, p.last, p.dob), "email").t(f" per customer request. Acct ").p(p.cust, "account")
    elif k == 3:
        L.t("Customer disputes charge, card on file ending ").t(digits(4)).t(". Refund $").t(f"{R.randint(20, 300)}.00 to ").p(nm(p, "lf"), "name").t(", loyalty ").p(p.loyalty, "account")
    else:
        L.t("VSP denied: member ").p(p.member or digits(9), "health_plan").t(" not eligible until ").p(dfmt(p.rx_exp, "us"), "date").t(". Told ").p(p.first, "name").t(" to pay OON and we'll give receipt.")
    return [L]


def g_tsv_ehr_note(phi):
    """Free-text clinical notes from the EHR exam note export (pipe-delimited)."""
    L = Line("ehr_note_pipe")
    p = person(ch([None, "old", "minor"]))
    doc = ch(DOCTORS)
    L.t(f"NOTE|{ch(STORES)[0]}|").p(p.chart, "mrn").t("|").p(dfmt(p.exam, "us"), "date").t(f"|{fold(doc[0]).upper()}|")
    if p.age > 89:
        rsex = ch("FM")
        L.t("Pt is a ").p(str(p.age), "age").t(f" yo {'female' if p.sex == 'F' else 'male'} here for annual DFE, c/o glare. {'Daughter' if rsex == 'F' else 'Son'} ").p(nm(make_person('adult', last=p.last, sex=rsex), 'fl'), 'name').t(" present. NS 2+ OU. RTC 6 mo.")
    elif p.guardian:
        L.t(f"{p.age} y/o accompanied by {p.rel.lower()} ").p(nm(p.guardian, ch(["fl", "lf"])), "name").t(". Failed school screening. Myopia progression, discussed MiSight 1 day. Guardian consents.")
    else:
        L.t(ch(["CL fit: ", "Routine exam: ", "Red eye f/u: "])).t("pt ").p(nm(p, ch(["fl", "init", "low"])), "name").t(f" reports {ch(['dryness w/ lenses', 'HA after screen use', 'blurry distance VA', 'no complaints'])}. IOP {R.randint(11, 20)}/{R.randint(11, 20)}. Rx released.")
    return [L]


# ---------------------------------------------------------------- assembly
# number of generator calls per (generator, phi) pair; shuffled, then topped up / trimmed
PLAN_PHI = [(g_spring, 19), (g_x12_837, 4), (g_x12_270, 6), (g_x12_271, 2), (g_rails, 9), (g_lograge, 5), (g_sidekiq, 8),
            (g_lambda, 7), (g_json_structured, 21), (g_alb, 7), (g_ehr_json, 9), (g_retina, 5), (g_dcs, 3), (g_syslog, 3),
            (g_fixed, 3), (g_pos, 2), (g_shopify, 6), (g_email, 3), (g_logcat, 8), (g_ios, 8), (g_segment, 6), (g_dicom, 1),
            (g_hl7, 3), (g_csv, 4), (g_cs_note, 12), (g_tsv_ehr_note, 9)]
PLAN_NOISE = [(g_spring, 26), (g_x12_999, 4), (g_rails, 18), (g_lograge, 7), (g_sidekiq, 11), (g_lambda, 17),
              (g_json_structured, 15), (g_alb, 13), (g_ehr_json, 6), (g_dcs, 1), (g_syslog, 9), (g_fixed, 2), (g_pos, 1),
              (g_shopify, 6), (g_logcat, 9), (g_ios, 9), (g_segment, 3), (g_dicom, 2), (g_csv, 2), (g_cs_note, 6)]
SINGLE_PHI = [g_spring, g_json_structured, g_cs_note, g_tsv_ehr_note, g_sidekiq, g_lograge, g_segment, g_ios]
SINGLE_NOISE = [g_spring, g_rails, g_lambda, g_syslog, g_alb, g_json_structured, g_logcat]
TARGET_TOTAL, TARGET_PHI = 500, 225


def main():
    sched = [(g, True) for g, n in PLAN_PHI for _ in range(n)] + [(g, False) for g, n in PLAN_NOISE for _ in range(n)]
    R.shuffle(sched)
    blocks = [g(phi) for g, phi in sched]

    def counts():
        tot = sum(len(b) for b in blocks)
        ph = sum(1 for b in blocks for L in b if L.spans)
        return tot, ph

    tot, ph = counts()
    need_phi, need_noise = TARGET_PHI - ph, (TARGET_TOTAL - TARGET_PHI) - (tot - ph)
    # trim whole single-line blocks (keeps multi-line artefacts intact)
    while need_phi < 0:
        idx = [i for i, b in enumerate(blocks) if len(b) == 1 and b[0].spans]
        del blocks[R.choice(idx)]
        need_phi += 1
    while need_noise < 0:
        idx = [i for i, b in enumerate(blocks) if len(b) == 1 and not b[0].spans]
        del blocks[R.choice(idx)]
        need_noise += 1
    extra = [True] * need_phi + [False] * need_noise
    R.shuffle(extra)
    for phi in extra:
        blocks.append(ch(SINGLE_PHI if phi else SINGLE_NOISE)(phi))
    lines = [L for b in blocks for L in b]
    assert len(lines) == TARGET_TOTAL, len(lines)
    log_lines, label_lines = [], []
    for i, L in enumerate(lines, 1):
        s = L.text()
        assert "\n" not in s and "\r" not in s and s.strip(), (i, s)
        b = s.encode("utf-8")
        for sp, v in zip(L.spans, L.vals):
            assert b[sp["s"]:sp["e"]].decode("utf-8") == v, (i, sp, v)
        sp_sorted = sorted(L.spans, key=lambda x: x["s"])
        for a, c in zip(sp_sorted, sp_sorted[1:]):
            assert a["e"] <= c["s"], (i, a, c)
        log_lines.append(s)
        label_lines.append(json.dumps({"line": i, "family": L.family, "spans": sp_sorted}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(log_lines))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(label_lines) + "\n")


if __name__ == "__main__":
    main()
