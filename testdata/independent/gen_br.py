#!/usr/bin/env python3
"""Generator for the held-out PHI corpus "br".

Theme: a healthcare app ("MeridianCare") built on AWS serverless.  CloudWatch
Logs from Lambda (Node / Python / Java runtimes), API Gateway access and
execution logs, Step Functions history events, DynamoDB Streams records,
SQS / SNS bodies, EventBridge events, Cognito triggers, S3 notifications,
AppSync resolver logs, Kinesis Firehose transformation records and X-Ray
segments, all interleaved.

Standard library only, fixed seed, deterministic.  Every line is built from
segments (text, category-or-None); byte offsets are computed while the line
is assembled and re-checked against the written bytes.

Writes next to itself:  br.log  and  br.labels.jsonl
"""
import base64
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
import urllib.parse
from datetime import date, datetime, timedelta, timezone

SEED = 0xB0_2024
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
TARGET_CLEAN = 0.55          # wanted share of lines without PHI
STEER_CLEAN = 0.55           # steering threshold (blocks interleave, so the share lags a little)
REF_DATE = date(2024, 3, 12)

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}

# ---------------------------------------------------------------- primitives
HEX = "0123456789abcdef"
DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOW = "abcdefghijklmnopqrstuvwxyz"


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def hexs(n):
    return "".join(R.choice(HEX) for _ in range(n))


def digits(n):
    return "".join(R.choice(DIG) for _ in range(n))


def rstr(alphabet, n):
    return "".join(R.choice(alphabet) for _ in range(n))


def uuid4():
    h = list(hexs(32))
    h[12] = "4"
    h[16] = R.choice("89ab")
    h = "".join(h)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def b64r(n, urlsafe=False):
    raw = bytes(R.getrandbits(8) for _ in range(n))
    return (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()


def fold(s):
    """ASCII-fold a name for e-mail local parts."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("đ", "d")
    return re.sub(r"[^A-Za-z0-9]", "", s).lower()


def luhn_check_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_check_digit(num[:-1]) == num[-1]


# ------------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.t = datetime(2024, 3, 12, 14, 2, 51, 317000, tzinfo=timezone.utc)

    def tick(self, lo=3, hi=900):
        self.t += timedelta(milliseconds=R.randint(lo, hi))
        return self.t


CLK = Clock()


def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def iso_s(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_us(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.%f") + "+00:00"


def epoch_ms(t):
    return int(t.timestamp() * 1000)


def epoch_s(t):
    return int(t.timestamp())


def clf_time(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def java_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def py_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"


def http_date(t):
    return t.strftime("%a, %d %b %Y %H:%M:%S GMT")


# -------------------------------------------------------------- AWS look-alikes
ACCOUNT = "418297365021"
PATIENT_POOL = "us-east-1_Qm7RzK2pX"
STAFF_POOL = "us-east-1_hT4bWc9Ne"
ACCOUNT_SEC = "730145992816"
REGION = "us-east-1"


def trace_id(t=None):
    t = t or CLK.t
    return f"1-{epoch_s(t):08x}-{hexs(24)}"


def seg_id():
    return hexs(16)


def ext_req_id():
    return rstr(UP + LOW + DIG, 14) + "="


def amz_id2():
    return b64r(54)


def receipt_handle():
    return "AQEB" + b64r(180)[:236]


def seq_number():
    return digits(21)


def kinesis_seq():
    return "4954" + digits(52)


def git_sha(n=40):
    return hexs(n)


def etag():
    return hexs(32)


def log_stream(t, ver="$LATEST"):
    return f"{t.strftime('%Y/%m/%d')}/[{ver}]{hexs(32)}"


def private_ip():
    k = R.randint(0, 3)
    if k == 0:
        return f"10.{R.randint(0, 60)}.{R.randint(0, 255)}.{R.randint(2, 254)}"
    if k == 1:
        return f"172.31.{R.randint(0, 95)}.{R.randint(2, 254)}"
    if k == 2:
        return f"169.254.{R.randint(1, 254)}.{R.randint(1, 254)}"
    return f"192.168.{R.randint(0, 20)}.{R.randint(2, 254)}"


def doc_ip():
    return pick(["203.0.113", "198.51.100", "192.0.2"]) + f".{R.randint(1, 254)}"


def cloudfront_ip():
    # CloudFront / AWS edge ranges: public, but not the patient's address
    return pick(["130.176", "64.252", "70.132", "15.158"]) + f".{R.randint(0, 255)}.{R.randint(1, 254)}"


PUBLIC_FIRST = [24, 47, 50, 67, 68, 69, 71, 73, 74, 75, 76, 96, 97, 98, 99, 107,
                108, 136, 142, 162, 166, 173, 174, 184, 208]


def public_ip():
    return f"{pick(PUBLIC_FIRST)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def public_ip6():
    pre = pick(["2600:1700", "2601:", "2603:8080", "2605:a601", "2607:fb90"])
    if pre.endswith(":"):
        pre = pre + f"{R.randint(0x100, 0xfff):x}"
    return f"{pre}:{R.randint(0x1000, 0xffff):x}:{R.randint(0x10, 0xffff):x}::{R.randint(1, 0xfff):x}"


def apigw_ids():
    return rstr(LOW + DIG, 10)


# ------------------------------------------------------------------ people
GIVEN_F = ["María", "Aaliyah", "Ngozi", "Priya", "Xiaoling", "Mei", "Yuki", "Seo-yeon",
           "Fatima", "Leila", "Svetlana", "Siobhan", "Aoife", "Zoë", "Renée", "Chloé",
           "Guadalupe", "Xochitl", "Huong", "Malia", "Anh", "Esperanza", "Carmen",
           "Inés", "Giulia", "Aleksandra", "Katarzyna", "Ewa", "Tamar", "Rivka",
           "Hannah", "Grace", "Hope", "Faith", "Rose", "Summer", "Dawn", "April",
           "June", "Sandy", "Ximena", "Dolores", "Ayodele", "Thandiwe", "Nahomi",
           "Oksana", "Beatriz", "Mary Ellen", "Kalani", "Ifeoluwa", "Precious"]
GIVEN_M = ["José", "James", "Olumide", "Chidi", "Rajesh", "Wei", "Hiroshi", "Min-jun",
           "Mohammed", "Omar", "Dmitri", "Søren", "Bjørn", "François", "Jürgen",
           "Kwame", "Thanh", "Ahanu", "Keoni", "Joaquín", "Matteo", "Wojciech",
           "Yosef", "Will", "Hunter", "Bill", "Mark", "Cash", "Pat", "Sunny",
           "Tupac", "Darnell", "DeShawn", "Jean-Luc", "Luis Miguel", "Bao", "Arjun",
           "Tomasz", "Emeka", "Lars", "Reuben", "Ezequiel", "Florin", "Tariq",
           "Gunnar", "Hemi", "Amadou", "Rafael", "Wendell"]
FAMILY = ["Smith", "Johnson", "García-Márquez", "Nguyễn", "Tran", "Le", "Kim", "Park",
          "Patel", "Chaudhry", "O'Brien", "O'Connor", "MacLeod", "McAllister",
          "van der Berg", "de la Cruz", "Van Houten", "St. John", "Abernathy-Wells",
          "Okonkwo", "Adeyemi", "Mensah", "Nakamura", "Yamamoto", "Zhang", "Wang",
          "Li", "Kowalski", "Wiśniewski", "Müller", "Schröder", "Øvergaard", "Rossi",
          "Esposito", "Haddad", "Al-Farsi", "Ben-David", "Cohen", "Rosenberg",
          "Begay", "Yazzie", "Kahananui", "Fernandes", "Gonçalves", "Rodríguez",
          "Hernández López", "Baker", "Cook", "White", "Brown", "Black", "Green",
          "Young", "Rich", "Love", "Wise", "Fox", "Bird", "Church", "King", "Little",
          "Long", "Day", "Moon", "Snow", "Rivers", "Bishop", "Mason", "Price",
          "Oyelaran-Smith", "Dos Santos", "Ó Súilleabháin", "Papadopoulos",
          "Szabó", "Ivanova", "Kuznetsov", "Lefebvre", "Da Silva Pereira", "Bui",
          "Runningwater", "Two Bulls", "Kealoha", "Mahmoud", "Chatterjee",
          "Nwachukwu", "Hakimi", "Castillo Ruiz", "Lindqvist", "Friedman"]

CLINICIANS = [("Anika", "Rao", "MD"), ("Marcus", "Feldman", "NP"), ("Ifeoma", "Eze", "RN"),
              ("Tobias", "Lindgren", "DO"), ("Carla", "Benítez", "PA-C"),
              ("Harold", "Whitcombe", "MD"), ("Sun-hee", "Cho", "MD"),
              ("Devin", "Marsh", "RN"), ("Laila", "Haidari", "PharmD"),
              ("Gregory", "Ashworth", "MD"), ("Nomvula", "Dlamini", "NP")]
STAFF_USERS = ["svc-mc-intake", "svc-eligibility", "deploy-bot", "jenkins-ci",
               "ops-kchen", "ops-rbalogun", "mc-support-tier2", "etl-runner",
               "sre-oncall", "data-eng-airflow", "admin.tlarsen"]
STAFF_EMAILS = ["oncall@meridiancare.health", "support@meridiancare.health",
                "devops-alerts@meridiancare.health", "privacy.office@meridiancare.health",
                "noreply@notify.meridiancare.health", "billing@meridiancare.health"]

CITIES = [("Austin", "TX", "787", "Travis County"), ("Tucson", "AZ", "857", "Pima County"),
          ("Dayton", "OH", "454", "Montgomery County"), ("Boise", "ID", "837", "Ada County"),
          ("Fresno", "CA", "937", "Fresno County"), ("Des Moines", "IA", "503", "Polk County"),
          ("Albuquerque", "NM", "871", "Bernalillo County"),
          ("Gainesville", "FL", "326", "Alachua County"),
          ("Spokane", "WA", "992", "Spokane County"),
          ("Burlington", "VT", "054", "Chittenden County"),
          ("Newark", "NJ", "071", "Essex County"),
          ("Providence", "RI", "029", "Providence County"),
          ("Honolulu", "HI", "968", "Honolulu County"),
          ("Durham", "NC", "277", "Durham County"),
          ("Bozeman", "MT", "597", "Gallatin County"),
          ("Flagstaff", "AZ", "860", "Coconino County"),
          ("Lubbock", "TX", "794", "Lubbock County"),
          ("Savannah", "GA", "314", "Chatham County"),
          ("Duluth", "MN", "558", "St. Louis County"),
          ("Kalamazoo", "MI", "490", "Kalamazoo County"),
          ("Bangor", "ME", "044", "Penobscot County"),
          ("Laredo", "TX", "780", "Webb County"),
          ("Chinle", "AZ", "865", "Apache County"),
          ("Brooklyn", "NY", "112", "Kings County"),
          ("Hialeah", "FL", "330", "Miami-Dade County"),
          ("Springfield", "MA", "011", "Hampden County"),
          ("Paterson", "NJ", "075", "Passaic County"),
          ("Sioux Falls", "SD", "571", "Minnehaha County"),
          ("Baton Rouge", "LA", "708", "East Baton Rouge Parish"),
          ("Portland", "OR", "972", "Multnomah County"),
          ("Dearborn", "MI", "481", "Wayne County"),
          ("San José", "CA", "951", "Santa Clara County")]
STREETS = ["Maple Ridge Dr", "Ocean View Ave", "N Lamar Blvd", "Old County Rd",
           "Calle del Sol", "Martin Luther King Jr Blvd", "Elm St", "W 3rd St",
           "Kalanianaole Hwy", "Peachtree Ct", "Cedar Hollow Ln", "Avenida Las Brisas",
           "Kingsbridge Rd", "County Road 12", "Pine Knot Way", "Willow Bend Cir",
           "Quail Run", "Bayou Oaks Dr", "E Michigan Ave", "S Cherry St",
           "Route 9W", "Sunset Blvd", "Hillcrest Ter", "Prairie Wind Dr",
           "Lakeshore Dr", "Camino Real", "Chestnut Hill Rd", "NW Glisan St",
           "Bridgewater Pl", "Frontage Rd", "Paseo de la Luna", "Navajo Route 7"]
UNITS = ["Apt 3B", "#214", "Unit 12", "Apt 1107", "Lot 44", "Trlr 7", "Apt C", "# 5",
         "Fl 2", "Bldg 4 Apt 210"]
AREA_CODES = ["512", "737", "602", "520", "937", "208", "559", "515", "505", "352",
              "509", "802", "973", "401", "808", "919", "406", "928", "806", "912",
              "218", "269", "207", "956", "718", "305", "413", "862", "605", "225",
              "503", "313", "408", "210", "614", "347", "786", "971"]

ORG_LOCATIONS = [
    ("MeridianCare Clinic - Riverside", "2200 Medical Pkwy Ste 400", "Austin", "TX", "78705", "(512) 324-7700"),
    ("MeridianCare Pima Valley", "1450 N Campbell Ave", "Tucson", "AZ", "85719", "(520) 881-4400"),
    ("MeridianCare Urgent Care Eastside", "77 Commerce Blvd", "Providence", "RI", "02903", "(401) 444-2100"),
    ("MeridianCare Behavioral Health", "900 Kalakaua Ave Ste 1200", "Honolulu", "HI", "96815", "(808) 941-3300"),
    ("MeridianCare Central Pharmacy", "5120 Research Dr", "Durham", "NC", "27703", "(919) 405-8800"),
]
ORG_PHONES = ["1-800-555-0199", "(888) 642-7731", "+18776229314", "844-263-7410",
              "(512) 324-7700", "+1 520 881 4400"]
ORG_FAX = ["(512) 324-7719", "+15208814499", "919-405-8899"]
PAYERS = [("Aetna", "60054"), ("BCBS of Texas", "84980"), ("UnitedHealthcare", "87726"),
          ("Humana", "61101"), ("Cigna", "62308"), ("Medicare Part B", "04412"),
          ("AHCCCS", "AZM01"), ("Ambetter", "68069"), ("Kaiser", "94134")]


# -------------------------------------------------------------- identifiers
def ssn_value(dashed=True):
    while True:
        area = R.randint(1, 899)
        if area != 666:
            break
    grp, ser = R.randint(1, 99), R.randint(1, 9999)
    s = f"{area:03d}-{grp:02d}-{ser:04d}"
    return s if dashed else s.replace("-", "")


def phone_parts():
    area = pick(AREA_CODES)
    while True:
        exch = f"{R.randint(2, 9)}{digits(2)}"
        if exch[1:] != "11" and exch != "555":
            break
    return area, exch, digits(4)


def fmt_phone(p, style=None):
    a, e, l = p
    style = style if style is not None else R.randint(0, 6)
    return [f"+1{a}{e}{l}", f"({a}) {e}-{l}", f"{a}-{e}-{l}", f"{a}.{e}.{l}",
            f"1-{a}-{e}-{l}", f"{a}{e}{l}", f"+1 {a}-{e}-{l}"][style]


def card_number(kind=None):
    kind = kind or pick(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        body = "4" + digits(14)
    elif kind == "mc":
        body = str(R.randint(51, 55)) + digits(13)
    elif kind == "amex":
        body = pick(["34", "37"]) + digits(12)
    else:
        body = "6011" + digits(11)
    return body + luhn_check_digit(body), kind


def fmt_card(num, spaced=False):
    if not spaced:
        return num
    if len(num) == 15:
        return f"{num[:4]} {num[4:10]} {num[10:]}"
    return " ".join(num[i:i + 4] for i in range(0, 16, 4))


VIN_MAP = {**{str(d): d for d in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
           "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check(v):
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if s == 10 else str(s)


def vin():
    wmi = pick(["1HG", "1FT", "JTD", "5YJ", "2T1", "3VW", "1G1", "KMH", "4T1", "1C4", "JN8", "WBA"])
    vds = rstr(VIN_CH.replace("0123456789", "") + "0123456789", 5)
    yr = pick("FGHJKLMNP")
    plant = pick("ABCKLNRUZ0123456789")
    v = wmi + vds + "0" + yr + plant + digits(6)
    return v[:8] + vin_check(v) + v[9:]


def plate():
    return pick([lambda: f"{R.randint(1, 9)}{rstr(UP, 3)}{digits(3)}",
                 lambda: f"{rstr(UP, 3)}-{digits(4)}",
                 lambda: f"{rstr(UP, 3)} {digits(3)}",
                 lambda: f"{digits(3)} {rstr(UP, 3)}",
                 lambda: f"{rstr(UP, 2)}{digits(2)}{rstr(UP, 3)}"])()


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + DIG
    return (str(R.randint(1, 9)) + pick(MBI_A) + pick(an) + pick(DIG) + pick(MBI_A) +
            pick(an) + pick(DIG) + pick(MBI_A) + pick(MBI_A) + pick(DIG) + pick(DIG))


def member_id():
    return pick([lambda: "W" + digits(9), lambda: rstr(UP, 3) + digits(9),
                 lambda: "ZGP" + digits(7) + "-0" + str(R.randint(1, 4)),
                 lambda: "U" + digits(10), lambda: "H" + digits(8) + "01",
                 lambda: digits(11)])()


def medicaid_id():
    return pick([lambda: "9" + digits(7) + pick(UP),          # CA Medi-Cal CIN style
                 lambda: "A" + digits(8),                     # AZ AHCCCS style
                 lambda: rstr(UP, 2) + digits(5) + pick(UP),  # NY CIN style
                 lambda: digits(10)])()


def npi():
    base = str(R.randint(1, 2)) + digits(8)
    return base + luhn_check_digit("80840" + base)


def dea_number(last_initial="R"):
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return pick("ABFM") + last_initial.upper() + "".join(map(str, d)) + str(chk)


def imei():
    body = pick(["35391110", "35260011", "35875309", "86891603", "35332811"]) + digits(6)
    return body + luhn_check_digit(body)


def mac(sep=":"):
    oui = pick(["a4:83:e7", "f0:18:98", "00:1a:7d", "b8:27:eb", "dc:a6:32", "3c:22:fb", "00:80:25"])
    m = oui + ":" + ":".join(hexs(2) for _ in range(3))
    return m.replace(":", sep)


def device_serial(kind):
    if kind == "cgm":
        return rstr(UP + DIG, 6)
    if kind == "pump":
        return "NG" + digits(7) + "H"
    if kind == "pacer":
        return "PJN" + digits(6) + "S"
    if kind == "bp":
        return "OMR-" + digits(8)
    if kind == "scale":
        return "WS" + hexs(10).upper()
    return "SN" + digits(9)


def udi(serial):
    gtin = "00" + digits(11)
    gtin = gtin + luhn_check_digit(gtin)  # close enough to GS1 mod-10 look
    exp = f"{R.randint(25, 28)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}"
    return f"(01){gtin}(17){exp}(10){rstr(UP, 1)}{digits(5)}(21){serial}"


def drivers_license(state):
    if state == "CA":
        return pick(UP) + digits(7)
    if state == "TX":
        return digits(8)
    if state == "NY":
        return digits(9)
    if state == "FL":
        return f"{pick(UP)}{digits(3)}-{digits(3)}-{digits(2)}-{digits(3)}-{digits(1)}"
    if state == "AZ":
        return pick("ABDY") + digits(8)
    if state == "WA":
        return "WDL" + rstr(UP + DIG, 9)
    return pick(UP) + digits(R.randint(7, 8))


def passport_no():
    return pick([lambda: pick(UP) + digits(8), lambda: digits(9)])()


def cpf():
    d = [R.randint(0, 9) for _ in range(9)]
    s = sum(v * w for v, w in zip(d, range(10, 1, -1)))
    d.append((s * 10 % 11) % 10)
    s = sum(v * w for v, w in zip(d, range(11, 1, -1)))
    d.append((s * 10 % 11) % 10)
    x = "".join(map(str, d))
    return f"{x[:3]}.{x[3:6]}.{x[6:9]}-{x[9:]}"


def curp(given, family, dob, sex):
    f = fold(family).upper() or "XX"
    g = fold(given).upper() or "X"
    vow = next((c for c in f[1:] if c in "AEIOU"), "X")
    return (f[0] + vow + pick("AEGLMR") + g[0] + dob.strftime("%y%m%d") + ("H" if sex == "M" else "M")
            + pick(["DF", "JC", "NL", "CH", "BC", "SR", "MN"]) + rstr("BCDFGHJKLMNPRSTVZ", 3)
            + pick(DIG + "A") + pick(DIG))


def fmt_date(d, style):
    months = ["January", "February", "March", "April", "May", "June", "July",
              "August", "September", "October", "November", "December"]
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "usnp":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "dmy":
        return d.strftime("%d-%b-%Y")
    if style == "long":
        return f"{months[d.month - 1]} {d.day}, {d.year}"
    if style == "jsdate":
        return d.strftime("%Y-%m-%d") + "T00:00:00.000Z"
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    raise ValueError(style)


def rand_date_style():
    return pick(["iso", "iso", "iso", "us", "usnp", "hl7", "dmy", "long", "jsdate"])


# ------------------------------------------------------------------- person
class Person:
    def __init__(self, min_age=1, max_age=88, age=None):
        self.sex = pick("MF")
        self.given = pick(GIVEN_M if self.sex == "M" else GIVEN_F)
        self.middle = pick(UP) if chance(0.35) else None
        self.family = pick(FAMILY)
        a = age if age is not None else R.randint(min_age, max_age)
        born_year = REF_DATE.year - a - 1
        self.dob = date(born_year, 1, 1) + timedelta(days=R.randint(0, 364))
        if self.dob.year != born_year:
            self.dob = date(born_year, 12, 31)
        self.age = self._age()
        self.phone = phone_parts()
        self.phone2 = phone_parts()
        city = pick(CITIES)
        self.city, self.state, zp, self.county = city
        self.zip = zp + digits(2)
        self.zip4 = digits(4)
        self.street = f"{R.randint(3, 19999)} {pick(STREETS)}"
        self.unit = pick(UNITS) if chance(0.35) else None
        self.email = self._email()
        self.mrn = "MC" + digits(7)
        self.ehr_mrn = "E" + digits(8)
        self.pid = "pat_" + rstr(LOW + DIG, 12)
        self.member = member_id()
        self.mbi = mbi()
        self.medicaid = medicaid_id()
        self.acct = "GA" + digits(8)
        self.ssn = ssn_value()
        self.ip = public_ip() if chance(0.8) else public_ip6()

    def _age(self):
        a = REF_DATE.year - self.dob.year
        if (REF_DATE.month, REF_DATE.day) < (self.dob.month, self.dob.day):
            a -= 1
        return a

    def _email(self):
        g, f = fold(self.given), fold(self.family)
        local = pick([f"{g}.{f}", f"{g}{f[:1]}{R.randint(1, 99)}", f"{g[:1]}{f}",
                      f"{f}.{g}{R.randint(60, 99)}", f"{g}_{f}", f"{g}{R.randint(1950, 2005)}"])
        return local + "@" + pick(["gmail.com", "yahoo.com", "outlook.com", "icloud.com",
                                   "hotmail.com", "aol.com", "proton.me", "comcast.net",
                                   "att.net", "live.com"])

    @property
    def full(self):
        return f"{self.given} {self.family}"

    @property
    def full_mid(self):
        return f"{self.given} {self.middle}. {self.family}" if self.middle else self.full

    @property
    def last_first(self):
        return f"{self.family}, {self.given}"

    @property
    def addr1(self):
        return f"{self.street} {self.unit}" if self.unit else self.street


def old_person():
    return Person(age=R.randint(90, 104))


def clinician():
    g, f, cred = pick(CLINICIANS)
    return g, f, cred


# ============================================================ segment model
# A "part" is (text, cat) with cat None for unlabeled text.  S is a string
# value made of parts; serialisers escape each part separately (all escapes
# used here are per-character, so the concatenation stays exact) and keep
# the labels attached to the escaped bytes.
class S:
    def __init__(self, *items):
        self.parts = []
        for it in items:
            if isinstance(it, S):
                self.parts.extend(it.parts)
            elif isinstance(it, tuple):
                self.parts.append(it)
            elif isinstance(it, list):
                self.parts.extend(flat(it))
            else:
                self.parts.append((str(it), None))

    @property
    def text(self):
        return "".join(t for t, _ in self.parts)

    def __add__(self, other):
        return S(self, other)

    def __radd__(self, other):
        return S(other, self)


def T(value, cat):
    """A labeled string value."""
    assert cat in CATS, cat
    return S((str(value), cat))


class N:
    """A labeled bare (unquoted) number."""

    def __init__(self, value, cat):
        assert cat in CATS
        self.value, self.cat = value, cat


def flat(items):
    out = []
    for it in items:
        if it is None:
            continue
        if isinstance(it, S):
            out.extend(it.parts)
        elif isinstance(it, tuple):
            out.append(it)
        elif isinstance(it, N):
            out.append((str(it.value), it.cat))
        elif isinstance(it, list):
            out.extend(flat(it))
        else:
            out.append((str(it), None))
    return out


def map_parts(parts, fn):
    return [(fn(t), c) for t, c in parts]


# ------------------------------------------------------------------ JSON
def jesc(t, ascii_only=False):
    return json.dumps(t, ensure_ascii=ascii_only)[1:-1]


def jdump(o, ascii_only=False, spaced=False):
    out = []
    _jd(o, out, ascii_only, spaced)
    return out


def _jscalar(o):
    if o is True:
        return "true"
    if o is False:
        return "false"
    if o is None:
        return "null"
    if isinstance(o, float):
        return repr(o)
    return str(o)


def _jd(o, out, a, sp):
    isep, ksep = (", ", ": ") if sp else (",", ":")
    if isinstance(o, dict):
        out.append(("{", None))
        for i, (k, v) in enumerate(o.items()):
            if i:
                out.append((isep, None))
            out.append(('"' + jesc(k, a) + '"' + ksep, None))
            _jd(v, out, a, sp)
        out.append(("}", None))
    elif isinstance(o, list):
        out.append(("[", None))
        for i, v in enumerate(o):
            if i:
                out.append((isep, None))
            _jd(v, out, a, sp)
        out.append(("]", None))
    elif isinstance(o, S):
        out.append(('"', None))
        out.extend(map_parts(o.parts, lambda t: jesc(t, a)))
        out.append(('"', None))
    elif isinstance(o, N):
        out.append((str(o.value), o.cat))
    elif isinstance(o, str):
        out.append(('"' + jesc(o, a) + '"', None))
    else:
        out.append((_jscalar(o), None))


def jstr(o, ascii_only=False, spaced=False):
    """JSON text of o as a string value (to be embedded, hence escaped again)."""
    return S(*jdump(o, ascii_only, spaced))


# ------------------------------------------------------- Node util.inspect
IDENT = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")


def _node_quote(txt):
    if "'" not in txt:
        return "'"
    if '"' not in txt:
        return '"'
    return "`"


def _node_esc(t, q):
    return t.replace("\\", "\\\\").replace(q, "\\" + q).replace("\n", "\\n")


def inspect(o, depth=0):
    out = []
    _ins(o, out, depth)
    return out


def _ins(o, out, depth):
    if isinstance(o, dict):
        if not o:
            out.append(("{}", None))
            return
        if depth > 2:
            out.append(("[Object]", None))
            return
        out.append(("{ ", None))
        for i, (k, v) in enumerate(o.items()):
            if i:
                out.append((", ", None))
            key = k if IDENT.match(k) else "'" + _node_esc(k, "'") + "'"
            out.append((key + ": ", None))
            _ins(v, out, depth + 1)
        out.append((" }", None))
    elif isinstance(o, list):
        if not o:
            out.append(("[]", None))
            return
        if depth > 2:
            out.append(("[Array]", None))
            return
        out.append(("[ ", None))
        for i, v in enumerate(o):
            if i:
                out.append((", ", None))
            _ins(v, out, depth + 1)
        out.append((" ]", None))
    elif isinstance(o, (S, str)):
        s = o if isinstance(o, S) else S(o)
        q = _node_quote(s.text)
        out.append((q, None))
        out.extend(map_parts(s.parts, lambda t: _node_esc(t, q)))
        out.append((q, None))
    elif isinstance(o, N):
        out.append((str(o.value), o.cat))
    elif o is None:
        out.append(("null", None))
    elif o is True or o is False:
        out.append(("true" if o else "false", None))
    else:
        out.append((str(o), None))


# -------------------------------------------------------- Python repr()
def _py_quote(txt):
    return '"' if ("'" in txt and '"' not in txt) else "'"


def _py_esc(t, q):
    return t.replace("\\", "\\\\").replace(q, "\\" + q).replace("\n", "\\n")


def pyrepr(o):
    out = []
    _pr(o, out)
    return out


def _pr(o, out):
    if isinstance(o, dict):
        out.append(("{", None))
        for i, (k, v) in enumerate(o.items()):
            if i:
                out.append((", ", None))
            _pr(k, out)
            out.append((": ", None))
            _pr(v, out)
        out.append(("}", None))
    elif isinstance(o, list):
        out.append(("[", None))
        for i, v in enumerate(o):
            if i:
                out.append((", ", None))
            _pr(v, out)
        out.append(("]", None))
    elif isinstance(o, (S, str)):
        s = o if isinstance(o, S) else S(o)
        q = _py_quote(s.text)
        out.append((q, None))
        out.extend(map_parts(s.parts, lambda t: _py_esc(t, q)))
        out.append((q, None))
    elif isinstance(o, N):
        out.append((str(o.value), o.cat))
    else:
        out.append((repr(o), None))


# ------------------------------------------ Java toString styles / logfmt
def jtostr(o, style="map"):
    """style: 'map' {k=v, ..}; 'lombok' Name(k=v, ..) ; 'record' Name[k=v, ..];
    o for lombok/record is (ClassName, dict)."""
    out = []
    if style == "map":
        _jv(o, out, style)
    else:
        name, d = o
        op, cl = ("(", ")") if style == "lombok" else ("[", "]")
        out.append((name + op, None))
        for i, (k, v) in enumerate(d.items()):
            if i:
                out.append((", ", None))
            out.append((k + "=", None))
            _jv(v, out, style)
        out.append((cl, None))
    return out


def _jv(v, out, style):
    if isinstance(v, dict):
        out.append(("{", None))
        for i, (k, x) in enumerate(v.items()):
            if i:
                out.append((", ", None))
            out.append((k + "=", None))
            _jv(x, out, style)
        out.append(("}", None))
    elif isinstance(v, tuple) and len(v) == 2 and isinstance(v[1], dict):
        out.extend(jtostr(v, style if style != "map" else "lombok"))
    elif isinstance(v, list):
        out.append(("[", None))
        for i, x in enumerate(v):
            if i:
                out.append((", ", None))
            _jv(x, out, style)
        out.append(("]", None))
    elif isinstance(v, S):
        out.extend(v.parts)
    elif isinstance(v, N):
        out.append((str(v.value), v.cat))
    elif v is None:
        out.append(("null", None))
    elif v is True or v is False:
        out.append(("true" if v else "false", None))
    else:
        out.append((str(v), None))


def logfmt(d):
    out = []
    for i, (k, v) in enumerate(d.items()):
        if i:
            out.append((" ", None))
        out.append((k + "=", None))
        if isinstance(v, N):
            out.append((str(v.value), v.cat))
            continue
        s = v if isinstance(v, S) else S(_jscalar(v) if not isinstance(v, str) else v)
        if re.search(r'[\s"=]', s.text) or s.text == "":
            out.append(('"', None))
            out.extend(map_parts(s.parts, lambda t: t.replace('\\', '\\\\').replace('"', '\\"')))
            out.append(('"', None))
        else:
            out.extend(s.parts)
    return out


def urlq(s, safe=""):
    """percent-encode each part of S (per-character, so labels survive)."""
    s = s if isinstance(s, S) else S(s)
    return S(*map_parts(s.parts, lambda t: urllib.parse.quote(t, safe=safe)))


def urlq_plus(s, safe=""):
    s = s if isinstance(s, S) else S(s)
    return S(*map_parts(s.parts, lambda t: urllib.parse.quote_plus(t, safe=safe)))


def qs(pairs, plus=False):
    """query string from [(key, value S|str)]"""
    items = []
    for i, (k, v) in enumerate(pairs):
        if i:
            items.append("&")
        items.append(k + "=")
        items.append(urlq_plus(v) if plus else urlq(v))
    return S(*items)


# ============================================================ line formats
FUNCS = {
    "api": ("mc-prod-patient-api", "nodejs20.x", 1024),
    "intake": ("mc-prod-intake-processor", "python3.12", 512),
    "stream": ("mc-prod-profile-stream", "nodejs18.x", 256),
    "notify": ("mc-prod-appt-notifier", "python3.11", 256),
    "cognito": ("mc-prod-cognito-triggers", "nodejs20.x", 128),
    "docs": ("mc-prod-doc-ingest", "python3.12", 2048),
    "elig": ("mc-prod-eligibility-271", "java17", 1536),
    "billing": ("mc-prod-billing-charge", "java21", 1024),
    "xform": ("mc-prod-firehose-xform", "python3.12", 256),
    "gql": ("mc-prod-appsync-resolver", "nodejs20.x", 512),
    "device": ("mc-prod-device-sync", "python3.11", 512),
    "rides": ("mc-prod-nemt-rides", "nodejs18.x", 256),
    "idv": ("mc-prod-idv-verify", "python3.12", 3008),
    "roi": ("mc-prod-records-release", "java17", 1024),
    "reports": ("mc-prod-nightly-reports", "python3.12", 1024),
}
RUNTIME_VER = {"nodejs20.x": "nodejs:20.v24", "nodejs18.x": "nodejs:18.v30",
               "python3.12": "python:3.12.v27", "python3.11": "python:3.11.v35",
               "java17": "java:17.v22", "java21": "java:21.v15"}
JAVA_LOGGERS = {"elig": ["c.m.e.EligibilityHandler", "c.m.e.x12.Parser271", "c.m.e.PayerClient"],
                "billing": ["c.m.b.ChargeHandler", "c.m.b.GatewayClient", "c.m.b.LedgerDao"],
                "roi": ["c.m.roi.ReleaseHandler", "c.m.roi.FaxSender", "c.m.roi.PdfAssembler"]}


class Inv:
    """One Lambda invocation; knows how its runtime writes lines."""

    def __init__(self, key, tail=None, jsonfmt=None):
        self.key = key
        self.fname, self.runtime, self.mem = FUNCS[key]
        self.rid = uuid4()
        self.trace = trace_id()
        self.version = pick(["$LATEST", "$LATEST", "$LATEST", str(R.randint(12, 140))])
        self.stream = log_stream(CLK.t, self.version)
        self.tail = chance(0.18) if tail is None else tail
        self.jsonfmt = (chance(0.35) and not self.runtime.startswith("java")) if jsonfmt is None else jsonfmt
        # advanced logging controls with SystemLogLevel=WARN: no platform.start / platform.report lines
        self.sys_quiet = self.jsonfmt and chance(0.7)
        self.cold = chance(0.22)
        self.lang = self.runtime[:4]
        self.t_start = CLK.t

    # -- helpers
    def _wrap(self, family, parts):
        t = CLK.tick(2, 350)
        parts = flat(parts)
        if self.tail:
            parts = [(f"{iso_us(t)} {self.stream} ", None)] + parts
        return (family, parts)

    def init_start(self):
        CLK.tick(1, 5)
        rv = RUNTIME_VER[self.runtime]
        if self.jsonfmt:
            return self._wrap("lambda_platform_json", jdump({
                "time": iso_ms(CLK.t), "type": "platform.initStart",
                "record": {"initializationType": "on-demand", "phase": "init",
                           "runtimeVersion": rv,
                           "runtimeVersionArn": f"arn:aws:lambda:{REGION}::runtime:{hexs(64)}",
                           "functionName": self.fname, "functionVersion": self.version}}))
        return self._wrap("lambda_platform", [
            f"INIT_START Runtime Version: {rv}\tRuntime Version ARN: arn:aws:lambda:{REGION}::runtime:{hexs(64)}"])

    def start(self):
        self.t_start = CLK.t
        if self.jsonfmt:
            return self._wrap("lambda_platform_json", jdump({
                "time": iso_ms(CLK.t), "type": "platform.start",
                "record": {"requestId": self.rid, "functionArn":
                           f"arn:aws:lambda:{REGION}:{ACCOUNT}:function:{self.fname}", "version": self.version}}))
        return self._wrap("lambda_platform", [f"START RequestId: {self.rid} Version: {self.version}"])

    def end(self):
        if self.jsonfmt:
            return self._wrap("lambda_platform_json", jdump({
                "time": iso_ms(CLK.t), "type": "platform.runtimeDone",
                "record": {"requestId": self.rid, "status": "success",
                           "spans": [{"name": "responseLatency", "start": iso_ms(CLK.t),
                                      "durationMs": round(R.uniform(0.2, 40), 3)}],
                           "metrics": {"durationMs": round(R.uniform(3, 2000), 3), "producedBytes": R.randint(40, 9000)}}}))
        return self._wrap("lambda_platform", [f"END RequestId: {self.rid}"])

    def report(self):
        dur = R.uniform(2.1, 2900)
        used = R.randint(70, min(self.mem, 900))
        if self.jsonfmt:
            rec = {"requestId": self.rid, "metrics": {"durationMs": round(dur, 2),
                   "billedDurationMs": int(dur) + 1, "memorySizeMB": self.mem, "maxMemoryUsedMB": used}}
            if self.cold:
                rec["metrics"]["initDurationMs"] = round(R.uniform(180, 1900), 2)
            rec["tracing"] = {"spanId": seg_id(), "type": "X-Amzn-Trace-Id",
                              "value": f"Root={self.trace};Parent={seg_id()};Sampled=1"}
            rec["status"] = "success"
            return self._wrap("lambda_platform_json", jdump({"time": iso_ms(CLK.t), "type": "platform.report", "record": rec}))
        s = (f"REPORT RequestId: {self.rid}\tDuration: {dur:.2f} ms\tBilled Duration: {int(dur) + 1} ms\t"
             f"Memory Size: {self.mem} MB\tMax Memory Used: {used} MB\t")
        if self.cold:
            s += f"Init Duration: {R.uniform(180, 1900):.2f} ms\t"
        if chance(0.5):
            s += f"\nXRAY TraceId: {self.trace}\tSegmentId: {seg_id()}\tSampled: true\t"
            s = s.replace("\n", " ")
        return self._wrap("lambda_platform", [s])

    def log(self, level, msg, payload=None):
        """Application log line in the runtime's own format. msg: parts."""
        t = CLK.t
        fam_sfx = f"+{payload}" if payload else ""
        if self.jsonfmt:
            # Lambda advanced logging controls, JSON format: message is a string
            m = S(*flat([msg]))
            if self.lang == "node":
                d = {"timestamp": iso_ms(t), "level": level, "requestId": self.rid, "message": m}
            else:
                d = {"timestamp": iso_s(t), "level": level, "message": m, "logger": "root",
                     "requestId": self.rid}
            return self._wrap("lambda_json_log" + fam_sfx, jdump(d, spaced=(self.lang == "pyth")))
        if self.lang == "node":
            return self._wrap("node_console" + fam_sfx, [f"{iso_ms(t)}\t{self.rid}\t{level}\t", msg])
        if self.lang == "pyth":
            lv = {"WARN": "WARNING"}.get(level, level)
            return self._wrap("python_logging" + fam_sfx, [f"[{lv}]\t{iso_ms(t)}\t{self.rid}\t", msg])
        lg = pick(JAVA_LOGGERS.get(self.key, ["c.m.Handler"]))
        return self._wrap("java_log4j2" + fam_sfx, [f"{java_ts(t)} {self.rid} {level:<5} {lg}:{R.randint(30, 420)} - ", msg])

    def powertools(self, level, message, extra=None, payload=None):
        """aws-lambda-powertools structured logger (Python or TypeScript flavour)."""
        t = CLK.t
        extra = extra or {}
        svc = self.fname.replace("mc-prod-", "")
        if self.lang == "pyth":
            d = {"level": level, "location": f"{pick(['handler', 'lambda_handler', 'process_record', '_send'])}:{R.randint(20, 300)}",
                 "message": message, "timestamp": py_ts(t) + "+0000", "service": svc,
                 "cold_start": self.cold, "function_name": self.fname,
                 "function_memory_size": str(self.mem),
                 "function_arn": f"arn:aws:lambda:{REGION}:{ACCOUNT}:function:{self.fname}",
                 "function_request_id": self.rid}
            d.update(extra)
            d["xray_trace_id"] = self.trace
            fam = "powertools_py"
        else:
            d = {"level": level, "message": message, "sampling_rate": 0, "service": svc,
                 "timestamp": iso_ms(t), "xray_trace_id": self.trace, "cold_start": self.cold,
                 "function_arn": f"arn:aws:lambda:{REGION}:{ACCOUNT}:function:{self.fname}",
                 "function_memory_size": self.mem, "function_name": self.fname,
                 "function_request_id": self.rid}
            d.update(extra)
            fam = "powertools_ts"
        return self._wrap(fam + (f"+{payload}" if payload else ""), jdump(d))

    def pino(self, level, msg, extra=None, payload=None):
        d = {"level": {"INFO": 30, "WARN": 40, "ERROR": 50, "DEBUG": 20}[level],
             "time": epoch_ms(CLK.t), "pid": 8, "hostname": f"169.254.{R.randint(1, 254)}.{R.randint(1, 254)}",
             "reqId": self.rid}
        d.update(extra or {})
        d["msg"] = msg
        return self._wrap("pino_json" + (f"+{payload}" if payload else ""),
                          [f"{iso_ms(CLK.t)}\t{self.rid}\t{level}\t", jdump(d)])

    def dump(self, level, label, obj, payload):
        """The classic 'console.log("event", JSON.stringify(event))' / print(json.dumps(event))."""
        if self.lang == "node":
            style = pick(["json", "json", "inspect"])
            body = jdump(obj) if style == "json" else inspect(obj)
            return self.log(level, [label, body], payload)
        if self.lang == "pyth":
            style = pick(["json", "json", "repr"])
            body = jdump(obj, ascii_only=True, spaced=True) if style == "json" else pyrepr(obj)
            return self.log(level, [label, body], payload)
        return self.log(level, [label, jdump(obj)], payload)

    def timeout(self):
        return self._wrap("lambda_platform", [f"{iso_ms(CLK.t)} {self.rid} Task timed out after {R.randint(3, 30)}.{R.randint(0, 99):02d} seconds"])


def invocation(inv, body_lines, end=True):
    """Wrap application lines (a list of thunks) in START/END/REPORT."""
    if inv.cold and not inv.sys_quiet:
        yield inv.init_start()
    if not inv.sys_quiet:
        yield inv.start()
    for th in body_lines:
        yield th()
    if end and not inv.sys_quiet:
        if not inv.jsonfmt:
            yield inv.end()
        yield inv.report()


# =================================================== patient payload keys
KEYSETS = {
    "camel": dict(first="firstName", last="lastName", full="patientName", dob="dateOfBirth",
                  phone="mobilePhone", email="email", line1="addressLine1", city="city",
                  county="county", state="state", zip="postalCode", mrn="mrn",
                  member="memberId", ssn="ssn", age="age", sex="gender"),
    "snake": dict(first="first_name", last="last_name", full="patient_name", dob="date_of_birth",
                  phone="phone_number", email="email_address", line1="street_address",
                  city="city", county="county_name", state="state_code", zip="zip_code",
                  mrn="patient_mrn", member="member_id", ssn="ssn", age="age_years", sex="sex"),
    "short": dict(first="fn", last="ln", full="nm", dob="dob", phone="ph", email="em",
                  line1="addr1", city="cty", county="cnty", state="st", zip="zip", mrn="mrn",
                  member="mbrId", ssn="ssnRaw", age="ageYrs", sex="sx"),
    "pascal": dict(first="FirstName", last="LastName", full="PatientName", dob="DOB",
                   phone="HomePhone", email="Email", line1="Address1", city="City",
                   county="County", state="State", zip="Zip", mrn="MRN", member="MemberID",
                   ssn="SSN", age="Age", sex="Sex"),
    "ptprefix": dict(first="ptFirst", last="ptLast", full="ptName", dob="ptDob",
                     phone="ptCell", email="ptEmail", line1="ptStreet", city="ptCity",
                     county="ptCounty", state="ptState", zip="ptZip", mrn="ptMrn",
                     member="ptMemberNo", ssn="ptSsn", age="ptAge", sex="ptSex"),
}


def demo(p, fields, style=None, ds=None, phone_style=None, age_num=True):
    """Patient demographics dict with one team's naming style."""
    k = KEYSETS[style or pick(list(KEYSETS))]
    ds = ds or rand_date_style()
    d = {}
    for f in fields:
        if f == "name":
            d[k["first"]] = T(p.given, "name")
            d[k["last"]] = T(p.family, "name")
        elif f == "full":
            d[k["full"]] = T(pick([p.full, p.full_mid, p.last_first]), "name")
        elif f == "dob":
            d[k["dob"]] = T(fmt_date(p.dob, ds), "date")
        elif f == "phone":
            d[k["phone"]] = T(fmt_phone(p.phone, phone_style), "phone")
        elif f == "email":
            d[k["email"]] = T(p.email, "email")
        elif f == "addr":
            d[k["line1"]] = T(p.addr1, "address")
            d[k["city"]] = T(p.city, "address")
            d[k["state"]] = p.state
            d[k["zip"]] = T(p.zip if chance(0.75) else f"{p.zip}-{p.zip4}", "zip")
        elif f == "county":
            d[k["county"]] = T(p.county, "address")
        elif f == "mrn":
            d[k["mrn"]] = T(p.mrn, "mrn")
        elif f == "member":
            d[k["member"]] = T(p.member, "health_plan")
        elif f == "ssn":
            d[k["ssn"]] = T(p.ssn if chance(0.7) else p.ssn.replace("-", ""), "ssn")
        elif f == "age":
            if p.age > 89:
                d[k["age"]] = N(p.age, "age") if age_num else T(str(p.age), "age")
            else:
                d[k["age"]] = p.age if age_num else str(p.age)
        elif f == "sex":
            d[k["sex"]] = pick({"M": ["M", "male", "Male"], "F": ["F", "female", "Female"]}[p.sex])
    return d


def fhir_patient(p, with_addr=True):
    d = {"resourceType": "Patient", "id": T(p.pid, "mrn"),
         "meta": {"versionId": str(R.randint(1, 9)), "lastUpdated": iso_ms(CLK.t)},
         "identifier": [{"use": "usual", "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                         "system": "urn:oid:2.16.840.1.113883.3.7204.1.1", "value": T(p.mrn, "mrn")}],
         "name": [{"use": "official", "family": T(p.family, "name"), "given": [T(p.given, "name")]}],
         "telecom": [{"system": "phone", "value": T(fmt_phone(p.phone), "phone"), "use": "mobile"}],
         "gender": "male" if p.sex == "M" else "female",
         "birthDate": T(fmt_date(p.dob, "iso"), "date")}
    if with_addr:
        d["address"] = [{"use": "home", "line": [T(p.addr1, "address")], "city": T(p.city, "address"),
                         "district": T(p.county, "address"), "state": p.state, "postalCode": T(p.zip, "zip")}]
    return d


def clin_name():
    g, f, cred = clinician()
    return pick([f"{g} {f}, {cred}", f"Dr. {f}" if cred in ("MD", "DO") else f"{g} {f} {cred}",
                 f"{f}, {g} {cred}"])


def org_loc():
    return pick(ORG_LOCATIONS)


def appt_dt(days_lo=1, days_hi=40):
    d = datetime(2024, 3, 12, tzinfo=timezone.utc) + timedelta(days=R.randint(days_lo, days_hi))
    d = d.replace(hour=R.randint(7, 17), minute=pick([0, 15, 30, 45]))
    return d


def fmt_appt(d):
    return pick([d.strftime("%Y-%m-%dT%H:%M:00") + pick(["-05:00", "-07:00", "-04:00", "-10:00"]),
                 d.strftime("%Y-%m-%dT%H:%M:00.000Z"), d.strftime("%Y-%m-%d %H:%M"),
                 d.strftime("%m/%d/%Y %I:%M %p")])


def appt_id():
    return pick(["APT-", "appt_", "A"]) + digits(8)


def enc_id():
    return pick(["ENC", "V", "enc-"]) + digits(9)


def claim_no():
    return pick(["CLM", "C24"]) + digits(10)


def order_no():
    return pick(["ORD-", "RX", "o_"]) + digits(7)


# ================================================================ blocks
# Each block is a generator yielding (family, parts).  phi=False blocks must
# not contain any patient identifier; phi=True blocks leak at least one.
def L(family, *items):
    CLK.tick(2, 400)
    return (family, flat(list(items)))


API_HOST = "api.meridiancare.health"
APP_UA = ["MeridianCare/4.12.0 (iPhone; iOS 17.3.1; Scale/3.00)",
          "MeridianCare/4.11.2 (Android 14; Pixel 7)", "okhttp/4.12.0",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
          "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1"]
SYS_UA = ["Amazon CloudFront", "ELB-HealthChecker/2.0", "Datadog/Synthetics", "axios/1.6.7",
          "python-requests/2.31.0", "aws-sdk-java/2.25.6 Linux/5.10 OpenJDK_64-Bit_Server_VM/17.0.10"]


def ip_seg(p):
    return T(p.ip, "ip")


def b_api(phi):
    inv = Inv("api")
    p = Person() if chance(0.85) else old_person()
    rid = uuid4()
    api_id = apigw_ids()
    body = []
    if phi:
        v = pick(["event", "validation", "pino", "event", "search"])
        if v == "event":
            ap = appt_dt()
            ev = {"resource": "/v1/patients/{patientId}/appointments",
                  "path": S("/v1/patients/", T(p.mrn, "mrn"), "/appointments"),
                  "httpMethod": "POST",
                  "headers": {"Accept": "application/json", "CloudFront-Viewer-Country": "US",
                              "Host": API_HOST, "User-Agent": pick(APP_UA),
                              "X-Amzn-Trace-Id": f"Root={inv.trace}",
                              "X-Forwarded-For": S(T(p.ip, "ip"), ", " + cloudfront_ip()),
                              "X-Forwarded-Port": "443", "X-Forwarded-Proto": "https"},
                  "queryStringParameters": None,
                  "pathParameters": {"patientId": T(p.mrn, "mrn")},
                  "requestContext": {"resourceId": rstr(LOW + DIG, 6), "stage": "prod",
                                     "requestId": rid, "apiId": api_id,
                                     "identity": {"sourceIp": T(p.ip, "ip"), "userAgent": pick(APP_UA)},
                                     "authorizer": {"claims": {"sub": uuid4(), "email": T(p.email, "email"),
                                                               "token_use": "id"}}},
                  "body": jstr({"slotId": "slot_" + rstr(LOW + DIG, 10), "visitType": pick(["telehealth", "in_person"]),
                                "start": T(fmt_appt(ap), "date"), "reason": pick(["med refill", "follow-up", "rash", "annual physical"])}),
                  "isBase64Encoded": False}
            body.append(lambda: inv.dump("INFO", "event: ", ev, "apigw_proxy_event"))
            body.append(lambda: inv.log("DEBUG", ["resolved patient ", T(p.mrn, "mrn"), " -> ", T(p.last_first, "name"),
                                                  " dob=", T(fmt_date(p.dob, "iso"), "date"), f" pcp={clin_name()}"]))
            body.append(lambda: inv.log("INFO", f"appointment created id={appt_id()} clinic=CL{digits(4)} provider_npi={npi()}"))
            if chance(0.6):
                body.append(lambda: inv.log("INFO", ["confirmation email queued to ", T(p.email, "email"), " for ",
                                                     T(p.given, "name"), " (template appt_confirm_v2, locale en-US)"]))
        elif v == "validation":
            bad = pick(["dob", "phone", "zip"])
            ds_bad, ph_bad = pick(["us", "usnp", "long"]), pick([1, 3, 4])
            pbody = demo(p, ["name", "dob", "phone", "addr"], style="camel", ds=ds_bad if bad == "dob" else "iso",
                         phone_style=ph_bad if bad == "phone" else 0)
            if bad == "zip":
                pbody["postalCode"] = T(p.zip + "-" + p.zip4, "zip")
            if bad == "dob":
                val = T(fmt_date(p.dob, ds_bad), "date")
                msg = ['ValidationError: "dateOfBirth" must be in ISO 8601 date format. Received "', val, '"']
            elif bad == "phone":
                val = T(fmt_phone(p.phone, ph_bad), "phone")
                msg = ['ValidationError: "mobilePhone" with value "', val, '" fails to match the E.164 pattern']
            else:
                val = T(p.zip + "-" + p.zip4, "zip")
                msg = ['ValidationError: "address.postalCode" with value "', val, '" fails to match the required pattern: /^\\d{5}$/']
            body.append(lambda: inv.log("ERROR", ["Invoke Error \t", jdump({
                "errorType": "ValidationError", "errorMessage": S(*flat(msg)),
                "stack": ["ValidationError: invalid payload", "    at Object.validate (/var/task/src/validate.js:41:11)",
                          "    at Runtime.handler (/var/task/src/index.js:88:5)"]})], "error"))
            body.insert(0, lambda: inv.log("INFO", ["PUT /v1/patients/", T(p.mrn, "mrn"), "/profile body=",
                                                    jdump(pbody)],
                                           "request_body"))
        elif v == "pino":
            extra = {"route": "PUT /v1/patients/{patientId}/profile",
                     "patient": demo(p, pick([["name", "dob", "phone"], ["full", "email", "addr"], ["mrn", "name", "age"]]),
                                     style=pick(["camel", "short"]))}
            body.append(lambda: inv.pino("INFO", "profile updated", extra, "patient_profile"))
            body.append(lambda: inv.pino("INFO", "audit", {"event": "PROFILE_UPDATE", "patientId": T(p.pid, "mrn"),
                                                           "actorIp": T(p.ip, "ip"), "fields": ["phone", "address"]}, "audit"))
        else:
            qsx = qs([("lastName", T(p.family, "name")), ("dob", T(fmt_date(p.dob, "iso"), "date"))])
            body.append(lambda: inv.log("INFO", ["GET /v1/patients/search?", qsx, f" -> {R.randint(0, 3)} matches in {R.randint(8, 190)}ms"]))
            body.append(lambda: inv.log("WARN", f"search returned multiple candidates, requiring step-up verification (requestId={rid})"))
    else:
        v = pick(["health", "slots", "warn", "metrics"])
        if v == "health":
            ev = {"resource": "/v1/health", "path": "/v1/health", "httpMethod": "GET",
                  "headers": {"Host": API_HOST, "User-Agent": pick(SYS_UA)},
                  "requestContext": {"stage": "prod", "requestId": rid, "apiId": api_id,
                                     "identity": {"sourceIp": pick([private_ip(), doc_ip()]), "userAgent": pick(SYS_UA)}}}
            body.append(lambda: inv.dump("DEBUG", "event: ", ev, "apigw_proxy_event"))
        elif v == "slots":
            cl = "CL" + digits(4)
            body.append(lambda: inv.log("INFO", f"GET /v1/clinics/{cl}/slots?from=2024-03-18&days=7 provider={clin_name()} -> {R.randint(0, 40)} open slots"))
            body.append(lambda: inv.log("INFO", f"cache miss key=slots:{cl}:2024-W12 ttl=300s redis=10.{R.randint(0, 9)}.{R.randint(0, 255)}.{R.randint(2, 254)}:6379"))
        elif v == "warn":
            body.append(lambda: inv.log("WARN", f"retrying POST https://ehr-gw.internal.meridiancare.health/fhir/R4/Appointment attempt=2 status=503 backoffMs={R.randint(100, 900)} traceId={inv.trace}"))
        else:
            body.append(lambda: inv.log("INFO", jdump({"_aws": {"Timestamp": epoch_ms(CLK.t), "CloudWatchMetrics": [{"Namespace": "MeridianCare/API", "Dimensions": [["service", "route"]], "Metrics": [{"Name": "Latency", "Unit": "Milliseconds"}]}]},
                                                           "service": "patient-api", "route": "GET /v1/clinics/{clinicId}/slots", "Latency": R.randint(20, 900)})))
    yield from invocation(inv, body)


def b_apigw_access(phi):
    p = Person()
    rid = uuid4()
    t = CLK.tick(5, 800)
    latency = R.randint(8, 2400)
    fam = "apigw_access"
    if phi:
        kind = pick(["path", "query", "ip", "path"])
        ip = T(p.ip, "ip")
        if kind == "path":
            path = S(pick(["/v1/patients/", "/prod/patients/", "/v2/members/"]), T(pick([p.mrn, p.pid, p.ehr_mrn]), "mrn"),
                     pick(["", "/appointments", "/documents", "/coverage", "/messages?unread=true"]))
        elif kind == "query":
            path = S("/v1/patients/lookup?", qs(pick([[("email", T(p.email, "email"))],
                                                      [("phone", T(fmt_phone(p.phone, 0), "phone"))],
                                                      [("last_name", T(p.family, "name")), ("birth_date", T(fmt_date(p.dob, "iso"), "date"))]])))
        else:
            path = S(pick(["/v1/me", "/v1/auth/refresh", "/v1/notifications", "/v1/consents"]))
    else:
        ip = pick([private_ip(), doc_ip(), cloudfront_ip(), private_ip()])
        path = S(pick([f"/v1/clinics/CL{digits(4)}/slots", "/v1/health", f"/v1/orders/{order_no()}",
                       f"/v1/appointments/{appt_id()}/status", "/v1/config/mobile?platform=ios&build=4120",
                       f"/v1/claims/{claim_no()}", "/internal/metrics", f"/v1/encounters/{enc_id()}"]))
    method = pick(["GET", "GET", "POST", "PUT"])
    if phi and kind == "query":
        method = "GET"
    status = pick({"GET": ["200", "200", "200", "304", "401", "404", "429"], "POST": ["201", "200", "400", "409", "502"],
                   "PUT": ["200", "204", "400", "412"]}[method])
    style = pick(["json_v1", "json_v2", "clf", "csv"])
    if style == "json_v1":
        d = {"requestId": rid, "ip": ip if isinstance(ip, S) else S(ip), "caller": "-", "user": "-",
             "requestTime": clf_time(t), "httpMethod": method,
             "resourcePath": re.sub(r"/(MC|E|pat_)[0-9a-z]+", "/{patientId}", path.text.split("?")[0]),
             "status": status, "protocol": "HTTP/1.1", "responseLength": str(R.randint(0, 48000))}
        if phi and kind in ("path", "query"):
            d["path"] = path
        yield (fam + "_json", flat(jdump(d)))
    elif style == "json_v2":
        d = {"requestId": rid, "ip": ip if isinstance(ip, S) else S(ip), "requestTime": clf_time(t),
             "httpMethod": method, "routeKey": f"{method} " + re.sub(r"/(MC|E|pat_)[0-9a-z]+", "/{id}", path.text.split("?")[0]),
             "path": path, "status": status, "protocol": "HTTP/1.1", "responseLength": str(R.randint(0, 48000)),
             "integrationLatency": str(latency), "userAgent": pick(APP_UA if phi else SYS_UA),
             "errorMessage": {"400": "Bad Request", "401": "Unauthorized", "404": "Not Found", "429": "Too Many Requests",
                              "409": "Conflict", "412": "Precondition Failed", "502": "Internal server error"}.get(status, "-")}
        yield (fam + "_json", flat(jdump(d)))
    elif style == "clf":
        yield (fam + "_clf", flat([ip, f" - - [{clf_time(t)}] \"{method} ", path,
                                   f" HTTP/1.1\" {status} {R.randint(0, 48000)} {rid}"]))
    else:
        yield (fam + "_csv", flat([rid, ",", ip, f",{clf_time(t)},{method},", path, f",{status},{latency}"]))


def b_apigw_exec(phi):
    rid = uuid4()
    api_id = apigw_ids()
    p = Person() if chance(0.8) else old_person()
    fam = "apigw_exec"
    res = pick(["/v1/intake", "/v1/patients/{patientId}", "/v1/coverage/verify"]) if phi else \
        pick(["/v1/clinics/{clinicId}/slots", "/v1/health", "/v1/orders/{orderId}"])
    method = "POST" if res in ("/v1/intake", "/v1/coverage/verify") else "GET"

    def ln(*items):
        return L(fam, f"({rid}) ", *items)

    yield ln(f"Extended Request Id: {ext_req_id()}")
    if chance(0.5):
        yield ln(f"Verifying Usage Plan for request: {rid}. API Key:  API Stage: {api_id}/prod")
    yield ln(f"Starting execution for request: {rid}")
    yield ln(f"HTTP Method: {method}, Resource Path: {res.replace('{patientId}', 'MC' + digits(7)) if not phi else res}")
    if phi:
        if "{patientId}" in res:
            yield ln("Method request path: {patientId=", T(p.mrn, "mrn"), "}")
        else:
            yield ln("Method request path: {}")
        if chance(0.5):
            yield ln("Method request query string: {", "dob=", T(fmt_date(p.dob, pick(["iso", "us"])), "date"),
                     ", lastName=", T(p.family, "name"), "}")
        yield ln("Method request headers: {Accept=application/json, CloudFront-Viewer-Country=US, Host=", API_HOST,
                 ", User-Agent=", pick(APP_UA), ", X-Amzn-Trace-Id=Root=", trace_id(), ", X-Forwarded-For=",
                 T(p.ip, "ip"), ", ", cloudfront_ip(), ", X-Forwarded-Port=443, X-Forwarded-Proto=https}")
        if method == "POST":
            if res == "/v1/intake":
                b = {"patient": demo(p, ["name", "dob", "sex", "phone", "email", "addr", "age"] + (["ssn"] if chance(0.3) else []), style="camel"),
                     "insurance": {"payerId": pick(PAYERS)[1], "memberId": T(p.member, "health_plan"),
                                   "groupNumber": "GRP" + digits(6)},
                     "consents": {"hipaaNotice": True, "sms": chance(0.7)}}
                if chance(0.4):
                    g = Person(min_age=30, max_age=70)
                    b["emergencyContact"] = {"name": T(g.full, "name"), "relationship": pick(["spouse", "daughter", "son", "mother"]),
                                             "phone": T(fmt_phone(g.phone), "phone")}
            else:
                b = {"subscriberId": T(p.member, "health_plan"), "subscriberDob": T(fmt_date(p.dob, "iso"), "date"),
                     "subscriberLastName": T(p.family, "name"), "payerId": pick(PAYERS)[1], "serviceType": "30"}
            yield ln("Method request body before transformations: ", jdump(b))
            if chance(0.6):
                pev = {"resource": res, "path": res, "httpMethod": method,
                       "headers": {"X-Forwarded-For": S(T(p.ip, "ip"), ", ", cloudfront_ip())},
                       "requestContext": {"requestId": rid, "identity": {"sourceIp": T(p.ip, "ip")}},
                       "body": jstr(b)}
                yield ln("Endpoint request body after transformations: ", jdump(pev), " [TRUNCATED]" if chance(0.3) else "")
    else:
        yield ln("Method request path: {}" if "{" not in res else "Method request path: {" + res.split("{")[1].split("}")[0] + "=" + pick(["CL", "ORD-"]) + digits(6) + "}")
        yield ln("Method request query string: {}")
    yield ln(f"Endpoint request URI: https://lambda.{REGION}.amazonaws.com/2015-03-31/functions/arn:aws:lambda:{REGION}:{ACCOUNT}:function:mc-prod-patient-api/invocations")
    if chance(0.5):
        yield ln(f"Endpoint request headers: {{X-Amz-Date={CLK.t.strftime('%Y%m%dT%H%M%SZ')}, x-amzn-apigateway-api-id={api_id}, Accept=application/json, "
                 f"User-Agent=AmazonAPIGateway_{api_id}, Host=lambda.{REGION}.amazonaws.com, X-Amz-Security-Token=IQoJb3JpZ2luX2VjE{b64r(30)} [TRUNCATED]")
    st = pick([200, 200, 200, 502, 400])
    yield ln(f"Received response. Status: {st if st != 502 else 200}, Integration latency: {R.randint(15, 2900)} ms")
    if st == 502:
        yield ln("Execution failed due to configuration error: Malformed Lambda proxy response")
    elif phi and chance(0.75):
        yield ln("Endpoint response body before transformations: ", jdump({"statusCode": 200, "body": jstr(
            {"patientId": T(p.mrn, "mrn"), "displayName": T(p.full, "name"), "status": "ACTIVE",
             "pcp": clin_name(), "clinicPhone": pick(ORG_PHONES)})}))
    if st != 502:
        yield ln("Successfully completed execution")
    yield ln(f"Method completed with status: {st}")


# ---------------------------------------------------------- Step Functions
def b_sfn(phi):
    fam = "sfn_history"
    p = Person() if chance(0.75) else old_person()
    sm = pick(["mc-prod-intake", "mc-prod-coverage-check", "mc-prod-idv", "mc-prod-referral"]) if phi else \
        pick(["mc-prod-nightly-export", "mc-prod-slot-rebuild", "mc-prod-claims-batch"])
    name_leak = phi and chance(0.3)
    if name_leak:
        ex_name = S(pick(["intake-", "cov-", "ref-"]), T(p.mrn, "mrn"), f"-{epoch_s(CLK.t)}")
    else:
        ex_name = S(uuid4())
    arn = S(f"arn:aws:states:{REGION}:{ACCOUNT}:execution:{sm}:", ex_name)
    sm_arn = f"arn:aws:states:{REGION}:{ACCOUNT}:stateMachine:{sm}"
    evid = [0]
    spaced = chance(0.3)

    def ev(typ, details=None, prev=True):
        evid[0] += 1
        d = {"id": str(evid[0]), "type": typ}
        if details is not None:
            d["details"] = details
        d["previous_event_id"] = str(evid[0] - 1 if prev else 0)
        d["event_timestamp"] = str(epoch_ms(CLK.tick(3, 700)))
        d["execution_arn"] = arn
        if typ == "ExecutionStarted":
            d["redrive_count"] = "0"
        return (fam, flat(jdump(d, spaced=spaced)))

    if phi:
        inp = {"source": "patient-app", "requestId": uuid4(),
               "patient": demo(p, pick([["mrn", "name", "dob"], ["mrn", "full", "dob", "phone"], ["name", "dob", "member", "age"],
                                        ["mrn", "name", "ssn", "addr"]]), style=pick(["camel", "snake", "pascal"]), ds="iso"),
               "payer": dict(zip(("name", "payerId"), pick(PAYERS)))}
        if "member" not in json.dumps([k for k in inp["patient"]]).lower() and chance(0.6):
            inp["payer"]["subscriberId"] = T(p.member if chance(0.6) else p.mbi, "health_plan")
    else:
        inp = {"batchDate": "2024-03-11", "bucket": "mc-prod-exports",
               "prefix": f"{sm.split('-')[-1]}/2024/03/11/", "partitions": R.randint(4, 64),
               "dryRun": False, "requestedBy": pick(STAFF_USERS)}
    yield ev("ExecutionStarted", {"input": jstr(inp), "inputDetails": {"truncated": False},
                                  "roleArn": f"arn:aws:iam::{ACCOUNT}:role/{sm}-sfn-role"}, prev=False)
    st = pick(["ValidateInput", "CheckEligibility", "NormalizeDemographics", "MatchPatient"]) if phi else \
        pick(["PartitionBatch", "LoadSlots", "ExportPartition"])
    if phi and chance(0.5):
        yield ev("TaskStateEntered", {"name": st, "input": jstr(inp), "inputDetails": {"truncated": False}})
    else:
        yield ev("TaskStateEntered", {"name": st, "input": S("{}") if phi else jstr(inp),
                                      "inputDetails": {"truncated": False}})
    fn = f"arn:aws:lambda:{REGION}:{ACCOUNT}:function:{pick(['mc-prod-eligibility-271', 'mc-prod-intake-processor', 'mc-prod-nightly-reports'])}:$LATEST"
    yield ev("TaskScheduled", {"resourceType": "lambda", "resource": "invoke", "region": REGION,
                               "parameters": jstr({"FunctionName": fn, "Payload": {"executionId": uuid4(), "step": st}})})
    yield ev("TaskStarted", {"resourceType": "lambda", "resource": "invoke"})
    outcome = pick(["ok", "ok", "ok", "fail"])
    if outcome == "fail":
        cause = {"errorMessage": f"2024-03-12T14:{R.randint(10, 59)}:{R.randint(10, 59)}.{digits(3)}Z {uuid4()} Task timed out after 30.03 seconds",
                 "errorType": "Sandbox.Timedout"} if not phi or chance(0.5) else \
                {"errorMessage": S("No active coverage found for subscriber ", T(p.member, "health_plan"), " dob ", T(fmt_date(p.dob, "hl7"), "date")),
                 "errorType": "CoverageNotFoundException", "stackTrace": ["com.meridiancare.elig.PayerClient.verify(PayerClient.java:212)"]}
        yield ev("TaskFailed", {"resourceType": "lambda", "resource": "invoke", "error": cause["errorType"],
                                "cause": jstr(cause)})
        yield ev("ExecutionFailed", {"error": cause["errorType"], "cause": "See TaskFailed event"})
    else:
        if phi:
            out = {"eligible": chance(0.8), "coverage": {"planName": pick(["PPO Gold", "HMO Select", "Medicare Advantage", "Medicaid Managed Care"]),
                   "memberId": T(p.member, "health_plan"), "effectiveDate": "2024-01-01", "copay": pick([0, 20, 35, 50])},
                   "patientName": T(p.last_first.upper(), "name")}
            if p.age > 89 and chance(0.7):
                out["ageAtService"] = N(p.age, "age")
        else:
            out = {"rowsWritten": R.randint(1000, 900000), "files": R.randint(1, 64), "durationMs": R.randint(1000, 800000),
                   "manifest": f"s3://mc-prod-exports/{sm}/2024/03/11/manifest-{hexs(8)}.json"}
        payload = {"ExecutedVersion": "$LATEST", "Payload": out,
                   "SdkHttpMetadata": {"HttpHeaders": {"Content-Type": "application/json", "X-Amz-Executed-Version": "$LATEST",
                                                       "x-amzn-Remapped-Content-Length": "0", "X-Amzn-Trace-Id": f"Root={trace_id()};Sampled=1"},
                                       "HttpStatusCode": 200}, "StatusCode": 200}
        yield ev("TaskSucceeded", {"resourceType": "lambda", "resource": "invoke", "output": jstr(payload),
                                   "outputDetails": {"truncated": False}})
        yield ev("TaskStateExited", {"name": st, "output": jstr(out), "outputDetails": {"truncated": False}})
        if chance(0.5):
            yield ev("ExecutionSucceeded", {"output": jstr(out), "outputDetails": {"truncated": False}})


# ---------------------------------------------------------- DynamoDB Streams
def ddb_val(v):
    if isinstance(v, dict):
        return {"M": {k: ddb_val(x) for k, x in v.items()}}
    if isinstance(v, bool):
        return {"BOOL": v}
    if isinstance(v, N):
        return {"N": T(str(v.value), v.cat)}
    if isinstance(v, int):
        return {"N": str(v)}
    if isinstance(v, list):
        return {"L": [ddb_val(x) for x in v]}
    return {"S": v}


def b_ddb(phi):
    inv = Inv("stream")
    n = R.randint(1, 25) if not phi else R.randint(3, 5)
    body = [lambda: inv.log("INFO", f"Processing {n} records from stream mc-prod-core (batch window 5s)")]
    for _ in range(n if phi else 1):
        body.append(ddb_record_line(inv, phi))
    if not phi or chance(0.4):
        body.append(lambda: inv.log("INFO", f"published {n} events to bus mc-prod-domain; failures=0"))
    yield from invocation(inv, body)


def ddb_record_line(inv, phi):
    p = Person() if chance(0.7) else old_person()
    t = CLK.t
    if phi:
        kind = pick(["profile", "appt", "guarantor"])
        if kind == "profile":
            keys = {"pk": S("PATIENT#", T(p.mrn, "mrn")), "sk": "PROFILE"}
            img = {"givenName": T(p.given, "name"), "familyName": T(p.family, "name"),
                   "birthDate": T(fmt_date(p.dob, "iso"), "date"),
                   "phoneE164": T(fmt_phone(p.phone, 0), "phone"),
                   "homeAddress": {"line1": T(p.addr1, "address"), "city": T(p.city, "address"), "state": p.state,
                                   "zip": T(p.zip, "zip")},
                   "smsOptIn": True, "version": R.randint(2, 30), "updatedAt": iso_ms(t)}
            if p.age > 89:
                img["ageYears"] = N(p.age, "age")
        elif kind == "appt":
            keys = {"pk": S("PATIENT#", T(p.mrn, "mrn")), "sk": S("APPT#" + appt_id())}
            img = {"status": pick(["BOOKED", "CHECKED_IN", "CANCELLED"]), "startsAt": T(fmt_appt(appt_dt()), "date"),
                   "clinicId": "CL" + digits(4), "providerName": clin_name(), "visitType": "telehealth",
                   "patientDisplay": T(pick([p.full, p.last_first]), "name"), "updatedAt": iso_ms(t)}
        else:
            g = Person(min_age=25, max_age=75)
            keys = {"pk": S("PATIENT#", T(p.mrn, "mrn")), "sk": "GUARANTOR"}
            img = {"name": T(g.full, "name"), "relationship": pick(["parent", "spouse", "self", "child"]),
                   "phone": T(fmt_phone(g.phone), "phone"), "billingAccount": T(p.acct, "account"),
                   **({"fax": T(fmt_phone(g.phone2, 2), "fax")} if chance(0.3) else {}),
                   "preferredContact": pick(["sms", "email", "phone"]), "updatedAt": iso_ms(t)}
        old = {"version": R.randint(1, 29)}
    else:
        kind = pick(["slot", "config", "apptstatus"])
        if kind == "slot":
            keys = {"pk": "CLINIC#CL" + digits(4), "sk": "SLOT#2024-03-" + str(R.randint(13, 29)) + "T" + pick(["09", "10", "13", "15"]) + ":00"}
            img = {"capacity": R.randint(1, 4), "booked": R.randint(0, 3), "provider": clin_name(), "ttl": epoch_s(t) + 86400 * 30}
        elif kind == "config":
            keys = {"pk": "CONFIG", "sk": "FEATURE_FLAGS"}
            img = {"newIntakeFlow": chance(0.5), "rolloutPct": R.randint(0, 100), "minIosBuild": R.randint(4100, 4130),
                   "updatedBy": pick(STAFF_USERS)}
        else:
            keys = {"pk": "APPT#" + appt_id(), "sk": "STATUS"}
            img = {"status": pick(["NO_SHOW", "COMPLETED", "CHECKED_IN"]), "encounterId": enc_id(), "updatedAt": iso_ms(t)}
        old = {"version": R.randint(1, 29)}
    rec = {"eventID": hexs(32), "eventName": pick(["MODIFY", "INSERT"]), "eventVersion": "1.1",
           "eventSource": "aws:dynamodb", "awsRegion": REGION,
           "dynamodb": {"ApproximateCreationDateTime": epoch_s(t),
                        "Keys": {k: {"S": v} for k, v in keys.items()},
                        "NewImage": {**{k: {"S": v} for k, v in keys.items()}, **{k: ddb_val(v) for k, v in img.items()}},
                        "OldImage": {k: ddb_val(v) for k, v in old.items()},
                        "SequenceNumber": seq_number(), "SizeBytes": R.randint(90, 2400),
                        "StreamViewType": "NEW_AND_OLD_IMAGES"},
           "eventSourceARN": f"arn:aws:dynamodb:{REGION}:{ACCOUNT}:table/mc-prod-core/stream/2024-01-09T18:22:31.402"}
    if chance(0.6):
        return lambda: inv.log("DEBUG" if chance(0.3) else "INFO", ["record ", jdump(rec)], "ddb_stream_record")
    return lambda: inv.powertools("INFO", "Processing DynamoDB stream record", {"record": rec}, "ddb_stream_record")


# ------------------------------------------------------------------- SQS
def sqs_record(body_s, queue, sender):
    t = CLK.t
    return {"messageId": uuid4(), "receiptHandle": receipt_handle(), "body": body_s,
            "attributes": {"ApproximateReceiveCount": str(R.randint(1, 4)), "SentTimestamp": str(epoch_ms(t) - R.randint(50, 9000)),
                           "SenderId": f"AROA{rstr(UP + DIG, 17)}:{sender}",
                           "ApproximateFirstReceiveTimestamp": str(epoch_ms(t))},
            "messageAttributes": {}, "md5OfBody": hexs(32), "eventSource": "aws:sqs",
            "eventSourceARN": f"arn:aws:sqs:{REGION}:{ACCOUNT}:{queue}", "awsRegion": REGION}


def b_sqs(phi):
    inv = Inv("intake")
    p = Person() if chance(0.8) else old_person()
    if phi:
        nb = R.randint(3, 5)
        body = [lambda: inv.log("INFO", f"Received {nb} messages from mc-prod-intake.fifo")] if chance(0.5) else []
        for _ in range(nb):
            body.extend(sqs_intake_lines(inv))
        if chance(0.4):
            body.append(lambda: inv.log("INFO", jdump({"batchItemFailures": []})))
    else:
        msg = {"type": pick(["SLOT_REBUILD", "CACHE_WARM", "REPORT_READY"]), "clinicId": "CL" + digits(4),
               "week": "2024-W" + str(R.randint(11, 14)), "requestedBy": pick(STAFF_USERS), "attempt": 1}
        rec = sqs_record(jstr(msg), pick(["mc-prod-jobs", "mc-prod-jobs-dlq"]), "mc-prod-scheduler")
        body = [lambda: inv.log("INFO", f"Received {R.randint(1, 10)} messages from mc-prod-jobs"),
                lambda: inv.dump("INFO", "record=", rec, "sqs_record"),
                lambda: inv.log("WARN", f"message {uuid4()} visible again after {R.randint(30, 300)}s; ApproximateReceiveCount=3, will be moved to DLQ at 5")]
    yield from invocation(inv, body)


def sqs_intake_lines(inv):
    p = Person() if chance(0.8) else old_person()
    if chance(0.3):
        res = fhir_patient(p, with_addr=chance(0.7))
        rec = sqs_record(jstr(res), "mc-prod-ehr-sync", "mc-prod-ehr-bridge")
        return [lambda: inv.dump("DEBUG", "FHIR Patient from EHR: ", rec, "sqs_fhir")]
    form = {"formId": "frm_" + rstr(LOW + DIG, 10), "formVersion": "2024.02", "submittedAt": iso_ms(CLK.t),
            "demographics": demo(p, pick([["name", "dob", "sex", "addr", "phone"], ["full", "dob", "email", "age"],
                                          ["name", "dob", "ssn", "county"], ["name", "phone", "email", "member"], ["full", "ssn", "addr"]]),
                                 style=pick(["snake", "camel", "short"])),
            "clinicId": "CL" + digits(4)}
    if chance(0.35):
        ins = Person(min_age=30, max_age=80)
        form["insured"] = {"name": T(ins.last_first, "name"), "relationshipToPatient": pick(["01", "19", "18"]),
                           "dob": T(fmt_date(ins.dob, "us"), "date"), "memberId": T(p.member, "health_plan")}
    rec = sqs_record(jstr(form), "mc-prod-intake.fifo", "mc-prod-patient-api")
    rec["attributes"]["MessageGroupId"] = "intake"
    out = [lambda: inv.dump("INFO", "record=", rec, "sqs_record")]
    k = R.randint(0, 4)
    if k == 0:
        out.append(lambda: inv.log("ERROR", ["Failed to upsert patient: duplicate key pk=PATIENT#", T(p.mrn, "mrn"),
                                             " conditional check failed (ConditionalCheckFailedException)"]))
    elif k == 1:
        out.append(lambda: inv.log("INFO", ["normalized name ", T(p.full.upper(), "name"), " -> ", T(p.full, "name"),
                                            ", phone -> ", T(fmt_phone(p.phone, 0), "phone")]))
    elif k == 2:
        out.append(lambda: inv.log("WARN", ["address verification (USPS) corrected ZIP ", T(p.zip, "zip"), " -> ",
                                            T(f"{p.zip}-{p.zip4}", "zip"), " for ", T(p.addr1, "address"), ", ", T(p.city, "address")]))
    return out


# ------------------------------------------------------------------- SNS
def b_sns_sms(phi):
    fam = "sns_sms_delivery"
    p = Person()
    t = CLK.tick(10, 900)
    ok = chance(0.8)
    d = {"notification": {"messageId": uuid4(), "timestamp": t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d}"},
         "delivery": {"mnc": R.randint(10, 999), "numberOfMessageParts": 1,
                      "destination": T(fmt_phone(p.phone, 0), "phone") if phi else "+1" + pick(["8885550143", "8005550117"]),
                      "priceInUSD": 0.00581, "smsType": "Transactional", "mcc": 310,
                      "providerResponse": "Message has been accepted by phone carrier" if ok else pick(["Phone is currently unreachable/unavailable", "Phone carrier has blocked this message", "Unknown error attempting to reach phone"]),
                      "dwellTimeMs": R.randint(90, 900), "dwellTimeMsUntilDeviceAck": R.randint(900, 6000)},
         "status": "SUCCESS" if ok else "FAILURE"}
    if not phi:
        # test sends to the vendor's published test numbers; keep phone-free otherwise
        d["delivery"]["destination"] = "+1" + pick(["8885550143", "8005550117", "8775550190"])
        d["delivery"]["smsType"] = "Promotional"
    yield (fam, flat(jdump(d)))


def b_sns_alarm(phi):
    inv = Inv("reports")
    alarm = pick(["mc-prod-api-5xx-rate", "mc-prod-intake-dlq-depth", "mc-prod-sfn-failed-executions", "mc-prod-ddb-throttles"])
    msg = {"AlarmName": alarm, "AlarmDescription": f"Runbook: https://wiki.meridiancare.health/sre/runbooks/{alarm}",
           "AWSAccountId": ACCOUNT, "AlarmConfigurationUpdatedTimestamp": "2024-02-28T19:02:11.421+0000",
           "NewStateValue": "ALARM",
           "NewStateReason": f"Threshold Crossed: 1 out of the last 1 datapoints [{R.randint(6, 40)}.0 (12/03/24 14:{R.randint(10, 59)}:00)] was greater than the threshold (5.0) (minimum 1 datapoint for OK -> ALARM transition).",
           "StateChangeTime": CLK.t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{CLK.t.microsecond // 1000:03d}+0000",
           "Region": "US East (N. Virginia)", "AlarmArn": f"arn:aws:cloudwatch:{REGION}:{ACCOUNT}:alarm:{alarm}",
           "OldStateValue": "OK", "OKActions": [], "AlarmActions": [f"arn:aws:sns:{REGION}:{ACCOUNT}:mc-prod-pager"],
           "Trigger": {"MetricName": "5XXError", "Namespace": "AWS/ApiGateway", "StatisticType": "Statistic",
                       "Statistic": "SUM", "Period": 60, "EvaluationPeriods": 1, "ComparisonOperator": "GreaterThanThreshold",
                       "Threshold": 5.0}}
    rec = {"EventSource": "aws:sns", "EventVersion": "1.0",
           "EventSubscriptionArn": f"arn:aws:sns:{REGION}:{ACCOUNT}:mc-prod-pager:{uuid4()}",
           "Sns": {"Type": "Notification", "MessageId": uuid4(), "TopicArn": f"arn:aws:sns:{REGION}:{ACCOUNT}:mc-prod-pager",
                   "Subject": f'ALARM: "{alarm}" in US East (N. Virginia)', "Message": jstr(msg),
                   "Timestamp": iso_ms(CLK.t), "SignatureVersion": "1", "Signature": b64r(256),
                   "SigningCertUrl": f"https://sns.{REGION}.amazonaws.com/SimpleNotificationService-{hexs(32)}.pem",
                   "UnsubscribeUrl": f"https://sns.{REGION}.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:{REGION}:{ACCOUNT}:mc-prod-pager:{uuid4()}",
                   "MessageAttributes": {}}}
    body = [lambda: inv.dump("INFO", "", {"Records": [rec]}, "sns_event"),
            lambda: inv.log("INFO", f"paged on-call rotation sre-primary via PagerDuty, incident key {alarm}-{hexs(8)}; escalation phone {pick(ORG_PHONES)}")]
    yield from invocation(inv, body)


# ------------------------------------------------------------- EventBridge
def eb_event(detail_type, source, detail, resources=None):
    return {"version": "0", "id": uuid4(), "detail-type": detail_type, "source": source,
            "account": ACCOUNT, "time": iso_s(CLK.t), "region": REGION, "resources": resources or [],
            "detail": detail}


def b_notify(phi):
    inv = Inv("notify")
    p = Person() if chance(0.8) else old_person()
    if phi:
        ap = appt_dt()
        loc = org_loc()
        det = {"appointmentId": appt_id(), "patient": {"mrn": T(p.mrn, "mrn"), "preferredName": T(p.given, "name"),
                                                        "mobile": T(fmt_phone(p.phone, 0), "phone")},
               "startsAt": T(fmt_appt(ap), "date"), "location": {"name": loc[0], "address": f"{loc[1]}, {loc[2]}, {loc[3]} {loc[4]}",
                                                                "phone": loc[5]},
               "provider": clin_name(), "channel": pick(["sms", "sms", "email"])}
        ev = eb_event("AppointmentBooked", "com.meridiancare.scheduling", det)
        when = ap.strftime("%a %b %d at %I:%M %p").replace(" 0", " ")
        link = [" Check in: ", T(f"https://go.meridiancare.health/ci/{p.pid}", "url")] if chance(0.4) else []
        sms = S(f"Hi ", T(p.given, "name"), f", this is MeridianCare. Reminder: your visit with {clin_name()} is ", T(when, "date"),
                f" at {loc[0]}.", *link, f" Reply C to confirm or call {loc[5]}.")
        body = [lambda: inv.dump("INFO", "Received event: ", ev, "eventbridge"),
                lambda: inv.powertools("INFO", "sending reminder", {"to": T(fmt_phone(p.phone, 0), "phone"), "body": sms,
                                                                    "template": "appt_reminder_v3"}, "sns_publish"),
                lambda: inv.log("INFO", f"sns.publish ok MessageId={uuid4()} HTTPStatusCode=200 RetryAttempts=0")]
        if chance(0.6):
            body.append(lambda: inv.log("INFO", ["reminder state saved: ", pyrepr({"appointmentId": det["appointmentId"], "to": T(fmt_phone(p.phone, 0), "phone"),
                                                                                  "sent": True, "segments": 2, "optOut": False})], "python_repr"))
    else:
        ev = eb_event("Scheduled Event", "aws.events", {}, [f"arn:aws:events:{REGION}:{ACCOUNT}:rule/mc-prod-reminder-sweep"])
        lo = CLK.t + timedelta(hours=24)
        body = [lambda: inv.dump("INFO", "Received event: ", ev, "eventbridge"),
                lambda: inv.log("INFO", f"Found {R.randint(0, 60)} appointments needing reminders in window {lo.strftime('%Y-%m-%dT%H:00Z')}..{(lo + timedelta(hours=1)).strftime('%Y-%m-%dT%H:00Z')} (clinic tz offsets applied)"),
                lambda: inv.log("INFO", f"SMS spend this month ${R.uniform(40, 400):.2f} of $1000.00 budget; origination number {pick(['+18885550143', '+18445550198'])} (toll-free, verified)")]
    yield from invocation(inv, body)


_RIDE_TOGGLE = [False]


def b_rides(phi):
    inv = Inv("rides")
    p = Person() if chance(0.7) else old_person()
    drv = Person(min_age=25, max_age=60)  # vendor driver: not a patient, never labeled
    if phi:
        _RIDE_TOGGLE[0] = not _RIDE_TOGGLE[0]
        kind = "parking" if _RIDE_TOGGLE[0] else "ride"
        if kind == "ride":
            det = {"rideId": "ride_" + rstr(LOW + DIG, 12), "patientId": T(p.mrn, "mrn"),
                   "riderName": T(p.full, "name"),
                   "pickup": {"street": T(p.addr1, "address"), "city": T(p.city, "address"), "state": p.state,
                              "zip": T(p.zip, "zip")},
                   "dropoff": dict(zip(("facility", "street"), org_loc()[:2])),
                   "appointmentAt": T(fmt_appt(appt_dt()), "date"), "mobility": pick(["ambulatory", "wheelchair", "stretcher"]),
                   "vendor": "RoundTrip NEMT", "driver": {"name": drv.given + " " + drv.family[:1] + ".", "vehiclePlate": plate(), "vehicleColor": pick(["silver", "white", "blue"])}}
            if p.age > 89:
                det["riderAge"] = N(p.age, "age")
            ev = eb_event("RideRequested", "com.meridiancare.transport", det)
        else:
            det = {"passId": "pp_" + digits(8), "patientRef": T(p.mrn, "mrn"),
                   "vehicle": {"plate": T(plate(), "vehicle"), "state": p.state, "vin": T(vin(), "vehicle"),
                               "make": pick(["Honda", "Toyota", "Ford", "Subaru", "Hyundai"]), "color": pick(["gray", "red", "black"])},
                   "garage": pick(["Riverside P2", "Campbell Ave Deck", "Kalakaua Lot B"]), "validDays": 7}
            ev = eb_event("ParkingPassIssued", "com.meridiancare.facilities", det)
            plate_v = det["vehicle"]["plate"]
        body = [lambda: inv.dump("INFO", "event ", ev, "eventbridge"),
                lambda: inv.log("INFO", f"vendor API POST https://api.roundtrip-nemt.example/v2/trips -> 201 trip={digits(9)} eta={R.randint(15, 90)}m")]
        if kind == "parking":
            body.append(lambda: inv.log("INFO", ["parking pass pdf emailed to ", T(p.email, "email"), " plate=", T(plate_v.text, "vehicle")]))
        if kind == "ride":
            body.insert(1, lambda: inv.log("INFO", ["geocoded pickup '", T(p.addr1, "address"), ", ", T(p.city, "address"), f", {p.state} ", T(p.zip, "zip"),
                                                    f"' -> ({R.uniform(25, 47):.5f}, {-R.uniform(70, 122):.5f}) via Amazon Location"]))
    else:
        det = {"rideId": "ride_" + rstr(LOW + DIG, 12), "status": pick(["DRIVER_ASSIGNED", "COMPLETED", "CANCELLED_BY_VENDOR"]),
               "vendor": "RoundTrip NEMT", "driver": {"name": drv.given + " " + drv.family[:1] + ".", "vehiclePlate": plate()},
               "etaMinutes": R.randint(3, 60), "costCents": R.randint(1800, 9800)}
        ev = eb_event("RideStatusChanged", "com.meridiancare.transport", det)
        body = [lambda: inv.dump("INFO", "event ", ev, "eventbridge"),
                lambda: inv.log("WARN", f"vendor webhook signature check took {R.randint(200, 900)}ms (> 150ms budget) keyId=rt-{hexs(6)}")]
    yield from invocation(inv, body)


# ----------------------------------------------------------------- Cognito
def b_cognito(phi):
    inv = Inv("cognito")
    p = Person() if chance(0.85) else old_person()
    pool = PATIENT_POOL if phi else STAFF_POOL
    client = "3n8v5kq1e7t0b2m4r6c9x1z5wa" if phi else "7p2d9f4h6j8k0l1q3s5u7w9y2b"
    sub = uuid4()
    if phi:
        trig = pick(["PreSignUp_SignUp", "CustomMessage_ForgotPassword", "PostConfirmation_ConfirmSignUp", "PreSignUp_SignUp"])
        attrs = {"sub": sub} if trig != "PreSignUp_SignUp" else {}
        attrs.update({"email_verified": "true" if trig != "PreSignUp_SignUp" else "false",
                      "email": T(p.email, "email")})
        if chance(0.8):
            attrs["phone_number"] = T(fmt_phone(p.phone, 0), "phone")
        if trig != "CustomMessage_ForgotPassword" or chance(0.5):
            attrs["given_name"] = T(p.given, "name")
            attrs["family_name"] = T(p.family, "name")
        if chance(0.6):
            attrs["birthdate"] = T(fmt_date(p.dob, "iso"), "date")
        if chance(0.4):
            attrs["custom:mrn"] = T(p.mrn, "mrn")
        uname = T(p.email, "email") if chance(0.4) else sub
        req = {"userAttributes": attrs}
        if trig.startswith("CustomMessage"):
            req.update({"codeParameter": "{####}", "linkParameter": "{##Click Here##}", "usernameParameter": None})
            resp = {"smsMessage": None, "emailMessage": None, "emailSubject": None}
        elif trig.startswith("PreSignUp"):
            req["validationData"] = {"inviteCode": "INV-" + rstr(UP + DIG, 6)}
            resp = {"autoConfirmUser": False, "autoVerifyEmail": False, "autoVerifyPhone": False}
        else:
            req["clientMetadata"] = {"platform": pick(["ios", "android", "web"])}
            resp = {}
    else:
        trig = pick(["TokenGeneration_Authentication", "DefineAuthChallenge_Authentication", "PreAuthentication_Authentication"])
        g, f, cred = clinician()
        if trig == "DefineAuthChallenge_Authentication":
            uname = sub
            req = {"userAttributes": {"sub": sub, "cognito:user_status": "CONFIRMED"},
                   "session": [{"challengeName": "SRP_A", "challengeResult": True, "challengeMetadata": None},
                               {"challengeName": "PASSWORD_VERIFIER", "challengeResult": True, "challengeMetadata": None}],
                   "userNotFound": False}
            resp = {"challengeName": None, "issueTokens": None, "failAuthentication": None}
        else:
            uname = f"{fold(g)[:1]}{fold(f)}"
            req = {"userAttributes": {"sub": sub, "email_verified": "true",
                                      "email": f"{fold(g)}.{fold(f)}@meridiancare.health",
                                      "custom:role": "clinician" if cred in ("MD", "DO", "NP", "PA-C") else "staff",
                                      "custom:npi": npi(), "given_name": g, "family_name": f},
                   "groupConfiguration": {"groupsToOverride": ["clinicians", "clinic-CL" + digits(4)], "iamRolesToOverride": [], "preferredRole": None}}
            resp = {"claimsOverrideDetails": None}
    ev = {"version": "1", "triggerSource": trig, "region": REGION, "userPoolId": pool, "userName": uname,
          "callerContext": {"awsSdkVersion": "aws-sdk-unknown-unknown", "clientId": client},
          "request": req, "response": resp}
    body = [lambda: inv.dump("INFO", f"{trig} event: ", ev, "cognito_trigger")]
    if phi:
        body.append(lambda: inv.log("INFO", ["duplicate check: found 0 existing users with email=", T(p.email, "email"),
                                             f" in pool {pool} ({R.randint(20, 140)}ms)"]))
        if chance(0.5):
            body.append(lambda: inv.log("INFO", ["linked cognito user ", sub, " to patient ", T(p.mrn, "mrn"), " (",
                                                 T(p.given, "name"), " ", T(p.family, "name"), ")"]))
    else:
        body.append(lambda: inv.log("INFO", f"trigger {trig} completed in {R.randint(3, 300)}ms; coldStart={str(inv.cold).lower()}"))
    yield from invocation(inv, body)


# -------------------------------------------------------------------- S3
def s3_record(key_s, bucket, principal, src_ip, size):
    return {"eventVersion": "2.1", "eventSource": "aws:s3", "awsRegion": REGION, "eventTime": iso_ms(CLK.t),
            "eventName": pick(["ObjectCreated:Put", "ObjectCreated:CompleteMultipartUpload"]),
            "userIdentity": {"principalId": principal}, "requestParameters": {"sourceIPAddress": src_ip},
            "responseElements": {"x-amz-request-id": rstr(UP + DIG, 16), "x-amz-id-2": amz_id2()},
            "s3": {"s3SchemaVersion": "1.0", "configurationId": pick(["doc-ingest", "tf-s3-lambda-20240109"]),
                   "bucket": {"name": bucket, "ownerIdentity": {"principalId": rstr(UP + DIG, 14)},
                              "arn": f"arn:aws:s3:::{bucket}"},
                   "object": {"key": key_s, "size": size, "eTag": etag(), "sequencer": hexs(18).upper()}}}


def b_s3(phi):
    inv = Inv("docs")
    p = Person()
    if phi:
        kind = pick(["mrnkey", "namekey", "card"])
        if kind == "namekey":
            raw = S("intake/", T(f"{p.family}_{p.given}", "name"), "_", T(fmt_date(p.dob, "iso"), "date"), "/",
                    pick(["photo id front.heic", "insurance card.jpg", "consent-signed.pdf"]))
            key = urlq_plus(raw, safe="/") if chance(0.8) else raw
        else:
            key = S(pick(["uploads/", "patients/"]), T(p.mrn, "mrn"), "/",
                    pick(["insurance-card-front.jpg", "insurance-card-back.jpg", "referral.pdf", "id-front.png"]))
        src = T(p.ip, "ip")
        principal = f"AWS:AROA{rstr(UP + DIG, 17)}:mc-presign-upload"
        rec = s3_record(key, "mc-prod-patient-uploads", principal, src, R.randint(40000, 4800000))
        body = [lambda: inv.dump("INFO", "S3 event: ", {"Records": [rec]}, "s3_event")]
        if chance(0.6):
            body.append(lambda: inv.log("INFO", ["clamav scan clean: s3://mc-prod-patient-uploads/", key,
                                                 f" ({R.randint(40, 4800)} KiB, sig db {R.randint(27100, 27199)})"]))
        if kind == "card" or chance(0.4):
            pay = pick(PAYERS)
            body.append(lambda: inv.log("INFO", ["textract AnalyzeDocument card fields: MEMBER_NAME=", T(p.full.upper(), "name"),
                                                 " MEMBER_ID=", T(p.member, "health_plan"), f" GROUP=GRP{digits(6)} PAYER={pay[0]}",
                                                 " RX_BIN=610014 RX_PCN=MEDDPRIME conf=0.9", digits(2)]))
        body.append(lambda: inv.log("INFO", f"stored document doc_{rstr(LOW + DIG, 16)} kms=arn:aws:kms:{REGION}:{ACCOUNT}:key/{uuid4()} pages={R.randint(1, 4)}"))
    else:
        key = S(pick([f"builds/patient-api/4.12.{R.randint(0, 9)}+build.{R.randint(8000, 8999)}/function.zip",
                      f"exports/claims/2024/03/11/part-{digits(5)}-{uuid4()}.snappy.parquet",
                      f"AWSLogs/{ACCOUNT}/CloudTrail/{REGION}/2024/03/12/{ACCOUNT}_CloudTrail_{REGION}_20240312T1420Z_{rstr(LOW + UP + DIG, 16)}.json.gz"]))
        rec = s3_record(key, pick(["mc-prod-artifacts", "mc-prod-exports", "mc-org-cloudtrail"]),
                        pick([f"AWS:AROA{rstr(UP + DIG, 17)}:codebuild", "AWS:AIDA" + rstr(UP + DIG, 17), "AmazonS3"]),
                        pick([private_ip(), "AWS Internal", doc_ip()]), R.randint(1000, 90000000))
        body = [lambda: inv.dump("INFO", "S3 event: ", {"Records": [rec]}, "s3_event"),
                lambda: inv.log("INFO", f"skipping object outside prefix uploads/: bucket={rec['s3']['bucket']['name']} etag={rec['s3']['object']['eTag']}")]
    yield from invocation(inv, body)


# ---------------------------------------------------------------- AppSync
def b_appsync(phi):
    rid = uuid4()
    api_id = rstr(LOW + DIG, 26)
    fam = "appsync"
    p = Person() if chance(0.8) else old_person()
    field = pick(["getPatient", "patientByMrn", "listAppointments", "updateContactInfo"]) if phi else \
        pick(["listClinics", "getSlotAvailability", "getAppConfig"])
    ptype = "Mutation" if field.startswith("update") else "Query"
    rarn = f"arn:aws:appsync:{REGION}:{ACCOUNT}:apis/{api_id}/types/{ptype}/resolvers/{field}"
    yield L(fam, f"{rid} Begin Request")
    if phi:
        if field == "updateContactInfo":
            args = {"input": {"patientId": T(p.mrn, "mrn"), "mobile": T(fmt_phone(p.phone, 0), "phone"),
                              "email": T(p.email, "email")}}
            q = "mutation UpdateContact($input: ContactInput!) { updateContactInfo(input: $input) { patientId updatedAt } }"
        else:
            args = {"mrn" if field == "patientByMrn" else "id": T(p.mrn, "mrn")}
            q = f"query {field[0].upper() + field[1:]}($id: ID!) {{ {field}(id: $id) {{ id name dob phone pcp {{ name }} }} }}"
    else:
        args = {"clinicId": "CL" + digits(4), "from": "2024-03-18", "days": 7} if field != "getAppConfig" else {"platform": "ios"}
        q = f"query {field[0].upper() + field[1:]} {{ {field} {{ id name }} }}"
    yield L(fam, f"{rid} GraphQL Query: {q}, Operation: {q.split()[1].split('(')[0]}, Variables: ", jdump(args))
    if chance(0.5):
        yield L(fam, f"{rid} Request Headers: {{content-length=[{R.randint(120, 900)}], x-amz-user-agent=[aws-amplify/6.0.16 api/1 framework/2], "
                     f"cloudfront-viewer-country=[US], x-forwarded-proto=[https], x-amzn-trace-id=[Root={trace_id()}]}}")
    tmpl = jstr({"version": "2018-05-29", "operation": "GetItem",
                 "key": {"pk": {"S": S("PATIENT#", T(p.mrn, "mrn")) if phi else S("CLINIC#CL" + digits(4))}, "sk": {"S": "PROFILE"}}})
    yield L(fam + "_json", jdump({"logType": "RequestMapping", "path": [field], "fieldName": field, "resolverArn": rarn,
                                  "requestId": rid, "context": {"arguments": args, "stash": {}, "outErrors": []},
                                  "fieldInError": False, "errors": [], "parentType": ptype, "graphQLAPIId": api_id,
                                  "transformedTemplate": tmpl}))
    if phi:
        result = {"id": T(p.mrn, "mrn"), "name": T(p.full, "name"), "dob": T(fmt_date(p.dob, "iso"), "date"),
                  "phone": T(fmt_phone(p.phone, 0), "phone"), "pcp": {"name": clin_name()}}
        if p.age > 89:
            result["age"] = N(p.age, "age")
    else:
        result = {"items": [{"id": "CL" + digits(4), "name": org_loc()[0], "phone": pick(ORG_PHONES)}], "nextToken": None}
    if chance(0.7):
        yield L(fam + "_json", jdump({"logType": "ResponseMapping", "path": [field], "fieldName": field, "resolverArn": rarn,
                                      "requestId": rid, "context": {"arguments": args, "result": result, "stash": {}, "outErrors": []},
                                      "fieldInError": False, "errors": [], "parentType": ptype, "graphQLAPIId": api_id,
                                      "transformedTemplate": jstr(result)}))
    dur = R.randint(8_000_000, 190_000_000)
    yield L(fam + "_json", jdump({"duration": dur, "logType": "Tracing", "path": [field], "fieldName": field,
                                  "startOffset": R.randint(50000, 900000), "resolverArn": rarn, "requestId": rid,
                                  "parentType": ptype, "returnType": "Patient" if phi else "ClinicConnection", "graphQLAPIId": api_id}))
    t0 = CLK.t
    yield L(fam + "_json", jdump({"duration": dur + R.randint(100000, 900000), "logType": "ExecutionSummary", "requestId": rid,
                                  "startTime": iso_ms(t0), "endTime": iso_ms(t0 + timedelta(milliseconds=dur // 1_000_000)),
                                  "parsing": {"startOffset": R.randint(30000, 90000), "duration": R.randint(20000, 90000)},
                                  "version": 1, "validation": {"startOffset": R.randint(90000, 200000), "duration": R.randint(20000, 200000)},
                                  "graphQLAPIId": api_id}))
    yield L(fam, f"{rid} End Request")


# ----------------------------------------------------------------- Firehose
def firehose_phi_line(inv):
    p = Person() if chance(0.8) else old_person()
    if chance(0.3):
        kv = {"event": "record_dropped", "record_id": kinesis_seq()[:20], "reason": "pii_in_clickstream",
              "patient_mrn": T(p.mrn, "mrn"), "patient_name": T(p.full, "name"), "page": "/portal/billing",
              "client_ip": T(p.ip, "ip"), "ms": R.randint(1, 40)}
        return lambda: inv.log("WARNING", logfmt(kv), "logfmt")
    if chance(0.65):
        doc = {"ts": iso_ms(CLK.t), "actor": pick(["dr.rao", "ifeoma.eze", "svc-mc-intake"]), "action": "VIEW_CHART",
               "patient": {"mrn": T(p.mrn, "mrn"), "name": T(p.full_mid, "name"), "dob": T(fmt_date(p.dob, "iso"), "date")},
               "src": T(p.ip, "ip") if chance(0.3) else private_ip()}
        return lambda: inv.log("WARNING", [f"ProcessingFailed recordId={kinesis_seq()} reason=schema_mismatch(missing 'clinicId') decoded=",
                                           jdump(doc, ascii_only=True, spaced=True)], "firehose_record")
    inner = S(f"{iso_ms(CLK.t)}\t{uuid4()}\tINFO\tcreated patient ", T(p.mrn, "mrn"), " (", T(p.full, "name"), ", dob ",
              T(fmt_date(p.dob, "iso"), "date"), ") via intake")
    env = {"messageType": "DATA_MESSAGE", "owner": ACCOUNT, "logGroup": "/aws/lambda/mc-prod-intake-processor",
           "logStream": log_stream(CLK.t), "subscriptionFilters": ["to-audit-firehose"],
           "logEvents": [{"id": digits(56), "timestamp": epoch_ms(CLK.t), "message": inner}]}
    return lambda: inv.log("INFO", ["decoded CWL envelope: ", jdump(env, spaced=True)], "cwl_subscription")


def b_firehose(phi):
    inv = Inv("xform")
    stream = pick(["mc-prod-audit-stream", "mc-prod-clickstream", "mc-prod-cwl-archive"])
    nrec = R.randint(50, 500)
    noise_doc = {"ts": iso_ms(CLK.t), "actor": pick(STAFF_USERS), "action": pick(["LIST_SLOTS", "EXPORT_REPORT", "LOGIN", "VIEW_DASHBOARD"]),
                 "resource": "clinic/CL" + digits(4), "src": private_ip(), "ok": True}
    data = base64.b64encode(json.dumps(noise_doc, separators=(",", ":")).encode()).decode()
    ev = {"invocationId": uuid4(), "deliveryStreamArn": f"arn:aws:firehose:{REGION}:{ACCOUNT}:deliverystream/{stream}",
          "region": REGION, "records": [{"recordId": kinesis_seq(), "approximateArrivalTimestamp": epoch_ms(CLK.t), "data": data}]}
    body = [lambda: inv.log("DEBUG" if chance(0.3) else "INFO", ["first record of batch: ", jdump(ev, spaced=True)], "firehose_event")]
    if phi:
        for _ in range(R.randint(3, 5)):
            body.append(firehose_phi_line(inv))
    else:
        if chance(0.5):
            env = {"messageType": "CONTROL_MESSAGE", "owner": "CloudwatchLogs", "logGroup": "", "logStream": "",
                   "subscriptionFilters": [], "logEvents": [{"id": "", "timestamp": epoch_ms(CLK.t),
                                                             "message": "CWL CONTROL MESSAGE: Checking health of destination Firehose."}]}
            body.append(lambda: inv.log("INFO", ["decoded CWL envelope: ", jdump(env, spaced=True)], "cwl_subscription"))
    ok = nrec - R.randint(0, 3)
    body.append(lambda: inv.log("INFO", f"Processed {nrec} records: {ok} Ok, 0 Dropped, {nrec - ok} ProcessingFailed ({R.randint(40, 900)}ms)"))
    yield from invocation(inv, body)
    if chance(0.3):
        yield L("firehose_error", jdump({"deliveryStreamARN": f"arn:aws:firehose:{REGION}:{ACCOUNT}:deliverystream/{stream}",
                                         "destination": "arn:aws:s3:::mc-prod-audit-lake", "deliveryStreamVersionId": R.randint(1, 9),
                                         "message": pick(["The Lambda function was successfully invoked but it returned an error result.",
                                                          "Access was denied. Ensure that the trust policy for the provided IAM role allows Firehose to assume the role, and the access policy allows access to the S3 bucket."]),
                                         "errorCode": pick(["Lambda.FunctionError", "S3.AccessDenied"]),
                                         "processor": f"arn:aws:lambda:{REGION}:{ACCOUNT}:function:mc-prod-firehose-xform:$LATEST"}))


# ------------------------------------------------------------------- X-Ray
def b_xray(phi):
    fam = "xray_segment"
    p = Person()
    t0 = CLK.tick(5, 500)
    st = t0.timestamp()
    en = st + R.uniform(0.01, 2.5)
    if phi:
        kind = pick(["url", "annot", "both"])
        if kind in ("url", "both"):
            url = T(f"https://{API_HOST}/v1/patients/{p.mrn}/" + pick(["chart", "labs", "documents/latest"]), "url")
        else:
            url = f"https://{API_HOST}/v1/me"
        ann = {"clinic_id": "CL" + digits(4), "cold_start": False}
        if kind in ("annot", "both"):
            ann[pick(["patient_mrn", "mrn", "patientId"])] = T(p.mrn, "mrn")
            if chance(0.5):
                ann[pick(["member_id", "subscriberId"])] = T(p.member, "health_plan")
        req = {"method": "GET", "url": url, "client_ip": T(p.ip, "ip"), "x_forwarded_for": True, "user_agent": pick(APP_UA)}
    else:
        url = f"https://{API_HOST}/v1/clinics/CL{digits(4)}/slots"
        ann = {"clinic_id": "CL" + digits(4), "cold_start": chance(0.3), "build": f"4.12.{R.randint(0, 9)}+{R.randint(8000, 8999)}"}
        req = {"method": "GET", "url": url, "client_ip": pick([private_ip(), doc_ip()]), "x_forwarded_for": True, "user_agent": pick(SYS_UA)}
    doc = {"name": "mc-prod-patient-api", "id": seg_id(), "start_time": round(st, 3), "end_time": round(en, 3),
           "trace_id": trace_id(t0), "origin": "AWS::Lambda::Function",
           "http": {"request": req, "response": {"status": pick([200, 200, 404, 500]), "content_length": R.randint(100, 90000)}},
           "annotations": ann, "aws": {"account_id": ACCOUNT, "function_arn": f"arn:aws:lambda:{REGION}:{ACCOUNT}:function:mc-prod-patient-api",
                                       "resource_names": ["mc-prod-patient-api"]},
           "subsegments": [{"id": seg_id(), "name": "DynamoDB", "start_time": round(st + 0.002, 3), "end_time": round(st + 0.03, 3),
                            "namespace": "aws", "aws": {"operation": "GetItem", "table_name": "mc-prod-core", "retries": 0}}]}
    pre = pick(["", "", f"{py_ts(t0)} - Segment doc: "])
    yield (fam, flat([pre, jdump(doc)]))
    if chance(0.4):
        yield L("xray_daemon", f"{t0.strftime('%Y-%m-%dT%H:%M:%S')}Z [Info] Successfully sent batch of {R.randint(1, 50)} segments ({R.uniform(0.01, 0.4):.3f} seconds)")


# --------------------------------------------------------- Java: eligibility
def x12_271(p, pay):
    icn = digits(9)
    prov_npi = npi()
    g = fmt_date(p.dob, "hl7")
    return ["ISA*00*          *00*          *ZZ*", pay[1].ljust(15), "*ZZ*MERIDIANCARE   *240312*",
            CLK.t.strftime("%H%M"), f"*^*00501*{icn}*0*P*:~GS*HB*{pay[1]}*MERIDIAN*20240312*{CLK.t.strftime('%H%M')}*{R.randint(1, 9999)}*X*005010X279A1~",
            "ST*271*0001*005010X279A1~BHT*0022*11*", hexs(10).upper(), f"*20240312*{CLK.t.strftime('%H%M')}~HL*1**20*1~NM1*PR*2*",
            pay[0].upper(), f"*****PI*{pay[1]}~HL*2*1*21*1~NM1*1P*2*MERIDIANCARE*****XX*{prov_npi}~HL*3*2*22*0~TRN*2*{digits(10)}*9MERIDIANC~",
            "NM1*IL*1*", T(fold(p.family).upper() if chance(0.5) else p.family.upper(), "name"), "*", T(p.given.upper(), "name"),
            "****MI*", T(p.member, "health_plan"), "~N3*", T(p.addr1.upper(), "address"), "~N4*", T(p.city.upper(), "address"),
            f"*{p.state}*", T(p.zip, "zip"), "~DMG*D8*", T(g, "date"), f"*{p.sex}~DTP*346*D8*20240101~EB*1**30**",
            pick(["PPO GOLD", "HMO SELECT", "MEDICARE ADVANTAGE"]), "~SE*", str(R.randint(14, 40)), "*0001~"]


def b_elig(phi):
    inv = Inv("elig")
    p = Person() if chance(0.8) else old_person()
    pay = pick(PAYERS)
    ctl = digits(9)
    body = [lambda: inv.log("INFO", f"Submitting 270 to {pay[0]} (payerId={pay[1]}) via clearinghouse ctl={ctl} timeoutMs=8000")]
    if phi:
        kind = pick(["x12", "lombok", "exc", "x12"])
        if kind == "x12":
            body.append(lambda: inv.log("DEBUG", ["271 raw: ", x12_271(p, pay)], "x12_271"))
        if kind in ("x12", "lombok"):
            res = ("EligibilityResult", {"memberId": T(p.member if pay[0] != "Medicare Part B" else p.mbi, "health_plan"),
                                         "subscriberName": T(p.last_first.upper(), "name"),
                                         "dob": T(fmt_date(p.dob, "iso"), "date"), "planCode": pick(["PPO", "HMO", "MA"]),
                                         "active": True, "copayCents": pick([0, 2000, 3500]),
                                         "payer": ("Payer", {"id": pay[1], "name": pay[0]})})
            body.append(lambda: inv.log("INFO", ["Eligibility response: ", jtostr(res, "lombok")], "java_tostring"))
        else:
            other = p.dob + timedelta(days=R.randint(30, 300))
            body.append(lambda: inv.log("ERROR", ["com.meridiancare.elig.SubscriberMismatchException: DOB mismatch for member ",
                                                  T(p.member, "health_plan"), ": request ", T(fmt_date(p.dob, "iso"), "date"),
                                                  ", payer returned ", T(fmt_date(other, "iso"), "date"),
                                                  " at c.m.e.PayerClient.verify(PayerClient.java:212)"], "java_exception"))
        if chance(0.6):
            body.insert(1, lambda: inv.log("INFO", ["270 subscriber: ", T(p.family.upper(), "name"), "/", T(p.given.upper(), "name"),
                                                    " DOB ", T(fmt_date(p.dob, "hl7"), "date"), " member ", T(p.member, "health_plan")]))
        if p.age > 89 and chance(0.8):
            body.append(lambda: inv.log("WARN", ["age-based rule AGE_GT_89 applied: subscriber age ", N(p.age, "age"),
                                                 f", routing to manual review queue mc-prod-elig-review"]))
    else:
        body.append(lambda: inv.log("INFO", f"271 received ctl={ctl} segments={R.randint(14, 60)} AAA=none latencyMs={R.randint(300, 7000)}"))
        body.append(lambda: inv.log("WARN", f"X-Ray: Suppressing AWS X-Ray context missing exception (SegmentNotFoundException): Failed to begin subsegment named 'mc-prod-core': segment cannot be found."))
    yield from invocation(inv, body)


# ------------------------------------------------------------ Java: billing
def iban_de():
    bban = digits(8) + digits(10)
    num = "".join(str(int(c, 36)) for c in bban + "DE00")
    chk = 98 - int(num) % 97
    return f"DE{chk:02d}{bban}"


def b_billing(phi):
    inv = Inv("billing")
    p = Person()
    amt = R.randint(500, 45000)
    if phi:
        kind = pick(["card", "ach", "sqs", "card"])
        if kind == "card":
            num, brand = card_number()
            req = {"amount": amt, "currency": "usd",
                   "payment_method_data": {"type": "card", "card": {"number": T(fmt_card(num, chance(0.3)), "account"),
                                                                    "exp_month": R.randint(1, 12), "exp_year": R.randint(2025, 2030), "cvc": "***"},
                                           "billing_details": {"name": T(p.full, "name"), "address": {"postal_code": T(p.zip, "zip")}}},
                   "metadata": {"patient_account": T(p.acct, "account"), "statement": "ST" + digits(8)}}
            body = [lambda: inv.log("DEBUG", ["GatewayClient request POST /v1/payment_intents body=", jdump(req)], "payment_request"),
                    lambda: inv.log("ERROR", f"GatewayClient 402 card_declined decline_code=insufficient_funds request-id=req_{rstr(UP + LOW + DIG, 14)}"),
                    lambda: inv.log("INFO", ["dunning notice queued for guarantor ", T(p.acct, "account"), " email=", T(p.email, "email"),
                                             " phone=", T(fmt_phone(p.phone, 2), "phone")])]
        elif kind == "ach":
            intl = chance(0.35)
            acct = T(iban_de(), "account") if intl else T(digits(R.randint(9, 12)), "account")
            body = [lambda: inv.log("INFO", ["refund ", f"RF{digits(8)} amount={amt} method=", "SEPA iban=" if intl else "ACH routing=021000021 account=",
                                             acct, " holder=", T(p.full.upper() if chance(0.5) else p.full, "name"),
                                             " guarantorAcct=", T(p.acct, "account")]),
                    lambda: inv.log("INFO", ["refund notice mailed to ", T(p.full, "name"), ", ", T(p.addr1, "address"), ", ",
                                             T(p.city, "address"), f", {p.state} ", T(p.zip, "zip")])]
        else:
            msgbody = jstr({"statementId": "ST" + digits(8), "guarantorAccount": T(p.acct, "account"),
                            "guarantorName": T(p.last_first, "name"), "balanceCents": amt, "dueDate": "2024-04-11",
                            "creditCheck": {"ssn": T(p.ssn, "ssn"), "consent": True} if chance(0.4) else None})
            body = [lambda: inv.log("INFO", ["Received SQS message: {messageId: ", uuid4(), ",receiptHandle: ", receipt_handle()[:80],
                                             "...,body: ", msgbody, ",md5OfBody: ", hexs(32), ",eventSource: aws:sqs,eventSourceArn: arn:aws:sqs:",
                                             REGION, ":", ACCOUNT, ":mc-prod-statements,awsRegion: ", REGION, "}"], "sqs_java_tostring"),
                    lambda: inv.log("INFO", ["statement rendered for account ", T(p.acct, "account"), f" pages=2 lob_letter=ltr_{rstr(LOW + DIG, 12)}"])]
    else:
        body = [lambda: inv.log("INFO", f"Charge succeeded ch_{rstr(UP + LOW + DIG, 24)} amount={amt} currency=usd last4={digits(4)} brand={pick(['visa', 'mastercard', 'amex'])} idempotencyKey={uuid4()}"),
                lambda: inv.log("INFO", f"LedgerDao batch insert rows={R.randint(1, 40)} claim={claim_no()} encounter={enc_id()} took {R.randint(4, 90)}ms")]
    yield from invocation(inv, body)


# ------------------------------------------------------- Java: records release
def b_roi(phi):
    inv = Inv("roi")
    p = Person() if chance(0.8) else old_person()
    req_id = f"ROI-20240312-{digits(4)}"
    pages = R.randint(2, 60)
    body = [lambda: inv.log("INFO", f"PdfAssembler: {req_id} assembled {pages} pages, {R.uniform(0.2, 9):.1f} MB, sha256={hexs(64)}")] \
        if (not phi or chance(0.5)) else []
    if phi:
        kind = pick(["fax", "link", "email", "fax", "fax"])
        if chance(0.6):
            body.append(lambda: inv.log("INFO", [f"requester identity verified for {req_id}: ", "driver license ", p.state, " ",
                                                 T(drivers_license(p.state), "license"), " name match=", T(p.full.upper(), "name")]))
        if kind == "fax":
            body.append(lambda: inv.log("INFO", [f"FaxSender: sending {req_id} ({pages} pp) to ", T(fmt_phone(p.phone2, pick([1, 2, 4])), "fax"),
                                                 " recipient=", T(p.full, "name"), f" (self) from={pick(ORG_FAX)}"], "fax_job"))
        elif kind == "link":
            tok = b64r(24, urlsafe=True).rstrip("=")
            url = f"https://portal.meridiancare.health/records/release/{p.mrn}?token={tok}"
            body.append(lambda: inv.log("INFO", ["portal link generated for ", req_id, ": ", T(url, "url"), " ttl=72h"]))
        else:
            body.append(lambda: inv.log("INFO", ["notifying requester ", T(p.email, "email"), f" that {req_id} is ready; cc {pick(STAFF_EMAILS)}"]))
        if chance(0.6):
            ad = date(2023, R.randint(1, 12), R.randint(1, 28))
            dd = ad + timedelta(days=R.randint(1, 14))
            rec = ("ReleaseRequest", {"requestId": req_id, "patientMrn": T(p.mrn, "mrn"), "admitDate": T(fmt_date(ad, "iso"), "date"),
                                      "dischargeDate": T(fmt_date(dd, "iso"), "date"), "scope": "DISCHARGE_SUMMARY", "deliveredBy": "FAX"})
            body.append(lambda: inv.log("DEBUG", ["loaded ", jtostr(rec, "record")], "java_tostring"))
    else:
        loc = org_loc()
        body.append(lambda: inv.log("INFO", f"FaxSender: gateway job {digits(8)} status=QUEUED from={pick(ORG_FAX)} cover=\"{loc[0]}, {loc[1]}, {loc[2]}, {loc[3]} {loc[4]}\""))
    yield from invocation(inv, body)


# ------------------------------------------------------ identity verification
def jpeg_b64(n):
    head = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    return base64.b64encode(head + bytes(R.getrandbits(8) for _ in range(n))).decode()


_IDV_QUEUE = []


def next_idv_kind():
    """cycle through the IDV leak kinds so each shows up about equally often"""
    if not _IDV_QUEUE:
        ks = ["license", "photo", "biometric", "other", "ssn"]
        R.shuffle(ks)
        _IDV_QUEUE.extend(ks)
    return _IDV_QUEUE.pop()


def b_idv(phi):
    inv = Inv("idv")
    p = Person()
    sess = uuid4()
    body = [lambda: inv.log("INFO", f"liveness session {sess} status=SUCCEEDED confidence={R.uniform(90, 99.9):.2f} auditImages=4")] \
        if (not phi or chance(0.5)) else []
    if phi:
        kinds = [next_idv_kind() for _ in range(R.randint(2, 4))]
        for kind in kinds:
            if kind == "license":
                fields = {"FIRST_NAME": T(p.given.upper(), "name"), "LAST_NAME": T(p.family.upper(), "name"),
                          "DOCUMENT_NUMBER": T(drivers_license(p.state), "license"), "DATE_OF_BIRTH": T(fmt_date(p.dob, "us"), "date"),
                          "ADDRESS": T(p.street.upper(), "address"), "CITY_IN_ADDRESS": T(p.city.upper(), "address"),
                          "STATE_IN_ADDRESS": p.state, "ZIP_CODE_IN_ADDRESS": T(p.zip, "zip"), "ID_TYPE": "DRIVER LICENSE FRONT",
                          "CLASS": "C", "ENDORSEMENTS": "NONE"}
                body.append(lambda f=fields: inv.powertools("INFO", "AnalyzeID result", {"session": sess, "fields": f}, "textract_analyzeid"))
            elif kind == "photo":
                uri = "data:image/jpeg;base64," + jpeg_b64(R.randint(300, 1100))
                body.append(lambda u=uri: inv.log("DEBUG", ["compare-faces request ", jdump({"sessionId": sess, "selfieImage": T(u, "photo"),
                                                                                             "threshold": 90})], "idv_request"))
            elif kind == "biometric":
                tmpl = pick(["Rk1SACAyMAAA" + b64r(R.randint(180, 400)),
                             "AAEAAAD/////" + b64r(R.randint(200, 500))])
                key = "fingerprintTemplate" if tmpl.startswith("Rk1S") else pick(["faceTemplate", "faceprint"])
                body.append(lambda k=key, t=tmpl: inv.powertools("INFO", "enrolled biometric", {"patientRef": T(p.mrn, "mrn"), "templateFormat": "ISO19794-2" if k.startswith("finger") else "vendor-v5",
                                                                                               k: T(t, "biometric")}, "biometric_enroll"))
            elif kind == "other":
                idt = pick(["CURP", "CPF", "PASSPORT", "AADHAAR"])
                val = {"CURP": lambda: curp(p.given, p.family, p.dob, p.sex), "CPF": cpf, "PASSPORT": passport_no,
                       "AADHAAR": lambda: f"{R.randint(2, 9)}{digits(3)} {digits(4)} {digits(4)}"}[idt]()
                body.append(lambda i=idt, v=val: inv.log("INFO", [f"secondary id accepted type={i} value=", T(v, "other_id"),
                                                                  " name=", T(p.full, "name"), f" country={ {'CURP': 'MX', 'CPF': 'BR', 'PASSPORT': 'US', 'AADHAAR': 'IN'}[i] }"]))
            else:
                body.append(lambda: inv.log("INFO", ["KBA vendor request: ", pyrepr({"ssn": T(p.ssn.replace("-", "") if chance(0.5) else p.ssn, "ssn"),
                                                                                     "lastName": T(p.family, "name"), "zip": T(p.zip, "zip"),
                                                                                     "product": "idv-kba-v2"})], "python_repr"))
    else:
        body.append(lambda: inv.log("INFO", f"CompareFaces similarity={R.uniform(91, 99.9):.2f} threshold=90 result=MATCH model=rekognition/7.0 latency={R.randint(200, 900)}ms"))
    if not phi or chance(0.5):
        body.append(lambda: inv.log("INFO", f"idv decision={pick(['PASS', 'PASS', 'REVIEW'])} session={sess} rules=v14"))
    yield from invocation(inv, body)


# ----------------------------------------------------------------- devices
def b_device(phi):
    inv = Inv("device")
    p = Person() if chance(0.7) else old_person()
    if phi:
        kind = pick(["sns", "udi", "sns"])
        body = []
        for _ in range(R.randint(2, 4) if kind == "sns" else R.randint(2, 3)):
            body.extend(device_lines(inv, kind))
        body.append(lambda: inv.log("INFO", f"wrote {R.randint(1, 300)} readings to timestream db=mc_prod_rpm table=readings rejected=0"))
    else:
        body = [lambda: inv.log("INFO", f"firmware rollout fw=3.{R.randint(0, 4)}.{R.randint(0, 9)} cohort={pick(['canary', 'wave1', 'wave2'])} devices={R.randint(10, 4000)} failed={R.randint(0, 4)}"),
                lambda: inv.log("INFO", f"IoT rule mc_prod_readings_to_sns matched {R.randint(100, 9000)} messages in last 5m; throttled=0; broker=a{rstr(LOW + DIG, 13)}-ats.iot.{REGION}.amazonaws.com:8883")]
    yield from invocation(inv, body)


def device_lines(inv, kind):
    p = Person() if chance(0.7) else old_person()
    if kind == "sns":
        dt = pick(["cgm", "bp", "scale", "pump"])
        msg = {"deviceSerial": T(device_serial(dt), "device"), "deviceType": dt.upper(), "patientRef": T(p.mrn, "mrn"),
               "readings": [{"t": epoch_s(CLK.t) - 300 * i, "v": R.randint(70, 240)} for i in range(3)],
               "gateway": {"imei": T(imei(), "device")} if chance(0.5) else {"mac": T(mac(pick([":", "-"])), "device"),
                                                                            "wanIp": T(p.ip, "ip")},
               "fw": f"3.{R.randint(0, 4)}.{R.randint(0, 9)}"}
        rec = {"EventSource": "aws:sns", "EventVersion": "1.0",
               "EventSubscriptionArn": f"arn:aws:sns:{REGION}:{ACCOUNT}:mc-prod-device-readings:{uuid4()}",
               "Sns": {"Type": "Notification", "MessageId": uuid4(), "TopicArn": f"arn:aws:sns:{REGION}:{ACCOUNT}:mc-prod-device-readings",
                       "Subject": None, "Message": jstr(msg), "Timestamp": iso_ms(CLK.t), "SignatureVersion": "1",
                       "Signature": b64r(128) + "==", "MessageAttributes": {"deviceType": {"Type": "String", "Value": dt.upper()}}}}
        out = [lambda: inv.dump("INFO", "", {"Records": [rec]}, "sns_event")]
        if chance(0.5):
            out.append(lambda: inv.powertools("WARNING", "reading out of range", {"patient": T(p.mrn, "mrn"), "serial": T(msg["deviceSerial"].text, "device"),
                                                                                   "value": R.randint(250, 400), "alertTo": T(fmt_phone(p.phone, 0), "phone")}, "rpm_alert"))
        return out
    ser = device_serial("pump")
    doc = pick([c for c in CLINICIANS if c[2] in ("MD", "DO")])
    return [lambda: inv.log("INFO", ["paired device udi=", T(udi(ser), "device"), " to patient ", T(p.mrn, "mrn"),
                                     f" model=MiniMed 780G prescriber=Dr. {doc[1]}"])]


# ----------------------------------------------------------------- reports
def b_reports(phi):
    inv = Inv("reports")
    if phi:
        body = [lambda: inv.log("INFO", f"loading ADT extract s3://mc-prod-exports/adt/2024/03/11/adt-{hexs(8)}.csv ({R.randint(2000, 90000)} rows)")]
        for _ in range(R.randint(4, 6)):
            body.extend(report_lines(inv))
    else:
        loc = org_loc()
        body = [lambda: inv.log("INFO", f"nightly report 2024-03-11: {R.randint(900, 15000):,} appointments, {R.randint(50, 400)} no-shows, "
                                        f"median age 47, clinics=14, exported to s3://mc-prod-exports/reports/2024/03/11/summary.csv"),
                lambda: inv.log("INFO", f"clinic directory refreshed: {loc[0]}, {loc[1]}, {loc[2]}, {loc[3]} {loc[4]}, tel {loc[5]}")]
    yield from invocation(inv, body)


def report_lines(inv):
    p = Person(min_age=50, max_age=88) if chance(0.6) else old_person()
    ad = date(2024, 2, R.randint(1, 28))
    kind = pick(["death", "discharge", "age"])
    if kind == "death":
        dd = ad + timedelta(days=R.randint(-3, -1))
        body = [lambda: inv.log("ERROR", [f"row {R.randint(100, 99999)} rejected: death_date '", T(fmt_date(dd, "iso"), "date"),
                                          "' precedes admit_date '", T(fmt_date(ad, "iso"), "date"), "' for patient ", T(p.mrn, "mrn")])]
    elif kind == "discharge":
        dd = ad + timedelta(days=R.randint(1, 20))
        body = [lambda: inv.log("INFO", ["readmission flag: ", T(p.last_first, "name"), " (", T(p.ehr_mrn, "mrn"), ") discharged ",
                                         T(fmt_date(dd, pick(["us", "iso", "dmy"])), "date"), f", readmitted within {R.randint(2, 29)} days; PCP {clin_name()}"])]
    else:
        pp = old_person()
        body = [lambda: inv.log("WARN", ["census outlier: patient ", T(pp.mrn, "mrn"), " age ", N(pp.age, "age"),
                                         " (dob ", T(fmt_date(pp.dob, "iso"), "date"), ") exceeds 89; masking in export"])]
    return body


# -------------------------------------------------------- one-line noise
def b_misc(phi):
    for k in R.sample(range(12), R.randint(1, 3)):
        yield misc_line(k)


def misc_line(k):
    t = CLK.tick(5, 600)
    rid = uuid4()
    if k == 0:
        return ("lambda_platform", flat([f"EXTENSION\tName: {pick(['lambda-insights', 'datadog-agent', 'AWSParametersAndSecretsLambdaExtension'])}\tState: Ready\tEvents: [INVOKE, SHUTDOWN]"]))
    elif k == 1:
        return ("lambda_platform", flat([f"TELEMETRY\tName: datadog-agent\tState: Subscribed\tTypes: [Platform, Function, Extension]"]))
    elif k == 2:
        return ("lambda_insights_emf", flat(jdump({"_aws": {"Timestamp": epoch_ms(t), "CloudWatchMetrics": [{"Namespace": "LambdaInsights", "Dimensions": [["function_name"], ["function_name", "version"]], "Metrics": [{"Name": "memory_utilization", "Unit": "Percent"}, {"Name": "total_network", "Unit": "Bytes"}, {"Name": "rx_bytes", "Unit": "Bytes"}]}], "LogGroup": f"/aws/lambda/{pick(list(FUNCS.values()))[0]}", "LogStream": log_stream(t)},
                                                  "function_name": pick(list(FUNCS.values()))[0], "version": "$LATEST", "request_id": rid, "trace_id": trace_id(),
                                                  "memory_utilization": round(R.uniform(10, 90), 1), "total_network": R.randint(1000, 900000), "rx_bytes": R.randint(500, 90000),
                                                  "cold_start": chance(0.2), "agent_version": "1.0.295.0"})))
    elif k == 3:
        return ("python_logging", flat([f"[WARNING]\t{iso_ms(t)}\t{rid}\tFound credentials in environment variables."]))
    elif k == 4:
        return ("lambda_platform", flat([f"INIT_REPORT Init Duration: {R.uniform(9000, 10000):.2f} ms\tPhase: init\tStatus: timeout"]))
    elif k == 5:
        return ("python_logging", flat([f"[ERROR] Runtime.ImportModuleError: Unable to import module 'app': No module named 'pydantic_core._pydantic_core'\nTraceback (most recent call last):".replace("\n", " ")]))
    elif k == 6:
        return ("lambda_platform", flat([f"RESTORE_START Runtime Version: java:17.v22\tRuntime Version ARN: arn:aws:lambda:{REGION}::runtime:{hexs(64)}"]))
    elif k == 7:
        return ("lambda_platform", flat([f"RESTORE_REPORT Restore Duration: {R.uniform(120, 600):.2f} ms"]))
    elif k == 8:
        g, f, cred = clinician()
        return ("node_console", flat([f"{iso_ms(t)}\t{rid}\tINFO\tprovider schedule synced: {g} {f}, {cred} (NPI {npi()}, DEA {dea_number(f[0])}) {R.randint(4, 24)} slots at {org_loc()[0]}"]))
    elif k == 9:
        return ("node_console", flat([f"{iso_ms(t)}\t{rid}\tINFO\tuser {pick(STAFF_USERS)} assumed role arn:aws:iam::{ACCOUNT_SEC}:role/mc-prod-breakglass from {private_ip()} mfa=true session={hexs(16)}"]))
    elif k == 10:
        return ("node_console", flat([f"{iso_ms(t)}\t{rid}\tWARN\t(node:8) NOTE: The AWS SDK for JavaScript (v2) is in maintenance mode. SDK releases are limited to address critical bug fixes and security issues only."]))
    else:
        return ("deploy_log", flat([f"{iso_ms(t)} deploy mc-prod-patient-api version {R.randint(90, 160)} build 4.12.{R.randint(0, 9)}+{R.randint(8000, 8999)} commit {git_sha(12)} by {pick(STAFF_USERS)} alias live weights 10%->100% in {R.randint(30, 600)}s"]))


# ------------------------------------- EventBridge catch-all rule -> log group
def b_eb_log(phi):
    p = Person() if chance(0.8) else old_person()
    CLK.tick(5, 700)
    if phi:
        k = R.randint(0, 4)
        if k == 4:
            ev = eb_event("ParkingValidated", "com.meridiancare.facilities",
                          {"garage": pick(["Riverside P2", "Campbell Ave Deck"]), "ticket": "T" + digits(9),
                           "plate": T(plate(), "vehicle"), "plateState": p.state, "visitFor": T(p.mrn, "mrn"),
                           "validatedBy": pick(STAFF_USERS), "amountCents": 0})
        elif k == 0:
            ev = eb_event("PatientRegistered", "com.meridiancare.identity",
                          {"patientId": T(p.pid, "mrn"), "mrn": T(p.mrn, "mrn"), "channel": pick(["ios", "android", "web"]),
                           "profile": demo(p, pick([["name", "dob"], ["full", "email"], ["name", "phone", "county"]]), style=pick(["camel", "snake"]), ds="iso")})
        elif k == 1:
            ev = eb_event("AppointmentBooked", "com.meridiancare.scheduling",
                          {"appointmentId": appt_id(), "patientId": T(p.mrn, "mrn"), "start": T(fmt_appt(appt_dt()), "date"),
                           "clinicId": "CL" + digits(4), "provider": clin_name(), "visitType": pick(["telehealth", "in_person"])})
        elif k == 2:
            pay = pick(PAYERS)
            ev = eb_event("CoverageVerified", "com.meridiancare.eligibility",
                          {"patientRef": T(p.mrn, "mrn"), "payerId": pay[1], "payerName": pay[0],
                           "memberId": T(p.mbi if pay[0].startswith("Medicare") else (p.medicaid if pay[0] == "AHCCCS" else p.member), "health_plan"),
                           "active": True, "checkedAt": iso_ms(CLK.t)})
        else:
            g = Person(min_age=30, max_age=70)
            ev = eb_event("ReferralReceived", "com.meridiancare.referrals",
                          {"referralId": "REF-" + digits(7), "patient": {"name": T(p.last_first, "name"), "dob": T(fmt_date(p.dob, "us"), "date"),
                                                                         "phone": T(fmt_phone(p.phone), "phone")},
                           "referringProvider": clin_name(), "referringFax": pick(ORG_FAX),
                           "caregiver": {"name": T(g.full, "name"), "phone": T(fmt_phone(g.phone), "phone")}})
    else:
        k = R.randint(0, 2)
        if k == 0:
            ev = eb_event("SlotReleased", "com.meridiancare.scheduling",
                          {"clinicId": "CL" + digits(4), "slotStart": "2024-03-" + str(R.randint(13, 29)) + "T" + pick(["09", "11", "14"]) + ":30:00-05:00",
                           "provider": clin_name(), "reason": pick(["cancellation", "provider_change", "no_show_release"])})
        elif k == 1:
            loc = org_loc()
            ev = eb_event("ClinicHoursChanged", "com.meridiancare.facilities",
                          {"clinic": loc[0], "address": f"{loc[1]}, {loc[2]}, {loc[3]} {loc[4]}", "phone": loc[5],
                           "effective": "2024-04-01", "hours": {"mon-fri": "07:30-18:00", "sat": "09:00-13:00"}, "changedBy": pick(STAFF_EMAILS)})
        else:
            ev = eb_event("CodePipeline Pipeline Execution State Change", "aws.codepipeline",
                          {"pipeline": "mc-prod-patient-api", "execution-id": uuid4(), "state": pick(["SUCCEEDED", "STARTED", "FAILED"]),
                           "version": float(R.randint(3, 9))}, [f"arn:aws:codepipeline:{REGION}:{ACCOUNT}:mc-prod-patient-api"])
    yield ("eventbridge_log", flat(jdump(ev)))


# ------------------------------------------- Cognito user activity (auth events)
def b_cognito_activity(phi):
    t = CLK.tick(5, 700)
    pool = PATIENT_POOL if phi else STAFF_POOL
    if phi:
        p = Person()
        user = T(p.email, "email") if chance(0.6) else uuid4()
        ip = T(p.ip, "ip")
        ua = pick(APP_UA)
    else:
        g, f, cred = clinician()
        user = pick([f"{fold(g)}.{fold(f)}@meridiancare.health", uuid4(), pick(STAFF_USERS)])
        ip = pick([private_ip(), doc_ip()])
        ua = APP_UA[3]
    d = {"eventTimestamp": str(epoch_ms(t)), "eventType": pick(["SignIn", "SignIn", "ForgotPassword", "PasswordChange", "SignUp"]),
         "eventResponse": pick(["Pass", "Pass", "Fail", "InProgress"]), "userPoolId": pool, "username": user,
         "eventId": uuid4(), "clientId": "3n8v5kq1e7t0b2m4r6c9x1z5wa" if phi else "7p2d9f4h6j8k0l1q3s5u7w9y2b",
         "ipAddress": ip, "userAgent": ua,
         "eventContextData": {"city": None, "country": "United States", "deviceName": pick(["iPhone", "Chrome, Windows 10", "Pixel 7"])},
         "riskDecision": pick(["NoRisk", "NoRisk", "AccountTakeover"]), "riskLevel": pick(["Low", "Low", "Medium"]),
         "compromisedCredentialsDetected": False, "challengeResponses": [{"challengeName": "Password", "challengeResponse": "Success"}]}
    yield ("cognito_user_activity", flat(jdump(d)))


# ============================================================== scheduler
BLOCKS = [  # (generator, weight when a PHI block is wanted, weight for a clean block)
    (b_api, 3, 2), (b_apigw_access, 20, 9), (b_apigw_exec, 1, 2), (b_sfn, 4, 2), (b_ddb, 3, 1),
    (b_sqs, 3, 1), (b_sns_sms, 8, 1), (b_notify, 2, 1), (b_rides, 2, 1), (b_cognito, 3, 1),
    (b_s3, 2, 1), (b_appsync, 2, 2), (b_firehose, 2, 1), (b_xray, 7, 4), (b_elig, 2, 1),
    (b_billing, 2, 1), (b_roi, 3, 1), (b_idv, 4, 1), (b_device, 2, 1), (b_reports, 2, 1),
    (b_misc, 0, 12), (b_sns_alarm, 0, 2), (b_eb_log, 9, 5), (b_cognito_activity, 6, 3),
]


def wpick(col):
    tot = sum(b[col] for b in BLOCKS)
    x = R.uniform(0, tot)
    for b in BLOCKS:
        x -= b[col]
        if x <= 0 and b[col] > 0:
            return b[0]
    return [b for b in BLOCKS if b[col] > 0][-1][0]


def has_span(parts):
    return any(c for _, c in parts)


def schedule():
    lines, active = [], []   # active: [gen, phi, saw_span, name]
    # quotas: every block type at least once, plus extra blocks that carry the rarer categories
    owed = [b[0] for b in BLOCKS if b[1] > 0] + [b_idv] * 3 + [b_rides] * 2 + [b_billing] * 2 + [b_roi] * 2 + \
        [b_device, b_firehose, b_s3, b_sqs]
    owed_clean = [b[0] for b in BLOCKS if b[2] > 0 and b[0] not in (b_rides, b_billing, b_roi, b_idv)] + [b_misc] * 2
    R.shuffle(owed)
    R.shuffle(owed_clean)
    main_limit = N_LINES - 80

    def emit(slot):
        try:
            fam, parts = next(slot[0])
        except StopIteration:
            assert slot[2] == slot[1], f"block {slot[3]} phi={slot[1]} produced spans={slot[2]}"
            return False
        parts = [(t, c) for t, c in parts if t != ""]
        for t, c in parts:
            assert c is None or c in CATS, c
        slot[2] = slot[2] or has_span(parts)
        if not slot[1]:
            assert not has_span(parts), (slot[3], parts)
        lines.append((fam, parts))
        return True

    # phase 1: interleaved blocks, steered towards the wanted share
    while active or len(lines) < main_limit:
        if len(lines) < main_limit and (not active or (len(active) < 3 and chance(0.3))):
            clean = sum(1 for _, p in lines if not has_span(p))
            share = clean / len(lines) if lines else 1.0
            want_phi = share > STEER_CLEAN + R.uniform(-0.03, 0.03)
            if want_phi and owed and chance(0.6):
                fn = owed.pop()
            elif not want_phi and owed_clean and chance(0.6):
                fn = owed_clean.pop()
            else:
                fn = wpick(1 if want_phi else 2)
            active.append([fn(want_phi), want_phi, False, fn.__name__])
        slot = pick(active)
        if not emit(slot):
            active.remove(slot)
    # phase 2: independent one-line service records, chosen to land exactly on the target share
    clean = sum(1 for _, p in lines if not has_span(p))
    left = N_LINES - len(lines)
    need_clean = min(max(round(TARGET_CLEAN * N_LINES) - clean, 0), left)
    kinds = [False] * need_clean + [True] * (left - need_clean)
    R.shuffle(kinds)
    for phi in kinds:
        if phi:
            fn = pick([b_apigw_access, b_apigw_access, b_sns_sms, b_eb_log, b_cognito_activity])
            slot = [fn(True), True, False, fn.__name__]
        elif chance(0.45):
            slot = [iter([misc_line(R.randint(0, 11))]), False, False, "misc_line"]
        else:
            fn = pick([b_apigw_access, b_eb_log, b_cognito_activity])
            slot = [fn(False), False, False, fn.__name__]
        assert emit(slot)
        assert not emit(slot)   # one-line blocks: exhausted, and span check done
    return lines


# ================================================================ checks
def _digits(s):
    return re.sub(r"\D", "", s)


def validate_value(cat, raw):
    """Sanity checks on labeled values (on the unescaped text where that is plain)."""
    import ipaddress
    txt = urllib.parse.unquote(raw)
    if cat == "ssn":
        d = _digits(txt)
        assert len(d) == 9 and d[:3] not in ("000", "666") and int(d[:3]) < 900 and d[3:5] != "00" and d[5:] != "0000", raw
    elif cat in ("phone", "fax"):
        d = _digits(txt)
        if len(d) == 11:
            assert d[0] == "1", raw
            d = d[1:]
        assert len(d) == 10 and d[0] not in "01" and d[3] not in "01", raw
        assert all(_digits(o)[-10:] != d for o in ORG_PHONES + ORG_FAX), raw
    elif cat == "ip":
        ip = ipaddress.ip_address(txt)
        assert ip.is_global, raw
        for net in ("203.0.113.0/24", "198.51.100.0/24", "192.0.2.0/24", "100.64.0.0/10", "2001:db8::/32"):
            assert ip not in ipaddress.ip_network(net), raw
    elif cat == "vehicle" and len(txt) == 17:
        assert vin_check(txt) == txt[8], raw
    elif cat == "account":
        d = txt.replace(" ", "")
        if d.isdigit() and 13 <= len(d) <= 19:
            assert luhn_ok(d), raw
    elif cat == "zip":
        assert re.fullmatch(r"\d{5}(-\d{4})?", txt), raw
    elif cat == "age":
        assert int(txt) > 89, raw
    elif cat == "email":
        assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", txt), raw
    elif cat == "photo":
        assert txt.startswith("data:image/"), raw
    elif cat == "url":
        assert txt.startswith("https://"), raw


def render(lines):
    log_out, lab_out, expect = [], [], []
    for i, (fam, parts) in enumerate(lines, 1):
        buf = bytearray()
        spans, exp = [], []
        for text, cat in parts:
            b = text.encode("utf-8")
            if cat:
                if spans and spans[-1]["e"] == len(buf) and spans[-1]["cat"] == cat:
                    raise AssertionError(f"line {i}: adjacent spans of {cat} would merge")
                spans.append({"s": len(buf), "e": len(buf) + len(b), "cat": cat})
                exp.append(b)
                validate_value(cat, text)
            buf += b
        assert b"\n" not in buf and b"\r" not in buf, (i, fam)
        assert len(buf) <= 20000, (i, len(buf))
        buf.decode("utf-8")
        for sp, b in zip(spans, exp):
            assert sp["e"] > sp["s"]
            assert bytes(buf[sp["s"]:sp["e"]]) == b
        log_out.append(bytes(buf))
        lab_out.append({"line": i, "family": fam, "spans": spans})
        expect.append(exp)
    return log_out, lab_out, expect


def main():
    lines = schedule()
    log_out, lab_out, expect = render(lines)
    log_path = os.path.join(HERE, "br.log")
    lab_path = os.path.join(HERE, "br.labels.jsonl")
    with open(log_path, "wb") as f:
        f.write(b"\n".join(log_out) + b"\n")
    with open(lab_path, "w", encoding="utf-8", newline="\n") as f:
        for rec in lab_out:
            f.write(json.dumps(rec, ensure_ascii=False, separators=(", ", ": ")) + "\n")

    # ---- re-read what was written and check it against what was meant
    with open(log_path, "rb") as f:
        data = f.read()
    assert data.endswith(b"\n")
    file_lines = data[:-1].split(b"\n")
    assert len(file_lines) == N_LINES, len(file_lines)
    with open(lab_path, encoding="utf-8") as f:
        labs = [json.loads(x) for x in f]
    assert len(labs) == N_LINES
    counts = {}
    clean = 0
    for n, (raw, lab, exp) in enumerate(zip(file_lines, labs, expect), 1):
        assert lab["line"] == n
        raw.decode("utf-8")
        assert len(raw) <= 20000
        prev_e = 0
        for sp, b in zip(lab["spans"], exp):
            assert sp["s"] >= prev_e, (n, sp)
            assert raw[sp["s"]:sp["e"]] == b, (n, sp, raw[sp["s"]:sp["e"]], b)
            prev_e = sp["e"]
            counts[sp["cat"]] = counts.get(sp["cat"], 0) + 1
        assert len(lab["spans"]) == len(exp)
        if not lab["spans"]:
            clean += 1
    fams = {}
    for lab in labs:
        fams[lab["family"]] = fams.get(lab["family"], 0) + 1
    print(f"wrote {log_path} ({len(file_lines)} lines) and {lab_path}")
    print(f"lines without PHI: {clean}/{N_LINES} = {clean / N_LINES:.1%}")
    print("spans per category:", json.dumps(dict(sorted(counts.items())), sort_keys=True))
    print("total spans:", sum(counts.values()), " families:", len(fams))
    print("longest line (bytes):", max(len(x) for x in file_lines))
    for path in (log_path, lab_path):
        with open(path, "rb") as f:
            print("md5", os.path.basename(path), hashlib.md5(f.read()).hexdigest())
    missing = CATS - set(counts)
    if missing:
        print("WARNING: categories without spans:", sorted(missing))


if __name__ == "__main__":
    main()
