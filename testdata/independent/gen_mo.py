#!/usr/bin/env python3
"""gen_mo.py - synthetic, labeled log corpus for a PHI detector.

Theme: a medical alert / PERS (personal emergency response system) and fall
detection company ("Halyard Alert"): LTE-M pendants and smartwatches talking to
AWS IoT Core, a monitoring center receiving SIA DC-09 / Contact ID frames,
operator consoles, call recordings, 911 PSAP transfers, caregiver React Native
app with Firebase, carrier provisioning (ICCID/IMEI/MSISDN), Medicaid-waiver and
private-pay billing (X12 837P/270/271, Stripe), Java/Spring and Python services,
PostgreSQL logs, and free-text operator notes.

All people, addresses and identifiers are synthetic (fixed seed, stdlib only).
Writes mo.log (500 lines) and mo.labels.jsonl next to this script.

Labeling decisions:
- People whose identifiers are labeled: subscribers (the PERS clients), their
  caregivers / relatives / emergency contacts, key-holding responders
  (neighbours, friends), and private-pay guarantors. Staff doing their work are
  not labeled: monitoring-center operators (names and usernames), supervisors,
  on-call engineers, physicians and NPIs, waiver case managers, PSAP
  dispatchers, carrier and vendor contacts, company phone/fax/email.
- name: every written form of a labeled person's name (full, "Last, First",
  upper/lower case, initials + surname, first name alone in notes); X12/HL7
  name components are labeled one span per component. Honorifics (Mrs., Sra.)
  and relation words (daughter, hija, neighbor) are not part of the span.
- address: street line (house number + street + unit) as one span, city as one
  span, county/parish as one span; in PIDF-LO civic XML every sub-state element
  (HNO, RD, STS, A2, A3, LOC) is its own span. The state is never labeled.
  GPS/cell fixes of a subscriber's device (latitude and longitude values) are
  labeled address (geocodes), one span per number, or one span for a
  "lat,lon" pair written together. Facility / PSAP / office coordinates and
  names (e.g. "Pima County 911") are not labeled.
- zip: 5-digit and ZIP+4 codes of labeled people (ZIP+4 is one span).
- date: dates tied to a person: birth, enrollment / install / service start,
  hospital admission / discharge, date of a fall or event written by a human in
  a note, billing dates of service (X12 DTP, "dos="), death. NOT labeled:
  machine log timestamps, event timestamps inside telemetry / receiver frames
  (ts, epoch ms, DC-09 timestamp), report periods like "2024-05", years alone.
- age: only ages 90+ are labeled; ages 89 and below are left unlabeled.
- phone: subscriber home / mobile numbers, the MSISDN of the subscriber's
  LTE-M device, caregiver and responder numbers, in any punctuation, including
  URL-encoded (%2B1...). Monitoring-center, PSAP, carrier and office numbers are
  not labeled.
- fax: a labeled person's own fax number (rare legacy field). Clinic fax
  numbers are not labeled.
- email: subscriber / caregiver / guarantor emails; staff and system
  addresses are not labeled.
- ssn: full SSNs only (any punctuation). Masked forms (***-**-1234) are not.
- mrn: the PERS subscriber record number (subscriberId / client_no /
  "HA00xxxxxx", also when it appears inside a URL path) and hospital MRNs in
  HL7 referral messages.
- health_plan: Medicaid IDs, Medicare MBIs, MCO member IDs (X12 NM1*IL MI).
- account: Contact ID / DC-09 monitoring account numbers (they identify one
  subscriber's premises), billing account numbers, X12 patient control numbers
  (CLM01), Stripe customer IDs of private-pay payers, full card PANs and bank
  account numbers. Bank routing numbers, card last-4 and invoice numbers are
  not labeled.
- license: driver's licence numbers of subscribers / guarantors.
- vehicle: licence plates and VINs of a labeled person's vehicle.
- device: IMEI, ICCID, device serial and BLE MAC of a subscriber's deployed
  pendant / watch / base (also inside MQTT topics and URLs, labeled as just the
  identifier), FCM push tokens of a caregiver's phone. Devices still in
  warehouse stock (status=STOCK / QC bench, not assigned to anyone) are not
  labeled. Firmware versions, TACs alone, model numbers are not labeled.
- url: links that point at one person's resource (location-share links,
  care-circle invite links, personal web pages). API endpoints are not labeled
  as url; an identifier inside them is labeled with its own category.
- ip: public client IPs of caregivers / subscribers using the app or portal.
  RFC1918, CGNAT (100.64/10) carrier addresses of devices, load balancer and
  internal addresses, and scanner / bot IPs are not labeled.
- biometric: voiceprint templates / fingerprint template hashes enrolled for a
  subscriber or caregiver.
- photo: base64-encoded face photos of subscribers (for EMS identification).
- other_id: alarm / incident numbers (A24-MMDD-nnnnn), PSAP CAD incident
  numbers, hospital visit (encounter) numbers in HL7 PV1-19, waiver
  prior-authorization numbers, waiver case numbers, caregiver
  app usernames and Firebase UIDs.
- Not labeled: lockbox / key-safe combinations and verbal passcodes (access
  secrets, not identifiers), medical conditions and medications (health info,
  not identifiers), recording UUIDs, trace / span / request IDs, hashes, order
  and invoice numbers, build numbers, ports, versions.
"""
import base64
import json
import os
import random
import unicodedata
from datetime import date, datetime, timedelta

ID = "mo"
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20240514)
TARGET_LINES = 500
NOISE_TARGET = 0.55


# ----------------------------------------------------------------- builder
class B:
    def __init__(self, family):
        self.family = family
        self.parts = []
        self.n = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        self.parts.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        if cat is None:
            return self.t(s)
        nb = len(s.encode("utf-8"))
        self.spans.append((self.n, self.n + nb, cat, s))
        self.parts.append(s)
        self.n += nb
        return self

    def seq(self, *items):
        for it in items:
            if isinstance(it, tuple):
                self.p(it[0], it[1])
            else:
                self.t(it)
        return self

    def text(self):
        return "".join(self.parts)


class P:
    """PHI wrapper for the JSON emitter."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


def esc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def J(b, o, sp=False):
    ks, kv = (", ", ": ") if sp else (",", ":")
    if isinstance(o, P):
        if isinstance(o.v, str):
            b.t('"')
            b.p(esc(o.v), o.cat)
            b.t('"')
        else:
            b.p(json.dumps(o.v), o.cat)
    elif isinstance(o, dict):
        b.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                b.t(ks)
            b.t(json.dumps(k, ensure_ascii=False) + kv)
            J(b, v, sp)
        b.t("}")
    elif isinstance(o, list):
        b.t("[")
        for i, v in enumerate(o):
            if i:
                b.t(ks)
            J(b, v, sp)
        b.t("]")
    else:
        b.t(json.dumps(o, ensure_ascii=False))
    return b


# ----------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.t = datetime(2024, 5, 14, 1, 58, 7, 120000)

    def tick(self, lo=0.05, hi=25.0):
        self.t += timedelta(microseconds=int(R.uniform(lo, hi) * 1e6))
        return self.t


CLK = Clock()


def ts_spring(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)


def ts_iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def ts_py(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def ts_pg(t):
    return ts_spring(t) + " UTC"


def ts_sys(t):
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


def ts_clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def ts_logcat(t):
    return t.strftime("%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)


def epoch_ms(t):
    return int((t - datetime(1970, 1, 1)).total_seconds() * 1000)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


# ----------------------------------------------------------------- identifiers
def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


TACS = ["35302911", "35847610", "86091505", "35414011", "86753104", "35928309"]


def make_imei():
    p = R.choice(TACS) + digits(6)
    return p + luhn_digit(p)


def make_iccid():
    p = "8901" + R.choice(["410", "260", "120", "030"]) + digits(11)
    return p + luhn_digit(p)


def make_pan():
    p = R.choice(["4", "51", "53", "55", "4"]) 
    p = p + digits(15 - len(p))
    return p + luhn_digit(p)


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_L = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_L + "0123456789"


def make_mbi():
    return (R.choice("123456789") + R.choice(MBI_L) + R.choice(MBI_AN) + R.choice("0123456789")
            + R.choice(MBI_L) + R.choice(MBI_AN) + R.choice("0123456789") + R.choice(MBI_L)
            + R.choice(MBI_L) + R.choice("0123456789") + R.choice("0123456789"))


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def make_vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["1HG", "1FT", "2T1", "3VW", "JTD", "5YJ", "1G1", "KMH"]) + "".join(R.choice(al) for _ in range(5))
             + "0" + R.choice("LMNPRS") + "".join(R.choice(al) for _ in range(1)) + digits(6))
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    c = s % 11
    v[8] = "X" if c == 10 else str(c)
    return "".join(v)


def make_plate(st):
    forms = {"AZ": lambda: alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(4),
             "CA": lambda: digits(1) + alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(3),
             "TX": lambda: alnum(3, "BCDFGHJKLMNPRSTVWXYZ") + "-" + digits(4),
             "NY": lambda: alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + "-" + digits(4)}
    return forms.get(st, lambda: digits(3) + " " + alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"))()


def make_dl(st):
    forms = {"AZ": lambda: R.choice("ABDY") + digits(8), "CA": lambda: R.choice("ABCDN") + digits(7),
             "NY": lambda: digits(3) + " " + digits(3) + " " + digits(3), "TX": lambda: digits(8),
             "FL": lambda: R.choice("BGHKMS") + digits(3) + "-" + digits(3) + "-" + digits(2) + "-" + digits(3) + "-0",
             "PA": lambda: digits(2) + " " + digits(3) + " " + digits(3), "WA": lambda: "WDL" + alnum(9, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")}
    return forms.get(st, lambda: R.choice("ABCDEFGHKLMPRSTW") + digits(R.choice([7, 8, 9])))()


def medicaid_id(st):
    f = {"AZ": lambda: "A" + digits(8), "NY": lambda: alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(5) + R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"),
         "CA": lambda: "9" + digits(7) + R.choice("ABCDEFGH"), "OH": lambda: digits(12), "PA": lambda: digits(10),
         "TX": lambda: "5" + digits(8), "FL": lambda: digits(10), "MA": lambda: "1" + digits(11),
         "GA": lambda: digits(12), "TN": lambda: digits(9), "NM": lambda: digits(10), "HI": lambda: digits(10),
         "WA": lambda: digits(9) + "WA", "OR": lambda: alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(3) + alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"),
         "MN": lambda: digits(8), "MI": lambda: digits(10), "WI": lambda: digits(10), "NC": lambda: digits(9) + R.choice("KLMNPQRST"),
         "LA": lambda: digits(13), "WY": lambda: digits(10)}
    return f.get(st, lambda: digits(10))()


# ----------------------------------------------------------------- people
FIRST_F = ["Margaret", "Dorothy", "Eleanor", "Gladys", "Mildred", "Ruth", "Josefina", "Guadalupe", "Keiko",
           "Mei-Ling", "Adaeze", "Fatima", "Lakshmi", "Svetlana", "Agnieszka", "Ingrid", "Siobhán", "Zoë",
           "Thérèse", "Concetta", "Miriam", "Esperanza", "Leilani", "Soo-jin", "Amara", "Anneliese", "Bessie",
           "Odessa", "Lorraine", "Wilhelmina", "Dolores", "Thanh", "Yolanda", "Hannelore", "Rosalind", "Marisol",
           "Ngozi", "Aiyana", "Bronisława", "Ebele", "Perpetua", "June"]
FIRST_M = ["Harold", "Walter", "Bernard", "Eugene", "Ramón", "Hiroshi", "Wei", "Kwame", "Mohammed", "Rajesh",
           "Dmitri", "Władysław", "Bjørn", "Seamus", "François", "Giuseppe", "Yitzchak", "Kalani", "Bao",
           "Hyun-woo", "Chidi", "Heinrich", "Earl", "Clarence", "Otis", "Teodoro", "Aurelio", "Desmond", "Lowell"]
YOUNG_F = ["Karen", "Michelle", "Tanisha", "Priyanka", "Jennifer", "Marisol", "Lan", "Dana", "Olga", "Ifeoma",
           "Rachel", "Alejandra", "Hana", "Kristin", "Shanice", "Noor", "Brigid", "Camila"]
YOUNG_M = ["David", "Marcus", "Tomás", "Andre", "Kevin", "Samir", "Jae-won", "Patrick", "Luis", "Tyrone",
           "Nikolai", "Brandon", "Emeka", "Diego", "Ravi", "Connor"]
LAST = ["Kowalczyk", "O'Brien", "McAllister", "Nakamura", "Tanaka", "Nguyen", "Tran", "Okonkwo", "Adeyemi",
        "Mensah", "Haddad", "Al-Rashid", "Patel", "Iyer", "Subramanian", "Ivanova", "Petrov", "Wiśniewski",
        "Lindqvist", "Johansson", "Ní Bhriain", "Fitzgerald", "García Márquez", "de la Cruz", "van der Merwe",
        "da Silva", "dos Santos", "Rossi", "Esposito", "Goldberg", "Shapiro", "Washington", "Begay", "Yazzie",
        "Kealoha", "Kim", "Park", "Chen", "Wong", "Dubois", "Lefèvre", "Müller", "Schmidt-Hoffmann",
        "Smith-Okafor", "Boudreaux", "Thibodeaux", "Hernández-Ruiz", "St. Clair", "MacLeod", "Abernathy",
        "Whitfield", "Herrera", "Ibarra", "Delacroix", "Szabó", "Papadopoulos", "Yilmaz", "Halvorsen",
        "LeBlanc", "Bui", "Oyelaran", "Kahananui", "Tsosie", "Gutiérrez", "Van Houten"]

CITIES = [
    ("Tucson", "Pima County", "AZ", "857", 32.2226, -110.9747, ["520"], "ALTCS EPD"),
    ("Mesa", "Maricopa County", "AZ", "852", 33.4152, -111.8315, ["480", "602"], "ALTCS EPD"),
    ("Dayton", "Montgomery County", "OH", "454", 39.7589, -84.1916, ["937"], "PASSPORT"),
    ("Scranton", "Lackawanna County", "PA", "185", 41.4090, -75.6624, ["570"], "Community HealthChoices"),
    ("Utica", "Oneida County", "NY", "135", 43.1009, -75.2327, ["315"], "MLTC"),
    ("Albany", "Albany County", "NY", "122", 42.6526, -73.7562, ["518"], "MLTC"),
    ("Fresno", "Fresno County", "CA", "937", 36.7378, -119.7871, ["559"], "MSSP"),
    ("Eugene", "Lane County", "OR", "974", 44.0521, -123.0868, ["541", "458"], "APD K-Plan"),
    ("Spokane", "Spokane County", "WA", "992", 47.6588, -117.4260, ["509"], "COPES"),
    ("Lafayette", "Lafayette Parish", "LA", "705", 30.2241, -92.0198, ["337"], "Community Choices Waiver"),
    ("Duluth", "St. Louis County", "MN", "558", 46.7867, -92.1005, ["218"], "Elderly Waiver"),
    ("Gallup", "McKinley County", "NM", "873", 35.5281, -108.7426, ["505"], "Centennial Care CB"),
    ("Hilo", "Hawaii County", "HI", "967", 19.7071, -155.0885, ["808"], "QUEST Integration"),
    ("Worcester", "Worcester County", "MA", "016", 42.2626, -71.8023, ["508", "774"], "Frail Elder Waiver"),
    ("Macon", "Bibb County", "GA", "312", 32.8407, -83.6324, ["478"], "CCSP"),
    ("Knoxville", "Knox County", "TN", "379", 35.9606, -83.9207, ["865"], "CHOICES"),
    ("El Paso", "El Paso County", "TX", "799", 31.7619, -106.4850, ["915"], "STAR+PLUS"),
    ("Green Bay", "Brown County", "WI", "543", 44.5133, -88.0133, ["920"], "Family Care"),
    ("Saginaw", "Saginaw County", "MI", "486", 43.4195, -83.9508, ["989"], "MI Choice"),
    ("Asheville", "Buncombe County", "NC", "288", 35.5951, -82.5515, ["828"], "CAP/DA"),
    ("Cheyenne", "Laramie County", "WY", "820", 41.1400, -104.8202, ["307"], "CCW"),
    ("Hialeah", "Miami-Dade County", "FL", "330", 25.8576, -80.2781, ["305", "786"], "SMMC LTC"),
]
STREETS = ["N Oracle Rd", "E Speedway Blvd", "Maple Ave", "Old Mill Rd", "Calle Loma Linda", "Kamehameha Ave",
           "Rue Beau Bassin", "Birch Ln", "Genesee St", "Pleasant Valley Dr", "W 4th St", "Cedar Ridge Ct",
           "Lakeshore Dr", "Hwy 491", "County Rd 12", "Avenida del Sol", "Orchard Hill Ter", "Jefferson Ave",
           "Elm St", "Mountain View Rd", "SW 8th St", "Brookside Cir", "Quail Run Dr", "Tunnel Rd",
           "Dakota Ave", "Wisteria Way", "Kinney Rd", "Lincoln Blvd", "Pine Knot Trl"]
UNITS = ["Apt 4B", "Unit 12", "#208", "Lot 37", "Apt 2", "Trlr 9", "Apt 311", "Unit C"]
CONDITIONS = ["CHF", "COPD on 2L home O2", "Type 2 diabetes", "Parkinson's disease", "atrial fibrillation on warfarin",
              "hx of stroke (L hemiparesis)", "osteoporosis", "mild dementia", "macular degeneration", "epilepsy",
              "ESRD on dialysis MWF", "R hip replacement", "hypertension", "hearing impaired",
              "insulin-dependent diabetes", "Alzheimer's, early stage", "vertigo", "recurrent falls",
              "neuropathy both feet", "pacemaker"]
MEDS = ["metoprolol 25mg", "warfarin 5mg", "furosemide 40mg", "insulin glargine 20u", "donepezil 10mg",
        "carbidopa/levodopa 25/100", "apixaban 5mg", "levothyroxine 50mcg", "lisinopril 10mg", "gabapentin 300mg"]
LANGS = ["en", "en", "en", "es", "vi", "zh", "ko", "pl", "ru", "tl", "haw", "nv"]
REL_F = ["daughter", "daughter", "niece", "granddaughter", "neighbor", "friend", "sister", "daughter-in-law", "wife", "church friend"]
REL_M = ["son", "son", "grandson", "nephew", "neighbor", "friend", "son-in-law", "brother", "husband", "church friend"]
MAILDOM = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "comcast.net", "aol.com",
           "att.net", "sbcglobal.net", "protonmail.com", "frontier.com", "hawaii.rr.com"]
OPERATORS = [("mnakashima", "Miyu Nakashima"), ("jdelgado", "Jorge Delgado"), ("tkowal", "Teresa Kowal"),
             ("abiswas", "Arjun Biswas"), ("lfontaine", "Lise Fontaine"), ("kowusu", "Kofi Owusu"),
             ("rquintero", "Rosa Quintero"), ("bthornton", "Blake Thornton")]
DOCTORS = ["Dr. Helena Marsh", "Sanjay Kulkarni MD", "Dr. Abena Asante", "Dr. Paul Rinaldi", "Dr. Yuki Sato",
           "Maria-Elena Voss, NP"]
CASE_MGRS = ["Deborah Lyle (AAA Region 4)", "Tom Brightwater, RN CM", "Kiara Munoz (care coordinator)"]


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128)


def phone10(area):
    return area + str(R.randint(2, 9)) + digits(2).replace("11", "21") + digits(4)


def fmt_phone(p, style=None):
    style = style or R.choice(["paren", "dash", "dot", "plain", "e164", "e164sp", "one"])
    a, e, n = p[:3], p[3:6], p[6:]
    return {"paren": "(%s) %s-%s" % (a, e, n), "dash": "%s-%s-%s" % (a, e, n), "dot": "%s.%s.%s" % (a, e, n),
            "plain": p, "e164": "+1" + p, "e164sp": "+1 %s %s %s" % (a, e, n),
            "one": "1-%s-%s-%s" % (a, e, n)}[style]


def fmt_date(d, style=None):
    style = style or R.choice(["iso", "us", "usn", "eu", "x12", "mon", "ora", "long"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "usn":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    if style == "x12":
        return d.strftime("%Y%m%d")
    if style == "mon":
        return d.strftime("%b ") + str(d.day) + d.strftime(", %Y")
    if style == "ora":
        return d.strftime("%d-%b-%Y").upper()
    if style == "long":
        return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")
    if style == "md":
        return "%d/%d" % (d.month, d.day)
    raise ValueError(style)


def fmt_name(f, l, mi="", style=None):
    style = style or R.choice(["fl", "fl", "fml", "lf", "lfm", "LF", "FL", "lower", "init"])
    if style == "fl":
        return "%s %s" % (f, l)
    if style == "fml":
        return "%s %s. %s" % (f, mi, l)
    if style == "lf":
        return "%s, %s" % (l, f)
    if style == "lfm":
        return "%s, %s %s" % (l, f, mi)
    if style == "LF":
        return "%s, %s" % (l.upper(), f.upper())
    if style == "FL":
        return "%s %s" % (f.upper(), l.upper())
    if style == "lower":
        return "%s %s" % (f.lower(), l.lower())
    if style == "init":
        return "%s. %s" % (f[0], l)
    raise ValueError(style)


def make_email(f, l):
    f2 = ascii_fold(f).lower().replace(" ", "").replace("-", "")
    l2 = ascii_fold(l).lower().replace(" ", "").replace("'", "").replace(".", "")
    form = R.choice(["{f}.{l}", "{f}{l}", "{fi}{l}", "{f}{l}{n}", "{l}.{f}{n}", "{f}_{l}"])
    return form.format(f=f2, l=l2, fi=f2[0], n=R.randint(1, 99)) + "@" + R.choice(MAILDOM)


class Person:
    pass


def make_contact(sub_last):
    c = Person()
    c.sex = R.choice("FM")
    c.first = R.choice(YOUNG_F if c.sex == "F" else YOUNG_M)
    c.last = sub_last if R.random() < 0.45 else R.choice(LAST)
    c.rel = R.choice(REL_F if c.sex == "F" else REL_M)
    c.phone = phone10(R.choice(["602", "520", "917", "312", "213", "503", "404", "615", "808", "206", "305", "720"]))
    c.email = make_email(c.first, c.last)
    c.uid = alnum(28)
    c.username = ascii_fold(c.first).lower()[:R.randint(3, 6)] + R.choice(["", ".", "_"]) + ascii_fold(c.last).lower().replace(" ", "").replace("'", "")[:5] + str(R.randint(1, 99))
    c.fcm = alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") + ":APA91b" + alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    c.ip = "%d.%d.%d.%d" % (R.choice([24, 47, 67, 68, 71, 73, 76, 97, 98, 99, 107, 108, 174, 184]), R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))
    c.has_key = R.random() < 0.5
    return c


TODAY = date(2024, 5, 14)


def make_sub(i):
    s = Person()
    s.sex = R.choice("FFFM")
    s.first = R.choice(FIRST_F if s.sex == "F" else FIRST_M)
    s.last = R.choice(LAST)
    s.mi = R.choice("ABCDEFGHJKLMNPRSTW")
    s.age = R.choice(list(range(67, 90)) + list(range(90, 103)) * 2)
    bd = date(TODAY.year - s.age, R.randint(1, 12), R.randint(1, 28))
    if (bd.month, bd.day) > (TODAY.month, TODAY.day):
        bd = date(bd.year - 1, bd.month, bd.day)
    s.dob = bd
    c = CITIES[i % len(CITIES)] if i < len(CITIES) else R.choice(CITIES)
    s.city, s.county, s.state, zip3, lat, lon, areas, s.program = c
    s.street = "%d %s" % (R.randint(12, 9870), R.choice(STREETS))
    s.unit = R.choice(UNITS) if R.random() < 0.3 else ""
    s.street_full = s.street + ((" " + s.unit) if s.unit else "")
    s.zip = zip3 + digits(2)
    s.zip4 = s.zip + "-" + digits(4)
    s.lat = round(lat + R.uniform(-0.07, 0.07), 5)
    s.lon = round(lon + R.uniform(-0.07, 0.07), 5)
    s.home = phone10(R.choice(areas))
    s.mobile = phone10(R.choice(areas)) if R.random() < 0.4 else None
    s.sid = "HA00" + digits(6)
    s.cid = R.choice(["%04d" % R.randint(1000, 9999), "%04X" % R.randint(0x1000, 0xFFFF), "%05d" % R.randint(10000, 99999)])
    s.bill = R.choice(["BA-%s-%s" % (digits(4), digits(4)), "%08d" % R.randint(10 ** 6, 10 ** 8 - 1)])
    s.private = R.random() < 0.3
    s.mcd = medicaid_id(s.state)
    s.mbi = make_mbi()
    s.ssn = make_ssn()
    s.conds = R.sample(CONDITIONS, R.randint(1, 3))
    s.meds = R.sample(MEDS, R.randint(1, 3))
    s.lang = R.choice(LANGS)
    s.kind = R.choice(["pendant", "pendant", "watch", "pendant+base"])
    s.imei = make_imei()
    s.iccid = make_iccid()
    s.msisdn = phone10(R.choice(["762", "564", "659", "283", "447"]))
    s.serial = (R.choice(["HLX-P4-", "HLX-P3-", "HLW2-"]) + digits(4) + "-" + digits(6)) if s.kind != "watch" else "W7S" + alnum(8, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    s.mac = ":".join("%02X" % R.randint(0, 255) for _ in range(6))
    s.enroll = TODAY - timedelta(days=R.randint(20, 1500))
    s.lockbox = "%04d" % R.randint(0, 9999)
    s.contacts = [make_contact(s.last) for _ in range(R.randint(1, 3))]
    s.dl = make_dl(s.state)
    s.plate = make_plate(s.state)
    s.vin = make_vin()
    s.cus = "cus_" + alnum(14)
    s.pan = make_pan()
    s.pa = "PA" + digits(10)
    s.case = "%s-%s-%s" % (s.state, digits(2), digits(6))
    s.hmrn = R.choice(["E", "M", ""]) + digits(R.choice([7, 8, 9]))
    return s


SUBS = [make_sub(i) for i in range(40)]


def SUB():
    return R.choice(SUBS)


def alarm_no(t=None):
    t = t or CLK.t
    return "A%02d-%02d%02d-%05d" % (t.year % 100, t.month, t.day, R.randint(100, 4999))


def op():
    return R.choice(OPERATORS)


def public_ip():
    return "%d.%d.%d.%d" % (R.choice([45, 62, 91, 103, 141, 185, 193, 194, 212]), R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))


def priv_ip():
    return "10.40.%d.%d" % (R.randint(0, 31), R.randint(2, 250))


def cgnat_ip():
    return "100.%d.%d.%d" % (R.randint(64, 127), R.randint(0, 255), R.randint(1, 254))


# ================================================================= families
# Each generator returns a list of B objects (one per physical line).

SPRING_SVCS = {"alarm-router": "c.h.alarm.router", "enrollment-svc": "c.h.enroll", "billing-svc": "c.h.billing",
               "notify-svc": "c.h.notify", "carrier-gw": "c.h.carrier"}


def spring_prefix(b, t, level, thread, logger, boot3=False, app=None):
    thread = thread[-15:]
    if boot3:
        b.t("%s %5s 1 --- [%s] [%15s] %-40s : " % (ts_iso(t).replace("Z", "+00:00"), level, app, thread, logger[-40:]))
    else:
        b.t("%s %5s 1 --- [%15s] %-40s : " % (ts_spring(t), level, thread, logger[-40:]))
    return b


def fam_spring_phi():
    t = CLK.tick()
    s = SUB()
    b = B("spring_boot")
    k = R.randrange(8)
    boot3 = R.random() < 0.4
    out = [b]
    if k == 0:
        spring_prefix(b, t, "INFO", "ntainer#0-0-C-1", "c.h.alarm.router.AlarmRouterListener", boot3, "alarm-router")
        b.seq("Received AlarmEvent(alarmNo=", (alarm_no(), "other_id"), ", acct=", (s.cid, "account"), ", imei=", (s.imei, "device"),
              ", eventCode=E101, zone=%d, lat=" % R.choice([1, 9, 9]), (str(s.lat), "address"), ", lon=", (str(s.lon), "address"),
              ", batteryPct=%d, source=IOT_CORE, traceId=%s)" % (R.randint(5, 100), hexs(32)))
    elif k == 1:
        spring_prefix(b, t, "INFO", "nio-8080-exec-%d" % R.randint(1, 10), "c.h.enroll.service.EnrollmentService", boot3, "enrollment-svc")
        b.seq("Enrollment created subscriberId=", (s.sid, "mrn"), " name='", (fmt_name(s.first, s.last, s.mi, R.choice(["fl", "fml"])), "name"),
              "' dob=", (fmt_date(s.dob, "iso"), "date"), " program='%s' medicaidId=" % s.program, (s.mcd, "health_plan"),
              " age=", (str(s.age), "age" if s.age >= 90 else None), " device=%s installDate=" % s.kind, (fmt_date(s.enroll, "iso"), "date"))
    elif k == 2:
        spring_prefix(b, t, "WARN", "nio-8080-exec-%d" % R.randint(1, 10), "c.h.enroll.address.UspsAddressValidator", boot3, "enrollment-svc")
        b.seq("Address validation failed for subscriber ", (s.sid, "mrn"), ": USPS returned DPV_CONFIRM=N for '",
              (s.street_full, "address"), ", ", (s.city, "address"), " %s " % s.state, (s.zip, "zip"), "' (latency=%dms)" % R.randint(80, 900))
    elif k == 3:
        spring_prefix(b, t, "INFO", "scheduling-1", "c.h.billing.claims.ClaimBuilder", boot3, "billing-svc")
        d1 = date(2024, 4, 1)
        d2 = date(2024, 4, 30)
        b.seq("Built claim pcn=", (s.sid[2:] + digits(2), "account"), " member=", (s.mcd, "health_plan"), " dos=",
              (fmt_date(d1, "us"), "date"), "-", (fmt_date(d2, "us"), "date"), " hcpcs=S5161 mod=U%d units=1 charge=%.2f payer=%s" % (R.randint(1, 9), R.choice([38.5, 41.25, 45.0, 48.5]), s.program))
    elif k == 4:
        spring_prefix(b, t, "ERROR", "notify-pool-%d" % R.randint(1, 8), "c.h.notify.push.FcmPushSender", boot3, "notify-svc")
        c = R.choice(s.contacts)
        an = alarm_no()
        b.seq("Failed to push alarm ", (an, "other_id"), " to caregiver ", (c.email, "email"), " (uid=", (c.uid, "other_id"), ")")
        ex = B("java_stacktrace").t("com.google.firebase.messaging.FirebaseMessagingException: Requested entity was not found.")
        out.append(ex)
        for fr in ["com.google.firebase.messaging.FirebaseMessagingClientImpl.createExceptionFromResponse(FirebaseMessagingClientImpl.java:157)",
                   "com.google.firebase.messaging.FirebaseMessaging$1.execute(FirebaseMessaging.java:133)",
                   "com.halyard.notify.push.FcmPushSender.send(FcmPushSender.java:88)"]:
            out.append(B("java_stacktrace").t("\tat " + fr))
        out.append(B("java_stacktrace").t("\t... %d common frames omitted" % R.randint(12, 40)))
    elif k == 5:
        spring_prefix(b, t, "DEBUG", "ntainer#1-0-C-1", "c.h.alarm.callout.CallListService", boot3, "alarm-router")
        b.seq("Call list for acct ", (s.cid, "account"), ": [1] ", ("%s %s" % (s.first, s.last), "name"), " (subscriber) ",
              (fmt_phone(s.home, "plain"), "phone"))
        for i, c in enumerate(s.contacts[:2]):
            b.seq(", [%d] " % (i + 2), ("%s %s" % (c.first, c.last), "name"), " (%s%s) " % (c.rel, ", has key" if c.has_key else ""),
                  (fmt_phone(c.phone), "phone"))
    elif k == 6:
        spring_prefix(b, t, "INFO", "carrier-exec-%d" % R.randint(1, 4), "c.h.carrier.LtemProvisioningService", boot3, "carrier-gw")
        b.seq("Activated SIM iccid=", (s.iccid, "device"), " imei=", (s.imei, "device"), " msisdn=", (s.msisdn, "phone"),
              " ratePlan=PERS_LTEM_10MB apn=pers.m2m for subscriber ", (s.sid, "mrn"))
    else:
        spring_prefix(b, t, "WARN", "nio-8080-exec-%d" % R.randint(1, 10), "c.h.billing.pay.CardVaultService", boot3, "billing-svc")
        b.seq("Tokenization rejected (AVS mismatch) for guarantor ", (fmt_name(s.contacts[0].first, s.contacts[0].last, "", "lf"), "name"),
              " billingAccount=", (s.bill, "account"), " zip=", (s.zip, "zip"), " card=", (s.pan, "account"), " exp=%02d/%02d" % (R.randint(1, 12), R.randint(25, 29)))
    return out


def fam_spring_noise():
    t = CLK.tick()
    b = B("spring_boot")
    svc = R.choice(list(SPRING_SVCS))
    pk = SPRING_SVCS[svc]
    boot3 = R.random() < 0.4
    k = R.randrange(12)
    if k == 0:
        spring_prefix(b, t, "INFO", "main", pk + ".Application", boot3, svc)
        b.t("Started %sApplication in %.3f seconds (process running for %.3f)" % (svc.split("-")[0].capitalize(), R.uniform(8, 20), R.uniform(9, 22)))
    elif k == 1:
        spring_prefix(b, t, "INFO", "main", "com.zaxxer.hikari.HikariDataSource", boot3, svc)
        b.t("HikariPool-1 - Start completed.")
    elif k == 2:
        spring_prefix(b, t, "INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", boot3, svc)
        b.t("Tomcat started on port 8080 (http) with context path ''")
    elif k == 3:
        spring_prefix(b, t, "INFO", "ntainer#0-0-C-1", "o.s.k.l.KafkaMessageListenerContainer", boot3, svc)
        b.t("alarm-router-group: partitions assigned: [alarm.events-%d, alarm.events-%d]" % (R.randint(0, 5), R.randint(6, 11)))
    elif k == 4:
        spring_prefix(b, t, "INFO", "scheduling-1", "c.h.alarm.supervision.HeartbeatSweepJob", boot3, "alarm-router")
        b.t("Heartbeat sweep done: checked=%d overdue=%d (>26h) lowBattery=%d duration=%dms" % (R.randint(18000, 19000), R.randint(3, 40), R.randint(20, 120), R.randint(400, 2400)))
    elif k == 5:
        spring_prefix(b, t, "WARN", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", boot3, svc)
        b.t("HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m%ds%dms)." % (R.randint(1, 59), R.randint(1, 999)))
    elif k == 6:
        spring_prefix(b, t, "INFO", "main", "o.s.c.a.ConfigServicePropertySourceLocator", boot3, svc)
        b.t("Located environment: name=%s, profiles=[prod], label=null, version=%s, state=null" % (svc, hexs(40)))
    elif k == 7:
        spring_prefix(b, t, "ERROR", "nio-8080-exec-%d" % R.randint(1, 10), "o.a.c.c.C.[.[.[/].[dispatcherServlet]", boot3, svc)
        b.t("Servlet.service() for servlet [dispatcherServlet] threw exception: java.net.SocketTimeoutException: Read timed out (upstream=carrier-api, timeout=5000ms, traceId=%s)" % hexs(32))
    elif k == 8:
        spring_prefix(b, t, "INFO", "scheduling-1", "c.h.ops.oncall.EscalationPolicy", boot3, "alarm-router")
        b.t("On-call escalation roster loaded: primary=%s (NOC, x4471) secondary=%s supervisor=%s" % (R.choice(["Priya Raman", "Ben Okafor", "Sofia Lindgren"]), R.choice(["Marco Bellini", "Hye-jin Cho"]), OPERATORS[4][1]))
    elif k == 9:
        spring_prefix(b, t, "INFO", "scheduling-2", "c.h.billing.batch.MonthlyInvoiceJob", boot3, "billing-svc")
        b.t("Invoice run 2024-05 finished: invoices=%d privatePay=%d waiver=%d failed=%d elapsed=%ds" % (R.randint(9000, 9900), R.randint(2000, 2600), R.randint(6000, 7000), R.randint(0, 9), R.randint(60, 400)))
    elif k == 10:
        spring_prefix(b, t, "DEBUG", "http-nio-8080-exec-%d" % R.randint(1, 10), "o.s.web.servlet.DispatcherServlet", boot3, svc)
        b.t("Completed 200 OK GET /actuator/health")
    else:
        spring_prefix(b, t, "INFO", "kafka-producer-network-thread | producer-1", "o.a.k.c.p.internals.TransactionManager", boot3, svc)
        b.t("[Producer clientId=producer-1, transactionalId=%s-tx-%d] ProducerId set to %d with epoch %d" % (svc, R.randint(0, 3), R.randint(10000, 99999), R.randint(0, 20)))
    out = [b]
    if k == 7:
        out.append(B("java_stacktrace").t("java.net.SocketTimeoutException: Read timed out"))
        for fr in ["java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)",
                   "okhttp3.internal.connection.RealCall.getResponseWithInterceptorChain$okhttp(RealCall.kt:201)",
                   "com.halyard.carrier.client.CarrierApiClient.get(CarrierApiClient.java:142)"]:
            out.append(B("java_stacktrace").t("\tat " + fr))
    return out


# ---------------------------------------------------------------- python
def fam_python_phi(k=None):
    t = CLK.tick()
    s = SUB()
    k = R.randrange(7) if k is None else k
    if k == 0:
        b = B("python_logging")
        b.seq("%s INFO fall_detector.scoring [worker-%d] imei=" % (ts_py(t), R.randint(1, 8)), (s.imei, "device"),
              " score=%.3f peak_g=%.2f freefall_ms=%d still_s=%d verdict=FALL model=fd-v3.4.1" % (R.uniform(0.85, 0.99), R.uniform(2.6, 5.5), R.randint(180, 600), R.randint(10, 60)))
    elif k == 1:
        b = B("python_json_logger")
        J(b, {"asctime": ts_py(t), "levelname": "WARNING", "name": "telemetry.battery", "message": "battery below threshold",
              "imei": P(s.imei, "device"), "subscriber_id": P(s.sid, "mrn"), "battery_pct": R.randint(3, 14), "charging": False,
              "notify": ["caregiver_sms", "ops_queue"]}, sp=True)
    elif k == 2:
        b = B("python_logging")
        b.seq("%s WARNING geofence.watcher: EXIT home zone sub=" % ts_py(t), (s.sid, "mrn"), " fix=",
              ("%.5f,%.5f" % (s.lat + 0.01, s.lon - 0.02), "address"), " radius_m=250 dwell_s=%d cond=%s" % (R.randint(300, 3600), "mild dementia"))
    elif k == 3:
        b = B("celery")
        c = R.choice(s.contacts)
        b.seq("[%s: WARNING/ForkPoolWorker-%d] notify.tasks.send_sms[%s]: Twilio 21610 unsubscribed recipient " % (ts_py(t), R.randint(1, 8), uuid4()),
              (fmt_phone(c.phone, "e164"), "phone"), " (caregiver of ", (s.sid, "mrn"), ")")
    elif k == 4:
        b = B("python_logging")
        b.seq("%s DEBUG eligibility.client: 271 raw: " % ts_py(t))
        x12_271_inline(b, s)
    elif k == 5:
        b = B("python_logging")
        b.seq("%s ERROR enrollment.import: row %d rejected (bad SSN checksum?) ssn=" % (ts_py(t), R.randint(2, 400)), (s.ssn.replace("-", ""), "ssn"),
              " last=", (s.last.upper(), "name"), " dob=", (fmt_date(s.dob, "us"), "date"), " file=referrals_%s.csv" % t.strftime("%Y%m%d"))
    elif R.random() < 0.5:
        b = B("python_logging")
        b.seq("%s INFO kiosk.fingerprint: template enrolled for caregiver uid=" % ts_py(t), (R.choice(s.contacts).uid, "other_id"), " minutiae=%d fmr=1e-5 iso19794_2=" % R.randint(28, 60),
              (base64.b64encode(b"FMR\x00 20\x00" + bytes(R.randrange(256) for _ in range(36))).decode(), "biometric"))
    else:
        b = B("python_json_logger")
        J(b, {"ts": ts_iso(t), "lvl": "info", "logger": "voice.enroll", "msg": "voiceprint template stored",
              "subscriber": P(s.sid, "mrn"), "template_b64": P(base64.b64encode(bytes(R.randrange(256) for _ in range(48))).decode(), "biometric"),
              "quality": round(R.uniform(0.6, 0.95), 2), "vendor": "vp-sdk 7.2"})
    return [b]


def x12_271_inline(b, s):
    ctl = digits(9)
    b.t("ISA*00*          *00*          *ZZ*%-15s*ZZ*HALYARD01      *%s*%s*^*00501*%s*0*P*:~" % (s.state + "MMIS", "240514", "0212", ctl))
    b.t("ST*271*0001*005010X279A1~HL*1**20*1~NM1*PR*2*%s MEDICAID*****PI*%s~HL*3*2*22*0~NM1*IL*1*" % (s.state, digits(5)))
    b.p(ascii_fold(s.last).upper(), "name").t("*").p(ascii_fold(s.first).upper(), "name").t("*").p(s.mi, "name").t("***MI*").p(s.mcd, "health_plan")
    b.t("~DMG*D8*").p(fmt_date(s.dob, "x12"), "date").t("*%s~EB*1*IND*30**%s~DTP*356*D8*" % (s.sex, R.choice(["MC", "HM"])))
    b.p(fmt_date(s.enroll, "x12"), "date").t("~SE*9*0001~")


def fam_python_noise():
    t = CLK.tick()
    k = R.randrange(10)
    if k == 0:
        b = B("python_logging").t("%s INFO fall_detector.model: loaded fd-v3.4.1 (onnx, sha256=%s, threshold=0.82)" % (ts_py(t), hexs(64)))
    elif k == 1:
        b = B("python_logging").t("%s INFO fall_detector.batch: processed %d events in %.2fs falls=%d suppressed_fp=%d lag_ms=%d" % (ts_py(t), R.randint(200, 900), R.uniform(0.2, 2), R.randint(0, 4), R.randint(2, 20), R.randint(10, 900)))
    elif k == 2:
        b = B("python_logging").t("%s DEBUG botocore.credentials: Found credentials from IAM Role: pers-telemetry-worker" % ts_py(t))
    elif k == 3:
        b = B("python_logging").t("%s DEBUG urllib3.connectionpool: https://data.iot.us-east-1.amazonaws.com:443 \"POST /topics/pers%%2Fv1%%2Fcmd%%2Fbroadcast?qos=1 HTTP/1.1\" 200 65" % ts_py(t))
    elif k == 4:
        b = B("celery").t("[%s: INFO/ForkPoolWorker-%d] Task billing.tasks.submit_837[%s] succeeded in %.3fs: {'claims': %d, 'rejected': %d, 'batch': 'B%s'}" % (ts_py(t), R.randint(1, 8), uuid4(), R.uniform(1, 30), R.randint(100, 900), R.randint(0, 6), digits(6)))
    elif k == 5:
        b = B("python_json_logger")
        J(b, {"asctime": ts_py(t), "levelname": "INFO", "name": "telemetry.ingest", "message": "kinesis batch checkpoint",
              "shard": "shardId-%012d" % R.randint(0, 7), "seq": digits(56)[:40], "records": R.randint(100, 5000), "iterator_age_ms": R.randint(0, 4000)}, sp=True)
    elif k == 6:
        b = B("gunicorn").t("[%s +0000] [%d] [INFO] Booting worker with pid: %d" % (t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(7, 9), R.randint(10, 400)))
    elif k == 7:
        b = B("python_logging").t("%s WARNING eligibility.client: clearinghouse 999 reject for batch %s: IK5*R*5 (segment count mismatch), resubmitting" % (ts_py(t), digits(9)))
    elif k == 8:
        b = B("celery").t("[%s: INFO/MainProcess] Task notify.tasks.send_sms[%s] received" % (ts_py(t), uuid4()))
    else:
        b = B("python_logging").t("%s INFO geofence.watcher: zones reloaded count=%d from s3://halyard-config-prod/geofence/zones-%s.json etag=\"%s\"" % (ts_py(t), R.randint(4000, 6000), t.strftime("%Y%m%d"), hexs(32)))
    return [b]


# ---------------------------------------------------------------- postgres
def pg_prefix(b, t, pid, user, level):
    b.t("%s [%d] %s %s:  " % (ts_pg(t), pid, user, level))


def fam_pg_phi():
    t = CLK.tick()
    s = SUB()
    pid = R.randint(2000, 60000)
    k = R.randrange(5)
    if k == 0:
        b1 = B("postgresql")
        pg_prefix(b1, t, pid, "alarm_svc@pers", "LOG")
        b1.t("duration: %.3f ms  execute S_%d: SELECT s.subscriber_id, s.cid_account, s.medical_notes FROM subscribers s WHERE lower(s.last_name) = lower($1) AND s.dob = $2" % (R.uniform(900, 4000), R.randint(1, 40)))
        b2 = B("postgresql")
        pg_prefix(b2, t, pid, "alarm_svc@pers", "DETAIL")
        b2.seq("parameters: $1 = '", (s.last.replace("'", "''"), "name"), "', $2 = '", (fmt_date(s.dob, "iso"), "date"), "'")
        return [b1, b2]
    if k == 1:
        b1 = B("postgresql")
        pg_prefix(b1, t, pid, "carrier_gw@pers", "ERROR")
        b1.t('duplicate key value violates unique constraint "device_imei_key"')
        b2 = B("postgresql")
        pg_prefix(b2, t, pid, "carrier_gw@pers", "DETAIL")
        b2.seq("Key (imei)=(", (s.imei, "device"), ") already exists.")
        b3 = B("postgresql")
        pg_prefix(b3, t, pid, "carrier_gw@pers", "STATEMENT")
        b3.seq("INSERT INTO device (imei, iccid, model, subscriber_id) VALUES ('", (s.imei, "device"), "', '", (s.iccid, "device"),
               "', 'P4-LTEM', '", (s.sid, "mrn"), "')")
        return [b1, b2, b3]
    if k == 2:
        b1 = B("postgresql")
        pg_prefix(b1, t, pid, "enroll_svc@pers", "ERROR")
        b1.t('null value in column "zip" of relation "subscriber_address" violates not-null constraint')
        b2 = B("postgresql")
        pg_prefix(b2, t, pid, "enroll_svc@pers", "DETAIL")
        b2.seq("Failing row contains (%d, " % R.randint(10000, 99999), (s.sid, "mrn"), ", ", (s.street, "address"), ", ",
               ("null" if not s.unit else s.unit, "address" if s.unit else None), ", ", (s.city, "address"), ", %s, null, " % s.state,
               (str(s.lat), "address"), ", ", (str(s.lon), "address"), ", t).")
        return [b1, b2]
    if k == 3:
        b1 = B("postgresql")
        pg_prefix(b1, t, pid, "billing@pers", "LOG")
        b1.seq("statement: UPDATE billing_account SET payer_type='MEDICAID_WAIVER', medicaid_id='", (s.mcd, "health_plan"),
               "', waiver_case_no='", (s.case, "other_id"), "' WHERE account_no='", (s.bill, "account"), "'")
        return [b1]
    b1 = B("postgresql")
    pg_prefix(b1, t, pid, "ops_ro@pers", "LOG")
    c = R.choice(s.contacts)
    b1.seq("duration: %.3f ms  statement: SELECT * FROM responders WHERE phone_e164 = '" % R.uniform(200, 1500), ("+1" + c.phone, "phone"),
           "' OR email = '", (c.email, "email"), "'")
    return [b1]


def fam_pg_noise():
    t = CLK.tick()
    pid = R.randint(2000, 60000)
    b = B("postgresql")
    k = R.randrange(9)
    if k == 0:
        b.t("%s [%d] LOG:  checkpoint starting: time" % (ts_pg(t), R.randint(20, 90)))
    elif k == 1:
        w = R.randint(400, 9000)
        wr = R.uniform(100, 270)
        sy = R.randint(1, 99) / 1000.0
        b.t("%s [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s; sync files=%d, longest=0.004 s, average=0.001 s; distance=%d kB, estimate=%d kB" % (ts_pg(t), R.randint(20, 90), w, w / 163.84, R.randint(0, 4), wr, sy, wr + sy + R.uniform(0.01, 0.2), R.randint(10, 90), R.randint(5000, 40000), R.randint(5000, 40000)))
    elif k == 2:
        b.t('%s [%d] LOG:  automatic vacuum of table "pers.public.telemetry_events": index scans: 1' % (ts_pg(t), pid))
    elif k == 3:
        b.t("%s [%d] [unknown]@[unknown] LOG:  connection received: host=%s port=%d" % (ts_pg(t), pid, priv_ip(), R.randint(32768, 60999)))
    elif k == 4:
        b.t("%s [%d] %s LOG:  connection authorized: user=%s database=pers application_name=%s SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)" % (ts_pg(t), pid, "billing_ro@pers", "billing_ro", R.choice(["psql", "PostgreSQL JDBC Driver", "metabase"])))
    elif k == 5:
        b.t('%s [%d] report_etl@pers FATAL:  password authentication failed for user "report_etl"' % (ts_pg(t), pid))
    elif k == 6:
        b.t("%s [%d] alarm_svc@pers LOG:  duration: %.3f ms  statement: SELECT count(*) FROM alarm_queue WHERE state = 'OPEN' AND priority <= 2" % (ts_pg(t), pid, R.uniform(1, 60)))
    elif k == 7:
        b.t("%s [%d] LOG:  temporary file: path \"base/pgsql_tmp/pgsql_tmp%d.%d\", size %d" % (ts_pg(t), pid, pid, R.randint(0, 9), R.randint(10 ** 6, 10 ** 8)))
    else:
        b.t("%s [%d] alarm_svc@pers ERROR:  canceling statement due to statement timeout" % (ts_pg(t), pid))
    return [b]


# ---------------------------------------------------------------- IoT Core
def fam_iot_phi():
    t = CLK.tick()
    s = SUB()
    k = R.randrange(5)
    b = B("aws_iot_core")
    if k == 0:
        b.t("MQTT ").t("pers/v1/").p(s.imei, "device").t("/evt/fall qos=1 ")
        J(b, {"v": 2, "imei": P(s.imei, "device"), "ts": epoch_ms(t), "type": "fall",
              "accel": {"peak_g": round(R.uniform(2.5, 5.5), 2), "free_fall_ms": R.randint(150, 600), "impact_axis": R.choice("xyz"), "post_still_s": R.randint(5, 60)},
              "gps": {"lat": P(s.lat, "address"), "lon": P(s.lon, "address"), "acc_m": R.randint(4, 60), "src": R.choice(["gnss", "wifi", "cell"])},
              "batt": R.randint(5, 100), "rssi": -R.randint(70, 115), "rat": "LTE-M", "fw": "P4-2.8.%d" % R.randint(1, 20)})
    elif k == 1:
        b.t("LambdaLog ")
        b.t("%s\t%s\tINFO\tgps fix " % (ts_iso(t), uuid4()))
        J(b, {"deviceId": P(s.serial, "device"), "fix": {"latitude": P(s.lat, "address"), "longitude": P(s.lon, "address"), "hdop": round(R.uniform(0.7, 3.5), 1), "sats": R.randint(4, 14)},
              "speed_kmh": round(R.uniform(0, 4), 1), "ts": int(epoch_ms(t) / 1000)})
    elif k == 2:
        b.t('{"timestamp":"%s","logLevel":"ERROR","traceId":"%s","accountId":"489213307711","status":"Failure","eventType":"RuleExecution","clientId":"' % (t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000), uuid4()))
        b.p(s.imei, "device").t('","topicName":"pers/v1/').p(s.imei, "device")
        b.t('/evt/%s","ruleName":"pers_fall_to_kinesis","ruleAction":"KinesisAction","resources":{"StreamName":"pers-alarm-ingest"},"principalId":"%s","details":"ProvisionedThroughputExceededException"}' % (R.choice(["fall", "sos", "batt"]), hexs(64)))
    elif k == 3:
        b.t("MQTT $aws/things/").p(s.imei, "device").t("/shadow/update/accepted ")
        J(b, {"state": {"reported": {"batt_pct": R.randint(5, 100), "batt_mv": R.randint(3450, 4200), "charging": R.random() < 0.3,
                                     "fw": "W2-1.%d.%d" % (R.randint(0, 9), R.randint(0, 30)), "iccid": P(s.iccid, "device"),
                                     "ble_mac": P(s.mac, "device"), "steps_today": R.randint(0, 6000), "hr_bpm": R.randint(55, 110)}},
              "metadata": {"reported": {"batt_pct": {"timestamp": int(epoch_ms(t) / 1000)}}}, "version": R.randint(100, 99999), "timestamp": int(epoch_ms(t) / 1000)})
    else:
        b.t("MQTT pers/v1/").p(s.imei, "device").t("/evt/sos qos=1 ")
        J(b, {"imei": P(s.imei, "device"), "evt": "SOS_BUTTON", "press_ms": R.randint(200, 3000), "ts": epoch_ms(t),
              "cell": {"mcc": 310, "mnc": 410, "tac": R.randint(1000, 60000), "eci": R.randint(10 ** 6, 10 ** 8)},
              "wifi": [{"bssid": ":".join("%02x" % R.randint(0, 255) for _ in range(6)), "rssi": -R.randint(50, 90)}],
              "loc": P("%.5f,%.5f" % (s.lat, s.lon), "address")})
    return [b]


def fam_iot_noise():
    t = CLK.tick()
    k = R.randrange(6)
    b = B("aws_iot_core")
    if k == 0:
        b.t("START RequestId: %s Version: $LATEST" % uuid4())
    elif k == 1:
        b.t("REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: 256 MB\tMax Memory Used: %d MB" % (uuid4(), R.uniform(3, 300), R.randint(4, 301), R.randint(60, 140)))
    elif k == 2:
        J(b, {"timestamp": t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000), "logLevel": "INFO", "traceId": uuid4(),
              "accountId": "489213307711", "status": "Success", "eventType": "RuleMatch", "topicName": "pers/v1/fleet/metrics",
              "ruleName": "pers_fleet_metrics_to_timestream", "principalId": "AIDA" + alnum(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")})
    elif k == 3:
        b.t("iot-rules: SQL for pers_fall_to_kinesis = \"SELECT *, topic(3) AS imei, timestamp() AS rx_ms FROM 'pers/v1/+/evt/#' WHERE accel.peak_g > 2.5 OR evt = 'SOS_BUTTON'\" (awsIotSqlVersion 2016-03-23)")
    elif k == 4:
        b.t("%s\t%s\tINFO\tfleet summary connected=%d disconnected_24h=%d fw_outdated=%d" % (ts_iso(t), uuid4(), R.randint(17000, 18500), R.randint(100, 700), R.randint(50, 2000)))
    else:
        b.t("END RequestId: %s" % uuid4())
    return [b]


# ---------------------------------------------------------------- DC-09 / Contact ID
def crc16_arc(data):
    crc = 0
    for ch in data.encode("ascii"):
        crc ^= ch
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return crc


CID_EVENTS = [("1101", "01", "001", "MEDICAL PENDANT"), ("1101", "01", "009", "FALL DETECTED"), ("1100", "01", "002", "WALL BUTTON"),
              ("1302", "00", "000", "LOW BATTERY"), ("3302", "00", "000", "BATTERY RESTORE"), ("1602", "00", "000", "PERIODIC TEST"),
              ("1301", "00", "000", "AC LOSS"), ("3101", "01", "009", "FALL RESTORE/CANCEL")]


def dc09_frame(b, acct, seq, t, body_kind):
    ts = t.strftime("_%H:%M:%S,%m-%d-%Y")
    if body_kind == "cid":
        q, g, z, _ = R.choice(CID_EVENTS)
        inner = '"ADM-CID"%04dL0#%s[#%s|%s %s %s]%s' % (seq, acct, acct, q, g, z, ts)
    else:
        code = R.choice(["MA009", "MA001", "YT000", "RP000", "MH009"])
        inner = '"SIA-DCS"%04dL0#%s[#%s|Nri1/%s]%s' % (seq, acct, acct, code, ts)
    crc = "%04X" % crc16_arc(inner)
    ln = "0%03X" % len(inner)
    b.t("<LF>%s%s" % (crc, ln))
    # write inner with account labelled (twice)
    head, rest = inner.split("#", 1)
    b.t(head + "#").p(acct, "account")
    rest = rest[len(acct):]
    i = rest.index("#") + 1
    b.t(rest[:i]).p(acct, "account").t(rest[i + len(acct):])
    b.t("<CR>")


def fam_dc09_phi():
    t = CLK.tick()
    s = SUB()
    seq = R.randint(1, 9999)
    b = B("dc09_receiver")
    b.t("%s [dc09-rx-%d] INFO  c.h.r.dc09.Dc09FrameHandler - RX %s:%d " % (ts_spring(t), R.randint(1, 4), cgnat_ip(), R.randint(30000, 60000)))
    dc09_frame(b, s.cid, seq, t, R.choice(["cid", "cid", "sia"]))
    out = [b]
    if R.random() < 0.5:
        b2 = B("dc09_receiver")
        b2.t("%s [dc09-rx-%d] INFO  c.h.r.dc09.Dc09FrameHandler - TX ACK " % (ts_spring(t + timedelta(milliseconds=R.randint(3, 40))), R.randint(1, 4)))
        inner = '"ACK"%04dL0#%s[]%s' % (seq, s.cid, t.strftime("_%H:%M:%S,%m-%d-%Y"))
        b2.t("<LF>%04X0%03X" % (crc16_arc(inner), len(inner)))
        b2.t('"ACK"%04dL0#' % seq).p(s.cid, "account").t("[]" + t.strftime("_%H:%M:%S,%m-%d-%Y") + "<CR>")
        out.append(b2)
    return out


def fam_receiver_raw_phi():
    """Sur-Gard style MLR2 output line on serial automation port + syslog."""
    t = CLK.tick()
    s = SUB()
    q, g, z, desc = R.choice(CID_EVENTS)
    b = B("receiver_syslog")
    b.t("<134>%s rcv-0%d sg5[%d]: L%d 5%02d 18 " % (ts_sys(t), R.randint(1, 3), R.randint(300, 900), R.randint(1, 4), R.randint(1, 4)))
    b.p(s.cid, "account").t(" %s%s %s %s -> automation ACK (%s)" % ("E" if q[0] == "1" else "R", q[1:], g, z, desc))
    return [b]


def fam_dc09_noise():
    t = CLK.tick()
    b = B("dc09_receiver")
    k = R.randrange(3)
    if k == 0:
        inner = '"NULL"%04dR0L0#0000[]%s' % (R.randint(1, 9999), t.strftime("_%H:%M:%S,%m-%d-%Y"))
        b.t("%s [dc09-rx-%d] DEBUG c.h.r.dc09.Dc09FrameHandler - RX %s:%d <LF>%04X0%03X%s<CR> (link supervision)" % (ts_spring(t), R.randint(1, 4), priv_ip(), R.randint(30000, 60000), crc16_arc(inner), len(inner), inner))
    elif k == 1:
        b.t("%s [dc09-rx-%d] WARN  c.h.r.dc09.Dc09FrameHandler - NAK sent: CRC mismatch (calc=%04X recv=%04X) from %s" % (ts_spring(t), R.randint(1, 4), R.randint(0, 65535), R.randint(0, 65535), cgnat_ip()))
    else:
        b = B("receiver_syslog")
        b.t("<%d>%s rcv-0%d sg5[%d]: %s" % (R.choice([134, 132, 30]), ts_sys(t), R.randint(1, 3), R.randint(300, 900),
                                          R.choice(["Line 1 heartbeat OK", "Automation port COM2 ACK timeout, retry 1/3", "NTP sync offset +0.003s (pool 10.40.0.2)",
                                                    "Line 3 IP receiver: 412 accounts supervised, 0 missed", "Printer buffer 12% used",
                                                    "kernel: eth1: link up, 1000 Mbps, full-duplex"])))
    return [b]


# ---------------------------------------------------------------- operator console
def fam_ops_phi():
    t = CLK.tick()
    s = SUB()
    u, _ = op()
    an = alarm_no()
    k = R.randrange(5)
    b = B("ops_console_kv")
    b.t("%s OPS ws=WS-%02d op=%s " % (ts_spring(t), R.randint(1, 24), u))
    if k == 0:
        q, g, z, desc = R.choice(CID_EVENTS[:3])
        b.seq("evt=ALARM_PRESENTED alarmNo=", (an, "other_id"), " acct=", (s.cid, "account"), ' sub="',
              (fmt_name(s.first, s.last, s.mi, R.choice(["lf", "LF", "fl"])), "name"), '" code=E%s zone=%s desc="%s" prio=1 age=' % (q[1:], z, desc))
        if s.age >= 90:
            b.p(str(s.age), "age")
        else:
            b.t(str(s.age))
        b.t(" lang=%s" % s.lang)
    elif k == 1:
        b.seq("evt=CALL_OUT alarmNo=", (an, "other_id"), " target=SUBSCRIBER num=", (fmt_phone(s.mobile or s.home, "plain"), "phone"),
              " via=trunk2 result=%s dur=%ds" % (R.choice(["NO_ANSWER", "ANSWERED", "BUSY", "VOICEMAIL"]), R.randint(0, 90)))
    elif k == 2:
        c = R.choice(s.contacts)
        b.seq("evt=CALL_OUT alarmNo=", (an, "other_id"), ' target=RESPONDER name="', ("%s %s" % (c.first, c.last), "name"),
              '" rel=%s key=%s num=' % (c.rel, "Y" if c.has_key else "N"), (fmt_phone(c.phone), "phone"), " result=%s" % R.choice(["ANSWERED", "NO_ANSWER", "WILL_RESPOND"]))
    elif k == 3:
        b.seq("evt=DISPATCH alarmNo=", (an, "other_id"), ' psap="%s 911" psap_10d=%s-%s-%s addr="' % (s.county.replace(" County", "").replace(" Parish", ""), s.home[:3], R.randint(200, 999), digits(4)),
              (s.street_full, "address"), ", ", (s.city, "address"), ", %s" % s.state, '" lockbox="%s, code %s" cad=' % (R.choice(["front door knob", "porch rail", "garage side door", "back gate"]), s.lockbox),
              (digits(2) + "-" + digits(6), "other_id"))
    else:
        b.seq("evt=CLOSE alarmNo=", (an, "other_id"), " disp=%s acct=" % R.choice(["FALSE_ALARM_ACCIDENTAL", "EMS_DISPATCHED", "RESPONDER_ASSISTED", "NO_ACTION_NEEDED"]),
              (s.cid, "account"), " handle_s=%d" % R.randint(40, 1800))
    return [b]


def fam_ops_noise():
    t = CLK.tick()
    u, n = op()
    b = B("ops_console_kv")
    k = R.randrange(6)
    b.t("%s OPS ws=WS-%02d op=%s " % (ts_spring(t), R.randint(1, 24), u))
    if k == 0:
        b.t("evt=LOGIN skills=%s position=%s" % (R.choice(["EN", "EN,ES", "EN,VI", "EN,ZH,KO"]), R.choice(["floor-A", "floor-B", "remote"])))
    elif k == 1:
        b.t("evt=QUEUE_STATS p1=%d p2=%d p3=%d oldest_s=%d agents_ready=%d" % (R.randint(0, 3), R.randint(0, 8), R.randint(0, 30), R.randint(0, 120), R.randint(4, 22)))
    elif k == 2:
        b.t("evt=AUX code=BREAK reason=\"scheduled 15\" supervisor=\"%s\"" % OPERATORS[4][1])
    elif k == 3:
        b.t("evt=SHIFT_HANDOVER from=\"%s\" to=\"%s\" open_alarms=%d" % (n, R.choice(OPERATORS)[1], R.randint(0, 9)))
    elif k == 4:
        b.t("evt=UI_ERROR msg=\"softphone registration lost (SIP 408), re-registering to sip-%02d.noc.internal:5061\"" % R.randint(1, 4))
    else:
        b.t("evt=LOGOUT session_s=%d alarms_handled=%d avg_handle_s=%d" % (R.randint(3000, 30000), R.randint(5, 80), R.randint(60, 400)))
    return [b]


# ---------------------------------------------------------------- call recordings
REC_HDR = "recording_id,started_at_utc,direction,ani,dnis,agent_ext,agent_id,duration_s,alarm_no,codec,storage_uri,sha256"


def fam_rec_phi():
    t = CLK.tick()
    s = SUB()
    rid = "rec_" + hexs(16)
    direc = R.choice(["IN", "OUT", "OUT"])
    b = B("call_recording_csv")
    b.t("%s,%s,%s," % (rid, t.strftime("%Y-%m-%dT%H:%M:%SZ"), direc))
    if direc == "IN":
        b.p("1" + s.msisdn, "phone").t(",18887730142,")
    else:
        b.t("18887730142,")
        target = R.choice([s.home, R.choice(s.contacts).phone])
        b.p("1" + target, "phone").t(",")
    u, _ = op()
    b.t("%d,%s,%d," % (R.randint(4100, 4199), u, R.randint(8, 600)))
    b.p(alarm_no(), "other_id")
    b.t(",opus/16000,s3://halyard-recordings-prod/%s/%s.opus,%s" % (t.strftime("%Y/%m/%d"), rid, hexs(64)))
    return [b]


def fam_rec_noise():
    t = CLK.tick()
    if R.random() < 0.4:
        return [B("call_recording_csv").t(REC_HDR)]
    b = B("call_recording_csv")
    rid = "rec_" + hexs(16)
    u, _ = op()
    b.t("%s,%s,INT,4%03d,4%03d,%d,%s,%d,,opus/16000,s3://halyard-recordings-prod/%s/%s.opus,%s" % (rid, t.strftime("%Y-%m-%dT%H:%M:%SZ"), R.randint(100, 199), R.randint(100, 199), R.randint(4100, 4199), u, R.randint(8, 300), t.strftime("%Y/%m/%d"), rid, hexs(64)))
    return [b]


# ---------------------------------------------------------------- enrollment JSON
def fam_enroll_phi():
    t = CLK.tick()
    s = SUB()
    b = B("enrollment_json")
    camel = R.random() < 0.5
    c = s.contacts[0]
    if camel:
        o = {"event": "subscriber.enrolled", "at": ts_iso(t), "subscriberId": P(s.sid, "mrn"),
             "firstName": P(s.first, "name"), "lastName": P(s.last, "name"), "dateOfBirth": P(fmt_date(s.dob, "iso"), "date"),
             "age": P(s.age, "age") if s.age >= 90 else s.age, "gender": s.sex, "primaryLanguage": s.lang,
             "address": {"line1": P(s.street, "address"), "line2": P(s.unit, "address") if s.unit else "", "city": P(s.city, "address"),
                         "county": P(s.county, "address"), "state": s.state, "postalCode": P(s.zip4 if R.random() < 0.4 else s.zip, "zip")},
             "homePhone": P(fmt_phone(s.home), "phone"), "medicalConditions": s.conds, "medications": s.meds,
             "primaryCarePhysician": R.choice(DOCTORS), "payer": {"type": "PRIVATE_PAY" if s.private else "MEDICAID_WAIVER",
                                                                  "program": s.program, "memberId": P(s.mcd, "health_plan")},
             "emergencyContacts": [{"name": P("%s %s" % (c.first, c.last), "name"), "relationship": c.rel, "phone": P(fmt_phone(c.phone), "phone"), "email": P(c.email, "email")}],
             "device": {"model": "P4-LTEM" if s.kind != "watch" else "W2", "imei": P(s.imei, "device")}, "serviceStartDate": P(fmt_date(s.enroll, "iso"), "date")}
    else:
        o = {"type": "enrollment", "client_no": P(s.sid, "mrn"), "name": {"given": P(s.first, "name"), "family": P(s.last, "name")},
             "dob": P(fmt_date(s.dob, R.choice(["us", "iso"])), "date"), "ssn": P(s.ssn, "ssn"), "medicare_mbi": P(s.mbi, "health_plan"),
             "addr": {"street": P(s.street_full, "address"), "city": P(s.city, "address"), "st": s.state, "zip": P(s.zip, "zip")},
             "lat": P(s.lat, "address"), "lng": P(s.lon, "address"), "conditions": s.conds, "dnr_on_file": R.random() < 0.3,
             "waiver": {"program": s.program, "case_no": P(s.case, "other_id"), "prior_auth": P(s.pa, "other_id"), "case_manager": R.choice(CASE_MGRS)},
             "responders": [{"nm": P(fmt_name(x.first, x.last, "", "lf"), "name"), "rel": x.rel, "ph": P(fmt_phone(x.phone, "dash"), "phone"), "has_key": x.has_key} for x in s.contacts[:2]],
             "lockbox": {"location": "front door", "code": s.lockbox}, "created_by": R.choice(OPERATORS)[0]}
    J(b, o, sp=not camel)
    return [b]


# ---------------------------------------------------------------- PSAP transfer
def fam_psap_phi():
    t = CLK.tick()
    s = SUB()
    k = R.randrange(3)
    if k == 0:
        b = B("psap_transfer_json")
        b.t("%s INFO  [psap-bridge] POST /v1/emergency-data -> " % ts_spring(t))
        J(b, {"callflow": "pers_transfer", "psap_id": "%s-%s-%04d" % (s.state, "".join(ch for ch in s.county.upper() if ch.isalpha())[:5], R.randint(1, 99)),
              "incident": P(alarm_no(), "other_id"),
              "caller": {"name": P(fmt_name(s.first, s.last, s.mi, "fl"), "name"), "phone": P("+1" + s.msisdn, "phone"), "callback": P("+1" + s.home, "phone")},
              "location": {"civic": {"a1": s.state, "a3": P(s.city, "address"), "hno": P(s.street.split(" ", 1)[0], "address"), "rd": P(s.street.split(" ", 1)[1], "address"), "pc": P(s.zip, "zip")},
                           "geodetic": {"latitude": P(s.lat, "address"), "longitude": P(s.lon, "address"), "uncertainty_m": R.randint(5, 80), "confidence": 90}},
              "additional": {"age": P(s.age, "age") if s.age >= 90 else s.age, "conditions": s.conds, "key_access": "lockbox code %s" % s.lockbox, "language": s.lang}})
    elif k == 1:
        b = B("pidf_lo_xml")
        b.t('%s DEBUG [psap-bridge] PIDF-LO: <presence xmlns="urn:ietf:params:xml:ns:pidf" entity="pres:' % ts_spring(t))
        b.p("+1" + s.msisdn, "phone").t('@halyardalert.net"><tuple id="%s"><status><gp:geopriv><gp:location-info><ca:civicAddress><ca:country>US</ca:country><ca:A1>%s</ca:A1><ca:A2>' % (hexs(8), s.state))
        b.p(s.county.replace(" County", "").replace(" Parish", ""), "address").t("</ca:A2><ca:A3>").p(s.city, "address").t("</ca:A3><ca:HNO>")
        hno, rd = s.street.split(" ", 1)
        parts = rd.rsplit(" ", 1)
        if len(parts) == 2 and parts[1] in ("Rd", "Ave", "St", "Blvd", "Ln", "Dr", "Ct", "Ter", "Way", "Cir", "Trl"):
            b.p(hno, "address").t("</ca:HNO><ca:RD>").p(parts[0], "address").t("</ca:RD><ca:STS>").p(parts[1], "address").t("</ca:STS>")
        else:
            b.p(hno, "address").t("</ca:HNO><ca:RD>").p(rd, "address").t("</ca:RD>")
        if s.unit:
            b.t("<ca:LOC>").p(s.unit, "address").t("</ca:LOC>")
        b.t("<ca:PC>").p(s.zip, "zip").t("</ca:PC></ca:civicAddress><gml:Point><gml:pos>").p("%s %s" % (s.lat, s.lon), "address")
        b.t("</gml:pos></gml:Point></gp:location-info><gp:usage-rules/><gp:method>GPS</gp:method></gp:geopriv></status><timestamp>%s</timestamp></tuple></presence>" % ts_iso(t))
    else:
        b = B("psap_transfer_log")
        b.seq("%s INFO  [psap-bridge] Warm transfer complete: " % ts_spring(t), (alarm_no(), "other_id"), " -> %s 911 (trunk ESINET-%d) CAD#" % (s.county, R.randint(1, 4)),
              (t.strftime("%y") + "-" + digits(6), "other_id"), " caller ", (fmt_name(s.first, s.last, s.mi, "LF"), "name"), " DOB ",
              (fmt_date(s.dob, "us"), "date"), " (", ("%d yo" % s.age, "age" if s.age >= 90 else None), ") callback ", (fmt_phone(s.home, "paren"), "phone"), " talk=%ds" % R.randint(30, 240))
    return [b]


def fam_psap_noise():
    t = CLK.tick()
    b = B("psap_transfer_log")
    b.t("%s %s [psap-bridge] %s" % (ts_spring(t), R.choice(["INFO ", "WARN "]), R.choice([
        "ESInet SIP trunk ESINET-%d OPTIONS ping ok rtt=%dms" % (R.randint(1, 4), R.randint(8, 90)),
        "PSAP registry refreshed: %d PSAPs, %d with NG911 ingest, source=nena-psap-registry v%s" % (R.randint(5800, 6100), R.randint(1900, 2600), t.strftime("%Y%m%d")),
        "Emergency data clearinghouse token renewed, expires_in=3600",
        "Transfer queue drained in %dms, 0 pending" % R.randint(1, 50)])))
    return [b]


# ---------------------------------------------------------------- React Native / Firebase
def fam_rn_phi():
    t = CLK.tick()
    s = SUB()
    c = R.choice(s.contacts)
    k = R.randrange(6)
    if k == 0:
        b = B("android_logcat")
        b.t("%s  %d  %d I ReactNativeJS: [CareCircle] alert received " % (ts_logcat(t), R.randint(4000, 30000), R.randint(4000, 30000)))
        J(b, {"alarmNo": P(alarm_no(), "other_id"), "subscriberName": P(s.first, "name"), "type": R.choice(["FALL", "SOS", "LOW_BATTERY"]),
              "at": ts_iso(t), "location": {"lat": P(s.lat, "address"), "lng": P(s.lon, "address")}})
    elif k == 1:
        b = B("ios_rn_log")
        b.t("%s CareCircle[%d:%d] [javascript] auth state changed: user=" % (t.strftime("%Y-%m-%d %H:%M:%S.") + "%06d" % t.microsecond, R.randint(300, 900), R.randint(1000, 99999)))
        b.p(c.uid, "other_id").t(" email=").p(c.email, "email").t(" provider=password circles=[").p(s.sid, "mrn").t("]")
    elif k == 2:
        b = B("android_logcat")
        b.t("%s  %d  %d D FirebaseMessaging: FCM token refreshed for %s: " % (ts_logcat(t), R.randint(4000, 30000), R.randint(4000, 30000), "net.halyardalert.carecircle"))
        b.p(c.fcm, "device")
    elif k == 3:
        b = B("metro_console")
        b.t(" LOG  [ShareLocation] link created ").p("https://carecircle.halyardalert.net/s/" + alnum(10), "url")
        b.t(" for ").p("%s %s" % (s.first, s.last), "name").t(" expires in 24h")
    elif k == 4:
        b = B("firebase_functions")
        b.t("%s I onAlarmCreated: sending FCM to %d caregivers of " % (ts_iso(t), len(s.contacts))).p(s.sid, "mrn").t(" [")
        for i, x in enumerate(s.contacts):
            if i:
                b.t(", ")
            b.p(x.username, "other_id")
        b.t("] execution took %d ms" % R.randint(40, 900))
    else:
        b = B("android_logcat")
        b.t("%s  %d  %d W ReactNativeJS: [Invite] accept failed for " % (ts_logcat(t), R.randint(4000, 30000), R.randint(4000, 30000)))
        b.p("https://carecircle.halyardalert.net/invite/" + alnum(22), "url").t(" phone=").p(fmt_phone(c.phone, "e164"), "phone").t(" err=auth/invalid-verification-code")
    return [b]


def fam_rn_noise():
    t = CLK.tick()
    k = R.randrange(7)
    if k == 0:
        b = B("android_logcat").t("%s  %d  %d I ReactNativeJS: Running \"CareCircle\" with {\"rootTag\":%d,\"initialProps\":{}}" % (ts_logcat(t), R.randint(4000, 30000), R.randint(4000, 30000), R.choice([1, 11, 21])))
    elif k == 1:
        b = B("metro_console").t(" BUNDLE  ./index.js ▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓ 100.0%% (%d/%d), done." % ((lambda n: (n, n))(R.randint(1400, 1900))))
    elif k == 2:
        b = B("android_logcat").t("%s  %d  %d W ReactNativeJS: Possible Unhandled Promise Rejection (id: %d): TypeError: Network request failed" % (ts_logcat(t), R.randint(4000, 30000), R.randint(4000, 30000), R.randint(0, 9)))
    elif k == 3:
        b = B("firebase_functions").t("%s D onAlarmCreated: Function execution started" % ts_iso(t))
    elif k == 4:
        b = B("ios_rn_log").t("%s CareCircle[%d:%d] [FirebaseCrashlytics] 10.24.0 - [FirebaseCrashlytics][I-CLS000000] Crashlytics skipped rotating the install ID during urgent mode because it is run on the main thread, which can't succeed. This can happen if the app crashed the last run and Crashlytics is uploading urgently." % (t.strftime("%Y-%m-%d %H:%M:%S.") + "%06d" % t.microsecond, R.randint(300, 900), R.randint(1000, 99999)))
    elif k == 5:
        b = B("firebase_functions").t("%s I scheduledPurge: removed %d expired location-share links, %d invites" % (ts_iso(t), R.randint(10, 300), R.randint(0, 40)))
    else:
        b = B("android_logcat").t("%s  %d  %d I ReactNativeJS: CodePush: update available label=v%d size=%dKB mandatory=false" % (ts_logcat(t), R.randint(4000, 30000), R.randint(4000, 30000), R.randint(40, 90), R.randint(200, 3000)))
    return [b]


# ---------------------------------------------------------------- carrier
def fam_carrier_phi():
    t = CLK.tick()
    s = SUB()
    k = R.randrange(4)
    if k == 0:
        b1 = B("okhttp")
        b1.t("%s INFO  [carrier-exec-%d] okhttp3.OkHttpClient - --> PUT https://api.m2m-carrier.net/rws/api/v1/devices/" % (ts_spring(t), R.randint(1, 4))).p(s.iccid, "device")
        b2 = B("okhttp")
        b2.t("%s INFO  [carrier-exec-%d] okhttp3.OkHttpClient - " % (ts_spring(t), R.randint(1, 4)))
        J(b2, {"status": "ACTIVATED", "ratePlan": "PERS_LTEM_10MB", "communicationPlan": "LTE-M PSM/eDRX", "accountCustom1": P(s.sid, "mrn"), "deviceID": P(s.imei, "device")})
        b3 = B("okhttp")
        b3.t("%s INFO  [carrier-exec-%d] okhttp3.OkHttpClient - <-- 200 OK https://api.m2m-carrier.net/rws/api/v1/devices/" % (ts_spring(t + timedelta(milliseconds=400)), R.randint(1, 4))).p(s.iccid, "device").t(" (%dms)" % R.randint(150, 1400))
        return [b1, b2, b3]
    if k == 1:
        b = B("carrier_csv")
        b.p(s.iccid, "device").t(",").p(s.imei, "device").t(",").p(s.msisdn, "phone").t(",ACTIVATED,PERS_LTEM_10MB,%s,%d,%s" % (R.choice(["CAT-M1", "CAT-M1", "NB-IoT"]), R.randint(20, 9000), t.strftime("%Y-%m-%d")))
        return [b]
    if k == 2:
        b = B("at_modem_trace")
        out = [b.t("[%s] diag upload device=" % ts_iso(t)).p(s.serial, "device").t(" fw=P4-2.8.%d lines=6" % R.randint(1, 20))]
        out.append(B("at_modem_trace").t("> AT+CGSN"))
        out.append(B("at_modem_trace").t("< ").p(s.imei, "device"))
        out.append(B("at_modem_trace").t("> AT+CCID"))
        out.append(B("at_modem_trace").t("< +CCID: ").p(s.iccid, "device"))
        out.append(B("at_modem_trace").t("< +CEREG: 0,%d,\"%04X\",\"%07X\",9" % (R.choice([1, 5]), R.randint(0, 65535), R.randint(0, 0xFFFFFFF))))
        out.append(B("at_modem_trace").t("< +CSQ: %d,99" % R.randint(5, 28)))
        return out
    b = B("carrier_webhook_json")
    J(b, {"eventId": uuid4(), "eventType": "SIM_STATE_CHANGE", "timestamp": ts_iso(t), "iccid": P(s.iccid, "device"), "msisdn": P(s.msisdn, "phone"),
          "previousState": "ACTIVATED", "currentState": R.choice(["DEACTIVATED", "SUSPENDED", "INVENTORY"]), "reason": R.choice(["subscriber_deceased", "service_cancelled", "non_payment", "device_replaced"])})
    return [b]


def fam_carrier_noise():
    t = CLK.tick()
    k = R.randrange(5)
    if k == 0:
        b = B("okhttp").t("%s WARN  [carrier-exec-%d] c.h.carrier.client.RetryInterceptor - HTTP 429 from api.m2m-carrier.net, backing off %dms (attempt %d/5)" % (ts_spring(t), R.randint(1, 4), R.choice([500, 1000, 2000, 4000]), R.randint(1, 4)))
    elif k == 1:
        b = B("spring_boot")
        spring_prefix(b, t, "INFO", "scheduling-1", "c.h.carrier.SimInventorySync", False)
        b.t("SIM inventory sync: total=%d activated=%d testReady=%d suspended=%d deactivated=%d took=%ds" % (R.randint(20000, 21000), R.randint(17500, 18500), R.randint(300, 900), R.randint(50, 200), R.randint(800, 1500), R.randint(20, 300)))
    elif k == 2:
        # warehouse stock, not assigned -> not labelled (policy)
        b = B("kitting_station")
        im = make_imei()
        b.t("%s kit-bench-%02d QC PASS model=P4-LTEM imei=%s iccid=%s status=STOCK batch=LOT-%s-%03d" % (ts_iso(t), R.randint(1, 6), im, make_iccid(), t.strftime("%y%m"), R.randint(1, 200)))
    elif k == 3:
        b = B("carrier_csv").t("iccid,imei,msisdn,status,rate_plan,rat,data_kb_mtd,status_date")
    else:
        b = B("okhttp").t("%s INFO  [carrier-exec-%d] okhttp3.OkHttpClient - <-- 200 OK https://api.m2m-carrier.net/oauth2/token (%dms, 412-byte body)" % (ts_spring(t), R.randint(1, 4), R.randint(60, 400)))
    return [b]


# ---------------------------------------------------------------- X12 837P
def fam_x12_837():
    t = CLK.tick()
    s = R.choice([x for x in SUBS if not x.private] or SUBS)
    out = []
    ctl = digits(9)
    out.append(B("python_logging").t("%s INFO billing.edi.writer: writing 837P batch %s to sftp://edi.%s-mmis.example.gov/inbound (1 claim)" % (ts_py(t), ctl, s.state.lower())))
    out.append(B("x12_837").t("ISA*00*          *00*          *ZZ*HALYARD01      *ZZ*%-15s*%s*%s*^*00501*%s*0*P*:~" % (s.state + "MMIS", t.strftime("%y%m%d"), t.strftime("%H%M"), ctl)))
    out.append(B("x12_837").t("NM1*85*2*HALYARD ALERT LLC*****XX*%s~" % ("1" + digits(9))))
    b = B("x12_837").t("NM1*IL*1*").p(ascii_fold(s.last).upper(), "name").t("*").p(ascii_fold(s.first).upper(), "name").t("*").p(s.mi, "name").t("***MI*").p(s.mcd, "health_plan").t("~")
    out.append(b)
    out.append(B("x12_837").t("N3*").p(s.street_full.upper(), "address").t("~"))
    out.append(B("x12_837").t("N4*").p(ascii_fold(s.city).upper(), "address").t("*%s*" % s.state).p(s.zip4.replace("-", ""), "zip").t("~"))
    out.append(B("x12_837").t("DMG*D8*").p(fmt_date(s.dob, "x12"), "date").t("*%s~" % s.sex))
    out.append(B("x12_837").t("CLM*").p(s.sid[2:] + "05", "account").t("*%.2f***12:B:1*Y*A*Y*Y~" % R.choice([38.5, 41.25, 45.0, 48.5])))
    out.append(B("x12_837").t("REF*G1*").p(s.pa, "other_id").t("~"))
    out.append(B("x12_837").t("SV1*HC:S5161:U%d*%.2f*UN*1***1~" % (R.randint(1, 9), R.choice([38.5, 41.25, 45.0, 48.5]))))
    out.append(B("x12_837").t("DTP*472*RD8*").p("20240401", "date").t("-").p("20240430", "date").t("~"))
    out.append(B("x12_837").t("SE*%d*0001~" % R.randint(20, 40)))
    return out


def fam_x12_noise():
    t = CLK.tick()
    b = B("x12_837")
    b.t(R.choice(["GS*HC*HALYARD01*%sMMIS*%s*%s*%d*X*005010X222A1~" % (R.choice(["AZ", "NY", "TX", "OH"]), t.strftime("%Y%m%d"), t.strftime("%H%M"), R.randint(1, 9999)),
                  "BHT*0019*00*%s*%s*%s*CH~" % (digits(9), t.strftime("%Y%m%d"), t.strftime("%H%M")),
                  "NM1*40*2*%s MEDICAID*****46*%s~" % (R.choice(["ARIZONA", "NEW YORK", "TEXAS", "OHIO"]), digits(5)),
                  "PER*IC*BILLING DEPT*TE*8887730142*FX*8887730199~",
                  "GE*1*%d~" % R.randint(1, 9999), "IEA*1*%s~" % digits(9)]))
    return [b]


# ---------------------------------------------------------------- HL7 referral
def fam_hl7():
    t = CLK.tick()
    s = SUB()
    adm = TODAY - timedelta(days=R.randint(4, 20))
    dis = adm + timedelta(days=R.randint(2, 6))
    hosp = R.choice(["BANNERUMC", "STJOSEPH", "MERCYHLTH", "QUEENSMC", "UPMC-WB"])
    mid = "MSG" + digits(8)
    doc = R.choice(["1234567^MARSH^HELENA^^^DR", "7654321^KULKARNI^SANJAY^^^DR", "5550001^ASANTE^ABENA^^^DR"])
    if R.random() < 0.5:
        out = [B("hl7v2").t("MSH|^~\\&|EPIC|%s|HALYARD|REFERRALS|%s||ADT^A03|%s|P|2.5.1" % (hosp, t.strftime("%Y%m%d%H%M%S"), mid))]
        out.append(B("hl7v2").t("EVN|A03|%s" % t.strftime("%Y%m%d%H%M")))
        b = B("hl7v2").t("PID|1||").p(s.hmrn, "mrn").t("^^^%s^MR||" % hosp).p(s.last.upper(), "name").t("^").p(s.first.upper(), "name").t("^").p(s.mi, "name")
        b.t("||").p(fmt_date(s.dob, "x12"), "date").t("|%s|||" % s.sex).p(s.street_full, "address").t("^^").p(s.city, "address").t("^%s^" % s.state).p(s.zip, "zip")
        b.t("^USA||").p("(%s)%s-%s" % (s.home[:3], s.home[3:6], s.home[6:]), "phone").t("^PRN^PH|||||||").p(s.ssn.replace("-", ""), "ssn")
        out.append(b)
        b = B("hl7v2").t("PV1|1|I|4W^412^B^%s||||%s|||MED||||||||IN|" % (hosp, doc)).p("V" + digits(9), "other_id").t("|||||||||||||||||||||||||")
        b.p(adm.strftime("%Y%m%d") + "0914", "date").t("|").p(dis.strftime("%Y%m%d") + "1530", "date")
        out.append(b)
        out.append(B("hl7v2").t("DG1|1||S72.001A^Fracture of unspecified part of neck of right femur^I10|||A"))
        out.append(B("hl7v2").t("NK1|1|").p(s.contacts[0].last.upper(), "name").t("^").p(s.contacts[0].first.upper(), "name").t("|%s|||" % s.contacts[0].rel.upper()[:3]).p(fmt_phone(s.contacts[0].phone, "paren"), "phone"))
        return out
    b = B("hl7v2_escaped")
    b.t("%s INFO [mllp-listener] ACK AA for %s, payload=MSH|^~\\&|EPIC|%s|HALYARD|REFERRALS|%s||ADT^A03|%s|P|2.5.1\\rPID|1||" % (ts_spring(t), mid, hosp, t.strftime("%Y%m%d%H%M%S"), mid))
    b.p(s.hmrn, "mrn").t("^^^%s^MR||" % hosp).p(s.last.upper(), "name").t("^").p(s.first.upper(), "name").t("||").p(fmt_date(s.dob, "x12"), "date").t("|%s\\rPV1|1|I|||||%s\\rDG1|1||R29.6^Repeated falls^I10" % (s.sex, doc))
    return [b]


def fam_hl7_noise():
    t = CLK.tick()
    b = B("hl7v2_escaped")
    b.t("%s %s [mllp-listener] %s" % (ts_spring(t), R.choice(["INFO ", "WARN "]), R.choice([
        "connection from %s:%d closed after %d msgs" % (priv_ip(), R.randint(30000, 60000), R.randint(1, 40)),
        "MSA|AE|MSG%s|PID-7 missing (rejected)" % digits(8),
        "MSH|^~\\&|HALYARD|REFERRALS|EPIC|MERCYHLTH|%s||ACK^A03|ACK%s|P|2.5.1\\rMSA|AA|MSG%s" % (t.strftime("%Y%m%d%H%M%S"), digits(6), digits(8))])))
    return [b]


# ---------------------------------------------------------------- billing rows
def fam_billing_phi():
    t = CLK.tick()
    s = SUB()
    k = R.randrange(3)
    if k == 0:
        b = B("billing_pipe")
        b.t("INV|2024-05|%s|" % ("IN" + digits(7))).p(s.bill, "account").t("|").p(fmt_name(s.first, s.last, s.mi, "LF"), "name").t("|")
        if s.private:
            b.t("PRIVATE_PAY|VISA-%s||" % s.pan[-4:])
        else:
            b.t("MEDICAID_WAIVER|%s|" % s.program).p(s.mcd, "health_plan").t("|")
        b.t("S5161|1|%.2f|%s" % (R.choice([29.95, 34.95, 39.95, 48.5]), R.choice(["PAID", "OPEN", "DENIED-CO45", "PENDING"])))
    elif k == 1:
        b = B("stripe_webhook")
        g = s.contacts[0]
        J(b, {"id": "evt_" + alnum(24), "object": "event", "type": "invoice.payment_failed", "created": int(epoch_ms(t) / 1000),
              "data": {"object": {"id": "in_" + alnum(24), "customer": P(s.cus, "account"), "customer_email": P(g.email, "email"),
                                  "customer_name": P("%s %s" % (g.first, g.last), "name"), "amount_due": R.choice([2995, 3495, 3995, 4995]), "currency": "usd",
                                  "metadata": {"subscriber_id": P(s.sid, "mrn"), "plan": "pers_mobile_fall"}, "attempt_count": R.randint(1, 4)}}}, sp=True)
    else:
        b = B("ach_nacha")
        acct = digits(R.randint(8, 12))
        b.t("627%09d" % R.randint(10 ** 8, 10 ** 9 - 1)).p(acct, "account").t(" " * (17 - len(acct)))
        b.t("%010d" % R.randint(2995, 4995)).t("%-15s" % s.bill[:15])
        nm = ascii_fold(fmt_name(s.contacts[0].first, s.contacts[0].last, "", "FL"))[:22]
        b.p(nm, "name").t(" " * (22 - len(nm))).t("  0%015d" % R.randint(10 ** 14, 10 ** 15 - 1))
    return [b]


def fam_billing_noise():
    t = CLK.tick()
    k = R.randrange(4)
    if k == 0:
        b = B("billing_pipe").t("REC|invoice_period|invoice_no|account_no|bill_to|payer_type|program|member_id|hcpcs|units|amount|status")
    elif k == 1:
        b = B("stripe_webhook")
        J(b, {"id": "evt_" + alnum(24), "object": "event", "type": "payout.paid", "created": int(epoch_ms(t) / 1000),
              "data": {"object": {"id": "po_" + alnum(24), "amount": R.randint(10 ** 6, 10 ** 7), "arrival_date": int(epoch_ms(t) / 1000) + 86400, "currency": "usd", "status": "paid"}}}, sp=True)
    elif k == 2:
        b = B("ach_nacha").t("5200HALYARD ALERT LLC                    %s PPDPERS MONTH%s%s   1%s%07d" % ("1" + digits(9), t.strftime("%y%m%d"), t.strftime("%y%m%d"), digits(8), R.randint(1, 9999)))
    else:
        b = B("billing_pipe").t("TRL|2024-05|rows=%d|total=%.2f|sha1=%s" % (R.randint(9000, 9900), R.uniform(300000, 420000), hexs(40)))
    return [b]


# ---------------------------------------------------------------- twilio / nginx / ALB
def fam_twilio_phi():
    t = CLK.tick()
    s = SUB()
    c = R.choice(s.contacts)
    b = B("twilio_webhook")
    body = R.choice(["Is+mom+ok%3F+Saw+the+alert", "On+my+way+to+dad%27s+now", "STOP", "Who+is+this%3F", "Ya+voy+para+la+casa",
                     "Did+EMS+take+her+to+the+hospital%3F"])
    b.t('%s - - [%s] "POST /hooks/twilio/sms HTTP/1.1" 200 0 body="ToCountry=US&ToState=%s&SmsMessageSid=SM%s&NumMedia=0&From=' % ("54.172.60.%d" % R.randint(0, 3), ts_clf(t), s.state, hexs(32)))
    b.p("%2B1" + c.phone, "phone").t("&To=%2B18887730155&Body=" + body + '"')
    return [b]


def fam_nginx_phi():
    t = CLK.tick()
    s = SUB()
    c = R.choice(s.contacts)
    ua = R.choice(["CareCircle/4.12.0 (iPhone; iOS 17.4.1; Scale/3.00)", "okhttp/4.9.2", "CareCircle/4.11.3 (Android 14; SM-S918U)"])
    if R.random() < 0.5:
        b = B("nginx_access")
        b.p(c.ip, "ip").t(' - - [%s] "GET /api/v2/circles/' % ts_clf(t)).p(s.sid, "mrn").t('/alarms?since=%s HTTP/2.0" 200 %d "-" "%s" rt=%.3f uid=' % (t.strftime("%Y-%m-%d"), R.randint(200, 9000), ua, R.uniform(0.01, 0.4))).p(c.uid, "other_id")
    else:
        b = B("aws_alb")
        b.t("h2 %s app/pers-caregiver-alb/50dc6c495c0c9188 " % (t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % t.microsecond)).p(c.ip, "ip")
        b.t(":%d %s:8080 0.001 %.3f 0.000 200 200 %d %d \"POST https://api.halyardalert.net:443/api/v2/subscribers/" % (R.randint(30000, 65000), priv_ip(), R.uniform(0.01, 0.4), R.randint(200, 900), R.randint(100, 3000)))
        b.p(s.sid, "mrn").t('/checkin HTTP/2.0" "%s" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-1:489213307711:targetgroup/pers-api/73e2d6bc24d8a067 "Root=1-%s-%s" "api.halyardalert.net" "-" 0 %s "forward" "-" "-" "%s:8080" "200" "-" "-"' % (ua, "%08x" % int(epoch_ms(t) / 1000), hexs(24), ts_iso(t), priv_ip()))
    return [b]


def fam_nginx_noise():
    t = CLK.tick()
    k = R.randrange(4)
    b = B("nginx_access")
    if k == 0:
        b.t('%s - - [%s] "GET /actuator/health HTTP/1.1" 200 49 "-" "ELB-HealthChecker/2.0" rt=0.00%d' % (priv_ip(), ts_clf(t), R.randint(1, 9)))
    elif k == 1:
        b.t('%s - - [%s] "GET /actuator/prometheus HTTP/1.1" 200 %d "-" "Prometheus/2.51.1" rt=0.0%02d' % (priv_ip(), ts_clf(t), R.randint(20000, 90000), R.randint(1, 99)))
    elif k == 2:
        b.t('%s - - [%s] "GET /wp-login.php HTTP/1.1" 404 153 "-" "Mozilla/5.0 (compatible; zgrab/0.x)" rt=0.000' % (public_ip(), ts_clf(t)))
    else:
        b.t('%s - - [%s] "GET /.well-known/apple-app-site-association HTTP/2.0" 200 412 "-" "AASA-Bot/1.0.0" rt=0.002' % ("17.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), ts_clf(t)))
    return [b]


# ---------------------------------------------------------------- audit CEF / legacy XML
def fam_cef_phi():
    t = CLK.tick()
    s = SUB()
    u, _ = op()
    b = B("cef_audit")
    act = R.choice([("SUBSCRIBER_VIEW", "Subscriber record viewed", 3), ("MEDICAL_EDIT", "Medical conditions updated", 5), ("EXPORT", "Call list exported", 7)])
    b.t("CEF:0|Halyard|OpsConsole|5.12.3|%s|%s|%d|rt=%d suser=%s src=%s cs1Label=subscriberId cs1=" % (act[0], act[1], act[2], epoch_ms(t), u, priv_ip()))
    b.p(s.sid, "mrn").t(" cs2Label=subscriberName cs2=").p(fmt_name(s.first, s.last, s.mi, "lf"), "name").t(" cs3Label=dob cs3=").p(fmt_date(s.dob, "us"), "date")
    return [b]


def fam_cef_noise():
    t = CLK.tick()
    u, _ = op()
    b = B("cef_audit")
    b.t("CEF:0|Halyard|OpsConsole|5.12.3|%s|%s|%d|rt=%d suser=%s src=%s outcome=%s" % R.choice([
        ("AUTH_LOGIN", "Operator login", 2, epoch_ms(t), u, priv_ip(), "success"),
        ("AUTH_MFA_FAIL", "MFA challenge failed", 6, epoch_ms(t), u, priv_ip(), "failure"),
        ("ROLE_CHANGE", "Role changed to SUPERVISOR", 8, epoch_ms(t), "lfontaine", priv_ip(), "success")]))
    return [b]


def fam_xml_responder():
    t = CLK.tick()
    s = SUB()
    c = R.choice(s.contacts)
    b = B("soap_xml")
    b.t("%s DEBUG [legacy-sync] <soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><UpdateResponder xmlns=\"urn:halyard:automation:v3\"><AccountNo>" % ts_spring(t))
    b.p(s.cid, "account").t("</AccountNo><Responder><Seq>%d</Seq><Name>" % R.randint(1, 4)).p(fmt_name(c.first, c.last, "", R.choice(["fl", "lf", "FL"])), "name")
    b.t("</Name><Relation>%s</Relation><Phone1>" % c.rel.title()).p(c.phone, "phone").t("</Phone1><Phone1Type>CELL</Phone1Type>")
    if R.random() < 0.4:
        b.t("<Fax>").p(phone10(c.phone[:3]), "fax").t("</Fax>")
    b.t("<HasKey>%s</HasKey><KeyNote>Lockbox %s, code %s</KeyNote>" % ("Y" if c.has_key else "N", R.choice(["front door", "garage", "back porch"]), s.lockbox))
    if R.random() < 0.5:
        b.t("<Vehicle>%s, plate " % R.choice(["silver Camry", "blue F-150", "white Sienna", "red Civic"])).p(s.plate, "vehicle").t("</Vehicle>")
    b.t("</Responder></UpdateResponder></soap:Body></soap:Envelope>")
    return [b]


# ---------------------------------------------------------------- operator free-text notes
def fam_notes():
    t = CLK.tick()
    s = SUB()
    c = R.choice(s.contacts)
    u, _ = op()
    an = alarm_no()
    b = B("operator_note")
    head = R.choice(["note", "csv", "json"])
    if head == "note":
        b.seq("%s NOTE [" % ts_spring(t), (an, "other_id"), "] (op: %s): " % u)
    elif head == "csv":
        b.seq('"', (an, "other_id"), '","%s","%s","' % (ts_iso(t), u))
    else:
        b = B("operator_note_json")
        b.seq('{"alarmNo":"', (an, "other_id"), '","op":"%s","noteText":"' % u)
    fall_d = TODAY - timedelta(days=R.randint(0, 3))
    k = R.randrange(17)
    if k == 0:
        b.seq("Spoke with ", (s.first, "name"), ", %s slid off" % ("she" if s.sex == "F" else "he"), " the toilet, no injury, denies pain. ", c.rel.capitalize(), " ",
              (c.first, "name"), " ", (fmt_phone(c.phone), "phone"), " notified, will stop by. Lockbox code %s confirmed." % s.lockbox)
    elif k == 1:
        b.seq("Sub ", (fmt_name(s.first, s.last, s.mi, "lower"), "name"), " yelling for help, unable to get up. EMS dispatched to ", (s.street_full, "address"), ", ",
              (s.city, "address"), ". Hx: %s. Pt is " % ", ".join(s.conds))
        if s.age >= 90:
            b.p("%d y/o" % s.age, "age")
        else:
            b.t("%d y/o" % s.age)
        b.t(".")
    elif k == 2:
        b.seq("Suscriptora Sra. " if s.sex == "F" else "Suscriptor Sr. ", (s.last, "name"), " refiere caída en la cocina el ", (fmt_date(fall_d, "eu"), "date"), "; %s " % ("hija" if c.sex == "F" else "hijo"), (c.first, "name"),
              " avisada al " if c.sex == "F" else " avisado al ", (fmt_phone(c.phone, "dash"), "phone"), ". No requiere EMS.")
    elif k == 3:
        b.seq("False alarm - %s. Subscriber DOB verified " % R.choice(["pendant caught on walker", "pressed while reaching for remote", "grandkid pressed it", "fall sensor triggered by dropping pendant", "watch hit the sink edge"]),
              (fmt_date(s.dob, R.choice(["us", "usn", "mon"])), "date"), ". Reminded to charge %s (%d%%)." % ("watch" if s.kind == "watch" else "pendant", R.randint(5, 40)))
    elif k == 4:
        b.seq("No voice contact via pendant speaker. Called home ", (fmt_phone(s.home, "dot"), "phone"), " x2 NA. Called ", (c.rel, None), " ",
              ("%s %s" % (c.first, c.last), "name"), " (", (c.email, "email"), " on file, no phone ans). Sent PD welfare check to ",
              (s.street_full, "address"), " ", (s.zip, "zip"), ".")
    elif k == 5:
        fall_d = TODAY - timedelta(days=R.randint(3, 9))
        b.seq(("%s %s" % (c.first, c.last), "name"), " called in, says %s %s fell" % ("her" if c.sex == "F" else "his", "mom" if s.sex == "F" else "dad"), " ", (fmt_date(fall_d, "md"), "date"),
              " and was admitted, discharged ", (fmt_date(fall_d + timedelta(days=2), "usn"), "date"), ". Put acct ", (s.cid, "account"), " on TEST for 48h.")
    elif k == 6:
        b.seq("%s confused, kept saying %s name is " % (("Lady", "her") if s.sex == "F" else ("Gentleman", "his")), (s.first + " " + s.last, "name"), " and asking for %s." % ("her husband" if s.sex == "F" else "his wife"), " Cond: dementia. GPS puts %s at " % ("her" if s.sex == "F" else "him"),
              ("%.5f, %.5f" % (s.lat + 0.02, s.lon + 0.015), "address"), " (~2km from home). Son's plate ", (s.plate, "vehicle"), " given to PD.")
    elif k == 7:
        b.seq("Caregiver ", (c.username, "other_id"), " reports app shows wrong address. Corrected to ", (s.street_full, "address"), ", ", (s.city, "address"),
              " ", (s.zip4, "zip"), " per sub. Old addr kept in history.")
    elif k == 8:
        b.seq("Subscriber passed away ", (fmt_date(fall_d, "long"), "date"), " per ", (c.rel, None), " ", (c.first + " " + c.last, "name"),
              ". Close acct ", (s.cid, "account"), ", device return label emailed to ", (c.email, "email"), ".")
    elif k == 10:
        n = make_contact(s.last)
        b.seq(c.rel.capitalize(), " ", (c.first + " " + c.last, "name"), " asks to be removed as responder #2. New responder: ", (fmt_name(n.first, n.last, "", "lf"), "name"),
              " (%s) " % n.rel, (fmt_phone(n.phone), "phone"), ", has key: %s." % ("yes" if n.has_key else "no"))
    elif k == 11:
        b.seq("Sub hard of hearing, used 3-way w/ ", (c.first, "name"), ". Watch HR %d, GPS " % R.randint(50, 130), ("%.5f %.5f" % (s.lat, s.lon), "address"),
              " matches home. Pt ok, wants no EMS.")
    elif k == 12:
        b.seq("Duplicate signal from IMEI ", (s.imei, "device"), " within 30s - merged into this alarm. No contact needed.")
    elif k == 13:
        d = fall_d - timedelta(days=R.randint(0, 2))
        b.seq("%s called: " % R.choice(["Mercy ED", "St. Joseph's case mgmt", "Banner UMC SW"]), (s.first + " " + s.last, "name"), " admitted ", (fmt_date(d, R.choice(["usn", "iso", "mon"])), "date"),
              ", put acct ", (s.cid, "account"), " on hold until discharge. SW contact %s." % R.choice(CASE_MGRS))
    elif k == 14:
        b.seq("Medicaid ID ", (s.mcd, "health_plan"), " confirmed with %s for %s renewal; no change to responders." % (R.choice(CASE_MGRS), s.program))
    elif k == 15:
        b.seq("Bà " if s.sex == "F" else "Ông ", (s.last, "name"), " bị ngã trong phòng tắm, không bị thương. Đã gọi %s " % ("con gái" if c.sex == "F" else "con trai"), (c.first, "name"),
              " số ", (fmt_phone(c.phone, "dash"), "phone"), ".")
    elif k == 16:
        b.seq("Per ", (c.email, "email"), ": landline disconnected, call sub's cell ", (fmt_phone(s.mobile or phone10(s.home[:3]), R.choice(["paren", "dash", "plain"])), "phone"), " first.")
    else:
        b.seq("Dispatcher asked for gate code; gave lockbox %s. Medic %d on scene %s. " % (s.lockbox, R.randint(1, 40), (t + timedelta(minutes=R.randint(6, 14))).strftime("%H:%M")), (s.first[0] + ". " + s.last, "name"),
              " transported to %s. DL " % R.choice(["Banner UMC", "St. Joseph's", "Mercy"]), (s.dl, "license"), " read to PD for ID.")
    if head == "csv":
        b.t('"')
    elif head == "json":
        b.t('","ts":"%s"}' % ts_iso(t))
    return [b]


LEGACY_HDR = "ClientNo;LastName;FirstName;DOB;Addr1;City;State;Zip;HomePhone;HomeFax;Lang;Program;MedicaidNo;InstallDt;Equip"


def fam_legacy_csv():
    s = SUB()
    b = B("legacy_export_csv")
    b.p(s.sid[4:], "mrn").t(";").p(s.last.upper(), "name").t(";").p(s.first.upper(), "name").t(";").p(fmt_date(s.dob, "us"), "date").t(";")
    b.p(s.street_full.upper(), "address").t(";").p(s.city.upper(), "address").t(";%s;" % s.state).p(s.zip, "zip").t(";").p(fmt_phone(s.home, "paren"), "phone").t(";")
    if R.random() < 0.5:
        b.p(fmt_phone(phone10(s.home[:3]), "paren"), "fax")
    b.t(";%s;%s;" % (s.lang.upper(), s.program))
    if not s.private:
        b.p(s.mcd, "health_plan")
    b.t(";").p(fmt_date(s.enroll, "us"), "date").t(";%s" % ("P4-LTEM" if s.kind != "watch" else "W2"))
    return [b]


def fam_legacy_noise():
    if R.random() < 0.5:
        return [B("legacy_export_csv").t(LEGACY_HDR)]
    return [B("legacy_export_csv").t("# export mastermind_clients generated %s by job nightly-export rows=%d" % (CLK.tick().strftime("%Y-%m-%d %H:%M"), R.randint(18000, 19000)))]


# ---------------------------------------------------------------- misc PHI
def fam_photo():
    t = CLK.tick()
    s = SUB()
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(R.randrange(256) for _ in range(R.randint(90, 150)))
    b = B("python_json_logger")
    J(b, {"ts": ts_iso(t), "level": "DEBUG", "logger": "ems.packet", "msg": "EMS info packet built",
          "subscriber": P(s.sid, "mrn"), "name": P(fmt_name(s.first, s.last, s.mi, "fl"), "name"),
          "photo": P("data:image/jpeg;base64," + base64.b64encode(raw).decode() + "...(truncated)", "photo"), "bytes": R.randint(18000, 60000)})
    return [b]


def fam_kafka_phi():
    t = CLK.tick()
    s = SUB()
    b = B("kafka_console_consumer")
    b.t("CreateTime:%d\tPartition:%d\tOffset:%d\t" % (epoch_ms(t), R.randint(0, 11), R.randint(10 ** 6, 10 ** 7)))
    J(b, {"alarm_no": P(alarm_no(), "other_id"), "acct": P(s.cid, "account"), "sub_id": P(s.sid, "mrn"), "evt": "E101",
          "zone": "009", "imei": P(s.imei, "device"), "rx_ms": epoch_ms(t), "receiver": "dc09-rx-%d" % R.randint(1, 4)})
    return [b]


def fam_guarantor_kv():
    t = CLK.tick()
    s = SUB()
    g = s.contacts[0]
    b = B("logfmt")
    b.seq('time=%s level=info svc=billing-svc msg="private pay guarantor verified" sub=' % ts_iso(t), (s.sid, "mrn"),
          ' guarantor="', (fmt_name(g.first, g.last, "", "fl"), "name"), '" dl_state=%s dl=' % s.state, (s.dl, "license"),
          " acct=", (s.bill, "account"), " aba=%09d ach_acct=" % R.randint(10 ** 8, 10 ** 9 - 1), (digits(R.randint(8, 12)), "account"),
          " ip=", (g.ip, "ip"))
    return [b]


def fam_vehicle_kv():
    t = CLK.tick()
    s = SUB()
    b = B("logfmt")
    b.seq("time=%s level=warn svc=mobile-pers msg=\"vehicle mode: crash-like accel while driving\" imei=" % ts_iso(t), (s.imei, "device"),
          " vin=", (s.vin, "vehicle"), " speed_kmh=%d peak_g=%.1f fix=\"" % (R.randint(20, 90), R.uniform(3, 8)), ("%.5f,%.5f" % (s.lat - 0.03, s.lon + 0.04), "address"), '"')
    return [b]


# ---------------------------------------------------------------- misc noise
def fam_prom_noise():
    b = B("prometheus")
    b.t(R.choice(['pers_alarm_queue_depth{priority="%d",center="%s"} %d' % (R.randint(1, 3), R.choice(["phx", "buf"]), R.randint(0, 30)),
                  'pers_device_last_seen_seconds_bucket{le="%s",model="P4-LTEM"} %d' % (R.choice(["3600", "86400", "93600", "+Inf"]), R.randint(15000, 18000)),
                  'http_server_requests_seconds_count{application="alarm-router",method="POST",status="201",uri="/v1/alarms"} %d' % R.randint(10 ** 5, 10 ** 6),
                  'jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} %d.0' % R.randint(10 ** 8, 10 ** 9),
                  'pers_fall_model_score_bucket{le="0.82"} %d' % R.randint(10 ** 4, 10 ** 5),
                  '# HELP pers_psap_transfer_seconds Time from operator DISPATCH to PSAP answer',
                  '# TYPE pers_psap_transfer_seconds histogram']))
    return [b]


def fam_k8s_noise():
    t = CLK.tick()
    b = B("k8s_events")
    svc = R.choice(["alarm-router", "enrollment-svc", "billing-svc", "notify-svc", "carrier-gw", "fall-detector", "psap-bridge"])
    b.t("%s Normal %s pod/%s-%s-%s %s" % (ts_iso(t), R.choice(["Pulled", "Created", "Started", "Scheduled"]), svc, hexs(10), alnum(5, "bcdfghjklmnpqrstvwxz2456789"),
                                          R.choice(['Successfully pulled image "489213307711.dkr.ecr.us-east-1.amazonaws.com/%s:2024.05.13-%d" in %.3fs' % (svc, R.randint(1000, 2400), R.uniform(1, 9)),
                                                    "Created container %s" % svc, "Started container %s" % svc,
                                                    "Successfully assigned pers-prod/%s to ip-10-40-%d-%d.ec2.internal" % (svc, R.randint(0, 31), R.randint(2, 250))])))
    return [b]


def fam_deploy_noise():
    t = CLK.tick()
    b = B("ci_deploy")
    b.t("[%s] deploy %s build=%d sha=%s env=prod canary=%d%% approver=%s change=CHG%07d" % (ts_iso(t), R.choice(["alarm-router", "enrollment-svc", "carecircle-api"]), R.randint(4000, 9000), hexs(12), R.choice([5, 25, 100]), R.choice(["ben.okafor@halyardalert.com", "sre-bot"]), R.randint(10 ** 5, 10 ** 6)))
    return [b]


def fam_contact_noise():
    t = CLK.tick()
    b = B("python_logging")
    b.t("%s INFO ops.vendor_directory: vendor contact updated: %s" % (ts_py(t), R.choice([
        "M2M Carrier NOC, support@m2m-carrier.net, +1 (800) 331-0500, acct mgr Dana Whitlock",
        "Pima County 911 admin line (520) 791-4444 ext 2, PSAP mgr Lt. R. Esquivel",
        "Halyard Billing dept fax 888-773-0199, billing@halyardalert.com",
        "Clearinghouse EDI support edi-support@claimsbridge.example, 1-866-204-7710",
        "Dr. Helena Marsh office fax (520) 694-1200 (referral source)"])))
    return [b]


PHI_GENS = [(fam_spring_phi, 9), (fam_python_phi, 7), (fam_pg_phi, 4), (fam_iot_phi, 7), (fam_dc09_phi, 5), (fam_receiver_raw_phi, 2),
            (fam_ops_phi, 8), (fam_rec_phi, 4), (fam_enroll_phi, 3), (fam_psap_phi, 4), (fam_rn_phi, 6), (fam_carrier_phi, 4),
            (fam_x12_837, 1), (fam_hl7, 2), (fam_billing_phi, 4), (fam_twilio_phi, 2), (fam_nginx_phi, 4), (fam_cef_phi, 2),
            (fam_xml_responder, 3), (fam_notes, 10), (fam_photo, 1), (fam_kafka_phi, 3), (fam_guarantor_kv, 1), (lambda: fam_python_phi(6), 2), (fam_vehicle_kv, 1), (fam_legacy_csv, 3)]
NOISE_GENS = [(fam_spring_noise, 10), (fam_python_noise, 8), (fam_pg_noise, 8), (fam_iot_noise, 6), (fam_dc09_noise, 6),
              (fam_ops_noise, 6), (fam_rec_noise, 3), (fam_psap_noise, 3), (fam_rn_noise, 6), (fam_carrier_noise, 5),
              (fam_x12_noise, 2), (fam_hl7_noise, 2), (fam_billing_noise, 3), (fam_nginx_noise, 6), (fam_cef_noise, 2),
              (fam_prom_noise, 5), (fam_k8s_noise, 4), (fam_deploy_noise, 2), (fam_contact_noise, 3), (fam_legacy_noise, 1)]


def wchoice(gens):
    tot = sum(w for _, w in gens)
    r = R.uniform(0, tot)
    for g, w in gens:
        r -= w
        if r <= 0:
            return g
    return gens[-1][0]


def build():
    lines = []
    while len(lines) < TARGET_LINES:
        n = len(lines)
        noise = sum(1 for x in lines if not x.spans)
        want_noise = (noise / n if n else 0) < NOISE_TARGET
        chunk = wchoice(NOISE_GENS if want_noise else PHI_GENS)()
        if len(lines) + len(chunk) > TARGET_LINES:
            continue
        lines.extend(chunk)
    return lines


def main():
    lines = build()
    log_out, lab_out = [], []
    for i, b in enumerate(lines, 1):
        text = b.text()
        assert text and "\n" not in text and "\r" not in text, (i, text)
        raw = text.encode("utf-8")
        assert len(raw) == b.n
        spans = []
        for s, e, cat, val in b.spans:
            assert raw[s:e].decode("utf-8") == val, (i, s, e, val)
            spans.append({"s": s, "e": e, "cat": cat})
        log_out.append(text)
        lab_out.append(json.dumps({"line": i, "family": b.family, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(log_out))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lab_out))


if __name__ == "__main__":
    main()
