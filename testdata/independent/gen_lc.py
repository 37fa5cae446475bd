#!/usr/bin/env python3
"""Generate lc.log / lc.labels.jsonl: a synthetic log corpus for a 911 EMS agency
(Saguaro Valley EMS, Arizona) and its ambulance billing company (Redline Ambulance
Billing).  Everything is synthetic.  Standard library only, fixed seed.

Families: nemsis_xml, cad_log, ali_record, avl_ping, epcr_narrative, zoll_log,
stryker_lifenet, x12_837a, x12_277, x12_ack, fax_ocr, billing_note, rails_log,
sidekiq_log, node_pino, http_access, cloudwatch_lambda, call_transcript_es, ops_misc.

Labeling decisions:
- Persons labeled: patients, relatives, 911 callers/reporting parties (RP), guarantors,
  subscribers, emergency contacts, POAs.  Not labeled: medics, dispatchers, billers,
  physicians, interpreters, hospital/agency/payer/clearinghouse names and their phones,
  faxes, emails, addresses, NPIs, EINs, taxonomy codes.
- Names: each name token run is one span ("TREVINO, ROSA" is one span); in X12 / XML
  the last and first name elements are separate spans.  A lone middle initial inside
  a span is part of that span.
- address: street line (number+street+unit, or parts), city, county (name or FIPS),
  NEMSIS GNIS city codes, and scene/caller lat-lon geocodes (ALI Phase II, eScene.11,
  CAD X/Y).  State alone is not labeled.  Wireless Phase I tower/sector addresses and
  pANI are carrier data: not labeled.  Billing-provider and destination-hospital
  addresses are not labeled.  X12 NM1*PW pickup address (patient residence) is labeled.
- AVL / NMEA GPS pings of ambulances are fleet telemetry: never labeled, even while the
  unit is on scene.  Agency ambulance VINs, plates and unit numbers are not labeled.
  A patient's own car plate / VIN (MVC notes) is labeled vehicle.
- date: DOB, date of service (DOS, DTP*472, CLM dates), admission/discharge, date of
  death, date of injury, and NEMSIS eTimes.* values (full value incl. time = one span).
  Not labeled: log timestamps, ISA/GS/BHT envelope dates, claim received/adjudication/
  status-effective dates (STC02, DTP*050), fax-header dates, batch dates.
- age: only ages 90 and older are labeled (number only, e.g. "92" in "92 YOF").
- phone: patient/relative/caller numbers incl. 911 ANI and ALI callback; fax: the same
  persons' fax numbers (NEMSIS PhoneNumberType 9913001, POA fax).  pANI / ESRK and
  agency/hospital/payer numbers are not labeled.
- mrn: the agency's patient ID (ePatient.01, patient_id, PatientID in monitor uploads,
  /patients/:id route ids, Patient Load SQL ids) and hospital MRNs, X12 REF*EA.
- account: billing patient control number (CLM01, TRN02 in 277, RB...-nnnnn), hospital
  FIN/visit account, collection account numbers, full card and bank account numbers.
  Card last-4, masked PANs, public test cards (4111..., 4242...) and bank routing
  numbers are not labeled.
- health_plan: Medicare MBI, AHCCCS (Medicaid) IDs, commercial member/subscriber IDs.
  Group numbers and payer IDs are not labeled.
- other_id: ePCR / PCR numbers (eRecord.01, pcrNumber), payer claim control numbers
  (ICN, REF*1K, REF*F8), collection-agency case numbers, patient-portal usernames.
  CAD incident numbers, EMS response numbers, run/trip sequence, internal claim/batch
  database keys, job ids, trace/span/request ids, UUIDs are not labeled.
- license: patient driver's licence numbers.  Licence state codes are not labeled.
- device: serials / IMEI of a patient's own device (pacemaker, LVAD, insulin pump, NSI
  handset IMEI, and the NSI pseudo-callback "(911) xxx-xxxx" built from that IMEI).  Agency cardiac monitors (ZOLL, LIFEPAK) serials are not labeled.
- ip: public IP of a patient/guarantor using the online bill-pay portal; internal 10.x /
  172.x addresses and staff/office IPs are not labeled.
- url: personal URLs of patients/relatives (fundraiser pages, social profiles).
- photo: base64 face/ID photo of a patient attached to an ePCR (base64 payload only).
- biometric: patient signature stroke capture (vector data) for the billing AOB.
- ssn: patient/guarantor SSNs in any form; "ssn_last4" fragments are not labeled.
- Spanish 911 transcripts: spoken street addresses ("15349 este Broadway Boulevard"),
  apartment numbers, city, spoken digits of callback numbers, and spoken DOBs
  ("21 de enero de 1956") are labeled like their written forms.
- OCR noise is kept inside the labeled value (span = the bytes the OCR produced).
- Clinical findings, MPDS codes, ages under 90, hospital names, units and crews are not
  labeled.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

ID = "lc"
HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(31415926)
N_LINES = 500


# ----------------------------------------------------------------- line builder
class L:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, v, cat):
        v = str(v)
        b = len(v.encode("utf-8"))
        assert b > 0
        self.spans.append((self.n, self.n + b, cat, v))
        self.buf.append(v)
        self.n += b
        return self

    def text(self):
        return "".join(self.buf)


# ----------------------------------------------------------------- clock
CLOCK = [dt.datetime(2025, 3, 14, 1, 57, 3, 411000)]


def tick(lo=2, hi=70):
    CLOCK[0] += dt.timedelta(seconds=rng.randint(lo, hi), microseconds=rng.randint(0, 999999))
    return CLOCK[0]


def utc(t):  # Arizona is UTC-7 all year; CLOCK is local
    return t + dt.timedelta(hours=7)


def iso_z(t, ms=True):
    u = utc(t)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + (".%03dZ" % (u.microsecond // 1000) if ms else "Z")


def iso_local(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + "-07:00"


def epoch_ms(t):
    return int((utc(t) - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


# ----------------------------------------------------------------- pools
FIRST_F = ["Maria", "Aaliyah", "Mei-Ling", "Siobhan", "Priya", "Ngozi", "Fatima", "Chloé", "Leilani", "Esperanza",
           "Ingrid", "Carmen", "Beatriz", "Svetlana", "Ana Sofía", "Róisín", "Imani", "Guadalupe", "Dolores", "Lucía",
           "Hortensia", "Eun-ji", "Bronisława", "Pilar", "Ximena", "Doris", "Mildred", "Gertrude", "Nizhoni", "Yolanda",
           "Zoë", "Marisol", "Oksana", "Shirley", "Thi Hoa", "Adaeze"]
FIRST_M = ["José", "DeShawn", "Oluwaseun", "Giuseppe", "Hamid", "Tomasz", "Kenji", "Björn", "Rafael", "Anh", "Dmitri",
           "Thabo", "Yusuf", "Wei", "Kalani", "Mohammed", "Jean-Luc", "Tevita", "Arjun", "Francisco", "Ignacio",
           "Refugio", "Kwame", "Hyun-woo", "Mateo", "Earl", "Walter", "Harold", "Lorenzo", "Tuan", "Bartholomew",
           "Dariusz", "Keanu", "Abdi", "Seamus", "Vikram"]
FIRST = FIRST_F + FIRST_M
LAST = ["Gonzalez", "Nguyen", "Okonkwo", "van der Berg", "de la Cruz", "O'Neill", "McAllister",
        "Al-Rashid", "Papadopoulos", "Kowalski", "Schmidt-Hauser", "Takahashi", "Ruiz Ortega",
        "Dubois", "Mbeki", "Castellanos", "Fitzgerald", "Haddad", "Ivanova", "Kealoha", "Lindqvist",
        "Moreno-Vega", "Nakamura", "Obi", "Petrov", "Quispe", "Rosenbaum", "Singh", "Tran", "Uribe",
        "Villanueva", "Washington", "Yilmaz", "Zieliński", "Abernathy", "Begay", "Chávez",
        "Delgado", "Espinoza", "Falaniko", "García Márquez", "Horvath", "Iwu", "Jablonski", "Katz",
        "LeBlanc", "Mäkinen", "Ní Bhriain", "D'Angelo", "St. Germain", "Bui", "Pham", "Ochoa",
        "Treviño", "Yazzie", "Castañeda", "Oyelaran", "Hoffmann", "Da Silva", "MacLeod"]
ES_F = ["Carmen", "Guadalupe", "María de Jesús", "Rosa", "Consuelo", "Esperanza", "Socorro", "Alejandra", "Yesenia", "Ofelia"]
ES_M = ["Refugio", "Juan Carlos", "Ignacio", "Jesús", "Eduardo", "Ramón", "Efraín", "José Luis"]
ES_LAST = ["Ruiz Ortega", "Treviño", "Hernández López", "Castañeda", "Ochoa", "Valenzuela",
           "Gutiérrez", "de la Cruz", "Ibarra Soto", "Zamora", "Peña", "Quintero"]
# code, sex, spanish word
REL_ADULT = [("DTR", "F", "hija"), ("SON", "M", "hijo"), ("WIFE", "F", "esposa"), ("HUSBAND", "M", "esposo"),
             ("GRANDSON", "M", "nieto"), ("GRANDDAUGHTER", "F", "nieta"), ("NEIGHBOR", "F", "vecina"),
             ("NEIGHBOR", "M", "vecino"), ("CAREGIVER", "F", "cuidadora"), ("SISTER", "F", "hermana"), ("NIECE", "F", "sobrina")]
REL_CHILD = [("MOTHER", "F", "mamá"), ("FATHER", "M", "papá"), ("GRANDMOTHER", "F", "abuela")]

# city, county, county FIPS, GNIS code, zips, area codes, center lat/lon
CITIES = [
    ("Mesa", "Maricopa", "04013", "2411083", ["85201", "85203", "85204", "85205", "85210", "85213"], ["480"], (33.4152, -111.8315)),
    ("Phoenix", "Maricopa", "04013", "2411414", ["85008", "85015", "85017", "85033", "85041", "85051"], ["602", "480", "623"], (33.4484, -112.0740)),
    ("Tempe", "Maricopa", "04013", "2412047", ["85281", "85282", "85283"], ["480"], (33.4255, -111.9400)),
    ("Chandler", "Maricopa", "04013", "2409424", ["85224", "85225", "85226", "85249"], ["480"], (33.3062, -111.8413)),
    ("Gilbert", "Maricopa", "04013", "2412688", ["85233", "85234", "85296", "85297"], ["480"], (33.3528, -111.7890)),
    ("Glendale", "Maricopa", "04013", "2410597", ["85301", "85302", "85304", "85308"], ["623"], (33.5387, -112.1860)),
    ("Avondale", "Maricopa", "04013", "2409760", ["85323", "85392"], ["623"], (33.4356, -112.3496)),
    ("Apache Junction", "Pinal", "04021", "2409721", ["85119", "85120"], ["480"], (33.4151, -111.5496)),
    ("Casa Grande", "Pinal", "04021", "2409407", ["85122", "85194"], ["520"], (32.8795, -111.7574)),
    ("Maricopa", "Pinal", "04021", "2413642", ["85138", "85139"], ["520"], (33.0581, -112.0476)),
    ("Tucson", "Pima", "04019", "2412104", ["85705", "85711", "85713", "85719", "85746"], ["520"], (32.2226, -110.9747)),
    ("Marana", "Pima", "04019", "2413643", ["85653", "85658"], ["520"], (32.4367, -111.2254)),
]
STREETS = ["W Saguaro Dr", "E McDowell Rd", "N 35th Ave", "S Mill Ave", "E Broadway Blvd", "W Ina Rd",
           "N Scottsdale Rd", "E Baseline Rd", "W Indian School Rd", "E Speedway Blvd", "N Oracle Rd",
           "S Alma School Rd", "W Camelback Rd", "E University Dr", "E Palo Verde Ln", "N Mariposa Ct",
           "S Ocotillo Way", "W Thunderbird Rd", "E Main St", "N Dobson Rd", "W Mesquite St",
           "E Cholla St", "S Val Vista Dr", "W Roeser Rd", "N Granite Reef Rd", "E Desert Willow Pl"]
UNITS = ["Apt 114", "Unit 7", "#B", "Apt 2031", "Lot 44", "Spc 12", "Apt C", "Unit 310", "", "", "", ""]
HOSPITALS = ["VALLEY GENERAL HOSPITAL", "ST AGNES REGIONAL MED CTR", "DESERT SUN MEDICAL CENTER",
             "MERCY MESA HOSPITAL", "SONORAN HEART INSTITUTE", "PINAL COUNTY COMMUNITY HOSP"]
HOSP_SHORT = ["VGH", "SARMC", "DSMC", "MMH", "SHI", "PCCH"]
MEDICS = ["J. Whitaker #4471", "D. Soto #5120", "K. Nakashima #3308", "R. Benally #4902",
          "A. Fournier #5561", "T. Mbatha #3817", "L. Castro #4120"]
BILLERS = ["jmartin", "kpatel", "lreyes", "dnovak", "acho", "tbrennan"]
EMS_UNITS = ["M14", "M22", "M7", "M31", "R9", "MED41", "M18"]
FIRE_UNITS = ["E221", "E214", "L9", "BC2", "E207", "SQ4"]
MAKES = ["SILVER TOYOTA CAMRY", "BLK FORD F150", "WHT HONDA CIVIC", "RED CHEVY MALIBU",
         "GRY NISSAN ALTIMA", "BLU KIA SOUL"]
MPDS = [("26C1", "SICK PERSON ALTERED LOC"), ("10D4", "CHEST PAIN CLAMMY"), ("17B1", "FALL POSS DANGEROUS BODY AREA"),
        ("6D2", "BREATHING PROB DIFF SPEAKING"), ("9E1", "CARDIAC ARREST NOT BREATHING"),
        ("29B4", "TRAFFIC ACC UNKNOWN STATUS"), ("12D2", "SEIZURE CONTINUOUS"), ("28C1L", "STROKE ABN BREATHING")]
MBI_A = "ACDEFGHJKMNPQRTUVWXY"
FOLD = {"ł": "l", "Ł": "L", "ø": "o", "ß": "ss", "æ": "ae"}


def fold(s):
    s = "".join(FOLD.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def up(s):
    return fold(s).upper()


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def luhn_digit(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def card(prefix="4", length=16):
    body = prefix + digits(length - len(prefix) - 1)
    return body + luhn_digit(body)


def npi():
    body = "1" + digits(8)
    return body + luhn_digit("80840" + body)


def imei():
    body = "35" + digits(12)
    return body + luhn_digit(body)


VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi="1HG"):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(wmi + "".join(rng.choice(chars) for _ in range(5)) + "0" + rng.choice("RST") +
             rng.choice("ABCLM") + digits(6))
    tot = sum((int(c) if c.isdigit() else VIN_T[c]) * w for c, w in zip(v, VIN_W))
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def mbi(dashed=False):
    al = MBI_A
    an = MBI_A + "0123456789"
    s = (rng.choice("123456789") + rng.choice(al) + rng.choice(an) + rng.choice("0123456789") +
         rng.choice(al) + rng.choice(an) + rng.choice("0123456789") + rng.choice(al) + rng.choice(al) +
         digits(2))
    return s[:4] + "-" + s[4:7] + "-" + s[7:] if dashed else s


def ssn():
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        g = rng.randint(1, 99)
        s = rng.randint(1, 9999)
        v = "%03d-%02d-%04d" % (a, g, s)
        if v not in ("078-05-1120", "219-09-9999", "123-45-6789"):
            return v


def fmt_phone(d, style=None):
    a, b, c = d[:3], d[3:6], d[6:]
    styles = ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), a + b + c, "%s.%s.%s" % (a, b, c),
              "+1 %s %s %s" % (a, b, c), "1" + a + b + c, "%s %s %s" % (a, b, c), "(%s)%s-%s" % (a, b, c)]
    return styles[rng.randrange(len(styles)) if style is None else style]


def fmt_date(d, style=None):
    styles = [d.strftime("%m/%d/%Y"), d.strftime("%Y-%m-%d"), d.strftime("%Y%m%d"),
              d.strftime("%d-%b-%Y").upper(), "%d/%d/%02d" % (d.month, d.day, d.year % 100),
              d.strftime("%b %d, %Y"), "%d-%d-%d" % (d.month, d.day, d.year), d.strftime("%m-%d-%Y"),
              d.strftime("%d%b%Y").upper()]
    return styles[rng.randrange(len(styles)) if style is None else style]


class Person:
    pass


def person(old=None, es=False):
    p = Person()
    p.sex = rng.choice("FM")
    pool = (ES_F if p.sex == "F" else ES_M) if es else (FIRST_F if p.sex == "F" else FIRST_M)
    p.first = rng.choice(pool)
    p.last = rng.choice(ES_LAST if es else LAST)
    p.middle = rng.choice(FIRST_F if p.sex == "F" else FIRST_M) if rng.random() < 0.25 else ""
    if p.middle == p.first:
        p.middle = ""
    p.mi = rng.choice("ABCDEFGHJKLMNPRSTW")
    p.dos = dt.date(2025, 3, rng.randint(6, 14))
    if old is None:
        old = rng.random() < 0.22
    if old:
        age = rng.randint(90, 103)
    elif rng.random() < 0.08:
        age = rng.randint(1, 17)
    else:
        age = rng.choice([rng.randint(19, 89), rng.randint(45, 89), rng.randint(60, 89)])
    p.dob = p.dos - dt.timedelta(days=age * 365 + age // 4 + rng.randint(1, 360))
    p.age = p.dos.year - p.dob.year - ((p.dos.month, p.dos.day) < (p.dob.month, p.dob.day))
    c = rng.choice(CITIES)
    p.city, p.county, p.cfips, p.gnis, zips, acs, (clat, clon) = c
    p.zip = rng.choice(zips)
    p.zip4 = p.zip + "-" + digits(4)
    p.num = str(rng.randint(100, 19999))
    p.street = rng.choice(STREETS)
    p.unit = rng.choice(UNITS)
    p.lat = round(clat + rng.uniform(-0.06, 0.06), 5)
    p.lon = round(clon + rng.uniform(-0.06, 0.06), 5)
    p.phone = rng.choice(acs) + rng.choice("2345689") + digits(2) + digits(4)
    p.phone2 = rng.choice(acs) + rng.choice("2345689") + digits(2) + digits(4)
    base = fold(p.first).lower().replace(" ", "").replace("-", "").replace("'", "")
    lb = fold(p.last).lower().replace(" ", "").replace("-", "").replace("'", "").replace(".", "")
    p.email = rng.choice([base + "." + lb, base[0] + lb + digits(2), lb + base[:3] + digits(3),
                          base + "_" + lb[:4] + digits(2)]) + "@" + rng.choice(
        ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "cox.net", "hotmail.com", "aol.com"])
    p.ssn = ssn()
    k = rng.random()
    if p.age >= 65 and k < 0.7:
        p.plan = ("MEDICARE", "MB", "03402", mbi(), "Medicare Part B")
    elif k < 0.55:
        p.plan = ("AHCCCS", "MC", "866004791", "A" + digits(8), "AHCCCS / Mercy Care")
    else:
        nm, pid, mid = rng.choice([("BCBS ARIZONA", "53589", rng.choice(["AZB", "XBA", "YLX"]) + digits(9)),
                                   ("UNITEDHEALTHCARE", "87726", digits(9)),
                                   ("AETNA", "60054", "W" + digits(9)),
                                   ("HUMANA MEDICARE ADV", "61101", "H" + digits(8)),
                                   ("CIGNA", "62308", "U" + digits(8) + " 01")])
        p.plan = (nm, "CI", pid, mid, nm.title())
    p.group = rng.choice(["", "GRP" + digits(5), digits(6), "AZ" + digits(4) + "M"])
    p.mrn = rng.choice(["SVE-00", "P", "SV"]) + digits(5)
    p.hmrn = rng.choice(["", "00", "M", "E"]) + digits(7)
    p.fin = digits(10)
    p.acct = "RB" + p.dos.strftime("%y%m%d") + "-" + digits(5)
    p.pcr = rng.choice([p.dos.strftime("%Y%m%d") + "-" + digits(4) + "-" + rng.choice(EMS_UNITS),
                        "PCR" + digits(8), "SVE" + p.dos.strftime("%y") + "-" + digits(6)])
    p.dl = rng.choice("ABDFKLMSVY") + digits(8)
    p.rel, p.relsex, p.reles = rng.choice(REL_CHILD if p.age < 18 else REL_ADULT)
    p.relfirst = rng.choice((ES_F if p.relsex == "F" else ES_M) if es else (FIRST_F if p.relsex == "F" else FIRST_M))
    p.wireless = rng.random() < 0.5
    p.rellast = p.last if rng.random() < 0.7 else rng.choice(ES_LAST if es else LAST)
    p.device = rng.choice([("MEDTRONIC PPM", "PJN" + digits(6) + "S"), ("HEARTMATE 3 LVAD", "MLP" + digits(6)),
                           ("TANDEM T:SLIM X2 PUMP", digits(8)), ("BOSTON SCI ICD", digits(6)),
                           ("OMNIPOD DASH PDM", "OP" + digits(9))])
    return p


def addr_line(p, upper=False):
    s = p.num + " " + p.street + ((" " + p.unit) if p.unit else "")
    return up(s) if upper else s


def nm(p, style=None, who="pt"):
    f, l = (p.first, p.last) if who == "pt" else (p.relfirst, p.rellast)
    mid = p.middle
    styles = [f + " " + l, l + ", " + f, up(l) + ", " + up(f), up(l) + ", " + up(f) + " " + p.mi,
              up(f + " " + l), f[0] + ". " + l, (f + " " + l).lower(), l + ", " + f + " " + p.mi + ".",
              (f + " " + mid + " " + l) if mid else (f + " " + p.mi + " " + l), up(l) + " " + up(f)]
    return styles[rng.randrange(len(styles)) if style is None else style]


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def money(lo, hi):
    return "%.2f" % rng.uniform(lo, hi)


# =================================================================== PHI blocks
def b_nemsis_epatient():
    p = person()
    t = tick()
    l = L("nemsis_xml")
    l.t(rng.choice([iso_z(t) + " DEBUG [nemsis-export] built fragment ", "nemsis-export[%d]: ePatient " % rng.randint(900, 4000)]))
    l.t("<ePatient><ePatient.01>").p(p.mrn, "mrn").t("</ePatient.01><ePatient.PatientNameGroup><ePatient.02>")
    l.p(p.last, "name").t("</ePatient.02><ePatient.03>").p(p.first, "name").t("</ePatient.03>")
    if p.middle:
        l.t("<ePatient.04>").p(p.middle, "name").t("</ePatient.04>")
    l.t("</ePatient.PatientNameGroup><ePatient.05>").p(addr_line(p), "address").t("</ePatient.05><ePatient.06>")
    l.p(p.gnis, "address").t("</ePatient.06><ePatient.07>").p(p.cfips, "address").t("</ePatient.07><ePatient.08>04</ePatient.08><ePatient.09>")
    l.p(rng.choice([p.zip, p.zip4]), "zip").t("</ePatient.09><ePatient.10>US</ePatient.10>")
    if rng.random() < 0.4:
        l.t("<ePatient.12>").p(p.ssn.replace("-", ""), "ssn").t("</ePatient.12>")
    else:
        l.t('<ePatient.12 xsi:nil="true" NV="7701003"/>')
    l.t("<ePatient.13>%s</ePatient.13>" % ("9906001" if p.sex == "F" else "9906003"))
    l.t("<ePatient.AgeGroup><ePatient.15>")
    if p.age >= 90:
        l.p(str(p.age), "age")
    else:
        l.t(str(p.age))
    l.t("</ePatient.15><ePatient.16>2516009</ePatient.16></ePatient.AgeGroup><ePatient.17>")
    l.p(p.dob.isoformat(), "date").t("</ePatient.17>")
    kind = rng.choice(["9913003", "9913005", "9913001"])
    l.t('<ePatient.18 PhoneNumberType="%s">' % kind).p(fmt_phone(p.phone, 1), "fax" if kind == "9913001" else "phone").t("</ePatient.18>")
    if rng.random() < 0.5:
        l.t("<ePatient.19>").p(p.email, "email").t("</ePatient.19>")
    if rng.random() < 0.5:
        l.t("<ePatient.20>04</ePatient.20><ePatient.21>").p(p.dl, "license").t("</ePatient.21>")
    l.t("</ePatient>")
    return [l]


def b_nemsis_pretty():
    p = person()
    out = []
    ind = "  "

    def x(s, fam="nemsis_xml"):
        l = L(fam).t(s)
        out.append(l)
        return l

    x('<PatientCareReport UUID="%s">' % uuid())
    x(ind + "<eRecord>")
    x(ind * 2 + "<eRecord.01>").p(p.pcr, "other_id").t("</eRecord.01>")
    x(ind * 2 + "<eRecord.SoftwareApplicationGroup><eRecord.02>ImageTrend</eRecord.02><eRecord.03>Elite Field</eRecord.03><eRecord.04>2025.1.3</eRecord.04></eRecord.SoftwareApplicationGroup>")
    x(ind + "</eRecord>")
    x(ind + "<eResponse>")
    inc = "25%06d" % rng.randint(10000, 99999)
    unit = rng.choice(EMS_UNITS)
    x(ind * 2 + "<eResponse.AgencyGroup><eResponse.01>S04-2217</eResponse.01><eResponse.02>Saguaro Valley EMS</eResponse.02></eResponse.AgencyGroup>")
    x(ind * 2 + "<eResponse.03>%s</eResponse.03>" % inc)
    x(ind * 2 + "<eResponse.04>%s-%s-%02d</eResponse.04>" % (unit, p.dos.strftime("%y%m%d"), rng.randint(1, 14)))
    x(ind * 2 + "<eResponse.ServiceGroup><eResponse.05>2205001</eResponse.05></eResponse.ServiceGroup>")
    x(ind * 2 + "<eResponse.13>0%d</eResponse.13><eResponse.14>%s</eResponse.14>" % (rng.randint(700, 799), unit))
    x(ind + "</eResponse>")
    x(ind + "<eTimes>")
    t0 = dt.datetime.combine(p.dos, dt.time(rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)))
    steps = [("01", 0), ("03", 40), ("05", 70), ("06", 400), ("07", 90), ("09", 900), ("11", 700), ("12", 300), ("13", 1200)]
    tt = t0
    for code, dd in steps:
        if code in ("07", "12") and rng.random() < 0.4:
            continue
        tt = tt + dt.timedelta(seconds=dd + rng.randint(0, dd // 2 + 5))
        x(ind * 2 + "<eTimes.%s>" % code).p(iso_local(tt), "date").t("</eTimes.%s>" % code)
    x(ind + "</eTimes>")
    if rng.random() < 0.6:
        x(ind + "<eScene>")
        x(ind * 2 + "<eScene.11>").p("%.5f,%.5f" % (p.lat, p.lon), "address").t("</eScene.11>")
        l = x(ind * 2 + "<eScene.IncidentAddressGroup><eScene.15>")
        l.p(addr_line(p), "address").t("</eScene.15><eScene.17>").p(p.gnis, "address").t("</eScene.17><eScene.18>04</eScene.18><eScene.19>")
        l.p(p.zip, "zip").t("</eScene.19><eScene.21>").p(p.cfips, "address").t("</eScene.21></eScene.IncidentAddressGroup>")
        x(ind + "</eScene>")
    x("</PatientCareReport>")
    return out


def b_nemsis_times_oneline():
    p = person()
    t = tick()
    l = L("nemsis_xml")
    l.t("%s [epcr-sync] WARN schematron nemsisDiagnostic pcr=" % t.strftime("%Y-%m-%d %H:%M:%S,%f")[:-3]).p(p.pcr, "other_id")
    l.t(' rule="eTimes.06 should be after eTimes.05" context=<eTimes><eTimes.05>')
    t0 = dt.datetime.combine(p.dos, dt.time(rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)))
    l.p(iso_local(t0), "date").t("</eTimes.05><eTimes.06>").p(iso_local(t0 - dt.timedelta(seconds=rng.randint(20, 300))), "date").t("</eTimes.06></eTimes>")
    return [l]


def b_cad_incident(p=None, es=False):
    if p is None:
        p = person(es=es)
    out = []
    inc = "25%08d" % rng.randint(3140000, 3149999)
    unit = rng.choice(EMS_UNITS)
    eng = rng.choice(FIRE_UNITS)
    code, nat = rng.choice(MPDS)

    def c(fam="cad_log"):
        t = tick(3, 50)
        l = L(fam).t(t.strftime("%m/%d/%y %H:%M:%S") + " [" + inc + "] ")
        out.append(l)
        return l

    wireless = p.wireless
    l = c().t("CALL RCVD 911 %s ANI " % ("WPH2" if wireless else "RESD")).p(p.phone, "phone")
    if wireless:
        l.t(" pANI 602%s ESRK" % digits(7))
    l.t(" ESN 0%d POS D%d" % (rng.randint(400, 499), rng.randint(1, 12)))
    l = c().t("LOC VERIFIED ").p(addr_line(p, True), "address").t(", ").p(up(p.city), "address")
    xs = rng.sample([x for x in STREETS if x != p.street], 2)
    l.t("  X:%s/%s  MAP %d-%s" % (up(xs[0]), up(xs[1]), rng.randint(300, 520), rng.choice("ABCD")))
    if rng.random() < 0.6:
        l = c().t("GEO X=").p("%.6f" % p.lon, "address").t(" Y=").p("%.6f" % p.lat, "address").t(" CONF=%d" % rng.randint(60, 99))
    l = c().t("NATURE %s %s PRI %d  RP: " % (code, nat, rng.randint(1, 2)))
    if rng.random() < 0.5 or code in ("9E1", "12D2", "28C1L", "26C1") or p.age < 14:
        l.p(up(p.rellast) + ", " + up(p.relfirst), "name").t(" (%s)" % p.rel)
    else:
        l.p(up(p.last) + ", " + up(p.first), "name").t(" (SELF)")
    l.t(" CB ").p(fmt_phone(p.phone, rng.choice([1, 2, 3])), "phone")
    c().t("DISP %s %s  BY D%d" % (unit, eng, rng.randint(401, 440)))
    c().t("%s ENRT  AVL ETA %d MIN" % (unit, rng.randint(3, 11)))
    c().t("%s ONSCN" % eng)
    l = c().t("COMMENT (%s) " % rng.choice(["D412", "D427", unit]))
    r = rng.random()
    if p.age >= 90:
        l.t("PT IS ").p(str(p.age), "age").t(" YO %s %s" % ("F" if p.sex == "F" else "M", rng.choice(["CONSC BREATHING", "ON FLOOR CANT GET UP", "NOT ACTING RIGHT PER FAMILY"])))
    elif r < 0.33:
        l.t("PT DOB ").p(fmt_date(p.dob, 4), "date").t(" PER RP  HX %s" % rng.choice(["CHF", "DIABETIC", "SEIZURES", "COPD ON O2"]))
    elif r < 0.6 and code.startswith("29"):
        l.t("PT VEH ").t(rng.choice(MAKES)).t(" AZ PLT ").p(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") + rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") + rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") + digits(4), "vehicle").t(" IN MEDIAN  DRIVER AZ DL ").p(p.dl, "license").t(" PER PD")
    else:
        l.t(rng.choice(["GATE CODE 4410 DOG IN YARD", "RP ADVS PT HAS DNR ON FRIDGE", "PD REQ FOR SCENE SAFETY",
                        "2ND CALLER SAME INC", "LIFT ASSIST PREV 3 DAYS AGO"]))
    c().t("%s ONSCN" % unit)
    if rng.random() < 0.7:
        c().t("%s TRANSPORT %s PRI %d  ODO %.1f" % (unit, rng.choice(HOSP_SHORT), rng.randint(2, 3), rng.uniform(40000, 99000)))
    return out


def b_ali_spill(p=None, es=False):
    if p is None:
        p = person(es=es)
    out = []
    port = rng.randint(1, 4)
    t = tick()
    wireless = p.wireless
    nsi = wireless and rng.random() < 0.25

    def a():
        l = L("ali_record").t(t.strftime("%m/%d/%y %H:%M:%S") + " ALI[P%d] " % port)
        out.append(l)
        return l

    if nsi:
        im = imei()
        a().p("(911) %s-%s" % (im[-7:-4], im[-4:]), "device").t("  WPH2  %s" % t.strftime("%m/%d %H:%M"))
        a().t("NSI HANDSET IMEI ").p(im, "device").t("  NO CALLBACK")
    else:
        a().p(fmt_phone(p.phone, 0), "phone").t("  %s  %s" % ("WPH2" if wireless else "RESD", t.strftime("%m/%d %H:%M")))
    if wireless:
        a().t("%d        E %s RD SECTOR %s" % (rng.randint(100, 9999), rng.choice(["BROWN", "GUADALUPE", "ELLIOT", "VAL VISTA"]), rng.choice(["N", "SE", "W"])))
        a().t(rng.choice(["VERIZON WIRELESS", "T-MOBILE USA", "AT&T MOBILITY"]) + "      AZ")
        a().t("P#602-%s-%s  ESN 0%d  CLS WPH2" % (digits(3), digits(4), rng.randint(400, 499)))
        a().t("LAT ").p("+0%.5f" % p.lat, "address").t(" LON ").p("%.5f" % p.lon, "address").t(" UNC %06d CNF 90" % rng.randint(5, 60))
    else:
        a().p(p.num, "address").t(" " * (12 - len(p.num))).p(up(p.street), "address")
        if p.unit:
            a().p(up(p.unit), "address")
        a().p(up(p.city), "address").t(" " * (19 - len(p.city)) + "AZ")
        a().p(up(p.last) + ", " + up(p.first), "name")
        a().t("P#").p(fmt_phone(p.phone, 1), "phone").t("  ESN 0%d  CLS RESD" % rng.randint(400, 499))
    a().t("TEL=%s  PSAP=%s  COS VERIFY" % (rng.choice(["CENTURYLINK", "COX", "INTRADO"]), rng.choice(["MESA FD", "PHX FD", "PINAL RWC"])))
    return out


def epcr_text(p):
    """Return list of (text, cat) pieces for a PHI narrative."""
    sexw = "F" if p.sex == "F" else "M"
    unit = rng.choice(EMS_UNITS)
    pieces = []
    T = lambda s: pieces.append((s, None))
    P = lambda s, c: pieces.append((s, c))
    T("%s RESPONDED EMERGENT TO A %s FOR A " % (unit, rng.choice(["RES", "SNF", "ALF", "BUSINESS", "MVC"])))
    if p.age >= 90:
        P(str(p.age), "age")
    else:
        T(str(p.age))
    T(" YO%s " % sexw)
    k = rng.randrange(8)
    if p.age < 16 and k in (1, 4, 5, 6):
        k = rng.choice([0, 2, 3])
    if k == 0:
        T("FOUND ON FLOOR BY %s " % p.rel)
        P(up(p.relfirst + " " + p.rellast), "name")
        T(" PT C/O R HIP PAIN 8/10 SHORTENING AND ROTATION NOTED PT DENIES LOC NO THINNERS ")
    elif k == 1:
        T("C/O WEAKNESS X 2 DAYS PT HAS %s SN " % p.device[0])
        P(p.device[1], "device")
        T(" DEVICE INTERROGATED BY CARDIOLOGY LAST WK PER PT ")
    elif k == 2:
        T("ALTERED PER CAREGIVER PT ID AS ")
        P(up(p.last + " " + p.first), "name")
        T(" DOB ")
        P(fmt_date(p.dob, 4), "date")
        T(" NO ID ON PT INFO FROM FACESHEET ")
    elif k == 3:
        T("SOB ON HOME O2 2L PT %s " % p.rel)
        P(p.relfirst.upper(), "name")
        T(" CB ")
        P(fmt_phone(p.phone2, 2), "phone")
        T(" WILL MEET US AT ED ")
    elif k == 4:
        T("MVC DRIVER OF %s PLATE " % rng.choice(MAKES))
        P(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") * 1 + rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") + rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") + digits(4), "vehicle")
        T(" RESTRAINED AIRBAG DEPLOYED MOD DAMAGE VIN ")
        P(vin(rng.choice(["1HG", "4T1", "1FT", "3N1", "KNA", "1G1"])), "vehicle")
        T(" PER PD ")
    elif k == 6:
        T("FROM %s PT HAS DNR ON FILE HCPOA IS %s " % (rng.choice(["DESERT WILLOW SNF", "SUNRISE ALF", "CASA DE PAZ MEMORY CARE"]), p.rel))
        P(p.relfirst + " " + p.rellast, "name")
        T(" REACHED BY PHONE ")
        P(fmt_phone(p.phone2, rng.choice([1, 2, 3])), "phone")
        T(" AGREES W TX TO ED ")
    elif k == 7:
        T("PT STATES NAME IS ")
        P(up(p.first), "name")
        T(" DOB ")
        P(fmt_date(p.dob, rng.choice([4, 2, 0])), "date")
        T(" AHCCCS CARD IN WALLET ")
        P(p.plan[3] if p.plan[0] == "AHCCCS" else "A" + digits(8), "health_plan")
        T(" ")
    else:
        T("LIVES ALONE AT ")
        P(up(addr_line(p)), "address")
        T(" NEIGHBOR CALLED NO ANSWER AT DOOR PD FORCED ENTRY ")
    T(rng.choice(["VS AS NOTED PT PLACED ON MONITOR SR 88 NO ECTOPY IV 20G L AC NS TKO ",
                  "BGL 64 D10 25G IV PT IMPROVED GCS 15 ",
                  "12 LEAD SR W PVCS TX TO %s PRI 2 NO CHANGES ENRT " % rng.choice(HOSP_SHORT),
                  "C COLLAR NOT INDICATED PER NEXUS SPLINTED WITH PILLOWS FENTANYL 50MCG IN "]))
    T("RPT GIVEN TO RN CARE TRANSFERRED")
    return pieces


def b_epcr_narr():
    p = person()
    pieces = epcr_text(p)
    if rng.random() < 0.5:
        pieces = [(s.lower(), c) for s, c in pieces]
    t = tick()
    wrap = rng.randrange(3)
    l = L("epcr_narrative")
    if wrap == 0:
        l.t('{"level":30,"time":%d,"svc":"epcr-sync","pcr":"' % epoch_ms(t)).p(p.pcr, "other_id").t('","field":"eNarrative.01","text":"')
        for s, c in pieces:
            l.p(s, c) if c else l.t(s)
        l.t('"}')
    elif wrap == 1:
        l.t("%s INFO  NarrativeImport pcr=" % t.strftime("%Y-%m-%d %H:%M:%S")).p(p.pcr, "other_id").t(" eNarrative.01=")
        for s, c in pieces:
            l.p(s, c) if c else l.t(s)
    else:
        l.t("[%s] narrative(%s): " % (iso_z(t), rng.choice(["tablet-M14-02", "toughbook-0731", "ipad-m22"])))
        for s, c in pieces:
            l.p(s, c) if c else l.t(s)
    return [l]


def b_zoll_phi():
    p = person()
    t = tick()
    sn = "AR%02d%s0%05d" % (rng.randint(13, 21), rng.choice("EFGHJ"), rng.randint(1000, 99999))
    case = (dt.datetime.combine(p.dos, dt.time(rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)))).strftime("%Y-%m-%d_%H-%M-%S")
    out = []
    l = L("zoll_log").t("%s INFO  [CaseUploadWorker-%d] c.z.caseimport.CaseImporter - Imported case '%s' from device %s (X Series 04.40.09.03) %s bytes" % (
        t.strftime("%Y-%m-%d %H:%M:%S,%f")[:-3], rng.randint(1, 6), case, sn, format(rng.randint(300000, 4000000), ",")))
    out.append(l)
    l = L("zoll_log").t("%s INFO  [CaseUploadWorker-%d] c.z.caseimport.PatientMatcher - case header Patient Name='" % (
        tick(0, 2).strftime("%Y-%m-%d %H:%M:%S,%f")[:-3], rng.randint(1, 6)))
    l.p(nm(p, rng.choice([2, 3, 1])), "name").t("' Patient ID='").p(p.mrn, "mrn").t("' Age=")
    l.p(str(p.age), "age") if p.age >= 90 else l.t(str(p.age))
    l.t(" Sex=%s -> matched ePCR " % p.sex).p(p.pcr, "other_id").t(" score=0.%d" % rng.randint(80, 99))
    out.append(l)
    if rng.random() < 0.5:
        out.append(L("zoll_log").t("%s DEBUG [CaseUploadWorker-%d] c.z.caseimport.Snapshot - 12-lead x%d, shocks=%d, CPR compressions=%d, EtCO2 trend ok" % (
            tick(0, 2).strftime("%Y-%m-%d %H:%M:%S,%f")[:-3], rng.randint(1, 6), rng.randint(1, 4), rng.choice([0, 0, 0, 1, 2]), rng.choice([0, 0, 1840, 2412]))))
    return out


def b_stryker_phi():
    p = person()
    t = tick()
    sn = "4%07d" % rng.randint(4000000, 9999999)
    l = L("stryker_lifenet")
    l.t("LIFENET|%s|RX|LP15|SN=%s|Rec=%s|Type=%s|PatientName=" % (iso_z(t, False), sn, hexs(12).upper(), rng.choice(["12-LEAD", "CODE SUMMARY", "VITALS"])))
    l.p(up(p.last) + "^" + up(p.first), "name").t("|PatientID=").p(p.mrn, "mrn").t("|Age=")
    l.p(str(p.age), "age") if p.age >= 90 else l.t(str(p.age))
    l.t("|Sex=%s|Dest=%s|Status=FORWARDED" % (p.sex, rng.choice(HOSP_SHORT)))
    return [l]


def seg(fam, s):
    return L(fam).t(s)


def b_837():
    out = []
    ctl = "%09d" % rng.randint(1000, 999999)
    now = tick()
    S = lambda s: out.append(seg("x12_837a", s)) or out[-1]
    S("ISA*00*          *00*          *ZZ*REDLINEBILL    *ZZ*OFFALLY        *%s*%s*^*00501*%s*0*P*:~" % (now.strftime("%y%m%d"), now.strftime("%H%M"), ctl))
    S("GS*HC*REDLINEBILL*OFFALLY*%s*%s*%d*X*005010X222A1~" % (now.strftime("%Y%m%d"), now.strftime("%H%M"), int(ctl)))
    S("ST*837*0001*005010X222A1~")
    S("BHT*0019*00*RB%s%04d*%s*%s*CH~" % (now.strftime("%y%m%d"), rng.randint(1, 9999), now.strftime("%Y%m%d"), now.strftime("%H%M")))
    S("NM1*41*2*REDLINE AMBULANCE BILLING*****46*RLB4410~")
    S("PER*IC*EDI DESK*TE*6025550190*EM*edi@redlinebilling.example~")
    S("NM1*40*2*OFFICE ALLY*****46*330897513~")
    S("HL*1**20*1~")
    S("PRV*BI*PXC*3416L0300X~")
    S("NM1*85*2*SAGUARO VALLEY FIRE DISTRICT*****XX*%s~" % npi())
    S("N3*4410 E WASHINGTON ST~")
    S("N4*PHOENIX*AZ*850341817~")
    S("REF*EI*86%07d~" % rng.randint(1000000, 9999999))
    nclaims = 1
    for i in range(nclaims):
        p = person()
        plan = p.plan
        S("HL*%d*1*22*0~" % (2 + i))
        S("SBR*P*18*%s******%s~" % (p.group, plan[1]))
        l = S("NM1*IL*1*").p(up(p.last), "name").t("*").p(up(p.first), "name")
        if p.middle:
            l.t("*").p(up(p.middle), "name").t("***MI*")
        else:
            l.t("****MI*")
        l.p(plan[3], "health_plan").t("~")
        l = S("N3*").p(up(p.num + " " + p.street), "address")
        if p.unit:
            l.t("*").p(up(p.unit), "address")
        l.t("~")
        S("N4*").p(up(p.city), "address").t("*AZ*").p(p.zip + (digits(4) if rng.random() < 0.4 else ""), "zip").t("~")
        S("DMG*D8*").p(p.dob.strftime("%Y%m%d"), "date").t("*%s~" % p.sex)
        S("NM1*PR*2*%s*****PI*%s~" % (plan[0], plan[2]))
        base = rng.uniform(950, 2100)
        miles = round(rng.uniform(1.5, 38), 1)
        mrate = rng.uniform(11, 24)
        tot = base + miles * mrate
        S("CLM*").p(p.acct, "account").t("*%.2f***41:B:1*Y*A*Y*Y~" % tot)
        if rng.random() < 0.4:
            S("REF*F8*").p("%s%s" % (p.dos.strftime("%y%j"), digits(9)), "other_id").t("~")
        S("REF*EA*").p(p.hmrn, "mrn").t("~")
        S("CR1*LB*%d**A*DH*%.1f~" % (rng.randint(95, 320), miles))
        S("CRC*07*Y*%s~" % rng.choice(["01*04", "04*09", "06", "01*12"]))
        S("HI*ABK:%s~" % rng.choice(["R0789", "S72001A", "R4182", "I214", "J9601", "R55", "W19XXXA"]))
        l = S("NM1*PW*2~")
        S("N3*").p(up(p.num + " " + p.street), "address").t("~")
        S("N4*").p(up(p.city), "address").t("*AZ*").p(p.zip, "zip").t("~")
        S("NM1*45*2*%s~" % rng.choice(HOSPITALS))
        S("N3*%d E %s~" % (rng.randint(100, 9999), rng.choice(["BASELINE RD", "MCDOWELL RD", "BROADWAY BLVD"])))
        S("LX*1~")
        S("SV1*HC:%s:RH*%.2f*UN*1***1~" % (rng.choice(["A0427", "A0429", "A0433"]), base))
        S("DTP*472*D8*").p(p.dos.strftime("%Y%m%d"), "date").t("~")
        S("LX*2~")
        S("SV1*HC:A0425:RH*%.2f*UN*%.1f***1~" % (miles * mrate, miles))
    S("SE*%d*0001~" % (len(out) - 1))
    S("GE*1*%d~" % int(ctl))
    S("IEA*1*%s~" % ctl)
    return out


def b_837_oneline():
    p = person()
    t = tick()
    l = L("x12_837a")
    l.t("%s\t%s\tINFO\tclaim payload preview: " % (iso_z(t), uuid()))
    l.t("NM1*IL*1*").p(up(p.last), "name").t("*").p(up(p.first), "name").t("****MI*").p(p.plan[3], "health_plan")
    l.t("~N3*").p(up(addr_line(p)), "address").t("~N4*").p(up(p.city), "address").t("*AZ*").p(p.zip, "zip")
    l.t("~DMG*D8*").p(p.dob.strftime("%Y%m%d"), "date").t("*%s~NM1*PR*2*%s*****PI*%s~CLM*" % (p.sex, p.plan[0], p.plan[2]))
    l.p(p.acct, "account").t("*%s***41:B:1*Y*A*Y*Y~ [truncated 2214 bytes]" % money(900, 2600))
    return [l]


def b_277():
    out = []
    now = tick()
    ctl = "%09d" % rng.randint(1000, 999999)
    S = lambda s: out.append(seg("x12_277", s)) or out[-1]
    S("ISA*00*          *00*          *ZZ*OFFALLY        *ZZ*REDLINEBILL    *%s*%s*^*00501*%s*0*P*:~" % (now.strftime("%y%m%d"), now.strftime("%H%M"), ctl))
    S("GS*HN*OFFALLY*REDLINEBILL*%s*%s*%d*X*005010X212~" % (now.strftime("%Y%m%d"), now.strftime("%H%M"), int(ctl)))
    S("ST*277*0001*005010X212~")
    S("BHT*0010*08*%s*%s*%s*DG~" % (hexs(10).upper(), now.strftime("%Y%m%d"), now.strftime("%H%M")))
    p = person()
    S("HL*1**20*1~")
    S("NM1*PR*2*%s*****PI*%s~" % (p.plan[0], p.plan[2]))
    S("HL*2*1*21*1~")
    S("NM1*41*2*REDLINE AMBULANCE BILLING*****46*RLB4410~")
    S("HL*3*2*19*1~")
    S("NM1*1P*2*SAGUARO VALLEY FIRE DISTRICT*****XX*%s~" % npi())
    S("HL*4*3*PT~")
    S("NM1*QC*1*").p(up(p.last), "name").t("*").p(up(p.first), "name").t("****MI*").p(p.plan[3], "health_plan").t("~")
    S("TRN*2*").p(p.acct, "account").t("~")
    st = rng.choice(["F1:65", "F2:88", "A7:21", "F4:107", "P1:20", "A3:562"])
    S("STC*%s*%s*%s*%s~" % (st, (now - dt.timedelta(days=rng.randint(0, 3))).strftime("%Y%m%d"), rng.choice(["WQ", "U", ""]), money(900, 2600)))
    S("REF*1K*").p(p.dos.strftime("%y%j") + digits(9), "other_id").t("~")
    S("DTP*472*RD8*").p(p.dos.strftime("%Y%m%d") + "-" + p.dos.strftime("%Y%m%d"), "date").t("~")
    S("SE*%d*0001~" % (len(out) - 1))
    S("GE*1*%d~" % int(ctl))
    S("IEA*1*%s~" % ctl)
    return out


def b_fax_ocr():
    p = person()
    out = []
    job = "F%05d" % rng.randint(1000, 99999)
    hosp = rng.choice(HOSPITALS)
    t = tick()
    pg = rng.randint(1, 3)
    ln = [0]

    def o(conf=None):
        ln[0] += rng.randint(1, 3)
        l = L("fax_ocr").t("faxocr[%s] p%d L%02d conf=%.2f | " % (job, pg, ln[0], conf or rng.uniform(0.71, 0.99)))
        out.append(l)
        return l

    def ocr(s):  # OCR noise applied before insertion; spans hold the noisy value
        rep = {"O": "0", "I": "|", "l": "1", "S": "5", "B": "8"}
        return "".join(rep[c] if c in rep and rng.random() < 0.12 else c for c in s)

    o().t("FAX %s %s FROM: 480%s %s HIM DEPT  P.00%d/004" % (t.strftime("%m/%d/%Y"), t.strftime("%H:%M"), digits(7), hosp, pg + 1))
    o().t(ocr("PATIENT FACE SHEET") + "   " + hosp)
    l = o().t(ocr("Patient Name: ")).p(ocr(nm(p, 3)), "name").t("   Sex: %s   " % p.sex).t("DOB: ").p(fmt_date(p.dob, rng.choice([0, 7, 4])), "date")
    l.t("  Age: ")
    l.p(str(p.age), "age") if p.age >= 90 else l.t(str(p.age))
    l = o().t("MRN: ").p(p.hmrn, "mrn").t("    FIN: ").p(p.fin, "account").t("    Adm Date: ").p(fmt_date(p.dos, 0), "date").t(" %02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59)))
    l = o().t("Address: ").p(ocr(addr_line(p)), "address").t("  ").p(ocr(p.city), "address").t(", AZ ").p(p.zip, "zip")
    l = o().t("Home Ph: ").p(fmt_phone(p.phone, 0), "phone").t("   Cell: ").p(fmt_phone(p.phone2, 6), "phone")
    if rng.random() < 0.6:
        l = o().t("SSN: ").p(rng.choice([p.ssn, p.ssn.replace("-", " ")]), "ssn").t("   Marital: %s   Lang: %s" % (rng.choice(["M", "W", "S", "D"]), rng.choice(["ENG", "SPA", "VIE", "NAV"])))
        if rng.random() < 0.5:
            l.t("   DL#: ").p(p.dl, "license").t(" AZ")
    o().t("Guarantor: ").p(up(p.rellast) + ", " + up(p.relfirst), "name").t("  Rel: %s  Ph: " % p.rel.title()).p(fmt_phone(p.phone2, 1), "phone")
    l = o().t("Primary Ins: %s   Policy #: " % p.plan[4]).p(p.plan[3], "health_plan")
    if p.group:
        l.t("  Grp#: " + p.group)
    o().t("Attending: DR. %s MD   Admit Dx: %s" % (rng.choice(["R. PATEL", "S. OYELOWO", "M. FERREIRA", "H. KIM"]), rng.choice(["NSTEMI", "HIP FX", "SEPSIS", "CVA", "CHF EXAC"])))
    if rng.random() < 0.4:
        o(0.58).t(ocr("Emergency Contact: ")).p(ocr(p.relfirst + " " + p.rellast), "name").t(" ").p(fmt_phone(p.phone2, 3), "phone")
    o().t(ocr("Confidential: This fax contains protected health information. If received in error call 480-555-0100"))
    return out


def b_collections():
    p = person()
    d = dt.date(2025, 3, rng.randint(17, 28))
    b = rng.choice(BILLERS)
    l = L("billing_note")
    k = rng.randrange(10)
    pro = "she" if p.relsex == "F" else "he"
    hdr = rng.choice(["%s %s: " % (d.strftime("%m/%d/%y"), b.upper()), "%d/%d %s: " % (d.month, d.day, b.upper()),
                      "[%s] note by %s - " % (d.isoformat(), b), "%s|%s|COLL|" % (d.strftime("%Y%m%d"), b)])
    l.t(hdr)
    if k == 0:
        l.t("LM for pt at ").p(fmt_phone(p.phone, rng.choice([1, 2, 3])), "phone").t(" re past due bal $%s acct " % money(90, 1900)).p(p.acct, "account").t(" no resp x2")
    elif k == 1:
        l.t("spoke w/ %s " % p.rel.lower()).p(p.relfirst, "name").t(" (POA) %s will fax POA docs from " % pro).p(fmt_phone(p.phone2, 1), "fax").t(" then set up pmt plan $%d/mo" % rng.choice([25, 40, 50, 75]))
    elif k == 2:
        l.t("pt ").p(nm(p, 0), "name").t(" called disputing bill for DOS ").p(fmt_date(p.dos, 4), "date").t(" says %s should have paid  verified elig member id " % p.plan[0].lower()).p(p.plan[3], "health_plan").t(" resubmitting")
    elif k == 3:
        l.t("acct ").p(p.acct, "account").t(" placed w/ Southwest Credit Recovery case# ").p("SCR-%07d" % rng.randint(1000000, 9999999), "other_id").t(" bal $%s  skip trace new addr " % money(200, 2400))
        l.p(addr_line(p), "address").t(" ").p(p.city, "address").t(" AZ ").p(p.zip, "zip")
    elif k == 4:
        l.t("%s sent link to fundraiser " % p.rel.lower()).p("https://www.gofundme.com/f/help-%s-%s-recover" % (fold(p.first).lower().split()[0], fold(p.last).lower().replace(" ", "-").replace("'", "")), "url").t(" pt is ")
        l.p(str(p.age), "age") if p.age >= 90 else l.t(str(p.age))
        l.t(" hardship app mailed to ").p(p.email, "email")
    elif k == 5:
        l.t("pt paid by phone $%s ACH rtg 122105278 acct# " % money(40, 600)).p(digits(rng.randint(9, 12)), "account").t(" conf %s" % hexs(8).upper())
    elif k == 6:
        dod = p.dos + dt.timedelta(days=rng.randint(2, 9))
        l.t("pt expired ").p(fmt_date(dod, rng.choice([0, 4, 5])), "date").t(" per obit  estate claim filed w/ Maricopa probate  PR is %s " % p.rel.lower()).p(p.relfirst + " " + p.rellast, "name")
        l.t(" mail to ").p(addr_line(p), "address").t(", ").p(p.city, "address").t(" AZ ").p(p.zip4, "zip")
    elif k == 7:
        l.t("AHCCCS retro elig found via 270  new id ").p("A" + digits(8), "health_plan").t(" eff 03/01/25  voided self-pay stmt on ").p(p.acct, "account").t("  pt DOB ").p(fmt_date(p.dob, rng.choice([0, 1, 4])), "date")
    elif k == 8:
        l.t("PCS form rcvd for ").p(up(p.last) + ", " + up(p.first), "name").t(" DOS ").p(fmt_date(p.dos, 0), "date").t(" signed by RN ")
        l.t(rng.choice(["K. OSEI", "M. LARSEN", "P. AGUILAR"]) + " (facility staff) bed confined box checked  ok to bill A0428")
    else:
        l.t("guarantor ").p(nm(p, 0, who="rel"), "name").t(" ssn ").p(rng.choice([p.ssn, p.ssn.replace("-", "")]), "ssn").t(" given for payment plan credit check  email ").p(p.email, "email")
    return [l]


def b_reprice():
    p = person()
    l = L("billing_note")
    t = tick()
    base = rng.uniform(900, 2300)
    miles = rng.uniform(2, 40)
    disc = rng.choice([12, 15, 18, 22, 30])
    l.t("%s REPRICE clm " % t.strftime("%Y-%m-%d %H:%M")).p(p.acct, "account").t(" DOS ").p(fmt_date(p.dos, rng.choice([0, 1, 8])), "date")
    l.t(" A0427 billed %.2f A0425 x %.1f mi %.2f  %s PPO disc %d%% allowed %.2f  pt resp %.2f" % (
        base, miles, miles * 16.5, rng.choice(["MultiPlan", "Zelis", "Data iSight"]), disc, (base + miles * 16.5) * (100 - disc) / 100, rng.uniform(0, 400)))
    if rng.random() < 0.5:
        l.t("  mbr ").p(p.plan[3], "health_plan")
    return [l]


def b_rails_patient():
    p = person()
    out = []
    pid = str(rng.randint(10000, 99999))
    rid = uuid()
    pidn = rng.randint(2, 4)
    ip = "10.20.%d.%d" % (rng.randint(0, 9), rng.randint(2, 250))

    def r(level="INFO", lvl="I"):
        t = tick(0, 1)
        l = L("rails_log").t("%s, [%s #%d] %5s -- : [%s] " % (lvl, t.strftime("%Y-%m-%dT%H:%M:%S.%f"), 2800 + pidn, level, rid))
        out.append(l)
        return l

    tick()
    verb = rng.choice(["PATCH", "GET", "POST"])
    l = r().t('Started %s "/patients/' % verb).p(pid, "mrn").t('%s" for %s at %s -0700' % ("" if verb != "POST" else "/claims", ip, CLOCK[0].strftime("%Y-%m-%d %H:%M:%S")))
    r().t("Processing by %s as %s" % ({"PATCH": "PatientsController#update", "GET": "PatientsController#show", "POST": "ClaimsController#create"}[verb], rng.choice(["HTML", "JSON", "TURBO_STREAM"])))
    l = r().t('  Parameters: {"authenticity_token"=>"[FILTERED]", "patient"=>{"last_name"=>"').p(p.last, "name").t('", "first_name"=>"').p(p.first, "name")
    l.t('", "dob"=>"').p(p.dob.isoformat(), "date").t('", "address1"=>"').p(addr_line(p), "address").t('", "city"=>"').p(p.city, "address").t('", "zip"=>"').p(p.zip, "zip")
    if rng.random() < 0.5:
        l.t('", "medicare_mbi"=>"').p(mbi(True), "health_plan")
    l.t('"}, "id"=>"').p(pid, "mrn").t('"}')
    if rng.random() < 0.4:
        l = r().t('  \x1b[1m\x1b[36mPatient Load (0.%dms)\x1b[0m  \x1b[1m\x1b[34mSELECT "patients".* FROM "patients" WHERE "patients"."id" = $1 LIMIT $2\x1b[0m  [["id", ' % rng.randint(2, 9))
    else:
        l = r().t('  Patient Load (0.%dms)  SELECT "patients".* FROM "patients" WHERE "patients"."id" = $1 LIMIT $2  [["id", ' % rng.randint(2, 9))
    l.p(pid, "mrn").t('], ["LIMIT", 1]]')
    code = rng.choice(["302 Found", "200 OK", "422 Unprocessable Entity"])
    r().t("Completed %s in %dms (Views: %.1fms | ActiveRecord: %.1fms (%d queries, %d cached) | GC: %.1fms)" % (code, rng.randint(20, 400), rng.uniform(1, 60), rng.uniform(1, 30), rng.randint(2, 14), rng.randint(0, 3), rng.uniform(0, 4)))
    return out


def b_rails_portal():
    p = person()
    out = []
    ip = "%d.%d.%d.%d" % (rng.choice([68, 70, 72, 98, 174, 184, 24, 97]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    rid = uuid()

    def r():
        t = tick(0, 1)
        l = L("rails_log").t("I, [%s #%d]  INFO -- : [%s] " % (t.strftime("%Y-%m-%dT%H:%M:%S.%f"), rng.choice([611, 612]), rid))
        out.append(l)
        return l

    tick()
    r().t('Started POST "/pay/statements/lookup" for ').p(ip, "ip").t(" at %s -0700" % CLOCK[0].strftime("%Y-%m-%d %H:%M:%S"))
    r().t("Processing by Portal::StatementsController#lookup as HTML")
    l = r().t('  Parameters: {"statement"=>{"account_number"=>"').p(p.acct, "account").t('", "last_name"=>"').p(p.last.lower() if rng.random() < 0.4 else p.last, "name")
    l.t('", "date_of_service"=>"').p(fmt_date(p.dos, 0), "date").t('"}, "commit"=>"Find my bill"}')
    if rng.random() < 0.6:
        tc = rng.random() < 0.3
        pan = rng.choice(["4111111111111111", "4242424242424242"]) if tc else card(rng.choice(["4", "51", "37"]), 15 if False else 16)
        l = r().t("Payment attempt acct=").p(p.acct, "account").t(" amount=%s card=" % money(25, 500))
        if tc:
            l.t(pan)
        else:
            l.p(pan, "account")
        l.t(" exp=%02d/%02d gateway=authorize_net result=%s" % (rng.randint(1, 12), rng.randint(26, 30), rng.choice(["declined(2)", "approved", "avs_mismatch"])))
    r().t("Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms (%d queries, 0 cached) | GC: 0.0ms)" % (rng.randint(40, 300), rng.uniform(5, 50), rng.uniform(1, 20), rng.randint(3, 9)))
    return out


def b_portal_login():
    p = person()
    t = tick()
    ip = "%d.%d.%d.%d" % (rng.choice([68, 70, 98, 174, 184]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    uname = fold(p.first).lower().split()[0][:rng.randint(3, 6)] + fold(p.last).lower().replace(" ", "").replace("'", "")[:5] + digits(rng.choice([2, 4]))
    l = L("node_pino")
    l.t('{"level":%d,"time":%d,"pid":%d,"hostname":"portal-web-%s","reqId":"req-%s","svc":"billpay-portal","event":"login",' % (
        rng.choice([30, 40]), epoch_ms(t), rng.randint(20, 90), hexs(5), format(rng.randint(1, 99999), "x")))
    l.t('"username":"').p(uname, "other_id").t('","remoteAddress":"').p(ip, "ip").t('","email":"').p(p.email, "email")
    l.t('","mfa":"%s","msg":"%s"}' % (rng.choice(["sms", "email", "none"]), rng.choice(["login ok", "bad password", "account locked after 5 attempts"])))
    return [l]


def b_node_phi():
    p = person()
    t = tick()
    l = L("node_pino")
    k = rng.randrange(3)
    if k == 0:
        l.t('{"level":50,"time":%d,"pid":%d,"hostname":"ip-10-0-%d-%d","name":"cad-bridge","err":{"type":"ValidationError","message":"eScene.15 missing for incident, fallback to ALI","stack":"ValidationError: at mapScene (/app/dist/mappers/scene.js:88:11)"},"ali":{"callback":"' % (
            epoch_ms(t), rng.randint(10, 99), rng.randint(0, 9), rng.randint(2, 250)))
        l.p(fmt_phone(p.phone, 2), "phone").t('","street":"').p(addr_line(p, True), "address").t('","community":"').p(up(p.city), "address").t('"},"msg":"scene mapping failed"}')
    elif k == 1:
        l.t('{"level":30,"time":%d,"pid":%d,"name":"epcr-sync","pcrNumber":"' % (epoch_ms(t), rng.randint(10, 99))).p(p.pcr, "other_id")
        l.t('","patient":{"lastName":"').p(p.last, "name").t('","firstName":"').p(p.first, "name").t('","dateOfBirth":"').p(p.dob.isoformat(), "date")
        l.t('","ageYears":')
        l.p(str(p.age), "age") if p.age >= 90 else l.t(str(p.age))
        l.t('},"destination":"%s","msg":"pcr locked and queued for billing"}' % rng.choice(HOSPITALS))
    else:
        l.t("%s [winston] warn: eligibility 271 mismatch subscriber=" % iso_z(t)).p(up(p.last) + "/" + up(p.first), "name")
        l.t(" dob=").p(p.dob.strftime("%Y%m%d"), "date").t(" memberId=").p(p.plan[3], "health_plan").t(" payer=%s AAA*Y**72*C" % p.plan[2])
    return [l]


def b_lambda_phi():
    p = person()
    rid = uuid()
    out = []
    fn = rng.choice(["clearinghouse-277-poller", "fax-ocr-ingest", "nemsis-state-submit", "facesheet-matcher"])
    t = tick()
    out.append(L("cloudwatch_lambda").t("START RequestId: %s Version: $LATEST" % rid))

    def c(level="INFO"):
        l = L("cloudwatch_lambda").t("%s\t%s\t%s\t" % (iso_z(tick(0, 2)), rid, level))
        out.append(l)
        return l

    c().t("processing s3://redline-inbound-prod/%s/%s.%s" % (fn, hexs(16), rng.choice(["277", "tif", "xml", "json"])))
    k = rng.randrange(4)
    if k == 0:
        l = c().t("277CA rejected claim ").p(p.acct, "account").t(" patient=").p(up(p.last) + ", " + up(p.first), "name").t(" STC=A7:21 reason=\"Missing/invalid subscriber id ").p(p.plan[3], "health_plan").t('"')
    elif k == 1:
        l = c().t('{"matched":true,"facesheet":{"mrn":"').p(p.hmrn, "mrn").t('","name":"').p(nm(p, 1), "name").t('","dob":"').p(fmt_date(p.dob, 0), "date").t('","ssn_last4":"%s"},"pcr":"' % p.ssn[-4:]).p(p.pcr, "other_id").t('","score":0.%d}' % rng.randint(85, 99))
    elif k == 2:
        l = c("ERROR").t("State repository rejected PCR ").p(p.pcr, "other_id").t(": [-43] ePatient.15 (Age) ")
        l.p(str(p.age + 1), "age") if p.age + 1 >= 90 else l.t(str(p.age + 1))
        l.t(" inconsistent with ePatient.17 (Date of Birth) ").p(p.dob.isoformat(), "date")
    else:
        l = c("WARN").t("No facesheet match for ").p(nm(p, 0), "name").t(" DOS ").p(p.dos.isoformat(), "date").t(" candidates=0 threshold=0.80")
    c().t("done records=%d elapsed_ms=%d" % (rng.randint(1, 40), rng.randint(80, 3000)))
    out.append(L("cloudwatch_lambda").t("END RequestId: %s" % rid))
    d = rng.uniform(90, 4000)
    out.append(L("cloudwatch_lambda").t("REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: %d MB\tMax Memory Used: %d MB" % (
        rid, d, int(d) + 1, rng.choice([256, 512, 1024]), rng.randint(80, 240))))
    return out


def b_es_transcript():
    p = person(es=True)
    out = []
    cid = "%s-%s" % (CLOCK[0].strftime("%Y%m%d"), digits(6))
    sec = [0.0]
    json_style = rng.random() < 0.5

    def s(spk):
        sec[0] += rng.uniform(2, 9)
        if json_style:
            l = L("call_transcript_es").t('{"callId":"%s","t":%.1f,"spk":"%s","lang":"es-US","conf":0.%d,"text":"' % (cid, sec[0], spk, rng.randint(62, 97)))
        else:
            m, ss = divmod(int(sec[0]), 60)
            l = L("call_transcript_es").t("[%02d:%02d] %s: " % (m, ss, spk))
        out.append(l)
        return l

    def end(l):
        if json_style:
            l.t('"}')

    tick()
    end(s("OPERADOR").t("nueve uno uno cuál es la dirección de su emergencia"))
    d, rest = p.street.split(" ", 1)
    nme, suf = rest.rsplit(" ", 1)
    spoken = "%s %s %s %s" % (p.num, {"N": "norte", "S": "sur", "E": "este", "W": "oeste"}[d], nme,
                              {"Dr": "Drive", "Rd": "Road", "Ave": "Avenue", "St": "Street", "Blvd": "Boulevard",
                               "Ln": "Lane", "Ct": "Court", "Way": "Way", "Pl": "Place"}[suf])
    l = s("LLAMANTE").t(rng.choice(["es en la ", "en la ", "vivimos en la "])).p(spoken, "address")
    if p.unit:
        l.t(" apartamento ").p(p.unit.split()[-1].lstrip("#"), "address")
    l.t(" en ").p(p.city, "address")
    end(l)
    end(s("OPERADOR").t("cuál es el número de teléfono del que está llamando"))
    l = s("LLAMANTE").t(rng.choice(["es el ", "mi número es ", "el "])).p(" ".join([p.phone[:3], p.phone[3:6], p.phone[6:]]) if rng.random() < 0.5 else p.phone, "phone")
    end(l)
    end(s("OPERADOR").t(rng.choice(["dígame exactamente qué pasó", "está despierto", "está respirando normalmente"])))
    F = p.sex == "F"
    inv = {"hija": "mamá" if F else "papá", "hijo": "mamá" if F else "papá", "esposa": "esposa" if F else "esposo",
           "esposo": "esposa" if F else "esposo", "nieto": "abuelita" if F else "abuelito", "nieta": "abuelita" if F else "abuelito",
           "vecina": "vecina" if F else "vecino", "vecino": "vecina" if F else "vecino", "cuidadora": "la señora" if F else "el señor",
           "hermana": "hermana" if F else "hermano", "sobrina": "tía" if F else "tío", "mamá": "hija" if F else "hijo",
           "papá": "hija" if F else "hijo", "abuela": "nieta" if F else "nieto"}[p.reles]
    if inv.startswith(("la ", "el ")):
        l = s("LLAMANTE").t(inv + " ")
    else:
        l = s("LLAMANTE").t(rng.choice(["mi ", "es mi "]) + inv + " ")
    l.p(p.first + " " + p.last, "name").t(" tiene ")
    l.p(str(p.age), "age") if p.age >= 90 else l.t(str(p.age))
    l.t(" años " + rng.choice(["y no responde", "se cayó en el baño", "le duele el pecho", "no puede respirar bien"]))
    end(l)
    if rng.random() < 0.5:
        end(s("OPERADOR").t("la ambulancia ya va en camino no cuelgue"))
    if rng.random() < 0.4:
        l = s("LLAMANTE").t("yo soy su %s " % p.reles).p(p.relfirst, "name").t(" y %s nació el " % ("ella" if F else "él")).p("%d de %s de %d" % (p.dob.day, ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"][p.dob.month - 1], p.dob.year), "date")
        end(l)
    return out


def b_es_with_cad():
    p = person(es=True)
    return b_ali_spill(p, True) + b_cad_incident(p, True)


def b_photo_sig():
    p = person()
    t = tick()
    l = L("node_pino")
    if rng.random() < 0.5:
        raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00" + bytes(rng.randrange(256) for _ in range(rng.randint(60, 110)))
        b64 = base64.b64encode(raw).decode()
        l.t('{"level":20,"time":%d,"name":"epcr-attach","pcr":"' % epoch_ms(t)).p(p.pcr, "other_id")
        l.t('","attachment":{"kind":"%s","mime":"image/jpeg","data":"' % rng.choice(["patient_photo", "id_card_front"])).p(b64, "photo").t('…(truncated 48213 chars)"},"msg":"attachment received"}')
    else:
        pts = []
        x, y = rng.randint(10, 40), rng.randint(30, 60)
        for _ in range(rng.randint(10, 16)):
            x += rng.randint(2, 9)
            y += rng.randint(-6, 6)
            pts.append("[%d,%d,%d]" % (x, y, rng.randint(3, 40)))
        stroke = "[[" + ",".join(pts) + "]]"
        l.t('{"level":20,"time":%d,"name":"epcr-attach","pcr":"' % epoch_ms(t)).p(p.pcr, "other_id")
        l.t('","signature":{"signer":"patient","reason":"AOB/HIPAA ack","strokes":').p(stroke, "biometric").t('},"msg":"signature captured"}')
    return [l]


# =================================================================== noise blocks
def n_health():
    t = tick(1, 15)
    k = rng.randrange(4)
    ip = "10.0.%d.%d" % (rng.randint(0, 9), rng.randint(2, 250))
    if k == 0:
        return [L("http_access").t('%s - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"' % (ip, utc(t).strftime("%d/%b/%Y:%H:%M:%S +0000")))]
    if k == 1:
        return [L("http_access").t('%s - - [%s] "GET /up HTTP/1.1" 200 73 "-" "ELB-HealthChecker/2.0" rt=0.00%d' % (ip, utc(t).strftime("%d/%b/%Y:%H:%M:%S +0000"), rng.randint(1, 9)))]
    if k == 2:
        return [L("http_access").t('%s - - [%s] "GET /assets/application-%s.css HTTP/1.1" 304 0 "https://billing.redlinebilling.example/claims" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/122.0 Safari/537.36"' % (
            ip, utc(t).strftime("%d/%b/%Y:%H:%M:%S +0000"), hexs(16)))]
    return [L("http_access").t('%s - - [%s] "POST /api/v1/avl/batch HTTP/1.1" 202 18 "-" "avl-gw/3.4.1" %d' % (ip, utc(t).strftime("%d/%b/%Y:%H:%M:%S +0000"), rng.randint(2, 40)))]


def nmea(lat, lon, spd, hdg, t):
    def dm(v, w):
        v = abs(v)
        d = int(v)
        return ("%0" + str(w) + "d%07.4f") % (d, (v - d) * 60)
    body = "GPRMC,%s.00,A,%s,N,%s,W,%.1f,%.1f,%s,,,A" % (utc(t).strftime("%H%M%S"), dm(lat, 2), dm(lon, 3), spd, hdg, utc(t).strftime("%d%m%y"))
    cs = 0
    for ch in body:
        cs ^= ord(ch)
    return "$%s*%02X" % (body, cs)


def n_avl():
    out = []
    unit = rng.choice(EMS_UNITS)
    c = rng.choice(CITIES)[6]
    lat, lon = c[0] + rng.uniform(-0.05, 0.05), c[1] + rng.uniform(-0.05, 0.05)
    st = rng.choice(["ENRT", "ONSCN", "TRANS", "AVAIL", "ATHOSP", "ENRT"])
    for i in range(rng.randint(1, 3)):
        t = tick(5, 15)
        lat += rng.uniform(-0.002, 0.002)
        lon += rng.uniform(-0.002, 0.002)
        spd = 0.0 if st in ("ONSCN", "ATHOSP") else rng.uniform(8, 55)
        if rng.random() < 0.5:
            out.append(L("avl_ping").t("%s avl-gw[%d]: %s %s" % (t.strftime("%b %d %H:%M:%S"), rng.randint(700, 900), unit, nmea(lat, lon, spd, rng.uniform(0, 359), t))))
        else:
            out.append(L("avl_ping").t('{"unit":"%s","vehId":"SVE-0%d","lat":%.5f,"lon":%.5f,"spd_mph":%d,"hdg":%d,"status":"%s","fix":3,"hdop":%.1f,"sats":%d,"ts":"%s"}' % (
                unit, rng.randint(700, 799), lat, lon, int(spd * 1.15), rng.randint(0, 359), st, rng.uniform(0.6, 2.4), rng.randint(6, 14), iso_z(t, False))))
    return out


def n_lambda():
    rid = uuid()
    out = []
    tick()
    out.append(L("cloudwatch_lambda").t("START RequestId: %s Version: %s" % (rid, rng.choice(["$LATEST", "17", "42"]))))
    msgs = ["polled sftp://edi.officeally.example/outbound 3 new files (999, 277CA, 277CA)",
            "no new files in outbound, sleeping",
            "NEMSIS v3.5.0.230317CP4 schema cache warm (312 files)",
            "submitted batch 4821 to state repository: 112 PCRs accepted, 3 warnings",
            "secrets refreshed from /redline/prod/clearinghouse (version 14)",
            "Textract job %s SUCCEEDED pages=4" % hexs(16)]
    for _ in range(rng.randint(1, 2)):
        out.append(L("cloudwatch_lambda").t("%s\t%s\tINFO\t%s" % (iso_z(tick(0, 2)), rid, rng.choice(msgs))))
    out.append(L("cloudwatch_lambda").t("END RequestId: %s" % rid))
    d = rng.uniform(40, 2000)
    msz = rng.choice([128, 256, 512])
    rep = "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: %d MB\tMax Memory Used: %d MB" % (rid, d, int(d) + 1, msz, rng.randint(60, min(msz - 8, 200)))
    if rng.random() < 0.3:
        rep += "\tInit Duration: %.2f ms" % rng.uniform(150, 900)
    out.append(L("cloudwatch_lambda").t(rep))
    return out


def n_lambda_metric():
    t = tick()
    return [L("cloudwatch_lambda").t('{"_aws":{"Timestamp":%d,"CloudWatchMetrics":[{"Namespace":"Redline/Claims","Dimensions":[["Function","Stage"]],"Metrics":[{"Name":"ClaimsSubmitted","Unit":"Count"},{"Name":"Rejected999","Unit":"Count"}]}]},"Function":"claim-submitter","Stage":"prod","ClaimsSubmitted":%d,"Rejected999":%d}' % (
        epoch_ms(t), rng.randint(20, 300), rng.randint(0, 4)))]


def n_rails():
    out = []
    rid = uuid()
    tick()
    path, ctrl = rng.choice([("/claims?status=pending&page=%d" % rng.randint(1, 9), "ClaimsController#index"),
                             ("/batches/%d" % rng.randint(1000, 9999), "BatchesController#show"),
                             ("/reports/ar_aging.csv", "Reports::ArAgingController#show"),
                             ("/fee_schedules/2025", "FeeSchedulesController#show")])

    def r():
        l = L("rails_log").t("I, [%s #%d]  INFO -- : [%s] " % (tick(0, 1).strftime("%Y-%m-%dT%H:%M:%S.%f"), rng.choice([2803, 2804]), rid))
        out.append(l)
        return l

    r().t('Started GET "%s" for 10.20.%d.%d at %s -0700' % (path, rng.randint(0, 9), rng.randint(2, 250), CLOCK[0].strftime("%Y-%m-%d %H:%M:%S")))
    r().t("Processing by %s as %s" % (ctrl, rng.choice(["HTML", "CSV", "JSON"])))
    if rng.random() < 0.5:
        r().t("  Rendered layout layouts/application.html.erb (Duration: %.1fms | Allocations: %d)" % (rng.uniform(5, 90), rng.randint(3000, 90000)))
    r().t("Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms (%d queries, %d cached) | GC: %.1fms)" % (rng.randint(20, 900), rng.uniform(1, 300), rng.uniform(1, 200), rng.randint(2, 40), rng.randint(0, 9), rng.uniform(0, 10)))
    return out


def n_sidekiq():
    t = tick()
    jid = hexs(24)
    k = rng.randrange(4)
    cls = rng.choice(["ClaimSubmissionJob", "EligibilityCheckJob", "StatementMailerJob", "Import277Job", "NemsisPullJob"])
    if k == 0:
        return [L("sidekiq_log").t("%s pid=%d tid=%s class=%s jid=%s INFO: start" % (iso_z(t), rng.randint(7, 30), hexs(4), cls, jid)),
                L("sidekiq_log").t("%s pid=%d tid=%s class=%s jid=%s elapsed=%.3f INFO: done" % (iso_z(tick(1, 9)), rng.randint(7, 30), hexs(4), cls, jid, rng.uniform(0.1, 12)))]
    if k == 1:
        return [L("sidekiq_log").t("%s pid=%d tid=%s INFO: Sidekiq 7.2.4 connecting to Redis with options {:size=>10, :pool_name=>\"internal\", :url=>\"redis://redline-cache.%s.use1.cache.amazonaws.com:6379/0\"}" % (iso_z(t), rng.randint(7, 30), hexs(4), hexs(6)))]
    if k == 2:
        return [L("sidekiq_log").t("%s pid=%d tid=%s class=%s jid=%s INFO: [ActiveJob] [%s] [%s] Performing %s (Job ID: %s) from Sidekiq(default) enqueued at %s with arguments: #<GlobalID:0x000%s @uri=#<URI::GID gid://redline/Batch/%d>>" % (
            iso_z(t), rng.randint(7, 30), hexs(4), cls, jid, cls, uuid(), cls, uuid(), iso_z(t - dt.timedelta(seconds=3)), hexs(11), rng.randint(1000, 9999)))]
    return [L("sidekiq_log").t("%s pid=%d tid=%s class=%s jid=%s WARN: Net::ReadTimeout with #<TCPSocket:(closed)> retry_count=%d" % (iso_z(t), rng.randint(7, 30), hexs(4), cls, jid, rng.randint(0, 5)))]


def n_cad_status():
    out = []
    inc = "25%08d" % rng.randint(3140000, 3149999)
    for _ in range(rng.randint(1, 3)):
        t = tick(3, 40)
        u = rng.choice(EMS_UNITS + FIRE_UNITS)
        msg = rng.choice(["%s AVAIL" % u, "%s ATHOSP %s" % (u, rng.choice(HOSP_SHORT)), "%s CLEARED DISPO TRANSPORTED" % u,
                          "%s OOS FUEL" % u, "%s MOVE UP STA %d" % (u, rng.randint(201, 230)), "%s ENRT  AVL ETA %d MIN" % (u, rng.randint(2, 12)),
                          "%s TRANSPORT %s PRI 3  ODO %.1f" % (u, rng.choice(HOSP_SHORT), rng.uniform(40000, 99000)),
                          "CREW CHG %s PM %s EMT %s" % (u, rng.choice(MEDICS), rng.choice(MEDICS))])
        out.append(L("cad_log").t(t.strftime("%m/%d/%y %H:%M:%S") + " [" + inc + "] " + msg))
    return out


EPCR_NOISE = [
    "pt {a} yom c/o cp x 2hrs 8/10 pressure radiating l arm diaphoretic 12 lead sinus tach 112 no ste asa 324 po ntg 0.4 sl x3 pain 3/10 tx to {h} no changes",
    "{a} YOF FOUND SITTING IN CHAIR A&OX4 C/O DIZZINESS X 1 DAY BGL 142 ORTHOSTATICS POSITIVE IV NS 500ML TX PRI 3 TO {h} PT TOLERATED WELL",
    "PT {a} YOM SEIZURE HX EPILEPSY POSTICTAL ON ARRIVAL GCS 13 IMPROVED TO 15 NO TRAUMA NOTED PT REFUSED TX AFTER RISKS EXPLAINED AMA SIGNED",
    "{a} yo female resp distress tripod wheezing bilat spo2 84 ra duoneb x2 cpap 7.5 cm spo2 94 tx emergent {h} pre alert given",
    "MVC ROLLOVER PT {a} YOM AMBULATORY ON SCENE C/O NECK PAIN C COLLAR PER PROTOCOL VS STABLE TX {h} NO CHANGES",
    "lift assist only pt {a} yof uninjured assisted to bed no complaints refused eval signed refusal family at bedside",
    "CARDIAC ARREST WITNESSED BY BYSTANDER CPR IN PROGRESS ON ARRIVAL VF X2 SHOCKS ROSC AT 14 MIN EPI 1MG X2 AMIO 300 IGEL PLACED TX {h}",
]


def n_epcr():
    t = tick()
    s = rng.choice(EPCR_NOISE).format(a=rng.randint(18, 88), h=rng.choice(HOSP_SHORT))
    if rng.random() < 0.5:
        return [L("epcr_narrative").t("[%s] narrative(%s): %s" % (iso_z(t), rng.choice(["tablet-M14-02", "toughbook-0731", "ipad-m22"]), s))]
    return [L("epcr_narrative").t('{"level":30,"time":%d,"svc":"epcr-sync","field":"eNarrative.01","len":%d,"text":"%s"}' % (epoch_ms(t), len(s), s))]


def n_x12_ack():
    now = tick()
    out = []
    ctl = "%09d" % rng.randint(1000, 999999)
    if rng.random() < 0.5:
        out.append(L("x12_ack").t("TA1*%s*%s*%s*A*000~" % (ctl, now.strftime("%y%m%d"), now.strftime("%H%M"))))
    else:
        for s in ["ST*999*0001*005010X231A1~", "AK1*HC*%d*005010X222A1~" % int(ctl), "AK2*837*0001*005010X222A1~", "IK5*A~",
                  "AK9*A*1*1*1~", "SE*6*0001~"]:
            out.append(L("x12_ack").t(s))
    return out


def n_ops():
    t = tick()
    opts = [
        "%s deploy redline-billing v4.18.%d (build %d, sha %s) to prod-use1 by github-actions" % (iso_z(t), rng.randint(1, 9), rng.randint(1800, 1999), hexs(7)),
        "%s UTC [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=%.3f s" % (utc(t).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], rng.randint(100, 999), rng.randint(100, 9000), rng.uniform(0.1, 9), rng.uniform(1, 30)),
        "cron[%d]: (billing) CMD (/usr/local/bin/run-statements --cycle %s --dry-run=false)" % (rng.randint(1000, 9999), rng.choice(["A", "B", "C"])),
        "%s INFO  batch %d submitted %d claims $%s to OfficeAlly sftp (edi/%s.837)" % (t.strftime("%Y-%m-%d %H:%M:%S"), rng.randint(4000, 4999), rng.randint(20, 200), format(rng.uniform(30000, 300000), ",.2f"), hexs(8)),
        "%s INFO  fee schedule AZ-2025 loaded: A0427 base 1044.95 rural 1118.10 A0425 per mile 8.54 (CY2025 AFS, GPCI 0.99)" % t.strftime("%Y-%m-%d %H:%M:%S"),
        "%s WARN  clearinghouse sftp latency %dms (threshold 2000ms) host=edi.officeally.example port=22" % (t.strftime("%Y-%m-%d %H:%M:%S"), rng.randint(2100, 9000)),
        "%s INFO  billing office contact updated: Redline Ambulance Billing, 2200 N Central Ave Ste 400, Phoenix AZ 85004, tel 602-555-0190 fax 602-555-0191" % t.strftime("%Y-%m-%d %H:%M:%S"),
        "%s INFO  AR aging snapshot 0-30:$%s 31-60:$%s 61-90:$%s 90+:$%s" % (t.strftime("%Y-%m-%d %H:%M:%S"), format(rng.uniform(1e5, 9e5), ",.0f"), format(rng.uniform(1e5, 5e5), ",.0f"), format(rng.uniform(5e4, 3e5), ",.0f"), format(rng.uniform(5e4, 3e5), ",.0f")),
        "%s INFO  ambulance SVE-0%d VIN %s plate AZ EXEMPT G%d odometer %d annual inspection passed" % (t.strftime("%Y-%m-%d %H:%M:%S"), rng.randint(700, 799), vin("1FD"), rng.randint(10000, 99999), rng.randint(40000, 180000)),
        "%s otel trace_id=%s span_id=%s service=claim-api route=POST /claims/:id/submit status=200 dur=%dms" % (iso_z(t), hexs(32), hexs(16), rng.randint(40, 900)),
        "%s ERROR ActionController::RoutingError (No route matches [GET] \"/wp-login.php\") remote_ip=%d.%d.%d.%d ua=\"python-requests/2.31\"" % (t.strftime("%Y-%m-%d %H:%M:%S"), rng.choice([45, 185, 193]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
        "%s INFO  HIPAA access-log export s3://redline-audit-prod/%s/ rows=%d sha256=%s" % (t.strftime("%Y-%m-%d %H:%M:%S"), t.strftime("%Y/%m/%d"), rng.randint(2000, 90000), hexs(64)),
        "%s INFO  277CA summary file=%s.277 accepted=%d rejected=%d pended=%d" % (t.strftime("%Y-%m-%d %H:%M:%S"), hexs(10).upper(), rng.randint(10, 200), rng.randint(0, 9), rng.randint(0, 20)),
        "%s INFO  CAD interface heartbeat ok host=cad-prod-02 port=5150 lag=%dms msgs=%d" % (t.strftime("%Y-%m-%d %H:%M:%S"), rng.randint(2, 300), rng.randint(100, 9000)),
        "%s WARN  ePCR tablet %s battery %d%% last sync %d min ago (crew %s)" % (t.strftime("%Y-%m-%d %H:%M:%S"), rng.choice(["toughbook-0731", "ipad-m22", "tablet-M14-02"]), rng.randint(5, 30), rng.randint(10, 90), rng.choice(MEDICS)),
    ]
    return [L("ops_misc").t(rng.choice(opts))]


def n_monitor():
    t = tick()
    if rng.random() < 0.5:
        sn = "AR%02d%s0%05d" % (rng.randint(13, 21), rng.choice("EFGHJ"), rng.randint(1000, 99999))
        msg = rng.choice(["DailyTest PASS battery=%d%% pads=OK printer=OK" % rng.randint(40, 100),
                          "WiFi connected ssid=SVE-RIG-%s rssi=-%d" % (rng.choice(EMS_UNITS), rng.randint(40, 80)),
                          "firmware 04.40.09.03 up to date", "no cases pending upload", "CO2 module calibration due in %d days" % rng.randint(1, 60)])
        return [L("zoll_log").t("%s INFO  [DeviceMonitor] c.z.fleet.DeviceStatus - %s %s" % (t.strftime("%Y-%m-%d %H:%M:%S,%f")[:-3], sn, msg))]
    return [L("stryker_lifenet").t("LIFENET|%s|STATUS|LP15|SN=4%07d|Readiness=%s|Battery1=%d|Battery2=%d|SelfTest=PASS|Site=SVE-STA-%d" % (
        iso_z(t, False), rng.randint(4000000, 9999999), rng.choice(["OK", "OK", "SERVICE"]), rng.randint(20, 100), rng.randint(20, 100), rng.randint(201, 230)))]


def n_nemsis():
    t = tick()
    k = rng.randrange(4)
    if k == 0:
        return [L("nemsis_xml").t('%s INFO  [state-submit] SubmitDataResponse requestType=SubmitData statusCode=1 requestHandle=%s reports=%d' % (t.strftime("%Y-%m-%d %H:%M:%S"), uuid(), rng.randint(1, 60)))]
    if k == 1:
        inc = "25%06d" % rng.randint(10000, 99999)
        return [L("nemsis_xml").t("<eResponse><eResponse.AgencyGroup><eResponse.01>S04-2217</eResponse.01></eResponse.AgencyGroup><eResponse.03>%s</eResponse.03><eResponse.ServiceGroup><eResponse.05>2205001</eResponse.05></eResponse.ServiceGroup><eResponse.13>0%d</eResponse.13><eResponse.14>%s</eResponse.14><eResponse.23>2223001</eResponse.23></eResponse>" % (inc, rng.randint(700, 799), rng.choice(EMS_UNITS)))]
    if k == 2:
        return [L("nemsis_xml").t('<EMSDataSet xmlns="http://www.nemsis.org" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.nemsis.org https://nemsis.org/media/nemsis_v3/release-3.5.0/XSDs/NEMSIS_XSDs/EMSDataSet_v3.xsd">')]
    return [L("nemsis_xml").t('<eDisposition><eDisposition.DestinationGroup><eDisposition.01>%s</eDisposition.01><eDisposition.02>AZ-%d</eDisposition.02></eDisposition.DestinationGroup><eDisposition.17>4217001</eDisposition.17></eDisposition>' % (rng.choice(HOSPITALS).title(), rng.randint(100, 999)))]


def n_fax():
    t = tick()
    return [L("fax_ocr").t("faxrx[%d]: received job F%05d from %s (%s) pages=%d res=fine ecm=on duration=%ds tiff=/var/spool/fax/in/%s.tif" % (
        rng.randint(200, 400), rng.randint(1000, 99999), "+1480%s" % digits(7), rng.choice(HOSPITALS), rng.randint(1, 6), rng.randint(20, 180), hexs(10)))]


ES_NOISE = ["nueve uno uno cuál es la dirección de su emergencia", "no cuelgue la ambulancia ya va en camino",
            "necesito que abra la puerta y encienda la luz de afuera", "está respirando sí o no",
            "voy a conectar a un intérprete un momento por favor", "coloque la palma de su mano en el centro del pecho y empuje fuerte y rápido",
            "cuente en voz alta uno dos tres cuatro", "no le dé nada de comer ni de beber"]


def n_es():
    t = tick()
    if rng.random() < 0.5:
        return [L("call_transcript_es").t("[%02d:%02d] OPERADOR: %s" % (rng.randint(0, 4), rng.randint(0, 59), rng.choice(ES_NOISE)))]
    return [L("call_transcript_es").t('{"callId":"%s-%s","t":%.1f,"spk":"%s","lang":"es-US","conf":0.%d,"text":"%s"}' % (
        t.strftime("%Y%m%d"), digits(6), rng.uniform(2, 240), rng.choice(["OPERADOR", "INTERPRETE"]), rng.randint(62, 97), rng.choice(ES_NOISE)))]


def n_node():
    t = tick()
    opts = ['{"level":30,"time":%d,"pid":%d,"hostname":"ip-10-0-%d-%d","name":"cad-bridge","msg":"listening on :%d"}' % (epoch_ms(t), rng.randint(10, 99), rng.randint(0, 9), rng.randint(2, 250), rng.choice([3000, 8080, 9464])),
            '{"level":40,"time":%d,"pid":%d,"name":"cad-bridge","msg":"CAD socket reconnect attempt %d (ECONNRESET 10.30.1.%d:5150)"}' % (epoch_ms(t), rng.randint(10, 99), rng.randint(1, 6), rng.randint(2, 250)),
            '{"level":30,"time":%d,"pid":%d,"name":"epcr-sync","queue":"pcr-billing","depth":%d,"msg":"queue stats"}' % (epoch_ms(t), rng.randint(10, 99), rng.randint(0, 300)),
            '%s [winston] info: eligibility 270/271 realtime ok payer=%s latency=%dms' % (iso_z(t), rng.choice(["87726", "03402", "866004791", "60054"]), rng.randint(200, 3000))]
    return [L("node_pino").t(rng.choice(opts))]


PHI_BLOCKS = [(6, b_nemsis_epatient), (1.5, b_nemsis_pretty), (3, b_nemsis_times_oneline), (4, b_cad_incident), (3, b_ali_spill),
              (9, b_epcr_narr), (3, b_zoll_phi), (3, b_stryker_phi), (0.6, b_837), (3, b_837_oneline), (1.5, b_277), (2, b_fax_ocr),
              (9, b_collections), (2.5, b_reprice), (2.5, b_rails_patient), (2.5, b_rails_portal), (3, b_portal_login), (5, b_node_phi),
              (3.5, b_lambda_phi), (3, b_es_transcript), (1.5, b_es_with_cad), (4, b_photo_sig)]
NOISE_BLOCKS = [(5, n_health), (6, n_avl), (4, n_lambda), (2, n_lambda_metric), (3, n_rails), (4, n_sidekiq), (5, n_cad_status),
                (6, n_epcr), (2, n_x12_ack), (8, n_ops), (4, n_monitor), (4, n_nemsis), (3, n_fax), (4, n_es), (4, n_node)]
SINGLE_PHI = [b_nemsis_epatient, b_epcr_narr, b_collections, b_reprice, b_node_phi, b_stryker_phi, b_portal_login, b_photo_sig]
SINGLE_NOISE = [n_health, n_lambda_metric, n_epcr, n_ops, n_monitor, n_fax, n_es, n_node]


def wpick(pool):
    tot = sum(w for w, _ in pool)
    x = rng.uniform(0, tot)
    for w, f in pool:
        x -= w
        if x <= 0:
            return f
    return pool[-1][1]


MAX_USES = {"b_837": 1, "b_277": 1, "b_nemsis_pretty": 2, "b_es_with_cad": 1, "b_fax_ocr": 2, "b_cad_incident": 3,
            "b_ali_spill": 2, "b_es_transcript": 3, "b_rails_patient": 3, "b_rails_portal": 3, "b_lambda_phi": 3, "n_lambda": 4,
            "n_rails": 4, "b_zoll_phi": 4, "n_x12_ack": 3}


def main():
    lines = []
    used = {}
    target = 0.55
    while len(lines) < N_LINES:
        rem = N_LINES - len(lines)
        noise = sum(1 for l in lines if not l.spans)
        lag = bool(lines) and noise < target * len(lines)
        want_noise = rng.random() < (0.7 if lag else 0.15)
        f = wpick(NOISE_BLOCKS if want_noise else PHI_BLOCKS)
        if used.get(f.__name__, 0) >= MAX_USES.get(f.__name__, 10 ** 6):
            continue
        used[f.__name__] = used.get(f.__name__, 0) + 1
        blk = f()
        if len(blk) > rem:
            blk = rng.choice(SINGLE_NOISE if want_noise else SINGLE_PHI)()
            if len(blk) > rem:
                continue
        lines.extend(blk)
    assert len(lines) == N_LINES
    log_rows, lab_rows = [], []
    for i, l in enumerate(lines, 1):
        s = l.text()
        assert s and "\n" not in s and "\r" not in s, (i, s)
        b = s.encode("utf-8")
        spans = []
        prev = 0
        for (st, en, cat, v) in sorted(l.spans):
            assert b[st:en].decode("utf-8") == v, (i, v)
            assert st >= prev, (i, "overlap")
            prev = en
            spans.append({"s": st, "e": en, "cat": cat})
        log_rows.append(s)
        lab_rows.append(json.dumps({"line": i, "family": l.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(log_rows))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lab_rows) + "\n")
    noise = sum(1 for l in lines if not l.spans)
    cats = {}
    fams = {}
    for l in lines:
        fams[l.fam] = fams.get(l.fam, 0) + 1
        for sp in l.spans:
            cats[sp[2]] = cats.get(sp[2], 0) + 1
    print("lines", len(lines), "no-PHI", noise, "%.1f%%" % (100.0 * noise / len(lines)))
    print("families", len(fams), sorted(fams.items()))
    print("cats", sorted(cats.items(), key=lambda x: -x[1]))


if __name__ == "__main__":
    main()
