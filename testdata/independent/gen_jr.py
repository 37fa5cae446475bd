#!/usr/bin/env python3
"""gen_jr.py - synthetic, labeled log corpus for a telestroke / teleneurology network (ID=jr).

Writes jr.log (500 lines) and jr.labels.jsonl next to this script.  Standard library only,
deterministic (fixed seed, simulated clock; no wall-clock or OS randomness).  Every person
and identifier is invented.

Systems simulated: paging/CAD consult requests from spoke hospitals, HL7 v2 ORM^O01 / ADT /
ACK via a Mirth-like engine, video-cart agent logs (WebRTC getStats JSON, SFU logs, cart
health syslog), DICOM C-MOVE (DCMTK movescu dumps, dcm4che logs), AI large-vessel-occlusion
alerts (webhook JSON, push text, worker logs), NIHSS forms as JSON (English and Spanish),
TNK / alteplase dose-calculator logs, transfer-center notes and XML, air-medical dispatch
messages, physician on-call rotation CSV, billing pipe exports and X12 837P, nginx access,
Go/pino JSON service logs, secure-chat messages, audit CSV, palm-vein ID agent, metrics,
config dumps and Java stack traces.

Labeling decisions:
- Labeled: identifiers of patients and of the people around them (next of kin, emergency
  contacts, guarantors, subscribers, family joining a video consult).  Not labeled: physicians,
  nurses, flight crew, dispatchers and other staff doing their job (names, NPIs, pagers,
  mobiles, usernames, staff workstation IPs), hospitals/spoke sites and their phones, vendors.
- Names: one span per written name, in whatever form (HL7/DICOM "LAST^FIRST^M" is one span;
  Spanish "nombre" and "apellidos" fields are two spans).  Mother's maiden name (PID-6) is a name.
- Addresses: street line, city/town and county are `address` spans (separately when they are
  separate fields, one span when written together as "street, town"); state is not labeled;
  ZIP / ZIP+4 is `zip`.  Scene locations of a patient pick-up (street address and GPS lat/lon
  of the scene) are `address`; helipads, landing zones, hospitals are not.
- Dates: labeled when the date describes something that happened to/for the patient: birth,
  last-known-well/onset, arrival/admission, assessment, imaging study date, date of service,
  discharge.  A date-time value is one span.  Not labeled: log/message/transaction timestamps
  (log prefixes, MSH-7, ORC-9, alert createdAt, batch dates, ISA/BHT dates), on-call shift dates,
  and clock times without a date (e.g. "LKW 0640", "TNK @07:58").
- Age: only ages > 89 are labeled (the number, or the DICOM AS value such as "093Y"); younger
  ages are left as ordinary text.
- Case numbers created for one patient are `other_id`: telestroke consult numbers (TS..),
  transfer-center case numbers (TC-..), encounter/visit numbers (CSN, PV1-19), imaging accession
  numbers, patient/family portal usernames.  Not labeled (operational, like order numbers):
  HL7 placer/filler order numbers, message control IDs, CAD incident and flight mission numbers,
  page IDs, video session/room UUIDs, trace/span IDs, DICOM Study/Series/SOP Instance UIDs.
- MRNs (spoke and hub) are `mrn`; patient account numbers, X12 CLM01 patient control numbers
  and payment card numbers are `account`; Medicare MBI, Medicaid and commercial member IDs are
  `health_plan`; driver's licence numbers are `license`.
- `device`: serial numbers of devices belonging to/implanted in the patient (loop recorders,
  pacemakers).  Video carts, cameras, access points (BSSID MACs), CT scanners are facility
  equipment: not labeled.
- `ip`: public IPs of a patient or family member (family joining a video consult / the family
  portal).  Private 10.x addresses, TURN/SFU servers and hospital egress IPs are not labeled.
- `url`: personal pages of a patient/family (CaringBridge, fundraiser).  Join links with random
  tokens are session technical data, not labeled.
- `vehicle`: plate and VIN of the patient's car.  Aircraft tail numbers/units are not.
- `biometric`: palm-vein template payloads; `photo`: base64 JPEG face images attached to NIHSS
  item 4 (facial palsy).  Template hashes are not labeled.
- `fax`: a fax number of a patient/relative; `phone`: any other patient/relative number.
- Weights, NIHSS scores, doses, vessel names, ICD/CPT codes are clinical, not identifiers.
"""
import base64
import datetime as dtm
import json
import os
import random
import re
import unicodedata

ID = "jr"
SEED = 2103148
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}


# ----------------------------------------------------------------------------- line builder
class P:
    """A value to be labeled."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        assert cat in CATS, cat
        self.v = str(v)
        self.cat = cat


class Line:
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        assert cat in CATS, cat
        assert s, "empty span"
        b = len(s.encode("utf-8"))
        self.spans.append((self.n, self.n + b, cat, s))
        self.buf.append(s)
        self.n += b
        return self

    def v(self, x):
        if isinstance(x, P):
            return self.p(x.v, x.cat)
        return self.t(x)

    def f(self, _tpl, **kw):
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", _tpl):
            self.t(_tpl[pos:m.start()])
            self.v(kw[m.group(1)])
            pos = m.end()
        self.t(_tpl[pos:])
        return self

    def seg(self, items, sep="|"):
        for i, x in enumerate(items):
            if i:
                self.t(sep)
            self.v(x)
        return self

    def text(self):
        return "".join(self.buf)


def jemit(L, o, seps=(",", ":")):
    if isinstance(o, P):
        enc = json.dumps(o.v, ensure_ascii=False)
        assert enc[1:-1] == o.v, "span value would be escaped: %r" % o.v
        L.t('"').p(o.v, o.cat).t('"')
    elif isinstance(o, dict):
        L.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(seps[0])
            L.t(json.dumps(k, ensure_ascii=False) + seps[1])
            jemit(L, v, seps)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(seps[0])
            jemit(L, v, seps)
        L.t("]")
    else:
        L.t(json.dumps(o, ensure_ascii=False))
    return L


def J(family, obj, seps=(",", ":"), prefix=""):
    L = Line(family)
    L.t(prefix)
    return jemit(L, obj, seps)


# ----------------------------------------------------------------------------- clock
CLOCK = [dtm.datetime(2024, 3, 14, 6, 58, 3)]
UTC_OFF = dtm.timedelta(hours=5)   # CDT
EPOCH = dtm.datetime(1970, 1, 1)


def now():
    return CLOCK[0]


def adv(sec):
    CLOCK[0] += dtm.timedelta(seconds=sec)


def ms():
    return rng.randint(0, 999)


def t_log4j(d=None):
    d = d or now()
    return d.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % ms()


def t_dot(d=None):
    d = d or now()
    return d.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % ms()


def t_isoz(d=None):
    d = (d or now()) + UTC_OFF
    return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % ms()


def t_isolocal(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + "-05:00"


def t_syslog(d=None):
    d = d or now()
    return d.strftime("%b %d %H:%M:%S")


def t_nginx(d=None):
    d = d or now()
    return d.strftime("%d/%b/%Y:%H:%M:%S -0500")


def t_epoch_ms(d=None):
    d = (d or now()) + UTC_OFF
    return int((d - EPOCH).total_seconds()) * 1000 + ms()


def t_hl7(d=None):
    d = d or now()
    return d.strftime("%Y%m%d%H%M%S")


# ----------------------------------------------------------------------------- random helpers
def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def alnum_up(n, alphabet="ABCDEFGHJKLMNPRSTUVWXYZ0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def ascii_fold(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


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


def make_ssn():
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        g = rng.randint(1, 99)
        s = rng.randint(1, 9999)
        if (a, g, s) in ((78, 5, 1120), (219, 9, 9999), (123, 45, 6789)):
            continue
        return "%03d%02d%04d" % (a, g, s)


def fmt_ssn(s, style):
    if style == 0:
        return "%s-%s-%s" % (s[:3], s[3:5], s[5:])
    if style == 1:
        return s
    return "%s %s %s" % (s[:3], s[3:5], s[5:])


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def make_mbi():
    a, d, an = MBI_ALPHA, "0123456789", MBI_ALPHA + "0123456789"
    pat = [("123456789"), a, an, d, a, an, d, a, a, d, d]
    return "".join(rng.choice(x) for x in pat)


def make_vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    trans = {**{str(i): i for i in range(10)},
             **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
             **dict(zip("STUVWXYZ", range(2, 10)))}
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    wmi = rng.choice(["1FT", "1G1", "2T1", "3GN", "5YJ", "1C4", "4T1", "JTD", "KM8"])
    v = list(wmi + alnum_up(5, chars) + "0" + rng.choice("LMNPR") + alnum_up(1, chars) + digits(6))
    s = sum(trans[c] * w for c, w in zip(v, weights))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)


def fmt_phone(area, num, style):
    a, b, c = area, num[:3], num[3:]
    return [
        "(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c), a + b + c,
        "+1 %s %s %s" % (a, b, c), "+1%s%s%s" % (a, b, c), "%s %s %s" % (a, b, c),
        "(%s)%s-%s" % (a, b, c), "1-%s-%s-%s" % (a, b, c),
    ][style]


def rand_local():
    return str(rng.randint(2, 9)) + digits(2) + digits(4)


def fmt_date(d, style):
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
    if style == "eu":
        return d.strftime("%d/%m/%Y")
    if style == "de":
        return d.strftime("%d.%m.%Y")
    if style == "dmy_mon":
        return d.strftime("%d-%b-%Y").upper()
    if style == "long":
        return "%s %d, %d" % (d.strftime("%B"), d.day, d.year)
    if style == "dash_us":
        return d.strftime("%m-%d-%Y")
    raise ValueError(style)


# ----------------------------------------------------------------------------- reference data
SPOKES = [
    dict(code="CBH", name="Cedar Bluff Community Hospital", short="Cedar Bluff CH", ae="CBH_CT1",
         cart="cart-cbh-02", ip="10.31.8.22", ed="608-743-2200", acc="CB"),
    dict(code="PLM", name="Prairie Lakes Medical Center", short="Prairie Lakes MC", ae="PLMC_CT",
         cart="cart-plm-01", ip="10.32.4.17", ed="(815) 232-7610", acc="PL"),
    dict(code="SBR", name="St. Brigid Regional Hospital", short="St Brigid Reg", ae="STBRIGID_CT64",
         cart="cart-sbr-03", ip="10.33.12.40", ed="920.386.4100", acc="SB"),
    dict(code="URH", name="Upland Ridge Hospital", short="Upland Ridge", ae="URH_GE_REV",
         cart="cart-urh-01", ip="10.34.2.9", ed="608 935 6611", acc="UR"),
    dict(code="MVH", name="Millbrook Valley Health", short="Millbrook Valley", ae="MVH_SOMATOM",
         cart="cart-mvh-02", ip="10.35.6.31", ed="563-872-4300", acc="MV"),
    dict(code="KMM", name="Kettle Moraine Memorial", short="Kettle Moraine Mem", ae="KMM_CT",
         cart="cart-kmm-01", ip="10.36.1.14", ed="(262) 434-5800", acc="KM"),
]

NEURO = [  # (first, last, npi, pager, user, mobile)
    ("Radhika", "Iyer", "1457392018", "4412", "riyer", "608-262-4410"),
    ("Samuel", "Okafor", "1386620547", "4419", "sokafor", "608-262-4471"),
    ("Helena", "Brandt", "1942283316", "4425", "hbrandt", "608-263-1187"),
    ("Miguel", "Arroyo", "1770594402", "4430", "marroyo", "608-262-9035"),
    ("Priyanka", "Shah", "1508871263", "4437", "pshah3", "608-265-0142"),
    ("Thomas", "Lindgren", "1225039984", "4441", "tlindgren", "608-263-7720"),
    ("Aisha", "Rahman", "1093817265", "4448", "arahman", "608-262-3318"),
    ("Connor", "Walsh", "1669402218", "4452", "cwalsh", "608-265-8801"),
]
RNS = [("Kayla", "Alvarez"), ("Jordan", "Pike"), ("Marisol", "Vega"), ("Ben", "Thorsen"),
       ("Grace", "Nakamura"), ("Tendai", "Moyo")]
EDDOCS = [("Anil", "Patel", "1326047719"), ("Wen", "Huang", "1811902634"),
          ("Claire", "Morrison", "1245338801"), ("Lars", "Eriksen", "1962508837"),
          ("Yolanda", "Okoro", "1588230476")]
CREW = ["Dunne RN/Ortiz FP-C", "Makela RN/Brooks FP-C", "Haddix RN/Sato CCP", "Oyelaran RN/Fitch FP-C"]

PATIENTS = [
    ("Martha", "J", "Kowalski", "F", "Peter", "Kowalski", "son"),
    ("Adebayo", "O", "Okonkwo", "M", "Funmilayo", "Okonkwo", "wife"),
    ("María José", "", "García-López", "F", "Lucía", "Fernández", "daughter"),
    ("Thị Lan", "", "Nguyễn", "F", "Minh", "Trần", "son"),
    ("Siobhán", "M", "O'Connor", "F", "Declan", "O'Connor", "husband"),
    ("Willem", "", "van der Berg", "M", "Anouk", "van der Berg", "daughter"),
    ("Øyvind", "", "Hansen", "M", "Ingrid", "Hansen-Moe", "daughter"),
    ("Wojciech", "T", "Brzęczyszczykiewicz", "M", "Halina", "Brzęczyszczykiewicz", "wife"),
    ("Ahmed", "", "Al-Farsi", "M", "Layla", "Al-Farsi", "daughter"),
    ("Mei-Ling", "", "Chen", "F", "David", "Chen", "son"),
    ("Rajesh", "K", "Venkataraman", "M", "Lakshmi", "Venkataraman", "wife"),
    ("Kwame", "", "Mensah", "M", "Abena", "Mensah-Boateng", "niece"),
    ("Yuki", "", "Tanaka", "F", "Hiroshi", "Tanaka", "husband"),
    ("Fatima Zahra", "", "Benali", "F", "Youssef", "Benali", "son"),
    ("Dmitri", "A", "Volkov", "M", "Svetlana", "Volkova", "wife"),
    ("Aroha", "", "Ngata", "F", "Tane", "Ngata", "grandson"),
    ("Björn", "", "Lindqvist", "M", "Karin", "Lindqvist", "wife"),
    ("Chidi", "", "Eze", "M", "Adaeze", "Eze", "sister"),
    ("Leilani", "", "Kahananui", "F", "Keoni", "Kahananui", "son"),
    ("Tomás", "", "Ó Briain", "M", "Áine", "Ní Bhriain", "daughter"),
    ("Hye-jin", "", "Park", "F", "Min-jun", "Kim", "husband"),
    ("Giovanni", "", "Di Stefano", "M", "Rosa", "Di Stefano", "wife"),
    ("Amara", "", "Diallo", "F", "Ousmane", "Diallo", "brother"),
    ("Esperanza", "R", "Villanueva", "F", "Marco", "Villanueva", "son"),
    ("Isaac", "", "Goldberg", "M", "Miriam", "Goldberg-Katz", "daughter"),
    ("Zainab", "", "Hussaini", "F", "Omar", "Hussaini", "son"),
    ("Dolores", "", "Whitehorse", "F", "Jolene", "Whitehorse", "daughter"),
    ("Earl", "W", "Stuckey", "M", "Darlene", "Stuckey", "wife"),
    ("Bernadette", "", "Thibodeaux", "F", "René", "Thibodeaux", "son"),
    ("Gunnar", "", "Sveinsson", "M", "Helga", "Gunnarsdóttir", "daughter"),
    ("Shirley", "A", "McAllister-Boone", "F", "Craig", "Boone", "husband"),
    ("Hamid", "", "Rahimi", "M", "Parisa", "Rahimi", "wife"),
    ("Marguerite", "", "Dufresne", "F", "Luc", "Dufresne", "son"),
    ("Tadeusz", "", "Nowak", "M", "Ewa", "Nowak", "wife"),
    ("Ngozi", "", "Adeyemi", "F", "Tunde", "Adeyemi", "son"),
    ("Roberto", "", "Santos Oliveira", "M", "Beatriz", "Santos", "wife"),
    ("Anneliese", "", "von Hassel", "F", "Friedrich", "von Hassel", "son"),
    ("Kenji", "", "Watanabe", "M", "Emi", "Watanabe", "daughter"),
    ("Orville", "", "Pettibone", "M", "June", "Pettibone", "wife"),
    ("Agnieszka", "", "Wiśniewska", "F", "Marek", "Wiśniewski", "son"),
    ("Wei", "", "Zhang", "M", "Li Na", "Zhang", "daughter"),
    ("Precious", "", "Mahlangu", "F", "Sipho", "Mahlangu", "son"),
    ("Mohammed", "", "Haddad", "M", "Rania", "Haddad", "daughter"),
    ("Ruth", "E", "Abernathy", "F", "Thomas", "Abernathy", "son"),
    ("Jean-Baptiste", "", "Lefèvre", "M", "Camille", "Lefèvre", "daughter"),
    ("Ximena", "", "Quispe Mamani", "F", "Rodrigo", "Quispe", "son"),
    ("Juan Carlos", "", "de la Cruz", "M", "Maricel", "de la Cruz", "wife"),
    ("Abigail", "", "St. John", "F", "Nathan", "St. John", "son"),
    ("Olumide", "", "Bakare", "M", "Kemi", "Bakare", "wife"),
    ("Eleanor", "M", "Fitzgerald", "F", "Patrick", "Fitzgerald", "son"),
]
MAIDEN = ["Schultz", "Romero", "Lindahl", "Mbeki", "Kaczmarek", "Ortega", "Haugen", "Byrne",
          "Yamamoto", "Petrović", "Abdi", "Larsen", "Moreau", "Kuznetsova", "Hollis"]
STREETS = ["Elm St", "County Rd KK", "N Main St", "Oak Ridge Dr", "W Lakeshore Dr", "State Hwy 81",
           "Prairie View Ln", "S Church St", "Birchwood Ct", "Old Mill Rd", "E Washington Ave",
           "Cedar Hollow Rd", "Sunset Blvd", "Maple Grove Cir", "Pleasant St", "Quarry Rd",
           "N Bristol St", "Fox Run Trl", "Lincoln Ave", "Bluff View Dr"]
CITIES = [("Brodhead", "Green", "53520", "WI"), ("Evansville", "Rock", "53536", "WI"),
          ("Lodi", "Columbia", "53555", "WI"), ("Mount Horeb", "Dane", "53572", "WI"),
          ("Darlington", "Lafayette", "53530", "WI"), ("New Glarus", "Green", "53574", "WI"),
          ("Reedsburg", "Sauk", "53959", "WI"), ("Baraboo", "Sauk", "53913", "WI"),
          ("Mineral Point", "Iowa", "53565", "WI"), ("Dodgeville", "Iowa", "53533", "WI"),
          ("Portage", "Columbia", "53901", "WI"), ("Fort Atkinson", "Jefferson", "53538", "WI"),
          ("Janesville", "Rock", "53545", "WI"), ("Monroe", "Green", "53566", "WI"),
          ("Sauk City", "Sauk", "53583", "WI"), ("Beloit", "Rock", "53511", "WI"),
          ("Freeport", "Stephenson", "61032", "IL"), ("Dubuque", "Dubuque", "52001", "IA"),
          ("Watertown", "Jefferson", "53094", "WI"), ("Platteville", "Grant", "53818", "WI")]
AREA = {"WI": ["608", "262", "920", "414"], "IL": ["815", "779"], "IA": ["563"]}
FAR_AREA = ["312", "612", "773", "702", "915", "414", "651", "480"]
MAILDOM = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com",
           "charter.net", "tds.net", "att.net", "protonmail.com"]
ISP_PREFIX = ["73.162", "24.183", "98.204", "174.215", "107.77", "68.185", "99.111", "172.58",
              "50.80", "76.229", "71.87", "97.83"]
LANGS = {"María José": "Spanish", "Thị Lan": "Vietnamese", "Ximena": "Spanish", "Wei": "Mandarin",
         "Hye-jin": "Korean", "Hamid": "Dari", "Fatima Zahra": "Arabic", "Tadeusz": "Polish",
         "Esperanza": "Spanish", "Zainab": "Arabic"}
SYMPTOMS = ["R HEMIPARESIS, APHASIA", "L FACIAL DROOP, DYSARTHRIA", "AMS, L NEGLECT",
            "SUDDEN VISION LOSS, ATAXIA", "R ARM WEAKNESS, WORD FINDING DIFFICULTY",
            "L GAZE DEVIATION, R HEMIPLEGIA", "GLOBAL APHASIA", "L HEMIBODY NUMBNESS, DYSARTHRIA"]
VESSELS = ["L M1", "R M1", "L ICA-T", "R ICA-T", "L M2 (sup)", "R M2 (inf)", "Basilar", "L P1"]
PAYERS_COMM = ["Anthem BCBS", "UnitedHealthcare", "Quartz Health", "Dean Health Plan",
               "Aetna", "Cigna", "WEA Trust"]


def make_dl(state):
    if state == "WI":
        return "%s%s-%s-%s-%s" % (rng.choice("ABCDEFGHKLMNPRSTW"), digits(3), digits(4), digits(4), digits(2))
    if state == "IL":
        return "%s%s-%s-%s" % (rng.choice("ABCDEFGHKLMNPRSTW"), digits(3), digits(4), digits(4))
    return "%s%s%s" % (digits(3), alnum_up(2, "ABCDEFGHJKLMNPRSTUVWXYZ"), digits(4))


def build_patient(i, tpl):
    given, middle, family, sex, rgiven, rfamily, rel = tpl
    if i in (0, 4, 7, 9, 12, 17, 19, 23, 26, 29, 33, 38, 43, 46, 49):
        age = rng.randint(90, 101)
    elif rng.random() < 0.15:
        age = rng.randint(34, 64)
    else:
        age = rng.randint(65, 89)
    base = dtm.date(2024 - age - 1, 3, 15)
    dob = base + dtm.timedelta(days=rng.randint(0, 363))
    city, county, zc, st = rng.choice(CITIES)
    zip_ = zc if rng.random() < 0.6 else zc + "-" + digits(4)
    street = "%d %s" % (rng.randint(12, 9890), rng.choice(STREETS))
    if rng.random() < 0.15:
        street += rng.choice([" Apt 3B", " Unit 12", " #4", " Lot 27"])
    area = rng.choice(AREA[st])
    fg, ff = ascii_fold(given).lower().replace(" ", ""), ascii_fold(family).lower().replace(" ", "").replace("'", "")
    rg, rf = ascii_fold(rgiven).lower().replace(" ", ""), ascii_fold(rfamily).lower().replace(" ", "").replace("'", "")
    if age >= 65:
        if rng.random() < 0.7:
            plan, payer = make_mbi(), "Medicare"
        else:
            plan, payer = "H" + digits(8), "Humana Medicare Advantage"
    elif rng.random() < 0.3:
        plan, payer = digits(10), "WI Medicaid (ForwardHealth)"
    else:
        plan, payer = alnum_up(3, "ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(9), rng.choice(PAYERS_COMM)
    p = dict(
        given=given, middle=middle, family=family, sex=sex, age=age, dob=dob,
        street=street, city=city, county=county, zip=zip_, state=st,
        phone=(area, rand_local()), cell=(rng.choice(AREA[st]), rand_local()),
        email="%s.%s%d@%s" % (fg, ff, rng.randint(1, 99), rng.choice(MAILDOM)) if rng.random() < 0.5
        else "%s%s@%s" % (fg[0], ff, rng.choice(MAILDOM)),
        ssn=make_ssn(), plan=plan, payer=payer,
        account=rng.choice(["A", "", "PA"]) + digits(rng.choice([8, 9, 10])),
        dl=make_dl(st), hub_mrn="H" + digits(9),
        rel=dict(given=rgiven, family=rfamily, kind=rel,
                 phone=(rng.choice(FAR_AREA + AREA[st]), rand_local()),
                 email="%s%s%d@%s" % (rg, rf[:6], rng.randint(10, 89), rng.choice(MAILDOM)),
                 user="%s.%s%d" % (rg, rf.replace("-", ""), rng.randint(1, 99)),
                 ip="%s.%d.%d" % (rng.choice(ISP_PREFIX), rng.randint(1, 254), rng.randint(1, 254))),
        device=None, maiden=rng.choice(MAIDEN), fax=rand_local(),
        plate=alnum_up(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + rng.choice(["-", " ", ""]) + digits(4), vin=make_vin(),
        lang=LANGS.get(given, "English"),
        race=rng.choice(["2106-3^White^HL70005", "2054-5^Black or African American^HL70005", "2028-9^Asian^HL70005",
                         "1002-5^American Indian or Alaska Native^HL70005", "2131-1^Other Race^HL70005", "^Declined^HL70005"]),
    )
    if rng.random() < 0.4:
        kind = rng.choice(["ILR", "PPM", "ICD"])
        sn = {"ILR": "RLB" + digits(6) + "G", "PPM": "PJN" + digits(6) + "S", "ICD": "BLZ" + digits(6) + "H"}[kind]
        p["device"] = (kind, {"ILR": "Medtronic LINQ II", "PPM": "Medtronic Azure XT DR",
                              "ICD": "Medtronic Cobalt XT"}[kind], sn)
    return p


def make_mrn(code):
    return {"CBH": lambda: "00" + digits(6), "PLM": lambda: "E" + digits(7),
            "SBR": lambda: digits(10), "URH": lambda: "URH" + digits(6),
            "MVH": lambda: digits(7), "KMM": lambda: "M" + digits(8)}[code]()


PATS = [build_patient(i, t) for i, t in enumerate(PATIENTS)]
CASES = []
_t = dtm.datetime(2024, 3, 14, 6, 40)
for i, p in enumerate(PATS):
    sp = rng.choice(SPOKES)
    lkw = _t - dtm.timedelta(minutes=rng.randint(25, 300))
    arrive = _t - dtm.timedelta(minutes=rng.randint(5, 20))
    wt = round(rng.uniform(44, 128), 1)
    CASES.append(dict(
        p=p, spoke=sp, start=_t, lkw=lkw, arrive=arrive, weight=wt,
        mrn=make_mrn(sp["code"]), consult="TS24-%06d" % (18840 + i * rng.randint(1, 3)),
        tc="TC-24-%05d" % (4471 + i), csn=str(rng.randint(1000000000, 1099999999)),
        acc="%s%s%05d" % (sp["acc"], _t.strftime("%y%m%d"), rng.randint(100, 999)),
        nihss=rng.choice([2, 4, 6, 8, 9, 11, 14, 17, 19, 22, 24]),
        vessel=rng.choice(VESSELS), symptom=rng.choice(SYMPTOMS),
        agent=rng.choice(["TNK", "TNK", "TNK", "alteplase"]),
        bay=rng.randint(1, 14), neuro=rng.choice(NEURO), rn=rng.choice(RNS), eddoc=rng.choice(EDDOCS),
        study_uid="1.2.840.113619.2.%d.%d.%d.%s" % (rng.randint(100, 499), rng.randint(1000, 9999),
                                                   rng.randint(10000, 99999), digits(10)),
        placer=digits(9), filler="TS" + digits(8), mission="24-%04d" % rng.randint(1000, 1999),
        inc="24-0%05d" % rng.randint(30000, 39999),
    ))
    _t += dtm.timedelta(minutes=rng.randint(5, 13))


def case():
    live = [c for c in CASES if c["start"] <= now()]
    if not live:
        return CASES[0]
    return rng.choice(live[-3:])


def any_case():
    live = [c for c in CASES if c["start"] <= now()] or CASES[:2]
    return rng.choice(live)


# ----------------------------------------------------------------------------- value renderers
def NAME(p, style=None):
    g, m, f = p["given"], p["middle"], p["family"]
    style = style or rng.choice(["LF_UP", "LF", "FL", "FML", "IL", "L_I_UP", "lower", "LF_init", "FL_UP"])
    s = {
        "LF_UP": "%s, %s" % (f.upper(), g.upper()),
        "LF": "%s, %s%s" % (f, g, (" " + m) if m else ""),
        "FL": "%s %s" % (g, f),
        "FL_UP": "%s %s" % (g.upper(), f.upper()),
        "FML": "%s %s%s" % (g, (m + ". ") if m else "", f),
        "IL": "%s. %s" % (g[0], f),
        "L_I_UP": "%s %s" % (f.upper(), g[0]),
        "lower": ("%s %s" % (g, f)).lower(),
        "LF_init": "%s, %s" % (f, g[0]),
        "hl7": "%s^%s^%s" % (f.upper(), g.upper(), m) if m else "%s^%s" % (f.upper(), g.upper()),
        "dicom": "%s^%s" % (f.upper(), g.upper()) if rng.random() < 0.6 else "%s^%s" % (f, g),
    }[style]
    return P(s, "name")


def RNAME(p, style=None):
    r = p["rel"]
    style = style or rng.choice(["FL", "FL", "G", "LF"])
    s = {"FL": "%s %s" % (r["given"], r["family"]), "G": r["given"],
         "LF": "%s, %s" % (r["family"], r["given"]),
         "hl7": "%s^%s" % (r["family"].upper(), r["given"].upper())}[style]
    return P(s, "name")


def AGE(p):
    return P(str(p["age"]), "age") if p["age"] > 89 else str(p["age"])


def DOB(p, style=None):
    style = style or rng.choice(["us", "us_short", "us_nopad", "iso", "dmy_mon", "long", "dash_us"])
    return P(fmt_date(p["dob"], style), "date")


def PHONE(t, style=None):
    return P(fmt_phone(t[0], t[1], rng.randrange(9) if style is None else style), "phone")


def SSN(p, style=None):
    return P(fmt_ssn(p["ssn"], rng.randrange(3) if style is None else style), "ssn")


def MBI(p):
    s = p["plan"]
    if len(s) == 11 and rng.random() < 0.4:
        s = "%s-%s-%s" % (s[:4], s[4:7], s[7:])
    return P(s, "health_plan")


def b64_jpeg(nbytes):
    hdr = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00"
    body = bytes(rng.randrange(256) for _ in range(nbytes))
    return base64.b64encode(hdr + body).decode()


def staff_name(nr, style=0):
    f, l = nr[0], nr[1]
    return ["%s %s, MD" % (f, l), "Dr. %s" % l, "%s, %s" % (l, f), "%s %s" % (f[0], l), "Dr %s %s" % (f, l)][style]


# ============================================================================= NOISE generators
def n_cart_health():
    sp = rng.choice(SPOKES)
    pid = rng.randint(900, 4000)
    pre = "%s %s cartd[%d]: " % (t_syslog(), sp["cart"], pid)
    v = rng.randrange(9)
    if v == 0:
        msg = ("health battery=%d%% ac=%d cam=ok ptz=ok mic=ok spk=ok temp_c=%.1f rssi=%d ssid=%s-CLIN bssid=%s fw=4.12.%d"
               % (rng.randint(15, 100), rng.randint(0, 1), rng.uniform(33, 48), -rng.randint(45, 78), sp["code"],
                  ":".join(hexs(2) for _ in range(6)), rng.randint(3, 9)))
    elif v == 1:
        msg = "camera PTZ preset 'bed-head' recalled in %dms (pan=%d tilt=%d zoom=%.1fx)" % (
            rng.randint(200, 900), rng.randint(-40, 40), rng.randint(-20, 10), rng.uniform(1, 6))
    elif v == 2:
        msg = "watchdog: codec process restarted (exit status 137, oom-kill) uptime=%ds" % rng.randint(3000, 900000)
    elif v == 3:
        msg = "ntp: offset %+.4fs jitter %.4fs stratum 2 server ntp1.nlcsc.local" % (rng.uniform(-0.02, 0.02), rng.uniform(0, 0.01))
    elif v == 4:
        msg = "battery low (%d%%) - connect AC power; est runtime %d min" % (rng.randint(8, 19), rng.randint(10, 45))
    elif v == 5:
        msg = "OTA check: firmware 4.12.7 build 2291 up to date (channel=stable, sha256=%s)" % hexs(64)
    elif v == 6:
        msg = "device serial=IVC5-%s model=TeleCart C500 cam_sn=PTZ%s display=22in touch OK" % (alnum_up(7), digits(8))
    elif v == 7:
        msg = "wifi roam %s -> %s (rssi %d -> %d) took %dms" % (
            ":".join(hexs(2) for _ in range(6)), ":".join(hexs(2) for _ in range(6)),
            -rng.randint(70, 82), -rng.randint(45, 65), rng.randint(40, 400))
    else:
        msg = "audio self-test passed: echo_return_loss=%.1fdB noise_floor=-%ddBFS" % (rng.uniform(20, 45), rng.randint(55, 75))
    return [Line("cart_syslog").t(pre + msg)]


def n_webrtc_stats():
    kind = rng.choice(["outbound-rtp", "inbound-rtp", "candidate-pair", "remote-inbound-rtp", "transport"])
    base = {"timestamp": t_epoch_ms() + round(rng.random(), 3), "id": "", "type": kind}
    if kind == "outbound-rtp":
        ssrc = rng.randint(10 ** 8, 4 * 10 ** 9)
        base.update(id="OT01V%d" % ssrc, kind="video", ssrc=ssrc, bytesSent=rng.randint(10 ** 6, 10 ** 9),
                    packetsSent=rng.randint(10 ** 4, 10 ** 6), framesPerSecond=rng.choice([30, 29.97, 24, 15]),
                    frameWidth=1280, frameHeight=720, qualityLimitationReason=rng.choice(["none", "bandwidth", "cpu"]),
                    nackCount=rng.randint(0, 400), encoderImplementation="libvpx")
    elif kind == "inbound-rtp":
        ssrc = rng.randint(10 ** 8, 4 * 10 ** 9)
        base.update(id="IT01A%d" % ssrc, kind="audio", ssrc=ssrc, jitter=round(rng.uniform(0.001, 0.06), 3),
                    packetsLost=rng.randint(0, 90), packetsReceived=rng.randint(10 ** 3, 10 ** 5),
                    audioLevel=round(rng.random() / 10, 4), codecId="CIT01_111_minptime=10;useinbandfec=1")
    elif kind == "candidate-pair":
        base.update(id="CP%s_%s" % (alnum_up(8, "abcdefghijklmnopqrstuvwxyzABCDEFGH0123456789+/"), alnum_up(8, "abcdefgh0123456789")),
                    state="succeeded", nominated=True, currentRoundTripTime=round(rng.uniform(0.01, 0.2), 3),
                    availableOutgoingBitrate=rng.randint(300000, 4500000), localCandidateType="host",
                    remoteCandidateType="relay", remoteAddress="203.0.113.%d" % rng.randint(10, 40), remotePort=3478)
    elif kind == "remote-inbound-rtp":
        base.update(id="RI01V%d" % rng.randint(10 ** 8, 4 * 10 ** 9), kind="video",
                    roundTripTime=round(rng.uniform(0.02, 0.3), 3), fractionLost=round(rng.uniform(0, 0.08), 4))
    else:
        base.update(id="T01", dtlsState="connected", selectedCandidatePairChanges=rng.randint(1, 4),
                    bytesReceived=rng.randint(10 ** 6, 10 ** 9), tlsVersion="FEFD", dtlsCipher="TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256")
    return [J("webrtc_stats", base)]


def n_sfu():
    v = rng.randrange(5)
    if v == 0:
        s = "%s mediasoup:WARN:Channel [pid:%d] RTC::Transport::ReceiveRtcpPacket() | ignoring RTCP packet [ssrc:%d]" % (
            t_isoz(), rng.randint(30, 99), rng.randint(10 ** 8, 4 * 10 ** 9))
    elif v == 1:
        s = "[WARN] [%d] ICE failed for component 1 in stream 1, but let's give it some time... (trickle pending)" % rng.randint(10 ** 15, 10 ** 16)
    elif v == 2:
        s = "%s sfu-2 room=%s peers=%d bitrate_kbps=%d loss=%.1f%% jitter_ms=%d" % (
            t_isoz(), uuid4(), rng.randint(2, 5), rng.randint(400, 3800), rng.uniform(0, 7), rng.randint(2, 60))
    elif v == 3:
        s = "%s mediasoup:Router createWebRtcTransport() listenIps=[{ip:0.0.0.0, announcedIp:66.232.41.%d}] enableUdp=true" % (
            t_isoz(), rng.randint(2, 30))
    else:
        s = "[INFO] [%d] Stopping server reflexive candidate gathering: turn.nlcsc.org:443 (tls) time=%dms" % (
            rng.randint(10 ** 15, 10 ** 16), rng.randint(30, 900))
    return [Line("sfu_log").t(s)]


def n_mirth():
    ch = rng.choice(["Telestroke_ORM_In", "ADT_Spokes_In", "AI_Alerts_Out", "EHR_Writeback", "Billing_DFT_Out"])
    v = rng.randrange(5)
    if v == 0:
        s = " INFO %s [%s < Channel Statistics] c.m.s.c.ChannelStatistics: received=%d filtered=%d queued=%d sent=%d errored=%d" % (
            t_dot(), ch, rng.randint(800, 9000), rng.randint(0, 40), rng.randint(0, 5), rng.randint(800, 9000), rng.randint(0, 3))
    elif v == 1:
        s = " WARN %s [%s > EHR Writeback] c.m.c.c.http.HttpDispatcher: Queue size for destination 'EHR Writeback' is %d (threshold 10)" % (
            t_dot(), ch, rng.randint(11, 60))
    elif v == 2:
        s = " INFO %s [Main Server Thread] c.m.s.c.DonkeyEngineController: Channel %s deployed (revision %d)" % (
            t_dot(), ch, rng.randint(12, 140))
    elif v == 3:
        s = "ERROR %s [%s < TCP Listener] c.m.c.c.tcp.TcpReceiver: Error receiving message: java.net.SocketException: Connection reset by peer (%s:%d)" % (
            t_dot(), ch, rng.choice(SPOKES)["ip"], rng.randint(49152, 65535))
    else:
        s = " INFO %s [%s < TCP Listener] c.m.c.c.tcp.TcpReceiver: ACK sent (AA) in %d ms, mllp frame ok" % (
            t_dot(), ch, rng.randint(1, 40))
    return [Line("mirth_log").t(s)]


def n_hl7_ack():
    sp = rng.choice(SPOKES)
    ctrl = "%s%09d" % (sp["code"], rng.randrange(10 ** 9))
    return [Line("hl7_ack").t("MSH|^~\\&|TSNET|NLCSC|EPIC|%s|%s||ACK^O01^ACK|ACK%s|P|2.5.1" % (sp["code"], t_hl7(), digits(8))),
            Line("hl7_ack").t("MSA|%s|%s%s" % (rng.choice(["AA", "AA", "AA", "AE"]), ctrl,
                                                "" if rng.random() < 0.7 else "|Segment PV1 missing required field PV1-2"))]


def n_dcm4che():
    sp = rng.choice(SPOKES)
    v = rng.randrange(5)
    asn = "%s->NLCSC_AI(%d)" % (sp["ae"], rng.randint(100, 9999))
    thr = "(EE-ManagedExecutorService-default-Thread-%d)" % rng.randint(1, 40)
    if v == 0:
        s = "%s INFO  [org.dcm4che3.net.Association] %s %s: >> A-ASSOCIATE-RQ calling=%s called=NLCSC_AI" % (t_log4j(), thr, asn, sp["ae"])
    elif v == 1:
        s = "%s INFO  [org.dcm4che3.net.Dimse] %s %s: << C-MOVE-RSP[pcid=1, completed=%d, failed=0, warning=0, status=0H]" % (
            t_log4j(), thr, asn, rng.randint(200, 900))
    elif v == 2:
        s = "%s INFO  [org.dcm4che3.net.Dimse] %s %s: >> C-STORE-RQ[pcid=%d, prior=0, cuid=1.2.840.10008.5.1.4.1.1.2 - CT Image Storage, iuid=1.2.840.113619.2.%d.%s.%d]" % (
            t_log4j(), thr, asn, rng.choice([1, 3, 5]), rng.randint(100, 400), digits(10), rng.randint(1, 700))
    elif v == 3:
        s = "%s WARN  [org.dcm4che3.net.Association] %s %s: A-ABORT[source: 0 - service-user, reason: 0 - reason-not-specified] after %dms idle" % (
            t_log4j(), thr, asn, rng.randint(30000, 60000))
    else:
        s = "%s INFO  [org.dcm4chee.arc.store.impl.StoreServiceImpl] %s %s: stored %d objects (%.1f MB) to fs1 in %.2fs" % (
            t_log4j(), thr, asn, rng.randint(200, 900), rng.uniform(80, 480), rng.uniform(4, 40))
    return [Line("dcm4che_log").t(s)]


def n_ai_worker():
    v = rng.randrange(5)
    host = "ai-worker-%d" % rng.randint(1, 4)
    uid = "1.2.840.113619.2.%d.%s.%d" % (rng.randint(100, 499), digits(10), rng.randint(1, 9))
    if v == 0:
        s = "%s %s lvo.pipeline INFO series selected: CTA HEAD NECK 0.625mm (%d slices) study=%s" % (t_isoz(), host, rng.randint(400, 800), uid)
    elif v == 1:
        s = "%s %s lvo.pipeline INFO inference complete model=lvo-cta-3.8.1 gpu=A10G:0 latency_ms=%d result=%s" % (
            t_isoz(), host, rng.randint(20000, 70000), rng.choice(["NEGATIVE", "NEGATIVE", "POSITIVE", "INDETERMINATE"]))
    elif v == 2:
        s = "%s %s lvo.pipeline WARN series rejected: slice thickness 5.0mm > 1.25mm limit (study=%s)" % (t_isoz(), host, uid)
    elif v == 3:
        s = "%s %s queue.consumer INFO queue=lvo-inbound depth=%d inflight=%d oldest_age_s=%d" % (
            t_isoz(), host, rng.randint(0, 12), rng.randint(0, 4), rng.randint(0, 300))
    else:
        s = "%s %s perfusion.rapid INFO CTP maps generated: cbf<30%%=%dml tmax>6s=%dml mismatch_ratio=%.1f" % (
            t_isoz(), host, rng.randint(0, 80), rng.randint(10, 200), rng.uniform(1.2, 9))
    return [Line("ai_lvo_log").t(s)]


def tnk(w):
    return min(round(0.25 * w, 1), 25.0)


def n_dosecalc():
    w = round(rng.uniform(42, 140), 1)
    req = hexs(8)
    v = rng.randrange(6)
    if v == 0:
        d = tnk(w)
        s = "%s INFO dosecalc.api [req=%s] calc_id=dc-%s agent=tenecteplase weight_kg=%.1f dose_mg=%.1f vol_ml=%.1f conc=5mg/mL capped=%s" % (
            t_log4j(), req, hexs(6), w, d, d / 5, d >= 25.0)
    elif v == 1:
        tot = min(round(0.9 * w, 1), 90.0)
        bol = round(tot * 0.1, 1)
        s = "%s INFO dosecalc.api [req=%s] calc_id=dc-%s agent=alteplase weight_kg=%.1f total_mg=%.1f bolus_mg=%.1f infusion_mg=%.1f over=60min rate_ml_hr=%.1f" % (
            t_log4j(), req, hexs(6), w, tot, bol, round(tot - bol, 1), round(tot - bol, 1))
    elif v == 2:
        lb = round(w * 2.20462)
        s = "%s DEBUG dosecalc.units [req=%s] convert %d lb -> %.1f kg (source=stated)" % (t_log4j(), req, lb, lb / 2.20462)
    elif v == 3:
        s = '%s INFO uvicorn.access: 10.20.%d.%d:%d - "POST /api/v2/dose/%s HTTP/1.1" 200' % (
            t_log4j(), rng.randint(1, 9), rng.randint(2, 250), rng.randint(40000, 65000), rng.choice(["tnk", "alteplase"]))
    elif v == 4:
        s = "%s WARN dosecalc.validate [req=%s] weight_kg=%.1f outside plausibility range 30-250 -> rejected" % (
            t_log4j(), req, rng.choice([7.2, 812.0, 0.0, 18.1]))
    else:
        s = "[DoseCalc] %s ui: double-check modal confirmed by %s (second RN verify) calc_id=dc-%s" % (
            t_isoz(), rng.choice(NEURO)[4], hexs(6))
    return [Line("dosecalc_log").t(s)]


def n_oncall_csv():
    out = []
    if rng.random() < 0.6:
        out.append(Line("oncall_csv").t("shift_date,service,role,provider,npi,pager,mobile,start,end,site"))
    d = now().date() + dtm.timedelta(days=rng.randint(0, 6))
    for _ in range(rng.randint(2, 4)):
        n = rng.choice(NEURO)
        role = rng.choice(["Attending", "Backup", "Fellow", "NIR"])
        st, en = rng.choice([("07:00", "19:00"), ("19:00", "07:00"), ("00:00", "23:59")])
        out.append(Line("oncall_csv").t('%s,Telestroke,%s,"%s, %s MD",%s,%s,%s,%s,%s,NLCSC' % (
            d.isoformat(), role, n[1], n[0], n[2], n[3], n[5], st, en)))
    return out


def n_billing_job():
    b = "TSB-%s" % (now().date() - dtm.timedelta(days=1)).strftime("%Y%m%d")
    v = rng.randrange(4)
    if v == 0:
        s = "%s billing-export[%d]: start batch=%s window=%s..%s source=consult_db" % (
            t_isoz(), rng.randint(2000, 9000), b, (now().date() - dtm.timedelta(days=1)).isoformat(), now().date().isoformat())
    elif v == 1:
        s = "%s billing-export[%d]: batch=%s rows=%d rejected=%d (missing modifier 95/GT) wrote /exports/tsb/%s.psv sha256=%s" % (
            t_isoz(), rng.randint(2000, 9000), b, rng.randint(20, 80), rng.randint(0, 3), b, hexs(64))
    elif v == 2:
        s = "%s billing-export[%d]: sftp put sftp.clearinghouse-partner.com:/inbound/837/%s.x12 ok %.1fKB %.1fs" % (
            t_isoz(), rng.randint(2000, 9000), b, rng.uniform(8, 60), rng.uniform(0.4, 4))
    else:
        s = "%s billing-export[%d]: 999 ack received for ICN %s: accepted=%d rejected=0" % (
            t_isoz(), rng.randint(2000, 9000), digits(9), rng.randint(20, 80))
    return [Line("billing_job").t(s)]


def n_nginx():
    v = rng.randrange(4)
    if v == 0:
        s = '10.40.2.%d - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.27" rt=0.001' % (rng.randint(2, 40), t_nginx())
    elif v == 1:
        s = '10.20.%d.%d - %s [%s] "GET /api/v2/consults?status=open&hub=NLCSC HTTP/2.0" 200 %d "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)" rt=0.%03d' % (
            rng.randint(1, 9), rng.randint(2, 250), rng.choice(NEURO)[4], t_nginx(), rng.randint(800, 20000), rng.randint(5, 400))
    elif v == 2:
        s = '10.20.%d.%d - - [%s] "GET /static/js/main.%s.js HTTP/2.0" 304 0 "https://ts.nlcsc.org/board" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3)"' % (
            rng.randint(1, 9), rng.randint(2, 250), t_nginx(), hexs(8))
    else:
        s = '66.232.41.%d - - [%s] "POST /hl7/inbound HTTP/1.1" 202 0 "-" "Mirth Connect/4.4.2" rt=0.0%02d' % (
            rng.randint(2, 30), t_nginx(), rng.randint(1, 99))
    return [Line("nginx_access").t(s)]


def n_app_json():
    n = rng.choice(NEURO)
    v = rng.randrange(4)
    if v == 0:
        o = {"level": "info", "ts": t_epoch_ms() / 1000, "caller": "router/match.go:88", "msg": "spoke routed",
             "spoke": rng.choice(SPOKES)["code"], "hub": "NLCSC", "oncall": n[4], "latency_ms": rng.randint(2, 60),
             "trace_id": hexs(32), "span_id": hexs(16)}
    elif v == 1:
        o = {"level": "warn", "ts": t_epoch_ms() / 1000, "caller": "paging/escalate.go:141", "msg": "no ack, escalating",
             "group": "TELESTROKE_EAST", "tier": 2, "after_s": 300, "trace_id": hexs(32)}
    elif v == 2:
        o = {"level": "error", "ts": t_epoch_ms() / 1000, "caller": "ehr/fhir.go:77", "msg": "fhir request failed",
             "url": "https://fhir.nlcsc.org/R4/Encounter?_count=50", "status": 503, "retry_in": "2s", "attempt": rng.randint(1, 5)}
    else:
        o = {"level": "info", "ts": t_epoch_ms() / 1000, "caller": "main.go:54", "msg": "starting",
             "service": "consult-router", "version": "v2.14.%d" % rng.randint(0, 9), "commit": hexs(7), "go": "go1.22.1"}
    return [J("app_json", o)]


def n_prom():
    m = rng.choice([
        'telestroke_door_to_needle_seconds_bucket{hub="nlcsc",le="%d"} %d' % (rng.choice([1800, 2700, 3600]), rng.randint(10, 200)),
        'telestroke_consult_to_video_seconds_sum{spoke="%s"} %.1f' % (rng.choice(SPOKES)["code"].lower(), rng.uniform(1000, 90000)),
        'hl7_messages_total{channel="Telestroke_ORM_In",status="ok"} %d' % rng.randint(1000, 90000),
        'dicom_cmove_duration_seconds{quantile="0.95",ae="NLCSC_AI"} %.3f' % rng.uniform(3, 60),
        'cart_battery_percent{cart="%s"} %d' % (rng.choice(SPOKES)["cart"], rng.randint(5, 100)),
        'process_resident_memory_bytes{job="dosecalc"} %.6e' % rng.uniform(5e7, 6e8),
    ])
    return [Line("prom_metrics").t(m)]


def n_java_trace():
    out = [Line("java_stacktrace").t("%s ERROR [org.dcm4che3.tool.movescu.MoveSCU] (pool-3-thread-%d) C-MOVE failed" % (t_log4j(), rng.randint(1, 9))),
           Line("java_stacktrace").t("java.net.SocketTimeoutException: Read timed out after %d ms" % rng.choice([30000, 60000]))]
    frames = ["\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)",
              "\tat org.dcm4che3.net.PDUDecoder.readFully(PDUDecoder.java:131)",
              "\tat org.dcm4che3.net.Association.waitForOutstandingRSP(Association.java:612)",
              "\tat org.dcm4che3.tool.movescu.MoveSCU.retrieve(MoveSCU.java:421)",
              "\t... %d common frames omitted" % rng.randint(4, 20)]
    for fr in frames[:rng.randint(2, 5)]:
        out.append(Line("java_stacktrace").t(fr))
    return out


def n_tc_board():
    s = rng.choice([
        "Bed board refresh: NICU %d open / 4W %d / IMC %d. Diversion: none." % (rng.randint(0, 4), rng.randint(0, 5), rng.randint(0, 3)),
        "Shift handoff 19:00 -> %s RN: %d pending consults, %d transfers in progress, LF3 OOS." % (rng.choice(RNS)[0], rng.randint(0, 4), rng.randint(0, 3)),
        "Weather hold lifted for rotor per OCC at %s; ground backup with Rock Co EMS released." % now().strftime("%H%M"),
        "Transfer center main line 608-263-3260 forwarding to backup console (phone system maintenance until 0500).",
        "Reminder: all EVT transfers require accepting NIR name + callback before launch. Questions -> tc-leads@nlcsc.org",
    ])
    return [Line("transfer_note").t("TC NOTE %s | %s" % (now().strftime("%H:%M"), s))]


def n_heli_ops():
    unit = rng.choice(["LF1", "LF2", "LF3"])
    s = rng.choice([
        "%s | %s | WX | ceiling %d vis %dSM wind %03d@%dG%d | GO" % (unit, now().strftime("%H%M"), rng.randint(15, 60) * 100,
                                                              rng.randint(3, 10), rng.randint(0, 35) * 10, rng.randint(5, 20), rng.randint(21, 35)),
        "%s | %s | RTB | fuel %d%% | crew rest %d min | tail N%d%s" % (unit, now().strftime("%H%M"), rng.randint(30, 70),
                                                               rng.choice([30, 45, 60]), rng.randint(100, 999), rng.choice(["LF", "MH", "AM"])),
        "%s | %s | OOS | scheduled 100hr inspection, est RTS 1600" % (unit, now().strftime("%H%M")),
        "COMMS CHECK %s all units loud and clear; OCC console 2 on backup radio" % now().strftime("%H%M"),
        "FF: %s POS N43 %06.3f W089 %06.3f ALT %d GS %d HDG %03d" % (unit, rng.uniform(0, 59), rng.uniform(0, 59),
                                                               rng.randint(15, 40) * 100, rng.randint(110, 150), rng.randint(0, 359)),
    ])
    return [Line("heli_dispatch").t(s)]


def n_page_ack():
    n = rng.choice(NEURO)
    v = rng.randrange(3)
    if v == 0:
        s = "%s [SmartWeb] page id=%s ack by pager %s (%s %s) latency=%ds" % (t_dot(), digits(7), n[3], n[1], n[0][0], rng.randint(8, 240))
    elif v == 1:
        s = "%s [SmartWeb] page id=%s delivered carrier=Spok status=DELIVERED hops=2" % (t_dot(), digits(7))
    else:
        s = "%s [SmartWeb] escalation tier 2 fired for group TELESTROKE_EAST after 300s (no ack from %s)" % (t_dot(), n[3])
    return [Line("cad_page").t(s)]


def n_chat():
    n = rng.choice(NEURO)
    s = rng.choice([
        "Stroke team huddle 0800 in 4W conf rm, dial-in 608-263-0090 pin 4471#",
        "Cart at %s needs a new PTZ camera, ticket INC%s opened with biomed" % (rng.choice(SPOKES)["short"], digits(7)),
        "Reminder: TNK is now first-line per protocol v3.2 (Feb), alteplase only if TNK unavailable",
        "Who has backup tonight? %s swapped with %s" % (rng.choice(NEURO)[1], n[1]),
        "CT at %s down for service until 1400, route stroke alerts to Millbrook" % rng.choice(SPOKES)["short"],
    ])
    return [Line("secure_chat").t("[TigerConnect] %s | from=%s, %s (MD) | to=Stroke Team East | %s" % (
        now().strftime("%Y-%m-%d %H:%M:%S"), n[1], n[0], s))]


def n_config():
    v = rng.choice([
        "%s INFO  [main] c.n.t.Config - loaded telestroke-router v2.14.3 (build 8812, git 9f3c2ab) profile=prod" % t_log4j(),
        "spring.datasource.url=jdbc:postgresql://pg-ts-01.internal:5432/telestroke?sslmode=require",
        "hl7.listener.port=6661", "dicom.scp.aet=NLCSC_AI dicom.scp.port=11112",
        "ai.lvo.threshold=0.80 ai.lvo.notify.channels=push,sms,pager",
        "paging.escalation.seconds=300 paging.group=TELESTROKE_EAST",
        "dosecalc.tnk.mg_per_kg=0.25 dosecalc.tnk.max_mg=25 dosecalc.alteplase.mg_per_kg=0.9 dosecalc.alteplase.max_mg=90",
        "support.vendor.email=support@telecart-systems.com support.vendor.phone=1-800-555-0199",
        "webrtc.turn.urls=turns:turn.nlcsc.org:443?transport=tcp webrtc.ice.timeout_ms=8000",
    ])
    return [Line("config").t(v)]


def n_audit_staff():
    n = rng.choice(NEURO)
    s = "%s,%s,%s,Session,-,10.20.%d.%d,%s" % (t_isoz(), n[4], rng.choice(["LOGIN", "LOGOUT", "MFA_OK", "BREAK_GLASS_DENIED"]),
                                             rng.randint(1, 9), rng.randint(2, 250), rng.choice(["EpicHaiku", "TS-Board", "DoseCalc"]))
    return [Line("audit_csv").t(s)]


def n_nihss_schema():
    o = rng.choice([
        {"level": "warn", "ts": t_isoz(), "svc": "forms", "msg": "item out of range", "item": "9_language", "value": 4, "max": 3, "formId": uuid4()},
        {"level": "info", "ts": t_isoz(), "svc": "forms", "msg": "schema loaded", "form": "NIHSS", "version": "2023.2", "items": 15},
        {"level": "info", "ts": t_isoz(), "svc": "forms", "msg": "draft autosaved", "formId": uuid4(), "completed": rng.randint(3, 14), "of": 15},
    ])
    return [J("nihss_json", o)]


def n_python_trace():
    return [Line("python_traceback").t("Traceback (most recent call last):"),
            Line("python_traceback").t('  File "/srv/dosecalc/app/writeback.py", line %d, in post_to_ehr' % rng.randint(40, 200)),
            Line("python_traceback").t("    resp.raise_for_status()"),
            Line("python_traceback").t("requests.exceptions.HTTPError: 502 Server Error: Bad Gateway for url: https://ehr-gw.nlcsc.org/api/MedAdmin")]


# ============================================================================= PHI generators
def g_cad():
    c = case(); p = c["p"]; sp = c["spoke"]
    v = rng.randrange(3)
    L = Line("cad_page")
    if v == 0:
        L.f("CAD#{inc} | {hm} | TYPE: TELESTROKE CONSULT | LOC: {loc} ED BAY {bay} | PRI: 1 | NARR: {age}YO{sx} {sym}, LKW {lkw}, PT NAME {nm} DOB {dob} | UNITS: TS-NEURO{u}",
            inc=c["inc"], hm=now().strftime("%H:%M"), loc=sp["name"].upper(), bay=c["bay"], age=AGE(p), sx=p["sex"],
            sym=c["symptom"], lkw=c["lkw"].strftime("%H%M"), nm=NAME(p, rng.choice(["LF_UP", "FL_UP"])),
            dob=DOB(p, rng.choice(["us", "us_short"])), u=rng.randint(1, 3))
    elif v == 1:
        L.f('{ts} [SmartWeb] page id={pid} to=TELESTROKE_EAST status=QUEUED text="STROKE ALERT {short} Rm {bay}: {nm} {age}{sx} LKW {lkw} NIHSS {n} CB {cb} Case {cid}"',
            ts=t_dot(), pid=digits(7), short=sp["short"], bay=c["bay"], nm=NAME(p, rng.choice(["LF_UP", "L_I_UP", "LF_init"])),
            age=AGE(p), sx=p["sex"], lkw=c["lkw"].strftime("%H%M"), n=c["nihss"], cb=sp["ed"], cid=P(c["consult"], "other_id"))
    else:
        L.f("CODE STROKE >> Spoke: {sp} | Pt: {nm} | MRN {mrn} | DOB {dob} | {sym} | LKW {lkwd} | req by {doc} ({cb})",
            sp=sp["code"], nm=NAME(p, "LF"), mrn=P(c["mrn"], "mrn"), dob=DOB(p), sym=c["symptom"].lower(),
            lkwd=P(c["lkw"].strftime("%m/%d %H:%M") if rng.random() < 0.5 else t_isolocal(c["lkw"]), "date"),
            doc="Dr. " + c["eddoc"][1], cb=sp["ed"])
    return [L]


def hl7_phone(t):
    return P("(%s)%s-%s" % (t[0], t[1][:3], t[1][3:]), "phone")


def g_hl7_orm():
    c = case(); p = c["p"]; sp = c["spoke"]; out = []
    ts = t_hl7()
    ctrl = "%s%09d" % (sp["code"], rng.randrange(10 ** 9))
    out.append(Line("mirth_log").t(" INFO %s [Telestroke_ORM_In < TCP Listener] c.m.c.c.tcp.TcpReceiver: Message received from %s:%d, %d bytes" % (
        t_dot(), sp["ip"], rng.randint(49152, 65535), rng.randint(900, 4200))))
    out.append(Line("hl7_orm").t("MSH|^~\\&|EPIC|%s|TSNET|NLCSC|%s||ORM^O01^ORM_O01|%s|P|2.5.1|||AL|NE||UNICODE UTF-8" % (sp["code"], ts, ctrl)))
    L = Line("hl7_orm")
    L.t("PID|1||").p(c["mrn"], "mrn").t("^^^%s^MR" % sp["code"])
    if rng.random() < 0.5:
        L.t("~").p(p["hub_mrn"], "mrn").t("^^^NLCSC^MR")
    L.t("||").v(NAME(p, "hl7")).t("|").p(p["maiden"].upper(), "name").t("|").v(DOB(p, "hl7")).t("|" + p["sex"] + "||" + p["race"] + "|")
    L.p(p["street"].upper(), "address").t("^^").p(p["city"].upper(), "address").t("^%s^" % p["state"]).p(p["zip"], "zip").t("^USA^H|")
    L.p(p["county"].upper(), "address").t("|").v(hl7_phone(p["phone"])).t("^PRN^PH")
    if rng.random() < 0.5:
        L.t("~").v(hl7_phone(p["cell"])).t("^PRN^CP")
    elif rng.random() < 0.4:
        L.t("~").p("(%s)%s-%s" % (p["phone"][0], p["fax"][:3], p["fax"][3:]), "fax").t("^PRN^FX")
    L.t("||%s|%s||" % ("ENG" if p["lang"] == "English" else p["lang"][:3].upper(), rng.choice("MSWD")))
    L.p(p["account"], "account").t("^^^%s^AN|" % sp["code"]).p(p["ssn"], "ssn")
    if rng.random() < 0.6:
        L.t("|").p(p["dl"], "license").t("^" + p["state"])
    out.append(L)
    if rng.random() < 0.6:
        r = p["rel"]
        L = Line("hl7_orm")
        L.t("NK1|1|").v(RNAME(p, "hl7")).t("|%s^%s^HL70063||" % (r["kind"][:3].upper(), r["kind"].capitalize())).v(hl7_phone(r["phone"]))
        L.t("^PRN^CP||EC^Emergency Contact^HL70131")
        out.append(L)
    pv1 = [""] * 46
    pv1[0], pv1[1], pv1[2] = "PV1", "1", "E"
    pv1[3] = "ED^BAY%02d^01^%s" % (c["bay"], sp["code"])
    pv1[7] = "%s^%s^%s^^^^MD" % (c["eddoc"][2], c["eddoc"][1].upper(), c["eddoc"][0].upper())
    pv1[10], pv1[14], pv1[18] = "EM", "7", "E"
    pv1[19] = P(c["csn"], "other_id")
    pv1[20] = "SP" if "Medicaid" not in p["payer"] else "MC"
    pv1[39] = sp["code"]
    pv1[44] = P(t_hl7(c["arrive"])[:12], "date")
    out.append(Line("hl7_orm").seg(pv1[:45]))
    out.append(Line("hl7_orm").t("ORC|NW|%s^EPIC|%s^TSNET||SC||^^^%s^^S||%s|RN%s^%s^%s|||%s^%s^%s^^^^MD|%sED^^^%s||%s" % (
        c["placer"], c["filler"], ts, ts, digits(5), c["rn"][1].upper(), c["rn"][0].upper(), c["eddoc"][2],
        c["eddoc"][1].upper(), c["eddoc"][0].upper(), sp["code"], sp["code"], sp["ed"])))
    obr = Line("hl7_orm").t("OBR|1|%s^EPIC|%s^TSNET|NEU1001^TELESTROKE CONSULT - ACUTE^L|S||||||||%s||||%s^%s^%s^^^^MD" % (
        c["placer"], c["filler"], c["symptom"], c["eddoc"][2], c["eddoc"][1].upper(), c["eddoc"][0].upper()))
    if rng.random() < 0.5:
        obr.t("||").p(c["acc"], "other_id")
    out.append(obr)
    return out


def g_hl7_escaped():
    c = case(); p = c["p"]; sp = c["spoke"]
    L = Line("mirth_log")
    L.t("ERROR %s [ADT_Spokes_In < Channel] c.m.s.c.DonkeyEngine: Error processing message %d: HL7v2 parse failure at PID-7 (invalid date) raw=" % (
        t_dot(), rng.randint(10000, 99999)))
    L.t("MSH|^~\\&|MEDITECH|%s|TSNET|NLCSC|%s||ADT^A04|%s|P|2.3\\rEVN|A04|%s\\rPID|1||" % (sp["code"], t_hl7(), digits(10), t_hl7()))
    L.p(c["mrn"], "mrn").t("^^^%s||" % sp["code"]).v(NAME(p, "hl7")).t("||").v(DOB(p, rng.choice(["iso", "us"]))).t("|%s|||" % p["sex"])
    L.p(p["street"], "address").t("^^").p(p["city"], "address").t("^%s^" % p["state"]).p(p["zip"], "zip").t("||").v(hl7_phone(p["phone"]))
    L.t("\\rPV1|1|E|ED^^^%s||||||||||||||||" % sp["code"]).p(c["csn"], "other_id")
    return [L]


def dcm_line(tag, vr, value, kw, cat=None, pre=""):
    L = Line("dcmtk_movescu")
    L.t(pre + "I: (%s) %s [" % (tag, vr))
    if cat:
        L.p(value, cat)
    else:
        L.t(value)
    L.t("]")
    ln = len(value.encode()) + (len(value.encode()) % 2)
    L.t(" " * max(1, 41 - len(value) - 2) + "# %3d, 1 %s" % (ln, kw))
    return L


def g_movescu():
    c = case(); p = c["p"]; sp = c["spoke"]
    pre = "%s pacs-gw01 movescu[%d]: " % (t_syslog(), rng.randint(2000, 9000))
    out = [Line("dcmtk_movescu").t(pre + "I: Requesting Association"),
           Line("dcmtk_movescu").t(pre + "I: Association Accepted (Max Send PDV: 16372)"),
           Line("dcmtk_movescu").t(pre + "I: Sending Move Request (MsgID 1)"),
           Line("dcmtk_movescu").t(pre + "I: # Dicom-Data-Set")]
    ds = [dcm_line("0008,0020", "DA", c["start"].strftime("%Y%m%d"), "StudyDate", "date", pre) if rng.random() < 0.5 else None,
          dcm_line("0008,0050", "SH", c["acc"], "AccessionNumber", "other_id", pre),
          dcm_line("0008,0052", "CS", "STUDY", "QueryRetrieveLevel", None, pre),
          dcm_line("0010,0010", "PN", NAME(p, "dicom").v, "PatientName", "name", pre) if rng.random() < 0.8 else None,
          dcm_line("0010,0020", "LO", c["mrn"], "PatientID", "mrn", pre),
          dcm_line("0010,0030", "DA", fmt_date(p["dob"], "hl7"), "PatientBirthDate", "date", pre) if rng.random() < 0.6 else None,
          dcm_line("0010,1010", "AS", "%03dY" % p["age"], "PatientAge", "age" if p["age"] > 89 else None, pre) if rng.random() < 0.6 else None,
          dcm_line("0020,000d", "UI", c["study_uid"], "StudyInstanceUID", None, pre)]
    out += [d for d in ds if d is not None]
    out += [Line("dcmtk_movescu").t(pre + "I: Received Move Response 1 (Pending)"),
            Line("dcmtk_movescu").t(pre + "I: Received Final Move Response (Success)"),
            Line("dcmtk_movescu").t(pre + "I: Releasing Association")]
    if rng.random() < 0.5:
        out = out[2:]
    return out


def g_ai_alert():
    c = case(); p = c["p"]; sp = c["spoke"]
    o = {"event": "lvo.suspected", "alertId": uuid4(), "createdAt": t_isoz(), "site": sp["code"], "modality": "CTA",
         "studyInstanceUid": c["study_uid"], "accessionNumber": P(c["acc"], "other_id"),
         "patient": {"name": P(NAME(p, "dicom").v, "name"), "mrn": P(c["mrn"], "mrn"),
                     "birthDate": P(fmt_date(p["dob"], "iso"), "date"), "sex": p["sex"]},
         "findings": [{"label": "LVO", "vessel": c["vessel"].replace(" ", "_"), "probability": round(rng.uniform(0.81, 0.99), 2)}],
         "notified": ["stroke-team-east", "nir-oncall"], "model": "lvo-cta-3.8.1"}
    if p["age"] > 89 and rng.random() < 0.7:
        o["patient"]["age"] = P("%03dY" % p["age"], "age")
    if rng.random() < 0.4:
        o["studyDate"] = P(c["start"].strftime("%Y%m%d"), "date")
    return [J("ai_lvo_alert", o, seps=rng.choice([(",", ":"), (", ", ": ")]))]


def g_ai_push():
    c = case(); p = c["p"]; sp = c["spoke"]
    L = Line("ai_lvo_log")
    if rng.random() < 0.5:
        L.f('{ts} notify.apns INFO sent to {n} devices: "⚠ Suspected LVO ({v}) – {nm} – {age}{sx} – {sh} – CTA {hm}" alert_id={aid}',
            ts=t_isoz(), n=rng.randint(3, 9), v=c["vessel"], nm=NAME(p, rng.choice(["LF_init", "IL", "L_I_UP"])), age=AGE(p),
            sx=p["sex"], sh=sp["short"], hm=now().strftime("%H:%M"), aid=uuid4())
    else:
        L.f("{ts} notify.dispatch INFO alert dispatched acc={acc} patient_id={mrn} patient_name='{nm}' vessel={v} prob=0.{pr} channels=sms,push,pager",
            ts=t_isoz(), acc=P(c["acc"], "other_id"), mrn=P(c["mrn"], "mrn"), nm=NAME(p, "dicom"),
            v=c["vessel"].replace(" ", "_"), pr=rng.randint(81, 99))
    return [L]


NIHSS_ITEMS = ["1a_loc", "1b_questions", "1c_commands", "2_gaze", "3_visual", "4_facial", "5a_motor_arm_l", "5b_motor_arm_r",
               "6a_motor_leg_l", "6b_motor_leg_r", "7_ataxia", "8_sensory", "9_language", "10_dysarthria", "11_extinction"]
NIHSS_MAX = [3, 2, 2, 2, 3, 3, 4, 4, 4, 4, 2, 2, 3, 2, 2]
NIHSS_ES = ["1a_nivelConciencia", "1b_preguntas", "1c_ordenes", "2_mirada", "3_campoVisual", "4_paresiaFacial",
            "5a_brazoIzq", "5b_brazoDer", "6a_piernaIzq", "6b_piernaDer", "7_ataxia", "8_sensibilidad",
            "9_lenguaje", "10_disartria", "11_extincion"]


def nihss_scores(total):
    s = [0] * 15
    left = total
    while left > 0:
        i = rng.randrange(15)
        if s[i] < NIHSS_MAX[i]:
            s[i] += 1
            left -= 1
    return s


def g_nihss():
    c = case(); p = c["p"]; n = c["neuro"]
    sc = nihss_scores(c["nihss"])
    if p["lang"] == "Spanish" or rng.random() < 0.15:
        o = {"formulario": "NIHSS", "version": "2.1-es", "enviadoEn": t_isoz(),
             "paciente": {"nombre": P(p["given"], "name"), "apellidos": P(p["family"], "name"),
                          "fechaNacimiento": P(fmt_date(p["dob"], "eu"), "date"), "numeroHistoria": P(c["mrn"], "mrn")},
             "evaluacion": {"fecha": P(now().strftime("%d/%m/%Y %H:%M"), "date"), "modo": "video",
                            "evaluador": "Dr. %s %s" % (n[0], n[1])},
             "puntuacion": dict(zip(NIHSS_ES, sc)), "total": sum(sc),
             "observaciones": "Historia aportada por familiar.\nUltima vez visto bien segun EMS."}
        return [J("nihss_json", o, seps=(", ", ": "))]
    o = {"formType": "NIHSS", "formVersion": "2023.2", "submittedAt": t_isoz(), "submittedBy": n[4],
         "encounterCsn": P(c["csn"], "other_id"), "patientMrn": P(c["mrn"], "mrn"),
         "patientName": NAME(p, rng.choice(["LF", "FL", "LF_UP"])), "dob": DOB(p, rng.choice(["us", "iso"])),
         "assessedAt": P(t_isolocal(now() - dtm.timedelta(minutes=rng.randint(2, 15))), "date"),
         "assessmentType": rng.choice(["baseline", "baseline", "post-lytic 1h", "pre-transfer"]), "mode": "video",
         "cartId": c["spoke"]["cart"], "items": dict(zip(NIHSS_ITEMS, sc)), "totalScore": sum(sc),
         "notes": rng.choice(["Pt aphasic, hx provided by %s.\nLKW per EMS." % p["rel"]["kind"],
                              "Exam limited by video latency.\nRepeat after TNK.", "No neglect. Sensory intact."])}
    if rng.random() < 0.45:
        o["attachments"] = [{"item": "4_facial", "contentType": "image/jpeg", "data": P(b64_jpeg(rng.randint(60, 110)), "photo")}]
    return [J("nihss_json", o)]


def g_dosecalc():
    c = case(); p = c["p"]; w = c["weight"]
    v = rng.randrange(4)
    L = Line("dosecalc_log")
    if v == 0:
        d = tnk(w) if c["agent"] == "TNK" else min(round(0.9 * w, 1), 90.0)
        L.f("{ts} INFO dosecalc.writeback [req={req}] saved calc_id=dc-{cid} mrn={mrn} csn={csn} agent={ag} dose_mg={d} weight_kg={w}",
            ts=t_log4j(), req=hexs(8), cid=hexs(6), mrn=P(c["mrn"], "mrn"), csn=P(c["csn"], "other_id"),
            ag=c["agent"], d="%.1f" % d, w="%.1f" % w)
    elif v == 1:
        L.f("{ts} WARN dosecalc.validate [req={req}] weight source=estimated (stated by {rel} {rn}) for pt {nm}; bed scale recommended",
            ts=t_log4j(), req=hexs(8), rel=p["rel"]["kind"], rn=RNAME(p, "FL"), nm=NAME(p, rng.choice(["LF", "IL"])))
    elif v == 2:
        L.f("{ts} ERROR dosecalc.writeback [req={req}] EHR writeback failed for patient '{nm}' (MRN {mrn}, DOB {dob}): 409 Conflict - MAR entry exists",
            ts=t_log4j(), req=hexs(8), nm=NAME(p, "LF"), mrn=P(c["mrn"], "mrn"), dob=DOB(p, "us"))
    else:
        L.f("[DoseCalc] {ts} ui: printed label '{nm} {dob} TNK {d} mg / {vol} mL' for {mrn}",
            ts=t_isoz(), nm=NAME(p, "LF_UP"), dob=DOB(p, "us"), d="%.1f" % tnk(w), vol="%.1f" % (tnk(w) / 5), mrn=P(c["mrn"], "mrn"))
    return [L]


def g_transfer_note():
    c = case(); p = c["p"]; sp = c["spoke"]; r = p["rel"]; n = c["neuro"]; rn = c["rn"]
    L = Line("transfer_note")
    v = rng.randrange(8)
    if v == 0:
        L.f("{tc} | {hm} | {rnl}, {rnf} RN | Spoke {sh} requesting xfer for possible EVT. Pt: {nm}, DOB {dob}, {age}{sx}, MRN {mrn}. NIHSS {nih}, {ag} given. Accepting Dr. {acc} (NIR). Bed NICU-{bed}. Mode: rotor. Family: {rk} {rnm} {rph} en route.",
            tc=P(c["tc"], "other_id"), hm=now().strftime("%H:%M"), rnl=rn[1], rnf=rn[0], sh=sp["short"], nm=NAME(p, "FL"),
            dob=DOB(p, rng.choice(["us_nopad", "us_short"])), age=AGE(p), sx=p["sex"], mrn=P(c["mrn"], "mrn"), nih=c["nihss"],
            ag=c["agent"], acc=n[1], bed=rng.randint(1, 24), rk=r["kind"], rnm=RNAME(p, "FL"), rph=PHONE(r["phone"]))
    elif v == 1:
        L.f("TC NOTE {hm} | {tc} | Llamada a {rk_es} {rnm} al {rph}: informada del traslado de {nm} a Northlake, sala NICU. Prefiere comunicacion en espanol.",
            hm=now().strftime("%H:%M"), tc=P(c["tc"], "other_id"), rk_es=rng.choice(["la hija", "la esposa", "la sobrina"]),
            rnm=RNAME(p, "FL"), rph=PHONE(r["phone"]), nm=NAME(p, "FL"))
    elif v == 2:
        L.f("TC NOTE {hm} | {tc} | Pt home address for discharge planning: {st}, {city}, {stt} {zip}. Lives alone; {rk} checks daily.",
            hm=now().strftime("%H:%M"), tc=P(c["tc"], "other_id"), st=P(p["street"], "address"), city=P(p["city"], "address"),
            stt=p["state"], zip=P(p["zip"], "zip"), rk=r["kind"])
        if rng.random() < 0.5:
            L.t(" Home fax for d/c packet: ").p(fmt_phone(p["phone"][0], p["fax"], rng.choice([0, 1, 2, 7])), "fax")
    elif v == 3:
        L.f("TC NOTE {hm} | {tc} | ID verified at {sh} w/ {stt} DL {dl}; pt's car ({stt} plate {pl}) left in ED lot, {rk} notified.",
            hm=now().strftime("%H:%M"), tc=P(c["tc"], "other_id"), sh=sp["short"], stt=p["state"], dl=P(p["dl"], "license"),
            pl=P(p["plate"], "vehicle"), rk=r["kind"])
    elif v == 4:
        if p["device"]:
            kind, model, sn = p["device"]
            L.f("TC NOTE {hm} | {tc} | {nm} has {kind} ({model}) SN {sn}; EP asked for interrogation on arrival. Arrival {arr}.",
                hm=now().strftime("%H:%M"), tc=P(c["tc"], "other_id"), nm=NAME(p, "IL"), kind=kind, model=model,
                sn=P(sn, "device"), arr=P(c["arrive"].strftime("%m/%d/%Y %H:%M"), "date"))
        else:
            L.f("TC NOTE {hm} | {tc} | Insurance on face sheet: {payer} member {mid}. Pre-cert not required for emergent xfer.",
                hm=now().strftime("%H:%M"), tc=P(c["tc"], "other_id"), payer=p["payer"], mid=MBI(p))
    elif v == 6:
        slug = (ascii_fold(p["given"]) + "-" + ascii_fold(p["family"])).lower().replace(" ", "-").replace("'", "").replace(".", "")
        L.f("TC NOTE {hm} | {tc} | {rk} shared fundraiser page {u} for travel costs; SW consult placed.",
            hm=now().strftime("%H:%M"), tc=P(c["tc"], "other_id"), rk=r["kind"].capitalize(),
            u=P(rng.choice(["https://gofund.me/%s" % hexs(8), "https://www.gofundme.com/f/%s-stroke-recovery" % slug,
                            "https://www.caringbridge.org/site/%s" % slug.replace("-", "")]), "url"))
    else:
        L.f("TC NOTE {hm} | {tc} | EVT declined: no target occlusion on CTA (LKW {lkw}), NIHSS {nih}. Spoke to keep {nm} ({age} y/o) for medical mgmt; Dr. {doc} aware.",
            hm=now().strftime("%H:%M"), tc=P(c["tc"], "other_id"), lkw=P(c["lkw"].strftime("%Y-%m-%d %H:%M"), "date"), nih=c["nihss"],
            nm=NAME(p, rng.choice(["FL", "LF_init"])), age=AGE(p), doc=n[1])
    return [L]


def g_transfer_xml():
    c = case(); p = c["p"]; sp = c["spoke"]
    L = Line("transfer_xml")
    L.t('<TransferRequest xmlns="urn:nlcsc:tc:v1" id="').p(c["tc"], "other_id").t('" created="%s">' % t_isoz())
    L.t('<Patient><Name family="').p(p["family"], "name").t('" given="').p(p["given"], "name").t('"/>')
    L.t("<BirthDate>").v(DOB(p, "iso")).t("</BirthDate>")
    L.t('<Identifier system="urn:oid:2.16.840.1.113883.3.%d" type="MR">' % rng.randint(1000, 9999)).p(c["mrn"], "mrn").t("</Identifier>")
    if rng.random() < 0.5:
        L.t("<Phone>").v(PHONE(p["phone"])).t("</Phone>")
    L.t('<Weight unit="kg">%.1f</Weight></Patient>' % c["weight"])
    L.t("<LastKnownWell>").p(t_isolocal(c["lkw"]), "date").t("</LastKnownWell>")
    L.t("<From>%s-ED</From><To>NLCSC-NICU</To><Mode>%s</Mode><Reason>LVO %s</Reason></TransferRequest>" % (
        sp["code"], rng.choice(["ROTOR", "GROUND_ALS", "FIXED_WING"]), c["vessel"]))
    return [L]


def g_heli():
    c = case(); p = c["p"]; sp = c["spoke"]
    unit = rng.choice(["LF1", "LF2", "LF3"])
    L = Line("heli_dispatch")
    v = rng.randrange(3)
    if v == 0:
        L.f("{u} | {hm} | LAUNCH | MISSION {m} | IFT | {sp} PAD -> NLCSC ROOF | PT: {nm} {age}{sx} {w}KG | DX: ACUTE CVA s/p {ag} | CREW: {crew} | ETE {ete} MIN",
            u=unit, hm=now().strftime("%H%M"), m=c["mission"], sp=sp["code"], nm=NAME(p, "LF_UP"), age=AGE(p), sx=p["sex"],
            w=round(c["weight"]), ag=c["agent"], crew=rng.choice(CREW), ete=rng.randint(12, 40))
    elif v == 1:
        lat, lon = 42.5 + rng.random(), -(89.0 + rng.random() * 1.2)
        L.f("{u} | {hm} | SCENE REQ | {addr}, {city} | LAT {lat} LON {lon} | {age} Y/O {sx}, FAST-ED {fe}, LKW {lkw} | GRD: {city2} EMS M{m} | LZ: {lz}",
            u=unit, hm=now().strftime("%H%M"), addr=P(p["street"].upper(), "address"), city=P(p["city"].upper(), "address"),
            lat=P("%.4f" % lat, "address"), lon=P("%.4f" % lon, "address"), age=AGE(p), sx=p["sex"], fe=rng.randint(4, 9),
            lkw=c["lkw"].strftime("%H%M"), city2=p["county"].upper() + " CO", m=rng.randint(11, 59),
            lz=rng.choice(["HWY 14 WAYSIDE", "HS FOOTBALL FIELD", "FIRE STN 2 LOT", "FIELD N OF SCENE"]))
    else:
        L.f("{u} | {hm} | SCENE | MVC low speed, driver found slumped, R-sided weakness. Veh {stt} plate {pl}, VIN {vin}. Pt {nm}, {age}{sx}, DOB {dob} per DL. Enroute NLCSC.",
            u=unit, hm=now().strftime("%H%M"), stt=p["state"], pl=P(p["plate"], "vehicle"),
            vin=P(p["vin"], "vehicle"), nm=NAME(p, "LF_UP"), age=AGE(p), sx=p["sex"], dob=DOB(p, "us"))
    return [L]


def g_billing_pipe():
    out = []
    if rng.random() < 0.5:
        out.append(Line("billing_export").t("batch|claim_id|dos|pt_last|pt_first|pt_dob|mrn|pt_account|payer|member_id|cpt|mod|icd10|rendering_npi|pos|units|charge"))
    live = [c for c in CASES if c["start"] <= now()] or CASES[:3]
    for c in rng.sample(live, min(len(live), rng.randint(1, 3))):
        p = c["p"]; n = c["neuro"]
        dos = c["start"].date() - dtm.timedelta(days=rng.choice([0, 1, 1, 2]))
        L = Line("billing_export")
        L.t("TSB-%s|CLM%s|" % (now().strftime("%Y%m%d"), digits(8))).p(dos.strftime("%Y-%m-%d"), "date").t("|")
        L.p(p["family"].upper(), "name").t("|").p(p["given"].upper(), "name").t("|").v(DOB(p, "iso")).t("|")
        L.p(c["mrn"], "mrn").t("|").p(p["account"], "account").t("|%s|" % p["payer"]).v(MBI(p) if len(p["plan"]) == 11 else P(p["plan"], "health_plan"))
        L.t("|%s|%s|%s|%s|02|1|%s" % (rng.choice(["G0508", "G0509", "99223", "99291"]), rng.choice(["95", "GT", "95:GQ"]),
                                      rng.choice(["I63.512", "I63.411", "I63.9", "G45.9", "I63.022"]), n[2], rng.choice(["412.00", "298.50", "815.00"])))
        out.append(L)
    return out


def g_billing_csv():
    c = any_case(); p = c["p"]
    L = Line("billing_export")
    L.t('"%s","' % now().strftime("%m/%d/%Y")).v(NAME(p, "LF")).t('","').v(DOB(p, "us")).t('","').p(p["account"], "account").t('","')
    L.v(SSN(p, 0)).t('","').p(p["street"], "address").t('","').p(p["city"], "address").t('","%s","' % p["state"]).p(p["zip"], "zip")
    L.t('","%s","' % p["payer"]).v(MBI(p) if len(p["plan"]) == 11 else P(p["plan"], "health_plan")).t('","SELF","%.2f"' % rng.uniform(50, 900))
    return [L]


def g_x12():
    c = any_case(); p = c["p"]; n = c["neuro"]
    ctl = "%09d" % rng.randint(1, 999999)
    d = now()
    seg = lambda s: Line("x12_837").t(s)
    out = [seg("ISA*00*          *00*          *ZZ*NLCSCTELENEURO *ZZ*CLAIMSPARTNER  *%s*%s*^*00501*%s*0*P*:~" % (d.strftime("%y%m%d"), d.strftime("%H%M"), ctl)),
           seg("GS*HC*NLCSCTN*CLMPTNR*%s*%s*%d*X*005010X222A1~" % (d.strftime("%Y%m%d"), d.strftime("%H%M"), rng.randint(1, 9999))),
           seg("ST*837*0001*005010X222A1~"),
           seg("BHT*0019*00*%s*%s*%s*CH~" % (digits(6), d.strftime("%Y%m%d"), d.strftime("%H%M"))),
           seg("NM1*85*2*NORTHLAKE NEUROLOGY PHYSICIANS*****XX*1609876543~")]
    if rng.random() < 0.5:
        out = out[2:]
    L = Line("x12_837").t("NM1*IL*1*").p(p["family"].upper(), "name").t("*").p(p["given"].upper(), "name").t("*%s***MI*" % p["middle"])
    L.p(p["plan"], "health_plan").t("~")
    out.append(L)
    out.append(Line("x12_837").t("N3*").p(p["street"].upper(), "address").t("~"))
    out.append(Line("x12_837").t("N4*").p(p["city"].upper(), "address").t("*%s*" % p["state"]).p(p["zip"].replace("-", ""), "zip").t("~"))
    out.append(Line("x12_837").t("DMG*D8*").p(fmt_date(p["dob"], "hl7"), "date").t("*%s~" % p["sex"]))
    out.append(Line("x12_837").t("CLM*").p(p["account"], "account").t("*%s***02:B:1*Y*A*Y*Y~" % rng.choice(["412", "298.5", "815"])))
    out.append(Line("x12_837").t("HI*ABK:%s~" % rng.choice(["I63512", "I63411", "I639", "I63022"])))
    out.append(Line("x12_837").t("NM1*82*1*%s*%s****XX*%s~" % (n[1].upper(), n[0].upper(), n[2])))
    out.append(Line("x12_837").t("SV1*HC:%s:95*%s*UN*1***1~" % (rng.choice(["G0508", "99291"]), rng.choice(["412", "815"]))))
    out.append(Line("x12_837").t("DTP*472*D8*").p(c["start"].strftime("%Y%m%d"), "date").t("~"))
    if rng.random() < 0.5:
        out.append(Line("x12_837").t("SE*%d*0001~" % (len(out) + 1)))
    return out


def g_webrtc_family():
    c = case(); p = c["p"]; r = p["rel"]
    sess = uuid4()
    if rng.random() < 0.5:
        o = {"ts": t_isoz(), "level": "info", "logger": "cart-agent.session", "event": "participant.joined", "sessionId": sess,
             "role": "family", "displayName": RNAME(p, rng.choice(["FL", "G"])), "cart": c["spoke"]["cart"],
             "ice": {"localCandidate": "%s:%d host udp" % (c["spoke"]["ip"], rng.randint(50000, 60000)),
                     "remoteAddress": P(r["ip"], "ip"), "remotePort": rng.randint(40000, 65000), "remoteCandidateType": "srflx"}}
        return [J("webrtc_session", o)]
    L = Line("webrtc_session")
    L.f("{ts} cart-agent[{pid}]: session={s} guest invite accepted by {rnm} <{em}> from {ip} ua=\"{ua}\"",
        ts=t_isoz(), pid=rng.randint(900, 4000), s=sess, rnm=RNAME(p, "FL"), em=P(r["email"], "email"), ip=P(r["ip"], "ip"),
        ua=rng.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 Safari/604.1",
                       "Mozilla/5.0 (Linux; Android 14; SM-S918U) Chrome/122.0 Mobile Safari/537.36"]))
    return [L]


def g_nginx_family():
    c = case(); p = c["p"]; r = p["rel"]
    L = Line("nginx_access")
    L.p(r["ip"], "ip").t(' - - [%s] "GET /family/join/%s HTTP/2.0" 200 %d "-" "Mozilla/5.0 (iPad; CPU OS 17_2 like Mac OS X)" rt=0.%03d' % (
        t_nginx(), alnum_up(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"), rng.randint(3000, 9000), rng.randint(5, 300)))
    return [L]


def g_chat():
    c = case(); p = c["p"]; r = p["rel"]; n = c["neuro"]; rn = c["rn"]; sp = c["spoke"]
    v = rng.randrange(8)
    L = Line("secure_chat")
    hdr = "[TigerConnect] %s | from=%s, %s (%s) | to=Stroke Team East | " % (
        now().strftime("%Y-%m-%d %H:%M:%S"), *(rng.choice([(n[1], n[0], "MD"), (rn[1], rn[0], "RN")])))
    L.t(hdr)
    if v == 0:
        L.f("CTA at {sh} shows {ves} cutoff. {nm}, {age}{sx}, NIHSS {n}. Calling IR now.", sh=sp["short"], ves=c["vessel"],
            nm=NAME(p), age=AGE(p), sx=p["sex"], n=c["nihss"])
    elif v == 1:
        L.f("family at bedside - {rk} {rnm}, best # {ph}. {lang}", rk=r["kind"], rnm=RNAME(p), ph=PHONE(r["phone"]),
            lang="Pt speaks %s, interpreter requested." % p["lang"] if p["lang"] != "English" else "Hx from family, consent by phone ok.")
    elif v == 2:
        L.f("pt is {age} and was independent at home per {rk}, ok to proceed w/ {ag}", age=AGE(p), rk=r["kind"], ag=c["agent"])
    elif v == 3:
        L.f("pls fax signed consent to {fx} ({rk}'s home fax, {rk2} is POA) - re: {nm}", fx=P(fmt_phone(r["phone"][0], rand_local(), rng.choice([0, 1, 2])), "fax"),
            rk=r["kind"], rk2="she" if r["kind"] in ("daughter", "wife", "niece", "sister") else "he", nm=NAME(p, "IL"))
    elif v == 4:
        slug = (ascii_fold(p["given"]) + ascii_fold(p["family"])).lower().replace(" ", "").replace("'", "").replace("-", "").replace(".", "")
        url = rng.choice(["https://www.caringbridge.org/visit/%s" % slug, "https://www.gofundme.com/f/help-%s-recover" % slug])
        L.f("FYI family set up {u} for updates - please do not post clinical details there", u=P(url, "url"))
    elif v == 5:
        L.f("{rk} {rnm} asking for callback at {ph} or email {em} re: {nm}", rk=r["kind"], rnm=RNAME(p, "FL"), ph=PHONE(r["phone"]),
            em=P(r["email"], "email"), nm=NAME(p, "FL"))
    elif v == 6:
        L.f("Heads up: {nm} (MRN {mrn}) bouncing back from {sh}, re-consult likely. Consult {cid}.", nm=NAME(p), mrn=P(c["mrn"], "mrn"),
            sh=sp["short"], cid=P(c["consult"], "other_id"))
    else:
        if p["device"]:
            L.f("{kind} in place ({model} SN {sn}) - cardiology wants interrogation before d/c", kind=p["device"][0],
                model=p["device"][1], sn=P(p["device"][2], "device"))
        else:
            L.f("la {rk} {rnm} pide que la llamen al {ph}", rk=rng.choice(["hija", "esposa", "sobrina"]), rnm=RNAME(p, "G"), ph=PHONE(r["phone"]))
    return [L]


def g_audit():
    c = case(); n = c["neuro"]
    L = Line("audit_csv")
    L.t("%s,%s,%s,Patient," % (t_isoz(), n[4], rng.choice(["VIEW", "VIEW", "PRINT", "EXPORT"]))).p(rng.choice([c["mrn"], c["p"]["hub_mrn"]]), "mrn")
    L.t(",10.20.%d.%d,%s" % (rng.randint(1, 9), rng.randint(2, 250), rng.choice(["EpicHaiku", "TS-Board", "PACS-Viewer"])))
    return [L]


def g_app_json():
    c = case(); p = c["p"]
    if rng.random() < 0.6:
        o = {"level": "info", "ts": t_epoch_ms() / 1000, "caller": "consult/service.go:212", "msg": "consult created",
             "consultId": P(c["consult"], "other_id"), "spoke": c["spoke"]["code"], "patientMrn": P(c["mrn"], "mrn"),
             "priority": "STAT", "lkw": P(t_isolocal(c["lkw"]), "date"), "trace_id": hexs(32)}
    else:
        o = {"level": "error", "ts": t_epoch_ms() / 1000, "caller": "ehr/match.go:131", "msg": "patient match ambiguous",
             "spoke": c["spoke"]["code"], "name": NAME(p, "FL"), "dob": DOB(p, "iso"), "zip": P(p["zip"][:5], "zip"),
             "candidates": 2, "trace_id": hexs(32)}
    return [J("app_json", o)]


def g_portal():
    c = case(); p = c["p"]; r = p["rel"]
    o = {"level": 30, "time": t_epoch_ms(), "pid": rng.randint(100, 999), "hostname": "portal-%s" % hexs(5), "req_id": hexs(12),
         "msg": rng.choice(["proxy access granted", "proxy login ok", "password reset requested"]),
         "proxyUser": P(r["user"], "other_id"), "proxyEmail": P(r["email"], "email"), "patientMrn": P(p["hub_mrn"], "mrn"),
         "relationship": r["kind"], "remoteAddr": P(r["ip"], "ip")}
    if rng.random() < 0.4:
        o["patientEmail"] = P(p["email"], "email")
    return [J("portal_log", o)]


def g_payment():
    c = any_case(); p = c["p"]; r = p["rel"]
    L = Line("billing_payment")
    if rng.random() < 0.5:
        L.f("{ts} INFO payments.post guarantor='{g}' acct={a} amount={amt} method=card last4={l4} auth={auth}",
            ts=t_log4j(), g=RNAME(p, "FL"), a=P(p["account"], "account"), amt="%.2f" % rng.uniform(25, 400), l4=digits(4), auth=alnum_up(6))
    else:
        pan = luhn_complete(rng.choice(["4", "51", "53", "37"]), 15 if False else 16)
        pan_f = " ".join(pan[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.5 else pan
        L.f("{ts} ERROR payments.gateway tokenization failed (code 2043) guarantor acct={a} pan={pan} exp={exp} - raw PAN logged, ticket SEC-{t}",
            ts=t_log4j(), a=P(p["account"], "account"), pan=P(pan_f, "account"), exp="%02d/%02d" % (rng.randint(1, 12), rng.randint(25, 29)), t=digits(4))
    return [L]


def g_biometric():
    c = case(); p = c["p"]
    L = Line("palmvein_agent")
    if rng.random() < 0.25:
        L.f("{ts} [PS-Agent] IdentifyPatient: palm-vein match OK score=0.{sc} MRN={mrn} tpl_sha1={h}",
            ts=t_dot(), sc=rng.randint(9500, 9999), mrn=P(c["mrn"], "mrn"), h=hexs(40))
    else:
        tpl = base64.b64encode(bytes(rng.randrange(256) for _ in range(rng.randint(48, 72)))).decode()
        L.f("{ts} [PS-Agent] DEBUG enroll payload mrn={mrn} hand=R template=PVT2:{tpl} quality=0.{q}",
            ts=t_dot(), mrn=P(c["mrn"], "mrn"), tpl=P(tpl, "biometric"), q=rng.randint(80, 99))
    return [L]


def g_remote_monitor():
    live = [c for c in CASES if c["start"] <= now() and c["p"]["device"]] or [c for c in CASES if c["p"]["device"]]
    c = rng.choice(live[-4:]); p = c["p"]; kind, model, sn = p["device"]
    if rng.random() < 0.5:
        o = {"source": "carelink-bridge", "ts": t_isoz(), "event": "transmission.received", "deviceType": kind,
             "model": model, "serialNumber": P(sn, "device"), "patient": {"name": NAME(p, "LF"), "dob": DOB(p, "iso")},
             "episodes": {"AF": rng.randint(0, 9), "pause": rng.randint(0, 2), "brady": rng.randint(0, 3)},
             "afBurdenPct": round(rng.uniform(0, 30), 1), "routedTo": "NLCSC-EP"}
        return [J("remote_monitor", o)]
    L = Line("remote_monitor")
    L.f("{ts} carelink-bridge WARN no patient match for device_sn={sn} model='{model}' (name on file: {nm}, zip {zip}) - queued for manual reconcile",
        ts=t_isoz(), sn=P(sn, "device"), model=model, nm=NAME(p, "FL"), zip=P(p["zip"], "zip"))
    return [L]


# ============================================================================= driver
NOISE = [(n_cart_health, 6), (n_webrtc_stats, 6), (n_sfu, 3), (n_mirth, 4), (n_hl7_ack, 2), (n_dcm4che, 4),
         (n_ai_worker, 4), (n_dosecalc, 5), (n_oncall_csv, 2), (n_billing_job, 2), (n_nginx, 4), (n_app_json, 3),
         (n_prom, 3), (n_java_trace, 0.7), (n_tc_board, 3), (n_heli_ops, 3), (n_page_ack, 3), (n_chat, 2),
         (n_config, 2), (n_audit_staff, 2), (n_nihss_schema, 2), (n_python_trace, 0.4)]
PHI = [(g_cad, 6), (g_hl7_orm, 2.5), (g_hl7_escaped, 1), (g_movescu, 1.2), (g_ai_alert, 4), (g_ai_push, 3), (g_nihss, 5),
       (g_dosecalc, 5), (g_transfer_note, 7), (g_transfer_xml, 2), (g_heli, 4), (g_billing_pipe, 2), (g_billing_csv, 1),
       (g_x12, 1), (g_webrtc_family, 3), (g_nginx_family, 2), (g_chat, 7), (g_audit, 3), (g_app_json, 3), (g_portal, 2),
       (g_payment, 2), (g_biometric, 1.5), (g_remote_monitor, 2)]


BAGS = {}


def pick(pool):
    """Shuffled bag (weights x2 copies of each generator): stable proportions, still random order."""
    key = id(pool)
    if not BAGS.get(key):
        bag = [g for g, w in pool for _ in range(max(1, round(w * 2)))]
        rng.shuffle(bag)
        BAGS[key] = bag
    return BAGS[key].pop()


def main():
    lines = []
    noise = 0
    while len(lines) < N_LINES:
        want_noise = (noise / len(lines) if lines else 0) < 0.55
        g = pick(NOISE if want_noise else PHI)
        adv(rng.randint(4, 95))
        got = g()
        if len(lines) + len(got) > N_LINES:
            continue
        for L in got:
            lines.append(L)
            if not L.spans:
                noise += 1
    assert len(lines) == N_LINES
    log_rows, lab_rows = [], []
    for i, L in enumerate(lines, 1):
        text = L.text()
        assert text and "\n" not in text and "\r" not in text, (i, text)
        b = text.encode("utf-8")
        spans = []
        last_e = -1
        for s, e, cat, val in sorted(L.spans):
            assert b[s:e].decode("utf-8") == val, (i, s, e, val)
            assert s >= last_e, ("overlap", i)
            last_e = e
            spans.append({"s": s, "e": e, "cat": cat})
        log_rows.append(text)
        lab_rows.append(json.dumps({"line": i, "family": L.family, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(log_rows))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lab_rows) + "\n")


if __name__ == "__main__":
    main()
