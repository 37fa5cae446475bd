#!/usr/bin/env python3
"""gen_hi.py -- synthetic, labeled log corpus for a PHI detector.

Theme: a cardiology diagnostics service (CDX Heart Diagnostics): MUSE-like resting
ECG management (XML excerpts, order matching, confirmation queues), Holter / event
monitor scanning software (recorder serials, hookup records, transcribed diaries),
a mobile cardiac telemetry (MCT) service center, echo DICOM SR dumps and reading
worklists, a treadmill stress system, HL7 ORM/ORU through an interface engine,
a Spring Boot patient portal logging logback/logstash JSON, a billing CSV export,
and technicians' chat and call notes.

Writes hi.log (500 lines) and hi.labels.jsonl next to this script.
Standard library only, fixed seed, no clock or OS randomness.
Every person and identifier is synthetic.

Labeling decisions:
- Only identifiers of patients and of people tied to them (relatives, emergency
  contacts, guarantors, insurance subscribers) are labeled. Technicians,
  sonographers, reading physicians, ordering physicians (names, NPIs, IDs, user
  names), CDX staff phones/e-mails, referring-clinic fax numbers, payers, vendors and
  facilities are never labeled.
- Names: a contiguous name is one span ("Okonkwo, Chidi", "CHIDI A OKONKWO"); HL7 XPN
  and DICOM PN values are one span including the '^' separators; titles (Mr., Mrs.)
  are outside the span; a name embedded in a file name (OKONKWO_CHIDI_...) is labeled.
  Bare initials are not used.
- Dates: birth dates and dates of the patient's care (ECG acquisition, hookup,
  study/content dates, order/observation dates HL7 ORC-9/OBR-7/PV1-44, date of
  service, confirmation date, appointment, MCT event onset, a dated diary entry) are
  labeled as date, with their time part when written together. Log-line timestamps,
  HL7 MSH-7, file/batch dates in job statistics, purge cut-offs and years alone are
  not labeled. Times alone (AcquisitionTime, StudyTime, diary "14:20") are not labeled.
- Ages are labeled only when over 89 (PatientAge 92, DICOM AS "091Y", "94 y/o").
- mrn: PatientID in MUSE/DICOM/worklists, PID-3 MR identifiers, "MRN" fields.
- account: PID-18 / patient_acct / billing account numbers, full card numbers
  (masked cards showing only the last four digits are not labeled).
- health_plan: member/subscriber/policy IDs, Medicare MBI, Medicaid IDs. Payer IDs
  and employer group numbers are not labeled.
- other_id: visit/encounter numbers (PV1-19, encounter_no), MCT enrollment IDs,
  patient portal user names. Order numbers, accession numbers, ECG test IDs, Holter
  recording IDs, DICOM UIDs, alert IDs, HL7 control IDs and trace/span IDs identify an
  order or a study, not the person, and are not labeled.
- device: serial numbers, IMEIs and Bluetooth MACs of monitors worn by a patient
  (Holter recorders, event monitors, MCT patches and their gateways) are labeled
  wherever they appear, also without a name. Facility equipment (ECG carts,
  treadmills, echo scanners, workstations) is not labeled.
- ip: public IP addresses of patients/caregivers using the portal (also in access
  logs of portal endpoints). Private/internal addresses, probes, staff workstations
  and vendor endpoints are not labeled.
- address: street line, unit and city are separate spans; state is not labeled; ZIP
  is labeled zip. Payer/facility addresses are not labeled.
- license: a patient's driver's licence number; vehicle: a relative's plate;
  url: a personal sharing URL belonging to a patient; photo: base64 JPEG of a
  patient's portal avatar (the base64 payload only); fax: a patient's home fax.
- ECG waveform sample data, measurements, interpretations and diagnoses are not
  identifiers and are not labeled.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

R = random.Random(0x48E1A7)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "hi"
N_LINES = 500


# ---------------------------------------------------------------- line builder
class Ln:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, *xs):
        for x in xs:
            x = str(x)
            self.buf.append(x)
            self.n += len(x.encode("utf-8"))
        return self

    def p(self, x, cat):
        x = str(x)
        if not x:
            return self
        s = self.n
        self.t(x)
        self.spans.append((s, self.n, cat, x))
        return self

    def f(self, tmpl, *args):
        parts = tmpl.split("{}")
        assert len(parts) == len(args) + 1, tmpl
        for i, a in enumerate(args):
            self.t(parts[i])
            if isinstance(a, tuple):
                self.p(a[0], a[1])
            else:
                self.t(a)
        self.t(parts[-1])
        return self

    # JSON helpers -------------------------------------------------------
    def js(self, v, cat=None):
        """append a JSON string value (quoted); span covers the escaped content"""
        enc = json.dumps(str(v), ensure_ascii=False)[1:-1]
        self.t('"')
        if cat:
            self.p(enc, cat)
        else:
            self.t(enc)
        return self.t('"')

    def jk(self, k, v, cat=None, first=False, sp=""):
        if not first:
            self.t("," + sp)
        self.t(json.dumps(k) + ":" + sp)
        if isinstance(v, str):
            self.js(v, cat)
        elif v is None:
            self.t("null")
        elif isinstance(v, bool):
            self.t("true" if v else "false")
        else:
            if cat:
                self.p(str(v), cat)
            else:
                self.t(str(v))
        return self

    def text(self):
        return "".join(self.buf)


# ---------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 14, 5, 58, 3, 118000)

    def tick(self, lo=0.05, hi=45.0):
        self.t += dt.timedelta(milliseconds=R.randint(int(lo * 1000), int(hi * 1000)))
        return self.t


CLK = Clock()
TZ = "-04:00"


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def ts_iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + TZ


def ts_isoz(t):
    u = t + dt.timedelta(hours=4)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"


def ts_sp(t, sep="."):
    return t.strftime("%Y-%m-%d %H:%M:%S") + sep + ms(t)


# ---------------------------------------------------------------- value helpers
def fold(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(c for c in s if c.isalnum())


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


def fd(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "usn":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "us2":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "muse":
        return d.strftime("%m-%d-%Y")
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    if style == "mon":
        return "%s %d, %d" % (MON[d.month - 1], d.day, d.year)
    if style == "dmon":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1].upper(), d.year)
    if style == "long":
        return "%s %d, %d" % (MONTH[d.month - 1], d.day, d.year)
    if style == "dmy":
        return "%d %s %d" % (d.day, MON[d.month - 1], d.year)
    raise ValueError(style)


def fphone(ph, style):
    a, e, l = ph
    return {
        "paren": "(%s) %s-%s" % (a, e, l),
        "hl7": "(%s)%s-%s" % (a, e, l),
        "dash": "%s-%s-%s" % (a, e, l),
        "dot": "%s.%s.%s" % (a, e, l),
        "raw": "%s%s%s" % (a, e, l),
        "e164": "+1%s%s%s" % (a, e, l),
        "intl": "+1 %s %s %s" % (a, e, l),
        "one": "1-%s-%s-%s" % (a, e, l),
        "sp": "%s %s %s" % (a, e, l),
    }[style]


def luhn_digit(partial):
    tot = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def card_number():
    p = "4" + "".join(str(R.randint(0, 9)) for _ in range(14))
    return p + luhn_digit(p)


def imei():
    p = "35" + "".join(str(R.randint(0, 9)) for _ in range(12))
    return p + luhn_digit(p)


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    AN = A + N
    c = [R.choice("123456789"), R.choice(A), R.choice(AN), R.choice(N), R.choice(A),
         R.choice(AN), R.choice(N), R.choice(A), R.choice(A), R.choice(N), R.choice(N)]
    return "".join(c)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


_ROT = {}


def variant(key, n):
    """cycle through 0..n-1 in shuffled rounds so every variant shows up"""
    q = _ROT.get(key)
    if not q:
        q = list(range(n))
        R.shuffle(q)
        _ROT[key] = q
    return q.pop()


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


# ---------------------------------------------------------------- people
FIRST_M = ["Chidi", "Giovanni", "José", "Björn", "Dmitri", "Kwame", "Hiroshi", "Tomasz",
           "Rafael", "Yusuf", "Keanu", "Arjun", "Pierre", "Jae-won", "Wojciech", "Ahmed",
           "Darnell", "Mateo", "Raúl", "Sven", "Tariq", "Ezekiel", "Nikolai", "Bao", "Henry",
           "Olumide", "Jean-Luc", "Desmond", "Lorenzo", "Alistair"]
FIRST_F = ["Mei-Ling", "Siobhán", "Aaliyah", "Priya", "Fatima", "Lucía", "Ngozi", "Anh",
           "Inès", "Marisol", "Eleanor", "Leilani", "Svetlana", "Thandiwe", "Ayşe", "Maëlle",
           "Dolores", "Gertrude", "Yuki", "Zainab", "Oksana", "Ruth", "Carmen", "Imani",
           "Agnieszka", "Rosalind", "Hana", "Beatriz", "Mildred", "Esperanza"]
LAST = ["Okonkwo", "van der Berg", "O'Sullivan", "García-Márquez", "Nguyen", "Kowalczyk",
        "Al-Farsi", "Papadopoulos", "Chen", "Müller", "de la Cruz", "Haddad", "Mbeki",
        "Yamamoto", "Ferreira", "Ivanova", "Smith-Jones", "Rahman", "St. Clair", "McAllister",
        "da Silva", "Lindqvist", "Nakamura", "Abernathy", "Kaur", "Dubois", "Ó Briain",
        "Castellanos", "Zhang", "Begay", "Kealoha", "Oyelowo", "Schwartzkopf",
        "Delacroix-Hale", "Novak", "Tanaka", "Adeyemi", "Brennan", "Villanueva", "Kim"]
CITIES = [("Dayton", "OH", "45419"), ("Kettering", "OH", "45429"), ("Beavercreek", "OH", "45440"),
          ("Springfield", "OH", "45503"), ("Xenia", "OH", "45385"), ("Troy", "OH", "45373"),
          ("Miamisburg", "OH", "45342"), ("Huber Heights", "OH", "45424"),
          ("Fairborn", "OH", "45324"), ("Centerville", "OH", "45459"), ("Richmond", "IN", "47374"),
          ("Cincinnati", "OH", "45208"), ("Columbus", "OH", "43215"), ("Yellow Springs", "OH", "45387"),
          ("Piqua", "OH", "45356"), ("Eaton", "OH", "45320"), ("Lebanon", "OH", "45036")]
STREETS = ["Larkspur Ln", "N Main St", "Far Hills Ave", "Wilmington Pike", "Shroyer Rd",
           "Old Troy Pike", "Brandt Pike", "Salem Ave", "Patterson Rd", "Stroop Rd",
           "Alex-Bell Rd", "County Road 25A", "Linden Ave", "E Whipp Rd", "Ridgeway Rd",
           "Honeysuckle Ct", "Kingsridge Dr", "W Third St", "Oakwood Ave", "Sugar Maple Trl"]
AREAS = ["937", "937", "937", "513", "614", "419", "216", "330", "740", "859", "765"]
MAILS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net",
         "att.net", "hotmail.com", "protonmail.com"]
PAYERS = [("ANTHEM BCBS OHIO", "BCBSOH01", lambda: R.choice(["XJH", "YRB", "ZGP"]) + digits(9)),
          ("AETNA", "60054", lambda: "W" + digits(9)),
          ("MEDICARE PART B", "15202", mbi),
          ("OHIO MEDICAID", "OHMCD", lambda: digits(12)),
          ("HUMANA GOLD PLUS", "61101", lambda: "H" + digits(8)),
          ("UNITEDHEALTHCARE", "87726", lambda: digits(9) + "-0" + str(R.randint(1, 4))),
          ("CAREsOURCE", "31114", lambda: "1" + digits(10))]


def phone():
    a = R.choice(AREAS)
    if R.random() < 0.3:
        return (a, "555", "01" + digits(2))
    return (a, str(R.randint(201, 989)), digits(4))


def ssn():
    while True:
        a = R.randint(100, 665)
        if a not in (123, 219):
            break
    return (a, R.randint(10, 99), R.randint(1001, 9998))


def fssn(s, style="dash"):
    a, g, n = s
    if style == "dash":
        return "%03d-%02d-%04d" % (a, g, n)
    if style == "raw":
        return "%03d%02d%04d" % (a, g, n)
    return "%03d %02d %04d" % (a, g, n)


class Person:
    pass


def make_person(old=False, sex=None):
    p = Person()
    p.sex = sex or R.choice("MF")
    p.first = R.choice(FIRST_M if p.sex == "M" else FIRST_F)
    p.last = R.choice(LAST)
    p.mid = R.choice("ABCDEFGHJKLMNPRSTW") if R.random() < 0.6 else ""
    if old:
        p.dob = dt.date(R.randint(1927, 1934), R.randint(1, 12), R.randint(1, 28))
    else:
        p.dob = dt.date(R.randint(1938, 1992), R.randint(1, 12), R.randint(1, 28))
    ref = dt.date(2024, 3, 14)
    p.age = ref.year - p.dob.year - ((ref.month, ref.day) < (p.dob.month, p.dob.day))
    p.mrn = "00" + digits(6) if R.random() < 0.7 else str(R.randint(10000000, 99999999))
    p.ssn = ssn()
    p.phone = phone()
    p.email = R.choice([
        "%s.%s%d@%s" % (fold(p.first).lower(), fold(p.last).lower(), p.dob.year % 100, R.choice(MAILS)),
        "%s%s@%s" % (fold(p.first)[0].lower(), fold(p.last).lower(), R.choice(MAILS)),
        "%s_%s%s@%s" % (fold(p.last).lower(), fold(p.first).lower(), digits(3), R.choice(MAILS))])
    p.house = str(R.randint(12, 9890))
    p.street = p.house + " " + R.choice(STREETS)
    p.apt = R.choice(["", "", "", "Apt 3B", "Unit 12", "#204", "Apt 1", "Lot 47"])
    p.city, p.state, p.zip = R.choice(CITIES)
    pay = R.choice(PAYERS) if p.age < 65 else R.choice([PAYERS[2], PAYERS[2], PAYERS[4], PAYERS[0]])
    p.payer, p.payer_id, p.member = pay[0], pay[1], pay[2]()
    p.group = "" if "MEDIC" in p.payer else "GRP" + digits(6)
    p.acct = R.choice(["A", "H", ""]) + digits(9)
    p.user = R.choice(["%s%s%02d" % (fold(p.first)[0].lower(), fold(p.last).lower(), p.dob.year % 100),
                       "%s.%s" % (fold(p.first).lower(), fold(p.last).lower()),
                       "%s%s" % (fold(p.last).lower()[:6], digits(3))])
    p.enroll = "ENR-" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    p.holter_sn = R.choice(["D2H", "H12P-0"]) + digits(6)
    p.event_sn = "920W" + digits(7)
    p.mct_sn = "3L" + hexs(8).upper()
    p.imei = imei()
    p.mac = "C8:4F:0E:" + ":".join(hexs(2).upper() for _ in range(3))
    p.dl = R.choice(["%s%s%s" % (R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), digits(6)),
                     "%s%s-%s-%s" % (fold(p.last)[0].upper(), digits(3), digits(4), digits(4))])
    p.ip = "%d.%d.%d.%d" % (R.choice([73, 98, 174, 24, 71, 107, 66, 99, 172]), R.randint(1, 254),
                            R.randint(0, 254), R.randint(2, 254))
    if p.ip.startswith("172."):
        p.ip = "172.%d.%d.%d" % (R.randint(58, 120), R.randint(0, 254), R.randint(2, 254))
    p.ht = R.randint(150, 192)
    p.wt = round(R.uniform(48, 128), 1)
    # relative / emergency contact
    rel = Person()
    rel.sex = R.choice("MF")
    rel.first = R.choice(FIRST_M if rel.sex == "M" else FIRST_F)
    rel.last = p.last if R.random() < 0.6 else R.choice(LAST)
    rel.phone = phone()
    if rel.sex == "F":
        rel.rel = R.choice(["wife" if p.sex == "M" else "partner", "daughter", "daughter", "niece", "neighbor", "sister"])
    else:
        rel.rel = R.choice(["husband" if p.sex == "F" else "partner", "son", "son", "nephew", "neighbor", "brother"])
    rel.dob = dt.date(R.randint(1940, 1998), R.randint(1, 12), R.randint(1, 28))
    p.rel = rel
    return p


PATIENTS = [make_person() for _ in range(30)] + [make_person(old=True) for _ in range(9)]
R.shuffle(PATIENTS)


def pick():
    return R.choice(PATIENTS)


def nm(p, style):
    f, l, m = p.first, p.last, p.mid
    if style == "lf":
        return "%s, %s" % (l, f)
    if style == "LF":
        return "%s, %s" % (l.upper(), f.upper())
    if style == "fl":
        return "%s %s" % (f, l)
    if style == "fml":
        return "%s %s%s" % (f, (m + ". ") if m else "", l)
    if style == "FL":
        return "%s %s" % (f.upper(), l.upper())
    if style == "low":
        return "%s %s" % (f.lower(), l.lower())
    if style == "pn":
        return "%s^%s%s" % (l.upper(), f.upper(), ("^" + m) if m else "")
    if style == "pnmix":
        return "%s^%s%s" % (l, f, ("^" + m) if m else "")
    if style == "init":
        return "%s. %s" % (f[0], l)
    if style == "lfi":
        return "%s, %s%s" % (l.upper(), f.upper(), (" " + m) if m else "")
    if style == "last":
        return l
    raise ValueError(style)


SVC_DATES = [dt.date(2024, 3, d) for d in (11, 12, 12, 13, 13, 13, 14, 14, 14, 14)]


def svc_date():
    return R.choice(SVC_DATES)


def svc_dt():
    """a service date-time in the past relative to the log clock"""
    d = svc_date()
    if d == CLK.t.date():
        t = CLK.t - dt.timedelta(minutes=R.randint(3, 150))
        return t.replace(microsecond=0)
    return dt.datetime(d.year, d.month, d.day, R.randint(7, 17), R.randint(0, 59), R.randint(0, 59))


# staff / business (never labeled)
TECHS = [("Maria", "Tran", "mtran"), ("Kurt", "Brandt", "kbrandt"), ("Jasmine", "Lopez", "jlopez"),
         ("Devon", "Oyelaran", "doyelaran"), ("Priyanka", "Sethi", "psethi"), ("Tom", "Whitaker", "twhitaker")]
DOCS = [("1720", "RAO", "ANJALI", "1457382910"), ("1734", "FELD", "MARCUS", "1093847561"),
        ("1802", "KRISTIANSEN", "HELENA", "1831102947"), ("1655", "ACHEBE", "SAMUEL", "1568420937"),
        ("1911", "VOGEL-PARK", "DANIEL", "1700983342")]
SITES = [("1", "CDX MAIN"), ("2", "CDX WESTFIELD"), ("3", "KETTERING OP"), ("4", "MIAMI VALLEY ED")]
CARTS = [("11", "MAC5500", "SCD09214471PA"), ("12", "MAC5500", "SCD10388120PA"),
         ("21", "MAC2000", "SAR21930477SA"), ("7", "MAC VU360", "SX419022718WA")]
SUPPORT = ["cdx-support@cdxheart.example.com", "mct-servicecenter@cdxheart.example.com",
           "muse.admin@cdxheart.example.com"]
CENTER_PHONE = "(937) 555-0100"


def tech():
    return R.choice(TECHS)


def doc():
    return R.choice(DOCS)


def b64jpeg(nbytes):
    hdr = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    body = bytes(R.randint(0, 255) for _ in range(nbytes))
    return base64.b64encode(hdr + body).decode()


# ================================================================ generators
# each returns a list of Ln


# ---- MUSE XML ------------------------------------------------------------------
def g_muse_xml_demo():
    p = pick()
    fam = "muse_xml"
    out = []

    def L(s="", *spans):
        l = Ln(fam)
        if spans:
            l.f(s, *spans)
        else:
            l.t(s)
        out.append(l)

    acq = svc_dt()
    site = R.choice(SITES)
    d = doc()
    if R.random() < 0.5:
        L('<?xml version="1.0" encoding="ISO-8859-1"?>')
        L('<!DOCTYPE RestingECG SYSTEM "restecg.dtd">')
    L("<RestingECG>")
    L("   <MuseInfo>")
    L("      <MuseVersion>9.0.10.18560</MuseVersion>")
    L("   </MuseInfo>")
    L("   <PatientDemographics>")
    L("      <PatientID>{}</PatientID>", (p.mrn, "mrn"))
    if p.age > 89:
        L("      <PatientAge>{}</PatientAge>", (str(p.age), "age"))
    else:
        L("      <PatientAge>%d</PatientAge>" % p.age)
    L("      <AgeUnits>YEARS</AgeUnits>")
    L("      <DateofBirth>{}</DateofBirth>", (fd(p.dob, "muse"), "date"))
    L("      <Gender>%s</Gender>" % ("MALE" if p.sex == "M" else "FEMALE"))
    if R.random() < 0.5:
        L("      <Race>UNKNOWN</Race>")
    L("      <PatientLastName>{}</PatientLastName>", (p.last.upper(), "name"))
    L("      <PatientFirstName>{}</PatientFirstName>", (p.first.upper(), "name"))
    L("   </PatientDemographics>")
    L("   <TestDemographics>")
    L("      <DataType>RESTING</DataType>")
    L("      <Site>%s</Site>" % site[0])
    L("      <SiteName>%s</SiteName>" % site[1])
    L("      <AcquisitionDevice>%s</AcquisitionDevice>" % R.choice(CARTS)[1])
    L("      <Status>%s</Status>" % R.choice(["UNCONFIRMED", "CONFIRMED", "UNCONFIRMED"]))
    L("      <Priority>%s</Priority>" % R.choice(["NORMAL", "STAT"]))
    L("      <LocationName>%s</LocationName>" % R.choice(["ED", "CARDIOLOGY OP", "PRE-ADMIT", "4 WEST"]))
    L("      <AcquisitionTime>%s</AcquisitionTime>" % acq.strftime("%H:%M:%S"))
    L("      <AcquisitionDate>{}</AcquisitionDate>", (fd(acq.date(), "muse"), "date"))
    L("      <CartNumber>%s</CartNumber>" % R.choice(CARTS)[0])
    L("      <OrderingMDID>%s</OrderingMDID>" % d[0])
    L("      <OrderingMDLastName>%s</OrderingMDLastName>" % d[1])
    L("      <TestReason>%s</TestReason>" % R.choice(["Chest pain", "Pre-op", "Palpitations", "Syncope", "SOB"]))
    L("      <OrderNumber>ORD%s</OrderNumber>" % digits(10))
    L("   </TestDemographics>")
    # a shipper excerpt: the demographics section plus a few neighbouring lines
    a = [i for i, l in enumerate(out) if "<PatientDemographics>" in l.text()][0]
    b = [i for i, l in enumerate(out) if "</PatientDemographics>" in l.text()][0]
    lo = max(0, a - R.randint(0, 3))
    hi = min(len(out), b + 1 + R.randint(0, 6))
    body = out[lo:hi]
    if R.random() < 0.4:
        # sometimes the excerpt is the test section with the acquisition date only
        k = [i for i, l in enumerate(out) if "<AcquisitionDate>" in l.text()][0]
        body = out[k - R.randint(1, 4): k + 1 + R.randint(0, 3)]
    return body


def g_muse_xml_meas():
    fam = "muse_xml"
    rows = []
    vr = R.randint(48, 128)
    vals = [("VentricularRate", vr), ("AtrialRate", vr), ("PRInterval", R.randint(120, 240)),
            ("QRSDuration", R.randint(78, 148)), ("QTInterval", R.randint(330, 470)),
            ("QTCorrected", R.randint(390, 510)), ("PAxis", R.randint(-10, 80)),
            ("RAxis", R.randint(-60, 100)), ("TAxis", R.randint(-20, 90)),
            ("QRSCount", R.randint(8, 20)), ("QOnset", 218), ("QOffset", 218 + R.randint(38, 75)),
            ("POnset", 182), ("POffset", 206), ("TOffset", R.randint(398, 452))]
    rows.append("   <RestingECGMeasurements>")
    for k, v in vals[: R.randint(7, 15)]:
        rows.append("      <%s>%d</%s>" % (k, v, k))
    rows.append("   </RestingECGMeasurements>")
    stm = R.choice([["Normal sinus rhythm", "Normal ECG"],
                    ["Sinus bradycardia", "Otherwise normal ECG"],
                    ["Atrial fibrillation with rapid ventricular response", "Nonspecific ST abnormality", "Abnormal ECG"],
                    ["Sinus rhythm with 1st degree A-V block", "Left anterior fascicular block", "Abnormal ECG"]])
    rows.append("   <Diagnosis>")
    rows.append("      <Modality>RESTING</Modality>")
    for s in stm:
        rows.append("      <DiagnosisStatement>")
        rows.append("         <StmtFlag>ENDSLINE</StmtFlag>")
        rows.append("         <StmtText>%s</StmtText>" % s)
        rows.append("      </DiagnosisStatement>")
    rows.append("   </Diagnosis>")
    if R.random() < 0.5:
        rows.append("   <Waveform>")
        rows.append("      <WaveformType>Rhythm</WaveformType>")
        rows.append("      <SampleBase>500</SampleBase>")
        rows.append("      <LeadData>")
        rows.append("         <LeadID>%s</LeadID>" % R.choice(["I", "II", "V1", "V5"]))
        rows.append("         <LeadAmplitudeUnitsPerBit>4.88</LeadAmplitudeUnitsPerBit>")
        raw = bytes(R.randint(0, 255) for _ in range(42))
        rows.append("         <WaveFormData>%s</WaveFormData>" % base64.b64encode(raw).decode())
    st = R.randint(0, max(0, len(rows) - 8))
    rows = rows[st: st + R.randint(4, 9)]
    return [Ln(fam).t(r) for r in rows]


# ---- MUSE service log ----------------------------------------------------------
def muse_prefix(l, comp, lvl="INFO "):
    t = CLK.tick()
    l.t("%s [%s] [T:0x%04x] %s " % (ts_sp(t), comp, R.randint(0x1000, 0x3fff), lvl))
    return l


def g_muse_svc_noise():
    l = Ln("muse_service")
    c = R.randint(0, 9)
    if c == 0:
        muse_prefix(l, "MUSE.OrderMatch").t(
            "Order matching cycle complete: scanned=%d matched=%d unmatched=%d elapsed=%dms"
            % (R.randint(80, 300), R.randint(20, 70), R.randint(0, 9), R.randint(400, 4000)))
    elif c == 1:
        muse_prefix(l, "MUSE.DicomSCP").t("Store SCP listening on port 104 AE_TITLE=MUSE_STORE maxPdu=16384")
    elif c == 2:
        muse_prefix(l, "MUSE.DB").t("Connection pool stats active=%d idle=%d max=40 waitMs=%d"
                                    % (R.randint(2, 30), R.randint(2, 20), R.randint(0, 90)))
    elif c == 3:
        cart = R.choice(CARTS)
        muse_prefix(l, "MUSE.Receive").t("Cart %s (%s SN %s) transmission received: %d tests via LAN 10.40.12.%d:9240"
                                         % (cart[0], cart[1], cart[2], R.randint(1, 6), R.randint(20, 90)))
    elif c == 4:
        muse_prefix(l, "MUSE.Archive", "WARN ").t("Archive volume \\\\cdx-muse01\\MuseArchive$ at %d%% capacity (threshold 85%%)"
                                                  % R.randint(86, 93))
    elif c == 5:
        muse_prefix(l, "MUSE.Print").t("Print job %d sent to FAX queue HP-MFP-CARD2 pages=%d" % (R.randint(30000, 39999), R.randint(1, 3)))
    elif c == 6:
        muse_prefix(l, "MUSE.Service").t("Heartbeat OK version=9.0.10.18560 uptime=%dh%02dm licenses=%d/50"
                                         % (R.randint(40, 900), R.randint(0, 59), R.randint(20, 48)))
    elif c == 7:
        muse_prefix(l, "MUSE.HL7Out").t("ORU batch flushed to interface engine 10.40.3.21:6661 count=%d ackAA=%d ackAE=0"
                                        % ((lambda n: (n, n))(R.randint(3, 40))))
    elif c == 8:
        muse_prefix(l, "MUSE.Purge").t("Temp purge removed %d files older than 2024-02-13 from D:\\MUSE\\Temp" % R.randint(10, 800))
    else:
        muse_prefix(l, "MUSE.OrderMatch", "ERROR").t("SQL timeout executing usp_MatchOrders (30000 ms) - will retry in 60s, attempt %d/5"
                                                     % R.randint(1, 4))
    return [l]


def g_muse_svc_phi():
    p = pick()
    l = Ln("muse_service")
    c = variant("g_muse_svc_phi", 5)
    test = "2024031%d%05d" % (R.randint(1, 4), R.randint(100, 99999))
    if c == 0:
        muse_prefix(l, "MUSE.OrderMatch").f(
            "Order ORD{} matched to test {} PatientID={} {} (score=0.{} rule=PID+ACQDATE)",
            digits(10), test, (p.mrn, "mrn"), (nm(p, "LF"), "name"), R.randint(86, 99))
    elif c == 1:
        acq = svc_date()
        muse_prefix(l, "MUSE.OrderMatch", "WARN ").f(
            "Unmatched test {} PID='{}' Name='{}' DOB={} AcqDate={} -> queued to Order Reconciliation",
            test, (p.mrn, "mrn"), (nm(p, "LF"), "name"), (fd(p.dob, "us"), "date"), (fd(acq, "us"), "date"))
    elif c == 2:
        muse_prefix(l, "MUSE.ADT", "WARN ").f(
            "Patient ID mismatch: cart entered '{}' vs ADT '{}' for LAST={} FIRST={}, site {}",
            (p.mrn.lstrip("0") + str(R.randint(0, 9)), "mrn"), (p.mrn, "mrn"),
            (p.last.upper(), "name"), (p.first.upper(), "name"), R.choice(SITES)[0])
    elif c == 3:
        muse_prefix(l, "MUSE.ADT", "ERROR").f(
            "Failed to merge demographics: duplicate PatientID {} ({} / {}) - manual merge required",
            (p.mrn, "mrn"), (nm(p, "fl"), "name"), (nm(p, "lfi"), "name"))
    else:
        muse_prefix(l, "MUSE.Edit").f("Test {} demographics edited by {}: DOB {} -> {}",
                                      test, tech()[2], (fd(p.dob.replace(day=min(28, p.dob.day + 1)), "us"), "date"),
                                      (fd(p.dob, "us"), "date"))
    return [l]


# ---- confirmation queue (key=value) ---------------------------------------------
def kv_prefix(l, lvl="info"):
    l.t("ts=%s app=muse-confirm level=%s " % (ts_isoz(CLK.tick()), lvl))
    return l


def g_confirm_noise():
    l = Ln("confirm_kv")
    c = R.randint(0, 4)
    if c == 0:
        kv_prefix(l).t('msg="queue stats" queue=%s site=%s pending=%d stat=%d oldest_age_min=%d'
                       % (R.choice(["OVERREAD", "CONFIRM", "STAT_OVERREAD"]), R.choice(SITES)[0],
                          R.randint(0, 140), R.randint(0, 6), R.randint(1, 600)))
    elif c == 1:
        d = doc()
        kv_prefix(l).t('msg="reader session" reader_id=%s reader=%s action=login ws=CARD-RDG-%02d confirmed_today=%d'
                       % (d[0], d[1], R.randint(1, 9), R.randint(0, 90)))
    elif c == 2:
        kv_prefix(l, "warn").t('msg="SLA breach" queue=STAT_OVERREAD test_count=%d sla_min=30 max_wait_min=%d escalate_to=oncall-cardiology'
                               % (R.randint(1, 4), R.randint(31, 90)))
    elif c == 3:
        kv_prefix(l).t('msg="auto-assign" strategy=round_robin readers=%d assigned=%d skipped_locked=%d took=%dms trace_id=%s'
                       % (R.randint(2, 6), R.randint(1, 30), R.randint(0, 3), R.randint(3, 90), hexs(32)))
    else:
        kv_prefix(l, "error").t('msg="statement library load failed" lib=GE_12SL_v243 err="file locked by another process" retry=true')
    return [l]


def g_confirm_phi():
    p = pick()
    l = Ln("confirm_kv")
    d = doc()
    test = "2024031%d%05d" % (R.randint(1, 4), R.randint(100, 99999))
    c = variant("g_confirm_phi", 3)
    if c == 0:
        kv_prefix(l).f('msg="test confirmed" test_id={} patient_id={} pt_name="{}" reader={} edits={} stmt="{}"',
                       test, (p.mrn, "mrn"), (nm(p, "LF"), "name"), d[1], R.randint(0, 4),
                       R.choice(["Sinus rhythm", "Atrial fibrillation", "Sinus tachycardia", "Paced rhythm"]))
    elif c == 1:
        a = svc_dt()
        kv_prefix(l, "warn").f('msg="critical result" test_id={} patient_id={} last={} first={} acq="{}" finding=STEMI notified="{}" callback={}',
                               test, (p.mrn, "mrn"), (p.last, "name"), (p.first, "name"),
                               (a.strftime("%Y-%m-%d %H:%M"), "date"), "%s %s" % (d[2].title(), d[1].title()),
                               CENTER_PHONE.replace(" ", ""))
    else:
        kv_prefix(l).f('msg="reassigned" test_id={} mrn={} dob={} from={} to={} reason="reader out of office"',
                       test, (p.mrn, "mrn"), (fd(p.dob, "iso"), "date"), d[1], doc()[1])
    return [l]


# ---- Holter / event monitor scanning ---------------------------------------------
def holter_prefix(l, cls, lvl="INFO "):
    l.t("%s %s [Worker-%d] %s - " % (ts_sp(CLK.tick(), ","), lvl, R.randint(1, 6), cls))
    return l


def g_holter_noise():
    l = Ln("holter_scan")
    c = R.randint(0, 6)
    if c == 0:
        holter_prefix(l, "HolterScan.Import.CardReader").t(
            "Download complete: %dh %02dm, 3 ch, 180 Hz, %s beats, artifact %.1f%%, %.1fs"
            % (R.choice([24, 48, 48, 72]), R.randint(0, 59), "{:,}".format(R.randint(90000, 330000)),
               R.uniform(0.2, 6), R.uniform(8, 70)))
    elif c == 1:
        holter_prefix(l, "HolterScan.Analysis.Templates").t(
            "Template clustering finished: %d templates (%d normal, %d SVE, %d VE), %d edited" %
            (R.randint(8, 30), R.randint(2, 6), R.randint(0, 6), R.randint(0, 9), R.randint(0, 6)))
    elif c == 2:
        holter_prefix(l, "HolterScan.Report").t("Report HTML->PDF rendered in %dms (pages=%d, template=FULL_DISCLOSURE_v4)"
                                                % (R.randint(700, 9000), R.randint(6, 40)))
    elif c == 3:
        holter_prefix(l, "HolterScan.License", "WARN ").t("Seat usage 7/8 on license server 10.40.5.14:27000 (feature HSCAN_PRO)")
    elif c == 4:
        holter_prefix(l, "HolterScan.Analysis.HRV").t("SDNN=%dms rMSSD=%dms pNN50=%.1f%% LF/HF=%.2f segments=%d"
                                                       % (R.randint(40, 180), R.randint(12, 90), R.uniform(1, 30), R.uniform(0.4, 4), R.randint(100, 300)))
    elif c == 5:
        holter_prefix(l, "HolterScan.Queue").t("Scan queue: waiting=%d in_progress=%d final_review=%d tat_avg_h=%.1f"
                                               % (R.randint(0, 30), R.randint(0, 6), R.randint(0, 12), R.uniform(6, 40)))
    else:
        holter_prefix(l, "HolterScan.Import.CardReader", "ERROR").t(
            "I/O error reading E:\\HOLTER\\RAW\\0000.DAT: CRC mismatch at block %d (0x%s), retrying" % (R.randint(100, 9000), hexs(8)))
    return [l]


def g_holter_hookup():
    p = pick()
    l = Ln("holter_scan")
    tk = tech()
    hk = svc_dt()
    rec = "H24-%02d%02d-%02d" % (hk.month, hk.day, R.randint(1, 40))
    c = variant("g_holter_hookup", 4)
    if c == 0:
        holter_prefix(l, "HolterScan.Patient.Hookup").f(
            "Hookup record saved RecID={} Patient={} MRN={} DOB={} Recorder=DR200/HE SN {} Hookup={} Duration={}h Tech={}. {}",
            rec, (nm(p, "lfi"), "name"), (p.mrn, "mrn"), (fd(p.dob, "us"), "date"), (p.holter_sn, "device"),
            (hk.strftime("%m/%d/%Y %H:%M"), "date"), R.choice([24, 48, 72]), tk[0][0], tk[1])
    elif c == 1:
        other = pick()
        holter_prefix(l, "HolterScan.Import.CardReader", "WARN ").f(
            "Recorder SN {} card header PatientID {} does not match hookup RecID {} (expected PatientID {}); import paused",
            (p.holter_sn, "device"), (p.mrn, "mrn"), rec, (other.mrn, "mrn"))
    elif c == 2:
        holter_prefix(l, "HolterScan.Device").f("Recorder SN {} erased and returned to pool; battery {}V firmware 3.2.{}",
                                                (p.holter_sn, "device"), "%.2f" % R.uniform(1.2, 1.6), R.randint(1, 9))
    else:
        holter_prefix(l, "HolterScan.Patient.Hookup").f(
            "Event monitor ER-920W SN {} assigned to {} ({}), wear {} days, start {}, phone on file {}",
            (p.event_sn, "device"), (nm(p, "fl"), "name"), (p.mrn, "mrn"), R.choice([14, 30]),
            (fd(hk.date(), "iso"), "date"), (fphone(p.phone, R.choice(["dash", "paren", "dot"])), "phone"))
    return [l]


DIARY_SYM = ["palpitations", "heart racing", "skipped beats", "dizzy", "chest flutter", "short of breath",
             "lightheaded", "tired", "pounding"]
DIARY_ACT = ["climbing stairs", "walking dog", "sleeping", "watching TV", "after dinner", "shower",
             "mowing lawn", "driving", "at rest"]


def g_holter_diary_noise():
    l = Ln("holter_diary")
    rec = "H24-03%02d-%02d" % (R.randint(11, 14), R.randint(1, 40))
    l.t("DIARY rec=%s entry=%d day=%d time=%02d:%02d sym='%s' act='%s' matched_strip=%s by=%s"
        % (rec, R.randint(1, 12), R.randint(1, 3), R.randint(0, 23), R.randint(0, 59), R.choice(DIARY_SYM),
           R.choice(DIARY_ACT), R.choice(["SVT run 14 beats", "NSR 78", "PVC bigeminy", "artifact", "AF 112"]), tech()[2]))
    return [l]


def g_holter_diary_phi():
    p = pick()
    l = Ln("holter_diary")
    rec = "H24-03%02d-%02d" % (R.randint(11, 14), R.randint(1, 40))
    c = variant("g_holter_diary_phi", 3)
    r = p.rel
    if c == 0:
        l.f("DIARY rec={} p{} transcribed: \"woke up around 3am heart pounding, my {} {} took my pulse, it was {}\" - sym=palpitations by={}",
            rec, R.randint(1, 3), r.rel, (r.first, "name"), R.randint(110, 160), tech()[2])
    elif c == 1:
        d = R.choice([x for x in SVC_DATES if x < CLK.t.date()])
        rec = "H24-%02d%02d-%02d" % (d.month, d.day - R.randint(0, 1), R.randint(1, 40))
        l.f("DIARY rec={} entry={} \"{} {} - {}, {}\" (pt wrote date in diary) by={}",
            rec, R.randint(1, 9), (fd(d, "us2"), "date"), "%d:%02dpm" % (R.randint(1, 11), R.randint(0, 59)),
            R.choice(DIARY_SYM), R.choice(DIARY_ACT), tech()[2])
    else:
        l.f("DIARY rec={} note: diary page 2 illegible, called pt {} at {} to clarify 2 entries; pt says symptoms were at work",
            rec, (nm(p, "fl"), "name"), (fphone(p.phone, R.choice(["paren", "raw", "dash"])), "phone"))
    return [l]


# ---- MCT service center ----------------------------------------------------------
def g_mct_alert():
    p = pick()
    l = Ln("mct_alert_json")
    sp = R.choice(["", " "])
    onset = svc_dt()
    d = doc()
    l.t("{")
    l.jk("ts", ts_iso(CLK.tick()), first=True, sp=sp)
    l.jk("alertId", "A-%s-%05d" % (onset.strftime("%Y%m%d"), R.randint(1, 99999)), sp=sp)
    l.jk("priority", R.choice(["URGENT", "EMERGENT", "ROUTINE"]), sp=sp)
    l.jk("eventType", R.choice(["VT_RUN", "AFIB_ONSET", "PAUSE", "BRADY", "SVT", "PATIENT_TRIGGER"]), sp=sp)
    l.jk("onset", onset.strftime("%Y-%m-%dT%H:%M:%S") + TZ, "date", sp=sp)
    l.jk("durationSec", R.randint(3, 900), sp=sp)
    l.jk("maxHr", R.randint(30, 210), sp=sp)
    l.jk("enrollmentId", p.enroll, "other_id", sp=sp)
    l.t("," + sp + '"patient":' + sp + "{")
    l.jk("name", nm(p, R.choice(["lf", "fl"])), "name", first=True, sp=sp)
    l.jk("dob", fd(p.dob, "iso"), "date", sp=sp)
    l.jk("mrn", p.mrn, "mrn", sp=sp)
    l.jk("phone", fphone(p.phone, R.choice(["paren", "e164", "dash"])), "phone", sp=sp)
    if R.random() < 0.3:
        l.jk("email", p.email, "email", sp=sp)
    if R.random() < 0.5:
        l.t("," + sp + '"emergencyContact":' + sp + '"')
        l.p("%s %s" % (p.rel.first, p.rel.last), "name").t(" (%s)" % p.rel.rel).t('"')
    l.t("}")
    l.t("," + sp + '"device":' + sp + "{")
    l.jk("model", "MCT-3L", first=True, sp=sp)
    l.jk("serial", p.mct_sn, "device", sp=sp)
    l.jk("gatewayImei", p.imei, "device", sp=sp)
    l.t("}")
    l.jk("notifyPhysician", "Dr. %s %s" % (d[2].title(), d[1].title()), sp=sp)
    l.jk("status", "NEW", sp=sp)
    l.t("}")
    return [l]


def g_mct_device():
    p = pick()
    l = Ln("mct_alert_json")
    l.t("{")
    l.jk("ts", ts_iso(CLK.tick()), first=True)
    l.jk("event", R.choice(["DEVICE_OFFLINE", "LEAD_OFF", "LOW_BATTERY", "GATEWAY_PAIRED"]))
    l.jk("serial", p.mct_sn, "device")
    if R.random() < 0.5:
        l.jk("bleMac", p.mac, "device")
    else:
        l.jk("gatewayImei", p.imei, "device")
    l.jk("battery", R.randint(3, 100))
    l.jk("rssi", -R.randint(50, 98))
    l.jk("lastSeen", ts_isoz(CLK.t - dt.timedelta(minutes=R.randint(1, 300))))
    l.jk("fw", "3L-%d.%d.%d" % (R.randint(2, 4), R.randint(0, 9), R.randint(0, 30)))
    l.t("}")
    return [l]


def g_mct_noise():
    l = Ln("mct_alert_json")
    c = R.randint(0, 3)
    l.t("{")
    l.jk("ts", ts_iso(CLK.tick()), first=True)
    if c == 0:
        l.jk("svc", "mct-triage").jk("queueDepth", R.randint(0, 40)).jk("oldestAlertSec", R.randint(3, 900)) \
            .jk("techsOnline", R.randint(2, 9)).jk("shift", R.choice(["DAY", "NIGHT"]))
    elif c == 1:
        l.jk("event", "ECG_STRIP_RENDERED").jk("alertId", "A-20240314-%05d" % R.randint(1, 99999)) \
            .jk("renderMs", R.randint(80, 2000)).jk("pages", R.randint(1, 4)).jk("traceId", hexs(32))
    elif c == 2:
        l.jk("svc", "mct-ingest").jk("msgsPerMin", R.randint(200, 5000)).jk("kafkaLag", R.randint(0, 900)) \
            .jk("partition", R.randint(0, 11)).jk("topic", "mct.ecg.strips.v2")
    else:
        l.jk("level", "WARN").jk("svc", "mct-notify").jk("msg", "SMS provider throttled, backing off") \
            .jk("retryInMs", R.choice([500, 1000, 2000, 4000])).jk("provider", "twilio")
    l.t("}")
    return [l]


# ---- DICOM SR dump (dcmdump) ------------------------------------------------------
def dd(l, indent, tag, vr, val, kw, cat=None, vm=1):
    l.t(" " * indent + "(%s) %s " % (tag, vr))
    if val is None:
        body = "(no value available)"
        l.t(body)
        ln = 0
    elif vr == "UI":
        body = "=" + val if val.startswith("Comp") else "[" + val + "]"
        l.t(body)
        ln = len(val) + (len(val) % 2)
    else:
        body = "[" + val + "]"
        l.t("[")
        if cat:
            l.p(val, cat)
        else:
            l.t(val)
        l.t("]")
        ln = len(val.encode("latin-1", "replace"))
        ln += ln % 2
    padw = max(1, 40 - indent - len(body))
    l.t(" " * padw + "# %3d, %d %s" % (ln, vm, kw))
    return l


def uid():
    return "1.2.840.113619.2.391.%d.%d.%d.%d" % (R.randint(1000, 9999), R.randint(1700000000, 1710500000),
                                                  R.randint(1, 99), R.randint(1, 9))


def g_dicom_hdr():
    p = pick()
    fam = "dicom_sr_dump"
    out = []
    std = svc_dt()
    d = doc()

    def D(*a, **k):
        out.append(dd(Ln(fam), *a, **k))

    def T(s):
        out.append(Ln(fam).t(s))

    if R.random() < 0.6:
        T("# Dicom-File-Format")
        T("# Dicom-Meta-Information-Header")
        T("# Used TransferSyntax: Little Endian Explicit")
        D(0, "0002,0002", "UI", "ComprehensiveSRStorage", "MediaStorageSOPClassUID")
        D(0, "0002,0003", "UI", uid(), "MediaStorageSOPInstanceUID")
        D(0, "0002,0013", "SH", "EchoPAC_204", "ImplementationVersionName")
    T("# Dicom-Data-Set")
    T("# Used TransferSyntax: Little Endian Explicit")
    D(0, "0008,0005", "CS", "ISO_IR 100", "SpecificCharacterSet")
    D(0, "0008,0020", "DA", fd(std.date(), "hl7"), "StudyDate", "date")
    D(0, "0008,0023", "DA", fd(std.date(), "hl7"), "ContentDate", "date")
    D(0, "0008,0030", "TM", std.strftime("%H%M%S"), "StudyTime")
    D(0, "0008,0050", "SH", "ECH%s%05d" % (std.strftime("%y%m%d"), R.randint(1, 99999)), "AccessionNumber")
    D(0, "0008,0060", "CS", "SR", "Modality")
    D(0, "0008,0070", "LO", "GE Vingmed Ultrasound", "Manufacturer")
    D(0, "0008,0090", "PN", "%s^%s" % (d[1], d[2]), "ReferringPhysicianName")
    D(0, "0008,1010", "SH", "VIVIDE95-%02d" % R.randint(1, 4), "StationName")
    pnv = nm(p, R.choice(["pn", "pn", "pnmix"]))
    D(0, "0010,0010", "PN", pnv, "PatientName", "name")
    D(0, "0010,0020", "LO", p.mrn, "PatientID", "mrn")
    D(0, "0010,0030", "DA", fd(p.dob, "hl7"), "PatientBirthDate", "date")
    D(0, "0010,0040", "CS", p.sex, "PatientSex")
    D(0, "0010,1010", "AS", "%03dY" % p.age, "PatientAge", "age" if p.age > 89 else None)
    D(0, "0010,1020", "DS", "%.2f" % (p.ht / 100.0), "PatientSize")
    D(0, "0010,1030", "DS", str(p.wt), "PatientWeight")
    D(0, "0020,000d", "UI", uid(), "StudyInstanceUID")
    D(0, "0020,0010", "SH", str(R.randint(1000, 99999)), "StudyID")
    D(0, "0040,a491", "CS", "COMPLETE", "CompletionFlag")
    D(0, "0040,a493", "CS", "UNVERIFIED", "VerificationFlag")
    a = [i for i, l in enumerate(out) if "StudyDate" in l.text()][0]
    b = [i for i, l in enumerate(out) if "PatientAge" in l.text()][0]
    pn = [i for i, l in enumerate(out) if "PatientName" in l.text()][0]
    lo = R.choice([a - 1, a, pn - 2, pn - 1])
    hi = R.choice([b + 1, b + 2, b + 4])
    return out[lo:hi]


SR_MEAS = [("18043-0", "Left Ventricular Ejection Fraction", "%", (35, 70)),
           ("29436-3", "Left Ventricular Internal Diastolic Dimension", "cm", (3.8, 6.2)),
           ("29438-9", "Left Ventricular Internal Systolic Dimension", "cm", (2.2, 4.6)),
           ("18154-5", "Interventricular Septum Diastolic Thickness", "cm", (0.7, 1.5)),
           ("17977-0", "Left Atrium Antero-posterior Systolic Dimension", "cm", (2.8, 5.0)),
           ("18035-6", "Mitral Valve E/A ratio", "{ratio}", (0.6, 2.2)),
           ("77912-4", "Tricuspid Annular Plane Systolic Excursion", "mm", (14, 28))]


def g_dicom_content():
    fam = "dicom_sr_dump"
    out = []

    def D(*a, **k):
        out.append(dd(Ln(fam), *a, **k))

    def T(s):
        out.append(Ln(fam).t(s))

    T("(0040,a730) SQ (Sequence with undefined length #=%d)     # u/l, 1 ContentSequence" % R.randint(8, 40))
    for code, meaning, unit, rng in R.sample(SR_MEAS, R.randint(1, 2)):
        T("  (fffe,e000) na (Item with undefined length #=4)     # u/l, 1 Item")
        D(4, "0040,a010", "CS", "CONTAINS", "RelationshipType")
        D(4, "0040,a040", "CS", "NUM", "ValueType")
        T("    (0040,a043) SQ (Sequence with undefined length #=1) # u/l, 1 ConceptNameCodeSequence")
        D(6, "0008,0100", "SH", code, "CodeValue")
        D(6, "0008,0102", "SH", "LN", "CodingSchemeDesignator")
        D(6, "0008,0104", "LO", meaning, "CodeMeaning")
        v = R.uniform(*rng)
        D(4, "0040,a30a", "DS", ("%.0f" if rng[1] > 10 else "%.2f") % v, "NumericValue")
        D(4, "0040,08ea", "SH", unit, "MeasurementUnitsCode")
        T("  (fffe,e00d) na (ItemDelimitationItem)              #   0, 0 ItemDelimitationItem")
    if R.random() < 0.4:
        T("dcmdump: W: DcmItem: Length of element (0040,a30a) is not a multiple of 2 (VR=DS)")
    st = R.randint(0, max(0, len(out) - 10))
    return out[st: st + R.randint(5, 10)]


def g_dcm4che():
    l = Ln("dcm4che_scp")
    t = CLK.tick()
    st = "VIVIDE95-%02d" % R.randint(1, 4)
    assoc = R.randint(100, 999)
    c = R.randint(0, 4)
    head = "%s,%s INFO  - " % (t.strftime("%H:%M:%S"), ms(t))
    if c == 0:
        l.t(head + "STORESCP<-%s(%d): A-ASSOCIATE-RQ calling=%s called=ECHO_ARCH maxPDU=16384" % (st, assoc, st))
    elif c == 1:
        l.t(head + "STORESCP<-%s(%d) >> %d:C-STORE-RQ[pcid=%d, prior=0, cuid=1.2.840.10008.5.1.4.1.1.88.33 - Comprehensive SR Storage, iuid=%s, tsuid=1.2.840.10008.1.2.1 - Explicit VR Little Endian]"
            % (st, assoc, R.randint(1, 9), R.choice([1, 3, 5]), uid()))
    elif c == 2:
        l.t(head + "STORESCP<-%s(%d) << %d:C-STORE-RSP[pcid=1, status=0H]" % (st, assoc, R.randint(1, 9)))
    elif c == 3:
        l.t(head + "STORESCP<-%s(%d): close Socket[addr=/10.40.22.%d,port=%d,localport=11112]"
            % (st, assoc, R.randint(10, 60), R.randint(49152, 65000)))
    else:
        l.t(head.replace("INFO ", "WARN ") + "STORESCP<-%s(%d): Received A-ABORT-RQ[source=0, reason=0] after %ds idle" % (st, assoc, R.randint(30, 300)))
    return [l]


# ---- echo reading worklist (pipe table) -----------------------------------------
WL_HDR = "ACCESSION|MRN|PATIENT_NAME|DOB|AGE|SEX|PROC|ORDERED|PRIORITY|STATUS|SONOGRAPHER|READER|LOC"


def g_echo_worklist():
    fam = "echo_worklist"
    out = []
    if R.random() < 0.5:
        out.append(Ln(fam).t(WL_HDR))
    for _ in range(R.randint(1, 4)):
        p = pick()
        l = Ln(fam)
        od = svc_date()
        tk = tech()
        dc = doc()
        age = "%d" % p.age
        l.t("ECH%s%05d|" % (od.strftime("%y%m%d"), R.randint(1, 99999)))
        l.p(p.mrn, "mrn").t("|").p(nm(p, R.choice(["LF", "lfi", "pn"])), "name").t("|")
        l.p(fd(p.dob, R.choice(["us", "iso"])), "date").t("|")
        l.p(age, "age") if p.age > 89 else l.t(age)
        l.t("|%s|%s|" % (p.sex, R.choice(["TTE COMPLETE", "TTE LIMITED", "TEE", "STRESS ECHO", "BUBBLE STUDY"])))
        l.p(fd(od, "iso"), "date")
        l.t("|%s|%s|%s %s|%s|%s" % (R.choice(["ROUTINE", "STAT", "ASAP"]), R.choice(["SCHEDULED", "IN PROGRESS", "PRELIM", "READY TO READ"]),
                                   tk[0], tk[1], dc[1], R.choice(["ECHO-LAB-1", "ECHO-LAB-2", "4W-412", "ED-B03"])))
        out.append(l)
    return out


def g_echo_wl_noise():
    l = Ln("echo_reading_app")
    t = CLK.tick()
    c = R.randint(0, 3)
    l.t("%s [ReadingWorklist] " % ts_sp(t))
    if c == 0:
        l.t("refresh user=%s studies=%d stat=%d prelim=%d filter=reader:%s took=%dms"
            % (R.choice(["hkristiansen", "mfeld", "sachebe"]), R.randint(5, 60), R.randint(0, 6), R.randint(0, 20),
               doc()[1], R.randint(60, 3000)))
    elif c == 1:
        l.t("MWL C-FIND from VIVIDE95-0%d returned %d items (ScheduledStationAETitle=*, Modality=US)" % (R.randint(1, 4), R.randint(0, 35)))
    elif c == 2:
        l.t("report template 'TTE_ADULT_ASE_2019' loaded v%d.%d sections=14 macros=52" % (R.randint(3, 5), R.randint(0, 9)))
    else:
        l.t("WARN measurement mapping missing for code 'LVOT VTI (cm)' from EchoPAC 204 - using default")
    return [l]


# ---- stress test system ----------------------------------------------------------
def stress_prefix(l):
    t = CLK.tick()
    l.t("[%s] STRESS-RM%d " % (t.strftime("%m/%d/%Y %H:%M:%S"), R.randint(1, 3)))
    return l


def g_stress_noise():
    l = Ln("stress_test")
    stress_prefix(l)
    c = R.randint(0, 5)
    if c == 0:
        st = R.randint(1, 5)
        spd, gr = [(1.7, 10), (2.5, 12), (3.4, 14), (4.2, 16), (5.0, 18)][st - 1]
        l.t("Stage %d BRUCE start: speed %.1f mph grade %d%% HR=%d BP=%d/%d METs=%.1f"
            % (st, spd, gr, R.randint(90, 180), R.randint(120, 210), R.randint(60, 95), R.uniform(3, 14)))
    elif c == 1:
        l.t("ST level %s %.1f mm at J+60ms (%s), ST/HR index %.2f uV/bpm"
            % (R.choice(["V5", "II", "aVF", "V4"]), R.uniform(-2.5, 0.5), R.choice(["horizontal", "upsloping", "downsloping"]), R.uniform(0.2, 2.4)))
    elif c == 2:
        l.t("Treadmill T2100 on COM3 response OK, belt calibration 0.0-10.0 mph, elevation 0-25%")
    elif c == 3:
        l.t("Recovery %d:00 HR=%d BP=%d/%d, symptoms: none" % (R.randint(1, 6), R.randint(80, 130), R.randint(110, 170), R.randint(60, 90)))
    elif c == 4:
        l.t("Export to MUSE 10.40.3.30: 1 test sent, response=ACK (%dms)" % R.randint(100, 2500))
    else:
        l.t("Test terminated: reason=%s, peak HR %d (%d%% MPHR), exercise time %d:%02d"
            % (R.choice(["Target HR achieved", "Fatigue", "Dyspnea", "Chest pain"]), R.randint(120, 185),
               R.randint(70, 102), R.randint(3, 14), R.randint(0, 59)))
    return [l]


def g_stress_phi():
    p = pick()
    l = Ln("stress_test")
    stress_prefix(l)
    c = variant("g_stress_phi", 3)
    if c == 0:
        mphr = 220 - p.age
        l.f("Patient selected from worklist: ID={} Name={} DOB={} Age={} Ht={}cm Wt={}kg Protocol={} Target HR={} (85% of {})",
            (p.mrn, "mrn"), (nm(p, "lf"), "name"), (fd(p.dob, "us"), "date"),
            (str(p.age), "age") if p.age > 89 else str(p.age), p.ht, p.wt,
            R.choice(["BRUCE", "MOD BRUCE", "NAUGHTON", "LEXISCAN"]), int(mphr * 0.85), mphr)
    elif c == 1:
        d = svc_date()
        l.f("Final report exported to \\\\cdx-fs01\\stress\\2024\\03\\{}_{}_{}.pdf ({} KB)",
            (("%s_%s" % (fold(p.last).upper(), fold(p.first).upper())), "name"), (fd(d, "hl7"), "date"),
            hexs(6), R.randint(180, 900))
    else:
        d = CLK.t.date()
        l.f("Appointment check-in {}: {} (MRN {}) pharm stress, weight {} kg, regadenoson 0.4 mg; emergency contact {} {}",
            (fd(d, "mon"), "date"), (nm(p, "fml"), "name"), (p.mrn, "mrn"), p.wt,
            ("%s %s" % (p.rel.first, p.rel.last), "name"), (fphone(p.rel.phone, "paren"), "phone"))
    return [l]


# ---- HL7 ------------------------------------------------------------------------
def seg_msh(l, typ, ctrl, snd=("EPIC", "CDXH"), rcv=("MUSE", "CDXDIAG")):
    l.t("MSH|^~\\&|%s|%s|%s|%s|%s||%s|%s|P|2.3" % (snd[0], snd[1], rcv[0], rcv[1],
                                                    CLK.t.strftime("%Y%m%d%H%M%S"), typ, ctrl))


def seg_pid(l, p, full=True):
    l.t("PID|1||").p(p.mrn, "mrn").t("^^^CDXH^MR")
    if full and R.random() < 0.4:
        l.t("~").p(fssn(p.ssn, "raw"), "ssn").t("^^^USSSA^SS")
    l.t("||").p(nm(p, "pn"), "name").t("||").p(fd(p.dob, "hl7"), "date").t("|%s" % p.sex)
    if not full:
        return
    l.t("||%s|" % R.choice(["2106-3", "2054-5", "2028-9", "2131-1"]))
    l.p(p.street.upper(), "address").t("^").p(p.apt.upper(), "address").t("^").p(p.city.upper(), "address")
    l.t("^%s^" % p.state).p(p.zip, "zip").t("^USA^H||")
    l.p(fphone(p.phone, "hl7"), "phone").t("^PRN^PH")
    if R.random() < 0.5:
        l.t("~^NET^Internet^").p(p.email, "email")
    l.t("|||%s||" % R.choice(["M", "S", "W", "D"])).p(p.acct, "account").t("|").p(fssn(p.ssn, "dash"), "ssn")


def seg_pv1(l, p, d, vis, adm):
    l.t("PV1|1|O|%s||||%s^%s^%s^^^^MD|||CAR||||1|||%s^%s^%s^^^^MD|OP|" %
        (R.choice(["ED^B07^01^CDXH", "CARDOP^^^CDXH", "4W^412^A^CDXH"]), d[0], d[1], d[2], d[0], d[1], d[2]))
    l.p(vis, "other_id").t("|||||||||||||||||||||||||").p(adm.strftime("%Y%m%d%H%M"), "date")


def seg_orc(l, order, when, d):
    tk = tech()
    l.t("ORC|NW|%s^EPIC|||||^^^" % order).p(when.strftime("%Y%m%d%H%M%S"), "date").t("^^R||")
    l.p(when.strftime("%Y%m%d%H%M%S"), "date")
    l.t("|%s^%s^%s||%s^%s^%s^^^^MD" % (tk[2].upper(), tk[1].upper(), tk[0].upper(), d[0], d[1], d[2]))


def seg_obr(l, order, when, d, proc):
    l.t("OBR|1|%s^EPIC||%s|R||" % (order, proc)).p(when.strftime("%Y%m%d%H%M"), "date")
    l.t("|||||||||%s^%s^%s^^^^MD||||||||EC|||^^^^^R" % (d[0], d[1], d[2]))


def seg_in1(l, p):
    l.t("IN1|1|%s^%s|%s|%s|PO BOX 105187^^ATLANTA^GA^30348||||%s|||||||" %
        (p.payer_id, p.payer, R.randint(1, 99), p.payer, p.group))
    sub_self = R.random() < 0.6
    if sub_self:
        l.p(nm(p, "pn"), "name").t("|SEL|").p(fd(p.dob, "hl7"), "date")
    else:
        l.p("%s^%s" % (p.rel.last.upper(), p.rel.first.upper()), "name").t("|SPO|").p(fd(p.rel.dob, "hl7"), "date")
    l.t("|").p(p.street.upper(), "address").t("^^").p(p.city.upper(), "address").t("^%s^" % p.state).p(p.zip, "zip")
    l.t("|||||||||||||||||").p(p.member, "health_plan")


def seg_nk1(l, p):
    r = p.rel
    l.t("NK1|1|").p("%s^%s" % (r.last.upper(), r.first.upper()), "name")
    l.t("|%s|" % {"wife": "SPO^Spouse", "husband": "SPO^Spouse", "daughter": "CHD^Child", "son": "CHD^Child",
                  "niece": "OTH^Other", "nephew": "OTH^Other", "sister": "SIB^Sibling", "brother": "SIB^Sibling",
                  "neighbor": "FND^Friend", "partner": "DOM^Domestic partner"}[r.rel])
    l.p(p.street.upper(), "address").t("^^").p(p.city.upper(), "address").t("^%s^" % p.state).p(p.zip, "zip")
    l.t("|").p(fphone(r.phone, "hl7"), "phone").t("||EC^Emergency Contact")


def seg_gt1(l, p):
    r = p.rel
    l.t("GT1|1|%s|" % digits(7)).p("%s^%s" % (r.last.upper(), r.first.upper()), "name").t("||")
    l.p(p.street.upper(), "address").t("^^").p(p.city.upper(), "address").t("^%s^" % p.state).p(p.zip, "zip")
    l.t("|").p(fphone(r.phone, "hl7"), "phone").t("||").p(fd(r.dob, "hl7"), "date").t("|%s||" % r.sex)


PROCS = ["93000^ECG 12 LEAD W INTERP^CPT", "93224^HOLTER 48HR^CPT", "93229^MCT 30 DAY^CPT",
         "93306^TTE COMPLETE W DOPPLER^CPT", "93015^EXERCISE STRESS TEST^CPT", "93270^EVENT MONITOR^CPT"]


def mirth_prefix(l, lvl="INFO ", cls="com.mirth.connect.server.transformers.JavaScriptTransformer:"):
    t = CLK.tick()
    l.t("[%s]  %s (%s%d): " % (ts_sp(t, ","), lvl, cls, R.randint(100, 900)))
    return l


def g_hl7_engine_phi():
    p = pick()
    l = Ln("hl7_engine_log")
    d = doc()
    CLK.tick()
    order = "ORD%s" % digits(10)
    when = svc_dt()
    c = variant("g_hl7_engine_phi", 3)
    if c == 0:
        mirth_prefix(l).t("channel=EPIC_ORM_TO_MUSE msgId=%d transformed ORM^O01: " % R.randint(100000, 999999))
        seg_msh(l, "ORM^O01", "MSG%08d" % R.randint(1, 99999999))
        l.t("\\r")
        seg_pid(l, p)
        l.t("\\r")
        seg_pv1(l, p, d, "V%s" % digits(9), when)
        l.t("\\r")
        seg_orc(l, order, when, d)
        l.t("\\r")
        seg_obr(l, order, when, d, R.choice(PROCS))
        l.t("\\r")
    elif c == 1:
        mirth_prefix(l, "ERROR", "com.mirth.connect.donkey.server.channel.Channel:").f(
            "channel=MUSE_ORU_TO_EPIC msgId={} Filter rejected message: OBR-3 filler order missing for PID-3 {} PID-5 {}",
            R.randint(100000, 999999), (p.mrn, "mrn"), (nm(p, "pn"), "name"))
    else:
        mirth_prefix(l).t("channel=MUSE_ORU_TO_EPIC sending ORU^R01: ")
        seg_msh(l, "ORU^R01", "MUSE%010d" % R.randint(1, 9999999999), ("MUSE", "CDXDIAG"), ("EPIC", "CDXH"))
        l.t("\\r")
        seg_pid(l, p, full=False)
        l.t("\\rOBR|1|%s^EPIC|%s^MUSE|93000^ECG 12 LEAD^CPT|||" % (order, "2024031%d%05d" % (R.randint(1, 4), R.randint(1, 99999))))
        l.p(when.strftime("%Y%m%d%H%M%S"), "date").t("|||||||||%s^%s^%s||||||||EC|F\\r" % d[:3])
        l.t("OBX|1|NM|8867-4^Heart rate^LN||%d|/min|60-100||||F\\r" % R.randint(50, 120))
        l.t("OBX|2|TX|18844-1^ECG impression^LN||%s||||||F" % R.choice(["Normal sinus rhythm", "Sinus bradycardia", "Atrial flutter with 2:1 AV conduction"]))
    return [l]


def g_hl7_engine_noise():
    l = Ln("hl7_engine_log")
    c = R.randint(0, 5)
    if c == 0:
        mirth_prefix(l, "INFO ", "com.mirth.connect.server.controllers.DonkeyEngineController:").t(
            "Channel %s deployed (revision %d) in %dms" % (R.choice(["EPIC_ORM_TO_MUSE", "MUSE_ORU_TO_EPIC", "HOLTER_ORU_OUT", "ECHO_SR_TO_ORU"]),
                                                           R.randint(10, 200), R.randint(100, 3000)))
    elif c == 1:
        mirth_prefix(l, "INFO ", "com.mirth.connect.connectors.tcp.TcpReceiver:").t(
            "channel=EPIC_ORM_TO_MUSE LLP listener on 0.0.0.0:%d accepted connection from 10.20.4.%d:%d"
            % (R.choice([6661, 6662, 6670]), R.randint(2, 200), R.randint(40000, 65000)))
    elif c == 2:
        mirth_prefix(l, "INFO ", "com.mirth.connect.server.util.javascript.JavaScriptScopeUtil:").t(
            "channel=MUSE_ORU_TO_EPIC stats received=%d filtered=%d queued=%d sent=%d errored=%d"
            % (R.randint(100, 9000), R.randint(0, 50), R.randint(0, 30), R.randint(100, 9000), R.randint(0, 5)))
    elif c == 3:
        mirth_prefix(l, "WARN ", "com.mirth.connect.connectors.tcp.TcpDispatcher:").t(
            "channel=HOLTER_ORU_OUT remote 10.20.4.17:6700 timed out waiting for ACK after 30000ms, queue depth %d" % R.randint(1, 60))
    elif c == 4:
        mirth_prefix(l).t("channel=EPIC_ORM_TO_MUSE ACK sent MSA|AA|MSG%08d|Message accepted" % R.randint(1, 99999999))
    else:
        mirth_prefix(l, "ERROR", "com.mirth.connect.donkey.server.channel.Channel:").t(
            "channel=ECHO_SR_TO_ORU java.sql.SQLTransientConnectionException: HikariPool-2 - Connection is not available, request timed out after 30004ms.")
    return [l]


def g_hl7_archive_orm():
    p = pick()
    fam = "hl7_archive"
    d = doc()
    order = "ORD%s" % digits(10)
    when = svc_dt()
    out = []
    CLK.tick()
    l = Ln(fam)
    seg_msh(l, "ORM^O01", "MSG%08d" % R.randint(1, 99999999))
    out.append(l)
    l = Ln(fam)
    seg_pid(l, p)
    out.append(l)
    if R.random() < 0.5:
        l = Ln(fam)
        seg_nk1(l, p)
        out.append(l)
    l = Ln(fam)
    seg_pv1(l, p, d, "V%s" % digits(9), when)
    out.append(l)
    if R.random() < 0.6:
        l = Ln(fam)
        seg_in1(l, p)
        out.append(l)
    if R.random() < 0.3:
        l = Ln(fam)
        seg_gt1(l, p)
        out.append(l)
    l = Ln(fam)
    seg_orc(l, order, when, d)
    out.append(l)
    l = Ln(fam)
    seg_obr(l, order, when, d, R.choice(PROCS))
    out.append(l)
    if R.random() < 0.5:
        out.append(Ln(fam).t("NTE|1||%s" % R.choice(["Pt has pacemaker - note on tracing", "Compare with prior",
                                                      "Pre-op clearance, surgery Friday", "Rule out AF, CHA2DS2-VASc 3"])))
    return out


def g_hl7_archive_oru():
    p = pick()
    fam = "hl7_archive"
    d = doc()
    when = svc_dt()
    out = []
    CLK.tick()
    l = Ln(fam)
    seg_msh(l, "ORU^R01", "MUSE%010d" % R.randint(1, 9999999999), ("MUSE", "CDXDIAG"), ("EPIC", "CDXH"))
    out.append(l)
    l = Ln(fam)
    seg_pid(l, p, full=R.random() < 0.3)
    out.append(l)
    l = Ln(fam)
    l.t("OBR|1|ORD%s^EPIC|2024031%d%05d^MUSE|93000^ECG 12 LEAD^CPT|||" % (digits(10), R.randint(1, 4), R.randint(1, 99999)))
    l.p(when.strftime("%Y%m%d%H%M%S"), "date").t("|||||||||%s^%s^%s||||||||EC|F" % d[:3])
    out.append(l)
    vr = R.randint(45, 130)
    obx = [("NM", "8867-4^Heart rate^LN", str(vr), "/min"), ("NM", "8625-6^P-R interval^LN", str(R.randint(110, 240)), "ms"),
           ("NM", "8633-0^QRS duration^LN", str(R.randint(76, 150)), "ms"), ("NM", "8634-8^Q-T interval^LN", str(R.randint(320, 480)), "ms"),
           ("NM", "8636-3^Q-T interval corrected^LN", str(R.randint(380, 520)), "ms"),
           ("NM", "8626-4^P wave axis^LN", str(R.randint(-20, 80)), "deg"),
           ("NM", "8632-2^QRS axis^LN", str(R.randint(-60, 110)), "deg"),
           ("TX", "18844-1^ECG impression^LN", R.choice(["Sinus rhythm", "Atrial fibrillation", "Sinus rhythm with PACs",
                                                         "Left ventricular hypertrophy", "Borderline ECG"]), "")]
    n = R.randint(3, len(obx))
    for i, (vt, cd, v, u) in enumerate(obx[:n]):
        out.append(Ln(fam).t("OBX|%d|%s|%s||%s|%s|||||F" % (i + 1, vt, cd, v, u)))
    if R.random() < 0.6:
        cd = doc()
        cdt = min(when + dt.timedelta(minutes=R.randint(10, 400)), CLK.t - dt.timedelta(minutes=R.randint(1, 9)))
        l = Ln(fam)
        l.t("OBX|%d|TX|18844-1^ECG impression^LN||Confirmed by %s, %s (%s) on " % (n + 1, cd[1], cd[2], cd[0]))
        l.p("%d/%d/%d %d:%02d:%02d %s" % (cdt.month, cdt.day, cdt.year, (cdt.hour - 1) % 12 + 1, cdt.minute, cdt.second,
                                          "AM" if cdt.hour < 12 else "PM"), "date")
        l.t("||||||F")
        out.append(l)
    return out


def g_hl7_ack():
    l = Ln("hl7_archive")
    CLK.tick()
    seg_msh(l, "ACK^O01", "ACK%08d" % R.randint(1, 99999999), ("MUSE", "CDXDIAG"), ("EPIC", "CDXH"))
    l2 = Ln("hl7_archive").t("MSA|%s|MSG%08d|%s" % (R.choice(["AA", "AA", "AE"]), R.randint(1, 99999999),
                                                   R.choice(["", "Message accepted", "Unknown cart location"])))
    return [l, l2]


# ---- Spring Boot portal (logstash-logback-encoder JSON) --------------------------
LOGGERS = {
    "auth": "com.cdxheart.portal.security.LoginSuccessHandler",
    "results": "com.cdxheart.portal.results.ResultsController",
    "profile": "com.cdxheart.portal.profile.ProfileService",
    "idv": "com.cdxheart.portal.identity.IdentityVerificationService",
    "pay": "com.cdxheart.portal.billing.PaymentService",
    "avatar": "com.cdxheart.portal.profile.AvatarController",
    "share": "com.cdxheart.portal.uploads.ExternalRecordingImport",
    "appt": "com.cdxheart.portal.scheduling.AppointmentService",
}


def lb_open(l, level, logger, thread=None):
    t = CLK.tick()
    l.t('{"@timestamp":"%s","@version":"1","message":"' % ts_iso(t))
    return (level, logger, thread or "http-nio-8443-exec-%d" % R.randint(1, 40))


def lb_close(l, meta, extra=()):
    level, logger, thread = meta
    lv = {"DEBUG": 10000, "INFO": 20000, "WARN": 30000, "ERROR": 40000}[level]
    l.t('","logger_name":"%s","thread_name":"%s","level":"%s","level_value":%d' % (logger, thread, level, lv))
    l.t(',"traceId":"%s","spanId":"%s"' % (hexs(32), hexs(16)))
    for k, v, cat in extra:
        l.jk(k, v, cat)
    l.t(',"app":"cdx-patient-portal"}')


def g_portal_noise():
    l = Ln("springboot_json")
    c = R.randint(0, 8)
    if c == 0:
        m = lb_open(l, "INFO", "com.cdxheart.portal.PortalApplication", "main")
        l.t("Started PortalApplication in %.3f seconds (process running for %.3f)" % (R.uniform(9, 20), R.uniform(21, 25)))
    elif c == 1:
        m = lb_open(l, "INFO", "com.zaxxer.hikari.HikariDataSource", "main")
        l.t("HikariPool-1 - Start completed.")
    elif c == 2:
        m = lb_open(l, "INFO", "org.springframework.boot.web.embedded.tomcat.TomcatWebServer", "main")
        l.t("Tomcat started on port 8443 (https) with context path '/portal'")
    elif c == 3:
        m = lb_open(l, "DEBUG", "org.springframework.web.servlet.DispatcherServlet")
        l.t("Completed 200 OK")
    elif c == 4:
        m = lb_open(l, "WARN", "org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver")
        l.t("Resolved [org.springframework.web.HttpRequestMethodNotSupportedException: Request method 'POST' is not supported]")
    elif c == 5:
        m = lb_open(l, "INFO", "com.cdxheart.portal.results.ResultSyncJob", "scheduling-1")
        l.t("Result sync finished: fetched=%d new=%d updated=%d in %dms" % (R.randint(0, 400), R.randint(0, 90), R.randint(0, 30), R.randint(100, 9000)))
    elif c == 6:
        m = lb_open(l, "ERROR", "com.cdxheart.portal.notify.SmsSender", "task-%d" % R.randint(1, 8))
        l.t("Twilio API error 20429: Too Many Requests (retry-after=%ds)\\n\\tat com.cdxheart.portal.notify.SmsSender.send(SmsSender.java:88)\\n\\tat com.cdxheart.portal.notify.NotifyJob.run(NotifyJob.java:41)" % R.randint(1, 30))
    elif c == 7:
        m = lb_open(l, "INFO", "org.springframework.boot.actuate.endpoint.web.servlet.WebMvcEndpointHandlerMapping", "main")
        l.t("Exposing 3 endpoint(s) beneath base path '/actuator'")
    else:
        m = lb_open(l, "WARN", "com.cdxheart.portal.security.RateLimitFilter")
        l.t("Rate limit exceeded for client 10.40.1.%d on /portal/api/auth/login (%d req/min)" % (R.randint(2, 60), R.randint(61, 300)))
    lb_close(l, m)
    return [l]


def g_portal_phi():
    p = pick()
    l = Ln("springboot_json")
    c = variant("g_portal_phi", 9)
    extra = []
    if c == 0:
        m = lb_open(l, "INFO", LOGGERS["auth"])
        l.t("Patient login success (MFA=SMS)")
        extra = [("userName", p.user, "other_id"), ("patientId", p.mrn, "mrn"), ("clientIp", p.ip, "ip")]
    elif c == 1:
        m = lb_open(l, "INFO", LOGGERS["results"])
        l.f("Result viewed: ECG test {} for patient {} (MRN {})", "2024031%d%05d" % (R.randint(1, 4), R.randint(1, 99999)),
            (nm(p, "fl"), "name"), (p.mrn, "mrn"))
        extra = [("userName", p.user, "other_id")]
    elif c == 2:
        m = lb_open(l, "INFO", LOGGERS["profile"])
        l.f("Contact info updated for {}: email={} mobile={}", (p.user, "other_id"), (p.email, "email"),
            (fphone(p.phone, R.choice(["e164", "raw", "dash"])), "phone"))
    elif c == 3:
        m = lb_open(l, "WARN", LOGGERS["idv"])
        l.f("ID verification mismatch: docType=DRIVERS_LICENSE docNumber={} state={} dobOnDoc={} dobOnFile={}",
            (p.dl, "license"), p.state, (fd(p.dob, "iso"), "date"), (fd(p.dob.replace(year=p.dob.year + 1), "iso"), "date"))
        extra = [("userName", p.user, "other_id")]
    elif c == 4:
        m = lb_open(l, "ERROR", LOGGERS["pay"])
        card = card_number()
        l.f("Payment declined for account {}: gateway response 'AVS mismatch' card={} zip={} amount=45.00",
            (p.acct, "account"), (card, "account"), (p.zip, "zip"))
    elif c == 5:
        m = lb_open(l, "DEBUG", LOGGERS["avatar"])
        l.f("Avatar upload accepted user={} bytes={} preview=data:image/jpeg;base64,{}",
            (p.user, "other_id"), R.randint(12000, 40000), (b64jpeg(R.randint(45, 70)), "photo"))
    elif c == 6:
        m = lb_open(l, "INFO", LOGGERS["share"])
        tok = "".join(R.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
        l.f("Patient {} submitted external recording link {} (source=KardiaMobile)",
            (p.mrn, "mrn"), ("https://share.kardia.com/r/%s-%s" % (fold(p.first).lower(), tok), "url"))
    elif c == 7:
        m = lb_open(l, "INFO", LOGGERS["appt"])
        ad = dt.datetime(2024, 3, R.randint(15, 29), R.randint(7, 15), R.choice([0, 15, 30, 45]))
        l.f("Appointment booked: {} {} with Echo Lab 2 for {} ({}), reminder to {}",
            (ad.strftime("%Y-%m-%d %H:%M"), "date"), R.choice(["TTE", "Holter hookup", "Stress echo"]),
            (nm(p, "fl"), "name"), (p.mrn, "mrn"), (p.email, "email"))
    else:
        m = lb_open(l, "INFO", LOGGERS["profile"])
        l.f("Results delivery preference set to FAX for {}: fax={}", (p.user, "other_id"),
            (fphone(phone(), R.choice(["dash", "paren"])), "fax"))
    lb_close(l, m, extra)
    return [l]


# ---- nginx access ------------------------------------------------------------------
UAS = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1',
       'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36',
       'Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36']


def nginx_time():
    t = CLK.tick()
    return t.strftime("%d/") + MON[t.month - 1] + t.strftime("/%Y:%H:%M:%S") + " -0400"


def g_nginx_noise():
    l = Ln("nginx_access")
    c = R.randint(0, 3)
    if c == 0:
        l.t('10.40.0.%d - - [%s] "GET /actuator/health HTTP/1.1" 200 49 "-" "kube-probe/1.27" %.3f'
            % (R.randint(2, 30), nginx_time(), R.uniform(0.001, 0.02)))
    elif c == 1:
        l.t('10.40.8.%d - - [%s] "GET /portal/static/js/main.%s.js HTTP/2.0" 304 0 "https://portal.cdxheart.example.com/portal/" "%s" %.3f'
            % (R.randint(2, 250), nginx_time(), hexs(8), R.choice(UAS), R.uniform(0.001, 0.05)))
    elif c == 2:
        l.t('10.40.0.%d - - [%s] "GET /actuator/prometheus HTTP/1.1" 200 %d "-" "Prometheus/2.49.1" %.3f'
            % (R.randint(2, 30), nginx_time(), R.randint(9000, 30000), R.uniform(0.01, 0.2)))
    else:
        l.t('10.40.12.%d - svc_muse [%s] "POST /integration/api/v1/ecg/ack HTTP/1.1" 204 0 "-" "Apache-HttpClient/4.5.14 (Java/17.0.10)" %.3f'
            % (R.randint(2, 250), nginx_time(), R.uniform(0.005, 0.3)))
    return [l]


def g_nginx_phi():
    p = pick()
    l = Ln("nginx_access")
    path = R.choice(["/portal/api/results?type=ECG&page=1", "/portal/api/me", "/portal/api/holter/reports/%d.pdf" % R.randint(10000, 99999),
                     "/portal/api/messages/unread", "/portal/api/auth/login"])
    l.p(p.ip, "ip").t(" - ")
    if R.random() < 0.4:
        l.p(p.user, "other_id")
    else:
        l.t("-")
    code = R.choice([200, 200, 200, 304, 401])
    size = R.randint(400, 90000) if code == 200 else (0 if code == 304 else 117)
    l.t(' [%s] "%s %s HTTP/2.0" %d %d "https://portal.cdxheart.example.com/portal/" "%s" %.3f'
        % (nginx_time(), "POST" if "login" in path else "GET", path, code, size, R.choice(UAS), R.uniform(0.01, 1.5)))
    return [l]


# ---- billing export CSV ----------------------------------------------------------
BILL_HDR = "claim_id,encounter_no,patient_acct,mrn,last_name,first_name,dob,sex,dos,cpt,mod,icd10,units,charge,payer_id,payer_name,member_id,group_no,rendering_npi,pos"
CPTS = [("93000", "", "R07.9", "42.00"), ("93010", "26", "I48.91", "18.50"), ("93224", "", "R00.2", "210.00"),
        ("93229", "", "I47.1", "780.00"), ("93306", "", "I50.22", "640.00"), ("93015", "", "R07.89", "295.00"),
        ("93270", "", "R55", "165.00")]


def csvq(s):
    return '"%s"' % s.replace('"', '""') if ("," in s or '"' in s) else s


def g_billing_rows():
    fam = "billing_csv"
    out = []
    if R.random() < 0.35:
        out.append(Ln(fam).t(BILL_HDR))
    for _ in range(R.randint(1, 4)):
        p = pick()
        cpt = R.choice(CPTS)
        d = doc()
        l = Ln(fam)
        l.t("CLM%s," % digits(8)).p("E%s" % digits(9), "other_id").t(",").p(p.acct, "account").t(",")
        l.p(p.mrn, "mrn").t(",")
        lv = csvq(p.last)
        if lv != p.last:
            l.t('"').p(p.last, "name").t('"')
        else:
            l.p(p.last, "name")
        l.t(",").p(p.first, "name").t(",").p(fd(p.dob, R.choice(["iso", "us"])), "date").t(",%s," % p.sex)
        l.p(fd(svc_date(), "iso"), "date")
        l.t(",%s,%s,%s,1,%s,%s,%s," % (cpt[0], cpt[1], cpt[2], cpt[3], p.payer_id, csvq(p.payer)))
        l.p(p.member, "health_plan").t(",%s,%s,11" % (p.group, d[3]))
        out.append(l)
    return out


def g_billing_noise():
    l = Ln("billing_job")
    t = CLK.tick()
    c = R.randint(0, 3)
    if c == 0:
        l.t("%s INFO  billing-export[%d]: wrote %s rows to /exports/837/charges_20240313.csv sha256=%s"
            % (ts_sp(t), R.randint(2000, 9000), "{:,}".format(R.randint(400, 3000)), hexs(64)))
    elif c == 1:
        l.t("%s INFO  billing-export[%d]: batch 20240313-%02d totals charges=$%s claims=%d rejected=%d"
            % (ts_sp(t), R.randint(2000, 9000), R.randint(1, 9), "{:,.2f}".format(R.uniform(10000, 90000)), R.randint(100, 900), R.randint(0, 12)))
    elif c == 2:
        l.t("%s WARN  billing-export[%d]: claim CLM%s skipped: missing rendering NPI for reader id %s"
            % (ts_sp(t), R.randint(2000, 9000), digits(8), doc()[0]))
    else:
        l.t("%s INFO  billing-export[%d]: sftp upload to clearinghouse sftp.availity.example:22 ok (%d KB, %dms)"
            % (ts_sp(t), R.randint(2000, 9000), R.randint(100, 3000), R.randint(300, 9000)))
    return [l]


def g_fee_schedule():
    fam = "fee_schedule_csv"
    out = []
    if R.random() < 0.5:
        out.append(Ln(fam).t("cpt;description;tech_fee;prof_fee;effective"))
    for cpt in R.sample(CPTS, R.randint(1, 3)):
        desc = {"93000": "ECG ROUTINE 12 LEAD W/INTERP", "93010": "ECG INTERP & REPORT ONLY", "93224": "HOLTER 48H RECORD+SCAN+INTERP",
                "93229": "MCT TECH SUPPORT 30D", "93306": "TTE W/DOPPLER COMPLETE", "93015": "CV STRESS TEST COMPLETE",
                "93270": "EXT ECG EVENT REC 30D"}[cpt[0]]
        out.append(Ln(fam).t("%s;%s;%s;%.2f;2024-01-01" % (cpt[0], desc, cpt[3], R.uniform(8, 60))))
    return out


# ---- chat (Slack export JSON / Teams text) ---------------------------------------
SLACK_USERS = ["U04QK2M1T", "U02HZ7XQ9", "U05AB3KLM", "U03PP0R8S"]


def slack_line(builder):
    l = Ln("slack_export")
    l.t('{"type":"message","user":"%s","text":"' % R.choice(SLACK_USERS))
    builder(l)
    ts = CLK.tick()
    epoch = int((ts - dt.datetime(1970, 1, 1)).total_seconds()) + 4 * 3600
    l.t('","ts":"%d.%06d","channel":"C0%s"}' % (epoch, R.randint(0, 999999), hexs(7).upper()))
    return l


def teams_prefix(l):
    t = CLK.tick()
    tk = tech()
    l.t("[%d/%d/%d %d:%02d %s] %s, %s: " % (t.month, t.day, t.year, (t.hour - 1) % 12 + 1, t.minute,
                                            "AM" if t.hour < 12 else "PM", tk[1], tk[0]))
    return l


CHAT_NOISE = ["MUSE is crawling again, anyone else?", "cart 11 battery is dead, swapping to 12",
              "who has the key to the holter cabinet", "coffee's in the break room :coffee:",
              "reminder: skin prep audit thursday", "echo lab 2 printer jammed again",
              "IT ticket INC0%d opened for the scanner" % 482113, "treadmill belt squeaks at stage 4, logged it w/ biomed",
              "we're at 14 unread MCT alerts, can someone jump in", "new electrodes came in, lot 24A117",
              "anyone covering the 2pm stress? I'm stuck in ED", "thx!", "on it", "done, queue is clear"]


def g_chat_noise():
    if R.random() < 0.5:
        s = R.choice(CHAT_NOISE)
        return [slack_line(lambda l: l.t(json.dumps(s)[1:-1]))]
    l = Ln("teams_chat")
    teams_prefix(l).t(R.choice(CHAT_NOISE))
    return [l]


def g_chat_phi():
    p = pick()
    c = variant("g_chat_phi", 7)
    if c == 0:
        return [slack_line(lambda l: l.f("anyone know if Mr. {} in bay 4 is the one with the pacer? MRN {}",
                                         (p.last, "name"), (p.mrn, "mrn")))]
    if c == 1:
        return [slack_line(lambda l: l.f("pls call {} back at {} re: skin irritation under the patch, {}'s on day {}",
                                         (nm(p, "fl"), "name"), (fphone(p.phone, R.choice(["sp", "dot", "raw"])), "phone"),
                                         "she" if p.sex == "F" else "he", R.randint(3, 13)))]
    if c == 2:
        l = Ln("teams_chat")
        teams_prefix(l).f("{}'s holter came back w/ no data, recorder {} - card was never formatted. need to re-hook",
                          (nm(p, "low"), "name"), (p.holter_sn, "device"))
        return [l]
    if c == 3:
        l = Ln("teams_chat")
        teams_prefix(l).f("got a {} y/o for stress today, {} — DOB {}, do we still do bruce or go lexiscan?",
                          (str(p.age), "age") if p.age > 89 else str(p.age), (nm(p, "init"), "name"), (fd(p.dob, "us2"), "date"))
        return [l]
    if c == 4:
        plate = "%s%s%s %s" % (R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"),
                               R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), digits(4))
        return [slack_line(lambda l: l.f("front desk: {}'s {} is in the lot with plate {} waiting for pickup, can someone walk pt out after echo?",
                                         (nm(p, "fl"), "name"), p.rel.rel, (plate, "vehicle")))]
    if c == 5:
        l = Ln("teams_chat")
        teams_prefix(l).f("MCT {} (patch {}) went offline 6h, pt not answering {} — calling EC {} {}",
                          (p.enroll, "other_id"), (p.mct_sn, "device"), (fphone(p.phone, "dash"), "phone"),
                          ("%s %s" % (p.rel.first, p.rel.last), "name"), (fphone(p.rel.phone, "dot"), "phone"))
        return [l]
    return [slack_line(lambda l: l.f("dup chart? {} DOB {} shows as {} and {}",
                                     (nm(p, "LF"), "name"), (fd(p.dob, "eu"), "date"), (p.mrn, "mrn"),
                                     ("%08d" % R.randint(1000000, 99999999), "mrn")))]


# ---- call notes (free text) -------------------------------------------------------
def g_call_note():
    p = pick()
    l = Ln("call_note")
    t = CLK.tick()
    tk = tech()
    l.t("CALL %s EDT | MCT Service Center | tech=%s | %s | " % (t.strftime("%Y-%m-%d %H:%M"), tk[2], R.choice(["IN", "OUT"])))
    c = variant("g_call_note", 6)
    r = p.rel
    if c == 0:
        l.f("Spoke w/ pt's {} {} (emergency contact) {} - pt went to ED at Kettering, will remove MCT. DOB verified {}.",
            r.rel, ("%s %s" % (r.first, r.last), "name"), (fphone(r.phone, R.choice(["dot", "paren", "intl"])), "phone"),
            (fd(p.dob, R.choice(["us", "long", "dmon"])), "date"))
    elif c == 1:
        l.f("Pt {} called re: device beeping. Walked through lead reattach, gateway IMEI {} now online. Advised to keep phone within 10 ft.",
            (nm(p, "fml"), "name"), (p.imei, "device"))
    elif c == 2:
        l.f("Outbound to {} at {}, no answer, LVM w/ callback {}. Alert VT 9 beats, MD notified per protocol.",
            (nm(p, "lf"), "name"), (fphone(p.phone, R.choice(["raw", "one", "paren"])), "phone"), CENTER_PHONE)
    elif c == 3:
        l.f("Pt requests new monitor shipped to {}", (p.street, "address"))
        if p.apt:
            l.t(" ").p(p.apt, "address")
        l.f(", {}, {} {} (staying w/ {}). Old patch {} to be returned in mailer.",
            (p.city, "address"), p.state, (p.zip, "zip"), r.rel, (p.mct_sn, "device"))
    elif c == 4:
        l.f("Insurance question: {} {} says Medicare ID changed, new MBI {} - updated in billing, acct {}.",
            (p.first, "name"), (p.last, "name"), (mbi(), "health_plan"), (p.acct, "account"))
    else:
        l.f("Pt {} ({} y/o) confused about wear time, {} {} will help. Identity verified w/ SSN {} per billing request.",
            (nm(p, "fl"), "name"), (str(p.age), "age") if p.age > 89 else str(p.age), r.rel, (r.first, "name"),
            (fssn(p.ssn, R.choice(["dash", "space"])), "ssn"))
    return [l]


def g_call_noise():
    l = Ln("call_note")
    t = CLK.tick()
    tk = tech()
    l.t("CALL %s EDT | MCT Service Center | tech=%s | %s | " % (t.strftime("%Y-%m-%d %H:%M"), tk[2], R.choice(["IN", "OUT"])))
    l.t(R.choice(["Vendor support (ticket 00%d) re: gateway firmware rollout, ETA Monday. Contact %s." % (R.randint(100000, 999999), SUPPORT[1]),
                  "Dr. Achebe's office called to confirm fax number for reports: 937-555-0163 (clinic fax).",
                  "Courier pickup confirmed for 14 returned devices, tracking 1Z%s." % hexs(16).upper(),
                  "Shift handoff: 3 open alerts, all MD notified, nothing pending callback.",
                  "On-call tech line %s tested OK after PBX maintenance." % CENTER_PHONE]))
    return [l]


# ---- misc noise: syslog, java stack trace, config --------------------------------
def g_syslog():
    l = Ln("syslog")
    t = CLK.tick()
    host = R.choice(["cdx-muse01", "cdx-mirth02", "cdx-portal-03", "cdx-holter01"])
    c = R.randint(0, 4)
    pre = "%s %2d %s %s " % (MON[t.month - 1], t.day, t.strftime("%H:%M:%S"), host)
    if c == 0:
        l.t(pre + "CRON[%d]: (root) CMD (/opt/cdx/bin/rotate_exports.sh >/dev/null 2>&1)" % R.randint(2000, 40000))
    elif c == 1:
        l.t(pre + "systemd[1]: Started mirth-connect.service - NextGen Connect Integration Engine 4.4.2.")
    elif c == 2:
        l.t(pre + "kernel: [%d.%06d] nfs: server cdx-fs01 OK" % (R.randint(100000, 999999), R.randint(0, 999999)))
    elif c == 3:
        l.t(pre + "sshd[%d]: Accepted publickey for deploy from 10.40.1.%d port %d ssh2: ED25519 SHA256:%s"
            % (R.randint(2000, 40000), R.randint(2, 60), R.randint(40000, 65000), base64.b64encode(bytes(R.randint(0, 255) for _ in range(32))).decode().rstrip("=")))
    else:
        l.t(pre + "chronyd[%d]: Selected source 10.40.0.1 (ntp1.cdxheart.local)" % R.randint(500, 2000))
    return [l]


def g_java_trace():
    fam = "java_stacktrace"
    t = CLK.tick()
    ex = R.choice([
        ("org.springframework.dao.DataAccessResourceFailureException", "Unable to acquire JDBC Connection",
         ["org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:277)",
          "com.cdxheart.portal.results.ResultRepositoryImpl.findLatest(ResultRepositoryImpl.java:64)",
          "com.cdxheart.portal.results.ResultsController.list(ResultsController.java:52)"]),
        ("java.net.SocketTimeoutException", "Read timed out",
         ["java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)",
          "ca.uhn.hl7v2.llp.MllpDecoderState.read(MllpDecoderState.java:91)",
          "com.cdxheart.bridge.MuseClient.sendOru(MuseClient.java:133)"]),
        ("java.lang.IllegalStateException", "Holter report template FULL_DISCLOSURE_v4 not found in classpath",
         ["com.cdxheart.holter.report.TemplateRegistry.get(TemplateRegistry.java:48)",
          "com.cdxheart.holter.report.PdfRenderer.render(PdfRenderer.java:112)"])])
    out = [Ln(fam).t("%s ERROR 1 --- [%s] c.c.%s : Request processing failed" %
                     (ts_iso(t), R.choice(["nio-8443-exec-12", "scheduling-1", "task-3"]), R.choice(["p.w.GlobalExceptionHandler", "b.MuseBridge"]))),
           Ln(fam).t("%s: %s" % ex[:2])]
    for fr in ex[2]:
        out.append(Ln(fam).t("\tat " + fr))
    out.append(Ln(fam).t("\t... %d common frames omitted" % R.randint(20, 90)))
    return out


def g_config():
    l = Ln("app_config")
    t = CLK.tick()
    kv = R.choice(["spring.datasource.url=jdbc:sqlserver://cdx-sql02.cdxheart.local:1433;databaseName=PORTAL;encrypt=true",
                   "muse.api.base-url=https://cdx-muse01.cdxheart.local:8443/MuseAPI/v3",
                   "mirth.llp.port=6661", "management.endpoints.web.exposure.include=health,info,prometheus",
                   "holter.import.path=E:\\HOLTER\\RAW", "portal.session.timeout=15m",
                   "support.contact.email=%s" % SUPPORT[0], "servicecenter.phone=%s" % CENTER_PHONE,
                   "billing.export.cron=0 30 1 * * *", "spring.kafka.bootstrap-servers=10.40.7.11:9092,10.40.7.12:9092"])
    l.t("%s DEBUG [main] o.s.b.c.c.ConfigDataEnvironmentPostProcessor : property %s (origin: class path resource [application-prod.properties])"
        % (ts_sp(t), kv))
    return [l]


# ---------------------------------------------------------------- assembly
PHI_GENS = [(g_muse_xml_demo, 1), (g_muse_svc_phi, 3), (g_confirm_phi, 2), (g_holter_hookup, 3),
            (g_holter_diary_phi, 2), (g_mct_alert, 3), (g_mct_device, 2), (g_dicom_hdr, 0.8),
            (g_echo_worklist, 2), (g_stress_phi, 2), (g_hl7_engine_phi, 3), (g_hl7_archive_orm, 1.5),
            (g_hl7_archive_oru, 1), (g_portal_phi, 5), (g_nginx_phi, 2), (g_billing_rows, 2),
            (g_chat_phi, 4), (g_call_note, 4)]
NOISE_GENS = [(g_muse_xml_meas, 0.4), (g_muse_svc_noise, 4), (g_confirm_noise, 3), (g_holter_noise, 4),
              (g_holter_diary_noise, 2), (g_mct_noise, 3), (g_dicom_content, 0.3), (g_dcm4che, 3),
              (g_echo_wl_noise, 2), (g_stress_noise, 3), (g_hl7_engine_noise, 4), (g_hl7_ack, 0.7),
              (g_portal_noise, 5), (g_nginx_noise, 3), (g_billing_noise, 2), (g_fee_schedule, 1),
              (g_chat_noise, 3), (g_call_noise, 1), (g_syslog, 2), (g_java_trace, 0.5), (g_config, 1)]
SINGLE_PHI = [g_muse_svc_phi, g_confirm_phi, g_holter_hookup, g_holter_diary_phi, g_mct_alert, g_mct_device,
              g_stress_phi, g_hl7_engine_phi, g_portal_phi, g_nginx_phi, g_chat_phi, g_call_note]
SINGLE_NOISE = [g_muse_svc_noise, g_confirm_noise, g_holter_noise, g_holter_diary_noise, g_mct_noise, g_dcm4che,
                g_echo_wl_noise, g_stress_noise, g_hl7_engine_noise, g_portal_noise, g_nginx_noise, g_billing_noise,
                g_chat_noise, g_call_noise, g_syslog, g_config]


def wchoice(gens):
    tot = sum(w for _, w in gens)
    x = R.uniform(0, tot)
    for g, w in gens:
        x -= w
        if x <= 0:
            return g
    return gens[-1][0]


def main():
    lines = []
    target_phi = 0.45
    while len(lines) < 470:
        nphi = sum(1 for l in lines if l.spans)
        frac = nphi / len(lines) if lines else 0
        g = wchoice(PHI_GENS if frac < target_phi else NOISE_GENS)
        lines.extend(g())
    while len(lines) < N_LINES:
        nphi = sum(1 for l in lines if l.spans)
        g = R.choice(SINGLE_PHI if nphi / len(lines) < target_phi else SINGLE_NOISE)
        lines.extend(g())
    assert len(lines) == N_LINES, len(lines)

    texts, labels = [], []
    for i, l in enumerate(lines, 1):
        s = l.text()
        assert "\n" not in s and "\r" not in s and s != "", (i, s)
        b = s.encode("utf-8")
        spans = []
        prev_end = -1
        for (st, en, cat, val) in sorted(l.spans):
            assert b[st:en].decode("utf-8") == val, (i, st, en, val)
            assert st >= prev_end, (i, "overlap")
            prev_end = en
            spans.append({"s": st, "e": en, "cat": cat})
        texts.append(s)
        labels.append({"line": i, "family": l.fam, "spans": spans})

    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(texts))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(json.dumps(x, ensure_ascii=False) for x in labels) + "\n")

    # summary
    cats = {}
    fams = {}
    for x in labels:
        fams[x["family"]] = fams.get(x["family"], 0) + 1
        for sp in x["spans"]:
            cats[sp["cat"]] = cats.get(sp["cat"], 0) + 1
    clean = sum(1 for x in labels if not x["spans"])
    print("lines", len(labels), "no-PHI", clean, "(%.1f%%)" % (100.0 * clean / len(labels)))
    print("families", len(fams), json.dumps(fams, sort_keys=True))
    print("spans", json.dumps(dict(sorted(cats.items(), key=lambda kv: -kv[1]))))


if __name__ == "__main__":
    main()
