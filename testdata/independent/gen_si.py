#!/usr/bin/env python3
"""gen_si.py - synthetic, labeled log corpus "si".

Organisation: Keystone Global Mobility (KGM), a corporate relocation
company, and its Health & Accessibility Desk ("HAD", also "med-accom desk")
that serves transferring employees ("transferees") and their families.
Everything is made up; people, numbers and addresses are synthetic.

Writes si.log (500 lines) and si.labels.jsonl in the current directory.
Standard library only, fixed seed -> byte-identical output on every run.

Systems simulated (family names in the labels file; 20 families)
  reloccore_pino     RelocCore case service, Node/pino JSON (epoch ms time):
                     medical intake, household members, car shipment, MEDIF /
                     DME transfer, appointment booking, ACH payee changes, infra
  portal_nginx       transferee portal, nginx combined access log + timings
  hl7_mdm            HL7 v2.5.1 MDM^T02 records-transfer messages from old
                     physicians' EHRs (one segment per line)
  fhir_rx            RxBridge FHIR R4 MedicationRequest / Patient / OperationOutcome
  ncpdp_xml          NCPDP SCRIPT 2017071 RxTransferRequest XML (one line)
  faxsrv             desk fax server job log (outbound records requests, inbound)
  postfix            syslog from the mail relay (postfix/smtp, cleanup, qmgr)
  sms_gw             SMS gateway status/inbound callbacks (Twilio-style JSON)
  desk_chat          web chat transcript export (EN/ES free text)
  expense_csv        Concur-style relocation expense export (header + rows)
  x12_270            X12 005010X279A1 eligibility request segments (new plan)
  sis_referral       school-district special-education referral rows (pipe)
  housing_kv         AccessNest accessible-housing search, key=value
  petair             pet / service-animal transport vendor records (pipe)
  emedical_fw        visa medical exam (panel physician) fixed-width export
  visa_docs          visa document service, Python structlog JSON (photos,
                     fingerprint minutiae, I-485 prefill, I-693 sealing)
  docgen_java        document generator (Java/logback) with stack traces
  pgaudit            PostgreSQL + pgAudit statement log
  pan_cef            firewall CEF (PAN-OS) traffic log, SIEM export
  dmc_notiz          German destination-services partner notes (DMC Muenchen)

Labeling decisions (grey cases)
  * The persons served are the transferee and every member of the moving
    household (spouse/partner, children, dependent parents) and emergency
    contacts named in their records. Their identifiers are PHI.
  * Not PHI: KGM staff (consultants, desk nurses), physicians, panel
    physicians, school staff, vendor staff, HR contacts at the corporate
    client, their work emails/phones/faxes, clinic and vendor addresses,
    NPIs of physicians, KGM's own address/phones, corporate client names,
    pet names, airline flight numbers, airport codes.
  * KGM relocation case numbers (KGM-YY-NNNNNNN) identify the household ->
    other_id. Corporate employee IDs of the transferee -> other_id.
    School student IDs, school referral IDs, visa HAP IDs, USCIS A-numbers,
    visa case numbers, pet microchip numbers and rabies-certificate numbers
    (tie the animal to the household) -> other_id.
  * NOT labeled: KGM helpdesk ticket numbers, appointment IDs, vendor
    booking/invoice numbers, expense line item IDs, message/queue IDs,
    fax job IDs, trace/request IDs: workflow numbers of businesses.
  * Expense report IDs and reimbursement claim numbers are the person's
    billing/reimbursement numbers -> account. Full card numbers (Luhn
    valid) -> account. Masked cards / accountLast4 showing only the last 4
    digits are NOT labeled. Bank routing numbers
    (the bank's) are not labeled; the person's DFI account number is.
  * Passport numbers, driver's licences, disabled-parking placard numbers
    -> license. ITINs of international transferees -> ssn.
  * Cities: origin / destination / temporary-housing city of a household
    (the place they live or will live) -> address, even when written alone
    ("home_city=Pittsburgh"); the search area of a client's housing search
    is treated the same way. States and countries are never labeled.
    Addresses of candidate listings returned by the housing search are
    public listings, NOT labeled; the unit a client signs a lease for IS.
  * Dates tied to a person (birth, move, lease start, exam, appointment,
    service/expense, travel, letter validity) -> date, in any format
    (20240718, 07/18/2024, 18.06., "Jun 18"). Log timestamps, HL7/X12
    message creation times and file creation dates are not labeled.
  * Ages only when > 89 (a dependent parent aged 90+); other ages not.
  * Portal access logs: the end-user IP of a transferee -> ip; request
    paths and referers that contain a case number -> the whole path/URL
    is one url span (the case number inside is not labeled separately).
    Load-balancer, CDN, monitoring and server IPs are not PHI.
  * FHIR "Patient/<id>" references: the id part -> mrn. HL7 XPN names
    (LAST^FIRST^M) are one name span; X12/NCPDP last and first names sit
    in separate elements and are two spans. A first name alone of a client
    (SMS, chat) -> name.
  * Device serials of things a family member uses/carries (insulin pump,
    CPAP, oxygen concentrator, cochlear processor, phone IMEI, UDI with a
    serial) -> device. VINs and licence plates of the family's shipped
    car -> vehicle.
  * Base64 fingerprint minutiae -> biometric; base64 passport photos ->
    photo. The phone number a client writes from or is texted at -> phone;
    a client's home fax (inbound fax CSID) -> fax; physicians' faxes not.
  * A family surname alone ("Familie Kaur", SQL last_name = 'Ng') -> name.
  * Junk values a person typed (SSN/ITIN failing format checks) are still
    labeled with their category: they are that person's attempted value.
  * SQL literals are labeled as written ('O''Neill' -> O''Neill); JSON
    values are labeled where their (possibly \\u-escaped) bytes are.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import sys
import urllib.parse
import uuid

SEED = 2406_23_51
R = random.Random(SEED)
N_LINES = 500


# ---------------------------------------------------------------- builder
def _json_dec(raw):
    return json.loads('"' + raw + '"')


class P:
    """A PHI value placed in a line; raw is how it is written (encoded)."""
    __slots__ = ("v", "cat", "raw", "dec")

    def __init__(self, v, cat, raw=None, dec=None):
        self.v, self.cat, self.raw, self.dec = v, cat, raw, dec


class S:
    """A string made of plain parts and P parts (e.g. a JSON msg)."""

    def __init__(self, *parts):
        self.parts = parts


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []

    def t(self, *parts):
        for x in parts:
            if isinstance(x, P):
                raw = x.raw if x.raw is not None else str(x.v)
                s = len(self.buf)
                self.buf += raw.encode("utf-8")
                self.spans.append((s, len(self.buf), x.cat, raw, x.v, x.dec))
            elif isinstance(x, S):
                for y in x.parts:
                    self.t(y)
            else:
                self.buf += str(x).encode("utf-8")
        return self


def jesc(s, ascii_):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def jw(line, obj, ascii_=False, sep=(",", ":")):
    """Write obj as JSON into line; P/S values become labeled spans."""
    if isinstance(obj, dict):
        line.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                line.t(sep[0])
            line.t(json.dumps(k, ensure_ascii=ascii_), sep[1])
            jw(line, v, ascii_, sep)
        line.t("}")
    elif isinstance(obj, list):
        line.t("[")
        for i, v in enumerate(obj):
            if i:
                line.t(sep[0])
            jw(line, v, ascii_, sep)
        line.t("]")
    elif isinstance(obj, P):
        if isinstance(obj.v, int):
            line.t(P(obj.v, obj.cat, str(obj.v)))
        else:
            line.t('"', P(obj.v, obj.cat, jesc(obj.v, ascii_), _json_dec), '"')
    elif isinstance(obj, S):
        line.t('"')
        for y in obj.parts:
            if isinstance(y, P):
                line.t(P(y.v, y.cat, jesc(y.v, ascii_), _json_dec))
            else:
                line.t(jesc(y, ascii_))
        line.t('"')
    else:
        line.t(json.dumps(obj, ensure_ascii=ascii_))
    return line


def J(fam, obj, ascii_=False, sep=(",", ":")):
    return jw(Line(fam), obj, ascii_, sep)


# ---------------------------------------------------------------- clock
T0 = dt.datetime(2024, 6, 11, 12, 58, 4, 117000, tzinfo=dt.timezone.utc)
_now = [T0]


def tick():
    _now[0] += dt.timedelta(milliseconds=R.randint(300, 70000))
    return _now[0]


def now():
    return _now[0]


def iso_ms(t=None):
    t = t or now()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def epoch_ms(t=None):
    t = t or now()
    return int(t.timestamp() * 1000)


def syslog_ts(t=None):
    t = t or now()
    return t.strftime("%b ") + "%2d" % t.day + t.strftime(" %H:%M:%S")


# ---------------------------------------------------------------- ids
def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


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


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def card_pan(prefix, length=16):
    body = prefix + digits(length - len(prefix) - 1)
    return body + luhn_digit(body)


def npi():
    body = "1" + digits(8)
    return body + luhn_digit("80840" + body)


def imei():
    body = R.choice(["35", "86", "01"]) + digits(12)
    return body + luhn_digit(body)


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(wmi + "".join(R.choice(al) for _ in range(5)) + "0"
             + R.choice("LMNPR") + R.choice(al) + digits(6))
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def itin():
    return "9%02d-%d%d-%04d" % (R.randint(0, 99), R.choice([7, 8]), R.randint(0, 8),
                                R.randint(1, 9999))


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    AN = A + N
    pat = [("123456789")] + [A, AN, N, A, AN, N, A, A, N, N]
    return "".join(R.choice(p) for p in pat)


def mac():
    return ":".join("%02X" % R.randint(0, 255) for _ in range(6))


def b64blob(head, n):
    raw = head + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


# ---------------------------------------------------------------- people
FIRST_F = ["Priya", "Marisol", "Hannah", "Aisling", "Farah", "Amara", "Ngozi",
           "Léa", "Zainab", "Summer", "Rose", "Faith", "Dawn", "Ingrid", "Aroha",
           "Thandiwe", "Beatriz", "Camille", "Maëlle", "Joy", "Sunny", "Yuki",
           "Oksana", "Mei-Ling", "Grace", "Precious", "Ebony", "Siobhán"]
FIRST_M = ["Mateo", "Oluwaseun", "Kenji", "Dmitri", "Tomasz", "Jun", "Rhys",
           "Sebastián", "Björn", "Anh", "Rafael", "Hunter", "Grant", "Wade",
           "Chase", "Mehmet", "Siddharth", "Yusuf", "Eero", "Tariq", "Lachlan",
           "Bao", "Kwame", "Ignacio", "Miles", "Royal", "Cash", "Leif"]
LAST = ["Okafor", "Ortega-Díaz", "Nakamura", "Kowalczyk", "Van der Berg",
        "de la Cruz", "Haddad", "Fitzgerald-Oyelaran", "Bishop", "Frost",
        "Young", "Rose", "Mendes Pereira", "Ng", "Lindqvist", "Abubakar",
        "Castellanos", "Park", "Sato-Whitfield", "Winter", "Baker",
        "Mackintosh", "O'Neill", "Nguyen", "Al-Sayed", "Kaur", "Petrov", "Iwu",
        "Hale", "Moon", "Fox", "Schneider-Yilmaz", "St. Clair", "Brandt",
        "Oyelowo", "Marsh", "Gallagher-Reyes", "Tanaka", "Silva", "Lucky",
        "Cho", "Obi", "Bell-Armstrong", "Quintero", "Jablonski", "Stone"]

US_CITIES = [("Pittsburgh", "PA", "152", "412"), ("Austin", "TX", "787", "512"),
             ("Round Rock", "TX", "786", "512"), ("Denver", "CO", "802", "303"),
             ("Raleigh", "NC", "276", "919"), ("Columbus", "OH", "432", "614"),
             ("Phoenix", "AZ", "850", "602"), ("Seattle", "WA", "981", "206"),
             ("Henderson", "NV", "890", "702"), ("Minneapolis", "MN", "554", "612"),
             ("Charlotte", "NC", "282", "704"), ("Boise", "ID", "837", "208"),
             ("Bethel Park", "PA", "151", "412"), ("Cary", "NC", "275", "919")]
STREETS = ["Oak St", "Bluebonnet Ln", "Maple Ave", "Ridgeview Ct", "Juniper Dr",
           "Liberty Way", "Highland Ave", "Walnut St", "Cedar Hollow Rd",
           "Larkspur Ln", "Penn Ave", "Sycamore Pl", "Aspen Ridge Dr",
           "Mockingbird Ln", "Shady Grove Rd", "Kessler Blvd", "W 38th St",
           "Foxglove Ter", "Harmony Cir", "Prospect St"]
INTL = [
    ("München", "DE", ["Leopoldstraße", "Agnes-Bernauer-Str.", "Schleißheimer Str.", "Nymphenburger Str."], lambda: "80%03d" % R.randint(331, 999), "+49 89 "),
    ("London", "GB", ["Brixton Rd", "Camden High St", "Mare St", "Holloway Rd"], lambda: R.choice(["SW9 8", "N7 6", "E8 3", "NW1 7"]) + R.choice("ABDEHJLNPQRSTUWXYZ") + R.choice("ABDEHJLNPQRSTUWXYZ"), "+44 7700 "),
    ("Osaka", "JP", ["Nishi-ku Utsubo-honmachi 1-", "Kita-ku Umeda 3-", "Tennoji-ku Uehonmachi 6-"], lambda: "5%02d-%04d" % (R.randint(30, 59), R.randint(1, 9999)), "+81 90-"),
    ("Toronto", "CA", ["Danforth Ave", "Queen St W", "Bathurst St", "Eglinton Ave E"], lambda: R.choice(["M4K", "M6J", "M5S", "M4P"]) + " " + "%d%s%d" % (R.randint(1, 9), R.choice("ABCEGHJKLMNPRSTVXY"), R.randint(0, 9)), "+1 416 "),
]
EMAIL_DOM = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me",
             "hotmail.co.uk", "gmx.de", "comcast.net"]
CORPS = [("Norvane Pharmaceuticals", "norvane.com"), ("Helix Aerospace", "helixaero.com"),
         ("BrightHarbor Bank", "brightharbor.com"), ("Quillon Semiconductors", "quillon-semi.com"),
         ("Arden & Marsh LLP", "ardenmarsh.com")]


def strip_acc(s):
    tr = str.maketrans("áéíóúñÁÉÍÓÚÑëöäüÖÄÜåø", "aeiounAEIOUNeoauOAUao")
    return s.translate(tr)


def rdate(y0, y1):
    d0 = dt.date(y0, 1, 1).toordinal()
    d1 = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(d0, d1))


def us_phone(area):
    return "%s-555-01%02d" % (area, R.randint(0, 99))


def us_addr(cityrec):
    city, st, zp, area = cityrec
    street = "%d %s" % (R.randint(12, 9870), R.choice(STREETS))
    if R.random() < 0.3:
        street += R.choice([" Apt ", " Unit ", " #"]) + R.choice(["2B", "4", "117", "C", "310"])
    return {"street": street, "city": city, "state": st, "zip": zp + "%02d" % R.randint(1, 99),
            "country": "US", "area": area}


def intl_addr(rec):
    city, cc, streets, zipf, pfx = rec
    st = R.choice(streets)
    street = st + str(R.randint(1, 40)) if st.endswith("-") else "%s %d" % (st, R.randint(2, 180))
    if cc in ("DE",):
        street = "%s %d" % (st, R.randint(2, 180))
    return {"street": street, "city": city, "state": "", "zip": zipf(), "country": cc,
            "area": pfx}


class Person:
    def __init__(self, first, last, sex, dob):
        self.first, self.last, self.sex, self.dob = first, last, sex, dob
        self.mid = R.choice("ABCDEJKLMNRST")

    @property
    def full(self):
        return "%s %s" % (self.first, self.last)

    @property
    def lf(self):
        return "%s, %s" % (self.last, self.first)


def mk_first(sex):
    return R.choice(FIRST_F if sex == "F" else FIRST_M)


class Household:
    def __init__(self, i):
        last = LAST[i % len(LAST)] if i < len(LAST) else R.choice(LAST)
        sex = R.choice("FM")
        self.t = Person(mk_first(sex), last, sex, rdate(1966, 1996))
        self.members = [self.t]
        self.spouse = None
        if R.random() < 0.7:
            s2 = "M" if sex == "F" else "F"
            sl = last if R.random() < 0.6 else R.choice(LAST)
            self.spouse = Person(mk_first(s2), sl, s2, rdate(1966, 1996))
            self.members.append(self.spouse)
        self.kids = []
        for _ in range(R.choice([0, 1, 1, 2, 2, 3])):
            ks = R.choice("FM")
            k = Person(mk_first(ks), last, ks, rdate(2008, 2021))
            self.kids.append(k)
            self.members.append(k)
        self.elder = None
        if R.random() < 0.22:
            es = R.choice("FM")
            self.elder = Person(mk_first(es), R.choice([last, R.choice(LAST)]), es,
                                rdate(1927, 1934))
            self.elder.age = 2024 - self.elder.dob.year - (1 if self.elder.dob > dt.date(self.elder.dob.year, 6, 11) else 0)
            self.members.append(self.elder)
        self.intl = R.random() < 0.3
        if self.intl:
            self.orig = intl_addr(R.choice(INTL))
        else:
            self.orig = us_addr(R.choice(US_CITIES))
        dc = R.choice([c for c in US_CITIES if c[0] != self.orig["city"]])
        self.dest = us_addr(dc)
        self.temp = us_addr(dc)
        self.case = "KGM-24-%07d" % R.randint(100000, 2999999)
        self.corp = R.choice(CORPS)
        self.emp = R.choice(["E", "N", "HX", ""]) + digits(R.choice([6, 7]))
        fl = strip_acc(self.t.first.lower()).replace(" ", "")
        ll = strip_acc(self.t.last.lower()).replace(" ", "").replace("'", "")
        self.email = R.choice(["%s.%s", "%s%s", "%s_%s" + digits(2), "%s.%s" + digits(2)]) % (fl, ll) + "@" + R.choice(EMAIL_DOM)
        self.work_email = "%s.%s@%s" % (fl[0], ll, self.corp[1])
        if self.intl:
            pfx = self.orig["area"]
            self.phone = pfx + (digits(3) + " " + digits(4) if "+49" in pfx else
                                "%s-%s" % (digits(4), digits(4)) if "+81" in pfx else
                                digits(6) if "+44" in pfx else "555-01%02d" % R.randint(0, 99))
        else:
            self.phone = us_phone(self.orig["area"])
        self.cell_us = us_phone(dc[3])
        self.ssn = itin() if self.intl else ssn()
        self.passport = (R.choice(["C", "L"]) + "".join(R.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8))
                         if self.orig["country"] == "DE" else
                         "T" + R.choice("KRZ") + digits(7) if self.orig["country"] == "JP" else
                         digits(9))
        self.dl = R.choice([digits(8), "%s-%s-%s" % (digits(2), digits(3), digits(4)),
                            R.choice("ABCDEFGHJKLMNPRSTW") + digits(7)])
        self.mrn_old = digits(8)
        self.mrn_new = "E" + digits(7)
        self.acct = "HB" + digits(9)
        self.member = R.choice(["W", "XJK", "U", "ZGP"]) + digits(9)
        self.group = digits(6)
        self.card = card_pan(R.choice(["4", "51", "37", "6011"]),
                             15 if False else 16)
        self.bank = digits(R.choice([9, 10, 12]))
        self.ip = "%d.%d.%d.%d" % (R.choice([73, 98, 24, 71, 174, 108, 67, 86, 2, 217]),
                                   R.randint(1, 254), R.randint(0, 254), R.randint(2, 254))
        mm = R.randint(6, 9)
        self.move = dt.date(2024, mm, R.randint(22 if mm == 6 else 1, 28))
        self.lease = self.move + dt.timedelta(days=R.randint(-5, 10))
        self.expense_rpt = "RPT-" + digits(8)
        self.pets = []
        if R.random() < 0.45:
            self.pets.append((R.choice(["Biscuit", "Juniper", "Mochi", "Captain", "Pepper", "Ollie", "Zeus"]),
                              R.choice(["DOG", "CAT", "DOG"]),
                              R.choice(["985", "981", "900", "956"]) + digits(12),
                              "%d-%s" % (R.choice([2023, 2024]), digits(5)),
                              R.random() < 0.35))
        self.car = None
        if R.random() < 0.4:
            st = self.dest["state"]
            plate = R.choice(["%s%s%s-%s" % (R.choice("ABCDEFGHJKLMNPRSTVWXYZ"), R.choice("ABCDEFGHJKLMNPRSTVWXYZ"), R.choice("ABCDEFGHJKLMNPRSTVWXYZ"), digits(4)),
                              "%s%s%s" % (digits(1), "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)), digits(3))])
            self.car = (vin(R.choice(["1HG", "5YJ", "1FT", "JTD", "WBA", "3VW", "2T3"])), plate, st)
        self.devices = []
        for p in self.members:
            if R.random() < 0.18:
                kind = R.choice(["insulin_pump", "cpap", "poc", "cochlear"])
                if kind == "insulin_pump":
                    ser = "NG" + digits(7) + "H"
                    udi = "(01)00643169%s(17)%s(21)%s" % (digits(6), "261130", ser)
                elif kind == "cpap":
                    ser = "2" + digits(10)
                    udi = None
                elif kind == "poc":
                    ser = "G5" + digits(8)
                    udi = None
                else:
                    ser = "CP1%s-%s" % (digits(3), digits(6))
                    udi = None
                self.devices.append((p, kind, ser, udi))
        self.placard = R.choice(["PP", "DP", ""]) + digits(7)
        self.students = {k.first: ("S" + digits(7)) for k in self.kids}
        self.hap = "HAP" + digits(8)
        self.anum = "A" + digits(9)
        self.imei = imei()
        self.vp = "VPR-" + hexs(12)


HH = [Household(i) for i in range(34)]

STAFF = ["Dana Whitlock", "Rahul Menon", "Colette Ibáñez", "Marcus Bell", "Ifeoma Chukwu",
         "Trevor Lindgren", "Soo-ah Jang", "Paloma Reyes"]
STAFF_IDS = ["dwhitlock", "rmenon", "cibanez", "mbell", "ichukwu", "tlindgren", "sjang", "preyes"]
DOCS = [("Eleanor Voss", "MD", "Allegheny Family Medicine", "5800 Forbes Ave, Pittsburgh, PA 15217", "412-555-0187"),
        ("Samuel Adeyemi", "MD", "Lakeline Pediatrics", "11111 Lakeline Blvd Ste 200, Austin, TX 78717", "512-555-0163"),
        ("Hiroshi Tanabe", "MD", "Civil Surgeon Clinic of Austin", "2500 W William Cannon Dr, Austin, TX 78745", "512-555-0199"),
        ("Gwen Marlowe", "DO", "Front Range Internal Medicine", "1601 E 19th Ave, Denver, CO 80218", "303-555-0121"),
        ("Anjali Raman", "MD", "Wake Endocrine Associates", "3320 Wake Forest Rd, Raleigh, NC 27609", "919-555-0134"),
        ("Klaus Feldmann", "Dr. med.", "Praxis am Rotkreuzplatz", "Rotkreuzplatz 2, 80634 München", "+49 89 5550 1220")]
DOC_NPI = {d[0]: npi() for d in DOCS}
PHARM = [("CVS Pharmacy #04411", "4412358"), ("Walgreens #11872", "3387712"),
         ("H-E-B Pharmacy 612", "4567291"), ("KGM Partner Mail Rx", "0598821")]
MEDS = [("860975", "metformin hydrochloride 500 MG Extended Release Oral Tablet"),
        ("197361", "amlodipine 5 MG Oral Tablet"),
        ("1049221", "acetaminophen 325 MG / oxycodone hydrochloride 5 MG Oral Tablet"),
        ("311036", "insulin lispro 100 UNT/ML Injectable Solution"),
        ("1190795", "methylphenidate hydrochloride 36 MG Extended Release Oral Tablet"),
        ("312938", "sertraline 50 MG Oral Tablet"),
        ("896188", "levetiracetam 500 MG Oral Tablet"),
        ("745679", "albuterol 0.09 MG/ACTUAT Metered Dose Inhaler")]
KGM_ADDR = "1500 Liberty Ave Ste 900, Pittsburgh, PA 15222"


def hh():
    return R.choice(HH)


def dset(h):
    return R.choice(h.members)


def fmt_us(d):
    return d.strftime("%m/%d/%Y")


QUIET = [False]


def rr():
    """branch selector; when the PHI-line share runs high, pick the plain branch"""
    return R.uniform(0.86, 1.0) if QUIET[0] else R.random()


def reqid():
    return "req-" + hexs(6)


# ---------------------------------------------------------------- families
def f_reloccore():
    h = hh()
    base = {"level": 30, "time": epoch_ms(), "pid": R.choice([2211, 2214, 3187]),
            "hostname": "reloccore-api-%s-%s" % (hexs(9), hexs(5)), "reqId": reqid()}
    r = rr()
    if r < 0.22:
        acc = R.sample(["ground_floor", "roll_in_shower", "36in_doorways", "grab_bars",
                        "elevator", "no_carpet", "visual_alarms", "ev_charger_accessible_parking"], 3)
        o = dict(base, msg="case.intake.medical", caseNo=P(h.case, "other_id"),
                 transferee={"name": P(h.t.full, "name"), "empId": P(h.emp, "other_id"),
                             "client": h.corp[0]},
                 origin={"city": P(h.orig["city"], "address"), "country": h.orig["country"]},
                 dest={"city": P(h.dest["city"], "address"), "state": h.dest["state"]},
                 moveDate=P(h.move.isoformat(), "date"), accommodations=acc,
                 householdSize=len(h.members), consultant=R.choice(STAFF))
        return [J("reloccore_pino", o)]
    if r < 0.34:
        h = R.choice([x for x in HH if x.car])
        v, pl, st = h.car
        o = dict(base, msg="vehicle.shipment.booked", caseNo=P(h.case, "other_id"),
                 carrier="Montway", bookingRef="MW-%s" % digits(7), vin=P(v, "vehicle"),
                 plate=P(pl, "vehicle"), plateState=st, pickupDate=P((h.move - dt.timedelta(days=R.randint(3, 9))).isoformat(), "date"),
                 quoteUsd=R.choice([1290, 1475, 1830, 2115]))
        return [J("reloccore_pino", o)]
    if r < 0.46:
        h = R.choice([x for x in HH if x.devices])
        p, kind, ser, udi = R.choice(h.devices)
        if R.random() < 0.45:
            o = dict(base, msg="dme.supplier.transfer", caseNo=P(h.case, "other_id"), member=P(p.full, "name"),
                     equipment={"type": kind, "serial": P(ser, "device")},
                     udi=P(udi, "device") if udi else None, fromSupplier="Apria Healthcare", toSupplier="AdaptHealth",
                     lastDownload=P((h.move - dt.timedelta(days=R.randint(10, 40))).isoformat(), "date"))
            return [J("reloccore_pino", o)]
        o = dict(base, level=R.choice([30, 40]), msg="medif.submitted", caseNo=P(h.case, "other_id"),
                 airline=R.choice(["UA", "DL", "AA", "LH"]), form="MEDIF-A",
                 passenger=P(p.lf.upper(), "name"), device={"type": kind,
                 "serial": P(ser, "device")}, travelDate=P(h.move.isoformat(), "date"),
                 batteryWh=R.choice([None, 99, 160]))
        return [J("reloccore_pino", o)]
    if r < 0.53:
        h = R.choice([x for x in HH if x.elder])
        e = h.elder
        o = dict(base, msg="household.member.added", caseNo=P(h.case, "other_id"),
                 member={"rel": "parent", "name": P(e.full, "name"), "age": P(e.age, "age"),
                         "needs": ["wheelchair", "home_health_referral"]},
                 medicare={"mbi": P(mbi(), "health_plan")})
        return [J("reloccore_pino", o)]
    if r < 0.64:
        p = dset(h)
        doc = R.choice(DOCS[:5])
        slot = dt.datetime(2024, R.randint(6, 8), R.randint(1, 28), R.choice([8, 9, 10, 13, 14]), R.choice([0, 30]))
        o = dict(base, msg="appointment.booked", appt="AP-%d" % R.randint(10000, 99999),
                 kind="peds_new_patient" if p.dob.year > 2006 else R.choice(["visa_medical", "new_pcp", "endo_transfer"]),
                 clinic=doc[2], providerNpi=DOC_NPI[doc[0]], patient=P(p.full, "name"), dob=P(p.dob.isoformat(), "date"),
                 slot=P(slot.strftime("%Y-%m-%dT%H:%M:00-05:00"), "date"), durMin=R.choice([30, 45, 90]),
                 interp=R.choice(["none", "es", "ja", "de", "pt-BR"]))
        return [J("reloccore_pino", o)]
    if r < 0.70:
        o = dict(base, msg="reimbursement.payee.updated", caseNo=P(h.case, "other_id"), method="ACH",
                 routing=R.choice(["043000096", "114000093", "102000076", "053000219"]), accountLast4=h.bank[-4:],
                 accountNo=P(h.bank, "account"), changedBy=R.choice(STAFF_IDS))
        return [J("reloccore_pino", o)]
    msgs = [("cache refreshed", {"keys": R.randint(200, 4000), "ms": R.randint(3, 90)}),
            ("request completed", {"res": {"statusCode": R.choice([200, 200, 204, 304])},
                                   "responseTime": R.randint(4, 300), "route": "/v3/cases/:caseNo/tasks"}),
            ("feature flags loaded", {"flags": ["rx_bridge_v2", "sis_autoreferral"], "ver": "ff-%d" % R.randint(300, 420)}),
            ("sla timer breached", {"queue": "med-accom", "ticket": "HAD-%d" % R.randint(40000, 49999), "overdueMin": R.randint(5, 300)}),
            ("db pool stats", {"total": 20, "idle": R.randint(0, 20), "waiting": R.randint(0, 4)})]
    m, extra = R.choice(msgs)
    lvl = 40 if "breach" in m else 30
    return [J("reloccore_pino", dict(base, level=lvl, msg=m, **extra))]


UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
      "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.113 Mobile Safari/537.36"]


def nginx_ts():
    return now().strftime("[%d/%b/%Y:%H:%M:%S +0000]")


def f_portal():
    r = rr()
    L = Line("portal_nginx")
    if r < 0.5:
        h = hh()
        sub = R.choice(["documents/medical-release", "housing/saved", "tasks", "school/referral",
                        "expenses/new", "pets/service-animal", "visa/medical-exam"])
        path = "/t/%s/%s" % (h.case, sub)
        meth = R.choice(["GET", "GET", "POST"])
        L.t(P(h.ip, "ip"), " - - ", nginx_ts(), ' "%s ' % meth, P(path, "url"),
            ' HTTP/2.0" %d %d "' % (R.choice([200, 200, 302, 201]), R.randint(300, 48000)),
            P("https://portal.kgmobility.com/t/%s/home" % h.case, "url"), '" "%s" rt=%.3f uct=0.000 upstream=10.20.6.%d:8080'
            % (R.choice(UA), R.uniform(0.005, 1.2), R.randint(10, 40)))
        return [L]
    if r < 0.65:
        h = hh()
        L.t(P(h.ip, "ip"), " - - ", nginx_ts(), ' "POST /api/v2/session HTTP/2.0" %d %d "https://portal.kgmobility.com/login" "%s" rt=%.3f uct=0.001 upstream=10.20.6.%d:8080'
            % (R.choice([200, 401, 200]), R.randint(200, 900), R.choice(UA), R.uniform(0.05, 0.6), R.randint(10, 40)))
        return [L]
    if r < 0.8:
        L.t("10.20.0.%d - - %s \"GET /healthz HTTP/1.1\" 200 17 \"-\" \"ELB-HealthChecker/2.0\" rt=0.001 uct=0.000 upstream=10.20.6.%d:8080"
            % (R.randint(2, 9), nginx_ts(), R.randint(10, 40)))
        return [L]
    asset = R.choice(["/static/js/app.8f3a2c1e.js", "/static/css/main.41bb09.css", "/fonts/Inter-var.woff2",
                      "/static/img/logo-kgm@2x.png", "/robots.txt"])
    bot = R.random() < 0.5
    ip = "66.249.66.%d" % R.randint(1, 200) if bot else "151.101.%d.%d" % (R.randint(0, 255), R.randint(1, 254))
    ua = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" if bot else "Fastly-Shield/1.0"
    size = 68 if asset == "/robots.txt" else R.randint(9000, 220000)
    st = R.choice([200, 304])
    L.t('%s - - %s "GET %s HTTP/1.1" %d %d "-" "%s" rt=0.%03d uct=- upstream=-'
        % (ip, nginx_ts(), asset, st, 0 if st == 304 else size, ua, R.randint(0, 40)))
    return [L]


def hl7_ts():
    return now().strftime("%Y%m%d%H%M%S")


def f_hl7():
    h = hh()
    p = dset(h)
    doc = R.choice(DOCS[:5])
    ctl = "MSG%08d" % R.randint(1, 99999999)
    fac = {"Allegheny Family Medicine": "AFM", "Lakeline Pediatrics": "LKPED", "Front Range Internal Medicine": "FRIM",
           "Wake Endocrine Associates": "WEA", "Civil Surgeon Clinic of Austin": "CSCA"}[doc[2]]
    out = []
    out.append(Line("hl7_mdm").t("MSH|^~\\&|%s|%s|KGM-RXBRIDGE|KGMOBILITY|%s||MDM^T02^MDM_T02|%s|P|2.5.1|||AL|NE"
                                 % (R.choice(["ATHENANET", "EPIC", "ECW"]), fac, hl7_ts(), ctl)))
    out.append(Line("hl7_mdm").t("EVN|T02|%s|||%s^%s^%s" % (hl7_ts(), R.choice(["jkemp", "mrosario", "tpruitt"]), "Records", "Clerk")))
    a = h.orig if R.random() < 0.7 or h.intl else h.dest
    if h.intl:
        a = h.temp
    name = "%s^%s^%s" % (strip_acc(p.last).upper(), strip_acc(p.first).upper(), p.mid)
    ph = "(%s)555-01%02d" % (a["area"], R.randint(0, 99)) if p is not h.t or h.intl else "(%s)%s" % (h.phone[:3], h.phone[4:])
    L = Line("hl7_mdm").t("PID|1||", P(h.mrn_old if not h.intl else h.mrn_new, "mrn"), "^^^%s^MR||" % fac, P(name, "name"),
                          "||", P(p.dob.strftime("%Y%m%d"), "date"), "|%s|||" % p.sex,
                          P("%s^^%s" % (a["street"], a["city"]), "address"), "^%s^" % a["state"], P(a["zip"], "zip"),
                          "^USA^H||", P(ph, "phone"), "|||||", P(h.acct, "account"), "^^^%s^AN" % fac)
    if R.random() < 0.5 and not h.intl:
        L.t("|", P(h.ssn, "ssn"))
    out.append(L)
    if h.spouse and p is not h.spouse and R.random() < 0.7:
        s = h.spouse
        out.append(Line("hl7_mdm").t("NK1|1|", P("%s^%s" % (strip_acc(s.last).upper(), strip_acc(s.first).upper()), "name"),
                                     "|SPO^Spouse^HL70063||", P("(%s)555-01%02d" % (h.dest["area"], R.randint(0, 99)), "phone"), "||EC^Emergency Contact"))
    out.append(Line("hl7_mdm").t("PV1|1|O|%s^^^%s||||%s^%s^%s^^^^%s|||||||||||" %
                                 ("CLINIC", fac, DOC_NPI[doc[0]], doc[0].split()[-1].upper(), doc[0].split()[0].upper(), doc[1])))
    L = Line("hl7_mdm").t("TXA|1|CN|TX|", P(hl7_ts()[:8] if False else (h.move - dt.timedelta(days=R.randint(20, 60))).strftime("%Y%m%d"), "date"),
                          "|%s|%s||||||DOC-%s||||AU||AV" % (DOC_NPI[doc[0]], hl7_ts(), digits(7)))
    out.append(L)
    what = R.choice(["Records transfer packet: problem list, medication list, immunizations, last 3 visit notes",
                     "Continuity of care document (CCD) 38 pages; allergies reviewed",
                     "IEP-related evaluations and audiology reports attached",
                     "Endocrinology notes and pump download report attached"])
    out.append(Line("hl7_mdm").t("OBX|1|TX|11506-3^Progress note^LN||%s||||||F" % what))
    return out


def f_fhir():
    h = hh()
    p = dset(h)
    r = rr()
    pid = "pt-" + hexs(10)
    if r < 0.45:
        code, disp = R.choice(MEDS)
        doc = R.choice(DOCS[:5])
        o = {"resourceType": "MedicationRequest", "id": uid(), "meta": {"versionId": "1", "lastUpdated": iso_ms()},
             "status": "active", "intent": "order",
             "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": code, "display": disp}]},
             "subject": {"reference": S("Patient/", P(pid, "mrn")), "display": P(p.full, "name")},
             "authoredOn": P((h.move - dt.timedelta(days=R.randint(1, 30))).isoformat(), "date"),
             "requester": {"reference": "Practitioner/" + DOC_NPI[doc[0]], "display": "%s, %s" % (doc[0], doc[1])},
             "dispenseRequest": {"numberOfRepeatsAllowed": R.choice([0, 2, 5, 11]), "quantity": {"value": R.choice([30, 60, 90]), "unit": "tablet"},
                                 "performer": {"display": R.choice(PHARM)[0]}},
             "note": [{"text": "continuity supply for relocation; transfer to destination pharmacy"}]}
        return [J("fhir_rx", o, ascii_=True)]
    if r < 0.75:
        a = h.dest if R.random() < 0.5 else h.temp
        o = {"resourceType": "Patient", "id": P(pid, "mrn"),
             "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7781.1", "type": {"text": "MRN"}, "value": P(h.mrn_new, "mrn")}],
             "name": [{"family": P(p.last, "name"), "given": [P(p.first, "name")]}],
             "gender": "female" if p.sex == "F" else "male", "birthDate": P(p.dob.isoformat(), "date"),
             "telecom": [{"system": "phone", "value": P(h.cell_us, "phone"), "use": "mobile"}],
             "address": [{"line": [P(a["street"], "address")], "city": P(a["city"], "address"), "state": a["state"], "postalCode": P(a["zip"], "zip")}]}
        return [J("fhir_rx", o, ascii_=True)]
    o = {"resourceType": "OperationOutcome", "id": uid(), "issue": [{"severity": "error", "code": R.choice(["not-found", "processing", "throttled"]),
         "diagnostics": R.choice(["Pharmacy NCPDP ID not reachable via Surescripts directory", "RxNorm code inactive in formulary v2024.05",
                                  "Rate limit exceeded (429) on /MedicationRequest, retry-after=30"])}]}
    return [J("fhir_rx", o, ascii_=True)]


def f_ncpdp():
    h = hh()
    p = dset(h)
    code, disp = R.choice(MEDS)
    src, dst = R.sample(PHARM, 2)
    a = h.temp
    L = Line("ncpdp_xml")
    L.t('<Message DatatypesVersion="2017071" TransportVersion="2017071" TransactionDomain="SCRIPT" TransactionVersion="2017071" StructuresVersion="2017071" ECLVersion="2017071">'
        '<Header><To Qualifier="P">%s</To><From Qualifier="P">%s</From><MessageID>%s</MessageID><SentTime>%s</SentTime></Header><Body><RxTransferRequest>'
        '<Patient><HumanPatient><Name><LastName>' % (src[1], dst[1], hexs(32), iso_ms()),
        P(p.last, "name"), "</LastName><FirstName>", P(p.first, "name"), "</FirstName></Name><Gender>%s</Gender><DateOfBirth><Date>" % p.sex,
        P(p.dob.isoformat(), "date"), "</Date></DateOfBirth><Address><AddressLine1>", P(a["street"], "address"),
        "</AddressLine1><City>", P(a["city"], "address"), "</City><StateProvince>%s</StateProvince><PostalCode>" % a["state"],
        P(a["zip"], "zip"), "</PostalCode><CountryCode>US</CountryCode></Address></HumanPatient></Patient>"
        "<Pharmacy><Identification><NCPDPID>%s</NCPDPID></Identification><BusinessName>%s</BusinessName></Pharmacy>"
        "<MedicationRequested><DrugDescription>%s</DrugDescription><DrugCoded><ProductCode><Code>%s</Code><Qualifier>RXN</Qualifier></ProductCode></DrugCoded></MedicationRequested>"
        "</RxTransferRequest></Body></Message>" % (dst[1], dst[0], disp.replace("&", "&amp;"), code))
    return [L]


def f_fax():
    h = hh()
    p = dset(h)
    doc = R.choice(DOCS)
    t = now().strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (now().microsecond // 1000)
    r = rr()
    L = Line("faxsrv")
    fx = "+1" + doc[4].replace("-", "") if doc[4].startswith(("4", "5", "3", "9")) else doc[4].replace(" ", "")
    if r < 0.5:
        L.t("%s [FAXQ] job=FX%07d dir=OUT to=%s csid=\"KGM HEALTH DESK\" pages=%d dur=%ds speed=14400 ecm=1 status=%s cover=\"Records request: "
            % (t, R.randint(1, 9999999), fx, R.randint(2, 9), R.randint(40, 300), R.choice(["DELIVERED", "DELIVERED", "BUSY_RETRY", "NO_ANSWER"])),
            P("%s, %s" % (strip_acc(p.last).upper(), strip_acc(p.first).upper()), "name"), " / DOB ", P(fmt_us(p.dob), "date"),
            " / ref ", P(h.case, "other_id"), '"')
        return [L]
    if r < 0.8:
        csid = "+1 %s 555 01%02d" % (h.orig.get("area", "412") if not h.intl else "512", R.randint(0, 99))
        L.t("%s [FAXRX] job=FR%07d dir=IN csid=\"" % (t, R.randint(1, 9999999)), P(csid, "fax"),
            "\" ani=unknown pages=%d dur=%ds status=RECEIVED route=queue:med-accom ocr_match=" % (R.randint(1, 4), R.randint(20, 120)),
            P(h.case, "other_id"), " doc_class=HIPAA_RELEASE_SIGNED")
        return [L]
    L.t("%s [MODEM] line=%d state=%s dsp=%s fw=4.%d.%d" % (t, R.randint(1, 8), R.choice(["IDLE", "RINGING", "TRAINING"]),
                                                           R.choice(["Brooktrout TR1034", "Dialogic SR140"]), R.randint(0, 9), R.randint(0, 30)))
    return [L]


def f_postfix():
    h = hh()
    qid = "".join(R.choice("0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz") for _ in range(12))
    host = R.choice(["mx1", "mx2"])
    pid = R.randint(1000, 40000)
    r = rr()
    L = Line("postfix")
    if r < 0.45:
        em = h.email if R.random() < 0.7 else h.work_email
        dom = em.split("@")[1]
        relay = {"gmail.com": "gmail-smtp-in.l.google.com[142.250.102.27]:25", "outlook.com": "outlook-com.olc.protection.outlook.com[52.101.9.12]:25"}.get(
            dom, "mx.%s[%d.%d.%d.%d]:25" % (dom, R.randint(40, 210), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)))
        L.t("%s %s postfix/smtp[%d]: %s: to=<" % (syslog_ts(), host, pid, qid), P(em, "email"),
            ">, relay=%s, delay=%.1f, delays=%.2f/0/%.2f/%.2f, dsn=2.0.0, status=sent (%s)"
            % (relay, R.uniform(0.3, 4), R.uniform(0, 0.2), R.uniform(0.1, 1), R.uniform(0.1, 2),
               "250 2.0.0 OK  %d %s.%d - gsmtp" % (epoch_ms() // 1000, hexs(12), R.randint(1, 9)) if "google" in relay else
               "250 2.6.0 <%s@notify.kgmobility.com> [InternalId=%s] Queued mail for delivery" % (uid(), digits(13)) if "outlook" in relay else
               "250 OK id=1s%s-%s-%s" % (hexs(4), hexs(6), hexs(2))))
        return [L]
    if r < 0.7:
        st = R.choice(STAFF_IDS)
        L.t("%s %s postfix/smtp[%d]: %s: to=<%s@kgmobility.com>, relay=kgmobility-com.mail.protection.outlook.com[52.101.40.%d]:25, delay=0.9, dsn=2.6.0, status=sent (250 2.6.0 Queued mail for delivery)"
            % (syslog_ts(), host, pid, qid, st, R.randint(2, 200)))
        return [L]
    if r < 0.85:
        L.t("%s %s postfix/cleanup[%d]: %s: message-id=<%s.%s@notify.kgmobility.com>" % (syslog_ts(), host, pid, qid, uid(), epoch_ms()))
        return [L]
    L.t("%s %s postfix/qmgr[%d]: %s: from=<noreply@notify.kgmobility.com>, size=%d, nrcpt=1 (queue active)" % (syslog_ts(), host, pid, qid, R.randint(3000, 90000)))
    return [L]


def short_date(d):
    return d.strftime("%b ") + str(d.day)


def f_sms():
    h = hh()
    r = rr()
    sid = "SM" + hexs(32)
    if r < 0.5:
        doc = R.choice(DOCS[:5])
        appt = dt.date(2024, 6, R.randint(12, 28))
        o = {"MessageSid": sid, "AccountSid": "AC" + hexs(32), "From": "+14125550100",
             "To": P("+1" + h.cell_us.replace("-", ""), "phone"),
             "Body": S("KGM Health Desk: Hi ", P(h.t.first, "name"), ", your ",
                       R.choice(["visa medical exam", "new-patient visit", "records pickup", "school intake meeting"]),
                       " with Dr. %s is confirmed for " % doc[0].split()[-1], P(short_date(appt), "date"),
                       " at %d:%s %s. Reply C to confirm, R to reschedule." % (R.randint(8, 11), R.choice(["00", "15", "30"]), "AM")),
             "MessageStatus": R.choice(["delivered", "sent", "undelivered"]), "NumSegments": "2", "ApiVersion": "2010-04-01"}
        return [J("sms_gw", o, sep=(", ", ": "))]
    if r < 0.8:
        k = R.choice(h.kids) if h.kids else h.t
        d2 = h.move + dt.timedelta(days=2)
        body = R.choice([
            S("we land on ", P("%d/%d" % (h.move.month, h.move.day), "date"), ", can the new pediatrician see ", P(k.first, "name"), " on the ",
              P(str(d2.day) + ("th" if d2.day not in (1, 2, 3, 21, 22, 23) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[d2.day]), "date"), "?"),
            S("C"),
            S("pharmacy says they never got the transfer for my ", R.choice(["insulin", "sertraline", "inhaler"]), " - I have 4 days left"),
            S("Sorry who is this? I'm ", P(h.t.full, "name"), "'s wife, he is in a meeting"),
        ])
        o = {"MessageSid": sid, "From": P("+1" + h.cell_us.replace("-", ""), "phone"), "To": "+14125550100", "Body": body,
             "NumMedia": "0", "SmsStatus": "received", "FromCountry": "US"}
        return [J("sms_gw", o, sep=(", ", ": "))]
    o = {"MessageSid": sid, "MessageStatus": R.choice(["queued", "sent", "delivered"]), "ErrorCode": None,
         "To": "+1512555%04d" % R.randint(0, 99) if False else "+14125550%03d" % R.randint(100, 199), "From": "+14125550100",
         "Body": "[KGM on-call] Queue med-accom has %d unassigned items > 4h" % R.randint(3, 19)}
    return [J("sms_gw", o, sep=(", ", ": "))]


def f_chat():
    h = hh()
    cid = "CH-%d" % R.randint(50000, 69999)
    t = now().strftime("%Y-%m-%dT%H:%M:%SZ")
    agent = R.choice(STAFF)
    r = rr()
    L = Line("desk_chat")
    if r < 0.3:
        L.t("%s chat=%s role=visitor name=\"" % (t, cid), P(h.t.full, "name"), "\" text=\"")
        if h.kids and R.random() < 0.6:
            k = R.choice(h.kids)
            if R.random() < 0.5:
                L.t("Hola, mi hijo ", P(k.first, "name"), " tiene un IEP en ", P(h.orig["city"], "address"),
                    " y necesito que la escuela nueva lo reciba antes del ", P("%d de %s" % (h.move.day, ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre"][h.move.month - 1]), "date"), ". Nació el ",
                    P(k.dob.strftime("%d/%m/%Y"), "date"), ".\"")
            else:
                L.t("Our daughter ", P(k.full, "name"), " (DOB ", P(fmt_us(k.dob), "date"), ") has a 504 plan and a cochlear implant, who do I send the audiology records to?\"")
        else:
            L.t("I need my ", R.choice(["CPAP", "insulin pump supplies", "oxygen concentrator"]), " prescriptions moved before ", P(short_date(h.move), "date"),
                ", my new address is ", P(h.dest["street"] + ", " + h.dest["city"], "address"), " ", h.dest["state"], " ", P(h.dest["zip"], "zip"), "\"")
        return [L]
    if r < 0.6:
        L.t("%s chat=%s role=agent name=\"%s\" text=\"" % (t, cid, agent))
        x = R.random()
        if x < 0.5:
            L.t("Thanks ", P(h.t.first, "name"), "! I sent the records request to Dr. %s's office (fax %s). Your file number is " % (R.choice(DOCS)[0].split()[-1], R.choice(DOCS)[4]),
                P(h.case, "other_id"), ".\"")
        else:
            L.t("Please upload the vet certificate and the service-animal letter at ", P("https://portal.kgmobility.com/t/%s/pets/service-animal" % h.case, "url"), " - I'll check it today.\"")
        return [L]
    L.t("%s chat=%s role=system text=\"%s\"" % (t, cid, R.choice(["Chat routed to queue med-accom (skill: school_placement)", "Visitor idle 300s, chat closed",
                                                                 "Agent %s joined" % agent, "Transcript emailed to requester", "CSAT survey sent (5-point)"])))
    return [L]


EXP_TYPES = [("Visa Medical Exam", "Civil Surgeon Clinic of Austin"), ("Medical Records Copy Fee", "Ciox Health"),
             ("Pet Shipping", "PetAir Relocation"), ("Prescription Bridge Supply", "CVS Pharmacy"),
             ("Accessible Housing Hold Deposit", "Bluebonnet Property Mgmt"), ("Vaccination Titer", "Quest Diagnostics"),
             ("Service Animal Health Certificate", "Banfield Pet Hospital"), ("Temporary Housing", "Oakwood Worldwide")]
EXP_HDR = "ReportID,EmployeeID,EmployeeName,ExpenseType,TransactionDate,Amount,Currency,PaymentType,CardNumber,Vendor,ApprovalStatus"


def f_expense():
    h = hh()
    if R.random() < 0.12:
        return [Line("expense_csv").t(EXP_HDR)]
    et, vend = R.choice(EXP_TYPES)
    d = dt.date(2024, R.randint(4, 6), R.randint(1, 28))
    L = Line("expense_csv")
    name = "%s %s" % (h.t.first, h.t.last)
    q = '"' if "," in name or R.random() < 0.3 else ""
    L.t(P(h.expense_rpt, "account"), ",", P(h.emp, "other_id"), ",", q, P(name, "name"), q, ",%s," % et, P(d.isoformat(), "date"),
        ",%.2f,USD," % R.choice([35, 48.5, 210, 365, 1290, 640, 89.99]))
    x = R.random()
    if x < 0.35:
        L.t("CorporateCard,", P(h.card, "account"))
    elif x < 0.7:
        L.t("CorporateCard,************%s" % h.card[-4:])
    else:
        L.t("OutOfPocket,")
    L.t(",%s,%s" % (vend, R.choice(["Approved", "Pending Approval", "Sent Back", "Processing Payment"])))
    return [L]


def f_x12():
    h = hh()
    p = R.choice([h.t] + ([h.spouse] if h.spouse else []) + h.kids)
    ctl = "%09d" % R.randint(1, 999999999)
    d = now().strftime("%y%m%d")
    out = [Line("x12_270").t("ISA*00*          *00*          *ZZ*KGMOBILITY     *ZZ*AVAILITY       *%s*%s*^*00501*%s*0*P*:~" % (d, now().strftime("%H%M"), ctl)),
           Line("x12_270").t("GS*HS*KGMOBILITY*AVAILITY*20%s*%s*%d*X*005010X279A1~" % (d, now().strftime("%H%M"), R.randint(1, 9999))),
           Line("x12_270").t("ST*270*0001*005010X279A1~"),
           Line("x12_270").t("BHT*0022*13*%s*20%s*%s~" % (digits(10), d, now().strftime("%H%M"))),
           Line("x12_270").t("NM1*PR*2*%s*****PI*%s~" % (R.choice(["AETNA", "UNITEDHEALTHCARE", "BCBS TX", "CIGNA"]), digits(5)))]
    out.append(Line("x12_270").t("NM1*IL*1*", P(strip_acc(h.t.last).upper(), "name"), "*", P(strip_acc(h.t.first).upper(), "name"), "****MI*", P(h.member, "health_plan"), "~"))
    if p is not h.t:
        out.append(Line("x12_270").t("NM1*03*1*", P(strip_acc(p.last).upper(), "name"), "*", P(strip_acc(p.first).upper(), "name"), "~"))
    out.append(Line("x12_270").t("DMG*D8*", P(p.dob.strftime("%Y%m%d"), "date"), "*%s~" % p.sex))
    out.append(Line("x12_270").t("DTP*291*D8*", P(h.move.strftime("%Y%m%d"), "date"), "~"))
    out.append(Line("x12_270").t("EQ*%s~" % R.choice(["30", "BZ", "88", "AL"])))
    out.append(Line("x12_270").t("SE*%d*0001~" % (len(out) - 1)))
    return out


SCHOOLS = ["Hollingsworth ES", "Cedar Park MS", "Wake STEM Early College", "Lakeline ES", "Thunder Ridge HS", "Carson Montessori"]
DIS = ["SLD", "OHI", "AUT", "SI", "HI", "OI", "ED", "VI"]


def f_sis():
    h = R.choice([x for x in HH if x.kids])
    if not h.kids or R.random() < 0.1:
        return [Line("sis_referral").t("#rectype|ts|district|ref_id|student_id|last|first|dob|grade|plan|elig|guardian|guardian_phone|receiving_school|status")]
    k = R.choice(h.kids)
    g = 2024 - k.dob.year - 5
    L = Line("sis_referral").t("REF|%s|%s|" % (now().strftime("%Y-%m-%dT%H:%M:%S"), R.choice(["AISD", "WCPSS", "DPS", "CCSD", "RRISD"])),
                               P("SR%s" % digits(6), "other_id"), "|", P(h.students[k.first], "other_id"), "|", P(k.last.upper(), "name"), "|",
                               P(k.first.upper(), "name"), "|", P(k.dob.isoformat(), "date"), "|%02d|%s|%s|" % (max(0, min(12, g)), R.choice(["IEP", "504", "IEP"]),
                                                                                                                ";".join(R.sample(DIS, R.choice([1, 2])))),
                               P(h.t.full, "name"), "|", P("(%s) %s" % (h.cell_us[:3], h.cell_us[4:]), "phone"), "|%s|%s" % (R.choice(SCHOOLS),
                                                                                                                        R.choice(["PENDING_RECORDS", "RECEIVED", "ARD_SCHEDULED", "PLACED"])))
    return [L]


def f_housing():
    h = hh()
    r = rr()
    ts = iso_ms()
    L = Line("housing_kv")
    if r < 0.3:
        feats = ",".join(R.sample(["zero_step_entry", "roll_in_shower", "36in_doors", "lever_handles", "main_floor_bed", "elevator", "grab_bars"], 3))
        L.t("ts=%s svc=accessnest-search lvl=info search_id=hs_%s case=" % (ts, hexs(10)), P(h.case, "other_id"), " area=\"",
            P(h.dest["city"], "address"), ", %s\" radius_mi=%d beds_min=%d features=%s budget_max=%d results=%d took_ms=%d"
            % (h.dest["state"], R.choice([5, 10, 15, 25]), R.randint(1, 4), feats, R.choice([2400, 3100, 3800, 4500]), R.randint(0, 40), R.randint(80, 900)))
        return [L]
    if r < 0.65:
        c = R.choice(US_CITIES)
        a = us_addr(c)
        L.t("ts=%s svc=accessnest-search lvl=debug listing_id=MLS-%s addr=\"%s, %s, %s %s\" ada_score=%d src=%s status=%s list_price=%d"
            % (ts, digits(7), a["street"], a["city"], a["state"], a["zip"], R.randint(40, 98), R.choice(["RESO-WebAPI", "Bridge", "Zillow-XML"]),
               R.choice(["active", "pending", "active"]), R.choice([2150, 2790, 3350, 3999])))
        return [L]
    if r < 0.85:
        L.t("ts=%s svc=accessnest-search lvl=info event=lease_executed case=" % ts, P(h.case, "other_id"), " unit=\"", P(h.dest["street"], "address"),
            "\" city=", P(h.dest["city"], "address"), " st=%s zip=" % h.dest["state"], P(h.dest["zip"], "zip"), " lease_start=", P(h.lease.isoformat(), "date"),
            " tenant=\"", P(h.t.full, "name"), "\" landlord=\"%s\" docusign_env=%s" % (R.choice(["Bluebonnet Property Mgmt", "Greystar", "Invitation Homes"]), uid()))
        if R.random() < 0.5:
            L.t(" placard=", P(h.placard, "license"))
        return [L]
    L.t("ts=%s svc=accessnest-sync lvl=warn msg=\"feed lag\" feed=%s lag_s=%d batch=%d" % (ts, R.choice(["RESO-WebAPI", "Bridge"]), R.randint(60, 3000), R.randint(100, 5000)))
    return [L]


def f_pet():
    h = hh() if R.random() < 0.3 else R.choice([x for x in HH if x.pets])
    if not h.pets:
        return [Line("petair").t("PETAIR|v3|%s|HEARTBEAT|node=petair-edi-2|queue=%d|ok" % (now().strftime("%Y-%m-%d %H:%M:%S"), R.randint(0, 30)))]
    nm, sp, chip, rab, svc = h.pets[0]
    if svc and R.random() < 0.6:
        doc = R.choice(DOCS)
        L = Line("petair").t("PETAIR|v3|%s|SVCANIMAL|handler=" % now().strftime("%Y-%m-%d %H:%M:%S"), P(strip_acc(h.t.last).upper() + "/" + strip_acc(h.t.first).upper(), "name"),
                             "|animal=%s|sp=%s|chip=" % (nm, sp), P(chip, "other_id"), "|dot_form=SAT-2024|trained_task=%s|letter_by=%s %s|valid_to=" % (
                                 R.choice(["seizure_alert", "mobility", "psychiatric", "hearing"]), doc[0], doc[1]), P((now() + dt.timedelta(days=365)).date().isoformat(), "date"))
        return [L]
    L = Line("petair").t("PETAIR|v3|%s|BOOKING|PA-2024-%s|owner=" % (now().strftime("%Y-%m-%d %H:%M:%S"), digits(5)), P(strip_acc(h.t.last).upper() + "/" + strip_acc(h.t.first).upper(), "name"),
                         "|pet=%s|sp=%s|chip=" % (nm, sp), P(chip, "other_id"), "|rabies_cert=", P(rab, "other_id"),
                         "|flt=%s%d|dep=%s|arr=%s|travel=" % (R.choice(["UA", "DL", "AA"]), R.randint(100, 2999), R.choice(["PIT", "MUC", "LHR", "KIX", "YYZ"]), R.choice(["AUS", "DEN", "RDU", "SEA"])),
                         P(h.move.isoformat(), "date"), "|crate=IATA-CR82")
    return [L]


def fwf(val, w):
    return val[:w].ljust(w)


def person_ids(h, p):
    """HAP ID and passport number belong to each applicant, not the household."""
    if p is h.t:
        return h.hap, h.passport
    if not hasattr(p, "hap"):
        p.hap = "HAP" + digits(8)
        p.passport = (h.passport[0] + "".join(R.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8))
                      if h.orig["country"] == "DE" else "T" + R.choice("KRZ") + digits(7)
                      if h.orig["country"] == "JP" else digits(9))
    return p.hap, p.passport


INTL_HH = [x for x in HH if x.intl]


def f_emedical():
    h = R.choice(INTL_HH)
    if R.random() < 0.12:
        return [Line("emedical_fw").t("HDR" + fwf("PANELCLINIC-AUS", 16) + now().strftime("%Y%m%d%H%M") + fwf("EMED-EXPORT", 12) + "V0211" + " " * 20)]
    p = R.choice([m for m in h.members if m is not h.elder] or [h.t])
    hap, pp = person_ids(h, p)
    sur = strip_acc(p.last).upper()
    giv = strip_acc(p.first).upper()
    ex = dt.date(2024, 6, R.randint(3, 27))
    L = Line("emedical_fw").t("EMD", P(hap, "other_id"), " ", P(sur[:20], "name"), " " * (20 - len(sur[:20])), P(giv[:20], "name"), " " * (20 - len(giv[:20])),
                              P(p.dob.strftime("%Y%m%d"), "date"), p.sex, P(pp, "license"), " " * (10 - len(pp)),
                              {"DE": "DEU", "GB": "GBR", "JP": "JPN", "CA": "CAN", "US": "USA"}[h.orig["country"]], P(ex.strftime("%Y%m%d"), "date"),
                              fwf(("L2" if p is not h.t else R.choice(["L1", "H1B", "I693"])) if p.dob.year < 2006 else R.choice(["L2", "H4"]), 5), fwf("CSCA01", 7), fwf(R.choice(["CLEARED", "PENDING-TB", "REFER-CXR", "VACC-DUE"]), 10))
    return [L]


def f_visadocs():
    h = R.choice(INTL_HH)
    r = rr()
    base = {"timestamp": iso_ms(), "level": "info", "logger": "visa_docs.ingest", "request_id": uid()}
    if r < 0.22:
        o = dict(base, event="doc.uploaded", case=P(h.case, "other_id"), doc_type="passport_photo", mime="image/jpeg",
                 applicant=P(h.t.full, "name"), photo_b64=P(b64blob(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01", 45), "photo"), sha256=hashlib.sha256(h.case.encode()).hexdigest())
        return [J("visa_docs", o, sep=(", ", ": "))]
    if r < 0.36:
        o = dict(base, event="biometrics.captured", case=P(h.case, "other_id"), asc_site="Austin ASC", finger="R_INDEX", fmt="ISO-19794-2",
                 minutiae_b64=P(b64blob(b"FMR\x00 20\x00", 36), "biometric"), nfiq=R.randint(1, 3))
        return [J("visa_docs", o, sep=(", ", ": "))]
    if r < 0.58:
        junk = R.random() < 0.15
        s_ = h.ssn if not junk else digits(3) + "-" + digits(2) + "-" + digits(3)
        o = dict(base, level="warning" if junk else "info", event="i485.prefill", case=P(h.case, "other_id"),
                 applicant={"family": P(h.t.last, "name"), "given": P(h.t.first, "name"), "dob": P(fmt_us(h.t.dob), "date")},
                 ssn_or_itin=P(s_, "ssn"), validation="ERR_TIN_FORMAT" if junk else "ok", form_edition="01/20/25")
        return [J("visa_docs", o, sep=(", ", ": "))]
    if r < 0.74:
        o = dict(base, event="i693.sealed", case=P(h.case, "other_id"), a_number=P(h.anum, "other_id"), civil_surgeon="Hiroshi Tanabe, MD",
                 exam_completed=P(dt.date(2024, 6, R.randint(1, 10)).isoformat(), "date"), passport=P(h.passport, "license"), envelope="sealed")
        return [J("visa_docs", o, sep=(", ", ": "))]
    o = dict(base, level=R.choice(["info", "warning"]), event=R.choice(["ocr.worker.ready", "s3.multipart.retry", "virus_scan.clean"]),
             bucket="kgm-visa-docs-prod-us-east-2", worker="ocr-%d" % R.randint(1, 6), duration_ms=R.randint(40, 9000), version="3.8.%d" % R.randint(0, 12))
    return [J("visa_docs", o, sep=(", ", ": "))]


def f_docgen():
    h = hh()
    t = now().strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (now().microsecond // 1000)
    th = "docgen-exec-%d" % R.randint(1, 8)
    r = rr()
    if r < 0.55:
        out = [Line("docgen_java").t("%s ERROR [%s] c.k.docs.ReleaseFormRenderer - Failed to render HIPAA authorization for transferee empId=" % (t, th),
                                     P(h.emp, "other_id"), " email=", P(h.email, "email"))]
        ex = R.choice(["java.lang.IllegalStateException: Template 'auth-release-v7' missing field physician.fax",
                       "com.lowagie.text.DocumentException: Font 'NotoSans-Regular' not embeddable"])
        out.append(Line("docgen_java").t(ex))
        for fr in ["com.kgm.docs.ReleaseFormRenderer.render(ReleaseFormRenderer.java:212)",
                   "com.kgm.docs.DocJobRunner.lambda$submit$0(DocJobRunner.java:88)",
                   "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)"]:
            out.append(Line("docgen_java").t("\tat " + fr))
        if R.random() < 0.5:
            out.append(Line("docgen_java").t("Caused by: java.sql.SQLIntegrityConstraintViolationException: Duplicate entry '", P(h.member, "health_plan"), "' for key 'uk_plan_member'"))
            out.append(Line("docgen_java").t("\t... %d more" % R.randint(8, 30)))
        return out
    return [Line("docgen_java").t("%s INFO  [%s] c.k.docs.DocJobRunner - job %s rendered template=%s pages=%d in %dms" % (
        t, th, uid(), R.choice(["auth-release-v7", "school-records-consent-v3", "medif-cover-v2"]), R.randint(1, 6), R.randint(90, 3000)))]


def f_pg():
    h = hh()
    t = now().strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (now().microsecond // 1000)
    pid = R.randint(20000, 40000)
    r = rr()
    if r < 0.45:
        p = dset(h)
        lit = p.last.replace("'", "''")
        L = Line("pgaudit").t("%s [%d] reloc_app@reloccore LOG:  AUDIT: SESSION,%d,1,READ,SELECT,,,\"SELECT case_no, status, consultant FROM hh_member WHERE last_name = '" % (t, pid, R.randint(1, 9000)),
                              P(p.last, "name", lit, lambda s: s.replace("''", "'")), "' AND dob = '", P(p.dob.isoformat(), "date"), "'\",<not logged>")
        return [L]
    if r < 0.65:
        L = Line("pgaudit").t("%s [%d] had_nurse@reloccore LOG:  AUDIT: SESSION,%d,1,WRITE,UPDATE,,,\"UPDATE rx_bridge SET status = 'TRANSFERRED' WHERE case_no = '" % (t, pid, R.randint(1, 9000)),
                              P(h.case, "other_id"), "' AND rx_id = %d\",<not logged>" % R.randint(10000, 99999))
        return [L]
    return [Line("pgaudit").t(R.choice(["%s [%d] LOG:  checkpoint complete: wrote %d buffers (0.%d%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=%.3f s" % (t, pid, R.randint(100, 9000), R.randint(1, 9), R.uniform(1, 30)),
                                        "%s [%d] reloc_app@reloccore LOG:  duration: %.3f ms  execute <unnamed>: SELECT 1" % (t, pid, R.uniform(0.1, 4)),
                                        "%s [%d] LOG:  automatic vacuum of table \"reloccore.public.task_event\": index scans: 1" % (t, pid)]))]


def f_cef():
    t = now().strftime("%b %d %Y %H:%M:%S GMT")
    return [Line("pan_cef").t("CEF:0|Palo Alto Networks|PAN-OS|10.2.7|%s|%s|%d|rt=%s deviceExternalId=0079%s src=10.40.%d.%d dst=%s spt=%d dpt=%d proto=TCP app=%s act=%s cs1Label=Rule cs1=%s cn1Label=SessionID cn1=%d"
                                  % (R.choice(["TRAFFIC", "THREAT"]), R.choice(["end", "start", "vulnerability"]), R.randint(1, 6), t, digits(8), R.randint(0, 9), R.randint(2, 250),
                                     R.choice(["52.96.88.162", "20.190.151.7", "104.18.32.47", "3.33.152.147", "34.117.59.81"]), R.randint(30000, 65000),
                                     R.choice([443, 443, 25, 22, 5432]), R.choice(["ssl", "smtp", "ssh", "web-browsing"]), R.choice(["allow", "allow", "deny"]),
                                     R.choice(["corp-to-saas", "dmz-smtp-out", "deny-all-log"]), R.randint(100000, 999999)))]


def f_dmc():
    cands = [x for x in HH if x.orig["country"] == "DE"] or HH
    h = R.choice(cands)
    t = now().strftime("%d.%m.%Y %H:%M")
    r = rr()
    L = Line("dmc_notiz")
    if r < 0.65:
        p = R.choice([m for m in h.members])
        L.t("%s DMC-MUC Notiz (S. Brandl): Familie " % t, P(h.t.last, "name"), " – %s " % ("Frau" if p.sex == "F" and p.dob.year < 2006 else "Herr" if p.dob.year < 2006 else "Kind"), P(p.full, "name"), " (geb. ", P(p.dob.strftime("%d.%m.%Y"), "date"),
            ") benötigt ", R.choice(["Rollstuhltransport zum Flughafen", "Kopie des Impfpasses", "ärztliches Attest für die Fluggesellschaft", "Rezept für 90 Tage Vorrat"]),
            "; Abflug am ", P(h.move.strftime("%d.%m."), "date"), " – aktuelle Anschrift ", P(h.orig["street"], "address"), ", ", P(h.orig["zip"], "zip"), " ",
            P(h.orig["city"], "address"), ".")
        return [L]
    L.t("%s DMC-MUC Notiz (S. Brandl): Besichtigung barrierefreie Wohnung Schleißheimer Str. %d, 80797 München – Aufzug vorhanden, Türbreite 90 cm; Makler: Immobilien Huber GmbH, Tel. +49 89 5550 3311." % (t, R.randint(2, 200)))
    return [L]


FAMS = [(f_reloccore, 22), (f_portal, 12), (f_hl7, 1.0), (f_fhir, 6), (f_ncpdp, 3), (f_fax, 7), (f_postfix, 11), (f_sms, 6),
        (f_chat, 6), (f_expense, 6), (f_x12, 0.8), (f_sis, 3), (f_housing, 7), (f_pet, 3),
        (f_emedical, 3), (f_visadocs, 5), (f_docgen, 1.8), (f_pg, 6), (f_cef, 14), (f_dmc, 2.5)]


def main():
    lines = []
    fs = [f for f, w in FAMS]
    ws = [w for f, w in FAMS]
    while len(lines) < N_LINES:
        tick()
        phi_lines = sum(1 for L in lines if L.spans)
        QUIET[0] = len(lines) > 20 and phi_lines / len(lines) > 0.45
        rec = R.choices(fs, ws)[0]()
        if len(lines) + len(rec) > N_LINES:
            continue
        lines.extend(rec)
    # ---- validation
    for i, L in enumerate(lines, 1):
        b = bytes(L.buf)
        if b"\n" in b or b"\r" in b or not b.strip():
            raise SystemExit("line %d: bad line break / empty" % i)
        b.decode("utf-8")
        prev = 0
        for (s, e, cat, raw, v, dec) in sorted(L.spans):
            if not (0 <= s < e <= len(b)):
                raise SystemExit("line %d: span out of range %r" % (i, (s, e)))
            if s < prev:
                raise SystemExit("line %d: overlapping spans" % i)
            prev = e
            got = b[s:e].decode("utf-8")
            if got != raw:
                raise SystemExit("line %d: span bytes %r != %r" % (i, got, raw))
            want = str(v)
            if (dec(got) if dec else got) != want:
                raise SystemExit("line %d: decoded %r != value %r" % (i, got, want))
            if got != got.strip() or not got:
                raise SystemExit("line %d: span has outer whitespace %r" % (i, got))
    with open("si.log", "wb") as f:
        for L in lines:
            f.write(bytes(L.buf) + b"\n")
    with open("si.labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for i, L in enumerate(lines, 1):
            sp = [{"s": s, "e": e, "cat": c} for (s, e, c, raw, v, d) in sorted(L.spans)]
            f.write(json.dumps({"line": i, "family": L.fam, "spans": sp}) + "\n")


if __name__ == "__main__":
    main()
